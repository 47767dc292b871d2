"""Fast paths of the date component, each held equal to the slow computation it replaces."""

from __future__ import annotations

import datetime as dt
import dis
import importlib
import re
import string
from collections.abc import Iterable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factextract import Extractor, lexicons
from factextract.facts.dates import component, grammar, normalize, scan, tense
from factextract.facts.dates.grammar import Expression
from factextract.facts.dates.values import Handler
from factextract.facts.spans import Context
from factextract.patterns import CASE_TRAPS

# The regex parser of ``re`` (private, and untyped): test-only, to read rules' first characters.
sre: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")


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


def _slow_longest(expressions: Iterable[Expression]) -> list[Expression]:
    """``grammar._longest`` as it was: each candidate against every kept one."""
    kept: list[Expression] = []
    for expr in sorted(expressions, key=lambda e: (-(e.end - e.start), e.start)):
        if all(expr.end <= k.start or expr.start >= k.end for k in kept):
            kept.append(expr)
    return sorted(kept, key=lambda e: e.start)


@settings(max_examples=500, deadline=None)
@given(bounds=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=25))
def test_dates_property_longest_as_pairwise(bounds: list[tuple[int, int]]) -> None:
    found = [Expression(a, a + n, f"r{i}", ()) for i, (a, n) in enumerate(bounds)]
    assert grammar._longest(found) == _slow_longest(found)


# The first characters of a rule, read off its parsed regex: a set of characters, or None when
# any character may come first; and whether the (sub)pattern may match the empty string.
_CATEGORIES = {
    sre.CATEGORY_DIGIT: string.digits,
    sre.CATEGORY_SPACE: " \t\n\r\f\v\x1c\x1d\x1e\x1f",
    sre.CATEGORY_WORD: string.ascii_letters + string.digits + "_",
}  # "\d", "\s", "\w" as parsed (Unicode-wide in a str pattern): their ASCII members, as
# ``scan._candidates`` tries every non-ASCII character anyway


def _first_of_items(items: Iterable[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    found: set[str] = set()
    for op, arg in items:
        chars, empty = _first_of_item(op, arg)
        if chars is None:
            return None, True
        found |= chars
        if not empty:
            return found, False
    return found, True


def _first_of_item(op: Any, arg: Any) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(arg)}, False
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero-width: "\b", lookarounds
        return set(), True
    if op is sre.SUBPATTERN:
        return _first_of_items(arg[-1].data)
    if op is sre.BRANCH:
        branches = [_first_of_items(branch.data) for branch in arg[1]]
        if any(chars is None for chars, _ in branches):
            return None, True
        return {c for chars, _ in branches for c in chars or ()}, any(e for _, e in branches)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        chars, empty = _first_of_items(arg[2].data)
        return chars, empty or arg[0] == 0
    if op is sre.IN:
        return _first_of_items(arg)
    if op is sre.RANGE:
        return {chr(c) for c in range(arg[0], arg[1] + 1)}, False
    if op is sre.CATEGORY and arg in _CATEGORIES:
        return set(_CATEGORIES[arg]), False
    return None, True  # anything else (".", a negated class, ...): any character


def test_dates_firsts_hold_every_first_character() -> None:
    """``scan._FIRSTS`` lists every ASCII character a rule's match can start with."""
    assert set(scan._FIRSTS) == set(grammar._compiled()) - {"present"}
    for rule, pattern in grammar._compiled().items():
        if rule == "present":
            continue
        chars, empty = _first_of_items(sre_parse.parse(pattern.pattern).data)
        assert chars is not None and not empty, rule
        ascii_chars = {c for c in chars if c.isascii()}
        assert ascii_chars <= scan._FIRSTS[rule], (rule, ascii_chars - scan._FIRSTS[rule])


SCAN_TEXTS = [
    "Sales fell at the end of\u00a0March and in the\u00a0past two years.",
    "On 5/6/2019, at the end of\u2009last year, the 2020\u201105\u201101 filing, Q\u0664",
    "the end of March, the past decade, 1990s, 15:30 GMT, every two weeks, in Jan.",
]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_dates_scan_finds_what_finditer_finds(text: str) -> None:
    """Trying each rule only at its leads' candidates finds every match ``finditer`` finds,
    with non-ASCII spaces and digits too (a lead with "\\s" or "\\d" searches the text, not
    its one-byte ASCII copy, where they are "?")."""
    found = scan._Scan(text)
    for rule, pattern in grammar._compiled().items():
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in scan._finditer(rule, pattern, found)] == expected, rule


GROUP_TEXTS = [
    "On Monday, the 5th of May 2020, from January to March, at the end of last year",
    "a couple of years ago, over the past 18 months, every two weeks, FY2020/21, Q4 2019",
    "the mid-1990s, late 2019, this summer, next week, yesterday, currently, 2020-05-01",
]


@pytest.mark.parametrize("text", GROUP_TEXTS)
def test_dates_group_names_read_as_groupdict(text: str) -> None:
    """``_matches`` reads a match's groups by ``_group_names`` instead of ``groupdict``."""
    for pattern in grammar._compiled().values():
        names = grammar._group_names(pattern)
        for match in pattern.finditer(text):
            pairs = zip(names, match.groups(), strict=True)
            expected = tuple((k, v) for k, v in match.groupdict().items() if v is not None)
            assert tuple((k, v) for k, v in pairs if v is not None and k) == expected


def _reads_future(handler: Handler) -> bool:
    """Whether a normalizer's code reads its ``future`` argument at all."""
    code = handler.__code__
    loads = {i.argval for i in dis.get_instructions(code) if i.opname.startswith("LOAD")}
    return "future" in loads or "future" in code.co_cellvars


def test_dates_only_looking_ahead_rules_read_future() -> None:
    """``to_records`` works out a sentence's tense only for a rule in ``_LOOKS_AHEAD``: any
    other normalizer never reads it, so its value is the same either way."""
    assert normalize._LOOKS_AHEAD.issubset(normalize._HANDLERS)
    for rule, handler in normalize._HANDLERS.items():
        assert _reads_future(handler) <= (rule in normalize._LOOKS_AHEAD), rule


@pytest.mark.parametrize("anchor", [None, dt.date(2020, 5, 23), dt.date(2021, 1, 1)], ids=str)
@pytest.mark.parametrize("text", GROUP_TEXTS)
def test_dates_future_blind_values(text: str, anchor: dt.date | None) -> None:
    for expr in grammar.find_expressions(text):
        if not normalize.reads_future(expr):
            ahead = normalize.normalize(expr, text, anchor, True)
            assert ahead == normalize.normalize(expr, text, anchor, False), expr


# ``tense._none_of``: the checks that look for a word in a reach of tokens before a date
# (a reporting verb, a verb of weather, "to", "in effect") test first whether any stands
# there; each must read exactly as without that test, for every clause start, first token
# and end of the date (sentences holding the words each check reads, and near misses).
GATED_TEXTS = [
    "The company said profit in the second half would beat forecasts.",
    "The company said on Monday it would cut 500 jobs in March.",
    "The firm said the sales of cars in March would fall.",
    "Leaders agreed to meet in May, and voted to act by June 1.",
    "Officials told reporters the vote on Friday would go ahead, he said.",
    "The heat peaks on Sunday, and temperatures drop Thursday night.",
    "Stocks fall on Monday as temperatures soar to records.",
    "The council agreed on Monday to hear the case in October.",
    "Voters agreed to terms in January; they voted to back a plan passed in March.",
    "The judge ordered him to return to court on Dec. 2 and to pay by Jan. 5.",
    "A frost advisory is in effect from 2 a.m. to 8 a.m. Thursday.",
    "Visitation is from 4 to 7 p.m. Monday; the footage is from Monday.",
    "The curfew remains in force until Sunday, and the ban was in place on Tuesday.",
    "The election is in November and the vote is on Tuesday's agenda in May.",
]


@pytest.mark.parametrize("text", GATED_TEXTS)
def test_dates_tense_cheap_tests_change_no_check(
    extractor: Extractor, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = Context.of(extractor.nlp(text))
    n = len(ctx.lowers)

    def readings() -> list[tuple[object, ...]]:
        found = []
        for left in range(n):
            for first in range(left, n):
                for last in range(first + 1, min(n, first + 4) + 1):
                    end = ctx.token_ends[last - 1]
                    found.append(
                        (
                            tense._reported_subject(ctx, left, first, end),
                            tense._weather_present(ctx, left, first),
                            tense._intended(ctx, left, first),
                            tense._in_force_to_a_weekday(ctx, left, first, end),
                            tense._ordered_day(ctx, left, first, end),
                            tense._schedule(ctx, left, first, end),
                        )
                    )
        return found

    fast = readings()
    monkeypatch.setattr(tense, "_none_of", lambda *_: False)
    assert readings() == fast


class _EveryWord:
    """A set that holds every word: ``tense.clause`` then asks ``_ends_clause`` of each."""

    def __contains__(self, word: object) -> bool:
        return True


CLAUSE_TEXTS = [
    "Sales of 1,000 cars rose in May, the firm said; profits will follow.",
    "Arsenal beat Chelsea on Saturday and will face Wales next week - a well-off side.",
    "The vote, which was held on Monday and Tuesday, passed - but critics (who lost) said so.",
    "If it rains on Friday, when the match starts, the game is off; otherwise it goes ahead.",
]


@pytest.mark.parametrize("text", CLAUSE_TEXTS)
def test_dates_clause_reads_as_ends_clause_of_each_token(
    extractor: Extractor, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = Context.of(extractor.nlp(text))
    n = len(ctx.lowers)
    spans = [(first, last) for first in range(n) for last in range(first + 1, n + 1)]
    fast = [tense.clause(ctx, (0, n), first, last) for first, last in spans]
    monkeypatch.setattr(tense, "_clause_stops", _EveryWord)
    assert [tense.clause(ctx, (0, n), first, last) for first, last in spans] == fast
    assert len(set(fast)) > 3  # the sentences hold clauses


# ``scan.may_hold`` before a case-insensitive search: each pair is a search and the words it
# needs; wherever the search finds a match in a reach, the test must pass there too.
MAY_HOLD_PAIRS = [
    pytest.param(component._HABIT_WORDS, component._HABIT_NEAR, id="habit"),
    pytest.param(component._SETTER_WORDS, component._SET_BY_VERB, id="set-by-verb"),
    pytest.param(component._SETTER_WORDS, component._SETTER_BEFORE, id="setter-before"),
    pytest.param((b"clos",), component._CLOSING_LEVEL_ON, id="closing-level"),
    pytest.param(grammar._game_word_bytes(), grammar._game_words(), id="game-words"),
]

MAY_HOLD_TEXTS = [
    "The store usually opens in March",
    "TYPICALLY, prices peak in May; it Tends to rain in June",
    "The judge set a trial date of Feb. 10",
    "It was Scheduled for March 3 and fixed a hearing for",
    "Hess's Closing Price on Friday, the stock's close on",
    "four three-pointers in the fourth quarter, a HALFTIME lead",
    "They beat the Phoenix Suns 118-111 and Rallied past Boston 99-98",
    "\u017fet a trial date of; u\u017fually opens in; the \u212aings beat Boston 3-2",
    "They led by 12 points; led 14-7 at the end",
]


@pytest.mark.parametrize(("words", "regex"), MAY_HOLD_PAIRS)
@pytest.mark.parametrize("text", MAY_HOLD_TEXTS)
def test_dates_may_hold_wherever_the_search_finds(
    words: tuple[bytes, ...], regex: re.Pattern[str], text: str
) -> None:
    scan.folded.cache_clear()
    n = len(text)
    for start in range(n + 1):
        for end in range(start, n + 1):
            if regex.search(text, start, end) is not None:
                assert scan.may_hold(text, words, start, end), (start, end)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="usetclodfixhabtyprn \u017f\u212aK-1234'", max_size=40))
def test_dates_property_may_hold_wherever_the_search_finds(text: str) -> None:
    for param in MAY_HOLD_PAIRS:
        words, regex = param.values
        for start in range(0, len(text) + 1, 3):
            if regex.search(text, start, len(text)) is not None:
                assert scan.may_hold(text, words, start, len(text))


@pytest.mark.parametrize("text", MAY_HOLD_TEXTS)
def test_dates_score_digits_wherever_a_game_score_is(text: str) -> None:
    for start in range(len(text) + 1):
        if grammar._GAME_SCORE.search(text, start) is not None:
            assert grammar._SCORE_DIGITS.search(text, start) is not None


@pytest.mark.parametrize("text", MAY_HOLD_TEXTS)
def test_dates_reports_a_match_as_the_search(text: str) -> None:
    for start in range(len(text) + 1):
        grammar._reports_a_match.cache_clear()
        found = grammar._MATCH_RESULT.search(text[start:]) is not None
        assert grammar._reports_a_match(text[start:]) == found, start


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="beatdfgrouwnilshcvzBT -12'\u2013", max_size=40))
def test_dates_property_reports_a_match_as_the_search(text: str) -> None:
    grammar._reports_a_match.cache_clear()
    assert grammar._reports_a_match(text) == (grammar._MATCH_RESULT.search(text) is not None)
