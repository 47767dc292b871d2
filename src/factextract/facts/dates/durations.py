"""Counted amounts of time: durations ("three years"), sets ("every two weeks") and offsets
from the publication date ("two years ago", "over the past 18 months"), as TIMEX3 periods.
"""

from __future__ import annotations

import calendar as cal
import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache

from factextract import numbers
from factextract.facts.dates.grammar import Expression
from factextract.facts.dates.values import (
    DateValue,
    Handler,
    _day_value,
    _month_value,
    _unresolved,
    _year,
)

_UNIT_CODES = {
    "year": "Y",
    "month": "M",
    "week": "W",
    "day": "D",
    "decade": "Y",
    "century": "Y",
    "centurie": "Y",
    "quarter": "M",
    "fortnight": "W",
}
_UNIT_FACTORS = {"decade": 10, "century": 100, "centurie": 100, "quarter": 3, "fortnight": 2}
_VAGUE = frozenset({"several", "a few", "a couple of", "many", "few"})
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1024)
def _amount(word: str | None) -> Decimal | None:
    """How many units: "four" -> 4, "a" -> 1, "half a" -> 0.5; None for "several"."""
    text = (word or "a").lower()
    if _SPACES.sub(" ", text) in _VAGUE:
        return None
    if text in ("a", "an"):
        return Decimal(1)
    if text.startswith("half"):
        return Decimal("0.5")
    return numbers.parse_number(text)


def _period(count: Decimal | None, unit: str) -> str:
    base = unit.lower().rstrip("s") if unit.lower() != "centuries" else "centurie"
    if count is None:
        return f"PX{_UNIT_CODES[base]}"
    total = count * _UNIT_FACTORS.get(base, 1)
    shown = (
        format(total.normalize(), "f") if total != total.to_integral_value() else str(int(total))
    )
    return f"P{shown}{_UNIT_CODES[base]}"


def _add(day: dt.date, unit: str, count: int) -> dt.date:
    base = unit.lower().rstrip("s")
    months = {
        "year": 12,
        "decade": 120,
        "century": 1200,
        "centurie": 1200,
        "quarter": 3,
        "month": 1,
    }.get(base)
    if months is not None:
        index = day.year * 12 + day.month - 1 + months * count
        year, month = index // 12, index % 12 + 1
        return dt.date(year, month, min(day.day, cal.monthrange(year, month)[1]))
    days = {"week": 7, "fortnight": 14}.get(base, 1)
    return day + dt.timedelta(days=days * count)


def _ago(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue | None:
    count = _amount(expr.get("n"))
    unit = (expr.get("unit") or "").lower().rstrip("s")
    if count is None or count != count.to_integral_value():
        return None
    sign = 1 if (expr.get("dir") or "").lower() in ("later", "from now") else -1
    if anchor is None:
        return _unresolved("XXXX", unit)
    moved = _add(anchor, unit, sign * int(count))
    if unit in ("year", "decade", "century", "centurie"):
        return _year(moved.year, relative=True)
    if unit in ("month", "quarter"):
        return _month_value(moved.year, moved.month, relative=True)
    return _day_value(moved, relative=True)


def _duration(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    unit = expr.get("unit") or "year"
    return DateValue(
        "duration", _period(_amount(expr.get("n")), unit), granularity=unit.rstrip("s")
    )


def _past_duration(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    unit, count = expr.get("unit") or "year", _amount(expr.get("n"))
    value = DateValue("duration", _period(count, unit), granularity=unit.rstrip("s"), relative=True)
    shift = (expr.get("shift") or "").lower()
    if anchor is None or shift == "first" or count is None or count != count.to_integral_value():
        return value._replace(resolved=anchor is not None or shift == "first")
    if shift in ("next", "coming"):
        return value._replace(start=anchor, end=_add(anchor, unit, int(count)))
    return value._replace(start=_add(anchor, unit, -int(count)), end=anchor)


def _set(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    adverb = (expr.get("adverb") or "").lower()
    if adverb:
        return DateValue("set", "P6M" if adverb == "biannually" else "P1Y", granularity="year")
    unit = expr.get("unit") or "year"
    return DateValue("set", _period(_amount(expr.get("n") or "one"), unit), granularity=unit)


HANDLERS: dict[str, Handler] = {
    "ago": _ago,
    "past_duration": _past_duration,
    "duration": _duration,
    "set": _set,
}
