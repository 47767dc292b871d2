"""Fast paths of the place finders agree with the plain rules they stand for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import factextract
from factextract.facts.places.mention import capitals, non_ascii
from factextract.facts.places.recognize import (
    _DATELINE,
    _DATELINE_REACH,
    _dateline_matches,
    _ofs_between_capitals,
)
from factextract.facts.spans import Context

FAST = settings(max_examples=300, deadline=None)
_NLP = factextract.build_nlp()


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
