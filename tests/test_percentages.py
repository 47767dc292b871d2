"""Percentages: per cent, percentage points and basis points, ranges and qualifiers.

Each row lists every ``Percentage`` a sentence must yield, as
``(text, value, value_max, unit, qualifier)`` with values written as plain decimal strings. The
three units are never converted into one another; "from 5% to 7%" is two values (a change), not a
range; index points are not percentages. Known misses are strict xfails.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factextract import Extractor
from factextract.records import Article, Percentage

PUBLISHED = "2020-05-23"

Row = tuple[str, str, str | None, str, str]


def _num(value: Decimal | None) -> str | None:
    """A Decimal as a plain string without exponent or trailing zeros: 13.0 -> "13"."""
    return None if value is None else format(value.normalize(), "f")


def _row(percentage: Percentage) -> Row:
    return (
        percentage.text,
        _num(percentage.value) or "",
        _num(percentage.value_max),
        percentage.unit,
        percentage.qualifier,
    )


def _extract(extractor: Extractor, text: str) -> Article:
    """The article for ``text``, after checking every fact's offsets against its text."""
    article = extractor.extract(text, published=PUBLISHED)
    for fact in article.facts():
        assert article.text[fact.start_char : fact.end_char] == fact.text
    return article


PERCENTAGE_CASES = [
    # A multiplier after "a factor of" opens no range with a level after "to".
    pytest.param(
        "The share rose by a factor of 3 to 45%.",
        [("45%", "45", None, "percent", "exact")],
        id="factor-of-then-to-a-level",
    ),
    # A range of two decimals joined by a hyphen before a per cent: no date ("23.05-2020").
    pytest.param(
        "The Fed held rates in a 5.25-5.50% range; the BoE kept 5.00-5.25 per cent.",
        [
            ("5.25-5.50%", "5.25", "5.5", "percent", "exact"),
            ("5.00-5.25 per cent", "5", "5.25", "percent", "exact"),
        ],
        id="decimal-range-two-marks",
    ),
    # A per cent sign glued to a vulgar fraction, which spaCy's suffix rule leaves on it.
    pytest.param(
        "Stocks fell 1½% and bonds ½%.",
        [("1½%", "1.5", None, "percent", "exact"), ("½%", "0.5", None, "percent", "exact")],
        id="vulgar-fraction-per-cent-sign",
    ),
    # An explicit plus sign, which the tokenizer keeps on the number's token.
    pytest.param(
        "Shares gained +2.3% and bonds +15 per cent; spreads moved +0.5 percentage points.",
        [
            ("+2.3%", "2.3", None, "percent", "exact"),
            ("+15 per cent", "15", None, "percent", "exact"),
            ("+0.5 percentage points", "0.5", None, "percentage_points", "exact"),
        ],
        id="plus-sign",
    ),
    # "points" after any spelling of per cent makes percentage points.
    pytest.param(
        "Yields fell 10 pct points.",
        [("10 pct points", "10", None, "percentage_points", "exact")],
        id="pct-points",
    ),
    # "% points": percentage points, but "points to" after a per cent level is a verb.
    pytest.param(
        "Support for the party rose 3% points.",
        [("3% points", "3", None, "percentage_points", "exact")],
        id="percent-sign-points",
    ),
    pytest.param(
        "Support rose 1.5% pts.",
        [("1.5% pts", "1.5", None, "percentage_points", "exact")],
        id="percent-sign-pts",
    ),
    pytest.param(
        "Growth of 5% points to a recovery.",
        [("5%", "5", None, "percent", "exact")],
        id="percent-sign-points-to-is-a-verb",
    ),
    pytest.param(
        "Support rose 3 percent points and 2 per cent points.",
        [
            ("3 percent points", "3", None, "percentage_points", "exact"),
            ("2 per cent points", "2", None, "percentage_points", "exact"),
        ],
        id="percent-points",
    ),
    # Spellings of per cent.
    pytest.param(
        "The rate stood at 10.5 percent in May.",
        [("10.5 percent", "10.5", None, "percent", "exact")],
        id="percent-word",
    ),
    pytest.param(
        "The rate stood at 10.5% in May.",
        [("10.5%", "10.5", None, "percent", "exact")],
        id="percent-sign",
    ),
    pytest.param(
        "The rate stood at 10.5 per cent in May.",
        [("10.5 per cent", "10.5", None, "percent", "exact")],
        id="per-cent-two-words",
    ),
    pytest.param(
        "Sales grew 5pc in May.",
        [("5pc", "5", None, "percent", "exact")],
        id="pc-glued",
    ),
    pytest.param(
        "Unemployment stood at 5.2 pct in May.",
        [("5.2 pct", "5.2", None, "percent", "exact")],
        id="pct",
    ),
    pytest.param(
        "The tax rate is 0.5%.",
        [("0.5%", "0.5", None, "percent", "exact")],
        id="below-one-before-full-stop",
    ),
    pytest.param(
        "The plan covers 100% of households.",
        [("100%", "100", None, "percent", "exact")],
        id="hundred-percent-of",
    ),
    # Percentage points and basis points stay distinct.
    pytest.param(
        "The rate was raised by 4.2 percentage points last year.",
        [("4.2 percentage points", "4.2", None, "percentage_points", "exact")],
        id="percentage-points",
    ),
    pytest.param(
        "The rate rose 0.25 percentage point to 1.75%.",
        [
            ("0.25 percentage point", "0.25", None, "percentage_points", "exact"),
            ("1.75%", "1.75", None, "percent", "exact"),
        ],
        id="percentage-point-singular-then-percent",
    ),
    pytest.param(
        "The gap narrowed by 1.5pp last year.",
        [("1.5pp", "1.5", None, "percentage_points", "exact")],
        id="pp-glued",
    ),
    pytest.param(
        "The bank cut rates by 25 basis points on Monday.",
        [("25 basis points", "25", None, "basis_points", "exact")],
        id="basis-points",
    ),
    pytest.param(
        "The bank cut rates by 25bp on Monday.",
        [("25bp", "25", None, "basis_points", "exact")],
        id="bp-glued",
    ),
    pytest.param(
        "The bank cut rates by 25 bps on Monday.",
        [("25 bps", "25", None, "basis_points", "exact")],
        id="bps-spaced",
    ),
    pytest.param(
        "The bank announced a 25-basis-point hike on Monday.",
        [("25-basis-point", "25", None, "basis_points", "exact")],
        id="hyphenated-basis-point-modifier",
    ),
    # Ranges.
    pytest.param(
        "Growth is forecast at 12.8–13.0 per cent this year.",
        [("12.8–13.0 per cent", "12.8", "13", "percent", "exact")],
        id="range-en-dash-decimals",
    ),
    pytest.param(
        "Inflation will be between 5% and 7% next year.",
        [("between 5% and 7%", "5", "7", "percent", "exact")],
        id="range-between-and",
    ),
    pytest.param(
        "Inflation will be 5% to 7% next year.",
        [("5% to 7%", "5", "7", "percent", "exact")],
        id="range-to",
    ),
    pytest.param(
        "Growth will be 4-5 per cent next year.",
        [("4-5 per cent", "4", "5", "percent", "exact")],
        id="range-hyphen-shared-unit",
    ),
    pytest.param(
        "Yields were 5–7% higher.",
        [("5–7%", "5", "7", "percent", "exact")],
        id="range-en-dash-shared-sign",
    ),
    pytest.param(
        "Turnout was 5% - 7% lower.",
        [("5% - 7%", "5", "7", "percent", "exact")],
        id="range-spaced-hyphen",
    ),
    pytest.param(
        "Turnout was 5%-7% lower.",
        [("5%-7%", "5", "7", "percent", "exact")],
        id="range-hyphen-both-signs",
    ),
    # Qualifiers.
    pytest.param(
        "Turnout was nearly 40 per cent in the city.",
        [("nearly 40 per cent", "40", None, "percent", "nearly")],
        id="nearly",
    ),
    pytest.param(
        "Fares may rise up to 40 per cent next year.",
        [("up to 40 per cent", "40", None, "percent", "up_to")],
        id="up-to",
    ),
    # After a verb of causing a move and its object, "up to" is the way and the level.
    pytest.param(
        "Higher fuel costs drove inflation up to 4.1% in May.",
        [("4.1%", "4.1", None, "percent", "exact")],
        id="drove-object-up-to-a-level",
    ),
    pytest.param(
        "The tariffs could push inflation up to 5%.",
        [("up to 5%", "5", None, "percent", "up_to")],
        id="could-push-object-up-to-a-bound",
    ),
    pytest.param(
        "Tariffs could push prices up to 20% higher.",
        [("up to 20%", "20", None, "percent", "up_to")],
        id="push-object-up-to-a-size-higher-bound",
    ),
    pytest.param(
        "The company pushed up to 40% of its staff out.",
        [("up to 40%", "40", None, "percent", "up_to")],
        id="pushed-up-to-no-object",
    ),
    pytest.param(
        "Turnout was more than 60 per cent in the city.",
        [("more than 60 per cent", "60", None, "percent", "more_than")],
        id="more-than",
    ),
    pytest.param(
        "Prices rose by about 3% last year.",
        [("about 3%", "3", None, "percent", "approx")],
        id="about",
    ),
    pytest.param(
        "Some 40 per cent of the rise came from food.",
        [("Some 40 per cent", "40", None, "percent", "approx")],
        id="some-sentence-start",
    ),
    pytest.param(
        "Turnout was 40 per cent or more.",
        [("40 per cent or more", "40", None, "percent", "at_least")],
        id="or-more",
    ),
    # Two values that are not one range.
    pytest.param(
        "Prices rose from 5% to 7% last year.",
        [("5%", "5", None, "percent", "exact"), ("7%", "7", None, "percent", "exact")],
        id="from-to-is-a-change-not-a-range",
    ),
    pytest.param(
        "Growth slowed to 6.1pc from 6.6pc.",
        [("6.1pc", "6.1", None, "percent", "exact"), ("6.6pc", "6.6", None, "percent", "exact")],
        id="to-from-is-a-change-not-a-range",
    ),
    pytest.param(
        "About 40% of staff and 60% of managers work remotely.",
        [("About 40%", "40", None, "percent", "approx"), ("60%", "60", None, "percent", "exact")],
        id="and-without-between",
    ),
    pytest.param(
        "The party won 52% of the vote against 48% for its rival.",
        [("52%", "52", None, "percent", "exact"), ("48%", "48", None, "percent", "exact")],
        id="two-shares",
    ),
    pytest.param(
        "The share went from 10 to 12 per cent.",
        [("10", "10", None, "percent", "exact"), ("12 per cent", "12", None, "percent", "exact")],
        id="from-to-shared-unit",
    ),
    # A fraction joined to its unit by "a" or "of a".
    pytest.param(
        "Unemployment fell by half a percentage point.",
        [("half a percentage point", "0.5", None, "percentage_points", "exact")],
        id="half-a-percentage-point",
    ),
    pytest.param(
        "Rates rose a quarter of a percentage point.",
        [("a quarter of a percentage point", "0.25", None, "percentage_points", "exact")],
        id="a-quarter-of-a-percentage-point",
    ),
    pytest.param(
        "It rose three-quarters of a percentage point.",
        [("three-quarters of a percentage point", "0.75", None, "percentage_points", "exact")],
        id="three-quarters-is-no-duration",
    ),
    # A fraction of a point is of a percentage point.
    pytest.param(
        "The Fed announced a quarter-point cut.",
        [("a quarter-point", "0.25", None, "percentage_points", "exact")],
        id="quarter-point-compound",
    ),
    pytest.param(
        "The bank made a half-point rise.",
        [("a half-point", "0.5", None, "percentage_points", "exact")],
        id="half-point-compound",
    ),
    pytest.param(
        "The Fed delivered a three-quarter point increase.",
        [("three-quarter point", "0.75", None, "percentage_points", "exact")],
        id="three-quarter-point",
    ),
    pytest.param(
        "Rates rose by a quarter point.",
        [("a quarter point", "0.25", None, "percentage_points", "exact")],
        id="a-quarter-point",
    ),
    pytest.param(
        "The Fed raised rates by half a point.",
        [("half a point", "0.5", None, "percentage_points", "exact")],
        id="half-a-point",
    ),
    pytest.param(
        "Fleetwood secured the decisive half point against Fowler.",
        [],
        id="half-point-of-a-game-is-no-percentage-point",
    ),
    pytest.param(
        "The bank cut by three-quarters of a point.",
        [("three-quarters of a point", "0.75", None, "percentage_points", "exact")],
        id="three-quarters-of-a-point",
    ),
    pytest.param(
        "The RBI made a 25-basis-point hike and a 50 bps cut.",
        [
            ("25-basis-point", "25", None, "basis_points", "exact"),
            ("50 bps", "50", None, "basis_points", "exact"),
        ],
        id="basis-point-compound-and-bps",
    ),
    # A capitalized name before a share does not make the number part of a name.
    pytest.param(
        "The poll put Labour 41%, Conservatives 25%, Reform 12%.",
        [
            ("41%", "41", None, "percent", "exact"),
            ("25%", "25", None, "percent", "exact"),
            ("12%", "12", None, "percent", "exact"),
        ],
        id="party-shares-after-names",
    ),
    pytest.param(
        "The DA won 21.8% and the EFF 9.5 per cent.",
        [
            ("21.8%", "21.8", None, "percent", "exact"),
            ("9.5 per cent", "9.5", None, "percent", "exact"),
        ],
        id="share-after-acronym",
    ),
    pytest.param(
        "The poll has a margin of error of plus or minus 3 percentage points.",
        [("3 percentage points", "3", None, "percentage_points", "exact")],
        id="margin-plus-or-minus-not-negative",
    ),
    pytest.param(
        "Approval fell 4 points to 41%.",
        [
            ("4 points", "4", None, "percentage_points", "exact"),
            ("41%", "41", None, "percent", "exact"),
        ],
        id="points-before-a-per-cent-level",
    ),
    pytest.param(
        "The jobless rate rose 0.3 points to 4.1 per cent.",
        [
            ("0.3 points", "0.3", None, "percentage_points", "exact"),
            ("4.1 per cent", "4.1", None, "percent", "exact"),
        ],
        id="points-decimal-before-per-cent",
    ),
    pytest.param(
        "He owns a 49 per-cent stake.",
        [("49 per-cent", "49", None, "percent", "exact")],
        id="hyphenated-per-cent",
    ),
    pytest.param(
        "Prices rose 5\u00a0per\u00a0cent.",
        [("5\u00a0per\u00a0cent", "5", None, "percent", "exact")],
        id="per-cent-with-no-break-spaces",
    ),
    # French-style typography: a narrow no-break or thin space before the sign.
    pytest.param(
        "Revenue rose 7\u202f% last year.",
        [("7\u202f%", "7", None, "percent", "exact")],
        id="narrow-no-break-space-before-sign",
    ),
    pytest.param(
        "Revenue rose 7\u2009% last year.",
        [("7\u2009%", "7", None, "percent", "exact")],
        id="thin-space-before-sign",
    ),
    pytest.param(
        "The party polled 41%, down 3 points.",
        [
            ("41%", "41", None, "percent", "exact"),
            ("3 points", "3", None, "percentage_points", "exact"),
        ],
        id="points-after-a-per-cent-level-and-down",
    ),
    pytest.param(
        "Labour is on 45 per cent (up 2 points).",
        [
            ("45 per cent", "45", None, "percent", "exact"),
            ("2 points", "2", None, "percentage_points", "exact"),
        ],
        id="points-after-a-per-cent-level-in-parentheses",
    ),
    pytest.param(
        "The party won 44.5% of the vote, up 3.2 points.",
        [
            ("44.5%", "44.5", None, "percent", "exact"),
            ("3.2 points", "3.2", None, "percentage_points", "exact"),
        ],
        id="points-after-a-per-cent-of-a-whole-and-up",
    ),
    pytest.param(
        "Debt reached 90% of GDP, up 5 points.",
        [
            ("90%", "90", None, "percent", "exact"),
            ("5 points", "5", None, "percentage_points", "exact"),
        ],
        id="points-after-a-per-cent-of-a-name-and-up",
    ),
    pytest.param(
        "Spreads widened to nearly 986 basis points, up from about 971 in January.",
        [
            ("nearly 986 basis points", "986", None, "basis_points", "nearly"),
            ("about 971", "971", None, "basis_points", "approx"),
        ],
        id="earlier-level-in-basis-points-after-a-hedge",
    ),
    pytest.param(
        "The spread was 150 bps, compared with 120 a year earlier.",
        [
            ("150 bps", "150", None, "basis_points", "exact"),
            ("120", "120", None, "basis_points", "exact"),
        ],
        id="earlier-level-in-bps",
    ),
    pytest.param(
        "Approval rose to 45%, up from about 41 in May.",
        [("45%", "45", None, "percent", "exact"), ("about 41", "41", None, "percent", "approx")],
        id="earlier-level-after-a-hedge",
    ),
    pytest.param(
        "Biden led Trump by 4 points, 48% to 44%.",
        [
            ("4 points", "4", None, "percentage_points", "exact"),
            ("48%", "48", None, "percent", "exact"),
            ("44%", "44", None, "percent", "exact"),
        ],
        id="lead-in-points-before-two-shares",
    ),
    pytest.param(
        "Inflation fell to 3.2%, down from a peak of 9.1 in October.",
        [("3.2%", "3.2", None, "percent", "exact"), ("9.1", "9.1", None, "percent", "exact")],
        id="earlier-level-named",
    ),
    pytest.param(
        "Unemployment fell from 8.1% to 7.9.",
        [("8.1%", "8.1", None, "percent", "exact"), ("7.9", "7.9", None, "percent", "exact")],
        id="later-level-after-from",
    ),
    pytest.param(
        "The rate rose from 5% in 2020 to 7 in 2023.",
        [("5%", "5", None, "percent", "exact"), ("7", "7", None, "percent", "exact")],
        id="later-level-after-a-dated-from",
    ),
    pytest.param(
        "Shares fell 2% to 7.9 and growth slowed from 6% to 120.",
        [("2%", "2", None, "percent", "exact"), ("6%", "6", None, "percent", "exact")],
        id="later-level-needs-from-and-a-near-value",
    ),
    pytest.param(
        "Approval rose to 45% in 2023, up from 41 in 2022.",
        [("45%", "45", None, "percent", "exact"), ("41", "41", None, "percent", "exact")],
        id="earlier-level-after-a-year",
    ),
    pytest.param(
        "Half of all life insurance policies lapse.",
        [("Half", "50", None, "percent", "exact")],
        id="share-of-a-compound-whole-after-a-time-noun",
    ),
    pytest.param(
        "A third of season ticket holders renewed.",
        [("A third", "33.333333333333", None, "percent", "exact")],
        id="share-of-season-ticket-holders",
    ),
    pytest.param(
        "Half of the workers lost their lives.",
        [("Half", "50", None, "percent", "exact")],
        id="share-of-workers-before-lives-unchanged",
    ),
    pytest.param(
        "Shares rose 5%, and the index was down 40 points.",
        [("5%", "5", None, "percent", "exact")],
        id="points-down-after-a-clause-stay-index-points",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERCENTAGE_CASES)
def test_percentages_table(extractor: Extractor, text: str, expected: list[Row]) -> None:
    article = _extract(extractor, text)
    assert [_row(p) for p in article.percentages] == expected


NOT_PERCENTAGE_CASES = [
    pytest.param("Yields were in a 4.10-4.40 range from 10.30-11.30.", id="decimal-range-bare"),
    pytest.param("The Dow fell 500 points to 30,800.", id="index-points-to-a-level"),
    pytest.param("The Dow closed at 30,000, down 300 points.", id="index-level-down-points"),
    pytest.param("The team won by 10 points.", id="score-points"),
    pytest.param("The index closed up 4.2 points on Monday.", id="index-points"),
    pytest.param("The Nikkei rose 4.2 points to 21,000.", id="index-points-to-level"),
    pytest.param("In the first half of trading, stocks rose.", id="share-first-half-of"),
    pytest.param("The other half of the duo spoke on Monday.", id="share-other-half"),
    pytest.param("He ran a third of the way before stopping.", id="share-of-the-way"),
    pytest.param("They led for half of the season.", id="share-of-a-season"),
    pytest.param("He spent half his life in prison.", id="share-of-a-life"),
    pytest.param("She spent a third of her career abroad.", id="share-of-a-career"),
    pytest.param("He spent half of his presidency abroad.", id="share-of-a-presidency"),
    pytest.param("Half the season remains.", id="share-of-a-season-before-a-verb"),
    pytest.param("She spent half an hour on the phone.", id="share-half-an-hour"),
    pytest.param("A third of a million homes lost power.", id="share-of-a-scale"),
    pytest.param("The bank hired a third party to review it.", id="share-third-party"),
    pytest.param("Growth slowed in the third quarter of 2019.", id="share-third-quarter"),
    pytest.param("The party won a two-thirds majority.", id="share-fraction-modifier"),
    pytest.param("Half of 2019 was lost to the strike.", id="share-of-a-year"),
    pytest.param("It is half the size of Texas.", id="share-half-the-size"),
    pytest.param("That is half the battle.", id="share-half-the-battle"),
    pytest.param("It shrank for two quarters of negative growth.", id="share-quarters-periods"),
    pytest.param("After three quarters of growth, it stalled.", id="share-quarters-of-growth"),
    pytest.param("One in a million people have it.", id="proportion-one-in-a-million"),
    pytest.param("A 1-in-100-year flood hit the town.", id="proportion-return-period"),
    pytest.param("One in five years was dry.", id="proportion-of-time"),
    pytest.param("India made 320 for 5 in 50 overs.", id="proportion-cricket-overs"),
    pytest.param(
        "He hit 7 in 12 matches and they won 4 in 5 games.", id="proportion-count-in-games"
    ),
    pytest.param("Some 1,200 in 12 villages were hit.", id="total-in-places"),
    pytest.param("PM2.5 levels rose in the city.", id="pollutant-name"),
    pytest.param("It has a 50-50 chance.", id="odds"),
    pytest.param("The team won 3-1 on Sunday.", id="score"),
    pytest.param("The team led at half-time.", id="half-time"),
    pytest.param("He scored a half-century.", id="half-century"),
    pytest.param("Seen from the halfway point, it rose.", id="halfway-point"),
]


SHARE_CASES = [
    # A fraction of a whole, or a proportion, is a share in per cent: the same share as "25%".
    pytest.param(
        "Only a quarter of voters turned out.",
        [("a quarter", "25", None, "percent", "exact")],
        id="fraction-of-a-noun",
    ),
    pytest.param(
        "Half of the staff left.", [("Half", "50", None, "percent", "exact")], id="half-of-the"
    ),
    pytest.param(
        "Nearly two-thirds of the company's revenue comes from China.",
        [("Nearly two-thirds", "66.666666666667", None, "percent", "nearly")],
        id="thirds-rounded-to-twelve-places",
    ),
    pytest.param(
        "Half the workforce was furloughed.",
        [("Half", "50", None, "percent", "exact")],
        id="half-the",
    ),
    pytest.param(
        "Traders said sales had fallen by a third since January.",
        [("a third", "33.333333333333", None, "percent", "exact")],
        id="by-a-third",
    ),
    pytest.param(
        "Profits were cut by half.", [("half", "50", None, "percent", "exact")], id="by-half-end"
    ),
    pytest.param(
        "Exports fell by almost a half in March.",
        [("almost a half", "50", None, "percent", "nearly")],
        id="by-a-hedged-half",
    ),
    pytest.param(
        "Some three-quarters of them were women.",
        [("Some three-quarters", "75", None, "percent", "approx")],
        id="of-them",
    ),
    pytest.param(
        "Only a fifth of the 1,200 applicants were accepted.",
        [("a fifth", "20", None, "percent", "exact")],
        id="of-a-count",
    ),
    pytest.param(
        "More than half of respondents agreed.",
        [("More than half", "50", None, "percent", "more_than")],
        id="qualified",
    ),
    pytest.param(
        "One in five adults in the country smokes.",
        [("One in five", "20", None, "percent", "exact")],
        id="one-in-five",
    ),
    pytest.param(
        "About 1 in 3 children live in poverty.",
        [("About 1 in 3", "33.333333333333", None, "percent", "approx")],
        id="one-in-three-digits",
    ),
    pytest.param(
        "Nearly one in five games ended in a draw.",
        [("Nearly one in five", "20", None, "percent", "nearly")],
        id="one-in-five-games-opening-its-clause",
    ),
    pytest.param(
        "Three out of four doctors recommend it.",
        [("Three out of four", "75", None, "percent", "exact")],
        id="out-of",
    ),
    pytest.param(
        "Nine out of 10 Americans support the law.",
        [("Nine out of 10", "90", None, "percent", "exact")],
        id="out-of-digits",
    ),
    pytest.param(
        "Two of every five homes lack power.",
        [("Two of every five", "40", None, "percent", "exact")],
        id="of-every",
    ),
    pytest.param(
        "Seven of 10 Americans support the law.",
        [("Seven of 10", "70", None, "percent", "exact")],
        id="of-ten-before-a-demonym",
    ),
    pytest.param(
        "Nearly 4 of 10 voters back him.",
        [("Nearly 4 of 10", "40", None, "percent", "nearly")],
        id="of-ten-before-people",
    ),
    pytest.param(
        "Six of 100 patients had side effects.",
        [("Six of 100", "6", None, "percent", "exact")],
        id="of-a-hundred-before-people",
    ),
    pytest.param(
        "Three quarters of the population live in cities.",
        [("Three quarters", "75", None, "percent", "exact")],
        id="spaced-quarters-of-a-determined-whole",
    ),
    pytest.param(
        "Prices fell by half a point.",
        [("half a point", "0.5", None, "percentage_points", "exact")],
        id="half-a-point-stays-points",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_CASES)
def test_percentages_shares(extractor: Extractor, text: str, expected: list[Row]) -> None:
    article = _extract(extractor, text)
    assert [_row(p) for p in article.percentages] == expected
    assert [q.text for q in article.quantities if q.text in expected[0][0]] == []


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(min_value=1, max_value=20),
    second=st.integers(min_value=2, max_value=1000),
    link=st.sampled_from([" in ", " out of ", " in every "]),
)
def test_percentages_property_proportion_is_its_share(
    extractor: Extractor, first: int, second: int, link: str
) -> None:
    """ "N in M adults": a share of N/M in per cent when N < M; nothing at all otherwise."""
    article = _extract(extractor, f"Researchers found {first}{link}{second} adults were ill.")
    if first >= second:
        assert [p.text for p in article.percentages] == []
    else:
        [share] = article.percentages
        assert share.text == f"{first}{link}{second}"
        assert abs(share.value - Decimal(first * 100) / second) < Decimal("1e-10")


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(min_value=1, max_value=120),
    base=st.sampled_from([10, 100]),
    noun=st.sampled_from(["adults", "voters", "Americans", "doctors", "games", "districts"]),
)
def test_percentages_property_of_a_base_before_people(
    extractor: Extractor, first: int, base: int, noun: str
) -> None:
    """ "N of 10 voters", "N of 100 Americans": a share of N/base in per cent when N is
    smaller and people follow; "7 of 10 games" is a part of a total, no share."""
    article = _extract(extractor, f"Researchers said {first} of {base} {noun} were ill.")
    shares = [(p.text, p.value) for p in article.percentages]
    if first >= base or noun in ("games", "districts"):
        assert shares == []
    else:
        assert shares == [(f"{first} of {base}", Decimal(first * 100) / base)]
        assert [q.text for q in article.quantities] == []


BAND_CASES = [
    # A part of a decade before a round number names a band, no value (and no bare quantity).
    pytest.param("It sees growth in the mid-20% range.", id="mid-hyphen-range"),
    pytest.param("Growth was low-to-mid 20% previously.", id="low-to-mid"),
    pytest.param("Prices rose in the low 30% range.", id="low-before-range"),
    pytest.param("Margins are in the high 40 percent range.", id="high-before-percent-range"),
]


@pytest.mark.parametrize("text", BAND_CASES)
def test_percentages_band_of_a_decade_is_no_value(extractor: Extractor, text: str) -> None:
    article = _extract(extractor, text)
    assert (article.percentages, article.quantities) == ([], [])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Unemployment reached a high 10% in 2009.", "10"),  # "a high": an adjective
        ("The tax is a low 30% rate.", "30"),
        ("Yields rose to a high of 4.5% in the mid-range.", "4.5"),
    ],
)
def test_percentages_band_words_before_a_value(extractor: Extractor, text: str, value: str) -> None:
    assert [str(p.value) for p in _extract(extractor, text).percentages] == [value]


@pytest.mark.parametrize("text", NOT_PERCENTAGE_CASES)
def test_percentages_not_a_percentage(extractor: Extractor, text: str) -> None:
    article = _extract(extractor, text)
    assert [p.text for p in article.percentages] == []


NOT_ALSO_QUANTITY_CASES = [
    pytest.param("The rate stood at 10.5 percent in May.", id="percent"),
    pytest.param("The rate was raised by 4.2 percentage points.", id="percentage-points"),
    pytest.param("The bank announced a 25-basis-point hike.", id="basis-points-modifier"),
    pytest.param("Inflation will be between 5% and 7% next year.", id="range"),
    pytest.param("Turnout was more than 60 per cent in the city.", id="qualified"),
]


@pytest.mark.parametrize("text", NOT_ALSO_QUANTITY_CASES)
def test_percentages_not_also_quantities(extractor: Extractor, text: str) -> None:
    article = _extract(extractor, text)
    assert article.percentages
    assert [q.text for q in article.quantities] == []


PROVENANCE_TEXTS = [
    pytest.param(
        "Poverty fell from 10.5 percent to 0.6 percent; 10.5%, 10.5 per cent and 5pc.\n\n"
        "Rates rose 4.2 percentage points, 1.5pp, 25 basis points, 25bp and 25 bps, with a "
        "25-basis-point hike.",
        id="units",
    ),
    pytest.param(
        "“Growth” is 12.8–13.0 per cent, between 5% and 7%, 5% to 7% or 4-5 per cent; nearly "
        "40 per cent, up to 40 per cent and more than 60 per cent.",
        id="ranges-and-qualifiers",
    ),
]


@pytest.mark.parametrize("text", PROVENANCE_TEXTS)
def test_percentages_offsets_match_text(extractor: Extractor, text: str) -> None:
    article = _extract(extractor, text)
    assert article.percentages
    for percentage in article.percentages:
        assert article.text[percentage.start_char : percentage.end_char] == percentage.text


@pytest.mark.parametrize("spacing", [" ", "  ", "\u00a0"], ids=["space", "two-spaces", "nbsp"])
def test_percentages_before_cue_never_touches_the_number(spacing: str) -> None:
    """``percentages.to_record`` reads a before-cue only for a span starting before its first
    number: that relies on every cue ending at least one space before the number."""
    from factextract import lexicons
    from factextract.facts import qualifiers

    for cue in lexicons.qualifiers().before:
        text = f"{cue}{spacing}5%"
        found = qualifiers.before(text, len(text) - 2)
        assert found is not None, cue
        assert found.end < len(text) - 2, cue


PARALLEL_CASES = [
    pytest.param(
        "Support was 55 percent among men and 45 among women.",
        [("55 percent", "55", None, "percent", "exact"), ("45", "45", None, "percent", "exact")],
        id="among",
    ),
    pytest.param(
        "Prices rose 5% in May and 3 in June.",
        [("5%", "5", None, "percent", "exact"), ("3", "3", None, "percent", "exact")],
        id="in-months",
    ),
    pytest.param(
        "Unemployment was 5.2 per cent in Ohio, while 3.9 in Texas.",
        [
            ("5.2 per cent", "5.2", None, "percent", "exact"),
            ("3.9", "3.9", None, "percent", "exact"),
        ],
        id="while",
    ),
    pytest.param(
        "Rates rose 5 percentage points among youths and 2 among adults.",
        [
            ("5 percentage points", "5", None, "percentage_points", "exact"),
            ("2", "2", None, "percentage_points", "exact"),
        ],
        id="points",
    ),
    # Not parallel: another preposition, "of", or a noun after the number.
    pytest.param(
        "He won 55% of the vote and 45 of the 60 seats.",
        [("55%", "55", None, "percent", "exact")],
        id="of-counts",
    ),
    pytest.param(
        "It took 35% in the north and 2 seats in the south.",
        [("35%", "35", None, "percent", "exact")],
        id="noun-after",
    ),
    pytest.param(
        "Sales rose 5% in Asia and 3 at the outlets.",
        [("5%", "5", None, "percent", "exact")],
        id="other-preposition",
    ),
    pytest.param(
        "Prices rose 5% in May and 300 in June.",
        [("5%", "5", None, "percent", "exact")],
        id="parallel-too-far-apart",
    ),
    # A bare earlier level after a percentage and a level cue.
    pytest.param(
        "Approval rose to 45%, up from 41.",
        [("45%", "45", None, "percent", "exact"), ("41", "41", None, "percent", "exact")],
        id="up-from",
    ),
    pytest.param(
        "Unemployment rose to 5.2%, up from 4.8 a year earlier.",
        [("5.2%", "5.2", None, "percent", "exact"), ("4.8", "4.8", None, "percent", "exact")],
        id="up-from-a-year-earlier",
    ),
    pytest.param(
        "Inflation was 3.1 per cent in May, down from 3.4 in April.",
        [
            ("3.1 per cent", "3.1", None, "percent", "exact"),
            ("3.4", "3.4", None, "percent", "exact"),
        ],
        id="down-from-after-a-phrase",
    ),
    pytest.param(
        "Its share fell to 12%, compared with 15 last year.",
        [("12%", "12", None, "percent", "exact"), ("15", "15", None, "percent", "exact")],
        id="compared-with",
    ),
    pytest.param(
        "Output rose 5%, up from 200 companies.",
        [("5%", "5", None, "percent", "exact")],
        id="level-cue-before-a-count",
    ),
    pytest.param(
        "The Dow fell 2% from 30,000 at the open.",
        [("2%", "2", None, "percent", "exact")],
        id="index-level-too-far-apart",
    ),
    # A rival's share in a gapped list after a percentage: its verb and unit left out.
    pytest.param(
        "Labour took 34 per cent, the Conservatives 24 and the Liberal Democrats 12.",
        [
            ("34 per cent", "34", None, "percent", "exact"),
            ("24", "24", None, "percent", "exact"),
            ("12", "12", None, "percent", "exact"),
        ],
        id="gapped-rival-shares",
    ),
    pytest.param(
        "Labour won 34 per cent of the vote and the Conservatives 24.",
        [("34 per cent", "34", None, "percent", "exact"), ("24", "24", None, "percent", "exact")],
        id="gapped-rival-share-of-the-vote",
    ),
    pytest.param(
        "The ANC won 40.2 per cent, the DA 21.8 and the MK Party 14.6.",
        [
            ("40.2 per cent", "40.2", None, "percent", "exact"),
            ("21.8", "21.8", None, "percent", "exact"),
            ("14.6", "14.6", None, "percent", "exact"),
        ],
        id="gapped-rival-decimal-shares",
    ),
    # ... after a poll's "on" or "at" too
    pytest.param(
        "Labour is on 40%, the Tories on 25 and the Lib Dems on 12.",
        [
            ("40%", "40", None, "percent", "exact"),
            ("25", "25", None, "percent", "exact"),
            ("12", "12", None, "percent", "exact"),
        ],
        id="gapped-rival-shares-on",
    ),
    pytest.param(
        "Polls show Trump at 47% and Harris at 45.",
        [("47%", "47", None, "percent", "exact"), ("45", "45", None, "percent", "exact")],
        id="gapped-rival-share-at",
    ),
    pytest.param(
        "Shares rose 5%, with Apple on 3 new products.",
        [("5%", "5", None, "percent", "exact")],
        id="gapped-rival-on-not-before-a-noun",
    ),
    # Not a gapped share: a noun after it, too far apart, past a phrase, over 100.
    pytest.param(
        "Labour won 34 per cent, the Conservatives 240 seats.",
        [("34 per cent", "34", None, "percent", "exact")],
        id="gapped-rival-not-before-a-noun",
    ),
    pytest.param(
        "Labour won 3 per cent, the Conservatives 240.",
        [("3 per cent", "3", None, "percent", "exact")],
        id="gapped-rival-not-too-far-apart",
    ),
    pytest.param(
        "Turnout was 65 per cent, the highest since 1992.",
        [("65 per cent", "65", None, "percent", "exact")],
        id="gapped-rival-not-a-year",
    ),
    pytest.param(
        "Labour won 34 per cent in a poll by YouGov and the Conservatives 24.",
        [("34 per cent", "34", None, "percent", "exact")],
        id="gapped-rival-not-past-a-phrase",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARALLEL_CASES)
def test_percentages_parallel_bare_number(
    extractor: Extractor, text: str, expected: list[Row]
) -> None:
    """A bare number opening the same phrase as a percentage before it ("55 percent among
    men and 45 among women"), or an earlier level after it ("45%, up from 41"), is a
    percentage of that unit, when the two are within a factor of ten."""
    article = _extract(extractor, text)
    assert [_row(p) for p in article.percentages] == expected


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(min_value=10, max_value=90),
    second=st.integers(min_value=10, max_value=90),
    cue=st.sampled_from([", up from", ", down from", ", compared with", " from"]),
    noun=st.sampled_from(["", " a year earlier", " companies", " stores"]),
)
def test_percentages_property_bare_level_takes_the_unit_unless_a_noun_follows(
    extractor: Extractor, first: int, second: int, cue: str, noun: str
) -> None:
    """ "rose to 45%, up from 41" makes 41 a percentage; "up from 41 companies" counts."""
    article = _extract(extractor, f"The rate rose to {first}%{cue} {second}{noun}.")
    counted = noun in (" companies", " stores")
    assert len(article.percentages) == (1 if counted else 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The poll has a margin of error of 3.1 points.",
            [("3.1 points", "3.1", None, "percentage_points", "exact")],
            id="margin-of-error-of",
        ),
        pytest.param(
            "Its margin of error is plus or minus 4 points.",
            [("4 points", "4", None, "percentage_points", "exact")],
            id="plus-or-minus",
        ),
        pytest.param(
            "It has a sampling error of +/- 3 points.",
            [("3 points", "3", None, "percentage_points", "exact")],
            id="sampling-error-symbol",
        ),
        pytest.param("He won by a margin of 10 points.", [], id="winning-margin"),
        pytest.param("The index fell 30 points, within its error.", [], id="no-poll-phrase"),
    ],
)
def test_percentages_poll_margin_points(
    extractor: Extractor, text: str, expected: list[Row]
) -> None:
    """The points of a poll's margin of error are percentage points; a winning margin's
    points are not."""
    assert [_row(p) for p in _extract(extractor, text).percentages] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Democrat holds a 12-point lead in the latest poll.",
            [("12-point", "12", None, "percentage_points", "exact")],
            id="compound-lead-in-a-poll",
        ),
        pytest.param(
            "Biden led Trump by 12 points in the latest poll.",
            [("12 points", "12", None, "percentage_points", "exact")],
            id="led-by-in-a-poll",
        ),
        pytest.param(
            "Labour has a 20-point lead over the Tories, according to a YouGov survey.",
            [("20-point", "20", None, "percentage_points", "exact")],
            id="lead-in-a-survey",
        ),
        pytest.param(
            "The Conservatives' lead narrowed to 5 points in the poll.",
            [("5 points", "5", None, "percentage_points", "exact")],
            id="lead-narrowed-in-a-poll",
        ),
        pytest.param("The Celtics built a 12-point lead in the third quarter.", [], id="game-lead"),
        pytest.param("Stocks fell 200 points as voters went to the polls.", [], id="no-lead"),
        pytest.param("The 10-point plan was backed in a poll.", [], id="plan-in-a-poll"),
        # the earlier level of percentage points, after a level cue
        pytest.param(
            "She leads by 4 percentage points among likely voters, down from 9 points in August.",
            [
                ("4 percentage points", "4", None, "percentage_points", "exact"),
                ("9 points", "9", None, "percentage_points", "exact"),
            ],
            id="earlier-level-of-percentage-points",
        ),
        pytest.param(
            "The spread widened to 250 basis points, up from 200 points.",
            [("250 basis points", "250", None, "basis_points", "exact")],
            id="points-after-basis-points-stay",
        ),
    ],
)
def test_percentages_poll_lead_points(extractor: Extractor, text: str, expected: list[Row]) -> None:
    """The points of a lead in a sentence about a poll are percentage points; a lead in a
    game and points of no lead are not."""
    assert [_row(p) for p in _extract(extractor, text).percentages] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Fed cut rates by a percentage point.",
            [("a percentage point", "1", None, "percentage_points", "exact")],
            id="a-percentage-point",
        ),
        pytest.param(
            "The Fed cut rates by a full percentage point on Wednesday.",
            [("a full percentage point", "1", None, "percentage_points", "exact")],
            id="a-full-percentage-point",
        ),
        pytest.param(
            "It was a percentage-point rise in unemployment.",
            [("a percentage-point", "1", None, "percentage_points", "exact")],
            id="a-percentage-point-compound",
        ),
        pytest.param(
            "Rates rose nearly a percentage point.",
            [("nearly a percentage point", "1", None, "percentage_points", "nearly")],
            id="hedged-a-percentage-point",
        ),
        pytest.param(
            "Rates rose half a percentage point.",
            [("half a percentage point", "0.5", None, "percentage_points", "exact")],
            id="half-a-percentage-point-stays-a-half",
        ),
        pytest.param(
            "Rates rose a quarter of a percentage point.",
            [("a quarter of a percentage point", "0.25", None, "percentage_points", "exact")],
            id="a-quarter-of-a-percentage-point-stays-a-quarter",
        ),
    ],
)
def test_percentages_a_percentage_point_is_one(
    extractor: Extractor, text: str, expected: list[Row]
) -> None:
    """ "a percentage point" writes no number but states one; a fraction of one keeps its
    own value. The span's text is the text at its offsets."""
    found = _extract(extractor, text).percentages
    assert [_row(p) for p in found] == expected
    assert all(text[p.start_char : p.end_char] == p.text for p in found)
