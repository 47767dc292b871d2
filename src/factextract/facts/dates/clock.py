"""Clock times (TIMEX3 TIME): "3 p.m.", "15:30 GMT", "noon", alone or with their day.

A clock time with no day in its phrase keeps the day unknown ("XXXX-XX-XXT15:00", not
resolved): nothing tells which day "at 3 p.m." is; the component gives it the day of its
clause or context (``component._day_of_clause``, ``component._state_ends``). Joined to a
day ("Tuesday at 3 p.m."), it narrows that day's value ("2020-05-19T15:00"). A zone stays
in the text only: the value is the local clock time written, with no offset invented.
"""

from __future__ import annotations

import datetime as dt

from factextract import lexicons, numbers
from factextract.facts.dates.grammar import PARTS_OF_DAY, Expression
from factextract.facts.dates.values import Ahead, DateValue, Handler
from factextract.records import DateType

_UNKNOWN_DAY = "XXXX-XX-XX"


def clock_value(expr: Expression) -> tuple[str, str] | None:
    """ "HH:MM" of a clock expression and its granularity ("hour" or "minute")."""
    if (word := expr.get("word")) is not None:
        words = lexicons.tense()
        if word in words.day_part_words:  # "dawn": a part of the day (TMO), no clock
            return words.day_part_words[word], "day"
        if expr.get("day_start") is not None:  # "just after midnight": the day's start
            return "00:00", "minute"
        return words.clock_words[word], "minute"  # "noon" (midnight: the day's end)
    if (ampm := expr.get("ampm")) is not None:
        hour = int(expr.get("h") or 0) % 12 + (12 if ampm[0] in "pP" else 0)
        minute = expr.get("min")
        return f"{hour:02d}:{minute or '00'}", "minute" if minute else "hour"
    if (h24 := expr.get("h24")) is not None:
        return f"{int(h24):02d}:{expr.get('min24')}", "minute"
    if (h4 := expr.get("h4")) is not None:
        return f"{h4}:{expr.get('min4')}", "minute"
    spelled = numbers.parse_number(expr.get("hw") or "")  # "nine o'clock": a.m. or p.m.
    return None if spelled is None else (f"{int(spelled):02d}:00", "hour")


def _clock(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    found = clock_value(expr)
    if found is None:
        return None
    clock, granularity = found
    return DateValue(
        "time", f"{_UNKNOWN_DAY}T{clock}", granularity=granularity, relative=True, resolved=False
    )


def either_half(expr: Expression) -> bool:
    """Whether a clock expression's hour may be of either half of the day: "7:30" with no
    a.m. or p.m. ("15:30", "noon" and "7 p.m." may not)."""
    hour = expr.get("h24")
    return hour is not None and 1 <= int(hour) <= 11 and expr.get("ampm") is None


_AFTERNOON_HOURS = {"AF": range(1, 7), "EV": range(4, 12), "NI": range(6, 12)}
"""The hours a clock of no half means in the afternoon, evening or night of its day: "7:30 on
Monday evening" is 19:30; "1:30 on Friday night" stays 01:30 (after midnight)."""


def with_clock(day: DateValue, clock: DateValue, either_half: bool = False) -> DateValue:
    """The ``day`` narrowed to the ``clock`` time of the same phrase; a part of the day
    written too ("this morning at 9 a.m.") gives way to the clock, but sets the half of a
    clock written with neither a.m. nor p.m. (``either_half``)."""
    date, _, part = (day.timex or "").partition("T")
    if not date[:4].isdigit() and not date.startswith("XXXX"):
        date = _UNKNOWN_DAY  # "today" with no publication date: PRESENT_REF
    time = (clock.timex or "").split("T")[-1]
    if either_half and int(time[:2]) in _AFTERNOON_HOURS.get(part, ()):
        time = f"{int(time[:2]) + 12:02d}{time[2:]}"
    if part == "NI" and time < "12:00" and day.start is not None and day.granularity == "day":
        # "2 a.m. last night": a night runs past midnight, into the next day
        day = day._replace(start=day.start + _ONE_DAY, end=day.start + _ONE_DAY)
        date = day.start.isoformat() if day.start is not None else date
    kind: DateType = "set" if day.type == "set" else "time"  # "every Sunday at 9 a.m."
    return day._replace(type=kind, timex=f"{date}T{time}", granularity=clock.granularity)


_ONE_DAY = dt.timedelta(days=1)


_PART_MODS = {"early": "START", "mid": "MID", "late": "END"}


def _day_part(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue:
    """ "in the afternoon", "by late afternoon": that part of a day not told (TIMEX3
    XXXX-XX-XXTAF, mod END), to which the caller may give the story's day."""
    code = PARTS_OF_DAY[(expr.get("dpw") or "").lower()]
    mod = _PART_MODS.get((expr.get("pmod") or expr.get("pmod2") or "").lower())
    timex = f"{_UNKNOWN_DAY}T{code}"
    return DateValue("time", timex, mod, granularity="day", relative=True, resolved=False)


HANDLERS: dict[str, Handler] = {"clock": _clock, "day_part": _day_part}
