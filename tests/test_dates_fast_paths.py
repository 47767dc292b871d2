"""Fast paths of the date component, each held equal to the slow computation it replaces."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factextract import lexicons
from factextract.facts.dates import component, scan
from factextract.patterns import CASE_TRAPS


def _slow_future(text: str, start: int, end: int) -> bool:
    return component._future_re().search(text, start, end) is not None


def test_dates_future_cues_are_ascii() -> None:
    assert all(cue.isascii() for cue in lexicons.calendar().future_cues)


FUTURE_CASES = [
    pytest.param("It will open in May.", id="will"),
    pytest.param("We'll see in May.", id="apostrophe-ll"),
    pytest.param("Caf\u00e9'll in May.", id="apostrophe-ll-after-non-ascii"),
    pytest.param("\u201cWill it\u201d in May.", id="after-curly-quote"),
    pytest.param("It is goodwill, in May.", id="inside-a-word"),
    pytest.param("Plans to open; plans to", id="cue-at-the-end"),
    pytest.param("this to be held", id="overlapping-cues"),
    pytest.param("\u017fhall \u0130s to \u212aeep", id="exotic-letters"),
    pytest.param("NEXT MONTH, Scheduled", id="upper-case"),
    pytest.param("\u00e9will \u00e9next", id="after-non-ascii-letter"),
]


@pytest.mark.parametrize("text", FUTURE_CASES)
def test_dates_future_cue_search_as_regex(text: str) -> None:
    folded = scan.folded(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            found = component._future_cue(text, folded, start, end)
            assert found == _slow_future(text, start, end), (text[start:end], start, end)


PIECES = st.sampled_from(
    [
        *lexicons.calendar().future_cues,
        *(c.upper() for c in lexicons.calendar().future_cues),
        " ",
        "'",
        ".",
        "x",
        "\u00e9",
        "\u201c",
        "\u017f",
        "\u0130",
        "\u0131",
        "\u212a",
        "\u00df",
        "_",
        "1",
    ]
)


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(PIECES, max_size=12), bounds=st.tuples(st.integers(0), st.integers(0)))
def test_dates_property_future_cue_search_as_regex(
    pieces: list[str], bounds: tuple[int, int]
) -> None:
    text = "".join(pieces)
    start, end = sorted(b % (len(text) + 1) for b in bounds)
    plain = re.sub(f"[{CASE_TRAPS}]", "e", text)  # without them, the fast path itself runs
    for each in (text, plain):
        expected = _slow_future(each, start, end)
        assert component._future_cue(each, scan.folded(each), start, end) == expected
