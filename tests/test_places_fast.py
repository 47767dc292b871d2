"""Fast paths of the place finders agree with the plain rules they stand for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factextract.facts.places.mention import non_ascii
from factextract.facts.places.recognize import _DATELINE, _DATELINE_REACH, _dateline_matches

FAST = settings(max_examples=300, deadline=None)


def _rows(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


_DATELINE_PARTS = st.sampled_from(
    [
        *("SPRINGFIELD", "ST. LOUIS", "O’HARE", "Atlanta", "A", ", Ill.", ", Ga", " (AP)"),
        *(" (Reuters)", " — ", " – ", " -- ", " - ", "—", " ", "  ", "\t", "\n", "\n\n", "x", "."),
    ]
)
_NEAR_REACH = st.integers(_DATELINE_REACH - 40, _DATELINE_REACH)


@FAST
@given(parts=st.lists(_DATELINE_PARTS, max_size=16), pad=_NEAR_REACH)
def test_places_datelines_tried_at_line_openings_match_finditer(parts: list[str], pad: int) -> None:
    """``_dateline_matches`` tries the pattern only where a line opens with capitals: the same
    matches as ``finditer`` over the first ``_DATELINE_REACH`` characters, also where a
    dateline is cut at the reach."""
    for text in ("".join(parts), "y" * pad + "\n" + "".join(parts)):
        expected = _DATELINE.finditer(text, 0, min(len(text), _DATELINE_REACH))
        assert _rows(list(_dateline_matches(text))) == _rows(list(expected))


@FAST
@given(text=st.text())
def test_places_non_ascii_is_the_set_of_other_characters(text: str) -> None:
    """``non_ascii`` (the text with its ASCII runs cut out) is the set of its other characters."""
    assert non_ascii(text) == frozenset(c for c in text if not c.isascii())
