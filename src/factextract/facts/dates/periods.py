"""Periods longer than a day: decades, centuries, quarters, halves, seasons, fiscal years,
their edges ("the end of May", "late 2019") and shifted units ("last year", "next week").
"""

from __future__ import annotations

import datetime as dt

from factextract import lexicons, numbers
from factextract.facts.dates.days import _infer_month_year, _nearest_day
from factextract.facts.dates.grammar import Expression
from factextract.facts.dates.values import (
    Ahead,
    DateValue,
    Handler,
    _month,
    _month_value,
    _months,
    _unresolved,
    _week,
    _written_year,
    _year,
)

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
    "first": "START",
    "last": "END",
    "final": "END",
}


def _decade(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    raw = (expr.get("dec") or "").lstrip("'")
    mod = _MODS.get(expr.get("mod") or "") or _HALF_MODS.get(expr.get("dhalf") or "")
    mod = mod or _EDGE_MODS.get(expr.get("dedge") or "")
    if len(raw) == 4 and raw.endswith("00") and int(raw) < 2000:
        # "the 1800s", "the early 1900s": a century (the 2000s is read as a decade, the
        # reading HeidelTime gives it)
        return _century_value(int(raw) // 100 + 1, mod)
    start = int(raw) if len(raw) == 4 else _two_digit_decade(int(raw), anchor)
    return _decade_value(start, mod)


_HALF_MODS = {"first": "START", "second": "END", "latter": "END"}
"""The mod of a half of a decade ("the second half of the 1990s": the 1990s, END)."""
_EDGE_MODS = {"end": "END", "close": "END", "beginning": "START", "start": "START"}
_EDGE_MODS |= {"middle": "MID", "turn": "START"}
"""The mod of an edge of a decade ("the end of the 2010s": the 2010s, END), or of a century
("the turn of the 20th century": the 1900s' start, as "the turn of the century" is this
one's)."""


def _two_digit_decade(tens: int, anchor: dt.date | None) -> int:
    """The start of "the '80s": the last decade of that name begun by the publication year
    ("the '80s" in 1998 is the 1980s, "the '20s" in 2024 the 2020s); the 1900s without one."""
    return 2000 + tens if anchor is not None and 2000 + tens <= anchor.year else 1900 + tens


_CLASS_BEFORE = "class"
_CLASS_AHEAD = 4
"""How many years ahead "the class of '28" may graduate."""


def _short_year(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    """ "the crash of '08": the last year of those two digits by the publication year ("'92"
    in 2024 is 1992), a graduating class up to four years ahead ("the class of '27"); its
    century unknown without a publication date."""
    two = int(expr.get("sy") or 0)
    if anchor is None:
        return _unresolved("XXXX", "year")
    ahead = _CLASS_AHEAD if expr.get("cls") else 0
    year = anchor.year // 100 * 100 + two
    while year > anchor.year + ahead:
        year -= 100
    while year + 100 <= anchor.year + ahead:
        year += 100
    return _year(year, relative=True)._replace(year_inferred=True)


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


def _century(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    spelled = lexicons.tense().century_ordinals.get((expr.get("cw") or "").lower(), 0)
    mod = _MODS.get(expr.get("mod") or "") or _EDGE_MODS.get(expr.get("dedge") or "")
    return _century_value(int(expr.get("c") or 0) or spelled, mod)  # "the end of the 19th century"


def _century_value(number: int, mod: str | None) -> DateValue:
    """The ``number``-th century (TIMEX3 "18" for the 19th, 1800 to 1899)."""
    first = (number - 1) * 100
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
    if yy := expr.get("yy"):  # "3Q22", "1H23", "2H2023"
        return int(yy) if len(yy) == 4 else 2000 + int(yy)
    if anchor is None:
        return None
    return anchor.year + {"last": -1, "next": 1}.get(expr.get("rel") or "", 0)


def _quarter(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    ordinal = (expr.get("qo") or "").lower()
    ending = expr.get("qm")  # "the September quarter": the calendar quarter it ends
    q = (
        int(expr.get("q") or expr.get("q2") or 0)
        or (_month(ending) // 3 if ending else 0)
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
    written = bool(expr.get("y") or expr.get("yy") or expr.get("qmy"))
    if expr.get("qmy"):  # "the June 2024 quarter"
        year = int(expr.get("qmy") or 0)
    if expr.get("fiscal"):
        return _fiscal_part(f"Q{q}", year if written else None, "quarter")
    inferred = not written and not expr.get("rel")
    ended = expr.get("qmon") or expr.get("qmon2")
    if inferred and ended is not None and _month(ended) == 3 * q:
        # "rose in the second quarter ended June 30": the year of its last day
        return _quarter_ended(expr, _month(ended), anchor, future)
    if year is None:
        return _unresolved(f"XXXX-Q{q}", "quarter")
    ahead = q - ((anchor.month - 1) // 3 + 1) if anchor is not None else 0  # -3 to 3
    if inferred and future is False and ahead > 0:
        year -= 1  # "the third quarter" in a May story: last year's
    elif inferred and future and ahead < 0:
        year += 1  # "will close in the first quarter" in an October story: next year's
    elif inferred and future is None:  # no tense: the nearest (two quarters either way: the latest)
        year += -1 if ahead >= 2 else 1 if ahead < -2 else 0
    return _months(f"{year}-Q{q}", year, 3 * q - 2, 3, "quarter", not written, inferred)


def _fiscal_part(part: str, year: int | None, granularity: str) -> DateValue:
    """A quarter or half of a fiscal year ("its fiscal second quarter": FYXXXX-Q2, "fiscal
    second-half 2024": FY2024-H2), in TimeML's FY form as "fiscal 2024" is: its months
    depend on the company's year, and its year is not told unless written (no calendar
    quarter is made up); never resolved to days."""
    label = "XXXX" if year is None else f"{year:04d}"
    return DateValue("date", f"FY{label}-{part}", None, None, None, granularity, resolved=False)


def _half(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    ordinal = (expr.get("ho") or expr.get("ho2") or "").lower()
    written_h = expr.get("h") or expr.get("h2") or expr.get("h3")
    ending = expr.get("hm")  # "the June half": the half-year it ends (an Australian style)
    first = ordinal in ("first", "1st") or ending == "June"
    h = int(written_h or 0) or (1 if first else 2)
    year = int(expr.get("hmy") or 0) or _relative_year(expr, anchor)
    if expr.get("fiscal"):
        return _fiscal_part(f"H{h}", year if expr.get("y") or expr.get("yy") else None, "half")
    if year is None:
        return _unresolved(f"XXXX-H{h}", "half")
    written = expr.get("y") or expr.get("yy") or expr.get("hmy")
    # "the first half", "in H1": the year the tense picks; "the second half of the year" too,
    # but only back ("Profit in the second half of the year rose" in March: last year's; ahead
    # "the year" is this one); not "of this (last, next) year"
    bare = expr.get("ho2") is not None or expr.get("h3") is not None or ending is not None
    inferred = not written and not expr.get("rel") and not expr.get("h2")
    if inferred and anchor is not None:
        ahead = h - (1 if anchor.month <= 6 else 2)  # -1 to 1
        year += -1 if future is False and ahead > 0 else 1 if future and bare and ahead < 0 else 0
    return _months(f"{year}-H{h}", year, 1 if h == 1 else 7, 6, "half", not written, inferred)


def _month_run(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    """ "the first two months of the year": a range of months ("2023-01/2023-02") of the year
    named, or for "the year" of the publication date's, as for a quarter by the tense: in the
    past the last run ended by then ("orders fell in the first nine months of the year" in
    January: last year's), ahead the next one not yet over."""
    count = int(numbers.parse_number(expr.get("n") or "1") or 0)
    first = 1 if (expr.get("edge") or "").lower() == "first" else 13 - count
    year = _relative_year(expr, anchor)
    relative = not expr.get("y")
    if year is None:
        return DateValue(
            "range",
            f"XXXX-{first:02d}/XXXX-{first + count - 1:02d}",
            None,
            granularity="month",
            relative=relative,
            resolved=False,
        )
    inferred = relative and not expr.get("rel")
    whole = _months("", year, first, count, "month", relative, inferred)
    if inferred and anchor is not None and whole.end is not None and whole.start is not None:
        if future is False and whole.end > anchor:
            year -= 1
        elif future is True and whole.end < anchor:
            year += 1
        whole = _months("", year, first, count, "month", relative, inferred)
    if count == 1:  # "the first month of the year": that month
        return _month_value(year, first, relative, inferred)
    timex = f"{year:04d}-{first:02d}/{year:04d}-{first + count - 1:02d}"
    # its first and last months, for "a year earlier" to count from ("rose 5% in the first
    # nine months of 1989 from the year-earlier period": 1988-01/1988-09)
    ends = (
        _month_value(year, first, relative, inferred),
        _month_value(year, first + count - 1, relative, inferred),
    )
    return whole._replace(type="range", timex=timex, parts=ends)


def _season(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    if (first := expr.get("y3")) is not None:  # "the winter of 2022-23": the one it begins
        second = expr.get("y4") or ""
        if (int(first) + 1) % 10 ** len(second) != int(second):
            return None  # "winter 2022-24": two winters
        return _months(f"{first}-WI", int(first), _SEASON_STARTS["WI"], 3, "season", False)
    name = (expr.get("s") or expr.get("s2") or "").lower()
    code = lexicons.calendar().seasons[name]
    shift = expr.get("shift") or expr.get("shift2")
    if expr.get("y"):
        year = int(expr.get("y") or 0)
    elif anchor is None:
        return _unresolved(f"XXXX-{code}", "season")
    elif code == "WI" and shift:
        year = _winter(shift.lower(), anchor)
    elif shift and shift.lower() == "last":
        year = _last_season(code, anchor)
    else:  # "this summer", "the spring of next year"
        year = anchor.year + {"last": -1, "next": 1}.get(shift or expr.get("rel") or "", 0)
    return _months(f"{year}-{code}", year, _SEASON_STARTS[code], 3, "season", not expr.get("y"))


_COUNTS_FROM = frozenset({"year", "season", "month", "day"})
"""Granularities of a date named before that "the following spring" may count from."""


def season_from(expr: Expression, reference: DateValue | None, later: bool | None) -> DateValue:
    """The season of ``expr`` first begun after the end of ``reference`` (``later``), or the
    last one over before its start: "founded in 2019. The following spring": 2020-SP; "in
    October 2019 ... the following winter": 2019-WI; "the previous summer": the one before;
    with ``later`` None, the one of the reference ("in 1951 ... That summer": 1951-SU; "in
    January 1952 ... That winter", the winter it falls in: 1951-WI); unresolved (XXXX-SU)
    when no year, season, month or day is named before."""
    code = lexicons.calendar().seasons[(expr.get("s4") or "").lower()]
    if (
        reference is None
        or not reference.resolved
        or reference.granularity not in _COUNTS_FROM
        or reference.start is None
        or reference.end is None
    ):
        return _unresolved(f"XXXX-{code}", "season")
    first = _SEASON_STARTS[code]
    year = reference.end.year if later else reference.start.year
    seasons = [
        _months(f"{y}-{code}", y, first, 3, "season", True) for y in range(year - 1, year + 2)
    ]
    if later is None:
        start = reference.start
        holding = [s for s in seasons if s.start and s.end and s.start <= start <= s.end]
        if holding and reference.granularity != "year":
            return holding[0]
        return seasons[1]  # the one begun in the reference's year
    if later:
        return next(s for s in seasons if s.start is not None and s.start > reference.end)
    return [s for s in seasons if s.end is not None and s.end < reference.start][-1]


def _bare_season(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    """ "in the spring": the last one begun by ``anchor`` (past or no tense), or the first one
    not yet over (``future``)."""
    code = lexicons.calendar().seasons[(expr.get("s") or "").lower()]
    if anchor is None:
        return _unresolved(f"XXXX-{code}", "season")
    first = _SEASON_STARTS[code]
    seasons = [
        _months(f"{y}-{code}", y, first, 3, "season", True, True)
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
    ]
    if future:
        return next(s for s in seasons if s.end is not None and s.end >= anchor)
    return [s for s in seasons if s.start is not None and s.start <= anchor][-1]


_PART_BEGUN = {"START": 0, "MID": 30, "END": 60}
"""Days from a season's start to its middle's (end's) start, roughly: a past "mid-summer" is
the last one whose middle has begun."""


def _mod_season(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    """ "in early summer", "late summer 2022": the season (a bare one by the tense, as "in
    the summer" is), with its part as the mod."""
    mod = _MODS[(expr.get("mod") or "").lower()]
    if (bare := expr.get("bs")) is not None:
        if anchor is not None and not future:  # back: the last one whose part has begun
            anchor -= dt.timedelta(days=_PART_BEGUN[mod])  # "since mid-summer" in June: 2023
        value: DateValue | None = _bare_season(expr._replace(groups=(("s", bare),)), anchor, future)
    else:
        value = _season(expr, anchor, future)
    return None if value is None else value._replace(mod=mod)


def _last_season(code: str, anchor: dt.date) -> int:
    """The year of "last spring (summer, fall)": the last one over before ``anchor``, this
    year's once its three months have passed ("Tourism collapsed last summer" in November
    2024: 2024-SU; in May 2024 or during the summer: 2023-SU), as "last winter" is
    (``_winter``).

    >>> _last_season("SU", dt.date(2024, 11, 5)), _last_season("SU", dt.date(2024, 8, 31))
    (2024, 2023)
    >>> _last_season("SP", dt.date(2024, 6, 1)), _last_season("FA", dt.date(2024, 12, 2))
    (2024, 2024)
    """
    over = anchor.month >= _SEASON_STARTS[code] + 3
    return anchor.year if over else anchor.year - 1


def _winter(shift: str, anchor: dt.date) -> int:
    """The year whose December starts "this/last/next winter": winters straddle two years,
    so in January "this winter" began last December, and in March "next winter" is the one
    starting this December."""
    inside = anchor.month < _SEASON_STARTS["SP"] or anchor.month >= _SEASON_STARTS["WI"]
    current = anchor.year - 1 if anchor.month < _SEASON_STARTS["SP"] else anchor.year
    return current + {"last": -1, "next": 1 if inside else 0}.get(shift, 0)


def _mod_year(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    return _year(int(expr.get("y") or 0))._replace(mod=_MODS[(expr.get("mod") or "").lower()])


def _mod_month(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    """ "mid-March", "early May 2019": the month, with the part of it as the mod."""
    mod = _MODS[(expr.get("mod") or "").lower()]
    if anchor is not None and (year := _written_year(expr, anchor)) is not None:
        return _month_value(year, _month(expr.get("mon") or ""), relative=True)._replace(mod=mod)
    return _month_part(expr.get("mon") or "", expr.get("y"), anchor, future, mod)


def _month_part(
    name: str, year: str | None, anchor: dt.date | None, future: Ahead, mod: str | None
) -> DateValue:
    """A month with a mod (its start, middle or end), its year inferred when not written."""
    month = _month(name)
    if year:
        return _month_value(int(year), month)._replace(mod=mod)
    if anchor is None:
        return _unresolved(f"XXXX-{month:02d}", "month")._replace(mod=mod)
    inferred = _infer_month_year(month, anchor, future, None)
    return _month_value(inferred, month, relative=True, inferred=True)._replace(mod=mod)


def _edge(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    edge = (expr.get("edge") or "").lower()
    if edge == "turn":
        # "the turn of 2019" starts it; "the turn of the century", this century's start (2000
        # in 2024); "the turn of the year" may be either end of this one
        if expr.get("y"):
            return _year(int(expr.get("y") or 0))._replace(mod="START")
        if (expr.get("unit") or "").lower() != "century" or expr.get("shift") != "the":
            return None
    mod = "START" if edge == "turn" else _MODS.get(edge.split()[0])  # "the first days of"
    if edge.endswith("half"):  # "the second half of the decade": the decade, END
        mod = _HALF_MODS.get(edge.split()[0])
    if expr.get("mon"):
        value = _month_part(expr.get("mon") or "", expr.get("y2"), anchor, future, mod)
    elif expr.get("y"):
        value = _year(int(expr.get("y") or 0))._replace(mod=mod)
    else:
        shift = expr.get("shift") or "this"
        unit = expr.get("unit") or "year"
        found = _shifted_unit("this" if shift in ("the", "current") else shift, unit, anchor)
        if found is None:
            return None
        value = found._replace(mod=mod)
    if edge.endswith("week"):  # "the third week of June": 2024-W25
        return _nth_week(edge.split()[0], value)
    return value


_NTH_WEEK = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _nth_week(nth: str, whole: DateValue) -> DateValue | None:
    """The Nth (or last) week of a month or year, an ISO week (TIMEX3 "2024-W25"): as ISO 8601
    counts a year's weeks, a week belongs to the month that holds its Thursday ("the first week
    of March 2024" is 4-10 March, W10; "the third week of June 2024" 17-23 June, W25). A
    month or year not known stays itself with its mod ("first"), else no date."""
    if whole.start is None or whole.end is None or whole.granularity not in ("month", "year"):
        return whole if whole.mod else None
    if nth in _NTH_WEEK:  # the first Thursday, then N weeks on
        thursday = whole.start + dt.timedelta(days=(3 - whole.start.weekday()) % 7)
        thursday += dt.timedelta(weeks=_NTH_WEEK[nth])
    else:  # "last", "final": the last Thursday
        thursday = whole.end - dt.timedelta(days=(whole.end.weekday() - 3) % 7)
    return _week(thursday)._replace(relative=whole.relative, year_inferred=whole.year_inferred)


_STEPS = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}
_STEPS |= {"before last": -2, "after next": 2}  # "the week before last", "the year after next"


def _shifted_unit(shift: str, unit: str, anchor: dt.date | None) -> DateValue | None:
    """ "last year", "this month", "next week", "the current quarter"."""
    step = _STEPS.get(shift, 0)
    if anchor is None:
        return _unresolved(
            {"month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "century": "XX"}.get(
                unit, "XXXX"
            ),
            unit,
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
    if unit == "century":  # "the end of the century": this one, 2000 to 2099 in 2024
        return _century_value(anchor.year // 100 + 1 + step, None)._replace(relative=True)
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
    return _week(monday)


def _relative_unit(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    if (skip := expr.get("skip")) is not None:  # "the week before last": two weeks back
        shift = "before last" if skip.lower().startswith("before") else "after next"
        return _shifted_unit(shift, expr.get("unit2") or "year", anchor)
    value = _shifted_unit(expr.get("shift") or "this", expr.get("unit") or "year", anchor)
    if expr.get("todate") and value is not None and anchor is not None:
        return value._replace(end=anchor)  # "year-to-date", "so far this year": up to now
    return value


def _the_weekend(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    """ "over the weekend": the last one begun by the publication date, or in a future clause
    the next one not yet over."""
    if anchor is None:
        return _shifted_unit("this", "weekend", None)
    saturday_or_later = anchor.weekday() >= 5
    if future:
        shift = "next" if anchor.weekday() == 6 else "this"
    else:
        shift = "this" if saturday_or_later else "last"
    return _shifted_unit(shift, "weekend", anchor)


def _mod_relative(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    """ "early next week", "late this year": the unit with its mod (START, END); "later
    (earlier) this week (month, year)": the unit's days after (before) the publication day,
    no mod (TIMEX3's AFTER and BEFORE would put it outside the unit)."""
    word = (expr.get("mod") or "").lower()
    shift, unit = (expr.get("shift") or "this").lower(), expr.get("unit") or "year"
    if word == "later" and shift == "this" and unit == "week" and anchor and anchor.weekday() == 6:
        shift = "next"  # a Sunday's "later this week": the coming one, none of an ISO week left
    value = _shifted_unit(shift, unit, anchor)
    if value is None:
        return None
    if word in ("earlier", "later") and shift == "this" and anchor is not None:
        return _rest_of(value, anchor, word == "later")
    return value._replace(mod=_MODS.get(word))


def _rest_of(value: DateValue, anchor: dt.date, later: bool) -> DateValue:
    """The days of ``value`` after ``anchor`` (``later``) or before it: "later this month" on
    July 17 is July 18-31, "earlier this week" on a Wednesday its Monday and Tuesday; the
    whole unit when none is left ("earlier this month" on the 1st)."""
    if value.start is None or value.end is None or not value.start <= anchor <= value.end:
        return value
    if later and anchor < value.end:
        return value._replace(start=anchor + dt.timedelta(days=1))
    if not later and anchor > value.start:
        return value._replace(end=anchor - dt.timedelta(days=1))
    return value


def _fiscal(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    if expr.get("fshift"):
        # "this (last, next) fiscal year": which year's label it has depends on the country
        # or company (a May story's "this fiscal year" is FY2024 in Washington and Tokyo,
        # FY2025 in Delhi and at Nvidia): relative, its year not told
        return DateValue("date", "FYXXXX", None, None, None, "fiscal_year", True, False)
    if expr.get("fmon") is not None:
        # "the fiscal year ended June 30": named by the year its day takes by the tense, which
        # the caller gives it once the day is read (component._fiscal_closed)
        return DateValue("date", "FYXXXX", None, None, None, "fiscal_year", True, False)
    # "the fiscal year ending March 2026": named by the year it ends in, as "2025/26" is
    raw = expr.get("y") or expr.get("y3") or expr.get("fy") or expr.get("fye") or "0"
    year = int(raw) if len(raw) == 4 else 2000 + int(raw)
    if (
        last := expr.get("fy2") or expr.get("y2") or expr.get("y4")
    ):  # "FY2018/19" is named by the year it ends in: FY2019
        end = int(last) if len(last) == 4 else year // 100 * 100 + int(last)
        year = end + 100 if end < year else end
    quarter = expr.get("fq") or _ORDINAL_QUARTERS.get(expr.get("fqo") or "")
    if quarter:  # "FY25 Q3", "fiscal 2024 first-quarter (results)"
        return _fiscal_part(f"Q{quarter}", year, "quarter")
    # Fiscal years start in different months by country and company: no calendar interval.
    # TimeML writes them with an FY prefix.
    return DateValue("date", f"FY{year:04d}", None, None, None, "fiscal_year")


_ORDINAL_QUARTERS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}


def _the_quarter(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    """ "rose 12% in the quarter": in the past the last quarter ended by ``anchor`` (its
    figures are out), else the one under way ("expects sales to rise in the quarter"); "the
    latest quarter" is the last ended whatever the tense ("will report ... for the latest
    quarter")."""
    if expr.get("latest"):
        future = False
    if (ended := expr.get("qmon") or expr.get("qmon2") or expr.get("qmon3")) is not None:
        return _quarter_ended(expr, _month(ended), anchor, future)
    if (began := expr.get("qs") or expr.get("qs2")) is not None:
        return _quarter_began(expr, _month(began), anchor, future)
    if anchor is None:
        return _unresolved("XXXX-QX", "quarter")
    index = anchor.year * 4 + (anchor.month - 1) // 3 - (1 if future is False else 0)
    year, q = index // 4, index % 4 + 1
    return _months(f"{year}-Q{q}", year, 3 * q - 2, 3, "quarter", True, True)


def _quarter_ended(
    expr: Expression, month: int, anchor: dt.date | None, future: Ahead
) -> DateValue:
    """ "the quarter ended Sept. 30": the quarter whose last day it is, of the year written
    or the one the day takes by the tense, as "Sept. 30" alone does."""
    written = expr.get("qy") or expr.get("qy2") or expr.get("qy3")
    q = month // 3
    if written is not None:
        year = int(written)
        return _months(f"{year}-Q{q}", year, month - 2, 3, "quarter", False, False)
    if anchor is None:
        return _unresolved(f"XXXX-Q{q}", "quarter")
    # "the quarter to March": its last day (component._quarter_month_closed then takes the
    # year the month itself is read in)
    day = int(expr.get("qd") or expr.get("qd2") or (31 if month in (3, 12) else 30))
    found = _nearest_day(day, month, anchor, future)
    year = found.year if found is not None else anchor.year
    return _months(f"{year}-Q{q}", year, month - 2, 3, "quarter", True, True)


def _quarter_began(
    expr: Expression, month: int, anchor: dt.date | None, future: Ahead
) -> DateValue:
    """ "the quarter starting on April 1": the quarter whose first day it is, of the year
    written or the one that day takes by the tense, as "April 1" alone does."""
    q = (month + 2) // 3
    if (written := expr.get("qsy")) is not None:
        year = int(written)
        return _months(f"{year}-Q{q}", year, month, 3, "quarter", False, False)
    if anchor is None:
        return _unresolved(f"XXXX-Q{q}", "quarter")
    found = _nearest_day(1, month, anchor, future)
    year = found.year if found is not None else anchor.year
    return _months(f"{year}-Q{q}", year, month, 3, "quarter", True, True)


HANDLERS: dict[str, Handler] = {
    "the_quarter": _the_quarter,
    "short_year": _short_year,
    "decade": _decade,
    "century": _century,
    "quarter": _quarter,
    "half": _half,
    "month_run": _month_run,
    "season": _season,
    "bare_season": _bare_season,
    "mod_season": _mod_season,
    "mod_year": _mod_year,
    "mod_month": _mod_month,
    "edge": _edge,
    "mod_relative": _mod_relative,
    "fiscal": _fiscal,
    "relative_unit": _relative_unit,
    "unit_before_last": _relative_unit,
    "weekend": _the_weekend,
}
