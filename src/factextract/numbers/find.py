"""``find_numerals``: every numeral in a text, with its value(s) and label, in text order.

Phone numbers, clock times and numeric dates are blocked first; a sign word or minus before
a number makes it negative; neighbouring numbers may join into a range.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factextract import lexicons
from factextract.numbers.classify import _classify
from factextract.numbers.decimals import to_decimal
from factextract.numbers.grammar import (
    Label,
    Numeral,
    NumeralRow,
    _Atom,
    _atoms,
    _ExactRow,
    _words,
)
from factextract.numbers.ranges import _pair, after_chamber, tie_break_at
from factextract.numbers.words import is_plural, number_context
from factextract.patterns import LazyPattern, alternation

_BLOCKED = re.compile(
    r"""
    # Every match starts with one of these. Consuming it first lets re skip to them in C (a
    # pattern that starts with a lookahead is tried at every character); each alternative
    # goes on after it, and its lookbehinds include it, and tell the digits among the
    # non-ASCII characters: re tests a class of ranges faster than the Unicode category of \d.
    [(+0-9\u0080-\U0010ffff]
    (?:
      (?<=\()\d{3}\)\s?\d{3}[-.\s]\d{4}                   # (217) 555-0134
    | (?<=\+)\d{1,3}(?:[\s-]\(?\d{1,5}\)?){2,5}           # +44 20 7946 0958
    | (?<=\d)(?<!\d\d)                                    # the first digit of a number
      (?=\d{0,4}(?!\d)[-.:/\sapAPo])                      # at most 5 long, then one of these
      (?:
        (?<![\d,]\d)\d{2}[-.]\d{3}[-.]\d{4}(?!\d)         # 217-555-0134
      | (?<![\d,.]1)(?<=1)[-.]\d{3}[-.]\d{3}[-.]\d{4}(?!\d)  # 1-800-555-0199
      | (?<![\d,-]\d)\d{2}-\d{4}(?![\d-])                 # 555-0134
      | (?<!\d0)(?<=0)\d{2,4}                              # a leading zero, then:
        (?:\s\d{3,4}\s\d{3,4}|[ \u00a0]\d{5,8})(?!\d)       # 01632 960 412, 07700 900123
      | \d{4}[ \u00a0]\d{3}[ \u00a0]\d{3,4}(?!\d)            # 91779 146 449: five digits
      | (?<![\d.]\d)\d?[:.]\d{2}\s*(?:[ap]\.?m\b\.?)      # 9:30 a.m., 1.30pm
      | (?<![\d.]\d)\d?:\d{2}(?::\d{2})?(?![\d])          # 15:00
      | (?<![\d.,]\d)\d?\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b|o'clock)  # 3 p.m., 3pm
      | (?<![\d.,]\d)\d?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)  # at 5 in
      | (?<!\d\d)\d{3}-\d{1,2}-\d{1,2}(?!\d)              # 2020-05-23
      | (?<!\d\d)\d?(?P<mark>[/.-])\d{1,2}(?P=mark)\d{2,4}(?!\d)  # 23/05/2023, 23.05.2020
      | (?<!\d\d)(?<!\d[.,]\d)(?:(?<=[0-2])\d)?[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)  # two marks:
        # 10.30-11.30 (a clock's: an hour below 30, not "a 83.10-83.40 range"),
        (?![ \u00a0]?(?:%|per[ \u00a0]?cent|percent)|\Z)   # not "a 5.25-5.50% range" (nor alone)
      | (?<!\d\d)\d?[-/ ][A-Z][a-z]{2}[-/]\d{2,4}(?!\d)   # 19-Nov-12
      )
    )
    """,
    re.VERBOSE,
)


_SIGN_WORD = re.compile(r"(?<!\bplus or )\b(minus|negative)\s+$", re.IGNORECASE)
"""A sign word before a number; "plus or minus 3" is a margin, not -3."""
_SIGN_WORD_ENDS = ("s", "S", "\u017f", "e", "E")  # what "s" and "e" match under IGNORECASE
_SLASH_PAIR = LazyPattern(
    r"(?<![\d/])(?<!\d[ \u00a0])(?!(?<=\d-)(?:1/2|[13]/4|[1357]/8)(?![\d/]))(\d+)/(\d+)(?![\d/])"
)
"""A pair that is no number ("24/7", "1/3"); not the fraction of a mixed "2 1/2" or of a
grain or bond quote's "7-1/2" (one number: ``grammar._DIGITS``)."""


def _signed(text: str, atom: _Atom) -> _Atom:
    last = text[atom.start - 1 : atom.start] if atom.start else ""
    if last.isspace():  # minus five, negative 3 (most numbers follow a space and another word)
        if text[atom.start - 2 : atom.start - 1] not in _SIGN_WORD_ENDS and not (
            text[atom.start - 2 : atom.start - 1].isspace()
        ):
            return atom
        before = text[max(0, atom.start - 18) : atom.start]  # "plus or minus "
        if before.rstrip()[-1:] in _SIGN_WORD_ENDS and (word := _SIGN_WORD.search(before)):
            return atom._replace(start=atom.start - len(word.group()), value=-atom.value)
    elif (
        last in ("-", "−", "+")
        and not atom.spelled
        and (atom.start < 2 or text[atom.start - 2] in " \t\n(")
    ):
        # "+2.3%": the plus stays in the span, as the tokenizer keeps "+2.3" one token
        return atom._replace(start=atom.start - 1, value=atom.value if last == "+" else -atom.value)
    return atom


def _slash_pairs(text: str) -> Iterator[re.Match[str]]:
    """``_SLASH_PAIR.finditer(text)``, tried only at digits before a slash (rare in news): the
    regex scan alone tests every character."""
    slash = text.find("/")
    while slash != -1:
        start = slash
        while start and text[start - 1].isdecimal():  # what ``\d`` matches
            start -= 1
        if start < slash and (match := _SLASH_PAIR.match(text, start)):
            yield match
        slash = text.find("/", slash + 1)


@cache
def _zoned_clock() -> re.Pattern[str]:
    """A 24-hour clock time as four digits and a zone or time marker from the calendar
    lexicon: "by 0300 GMT", "at 1430 hrs", "0900 local time" (wire-service style). Four bare
    digits are a count or a year; the marker is what makes them a time of day."""
    markers = alternation(lexicons.calendar().time_suffixes)
    return re.compile(
        r"[0-2](?<![\d.,][0-2])"  # the first digit, consumed first so that re skips to it
        r"(?:(?<=[01])\d|(?<=2)[0-3])[0-5]\d(?!\d)"  # 00-23 hours, 00-59 minutes
        rf"[ \u00a0]?(?:{markers})(?![A-Za-z])"
    )


def _zoned_clocks(text: str, atoms: list[_Atom]) -> list[tuple[int, int]]:
    """The spans ``_zoned_clock().finditer(text)`` finds, tried only where the atoms start:
    a clock's four digits, with no digit, point or comma before them, are always the digit
    atom there (no other atom reaches into them), and a scan of the text tests every
    character."""
    clock = _zoned_clock().match
    return [m.span() for atom in atoms if (m := clock(text, atom.start))]


def _blocked_spans(text: str, atoms: list[_Atom]) -> list[tuple[int, int]]:
    spans = [m.span() for m in _BLOCKED.finditer(text)]
    spans += _zoned_clocks(text, atoms)
    for m in _slash_pairs(text):
        first = m.group(1)
        if not (len(first) == 4 and 1500 <= int(first) <= 2100 and len(m.group(2)) in (2, 4)):
            spans.append(m.span())  # 24/7, 1/3; a season like 2022/23 stays
    return sorted(spans)


def _unblocked(atoms: list[_Atom], spans: list[tuple[int, int]]) -> list[_Atom]:
    """The atoms that overlap none of the sorted ``spans``. Atoms come in text order, so one
    pass suffices: an atom overlaps a span just when the furthest end of the spans that start
    before the atom's end lies past the atom's start."""
    kept = []
    i, furthest = 0, -1
    for atom in atoms:
        while i < len(spans) and spans[i][0] < atom.end:
            furthest = max(furthest, spans[i][1])
            i += 1
        if furthest <= atom.start:
            kept.append(atom)
    return kept


_LIST_GAP = LazyPattern(r",[ \u00a0]*|,?[ \u00a0]+(?:and|or|&)[ \u00a0]+")
"""What joins the labels of a list: a comma goes on with the list, "and" or "or" ends it."""
_PLURAL_BEFORE = LazyPattern(r"([A-Za-z]+)\.?[ \u00a0]+$")


def _label_like(atom: _Atom) -> bool:
    """Whether a number can be a label like the identifier before it ("Gates 3 to 5"): a
    figure with a scale or a fraction is none ("Windows 11 to 1.4 billion users")."""
    return atom.scale == 1 and isinstance(atom.value, int)


def _plural_before(text: str, start: int) -> bool:
    """Whether a plural noun stands right before ``start``: an identifier after it heads a
    list of labels ("Articles 5, 6 and 7", "Rooms 101, 102 and 103")."""
    word = _PLURAL_BEFORE.search(text, max(0, start - 24), start)
    return word is not None and is_plural(word.group(1).lower())


def find_numerals(text: str, *, m_is_million: bool = False) -> list[Numeral]:
    """Every numeral in ``text`` with its offsets, value(s) and label, in text order.

    >>> [(n.label, str(n.value)) for n in find_numerals("From 2016 to 2019, 1,166 projects")]
    [('year', '2016'), ('year', '2019'), ('cardinal', '1166')]
    >>> [(n.label, str(n.value), str(n.value_max)) for n in find_numerals("2-3 million people")]
    [('range', '2000000', '3000000')]
    >>> [n.label for n in find_numerals("COVID-19, the 18th congress, Boeing 737, May 23")]
    ['identifier', 'date']
    """
    return [Numeral(*row) for row in numeral_rows(text, m_is_million=m_is_million)]


def numeral_rows(text: str, *, m_is_million: bool = False) -> list[NumeralRow]:
    """What ``find_numerals`` finds, each as the tuple of its ``Numeral`` fields."""
    return [_decimal_row(row) for row in _exact_rows(text, m_is_million)]


def _decimal_row(row: _ExactRow) -> NumeralRow:
    start, end, low, high, label, spelled, scale = row
    top = None if high is None else to_decimal(high)
    return start, end, to_decimal(low), top, label, spelled, scale


def numeral_spans(text: str) -> list[tuple[int, int, Label]]:
    """The offsets and label of each numeral ``find_numerals`` finds, without making its
    ``Decimal`` values: for the component, which reads no value."""
    return [(row[0], row[1], row[4]) for row in _exact_rows(text, False)]


def _exact_rows(text: str, m_is_million: bool) -> list[_ExactRow]:
    atoms = list(_atoms(text, m_is_million))
    if blocked := _blocked_spans(text, atoms):
        atoms = _unblocked(atoms, blocked)
    found: list[_ExactRow] = []
    listed = -1  # where a list of labels ("Steps 1, 2 and 3") may go on, if one is open
    i = 0
    while i < len(atoms):
        atom = _signed(text, atoms[i])
        label = _classify(text, atom)
        if listed >= 0 and (gap := _LIST_GAP.fullmatch(text, listed, atom.start)):
            label = "identifier"  # "Steps 1, 2 and 3": 2 and 3 are labels like 1
            listed = atom.end if gap.group().rstrip() == "," else -1
        elif label == "identifier" and _plural_before(text, atom.start):
            listed = atom.end
        else:
            listed = -1
        if i + 1 < len(atoms) and (
            label != "identifier" or _label_like(atoms[i + 1]) or after_chamber(text, atom.start)
        ):
            joined = _pair(text, atom, atoms[i + 1], label)
            if joined is None:
                i += 2
                pair = (atoms[i - 2].start, atoms[i - 1].end)
                if i < len(atoms) and tie_break_at(text, pair, atoms[i].start):
                    i += 1  # "7-6 (6)": the tie-break of a score goes with it
                continue
            if isinstance(joined, list):
                found.extend(joined)  # the two sides of a vote's tally
                i += 2
                continue
            if isinstance(joined, tuple):
                found.append(joined)
                i += 2
                continue
        if label is not None:
            found.append((atom.start, atom.end, atom.value, None, label, atom.spelled, atom.scale))
        i += 1
    if articles := _article_measures(text):
        found = sorted(found + articles)
    return found


def _article_measures(text: str) -> list[_ExactRow]:
    """The article of "a foot of snow", "an inch of rain", "a mile of coastline" as the number
    one: "a" or "an", a singular length or mass unit (number_context.json article_units: "a
    tonne of cocaine", "a kilo of heroin"; not "ton" or "pound", idioms and money) and "of".
    Found from each " of " (a string search: a regex scan costs ten times as much); not
    after a fraction or number word ("half an inch of ice" is the fraction's), nor before a
    price's verb ("A kilo of tortillas sells for 23 pesos": a price per kilo)."""
    rows: list[_ExactRow] = []
    units = _article_units()
    at = text.find(" of ")
    while at != -1:
        space = text.rfind(" ", 0, at)
        if space > 0 and text[space + 1 : at].lower() in units:
            lead = _article_start(text, space)
            if (
                lead is not None
                and not _number_word_before(text, lead)
                and not _PRICED_AFTER.match(text, at + 4)
            ):
                rows.append((lead, space, 1, None, "cardinal", True, 1))
        at = text.find(" of ", at + 4)
    return rows


_PRICED_AFTER = LazyPattern(
    r"(?:[\w'’-]+[ \u00a0]){1,3}(?:sells|sold|costs|fetches|fetched|retails)\b", re.IGNORECASE
)
"""A price's verb after the material of an article's measure: "A kilo of tortillas sells for
56 pesos" gives the price of a kilo, no measure of one."""


def _article_start(text: str, space: int) -> int | None:
    """Where "a" or "an" ending right before ``space`` starts, as a word, unless a negation
    or "like" stands shortly before ("did not give an inch of ground", "like a tonne of
    bricks": idioms, no measure)."""
    for lead in (space - 1, space - 2):
        if lead >= 0 and text[lead:space] in _ARTICLES:
            if lead and text[lead - 1].isalnum():
                return None  # "Korea foot", "plan mile": no article
            before = text[max(0, lead - 24) : lead]
            return None if _NEGATION.search(before) else lead
    return None


_ARTICLES = frozenset({"a", "an", "A", "An"})
_NEGATION = LazyPattern(r"\b(?:not|never|no|without|refused|refuses|like)\b|n't\b", re.IGNORECASE)
"""A negation or a simile shortly before an article's measure: an idiom ("did not give an
inch of ground", "hit like a tonne of bricks")."""


@cache
def _article_units() -> frozenset[str]:
    return frozenset(number_context().article_units)


def _number_word_before(text: str, start: int) -> bool:
    """Whether a number word or digit ends the word before ``start`` ("half an inch",
    "three-quarters of a mile" stay the fraction's)."""
    word = text[max(0, start - 16) : max(0, start - 1)].rpartition(" ")[2]
    last = word.rpartition("-")[2].lower()
    return last[-1:].isdigit() or last in _words()
