"""Unit conversions the text states, checked: "350,000 acres (141,600 hectares)", "47.2C (117F)".

A quantity followed by another of the same dimension in brackets restates it in other units;
when the two disagree by more than rounding explains, one of the figures is wrong (a typo, a
unit mixed up), and the article gets a ``unit_conversion_mismatch`` warning naming both. A
temperature may restate a reading or a difference ("warming of 1.5 degrees Celsius (2.7
degrees Fahrenheit)"): either agrees. The sizes of the units are ``data/unit_factors.json``;
units it does not list are never checked.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from itertools import pairwise

from factextract import lexicons
from factextract.patterns import LazyPattern
from factextract.records import Notice, Quantity

_OPENING = re.compile(r"[ \u00a0]*\([ \u00a0]*")
"""Between a quantity and its restatement: an opening bracket."""
_CLOSING = LazyPattern(r"[ \u00a0]*\)")
_RELATIVE = Decimal("0.03")
"""How far apart two figures of a conversion may be, beyond their last digits: news rounds."""


class _Temperature(lexicons.Row):
    factor: float
    offset: float


class _UnitFactors(lexicons.Row):
    comment: str = ""
    factors: dict[str, dict[str, float]]
    temperatures: dict[str, _Temperature]


@cache
def _sizes() -> dict[str, tuple[str, Decimal]]:
    """Each checked unit -> (its dimension, its size in the dimension's base unit)."""
    table = lexicons.load_object(_UnitFactors, "unit_factors.json")
    return {
        unit: (dimension, Decimal(str(size)))
        for dimension, units in table.factors.items()
        for unit, size in units.items()
    }


@cache
def _temperatures() -> dict[str, tuple[Decimal, Decimal]]:
    table = lexicons.load_object(_UnitFactors, "unit_factors.json")
    return {
        unit: (Decimal(str(t.factor)), Decimal(str(t.offset)))
        for unit, t in table.temperatures.items()
    }


def last_step(value: Decimal) -> Decimal:
    """The place of the last digit written: 117 -> 1, 47.2 -> 0.1, 350,000 -> 10,000."""
    exponent = value.normalize().as_tuple().exponent
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)


def converted(value: Decimal, unit: str, to: str) -> Decimal | None:
    """``value`` in ``unit`` written in ``to``; None when the two are not both checked units
    of one dimension.

    >>> converted(Decimal(300), "km", "mi").quantize(Decimal("0.1"))
    Decimal('186.4')
    >>> converted(Decimal(40), "°C", "°F")
    Decimal('104.0')
    """
    temperatures = _temperatures()
    if unit in temperatures and to in temperatures:
        (f1, o1), (f2, o2) = temperatures[unit], temperatures[to]
        return ((value * f1 + o1 - o2) / f2).quantize(Decimal("0.1"))
    sizes = _sizes()
    if unit not in sizes or to not in sizes or sizes[unit][0] != sizes[to][0]:
        return None
    return value * sizes[unit][1] / sizes[to][1]


def _agree(first: Quantity, second: Quantity) -> bool | None:
    """Whether ``second`` restates ``first`` within rounding; None when it cannot be told."""
    if first.unit is None or second.unit is None or first.unit == second.unit:
        return None
    if (first.value_max is None) != (second.value_max is None):
        return None
    pairs = [(first.value, second.value)]
    if first.value_max is not None and second.value_max is not None:
        pairs.append((first.value_max, second.value_max))
    for stated, restated in pairs:
        expected = converted(stated, first.unit, second.unit)
        if expected is None:
            return None
        # The restatement's last digit, or 3 %: not the first figure's last digit, which a
        # round "1,000 km" would make 1,000 (any restatement would pass).
        slack = max(last_step(restated), _RELATIVE * abs(restated))
        if abs(expected - restated) > slack:
            step = difference(stated, first.unit, second.unit) if stated > 0 < restated else None
            if step is None or abs(step - restated) > slack:  # a difference is a size, no sign
                return False
    return True


def difference(value: Decimal, unit: str, to: str) -> Decimal | None:
    """A difference of ``value`` degrees in ``unit`` written in ``to`` (the scales' factors
    alone, no offsets); None unless both are temperature units. News restates a warming or a
    change so, as a size with no sign: "limit warming to 1.5 degrees Celsius (2.7 degrees
    Fahrenheit)"; "minus 43 degrees Celsius (minus 79 degrees Fahrenheit)" is a reading.

    >>> difference(Decimal("1.5"), "°C", "°F")
    Decimal('2.7')
    >>> difference(Decimal(40), "km", "mi") is None
    True
    """
    temperatures = _temperatures()
    if unit not in temperatures or to not in temperatures:
        return None
    return (value * temperatures[unit][0] / temperatures[to][0]).quantize(Decimal("0.1"))


def _expected(first: Quantity, unit: str) -> str:
    """The first figure (or range) in ``unit``, to four significant digits."""
    ends = [first.value] if first.value_max is None else [first.value, first.value_max]
    return " to ".join(_shown(converted(v, first.unit or "", unit) or Decimal(0)) for v in ends)


def _shown(value: Decimal) -> str:
    """To four significant digits or the units, with thousands commas: 350,000 acres in hectares
    "141,640", 40C in Fahrenheit "104", 19F in Celsius "-7.2"."""
    if not value:
        return "0"
    rounded = round(value, max(0, 3 - value.copy_abs().adjusted()))
    return f"{rounded.normalize():,f}"


def mismatch_notices(text: str, quantities: list[Quantity]) -> list[Notice]:
    """One warning per stated conversion whose two figures disagree: "40C (140F)"."""
    notices = []
    for first, second in pairwise(quantities):
        opening = _OPENING.fullmatch(text, first.end_char, second.start_char)
        closing = _CLOSING.match(text, second.end_char) if opening else None
        if closing is None:
            continue
        if _agree(first, second) is False:
            end = closing.end()
            notices.append(
                Notice(
                    code="unit_conversion_mismatch",
                    message=(
                        f"{text[first.start_char : end]!r} (characters {first.start_char}-"
                        f"{end}): {first.text} is about {_expected(first, second.unit or '')} "
                        f"{second.unit}, not {second.text}; one of the figures may be wrong"
                    ),
                )
            )
    return notices
