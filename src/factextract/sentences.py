"""Sentence segmentation that respects headline and dateline lines.

News text puts a headline, a byline or an "Updated: 2020-05-23" line on lines of their own,
with no final full stop; spaCy's punctuation-only sentencizer glues them to the first sentence.
Here a sentence ends at a blank line, at the end of a line that is not wrapped mid-sentence, and
at ``.``, ``!`` or ``?`` (with closing quotes and brackets) unless the token is a known
abbreviation (``Mr.``, ``U.S.``, ``Ill.``) or the next word starts in lower case.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from factextract import lexicons

_TERMINALS = frozenset({".", "!", "?", "...", "…"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})


def _line_break_ends_sentence(space: Token) -> bool:
    """A newline ends the sentence unless the line before was wrapped mid-sentence."""
    doc = space.doc
    if space.text.count("\n") >= 2 or space.i == 0:
        return True
    previous = doc[space.i - 1]
    following = doc[space.i + 1] if space.i + 1 < len(doc) else None
    if following is None:
        return True
    line_start = doc.text.rfind("\n", 0, previous.idx) + 1
    long_line = space.idx - line_start >= 60
    open_end = previous.text[-1:].islower() or previous.text[-1:] in ",;:-("
    return not (open_end and (following.text[:1].islower() or long_line))


def _starts_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` begins a new sentence, judged from the tokens before it."""
    token, previous = doc[i], doc[i - 1]
    if token.is_space:
        return False
    if previous.is_space and "\n" in previous.text:
        return _line_break_ends_sentence(previous)
    j = i - 1
    while j > 0 and (doc[j].is_space or doc[j].text in _CLOSERS):
        j -= 1
    ender = doc[j].text
    abbreviation = ender in lexicons.abbreviations()
    if abbreviation or not (ender in _TERMINALS or (len(ender) > 1 and ender.endswith("."))):
        return False
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in "\"'“‘(["


class SentenceSegmenter:
    """Sets ``Token.is_sent_start`` for every token, headline and dateline lines included."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = [1] + [1 if _starts_sentence(doc, i) else -1 for i in range(1, len(doc))]
        # One array write: the Token.is_sent_start setter rescans the Doc on every call.
        flags = numpy.array(starts, dtype="int64").astype("uint64")  # -1 is stored as uint64
        doc.from_array([SENT_START], flags.reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory("factextract_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSegmenter:
    """spaCy factory for ``SentenceSegmenter``."""
    return SentenceSegmenter()
