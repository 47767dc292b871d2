"""String gates before whole-text searches, each held equal to the search it skips."""

from __future__ import annotations

from pathlib import Path

import pytest

from factextract import Extractor
from factextract.facts import ages, multiples, quantities
from factextract.facts.places import recognize

CORPUS = sorted((Path(__file__).parent.parent / "corpus").glob("*.md"))


def _found(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
    lower = text.lower()
    return (
        [(a.start, a.end) for a in ages.decades(text)],
        [(c.start, c.end) for c in multiples.lone_cues(text)],
        [m.span() for m in recognize._co_finds(lower)],
    )


def _ungated(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple[int, int]], ...]:
    """What the three find with the gates open: "" stands in every text."""
    with monkeypatch.context() as patch:
        patch.setattr(ages, "_DECADE_WORDS", ("",))
        patch.setattr(multiples, "_lone_words", lambda: ("",))
        decades, lone, _ = _found(text)
    return decades, lone, [m.span() for m in recognize._CO.finditer(text.lower())]


GATE_ROWS = [
    pytest.param("A man in his 60s died.", 1, 0, 0, id="digits-decade"),
    pytest.param("She is in her early thirties, he in his teens.", 2, 0, 0, id="spelled-decades"),
    pytest.param("A woman in her mid-40s, and in their twenties.", 2, 0, 0, id="mid-decade"),
    pytest.param("He said his son was 16 in the 1960s.", 0, 0, 0, id="near-miss-1960s"),
    pytest.param("In his remarks he spoke of their parties.", 0, 0, 0, id="near-miss-ties"),
    pytest.param("Turnout doubled. It doubled down.", 0, 1, 0, id="doubled"),
    pytest.param("Turnout DOUBLED in 2020.", 0, 1, 0, id="upper-case-verb"),
    pytest.param("Sales rose threefold since 2020.", 0, 1, 0, id="fold"),
    pytest.param("Prices rose by a factor of 3 in May.", 0, 1, 0, id="factor"),
    pytest.param("There was a 10-fold increase in cases.", 0, 1, 0, id="noun-fold"),
    pytest.param("Trouble doubles, ripples in his tripling.", 0, 0, 0, id="near-miss-pieces"),
    pytest.param("Co. Kerry and Co Cork, the taco co-op.", 0, 0, 2, id="county"),
    pytest.param("a Costco deal, cocoa, eco-friendly", 0, 0, 0, id="near-miss-co"),
    pytest.param("Tur\u212anout DOUBLED, in his 60s.", 1, 1, 0, id="case-trap"),
]


@pytest.mark.parametrize(("text", "decades", "lone", "counties"), GATE_ROWS)
def test_gates_find_what_the_searches_find(
    text: str, decades: int, lone: int, counties: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = _found(text)
    assert found == _ungated(text, monkeypatch)
    assert tuple(map(len, found)) == (decades, lone, counties)


def test_gates_find_what_the_searches_find_on_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(CORPUS) > 100
    for path in CORPUS:
        text = path.read_text(encoding="utf-8")
        assert _found(text) == _ungated(text, monkeypatch), path.name


UNIT_ROWS = [
    pytest.param("45 bushels per acre", id="per"),
    pytest.param("45 bushels\u00a0per\u00a0acre", id="per-nbsp"),
    pytest.param("120 km / h and 3 t/ha", id="slash"),
    pytest.param("195 kilometers (121 miles) per hour", id="parenthesis"),
    pytest.param("121 miles) per hour", id="closing-parenthesis"),
    pytest.param("5 km ) per day, 5 km  (per day) and 5 km (", id="near-miss-spaced"),
    pytest.param("5 shops a mile away, 3 pears, 4 p.m.", id="near-miss-p"),
]


def _unit_gates_hold(text: str) -> None:
    q = quantities
    for end in range(len(text)):
        head, second = text[end : end + 1], text[end + 1 : end + 2]
        for limit in (len(text), min(len(text), end + 6)):
            if q._per_unit_re().match(text, end, limit) is not None:
                assert head in q._RATE_HEADS, (text, end)
                assert head == "/" or second in q._PER_SECONDS, (text, end)
        if q._paren_per_re().match(text, end) is not None:
            assert head in q._PAREN_HEADS, (text, end)
            assert head not in q._SPACES or second in "( \u00a0", (text, end)


@pytest.mark.parametrize("text", UNIT_ROWS)
def test_gates_pass_where_the_unit_rates_match(text: str) -> None:
    """``_per_unit`` and ``_per_after_parenthesis`` ask their patterns only where the first
    two characters let them: wherever a pattern matches, they do."""
    _unit_gates_hold(text)


def test_gates_pass_where_the_unit_rates_match_on_the_corpus() -> None:
    for path in CORPUS[::8]:
        _unit_gates_hold(path.read_text(encoding="utf-8"))


def test_gates_read_the_rates_of_the_rows(extractor: Extractor) -> None:
    units = [
        [q.unit for q in extractor.extract(text).quantities]
        for text in (
            "There were 30 trees per acre.",
            "It ran at 195 kilometers (121 miles) per hour.",
        )
    ]
    assert units == [["/acre"], ["km/h", "mph"]]
