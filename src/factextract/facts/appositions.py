"""Where news states one amount of money as another: "3.68 billion yuan ($517.37 million)",
"(about $630 million)", ", or roughly $1 billion,", "worth about €390 million".

The grammar of the text between the two amounts and after the second, shared by the money
component (an amount and its conversion are never in the same currency) and the conversions
that links builds.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_S = r"[ \u00a0]"
_GAP = re.compile(
    rf"""(?:
        {_S}*\({_S}*(?:(?:or|equivalent{_S}+to|equal{_S}+to|worth|~){_S}*)?        # "(", "(or "
      | ,{_S}*(?:or|equivalent{_S}+to|equal{_S}+to|worth|valued{_S}+at|i\.e\.){_S}+ # ", or "
      | {_S}+(?:equivalent{_S}+to|equal{_S}+to|worth|valued{_S}+at){_S}+          # " worth "
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_RATES_NOTE = (
    rf"(?:{_S}+at{_S}+(?:(?:current|today's|the{_S}+current|prevailing){_S}+(?:exchange{_S}+)?"
    rf"rates?|the{_S}+time|the{_S}+(?:then|current){_S}+(?:exchange{_S}+)?rate))?"
)
_CLOSE_PAREN = re.compile(rf"{_RATES_NOTE}{_S}*\)")
_CLOSE_CLAUSE = re.compile(rf"{_RATES_NOTE}(?=[,.;:)]|{_S}*$|{_S}+(?:and|but|in|for|to|from)\b)")


class Apposition(NamedTuple):
    """The second amount restates the first: where the whole ends, and how it is written."""

    end: int
    rule: str
    """``parenthesis`` or ``apposition``."""


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
    if gap is None:
        return None
    in_parenthesis = "(" in gap.group()
    close = (_CLOSE_PAREN if in_parenthesis else _CLOSE_CLAUSE).match(text, second_end)
    if close is None:
        return None  # "(about $2 a share)": a per-unit price, not the same amount
    return Apposition(close.end(), "parenthesis" if in_parenthesis else "apposition")
