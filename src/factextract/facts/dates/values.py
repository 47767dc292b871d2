"""The value of a date expression (``DateValue``) and the builders every normalizer shares.

A value is a TIMEX3 string and, once anchored, the calendar interval it covers: the builders
make both for a year, a month, a day, a run of whole months, or an unanchored expression.
"""

from __future__ import annotations

import calendar as cal
import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from factextract import lexicons
from factextract.facts.dates.grammar import Expression
from factextract.records import DateType


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
    freq: str | None = None
    quant: str | None = None


def range_of(first: DateValue, second: DateValue) -> DateValue:
    """The range from ``first`` to ``second``, each kept as its part ("from 2016 to 2019",
    and the same range a year before)."""
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


def _month(name: str) -> int:
    return lexicons.calendar().months[name.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, cal.monthrange(year, month)[1])


# The builders of whole years and months are cached: a value is an immutable tuple, and an
# article names the same few years and months again and again ("last year", "in May").
@lru_cache(maxsize=1024)
def _year(year: int, relative: bool = False) -> DateValue:
    return DateValue(
        "date", f"{year:04d}", None, dt.date(year, 1, 1), dt.date(year, 12, 31), "year", relative
    )


@lru_cache(maxsize=1024)
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


def _week(day: dt.date) -> DateValue:
    """The ISO week holding ``day`` (TIMEX3 "2020-W21"), from the publication date."""
    monday = day - dt.timedelta(days=day.weekday())
    year, week, _ = monday.isocalendar()
    return DateValue(
        "date", f"{year}-W{week:02d}", None, monday, monday + dt.timedelta(days=6), "week", True
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


def _written_year(expr: Expression, anchor: dt.date) -> int | None:
    """The year written after a month or season as "last/this/next year" ("in March next
    year"), or None."""
    rel = (expr.get("rel") or "").lower()
    return anchor.year + {"last": -1, "next": 1}.get(rel, 0) if rel else None


def _unresolved(timex: str, granularity: str) -> DateValue:
    return DateValue("date", timex, granularity=granularity, relative=True, resolved=False)


Ahead = bool | None
"""Which way a year-less date looks from the anchor: True, forward (the first one on or after
it: "will open in May"); False, back (the latest one on or before it: "opened in May"); None
when no tense tells (the nearest one: "the summit on March 28 could be decisive")."""

Handler = Callable[[Expression, dt.date | None, Ahead], DateValue | None]
"""A rule's normalizer: (expression, anchor, future) -> its value, or None for no date."""
