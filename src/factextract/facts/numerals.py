"""The ``factextract_numbers`` component: every numeral, labelled with what it is.

It runs before the fact kinds and writes ``doc.spans["numbers"]`` with the label from
``numbers.find_numerals`` (cardinal, range, fraction, year, year_range, date, identifier), so
that every kind reads numbers through the one grammar and none re-parses digits.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from spacy.tokens import Doc, Span

from factextract import numbers
from factextract.facts.spans import publish, token_range
from factextract.tokens import tokens_of

GROUP = "numbers"
_ARTICLES = frozenset({"a", "an", "A", "An"})
_ONE = (Decimal(1), None)


def find(doc: Doc) -> list[Span]:
    """Number spans of ``doc``; numerals that cut through a token (``1990s``) are dropped."""
    spans = []
    table = tokens_of(doc)  # its text: Doc.text rebuilds the string
    for start, end, label in numbers.numeral_spans(table.text):  # no Numeral objects, no values
        tokens = token_range(table, start, end)  # a numeral is never empty
        if tokens is not None:
            spans.append(Span(doc, tokens[0], tokens[1], label=label))
    return spans


@lru_cache(maxsize=4096)
def normalize(text: str) -> tuple[Decimal, Decimal | None] | None:
    """Value and upper bound of a number span's text.

    >>> normalize("between five and seven"), normalize("4.5 million")
    ((Decimal('5'), Decimal('7')), (Decimal('4500000'), None))
    """
    if text in _ARTICLES:
        return _ONE  # "a foot of snow": the article a measure's number
    digits = numbers.parse_digits(text)
    if digits is not None:
        return digits, None
    found = numbers.parse_range(text)
    if found is not None:
        return found
    value = numbers.parse_number(text)
    return None if value is None else (value, None)


class NumberFinder:
    """Writes every numeral of a Doc to ``doc.spans["numbers"]``."""

    def __call__(self, doc: Doc) -> Doc:
        publish(doc, GROUP, find(doc))
        return doc
