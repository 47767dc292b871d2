"""Qualifier cues: the cheap checks in front of the cue patterns find what the patterns do."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factextract import lexicons
from factextract.facts import qualifiers

_CUES = sorted(lexicons.qualifiers().before)
_WORDS = st.sampled_from(
    [
        *_CUES,
        *(cue.upper() for cue in _CUES),
        *(cue.title() for cue in _CUES),
        "x",
        "-",
        "(",
        "\u017fome",  # ſ: (?i) reads it as s, lower() does not
        "c\u0131rca",  # ı
        "\u0130",
        "\u2014",
    ]
)
_GAPS = st.sampled_from(["", " ", "  ", "\u00a0", "\n", " \n", "-"])
_TEXTS = st.lists(st.tuples(_WORDS, _GAPS), max_size=6).map(
    lambda pairs: "".join(word + gap for word, gap in pairs) + "5"
)


def _by_pattern(text: str, start: int) -> qualifiers.Cue | None:
    """``before`` as its pattern alone would answer."""
    window_start = max(0, start - 24)
    match = qualifiers._before_re().search(text[window_start:start])
    if match is None:
        return None
    cue = match.group("cue")
    begin = window_start + match.start("cue")
    qualifier = lexicons.qualifiers().before.get(cue.lower())
    return qualifiers.Cue(qualifier, cue, begin, begin + len(cue)) if qualifier else None


@settings(max_examples=500)
@given(text=_TEXTS)
def test_qualifiers_before_is_its_pattern(text: str) -> None:
    for start in range(len(text) + 1):
        assert qualifiers.before(text, start) == _by_pattern(text, start)


def test_qualifiers_look_alike_letters_are_no_cue() -> None:
    """(?i) matches "ſ" to "s" and "ı" to "i"; the lexicon knows neither spelling."""
    assert qualifiers.before("\u017fome 5", 6) is None
    assert qualifiers.before("c\u0131rca 5", 6) is None
    assert qualifiers.after("5 or \u017fo", 1) is None  # "or so"
    assert qualifiers.after("5-plu\u017f", 1) is None


def test_qualifiers_before_cues_end_in_no_space() -> None:
    """``_cue_search_start`` takes the cue to end where the trailing spaces begin."""
    assert all(cue.isascii() and cue[-1] not in " \u00a0" for cue in _CUES)


_AFTER_CUES = sorted(lexicons.qualifiers().after)
_AFTER_TEXTS = st.lists(
    st.tuples(st.sampled_from([*_AFTER_CUES, *(c.upper() for c in _AFTER_CUES), "+", "x"]), _GAPS),
    max_size=3,
).map(lambda pairs: "5" + "".join(gap + word for word, gap in pairs))


@settings(max_examples=200)
@given(text=_AFTER_TEXTS)
def test_qualifiers_trailing_tries_every_position_that_can_match(text: str) -> None:
    """``trailing`` skips positions no after-cue starts at; it finds what trying all does."""
    every = [qualifiers.after(text, i) for i in range(len(text))]
    assert all(cue is None for i, cue in enumerate(every) if text[i] not in " \u00a0-+")
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            tried = next((c for c in every[start:end] if c is not None and c.end == end), None)
            assert qualifiers.trailing(text, start, end) == tried


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        pytest.param("they fought over 2 islands", None, id="over-after-fought-is-about"),
        pytest.param("a dispute over 5 islands", None, id="over-after-dispute-is-about"),
        pytest.param("concerns over 3 plants", None, id="over-after-concerns-is-about"),
        pytest.param("killed over 400 people", "more_than", id="over-after-a-verb"),
        pytest.param("Over 400 people died", "more_than", id="over-opening-a-sentence"),
        pytest.param("the fight lasted over 12 rounds", "more_than", id="over-after-lasted"),
        pytest.param("Airbus handed over 735 jets", None, id="over-after-handed-is-a-particle"),
        pytest.param("the army hands over 300 prisoners", None, id="over-after-hands"),
        pytest.param("they handed out over 300 vouchers", "more_than", id="over-after-handed-out"),
        # "over" after a verb of spreading says across what, no bound
        pytest.param("1,200 traps spread over 18,928 square km", None, id="over-after-spread"),
        pytest.param("debris scattered over 2 km", None, id="over-after-scattered"),
        pytest.param("the jobless rate to edge up to 6.2%", None, id="edge-up-to-a-move"),
        pytest.param("the fire spread to over 500 hectares", "more_than", id="spread-to-over"),
        # "under" a depth of a covering says where something lies
        pytest.param("buries the suburbs under 6 feet of snow", None, id="under-a-covering"),
        pytest.param("homes lay under 2 metres of water", None, id="under-water"),
        pytest.param("trapped beneath 3 m of rubble", None, id="beneath-rubble"),
        pytest.param("players under 6 feet tall", "less_than", id="under-a-height"),
        pytest.param("Under 10 cm of rain fell", "less_than", id="under-rain-falls"),
    ],
)
def test_qualifiers_over_means_about_after_a_contention(text: str, qualifier: str | None) -> None:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    cue = qualifiers.before(text, start)
    assert (cue.qualifier if cue else None) == qualifier
