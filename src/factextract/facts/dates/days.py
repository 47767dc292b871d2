"""Days, weekdays and months: absolute ones, and year-less or relative ones anchored at the
publication date ("May 23", "in January", "on Tuesday", "yesterday", "currently").
"""

from __future__ import annotations

import calendar as cal
import datetime as dt

from factextract import lexicons
from factextract.facts.dates.grammar import PARTS_OF_DAY, Expression
from factextract.facts.dates.values import (
    Ahead,
    DateValue,
    Handler,
    _day,
    _day_value,
    _month,
    _month_end,
    _month_value,
    _unresolved,
    _written_year,
)


def _infer_month_year(month: int, anchor: dt.date, future: Ahead, shift: str | None) -> int:
    """The year of a year-less month: the latest one up to the anchor month, the next one
    (``future``), or with no tense the nearest (half a year either way: the latest)."""
    if future is None and not shift:
        ahead = month - anchor.month  # -11 to 11
        return anchor.year - 1 if ahead >= 6 else anchor.year + 1 if ahead < -6 else anchor.year
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


def _nearest_day(day: int, month: int, anchor: dt.date, future: Ahead) -> dt.date | None:
    """A year-less day ("May 23", "23rd of May"): the latest one on or before the anchor, or
    with ``future`` the first one on or after it; None for a day its month never has. The
    reading of dateparser (``PREFER_DATES_FROM``, ``RELATIVE_BASE``), which this replaces
    (calling it took a millisecond per date; a test compares the two), except on the anchor's
    own day: "will meet on May 23" in a story of May 23 is that day, not next year's.

    >>> may_23 = dt.date(2020, 5, 23)
    >>> _nearest_day(23, 5, may_23, False), _nearest_day(23, 5, may_23, True)
    (datetime.date(2020, 5, 23), datetime.date(2020, 5, 23))
    >>> _nearest_day(22, 5, may_23, True)
    datetime.date(2021, 5, 22)
    >>> _nearest_day(29, 2, dt.date(1904, 1, 1), False), _nearest_day(31, 4, may_23, True)
    (datetime.date(1896, 2, 29), None)

    With no tense (``future`` None), the nearer of the two (on a tie, the earlier):

    >>> _nearest_day(30, 12, dt.date(2026, 12, 16), None), _nearest_day(1, 1, may_23, None)
    (datetime.date(2026, 12, 30), datetime.date(2020, 1, 1))
    """
    if future is None:
        back, ahead = (
            _nearest_day(day, month, anchor, False),
            _nearest_day(day, month, anchor, True),
        )
        if back is None or ahead is None:
            return back or ahead
        return ahead if ahead - anchor < anchor - back else back
    step = 1 if future else -1
    for year in range(anchor.year, anchor.year + 9 * step, step):  # leap years: 8 apart at most
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if (found >= anchor) if future else (found <= anchor):
            return found
    return None


def _full_day(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    day, month = _day(expr.get("d") or "0"), _month(expr.get("mon") or "")
    try:
        return _day_value(dt.date(int(expr.get("y") or 0), month, day))
    except ValueError:
        return None


def _yearless_day(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    day, month = _day(expr.get("d") or "0"), _month(expr.get("mon") or "")
    if anchor is None:
        return _unresolved(f"XXXX-{month:02d}-{day:02d}", "day")
    if (year := _written_year(expr, anchor)) is not None:  # "on June 5 last year"
        try:
            return _day_value(dt.date(year, month, day), relative=True)
        except ValueError:
            return None
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
    return None if name is None else lexicons.calendar().weekdays[name.lower().rstrip(".")] - 1


def _numeric_day(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    """ "23/05/2020", "1.6.2020" (dots: day first). A slashed date whose order neither its
    numbers nor the article's other dates tell ("06/05/2019") keeps its year alone:
    "2019-XX-XX", unresolved."""
    a, b, raw_year = int(expr.get("a") or 0), int(expr.get("b") or 0), expr.get("y") or ""
    year = int(raw_year) if len(raw_year) == 4 else 2000 + int(raw_year)
    order = expr.get("order") or ("dm" if expr.get("sep") == "." else None)
    if a > 12 or (order == "dm" and b <= 12):
        day, month = a, b
    elif b > 12 or order == "md" or a == b:
        day, month = b, a
    else:
        return DateValue("date", f"{year:04d}-XX-XX", granularity="day", resolved=False)
    try:
        return _day_value(dt.date(year, month, day))
    except ValueError:
        return None


def _iso_day(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    try:
        return _day_value(
            dt.date(int(expr.get("y") or 0), int(expr.get("m") or 0), int(expr.get("d") or 0))
        )
    except ValueError:
        return None


def _abbrev_day(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    raw = expr.get("y") or ""
    year = int(raw) if len(raw) == 4 else 2000 + int(raw)
    try:
        return _day_value(dt.date(year, _month(expr.get("mon") or ""), int(expr.get("d") or 0)))
    except ValueError:
        return None


def _month_year(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    return _month_value(int(expr.get("y") or 0), _month(expr.get("mon") or ""))


def _bare_month(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    month, shift = _month(expr.get("mon") or ""), expr.get("shift")
    if anchor is None:
        return _unresolved(f"XXXX-{month:02d}", "month")
    if (year := _written_year(expr, anchor)) is not None:  # "in March next year"
        return _month_value(year, month, relative=True)
    year = _infer_month_year(month, anchor, future, shift)
    return _month_value(year, month, relative=True, inferred=True)


def _relative_day(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    word = (expr.get("word") or expr.get("this") or "").lower()
    part = (expr.get("part") or expr.get("part2") or "").lower() or (
        "night" if word == "tonight" else ""
    )
    if anchor is None:
        if word == "today" and not part:
            return _unresolved("PRESENT_REF", "day")
        return _with_part(_unresolved("XXXX-XX-XX", "day"), part)
    # "last night": the night before the story's day; "this morning", "tonight": of its day
    shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
    shift += {"before": -1, "after": 1}.get(expr.get("skip") or "", 0)  # "the day before ..."
    shift += int(expr.get("from_days") or 0)  # "two weeks from today"
    value = _with_part(_day_value(anchor + dt.timedelta(days=shift), relative=True), part)
    if (mod := (expr.get("mod") or "").lower()) and value.mod is None:  # "late yesterday"
        value = value._replace(mod="START" if mod == "early" else "END")
    return _early_hours(expr, value)


def _overnight(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    """ "Overnight, rebels shelled the city": the night before the story's day, as "last
    night" is; ahead ("crews will work overnight") the night of its day, as "tonight" is."""
    if anchor is None:
        return _with_part(_unresolved("XXXX-XX-XX", "day"), "night")
    said = (expr.get("said") or "").lower()
    if said == "yesterday":  # "..., police said yesterday": the night before that day
        anchor -= dt.timedelta(days=1)
    elif said:  # "..., the air force said Monday": the last Monday, on or before the story's
        target = lexicons.calendar().weekdays[said] - 1
        anchor -= dt.timedelta(days=(anchor.weekday() - target) % 7)
    day = anchor - dt.timedelta(days=0 if future else 1)
    return _with_part(_day_value(day, relative=True), "night")


def _early_hours(expr: Expression, value: DateValue) -> DateValue:
    """ "the early hours of Sunday": the start of its morning (TIMEX3 ...TMO, mod START),
    as "early Sunday" is the day's start."""
    if expr.get("hours") is None or value.timex is None:
        return value
    if value.type != "time":
        value = _with_part(value, "morning")
    return value._replace(mod="START")


def _with_part(value: DateValue, part: str) -> DateValue:
    """The day ``value`` narrowed to a part of it ("Monday morning": ...TMO), a TIMEX3 TIME."""
    if not part or value.timex is None:
        return value
    return value._replace(type="time", timex=f"{value.timex}T{PARTS_OF_DAY[part]}")


def _weekday(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    if (counted := expr.get("from_days")) is not None:  # "a week from Friday": ahead
        day = _weekday_value(expr, anchor, True)
        if day.start is None or not day.resolved:
            return _unresolved("XXXX-XX-XX", "day")
        return _day_value(day.start + dt.timedelta(days=int(counted)), relative=True)
    if (span := expr.get("ago")) is not None:  # "two weeks ago Monday": back from Monday
        day = _weekday_value(expr, anchor, False)
        if day.start is None or not day.resolved:
            return _unresolved("XXXX-XX-XX", "day")
        return _day_value(_back(day.start, int(span[:-1]), span[-1]), relative=True)
    value = _early_hours(expr, _weekday_value(expr, anchor, future))
    mod = (expr.get("mod") or "").lower()
    return value._replace(mod="START" if mod == "early" else "END") if mod else value


def _back(day: dt.date, n: int, unit: str) -> dt.date:
    """``day`` less ``n`` days ("D"), weeks ("W") or years ("Y"; Feb. 29 to Feb. 28)."""
    if unit != "Y":
        return day - dt.timedelta(days=n * (7 if unit == "W" else 1))
    if day.month == 2 and day.day == 29 and not cal.isleap(day.year - n):
        return day.replace(year=day.year - n, day=28)
    return day.replace(year=day.year - n)


def _weekday_value(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    target = lexicons.calendar().weekdays[(expr.get("wd") or "").lower()] - 1
    shift = (expr.get("shift") or expr.get("prep") or "").lower()
    part = (expr.get("part") or "").lower()
    if (dom := expr.get("dom")) is not None:  # "Friday the 13th"
        return _weekday_of_month_day(target, int(dom), anchor, future, shift == "since")
    if anchor is None:
        return _with_part(_unresolved(f"XXXX-WXX-{target + 1}", "day"), part)
    # No tense (``future`` None) reads as the past: the last and the next one are three or four
    # days apart, and a present with no cue is often a caption's or a headline's of the past
    # ("Protesters march in Hong Kong on Sunday").
    ahead = shift in ("next", "coming") or (bool(future) and shift not in ("last", "past", "since"))
    if ahead:
        days = (target - anchor.weekday()) % 7 or (7 if shift in ("next", "coming") else 0)
        return _with_part(_day_value(anchor + dt.timedelta(days=days), relative=True), part)
    days = (anchor.weekday() - target) % 7 or (7 if shift in ("last", "past") else 0)
    return _with_part(_day_value(anchor - dt.timedelta(days=days), relative=True), part)


_MONTHS_TO_SEARCH = 28
"""Months searched for a day of a month on a weekday: each pair recurs within 14 months."""


def _weekday_of_month_day(
    weekday: int, dom: int, anchor: dt.date | None, future: Ahead, since: bool
) -> DateValue:
    """ "Friday the 13th": the latest day numbered ``dom`` that falls on ``weekday`` (Monday =
    0) on or before ``anchor``, the first on or after it ``future``; unresolved with no anchor
    (its month unknown)."""
    if anchor is None:
        return _unresolved(f"XXXX-XX-{dom:02d}", "day")
    ahead = bool(future) and not since
    step = 1 if ahead else -1
    index = anchor.year * 12 + anchor.month - 1
    for _ in range(_MONTHS_TO_SEARCH):
        year, month = divmod(index, 12)
        if dom <= cal.monthrange(year, month + 1)[1]:
            day = dt.date(year, month + 1, dom)
            on_side = day >= anchor if ahead else day <= anchor
            if on_side and day.weekday() == weekday:
                return _day_value(day, relative=True, inferred=True)
        index += step
    return _unresolved(f"XXXX-XX-{dom:02d}", "day")


def weekday_from(expr: Expression, reference: DateValue | None, later: bool) -> DateValue:
    """The weekday of ``expr`` first after (``later``) or before the day ``reference`` ("He
    was arrested on March 3 and charged the following Monday": March 4); unresolved when the
    date named before is no day ("the following Monday" after "in March")."""
    target = lexicons.calendar().weekdays[(expr.get("wd") or "").lower()] - 1
    part = (expr.get("part") or "").lower()
    day = None if reference is None or reference.granularity != "day" else reference.start
    if day is None or not reference or not reference.resolved:
        return _with_part(_unresolved(f"XXXX-WXX-{target + 1}", "day"), part)
    if later:
        found = day + dt.timedelta(days=(target - day.weekday()) % 7 or 7)
    else:
        found = day - dt.timedelta(days=(day.weekday() - target) % 7 or 7)
    return _with_part(_day_value(found, relative=True), part)


def _present(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
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


def _reference(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    """ "recent years", "in the past": PAST_REF; "in the future": FUTURE_REF (no interval)."""
    timex = f"{(expr.get('dir') or 'past').upper()}_REF"  # "recent years": no "dir"
    return DateValue("date", timex, relative=True, resolved=anchor is not None)


def _month_less_day(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    """ "on the 15th": that day of the anchor's month, or of the month before (past, no
    tense) or after (``future``) when it is on the wrong side of the anchor."""
    day = int(expr.get("d") or 0)
    if anchor is None:
        return _unresolved(f"XXXX-XX-{day:02d}", "day")
    index = anchor.year * 12 + anchor.month - 1
    step = 1 if future else -1
    for _ in range(3):  # a 31st may be two months away
        year, month = index // 12, index % 12 + 1
        if day <= cal.monthrange(year, month)[1]:
            found = dt.date(year, month, day)
            if (found >= anchor) if future else (found <= anchor):
                return _day_value(found, relative=True, inferred=True)
        index += step
    return _unresolved(f"XXXX-XX-{day:02d}", "day")


def _this_day_in(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    """ "On this day in 1945": the publication date's month and day in that year (an
    anniversary's), its year alone with no publication date or no such day (February 29)."""
    year = int(expr.get("y") or 0)
    if anchor is None or ((anchor.month, anchor.day) == (2, 29) and not cal.isleap(year)):
        return _unresolved(f"{year:04d}-XX-XX", "day")
    return _day_value(anchor.replace(year=year), relative=True)


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}


def _nth_weekday(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    """ "the first Monday of June", "the last Friday in May 2024": that day of the month, in
    the year written, else the year a bare month would take; None where the month has no
    such day ("the fifth Monday of February 2023")."""
    month = _month(expr.get("mon") or "")
    weekday = lexicons.calendar().weekdays[(expr.get("wd") or "").lower()] - 1
    word = (expr.get("ord") or "").lower()
    nth = _ORDINALS.get(word) or int(word[0])
    written = expr.get("y")
    year = int(written) if written else None
    inferred = year is None
    if year is None:
        if anchor is None:
            return _unresolved(f"XXXX-{month:02d}", "day")
        year = _infer_month_year(month, anchor, future, None)
    if nth > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = _month_end(year, month)
        day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    if day.month != month:
        return None
    return _day_value(day, relative=inferred, inferred=inferred)


HANDLERS: dict[str, Handler] = {
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
    "relative_day": _relative_day,
    "overnight": _overnight,
    "weekday": _weekday,
    "nth_weekday": _nth_weekday,
    "present": _present,
    "reference": _reference,
    "month_less_day": _month_less_day,
    "this_day_in": _this_day_in,
}
