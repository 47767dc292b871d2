"""The one number grammar every fact kind uses.

Digits with separators (``1,166``, Indian ``12,34,567``, spaced ``816 000``), decimals, signs,
spelled-out numerals (``one hundred and twelve``, ``a dozen``, ``half a million``), scale words
and abbreviations (``million``, ``bn``, ``crore``, ``1K``), fractions (``two-thirds``) and
ranges (``2-3 million``, ``between 5 and 7``). Values are exact ``Decimal``s; accounting
parentheses never make a negative (news uses parentheses for glosses, not for debits).

``find_numerals`` also says what a number *is* (a count, a year, part of a date, part of a
name) so that no component mistakes ``2012``, ``May 23``, ``Boeing 737`` or ``COVID-19`` for a
count. Spans are character offsets into the text given.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Context, Decimal, localcontext
from fractions import Fraction
from functools import cache
from typing import Literal, NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from factextract import lexicons
from factextract.patterns import grouped

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


# ---------------------------------------------------------------------------- atoms

_DIGITS = r"""
    # The first character, consumed first so that re skips to it in C (a pattern that starts
    # with a lookahead is tried at every character); each alternative goes on after it, and
    # its lookbehinds include it.
    [\d.½¼¾⅓⅔⅛]
    (?<![\d.,].)                                      # never start inside another number
    (?:
        (?<=\d)\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![,.]?\d)   # 1,166  5,000.50
      | (?<=\d)\d?(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d)      # Indian grouping 12,34,567
      | (?<=\d)\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,]*\d)  # spaced thousands 816 000
      | (?<=\d)\d*[ \u00a0][1-9]/[1-9]\d?(?![\d/])       # mixed fraction 2 1/2
      | (?<=\d)\d*[½¼¾⅓⅔⅛] | (?<=[½¼¾⅓⅔⅛])               # 3½  ½
      | (?<=\d)\d*(?:\.\d+)?                             # 1166  3.68
      | (?<=\.)\d+                                       # .5
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
    "F": "SA",
}


_DIGITS_RE = re.compile(_DIGITS, re.VERBOSE)


@cache
def _spelled_re() -> re.Pattern[str]:
    word = rf"(?:{grouped(_words(), fold=True)})"  # lower case; matched under IGNORECASE
    spelled = rf"""
        \b(?:an?\s+(?={word}\b))?{word}\b           # optional leading a/an
        (?:(?:\s+and\s+(?:an?\s+)?|[\s-]+(?:an?\s+)?){word}\b)*
    """
    return re.compile(spelled, re.VERBOSE | re.IGNORECASE)


# The characters other than ASCII letters that IGNORECASE matches to an ASCII letter (İ ı ſ K),
# where ``str.lower`` does not give that letter or changes the length.
_CASE_TRAPS = "\u0130\u0131\u017f\u212a"


@cache
def _spelled_words_re() -> re.Pattern[bytes] | None:
    """A number word between word boundaries, in lower-cased ASCII bytes; None if a number
    word is not lower-case ASCII (then only ``_spelled_re`` itself is exact)."""
    words = _words()
    if not all(w.isascii() and w == w.lower() for w in words):
        return None
    return re.compile(rf"[^a-z0-9_](?:{grouped(words)})(?![a-z0-9_])".encode())


def _spelled_starts(text: str) -> list[int] | None:
    """Every position where ``_spelled_re`` can match, and a few where it cannot: a scan of
    the text as lower-cased ASCII bytes, every other character one ``?`` (a word boundary),
    stops only at number words, where the spelled regex alone tries every word start. None
    when only that regex is exact (case traps)."""
    words = _spelled_words_re()
    if words is None or (not text.isascii() and any(c in text for c in _CASE_TRAPS)):
        return None
    # The leading space makes the start a boundary and each match's start the word's offset.
    lowered = b" " + text.encode("ascii", "replace").lower()
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
    return [*lexicons.number_words().scales, "bn", "mn", "mln", "bln", "tn", "trn", "cr"]


@cache
def _spaced_scale_re() -> re.Pattern[str]:
    alternatives = "|".join(sorted(_spaced_scales(), key=len, reverse=True))
    return re.compile(rf"[ \u00a0]?(?:{alternatives})\b", re.IGNORECASE)


@cache
def _spaced_scale_initials() -> frozenset[str]:
    """Every character that ``_spaced_scale_re`` can match first after the space."""
    heads = {w[0] for w in _spaced_scales()}
    cased = {c for h in heads for c in (h, h.lower(), h.upper(), *_CASE_TRAPS)}
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
        whole, part = re.split(r"[ \u00a0]", raw)
        return Fraction(int(whole)) + Fraction(part)
    value = Fraction(Decimal(_SEPARATORS.sub("", raw)))
    return value.numerator if value.denominator == 1 else value


_SEPARATORS = re.compile(r"[,\s\u00a0\u202f\u2009]")


def _digit_atom(text: str, start: int, raw: str, m_is_million: bool) -> _Atom:
    value = _digits_value(raw)
    end = start + len(raw)
    following = text[end : end + 1]
    spaced_out = following in (" ", "\u00a0")
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
    elif attached:
        nw = lexicons.number_words()
        word = attached.group()
        factor = nw.scale_abbreviations.get(word)
        if factor is None and m_is_million:
            factor = nw.ambiguous_scale_abbreviations.get(word)
        if factor is not None:
            scale, end = factor, attached.end()
    return _Atom(start, end, value * scale, scale, False, raw)


def _scale_of(word: str) -> int:
    nw = lexicons.number_words()
    lowered = word.lower()
    if lowered in nw.scales:
        return nw.scales[lowered]
    return nw.scale_abbreviations.get(lowered, nw.scale_abbreviations.get(word, 1))


def _evaluate_words(words: list[str]) -> tuple[Fraction | int, str] | None:
    """Value and last category of a spelled numeral, or None if the words do not form one."""
    table = _words()
    total: Fraction | int = 0
    current: Fraction | int = 0
    previous: str | None = None
    after_and = False
    needs_fraction = False  # "one and a half": after U/T, "and" must lead to a fraction
    for word in words:
        lowered = word.lower()
        category, value = (
            ("A", 1)
            if lowered in ("a", "an")
            else (("N", 0) if lowered == "and" else table[lowered])
        )
        if category not in _TRANSITIONS[previous]:
            return None
        if category == "T" and previous == "T":
            return None
        if category == "F" and previous is None and lowered not in ("half", "halves"):
            return None  # "third" alone is an ordinal ("the third quarter")
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
        previous = category
    if previous in ("A", "N"):
        return None
    return total + current, previous or ""


def _word_atom(text: str, match: re.Match[str]) -> _Atom | None:
    words = [(w.group(), match.start() + w.end()) for w in _LETTERS.finditer(match.group())]
    for cut in range(len(words), 0, -1):
        result = _evaluate_words([w for w, _ in words[:cut]])
        if result is not None:
            value, last = result
            end = words[cut - 1][1]
            scale = 1 if last != "S" else int(_words()[words[cut - 1][0].lower()][1])
            return _Atom(match.start(), end, value, scale, True, text[match.start() : end])
    return None


def _atoms(text: str, m_is_million: bool = False) -> Iterator[_Atom]:
    """Digit and spelled numerals in text order. The two patterns never match at the same
    position, so the next atom is the earlier of the next match of each."""
    starts = _spelled_starts(text)
    digits, spelled = _DIGITS_RE.search(text), _spelled_search(text, starts, 0)
    position = 0
    while digits or spelled:
        if digits and (not spelled or digits.start() < spelled.start()):
            atom = _digit_atom(text, digits.start(), digits.group(), m_is_million)
            position = atom.end
            yield atom
        elif spelled:
            word = _word_atom(text, spelled)  # may stop early: rescan what it left
            position = word.end if word else spelled.end()
            if word:
                yield word
        if digits and digits.start() < position:
            digits = _DIGITS_RE.search(text, position)
        if spelled and spelled.start() < position:
            spelled = _spelled_search(text, starts, position)


# ------------------------------------------------------------------------ pure parsing


def to_decimal(value: Fraction | int) -> Decimal:
    """Exact decimal of a fraction; thirds and the like are rounded to 12 places.

    >>> to_decimal(Fraction(1, 4)), to_decimal(Fraction(2, 3)), to_decimal(1166)
    (Decimal('0.25'), Decimal('0.666666666667'), Decimal('1166'))
    """
    if value.denominator == 1 and -_EXACT < value.numerator < _EXACT:
        return Decimal(value.numerator)  # what the division below gives, without a context
    rest = value.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    with localcontext(_WIDE):
        quotient = Decimal(value.numerator) / Decimal(value.denominator)
        return _plain(quotient) if rest == 1 else _plain(quotient.quantize(Decimal("1e-12")))


_DIGITS_ONLY = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def parse_digits(text: str) -> Decimal | None:
    """The value of plain digits ("1,166", "3.68", "2020"), as ``parse_number`` gives it, or
    None for anything else: the common case without the grammar.

    >>> parse_digits("1,166"), parse_digits("3.50"), parse_digits("3.68bn")
    (Decimal('1166'), Decimal('3.5'), None)
    """
    if _DIGITS_ONLY.fullmatch(text) is None:
        return None
    return _plain(Decimal(text.replace(",", "")))


def _plain(value: Decimal) -> Decimal:
    # Integral values print without exponent or trailing zeros: 4.5 million -> 4500000.
    with localcontext(_WIDE):
        integral = value == value.to_integral_value()
        return value.quantize(Decimal(1)) if integral else value.normalize()


# Wide enough for any numeral a text can hold (a 60-digit number is still parsed exactly).
_WIDE = Context(prec=200, Emax=999_999, Emin=-999_999)
_EXACT = 10**_WIDE.prec  # whole numbers below this are exact in ``_WIDE``


_SIGN = re.compile(r"^\s*(?:(?P<word>minus|negative)\s+|(?P<char>[-−]))", re.IGNORECASE)


def parse_number(text: str, *, m_is_million: bool = False) -> Decimal | None:
    """Parse one numeral that makes up the whole of ``text``; None if it is not one.

    >>> parse_number("1,166"), parse_number("4.5 million"), parse_number("3.68bn")
    (Decimal('1166'), Decimal('4500000'), Decimal('3680000000'))
    >>> parse_number("twenty-five"), parse_number("one hundred and twelve")
    (Decimal('25'), Decimal('112'))
    >>> parse_number("a dozen"), parse_number("half a million"), parse_number("two-thirds")
    (Decimal('12'), Decimal('500000'), Decimal('0.666666666667'))
    >>> parse_number("12,34,567"), parse_number("816 000"), parse_number("1K")
    (Decimal('1234567'), Decimal('816000'), Decimal('1000'))
    >>> parse_number("(99.99)"), parse_number("minus ten"), parse_number("-5")
    (Decimal('99.99'), Decimal('-10'), Decimal('-5'))
    >>> parse_number("2m"), parse_number("2m", m_is_million=True)
    (None, Decimal('2000000'))
    >>> parse_number("18th"), parse_number("COVID-19"), parse_number("")
    (None, None, None)
    """
    stripped = text.strip()
    if stripped.startswith("(") and stripped.endswith(")"):
        stripped = stripped[1:-1].strip()  # a gloss, never a negative
    sign = 1
    signed = _SIGN.match(stripped)
    if signed:
        sign, stripped = -1, stripped[signed.end() :]
    atoms = list(_atoms(stripped, m_is_million))
    if len(atoms) != 1 or atoms[0].start != 0 or atoms[0].end != len(stripped):
        return None
    return to_decimal(atoms[0].value * sign)


_RANGE_TEXT = re.compile(
    r"^\s*(?:between\s+(?P<a1>.+?)\s+and\s+(?P<b1>.+?)"
    r"|(?P<a2>.+?)\s*(?:[-–—]|\bto\b)\s*(?P<b2>.+?))\s*$",
    re.IGNORECASE,
)


def parse_range(text: str) -> tuple[Decimal, Decimal] | None:
    """Parse a numeric range; a scale on the upper bound applies to a bare lower bound.

    >>> parse_range("2-3 million")
    (Decimal('2000000'), Decimal('3000000'))
    >>> parse_range("between 5 and 7"), parse_range("5 to 7")
    ((Decimal('5'), Decimal('7')), (Decimal('5'), Decimal('7')))
    >>> parse_range("5,000-7,000"), parse_range("12.8–13.0")
    ((Decimal('5000'), Decimal('7000')), (Decimal('12.8'), Decimal('13')))
    >>> parse_range("3-1") is None, parse_range("2016-19") is None, parse_range("7") is None
    (True, True, True)
    """
    found = [n for n in find_numerals(text) if n.label == "range"]
    if len(found) != 1 or text[: found[0].start].strip() not in ("", "between", "Between"):
        return None
    if text[found[0].end :].strip():
        return None
    assert found[0].value_max is not None
    return found[0].value, found[0].value_max


# ------------------------------------------------------------------- classification

_BLOCKED = re.compile(
    r"""
    # Every match starts with one of these. Consuming it first lets re skip to them in C (a
    # pattern that starts with a lookahead is tried at every character); each alternative
    # goes on after it, and its lookbehinds include it.
    [(+\d]
    (?:
      (?<=\()\d{3}\)\s?\d{3}[-.\s]\d{4}                   # (217) 555-0134
    | (?<=\+)\d{1,3}(?:[\s-]\(?\d{1,5}\)?){2,5}           # +44 20 7946 0958
    | (?<=\d)(?<!\d\d)                                    # the first digit of a number
      (?=\d{0,4}(?!\d)[-.:/\sapAPo])                      # at most 5 long, then one of these
      (?:
        (?<![\d,]\d)\d{2}[-.]\d{3}[-.]\d{4}(?!\d)         # 217-555-0134
      | (?<![\d,-]\d)\d{2}-\d{4}(?![\d-])                 # 555-0134
      | (?<!\d0)(?<=0)\d{3,4}\s\d{3}\s\d{3,4}(?!\d)       # 01632 960 412
      | (?<![\d.]\d)\d?[:.]\d{2}\s*(?:[ap]\.?m\b\.?)      # 9:30 a.m., 1.30pm
      | (?<![\d.]\d)\d?:\d{2}(?::\d{2})?(?![\d])          # 15:00
      | (?<![\d.,]\d)\d?\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b|o'clock)  # 3 p.m., 3pm
      | (?<![\d.,]\d)\d?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)  # at 5 in
      | (?<!\d\d)\d{3}-\d{1,2}-\d{1,2}(?!\d)              # 2020-05-23
      | (?<!\d\d)\d?[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)        # 23/05/2023, 23.05.2020
      | (?<!\d\d)\d?[-/ ][A-Z][a-z]{2}[-/]\d{2,4}(?!\d)   # 19-Nov-12
      )
    )
    """,
    re.VERBOSE,
)
_STREET = re.compile(
    r"[A-Z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Boulevard"
    r"|Blvd\.?|Drive|Way|Place|Square|Terrace|Court|Crescent|Parkway)\b"
)
# Small patterns of the per-atom checks, compiled once.
_GLUED_PREFIX = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+$")
_GLUED_DIGITS = re.compile(r"[:,]\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
_DECADE = re.compile(r"(?:\d\d)?\d0")
_TWO_DIGITS = re.compile(r"\d{2}")
_FROM_END = re.compile(r"\bfrom\s*$")
_SIGN_WORD = re.compile(r"\b(minus|negative)\s+$", re.IGNORECASE)
_SIGN_WORD_ENDS = ("s", "S", "\u017f", "e", "E")  # what "s" and "e" match under IGNORECASE
_SLASH_PAIR = re.compile(r"(?<![\d/])(?<!\d[ \u00a0])(\d+)/(\d+)(?![\d/])")
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})
_PREV_WORD = re.compile(r"(?:^|(?<=\s))([A-Za-z][\w.&'’]*|#)\s?$")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z]*)\.?")


@cache
def _lexicon_set(
    field: Literal["identifier_nouns", "irregular_plurals", "year_context"],
) -> frozenset[str]:
    """A word list of the number lexicon as a set: the lexicon keeps them as tuples, and a
    lookup in a tuple compares with every word."""
    return frozenset(getattr(lexicons.number_words(), field))


@cache
def _month_names() -> frozenset[str]:
    return frozenset(lexicons.calendar().months)


@cache
def _not_name_words() -> frozenset[str]:
    """Capitalized words before a number that do not make it part of a name."""
    nw = lexicons.number_words()
    cal = lexicons.calendar()
    symbols, _ = lexicons.currency_markers()
    cues = {w for cue in lexicons.qualifiers().before for w in cue.split()}
    return frozenset(
        {*STOP_WORDS, *cal.weekdays, *cues, *(s.lower() for s in symbols), *_words(), *nw.signs}
        | {"only", "just", "another", "total", "all", "nearly", "roughly", "exactly", "some"}
    )


@cache
def _attached_ok() -> frozenset[str]:
    """Letters that may follow digits directly: units, scales, per cent and pence marks."""
    symbols, _ = lexicons.unit_index()
    currencies, _ = lexicons.currency_markers()  # 1,700USD
    glued = {*symbols, *currencies, "p", "pc", "pct", "s", "m", "bp", "bps", "pp", "ppt", "pts"}
    return frozenset(glued)


def _is_title_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", line) if len(w) > 3]
    if len(words) < 2 or len(line) > 160 or line.rstrip().endswith("."):
        return False
    return bool(sum(w[0].isupper() for w in words) >= 0.75 * len(words))


def _inside_token(text: str, atom: _Atom, after: re.Match[str] | None) -> bool:
    """Digits that belong to another token: G20, COVID-19, H1N1, 18th, 4G, 2:1, 1,2345."""
    last = text[atom.start - 1] if atom.start else ""
    if last and (last.isalpha() or last in "@/:"):
        symbols, _ = lexicons.currency_markers()
        before = text[max(0, atom.start - 40) : atom.start]
        prefix = _GLUED_PREFIX.search(before)  # Ksh2.3, not H1N1
        if not (prefix and prefix.group() in symbols):
            return True
    if atom.start >= 2 and last in "-‐" and text[atom.start - 2].isalnum():
        return True  # COVID-19, F-16, MH-370, mid-2019 (dates take that)
    if after and after.group() not in _attached_ok():
        return True  # 18th, 4G, 3D, 737MAX
    glued = text[atom.end : atom.end + 1] in (":", ",")
    return glued and bool(_GLUED_DIGITS.match(text, atom.end))  # 2:1, 1,2345, 3,68


def _names_something(text: str, atom: _Atom, prev_word: str, next_word: str) -> bool:
    """Part of a name: Boeing 737, Route 66, iPhone 12, #3, World War Two, 10 Downing
    Street, 3M said."""
    if prev_word.lower() in _lexicon_set("identifier_nouns"):
        return True
    if prev_word and _is_identifier_cue(prev_word) and not _is_title_line(text, atom.start):
        return True
    # After a space, a street name starts with the capital that starts the next word.
    spaced = text[atom.end : atom.end + 1].isspace()
    if (next_word[:1].isupper() or not spaced) and _STREET.match(text, atom.end):
        return True
    if not atom.spelled and text[atom.start - 1 : atom.start] == "#":
        return True
    if text[atom.end - 1 : atom.end] in ("K", "M", "B") and atom.scale > 1:
        return next_word[:1].isupper() or next_word.endswith("ed") or next_word in ("said", "says")
    return False


def _is_date_part(atom: _Atom, prev_word: str, month: str) -> bool:
    """A day or year next to a month name: May 23, 23 May, Jan. 5."""
    if prev_word[:1].isupper() and prev_word.lower().rstrip(".") in _month_names():
        return True
    return (
        month[:1].isupper()
        and month.lower() in _month_names()
        and atom.raw.isdigit()
        and int(atom.raw) <= 31
    )


def _classify(text: str, atom: _Atom) -> Label | None:
    """What the number is, from its surroundings; None for a number inside another token."""
    after = _LETTERS.match(text, atom.end) if text[atom.end : atom.end + 1].isalpha() else None
    if not atom.spelled and _inside_token(text, atom, after):
        return None
    if atom.spelled and atom.value.denominator != 1 and atom.scale == 1:
        return None if text[atom.end : atom.end + 1] == "-" else "fraction"  # half-time
    prev_word = _prev_word(text, atom.start)
    following = _NEXT_WORD.match(text, atom.end)
    next_word = following.group(1) if following else ""
    if not atom.spelled and _is_date_part(atom, prev_word, next_word):
        return "date"
    if _names_something(text, atom, prev_word, next_word):
        return "identifier"
    if atom.spelled:
        return "cardinal"
    four = len(atom.raw) == 4 and _FOUR_DIGITS.fullmatch(atom.raw)
    if four and atom.scale == 1 and 1500 <= int(atom.raw) <= 2100:
        return "year"
    if after and after.group() == "s" and _DECADE.fullmatch(atom.raw):
        return "year"  # the 1990s, the 80s
    return "cardinal"


def _prev_word(text: str, start: int) -> str:
    """The word ``_PREV_WORD`` finds in the 40 characters before ``start``, or "". That word
    holds no space and ends at most two characters before ``start``, so the search can start
    after the last space before that: the same match, without trying every position."""
    window = max(0, start - 40)
    space = text.rfind(" ", window, max(window, start - 2))  # a negative end counts from the end
    if space < 0:  # the word may begin where the window does, which ``^`` then matches
        found = _PREV_WORD.search(text[window:start])
    else:
        found = _PREV_WORD.search(text, space + 1, start)
    return found[1] if found else ""


def _is_identifier_cue(word: str) -> bool:
    """A capitalized non-function word right before a number names it: Boeing 737, Route 66."""
    if word == "#":
        return True
    if word.islower() or (word.endswith(".") and "." not in word[:-1]):
        return False  # no capital; or "... in Victoria. Thirty-three people": a sentence ended
    capital = any(map(str.isupper, word))  # iPhone 12
    if not capital or not word.replace(".", "").replace("&", "").replace("-", "").isalpha():
        return False  # "U.S. 59", "S&P 500" and "Route 66" are names; "Guangxi's 12" is not
    symbols, _ = lexicons.currency_markers()
    if word in symbols or word.rstrip(".") in symbols:
        return False
    return word.lower() not in _not_name_words() and word.lower().rstrip(".") not in _month_names()


# ------------------------------------------------------------------------- ranges


# "ranged from 10 to 20 degrees", "vary from 5% to 7%": "from X to Y" is then a range.
@cache
def _range_verb_re() -> re.Pattern[str]:
    verbs = "|".join(lexicons.change_cues().range_verbs)
    return re.compile(rf"\b(?:{verbs}|anywhere)\s+from\s*$", re.IGNORECASE)


_SCORE_LEAD = re.compile(
    r"\b(?:won|wins?|lost|lose|loses|beat|beats|drew|draw|defeated|defeats?|trailed|led|leads"
    r"|scored?|victory|loss)\b(?:\s+\w+)?\s*$",
    re.IGNORECASE,
)
_CONNECTOR = re.compile(r"\s*[-–—]\s*|\s+(?:to|and|or)\s+|/", re.IGNORECASE)


def _year_range(a: _Atom, b: _Atom, connector: str) -> bool:
    if not (_FOUR_DIGITS.fullmatch(a.raw) and 1500 <= int(a.raw) <= 2100):
        return False
    if connector.strip() == "/" or connector.strip() in "-–—":
        return bool(_FOUR_DIGITS.fullmatch(b.raw) or _TWO_DIGITS.fullmatch(b.raw)) and b.scale == 1
    return bool(_FOUR_DIGITS.fullmatch(b.raw)) and int(b.raw) > int(a.raw)


def _pair(text: str, a: _Atom, b: _Atom, label_a: Label | None) -> Numeral | bool | None:
    """Join two atoms into a range; False if they are not joined, None to drop both."""
    if _CONNECTOR.fullmatch(text, a.end, b.start) is None:  # most neighbours are not joined
        return False
    gap = text[a.end : b.start]
    word = gap.strip().lower()
    lead = text[max(0, a.start - 24) : a.start].lower()
    if word == "and" and not lead.rstrip().endswith("between"):
        return False
    if word == "to" and _FROM_END.search(lead) and not _range_verb_re().search(lead):
        return False  # "rose from X to Y" is a change; "ranged from X to Y" is a range
    if label_a in ("year", "date", "identifier", None) or (
        a.spelled != b.spelled and word in "-–—/"
    ):
        if label_a == "year" and _year_range(a, b, gap):
            last = int(b.raw) if len(b.raw) == 4 else int(a.raw) // 100 * 100 + int(b.raw)
            last += 100 if last < int(a.raw) else 0  # 1999-00 is 1999-2000
            start = a.start - len(lead) + lead.rindex("between") if word == "and" else a.start
            return Numeral(start, b.end, to_decimal(a.value), Decimal(last), "year_range")
        return None if word in ("-", "–", "—", "/") else False
    if word == "/" or (word in "-–—:" and _SCORE_LEAD.search(lead)):
        return None  # "won 3-1", "lost 1-3": a score
    low = a.value
    if a.scale == 1 and b.scale > 1 and a.value * b.scale < b.value:
        low = a.value * b.scale  # "2-3 million"; not "900,000 to 1.2 million"
    if low >= b.value:
        return None if word in ("-", "–", "—") else False  # a score (3-1), not a range
    start = a.start - len(lead) + lead.rindex("between") if word == "and" else a.start
    spelled = a.spelled and b.spelled
    return Numeral(start, b.end, to_decimal(low), to_decimal(b.value), "range", spelled, b.scale)


# ---------------------------------------------------------------------- the finder


def _signed(text: str, atom: _Atom) -> _Atom:
    last = text[atom.start - 1 : atom.start] if atom.start else ""
    if last.isspace():  # minus five, negative 3 (most numbers follow a space and another word)
        if text[atom.start - 2 : atom.start - 1] not in _SIGN_WORD_ENDS and not (
            text[atom.start - 2 : atom.start - 1].isspace()
        ):
            return atom
        before = text[max(0, atom.start - 10) : atom.start]
        if before.rstrip()[-1:] in _SIGN_WORD_ENDS and (word := _SIGN_WORD.search(before)):
            return atom._replace(start=atom.start - len(word.group()), value=-atom.value)
    elif (
        last in ("-", "−")
        and not atom.spelled
        and (atom.start < 2 or text[atom.start - 2] in " \t\n(")
    ):
        return atom._replace(start=atom.start - 1, value=-atom.value)
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


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _BLOCKED.finditer(text)]
    for m in _slash_pairs(text):
        first = m.group(1)
        if not (len(first) == 4 and 1500 <= int(first) <= 2100 and len(m.group(2)) in (2, 4)):
            spans.append(m.span())  # 24/7, 1/3; a season like 2022/23 stays
    return sorted(spans)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any of the sorted ``spans`` overlaps ``start:end``."""
    i = bisect_left(spans, (end,))  # spans from here on start at or after ``end``
    return any(s < end and start < e for s, e in spans[:i])


def find_numerals(text: str, *, m_is_million: bool = False) -> list[Numeral]:
    """Every numeral in ``text`` with its offsets, value(s) and label, in text order.

    >>> [(n.label, str(n.value)) for n in find_numerals("From 2016 to 2019, 1,166 projects")]
    [('year', '2016'), ('year', '2019'), ('cardinal', '1166')]
    >>> [(n.label, str(n.value), str(n.value_max)) for n in find_numerals("2-3 million people")]
    [('range', '2000000', '3000000')]
    >>> [n.label for n in find_numerals("COVID-19, the 18th congress, Boeing 737, May 23")]
    ['identifier', 'date']
    """
    atoms = list(_atoms(text, m_is_million))
    if blocked := _blocked_spans(text):
        atoms = [a for a in atoms if not _overlaps(blocked, a.start, a.end)]
    found: list[Numeral] = []
    i = 0
    while i < len(atoms):
        atom = _signed(text, atoms[i])
        label = _classify(text, atom)
        if i + 1 < len(atoms):
            joined = _pair(text, atom, atoms[i + 1], label)
            if joined is None:
                i += 2
                continue
            if isinstance(joined, Numeral):
                found.append(joined)
                i += 2
                continue
        if label is not None:
            found.append(
                Numeral(
                    atom.start,
                    atom.end,
                    to_decimal(atom.value),
                    None,
                    label,
                    atom.spelled,
                    atom.scale,
                )
            )
        i += 1
    return found


def is_plural(word: str) -> bool:
    """Plural-looking head noun: villages, projects, people (no POS tagger on a blank pipe).

    >>> is_plural("villages"), is_plural("people"), is_plural("business"), is_plural("bus")
    (True, True, False, False)
    """
    if word in _lexicon_set("irregular_plurals"):
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


def year_is_count(text: str, start: int, end: int) -> bool:
    """Whether a four-digit number is a count ("2000 people") rather than a year ("in 2000",
    "2000"): it is followed by a plural noun and not preceded by a year word.

    >>> year_is_count("about 2000 people", 6, 10), year_is_count("in 2000 people moved", 3, 7)
    (True, False)
    """
    following = re.match(r"\s+([a-z]+)", text[end : end + 30])
    previous = re.findall(r"[A-Za-z]+", text[max(0, start - 12) : start])
    if following is None or not is_plural(following.group(1)):
        return False
    return not (previous and previous[-1].lower() in _lexicon_set("year_context"))
