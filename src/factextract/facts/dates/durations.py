"""Counted amounts of time: durations ("three years"), sets ("every two weeks") and offsets
from the publication date ("two years ago", "over the past 18 months"), as TIMEX3 periods.
"""

from __future__ import annotations

import calendar as cal
import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache

from factextract import lexicons, numbers
from factextract.facts.dates.grammar import PARTS_OF_DAY, Expression
from factextract.facts.dates.values import (
    Ahead,
    DateValue,
    Handler,
    _day_value,
    _month_value,
    _months,
    _unresolved,
    _week,
    _year,
    range_of,
)
from factextract.patterns import LazyPattern

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
    "hour": "H",
    "minute": "M",
    "second": "S",
}
_CLOCK_UNITS = frozenset({"hour", "minute", "second"})
"""Units of a time of day: TIMEX3 writes them after a "T" ("PT24H", "PT30M")."""
_UNIT_FACTORS = {"decade": 10, "century": 100, "centurie": 100, "quarter": 3, "fortnight": 2}
_VAGUE = frozenset({"several", "a few", "a couple of", "many", "few"})
_SPACES = LazyPattern(r"\s+")
_VULGAR_FRACTIONS = frozenset("\u00bc\u00bd\u00be")


@lru_cache(maxsize=1024)
def _amount(word: str | None) -> Decimal | None:
    """How many units: "four" -> 4, "a" -> 1, "half a" -> 0.5, "a quarter of a" -> 0.25;
    None for "several"."""
    text = (word or "a").lower()
    if _SPACES.sub(" ", text) in _VAGUE:
        return None
    if text in ("a", "an", "the"):  # "the year before"
        return Decimal(1)
    if text.startswith("half"):
        return Decimal("0.5")
    if text.startswith("a quarter"):  # "a quarter of a century", "a quarter-century"
        return Decimal("0.25")
    if text[-1] in _VULGAR_FRACTIONS:
        text = _SPACES.sub("", text)  # "2 ½": the number reader takes "2½"
    return numbers.parse_number(text)


def _period(count: Decimal | None, unit: str) -> str:
    base = unit.lower().rstrip("s") if unit.lower() != "centuries" else "centurie"
    prefix = "PT" if base in _CLOCK_UNITS else "P"
    if count is None:
        return f"{prefix}X{_UNIT_CODES[base]}"
    total = count * _UNIT_FACTORS.get(base, 1)
    shown = (
        format(total.normalize(), "f") if total != total.to_integral_value() else str(int(total))
    )
    return f"{prefix}{shown}{_UNIT_CODES[base]}"


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


_REFERRING = frozenset(
    {"earlier", "later", "before", "after", "previously", "afterward", "afterwards"}
)
"""Directions counted from a date the text names, not from the publication date: "elected in
2014 and resigned two years later" is 2016, not two years after the story."""

# Granularities from finest to coarsest: an offset counts from a reference only as fine as its
# unit or finer ("three days later" cannot count from "in 2014").
_RANK = {"minute": 0, "hour": 0, "day": 0, "week": 1, "weekend": 1, "fortnight": 1, "month": 2}
_RANK |= {"quarter": 3}
_RANK |= {"season": 3, "half": 4, "year": 5, "decade": 6, "century": 7, "centurie": 7}


def refers_back(expr: Expression) -> bool:
    """Whether ``expr`` counts from a date named before it ("two years later", "a year
    earlier", "up from the previous quarter") rather than from the publication date ("two
    years ago", "over the past year")."""
    if expr.rule not in _OFFSET_RULES:
        return False
    unit = (expr.get("unit") or "").lower().rstrip("s")
    if (
        expr.rule == "past_duration"
        and expr.get("n") is None
        and unit not in _CLOCK_UNITS
        and unit not in _SPAN_UNITS
    ):
        # "the previous year", "the following day"; "the next day" but not "over the next
        # year", which runs from the publication date; "over the previous decade" is ten
        # years up to the date named, as "the past decade" is up to publication
        shift = (expr.get("shift") or "").lower()
        counted = shift in ("previous", "prior", "following")
        return counted or (shift == "next" and not expr.get("prep"))
    return expr.rule != "past_duration" and (expr.get("dir") or "").lower() in _REFERRING


_OFFSET_RULES = frozenset({"ago", "vague_ago", "past_duration"})
_SPAN_UNITS = frozenset({"decade", "centurie", "century"})


_VAGUE_REFS = {"ago": "PAST_REF", "from now": "FUTURE_REF"}
"""The TIMEX3 value of a count-less offset from publication ("years ago", "several weeks
ago"): before (after) it, by how much unknown."""


def _ago(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    if expr.rule == "vague_ago" and expr.get("after") is not None:
        # "hours after the vote": how long, by how much unknown (PTXH)
        unit = (expr.get("vague") or "").lower()
        return DateValue("duration", _period(None, unit), granularity=unit.rstrip("s"))
    if refers_back(expr):
        return from_reference(expr, None)  # the component anchors it at its reference
    if (expr.get("unit") or "").lower().rstrip("s") in _CLOCK_UNITS:
        return None  # "two hours ago": of a publication's hour, which no date tells
    if expr.rule == "vague_ago" or _amount(expr.get("n")) is None:
        # "years ago", "a few weeks ago": PAST_REF, as "recent years" is
        timex = _VAGUE_REFS.get(_SPACES.sub(" ", (expr.get("dir") or "").lower()))
        if timex is None:
            return None
        return DateValue("date", timex, relative=True, resolved=anchor is not None)
    return _offset(expr, anchor)


def from_reference(
    expr: Expression, reference: DateValue | None, anchor: dt.date | None = None
) -> DateValue | None:
    """ "two years later" counted from ``reference``, the last date fact before it in its
    sentence; unresolved without one, when that is no single date (a range, a duration:
    "the 2022/23 season ... a year earlier"), or when it is coarser than the unit. "The same
    period last year" ("same") with no period to count from is last year from ``anchor``."""
    unit = (expr.get("unit") or expr.get("vague") or "").lower().rstrip("s")
    if expr.rule == "vague_ago" or _amount(expr.get("n")) is None:
        # "Days later", "a few weeks earlier": after (before) the date named before, by how
        # much unknown; no day can be told
        return _with_part(expr, _unresolved(*_UNKNOWN.get(unit, ("XXXX-XX-XX", "day"))))
    if unit in _CLOCK_UNITS and expr.rule == "ago":
        return _clock_offset(expr, reference)  # "Two hours later" after "at 3 a.m. on Sunday"
    if (year := expr.get("same_year")) is not None:
        return _same_period_in(reference, int(year))
    back = (expr.get("dir") or expr.get("shift") or "").lower() in _BACK
    if reference is not None and unit == "year" and back and _amount(expr.get("n")) == 1:
        same = same_period_before(reference)  # "up from $1.7 trillion a year earlier"
        if same is not None:
            return same
    if reference is not None and (years := _years_moved(expr, unit)) is not None:
        # "lift them from the following year" after "the 2023/24 financial year" (FY2025),
        # "down from 43% a decade earlier" after "the 2013-14 school year" (2003/2004)
        moved = _fiscal_or_split_moved(reference, years)
        if moved is not None:
            return moved
    if expr.get("same") and (reference is None or reference.granularity not in _SAME_PERIOD):
        return _offset(expr, anchor)
    if reference is None and expr.get("n") == "0" and unit in _OWN_PERIODS and not expr.get("ref"):
        # "later in the year" with no date before: this year
        return _offset(expr, _own_period_day(expr, unit, anchor))
    if unit == "quarter" and reference is not None and one_quarter(reference):
        reference = reference._replace(type="date", granularity="quarter")  # "January-March"
    if (
        reference is None
        or reference.type not in ("date", "time")  # "on Tuesday night", "at 3 p.m. on May 5"
        or reference.start is None
        or _RANK.get(reference.granularity or "", 99) > min(_RANK[unit], _RANK["year"])
    ):
        return _with_part(expr, _offset(expr, None))
    if unit in ("week", "fortnight") and (moved := _seven_days_moved(expr, reference)):
        return moved
    return _with_part(expr, _offset(expr, reference.start))


def _seven_days_moved(expr: Expression, reference: DateValue) -> DateValue | None:
    """ "a week earlier" after seven days that are no ISO week ("the week to May 3", Apr. 27
    to May 3, 2024-W18): the seven days that many weeks before or after (Apr. 20-26), named
    by the ISO week holding most of them, as the reference is (2024-W17); counted from its
    first day, a Saturday, it was the ISO week before that one (2024-W16)."""
    start, end = reference.start, reference.end
    if (
        reference.granularity != "week"
        or start is None
        or end is None
        or (end - start).days != 6
        or start.weekday() == 0  # an ISO week: counted from its first day as any
    ):
        return None
    middle = start + dt.timedelta(days=3)
    week = _offset(expr, middle)
    if week is None or week.start is None:
        return None
    shift = week.start - (middle - dt.timedelta(days=middle.weekday()))
    return week._replace(start=start + shift, end=end + shift)


def one_quarter(reference: DateValue) -> bool:
    """Whether ``reference`` is a range of months that is one calendar quarter ("in the
    January-March period ... from the previous quarter"): counted by quarters as "the first
    quarter" is."""
    start, end = reference.start, reference.end
    return (
        reference.type == "range"
        and start is not None
        and end is not None
        and start.day == 1
        and start.month % 3 == 1
        and (end.year, end.month) == (start.year, start.month + 2)
        and (end + dt.timedelta(days=1)).day == 1
    )


def _own_period_day(expr: Expression, unit: str, anchor: dt.date | None) -> dt.date | None:
    """The day whose week (month, year) "earlier (later) in the week" names with no date
    before it: the publication's, but on the first day of its week (month, year) nothing of
    it lies before ("Earlier in the week, officials said" on a Monday: the week before), nor
    after on its last ("Later in the week" on a Sunday: the next)."""
    if anchor is None:
        return None
    later = (expr.get("dir") or "").lower() == "later"
    step = 1 if later else -1
    edge = anchor + dt.timedelta(days=step)  # the day after (before): still in the period?
    if unit == "week":
        moved = edge.isocalendar()[:2] != anchor.isocalendar()[:2]
    elif unit == "month":
        moved = edge.month != anchor.month
    else:
        moved = edge.year != anchor.year
    return edge if moved else anchor


def _same_period_in(reference: DateValue | None, year: int) -> DateValue:
    """ "the same month of 2024" after "in April" of 2025: the month, quarter, half, season
    or range of them named before, in ``year`` when that is before its own (2024-04); else
    the year alone."""
    if reference is not None and reference.start is not None:
        back = reference.start.year - year
        same = _same_period_before(reference, back) if back > 0 else None
        if same is None and back > 0 and reference.type == "range" and reference.parts:
            same = _same_range_before(reference.parts, back)  # "the first four months"
        if same is not None:
            return same
    return _year(year)


_CLOCK_TIMEX = LazyPattern(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)")


def _clock_offset(expr: Expression, reference: DateValue | None) -> DateValue | None:
    """ "four hours later", "30 minutes earlier": the time counted from the clock time of a
    known day named before ("at 3 a.m. on Sunday": 2024-06-09T05:00 two hours later); after a
    day alone or a clock of no day, some time of a day unknown, as "Hours later" is."""
    count = _amount(expr.get("n"))
    timex = reference.timex if reference is not None and reference.type == "time" else None
    found = _CLOCK_TIMEX.fullmatch(timex or "")
    if count is None or count != count.to_integral_value() or found is None:
        return _unresolved("XXXX-XX-XX", "day")
    year, month, day, hour, minute = map(int, found.groups())
    unit = (expr.get("unit") or "").lower().rstrip("s")
    sign = -1 if (expr.get("dir") or "").lower() in _BACK else 1
    shift = dt.timedelta(**{f"{unit}s": sign * int(count)})
    try:
        moment = dt.datetime(year, month, day, hour, minute) + shift
    except (ValueError, OverflowError):
        return None
    granularity = "minute" if unit == "minute" or minute else "hour"
    return DateValue(
        "time",
        moment.strftime("%Y-%m-%dT%H:%M"),
        start=moment.date(),
        end=moment.date(),
        granularity=granularity,
        relative=True,
    )


def same_period_before(reference: DateValue) -> DateValue | None:
    """The fiscal year, quarter, half, season, month or range of them ``reference`` names, a
    year before it; None for other references."""
    same = _same_period_before(reference, 1)
    if same is None and reference.type == "range" and reference.parts is not None:
        # "between August 2022 and July 2023 ..., a 22% drop from the year before": the
        # same stretch a year before (2021-08/2022-07)
        same = _same_range_before(reference.parts)
        if same is None:
            same = _split_year_before(reference.parts)
    return same


def _split_year_before(parts: tuple[DateValue, DateValue], years: int = 1) -> DateValue | None:
    """ "the 2022/23 season ... up from 332.6 million tonnes a year earlier": a split year
    (a season, a school or fiscal year of two calendar years in a row) ``years`` before it
    (2021/2022; after it for a negative count); None for other ranges ("from 2019 to 2021
    ... a year earlier")."""
    first, second = parts
    if first.type != "date" or second.type != "date" or first.start is None:
        return None
    if first.granularity != "year" or second.granularity != "year" or second.start is None:
        return None
    year = first.start.year
    if second.start.year != year + 1 or not 1 <= year - years <= 9998:
        return None
    return range_of(_year(year - years, True), _year(year + 1 - years, True))


_YEARS_IN = {"year": 1, "decade": 10}
_MOST_YEARS_MOVED = 100


def _years_moved(expr: Expression, unit: str) -> int | None:
    """How many years an offset of whole years or decades counts on (a negative count back:
    "two years earlier" -2, "a decade later" 10); None for other offsets."""
    per = _YEARS_IN.get(unit)
    count = _amount(expr.get("n"))
    if per is None or count is None or count != count.to_integral_value():
        return None
    way = (expr.get("dir") or expr.get("shift") or "").lower()
    sign = -1 if way in _BACK else 1 if way in _AHEAD else 0
    moved = sign * per * int(count)
    return moved if moved and abs(moved) <= _MOST_YEARS_MOVED else None


def _fiscal_or_split_moved(reference: DateValue, years: int) -> DateValue | None:
    """A fiscal year (FY2024) or a split year (2022/2023) ``years`` on from ``reference``
    (back for a negative count); None for other references, whose calendar days count on."""
    fiscal = _FISCAL.fullmatch(reference.timex or "")
    if fiscal is not None and reference.type == "date":
        moved = int(fiscal.group(1)) + years
        if not 1 <= moved <= 9999:
            return None
        return DateValue("date", f"FY{moved:04d}", None, None, None, "fiscal_year", True)
    if reference.type == "range" and reference.parts is not None:
        return _split_year_before(reference.parts, -years)
    return None


def _with_part(expr: Expression, value: DateValue | None) -> DateValue | None:
    """ "That night": the day counted to, narrowed to the part of the day written."""
    part = expr.get("part")
    if value is None or value.timex is None or part not in PARTS_OF_DAY:
        return value
    return value._replace(type="time", timex=f"{value.timex}T{PARTS_OF_DAY[part]}")


_AFTERWARDS = ("afterward", "afterwards")
_AHEAD = frozenset({"later", "after", "next", "following"})
"""Directions of an offset counted on from the date before ("a year later", "the next
year"); not "from now", counted from the publication."""
_BACK = frozenset({"earlier", "before", "previously", "previous", "prior"})
_OWN_PERIODS = frozenset({"week", "month", "year"})
"""Units of "later in the week (month, year)": with no date before, the publication's own;
"earlier in the day" with none stays unknown (a story's day is often the day before)."""
_FISCAL = re.compile(r"FY(\d{4})")
_SAME_PERIOD = frozenset({"month", "quarter", "half", "season"})
"""Periods whose figures are compared with the same period of an earlier year: "in the third
quarter ... a year earlier" is the third quarter of the year before, not that whole year."""


def _same_period_before(reference: DateValue, years: int) -> DateValue | None:
    """The fiscal year, quarter, half, season or month ``reference`` names, ``years`` earlier
    ("fiscal 2024 ... a year earlier": FY2023); None for other references."""
    timex = reference.timex or ""
    fiscal = _FISCAL.fullmatch(timex)
    if fiscal is not None and reference.type == "date":
        year = int(fiscal.group(1)) - years
        return DateValue("date", f"FY{year:04d}", None, None, None, "fiscal_year", True)
    start, end = reference.start, reference.end
    if (so_far := _year_so_far_before(reference, years)) is not None:
        return so_far  # "so far this year, down 35% from the same period of 2022"
    if (
        reference.granularity not in _SAME_PERIOD
        or reference.type != "date"
        or start is None
        or end is None
        or not (timex[:4].isdigit() and timex[4:5] == "-")
        or start.year - years < 1
    ):
        return None
    last = cal.monthrange(end.year - years, end.month)[1]
    return reference._replace(
        timex=f"{int(timex[:4]) - years:04d}{timex[4:]}",
        start=start.replace(year=start.year - years),
        end=end.replace(year=end.year - years, day=last),
        relative=True,
        year_inferred=False,
    )


def _year_so_far_before(reference: DateValue, years: int) -> DateValue | None:
    """A year told so far ("so far this year", "year-to-date": its end the publication's
    day, before December 31) ``years`` earlier, over the same stretch: "raised $5.3 billion so
    far this year (February 20), down 35% from the same period of 2022" is 2022-01-01 to
    2022-02-20; None for other references."""
    start, end, timex = reference.start, reference.end, reference.timex or ""
    if reference.granularity != "year" or reference.type != "date" or start is None:
        return None
    if end is None or (end.month, end.day) == (12, 31) or not timex.isdigit() or years <= 0:
        return None
    year = end.year - years
    day = min(end.day, cal.monthrange(year, end.month)[1])  # to February 28 from a 29th
    return reference._replace(
        timex=f"{int(timex) - years:04d}",
        start=start.replace(year=start.year - years),
        end=end.replace(year=year, day=day),
        relative=True,
        year_inferred=False,
    )


def _same_range_before(parts: tuple[DateValue, DateValue], years: int = 1) -> DateValue | None:
    """A range of months, quarters or halves ``years`` before it; None for other ranges
    ("from 2019 to 2021 ... a year earlier" may be the year before each, and a range of days
    is rarely compared so)."""
    shifted = []
    for part in parts:
        value = _same_period_before(part, years)
        if value is None:
            return None
        shifted.append(value)
    first, second = shifted
    return range_of(first, second)


_UNKNOWN = {
    "week": ("XXXX-WXX", "week"),
    "fortnight": ("XXXX-WXX", "week"),
    "month": ("XXXX-XX", "month"),
    "quarter": ("XXXX-QX", "quarter"),
    **dict.fromkeys(("year", "decade", "century", "centurie"), ("XXXX", "year")),
}
"""The TIMEX3 value of an offset with nothing to count from, by unit (else a day's)."""


def _offset(expr: Expression, anchor: dt.date | None) -> DateValue | None:
    """The date ``expr`` ("two years ago", "a month later") names, counted from ``anchor``."""
    count = _amount(expr.get("n"))
    unit = (expr.get("unit") or "").lower().rstrip("s")
    if count is None or count != count.to_integral_value():
        return None
    forward = (expr.get("dir") or expr.get("shift") or "").lower()
    sign = 1 if forward in ("later", "after", "from now", "next", "following", *_AFTERWARDS) else -1
    years = unit in ("year", "decade", "century", "centurie")
    if anchor is None:
        return _unresolved(*_UNKNOWN.get(unit, ("XXXX-XX-XX", "day")))
    try:
        moved = _add(anchor, unit, sign * int(count))
    except (ValueError, OverflowError):
        return None  # "a million years ago": before year 1, which no calendar date holds
    if years:
        return _year(moved.year, relative=True)
    if unit == "quarter":
        q = (moved.month - 1) // 3 + 1
        return _months(f"{moved.year}-Q{q}", moved.year, 3 * q - 2, 3, "quarter", True)
    if unit == "month":
        return _month_value(moved.year, moved.month, relative=True)
    if unit in ("week", "fortnight"):  # "two weeks ago": that week, not one day of it
        return _week(moved)
    return _day_value(moved, relative=True)


def _duration(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    if expr.get("compound") and expr.parts is not None:  # "4 hours, 42 minutes": PT4H42M
        longer, shorter = (_duration(part, None, None) for part in expr.parts)
        timex = _joined_period(longer.timex or "", shorter.timex or "")
        return DateValue("duration", timex, granularity=shorter.granularity)
    if (hours := expr.get("hn")) is not None:  # "1 hr 30 min"
        minutes = expr.get("mn")
        timex = f"PT{int(hours)}H" + (f"{int(minutes)}M" if minutes else "")
        return DateValue("duration", timex, granularity="minute" if minutes else "hour")
    unit = expr.get("unit") or "year"
    value = DateValue("duration", _period(_count(expr), unit), granularity=unit.rstrip("s"))
    return _with_bounds(expr, value)


def _race_time(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    """ "2:06:50": PT2H6M50S; "4:03.02": PT4M3.02S (a unit of none is left out)."""
    hours = int(expr.get("rh") or 0)
    minutes = int(expr.get("rm") or expr.get("rm2") or 0)
    seconds = expr.get("rs") or expr.get("rs2") or "0"
    fraction = expr.get("rf") or expr.get("rf2")
    second = f"{int(seconds)}.{fraction}" if fraction else str(int(seconds))
    parts = [(hours, "H"), (minutes, "M")]
    timex = "PT" + "".join(f"{n}{unit}" for n, unit in parts if n)
    if second not in ("0", "0.0", "0.00", "0.000") or timex == "PT":
        timex += f"{second}S"
    return DateValue("duration", timex, granularity="second")


def _joined_period(longer: str, shorter: str) -> str:
    """ "PT4H" and "PT42M" -> "PT4H42M"; "P2Y" and "P3M" -> "P2Y3M"; "P3D" and "PT4H" ->
    "P3DT4H"."""
    date1, _, time1 = longer[1:].partition("T")
    date2, _, time2 = shorter[1:].partition("T")
    time = time1 + time2
    return f"P{date1}{date2}" + (f"T{time}" if time else "")


def _with_bounds(expr: Expression, value: DateValue) -> DateValue:
    """A range of durations ("12 to 18 months", TIMEX3 has no value for one) as its upper
    bound, with mod EQUAL_OR_LESS and both bounds as parts: "P18M", "P12M" and "P18M"; with
    mod APPROX for two counts joined by "or" ("two or three weeks": P3W, P2W and P3W)."""
    if expr.parts is None:  # "a year or so": roughly
        return value._replace(mod="APPROX") if expr.get("approx") else value
    low, high = (_duration(part, None, None) for part in expr.parts)
    # "two or three weeks", "50 or 60 years": a guess either way, not at most the upper
    mod = "APPROX" if expr.get("approx") else "EQUAL_OR_LESS"
    return value._replace(mod=mod, parts=(low, high))


def _count(expr: Expression) -> Decimal | None:
    """How many units a duration counts ("a year and a half", "one and a half years": 1.5),
    or None when vague."""
    if expr.get("vague"):  # "for years"
        return None
    count = _amount(expr.get("n"))
    half = expr.get("half") or expr.get("whalf")
    return count + Decimal("0.5") if count is not None and half else count


def _past_duration(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    if refers_back(expr):  # "the previous year": a date, counted by the component
        return from_reference(expr, None)
    unit, count = expr.get("unit") or "year", _count(expr)
    if expr.get("n") is None and unit.lower().endswith("s"):
        count = None  # "the coming weeks": several, not one
    value = DateValue("duration", _period(count, unit), granularity=unit.rstrip("s"), relative=True)
    value = _with_bounds(expr, value)  # "the next 12 to 18 months": up to 18 months ahead
    shift = (expr.get("shift") or "").lower()
    clock = unit.lower().rstrip("s") in _CLOCK_UNITS  # "the past 24 hours": no whole days
    if (
        anchor is None
        or shift in ("first", "previous", "prior", "following")  # counted from a named date
        or clock
        or count is None
        or count != count.to_integral_value()
    ):
        return value._replace(resolved=anchor is not None or shift == "first")
    if shift in ("next", "coming"):
        return value._replace(start=anchor, end=_add(anchor, unit, int(count)))
    return value._replace(start=_add(anchor, unit, -int(count)), end=anchor)


_ORDINAL_STEPS = {
    "other": Decimal(2),
    "second": Decimal(2),
    "third": Decimal(3),
    "fourth": Decimal(4),
    "fifth": Decimal(5),
    "sixth": Decimal(6),
    "2nd": Decimal(2),
    "3rd": Decimal(3),
    "4th": Decimal(4),
    "5th": Decimal(5),
    "6th": Decimal(6),
}
"""The step of a set counted by an ordinal ("every other week", "every third day")."""


def _set(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    adverb = (expr.get("adverb") or expr.get("adverb2") or "").lower()
    if adverb.endswith("weekly"):  # "biweekly": every two weeks
        return DateValue("set", "P2W", granularity="week")
    if adverb:  # "semi-annually", "biannual": every six months
        half = adverb.startswith(("semi", "bi"))
        return DateValue("set", "P6M" if half else "P1Y", granularity="year")
    if expr.get("every") == "nightly":  # "every night"'s set, no quant
        return DateValue("set", "XXXX-XX-XXTNI", granularity="day", freq=_freq(expr.get("freq2")))
    if (every := expr.get("every")) is not None:  # "daily": each day; "twice weekly": 2X
        unit = "day" if every == "daily" else every.removesuffix("ly")
        freq = _freq(expr.get("freq2"))
        return DateValue("set", _period(Decimal(1), unit), granularity=unit, freq=freq)
    quant = (expr.get("quant") or expr.get("quant2") or "").upper() or None
    part = expr.get("part") or expr.get("parts") or expr.get("dpart")
    code = f"T{PARTS_OF_DAY[part]}" if part in PARTS_OF_DAY else ""  # "every night": ...TNI
    weekday = expr.get("wd") or expr.get("wds")  # "on Saturdays": no quant
    if weekday is not None and (step := expr.get("wstep")) is not None:
        # "every other Tuesday": once every two weeks; TIMEX3 has no value for a weekday
        # every n weeks, so the period with its freq (not XXXX-WXX-2, every Tuesday)
        weeks = _period(_ORDINAL_STEPS[step.lower()], "week")
        return DateValue("set", weeks, granularity="week", freq="1X", quant=quant)
    if weekday is not None:  # "every Tuesday": each Tuesday of each week
        day = lexicons.calendar().weekdays[weekday.lower()]
        return DateValue("set", f"XXXX-WXX-{day}{code}", granularity="day", quant=quant)
    if code:  # "every morning", "each night"
        return DateValue("set", f"XXXX-XX-XX{code}", granularity="day", quant=quant)
    if part == "weekend" or expr.get("weekends"):  # "every weekend", "at weekends"
        return DateValue("set", "XXXX-WXX-WE", granularity="weekend", quant=quant)
    if (season := expr.get("season")) is not None:  # "every summer": XXXX-SU
        code = lexicons.calendar().seasons[season.lower()]
        return DateValue("set", f"XXXX-{code}", granularity="season", quant=quant)
    if (month := expr.get("emon")) is not None:  # "every April": XXXX-04
        number = lexicons.calendar().months[month.lower()]
        if (on := expr.get("eday")) is not None:  # "every May 1": XXXX-05-01
            value = f"XXXX-{number:02d}-{int(on.rstrip('stndrh')):02d}"
            return DateValue("set", value, granularity="day", quant=quant)
        return DateValue("set", f"XXXX-{number:02d}", granularity="month", quant=quant)
    if (mday := expr.get("mday")) is not None:  # "the 1st of each month": XXXX-XX-01
        return DateValue("set", f"XXXX-XX-{int(mday):02d}", granularity="day", quant=quant)
    unit = expr.get("unit") or "year"
    n = "other" if expr.get("alt") else expr.get("n") or "one"  # "on alternate days"
    # "every other week", "every second (third) day"
    amount = _ORDINAL_STEPS[n] if n in _ORDINAL_STEPS else _amount(n)
    period = _period(amount, unit)
    if unit.lower() == "fortnight":  # "every fortnight": P2W, a set of weeks
        unit = "week"
    return DateValue("set", period, granularity=unit, freq=_freq(expr.get("freq")), quant=quant)


def _freq(written: str | None) -> str | None:
    """TIMEX3 freq of "once", "twice", "three times": "1X", "2X", "3X"."""
    if written is None:
        return None
    word = written.lower().split()[0]
    count = {"once": Decimal(1), "twice": Decimal(2)}.get(word) or numbers.parse_number(word)
    return None if count is None else f"{int(count)}X"


HANDLERS: dict[str, Handler] = {
    "ago": _ago,
    "vague_ago": _ago,
    "hr_duration": _duration,
    "race_time": _race_time,
    "past_duration": _past_duration,
    "duration": _duration,
    "set": _set,
    "every_day": _set,
    "frequency": _set,
}
