"""Which way a year-less date looks: the tense of the clause that holds it.

"The economy added 266,000 jobs in November, the department said on Friday, beating
forecasts" speaks of the past in both clauses, though "forecasts" is a future cue somewhere in
the sentence. So a cue inside the date's own clause decides: the nearest one before the date
(the verb that governs it: "fell 5% in January and are expected to rise in June"), else the
nearest after it ("the vote on May 3 will decide"). A clause with no cue ("In March, the
company will open a plant") leaves it to the sentence.

Clauses and cues are read off the Doc's token table (``Context``): about a tenth of the cost
of case-insensitive searches over the clause text.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from factextract import lexicons
from factextract.facts.spans import Context


class _Words(NamedTuple):
    """The word lists of ``data/tense.json`` (``lexicons.Tense``, which says what each is) as
    sets."""

    breaks: frozenset[str]
    """Tokens that end a clause, besides a comma or a hyphen with space after it. Not "and"
    ("rose in January and February"), nor the prepositions that lead a date ("until June")."""
    not_a_tense_before: frozenset[str]
    participle_after: frozenset[str]
    """(Not "has": "has held talks since" looks back.)"""
    schedule_copulas: frozenset[str]
    schedule_links: frozenset[str]
    deadline_leads: frozenset[str]
    instructing: frozenset[str]
    deferring: frozenset[str]
    deferred_to: frozenset[str]
    in_force: frozenset[str]


@cache
def _words() -> _Words:
    lists = lexicons.tense()
    return _Words(
        frozenset(lists.clause_breaks),
        frozenset(lists.not_a_tense_before),
        frozenset(lists.participle_after),
        frozenset(lists.schedule_copulas),
        frozenset(lists.schedule_links),
        frozenset(lists.deadline_leads),
        frozenset(lists.instructing),
        frozenset(lists.deferring),
        frozenset(lists.deferred_to),
        frozenset(lists.in_force),
    )


_AT_LEAST = ("at", "least")

_AFTER = 1 << 30
"""Added to the distance of a cue after the date, so that every cue before it comes first."""


@cache
def _future_cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each future cue as its words (lower case), by its first word."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for cue in lexicons.calendar().future_cues:
        words = tuple(cue.lower().split())
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(cues) for first, cues in by_first.items()}


@cache
def _past_cues() -> frozenset[str]:
    return frozenset(cue.lower() for cue in lexicons.calendar().past_cues)


@cache
def _not_past_ed() -> frozenset[str]:
    return frozenset(lexicons.calendar().not_past_ed)


def clause(ctx: Context, sentence: tuple[int, int], first: int, last: int) -> tuple[int, int]:
    """Token range of the clause holding tokens ``first`` to ``last`` (exclusive), inside the
    sentence's token range."""
    left, right = first, last
    while left > sentence[0] and not _ends_clause(ctx, left - 1):
        left -= 1
    while right < sentence[1] and not _ends_clause(ctx, right):
        right += 1
    return left, right


def _ends_clause(ctx: Context, i: int) -> bool:
    word = ctx.lowers[i]
    if word in (",", "-"):  # "1,000" is one token; "well-off" has no spaces around its "-"
        return ctx.spaced[i] and (word == "," or (i > 0 and ctx.spaced[i - 1]))
    return word in _words().breaks


def clause_tense(ctx: Context, bounds: tuple[int, int], start: int, end: int) -> bool | None:
    """True when the cue that governs the date at characters ``start``-``end`` in the clause
    ``bounds`` (token indices) speaks of the future, False when it speaks of the past, None
    when the clause has no cue."""
    lowers, futures, pasts = ctx.lowers, _future_cues(), _past_cues()
    first = ctx.token_at(start)
    left = bounds[0]
    if _schedule(ctx, left, first, end):
        return True
    if _instructed_deadline(ctx, left, first) and not _names_a_month(ctx, first, end):
        return True
    if _deferred(ctx, left, first) and not _names_a_month(ctx, first, end):
        return True
    best: tuple[int, bool] | None = None
    i, right = bounds
    while i < right:
        width, ahead = 1, False
        for cue in futures.get(lowers[i], ()):
            if lowers[i : i + len(cue)] == cue and i + len(cue) <= right:
                width, ahead = len(cue), True
                break
        if ahead or _past_cue(ctx, pasts, bounds[0], i) or _past_tense(ctx, bounds[0], i):
            best = _nearer(ctx, best, i, i + width, start, end, ahead)
        i += width
    return None if best is None else best[1]


def _schedule(ctx: Context, left: int, first: int, end: int) -> bool:
    """Whether a present "is"/"are" (with "on", "at" or "for") governs the date that starts
    at token ``first`` and ends at character ``end``: "The vote is on Tuesday" (not "was";
    not a possessive "is on Tuesday's vote", whose day may be either)."""
    i = first - 1
    if i >= left and ctx.lowers[i] in _words().schedule_links:
        i -= 1
    if i < left or ctx.lowers[i] not in _words().schedule_copulas:
        return False
    return ctx.text[end : end + 2] not in ("'s", "\u2019s")


def _instructed_deadline(ctx: Context, left: int, first: int) -> bool:
    """Whether the date at token ``first`` is the deadline ("until", "by", "until at least")
    of an infinitive after a past instruction: "asked drivers to stay off the roads until
    at least 6 a.m. Thursday"."""
    i = first - 1
    if i - 1 >= left and tuple(ctx.lowers[i - 1 : i + 1]) == _AT_LEAST:
        i -= 2
    if i < left or ctx.lowers[i] not in _words().deadline_leads:
        return False
    infinitive = False
    for j in range(i - 1, left - 1, -1):
        word = ctx.lowers[j]
        if word == "to" and j + 1 < i and ctx.words[j + 1].isalpha() and ctx.words[j + 1].islower():
            infinitive = True
        elif word in _words().instructing:
            return infinitive
    return False


def _names_a_month(ctx: Context, first: int, end: int) -> bool:
    """Whether the date from token ``first`` to character ``end`` names a month: a deadline
    reported in the past is ahead when it is a weekday ("until Friday", a week at most), but
    "extended to April 13" may be told after April 13 as well as before it."""
    months = lexicons.calendar().months
    i = first
    while i < len(ctx.lowers) and ctx.token_chars[i] < end:
        if ctx.lowers[i].rstrip(".") in months:
            return True
        i += 1
    return False


def _deferred(ctx: Context, left: int, first: int) -> bool:
    """Whether the date at token ``first`` is the day something was put off to, or a
    warning runs to: after "until", "till", "through" or "to", with a deferring verb or a
    warning nearer before it than any past tense."""
    i = first - 1
    if i < left or ctx.lowers[i] not in _words().deferred_to:
        return False
    pasts, lead = _past_cues(), ctx.lowers[i]
    for j in range(i - 1, left - 1, -1):
        if ctx.lowers[j] in _words().deferring or (
            lead != "to" and ctx.lowers[j] in _words().in_force
        ):
            return True
        if _past_cue(ctx, pasts, left, j) or _past_tense(ctx, left, j):
            return False
    return False


def _past_cue(ctx: Context, pasts: frozenset[str], left: int, i: int) -> bool:
    """A past cue of the lexicon ("said", "held", "ago"), unless a passive or infinitive makes
    it a participle."""
    return ctx.lowers[i] in pasts and (
        i == left or ctx.lowers[i - 1] not in _words().participle_after
    )


def _past_tense(ctx: Context, left: int, i: int) -> bool:
    """A regular past tense ("added", "opened"): lower case, so not a name ("Ted", "United")."""
    word = ctx.words[i]
    if len(word) < 4 or not word.endswith("ed") or not (word.isalpha() and word.islower()):
        return False
    if word in _not_past_ed():
        return False
    return i == left or ctx.lowers[i - 1] not in _words().not_a_tense_before


def _nearer(
    ctx: Context, best: tuple[int, bool] | None, i: int, j: int, start: int, end: int, ahead: bool
) -> tuple[int, bool] | None:
    """``best`` or the cue of tokens ``i``-``j``, whichever governs the date: any cue before
    it over any after, then the nearer; on a tie, the future cue (as when any future cue in
    the sentence decided)."""
    if ctx.token_ends[j - 1] <= start:
        distance = start - ctx.token_ends[j - 1]
    elif ctx.token_chars[i] >= end:
        distance = _AFTER + ctx.token_chars[i] - end
    else:
        return best  # the date's own words ("Sept. 30", "earlier")
    if best is None or distance < best[0] or (distance == best[0] and ahead):
        return distance, ahead
    return best
