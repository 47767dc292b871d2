"""The numeral scanner: digit and spelled-out numerals (atoms) in text order.

Digits with separators (``1,166``, Indian ``12,34,567``, spaced ``816 000``), decimals,
vulgar and mixed fractions, spelled-out numerals (``one hundred and twelve``, ``a dozen``,
``half a million``, ``a quarter of a million``), and a scale word or abbreviation after
either (``million``, ``bn``, ``crore``, ``1K``). ``Numeral`` is what ``find_numerals`` makes
of the atoms.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import Literal, NamedTuple

from factextract import lexicons
from factextract.numbers.words import names_model
from factextract.patterns import CASE_TRAPS, LazyPattern, alternation, grouped, has_case_traps

Label = Literal["cardinal", "range", "fraction", "year", "year_range", "date", "identifier"]


@dataclass(frozen=True, slots=True)
class Numeral:
    """A numeral found in text: offsets, exact value(s) and what the number is."""

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None = None
    label: Label = "cardinal"
    spelled: bool = False
    scale: int = 1


NumeralRow = tuple[int, int, Decimal, Decimal | None, Label, bool, int]
"""The fields of a ``Numeral`` in order, as a plain tuple: a third of the cost to build."""

_ExactRow = tuple[int, int, Fraction | int, Fraction | int | None, Label, bool, int]
"""A ``NumeralRow`` with the grammar's exact values, before they become ``Decimal``s."""


_DIGITS = r"""
    # The first character, consumed first so that re skips to it in C (a pattern that starts
    # with a lookahead is tried at every character); each alternative goes on after it, and
    # its lookbehinds include it, and tell the digits and vulgar fractions among the non-ASCII
    # characters: re tests a class of ranges faster than the Unicode category of \d.
    [0-9.\u0080-\U0010ffff]
    (?:(?<![\d.,].){glued})                          # never start inside another number
    (?:
        (?<=\d)\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![,.]?\d)   # 1,166  5,000.50
      | (?<=\d)\d?(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d)      # Indian grouping 12,34,567
      | (?<=\d)\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,]*\d)  # spaced thousands 816 000
      | (?<=\d)\d*[ \u00a0][1-9]/[1-9]\d?(?![\d/])       # mixed fraction 2 1/2
      | (?<=\d)\d*(?:\.\d+)?-(?:1/2|[13]/4|[1357]/8)(?![\d/])  # 7-1/2, $3.87-1/4 (US quotes)
      | (?<=\d)\d*[½¼¾⅓⅔⅛] | (?<=[½¼¾⅓⅔⅛])               # 3½  ½
      | (?<=\d)(?=\d{0,2}\.\d{3}[.,]\d)\d{0,2}             # European, one test first:
        (?:(?:\.\d{3})+,\d{2}|(?:\.\d{3}){2,})(?![.,]?\d)    # 1.299,00 (a comma), 1.299.000
      | (?<=\d)\d*(?:\.\d+)?                             # 1166  3.68
      | (?<=\.)(?<![^\W\d_]\.)(?<![^\W\d_]/\.)\d+       # .5, not "Rs.500", "İ.0", "S/.338"
    )
"""


@cache
def _words() -> dict[str, tuple[str, Fraction | int]]:
    """Number word → (category, value); categories U T H S F as in ``_TRANSITIONS``. Whole
    values stay ints: Fraction arithmetic is slow."""
    nw = lexicons.number_words()
    table: dict[str, tuple[str, Fraction | int]] = {}
    table.update({w: ("U", v) for w, v in nw.units.items()})
    table.update({w: ("T", v) for w, v in nw.tens.items()})
    table.update({w: ("H", v) for w, v in nw.multipliers.items()})
    table.update({w: ("S", v) for w, v in nw.scales.items()})
    table.update({w: ("F", Fraction(v)) for w, v in nw.fractions.items()})
    return table


# Which category may follow which: A is "a/an", N is "and". ``None`` is the start.
_TRANSITIONS: dict[str | None, str] = {
    None: "UTAF",
    "U": "HSFN",
    "T": "USH",
    "H": "UTSN",
    "S": "UTN",
    "N": "UTA",
    "A": "HSF",
    "F": "SHAO",  # "a half-dozen", "half a million"
    "O": "A",
}


@cache
def _digits_re() -> re.Pattern[str]:
    """``_DIGITS`` compiled, where a number may also start right after a currency marker
    that ends in a stop ("Rs.500", "Ksh.2 billion", "Tk.50 crore"): a stop before digits
    is otherwise a decimal point's."""
    index = lexicons.currency_index()
    marks = sorted(m for m in (*index.symbols, *index.ambiguous) if m.endswith("."))
    glued = "".join(rf"|(?<=(?<![^\W\d_]){re.escape(m)}\d)" for m in marks)
    return re.compile(_DIGITS.replace("{glued}", glued), re.VERBOSE)


@cache
def _spelled_re() -> re.Pattern[str]:
    word = rf"(?:{grouped(_words(), fold=True)})"  # lower case; matched under IGNORECASE
    spelled = rf"""
        \b(?:an?\s+(?={word}\b))?{word}\b           # optional leading a/an
        (?:(?:\s+and\s+(?:an?\s+)?|-and-an?-|\s+of\s+an?\s+|[\s-]+(?:an?\s+)?){word}\b)*
    """  # "of a" only joins a fraction to a scale: "a quarter of a million" (see _evaluate_words);
    # "one-and-a-half" is "one and a half"
    return re.compile(spelled, re.VERBOSE | re.IGNORECASE)


@cache
def _spelled_words_re() -> re.Pattern[bytes] | None:
    """A number word between spaces, in bytes that ``_WORD_BYTES`` translated; None if a
    number word is not lower-case ASCII (then only ``_spelled_re`` itself is exact). Starting
    with a literal, it is tried only at spaces, which re skips to in C."""
    words = _words()
    if not all(w.isascii() and w == w.lower() for w in words):
        return None
    return re.compile(rf" (?:{grouped(words)})(?= )".encode())


_WORD_BYTES = bytes(
    ord(c.lower()) if c.isascii() and (c.isalnum() or c == "_") else ord(" ")
    for c in map(chr, range(256))
)
"""An ASCII byte as a word character (a letter in lower case) or a space (a boundary)."""


def _spelled_starts(text: str) -> list[int] | None:
    """Every position where ``_spelled_re`` can match, and a few where it cannot: a scan of
    the text as lower-cased ASCII bytes, every other character a space (a word boundary),
    stops only at number words, where the spelled regex alone tries every word start. None
    when only that regex is exact (case traps)."""
    words = _spelled_words_re()
    if words is None or has_case_traps(text):
        return None
    # The spaces around make the ends boundaries and each match's start the word's offset.
    lowered = b" " + text.encode("ascii", "replace").translate(_WORD_BYTES) + b" "
    starts = [m.start() for m in words.finditer(lowered)]
    for at in starts[:]:  # "a dozen", "an eighth" start at the article
        article = at
        while article and text[article - 1].isspace():
            article -= 1
        if article < at and text[article - 1 : article] in ("a", "A"):
            starts.append(article - 1)
        elif article < at and text[max(0, article - 2) : article].lower() == "an":
            starts.append(article - 2)
    return sorted(starts)


def _spelled_search(text: str, starts: list[int] | None, position: int) -> re.Match[str] | None:
    """``_spelled_re().search(text, position)``, tried only at ``starts``."""
    if starts is None:
        return _spelled_re().search(text, position)
    match = _spelled_re().match
    for start in starts[bisect_left(starts, position) :]:
        if found := match(text, start):
            return found
    return None


def _spaced_scales() -> list[str]:
    # Reuters' abbreviations too: "2.3 trln yen", "45.6 mln tonnes"
    return [
        *lexicons.number_words().scales,
        *("bn", "mn", "mln", "bln", "tn", "trn", "tln", "trln", "cr"),
    ]


@cache
def _spaced_scale_re() -> re.Pattern[str]:
    return re.compile(rf"[ \u00a0]?(?:{alternation(_spaced_scales())})\b", re.IGNORECASE)


@cache
def _spaced_scale_initials() -> frozenset[str]:
    """Every character that ``_spaced_scale_re`` can match first after the space."""
    heads = {w[0] for w in _spaced_scales()}
    cased = {c for h in heads for c in (h, h.lower(), h.upper(), *CASE_TRAPS)}
    return frozenset(c for c in cased if any(re.fullmatch(re.escape(h), c, re.I) for h in heads))


_LETTERS = re.compile(r"[A-Za-z]+")


class _Atom(NamedTuple):  # a tuple: made for every numeral, twice as fast as a dataclass
    start: int
    end: int
    value: Fraction | int  # an int for whole digits: Fraction arithmetic is slow
    scale: int
    spelled: bool
    raw: str


_VULGAR = {
    "½": Fraction(1, 2),
    "¼": Fraction(1, 4),
    "¾": Fraction(3, 4),
    "⅓": Fraction(1, 3),
    "⅔": Fraction(2, 3),
    "⅛": Fraction(1, 8),
}


def _digits_value(raw: str) -> Fraction | int:
    """2 1/2 -> 5/2, 3½ -> 7/2, 1,166 -> 1166 (an int)."""
    whole = raw.replace(",", "")
    if whole.isdecimal():
        return int(whole)  # the common case, without building a Fraction
    if raw[-1] in _VULGAR:
        return Fraction(int(raw[:-1] or 0)) + _VULGAR[raw[-1]]
    if "/" in raw:
        whole, part = re.split(r"[ \u00a0-]", raw)
        units, _, places = whole.partition(".")
        # a grain or bond quote's fraction is of the last digit's place: $3.87-1/4 is 3.8725
        return (int(units + places) + Fraction(part)) / Fraction(10 ** len(places))
    if raw.count(".") > 1 or "," in raw.partition(".")[2]:
        raw = raw.replace(".", "").replace(",", ".")  # European 1.299,00 and 1.299.000
    units, _, places = _SEPARATORS.sub("", raw).partition(".")
    value = Fraction(int(units + places), 10 ** len(places))  # 3.68 is 368/100, .5 is 5/10
    return value.numerator if value.denominator == 1 else value


_SEPARATORS = re.compile(r"[,\s\u00a0\u202f\u2009]")


MAX_DIGITS = 24
"""More digits than any count or amount in news (a quadrillion has 16): a longer run is an
identifier or noise, not a number, and is not read as one."""


def _too_long(raw: str) -> bool:
    return len(raw) > MAX_DIGITS and sum(c.isdigit() for c in raw) > MAX_DIGITS


@cache
def _and_a_fraction() -> re.Pattern[str]:
    """ " and a half" after whole digits: "2 and a half miles" is 2.5 miles (numbers.json
    fractions)."""
    fractions = alternation(lexicons.number_words().fractions)
    return re.compile(rf"[ \u00a0]and[ \u00a0]an?[ \u00a0]({fractions})(?![-\w])", re.IGNORECASE)


def _digit_atom(text: str, start: int, raw: str, m_is_million: bool) -> _Atom:
    value = _digits_value(raw)
    end = start + len(raw)
    if text[end + 1 : end + 4] == "and" and len(raw) < 4 and isinstance(value, int):
        part = _and_a_fraction().match(text, end)
        if part is not None:  # "2 and a half"
            value += _words()[part[1].lower()][1]
            end, raw = part.end(), text[start : part.end()]
    following = text[end : end + 1]
    spaced_out = following in (" ", "\u00a0")
    dozen = spaced_out and text[end + 1 : end + 6].lower() == "dozen"
    if dozen and not text[end + 6 : end + 7].isalnum():  # "2 dozen firefighters": 24
        return _Atom(start, end + 6, value * 12, 1, False, text[start : end + 6])
    if not (spaced_out or following.isalpha()) or (
        spaced_out and text[end + 1 : end + 2] not in _spaced_scale_initials()
    ):
        return _Atom(start, end, value, 1, False, raw)  # no scale word can follow: most numbers
    scale = 1
    spaced = _spaced_scale_re().match(text, end)
    attached = None if spaced_out else _LETTERS.match(text, end)
    if spaced and spaced.group().strip():
        scale = _scale_of(spaced.group().strip())
        end = spaced.end()
        larger = _spaced_scale_re().match(text, end)  # "1.5 lakh crore": the scales multiply
        if larger and larger.group()[:1] in (" ", "\u00a0"):
            bigger = _scale_of(larger.group().strip())
            if bigger >= scale:  # not "5 million thousand" (no such number)
                scale, end = scale * bigger, larger.end()
    elif attached:
        nw = lexicons.number_words()
        word = attached.group()
        abbreviated = nw.scale_abbreviations.get(word)
        if abbreviated is None and m_is_million:
            abbreviated = nw.ambiguous_scale_abbreviations.get(word)
        if abbreviated is not None:
            scale, end = abbreviated, attached.end()
    return _Atom(start, end, value * scale, scale, False, raw)


def _scale_of(word: str) -> int:
    nw = lexicons.number_words()
    lowered = word.lower()
    if lowered in nw.scales:
        return nw.scales[lowered]
    return nw.scale_abbreviations.get(lowered, nw.scale_abbreviations.get(word, 1))


_JOINERS: dict[str, tuple[str, int]] = {
    "a": ("A", 1),
    "an": ("A", 1),
    "and": ("N", 0),
    "of": ("O", 1),
}
"""The words between number words and their categories: A is "a/an", N "and", O "of"."""


def _evaluate_words(words: list[str]) -> tuple[Fraction | int, str] | None:
    """Value and last category of a spelled numeral, or None if the words do not form one."""
    table = _words()
    total: Fraction | int = 0
    current: Fraction | int = 0
    previous: str | None = None
    before_previous: str | None = None
    of_scale = False  # a fraction "of a" scale
    after_and = False
    needs_fraction = False  # "one and a half": after U/T, "and" must lead to a fraction
    last_word = ""
    for word in words:
        lowered = word.lower()
        if lowered not in table and lowered not in _JOINERS:
            return None  # split by a letter (?i) matches to ASCII ("fıve", "ſeven"): no numeral
        category, value = _JOINERS[lowered] if lowered in _JOINERS else table[lowered]
        if category not in _TRANSITIONS[previous]:
            return None
        if before_previous == "O" and category != "S":
            return None  # "of a" leads a fraction to a scale only: "a quarter of a million"
        if category == "T" and previous == "T":
            return None
        if category == "F" and previous is None and lowered not in ("half", "halves"):
            return None  # "third" alone is an ordinal ("the third quarter")
        if category == "H" and previous == "F" and last_word != "half":
            return None  # "a half-dozen" is 6; "a third dozen" no number
        if needs_fraction and category not in "AF":
            return None
        needs_fraction = (category == "N" and previous in ("U", "T")) or (
            needs_fraction and category == "A"
        )
        if category == "U" and previous == "T" and value >= 10:
            return None
        if category in "UT":
            current += value
        elif category == "H":
            current = (current or 1) * value
        elif category == "S":
            total += (current or 1) * value
            current = 0
        elif category == "F":
            current = current + value if after_and else (current or 1) * value
        after_and = category == "N" or (after_and and category == "A")
        before_previous, previous, last_word = previous, category, lowered
        of_scale = of_scale or category == "O"
    if previous in ("A", "N", "O"):
        return None
    if of_scale and total % 1:
        return None  # "a third of a billion" has no exact value: no number (classify drops
        # the scale alone too); "a quarter of a million" is 250,000
    return total + current, previous or ""


def _word_atom(text: str, match: re.Match[str]) -> _Atom | None:
    words = [(w.group(), match.start() + w.end()) for w in _LETTERS.finditer(match.group())]
    for cut in range(len(words), 0, -1):
        result = _evaluate_words([w for w, _ in words[:cut]])
        if result is not None and result[1] == "F" and _counted_fraction(text, words, cut):
            continue  # "two quarter-point cuts": two cuts of a quarter point, not a half
        if result is not None:
            value, last = result
            end = words[cut - 1][1]
            scale = 1 if last != "S" else int(_words()[words[cut - 1][0].lower()][1])
            return _Atom(match.start(), end, value, scale, True, text[match.start() : end])
    return None


def _counted_fraction(text: str, words: list[tuple[str, int]], cut: int) -> bool:
    """Whether the run's last word is a singular fraction after a space and a count above one
    ("two quarter-point cuts", "three third-party apps"): a count of things the fraction
    describes, since a fraction of more than one is plural ("two quarters", "two-thirds"), or
    hyphened to its count ("a three-quarter-point hike" is 0.75)."""
    fraction, end = words[cut - 1]
    lowered = fraction.lower()
    if cut < 2 or lowered.endswith("s") or lowered == "half":
        return False
    if not text[end - len(fraction) - 1].isspace():
        return False
    count = _evaluate_words([w for w, _ in words[: cut - 1]])
    return count is not None and count[0] > 1


_FIRST_WORD = re.compile(r"[^\s-]+")


def _second_word(match: re.Match[str]) -> int:
    """Where a rescan of a spelled run that starts no numeral goes on: after its first word.
    A run can start with a word that starts no numeral ("third quarter five million",
    "million two hundred") and still hold one further on."""
    first = _FIRST_WORD.match(match.group())
    return match.start() + (first.end() if first else len(match.group()))


_GROUP_SPACES = frozenset(" \u00a0\u202f\u2009")


_ARTICLE_END = LazyPattern(r"(?<![\w-])(?i:an?)[ \u00a0]+$")


def _unmodelled(text: str, digits: re.Match[str]) -> str:
    """The digits of a match, less a last spaced group that starts a model name: "12 737 MAX
    jets" are 12 jets of the 737 MAX, not 12,737 (the group is read as a number of its own),
    or a compound modifier: "ordered 20 350-seat jets" are 20 jets of 350 seats (a group with
    no leading zero, a hyphen and a letter right after it, no "a" or "an" before: "a 20
    000-seat stadium" stays 20,000)."""
    raw = digits.group()
    if len(raw) < 5 or raw[-4] not in _GROUP_SPACES or not raw[-3:].isdigit():
        return raw  # no spaced thousands: most numbers ("2 1/2" ends in a fraction)
    if text[digits.end() : digits.end() + 1] == "-" and (
        raw[-3] == "0" or _ARTICLE_END.search(text, max(0, digits.start() - 4), digits.start())
    ):
        return raw  # "a 20 000-seat stadium", "a 12 500-seat arena": one number
    return raw[:-4] if names_model(text, digits.end(), tail=True) else raw


def _atoms(text: str, m_is_million: bool = False) -> Iterator[_Atom]:
    """Digit and spelled numerals in text order. The two patterns never match at the same
    position, so the next atom is the earlier of the next match of each."""
    starts = _spelled_starts(text)
    digits, spelled = _digits_re().search(text), _spelled_search(text, starts, 0)
    position = 0
    while digits or spelled:
        if digits and (not spelled or digits.start() < spelled.start()):
            if _too_long(digits.group()):
                position = digits.end()
            else:
                raw = digits.group()
                if len(raw) > 4 and raw[-4] in _GROUP_SPACES:  # spaced thousands: rare
                    raw = _unmodelled(text, digits)
                atom = _digit_atom(text, digits.start(), raw, m_is_million)
                position = atom.end
                yield atom
        elif spelled:
            word = _word_atom(text, spelled)  # may stop early: rescan what it left
            position = word.end if word else _second_word(spelled)
            if word:
                yield word
        if digits and digits.start() < position:
            digits = _digits_re().search(text, position)
        if spelled and spelled.start() < position:
            spelled = _spelled_search(text, starts, position)
