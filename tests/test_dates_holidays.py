"""Named holidays ("on Christmas Day", "Easter Monday 2020", "before Thanksgiving") and
newspaper titles with a weekday ("the Mail on Sunday"), which are no dates.

Stories are published on Thursday 2019-03-14 unless a row names another date: Easter 2019 is
on April 21, after it, so a past-tense Easter is 2018's (April 1).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factextract import Extractor
from factextract.facts.dates import holidays
from factextract.records import Article

PUBLISHED = "2019-03-14"


def _extract(extractor: Extractor, text: str, published: str | None = PUBLISHED) -> Article:
    article = extractor.extract(text, published=published)
    for fact in article.dates:
        assert article.text[fact.start_char : fact.end_char] == fact.text
    return article


def _dates(article: Article) -> list[tuple[str, str | None]]:
    return [(d.text, d.timex) for d in article.dates]


HOLIDAY_CASES = [
    # (text, every date fact as (text, timex)); fixed days
    ("The store opened on Christmas Day.", [("Christmas Day", "2018-12-25")]),
    ("The store will open on Christmas Day.", [("Christmas Day", "2019-12-25")]),
    ("Christmas 2018 was quiet.", [("Christmas 2018", "2018-12-25")]),
    ("Crowds gathered on New Year's Eve.", [("New Year's Eve", "2018-12-31")]),
    ("Shoppers in London spent heavily on Boxing Day.", [("Boxing Day", "2018-12-26")]),
    ("Sales jumped before St. Patrick's Day.", [("St. Patrick's Day", "2019-03-17")]),  # 3 days on
    ("Sales slumped after St. Patrick's Day.", [("St. Patrick's Day", "2018-03-17")]),
    ("Flower sales rose before Valentine’s Day.", [("Valentine’s Day", "2019-02-14")]),
    ("The shop was robbed on Halloween.", [("Halloween", "2018-10-31")]),
    ("Americans celebrated the Fourth of July.", [("Fourth of July", "2018-07-04")]),
    ("The stock fell on April Fools' Day.", [("April Fools' Day", "2018-04-01")]),
    ("It was unveiled on April Fool's Day.", [("April Fool's Day", "2018-04-01")]),
    ("Activists rallied on Earth Day.", [("Earth Day", "2018-04-22")]),
    ("The report came out on World AIDS Day.", [("World AIDS Day", "2018-12-01")]),
    ("Families visit graves on All Saints' Day.", [("All Saints' Day", "2019-11-01")]),
    ("The Earth Day Network said prices rose.", []),
    # the day after (before) a holiday: that day's neighbour, by the same tense
    ("Stores opened early the day after Christmas.", [("the day after Christmas", "2018-12-26")]),
    ("The sale starts the day after Christmas.", [("the day after Christmas", "2019-12-26")]),
    ("The crash happened the day before Easter.", [("the day before Easter", "2018-03-31")]),
    (
        "He was arrested on the day after Christmas 2017.",
        [("the day after Christmas 2017", "2017-12-26")],
    ),
    (
        "The day before Christmas Eve, he flew home.",
        [("The day before Christmas Eve", "2018-12-23")],
    ),
    # not a day count's, nor a part of the day's
    (
        "The shooting happened two days after Christmas.",
        [("two days", "P2D"), ("Christmas", "2018-12-25")],
    ),
    ("The store opened the day after Christmas night.", [("Christmas night", "2018-12-25TNI")]),
    # nth or last weekday of a month
    ("The parade on Labor Day drew crowds.", [("Labor Day", "2018-09-03")]),
    ("Memorial Day sales in Texas were strong.", [("Memorial Day", "2018-05-28")]),
    ("Banks closed on Presidents' Day.", [("Presidents' Day", "2019-02-18")]),
    (
        "Schools closed on Martin Luther King Jr. Day.",
        [("Martin Luther King Jr. Day", "2019-01-21")],
    ),
    # from Easter (2018-04-01, 2019-04-21, 2020-04-12)
    (
        "He died on Good Friday, two days before Easter Sunday.",
        [("Good Friday", "2018-03-30"), ("two days", "P2D"), ("Easter Sunday", "2018-04-01")],
    ),
    ("Shops will close on Easter Monday.", [("Easter Monday", "2019-04-22")]),
    ("Easter 2020 falls late.", [("Easter 2020", "2020-04-12")]),
    ("Sales jumped over Easter last year.", [("Easter last year", "2018-04-01")]),
    ("The church will reopen by Easter.", [("Easter", "2019-04-21")]),
    ("Churches marked Orthodox Easter quietly.", [("Orthodox Easter", "2018-04-08")]),
    # a year before the name; an event named after some year's day
    ("The 2004 Boxing Day tsunami killed 230,000 people.", [("2004 Boxing Day", "2004-12-26")]),
    ("The Boxing Day tsunami killed 230,000 people.", []),
    ("He was born on Christmas Day in 1950.", [("Christmas Day in 1950", "1950-12-25")]),
    (
        "Anzac Day fell on Easter Monday in 2011.",
        [("Anzac Day", "2018-04-25"), ("Easter Monday in 2011", "2011-04-25")],
    ),
    ("Boxing Day sales rose 3%.", [("Boxing Day", "2018-12-26")]),
    # shifted
    ("Last Christmas, sales fell.", [("Last Christmas", "2018-12-25")]),
    ("Next Easter the church reopens.", [("Next Easter", "2019-04-21")]),
    # by country: the article's places decide
    ("Retailers in the U.S. opened on Thanksgiving.", [("Thanksgiving", "2018-11-22")]),
    ("Toronto families gathered on Thanksgiving Day.", [("Thanksgiving Day", "2018-10-08")]),
    # the U.S. Election Day, the Tuesday after the first Monday of November, by places too
    ("U.S. voters went to the polls on Election Day.", [("Election Day", "2018-11-06")]),
    ("Texas voters will go to the polls on Election Day.", [("Election Day", "2019-11-05")]),
    ("Polls in Delhi closed on Election Day.", []),
    ("Canadian Thanksgiving came early.", [("Canadian Thanksgiving", "2018-10-08")]),
    (
        "Shoppers crossed the border before U.S. Thanksgiving.",
        [("U.S. Thanksgiving", "2018-11-22")],
    ),
    ("U.S. retailers reported record sales on Black Friday.", [("Black Friday", "2018-11-23")]),
    # the shopping days follow the U.S. Thanksgiving wherever they are held: no place needed
    ("Retailers expect record sales on Black Friday.", [("Black Friday", "2019-11-29")]),
    ("Online sales rose on Cyber Monday.", [("Cyber Monday", "2018-11-26")]),
    ("Black Friday sales rose 5%.", [("Black Friday", "2018-11-23")]),
    ("The Black Friday massacre shocked Iran.", []),
    ("Sales in Britain rose before Mother's Day.", [("Mother's Day", "2019-03-31")]),
    ("Sales in Britain fell on Mother's Day.", [("Mother's Day", "2018-03-11")]),
    ("Sales in California rose before Mother's Day.", [("Mother's Day", "2018-05-13")]),
    ("India marked Independence Day in New Delhi.", [("Independence Day", "2018-08-15")]),
    ("Families gathered on Thanksgiving.", []),
    ("Independence Day was quiet.", []),
    ("In Washington and New Delhi, Independence Day passed quietly.", []),
    ("The protest in Toronto and Auckland on Labour Day was peaceful.", []),
    # a period, a season, an attribute or a longer name: no day
    ("He bought Christmas trees.", []),
    ("The Christmas shopping season started early.", []),
    ("Christmas sales rose 4%.", []),
    ("Halloween costumes sold out.", []),
    ("Sales rose during the Easter holidays.", []),
    # a holiday's weekend: of its week, a Monday's the one before; mid-week, either one
    ("Traffic peaked over the Memorial Day weekend.", [("Memorial Day weekend", "2018-W21-WE")]),
    ("Sales rose over the Easter weekend.", [("Easter weekend", "2018-W13-WE")]),
    ("Stores open over Thanksgiving weekend.", []),  # no country: no Thanksgiving
    (
        "Stores in the US were busy over Thanksgiving weekend.",
        [("Thanksgiving weekend", "2018-W47-WE")],
    ),
    ("The Labor Day weekend is ahead.", [("Labor Day weekend", "2019-W35-WE")]),
    # "holiday weekend", "bank holiday weekend" name the same weekend; "holiday" alone none
    (
        "Traffic peaked over the Memorial Day holiday weekend.",
        [("Memorial Day holiday weekend", "2018-W21-WE")],
    ),
    (
        "Sales rose over the Easter bank holiday weekend.",
        [("Easter bank holiday weekend", "2018-W13-WE")],
    ),
    ("Traffic peaked over the Memorial Day holiday.", []),
    ("The Good Friday Agreement was signed in 1998.", [("1998", "1998")]),
    ("The Easter Rising began in 1916.", [("1916", "1916")]),
    ("Flights to Christmas Island resumed.", []),
    ("Thirty people were shot over the Fourth of July weekend.", []),  # nor "July" alone
    ("Traffic was heavy over the May Day holiday.", []),
    ("Chinese New Year's Eve dinners were cancelled.", []),
    ("Diwali and Eid sales rose.", []),
    # Lunar New Year by a table of days by year; outside it, no date
    ("Families gathered for Lunar New Year.", [("Lunar New Year", "2019-02-05")]),
    ("Sales rose before Chinese New Year 2018.", [("Chinese New Year 2018", "2018-02-16")]),
    ("Travel peaked before Lunar New Year 1980.", []),
    ("The Lunar New Year holiday boosted travel.", []),
    ("Lunar New Year celebrations drew crowds.", []),
    ("He lives in the hamlet of Anzac.", []),
    # a part of the day after the name: a TIME of that day
    ("Fireworks lit the sky on Christmas night.", [("Christmas night", "2018-12-25TNI")]),
    ("The family met on Easter morning.", [("Easter morning", "2018-04-01TMO")]),
    ("A Christmas night market opened.", []),
    # holidays as a range's endpoints
    (
        "Shops will stay shut from Christmas to Easter.",
        [("from Christmas to Easter", "2019-12-25/2020-04-12")],
    ),
    (
        "The shop was shut between Christmas and Boxing Day.",
        [("between Christmas and Boxing Day", "2018-12-25/2018-12-26")],
    ),
    (
        "Stores in the US are busy between Thanksgiving and Christmas.",
        [("between Thanksgiving and Christmas", "2018-11-22/2018-12-25")],
    ),
    # an endpoint the article cannot date leaves the other one
    ("Sales peak between Thanksgiving and Christmas.", [("Christmas", "2018-12-25")]),
    ("The firm sold Christmas and Easter cards.", []),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAY_CASES)
def test_holidays(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(_extract(extractor, text)) == expected


EVENT_CASES = [
    # a year-less day naming an event of some year: its year unknown, never the tense's
    ("Rioters stormed the Capitol in the Jan. 6 attack.", [("Jan. 6", "XXXX-01-06")]),
    ("Since the Sept. 11 attacks, security has tightened.", [("Sept. 11", "XXXX-09-11")]),
    ("Israel was hit by Hamas's Oct. 7 attack.", [("Oct. 7", "XXXX-10-07")]),
    ("He was charged over the 6 January riot.", [("the 6 January", "XXXX-01-06")]),
    # a year written, a date of the clause, or no event noun: as before
    ("The Jan. 6, 2021, attack shocked the nation.", [("Jan. 6, 2021", "2021-01-06")]),
    ("On Oct. 7 attacks rose sharply.", [("Oct. 7", "2018-10-07")]),
    ("The board will vote at the June 20 meeting.", [("June 20", "2019-06-20")]),
    # a name of one event's day (holidays.json event_days): that day whatever the year
    ("Since 9/11, security has tightened.", [("9/11", "2001-09-11")]),
    ("The 9/11 attacks killed nearly 3,000.", [("9/11", "2001-09-11")]),
    ("The meeting is on 9/11/2024.", [("9/11/2024", "2024-XX-XX")]),
    ("The final score was 19/11.", []),
    ("He won 9/11 of the seats.", []),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_CASES)
def test_days_naming_events(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _dates(_extract(extractor, text)) == expected


# A weekday a closure names "for" a holiday on that weekday a week on is the holiday's day
WEEKDAY_FOR_HOLIDAY_CASES = [
    (
        "The U.S. stock market is closed Wednesday for Christmas.",
        "2024-12-20",
        [("Wednesday", "2024-12-25"), ("Christmas", "2024-12-25")],
    ),
    (
        "Markets close early Tuesday for Christmas Eve.",
        "2024-12-20",
        [("early Tuesday", "2024-12-24"), ("Christmas Eve", "2024-12-24")],
    ),
    (
        "Markets are closed Wednesday for Juneteenth.",
        "2024-06-12",
        [("Wednesday", "2024-06-19"), ("Juneteenth", "2024-06-19")],
    ),
    # the holiday of no country the article tells: the closure's weekday is the nearest
    ("Markets closed Thursday for Thanksgiving", "2024-11-27", [("Thursday", "2024-11-28")]),
    ("Markets closed Thursday for Thanksgiving", "2024-11-29", [("Thursday", "2024-11-28")]),
    ("Stores closed Thursday for repairs.", "2024-11-27", [("Thursday", "2024-11-21")]),
    ("He shopped Thursday for Thanksgiving.", "2024-11-27", [("Thursday", "2024-11-21")]),
    # no closure, or the holiday not a week from the weekday
    (
        "He shopped Wednesday for Christmas.",
        "2024-12-20",
        [("Wednesday", "2024-12-18"), ("Christmas", "2024-12-25")],
    ),
    (
        "The office will be closed Friday for Good Friday.",
        "2024-06-12",
        [("Friday", "2024-06-14"), ("Good Friday", "2025-04-18")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), WEEKDAY_FOR_HOLIDAY_CASES)
def test_weekday_for_a_holiday(
    extractor: Extractor, text: str, published: str, expected: list[tuple[str, str]]
) -> None:
    assert _dates(_extract(extractor, text, published)) == expected


FIELD_CASES = [
    # (text, published, holiday, (timex, resolved, year_inferred, relative))
    (
        "The store opened on Christmas Day.",
        PUBLISHED,
        "Christmas Day",
        ("2018-12-25", True, True, True),
    ),
    ("Christmas 2018 was quiet.", PUBLISHED, "Christmas 2018", ("2018-12-25", True, False, False)),
    ("Sales jumped over Easter last year.", PUBLISHED, "Easter", ("2018-04-01", True, False, True)),
    # without a publication date nothing is guessed
    (
        "The store opened on Christmas Day.",
        None,
        "Christmas Day",
        ("XXXX-12-25", False, False, True),
    ),
    ("Shops closed on Easter Monday.", None, "Easter Monday", ("XXXX-XX-XX", False, False, True)),
    ("Easter 2020 falls late.", None, "Easter 2020", ("2020-04-12", True, False, False)),
    # a span's end follows its start, though a past tense alone would read last January 1
    (
        "Sales rose between Christmas and New Year's Day.",
        "2018-12-28",
        "New Year's Day",
        ("2019-01-01", True, True, True),
    ),
    (
        "The store stayed open from December 20 until New Year's Day.",
        "2018-12-28",
        "New Year's Day",
        ("2019-01-01", True, True, True),
    ),
    (
        "Sales rose on New Year's Day.",
        "2018-12-28",
        "New Year's Day",
        ("2018-01-01", True, True, True),
    ),
    # a lead word against the tense: the day on the other side of the publication date,
    # if near it; else the tense decides
    (
        "His speech on Tuesday came ahead of Martin Luther King Day.",
        "2019-01-15",
        "Martin Luther King Day",
        ("2019-01-21", True, True, True),
    ),
    (
        "The Prime Minister will set out the roadmap after Easter.",
        "2021-04-06",
        "Easter",
        ("2021-04-04", True, True, True),
    ),
    (
        "The shop will reopen after Christmas.",
        "2019-02-20",
        "Christmas",
        ("2019-12-25", True, True, True),
    ),
    ("Sales fell before Christmas.", "2019-11-20", "Christmas", ("2018-12-25", True, True, True)),
    # ... "for" (a purpose: "plans for", "stocking up for") is such a lead, "the" between
    (
        "The storm strengthened on Friday, threatening travel plans for the Labor Day weekend.",
        "1998-08-29",
        "Labor Day weekend",
        ("1998-W36-WE", True, True, True),
    ),
    (
        "Shoppers crowded malls on Saturday, stocking up for Christmas.",
        "1998-12-20",
        "Christmas",
        ("1998-12-25", True, True, True),
    ),
    (
        "Retailers stocked up ahead of the Labor Day weekend.",
        "1998-08-29",
        "Labor Day weekend",
        ("1998-W36-WE", True, True, True),
    ),
    (
        "The company closed for Christmas.",
        "1998-11-20",
        "Christmas",
        ("1997-12-25", True, True, True),
    ),
    (
        "Prices rose over the Labor Day weekend.",
        "1998-08-29",
        "Labor Day weekend",
        ("1997-W35-WE", True, True, True),
    ),
    # ... as is a verb of advice or forecast before it in its clause (holidays.json
    # advice_verbs), nine days before; not three weeks on, nor in another clause
    (
        "Police warned of heavy traffic over the Labor Day weekend.",
        "2024-08-23",
        "Labor Day weekend",
        ("2024-W35-WE", True, True, True),
    ),
    (
        "Officials urged drivers to be careful over the Labor Day weekend.",
        "2024-08-23",
        "Labor Day weekend",
        ("2024-W35-WE", True, True, True),
    ),
    (
        "AAA said it expected record travel over the Labor Day weekend.",
        "2024-08-23",
        "Labor Day weekend",
        ("2024-W35-WE", True, True, True),
    ),
    (
        "Police urged drivers to slow down over Christmas.",
        "2024-01-03",
        "Christmas",
        ("2023-12-25", True, True, True),
    ),
    (
        "Police warned of heavy traffic over the Labor Day weekend.",
        "2024-08-01",
        "Labor Day weekend",
        ("2023-W35-WE", True, True, True),
    ),
    (
        "Police, who warned of delays, arrested 50 drivers over the Labor Day weekend.",
        "2024-08-23",
        "Labor Day weekend",
        ("2023-W35-WE", True, True, True),
    ),
    # on the day itself
    (
        "Shops will open on Boxing Day.",
        "2019-12-26",
        "Boxing Day",
        ("2019-12-26", True, True, True),
    ),
]


@pytest.mark.parametrize(("text", "published", "fragment", "expected"), FIELD_CASES)
def test_holiday_fields(
    extractor: Extractor,
    text: str,
    published: str | None,
    fragment: str,
    expected: tuple[str, bool, bool, bool],
) -> None:
    dates = _extract(extractor, text, published).dates
    days = [*dates, *(e for d in dates for e in (d.range_start, d.range_end) if e is not None)]
    (fact,) = [d for d in days if fragment in d.text and d.type != "range"]
    assert (fact.timex, fact.resolved, fact.year_inferred, fact.relative) == expected
    assert (fact.start_date is None) == (not fact.resolved)


TITLE_CASES = [
    # (text, every date fact as (text, timex)): newspaper titles hold no weekday
    ("The Mail on Sunday reported the deal.", []),
    ("He told the Independent on Sunday that he would stay.", []),
    ("Scotland on Sunday reported the figures.", []),
    ("Wales on Sunday said the figures were wrong.", []),
    ("The Sunday Mirror and Sunday People ran the story.", []),
    ("The story ran in the Sunday Express.", []),
    # the weekday itself stays
    ("Heavy snow fell in Scotland on Sunday.", [("Sunday", "2019-03-10")]),
    ("The senator on Sunday said the Mail on Sunday was wrong.", [("Sunday", "2019-03-10")]),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CASES)
def test_titles_with_a_weekday(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _dates(_extract(extractor, text)) == expected


def _rule(name: str, country: str | None = None) -> holidays.DayRule:
    holiday, _ = holidays._by_name()[holidays._fold(name)]
    rule = holiday.rule if country is None else holiday.by_country[country]
    assert rule is not None
    return rule


@pytest.mark.parametrize(
    ("name", "country", "year", "expected"),
    [
        ("Thanksgiving", "US", 2019, "2019-11-28"),
        ("Thanksgiving", "CA", 2019, "2019-10-14"),
        ("Black Friday", None, 2019, "2019-11-29"),  # Nov 1 is a Friday: not the 4th Friday
        ("Cyber Monday", None, 2019, "2019-12-02"),
        ("Memorial Day", None, 2019, "2019-05-27"),
        ("Memorial Day", None, 2021, "2021-05-31"),
        ("Labor Day", None, 2020, "2020-09-07"),
        ("Martin Luther King Day", None, 2020, "2020-01-20"),
        ("Mothering Sunday", None, 2020, "2020-03-22"),
        ("Mother's Day", "US", 2020, "2020-05-10"),
        ("Father's Day", "AU", 2020, "2020-09-06"),
        ("Easter Monday", None, 2020, "2020-04-13"),
        ("Ash Wednesday", None, 2020, "2020-02-26"),
        ("Orthodox Easter", None, 2020, "2020-04-19"),
        ("Remembrance Sunday", None, 2020, "2020-11-08"),
    ],
)
def test_holiday_rules(name: str, country: str | None, year: int, expected: str) -> None:
    assert _rule(name, country).on(year).isoformat() == expected


def test_holiday_table() -> None:
    """Every name is findable (its head starts with letters) and belongs to one holiday;
    every holiday has one rule or rules by country, of countries with place evidence."""
    table = holidays.table()
    owners: dict[str, set[int]] = {}
    for i, holiday in enumerate(table.holidays):
        for name in holidays._names(holiday):
            owners.setdefault(holidays._fold(name), set()).add(i)
    assert all(len(found) == 1 for found in owners.values()), owners
    for holiday in table.holidays:
        assert (holiday.rule is None) != (not holiday.by_country), holiday
        assert set(holiday.by_country) <= set(table.evidence)
        for name in holidays._names(holiday):
            assert re.match(r"[A-Za-z]", name), name
            assert holidays._pattern().fullmatch(name), name
    for rule in (r for h in table.holidays for r in (h.rule, *h.by_country.values()) if r):
        kinds = (rule.easter is not None, rule.day is not None, rule.nth is not None)
        assert sum(kinds) + bool(rule.dates) == 1


def test_holiday_tables_of_days() -> None:
    """A table of days by year (Lunar New Year) has no gap, and each day of it falls where a
    lunisolar new year can: from January 21 to February 20 (the second new moon after the
    winter solstice)."""
    for rule in (h.rule for h in holidays.table().holidays if h.rule and h.rule.dates):
        assert sorted(rule.dates) == list(range(min(rule.dates), max(rule.dates) + 1))
        for year in rule.dates:
            assert dt.date(year, 1, 21) <= rule.on(year) <= dt.date(year, 2, 20)


def _every_rule() -> list[holidays.DayRule]:
    """Every rule that dates any year (not a table of days)."""
    rules = (r for h in holidays.table().holidays for r in (h.rule, *h.by_country.values()))
    return [r for r in rules if r and not r.dates]


@given(st.integers(1900, 2100), st.sampled_from(_every_rule()))
def test_holiday_property_rule_keeps_its_weekday_and_month(
    year: int, rule: holidays.DayRule
) -> None:
    day = rule.on(year)
    if rule.nth is not None and not rule.offset:
        assert (day.month, day.isoweekday()) == (rule.month, rule.weekday)
        assert (day.day - 1) // 7 + 1 == rule.nth or (rule.nth == -1 and day.day > 21)
    if rule.easter is not None:
        assert day.isoweekday() == ((rule.easter + rule.offset) % 7 or 7)
        assert day.year == year


@given(
    st.dates(dt.date(1950, 1, 1), dt.date(2080, 12, 31)),
    st.sampled_from(_every_rule()),
    st.booleans(),
)
def test_holiday_property_nearest_day_is_the_closest_one(
    anchor: dt.date, rule: holidays.DayRule, future: bool
) -> None:
    """A year-less holiday is the latest one on or before the publication date, or in a
    future clause the first one on or after it: none falls between it and that date."""
    day = holidays._nearest(rule, anchor, future, None)
    if future:
        assert day >= anchor > rule.on(day.year - 1)
    else:
        assert day <= anchor < rule.on(day.year + 1)


def _all_names() -> list[str]:
    return [n for h in holidays.table().holidays for n in holidays._names(h)]


@given(
    st.sampled_from(_all_names()),
    st.sampled_from(["'", "’", ""]),
    st.booleans(),
    st.sampled_from([" ", "  ", "\n"]),
)
def test_holiday_property_spellings_find_their_holiday(
    name: str, apostrophe: str, stop: bool, space: str
) -> None:
    """A name with its apostrophe curly or left out, "St." without its stop, or other spaces
    is still found, as the same holiday."""
    written = name.replace("'", apostrophe).replace(".", "." if stop else "").replace(" ", space)
    (found,) = holidays.find(f"It happened on {written}, they said.")
    assert found.get("name") == written
    assert holidays._by_name()[holidays._fold(written)] == holidays._by_name()[holidays._fold(name)]
