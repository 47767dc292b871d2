"""Changes: "from X to Y", "to Y from X", "by X to Y" and "rose 38 per cent", and what is not one.

Each row lists every ``Change`` a sentence must yield, as
``(from text, to text, by text, direction, subject)``, the texts being those of the linked
``Percentage`` or ``Quantity`` records. Direction comes from the cue verb, else from the values
("went from 10 to 12 per cent" is up). Ranges, unrelated values in one sentence and events that
merely involve a number ("the storm dropped 60 inches of rain") are not changes. Known misses are
strict xfails.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factextract import Extractor, numbers, patterns
from factextract.facts import links
from factextract.numbers import ranges
from factextract.records import Article, Change, Money, Percentage, Quantity

PUBLISHED = "2020-05-23"

Row = tuple[str | None, str | None, str | None, str, str | None]


def _text(value: Percentage | Quantity | None) -> str | None:
    return None if value is None else value.text


def _kind(value: Percentage | Quantity | None) -> str | None:
    return None if value is None else value.kind


def _row(change: Change) -> Row:
    return (
        _text(change.from_value),
        _text(change.to_value),
        _text(change.by_value),
        change.direction,
        change.subject,
    )


def _extract(extractor: Extractor, text: str) -> Article:
    """The article for ``text``, after checking the offsets of every fact and linked value."""
    article = extractor.extract(text, published=PUBLISHED)
    for fact in article.facts():
        assert article.text[fact.start_char : fact.end_char] == fact.text
    for change in article.changes:
        for value in (change.from_value, change.to_value, change.by_value):
            assert value is None or article.text[value.start_char : value.end_char] == value.text
    return article


CHANGE_CASES = [
    # A month between a preposition and its noun modifies the noun: the head before it.
    pytest.param(
        "The price for February delivery into Asia rose to $14.60.",
        [(None, "$14.60", None, "up", "price for February delivery into Asia")],
        id="month-modifies-the-noun-after-a-preposition",
    ),
    pytest.param(
        "Prices for May delivery rose 2%.",
        [(None, None, "2%", "up", "Prices for May delivery")],
        id="month-modifies-the-last-noun",
    ),
    # A sum of loans after a verb of change is lent, no size of a move.
    pytest.param(
        "UnitedHealth has advanced more than $6 billion in interest-free loans to providers.",
        [],
        id="sum-in-loans-is-no-size",
    ),
    pytest.param(
        "Shares rose $2 in early trading.",
        [(None, None, "$2", "up", "Shares")],
        id="size-in-trading-kept",
    ),
    # A date's period ("cycle") before the verb is skipped as "quarter" is.
    pytest.param(
        "Revenue for the 2023-2026 cycle rose to $11 billion.",
        [(None, "$11 billion", None, "up", "Revenue")],
        id="date-cycle-before-the-verb",
    ),
    # A value after "than" is the level compared with, no size of the move.
    pytest.param(
        "About 642 million Indians voted, a turnout of 65.8%, slightly lower than the record "
        "67.4% in 2019.",
        [],
        id="value-after-than-is-no-size",
    ),
    pytest.param(
        "Prices rose faster than the 3% forecast.",
        [],
        id="forecast-after-than-is-no-size",
    ),
    pytest.param(
        "Sales rose more than 5% in May.",
        [(None, None, "more than 5%", "up", "Sales")],
        id="more-than-qualifier-kept",
    ),
    # A hedged round size after "by" and a level told to the unit: a change by X to Y.
    pytest.param(
        "The number of civil servants would shrink by about 5,500 to 11,853.",
        [(None, "11,853", "about 5,500", "down", "number of civil servants")],
        id="hedged-round-size-then-exact-level",
    ),
    pytest.param(
        "Jobs will be cut by about 500 to 1,000.",
        [(None, None, "about 500 to 1,000", "down", "Jobs")],
        id="hedged-round-range-stays-a-range",
    ),
    # ... and unhedged after a change verb's "by", where the level is told to the unit
    pytest.param(
        "Unemployment claims fell by 5,500 to 11,853.",
        [(None, "11,853", "5,500", "down", "Unemployment claims")],
        id="verb-by-round-size-then-exact-level",
    ),
    pytest.param(
        "Employment rose by 200 to 1,345.",
        [(None, "1,345", "200", "up", "Employment")],
        id="verb-by-round-size-then-exact-level-small",
    ),
    # ... not a level of round tens, nor sizes below a hundred: ranges of sizes
    pytest.param(
        "Jobs rose by 100 to 150.",
        [(None, None, "100 to 150", "up", "Jobs")],
        id="verb-by-round-range-stays-a-range",
    ),
    pytest.param(
        "Prices rose by 5 to 10 percent.",
        [(None, None, "5 to 10 percent", "up", "Prices")],
        id="verb-by-small-range-stays-a-range",
    ),
    pytest.param(
        "Estimates differ by 5,500 to 11,853.",
        [],
        id="verb-by-no-change-verb-stays-a-range",
    ),
    # A capital letter after a titled word is a class's name, no article.
    pytest.param(
        "Sales of Class A shares rose 5%.",
        [(None, None, "5%", "up", "Sales of Class A shares")],
        id="class-letter-is-no-article",
    ),
    # A restrictive relative clause whose own past verb the walk back reached: the noun it
    # is of changed, not the clause's verb and what follows it.
    pytest.param(
        "The death toll from floods that swept through the eastern Libyan city of Derna rose "
        "to 11,300 on Friday.",
        [(None, "11,300", None, "up", "death toll from floods")],
        id="relative-clause-verb-then-preposition",
    ),
    pytest.param(
        "The death toll from a fire that tore through a housing estate in Hong Kong's northern"
        " Tai Po district rose to at least 128 on Friday.",
        [(None, "at least 128", None, "up", "death toll from a fire")],
        id="relative-clause-verb-then-long-phrase",
    ),
    pytest.param(
        "The number of people who fled the fighting rose to 5 million.",
        [(None, "5 million", None, "up", "number of people")],
        id="relative-clause-verb-then-determiner",
    ),
    pytest.param(
        "Prices of homes that sold in May rose 5%.",
        [(None, None, "5%", "up", "Prices of homes")],
        id="relative-clause-lone-verb-kept",
    ),
    # A pronoun's verb in -s before the gerund's subject is no word of it.
    pytest.param(
        "It implies rates falling to around 4.5% by the end of 2024.",
        [(None, "around 4.5%", None, "down", "rates")],
        id="pronoun-verb-before-gerund-subject",
    ),
    pytest.param(
        "The bank sees growth slowing to 1.2% this year.",
        [(None, "1.2%", None, "down", "growth")],
        id="noun-verb-before-gerund-subject",
    ),
    # A list of names after a preposition is one object: the head before it changed.
    pytest.param(
        "Commercial land prices in the three largest metropolitan areas of Tokyo, Osaka and "
        "Nagoya climbed 5.2%.",
        [
            (
                None,
                None,
                "5.2%",
                "up",
                "Commercial land prices in the three largest metropolitan areas of Tokyo, "
                "Osaka and Nagoya",
            )
        ],
        id="listed-names-after-of",
    ),
    # A subject never starts at "and": a joint read as a name's whose first word was not read
    # ("Italian", "Chile") leaves the pair or list to be read whole.
    pytest.param(
        "The spread between Italian and German bond yields widened by 7 basis points.",
        [(None, None, "7 basis points", "up", "spread between Italian and German bond yields")],
        id="subject-not-from-a-joint-adjectives",
    ),
    pytest.param(
        "Exports from Mexico, Chile and Trinidad and Tobago rose 3%.",
        [(None, None, "3%", "up", "Exports from Mexico, Chile and Trinidad and Tobago")],
        id="subject-not-from-a-joint-list-ends-in-a-joined-name",
    ),
    # ... names joined by "and" or "&", or opened by "La", keep their joints
    pytest.param(
        "Bosnia and Herzegovina exports rose 3%.",
        [(None, None, "3%", "up", "Bosnia and Herzegovina exports")],
        id="subject-joined-name-kept",
    ),
    pytest.param(
        "La Paz cocoa futures rose 3%.",
        [(None, None, "3%", "up", "La Paz cocoa futures")],
        id="subject-name-connector-kept",
    ),
    pytest.param(
        "Exports to China, Japan and South Korea rose 4%.",
        [(None, None, "4%", "up", "Exports to China, Japan and South Korea")],
        id="listed-names-after-to",
    ),
    # A range compared with an earlier range: "up from 27% to 33%" is no move from 27% to 33%.
    pytest.param(
        "Novo now expects sales growth of 32% to 38% this year, up from 27% to 33% previously.",
        [("27% to 33%", "32% to 38%", None, "up", "sales growth")],
        id="range-up-from-range",
    ),
    # A month before a name is no modal verb ("May" of "Benchmark May iron ore").
    pytest.param(
        "Benchmark May iron ore on the Singapore Exchange fell as much as 1.3% to $48.57 a ton.",
        [(None, "$48.57", "as much as 1.3%", "down", "iron ore on the Singapore Exchange")],
        id="month-may-is-no-modal",
    ),
    # A verb's object valued before its noun, its new value after "to": from one to the other.
    pytest.param(
        "A Missouri appeals court on Tuesday cut a $4.69 billion jury verdict against Johnson "
        "& Johnson to $2.12 billion.",
        [("$4.69 billion", "$2.12 billion", None, "down", "jury verdict")],
        id="valued-object-to",
    ),
    pytest.param(
        "The company raised its $5 billion buyback to $10 billion.",
        [("$5 billion", "$10 billion", None, "up", "buyback")],
        id="valued-object-to-up",
    ),
    pytest.param(
        "The bank lowered its 5% target to 4%.",
        [("5%", "4%", None, "down", "target")],
        id="valued-object-percentage",
    ),
    pytest.param(
        "He raised a $5 million loan to fund the plant.",
        [],
        id="valued-object-no-second-value",
    ),
    pytest.param(
        "Exports rose a further 5% to $3 billion.",
        [(None, "$3 billion", "5%", "up", "Exports")],
        id="valued-object-not-a-size-after-further",
    ),
    # A bare fraction of a cent (no number read) leaves its currency no object of the verb.
    pytest.param(
        "Corn rose 1/2 cent to 386-1/4 cents a bushel.",
        [(None, "386-1/4 cents", None, "up", "Corn")],
        id="grain-quote-fraction-of-a-cent-no-subject",
    ),
    # A price's unit after a value of the subject is no subject: the noun before "of" is.
    pytest.param(
        "The minimum wage of $7.25 an hour will rise to $15.",
        [("$7.25", "$15", None, "up", "minimum wage")],
        id="subject-of-a-value-per-unit",
    ),
    pytest.param(
        "The current minimum wage of $7.25 an hour will rise to $15 an hour by 2027.",
        [("$7.25", "$15", None, "up", "current minimum wage")],
        id="subject-of-a-value-per-unit-dated",
    ),
    # A count's unit after its noun ("barrels a day") is no subject either.
    pytest.param(
        "Exports of 1.2 million barrels per day fell 5% in May.",
        [(None, None, "5%", "down", "Exports")],
        id="subject-of-a-count-per-unit",
    ),
    pytest.param(
        "Imports of 500,000 barrels a day rose to 600,000 barrels.",
        [(None, "600,000 barrels", None, "up", "Imports")],
        id="subject-of-a-count-per-unit-no-start-of-a-count",
    ),
    pytest.param(
        "Output at 9 million barrels a day fell 2%.",
        [(None, None, "2%", "down", None)],
        id="subject-count-per-unit-without-of-is-none",
    ),
    # A level after the subject's "of", only auxiliaries before the change's cue, is where
    # it moves from (one kind and unit, no count, no noun of change, figures that agree).
    pytest.param(
        "A tax rate of 21% would increase to 28%.",
        [("21%", "28%", None, "up", "tax rate")],
        id="level-of-the-subject-is-the-start",
    ),
    pytest.param(
        "The minimum wage of 12.41 euros an hour will get a raise to 12.82 euros.",
        [("12.41 euros", "12.82 euros", None, "up", "minimum wage")],
        id="level-of-the-subject-per-unit-light-verb-is-the-start",
    ),
    pytest.param(
        "The fine of $500 will increase to $1,000 next year.",
        [("$500", "$1,000", None, "up", "fine")],
        id="level-of-the-subject-money-is-the-start",
    ),
    pytest.param(
        "Profit of $2 million rose to $5 million.",
        [("$2 million", "$5 million", None, "up", "Profit")],
        id="level-of-the-subject-before-a-verb-is-no-size",
    ),
    pytest.param(
        "Its stake of 10% rose to 15%.",
        [("10%", "15%", None, "up", "stake")],
        id="level-of-the-subject-percentage-is-no-size",
    ),
    pytest.param(
        "Workers get a $2 rise to $10.",
        [(None, "$10", "$2", "up", None)],
        id="size-before-a-noun-of-change-unchanged",
    ),
    pytest.param(
        "Tariffs of 25% on steel will rise to 50%.",
        [(None, "50%", None, "up", "Tariffs")],
        id="subject-before-a-level-and-its-preposition",
    ),
    pytest.param(
        "A deficit of 5% of GDP would narrow to 3%.",
        [(None, "3%", None, "down", "deficit")],
        id="subject-before-a-level-of-a-whole",
    ),
    pytest.param(
        "Stocks worth $5 billion in Europe fell 3%.",
        [(None, None, "3%", "down", None)],
        id="subject-after-a-level-without-of-is-none",
    ),
    pytest.param(
        "A tax rate of 28% would increase to 21%.",
        [(None, "21%", None, "up", None)],
        id="level-of-the-subject-against-the-move-no-start",
    ),
    pytest.param(
        "A rise of 0.5% would lift inflation to 3%.",
        [(None, None, "0.5%", "up", None), (None, "3%", None, "up", "inflation")],
        id="level-of-a-noun-of-change-no-start",
    ),
    pytest.param(
        "A total of $5 billion will grow to $7 billion.",
        [(None, "$7 billion", None, "up", None)],
        id="level-of-a-total-no-start",
    ),
    pytest.param(
        "The tax rate of 21% in 2023 would increase to 28%.",
        [(None, "28%", None, "up", None)],
        id="level-of-the-subject-dated-no-start",
    ),
    # A name's acronym in brackets before the verb; a hyphened period before a linked head.
    pytest.param(
        "Benchmark three-month copper on the London Metal Exchange (LME) rose as much as 4.4% to"
        " an all-time high of $11,104.50.",
        [
            (
                None,
                "$11,104.50",
                "as much as 4.4%",
                "up",
                "three-month copper on the London Metal Exchange",
            )
        ],
        id="subject-past-an-acronym-and-a-hyphened-period",
    ),
    pytest.param(
        "The consumer price index (CPI) rose 3.2% in March.",
        [(None, None, "3.2%", "up", "consumer price index")],
        id="subject-past-an-acronym",
    ),
    pytest.param(
        "Sales at Apple (AAPL.O) rose 5%.",
        [(None, None, "5%", "up", None)],
        id="ticker-in-brackets-unchanged",
    ),
    pytest.param(
        "Last month sales of cars rose 5%.",
        [(None, None, "5%", "up", "sales of cars")],
        id="linked-head-stops-at-a-date-unchanged",
    ),
    # A bare count right after an intransitive verb of change, its clause ending: its size.
    pytest.param(
        "Nonfarm payrolls increased 256,000 in December.",
        [(None, None, "256,000", "up", "Nonfarm payrolls")],
        id="bare-count-after-increased",
    ),
    pytest.param(
        "Government employment increased by 43,000 and leisure and hospitality gained 42,000.",
        [
            (None, None, "43,000", "up", "Government employment"),
            (None, None, "42,000", "up", "leisure and hospitality"),
        ],
        id="bare-count-second-clause-coordinated-subject",
    ),
    pytest.param(
        "Sales and profit rose 5% and costs and fees fell 3.",
        [
            (None, None, "5%", "up", "Sales and profit"),
            (None, None, "3", "down", "costs and fees"),
        ],
        id="bare-count-second-clause-after-a-percentage",
    ),
    pytest.param("The team gained 300 yards on the ground.", [], id="gained-a-measure-no-change"),
    pytest.param("The company lost 5,000 in the quarter.", [], id="lost-a-bare-count-no-change"),
    pytest.param("Health care added 54,000 jobs.", [], id="added-a-count-of-jobs-no-change"),
    # A split year between a preposition's determiner and its noun links the head before.
    pytest.param(
        "Ending stocks for the 2024/25 marketing year were raised to 560 million bushels from"
        " 435 million.",
        [
            (
                "435 million",
                "560 million bushels",
                None,
                "up",
                "Ending stocks for the 2024/25 marketing year",
            )
        ],
        id="subject-linked-past-a-split-year",
    ),
    pytest.param(
        "Ending stocks for 2024/25 were raised to 560 million bushels from 435 million.",
        [("435 million", "560 million bushels", None, "up", "Ending stocks")],
        id="subject-before-a-bare-split-year-unchanged",
    ),
    # "from" a dated or a past estimate; the object of a verb of estimating before "at".
    pytest.param(
        "The USDA forecast the U.S. corn crop at 15.147 billion bushels, up from its July"
        " estimate of 15.1 billion.",
        [("15.1 billion", "15.147 billion bushels", None, "up", "U.S. corn crop")],
        id="estimate-at-up-from-its-month-estimate-of",
    ),
    pytest.param(
        "The USDA pegged soybean production at 4.589 billion bushels, down from last month's"
        " forecast of 4.6 billion.",
        [("4.6 billion", "4.589 billion bushels", None, "down", "soybean production")],
        id="pegged-at-down-from-last-months-forecast-of",
    ),
    pytest.param(
        "The IMF now sees growth at 3.2%, down from its April forecast of 3.3%.",
        [("3.3%", "3.2%", None, "down", "growth")],
        id="sees-at-down-from-its-month-forecast-of",
    ),
    pytest.param(
        "The bank set its key rate at 5.25%, up from 5%.",
        [("5%", "5.25%", None, "up", "key rate")],
        id="set-its-rate-at-up-from",
    ),
    pytest.param(
        "The company set a record at $5 billion, up from $4 billion.",
        [("$4 billion", "$5 billion", None, "up", None)],
        id="set-a-record-at-no-subject",
    ),
    # An apposed extreme set off by commas between the new level and "from" or "up from".
    pytest.param(
        "Annual inflation rose to 29.90% in January, its highest in nearly 28 years, from 28.92%"
        " in December.",
        [("28.92%", "29.90%", None, "up", "Annual inflation")],
        id="to-apposed-extreme-from",
    ),
    pytest.param(
        "Inflation eased to 3.1% in May, its lowest level in three years, from 3.4% in April.",
        [("3.4%", "3.1%", None, "down", "Inflation")],
        id="to-apposed-lowest-level-from",
    ),
    pytest.param(
        "The jobless rate climbed to 4.3% in July, the highest since October 2021, up from 4.1%"
        " in June.",
        [("4.1%", "4.3%", None, "up", "jobless rate")],
        id="to-apposed-extreme-up-from",
    ),
    pytest.param(
        "Sales rose to $5 billion, the best in the sector, and costs fell from $4 billion.",
        [(None, "$5 billion", None, "up", "Sales"), ("$4 billion", None, None, "down", "costs")],
        id="apposed-extreme-then-clause-no-from",
    ),
    # Grain quotes: a hyphen's fraction of a cent is part of the number.
    pytest.param(
        "Chicago Board of Trade December corn futures fell 7-1/2 cents to $3.87-1/4 a bushel.",
        [
            (
                None,
                "$3.87-1/4",
                "7-1/2 cents",
                "down",
                "Chicago Board of Trade December corn futures",
            )
        ],
        id="grain-quote-fractions",
    ),
    pytest.param(
        "March soybeans were up 3-3/4 cents at $5.45-1/2 per bushel.",
        [(None, "$5.45-1/2", "3-3/4 cents", "up", "March soybeans")],
        id="grain-quote-up-at",
    ),
    # "from" and a word of the level the earlier value held ("the current", "a revised")
    pytest.param(
        "The minimum wage rose to $15 an hour from the current $12.",
        [("$12", "$15", None, "up", "minimum wage")],
        id="to-from-the-current",
    ),
    pytest.param(
        "The IMF cut its forecast to 2.9% from an earlier 3.1%.",
        [("3.1%", "2.9%", None, "down", "forecast")],
        id="to-from-an-earlier",
    ),
    pytest.param(
        "The company raised $5 million from the current investors.",
        [],
        id="from-the-current-no-value",
    ),
    pytest.param(
        "The agency will raise the cap to $176,100 from the existing $168,600.",
        [("$168,600", "$176,100", None, "up", "cap")],
        id="to-from-the-existing",
    ),
    pytest.param(
        "The bank cut its rate to 4.5% from the present 5%.",
        [("5%", "4.5%", None, "down", "rate")],
        id="to-from-the-present",
    ),
    # a verb beyond the nearest words before "to B from A" ("raised the tax credit on large
    # companies' chip investments to 96% from 3%"); a change word in a compound noun is none
    pytest.param(
        "The government raised the tax credit on large companies' chip investments to 15% from 8%.",
        [("8%", "15%", None, "up", "tax credit on large companies' chip investments")],
        id="to-from-far-verb",
    ),
    pytest.param(
        "The bank cut the minimum down payment ratio for first-time buyers to 42% from 55%.",
        [("55%", "42%", None, "down", "minimum down payment ratio for first-time buyers")],
        id="to-from-far-verb-past-down-payment",
    ),
    pytest.param(
        "Sitharaman also raised the long-term capital gains tax on equities to 12.5% from 10%.",
        [("10%", "12.5%", None, "up", "long-term capital gains tax on equities")],
        id="to-from-capital-gains-no-verb",
    ),
    # the same object after the verb itself: "gains" after "capital" is a word of the noun
    pytest.param(
        "The government raised the long-term capital gains tax on equities to 12.5% from 10%.",
        [("10%", "12.5%", None, "up", "long-term capital gains tax on equities")],
        id="to-from-capital-gains-after-the-verb",
    ),
    pytest.param(
        "The government raised the capital gains tax to 12.5%.",
        [(None, "12.5%", None, "up", "capital gains tax")],
        id="to-capital-gains-tax-object",
    ),
    # an adverb between the subject and a far verb ("also", "again", "sharply") leaves the
    # verb its object
    pytest.param(
        "The bank also cut the interest rate on its savings accounts for small businesses to 2%.",
        [(None, "2%", None, "down", "interest rate on its savings accounts for small businesses")],
        id="far-verb-after-also",
    ),
    pytest.param(
        "The bank again raised the price of a loaf of bread to $5.",
        [(None, "$5", None, "up", "price of a loaf of bread")],
        id="far-verb-after-again",
    ),
    # ... and so does a modal or an infinitive's "to" before the bare verb (no passive)
    pytest.param(
        "The tariffs would raise the price of cars by $5,000.",
        [(None, None, "$5,000", "up", "price of cars")],
        id="far-verb-after-a-modal",
    ),
    pytest.param(
        "The government plans to cut the tax on fuel for farmers to 5%.",
        [(None, "5%", None, "down", "tax on fuel for farmers")],
        id="far-verb-after-to",
    ),
    pytest.param(
        "The government will also raise the duty on imported gold to 15%.",
        [(None, "15%", None, "up", "duty on imported gold")],
        id="far-verb-after-a-modal-and-also",
    ),
    pytest.param(  # near miss: a passive after "will be" keeps its subject before
        "The duty on imported gold will be raised to 15%.",
        [(None, "15%", None, "up", "duty on imported gold")],
        id="passive-after-a-modal-unchanged",
    ),
    # a determiner alone between "to" or "from" and a sum or a percentage: where it went or
    # came from ("to its 4% target"); not a count ("to the 100 stores it owns"), and two ends
    # of another kind are no change ("rose to $5 million from 300 stores")
    pytest.param(
        "Inflation fell to its 4% target.",
        [(None, "4%", None, "down", "Inflation")],
        id="to-its-target",
    ),
    pytest.param(
        "Inflation fell to 3% from its 9% peak.",
        [("9%", "3%", None, "down", "Inflation")],
        id="to-from-its-peak",
    ),
    pytest.param(
        "Output was up 984% from the 49.82 GW installed in 2020.",
        [("49.82 GW", None, "984%", "up", "Output")],
        id="up-by-from-the-level",
    ),
    pytest.param(
        "Sales rose 5% to the 100 stores it owns.",
        [(None, None, "5%", "up", "Sales")],
        id="to-the-count-no-end",
    ),
    pytest.param(
        "Sales rose to $5 million from 300 stores.",
        [(None, "$5 million", None, "up", "Sales")],
        id="ends-of-two-kinds",
    ),
    pytest.param(
        "Unemployment rose from 5 to 10 percent.",
        [("5", "10 percent", None, "up", "Unemployment")],
        id="bare-number-end-takes-the-other-kind",
    ),
    pytest.param(
        "Prices rose to $5, up from the existing $4.",
        [("$4", "$5", None, "up", "Prices")],
        id="up-from-the-existing",
    ),
    pytest.param(
        "Gold rose to Rs 72,000 per 10 grams from Rs 70,500.",
        [("Rs 70,500", "Rs 72,000", None, "up", "Gold")],
        id="to-per-counted-measure-from",
    ),
    pytest.param(
        "Tuition at public four-year colleges averaged $12,499 for in-state students in the "
        "2017-18 academic year, up 2.5% from a year earlier.",
        [(None, "$12,499", "2.5%", "up", "Tuition at public four-year colleges")],
        id="value-eight-words-before-up",
    ),
    pytest.param(
        "Revenue reached $5 billion for the year, and costs at the unit in the region fell, up 2%.",
        [(None, None, "2%", "up", None)],
        id="value-words-before-up-with-a-clause",
    ),
    pytest.param(
        "Freight rates rose to $3,800 per 40ft container from $3,500.",
        [("$3,500", "$3,800", None, "up", "Freight rates")],
        id="to-per-sized-unit-from",
    ),
    pytest.param(
        "The death rate fell to 12 per 100,000 people from 15.",
        [("15", "12 per 100,000 people", None, "down", "death rate")],
        id="to-per-counted-rate-from",
    ),
    pytest.param(
        "The fatality rate fell to 1.26 deaths per 100 million vehicle miles traveled from 1.33.",
        [
            (
                "1.33",
                "1.26 deaths per 100 million vehicle miles traveled",
                None,
                "down",
                "fatality rate",
            )
        ],
        id="to-rate-per-vehicle-miles-from-bare",
    ),
    pytest.param(
        "The infant mortality rate rose to 5.6 per 1,000 from 5.4.",
        [("5.4", "5.6 per 1,000", None, "up", "infant mortality rate")],
        id="to-bare-rate-from-bare",
    ),
    pytest.param(
        "The rate fell to 7.2 per 100,000 last year from 8.1 per 100,000.",
        [("8.1 per 100,000", "7.2 per 100,000", None, "down", "rate")],
        id="to-rate-from-rate-of-one-base",
    ),
    pytest.param(
        "The rate rose to 5.6 per 1,000 from 5.4 per 100.",
        [(None, "5.6 per 1,000", None, "up", "rate")],
        id="to-rate-from-rate-of-another-base",
    ),
    pytest.param(
        "Deaths rose to 12 per 100,000 people from 300 people.",
        [(None, "12 per 100,000 people", None, "up", "Deaths")],
        id="to-rate-from-a-count",
    ),
    pytest.param(
        "The fatality rate fell to 1.26 from 1.33.",
        [("1.33", "1.26", None, "down", "fatality rate")],
        id="to-from-bare-levels-of-a-rate-unchanged",
    ),
    # An adverb between the copula and the value it states: the subject is before the copula.
    pytest.param(
        "The average price of a litre of diesel is now 155.02p, down from 157.32p.",
        [("157.32p", "155.02p", None, "down", "average price of a litre of diesel")],
        id="copula-now-value-down-from",
    ),
    pytest.param(
        "Mortgage rates are currently 6.9%, down from 7.8% in October.",
        [("7.8%", "6.9%", None, "down", "Mortgage rates")],
        id="copula-currently-value-down-from",
    ),
    pytest.param(
        "The jobless rate is still 4.1%, up from 3.9%.",
        [("3.9%", "4.1%", None, "up", "jobless rate")],
        id="copula-still-value-up-from",
    ),
    pytest.param(
        "The jobless rate was currently not 4.1%, up from 3.9%.",
        [("3.9%", "4.1%", None, "up", None)],
        id="copula-adverb-not-no-subject",
    ),
    pytest.param(
        "The company raised $5 million from the existing investors.",
        [],
        id="from-the-existing-no-value",
    ),
    # A restrictive relative clause with a subject and a verb of its own, after a phrase with
    # a preposition that opens the sentence: that phrase changed, not the clause's words.
    pytest.param(
        "Sales of the cars that Ford makes in Mexico rose 5% last year.",
        [(None, None, "5%", "up", "Sales of the cars")],
        id="relative-clause-own-subject-name",
    ),
    pytest.param(
        "Sales of the cars that the company makes in Mexico rose 5% last year.",
        [(None, None, "5%", "up", "Sales of the cars")],
        id="relative-clause-own-subject-noun",
    ),
    pytest.param(
        "Sales of the phones that Apple launched in September rose 10%.",
        [(None, None, "10%", "up", "Sales of the phones")],
        id="relative-clause-own-subject-past",
    ),
    pytest.param(
        "Prices of the bonds that the central bank holds fell 2%.",
        [(None, None, "2%", "down", "Prices of the bonds")],
        id="relative-clause-own-subject-two-nouns",
    ),
    pytest.param(
        "The price of eggs that farmers sell to grocers rose 20%.",
        [(None, None, "20%", "up", "price of eggs")],
        id="relative-clause-own-subject-plural",
    ),
    pytest.param(
        "Prices of goods that households buy rose 3%.",
        [(None, None, "3%", "up", "Prices of goods")],
        id="relative-clause-own-subject-plural-bare-verb",
    ),
    pytest.param(
        "It was the first time that prices fell 5% in a month.",
        [(None, None, "5%", "down", "prices")],
        id="relative-clause-own-subject-not-after-a-verb",
    ),
    pytest.param(
        "Reports that Tesla sales in China fell 5% hit the shares.",
        [(None, None, "5%", "down", "Tesla sales in China")],
        id="relative-clause-own-subject-not-a-nouns-clause",
    ),
    pytest.param(
        "Economists in a Reuters poll said that retail sales in May rose 0.5%.",
        [(None, None, "0.5%", "up", "retail sales")],
        id="relative-clause-own-subject-not-a-report",
    ),
    # A word of classes and its number name one kind of the noun after them.
    pytest.param(
        "Patients with type 2 diabetes lost 15% of their body weight.",
        [(None, None, "15%", "down", "Patients with type 2 diabetes")],
        id="class-number-type-2",
    ),
    pytest.param(
        "Category 5 storms rose 30% over the decade.",
        [(None, None, "30%", "up", "Category 5 storms")],
        id="class-number-category-5",
    ),
    pytest.param(
        "Boeing 737 deliveries fell 20% in May.",
        [(None, None, "20%", "down", "deliveries")],
        id="class-number-not-a-model",
    ),
    # ... and a capitalized one's letter or number is no article nor count before a linked
    # head ("of a dozen Grade A large eggs in": the whole name)
    pytest.param(
        "The average price of a dozen Grade A large eggs in U.S. cities rose to $5.84.",
        [(None, "$5.84", None, "up", "average price of a dozen Grade A large eggs in U.S. cities")],
        id="class-letter-grade-a-before-a-link",
    ),
    pytest.param(
        "Class A shares of Alphabet rose 2%.",
        [(None, None, "2%", "up", "Class A shares of Alphabet")],
        id="class-letter-opens-the-sentence",
    ),
    pytest.param(
        "Cases of Type 2 diabetes in India rose 5%.",
        [(None, None, "5%", "up", "Cases of Type 2 diabetes in India")],
        id="class-number-before-a-link",
    ),
    pytest.param(
        "Grade A eggs rose 5%.",
        [(None, None, "5%", "up", "Grade A eggs")],
        id="class-letter-first-word",
    ),
    pytest.param(
        "The price of a dozen eggs in Texas rose 5%.",
        [(None, None, "5%", "up", "price of a dozen eggs in Texas")],
        id="a-dozen-before-a-link",
    ),
    pytest.param(
        "Sales at Level 3 in Dallas rose 5%.",
        [(None, None, "5%", "up", "Sales at Level 3 in Dallas")],
        id="class-number-between-links",
    ),
    # A relative clause's noun that ends a list is no subject: the list's head is not read.
    pytest.param(
        "The death toll from the storm and the floods and landslides that followed it rose to 233.",
        [(None, "233", None, "up", None)],
        id="relative-clause-noun-ends-a-list",
    ),
    # A value a hundredth of the old one or less is no move "up" from it (nor a hundred
    # times it "down"): two things; nearer values keep the words' direction.
    pytest.param(
        "Nearly 970 million people may vote for 543 seats, up from 900 million in 2019.",
        [("900 million", None, None, "up", None)],
        id="up-from-a-value-far-above",
    ),
    pytest.param(
        "Transits fell to 481 ships, down from 126.",
        [("126", "481 ships", None, "down", "Transits")],
        id="down-from-a-value-near-below-keeps-the-words",
    ),
    # The verb after a modal is no word of what changed (a relative clause's antecedent).
    pytest.param(
        "Farmers said it would depress palay prices, which fell to 22 pesos a kilogram.",
        [(None, "22 pesos", None, "down", "palay prices")],
        id="modal-verb-before-the-antecedent",
    ),
    # Two listed old values are paired respectively: the second new value against the first
    # old one is no move where the figures say otherwise.
    pytest.param(
        "The ECB sees growth of 2.5% this year and 2.2% in 2025, up from 2.3% and 2.0%.",
        [("2.3%", None, None, "up", None)],
        id="up-from-a-listed-old-value-against-the-figures",
    ),
    # "average", "annual", "overall" before a noun of change are manner words too.
    pytest.param(
        "The government offered an average rise of 8.8% last year.",
        [(None, None, "8.8%", "up", None)],
        id="manner-word-average-rise-of",
    ),
    # Counts of two different nouns are no "B, up from A" pair.
    pytest.param(
        "Batteries caused 268 fires and 18 deaths last year, up from 220 fires and six deaths.",
        [("220 fires", None, None, "up", None)],
        id="up-from-a-count-of-another-noun",
    ),
    # A list price the level held before; an -ed word after a determiner is an adjective of
    # the subject's head, no verb.
    pytest.param(
        "The negotiated price for Januvia will be $113, down from a list price of $527.",
        [("$527", "$113", None, "down", "negotiated price for Januvia")],
        id="down-from-a-list-price-of",
    ),
    pytest.param(
        "The car sold for $40,000, down from its sticker price of $45,000.",
        [("$45,000", "$40,000", None, "down", "car")],
        id="down-from-its-sticker-price-of",
    ),
    pytest.param(
        "The adjusted figure for March rose 5%.",
        [(None, None, "5%", "up", "adjusted figure")],
        id="participle-adjective-after-determiner",
    ),
    # A manner word before a noun of change and its "of" is no subject.
    pytest.param(
        "The bank delivered an emergency hike of 350 basis points to 12%.",
        [(None, "12%", "350 basis points", "up", None)],
        id="manner-word-emergency-hike-of",
    ),
    pytest.param(
        "It was the third straight hike of 25 basis points.",
        [(None, None, "25 basis points", "up", None)],
        id="manner-word-straight-hike-of",
    ),
    pytest.param(
        "The bank announced a surprise rate cut of 50 basis points.",
        [(None, None, "50 basis points", "down", "rate")],
        id="manner-word-before-the-subject",
    ),
    # "mine" is a noun in news: the subject's head reaches past "coal mine".
    pytest.param(
        "The death toll from a coal mine accident in central China's Henan province rose to 16.",
        [
            (
                None,
                "16",
                None,
                "up",
                "death toll from a coal mine accident in central China's Henan province",
            )
        ],
        id="coal-mine-is-a-noun",
    ),
    # A report between commas may stand between a value and ", up from".
    pytest.param(
        "The outbreak has grown to 146 cases, health officials said on Tuesday, up from 124.",
        [("124", "146 cases", None, "up", "outbreak")],
        id="reported-clause-before-up-from",
    ),
    # A few words between a value and ", up from" may be capitalized names.
    pytest.param(
        "The summit drew about 67,000 registered participants to the Azerbaijani capital, down "
        "from nearly 84,000 at last year's meeting.",
        [
            (
                "nearly 84,000",
                "about 67,000 registered participants",
                None,
                "down",
                "registered participants",
            )
        ],
        id="capitalized-words-before-down-from",
    ),
    pytest.param(
        "He paid $5 million to Chelsea, up from $3 million.",
        [("$3 million", "$5 million", None, "up", None)],
        id="a-name-before-up-from",
    ),
    pytest.param(
        "The company earned $5 million from Apple and Google, up from $3 million.",
        [("$3 million", None, None, "up", None)],
        id="names-and-another-clause-before-up-from",
    ),
    # A percentage that restates a share of a group between commas moves as after "60% of".
    pytest.param(
        "Nearly two-thirds of respondents, 60%, said they were worried, up from 48%.",
        [("48%", "60%", None, "up", None)],
        id="apposed-share-before-a-clause-up-from",
    ),
    pytest.param(
        "About 60% of respondents said they were worried, up from 48% last year.",
        [("48%", "About 60%", None, "up", None)],
        id="share-of-a-group-before-a-clause-up-from",
    ),
    pytest.param(
        "Among voters, 51%, said no, up from 44%.",
        [("44%", None, None, "up", None)],
        id="apposed-value-not-of-a-share-stays-apart",
    ),
    pytest.param(
        "Nearly two-thirds of respondents, 60%, said they were worried and prices rose, up "
        "from 48%.",
        [("48%", None, None, "up", None)],
        id="apposed-share-not-past-another-clause",
    ),
    # ... and the clause of such a share, or of one that opens the sentence ("An estimated 14
    # per cent of"), may be longer: up to 14 words and dates, no comma nor other clause.
    pytest.param(
        "Nearly two-thirds of respondents, 57%, said the economy was the most important issue, "
        "up from 27% in August.",
        [("27%", "57%", None, "up", None)],
        id="apposed-share-before-a-long-clause-up-from",
    ),
    pytest.param(
        "An estimated 14 per cent of manufacturing output by Japanese firms is now produced "
        "overseas, up from about 9 per cent in 2008.",
        [("about 9 per cent", "An estimated 14 per cent", None, "up", None)],
        id="opening-share-before-a-long-clause-up-from",
    ),
    pytest.param(
        "In May, 14% of manufacturing output by Japanese firms was produced overseas by its "
        "plants in Asia, up from 9%.",
        [("9%", None, None, "up", None)],
        id="share-not-opening-its-sentence-stays-apart",
    ),
    pytest.param(
        "Output was 9 million bpd, officials said Monday, down from 9.5 million.",
        [("9.5 million", "9 million bpd", None, "down", "Output")],
        id="reported-clause-with-bare-date-before-down-from",
    ),
    pytest.param(
        "Sales rose to 1.2 million units, according to the trade group, up from 1.1 million.",
        [("1.1 million", "1.2 million units", None, "up", "Sales")],
        id="according-to-clause-before-up-from",
    ),
    pytest.param(
        "About 33,000 homes were without power, according to Hokuriku Electric Power, down "
        "from 45,700.",
        [("45,700", "About 33,000 homes", None, "down", "homes")],
        id="according-to-a-named-source-before-down-from",
    ),
    pytest.param(
        "About 41,250 homes in Ishikawa were still without electricity on Sunday morning, "
        "according to Hokuriku Electric Power, down from 57,125 at the peak.",
        [("57,125", "About 41,250 homes", None, "down", "homes")],
        id="according-to-a-named-source-after-a-long-clause",
    ),
    pytest.param(
        "Weight fell 13% from a baseline of 105 kg.",
        [("105 kg", None, "13%", "down", "Weight")],
        id="from-a-baseline-of",
    ),
    # A subject linked by a preposition: up to four words before it, and not past a report.
    pytest.param(
        "The preliminary auction clearance rate in Sydney was 70.2%, up from 66.5%.",
        [("66.5%", "70.2%", None, "up", "preliminary auction clearance rate in Sydney")],
        id="four-words-before-in",
    ),
    pytest.param(
        "Prices in 70 major cities were down 3.1% from March.",
        [(None, None, "3.1%", "down", "Prices in 70 major cities")],
        id="count-after-the-linking-preposition",
    ),
    pytest.param(
        "Killings in more than 250 large cities fell by about 17%.",
        [(None, None, "about 17%", "down", "Killings in more than 250 large cities")],
        id="hedged-count-after-the-linking-preposition",
    ),
    pytest.param(
        "Smaller diamonds of less than 0.75 carats were cut by up to 40%.",
        [(None, None, "up to 40%", "down", "Smaller diamonds of less than 0.75 carats")],
        id="hedged-decimal-measure-after-the-linking-preposition",
    ),
    pytest.param(
        "The tally showed pay rises averaging 16,469 yen a month, including base pay "
        "increases of 3.70%.",
        [(None, None, "3.70%", "up", "base pay")],
        id="what-including-takes-in-without-the-word",
    ),
    pytest.param(
        "The city is 1,200 km northeast of Jakarta, which is sinking by as much as 25 cm a year.",
        [(None, None, "as much as 25 cm a year", "down", None)],
        id="no-bearing-of-a-place-as-the-antecedent",
    ),
    pytest.param(
        "Home prices south of the border rose 5%.",
        [(None, None, "5%", "up", "Home prices south of the border")],
        id="noun-before-a-bearing-keeps-its-place",
    ),
    pytest.param(
        "Urals loaded at the Baltic port of Primorsk averaged $83.67 a barrel in September, "
        "up from $74.40 in August.",
        [("$74.40", "$83.67", None, "up", "Urals loaded at the Baltic port of Primorsk")],
        id="participle-place-with-a-determiner-and-of-keeps-its-noun",
    ),
    pytest.param(
        "Crude shipped from the port of Novorossiysk fell 10%.",
        [(None, None, "10%", "down", "Crude shipped from the port of Novorossiysk")],
        id="participle-source-with-a-determiner-and-of-keeps-its-noun",
    ),
    pytest.param(
        "It also lifted a 16% cap on credit growth. The firm cut its 20% stake to 10%.",
        [("20%", "10%", None, "down", "stake")],
        id="rate-of-a-rule-is-no-size-of-the-move",
    ),
    pytest.param(
        "Shares rose a hefty 5% on Monday, and gold gained a modest 0.5%.",
        [(None, None, "5%", "up", "Shares"), (None, None, "0.5%", "up", "gold")],
        id="size-adjective-after-a-verb-without-object",
    ),
    pytest.param(
        "Rightmove expects prices to end 2024 about 1% higher than at the start of the year.",
        [(None, None, "about 1%", "up", "prices")],
        id="controlled-object-before-a-period-end-verb-and-its-year",
    ),
    pytest.param(
        "He said on Monday prices in Spain rose 3%.",
        [(None, None, "3%", "up", "prices in Spain")],
        id="linked-subject-after-a-day",
    ),
    pytest.param(
        "March exports to China rose 5%.",
        [(None, None, "5%", "up", "exports to China")],
        id="linked-subject-after-a-month",
    ),
    pytest.param(
        "Machine-tool makers said orders from China fell 5%.",
        [(None, None, "5%", "down", "orders from China")],
        id="linked-subject-after-a-report",
    ),
    # A price's verb ends the subject as a level verb does ("costs", "sells for", "valued at").
    pytest.param(
        "Milk costs $4.29, up from $3.99 last year.",
        [("$3.99", "$4.29", None, "up", "Milk")],
        id="subject-before-costs",
    ),
    pytest.param(
        "In Nairobi, a 2-kg packet of maize flour now sells for about Sh190, up from Sh145.",
        [("Sh145", "about Sh190", None, "up", "2-kg packet of maize flour")],
        id="subject-before-sells-for",
    ),
    pytest.param(
        "The company is valued at $5 billion, up from $4 billion in 2020.",
        [("$4 billion", "$5 billion", None, "up", "company")],
        id="subject-before-valued-at",
    ),
    pytest.param(
        "Total revenue, including grants, is projected at 3.3 trillion shillings, up from 2.9"
        " trillion shillings.",
        [("2.9 trillion shillings", "3.3 trillion shillings", None, "up", "Total revenue")],
        id="subject-before-projected-at",
    ),
    pytest.param(
        "Total expenditure is estimated at $6.1 trillion, up 4%.",
        [(None, "$6.1 trillion", "4%", "up", "Total expenditure")],
        id="subject-before-estimated-at",
    ),
    pytest.param(
        "The death toll was put at 54, up from 40 on Monday.",
        [("40", "54", None, "up", "death toll")],
        id="subject-before-put-at",
    ),
    pytest.param(
        "The deficit is estimated at 5.1% of GDP, down from 6.2%.",
        [("6.2%", "5.1%", None, "down", "deficit")],
        id="subject-before-estimated-at-a-share",
    ),
    pytest.param(
        "The budget passed with defense at $886 billion, up 3%.",
        [(None, "$886 billion", "3%", "up", "defense")],
        id="subject-with-a-noun-at",
    ),
    pytest.param(
        "With inflation at 3.2%, down from 3.5%, the Fed held rates.",
        [("3.5%", "3.2%", None, "down", "inflation")],
        id="subject-with-a-noun-at-2",
    ),
    pytest.param(
        "Stocks ended mixed, with the yield at 4.2%, up from 4.1%.",
        [("4.1%", "4.2%", None, "up", "yield")],
        id="subject-with-a-noun-at-3",
    ),
    # "B, up from A": a bare A leaves out the unit of a quantity B.
    pytest.param(
        "Aid to Gaza fell to 40 trucks a day in May, down from 500 before the war.",
        [("500", "40 trucks a day", None, "down", "Aid to Gaza")],
        id="up-from-a-bare-number-of-a-rate",
    ),
    pytest.param(
        "The plant makes 300 tonnes a year, up from 200.",
        [("200", "300 tonnes a year", None, "up", None)],
        id="up-from-a-bare-number-of-a-measure",
    ),
    pytest.param(
        "The dam holds 5 million cubic metres, up from 2008.",
        [],
        id="up-from-a-year-no-change",
    ),
    # A size set off by a comma after the verb's clause, with no second value.
    pytest.param(
        "The Fed cut rates three times last year, by a total of 100 basis points.",
        [(None, None, "100 basis points", "down", "rates")],
        id="set-off-by-a-total-of-alone",
    ),
    pytest.param(
        "The Fed has cut rates seven times, by 175 basis points.",
        [(None, None, "175 basis points", "down", "rates")],
        id="set-off-by-alone",
    ),
    pytest.param(
        "The index gained 2% last week, by 40 points.",
        [(None, None, "2%", "up", "index")],
        id="set-off-by-after-a-verb-s-own-value-unchanged",
    ),
    pytest.param("He was elected in 2020, by 5,000 votes.", [], id="set-off-by-no-change-verb"),
    # A bare move after the comma that ends a change verb's clause with no value of its own,
    # the same way, sizes that verb's move: its subject is the move's.
    pytest.param(
        "Retail sales rose for a third straight month, up 0.5%.",
        [(None, None, "0.5%", "up", "Retail sales")],
        id="set-off-up-after-a-run-of-months",
    ),
    pytest.param(
        "Exports rose sharply, up 12% from a year earlier.",
        [(None, None, "12%", "up", "Exports")],
        id="set-off-up-after-an-adverb",
    ),
    pytest.param(
        "Stocks fell on Monday, up 5% for the year.",
        [(None, None, "5%", "up", None)],
        id="set-off-up-after-a-fall-names-nothing",
    ),
    # The subject of a change verb before "and" and no comma is the next verb's.
    pytest.param(
        "The stock swung wildly on Friday and closed 23% higher.",
        [(None, None, "23%", "up", "stock")],
        id="shared-subject-no-comma",
    ),
    pytest.param(
        "The shares jumped at the open and ended 5% higher.",
        [(None, None, "5%", "up", "shares")],
        id="shared-subject-no-comma-2",
    ),
    pytest.param(
        "He said prices rose and fell 5%.",
        [(None, None, "5%", "down", None)],
        id="shared-subject-not-after-a-reporting-verb",
    ),
    pytest.param(
        "Sales fell and profit dropped 10%.",
        [(None, None, "10%", "down", "profit")],
        id="shared-subject-own-subject-unchanged",
    ),
    pytest.param(
        "The phone sells for $999, up 10% from last year.",
        [(None, "$999", "10%", "up", "phone")],
        id="subject-before-sells-for-up-by",
    ),
    pytest.param(
        "Electricity under the guarantee costs 34 pence, against 28p a year ago.",
        [("28p", "34 pence", None, "up", "Electricity under the guarantee")],
        id="subject-linked-by-under",
    ),
    pytest.param(
        "Certificates for cars with engines above 1,600 cc rose 4.9%.",
        [(None, None, "4.9%", "up", "Certificates for cars with engines above 1,600 cc")],
        id="subject-linked-by-above-a-measure",
    ),
    pytest.param(
        "Prices for homes below 100 square meters fell 3%.",
        [(None, None, "3%", "down", "Prices for homes below 100 square meters")],
        id="subject-linked-by-below-a-measure",
    ),
    pytest.param(
        "Prices at the fortnightly Global Dairy Trade auction rose 0.9%.",
        [(None, None, "0.9%", "up", "Prices at the fortnightly Global Dairy Trade auction")],
        id="subject-modifier-before-a-long-name",
    ),
    pytest.param(
        "Agents issued fines worth 3.4 billion reais in the period, up 21%.",
        [(None, "3.4 billion reais", "21%", "up", "fines")],
        id="subject-of-worth-after-a-past-verb",
    ),
    pytest.param(
        "The firm signed contracts totalling $5 billion, up 10%.",
        [(None, "$5 billion", "10%", "up", "contracts")],
        id="subject-of-totalling-after-a-past-verb",
    ),
    pytest.param(
        "Vacancies fell in May, dropping by 12,000 to 898,000.",
        [(None, "898,000", "12,000", "down", "Vacancies")],
        id="gerund-by-to-takes-the-move-before",
    ),
    pytest.param(
        "British job vacancies fell for a 23rd consecutive period, dropping by 12,000 to 898,000.",
        [(None, "898,000", "12,000", "down", "British job vacancies")],
        id="gerund-after-a-rank",
    ),
    pytest.param(
        "Stocks fell on Monday, rising by 5% to 300.",
        [(None, "300", "5%", "up", None)],
        id="gerund-by-to-of-another-way-no-subject",
    ),
    pytest.param(
        "It costs $5, up from $4.",
        [("$4", "$5", None, "up", None)],
        id="no-subject-pronoun-before-costs",
    ),
    # "goes up to" is where the level went, as "go up to" is: no bound.
    pytest.param(
        "The minimum wage goes up to $15 an hour from $12.",
        [("$12", "$15", None, "up", "minimum wage")],
        id="goes-up-to-from",
    ),
    pytest.param(
        "Rents are going up to $2,100 a month.",
        [(None, "$2,100", None, "up", "Rents")],
        id="going-up-to",
    ),
    # A run of periods between the verb and its value: "rose for a third straight month to".
    pytest.param(
        "Retail sales rose for a third straight month to $720 billion.",
        [(None, "$720 billion", None, "up", "Retail sales")],
        id="run-of-months-before-to",
    ),
    pytest.param(
        "The index fell for the fifth session in a row to 4,100.",
        [(None, "4,100", None, "down", "index")],
        id="run-in-a-row-before-to",
    ),
    pytest.param(
        "Nigeria's inflation rate accelerated for the 17th consecutive month to 33.2%.",
        [(None, "33.2%", None, "up", "Nigeria's inflation rate")],
        id="run-after-a-long-verb-before-to",
    ),
    pytest.param(
        "Headline inflation decelerated for a third straight month to 5.1%.",
        [(None, "5.1%", None, "down", "Headline inflation")],
        id="run-after-a-long-verb-down",
    ),
    # A date after "in", "on" or "during" between the verb and "to" or "by" is its adverbial.
    pytest.param(
        "Sales rose in the first half of the year to $5 billion.",
        [(None, "$5 billion", None, "up", "Sales")],
        id="date-between-verb-and-to",
    ),
    # An adverbial of up to four words between "from X" and "to Y", "under" too.
    pytest.param(
        "Kerala's share of central taxes, however, fell from 2.5 per cent under the 14th Finance "
        "Commission to 1.93 per cent under the 15th.",
        [("2.5 per cent", "1.93 per cent", None, "down", "Kerala's share of central taxes")],
        id="from-under-a-long-adverbial-to",
    ),
    pytest.param(
        "Tuition rose from $5,000 under the old rules to $7,000.",
        [("$5,000", "$7,000", None, "up", "Tuition")],
        id="from-under-an-adverbial-to",
    ),
    pytest.param(
        "Sales rose in the first quarter by 5%.",
        [(None, None, "5%", "up", "Sales")],
        id="date-between-verb-and-by",
    ),
    pytest.param(
        "Coffee prices have doubled in the past year to more than $3 a pound.",
        [(None, "more than $3", None, "up", "Coffee prices")],
        id="date-between-doubled-and-to",
    ),
    pytest.param(
        "Exports jumped in March by 12%.",
        [(None, None, "12%", "up", "Exports")],
        id="date-between-verb-and-by-no-object",
    ),
    pytest.param(
        "Prices rose for a second month by 0.4%.",
        [(None, None, "0.4%", "up", "Prices")],
        id="run-before-by",
    ),
    pytest.param(
        "Inflation rose for a 13th straight month in January to 29.90%.",
        [(None, "29.90%", None, "up", "Inflation")],
        id="run-of-months-and-a-date-before-to",
    ),
    # "over" a period between the verb and its value, as "in" or "during" one
    pytest.param(
        "Home prices have more than doubled over the past decade to $1.2 million.",
        [(None, "$1.2 million", None, "up", "Home prices")],
        id="over-a-period-before-to",
    ),
    pytest.param(  # near miss: "over" a size is its bound
        "The index rose over 2% to 5,400.",
        [(None, "5,400", "over 2%", "up", "index")],
        id="over-a-size-is-a-bound",
    ),
    # A relative clause between commas stands between the subject and its verb; a change
    # inside one after "which" or "who" is its antecedent's, whatever verb that is object of.
    pytest.param(
        "Food inflation, which accounts for about half of the basket, climbed to 35.41% "
        "from 33.93%.",
        [("33.93%", "35.41%", None, "up", "Food inflation")],
        id="subject-before-a-relative-clause",
    ),
    # So does an aside after "including" or "excluding".
    pytest.param(
        "Encounters at official crossings, including people with appointments, fell to "
        "1,157,981 from 3.1 million.",
        [("3.1 million", "1,157,981", None, "down", "Encounters at official crossings")],
        id="subject-before-an-including-aside",
    ),
    pytest.param(
        "Core inflation, excluding food and energy, rose 3.2%.",
        [(None, None, "3.2%", "up", "Core inflation")],
        id="subject-before-an-excluding-aside",
    ),
    # ... nor does a past participle's phrase set off by commas
    pytest.param(
        "Net income, adjusted for inflation, fell 3% to $4.1 billion.",
        [(None, "$4.1 billion", "3%", "down", "Net income")],
        id="subject-before-a-participle-aside",
    ),
    pytest.param(
        "Retail sales, seasonally adjusted, rose 0.5% in May.",
        [(None, None, "0.5%", "up", "Retail sales")],
        id="subject-before-a-participle-aside-2",
    ),
    pytest.param(
        "Profit, hit by weak demand, dropped 20% to $1.2 billion.",
        [(None, "$1.2 billion", "20%", "down", "Profit")],
        id="subject-before-a-participle-aside-3",
    ),
    # ... nor a relative clause that holds a list, nor one that opens with "where"
    pytest.param(
        "Core inflation, which strips out energy, food, alcohol and tobacco, slowed to 4.9 per "
        "cent from 5.2 per cent.",
        [("5.2 per cent", "4.9 per cent", None, "down", "Core inflation")],
        id="subject-before-a-relative-clause-with-a-list",
    ),
    pytest.param(
        "Paraná, where output fell by nearly 59 per cent in 2021/22, has recovered to about 32 "
        "million tonnes.",
        [
            (None, None, "nearly 59 per cent", "down", "output"),
            (None, "about 32 million tonnes", None, "up", "Paraná"),
        ],
        id="subject-before-a-where-clause",
    ),
    pytest.param(
        "Revenue, profit and margins, the company said, rose 5%.",
        [(None, None, "5%", "up", "Revenue, profit and margins")],
        id="subject-list-before-a-report-is-the-list",
    ),
    # ... nor does an apposition that opens with a possessive
    pytest.param(
        "Sales of iPhones, Apple's best-selling product, fell 10%.",
        [(None, None, "10%", "down", "Sales of iPhones")],
        id="subject-before-a-possessive-apposition",
    ),
    pytest.param(
        "The Hang Seng, Hong Kong's main index, rose 1.2%.",
        [(None, None, "1.2%", "up", "Hang Seng")],
        id="subject-before-a-two-word-name-possessive-apposition",
    ),
    pytest.param(
        "Sales in China, its biggest market, fell 5%.",
        [(None, None, "5%", "down", "Sales in China")],
        id="subject-before-a-pronoun-possessive-apposition",
    ),
    # ... nor an apposition of no determiner, nor a relative clause with a restatement in
    # brackets; a list's last items or a clause between the commas stay unread
    *(
        pytest.param(text, [(None, to, by, way, subject)], id=f"subject-before-a-bare-aside-{n}")
        for n, (text, to, by, way, subject) in enumerate(
            [
                (
                    "Deaths involving nitazenes, synthetic opioids far stronger than heroin, "
                    "rose to 52.",
                    "52",
                    None,
                    "up",
                    "Deaths involving nitazenes",
                ),
                (
                    "Imports of crude, mainly heavy grades, fell 3%.",
                    None,
                    "3%",
                    "down",
                    "Imports of crude",
                ),
                (
                    "Public sector salaries, which average about 300,000 pounds ($23) a month, "
                    "would rise by 400%.",
                    None,
                    "400%",
                    "up",
                    "Public sector salaries",
                ),
                (
                    "The index, which tracks 945 wines (about $3 each), has fallen 9%.",
                    None,
                    "9%",
                    "down",
                    "index",
                ),
                # Near misses
                ("Sales in Asia, Europe and Africa, rose 5%.", None, "5%", "up", None),
                ("Prices of rice, wheat, corn, rose 5%.", None, "5%", "up", None),
                ("Sales of cars, down sharply, rose 5%.", None, "5%", "up", None),
                ("In March, prices, rose 2%.", None, "2%", "up", None),
            ]
        )
    ),
    pytest.param(
        "Oil prices jumped, Apple's shares fell 5%.",
        [(None, None, "5%", "down", "Apple's shares")],
        id="subject-possessive-after-a-clause-unchanged",
    ),
    pytest.param(
        "Oil prices jumped, stocks slumped, gold rose 1%.",
        [(None, None, "1%", "up", "gold")],
        id="subject-after-clauses-no-aside-unchanged",
    ),
    pytest.param(
        "The company, including its subsidiaries, cut 500 jobs, or 5% of staff.",
        [],
        id="aside-no-change-of-a-share",
    ),
    # A verb phrase with no value of its own and "and" before the change verb share the
    # subject set off by a relative clause, an aside or an apposition.
    pytest.param(
        "Intuitive Machines' shares, which had more than doubled this month, swung wildly"
        " after the landing and closed 15% higher at $9.",
        [
            (None, None, None, "up", "Intuitive Machines' shares"),  # "doubled": factor 2
            (None, "$9", "15%", "up", "Intuitive Machines' shares"),
        ],
        id="subject-shared-past-a-verb-phrase-and",
    ),
    pytest.param(
        "The index, which tracks 500 companies, opened lower and ended 1.2% higher at 5,100.",
        [(None, "5,100", "1.2%", "up", "index")],
        id="subject-shared-past-a-verb-phrase-and-2",
    ),
    pytest.param(
        "Oil, which had fallen 3%, rebounded and settled up 1.5% at $80.",
        [(None, None, "3%", "down", "Oil"), (None, "$80", "1.5%", "up", "Oil")],
        id="subject-shared-past-a-verb-phrase-and-a-level-verb",
    ),
    pytest.param(
        "The company, which owns three mines, said output fell and closed 5% lower.",
        [(None, None, "5%", "down", None)],
        id="subject-not-shared-past-a-report",
    ),
    pytest.param(
        "Shares, which had doubled, swung wildly and analysts said profit rose 5%.",
        [(None, None, None, "up", "Shares"), (None, None, "5%", "up", "profit")],
        id="subject-not-shared-past-another-subject",
    ),
    # A bare move after a comma closing a clause that states a level ("traded at", "was at")
    # with no value of ours is of that clause's subject.
    pytest.param(
        "The yen traded at 94.1 to the dollar on Tuesday, still down about 96% so far this year.",
        [(None, None, "about 96%", "down", "yen")],
        id="bare-move-after-a-level-clause",
    ),
    pytest.param(
        "Sterling was at 1.27 per dollar, down 0.3%.",
        [(None, None, "0.3%", "down", "Sterling")],
        id="bare-move-after-a-copula-level-clause",
    ),
    pytest.param(
        "He arrived at the office, still down 3% on the day.",
        [(None, None, "3%", "down", None)],
        id="bare-move-after-no-level-clause",
    ),
    pytest.param(
        "The rupee traded at 83.2 against the dollar, and the peso was down 1%.",
        [(None, None, "1%", "down", "peso")],
        id="bare-move-with-its-own-subject-unchanged",
    ),
    # A name is not cut in two by the four words of a subject.
    pytest.param(
        "U.S. West Texas Intermediate crude futures rose 51 cents, or 0.8%, to $61.53.",
        [(None, "$61.53", "51 cents", "up", "West Texas Intermediate crude futures")],
        id="subject-name-past-four-words",
    ),
    pytest.param(
        "West Texas Intermediate crude futures fell 2% to $70.",
        [(None, "$70", "2%", "down", "West Texas Intermediate crude futures")],
        id="subject-name-past-four-words-opening-a-sentence",
    ),
    pytest.param(
        "Yesterday West Texas Intermediate crude futures fell 2% to $70.",
        [(None, "$70", "2%", "down", "West Texas Intermediate crude futures")],
        id="subject-name-not-past-a-date",
    ),
    pytest.param(
        "Sales of Apple iPhone Pro Max phones rose 5% in China.",
        [(None, None, "5%", "up", "iPhone Pro Max phones")],
        id="subject-four-words-after-a-lower-case-word-unchanged",
    ),
    # The far object of a change verb may open with no determiner, a plural content word.
    pytest.param(
        "The U.S. raised tariffs on Chinese goods to 145% from 125%.",
        [("125%", "145%", None, "up", "tariffs on Chinese goods")],
        id="far-object-with-no-determiner",
    ),
    pytest.param(
        "The U.K. cut duties on imported cars to 5% from 10%.",
        [("10%", "5%", None, "down", "duties on imported cars")],
        id="far-object-with-no-determiner-2",
    ),
    pytest.param(
        "Prices increased sharply in May to 5% from 4%.",
        [("4%", "5%", None, "up", "Prices")],
        id="far-object-not-an-adverb",
    ),
    # A period after an ordinal right before "to" names nothing that changed.
    pytest.param(
        "Prices rose in the first half to 5% from 4%.",
        [("4%", "5%", None, "up", None)],
        id="subject-no-period-after-an-ordinal",
    ),
    pytest.param(
        "The second half rose 5%.",
        [(None, None, "5%", "up", "second half")],
        id="subject-period-with-its-ordinal-unchanged",
    ),
    # The agent of a participle after the subject's noun is not what changed.
    pytest.param(
        "Remittances sent home by Filipinos abroad rose 3% to $37.2 billion.",
        [(None, "$37.2 billion", "3%", "up", "Remittances sent home by Filipinos abroad")],
        id="subject-past-a-participle-s-agent",
    ),
    pytest.param(
        "Shares held by foreigners rose 5%.",
        [(None, None, "5%", "up", "Shares held by foreigners")],
        id="subject-past-a-participle-s-agent-2",
    ),
    pytest.param(
        "The amount paid by the government rose 5%.",
        [(None, None, "5%", "up", "amount paid by the government")],
        id="subject-past-a-participle-s-agent-after-a-stop-noun",
    ),
    pytest.param(
        "The number killed by the storm rose to 54.",
        [(None, "54", None, "up", "number killed by the storm")],
        id="subject-past-a-participle-s-agent-after-a-stop-noun-2",
    ),
    pytest.param(
        "He said bonds bought by the central bank rose 10%.",
        [(None, None, "10%", "up", None)],
        id="subject-past-an-agent-with-no-noun-opening-names-none",
    ),
    pytest.param(
        "Oil prices rose 2% by midday.",
        [(None, None, "2%", "up", "Oil prices")],
        id="subject-by-after-the-verb-unchanged",
    ),
    pytest.param(
        "The bank raised output from 2 million barrels a day.",
        [("2 million barrels a day", None, None, "up", "output")],
        id="raised-from-a-measure-unchanged",
    ),
    # The doer of a noun linked by a preposition ("Imports of crude by India") is not what
    # changed: the linked head is.
    pytest.param(
        "Imports of crude by India rose 5% in March.",
        [(None, None, "5%", "up", "Imports of crude by India")],
        id="subject-past-a-linked-noun-s-doer",
    ),
    pytest.param(
        "Sales of electric cars by Tesla fell 9% in the quarter.",
        [(None, None, "9%", "down", "Sales of electric cars by Tesla")],
        id="subject-past-a-linked-noun-s-doer-2",
    ),
    pytest.param(
        "Purchases of gold by central banks rose 10% last year.",
        [(None, None, "10%", "up", "Purchases of gold by central banks")],
        id="subject-past-a-linked-noun-s-doer-3",
    ),
    # a verb set off before ", to": its object and adverbials stand between
    pytest.param(
        "Enrollment has fallen for the fourth straight year, to 41,820 students this spring"
        " from a peak of 44,300 in 2021.",
        [("44,300", "41,820 students", None, "down", "Enrollment")],
        id="set-off-verb-comma-to-from",
    ),
    pytest.param(
        "The Bank of Canada has raised its key rate 10 times since March 2022, to 5%, a"
        " 22-year high.",
        [(None, "5%", None, "up", "key rate")],
        id="set-off-verb-comma-to",
    ),
    pytest.param(
        "Prices rose sharply, to $5 a gallon.",
        [(None, "$5", None, "up", "Prices")],
        id="set-off-verb-adverb-comma-to",
    ),
    # ... also after "most recently", and after "has" a verb that is also a noun ("cut")
    pytest.param(
        "The central bank has cut its benchmark interest rate three times since April, most"
        " recently to 48% from 58% on Saturday.",
        [("58%", "48%", None, "down", "benchmark interest rate")],
        id="set-off-verb-most-recently-to-from",
    ),
    pytest.param(
        "The bank has raised its key rate four times this year, most recently to 5%.",
        [(None, "5%", None, "up", "key rate")],
        id="set-off-verb-most-recently-to",
    ),
    pytest.param(
        "The firm has cut its stake in the company, to 5%.",
        [(None, "5%", None, "down", "stake in the company")],
        id="set-off-verb-after-has-comma-to",
    ),
    # near miss: a noun of change reads its own "to"
    pytest.param(
        "The cut in its rate since April, most recently to 5%, helped.",
        [],
        id="set-off-noun-most-recently-to-is-no-change",
    ),
    # a count after ", up" or ", down" moves the count of its kind before the comma
    pytest.param(
        "Japan produced 6.79 million tonnes of rice in 2024, up 180,000 tonnes from 2023.",
        [(None, "6.79 million tonnes of rice", "180,000 tonnes", "up", "rice")],
        id="count-comma-up-count",
    ),
    pytest.param(
        "Attendance was 45,000, up 5,000 on last year.",
        [(None, "45,000", "5,000", "up", "Attendance")],
        id="count-comma-up-bare-count",
    ),
    pytest.param(
        "Crude stocks fell 2.1 million barrels to 430 million, down 500,000 barrels from"
        " analysts' forecasts.",
        [(None, "430 million", "2.1 million barrels", "down", "Crude stocks")],
        id="count-comma-down-after-another-change-is-none",
    ),
    # a value after "per" is a rate's unit, never a level of the change
    pytest.param(
        "The tax rate will rise to $1.04 per $100 of assessed value from $1.00.",
        [(None, "$1.04", None, "up", "tax rate")],
        id="per-value-is-no-level",
    ),
    pytest.param(
        "Prices rose to $5 per kg from $4.",
        [("$4", "$5", None, "up", "Prices")],
        id="per-unit-keeps-the-change",
    ),
    # a value between the verb and "and" keeps the verb for the next value
    pytest.param(
        "Exports rose 3% in May and 4% in June.",
        [(None, None, "3%", "up", "Exports"), (None, None, "4%", "up", "Exports")],
        id="verb-value-and-next-value",
    ),
    # ... nor of a noun of reported figures right before "by"
    pytest.param(
        "Sales by Tesla fell 9%.",
        [(None, None, "9%", "down", "Sales by Tesla")],
        id="subject-figures-noun-by-its-doer",
    ),
    pytest.param(
        "Output by the sector rose 2%.",
        [(None, None, "2%", "up", "Output by the sector")],
        id="subject-figures-noun-by-its-doer-2",
    ),
    pytest.param(
        "Shares held by foreigners fell 3%.",
        [(None, None, "3%", "down", "Shares held by foreigners")],
        id="subject-participle-by-its-agent-unchanged",
    ),
    # a doer's "by" before a place's preposition: the noun of figures, not the place
    pytest.param(
        "Investment by foreign firms in Vietnam rose 5% to $20 billion.",
        [(None, "$20 billion", "5%", "up", "Investment by foreign firms in Vietnam")],
        id="subject-figures-noun-by-doer-in-place",
    ),
    pytest.param(
        "Spending by households in Japan fell 2.1% in May.",
        [(None, None, "2.1%", "down", "Spending by households in Japan")],
        id="subject-figures-noun-by-doer-in-place-2",
    ),
    pytest.param(
        "Purchases of homes by foreigners in Canada fell 20%.",
        [(None, None, "20%", "down", "Purchases of homes by foreigners in Canada")],
        id="subject-linked-noun-by-doer-in-place",
    ),
    # a past "started at" moved: no scale
    pytest.param(
        "Prices started at $50 last year and have since gone up to $80.",
        [(None, "$80", None, "up", None)],
        id="started-at-then-gone-up-to-moved",
    ),
    pytest.param(
        "Shares started the day at $50 and rose to $55.",
        [(None, "$55", None, "up", None)],
        id="started-the-day-at-then-rose-moved",
    ),
    # the period a change is measured from, between the verb and "to"
    pytest.param(
        "Sales doubled from a year earlier to $1.2 billion.",
        [(None, "$1.2 billion", None, "up", "Sales")],
        id="change-from-a-period-to",
    ),
    pytest.param(
        "Revenue jumped from the previous quarter to $3 billion.",
        [(None, "$3 billion", None, "up", "Revenue")],
        id="change-from-a-period-to-2",
    ),
    pytest.param(
        "Sales rose from the same period last year to $1.2 billion.",
        [(None, "$1.2 billion", None, "up", "Sales")],
        id="change-from-a-period-to-3",
    ),
    pytest.param(
        "Prices rose from January to March.",
        [],
        id="change-from-a-period-to-a-date-none",
    ),
    # two coordinated nouns that open the sentence (or follow a verb of saying or a
    # clause's opener) are the subject together
    pytest.param(
        "Oil and gas prices rose 3%.",
        [(None, None, "3%", "up", "Oil and gas prices")],
        id="subject-coordinated-opening-nouns",
    ),
    pytest.param(
        "Both exports and imports fell 5%.",
        [(None, None, "5%", "down", "exports and imports")],
        id="subject-coordinated-opening-nouns-both",
    ),
    pytest.param(
        "The ministry said the oil and gas exports rose 5%.",
        [(None, None, "5%", "up", "oil and gas exports")],
        id="subject-coordinated-nouns-after-said",
    ),
    pytest.param(
        "Italy was flat and Spain grew by 0.4 per cent.",
        [(None, None, "0.4 per cent", "up", "Spain")],
        id="subject-coordinated-after-a-copula-unchanged",
    ),
    pytest.param(
        "Sales rose and prices fell 5%.",
        [(None, None, "5%", "down", "prices")],
        id="subject-coordinated-after-a-verb-unchanged",
    ),
    # a hedge between the subject and its verb is no part of the subject
    pytest.param(
        "Sales roughly doubled to $1.2 billion.",
        [(None, "$1.2 billion", None, "up", "Sales")],
        id="subject-before-a-hedge-roughly",
    ),
    pytest.param(
        "Costs approximately halved to $1 billion.",
        [(None, "$1 billion", None, "down", "Costs")],
        id="subject-before-a-hedge-approximately",
    ),
    # a transitive change verb whose object was not read: before it stands the doer
    pytest.param(
        "The deal raises top pay to $40 an hour.",
        [(None, "$40", None, "up", None)],
        id="subject-not-the-doer-of-raises",
    ),
    pytest.param(
        "The minimum wage was raised in November to 53,900 naira a month from 23,100 naira.",
        [("23,100 naira", "53,900 naira", None, "up", "minimum wage")],
        id="subject-passive-raised-then-a-date-unchanged",
    ),
    # an adverb after the object is no part of it
    pytest.param(
        "The government raised the fuel price sharply to 600 naira a litre.",
        [(None, "600 naira", None, "up", "fuel price")],
        id="subject-object-then-an-adverb",
    ),
    pytest.param(
        "The central bank cut the money supply to $2 trillion.",
        [(None, "$2 trillion", None, "down", "money supply")],
        id="subject-object-ends-in-ly-unchanged",
    ),
    # a market report's running gain or loss: the value after "to" sizes the move
    pytest.param(
        "Gold extended gains to 2%.",
        [(None, None, "2%", "up", "Gold")],
        id="extended-gains-to-is-a-size",
    ),
    pytest.param(
        "Oil trimmed losses to 0.5%.",
        [(None, None, "0.5%", "down", "Oil")],
        id="trimmed-losses-to-is-a-size",
    ),
    pytest.param(
        "The Dow extended losses to 400 points.",
        [(None, None, "400 points", "down", "Dow")],
        id="extended-losses-to-points-is-a-size",
    ),
    pytest.param(
        "The company cut losses to $5 million.",
        [(None, "$5 million", None, "down", "losses")],
        id="cut-losses-to-money-is-a-level-unchanged",
    ),
    # after another value, the running gain or loss is no level that value moved to
    pytest.param(
        "Shares in Vodafone rose as much as 5% before paring gains to 2%.",
        [
            (None, None, "as much as 5%", "up", "Shares in Vodafone"),
            (None, None, "2%", "up", "Shares in Vodafone"),
        ],
        id="paring-gains-to-after-a-size-is-its-own-move",
    ),
    pytest.param(
        "Oil fell as much as 3% before trimming losses to 1%.",
        [(None, None, "as much as 3%", "down", "Oil"), (None, None, "1%", "down", "Oil")],
        id="trimming-losses-to-after-a-size-is-its-own-move",
    ),
    # ... nor is the level of a later move's gerund after "before", "after" or "then"
    pytest.param(
        "Oil rose as much as 3% before easing to $80.",
        [(None, None, "as much as 3%", "up", "Oil"), (None, "$80", None, "down", "Oil")],
        id="before-a-later-gerund-to-is-its-own-move",
    ),
    pytest.param(
        "The yuan fell 2% before recovering to 7.29 by midday.",
        [(None, None, "2%", "down", "yuan"), (None, "7.29", None, "up", "yuan")],
        id="before-recovering-to-is-its-own-move",
    ),
    pytest.param(
        "Prices rose 4% in the year before rising to 5%.",
        [(None, None, "4%", "up", "Prices"), (None, "5%", None, "up", "Prices")],
        id="before-rising-to-is-its-own-move",
    ),
    pytest.param(
        "Shares rose 3% in early trading to 120 pence.",
        [(None, "120 pence", "3%", "up", "Shares")],
        id="size-then-to-a-level-unchanged",
    ),
    # with "from" too, the running gain or loss moved between the values
    pytest.param(
        "Shares pared gains to 1% from 5%.",
        [("5%", "1%", None, "down", "Shares")],
        id="pared-gains-to-from-is-down",
    ),
    pytest.param(
        "Gold extended gains to 2% from 1%.",
        [("1%", "2%", None, "up", "Gold")],
        id="extended-gains-to-from-is-up",
    ),
    pytest.param(
        "Oil pared losses to 0.5% from 2%.",
        [("2%", "0.5%", None, "down", "losses")],
        id="pared-losses-to-from-names-the-losses",
    ),
    pytest.param(
        "The Dow pared losses to 100 points from 400 points.",
        [("400 points", "100 points", None, "down", "losses")],
        id="pared-losses-to-from-points",
    ),
    pytest.param(
        "The company narrowed its losses to $5 million from $8 million.",
        [("$8 million", "$5 million", None, "down", "losses")],
        id="narrowed-losses-to-from-money-unchanged",
    ),
    # "added" before a percentage or points is a market's gain
    pytest.param(
        "The S&P 500 has gained 15% this year, while the Nasdaq has added 20%.",
        [(None, None, "15%", "up", "S&P 500"), (None, None, "20%", "up", "Nasdaq")],
        id="added-a-percentage-is-a-gain",
    ),
    pytest.param(
        "The Dow added 300 points to 39,000.",
        [(None, "39,000", "300 points", "up", "Dow")],
        id="added-points-to-a-level",
    ),
    pytest.param(
        "The index added 2.5 per cent on Friday.",
        [(None, None, "2.5 per cent", "up", "index")],
        id="added-per-cent-on-a-day",
    ),
    pytest.param(
        "The Kospi added about 1.5%.",
        [(None, None, "about 1.5%", "up", "Kospi")],
        id="added-a-hedged-percentage",
    ),
    pytest.param(
        "Exports added 0.5 percentage points to growth.",
        [],
        id="added-points-to-growth-is-a-contribution",
    ),
    pytest.param("The company added 5% to its stake.", [], id="added-to-a-noun-is-none"),
    pytest.param(
        "Sales will rise 5%, he added.",
        [(None, None, "5%", "up", "Sales")],
        id="added-reporting-verb-unchanged",
    ),
    pytest.param("The firm added 20,000 jobs in May.", [], id="added-a-count-unchanged"),
    # "give up" is a loss
    pytest.param(
        "The stock gave up 3% after the report.",
        [(None, None, "3%", "down", "stock")],
        id="gave-up-is-a-loss",
    ),
    pytest.param(
        "The Nasdaq gave up 1.2% to 16,500.",
        [(None, "16,500", "1.2%", "down", "Nasdaq")],
        id="gave-up-is-a-loss-to",
    ),
    pytest.param(
        "Investors gave up 20% of their stake.",
        [],
        id="gave-up-a-share-of-is-no-change",
    ),
    # a place's dotted initials after "the" and a preposition end the subject
    pytest.param(
        "Retail sales in the U.K. fell 1.2% in May.",
        [(None, None, "1.2%", "down", "Retail sales in the U.K.")],
        id="subject-ends-in-dotted-place",
    ),
    pytest.param(
        "Exports from China to the U.S. fell 7% to $40 billion.",
        [(None, "$40 billion", "7%", "down", "Exports from China to the U.S.")],
        id="subject-ends-in-dotted-place-2",
    ),
    pytest.param(
        "Tariffs imposed by the U.S. rose to 25%.",
        [(None, "25%", None, "up", "Tariffs imposed by the U.S.")],
        id="subject-ends-in-dotted-place-agent",
    ),
    pytest.param(
        "Inflation in the US slowed to 3.3% in May.",
        [(None, "3.3%", None, "down", "Inflation in the US")],
        id="subject-ends-in-undotted-place-unchanged",
    ),
    # a level verb, its session and "at": the subject before the verb
    pytest.param(
        "The stock ended the session at $45.10, down 3%.",
        [(None, "$45.10", "3%", "down", "stock")],
        id="subject-level-verb-session-at",
    ),
    pytest.param(
        "Gold ended the year at $2,060 an ounce, up 13%.",
        [(None, "$2,060", "13%", "up", "Gold")],
        id="subject-level-verb-session-at-2",
    ),
    pytest.param(
        "The unemployment rate is expected to end the year at 8.5%, up from the current 7.9%.",
        [("7.9%", "8.5%", None, "up", "unemployment rate")],
        id="subject-level-verb-session-at-3",
    ),
    pytest.param(
        "The stock closed on Friday at $45.10, up 3%.",
        [(None, "$45.10", "3%", "up", "stock")],
        id="subject-level-verb-date-at",
    ),
    pytest.param(
        "The shares ended trading at 215 pence, down 4%.",
        [(None, "215 pence", "4%", "down", "shares")],
        id="subject-level-verb-trading-at",
    ),
    pytest.param(
        "He started the day at $45.10, down 3%.",
        [(None, "$45.10", "3%", "down", None)],
        id="subject-no-level-verb-session-at-unchanged",
    ),
    # a level's "in" and a noun of figures after it: what the level measures changed
    pytest.param(
        "The company ended the year at $5 billion in revenue, up 10%.",
        [(None, "$5 billion", "10%", "up", "revenue")],
        id="subject-level-in-figures-noun",
    ),
    pytest.param(
        "The firm reported $2.1 billion in annual sales, up from $1.9 billion.",
        [("$1.9 billion", "$2.1 billion", None, "up", "annual sales")],
        id="subject-level-in-figures-noun-2",
    ),
    pytest.param(
        "The stock was at $45 in afternoon trading, down 2%.",
        [(None, "$45", "2%", "down", "stock")],
        id="subject-level-in-session-unchanged",
    ),
    # a preposition's object whose head is out of reach names nothing (not the place)
    pytest.param(
        "Demand by buyers in China rose 5%.",
        [(None, None, "5%", "up", None)],
        id="subject-stranded-object-none",
    ),
    pytest.param(
        "Shipments of parts for cars from Japan to China rose 12%.",
        [(None, None, "12%", "up", None)],
        id="subject-stranded-object-none-2",
    ),
    # ... three links reach it
    pytest.param(
        "Exports of cars from Japan to China rose 12%.",
        [(None, None, "12%", "up", "Exports of cars from Japan to China")],
        id="subject-three-links",
    ),
    pytest.param(
        "The average price of a pint of beer in London has risen to £6.",
        [(None, "£6", None, "up", "average price of a pint of beer in London")],
        id="subject-three-links-price-of-a-pint",
    ),
    pytest.param(
        "At Apple revenue rose 5%.",
        [(None, None, "5%", "up", "Apple revenue")],
        id="subject-opening-preposition-unchanged",
    ),
    pytest.param(
        "Output at factories in the north fell 2%.",
        [(None, None, "2%", "down", "Output at factories in the north")],
        id="subject-two-links-unchanged",
    ),
    # "among", "across", "between", "within" and "with" link a subject's phrase; the object
    # of "against", "without", "over" or "into" read back is no subject
    pytest.param(
        "The unemployment rate among young people rose to 15%.",
        [(None, "15%", None, "up", "unemployment rate among young people")],
        id="subject-linked-by-among",
    ),
    pytest.param(
        "Trade between the two countries rose 10% to $50 billion.",
        [(None, "$50 billion", "10%", "up", "Trade between the two countries")],
        id="subject-linked-by-between-past-a-count",
    ),
    pytest.param(
        "Trade with China rose 5%.",
        [(None, None, "5%", "up", "Trade with China")],
        id="subject-linked-by-with",
    ),
    pytest.param(
        "The cost to insure the bank's debt against default rose to 200 basis points.",
        [(None, "200 basis points", None, "up", None)],
        id="subject-stranded-after-against-none",
    ),
    pytest.param(
        "The Fed will cut the monthly cap on Treasury securities it lets mature without"
        " replacement to $5 billion from $25 billion.",
        [("$25 billion", "$5 billion", None, "down", None)],
        id="subject-stranded-after-without-none",
    ),
    pytest.param(
        "With inflation high, rates rose 5%.",
        [(None, None, "5%", "up", "rates")],
        id="subject-after-an-opening-with-unchanged",
    ),
    # the second of two objects of a preposition, its own preposition after it
    pytest.param(
        "Spending on roads and bridges in Ohio rose 10%.",
        [(None, None, "10%", "up", "Spending on roads and bridges in Ohio")],
        id="subject-coordinated-objects-then-preposition",
    ),
    pytest.param(
        "Sales rose and prices in Ohio fell 5%.",
        [(None, None, "5%", "down", "prices in Ohio")],
        id="subject-coordinated-clause-unchanged",
    ),
    pytest.param(
        "Investment fell, and new construction starts measured by floor area dropped 64.2% to"
        " 611 million square metres.",
        [
            (
                None,
                "611 million square metres",
                "64.2%",
                "down",
                "new construction starts measured by floor area",
            )
        ],
        id="subject-not-the-agent-of-a-measure",
    ),
    pytest.param(
        "Sony shares rose 3.1%, outperforming the Nikkei 225 index, which gained 0.8%.",
        [
            (None, None, "3.1%", "up", "Sony shares"),
            (None, None, "0.8%", "up", "Nikkei 225 index"),
        ],
        id="change-in-a-relative-clause-is-the-antecedents",
    ),
    pytest.param(
        "It was the 14th sellout of the season for Indiana, which averaged 16,990 fans at home"
        " games this year, up from 4,067 in 2023.",
        [("4,067", "16,990 fans", None, "up", "Indiana")],
        id="relative-after-a-name-after-for-is-the-names",
    ),
    pytest.param(
        "The outlook for Germany, which grew 0.3% in the first quarter, is weak.",
        [(None, None, "0.3%", "up", "Germany")],
        id="relative-after-a-place-after-for-is-the-places",
    ),
    pytest.param(
        "The IMF raised its forecast for China, which was cut to 4.5% in April.",
        [(None, "4.5%", None, "down", "forecast for China")],
        id="relative-passive-after-for-keeps-the-head",
    ),
    pytest.param(
        "Demand for the Fever, which sold out 14 games, rose 20% this year.",
        [(None, None, "20%", "up", "Demand for the Fever")],
        id="relative-aside-after-for-keeps-the-head",
    ),
    # "that" right before the change verb after a determined noun is a relative pronoun.
    pytest.param(
        "Exporters were helped by a yen that has lost 15% this year.",
        [(None, None, "15%", "down", "yen")],
        id="relative-that-after-a-noun-is-the-nouns",
    ),
    pytest.param(
        "Sea levels rose at a rate that has more than doubled to 1.9 millimetres a year.",
        [(None, "1.9 millimetres a year", None, "up", "rate")],
        id="relative-that-after-a-rate",
    ),
    pytest.param(
        "He said that rose 5%.",
        [(None, None, "5%", "up", None)],
        id="relative-that-after-a-verb-is-no-pronoun",
    ),
    pytest.param(
        "The fund bought bonds that rose 3%.",
        [(None, None, "3%", "up", None)],
        id="relative-that-after-an-undetermined-noun-reads-none",
    ),
    # A transitive verb with no object after it takes the noun fronted before its doer.
    pytest.param(
        "Each climber pays $26,290 for a permit, a fee the government plans to raise to $35,850.",
        [(None, "$35,850", None, "up", "fee")],
        id="fronted-object-before-plans-to",
    ),
    pytest.param(
        "The crown may weaken 2% a month, a pace the central bank plans to cut to 1%.",
        [(None, None, "2%", "down", "crown"), (None, "1%", None, "down", "pace")],
        id="fronted-object-before-a-two-word-doer",
    ),
    pytest.param(
        "It is a fee the government will raise to $35,850.",
        [(None, "$35,850", None, "up", "fee")],
        id="fronted-object-before-will",
    ),
    pytest.param(
        "The government plans to raise the fee to $35,850.",
        [(None, "$35,850", None, "up", "fee")],
        id="fronted-object-not-when-the-object-follows",
    ),
    # After a noun of state or change and "of", a relative's change is of the noun after "of".
    pytest.param(
        "The weakness of the crown, which has fallen 5% this year, hurt exporters.",
        [(None, None, "5%", "down", "crown")],
        id="relative-after-a-state-of-is-the-nouns",
    ),
    pytest.param(
        "The slide of the lira, which lost 30% last year, worried investors.",
        [(None, None, "30%", "down", "lira")],
        id="relative-after-a-change-noun-of-is-the-nouns",
    ),
    pytest.param(
        "Cities want to raise their share of state income tax revenue, which fell from 96% to"
        " about 3%.",
        [("96%", "about 3%", None, "down", "share of state income tax revenue")],
        id="relative-after-a-share-of-keeps-the-head",
    ),
    pytest.param(
        "Shares of Apple, which rose 3%, led the index.",
        [(None, None, "3%", "up", "Shares of Apple")],
        id="relative-after-shares-of-keeps-the-head",
    ),
    pytest.param(
        "Patients taking the highest dose, who were older, lost 13%.",
        [(None, None, "13%", "down", None)],
        id="relative-clause-keeps-the-participle-object-rule",
    ),
    pytest.param(
        "Firms must comply with the Act, which allows fines of up to 10% of turnover, "
        "rising to 20% for repeat offenders.",
        [(None, "20%", None, "up", None)],
        id="participle-after-a-relative-clause-goes-on-it",
    ),
    # An adverbial phrase between a subject and its verb is read past ("in fact", "so far").
    pytest.param(
        "The fund had returned 18%, he said, when it had in fact lost two-thirds of its value.",
        [(None, None, "two-thirds", "down", None)],
        id="in-fact-is-no-subject",
    ),
    pytest.param(
        "Sales in Europe have so far risen 5%.",
        [(None, None, "5%", "up", "Sales in Europe")],
        id="so-far-between-subject-and-verb",
    ),
    # A focusing "alone" after the subject (and its date) is read past; so is a participle
    # with its date right before the verb.
    pytest.param(
        "Exports in June alone grew 10.5% year on year to $33.4 billion.",
        [(None, "$33.4 billion", "10.5%", "up", "Exports")],
        id="alone-after-the-subject-and-its-date",
    ),
    pytest.param(
        "Foreign direct investment disbursed in the first half rose 8.2% to $10.84 billion.",
        [(None, "$10.84 billion", "8.2%", "up", "Foreign direct investment")],
        id="participle-and-its-date-before-the-verb",
    ),
    pytest.param(
        "Temperatures dipped in May to 5C.",
        [(None, "5C", None, "down", "Temperatures")],
        id="verb-before-a-date-is-no-participle",
    ),
    # A measure's number opens a subject at the sentence's start ("A 50 kg bag").
    pytest.param(
        "A 50 kg bag of rice now costs 75,000 naira, up from 40,000 naira.",
        [("40,000 naira", "75,000 naira", None, "up", "50 kg bag of rice")],
        id="subject-with-a-measure-after-a",
    ),
    # A period's code opens a subject ("Q3", "H1", "FY24").
    pytest.param(
        "Q3 net income fell 20% to $1.1 billion.",
        [(None, "$1.1 billion", "20%", "down", "Q3 net income")],
        id="subject-opens-with-a-quarter-code",
    ),
    pytest.param(
        "FY24 revenue rose 5%.",
        [(None, None, "5%", "up", "FY24 revenue")],
        id="subject-opens-with-a-fiscal-year-code",
    ),
    # A place's dotted initials before a lower-case noun open the subject; before a capital
    # they may end the sentence before ("to the U.S. Prices rose").
    pytest.param(
        "U.S. retail sales rose 0.7% in March, and U.K. inflation fell to 3.2%.",
        [
            (None, None, "0.7%", "up", "U.S. retail sales"),
            (None, "3.2%", None, "down", "U.K. inflation"),
        ],
        id="subject-opens-with-dotted-initials",
    ),
    pytest.param(
        "He moved to the U.S. Prices rose 5%.",
        [(None, None, "5%", "up", "Prices")],
        id="dotted-initials-before-a-capital-stay-out",
    ),
    # Dates between a subject and its verb are skipped, each with its preposition.
    pytest.param(
        "Revenue for the three months to June rose to £5.2bn.",
        [(None, "£5.2bn", None, "up", "Revenue")],
        id="subject-before-two-dates",
    ),
    # ... and so is a sports season after next/last/this, which no date reads.
    pytest.param(
        "The league's salary cap for next season is $140.6 million, up 10% from $136 million.",
        [("$136 million", "$140.6 million", "10%", "up", "salary cap")],
        id="subject-before-next-season",
    ),
    pytest.param(
        "Attendance for the coming season rose 5%.",
        [(None, None, "5%", "up", "Attendance")],
        id="subject-before-the-coming-season",
    ),
    pytest.param("The season rose 5%.", [(None, None, "5%", "up", "season")], id="season-alone"),
    # What "excluding" (or "including") leaves out of a subject's head is part of it, and its
    # words do not count toward the most a subject holds.
    pytest.param(
        "The personal consumption expenditures price index excluding food and energy rose at "
        "a 2.4% rate.",
        [
            (
                None,
                None,
                "2.4%",
                "up",
                "personal consumption expenditures price index excluding food and energy",
            )
        ],
        id="long-head-before-an-excluded-pair",
    ),
    pytest.param(
        "Retail sales excluding autos, gasoline and building materials rose 0.4%.",
        [
            (
                None,
                None,
                "0.4%",
                "up",
                "Retail sales excluding autos, gasoline and building materials",
            )
        ],
        id="head-before-an-excluded-list",
    ),
    pytest.param(
        "He said sales excluding autos and gasoline rose 0.4%.",
        [(None, None, "0.4%", "up", "sales excluding autos and gasoline")],
        id="excluded-pair-head-after-a-reporting-verb",
    ),
    # A report set off by commas between a value and the move after it.
    pytest.param(
        "Exports reached $5 billion in 2022, the ministry said, up 8% from 2021.",
        [(None, "$5 billion", "8%", "up", "Exports")],
        id="report-between-a-value-and-its-move",
    ),
    pytest.param(
        "Exports reached $5 billion, the ministry said, and imports were up 8%.",
        [(None, None, "8%", "up", "imports")],
        id="report-then-a-clause-keeps-the-move-apart",
    ),
    # A bound a move crossed on its way to its level is no size of it.
    pytest.param(
        "In Tokyo, the fertility rate fell below 1 for the first time, to 0.99.",
        [(None, "0.99", None, "down", "fertility rate")],
        id="bound-crossed-before-the-level-is-no-size",
    ),
    pytest.param(
        "Oil rose above $50, to $52 a barrel.",
        [(None, "$52", None, "up", "Oil")],
        id="bound-crossed-upward-is-no-size",
    ),
    pytest.param(
        "Oil fell below 5%, to 6%.",
        [(None, "6%", "below 5%", "down", "Oil")],
        id="level-short-of-the-bound-keeps-the-size",
    ),
    # A gapped step after a date from which the first applies ("and by a further").
    pytest.param(
        "Wages will rise by 2% from April 2025 and by a further 3.1% from April 2026.",
        [(None, None, "2%", "up", "Wages"), (None, None, "3.1%", "up", "Wages")],
        id="gapped-further-step-after-a-from-date",
    ),
    # A period closed by a date after it is skipped with its preposition.
    pytest.param(
        "Revenue for the quarter ended April 28 rose to $26.04 billion from $7.19 billion.",
        [("$7.19 billion", "$26.04 billion", None, "up", "Revenue")],
        id="subject-before-a-period-ended-on-a-date",
    ),
    pytest.param(
        "Net income for the three months ended June 30 fell 12%.",
        [(None, None, "12%", "down", "Net income")],
        id="subject-before-counted-months-ended-on-a-date",
    ),
    pytest.param(
        "Sales in the fiscal year ending March fell 3%.",
        [(None, None, "3%", "down", "Sales")],
        id="subject-before-a-fiscal-year-ending-in-a-month",
    ),
    pytest.param(
        "The quarter ended June 30 saw profit rise 5%.",
        [(None, None, "5%", "up", "profit")],
        id="period-ended-on-a-date-without-a-preposition-unchanged",
    ),
    # A date's period noun after the date is skipped with it ("the August-May quarter").
    pytest.param(
        "Operating profit for the August-May quarter rose 1% to 120 billion yen.",
        [(None, "120 billion yen", "1%", "up", "Operating profit")],
        id="subject-before-a-date-and-its-period-noun",
    ),
    # ... and so is "of the fiscal (financial, ...) year" after a date.
    pytest.param(
        "The deficit for the first eight months of the fiscal year was $1.2 trillion, up 23% "
        "from a year earlier.",
        [(None, "$1.2 trillion", "23%", "up", "deficit")],
        id="subject-before-a-date-of-the-fiscal-year",
    ),
    pytest.param(
        "Sales for the first quarter of the financial year fell 3%.",
        [(None, None, "3%", "down", "Sales for the first quarter of the financial year")],
        id="subject-no-date-before-of-the-financial-year",
    ),
    pytest.param(
        "Sales in the March-May period rose 4%, and output in the 2022/23 season fell 2%.",
        [
            (None, None, "4%", "up", "Sales"),
            (None, None, "2%", "down", "output"),
        ],
        id="subject-before-a-date-and-period-or-season",
    ),
    # A noun of change before a level verb: the verb is no object; the subject stands before.
    pytest.param(
        "Pay rises averaged 5% last year.",
        [(None, None, "5%", "up", "Pay")],
        id="subject-before-a-noun-of-change-and-a-level-verb",
    ),
    pytest.param(
        "Price rises hit 10% in March.",
        [(None, None, "10%", "up", "Price")],
        id="subject-before-a-noun-of-change-and-hit",
    ),
    # After a determiner, a level word is an adjective of the verb's object.
    pytest.param(
        "Amazon raised its average starting pay to more than $22 an hour.",
        [(None, "more than $22", None, "up", "average starting pay")],
        id="object-after-a-determiner-opens-with-average",
    ),
    pytest.param(
        "The insurer cut the average premium by 5%.",
        [(None, None, "5%", "down", "average premium")],
        id="object-after-the-opens-with-average",
    ),
    # A verb in -ed right after a noun of change, alone before the value, is its verb.
    pytest.param(
        "Price declines deepened to 3%.",
        [(None, "3%", None, "down", "Price")],
        id="subject-before-a-noun-of-change-and-a-verb-in-ed",
    ),
    pytest.param(
        "Rent hikes topped 10% in March.",
        [(None, None, "10%", "up", "Rent")],
        id="subject-before-a-noun-of-change-and-topped",
    ),
    pytest.param(
        "The company cuts subsidized fuel prices by 10%.",
        [(None, None, "10%", "down", "subsidized fuel prices")],
        id="verb-in-s-keeps-its-object-opening-in-ed",
    ),
    # A noun of change right before another change verb is the head of its subject: "rises"
    # and "increases" are stop words of counts (verbs in -s), which ended the subject.
    pytest.param(
        "Price increases slowed to 3% in May.",
        [(None, "3%", None, "down", "Price increases")],
        id="subject-ends-in-a-noun-of-change",
    ),
    pytest.param(
        "Home price gains have eased to 5.2%, and job losses slowed to 20,000.",
        [
            (None, "5.2%", None, "down", "Home price gains"),
            (None, "20,000", None, "down", "job losses"),
        ],
        id="subject-ends-in-a-noun-of-change-after-an-auxiliary",
    ),
    # "advances" (a bank's loans) is such a noun; a plural one right before a change verb
    # is a noun whatever stands before it.
    pytest.param(
        "Total advances grew 12% to $4.5 billion.",
        [(None, "$4.5 billion", "12%", "up", "Total advances")],
        id="subject-advances-before-a-change-verb",
    ),
    pytest.param(
        "Advances grew 15% year on year.",
        [(None, None, "15%", "up", "Advances")],
        id="subject-plural-noun-of-change-opening-a-sentence",
    ),
    pytest.param(
        "The bank's advances rose 9%.",
        [(None, None, "9%", "up", "advances")],
        id="subject-plural-noun-of-change-after-an-owner",
    ),
    # A proper name's possessive is part of what changed (whose economy, whose revenue); a
    # lower-case owner stands for "its", a date's is when, and a clause's lone capital that
    # the text names nowhere else, or an owner listed with another, is no name.
    pytest.param(
        "Italy's economy grew 0.5% in the quarter.",
        [(None, None, "0.5%", "up", "Italy's economy")],
        id="subject-owner-place",
    ),
    pytest.param(
        "Apple's revenue rose 5% to $90 billion. Analysts had expected more from Apple.",
        [(None, "$90 billion", "5%", "up", "Apple's revenue")],
        id="subject-owner-named-again-in-the-text",
    ),
    pytest.param(
        "On Tuesday, Tesla's shares fell 3% to $180.",
        [(None, "$180", "3%", "down", "Tesla's shares")],
        id="subject-owner-inside-a-sentence",
    ),
    pytest.param(
        "The Philippines' inflation rate eased to 3.4% in February from 2.8%.",
        [("2.8%", "3.4%", None, "down", "Philippines' inflation rate")],
        id="subject-owner-plural-possessive-after-the",
    ),
    pytest.param(
        "Dar es Salaam's exports rose 5%, while Port-au-Prince's imports fell 2%.",
        [
            (None, None, "5%", "up", "Dar es Salaam's exports"),
            (None, None, "2%", "down", "Port-au-Prince's imports"),
        ],
        id="subject-owner-names-with-lower-case-and-hyphened-words",
    ),
    pytest.param(
        "The company's revenue rose 5% to $90 billion.",
        [(None, "$90 billion", "5%", "up", "revenue")],
        id="subject-lower-case-owner-unchanged",
    ),
    pytest.param(
        "March's reading fell to 3.1% from 3.4%.",
        [("3.4%", "3.1%", None, "down", "reading")],
        id="subject-date-owner-unchanged",
    ),
    pytest.param(
        "Chipmaker's sales jump 26% on AI demand",
        [(None, None, "26%", "up", "sales")],
        id="subject-headline-capital-owner-unchanged",
    ),
    # A headline's capital owns the subject when the text names it so inside a sentence too,
    # never in lower case (``links._named``: every other use of the word is read).
    pytest.param(
        "Acme's sales jump 26% on AI demand\n\nAnalysts said Acme had a strong quarter.",
        [(None, None, "26%", "up", "Acme's sales")],
        id="subject-headline-owner-named-inside-a-sentence",
    ),
    pytest.param(
        "Chipmaker's sales jump 26% on AI demand\n\nChipmaker shares rose.",
        [(None, None, "26%", "up", "sales")],
        id="subject-headline-owner-only-opening-sentences-unchanged",
    ),
    pytest.param(
        "Chipmaker's sales jump 26% on AI demand\n\nAnalysts said Chipmaker had a strong "
        "quarter, and the chipmaker said so.",
        [(None, None, "26%", "up", "sales")],
        id="subject-headline-owner-also-in-lower-case-unchanged",
    ),
    pytest.param(
        "Britain and France's exports rose 2%.",
        [(None, None, "2%", "up", "exports")],
        id="subject-listed-owners-unchanged",
    ),
    # An index's name with "&" before its slash is one compound ("S&P/ASX 200"); after the
    # "and" of a clause (no name nor possessive before it) a place still owns the name.
    pytest.param(
        "Australia's S&P/ASX 200 fell 0.7%.",
        [(None, None, "0.7%", "down", "Australia's S&P/ASX 200")],
        id="subject-ampersand-slash-compound",
    ),
    pytest.param(
        "Canada's S&P/TSX composite index rose 0.3%.",
        [(None, None, "0.3%", "up", "Canada's S&P/TSX composite index")],
        id="subject-ampersand-slash-compound-index",
    ),
    pytest.param(
        "Stocks rose and Germany's DAX fell 0.7%.",
        [(None, None, "0.7%", "down", "Germany's DAX")],
        id="subject-owner-after-a-clause-and",
    ),
    pytest.param(
        "South Korea's Kospi rose 0.5% and Australia's S&P/ASX 200 fell 0.7%.",
        [
            (None, None, "0.5%", "up", "South Korea's Kospi"),
            (None, None, "0.7%", "down", "Australia's S&P/ASX 200"),
        ],
        id="subject-owner-after-a-value-and",
    ),
    # A place read over "and" is one owner, no list of two.
    pytest.param(
        "Trinidad and Tobago's DAX added 3.1% to 41,512.59.",
        [(None, "41,512.59", "3.1%", "up", "Trinidad and Tobago's DAX")],
        id="subject-place-with-and-owns",
    ),
    pytest.param(
        "Exports from Trinidad and Tobago's ports rose 2%.",
        [(None, None, "2%", "up", "Exports from Trinidad and Tobago's ports")],
        id="subject-past-a-place-with-and",
    ),
    pytest.param(  # near miss: two places, a list of owners
        "Exports from Britain and France's ports rose 2%.",
        [(None, None, "2%", "up", "ports")],
        id="subject-two-places-listed-owners",
    ),
    pytest.param(
        "Italy's and Spain's economies grew 1%.",
        [(None, None, "1%", "up", "economies")],
        id="subject-listed-possessive-owners-unchanged",
    ),
    pytest.param(
        "Analysts expect Italy's economy to grow 0.5%, while they expect the company's revenue"
        " to rise 5%.",
        [
            (None, None, "0.5%", "up", "Italy's economy"),
            (None, None, "5%", "up", "revenue"),
        ],
        id="subject-owner-of-a-controlled-subject",
    ),
    pytest.param(
        "The Nasdaq advances 1.2% to 18,000.",
        [(None, "18,000", "1.2%", "up", "Nasdaq")],
        id="advances-as-the-verb-unchanged",
    ),
    pytest.param(
        "The increases slowed to 3%.",
        [(None, "3%", None, "down", None)],
        id="noun-of-change-after-a-determiner-alone-names-none",
    ),
    # A participle adjective opens a subject though counts stop at it.
    pytest.param(
        "Adjusted EBITDA rose 9% to $820 million.",
        [(None, "$820 million", "9%", "up", "Adjusted EBITDA")],
        id="subject-opens-with-adjusted",
    ),
    pytest.param(
        "Trimmed mean inflation slowed to 2.9%.",
        [(None, "2.9%", None, "down", "Trimmed mean inflation")],
        id="a-participle-adjective-trimmed",
    ),
    pytest.param(
        "Inflation-adjusted wages fell 2% last year.",
        [(None, None, "2%", "down", "Inflation-adjusted wages")],
        id="subject-hyphened-adjusted",
    ),
    # "versus" or "vs." needs no comma before it; the value after it is no change's size.
    pytest.param(
        "Revenue came in at $5.1 billion vs. $4.8 billion a year ago.",
        [("$4.8 billion", "$5.1 billion", None, "up", "Revenue")],
        id="versus-without-a-comma-dated",
    ),
    pytest.param(
        "Net income was $1.2 billion versus $900 million a year earlier.",
        [("$900 million", "$1.2 billion", None, "up", "Net income")],
        id="versus-spelled-without-a-comma",
    ),
    pytest.param(
        "Prices rose 3% versus 2% in the euro zone.",
        [(None, None, "3%", "up", "Prices")],
        id="versus-value-is-no-second-size",
    ),
    pytest.param(
        "Profit before tax dropped to £1.1bn from £1.4bn.",
        [("£1.4bn", "£1.1bn", None, "down", "Profit before tax")],
        id="subject-linked-by-before",
    ),
    # A scale or currency after a number ends a value, never a subject: the noun before the
    # "of" that leads the value is what changed, or none is named.
    pytest.param(
        "Sales at Rs 2,300 crore were up 15% year-on-year.",
        [(None, None, "15%", "up", None)],
        id="no-subject-scale-of-a-value",
    ),
    pytest.param(
        "Sales of Rs 2,300 crore were up 15%.",
        [(None, None, "15%", "up", "Sales")],
        id="subject-of-a-value-before-the-cue",
    ),
    pytest.param(
        "Revenue of 5 billion pesos was up 3%.",
        [(None, None, "3%", "up", "Revenue")],
        id="subject-of-a-value-with-a-currency-name",
    ),
    pytest.param(
        "Imports of $5 billion from China rose 10%.",
        [(None, None, "10%", "up", "Imports")],
        id="subject-of-a-scaled-sum-before-a-preposition",
    ),
    pytest.param(
        "Investment of 2 billion euros in the plant rose 5%.",
        [(None, None, "5%", "up", "Investment")],
        id="subject-of-a-scaled-sum-with-a-currency-name-before-a-preposition",
    ),
    pytest.param(
        "Exports of 5 million tonnes to India fell 3%.",
        [(None, None, "3%", "down", None)],
        id="no-subject-of-a-scaled-count-before-a-preposition",
    ),
    pytest.param(
        "Sales of 5 million cars rose 3%.",
        [(None, None, "3%", "up", "Sales of 5 million cars")],
        id="count-of-a-scale-stays-in-the-subject",
    ),
    pytest.param(
        "The top 10 stocks rose 5%.",
        [(None, None, "5%", "up", "stocks")],
        id="count-noun-stays-a-subject",
    ),
    # A phrase linked to a number's scale names no subject ("million tonnes of rice"), and a
    # sum of money sizes no move to a rate.
    pytest.param(
        "Tariffs on $200 billion of goods rose to 25% from 10%.",
        [("10%", "25%", None, "up", None)],
        id="no-subject-linked-to-a-scale",
    ),
    pytest.param(
        "The price of 2 million tonnes of rice rose 5%.",
        [(None, None, "5%", "up", None)],
        id="no-subject-linked-to-a-measure-scale",
    ),
    pytest.param(
        "The US raised tariffs on $200 billion of Chinese goods to 25% from 10%.",
        [("10%", "25%", None, "up", None)],
        id="money-is-no-size-of-a-rate",
    ),
    pytest.param(
        "The US raised tariffs on 5,000 products to 25%.",
        [],
        id="count-is-no-size-of-a-rate",
    ),
    # Before a noun of change and "of", a verb ends the subject; a giving verb leaves none.
    pytest.param(
        "The board approved pay rises of 5% for nurses.",
        [(None, None, "5%", "up", "pay")],
        id="noun-cue-subject-after-a-past-verb",
    ),
    pytest.param(
        "The Fed announced rate hikes of 75 basis points.",
        [(None, None, "75 basis points", "up", "rate")],
        id="noun-cue-subject-after-announced",
    ),
    pytest.param(
        "Nurses won salary increases of 4%.",
        [(None, None, "4%", "up", "salary")],
        id="noun-cue-subject-after-won",
    ),
    pytest.param(
        "The company gives workers general raises of 25%.",
        [(None, None, "25%", "up", None)],
        id="noun-cue-giving-verb-no-subject",
    ),
    pytest.param(
        "The company granted employees raises of 5%.",
        [(None, None, "5%", "up", None)],
        id="noun-cue-granted-no-subject",
    ),
    pytest.param(
        "Research grant cuts of 10% hit universities.",
        [(None, None, "10%", "down", "Research grant")],
        id="noun-cue-noun-that-is-a-verb-too",
    ),
    # A level word right before a verb cue is a noun of the subject, not a level verb.
    pytest.param(
        "The Dow Jones Industrial Average fell 0.5% to 38,000.",
        [(None, "38,000", "0.5%", "down", "Dow Jones Industrial Average")],
        id="average-before-a-verb-cue-is-a-noun",
    ),
    pytest.param(
        "The national average rose 3 cents to $3.50 a gallon.",
        [(None, "$3.50", "3 cents", "up", "national average")],
        id="national-average",
    ),
    pytest.param(
        "The stock closed down 5%.",
        [(None, None, "5%", "down", "stock")],
        id="level-verb-before-an-adverb-cue",
    ),
    pytest.param(
        "Prices hit $5, and traders said, up from $4.",
        [("$4", None, None, "up", None)],
        id="reported-clause-after-and-links-nothing-before",
    ),
    # A noun spelled like a range verb ("costs") after a change verb or a determiner is what
    # changed, not a range's verb.
    pytest.param(
        "Volkswagen will cut costs by 10 billion euros ($10.9 billion) by 2026.",
        [(None, None, "10 billion euros", "down", "costs")],
        id="cut-costs-by-noun-not-range-verb",
    ),
    pytest.param(
        "Its costs rose by 5%.",
        [(None, None, "5%", "up", "costs")],
        id="determiner-costs-noun-not-range-verb",
    ),
    # A possessive's owner after "this"/"last" stays inside the subject it qualifies.
    pytest.param(
        "Total prize money at this year's tournament rose 4.3% to 17.0 million US dollars.",
        [
            (
                None,
                "17.0 million US dollars",
                "4.3%",
                "up",
                "Total prize money at this year's tournament",
            )
        ],
        id="subject-possessive-after-this",
    ),
    pytest.param(
        "Attendance at last year's festival rose 5% to 30,000.",
        [(None, "30,000", "5%", "up", "Attendance at last year's festival")],
        id="subject-possessive-after-last",
    ),
    # A level's mark between its verb and its value leaves the subject before the verb.
    pytest.param(
        "China's grain output reached a record 695.41 million tonnes in 2023, up 1.3 percent.",
        [(None, "695.41 million tonnes", "1.3 percent", "up", "China's grain output")],
        id="subject-before-reached-a-record",
    ),
    pytest.param(
        "Unemployment reached a 10-year low of 3.4% in May, down from 3.6%.",
        [("3.6%", "3.4%", None, "down", "Unemployment")],
        id="subject-before-reached-a-10-year-low-of",
    ),
    # "from" a level the value held: "a peak of", "a record high of", "an average of".
    pytest.param(
        "Brent settled at $81.11 a barrel on Friday, down 7% from a peak of $87 in April.",
        [("$87", "$81.11", "7%", "down", "Brent")],
        id="down-by-from-a-peak-of",
    ),
    pytest.param(
        "Gold traded at $2,310 an ounce, down 4% from a record high of $2,431.",
        [("$2,431", "$2,310", "4%", "down", "Gold")],
        id="down-by-from-a-record-high-of",
    ),
    pytest.param(
        "Shares ended at $45 on Friday, down from a high of $60 in March.",
        [("$60", "$45", None, "down", "Shares")],
        id="down-from-a-high-of",
    ),
    pytest.param(
        "The shares rose to $12 from a 52-week low of $9.50.",
        [("$9.50", "$12", None, "up", "shares")],
        id="to-from-a-52-week-low-of",
    ),
    # A lower-case "-ly" word alone after a comma is an adverb, no subject.
    pytest.param(
        "United agreed a £64m fee, potentially rising to £72m.",
        [(None, "£72m", None, "up", None)],
        id="subject-no-lone-adverb",
    ),
    pytest.param(
        "The money supply rose 5%.",
        [(None, None, "5%", "up", "money supply")],
        id="subject-ly-noun-after-a-noun",
    ),
    # A preposition links the subject's head noun to the one after it ("Exports to China"),
    # where the head opens the clause or follows a determiner; capitals are no stop word.
    pytest.param(
        "Exports to China jumped to $12.3 billion.",
        [(None, "$12.3 billion", None, "up", "Exports to China")],
        id="subject-noun-preposition-noun",
    ),
    pytest.param(
        "Capital gains rose 5% and bitcoin gains 2% to $70,000.",
        [
            (None, None, "5%", "up", "Capital gains"),
            (None, "$70,000", "2%", "up", "bitcoin"),
        ],
        id="compound-noun-subject-and-a-verb-of-the-same-word",
    ),
    pytest.param(
        "UPDATE 2-Oil rises 1% as OPEC+ weighs deeper cuts",
        [(None, None, "1%", "up", "Oil")],
        id="subject-without-a-wire-slug",
    ),
    pytest.param(
        "EXCLUSIVE-Tesla sales rise 5%",
        [(None, None, "5%", "up", "Tesla sales")],
        id="subject-without-an-exclusive-slug",
    ),
    pytest.param(
        "Transits through the canal dropped by about 40% to 1,200 ships.",
        [(None, "1,200 ships", "about 40%", "down", "Transits through the canal")],
        id="subject-noun-through-noun",
    ),
    pytest.param(
        "Inflows into bitcoin funds rose 5%, and shipments via the port fell 2%.",
        [
            (None, None, "5%", "up", "Inflows into bitcoin funds"),
            (None, None, "2%", "down", "shipments via the port"),
        ],
        id="subject-noun-into-and-via-noun",
    ),
    pytest.param(
        "Through the first half, sales rose 5%.",
        [(None, None, "5%", "up", "sales")],
        id="subject-fronted-through-stays-out",
    ),
    pytest.param(
        "Analysts said the price of gold rose 3%.",
        [(None, None, "3%", "up", "price of gold")],
        id="subject-after-determiner",
    ),
    pytest.param(
        "Unemployment in the US fell to 3.8%.",
        [(None, "3.8%", None, "down", "Unemployment in the US")],
        id="subject-preposition-determiner-capitals",
    ),
    pytest.param(
        "Demand for oil in China rose 5%.",
        [(None, None, "5%", "up", "Demand for oil in China")],
        id="subject-two-prepositions",
    ),
    pytest.param(
        "Remittances from the U.S. to Mexico fell 4.6% to $61.8 billion last year.",
        [(None, "$61.8 billion", "4.6%", "down", "Remittances from the U.S. to Mexico")],
        id="subject-link-past-a-place-s-initials",
    ),
    pytest.param(
        "Exports from the U.S. to China fell 5% in May.",
        [(None, None, "5%", "down", "Exports from the U.S. to China")],
        id="subject-link-past-a-place-s-initials-2",
    ),
    pytest.param(
        "The U.S. imports from Mexico rose 3%.",
        [(None, None, "3%", "up", "U.S. imports from Mexico")],
        id="subject-initials-before-their-noun-unchanged",
    ),
    pytest.param(
        "Regulated rail fares in England will rise by 4.6 per cent.",
        [(None, None, "4.6 per cent", "up", "Regulated rail fares in England")],
        id="subject-opening-participle-adjective-before-a-link",
    ),
    pytest.param(
        "Last year fares rose by 4.9 per cent.",
        [(None, None, "4.9 per cent", "up", "fares")],
        id="subject-after-an-opening-relative-date",
    ),
    pytest.param(
        "Last month sales of new cars fell 4%.",
        [(None, None, "4%", "down", "sales of new cars")],
        id="subject-link-after-an-opening-relative-date",
    ),
    pytest.param(
        "Revenue for its fiscal second quarter rose 38% to $14.2 billion.",
        [(None, "$14.2 billion", "38%", "up", "Revenue")],
        id="subject-before-its-period",
    ),
    pytest.param(
        "Earnings per share rose to $1.25 from 98 cents.",
        [("98 cents", "$1.25", None, "up", "Earnings per share")],
        id="subject-per",
    ),
    pytest.param(
        "He said on Monday prices rose 5%.",
        [(None, None, "5%", "up", "prices")],
        id="subject-no-link-after-a-verb",
    ),
    # What a price is of may stand between the two: "from $12 an hour to $15".
    pytest.param(
        "Wages rose from $12 an hour to $15 an hour.",
        [("$12", "$15", None, "up", "Wages")],
        id="from-per-unit-to",
    ),
    pytest.param(
        "Petrol rose from 120p a litre to 150p.",
        [("120p", "150p", None, "up", "Petrol")],
        id="from-a-litre-to",
    ),
    pytest.param(
        "The stock rose to $50 a share from $40.",
        [("$40", "$50", None, "up", "stock")],
        id="to-a-share-from",
    ),
    # "by X to Y per cent" with Y over three times X: a change by X (a bare number: points,
    # not per cent) to Y, not a range X-Y.
    pytest.param(
        "Inflation rose by 0.2 to 5.1 per cent.",
        [(None, "5.1 per cent", "0.2", "up", "Inflation")],
        id="by-points-to-level-is-no-range",
    ),
    pytest.param("The bill passed by 60 votes to 40.", [], id="tally-by-votes-is-no-change"),
    pytest.param("They won by 3 goals to 1.", [], id="tally-by-goals-is-no-change"),
    pytest.param(
        "Prices will fall by 5 to 10 per cent.",
        [(None, None, "5 to 10 per cent", "down", "Prices")],
        id="by-a-range-stays-a-range",
    ),
    # From ... to ...
    pytest.param(
        "Bama county lifted all its poor villages out of poverty, with its poverty incidence "
        "decreasing from 10.5 percent to 0.6 percent.",
        [("10.5 percent", "0.6 percent", None, "down", "poverty incidence")],
        id="from-to-decreasing",
    ),
    pytest.param(
        "Prices rose from 5% to 7% last year.",
        [("5%", "7%", None, "up", "Prices")],
        id="from-to-rose",
    ),
    pytest.param(
        "Poverty fell sharply from 10.5 percent to 0.6 percent.",
        [("10.5 percent", "0.6 percent", None, "down", "Poverty")],
        id="from-to-adverb-between",
    ),
    pytest.param(
        "The number of poor people fell from 5.5 million to 1.2 million.",
        [("5.5 million", "1.2 million", None, "down", "number of poor people")],
        id="from-to-quantities",
    ),
    pytest.param(
        "The county's population increased from 3,000 to 5,000 people.",
        [("3,000", "5,000 people", None, "up", "population")],
        id="from-to-counted-once",
    ),
    pytest.param(
        "Class sizes went from 30 pupils to 25 pupils.",
        [("30 pupils", "25 pupils", None, "down", "Class sizes")],
        id="from-to-neutral-verb-down-by-values",
    ),
    pytest.param(
        "The share went from 10 to 12 per cent.",
        [("10", "12 per cent", None, "up", "share")],
        id="from-to-neutral-verb-up-by-values",
    ),
    pytest.param(
        "The share went from 12 per cent to 10 per cent.",
        [("12 per cent", "10 per cent", None, "down", "share")],
        id="from-to-neutral-verb-percentages-down",
    ),
    pytest.param(
        "The jobless rate moved from 4.1 per cent to 4.1 per cent.",
        [("4.1 per cent", "4.1 per cent", None, "unchanged", "jobless rate")],
        id="from-to-unchanged-by-values",
    ),
    # A level that held: "unchanged", "steady", "flat" and "at" after a copula, or after a
    # verb of holding and its object (the subject). Not a count, nor "unchanged" alone.
    pytest.param(
        "Unemployment was unchanged at 3.9%.",
        [(None, "3.9%", None, "unchanged", "Unemployment")],
        id="held-was-unchanged-at",
    ),
    pytest.param(
        "The Federal Reserve left interest rates unchanged at 5.25%.",
        [(None, "5.25%", None, "unchanged", "interest rates")],
        id="held-left-object-unchanged-at",
    ),
    pytest.param(
        "The central bank held its key rate steady at 6.5%.",
        [(None, "6.5%", None, "unchanged", "key rate")],
        id="held-object-steady-at",
    ),
    pytest.param(
        "Brent crude was flat at $82 a barrel.",
        [(None, "$82", None, "unchanged", "Brent crude")],
        id="held-flat-at-money",
    ),
    pytest.param(
        "Interest rates were left unchanged at 5.25%.",
        [(None, "5.25%", None, "unchanged", "Interest rates")],
        id="held-passive-left-unchanged-at",
    ),
    pytest.param("Prices were unchanged at 20 shops across the city.", [], id="held-not-a-count"),
    # A hedged hold ("little changed", "roughly flat"), a session's verb with no object, and a
    # bare index level (a number alone, or in points) that did not move.
    pytest.param(
        "Shares were little changed at $45.",
        [(None, "$45", None, "unchanged", "Shares")],
        id="held-little-changed-at",
    ),
    pytest.param(
        "Revenue was roughly flat at $1.1 billion.",
        [(None, "$1.1 billion", None, "unchanged", "Revenue")],
        id="held-roughly-flat-at",
    ),
    pytest.param(
        "Gold was largely steady at $2,300 an ounce.",
        [(None, "$2,300", None, "unchanged", "Gold")],
        id="held-largely-steady-at",
    ),
    pytest.param(
        "The benchmark Sensex ended unchanged at 72,500.",
        [(None, "72,500", None, "unchanged", "benchmark Sensex")],
        id="held-session-verb-index-level",
    ),
    pytest.param(
        "The FTSE 100 closed flat at 8,200 points.",
        [(None, "8,200 points", None, "unchanged", "FTSE 100")],
        id="held-session-verb-points",
    ),
    pytest.param(
        "The Nikkei was unchanged at 38,000.",
        [(None, "38,000", None, "unchanged", "Nikkei")],
        id="held-bare-index-level",
    ),
    pytest.param("Prices were unchanged at 20 of the shops.", [], id="held-not-a-part-of"),
    pytest.param("The team was unchanged at 11 players.", [], id="held-not-counted-players"),
    pytest.param("The store closed its doors unchanged at $5.", [], id="held-not-session-object"),
    pytest.param("Inflation, unchanged at 2%, worries the bank.", [], id="held-not-without-a-verb"),
    # "held" or "kept" a rate or a price at a level, without "unchanged": it did not move.
    pytest.param(
        "The RBA kept the cash rate at 4.35% for a sixth meeting.",
        [(None, "4.35%", None, "unchanged", "cash rate")],
        id="held-kept-a-rate-at",
    ),
    # ... also at an extreme: "at a record low of", "at a 12-year high of".
    pytest.param(
        "Across the bloc, unemployment held at a record low of 6.4%.",
        [(None, "6.4%", None, "unchanged", "unemployment")],
        id="held-at-a-record-low-of",
    ),
    pytest.param(
        "The RBA kept the cash rate at a 12-year high of 4.35%.",
        [(None, "4.35%", None, "unchanged", "cash rate")],
        id="held-kept-a-rate-at-a-high-of",
    ),
    pytest.param(
        "Unemployment was unchanged at a record low of 3.4%.",
        [(None, "3.4%", None, "unchanged", "Unemployment")],
        id="held-unchanged-at-a-record-low-of",
    ),
    pytest.param(
        "The stock traded at a record high of $200.",
        [],
        id="held-not-a-trade-at-a-high",
    ),
    pytest.param(
        "The Bank of England held Bank Rate at 5.25%.",
        [(None, "5.25%", None, "unchanged", "Bank Rate")],
        id="held-a-named-rate-at",
    ),
    pytest.param(
        "Inflation held at 3.2% in March.",
        [(None, "3.2%", None, "unchanged", "Inflation")],
        id="held-at-no-object",
    ),
    pytest.param(
        "The company held its annual meeting at 5% of capacity.", [], id="held-not-a-meeting"
    ),
    pytest.param("He held at 5% for a while.", [], id="held-not-after-a-pronoun"),
    pytest.param("The fund kept a 5% stake at the end of the quarter.", [], id="held-not-a-stake"),
    # A change verb right before "past" or "beyond" and a level: a change to that level.
    pytest.param(
        "Bitcoin surged past $70,000 for the first time.",
        [(None, "$70,000", None, "up", "Bitcoin")],
        id="crossed-past-a-level",
    ),
    pytest.param(
        "The yield rose beyond 5%.",
        [(None, "5%", None, "up", "yield")],
        id="crossed-beyond-a-level",
    ),
    pytest.param("The storm moved past 300 homes.", [], id="crossed-not-a-count"),
    pytest.param("Sales rose in the past 12 months.", [], id="crossed-not-the-past-months"),
    # To ... from ...
    pytest.param(
        "Inflation rose to 8.1% from 7.4% in April.",
        [("7.4%", "8.1%", None, "up", "Inflation")],
        id="to-from-rose",
    ),
    pytest.param(
        "Food inflation eased to 7.5 per cent from 8.8 per cent.",
        [("8.8 per cent", "7.5 per cent", None, "down", "Food inflation")],
        id="to-from-eased",
    ),
    pytest.param(
        "Growth slowed to 6.1pc from 6.6pc.",
        [("6.6pc", "6.1pc", None, "down", "Growth")],
        id="to-from-slowed",
    ),
    # By ... to ...
    pytest.param(
        "Output fell by 3 per cent to 1.2 million tonnes.",
        [(None, "1.2 million tonnes", "3 per cent", "down", "Output")],
        id="by-to-percent-then-quantity",
    ),
    pytest.param(
        "The rate rose 0.25 percentage point to 1.75%.",
        [(None, "1.75%", "0.25 percentage point", "up", "rate")],
        id="by-to-points-then-percent",
    ),
    pytest.param(
        "Sales rose 10% to 5,000 units.",
        [(None, "5,000 units", "10%", "up", "Sales")],
        id="by-to-without-by",
    ),
    # One value.
    pytest.param(
        "Pay was frozen, with unemployment up 4.2 percentage points on a year earlier.",
        [(None, None, "4.2 percentage points", "up", "unemployment")],
        id="up-percentage-points",
    ),
    pytest.param(
        "Exports rose 38 per cent in April.",
        [(None, None, "38 per cent", "up", "Exports")],
        id="rose-percent-without-by",
    ),
    pytest.param(
        "Sales grew 5pc in May.",
        [(None, None, "5pc", "up", "Sales")],
        id="grew-pc",
    ),
    pytest.param(
        "Imports dropped 12.5% year on year.",
        [(None, None, "12.5%", "down", "Imports")],
        id="dropped-percent",
    ),
    pytest.param(
        "The gap narrowed by 1.5pp last year.",
        [(None, None, "1.5pp", "down", "gap")],
        id="narrowed-by-pp",
    ),
    # "tightened" goes the way of what tightens: a spread, gap or margin narrows, a policy's
    # rate rises, another subject's way is the values' (or unknown); "extended" grows a lead
    pytest.param(
        "The spread tightened by 3 basis points to 157 basis points.",
        [(None, "157 basis points", "3 basis points", "down", "spread")],
        id="tightened-spread-narrows",
    ),
    pytest.param(
        "The yield gap between two-year notes and 10-year bonds tightened 5 basis points.",
        [
            (
                None,
                None,
                "5 basis points",
                "down",
                "yield gap between two-year notes and 10-year bonds",
            )
        ],
        id="tightened-linked-gap-narrows",
    ),
    pytest.param(
        "The Fed tightened policy by 25 basis points.",
        [(None, None, "25 basis points", "up", "policy")],
        id="tightened-policy-rises",
    ),
    pytest.param(
        "Financial conditions tightened by 2 points to 101.",
        [(None, "101", "2 points", "unknown", "Financial conditions")],
        id="tightened-other-subject-unknown",
    ),
    pytest.param(
        "The sales-to-new listings ratio tightened to 132.2% from 126.4%.",
        [("126.4%", "132.2%", None, "up", "sales-to-new listings ratio")],
        id="tightened-other-subject-by-the-values",
    ),
    pytest.param(
        "Labour extended its lead to 21 percentage points.",
        [(None, "21 percentage points", None, "up", "lead")],
        id="extended-lead-grows",
    ),
    pytest.param(
        "Prices rose by about 3% last year.",
        [(None, None, "about 3%", "up", "Prices")],
        id="rose-by-qualified",
    ),
    pytest.param(
        "Growth eased to 6 per cent, the slowest pace in years.",
        [(None, "6 per cent", None, "down", "Growth")],
        id="eased-to",
    ),
    pytest.param(
        "The poverty rate dropped below 3 per cent.",
        [(None, "below 3 per cent", None, "down", "poverty rate")],
        id="dropped-below-is-a-target",
    ),
    pytest.param(
        "The temperature dropped to minus 10 degrees Celsius.",
        [(None, "minus 10 degrees Celsius", None, "down", "temperature")],
        id="dropped-to-negative-quantity",
    ),
    # Several changes, or one among unrelated values.
    pytest.param(
        "Wheat output dropped 12 per cent, while rice output rose 3 per cent.",
        [
            (None, None, "12 per cent", "down", "Wheat output"),
            (None, None, "3 per cent", "up", "rice output"),
        ],
        id="two-changes-two-subjects",
    ),
    pytest.param(
        "Sales fell 5% and profits rose 8%.",
        [(None, None, "5%", "down", "Sales"), (None, None, "8%", "up", "profits")],
        id="two-changes-joined-by-and",
    ),
    pytest.param(
        "Inflation was 3% in March, the bureau said, and rates rose to 5%.",
        [(None, "5%", None, "up", "rates")],
        id="level-then-change",
    ),
    # Known misses.
    pytest.param(
        "Inflation rose to 8.1%, from 7.4% in March.",
        [("7.4%", "8.1%", None, "up", "Inflation")],
        id="to-comma-from",
    ),
    pytest.param(
        "The rate fell from 5.2 per cent in 2019 to 4.1 per cent in 2020.",
        [("5.2 per cent", "4.1 per cent", None, "down", "rate")],
        id="from-year-to-year",
    ),
    pytest.param(
        "Exports rose 38 per cent year on year to 1.2 million tonnes.",
        [(None, "1.2 million tonnes", "38 per cent", "up", "Exports")],
        id="by-year-on-year-to",
    ),
    pytest.param(
        "Net profit fell 15% on-year to 2.1 billion yuan.",
        [(None, "2.1 billion yuan", "15%", "down", "Net profit")],
        id="by-on-year-to",
    ),
    pytest.param(
        "Exports rose 5.1% on-year to $55 billion in May.",
        [(None, "$55 billion", "5.1%", "up", "Exports")],
        id="by-on-year-to-dated",
    ),
    # An index's move in points restated as a percentage: the size, with or without a level.
    pytest.param(
        "The Dow Jones Industrial Average fell 250 points, or 0.7%.",
        [(None, None, "250 points", "down", "Dow Jones Industrial Average")],
        id="points-or-percent-is-the-size",
    ),
    pytest.param(
        "The S&P 500 fell 1.2%, the Dow lost 300 points, or 0.8%, and the Nasdaq slid 2%.",
        [
            (None, None, "1.2%", "down", "S&P 500"),
            (None, None, "300 points", "down", "Dow"),
            (None, None, "2%", "down", "Nasdaq"),
        ],
        id="points-or-percent-in-a-list-of-clauses",
    ),
    pytest.param(
        "The Dow fell 300 points.",
        [],
        id="points-alone-stay-none",
    ),
    pytest.param(
        "The team scored 300 points, or 20% of the league total.",
        [],
        id="points-or-share-without-a-change-verb",
    ),
    # A gapped item's "off" is a fall's adverb, no word of its name.
    pytest.param(
        "Stocks fell sharply, with the Nikkei down 4.2% and the Kospi off 3.1%.",
        [(None, None, "4.2%", "down", "Nikkei"), (None, None, "3.1%", "down", "Kospi")],
        id="gapped-off-is-a-fall",
    ),
    pytest.param(
        "Stocks rose, with the Nikkei up 2% and the Kospi off 1%.",
        [(None, None, "2%", "up", "Nikkei")],
        id="gapped-off-not-after-a-rise",
    ),
    pytest.param(
        "The bank raised its key rate by 50 basis points to 4.5 per cent.",
        [(None, "4.5 per cent", "50 basis points", "up", "key rate")],
        id="raised-object-by-to",
    ),
    pytest.param(
        "The bank cut rates by 25 basis points on Monday.",
        [(None, None, "25 basis points", "down", "rates")],
        id="transitive-verb-subject-is-object",
    ),
    pytest.param(
        "The rate was raised by 4.2 percentage points last year.",
        [(None, None, "4.2 percentage points", "up", "rate")],
        id="passive-subject",
    ),
    pytest.param(
        "The unemployment rate was up 4.2 percentage points on a year earlier.",
        [(None, None, "4.2 percentage points", "up", "unemployment rate")],
        id="was-up-subject",
    ),
    pytest.param(
        "Prices were cut by up to 30 per cent.",
        [(None, None, "up to 30 per cent", "down", "Prices")],
        id="passive-subject-qualified",
    ),
    pytest.param(
        "The 10-year Treasury yield rose to 0.78%.",
        [(None, "0.78%", None, "up", "10-year Treasury yield")],
        id="subject-starts-with-a-hyphenated-compound",
    ),
    pytest.param(
        "The firm cut its 10-year forecast by 2%.",
        [(None, None, "2%", "down", "10-year forecast")],
        id="object-starts-with-a-hyphenated-compound",
    ),
    pytest.param(
        "Profit was $5 billion in 2019, down from $6 billion.",
        [("$6 billion", "$5 billion", None, "down", "Profit")],
        id="value-then-down-from",
    ),
    pytest.param(
        "In Nairobi, maize flour sells for about Sh190, up from Sh145 a year ago.",
        [("Sh145", "about Sh190", None, "up", "maize flour")],
        id="value-then-up-from-subject-before-a-price-verb",
    ),
    # What moved is the part: "230 of the 400 seats, down from 249" went from 249 to 230.
    pytest.param(
        "The ANC will hold 230 of the 400 seats in the National Assembly, down from 249.",
        [("249", "230", None, "down", "seats")],
        id="part-of-a-whole-moved",
    ),
    pytest.param(
        "The chain kept 30 of its 50 stores, up from 20.",
        [("20", "30", None, "up", "stores")],
        id="part-of-its-whole-moved",
    ),
    pytest.param(
        "Prices rose 2.5 per cent in February, down from 2.9 per cent in January.",
        [
            (None, None, "2.5 per cent", "up", "Prices"),
            ("2.9 per cent", "2.5 per cent", None, "down", "Prices"),
        ],
        id="rose-by-and-down-from-share-a-value",
    ),
    # The rate's move ("up from 2.9%") has no subject of its own: it is the rate of what the
    # verb moved by that value.
    pytest.param(
        "Consumer prices rose 3.2%, up from 2.9% in May.",
        [
            (None, None, "3.2%", "up", "Consumer prices"),
            ("2.9%", "3.2%", None, "up", "Consumer prices"),
        ],
        id="up-from-takes-the-subject-of-the-move-by-its-value",
    ),
    pytest.param(
        "Inflation was 3.2%, up from 2.9% in May.",
        [("2.9%", "3.2%", None, "up", "Inflation")],
        id="up-from-keeps-its-own-subject",
    ),
    # A participle of a change verb stands for "up"/"down" before "from".
    pytest.param(
        "A jury awarded $2.1 billion in damages, reduced from $4.7 billion.",
        [("$4.7 billion", "$2.1 billion", None, "down", None)],
        id="participle-from-after-a-value",
    ),
    pytest.param(
        "The budget is $6.1 billion, raised from $5.8 billion last year.",
        [("$5.8 billion", "$6.1 billion", None, "up", "budget")],
        id="participle-from-after-a-value-up",
    ),
    pytest.param(
        "Growth is now forecast at 2.1%, revised from 2.4%.",
        [("2.4%", "2.1%", None, "down", "Growth")],
        id="participle-from-direction-by-the-values",
    ),
    pytest.param(
        "The company has $5 million, raised from investors in 20 countries.",
        [],
        id="participle-from-of-another-kind-stays-apart",
    ),
    # A share of a whole of another kind moved from the share after the whole.
    pytest.param(
        "Turnout was 62.1% of the country's 39.5 million registered voters, down from 76% in 2019.",
        [("76%", "62.1%", None, "down", "Turnout")],
        id="share-of-a-whole-moved-from",
    ),
    pytest.param(
        "Exports were 30% of the $5 billion total, down from 35% a year earlier.",
        [("35%", "30%", None, "down", "Exports")],
        id="share-of-a-sum-moved-from",
    ),
    pytest.param(
        "The party won 230 of the 400 seats, down from 249.",
        [("249", "230", None, "down", "seats")],
        id="part-of-a-whole-of-its-kind-unchanged",
    ),
    pytest.param(
        "Turnout was 62.1% in the country's 300 districts, down from 76%.",
        [("76%", None, None, "down", None)],
        id="share-in-no-whole-stays-apart",
    ),
    # ", up from" after a change to a value of its kind with no old value is that change's
    # old value: one change, not a second with no new value.
    pytest.param(
        "Exports jumped 8% to $300 billion, up from $278 billion a year earlier.",
        [("$278 billion", "$300 billion", "8%", "up", "Exports")],
        id="up-from-after-a-change-to-completes-it",
    ),
    pytest.param(
        "Exports jumped 8% to $300 billion in 2023, up from $278 billion.",
        [("$278 billion", "$300 billion", "8%", "up", "Exports")],
        id="up-from-after-a-change-to-and-a-date",
    ),
    pytest.param(
        "Exports jumped 8% to $300 billion, up from 278,000 tonnes.",
        [
            (None, "$300 billion", "8%", "up", "Exports"),
            ("278,000 tonnes", None, None, "up", None),
        ],
        id="up-from-of-another-kind-stays-apart",
    ),
    pytest.param(
        "Exports fell 8% to $300 billion, down from $278 billion.",
        [
            (None, "$300 billion", "8%", "down", "Exports"),
            ("$278 billion", None, None, "down", None),
        ],
        id="up-from-against-the-figures-stays-apart",
    ),
    # A bare level after ", down from" pairs with the count before as the text words it, as
    # "in the week to June 11" always did ("Jun." no longer ends the sentence).
    pytest.param(
        "Transits fell to 481 ships in the week to Jun. 11, down from 126.",
        [("126", "481 ships", None, "down", "Transits")],
        id="bare-level-after-down-from-pairs-as-worded",
    ),
    pytest.param(
        "Yunnan grows 6.8 million mu, or about 453,000 hectares, up from 5.9 million mu.",
        [("5.9 million mu", "6.8 million mu", None, "up", None)],
        id="up-from-needs-the-same-unit-the-head-has-it",
    ),
    pytest.param(
        "The firm earned $2m, or 20 cents a share, up from $1m.",
        [("$1m", "$2m", None, "up", None)],
        id="up-from-moves-the-head-not-its-apposition",
    ),
    pytest.param(
        "Exxon earned $9.1 billion, or $2.27 a share, down from $11.4 billion, or $2.83 a share.",
        [
            ("$11.4 billion", "$9.1 billion", None, "down", None),
            ("$2.83", "$2.27", None, "down", None),
        ],
        id="up-from-moves-the-heads-and-their-per-share-appositions",
    ),
    pytest.param(
        "The retailer earned $854 million, or $1.85 a share, in the three months ended Nov. 2, "
        "down from $971 million, or $2.10 a share, a year earlier.",
        [
            ("$971 million", "$854 million", None, "down", None),
            ("$2.10", "$1.85", None, "down", None),
        ],
        id="up-from-moves-the-heads-past-a-period-after-the-apposition",
    ),
    pytest.param(
        "Net income was $854 million, or $1.85 a share, for the year to March, up from $800 "
        "million, or $1.70 a share.",
        [
            ("$800 million", "$854 million", None, "up", "Net income"),
            ("$1.70", "$1.85", None, "up", "Net income"),
        ],
        id="up-from-moves-the-heads-past-a-year-to-a-month",
    ),
    pytest.param(
        "The firm earned $2m, or 20 cents a share, and sales were flat, up from $1m.",
        [("$1m", None, None, "up", None)],
        id="up-from-not-past-another-clause-after-the-apposition",
    ),
    pytest.param(
        "Net income fell to $1.2 billion, or 45 cents a share, from $1.5 billion, or 5% of sales.",
        [("$1.5 billion", "$1.2 billion", None, "down", "Net income")],
        id="to-from-appositions-without-one-per-unit-stay-apart",
    ),
    pytest.param(
        "Revenue was $5m, or 10% of sales, up from $4m, or 8% of sales.",
        [("$4m", "$5m", None, "up", "Revenue")],
        id="up-from-appositions-without-a-per-unit-stay-apart",
    ),
    pytest.param(
        "Profit was £5m ($6m), up from £4m.",
        [("£4m", "£5m", None, "up", "Profit")],
        id="up-from-moves-the-head-before-a-parenthesis",
    ),
    pytest.param(
        "Sales doubled to 2 million units.",
        [(None, "2 million units", None, "up", "Sales")],
        id="doubled-to",
    ),
    # What a share is of, or what a currency moved against, may sit between the values.
    pytest.param(
        "The budget deficit narrowed to 4.5% of GDP from 6.1%.",
        [("6.1%", "4.5%", None, "down", "budget deficit")],
        id="to-of-gdp-from",
    ),
    pytest.param(
        "Debt rose from 60% of GDP to 75% of GDP.",
        [("60%", "75%", None, "up", "Debt")],
        id="from-of-gdp-to",
    ),
    pytest.param(
        # the euro's new price in dollars is its exchange rate, no money (test_money.py)
        "The euro fell 0.2% against the dollar to $1.0850.",
        [(None, None, "0.2%", "down", "euro")],
        id="by-against-the-dollar-to",
    ),
    # After a verb that states a level, "at" says where a change went, as "to" does.
    pytest.param(
        "Tesla shares closed down $12.50, or 5%, at $237.49.",
        [(None, "$237.49", "$12.50", "down", "Tesla shares")],
        id="closed-by-apposed-at",
    ),
    pytest.param(
        "The index ended up 0.5% at 7,500 points.",
        [(None, "7,500 points", "0.5%", "up", "index")],
        id="ended-by-at",
    ),
    pytest.param(
        "Shares of Apple fell 3% to close at $145.",
        [(None, "$145", "3%", "down", "Shares of Apple")],
        id="by-to-close-at",
    ),
    pytest.param(
        "Brent crude was up 45 cents, or 0.5%, at $85.20 a barrel by 1130 GMT.",
        [(None, "$85.20", "45 cents", "up", "Brent crude")],
        id="copula-by-apposed-at-a-price",
    ),
    pytest.param(
        "Gas prices are up 30 cents from a year ago, at $3.50 a gallon.",
        [(None, "$3.50", "30 cents", "up", "Gas prices")],
        id="copula-by-date-at-a-price",
    ),
    pytest.param(
        "The yield on the 10-year note was up 5 basis points at 4.25%.",
        [(None, "4.25%", "5 basis points", "up", "yield on the 10-year note")],
        id="copula-by-at-a-rate-subject-over-a-compound",
    ),
    # A level's adverb ("last", "now", "still") between the copula and "up"/"down".
    pytest.param(
        "The 10-year Treasury yield was last up 3 basis points at 4.28%.",
        [(None, "4.28%", "3 basis points", "up", "10-year Treasury yield")],
        id="copula-last-by-at-a-rate",
    ),
    pytest.param(
        "Brent was last down 45 cents, or 0.5%, at $85.20.",
        [(None, "$85.20", "45 cents", "down", "Brent")],
        id="copula-last-by-at-a-price",
    ),
    pytest.param(
        "Shares are now up 20% this year.",
        [(None, None, "20%", "up", "Shares")],
        id="copula-now-by",
    ),
    pytest.param(
        "Sales were last up 3% at 200 stores.",
        [(None, None, "3%", "up", "Sales")],
        id="copula-last-by-at-a-count",
    ),
    # A rate told as a year's after "to": the level.
    pytest.param(
        "Inflation slowed to an annual 2.4% in September.",
        [(None, "2.4%", None, "down", "Inflation")],
        id="to-an-annual-rate-is-the-level",
    ),
    pytest.param(
        "Prices rose an annual 5%.",
        [(None, None, "5%", "up", "Prices")],
        id="an-annual-rate-no-object",
    ),
    pytest.param(
        "GDP grew at an annual 2.8% in the third quarter.",
        [(None, None, "2.8%", "up", "GDP")],
        id="at-an-annual-rate-stays-the-size",
    ),
    pytest.param(
        "Sales were up 3% at 200 stores.",
        [(None, None, "3%", "up", "Sales")],
        id="copula-by-at-a-count",
    ),
    pytest.param(
        "Sales rose 5% at 200 stores.",
        [(None, None, "5%", "up", "Sales")],
        id="by-at-without-a-level-verb",
    ),
    pytest.param(
        "EUR/USD fell 0.2% to 1.0850.",
        [(None, None, "0.2%", "down", "EUR/USD")],
        id="by-currency-pair-to-its-rate",
    ),
    # Verbs of central banks and currencies.
    pytest.param(
        "The ECB lifted rates by 25bp to 4%.",
        [(None, "4%", "25bp", "up", "rates")],
        id="lifted-by-to",
    ),
    pytest.param(
        "The rupee weakened 0.3% on Friday.",
        [(None, None, "0.3%", "down", "rupee")],
        id="weakened-by",
    ),
    pytest.param(
        "The Fed slashed rates by 50 basis points.",
        [(None, None, "50 basis points", "down", "rates")],
        id="slashed-by",
    ),
    pytest.param(
        "The firm's valuation rose tenfold to $10bn.",
        [(None, "$10bn", None, "up", "valuation")],
        id="tenfold-is-no-subject",
    ),
    pytest.param(
        "Home sales dropped 20% from a year earlier to 4.1 million.",
        [(None, "4.1 million", "20%", "down", "Home sales")],
        id="by-from-a-year-earlier-to",
    ),
    pytest.param(
        "China's exports fell 14.5% year on year in July to $281.8 billion.",
        [(None, "$281.8 billion", "14.5%", "down", "China's exports")],
        id="by-two-adverbials-to",
    ),
    # A value in apposition to the one the change is by ("X, or Y%,") does not break it.
    pytest.param(
        "Brent crude rose 45 cents, or 0.5%, to $85.20 a barrel.",
        [(None, "$85.20", "45 cents", "up", "Brent crude")],
        id="by-apposition-to",
    ),
    pytest.param(
        "The index fell 3%, or 300 points, to 33,000.",
        [(None, "33,000", "3%", "down", "index")],
        id="by-percentage-apposition-to",
    ),
    # "climbed to Y, up from X": one change with the verb's subject, not two overlapping.
    pytest.param(
        "Exports climbed to $5 billion, up from $4 billion a year earlier.",
        [("$4 billion", "$5 billion", None, "up", "Exports")],
        id="cue-to-up-from-one-change",
    ),
    pytest.param(
        "Bitcoin fell to $30,000, down from $35,000 last week.",
        [("$35,000", "$30,000", None, "down", "Bitcoin")],
        id="cue-to-down-from-one-change",
    ),
    pytest.param(
        "Bitcoin's price climbed to $30,000, up 5% from $28,500.",
        [("$28,500", "$30,000", "5%", "up", "price")],
        id="cue-to-up-by-from-one-change",
    ),
    pytest.param(
        "Exports climbed to $5 billion, down 5% from $4 billion.",
        [(None, "$5 billion", None, "up", "Exports"), ("$4 billion", None, "5%", "down", None)],
        id="cue-to-by-from-directions-disagree-stay-apart",
    ),
    pytest.param(
        "Unemployment fell to 5.2%, up from 4.9%.",
        [(None, "5.2%", None, "down", "Unemployment"), ("4.9%", "5.2%", None, "up", None)],
        id="cue-to-up-from-directions-disagree-stay-apart",
    ),
    # A place and its country between the values: "in Delhi, India, up from".
    pytest.param(
        "Petrol now costs Rs 95 per litre in Delhi, India, up from Rs 90.",
        [("Rs 90", "Rs 95", None, "up", "Petrol")],
        id="value-place-country-up-from",
    ),
    # "by" before the head value of an apposition: still by the head, to the next value.
    pytest.param(
        "The value of the fund fell by $1.2 billion, or 8%, to $13.8 billion.",
        [(None, "$13.8 billion", "$1.2 billion", "down", "value of the fund")],
        id="by-apposed-to",
    ),
    # By how much, to what and from what: one change with all three.
    pytest.param(
        "Revenue rose 10% to $1.1bn from $1bn.",
        [("$1bn", "$1.1bn", "10%", "up", "Revenue")],
        id="by-to-from",
    ),
    pytest.param(
        "The rate rose 25 basis points from 4.25% to 4.5%.",
        [("4.25%", "4.5%", "25 basis points", "up", "rate")],
        id="by-from-to",
    ),
    # "B ..., up from A": a few lower-case words and dates may stand between B and the comma;
    # a verb that states a level ("averaged", "stood at") ends the subject.
    pytest.param(
        "Gas prices averaged $3.19 a gallon nationwide last week, up from $2.18 a year ago.",
        [("$2.18", "$3.19", None, "up", "Gas prices")],
        id="up-from-after-words-and-a-date",
    ),
    pytest.param(
        "An average of 159 trucks a day entered Gaza in February, down from about 500 a day.",
        [("about 500", "159 trucks a day", None, "down", "trucks")],
        id="up-from-after-a-place-and-a-date",
    ),
    pytest.param(
        "About 125,000 CenterPoint Energy customers in the Houston area were still without power"
        " on Thursday morning, down from a peak of 290,000.",
        [
            (
                "290,000",
                "About 125,000 CenterPoint Energy customers",
                None,
                "down",
                "CenterPoint Energy customers",
            )
        ],
        id="up-from-after-a-predicate-with-a-place-and-a-date",
    ),
    pytest.param(
        "Revenue reached $5 billion in the three months to June as chip demand grew strongly,"
        " up from $4 billion.",
        [("$4 billion", None, None, "up", None)],
        id="up-from-after-a-clause-of-its-own-keeps-no-end",
    ),
    pytest.param(
        "About 300,000 homes and businesses were without power Tuesday, down from 500,000.",
        [("500,000", "About 300,000 homes", None, "down", "homes")],
        id="up-from-after-a-second-plural-of-the-subject",
    ),
    pytest.param(
        "Sales hit $5 billion and profits rose sharply in the quarter, up from $4 billion.",
        [("$4 billion", None, None, "up", None)],
        id="up-from-after-and-a-plural-opening-a-clause-keeps-no-end",
    ),
    pytest.param(
        "The company cut 300 jobs and profits were flat, up from 200.",
        [("200", None, None, "up", None)],
        id="up-from-after-an-object-and-a-plural-and-a-copula-keeps-no-end",
    ),
    pytest.param(
        "The Scottish National Party fell to nine from 48.",
        [("48", "nine", None, "down", "Scottish National Party")],
        id="to-from-a-spelled-level",
    ),
    pytest.param(
        "The deal values Arm at $40 billion, up from the $32 billion SoftBank paid in 2016.",
        [("$32 billion", "$40 billion", None, "up", None)],
        id="up-from-the-value",
    ),
    pytest.param(
        "The jobless rate is expected to end the year at 4.4%, up from the current 4.1%.",
        [("4.1%", "4.4%", None, "up", "jobless rate")],
        id="up-from-the-current-value",
    ),
    pytest.param(
        "Unemployment was 4.4% in May, up from a revised 4.1%.",
        [("4.1%", "4.4%", None, "up", "Unemployment")],
        id="up-from-a-revised-value",
    ),
    pytest.param(
        "Exports reached $5 billion in China last year, up from $4 billion.",
        [("$4 billion", "$5 billion", None, "up", "Exports")],
        id="up-from-after-in-a-place",
    ),
    pytest.param(
        "Profit rose to £2.65bn in the year to Feb. 26, up from £2.37bn a year earlier.",
        [("£2.37bn", "£2.65bn", None, "up", "Profit")],
        id="cue-to-up-from-over-a-dated-period",
    ),
    pytest.param(
        "Output stood at 9.8 million tonnes in March, down from 10.1 million tonnes.",
        [("10.1 million tonnes", "9.8 million tonnes", None, "down", "Output")],
        id="up-from-after-stood-at",
    ),
    pytest.param(
        "Sales totalled $5bn and costs fell, down from $6bn.",
        [("$6bn", None, None, "down", None)],
        id="up-from-not-across-a-clause",
    ),
    # "B ..., up C% from A" and "B ..., up C%": the value before the comma is where it moved.
    pytest.param(
        "The CEO's pay package was worth $25.3 million last year, up 12% from $22.6 million.",
        [("$22.6 million", "$25.3 million", "12%", "up", "pay package")],
        id="to-up-by-from",
    ),
    pytest.param(
        "House prices in London averaged £530,000 in March, up 2% from a year earlier.",
        [(None, "£530,000", "2%", "up", "House prices in London")],
        id="to-up-by",
    ),
    pytest.param(
        "The country received 16.4 million foreign visitors between Mar. 14 and May 3, up 40% "
        "from the same period a year earlier.",
        [(None, "16.4 million foreign visitors", "40%", "up", "foreign visitors")],
        id="to-up-by-after-a-date-range-with-and",
    ),
    pytest.param(
        "Exports hit $5 billion and imports grew, up 4%.",
        [(None, None, "4%", "up", None)],
        id="to-up-by-not-past-a-clause-and",
    ),
    pytest.param(
        "Rents jumped to an average of $2,000 a month, up 10% from a year earlier.",
        [(None, "$2,000", "10%", "up", "Rents")],
        id="to-then-comma-up-by",
    ),
    pytest.param(
        "Losses from fraud rose to $10 billion in 2023, up 14% from 2022.",
        [(None, "$10 billion", "14%", "up", "Losses from fraud")],
        id="to-then-a-date-then-comma-up-by",
    ),
    pytest.param(
        "Losses rose to $10 billion in the third quarter, up 14%.",
        [(None, "$10 billion", "14%", "up", "Losses")],
        id="to-then-a-period-then-comma-up-by",
    ),
    pytest.param(
        "Losses rose to $10 billion as costs grew, up 14%.",
        [(None, "$10 billion", None, "up", "Losses"), (None, None, "14%", "up", None)],
        id="to-then-a-clause-keeps-the-size-apart",
    ),
    pytest.param(
        "Unemployment fell to 4.1%, down 0.2 percentage points.",
        [(None, "4.1%", "0.2 percentage points", "down", "Unemployment")],
        id="to-then-comma-down-by-points",
    ),
    pytest.param(
        "Prices rose to $5, down 3% from the peak.",
        [(None, "$5", None, "up", "Prices"), (None, None, "3%", "down", None)],
        id="to-then-comma-other-direction",
    ),
    pytest.param(
        "Unemployment was 5.2% in May, down 0.3 percentage points.",
        [(None, "5.2%", "0.3 percentage points", "down", "Unemployment")],
        id="to-down-by-points",
    ),
    # "B (B'), up C% from A": the restatement stands between B and the comma; a noun before
    # "of" that leads B names what moved.
    pytest.param(
        "Reliance posted a net profit of Rs 15,792 crore ($1.9 billion) for the quarter, up "
        "11% from Rs 14,200 crore a year ago.",
        [("Rs 14,200 crore", "Rs 15,792 crore", "11%", "up", "net profit")],
        id="to-restated-up-by-from",
    ),
    pytest.param(
        "The company reported revenue of $5bn, up from $4bn.",
        [("$4bn", "$5bn", None, "up", "revenue")],
        id="up-from-subject-before-of",
    ),
    # A participle adjective ("adjusted", "diluted") that opens the noun before "of" is a
    # word of it; after a noun it is a verb, no word of what changed.
    pytest.param(
        "Adjusted earnings per share of $1.05, up from 80 cents.",
        [("80 cents", "$1.05", None, "up", "Adjusted earnings per share")],
        id="up-from-subject-adjusted-per-share-of",
    ),
    pytest.param(
        "The company reported adjusted earnings per share of $1.05, up from 80 cents.",
        [("80 cents", "$1.05", None, "up", "adjusted earnings per share")],
        id="up-from-subject-reported-adjusted-of",
    ),
    pytest.param(
        "Acme posted diluted earnings of $5 million, up from $4 million.",
        [("$4 million", "$5 million", None, "up", "diluted earnings")],
        id="up-from-subject-diluted-of",
    ),
    pytest.param(  # near miss: "reported" after a noun is the verb
        "The company reported profit of $5 million, up from $4 million.",
        [("$4 million", "$5 million", None, "up", "profit")],
        id="up-from-subject-reported-verb-of",
    ),
    pytest.param(  # near miss: after an aside's comma "reported" is the verb
        "Acme, owned by Jane Doe since 2014, reported auction sales of $6.8 billion, down 58%.",
        [(None, "$6.8 billion", "58%", "down", "auction sales")],
        id="up-from-subject-reported-verb-after-aside",
    ),
    # A word of not_of_heads that only modifies the head leaves it the subject ("record"
    # dropped); as the head, or an estimate, it names none.
    pytest.param(
        "Teachers in the state earn an average salary of $58,000, up from $54,000.",
        [("$54,000", "$58,000", None, "up", "average salary")],
        id="up-from-subject-average-head-of",
    ),
    pytest.param(
        "The state has a minimum wage of $15, up from $14.",
        [("$14", "$15", None, "up", "minimum wage")],
        id="up-from-subject-minimum-head-of",
    ),
    pytest.param(
        "The company posted a record profit of $5 billion, up from $4 billion.",
        [("$4 billion", "$5 billion", None, "up", "profit")],
        id="up-from-subject-record-head-of",
    ),
    # "a total of", "an average of" between a level verb and its value: the verb's subject
    pytest.param(
        "Sales hit a total of $5 billion, up from $4 billion.",
        [("$4 billion", "$5 billion", None, "up", "Sales")],
        id="up-from-subject-level-verb-total-of",
    ),
    pytest.param(
        "Prices reached an average of $3.50 a gallon, up from $3.20.",
        [("$3.20", "$3.50", None, "up", "Prices")],
        id="up-from-subject-level-verb-average-of",
    ),
    pytest.param(
        "The company reported a total of $5 billion, up from $4 billion.",
        [("$4 billion", "$5 billion", None, "up", None)],
        id="up-from-no-subject-total-of-no-level-verb",
    ),
    pytest.param(
        "The fund raised a total of $5 billion, up from $4 billion.",
        [("$4 billion", "$5 billion", None, "up", None)],
        id="up-from-no-subject-raised-a-total-of",
    ),
    # A reporting verb in -s (change_cues.json reporting_verbs) before the noun is a verb,
    # neither a noun of the subject nor one that hides it.
    pytest.param(
        "The agency now forecasts output of 154 million tonnes, up from 125 million tonnes.",
        [("125 million tonnes", "154 million tonnes", None, "up", "output")],
        id="up-from-subject-after-a-reporting-verb-in-s",
    ),
    pytest.param(
        "The ministry expects revenue of $5 billion, up 10%.",
        [(None, "$5 billion", "10%", "up", "revenue")],
        id="up-by-subject-after-a-reporting-verb-in-s",
    ),
    pytest.param(
        "The office projects publicly held debt will climb to 122% by 2034 from 99% this year.",
        [("99%", "122%", None, "up", "publicly held debt")],
        id="from-to-subject-after-projects",
    ),
    pytest.param(
        "Infrastructure projects rose to 300 from 250.",
        [("250", "300", None, "up", "Infrastructure projects")],
        id="from-to-subject-projects-a-noun",
    ),
    # A participle after a comma before a word that is no finite verb ("worth") opens a
    # clause: what it acts on changed; before a finite verb it is a noun ("housing starts").
    pytest.param(
        "The US remained Vietnam's largest export market, buying goods worth $55 billion in the "
        "period, up 23.3%.",
        [(None, "$55 billion", "23.3%", "up", "goods")],
        id="up-by-subject-after-a-participle-before-worth",
    ),
    pytest.param(
        "In May, housing starts were $5 billion, up 3%.",
        [(None, "$5 billion", "3%", "up", "housing starts")],
        id="up-by-subject-opening-in-ing-before-a-finite-verb",
    ),
    # A company's verb of a result in -s, as headlines write it (subject_words.json
    # result_verbs), is no noun of the subject either.
    pytest.param(
        "Acme posts profit of $5 billion, up 10%",
        [(None, "$5 billion", "10%", "up", "profit")],
        id="up-by-subject-after-posts",
    ),
    pytest.param(
        "Toyota reports net profit of 1.2 trillion yen, up 20%",
        [(None, "1.2 trillion yen", "20%", "up", "net profit")],
        id="up-by-subject-after-reports",
    ),
    pytest.param(
        "Gold hit a record high of $2,400, up from $2,100 in January.",
        [("$2,100", "$2,400", None, "up", "Gold")],
        id="up-from-subject-before-hit-a-record-high-of",
    ),
    # A value right after a verb of reaching, set off by the extreme it was: where it went.
    pytest.param(
        "Inflation hit 9.1 percent, a 40-year high.",
        [(None, "9.1 percent", None, "up", "Inflation")],
        id="reached-then-an-extreme-after-a-comma",
    ),
    pytest.param(
        "Gold touched $2,450 an ounce, a record high, on Monday.",
        [(None, "$2,450", None, "up", "Gold")],
        id="reached-a-price-then-a-record-high",
    ),
    pytest.param(
        "Unemployment reached 3.4%, the lowest since 1969.",
        [(None, "3.4%", None, "down", "Unemployment")],
        id="reached-then-the-lowest",
    ),
    pytest.param(
        "The company set $1.2 million, a record high.", [], id="set-then-an-extreme-a-feat"
    ),
    pytest.param("Inflation hit 9.1%, a high of the decade.", [], id="reached-then-a-high-of"),
    # A count with no subject before it: what it counts moved ("Tesla delivered ...").
    pytest.param(
        "Tesla delivered 384,122 vehicles in the quarter, down 13% year on year.",
        [(None, "384,122 vehicles", "13%", "down", "vehicles")],
        id="to-down-by-subject-is-the-counted-noun",
    ),
    pytest.param(
        "The Louvre drew 8.7 million visitors last year, compared with 7.8 million a year earlier.",
        [("7.8 million", "8.7 million visitors", None, "up", "visitors")],
        id="compared-with-subject-is-the-counted-noun",
    ),
    pytest.param(
        "Russia exported 45 million tonnes of wheat, up 10%.",
        [(None, "45 million tonnes of wheat", "10%", "up", "wheat")],
        id="to-up-by-subject-is-the-material",
    ),
    pytest.param(
        "The port handled 30 million tonnes, up 5%.",
        [(None, "30 million tonnes", "5%", "up", None)],
        id="to-up-by-no-counted-noun-no-subject",
    ),
    pytest.param(
        "Output was 5 million tonnes, up 3% from 40 million barrels.",
        [("40 million barrels", None, "3%", "up", None)],
        id="to-up-by-from-needs-one-unit",
    ),
    pytest.param(
        "Sales hit $5bn and costs rose, up 3% from $4bn.",
        [("$4bn", None, "3%", "up", None)],
        id="to-up-by-not-across-a-clause",
    ),
    pytest.param(
        "Prices for a kilogram of beef climbed to R150 from R120 in Johannesburg.",
        [("R120", "R150", None, "up", "Prices for a kilogram of beef")],
        id="subject-two-prepositions-with-a-determiner",
    ),
    # A conversion's restatement stands between a change's ends, never one of them.
    pytest.param(
        "Profit rose to ¥500 billion ($3.3 billion) from ¥420 billion ($2.8 billion).",
        [("¥420 billion", "¥500 billion", None, "up", "Profit")],
        id="to-from-over-restatements",
    ),
    pytest.param(
        "Exports rose 5% to 1.2 trillion yen ($11 billion) from 1.14 trillion yen.",
        [("1.14 trillion yen", "1.2 trillion yen", "5%", "up", "Exports")],
        id="by-to-from-over-a-restatement",
    ),
    pytest.param(
        "It cut its forecast from $5.0–$5.2 billion to $4.8–$5.0 billion.",
        [("$5.0–$5.2 billion", "$4.8–$5.0 billion", None, "down", "forecast")],
        id="from-range-to-range",
    ),
    # "to B, or B', from A": the head value moved, over the one in apposition to it.
    pytest.param(
        "Net income fell to $1.2 billion, or 45 cents a share, from $1.5 billion, or 56 cents "
        "a share, a year earlier.",
        [
            ("$1.5 billion", "$1.2 billion", None, "down", "Net income"),
            ("56 cents", "45 cents", None, "down", "Net income"),
        ],
        id="to-apposed-from",
    ),
    # The appositions' change restates the heads' per share: it takes their subject.
    pytest.param(
        "Net income was $19.20 billion, or $7.71 a share, compared with $2.63 billion, or 16 "
        "cents a share, a year earlier.",
        [
            ("$2.63 billion", "$19.20 billion", None, "up", "Net income"),
            ("16 cents", "$7.71", None, "up", "Net income"),
        ],
        id="compared-per-share-appositions-take-the-heads-subject",
    ),
    pytest.param(
        "The company reported a net loss of $45 million, or 12 cents a share, compared with a "
        "net loss of $60 million, or 16 cents a share, a year earlier.",
        [
            ("$60 million", "$45 million", None, "down", "net loss"),
            ("16 cents", "12 cents", None, "down", "net loss"),
        ],
        id="compared-loss-with-loss-per-share-take-the-heads-subject",
    ),
    pytest.param(
        "Debt climbed to $5bn, or 20% of GDP, from $4bn.",
        [("$4bn", "$5bn", None, "up", "Debt")],
        id="to-apposed-percentage-from",
    ),
    pytest.param(
        "Revenue was £5m ($6m), up from £4m.",
        [("£4m", "£5m", None, "up", "Revenue")],
        id="up-from-over-a-restatement",
    ),
    # "B <words or a date>, or C, up from A": the head value B moved, over its adverbial and
    # the value set in apposition to it.
    pytest.param(
        "The CBO estimates the deficit will reach $1.9 trillion in fiscal 2024, or 6.7 percent "
        "of GDP, up from $1.7 trillion a year earlier.",
        [("$1.7 trillion", "$1.9 trillion", None, "up", "deficit")],
        id="up-from-over-a-date-and-an-apposition",
    ),
    pytest.param(
        "Exports totalled £2bn last year, or 3 percent of output, down from £2.4bn in 2022.",
        [("£2.4bn", "£2bn", None, "down", "Exports")],
        id="up-from-over-words-and-an-apposition",
    ),
    pytest.param(
        "Profit was $5m and costs rose, or 10%, up from $4m.",
        [("$4m", None, None, "up", None)],
        id="up-from-over-an-apposition-not-across-a-clause",
    ),
    # A date may stand between a change's ends like the short adverbials.
    pytest.param(
        "Sales rose to $5bn in the year to Feb. 26, from $4bn.",
        [("$4bn", "$5bn", None, "up", "Sales")],
        id="to-date-from",
    ),
    pytest.param(
        "Sales rose to $5bn in the year to March from $4bn.",
        [("$4bn", "$5bn", None, "up", "Sales")],
        id="to-period-and-its-closing-date-from",
    ),
    # A noun of change after a noun ("rate cut") that ends the object of odds ("bets on
    # an August rate cut") is no verb: the verb before the odds moved them.
    pytest.param(
        "Money markets cut bets on an August rate cut to 13% from 28%.",
        [("28%", "13%", None, "down", "bets on an August rate cut")],
        id="odds-on-a-rate-cut-cut",
    ),
    pytest.param(
        "Traders raised bets on a September rate cut to 60% from 45%.",
        [("45%", "60%", None, "up", "bets on a September rate cut")],
        id="odds-on-a-rate-cut-raised",
    ),
    pytest.param(
        "Investors lifted the odds of a June rate hike to 70%.",
        [(None, "70%", None, "up", "odds of a June rate hike")],
        id="odds-of-a-rate-hike-lifted",
    ),
    pytest.param(
        "Traders lowered their expectations for a tax hike to 20% from 35%.",
        [("35%", "20%", None, "down", "expectations for a tax hike")],
        id="expectations-for-a-tax-hike-lowered",
    ),
    # ... not after a verb of no change, nor with no odds: the noun's own move
    pytest.param(
        "Traders placed bets on a rate cut to 5%.",
        [(None, "5%", None, "down", None)],
        id="odds-placed-keep-the-noun-of-change",
    ),
    pytest.param(
        "The central bank delivered a rate cut to 5.25%.",
        [(None, "5.25%", None, "down", "rate")],
        id="noun-of-change-delivered",
    ),
    # A proper owner after "and" in the objects of a head's preposition is the last item's:
    # the head still starts the subject.
    pytest.param(
        "Exports of wheat and Russia's barley fell 5%.",
        [(None, None, "5%", "down", "Exports of wheat and Russia's barley")],
        id="owner-of-a-coordinated-object",
    ),
    pytest.param(
        "Sales of iPhones and Apple's Macs fell 5%.",
        [(None, None, "5%", "down", "Sales of iPhones and Apple's Macs")],
        id="owner-of-a-coordinated-object-name",
    ),
    # ... not the owner of a clause's subject, nor of a name's after another owned name
    pytest.param(
        "Imports rose 3% and Russia's exports fell 5%.",
        [
            (None, None, "3%", "up", "Imports"),
            (None, None, "5%", "down", "Russia's exports"),
        ],
        id="owner-after-a-clause-and",
    ),
    pytest.param(
        "Germany's DAX and France's CAC 40 fell 5%.",
        [(None, None, "5%", "down", "France's CAC 40")],
        id="owner-after-an-owned-name",
    ),
    pytest.param(
        "Trinidad and Tobago's exports fell 5%.",
        [(None, None, "5%", "down", "Trinidad and Tobago's exports")],
        id="owner-a-place-with-and",
    ),
    # A stop word after a joining hyphen ends a compound of the subject ("plug-in", "spin-off")
    pytest.param(
        "Sales of cars rose 4%, while plug-in hybrids jumped 84% to 149,425.",
        [
            (None, None, "4%", "up", "Sales of cars"),
            (None, "149,425", "84%", "up", "plug-in hybrids"),
        ],
        id="hyphened-compound-ends-in-a-stop-word",
    ),
    pytest.param(
        "All-in sustaining costs rose 19% to $1,458 an ounce.",
        [(None, "$1,458", "19%", "up", "All-in sustaining costs")],
        id="hyphened-compound-all-in",
    ),
    pytest.param(
        "Shares of the spin-off rose 5%.",
        [(None, None, "5%", "up", "Shares of the spin-off")],
        id="hyphened-compound-ends-the-subject",
    ),
    pytest.param(
        "The stock sold off and fell 5%.",
        [(None, None, "5%", "down", None)],
        id="unhyphened-particle-is-no-compound",
    ),
    # A list joined by commas is one subject: from the head its first item's preposition
    # links to, or from the first item where it opens the sentence or a clause
    pytest.param(
        "Exports to China, Japan and India rose 5%.",
        [(None, None, "5%", "up", "Exports to China, Japan and India")],
        id="list-after-a-head-and-preposition",
    ),
    pytest.param(
        "Prices of food, beverages and tobacco rose 5%.",
        [(None, None, "5%", "up", "Prices of food, beverages and tobacco")],
        id="list-lower-case-after-a-head",
    ),
    pytest.param(
        "Food prices rose 2% in the month, while housing, water and electricity jumped 67.8%.",
        [
            (None, None, "2%", "up", "Food prices"),
            (None, None, "67.8%", "up", "housing, water and electricity"),
        ],
        id="list-opens-a-clause",
    ),
    pytest.param(
        "Analysts said Apple, Microsoft and Nvidia rose 5%.",
        [(None, None, "5%", "up", "Apple, Microsoft and Nvidia")],
        id="list-after-a-reporting-verb",
    ),
    # ... not an adverbial or an apposition before the last items: the list or pair after an
    # opening adverbial set off by a comma is the subject, whole
    pytest.param(
        "Separately, prices and wages rose 5%.",
        [(None, None, "5%", "up", "prices and wages")],
        id="list-not-after-an-adverb",
    ),
    pytest.param(
        "In Europe, prices and wages rose 5%.",
        [(None, None, "5%", "up", "prices and wages")],
        id="list-not-after-an-adverbial",
    ),
    pytest.param(
        "On Monday, Apple, Google and Microsoft rose 2%.",
        [(None, None, "2%", "up", "Apple, Google and Microsoft")],
        id="list-of-names-after-an-adverbial",
    ),
    pytest.param(
        "In the U.S., Apple, Google and Microsoft rose 2%.",
        [(None, None, "2%", "up", "Apple, Google and Microsoft")],
        id="list-of-names-after-a-place-adverbial",
    ),
    pytest.param(
        "Meanwhile, exports, imports and output fell 3%.",
        [(None, None, "3%", "down", "exports, imports and output")],
        id="list-after-an-adverb-aside",
    ),
    # ... but places of one type after an opening preposition are all its objects: the nouns
    # after them are the subject ("In Tokyo, Osaka and Nagoya prices": three cities' prices)
    pytest.param(
        "In Tokyo, Osaka and Nagoya prices rose 3%.",
        [(None, None, "3%", "up", "prices")],
        id="list-of-places-is-the-adverbials",
    ),
    pytest.param(
        "In New York, Boston and Chicago rents rose 3%.",
        [(None, None, "3%", "up", "rents")],
        id="list-of-places-is-the-adverbials-two-word-name",
    ),
    # ... not a country before its cities, nor names that are no places, nor a list after
    # the adverbial's comma
    pytest.param(
        "In Japan, Tokyo and Osaka prices rose 3%.",
        [(None, None, "3%", "up", "Tokyo and Osaka prices")],
        id="pair-of-cities-after-a-country",
    ),
    pytest.param(
        "In the US, Apple and Google shares rose 2%.",
        [(None, None, "2%", "up", "Apple and Google shares")],
        id="pair-of-names-after-a-place",
    ),
    pytest.param(
        "In Japan, Tokyo, Osaka and Nagoya prices rose 3%.",
        [(None, None, "3%", "up", "Tokyo, Osaka and Nagoya prices")],
        id="list-of-cities-after-a-country",
    ),
    pytest.param(
        "Apple, Google and Microsoft rose 2%.",
        [(None, None, "2%", "up", "Apple, Google and Microsoft")],
        id="list-of-names-opens-the-sentence",
    ),
    pytest.param(
        "Apple, the iPhone maker, and Nvidia rose 5%.",
        [(None, None, "5%", "up", "Nvidia")],
        id="list-not-over-an-apposition",
    ),
    # "since" between the auxiliary and the verb is an adverb, no word of the subject
    pytest.param(
        "The shekel, which weakened to 3.80 per dollar in April, has since recovered to about"
        " 3.65, helped by the central bank.",
        [(None, "about 3.65", None, "up", "shekel")],
        id="relative-clause-then-has-since",
    ),
    pytest.param(
        "The index has since fallen 5%.",
        [(None, None, "5%", "down", "index")],
        id="has-since-fallen",
    ),
    pytest.param(
        "Output since January rose 5%.",
        [(None, None, "5%", "up", "Output")],
        id="since-a-date-before-the-verb",
    ),
    pytest.param(
        "Bitcoin has lost a third of its value since hitting a record high of $73,000 in March.",
        [(None, None, "a third", "down", "Bitcoin"), (None, "$73,000", None, "up", None)],
        id="since-a-gerund-is-no-adverb",
    ),
    pytest.param(
        "Inflation has eased since prices rose 5%.",
        [(None, None, "5%", "up", "prices")],
        id="since-a-clause-keeps-its-subject",
    ),
    pytest.param(
        "Profit rose to $28.7 million in the quarter ended Sept. 30 from $9.1 million.",
        [("$9.1 million", "$28.7 million", None, "up", "Profit")],
        id="to-period-ended-a-date-from",
    ),
    pytest.param(
        "Revenue rose to $28.7 million in the six months to March from $9.1 million.",
        [("$9.1 million", "$28.7 million", None, "up", "Revenue")],
        id="to-the-marked-period-to-a-date-from",
    ),
    pytest.param(
        "Revenue rose 5% in the three months ended June 30 to $28.7 million.",
        [(None, "$28.7 million", "5%", "up", "Revenue")],
        id="by-period-ended-a-date-to",
    ),
    pytest.param(
        "The rate fell from 5% last month to 4%.",
        [("5%", "4%", None, "down", "rate")],
        id="from-date-to",
    ),
    pytest.param(
        "The bank raised its benchmark rate by 725 basis points between June 2021 and March "
        "2023, to 11.25 per cent.",
        [(None, "11.25 per cent", "725 basis points", "up", "benchmark rate")],
        id="by-date-range-to",
    ),
    # A date between the subject and its verb is no subject.
    pytest.param(
        "The company's revenue in the third quarter was $12.1bn, compared with $10.9bn a "
        "year earlier.",
        [("$10.9bn", "$12.1bn", None, "up", "revenue")],
        id="subject-before-a-date",
    ),
    pytest.param(
        "Profit last year rose to $5bn from $4bn.",
        [("$4bn", "$5bn", None, "up", "Profit")],
        id="subject-before-a-bare-date",
    ),
    pytest.param(
        "Ofgem said its price cap for April to June would fall to £3,280.",
        [(None, "£3,280", None, "down", "price cap")],
        id="subject-before-a-date-range",
    ),
    # "to a ... of": "to an average of", "to a record high of".
    pytest.param(
        "Wages grew 5.6% year on year to an average of £650 a week.",
        [(None, "£650", "5.6%", "up", "Wages")],
        id="by-to-an-average-of",
    ),
    pytest.param(
        "Gold climbed to a record high of $2,400 an ounce.",
        [(None, "$2,400", None, "up", "Gold")],
        id="to-a-record-high-of",
    ),
    pytest.param(
        "Gold slid to a two-year low of $1,820 an ounce.",
        [(None, "$1,820", None, "down", "Gold")],
        id="to-a-hyphenated-low-of",
    ),
    # "from a record X": the level held before; "to close at a record X": where it went.
    pytest.param(
        "The ECB lowered its deposit rate to 3.75% from a record 4%.",
        [("4%", "3.75%", None, "down", "deposit rate")],
        id="to-from-a-record",
    ),
    pytest.param(
        "Gold eased to $2,300, down from a record $2,450.",
        [("$2,450", "$2,300", None, "down", "Gold")],
        id="to-down-from-a-record",
    ),
    pytest.param(
        "The S&P 500 gained 0.6% to close at a record 5,421.03.",
        [(None, "5,421.03", "0.6%", "up", "S&P 500")],
        id="by-to-close-at-a-record",
    ),
    pytest.param(
        "The stock rose 5% at a record 200 stores.",
        [(None, None, "5%", "up", "stock")],
        id="by-at-a-record-count-not-a-level",
    ),
    pytest.param(
        "The firm raised $5 million from a record 300 donors.",
        [],
        id="raised-from-a-record-count-of-givers",
    ),
    pytest.param(
        "Housing starts plunged 14.7% to a seasonally adjusted annual rate of 1.32 million units.",
        [(None, "1.32 million units", "14.7%", "down", "Housing starts")],
        id="by-to-a-seasonally-adjusted-annual-rate-of",
    ),
    pytest.param(
        "Housing starts rose to a seasonally adjusted annual rate of 1.32 million units.",
        [(None, "1.32 million units", None, "up", "Housing starts")],
        id="to-a-seasonally-adjusted-annual-rate-of",
    ),
    pytest.param(
        "Existing-home sales fell 4.3% to a seasonally adjusted annual rate of 4.19 million in "
        "March.",
        [(None, "4.19 million", "4.3%", "down", "Existing-home sales")],
        id="by-to-a-long-rate-of-a-bare-level",
    ),
    pytest.param(
        "Shares fell 4% to a 52-week low of $12.50.",
        [(None, "$12.50", "4%", "down", "Shares")],
        id="by-to-a-52-week-low-of",
    ),
    pytest.param(
        "The index fell to a low of 3,200 points from 3,500 points.",
        [("3,500 points", "3,200 points", None, "down", "index")],
        id="to-a-low-of-from",
    ),
    # The subject is the head noun phrase, not the last noun after a preposition.
    pytest.param(
        "Sales excluding fuel and VAT grew 1.9% to £54.8bn.",
        [(None, "£54.8bn", "1.9%", "up", "Sales excluding fuel and VAT")],
        id="subject-coordinated-object-of-preposition",
    ),
    pytest.param(
        "Spending on roads and other infrastructure rises 11% in the budget.",
        [(None, None, "11%", "up", "Spending on roads and other infrastructure")],
        id="subject-coordinated-and-other",
    ),
    pytest.param(
        "Loans to small businesses and other firms grew 9%.",
        [(None, None, "9%", "up", "Loans to small businesses and other firms")],
        id="subject-coordinated-object-with-its-adjective",
    ),
    pytest.param(
        "Exports to China and India rose 4%.",
        [(None, None, "4%", "up", "Exports to China and India")],
        id="subject-coordinated-object-of-preposition-unchanged",
    ),
    pytest.param(
        "The average auction price at the Mombasa auction fell to $2.17 from $2.24.",
        [("$2.24", "$2.17", None, "down", "average auction price at the Mombasa auction")],
        id="subject-three-word-head-before-preposition",
    ),
    # A value right before a noun of change is its size; "in" before its object is no
    # part of the subject.
    pytest.param(
        "The board approved a 5% increase in fares to $2.90.",
        [(None, "$2.90", "5%", "up", "fares")],
        id="size-before-a-noun-of-change",
    ),
    pytest.param(
        "Workers got a $2 rise to $12 an hour.",
        [(None, "$12", "$2", "up", None)],
        id="money-size-before-a-noun-of-change",
    ),
    pytest.param(
        "Prices rose in March to 5%.",
        [(None, "5%", None, "up", "Prices")],
        id="in-after-a-verb-stays-out-of-the-subject",
    ),
    # A hedge between the subject and its verb is no part of either.
    pytest.param(
        "Operating profit more than doubled to 1.1 trillion yen.",
        [(None, "1.1 trillion yen", None, "up", "Operating profit")],
        id="subject-before-more-than",
    ),
    pytest.param(
        "Sales nearly tripled to $5 billion.",
        [(None, "$5 billion", None, "up", "Sales")],
        id="subject-before-nearly",
    ),
    # A reporting verb or an auxiliary ends the subject read backwards.
    pytest.param(
        "Analysts said prices rose 5%.",
        [(None, None, "5%", "up", "prices")],
        id="subject-after-a-reporting-verb",
    ),
    pytest.param(
        "The company said debt reached $3 billion, up from $2 billion.",
        [("$2 billion", "$3 billion", None, "up", "debt")],
        id="subject-after-a-reporting-verb-up-from",
    ),
    # "It" or "They" opening a sentence is the subject of the sentence before when both are
    # moves in percent, one subject and agreeing in number; else no subject.
    *(
        pytest.param(text, expected, id=f"pronoun-subject-{n}")
        for n, (text, expected) in enumerate(
            [
                (
                    "The peso weakened 2.1% on Thursday. It lost about 24% of its value in 2019.",
                    [
                        (None, None, "2.1%", "down", "peso"),
                        (None, None, "about 24%", "down", "peso"),
                    ],
                ),
                (
                    "The rupee fell 2%. It has lost 10% this year.",
                    [(None, None, "2%", "down", "rupee"), (None, None, "10%", "down", "rupee")],
                ),
                (
                    "Prices fell 2%. They fell 2% again.",
                    [(None, None, "2%", "down", "Prices"), (None, None, "2%", "down", "Prices")],
                ),
                # Near misses: no sentence before, a plural for "It", two subjects before, a
                # level in money before, a verb of its own after the pronoun.
                ("It rose 3%.", [(None, None, "3%", "up", None)]),
                (
                    "Sales rose 5% in March. It rose 3% in April.",
                    [(None, None, "5%", "up", "Sales"), (None, None, "3%", "up", None)],
                ),
                (
                    "The index fell 2%, while the rupee rose 1%. It has lost 5% this year.",
                    [
                        (None, None, "2%", "down", "index"),
                        (None, None, "1%", "up", "rupee"),
                        (None, None, "5%", "down", None),
                    ],
                ),
                (
                    "Revenue rose to $5 billion. It rose 3% in April.",
                    [(None, "$5 billion", None, "up", "Revenue"), (None, None, "3%", "up", None)],
                ),
                (
                    "Shares of Acme fell 5%. It said profit rose 3%.",
                    [
                        (None, None, "5%", "down", "Shares of Acme"),
                        (None, None, "3%", "up", "profit"),
                    ],
                ),
            ]
        )
    ),
    # A gerund after "after" or "before" with no object of its own moved the subject of the
    # clause that opens the sentence.
    *(
        pytest.param(text, expected, id=f"gerund-after-before-subject-{n}")
        for n, (text, expected) in enumerate(
            [
                (
                    "The shilling has been stable since April after losing about a fifth of its"
                    " value.",
                    [(None, None, "about a fifth", "down", "shilling")],
                ),
                (
                    "The index fell as far as 7,300, its lowest since July, before recovering to"
                    " 7,290 by midday.",
                    [(None, "7,290", None, "up", "index")],
                ),
                # (the yuan's "before recovering to 7.29" after a rate of 7.3 is another level
                # of that rate, an exchange rate, which has no change record)
                (
                    "The onshore yuan fell as far as 7.3 per dollar, its lowest since July, before"
                    " recovering to 7.29 by midday.",
                    [],
                ),
                (
                    "The Nikkei has gained 47% this year, making it one of the best performers,"
                    " after rising 78% in 2015.",
                    [(None, None, "47%", "up", "Nikkei"), (None, None, "78%", "up", "Nikkei")],
                ),
                # Near misses: the gerund's object, a share of another noun, a transitive
                # opening verb, a reported clause.
                (
                    "The bank raised rates before cutting them by 2%.",
                    [(None, None, "2%", "down", None)],
                ),
                (
                    "Acme cut 500 jobs after losing 5% of its revenue.",
                    [(None, None, "5%", "down", None)],
                ),
                (
                    "Analysts said the peso fell after losing 5%.",
                    [(None, None, "5%", "down", None)],
                ),
            ]
        )
    ),
    # The reported clause's first word is the subject's, no verb after an auxiliary.
    *(
        pytest.param(text, [(None, None, "5%", way, subject)], id=f"subject-after-said-{n}")
        for n, (text, way, subject) in enumerate(
            [
                ("He said public sector salaries would rise 5%.", "up", "public sector salaries"),
                ("Statistics Canada said annual inflation slowed 5%.", "down", "annual inflation"),
                ("The ministry says retail sales rose 5%.", "up", "retail sales"),
                # Near miss: the verb after a modal is no word of the subject.
                ("They said it would lift wheat prices, which rose 5%.", "up", "wheat prices"),
            ]
        )
    ),
    # A possessive date ("last week's") is a date in the gap before ", down from".
    pytest.param(
        "The ANC won 40.2% of the vote in last week's election, down from 57.5% in 2019.",
        [("57.5%", "40.2%", None, "down", None)],
        id="down-from-after-a-possessive-date",
    ),
    pytest.param(
        "Revenue and profit rose 5%.",
        [(None, None, "5%", "up", "Revenue and profit")],
        id="subject-coordination-without-preposition",
    ),
    # A gapped second clause ("and the index 3%") names its own subject; "and" before the
    # value alone, or before an adverb, keeps the verb's.
    pytest.param(
        "The stock rose 5% and the index 3%.",
        [(None, None, "5%", "up", "stock"), (None, None, "3%", "up", "index")],
        id="subject-of-a-gapped-clause",
    ),
    pytest.param(
        "Sales rose 5% in May and 7% in June.",
        [(None, None, "5%", "up", "Sales"), (None, None, "7%", "up", "Sales")],
        id="subject-shared-after-and-a-date",
    ),
    pytest.param(
        "Shares rose 5% and then 3%.",
        [(None, None, "5%", "up", "Shares"), (None, None, "3%", "up", "Shares")],
        id="subject-shared-after-and-an-adverb",
    ),
    # The next move of one subject, after a link and a verb in -ing, -ed or of a level, takes
    # the subject of the move before; not after a noun ("and imports fell").
    pytest.param(
        "The stock fell as much as 8% before closing down 5.2% at $101.",
        [(None, None, "as much as 8%", "down", "stock"), (None, "$101", "5.2%", "down", "stock")],
        id="subject-of-the-move-before-closing",
    ),
    pytest.param(
        "Oil rose 2% on Monday and settled up 1.5% at $82.",
        [(None, None, "2%", "up", "Oil"), (None, "$82", "1.5%", "up", "Oil")],
        id="subject-of-the-move-before-and-settled",
    ),
    pytest.param(
        "The index rose 1% after falling 2% on Friday.",
        [(None, None, "1%", "up", "index"), (None, None, "2%", "down", "index")],
        id="subject-of-the-move-before-after-falling",
    ),
    pytest.param(
        "The price index rose at a 2.2% rate after increasing at a 3.4% pace.",
        [(None, None, "2.2%", "up", "price index"), (None, None, "3.4%", "up", "price index")],
        id="subject-of-the-move-before-after-a-rate",
    ),
    pytest.param(
        "Sri Lanka's economy grew 9.1% year on year in the November-January quarter, after"
        " shrinking 12.6% in 2014.",
        [
            (None, None, "9.1%", "up", "Sri Lanka's economy"),
            (None, None, "12.6%", "down", "Sri Lanka's economy"),
        ],
        id="subject-of-the-move-before-after-year-on-year-and-a-hyphened-period",
    ),
    pytest.param(
        "Lithium carbonate prices have fallen to around 412,550 yuan a ton, after hitting a"
        " record 1,332,425 yuan.",
        [
            (None, "around 412,550 yuan", None, "down", "Lithium carbonate prices"),
            (None, "1,332,425 yuan", None, "up", "Lithium carbonate prices"),
        ],
        id="subject-of-the-move-before-after-a-price-unit",
    ),
    pytest.param(
        "Oil rose 2% a barrel and imports fell 3%.",
        [(None, None, "2%", "up", "Oil"), (None, None, "3%", "down", "imports")],
        id="subject-own-after-a-price-unit-and-a-noun",
    ),
    pytest.param(
        "Egg prices fell 2.5% but were still 31.5% higher than a year earlier.",
        [
            (None, None, "2.5%", "down", "Egg prices"),
            (None, None, "31.5%", "up", "Egg prices"),
        ],
        id="subject-of-the-move-before-but-were-still",
    ),
    pytest.param(
        "Sales rose 3% and were 10% higher than in 2019.",
        [(None, None, "3%", "up", "Sales"), (None, None, "10%", "up", "Sales")],
        id="subject-of-the-move-before-and-were",
    ),
    pytest.param(
        "Sales rose 3% and imports fell 2%.",
        [(None, None, "3%", "up", "Sales"), (None, None, "2%", "down", "imports")],
        id="subject-own-after-and-a-noun",
    ),
    pytest.param(
        "Inflation rose 2% and a third fell 5%.",
        [(None, None, "2%", "up", "Inflation"), (None, None, "5%", "down", None)],
        id="subject-not-carried-past-a-determiner",
    ),
    # A participle after a change by a size: where it went (", settling at $80"), or a
    # change of its own with the subject before (", climbing to $120").
    pytest.param(
        "Brent fell 2%, settling at $80 a barrel.",
        [(None, "$80", "2%", "down", "Brent")],
        id="end-after-settling-at",
    ),
    # A gerund of an extreme verb after "after" or "since": an earlier move of its own, up
    # (of the opening clause's subject).
    pytest.param(
        "Bitcoin fell 3%, a week after reaching a record high of $73,750.",
        [(None, None, "3%", "down", "Bitcoin"), (None, "$73,750", None, "up", "Bitcoin")],
        id="after-reaching-a-record-high-of",
    ),
    pytest.param(
        "Spot gold rose 0.5% to $2,340.19 per ounce, after hitting a record $2,450.07 on May 20.",
        [
            (None, "$2,340.19", "0.5%", "up", "Spot gold"),
            (None, "$2,450.07", None, "up", "Spot gold"),
        ],
        id="after-hitting-a-record",
    ),
    pytest.param(
        "Gold jumped 2% on Monday, hitting a record $2,450.",
        [(None, "$2,450", "2%", "up", "Gold")],
        id="end-after-a-date-and-hitting-a-record",
    ),
    pytest.param(
        "Shares fell 12%, wiping $5 billion off its market value.",
        [(None, None, "12%", "down", "Shares")],
        id="end-after-not-another-verb",
    ),
    pytest.param(
        "The index fell 1%, ending at 7,500 points.",
        [(None, None, "1%", "down", "index")],
        id="end-after-not-a-count",
    ),
    pytest.param(
        "The stock rose 4%, climbing to $120.",
        [(None, None, "4%", "up", "stock"), (None, "$120", None, "up", "stock")],
        id="subject-of-the-move-before-a-participle",
    ),
    pytest.param(
        "Profit rose 5%, revenue fell 2%.",
        [(None, None, "5%", "up", "Profit"), (None, None, "2%", "down", "revenue")],
        id="subject-own-after-a-comma",
    ),
    # "on track (course, pace) to" stands between a subject and its verb; a noun of change after
    # a period's word ("weekly gains of") names no subject before that word.
    pytest.param(
        "Stocks are on track to rise 2% this week.",
        [(None, None, "2%", "up", "Stocks")],
        id="subject-before-on-track-to",
    ),
    # ... as does a passive of permission ("is allowed to")
    pytest.param(
        "The peso, which was devalued by more than 50% in June, is allowed to weaken by 2% a"
        " month.",
        [(None, None, "more than 50%", "down", "peso"), (None, None, "2%", "down", "peso")],
        id="subject-before-allowed-to",
    ),
    pytest.param(
        "Rents are permitted to rise 5% a year.",
        [(None, None, "5%", "up", "Rents")],
        id="subject-before-permitted-to",
    ),
    pytest.param(
        "The index is on pace to gain 3% for the week.",
        [(None, None, "3%", "up", "index")],
        id="subject-before-on-pace-to",
    ),
    pytest.param(
        "Both benchmarks were on track for weekly gains of about 1%.",
        [(None, None, "about 1%", "up", None)],
        id="no-subject-on-track-for-weekly-gains",
    ),
    pytest.param(
        "Oil was set for monthly gains of 5%.",
        [(None, None, "5%", "up", None)],
        id="no-subject-set-for-monthly-gains",
    ),
    pytest.param(
        "The euro is on track for its biggest monthly gain of 3% since 2022.",
        [(None, None, "3%", "up", None)],
        id="no-subject-biggest-monthly-gain",
    ),
    pytest.param(
        "The board approved pay rises of 5%.",
        [(None, None, "5%", "up", "pay")],
        id="noun-of-change-subject-without-a-period-stays",
    ),
    # a change word after a determiner and its modifiers is a noun ("The contract was down")
    pytest.param(
        "The British day-ahead contract was down 4 pence at 56 pence per therm.",
        [(None, "56 pence", "4 pence", "down", "British day-ahead contract")],
        id="change-word-after-a-determiner-is-a-noun",
    ),
    pytest.param(
        "The front-month contract at the Dutch TTF hub dropped 1.60 euros to 22.75 euros.",
        [(None, "22.75 euros", "1.60 euros", "down", "front-month contract at the Dutch TTF hub")],
        id="change-word-after-a-determiner-heads-a-linked-subject",
    ),
    pytest.param(
        "The economy will contract 2% this year.",
        [(None, None, "2%", "down", "economy")],
        id="change-word-after-a-modal-stays-a-verb",
    ),
    # "including" before a noun of change is a preposition: no subject
    pytest.param(
        "The board approved a budget, including raises of 3% for teachers.",
        [(None, None, "3%", "up", None)],
        id="noun-of-change-after-including",
    ),
    pytest.param(
        "The budget includes pay raises of 3% for teachers.",
        [(None, None, "3%", "up", "pay")],
        id="noun-of-change-after-includes-and-its-noun",
    ),
    # A verb that states a level ("reach", "hit", "stood at"), then "from": the value is
    # where the change went; the values tell the direction. A bare number takes the unit.
    pytest.param(
        "Output is expected to reach 3.2 million barrels per day by 2028, from 2.8 million "
        "in 2023.",
        [("2.8 million", "3.2 million barrels per day", None, "up", "Output")],
        id="level-verb-from-elided-unit",
    ),
    pytest.param(
        "Revenue is expected to reach $4.2 billion by 2028, from $3.9 billion in 2023.",
        [("$3.9 billion", "$4.2 billion", None, "up", "Revenue")],
        id="level-verb-from-money",
    ),
    pytest.param(
        "The deficit hit $1.4 trillion, from $1.7 trillion a year earlier.",
        [("$1.7 trillion", "$1.4 trillion", None, "down", "deficit")],
        id="level-verb-hit-from",
    ),
    pytest.param(
        "The chain is expected to reach 300 stores by 2026, from 250 stores.",
        [("250 stores", "300 stores", None, "up", "chain")],
        id="level-verb-from-counts-of-one-noun",
    ),
    pytest.param(
        "Unemployment stood at 5.1%, from 4.8% in March.",
        [("4.8%", "5.1%", None, "up", "Unemployment")],
        id="level-verb-stood-at-from",
    ),
    # A level verb, a size and "higher" or "lower": a market's move, "at" its level.
    pytest.param(
        "Shares closed 1.8% higher at 651.30 rupees.",
        [(None, "651.30 rupees", "1.8%", "up", "Shares")],
        id="closed-higher-at",
    ),
    pytest.param(
        "Tesla shares closed 2.3% lower at $245.10.",
        [(None, "$245.10", "2.3%", "down", "Tesla shares")],
        id="closed-lower-at",
    ),
    pytest.param(
        "Shares of Infosys ended 3% higher on Monday.",
        [(None, None, "3%", "up", "Shares of Infosys")],
        id="ended-higher-alone",
    ),
    pytest.param(
        "Brent crude settled 1.2% higher on Friday at $82.30 a barrel.",
        [(None, "$82.30", "1.2%", "up", "Brent crude")],
        id="settled-higher-on-a-day-at",
    ),
    pytest.param(
        "Apple shares were 2% higher at $190 in early trading.",
        [(None, "$190", "2%", "up", "Apple shares")],
        id="copula-higher-at-a-price",
    ),
    pytest.param(
        "Shares were trading 4% lower at 320 pence.",
        [(None, "320 pence", "4%", "down", "Shares")],
        id="trading-lower-at",
    ),
    # A verb of causing a move, its object, a size and "higher" or "lower": the object moved.
    pytest.param(
        "The report drove shares 8% higher.",
        [(None, None, "8%", "up", "shares")],
        id="drove-object-higher",
    ),
    pytest.param(
        "The news sent the shares 5% lower.",
        [(None, None, "5%", "down", "shares")],
        id="sent-object-lower",
    ),
    pytest.param(
        "Weak earnings dragged the Nasdaq 2.1% lower on Tuesday.",
        [(None, None, "2.1%", "down", "Nasdaq")],
        id="dragged-object-lower",
    ),
    pytest.param(
        "Profit-taking pushed gold 40 cents lower.",
        [(None, None, "40 cents", "down", "gold")],
        id="pushed-object-cents-lower",
    ),
    pytest.param(  # a level after the comparative: the pair's one change, as before
        "The news sent oil prices 3% higher, to $85 a barrel.",
        [(None, "$85", "3%", "up", None)],
        id="sent-object-higher-to-a-level-one-change",
    ),
    # ... or "up to" a level: the object moved up, to it.
    pytest.param(
        "Higher fuel costs drove inflation up to 4.1% in May.",
        [(None, "4.1%", None, "up", "inflation")],
        id="drove-object-up-to",
    ),
    pytest.param(
        "The selloff sent the yield up to 4.8%.",
        [(None, "4.8%", None, "up", "yield")],
        id="sent-object-up-to",
    ),
    pytest.param(
        "Demand pushed prices up to $5 a gallon.",
        [(None, "$5", None, "up", "prices")],
        id="pushed-object-up-to-a-price",
    ),
    # ... or "up" or "down" after its object, in an "-ing" clause or not: the object moved,
    # not the verb nor its doer; "bring" is such a verb.
    pytest.param(
        "The central bank raised rates, bringing inflation down to 4%.",
        [(None, "4%", None, "down", "inflation")],
        id="bringing-object-down-to",
    ),
    pytest.param(
        "The central bank cut rates, pushing the yield down to 4%.",
        [(None, "4%", None, "down", "yield")],
        id="pushing-determined-object-down-to",
    ),
    pytest.param(
        "The company cut costs, bringing its margin up to 12%.",
        [(None, "12%", None, "up", "margin")],
        id="bringing-owned-object-up-to",
    ),
    pytest.param(
        "The retailer cut its forecast, sending its shares down 14% in premarket trading.",
        [(None, None, "14%", "down", "shares")],
        id="sending-owned-object-down-by",
    ),
    pytest.param(
        "The storm knocked output down 10%.",
        [(None, None, "10%", "down", "output")],
        id="knocked-object-down-by",
    ),
    pytest.param(  # near miss: no verb of causing a move, the object of "taking" is none
        "Patients taking the highest dose lost 13%.",
        [(None, None, "13%", "down", None)],
        id="taking-object-is-no-subject",
    ),
    # After a comma "meaning", "leaving", "bringing" (and "suggesting", "indicating") open a
    # clause whose own subject stands before the change verb or word.
    pytest.param(
        "Deaths rose, meaning the population shrank by 848,659 people.",
        [(None, None, "848,659 people", "down", "population")],
        id="meaning-clause-own-subject",
    ),
    pytest.param(
        "Sales rose, meaning inflation rose 2%.",
        [(None, None, "2%", "up", "inflation")],
        id="meaning-clause-bare-subject",
    ),
    pytest.param(
        "Births fell, leaving the population down 0.5%.",
        [(None, None, "0.5%", "down", "population")],
        id="leaving-clause-own-subject",
    ),
    pytest.param(
        "Sales rose, suggesting the economy grew 2%.",
        [(None, None, "2%", "up", "economy")],
        id="suggesting-clause-own-subject",
    ),
    pytest.param(  # near miss: no comma, the participle's phrase modifies the noun before
        "People leaving the city rose 5%.",
        [(None, None, "5%", "up", None)],
        id="leaving-without-comma-is-no-clause",
    ),
    pytest.param(  # near miss: "taking" is no participle of a clause of its own
        "Patients, taking the highest dose of the pill lost 13%.",
        [(None, None, "13%", "down", None)],
        id="taking-after-comma-is-no-clause",
    ),
    # A part of a set after "in", "among", "across" (or "at", "for" with "of") says where the
    # move happened, no size of it.
    pytest.param("Sales fell in a quarter of the stores.", [], id="fell-in-a-part-of-a-set"),
    pytest.param("Prices rose in 30% of the cities.", [], id="rose-in-a-percent-of-a-set"),
    pytest.param("Support fell among a third of voters.", [], id="fell-among-a-part"),
    pytest.param("Prices rose across half of the markets.", [], id="rose-across-a-part"),
    pytest.param("Output rose at a fifth of the plants.", [], id="rose-at-a-part-of"),
    pytest.param(  # near miss: the size before the set's part stays
        "Sales fell 5% in a third of the stores.",
        [(None, None, "5%", "down", "Sales")],
        id="size-then-in-a-part",
    ),
    pytest.param(  # near miss: "by" a fraction sizes the move
        "Sales fell by a quarter.",
        [(None, None, "a quarter", "down", "Sales")],
        id="fell-by-a-quarter",
    ),
    pytest.param(
        "The company cut costs by a third.",
        [(None, None, "a third", "down", "costs")],
        id="cut-by-a-third",
    ),
    pytest.param(  # near miss: "at" without "of" is the move's pace
        "The economy grew at 3.2% in May.",
        [(None, None, "3.2%", "up", "economy")],
        id="grew-at-a-pace",
    ),
    # "costs" (a range verb: "Tickets cost $50") after a change verb and one or two modifiers
    # is the verb's object, a noun: in a relative clause too.
    pytest.param(
        "The Fed paused a cycle of cuts that had lowered borrowing costs by 325 basis points.",
        [(None, None, "325 basis points", "down", "borrowing costs")],
        id="that-had-lowered-modified-costs-by",
    ),
    pytest.param(
        "The move lowered energy costs by 3%.",
        [(None, None, "3%", "down", "energy costs")],
        id="lowered-modified-costs-by",
    ),
    pytest.param(
        "The move cut its borrowing costs to 3%.",
        [(None, "3%", None, "down", "borrowing costs")],
        id="cut-its-modified-costs-to",
    ),
    pytest.param(
        "The bank, which cut costs by 5%, said it was done.",
        [(None, None, "5%", "down", "costs")],
        id="which-cut-costs-by",
    ),
    pytest.param("Prices rose and tickets cost $50.", [], id="and-opens-a-cost-clause"),
    pytest.param("Shares fell after the trip cost $500.", [], id="after-opens-a-cost-clause"),
    # After a comma a participle of causing a move takes a total's noun to a count: the total's
    # new level ("a letter to 50 officials" is whom it reached: no total's noun).
    pytest.param(
        "Rates rose, bringing the total to 50.",
        [(None, "50", None, "unknown", "total")],
        id="comma-bringing-the-total-to-a-count",
    ),
    pytest.param(
        "Twelve more people were killed, taking the death toll to 1,200.",
        [(None, "1,200", None, "unknown", "death toll")],
        id="comma-taking-the-death-toll-to-a-count",
    ),
    pytest.param(
        "Police arrested five people, bringing the number of arrests to 40.",
        [(None, "40", None, "unknown", "number of arrests")],
        id="comma-bringing-the-number-of-to-a-count",
    ),
    pytest.param(  # near miss: no total's noun, whom the aid reached
        "The agency expanded, bringing aid to 5,000 families.",
        [],
        id="comma-bringing-aid-to-a-count",
    ),
    pytest.param(  # near miss: no comma, no participle
        "The storm pushed the death toll to 50.",
        [],
        id="pushed-the-toll-to-a-count-no-comma",
    ),
    # A proper name of several words owns the object of a preposition inside a subject:
    # the subject runs past it to its head ("China's" did already).
    pytest.param(
        "The death toll from a coal mine accident in central Rio de Janeiro's Henan province "
        "rose to 26.",
        [
            (
                None,
                "26",
                None,
                "up",
                "death toll from a coal mine accident in central Rio de Janeiro's Henan province",
            )
        ],
        id="subject-past-a-connected-name-owner",
    ),
    pytest.param(
        "Passenger numbers on United Arab Emirates's railways rose 8%.",
        [(None, None, "8%", "up", "Passenger numbers on United Arab Emirates's railways")],
        id="subject-past-a-three-word-owner",
    ),
    pytest.param(
        "The death toll in Rio Grande's north rose to 26.",
        [(None, "26", None, "up", "death toll in Rio Grande's north")],
        id="subject-past-a-two-word-owner",
    ),
    pytest.param(  # near miss: one word and its modifier, as before
        "The death toll from the accident in central China's Henan province rose to 26.",
        [
            (
                None,
                "26",
                None,
                "up",
                "death toll from the accident in central China's Henan province",
            )
        ],
        id="subject-past-a-one-word-owner",
    ),
    pytest.param(  # near miss: a lower-case owner
        "Sales of the company's best-selling model rose 5%.",
        [(None, None, "5%", "up", "Sales of the company's best-selling model")],
        id="subject-past-a-lower-case-owner",
    ),
    # A unit's short form in brackets after a measure is passed before ", up" or "from".
    pytest.param(
        "China installed 216.88 gigawatts (GW) of solar capacity last year, up 148%.",
        [(None, "216.88 gigawatts", "148%", "up", None)],
        id="unit-short-form-then-comma-up",
    ),
    pytest.param(
        "Output was 1.2 million barrels per day (bpd) in May, up from 1.1 million bpd.",
        [("1.1 million bpd", "1.2 million barrels per day", None, "up", "Output")],
        id="unit-short-form-then-up-from",
    ),
    pytest.param(
        "Output rose to 1.2 million barrels per day (bpd) from 1.1 million bpd.",
        [("1.1 million bpd", "1.2 million barrels per day", None, "up", "Output")],
        id="unit-short-form-then-from",
    ),
    pytest.param(  # near miss: a name in brackets is no unit's short form
        "Sales were 5,000 units (Reuters) last year, up 20%.",
        [(None, None, "20%", "up", None)],
        id="name-in-brackets-then-comma-up",
    ),
    pytest.param(  # near miss: a forecast's "up to" is a bound, no change
        "Higher rates could bring prices up to 20%.",
        [],
        id="could-bring-up-to-bound",
    ),
    # ... or "to" a level: push, drive, propel up, drag down, send, pull, knock either way.
    pytest.param(
        "The film added $30 million, bringing its domestic total to $288.8 million.",
        [(None, "$288.8 million", None, "unknown", "domestic total")],
        id="bringing-object-to",
    ),
    pytest.param(
        "Home values rose 0.5 per cent, taking the median dwelling value to $1,070,650.",
        [
            (None, None, "0.5 per cent", "up", "Home values"),
            (None, "$1,070,650", None, "unknown", "median dwelling value"),
        ],
        id="taking-object-to",
    ),
    pytest.param(  # near miss: a noun of change in the object is the cue, as before
        "The index rose 0.9% to 781.82 points, taking its gains this year to 14.2%.",
        [(None, "781.82 points", "0.9%", "up", "index"), (None, "14.2%", None, "up", None)],
        id="taking-a-noun-of-change-to",
    ),
    pytest.param(  # near miss: "taking" of a compound is no verb
        "Profit-taking sent gold 40 cents lower.",
        [(None, None, "40 cents", "down", "gold")],
        id="profit-taking-is-no-verb",
    ),
    pytest.param(  # near miss: a pronoun names nothing that moved
        "The fee could rise through add-ons, taking it to as much as 250 million euros.",
        [],
        id="taking-it-to-no-change",
    ),
    pytest.param(
        "A surge in oil prices pushed inflation to 3.5%.",
        [(None, "3.5%", None, "up", "inflation")],
        id="pushed-object-to",
    ),
    pytest.param(
        "The selloff sent the yield to 4.8%.",
        [(None, "4.8%", None, "unknown", "yield")],
        id="sent-object-to",
    ),
    pytest.param(
        "Weak earnings dragged the shares to $42.",
        [(None, "$42", None, "down", "shares")],
        id="dragged-object-to",
    ),
    pytest.param(
        "The tariffs could push inflation to 5% next year.",
        [(None, "5%", None, "up", "inflation")],
        id="could-push-object-to",
    ),
    pytest.param(  # the verb, not the noun of change before it ('cuts' read down)
        "Tax cuts drove the deficit to $1.9 trillion.",
        [(None, "$1.9 trillion", None, "up", "deficit")],
        id="drove-object-to-after-a-noun-of-change",
    ),
    pytest.param(  # an object with "of" and up to three words
        "Strong demand drove the price of copper to $10,000 a ton.",
        [(None, "$10,000", None, "up", "price of copper")],
        id="drove-object-of-to",
    ),
    pytest.param(
        "The ruling sent shares of the company to $12.",
        [(None, "$12", None, "unknown", "shares of the company")],
        id="sent-object-of-to",
    ),
    pytest.param(
        "The rally lifted the stock to $150.",
        [(None, "$150", None, "up", "stock")],
        id="lifted-object-to-as-before",
    ),
    # ... and the period it closed between the verb and the move.
    pytest.param(
        "The stock ended the day up 40 cents at $12.10.",
        [(None, "$12.10", "40 cents", "up", "stock")],
        id="ended-the-day-up-at",
    ),
    pytest.param(
        "The index finished the session down 1.1% at 7,450 points.",
        [(None, "7,450 points", "1.1%", "down", "index")],
        id="finished-the-session-down-at",
    ),
    pytest.param(
        "The index ended the week 2% lower.",
        [(None, None, "2%", "down", "index")],
        id="ended-the-week-lower",
    ),
    pytest.param(
        "Shares edged 0.3% higher to close at $10.20.",
        [(None, "$10.20", "0.3%", "up", "Shares")],
        id="neutral-verb-higher-to-close-at",
    ),
    pytest.param(
        "The stock moved 2% lower.", [(None, None, "2%", "down", "stock")], id="moved-lower"
    ),
    pytest.param(
        "Shares edged 0.3% higher to test $10.20.",
        [(None, None, "0.3%", "up", "Shares")],
        id="higher-to-no-level-verb",
    ),
    pytest.param(
        "The rand firmed 0.8% to 18.45 per dollar.",
        [(None, None, "0.8%", "up", "rand")],
        id="firmed-to-a-rate",
    ),
    pytest.param(
        "Revenue grew 8% year over year to $94.8 billion.",
        [(None, "$94.8 billion", "8%", "up", "Revenue")],
        id="year-over-year",
    ),
    pytest.param(
        "Shares rose as much as 12% to a record $182.",
        [(None, "$182", "as much as 12%", "up", "Shares")],
        id="by-to-a-record",
    ),
    pytest.param(
        "Gold climbed to a new record $2,400 an ounce.",
        [(None, "$2,400", None, "up", "Gold")],
        id="to-a-new-record",
    ),
    pytest.param(
        "The minimum wage will go up to $15 an hour from $7.25.",
        [("$7.25", "$15", None, "up", "minimum wage")],
        id="go-up-to-from",
    ),
    pytest.param(
        "The unemployment rate ticked up to 4.0% from 3.9%.",
        [("3.9%", "4.0%", None, "up", "unemployment rate")],
        id="ticked-up-to-from-subject-before-the-verb",
    ),
    pytest.param(
        "The rate inched up to 4.0%.",
        [(None, "4.0%", None, "up", "rate")],
        id="inched-up-to",
    ),
    pytest.param(
        "Fares may rise up to 40 per cent next year.",
        [(None, None, "up to 40 per cent", "up", "Fares")],
        id="rise-up-to-is-a-bound-of-the-size",
    ),
    # "by C to B" after a verb and its long object.
    pytest.param(
        "Netflix raised the price of its basic plan by $2 to $11.99.",
        [(None, "$11.99", "$2", "up", "price of its basic plan")],
        id="by-to-after-a-long-object",
    ),
    pytest.param(
        "The bank cut its key interest rate by 25 basis points to 5.25%.",
        [(None, "5.25%", "25 basis points", "down", "key interest rate")],
        id="by-to-after-an-object",
    ),
    pytest.param(
        "Imports grew 3 million tonnes from 20 million tonnes.",
        [("20 million tonnes", None, "3 million tonnes", "up", "Imports")],
        id="by-from-one-unit",
    ),
    pytest.param(
        "Revenue rose $2 billion from $10 billion a year ago.",
        [("$10 billion", None, "$2 billion", "up", "Revenue")],
        id="by-from-money-a-level",
    ),
    # A sum of money right after a verb of change that takes no object is its size.
    pytest.param(
        "Oil fell $1.20 on Monday.", [(None, None, "$1.20", "down", "Oil")], id="size-verb-fell"
    ),
    pytest.param(
        "Rents rose $200 a month on average.",
        [(None, None, "$200", "up", "Rents")],
        id="size-verb-rose-a-price",
    ),
    pytest.param(
        "Wages rose an average of $1.20 an hour.",
        [(None, None, "$1.20", "up", "Wages")],
        id="size-verb-an-average-of",
    ),
    pytest.param("He paid a total of $300.", [], id="paid-a-total-of-a-sum"),
    pytest.param(
        "Water rates will go up 41 cents per 1,170 gallons.",
        [(None, None, "41 cents", "up", "Water rates")],
        id="size-after-go-up",
    ),
    pytest.param(
        "Shares were up $2 in early trading.",
        [(None, None, "$2", "up", "Shares")],
        id="size-after-copula-up",
    ),
    # A value between "a" and a noun of change is its size, what follows "in" its subject.
    pytest.param(
        "Consumers face a 10-cent rise in the price of milk.",
        [(None, None, "10-cent", "up", "price of milk")],
        id="a-sum-noun-of-change",
    ),
    pytest.param(
        "Tesco reported a 11% rise in annual profit on Monday.",
        [(None, None, "11%", "up", "annual profit")],
        id="a-percent-noun-of-change",
    ),
    # ... not the size of a verb or a noun of change before "a" (a few words back), and with no
    # object its own words are no subject.
    pytest.param(
        "The central bank raised its rate by 200 basis points to 24.75% in March, after a 400 "
        "basis-point increase in February.",
        [
            (None, "24.75%", "200 basis points", "up", "rate"),
            (None, None, "400 basis-point", "up", None),
        ],
        id="a-sized-noun-of-change-after-a-change-no-subject",
    ),
    pytest.param(
        "The bank raised rates after a 400 basis-point increase in February.",
        [(None, None, "400 basis-point", "up", None)],
        id="a-sized-noun-of-change-no-size-of-the-verb-before",
    ),
    pytest.param(
        "Perth led the gains with a 1.7 per cent rise.",
        [(None, None, "1.7 per cent", "up", None)],
        id="a-sized-noun-of-change-no-size-of-the-noun-before",
    ),
    # ... after "saw", "posted", "recorded" and the like ("a" and a size between): the verb's
    # subject had the change; not after "reported" or "showed" (who tells it), nor after
    # forecasters or a person, who foresee it
    pytest.param(
        "Exports saw a 10-fold increase to $5 billion.",
        [(None, "$5 billion", None, "up", "Exports")],
        id="saw-a-fold-noun-of-change-to",
    ),
    pytest.param(
        "Sales posted a 10% rise to $5 billion.",
        [(None, "$5 billion", "10%", "up", "Sales")],
        id="posted-a-sized-noun-of-change-to",
    ),
    pytest.param(
        "Revenue recorded a 12% jump in the quarter.",
        [(None, None, "12%", "up", "Revenue")],
        id="recorded-a-sized-noun-of-change",
    ),
    pytest.param(
        "Tesla saw a 10% drop in deliveries.",
        [(None, None, "10%", "down", "deliveries")],
        id="saw-a-sized-noun-of-change-with-object",
    ),
    # a period's adjective between the size and the noun ("a 20% year-on-year increase") is
    # the change's period: the size is the noun's, and the adjective no subject
    pytest.param(
        "Profit recorded a 20% year-on-year increase to 5 billion yuan.",
        [(None, "5 billion yuan", "20%", "up", "Profit")],
        id="recorded-a-sized-period-noun-of-change-to",
    ),
    pytest.param(
        "Net profit posted a 15.2% annual drop to 3.1 billion yuan.",
        [(None, "3.1 billion yuan", "15.2%", "down", "Net profit")],
        id="posted-a-sized-annual-noun-of-change-to",
    ),
    pytest.param(
        "Shares fell after a 20% year-on-year increase to 5 billion yuan.",
        [(None, "5 billion yuan", "20%", "up", None)],
        id="a-sized-period-noun-of-change-no-subject",
    ),
    pytest.param(
        "The company reported a 20% year-on-year increase in profit.",
        [(None, None, "20%", "up", "profit")],
        id="a-sized-period-noun-of-change-in-object",
    ),
    pytest.param(
        "The annual increase slowed to 3%.",
        [(None, "3%", None, "down", "annual increase")],
        id="period-adjective-of-a-subject-noun-unchanged",
    ),
    pytest.param(
        "The ministry reported a 10% rise.",
        [(None, None, "10%", "up", None)],
        id="reported-a-sized-noun-of-change-no-subject",
    ),
    pytest.param(
        "Data showed a 2% drop.",
        [(None, None, "2%", "down", None)],
        id="showed-a-sized-noun-of-change-no-subject",
    ),
    pytest.param(
        "Investors saw a 10% rise as likely.",
        [(None, None, "10%", "up", None)],
        id="forecasters-saw-a-sized-noun-of-change-no-subject",
    ),
    pytest.param(
        "The stock jumped after a 20% rise in profit.",
        [(None, None, "20%", "up", "profit")],
        id="a-sized-noun-of-change-with-object-after-a-verb",
    ),
    pytest.param(
        "Prices rose 2% after a 3% increase in May.",
        [(None, None, "2%", "up", "Prices"), (None, None, "3%", "up", None)],
        id="a-sized-noun-of-change-after-a-sized-verb",
    ),
    pytest.param(
        "Shares rose a further 5% on Friday.",
        [(None, None, "5%", "up", "Shares")],
        id="a-further-size-of-a-verb-stays",
    ),
    # a subject set off from its verb by an apposition or an aside between commas
    pytest.param(
        "The yen, a traditional safe haven, rose 0.5% against the dollar.",
        [(None, None, "0.5%", "up", "yen")],
        id="subject-before-an-apposition",
    ),
    pytest.param(
        "Exports, the main driver of growth, fell 3% in May.",
        [(None, None, "3%", "down", "Exports")],
        id="subject-before-an-apposition-of-the",
    ),
    pytest.param(
        "Revenue, however, fell 3%.",
        [(None, None, "3%", "down", "Revenue")],
        id="subject-before-an-aside",
    ),
    pytest.param(
        "Revenue, the company said, fell 3%.",
        [(None, None, "3%", "down", "Revenue")],
        id="subject-before-a-reporting-aside",
    ),
    pytest.param(
        "Mato Grosso do Sul, by contrast, lost 5% of its harvest.",
        [(None, None, "5%", "down", "Mato Grosso do Sul")],
        id="subject-a-name-with-a-lower-case-joint",
    ),
    pytest.param(
        "In May, the index rose 3%.",
        [(None, None, "3%", "up", "index")],
        id="fronted-date-is-no-apposition",
    ),
    # "by a cumulative (combined, further) N": the size told as a sum
    pytest.param(
        "The central bank cut its key repo rate by a cumulative 100 basis points to 5.50%.",
        [(None, "5.50%", "100 basis points", "down", "key repo rate")],
        id="by-a-cumulative-size-to",
    ),
    pytest.param(
        "The Fed has cut rates by a cumulative 100 basis points since September.",
        [(None, None, "100 basis points", "down", "rates")],
        id="by-a-cumulative-size",
    ),
    pytest.param(
        "The firm was hit by a total 5% drop.",
        [],
        id="by-a-total-drop-is-no-size",
    ),
    # A "by ... to" set off by commas after the clause of its verb, its object and a count
    # of times or a date.
    pytest.param(
        "The Bank of Canada has cut its overnight rate seven times since June 2024, by a total"
        " of 225 basis points, to 2.75%.",
        [(None, "2.75%", "225 basis points", "down", "overnight rate")],
        id="by-to-set-off-by-commas",
    ),
    pytest.param(
        "The Fed has raised rates 11 times since March 2022, by a cumulative 525 basis points,"
        " to 5.25%.",
        [(None, "5.25%", "525 basis points", "up", "rates")],
        id="by-to-set-off-by-commas-a-sum",
    ),
    pytest.param(
        "Revenue rose 5% in May, by $2 billion, to $42 billion.",
        [(None, None, "5%", "up", "Revenue")],
        id="by-to-set-off-after-a-value-of-the-verb",
    ),
    pytest.param(
        "The cuts since June, by a total of 225 basis points, to 2.75%, helped.",
        [],
        id="by-to-set-off-after-a-noun",
    ),
    pytest.param(
        "The vote passed, by 60 votes to 40.",
        [],
        id="by-to-set-off-tally",
    ),
    pytest.param(
        "The bank reported an 18% rise in second-quarter net profit on Friday.",
        [(None, None, "18%", "up", "second-quarter net profit")],
        id="a-percent-noun-of-change-hyphened-object",
    ),
    pytest.param(
        "The council approved a $2 increase in parking fees and a $5 million contract.",
        [(None, None, "$2", "up", "parking fees")],
        id="a-sum-noun-of-change-not-a-contract",
    ),
    pytest.param("Analysts expect a 5% higher price.", [], id="a-comparative-is-no-noun"),
    # ", up/down C" after a level: a sum of money is the move's size as a percentage is.
    pytest.param(
        "The stock closed at $45.20, up $1.10.",
        [(None, "$45.20", "$1.10", "up", "stock")],
        id="comma-up-a-sum-after-a-level",
    ),
    pytest.param(
        "Brent settled at $82.40 a barrel, down 93 cents.",
        [(None, "$82.40", "93 cents", "down", "Brent")],
        id="comma-down-cents-after-a-price",
    ),
    pytest.param(
        "The firm sold 300 homes, up $5 million.",
        [(None, None, "$5 million", "up", None)],
        id="comma-up-a-sum-moves-no-count",
    ),
    # "with X up C at B": an absolute phrase states a move and its level as a copula does.
    pytest.param(
        "Stocks fell, with the S&P 500 down 1.2% at 4,500.",
        [(None, "4,500", "1.2%", "down", "S&P 500")],
        id="with-absolute-down-at-a-level",
    ),
    pytest.param(
        "Markets rallied, with Brent crude up 2% at $85 a barrel.",
        [(None, "$85", "2%", "up", "Brent crude")],
        id="with-absolute-up-at-a-price",
    ),
    pytest.param(
        "Sales rose, with revenue up 5% at 200 stores.",
        [(None, None, "5%", "up", "revenue")],
        id="with-absolute-at-a-count",
    ),
    pytest.param(
        "The index was up 1% at 4,500.",
        [(None, "4,500", "1%", "up", "index")],
        id="copula-up-at-a-bare-level",
    ),
    # A change verb and a level crossed: "above" or "below" an amount is where it went.
    pytest.param(
        "Bitcoin rose above $70,000 on Monday.",
        [(None, "above $70,000", None, "up", "Bitcoin")],
        id="money-rose-above",
    ),
    pytest.param(
        "Gold fell below $1,900 an ounce.",
        [(None, "below $1,900", None, "down", "Gold")],
        id="money-fell-below",
    ),
    # "as high as" / "as low as" after a change verb is the level reached, not the size.
    pytest.param(
        "Bitcoin rose as high as $73,798 in March.",
        [(None, "as high as $73,798", None, "up", "Bitcoin")],
        id="money-rose-as-high-as-is-the-level",
    ),
    pytest.param(
        "Oil fell as low as $70.12 a barrel.",
        [(None, "as low as $70.12", None, "down", "Oil")],
        id="money-fell-as-low-as-is-the-level",
    ),
    pytest.param(
        "Yields climbed as high as 5.2% on Friday.",
        [(None, "as high as 5.2%", None, "up", "Yields")],
        id="percentage-climbed-as-high-as-is-the-level",
    ),
    pytest.param(
        "Shares rose as much as $2 in early trade.",
        [(None, None, "as much as $2", "up", "Shares")],
        id="money-rose-as-much-as-is-the-size",
    ),
    pytest.param(
        "Shares rose to as much as $45.60 in early trading.",
        [(None, "as much as $45.60", None, "up", "Shares")],
        id="money-rose-to-as-much-as",
    ),
    # A level reached "as low as" before a later "to" is no size of a move to it.
    pytest.param(
        "Bitcoin fell as low as $56,500 before recovering to $58,000.",
        [
            (None, "as low as $56,500", None, "down", "Bitcoin"),
            (None, "$58,000", None, "up", "Bitcoin"),
        ],
        id="money-as-low-as-then-to-two-levels",
    ),
    pytest.param(
        "The yield rose as high as 4.5% before easing to 4.4%.",
        [(None, "as high as 4.5%", None, "up", "yield"), (None, "4.4%", None, "down", "yield")],
        id="percentage-as-high-as-then-to-two-levels",
    ),
    pytest.param(
        "Shares rose as much as 12% to $45.20.",
        [(None, "$45.20", "as much as 12%", "up", "Shares")],
        id="as-much-as-to-is-size-and-level",
    ),
    # "up from" a level held as an earlier (previous, prior) estimate or forecast.
    pytest.param(
        "The project will cost $12 billion, up from a previous estimate of $9 billion.",
        [("$9 billion", "$12 billion", None, "up", "project")],
        id="up-from-a-previous-estimate-of",
    ),
    pytest.param(
        "The government now expects growth of 2.5%, down from its prior forecast of 3%.",
        [("3%", "2.5%", None, "down", "growth")],
        id="down-from-its-prior-forecast-of",
    ),
    pytest.param(
        "The company raised $5 million from a previous round of 30 investors.",
        [],
        id="from-a-previous-round-of-no-level",
    ),
    # Verbs of change the cues lacked, and a level held "from an initial estimate of".
    pytest.param(
        "The cost has ballooned to $5 billion from an initial estimate of $2 billion.",
        [("$2 billion", "$5 billion", None, "up", "cost")],
        id="money-ballooned-from-an-initial-estimate",
    ),
    pytest.param(
        "Costs climbed to £3bn, up from an original budget of £1.5bn.",
        [("£1.5bn", "£3bn", None, "up", "Costs")],
        id="money-up-from-an-original-budget",
    ),
    pytest.param(
        "The stock skyrocketed 40% to $120.",
        [(None, "$120", "40%", "up", "stock")],
        id="skyrocketed",
    ),
    pytest.param("Shares leapt 10% to $50.", [(None, "$50", "10%", "up", "Shares")], id="leapt"),
    pytest.param(
        "Reserves dwindled to $2 billion.",
        [(None, "$2 billion", None, "down", "Reserves")],
        id="dwindled",
    ),
    # An adjective in -ed opens a linked subject; a reporting verb ends one.
    pytest.param(
        "Diluted earnings per share were $2.10, up 12%.",
        [(None, "$2.10", "12%", "up", "Diluted earnings per share")],
        id="subject-participle-adjective-before-per-share",
    ),
    pytest.param(
        "The company said adjusted earnings per share rose 12% to $2.10.",
        [(None, "$2.10", "12%", "up", "adjusted earnings per share")],
        id="subject-participle-adjective-after-said",
    ),
    pytest.param(
        "The ministry said exports to China rose 5%.",
        [(None, None, "5%", "up", "exports to China")],
        id="subject-linked-after-a-reporting-verb",
    ),
    pytest.param(
        "Officials warned prices of rice could rise 20%.",
        [(None, None, "20%", "up", "prices of rice")],
        id="subject-linked-after-warned",
    ),
    # A value more or less than a date's is the size of a change since then.
    pytest.param(
        "Spending was $2 billion more than last year.",
        [(None, None, "$2 billion", "up", "Spending")],
        id="money-more-than-last-year",
    ),
    pytest.param(
        "Sales were 5% lower than in 2019.",
        [(None, None, "5%", "down", "Sales")],
        id="percentage-lower-than-in-a-year",
    ),
    pytest.param(
        "The bill is $300 higher than a year ago.",
        [(None, None, "$300", "up", "bill")],
        id="money-higher-than-a-year-ago",
    ),
    # ... after a verb of paying its subject is who pays, no subject; after a price's verb the
    # words before it.
    pytest.param(
        "We are seeing buyers pay around $100,000 more than a year ago.",
        [(None, None, "around $100,000", "up", None)],
        id="money-more-than-a-year-ago-after-pay",
    ),
    pytest.param(
        "Drivers are paying 20% more than last year.",
        [(None, None, "20%", "up", None)],
        id="percentage-more-than-last-year-after-paying",
    ),
    pytest.param(
        "Homes now cost $50,000 more than a year ago.",
        [(None, None, "$50,000", "up", "Homes")],
        id="money-more-than-a-year-ago-after-cost",
    ),
    # A level verb before "a (record) high/low of": where a change went, in its direction.
    pytest.param(
        "Gold prices hit a record high of $2,450 an ounce on Monday.",
        [(None, "$2,450", None, "up", "Gold prices")],
        id="money-hit-a-record-high-of",
    ),
    pytest.param(
        "Inflation reached a 40-year high of 9.1% in June.",
        [(None, "9.1%", None, "up", "Inflation")],
        id="percentage-reached-a-40-year-high-of",
    ),
    pytest.param(
        "The stock hit a 52-week low of $12.30.",
        [(None, "$12.30", None, "down", "stock")],
        id="money-hit-a-52-week-low-of",
    ),
    # A level word before a change verb is a noun of the subject.
    pytest.param(
        "The national average rose 5 cents to $3.60.",
        [(None, "$3.60", "5 cents", "up", "national average")],
        id="subject-level-word-before-a-verb-is-a-noun",
    ),
    # "from a week (month, quarter) ago/earlier" between a size and its level.
    pytest.param(
        "Gas prices are down 15 cents from a week ago at $3.45.",
        [(None, "$3.45", "15 cents", "down", "Gas prices")],
        id="money-from-a-week-ago-at",
    ),
    pytest.param(
        "Sales rose 5% from a quarter earlier to $2 billion.",
        [(None, "$2 billion", "5%", "up", "Sales")],
        id="from-a-quarter-earlier-to",
    ),
    # A value before ", a C% increase" (no object after the noun) is the level reached.
    pytest.param(
        "Defence gets $886 billion, a 3% increase over last year.",
        [(None, "$886 billion", "3%", "up", "Defence")],
        id="money-then-a-noun-of-change",
    ),
    # ... also past an adverbial or a date, not in a list of values.
    pytest.param(
        "Revenue was $5 billion in 2023, a 10% rise.",
        [(None, "$5 billion", "10%", "up", "Revenue")],
        id="money-a-date-then-a-noun-of-change",
    ),
    pytest.param(
        "The bill includes $886 billion for defense, a 3% increase.",
        [(None, "$886 billion", "3%", "up", None)],
        id="money-a-phrase-then-a-noun-of-change",
    ),
    pytest.param(
        "The city spent $40 million on roads and $10 million on parks, a 5% increase.",
        [(None, None, "5%", "up", None)],
        id="money-listed-a-phrase-then-a-noun-of-change-not-a-level",
    ),
    pytest.param(
        "The company hired 300 workers in May, a 5% increase.",
        [(None, None, "5%", "up", None)],
        id="count-a-date-then-a-noun-of-change-not-a-level",
    ),
    pytest.param(
        "Gas costs $4.50 a gallon, a 10-cent rise from last week.",
        [(None, "$4.50", "10-cent", "up", "Gas")],
        id="money-per-unit-then-a-noun-of-change",
    ),
    pytest.param(
        "It raised $5 billion, a 10% increase in its capital.",
        [(None, None, "10%", "up", "capital")],
        id="noun-of-change-with-an-object-stays-apart",
    ),
    pytest.param(
        "The company hired 300 workers, a 5% increase.",
        [(None, None, "5%", "up", None)],
        id="count-then-a-noun-of-change-stays-apart",
    ),
    # "Y, a (sharp) rise from X": as "Y, up from X", in the noun's direction.
    pytest.param(
        "Inflation was 3.2%, a sharp rise from 2.9%.",
        [("2.9%", "3.2%", None, "up", "Inflation")],
        id="noun-of-change-from",
    ),
    pytest.param(
        "Debt stood at $5 billion, a decline from $6 billion.",
        [("$6 billion", "$5 billion", None, "down", "Debt")],
        id="noun-of-change-from-down",
    ),
    # ", an increase of C" right after a change that lacks its size is that size.
    pytest.param(
        "Sales rose to $10 billion from $8 billion, an increase of $2 billion.",
        [("$8 billion", "$10 billion", "$2 billion", "up", "Sales")],
        id="money-to-from-then-an-increase-of",
    ),
    pytest.param(
        "Debt fell to $5 billion, a drop of 20%.",
        [(None, "$5 billion", "20%", "down", "Debt")],
        id="to-then-a-drop-of-a-percentage",
    ),
    pytest.param(
        "Sales fell to $10 billion, an increase of $2 billion.",
        [(None, "$10 billion", None, "down", "Sales")],
        id="noun-of-the-other-direction-is-no-size",
    ),
    # ... a percentage too, and after a from-to change with an adverbial or a date between.
    pytest.param(
        "Sales rose to $10 billion from $8 billion, an increase of 25%.",
        [("$8 billion", "$10 billion", "25%", "up", "Sales")],
        id="to-from-then-an-increase-of-a-percentage",
    ),
    pytest.param(
        "The price cap would fall to £1,568, from £1,690 in the current quarter, a drop of 7 "
        "per cent.",
        [("£1,690", "£1,568", "7 per cent", "down", "price cap")],
        id="to-from-a-date-then-a-drop-of",
    ),
    pytest.param(
        "Exports fell to 3 million tonnes from 4 million tonnes last year, a drop of 25%.",
        [("4 million tonnes", "3 million tonnes", "25%", "down", "Exports")],
        id="to-from-last-year-then-a-drop-of",
    ),
    pytest.param(
        "Sales rose to $10 billion from $8 billion, a decrease of 5%.",
        [
            ("$8 billion", "$10 billion", None, "up", "Sales"),
            (None, None, "5%", "down", None),
        ],
        id="to-from-then-a-noun-of-the-other-direction",
    ),
    pytest.param(
        "Sales rose to $10 billion, while costs showed an increase of 5%.",
        [(None, "$10 billion", None, "up", "Sales"), (None, None, "5%", "up", None)],
        id="to-then-another-clause-noun-of",
    ),
    # A bare "to B from A" after a noun of change, its object after "in" and a comma: the
    # noun is the cue and its object the subject; a size before the noun joins the change.
    pytest.param(
        "Europe saw a more than 42-fold increase in cases, to 59,080 from 417 the year before.",
        [("417", "59,080", None, "up", "cases")],
        id="noun-in-object-comma-to-from",
    ),
    pytest.param(
        "Europe saw a 42% increase in cases, to 59,080 from 417 the year before.",
        [("417", "59,080", "42%", "up", "cases")],
        id="sized-noun-in-object-comma-to-from",
    ),
    pytest.param(
        "The country reported a sharp rise in exports, to $5 billion from $4 billion.",
        [("$4 billion", "$5 billion", None, "up", "exports")],
        id="noun-in-object-comma-to-from-money",
    ),
    pytest.param(
        "They saw a drop in sales of cars, to 3,000 from 4,000.",
        [("4,000", "3,000", None, "down", None)],
        id="noun-in-object-with-a-preposition-not-read",
    ),
    pytest.param(
        "The firm cut its stake in the company, to 5% from 8%.",
        [("8%", "5%", None, "down", None)],
        id="noun-in-object-not-a-noun-of-change",
    ),
    # A measure's compound or number before a linked head ("a 10-pound bag of flour") lets
    # the link before it go on: the price of the bag changed; "all" is a determiner there.
    pytest.param(
        "The price of a 10-pound bag of flour rose to $5.",
        [(None, "$5", None, "up", "price of a 10-pound bag of flour")],
        id="subject-price-of-a-hyphened-measure-bag-of",
    ),
    # ... and past hyphened compounds in a row.
    pytest.param(
        "The average rate on a two-year fixed-rate mortgage in Britain fell to 5.99%.",
        [
            (
                None,
                "5.99%",
                None,
                "down",
                "average rate on a two-year fixed-rate mortgage in Britain",
            )
        ],
        id="linked-head-past-two-compounds",
    ),
    # ... also a noun among the stop words ("can") after the measure.
    pytest.param(
        "The price of a 12-ounce can of coffee rose to $4.",
        [(None, "$4", None, "up", "price of a 12-ounce can of coffee")],
        id="linked-head-past-a-measured-can",
    ),
    pytest.param(
        "A 12-ounce can of coffee now costs $4, up from $3.",
        [("$3", "$4", None, "up", "12-ounce can of coffee")],
        id="linked-head-a-measured-can-opens",
    ),
    pytest.param(
        "The price of a 50 kg bag of cement rose to 5,000 naira.",
        [(None, "5,000 naira", None, "up", "price of a 50 kg bag of cement")],
        id="subject-price-of-a-spaced-measure-bag-of",
    ),
    pytest.param(
        "The market value of all cryptocurrencies fell below $2 trillion.",
        [(None, "below $2 trillion", None, "down", "market value of all cryptocurrencies")],
        id="subject-value-of-all",
    ),
    pytest.param(
        "Shares of all three companies fell 2%.",
        [(None, None, "2%", "down", "Shares of all three companies")],
        id="subject-shares-of-all-three",
    ),
    pytest.param(
        "The price of a 10-pound bag rose to $5.",
        [(None, "$5", None, "up", "price of a 10-pound bag")],
        id="subject-price-of-a-hyphened-measure-bag",
    ),  # unchanged: one link
    # "during" links a subject's nouns as "in" does (its object alone changed nothing), and a
    # compound ending in a stop word ("30-second") is a measure before the head
    pytest.param(
        "The cost of a 30-second ad during the Super Bowl rose to $7 million.",
        [(None, "$7 million", None, "up", "cost of a 30-second ad during the Super Bowl")],
        id="subject-during-and-a-compound-measure",
    ),
    pytest.param(
        "Sales during the holiday season rose 5% to $960 billion.",
        [(None, "$960 billion", "5%", "up", "Sales during the holiday season")],
        id="subject-during",
    ),
    pytest.param(
        "Exports during January-March fell 3% to $50 billion.",
        [(None, "$50 billion", "3%", "down", "Exports")],
        id="subject-during-a-date",
    ),
    # A far verb after an apposition's comma, its object's compounds one word each
    pytest.param(
        "Ivory Coast, the world's top cocoa producer, raised the price paid to farmers for the"
        " April-to-September mid-crop by 50% to 1,500 CFA francs per kilogram.",
        [
            (
                None,
                "1,500 CFA francs",
                "50%",
                "up",
                "price paid to farmers for the April-to-September mid-crop",
            )
        ],
        id="far-cue-after-apposition-by-to",
    ),
    pytest.param(
        "Ivory Coast, the top producer, raised the price paid to farmers for the mid-crop by 50%.",
        [(None, None, "50%", "up", "price paid to farmers for the mid-crop")],
        id="far-cue-after-apposition-by",
    ),
    pytest.param(
        "Price increases in the capital for the April-to-September season by 50%.",
        [],
        id="far-cue-noun-not-verb",
    ),
    # A growth rate after its verb: "at an annualized rate of" sizes the move
    pytest.param(
        "The economy grew at an annualized rate of 1.3% in the first quarter.",
        [(None, None, "1.3%", "up", "economy")],
        id="cue-at-an-annualized-rate-of",
    ),
    pytest.param(
        "Prices rose at an annual pace of 3.4% in April.",
        [(None, None, "3.4%", "up", "Prices")],
        id="cue-at-an-annual-pace-of",
    ),
    pytest.param("The bank lends at a rate of 5%.", [], id="at-a-rate-of-no-cue"),
    # A noun of change, its verb in -ed and a determiner: the verb's object changed
    pytest.param(
        "The rally pushed the index to a record 5,400.",
        [(None, "5,400", None, "up", "index")],
        id="subject-noun-cue-verb-object",
    ),
    pytest.param(
        "The rally lifted the Nikkei to 40,000.",
        [(None, "40,000", None, "up", "Nikkei")],
        id="subject-cue-verb-object-unchanged",
    ),
    # A cost or price of a gerund opening the sentence is what changed, not the gerund's
    # object (after a wire dateline too).
    pytest.param(
        "LONDON, Jan 21 (Reuters) - The cost of shipping a 40-foot container from Asia to "
        "northern Europe has more than doubled since mid-June to about $4,000.",
        [
            (
                None,
                "about $4,000",
                None,
                "up",
                "cost of shipping a 40-foot container from Asia to northern Europe",
            )
        ],
        id="subject-cost-of-a-gerund-after-a-dateline",
    ),
    pytest.param(
        "The cost of borrowing for small firms rose to 8%.",
        [(None, "8%", None, "up", "cost of borrowing for small firms")],
        id="subject-cost-of-a-gerund",
    ),
    pytest.param(
        "The cost of a 40-foot container has doubled to about $4,000.",
        [(None, "about $4,000", None, "up", "cost of a 40-foot container")],
        id="subject-cost-of-a-noun-unchanged",
    ),
    # A bound's "up to", a value's qualifier, is no rise of the value restated after it.
    pytest.param(
        "Companies face fines of up to €20 million or 4% of global turnover.",
        [],
        id="up-to-a-bound-is-no-rise",
    ),
    pytest.param(
        "Fines could rise up to $5,000.",
        [(None, None, "up to $5,000", "up", "Fines")],
        id="up-to-after-a-change-verb-unchanged",
    ),
    # An index's name holds its number.
    pytest.param(
        "The S&P 500 lost 1.2% to 4,500.",
        [(None, "4,500", "1.2%", "down", "S&P 500")],
        id="subject-s-and-p-500",
    ),
    pytest.param(
        "The FTSE 100 ended 0.5% lower.",
        [(None, None, "0.5%", "down", "FTSE 100")],
        id="subject-ftse-100",
    ),
    pytest.param(
        "Since 2020 prices rose 5%.",
        [(None, None, "5%", "up", "prices")],
        id="subject-not-a-year-after-a-stop-word",
    ),
    # ", an increase of C%" after a value, as ", up C%" is.
    pytest.param(
        "Revenue totaled $8.9 billion, an increase of 11% from last year.",
        [(None, "$8.9 billion", "11%", "up", "Revenue")],
        id="level-then-an-increase-of",
    ),
    pytest.param(
        "The median price climbed to $412,000, an increase of 5.6% from a year ago.",
        [(None, "$412,000", "5.6%", "up", "median price")],
        id="to-then-an-increase-of",
    ),
    pytest.param(
        "Sales were $3.4 billion, a decline of 5%.",
        [(None, "$3.4 billion", "5%", "down", "Sales")],
        id="copula-then-a-decline-of",
    ),
    pytest.param(
        "The median price climbed to $412,000, a 5.6% increase from a year ago.",
        [(None, "$412,000", "5.6%", "up", "median price")],
        id="to-then-a-percent-increase",
    ),
    pytest.param(
        "Revenue rose to £5 billion, a 10 per cent increase.",
        [(None, "£5 billion", "10 per cent", "up", "Revenue")],
        id="to-then-a-per-cent-increase",
    ),
    pytest.param(
        "Revenue fell to $5 billion, a 10% increase in costs.",
        [(None, "$5 billion", None, "down", "Revenue"), (None, None, "10%", "up", "costs")],
        id="to-then-a-percent-increase-of-another-direction",
    ),
    pytest.param(
        "Prices rose to $5, a 3% share of income.",
        [(None, "$5", None, "up", "Prices")],
        id="to-then-a-percent-share",
    ),
    # ... but not after a count, nor after an increment ("more").
    pytest.param(
        "The firm hired 300 workers, an increase of 5% in its staff.",
        [(None, None, "5%", "up", None)],
        id="count-then-an-increase-of",
    ),
    pytest.param(
        "Customers will pay about $45 more per quarter, an increase of about 11 per cent.",
        [(None, None, "about 11 per cent", "up", None)],
        id="increment-then-an-increase-of",
    ),
    pytest.param(
        "Customers will pay about $45 more per quarter, up 11%.",
        [(None, None, "11%", "up", None)],
        id="increment-then-up",
    ),
    # "expected to", "forecast to" stand between a subject and its verb.
    pytest.param(
        "Sales are forecast to rise to $4.2 billion in 2025, from $3.9 billion.",
        [("$3.9 billion", "$4.2 billion", None, "up", "Sales")],
        id="subject-before-forecast-to",
    ),
    pytest.param(
        "Prices are set to climb 5% next year.",
        [(None, None, "5%", "up", "Prices")],
        id="subject-before-set-to",
    ),
    # A causative verb's object is what changed: "saw profits fall", "helps patients lose".
    pytest.param(
        "Patients lost 13% of their body weight.",
        [(None, None, "13%", "down", "Patients")],
        id="lost-a-share-of-is-a-change",
    ),
    pytest.param(
        "Weak demand saw profits fall 12% to $3 billion.",
        [(None, "$3 billion", "12%", "down", "profits")],
        id="subject-after-saw",
    ),
    pytest.param(
        "The rate cut helped shares rise 3%.",
        [(None, None, "3%", "up", "shares")],
        id="subject-after-helped",
    ),
    pytest.param(
        "The news sent shares down 5%.",
        [(None, None, "5%", "down", "shares")],
        id="subject-after-sent",
    ),
    pytest.param(
        "Weak earnings dragged shares down 2%.",
        [(None, None, "2%", "down", "shares")],
        id="subject-after-dragged",
    ),
    pytest.param(
        "Push factors rose 5%.",
        [(None, None, "5%", "up", "Push factors")],
        id="subject-push-a-noun",
    ),
    pytest.param(
        "Despite the rally, the stock remains down 40% from its peak.",
        [(None, None, "40%", "down", "stock")],
        id="subject-before-remains-down",
    ),
    pytest.param(
        "Shares remained up 3% in late trading.",
        [(None, None, "3%", "up", "Shares")],
        id="subject-before-remained-up",
    ),
    pytest.param(
        "Obesity pill helps patients lose 13% of body weight.",
        [(None, None, "13%", "down", "patients")],
        id="subject-after-helps-in-a-headline",
    ),
    # A hyphenated word is one word of the subject, whatever its first part.
    pytest.param(
        "The rival's New York-listed stock slipped 1.1% to $868.15.",
        [(None, "$868.15", "1.1%", "down", "New York-listed stock")],
        id="subject-name-before-a-hyphen",
    ),
    pytest.param(
        "The 10-year Treasury yield rose 5 basis points to 4.5%.",
        [(None, "4.5%", "5 basis points", "up", "10-year Treasury yield")],
        id="subject-number-before-a-hyphen",
    ),
    # A clause opener before "X in Y" opens the subject: the phrase links to Y's head.
    pytest.param(
        "Reeves spoke as average private rents in England rose 8.4% in the year.",
        [(None, None, "8.4%", "up", "average private rents in England")],
        id="subject-linked-after-as",
    ),
    pytest.param(
        "Labour leaders noted that inflation rose to 22.79 per cent in June.",
        [(None, "22.79 per cent", None, "up", "inflation")],
        id="subject-after-that-is-no-participle-object",
    ),
    # The object of an "-ing" verb or a measure after a preposition is no subject.
    pytest.param(
        "Patients taking the highest dose of an experimental once-daily pill lost 13.6%.",
        [(None, None, "13.6%", "down", None)],
        id="subject-object-of-a-participle-is-none",
    ),
    pytest.param(
        "One in four patients on the 36 mg dose lost at least 20%.",
        [(None, None, "at least 20%", "down", None)],
        id="subject-measure-after-a-preposition-is-none",
    ),
    pytest.param(
        "The 36 mg dose cut weight by 20%.",
        [(None, None, "20%", "down", "weight")],
        id="subject-after-a-measure-opening-the-sentence",
    ),
    # A possessive between a preposition and its noun: the head before the preposition.
    pytest.param(
        "Sales of the company's best-selling model fell 10%.",
        [(None, None, "10%", "down", "Sales of the company's best-selling model")],
        id="subject-linked-past-a-possessive",
    ),
    # ... and past a possessive before a linked noun ("Brazil's state of Bahia")
    pytest.param(
        "The death toll from floods in Brazil's southern state of Rio Grande do Sul rose to 143.",
        [
            (
                None,
                "143",
                None,
                "up",
                "death toll from floods in Brazil's southern state of Rio Grande do Sul",
            )
        ],
        id="subject-linked-past-a-possessive-of-a-linked-noun",
    ),
    pytest.param(
        "Exports from Brazil's state of Bahia rose 5%.",
        [(None, None, "5%", "up", "Exports from Brazil's state of Bahia")],
        id="subject-linked-past-a-possessive-then-of",
    ),
    pytest.param(
        "He said the firm's profit rose 4%.",
        [(None, None, "4%", "up", "profit")],
        id="subject-possessive-without-a-preposition",
    ),
    pytest.param(
        "The S&P 500 index rose 1.2% to 5,100.",
        [(None, "5,100", "1.2%", "up", "S&P 500 index")],
        id="subject-number-of-a-name-after-a-determiner",
    ),
    # "make up" states a share; a later "up from" is still a change.
    pytest.param(
        "Women made up 48% of the workforce in 2020, up from 41% in 2010.",
        [("41%", "48%", None, "up", None)],
        id="share-verb-up-then-a-real-change",
    ),
    # Who a cut service reaches is no level; a cut measure still moves to one.
    pytest.param(
        "Gazprom cut gas supplies to 20% of capacity.",
        [(None, "20%", None, "down", "gas supplies")],
        id="service-measure-cut-to-a-level",
    ),
    # A reporting verb ends the subject of the clause it takes.
    pytest.param(
        "Economists had forecast payrolls would increase by 200,000.",
        [(None, None, "200,000", "up", "payrolls")],
        id="subject-ends-at-a-reporting-verb",
    ),
    pytest.param(
        "The growth forecast was raised to 3.2% from 2.9%.",
        [("2.9%", "3.2%", None, "up", "growth forecast")],
        id="subject-reporting-verb-as-a-noun",
    ),
    # ... and so does a verb by which data or a study shows a finding.
    pytest.param(
        "Balloon measurements showed ozone levels had fallen by as much as 50%.",
        [(None, None, "as much as 50%", "down", "ozone levels")],
        id="subject-ends-at-showed",
    ),
    pytest.param(
        "Figures released on Monday showed exports fell 5%.",
        [(None, None, "5%", "down", "exports")],
        id="subject-ends-at-showed-after-a-date",
    ),
    pytest.param(
        "The study found prices rose 3%.",
        [(None, None, "3%", "up", "prices")],
        id="subject-ends-at-found",
    ),
    pytest.param(
        "Surveys indicate prices rose 3%.",
        [(None, None, "3%", "up", "prices")],
        id="subject-ends-at-indicate",
    ),
    pytest.param(
        "Official data showed retail sales in the U.K. fell 0.5% in May.",
        [(None, None, "0.5%", "down", "retail sales in the U.K.")],
        id="subject-linked-phrase-after-showed",
    ),
    pytest.param(
        "Ticket sales for shows rose 10%.",
        [(None, None, "10%", "up", "Ticket sales for shows")],
        id="subject-shows-as-a-noun",
    ),
    pytest.param(
        "The growth forecast for Japan was raised to 1.2%.",
        [(None, "1.2%", None, "up", "growth forecast for Japan")],
        id="subject-linked-forecast-as-a-noun",
    ),
    pytest.param(
        "Samsung shares closed at 87,600 won, having risen 11% since the start of the year.",
        [(None, None, "11%", "up", "Samsung shares")],
        id="subject-not-the-participle-having",  # the opening clause's subject
    ),
    # The object of a verb that an infinitive's change verb of no object follows.
    pytest.param(
        "The company expects operating profit to fall 20% to 4.3 trillion yen.",
        [(None, "4.3 trillion yen", "20%", "down", "operating profit")],
        id="subject-object-of-expects-before-to",
    ),
    pytest.param(
        "The drought caused prices to rise 10%.",
        [(None, None, "10%", "up", "prices")],
        id="subject-object-of-caused-before-to",
    ),
    pytest.param(
        "The IMF expects the economy to grow 3.2% this year.",
        [(None, None, "3.2%", "up", "economy")],
        id="subject-object-of-expects-before-to-grow",
    ),
    pytest.param(
        "The company expects sales to grow 5%.",
        [(None, None, "5%", "up", "sales")],
        id="subject-object-of-expects-before-to-grow-bare",
    ),
    # "was at", "was last at": a copula's level before "up/down", as "stood at" is.
    pytest.param(
        "Brent was at $82.10 a barrel, down 0.5%.",
        [(None, "$82.10", "0.5%", "down", "Brent")],
        id="subject-before-was-at",
    ),
    pytest.param(
        "Gold was last at $2,330 an ounce, up 0.4%.",
        [(None, "$2,330", "0.4%", "up", "Gold")],
        id="subject-before-was-last-at",
    ),
    pytest.param(
        "He was at $5 million, up from $4 million, his agent said.",
        [("$4 million", "$5 million", None, "up", None)],
        id="subject-not-a-pronoun-before-was-at",
    ),
    pytest.param(
        "It is too early for prices to fall 5%.",
        [(None, None, "5%", "down", "prices")],
        id="subject-after-for-before-to",
    ),
    pytest.param(
        "Economists expect the central bank to raise rates again by 15 basis points.",
        [(None, None, "15 basis points", "up", "rates")],
        id="subject-not-the-agent-of-a-transitive-verb",
    ),
    # A scale word ends a number, not a subject: the noun before the value's "of" changed.
    pytest.param(
        "Revenue of $5 billion rose 5%.",
        [(None, None, "5%", "up", "Revenue")],
        id="subject-not-a-scale-word",
    ),
    # "averaging" and "totalling" state a level as "averaged" and "totalled" do.
    pytest.param(
        "Rates fell, with the fixed rate averaging 6.94%, down from 7.02% last week.",
        [("7.02%", "6.94%", None, "down", "fixed rate")],
        id="subject-before-averaging",
    ),
    # A possessive after a verb starts that verb's object, not what changed; after a
    # preposition, a clause's opener, a change verb or a verb of saying the phrase stays.
    pytest.param(
        "The number of people forced to flee their homes worldwide has risen to 110 million.",
        [(None, "110 million", None, "up", "number of people")],
        id="subject-not-the-object-of-another-verb",
    ),
    pytest.param(
        "Investors who bought its shares lost 5%.",
        [(None, None, "5%", "down", None)],
        id="subject-not-what-a-relative-clause-bought",
    ),
    pytest.param(
        "Sales of their homes rose 5%.",
        [(None, None, "5%", "up", "Sales of their homes")],
        id="subject-linked-past-a-possessive-pronoun",
    ),
    pytest.param(
        "Pakistan avoided default when its foreign exchange reserves fell to $3.5 billion.",
        [(None, "$3.5 billion", None, "down", "foreign exchange reserves")],
        id="subject-possessive-after-a-clause-opener",
    ),
    # ... nor after the day or month of a report ("said on Friday its profit fell")
    pytest.param(
        "The company said on Friday its third-quarter profit fell 21% and cut its forecast.",
        [(None, None, "21%", "down", "third-quarter profit")],
        id="subject-possessive-after-a-reports-day",
    ),
    pytest.param(
        "Acme said Friday its quarterly profit fell 21%.",
        [(None, None, "21%", "down", "quarterly profit")],
        id="subject-possessive-after-a-bare-day",
    ),
    pytest.param(
        "The firm said in March their sales rose 5%.",
        [(None, None, "5%", "up", "sales")],
        id="subject-possessive-after-a-month",
    ),
    # ... and with no possessive the report's day is no word of what changed either.
    pytest.param(
        "Acme said on Friday third-quarter profit fell 21%.",
        [(None, None, "21%", "down", "third-quarter profit")],
        id="subject-after-a-reports-day",
    ),
    pytest.param(
        "Acme said Friday net profit fell 21%.",
        [(None, None, "21%", "down", "net profit")],
        id="subject-after-a-reports-bare-day",
    ),
    pytest.param(
        "Acme said in March sales rose 5%.",
        [(None, None, "5%", "up", "sales")],
        id="subject-after-a-reports-month",
    ),
    pytest.param(
        "Acme reported on Thursday quarterly revenue rose 5%.",
        [(None, None, "5%", "up", "quarterly revenue")],
        id="subject-after-reported-on-a-day",
    ),
    pytest.param(
        "On Friday Apple shares fell 5%.",
        [(None, None, "5%", "down", "Apple shares")],
        id="subject-after-an-opening-day",
    ),
    pytest.param(
        "Acme said March sales rose 5%.",
        [(None, None, "5%", "up", "March sales")],
        id="subject-bare-month-after-a-report-modifies",
    ),
    pytest.param(
        "He said Black Friday sales rose 5%.",
        [(None, None, "5%", "up", "Black Friday sales")],
        id="subject-named-day-after-a-report-stays",
    ),
    pytest.param(
        "Monday prices rose 5%.",
        [(None, None, "5%", "up", "Monday prices")],
        id="subject-opening-bare-day-stays",
    ),
    pytest.param(
        "Cars made in Mexico rose 5%.",
        [(None, None, "5%", "up", "Cars made in Mexico")],
        id="subject-participle-place-not-a-report",
    ),
    # A futures month, a distance's "over" and a name's last initials keep the subject whole.
    pytest.param(
        "The May contract rose 2%.",
        [(None, None, "2%", "up", "May contract")],
        id="subject-futures-may-contract",
    ),
    pytest.param(
        "The most-traded September contract on the Dalian Commodity Exchange fell 6.6%.",
        [
            (
                None,
                None,
                "6.6%",
                "down",
                "most-traded September contract on the Dalian Commodity Exchange",
            )
        ],
        id="subject-futures-month-before-a-link",
    ),
    pytest.param(
        "The most-active May contract on ICE Futures U.S. rose 10.2%.",
        [(None, None, "10.2%", "up", "most-active May contract on ICE Futures U.S.")],
        id="subject-futures-may-on-an-exchange-initials",
    ),
    # A name's possessive determines the contract as "the" does: the exchange after "on" is
    # a tail of the head, not the subject.
    pytest.param(
        "Brent's May contract on ICE rose 2%.",
        [(None, None, "2%", "up", "Brent's May contract on ICE")],
        id="subject-owned-futures-month-on-an-exchange",
    ),
    pytest.param(
        "Traders said Brent's July contract on ICE fell 1.2%.",
        [(None, None, "1.2%", "down", "Brent's July contract on ICE")],
        id="subject-owned-futures-month-after-said",
    ),
    pytest.param(
        "Brent's May contract rose 2%.",
        [(None, None, "2%", "up", "Brent's May contract")],
        id="subject-owned-futures-may-contract",
    ),
    pytest.param(
        "Acme's sales contract 5% a year.",
        [(None, None, "5%", "down", "sales")],
        id="subject-owned-noun-then-verb-contract",
    ),
    pytest.param(
        "Brent's rally on ICE lifted prices 2%.",
        [(None, None, "2%", "up", "prices")],
        id="subject-owned-noun-of-change-is-no-head",
    ),
    pytest.param(
        "Prices on ICE Futures U.S. rose 3%.",
        [(None, None, "3%", "up", "Prices on ICE Futures U.S.")],
        id="subject-link-to-a-name-in-initials",
    ),
    pytest.param(
        "Shares of Acme Inc. rose 5%.",
        [(None, None, "5%", "up", "Shares of Acme Inc.")],
        id="subject-link-to-a-firms-suffix",
    ),
    pytest.param(
        "The spread over Treasuries tightened to 150 basis points.",
        [(None, "150 basis points", None, "down", "spread over Treasuries")],
        id="subject-spread-over",
    ),
    pytest.param(
        "Labour's lead over the Conservatives widened to 21 points.",
        [(None, "21 points", None, "up", "lead over the Conservatives")],
        id="subject-lead-over",
    ),
    pytest.param(
        "Worries over debt rose 5%.",
        [(None, None, "5%", "up", None)],
        id="subject-over-links-no-other-noun",
    ),
    pytest.param(
        "Sales may rise 5%.",
        [(None, None, "5%", "up", "Sales")],
        id="subject-modal-may-no-month",
    ),
    # "May" after a capitalized name, before a lower-case verb, is a surname: no modal.
    pytest.param(
        "Support for Theresa May fell 3 points to 30%.",
        [(None, "30%", "3 points", "down", "Support for Theresa May")],
        id="subject-surname-may-after-for",
    ),
    pytest.param(
        "Support for Theresa May has fallen 3 points to 30%.",
        [(None, "30%", "3 points", "down", "Support for Theresa May")],
        id="subject-surname-may-before-an-auxiliary",
    ),
    pytest.param(
        "Approval of Brian May rose 5%.",
        [(None, None, "5%", "up", "Approval of Brian May")],
        id="subject-surname-may-after-of",
    ),
    pytest.param(
        "Sales May Rise 5%.",
        [(None, None, "5%", "up", "Sales")],
        id="subject-title-case-may-is-the-modal",
    ),
    pytest.param(
        "Support for the Conservatives in May fell 3 points to 30%.",
        [(None, "30%", "3 points", "down", "Support for the Conservatives")],
        id="subject-month-may-after-in-is-a-date",
    ),
    pytest.param(
        "Last March sales of cars rose 5%.",
        [(None, None, "5%", "up", "sales of cars")],
        id="subject-month-after-last-says-when",
    ),
    # A lead "over" a rival is the verb's object whole; a perfect's participle is active.
    pytest.param(
        "Labour extended its lead over the Conservatives to 21 points.",
        [(None, "21 points", None, "up", "lead over the Conservatives")],
        id="object-lead-over-a-rival",
    ),
    pytest.param(
        "Labour has extended its lead over Rishi Sunak's Conservatives to 11 percentage points.",
        [(None, "11 percentage points", None, "up", "lead over Rishi Sunak's Conservatives")],
        id="object-lead-over-a-rival-after-has",
    ),
    pytest.param(
        "The Fed has raised the price of bread to $5.",
        [(None, "$5", None, "up", "price of bread")],
        id="object-far-after-a-perfect",
    ),
    pytest.param(
        "The firm extended its loan over the summer to 5 years.",
        [],
        id="object-over-a-period-no-lead",
    ),
    # A modal or an obligation's "to" between the subject and its verb is no word of it.
    pytest.param(
        "To keep warming to 1.5C, emissions would have to fall by about 23% by 2030.",
        [(None, None, "about 23%", "down", "emissions")],
        id="subject-before-would-have-to",
    ),
    pytest.param(
        "Emissions must fall 23%.",
        [(None, None, "23%", "down", "Emissions")],
        id="subject-before-must",
    ),
    pytest.param(
        "Prices need to fall 10%.",
        [(None, None, "10%", "down", "Prices")],
        id="subject-before-need-to",
    ),
    pytest.param(
        "Inflation has yet to fall to 2%.",
        [(None, "2%", None, "down", "Inflation")],
        id="subject-before-has-yet-to",
    ),
    # A headline's infinitive: its subject stands before "to"; in the body, "to" alone
    # leads no subject of its own
    pytest.param(
        "UK minimum wage to rise 6.7% to 12.21 pounds an hour\n\nLONDON - The rate rose.",
        [(None, "12.21 pounds", "6.7%", "up", "UK minimum wage")],
        id="subject-before-a-headlines-to",
    ),
    pytest.param(
        "Pay rose.\n\nIt was hard to rise 6.7% to 12.21 pounds an hour.",
        [(None, "12.21 pounds an hour", "6.7%", "up", None)],
        id="no-subject-before-a-body-sentences-to",
    ),
    pytest.param(
        "The Fed will have to raise rates to 6%.",
        [(None, "6%", None, "up", "rates")],
        id="object-after-will-have-to",
    ),
    # An adverb after the verb's object ("again", "further") is no word of it.
    pytest.param(
        "The Fed raised rates again by 25 basis points.",
        [(None, None, "25 basis points", "up", "rates")],
        id="object-before-again",
    ),
    pytest.param(
        "The bank cut rates further by 25 basis points.",
        [(None, None, "25 basis points", "down", "rates")],
        id="object-before-further",
    ),
    pytest.param(
        "Prices rose again by 5%.",
        [(None, None, "5%", "up", "Prices")],
        id="no-object-before-again",
    ),
    pytest.param(
        "Vaccination coverage for the first dose fell to 83% in 2022 from 86% in 2019.",
        [("86%", "83%", None, "down", "Vaccination coverage for the first dose")],
        id="subject-linked-past-an-ordinal",
    ),
    # Where a change happened may stand between its size and its level.
    pytest.param(
        "Measles cases rose 79% worldwide last year to more than 306,000.",
        [(None, "more than 306,000", "79%", "up", "Measles cases")],
        id="worldwide-between-size-and-level",
    ),
    # "The number of X" that opens a sentence is what changed, however long the phrase that
    # modifies X; a change verb of the first clause, a comma or an auxiliary ends it there.
    pytest.param(
        "The number of people forced to flee war and persecution has risen to 120 million.",
        [(None, "120 million", None, "up", "number of people")],
        id="far-head-number-of-past-a-participle-phrase",
    ),
    pytest.param(
        "The number of young people not in education, employment or training rose to 1 million.",
        [(None, "1 million", None, "up", "number of young people")],
        id="far-head-past-a-list-with-or",
    ),
    pytest.param(
        "The number of deaths in Gaza, Israel and Lebanon rose to 300.",
        [(None, "300", None, "up", "number of deaths in Gaza, Israel and Lebanon")],
        id="far-head-past-a-list-with-and",
    ),
    pytest.param(
        "The number of cases in Texas, officials said, rose to 300.",
        [(None, "300", None, "up", "number of cases in Texas")],
        id="far-head-not-past-a-report-between-commas",  # the aside passed, not a list's item
    ),
    # The object of a negated phrase ("not in school") is no subject.
    pytest.param(
        "The unemployment rate for 16- to 24-year-olds not in school climbed to 17.1%.",
        [(None, "17.1%", None, "up", None)],
        id="no-subject-object-of-not-in",
    ),
    pytest.param(
        "The share of young people not in work rose to 12%.",
        [(None, "12%", None, "up", "share of young people")],
        id="far-head-before-not-in",
    ),
    pytest.param(
        "The number of people who lost jobs rose to 5 million.",
        [(None, "5 million", None, "up", "number of people")],
        id="far-head-past-a-relative-clause",
    ),
    pytest.param(
        "The share of adults living alone in rural areas has risen to 30%.",
        [(None, "30%", None, "up", "share of adults")],
        id="far-head-share-of",
    ),
    pytest.param(
        "The proportion of children living in poverty fell to 20% from 25%.",
        [("25%", "20%", None, "down", "proportion of children living in poverty")],
        id="far-head-keeps-a-whole-phrase-read",
    ),
    pytest.param(
        "The number of deaths doubled and prices rose 5%.",
        [(None, None, None, "up", "number of deaths"), (None, None, "5%", "up", "prices")],
        id="far-head-not-past-a-first-clause-verb",
    ),
    pytest.param(
        "The number of visitors to the park grew, and prices rose 5%.",
        [(None, None, "5%", "up", "prices")],
        id="far-head-not-past-a-comma",
    ),
    # A value right after a reached record, with no "of": up, or the way of its extreme.
    pytest.param(
        "Spot gold hit a record $2,450 an ounce on Monday.",
        [(None, "$2,450", None, "up", "Spot gold")],
        id="reached-a-bare-record",
    ),
    pytest.param(
        "Inflation reached a record high 9.1% in June.",
        [(None, "9.1%", None, "up", "Inflation")],
        id="reached-a-record-high-without-of",
    ),
    pytest.param(
        "Bitcoin touched an all-time high $73,798.",
        [(None, "$73,798", None, "up", "Bitcoin")],
        id="touched-an-all-time-high-without-of",
    ),
    pytest.param(
        "The painting set a record $1.2 million at auction.", [], id="set-a-record-is-a-feat"
    ),
    # ... a measure of output, use or weather too; no count (a feat) nor a length.
    pytest.param(
        "Exports reached a record 5 million tonnes.",
        [(None, "5 million tonnes", None, "up", "Exports")],
        id="record-measure-of-mass",
    ),
    pytest.param(
        "Global coal consumption hit a record 8.7 billion tonnes.",
        [(None, "8.7 billion tonnes", None, "up", "Global coal consumption")],
        id="record-measure-coal-consumption",
    ),
    pytest.param(
        "Oil production hit a record 13.2 million barrels per day.",
        [(None, "13.2 million barrels per day", None, "up", "Oil production")],
        id="record-measure-a-flow",
    ),
    pytest.param("The batsman hit a record 36 runs in an over.", [], id="record-count-is-a-feat"),
    pytest.param("The javelin thrower hit a record 98 metres.", [], id="record-length-is-a-feat"),
    pytest.param("The firm set a record 8.7 billion tonnes.", [], id="record-measure-set-a-feat"),
    # The object of a change verb beyond the change's reach, past a linked phrase (after
    # "would" the verb is read as "raised" is: the object with its linked phrase).
    pytest.param(
        "The plan would raise the payroll tax on the largest New York City businesses to 0.6% "
        "from 0.34%.",
        [("0.34%", "0.6%", None, "up", "payroll tax on the largest New York City businesses")],
        id="far-object-of-a-change-verb",
    ),
    # A change verb beyond the usual reach whose object and linked phrases fill the words up
    # to "to" or "by" is the change's verb, its object the subject.
    pytest.param(
        "The government raised the price of bread to 50 cents.",
        [(None, "50 cents", None, "up", "price of bread")],
        id="far-cue-to",
    ),
    # ... also in a relative clause, the verb right after "that", "which" or "who" (in -s or
    # -ed: "that cut" may be a determiner's noun).
    pytest.param(
        "The council voted to approve a budget that raises the property tax levy by 4.5%.",
        [(None, None, "4.5%", "up", "property tax levy")],
        id="far-cue-after-that",
    ),
    pytest.param(
        "The bill, which cuts the corporate tax rate for small firms to 15%, passed.",
        [(None, "15%", None, "down", "corporate tax rate for small firms")],
        id="far-cue-after-which",
    ),
    pytest.param(
        "The measure that increased the tax on tobacco products by 20% was repealed.",
        [(None, None, "20%", "up", "tax on tobacco products")],
        id="far-cue-in-ed-after-that",
    ),
    pytest.param(
        "The firm that cut its workforce in Asia by 10% said profits rose.",
        [],
        id="far-cue-bare-after-that-not",
    ),
    pytest.param(
        "The city raised fees for parking permits by 20%.",
        [(None, None, "20%", "up", "fees for parking permits")],
        id="far-cue-by-no-determiner",
    ),
    pytest.param(
        "The board cut the dividend on its ordinary shares to 10p.",
        [(None, "10p", None, "down", "dividend on its ordinary shares")],
        id="far-cue-possessive-determiner",
    ),
    # A stop word glued by a hyphen ("one-week", "five-year", "full-year", "one-off") is a
    # word of the object's compound, not the end of the object.
    pytest.param(
        "Turkey's central bank hiked its one-week repo rate by 500 basis points to 50%.",
        [(None, "50%", "500 basis points", "up", "one-week repo rate")],
        id="object-opened-by-a-hyphened-stop-word",
    ),
    pytest.param(
        "The company cut its one-off charge by $5 million to $20 million.",
        [(None, "$20 million", "$5 million", "down", "one-off charge")],
        id="object-with-a-compound-of-stop-words",
    ),
    pytest.param(
        "China cut its five-year loan prime rate to 3.95%.",
        [(None, "3.95%", None, "down", "five-year loan prime rate")],
        id="far-cue-past-a-hyphened-stop-word",
    ),
    pytest.param(
        "The company raised its full-year forecast to $5 billion.",
        [(None, "$5 billion", None, "up", "full-year forecast")],
        id="far-cue-past-full-year",
    ),
    # A period after the object ("for the year") is the object's, not the object.
    pytest.param(
        "The company raised its forecast for the year to $5 billion.",
        [(None, "$5 billion", None, "up", "forecast")],
        id="object-before-its-period",
    ),
    pytest.param(
        "Apple raised its dividend for the quarter to 25 cents.",
        [(None, "25 cents", None, "up", "dividend")],
        id="object-before-its-quarter",
    ),
    pytest.param(
        "The stock ended the week 2% lower.",
        [(None, None, "2%", "down", "stock")],
        id="session-alone-no-object",
    ),
    pytest.param(
        "Officials cut power to one-third of homes.",
        [],
        id="far-cue-not-a-service-past-a-compound",
    ),
    pytest.param(
        "Ofgem cut the price cap for typical households by 7%.",
        [(None, None, "7%", "down", "price cap for typical households")],
        id="far-cue-compound-object",
    ),
    # A counted phrase with its qualifier may stand in the object's linked phrase when the
    # size is a percentage after "by"; the count as the object itself stays unread.
    pytest.param(
        "The deal will raise wages for some 3.9 million workers in the metal industry by 5.5%.",
        [(None, None, "5.5%", "up", "wages for some 3.9 million workers in the metal industry")],
        id="far-cue-past-a-qualified-count",
    ),
    pytest.param(
        "The deal will raise wages for about 40,000 nurses by 5.5%.",
        [(None, None, "5.5%", "up", "wages for about 40,000 nurses")],
        id="far-cue-past-a-count-with-a-comma",
    ),
    pytest.param(
        "The plan would cut benefits for nearly 2 million retirees by 10%.",
        [(None, None, "10%", "down", "benefits for nearly 2 million retirees")],
        id="far-cue-past-a-count-nearly",
    ),
    pytest.param(
        "The deal will raise wages for about 40,000 nurses by 500.",
        [],
        id="far-cue-past-a-count-not-a-bare-size",
    ),
    pytest.param(
        "The company cut about 5,000 jobs by 10%.",
        [],
        id="far-cue-count-as-the-object-not",
    ),
    # A possessive or a hyphenated compound may stand in the linked phrase, and a change
    # word in the object ("down payment"); the object's linked phrases are part of it, as
    # with one value ("raised tariffs on Chinese goods to 145%").
    pytest.param(
        "The law raised the tax credit on large companies' chip investments to 26% from 5%.",
        [("5%", "26%", None, "up", "tax credit on large companies' chip investments")],
        id="far-object-past-a-possessive",
    ),
    pytest.param(
        "The bank cut the minimum down payment ratio for first-time buyers to 10% from 14%.",
        [("14%", "10%", None, "down", "minimum down payment ratio for first-time buyers")],
        id="far-object-with-down-and-a-hyphened-phrase",
    ),
    pytest.param(
        "The central bank will cut the rate on deposits to 2% from 2.5%.",
        [("2.5%", "2%", None, "down", "rate on deposits")],
        id="far-object-keeps-the-linked-phrase-read",
    ),
    pytest.param(
        "Officials who raised the alarm about inflation, which went to 5% from 3%, spoke.",
        [("3%", "5%", None, "up", "inflation")],
        id="far-object-not-past-a-clause",
    ),
    # a verb that takes away a share of its object: the object changed
    pytest.param(
        "The firm cut 10% of its staff.",
        [(None, None, "10%", "down", "staff")],
        id="subject-cut-a-share-of-its-staff",
    ),
    pytest.param(
        "Tesla shed 10% of its global workforce.",
        [(None, None, "10%", "down", "global workforce")],
        id="subject-shed-a-share-of-its-workforce",
    ),
    pytest.param(
        "The company will cut about 5% of its jobs and close 20 stores.",
        [(None, None, "about 5%", "down", "jobs")],
        id="subject-cut-a-share-before-and",
    ),
    pytest.param(
        "The airline cut 12% of flights in March.",
        [(None, None, "12%", "down", "flights")],
        id="subject-cut-a-share-without-determiner",
    ),
    pytest.param(
        "The firm cut 10% of its U.S. staff.",
        [(None, None, "10%", "down", None)],
        id="subject-cut-a-share-unread-is-none",
    ),
    pytest.param(
        "Oil lost 10% of its value.",
        [(None, None, "10%", "down", "Oil")],
        id="subject-lost-a-share-of-its-value-unchanged",
    ),
    pytest.param(
        "The stock shed 3% on Monday.",
        [(None, None, "3%", "down", "stock")],
        id="subject-shed-no-share-unchanged",
    ),
    pytest.param(
        "The government cut spending by 10% of GDP.",
        [(None, None, "10%", "down", "spending")],
        id="subject-cut-object-by-a-share-unchanged",
    ),
    # "won" after a price's preposition is money with no Korean place: the change's level
    pytest.param(
        "Samsung shares rose 2% to 70,000 won.",
        [(None, "70,000 won", "2%", "up", "Samsung shares")],
        id="won-price-is-the-level",
    ),
    # an adverb between the subject and its verb is no word of the subject
    pytest.param(
        "Imports unexpectedly fell 2.3%.",
        [(None, None, "2.3%", "down", "Imports")],
        id="subject-before-an-ly-adverb",
    ),
    pytest.param(
        "Home prices have unexpectedly fallen 2%.",
        [(None, None, "2%", "down", "Home prices")],
        id="subject-before-an-auxiliary-and-an-ly-adverb",
    ),
    pytest.param(
        "Retail sales rose 1%, while wholesale inventories only rose 0.2%.",
        [
            (None, None, "1%", "up", "Retail sales"),
            (None, None, "0.2%", "up", "wholesale inventories"),
        ],
        id="subject-before-only",
    ),
    pytest.param(
        "Sales, surprisingly, rose 5%.",
        [(None, None, "5%", "up", "Sales")],
        id="subject-before-an-ly-adverb-between-commas",
    ),
    pytest.param(
        "The death tally rose to 500.",
        [(None, "500", None, "up", "death tally")],
        id="subject-ends-in-a-noun-in-ly-unchanged",
    ),
    pytest.param(
        "Prices nationally climbed 0.9%.",
        [(None, None, "0.9%", "up", "Prices nationally")],
        id="subject-ends-in-an-adverb-of-where-unchanged",
    ),
    # a relative clause with no comma: the noun it is of, not the clause's object or verb
    pytest.param(
        "Gross domestic product across the 20 members that share the euro contracted by 0.3 "
        "per cent.",
        [(None, None, "0.3 per cent", "down", "Gross domestic product across the 20 members")],
        id="subject-before-a-restrictive-relative",
    ),
    pytest.param(
        "Shares of companies that make chips rose 3%.",
        [(None, None, "3%", "up", "Shares of companies")],
        id="subject-before-a-restrictive-relative-2",
    ),
    pytest.param(
        "Prices of homes that sold in May rose 3%.",
        [(None, None, "3%", "up", "Prices of homes")],
        id="subject-before-a-restrictive-relative-verb-read",
    ),
    pytest.param(
        "Temperatures in the area where rituals take place are rising by 0.4C each decade.",
        [(None, None, "0.4C", "up", "Temperatures in the area")],
        id="subject-before-a-restrictive-where",
    ),
    pytest.param(
        "Sales in stores where the company operates fell 3%.",
        [(None, None, "3%", "down", "Sales in stores")],
        id="subject-before-a-restrictive-where-determiner",
    ),
    pytest.param(
        "In the city where food prices rose 5%, people protested.",
        [(None, None, "5%", "up", "food prices")],
        id="subject-inside-a-where-clause-unchanged",
    ),
    # a name's number ends the first of two objects: the head before them changed
    pytest.param(
        "Deliveries of the Model 3 and Model Y, which make up 95% of the total, fell to "
        "369,783 from 412,180.",
        [("412,180", "369,783", None, "down", "Deliveries of the Model 3 and Model Y")],
        id="subject-objects-with-a-model-number",
    ),
    pytest.param(
        "Deliveries of the Model 3 and Model Y fell 5%.",
        [(None, None, "5%", "down", "Deliveries of the Model 3 and Model Y")],
        id="subject-objects-with-a-model-number-no-clause",
    ),
    # a participle and its preposition after the subject's noun: the noun and the phrase,
    # or none where no determiner or clause opening leads the noun
    pytest.param(
        "Cars made in Mexico rose 5%.",
        [(None, None, "5%", "up", "Cars made in Mexico")],
        id="subject-participle-in",
    ),
    pytest.param(
        "Shares listed in Hong Kong fell 2%.",
        [(None, None, "2%", "down", "Shares listed in Hong Kong")],
        id="subject-participle-in-2",
    ),
    pytest.param(
        "Prices for Russian wheat loaded from Black Sea ports fell $3 to $230 a ton.",
        [(None, "$230", "$3", "down", None)],
        id="subject-participle-from-no-head-read",
    ),
    pytest.param(
        "Exports of cars from Japan to China rose 5%.",
        [(None, None, "5%", "up", "Exports of cars from Japan to China")],
        id="subject-no-participle-before-from-unchanged",
    ),
    # "edge up to", "creep up to": a verb's particle and "to", no bound
    pytest.param(
        "Inflation could creep up to 3%.",
        [(None, "3%", None, "up", "Inflation")],
        id="creep-up-to-is-a-move",
    ),
    # an apposition opened by "among", "once" or "one" between the subject and its verb
    pytest.param(
        "The crown, among the weakest performers in Europe in the past two years, "
        "strengthened 0.4%.",
        [(None, None, "0.4%", "up", "crown")],
        id="subject-before-an-among-apposition",
    ),
    pytest.param(
        "Daily petrol consumption, once put at 49 million litres, has dropped to 36 million "
        "litres.",
        [(None, "36 million litres", None, "down", "Daily petrol consumption")],
        id="subject-before-a-once-apposition",
    ),
    # an infinitive's verb beyond the near reach: its object with linked phrases changed
    pytest.param(
        "Ministers agreed on Tuesday to cut the catch limit for North Sea cod by 20% next year.",
        [(None, None, "20%", "down", "catch limit for North Sea cod")],
        id="far-infinitive-and-its-object",
    ),
    pytest.param(
        "The state said it would spend N4.7bn to cut fares on its BRT buses by 12 per cent.",
        [(None, None, "12 per cent", "down", "fares on its BRT buses")],
        id="far-infinitive-and-its-object-2",
    ),
    # "N of the M X, up K": the part moved, not the whole (as "down from" reads it)
    pytest.param(
        "The party won 189 of the 720 seats, up 13.",
        [(None, "189", "13", "up", "seats")],
        id="part-of-a-whole-up-by",
    ),
    pytest.param(
        "The EPP won 189 seats, up 13.",
        [(None, "189 seats", "13", "up", "seats")],
        id="no-part-up-by-unchanged",
    ),
    # "and" and "&" between capitals join one name
    pytest.param(
        "The far-right Identity and Democracy group gained 9 seats to 58.",
        [(None, "58", "9 seats", "up", "Identity and Democracy group")],
        id="subject-name-with-and",
    ),
    pytest.param(
        "Shares of Johnson & Johnson fell 2%.",
        [(None, None, "2%", "down", "Shares of Johnson & Johnson")],
        id="subject-name-with-ampersand",
    ),
    pytest.param(
        "The benchmark price of a detached home in Vancouver dropped to C$2.0 million.",
        [(None, "C$2.0 million", None, "down", "benchmark price of a detached home in Vancouver")],
        id="subject-adjective-participle-before-in-unchanged",
    ),
    # a value right after a verb of saying opens what is said: the teller changed nothing
    pytest.param(
        "Central Maine Power said about 156,800 of its customers were still in the dark, down "
        "from a peak of 197,120.",
        [("197,120", "about 156,800 of its customers", None, "down", "customers")],
        id="subject-not-the-teller-of-a-reported-value",
    ),
    pytest.param(
        "Economic growth is forecast at 14.6% this year, compared with 12.9% in 2022.",
        [("12.9%", "14.6%", None, "up", "Economic growth")],
        id="subject-of-a-forecast-level-unchanged",
    ),
    # a level verb and the session it closed stand before "trading": no words of the subject
    pytest.param(
        "The contract on the Dalian exchange ended daytime trading 3.1% lower at 691 yuan.",
        [(None, "691 yuan", "3.1%", "down", "contract on the Dalian exchange")],
        id="subject-before-a-closed-session",
    ),
    pytest.param(
        "The stock closed overnight trading 2% higher.",
        [(None, None, "2%", "up", "stock")],
        id="subject-before-a-closed-session-2",
    ),
    pytest.param(
        "Shares were trading 3% lower.",
        [(None, None, "3%", "down", "Shares")],
        id="subject-before-trading-unchanged",
    ),
    pytest.param(
        "The ministry said that exports rose 5%.",
        [(None, None, "5%", "up", "exports")],
        id="subject-after-a-complement-that-unchanged",
    ),
    pytest.param(
        "It was the first time that prices in May have fallen 5%.",
        [(None, None, "5%", "down", "prices")],
        id="subject-after-a-relative-adverb-that-unchanged",
    ),
    pytest.param(
        "Companies that export to China saw profits fall 5%.",
        [(None, None, "5%", "down", "profits")],
        id="subject-after-a-relative-and-a-main-verb-unchanged",
    ),
    pytest.param(
        "The regulator said on Thursday that its price cap would fall to £1,568.",
        [(None, "£1,568", None, "down", "price cap")],
        id="subject-after-a-reports-that-unchanged",
    ),
    # two objects of a preposition, the first with adjectives or a hyphened compound
    pytest.param(
        "The spread between Italian 10-year bonds and German Bunds has widened to nearly 250 "
        "basis points.",
        [
            (
                None,
                "nearly 250 basis points",
                None,
                "up",
                "spread between Italian 10-year bonds and German Bunds",
            )
        ],
        id="subject-two-objects-the-first-with-a-compound",
    ),
    pytest.param(
        "The yield gap between two-year notes and 10-year bonds narrowed to 20 basis points.",
        [
            (
                None,
                "20 basis points",
                None,
                "down",
                "yield gap between two-year notes and 10-year bonds",
            )
        ],
        id="subject-two-objects-with-compounds",
    ),
    pytest.param(
        "Loans to small businesses and other firms rose 5%.",
        [(None, None, "5%", "up", "Loans to small businesses and other firms")],
        id="subject-two-objects-with-an-adjective-unchanged",
    ),
    # a level, its comma and a participle's move to another level: from the first
    pytest.param(
        "The tax rate is 19 per cent, rising to 25 per cent in April.",
        [("19 per cent", "25 per cent", None, "up", "tax rate")],
        id="level-then-rising-to",
    ),
    pytest.param(
        "The fee is £50, falling to £40 next year.",
        [("£50", "£40", None, "down", "fee")],
        id="level-then-falling-to",
    ),
    pytest.param(
        "The company employs 300 people, rising to 500 next year.",
        [(None, "500", None, "up", None)],
        id="count-then-rising-to-unchanged",
    ),
    pytest.param(
        "Sales rose 5%, rising to $2 billion.",
        [(None, None, "5%", "up", "Sales"), (None, "$2 billion", None, "up", "Sales")],
        id="size-then-rising-to-another-kind-unchanged",
    ),
    # a free relative opening the sentence: no noun names what changed
    pytest.param(
        "What consumers pay for electricity rose 20%.",
        [(None, None, "20%", "up", None)],
        id="subject-free-relative-is-none",
    ),
    pytest.param(
        "What the government spends on defense rose to $886 billion.",
        [(None, "$886 billion", None, "up", None)],
        id="subject-free-relative-is-none-2",
    ),
    pytest.param(
        "What is clear is that prices rose 5%.",
        [(None, None, "5%", "up", "prices")],
        id="subject-after-a-cleft-unchanged",
    ),
    # a rate's change of pace after a comma: from the old rate to the one before the comma
    pytest.param(
        "Home prices rose an annual 4.5% in April, slowing from 5.1% in March.",
        [
            (None, None, "4.5%", "up", "Home prices"),
            ("5.1%", "4.5%", None, "down", "Home prices"),
        ],
        id="slowing-from-after-a-size",
    ),
    pytest.param(
        "Inflation eased to 3.2% in May, slowing from 3.5% in April.",
        [("3.5%", "3.2%", None, "down", "Inflation")],
        id="slowing-from-after-to-is-one-change",
    ),
    pytest.param(
        "Retail sales rose 2.1% in May, accelerating from 1.5% in April.",
        [
            (None, None, "2.1%", "up", "Retail sales"),
            ("1.5%", "2.1%", None, "up", "Retail sales"),
        ],
        id="accelerating-from-after-a-size",
    ),
    pytest.param(
        "Japan's core inflation slowed to 2.2% in April, decelerating from 2.6% in March.",
        [("2.6%", "2.2%", None, "down", "Japan's core inflation")],
        id="decelerating-from-after-to-is-one-change",
    ),
    pytest.param(
        "Annual inflation was 2.4% in March, easing from 2.6% in February.",
        [("2.6%", "2.4%", None, "down", "Annual inflation")],
        id="easing-from-after-a-level",
    ),
    pytest.param(
        "Wages rose 4.1% from a year earlier, slowing from a revised 4.3% in March.",
        [
            (None, None, "4.1%", "up", "Wages"),
            ("4.3%", "4.1%", None, "down", "Wages"),
        ],
        id="slowing-from-a-revised-rate",
    ),
    pytest.param(
        "The index fell to 48.7, slowing from 50.3.",
        [("50.3", "48.7", None, "down", "index")],
        id="slowing-from-after-a-bare-level",
    ),
    pytest.param(
        "Consumer prices rose 2.9% in July, the smallest increase since 2021, easing from 3%.",
        [
            (None, None, "2.9%", "up", "Consumer prices"),
            ("3%", "2.9%", None, "down", "Consumer prices"),
        ],
        id="easing-from-past-an-apposed-extreme",
    ),
    # verbs of a rate's change of pace
    pytest.param(
        "Inflation cooled to 3.1% from 3.4%, the lowest since 2021.",
        [("3.4%", "3.1%", None, "down", "Inflation")],
        id="cooled-is-down",
    ),
    pytest.param(
        "Wage growth moderated to 4.1% in March.",
        [(None, "4.1%", None, "down", "Wage growth")],
        id="moderated-is-down",
    ),
    pytest.param(
        "He earned a cool $1 million last year.",
        [],
        id="a-cool-sum-is-no-change",
    ),
    # A spelled number ends no noun of its own: "up from three" is of the count's noun.
    pytest.param(
        "About 38 ships were waiting to cross on Monday, up from three a week ago.",
        [("three", "About 38 ships", None, "up", "ships")],
        id="up-from-a-spelled-count-progressive",
    ),
    pytest.param(
        "38 ships were waiting, up from a dozen.",
        [("a dozen", "38 ships", None, "up", "ships")],
        id="up-from-a-dozen",
    ),
    pytest.param(
        "There were 12 rangers on duty last year, down from twenty.",
        [("twenty", "12 rangers", None, "down", "rangers")],
        id="down-from-a-spelled-tens-count",
    ),
    # The agent of a participle is the antecedent of ", which" after it.
    pytest.param(
        "It was the biggest monthly gain since January 2023, driven by part-time work, which"
        " rose by 50,000.",
        [(None, None, "50,000", "up", "part-time work")],
        id="relative-after-a-participles-agent",
    ),
    pytest.param(
        "Growth was fuelled by the exports, which rose 5%.",
        [(None, None, "5%", "up", "exports")],
        id="relative-after-a-participles-agent-in-ed",
    ),
    # Near misses: no relative, or no participle before "by", keep no subject.
    pytest.param(
        "Demand by buyers in China rose 5%.",
        [(None, None, "5%", "up", None)],
        id="stranded-object-without-relative-stays-bare",
    ),
    pytest.param(
        "Demand by buyers in China, which rose 5%, lifted prices.",
        [(None, None, "5%", "up", None)],
        id="relative-after-a-nouns-by-stays-bare",
    ),
    # "higher than" a date: past "they were" and "at".
    pytest.param(
        "Prices are 20% higher than they were a year ago.",
        [(None, None, "20%", "up", "Prices")],
        id="higher-than-they-were-a-date",
    ),
    pytest.param(
        "Prices were 20% higher than at the end of 2022.",
        [(None, None, "20%", "up", "Prices")],
        id="higher-than-at-a-date",
    ),
    pytest.param(
        "Prices were 20% higher than they were in Paris.",
        [],
        id="higher-than-they-were-in-a-place-is-no-change",
    ),
    pytest.param(
        "Prices were 20% higher than at the airport.",
        [],
        id="higher-than-at-a-place-is-no-change",
    ),
    # "by C to B, compared with A" and a date: one change, A its start.
    pytest.param(
        "Revenue rose 12% to $5.1 billion, compared with $4.6 billion a year earlier.",
        [("$4.6 billion", "$5.1 billion", "12%", "up", "Revenue")],
        id="by-to-compared-with-a-dated-value",
    ),
    pytest.param(
        "Revenue climbed 12% to $5.1 billion, versus $4.6 billion a year ago.",
        [("$4.6 billion", "$5.1 billion", "12%", "up", "Revenue")],
        id="by-to-versus-a-dated-value",
    ),
    pytest.param(
        "Revenue rose 12% to $5.1 billion, compared with $5.6 billion a year earlier.",
        [(None, "$5.1 billion", "12%", "up", "Revenue")],
        id="by-to-compared-against-the-verb-keeps-no-start",
    ),
    pytest.param(
        "Revenue rose 12% to $5.1 billion, compared with estimates of $5 billion.",
        [(None, "$5.1 billion", "12%", "up", "Revenue")],
        id="by-to-compared-with-estimates-keeps-no-start",
    ),
    pytest.param(
        "Revenue rose 12% to $5.1 billion, compared with $4.6 billion at Rival.",
        [(None, "$5.1 billion", "12%", "up", "Revenue")],
        id="by-to-compared-with-no-date-keeps-no-start",
    ),
    # "rose to B, or b a share, up from A, or a a share": the verb's subject for both.
    pytest.param(
        "Net income rose to $1.2 billion, or $1.05 a share, up from $1.1 billion, or 95 cents"
        " a share, a year earlier.",
        [
            ("$1.1 billion", "$1.2 billion", None, "up", "Net income"),
            ("95 cents", "$1.05", None, "up", "Net income"),
        ],
        id="to-apposed-up-from-takes-the-verbs-subject",
    ),
    pytest.param(
        "Net income rose to $1.2 billion, or $1.05 a share, compared with $1.1 billion, or 95"
        " cents a share, a year earlier.",
        [
            ("$1.1 billion", "$1.2 billion", None, "up", "Net income"),
            ("95 cents", "$1.05", None, "up", "Net income"),
        ],
        id="to-apposed-compared-takes-the-verbs-subject",
    ),
    # A gerund with no object after a comma goes on the move before it: its subject.
    pytest.param(
        "Stocks rose for a third day, climbing 1.2%.",
        [(None, None, "1.2%", "up", "Stocks")],
        id="comma-gerund-takes-the-moves-subject",
    ),
    pytest.param(
        "Oil fell on Monday, dropping 2% to $80.",
        [(None, "$80", "2%", "down", "Oil")],
        id="comma-gerund-by-to-takes-the-moves-subject",
    ),
    pytest.param(
        "Inflation rose in May, climbing to 3.1%.",
        [(None, "3.1%", None, "up", "Inflation")],
        id="comma-gerund-to-takes-the-moves-subject",
    ),
    pytest.param(
        "Shares fell early, rising 2% later.",
        [(None, None, "2%", "up", None)],
        id="comma-gerund-against-the-move-stays-bare",
    ),
    pytest.param(
        "Prices rose and wages fell, dropping 2%.",
        [(None, None, "2%", "down", None)],
        id="comma-gerund-after-two-clauses-stays-bare",
    ),
    pytest.param(
        "Prices in Calgary held up better, rising 12.5% from a year ago.",
        [(None, None, "12.5%", "up", None)],
        id="comma-gerund-after-a-particle-is-not-read-from-it",
    ),
    # ", having" and its participle go on the clause before the comma as a gerund does; an
    # earlier move, it may have gone the other way.
    pytest.param(
        "The hryvnia has weakened, having lost more than 98% of its value.",
        [(None, None, "more than 98%", "down", "hryvnia")],
        id="comma-having-participle-takes-the-moves-subject",
    ),
    pytest.param(
        "The rouble recovered on Tuesday, having lost 5% last week.",
        [(None, None, "5%", "down", "rouble")],
        id="comma-having-participle-against-the-move-takes-its-subject",
    ),
    pytest.param(
        "The rouble recovered on Tuesday, losing 5%.",
        [(None, None, "5%", "down", None)],
        id="comma-gerund-against-the-move-without-having-stays-bare",
    ),
    # After a clause with a value of its own, the perfect participle's subject is that of the
    # verb that opens the sentence, when it has no object and no other clause stands between.
    pytest.param(
        "The forint firmed 0.5% after the data, having lost about 2% since January.",
        [(None, None, "0.5%", "up", "forint"), (None, None, "about 2%", "down", "forint")],
        id="comma-having-participle-after-a-clause-with-a-value",
    ),
    pytest.param(
        "LUANDA, June 5 (Reuters) - Angola's kwanza fell to a record low of 750 per dollar on"
        " Monday, having lost about a third of its value in three weeks.",
        [(None, None, "about a third", "down", "Angola's kwanza")],
        id="comma-having-participle-after-a-level",
    ),
    pytest.param(
        "The Lebanese pound slid past 100,000 to the U.S. dollar on the parallel market on"
        " Tuesday, dealers said, having lost more than 98% of its value since 2019.",
        [(None, None, "more than 98%", "down", "Lebanese pound")],
        id="comma-having-participle-after-a-sayers-aside",
    ),
    pytest.param(
        "Oil and gas prices fell 2% on Monday, having risen 5% last week.",
        [
            (None, None, "2%", "down", "Oil and gas prices"),
            (None, None, "5%", "up", "Oil and gas prices"),
        ],
        id="comma-having-participle-after-a-listed-subject",
    ),
    # A plain gerund after a clause with a level goes on its opening verb when it moves the
    # same way (or states a level); the other way it stays bare.
    pytest.param(
        "ACCRA, Nov 3 - Ghana's cedi weakened past 98 per dollar for the first time on"
        " Wednesday, losing about 12% of its value this year.",
        [(None, None, "about 12%", "down", "Ghana's cedi")],
        id="comma-gerund-after-a-level-takes-the-opening-verbs-subject",
    ),
    pytest.param(
        "China's exports grew at a faster-than-expected pace in February, customs data showed"
        " on Thursday, rising 10.8% from a year earlier.",
        [(None, None, "10.8%", "up", "China's exports")],
        id="comma-gerund-after-a-sayers-aside",
    ),
    pytest.param(
        "The rand weakened past 18 per dollar on Monday, gaining 2% later.",
        [(None, None, "2%", "up", None)],
        id="comma-gerund-after-a-level-against-the-move-stays-bare",
    ),
    pytest.param(
        "Oil fell 2% and gold rose 1%, having lost 5% this year.",
        [
            (None, None, "2%", "down", "Oil"),
            (None, None, "1%", "up", "gold"),
            (None, None, "5%", "down", None),
        ],
        id="comma-having-participle-after-two-clauses-with-values-stays-bare",
    ),
    pytest.param(
        "The bank cut rates to 5% on Monday, having lost 2% of its deposits.",
        [(None, "5%", None, "down", "rates"), (None, None, "2%", "down", None)],
        id="comma-having-participle-after-a-verbs-object-stays-bare",
    ),
    pytest.param(
        "The pound fell 2% after the central bank cut rates, having lost 5% this year.",
        [(None, None, "2%", "down", "pound"), (None, None, "5%", "down", None)],
        id="comma-having-participle-after-a-second-verb-stays-bare",
    ),
    pytest.param(
        "Prices rose and wages fell, having dropped 2%.",
        [(None, None, "2%", "down", None)],
        id="comma-having-participle-after-two-clauses-stays-bare",
    ),
    # A count's noun in the singular and the plural is one noun.
    pytest.param(
        "The storm destroyed 5 houses, up from 1 house last year.",
        [("1 house", "5 houses", None, "up", "houses")],
        id="up-from-a-singular-count-of-the-same-noun",
    ),
    # A size "higher than" a date's after a level and a comma: the change to the level.
    pytest.param(
        "Revenue rose to $5.1 billion, 12% higher than a year earlier.",
        [(None, "$5.1 billion", "12%", "up", "Revenue")],
        id="to-then-comma-higher-than-a-date",
    ),
    pytest.param(
        "Revenue was $5.1 billion in 2023, 12% higher than in 2022.",
        [(None, "$5.1 billion", "12%", "up", "Revenue")],
        id="level-then-comma-higher-than-a-date",
    ),
    pytest.param(
        "Revenue rose to $5.1 billion, 12% lower than a year earlier.",
        [(None, "$5.1 billion", None, "up", "Revenue"), (None, None, "12%", "down", None)],
        id="to-then-comma-lower-than-against-the-verb-stays-apart",
    ),
    pytest.param(
        "Revenue was $5.1 billion, costs 12% higher than a year earlier.",
        [(None, None, "12%", "up", None)],
        id="level-then-another-noun-higher-than-stays-apart",
    ),
    # A poll's share after "is on": its subject is the party's.
    pytest.param(
        "The Conservatives are on 22%, down from 25% last month.",
        [("25%", "22%", None, "down", "Conservatives")],
        id="poll-share-is-on-down-from",
    ),
    pytest.param(
        "Labour is on 44%, up two points from last week.",
        [(None, "44%", "two points", "up", "Labour")],
        id="poll-share-is-on-up-points",
    ),
    pytest.param(
        "The focus is on 5% growth, up from 4%.",
        [("4%", "5%", None, "up", None)],
        id="is-on-a-value-before-its-noun-is-no-poll-share",
    ),
    # "compared with" and a dated value needs no comma; "per share" is inside the noun.
    pytest.param(
        "Net income was $300 million compared to $250 million in the same quarter last year.",
        [("$250 million", "$300 million", None, "up", "Net income")],
        id="compared-to-without-a-comma",
    ),
    pytest.param(
        "Adjusted earnings per share of $1.05 compared with 80 cents a year earlier.",
        [("80 cents", "$1.05", None, "up", "Adjusted earnings per share")],
        id="earnings-per-share-of-compared-without-a-comma",
    ),
    pytest.param(
        "Earnings per share of $1.05, up from 80 cents.",
        [("80 cents", "$1.05", None, "up", "Earnings per share")],
        id="noun-per-unit-of-up-from",
    ),
    pytest.param(
        "Revenue of $5.1 billion compared with estimates of $5 billion.",
        [],
        id="compared-with-estimates-without-a-comma-is-no-change",
    ),
    pytest.param(
        "It paid $5 million compared with $4 million paid by a rival in 2019.",
        [],
        id="compared-without-a-comma-and-no-date-after-is-no-change",
    ),
    # "saw (posted, recorded) a drop of 5%": what saw it changed, as in "saw a 5% drop".
    pytest.param(
        "Exports posted a drop of 5% from a year earlier.",
        [(None, None, "5%", "down", "Exports")],
        id="experienced-a-noun-of-change-of",
    ),
    pytest.param(
        "Exports saw a drop of 5% in the first quarter.",
        [(None, None, "5%", "down", "Exports")],
        id="experienced-a-noun-of-change-of-dated",
    ),
    pytest.param(
        "Acme saw a drop of 5% in sales.",
        [(None, None, "5%", "down", None)],
        id="experienced-a-noun-of-change-in-another-noun-stays-bare",
    ),
    pytest.param(
        "Analysts see a rise of 5%.",
        [(None, None, "5%", "up", None)],
        id="forecasters-see-a-noun-of-change-of-stays-bare",
    ),
    # "compared with" a dated value after a predicate of its own, as ", up from" is read.
    pytest.param(
        "Some 40 vessels were anchored off the port, compared with 12 a week earlier.",
        [("12", "Some 40 vessels", None, "up", "vessels")],
        id="compared-after-a-predicate",
    ),
    pytest.param(
        "Acme earned $5 billion and its rival lost money, compared with $4 billion a year earlier.",
        [],
        id="compared-after-another-clause-is-no-change",
    ),
    # "by C to B, or b a share, from A, or a a share": one change by C from A to B, and the
    # appositions' beside it.
    pytest.param(
        "Net income rose 10% to $1.2 billion, or $1.05 a share, from $1.1 billion, or 95 cents"
        " a share, a year earlier.",
        [
            ("$1.1 billion", "$1.2 billion", "10%", "up", "Net income"),
            ("95 cents", "$1.05", None, "up", "Net income"),
        ],
        id="by-to-apposed-from-apposed",
    ),
    pytest.param(
        "Net income rose 10% to $1.2 billion, or 5% of sales, from $1.1 billion.",
        [("$1.1 billion", "$1.2 billion", "10%", "up", "Net income")],
        id="by-to-apposed-share-from",
    ),
    pytest.param(
        "Revenue rose 12% to $5.1 billion, or 40% of the total, from 2019 levels.",
        [(None, "$5.1 billion", "12%", "up", "Revenue")],
        id="by-to-apposed-from-a-year-keeps-no-start",
    ),
    # A headline's name, its verb in -s or -ed and its object before ", which": the object is
    # the antecedent; a plural that modifies a noun, or a noun in -s, is no verb.
    *(
        pytest.param(text, [(None, to, by, way, subject)], id=f"headline-verb-{n}")
        for n, (text, to, by, way, subject) in enumerate(
            [
                ("Ethiopia floats birr, which loses 30%", None, "30%", "down", "birr"),
                ("Nigeria devalues naira, which slumps 40%", None, "40%", "down", "naira"),
                ("Ethiopia floated birr, which lost 30%.", None, "30%", "down", "birr"),
                ("New Zealand cuts rates, which fall to 5%", "5%", None, "down", "rates"),
                ("Ethiopia floats the birr, which lost 30%.", None, "30%", "down", "birr"),
                ("US jobs growth, which slowed to 2%, hurt.", "2%", None, "down", "US jobs growth"),
                ("UK gas storage, which fell 5%, hurt.", None, "5%", "down", "UK gas storage"),
                ("Fed rate cuts, which rose to 5%, hurt.", "5%", None, "up", "Fed rate cuts"),
                (
                    "Seasonally adjusted output, which rose 5%, helped.",
                    None,
                    "5%",
                    "up",
                    "Seasonally adjusted output",
                ),
            ]
        )
    ),
    # A noun of change after the kind of a raise ("base", "merit") names no pay: no subject;
    # after a noun that changed ("wage", "pay") or a kind with its noun, that noun. A manner's
    # word, hyphened too, opens no subject ("an across-the-board pay rise": pay).
    *(
        pytest.param(
            f"Staff will get {noun} of 3%.",
            [(None, None, "3%", "up", subject)],
            id=f"raise-kind-{n}",
        )
        for n, (noun, subject) in enumerate(
            [
                ("a base increase", None),
                ("a merit raise", None),
                ("a cost-of-living increase", None),
                ("a general increase", None),
                ("an across-the-board increase", None),
                ("a one-off increase", None),
                ("a wage increase", "wage"),
                ("a pay rise", "pay"),
                ("a base pay increase", "base pay"),
                ("a merit pay increase", "merit pay"),
                ("a general wage increase", "wage"),
                ("an across-the-board pay rise", "pay"),
            ]
        )
    ),
    # Dates joined by "and", "or" or a list's commas before the verb close the subject, each
    # with its preposition.
    *(
        pytest.param(text, [(None, None, by, way, subject)], id=f"listed-dates-{n}")
        for n, (text, by, way, subject) in enumerate(
            [
                (
                    "Employment gains for July and November were revised down by a combined"
                    " 288,910.",
                    "288,910",
                    "down",
                    "Employment gains",
                ),
                ("Sales in May or June fell by a combined 5%.", "5%", "down", "Sales"),
                ("Sales in January, February and March fell 5%.", "5%", "down", "Sales"),
                ("In May, June sales fell 5%.", "5%", "down", "June sales"),
                (
                    "Exports to China and June sales fell by 5%.",
                    "5%",
                    "down",
                    "Exports to China and June sales",
                ),
            ]
        )
    ),
    # A relative's antecedent that is the object of "of" after a preposition or a past verb,
    # no determiner: the noun it is of ("retail prices of the staple"); not after a noun's
    # "by" (its agent: "Demand by buyers of rice").
    *(
        pytest.param(text, [(None, None, by, "up", subject)], id=f"of-antecedent-{n}")
        for n, (text, by, subject) in enumerate(
            [
                (
                    "Farmers complain about retail prices of the staple, which have risen by"
                    " about a fifth.",
                    "about a fifth",
                    "retail prices of the staple",
                ),
                (
                    "The government capped retail prices of rice, which have risen by 20%.",
                    "20%",
                    "retail prices of rice",
                ),
                ("It is driven by exports of rice, which rose 5%.", "5%", "exports of rice"),
                ("Farmers worry over prices of rice, which rose 5%.", "5%", "prices of rice"),
                (
                    "It cut tariffs to bring down retail prices of the staple, which have risen"
                    " by about a fifth.",
                    "about a fifth",
                    "retail prices of the staple",
                ),
                ("Demand by buyers of rice, which rose 5%, fell.", "5%", None),
            ]
        )
    ),
    # A restrictive relative's verb in -s and its object between a subject and its verb: the
    # noun before "that"; after a conjunction's "that", the clause's own subject.
    *(
        pytest.param(text, [(None, None, "5%", "up", subject)], id=f"that-verb-object-{n}")
        for n, (text, subject) in enumerate(
            [
                ("The index that tracks chipmakers rose 5%.", "index"),
                ("The gauge that tracks home prices rose 5%.", "gauge"),
                ("The fund that owns stakes in startups rose 5%.", "fund"),
                (
                    "The Nasdaq biotech index that tracks drugmakers rose 5%.",
                    "Nasdaq biotech index",
                ),
                ("It was the first time that sales volumes rose 5%.", "sales volumes"),
                ("The belief that yields on bonds rose 5% helped.", "yields on bonds"),
                ("The fact that jobs growth rose 5% helped.", "jobs growth"),
                ("A sign that improved sales rose 5% helped.", "improved sales"),
            ]
        )
    ),
    # "The number of X" that a phrase modifies, after a verb of saying that opens the sentence
    # too: the far head; a participle in no -ed ("built") closes X.
    *(
        pytest.param(text, [(None, to, by, "down", subject)], id=f"said-far-head-{n}")
        for n, (text, to, by, subject) in enumerate(
            [
                (
                    "Aid groups say the number of trucks entering the territory fell to 13 a day.",
                    "13 a day",
                    None,
                    "number of trucks",
                ),
                (
                    "The ministry said that the number of people forced to flee war has fallen"
                    " to 5 million.",
                    "5 million",
                    None,
                    "number of people",
                ),
                (
                    "Analysts expect the number of homes built this year to fall 5%.",
                    None,
                    "5%",
                    "number of homes",
                ),
                ("He said prices of oil fell 5%.", None, "5%", "prices of oil"),
            ]
        )
    ),
    # An aside of examples (", such as ...,") between a subject and its verb, as a relative
    # clause: the subject before it; a relative after the examples is theirs.
    *(
        pytest.param(text, [(None, None, "5%", "down", subject)], id=f"such-as-aside-{n}")
        for n, (text, subject) in enumerate(
            [
                (
                    "The share of new leases with landlord concessions, such as one month of"
                    " free rent, dropped 5%.",
                    "share of new leases with landlord concessions",
                ),
                ("Prices of staples, such as rice and wheat, fell 5%.", "Prices of staples"),
                ("Prices rose for staples, such as rice, which fell 5%.", "rice"),
            ]
        )
    ),
    # "a record" before a noun of three words that leads the value with "of": the noun.
    *(
        pytest.param(text, [(None, to, "3%", "up", subject)], id=f"record-noun-of-{n}")
        for n, (text, to, subject) in enumerate(
            [
                (
                    "The sector had a record average asking price of 558,098 Zambian kwacha,"
                    " up 3% from December.",
                    "558,098 Zambian kwacha",
                    "average asking price",
                ),
                (
                    "Acme reported a record net profit of $5 billion, up 3%.",
                    "$5 billion",
                    "net profit",
                ),
                ("Acme reported a record high of $5 billion, up 3%.", "$5 billion", None),
            ]
        )
    ),
    # A verb in -s between two nouns before the "of" that leads a value: its object changed;
    # a plural that modifies the noun after it is no verb.
    *(
        pytest.param(text, [(None, to, "5.6%", "up", subject)], id=f"verb-in-s-noun-of-{n}")
        for n, (text, to, subject) in enumerate(
            [
                (
                    "The government's 2025 budget plans spending of 6,395 billion CFA francs,"
                    " up 5.6% from this year.",
                    "6,395 billion CFA francs",
                    "spending",
                ),
                (
                    "The ministry targets revenue of 5 billion euros, up 5.6%.",
                    "5 billion euros",
                    "revenue",
                ),
                (
                    "Acme reported sales growth of $5 billion, up 5.6%.",
                    "$5 billion",
                    "sales growth",
                ),
                (
                    "Acme reported US jobs growth of $5 billion, up 5.6%.",
                    "$5 billion",
                    "US jobs growth",
                ),
            ]
        )
    ),
    # A name's acronym in brackets inside the object of a far verb is a word of it.
    pytest.param(
        "Singapore tightened limits on Friday, lowering the loan-to-value limit for Housing and"
        " Development Board (HDB) loans to 80% from 85%.",
        [
            (
                "85%",
                "80%",
                None,
                "down",
                "loan-to-value limit for Housing and Development Board (HDB) loans",
            )
        ],
        id="far-object-holds-a-names-acronym",
    ),
    pytest.param(
        "Prices of Housing and Development Board (HDB) flats rose 2.7%.",
        [(None, None, "2.7%", "up", "Prices of Housing and Development Board (HDB) flats")],
        id="subject-holds-a-names-acronym",
    ),
    pytest.param(
        "Exports (EU) rose 2.7%.",
        [(None, None, "2.7%", "up", "Exports")],
        id="acronym-right-before-the-verb-ends-the-subject",
    ),
    # A suspended hyphen's first part and an age after its noun are words of the subject.
    *(
        pytest.param(text, [(None, None, "5%", "up", subject)], id=f"age-in-the-subject-{n}")
        for n, (text, subject) in enumerate(
            [
                (
                    "The rate for 18- to 20-year-olds will rise by 5%.",
                    "rate for 18- to 20-year-olds",
                ),
                (
                    "Prices of two- and three-bedroom flats rose 5%.",
                    "Prices of two- and three-bedroom flats",
                ),
                (
                    "The minimum wage for workers aged 21 and over will rise 5%.",
                    "minimum wage for workers aged 21 and over",
                ),
                (
                    "Unemployment among people aged 16 to 24 rose 5%.",
                    "Unemployment among people aged 16 to 24",
                ),
                ("Smoking among men aged 45 rose 5%.", "Smoking among men aged 45"),
                ("The number of 5-year-olds rose 5%.", "number of 5-year-olds"),
                (
                    "The jobless rate for those aged 15 to 24 rose 5%.",
                    "jobless rate for those aged 15 to 24",
                ),
                (
                    "Prices for those aged 65 and over will rise 5%.",
                    "Prices for those aged 65 and over",
                ),
                # Near misses: no noun before the age, a range of no hyphen.
                ("Those aged 15 to 24 rose 5%.", None),
                ("Prices rose 5% in 2022 to 2023.", "Prices"),
            ]
        )
    ),
    # A date after "due", "maturing", "ending" is the noun's, a word of the subject.
    *(
        pytest.param(text, [(None, None, "3%", way, subject)], id=f"dated-modifier-{n}")
        for n, (text, way, subject) in enumerate(
            [
                (
                    "Yields on interest rate futures due in January 2027 rose 3%.",
                    "up",
                    "Yields on interest rate futures due in January 2027",
                ),
                ("Bonds maturing in 2030 fell 3%.", "down", "Bonds maturing in 2030"),
                (
                    "Senegal's dollar bonds due 2028 fell 3%.",
                    "down",
                    "Senegal's dollar bonds due 2028",
                ),
                (
                    "Output in the quarter ending in June rose 3%.",
                    "up",
                    "Output in the quarter ending in June",
                ),
                # Near misses: a date of the change, no modifier before it.
                ("Sales in January 2027 rose 3%.", "up", "Sales"),
                ("Exports last year rose 3%.", "up", "Exports"),
            ]
        )
    ),
    # Examples after "such as" are of the noun before it: that noun changed.
    *(
        pytest.param(text, [(None, None, "5%", "up", subject)], id=f"such-as-examples-{n}")
        for n, (text, subject) in enumerate(
            [
                ("Staples such as rice rose 5%.", "Staples"),
                ("Prices of staples such as rice and wheat rose 5%.", "Prices of staples"),
                ("Commodities such as copper, zinc and oil rose 5%.", "Commodities"),
                (
                    "Emerging-market currencies such as the rand rose 5%.",
                    "Emerging-market currencies",
                ),
                # Near misses: a relative clause's antecedent, an aside set off by commas.
                ("Prices rose for staples, such as rice, which rose 5%.", "rice"),
                ("Prices of goods, such as rice, rose 5%.", "Prices of goods"),
            ]
        )
    ),
    # A short aside of who says so between a subject and its verb: the subject before it.
    *(
        pytest.param(text, [(None, None, "2%", "down", subject)], id=f"reporting-aside-{n}")
        for n, (text, subject) in enumerate(
            [
                (
                    "Container volumes at the Port of Hamburg, he noted, had slipped by 2%.",
                    "Container volumes at the Port of Hamburg",
                ),
                ("Prices of rice, analysts said, fell 2% in May.", "Prices of rice"),
                ("Rice prices, according to the ministry, fell 2%.", "Rice prices"),
                ("Sales, the company said, fell 2%.", "Sales"),
                # Near miss: the aside after an opening phrase, not after the subject.
                ("In Hamburg, he noted, volumes fell 2%.", "volumes"),
            ]
        )
    ),
    # A change in steps is a manner of the noun of change, no subject.
    *(
        pytest.param(text, [(None, None, "5%", "up", subject)], id=f"steps-are-a-manner-{n}")
        for n, (text, subject) in enumerate(
            [
                ("The two-step rise of 5% is the largest since 2006.", None),
                ("A three-stage increase of 5% was approved.", None),
                ("The two-step wage rise of 5% is the largest.", "wage"),
            ]
        )
    ),
    # ", a fall of" after a clause: the noun restates the move of the verb that opens the
    # sentence, when it goes the same way (or is a level's verb) and has no object.
    *(
        pytest.param(text, [(None, None, "2%", way, subject)], id=f"apposed-noun-of-change-{n}")
        for n, (text, way, subject) in enumerate(
            [
                (
                    "The hryvnia weakened to 98.39 per dollar on the interbank market in its"
                    " first hours of trading, a fall of 2%.",
                    "down",
                    "hryvnia",
                ),
                ("The rand weakened on Monday, a fall of 2%.", "down", "rand"),
                ("Sales rose sharply last year, an increase of 2%.", "up", "Sales"),
                # Near misses: the other way, a verb's object, two clauses, no change verb.
                ("The rand weakened on Monday, a rise of 2%.", "up", None),
                ("The bank cut rates on Monday, a fall of 2%.", "down", None),
                ("Oil fell and gold rose, a rise of 2%.", "up", None),
                ("Soy was planted on 54 million hectares, an increase of 2%.", "up", None),
            ]
        )
    ),
    # A restrictive relative's past verb in -ed and its object after a noun a determiner
    # leads are no subject; a change word, an adjective or a noun's "that" clause keep theirs.
    *(
        pytest.param(text, [(None, None, "5%", "up", subject)], id=f"relative-past-verb-{n}")
        for n, (text, subject) in enumerate(
            [
                ("The index that tracked chipmakers rose 5%.", "index"),
                ("An index that measured factory activity rose 5%.", "index"),
                ("A fund that owned bonds rose 5%.", "fund"),
                ("The index that tracks chipmakers rose 5%.", "index"),
                ("It was a sign that improved sales rose 5%.", "improved sales"),
                ("The view that stretched valuations rose 5% is wrong.", "stretched valuations"),
                ("The fact that increased costs rose 5% hurt.", "increased costs"),
            ]
        )
    ),
]


GAPPED_CASES = [
    # A date after "and" (maybe after "once" or "again") before "by" or "to" leads the same
    # subject's next move; a clause of its own after the date does not.
    pytest.param(
        "The lira fell 40% in 2023 and once in 2024, by 49% to 17,002.",
        [
            (None, None, "40%", "down", "lira"),
            (None, "17,002", "49%", "down", "lira"),
        ],
        id="gapped-led-by-once-in-a-year",
    ),
    pytest.param(
        "Profit rose to $5bn in 2023 and in 2024 to $6bn.",
        [(None, "$5bn", None, "up", "Profit"), (None, "$6bn", None, "up", "Profit")],
        id="gapped-led-by-in-a-year-to",
    ),
    pytest.param(
        "Exports rose 5% in 2023 and in 2024, by contrast, imports fell 3%.",
        [(None, None, "5%", "up", "Exports"), (None, None, "3%", "down", "imports")],
        id="gapped-not-a-date-before-a-clause",
    ),
    pytest.param(
        "Profit rose 5% in 2023 and in 2024 3% of staff left.",
        [(None, None, "5%", "up", "Profit")],
        id="gapped-not-a-date-before-a-share",
    ),
    # A place after "in" (a place record, or a capitalized name: a bloc) leads or follows a
    # gapped item of the same subject; a subject that held its own place after "in" shares
    # its head alone.
    pytest.param(
        "Emissions in India are expected to rise 8.2% and in China by 4.0%.",
        [
            (None, None, "8.2%", "up", "Emissions in India"),
            (None, None, "4.0%", "up", "Emissions"),
        ],
        id="gapped-led-by-in-a-place",
    ),
    pytest.param(
        "Home prices in New York rose 5% and in Boston 3%.",
        [
            (None, None, "5%", "up", "Home prices in New York"),
            (None, None, "3%", "up", "Home prices"),
        ],
        id="gapped-led-by-in-a-place-no-by",
    ),
    pytest.param(
        "Emissions rose 8.2% and in the European Union by 4.0%.",
        [(None, None, "8.2%", "up", "Emissions"), (None, None, "4.0%", "up", "Emissions")],
        id="gapped-led-by-in-a-bloc",
    ),
    # Another preposition leading the gapped item names the same head's other complement.
    pytest.param(
        "The measures cut water for farming by 80% and for industry by 25%.",
        [
            (None, None, "80%", "down", "water for farming"),
            (None, None, "25%", "down", "water"),
        ],
        id="gapped-led-by-for-object-after-the-verb",
    ),
    pytest.param(
        "Spending on defence rose 5% and on health 3%.",
        [
            (None, None, "5%", "up", "Spending on defence"),
            (None, None, "3%", "up", "Spending"),
        ],
        id="gapped-led-by-on-subject-before-the-verb",
    ),
    pytest.param(
        "The plan cuts taxes by 5% and on fuel by 10%.",
        [(None, None, "5%", "down", "taxes")],
        id="gapped-led-by-on-no-complement-to-share",
    ),
    pytest.param(
        "Emissions are expected to fall 7.4% in the European Union and 3.0% in the United States.",
        [(None, None, "7.4%", "down", "Emissions"), (None, None, "3.0%", "down", "Emissions")],
        id="gapped-after-in-a-bloc",
    ),
    pytest.param(
        "Sales rose 5% in April and in May by 3%.",
        [(None, None, "5%", "up", "Sales"), (None, None, "3%", "up", "Sales")],
        id="gapped-led-by-in-a-date",
    ),
    pytest.param(  # near miss: a share after "and" is no gapped item
        "Prices rose 5% in the European Union and 20% of analysts agreed.",
        [(None, None, "5%", "up", "Prices")],
        id="gapped-after-in-a-bloc-not-a-share",
    ),
    # A clause of its own after "but": a verb of expecting, or a noun's "of" before the
    # value, makes no gapped item ("profit 7%" after "and" still does, below).
    pytest.param(
        "The economy shrank 2.1% in 2022 but the bank expects growth of 1.5%-2.5% this year.",
        [(None, None, "2.1%", "down", "economy")],
        id="gapped-not-a-clause-with-expects",
    ),
    # A place alone names a gapped item's subject after a change whose subject is a place
    # alone opening the sentence; after another subject, or a date, it names none.
    pytest.param(
        "France expanded 0.2% and Spain 0.7%.",
        [(None, None, "0.2%", "up", "France"), (None, None, "0.7%", "up", "Spain")],
        id="gapped-place-after-a-place",
    ),
    pytest.param(
        "Germany grew 0.3%, Italy 0.2% and France 0.1%.",
        [
            (None, None, "0.3%", "up", "Germany"),
            (None, None, "0.2%", "up", "Italy"),
            (None, None, "0.1%", "up", "France"),
        ],
        id="gapped-places-listed-after-a-place",
    ),
    pytest.param(
        "Exports to China rose 5% and Japan 3%.",
        [(None, None, "5%", "up", "Exports to China")],
        id="gapped-place-after-another-subject-no-item",
    ),
    pytest.param(
        "Sales rose 5% on Monday and Tuesday 3%.",
        [(None, None, "5%", "up", "Sales")],
        id="gapped-date-no-item",
    ),
    # A second change that leaves its verb out: its own noun, else the first's subject.
    pytest.param(
        "Revenue rose 5% to $3 billion and profit 7% to $1 billion.",
        [
            (None, "$3 billion", "5%", "up", "Revenue"),
            (None, "$1 billion", "7%", "up", "profit"),
        ],
        id="gapped-by-to-with-noun",
    ),
    pytest.param(
        "Profit rose 10% in the first half and 12% in the second.",
        [(None, None, "10%", "up", "Profit"), (None, None, "12%", "up", "Profit")],
        id="gapped-after-a-date-same-subject",
    ),
    pytest.param(
        "Revenue rose to $3 billion and profit to $1 billion.",
        [(None, "$3 billion", None, "up", "Revenue"), (None, "$1 billion", None, "up", "profit")],
        id="gapped-to-with-noun",
    ),
    pytest.param(
        "Sales rose 4%, and operating profit 9%.",
        [(None, None, "4%", "up", "Sales"), (None, None, "9%", "up", "operating profit")],
        id="gapped-comma-and-two-word-noun",
    ),
    pytest.param(
        "The index fell 1.2% and the Nasdaq 2%.",
        [(None, None, "1.2%", "down", "index"), (None, None, "2%", "down", "Nasdaq")],
        id="gapped-named-index",
    ),
    pytest.param(
        "Revenue rose 6% and profit 10% to $2bn.",
        [(None, None, "6%", "up", "Revenue"), (None, "$2bn", "10%", "up", "profit")],
        id="gapped-second-has-its-own-end",
    ),
    pytest.param(
        "Inflation rose to 3% and unemployment 5%.",
        [(None, "3%", None, "up", "Inflation"), (None, "5%", None, "up", "unemployment")],
        id="gapped-end-without-to",
    ),
    pytest.param(
        "Brent crude rose 1.5% to $85.20 a barrel and U.S. West Texas Intermediate 1.7% to $80.10.",
        [
            (None, "$85.20", "1.5%", "up", "Brent crude"),
            (None, "$80.10", "1.7%", "up", "U.S. West Texas Intermediate"),
        ],
        id="gapped-after-a-per-unit-with-a-long-name",
    ),
    pytest.param(
        "Revenue rose 3% but profit 2%.",
        [(None, None, "3%", "up", "Revenue"), (None, None, "2%", "up", "profit")],
        id="gapped-after-but",
    ),
    pytest.param(
        "The vaccine cut deaths by 90% and hospitalisations by 80%.",
        [(None, None, "90%", "down", "deaths"), (None, None, "80%", "down", "hospitalisations")],
        id="gapped-by-with-noun",
    ),
    pytest.param(
        "Prices climbed 2% last month and nearly 5% over the year.",
        [(None, None, "2%", "up", "Prices"), (None, None, "nearly 5%", "up", "Prices")],
        id="gapped-after-a-bare-date",
    ),
    pytest.param(
        "The pound rose 0.3% against the dollar and 0.2% against the euro.",
        [(None, None, "0.3%", "up", "pound"), (None, None, "0.2%", "up", "pound")],
        id="gapped-after-against-the-currency",
    ),
    pytest.param(
        "Rents rose by 5% in London and by 3% in Manchester.",
        [(None, None, "5%", "up", "Rents"), (None, None, "3%", "up", "Rents")],
        id="gapped-by-after-a-place",
    ),
    pytest.param(
        "Inflation slowed to 2.1% in May from 2.4% in April and core inflation to 2.6%.",
        [
            ("2.4%", "2.1%", None, "down", "Inflation"),
            (None, "2.6%", None, "down", "core inflation"),
        ],
        id="gapped-to-after-a-change-from",
    ),
    pytest.param(
        "Exports rose to $5bn from $4bn and imports $3bn.",
        [("$4bn", "$5bn", None, "up", "Exports")],
        id="gapped-not-a-bare-value-after-from",
    ),
    # A place after "and" is where, not what changed ("exports to Italy"): none.
    pytest.param(
        "Exports to Germany fell 3% and Italy 2%.",
        [(None, None, "3%", "down", "Exports to Germany")],
        id="gapped-not-a-place",
    ),
    # Near misses: a share, a verb of its own, a noun after the value.
    pytest.param(
        "Shares rose 5% and 20% of analysts now rate the stock a buy.",
        [(None, None, "5%", "up", "Shares")],
        id="gapped-not-a-share-of",
    ),
    pytest.param(
        "Exports fell 4% and imports were 3% higher.",
        [(None, None, "4%", "down", "Exports")],
        id="gapped-not-past-a-copula",
    ),
    pytest.param(
        "Sales rose 5% and a 10% stake was sold.",
        [(None, None, "5%", "up", "Sales")],
        id="gapped-not-before-a-noun",
    ),
    pytest.param(
        "Costs rose 5% and Friday 3%.",
        [(None, None, "5%", "up", "Costs")],
        id="gapped-not-a-date-as-noun",
    ),
    pytest.param(
        "Net income rose 20% to $5 million, and revenue grew 8% to $40 million.",
        [
            (None, "$5 million", "20%", "up", "Net income"),
            (None, "$40 million", "8%", "up", "revenue"),
        ],
        id="gapped-not-when-second-has-a-verb",
    ),
    # A place's possessive leads the gapped name, as it does the change's before, and a
    # number may end it ("France's CAC 40").
    pytest.param(
        "Germany's DAX fell 1.1% and France's CAC 40 0.9%.",
        [
            (None, None, "1.1%", "down", "Germany's DAX"),
            (None, None, "0.9%", "down", "France's CAC 40"),
        ],
        id="gapped-after-a-place-possessive-with-a-number",
    ),
    pytest.param(
        "London's FTSE 100 rose 0.5% and the Stoxx 600 0.3%.",
        [(None, None, "0.5%", "up", "London's FTSE 100"), (None, None, "0.3%", "up", "Stoxx 600")],
        id="gapped-name-with-a-number",
    ),
    # A list: items after a comma alone count where "and" closes it.
    pytest.param(
        "The S&P 500 rose 0.5%, the Nasdaq 0.8% and the Dow 0.3%.",
        [
            (None, None, "0.5%", "up", "S&P 500"),
            (None, None, "0.8%", "up", "Nasdaq"),
            (None, None, "0.3%", "up", "Dow"),
        ],
        id="gapped-list",
    ),
    pytest.param(
        "Japan's Nikkei rose 0.8%, South Korea's Kospi 1.2% and Hong Kong's Hang Seng 0.5%.",
        [
            (None, None, "0.8%", "up", "Japan's Nikkei"),
            (None, None, "1.2%", "up", "South Korea's Kospi"),
            (None, None, "0.5%", "up", "Hong Kong's Hang Seng"),
        ],
        id="gapped-list-of-possessive-places",
    ),
    pytest.param(
        "Gold rose 1% to $2,350 an ounce, silver 2% to $30 and platinum 1.5% to $1,000.",
        [
            (None, "$2,350", "1%", "up", "Gold"),
            (None, "$30", "2%", "up", "silver"),
            (None, "$1,000", "1.5%", "up", "platinum"),
        ],
        id="gapped-list-with-levels",
    ),
    pytest.param(
        "Oil rose 2%, gold 1%, and copper 3%.",
        [
            (None, None, "2%", "up", "Oil"),
            (None, None, "1%", "up", "gold"),
            (None, None, "3%", "up", "copper"),
        ],
        id="gapped-list-serial-comma",
    ),
    # Near misses: no "and" closes the list; an item names nothing; kinds differ.
    pytest.param(
        "Exports rose 5%, imports 3%.",
        [(None, None, "5%", "up", "Exports")],
        id="gapped-list-not-without-and",
    ),
    pytest.param(
        "Prices rose 3% in May, 2% in April and 1% in March.",
        [
            (None, None, "3%", "up", "Prices"),
            (None, None, "2%", "up", "Prices"),
            (None, None, "1%", "up", "Prices"),
        ],
        id="gapped-list-of-dated-sizes",
    ),
    pytest.param(
        "Home prices rose 0.5% in Sydney, 0.3% in Melbourne and 0.1% in Brisbane.",
        [
            (None, None, "0.5%", "up", "Home prices"),
            (None, None, "0.3%", "up", "Home prices"),
            (None, None, "0.1%", "up", "Home prices"),
        ],
        id="gapped-list-of-placed-sizes",
    ),
    pytest.param(
        "Prices rose 3% in May, 2% in April.",
        [(None, None, "3%", "up", "Prices")],
        id="gapped-list-not-dated-without-and",
    ),
    pytest.param(
        "Unemployment fell to 3.9% in May, 4.0% in April and 4.1% in March.",
        [(None, "3.9%", None, "down", "Unemployment")],
        id="gapped-list-not-of-dated-levels",
    ),
    pytest.param(
        "Exports rose 3% in May, 2% of them to China and 1% in March.",
        [(None, None, "3%", "up", "Exports")],
        id="gapped-list-not-an-undated-item",
    ),
    # A comparison of periods after a value ("month on month") may stand before "and".
    pytest.param(
        "Consumer prices rose 0.3% month on month and 3.2% year on year.",
        [
            (None, None, "0.3%", "up", "Consumer prices"),
            (None, None, "3.2%", "up", "Consumer prices"),
        ],
        id="gapped-after-period-on-period",
    ),
    pytest.param(
        "Exports rose 3% year on year and imports 5%.",
        [(None, None, "3%", "up", "Exports"), (None, None, "5%", "up", "imports")],
        id="gapped-noun-after-period-on-period",
    ),
    pytest.param(
        "Prices rose 0.3% month on month and 3.2% of households said so.",
        [(None, None, "0.3%", "up", "Prices")],
        id="gapped-not-a-share-after-period-on-period",
    ),
    pytest.param(
        "Revenue rose 5%, 20% of analysts said, and profit 3%.",
        [(None, None, "5%", "up", "Revenue")],
        id="gapped-list-not-past-a-share",
    ),
    pytest.param(
        "Stocks rose 2%, Treasury yields 10 basis points and the dollar 0.5%.",
        [
            (None, None, "2%", "up", "Stocks"),
            (None, None, "10 basis points", "up", "Treasury yields"),
            (None, None, "0.5%", "up", "dollar"),
        ],
        id="gapped-list-of-another-unit",
    ),
    pytest.param(
        "Stocks rose 2%, Treasury yields 10 basis points and bonds $5 million.",
        [(None, None, "2%", "up", "Stocks")],
        id="gapped-list-not-of-another-kind",
    ),
    # After a move "against" a currency, a currency's name is what it moved against.
    pytest.param(
        "The dollar rose 0.5% against the yen, the euro 0.3% and sterling 0.2%.",
        [
            (None, None, "0.5%", "up", "dollar"),
            (None, None, "0.3%", "up", "dollar"),
            (None, None, "0.2%", "up", "dollar"),
        ],
        id="gapped-list-of-counterpart-currencies",
    ),
    pytest.param(
        "The dollar rose 0.5% against the yen and the euro 0.3%.",
        [(None, None, "0.5%", "up", "dollar"), (None, None, "0.3%", "up", "dollar")],
        id="gapped-counterpart-currency",
    ),
    # Two subjects joined by "and" take two values joined by "and", in turn.
    pytest.param(
        "Revenue and profit rose 5% and 7%, respectively.",
        [(None, None, "5%", "up", "Revenue"), (None, None, "7%", "up", "profit")],
        id="respective-pair",
    ),
    pytest.param(
        "The Dow and S&P 500 fell 1.2% and 0.8% respectively.",
        [(None, None, "1.2%", "down", "Dow"), (None, None, "0.8%", "down", "S&P 500")],
        id="respective-pair-of-names",
    ),
    pytest.param(
        "Germany's DAX and France's CAC 40 fell 1.1% and 0.9%, respectively.",
        [
            (None, None, "1.1%", "down", "Germany's DAX"),
            (None, None, "0.9%", "down", "France's CAC 40"),
        ],
        id="respective-pair-after-owners",
    ),
    pytest.param(
        "Inflation and unemployment fell to 3% and 4%, respectively.",
        [(None, "3%", None, "down", "Inflation"), (None, "4%", None, "down", "unemployment")],
        id="respective-pair-of-levels",
    ),
    pytest.param(
        "The company said revenue and profit rose 5% and 7%.",
        [(None, None, "5%", "up", "revenue"), (None, None, "7%", "up", "profit")],
        id="respective-pair-after-a-reporting-verb",
    ),
    # Near misses: values apart, one phrase with "and", one value.
    pytest.param(
        "Revenue and profit rose 5% in May and 7% in June.",
        [
            (None, None, "5%", "up", "Revenue and profit"),
            (None, None, "7%", "up", "Revenue and profit"),
        ],
        id="respective-not-values-apart",
    ),
    pytest.param(
        "Sales in Europe and Asia rose 5% and 7%, respectively.",
        [
            (None, None, "5%", "up", "Sales in Europe and Asia"),
            (None, None, "7%", "up", "Sales in Europe and Asia"),
        ],
        id="respective-not-one-phrase",
    ),
    pytest.param(
        "Revenue, profit and sales rose 5%, 7% and 9%, respectively.",
        [
            (None, None, "5%", "up", "Revenue"),
            (None, None, "7%", "up", "profit"),
            (None, None, "9%", "up", "sales"),
        ],
        id="respective-list-of-three",
    ),
    pytest.param(
        "The S&P 500, the Dow and the Nasdaq fell 1.2%, 0.8% and 1.5%, respectively.",
        [
            (None, None, "1.2%", "down", "S&P 500"),
            (None, None, "0.8%", "down", "Dow"),
            (None, None, "1.5%", "down", "Nasdaq"),
        ],
        id="respective-list-of-three-names",
    ),
    pytest.param(
        "In London, house prices and rents rose 3% and 5%, respectively.",
        [(None, None, "3%", "up", "house prices"), (None, None, "5%", "up", "rents")],
        id="respective-pair-after-an-opening-phrase",
    ),
    pytest.param(
        "Prices rose 5%, 7% and 9%, respectively, in the three regions.",
        [
            (None, None, "5%", "up", "Prices"),
            (None, None, "7%", "up", "Prices"),
            (None, None, "9%", "up", "Prices"),
        ],
        id="respective-list-of-values-one-subject",
    ),
    pytest.param(
        "Sales rose 5%, 3% and 2% in the three regions.",
        [(None, None, "5%", "up", "Sales")],
        id="respective-not-a-bare-list-without-respectively",
    ),
    pytest.param(
        "Shares rose and the index fell 2% and 3%, respectively.",
        [(None, None, "2%", "down", "index"), (None, None, "3%", "down", "index")],
        id="respective-not-a-clause-before-and",
    ),
    # Values of different units (per cent, points) pair with subjects by "respectively" or
    # by a gapped noun; a bare second value of another unit names no change of its own.
    pytest.param(
        "Revenue, profit and margins rose 5%, 7% and 2 percentage points, respectively.",
        [
            (None, None, "5%", "up", "Revenue"),
            (None, None, "7%", "up", "profit"),
            (None, None, "2 percentage points", "up", "margins"),
        ],
        id="respective-list-of-mixed-units",
    ),
    pytest.param(
        "Sales and operating margin rose 4% and 150 basis points, respectively.",
        [
            (None, None, "4%", "up", "Sales"),
            (None, None, "150 basis points", "up", "operating margin"),
        ],
        id="respective-pair-of-mixed-units",
    ),
    pytest.param(
        "Revenue rose 5% and margins 2 percentage points.",
        [(None, None, "5%", "up", "Revenue"), (None, None, "2 percentage points", "up", "margins")],
        id="gapped-noun-of-another-unit",
    ),
    pytest.param(
        "Sales rose 5% and 2 percentage points.",
        [(None, None, "5%", "up", "Sales")],
        id="gapped-not-a-bare-value-of-another-unit",
    ),
    pytest.param(
        "Sales rose 5% in May and 2 percentage points in June.",
        [(None, None, "5%", "up", "Sales")],
        id="gapped-not-a-dated-value-of-another-unit",
    ),
    # "those in X", "that of X" stand for the head of the subject before, in its sentence.
    pytest.param(
        "Home prices in Sydney rose 1.2% in May, while those in Melbourne fell 0.3%.",
        [
            (None, None, "1.2%", "up", "Home prices in Sydney"),
            (None, None, "0.3%", "down", "Home prices in Melbourne"),
        ],
        id="those-in-takes-the-head-before",
    ),
    pytest.param(
        "The cost of living rose 3% and that of housing 5%.",
        [
            (None, None, "3%", "up", "cost of living"),
            (None, None, "5%", "up", "cost of housing"),
        ],
        id="that-of-in-a-gapped-change",
    ),
    pytest.param(
        "Sydney home prices rose 1.2%, while those in Melbourne fell 0.3%.",
        [
            (None, None, "1.2%", "up", "Sydney home prices"),
            (None, None, "0.3%", "down", None),
        ],
        id="those-in-without-a-head-names-nothing",
    ),
    pytest.param(
        "Exports to China rose 5.3 percent to $14.7 billion, while those to the United States"
        " gained 2.1 percent to $13.2 billion.",
        [
            (None, "$14.7 billion", "5.3 percent", "up", "Exports to China"),
            (None, "$13.2 billion", "2.1 percent", "up", "Exports to the United States"),
        ],
        id="those-to-the-takes-the-head-before",
    ),
    pytest.param(
        "Loans with fixed rates rose 5%, while those with variable rates fell 2%.",
        [
            (None, None, "5%", "up", "Loans with fixed rates"),
            (None, None, "2%", "down", "Loans with variable rates"),
        ],
        id="those-with-takes-the-head-before",
    ),
    pytest.param(
        "Those in Europe fell 3%.",
        [(None, None, "3%", "down", None)],
        id="those-with-no-change-before-names-nothing",
    ),
    pytest.param(
        "Exports to China rose 5%. Those to Japan fell 2%.",
        [(None, None, "5%", "up", "Exports to China"), (None, None, "2%", "down", None)],
        id="those-after-another-sentence-names-nothing",
    ),
    pytest.param(
        "Those in charge said prices rose 5%.",
        [(None, None, "5%", "up", "prices")],
        id="those-not-before-the-subject",
    ),
    # A name's possessive with its noun left out takes the head noun of the subject before.
    pytest.param(
        "Hess shares fell 2% to $264.54 in premarket trading, while Chevron's slipped 4.1% to"
        " $282.41.",
        [
            (None, "$264.54", "2%", "down", "Hess shares"),
            (None, "$282.41", "4.1%", "down", "Chevron's shares"),
        ],
        id="owner-with-its-noun-left-out",
    ),
    pytest.param(
        "Home prices in Sydney rose 1.2%, while Melbourne's fell 0.3%.",
        [
            (None, None, "1.2%", "up", "Home prices in Sydney"),
            (None, None, "0.3%", "down", "Melbourne's prices"),
        ],
        id="owner-with-its-noun-left-out-linked-head",
    ),
    pytest.param(
        "Shares of Nvidia jumped 6%, while AMD's fell 2%.",
        [
            (None, None, "6%", "up", "Shares of Nvidia"),
            (None, None, "2%", "down", "AMD's shares"),
        ],
        id="owner-with-its-noun-left-out-opening-head",
    ),
    pytest.param(
        "Apple rose 2%, while Microsoft's fell 1%.",
        [(None, None, "2%", "up", "Apple"), (None, None, "1%", "down", None)],
        id="owner-after-a-name-takes-nothing",
    ),
    pytest.param(
        "Hess shares fell 2%. Chevron's slipped 4.1%.",
        [(None, None, "2%", "down", "Hess shares"), (None, None, "4.1%", "down", None)],
        id="owner-in-another-sentence-takes-nothing",
    ),
    pytest.param(
        "The S&P 500 lost 1%, while Japan's Nikkei fell 2%.",
        [(None, None, "1%", "down", "S&P 500"), (None, None, "2%", "down", "Japan's Nikkei")],
        id="owner-with-its-noun-unchanged",
    ),
    # A word in -ed after "of" or "the" right before the verb is a noun; "used" an adjective.
    pytest.param(
        "The number of unemployed rose by 50,000 to 1.5 million.",
        [(None, "1.5 million", "50,000", "up", "number of unemployed")],
        id="subject-ed-noun-after-of",
    ),
    pytest.param(
        "Prices for used cars fell 1.9% in April.",
        [(None, None, "1.9%", "down", "Prices for used cars")],
        id="subject-used-is-an-adjective",
    ),
    pytest.param(
        "The benchmark price of a detached home in Vancouver dropped to C$2.0 million.",
        [(None, "C$2.0 million", None, "down", "benchmark price of a detached home in Vancouver")],
        id="subject-detached-is-an-adjective",
    ),
    pytest.param(
        "Rents for furnished apartments in Berlin rose 8%.",
        [(None, None, "8%", "up", "Rents for furnished apartments in Berlin")],
        id="subject-furnished-is-an-adjective",
    ),
    pytest.param(
        "The rate was raised to 5%.",
        [(None, "5%", None, "up", "rate")],
        id="subject-ed-verb-after-was",
    ),
    pytest.param(
        "Prices rose 0.5 per cent m/m and 3.2 per cent y/y.",
        [
            (None, None, "0.5 per cent", "up", "Prices"),
            (None, None, "3.2 per cent", "up", "Prices"),
        ],
        id="abbreviated-period-comparisons-list",
    ),
    pytest.param(
        "Sales rose 2% q/q and 5% yoy.",
        [(None, None, "2%", "up", "Sales"), (None, None, "5%", "up", "Sales")],
        id="abbreviated-period-comparisons-list-2",
    ),
]


PASSED_LEVEL_CASES = [
    # A money or percentage value right after a verb of passing is where a change went.
    pytest.param(
        "Bitcoin topped $100,000 for the first time.",
        [(None, "$100,000", None, "up", "Bitcoin")],
        id="passed-topped",
    ),
    pytest.param(
        "Nvidia's market value surpassed $3 trillion.",
        [(None, "$3 trillion", None, "up", "market value")],
        id="passed-surpassed",
    ),
    pytest.param(
        "Unemployment crossed 10% in March.",
        [(None, "10%", None, "up", "Unemployment")],
        id="passed-crossed-percentage",
    ),
    pytest.param(
        "The index crossed the $1,000 mark last week.",
        [(None, "$1,000", None, "up", "index")],
        id="passed-the-mark",
    ),
    pytest.param(
        "Sales topped $1bn in the quarter.",
        [(None, "$1bn", None, "up", "Sales")],
        id="passed-before-a-dated-in",
    ),
    pytest.param(
        "Bitcoin crossed the $50,000 level, up 5% on the day.",
        [(None, "$50,000", "5%", "up", "Bitcoin")],
        id="passed-the-level-then-up-by",
    ),
    pytest.param(
        "Donations topped $2 million within days.",
        [(None, "$2 million", None, "up", "Donations")],
        id="passed-before-within",
    ),
    pytest.param(
        "The average price of a gallon of gas hit $5 for the first time.",
        [(None, "$5", None, "up", "average price of a gallon of gas")],
        id="reached-for-the-first-time",
    ),
    pytest.param("Unemployment hit 10%.", [], id="reached-alone-stays-none"),
    pytest.param("He set $5m for the first time.", [], id="record-setting-verb-not-reached"),
    # Near misses: an estimate after "of", a value before a noun, a stated level.
    pytest.param("Revenue topped estimates of $4bn.", [], id="passed-not-an-estimate-of"),
    pytest.param("The company topped $4bn estimates.", [], id="passed-not-before-a-noun"),
    pytest.param("The firm topped the $4bn forecast.", [], id="passed-not-the-forecast"),
    pytest.param("He crossed the $5 bridge.", [], id="passed-not-the-noun"),
    pytest.param("Costs exceeded $1m.", [], id="passed-not-exceeded"),
    pytest.param(
        "The average rent for a two-bedroom apartment tops $3,900 a month.",
        [],
        id="passed-not-a-present-level",
    ),
]


ESTIMATE_CASES = [
    # A sized noun of change after a noun of what was expected and "of"/"for": no change.
    pytest.param(
        "Same-store sales rose 3.2%, missing estimates of a 4% rise.",
        [(None, None, "3.2%", "up", "Same-store sales")],
        id="estimate-of-a-rise",
    ),
    pytest.param(
        "Exports fell 2%, beating forecasts for a 3% decline.",
        [(None, None, "2%", "down", "Exports")],
        id="forecasts-for-a-decline",
    ),
    pytest.param(
        "Sales rose 5%, ahead of the consensus of an 8% increase.",
        [(None, None, "5%", "up", "Sales")],
        id="consensus-of-an-increase",
    ),
    # Near misses: "of" after another noun keeps the change.
    pytest.param(
        "It is part of a 5% rise in costs.",
        [(None, None, "5%", "up", "costs")],
        id="part-of-a-rise-stays",
    ),
]


VALUE_LOST_CASES = [
    # After what was lost ("of its value") and a date, a participle goes on with the subject.
    pytest.param(
        "The company's shares have lost a third of their value this year, falling to $12.",
        [(None, None, "a third", "down", "shares"), (None, "$12", None, "down", "shares")],
        id="value-lost-then-participle-subject",
    ),
    pytest.param(
        "The stock lost 8% of its value on Tuesday, closing at $45.",
        [(None, "$45", "8%", "down", "stock")],
        id="value-lost-then-closing-at",
    ),
    pytest.param(
        "Shares fell 5% this week, hitting $20.",
        [(None, "$20", "5%", "down", "Shares")],
        id="this-week-then-hitting",
    ),
    # Near miss: another clause's subject between keeps the participle's own.
    pytest.param(
        "Shares fell 5% this week, and bonds rose, climbing to $20.",
        [(None, None, "5%", "down", "Shares"), (None, "$20", None, "up", None)],
        id="other-clause-then-participle",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VALUE_LOST_CASES)
def test_changes_after_value_lost(extractor: Extractor, text: str, expected: list[Row]) -> None:
    article = _extract(extractor, text)
    assert [_row(c) for c in article.changes] == expected


@pytest.mark.parametrize(("text", "expected"), ESTIMATE_CASES)
def test_changes_estimates_are_no_change(
    extractor: Extractor, text: str, expected: list[Row]
) -> None:
    article = _extract(extractor, text)
    assert [_row(c) for c in article.changes] == expected


@pytest.mark.parametrize(("text", "expected"), PASSED_LEVEL_CASES)
def test_changes_passed_level(extractor: Extractor, text: str, expected: list[Row]) -> None:
    article = _extract(extractor, text)
    assert [_row(c) for c in article.changes] == expected


@pytest.mark.parametrize(("text", "expected"), GAPPED_CASES)
def test_changes_gapped(extractor: Extractor, text: str, expected: list[Row]) -> None:
    article = _extract(extractor, text)
    assert [_row(c) for c in article.changes] == expected


@pytest.mark.parametrize(("text", "expected"), CHANGE_CASES)
def test_changes_table(extractor: Extractor, text: str, expected: list[Row]) -> None:
    article = _extract(extractor, text)
    assert [_row(c) for c in article.changes] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Separately, prices, wages and rents rose 5%.",
        "In Europe, prices, wages and rents rose 5%.",
        "Meanwhile, exports, imports and output fell 3%.",
        "On Monday, stocks, bonds and oil fell 3%.",
    ],
)
def test_changes_list_leaves_out_an_opening_adverbial(extractor: Extractor, text: str) -> None:
    """A list's subject never reaches back over an adverbial set off by a comma: the
    adverbial is no item ("Separately", "In Europe", "On Monday")."""
    article = _extract(extractor, text)
    opener = text.split(",", 1)[0]
    assert [c.subject for c in article.changes if c.subject and opener in c.subject] == []


NOT_CHANGE_CASES = [
    # A multiplier is no size of a change: "by a factor of 10" is no "by 10" (the change
    # it makes states a factor: test_changes_multiple_factor).
    pytest.param("The risk is higher by a factor of 2.5.", id="higher-by-a-factor-of"),
    # A verb of causing a move before a comparative of a noun: no object moved.
    pytest.param("He drove 20% higher prices.", id="drove-a-higher-noun"),
    pytest.param("The company sent 5% more shipments to China.", id="sent-more-noun"),
    # ... nor before "to" and no percentage or sum.
    pytest.param("The storm pushed the death toll to 50.", id="pushed-to-a-count"),
    pytest.param("He sent a letter of complaint to 50 officials.", id="sent-object-of-to-a-count"),
    pytest.param("They pushed the vote to 2026.", id="pushed-to-a-year"),
    pytest.param("The company sent $5 million to Ukraine.", id="sent-a-sum-to"),
    # "extended" changes a lead only: credit, a deadline or a loan extended is no change.
    pytest.param("The bank extended credit to 5,000 farmers.", id="extended-credit-to-a-count"),
    pytest.param("The company extended the deadline by 30 days.", id="extended-a-deadline-by"),
    pytest.param("The bank extended its loan to $5 million.", id="extended-a-loan-to-a-sum"),
    pytest.param("The city tightened rules for 3,000 companies.", id="tightened-rules-for-a-count"),
    pytest.param("A new policy pushed 30% of workers to quit.", id="pushed-a-share-to"),
    pytest.param("Revenue was $5 billion, down 3,000 jobs.", id="count-comma-down-other-kind"),
    pytest.param("The temperature hit a high of 35C.", id="measure-hit-a-high-of"),
    # A verb's object that ends at "and" leaves the value after it to another item.
    pytest.param(
        "Midea plans to use 20% of the proceeds to expand overseas production and 35% on research.",
        id="verb-object-and-a-new-item",
    ),
    pytest.param(
        "The firm will spend 20% of the money to raise output and 35% on marketing.",
        id="verb-object-and-a-new-item-2",
    ),
    pytest.param("He reached a total of $5 million.", id="reached-a-total-of"),
    # More or less than no earlier time: a comparison, no change.
    pytest.param("Profit was $2 billion less than analysts expected.", id="less-than-expected"),
    pytest.param("He paid $5 more than his brother.", id="more-than-a-person"),
    pytest.param("Revenue was $5.1 billion vs. $4.8 billion for rivals.", id="versus-undated"),
    pytest.param("He worked for a third year to $50,000 in savings.", id="run-after-no-cue"),
    pytest.param("The plan costs from $5 to $7 billion.", id="costs-from-to-is-a-range"),
    # "from" a group of donors names no level the money held.
    pytest.param(
        "The fund raised $5 million from a group of $3 million donors.", id="from-a-group-of"
    ),
    # "cost from X to Y" states a range of prices, like "range from".
    pytest.param("Tickets cost from 5 to 7 euros.", id="cost-from-to-is-a-range"),
    pytest.param("Rooms are priced from 100 to 150 euros a night.", id="priced-from-to"),
    # a scale's present "start at ... and go up to" states its top, no move
    pytest.param("Prices for the tickets start at $50 and go up to $500.", id="start-at-go-up-to"),
    pytest.param("The fines start at $1,000 and can go up to $50,000.", id="start-at-can-go-up"),
    pytest.param(
        "Salaries begin at $40,000 and climb to $90,000 for senior staff.", id="begin-at-climb-to"
    ),
    # A far verb needs an object of content words: a noun of change, a verb before a
    # preposition (other than a date's: see run-of-months tables) or a service's reach name no
    # change.
    pytest.param(
        "Increases in the price of bread to 50 cents angered shoppers.", id="far-cue-noun"
    ),
    pytest.param("Sales rose in the first half of a new venture to $5 billion.", id="far-cue-in-a"),
    pytest.param("Storms cut the power in the city to 200,000 homes.", id="far-cue-service"),
    pytest.param("The company cut ties with suppliers in China by 2020.", id="far-cue-year"),
    # A change word before a modal or a finite "be"/"have" is a noun, no change verb.
    pytest.param(
        "Power cuts will knock about 3 percentage points off economic growth.",
        id="noun-cut-before-a-modal",
    ),
    pytest.param("Rate hikes have cost savers 5% of their income.", id="noun-hikes-before-have"),
    # A term whose second word is a change word is a noun wherever it stands.
    pytest.param(
        "The share of capital gains above C$250,000 that is taxed will rise.",
        id="compound-noun-capital-gains",
    ),
    # "run from X to Y" states a range too ("Estimates run from $1bn to $3bn").
    pytest.param("Estimates run from $1bn to $3bn.", id="run-from-to-is-a-range"),
    pytest.param("Estimates of the toll ran from 5,000 to 10,000.", id="ran-from-to-count"),
    pytest.param("The storm dropped 60 inches of rain on the city.", id="event-dropped-rain"),
    pytest.param("The storm dumped up to 60 inches of rain.", id="event-dumped-rain"),
    pytest.param("Police dropped 12 charges against him.", id="event-dropped-charges"),
    # A share of what a verb grows or gathers is its object, no change's size.
    pytest.param(
        "The Rift Valley grows more than half of the country's maize.", id="grows-a-share-of"
    ),
    pytest.param("Farmers grow 55% of the maize.", id="grow-a-percentage-of"),
    pytest.param("The firm raised 10% of the funds from abroad.", id="raised-a-share-of"),
    pytest.param(
        "The firm, which raised $3 million, said 40% of staff and 60% of managers work remotely.",
        id="money-and-two-unrelated-percentages",
    ),
    pytest.param(
        "About 40% of staff and 60% of managers work remotely.", id="two-unrelated-percentages"
    ),
    pytest.param(
        "The party won 52% of the vote against 48% for its rival.", id="two-shares-against"
    ),
    pytest.param("Inflation will be between 5% and 7% next year.", id="range-between"),
    pytest.param("Unemployment stood at 5% to 6% last year.", id="range-to"),
    pytest.param("From 2016 to 2019, the county built 300 km of roads.", id="years-from-to"),
    pytest.param(
        "Interest rates range from 5% to 7% depending on the loan.", id="range-from-to-percent"
    ),
    pytest.param("Discounts vary from 10 per cent to 30 per cent.", id="vary-from-to-percent"),
    pytest.param("Temperatures ranged from 10 to 20 degrees Celsius.", id="ranged-from-to-celsius"),
    pytest.param(
        "Estimates of the crowd ranged from 5,000 to 7,000 people.", id="ranged-from-to-people"
    ),
    # "higher" after a copula compares places, not days; or a count is no level.
    pytest.param("Prices in Paris are 20% higher than in Berlin.", id="copula-higher-than"),
    pytest.param("Sales were 5% higher at 200 stores.", id="copula-higher-at-a-count"),
    pytest.param("He moved 300 miles to Denver.", id="neutral-verb-no-comparative"),
    pytest.param("He raised over $5 million for charity.", id="raised-over-a-sum"),
    pytest.param("Uber lost $5.9 billion in the quarter.", id="lost-a-sum"),
    pytest.param("The city put up $5 million for the park.", id="put-up-a-sum"),
    pytest.param("The company gained $5 million from the sale.", id="gained-a-sum"),
    pytest.param("The charity raised $5 million from 300 donors.", id="by-from-other-kinds"),
    pytest.param("The company has $5 million, raised from 20 investors.", id="raised-from-givers"),
    pytest.param(
        "The money, raised from 300 donors, will fund the clinic.", id="raised-from-givers-2"
    ),
    pytest.param(
        "Apple raised $5 billion from $20 billion of bids.", id="raised-from-a-sum-of-bids"
    ),
    pytest.param(
        "The bank sold $2 billion of bonds from $9 billion of orders.",
        id="sold-from-a-sum-of-orders",
    ),
    pytest.param("The bank earned $2 billion from 5 million customers.", id="earned-from-a-count"),
    pytest.param(
        "Earnings were $1.46 per share, compared with $19.9 billion a year earlier.",
        id="compared-a-price-with-a-total",
    ),
    pytest.param(
        "Net income was $23.6 billion, or $1.46 per share, compared with analysts' estimates "
        "of $1.40.",
        id="compared-with-an-estimate",
    ),
    pytest.param(
        "The motion his party tabled passed by 60 votes to 40.", id="by-to-tally-without-cue"
    ),
    # A level verb's "from" that leads no value of the same kind is a source.
    pytest.param(
        "Revenue reached $5 billion from 2 million customers.", id="level-verb-from-a-source"
    ),
    pytest.param("The fund reached 300 investors from 20 countries.", id="level-verb-from-counts"),
    # "make up", "take up": a share of a whole, not a rise.
    pytest.param("Foldables still make up less than 2% of phones sold.", id="share-verb-make-up"),
    pytest.param("Oil and gas make up about 90% of its exports.", id="share-verb-make-up-about"),
    pytest.param("Rent takes up 40% of household income.", id="share-verb-take-up"),
    # A cut service reaches people; the count after "to" is no level.
    pytest.param("The storm cut power to nearly half of the customers.", id="service-cut-to-share"),
    pytest.param(
        "Lava cut off hot water to about 30,000 people for several days.",
        id="service-cut-off-to-count",
    ),
]


@pytest.mark.parametrize("text", NOT_CHANGE_CASES)
def test_changes_not_a_change(extractor: Extractor, text: str) -> None:
    article = _extract(extractor, text)
    assert [c.text for c in article.changes] == []


SAME_KIND_CASES = [
    pytest.param("Prices rose from 5% to 7% last year.", "percentage", id="percentages"),
    pytest.param(
        "Class sizes went from 30 pupils to 25 pupils.", "quantity", id="quantities-counted"
    ),
    pytest.param(
        "The number of poor people fell from 5.5 million to 1.2 million.",
        "quantity",
        id="quantities-bare",
    ),
    pytest.param("The share went from 10 to 12 per cent.", "percentage", id="percent-written-once"),
]


@pytest.mark.parametrize(("text", "kind"), SAME_KIND_CASES)
def test_changes_ends_share_one_kind(extractor: Extractor, text: str, kind: str) -> None:
    article = _extract(extractor, text)
    kinds = [(_kind(c.from_value), _kind(c.to_value)) for c in article.changes]
    assert kinds == [(kind, kind)]


def test_changes_span_covers_cue_and_values(extractor: Extractor) -> None:
    text = "Its poverty incidence decreased from 10.5 percent to 0.6 percent in 2019."
    article = _extract(extractor, text)
    assert [c.text for c in article.changes] == ["decreased from 10.5 percent to 0.6 percent"]


_GAP_PIECES = st.sampled_from(
    [
        "to",
        "TO",
        "To",
        "from",
        "FROM",
        "From",
        "in",
        "2019",
        "by",
        "year-on-year",
        "yoy",
        "a year ago",
        "last year",
        "x",
        ",",
        *patterns.CASE_TRAPS,
        "\u03a3",
    ]
)
_SPACES = st.sampled_from(["", " ", "  ", "\u00a0", "\n", ", ", " \n"])
_GAPS = st.one_of(
    st.lists(st.tuples(_GAP_PIECES, _SPACES), max_size=6).map(
        lambda pairs: "".join(piece + space for piece, space in pairs)
    ),
    # Shaped like the patterns: an adverbial, the word, spaces, perhaps something after.
    st.tuples(
        st.sampled_from(["", " in 2019", " year on year", " a year ago", ", this year", " x"]),
        st.sampled_from(["", ","]),
        st.sampled_from([" ", "\u00a0", "  ", "\n", ""]),
        st.sampled_from(
            [
                *("to", "TO", "To", "from", "FROM", "From", "into", "fro\u212a", "to a high of"),
                *("a of", "from a peak of", "from a 52-week low of", "from a group of"),
                *("from the current", "from a revised", "from previous", "the current"),
                *("from the existing", "from the present", "existing"),
            ]
        ),
        st.sampled_from([" ", "\u00a0", " \u00a0", "\n", " \n", ""]),
        st.sampled_from(["", "", "", "x", "\u017f"]),
    ).map("".join),
)


@settings(max_examples=2000)
@given(gap=_GAPS)
def test_changes_joined_by_is_its_patterns(gap: str) -> None:
    """``_joined_by`` skips the patterns for gaps that do not end in "to" or "from" and spaces;
    it answers what the patterns do."""
    to, since = links._GAP["to"].fullmatch(gap), links._GAP["from"].fullmatch(gap)
    assert links._joined_by(gap) == ("to" if to else "from" if since else None)


SCALE_DISTRIBUTES_CASES = [
    pytest.param(5, 7, 1_000_000, True, id="from-5-to-7-million"),
    pytest.param(8, 6, 1_000_000_000, True, id="falling"),
    pytest.param(Decimal("1.5"), Decimal("1.2"), 1_000_000_000, True, id="decimals"),
    pytest.param(50, 70, 10_000_000, True, id="crore"),
    pytest.param(5, 7, 1, False, id="no-scale"),
    pytest.param(500, 7, 1_000_000, False, id="far-apart"),
    pytest.param(1, 15, 1_000_000, False, id="far-apart-rising"),
    pytest.param(1500, 2000, 1_000_000, False, id="bare-value-has-own-scale"),
    pytest.param(0, 7, 1_000_000, False, id="zero"),
]


@pytest.mark.parametrize(("bare", "digits", "scale", "expected"), SCALE_DISTRIBUTES_CASES)
def test_changes_scale_distributes(
    bare: Decimal, digits: Decimal, scale: int, expected: bool
) -> None:
    assert ranges.scale_distributes(bare, digits, scale) is expected


@given(
    bare=st.decimals(min_value=0, max_value=2000, places=2),
    digits=st.decimals(min_value=0, max_value=2000, places=2),
    scale=st.sampled_from([1, 100, 1000, 1_000_000, 10_000_000]),
)
def test_changes_scale_distributes_only_within_one_scale(
    bare: Decimal, digits: Decimal, scale: int
) -> None:
    """A distributed scale is a scale word's, over a bare value below 1000 within a factor of
    ten of the scaled one's digits: symmetric in the two when both are below 1000."""
    found = ranges.scale_distributes(bare, digits, scale)
    if found:
        assert scale >= 1000 and 0 < bare < 1000 and digits / 10 <= bare <= digits * 10
    if bare < 1000 and digits < 1000:
        assert found == ranges.scale_distributes(digits, bare, scale)


ELIDED_SCALE_CASES = [
    pytest.param("Revenue rose from $5 to $7 million.", ("5000000", "7000000", None), id="from-to"),
    pytest.param("Debt rose $2 to $7 billion.", (None, "7000000000", "2000000000"), id="by-to"),
    pytest.param("Revenue rose to $7 billion from $5.", ("5", "7000000000", None), id="to-from"),
    pytest.param(
        "The budget was raised from 5 to 7 billion rupees.",
        ("5000000000", "7000000000", None),
        id="from-to-currency-elided",
    ),
    pytest.param(
        "Sales rose from $5 to 7 million.", ("5000000", "7000000", None), id="from-symbol-to-bare"
    ),
    pytest.param(
        "Revenue grew to 5.2 billion yuan from 4.1 billion.",
        ("4100000000", "5200000000", None),
        id="to-from-currency-elided",
    ),
    pytest.param("Sales rose $2 to 7 billion.", (None, "7000000000", "2000000000"), id="verb-bare"),
    pytest.param(
        "Sales rose by $2 to 7 billion.", (None, "7000000000", "2000000000"), id="by-symbol-bare"
    ),
    pytest.param(
        "Exports fell Rs 2 to 9 billion.", (None, "9000000000", "2000000000"), id="verb-rupees"
    ),
]


def _amount(value: Percentage | Quantity | Money | None) -> str | None:
    return None if value is None else str(value.amount if isinstance(value, Money) else value.value)


@pytest.mark.parametrize(("text", "expected"), ELIDED_SCALE_CASES)
def test_changes_bare_money_takes_the_elided_scale(
    extractor: Extractor, text: str, expected: tuple[str | None, ...]
) -> None:
    """The values of a change read the elided scale of its first amount: the change is from
    5 million, not from 5; never backwards ("to $7 billion from $5" states 5). A bare value
    is money of the currency its partner names ("from 5 to 7 billion rupees")."""
    (change,) = _extract(extractor, text).changes
    found = (_amount(change.from_value), _amount(change.to_value), _amount(change.by_value))
    assert found == expected


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        pytest.param("Sales rose from $5 to 7 million.", False, id="from-symbol"),
        pytest.param("Sales rose from US$5 to 7 million.", False, id="from-country-dollar"),
        pytest.param("Sales rose from just 5 to 7 million.", False, id="from-short-word"),
        pytest.param("Costs range from $5 to 7 million.", True, id="range-verb-from-symbol"),
        pytest.param("It costs $5-7 million.", True, id="no-from"),
        pytest.param("Sales rose $2 to 7 billion.", False, id="verb-by-then-to"),
        pytest.param("Netflix gained 2 to 3 million subscribers.", True, id="verb-count"),
        pytest.param("The company cut 2 to 3 thousand jobs.", True, id="verb-count-thousand"),
        pytest.param("Costs could rise $2 to 7 billion.", False, id="modal-forecast"),
        pytest.param("Costs are expected to rise $2 to 7 billion.", False, id="to-forecast"),
        pytest.param("Sales fell $2 to 5 billion.", False, id="verb-close-values"),
        pytest.param("Losses rose an estimated $2 to 5 billion.", False, id="verb-hedged"),
        pytest.param("Losses rose about $2 to 5 billion.", False, id="verb-about"),
        pytest.param("The plan costs $2 to 7 billion.", True, id="no-change-verb"),
        pytest.param("Netflix could gain 2 to 3 million subscribers.", True, id="modal-count"),
        pytest.param("Sales rose 2 to 7 percent.", True, id="verb-percent"),
        # bare "fell X to Y" ending its clause: a change by X to Y when Y is far above X
        pytest.param("The index fell 5 to 30.", False, id="bare-by-to"),
        pytest.param(
            "The stock fell 1 3/8 to 34 1/2 in heavy trading.", False, id="bare-fractions"
        ),
        pytest.param("The Dow rose about 12.5 to 2645.08, traders said.", False, id="bare-hedged"),
        pytest.param("Sales rose 5 to 10, analysts said.", True, id="bare-close-values"),
        pytest.param("Temperatures fell 5 to 30 degrees.", True, id="bare-unit-after"),
        pytest.param("The firm will hire 5 to 30.", True, id="bare-no-change-verb"),
    ],
)
def test_changes_from_a_marked_number_is_no_range(text: str, joined: bool) -> None:
    """ "from" before a currency marker or a short word still makes "X to Y" a change, not
    a numeric range; after a range verb it stays a range."""
    rows = numbers.numeral_rows(text)
    assert (rows[0][4] == "range") is joined


def test_changes_bare_change_by_then_to_level(extractor: Extractor) -> None:
    """ "The stock fell 1 3/8 to 34 1/2." (wire style): a change by 1 3/8 to 34 1/2."""
    (change,) = _extract(extractor, "The stock fell 1 3/8 to 34 1/2.").changes
    assert (change.direction, change.by_value and change.by_value.text) == ("down", "1 3/8")
    assert change.to_value is not None and change.to_value.text == "34 1/2"


@settings(max_examples=60, deadline=None)
@given(
    verb=st.sampled_from(["rose", "fell", "climbed", "dropped", "increased", "grew"]),
    marker=st.sampled_from(["$", "€", "Rs ", "US$", "£"]),
    low=st.integers(min_value=1, max_value=9),
    high=st.integers(min_value=10, max_value=99),
    scale=st.sampled_from(["million", "billion", "trillion"]),
)
def test_changes_property_verb_money_pair_is_no_range(
    verb: str, marker: str, low: int, high: int, scale: str
) -> None:
    """After a change verb and a currency marker, "X to Y <scale>" is a change by X to Y,
    never a numeric range, in any tense and hedged or not, as "X to <marker>Y <scale>" is;
    without a change verb it is a range."""
    for lead in (f"Sales {verb}", "Sales could rise", f"Sales {verb} an estimated"):
        assert numbers.numeral_rows(f"{lead} {marker}{low} to {high} {scale}.")[0][4] != "range"
    assert numbers.numeral_rows(f"It costs {marker}{low} to {high} {scale}.")[0][4] == "range"


MONEY_BY_TO_CASES = [
    # A change verb before "X to Y": a change by X to Y, X taking Y's scale word where one
    # is left out ("$2 to $10 billion": by $2 billion), whatever the verb's tense.
    pytest.param("Costs could rise $2 to $10 billion.", "2000000000", id="modal-both-marked"),
    pytest.param("Sales rose $2 billion to $10 billion.", "2000000000", id="both-scaled"),
    pytest.param("Sales rose $2 to $10 billion.", "2000000000", id="past-both-marked"),
    pytest.param("Sales fell $2 billion to $10 billion.", "2000000000", id="down"),
    pytest.param("Sales will rise $2 to $10 billion.", "2000000000", id="future"),
    pytest.param("Costs are expected to rise $2 to $10 billion.", "2000000000", id="to-rise"),
    pytest.param("Sales rose $2 to 7 billion.", "2000000000", id="past-bare-second"),
    pytest.param("Sales rose $200 million to $1.2 billion.", "200000000", id="own-scale"),
    pytest.param("Prices rose $2 to $10.", "2", id="no-scale"),
    pytest.param("Shares rose 12 cents to $3.89.", "0.12", id="minor-unit"),
    pytest.param("Brent rose $2 to $80 a barrel.", "2", id="per-unit"),
    # What stays a range: "between", a hyphen, "to" before the pair, no change verb.
    pytest.param("Costs could rise between $2 and $10 billion.", None, id="between"),
    pytest.param("Costs rose to $2-$10 billion.", None, id="to-hyphen-range"),
    pytest.param("Costs could rise $2-$10 billion.", None, id="hyphen"),
    pytest.param("The plan costs $2 to $10 billion.", None, id="no-change-verb"),
]


@pytest.mark.parametrize(("text", "by"), MONEY_BY_TO_CASES)
def test_changes_money_by_to_or_range(extractor: Extractor, text: str, by: str | None) -> None:
    """ "rose $2 to $10 billion" is a change by $2 billion to $10 billion; "between $2 and
    $10 billion" and "rose to $2-$10 billion" are one money range (after a verb of change
    that takes no object, the size: "could rise $2-$10 billion")."""
    article = _extract(extractor, text)
    if by is None:
        assert [m.amount_max is not None for m in article.money] == [True]
        sizes = [c.by_value for c in article.changes if c.by_value is not None]
        assert all(s.amount_max is not None for s in sizes if isinstance(s, Money))
    else:
        [change] = article.changes
        assert _amount(change.by_value) == by
        assert change.to_value is not None and change.to_value.amount_max is None


@pytest.mark.parametrize(
    "text",
    [
        "Costs could rise $2 to 10 billion.",
        "Losses rose an estimated $2 to 10 billion.",
        "Costs are expected to rise $2 to 10 billion.",
    ],
)
def test_changes_money_forecast_with_bare_second_is_a_change(
    extractor: Extractor, text: str
) -> None:
    """ "could rise $2 to 10 billion" reads as "could rise $2 to $10 billion" does: a change
    by $2 billion to $10 billion, not a range."""
    article = _extract(extractor, text)
    assert [_amount(c.by_value) for c in article.changes] == ["2000000000"]


COMPARED_CASES = [
    # An earnings report: the total is compared, past each value's per-share apposition; and
    # when both totals have one, the per-share values are compared too, each pair its own kind.
    pytest.param(
        "Net income was $23.6 billion, or $1.46 per share, compared with $19.9 billion, or "
        "$1.20 per share, a year earlier.",
        [("$19.9 billion", "$23.6 billion", None, "up"), ("$1.20", "$1.46", None, "up")],
        id="compared-past-per-share-appositions",
    ),
    pytest.param(
        "The company earned $2.1 billion, or 95 cents a share, in the quarter, compared with "
        "$1.8 billion, or 80 cents a share, a year earlier.",
        [("$1.8 billion", "$2.1 billion", None, "up"), ("80 cents", "95 cents", None, "up")],
        id="compared-past-a-period-and-per-share-appositions",
    ),
    pytest.param(
        "The loss was $2.1 billion, or 5% of sales, compared with $1.8 billion, or 4% of sales, "
        "a year earlier.",
        [("$1.8 billion", "$2.1 billion", None, "up")],
        id="compared-appositions-without-a-per-unit-stay-apart",
    ),
    # the noun of the compared value repeats the head's, past the per-share appositions
    pytest.param(
        "The company reported a net loss of $45 million, or 12 cents a share, compared with a "
        "net loss of $60 million, or 16 cents a share, a year earlier.",
        [("$60 million", "$45 million", None, "down"), ("16 cents", "12 cents", None, "down")],
        id="compared-a-loss-with-a-loss-past-per-share-appositions",
    ),
    pytest.param(
        "The company reported net income of $2.1 billion, or 95 cents a share, compared with "
        "net income of $1.8 billion, or 80 cents a share, a year earlier.",
        [("$1.8 billion", "$2.1 billion", None, "up"), ("80 cents", "95 cents", None, "up")],
        id="compared-income-with-income-past-per-share-appositions",
    ),
    pytest.param(
        "It reported a profit of $100 million, or 50 cents a share, compared with a "
        "year-earlier profit of $80 million, or 40 cents a share.",
        [("$80 million", "$100 million", None, "up"), ("40 cents", "50 cents", None, "up")],
        id="compared-with-a-year-earlier-noun-past-per-share-appositions",
    ),
    pytest.param(
        "The company reported a profit of $2.1 billion, or 95 cents a share, compared with "
        "analysts' estimates of $1.8 billion, or 80 cents a share.",
        [],
        id="compared-with-estimates-past-per-share-appositions-is-none",
    ),
    pytest.param(
        "Revenue was $5 billion, or $2 a share, compared with expectations of $4.8 billion, or "
        "$1.90 a share, a year earlier.",
        [],
        id="compared-with-expectations-past-per-share-appositions-is-none",
    ),
    pytest.param(
        "The company posted a net loss of $45.6 million, compared to a loss of $30.2 million "
        "last year.",
        [("$30.2 million", "$45.6 million", None, "up")],
        id="compared-to-a-noun-of-the-value",
    ),
    pytest.param(
        "The company posted a net loss of $45.6 million, compared with a year-earlier loss of "
        "$30.2 million.",
        [("$30.2 million", "$45.6 million", None, "up")],
        id="compared-with-a-year-earlier-noun",
    ),
    pytest.param(
        "Earnings were $1.50 a share, compared with estimates of $1.40 a share.",
        [],
        id="compared-with-estimates-no-date-no-change",
    ),
    pytest.param(
        "Net income was $23.6 billion, or $1.46 per share, compared with $19.9 billion a year "
        "earlier.",
        [("$19.9 billion", "$23.6 billion", None, "up")],
        id="compared-past-one-per-share-apposition",
    ),
    pytest.param(
        "Gas prices averaged $3.50 a gallon, compared with $3.20 a year ago.",
        [("$3.20", "$3.50", None, "up")],
        id="compared-price-with-its-unit-left-out",
    ),
    pytest.param(
        "Revenue was $12.5bn, compared with $11.2bn a year earlier.",
        [("$11.2bn", "$12.5bn", None, "up")],
        id="compared-with-a-year-earlier",
    ),
    pytest.param(
        "Electricity costs 46 pence per kilowatt hour, against 38p per kWh a year ago.",
        [("38p", "46 pence", None, "up")],
        id="against-per-unit-a-year-ago",
    ),
    pytest.param(
        "A sack fetched R$125 this week, against about R$190 in mid-2021.",
        [("about R$190", "R$125", None, "down")],
        id="against-in-a-date",
    ),
    pytest.param(
        "Inflation was 5.3 per cent in May, compared to 4.1 per cent in 2022.",
        [("4.1 per cent", "5.3 per cent", None, "up")],
        id="compared-to-percentages",
    ),
    pytest.param(
        "Profit climbed to $5 billion, compared with $4 billion a year earlier.",
        [("$4 billion", "$5 billion", None, "up")],
        id="one-change-with-the-verb",
    ),
    pytest.param(
        "Profit rose to $5 billion, compared with $6 billion a year earlier.",
        [("$6 billion", "$5 billion", None, "down")],
        id="the-values-decide",
    ),
    # No date right after the compared value: a comparison, no change.
    pytest.param(
        "Unemployment was 8.4%, the highest of any region, compared with 5% nationally.",
        [],
        id="no-date",
    ),
    pytest.param(
        "Apple earned $10bn, compared with $5bn for Samsung a year earlier.", [], id="other-owner"
    ),
    pytest.param("The deficit was 4%, against a ceiling of 3% in 2020.", [], id="not-adjacent"),
    pytest.param(
        "Revenue was $12.5bn, compared with 11.2 million units a year earlier.",
        [],
        id="other-kind",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_CASES)
def test_changes_compared_with_a_dated_value(
    extractor: Extractor, text: str, expected: list[tuple[str | None, ...]]
) -> None:
    """ "B, compared with A a year earlier": a change from A to B, when A is of a date."""
    article = _extract(extractor, text)
    assert [_row(c)[:4] for c in article.changes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Wages rose by an average of £1,200 to £31,000.",
            [(None, "£31,000", "£1,200", "up")],
            id="by-an-average-of-to",
        ),
        pytest.param(
            "Sales grew by a total of 12% in 2023.", [(None, None, "12%", "up")], id="by-a-total-of"
        ),
        pytest.param("The bill passed by a margin of 60 to 40.", [], id="tally-no-verb"),
        pytest.param("It was the biggest of 5 deals by a mile.", [], id="of-without-by"),
    ],
)
def test_changes_by_a_noun_of(
    extractor: Extractor, text: str, expected: list[tuple[str | None, ...]]
) -> None:
    """ "rose by an average of £1,200 to £31,000": "by a ... of" is the keyword "by"."""
    article = _extract(extractor, text)
    assert [_row(c)[:4] for c in article.changes] == expected


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    verb=st.sampled_from(["closed", "ended", "settled", "finished", "was", "stayed", "rallied"]),
    direction=st.sampled_from(["up", "down"]),
    size=st.integers(min_value=1, max_value=99),
    level=st.integers(min_value=1000, max_value=9999),
)
def test_changes_property_at_after_a_level_verb(
    extractor: Extractor, verb: str, direction: str, size: int, level: int
) -> None:
    """ "The index VERB up S% at L points": a change to L just when VERB states a level."""
    article = _extract(
        extractor, f"The index {verb} {direction} {size}% at {level:,} points on Friday."
    )
    ends = [
        (c.to_value is not None, c.by_value.text if c.by_value else None) for c in article.changes
    ]
    levels = verb in ("closed", "ended", "settled", "finished")
    assert ends == [(levels, f"{size}%")]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    verb=st.sampled_from(["reached", "hit", "totalled", "stood at", "earned", "spent", "sold"]),
    new=st.integers(min_value=1, max_value=99),
    old=st.integers(min_value=1, max_value=99),
)
def test_changes_property_level_verb_then_from(
    extractor: Extractor, verb: str, new: int, old: int
) -> None:
    """ "Debt VERB $N billion last year, from $O billion": a change from O to N just when
    VERB states a level."""
    article = _extract(extractor, f"Debt {verb} ${new} billion last year, from ${old} billion.")
    ends = [(_text(c.from_value), _text(c.to_value)) for c in article.changes]
    levels = verb in ("reached", "hit", "totalled", "stood at")
    assert ends == ([(f"${old} billion", f"${new} billion")] if levels else [])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    verb=st.sampled_from(["closed", "ended", "settled", "finished", "rose", "sold", "said"]),
    comparative=st.sampled_from(["higher", "lower"]),
    size=st.integers(min_value=1, max_value=99),
    level=st.integers(min_value=10, max_value=999),
)
def test_changes_property_comparative_after_a_level_verb(
    extractor: Extractor, verb: str, comparative: str, size: int, level: int
) -> None:
    """ "Shares VERB S% higher at $L": a change by S% to $L just when VERB states a level."""
    article = _extract(extractor, f"Shares {verb} {size}% {comparative} at ${level}.")
    rows = [(_text(c.to_value), _text(c.by_value), c.direction) for c in article.changes]
    if verb in ("closed", "ended", "settled", "finished"):
        direction = "up" if comparative == "higher" else "down"
        assert rows == [(f"${level}", f"{size}%", direction)]
    else:
        assert all(to is None for to, _, _ in rows)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    verb=st.sampled_from(["rose", "climbed", "jumped", "fell", "dropped", "slid"]),
    far=st.sampled_from(["as high as", "as low as", "as much as"]),
    amount=st.integers(min_value=1, max_value=99_999),
)
def test_changes_property_as_far_as_is_a_level(
    extractor: Extractor, verb: str, far: str, amount: int
) -> None:
    """ "Gold VERB as high/low as $N": a change to $N; "as much as $N" is its size."""
    article = _extract(extractor, f"Gold {verb} {far} ${amount:,} on Monday.")
    rows = [(c.to_value is not None, c.by_value is not None) for c in article.changes]
    assert rows == [(far != "as much as", far == "as much as")]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    verb=st.sampled_from(["hit", "reached", "touched", "set", "averaged", "paid"]),
    mark=st.sampled_from(["", "record ", "10-year ", "new all-time "]),
    noun=st.sampled_from(["high", "low", "peak", "total", "sum"]),
    amount=st.integers(min_value=1, max_value=99_999),
)
def test_changes_property_reached_an_extreme(
    extractor: Extractor, verb: str, mark: str, noun: str, amount: int
) -> None:
    """ "Copper VERB a MARK NOUN of $N": a change to $N, up or down by the noun, just when
    VERB reaches and NOUN is an extreme."""
    article = _extract(extractor, f"Copper {verb} a {mark}{noun} of ${amount:,} on Monday.")
    rows = [(_text(c.to_value), c.direction) for c in article.changes]
    reaches = verb in ("hit", "reached", "touched", "set")
    way = {"high": "up", "peak": "up", "low": "down"}.get(noun)
    assert rows == ([(f"${amount:,}", way)] if reaches and way else [])


SWING_CASES = [
    # A swing between a gain and a shortfall: the values keep their results' signs.
    # ... past the first's apposition, a price per share (whose swing follows too)
    pytest.param(
        "The company posted a net loss of $45 million, or 12 cents a share, compared with a"
        " profit of $10 million, or 3 cents a share, a year earlier.",
        [
            ("10000000", "-45000000", "down", "net loss"),
            ("0.03", "-0.12", "down", "net loss"),
        ],
        id="apposed-loss-compared-with-a-profit",
    ),
    pytest.param(
        "The company reported a profit of $45 million, or 12 cents a share, compared with a"
        " loss of $10 million a year earlier.",
        [("-10000000", "45000000", "up", "profit")],
        id="apposed-profit-compared-with-a-loss",
    ),
    pytest.param(
        "The firm swung to a net loss of $45m from a profit of $12m.",
        [("12000000", "-45000000", "down", "net loss")],
        id="swung-to-a-loss-from-a-profit",
    ),
    pytest.param(
        "The bank swung to a profit of $3m from a loss of $8m a year earlier.",
        [("-8000000", "3000000", "up", "profit")],
        id="swung-to-a-profit-from-a-loss",
    ),
    pytest.param(
        "Net income swung to a loss of £3.1bn, from a profit of £1.2bn a year earlier.",
        [("1200000000", "-3100000000", "down", "Net income")],
        id="swung-comma-from",
    ),
    pytest.param(
        "The airline posted a third-quarter net loss of $1.2 billion, compared with a net "
        "profit of $800 million a year earlier.",
        [("800000000", "-1200000000", "down", "third-quarter net loss")],
        id="loss-compared-with-a-profit",
    ),
    pytest.param(
        "The budget swung to a deficit of $5bn from a surplus of $2bn.",
        [("2000000000", "-5000000000", "down", "budget")],
        id="deficit-from-a-surplus",
    ),
    # The result may follow its value ("a $45m loss"), or stand without an article.
    pytest.param(
        "The group swung to a $45m loss from a $12m profit.",
        [("12000000", "-45000000", "down", "loss")],
        id="results-after-the-values",
    ),
    pytest.param(
        "It posted a $1.2bn loss in the second quarter, compared with a $300m profit a year "
        "earlier.",
        [("300000000", "-1200000000", "down", "loss")],
        id="result-after-the-value-then-a-period",
    ),
    pytest.param(
        "The miner swung to net income of $5m from a net loss of $3m.",
        [("-3000000", "5000000", "up", "net income")],
        id="net-income-without-an-article",
    ),
    pytest.param("It earned $5m from a $12m investment.", [], id="no-result-after-the-second"),
    # A verb of the result states the first value's sign ("lost", "earned").
    pytest.param(
        "The company lost $45m, against a profit of $12m a year earlier.",
        [("12000000", "-45000000", "down", "company")],
        id="lost-against-a-profit",
    ),
    pytest.param(
        "The company lost $1.2bn in the second quarter, compared with a $300m profit a year "
        "earlier.",
        [("300000000", "-1200000000", "down", "company")],
        id="lost-in-a-period-compared-with-a-profit",
    ),
    pytest.param(
        "It earned $5m, compared with a loss of $3m a year ago.",
        [("-3000000", "5000000", "up", None)],
        id="earned-compared-with-a-loss",
    ),
    pytest.param("He lost $5,000 from a loss of $3,000.", [], id="lost-from-a-loss-one-sign"),
    # A verb of a flip states the sign of a bare first value: the other's opposite.
    pytest.param(
        "Net profit swung to 1.2 billion yuan from a loss of 300 million yuan.",
        [("-300000000", "1200000000", "up", "Net profit")],
        id="swung-bare-from-a-loss",
    ),
    pytest.param(
        "Net profit swung to 1.2 billion yuan from a net loss of 300 million yuan a year earlier.",
        [("-300000000", "1200000000", "up", "Net profit")],
        id="swung-bare-from-a-net-loss-dated",
    ),
    pytest.param(
        "The unit swung back to $5 million in the third quarter from a loss of $3 million.",
        [("-3000000", "5000000", "up", "unit")],
        id="swung-back-bare-in-a-period",
    ),
    # ... past a period and its closing date, the dates marked
    pytest.param(
        "Manchester United swung to a pre-tax loss of 28.7 million pounds ($35.4 million) for"
        " the year to June 30 from a profit of 9.1 million pounds a year earlier.",
        [("9100000", "-28700000", "down", "pre-tax loss")],
        id="swung-past-the-year-to-a-date",
    ),
    pytest.param(
        "The bank swung to a net loss of $28.7 million in the quarter ended Sept. 30, from a"
        " profit of $9.1 million.",
        [("9100000", "-28700000", "down", "net loss")],
        id="swung-past-the-quarter-ended-a-date",
    ),
    pytest.param(
        "The firm swung to a loss of $2 million in the six months to March from a profit of"
        " $3 million.",
        [("3000000", "-2000000", "down", "loss")],
        id="swung-past-the-six-months-to-a-month",
    ),
    pytest.param(
        "The firm swung to a loss of $2 million on sales to China from a profit of $3 million.",
        [("None", "-2000000", "down", "loss")],
        id="swung-past-no-period-keeps-no-old-value",
    ),
    pytest.param(
        "The budget balance flipped to $1bn, compared with a deficit of $2bn.",
        [("-2000000000", "1000000000", "up", "budget balance")],
        id="flipped-bare-compared-with-a-deficit",
    ),
    pytest.param(
        "Operating income swung to $4m from a profit of $9m.",
        [("9000000", "-4000000", "down", "Operating income")],
        id="swung-bare-from-a-profit",
    ),
    # A swing to a result with no old value: a change to the signed value.
    pytest.param(
        "Net profit swung to a loss of 2 billion yen.",
        [("None", "-2000000000", "down", "Net profit")],
        id="lone-swing-to-a-loss",
    ),
    pytest.param(
        "Operating income fell to a loss of $3m.",
        [("None", "-3000000", "down", "Operating income")],
        id="lone-fall-to-a-loss-is-negative",
    ),
    pytest.param(
        "The company returned to a profit of $5m.",
        [("None", "5000000", "up", "profit")],
        id="lone-return-to-a-profit",
    ),
    # The subject is the result a swing went to, unless a result or a measure of one stands
    # before the verb ("Net income", "budget balance" above).
    pytest.param(
        "Acme swung to a net loss of $45m.",
        [("None", "-45000000", "down", "net loss")],
        id="lone-swing-names-the-result-not-the-firm",
    ),
    pytest.param(
        "Acme Corp's net result swung to a loss of $45m.",
        [("None", "-45000000", "down", "Acme Corp's net result")],
        id="lone-swing-keeps-a-measure",
    ),
    pytest.param(
        "The country's budget swung to a deficit of $5bn from a surplus of $2bn.",
        [("2000000000", "-5000000000", "down", "budget")],
        id="swing-keeps-the-budget",
    ),
    pytest.param("The company posted a loss of $5m.", [], id="posted-a-loss-is-no-swing"),
    # Two results of one sign, or no comparison: no swing.
    pytest.param("It swung to a profit of $3m and a loss of $8m.", [], id="and-is-no-swing"),
    pytest.param("It had a loss of $3m from a loss of $8m.", [], id="one-sign"),
    # A swing verb between two results of one sign: no flip, the values signed (a smaller
    # loss is a better result: up); no change without the verb (above).
    pytest.param(
        "Acme swung to a loss of $1m from a loss of $3m.",
        [("-3000000", "-1000000", "up", "loss")],
        id="swung-to-a-smaller-loss-is-up",
    ),
    pytest.param(
        "Acme swung to a $1m loss from a $3m loss.",
        [("-3000000", "-1000000", "up", "loss")],
        id="swung-to-a-smaller-loss-results-after-the-values",
    ),
    pytest.param(
        "The budget swung to a deficit of $5bn from a deficit of $2bn.",
        [("-2000000000", "-5000000000", "down", "budget")],
        id="swung-to-a-larger-deficit-is-down",
    ),
    pytest.param(
        "Net income swung to a profit of $9m from a profit of $3m.",
        [("3000000", "9000000", "up", "Net income")],
        id="swung-to-a-larger-profit-is-up",
    ),
    # "from a net loss of" after the same result before "to": one result's change, its
    # values unsigned as in "narrowed its loss to $1m from $3m"; not another result's.
    pytest.param(
        "The company narrowed its net loss to $1m from a net loss of $3m.",
        [("3000000", "1000000", "down", "net loss")],
        id="same-result-from-a-result-of",
    ),
    pytest.param(
        "Its profit rose to $5m from a profit of $3m.",
        [("3000000", "5000000", "up", "profit")],
        id="same-result-from-after-a-verb",
    ),
    pytest.param(
        "Sales rose to $5m from a loss of $3m.",
        [("None", "5000000", "up", "Sales")],
        id="other-result-from-is-no-old-value",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SWING_CASES)
def test_changes_swing_keeps_the_signs(
    extractor: Extractor, text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    article = _extract(extractor, text)
    rows = [
        (
            "None" if c.from_value is None else format(_number(c.from_value), "f"),
            format(_number(c.to_value), "f"),
            c.direction,
            c.subject,
        )
        for c in article.changes
    ]
    assert rows == expected


def _number(value: Percentage | Quantity | Money | None) -> Decimal:
    assert isinstance(value, Money)
    return value.amount


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    new=st.integers(min_value=1, max_value=999),
    old=st.integers(min_value=1, max_value=999),
    to_gain=st.booleans(),
    verb=st.sampled_from(["swung to", "turned to", "", "returned to"]),
)
def test_changes_property_swing_direction_is_the_new_results_sign(
    extractor: Extractor, new: int, old: int, to_gain: bool, verb: str
) -> None:
    """Whatever the sizes, a swing to a gain is up and its old value negative, and the other
    way round: never a change read between two positive levels."""
    results = ("profit", "loss") if to_gain else ("loss", "profit")
    text = f"The group {verb} a net {results[0]} of ${new}m from a {results[1]} of ${old}m."
    changes = _extract(extractor, " ".join(text.split())).changes
    assert len(changes) == 1
    change = changes[0]
    assert change.direction == ("up" if to_gain else "down")
    assert _number(change.from_value) == (-old if to_gain else old) * 1_000_000
    assert _number(change.to_value) == (new if to_gain else -new) * 1_000_000


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    new=st.integers(min_value=1, max_value=999),
    old=st.integers(min_value=1, max_value=999),
    from_loss=st.booleans(),
    verb=st.sampled_from(["swung to", "swung back to", "flipped to"]),
)
def test_changes_property_bare_flip_takes_the_opposite_sign(
    extractor: Extractor, new: int, old: int, from_loss: bool, verb: str
) -> None:
    """A bare value after a verb of a flip has the sign opposite to the old result's: never
    two levels of one sign."""
    old_result = "loss" if from_loss else "profit"
    text = f"Net profit {verb} ${new}m from a {old_result} of ${old}m."
    changes = _extract(extractor, text).changes
    assert len(changes) == 1
    change = changes[0]
    assert change.direction == ("up" if from_loss else "down")
    assert _number(change.from_value) == (-old if from_loss else old) * 1_000_000
    assert _number(change.to_value) == (new if from_loss else -new) * 1_000_000


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    holder=st.sampled_from(["Acme", "The bank", "Toyota Motor", "The state-owned miner"]),
    modifier=st.sampled_from(["", "net ", "pre-tax ", "third-quarter net "]),
    result=st.sampled_from(["loss", "profit", "deficit", "surplus"]),
    amount=st.integers(min_value=1, max_value=999),
    with_old=st.booleans(),
)
def test_changes_property_swing_subject_is_its_result(
    extractor: Extractor, holder: str, modifier: str, result: str, amount: int, with_old: bool
) -> None:
    """Whoever swung, a swing's subject is the result it went to, with its modifiers."""
    other = "loss" if result in ("profit", "surplus") else "profit"
    old = f" from a {other} of $3m" if with_old else ""
    text = f"{holder} swung to a {modifier}{result} of ${amount}m{old}."
    subjects = [c.subject for c in _extract(extractor, text).changes]
    assert subjects == [f"{modifier}{result}"]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    verb=st.sampled_from(["raised", "increased", "cut", "lowered", "reduced"]),
    head=st.sampled_from(["the price", "its levy", "fees", "the cap", "the tax"]),
    linked=st.sampled_from(["of bread", "on sugary drinks", "for parking permits in Leeds"]),
    keyword=st.sampled_from(["to", "by"]),
    amount=st.integers(min_value=1, max_value=99),
)
def test_changes_property_far_verb_and_its_object(
    extractor: Extractor, verb: str, head: str, linked: str, keyword: str, amount: int
) -> None:
    """ "The council VERB HEAD LINKED to/by N%": one change the verb's way, whose subject is
    the object with its linked phrase, however many words it holds."""
    text = f"The council {verb} {head} {linked} {keyword} {amount}%."
    changes = _extract(extractor, text).changes
    obj = head.removeprefix("the ").removeprefix("its ")
    way = "up" if verb in ("raised", "increased") else "down"
    value = f"{amount}%"
    ends = [(c.direction, c.subject, _text(c.to_value), _text(c.by_value)) for c in changes]
    to, by = (value, None) if keyword == "to" else (None, value)
    assert ends == [(way, f"{obj} {linked}", to, by)]


MultipleRow = tuple[str, Decimal | None, str | None, str, str | None, str | None]
"""(change text, factor, factor qualifier, direction, subject, to-value text)."""

MULTIPLE_CASES = [
    pytest.param(
        "Exports tripled to $5 billion.",
        [("tripled to $5 billion", Decimal(3), "exact", "up", "Exports", "$5 billion")],
        id="verb-with-to-value",
    ),
    pytest.param(
        "Imports nearly doubled to 3 million tonnes.",
        [
            (
                "doubled to 3 million tonnes",
                Decimal(2),
                "nearly",
                "up",
                "Imports",
                "3 million tonnes",
            )
        ],
        id="hedged-verb-with-to-value",
    ),
    pytest.param(
        "Turnout doubled.",
        [("doubled", Decimal(2), "exact", "up", "Turnout", None)],
        id="lone-verb",
    ),
    pytest.param(
        "Prices have more than doubled since 2020.",
        [("doubled", Decimal(2), "more_than", "up", "Prices", None)],
        id="lone-verb-more-than",
    ),
    pytest.param(
        "Profit halved.",
        [("halved", Decimal("0.5"), "exact", "down", "Profit", None)],
        id="lone-halved",
    ),
    pytest.param(
        "The population of the city has doubled over the past decade.",
        [("doubled", Decimal(2), "exact", "up", "population of the city", None)],
        id="lone-verb-over-a-period",
    ),
    pytest.param(
        "Sales rose threefold.",
        [("rose threefold", Decimal(3), "exact", "up", "Sales", None)],
        id="lone-rise-fold",
    ),
    pytest.param(
        "Sales rose more than threefold in 2023.",
        [("rose more than threefold", Decimal(3), "more_than", "up", "Sales", None)],
        id="lone-rise-hedged-fold",
    ),
    pytest.param(
        "Prices rose by a factor of 4 to $80.",
        [("rose by a factor of 4", Decimal(4), "exact", "up", "Prices", None)],
        id="rise-by-a-factor-of-then-to-leaves-the-level-unlinked",
    ),
    pytest.param(
        "Exports increased by a factor of 10.",
        [("increased by a factor of 10", Decimal(10), "exact", "up", "Exports", None)],
        id="lone-increased-by-a-factor-of",
    ),
    pytest.param(
        "Costs rose by a factor of 10.",
        [("rose by a factor of 10", Decimal(10), "exact", "up", "Costs", None)],
        id="lone-rise-by-a-factor-of",
    ),
    pytest.param(
        "There was a 10-fold increase in cases.",
        [("10-fold increase in cases", Decimal(10), "exact", "up", "cases", None)],
        id="lone-noun-fold-in-object",
    ),
    pytest.param(
        "Revenue jumped threefold to $3 billion.",
        [("jumped threefold to $3 billion", Decimal(3), "exact", "up", "Revenue", "$3 billion")],
        id="rise-fold-with-to-value",
    ),
    pytest.param(
        "Europe saw a more than 42-fold increase in cases, to 59,080 from 417.",
        [
            (
                "increase in cases, to 59,080 from 417",
                Decimal(42),
                "more_than",
                "up",
                "cases",
                "59,080",
            )
        ],
        id="noun-fold-hedged-with-values",
    ),
    pytest.param(
        "Sales rose threefold to 300.",
        [("rose threefold to 300", Decimal(3), "exact", "up", "Sales", "300")],
        id="rise-fold-then-to-a-count",
    ),
    pytest.param(
        "Revenue rose 50% to $3 billion.",
        [("rose 50% to $3 billion", None, None, "up", "Revenue", "$3 billion")],
        id="near-miss-percent-size-no-factor",
    ),
    pytest.param(
        "Output fell by half.",
        [("fell by half", None, None, "down", "Output", None)],
        id="near-miss-by-half-is-a-size",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MULTIPLE_CASES)
def test_changes_multiple_factor(
    extractor: Extractor, text: str, expected: list[MultipleRow]
) -> None:
    article = _extract(extractor, text)
    rows = [
        (c.text, c.factor, c.factor_qualifier, c.direction, c.subject, _text(c.to_value))
        for c in article.changes
    ]
    assert rows == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plant is double the size of the old one.",
        "Twice as many people came.",
        "The firm posted double-digit growth.",
        "He doubled down on the plan.",
        "The gym doubled as a shelter.",
        "Doctors gave a doubled dose.",
        "The firm doubled its stake.",
        "Sales fell threefold.",
        "The team doubled over in pain.",
        "Costs rose by a factor of 2 to 3.",
        "There was a 2- to 3-fold increase in cases.",
        "Sales rose 2- to 3-fold.",
    ],
)
def test_changes_multiple_near_misses_make_no_change(extractor: Extractor, text: str) -> None:
    article = _extract(extractor, text)
    assert article.changes == []
    assert [q.text for q in article.quantities] == []
