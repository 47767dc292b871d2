"""The fast paths of ``factextract.numbers`` give what the plain versions give.

``find_numerals`` runs once per article over every numeral, so several of its steps take a
shortcut: a regex that consumes its first character (re then skips to it in C), a search that
starts late, candidates found in a byte scan, ints instead of Fractions. Each shortcut must be
exact; each test here compares one with the plain version it replaces, over generated text
that favours the characters the shortcut depends on, and the sync tests check the character
tables that the shortcuts assume against a scan of every code point.
"""

from __future__ import annotations

import re
import typing
from decimal import Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factextract import lexicons
from factextract.numbers import classify, decimals, find, grammar, parse, words
from factextract.patterns import CASE_TRAPS
from tests.characters import EVERY_CHARACTER

PROPERTY_SETTINGS = settings(deadline=None, max_examples=400)

# The plain patterns the module had before its shortcuts, verbatim.
_GLUED_MARKS = sorted(
    m
    for m in (*lexicons.currency_index().symbols, *lexicons.currency_index().ambiguous)
    if m.endswith(".")
)
PLAIN_DIGITS = re.compile(
    r"""
    (?=[\d.½¼¾⅓⅔⅛])
    (?:(?<![\d.,])"""
    + "".join(rf"|(?<=(?<![^\W\d_])(?-i:{re.escape(m)}))(?=\d)" for m in _GLUED_MARKS)
    + r""")
    (?:
        \d{1,3}(?:\.\d{3})+,\d{2}(?![.,]?\d)
      | \d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)
      | \d{1,3}(?:,\d{3})+(?:\.\d+)?(?![,.]?\d)
      | \d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d)
      | \d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,]*\d)
      | \d+[ \u00a0][1-9]/[1-9]\d?(?![\d/])
      | \d*[½¼¾⅓⅔⅛]
      | \d+(?:\.\d+)?
      | (?<![^\W\d_])(?<![^\W\d_]/)\.\d+
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
PLAIN_BLOCKED = re.compile(
    r"""
    (?=[(+\d])
    (?:
      \(\d{3}\)\s?\d{3}[-.\s]\d{4}
    | (?<![\d,])\d{3}[-.]\d{3}[-.]\d{4}(?!\d)
    | (?<![\d,.])1[-.]\d{3}[-.]\d{3}[-.]\d{4}(?!\d)
    | (?<![\d,-])\d{3}-\d{4}(?![\d-])
    | \+\d{1,3}(?:[\s-]\(?\d{1,5}\)?){2,5}
    | (?<!\d)0\d{2,4}(?:\s\d{3,4}\s\d{3,4}|[ \u00a0]\d{5,8})(?!\d)
    | (?<!\d)\d{5}[ \u00a0]\d{3}[ \u00a0]\d{3,4}(?!\d)
    | (?<![\d.])\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?)
    | (?<![\d.])\d{1,2}:\d{2}(?::\d{2})?(?![\d])
    | (?<![\d.,])\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b|o'clock)
    | (?<![\d.,])\d{1,2}\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)
    | (?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)
    | (?<!\d)\d{1,2}(?P<mark>[/.-])\d{1,2}(?P=mark)\d{2,4}(?!\d)
    | (?<!\d)(?<!\d[.,])(?:[0-2]\d|\d)[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)
      (?![ \u00a0]?(?:%|per[ \u00a0]?cent|percent)|\Z)
    | (?<!\d)\d{1,2}[-/ ][A-Z][a-z]{2}[-/]\d{2,4}(?!\d)
    )
    """,
    re.VERBOSE,
)

# Pieces that the shortcuts treat specially, glued at random: digits of other scripts, spaces
# of other widths, case traps, signs, articles, separators, phone and clock shapes.
PIECES = [
    *"0123456789 ,./:-()+#\n\t\u00a0\u202f\u2009½¾⅓٣۵",
    *"aApPmMoOsSeEnN",
    *CASE_TRAPS,
    "a ",
    " a ",
    "an ",
    " an ",
    "A  ",
    "one",
    "Two",
    "twenty-five",
    "half",
    "dozen",
    "MILLION",
    "thousand",
    " and ",
    "minus ",
    "Negative ",
    "−",
    " bn",
    "m",
    "K",
    "(217) 555-0134",
    "+44 20 7946",
    "01632 960 412",
    "9:30 a.m.",
    "3pm",
    " in the morning",
    "2020-05-23",
    "19-Nov-12",
    "24/7",
    "2022/23",
    "1,166",
    "1.299,00",
    "1.299.000",
    "Rs.",
    "KShs.",
    "No.",
    "12,34,567",
    "816 000",
    "2 1/2",
    "Route ",
    "Boeing",
    "May ",
    "www.example.com",
    "0300 GMT",
    "1430hrs",
    " local time",
    "2359",
    "EST",
]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@PROPERTY_SETTINGS
@given(texts)
@example("İ.0")  # a letter IGNORECASE folds to ASCII ("İ" ~ "i") before a stop: no ".0"
@example("a.5 and K.5 and .5")
@example("Rs.٣")  # a digit of another script after a glued currency stop starts a number too
@example("½/.0")  # "S/.338" is a sol's amount, not ".338": the stop after "X/" starts none
def test_numbers_fast_digits_pattern(text: str) -> None:
    """The first-character-consuming digit pattern finds what the lookahead one finds."""
    fast = [m.span() for m in grammar._digits_re().finditer(text)]
    assert fast == [m.span() for m in PLAIN_DIGITS.finditer(text)]


@PROPERTY_SETTINGS
@given(texts)
@example("1.299,00/1.299,00")  # a decimal's digits before two marks: no date (hypothesis found)
@example("a 5.25-5.50% range and 23/05/2023, 10.30-11.30")
def test_numbers_fast_blocked_pattern(text: str) -> None:
    """The first-character-consuming blocked pattern finds what the lookahead one finds."""
    fast = [m.span() for m in find._BLOCKED.finditer(text)]
    assert fast == [m.span() for m in PLAIN_BLOCKED.finditer(text)]


@PROPERTY_SETTINGS
@given(texts)
def test_numbers_fast_slash_pairs(text: str) -> None:
    """Trying the slash-pair regex only before slashes finds what ``finditer`` finds."""
    fast = [m.span() for m in find._slash_pairs(text)]
    assert fast == [m.span() for m in find._SLASH_PAIR.finditer(text)]


@PROPERTY_SETTINGS
@given(texts, st.data())
def test_numbers_fast_prev_word(text: str, data: st.DataObject) -> None:
    """A search that starts after the last space finds the word the full search finds."""
    start = data.draw(st.integers(0, len(text)))
    plain = classify._PREV_WORD.search(text[max(0, start - 40) : start])
    assert classify._prev_word(text, start) == (plain.group(1) if plain else "")


@PROPERTY_SETTINGS
@given(texts)
@example("a dozen eggs")
@example("about an eighth, A  million")
@example("(a\nhalf) and An Hundred")
@example("data one, cara two")
@example("twenty-five, ONE-third; é one")
def test_numbers_fast_spelled_search(text: str) -> None:
    """The byte scan misses no position where a spelled numeral can start."""
    starts = grammar._spelled_starts(text)
    pattern = grammar._spelled_re()
    for position in range(len(text) + 1):
        fast = grammar._spelled_search(text, starts, position)
        plain = pattern.search(text, position)
        assert (fast and fast.span()) == (plain and plain.span())


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ſix people", id="long_s"),
        pytest.param("\u212a and one", id="kelvin_sign"),
        pytest.param("İn one", id="dotted_capital_i"),
    ],
)
def test_numbers_fast_spelled_case_traps_use_the_regex(text: str) -> None:
    """Characters that IGNORECASE matches to ASCII letters leave the byte scan out."""
    assert grammar._spelled_starts(text) is None


def _decimal_or_error(value: int | Fraction) -> tuple[object, ...] | str:
    try:
        return tuple(decimals.to_decimal(value).as_tuple())
    except ArithmeticError as error:
        return type(error).__name__


@PROPERTY_SETTINGS
@given(st.integers(-(10**250), 10**250))
@example(10**200 - 1)
@example(10**200)
@example(-(10**200) + 1)
@example(-(10**200))
@example(0)
def test_numbers_fast_whole_to_decimal(value: int) -> None:
    """A whole number becomes the Decimal that the division and ``_plain`` give (or the same
    error, past the precision of the wide context)."""
    with localcontext(decimals.WIDE):
        try:
            plain: tuple[object, ...] | str = tuple(
                decimals._plain(Decimal(value) / Decimal(1)).as_tuple()
            )
        except ArithmeticError as error:
            plain = type(error).__name__
    assert _decimal_or_error(value) == plain
    assert _decimal_or_error(Fraction(value)) == plain


@PROPERTY_SETTINGS
@given(st.from_regex(r"\A\d{1,3}(,\d{3}){0,4}\Z|\A\d{1,20}\Z|\A\d{0,3}(\.\d{1,4})\Z"))
@example("816 000")
@example("5,000.50")
@example("12,34,567.0")
@example("\u0663.\u06f5")
def test_numbers_fast_digits_value(raw: str) -> None:
    """Digits are read as a ratio of ints (an int if whole) with the value the Decimal
    route gives."""
    plain = Fraction(Decimal(re.sub(r"[,\s\u00a0\u202f\u2009]", "", raw)))
    value = grammar._digits_value(raw)
    assert value == plain
    assert isinstance(value, int) == (plain.denominator == 1)


def test_numbers_fast_sign_word_ends_in_sync() -> None:
    """``_SIGN_WORD_ENDS`` holds every character that ends "minus" or "negative" under
    IGNORECASE."""
    last = re.compile(r"[se]", re.IGNORECASE)
    ends = {c for c in EVERY_CHARACTER if last.fullmatch(c)}
    assert ends == set(find._SIGN_WORD_ENDS)


def test_numbers_fast_spaced_scale_initials_in_sync() -> None:
    """``_spaced_scale_initials`` holds every character that IGNORECASE matches to the first
    letter of a spaced scale word, so nothing else after a space can start one."""
    first = re.compile("|".join(re.escape(w[0]) for w in grammar._spaced_scales()), re.IGNORECASE)
    assert {c for c in EVERY_CHARACTER if first.fullmatch(c)} == grammar._spaced_scale_initials()
    for word in grammar._spaced_scales():
        for variant in (word, word.upper(), word.capitalize()):
            assert grammar._spaced_scale_re().match(" " + variant)
            assert variant[0] in grammar._spaced_scale_initials()


def test_numbers_fast_lexicon_sets_in_sync() -> None:
    """The lexicon word lists read as sets hold the same words."""
    table = lexicons.number_words()
    fields = typing.get_args(words.WordList)
    assert {"identifier_nouns", "episode_nouns", "people_words"} <= set(fields)
    for field in fields:
        assert words.lexicon_set(field) == frozenset(getattr(table, field)), field
        assert getattr(table, field), field  # no list left empty


def test_numbers_fast_word_lists_are_every_list_field() -> None:
    """Every word-list field of the number lexicon can be read as a set."""
    lists = {
        name
        for name, field in lexicons.NumberWords.model_fields.items()
        if field.annotation == tuple[str, ...]
    }
    assert lists == set(typing.get_args(words.WordList))


@PROPERTY_SETTINGS
@given(texts)
@example("between 5 and 7")
@example("2-3 million")
@example("5 TO 7")
@example("1/3")
def test_numbers_fast_parse_range_needs_a_connector(text: str) -> None:
    """Skipping texts without a range connector changes no result of ``parse_range``."""
    assert parse.parse_range(text) == parse._range_of(text)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


@PROPERTY_SETTINGS
@given(texts, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=6))
@example("(217) 555-0134 and 3pm, 2020-05-23 5", [])
@example("1 2 3 4 5 6 7 8 9", [(0, 9), (2, 3), (12, 13)])
def test_numbers_fast_unblocked(text: str, extra: list[tuple[int, int]]) -> None:
    """One pass over the atoms keeps those that overlap no blocked span, as a test of every
    span does, also where blocked spans nest or overlap."""
    atoms = list(grammar._atoms(text))
    spans = sorted([*find._blocked_spans(text, atoms), *((s, s + n) for s, n in extra)])
    plain = [a for a in atoms if not _overlaps(spans, a.start, a.end)]
    assert find._unblocked(atoms, spans) == plain


WORDY = st.lists(
    st.sampled_from([*PIECES, "about ", "the ", "Jan. ", "O’Neil ", "AT&T ", "é ", "x\n", "5 "]),
    max_size=14,
).map("".join)


@PROPERTY_SETTINGS
@given(WORDY)
@example("about 500 and  7, then\n8 \n9 Café 3 #4 x 5")
@example("the C$5, (3, COVID-19, x_ 2, AT&T 3, Q3, in $ 4, way \n5, way\t\n6 and x\u00a07")
def test_numbers_fast_prev_word_everywhere(text: str) -> None:
    """The previous word is the one the full search finds at every position, also where
    ASCII letters and one space before the number let it skip the search."""
    for start in range(len(text) + 1):
        plain = classify._PREV_WORD.search(text[max(0, start - 40) : start])
        assert classify._prev_word(text, start) == (plain.group(1) if plain else "")


@PROPERTY_SETTINGS
@given(texts, st.booleans())
@example("4.2 million", False)
@example("2m", True)
@example("3bn people", False)
@example("5 five", False)
@example("1,166", False)
@example("816 000K", False)
@example("½ a million", False)
def test_numbers_fast_whole_atom(text: str, m_is_million: bool) -> None:
    """A text that starts with digits is read as its first atom alone, which is the one atom
    the full scan finds when that atom makes up the text."""
    atoms = list(grammar._atoms(text, m_is_million))
    whole = len(atoms) == 1 and atoms[0].start == 0 and atoms[0].end == len(text)
    assert parse._whole_atom(text, m_is_million) == (atoms[0] if whole else None)


def _plain_in_context(value: Decimal) -> Decimal:
    """``decimals._plain`` as it was, in a local wide context."""
    with localcontext(decimals.WIDE):
        integral = value == value.to_integral_value()
        return value.quantize(Decimal(1)) if integral else value.normalize()


def _to_decimal_in_context(value: Fraction) -> tuple[object, ...] | str:
    """``decimals.to_decimal`` of a fraction as it was, in a local wide context."""
    rest = value.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    try:
        with localcontext(decimals.WIDE):
            quotient = Decimal(value.numerator) / Decimal(value.denominator)
            if rest != 1:
                quotient = quotient.quantize(Decimal("1e-12"))
            return tuple(_plain_in_context(quotient).as_tuple())
    except ArithmeticError as error:
        return type(error).__name__


@PROPERTY_SETTINGS
@given(st.fractions(max_denominator=10**6) | st.builds(Fraction, st.integers(), st.integers(1)))
@example(Fraction(7, 2))
@example(Fraction(2, 3))
@example(Fraction(10**250 + 1, 10**40))
def test_numbers_fast_to_decimal_without_local_context(value: Fraction) -> None:
    """Passing the wide context to each operation gives what a local wide context gave."""
    assert _decimal_or_error(value) == _to_decimal_in_context(value)


@PROPERTY_SETTINGS
@given(st.decimals(allow_nan=False, allow_infinity=False))
@example(Decimal("4.50"))
@example(Decimal("1E+3"))
@example(Decimal("1E+300"))
def test_numbers_fast_plain_without_local_context(value: Decimal) -> None:
    """The same for ``_plain`` (or the same error, past the precision of the context)."""
    outcomes = []
    for plain in (decimals._plain, _plain_in_context):
        try:
            outcomes.append(tuple(plain(value).as_tuple()))
        except ArithmeticError as error:
            outcomes.append(type(error).__name__)
    assert outcomes[0] == outcomes[1]


@PROPERTY_SETTINGS
@given(texts, st.booleans())
@example("by 0300 GMT, 1,0300 GMT, ½0300 GMT, 12 0300 GMT, 2 1/2 1430 hrs, 0900 local time", False)
@example("one 2300 EST and 1 030 0300 GMT, 1430hrs 1430mhrs", True)
def test_numbers_fast_zoned_clocks_at_atoms(text: str, m_is_million: bool) -> None:
    """Trying the zoned clock only where atoms start finds what a scan of the text finds."""
    atoms = list(grammar._atoms(text, m_is_million))
    plain = [m.span() for m in find._zoned_clock().finditer(text)]
    assert find._zoned_clocks(text, atoms) == plain


@PROPERTY_SETTINGS
@given(texts)
@example("between 5 and 7, 2016-19, 2-3 million, COVID-19, half, 1/3")
def test_numbers_fast_spans_without_values(text: str) -> None:
    """The component's numerals, read without values, are those ``numeral_rows`` finds."""
    rows = find.numeral_rows(text)
    assert find.numeral_spans(text) == [(row[0], row[1], row[4]) for row in rows]
