"""The shared pattern helpers: the case traps every lower-cased fast path relies on."""

from __future__ import annotations

import re
import string

from factextract.patterns import CASE_TRAPS, has_case_traps
from tests.characters import EVERY_CHARACTER


def test_patterns_case_traps_are_every_exception() -> None:
    """``CASE_TRAPS`` holds every non-ASCII character that IGNORECASE matches to an ASCII
    letter or that ``str.lower`` turns into an ASCII letter or into more than one character:
    outside them, lowering a text keeps ASCII words where ``(?i)`` finds them."""
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    traps = {
        c
        for c in EVERY_CHARACTER
        if not c.isascii()
        and (letter.fullmatch(c) or len(c.lower()) != 1 or c.lower() in string.ascii_letters)
    }
    assert traps == set(CASE_TRAPS)


def test_patterns_has_case_traps() -> None:
    assert [has_case_traps(t) for t in ("5 km", "5 \u212am", "c\u0131rca", "café")] == [
        False,
        True,
        True,
        False,
    ]
