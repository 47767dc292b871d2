"""Date expressions to TIMEX3 values and calendar intervals, anchored at the publication date.

News is mostly about the past: a year-less "in January" or "on Tuesday" is the latest one on
or before the publication date, unless the sentence speaks of the future ("will", "plans to",
"next"), when it is the first one on or after it. Without a publication date a relative
expression keeps ``resolved=False`` and no interval: we never guess from today's date.

Each rule's normalizer lives with its kind: ``days`` (days, weekdays, months), ``periods``
(decades to fiscal years, shifted units) and ``durations`` (durations, sets, "ago"), all
building ``values.DateValue``; here they are dispatched, and ranges joined from two values.
"""

from __future__ import annotations

import datetime as dt

from factextract.facts.dates import clock, days, durations, holidays, periods
from factextract.facts.dates.grammar import Expression
from factextract.facts.dates.values import Ahead, DateValue, Handler, _year, range_of
from factextract.facts.money.resolution import CurrencyResolver

_HANDLERS: dict[str, Handler] = {
    **days.HANDLERS,
    **periods.HANDLERS,
    **durations.HANDLERS,
    **clock.HANDLERS,
}
_LOOKS_AHEAD = frozenset(
    {"month_day", "day_month", "month", "shift_month", "weekday", "quarter", "edge", "mod_month"}
    | {"overnight"}
    | {"weekend", "month_run", "half", "bare_season", "month_less_day", "the_quarter"}
    | {"nth_weekday", "mod_season"}
)
"""The rules whose normalizer reads ``future`` (a test reads each normalizer's code for it)."""


def reads_future(expr: Expression) -> bool:
    """Whether the value of ``expr`` may depend on ``future``: where it cannot, the caller
    need not find the tense of its sentence (a regex search)."""
    if expr.parts is not None:  # a range reads it only through its endpoints
        return any(reads_future(part) for part in expr.parts)
    return expr.rule in _LOOKS_AHEAD or expr.rule == holidays.RULE


def normalize(
    expr: Expression, text: str, anchor: dt.date | None, future: Ahead
) -> DateValue | None:
    """The value of one expression; ``text`` is the article text the offsets refer to."""
    if expr.rule == "year":
        return _year(int(expr.get("y") or text[expr.start : expr.start + 4]))
    if expr.rule in ("year_range", "range"):
        return _range(expr, text, anchor, future)
    if expr.rule == holidays.RULE:  # a range's endpoint: "from Christmas to Easter"
        return holidays.value(expr, anchor, future, text)
    if expr.rule == "day_time" and expr.parts is not None:  # "Tuesday at 3 p.m."
        day, time = (normalize(part, text, anchor, future) for part in expr.parts)
        if day is None or time is None:
            return None
        return clock.with_clock(day, time, either_half=clock.either_half(expr.parts[1]))
    if expr.rule in _SEASON_RULES and not expr.get("y3") and southern(text):
        return _southern_season(expr, anchor, future)
    return _HANDLERS[expr.rule](expr, anchor, future)


_SEASON_RULES = frozenset({"season", "bare_season", "mod_season"})
_SEASON_GROUPS = frozenset({"s", "s2", "bs"})
_OPPOSITE = {"summer": "winter", "winter": "summer", "spring": "autumn", "autumn": "spring"}
_OPPOSITE["fall"] = "spring"
_OPPOSITE_CODES = {"SU": "WI", "WI": "SU", "SP": "FA", "FA": "SP"}
_SOUTHERN_CURRENCIES = frozenset({"AUD", "NZD", "ZAR", "ARS", "CLP", "UYU"})
"""The currencies whose countries' places (``CurrencyResolver.places``) tell an article set in
the southern temperate zone (Australia, New Zealand, South Africa, Argentina, Chile, Uruguay),
whose seasons run six months from the north's: summer from December, winter from June."""


def southern(text: str) -> bool:
    """Whether the article's places are mostly those of a southern country (``_SOUTHERN_
    CURRENCIES``): more of them than of all other countries together ("SYDNEY (Reuters) -
    Australians flocked to beaches": yes; "Fans in Melbourne and London": no)."""
    places = CurrencyResolver.of(text).places
    south = sum(places[code] for code in _SOUTHERN_CURRENCIES)
    return south > 0 and 2 * south > sum(places.values())


def _southern_season(expr: Expression, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    """A season in the south: the north's opposite one, with its own name ("this summer" in
    Sydney in November is December to February, ``2024-SU``; "last winter" June to August)."""
    groups = tuple(
        (key, _OPPOSITE[value.lower()]) if key in _SEASON_GROUPS else (key, value)
        for key, value in expr.groups
    )
    value = _HANDLERS[expr.rule](expr._replace(groups=groups), anchor, future)
    if value is None or value.timex is None or value.timex[-3:-2] != "-":
        return value
    code = _OPPOSITE_CODES.get(value.timex[-2:])
    if code is None:
        return value
    if code == "SU" and expr.get("y"):
        # "the summer of 2023" spans two years there, which one it opens or ends untold
        return value._replace(timex=value.timex[:-2] + code, start=None, end=None)
    return value._replace(timex=value.timex[:-2] + code)


def _range(expr: Expression, text: str, anchor: dt.date | None, future: Ahead) -> DateValue | None:
    if expr.parts is None:
        return None
    first, second = (normalize(part, text, anchor, future) for part in expr.parts)
    if first is None or second is None:
        return None
    if (first.year_inferred or not first.resolved) and not second.year_inferred and second.end:
        # "between March and May 2016", "from March to May next year": the first month takes
        # the year of the second
        first = normalize(expr.parts[0], text, second.end, False)
        if first is None:
            return None
        first = first._replace(relative=False)
    if not (first.resolved and second.resolved):
        first, second = first._replace(start=None, end=None), second._replace(start=None, end=None)
    ordered = first.start is None or second.end is None or first.start <= second.end
    if not ordered and second.relative and first.start is not None:
        # "from Monday to Wednesday": the second day is the first one on or after the first
        second = normalize(expr.parts[1], text, first.start, True) or second
        ordered = second.end is None or first.start <= second.end
    if not ordered:
        return None
    return range_of(first, second)
