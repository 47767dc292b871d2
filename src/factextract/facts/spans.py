"""Span plumbing shared by the fact components: claims, char offsets to spans, sentences."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc, Span

CLAIM_ORDER = ("dates", "money", "percentages", "quantities")
"""Components claim tokens in this order; a token belongs to at most one of these facts."""


def char_span(
    doc: Doc, start: int, end: int, label: str, rule: str = "", kb_id: str = ""
) -> Span | None:
    """The span for exact character offsets, or None when they cut through a token."""
    return doc.char_span(start, end, label=label, kb_id=kb_id, span_id=rule)


def claimed_tokens(doc: Doc, before: str) -> set[int]:
    """Token indices claimed by the kinds that come before ``before`` in claim order."""
    taken: set[int] = set()
    for group in CLAIM_ORDER[: CLAIM_ORDER.index(before)]:
        if group in doc.spans:
            for span in doc.spans[group]:
                taken.update(range(span.start, span.end))
    return taken


def free(span: Span, taken: set[int]) -> bool:
    """Whether no token of ``span`` is already claimed."""
    return not any(i in taken for i in range(span.start, span.end))


def numerals_in(doc: Doc, start_char: int, end_char: int) -> list[Span]:
    """The number spans lying inside the character range."""
    return [
        s
        for s in doc.spans.get("numbers", [])
        if s.start_char >= start_char and s.end_char <= end_char
    ]


def non_overlapping(spans: Iterable[Span]) -> list[Span]:
    """Spans sorted by position, dropping any that overlaps an earlier, longer one."""
    ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Span] = []
    for span in ordered:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def sentence_index(doc: Doc) -> list[int]:
    """Start token of each sentence, for ``sentence_of`` (read from the array, not doc.sents)."""
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return [0]
    starts = doc.to_array(SENT_START)
    return [0, *(int(i) for i in (starts == 1).nonzero()[0] if i > 0)]


def sentence_of(starts: list[int], token_index: int) -> int:
    """0-based sentence number of a token, given ``sentence_index(doc)``."""
    return max(0, bisect_right(starts, token_index) - 1)


@dataclass(frozen=True, slots=True)
class Context:
    """A Doc with what the finders read again and again, computed once: ``Doc.text`` is
    rebuilt from the tokens on every access, and ``Span.sent`` walks the Doc."""

    doc: Doc
    text: str
    sentence_chars: tuple[int, ...]
    """Character offset of each sentence start."""
    token_chars: tuple[int, ...]
    """Character offset of each token."""
    numbers: tuple[Span, ...]
    """The spans of ``doc.spans["numbers"]``, in order."""

    @classmethod
    def of(cls, doc: Doc) -> Context:
        offsets = tuple(int(i) for i in doc.to_array(IDX)) if len(doc) else ()
        chars = tuple(offsets[i] for i in sentence_index(doc) if i < len(doc)) or (0,)
        found = tuple(doc.spans["numbers"]) if "numbers" in doc.spans else ()
        return cls(doc, doc.text, chars, offsets, found)

    def token_at(self, char: int) -> int:
        """Index of the first token starting at or after ``char`` (``len(doc)`` if none)."""
        return bisect_left(self.token_chars, char)

    def sentence_start(self, char: int) -> int:
        """Character offset where the sentence holding ``char`` starts."""
        return self.sentence_chars[max(0, bisect_right(self.sentence_chars, char) - 1)]
