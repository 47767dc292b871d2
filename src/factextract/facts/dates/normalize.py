"""Date expressions to TIMEX3 values and calendar intervals, anchored at the publication date.

News is mostly about the past: a year-less "in January" or "on Tuesday" is the latest one on
or before the publication date, unless the sentence speaks of the future ("will", "plans to",
"next"), when it is the first one on or after it. Without a publication date a relative
expression keeps ``resolved=False`` and no interval: we never guess from today's date.
"""

from __future__ import annotations

import calendar as cal
import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from factextract import lexicons, numbers
from factextract.facts.dates.grammar import Expression
from factextract.records import DateType

_SEASON_STARTS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # meteorological, three months each
_MODS = {
    "early": "START",
    "beginning": "START",
    "start": "START",
    "mid": "MID",
    "middle": "MID",
    "late": "END",
    "end": "END",
    "close": "END",
}
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


class DateValue(NamedTuple):
    """A normalized date expression (see ``records.DateFact``). A tuple, not a frozen
    dataclass: building one is four times cheaper, and each date builds one or two."""

    type: DateType
    timex: str | None
    mod: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: str | None = None
    relative: bool = False
    resolved: bool = True
    year_inferred: bool = False
    parts: tuple[DateValue, DateValue] | None = None


def _month(name: str) -> int:
    return lexicons.calendar().months[name.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, cal.monthrange(year, month)[1])


def _year(year: int, relative: bool = False) -> DateValue:
    return DateValue(
        "date", f"{year:04d}", None, dt.date(year, 1, 1), dt.date(year, 12, 31), "year", relative
    )


def _month_value(
    year: int, month: int, relative: bool = False, inferred: bool = False
) -> DateValue:
    return DateValue(
        "date",
        f"{year:04d}-{month:02d}",
        None,
        dt.date(year, month, 1),
        _month_end(year, month),
        "month",
        relative,
        True,
        inferred,
    )


def _day_value(day: dt.date, relative: bool = False, inferred: bool = False) -> DateValue:
    return DateValue("date", day.isoformat(), None, day, day, "day", relative, True, inferred)


def _months(
    timex: str,
    year: int,
    first: int,
    count: int,
    granularity: str,
    relative: bool,
    inferred: bool = False,
) -> DateValue:
    """A period of ``count`` whole months from month ``first`` of ``year`` (it may run into the
    next year: a winter starts in December)."""
    last = first + count - 1
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return DateValue(
        "date",
        timex,
        None,
        dt.date(year, first, 1),
        _month_end(end_year, end_month),
        granularity,
        relative,
        True,
        inferred,
    )


def _unresolved(timex: str, granularity: str) -> DateValue:
    return DateValue("date", timex, granularity=granularity, relative=True, resolved=False)


def _infer_month_year(month: int, anchor: dt.date, future: bool, shift: str | None) -> int:
    """The year of a year-less month: the latest one up to the anchor month, or the next."""
    if shift in ("next", "coming") or (future and shift not in ("last", "previous", "past")):
        return (
            anchor.year
            if (month > anchor.month or (month == anchor.month and not shift))
            else anchor.year + 1
        )
    if shift in ("last", "previous", "past"):
        return anchor.year if month < anchor.month else anchor.year - 1
    if shift == "this":
        return anchor.year
    return anchor.year if month <= anchor.month else anchor.year - 1


def _nearest_day(day: int, month: int, anchor: dt.date, future: bool) -> dt.date | None:
    """A year-less day ("May 23", "23rd of May"): the latest one on or before the anchor, or
    with ``future`` the first one after it; None for a day its month never has. The reading
    of dateparser (``PREFER_DATES_FROM``, ``RELATIVE_BASE``), which this replaces: calling it
    took a millisecond per date (a test compares the two).

    >>> may_23 = dt.date(2020, 5, 23)
    >>> _nearest_day(23, 5, may_23, False), _nearest_day(23, 5, may_23, True)
    (datetime.date(2020, 5, 23), datetime.date(2021, 5, 23))
    >>> _nearest_day(29, 2, dt.date(1904, 1, 1), False), _nearest_day(31, 4, may_23, True)
    (datetime.date(1896, 2, 29), None)
    """
    step = 1 if future else -1
    for year in range(anchor.year, anchor.year + 9 * step, step):  # leap years: 8 apart at most
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if (found > anchor) if future else (found <= anchor):
            return found
    return None


def _full_day(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue | None:
    day, month = _day(expr.get("d") or "0"), _month(expr.get("mon") or "")
    try:
        return _day_value(dt.date(int(expr.get("y") or 0), month, day))
    except ValueError:
        return None


def _yearless_day(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue | None:
    day, month = _day(expr.get("d") or "0"), _month(expr.get("mon") or "")
    if anchor is None:
        return _unresolved(f"XXXX-{month:02d}-{day:02d}", "day")
    weekday = _named_weekday(expr)
    if weekday is not None:  # "Monday, February 6": the year in which Feb 6 is a Monday
        for year in sorted(
            (anchor.year - 1, anchor.year, anchor.year + 1), key=lambda y: abs(y - anchor.year)
        ):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate.weekday() == weekday:
                return _day_value(candidate, relative=True, inferred=True)
    found = _nearest_day(day, month, anchor, future)
    return None if found is None else _day_value(found, relative=True, inferred=True)


def _named_weekday(expr: Expression) -> int | None:
    """The weekday written with a day ("Monday, February 6"), Monday = 0."""
    name = expr.get("wd")
    return None if name is None else lexicons.calendar().weekdays[name.lower()] - 1


def _numeric_day(
    expr: Expression, anchor: dt.date | None, future: bool, day_first: bool = True
) -> DateValue | None:
    a, b, raw_year = int(expr.get("a") or 0), int(expr.get("b") or 0), expr.get("y") or ""
    year = int(raw_year) if len(raw_year) == 4 else 2000 + int(raw_year)
    day, month = (a, b) if (a > 12 or (day_first and b <= 12)) else (b, a)
    try:
        return _day_value(dt.date(year, month, day))
    except ValueError:
        return None


def _iso_day(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue | None:
    try:
        return _day_value(
            dt.date(int(expr.get("y") or 0), int(expr.get("m") or 0), int(expr.get("d") or 0))
        )
    except ValueError:
        return None


def _abbrev_day(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue | None:
    raw = expr.get("y") or ""
    year = int(raw) if len(raw) == 4 else 2000 + int(raw)
    try:
        return _day_value(dt.date(year, _month(expr.get("mon") or ""), int(expr.get("d") or 0)))
    except ValueError:
        return None


def _month_year(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    return _month_value(int(expr.get("y") or 0), _month(expr.get("mon") or ""))


def _bare_month(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    month, shift = _month(expr.get("mon") or ""), expr.get("shift")
    if anchor is None:
        return _unresolved(f"XXXX-{month:02d}", "month")
    year = _infer_month_year(month, anchor, future, shift)
    return _month_value(year, month, relative=True, inferred=True)


def _plain_year(expr: Expression, text: str) -> DateValue:
    return _year(int(text[:4]))


def _decade(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    raw = (expr.get("dec") or "").lstrip("'")
    start = (
        int(raw)
        if len(raw) == 4
        else (1900 if anchor is None or int(raw) > anchor.year % 100 else 2000) + int(raw)
    )
    return _decade_value(start, _MODS.get(expr.get("mod") or ""))


def _decade_value(start: int, mod: str | None, relative: bool = False) -> DateValue:
    """The decade starting in year ``start`` (TIMEX3 "199" for the 1990s)."""
    return DateValue(
        "date",
        f"{start // 10:03d}",
        mod,
        dt.date(start, 1, 1),
        dt.date(start + 9, 12, 31),
        "decade",
        relative=relative,
    )


def _century(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    number = int(expr.get("c") or 0)
    first = (number - 1) * 100
    mod = _MODS.get(expr.get("mod") or "")
    return DateValue(
        "date",
        f"{number - 1:02d}",
        mod,
        dt.date(max(first, 1), 1, 1),
        dt.date(first + 99, 12, 31),
        "century",
    )


def _relative_year(expr: Expression, anchor: dt.date | None) -> int | None:
    """The year named by "this/last/next year" (or implied, with the anchor), or None."""
    if expr.get("y"):
        return int(expr.get("y") or 0)
    if anchor is None:
        return None
    return anchor.year + {"last": -1, "next": 1}.get(expr.get("rel") or "", 0)


def _quarter(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    ordinal = (expr.get("qo") or "").lower()
    q = (
        int(expr.get("q") or 0)
        or {
            "first": 1,
            "1st": 1,
            "second": 2,
            "2nd": 2,
            "third": 3,
            "3rd": 3,
            "fourth": 4,
            "4th": 4,
            "final": 4,
            "last": 4,
        }[ordinal]
    )
    year = _relative_year(expr, anchor)
    inferred = not expr.get("y") and not expr.get("rel")
    if year is None:
        return _unresolved(f"XXXX-Q{q}", "quarter")
    if inferred and anchor is not None and not future and q > (anchor.month - 1) // 3 + 1:
        year -= 1  # "the third quarter" in a May story: last year's
    return _months(f"{year}-Q{q}", year, 3 * q - 2, 3, "quarter", not expr.get("y"), inferred)


def _half(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    h = int(expr.get("h") or 0) or (1 if (expr.get("ho") or "").lower() in ("first", "1st") else 2)
    year = _relative_year(expr, anchor)
    if year is None:
        return _unresolved(f"XXXX-H{h}", "half")
    return _months(f"{year}-H{h}", year, 1 if h == 1 else 7, 6, "half", not expr.get("y"))


def _season(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    name = (expr.get("s") or expr.get("s2") or "").lower()
    code = lexicons.calendar().seasons[name]
    shift = expr.get("shift") or expr.get("shift2")
    if expr.get("y"):
        year = int(expr.get("y") or 0)
    elif anchor is None:
        return _unresolved(f"XXXX-{code}", "season")
    else:
        year = anchor.year + {"last": -1, "next": 1}.get(shift or "", 0)
    return _months(f"{year}-{code}", year, _SEASON_STARTS[code], 3, "season", not expr.get("y"))


def _mod_year(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    return _year(int(expr.get("y") or 0))._replace(mod=_MODS[(expr.get("mod") or "").lower()])


def _edge(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue | None:
    mod = _MODS.get((expr.get("edge") or "").lower())
    if expr.get("mon"):
        month = _month(expr.get("mon") or "")
        if expr.get("y2"):
            return _month_value(int(expr.get("y2") or 0), month)._replace(mod=mod)
        if anchor is None:
            return _unresolved(f"XXXX-{month:02d}", "month")._replace(mod=mod)
        year = _infer_month_year(month, anchor, future, None)
        return _month_value(year, month, relative=True, inferred=True)._replace(mod=mod)
    if expr.get("y"):
        return _year(int(expr.get("y") or 0))._replace(mod=mod)
    shift = expr.get("shift") or "this"
    value = _shifted_unit(
        "this" if shift in ("the", "current") else shift, expr.get("unit") or "year", anchor
    )
    return None if value is None else value._replace(mod=mod)


def _shifted_unit(shift: str, unit: str, anchor: dt.date | None) -> DateValue | None:
    """ "last year", "this month", "next week", "the current quarter"."""
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(shift, 0)
    if anchor is None:
        return _unresolved(
            {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}.get(unit, "XXXX"), unit
        )
    if unit == "year":
        return _year(anchor.year + step, relative=True)
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + step
        return _month_value(index // 12, index % 12 + 1, relative=True)
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + step
        year, q = index // 4, index % 4 + 1
        return _months(f"{year}-Q{q}", year, 3 * q - 2, 3, "quarter", True)
    if unit == "decade":
        return _decade_value(anchor.year // 10 * 10 + 10 * step, None, relative=True)
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
    year, week, _ = monday.isocalendar()
    if unit == "weekend":
        saturday = monday + dt.timedelta(days=5)
        return DateValue(
            "date",
            f"{year}-W{week:02d}-WE",
            None,
            saturday,
            saturday + dt.timedelta(days=1),
            "weekend",
            relative=True,
        )
    return DateValue(
        "date",
        f"{year}-W{week:02d}",
        None,
        monday,
        monday + dt.timedelta(days=6),
        "week",
        relative=True,
    )


def _relative_unit(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue | None:
    return _shifted_unit(expr.get("shift") or "this", expr.get("unit") or "year", anchor)


def _mod_relative(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue | None:
    value = _shifted_unit(expr.get("shift") or "this", expr.get("unit") or "year", anchor)
    return None if value is None else value._replace(mod=_MODS.get((expr.get("mod") or "").lower()))


def _fiscal(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    raw = expr.get("y") or expr.get("fy") or "0"
    year = int(raw) if len(raw) == 4 else 2000 + int(raw)
    # Fiscal years start in different months by country and company: no calendar interval.
    # TimeML writes them with an FY prefix.
    return DateValue("date", f"FY{year:04d}", None, None, None, "fiscal_year")


def _relative_day(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    word = (expr.get("word") or "").lower()
    if anchor is None:
        return _unresolved({"today": "PRESENT_REF"}.get(word, "XXXX-XX-XX"), "day")
    return _day_value(
        anchor + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0)), relative=True
    )


def _weekday(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    target = lexicons.calendar().weekdays[(expr.get("wd") or "").lower()] - 1
    shift = (expr.get("shift") or expr.get("prep") or "").lower()
    if anchor is None:
        return _unresolved(f"XXXX-WXX-{target + 1}", "day")
    ahead = shift in ("next", "coming") or (future and shift not in ("last", "since"))
    if ahead:
        days = (target - anchor.weekday()) % 7 or (7 if shift in ("next", "coming") else 0)
        return _day_value(anchor + dt.timedelta(days=days), relative=True)
    days = (anchor.weekday() - target) % 7 or (7 if shift == "last" else 0)
    return _day_value(anchor - dt.timedelta(days=days), relative=True)


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


def _present(expr: Expression, anchor: dt.date | None, future: bool) -> DateValue:
    return DateValue(
        "date",
        "PRESENT_REF",
        None,
        anchor,
        anchor,
        "day",
        relative=True,
        resolved=anchor is not None,
    )


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


_HANDLERS: dict[str, Callable[[Expression, dt.date | None, bool], DateValue | None]] = {
    "iso_day": _iso_day,
    "numeric_day": _numeric_day,
    "abbrev_day": _abbrev_day,
    "month_day_year": _full_day,
    "day_month_year": _full_day,
    "month_day": _yearless_day,
    "day_month": _yearless_day,
    "month_year": _month_year,
    "month": _bare_month,
    "shift_month": _bare_month,
    "decade": _decade,
    "century": _century,
    "quarter": _quarter,
    "half": _half,
    "season": _season,
    "mod_year": _mod_year,
    "edge": _edge,
    "mod_relative": _mod_relative,
    "fiscal": _fiscal,
    "relative_day": _relative_day,
    "relative_unit": _relative_unit,
    "weekday": _weekday,
    "ago": _ago,
    "present": _present,
    "past_duration": _past_duration,
    "duration": _duration,
    "set": _set,
}


def normalize(
    expr: Expression, text: str, anchor: dt.date | None, future: bool
) -> DateValue | None:
    """The value of one expression; ``text`` is the article text the offsets refer to."""
    if expr.rule == "year":
        return _year(int(expr.get("y") or text[expr.start : expr.start + 4]))
    if expr.rule in ("year_range", "range"):
        return _range(expr, text, anchor, future)
    return _HANDLERS[expr.rule](expr, anchor, future)


def _range(expr: Expression, text: str, anchor: dt.date | None, future: bool) -> DateValue | None:
    if expr.parts is None:
        return None
    first, second = (normalize(part, text, anchor, future) for part in expr.parts)
    if first is None or second is None:
        return None
    if (first.year_inferred or not first.resolved) and not second.relative and second.end:
        # "between March and May 2016": the first month takes the year of the second
        first = normalize(expr.parts[0], text, second.end, False)
        if first is None:
            return None
        first = first._replace(relative=False)
    if not (first.resolved and second.resolved):
        first, second = first._replace(start=None, end=None), second._replace(start=None, end=None)
    ordered = first.start is None or second.end is None or first.start <= second.end
    if not ordered:
        return None
    return DateValue(
        "range",
        f"{first.timex}/{second.timex}",
        None,
        first.start,
        second.end,
        first.granularity,
        first.relative or second.relative,
        first.resolved and second.resolved,
        first.year_inferred or second.year_inferred,
        (first, second),
    )
