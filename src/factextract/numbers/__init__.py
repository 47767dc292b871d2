"""The one number grammar every fact kind uses.

Digits with separators (``1,166``, Indian ``12,34,567``, spaced ``816 000``), decimals, signs,
spelled-out numerals (``one hundred and twelve``, ``a dozen``, ``half a million``), scale words
and abbreviations (``million``, ``bn``, ``crore``, ``1K``), fractions (``two-thirds``) and
ranges (``2-3 million``, ``between 5 and 7``). Values are exact ``Decimal``s; accounting
parentheses never make a negative (news uses parentheses for glosses, not for debits).

``find_numerals`` also says what a number *is* (a count, a year, part of a date, part of a
name) so that no component mistakes ``2012``, ``May 23``, ``Boeing 737`` or ``COVID-19`` for a
count. Spans are character offsets into the text given.

``grammar`` scans the text for numerals (atoms), ``classify`` labels each, ``ranges`` joins
neighbours, ``find`` runs the three; ``parse`` reads a text that is one numeral, ``decimals``
turns values into exact ``Decimal``s, and ``words`` holds the lexicon checks around a number.
"""

from factextract.numbers.decimals import to_decimal
from factextract.numbers.find import find_numerals, numeral_rows, numeral_spans
from factextract.numbers.grammar import Label, Numeral, NumeralRow
from factextract.numbers.parse import parse_digits, parse_number, parse_range
from factextract.numbers.words import is_plural, lexicon_set, year_is_count

__all__ = [
    "Label",
    "Numeral",
    "NumeralRow",
    "find_numerals",
    "is_plural",
    "lexicon_set",
    "numeral_rows",
    "numeral_spans",
    "parse_digits",
    "parse_number",
    "parse_range",
    "to_decimal",
    "year_is_count",
]
