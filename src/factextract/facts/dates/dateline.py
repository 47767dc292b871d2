"""A wire dateline's day: "LONDON, March 3 (Reuters) - ..." is the day the story was filed.

That day is never after the publication date, whatever the tense of the sentence the dateline
opens ("... said it would return 750 million pounds"): the latest one on or before it.
"""

from __future__ import annotations

import re

from factextract.facts.dates.grammar import Expression

_REACH = 600
"""A dateline opens the article or follows its headline: only a date this near the start is
tried (a cheap test before the line's)."""

_PLACE = re.compile(
    r"""[ \t]*[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+)*       # LONDON, NEW YORK/WASHINGTON
        (?:,[ ][A-Z][\w.’']*(?:[ ][A-Z][\w.’']*){0,2})?,[ ]  # , Kenya,
    """,
    re.VERBOSE,
)
"""The line's start up to the date: a place in capitals and its region."""

_CREDIT = re.compile(r"[ ]*(?:\([A-Za-z ]{2,20}\)[ ]*)?(?:—|–|--|-|:)[ ]")
"""After the date: a wire credit ("(Reuters)", "(AP)") and a dash or colon."""


def filed(text: str, expr: Expression) -> bool:
    """Whether ``expr`` is the day of a dateline on the article's first line or on the line
    after its headline: "NAIROBI, Kenya, Jan 12 – ", "WASHINGTON, Dec 30 (AP) — "."""
    if expr.start > _REACH:
        return False
    line = text.rfind("\n", 0, expr.start) + 1
    if "\n" in text[:line].strip():
        return False  # a third line or later: no dateline
    return (
        _PLACE.fullmatch(text, line, expr.start) is not None
        and _CREDIT.match(text, expr.end) is not None
    )
