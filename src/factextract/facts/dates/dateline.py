"""A wire dateline's day: "LONDON, March 3 (Reuters) - ..." is the day the story was filed.

That day is never after the publication date, whatever the tense of the sentence the dateline
opens ("... said it would return 750 million pounds"): the latest one on or before it.
"""

from __future__ import annotations

import re

from factextract.facts.dates.grammar import Expression
from factextract.patterns import LazyPattern

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

_CREDIT = LazyPattern(r"[ ]*(?:\([A-Za-z ]{2,20}\)[ ]*)?(?:—|–|--|-|:)[ ]")
"""After the date: a wire credit ("(Reuters)", "(AP)") and a dash or colon."""


_WIRE = re.compile(
    r"[ ]*\((?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\))[A-Z][A-Za-z ]{1,19}\)"
    r"[ ]*(?:—|–|--|-)[ ]"
)
"""After the date of a later line's dateline: a wire credit in brackets and a dash."""
_LINE_REACH = 48
"""Most characters between a line's start and a dateline's date (the place and its region)."""


def filed(text: str, expr: Expression) -> bool:
    """Whether ``expr`` is the day of a dateline on the article's first line or on the line
    after its headline: "NAIROBI, Kenya, Jan 12 – ", "WASHINGTON, Dec 30 (AP) — "; on a
    later line or after a sentence, one with its wire credit in brackets ("LONDON, July 18
    (Reuters) - ", "Jan 31 (Reuters) - ": a story of a digest or roundup, filed that day)."""
    if expr.start > _REACH:
        return _later_dateline(text, expr)
    line = text.rfind("\n", 0, expr.start) + 1
    if "\n" in text[:line].strip():
        return _later_dateline(text, expr)  # a third line or later
    return (
        _PLACE.fullmatch(text, line, expr.start) is not None
        and _CREDIT.match(text, expr.end) is not None
    ) or _later_dateline(text, expr)


_DASH = re.compile(r"[ ]?(?:—|–|--|-)[ ]")
"""After the date of a later line's dateline with no wire credit: a dash alone."""


def _later_dateline(text: str, expr: Expression) -> bool:
    """Whether ``expr`` is the day of a dateline with its wire credit at a line's or a
    sentence's start ("... per cent. WASHINGTON, Nov 5 (Reuters) - The Fed ..."), or with
    a dash alone after a place in capitals at a line's start (a story of a digest whose
    credit was left out: "\n\nTOKYO, March 5 - Japan will sell", "\n\nNEW YORK, Feb 18 -
    Wednesday's Super Bowl"; not after a sentence in a paragraph, nor "Jan 31 - Feb 2")."""
    credit = _WIRE.match(text, expr.end) is not None
    if not credit and _DASH.match(text, expr.end) is None:
        return False  # most dates: no credit nor dash after them
    low = max(0, expr.start - _LINE_REACH)
    newline = text.rfind("\n", low, expr.start) + 1
    stop = text.rfind(". ", low, expr.start)
    line = max(newline, stop + 2 if stop >= 0 else 0)
    if line == 0 and expr.start > _LINE_REACH:
        return False
    if not credit and (line != newline or newline == 0):
        return False  # a dash alone: only a line's place ("... said. LONDON, March 3 - ")
    if line == expr.start:
        return credit  # "Jan 31 (Reuters) - ": a digest's story; not "Jan 31 - Feb 2"
    return _PLACE.fullmatch(text, line, expr.start) is not None
