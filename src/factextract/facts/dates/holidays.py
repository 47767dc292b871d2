"""Named holidays: "on Christmas Day", "Easter Monday 2020", "before Thanksgiving".

The names and their rules are data (``data/holidays.json``): a fixed month and day, the nth or
last weekday of a month, or an offset from Easter Sunday (``dateutil.easter``). A holiday kept
on different days by country (Thanksgiving, Mother's Day, Independence Day) is dated only when
the article's places name one of its countries (the place evidence the money component counts
for currencies); otherwise it gets no date, as lunar holidays get none: a missing fact beats a
wrong one. A year-less holiday takes its year the way "on May 23" does: the latest one on or
before the publication date, or in a future clause the first one on or after it.

``find`` gives the expressions (rule ``RULE``) to the grammar's longest-match selection, so
"Easter Sunday" is one date and never "Sunday" alone; ``value`` normalizes one.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from pydantic import Field

from factextract import lexicons
from factextract.facts.dates.grammar import PARTS_OF_DAY, Expression
from factextract.facts.dates.values import Ahead, DateValue, _day_value, _unresolved
from factextract.facts.money.resolution import CurrencyResolver
from factextract.lexicons import Row
from factextract.patterns import LazyPattern, grouped

RULE = "holiday"
"""The rule name of holiday expressions (``Expression.rule``)."""


class DayRule(Row):
    """How to find a holiday's day in a year: ``month`` and ``day``; or ``month``, ``weekday``
    (1 Monday .. 7 Sunday) and ``nth`` (-1: the last); or ``easter``, days from Easter Sunday.
    ``offset`` days are then added."""

    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    weekday: int | None = Field(default=None, ge=1, le=7)
    nth: int | None = Field(default=None, ge=-1, le=5)
    easter: int | None = None
    orthodox: bool = False
    offset: int = 0
    dates: dict[int, str] = Field(default_factory=dict)
    """The day ("02-10") by year, for a holiday no rule finds (Lunar New Year)."""

    def on(self, year: int) -> dt.date:
        """The holiday's day in ``year``; KeyError for a year outside a table of ``dates``."""
        if self.dates:
            month, day = self.dates[year].split("-")
            found: dt.date = dt.date(year, int(month), int(day))
        elif self.easter is not None:
            method = EASTER_ORTHODOX if self.orthodox else EASTER_WESTERN
            found = easter(year, method) + dt.timedelta(days=self.easter)
        elif self.day is not None:
            found = dt.date(year, self.month or 1, self.day)
        else:
            found = _nth_weekday(year, self.month or 1, self.weekday or 1, self.nth or 1)
        return found + dt.timedelta(days=self.offset)


class Holiday(Row):
    names: tuple[str, ...] = ()
    """Names that are the day wherever they stand ("Christmas Day")."""
    bare_names: tuple[str, ...] = ()
    """Names that may also be a season or an attribute ("Christmas trees"): a day only after
    a lead word ("before Christmas")."""
    rule: DayRule | None = None
    by_country: dict[str, DayRule] = Field(default_factory=dict)
    """Rules by ISO country code, when countries keep it on different days."""
    exclusive: bool = False
    """Dated only when the article's places name the rule's country and no other."""


class Holidays(Row):
    comment: str = ""
    evidence: dict[str, str]
    """Country code -> the currency whose places (``currencies.json``) are its evidence."""
    bare_leads: tuple[str, ...]
    """Words before a bare name that make it a day ("before Christmas")."""
    leads_before: tuple[str, ...]
    """Words before a name that put it after the event ("ahead of Christmas")."""
    leads_after: tuple[str, ...]
    """Words before a name that put it before the event ("after Easter")."""
    advice_verbs: tuple[str, ...] = ()
    """Past verbs of advice or forecast before a name in its clause ("warned of traffic over
    the Labor Day weekend"): in a past clause, the coming day if near, as after a lead of
    ``leads_before``."""
    relation_window_days: int
    """How near the publication date the day on the other side of it must be to be taken
    when a lead word goes against the tense ("came ahead of MLK Day")."""
    bare_followers: tuple[str, ...]
    """Lower-case words after a bare name that leave it a day ("at Christmas and ...");
    any other makes it an attribute ("Christmas trees")."""
    period_nouns: tuple[str, ...]
    """Words after a name that make it a period, not the day ("Easter holidays")."""
    event_nouns: tuple[str, ...] = ()
    """Nouns after a year-less day of a month that make it an event's name ("the Jan. 6
    attack"): of some year the tense cannot tell."""
    event_leads: tuple[str, ...] = ()
    """Words before such a day that make it a modifier ("the", "since", a possessive "'s"),
    not a date of the clause ("On Oct. 7 attacks rose")."""
    event_days: dict[str, str] = Field(default_factory=dict)
    """Names of one day of one year, an event's ("9/11": "2001-09-11"): that day whatever the
    article's year."""
    holidays: tuple[Holiday, ...]


@cache
def table() -> Holidays:
    return lexicons.load_object(Holidays, "holidays.json")


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ``weekday`` (1 Monday .. 7 Sunday) of a month; ``nth`` -1 is the last."""
    if nth < 0:
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        last = following - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def _spelled(name: str) -> str:
    """A regex for a name as news writes it: an apostrophe straight, curly or left out,
    "St." with or without its full stop, any spaces between words."""
    pattern = re.escape(name)
    pattern = pattern.replace("'", "['’]?").replace(r"\.", r"\.?")
    return re.sub(r"(?:\\ )+", r"\\s+", pattern)


def _names(holiday: Holiday) -> tuple[str, ...]:
    return (*holiday.names, *holiday.bare_names)


@cache
def _by_name() -> dict[str, tuple[Holiday, bool]]:
    """Each name, folded (``_fold``), with its holiday and whether it is a bare name."""
    found: dict[str, tuple[Holiday, bool]] = {}
    for holiday in table().holidays:
        for name in holiday.names:
            found[_fold(name)] = holiday, False
        for name in holiday.bare_names:
            found[_fold(name)] = holiday, True
    return found


def _fold(name: str) -> str:
    """A name with the variation ``_spelled`` allows removed."""
    return re.sub(r"\s+", " ", re.sub(r"['’.]", "", name))


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted((n for h in table().holidays for n in _names(h)), key=len, reverse=True)
    alternation = "|".join(_spelled(n) for n in names)
    # A year or "last/next year" after the name; a shift or year before it is read by
    # ``_BEFORE``, so that the pattern starts with the names (``find`` tries it at their heads).
    return re.compile(
        rf"(?P<name>{alternation})"
        r"(?:(?:,?\s+(?:of\s+|in\s+)?)(?P<y>(?:1[5-9]|20)\d\d)\b(?!\s*[-–/]\s*\d)"
        r"|\s+(?P<rel>last|this|next)\s+year\b)?"
        r"(?![\w'’])"
    )


_PART_AFTER = LazyPattern(rf"\s+({'|'.join(PARTS_OF_DAY)})\b(?![-'’])")
"""A part of the day after a name: "Christmas night" (TIMEX3 ...TNI), "Easter morning"."""
_WEEKEND_AFTER = LazyPattern(r"(?:\s+(?:bank\s+)?holiday)?\s+weekend\b(?![-'’])")
"""The weekend a holiday names: "Memorial Day weekend", "the Easter weekend", "the
Thanksgiving holiday weekend", "the Easter bank holiday weekend"."""
_BEFORE = LazyPattern(r"\b(?:(?P<shift>last|this|next)|the\s+(?P<y>(?:1[5-9]|20)\d\d))\s+$")
"""A shift or a year before a name: "last Christmas", "the 2004 Boxing Day tsunami"."""
_DAY_OFF = LazyPattern(r"\b[Tt]he\s+day\s+(?P<off>after|before)\s+$")
"""The day next to a holiday: "the day after Christmas", "the day before Easter" (TIMEX3
marks the whole as that day)."""
_THE_BEFORE = LazyPattern(r"\b[Tt]he\s+$")
_CAPITAL_BEFORE = LazyPattern(r"[A-Z][\w.'’-]*\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w'’-]*)")


def find(text: str) -> list[Expression]:
    """Holiday expressions of ``text`` (sentence openers already lowered)."""
    found: list[Expression] = []
    pattern, end = _pattern(), 0
    for head in _heads().finditer(text):  # faster than a search of the whole names
        match = pattern.match(text, head.start())
        if match is None or head.start() < end:
            continue
        start, end = match.start(), match.end()
        if start and (text[start - 1].isalnum() or text[start - 1] == "-"):
            continue  # inside a word or a compound
        before = _BEFORE.search(text, max(0, start - 10), start)
        bare = _by_name()[_fold(match.group("name"))][1]
        paired = bool(found) and _pairs_with(text, found[-1], start)
        part = None if match.group("y") else _PART_AFTER.match(text, end)
        weekend = None if part or match.group("y") else _WEEKEND_AFTER.match(text, end)
        words_end = match.end() if part is None else part.end()
        if weekend is not None:  # "Labor Day weekend": the noun makes a bare name a date
            words_end = weekend.end()
        written = before is not None or weekend is not None
        if _standalone(text, match, words_end, bare, written, paired):
            groups = [(k, v) for k, v in match.groupdict().items() if v is not None]
            if part is not None:  # "on Christmas night": a TIME of that day
                groups.append(("part", part.group(1)))
                end = part.end()
            if weekend is not None:  # "over Labor Day weekend": the weekend of that day
                groups.append(("weekend", "yes"))
                end = weekend.end()
            if before is not None:  # "last Christmas", "the 2004 Boxing Day tsunami"
                start = before.start(before.lastgroup or 0)
                groups.append((before.lastgroup or "", before.group(before.lastgroup or 0)))
            elif (
                part is None
                and weekend is None
                and (off := _DAY_OFF.search(text, max(0, start - 20), start))
            ):  # "the day after Christmas": the next day
                start = off.start()
                groups.append(("off", off.group("off")))
            found.append(Expression(start, end, RULE, tuple(groups)))
        elif _holds_a_date(match.group("name")):
            # "the Fourth of July weekend": no day, and its "July" is no month either
            blocked = (("name", match.group("name")), ("blocked", "yes"))
            found.append(Expression(*match.span("name"), RULE, blocked))
    return [*found, *_event_days(text)]


def _event_days(text: str) -> list[Expression]:
    """ "Since 9/11", "the 9/11 attacks": the event's day (group "event"), not inside a
    longer number or date ("9/11/2024", "19/11") nor a fraction ("9/11 of")."""
    found = []
    for name in table().event_days:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not (_IN_NUMBER.match(text, end) or _IN_NUMBER_BEFORE.search(text, 0, at)):
                found.append(Expression(at, end, RULE, (("event", name),)))
            at = text.find(name, end)
    return found


_IN_NUMBER = LazyPattern(r"[\w/]|[.,:-]\d|\s+of\b")  # "9/11 of the votes": a fraction
_IN_NUMBER_BEFORE = LazyPattern(r"(?:[\w/]|\d[.,:-])\Z")


@cache
def _holds_a_date(name: str) -> bool:
    """Whether a name holds a month or weekday name that alone would be a date."""
    calendar = lexicons.calendar()
    return any(w.lower() in calendar.months or w.lower() in calendar.weekdays for w in name.split())


@cache
def _heads() -> re.Pattern[str]:
    """The letters that start each name, factored by first letter: where a name may start,
    found by a search three times faster than one of the whole names (which re would try
    one by one at every capital)."""
    heads = {re.sub(r"[^A-Za-z].*", "", n) for h in table().holidays for n in _names(h)}
    return re.compile(grouped(heads))


_AND_BETWEEN = LazyPattern(r"\s+and\s+")
_BETWEEN = LazyPattern(r"\b[Bb]etween\s+$")


def _pairs_with(text: str, previous: Expression, start: int) -> bool:
    """Whether the name at ``start`` ends a span opened by the holiday ``previous``:
    "between Christmas and Easter" (a bare name's lead is then "between")."""
    return _AND_BETWEEN.fullmatch(text, previous.end, start) is not None and (
        _BETWEEN.search(text, max(0, previous.start - 10), previous.start) is not None
    )


def _standalone(
    text: str, match: re.Match[str], end: int, bare: bool, written: bool, paired: bool = False
) -> bool:
    """Whether the name is the day itself: not part of a longer capitalized name, not a
    period ("the Easter holidays"), not an event named after some year's day ("the Boxing
    Day tsunami"), and a bare name only after a lead word, not before a noun ("before
    Christmas", not "Christmas trees"); ``end``: where its words end. ``written``: a shift
    or year is written before it; ``paired``: it ends a span after "between" ("between
    Thanksgiving and Christmas")."""
    start = match.start("name")
    if not written and _CAPITAL_BEFORE.search(text, max(0, start - 30), start):
        return False  # "Chinese New Year's Eve", "Orthodox Christmas"
    after = _WORD_AFTER.match(text, end)  # after the name (and its part of the day)
    word = after.group(1) if after else ""
    if word[:1].isupper() and not match.group("y"):
        return False  # "Good Friday Agreement", "Christmas Island", "Easter Rising"
    if word.lower() in _period_nouns():
        return False
    if written or match.group("y") or match.group("rel"):
        return True
    attribute = word.islower() and word not in _bare_followers()  # "Christmas trees"
    if attribute and (bare or _THE_BEFORE.search(text, max(0, start - 4), start)):
        return False  # "the Christmas shopping season", "the Boxing Day tsunami"
    return not bare or paired or _bare_lead().search(text, max(0, start - 30), start) is not None


_LEAD_BEFORE = LazyPattern(r"([A-Za-z]+|['’]s)\s+$")


@cache
def _event_words() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(table().event_nouns), frozenset(table().event_leads)


def names_an_event(text: str, start: int, end: int) -> bool:
    """Whether the day of a month at ``text[start:end]`` names an event of some year: a
    determiner, a possessive or "since" before it and an event noun after it ("the Jan. 6
    attack", "Hamas's Oct. 7 attack", "since the Sept. 11 attacks")."""
    nouns, leads = _event_words()
    after = _WORD_AFTER.match(text, end)
    if after is None or after.group(1) not in nouns:
        return False
    if text.startswith(("the ", "The "), start):  # "the 6 January attack"
        return True
    before = _LEAD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in leads


def holiday_event(text: str, end: int) -> bool:
    """Whether an event noun follows a holiday's name ending at ``end`` ("Easter Sunday
    bombings", "the Boxing Day tsunami"): an event of some year, as "the Jan. 6 attack"."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1) in _event_words()[0]


@cache
def _period_nouns() -> frozenset[str]:
    return frozenset(table().period_nouns)


@cache
def _bare_followers() -> frozenset[str]:
    return frozenset(table().bare_followers)


@cache
def _bare_lead() -> re.Pattern[str]:
    leads = sorted(table().bare_leads, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(lead) for lead in leads)})\s+$", re.IGNORECASE)


def value(
    expr: Expression,
    anchor: dt.date | None,
    future: Ahead,
    text: str,
    previous: DateValue | None = None,
    advised: bool = False,
) -> DateValue | None:
    """The day of a holiday expression (narrowed to its part of the day: "Christmas night");
    None when the article cannot tell which country's it is. ``text`` is the article, whose
    places tell the country; ``previous`` is the date before it in its sentence, which a
    span's end follows ("between Christmas and New Year's Day"); ``advised``, whether a verb
    of advice stands before it in its clause (``advises``)."""
    if (event := expr.get("event")) is not None:  # "since 9/11": 2001-09-11
        return _day_value(dt.date.fromisoformat(table().event_days[event]))
    day = _day(expr, anchor, future, text, previous, advised)
    if (off := expr.get("off")) is not None and day is not None and day.start is not None:
        step = dt.timedelta(days=1 if off == "after" else -1)
        return _day_value(day.start + step, day.relative, day.year_inferred)
    if expr.get("weekend") is not None and day is not None:
        return _weekend_of(day)  # None when the day falls mid-week
    part = expr.get("part")
    if day is None or part is None or day.timex is None:
        return day
    return day._replace(type="time", timex=f"{day.timex}T{PARTS_OF_DAY[part.lower()]}")


def _weekend_of(day: DateValue) -> DateValue | None:
    """The weekend a holiday names (TIMEX3 "2024-W35-WE"): the one of its week from Thursday
    on ("Thanksgiving weekend"), but a Monday holiday's is the weekend that ends the day
    before ("Labor Day weekend", 31 August and 1 September 2024, the Monday 2 September); on
    a Tuesday or a Wednesday, either weekend may be meant (no date)."""
    if day.start is None:
        return _unresolved("XXXX-WXX-WE", "weekend")
    if day.start.weekday() in (1, 2):
        return None
    monday = day.start - dt.timedelta(days=day.start.weekday() or 7)
    saturday = monday + dt.timedelta(days=5)
    year, week, _ = monday.isocalendar()
    return day._replace(
        timex=f"{year}-W{week:02d}-WE",
        start=saturday,
        end=saturday + dt.timedelta(days=1),
        granularity="weekend",
    )


def _day(
    expr: Expression,
    anchor: dt.date | None,
    future: Ahead,
    text: str,
    previous: DateValue | None,
    advised: bool,
) -> DateValue | None:
    holiday, _ = _by_name()[_fold(expr.get("name") or "")]
    rule = None if expr.get("blocked") else holiday.rule or _country_rule(holiday, text)
    if rule is None:
        return None
    try:
        return _rule_day(expr, rule, anchor, future, text, previous, advised)
    except KeyError:  # a year outside a table of days ("Lunar New Year 1980")
        return None


def _rule_day(
    expr: Expression,
    rule: DayRule,
    anchor: dt.date | None,
    future: Ahead,
    text: str,
    previous: DateValue | None,
    advised: bool,
) -> DateValue:
    if expr.get("y"):
        return _day_value(rule.on(int(expr.get("y") or 0)))
    if anchor is None:
        fixed = rule.easter is None and rule.day is not None and not rule.offset
        return _unresolved(
            f"XXXX-{rule.month:02d}-{rule.day:02d}" if fixed else "XXXX-XX-XX", "day"
        )
    if rel := expr.get("rel"):  # "Christmas last year"
        year = anchor.year + {"last": -1, "next": 1}.get(rel, 0)
        return _day_value(rule.on(year), relative=True)
    shift = expr.get("shift")
    if shift == "this":
        return _day_value(rule.on(anchor.year), relative=True)
    day = _nearest(rule, anchor, future, shift)
    relation = "before" if not future else "after"
    against = _relation(text, expr.start) == relation or (advised and future is False)
    if future is not None and not shift and against:
        # "came ahead of MLK Day" six days later, "will meet after Easter" two days ago;
        # "warned of traffic over the Labor Day weekend" nine days before it
        other = _nearest(rule, anchor, not future, None)
        if abs((other - anchor).days) <= table().relation_window_days:
            day = other
    start = previous.start if previous is not None else None
    if not shift and start is not None and day < start and _ends_span(text, expr.start):
        day = _nearest(rule, start, True, None)  # the first one after the span's start
    return _day_value(day, relative=True, inferred=not shift)


_SPAN_END = LazyPattern(r"(?:\bbetween\b[^.;:]{1,60}\band|\b(?:to|until|till|through))\s+$", re.I)


@cache
def _advice_verbs() -> frozenset[str]:
    return frozenset(table().advice_verbs)


def advises(lowers: tuple[str, ...]) -> bool:
    """Whether one of ``Holidays.advice_verbs`` is among the (lower-case) tokens ``lowers``:
    those of a holiday's clause before it."""
    return not _advice_verbs().isdisjoint(lowers)


def _ends_span(text: str, start: int) -> bool:
    """Whether a date at ``start`` ends a span: "between X and", "from X to", "until"."""
    return _SPAN_END.search(text, max(0, start - 80), start) is not None


def _relation(text: str, start: int) -> str | None:
    """ "before" or "after" when a lead word of ``table()`` puts the date at ``start`` after
    or before its event ("ahead of Christmas", "after Easter"), else None."""
    lead = _relation_leads().search(text, max(0, start - 20), start)
    return None if lead is None else lead.lastgroup


@cache
def _relation_leads() -> re.Pattern[str]:
    def alternation(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    before, after = alternation(table().leads_before), alternation(table().leads_after)
    return re.compile(
        rf"\b(?:(?P<before>{before})|(?P<after>{after}))\s+(?:the\s+)?$", re.IGNORECASE
    )


def _nearest(rule: DayRule, anchor: dt.date, future: Ahead, shift: str | None) -> dt.date:
    """The latest day of the holiday on or before ``anchor`` (with ``future``: the first on or
    after it; with no tense: the nearer of the two, on a tie the earlier); "last Christmas"
    and "next Easter" are strictly before and after it."""
    if future is None and shift not in ("next", "last"):
        back, ahead_day = _nearest(rule, anchor, False, None), _nearest(rule, anchor, True, None)
        return ahead_day if ahead_day - anchor < anchor - back else back
    ahead = shift == "next" or (future and shift != "last")
    this_year = rule.on(anchor.year)
    if ahead:
        past = this_year < anchor or (shift == "next" and this_year == anchor)
        return rule.on(anchor.year + 1) if past else this_year
    later = this_year > anchor or (shift == "last" and this_year == anchor)
    return rule.on(anchor.year - 1) if later else this_year


def _country_rule(holiday: Holiday, text: str) -> DayRule | None:
    """The rule of the one country among the holiday's that the article's places name (for
    an ``exclusive`` holiday: the only country they name)."""
    named = _countries(text)
    candidates = named & holiday.by_country.keys()
    if len(candidates) != 1 or (holiday.exclusive and len(named) != 1):
        return None
    return holiday.by_country[candidates.pop()]


def _countries(text: str) -> set[str]:
    """The countries of ``table().evidence`` whose places the article names (counted once
    per article for the money component's currencies), and the currencies of other places
    it names, which only tell that some other country is named."""
    places = CurrencyResolver.of(text).places
    named = {code for code, currency in table().evidence.items() if places[currency]}
    others = {c for c, n in places.items() if n and c not in table().evidence.values()}
    return named | others
