"""Where news states one amount of money as another: "3.68 billion yuan ($517.37 million)",
"(about $630 million)", ", or roughly $1 billion,", "worth about €390 million".

The grammar of the text between the two amounts and after the second, shared by the money
component (an amount and its conversion are never in the same currency) and the conversions
that links builds.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from factextract import lexicons
from factextract.patterns import LazyPattern, grouped

_S = r"[ \u00a0]"
_GAP = re.compile(
    rf"""(?:
        {_S}*\({_S}*(?:(?:or|equivalent{_S}+to|equal{_S}+to|worth|~){_S}*)?        # "(", "(or "
      | ,{_S}*(?:or|equivalent{_S}+to|equal{_S}+to|worth|valued{_S}+at|i\.e\.){_S}+ # ", or "
      | {_S}+(?:equivalent{_S}+to|equal{_S}+to|worth|valued{_S}+at){_S}+          # " worth "
      | (?P<equals>{_S}*={_S}*)                                                  # "$1 = 7.1 yuan"
      | (?P<comma>,{_S}*)                                    # ", about $5 million": a hedge next
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_RATES_NOTE = (
    rf"(?:{_S}+at{_S}+(?:the{_S}+time|(?:(?:the|an?|today's|current){_S}+)?"
    rf"(?:[\w-]+{_S}+){{0,2}}(?:exchange{_S}+)?rates?(?:{_S}+of{_S}+the{_S}+(?:time|day))?))?"
)
"""Where the rate is named: "at current exchange rates", "at the new rate", "at the official
exchange rate", "at the exchange rate of the time", "at the time"."""
_CLOSE_PAREN = re.compile(rf"{_RATES_NOTE}{_S}*\)")
_CLOSE_CLAUSE = LazyPattern(rf"{_RATES_NOTE}(?=[,.;:)]|{_S}*$|{_S}+(?:and|but|in|for|to|from)\b)")
_CLOSE_EQUATION = LazyPattern(rf"(?=[,.;:)]|{_S}*$)")
"""A stated rate ends its parenthesis or clause: "($1 = 7.1 yuan)", "(£1 = $1.27)"."""
_CLOSE_HEDGED = LazyPattern(rf"{_RATES_NOTE}(?=[,.;:)]|{_S}*$)")
"""After a bare comma the restatement is a whole phrase: ", about $5.4 billion, in bonds", not
", about $500,000 in cash"."""


@cache
def _hedge() -> re.Pattern[str]:
    """A hedging qualifier ("about", "roughly", "nearly") at the start of an amount: after a
    bare comma, an amount in another currency that is only about the first one restates it."""
    cues = [c for c, q in lexicons.qualifiers().before.items() if q in ("approx", "nearly")]
    return re.compile(rf"(?:{grouped(cues, fold=True)}){_S}", re.IGNORECASE)


class Apposition(NamedTuple):
    """The second amount restates the first: where the whole ends, and how it is written."""

    end: int
    rule: str
    """``parenthesis``, ``apposition`` or ``equation`` (a stated rate: "$1 = 7.1 yuan")."""


def restated(text: str, first_end: int, second_start: int, second_end: int) -> Apposition | None:
    """Whether the amount at ``text[second_start:second_end]`` restates the one ending at
    ``first_end``; None for a per-unit price ("(about $2 a share)") or any other gap.

    >>> text = "3.68 billion yuan ($517.37 million) went"
    >>> restated(text, 17, 19, 34)
    Apposition(end=35, rule='parenthesis')
    >>> restated("$5 (about $2 a share)", 2, 10, 12) is None
    True
    """
    gap = _GAP.fullmatch(text, first_end, second_start)
    if gap is None or (gap.group("comma") is not None and not _hedge().match(text, second_start)):
        return None  # "$5 million, $3 million of it" is no restatement; ", about $3 million" is
    if gap.group("equals") is not None:
        close = _CLOSE_EQUATION.match(text, second_end)
        return None if close is None else Apposition(close.end(), "equation")
    in_parenthesis = "(" in gap.group()
    closing = _CLOSE_HEDGED if gap.group("comma") is not None else _CLOSE_CLAUSE
    close = (_CLOSE_PAREN if in_parenthesis else closing).match(text, second_end)
    if close is None:
        return None  # "(about $2 a share)": a per-unit price, not the same amount
    return Apposition(close.end(), "parenthesis" if in_parenthesis else "apposition")
