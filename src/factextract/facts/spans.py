"""Span plumbing shared by the fact components: claims, char offsets to spans, sentences."""

from __future__ import annotations

import operator
import weakref
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar, cast

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, SpanGroup

from factextract.tokens import Tokens, tokens_of

T = TypeVar("T")

NUMBERS = "numbers"
"""The span group of the number component (``facts.numerals``)."""

CLAIM_ORDER = ("dates", "money", "percentages", "quantities")
"""Components claim tokens in this order; a token belongs to at most one of these facts."""


def char_span(
    doc: Doc, start: int, end: int, label: str, rule: str = "", kb_id: str = ""
) -> Span | None:
    """The span for exact character offsets, or None when they cut through a token.

    ``doc.char_span`` makes four Token objects to test the offsets; ``token_range`` reads
    the token table instead. An empty or reversed range goes to spaCy as before."""
    if end <= start:
        return doc.char_span(start, end, label=label, kb_id=kb_id, span_id=rule)
    tokens = token_range(tokens_of(doc), start, end)
    if tokens is None:
        return None
    return Span(doc, tokens[0], tokens[1], label=label, kb_id=kb_id, span_id=rule)


def token_range(table: Tokens, start: int, end: int) -> tuple[int, int] | None:
    """The tokens ``doc.char_span(start, end)`` covers (``start < end``), or None when the
    offsets cut through a token: the tokens cover the text without gaps, so an offset
    starts a token just when it is one of the table's starts, and ends one just when it is
    one of its ends."""
    first = bisect_left(table.starts, start)
    if first == len(table.starts) or table.starts[first] != start:
        return None
    last = bisect_left(table.ends, end, first)
    if last == len(table.ends) or table.ends[last] != end:
        return None
    return first, last + 1


def claimed_tokens(doc: Doc, before: str) -> frozenset[int]:
    """Token indices claimed by the kinds that come before ``before`` in claim order."""
    return Context.of(doc).claims(before)[0]


def free(span: Span, taken: frozenset[int] | set[int]) -> bool:
    """Whether no token of ``span`` is already claimed."""
    return taken.isdisjoint(range(span.start, span.end))


def numerals_in(doc: Doc, start_char: int, end_char: int) -> list[Span]:
    """The number spans lying inside the character range."""
    return Context.of(doc).numerals_in(start_char, end_char)


def range_start(text: str, first: Span, window: int = 8) -> int:
    """Where a range that begins with span ``first`` starts: at a "between" just before it
    ("between €5m and €7m"), else at ``first``."""
    lead = text[max(0, first.start_char - window) : first.start_char].lower()
    found = lead.rfind("between")
    return first.start_char - len(lead) + found if found >= 0 else first.start_char


def join_ranges(
    ctx: Context, spans: Iterable[Span], label: str, is_range: Callable[[Span, Span], bool]
) -> list[Span]:
    """Spans in text order, each pair of neighbours in the same unit (``kb_id_``) that
    ``is_range`` accepts merged into one ``range`` span ("€5m-€7m", "between 5% and 7%")."""
    merged: list[Span] = []
    for span in spans:
        last = merged[-1] if merged else None
        if last is not None and last.kb_id_ == span.kb_id_ and is_range(last, span):
            start = range_start(ctx.text, last)
            joined = char_span(ctx.doc, start, span.end_char, label, "range", span.kb_id_)
            if joined is not None:
                merged[-1] = joined
                continue
        merged.append(span)
    return merged


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
    starts[0] = 1  # the first token opens a sentence whatever its flag says
    return cast(list[int], (starts == 1).nonzero()[0].tolist())


def sentence_of(starts: list[int], token_index: int) -> int:
    """0-based sentence number of a token, given ``sentence_index(doc)``."""
    return max(0, bisect_right(starts, token_index) - 1)


def sentence_numbers(starts: Sequence[int], size: int) -> list[int]:
    """``sentence_of(starts, i)`` of every token index ``i`` from 0 to ``size`` (the Doc's
    length: ``Context.token_at`` answers it past the last token), as one list to index:
    record building asks it of every fact (about a hundred an article), and an index is
    cheaper than a bisect and two Python calls. ``starts`` sorted, as ``sentence_index``."""
    if len(starts) < 2:
        return [0] * (size + 1)
    later = starts[1:]  # the tokens before the second start are in sentence 0
    table = [0] * later[0]
    for number, (start, end) in enumerate(zip(later, [*later[1:], size + 1], strict=True), 1):
        table += [number] * (end - start)
    return table


class Context:
    """A Doc with what the finders read again and again, computed once per Doc and shared by
    every component and by record building: ``Doc.text`` is rebuilt from the tokens on every
    access, ``doc[i]`` makes a new Token object each time, and ``Span.sent`` walks the Doc.
    Hot loops read the plain lists here instead.

    ``Context.of`` keeps the Contexts of the last few Docs (a pipeline works on one Doc at a
    time) and builds a new one when the tokens or the number spans changed since."""

    __slots__ = (
        "__weakref__",
        "_derived",
        "_doc",
        "_group",
        "_number_starts",
        "_numbers_len",
        "lowers",
        "numbers",
        "sentence_chars",
        "sentence_tokens",
        "spaced",
        "text",
        "token_chars",
        "token_ends",
        "words",
    )

    text: str
    sentence_chars: tuple[int, ...]
    """Character offset of each sentence start."""
    sentence_tokens: frozenset[int]
    """Index of each sentence's first token."""
    # The Doc's token table (``tokens.Tokens``: ``token_chars`` is its ``starts``,
    # ``token_ends`` its ``ends``), copied here because hot loops read them by the thousand.
    token_chars: tuple[int, ...]
    token_ends: tuple[int, ...]
    words: tuple[str, ...]
    spaced: tuple[bool, ...]
    lowers: tuple[str, ...]
    numbers: tuple[Span, ...]
    """The spans of ``doc.spans["numbers"]``, in order."""

    def __init__(self, doc: Doc, numbers: tuple[Span, ...] | None = None) -> None:
        self._doc = weakref.ref(doc)
        table = tokens_of(doc)  # shared with the sentence component, which ran first
        self.text, self.words, self.lowers = table.text, table.words, table.lowers
        self.spaced, self.token_ends = table.spaced, table.ends
        starts = self.token_chars = table.starts
        first_tokens = [i for i in sentence_index(doc) if i < len(doc)]
        self.sentence_tokens = frozenset(first_tokens)
        self.sentence_chars = tuple(starts[i] for i in first_tokens) or (0,)
        self._set_numbers(doc, numbers)

    @classmethod
    def of(cls, doc: Doc, numbers: tuple[Span, ...] | None = None) -> Context:
        """The Context of ``doc``, built once while its tokens and number spans stay the same.

        ``numbers``: the spans just written to ``doc.spans["numbers"]``, when the caller has
        them (``publish``), so that a new Context need not read them back from the group."""
        found = _RECENT.get(id(doc))
        if found is not None and found[0] is doc and found[1]._current(doc):
            _RECENT.move_to_end(id(doc))
            return found[1]
        if found is not None and found[0] is doc and len(doc) == len(found[1].words):
            ctx = found[1]._renumbered(doc, numbers)  # the same tokens: only numbers changed
        else:
            ctx = cls(doc, numbers)
        _RECENT[id(doc)] = (doc, ctx)
        _RECENT.move_to_end(id(doc))
        while len(_RECENT) > _RECENT_SIZE:
            _RECENT.popitem(last=False)
        return ctx

    def _renumbered(self, doc: Doc, numbers: tuple[Span, ...] | None) -> Context:
        """A new Context for the same tokens and sentences with the Doc's number spans as they
        are now (the numbers component publishes them after the first Context was built):
        the token and sentence fields are shared, not rebuilt (a third of a Context's cost)."""
        ctx = Context.__new__(Context)
        ctx._doc = self._doc
        ctx.text, ctx.words, ctx.lowers = self.text, self.words, self.lowers
        ctx.spaced, ctx.token_ends, ctx.token_chars = self.spaced, self.token_ends, self.token_chars
        ctx.sentence_tokens, ctx.sentence_chars = self.sentence_tokens, self.sentence_chars
        ctx._set_numbers(doc, numbers)
        return ctx

    def _set_numbers(self, doc: Doc, numbers: tuple[Span, ...] | None) -> None:
        self._group = doc.spans.get(NUMBERS)
        self._numbers_len = len(self._group) if self._group is not None else 0
        if numbers is None:
            numbers = tuple(self._group) if self._group is not None else ()
        self.numbers = numbers
        self._number_starts = [n.start_char for n in self.numbers]
        self._derived: dict[str, tuple[tuple[SpanGroup, ...], tuple[int, ...], object]] = {}

    def _current(self, doc: Doc) -> bool:
        group = doc.spans.get(NUMBERS)
        return (
            len(doc) == len(self.words)
            and group is self._group
            and (group is None or len(group) == self._numbers_len)
        )

    @property
    def doc(self) -> Doc:
        doc = self._doc()
        if doc is None:  # only reachable by keeping a Context after dropping its Doc
            raise ReferenceError("the Doc of this Context no longer exists")
        return doc

    def claims(self, before: str) -> tuple[frozenset[int], tuple[int, ...]]:
        """Token indices claimed by the kinds before ``before`` in claim order, as a set and
        sorted."""
        names = CLAIM_ORDER[: CLAIM_ORDER.index(before)]
        return self.derived(
            f"claims:{before}", names, lambda _: _claimed([self.group(n) for n in names])
        )

    def group(self, name: str) -> tuple[Span, ...]:
        """The spans of ``doc.spans[name]`` in order (none when the Doc has no such group),
        built once while the group stays the same: reading a SpanGroup makes a new Span object
        per span on every pass (about 0.8 µs each, ~240 per article before this memo).

        "The same" is the same group object with the same length, as for ``derived``: a
        component of yours that changes one of our groups between ours should assign a new
        group (``doc.spans[name] = [...]``) or change its length, not assign ``group[i]``."""
        if name == NUMBERS:
            return self.numbers
        key = f"group:{name}"
        # ``derived``'s test for one group, inline (asked about 30 times an article)
        current = self.doc.spans.get(name)
        memo = self._derived.get(key)
        if memo is not None:
            held, sizes = memo[0], memo[1]
            if held[0] is current and sizes[0] == len(current) if held else current is None:
                return cast(tuple[Span, ...], memo[2])
        return self.derived(key, (name,), _spans_of)

    def remember(self, key: str, groups: Sequence[str], value: object) -> None:
        """Store ``value`` as what ``derived(key, groups, ...)`` computes for the groups as
        they are now."""
        doc = self.doc
        found = tuple(doc.spans[g] for g in groups if g in doc.spans)
        self._derived[key] = (found, tuple(len(g) for g in found), value)

    def derived(
        self, key: str, groups: Sequence[str], compute: Callable[[tuple[SpanGroup, ...]], T]
    ) -> T:
        """``compute(span groups)``, remembered under ``key`` while those groups stay the same
        objects of the same size: the components and record building ask for the same things
        ("which tokens are claimed", "which values form changes"). The memo holds the groups,
        so a new group cannot take an old one's identity."""
        doc = self.doc
        found = tuple(doc.spans[g] for g in groups if g in doc.spans)
        sizes = tuple(len(g) for g in found)
        memo = self._derived.get(key)
        if memo is not None and memo[1] == sizes and all(map(operator.is_, memo[0], found)):
            return cast(T, memo[2])
        value = compute(found)
        self._derived[key] = (found, sizes, value)
        return value

    def like_num(self, i: int) -> bool:
        """spaCy's ``like_num`` of token ``i`` ("66", "1,000", "ten")."""
        return bool(self.doc[i].like_num)

    def token_at(self, char: int) -> int:
        """Index of the first token starting at or after ``char`` (``len(doc)`` if none)."""
        return bisect_left(self.token_chars, char)

    def sentence_start(self, char: int) -> int:
        """Character offset where the sentence holding ``char`` starts."""
        return self.sentence_chars[max(0, bisect_right(self.sentence_chars, char) - 1)]

    def number_at(self, char: int) -> Span | None:
        """The number span starting at character ``char``, if any."""
        i = bisect_left(self._number_starts, char)
        found = i < len(self.numbers) and self._number_starts[i] == char
        return self.numbers[i] if found else None

    def numerals_in(self, start_char: int, end_char: int) -> list[Span]:
        """The number spans lying inside the character range."""
        i = bisect_left(self._number_starts, start_char)
        found = []
        for span in self.numbers[i:]:
            if span.start_char >= end_char:
                break
            if span.end_char <= end_char:
                found.append(span)
        return found


def publish(doc: Doc, name: str, spans: Sequence[Span]) -> None:
    """Write ``spans`` to ``doc.spans[name]`` and keep them as that group's spans
    (``Context.group``), so that the components and records after this one read the same Span
    objects instead of rebuilding them from the group."""
    doc.spans[name] = spans
    if name == NUMBERS:
        Context.of(doc, numbers=tuple(spans))
    else:
        Context.of(doc).remember(f"group:{name}", (name,), tuple(spans))


def _spans_of(groups: tuple[SpanGroup, ...]) -> tuple[Span, ...]:
    return tuple(groups[0]) if groups else ()


def _claimed(groups: Iterable[Sequence[Span]]) -> tuple[frozenset[int], tuple[int, ...]]:
    taken: set[int] = set()
    for group in groups:
        for span in group:
            taken.update(range(span.start, span.end))
    return frozenset(taken), tuple(sorted(taken))


_RECENT: OrderedDict[int, tuple[Doc, Context]] = OrderedDict()
"""The Contexts of the last few Docs, by identity (the Doc is held, so its id stays unique).
Not a weak mapping: a Context's spans refer to their Doc, which would then never be freed."""
_RECENT_SIZE = 4
