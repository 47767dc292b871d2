"""Parsing a text that is one numeral (or one range) as a whole into its value."""

from __future__ import annotations

import re
from decimal import Decimal

from factextract.numbers.decimals import _plain, to_decimal
from factextract.numbers.find import numeral_rows
from factextract.numbers.grammar import _GROUP_SPACES, _Atom, _atoms, _digit_atom, _digits_re
from factextract.numbers.ranges import _CONNECTOR

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


_SIGN = re.compile(r"^\s*(?:(?P<word>minus|negative)\s+|(?P<char>[-−+]))", re.IGNORECASE)


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
        sign, stripped = -1 if signed["char"] != "+" else 1, stripped[signed.end() :]
    atom = _whole_atom(stripped, m_is_million)
    return None if atom is None else to_decimal(atom.value * sign)


def _whole_atom(text: str, m_is_million: bool) -> _Atom | None:
    """The one atom that makes up ``text``, or None. A text that starts with digits has
    those as its first atom (a spelled numeral starts with a letter), which must then end
    the text: no scan for the spelled numerals of the rest is needed."""
    digits = _digits_re().match(text)
    raw = digits.group() if digits is not None else ""
    # Spaced thousands ("816 000K") are rare and take the full scan's reading.
    if digits is not None and not (len(raw) > 4 and raw[-4] in _GROUP_SPACES):
        atom = _digit_atom(text, 0, digits.group(), m_is_million)
        return atom if atom.end == len(text) else None
    atoms = list(_atoms(text, m_is_million))
    if len(atoms) != 1 or atoms[0].start != 0 or atoms[0].end != len(text):
        return None
    return atoms[0]


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
    if _CONNECTOR.search(text) is None:
        return None  # a range joins two numbers with a connector: most texts are one number
    return _range_of(text)


def _range_of(text: str) -> tuple[Decimal, Decimal] | None:
    """``parse_range`` without its shortcut: the one range the numeral grammar finds."""
    found = [row for row in numeral_rows(text) if row[4] == "range"]  # no Numeral objects
    if len(found) != 1:
        return None
    start, end, value, value_max, _, _, _ = found[0]
    if text[:start].strip() not in ("", "between", "Between") or text[end:].strip():
        return None
    assert value_max is not None
    return value, value_max
