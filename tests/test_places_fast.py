"""Fast paths of the place finders agree with the plain rules they stand for."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

import factextract
from factextract.facts.places.mention import capital_tokens, capitals, non_ascii, words
from factextract.facts.places.recognize import (
    _DATELINE,
    _DATELINE_REACH,
    _JOINED,
    _dateline_matches,
    _head_runs,
    _numbers_off,
    _ofs_between_capitals,
    _runs,
)
from factextract.facts.places.recognize import _title as dateline_title
from factextract.facts.spans import Context

FAST = settings(max_examples=300, deadline=None)
_NLP = factextract.build_nlp()


def _rows(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


_DATELINE_PARTS = st.sampled_from(
    [
        *("SPRINGFIELD", "ST. LOUIS", "O’HARE", "Atlanta", "A", ", Ill.", ", Ga", " (AP)"),
        *(", March 3", ", Jan. 15", " 3", ", 2019", ", 14 March", " 2019"),
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


_OF_WORDS = st.sampled_from(["of", "Of", "OF", "Bank", "Mexico", "the", ",", "-", " ", "\n", "Ⅻ"])


@FAST
@given(parts=st.lists(_OF_WORDS, max_size=12), spaced=st.booleans())
def test_places_ofs_between_capitals_are_every_such_of(parts: list[str], spaced: bool) -> None:
    """``_ofs_between_capitals`` (from the capitalized tokens) finds every token "of" with a
    capitalized token on both sides."""
    ctx = Context.of(_NLP.make_doc((" " if spaced else "").join(parts)))
    texts, caps = ctx.words, capitals(ctx)
    expected = [
        i for i in range(1, len(texts) - 1) if texts[i] == "of" and caps[i - 1] and caps[i + 1]
    ]
    assert _ofs_between_capitals(ctx, caps) == expected


_RUN_WORDS = st.sampled_from(
    [
        *("Bank", "Park", "Industrial", "Office", "Co.", "Highway", "Leye", "The", "In", "Ten"),
        *("66", "-", "’", "'", "of", "for", "the", "said", ",", ".", "\n", "  ", "Ⅻ", "Park-66"),
    ]
)


@FAST
@given(parts=st.lists(_RUN_WORDS, max_size=16), spaced=st.booleans())
@example(parts=["Leye", "66", "Bank"], spaced=True)  # a number after a capital goes on
@example(parts=["Leye", "66", "-", "Park"], spaced=True)  # so does a hyphen before one
def test_places_head_runs_are_the_runs_that_may_end_a_head(parts: list[str], spaced: bool) -> None:
    """``_head_runs`` (each found from near its head word) are the runs of a scan from the
    start of the Doc that hold a capitalized head word; no other run ends in a head word."""
    ctx = Context.of(_NLP.make_doc((" " if spaced else "").join(parts)))
    doc, lists, texts = ctx.doc, words(), ctx.words
    every = list(_runs(ctx, doc, capital_tokens(ctx)))
    heads = [i for i in capital_tokens(ctx) if texts[i] in lists.head_ends or " " in texts[i]]
    held = [(start, end) for start, end in every if any(start <= h < end for h in heads)]
    assert _head_runs(ctx, doc, lists) == held
    for start, end in every:
        stop = _numbers_off(doc, start, end)
        if (start, end) not in held and stop > start:
            assert texts[stop - 1] not in lists.head_ends and " " not in texts[stop - 1]


def test_places_no_head_ends_in_a_joiner() -> None:
    """``_head_runs`` relies on it: a run's last token is capitalized or a joiner."""
    assert not words().head_ends.intersection(_JOINED)


@given(st.text(alphabet="ABCDEFGHIJKLMNOPSTUVWXYZ '’-.", max_size=30))
@example("PORT-AU-PRINCE")
@example("ST. JOHN'S")
@example("COEUR D'ALENE")
def test_dateline_title_changes_only_case(name: str) -> None:
    """An upper-case dateline's name, written as place names are, differs from it in case
    only: same length, same letters."""
    titled = dateline_title(name)
    assert len(titled) == len(name)
    assert titled.upper() == name.upper()


def test_dateline_title_writes_particles_and_apostrophes_in_lower_case() -> None:
    assert dateline_title("PORT-AU-PRINCE") == "Port-au-Prince"
    assert dateline_title("ST. JOHN'S") == "St. John's"
    assert dateline_title("RIO DE JANEIRO") == "Rio de Janeiro"
    assert dateline_title("LA PAZ") == "La Paz"
    assert dateline_title("COEUR D'ALENE") == "Coeur d'Alene"
    assert dateline_title("VAL-D'OR") == "Val-d'Or"
    assert dateline_title("D'IBERVILLE") == "D'Iberville"
