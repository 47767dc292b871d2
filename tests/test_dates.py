"""Dates: detection and TIMEX3 normalization of news text, anchored at the publication date.

The expected values are the ones HeidelTime or SUTime give for news (TIMEX3 ``value`` and
``mod``), worked out by hand for a story published on Saturday 2020-05-23 (ISO week 21, second
quarter) unless a row names another date. Each full row lists every ``DateFact`` of a sentence as
``(text, type, timex, mod, start_date, end_date)``, dates as ISO strings. Narrower tables check
single fields (the year of a weekday, ``year_inferred``, ``resolved``), the extent of a fact, the
endpoints of a range, and numbers that are no dates at all. Known misses are strict xfails, so a
fix announces itself.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factextract import Extractor, lexicons
from factextract.facts.dates import clock, days, durations, grammar, normalize, periods, scan
from factextract.facts.dates.days import _nearest_day
from factextract.readers import read_path
from factextract.records import Article, DateFact, Fact

from .conftest import CORPUS

PUBLISHED = "2020-05-23"
"""Saturday; ISO week 2020-W21; the second quarter."""
SEED = CORPUS / "000_b0ff998e67b21a4d.md"

Row = tuple[str, str, str | None, str | None, str | None, str | None]
"""(text, type, timex, mod, start_date, end_date) of one ``DateFact``."""


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _row(fact: DateFact) -> Row:
    return (fact.text, fact.type, fact.timex, fact.mod, _iso(fact.start_date), _iso(fact.end_date))


def _extract(extractor: Extractor, text: str, published: str | None = PUBLISHED) -> Article:
    """The article for ``text``, after checking every fact's (and endpoint's) offsets."""
    article = extractor.extract(text, published=published)
    for fact in [*article.facts(), *_endpoints(article.dates)]:
        assert article.text[fact.start_char : fact.end_char] == fact.text
    return article


def _endpoints(dates: list[DateFact]) -> list[DateFact]:
    return [e for d in dates for e in (d.range_start, d.range_end) if e is not None]


def _span(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def _overlapping(facts: list[DateFact], start: int, end: int) -> list[DateFact]:
    return [f for f in facts if f.start_char < end and start < f.end_char]


def _field(fact: DateFact, name: str) -> object:
    value = getattr(fact, name)
    return _iso(value) if isinstance(value, dt.date) else value


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


ABSOLUTE_CASES = [
    # the Nth week of a month: the ISO week whose Thursday is its Nth (see RELATIVE_CASES)
    pytest.param(
        "Talks resumed in the second week of January 2023.",
        PUBLISHED,
        [
            (
                "the second week of January 2023",
                "date",
                "2023-W02",
                None,
                "2023-01-09",
                "2023-01-15",
            )
        ],
        id="second-week-of-a-month-and-year",
    ),
    pytest.param(
        "The first week of March 2024 was cold.",  # 1 March a Friday: its week is February's
        PUBLISHED,
        [("The first week of March 2024", "date", "2024-W10", None, "2024-03-04", "2024-03-10")],
        id="first-week-of-a-month-its-first-thursday",
    ),
    # Days.
    pytest.param(
        "The law was passed on May 23, 2020.",
        PUBLISHED,
        [("May 23, 2020", "date", "2020-05-23", None, "2020-05-23", "2020-05-23")],
        id="month-day-comma-year",
    ),
    pytest.param(
        "The law was passed on 23 May 2020.",
        PUBLISHED,
        [("23 May 2020", "date", "2020-05-23", None, "2020-05-23", "2020-05-23")],
        id="day-month-year",
    ),
    pytest.param(
        "The law takes effect on 2020-05-23.",
        PUBLISHED,
        [("2020-05-23", "date", "2020-05-23", None, "2020-05-23", "2020-05-23")],
        id="iso-day",
    ),
    pytest.param(
        "The form was signed on 23/05/2020.",
        PUBLISHED,
        [("23/05/2020", "date", "2020-05-23", None, "2020-05-23", "2020-05-23")],
        id="slashes-day-first",
    ),
    pytest.param(
        "The form was signed on 05/23/2020.",
        PUBLISHED,
        [("05/23/2020", "date", "2020-05-23", None, "2020-05-23", "2020-05-23")],
        id="slashes-month-first-unambiguous",
    ),
    # Alone, "05/06/2020" is May 6 in the US and 5 June elsewhere: only its year is known,
    # unless another slashed date of the article tells the order.
    pytest.param(
        "The form was signed on 05/06/2020.",
        PUBLISHED,
        [("05/06/2020", "date", "2020-XX-XX", None, None, None)],
        id="slashes-ambiguous-keeps-its-year-alone",
    ),
    pytest.param(
        "The form, dated 23/05/2020, was filed on 05/06/2020.",
        PUBLISHED,
        [
            ("23/05/2020", "date", "2020-05-23", None, "2020-05-23", "2020-05-23"),
            ("05/06/2020", "date", "2020-06-05", None, "2020-06-05", "2020-06-05"),
        ],
        id="slashes-ambiguous-day-first-as-the-article",
    ),
    pytest.param(
        "The form, dated 05/23/2020, was filed on 05/06/2020.",
        PUBLISHED,
        [
            ("05/23/2020", "date", "2020-05-23", None, "2020-05-23", "2020-05-23"),
            ("05/06/2020", "date", "2020-05-06", None, "2020-05-06", "2020-05-06"),
        ],
        id="slashes-ambiguous-month-first-as-the-article",
    ),
    pytest.param(
        "Filed on 23/05/2020 and 05/23/2020, then on 05/06/2020.",
        PUBLISHED,
        [
            ("23/05/2020", "date", "2020-05-23", None, "2020-05-23", "2020-05-23"),
            ("05/23/2020", "date", "2020-05-23", None, "2020-05-23", "2020-05-23"),
            ("05/06/2020", "date", "2020-XX-XX", None, None, None),
        ],
        id="slashes-ambiguous-when-the-article-mixes-orders",
    ),
    pytest.param(
        "The form was signed on 05/05/2020.",
        PUBLISHED,
        [("05/05/2020", "date", "2020-05-05", None, "2020-05-05", "2020-05-05")],
        id="slashes-same-day-and-month",
    ),
    pytest.param(
        "The accounts closed on 31/12/2019.",
        PUBLISHED,
        [("31/12/2019", "date", "2019-12-31", None, "2019-12-31", "2019-12-31")],
        id="slashes-day-first-year-end",
    ),
    pytest.param(
        "The accounts closed on 12/31/2019.",
        PUBLISHED,
        [("12/31/2019", "date", "2019-12-31", None, "2019-12-31", "2019-12-31")],
        id="slashes-month-first-year-end",
    ),
    pytest.param(
        "Schools reopened on 1.6.2020 in the state.",
        PUBLISHED,
        [("1.6.2020", "date", "2020-06-01", None, "2020-06-01", "2020-06-01")],
        id="dots-day-first",
    ),
    pytest.param(
        "Records show 2020-02-29 as the peak.",
        PUBLISHED,
        [("2020-02-29", "date", "2020-02-29", None, "2020-02-29", "2020-02-29")],
        id="iso-leap-day",
    ),
    pytest.param(
        "The ceasefire began on 1 January 2019.",
        PUBLISHED,
        [("1 January 2019", "date", "2019-01-01", None, "2019-01-01", "2019-01-01")],
        id="day-month-year-new-year",
    ),
    pytest.param(
        "It was signed on January 1st, 2019.",
        PUBLISHED,
        [("January 1st, 2019", "date", "2019-01-01", None, "2019-01-01", "2019-01-01")],
        id="month-ordinal-day-year",
    ),
    pytest.param(
        "He was born on the 4th of July 1990.",
        PUBLISHED,
        [("the 4th of July 1990", "date", "1990-07-04", None, "1990-07-04", "1990-07-04")],
        id="the-ordinal-of-month-year",
    ),
    pytest.param(
        "The attacks happened on Sept. 11, 2001.",
        PUBLISHED,
        [("Sept. 11, 2001", "date", "2001-09-11", None, "2001-09-11", "2001-09-11")],
        id="abbreviated-month-with-dot",
    ),
    pytest.param(
        "The deadline was Dec. 31, 1999.",
        PUBLISHED,
        [("Dec. 31, 1999", "date", "1999-12-31", None, "1999-12-31", "1999-12-31")],
        id="abbreviated-december",
    ),
    pytest.param(
        "The deal closed on 19-Nov-12.",
        PUBLISHED,
        [("19-Nov-12", "date", "2012-11-19", None, "2012-11-19", "2012-11-19")],
        id="day-abbrev-month-two-digit-year",
    ),
    pytest.param(
        "-58.5 06 Mar 2009",
        PUBLISHED,
        [("06 Mar 2009", "date", "2009-03-06", None, "2009-03-06", "2009-03-06")],
        id="table-cell-number-then-day",
    ),
    pytest.param(
        "Talks began on Monday, February 6.",
        "2023-03-01",
        [("Monday, February 6", "date", "2023-02-06", None, "2023-02-06", "2023-02-06")],
        id="weekday-picks-year-2023",
    ),
    pytest.param(
        "Talks began on Monday, February 6.",
        "2017-12-01",
        [("Monday, February 6", "date", "2017-02-06", None, "2017-02-06", "2017-02-06")],
        id="weekday-picks-year-2017",
    ),
    pytest.param(
        "Talks began on Thursday, February 6.",
        PUBLISHED,
        [("Thursday, February 6", "date", "2020-02-06", None, "2020-02-06", "2020-02-06")],
        id="weekday-picks-year-2020",
    ),
    pytest.param(
        "The concert is on Thu, Mar 14.",
        "2024-03-10",
        [("Thu, Mar 14", "date", "2024-03-14", None, "2024-03-14", "2024-03-14")],
        id="short-weekday-month-day",
    ),
    pytest.param(
        "The fixture is on Thu 14 Mar at Anfield.",
        "2024-03-10",
        [("Thu 14 Mar", "date", "2024-03-14", None, "2024-03-14", "2024-03-14")],
        id="short-weekday-day-month",
    ),
    pytest.param(
        "Talks resumed on Tue. 12 March.",
        "2020-05-23",
        [("Tue. 12 March", "date", "2019-03-12", None, "2019-03-12", "2019-03-12")],
        id="short-weekday-with-point-picks-year-2019",
    ),
    # Months.
    pytest.param(
        "The report came out in May 2020.",
        PUBLISHED,
        [("May 2020", "date", "2020-05", None, "2020-05-01", "2020-05-31")],
        id="month-year",
    ),
    pytest.param(
        "The store opened in December 2019.",
        PUBLISHED,
        [("December 2019", "date", "2019-12", None, "2019-12-01", "2019-12-31")],
        id="month-year-december",
    ),
    pytest.param(
        "Exports dipped in February 2020.",
        PUBLISHED,
        [("February 2020", "date", "2020-02", None, "2020-02-01", "2020-02-29")],
        id="month-year-leap-february",
    ),
    pytest.param(
        "Prices fell in Jan 2021.",
        PUBLISHED,
        [("Jan 2021", "date", "2021-01", None, "2021-01-01", "2021-01-31")],
        id="abbreviated-month-year",
    ),
    pytest.param(
        "The film's June 2018 gross was strong.",
        PUBLISHED,
        [("June 2018", "date", "2018-06", None, "2018-06-01", "2018-06-30")],
        id="month-year-before-noun",
    ),
    # Years, decades, centuries.
    pytest.param(
        "The programme started in 2012.",
        PUBLISHED,
        [("2012", "date", "2012", None, "2012-01-01", "2012-12-31")],
        id="year",
    ),
    pytest.param(
        "It was founded in 1998 by farmers.",
        PUBLISHED,
        [("1998", "date", "1998", None, "1998-01-01", "1998-12-31")],
        id="year-twentieth-century",
    ),
    pytest.param(
        "In 2012 villages across the county got power.",
        PUBLISHED,
        [("2012", "date", "2012", None, "2012-01-01", "2012-12-31")],
        id="year-before-plural-noun",
    ),
    pytest.param(
        "2012 was a good year for farmers.",
        PUBLISHED,
        [("2012", "date", "2012", None, "2012-01-01", "2012-12-31")],
        id="year-sentence-start",
    ),
    pytest.param(
        "Prices soared in the 1990s.",
        PUBLISHED,
        [("the 1990s", "date", "199", None, "1990-01-01", "1999-12-31")],
        id="decade",
    ),
    pytest.param(
        "Prices soared in the 1980s.",
        PUBLISHED,
        [("the 1980s", "date", "198", None, "1980-01-01", "1989-12-31")],
        id="decade-1980s",
    ),
    pytest.param(
        "Prices rose in the second half of the 1990s and the first half of the '80s.",
        PUBLISHED,
        [
            ("the second half of the 1990s", "date", "199", "END", "1990-01-01", "1999-12-31"),
            ("the first half of the '80s", "date", "198", "START", "1980-01-01", "1989-12-31"),
        ],
        id="decade-halves",
    ),
    pytest.param(
        "He retired at the end of the 2010s, as his father did at the end of the 19th century.",
        PUBLISHED,
        [
            ("the end of the 2010s", "date", "201", "END", "2010-01-01", "2019-12-31"),
            ("the end of the 19th century", "date", "18", "END", "1800-01-01", "1899-12-31"),
        ],
        id="decade-and-century-ends",
    ),
    # "the turn of the 20th century": the 1900s' start, as "the turn of the century" is this
    # century's (not the whole century)
    pytest.param(
        "At the turn of the 20th century, the city had 10,000 residents.",
        PUBLISHED,
        [("the turn of the 20th century", "date", "19", "START", "1900-01-01", "1999-12-31")],
        id="turn-of-a-numbered-century",
    ),
    pytest.param(
        "By the beginning of the 1990s, and in the middle of the 1980s, the firm grew.",
        PUBLISHED,
        [
            ("the beginning of the 1990s", "date", "199", "START", "1990-01-01", "1999-12-31"),
            ("the middle of the 1980s", "date", "198", "MID", "1980-01-01", "1989-12-31"),
        ],
        id="decade-edges",
    ),
    pytest.param(
        "Output rose in the second half of 2019.",
        PUBLISHED,
        [("the second half of 2019", "date", "2019-H2", None, "2019-07-01", "2019-12-31")],
        id="a-year-half-is-no-decade-half",
    ),
    pytest.param(
        "Growth will slow in the second half of the decade after the first half of the last "
        "decade.",
        PUBLISHED,
        [
            ("the second half of the decade", "date", "202", "END", "2020-01-01", "2029-12-31"),
            (
                "the first half of the last decade",
                "date",
                "201",
                "START",
                "2010-01-01",
                "2019-12-31",
            ),
        ],
        id="halves-of-this-and-the-last-decade",
    ),
    pytest.param(
        "The city boomed in the 2010s.",
        PUBLISHED,
        [("the 2010s", "date", "201", None, "2010-01-01", "2019-12-31")],
        id="decade-2010s",
    ),
    pytest.param(
        "The mill closed in the late 1990s.",
        PUBLISHED,
        [("the late 1990s", "date", "199", "END", "1990-01-01", "1999-12-31")],
        id="decade-late",
    ),
    pytest.param(
        "The mill opened in the early 2000s.",
        PUBLISHED,
        [("the early 2000s", "date", "200", "START", "2000-01-01", "2009-12-31")],
        id="decade-early",
    ),
    pytest.param(
        "The firm was founded in the 1800s.",
        PUBLISHED,
        [("the 1800s", "date", "18", None, "1800-01-01", "1899-12-31")],
        id="hundreds-are-a-century",
    ),
    pytest.param(
        "The mill opened in the early 1900s.",
        PUBLISHED,
        [("the early 1900s", "date", "19", "START", "1900-01-01", "1999-12-31")],
        id="hundreds-are-a-century-with-mod",
    ),
    pytest.param(
        "The band was famous in the '80s and the 90's.",
        PUBLISHED,
        [
            ("the '80s", "date", "198", None, "1980-01-01", "1989-12-31"),
            ("the 90's", "date", "199", None, "1990-01-01", "1999-12-31"),
        ],
        id="two-digit-decades-with-apostrophe",
    ),
    # a two-digit decade is the last of its name begun by the publication year
    *(
        pytest.param(text, published, [row], id=f"two-digit-decade-{published[:4]}-{i}")
        for i, (text, published, row) in enumerate(
            [
                (
                    "Prices rose into the early '80s.",
                    "1998-02-10",
                    ("the early '80s", "date", "198", "START", "1980-01-01", "1989-12-31"),
                ),
                (
                    "It was a hit in the '90s.",
                    "1998-02-10",
                    ("the '90s", "date", "199", None, "1990-01-01", "1999-12-31"),
                ),
                (
                    "It was a hit in the '90s.",
                    "2024-03-22",
                    ("the '90s", "date", "199", None, "1990-01-01", "1999-12-31"),
                ),
                (
                    "Growth slowed in the '20s.",
                    "2024-03-22",
                    ("the '20s", "date", "202", None, "2020-01-01", "2029-12-31"),
                ),
                (
                    "Growth slowed in the '20s.",
                    "2019-03-14",
                    ("the '20s", "date", "192", None, "1920-01-01", "1929-12-31"),
                ),
                (
                    "He lived in an '80s-era home.",
                    "2024-03-22",
                    ("'80s", "date", "198", None, "1980-01-01", "1989-12-31"),
                ),
                (
                    "He grew up in the mid-'70s.",
                    "1998-02-10",
                    ("the mid-'70s", "date", "197", "MID", "1970-01-01", "1979-12-31"),
                ),
            ]
        )
    ),
    # a year of two digits after a preposition or "the": the last of its name by the
    # publication year, a graduating class up to four years ahead
    *(
        pytest.param(text, "2024-06-14", rows, id=f"short-year-{i}")
        for i, (text, rows) in enumerate(
            [
                (
                    "The crash of '08 still haunts investors.",
                    [("'08", "date", "2008", None, "2008-01-01", "2008-12-31")],
                ),
                (
                    "He was a member of the class of '92.",
                    [("'92", "date", "1992", None, "1992-01-01", "1992-12-31")],
                ),
                (
                    "She is in the Class of '27 at Yale.",
                    [("'27", "date", "2027", None, "2027-01-01", "2027-12-31")],
                ),
                (
                    "The crash of '27 ruined him.",
                    [("'27", "date", "1927", None, "1927-01-01", "1927-12-31")],
                ),
                (
                    "The '08 crisis hit banks.",
                    [("'08", "date", "2008", None, "2008-01-01", "2008-12-31")],
                ),
                ("He backed the '08-09 plan.", []),
                ("The song 'Summer of '69' was a hit.", []),
            ]
        )
    ),
    pytest.param(
        "The plant opened at the turn of 2019.",
        PUBLISHED,
        [("the turn of 2019", "date", "2019", "START", "2019-01-01", "2019-12-31")],
        id="turn-of-a-year",
    ),
    pytest.param(
        "The city grew in the 20th century.",
        PUBLISHED,
        [("the 20th century", "date", "19", None, "1900-01-01", "1999-12-31")],
        id="century",
    ),
    pytest.param(
        "The temple was built in the 19th century.",
        PUBLISHED,
        [("the 19th century", "date", "18", None, "1800-01-01", "1899-12-31")],
        id="century-19th",
    ),
    pytest.param(
        "It is a problem of the 21st century.",
        PUBLISHED,
        [("the 21st century", "date", "20", None, "2000-01-01", "2099-12-31")],
        id="century-21st",
    ),
    # a century as a compound modifier: "the" is its noun's
    pytest.param(
        "The 19th-century mansion burned down.",
        PUBLISHED,
        [("19th-century", "date", "18", None, "1800-01-01", "1899-12-31")],
        id="century-modifier-after-the",
    ),
    pytest.param(
        "They restored the fifth-century church.",
        PUBLISHED,
        [("fifth-century", "date", "04", None, "0400-01-01", "0499-12-31")],
        id="spelled-century-modifier-after-the",
    ),
    pytest.param(
        "The mid-19th-century house sold.",
        PUBLISHED,
        [("mid-19th-century", "date", "18", "MID", "1800-01-01", "1899-12-31")],
        id="century-modifier-with-mod",
    ),
    # "about", "around" before a clock time join it: APPROX (not "Some 2 p.m. flights")
    pytest.param(
        "Police were called at about 10:30 p.m. Wednesday.",
        PUBLISHED,
        [
            (
                "about 10:30 p.m. Wednesday",
                "time",
                "2020-05-20T22:30",
                "APPROX",
                "2020-05-20",
                "2020-05-20",
            )
        ],
        id="about-a-clock-time",
    ),
    pytest.param(
        "Some 2 p.m. flights were canceled.",
        PUBLISHED,
        [("2 p.m.", "time", "XXXX-XX-XXT14:00", None, None, None)],
        id="some-before-a-clock-time",
    ),
    # the court's "on or about", "in or around" before a day, a month or a year: APPROX (the
    # cue left out); "circa" joins its year
    pytest.param(
        "The robbery occurred on or about May 3, 2019.",
        PUBLISHED,
        [("May 3, 2019", "date", "2019-05-03", "APPROX", "2019-05-03", "2019-05-03")],
        id="on-or-about-a-day",
    ),
    pytest.param(
        "The fraud began in or around March 2017.",
        PUBLISHED,
        [("March 2017", "date", "2017-03", "APPROX", "2017-03-01", "2017-03-31")],
        id="in-or-around-a-month",
    ),
    pytest.param(
        "The house was built circa 1900.",
        PUBLISHED,
        [("circa 1900", "date", "1900", "APPROX", "1900-01-01", "1900-12-31")],
        id="circa-a-year",
    ),
    pytest.param(
        "We talked about May 3, 2019.",
        PUBLISHED,
        [("May 3, 2019", "date", "2019-05-03", None, "2019-05-03", "2019-05-03")],
        id="about-a-day-no-approx",
    ),
    # Quarters, halves, parts of a year, seasons.
    pytest.param(
        "Profits rose in Q1 2020.",
        PUBLISHED,
        [("Q1 2020", "date", "2020-Q1", None, "2020-01-01", "2020-03-31")],
        id="quarter-q1",
    ),
    pytest.param(
        "Profits rose in Q4 2019.",
        PUBLISHED,
        [("Q4 2019", "date", "2019-Q4", None, "2019-10-01", "2019-12-31")],
        id="quarter-q4",
    ),
    pytest.param(
        "Profits rose in the first quarter of 2020.",
        PUBLISHED,
        [("the first quarter of 2020", "date", "2020-Q1", None, "2020-01-01", "2020-03-31")],
        id="quarter-spelled",
    ),
    pytest.param(
        "Profits fell in the second quarter of 2019.",
        PUBLISHED,
        [("the second quarter of 2019", "date", "2019-Q2", None, "2019-04-01", "2019-06-30")],
        id="quarter-second",
    ),
    pytest.param(
        "Output fell in the first half of 2019.",
        PUBLISHED,
        [("the first half of 2019", "date", "2019-H1", None, "2019-01-01", "2019-06-30")],
        id="half-first",
    ),
    pytest.param(
        "Output rose in the second half of 2019.",
        PUBLISHED,
        [("the second half of 2019", "date", "2019-H2", None, "2019-07-01", "2019-12-31")],
        id="half-second",
    ),
    # "the latter (back) half of" a year is its second half; "the latter half of the match"
    # stays none
    pytest.param(
        "Output rose in the latter half of 2019.",
        PUBLISHED,
        [("the latter half of 2019", "date", "2019-H2", None, "2019-07-01", "2019-12-31")],
        id="latter-half",
    ),
    pytest.param(
        "Sales will recover in the back half of the year.",
        PUBLISHED,
        [("the back half of the year", "date", "2020-H2", None, "2020-07-01", "2020-12-31")],
        id="back-half",
    ),
    pytest.param("He played well in the latter half of the match.", PUBLISHED, [], id="match"),
    pytest.param("He scored in the June half of the season.", PUBLISHED, [], id="june-half-of"),
    pytest.param(
        "Output rose in H1 2020.",
        PUBLISHED,
        [("H1 2020", "date", "2020-H1", None, "2020-01-01", "2020-06-30")],
        id="half-h1",
    ),
    pytest.param(
        "The plant opened in mid-2019.",
        PUBLISHED,
        [("mid-2019", "date", "2019", "MID", "2019-01-01", "2019-12-31")],
        id="mid-year",
    ),
    pytest.param(
        "The vaccine is expected in early 2021.",
        PUBLISHED,
        [("early 2021", "date", "2021", "START", "2021-01-01", "2021-12-31")],
        id="early-year",
    ),
    pytest.param(
        "The mine closed in late 2019.",
        PUBLISHED,
        [("late 2019", "date", "2019", "END", "2019-01-01", "2019-12-31")],
        id="late-year",
    ),
    pytest.param(
        "The bridge opened at the end of 2019.",
        PUBLISHED,
        [("the end of 2019", "date", "2019", "END", "2019-01-01", "2019-12-31")],
        id="end-of-year",
    ),
    pytest.param(
        "Sales slumped in spring 2020.",
        PUBLISHED,
        [("spring 2020", "date", "2020-SP", None, "2020-03-01", "2020-05-31")],
        id="season-spring",
    ),
    pytest.param(
        "Tourism peaked in summer 2019.",
        PUBLISHED,
        [("summer 2019", "date", "2019-SU", None, "2019-06-01", "2019-08-31")],
        id="season-summer",
    ),
    pytest.param(
        "The harvest failed in autumn 2018.",
        PUBLISHED,
        [("autumn 2018", "date", "2018-FA", None, "2018-09-01", "2018-11-30")],
        id="season-autumn",
    ),
    # Fiscal years: TIMEX3 writes them FY<year>; their months vary, so no calendar interval.
    pytest.param(
        "Revenue rose in fiscal 2021.",
        PUBLISHED,
        [("fiscal 2021", "date", "FY2021", None, None, None)],
        id="fiscal-year",
    ),
    pytest.param(
        "The FY24 budget was tabled.",
        PUBLISHED,
        [("FY24", "date", "FY2024", None, None, None)],
        id="fiscal-year-fy-two-digit",
    ),
    pytest.param(
        "Revenue rose in FY2018/19 and will rise in FY19-20.",
        PUBLISHED,
        [
            ("FY2018/19", "date", "FY2019", None, None, None),
            ("FY19-20", "date", "FY2020", None, None, None),
        ],
        id="fiscal-year-named-by-its-end",
    ),
    # a fiscal year's quarter or half: FY form, its year open unless written (no calendar one)
    pytest.param(
        "Microsoft reported fiscal second-quarter revenue.",
        PUBLISHED,
        [("fiscal second-quarter", "date", "FYXXXX-Q2", None, None, None)],
        id="fiscal-quarter",
    ),
    # a year-less quarter told to end in a month that ends no such calendar quarter is a
    # fiscal one; one ending in its calendar month stays the calendar's
    pytest.param(
        "For the third quarter, which ends in late March, Northwind forecast revenue.",
        "2024-01-15",
        [
            ("the third quarter", "date", "FYXXXX-Q3", None, None, None),
            ("late March", "date", "2024-03", "END", "2024-03-01", "2024-03-31"),
        ],
        id="quarter-ending-in-a-fiscal-month",
    ),
    pytest.param(
        "Walmart said sales rose in the fourth quarter ended Jan. 31.",
        "2024-02-20",
        [
            ("the fourth quarter", "date", "FYXXXX-Q4", None, None, None),
            ("Jan. 31", "date", "2024-01-31", None, "2024-01-31", "2024-01-31"),
        ],
        id="quarter-ended-a-fiscal-day",
    ),
    pytest.param(
        "Cisco reported results for its third quarter that ended in April.",
        "2024-05-15",
        [
            ("third quarter", "date", "FYXXXX-Q3", None, None, None),
            ("April", "date", "2024-04", None, "2024-04-01", "2024-04-30"),
        ],
        id="quarter-that-ended-in-a-fiscal-month",
    ),
    # a year-less ordinal quarter before a later sentence (or a short plain gap) telling the
    # quarter's months, all ending in a month that ends no such calendar quarter, is a fiscal
    # one; not a forecast's, a base compared, nor one among quarters told to end differently
    pytest.param(
        (
            "HDFC Bank reported an 18% rise in second-quarter net profit. Net profit rose in "
            "the three months ended Sept. 30."
        ),
        "2025-10-18",
        [
            ("second-quarter", "date", "FYXXXX-Q2", None, None, None),
            ("three months", "duration", "P3M", None, None, None),
            ("Sept. 30", "date", "2025-09-30", None, "2025-09-30", "2025-09-30"),
        ],
        id="ordinal-quarter-whose-months-a-later-sentence-tells",
    ),
    pytest.param(
        (
            "Toyota posted a 20% fall in third-quarter operating profit for the October-Decem"
            "ber period."
        ),
        "2025-02-05",
        [
            ("third-quarter", "date", "FYXXXX-Q3", None, None, None),
            ("October-December", "range", "2024-10/2024-12", None, "2024-10-01", "2024-12-31"),
        ],
        id="ordinal-quarter-for-a-fiscal-months-range",
    ),
    pytest.param(
        "Microsoft said revenue rose 15% in the fourth quarter. The quarter ended June 30.",
        "2025-07-25",
        [
            ("the fourth quarter", "date", "FYXXXX-Q4", None, None, None),
            ("June 30", "date", "2025-06-30", None, "2025-06-30", "2025-06-30"),
        ],
        id="ordinal-quarter-the-quarter-ended-a-fiscal-day",
    ),
    pytest.param(
        "Third-quarter profit rose 10%. Profit in the quarter ended Sept. 30 beat estimates.",
        "2025-11-05",
        [
            ("Third-quarter", "date", "2025-Q3", None, "2025-07-01", "2025-09-30"),
            ("the quarter", "date", "2025-Q3", None, "2025-07-01", "2025-09-30"),
            ("Sept. 30", "date", "2025-09-30", None, "2025-09-30", "2025-09-30"),
        ],
        id="ordinal-quarter-told-its-own-months",
    ),
    pytest.param(
        (
            "Japan's economy is expected to rebound in the fourth quarter after contracting i"
            "n the July-September period."
        ),
        "2025-02-05",
        [
            ("the fourth quarter", "date", "2024-Q4", None, "2024-10-01", "2024-12-31"),
            ("July-September", "range", "2025-07/2025-09", None, "2025-07-01", "2025-09-30"),
        ],
        id="forecast-quarter-before-told-months",
    ),
    pytest.param(
        (
            "Profit fell in the second quarter. In the three months ended Sept. 30, profit ro"
            "se 5% from the second quarter."
        ),
        "2025-02-05",
        [
            ("the second quarter", "date", "2024-Q2", None, "2024-04-01", "2024-06-30"),
            ("three months", "duration", "P3M", None, None, None),
            ("Sept. 30", "date", "2024-09-30", None, "2024-09-30", "2024-09-30"),
            ("the second quarter", "date", "2024-Q2", None, "2024-04-01", "2024-06-30"),
        ],
        id="ordinal-quarter-compared-as-a-base",
    ),
    pytest.param(
        (
            "Second-quarter profit was revised. Profit for the three months ended Sept. 30 ro"
            "se, and for the quarter ended June 30 fell."
        ),
        "2025-11-05",
        [
            ("Second-quarter", "date", "2025-Q2", None, "2025-04-01", "2025-06-30"),
            ("three months", "duration", "P3M", None, None, None),
            ("Sept. 30", "date", "2025-09-30", None, "2025-09-30", "2025-09-30"),
            ("the quarter", "date", "2025-Q2", None, "2025-04-01", "2025-06-30"),
            ("June 30", "date", "2025-06-30", None, "2025-06-30", "2025-06-30"),
        ],
        id="quarters-told-ending-in-two-months",
    ),
    # ... nor one before a later sentence telling a range of months (a quarter before it)
    pytest.param(
        (
            "Japan's economy grew 0.7% in the fourth quarter. It shrank 0.4% in the July-Sept"
            "ember period."
        ),
        "2025-02-17",
        [
            ("the fourth quarter", "date", "2024-Q4", None, "2024-10-01", "2024-12-31"),
            ("July-September", "range", "2024-07/2024-09", None, "2024-07-01", "2024-09-30"),
        ],
        id="ordinal-quarter-before-a-later-sentence-months-range",
    ),
    pytest.param(
        "Sales rose in the fourth quarter, which ended in December.",
        "2024-01-15",
        [
            ("the fourth quarter", "date", "2023-Q4", None, "2023-10-01", "2023-12-31"),
            ("December", "date", "2023-12", None, "2023-12-01", "2023-12-31"),
        ],
        id="quarter-ending-in-its-calendar-month",
    ),
    pytest.param(
        "Profit rose in the third quarter ended Sept. 30.",
        "2024-10-15",
        [
            ("the third quarter", "date", "2024-Q3", None, "2024-07-01", "2024-09-30"),
            ("Sept. 30", "date", "2024-09-30", None, "2024-09-30", "2024-09-30"),
        ],
        id="quarter-ended-its-calendar-day",
    ),
    # ... in a story told while the next such quarter is under way: the ended one's year
    pytest.param(
        "Sales rose 5% in the second quarter ended June 30.",
        "2024-05-15",
        [
            ("the second quarter", "date", "2023-Q2", None, "2023-04-01", "2023-06-30"),
            ("June 30", "date", "2023-06-30", None, "2023-06-30", "2023-06-30"),
        ],
        id="quarter-ended-its-day-a-year-back",
    ),
    # ... set off by a comma (or "which"): the quarter that day ends, the day read as past
    pytest.param(
        "Sales rose 5% in the second quarter, ended June 30.",
        "2024-05-15",
        [
            ("the second quarter", "date", "2023-Q2", None, "2023-04-01", "2023-06-30"),
            ("June 30", "date", "2023-06-30", None, "2023-06-30", "2023-06-30"),
        ],
        id="quarter-comma-ended-its-day-a-year-back",
    ),
    pytest.param(
        "Net income fell in the first quarter, which ended March 31.",
        "2024-02-10",
        [
            ("the first quarter", "date", "2023-Q1", None, "2023-01-01", "2023-03-31"),
            ("March 31", "date", "2023-03-31", None, "2023-03-31", "2023-03-31"),
        ],
        id="quarter-which-ended-its-day-a-year-back",
    ),
    # ... not a day outside the quarter's last month (a fiscal quarter), nor another's
    pytest.param(
        "Sales rose 5% in the second quarter, ended Sept. 30.",
        "2024-05-15",
        [
            ("the second quarter", "date", "FYXXXX-Q2", None, None, None),
            ("Sept. 30", "date", "2023-09-30", None, "2023-09-30", "2023-09-30"),
        ],
        id="quarter-comma-ended-another-month-unchanged",
    ),
    pytest.param(
        "Sales rose 5% in the second quarter, and on June 30 the chief executive quit.",
        "2024-05-15",
        [
            ("the second quarter", "date", "2024-Q2", None, "2024-04-01", "2024-06-30"),
            ("June 30", "date", "2023-06-30", None, "2023-06-30", "2023-06-30"),
        ],
        id="quarter-then-a-day-of-its-own-unchanged",
    ),
    # an ordinal quarter's figures out in the week ahead though that calendar quarter has not
    # ended (nor just ended): a fiscal year's
    pytest.param(
        "The company will report fourth-quarter results on Thursday.",
        "2025-04-15",
        [
            ("fourth-quarter", "date", "FYXXXX-Q4", None, None, None),
            ("Thursday", "date", "2025-04-17", None, "2025-04-17", "2025-04-17"),
        ],
        id="quarter-reported-soon-fiscal",
    ),
    pytest.param(
        "Fourth-quarter earnings are due next week.",
        "2025-08-10",
        [
            ("Fourth-quarter", "date", "FYXXXX-Q4", None, None, None),
            ("next week", "date", "2025-W33", None, "2025-08-11", "2025-08-17"),
        ],
        id="quarter-figures-due-next-week-fiscal",
    ),
    pytest.param(
        "The results for the fourth quarter are due on Thursday.",
        "2025-02-03",
        [
            ("the fourth quarter", "date", "2024-Q4", None, "2024-10-01", "2024-12-31"),
            ("Thursday", "date", "2025-02-06", None, "2025-02-06", "2025-02-06"),
        ],
        id="quarter-just-ended-reported-soon-unchanged",
    ),
    pytest.param(
        "Sales are expected to rise in the fourth quarter, the company said Thursday.",
        "2025-04-15",
        [
            ("the fourth quarter", "date", "2025-Q4", None, "2025-10-01", "2025-12-31"),
            ("Thursday", "date", "2025-04-10", None, "2025-04-10", "2025-04-10"),
        ],
        id="quarter-forecast-said-on-a-day-unchanged",
    ),
    pytest.param(
        "Analysts expect the company to report a profit for the fourth quarter.",
        "2025-04-15",
        [("the fourth quarter", "date", "2025-Q4", None, "2025-10-01", "2025-12-31")],
        id="quarter-reported-no-day-unchanged",
    ),
    # a title-case headline: its counts, units and their leads read as in lower case, for
    # stretches and units counted from publication only
    pytest.param(
        "Apple to Invest $500 Billion in U.S. Over Four Years\n\n"
        "Apple said on Monday it would invest.",
        "2025-02-24",
        [
            ("Four Years", "duration", "P4Y", None, None, None),
            ("Monday", "date", "2025-02-24", None, "2025-02-24", "2025-02-24"),
        ],
        id="title-case-headline-duration",
    ),
    pytest.param(
        "China's Economy Grew 5% Last Year",
        "2025-01-17",
        [("Last Year", "date", "2024", None, "2024-01-01", "2024-12-31")],
        id="title-case-headline-last-year",
    ),
    pytest.param(
        "Oil Prices Hit Highest Level In Three Months",
        "2025-01-17",
        [("Three Months", "duration", "P3M", None, None, None)],
        id="title-case-headline-in-three-months",
    ),
    # ... and sets, whose value needs no tense either: "Every Other Tuesday", "Every Two Years"
    pytest.param(
        "Rehearsals Held Every Other Tuesday",
        "2025-01-17",
        [("Every Other Tuesday", "set", "P2W", None, None, None)],
        id="title-case-every-other-weekday",
    ),
    pytest.param(
        "Farmers Market Returns Every Tuesday",
        "2025-01-17",
        [("Every Tuesday", "set", "XXXX-WXX-2", None, None, None)],
        id="title-case-every-weekday",
    ),
    pytest.param(
        "Elections Held Every Two Years Under New Law",
        "2025-01-17",
        [("Every Two Years", "set", "P2Y", None, None, None)],
        id="title-case-every-two-years",
    ),
    pytest.param(
        "The Other Tuesday Night Club Plays", "2025-01-17", [], id="title-case-other-weekday-not"
    ),
    # ... not a weekday or a month its lowered lead would make, nor "28 Days Later"
    pytest.param(
        "Stocks Fall On Monday After Fed Decision", "2025-01-17", [], id="title-case-weekday-not"
    ),
    pytest.param(
        "Inflation Rises to 3.2% In June", "2025-01-17", [], id="title-case-month-lead-not"
    ),
    pytest.param("Watch: 28 Days Later Star Returns", "2025-01-17", [], id="title-case-later-not"),
    # a preposition lowered before a date whose year is told: read as in lower case
    pytest.param(
        "Inflation Eases To 2.9% In 2024",
        "2025-01-17",
        [("2024", "date", "2024", None, "2024-01-01", "2024-12-31")],
        id="title-case-year-after-in",
    ),
    pytest.param(
        "Sales Fell In June 2024, Data Show",
        "2025-01-17",
        [("June 2024", "date", "2024-06", None, "2024-06-01", "2024-06-30")],
        id="title-case-month-year-after-in",
    ),
    pytest.param(
        "Outlook For 2026 Brightens As Rates Fall",
        "2025-01-17",
        [("2026", "date", "2026", None, "2026-01-01", "2026-12-31")],
        id="title-case-year-after-for",
    ),
    pytest.param(
        "Profit Rises In Fiscal 2025",
        "2025-01-17",
        [("Fiscal 2025", "date", "FY2025", None, None, None)],
        id="title-case-fiscal-year-after-in",
    ),
    # ... not a year-less date (its side needs the tense of a capitalized verb)
    pytest.param("Man Charged In June Shooting", "2025-01-17", [], id="title-case-june-not"),
    pytest.param("Election Set For Nov. 4", "2025-01-17", [], id="title-case-month-day-not"),
    pytest.param(
        "Police Say Two Killed In March Attack", "2025-01-17", [], id="title-case-count-lead-not"
    ),
    pytest.param(
        "Apple Said It Would Invest Over Four Years.",
        "2025-01-17",
        [],
        id="title-case-sentence-with-stop-not",
    ),
    pytest.param(
        "Sales will rise in the third quarter ending Sept. 30.",
        "2024-05-15",
        [
            ("the third quarter", "date", "2024-Q3", None, "2024-07-01", "2024-09-30"),
            ("Sept. 30", "date", "2024-09-30", None, "2024-09-30", "2024-09-30"),
        ],
        id="quarter-ending-its-day-ahead",
    ),
    pytest.param(
        "Sales rose 5% in the second quarter.",
        "2024-05-15",
        [("the second quarter", "date", "2024-Q2", None, "2024-04-01", "2024-06-30")],
        id="quarter-under-way-no-end-unchanged",
    ),
    pytest.param(
        "Earnings rose in the first quarter of fiscal 2024 and in Q3 of FY2023.",
        PUBLISHED,
        [
            ("the first quarter of fiscal 2024", "date", "FY2024-Q1", None, None, None),
            ("Q3 of FY2023", "date", "FY2023-Q3", None, None, None),
        ],
        id="quarter-of-a-written-fiscal-year",
    ),
    pytest.param(
        "Revenue rose in the second half of fiscal 2023.",
        PUBLISHED,
        [("the second half of fiscal 2023", "date", "FY2023-H2", None, None, None)],
        id="half-of-a-written-fiscal-year",
    ),
    pytest.param(
        "Shares are up 5% year-to-date. Year to date, the index has gained.",
        PUBLISHED,
        [  # this year, up to the publication date
            ("year-to-date", "date", "2020", None, "2020-01-01", "2020-05-23"),
            ("Year to date", "date", "2020", None, "2020-01-01", "2020-05-23"),
        ],
        id="year-to-date",
    ),
    pytest.param(
        "Shares are down 20% so far this year. The index has gained 3% this month so far. "
        "So far this week, 300 people have died. Sales will rise this year.",
        PUBLISHED,
        [  # "so far", "thus far", "to date" before or after "this year (month, week)"
            ("this year", "date", "2020", None, "2020-01-01", "2020-05-23"),
            ("this month", "date", "2020-05", None, "2020-05-01", "2020-05-23"),
            ("this week", "date", "2020-W21", None, "2020-05-18", "2020-05-23"),
            ("this year", "date", "2020", None, "2020-01-01", "2020-12-31"),
        ],
        id="so-far-this-year",
    ),
    pytest.param(
        "Listings raised $5 billion so far this year, down 35% from the same period of 2018. "
        "Sales rose 4% year-to-date from a year earlier.",
        PUBLISHED,
        [  # the same stretch of an earlier year
            ("this year", "date", "2020", None, "2020-01-01", "2020-05-23"),
            ("the same period of 2018", "date", "2018", None, "2018-01-01", "2018-05-23"),
            ("year-to-date", "date", "2020", None, "2020-01-01", "2020-05-23"),
            ("a year earlier", "date", "2019", None, "2019-01-01", "2019-05-23"),
        ],
        id="so-far-this-year-the-same-period-before",
    ),
    pytest.param(
        "Apple reported results for its fiscal Q3.",
        PUBLISHED,
        [("fiscal Q3", "date", "FYXXXX-Q3", None, None, None)],
        id="fiscal-q3",
    ),
    pytest.param(
        "In the fiscal first half, sales rose.",
        PUBLISHED,
        [("fiscal first half", "date", "FYXXXX-H1", None, None, None)],
        id="fiscal-half",
    ),
    pytest.param(
        "Sales fell in the fiscal fourth quarter of 2023.",
        PUBLISHED,
        [("fiscal fourth quarter of 2023", "date", "FY2023-Q4", None, None, None)],
        id="fiscal-quarter-with-its-year",
    ),
    pytest.param(
        "In fiscal 2023-24 revenue rose, and the 2022/23 financial year and the 2021-22 fiscal "
        "year were flat.",
        PUBLISHED,
        [
            ("fiscal 2023-24", "date", "FY2024", None, None, None),
            ("2022/23 financial year", "date", "FY2023", None, None, None),
            ("2021-22 fiscal year", "date", "FY2022", None, None, None),
        ],
        id="fiscal-year-of-two-years-named-by-its-end",
    ),
    # one year before "fiscal (financial) year" labels it, as "fiscal 2025" does; not across a
    # comma
    pytest.param(
        "Revenue rose in the 2025 fiscal year, and the 2023 financial year was flat.",
        PUBLISHED,
        [
            ("2025 fiscal year", "date", "FY2025", None, None, None),
            ("2023 financial year", "date", "FY2023", None, None, None),
        ],
        id="fiscal-year-of-one-year-before",
    ),
    # "the fiscal year ending March 2026": named by the year it ends in, written after it
    pytest.param(
        "The company expects a profit for the fiscal year ending March 2026.",
        PUBLISHED,
        [
            ("the fiscal year", "date", "FY2026", None, None, None),
            ("March 2026", "date", "2026-03", None, "2026-03-01", "2026-03-31"),
        ],
        id="fiscal-year-ending-a-month",
    ),
    pytest.param(
        "Profit rose in the financial year ended June 30, 2018.",
        PUBLISHED,
        [
            ("the financial year", "date", "FY2018", None, None, None),
            ("June 30, 2018", "date", "2018-06-30", None, "2018-06-30", "2018-06-30"),
        ],
        id="financial-year-ended-a-day",
    ),
    # ... or, with no year written, the year its day (month) takes by the tense, as the day
    # alone does
    pytest.param(
        "For the fiscal year ended June 30, revenue rose.",
        PUBLISHED,
        [
            ("the fiscal year", "date", "FY2019", None, None, None),
            ("June 30", "date", "2019-06-30", None, "2019-06-30", "2019-06-30"),
        ],
        id="fiscal-year-ended-a-day-of-no-year",
    ),
    # ... and a fiscal year told by its two years: the day (month) ending it is of the later,
    # whenever published; one of one year ("fiscal 2022", Japan's may end in 2023) is not
    pytest.param(
        "The canal earned a record in the 2022/23 financial year, which ended in May.",
        PUBLISHED,
        [
            ("2022/23 financial year", "date", "FY2023", None, None, None),
            ("May", "date", "2023-05", None, "2023-05-01", "2023-05-31"),
        ],
        id="split-fiscal-year-ended-a-month",
    ),
    pytest.param(
        "Profit rose in the fiscal year 2022-23 ending March 31.",
        PUBLISHED,
        [
            ("fiscal year 2022-23", "date", "FY2023", None, None, None),
            ("March 31", "date", "2023-03-31", None, "2023-03-31", "2023-03-31"),
        ],
        id="split-fiscal-year-ending-a-day",
    ),
    pytest.param(
        "Profit rose in fiscal 2022, which ended in March.",
        PUBLISHED,
        [
            ("fiscal 2022", "date", "FY2022", None, None, None),
            ("March", "date", "2020-03", None, "2020-03-01", "2020-03-31"),
        ],
        id="one-year-fiscal-ended-a-month-unchanged",
    ),
    pytest.param(
        "Profit rose in the 2022/23 financial year, and fell in May.",
        PUBLISHED,
        [
            ("2022/23 financial year", "date", "FY2023", None, None, None),
            ("May", "date", "2020-05", None, "2020-05-01", "2020-05-31"),
        ],
        id="split-fiscal-year-then-no-end-unchanged",
    ),
    pytest.param(
        "The company expects sales to grow in the fiscal year ending Sept. 30.",
        PUBLISHED,
        [
            ("the fiscal year", "date", "FY2020", None, None, None),
            ("Sept. 30", "date", "2020-09-30", None, "2020-09-30", "2020-09-30"),
        ],
        id="fiscal-year-ending-a-day-ahead",
    ),
    pytest.param(
        "Revenue in the fiscal year that ended in July rose.",
        PUBLISHED,
        [
            ("the fiscal year", "date", "FY2019", None, None, None),
            ("July", "date", "2019-07", None, "2019-07-01", "2019-07-31"),
        ],
        id="fiscal-year-ended-a-month-of-no-year",
    ),
    pytest.param(
        "The fiscal year ends June 30; the fiscal year to March 3 percent rise.",
        PUBLISHED,
        [
            ("June 30", "date", "2020-06-30", None, "2020-06-30", "2020-06-30"),
            ("March 3", "date", "2021-03-03", None, "2021-03-03", "2021-03-03"),
        ],
        id="fiscal-year-ends-no-period",
    ),
    pytest.param(
        "In 2019, fiscal year revenue rose.",
        PUBLISHED,
        [("2019", "date", "2019", None, "2019-01-01", "2019-12-31")],
        id="year-then-comma-is-no-fiscal-year",
    ),
    # a sentence's capital "Fiscal"; a fiscal year of no year told ("this fiscal year": its
    # label depends on the country or company); a quarter written beside a fiscal year
    pytest.param(
        "Fiscal 2025 revenue rose. Fiscal year 2023 sales fell.",
        PUBLISHED,
        [
            ("Fiscal 2025", "date", "FY2025", None, None, None),
            ("Fiscal year 2023", "date", "FY2023", None, None, None),
        ],
        id="fiscal-year-capitalized",
    ),
    pytest.param(
        "Costs rose last fiscal year and will fall in the current fiscal year.",
        PUBLISHED,
        [
            ("last fiscal year", "date", "FYXXXX", None, None, None),
            ("current fiscal year", "date", "FYXXXX", None, None, None),
        ],
        id="fiscal-year-relative",
    ),
    pytest.param(
        "Reeves will save 1.4 billion pounds this financial year, after last financial year's.",
        PUBLISHED,
        [
            ("this financial year", "date", "FYXXXX", None, None, None),
            ("last financial year", "date", "FYXXXX", None, None, None),
        ],
        id="financial-year-relative",
    ),
    pytest.param(
        "Margins rose in Q3 FY25, in Q1 of FY24, in FY2023 Q4 and in Q2 fiscal 2022.",
        PUBLISHED,
        [
            ("Q3 FY25", "date", "FY2025-Q3", None, None, None),
            ("Q1 of FY24", "date", "FY2024-Q1", None, None, None),
            ("FY2023 Q4", "date", "FY2023-Q4", None, None, None),
            ("Q2 fiscal 2022", "date", "FY2022-Q2", None, None, None),
        ],
        id="quarter-beside-a-fiscal-year",
    ),
    pytest.param(
        "Profit rose in H1 FY25, in Q2 FY24-25 and in Q4 FY1999/00.",
        PUBLISHED,
        [
            ("H1 FY25", "date", "FY2025-H1", None, None, None),
            ("Q2 FY24-25", "date", "FY2025-Q2", None, None, None),
            ("Q4 FY1999/00", "date", "FY2000-Q4", None, None, None),
        ],
        id="half-or-quarter-beside-a-fiscal-year-of-two",
    ),
    pytest.param(
        "The company posted fiscal 2024 first-quarter results.",
        PUBLISHED,
        [("fiscal 2024 first-quarter", "date", "FY2024-Q1", None, None, None)],
        id="fiscal-year-then-its-quarter",
    ),
    # Brokers' quarters and halves: "3Q22", "1H23"; "3Q" is this year's (or the last one).
    pytest.param(
        "Its 3Q22 sales fell, 1H23 profit rose and 2H22 margins narrowed.",
        PUBLISHED,
        [
            ("3Q22", "date", "2022-Q3", None, "2022-07-01", "2022-09-30"),
            ("1H23", "date", "2023-H1", None, "2023-01-01", "2023-06-30"),
            ("2H22", "date", "2022-H2", None, "2022-07-01", "2022-12-31"),
        ],
        id="compact-quarters-and-halves",
    ),
    # ... a space before a year of four digits, as "3Q 2024" has ("1H 20 points": none)
    pytest.param(
        "Growth slowed in 2H 2024 and 3Q 2024; he scored 1H 20 points.",
        PUBLISHED,
        [
            ("2H 2024", "date", "2024-H2", None, "2024-07-01", "2024-12-31"),
            ("3Q 2024", "date", "2024-Q3", None, "2024-07-01", "2024-09-30"),
        ],
        id="compact-halves-spaced",
    ),
    # glued to its fiscal year ("Q1FY25", "3QFY24", "2HFY24") or to a year of four digits
    pytest.param(
        "Revenue rose in Q1FY25, fell in 3QFY24 and in 3Q FY23, and rose in H1FY25 and 2HFY24.",
        PUBLISHED,
        [
            ("Q1FY25", "date", "FY2025-Q1", None, None, None),
            ("3QFY24", "date", "FY2024-Q3", None, None, None),
            ("3Q FY23", "date", "FY2023-Q3", None, None, None),
            ("H1FY25", "date", "FY2025-H1", None, None, None),
            ("2HFY24", "date", "FY2024-H2", None, None, None),
        ],
        id="compact-quarters-and-halves-of-a-fiscal-year",
    ),
    pytest.param(
        "Sales fell in 2H2023 and 1Q2024; Model 3QX and the Q1FX sold well.",
        PUBLISHED,
        [
            ("2H2023", "date", "2023-H2", None, "2023-07-01", "2023-12-31"),
            ("1Q2024", "date", "2024-Q1", None, "2024-01-01", "2024-03-31"),
        ],
        id="compact-halves-of-a-four-digit-year",
    ),
    # a capitalized ordinal quarter opening a sentence ("the openers" are lower-cased words)
    pytest.param(
        "Third-quarter profit fell 10%. First Quarter Capital said so.",
        PUBLISHED,
        [("Third-quarter", "date", "2019-Q3", None, "2019-07-01", "2019-09-30")],
        id="capitalized-hyphenated-quarter",
    ),
    # a year past 2099 after a month's name (a bare "2150" stays a number: NO_DATE_CASES)
    pytest.param(
        "The asteroid could come close to Earth in September 2182.",
        PUBLISHED,
        [("September 2182", "date", "2182-09", None, "2182-09-01", "2182-09-30")],
        id="month-and-a-year-past-2099",
    ),
    pytest.param(
        "The lease expires on March 3, 2150, and the capsule opens on 1 January 2125.",
        PUBLISHED,
        [
            ("March 3, 2150", "date", "2150-03-03", None, "2150-03-03", "2150-03-03"),
            ("1 January 2125", "date", "2125-01-01", None, "2125-01-01", "2125-01-01"),
        ],
        id="days-of-a-year-past-2099",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ABSOLUTE_CASES)
def test_dates_absolute(
    extractor: Extractor, text: str, published: str, expected: list[Row]
) -> None:
    article = _extract(extractor, text, published)
    assert [_row(d) for d in article.dates] == expected


RELATIVE_CASES = [
    # a close is always past, whatever the tense of its sentence; the verb "close" is not
    pytest.param(
        "Holders will receive $171 a share, a premium of 10% to the closing price on Friday.",
        [("Friday", "date", "2020-05-22", None, "2020-05-22", "2020-05-22")],
        id="closing-price-on-weekday-past",
    ),
    pytest.param(
        "The offer will be a 10% premium to the stock's close on Friday.",
        [("Friday", "date", "2020-05-22", None, "2020-05-22", "2020-05-22")],
        id="possessive-close-on-weekday-past",
    ),
    pytest.param(
        "The deal is set to close on Friday.",
        [("Friday", "date", "2020-05-29", None, "2020-05-29", "2020-05-29")],
        id="verb-close-on-weekday-ahead",
    ),
    # "the week (weekend, month, year) before last" and "the day before yesterday": two back
    pytest.param(
        "Riots broke out the weekend before last.",
        [("the weekend before last", "date", "2020-W19-WE", None, "2020-05-09", "2020-05-10")],
        id="weekend-before-last",
    ),
    pytest.param(
        "He resigned the week before last.",
        [("the week before last", "date", "2020-W19", None, "2020-05-04", "2020-05-10")],
        id="week-before-last",
    ),
    pytest.param(
        "The month before last, prices fell.",
        [("The month before last", "date", "2020-03", None, "2020-03-01", "2020-03-31")],
        id="month-before-last",
    ),
    pytest.param(
        "Sales will recover the year after next.",
        [("the year after next", "date", "2022", None, "2022-01-01", "2022-12-31")],
        id="year-after-next",
    ),
    pytest.param(
        "He arrived the day before yesterday.",
        [("the day before yesterday", "date", "2020-05-21", None, "2020-05-21", "2020-05-21")],
        id="day-before-yesterday",
    ),
    pytest.param(
        "The plant opens the day after tomorrow.",
        [("the day after tomorrow", "date", "2020-05-25", None, "2020-05-25", "2020-05-25")],
        id="day-after-tomorrow",
    ),
    # "this past" is "last" before a weekday, a weekend, a week or a month name; "this past
    # year" may be the one now ending, and stays no date
    pytest.param(
        "Protests spread this past weekend.",
        [("this past weekend", "date", "2020-W20-WE", None, "2020-05-16", "2020-05-17")],
        id="this-past-weekend",
    ),
    pytest.param(
        "The strike ended this past Tuesday.",
        [("this past Tuesday", "date", "2020-05-19", None, "2020-05-19", "2020-05-19")],
        id="this-past-weekday",
    ),
    pytest.param(
        "The plant closed this past March.",
        [("this past March", "date", "2020-03", None, "2020-03-01", "2020-03-31")],
        id="this-past-month-name",
    ),
    pytest.param("Sales rose this past year.", [], id="this-past-year-is-no-date"),
    # "on the 15th" before a clause's end is a day of this month or the one the tense tells
    pytest.param(
        "The bill is due on the 15th.",
        [("the 15th", "date", "2020-06-15", None, "2020-06-15", "2020-06-15")],
        id="on-the-15th-ahead",
    ),
    pytest.param(
        "The rally was held on the 30th, officials said.",
        [("the 30th", "date", "2020-04-30", None, "2020-04-30", "2020-04-30")],
        id="on-the-30th-past",
    ),
    pytest.param("He lives on the 15th floor.", [], id="on-the-15th-floor-no-date"),
    # a year-less "the spring" after a preposition is a season, by the tense (May 2020)
    pytest.param(
        "Sales fell in the summer.",
        [("the summer", "date", "2019-SU", None, "2019-06-01", "2019-08-31")],
        id="the-summer-past",
    ),
    pytest.param(
        "Growth will pick up in the summer.",
        [("the summer", "date", "2020-SU", None, "2020-06-01", "2020-08-31")],
        id="the-summer-ahead",
    ),
    pytest.param(
        "Heating costs soared during the winter.",
        [("the winter", "date", "2019-WI", None, "2019-12-01", "2020-02-29")],
        id="the-winter-past",
    ),
    pytest.param("Prices rose in the spring-like weather.", [], id="spring-like-is-no-season"),
    # "month-end", "mid-month", "mid-year", "midweek" after a preposition: this month's end,
    # its middle, the year's middle, this week's middle; not an adjective ("a mid-year review")
    pytest.param(
        "The company expects to finish the work by mid-month.",
        [("mid-month", "date", "2020-05", "MID", "2020-05-01", "2020-05-31")],
        id="by-mid-month",
    ),
    pytest.param(
        "Rates will stay on hold until mid-year.",
        [("mid-year", "date", "2020", "MID", "2020-01-01", "2020-12-31")],
        id="until-mid-year",
    ),
    pytest.param(
        "Talks resume in midweek.",
        [("midweek", "date", "2020-W21", "MID", "2020-05-18", "2020-05-24")],
        id="in-midweek",
    ),
    pytest.param(
        "The fund is valued at month-end.",
        [("month-end", "date", "2020-05", "END", "2020-05-01", "2020-05-31")],
        id="at-month-end",
    ),
    # "year-end" after a preposition is the end of the year, as "the end of the year" is
    pytest.param(
        "The deal is expected to close by year-end.",
        [("year-end", "date", "2020", "END", "2020-01-01", "2020-12-31")],
        id="by-year-end",
    ),
    pytest.param(
        "Rates may fall before the year end.",
        [("the year end", "date", "2020", "END", "2020-01-01", "2020-12-31")],
        id="before-the-year-end",
    ),
    pytest.param(
        "The company expects to complete the sale by year's end.",
        [("year's end", "date", "2020", "END", "2020-01-01", "2020-12-31")],
        id="by-years-end",
    ),
    pytest.param(
        "He will retire before year\u2019s end.",
        [("year\u2019s end", "date", "2020", "END", "2020-01-01", "2020-12-31")],
        id="before-years-end-curly",
    ),
    pytest.param("The year's end was quiet.", [], id="the-years-end-subject-no-lead"),
    pytest.param("The company posted year-end results.", [], id="year-end-results-no-date"),
    # the first (last) days of a month or year are its start (end), not a stretch of time up
    # to publication; its Nth (last) week is the ISO week whose Thursday is in it
    pytest.param(
        "Sales rose in the last week of December.",
        [("the last week of December", "date", "2019-W52", None, "2019-12-23", "2019-12-29")],
        id="last-week-of-a-month",
    ),
    pytest.param(
        "The summit will be held in the first week of June.",
        [("the first week of June", "date", "2020-W23", None, "2020-06-01", "2020-06-07")],
        id="first-week-of-a-month",
    ),
    pytest.param(
        "The festival takes place in the third week of June.",
        [("the third week of June", "date", "2020-W25", None, "2020-06-15", "2020-06-21")],
        id="third-week-of-a-month",
    ),
    pytest.param(
        "Prices fell in the first week of the year.",
        [("the first week of the year", "date", "2020-W01", None, "2019-12-30", "2020-01-05")],
        id="first-week-of-the-year",
    ),
    pytest.param("Rain fell in the second week of his term.", [], id="second-week-of-a-term"),
    pytest.param(
        "Prices fell in the final days of last year.",
        [("the final days of last year", "date", "2019", "END", "2019-01-01", "2019-12-31")],
        id="final-days-of-a-year",
    ),
    pytest.param("He struggled in the last week of his term.", [], id="last-week-of-a-term"),
    pytest.param(
        "Prices rose over the last week.",
        [("the last week", "duration", "P1W", None, "2020-05-16", "2020-05-23")],
        id="the-last-week-is-still-a-duration",
    ),
    pytest.param(
        "It held for the current year.",
        [("current year", "date", "2020", None, "2020-01-01", "2020-12-31")],
        id="the-current-year",
    ),
    # An abbreviated month with its stop after a preposition is the month ("Jan" alone is a name).
    pytest.param(
        "Sales rose in Jan. after a weak quarter.",
        [("Jan.", "date", "2020-01", None, "2020-01-01", "2020-01-31")],
        id="short-month-after-in",
    ),
    pytest.param(
        "The plant closed in Sept., officials said.",
        [("Sept.", "date", "2019-09", None, "2019-09-01", "2019-09-30")],
        id="short-month-sept-before-a-comma",
    ),
    pytest.param(
        "Prices have doubled since Aug. and peaked last Dec.",
        [
            ("Aug.", "date", "2019-08", None, "2019-08-01", "2019-08-31"),
            ("last Dec.", "date", "2019-12", None, "2019-12-01", "2019-12-31"),
        ],
        id="short-months-since-and-last",
    ),
    pytest.param(
        "The law takes effect in Jan.",
        [("Jan.", "date", "2021-01", None, "2021-01-01", "2021-01-31")],
        id="short-month-ahead-at-the-end",
    ),
    # A year-less day on the publication day is that day, in a future sentence too.
    pytest.param(
        "The cabinet will meet on May 23 to approve it.",
        [("May 23", "date", "2020-05-23", None, "2020-05-23", "2020-05-23")],
        id="future-day-is-the-publication-day",
    ),
    pytest.param(
        "BEIJING, May 23 (Xinhua) -- The plan will run over the next five years.",
        [
            ("May 23", "date", "2020-05-23", None, "2020-05-23", "2020-05-23"),
            ("the next five years", "duration", "P5Y", None, "2020-05-23", "2025-05-23"),
        ],
        id="wire-dateline-day-in-a-future-sentence",
    ),
    # Years, months, quarters, weeks named from the publication date.
    pytest.param(
        "Profits fell last year.",
        [("last year", "date", "2019", None, "2019-01-01", "2019-12-31")],
        id="last-year",
    ),
    pytest.param(
        "Profits will rise this year.",
        [("this year", "date", "2020", None, "2020-01-01", "2020-12-31")],
        id="this-year",
    ),
    pytest.param(
        "Elections are due next year.",
        [("next year", "date", "2021", None, "2021-01-01", "2021-12-31")],
        id="next-year",
    ),
    pytest.param(
        "Sales rose this month.",
        [("this month", "date", "2020-05", None, "2020-05-01", "2020-05-31")],
        id="this-month",
    ),
    pytest.param(
        "Sales fell last month.",
        [("last month", "date", "2020-04", None, "2020-04-01", "2020-04-30")],
        id="last-month",
    ),
    pytest.param(
        "Sales will recover next month.",
        [("next month", "date", "2020-06", None, "2020-06-01", "2020-06-30")],
        id="next-month",
    ),
    pytest.param(
        "Talks resume next week.",
        [("next week", "date", "2020-W22", None, "2020-05-25", "2020-05-31")],
        id="next-week",
    ),
    pytest.param(
        "Talks broke down last week.",
        [("last week", "date", "2020-W20", None, "2020-05-11", "2020-05-17")],
        id="last-week",
    ),
    pytest.param(
        "Talks resumed this week.",
        [("this week", "date", "2020-W21", None, "2020-05-18", "2020-05-24")],
        id="this-week",
    ),
    pytest.param(
        "Crowds gathered last weekend.",
        [("last weekend", "date", "2020-W20-WE", None, "2020-05-16", "2020-05-17")],
        id="last-weekend",
    ),
    pytest.param(
        "Crowds will gather this weekend.",
        [("this weekend", "date", "2020-W21-WE", None, "2020-05-23", "2020-05-24")],
        id="this-weekend",
    ),
    pytest.param(
        "Profits fell last quarter.",
        [("last quarter", "date", "2020-Q1", None, "2020-01-01", "2020-03-31")],
        id="last-quarter",
    ),
    pytest.param(
        "Profits are falling this quarter.",
        [("this quarter", "date", "2020-Q2", None, "2020-04-01", "2020-06-30")],
        id="this-quarter",
    ),
    pytest.param(
        "Profits will recover next quarter.",
        [("next quarter", "date", "2020-Q3", None, "2020-07-01", "2020-09-30")],
        id="next-quarter",
    ),
    # Counted back or forward from the publication date.
    pytest.param(
        "The mine closed two years ago.",
        [("two years ago", "date", "2018", None, "2018-01-01", "2018-12-31")],
        id="years-ago",
    ),
    pytest.param(
        "The mine closed 10 years ago.",
        [("10 years ago", "date", "2010", None, "2010-01-01", "2010-12-31")],
        id="digit-years-ago",
    ),
    pytest.param(
        "The mine closed a year ago.",
        [("a year ago", "date", "2019", None, "2019-01-01", "2019-12-31")],
        id="a-year-ago",
    ),
    pytest.param(
        "The strike began three months ago.",
        [("three months ago", "date", "2020-02", None, "2020-02-01", "2020-02-29")],
        id="months-ago",
    ),
    pytest.param(
        "The strike began six months ago.",
        [("six months ago", "date", "2019-11", None, "2019-11-01", "2019-11-30")],
        id="months-ago-previous-year",
    ),
    pytest.param(
        "The suspect was arrested two weeks ago.",
        [("two weeks ago", "date", "2020-W19", None, "2020-05-04", "2020-05-10")],
        id="weeks-ago-is-a-week",
    ),
    pytest.param(
        "The fire started five days ago.",
        [("five days ago", "date", "2020-05-18", None, "2020-05-18", "2020-05-18")],
        id="days-ago",
    ),
    pytest.param(
        "The line will open a year from now.",
        [("a year from now", "date", "2021", None, "2021-01-01", "2021-12-31")],
        id="a-year-from-now",
    ),
    pytest.param(
        "The minister resigned yesterday.",
        [("yesterday", "date", "2020-05-22", None, "2020-05-22", "2020-05-22")],
        id="yesterday",
    ),
    pytest.param(
        "The minister resigned today.",
        [("today", "date", "2020-05-23", None, "2020-05-23", "2020-05-23")],
        id="today",
    ),
    pytest.param(
        "The minister will resign tomorrow.",
        [("tomorrow", "date", "2020-05-24", None, "2020-05-24", "2020-05-24")],
        id="tomorrow",
    ),
    # Parts of relative periods.
    pytest.param(
        "The factory closed late last year.",
        [("late last year", "date", "2019", "END", "2019-01-01", "2019-12-31")],
        id="late-last-year",
    ),
    pytest.param(
        "The plant will open early next year.",
        [("early next year", "date", "2021", "START", "2021-01-01", "2021-12-31")],
        id="early-next-year",
    ),
    pytest.param(
        "The bridge opened at the end of last year.",
        [("the end of last year", "date", "2019", "END", "2019-01-01", "2019-12-31")],
        id="end-of-last-year",
    ),
    pytest.param(
        "The rules expire at the end of this month.",
        [("the end of this month", "date", "2020-05", "END", "2020-05-01", "2020-05-31")],
        id="end-of-this-month",
    ),
    pytest.param(
        "The plant will open by the end of the year.",
        [("the end of the year", "date", "2020", "END", "2020-01-01", "2020-12-31")],
        id="end-of-the-year",
    ),
    pytest.param(
        "As of the end of April, 98,757 workers have returned.",
        [("the end of April", "date", "2020-04", "END", "2020-04-01", "2020-04-30")],
        id="as-of-the-end-of-april",
    ),
    pytest.param(
        "Jobs recovered by the end of April.",
        [("the end of April", "date", "2020-04", "END", "2020-04-01", "2020-04-30")],
        id="by-the-end-of-april",
    ),
    pytest.param(
        "Work resumed at the beginning of March.",
        [("the beginning of March", "date", "2020-03", "START", "2020-03-01", "2020-03-31")],
        id="beginning-of-march",
    ),
    pytest.param(
        "Profits rose in the first quarter of this year.",
        [("the first quarter of this year", "date", "2020-Q1", None, "2020-01-01", "2020-03-31")],
        id="quarter-of-this-year",
    ),
    pytest.param(
        "Profits fell in the fourth quarter of last year.",
        [("the fourth quarter of last year", "date", "2019-Q4", None, "2019-10-01", "2019-12-31")],
        id="quarter-of-last-year",
    ),
    pytest.param(
        "Output rose in the first half of this year.",
        [("the first half of this year", "date", "2020-H1", None, "2020-01-01", "2020-06-30")],
        id="half-of-this-year",
    ),
    pytest.param(
        "Output will rise in the second half of next year.",
        [("the second half of next year", "date", "2021-H2", None, "2021-07-01", "2021-12-31")],
        id="half-of-next-year",
    ),
    pytest.param(
        "The plant will open next spring.",
        [("next spring", "date", "2021-SP", None, "2021-03-01", "2021-05-31")],
        id="next-spring",
    ),
    pytest.param(
        "Tourism collapsed last summer.",
        [("last summer", "date", "2019-SU", None, "2019-06-01", "2019-08-31")],
        id="last-summer",
    ),
    pytest.param(
        "Sales slumped this spring.",
        [("this spring", "date", "2020-SP", None, "2020-03-01", "2020-05-31")],
        id="this-spring",
    ),
    # Year-less months and days: the latest on or before publication, or the next one.
    pytest.param(
        "The law took effect in January.",
        [("January", "date", "2020-01", None, "2020-01-01", "2020-01-31")],
        id="in-january-past",
    ),
    pytest.param(
        "The ban was lifted in July.",
        [("July", "date", "2019-07", None, "2019-07-01", "2019-07-31")],
        id="in-july-past-is-last-year",
    ),
    pytest.param(
        "The strike began in May.",
        [("May", "date", "2020-05", None, "2020-05-01", "2020-05-31")],
        id="in-may-past-is-this-month",
    ),
    pytest.param(
        "The law will take effect in January.",
        [("January", "date", "2021-01", None, "2021-01-01", "2021-01-31")],
        id="in-january-will",
    ),
    pytest.param(
        "The firm plans to open the plant in January.",
        [("January", "date", "2021-01", None, "2021-01-01", "2021-01-31")],
        id="in-january-plans-to",
    ),
    pytest.param(
        "The factory will reopen in June.",
        [("June", "date", "2020-06", None, "2020-06-01", "2020-06-30")],
        id="in-june-will",
    ),
    pytest.param(
        "Elections are due next year, with a first round in January.",
        [
            ("next year", "date", "2021", None, "2021-01-01", "2021-12-31"),
            ("January", "date", "2021-01", None, "2021-01-01", "2021-01-31"),
        ],
        id="in-january-next-in-sentence",
    ),
    pytest.param(
        "Sales fell in July due to the lockdown.",
        [("July", "date", "2019-07", None, "2019-07-01", "2019-07-31")],
        id="due-to-is-a-cause-not-the-future",
    ),
    pytest.param(
        "The talks began on March 5.",
        [("March 5", "date", "2020-03-05", None, "2020-03-05", "2020-03-05")],
        id="month-day-past",
    ),
    pytest.param(
        "The talks began on June 5.",
        [("June 5", "date", "2019-06-05", None, "2019-06-05", "2019-06-05")],
        id="month-day-past-is-last-year",
    ),
    pytest.param(
        "The talks will begin on June 5.",
        [("June 5", "date", "2020-06-05", None, "2020-06-05", "2020-06-05")],
        id="month-day-future",
    ),
    pytest.param(
        "The minister spoke on 30 May.",
        [("30 May", "date", "2019-05-30", None, "2019-05-30", "2019-05-30")],
        id="day-month-past-after-anchor-day",
    ),
    # A month, day or season followed by "last/this/next year" takes that year.
    pytest.param(
        "The plant will open in March next year.",
        [("March next year", "date", "2021-03", None, "2021-03-01", "2021-03-31")],
        id="month-next-year",
    ),
    pytest.param(
        "The law was passed on June 5 last year.",
        [("June 5 last year", "date", "2019-06-05", None, "2019-06-05", "2019-06-05")],
        id="day-last-year",
    ),
    pytest.param(
        "Prices will peak in early March next year.",
        [("early March next year", "date", "2021-03", "START", "2021-03-01", "2021-03-31")],
        id="part-of-month-next-year",
    ),
    pytest.param(
        "The plant will close in the spring of next year.",
        [("spring of next year", "date", "2021-SP", None, "2021-03-01", "2021-05-31")],
        id="season-of-next-year",
    ),
    pytest.param(
        "The road will close from March to May next year.",
        [
            (
                "from March to May next year",
                "range",
                "2021-03/2021-05",
                None,
                "2021-03-01",
                "2021-05-31",
            )
        ],
        id="months-next-year",
    ),
    # The present, the past and the future as TIMEX3 references.
    pytest.param(
        "The company is now the largest in Europe.",
        [("now", "date", "PRESENT_REF", None, "2020-05-23", "2020-05-23")],
        id="now",
    ),
    pytest.param(
        "Now, the company plans to expand.",
        [("Now", "date", "PRESENT_REF", None, "2020-05-23", "2020-05-23")],
        id="now-at-a-sentence-start",
    ),
    pytest.param(
        "In recent years the city has grown, and it recently opened a port.",
        [
            ("recent years", "date", "PAST_REF", None, None, None),
            ("recently", "date", "PAST_REF", None, None, None),
        ],
        id="recent-years-recently",
    ),
    # "overnight" opening a clause or after a past: the night before the story's day
    pytest.param(
        "Overnight, rebels shelled the city.",
        [("Overnight", "time", "2020-05-22TNI", None, "2020-05-22", "2020-05-22")],
        id="overnight-opening-a-sentence",
    ),
    pytest.param(
        "Stocks fell overnight in Asia.",
        [("overnight", "time", "2020-05-22TNI", None, "2020-05-22", "2020-05-22")],
        id="overnight-after-a-past",
    ),
    # ... or after a past verb and its object of a few words
    pytest.param(
        "Rebels attacked the town overnight.",
        [("overnight", "time", "2020-05-22TNI", None, "2020-05-22", "2020-05-22")],
        id="overnight-after-a-past-and-its-object",
    ),
    pytest.param(
        "Israeli jets struck targets in Gaza overnight.",
        [("overnight", "time", "2020-05-22TNI", None, "2020-05-22", "2020-05-22")],
        id="overnight-after-a-past-and-a-place",
    ),
    pytest.param(
        "Police arrested 12 people overnight.",
        [("overnight", "time", "2020-05-22TNI", None, "2020-05-22", "2020-05-22")],
        id="overnight-after-a-past-and-a-count",
    ),
    pytest.param(
        "A fire destroyed more than 200 buildings in the old market district overnight.",
        [("overnight", "time", "2020-05-22TNI", None, "2020-05-22", "2020-05-22")],
        id="overnight-after-a-past-and-a-long-object",
    ),
    pytest.param(
        "Temperatures fell to minus 2 degrees Celsius overnight.",
        [("overnight", "time", "2020-05-22TNI", None, "2020-05-22", "2020-05-22")],
        id="overnight-after-a-past-to-a-level",
    ),
    pytest.param(
        "The county opened six shelters, housing nearly 972 people overnight.",
        [("overnight", "time", "2020-05-22TNI", None, "2020-05-22", "2020-05-22")],
        id="overnight-after-a-participle-and-its-object",
    ),
    pytest.param(
        "The storm hit overnight.",
        [("overnight", "time", "2020-05-22TNI", None, "2020-05-22", "2020-05-22")],
        id="overnight-after-a-storm-hit",
    ),
    # ... and after a weather verb shortly after a weather word: ahead, tonight
    pytest.param(
        "Temperatures will drop overnight.",
        [("overnight", "time", "2020-05-23TNI", None, "2020-05-23", "2020-05-23")],
        id="overnight-after-a-weather-verb",
    ),
    # a saying dated by its weekday: the night before that day
    pytest.param(
        "Firefighters battled the blaze overnight, police said Thursday.",
        [
            ("overnight", "time", "2020-05-20TNI", None, "2020-05-20", "2020-05-20"),
            ("Thursday", "date", "2020-05-21", None, "2020-05-21", "2020-05-21"),
        ],
        id="overnight-before-a-saying-on-a-weekday",
    ),
    pytest.param(
        "The army said on Friday that militants attacked a checkpoint overnight.",
        [
            ("Friday", "date", "2020-05-22", None, "2020-05-22", "2020-05-22"),
            ("overnight", "time", "2020-05-21TNI", None, "2020-05-21", "2020-05-21"),
        ],
        id="overnight-after-a-saying-on-a-weekday",
    ),
    pytest.param(
        "Rebels attacked the town overnight, officials said yesterday.",
        [
            ("overnight", "time", "2020-05-21TNI", None, "2020-05-21", "2020-05-21"),
            ("yesterday", "date", "2020-05-22", None, "2020-05-22", "2020-05-22"),
        ],
        id="overnight-before-a-saying-yesterday",
    ),
    pytest.param(
        "Russia fired 30 missiles overnight, officials said Saturday.",
        [
            ("overnight", "time", "2020-05-22TNI", None, "2020-05-22", "2020-05-22"),
            ("Saturday", "date", "2020-05-23", None, "2020-05-23", "2020-05-23"),
        ],
        id="overnight-before-a-saying-on-the-day",
    ),
    pytest.param(
        "Fighting has intensified in recent days.",
        [("recent days", "date", "PAST_REF", None, None, None)],
        id="recent-days",
    ),
    pytest.param(
        "In the past, such cases were rare; in the near future they will not be.",
        [
            ("the past", "date", "PAST_REF", None, None, None),
            ("the near future", "date", "FUTURE_REF", None, None, None),
        ],
        id="the-past-the-future",
    ),
    # Parts of a day (TIMEX3 TMO, TAF, TEV, TNI), of a named or relative day.
    pytest.param(
        "Police arrested two men on Tuesday night and freed them this morning.",
        [
            ("Tuesday night", "time", "2020-05-19TNI", None, "2020-05-19", "2020-05-19"),
            ("this morning", "time", "2020-05-23TMO", None, "2020-05-23", "2020-05-23"),
        ],
        id="weekday-night-this-morning",
    ),
    pytest.param(
        "Officials met last night and will speak tonight.",
        [
            ("last night", "time", "2020-05-22TNI", None, "2020-05-22", "2020-05-22"),
            ("tonight", "time", "2020-05-23TNI", None, "2020-05-23", "2020-05-23"),
        ],
        id="last-night-tonight",
    ),
    pytest.param(
        "Yesterday afternoon, the market fell; talks resume tomorrow evening.",
        [
            ("Yesterday afternoon", "time", "2020-05-22TAF", None, "2020-05-22", "2020-05-22"),
            ("tomorrow evening", "time", "2020-05-24TEV", None, "2020-05-24", "2020-05-24"),
        ],
        id="relative-day-parts",
    ),
    # "the weekend" after a preposition: the last one begun by publication (a Saturday).
    pytest.param(
        "Three people were killed over the weekend.",
        [("the weekend", "date", "2020-W21-WE", None, "2020-05-23", "2020-05-24")],
        id="over-the-weekend",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CASES)
def test_dates_relative(extractor: Extractor, text: str, expected: list[Row]) -> None:
    article = _extract(extractor, text)
    assert [_row(d) for d in article.dates] == expected
    assert all(d.relative and d.resolved for d in article.dates)


YEAR_END_OF_A_YEAR_CASES = [
    # "year-end" is the end of the year written right after it ("year-end 2025"), not of a
    # range of two, whose years are its own
    pytest.param(
        "Rates will fall by year-end 2025.",
        [("year-end 2025", "date", "2025", "END", "2025-01-01", "2025-12-31")],
        id="by-year-end-of-a-year",
    ),
    pytest.param(
        "Rates will fall by year end 2021.",
        [("year end 2021", "date", "2021", "END", "2021-01-01", "2021-12-31")],
        id="by-year-end-of-a-year-spaced",
    ),
    pytest.param(
        "Rates will fall by year-end 2021-22.",
        [
            ("year-end", "date", "2020", "END", "2020-01-01", "2020-12-31"),
            ("2021-22", "range", "2021/2022", None, "2021-01-01", "2022-12-31"),
        ],
        id="by-year-end-then-a-range",
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_END_OF_A_YEAR_CASES)
def test_dates_year_end_of_a_year(extractor: Extractor, text: str, expected: list[Row]) -> None:
    assert [_row(d) for d in _extract(extractor, text).dates] == expected


REFERRING_CASES = [
    # "later", "earlier", "before" count from the last date before them in their sentence,
    # never from the publication date; without one (or with a coarser one) they stay
    # unresolved. Before an event ("six weeks before planting") the amount is a duration.
    pytest.param(
        "Profit in the fourth quarter of 2019 rose from the previous quarter.",
        [
            ("the fourth quarter of 2019", "date", "2019-Q4", None, "2019-10-01", "2019-12-31"),
            ("the previous quarter", "date", "2019-Q3", None, "2019-07-01", "2019-09-30"),
        ],
        id="the-previous-quarter-of-a-named-one",
    ),
    # ... but a reported move counts from no quarter still under way (a forecast's)
    pytest.param(
        "The firm forecast second-quarter revenue of $5 billion. Members rose 34% from the "
        "prior quarter.",
        [
            ("second-quarter", "date", "2020-Q2", None, "2020-04-01", "2020-06-30"),
            ("the prior quarter", "date", "XXXX-QX", None, None, None),
        ],
        id="the-prior-quarter-not-of-a-forecast-one",
    ),
    pytest.param(
        "He was arrested on May 3, 2019, and released the next day.",
        [
            ("May 3, 2019", "date", "2019-05-03", None, "2019-05-03", "2019-05-03"),
            ("the next day", "date", "2019-05-04", None, "2019-05-04", "2019-05-04"),
        ],
        id="the-next-day-after-a-named-day",
    ),
    pytest.param(
        "He was elected in 2014, and the next year he resigned.",
        [
            ("2014", "date", "2014", None, "2014-01-01", "2014-12-31"),
            ("the next year", "date", "2015", None, "2015-01-01", "2015-12-31"),
        ],
        id="the-next-year-without-preposition",
    ),
    # "the following (previous) Monday": the first such weekday after (before) the day named
    # before, in its sentence or the one before when it opens its own; unknown with none
    pytest.param(
        "He was arrested on May 7 and charged the following Monday.",
        [
            ("May 7", "date", "2020-05-07", None, "2020-05-07", "2020-05-07"),
            ("the following Monday", "date", "2020-05-11", None, "2020-05-11", "2020-05-11"),
        ],
        id="the-following-weekday",
    ),
    pytest.param(
        "The talks collapsed on May 12. The previous Sunday, he had left.",
        [
            ("May 12", "date", "2020-05-12", None, "2020-05-12", "2020-05-12"),
            ("The previous Sunday", "date", "2020-05-10", None, "2020-05-10", "2020-05-10"),
        ],
        id="the-previous-weekday-opening-a-sentence",
    ),
    pytest.param(
        "He was charged the following Monday.",
        [("the following Monday", "date", "XXXX-WXX-1", None, None, None)],
        id="the-following-weekday-with-no-day-before",
    ),
    pytest.param(
        "Sales rose in March and fell the following Monday.",
        [
            ("March", "date", "2020-03", None, "2020-03-01", "2020-03-31"),
            ("the following Monday", "date", "XXXX-WXX-1", None, None, None),
        ],
        id="the-following-weekday-after-a-month",
    ),
    # "the following spring", "the next summer": the first such season begun after the date
    # named before (its sentence or the one before), "the previous summer" the last one over
    # before it; unknown with none
    pytest.param(
        "The company was founded in 2019. The following spring, it raised money.",
        [
            ("2019", "date", "2019", None, "2019-01-01", "2019-12-31"),
            ("The following spring", "date", "2020-SP", None, "2020-03-01", "2020-05-31"),
        ],
        id="the-following-season-after-a-year",
    ),
    pytest.param(
        "She moved to Paris in 2010 and married the next summer.",
        [
            ("2010", "date", "2010", None, "2010-01-01", "2010-12-31"),
            ("the next summer", "date", "2011-SU", None, "2011-06-01", "2011-08-31"),
        ],
        id="the-next-season-after-a-year",
    ),
    pytest.param(
        "He was elected in October 2019. The following winter, he resigned.",
        [
            ("October 2019", "date", "2019-10", None, "2019-10-01", "2019-10-31"),
            ("The following winter", "date", "2019-WI", None, "2019-12-01", "2020-02-29"),
        ],
        id="the-following-winter-after-a-month",
    ),
    pytest.param(
        "The trial opened in March 2021. The previous summer, he had fled.",
        [
            ("March 2021", "date", "2021-03", None, "2021-03-01", "2021-03-31"),
            ("The previous summer", "date", "2020-SU", None, "2020-06-01", "2020-08-31"),
        ],
        id="the-previous-season",
    ),
    pytest.param(
        "The following spring, the company raised money.",
        [("The following spring", "date", "XXXX-SP", None, None, None)],
        id="the-following-season-with-no-date-before",
    ),
    # "That summer,", "later that fall": the season of the date named before (the one it
    # falls in for a month or a day); not a complement's "that", a noun's, nor a tumble's
    pytest.param(
        "He joined the Navy in 1951. That summer, he married.",
        [
            ("1951", "date", "1951", None, "1951-01-01", "1951-12-31"),
            ("That summer", "date", "1951-SU", None, "1951-06-01", "1951-08-31"),
        ],
        id="that-season-after-a-year",
    ),
    pytest.param(
        "The plant opened in March 1952 and hired 300 workers later that summer.",
        [
            ("March 1952", "date", "1952-03", None, "1952-03-01", "1952-03-31"),
            ("that summer", "date", "1952-SU", None, "1952-06-01", "1952-08-31"),
        ],
        id="later-that-season",
    ),
    pytest.param(
        "He was drafted in January 1952. That winter, he trained in Texas.",
        [
            ("January 1952", "date", "1952-01", None, "1952-01-01", "1952-01-31"),
            ("That winter", "date", "1951-WI", None, "1951-12-01", "1952-02-29"),
        ],
        id="that-winter-holding-the-month",
    ),
    pytest.param(
        "He fell in 2019. He said that summer was the best season. That summer camp closed.",
        [("2019", "date", "2019", None, "2019-01-01", "2019-12-31")],
        id="that-season-no-reference",
    ),
    pytest.param(
        "He slipped on ice in 2019. That fall was serious.",
        [("2019", "date", "2019", None, "2019-01-01", "2019-12-31")],
        id="that-fall-a-tumble",
    ),
    # "later that day", "earlier in the day", "That night,": the day named before (its part)
    pytest.param(
        "Police arrested him on May 4. Later that day, he was freed.",
        [
            ("May 4", "date", "2020-05-04", None, "2020-05-04", "2020-05-04"),
            ("Later that day", "date", "2020-05-04", None, "2020-05-04", "2020-05-04"),
        ],
        id="later-that-day",
    ),
    pytest.param(
        "He was arrested on May 4 and released later that evening.",
        [
            ("May 4", "date", "2020-05-04", None, "2020-05-04", "2020-05-04"),
            ("later that evening", "time", "2020-05-04TEV", None, "2020-05-04", "2020-05-04"),
        ],
        id="later-that-evening",
    ),
    pytest.param(
        "The vote was held on May 5. That night, crowds gathered.",
        [
            ("May 5", "date", "2020-05-05", None, "2020-05-05", "2020-05-05"),
            ("That night", "time", "2020-05-05TNI", None, "2020-05-05", "2020-05-05"),
        ],
        id="that-night-opening-a-sentence",
    ),
    pytest.param(
        "Police arrived earlier in the day.",
        [("earlier in the day", "date", "XXXX-XX-XX", None, None, None)],
        id="earlier-in-the-day-without-reference",
    ),
    pytest.param("He said that night temperatures would fall.", [], id="that-a-conjunction"),
    # "later in the week (month, year)": the one named before; with no date before in the
    # article, the publication's own; after another date in an earlier sentence, unknown
    pytest.param(
        "In March, prices fell; later in the month they rose.",
        [
            ("March", "date", "2020-03", None, "2020-03-01", "2020-03-31"),
            ("later in the month", "date", "2020-03", None, "2020-03-01", "2020-03-31"),
        ],
        id="later-in-the-month-named-before",
    ),
    pytest.param(
        "In 2019 he won. Later in the year he lost.",
        [
            ("2019", "date", "2019", None, "2019-01-01", "2019-12-31"),
            ("Later in the year", "date", "2019", None, "2019-01-01", "2019-12-31"),
        ],
        id="later-in-the-year-of-the-sentence-before",
    ),
    pytest.param(
        "Snow is forecast for later in the week.",
        [("later in the week", "date", "2020-W21", None, "2020-05-18", "2020-05-24")],
        id="later-in-the-week-of-publication",
    ),
    pytest.param(
        "In 2019 he won. He moved. Later in the year he lost.",
        [
            ("2019", "date", "2019", None, "2019-01-01", "2019-12-31"),
            ("Later in the year", "date", "XXXX", None, None, None),
        ],
        id="later-in-the-year-after-an-older-date",
    ),
    pytest.param(
        "The following day, the market rallied.",
        [("The following day", "date", "XXXX-XX-XX", None, None, None)],
        id="the-following-day-without-reference",
    ),
    pytest.param(
        "Sales rose 5 per cent from the previous year.",
        [("the previous year", "date", "XXXX", None, None, None)],
        id="the-previous-year-without-reference",
    ),
    pytest.param(
        "Output rose in the third quarter of 2019 and fell two quarters later.",
        [
            ("the third quarter of 2019", "date", "2019-Q3", None, "2019-07-01", "2019-09-30"),
            ("two quarters later", "date", "2020-Q1", None, "2020-01-01", "2020-03-31"),
        ],
        id="quarters-later-is-a-quarter",
    ),
    pytest.param(
        "The agency now sees a record crop for 2022/23, up from a poor one a year earlier.",
        [
            ("now", "date", "PRESENT_REF", None, "2020-05-23", "2020-05-23"),
            ("2022/23", "range", "2022/2023", None, "2022-01-01", "2023-12-31"),
            ("a year earlier", "range", "2021/2022", None, "2021-01-01", "2022-12-31"),
        ],
        id="a-split-year-a-year-earlier",
    ),
    pytest.param(
        "Tuition averaged $21,507 in the 2014-15 academic year, up 4.8% from a year earlier.",
        [
            ("2014-15", "range", "2014/2015", None, "2014-01-01", "2015-12-31"),
            ("a year earlier", "range", "2013/2014", None, "2013-01-01", "2014-12-31"),
        ],
        id="a-school-year-a-year-earlier",
    ),
    pytest.param(
        "Sales rose 20% from 2019 to 2021, up from 5% a year earlier.",
        [
            ("from 2019 to 2021", "range", "2019/2021", None, "2019-01-01", "2021-12-31"),
            ("a year earlier", "date", "XXXX", None, None, None),
        ],
        id="no-reference-when-the-last-fact-is-a-range-of-years",
    ),
    pytest.param(
        "Sales rose 5 per cent from a year earlier.",
        [("a year earlier", "date", "XXXX", None, None, None)],
        id="a-year-earlier-without-reference",
    ),
    pytest.param(
        "Net income rose in the first quarter of 2019 from a year earlier.",
        [
            ("the first quarter of 2019", "date", "2019-Q1", None, "2019-01-01", "2019-03-31"),
            ("a year earlier", "date", "2018-Q1", None, "2018-01-01", "2018-03-31"),
        ],
        id="a-year-earlier-than-a-quarter",
    ),
    # a year before a fiscal year, half or month is the same period of the year before
    pytest.param(
        "The deficit will reach $1.9 trillion in fiscal 2024, up from $1.7 trillion a year "
        "earlier.",
        [
            ("fiscal 2024", "date", "FY2024", None, None, None),
            ("a year earlier", "date", "FY2023", None, None, None),
        ],
        id="a-year-earlier-than-a-fiscal-year",
    ),
    pytest.param(
        "In February 2020, prices rose 3% from a year earlier.",
        [
            ("February 2020", "date", "2020-02", None, "2020-02-01", "2020-02-29"),
            ("a year earlier", "date", "2019-02", None, "2019-02-01", "2019-02-28"),
        ],
        id="a-year-earlier-than-a-month",
    ),
    pytest.param(
        "Profit rose in the first half of 2019 from the previous year.",
        [
            ("the first half of 2019", "date", "2019-H1", None, "2019-01-01", "2019-06-30"),
            ("the previous year", "date", "2018-H1", None, "2018-01-01", "2018-06-30"),
        ],
        id="the-previous-year-of-a-half",
    ),
    # ... a year named by its end ("the year that ended in March") is a fiscal year: the one
    # before it (as "the fiscal year ended March 31" is FY2020)
    pytest.param(
        "It reported a profit for the year that ended in March, nearly double the previous "
        "year's figure.",
        [
            ("March", "date", "2020-03", None, "2020-03-01", "2020-03-31"),
            ("the previous year", "date", "FY2019", None, None, None),
        ],
        id="the-previous-year-of-a-year-that-ended",
    ),
    pytest.param(
        "Profit for the year ended March 31, 2019, rose 20% from a year earlier.",
        [
            ("March 31, 2019", "date", "2019-03-31", None, "2019-03-31", "2019-03-31"),
            ("a year earlier", "date", "FY2018", None, None, None),
        ],
        id="a-year-earlier-than-a-year-ended",
    ),
    # ... not a month of its own, nor a year to a month (often a rate's twelve months)
    pytest.param(
        "Exports in March rose 20% from the previous year.",
        [
            ("March", "date", "2020-03", None, "2020-03-01", "2020-03-31"),
            ("the previous year", "date", "2019-03", None, "2019-03-01", "2019-03-31"),
        ],
        id="the-previous-year-of-a-month-stays-the-month",
    ),
    pytest.param(
        "Prices rose 3% in the year to March, up from 2% the previous year.",
        [
            ("the year", "duration", "P1Y", None, None, None),
            ("March", "date", "2020-03", None, "2020-03-01", "2020-03-31"),
            ("the previous year", "date", "2019-03", None, "2019-03-01", "2019-03-31"),
        ],
        id="the-previous-year-of-a-year-to-a-month",
    ),
    pytest.param(
        "He was elected in March 2014 and resigned two years later.",
        [
            ("March 2014", "date", "2014-03", None, "2014-03-01", "2014-03-31"),
            ("two years later", "date", "2016", None, "2016-01-01", "2016-12-31"),
        ],
        id="years-later-than-a-month-stay-a-year",
    ),
    pytest.param(
        "Profit rose on May 5, 2019, from a year earlier.",
        [
            ("May 5, 2019", "date", "2019-05-05", None, "2019-05-05", "2019-05-05"),
            ("a year earlier", "date", "2018", None, "2018-01-01", "2018-12-31"),
        ],
        id="a-year-earlier-than-a-day-stays-a-year",
    ),
    pytest.param(
        "Net income rose in the third quarter of 2019 from the year-earlier period.",
        [
            ("the third quarter of 2019", "date", "2019-Q3", None, "2019-07-01", "2019-09-30"),
            ("the year-earlier period", "date", "2018-Q3", None, "2018-07-01", "2018-09-30"),
        ],
        id="the-year-earlier-period",
    ),
    pytest.param(
        "Sales in October 2019 rose from the same year-ago month.",
        [
            ("October 2019", "date", "2019-10", None, "2019-10-01", "2019-10-31"),
            ("the same year-ago month", "date", "2018-10", None, "2018-10-01", "2018-10-31"),
        ],
        id="the-same-year-ago-month",
    ),
    pytest.param(
        "In the first half of 2019, exports fell 40% from the same period last year.",
        [
            ("the first half of 2019", "date", "2019-H1", None, "2019-01-01", "2019-06-30"),
            ("the same period last year", "date", "2018-H1", None, "2018-01-01", "2018-06-30"),
        ],
        id="the-same-period-last-year",
    ),
    pytest.param(
        "Profit in the third quarter of 2019 rose from the same quarter a year ago.",
        [
            ("the third quarter of 2019", "date", "2019-Q3", None, "2019-07-01", "2019-09-30"),
            ("the same quarter a year ago", "date", "2018-Q3", None, "2018-07-01", "2018-09-30"),
        ],
        id="the-same-quarter-a-year-ago",
    ),
    pytest.param(
        "Profit in the third quarter of 2019 rose to $5m from $2m a year ago.",
        [
            ("the third quarter of 2019", "date", "2019-Q3", None, "2019-07-01", "2019-09-30"),
            ("a year ago", "date", "2018-Q3", None, "2018-07-01", "2018-09-30"),
        ],
        id="a-year-ago-compared-after-a-quarter",
    ),
    pytest.param(
        "The rate was 4.1% in October 2019, down from 4.5% a year ago.",
        [
            ("October 2019", "date", "2019-10", None, "2019-10-01", "2019-10-31"),
            ("a year ago", "date", "2018-10", None, "2018-10-01", "2018-10-31"),
        ],
        id="a-year-ago-compared-after-a-month",
    ),
    pytest.param(
        "Sales rose in the third quarter of 2019, but a year ago the firm lost money.",
        [
            ("the third quarter of 2019", "date", "2019-Q3", None, "2019-07-01", "2019-09-30"),
            ("a year ago", "date", "2019", None, "2019-01-01", "2019-12-31"),
        ],
        id="a-year-ago-not-compared-counts-from-publication",
    ),
    pytest.param(
        "Home sales in the first half of 2019 rose 3 percent over a year ago.",
        [
            ("the first half of 2019", "date", "2019-H1", None, "2019-01-01", "2019-06-30"),
            ("a year ago", "date", "2019", None, "2019-01-01", "2019-12-31"),
        ],
        id="over-a-year-ago-is-more-than-a-year",
    ),
    pytest.param(
        "Profit rose on May 5, 2019, from a year ago.",
        [
            ("May 5, 2019", "date", "2019-05-05", None, "2019-05-05", "2019-05-05"),
            ("a year ago", "date", "2019", None, "2019-01-01", "2019-12-31"),
        ],
        id="a-year-ago-after-a-day-counts-from-publication",
    ),
    pytest.param(
        "Shares of the firm, which went public in March 2019, are down 20% from a year ago.",
        [
            ("March 2019", "date", "2019-03", None, "2019-03-01", "2019-03-31"),
            ("a year ago", "date", "2019", None, "2019-01-01", "2019-12-31"),
        ],
        id="a-year-ago-after-a-month-of-a-relative-clause",
    ),
    pytest.param(
        "In the third quarter of 2019, sales were flat from the same period a year earlier.",
        [
            ("the third quarter of 2019", "date", "2019-Q3", None, "2019-07-01", "2019-09-30"),
            ("the same period a year earlier", "date", "2018-Q3", None, "2018-07-01", "2018-09-30"),
        ],
        id="the-same-period-a-year-earlier",
    ),
    # a period right after "a year earlier" ("in April") is the one it counts from
    pytest.param(
        "Shipments fell 34% from a year earlier in April 2019 to $14 billion.",
        [
            ("a year earlier", "date", "2018-04", None, "2018-04-01", "2018-04-30"),
            ("April 2019", "date", "2019-04", None, "2019-04-01", "2019-04-30"),
        ],
        id="a-year-earlier-before-its-period",
    ),
    pytest.param(
        "Output in April 2020 fell 2% from the same month of 2019.",
        [
            ("April 2020", "date", "2020-04", None, "2020-04-01", "2020-04-30"),
            ("the same month of 2019", "date", "2019-04", None, "2019-04-01", "2019-04-30"),
        ],
        id="the-same-month-of-a-year",
    ),
    pytest.param(
        "In the first quarter of 2020, sales rose 5% compared with the same period in 2017.",
        [
            ("the first quarter of 2020", "date", "2020-Q1", None, "2020-01-01", "2020-03-31"),
            ("the same period in 2017", "date", "2017-Q1", None, "2017-01-01", "2017-03-31"),
        ],
        id="the-same-period-in-a-year",
    ),
    pytest.param(
        "Investment fell 9.8% in the first four months of 2020 from the same period in 2018.",
        [
            (
                "the first four months of 2020",
                "range",
                "2020-01/2020-04",
                None,
                "2020-01-01",
                "2020-04-30",
            ),
            (
                "the same period in 2018",
                "range",
                "2018-01/2018-04",
                None,
                "2018-01-01",
                "2018-04-30",
            ),
        ],
        id="the-same-run-of-months-in-a-year",
    ),
    pytest.param(
        "Exports rose 4% from the same period of 2019.",
        [("the same period of 2019", "date", "2019", None, "2019-01-01", "2019-12-31")],
        id="the-same-period-of-a-year-without-a-period-is-the-year",
    ),
    pytest.param(
        "He said the same thing in 2019.",
        [("2019", "date", "2019", None, "2019-01-01", "2019-12-31")],
        id="the-same-thing-in-a-year",
    ),
    pytest.param(
        "Profit rose 5% from the same period last year.",
        [("the same period last year", "date", "2019", None, "2019-01-01", "2019-12-31")],
        id="the-same-period-last-year-without-a-period-is-last-year",
    ),
    pytest.param(
        "The economy grew 1.3% in the January-March period from the previous quarter.",
        [
            ("January-March", "range", "2020-01/2020-03", None, "2020-01-01", "2020-03-31"),
            ("the previous quarter", "date", "2019-Q4", None, "2019-10-01", "2019-12-31"),
        ],
        id="the-previous-quarter-of-a-quarter-of-months",
    ),
    pytest.param(
        "Sales rose in February-April from the previous quarter.",
        [
            ("February-April", "range", "2020-02/2020-04", None, "2020-02-01", "2020-04-30"),
            ("the previous quarter", "date", "XXXX-QX", None, None, None),
        ],
        id="the-previous-quarter-of-months-of-no-quarter",
    ),
    pytest.param(
        "Profit rose 5% from the year-ago quarter.",
        [("the year-ago quarter", "date", "XXXX", None, None, None)],
        id="the-year-ago-quarter-without-reference",
    ),
    pytest.param(
        "The economy grew 2.5% in 2019, up from 1.9% the prior year.",
        [
            ("2019", "date", "2019", None, "2019-01-01", "2019-12-31"),
            ("the prior year", "date", "2018", None, "2018-01-01", "2018-12-31"),
        ],
        id="the-prior-year",
    ),
    pytest.param(
        "The firm earned $5 million in fiscal 2019, up from $4 million the year before.",
        [
            ("fiscal 2019", "date", "FY2019", None, None, None),
            ("the year before", "date", "FY2018", None, None, None),
        ],
        id="the-year-before-a-fiscal-year",
    ),
    # ... and the year after it, the fiscal year after
    pytest.param(
        "The deal will lower earnings in the 2023/24 financial year but lift them from the"
        " following year.",
        [
            ("2023/24 financial year", "date", "FY2024", None, None, None),
            ("the following year", "date", "FY2025", None, None, None),
        ],
        id="the-following-year-after-a-fiscal-year",
    ),
    pytest.param(
        "The firm expects a loss in fiscal 2019 and a profit a year later.",
        [
            ("fiscal 2019", "date", "FY2019", None, None, None),
            ("a year later", "date", "FY2020", None, None, None),
        ],
        id="a-year-later-than-a-fiscal-year",
    ),
    pytest.param(
        "The firm earned $5 million in fiscal 2019, and $6 million two years later.",
        [
            ("fiscal 2019", "date", "FY2019", None, None, None),
            ("two years later", "date", "FY2021", None, None, None),
        ],
        id="years-later-than-a-fiscal-year",
    ),
    pytest.param(
        "Only 37% of kindergartners were vaccinated in the 2013-14 school year, down from 43% a"
        " decade earlier.",
        [
            ("2013-14", "range", "2013/2014", None, "2013-01-01", "2014-12-31"),
            ("a decade earlier", "range", "2003/2004", None, "2003-01-01", "2004-12-31"),
        ],
        id="a-decade-before-a-split-year",
    ),
    pytest.param(
        "Output in the 2022/23 season rose, and a year later it fell.",
        [
            ("2022/23", "range", "2022/2023", None, "2022-01-01", "2023-12-31"),
            ("a year later", "range", "2023/2024", None, "2023-01-01", "2024-12-31"),
        ],
        id="a-year-after-a-split-year",
    ),
    pytest.param(
        "Sales rose 5% the year before the merger.",
        [],
        id="the-year-before-an-event-is-no-date",
    ),
    pytest.param(
        "He was elected in 2014 and resigned two years later.",
        [
            ("2014", "date", "2014", None, "2014-01-01", "2014-12-31"),
            ("two years later", "date", "2016", None, "2016-01-01", "2016-12-31"),
        ],
        id="years-later-than-a-year",
    ),
    pytest.param(
        "The plant opened on May 3, 2018, and three days later it closed.",
        [
            ("May 3, 2018", "date", "2018-05-03", None, "2018-05-03", "2018-05-03"),
            ("three days later", "date", "2018-05-06", None, "2018-05-06", "2018-05-06"),
        ],
        id="days-later-than-a-day",
    ),
    # an offset of days or weeks opening a sentence counts from the last day of the one before
    pytest.param(
        "He was arrested on May 3, 2018. Two days later, he was released.",
        [
            ("May 3, 2018", "date", "2018-05-03", None, "2018-05-03", "2018-05-03"),
            ("Two days later", "date", "2018-05-05", None, "2018-05-05", "2018-05-05"),
        ],
        id="days-later-opening-the-next-sentence",
    ),
    pytest.param(
        "He was arrested on May 3, 2018. He was released two days later.",
        [
            ("May 3, 2018", "date", "2018-05-03", None, "2018-05-03", "2018-05-03"),
            ("two days later", "date", "XXXX-XX-XX", None, None, None),
        ],
        id="days-later-inside-the-next-sentence-unresolved",
    ),
    pytest.param(
        "Sales rose in 2019. A year earlier, they fell.",
        [
            ("2019", "date", "2019", None, "2019-01-01", "2019-12-31"),
            ("A year earlier", "date", "2018", None, "2018-01-01", "2018-12-31"),
        ],
        id="a-year-earlier-opening-the-next-sentence",
    ),
    # a year offset opening a sentence counts from a period of the one before (never a day,
    # nor a "since" date); a quarter's from a quarter up to two sentences back
    pytest.param(
        "In 2019, he won. The following year, he lost.",
        [
            ("2019", "date", "2019", None, "2019-01-01", "2019-12-31"),
            ("The following year", "date", "2020", None, "2020-01-01", "2020-12-31"),
        ],
        id="the-following-year-opening-the-next-sentence",
    ),
    pytest.param(
        "In 1998 her team surveyed 654 reefs. The study, published the following year, won.",
        [
            ("1998", "date", "1998", None, "1998-01-01", "1998-12-31"),
            ("the following year", "date", "1999", None, "1999-01-01", "1999-12-31"),
        ],
        id="the-following-year-inside-the-next-sentence",
    ),
    pytest.param(
        "The plant opens in 2025. Output will double the next year.",
        [
            ("2025", "date", "2025", None, "2025-01-01", "2025-12-31"),
            ("the next year", "date", "2026", None, "2026-01-01", "2026-12-31"),
        ],
        id="the-next-year-inside-the-next-sentence",
    ),
    pytest.param(
        "Revenue rose in 2019. It fell 5% the previous year.",
        [
            ("2019", "date", "2019", None, "2019-01-01", "2019-12-31"),
            ("the previous year", "date", "XXXX", None, None, None),
        ],
        id="the-previous-year-inside-a-sentence-unresolved",
    ),
    pytest.param(
        "Sales fell in March 2019, the firm said on Tuesday. A year earlier, they rose.",
        [
            ("March 2019", "date", "2019-03", None, "2019-03-01", "2019-03-31"),
            ("Tuesday", "date", "2020-05-19", None, "2020-05-19", "2020-05-19"),
            ("A year earlier", "date", "XXXX", None, None, None),
        ],
        id="a-year-earlier-after-a-day-unresolved",
    ),
    pytest.param(
        "It has gained since 2021. A year earlier, it fell.",
        [
            ("2021", "date", "2021", None, "2021-01-01", "2021-12-31"),
            ("A year earlier", "date", "XXXX", None, None, None),
        ],
        id="a-year-earlier-after-since-unresolved",
    ),
    # a base "from a year earlier" right after a sentence of figures for a month or quarter
    # (after "in"/"for", not a base's "from 4.85% in March") counts from that period
    pytest.param(
        "Prices fell in April 2019. Wages rose 4% from a year earlier.",
        [
            ("April 2019", "date", "2019-04", None, "2019-04-01", "2019-04-30"),
            ("a year earlier", "date", "2018-04", None, "2018-04-01", "2018-04-30"),
        ],
        id="a-year-earlier-after-a-sentence-of-figures",
    ),
    pytest.param(
        "Inflation eased to 4.8% in April from 4.9% in March. Food prices rose 8.7% from a year"
        " earlier.",
        [
            ("April", "date", "2020-04", None, "2020-04-01", "2020-04-30"),
            ("March", "date", "2020-03", None, "2020-03-01", "2020-03-31"),
            ("a year earlier", "date", "2019-04", None, "2019-04-01", "2019-04-30"),
        ],
        id="a-year-earlier-after-figures-not-their-base",
    ),
    pytest.param(
        "He was hired in June 2019. His salary is higher than a year earlier.",
        [
            ("June 2019", "date", "2019-06", None, "2019-06-01", "2019-06-30"),
            ("a year earlier", "date", "XXXX", None, None, None),
        ],
        id="a-year-earlier-after-no-figures-unresolved",
    ),
    pytest.param(
        "Sales rose 5% from May 2019. Prices rose 3% from a year earlier.",
        [
            ("May 2019", "date", "2019-05", None, "2019-05-01", "2019-05-31"),
            ("a year earlier", "date", "XXXX", None, None, None),
        ],
        id="a-year-earlier-after-a-base-unresolved",
    ),
    pytest.param(
        "GDP shrank in the third quarter of 2019. Output grew in the previous quarter.",
        [
            ("the third quarter of 2019", "date", "2019-Q3", None, "2019-07-01", "2019-09-30"),
            ("the previous quarter", "date", "2019-Q2", None, "2019-04-01", "2019-06-30"),
        ],
        id="the-previous-quarter-in-the-next-sentence",
    ),
    pytest.param(
        "GDP shrank in 2019. Output grew in the previous quarter.",
        [
            ("2019", "date", "2019", None, "2019-01-01", "2019-12-31"),
            ("the previous quarter", "date", "XXXX-QX", None, None, None),
        ],
        id="the-previous-quarter-after-a-year-unresolved",
    ),
    # "the same day (week, year)" before punctuation or "and": the one of the date before
    pytest.param(
        "He was arrested on May 3, 2018, and charged the same day.",
        [
            ("May 3, 2018", "date", "2018-05-03", None, "2018-05-03", "2018-05-03"),
            ("the same day", "date", "2018-05-03", None, "2018-05-03", "2018-05-03"),
        ],
        id="the-same-day",
    ),
    pytest.param(
        "He won in 2019. The same year, he married.",
        [
            ("2019", "date", "2019", None, "2019-01-01", "2019-12-31"),
            ("The same year", "date", "2019", None, "2019-01-01", "2019-12-31"),
        ],
        id="the-same-year-opening-the-next-sentence",
    ),
    pytest.param(
        "Rates rose in May 2019 and again the same week.",
        [
            ("May 2019", "date", "2019-05", None, "2019-05-01", "2019-05-31"),
            ("the same week", "date", "XXXX-WXX", None, None, None),
        ],
        id="the-same-week-of-a-month-unresolved",
    ),
    pytest.param(
        "The same year, he married.",
        [("The same year", "date", "XXXX", None, None, None)],
        id="the-same-year-alone",
    ),
    # ... but a record's last holder's year ("since Borg in 1979") is no antecedent: "in the
    # same year" is any one year; a bare "since 2019" is one
    pytest.param(
        "Alcaraz is the first man since Bjorn Borg in 1979 to win the French Open and "
        "Wimbledon in the same year.",
        [
            ("1979", "date", "1979", None, "1979-01-01", "1979-12-31"),
            ("the same year", "date", "XXXX", None, None, None),
        ],
        id="the-same-year-after-a-record-holder",
    ),
    pytest.param(
        "He won the Open in 1998 and the Masters in the same year.",
        [
            ("1998", "date", "1998", None, "1998-01-01", "1998-12-31"),
            ("the same year", "date", "1998", None, "1998-01-01", "1998-12-31"),
        ],
        id="the-same-year-in-a-coordination",
    ),
    pytest.param(
        "Prices have risen since 2019, and wages fell the same year.",
        [
            ("2019", "date", "2019", None, "2019-01-01", "2019-12-31"),
            ("the same year", "date", "2019", None, "2019-01-01", "2019-12-31"),
        ],
        id="the-same-year-after-since-a-year",
    ),
    pytest.param(
        "He won the title in 2001 and lost it the same month.",
        [
            ("2001", "date", "2001", None, "2001-01-01", "2001-12-31"),
            ("the same month", "date", "XXXX-XX", None, None, None),
        ],
        id="the-same-month-of-a-year-unresolved",
    ),
    # a qualifier before a counted offset joins it, with the mod of its direction
    pytest.param(
        "The plant closed more than two years ago.",
        [("more than two years ago", "date", "2018", "BEFORE", "2018-01-01", "2018-12-31")],
        id="more-than-ago",
    ),
    pytest.param(
        "The plant closed about two years ago.",
        [("about two years ago", "date", "2018", "APPROX", "2018-01-01", "2018-12-31")],
        id="about-ago",
    ),
    pytest.param(
        "He was arrested in 2018 and freed less than a year later.",
        [
            ("2018", "date", "2018", None, "2018-01-01", "2018-12-31"),
            ("less than a year later", "date", "2019", "BEFORE", "2019-01-01", "2019-12-31"),
        ],
        id="less-than-later",
    ),
    pytest.param(
        "Sales in 2018 were 26% more than a year earlier.",
        [
            ("2018", "date", "2018", None, "2018-01-01", "2018-12-31"),
            ("a year earlier", "date", "2017", None, "2017-01-01", "2017-12-31"),
        ],
        id="a-comparison-is-no-qualifier",
    ),
    pytest.param("It fell on the same day as the vote.", [], id="the-same-day-as"),
    pytest.param("At the same time, prices rose.", [], id="the-same-time"),
    pytest.param(
        "He joined in 2014; three days later he left.",
        [
            ("2014", "date", "2014", None, "2014-01-01", "2014-12-31"),
            ("three days later", "date", "XXXX-XX-XX", None, None, None),
        ],
        id="days-later-than-a-year-unresolved",
    ),
    pytest.param(
        "Two months earlier, he had been fired.",
        [("Two months earlier", "date", "XXXX-XX", None, None, None)],
        id="months-earlier-without-reference",
    ),
    pytest.param(
        "Deliveries must begin six weeks before planting.",
        [("six weeks", "duration", "P6W", None, None, None)],
        id="weeks-before-an-event-is-a-duration",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REFERRING_CASES)
def test_dates_counted_from_a_named_date(
    extractor: Extractor, text: str, expected: list[Row]
) -> None:
    dates = _extract(extractor, text).dates
    assert [_row(d) for d in dates] == expected
    assert all(d.resolved == (d.timex is not None and "X" not in d.timex) for d in dates)


# "earlier in the week (month, year)" with no date before: the publication's, but on the
# first day of it none of it lies before (the one before), nor after on its last (the next)
OWN_PERIOD_EDGES = [
    ("Earlier in the week, officials said the plan was dead.", "2024-06-10", "2024-W23"),
    ("Earlier in the week, officials said the plan was dead.", "2024-06-12", "2024-W24"),
    ("Earlier this week, officials said the plan was dead.", "2024-06-10", "2024-W24"),
    ("Later in the week, the board will meet.", "2024-06-10", "2024-W24"),
    ("Later in the week, the board will meet.", "2024-06-09", "2024-W24"),
    ("Later in the week, the board will meet.", "2024-06-08", "2024-W23"),
    ("Earlier in the month, prices rose.", "2024-06-01", "2024-05"),
    ("Earlier in the month, prices rose.", "2024-06-02", "2024-06"),
    ("Later in the month, prices will rise.", "2024-06-30", "2024-07"),
]


@pytest.mark.parametrize(("text", "published", "timex"), OWN_PERIOD_EDGES)
def test_dates_own_period_at_its_edge(
    extractor: Extractor, text: str, published: str, timex: str
) -> None:
    (fact,) = _extract(extractor, text, published).dates
    assert fact.timex == timex


_UNIT_STEPS = {"years": (12, 0), "months": (1, 0), "days": (0, 1)}
"""Months and days in one unit of "N units later"."""


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    day=st.dates(dt.date(1950, 1, 1), dt.date(2040, 12, 31)).filter(lambda d: d.day <= 28),
    count=st.integers(1, 9),
    unit=st.sampled_from(sorted(_UNIT_STEPS)),
    published=st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
)
def test_dates_property_later_counts_from_the_named_day(
    extractor: Extractor, day: dt.date, count: int, unit: str, published: dt.date
) -> None:
    """ "N units later" after a named day is that day moved by N units, whatever the
    publication date."""
    named = f"{day.strftime('%B')} {day.day}, {day.year}"
    text = f"The plant opened on {named}, and {count} {unit} later it closed."
    later = [d for d in _extract(extractor, text, published.isoformat()).dates if "later" in d.text]
    months, days = _UNIT_STEPS[unit]
    index = day.year * 12 + day.month - 1 + months * count
    moved = dt.date(index // 12, index % 12 + 1, day.day) + dt.timedelta(days=days * count)
    assert len(later) == 1 and later[0].start_date is not None
    assert later[0].start_date.year == moved.year
    if unit != "years":
        assert (later[0].start_date.month, later[0].resolved) == (moved.month, True)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    day=st.dates(dt.date(1950, 1, 1), dt.date(2040, 12, 31)),
    unit=st.sampled_from(["Minutes", "Hours", "Days", "Weeks", "Months", "Years", "Decades"]),
    way=st.sampled_from(["later", "earlier", "afterwards"]),
    opening=st.booleans(),
    published=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))),
)
def test_dates_property_offsets_of_no_count_name_no_day(
    extractor: Extractor,
    day: dt.date,
    unit: str,
    way: str,
    opening: bool,
    published: dt.date | None,
) -> None:
    """ "Days later", "weeks earlier" after a named day: one unresolved date of X's with
    exact offsets, whatever the day, the publication date and where it stands."""
    named = f"{day.strftime('%B')} {day.day}, {day.year}"
    offset = f"{unit} {way}" if opening else f"{unit.lower()} {way}"
    text = (
        f"The plant opened on {named}. {offset}, it closed."
        if opening
        else f"The plant opened on {named} and closed {offset}."
    )
    found = [d for d in _extract(extractor, text, published and published.isoformat()).dates]
    assert [d.text for d in found][1:] == [offset]
    assert found[1].resolved is False and set((found[1].timex or "").replace("-", "")) <= {"X", "W"}


FIELD_CASES = [
    # Weekdays: the latest on or before publication, or the next in a future sentence.
    pytest.param(
        "The minister resigned on Tuesday.",
        PUBLISHED,
        "Tuesday",
        {"timex": "2020-05-19", "start_date": "2020-05-19", "end_date": "2020-05-19"},
        id="weekday-past-tuesday",
    ),
    pytest.param(
        "Trump said Tuesday that he resigned.",
        PUBLISHED,
        "Tuesday",
        {"timex": "2020-05-19", "start_date": "2020-05-19", "end_date": "2020-05-19"},
        id="weekday-before-a-lower-case-word",
    ),
    pytest.param(
        "They met on Tuesday Night.",
        PUBLISHED,
        "Tuesday",
        {"timex": "2020-05-19", "start_date": "2020-05-19", "end_date": "2020-05-19"},
        id="weekday-before-a-capitalized-part-of-day",
    ),
    pytest.param(
        "They met on Tuesday March 3.",
        PUBLISHED,
        "Tuesday March 3",
        {"timex": "2020-03-03", "start_date": "2020-03-03", "end_date": "2020-03-03"},
        id="weekday-before-a-month",
    ),
    pytest.param(
        "The minister will resign on Tuesday.",
        PUBLISHED,
        "Tuesday",
        {"timex": "2020-05-26", "start_date": "2020-05-26", "end_date": "2020-05-26"},
        id="weekday-future-tuesday",
    ),
    pytest.param(
        "Talks resumed on Friday.",
        PUBLISHED,
        "Friday",
        {"timex": "2020-05-22"},
        id="weekday-friday",
    ),
    pytest.param(
        "The vote was held on Monday.",
        PUBLISHED,
        "Monday",
        {"timex": "2020-05-18"},
        id="weekday-past-monday",
    ),
    pytest.param(
        "The court will rule on Monday.",
        PUBLISHED,
        "Monday",
        {"timex": "2020-05-25"},
        id="weekday-future-monday",
    ),
    pytest.param(
        "Protests broke out on Sunday.",
        PUBLISHED,
        "Sunday",
        {"timex": "2020-05-17"},
        id="weekday-past-sunday",
    ),
    pytest.param(
        "Officials met on Wednesday.",
        PUBLISHED,
        "Wednesday",
        {"timex": "2020-05-20"},
        id="weekday-past-wednesday",
    ),
    pytest.param(
        "The talks will resume on Thursday.",
        PUBLISHED,
        "Thursday",
        {"timex": "2020-05-28"},
        id="weekday-future-thursday",
    ),
    pytest.param(
        "The deal was signed on Saturday.",
        PUBLISHED,
        "Saturday",
        {"timex": "2020-05-23"},
        id="weekday-past-same-day",
    ),
    pytest.param(
        "He arrived last Tuesday.",
        PUBLISHED,
        "Tuesday",
        {"timex": "2020-05-19", "relative": True},
        id="weekday-last",
    ),
    pytest.param(
        "He will arrive next Tuesday.",
        PUBLISHED,
        "Tuesday",
        {"timex": "2020-05-26", "relative": True},
        id="weekday-next",
    ),
    # Vague parts of the present period.
    pytest.param(
        "Prices rose earlier this month.",
        PUBLISHED,
        "earlier this month",
        {
            "timex": "2020-05",
            "relative": True,
            "start_date": "2020-05-01",
            "end_date": "2020-05-22",
        },
        id="earlier-this-month",
    ),
    # "earlier (later) this week (month, year)": the unit (TIMEX3 value, no mod: AFTER and
    # BEFORE would put it outside the unit), its days before (after) the publication day
    pytest.param(
        "Sales slumped earlier this year.",
        PUBLISHED,
        "earlier this year",
        {"timex": "2020", "start_date": "2020-01-01", "end_date": "2020-05-22"},
        id="earlier-this-year",
    ),
    pytest.param(
        "Talks were held earlier this week.",
        PUBLISHED,
        "earlier this week",
        {"timex": "2020-W21", "start_date": "2020-05-18", "end_date": "2020-05-22", "mod": None},
        id="earlier-this-week",
    ),
    pytest.param(
        "The vote is due later this week.",
        PUBLISHED,
        "later this week",
        {"timex": "2020-W21", "start_date": "2020-05-24", "end_date": "2020-05-24", "mod": None},
        id="later-this-week-on-a-saturday",
    ),
    pytest.param(
        "The report is due later this month.",
        PUBLISHED,
        "later this month",
        {"timex": "2020-05", "start_date": "2020-05-24", "end_date": "2020-05-31"},
        id="later-this-month",
    ),
    pytest.param(
        "The plant opens later this year.",
        PUBLISHED,
        "later this year",
        {"timex": "2020", "start_date": "2020-05-24", "end_date": "2020-12-31"},
        id="later-this-year",
    ),
    # ... a Sunday's "later this week" the coming week, none of its ISO week being left
    pytest.param(
        "The vote is due later this week.",
        "2020-05-24",
        "later this week",
        {"timex": "2020-W22", "start_date": "2020-05-25", "end_date": "2020-05-31"},
        id="later-this-week-on-a-sunday",
    ),
    # ... the whole unit when no day is left, or another week, or a mod
    pytest.param(
        "He left earlier this month.",
        "2020-05-01",
        "earlier this month",
        {"timex": "2020-05", "start_date": "2020-05-01", "end_date": "2020-05-31"},
        id="earlier-this-month-on-the-first",
    ),
    pytest.param(
        "Talks are due later next week.",
        PUBLISHED,
        "later next week",
        {"timex": "2020-W22", "start_date": "2020-05-25", "end_date": "2020-05-31"},
        id="later-next-week",
    ),
    pytest.param(
        "Talks resume early next week.",
        PUBLISHED,
        "early next week",
        {"timex": "2020-W22", "mod": "START", "start_date": "2020-05-25"},
        id="early-next-week",
    ),
    pytest.param(
        "Rain is expected late this week.",
        PUBLISHED,
        "late this week",
        {"timex": "2020-W21", "mod": "END", "start_date": "2020-05-18", "end_date": "2020-05-24"},
        id="late-this-week",
    ),
    pytest.param(
        "At present, there are nearly 400,000 people working there.",
        PUBLISHED,
        "present",
        {"type": "date", "timex": "PRESENT_REF", "relative": True, "resolved": True},
        id="at-present-sentence-start",
    ),
    pytest.param(
        "There are, at present, nearly 400,000 people working there.",
        PUBLISHED,
        "present",
        {"type": "date", "timex": "PRESENT_REF", "relative": True, "resolved": True},
        id="at-present-mid-sentence",
    ),
    pytest.param(
        "Demand is currently weak.",
        PUBLISHED,
        "currently",
        {"timex": "PRESENT_REF", "relative": True},
        id="currently",
    ),
    # year_inferred: set when the year came from the publication date, not the text.
    pytest.param(
        "The law took effect in January.",
        PUBLISHED,
        "January",
        {"relative": True, "year_inferred": True},
        id="inferred-bare-month",
    ),
    pytest.param(
        "The talks began on March 5.",
        PUBLISHED,
        "March 5",
        {"relative": True, "year_inferred": True},
        id="inferred-month-day",
    ),
    pytest.param(
        "Profits rose in the third quarter.",
        PUBLISHED,
        "third quarter",
        {
            "timex": "2019-Q3",
            "start_date": "2019-07-01",
            "end_date": "2019-09-30",
            "relative": True,
            "year_inferred": True,
        },
        id="inferred-quarter-past-is-last-year",
    ),
    pytest.param(
        "Profits will rise in the third quarter.",
        PUBLISHED,
        "third quarter",
        {"timex": "2020-Q3", "year_inferred": True},
        id="inferred-quarter-future",
    ),
    pytest.param(
        "Profits rose in the first quarter.",
        PUBLISHED,
        "first quarter",
        {"timex": "2020-Q1", "year_inferred": True},
        id="inferred-quarter-past-this-year",
    ),
    pytest.param(
        "Talks began on Monday, February 6.",
        "2023-03-01",
        "February 6",
        {"timex": "2023-02-06", "year_inferred": True},
        id="inferred-from-weekday",
    ),
    pytest.param(
        "Sales rose between March and May.",
        PUBLISHED,
        "March",
        {"type": "range", "relative": True, "year_inferred": True},
        id="inferred-range-of-months",
    ),
    pytest.param(
        "Profits rose in Q1 2020.",
        PUBLISHED,
        "Q1",
        {"relative": False, "year_inferred": False, "resolved": True},
        id="not-inferred-quarter-with-year",
    ),
    pytest.param(
        "Prices rose last year.",
        PUBLISHED,
        "last year",
        {"relative": True, "year_inferred": False},
        id="not-inferred-last-year",
    ),
    pytest.param(
        "The law was passed on May 23, 2020.",
        PUBLISHED,
        "May 23",
        {"relative": False, "year_inferred": False, "resolved": True},
        id="not-inferred-full-date",
    ),
    pytest.param(
        "The 2016-19 plan cut poverty.",
        PUBLISHED,
        "2016",
        {"type": "range", "relative": False, "year_inferred": False},
        id="not-inferred-year-range",
    ),
    # Named months with a shift word.
    pytest.param(
        "The law was passed last March.",
        PUBLISHED,
        "March",
        {"timex": "2020-03", "start_date": "2020-03-01", "end_date": "2020-03-31"},
        id="last-march-is-this-years",
    ),
    pytest.param(
        "The plant closed last August.",
        PUBLISHED,
        "August",
        {"timex": "2019-08", "start_date": "2019-08-01", "end_date": "2019-08-31"},
        id="last-august-is-last-years",
    ),
    pytest.param(
        "The plant will open next March.",
        PUBLISHED,
        "March",
        {"timex": "2021-03", "start_date": "2021-03-01", "end_date": "2021-03-31"},
        id="next-march",
    ),
    # Durations: value, and anchored intervals that end (or start) at publication.
    pytest.param(
        "Incomes have doubled over the past decade.",
        PUBLISHED,
        "past decade",
        {"type": "duration", "timex": "P10Y", "end_date": "2020-05-23"},
        id="duration-the-past-decade",
    ),
    # "the previous decade" spans ten years up to a date named, no year counted back from it
    pytest.param(
        "In August 1986, ozone levels had fallen by half over the previous decade.",
        PUBLISHED,
        "previous decade",
        {"type": "duration", "timex": "P10Y"},
        id="duration-the-previous-decade",
    ),
    pytest.param(
        "In 1990 the firm grew, and the following year it shrank.",
        PUBLISHED,
        "following year",
        {"type": "date", "timex": "1991"},
        id="the-following-year-still-counted",
    ),
    pytest.param(
        "Prices rose in the past 18 months.",
        PUBLISHED,
        "past 18 months",
        {"type": "duration", "timex": "P18M", "end_date": "2020-05-23"},
        id="duration-in-the-past-18-months",
    ),
    pytest.param(
        "The past two years were hard.",
        PUBLISHED,
        "past two years",
        {"type": "duration", "timex": "P2Y", "end_date": "2020-05-23"},
        id="duration-the-past-two-years",
    ),
    pytest.param(
        "Growth will slow over the next five years.",
        PUBLISHED,
        "next five years",
        {"type": "duration", "timex": "P5Y", "start_date": "2020-05-23"},
        id="duration-the-next-five-years",
    ),
    pytest.param(
        "Sales fell over the previous three years.",
        PUBLISHED,
        "previous three years",
        {"type": "duration", "timex": "P3Y", "start_date": None, "end_date": None},
        id="duration-previous-years-not-before-publication",
    ),
    pytest.param(
        "Prices will rise in the coming weeks.",
        PUBLISHED,
        "coming weeks",
        {"type": "duration", "timex": "PXW", "start_date": None, "end_date": None},
        id="duration-plural-without-count-is-vague",
    ),
    # "the year (week) ahead" is "the coming year (week)": a stretch from publication
    pytest.param(
        "Analysts expect growth in the year ahead.",
        PUBLISHED,
        "year ahead",
        {"type": "duration", "timex": "P1Y", "start_date": "2020-05-23", "end_date": "2021-05-23"},
        id="duration-the-year-ahead",
    ),
    pytest.param(
        "Over the week ahead, investors will watch the Fed.",
        PUBLISHED,
        "week ahead",
        {"type": "duration", "timex": "P1W", "start_date": "2020-05-23", "end_date": "2020-05-30"},
        id="duration-the-week-ahead",
    ),
    # Winters straddle two years: in January "this winter" began last December; in March
    # "next winter" starts this December.
    pytest.param(
        "Snow fell heavily this winter.",
        "2019-01-20",
        "this winter",
        {"timex": "2018-WI", "start_date": "2018-12-01", "end_date": "2019-02-28"},
        id="this-winter-in-january",
    ),
    pytest.param(
        "Snow fell heavily last winter.",
        "2019-01-20",
        "last winter",
        {"timex": "2017-WI", "start_date": "2017-12-01", "end_date": "2018-02-28"},
        id="last-winter-in-january",
    ),
    pytest.param(
        "Snow will fall next winter.",
        "2019-03-14",
        "next winter",
        {"timex": "2019-WI", "start_date": "2019-12-01", "end_date": "2020-02-29"},
        id="next-winter-in-march",
    ),
    # "last spring (summer, fall)" is the last one over: this year's once its months passed
    pytest.param(
        "Tourism collapsed last summer.",
        "2024-11-05",
        "last summer",
        {"timex": "2024-SU", "start_date": "2024-06-01", "end_date": "2024-08-31"},
        id="last-summer-in-november",
    ),
    pytest.param(
        "Tourism collapsed last summer.",
        "2024-07-05",
        "last summer",
        {"timex": "2023-SU", "start_date": "2023-06-01", "end_date": "2023-08-31"},
        id="last-summer-in-july",
    ),
    pytest.param(
        "Leaves fell early last fall.",
        "2024-12-02",
        "last fall",
        {"timex": "2024-FA", "start_date": "2024-09-01", "end_date": "2024-11-30"},
        id="last-fall-in-december",
    ),
    pytest.param(
        "Sales rose in the summer of last year.",
        "2024-11-05",
        "summer of last year",
        {"timex": "2023-SU", "start_date": "2023-06-01", "end_date": "2023-08-31"},
        id="summer-of-last-year-in-november",
    ),
    # in an article set in the south (its places mostly Australian, New Zealand, South
    # African, Argentine, Chilean, Uruguayan), a season is the north's opposite months
    pytest.param(
        "SYDNEY, Nov 4 (Reuters) - Australians expect bushfires this summer.",
        "2024-11-05",
        "this summer",
        {"timex": "2024-SU", "start_date": "2024-12-01", "end_date": "2025-02-28"},
        id="this-summer-in-sydney",
    ),
    pytest.param(
        "BUENOS AIRES (Reuters) - Argentines faced gas shortages last winter.",
        "2024-11-05",
        "last winter",
        {"timex": "2024-WI", "start_date": "2024-06-01", "end_date": "2024-08-31"},
        id="last-winter-in-buenos-aires",
    ),
    pytest.param(
        "JOHANNESBURG - South African farmers planted late in the spring.",
        "2024-11-05",
        "the spring",
        {"timex": "2024-SP", "start_date": "2024-09-01", "end_date": "2024-11-30"},
        id="the-spring-in-johannesburg",
    ),
    pytest.param(
        "SYDNEY (Reuters) - Australian beaches were crowded in the summer of 2023.",
        "2024-11-05",
        "summer of 2023",
        {"timex": "2023-SU", "start_date": None, "end_date": None},
        id="summer-of-a-year-in-sydney-has-no-interval",
    ),
    pytest.param(
        "Fans in Melbourne and London watched the final last summer.",
        "2024-11-05",
        "last summer",
        {"timex": "2024-SU", "start_date": "2024-06-01", "end_date": "2024-08-31"},
        id="last-summer-north-and-south-named",
    ),
    # a winter of two years written is the one they straddle; not two winters
    pytest.param(
        "Gas use fell in the winter of 2022-23.",
        "2024-08-14",
        "winter of 2022-23",
        {"timex": "2022-WI", "start_date": "2022-12-01", "end_date": "2023-02-28"},
        id="winter-of-two-years",
    ),
    pytest.param(
        "Gas use fell in winter 1999/2000.",
        "2024-08-14",
        "winter 1999/2000",
        {"timex": "1999-WI", "start_date": "1999-12-01", "end_date": "2000-02-29"},
        id="winter-of-two-four-digit-years",
    ),
    # "the weekend" from a Thursday: last weekend, or in a future clause the coming one.
    pytest.param(
        "Three people were killed over the weekend.",
        "2019-03-14",
        "the weekend",
        {"timex": "2019-W10-WE", "start_date": "2019-03-09", "end_date": "2019-03-10"},
        id="the-weekend-past-from-thursday",
    ),
    pytest.param(
        "Talks will continue over the weekend.",
        "2019-03-14",
        "the weekend",
        {"timex": "2019-W11-WE", "start_date": "2019-03-16", "end_date": "2019-03-17"},
        id="the-weekend-ahead-from-thursday",
    ),
    pytest.param(
        "Talks will continue over the weekend.",
        "2019-03-17",
        "the weekend",
        {"timex": "2019-W12-WE", "start_date": "2019-03-23", "end_date": "2019-03-24"},
        id="the-weekend-ahead-from-sunday",
    ),
    pytest.param(
        "The talks lasted over three months.",
        PUBLISHED,
        "three months",
        {"type": "duration", "timex": "P3M"},
        id="duration-over-three-months",
    ),
]


PERIOD_CASES = [
    # a spelled ordinal century after "the" (not "his first century", "the second century of
    # the republic"); a year or century before "BC" counts back, with no calendar days
    pytest.param(
        "The empire fell in the fifth century.",
        "2024-05-02",
        ("the fifth century", "04", None, "0400-01-01", "0499-12-31"),
        id="spelled-century",
    ),
    pytest.param(
        "It has been used since the early nineteenth century.",
        "2024-05-02",
        ("the early nineteenth century", "18", "START", "1800-01-01", "1899-12-31"),
        id="spelled-century-with-mod",
    ),
    pytest.param(
        "The temple was built in the fifth century B.C.",
        "2024-05-02",
        ("the fifth century B.C.", "BC04", None, None, None),
        id="century-bc",
    ),
    pytest.param(
        "The city was founded in the 3rd century BCE.",
        "2024-05-02",
        ("the 3rd century BCE", "BC02", None, None, None),
        id="century-bce",
    ),
    pytest.param(
        "The wall was built around 2000 B.C. by farmers.",
        "2024-05-02",
        ("2000 B.C.", "BC2000", None, None, None),
        id="year-bc",
    ),
    # this century's start or end ("the turn of the century": 2000 in 2024)
    pytest.param(
        "Prices have doubled since the turn of the century.",
        "2024-05-02",
        ("the turn of the century", "20", "START", "2000-01-01", "2099-12-31"),
        id="turn-of-the-century",
    ),
    pytest.param(
        "Sea levels could rise a metre by the end of the century.",
        "2024-05-02",
        ("the end of the century", "20", "END", "2000-01-01", "2099-12-31"),
        id="end-of-the-century",
    ),
    # "of the last century" names the century before this one, a domain; "in (over, over
    # the course of) the last century" and "the past century" stay 100 years back
    pytest.param(
        "The longest of the last century, in 1922, took five days.",
        "2024-05-02",
        ("the last century", "19", None, "1900-01-01", "1999-12-31"),
        id="of-the-last-century",
    ),
    pytest.param(
        "He was the greatest writer of the last century.",
        "2016-05-02",
        ("the last century", "19", None, "1900-01-01", "1999-12-31"),
        id="of-the-last-century-2016",
    ),
    pytest.param(
        "It was the biggest flood in the last century.",
        "2024-05-02",
        ("the last century", "P100Y", None, "1924-05-02", "2024-05-02"),
        id="in-the-last-century-duration",
    ),
    pytest.param(
        "Sea levels rose over the course of the last century.",
        "2024-05-02",
        ("the last century", "P100Y", None, "1924-05-02", "2024-05-02"),
        id="course-of-the-last-century-duration",
    ),
    pytest.param(
        "It was the worst pandemic of the past century.",
        "2024-05-02",
        ("the past century", "P100Y", None, "1924-05-02", "2024-05-02"),
        id="of-the-past-century-duration",
    ),
    pytest.param(
        "It was the worst storm of the last decade.",
        "2024-05-02",
        ("the last decade", "P10Y", None, "2014-05-02", "2024-05-02"),
        id="of-the-last-decade-duration",
    ),
    # a bare "H1" among reported figures is a half by the tense, as "the first half" is
    pytest.param(
        "Revenue rose 5% in H1, the company said.",
        "2024-10-02",
        ("H1", "2024-H1", None, "2024-01-01", "2024-06-30"),
        id="bare-h1-past",
    ),
    pytest.param(
        "The company expects revenue to grow in H2.",
        "2024-05-02",
        ("H2", "2024-H2", None, "2024-07-01", "2024-12-31"),
        id="bare-h2-ahead",
    ),
    # ... and right before a word of reported figures ("H1 profit"), with no "in"
    pytest.param(
        "H1 profit rose 5%, the company said.",
        "2024-10-02",
        ("H1", "2024-H1", None, "2024-01-01", "2024-06-30"),
        id="bare-h1-before-figures",
    ),
    pytest.param(
        "The company's H2 revenue will rise.",
        "2024-05-02",
        ("H2", "2024-H2", None, "2024-07-01", "2024-12-31"),
        id="bare-h2-possessive-before-figures",
    ),
    # "On this day in 1945": the publication date's day in that year (an anniversary's)
    pytest.param(
        "On this day in 1945, Germany surrendered.",
        "2024-05-08",
        ("this day in 1945", "1945-05-08", None, "1945-05-08", "1945-05-08"),
        id="this-day-in-a-year",
    ),
    pytest.param(
        "On this day in 2021, it snowed.",
        "2024-02-29",
        ("this day in 2021", "2021-XX-XX", None, None, None),
        id="this-day-in-a-year-of-no-february-29",
    ),
    # "the year before" a range of months is that stretch a year before
    pytest.param(
        "Between August 2022 and July 2023, arrivals fell to 1.2 million, a 22% drop from the"
        " year before.",
        "2024-05-02",
        ("the year before", "2021-08/2022-07", None, "2021-08-01", "2022-07-31"),
        id="year-before-a-range-of-months",
    ),
    # ... as of a run of months ("the first nine months of 1989", "of the year")
    pytest.param(
        "Profit in the first nine months of 1989 rose 5% from the year-earlier period.",
        "1989-11-02",
        ("the year-earlier period", "1988-01/1988-09", None, "1988-01-01", "1988-09-30"),
        id="year-earlier-than-a-run-of-months",
    ),
    pytest.param(
        "Platforms sold 23.6 million yuan of tea in the first five months of the year, almost"
        " triple the figure a year earlier.",
        "2020-06-18",
        ("a year earlier", "2019-01/2019-05", None, "2019-01-01", "2019-05-31"),
        id="year-earlier-than-a-run-of-the-year",
    ),
    # "the second half of the year" in the past is the last one begun ("Profit in the second
    # half of the year rose" in March: last year's), as "the third quarter of the year" is;
    # the first half under way is last year's only among reported figures; ahead, this one
    pytest.param(
        "Profit in the second half of the year rose 5%.",
        "2024-03-12",
        ("the second half of the year", "2023-H2", None, "2023-07-01", "2023-12-31"),
        id="half-of-the-year-past",
    ),
    pytest.param(
        "Sales in the first half of the year fell 3%.",
        "2024-03-12",
        ("the first half of the year", "2023-H1", None, "2023-01-01", "2023-06-30"),
        id="first-half-of-the-year-figures",
    ),
    pytest.param(
        "He spent the first half of the year in hospital.",
        "2024-03-12",
        ("the first half of the year", "2024-H1", None, "2024-01-01", "2024-06-30"),
        id="first-half-of-the-year-no-figures",
    ),
    pytest.param(
        "Growth slowed in the first half of the year.",
        "2024-09-12",
        ("the first half of the year", "2024-H1", None, "2024-01-01", "2024-06-30"),
        id="first-half-of-the-year-ended",
    ),
    pytest.param(
        "Profit will rise in the first half of the year.",
        "2024-09-12",
        ("the first half of the year", "2024-H1", None, "2024-01-01", "2024-06-30"),
        id="first-half-of-the-year-ahead",
    ),
    pytest.param(
        "The firm expects profit to rise in the second half of the year.",
        "2024-03-12",
        ("the second half of the year", "2024-H2", None, "2024-07-01", "2024-12-31"),
        id="second-half-of-the-year-ahead",
    ),
    pytest.param(
        "Sales rose in the second half of this year.",
        "2024-03-12",
        ("the second half of this year", "2024-H2", None, "2024-07-01", "2024-12-31"),
        id="second-half-of-this-year",
    ),
    # "the June (December) half" is the half that month ends, by the tense as "the first half"
    pytest.param(
        "Profit in the June half rose 5%.",
        "2024-08-12",
        ("the June half", "2024-H1", None, "2024-01-01", "2024-06-30"),
        id="june-half",
    ),
    pytest.param(
        "Net profit for the December half fell 3%.",
        "2024-08-12",
        ("the December half", "2023-H2", None, "2023-07-01", "2023-12-31"),
        id="december-half-past",
    ),
    pytest.param(
        "Earnings will improve in the December half.",
        "2024-08-12",
        ("the December half", "2024-H2", None, "2024-07-01", "2024-12-31"),
        id="december-half-ahead",
    ),
    pytest.param(
        "Earnings for the December half-year rose 12%.",
        "2024-02-20",
        ("the December half-year", "2023-H2", None, "2023-07-01", "2023-12-31"),
        id="december-half-year",
    ),
    pytest.param(
        "Revenue in the June 2023 half rose.",
        "2024-08-12",
        ("the June 2023 half", "2023-H1", None, "2023-01-01", "2023-06-30"),
        id="june-2023-half",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), PERIOD_CASES)
def test_dates_periods_of_the_century_half_and_year_before(
    extractor: Extractor, text: str, published: str, expected: tuple[str, ...]
) -> None:
    fragment = expected[0]
    facts = _overlapping(_extract(extractor, text, published).dates, *_span(text, fragment))
    assert [(f.text, f.timex, f.mod, _iso(f.start_date), _iso(f.end_date)) for f in facts] == [
        expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The H1 visa program grew, and the H1N1 virus spread.", id="h1-visa"),
        pytest.param("Scientists found the gene in H1 cells.", id="h1-not-among-figures"),
        pytest.param("Its H2 outlook is weak.", id="h2-before-no-figures"),
        pytest.param("The H1 heading shows revenue.", id="h1-heading-beside-figures"),
        pytest.param("At the turn of the year, sales rose.", id="turn-of-the-year-either-end"),
        pytest.param("He scored his first century at Lord's.", id="a-cricket-century"),
        pytest.param("The second century of the republic began.", id="a-century-of-something"),
        pytest.param("He made 10 century breaks in the event.", id="century-breaks"),
        pytest.param("It was the first century stand.", id="a-cricket-century-stand"),
        pytest.param("Root has scored 30 centuries.", id="centuries-scored"),
    ],
)
def test_dates_no_half_or_turn(extractor: Extractor, text: str) -> None:
    assert [d.text for d in _extract(extractor, text).dates] == []


EDGE_OF_DAY_CASES = [
    # "late Tuesday", "early on Monday": the day, with mod END (START) and the words in its span
    pytest.param(
        "Late Tuesday, the Senate passed the bill.", ("Late Tuesday", "2020-05-19", "END")
    ),
    pytest.param("The fire started late on Wednesday.", ("late on Wednesday", "2020-05-20", "END")),
    pytest.param("Early Monday, police raided the house.", ("Early Monday", "2020-05-18", "START")),
    pytest.param(
        "The fire grew to 8,308 hectares by late Sunday, officials said.",
        ("late Sunday", "2020-05-17", "END"),
    ),
    pytest.param("Talks resume early next Tuesday.", ("early next Tuesday", "2020-05-26", "START")),
    # ... and "late yesterday", "early this morning", "late last night" (not "too late today")
    pytest.param("Shares were at $12 late yesterday.", ("late yesterday", "2020-05-22", "END")),
    pytest.param("Late yesterday, the bill passed.", ("Late yesterday", "2020-05-22", "END")),
    pytest.param("He came early this morning.", ("early this morning", "2020-05-23TMO", "START")),
    pytest.param("It was announced late last night.", ("late last night", "2020-05-22TNI", "END")),
    pytest.param("It is too late today to file.", ("today", "2020-05-23", None)),
]


@pytest.mark.parametrize(("text", "expected"), EDGE_OF_DAY_CASES)
def test_dates_early_or_late_on_a_weekday(
    extractor: Extractor, text: str, expected: tuple[str, str, str | None]
) -> None:
    dates = _extract(extractor, text).dates
    assert [(d.text, d.timex, d.mod) for d in dates] == [expected]


PART_OF_A_DAY_CASES = [
    # "the night (morning, evening) of" a day of a month: that part of it, a TIMEX3 TIME
    pytest.param(
        "The fire started on the night of May 3.",
        [("the night of May 3", "time", "2020-05-03TNI")],
        id="night-of-month-day",
    ),
    pytest.param(
        "On the morning of 5 May 2019, troops crossed the border.",
        [("the morning of 5 May 2019", "time", "2019-05-05TMO")],
        id="morning-of-day-month-year",
    ),
    pytest.param(
        "He was last seen on the evening of Jan. 12, 2018.",
        [("the evening of Jan. 12, 2018", "time", "2018-01-12TEV")],
        id="evening-of-month-day-year",
    ),
    # "the week (weekend) of" a day or a range of days: the ISO week holding its first day,
    # a weekend only from a Friday to a Sunday (not "the weekend" of the publication's week)
    pytest.param(
        "Voting is set for the week of June 10, 2019.",
        [("the week of June 10, 2019", "date", "2019-W24")],
        id="week-of-a-day",
    ),
    pytest.param(
        "The festival was held on the weekend of June 8-9, 2019.",
        [("the weekend of June 8-9, 2019", "date", "2019-W23-WE")],
        id="weekend-of-two-days",
    ),
    pytest.param(
        "The race was held on the weekend of 6 June 2019.",
        [("the weekend of 6 June 2019", "date", "2019-06-06")],
        id="weekend-of-a-thursday-its-day",
    ),
    # not after other words, nor of a month alone
    pytest.param(
        "The Night of the Long Knives began on June 30.",
        [("June 30", "date", "2019-06-30")],
        id="night-of-a-name",
    ),
    pytest.param("Sales rose on the night of the vote.", [], id="night-of-an-event"),
]


@pytest.mark.parametrize(("text", "expected"), PART_OF_A_DAY_CASES)
def test_dates_part_of_a_day_of_a_month(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    dates = _extract(extractor, text).dates
    assert [(d.text, d.type, d.timex) for d in dates] == expected


WEEK_TO_A_DAY_CASES = [
    # "the week ended (ending, to)" a day: the seven days up to it, named by the ISO week
    # holding most of them (its fourth day's)
    pytest.param(
        "Crude inventories rose in the week ended May 15, 2020.",
        ("the week ended May 15, 2020", "2020-W20", "2020-05-09", "2020-05-15"),
        id="ended-a-friday",
    ),
    pytest.param(
        "Jobless claims fell in the week to May 17.",
        ("the week to May 17", "2020-W20", "2020-05-11", "2020-05-17"),
        id="to-a-sunday",
    ),
    pytest.param(
        "Sales fell in the week ending 12 May 2020.",
        ("the week ending 12 May 2020", "2020-W19", "2020-05-06", "2020-05-12"),
        id="ending-a-tuesday-most-days-in-the-week-before",
    ),
    pytest.param(
        "Mortgage applications rose in the week ending Friday.",
        ("the week ending Friday", "2020-W21", "2020-05-16", "2020-05-22"),
        id="ending-a-weekday",
    ),
    # "the week starting (beginning)" a day: the seven days from it, named the same way
    pytest.param(
        "Sales rose 3% in the week starting Monday.",
        ("the week starting Monday", "2020-W21", "2020-05-18", "2020-05-24"),
        id="starting-a-weekday",
    ),
    pytest.param(
        "Tickets go on sale in the week beginning June 1.",
        ("the week beginning June 1", "2020-W23", "2020-06-01", "2020-06-07"),
        id="beginning-a-monday",
    ),
    pytest.param(
        "Sales rose in the week starting on Friday, May 8.",
        ("the week starting on Friday, May 8", "2020-W20", "2020-05-08", "2020-05-14"),
        id="starting-a-friday-most-days-in-the-week-after",
    ),
    pytest.param(
        "The week starting next Monday will be busy.",
        ("next Monday", "2020-05-25", "2020-05-25", "2020-05-25"),
        id="starting-a-shifted-weekday-its-own",
    ),
    pytest.param(
        "The strike, starting Monday, will last a week.",
        ("Monday", "2020-05-25", "2020-05-25", "2020-05-25"),
        id="starting-without-the-week",
    ),
    # not with a part of a day or a shifted weekday, nor after other words
    pytest.param(
        "He worked the week to Friday night.",
        ("Friday night", "2020-05-22TNI", "2020-05-22", "2020-05-22"),
        id="part-of-a-day-its-own",
    ),
    pytest.param(
        "Stocks are up 3% from the week to May 15.",
        ("the week to May 15", "2020-W20", "2020-05-09", "2020-05-15"),
        id="after-from",
    ),
    pytest.param(
        "The deal ended May 15.",
        ("May 15", "2020-05-15", "2020-05-15", "2020-05-15"),
        id="ended-without-the-week",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEEK_TO_A_DAY_CASES)
def test_dates_week_ended_a_day(
    extractor: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    dates = _extract(extractor, text).dates
    found = [(d.text, d.timex, str(d.start_date), str(d.end_date)) for d in dates]
    assert found == [expected]


WEEKS_FROM_A_WEEK_TO_A_DAY_CASES = [
    # weeks counted from seven days that are no ISO week ("the week to May 3", April 27 to
    # May 3): the seven days that many weeks before or after, named as the reference is,
    # not the ISO week of its first day moved
    pytest.param(
        "Stocks rose 2% in the week to May 3, after falling 1% a week earlier.",
        "2024-05-08",
        [
            ("the week to May 3", "2024-W18", "2024-04-27", "2024-05-03"),
            ("a week earlier", "2024-W17", "2024-04-20", "2024-04-26"),
        ],
        id="a-week-earlier",
    ),
    pytest.param(
        "Claims fell in the week ended Friday, May 3, from two weeks earlier.",
        "2024-05-08",
        [
            ("the week ended Friday, May 3", "2024-W18", "2024-04-27", "2024-05-03"),
            ("two weeks earlier", "2024-W16", "2024-04-13", "2024-04-19"),
        ],
        id="two-weeks-earlier",
    ),
    # an ISO week, or a day, counts as before
    pytest.param(
        "In the week of May 6, sales rose from a week earlier.",
        "2024-05-08",
        [
            ("the week of May 6", "2024-W19", "2024-05-06", "2024-05-12"),
            ("a week earlier", "2024-W18", "2024-04-29", "2024-05-05"),
        ],
        id="iso-week",
    ),
    pytest.param(
        "Stocks rose on May 3, after falling a week earlier.",
        "2024-05-08",
        [
            ("May 3", "2024-05-03", "2024-05-03", "2024-05-03"),
            ("a week earlier", "2024-W17", "2024-04-22", "2024-04-28"),
        ],
        id="a-day",
    ),
    # a span of no time between ("its lowest in three years") is no date to count from
    pytest.param(
        "The price fell on Tuesday, its lowest in three years, from $2.22 a week earlier.",
        "2024-08-21",
        [
            ("Tuesday", "2024-08-20", "2024-08-20", "2024-08-20"),
            ("three years", "P3Y", "None", "None"),
            ("a week earlier", "2024-W33", "2024-08-12", "2024-08-18"),
        ],
        id="past-an-unanchored-duration",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), WEEKS_FROM_A_WEEK_TO_A_DAY_CASES)
def test_dates_weeks_from_a_week_to_a_day(
    extractor: Extractor, text: str, published: str, expected: list[tuple[str, str, str, str]]
) -> None:
    dates = _extract(extractor, text, published).dates
    assert [(d.text, d.timex, str(d.start_date), str(d.end_date)) for d in dates] == expected


THE_QUARTER_CASES = [
    # "the quarter" among reported figures: the last one ended in the past, else the current
    pytest.param(
        "The company said net income rose 12% in the quarter.",
        [("the quarter", "1989-Q3")],
        id="past-last-ended",
    ),
    pytest.param(
        "Revenue for the quarter was $5 billion.",
        [("the quarter", "1989-Q3")],
        id="for-the-quarter",
    ),
    pytest.param(
        "The company expects sales to rise in the quarter.",
        [("the quarter", "1989-Q4")],
        id="ahead-under-way",
    ),
    pytest.param(
        "Analysts expect sales to rise in the quarter.",
        [("the quarter", "1989-Q4")],
        id="forecast-under-way",
    ),
    # "the latest (most recent) quarter": the last one ended, whatever the tense
    pytest.param(
        "Net income rose in the most recent quarter.",
        [("the most recent quarter", "1989-Q3")],
        id="most-recent",
    ),
    pytest.param(
        "Revenue for the latest quarter will be reported on Tuesday.",
        [("the latest quarter", "1989-Q3"), ("Tuesday", "1989-11-07")],
        id="latest-ahead-still-ended",
    ),
    pytest.param("The Lakers scored 30 in the latest quarter.", [], id="latest-of-a-game"),
    # ... beside a sum of money, the latest (no match's); a bare "the quarter" needs figures
    pytest.param(
        "The company earned $3 million in the latest quarter, up from $2 million a year earlier.",
        [("the latest quarter", "1989-Q3"), ("a year earlier", "1988-Q3")],
        id="latest-beside-money",
    ),
    pytest.param("It earned 3 million in the most recent quarter.", [], id="latest-no-money"),
    pytest.param("The company earned $3 million in the quarter.", [], id="bare-beside-money"),
    # "the September quarter" is the calendar quarter that month ends, by the tense as "the
    # third quarter" is; not a month that ends no calendar quarter (a fiscal one's)
    pytest.param(
        "It earned $5 million in the September quarter, up from $4 million in the year-earlier"
        " quarter.",
        [("the September quarter", "1989-Q3"), ("the year-earlier quarter", "1988-Q3")],
        id="month-quarter-and-year-earlier",
    ),
    pytest.param(
        "Sales will rise in the December quarter.",
        [("the December quarter", "1989-Q4")],
        id="month-quarter-ahead",
    ),
    pytest.param(
        "GDP fell in the June 1988 quarter and the March quarter of 1987.",
        [("the June 1988 quarter", "1988-Q2"), ("the March quarter of 1987", "1987-Q1")],
        id="month-quarter-with-year",
    ),
    pytest.param("Sales rose in the August quarter.", [], id="month-quarter-of-no-calendar"),
    # "the quarter ended" a quarter's last day is the quarter that day ends, of the day's year
    pytest.param(
        "In the quarter ended Sept. 30, net fell 5%.",
        [("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")],
        id="ended",
    ),
    pytest.param(
        "Revenue for the quarter ended March 31, 1988, rose 5%.",
        [("the quarter", "1988-Q1"), ("March 31, 1988", "1988-03-31")],
        id="ended-with-year",
    ),
    pytest.param(
        "Revenue for the quarter ending 30 June rose 5%.",
        [("the quarter", "1989-Q2"), ("30 June", "1989-06-30")],
        id="ending-day-month",
    ),
    # ... or a quarter's last month after "ended (in)", "ending (in)", "to", "through": of the
    # year the month is read in
    pytest.param(
        "Profit rose 5% in the quarter to March.",
        [("the quarter", "1989-Q1"), ("March", "1989-03")],
        id="to-a-month",
    ),
    pytest.param(
        "Sales will rise 5% in the quarter ending in December.",
        [("the quarter", "1989-Q4"), ("December", "1989-12")],
        id="ending-in-a-month-ahead",
    ),
    pytest.param(
        "Revenue rose 5% in the quarter to June 1988.",
        [("the quarter", "1988-Q2"), ("June 1988", "1988-06")],
        id="to-a-month-with-year",
    ),
    pytest.param(
        "Revenue rose 5% in the quarter to August.",
        [("August", "1989-08")],
        id="to-a-month-no-quarter-end",
    ),
    pytest.param(
        "He scored 10 points in the quarter to March.",
        [("March", "1989-03")],
        id="to-a-month-no-figures",
    ),
    # "the quarter starting (beginning, that began)" a quarter's first day or month is the
    # quarter it opens, read by the clause's tense; the day takes the quarter's year (reported
    # figures: the quarter has begun, not the nearest Jan. 1 ahead)
    pytest.param(
        "Sales rose 4% in the quarter starting on July 1.",
        [("the quarter", "1989-Q3"), ("July 1", "1989-07-01")],
        id="starting-on-a-day",
    ),
    pytest.param(
        "Sales rose 4% in the quarter beginning Jan. 1.",
        [("the quarter", "1989-Q1"), ("Jan. 1", "1989-01-01")],
        id="beginning-a-day-the-day-follows",
    ),
    pytest.param(
        "Sales rose 4% in the quarter starting 1st April 1988.",
        [("the quarter", "1988-Q2"), ("1st April 1988", "1988-04-01")],
        id="starting-with-year",
    ),
    pytest.param(
        "Sales rose 4% in the quarter that began in October.",
        [("the quarter", "1989-Q4"), ("October", "1989-10")],
        id="that-began-in-a-month",
    ),
    pytest.param(
        "Sales are expected to rise 4% in the quarter beginning Jan. 1.",
        [("the quarter", "1990-Q1"), ("Jan. 1", "1990-01-01")],
        id="beginning-ahead",
    ),
    # ... not one starting on another day (a fiscal quarter's), nor a day inside the month
    pytest.param(
        "Sales will rise 4% in the quarter starting May 1.",
        [("May 1", "1990-05-01")],
        id="starting-no-calendar-quarter",
    ),
    pytest.param(
        "Sales rose 4% in the quarter from a year earlier.",
        [("the quarter", "1989-Q3"), ("a year earlier", "1988-Q3")],
        id="from-a-year-earlier-still-the-quarter",
    ),
    pytest.param(
        "Sales will rise 4% in the quarter starting April 10.",
        [("April 10", "1990-04-10")],
        id="starting-inside-a-month",
    ),
    # a day that ends no calendar quarter (a fiscal one's), a match's quarter, a part
    pytest.param(
        "Revenue for the quarter ended Aug. 31 rose 5%.", [("Aug. 31", "1989-08-31")], id="aug"
    ),
    pytest.param("Revenue for the quarter ended June 31 rose 5%.", [], id="no-such-day"),
    pytest.param("He scored 12 points in the quarter.", [], id="a-match-quarter"),
    pytest.param("Earnings in the quarter of a century rose.", [], id="quarter-of"),
    # a range of figures after a verb of a match is no score: the calendar's quarter
    pytest.param(
        "The company won 10-12 contracts in the second quarter.",
        [("the second quarter", "1989-Q2")],
        id="a-range-no-score",
    ),
    # a match's result elsewhere in the article leaves a quarter among a year's figures alone
    pytest.param(
        "Arsenal beat Brentford 3-2 on Thursday. Unemployment fell 0.1 points from the third"
        " quarter to 23.5 per cent in the fourth quarter.",
        [
            ("Thursday", "1989-11-02"),
            ("the third quarter", "1989-Q3"),
            ("the fourth quarter", "1989-Q4"),
        ],
        id="a-result-elsewhere-then-a-percentage",
    ),
    pytest.param(
        "Arsenal beat Brentford 3-2 on Thursday. Revenue rose in the second quarter.",
        [("Thursday", "1989-11-02"), ("the second quarter", "1989-Q2")],
        id="a-result-elsewhere-then-revenue",
    ),
    pytest.param(
        "The measure won 52-48 votes. It takes effect in the second quarter.",
        [("the second quarter", "1990-Q2")],
        id="a-vote-is-no-result",
    ),
    pytest.param(
        "Profit led 3-4% higher in the second quarter.",
        [("the second quarter", "1989-Q2")],
        id="a-percent-range-no-score",
    ),
    pytest.param(
        "The Dow was down by 120 points in the second quarter.",
        [("the second quarter", "1989-Q2")],
        id="a-fall-of-points-no-margin",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_QUARTER_CASES)
def test_dates_the_quarter_of_reported_figures(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, "1989-11-02").dates
    assert [(d.text, d.timex) for d in dates] == expected


MONTH_SUBJECT_CASES = [
    # a bare month as a clause's subject is a date, by the tense
    pytest.param(
        "The Bureau of Meteorology said January had been the hottest on record.",
        "2024-02-04",
        [("January", "2024-01")],
        id="said-month-had-been",
    ),
    pytest.param(
        "March was the wettest month since records began.", "2024-04-04", [("March", "2024-03")]
    ),
    pytest.param(
        "December saw record sales at the retailer.", "2024-01-10", [("December", "2023-12")]
    ),
    pytest.param(
        "In Australia, December was the hottest month.", "2024-01-10", [("December", "2023-12")]
    ),
    pytest.param(
        "October will be the test for the government.", "2024-02-10", [("October", "2024-10")]
    ),
    pytest.param(
        "January's jobs report surprised economists.", "2024-02-10", [("January", "2024-01")]
    ),
    # ... and so is one opening a clause before its figures' noun
    pytest.param(
        "December traffic rose 11% from a year earlier.",
        "2024-01-12",
        [("December", "2023-12"), ("a year earlier", "2022-12")],
        id="month-before-its-figures-noun",
    ),
    pytest.param(
        "Officials said August inflation eased.",
        "2024-09-12",
        [("August", "2024-08")],
        id="said-month-before-its-figures-noun",
    ),
    pytest.param("April showers came early.", "2024-09-12", [], id="month-before-other-noun"),
    # a month's possessive after a preposition: its figures (out after it: the last such
    # month, whatever the tense) or an event (the tense decides); no other noun ("with June's
    # mother" is a name's)
    pytest.param(
        "Inflation was above July's rate of 3.6 per cent.",
        "2024-12-04",
        [("July", "2024-07")],
        id="possessive-figure-after-a-preposition",
    ),
    pytest.param(
        "The rate is below March's peak.",
        "2024-12-04",
        [("March", "2024-03")],
        id="possessive-figure-present-tense-is-past",
    ),
    pytest.param(
        "Markets look ahead to January's meeting.",
        "2024-12-04",
        [("January", "2025-01")],
        id="possessive-event-ahead",
    ),
    pytest.param(
        "Fares rose 1 point above July's retail prices index inflation rate.",
        "2024-12-04",
        [("July", "2024-07")],
        id="possessive-figure-after-modifiers",
    ),
    pytest.param(
        "Fares rose 1 point above May's retail prices index inflation rate.",
        "2024-12-04",
        [("May", "2024-05")],
        id="possessive-may-of-figures",
    ),
    pytest.param("May's inflation rate was 2%.", "2024-12-04", [("May", "2024-05")]),
    pytest.param("Theresa May's government collapsed.", "2024-12-04", [], id="may-a-name-poss"),
    pytest.param("He defended May's record on immigration.", "2024-12-04", []),
    pytest.param("Under May's deal, the UK would leave.", "2024-12-04", []),
    pytest.param("May's losses in the election were heavy.", "2024-12-04", []),
    pytest.param("She lived with June's mother.", "2024-12-04", [], id="possessive-a-name"),
    pytest.param("He met April's father.", "2024-12-04", [], id="possessive-a-name-verb"),
    # names: "May", a month before a passive ("June was arrested"), a title ("the March")
    pytest.param("May was defeated in the vote.", "2024-02-10", [], id="may-a-name"),
    pytest.param("June was arrested on the spot.", "2024-02-10", [], id="passive-a-name"),
    pytest.param("April had been born in Ohio.", "2024-02-10", [], id="born-a-name"),
    pytest.param("The Women's March was peaceful.", "2024-02-10", [], id="womens-march"),
    pytest.param("April said she would run.", "2024-02-10", [], id="said-not-a-month-verb"),
    # a bare month after a superlative of weather or trade: by the tense, unless its
    # sentence names a year (but after "since")
    pytest.param(
        "It was the hottest July on record.", "2024-08-12", [("July", "2024-07")], id="hottest"
    ),
    pytest.param(
        "This was the wettest June since 1910.",
        "2024-07-02",
        [("June", "2024-06"), ("1910", "1910")],
        id="wettest-since",
    ),
    pytest.param(
        "Retailers had their busiest December in a decade.",
        "2024-01-10",
        [("December", "2023-12"), ("a decade", "P10Y")],
        id="their-busiest",
    ),
    pytest.param(
        "The hottest March on record came in 2016.", "2024-08-12", [("2016", "2016")], id="in-2016"
    ),
    pytest.param("Sales rose in the busiest June quarter.", "2024-08-12", [], id="june-quarter"),
    pytest.param("The interest March brought was high.", "2024-08-12", [], id="interest"),
    pytest.param(
        "Sydney reached 43.2 degrees, the hottest February day in five years.",
        "2024-02-23",
        [("five years", "P5Y")],
        id="hottest-month-day",
    ),
    # a bare month modifying a noun after a determiner
    pytest.param(
        "Analysts expect the Fed to hold rates at its June meeting.",
        "2024-05-02",
        [("June", "2024-06")],
        id="its-june-meeting",
    ),
    pytest.param(
        "The March jobs report showed strong hiring.",
        "2024-05-02",
        [("March", "2024-03")],
        id="the-march-jobs-report",
    ),
    pytest.param(
        "Officials blamed the August heat for the deaths.",
        "2024-05-02",
        [("August", "2023-08")],
        id="the-august-heat",
    ),
    # ... or after a possessive, before one of a month's events or figures (a modifier may
    # stand between); not a name's ("Johnny Cash's June Carter"), nor before other nouns
    pytest.param(
        "Traders see a 20% chance of a cut at the Fed's June meeting.",
        "2024-04-10",
        [("June", "2024-06")],
        id="possessive-june-meeting",
    ),
    pytest.param(
        "OPEC+'s December output cut was extended.",
        "2024-04-10",
        [("December", "2023-12")],
        id="possessive-december-output-cut",
    ),
    pytest.param("Johnny Cash's June Carter sang.", "2024-04-10", [], id="possessive-name"),
    pytest.param("He praised Smith's June speech.", "2024-04-10", [], id="possessive-other-noun"),
    pytest.param(
        "The bank's September quarter profit rose.", "2024-04-10", [], id="possessive-quarter"
    ),
    # not before a preposition ("the March on Washington"), a quarter or half, nor "May"
    # ("the December quarter" is the quarter it ends)
    pytest.param("The March on Washington drew thousands.", "2024-05-02", [], id="march-on"),
    pytest.param(
        "Sales fell in the December quarter.",
        "2024-05-02",
        [("the December quarter", "2023-Q4")],
        id="december-quarter",
    ),
    # a year written before the ordinal period is its year (TimeBank's "the 1998 first quarter")
    pytest.param(
        "The company expects a loss in the 1998 first quarter.",
        "1998-02-12",
        [("the 1998 first quarter", "1998-Q1")],
        id="year-before-an-ordinal-quarter",
    ),
    pytest.param(
        "Profit in its 2024 second half rose.",
        "1998-02-12",
        [("2024 second half", "2024-H2")],
        id="year-before-an-ordinal-half",
    ),
    # ... and so is one with a possessive, a fiscal year's too (FY2025-Q1); a year ending in 0
    # with "'s" before its quarter or half is that year's, no decade
    pytest.param(
        "Sales rose in 2023's first quarter.",
        "2024-05-02",
        [("2023's first quarter", "2023-Q1")],
        id="year-possessive-before-an-ordinal-quarter",
    ),
    pytest.param(
        "Sales rose in fiscal 2025's first quarter.",
        "2024-05-02",
        [("fiscal 2025's first quarter", "FY2025-Q1")],
        id="fiscal-year-possessive-before-an-ordinal-quarter",
    ),
    pytest.param(
        "Profit fell in fiscal 2024's second half.",
        "2024-05-02",
        [("fiscal 2024's second half", "FY2024-H2")],
        id="fiscal-year-possessive-before-an-ordinal-half",
    ),
    pytest.param(
        "Profit rose in 2020's second half.",
        "2024-05-02",
        [("2020's second half", "2020-H2")],
        id="year-0-possessive-no-decade",
    ),
    pytest.param(
        "Profit rose in the 1990's.",
        "2024-05-02",
        [("the 1990's", "199")],
        id="decade-with-an-apostrophe",
    ),
    pytest.param(
        "In 2023 the first quarter was weak.",
        "2024-05-02",
        [("2023", "2023"), ("the first quarter", "2024-Q1")],
        id="year-and-a-quarter-of-its-own",
    ),
    pytest.param("The May government fell.", "2024-05-02", [], id="the-may-government"),
]


# A fiscal (financial) year told with its year before or after the words, or as the owner
# of a quarter or half ("the 2023-24 fiscal year's first half", "the first quarter of the 2024
# fiscal year"): that fiscal year's, named by the year it ends in and with no months (its
# months depend on the company); with no year told, FYXXXX-Q1; a quarter of "the current
# fiscal year" is none (the fiscal year is a date of its own). Not a calendar year's period.
FISCAL_PERIOD_CASES = [
    ("Sales rose in the financial year 2023/24.", [("financial year 2023/24", "FY2024")]),
    ("Financial year 2024 was weak.", [("Financial year 2024", "FY2024")]),
    ("Sales rose in the 2023/24 financial year.", [("2023/24 financial year", "FY2024")]),
    (
        "Sales rose in the 2023-24 fiscal year's first half.",
        [("2023-24 fiscal year's first half", "FY2024-H1")],
    ),
    (
        "Sales rose in fiscal year 2024's first quarter.",
        [("fiscal year 2024's first quarter", "FY2024-Q1")],
    ),
    (
        "Sales rose in the fiscal year's first quarter.",
        [("fiscal year's first quarter", "FYXXXX-Q1")],
    ),
    (
        "Sales rose in the first quarter of the 2024 fiscal year.",
        [("the first quarter of the 2024 fiscal year", "FY2024-Q1")],
    ),
    (
        "Sales rose in the first half of the 2023/24 financial year.",
        [("the first half of the 2023/24 financial year", "FY2024-H1")],
    ),
    (
        "Sales rose in the first half of financial year 2024.",
        [("the first half of financial year 2024", "FY2024-H1")],
    ),
    (
        "Sales rose in the first quarter of the current fiscal year.",
        [("current fiscal year", "FYXXXX")],
    ),
    # near misses: a calendar year's periods stay the calendar's
    ("Sales rose in 2024's first quarter.", [("2024's first quarter", "2024-Q1")]),
    ("Sales rose in the first half of 2024.", [("the first half of 2024", "2024-H1")]),
    ("Sales rose in the first quarter of 2024.", [("the first quarter of 2024", "2024-Q1")]),
    ("Goals rose in the 2023-24 season.", [("2023-24", "2023/2024")]),
]


@pytest.mark.parametrize(("text", "expected"), FISCAL_PERIOD_CASES)
def test_dates_fiscal_periods(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, "2024-05-06").dates
    assert [(d.text, d.timex) for d in dates] == expected


@pytest.mark.parametrize(("text", "published", "expected"), MONTH_SUBJECT_CASES)
def test_dates_month_as_subject(
    extractor: Extractor, text: str, published: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, published).dates
    assert [(d.text, d.timex) for d in dates] == expected


@pytest.mark.parametrize(("text", "published", "fragment", "expected"), FIELD_CASES)
def test_dates_fields(
    extractor: Extractor, text: str, published: str, fragment: str, expected: dict[str, object]
) -> None:
    """The one date fact over ``fragment`` has the expected fields (others unchecked)."""
    article = _extract(extractor, text, published)
    facts = _overlapping(article.dates, *_span(text, fragment))
    assert len(facts) == 1, [_row(d) for d in article.dates]
    assert {name: _field(facts[0], name) for name in expected} == expected


# "the first two months of the year": a run of months of the year named (or for "the year"
# the publication date's, by the tense), a range without endpoint facts; alone, "the first
# two months" stays a duration.
MONTH_RUN_CASES = [
    pytest.param(
        "Sales rose 5% in the first two months of the year.",
        (
            "the first two months of the year",
            "range",
            "2020-01/2020-02",
            None,
            "2020-01-01",
            "2020-02-29",
        ),
        id="first-two-months-of-the-year",
    ),
    pytest.param(
        "Exports fell in the first three months of 2019.",
        (
            "the first three months of 2019",
            "range",
            "2019-01/2019-03",
            None,
            "2019-01-01",
            "2019-03-31",
        ),
        id="first-three-months-of-a-year",
    ),
    pytest.param(
        "Output will grow in the last six months of the year.",
        (
            "the last six months of the year",
            "range",
            "2020-07/2020-12",
            None,
            "2020-07-01",
            "2020-12-31",
        ),
        id="last-six-months-of-the-year",
    ),
    pytest.param(
        "Imports rose in the first 4 months of last year.",
        (
            "the first 4 months of last year",
            "range",
            "2019-01/2019-04",
            None,
            "2019-01-01",
            "2019-04-30",
        ),
        id="first-months-of-last-year",
    ),
    # "the year" as for a quarter: in the past the last run ended by publication
    pytest.param(
        "Orders fell in the first nine months of the year.",
        (
            "the first nine months of the year",
            "range",
            "2019-01/2019-09",
            None,
            "2019-01-01",
            "2019-09-30",
        ),
        id="past-run-not-yet-over-is-last-years",
    ),
    # "the first two months" alone: the year's among figures ("Sales rose"), else a duration
    pytest.param(
        "Sales rose in the first two months.",
        ("the first two months", "range", "2020-01/2020-02", None, "2020-01-01", "2020-02-29"),
        id="first-two-months-of-figures-the-years",
    ),
    pytest.param(
        "He spent the first two months in hospital.",
        ("the first two months", "duration", "P2M", None, None, None),
        id="first-two-months-alone-a-duration",
    ),
    # one month of a year ("the first month of the year") is that month, no duration
    pytest.param(
        "Sales rose 5% in the first month of the year.",
        ("the first month of the year", "date", "2020-01", None, "2020-01-01", "2020-01-31"),
        id="first-month-of-the-year",
    ),
    pytest.param(
        "Exports fell in the last month of 2019.",
        ("the last month of 2019", "date", "2019-12", None, "2019-12-01", "2019-12-31"),
        id="last-month-of-a-year",
    ),
    pytest.param(
        "He spent the first month in hospital.",
        ("the first month", "duration", "P1M", None, None, None),
        id="first-month-alone-a-duration",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_RUN_CASES)
def test_dates_run_of_months(extractor: Extractor, text: str, expected: Row) -> None:
    assert [_row(d) for d in _extract(extractor, text).dates] == [expected]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.booleans(),
    count=st.integers(2, 11),
    year=st.integers(1990, 2030),
)
def test_dates_property_run_of_months_covers_its_months(
    extractor: Extractor, first: bool, count: int, year: int
) -> None:
    """The first or last ``count`` months of a year: that many whole months at its edge."""
    text = f"Sales rose in the {'first' if first else 'last'} {count} months of {year}."
    (fact,) = _extract(extractor, text).dates
    assert fact.type == "range" and fact.start_date is not None and fact.end_date is not None
    assert (fact.start_date.month, fact.end_date.month) == (
        (1, count) if first else (13 - count, 12)
    )
    assert fact.start_date.year == fact.end_date.year == year
    assert fact.timex == f"{year}-{fact.start_date.month:02d}/{year}-{fact.end_date.month:02d}"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    nth=st.sampled_from(["first", "second", "third", "fourth", "last"]),
    month=st.integers(1, 12),
    year=st.integers(1990, 2030),
)
def test_dates_property_nth_week_of_a_month_holds_its_thursday(
    extractor: Extractor, nth: str, month: int, year: int
) -> None:
    """The Nth (last) week of a month: an ISO week, Monday to Sunday, whose Thursday is the
    month's Nth (last) Thursday."""
    name = dt.date(2000, month, 1).strftime("%B")
    (fact,) = _extract(extractor, f"Sales rose in the {nth} week of {name} {year}.").dates
    assert fact.start_date is not None and fact.end_date is not None
    thursday = fact.start_date + dt.timedelta(days=3)
    assert fact.start_date.weekday() == 0 and fact.end_date - fact.start_date == dt.timedelta(6)
    assert (thursday.year, thursday.month) == (year, month)
    if nth == "last":
        assert (thursday + dt.timedelta(weeks=1)).month != month
    else:
        assert (thursday.day - 1) // 7 == ["first", "second", "third", "fourth"].index(nth)
    iso_year, week, _ = thursday.isocalendar()
    assert fact.timex == f"{iso_year}-W{week:02d}"


EXTENT_CASES = [
    # two years joined by "or" are either one, no range
    pytest.param("Sales will peak in 2025 or 2026.", ["2025", "2026"], id="years-joined-by-or"),
    # TIMEX3 extents leave out prepositions ("on", "in", "over", "as of"); a range keeps its
    # "from"/"between", which belong to the range as a whole.
    pytest.param("The minister resigned on Tuesday.", ["Tuesday"], id="weekday-without-on"),
    pytest.param("Sales have risen since Monday.", ["Monday"], id="weekday-without-since"),
    pytest.param("He arrived last Tuesday.", ["last Tuesday"], id="weekday-keeps-shift-word"),
    pytest.param(
        "Prices rose in the past 18 months.", ["the past 18 months"], id="past-duration-without-in"
    ),
    pytest.param(
        "Incomes have doubled over the past decade.",
        ["the past decade"],
        id="past-duration-without-over",
    ),
    pytest.param("The past decade was hard.", ["The past decade"], id="past-duration-subject"),
    pytest.param("The law took effect in January.", ["January"], id="month-without-in"),
    pytest.param(
        "As of the end of April, 98,757 workers have returned.",
        ["the end of April"],
        id="edge-without-as-of",
    ),
    pytest.param("The talks lasted over three months.", ["three months"], id="duration-bare"),
    pytest.param("He worked there for a year.", ["a year"], id="duration-without-for"),
    pytest.param(
        "From 2016 to 2019, the county built roads.",
        ["From 2016 to 2019"],
        id="range-keeps-from",
    ),
    pytest.param(
        "Prices rose between 2016 and 2019.", ["between 2016 and 2019"], id="range-keeps-between"
    ),
    # years after a change verb's "to" or "from" stay years before a period's noun, with no
    # noun, or with no change verb before
    pytest.param(
        "Sales rose from 2019 to 2023 levels; emissions fell to 1990 levels.",
        ["from 2019 to 2023", "1990"],
        id="change-to-years-before-levels",
    ),
    pytest.param(
        "From 2019 to 2023 prices rose, and the deadline moved to 2025 amid protests.",
        ["From 2019 to 2023", "2025"],
        id="years-before-a-plural-no-change",
    ),
    # ... and a verb of a level moving by itself before "to" and a number ending its clause,
    # or "from" a count no year is written as, has a level there, no year
    pytest.param(
        "Sales rose from 2019 to 2023. Revenue grew from 2015 to 2020, the report said.",
        ["from 2019 to 2023", "from 2015 to 2020"],
        id="change-from-year-to-year-stays",
    ),
    pytest.param(
        "The target was revised to 2030 and the ban was extended to 2031.",
        ["2030", "2031"],
        id="moved-to-a-year-stays",
    ),
    pytest.param("The population grew to 1900 in 1950.", ["1950"], id="level-to-then-a-year"),
    pytest.param(
        "Exports fell in the January to March period.", ["January to March"], id="month-span-bare"
    ),
    # "Mar." is one token: a date ending a sentence there takes the abbreviation's stop.
    pytest.param("The vote was held on 14 Mar.", ["14 Mar."], id="abbreviation-ends-sentence"),
    pytest.param("It met on Jan. 5, 2019.", ["Jan. 5, 2019"], id="abbreviation-inside"),
]


@pytest.mark.parametrize(("text", "expected"), EXTENT_CASES)
def test_dates_extent(extractor: Extractor, text: str, expected: list[str]) -> None:
    article = _extract(extractor, text)
    assert [d.text for d in article.dates] == expected


RANGE_CASES = [
    # days of one month after "from" or "between", the month written once
    pytest.param(
        "The survey was conducted from April 10 to 14.",
        PUBLISHED,
        ("from April 10 to 14", "range", "2020-04-10/2020-04-14", None, "2020-04-10", "2020-04-14"),
        ("April 10", "date", "2020-04-10", None, "2020-04-10", "2020-04-10"),
        ("14", "date", "2020-04-14", None, "2020-04-14", "2020-04-14"),
        id="from-month-day-to-day",
    ),
    pytest.param(
        "The talks ran between March 3 and 5.",
        PUBLISHED,
        (
            "between March 3 and 5",
            "range",
            "2020-03-03/2020-03-05",
            None,
            "2020-03-03",
            "2020-03-05",
        ),
        ("March 3", "date", "2020-03-03", None, "2020-03-03", "2020-03-03"),
        ("5", "date", "2020-03-05", None, "2020-03-05", "2020-03-05"),
        id="between-month-day-and-day",
    ),
    pytest.param(
        "Output fell from Jan. to Mar.",
        PUBLISHED,
        ("from Jan. to Mar.", "range", "2020-01/2020-03", None, "2020-01-01", "2020-03-31"),
        ("Jan.", "date", "2020-01", None, "2020-01-01", "2020-01-31"),
        ("Mar.", "date", "2020-03", None, "2020-03-01", "2020-03-31"),
        id="from-short-month-to-short-month",
    ),
    pytest.param(
        "From 2016 to 2019, the county built roads.",
        PUBLISHED,
        ("From 2016 to 2019", "range", "2016/2019", None, "2016-01-01", "2019-12-31"),
        ("2016", "date", "2016", None, "2016-01-01", "2016-12-31"),
        ("2019", "date", "2019", None, "2019-01-01", "2019-12-31"),
        id="from-year-to-year",
    ),
    pytest.param(
        "Prices rose between 2016 and 2019.",
        PUBLISHED,
        ("between 2016 and 2019", "range", "2016/2019", None, "2016-01-01", "2019-12-31"),
        ("2016", "date", "2016", None, "2016-01-01", "2016-12-31"),
        ("2019", "date", "2019", None, "2019-01-01", "2019-12-31"),
        id="between-year-and-year",
    ),
    pytest.param(
        "Roads were built from 2016 through 2019.",
        PUBLISHED,
        ("from 2016 through 2019", "range", "2016/2019", None, "2016-01-01", "2019-12-31"),
        ("2016", "date", "2016", None, "2016-01-01", "2016-12-31"),
        ("2019", "date", "2019", None, "2019-01-01", "2019-12-31"),
        id="from-year-through-year",
    ),
    pytest.param(
        "The 2016-19 plan cut poverty.",
        PUBLISHED,
        ("2016-19", "range", "2016/2019", None, "2016-01-01", "2019-12-31"),
        ("2016", "date", "2016", None, "2016-01-01", "2016-12-31"),
        ("19", "date", "2019", None, "2019-01-01", "2019-12-31"),
        id="year-hyphen-two-digits",
    ),
    pytest.param(
        "Output grew strongly in 2012–13.",
        PUBLISHED,
        ("2012–13", "range", "2012/2013", None, "2012-01-01", "2013-12-31"),
        ("2012", "date", "2012", None, "2012-01-01", "2012-12-31"),
        ("13", "date", "2013", None, "2013-01-01", "2013-12-31"),
        id="year-en-dash-two-digits",
    ),
    pytest.param(
        "The 2022/23 budget was approved.",
        PUBLISHED,
        ("2022/23", "range", "2022/2023", None, "2022-01-01", "2023-12-31"),
        ("2022", "date", "2022", None, "2022-01-01", "2022-12-31"),
        ("23", "date", "2023", None, "2023-01-01", "2023-12-31"),
        id="year-slash-two-digits",
    ),
    pytest.param(
        "The plan runs 2021-2025.",
        PUBLISHED,
        ("2021-2025", "range", "2021/2025", None, "2021-01-01", "2025-12-31"),
        ("2021", "date", "2021", None, "2021-01-01", "2021-12-31"),
        ("2025", "date", "2025", None, "2025-01-01", "2025-12-31"),
        id="year-hyphen-four-digits",
    ),
    pytest.param(
        "The 1999-2000 season was wet.",
        PUBLISHED,
        ("1999-2000", "range", "1999/2000", None, "1999-01-01", "2000-12-31"),
        ("1999", "date", "1999", None, "1999-01-01", "1999-12-31"),
        ("2000", "date", "2000", None, "2000-01-01", "2000-12-31"),
        id="year-hyphen-across-century",
    ),
    # a shifted year or month ends or starts a range as a named one does
    pytest.param(
        "Exports grew between 1996 and last year.",
        "1998-02-10",
        ("between 1996 and last year", "range", "1996/1997", None, "1996-01-01", "1997-12-31"),
        ("1996", "date", "1996", None, "1996-01-01", "1996-12-31"),
        ("last year", "date", "1997", None, "1997-01-01", "1997-12-31"),
        id="year-to-last-year",
    ),
    pytest.param(
        "Prices rose from last June to this month.",
        "1998-02-10",
        (
            "from last June to this month",
            "range",
            "1997-06/1998-02",
            None,
            "1997-06-01",
            "1998-02-28",
        ),
        ("last June", "date", "1997-06", None, "1997-06-01", "1997-06-30"),
        ("this month", "date", "1998-02", None, "1998-02-01", "1998-02-28"),
        id="last-june-to-this-month",
    ),
    pytest.param(
        "Sales rose between March and May.",
        PUBLISHED,
        ("between March and May", "range", "2020-03/2020-05", None, "2020-03-01", "2020-05-31"),
        ("March", "date", "2020-03", None, "2020-03-01", "2020-03-31"),
        ("May", "date", "2020-05", None, "2020-05-01", "2020-05-31"),
        id="between-month-and-month",
    ),
    pytest.param(
        "Sales rose from March to May.",
        PUBLISHED,
        ("from March to May", "range", "2020-03/2020-05", None, "2020-03-01", "2020-05-31"),
        ("March", "date", "2020-03", None, "2020-03-01", "2020-03-31"),
        ("May", "date", "2020-05", None, "2020-05-01", "2020-05-31"),
        id="from-month-to-month",
    ),
    pytest.param(
        "Exports fell in January-March.",
        PUBLISHED,
        ("January-March", "range", "2020-01/2020-03", None, "2020-01-01", "2020-03-31"),
        ("January", "date", "2020-01", None, "2020-01-01", "2020-01-31"),
        ("March", "date", "2020-03", None, "2020-03-01", "2020-03-31"),
        id="month-hyphen-month",
    ),
    pytest.param(
        "The Ming dynasty (1368-1644) built the wall.",
        PUBLISHED,
        ("1368-1644", "range", "1368/1644", None, "1368-01-01", "1644-12-31"),
        ("1368", "date", "1368", None, "1368-01-01", "1368-12-31"),
        ("1644", "date", "1644", None, "1644-01-01", "1644-12-31"),
        id="bracketed-span-of-old-years",
    ),
    pytest.param(
        "The Ming dynasty ruled from 1368 to 1644.",
        PUBLISHED,
        ("from 1368 to 1644", "range", "1368/1644", None, "1368-01-01", "1644-12-31"),
        ("1368", "date", "1368", None, "1368-01-01", "1368-12-31"),
        ("1644", "date", "1644", None, "1644-01-01", "1644-12-31"),
        id="span-of-old-years-after-a-reign",
    ),
    pytest.param(
        "The war lasted from 1337 to 1453.",
        PUBLISHED,
        ("from 1337 to 1453", "range", "1337/1453", None, "1337-01-01", "1453-12-31"),
        ("1337", "date", "1337", None, "1337-01-01", "1337-12-31"),
        ("1453", "date", "1453", None, "1453-01-01", "1453-12-31"),
        id="span-of-old-years-both-counts",
    ),
    pytest.param(
        "The Yuan dynasty ruled China between 1271 and 1368.",
        PUBLISHED,
        ("between 1271 and 1368", "range", "1271/1368", None, "1271-01-01", "1368-12-31"),
        ("1271", "date", "1271", None, "1271-01-01", "1271-12-31"),
        ("1368", "date", "1368", None, "1368-01-01", "1368-12-31"),
        id="span-of-old-years-between",
    ),
    pytest.param(
        "Castles were built from 1200 to 1500.",
        PUBLISHED,
        ("from 1200 to 1500", "range", "1200/1500", None, "1200-01-01", "1500-12-31"),
        ("1200", "date", "1200", None, "1200-01-01", "1200-12-31"),
        ("1500", "date", "1500", None, "1500-01-01", "1500-12-31"),
        id="span-of-old-years-after-a-building",
    ),
    pytest.param(
        "Sales rose from 2019 to 2023.",
        PUBLISHED,
        ("from 2019 to 2023", "range", "2019/2023", None, "2019-01-01", "2023-12-31"),
        ("2019", "date", "2019", None, "2019-01-01", "2019-12-31"),
        ("2023", "date", "2023", None, "2023-01-01", "2023-12-31"),
        id="years-of-a-change-no-tally",
    ),
    pytest.param(
        "The Fed raised rates between December and July last year.",
        PUBLISHED,
        (
            "between December and July last year",
            "range",
            "2018-12/2019-07",
            None,
            "2018-12-01",
            "2019-07-31",
        ),
        ("December", "date", "2018-12", None, "2018-12-01", "2018-12-31"),
        ("July last year", "date", "2019-07", None, "2019-07-01", "2019-07-31"),
        id="months-across-the-turn-of-last-year",
    ),
    pytest.param(
        "The plant will close from October to March next year.",
        PUBLISHED,
        (
            "from October to March next year",
            "range",
            "2020-10/2021-03",
            None,
            "2020-10-01",
            "2021-03-31",
        ),
        ("October", "date", "2020-10", None, "2020-10-01", "2020-10-31"),
        ("March next year", "date", "2021-03", None, "2021-03-01", "2021-03-31"),
        id="months-across-the-turn-of-next-year",
    ),
    pytest.param(
        "The plant was shut from late March to mid-April.",
        PUBLISHED,
        (
            "from late March to mid-April",
            "range",
            "2020-03/2020-04",
            None,
            "2020-03-01",
            "2020-04-30",
        ),
        ("late March", "date", "2020-03", "END", "2020-03-01", "2020-03-31"),
        ("mid-April", "date", "2020-04", "MID", "2020-04-01", "2020-04-30"),
        id="from-part-of-a-month-to-part-of-a-month",
    ),
    pytest.param(
        "Prices rose between late 2017 and mid-2019.",
        PUBLISHED,
        ("between late 2017 and mid-2019", "range", "2017/2019", None, "2017-01-01", "2019-12-31"),
        ("late 2017", "date", "2017", "END", "2017-01-01", "2017-12-31"),
        ("mid-2019", "date", "2019", "MID", "2019-01-01", "2019-12-31"),
        id="between-part-of-a-year-and-part-of-a-year",
    ),
    pytest.param(
        "Brazil's April-to-September mid-crop was smaller.",
        "2024-11-15",
        ("April-to-September", "range", "2024-04/2024-09", None, "2024-04-01", "2024-09-30"),
        ("April", "date", "2024-04", None, "2024-04-01", "2024-04-30"),
        ("September", "date", "2024-09", None, "2024-09-01", "2024-09-30"),
        id="month-to-month-hyphenated",
    ),
    pytest.param(
        "Exports fell in the April to June period.",
        "2020-08-15",
        ("April to June", "range", "2020-04/2020-06", None, "2020-04-01", "2020-06-30"),
        ("April", "date", "2020-04", None, "2020-04-01", "2020-04-30"),
        ("June", "date", "2020-06", None, "2020-06-01", "2020-06-30"),
        id="month-to-month-bare",
    ),
    pytest.param(
        "Sales rose from April to June.",
        "2020-08-15",
        ("from April to June", "range", "2020-04/2020-06", None, "2020-04-01", "2020-06-30"),
        ("April", "date", "2020-04", None, "2020-04-01", "2020-04-30"),
        ("June", "date", "2020-06", None, "2020-06-01", "2020-06-30"),
        id="from-month-to-month-august-story",
    ),
    pytest.param(
        "The curfew ran from January 1 to March 31.",
        PUBLISHED,
        (
            "from January 1 to March 31",
            "range",
            "2020-01-01/2020-03-31",
            None,
            "2020-01-01",
            "2020-03-31",
        ),
        ("January 1", "date", "2020-01-01", None, "2020-01-01", "2020-01-01"),
        ("March 31", "date", "2020-03-31", None, "2020-03-31", "2020-03-31"),
        id="from-day-to-day-year-less",
    ),
    pytest.param(
        "The curfew ran from 1 March 2020 to 31 March 2020.",
        PUBLISHED,
        (
            "from 1 March 2020 to 31 March 2020",
            "range",
            "2020-03-01/2020-03-31",
            None,
            "2020-03-01",
            "2020-03-31",
        ),
        ("1 March 2020", "date", "2020-03-01", None, "2020-03-01", "2020-03-01"),
        ("31 March 2020", "date", "2020-03-31", None, "2020-03-31", "2020-03-31"),
        id="from-full-day-to-full-day",
    ),
    pytest.param(
        "Prices fell from May 2019 to April 2020.",
        PUBLISHED,
        (
            "from May 2019 to April 2020",
            "range",
            "2019-05/2020-04",
            None,
            "2019-05-01",
            "2020-04-30",
        ),
        ("May 2019", "date", "2019-05", None, "2019-05-01", "2019-05-31"),
        ("April 2020", "date", "2020-04", None, "2020-04-01", "2020-04-30"),
        id="from-month-year-to-month-year",
    ),
    pytest.param(
        "Profits rose from Q1 2019 to Q3 2019.",
        PUBLISHED,
        ("from Q1 2019 to Q3 2019", "range", "2019-Q1/2019-Q3", None, "2019-01-01", "2019-09-30"),
        ("Q1 2019", "date", "2019-Q1", None, "2019-01-01", "2019-03-31"),
        ("Q3 2019", "date", "2019-Q3", None, "2019-07-01", "2019-09-30"),
        id="from-quarter-to-quarter",
    ),
]


@pytest.mark.parametrize(("text", "published", "whole", "first", "last"), RANGE_CASES)
def test_dates_range(
    extractor: Extractor, text: str, published: str, whole: Row, first: Row, last: Row
) -> None:
    """One range fact whose endpoints are facts of their own, at their own offsets."""
    article = _extract(extractor, text, published)
    assert [_row(d) for d in article.dates] == [whole]
    (fact,) = article.dates
    assert fact.range_start is not None
    assert fact.range_end is not None
    assert (_row(fact.range_start), _row(fact.range_end)) == (first, last)
    assert fact.start_char <= fact.range_start.start_char < fact.range_end.start_char
    assert fact.range_end.end_char <= fact.end_char


DURATION_CASES = [
    # "the first two days of" a span is a length; "the first year" with no "of" too
    pytest.param(
        "The first two days of the sale drew crowds.",
        [("The first two days", "duration", "P2D", None, None, None)],
        id="first-two-days-of",
    ),
    pytest.param(
        "In the first year, the program enrolled 500 students.",
        [("the first year", "duration", "P1Y", None, None, None)],
        id="first-year-no-of",
    ),
    pytest.param(
        "The war lasted a year and a half; the raid took an hour and a half.",
        [
            ("a year and a half", "duration", "P1.5Y", None, None, None),
            ("an hour and a half", "duration", "PT1.5H", None, None, None),
        ],
        id="and-a-half",
    ),
    pytest.param(
        "He served three and a half years of a four-and-a-half-year term, after a 2½-hour trial.",
        [
            ("three and a half years", "duration", "P3.5Y", None, None, None),
            ("four-and-a-half-year", "duration", "P4.5Y", None, None, None),
            ("2½-hour", "duration", "PT2.5H", None, None, None),
        ],
        id="count-and-a-half",
    ),
    pytest.param(
        "After the 2 1/2-hour Mass came a 1 1/2-year delay; talks took 3 ½ hours and 1 3/4 years.",
        [
            ("2 1/2-hour", "duration", "PT2.5H", None, None, None),
            ("1 1/2-year", "duration", "P1.5Y", None, None, None),
            ("3 ½ hours", "duration", "PT3.5H", None, None, None),
            ("1 3/4 years", "duration", "P1.75Y", None, None, None),
        ],
        id="mixed-fraction-counts",
    ),
    pytest.param(
        "He served twenty-five and a half years.",
        [("twenty-five and a half years", "duration", "P25.5Y", None, None, None)],
        id="tens-compound-and-a-half",
    ),
    pytest.param(
        "The strike lasted 24 hours, and the walk takes 10 minutes.",
        [
            ("24 hours", "duration", "PT24H", None, None, None),
            ("10 minutes", "duration", "PT10M", None, None, None),
        ],
        id="hours-and-minutes",
    ),
    pytest.param(
        "A 24-hour strike was called.",
        [("24-hour", "duration", "PT24H", None, None, None)],
        id="hour-compound",
    ),
    pytest.param(
        "Over the past 24 hours, the river rose.",
        [("the past 24 hours", "duration", "PT24H", None, None, None)],
        id="past-hours-have-no-day-interval",
    ),
    pytest.param(
        "The tradition goes back 1,000 years.",
        [("1,000 years", "duration", "P1000Y", None, None, None)],
        id="thousands-separator",
    ),
    pytest.param(
        "Guangxi lifted 4.5 million people out of poverty in four years.",
        [("four years", "duration", "P4Y", None, None, None)],
        id="four-years",
    ),
    pytest.param(
        "The drought lasted three months.",
        [("three months", "duration", "P3M", None, None, None)],
        id="three-months",
    ),
    pytest.param(
        "The index has risen for three consecutive months.",
        [("three consecutive months", "duration", "P3M", None, None, None)],
        id="consecutive-months",
    ),
    pytest.param(
        "Prices fell for 10 straight days after two long years of gains.",
        [
            ("10 straight days", "duration", "P10D", None, None, None),
            ("two long years", "duration", "P2Y", None, None, None),
        ],
        id="straight-days-long-years",
    ),
    # any adjective between a count and plural years (months, weeks, decades) keeps the
    # duration, as "three years" alone is one; not a unit of its own, a count of some years, a
    # number's word, "a" or a year before it
    pytest.param(
        "Herds grew after three wet years; three very dry months followed.",
        [
            ("three wet years", "duration", "P3Y", None, None, None),
            ("three very dry months", "duration", "P3M", None, None, None),
        ],
        id="adjective-years-after-a-preposition",
    ),
    pytest.param(
        "Three wet years filled the dams, and five drought-hit weeks emptied them.",
        [
            ("Three wet years", "duration", "P3Y", None, None, None),
            ("five drought-hit weeks", "duration", "P5W", None, None, None),
        ],
        id="adjective-years-as-a-subject",
    ),
    pytest.param(
        "In the past three dry months, sales fell.",
        [("the past three dry months", "duration", "P3M", None, "2020-02-23", "2020-05-23")],
        id="adjective-in-the-past-months",
    ),
    pytest.param(
        "The star is five light years away; we had two leap years and three new cars.",
        [],
        id="adjective-light-leap-years-new-cars-unchanged",
    ),
    pytest.param(
        "It lasted two other years and got a boost months before the vote.",
        [("months", "duration", "PXM", None, None, None)],
        id="adjective-other-years-a-boost-unchanged",
    ),
    pytest.param(
        "The recall covers the 2022 and 2023 model years.",
        [
            ("2022", "date", "2022", None, "2022-01-01", "2022-12-31"),
            ("2023", "date", "2023", None, "2023-01-01", "2023-12-31"),
        ],
        id="adjective-model-years-unchanged",
    ),
    pytest.param(
        "He will serve two more years; the team asked for 120 more hours of telescope time.",
        [
            ("two more years", "duration", "P2Y", None, None, None),
            ("120 more hours", "duration", "PT120H", None, None, None),
        ],
        id="more-years-more-hours",
    ),
    pytest.param(
        "Talks need three additional weeks, or 10 extra days.",
        [
            ("three additional weeks", "duration", "P3W", None, None, None),
            ("10 extra days", "duration", "P10D", None, None, None),
        ],
        id="additional-weeks-extra-days",
    ),
    pytest.param(
        "Two more people died and three more games were called off.", [], id="more-counts"
    ),
    pytest.param("He served three consecutive terms.", [], id="consecutive-terms-no-unit"),
    pytest.param(
        "The talks lasted over three months.",
        [("three months", "duration", "P3M", None, None, None)],
        id="over-three-months",
    ),
    pytest.param(
        "The government launched a three-year plan.",
        [("three-year", "duration", "P3Y", None, None, None)],
        id="three-year-modifier",
    ),
    pytest.param(
        "The government launched a 10-year plan.",
        [("10-year", "duration", "P10Y", None, None, None)],
        id="digit-year-modifier",
    ),
    pytest.param(
        "The two-day summit ended well.",
        [("two-day", "duration", "P2D", None, None, None)],
        id="two-day-modifier",
    ),
    pytest.param(
        "He worked there for a year.",
        [("a year", "duration", "P1Y", None, None, None)],
        id="for-a-year",
    ),
    pytest.param(
        "He lived there for a decade.",
        [("a decade", "duration", "P10Y", None, None, None)],
        id="for-a-decade",
    ),
    pytest.param(
        "The reform took several years.",
        [("several years", "duration", "PXY", None, None, None)],
        id="several-years",
    ),
    pytest.param(
        "The repairs took a few months.",
        [("a few months", "duration", "PXM", None, None, None)],
        id="a-few-months",
    ),
    pytest.param(
        "The talks lasted 10 days.",
        [("10 days", "duration", "P10D", None, None, None)],
        id="digit-days",
    ),
    pytest.param(
        "He worked there for two decades.",
        [("two decades", "duration", "P20Y", None, None, None)],
        id="two-decades",
    ),
    pytest.param(
        "The works took six months.",
        [("six months", "duration", "P6M", None, None, None)],
        id="six-months",
    ),
    # "the year to (through) March": a year's stretch closed by the month, as "the 12 months
    # to March" is twelve months; not "the financial year to March", a fiscal year's
    pytest.param(
        "Inflation was 3.2% in the year to March 2019.",
        [
            ("the year", "duration", "P1Y", None, None, None),
            ("March 2019", "date", "2019-03", None, "2019-03-01", "2019-03-31"),
        ],
        id="the-year-to-a-month",
    ),
    pytest.param(
        "Profit rose 8% in the year through June 30, 2019.",
        [
            ("the year", "duration", "P1Y", None, None, None),
            ("June 30, 2019", "date", "2019-06-30", None, "2019-06-30", "2019-06-30"),
        ],
        id="the-year-through-a-day",
    ),
    pytest.param(
        "Revenue rose 5% in the financial year to March 2019.",
        [
            ("the financial year", "date", "FY2019", None, None, None),
            ("March 2019", "date", "2019-03", None, "2019-03-01", "2019-03-31"),
        ],
        id="the-financial-year-to-a-month",
    ),
    pytest.param(
        "Inflation was 3.2% in the year to the end of March 2019.",
        [
            ("the year", "duration", "P1Y", None, None, None),
            ("the end of March 2019", "date", "2019-03", "END", "2019-03-01", "2019-03-31"),
        ],
        id="the-year-to-the-end-of-a-month",
    ),
    pytest.param(
        "Revenue rose 5% in the financial year to the end of March 2019.",
        [("the end of March 2019", "date", "2019-03", "END", "2019-03-01", "2019-03-31")],
        id="the-financial-year-to-the-end-of-a-month",
    ),
    pytest.param(
        "The strike lasted three weeks.",
        [("three weeks", "duration", "P3W", None, None, None)],
        id="three-weeks",
    ),
    pytest.param(
        "The loan runs for 18 months.",
        [("18 months", "duration", "P18M", None, None, None)],
        id="digit-months",
    ),
    pytest.param(
        "She served fifteen years in prison.",
        [("fifteen years", "duration", "P15Y", None, None, None)],
        id="fifteen-years",
    ),
    pytest.param(
        "He is the first undisputed champion in a quarter of a century.",
        [("a quarter of a century", "duration", "P25Y", None, None, None)],
        id="a-quarter-of-a-century",
    ),
    pytest.param(
        "Prices are at a quarter-century high.",
        [("a quarter-century", "duration", "P25Y", None, None, None)],
        id="a-quarter-century-compound",
    ),
    # "a week after the vote": the stretch from an event (TimeML's duration), not counted
    pytest.param(
        "The results were announced a week after the vote.",
        [("a week", "duration", "P1W", None, None, None)],
        id="a-week-after-an-event",
    ),
    pytest.param(
        "He resigned a day before the hearing.",
        [("a day", "duration", "P1D", None, None, None)],
        id="a-day-before-an-event",
    ),
    # ... or before a name: a holiday's, a person's
    pytest.param(
        "The shooting happened a week before Christmas in 2019.",
        [
            ("a week", "duration", "P1W", None, None, None),
            ("Christmas in 2019", "date", "2019-12-25", None, "2019-12-25", "2019-12-25"),
        ],
        id="a-week-before-a-holiday",
    ),
    pytest.param(
        "He resigned a day after Biden spoke.",
        [("a day", "duration", "P1D", None, None, None)],
        id="a-day-after-a-name",
    ),
    # "a quarter" of time: after "in", or "in about"
    pytest.param(
        "Sales could double in a quarter.",
        [("a quarter", "duration", "P3M", None, None, None)],
        id="in-a-quarter",
    ),
    # A qualifier before a duration joins it, with its TIMEX3 mod.
    pytest.param(
        "It is the largest outbreak in nearly 30 years.",
        [("nearly 30 years", "duration", "P30Y", "LESS_THAN", None, None)],
        id="qualified-nearly",
    ),
    pytest.param(
        "He worked there for the better part of a decade.",
        [("the better part of a decade", "duration", "P10Y", "LESS_THAN", None, None)],
        id="qualified-the-better-part-of-a",
    ),
    pytest.param(
        "He spent the best part of two years in jail.",
        [("the best part of two years", "duration", "P2Y", "LESS_THAN", None, None)],
        id="qualified-the-best-part-of",
    ),
    pytest.param("He spent part of a year abroad.", [], id="part-of-a-year-no-duration"),
    pytest.param(
        "He served more than 20 years in prison.",
        [("more than 20 years", "duration", "P20Y", "MORE_THAN", None, None)],
        id="qualified-more-than",
    ),
    pytest.param(
        "He faces up to 10 years in prison.",
        [("up to 10 years", "duration", "P10Y", "EQUAL_OR_LESS", None, None)],
        id="qualified-up-to",
    ),
    pytest.param(
        "Prices have risen for at least six months.",
        [("at least six months", "duration", "P6M", "EQUAL_OR_MORE", None, None)],
        id="qualified-at-least",
    ),
    pytest.param(
        "Delays of three hours or more, 38 weeks or longer, or half a day or less.",
        [
            ("three hours or more", "duration", "PT3H", "EQUAL_OR_MORE", None, None),
            ("38 weeks or longer", "duration", "P38W", "EQUAL_OR_MORE", None, None),
            ("half a day or less", "duration", "P0.5D", "EQUAL_OR_LESS", None, None),
        ],
        id="qualified-by-a-bound-after",
    ),
    pytest.param(
        "Talks lasted about three hours.",
        [("about three hours", "duration", "PT3H", "APPROX", None, None)],
        id="qualified-about",
    ),
    # "over" and "under" a span say when, not how long.
    pytest.param(
        "The homes will be built over five years.",
        [("five years", "duration", "P5Y", None, None, None)],
        id="qualified-not-over-a-span",
    ),
    # ... but after "for" they bound how long
    pytest.param(
        "Nurses were followed for over 30 years.",
        [("over 30 years", "duration", "P30Y", "MORE_THAN", None, None)],
        id="qualified-for-over",
    ),
    pytest.param(
        "The plant will be ready in about a quarter.",
        [("about a quarter", "duration", "P3M", "APPROX", None, None)],
        id="in-about-a-quarter",
    ),
    # "one-day" before a word of cricket's format names the format, no length of time
    pytest.param(
        "Australia beat India to win a record-extending sixth one-day World Cup title.",
        [],
        id="one-day-world-cup-a-format",
    ),
    pytest.param("India won the one-day series 2-1.", [], id="one-day-series-a-format"),
    pytest.param(
        "He scored a century in the one-day international.", [], id="one-day-international"
    ),
    pytest.param(
        "He made his one-day debut against Pakistan.",
        [],
        id="one-day-debut",
    ),
    pytest.param(
        "The minister made a one-day visit to Kabul.",
        [("one-day", "duration", "P1D", None, None, None)],
        id="one-day-visit-a-length",
    ),
    pytest.param(
        "Workers staged a one-day strike.",
        [("one-day", "duration", "P1D", None, None, None)],
        id="one-day-strike-a-length",
    ),
    pytest.param(
        "Japan hosted a one-day summit.",
        [("one-day", "duration", "P1D", None, None, None)],
        id="one-day-summit-a-length",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DURATION_CASES)
def test_dates_duration(extractor: Extractor, text: str, expected: list[Row]) -> None:
    article = _extract(extractor, text)
    assert [_row(d) for d in article.dates] == expected


VAGUE_DURATION_CASES = [
    # a unit of no count after "for", "in", "within" is a duration of no count
    pytest.param("The company has been in talks for months.", [("months", "PXM")], id="for-months"),
    pytest.param("For years, officials have tried.", [("years", "PXY")], id="for-years-opening"),
    pytest.param("Shares posted their best week in years.", [("years", "PXY")], id="in-years"),
    pytest.param("A deal could come within days.", [("days", "PXD")], id="within-days"),
    pytest.param("Prices will stay high for years to come.", [("years", "PXY")], id="to-come"),
    pytest.param("They talked for years and months.", [("years", "PXY")], id="no-compound"),
    # "the months (weeks, days) ahead" as "the coming months": several, no count
    pytest.param(
        "In the months ahead, the bank will cut rates.",
        [("the months ahead", "PXM")],
        id="the-months-ahead",
    ),
    pytest.param(
        "Talks will continue in the days ahead.", [("the days ahead", "PXD")], id="the-days-ahead"
    ),
    # ... not "ahead of" an event, nor a count ahead of a schedule
    pytest.param("Prices rose in the days ahead of the vote.", [], id="the-days-ahead-of"),
    pytest.param(
        "The team finished two years ahead of schedule.",
        [("two years", "P2Y")],
        id="years-ahead-of-schedule",
    ),
    # not a unit of something, nor counted from an event, nor a compound
    pytest.param("The sides held talks for years of little progress.", [], id="years-of"),
    pytest.param("He was released days later.", [], id="days-later"),
    # "-long" after a unit: one of it ("a month-long strike") or some ("decades-long")
    pytest.param(
        "The fire burned for days-long stretches.", [("days-long", "PXD")], id="days-long"
    ),
    pytest.param("The month-long strike ended.", [("month-long", "P1M")], id="month-long"),
    pytest.param("After yearlong talks, it ended.", [("yearlong", "P1Y")], id="yearlong"),
    pytest.param(
        "The cathedral took two centuries to build.",
        [("two centuries", "P200Y")],
        id="centuries-of-no-scoring",
    ),
    pytest.param("A week-long festival began.", [("week-long", "P1W")], id="week-long"),
    pytest.param("The hours-long standoff ended.", [("hours-long", "PTXH")], id="hours-long"),
    pytest.param("A two-month-long strike ended.", [("two-month", "P2M")], id="counted-long"),
    pytest.param("He was a lifelong fan and a long-time member.", [], id="lifelong"),
]


@pytest.mark.parametrize(("text", "expected"), VAGUE_DURATION_CASES)
def test_dates_duration_of_no_count(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text).dates
    assert [(d.text, d.timex) for d in dates if d.type == "duration"] == expected


VAGUE_AGO_CASES = [
    # an offset back from publication with no count ("years ago", "a few weeks ago") is
    # PAST_REF, as "recent years" is
    pytest.param("He left several years ago.", [("several years ago", "PAST_REF")], id="several"),
    pytest.param("He left a few days ago.", [("a few days ago", "PAST_REF")], id="a-few"),
    pytest.param("He left years ago.", [("years ago", "PAST_REF")], id="bare-plural"),
    pytest.param("Decades ago, the town was a farm.", [("Decades ago", "PAST_REF")], id="opening"),
    pytest.param("It began hundreds of years ago.", [("years ago", "PAST_REF")], id="hundreds-of"),
    # a count the rules read is a date; a tens compound is one count, never its last word
    pytest.param("He left two years ago.", [("two years ago", "2018")], id="counted"),
    pytest.param(
        "He left twenty-five years ago.", [("twenty-five years ago", "1995")], id="tens-compound"
    ),
    pytest.param(
        "He served twenty-five years in prison.",
        [("twenty-five years", "P25Y")],
        id="tens-compound-duration",
    ),
    pytest.param("It lasted seventy years.", [("seventy years", "P70Y")], id="seventy"),
    pytest.param(
        "Forty-two days later, he died.",
        [("Forty-two days later", "XXXX-XX-XX")],
        id="capital-tens-compound",
    ),
    pytest.param("It began 10 Forty-two years ago.", [], id="tens-compound-not-lowered"),
    pytest.param(
        "He said. Thirteen years ago, it rained.", [("Thirteen years ago", "2007")], id="opener"
    ),
    # "later" with no count: after the date named before, by how much unknown (no day told)
    pytest.param("Days later, he left.", [("Days later", "XXXX-XX-XX")], id="days-later"),
    # ... of hours or minutes, the day unknown too (no time of it is told): one family
    pytest.param(
        "Hours earlier, the team had paid Rs 20.50 crore for him.",
        [("Hours earlier", "XXXX-XX-XX")],
        id="hours-earlier",
    ),
    pytest.param(
        "The blast hit at 9 a.m. on Monday. Hours earlier, police had warned residents.",
        [("9 a.m. on Monday", "2020-05-18T09:00"), ("Hours earlier", "XXXX-XX-XX")],
        id="hours-earlier-after-a-time",
    ),
    pytest.param(
        "Minutes later, the building collapsed.",
        [("Minutes later", "XXXX-XX-XX")],
        id="minutes-later",
    ),
    pytest.param(
        "Weeks before, the board had approved the plan.",
        [("Weeks before", "XXXX-WXX")],
        id="weeks-before",
    ),
    pytest.param(
        "The vote was held on May 3. Weeks later, he quit.",
        [("May 3", "2020-05-03"), ("Weeks later", "XXXX-WXX")],
        id="weeks-later",
    ),
    pytest.param(
        "He quit on May 3 and left months afterwards.",
        [("May 3", "2020-05-03"), ("months afterwards", "XXXX-XX")],
        id="months-afterwards",
    ),
    pytest.param(
        "It began in 2001. A few years later, it ended.",
        [("2001", "2001"), ("A few years later", "XXXX")],
        id="a-few-later",
    ),
    pytest.param("It ended years later than planned.", [], id="later-than"),
    # a count-less unit before "after"/"before" and a determiner: how long (TIMEX3 PTXH)
    pytest.param("He quit hours after the vote.", [("hours", "PTXH")], id="hours-after"),
    pytest.param("Days before the vote, he quit.", [("Days", "PXD")], id="days-before"),
    pytest.param("In the days after the vote, he quit.", [], id="the-days-after"),
    pytest.param("The years after the war were hard.", [], id="the-years-after"),
    pytest.param(
        "Forty days after the vote, he quit.", [("Forty days", "P40D")], id="counted-after"
    ),
    # a count of hours or minutes after a clock time of a known day: that time; after a
    # day alone or a clock of no day, a day unknown (as "Hours later"); "ago" none
    pytest.param(
        "The quake struck at 3 a.m. on May 3. Two hours later, a second quake hit.",
        [("3 a.m. on May 3", "2020-05-03T03:00"), ("Two hours later", "2020-05-03T05:00")],
        id="hours-later-of-a-time",
    ),
    pytest.param(
        "The fire started at 11 p.m. on May 3 and was put out four hours later.",
        [("11 p.m. on May 3", "2020-05-03T23:00"), ("four hours later", "2020-05-04T03:00")],
        id="hours-later-next-day",
    ),
    pytest.param(
        "The alarm sounded at 2:15 a.m. on May 3. Forty minutes earlier, a guard saw smoke.",
        [("2:15 a.m. on May 3", "2020-05-03T02:15"), ("Forty minutes earlier", "2020-05-03T01:35")],
        id="minutes-earlier",
    ),
    pytest.param(
        "The fire started on May 3 and was put out four hours later.",
        [("May 3", "2020-05-03"), ("four hours later", "XXXX-XX-XX")],
        id="hours-later-of-a-day",
    ),
    pytest.param(
        "The plane left at 9 a.m. and landed six hours later.",
        [("9 a.m.", "XXXX-XX-XXT09:00"), ("six hours later", "XXXX-XX-XX")],
        id="hours-later-of-a-dayless-clock",
    ),
    pytest.param("The suspect was arrested two hours ago.", [], id="hours-ago-none"),
    pytest.param(
        "Two hours before the match, fans gathered.", [("Two hours", "PT2H")], id="hours-before"
    ),
    # "the next morning": that part of the day after the date named before
    pytest.param(
        "The vote was held on May 3. The next morning, he quit.",
        [("May 3", "2020-05-03"), ("The next morning", "2020-05-04TMO")],
        id="next-morning",
    ),
    pytest.param(
        "He quit on May 3; the previous evening he had dined.",
        [("May 3", "2020-05-03"), ("the previous evening", "2020-05-02TEV")],
        id="previous-evening",
    ),
    pytest.param(
        "The following night, he quit.",
        [("The following night", "XXXX-XX-XXTNI")],
        id="following-night-unanchored",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VAGUE_AGO_CASES)
def test_dates_offsets_of_no_count(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text).dates
    assert [(d.text, d.timex) for d in dates] == expected


COMPOUND_DURATION_CASES = [
    # a length written in units from the longest down is one duration
    pytest.param(
        "Djokovic won the final in 4 hours, 42 minutes.",
        [("4 hours, 42 minutes", "duration", "PT4H42M", None, None, None)],
        id="hours-comma-minutes",
    ),
    pytest.param(
        "The meeting lasted 2 hours and 15 minutes.",
        [("2 hours and 15 minutes", "duration", "PT2H15M", None, None, None)],
        id="hours-and-minutes",
    ),
    pytest.param(
        "He served two years and three months in prison.",
        [("two years and three months", "duration", "P2Y3M", None, None, None)],
        id="years-and-months",
    ),
    pytest.param(
        "The strike lasted 3 days, 4 hours and 20 minutes.",
        [("3 days, 4 hours and 20 minutes", "duration", "P3DT4H20M", None, None, None)],
        id="days-hours-minutes",
    ),
    # abbreviated hours and minutes (a rare " hr" leads them; not a sentence's stop)
    pytest.param(
        "He won a match lasting 1 hr 30 min.",
        [("1 hr 30 min", "duration", "PT1H30M", None, None, None)],
        id="hr-min",
    ),
    pytest.param(
        "The drive took 1 hr. 45 min. on the way home.",
        [("1 hr. 45 min", "duration", "PT1H45M", None, None, None)],
        id="hr-stop-min",
    ),
    pytest.param(
        "The flight takes 2 hrs.",
        [("2 hrs", "duration", "PT2H", None, None, None)],
        id="hrs",
    ),
    pytest.param("The store is open 24 hrs a day.", [], id="hrs-a-day-always"),
    # a race's time: hours, minutes and seconds, or minutes, seconds and their fraction;
    # never a clock's (after "at", before a zone), nor minutes and seconds alone (a margin)
    pytest.param(
        "Kipchoge crossed the line in 2:06:50, and Kebede won in 2:15:55.",
        [
            ("2:06:50", "duration", "PT2H6M50S", None, None, None),
            ("2:15:55", "duration", "PT2H15M55S", None, None, None),
        ],
        id="race-times-hours",
    ),
    pytest.param(
        "She won the 1,500 meters in 4:03.02, a record of 2:00:35 fell.",
        [
            ("4:03.02", "duration", "PT4M3.02S", None, None, None),
            ("2:00:35", "duration", "PT2H35S", None, None, None),
        ],
        id="race-times-fractions-and-zero-minutes",
    ),
    pytest.param("The session opened at 10:30:15.", [], id="race-time-not-a-clock-after-at"),
    pytest.param("The quake hit 14:05:22 GMT.", [], id="race-time-not-a-clock-before-a-zone"),
    pytest.param("He trails by 5:19 overall.", [], id="race-time-not-a-margin"),
    # seconds: plural, or singular after digits; an ordinal "second" is no unit
    pytest.param(
        "The quake lasted about 30 seconds.",
        [("about 30 seconds", "duration", "PT30S", "APPROX", None, None)],
        id="seconds",
    ),
    pytest.param(
        "He won by 34 seconds in a 10-second sprint finish.",
        [
            ("34 seconds", "duration", "PT34S", None, None, None),
            ("10-second", "duration", "PT10S", None, None, None),
        ],
        id="seconds-and-hyphenated-second",
    ),
    pytest.param(
        "The record stood at 2 minutes 30 seconds.",
        [("2 minutes 30 seconds", "duration", "PT2M30S", None, None, None)],
        id="minutes-seconds",
    ),
    pytest.param(
        "Alarms sounded every 30 seconds.",
        [("every 30 seconds", "set", "PT30S", None, None, None)],
        id="every-n-seconds",
    ),
    pytest.param("Protesters gathered for a second day.", [], id="ordinal-second-day"),
    pytest.param(
        "It took a second to react, every second Tuesday.",
        [("every second Tuesday", "set", "P2W", None, None, None)],  # a step of weeks
        id="ordinal-second",
    ),
    pytest.param("The HR team met at 3 hrly intervals.", [], id="hrly-no-unit"),
    # not from a shorter unit up, nor two of one unit, nor one counted from an event
    pytest.param(
        "Prices rose for 10 years, and wages for 5 years.",
        [
            ("10 years", "duration", "P10Y", None, None, None),
            ("5 years", "duration", "P5Y", None, None, None),
        ],
        id="two-lengths-of-one-unit",
    ),
    pytest.param(
        "It took 5 minutes, then 2 hours.",
        [
            ("5 minutes", "duration", "PT5M", None, None, None),
            ("2 hours", "duration", "PT2H", None, None, None),
        ],
        id="shorter-unit-first",
    ),
    pytest.param(
        "He wrote for 20 years, 10 days before his death.",
        [
            ("20 years", "duration", "P20Y", None, None, None),
            ("10 days", "duration", "P10D", None, None, None),
        ],
        id="counted-from-an-event",
    ),
    # ... but a time run "before" its witnesses is one length
    pytest.param(
        "The race was run in 2 minutes, 3.34 seconds before a crowd of 156,710.",
        [("2 minutes, 3.34 seconds", "duration", "PT2M3.34S", None, None, None)],
        id="race-time-before-a-crowd",
    ),
    pytest.param(
        "He won in 2 hours, 5 minutes before fans in Boston.",
        [("2 hours, 5 minutes", "duration", "PT2H5M", None, None, None)],
        id="time-before-fans",
    ),
    pytest.param(
        "It ended 2 hours, 5 minutes before the vote.",
        [
            ("2 hours", "duration", "PT2H", None, None, None),
            ("5 minutes", "duration", "PT5M", None, None, None),
        ],
        id="counted-from-a-vote",
    ),
    pytest.param(
        "Times were 9 hours, 95 minutes.",
        [
            ("9 hours", "duration", "PT9H", None, None, None),
            ("95 minutes", "duration", "PT95M", None, None, None),
        ],
        id="more-minutes-than-an-hour",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUND_DURATION_CASES)
def test_dates_compound_duration(extractor: Extractor, text: str, expected: list[Row]) -> None:
    assert [_row(d) for d in _extract(extractor, text).dates] == expected


DURATION_RANGE_CASES = [
    # a range of durations is one fact: its upper bound, mod EQUAL_OR_LESS, both bounds as parts
    pytest.param(
        "The project should be completed in two to three years.",
        ("two to three years", "P3Y", None, None),
        ("two", "P2Y"),
        ("three years", "P3Y"),
        id="two-to-three-years",
    ),
    pytest.param(
        "Simmer the sauce for 10-15 minutes.",
        ("10-15 minutes", "PT15M", None, None),
        ("10", "PT10M"),
        ("15 minutes", "PT15M"),
        id="hyphenated-minutes",
    ),
    pytest.param(
        "The refund will arrive within three to five days.",
        ("three to five days", "P5D", None, None),
        ("three", "P3D"),
        ("five days", "P5D"),
        id="three-to-five-days",
    ),
    pytest.param(
        "The work takes two or three weeks.",
        ("two or three weeks", "P3W", None, None),
        ("two", "P2W"),
        ("three weeks", "P3W"),
        id="two-or-three-weeks",
    ),
    pytest.param(
        "Oil will matter over the next 50 or 60 years.",
        ("the next 50 or 60 years", "P60Y", "2020-05-23", "2080-05-23"),
        ("50", "P50Y"),
        ("60 years", "P60Y"),
        id="the-next-50-or-60-years",
    ),
    # "a year or two": one unit or two, roughly, as "one or two years"
    pytest.param(
        "The plant will close for a year or two.",
        ("a year or two", "P2Y", None, None),
        ("a year", "P1Y"),
        ("two", "P2Y"),
        id="a-year-or-two",
    ),
    pytest.param(
        "Repairs take an hour or three.",
        ("an hour or three", "PT3H", None, None),
        ("an hour", "PT1H"),
        ("three", "PT3H"),
        id="an-hour-or-three",
    ),
    pytest.param(
        "Rates will stay high over the next 12 to 18 months.",
        ("the next 12 to 18 months", "P18M", "2020-05-23", "2021-11-23"),
        ("12", "P12M"),
        ("18 months", "P18M"),
        id="the-next-12-to-18-months",
    ),
    pytest.param(
        "The project will take between three and five years.",
        ("between three and five years", "P5Y", None, None),
        ("three", "P3Y"),
        ("five years", "P5Y"),
        id="between-three-and-five-years",
    ),
    # joined by "-to-" or "- to ", a compound adjective's too
    pytest.param(
        "Repairs will take four-to-six weeks.",
        ("four-to-six weeks", "P6W", None, None),
        ("four", "P4W"),
        ("six weeks", "P6W"),
        id="four-to-six-weeks-hyphenated",
    ),
    pytest.param(
        "The project faces a two- to three-year delay.",
        ("two- to three-year", "P3Y", None, None),
        ("two", "P2Y"),
        ("three-year", "P3Y"),
        id="two-to-three-year-suspended-hyphen",
    ),
    pytest.param(
        "It is a 12-to-18-month wait.",
        ("12-to-18-month", "P18M", None, None),
        ("12", "P12M"),
        ("18-month", "P18M"),
        id="12-to-18-month-adjective",
    ),
]


@pytest.mark.parametrize(("text", "whole", "low", "high"), DURATION_RANGE_CASES)
def test_dates_duration_range(
    extractor: Extractor,
    text: str,
    whole: tuple[str, str, str | None, str | None],
    low: tuple[str, str],
    high: tuple[str, str],
) -> None:
    [fact] = _extract(extractor, text).dates
    assert (fact.text, fact.timex, _iso(fact.start_date), _iso(fact.end_date)) == whole
    # two counts joined by "or" are a guess either way (APPROX), not at most the upper
    mod = "APPROX" if " or " in whole[0] else "EQUAL_OR_LESS"
    assert (fact.type, fact.mod) == ("duration", mod)
    assert fact.range_start is not None and fact.range_end is not None
    assert (fact.range_start.text, fact.range_start.timex) == low
    assert (fact.range_end.text, fact.range_end.timex) == high


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param("Arsenal won 2-1 days after the draw.", "1 days", id="score-before-days"),
        pytest.param("Voters aged 18 to 24 years backed him.", None, id="aged-to"),
        pytest.param("It took 10 and 15 minutes.", "15 minutes", id="and-without-between"),
        pytest.param("He won 6-to-4 after three hours.", "three hours", id="score-to-then-hours"),
    ],
)
def test_dates_duration_range_needs_a_rising_count(
    extractor: Extractor, text: str, fragment: str | None
) -> None:
    """A lower bound that is none (a score, "2-1") is no part of the duration; an age band
    stays no duration."""
    texts = [d.text for d in _extract(extractor, text).dates if d.type == "duration"]
    assert texts == ([fragment] if fragment else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "or so" after a duration: roughly it
        ("The plant will close for a month or so.", [("a month or so", "P1M", "APPROX")]),
        ("He served five years or so.", [("five years or so", "P5Y", "APPROX")]),
        # near misses: a word referring back makes a date, not a duration; a unit after the
        # second count is a duration of its own
        ("He left a year or two ago.", []),
        ("It happened a day or two later.", []),
        ("It happened a year or so ago.", []),
        (
            "It lasted a year or two years.",
            [("a year", "P1Y", None), ("two years", "P2Y", None)],
        ),
    ],
)
def test_dates_duration_roughly(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    dates = _extract(extractor, text).dates
    assert [(d.text, d.timex, d.mod) for d in dates if d.type == "duration"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rough count before a word referring back: the date, APPROX, by the upper count
        # (as "two or three weeks" is P3W APPROX), counted from the date before or publication
        ("He left a year or two ago.", [("a year or two ago", "2022", "APPROX")]),
        ("He left a year or so ago.", [("a year or so ago", "2023", "APPROX")]),
        ("He left five years or so ago.", [("five years or so ago", "2019", "APPROX")]),
        ("He left two or three years ago.", [("two or three years ago", "2021", "APPROX")]),
        ("He left one or two weeks ago.", [("one or two weeks ago", "2024-W17", "APPROX")]),
        (
            "He was held on March 3. A day or two later, he was freed.",
            [("March 3", "2024-03-03", None), ("A day or two later", "2024-03-05", "APPROX")],
        ),
        (
            "He was held on March 3. Two or three days later, he was freed.",
            [("March 3", "2024-03-03", None), ("Two or three days later", "2024-03-06", "APPROX")],
        ),
        (
            "He was held on March 3. A week or so later, he was freed.",
            [("March 3", "2024-03-03", None), ("A week or so later", "2024-W10", "APPROX")],
        ),
        (
            "He was held in 2019. A year or so later, he was freed.",
            [("2019", "2019", None), ("A year or so later", "2020", "APPROX")],
        ),
        # near misses: "or two" after a count of more than one is no guess; a count that does
        # not rise is none; the duration stays one ("a day or two")
        ("He left five years or two ago.", [("five years", "P5Y", None)]),
        ("He left three or two years ago.", [("two years ago", "2022", None)]),
        ("He stayed a day or two.", [("a day or two", "P2D", "APPROX")]),
        ("He left two years ago.", [("two years ago", "2022", None)]),
    ],
)
def test_dates_rough_offset(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    dates = extractor.extract(text, published="2024-05-06").dates
    assert [(d.text, d.timex, d.mod) for d in dates] == expected


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    low=st.integers(1, 40),
    step=st.integers(1, 40),
    join=st.sampled_from(["-", " to ", " or ", "\u2013"]),
    unit=st.sampled_from(["days", "weeks", "months", "years", "hours", "minutes"]),
)
def test_dates_property_duration_range_is_its_upper_bound(
    extractor: Extractor, low: int, step: int, join: str, unit: str
) -> None:
    """ "N to M units" (N < M) is one duration of M units whose bounds are N and M units."""
    written = f"{low}{join}{low + step} {unit}"
    [fact] = _extract(extractor, f"The work will take {written}, officials said.").dates
    assert (fact.text, fact.mod) == (written, "APPROX" if join == " or " else "EQUAL_OR_LESS")
    assert fact.range_start is not None and fact.range_end is not None
    assert fact.timex is not None and fact.timex.endswith(f"{low + step}{unit[0].upper()}")
    assert fact.range_start.timex == fact.timex.replace(str(low + step), str(low))


SET_CASES = [
    pytest.param(
        "The board meets twice a year.",
        [("twice a year", "set", "P1Y", None, None, None)],
        id="twice-a-year",
    ),
    pytest.param(
        "Trains run four times a day, and he calls once a week.",
        [
            ("four times a day", "set", "P1D", None, None, None),
            ("once a week", "set", "P1W", None, None, None),
        ],
        id="times-a-day-once-a-week",
    ),
    pytest.param(
        "The festival is held every year.",
        [("every year", "set", "P1Y", None, None, None)],
        id="every-year",
    ),
    pytest.param(
        "Output grows 5 per cent annually.",
        [("annually", "set", "P1Y", None, None, None)],
        id="annually",
    ),
    pytest.param(
        "Officials meet each month.",
        [("each month", "set", "P1M", None, None, None)],
        id="each-month",
    ),
    pytest.param(
        "The board meets every week.",
        [("every week", "set", "P1W", None, None, None)],
        id="every-week",
    ),
    pytest.param(
        "The bus comes every day.",
        [("every day", "set", "P1D", None, None, None)],
        id="every-day",
    ),
    pytest.param(
        "Elections are held every two years.",
        [("every two years", "set", "P2Y", None, None, None)],
        id="every-two-years",
    ),
    pytest.param(
        "Prices are reviewed each year.",
        [("each year", "set", "P1Y", None, None, None)],
        id="each-year",
    ),
    pytest.param(
        "The report is published yearly.",
        [("yearly", "set", "P1Y", None, None, None)],
        id="yearly",
    ),
    pytest.param(
        "Dividends are paid every quarter.",
        [("every quarter", "set", "P3M", None, None, None)],
        id="every-quarter",
    ),
    # a frequency opening a sentence; a bare weekday or month right after a frequency of its
    # week or year names the set's slot, no one date
    pytest.param(
        "Once a week on Friday, the market opens.",
        [
            ("Once a week", "set", "P1W", None, None, None),
            ("Friday", "set", "XXXX-WXX-5", None, None, None),
        ],
        id="once-a-week-on-friday",
    ),
    pytest.param(
        "Twice a month, he visits.",
        [("Twice a month", "set", "P1M", None, None, None)],
        id="twice-a-month-opening",
    ),
    pytest.param(
        "The club meets every week, on Friday night.",
        [
            ("every week", "set", "P1W", None, None, None),
            ("Friday night", "set", "XXXX-WXX-5TNI", None, None, None),
        ],
        id="every-week-on-friday-night",
    ),
    pytest.param(
        "Once a year, in June, they gather.",
        [
            ("Once a year", "set", "P1Y", None, None, None),
            ("June", "set", "XXXX-06", None, None, None),
        ],
        id="once-a-year-in-june",
    ),
    pytest.param(
        "The pill is taken once a day on Friday.",
        [
            ("once a day", "set", "P1D", None, None, None),
            ("Friday", "date", "2020-05-22", None, "2020-05-22", "2020-05-22"),
        ],
        id="once-a-day-on-friday",
    ),
    pytest.param(
        "They meet twice a year, in June next year.",
        [
            ("twice a year", "set", "P1Y", None, None, None),
            ("June next year", "date", "2021-06", None, "2021-06-01", "2021-06-30"),
        ],
        id="twice-a-year-in-june-next-year",
    ),
    pytest.param(
        "He reports twice a week to police until Friday.",
        [
            ("twice a week", "set", "P1W", None, None, None),
            ("Friday", "date", "2020-05-22", None, "2020-05-22", "2020-05-22"),
        ],
        id="twice-a-week-until-friday",
    ),
    pytest.param(
        "Once the deal closes on Friday, he leaves.",
        [("Friday", "date", "2020-05-29", None, "2020-05-29", "2020-05-29")],
        id="once-the-deal",
    ),
    # A bare month or day right before a set of its unit is that set's slot, as one right
    # after it is ("by Nov. 1 each year": every year's Nov. 1); so is a bare month joined
    # to a slot month by "and". Not past a comma, a year's "'s", or a month with its year.
    pytest.param(
        "Countries must fill storage by Nov. 1 each year.",
        [
            ("Nov. 1", "set", "XXXX-11-01", None, None, None),
            ("each year", "set", "P1Y", None, None, None),
        ],
        id="day-before-each-year",
    ),
    pytest.param(
        "The tax is due on 15 April every year.",
        [
            ("15 April", "set", "XXXX-04-15", None, None, None),
            ("every year", "set", "P1Y", None, None, None),
        ],
        id="day-month-before-every-year",
    ),
    pytest.param(
        "The festival is held in August each year.",
        [
            ("August", "set", "XXXX-08", None, None, None),
            ("each year", "set", "P1Y", None, None, None),
        ],
        id="month-before-each-year",
    ),
    pytest.param(
        "Rates are reset annually in March.",
        [
            ("annually", "set", "P1Y", None, None, None),
            ("March", "set", "XXXX-03", None, None, None),
        ],
        id="annually-in-march",
    ),
    pytest.param(
        "Dividends are paid yearly on June 30.",
        [
            ("yearly", "set", "P1Y", None, None, None),
            ("June 30", "set", "XXXX-06-30", None, None, None),
        ],
        id="yearly-on-a-day",
    ),
    pytest.param(
        "Interest is paid twice a year, in June and December.",
        [
            ("twice a year", "set", "P1Y", None, None, None),
            ("June", "set", "XXXX-06", None, None, None),
            ("December", "set", "XXXX-12", None, None, None),
        ],
        id="two-months-of-a-set",
    ),
    pytest.param(
        "The fair is held every June and December.",
        [
            ("every June", "set", "XXXX-06", None, None, None),
            ("December", "set", "XXXX-12", None, None, None),
        ],
        id="month-joined-to-every-month",
    ),
    pytest.param(
        "The market opens on Friday each week.",
        [
            ("Friday", "set", "XXXX-WXX-5", None, None, None),
            ("each week", "set", "P1W", None, None, None),
        ],
        id="weekday-before-each-week",
    ),
    pytest.param(
        "The budget was set in May, each year's plan later.",
        [
            ("May", "date", "2020-05", None, "2020-05-01", "2020-05-31"),
            ("each year", "set", "P1Y", None, None, None),
        ],
        id="not-past-a-comma",
    ),
    pytest.param(
        "The fund was set up in May 2019 each year.",
        [
            ("May 2019", "date", "2019-05", None, "2019-05-01", "2019-05-31"),
            ("each year", "set", "P1Y", None, None, None),
        ],
        id="not-a-month-of-a-year",
    ),
    pytest.param(
        "Sales rose in May and June.",
        [
            ("May", "date", "2020-05", None, "2020-05-01", "2020-05-31"),
            ("June", "date", "2019-06", None, "2019-06-01", "2019-06-30"),
        ],
        id="months-of-no-set",
    ),
    pytest.param(
        "The budget is set in May each fiscal year.",
        [("May", "date", "2020-05", None, "2020-05-01", "2020-05-31")],
        id="not-before-another-set",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SET_CASES)
def test_dates_set(extractor: Extractor, text: str, expected: list[Row]) -> None:
    article = _extract(extractor, text)
    assert [_row(d) for d in article.dates] == expected


SET_FIELD_CASES = [
    # (text, fragment, timex, freq, quant): TIMEX3 SET freq and quant
    pytest.param("The board meets twice a week.", "twice a week", "P1W", "2X", None, id="2x"),
    pytest.param("It is held three times a year.", "three times a year", "P1Y", "3X", None),
    pytest.param("He calls once a day.", "once a day", "P1D", "1X", None, id="1x"),
    pytest.param("The festival is held every year.", "every year", "P1Y", None, "EVERY"),
    pytest.param("Officials meet each month.", "each month", "P1M", None, "EACH", id="each"),
    pytest.param("Elections come every two years.", "every two years", "P2Y", None, "EVERY"),
    pytest.param("The market opens every Tuesday.", "every Tuesday", "XXXX-WXX-2", None, "EVERY"),
    # parts of a day and weekends: "every night", "on Sunday mornings", "at weekends"
    pytest.param("Shelling resumed every night.", "every night", "XXXX-XX-XXTNI", None, "EVERY"),
    pytest.param("He runs each morning.", "each morning", "XXXX-XX-XXTMO", None, "EACH"),
    pytest.param(
        "Mass is said every Sunday morning.", "every Sunday morning", "XXXX-WXX-7TMO", None, "EVERY"
    ),
    pytest.param(
        "Markets open on Sunday mornings.", "Sunday mornings", "XXXX-WXX-7TMO", None, None
    ),
    pytest.param("He works every weekend.", "every weekend", "XXXX-WXX-WE", None, "EVERY"),
    pytest.param(
        "It is busy at weekends.", "weekends", "XXXX-WXX-WE", None, None, id="at-weekends"
    ),
    pytest.param(
        "Shops close on weekends.", "weekends", "XXXX-WXX-WE", None, None, id="on-weekends"
    ),
    pytest.param("Output grows 5 per cent annually.", "annually", "P1Y", None, None),
    # every six months, every two weeks (not the "annually" of "semi-annually": P1Y)
    pytest.param("The council meets semi-annually.", "semi-annually", "P6M", None, None),
    pytest.param("Interest is compounded semiannually.", "semiannually", "P6M", None, None),
    pytest.param("It pays a semi-annual dividend.", "semi-annual", "P6M", None, None, id="semi"),
    pytest.param("A biannual survey was held.", "biannual", "P6M", None, None, id="biannual"),
    pytest.param("The biweekly payroll was late.", "biweekly", "P2W", None, None, id="biweekly"),
    pytest.param("Staff are paid bi-weekly.", "bi-weekly", "P2W", None, None, id="bi-weekly"),
    # "weekly", "monthly", "quarterly" before a lower-case noun: each week (month, quarter)
    pytest.param("The firm pays quarterly dividends.", "quarterly", "P3M", None, None),
    pytest.param("The weekly meeting was cancelled.", "weekly", "P1W", None, None, id="w-adj"),
    pytest.param("The monthly report was delayed.", "monthly", "P1M", None, None, id="m-adj"),
    pytest.param("They hold twice weekly meetings.", "twice weekly", "P1W", "2X", None),
    pytest.param("The board meets monthly.", "monthly", "P1M", None, None, id="after-present"),
    # frequency adverbs after a participle, or after once/twice/N times
    pytest.param("The paper is published daily.", "daily", "P1D", None, None, id="daily"),
    pytest.param("The museum is open daily, it said.", "daily", "P1D", None, None, id="open"),
    pytest.param("The pool is closed daily between tides.", "daily", "P1D", None, None),
    pytest.param("It publishes daily except Sundays.", "daily", "P1D", None, None, id="except"),
    pytest.param("Prices are updated weekly.", "weekly", "P1W", None, None, id="weekly"),
    pytest.param("Dividends are paid quarterly, it said.", "quarterly", "P3M", None, None),
    pytest.param("Data released monthly by the bureau.", "monthly", "P1M", None, None),
    pytest.param("The pill is taken twice daily.", "twice daily", "P1D", "2X", None),
    # "nightly" is "every night"'s set, with no quant
    pytest.param("The show airs nightly.", "nightly", "XXXX-XX-XXTNI", None, None, id="nightly"),
    pytest.param("It is taken twice nightly.", "twice nightly", "XXXX-XX-XXTNI", "2X", None),
    pytest.param("Buses run three times hourly.", "three times hourly", "PT1H", "3X", None),
    pytest.param("Buses leave every 15 minutes.", "every 15 minutes", "PT15M", None, "EVERY"),
    pytest.param("Trains run every hour.", "every hour", "PT1H", None, "EVERY", id="hour"),
    pytest.param("It meets every other week.", "every other week", "P2W", None, "EVERY"),
    # an ordinal's step, and "on alternate" days (weeks), no quant
    pytest.param("Trains run every second day.", "every second day", "P2D", None, "EVERY"),
    pytest.param("Bins are emptied every third week.", "every third week", "P3W", None, "EVERY"),
    pytest.param("The census runs every fourth year.", "every fourth year", "P4Y", None, "EVERY"),
    pytest.param("Bills come every 2nd month.", "every 2nd month", "P2M", None, "EVERY"),
    # a weekday every n weeks: once in each period of n weeks (TIMEX3 has no value for the
    # weekday's), never every Tuesday's XXXX-WXX-2
    pytest.param("He visits every second Tuesday.", "every second Tuesday", "P2W", "1X", "EVERY"),
    pytest.param("It runs every other Friday.", "every other Friday", "P2W", "1X", "EVERY"),
    pytest.param("Bins go out every third Monday.", "every third Monday", "P3W", "1X", "EVERY"),
    pytest.param("The magazine is published biweekly.", "biweekly", "P2W", None, None),
    pytest.param(
        "Patients receive the drug on alternate days.", "alternate days", "P2D", None, None
    ),
    pytest.param("Water is rationed on alternate weeks.", "alternate weeks", "P2W", None, None),
    pytest.param("Votes come every few years.", "every few years", "PXY", None, "EVERY"),
    pytest.param("He visits every summer.", "every summer", "XXXX-SU", None, "EVERY"),
    # a month (and its day) after "every" or "each": XXXX-04, XXXX-05-01
    pytest.param("The marathon is held every April.", "every April", "XXXX-04", None, "EVERY"),
    pytest.param("The fair takes place each August.", "each August", "XXXX-08", None, "EACH"),
    pytest.param("Every May 1, workers march.", "Every May 1", "XXXX-05-01", None, "EVERY"),
    pytest.param("Taxes are due every April 15.", "every April 15", "XXXX-04-15", None, "EVERY"),
    # a day (or two) of each month: XXXX-XX-01 (not "the last day of each month": P1M)
    pytest.param(
        "Rent is due on the 1st of each month.", "the 1st of each month", "XXXX-XX-01", None, "EACH"
    ),
    pytest.param(
        "Rent is due on the first of every month.",
        "the first of every month",
        "XXXX-XX-01",
        None,
        "EVERY",
    ),
    pytest.param(
        "Benefits are paid on the 3rd day of each month.",
        "the 3rd day of each month",
        "XXXX-XX-03",
        None,
        "EACH",
    ),
    pytest.param(
        "The tax is due on the last day of each month.", "each month", "P1M", None, "EACH"
    ),
    pytest.param(
        "The show airs every Sunday at 9 a.m.",
        "every Sunday at 9 a.m.",
        "XXXX-WXX-7T09:00",
        None,
        "EVERY",
        id="every-sunday-at-9",
    ),
]

NOT_SET_CASES = [
    pytest.param("Monthly active users rose 12% to 675 million.", id="monthly-active-users"),
    pytest.param("Daily active users hit 200 million.", id="daily-active-users"),
    pytest.param("The state-run daily said on Monday that prices rose.", id="a-newspaper"),
    pytest.param("Every second counts.", id="every-second-no-unit"),
    pytest.param(
        "He was there every May 2019; every July 4, 2020 was hot.", id="every-month-with-year"
    ),
    pytest.param("He checked every second of the footage.", id="every-second-of"),
    # the month's second Tuesday, no step of weeks ("bimonthly" is left out: twice a month
    # or every two months)
    pytest.param("The board meets every second Tuesday of the month.", id="nth-weekday-of-month"),
    pytest.param("The board meets bimonthly.", id="bimonthly-ambiguous"),
    pytest.param("He came the other Tuesday.", id="the-other-tuesday"),
    pytest.param("They alternate days off.", id="alternate-a-verb"),
    pytest.param("The alternate days were cancelled.", id="alternate-no-on"),
    pytest.param("Les Echos, the French business daily, reported it.", id="business-daily"),
    pytest.param("said a privately owned daily.", id="owned-daily"),
    pytest.param("The weekly magazine and a news weekly were published.", id="periodicals"),
    pytest.param("The weekly said on Monday that prices rose.", id="a-weekly-said"),
    pytest.param("The business weekly reported a loss.", id="a-weekly-reported"),
    pytest.param("The daily cases and hourly wages rose.", id="daily-hourly-adjectives"),
    pytest.param("He watched the nightly news.", id="nightly-adjective"),
    pytest.param("It was paid in six monthly instalments.", id="counted-monthly-instalments"),
    pytest.param(
        "Facebook has 2 billion monthly active users.", id="scaled-count-of-monthly-users"
    ),
    pytest.param("The weekends were busy and the mornings cold.", id="plural-parts-no-lead"),
    pytest.param("The Daily Mail and the Weekly Standard reported.", id="names"),
    pytest.param("It is an open daily newspaper.", id="open-daily-adjective"),
    pytest.param("The paper, an independent daily in Lagos, reported it.", id="a-daily-in"),
    pytest.param("Monthly sales rose; the daily average fell.", id="adjective-after-article"),
    pytest.param("China produced 125.5 million tonnes a year.", id="rate-stays-a-quantity"),
]


@pytest.mark.parametrize("text", NOT_SET_CASES)
def test_dates_not_a_set(extractor: Extractor, text: str) -> None:
    article = _extract(extractor, text)
    assert [d.text for d in article.dates if d.type == "set"] == []


def test_dates_two_days_of_each_month(extractor: Extractor) -> None:
    """ "the 1st and 15th of each month": two monthly sets, not next month's 1st and a set;
    a bare "on the 1st and 15th" stays a day."""
    text = (
        "Bills are due on the 1st and 15th of each month, and rent on the fifteenth and the "
        "thirtieth of every month."
    )
    article = _extract(extractor, text)
    assert [(d.text, d.type, d.timex) for d in article.dates] == [
        ("the 1st", "set", "XXXX-XX-01"),
        ("15th of each month", "set", "XXXX-XX-15"),
        ("the fifteenth", "set", "XXXX-XX-15"),
        ("thirtieth of every month", "set", "XXXX-XX-30"),
    ]
    article = _extract(extractor, "Bills are due on the 1st and 15th.")
    assert [(d.text, d.type) for d in article.dates] == [("the 1st", "date")]


def test_dates_weekday_sets_every_other_week(extractor: Extractor) -> None:
    """ "every other Tuesday and Thursday": two sets of a step of two weeks, not last
    Thursday; a clock after it stays a time of its own (no every Tuesday at 9 a.m.)."""
    text = "The court sits every other Tuesday and Thursday, and every other Monday at 9 a.m."
    article = _extract(extractor, text)
    assert [(d.text, d.type, d.timex, d.freq) for d in article.dates] == [
        ("every other Tuesday", "set", "P2W", "1X"),
        ("Thursday", "set", "P2W", "1X"),
        ("every other Monday", "set", "P2W", "1X"),
        ("9 a.m.", "time", "XXXX-XX-XXT09:00", None),
    ]


def test_dates_weekday_sets_of_two_days(extractor: Extractor) -> None:
    """ "every Tuesday and Thursday": two sets, not a set and last Thursday; plural weekdays
    after "on" are sets too."""
    text = "The court sits every Tuesday and Thursday and shops close on Sundays and Mondays."
    article = _extract(extractor, text)
    assert [(d.text, d.type, d.timex, d.quant) for d in article.dates] == [
        ("every Tuesday", "set", "XXXX-WXX-2", "EVERY"),
        ("Thursday", "set", "XXXX-WXX-4", "EVERY"),
        ("Sundays", "set", "XXXX-WXX-7", None),
        ("Mondays", "set", "XXXX-WXX-1", None),
    ]


@pytest.mark.parametrize(("text", "fragment", "timex", "freq", "quant"), SET_FIELD_CASES)
def test_dates_set_freq_and_quant(
    extractor: Extractor, text: str, fragment: str, timex: str, freq: str, quant: str
) -> None:
    article = _extract(extractor, text)
    assert [(d.text, d.type, d.timex, d.freq, d.quant) for d in article.dates] == [
        (fragment, "set", timex, freq, quant)
    ]


# Clock times (TIMEX3 TIME). Published Saturday 2020-05-23. A time with no day in its phrase
# keeps the day unknown (XXXX-XX-XX) and no interval; with its day it is one fact.
CLOCK_CASES = [
    # a named moment of the day after a preposition: its part of the day (TIMEX3 TMO, TEV)
    pytest.param("Troops attacked at dawn.", [("dawn", "XXXX-XX-XXTMO", False)], id="dawn"),
    pytest.param("Protests began after dusk.", [("dusk", "XXXX-XX-XXTEV", False)], id="dusk"),
    pytest.param(
        "The quake struck before dawn on Monday.",
        [("dawn on Monday", "2020-05-18TMO", True)],
        id="dawn-on-a-weekday",
    ),
    # the early (small) hours of a day: the start of its morning
    pytest.param(
        "The fire started in the early hours of Sunday.",
        [("the early hours of Sunday", "2020-05-17TMO", True)],
        id="early-hours-of-a-weekday",
    ),
    pytest.param(
        "He was arrested in the small hours of Saturday morning.",
        [("the small hours of Saturday morning", "2020-05-23TMO", True)],
        id="small-hours-of-a-weekday-morning",
    ),
    pytest.param("The vote starts at 3 p.m.", [("3 p.m.", "XXXX-XX-XXT15:00", False)], id="pm"),
    pytest.param("He left at 3pm.", [("3pm", "XXXX-XX-XXT15:00", False)], id="glued-pm"),
    pytest.param("It ended at 10:30 pm.", [("10:30 pm", "XXXX-XX-XXT22:30", False)], id="colon"),
    pytest.param("Trading ended at 11.30am.", [("11.30am", "XXXX-XX-XXT11:30", False)]),
    pytest.param(
        "It fell at 12 a.m. and at 12 p.m.",
        [("12 a.m.", "XXXX-XX-XXT00:00", False), ("12 p.m.", "XXXX-XX-XXT12:00", False)],
        id="twelve",
    ),
    pytest.param("Talks began at 15:30 GMT.", [("15:30 GMT", "XXXX-XX-XXT15:30", False)]),
    # a wire's snapshot of prices ("by 0300 GMT") is of the day the story was filed
    pytest.param("Shares fell by 0300 GMT.", [("0300 GMT", "2020-05-23T03:00", True)]),
    pytest.param("Shares fell by 3 a.m.", [("3 a.m.", "XXXX-XX-XXT03:00", False)]),
    pytest.param("It opened at 1430 hrs.", [("1430 hrs", "XXXX-XX-XXT14:30", False)], id="hrs"),
    pytest.param("The hearing is at 10:30.", [("10:30", "XXXX-XX-XXT10:30", False)]),
    pytest.param(
        "The vote is at noon; the deadline is midnight.",
        [("noon", "XXXX-XX-XXT12:00", False), ("midnight", "XXXX-XX-XXT24:00", False)],
        id="noon-midnight",
    ),
    pytest.param("The bells rang at 9 o'clock.", [("9 o'clock", "XXXX-XX-XXT09:00", False)]),
    pytest.param("It struck at nine o’clock.", [("nine o’clock", "XXXX-XX-XXT09:00", False)]),
    pytest.param(
        "The blast happened at 10 a.m. local time (0200 GMT).",
        [
            ("10 a.m. local time", "XXXX-XX-XXT10:00", False),
            ("0200 GMT", "XXXX-XX-XXT02:00", False),
        ],
        id="local-time-and-gmt",
    ),
    # with a day: one fact
    pytest.param(
        "The minister spoke on Tuesday at 3 p.m.",
        [("Tuesday at 3 p.m.", "2020-05-19T15:00", True)],
        id="weekday-at-time",
    ),
    pytest.param(
        "The minister spoke at 3 p.m. on Tuesday.",
        [("3 p.m. on Tuesday", "2020-05-19T15:00", True)],
        id="time-on-weekday",
    ),
    pytest.param(
        "The company met officials at 5 p.m. Friday.",
        [("5 p.m. Friday", "2020-05-22T17:00", True)],
        id="ap-style",
    ),
    pytest.param(
        "Markets closed at 4 p.m. ET on Wednesday.",
        [("4 p.m. ET on Wednesday", "2020-05-20T16:00", True)],
        id="zone-then-day",
    ),
    pytest.param(
        "It happened at 3 p.m. on March 5.",
        [("3 p.m. on March 5", "2020-03-05T15:00", True)],
        id="time-on-month-day",
    ),
    pytest.param(
        "Published March 14, 2019, 3:05 p.m. EDT",
        [("March 14, 2019, 3:05 p.m. EDT", "2019-03-14T15:05", True)],
        id="full-date-comma",
    ),
    pytest.param(
        "Thursday 14 March 2019 09.00 GMT",
        [("Thursday 14 March 2019 09.00 GMT", "2019-03-14T09:00", True)],
        id="guardian-stamp",
    ),
    pytest.param(
        "Shots were fired at about 10 p.m. last night.",
        [("about 10 p.m. last night", "2020-05-22T22:00", True)],
        id="pm-last-night",
    ),
    pytest.param(
        "The fire broke out at 2 a.m. last night.",
        [("2 a.m. last night", "2020-05-23T02:00", True)],
        id="night-past-midnight",
    ),
    pytest.param(
        "He was freed at 9 a.m. this morning.",
        [("9 a.m. this morning", "2020-05-23T09:00", True)],
        id="am-this-morning",
    ),
    pytest.param(
        "The hearing resumes tomorrow at 10:30.",
        [("tomorrow at 10:30", "2020-05-24T10:30", True)],
        id="tomorrow-at-colon",
    ),
    pytest.param(
        "They met between 1 and 3 p.m.",
        [("between 1 and 3 p.m.", "XXXX-XX-XXT13:00/XXXX-XX-XXT15:00", False)],
        id="shared-pm",
    ),
    pytest.param(
        "Voting ran from 11 to 1 p.m. and 10-11am.",
        [
            ("from 11 to 1 p.m.", "XXXX-XX-XXT11:00/XXXX-XX-XXT13:00", False),
            ("10-11am", "XXXX-XX-XXT10:00/XXXX-XX-XXT11:00", False),
        ],
        id="shared-meridiem-across-noon-and-dash",
    ),
    pytest.param(
        "Rain fell from 6 p.m. Thursday through noon Friday.",
        [("from 6 p.m. Thursday through noon Friday", "2020-05-21T18:00/2020-05-22T12:00", True)],
        id="range-of-days-with-times",
    ),
    pytest.param(
        "The office was open 9am to 5pm.",
        [("9am to 5pm", "XXXX-XX-XXT09:00/XXXX-XX-XXT17:00", False)],
        id="times-joined-by-to",
    ),
    pytest.param(
        "Tuesday's 3 p.m. vote was delayed.",
        [("Tuesday's 3 p.m.", "2020-05-19T15:00", True)],
        id="possessive-day",
    ),
    pytest.param(
        "The match kicked off at 19:45 BST on Wednesday.",
        [("19:45 BST on Wednesday", "2020-05-20T19:45", True)],
        id="zoned-24-hour-on-weekday",
    ),
    pytest.param(
        "The quake struck at 03:12 local time on Tuesday.",
        [("03:12 local time on Tuesday", "2020-05-19T03:12", True)],
        id="local-time-on-weekday",
    ),
    pytest.param(
        "Polls closed at 8 p.m. Eastern time on Tuesday.",
        [("8 p.m. Eastern time on Tuesday", "2020-05-19T20:00", True)],
        id="spelled-zone-on-weekday",
    ),
    pytest.param(
        "The blast happened at 3 a.m. Moscow time on Tuesday.",
        [("3 a.m. Moscow time on Tuesday", "2020-05-19T03:00", True)],
        id="city-zone-on-weekday",
    ),
    pytest.param(
        "A strike began at midnight on Thursday.",
        [("midnight on Thursday", "2020-05-21T24:00", True)],
        id="midnight-on-weekday",
    ),
    # After midnight is the small hours of the day named, not its end.
    pytest.param(
        "The quake struck just after midnight on Friday.",
        [("midnight on Friday", "2020-05-22T00:00", True)],
        id="after-midnight-on-weekday",
    ),
    pytest.param(
        "Shortly after midnight, police arrived.",
        [("midnight", "XXXX-XX-XXT00:00", False)],
        id="after-midnight-alone",
    ),
    pytest.param(
        "Polls closed shortly before midnight on Friday.",
        [("midnight on Friday", "2020-05-22T24:00", True)],
        id="before-midnight-stays-the-days-end",
    ),
    pytest.param(
        "The offer closed at 11.59pm on 31 January.",
        [("11.59pm on 31 January", "2020-01-31T23:59", True)],
        id="british-time-on-day",
    ),
    pytest.param(
        "Shops are open from 9 a.m. to 5 p.m.",
        [("from 9 a.m. to 5 p.m.", "XXXX-XX-XXT09:00/XXXX-XX-XXT17:00", False)],
        id="range",
    ),
    # A clock of neither half takes the half of its part of the day.
    pytest.param(
        "The meeting was held at 7:30 on Monday evening.",
        [("7:30 on Monday evening", "2020-05-18T19:30", True)],
        id="evening-sets-the-half",
    ),
    pytest.param(
        "They met at 3:30 on Monday afternoon.",
        [("3:30 on Monday afternoon", "2020-05-18T15:30", True)],
        id="afternoon-sets-the-half",
    ),
    pytest.param(
        "They met at 10:30 on Monday morning.",
        [("10:30 on Monday morning", "2020-05-18T10:30", True)],
        id="morning-keeps-the-half",
    ),
    pytest.param(
        "The raid began at 1:30 on Friday night.",
        [("1:30 on Friday night", "2020-05-23T01:30", True)],
        id="night-small-hours-after-midnight",
    ),
    pytest.param(
        "The show began at 7 p.m. on Monday evening.",
        [("7 p.m. on Monday evening", "2020-05-18T19:00", True)],
        id="written-half-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_CASES)
def test_dates_clock_times(
    extractor: Extractor, text: str, expected: list[tuple[str, str, bool]]
) -> None:
    article = _extract(extractor, text)
    assert [(d.text, d.timex, d.resolved) for d in article.dates] == expected
    assert all(d.type in ("time", "range") for d in article.dates)
    assert article.quantities == article.percentages == []  # no quantity "3" or "10:30"


# A lone clock time falls on the day its clause names, or the day opening its sentence; a
# clause of its own, or a quotation, may be of another day. In a past clause it falls on the
# last past day of its sentence or the one before.
CLOCK_DAY_CASES = [
    pytest.param(
        "Lawmakers said on Thursday they had worked hours before the midnight deadline.",
        {"Thursday": "2024-03-21", "hours": "PTXH", "midnight": "2024-03-21T24:00"},
        id="day-of-the-clause",
    ),
    pytest.param(
        "On Wednesday, the polls closed at 8 p.m.",
        {"Wednesday": "2024-03-20", "8 p.m.": "2024-03-20T20:00"},
        id="day-opening-the-sentence",
    ),
    pytest.param(
        "The company said on Monday that trading will resume at 9 a.m.",
        {"Monday": "2024-03-18", "9 a.m.": "XXXX-XX-XXT09:00"},
        id="not-in-another-clause",
    ),
    pytest.param(
        '"We will not leave today," a spokesman said at an 11 a.m. briefing.',
        {"today": "2024-03-22", "11 a.m.": "XXXX-XX-XXT11:00"},
        id="not-from-a-quotation",
    ),
    pytest.param(
        "The vote was held in March; polls closed at 8 p.m.",
        {"March": "2024-03", "8 p.m.": "XXXX-XX-XXT20:00"},
        id="not-from-a-month",
    ),
    pytest.param(
        "The quake struck on Sunday, officials said on Tuesday. It hit at 11:47 p.m. local time.",
        {
            "Sunday": "2024-03-17",
            "Tuesday": "2024-03-19",
            "11:47 p.m. local time": "2024-03-17T23:47",
        },
        id="the-event-day-not-the-day-said",
    ),
    pytest.param(
        "Officials said on Tuesday the quake had struck. It hit at 11:47 p.m.",
        {"Tuesday": "2024-03-19", "11:47 p.m.": "2024-03-19T23:47"},
        id="the-day-said-alone",
    ),
    # The day may also come right after the time, past another zone's time in parentheses.
    pytest.param(
        "The quake struck at 4:10 p.m. local time (0710 GMT) on Monday.",
        {
            "4:10 p.m. local time": "2024-03-18T16:10",
            "0710 GMT": "2024-03-18T07:10",
            "Monday": "2024-03-18",
        },
        id="day-after-a-parenthesis",
    ),
    # Another zone's time in parentheses is the same moment: the day of the time before it,
    # moved across midnight by the zones' difference; twelve hours tell no direction.
    pytest.param(
        "The quake struck at 11:50 p.m. ET (0350 GMT) on Tuesday.",
        {
            "11:50 p.m. ET": "2024-03-19T23:50",
            "0350 GMT": "2024-03-20T03:50",
            "Tuesday": "2024-03-19",
        },
        id="other-zone-after-midnight",
    ),
    pytest.param(
        "The quake struck at 8:20 a.m. local time (2320 GMT) on Tuesday.",
        {
            "8:20 a.m. local time": "2024-03-19T08:20",
            "2320 GMT": "2024-03-18T23:20",
            "Tuesday": "2024-03-19",
        },
        id="other-zone-before-midnight",
    ),
    pytest.param(
        "Polls closed at 10 a.m. (2200 GMT) on Tuesday.",
        {"10 a.m.": "2024-03-19T10:00", "2200 GMT": "XXXX-XX-XXT22:00", "Tuesday": "2024-03-19"},
        id="other-zone-twelve-hours-apart",
    ),
    pytest.param(
        "Updated at 5:32 PM ET, Tue March 19, 2024, after the vote.",
        {"5:32 PM ET": "2024-03-19T17:32", "Tue March 19, 2024": "2024-03-19"},
        id="day-after-a-comma",
    ),
    pytest.param(
        "Polls close at 8 p.m. Voters in Ohio went to the polls on Tuesday.",
        {"8 p.m.": "XXXX-XX-XXT20:00", "Tuesday": "2024-03-19"},
        id="not-a-day-of-the-next-sentence",
    ),
    # In the past, a story's lone times fall on the last past day of their sentence or the
    # one before, or further back in their paragraph when no other date and no future cue
    # stands between; never on a day ahead. Another zone's time takes the first time's day.
    pytest.param(
        "A volcano erupted on Saturday evening for the fourth time since December. The "
        "eruption began at 8:23 p.m. local time (2023 GMT).",
        {
            "Saturday evening": "2024-03-16TEV",
            "December": "2023-12",
            "8:23 p.m. local time": "2024-03-16T20:23",
            "2023 GMT": "2024-03-16T20:23",
        },
        id="past-day-of-the-sentence-before",
    ),
    pytest.param(
        "Power failed on Wednesday, and some may wait until Sunday. About 140,000 were in "
        "the dark at 6 p.m., down from a peak shortly after noon.",
        {
            "Wednesday": "2024-03-20",
            "Sunday": "2024-03-24",
            "6 p.m.": "2024-03-20T18:00",
            "noon": "2024-03-20T12:00",
        },
        id="not-a-day-ahead",
    ),
    pytest.param(
        "The storm hit on Tuesday. Schools will open at 9 a.m.",
        {"Tuesday": "2024-03-19", "9 a.m.": "XXXX-XX-XXT09:00"},
        id="not-for-a-time-ahead",
    ),
    pytest.param(
        "A hiker died on Saturday, and another was hospitalized, officials said. Visitors are "
        "advised not to hike after 10 a.m.",
        {"Saturday": "2024-03-16", "10 a.m.": "XXXX-XX-XXT10:00"},
        id="not-for-a-sentence-with-no-tense-of-its-own",
    ),
    pytest.param(
        "The campaign, which began on Sept. 1, had daily pauses in fighting from 6 a.m. to "
        "3 p.m. On Monday the daily briefing began at 9 a.m.",
        {
            "Sept. 1": "2023-09-01",
            "from 6 a.m. to 3 p.m.": "XXXX-XX-XXT06:00/XXXX-XX-XXT15:00",
            "Monday": "2024-03-18",
            "9 a.m.": "2024-03-18T09:00",
        },
        id="no-day-for-the-hours-of-a-habit",
    ),
    pytest.param(
        "It landed on Thursday. Crowds cheered. Officials said it was fine. It settled at 6 p.m.",
        {"Thursday": "2024-03-21", "6 p.m.": "2024-03-21T18:00"},
        id="past-day-sentences-back-in-its-paragraph",
    ),
    pytest.param(
        "It landed on Thursday. Crowds cheered.\n\nIt settled at 6 p.m.",
        {"Thursday": "2024-03-21", "6 p.m.": "XXXX-XX-XXT18:00"},
        id="not-from-the-paragraph-before",
    ),
    pytest.param(
        "It landed on Thursday. Tests will follow. It settled at 6 p.m.",
        {"Thursday": "2024-03-21", "6 p.m.": "XXXX-XX-XXT18:00"},
        id="not-across-a-future-clause",
    ),
    pytest.param(
        "It landed on Thursday. A probe was sent in 2019. It settled at 6 p.m.",
        {"Thursday": "2024-03-21", "2019": "2019", "6 p.m.": "XXXX-XX-XXT18:00"},
        id="not-across-another-date",
    ),
    # A day that ends a count ("by Monday", "as of Sunday") is no event's day: the next
    # sentences' times may fall on any day the count covers, so they keep none.
    pytest.param(
        "The quake struck on Saturday. Rescuers had recovered 20 bodies by Monday. The slide "
        "hit at around 3 a.m. local time.",
        {
            "Saturday": "2024-03-16",
            "Monday": "2024-03-18",
            "around 3 a.m. local time": "XXXX-XX-XXT03:00",
        },
        id="not-from-a-tally-day",
    ),
    pytest.param(
        "The quake struck on Saturday. As of late Sunday, 20 had died. It hit at 3 a.m.",
        {"Saturday": "2024-03-16", "late Sunday": "2024-03-17", "3 a.m.": "XXXX-XX-XXT03:00"},
        id="not-from-an-as-of-day",
    ),
    pytest.param(
        "Rescuers had recovered 20 bodies by Monday, when the search ended at 3 p.m.",
        {"Monday": "2024-03-18", "3 p.m.": "2024-03-18T15:00"},
        id="a-tally-day-in-its-own-sentence",
    ),
    pytest.param(
        "Police arrested the man by the road on Monday. He was charged at 3 p.m.",
        {"Monday": "2024-03-18", "3 p.m.": "2024-03-18T15:00"},
        id="by-not-before-the-day",
    ),
    # The day a count reached its level ("rose to 1,644 on Thursday") is a tally's, no
    # event's, as "by Monday" is; a day long before the story's keeps the story's day
    pytest.param(
        "The toll from a quake that struck on Wednesday rose to 1,644 on Thursday. The quake "
        "hit at 12:50 p.m. local time.",
        {
            "Wednesday": "2024-03-20",
            "Thursday": "2024-03-21",
            "12:50 p.m. local time": "XXXX-XX-XXT12:50",
        },
        id="not-from-a-level-s-day",
    ),
    pytest.param(
        "Regulators on Saturday grounded the jets after a panel blew out on Friday evening. "
        "The plane had departed at 5:07 p.m.",
        {
            "Saturday": "2024-03-16",
            "Friday evening": "2024-03-22TEV",
            "5:07 p.m.": "2024-03-22T17:07",
        },
        id="two-days-the-last-is-the-event-s",
    ),
    pytest.param(
        "The volcano, quiet since Nov. 4, erupted on Saturday. The eruption began at 8:23 p.m.",
        {"Nov. 4": "2023-11-04", "Saturday": "2024-03-16", "8:23 p.m.": "2024-03-16T20:23"},
        id="a-day-long-before-keeps-the-story-day",
    ),
    pytest.param(
        "TOKYO, March 22 (AP) - A quake struck on Thursday afternoon. It hit at 4:43 p.m.",
        {
            "March 22": "2024-03-22",
            "Thursday afternoon": "2024-03-21TAF",
            "4:43 p.m.": "2024-03-21T16:43",
        },
        id="a-dateline-is-no-second-day",
    ),
    # A lone morning time after an evening's clock time of the day it would take has passed
    # midnight: no day
    pytest.param(
        "He declared martial law at 10:25 p.m. on Monday. The cabinet ended it at 4:30 a.m.",
        {"10:25 p.m. on Monday": "2024-03-18T22:25", "4:30 a.m.": "XXXX-XX-XXT04:30"},
        id="not-before-the-day-s-own-time",
    ),
    pytest.param(
        "The eruption began at 8:23 p.m. on Monday. Lava reached the road at 11 p.m.",
        {"8:23 p.m. on Monday": "2024-03-18T20:23", "11 p.m.": "2024-03-18T23:00"},
        id="after-the-day-s-own-time",
    ),
    pytest.param(
        "A quake struck shortly before midnight on Sunday. It hit at 11:47 p.m.",
        {"midnight on Sunday": "2024-03-17T24:00", "11:47 p.m.": "2024-03-17T23:47"},
        id="an-evening-time-before-midnight-is-that-day-s",
    ),
    pytest.param(
        "Storms hit on Monday night. The tornado touched down at 4:10 p.m.",
        {"Monday night": "2024-03-18TNI", "4:10 p.m.": "2024-03-18T16:10"},
        id="a-part-of-a-day-is-no-clock-time",
    ),
    # A part of a day with no day written ("in the afternoon", "by late afternoon") takes
    # its day as a lone clock time does, and keeps its mod
    pytest.param(
        "The storm hit on Tuesday. Skies cleared by late afternoon.",
        {"Tuesday": "2024-03-19", "late afternoon": "2024-03-19TAF"},
        id="day-part-takes-the-past-day",
    ),
    pytest.param(
        "They met on Friday in the afternoon. Police arrived early in the evening.",
        {
            "Friday": "2024-03-22",
            "the afternoon": "2024-03-22TAF",
            "early in the evening": "2024-03-22TEV",
        },
        id="day-part-of-its-clause",
    ),
    pytest.param(
        "The shooting happened in the afternoon.",
        {"the afternoon": "XXXX-XX-XXTAF"},
        id="day-part-of-no-day",
    ),
    pytest.param(
        "The storm hit on Tuesday. Schools will reopen in the morning.",
        {"Tuesday": "2024-03-19", "the morning": "XXXX-XX-XXTMO"},
        id="day-part-ahead-no-day",
    ),
    # ... and the day named in another clause of its sentence, ahead too, when no saying
    # comes before it and its clause is not told the other way ("through" leads one too)
    pytest.param(
        "The vote is on Sunday, with results expected in the evening.",
        {"Sunday": "2024-03-24", "the evening": "2024-03-24TEV"},
        id="day-part-of-its-sentence-ahead",
    ),
    pytest.param(
        "Crews arrived on Tuesday, and worked through the afternoon.",
        {"Tuesday": "2024-03-19", "the afternoon": "2024-03-19TAF"},
        id="day-part-through",
    ),
    pytest.param(
        "Officials said on Tuesday that trading will resume in the morning.",
        {"Tuesday": "2024-03-19", "the morning": "XXXX-XX-XXTMO"},
        id="day-part-after-a-saying-day",
    ),
    pytest.param(
        "The market was closed on Tuesday, and trading resumes through the morning.",
        {"Tuesday": "2024-03-19", "the morning": "XXXX-XX-XXTMO"},
        id="day-part-told-ahead-of-a-past-day",
    ),
    pytest.param(
        "The vote is on Sunday. Results are expected in the evening.",
        {"Sunday": "2024-03-24", "the evening": "XXXX-XX-XXTEV"},
        id="day-part-ahead-another-sentence",
    ),
    # A range of two clock times takes its day as one time does, unless it runs past midnight.
    pytest.param(
        "On Friday, the site was shut from noon until 5:30 p.m.",
        {"Friday": "2024-03-22", "from noon until 5:30 p.m.": "2024-03-22T12:00/2024-03-22T17:30"},
        id="clock-range-day-opening-the-sentence",
    ),
    pytest.param(
        "Polls were open between 7 a.m. and 8 p.m. on Tuesday.",
        {"between 7 a.m. and 8 p.m.": "2024-03-19T07:00/2024-03-19T20:00", "Tuesday": "2024-03-19"},
        id="clock-range-day-after",
    ),
    pytest.param(
        "It rained on Friday. The party ran from 10 p.m. to 2 a.m.",
        {"Friday": "2024-03-22", "from 10 p.m. to 2 a.m.": "XXXX-XX-XXT22:00/XXXX-XX-XXT02:00"},
        id="clock-range-past-midnight",
    ),
    pytest.param(
        "It snowed on Tuesday. The council opened warm banks, open from 10am to 4pm on weekdays.",
        {"Tuesday": "2024-03-19", "from 10am to 4pm": "XXXX-XX-XXT10:00/XXXX-XX-XXT16:00"},
        id="clock-range-of-a-habit",
    ),
    # A state in force now "until" a time from noon on ends on the publication day; one
    # issued in the past on the last past day named; not ahead, nor a morning's time
    pytest.param(
        "A tornado watch remains in effect until 9 p.m. CDT for three counties.",
        {"9 p.m. CDT": "2024-03-22T21:00"},
        id="state-in-force-now-until-a-time",
    ),
    pytest.param(
        "A red flag warning is in effect until midnight.",
        {"midnight": "2024-03-22T24:00"},
        id="state-in-force-now-until-midnight",
    ),
    pytest.param(
        "The storm hit on Tuesday. A tornado watch is in effect until 9 p.m.",
        {"Tuesday": "2024-03-19", "9 p.m.": "2024-03-22T21:00"},
        id="state-in-force-now-after-a-past-day",
    ),
    pytest.param(
        "The storm hit on Tuesday. Forecasters issued a tornado watch until 9 p.m.",
        {"Tuesday": "2024-03-19", "9 p.m.": "2024-03-19T21:00"},
        id="state-issued-until-a-time-of-the-past-day",
    ),
    pytest.param(
        "The National Weather Service issued a tornado watch until 9 p.m.",
        {"9 p.m.": "XXXX-XX-XXT21:00"},
        id="state-issued-no-day-named",
    ),
    pytest.param(
        "A tornado watch will be in effect until 9 p.m.",
        {"9 p.m.": "XXXX-XX-XXT21:00"},
        id="state-in-force-ahead",
    ),
    pytest.param(
        "A curfew is in force until 6 a.m.", {"6 a.m.": "XXXX-XX-XXT06:00"}, id="state-morning"
    ),
    pytest.param(
        "The store is open until 9 p.m.", {"9 p.m.": "XXXX-XX-XXT21:00"}, id="no-state-in-force"
    ),
    # ... and a range of two times that ends one, unless it runs past midnight
    pytest.param(
        "A heat advisory is in effect from noon until 8 p.m.",
        {"from noon until 8 p.m.": "2024-03-22T12:00/2024-03-22T20:00"},
        id="state-in-force-now-range",
    ),
    pytest.param(
        "A heat advisory is in effect from 10 p.m. until 6 a.m.",
        {"from 10 p.m. until 6 a.m.": "XXXX-XX-XXT22:00/XXXX-XX-XXT06:00"},
        id="state-in-force-now-range-past-midnight",
    ),
    # a wire's market snapshot ("by 1000 GMT", "at 0800 GMT", four digits and GMT) in the past
    # is of the publication day, when the story named no other past day last
    pytest.param(
        "Sterling rose 0.3% and the FTSE 100 gained 0.4% by 1000 GMT.",
        {"1000 GMT": "2024-03-22T10:00"},
        id="wire-snapshot-publication-day",
    ),
    pytest.param(
        "Labour won on Friday. Sunak called the vote six weeks ago. Sterling was up 0.3% at"
        " 1000 GMT.",
        {"Friday": "2024-03-22", "six weeks ago": "2024-W06", "1000 GMT": "2024-03-22T10:00"},
        id="wire-snapshot-after-the-publication-day",
    ),
    pytest.param(
        "Shares fell on Thursday. Last year they rose. By 1000 GMT they were down 2%.",
        {"Thursday": "2024-03-21", "Last year": "2023", "1000 GMT": "XXXX-XX-XXT10:00"},
        id="wire-snapshot-after-another-day",
    ),
    pytest.param(
        "Trading will resume at 0800 GMT.",
        {"0800 GMT": "XXXX-XX-XXT08:00"},
        id="wire-time-ahead",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_DAY_CASES)
def test_dates_lone_clock_takes_the_day_of_its_clause(
    extractor: Extractor, text: str, expected: dict[str, str]
) -> None:
    article = _extract(extractor, text, "2024-03-22")
    assert {d.text: d.timex for d in article.dates} == expected


@pytest.mark.parametrize(
    ("text", "fragment", "mod"),
    [
        ("Skies cleared by late afternoon.", "late afternoon", "END"),
        ("He was charged in the early evening.", "the early evening", "START"),
        (
            "It rained on Monday. Police arrived early in the evening.",
            "early in the evening",
            "START",
        ),
        ("The shooting happened in the afternoon.", "the afternoon", None),
        # a lone clock takes the day of "early Wednesday", not its START
        ("The quake struck early Wednesday. It hit at 3:37 a.m.", "3:37 a.m.", None),
    ],
)
def test_dates_part_of_a_day_keeps_its_mod(
    extractor: Extractor, text: str, fragment: str, mod: str | None
) -> None:
    """ "late afternoon" is its end (TIMEX3 mod END), on a day or none."""
    article = _extract(extractor, text, "2024-03-22")
    assert [(d.text, d.type, d.mod) for d in article.dates if d.text == fragment] == [
        (fragment, "time", mod)
    ]


@given(
    hour=st.integers(1, 11),
    minute=st.integers(0, 59),
    part=st.sampled_from(["morning", "afternoon", "evening", "night"]),
)
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_dates_property_part_of_day_sets_the_half(
    extractor: Extractor, hour: int, minute: int, part: str
) -> None:
    """A clock of neither half is in the half its part of the day implies; the night's
    small hours are after midnight, on the next day."""
    text = f"They met at {hour}:{minute:02d} on Monday {part}."
    (fact,) = _extract(extractor, text).dates
    later = {"afternoon": hour <= 6, "evening": hour >= 4, "night": hour >= 6}.get(part, False)
    day = "2020-05-19" if part == "night" and not later else "2020-05-18"
    assert fact.timex == f"{day}T{hour + 12 * later:02d}:{minute:02d}"


NOT_CLOCK_CASES = [
    pytest.param("He ran the marathon in 2:03.", id="race-time"),
    pytest.param("The panel split 2:10 on the vote.", id="ratio"),
    pytest.param("Smith scored at 2:03 of the third period.", id="game-clock"),
    pytest.param("Evenepoel trails by 5:19 overall.", id="race-margin-by"),
    pytest.param("He won by 1:08 from Vingegaard.", id="race-margin-won-by"),
    pytest.param("She crossed the line at 1:08 ahead of him.", id="race-gap-ahead"),
    pytest.param("The index rose 9.30 points.", id="decimal"),
    pytest.param("Fares rose to $1.30 a ride.", id="money"),
    pytest.param("It opened in the afternoon session.", id="afternoon-is-no-noon"),
    pytest.param("It was the dawn of a new era.", id="dawn-of-an-era"),
    pytest.param("Police carried out dawn raids.", id="dawn-raids"),
    pytest.param("Dawn Butler said the hours of work were long.", id="dawn-a-name"),
    pytest.param("The Midnight Oil tour and a midnight-blue car.", id="names-compounds"),
    pytest.param("The 1960 rules still apply.", id="four-digits-without-zone"),
]


def test_dates_later_counts_from_a_time_or_part_of_a_day(extractor: Extractor) -> None:
    """ "two days later" counts from the day of a time fact as from a date fact."""
    text = (
        "He was arrested on Tuesday night and freed two days later. "
        "She left on May 5 at 3 p.m. and returned a week later."
    )
    article = _extract(extractor, text)
    assert [(d.text, d.timex) for d in article.dates] == [
        ("Tuesday night", "2020-05-19TNI"),
        ("two days later", "2020-05-21"),
        ("May 5 at 3 p.m.", "2020-05-05T15:00"),
        ("a week later", "2020-W20"),
    ]


def test_dates_clock_leaves_a_day_range_whole(extractor: Extractor) -> None:
    """A time after a range of days stays apart: "Monday" keeps its range."""
    article = _extract(extractor, "Voting ran from Monday to Wednesday at 8 p.m.")
    assert [(d.text, d.timex) for d in article.dates] == [
        ("from Monday to Wednesday", "2020-05-18/2020-05-20"),
        ("8 p.m.", "XXXX-XX-XXT20:00"),
    ]


@pytest.mark.parametrize("text", NOT_CLOCK_CASES)
def test_dates_not_a_clock_time(extractor: Extractor, text: str) -> None:
    article = _extract(extractor, text)
    assert [d.text for d in article.dates if "T" in (d.timex or "")] == []


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    hour=st.integers(1, 12),
    minute=st.one_of(st.none(), st.integers(0, 59)),
    ampm=st.sampled_from(["a.m.", "p.m.", "am", "pm", "AM", "PM"]),
    space=st.sampled_from(["", " "]),
    day=st.sampled_from([("on Tuesday", "2020-05-19"), ("yesterday", "2020-05-22")]),
)
def test_dates_property_clock_joins_its_day(
    extractor: Extractor,
    hour: int,
    minute: int | None,
    ampm: str,
    space: str,
    day: tuple[str, str],
) -> None:
    """ "at H[:MM] a.m. on Tuesday": one fact, the day's value with the 24-hour clock time."""
    clock = f"{hour}{'' if minute is None else f':{minute:02d}'}{space}{ampm}"
    article = _extract(extractor, f"The strike began at {clock} {day[0]}, police said.")
    h24 = hour % 12 + (12 if ampm[0] in "pP" else 0)
    (fact,) = article.dates
    assert fact.text.startswith(clock)
    assert fact.timex == f"{day[1]}T{h24:02d}:{minute or 0:02d}"
    assert fact.type == "time" and fact.resolved


UNANCHORED_CASES = [
    # Relative expressions: nothing to anchor them, so no interval and resolved False.
    pytest.param("Profits fell last year.", "last year", False, id="last-year"),
    pytest.param("Sales rose this month.", "this month", False, id="this-month"),
    pytest.param("Talks resume next week.", "next week", False, id="next-week"),
    pytest.param("The minister resigned on Tuesday.", "Tuesday", False, id="weekday"),
    pytest.param("The law took effect in January.", "January", False, id="bare-month"),
    pytest.param("The mine closed two years ago.", "two years ago", False, id="years-ago"),
    pytest.param("The minister resigned yesterday.", "yesterday", False, id="yesterday"),
    pytest.param("Officials met last night.", "last night", False, id="last-night"),
    pytest.param("He spoke on Monday morning.", "Monday morning", False, id="weekday-morning"),
    pytest.param("Police were busy over the weekend.", "the weekend", False, id="the-weekend"),
    pytest.param("Jobs recovered by the end of April.", "end of April", False, id="end-of-month"),
    pytest.param("Profits rose in the third quarter.", "third quarter", False, id="quarter"),
    pytest.param("The talks began on March 5.", "March 5", False, id="month-day"),
    pytest.param("The plant will open next spring.", "next spring", False, id="next-spring"),
    pytest.param("Sales rose between March and May.", "March", False, id="month-range"),
    pytest.param("Demand is currently weak.", "currently", False, id="currently"),
    # Absolute expressions resolve without an anchor.
    pytest.param("The law was passed on May 23, 2020.", "May 23", True, id="full-date"),
    pytest.param("The programme started in 2012.", "2012", True, id="year"),
    pytest.param("The report came out in May 2020.", "May 2020", True, id="month-year"),
    pytest.param("Profits rose in Q1 2020.", "Q1 2020", True, id="quarter-year"),
    pytest.param("Prices soared in the 1990s.", "1990s", True, id="decade"),
    pytest.param("The plant opened in mid-2019.", "mid-2019", True, id="mid-year"),
    pytest.param("Sales slumped in spring 2020.", "spring 2020", True, id="season-year"),
    pytest.param("From 2016 to 2019, the county built roads.", "2016", True, id="year-range"),
    pytest.param("The form was signed on 23/05/2020.", "23/05/2020", True, id="slashes"),
]


@pytest.mark.parametrize(("text", "fragment", "resolved"), UNANCHORED_CASES)
def test_dates_without_publication_date(
    extractor: Extractor, text: str, fragment: str, resolved: bool
) -> None:
    article = _extract(extractor, text, published=None)
    facts = _overlapping(article.dates, *_span(text, fragment))
    assert len(facts) == 1, [_row(d) for d in article.dates]
    fact = facts[0]
    assert fact.resolved is resolved
    assert fact.relative is not resolved
    assert (fact.start_date is not None, fact.end_date is not None) == (resolved, resolved)


def test_dates_absolute_values_do_not_depend_on_publication_date(extractor: Extractor) -> None:
    text = "The law was passed on May 23, 2020, after the 1990s reforms and Q1 2019."
    rows = [[_row(d) for d in _extract(extractor, text, p).dates] for p in (None, "2001-01-01")]
    assert rows[0] == rows[1]
    assert [r[2] for r in rows[0]] == ["2020-05-23", "199", "2019-Q1"]


NOT_DATE_CASES = [
    # a year-less ordinal quarter in a match's sentence is the game's
    pytest.param(
        "The Lakers, who trailed by 15 in the second quarter, outscored the Nuggets.",
        "second quarter",
        id="a-game-quarter",
    ),
    pytest.param(
        "He threw a touchdown in the third quarter.", "third quarter", id="a-touchdown-quarter"
    ),
    pytest.param(
        "The Lions led 14-7 at the end of the first quarter.", "first quarter", id="a-score-quarter"
    ),
    pytest.param(
        "The Celtics beat Boston 102-98 after trailing in the third quarter.",
        "third quarter",
        id="a-score-after-a-name",
    ),
    pytest.param("The second quarter ended in a draw.", "second quarter", id="a-drawn-quarter"),
    pytest.param(
        "They led by 12 points after the first quarter.", "first quarter", id="a-margin-quarter"
    ),
    pytest.param("The second quarter was scoreless.", "second quarter", id="a-scoreless-quarter"),
    # a match report's result names the game once; its quarters follow in other sentences
    pytest.param(
        "Denver beat the Phoenix Suns 118-111 on Monday. Murray added four 3-pointers in the"
        " fourth quarter.",
        "fourth quarter",
        id="a-result-then-a-quarter",
    ),
    pytest.param(
        "Nuggets rally past Suns 118-111. Murray scored 12 in the third quarter.",
        "third quarter",
        id="a-headline-result-then-a-quarter",
    ),
    # an nth weekday is no one day ("every other Tuesday" is a set: SET_CASES)
    pytest.param("The board met on the third Tuesday.", "Tuesday", id="nth-weekday"),
    pytest.param(
        "The vote is on the second Tuesday of the month.", "Tuesday", id="nth-weekday-of-month"
    ),
    # "Jan", "Dec" without a stop, or with no preposition before them, are names.
    pytest.param("Jan Smith said the deal closed.", "Jan", id="short-month-as-a-name"),
    pytest.param(
        "Dr. Jan Kowalski and Prof. Dec Holt spoke.", "Jan", id="short-month-name-after-title"
    ),
    pytest.param(
        "The talks with Jan. Kowalski failed.", "Jan.", id="short-month-stop-no-preposition"
    ),
    pytest.param("He gave the keys to Jan.", "Jan.", id="short-month-name-after-to"),
    pytest.param("She is the wife of Jan.", "Jan.", id="short-month-name-after-of"),
    # A weekday inside a capitalized name: a title or a named day, not one of this week's.
    pytest.param("He told The Sunday Times so.", "Sunday", id="weekday-in-a-newspaper"),
    pytest.param("Sunday Telegraph columnist Jane Doe wrote.", "Sunday", id="weekday-title-start"),
    pytest.param("The Black Friday massacre shocked Iran.", "Friday", id="named-day-black-friday"),
    pytest.param("Voters go to the polls on Super Tuesday.", "Tuesday", id="named-day-super"),
    pytest.param("Leeds beat Sheffield Wednesday 3-1.", "Wednesday", id="club-sheffield-wednesday"),
    pytest.param("The Monday Night Football ratings fell.", "Monday", id="weekday-part-then-name"),
    # A weekday after a determiner, a possessive or at a sentence's start before a noun of
    # what happens every week on it: no one day.
    pytest.param(
        "It expands the city's Sunday bus service.", "Sunday", id="weekday-habit-possessive"
    ),
    pytest.param("The Sunday paper sold 1,000 copies.", "Sunday", id="weekday-habit-determiner"),
    pytest.param("Sunday shopping hours were extended.", "Sunday", id="weekday-habit-opening"),
    pytest.param("Stocks Fall On Monday After Fed Decision", "Monday", id="title-case-headline"),
    pytest.param("The now-defunct bank failed.", "now", id="now-in-a-compound"),
    pytest.param("Shares of Now Inc. rose.", "Now", id="now-capitalized-in-a-name"),
    pytest.param("The NOW campaign group protested.", "NOW", id="now-as-an-acronym"),
    pytest.param("The plant closed a year and a half ago.", "a year", id="year-and-a-half-ago"),
    pytest.param("As recently as May, it rained.", "recently", id="as-recently-as"),
    pytest.param("Sales rose at the turn of the year.", "turn", id="turn-of-the-year-either-end"),
    pytest.param("The future of the firm is unclear.", "future", id="the-future-as-a-noun"),
    pytest.param("Workers earn $15 an hour.", "an hour", id="wage-per-hour"),
    # Ordinals in names ("the 20th century" is a date, above).
    pytest.param(
        "The report was presented at the 18th CPC National Congress.", "18th", id="ordinal-congress"
    ),
    pytest.param("Women won the vote with the 19th amendment.", "19th", id="ordinal-amendment"),
    pytest.param("The office is on the 2nd floor.", "2nd", id="ordinal-floor"),
    # Names with numbers.
    pytest.param("COVID-19 has hit the region hard.", "COVID-19", id="covid-19"),
    pytest.param("Covid-19 cases rose again.", "Covid-19", id="covid-19-mixed-case"),
    pytest.param("The airline grounded its Boeing 737 jets.", "737", id="boeing-737"),
    pytest.param("Leaders met at the G20 summit.", "G20", id="g20"),
    pytest.param("The laptops run Windows 10.", "10", id="windows-10"),
    pytest.param("The 7-Eleven store closed.", "7-Eleven", id="7-eleven"),
    pytest.param(
        "Scientists named the virus 2019-nCoV at first.", "2019-nCoV", id="virus-name-2019-ncov"
    ),
    # Counts, amounts, rates.
    pytest.param("98,757 workers have returned.", "98,757", id="thousands-separator"),
    pytest.param("2,012 workers joined the strike.", "2,012", id="thousands-separator-year-like"),
    pytest.param("The roads run 2,020 km.", "2,020", id="thousands-separator-km"),
    pytest.param("The ticket costs $2,012.", "$2,012", id="money-year-like"),
    pytest.param("The state spent Rs 2,019 crore.", "2,019", id="money-rupees-year-like"),
    pytest.param("The index rose 20.19% on Friday.", "20.19%", id="percentage-year-like"),
    pytest.param("Inflation hit 20.20 per cent.", "20.20", id="percentage-per-cent"),
    pytest.param("Apple sold 20.19 million phones.", "20.19", id="decimal-scale-word"),
    pytest.param("2000 people attended the rally.", "2000", id="count-people"),
    pytest.param("The club has 2020 members.", "2020", id="count-members"),
    pytest.param("He scored 2019 points in his career.", "2019", id="count-points"),
    pytest.param("The candidate won 1999 votes.", "1999", id="count-votes"),
    pytest.param("1,166 projects were completed.", "1,166", id="count-projects"),
    # A count of things with a capitalized modifier, after a word no year follows.
    pytest.param("Volunteers sold 2000 Christmas trees.", "2000", id="count-named-trees"),
    pytest.param("The shop ordered 1500 Easter eggs.", "1500", id="count-named-eggs"),
    pytest.param("The army sent 1800 British soldiers.", "1800", id="count-two-named-soldiers"),
    pytest.param("The team won 3-1 on Sunday.", "3-1", id="score-won"),
    pytest.param("They celebrated a 2-0 win.", "2-0", id="score-modifier"),
    pytest.param("The vote was 52-48 in favour.", "52-48", id="vote-tally"),
    # Ages.
    pytest.param("Police arrested a 45-year-old man.", "45-year-old", id="age-hyphenated"),
    pytest.param("The 4 year old girl was rescued.", "4 year old", id="age-unhyphenated"),
    pytest.param("The 1,000-year-old temple was restored.", "1,000-year-old", id="age-temple"),
    pytest.param("Zhao Meifang, 46, said the road helped.", "46", id="age-apposition"),
    pytest.param("She turned 30 in March.", "30", id="age-turned"),
    # Month and weekday words that are not dates here.
    pytest.param("Theresa May said the deal was dead.", "May", id="theresa-may"),
    pytest.param("You may go now.", "may", id="modal-may"),
    pytest.param("Thousands joined the March on Washington.", "March", id="march-on-washington"),
    pytest.param("Protesters march through the city.", "march", id="verb-march"),
    pytest.param("The Masters is played in Augusta.", "Augusta", id="augusta"),
    pytest.param("Mayor Li said the plan works.", "Mayor", id="mayor"),
    pytest.param("The book was written by Jan Smith.", "Jan", id="by-jan-smith"),
    pytest.param("Trump flew to Mar-a-Lago.", "Mar-a-Lago", id="mar-a-lago"),
    pytest.param("In 2000 Christmas fell on a Monday.", "Monday", id="indefinite-weekday"),
    pytest.param("It was a Friday night in June.", "Friday", id="indefinite-weekday-night"),
    pytest.param("Any Tuesday works for the council.", "Tuesday", id="any-weekday"),
    pytest.param("The board held a mid-year review.", "mid-year", id="mid-year-adjective"),
    pytest.param("The overnight rate rose.", "overnight", id="overnight-rate"),
    pytest.param("It became an overnight success.", "overnight", id="an-overnight-success"),
    pytest.param("The last night of the festival was quiet.", "last night", id="the-last-night-of"),
    pytest.param("It was his last night in office.", "last night", id="his-last-night"),
    pytest.param("Change will not happen overnight.", "overnight", id="happen-overnight"),
    pytest.param("Prices will not fall overnight.", "overnight", id="fall-overnight-no-weather"),
    pytest.param(
        "He became a household name overnight.", "overnight", id="became-a-name-overnight"
    ),
    pytest.param("She made millions overnight.", "overnight", id="made-millions-overnight"),
    pytest.param(
        "She released the single, becoming a star overnight.", "overnight", id="becoming-overnight"
    ),
    pytest.param(
        "He said the bank decided to cut rates overnight.", "overnight", id="to-cut-overnight"
    ),
    pytest.param(
        "People were cold in January, when it got down to minus ten degrees overnight.",
        "overnight",
        id="overnight-of-a-month-named-before",
    ),
    pytest.param(
        "The company confirmed on Friday that its systems were hacked overnight.",
        "overnight",
        id="overnight-after-a-weekday-not-of-a-saying",
    ),
    pytest.param(
        "The rebels seized the town overnight on Thursday.", "overnight", id="overnight-on-a-day"
    ),
    pytest.param(
        "He said prices will not fall overnight.", "overnight", id="said-will-not-overnight"
    ),
    pytest.param(
        "The government could not fix the economy overnight.", "overnight", id="fix-overnight"
    ),
    pytest.param(
        "The company changed its strategy overnight.", "overnight", id="changed-overnight"
    ),
    pytest.param("The midyear budget passed.", "midyear", id="midyear-adjective"),
    pytest.param("Sales fell in Q1 of FY2024-25.", "Q1", id="quarter-of-fy"),
    pytest.param("He watched the evening news.", "evening", id="evening-news"),
    pytest.param("It was at 5 in the morning, he said.", "morning", id="hour-in-the-morning"),
    pytest.param("The market rose in the afternoon session.", "afternoon", id="afternoon-session"),
    pytest.param("He was seen in the morning-after pill aisle.", "morning", id="morning-after"),
    pytest.param(
        "Profit rose in the second half of its fiscal year.", "second half", id="half-of-fiscal"
    ),
]


YEAR_BEFORE_NAME_CASES = [
    pytest.param("In 2000 Christmas fell on a Monday.", id="after-in"),
    pytest.param("The 2000 Olympic Games were held in Sydney.", id="after-the"),
    pytest.param("London's 2012 Olympic venues are empty.", id="after-possessive"),
    pytest.param("Its 2019 Christmas sales were weak.", id="after-its"),
    pytest.param("Since 2015 Chinese investors have poured money in.", id="after-since"),
    pytest.param("2019 Christmas sales were weak.", id="opening-the-sentence"),
]


@pytest.mark.parametrize("text", YEAR_BEFORE_NAME_CASES)
def test_dates_year_before_a_named_plural_stays_a_year(extractor: Extractor, text: str) -> None:
    """A year word, determiner or possessive before the number keeps it a year."""
    year = next(word for word in text.split() if word.isdigit())
    assert [d.timex for d in _extract(extractor, text).dates if d.text == year] == [year]


@given(
    year=st.integers(1500, 2099),
    verb=st.sampled_from(["sold", "ordered", "sent", "about"]),
    lead=st.sampled_from(["in", "the", "since", "its"]),
    name=st.sampled_from(["Christmas", "Easter", "British", "Olympic Games"]),
    noun=st.sampled_from(["trees", "eggs", "soldiers", "tickets"]),
)
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_dates_property_named_plural_count_or_year(
    extractor: Extractor, year: int, verb: str, lead: str, name: str, noun: str
) -> None:
    """After a verb or approximator the number is a count; after a year word or a
    determiner it stays the year (alone, or with a holiday: "the 2004 Boxing Day")."""
    count = f"Volunteers {verb} {year} {name} {noun}."
    assert not [d for d in _extract(extractor, count).dates if str(year) in d.text]
    kept = f"Sales rose {lead} {year} {name} {noun} went on sale."
    dated = [d for d in _extract(extractor, kept).dates if str(year) in d.text]
    assert len(dated) == 1 and (dated[0].timex or "").startswith(str(year))


# "for May" is a date only after a word that sets one ("scheduled for May")
NOT_DATE_CASES += [
    pytest.param("They reached the end-zone in June.", "end-zone", id="end-zone"),
    # a year-less half is a year's only among reported figures
    pytest.param("Kane scored twice in the first half.", "first half", id="half-of-a-match"),
    pytest.param("They overturned a first-half deficit.", "first-half", id="first-half-deficit"),
    pytest.param("Sales in the first half of the match rose.", "first half", id="half-of-the"),
    pytest.param("Growth was weak in the first half of the century.", "first half", id="century"),
    pytest.param("Many voted for May in the leadership race.", "May", id="voted-for-may"),
    pytest.param("The plan for May was set out.", "May", id="plan-for-may"),
    pytest.param("Sales for May's new store were strong.", "May", id="sales-for-a-possessive"),
    pytest.param("The report for June Carter's estate was filed.", "June", id="report-for-a-name"),
    pytest.param("The shop will close for April.", "April", id="close-for-april"),
    # "the first day (week, year)" of a span of its own is a place in it, no length
    pytest.param("The first day of school is Aug. 19.", "first day", id="first-day-of-school"),
    pytest.param("He died on the first day of the war.", "first day", id="first-day-of-the"),
    pytest.param(
        "In the first year of his presidency, he signed 40 orders.", "first year", id="first-year"
    ),
    pytest.param("The first week of the season was rough.", "first week", id="first-week-of"),
    # "the previous (last, next) MONTH" before a noun it names a kind of is no month
    pytest.param(
        "It beat the previous January record of 430m pounds set in 2018.",
        "January",
        id="previous-month-record",
    ),
    pytest.param("The last January transfer window was quiet.", "January", id="last-month-window"),
    pytest.param("Gold topped the previous December high.", "December", id="previous-month-high"),
]


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("They beat the previous January.", "2022-01"),
        ("The previous January saw record sales.", "2022-01"),
        ("Last January sales rose 5%.", "2022-01"),  # no "the": the month of the sales
    ],
)
def test_dates_shifted_month_before_no_kind_noun_stays(
    extractor: Extractor, text: str, timex: str
) -> None:
    article = extractor.extract(text, published="2023-01-31")
    assert [d.timex for d in article.dates] == [timex]


@given(
    word=st.sampled_from(lexicons.tense().scheduled_for),
    other=st.sampled_from(["voted", "campaigned", "a plan", "support", "looked"]),
    month=st.sampled_from(["January", "March", "May", "June", "October"]),
)
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_dates_property_for_leads_a_month_only_after_a_date_setter(
    extractor: Extractor, word: str, other: str, month: str
) -> None:
    """ "for" before a bare month makes it a date after a word that sets one, never after
    any other word ("voted for May")."""
    dated = _extract(extractor, f"The vote was {word} for {month}.").dates
    assert [d.text for d in dated] == [month]
    assert not _extract(extractor, f"The group {other} for {month}.").dates


@pytest.mark.parametrize(("text", "fragment"), NOT_DATE_CASES)
def test_dates_not_a_date(extractor: Extractor, text: str, fragment: str) -> None:
    """No date fact overlaps ``fragment``."""
    article = _extract(extractor, text)
    assert [_row(d) for d in _overlapping(article.dates, *_span(text, fragment))] == []


NOT_DURATION_CASES = [
    pytest.param("China produced 125.5 million tonnes a year.", "a year", id="tonnes-a-year"),
    pytest.param("Workers earn $5 a day.", "a day", id="dollars-a-day"),
    pytest.param("The plant makes 300 cars a week.", "a week", id="cars-a-week"),
    pytest.param("Police arrested a 45-year-old man.", "45-year", id="age"),
    # ages of a group: "18-24 year olds", "aged 18 to 24 years"
    pytest.param("Unemployment among 18-24 year olds rose.", "24 year", id="age-band-year-olds"),
    pytest.param("Many 30 year olds live at home.", "30 year", id="year-olds"),
    pytest.param(
        "Officials expect two quarter-percentage-point cuts.",
        "two quarter",
        id="quarter-percentage-point-cuts",
    ),
    pytest.param("Voters aged 18-24 years backed him.", "24 years", id="aged-band-years"),
    pytest.param("Those aged between 18 and 24 years were asked.", "24 years", id="aged-between"),
    pytest.param("People aged 65 years and over were vaccinated.", "65 years", id="aged-years"),
    pytest.param(
        "That is almost R1,000 a day before I have baked.", "a day", id="amount-after-a-lead"
    ),
    # hours a day are a rate, not a stretch of time
    pytest.param("The hotline is staffed 24 hours a day.", "24 hours", id="hours-a-day"),
    pytest.param("It runs seven days a week.", "seven days", id="days-a-week"),
    pytest.param("The plant runs 24 hours per day.", "24 hours", id="hours-per-day"),
    pytest.param("Shops open 365 days a year.", "365 days", id="days-a-year"),
    pytest.param("Workers earn $5 a day before tax.", "a day", id="rate-before-tax"),
    pytest.param(
        "The plant makes 300 cars a week after the upgrade.", "a week", id="rate-after-event"
    ),
    pytest.param(
        "The plant makes 300 cars a week before Christmas.", "a week", id="rate-before-a-name"
    ),
    # a quarter of something, or an amount of about a quarter, is a fraction
    pytest.param(
        "The iPhone 15 Pro Max accounted for about a quarter of sales.",
        "a quarter",
        id="a-quarter-of-sales",
    ),
    pytest.param("A quarter of voters were undecided.", "quarter", id="a-quarter-of-voters"),
    pytest.param("Sales fell by more than a quarter.", "a quarter", id="more-than-a-quarter"),
    pytest.param("Shares lost almost a quarter in value.", "a quarter", id="almost-a-quarter"),
]


@pytest.mark.parametrize(("text", "fragment"), NOT_DURATION_CASES)
def test_dates_rate_is_not_a_duration(extractor: Extractor, text: str, fragment: str) -> None:
    article = _extract(extractor, text)
    facts = _overlapping(article.dates, *_span(text, fragment))
    assert [_row(d) for d in facts if d.type == "duration"] == []


NO_DATE_CASES = [
    # a mixed fraction before no unit of time, or a bare fraction: no duration
    pytest.param(
        "He ran 2 1/2 miles and the series stood at 1/2 hours.", id="mixed-fraction-no-time"
    ),
    pytest.param("Odds were 5 1/2 to 1 and it grew 2 1/2 times.", id="mixed-fraction-odds"),
    pytest.param("Do you have a car", id="do-you-have-a-car"),
    pytest.param("The year of", id="the-year-of"),
    pytest.param("100M", id="100m"),
    pytest.param("73 20", id="two-numbers"),
    pytest.param("Theresa May said", id="theresa-may-said"),
    pytest.param("you may go", id="you-may-go"),
    pytest.param("COVID-19", id="covid-19"),
    pytest.param("the 18th CPC National Congress", id="18th-congress"),
    pytest.param("Boeing 737", id="boeing-737"),
    pytest.param("Flight 2134 carried 2150 people.", id="numbers-past-2099-no-month"),
    pytest.param("Gas use fell in the winter of 2022-24.", id="winter-of-two-winters"),
    pytest.param("98,757 workers", id="98757-workers"),
    pytest.param("The year was hard.", id="bare-year-word"),
    pytest.param("He was the first to arrive.", id="bare-first"),
    pytest.param("Temperatures will be in the 30s.", id="two-digit-decade-without-apostrophe"),
    pytest.param("Highs in the mid-70s are expected.", id="temperatures-mid-70s"),
    pytest.param("Attendance (1200-1500) was high.", id="bracketed-count-opening"),
    pytest.param("Attendance rose from 1200 to 1400.", id="old-years-after-a-change"),
    pytest.param("The crowd lasted from 1200 to 1400 people.", id="old-years-before-a-noun"),
    pytest.param("Attendance ranged between 1200 and 1400.", id="old-years-between-no-reign"),
    # a level a change verb reaches after "to" (or "from"), counted by a plural noun
    pytest.param("The index fell to 1985 points.", id="level-to-a-count"),
    pytest.param("The population grew from 1400 to 1650 people.", id="level-from-to-a-count"),
    pytest.param("The village grew from 1800 to 2100 residents.", id="level-years-both-counts"),
    pytest.param("The number of beds rose from 1200 to 1500.", id="level-from-old-count"),
    pytest.param("The death toll rose from 900 to 1500.", id="level-from-short-count"),
    pytest.param("The toll climbed from 1,200 to 1500.", id="level-from-comma-count"),
    pytest.param("The price of gold rose from $1,800 to 2000.", id="level-from-a-sum"),
    # no lone year after a count's "from ... to", whatever the verb; a tally's two levels
    pytest.param("From 1200 to 1500, castles were built.", id="count-from-to-opening"),
    pytest.param("Castles were seen from 1200 to 1500.", id="count-from-to-no-span-verb"),
    pytest.param("Prices range from 900 to 1500.", id="count-from-short-range"),
    pytest.param("The count rose from 1650 to 1720.", id="tally-from-to-levels"),
    pytest.param("The death toll rose from 1650 to 1720.", id="death-toll-from-to-levels"),
    pytest.param("The total has climbed from 1800 to 1950.", id="total-from-to-levels"),
    pytest.param("Enrollment fell to 1500 from 1800.", id="level-to-from-levels"),
    pytest.param("The number of cases rose to 1900.", id="level-to-ends-sentence"),
    pytest.param("A study of 2,000 patients (1200-1500 per site) found.", id="bracketed-count"),
    pytest.param("Workers on the Monday-to-Friday schedule were laid off.", id="weekly-to"),
    pytest.param("He took a Monday-through-Friday job at the plant.", id="weekly-through"),
    pytest.param("Workers on the Monday-Friday schedule were laid off.", id="weekly-hyphen"),
    # a numbered week of a season (or a count of epidemiological weeks) is no calendar week:
    # its start is the league's (health agency's), not ISO 8601's
    pytest.param("He scored in week 23 of the season.", id="season-week-no-iso-week"),
    pytest.param("The Jets play the Bills in Week 5.", id="nfl-week-no-iso-week"),
    pytest.param("The Week 10 game was postponed.", id="nfl-week-modifier"),
    pytest.param("Flu cases peaked in week 23.", id="epi-week-no-iso-week"),
]


@pytest.mark.parametrize("text", NO_DATE_CASES)
def test_dates_none_in_text(extractor: Extractor, text: str) -> None:
    article = _extract(extractor, text)
    assert [_row(d) for d in article.dates] == []


MIXED_TEXTS = [
    pytest.param(
        "At 3 p.m. on Tuesday, 10:30 pm and 0900 GMT, 3 percent of 2,000 workers voted 10-2.",
        id="clocks-percentage-count",
    ),
    pytest.param(
        "In 2019, 2,000 workers earned $5,000 each and prices rose 20.19% over three months.",
        id="year-count-money-percentage-duration",
    ),
    pytest.param(
        "From 2016 to 2019, the two parties implemented 1,166 projects and invested 3.68 "
        "billion yuan ($517.37 million).",
        id="range-count-money",
    ),
    pytest.param(
        "As of the end of April, 98,757 workers have returned and 25,668 people found jobs.",
        id="edge-and-counts",
    ),
    pytest.param(
        "The 2012 budget of $2,012 million rose 20.12 per cent in the 2012–13 fiscal year.",
        id="year-like-amounts",
    ),
    pytest.param(
        "Output of 125.5 million tonnes a year rose 4% last year, the 1990s saw 2000 mines.",
        id="rate-percentage-decade-count",
    ),
    pytest.param(
        "The 45-year-old man paid Rs 5,000 crore over four years for 300 km of road.",
        id="age-money-duration-measure",
    ),
    pytest.param(
        "Q1 2020 sales of 4.5 million units were up 3.2 percentage points on Q1 2019.",
        id="quarters-and-points",
    ),
    pytest.param(
        "On May 23, 2020, 1,200 families got 500 yuan each; in 2012 villages got 20% more.",
        id="day-families-money-year",
    ),
]


@pytest.mark.parametrize("text", MIXED_TEXTS)
def test_dates_do_not_overlap_other_facts(extractor: Extractor, text: str) -> None:
    article = _extract(extractor, text)
    assert article.dates, "the sentence's dates were missed"
    others: list[Fact] = [*article.quantities, *article.money, *article.percentages]
    clashes = [
        (d.text, o.text)
        for d in article.dates
        for o in others
        if d.start_char < o.end_char and o.start_char < d.end_char
    ]
    assert clashes == []


@pytest.fixture(scope="module")
def seed(extractor: Extractor) -> Article:
    return extractor.extract_input(read_path(SEED))


def test_dates_seed_published(seed: Article) -> None:
    assert seed.published is not None
    assert seed.published.date == dt.date(2020, 5, 23)


SEED_CASES = [
    pytest.param(
        "in four years",
        "four years",
        {"type": "duration", "timex": "P4Y", "start_date": None, "end_date": None},
        id="four-years",
    ),
    pytest.param(
        "Congress in 2012",
        "2012",
        {"type": "date", "timex": "2012", "start_date": "2012-01-01", "end_date": "2012-12-31"},
        id="year-2012",
    ),
    pytest.param(
        "From 2016 to 2019",
        "From 2016 to 2019",
        {
            "type": "range",
            "timex": "2016/2019",
            "start_date": "2016-01-01",
            "end_date": "2019-12-31",
        },
        id="range-2016-2019",
    ),
    pytest.param(
        "As of the end of April",
        "the end of April",
        {
            "type": "date",
            "timex": "2020-04",
            "mod": "END",
            "start_date": "2020-04-01",
            "end_date": "2020-04-30",
            "relative": True,
            "year_inferred": True,
        },
        id="end-of-april",
    ),
    pytest.param(
        "At present, there",
        "At present",
        {"timex": "PRESENT_REF", "relative": True},
        id="at-present",
    ),
]


@pytest.mark.parametrize(("context", "fragment", "expected"), SEED_CASES)
def test_dates_seed_article(
    seed: Article, context: str, fragment: str, expected: dict[str, object]
) -> None:
    """``fragment`` (found inside ``context``) carries exactly one date with these fields."""
    at = seed.text.index(context) + context.index(fragment)
    facts = _overlapping(seed.dates, at, at + len(fragment))
    assert [f.text for f in facts] == [fragment]
    assert {name: _field(facts[0], name) for name in expected} == expected


def test_dates_seed_range_endpoints(seed: Article) -> None:
    (fact,) = [d for d in seed.dates if d.type == "range"]
    assert fact.range_start is not None
    assert fact.range_end is not None
    for endpoint, year in ((fact.range_start, "2016"), (fact.range_end, "2019")):
        assert (endpoint.text, endpoint.timex) == (year, year)
        assert seed.text[endpoint.start_char : endpoint.end_char] == year


@pytest.mark.parametrize(
    ("context", "fragment"),
    [
        pytest.param("the 18th CPC", "18th", id="ordinal-18th"),
        pytest.param("During the COVID-19", "COVID-19", id="covid-19"),
        pytest.param("April, 98,757 workers", "98,757", id="thousands-98757"),
        pytest.param("and 25,668 people", "25,668", id="thousands-25668"),
        pytest.param("1,166 poverty", "1,166", id="count-1166"),
        pytest.param("3.68 billion yuan ($517.37 million)", "$517.37 million", id="money"),
    ],
)
def test_dates_seed_not_a_date(seed: Article, context: str, fragment: str) -> None:
    at = seed.text.index(context) + context.index(fragment)
    assert [d.text for d in _overlapping(seed.dates, at, at + len(fragment))] == []


def test_dates_seed_offsets(seed: Article) -> None:
    for fact in [*seed.dates, *_endpoints(seed.dates)]:
        assert seed.text[fact.start_char : fact.end_char] == fact.text


# News-like date fragments mixed with arbitrary text, so the grammar's paths are exercised.
FRAGMENTS = st.sampled_from(
    [
        "May 23, 2020",
        "23 May 2020",
        "2020-05-23",
        "23/05/2020",
        "05/23/2020",
        "19-Nov-12",
        "Monday, February 6",
        "the 1990s",
        "the 20th century",
        "Q1 2020",
        "the first half of 2019",
        "mid-2019",
        "late last year",
        "fiscal 2021",
        "FY24",
        "the end of April",
        "spring 2020",
        "winter",
        "from 2016 to 2019",
        "2016-19",
        "2012–13",
        "2022/23",
        "between March and May",
        "January-March",
        "on Tuesday",
        "will",
        "next",
        "last",
        "in January",
        "two years ago",
        "the past 18 months",
        "four years",
        "every year",
        "annually",
        "at present",
        "COVID-19",
        "the 18th",
        "98,757",
        "$2,012",
        "20.19%",
        "Theresa May",
        "a 45-year-old",
        "31/02/2020",
        "2019-02-29",
        "29 February 2019",
        "the 0th century",
        "'90s",
        "3 p.m.",
        "10:30pm",
        "11.30\u00a0AM",
        "0900 GMT",
        "12 noon",
        "nine o’clock",
        "at 15:30",
        " to ",
        " and ",
        "-",
        "–",
        "/",
        ". ",
        ", ",
        "\n\n",
    ]
)
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=10)), max_size=20).map(" ".join)
PUBLISHED_DATES = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _check_date(text: str, fact: DateFact) -> None:
    assert text[fact.start_char : fact.end_char] == fact.text
    if fact.start_date is not None and fact.end_date is not None:
        assert fact.start_date <= fact.end_date, fact
    assert fact.resolved or (fact.start_date, fact.end_date) == (None, None), fact
    for endpoint in (fact.range_start, fact.range_end):
        if endpoint is not None:
            assert fact.start_char <= endpoint.start_char <= endpoint.end_char <= fact.end_char
            _check_date(text, endpoint)


@SETTINGS
@given(text=TEXTS, published=PUBLISHED_DATES)
def test_dates_property_offsets_and_order(
    extractor: Extractor, text: str, published: dt.date | None
) -> None:
    article = extractor.extract(text, published=published)
    for fact in article.dates:
        _check_date(article.text, fact)


@SETTINGS
@given(text=TEXTS)
def test_dates_property_no_overlap_with_other_facts(extractor: Extractor, text: str) -> None:
    article = extractor.extract(text, published=PUBLISHED)
    others: list[Fact] = [*article.quantities, *article.money, *article.percentages]
    clashes = [
        (d.text, o.text)
        for d in article.dates
        for o in others
        if d.start_char < o.end_char and o.start_char < d.end_char
    ]
    assert clashes == []


@SETTINGS
@given(text=st.text(max_size=200))
def test_dates_property_arbitrary_text_never_crashes(extractor: Extractor, text: str) -> None:
    article = extractor.extract(text, published=PUBLISHED)
    for fact in article.dates:
        _check_date(article.text, fact)


# The grammar tries each rule only where its leads (``scan._LEADS``) point; a rule that
# matches anywhere else would be lost without a sound. These hold the leads to the rules.
LEAD_CASES = [
    pytest.param("It was as of last May that", id="three-words-before-month"),
    pytest.param("On this day in 1945, and This day in 1969", id="this-day-in-a-year"),
    pytest.param("in\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nMay", id="long-space-before-month"),
    pytest.param("Monday,\n\n  May 5, 2020 and XFriday, 6 May", id="weekday-led-days"),
    pytest.param("on Tuesday, the 5th of May 2020", id="weekday-the-day-of-month"),
    pytest.param("0weekly the 1990s", id="frequency-adjective-inside-a-word"),
    pytest.param(
        "on Tuesday, the fifth of May 2020, and the first of April", id="spelled-day-of-month"
    ),
    pytest.param("from January to March, between July and August", id="month-spans"),
    pytest.param("in the first two months of the year, The last 3 months of 2019", id="month-runs"),
    pytest.param(
        "3Q22, 1H23 and 2Q; the 2023-24 fiscal year, 2022/23 financial year", id="compact-fiscal"
    ),
    pytest.param("in 2H 2024, 1H 2025 and the turn of the 20th century", id="spaced-halves"),
    pytest.param("Oct. 2-3, May 23 - 24, 2021, 5-6 June 2019 and 1 – 2 July", id="day-ranges"),
    pytest.param(
        "between 3 and 4 March, between 12 and 14 May 2019, from 9 to 12 July",
        id="between-and-from-day-ranges",
    ),
    pytest.param("in mid-March, early May 2019 and late\nJune", id="parts-of-months"),
    pytest.param("since last Monday, by next Sept. and last Dec", id="shifted-names"),
    pytest.param("Thu, Mar 14, Thu 14 Mar, Tue. 12 March 2019, Sat, May 4, 2019", id="short-wd"),
    pytest.param("the mid-1990s, the late '90s, mid-'80s and the 00s", id="decades"),
    pytest.param("the second half of the 1990s, the latter half of the '80s", id="decade-halves"),
    pytest.param(
        "the end of the 2010s, the start of the 1990s, the close of the 19th century",
        id="decade-century-edges",
    ),
    pytest.param("the second half of the decade, the first half of this century", id="halves-of"),
    pytest.param("the first half of the century, the second half of the year", id="halves-of-2"),
    pytest.param("the early 21st century, the 19th-century", id="centuries"),
    pytest.param("the third quarter of 2020, Q4 last year, the 2nd half of 2019", id="quarters"),
    pytest.param("H1 2020, the first half of next year", id="halves"),
    pytest.param("last spring, winter of 2019, mid-2019, late last year", id="seasons-and-mods"),
    pytest.param("at the end of the year, the start of May 2020, close of 2019", id="edges"),
    pytest.param("fiscal year 2020, FY2020/21, yesterday, tomorrow and today", id="fiscal-days"),
    pytest.param("a couple of years ago, 2.5 years earlier, half a day later", id="ago"),
    pytest.param("over the past 18 months, in the first two weeks of", id="past-durations"),
    pytest.param("a 10-day trip, 2.5 decades, five-year plan", id="durations"),
    pytest.param("every two years, each month, biannually and yearly", id="sets"),
    pytest.param("every Tuesday, 3pm, 10 a.m., 11.30am, 9:30\u00a0PM, 15:30", id="clocks"),
    pytest.param("published daily, paid twice weekly, updated monthly, quarterly", id="adverbs"),
    pytest.param("every other week, every 15 minutes, each\nspring, every few years", id="sets-2"),
    pytest.param("every Tuesday\nand Thursday, on Saturdays or Sundays", id="weekday-sets"),
    pytest.param("0900 GMT, 09.00 BST, 1430hrs, nine o’clock, 12 noon, midnight", id="clocks-2"),
    pytest.param("2020-05-01, 5/6/2020, 12.05.20, 5-Jan-2020", id="numeric-days"),
    pytest.param("CURRENTLY, At The Moment, pre\u017fently, to date", id="present-any-case"),
    pytest.param(
        "caf\u00e9 in\u00a0May, \u00e9the past 3\u00a0years, \u00e92020-05-01, \u201cto date\u201d",
        id="non-ascii-around-leads",
    ),
    pytest.param(
        "Monday's 10-day holiday, nearly early 2020, windfall in late spring, headquarters,"
        " a\u00a0few\u00a0days ago, two\u2009years, 5\u00a0quarters, caf\u00e9-mid 2019",
        id="leads-at-word-starts",
    ),
]


@cache
def _everywhere(pattern: str) -> re.Pattern[str]:
    """Matches (empty) at every position where ``pattern`` matches."""
    return re.compile(f"(?=(?:{pattern}))")


def _missed_by_leads(text: str) -> list[tuple[str, str]]:
    """(rule, text from there) for each position where a rule matches but is not tried."""
    text_scan = scan._Scan(text)
    missed = []
    for rule, pattern in grammar._compiled().items():
        tried = scan._candidates(rule, text_scan)
        if tried is not None:
            found = (m.start() for m in _everywhere(pattern.pattern).finditer(text))
            missed += [(rule, text[at : at + 30]) for at in found if at not in set(tried)]
    return missed


def _tried_as_finditer(text: str) -> None:
    """``scan._finditer`` (candidates, first characters, repeats skipped) yields what
    ``finditer`` over the whole text does."""
    text_scan = scan._Scan(text)
    for rule, pattern in grammar._compiled().items():
        found = [m.span() for m in scan._finditer(rule, pattern, text_scan)]
        assert found == [m.span() for m in pattern.finditer(text)], rule


@pytest.mark.parametrize("text", LEAD_CASES)
def test_dates_tried_matches_as_finditer(text: str) -> None:
    _tried_as_finditer(text)


@SETTINGS
@given(text=TEXTS)
def test_dates_property_tried_matches_as_finditer(text: str) -> None:
    _tried_as_finditer(text)


def test_dates_every_rule_has_leads() -> None:
    assert set(scan._LEADS) == set(grammar._compiled()) - {"present"}


def test_dates_every_rule_has_one_normalizer() -> None:
    """Each kind's module maps its rules to normalizers; a month span yields months, a day
    range two days."""
    handled = [*days.HANDLERS, *periods.HANDLERS, *durations.HANDLERS, *clock.HANDLERS]
    assert len(handled) == len(set(handled))
    # rules whose matches are expressions of other rules ("the year-ago quarter": an "ago";
    # "month-long": a duration)
    others = {"phrases", "bare_month", "long_unit", "deep_time"}
    spans = {"month_span", "month_list", *others, *grammar._DAY_PAIRS, *grammar._DAY_RANGES}
    only_made = {"month_less_day", "overnight", "this_day_in"}  # made by "phrases", "relative_day"
    assert (set(normalize._HANDLERS) - only_made) | spans == set(grammar._compiled())


@pytest.mark.parametrize("text", LEAD_CASES)
def test_dates_leads_find_every_match(text: str) -> None:
    assert _missed_by_leads(text) == []


@SETTINGS
@given(text=TEXTS)
def test_dates_property_leads_find_every_match(text: str) -> None:
    assert _missed_by_leads(text) == []


# A lead led by no literal is first tested for the literals each of its hits holds, and one
# led by lookarounds alone is tried only where its literal stands (``scan._gated_hits``): the
# hits stay those of a search at every position.
_AGO = r"\d\d\d\s+years\s+ago\b"
_DEEP = r"(?:illion|thousand)s?\s+(?:of\s+)?years\b"
_HALF = rb"[ -]and[ -]a[ -]half[ -]"
GATED_HITS = [
    pytest.param(_AGO, "It formed 300 years ago, not 20 years ago", id="years-ago"),
    pytest.param(_AGO, "300 years later, long ago", id="years-ago-apart"),
    pytest.param(_AGO, "300 years", id="years-no-ago"),
    pytest.param(_DEEP, "4 million years", id="deep-time"),
    pytest.param(_DEEP, "millions of yearsly", id="deep-no-boundary"),
    pytest.param(_HALF, b"three and a half years, four-and-a-half-", id="half"),
    pytest.param(_HALF, b"half and a quarter", id="half-near-miss"),
    pytest.param(
        rb"(?<=\d[ -])second(?<!\w(?<=\d[ -])second)",
        b"a 30-second clip, 5 seconds, second half, 9 secondsecond",
        id="second-after-digits",
    ),
    pytest.param(rb"(?<=\d[ -])second(?<!\w(?<=\d[ -])second)", b"the second", id="ordinal"),
    pytest.param(r"year(?<!\wyear)", "a year, yearly", id="literal-led-not-gated"),
    pytest.param(r"(?i:x)years", "X years, xyears", id="scoped-flag"),
    pytest.param(r"(?i)\d+ years", "5 YEARS", id="case-insensitive-not-gated"),
]


@pytest.mark.parametrize(("pattern", "text"), GATED_HITS)
def test_dates_gated_hits_as_every_hit(pattern: str | bytes, text: str | bytes) -> None:
    regex = re.compile(pattern)
    assert scan._gated_hits(regex, text) == scan._every_hit(regex, text)


def test_dates_literal_runs() -> None:
    assert scan._literal_runs(r"\d\d\d\s+years\s+ago\b") == (("years", "ago"), False)
    assert scan._literal_runs(rb"(?<=\d[ -])second(?<!\wsecond)") == ((b"second",), True)
    assert scan._literal_runs(r"year(?<!\wyear)") == ((), False)  # a search skips to "y"
    assert scan._literal_runs(r"\.\d\d?[/.]\d\d") == ((), False)  # led by a literal "."
    assert scan._literal_runs(r"(?i)\d+ years") == ((), False)
    assert scan._literal_runs(r"[ -]of[ -]") == ((), False)  # runs under three: no gate


def test_dates_present_words_are_ascii() -> None:
    """The leads of the present-time words look in ``scan.folded`` text, which keeps only
    ASCII letters (``test_dates_fast_paths`` holds the rest of that argument)."""
    assert all(word.isascii() for word in lexicons.calendar().present)


@pytest.mark.parametrize(
    "anchor",
    [
        dt.date(2020, 5, 23),
        dt.date(2020, 2, 29),
        dt.date(2021, 2, 28),
        dt.date(2021, 3, 1),
        dt.date(1904, 1, 1),
        dt.date(2100, 12, 31),
    ],
    ids=str,
)
def test_dates_yearless_day_as_dateparser_reads_it(anchor: dt.date) -> None:
    """``_nearest_day`` replaced a call to dateparser; both read "23 May" alike, except that
    a future reading of the anchor's own day is that day (dateparser: next year's)."""
    import dateparser

    for future in (False, True):
        settings = {
            "PREFER_DATES_FROM": "future" if future else "past",
            "RELATIVE_BASE": dt.datetime(anchor.year, anchor.month, anchor.day),
            "REQUIRE_PARTS": ["day", "month"],
        }
        for month in range(1, 13):
            for day in (1, anchor.day, 28, 29, 30, 31):
                text = f"{day} {dt.date(2000, month, 1):%B}"
                parsed = dateparser.parse(text, languages=["en"], settings=settings)
                expected = parsed.date() if parsed else None
                if future and (month, day) == (anchor.month, anchor.day):
                    expected = anchor
                assert _nearest_day(day, month, anchor, future) == expected, (text, future)


def test_dates_case_count() -> None:
    """The tables keep at least 210 cases (a guard against a table silently emptied)."""
    tables = [
        ABSOLUTE_CASES,
        RELATIVE_CASES,
        FIELD_CASES,
        EXTENT_CASES,
        RANGE_CASES,
        DURATION_CASES,
        SET_CASES,
        UNANCHORED_CASES,
        NOT_DATE_CASES,
        NOT_DURATION_CASES,
        NO_DATE_CASES,
        MIXED_TEXTS,
        SEED_CASES,
    ]
    assert sum(len(t) for t in tables) >= 210
    ids = [p.id for t in tables for p in t]
    assert all(isinstance(i, str) and re.fullmatch(r"[a-z0-9-]+", i) for i in ids)


SENTENCE_OPENER_CASES = [
    pytest.param("Last year, sales fell.", [("Last year", "2019")], id="last-year"),
    pytest.param("In June, the firm opened.", [("June", "2019-06")], id="in-month"),
    pytest.param("Next week, talks resume.", [("Next week", "2020-W11")], id="next-week"),
    pytest.param("Two years ago, it failed.", [("Two years ago", "2018")], id="spelled-ago"),
    pytest.param("A year ago, it failed.", [("A year ago", "2019")], id="a-year-ago"),
    pytest.param("Fifteen years ago, it failed.", [("Fifteen years ago", "2005")], id="fifteen"),
    pytest.param(
        "Twenty-five years ago, it failed.",
        [("Twenty-five years ago", "1995")],
        id="tens-compound-opening",
    ),
    pytest.param("Many years ago, it failed.", [("Many years ago", "PAST_REF")], id="many"),
    pytest.param("Twenty people died.", [], id="count-of-people"),
    pytest.param("Yesterday, shares fell.", [("Yesterday", "2020-03-02")], id="yesterday"),
    pytest.param(
        "From January to March 2020, sales fell.",
        [("From January to March 2020", "2020-01/2020-03")],
        id="from-to-range",
    ),
    pytest.param('"Last year was hard," he said.', [("Last year", "2019")], id="after-quote"),
    pytest.param("Theresa May said so. It rained.", [], id="name-before-may-stays-a-name"),
    pytest.param("Last week. Last year.", [("Last week", "2020-W09"), ("Last year", "2019")]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_OPENER_CASES)
def test_dates_found_at_a_sentence_start(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = extractor.extract(text, published="2020-03-03").dates
    assert [(d.text, d.timex) for d in dates] == expected


OPENER_TEXTS = st.lists(
    st.sampled_from(
        ["Last", "In", "A", "May", "Theresa", "year", " ", "  ", "\n", '"', "“", "(", "."]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=OPENER_TEXTS, starts=st.lists(st.integers(min_value=0, max_value=40), max_size=6))
@example(text="  Last year", starts=[0, 1])  # two sentence starts before one word
def test_dates_sentence_openers_lowered_keeps_every_offset(text: str, starts: list[int]) -> None:
    lowered = grammar.sentence_openers_lowered(text, sorted(s for s in starts if s <= len(text)))
    assert len(lowered) == len(text)
    assert lowered.lower() == text.lower()
    assert lowered.count("M") == text.count("M") and lowered.count("T") == text.count("T")


DAY_RANGE_AND_PART_OF_MONTH_CASES = [
    pytest.param("The poll ran Oct. 2-3.", ("Oct. 2-3", "2019-10-02/2019-10-03", None), id="md-d"),
    pytest.param(
        "The poll ran March 5-8, 2020.",
        ("March 5-8, 2020", "2020-03-05/2020-03-08", None),
        id="md-d-year",
    ),
    pytest.param(
        "It happened on 5-6 June 2019.",
        ("5-6 June 2019", "2019-06-05/2019-06-06", None),
        id="d-dm-year",
    ),
    pytest.param(
        "Talks were held between 12 and 14 May 2019.",
        ("12 and 14 May 2019", "2019-05-12/2019-05-14", None),
        id="between-d-and-dm-year",
    ),
    pytest.param(
        "The festival ran between 3 and 4 March.",
        ("3 and 4 March", "2020-03-03/2020-03-04", None),
        id="between-d-and-dm",
    ),
    pytest.param(
        "The tournament ran from 9 to 12 July 2019.",
        ("9 to 12 July 2019", "2019-07-09/2019-07-12", None),
        id="from-d-to-dm-year",
    ),
    pytest.param(
        "The summit runs from Monday to Wednesday.",
        ("from Monday to Wednesday", "2020-03-09/2020-03-11", None),
        id="weekday-range-runs-forward",
    ),
    pytest.param("Prices rose in mid-March.", ("mid-March", "2020-03", "MID"), id="mid-month"),
    pytest.param("It rained in late June 2019.", ("late June 2019", "2019-06", "END"), id="late"),
    pytest.param("Prices will rise in early May.", ("early May", "2020-05", "START"), id="early"),
    # a span of two parts ("mid-to-late June", "early to mid-2023") is one date, the later's mod
    pytest.param(
        "Flooding is expected in mid-to-late June.",
        ("mid-to-late June", "2020-06", "END"),
        id="mid-to-late-month",
    ),
    pytest.param(
        "The vote is expected in early- to mid-June.",
        ("early- to mid-June", "2020-06", "MID"),
        id="early-to-mid-month",
    ),
    pytest.param(
        "Prices peaked in early to mid-2019.",
        ("early to mid-2019", "2019", "MID"),
        id="to-mid-year",
    ),
    # hyphenated "end-" and "start-" as "the end of June"
    pytest.param("Debt fell by end-June.", ("end-June", "2019-06", "END"), id="end-month"),
    pytest.param(
        "Rates were cut at end-March 2019.", ("end-March 2019", "2019-03", "END"), id="end-my"
    ),
    pytest.param("Debt will peak at end-2024.", ("end-2024", "2024", "END"), id="end-year"),
    pytest.param("Work begins at start-2021.", ("start-2021", "2021", "START"), id="start-year"),
    pytest.param("The cut is due by end-April.", ("end-April", "2020-04", "END"), id="end-ahead"),
]


@pytest.mark.parametrize(("text", "expected"), DAY_RANGE_AND_PART_OF_MONTH_CASES)
def test_dates_day_ranges_and_parts_of_months(
    extractor: Extractor, text: str, expected: tuple[str, str, str | None]
) -> None:
    (date,) = extractor.extract(text, published="2020-03-10").dates
    assert (date.text, date.timex, date.mod) == expected
    if date.type == "range":
        assert date.range_start is not None and date.range_end is not None
        assert text[date.range_end.start_char : date.range_end.end_char] == date.range_end.text


def test_dates_day_range_end_is_its_day_alone(extractor: Extractor) -> None:
    (date,) = extractor.extract("The poll ran Oct. 2-3.", published="2020-03-10").dates
    assert date.range_start is not None and date.range_end is not None
    assert (date.range_start.text, date.range_end.text) == ("Oct. 2", "3")
    assert date.range_end.timex == "2019-10-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Three quarters of the staff left.", [], id="quarters-of-a-noun"),
        pytest.param("It rose three-quarters of a point.", [], id="hyphenated-quarters"),
        pytest.param("Profit rose for two quarters.", [("two quarters", "P6M")], id="duration"),
    ],
)
def test_dates_quarters_as_fractions_are_no_durations(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = extractor.extract(text, published="2020-01-01").dates
    assert [(d.text, d.timex) for d in dates] == expected


COORDINATED_CASES = [
    # Coordinated dates share the year written once after the last (published 2020-05-23).
    pytest.param(
        "The works will run in July and August next year.",
        [("July", "2021-07"), ("August next year", "2021-08")],
        id="months-next-year",
    ),
    pytest.param(
        "Prices fell in January and February last year.",
        [("January", "2019-01"), ("February last year", "2019-02")],
        id="months-last-year",
    ),
    pytest.param(
        "The vote will be held in May or June 2021.",
        [("May", "2021-05"), ("June 2021", "2021-06")],
        id="months-or-year",
    ),
    pytest.param(
        "The talks were held on March 3 and 4, 2019.",
        [("March 3", "2019-03-03"), ("4, 2019", "2019-03-04")],
        id="days-and-year",
    ),
    pytest.param(
        "The talks will resume on March 3 and 4 next year.",
        [("March 3", "2021-03-03"), ("4 next year", "2021-03-04")],
        id="days-next-year",
    ),
    pytest.param(
        "The talks were held on March 3 and 4.",
        [("March 3", "2020-03-03"), ("4", "2020-03-04")],
        id="days-without-year",
    ),
    pytest.param(
        "Meetings on March 3 and June 5, 2019 were tense.",
        [("March 3", "2019-03-03"), ("June 5, 2019", "2019-06-05")],
        id="days-of-two-months",
    ),
    pytest.param(
        "The talks were held on 3 and 4 March 2019.",
        [("3", "2019-03-03"), ("4 March 2019", "2019-03-04")],
        id="days-before-month-and-year",
    ),
    pytest.param(
        "The summit will be held on 3 and 4 June next year.",
        [("3", "2021-06-03"), ("4 June next year", "2021-06-04")],
        id="days-before-month-next-year",
    ),
    pytest.param(
        "Sales rose in May, June and July 2019.",
        [("May", "2019-05"), ("June", "2019-06"), ("July 2019", "2019-07")],
        id="list-of-months",
    ),
    pytest.param(
        "Sales rose in January, February, and March last year.",
        [("January", "2019-01"), ("February", "2019-02"), ("March last year", "2019-03")],
        id="list-of-months-last-year",
    ),
    pytest.param(
        "Theresa May, June Whitfield and others attended.", [], id="list-of-names-is-no-list"
    ),
    pytest.param(
        "Construction will take place between March and May next year.",
        [("between March and May next year", "2021-03/2021-05")],
        id="range-unchanged",
    ),
    # A range set off by a comma right after a year or a season restates its days: the
    # reading within it ("this summer, from June 1 through Aug. 31" in May is this summer's)
    pytest.param(
        "Airlines forecast that carriers would fly a record 271 million passengers this summer,"
        " from June 1 through Aug. 31.",
        [("this summer", "2020-SU"), ("from June 1 through Aug. 31", "2020-06-01/2020-08-31")],
        id="range-restates-this-summer",
    ),
    pytest.param(
        "Sales rose in 2017, from March to May.",
        [("2017", "2017"), ("from March to May", "2017-03/2017-05")],
        id="range-restates-a-year",
    ),
    pytest.param(
        "Sales will rise next year, from March to May.",
        [("next year", "2021"), ("from March to May", "2021-03/2021-05")],
        id="range-restates-next-year",
    ),
    pytest.param(
        "Snow fell last winter, from December to February.",
        [("last winter", "2019-WI"), ("from December to February", "2019-12/2020-02")],
        id="range-restates-last-winter",
    ),
    # A bare "to" joins days and months ("conducted Sept. 24 to Oct. 2"), not when a date is
    # moved, and not years, weekdays or a date before an amount.
    pytest.param(
        "The poll was conducted Sept. 24 to Oct. 2; the festival runs March to May.",
        [("Sept. 24 to Oct. 2", "2019-09-24/2019-10-02"), ("March to May", "2020-03/2020-05")],
        id="bare-to-range",
    ),
    pytest.param(
        "The show runs 3 June to 5 July 2021.",
        [("3 June to 5 July 2021", "2021-06-03/2021-07-05")],
        id="bare-to-range-day-month",
    ),
    # ... and days of one month: "conducted March 1 to 5", "runs July 4 through 7", the second
    # day later, not before a count's noun, not moved
    pytest.param(
        "The poll was conducted March 1 to 5.",
        [("March 1 to 5", "2020-03-01/2020-03-05")],
        id="bare-to-day-range",
    ),
    pytest.param(
        "The fair runs July 4 through 7 in the park.",
        [("July 4 through 7", "2020-07-04/2020-07-07")],
        id="bare-through-day-range",
    ),
    pytest.param(
        "The survey was conducted Jan. 10 to 14, 2019, among 1,200 adults.",
        [("Jan. 10 to 14, 2019", "2019-01-10/2019-01-14")],
        id="bare-to-day-range-year",
    ),
    # ... across the closing comma of a first day's year
    pytest.param(
        "He was in office from Jan. 20, 2017, to Jan. 20, 2021.",
        [("from Jan. 20, 2017, to Jan. 20, 2021", "2017-01-20/2021-01-20")],
        id="comma-after-year-to",
    ),
    pytest.param(
        "Voting runs Monday, June 1, through Friday, June 5.",
        [("Monday, June 1, through Friday, June 5", "2020-06-01/2020-06-05")],
        id="comma-after-weekday-date-through",
    ),
    pytest.param(
        "The meeting was moved from Monday, June 1, to Friday, June 5.",
        [("Monday, June 1", "2020-06-01"), ("Friday, June 5", "2020-06-05")],
        id="comma-after-weekday-date-moved",
    ),
    pytest.param(
        "Prices rose between March 3, 2018, and June 5, 2019.",
        [("between March 3, 2018, and June 5, 2019", "2018-03-03/2019-06-05")],
        id="comma-after-year-between",
    ),
    pytest.param(
        "He visited on Jan. 20, 2017, and Jan. 20, 2019; it began Jan. 1, 2020, to dismay.",
        [
            ("Jan. 20, 2017", "2017-01-20"),
            ("Jan. 20, 2019", "2019-01-20"),
            ("Jan. 1, 2020", "2020-01-01"),
        ],
        id="comma-after-year-no-range",
    ),
    pytest.param(
        "The meeting is June 20th to 23rd.",
        [("June 20th to 23rd", "2020-06-20/2020-06-23")],
        id="bare-to-ordinal-days",
    ),
    pytest.param(
        "The hearing was moved March 1 to 5.", [("March 1", "2020-03-01")], id="bare-to-days-moved"
    ),
    pytest.param(
        "On March 3 to 4 inches of rain fell; about May 1 to 5 people died.",
        [("March 3", "2020-03-03"), ("May 1", "2020-05-01")],
        id="bare-to-day-count",
    ),
    pytest.param(
        "He was sentenced on March 1 to 5 years; the office is open June 5 to 17:00.",
        [
            ("March 1", "2020-03-01"),
            ("5 years", "P5Y"),
            ("June 5", "2020-06-05"),  # "is open June 5": a schedule, ahead
            ("17:00", "2020-06-05T17:00"),
        ],
        id="bare-to-day-then-duration-or-time",
    ),
    pytest.param(
        "The council voted on June 5 to 4 to approve it.",
        [("June 5", "2019-06-05")],
        id="bare-to-day-tally",
    ),
    pytest.param(
        "The board will move the hearing June 24 to July 2.",
        [("June 24", "2020-06-24"), ("July 2", "2020-07-02")],
        id="bare-to-moved-date",
    ),
    pytest.param(
        "The index fell from early May to 4,000 points.",
        [("early May", "2020-05")],
        id="from-part-of-a-month-to-a-level",
    ),
    pytest.param(
        "The game was switched Saturday to Sunday.",
        [("Saturday", "2020-05-23"), ("Sunday", "2020-05-17")],
        id="bare-to-weekdays",
    ),
    # not coordinated: a count after the day, a shifted month, a preposition between
    pytest.param("On March 3 and 4 people died.", [("March 3", "2020-03-03")], id="day-count"),
    pytest.param(
        "Prices fell last May and June 2018.",
        [("last May", "2019-05"), ("June 2018", "2018-06")],
        id="shifted-month-keeps-its-year",
    ),
    pytest.param(
        "He resigned in January and in February 2018 he returned.",
        [("January", "2020-01"), ("February 2018", "2018-02")],
        id="second-preposition",
    ),
    pytest.param(
        "Sales fell in 2018 and in May rose again.",
        [("2018", "2018"), ("May", "2020-05")],
        id="year-before-month",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_CASES)
def test_dates_coordinated_share_a_year(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    article = _extract(extractor, text)
    assert [(d.text, d.timex) for d in article.dates] == expected


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(["January", "March", "May", "July", "October"]),
    st.sampled_from(["June", "August", "December"]),
    st.sampled_from([" and ", " or ", ", and "]),
    st.sampled_from(["2016", "last year", "next year"]),
)
def test_dates_property_coordinated_months_share_the_year(
    extractor: Extractor, first: str, second: str, joint: str, year: str
) -> None:
    """ "in {first}{joint}{second} {year}": both months fall in the year named once."""
    text = f"Prices changed in {first}{joint}{second} {year}."
    dates = _extract(extractor, text).dates
    assert [d.text for d in dates] == [first, f"{second} {year}"]
    assert dates[0].timex is not None and dates[1].timex is not None
    assert dates[0].timex[:4] == dates[1].timex[:4]


FALL_CASES = [
    # "fall" is the season after a preposition, "the", or "early/late/mid", and in "this
    # fall"; elsewhere it is a verb or a decline, and only its year is a date.
    pytest.param(
        "Sales are expected to fall this year.", [("this year", "2020")], id="verb-this-year"
    ),
    pytest.param("Prices could fall next year.", [("next year", "2021")], id="verb-next-year"),
    pytest.param("Exports will fall 2021, analysts said.", [("2021", "2021")], id="verb-year"),
    pytest.param("Home prices saw a fall this year.", [("this year", "2020")], id="decline"),
    pytest.param(
        "The school reopened in the fall of 2019.", [("fall of 2019", "2019-FA")], id="the-fall"
    ),
    pytest.param("The plant will open by fall 2021.", [("fall 2021", "2021-FA")], id="by-fall"),
    pytest.param(
        "The plant will open in early fall 2021.",
        [("early fall 2021", "2021-FA")],
        id="early-fall",
    ),
    pytest.param("Sales will fall this fall.", [("this fall", "2020-FA")], id="this-fall"),
    # a bare "the fall" is the season ahead, before a school's period, or opening a sentence;
    # in a past clause it may be a tumble, and is none before a decline's complement
    pytest.param(
        "The election will be held in the fall.", [("the fall", "2020-FA")], id="in-the-fall"
    ),
    pytest.param(
        "The company plans to cut jobs in the fall.", [("the fall", "2020-FA")], id="plans-fall"
    ),
    pytest.param(
        "Classes resume in the fall semester.", [("the fall", "2020-FA")], id="fall-semester"
    ),
    pytest.param(
        "In the fall, he moved to Boston.", [("the fall", "2019-FA")], id="opening-the-fall"
    ),
    pytest.param("He was injured in the fall and taken to hospital.", [], id="a-tumble"),
    pytest.param("He died in the fall.", [], id="died-in-the-fall"),
    pytest.param("Investors were hurt in the fall in prices.", [], id="fall-in-prices"),
    pytest.param("He played a role in the fall of the government.", [], id="fall-of"),
    pytest.param("Shares lost ground in the fall to 3%.", [], id="fall-to"),
]


@pytest.mark.parametrize(("text", "expected"), FALL_CASES)
def test_dates_fall_is_a_season_only_after_a_lead(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    article = _extract(extractor, text)
    assert [(d.text, d.timex) for d in article.dates] == expected


OUT_OF_CALENDAR_CASES = [
    # Text cut from "2020-2021" leaves a signed year: no year, and no crash (ValueError).
    pytest.param("-2021. The Bureau of Meteorology said so.", [], id="signed-year"),
    # An offset past year 1 has no calendar date: unresolved, not a crash.
    pytest.param(
        "Volunteers handed out 853 vouchers, up from 310 a 1000000 year earlier.",
        [("1000000 year earlier", "XXXX")],
        id="offset-before-year-one",
    ),
    pytest.param(
        "The town was founded 2,000 years ago.", [("2,000 years ago", "0024")], id="offset-small"
    ),
]


@pytest.mark.parametrize(("text", "expected"), OUT_OF_CALENDAR_CASES)
def test_dates_out_of_the_calendar(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    article = extractor.extract(text, published="2024-03-05")
    assert [(d.text, d.timex) for d in article.dates] == expected


_QUALIFIED_MODS = {
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "more than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "about": "APPROX",
    "around": "APPROX",
}


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cue=st.sampled_from(sorted(_QUALIFIED_MODS)),
    count=st.integers(min_value=2, max_value=99),
    unit=st.sampled_from(["years", "months", "weeks", "days", "hours", "minutes"]),
    lead=st.sampled_from(["The talks lasted ", "He spent ", "It took ", "Prices rose for "]),
)
def test_dates_property_qualified_duration(
    extractor: Extractor, cue: str, count: int, unit: str, lead: str
) -> None:
    """Any qualifier of the family before any counted unit of time is one duration that
    starts at the cue and carries the cue's mod."""
    text = f"{lead}{cue} {count} {unit}."
    (date,) = extractor.extract(text, published=PUBLISHED).dates
    assert (date.text, date.type, date.mod) == (
        f"{cue} {count} {unit}",
        "duration",
        _QUALIFIED_MODS[cue],
    )


@given(
    anchor=st.dates(dt.date(1900, 1, 1), dt.date(2090, 12, 31)),
    two=st.integers(0, 99),
    of_a_class=st.booleans(),
)
def test_property_short_year_is_the_last_of_its_name(
    anchor: dt.date, two: int, of_a_class: bool
) -> None:
    """ "'08" is the last year ending in 08 by the publication year (a class's up to four
    years ahead): its last two digits, within the hundred years up to that bound."""
    groups = (("sy", f"{two:02d}"), *((("cls", "'"),) if of_a_class else ()))
    value = periods._short_year(grammar.Expression(0, 3, "short_year", groups), anchor, None)
    assert value.timex is not None and value.year_inferred
    year, bound = int(value.timex), anchor.year + (4 if of_a_class else 0)
    assert year % 100 == two and bound - 100 < year <= bound


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    anchor=st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
    end=st.sampled_from(["March 31", "June 30", "Sept. 30", "Dec. 31", "30 June"]),
    verb=st.sampled_from(["rose", "will rise"]),
)
def test_property_the_quarter_ended_a_day_ends_on_that_day(
    extractor: Extractor, anchor: dt.date, end: str, verb: str
) -> None:
    """ "the quarter ended Sept. 30" is the calendar quarter whose last day is the one its
    day fact names, in either tense."""
    text = f"Revenue for the quarter ended {end} {verb} 5%."
    quarter, day = extractor.extract(text, published=anchor.isoformat()).dates
    assert quarter.text == "the quarter" and quarter.granularity == "quarter"
    assert quarter.end_date is not None and quarter.end_date == day.start_date


# a day of a month spelled as a one-word ordinal after "the", as "the 1st of April" is; not
# before a possessive ("the first of May's reforms": Theresa May's) nor capitalized ("The
# Fourth of July", a holiday's name)
SPELLED_DAY_CASES = [
    pytest.param(
        "Ticket sales open on the first of April.",
        [("the first of April", "2025-04-01")],
        id="the-first-of-april",
    ),
    pytest.param(
        "It happened on Monday, the second of September 2019.",
        [("Monday, the second of September 2019", "2019-09-02")],
        id="weekday-and-spelled-day-with-year",
    ),
    pytest.param(
        "The rally is planned for the fifteenth of June.",
        [("the fifteenth of June", "2024-06-15")],
        id="the-fifteenth-of-june",
    ),
    pytest.param("The first of the candidates spoke.", [], id="first-of-no-month"),
    pytest.param("The thirtieth of February never comes.", [], id="no-such-day"),
    # a compound ordinal, found at its hyphen
    pytest.param(
        "The ceremony took place on the twenty-first of May.",
        [("the twenty-first of May", "2023-05-21")],
        id="the-twenty-first-of-may",
    ),
    pytest.param(
        "He was born on the twenty-ninth of February, 1988.",
        [("the twenty-ninth of February, 1988", "1988-02-29")],
        id="the-twenty-ninth-with-year",
    ),
    pytest.param(
        "The vote is on the thirty-first of January.",
        [("the thirty-first of January", "2025-01-31")],
        id="the-thirty-first",
    ),
    pytest.param("The thirty-first of June never comes.", [], id="no-such-compound-day"),
    pytest.param(
        "She finished twenty-first of 40 runners in May.", [("May", "2024-05")], id="no-the"
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPELLED_DAY_CASES)
def test_dates_spelled_day_of_a_month(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, "2024-05-15").dates
    assert [(d.text, d.timex) for d in dates] == expected


NTH_WEEKDAY_CASES = [
    # one day of a month, in the year written or the one a bare month would take
    pytest.param(
        "The meeting is on the first Monday of June.",
        [("the first Monday of June", "2024-06-03")],
        id="first-monday-ahead",
    ),
    pytest.param(
        "The vote will take place on the last Friday of May.",
        [("the last Friday of May", "2024-05-31")],
        id="last-friday",
    ),
    pytest.param(
        "It happened on the last Sunday of March 2019.",
        [("the last Sunday of March 2019", "2019-03-31")],
        id="with-a-year",
    ),
    pytest.param(
        "The parade is held on the second Sunday in June.",
        [("the second Sunday in June", "2024-06-09")],
        id="in-the-month",
    ),
    # a month with no such day gives nothing, never a day of the next month
    pytest.param("It fell on the fifth Monday of February 2023.", [], id="no-such-day"),
    # "of every (each) month": a monthly set, no one day
    pytest.param(
        "The council meets on the first Monday of every month.",
        [("the first Monday of every month", "P1M")],
        id="of-every-month",
    ),
    pytest.param(
        "Meetings are held on the last Friday of each month.",
        [("the last Friday of each month", "P1M")],
        id="of-each-month",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NTH_WEEKDAY_CASES)
def test_dates_nth_weekday_of_a_month(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, "2024-05-15").dates
    assert [(d.text, d.timex) for d in dates] == expected


@given(
    year=st.integers(1990, 2040),
    month=st.integers(1, 12),
    weekday=st.integers(0, 6),
    nth=st.sampled_from(["first", "second", "third", "fourth", "last"]),
)
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_dates_property_nth_weekday_is_that_weekday_of_that_month(
    extractor: Extractor, year: int, month: int, weekday: int, nth: str
) -> None:
    """ "the {nth} {weekday} of {month} {year}" is a day of that month, on that weekday, with
    as many of them before it (or, for "last", none after it) as the ordinal says."""
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    month_name = dt.date(2000, month, 1).strftime("%B")
    text = f"It was held on the {nth} {names[weekday]} of {month_name} {year}."
    (fact,) = _extract(extractor, text, "2024-05-15").dates
    day = dt.date.fromisoformat(fact.timex or "")
    assert (day.year, day.month, day.weekday()) == (year, month, weekday)
    if nth == "last":
        assert (day + dt.timedelta(days=7)).month != month
    else:
        assert (day.day - 1) // 7 == ["first", "second", "third", "fourth"].index(nth)


def test_dates_clock_range_on_a_day_drops_the_days_mod(extractor: Extractor) -> None:
    """ "late Wednesday" is the END of its day; a range of clock times on that day is no END."""
    article = _extract(
        extractor, "It hit late Wednesday. Sirens sounded from 10 p.m. to 11 p.m.", "2024-03-22"
    )
    assert [(d.text, d.timex, d.mod) for d in article.dates] == [
        ("late Wednesday", "2024-03-20", "END"),
        ("from 10 p.m. to 11 p.m.", "2024-03-20T22:00/2024-03-20T23:00", None),
    ]


# "Friday the 13th", "Tuesday the 18th": the day so numbered that falls on that weekday, the
# latest (ahead, the next) one; a month after it is the day-month rule's.
WEEKDAY_MONTH_DAY_CASES = [
    ("The Dow fell 190 points on Friday the 13th.", "1989-10-26", "Friday the 13th", "1989-10-13"),
    ("The Dow fell 190 points on Friday the 13th.", "2024-06-12", "Friday the 13th", "2023-10-13"),
    ("The hearing is on Tuesday the 18th.", "2024-06-12", "Tuesday the 18th", "2024-06-18"),
    ("The vote was held on Sunday the 2nd.", "2024-06-12", "Sunday the 2nd", "2024-06-02"),
    ("It opens Tuesday the 18th of June.", "2024-06-12", "Tuesday the 18th of June", "2024-06-18"),
    ("The vote was held on Sunday the 2nd.", None, "Sunday the 2nd", "XXXX-XX-02"),
]


@pytest.mark.parametrize(("text", "published", "fragment", "timex"), WEEKDAY_MONTH_DAY_CASES)
def test_dates_weekday_of_a_numbered_day(
    extractor: Extractor, text: str, published: str | None, fragment: str, timex: str
) -> None:
    dates = _extract(extractor, text, published).dates
    assert [(d.text, d.timex) for d in dates] == [(fragment, timex)]


@given(anchor=st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), dom=st.integers(1, 31))
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_dates_property_weekday_of_a_numbered_day_is_the_latest(
    extractor: Extractor, anchor: dt.date, dom: int
) -> None:
    """ "Friday the {dom}th" in a past clause falls on a Friday numbered {dom}, on or before
    the publication date, with no such Friday between."""
    suffix = "th" if 11 <= dom <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dom % 10, "th")
    text = f"It happened on Friday the {dom}{suffix}."
    (fact,) = _extract(extractor, text, anchor.isoformat()).dates
    day = dt.date.fromisoformat(fact.timex or "")
    assert (day.weekday(), day.day) == (4, dom) and day <= anchor
    between = (day + dt.timedelta(days=n) for n in range(1, (anchor - day).days + 1))
    assert not any(d.weekday() == 4 and d.day == dom for d in between)


# "a week from Friday", "two weeks from today": that many days after the day, ahead; not a
# distance from an event ("two weeks from Friday's low") nor with no count ("several days").
COUNTED_FROM_A_DAY_CASES = [
    ("The vote will be held a week from Friday.", [("a week from Friday", "2024-06-21")]),
    ("The vote is a week from Friday.", [("a week from Friday", "2024-06-21")]),
    ("It will be held two weeks from today.", [("two weeks from today", "2024-06-26")]),
    ("It will be held a week from tomorrow.", [("a week from tomorrow", "2024-06-20")]),
    ("The deal closes three days from Monday.", [("three days from Monday", "2024-06-20")]),
    ("Prices rose two weeks from Friday's low.", [("two weeks", "P2W"), ("Friday", "2024-06-07")]),
    ("He stayed several days from Friday.", [("several days", "PXD"), ("Friday", "2024-06-07")]),
    # a stretch that starts on the day: the duration and the day stay apart
    ("Schools will shut for a week from Friday.", [("a week", "P1W"), ("Friday", "2024-06-14")]),
    ("It closes for two weeks from Monday.", [("two weeks", "P2W"), ("Monday", "2024-06-17")]),
    # ... and so is a British week on a bare weekday ("Friday week", "a week on Friday"); not
    # a set, a stretch, a week named after the weekday, a time since
    ("The vote will be held on Friday week.", [("Friday week", "2024-06-21")]),
    ("MPs return on Monday week, when they vote.", [("Monday week", "2024-06-24")]),
    ("The vote will be held a week on Friday.", [("a week on Friday", "2024-06-21")]),
    ("He works once a week on Friday.", [("once a week", "P1W"), ("Friday", "XXXX-WXX-5")]),
    ("They will strike for a week on Monday.", [("a week", "P1W"), ("Monday", "2024-06-17")]),
    ("On Monday week 1 of the trial began.", [("Monday", "2024-06-10")]),
    ("Talks will resume on Friday week's agenda.", [("Friday", "2024-06-14")]),
    ("It is a week on Friday since he died.", [("Friday", "2024-06-07")]),
    # ... and a fortnight is two weeks in each of these shapes
    ("It opens a fortnight from Monday.", [("a fortnight from Monday", "2024-07-01")]),
    ("It opens a fortnight from today.", [("a fortnight from today", "2024-06-26")]),
    ("The vote will be held a fortnight on Friday.", [("a fortnight on Friday", "2024-06-28")]),
    ("MPs return on Tuesday fortnight.", [("Tuesday fortnight", "2024-07-02")]),
    (
        "Shops will shut for a fortnight from Monday.",
        [("a fortnight", "P2W"), ("Monday", "2024-06-17")],
    ),
    (
        "He works once a fortnight on Friday.",
        [("once a fortnight", "P2W"), ("Friday", "XXXX-WXX-5")],
    ),
    ("It is a fortnight on Friday since he died.", [("Friday", "2024-06-07")]),
]


# A fortnight is read as "two weeks" is, whatever its shape: ago, later, a stretch back or
# ahead, a duration, a set, a "-long" duration; not a periodical's "fortnightly" before a name
FORTNIGHT_CASES = [
    ("Sales rose 4.9% from a fortnight ago.", [("a fortnight ago", "2024-W22")]),
    (
        "He quit on June 1, and a fortnight later the firm failed.",
        [("June 1", "2024-06-01"), ("a fortnight later", "2024-W24")],
    ),
    ("Prices fell over the past fortnight.", [("the past fortnight", "P2W")]),
    ("Prices may fall in the coming fortnight.", [("the coming fortnight", "P2W")]),
    ("He stayed for a fortnight.", [("a fortnight", "P2W")]),
    ("The auction is held every fortnight.", [("every fortnight", "P2W")]),
    ("The board meets twice a fortnight.", [("twice a fortnight", "P2W")]),
    ("A fortnight-long strike ended.", [("fortnight-long", "P2W")]),
    ("Sales rose 4.9% from a fortnight earlier.", [("a fortnight earlier", "XXXX-WXX")]),
    ("The Fortnightly Review said so.", []),
]


@pytest.mark.parametrize(("text", "expected"), FORTNIGHT_CASES)
def test_dates_fortnight(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    dates = _extract(extractor, text, "2024-06-12").dates  # a Wednesday
    assert [(d.text, d.timex) for d in dates] == expected


@pytest.mark.parametrize(("text", "expected"), COUNTED_FROM_A_DAY_CASES)
def test_dates_counted_from_a_day(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, "2024-06-12").dates  # a Wednesday
    assert [(d.text, d.timex) for d in dates] == expected


def test_dates_counted_from_a_day_without_anchor(extractor: Extractor) -> None:
    (fact,) = _extract(extractor, "It is a week from Friday.", None).dates
    assert (fact.text, fact.timex, fact.resolved) == ("a week from Friday", "XXXX-XX-XX", False)


# A year-less month or day after "than in" ("on", "during") in a clause with no tense of its
# own is a comparison's base, a level already measured: the last one, not the nearest
# (in January, "less than in February" is last February); a clause that looks ahead keeps it.
COMPARED_BASE_CASES = [
    ("The holder is paying $564 a month less than in February.", [("February", "2016-02")]),
    (
        "Prices are now 5% higher than in February.",
        [("now", "PRESENT_REF"), ("February", "2016-02")],
    ),
    ("The store is busier than on May 3.", [("May 3", "2016-05-03")]),
    ("Prices were higher than in February.", [("February", "2016-02")]),
    # near misses: a look ahead, and no comparison
    (
        "Prices will be higher in March than in February.",
        [("March", "2017-03"), ("February", "2017-02")],
    ),
    (
        "Sales are expected to be higher in March than in February.",
        [("March", "2017-03"), ("February", "2017-02")],
    ),
    ("The festival is in February.", [("February", "2017-02")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_BASE_CASES)
def test_dates_compared_base(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, "2017-01-19").dates  # a Thursday
    assert [(d.text, d.timex) for d in dates] == expected


# A year said in a sentence frames its year-less months after it: a list of the year's
# months, or any month of a sentence the year opens; not past a report, a comparison, a
# clause of its own, a look ahead, or a month read ahead the year would put in the past.
FRAMED_MONTH_CASES = [
    ("In 2022, the wage rose in July.", [("2022", "2022"), ("July", "2022-07")]),
    (
        "The wage rose twice in 2022, in January and in July.",
        [("2022", "2022"), ("January", "2022-01"), ("July", "2022-07")],
    ),
    (
        "The wage rose twice last year, in January and in July.",
        [("last year", "2023"), ("January", "2023-01"), ("July", "2023-07")],
    ),
    (
        "It raised the wage twice this year, to 4,242 zlotys in January and to 4,300 in July.",
        [("this year", "2024"), ("January", "2024-01"), ("July", "2024-07")],
    ),
    (
        "Last year, the firm was founded in March and listed in July.",
        [("Last year", "2023"), ("March", "2023-03"), ("July", "2023-07")],
    ),
    (
        "Sales rose 5% in 2023, with the biggest gain in July.",
        [("2023", "2023"), ("July", "2023-07")],
    ),
    # near misses: the month keeps its own reading
    (
        "The company was founded in 2010 and went public in March.",
        [("2010", "2010"), ("March", "2024-03")],
    ),
    ("Profit fell in 2023, the company said in March.", [("2023", "2023"), ("March", "2024-03")]),
    (
        "JET, which began operating in 1983, was shut down in December.",
        [("1983", "1983"), ("December", "2023-12")],
    ),
    (
        "Inflation was 5% in 2022, down from a peak of 9% in October.",
        [("2022", "2022"), ("October", "2023-10")],
    ),
    ("Sales fell in 2023 and will rise in March.", [("2023", "2023"), ("March", "2025-03")]),
    (
        "The Fed will cut once this year, probably in January.",
        [("this year", "2024"), ("January", "2025-01")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAMED_MONTH_CASES)
def test_dates_months_framed_by_a_year(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, "2024-06-20").dates
    assert [(d.text, d.timex) for d in dates] == expected


# A bound before a date: "no earlier than" (ON_OR_AFTER), "no later than" (ON_OR_BEFORE);
# the cue stays out of the span, as "on or about" does.
BOUNDED_DATE_CASES = [
    ("It will launch no earlier than September 2026.", [("September 2026", "ON_OR_AFTER")]),
    ("It will launch not before March.", [("March", "ON_OR_AFTER")]),
    ("The plan is due no later than 2030.", [("2030", "ON_OR_BEFORE")]),
    ("Payment is due no later than Jan. 31.", [("Jan. 31", "ON_OR_BEFORE")]),
    ("It will launch in September 2026.", [("September 2026", None)]),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDED_DATE_CASES)
def test_dates_bounded(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    dates = _extract(extractor, text, "2024-01-09").dates
    assert [(d.text, d.mod) for d in dates] == expected


# Deep time is a duration however it is told: no calendar reaches back so far ("ago" is left
# out of the span); an age ("4.5 billion years old") is a quantity, a reachable "ago" a date.
DEEP_TIME_CASES = [
    ("Dinosaurs died out 66 million years ago.", [("66 million years", "P66000000Y", None)]),
    (
        "Its light traveled for more than 13.5 billion years.",
        [("more than 13.5 billion years", "P13500000000Y", "MORE_THAN")],
    ),
    (
        "The universe began about 13.8 billion years ago.",
        [("about 13.8 billion years", "P13800000000Y", "APPROX")],
    ),
    ("It formed over millions of years.", [("millions of years", "PXY", None)]),
    ("Humans left Africa 60,000 years ago.", [("60,000 years", "P60000Y", None)]),
    # near misses
    ("The Earth is 4.5 billion years old.", []),
    ("The tree was planted 100 years ago.", [("100 years ago", "1924", None)]),
    ("It fell 10,000 days ago.", [("10,000 days ago", "1997-01-13", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DEEP_TIME_CASES)
def test_dates_deep_time_is_a_duration(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    article = _extract(extractor, text, "2024-05-31")
    assert [(d.text, d.timex, d.mod) for d in article.dates] == expected
    # the count is the duration's, no quantity of its own
    assert not [q for q in article.quantities if q.unit != "year"]


# "the same quarter" repeats the period reported, not one it was only compared with.
SAME_PERIOD_REPORTED_CASES = [
    (
        "Sales rose 5% in the second quarter from the first quarter and 20% from the same "
        "quarter a year earlier.",
        [
            ("the second quarter", "2024-Q2"),
            ("the first quarter", "2024-Q1"),
            ("the same quarter a year earlier", "2023-Q2"),
        ],
    ),
    (
        "Sales rose 5% in May from April and 20% from the same month a year earlier.",
        [("May", "2024-05"), ("April", "2024-04"), ("the same month a year earlier", "2023-05")],
    ),
    (
        "They raised $2.5 billion in the April-June period, up 31% from the first quarter but "
        "below the $7.1 billion raised in the same quarter of 2022.",
        [
            ("April-June", "2024-04/2024-06"),
            ("the first quarter", "2024-Q1"),
            ("the same quarter of 2022", "2022-04/2022-06"),
        ],
    ),
    # "a year earlier" after a day of no figure: the period the figure is of
    (
        "Profit fell 14% in the first quarter, the company said on Monday, from a year earlier.",
        [("the first quarter", "2024-Q1"), ("Monday", "2024-07-08"), ("a year earlier", "2023-Q1")],
    ),
    (
        "First-quarter profit fell to $27 billion on Monday from $32 billion a year ago.",
        [("First-quarter", "2024-Q1"), ("Monday", "2024-07-08"), ("a year ago", "2023-Q1")],
    ),
    # ... and a second base's "a year earlier" after a first base's own period
    (
        "The vacancy rate rose to 34.5% in the second quarter, up from 33.9% in the first "
        "three months of the year and 31.6% a year earlier.",
        [
            ("the second quarter", "2024-Q2"),
            ("the first three months of the year", "2024-01/2024-03"),
            ("a year earlier", "2023-Q2"),
        ],
    ),
    (
        "The rate rose to 5% in June from 4% in May and 3% a year earlier.",
        [("June", "2024-06"), ("May", "2024-05"), ("a year earlier", "2023-06")],
    ),
    # ... also after "from (than) <month>" and a second size with its own "from" or "than"
    (
        "The price rose to $6.23 in June, up 10.4% from May and nearly 59% higher than a year "
        "earlier.",
        [("June", "2024-06"), ("May", "2024-05"), ("a year earlier", "2023-06")],
    ),
    (
        "The price hit a record $4.31 in June, up 13.2% from May and 46% from a year earlier.",
        [("June", "2024-06"), ("May", "2024-05"), ("a year earlier", "2023-06")],
    ),
    # near miss: the period right before is reported, not compared with
    (
        "Sales rose 5% in the first quarter, and 20% in the same quarter a year earlier.",
        [("the first quarter", "2024-Q1"), ("the same quarter a year earlier", "2023-Q1")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_PERIOD_REPORTED_CASES)
def test_dates_same_period_is_the_one_reported(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, "2024-07-08").dates
    assert [(d.text, d.timex) for d in dates] == expected


# "two weeks ago Monday", "a year ago Friday": that long before the last such weekday; not
# with a qualifier ("about two weeks ago" stays), a possessive or no count told.
COUNTED_AGO_CASES = [
    ("He was last seen two weeks ago Monday.", [("two weeks ago Monday", "2024-05-27")]),
    ("The vote was held a week ago Friday.", [("a week ago Friday", "2024-05-31")]),
    ("It was three days ago Sunday that he left.", [("three days ago Sunday", "2024-06-06")]),
    ("Two years ago Monday, the plant closed.", [("Two years ago Monday", "2022-06-10")]),
    (
        "He left two weeks ago. Monday, he returned.",
        [("two weeks ago", "2024-W22"), ("Monday", "2024-06-10")],
    ),
    (
        "It happened about two weeks ago Monday.",
        [("about two weeks ago", "2024-W22"), ("Monday", "2024-06-10")],
    ),
    (
        "He left two weeks ago Monday's meeting.",
        [("two weeks ago", "2024-W22"), ("Monday", "2024-06-10")],
    ),
    # an anniversary: "N years ago this month (week, weekend) / today" is that unit of the
    # publication's date N years before, one expression
    ("The treaty was signed 30 years ago this month.", [("30 years ago this month", "1994-06")]),
    ("Fifty years ago this week, the war ended.", [("Fifty years ago this week", "1974-W24")]),
    ("A year ago today, the city flooded.", [("A year ago today", "2023-06-12")]),
    ("Two decades ago this month, it fell.", [("Two decades ago this month", "2004-06")]),
    (
        "It opened about 30 years ago this month.",
        [("about 30 years ago", "1994"), ("this month", "2024-06")],
    ),
    ("It opened years ago this month.", [("years ago", "PAST_REF"), ("this month", "2024-06")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_AGO_CASES)
def test_dates_counted_back_from_a_weekday(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, "2024-06-12").dates  # a Wednesday
    assert [(d.text, d.timex) for d in dates] == expected


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    anchor=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
    weekday=st.integers(min_value=0, max_value=6),
    weeks=st.integers(min_value=1, max_value=9),
)
def test_dates_property_weeks_ago_weekday(
    extractor: Extractor, anchor: dt.date, weekday: int, weeks: int
) -> None:
    """ "N weeks ago <weekday>" is that weekday, N weeks before the last one on or before the
    publication day."""
    name = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[weekday]
    text = f"He left {weeks} weeks ago {name}."
    (fact,) = _extract(extractor, text, anchor.isoformat()).dates
    day = dt.date.fromisoformat(fact.timex or "")
    assert fact.text == f"{weeks} weeks ago {name}" and day.weekday() == weekday
    assert 7 * weeks <= (anchor - day).days <= 7 * weeks + 7


# "by (until, before, after, since, into) the weekend": the weekend by the tense, as "over
# the weekend" is; "for the weekend" only before a clause's end or a linking word (not "for
# the weekend edition", "Plans for the weekend were").
WEEKEND_LEAD_CASES = [
    ("Temperatures will climb by the weekend.", [("the weekend", "2024-W24-WE")]),
    ("The storm is expected to arrive by the weekend.", [("the weekend", "2024-W24-WE")]),
    ("He had recovered by the weekend.", [("the weekend", "2024-W23-WE")]),
    ("Prices have risen since the weekend.", [("the weekend", "2024-W23-WE")]),
    ("The rain will last into the weekend.", [("the weekend", "2024-W24-WE")]),
    ("Talks will resume after the weekend.", [("the weekend", "2024-W24-WE")]),
    ("He left for the weekend edition.", []),
    ("Winter storms are forecast for the weekend.", [("the weekend", "2024-W24-WE")]),
    ("He went home for the weekend.", [("the weekend", "2024-W23-WE")]),
    (
        "The film topped the box office for the weekend, taking $50 million.",
        [("the weekend", "2024-W23-WE")],
    ),
    ("Plans for the weekend were cancelled.", []),
]


@pytest.mark.parametrize(("text", "expected"), WEEKEND_LEAD_CASES)
def test_dates_weekend_after_a_preposition(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, "2024-06-12").dates  # a Wednesday
    assert [(d.text, d.timex) for d in dates] == expected


# "in early summer", "since mid-summer", "late summer 2022": the season with its part as the
# mod (a bare one by the tense, back the last one whose part has begun); year-less only after
# a preposition, and "fall" only before punctuation ("a late fall in prices" is none).
MOD_SEASON_CASES = [
    ("The plant will open in early summer.", [("early summer", "2024-SU", "START")]),
    ("Sales slowed in late spring.", [("late spring", "2024-SP", "END")]),
    ("The Fed has been easing since mid-summer.", [("mid-summer", "2023-SU", "MID")]),
    ("The project will be finished by late fall.", [("late fall", "2024-FA", "END")]),
    ("Prices peaked in late summer 2022.", [("late summer 2022", "2022-SU", "END")]),
    ("The wave hit in early summer last year.", [("early summer last year", "2023-SU", "START")]),
    ("The company suffered a late fall in prices.", []),
    ("Early summer is here.", []),
]


@pytest.mark.parametrize(("text", "expected"), MOD_SEASON_CASES)
def test_dates_part_of_a_season(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    dates = _extract(extractor, text, "2024-06-12").dates
    assert [(d.text, d.timex, d.mod) for d in dates] == expected


@given(
    anchor=st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
    mod=st.sampled_from([("early", "START", 0), ("mid", "MID", 30), ("late", "END", 60)]),
    season=st.sampled_from(["spring", "summer", "autumn", "winter"]),
)
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_dates_property_past_part_of_a_season_has_begun(
    extractor: Extractor, anchor: dt.date, mod: tuple[str, str, int], season: str
) -> None:
    """ "Sales slowed in {early|mid|late} {season}." is the last such season whose part had
    begun by publication: its start, plus the part's days, is on or before the anchor, and
    the next one's is after it."""
    word, code, days_in = mod
    (fact,) = _extract(extractor, f"Sales slowed in {word} {season}.", anchor.isoformat()).dates
    assert fact.mod == code and fact.start_date is not None
    begun = fact.start_date + dt.timedelta(days=days_in)
    assert begun <= anchor < begun.replace(year=begun.year + 1)


# "Later that year", "That month,", "that same year": the period of the date named before
# (in the sentence, or the one before when it opens its own); unresolved with none, never
# this year by default (as "later in the year" may be).
THAT_PERIOD_CASES = [
    ("He was arrested in 2019. Later that year, he was freed.", ("Later that year", "2019")),
    ("He was arrested in 2019. That year, the firm collapsed.", ("That year", "2019")),
    ("He was arrested in March 2019. That month, it fell.", ("That month", "2019-03")),
    ("He was arrested in 2019, and that same year it fell.", ("that same year", "2019")),
    ("He was arrested on June 3, and that same day he was freed.", ("that same day", "2024-06-03")),
    ("That year, the company collapsed.", ("That year", "XXXX")),
    ("Later in the year, he will be freed.", ("Later in the year", "2024")),
]


@pytest.mark.parametrize(("text", "expected"), THAT_PERIOD_CASES)
def test_dates_that_period_of_a_date_named_before(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    dates = _extract(extractor, text, "2024-06-12").dates
    assert (dates[-1].text, dates[-1].timex) == expected


@pytest.mark.parametrize(
    "text", ["He met her that same day as the vote.", "It fell that same year's spring."]
)
def test_dates_that_same_day_as_is_no_date(extractor: Extractor, text: str) -> None:
    assert _extract(extractor, text, "2024-06-12").dates == []


# "The night before,", "The morning after,": that part of the day before (after) the date
# named before, as "the previous night" is; not "the morning after pill", "the night before
# the vote" (an event's).
PART_BEFORE_CASES = [
    (
        "The fire started on June 3. The night before, winds picked up.",
        [("June 3", "2024-06-03"), ("The night before", "2024-06-02TNI")],
    ),
    (
        "He was arrested on Monday. The morning after, he was freed.",
        [("Monday", "2024-06-10"), ("The morning after", "2024-06-11TMO")],
    ),
    ("The night before, winds picked up.", [("The night before", "XXXX-XX-XXTNI")]),
    ("He took the morning after pill.", []),
    ("The night before the vote, tensions rose.", []),
]


@pytest.mark.parametrize(("text", "expected"), PART_BEFORE_CASES)
def test_dates_part_of_the_day_before(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, "2024-06-12").dates
    assert [(d.text, d.timex) for d in dates] == expected


# "by mid-century": this century's middle (a target ahead); not "in mid-century" (of which
# century, unsaid) nor "mid-century modern furniture".
MID_CENTURY_CASES = [
    ("The population will double by mid-century.", [("mid-century", "20", "MID")]),
    ("Emissions must reach net zero by mid-century, they say.", [("mid-century", "20", "MID")]),
    ("He loves mid-century modern furniture.", []),
    ("The house was built in mid-century.", []),
]


@pytest.mark.parametrize(("text", "expected"), MID_CENTURY_CASES)
def test_dates_by_mid_century(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str]]
) -> None:
    dates = _extract(extractor, text, "2024-06-12").dates
    assert [(d.text, d.timex, d.mod) for d in dates] == expected


# "by spring", "by the autumn", "will open in spring": a season with no "the" or after "by",
# by the tense; with no "the" after "in" only ahead ("draws 8,000 a day in summer", "Sales
# fell in winter" name every such season or none told), never before a noun ("in summer
# camps").
SEASON_WITHOUT_THE_CASES = [
    ("The agency expects to finish by spring.", [("spring", "1998-SP")]),
    ("Many analysts expect a second move by the autumn.", [("the autumn", "1998-FA")]),
    ("The plant will open in spring.", [("spring", "1998-SP")]),
    ("The site draws 8,000 people a day in summer, officials said.", []),
    ("In summer, temperatures reach 40C.", []),
    ("Interest in summer camps grew.", []),
    ("He was injured in fall.", []),
]


@pytest.mark.parametrize(("text", "expected"), SEASON_WITHOUT_THE_CASES)
def test_dates_season_without_the(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, "1998-02-20").dates
    assert [(d.text, d.timex) for d in dates if d.granularity == "season"] == expected


# "The day after,", "the year after.", "died two days after.": counted on from the date named
# before, as "the day before" and "two days later" are; "two days after the crash" stays a
# duration (an event's).
AFTER_CASES = [
    (
        "The talks collapsed on Monday. The day after, officials met.",
        [("Monday", "2024-06-10"), ("The day after", "2024-06-11")],
    ),
    (
        "He was arrested on May 3 and died two days after.",
        [("May 3", "2024-05-03"), ("two days after", "2024-05-05")],
    ),
    (
        "He was elected in 2014 and resigned the year after.",
        [("2014", "2014"), ("the year after", "2015")],
    ),
    ("He died two days after the crash.", [("two days", "P2D")]),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_CASES)
def test_dates_counted_on_after(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, "2024-06-12").dates
    assert [(d.text, d.timex) for d in dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season before an event's name is no date
        ("Los Angeles will host the next summer Games in 2028.", {"2028": "2028"}),
        ("Paris hosted the last summer Olympics.", {}),
        ("The plan starts next summer.", {"next summer": "2025-SU"}),
        # "on the last day" is the end of a span named before, no stretch up to publication
        ("The U.S. won the final on the last day.", {}),
        ("He won on the first day.", {}),
        ("Prices have risen over the last day.", {"the last day": "P1D"}),
        ("Prices rose in the last week.", {"the last week": "P1W"}),
    ],
)
def test_dates_season_names_and_span_ends(
    extractor: Extractor, text: str, expected: dict[str, str]
) -> None:
    dates = extractor.extract(text, published="2024-08-11").dates
    assert {d.text: d.timex for d in dates} == expected


DATES_IN_CONTEXT_CASES = [
    # "from" a weekday after a state's noun (maybe and a phrase of plain words) starts it:
    # the nearest such day, whatever the tense of the announcement.
    pytest.param(
        "The ministry announced a curfew from Monday.",
        "2024-06-02",
        [("Monday", "2024-06-03")],
        id="state-from-weekday",
    ),
    pytest.param(
        "Ukrenergo announced rolling blackouts of up to four hours a day for households in "
        "most regions from Monday.",
        "2024-06-02",
        [("up to four hours", "PT4H"), ("Monday", "2024-06-03")],
        id="state-phrase-from-weekday-rate-no-shift",
    ),
    # ... and so does a range of weekdays told with its "from" (the started state's days);
    # a modal after the past looks ahead, the tense of its own clause
    pytest.param(
        "The government declared three days of national mourning from Thursday to Saturday.",
        "2024-11-01",
        [("three days", "P3D"), ("from Thursday to Saturday", "2024-10-31/2024-11-02")],
        id="state-from-weekday-range-nearest",
    ),
    pytest.param(
        "The talks ran from Wednesday to Saturday.",
        "2024-11-01",
        [("from Wednesday to Saturday", "2024-10-23/2024-10-26")],
        id="range-of-no-state-keeps-the-past",
    ),
    pytest.param(
        "Istanbul said workers will get a holiday from June 17 to June 20.",
        "2016-09-19",
        [("from June 17 to June 20", "2017-06-17/2017-06-20")],
        id="state-range-after-a-modal-looks-ahead",
    ),
    pytest.param(
        "Sales in the north fell from Monday.",
        "2024-06-02",
        [("Monday", "2024-05-27")],
        id="verb-between-keeps-the-past",
    ),
    pytest.param(
        "He worked from Monday.",
        "2024-06-02",
        [("Monday", "2024-05-27")],
        id="no-state-keeps-the-past",
    ),
    pytest.param(
        "It costs $5 a day from Monday.",
        "2024-06-02",
        [("Monday", "2024-05-27")],
        id="rate-a-day-is-no-shift",
    ),
    pytest.param(
        "The vote is a week from Tuesday.",
        "2024-06-02",
        [("a week from Tuesday", "2024-06-11")],
        id="week-from-weekday-shift-kept",
    ),
    # A past before ", and said ... would": the sentence's future is the report's.
    pytest.param(
        "The company spent $20 billion on capital expenditure, including finance leases, in "
        "the July-September quarter, and said spending would rise further.",
        "2025-01-04",
        [("July-September", "2024-07/2024-09")],
        id="past-before-and-said-would",
    ),
    pytest.param(
        "The company will spend $20 billion in the July-September quarter, and said it would hire.",
        "2025-01-04",
        [("July-September", "2025-07/2025-09")],
        id="future-before-and-said-would",
    ),
    # "starting" a date after a past: a decision's start, the nearest such day; a future
    # keeps its tense. A present "see" forecasts as "expect" does.
    pytest.param(
        "It also agreed to cut the cap to $25 billion from $60 billion starting June 1.",
        "2024-05-22",
        [("June 1", "2024-06-01")],
        id="starting-after-a-past-nearest",
    ),
    pytest.param(
        "Letters will be mailed starting June 1.",
        "2024-06-05",
        [("June 1", "2025-06-01")],
        id="starting-after-a-future-ahead",
    ),
    pytest.param(
        "Traders now see the first rate cut in November.",
        "2024-05-22",
        [("now", "PRESENT_REF"), ("November", "2024-11")],
        id="present-see-forecasts",
    ),
    pytest.param(
        "We saw a drop in March.",
        "2024-05-22",
        [("March", "2024-03")],
        id="past-saw-stays-past",
    ),
    # A holiday before an event noun names an event of some year: no date.
    pytest.param(
        "Arrivals fell before Easter Sunday bombings hit the island.",
        "2024-12-28",
        [],
        id="holiday-event-no-date",
    ),
    pytest.param(
        "Stores opened before Christmas Day.",
        "2024-12-20",
        [("Christmas Day", "2024-12-25")],
        id="holiday-alone-kept",
    ),
    # A dateline's dash joins no range: the weekday after it is the story's own.
    pytest.param(
        "NEW YORK, Feb 13 - Sunday's Super Bowl drew 123 million viewers.",
        "2024-02-13",
        [("Feb 13", "2024-02-13"), ("Sunday", "2024-02-11")],
        id="dateline-dash-then-weekday",
    ),
    pytest.param(
        "Prices rose.\n\nNEW YORK, Feb 18 - Wednesday's Super Bowl drew 123 million viewers.",
        "2024-01-27",
        [("Feb 18", "2023-02-18"), ("Wednesday", "2024-01-24")],
        id="later-line-dateline-dash-then-weekday",
    ),
    pytest.param(
        "The show runs Feb 13 - Sunday.",
        "2024-02-13",
        [("Feb 13 - Sunday", "2024-02-13/2024-02-18")],
        id="dash-range-in-a-sentence",
    ),
    # A match report's quarters are the game's, whatever team name holds digits.
    pytest.param(
        "The Kansas City Chiefs beat the San Francisco 49ers 25-22 in overtime. The audience "
        "peaked at 127.2 million in the fourth quarter.",
        "2024-02-13",
        [],
        id="game-quarter-team-with-digits",
    ),
    # A span of months whose figures a future clause announces: the span just ended.
    pytest.param(
        "The bank will report its April-June quarter results on July 20.",
        "2024-07-05",
        [("April-June", "2024-04/2024-06"), ("July 20", "2024-07-20")],
        id="reported-span-just-ended",
    ),
    pytest.param(
        "The bank will report its April-June quarter results in July.",
        "2024-03-05",
        [("April-June", "2024-04/2024-06"), ("July", "2024-07")],
        id="reported-span-ahead",
    ),
    pytest.param(
        "The bank will open new branches in the April-June quarter.",
        "2024-07-05",
        [("April-June", "2025-04/2025-06")],
        id="span-of-no-figures-ahead",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), DATES_IN_CONTEXT_CASES)
def test_dates_in_context(
    extractor: Extractor, text: str, published: str, expected: list[tuple[str, str]]
) -> None:
    dates = _extract(extractor, text, published).dates
    assert [(d.text, d.timex) for d in dates] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "The wage rose twice in 2022, in January and in February.",
            "2024-03-10",
            [("2022", "2022"), ("January", "2022-01"), ("February", "2022-02")],
            id="leap-february-framed-into-a-common-year",
        ),
        pytest.param(
            "In 2023, the firm cut 5% of jobs on Feb. 29.",
            "2024-03-10",
            [("2023", "2023"), ("Feb. 29", "2024-02-29")],
            id="february-29-stays-where-read",
        ),
    ],
)
def test_dates_year_frame_of_a_leap_day_never_crashes(
    extractor: Extractor, text: str, published: str, expected: list[tuple[str, str]]
) -> None:
    """A year frame moves a month read in a leap year (its end February 29) into a common
    year without a ValueError: the end is the 28th; a February 29 alone is not moved."""
    dates = _extract(extractor, text, published).dates
    assert [(d.text, d.timex) for d in dates] == expected
    february = [d for d in dates if d.text == "February"]
    assert all(d.end_date is not None and d.end_date.day == 28 for d in february)
