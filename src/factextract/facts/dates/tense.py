"""Which way a year-less date looks: the tense of the clause that holds it.

"The economy added 266,000 jobs in November, the department said on Friday, beating
forecasts" speaks of the past in both clauses, though "forecasts" is a future cue somewhere in
the sentence. So a cue inside the date's own clause decides: the nearest one before the date
(the verb that governs it: "fell 5% in January and are expected to rise in June"), else the
nearest after it ("the vote on May 3 will decide"). A clause with no cue ("In March, the
company will open a plant") leaves it to the sentence.
"""

from __future__ import annotations

import re
from functools import cache

from factextract import lexicons

_BREAK = re.compile(
    r"[;:()\[\]\u2013\u2014]|,\s|\s-\s"
    r"|\b(?:that|which|who|whom|whose|where|when|while|because|although|though|but|whereas"
    r"|unless|if)\b"
)
"""Where a clause ends: a comma before a space (not "1,000"), semicolon, colon, bracket,
dash, or a word that opens a subordinate clause ("said on Monday that the cap for April
would fall"). Not "and" ("rose in January and February"), nor the prepositions that lead a
date ("until June")."""

_ED = re.compile(r"(?<![\w'-])([a-z]{2,}ed)\b")
"""A regular past tense ("added", "opened"); lower case, so not a name ("Ted", "United")."""

_NOT_A_TENSE_BEFORE = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
    | {"be", "being", "been", "is", "are", "am", "to", "have", "has", "having"}
)
"""Words after which an "-ed" word is no past tense: an adjective after a determiner ("the
planned merger"), a passive or perfect after an auxiliary ("will be completed")."""


_AFTER = 1 << 30
"""Added to the distance of a cue after the date, so that every cue before it comes first."""


@cache
def _past_re() -> re.Pattern[str]:
    cues = "|".join(map(re.escape, lexicons.calendar().past_cues))
    return re.compile(rf"\b(?:{cues})\b", re.IGNORECASE)


@cache
def _not_past_ed() -> frozenset[str]:
    return frozenset(lexicons.calendar().not_past_ed)


def clause(text: str, low: int, high: int, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]`` inside the sentence ``text[low:high]``."""
    left = low
    for found in _BREAK.finditer(text, low, start):
        left = found.end()
    after = _BREAK.search(text, end, high)
    return left, after.start() if after else high


def clause_tense(
    text: str, future: re.Pattern[str], bounds: tuple[int, int], start: int, end: int
) -> bool | None:
    """True when the cue nearest to ``text[start:end]`` in the clause ``bounds`` speaks of
    the future, False when it speaks of the past, None when the clause has no cue.
    ``future`` finds future cues (``lexicons.calendar().future_cues``)."""
    left, right = bounds
    best: tuple[int, bool] | None = None
    taken: list[tuple[int, int]] = []
    for cue in future.finditer(text, left, right):
        taken.append(cue.span())
        best = _nearer(best, cue.span(), start, end, True)
    for cue in _past_re().finditer(text, left, right):
        best = _nearer(best, cue.span(), start, end, False)
    for cue in _ED.finditer(text, left, right):
        if _is_past_tense(text, left, cue) and not _inside(cue.span(), taken):
            best = _nearer(best, cue.span(), start, end, False)
    return None if best is None else best[1]


def _nearer(
    best: tuple[int, bool] | None, cue: tuple[int, int], start: int, end: int, ahead: bool
) -> tuple[int, bool] | None:
    """``best`` or this cue, whichever governs the date: any cue before it over any after,
    then the nearer; on a tie, the future cue (as when any future cue in the sentence
    decided)."""
    if cue[1] <= start:
        distance = start - cue[1]
    elif cue[0] >= end:
        distance = _AFTER + cue[0] - end
    else:
        return best  # the date's own words ("Sept. 30", "earlier")
    if best is None or distance < best[0] or (distance == best[0] and ahead):
        return distance, ahead
    return best


def _is_past_tense(text: str, left: int, cue: re.Match[str]) -> bool:
    word = cue.group(1)
    if word in _not_past_ed():
        return False
    before = text[left : cue.start()].split()
    return not before or before[-1].lower() not in _NOT_A_TENSE_BEFORE


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)
