"""Exchange-rate levels stated in the text (``facts/exchange_rates.py``).

Each row of ``RATE_CASES`` is ``(text, expected)`` with ``expected`` the rates the text must
yield, each as ``(text, base, quote, rate, certain)``: the span, the currency priced, the
currency of the price, units of quote per unit of base, and ``currency_certain``. The rows
after them must yield no rate: amounts of money, prices per unit, weights, sums bet against a
currency, and rates whose currencies the text leaves unknown. ``CHECK_CASES`` pin the check
against the reference rate (rates looked up once with ``factextract.rates.reference_rate``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factextract import Extractor
from factextract.records import ExchangeRate

PUBLISHED = "2024-03-06"  # a Wednesday: the ECB published that day

Row = tuple[str, str, str, float, bool]

RATE_CASES: list[tuple[str, list[Row]]] = [
    # the currency named before the rate is the quote, the one after "per"/"to the" the base
    ("The rupee closed at 83.12 per dollar.", [("83.12 per dollar", "USD", "INR", 83.12, True)]),
    (
        "The yen fell to 151.9 against the dollar.",
        [("151.9 against the dollar", "USD", "JPY", 151.9, True)],
    ),
    (
        "The rupee closed at 74.91 against the US dollar on Friday.",
        [("74.91 against the US dollar", "USD", "INR", 74.91, True)],
    ),
    (
        "The lira weakened to a record low of 18.85 against the dollar.",
        [("18.85 against the dollar", "USD", "TRY", 18.85, True)],
    ),
    (
        "The naira traded at 1,500 to the dollar on the parallel market.",
        [("1,500 to the dollar", "USD", "NGN", 1500.0, True)],
    ),
    (
        "The central bank devalued the naira to 360 per dollar from 306.",
        [("360 per dollar", "USD", "NGN", 360.0, True), ("306", "USD", "NGN", 306.0, True)],
    ),
    (
        "The naira fell from 306 to 360 per dollar.",
        [("306", "USD", "NGN", 306.0, True), ("360 per dollar", "USD", "NGN", 360.0, True)],
    ),
    # "real" and "sol" name a currency in rates only
    (
        "Brazil's real fell 1% to 5.36 per dollar.",
        [("5.36 per dollar", "USD", "BRL", 5.36, True)],
    ),
    ("Peru's sol closed at 3.75 per dollar.", [("3.75 per dollar", "USD", "PEN", 3.75, True)]),
    ("The dollar fell 0.5% against the real to 5.30.", [("5.30", "USD", "BRL", 5.3, True)]),
    ("Real wages fell 2% to 5.36 per hour.", []),
    ("The real cost rose to $5 billion.", []),
    ("Angola's kwanza fell to 850 per dollar.", [("850 per dollar", "USD", "AOA", 850.0, True)]),
    # a range of rates with one tail: each end a level, the pair of the one tail
    (
        "The rupee traded between 83.1 and 83.4 per dollar.",
        [("83.1", "USD", "INR", 83.1, True), ("83.4 per dollar", "USD", "INR", 83.4, True)],
    ),
    (
        "The yuan was quoted at 7.24 to 7.26 per dollar.",
        [("7.24", "USD", "CNY", 7.24, True), ("7.26 per dollar", "USD", "CNY", 7.26, True)],
    ),
    # ... and with the quote's own name before the tail, no currency named before
    (
        "Cash rates at kiosks in Kyiv ranged from 37.30 to 37.70 hryvnias per dollar.",
        [
            ("37.30", "USD", "UAH", 37.3, True),
            ("37.70 hryvnias per dollar", "USD", "UAH", 37.7, True),
        ],
    ),
    (
        "Banks sold between 130 and 135 Kenyan shillings to the dollar.",
        [
            ("130", "USD", "KES", 130.0, True),
            ("135 Kenyan shillings to the dollar", "USD", "KES", 135.0, True),
        ],
    ),
    ("Output ranged from 30 to 40 tonnes per day.", []),
    (
        "The naira traded at around 1,400 to 1,500 per dollar.",
        [
            ("around 1,400", "USD", "NGN", 1400.0, True),
            ("1,500 per dollar", "USD", "NGN", 1500.0, True),
        ],
    ),
    # ... and "range" between the range and its tail
    (
        "The yen traded in a 150-151 range against the dollar.",
        [
            ("150", "USD", "JPY", 150.0, True),
            ("151 range against the dollar", "USD", "JPY", 151.0, True),
        ],
    ),
    (
        "The rupee moved in a 83-84 range per dollar.",
        [("83", "USD", "INR", 83.0, True), ("84 range per dollar", "USD", "INR", 84.0, True)],
    ),
    (
        "JOHANNESBURG - The rand traded in a R18.1-R18.4 range against the dollar.",
        [
            ("R18.1", "USD", "ZAR", 18.1, True),
            ("R18.4 range against the dollar", "USD", "ZAR", 18.4, True),
        ],
    ),
    # ... decimals on both ends, the first above any clock's hour
    (
        "The rupee traded in a 83.10-83.40 range against the dollar.",
        [
            ("83.10", "USD", "INR", 83.1, True),
            ("83.40 range against the dollar", "USD", "INR", 83.4, True),
        ],
    ),
    ("The meeting runs 10.30-11.30 against the clock.", []),
    # a peg's other currency before the rate; the initials of "the U.S. dollar"
    ("The Saudi riyal is pegged to the dollar at 3.75.", [("3.75", "USD", "SAR", 3.75, True)]),
    (
        "The ringgit is pegged to the U.S. dollar at 4.4804.",
        [("4.4804", "USD", "MYR", 4.4804, True)],
    ),
    (
        "The rupee fell against the U.S. dollar to 83.45.",
        [("83.45", "USD", "INR", 83.45, True)],
    ),
    ("The bank lent the money to the government at 5.5.", []),
    ("The yen traded in a 150-151 range.", []),
    ("The yen traded in a tight range against the dollar.", []),
    ("Shares traded in a 150-151 range against the index.", []),
    # ... and with the same marker on both ends: no amount of money at the first
    (
        "JOHANNESBURG - The rand traded between R18.1 and R18.4 against the dollar.",
        [
            ("R18.1", "USD", "ZAR", 18.1, True),
            ("R18.4 against the dollar", "USD", "ZAR", 18.4, True),
        ],
    ),
    (
        "The rupee traded between Rs 83.1 and Rs 83.4 per dollar.",
        [("Rs 83.1", "USD", "INR", 83.1, True), ("Rs 83.4 per dollar", "USD", "INR", 83.4, True)],
    ),
    (
        "The rand weakened from R18.1 to R18.4 against the dollar.",
        [
            ("R18.1", "USD", "ZAR", 18.1, True),
            ("R18.4 against the dollar", "USD", "ZAR", 18.4, True),
        ],
    ),
    ("JOHANNESBURG - Tickets cost R180 to R200 per person.", []),
    # a currency that traded between two marked values: both are its rates
    (
        "The euro traded between $1.08 and $1.09.",
        [("$1.08", "EUR", "USD", 1.08, True), ("$1.09", "EUR", "USD", 1.09, True)],
    ),
    (
        "The euro has traded between $1.05 and $1.10 this year.",
        [("$1.05", "EUR", "USD", 1.05, True), ("$1.10", "EUR", "USD", 1.1, True)],
    ),
    ("Bitcoin traded between $60,000 and $62,000.", []),
    ("The dollar traded between 150 and 151 yen.", []),  # a rate's range: no money either
    ("The euro fell 0.3% and $2 billion of bonds were sold.", []),
    ("JOHANNESBURG - The plan costs between R18 and R20 billion.", []),
    ("The company expects revenue between 83 and 84 per share.", []),
    ("Prices ranged between 5 and 7 dollars.", []),
    # a name's guessed default that the rate refutes (over 3x off its reference): the one
    # other currency of the name the rate fits, else no record
    ("The peso closed at 55.9 per dollar.", [("55.9 per dollar", "USD", "PHP", 55.9, False)]),
    ("The peso closed at 17.1 per dollar.", [("17.1 per dollar", "USD", "MXN", 17.1, False)]),
    ("The official exchange rate was 998 pesos per dollar.", []),
    # a currency that places point to, unsure, is read again the same way
    ("The official exchange rate was 998 pesos per dollar in Manila.", []),
    (
        "MANILA - The peso closed at 58.6 per dollar.",
        [("58.6 per dollar", "USD", "PHP", 58.6, True)],  # the dateline's, no rival named
    ),
    (
        "MANILA - The peso closed at 58.6 per dollar, weaker than Mexico's.",
        [("58.6 per dollar", "USD", "PHP", 58.6, False)],  # a rival named: a guess
    ),
    (
        "MANILA - Filipinos abroad sent more. The peso in Argentina was at 900 per dollar.",
        [("900 per dollar", "USD", "ARS", 900.0, False)],
    ),
    ("The peso weakened 1.2% to 3,900 per dollar.", []),
    (
        "Colombia's peso rose 1.5% to 3,900 per dollar.",
        [("3,900 per dollar", "USD", "COP", 3900.0, False)],
    ),
    (
        "The shilling has been stable at around 129 to the dollar since March.",
        [("around 129 to the dollar", "USD", "KES", 129.0, False)],  # or UGX, TZS
    ),
    # a sure default ("rupee": INR) is a guess where places name another of its currencies,
    # and a default the reference refutes reads the one other currency the places name and
    # no reference refutes (PKR), else no record
    (
        "ISLAMABAD - The rupee weakened to 280 against the dollar. In India, the rupee was at"
        " 83.4.",
        [("280 against the dollar", "USD", "PKR", 280.0, False)],
    ),
    (
        "NEW DELHI - India and Pakistan traded barbs. The rupee closed at 278 per dollar.",
        [("278 per dollar", "USD", "PKR", 278.0, False)],
    ),
    ("The rupee closed at 278 per dollar on Tuesday.", []),
    (
        "NEW DELHI - Officials of India and Pakistan met. The rupee closed at 83.45 per dollar.",
        [("83.45 per dollar", "USD", "INR", 83.45, True)],
    ),
    (
        "MUMBAI - The rupee closed at 83.45 per dollar. Pakistan's rupee fell.",
        [("83.45 per dollar", "USD", "INR", 83.45, False)],
    ),
    (
        "ISLAMABAD - The rupee closed at 278 per dollar, traders in Pakistan said.",
        [("278 per dollar", "USD", "PKR", 278.0, True)],  # the dateline's, no rival named
    ),
    # the currency a rate counts against is no quote
    (
        "The dong has weakened 2.9% against the dollar this year, trading at 23,191 per dollar.",
        [("23,191 per dollar", "USD", "VND", 23191.0, True)],
    ),
    # a currency marker on the number is the quote
    (
        "The rand weakened to R15.50 against the dollar.",
        [("R15.50 against the dollar", "USD", "ZAR", 15.5, True)],
    ),
    (
        "It closed at 1,612 naira per dollar on the official market.",
        [("1,612 naira per dollar", "USD", "NGN", 1612.0, True)],
    ),
    # no "per": the subject is the base, the number's marker the quote
    ("The euro was steady at $1.0915.", [("$1.0915", "EUR", "USD", 1.0915, True)]),
    ("The euro bought $1.0850 in late trade.", [("$1.0850", "EUR", "USD", 1.085, True)]),
    (
        "The Australian dollar rose 0.4 per cent to 67.3 US cents.",
        [("67.3 US cents", "AUD", "USD", 0.673, True)],
    ),
    # the level a rate moved past, and a tail that restates the quote's currency
    (
        "The pound fell below $1.25 for the first time since November.",
        [("below $1.25", "GBP", "USD", 1.25, False)],  # a bare pound: sterling, unsure
    ),
    ("Sterling hovered above $1.27.", [("above $1.27", "GBP", "USD", 1.27, True)]),
    (
        "The euro slipped to $1.08 against the greenback.",
        [("$1.08 against the greenback", "EUR", "USD", 1.08, True)],
    ),
    # a name money leaves unread for its other sense is a currency in a rate
    (
        "The won closed at 1,380.5 per U.S. dollar.",
        [("1,380.5 per U.S. dollar", "USD", "KRW", 1380.5, False)],
    ),
    # a currency pair
    ("EUR/USD fell 0.2% to 1.0850.", [("1.0850", "EUR", "USD", 1.085, True)]),
    # "dollar" after "per" is the US dollar, unsure where the article's own dollar is another
    (
        "SYDNEY - The peso fell to 18.2 per dollar.",
        [("18.2 per dollar", "USD", "MXN", 18.2, False)],
    ),
    # another level of a rate in its sentence: not money, not a count, the same pair
    (
        "The dollar was 0.3% weaker at 147.62 yen, having touched a five-month low of 146.54"
        " yen on Tuesday.",
        [("147.62 yen", "USD", "JPY", 147.62, True), ("146.54 yen", "USD", "JPY", 146.54, True)],
    ),
    (
        "Sterling rose 0.3% to $1.2710 after hitting $1.2750 earlier.",
        [("$1.2710", "GBP", "USD", 1.271, True), ("$1.2750", "GBP", "USD", 1.275, True)],
    ),
    (
        "The peso traded at 17.3 per dollar in Mexico City, compared with roughly 19.5 a year"
        " earlier.",
        [("17.3 per dollar", "USD", "MXN", 17.3, True), ("roughly 19.5", "USD", "MXN", 19.5, True)],
    ),
    # a verb of change that continues the rate's clause (no subject of its own): another level
    (
        "CAIRO - On the parallel market the dollar changed hands for as much as 75 pounds on"
        " Sunday before easing to about 60 pounds.",
        [
            ("as much as 75 pounds", "USD", "EGP", 75.0, False),
            ("about 60 pounds", "USD", "EGP", 60.0, False),
        ],
    ),
    (
        "The rupee fell to 83.4 per dollar in Mumbai, India, then recovered to 82.9.",
        [("83.4 per dollar", "USD", "INR", 83.4, True), ("82.9", "USD", "INR", 82.9, True)],
    ),
    # the level a rate moved from after a comma, past its place, day and source (and an
    # initial's dots: "U.S."); not past a sentence's end
    (
        "DAMASCUS - The Syrian pound strengthened to about 11,500 per U.S. dollar on the black"
        " market in Damascus on Monday, traders said, from around 14,750 before the fall.",
        [
            ("about 11,500 per U.S. dollar", "USD", "SYP", 11500.0, True),
            ("around 14,750", "USD", "SYP", 14750.0, True),
        ],
    ),
    (
        "DUBAI - Iran's rial fell to a record low of 800,000 to the U.S. dollar on the unofficial"
        " market on Monday, foreign exchange websites showed, down from about 580,000 in August.",
        [
            ("800,000 to the U.S. dollar", "USD", "IRR", 800000.0, True),
            ("about 580,000", "USD", "IRR", 580000.0, True),
        ],
    ),
    (
        "DUBAI - Iran's rial fell to 800,000 to the U.S. dollar on the unofficial market on"
        " Monday, said the IMF. The index fell from 600,000.",
        [("800,000 to the U.S. dollar", "USD", "IRR", 800000.0, True)],
    ),
    # a rate noun's verb of change before the level, in an article that met a rate
    (
        "CARACAS - The official rate weakened to 69.79 bolivars per dollar on Friday, while the"
        " rate on the parallel market climbed to about 100 bolivars.",
        [
            ("69.79 bolivars per dollar", "USD", "VES", 69.79, True),
            ("about 100 bolivars", "USD", "VES", 100.0, True),
        ],
    ),
    (
        "LAGOS - The naira traded at 1,500 per dollar, while the black-market rate climbed 5% to"
        " 1,650 naira.",
        [
            ("1,500 per dollar", "USD", "NGN", 1500.0, True),
            ("1,650 naira", "USD", "NGN", 1650.0, True),
        ],
    ),
    (  # another noun's rate: money, no rate
        "LAGOS - The naira traded at 1,500 per dollar. The hourly rate rose to 1,650 naira.",
        [("1,500 per dollar", "USD", "NGN", 1500.0, True)],
    ),
    # a bare level after a currency named as a market verb's subject: a level of the
    # article's rate of that currency, of about its size; and the close it moved from
    (
        "MUMBAI - The rupee fell to 84.50 per dollar on Friday. The rupee closed at 84.4950,"
        " little changed from its previous close of 84.4875.",
        [
            ("84.50 per dollar", "USD", "INR", 84.5, True),
            ("84.4950", "USD", "INR", 84.495, True),
            ("84.4875", "USD", "INR", 84.4875, True),
        ],
    ),
    (  # another currency than the article's rate: no pair to read
        "MUMBAI - The rupee fell to 84.50 per dollar on Friday. The yen closed at 151.2.",
        [("84.50 per dollar", "USD", "INR", 84.5, True)],
    ),
    (  # far from the rate's size: no level of it
        "MUMBAI - The rupee fell to 84.50 per dollar on Friday. The rupee closed at 8.45.",
        [("84.50 per dollar", "USD", "INR", 84.5, True)],
    ),
    (  # a clause of its own subject: bread's price, no rate
        "The naira traded at 1,500 per dollar in Lagos, Nigeria, with bread prices climbing to"
        " 1,200 naira.",
        [("1,500 per dollar", "USD", "NGN", 1500.0, True)],
    ),
    # the bolivar's code is the day's: VES from 2018-08-20 (PUBLISHED 2024), VEF (no record)
    # before it and no record without a date (test_bolivar_rate_by_date)
    (
        "CARACAS - The official exchange rate weakened to 69.79 bolivars per dollar on Friday.",
        [("69.79 bolivars per dollar", "USD", "VES", 69.79, True)],
    ),
    (
        "Venezuela's bolivar fell to 60 per dollar.",
        [("60 per dollar", "USD", "VES", 60.0, True)],
    ),
    # a rate's noun before an amount in the currency of the article's last rate
    (
        "The official rate is 880 pesos per dollar in Buenos Aires, Argentina, while the"
        " unofficial rate stood at 1,100 pesos.",
        [
            ("880 pesos per dollar", "USD", "ARS", 880.0, False),
            ("1,100 pesos", "USD", "ARS", 1100.0, False),
        ],
    ),
    (
        "The peso was devalued to 800 per dollar in Buenos Aires, Argentina. The informal"
        " 'blue' rate was near 1,050 pesos.",
        [
            ("800 per dollar", "USD", "ARS", 800.0, False),
            ("near 1,050 pesos", "USD", "ARS", 1050.0, False),
        ],
    ),
    # ... an apposition without a number between the rate's noun and its verb
    (
        "The official exchange rate was 998 pesos per dollar. The parallel 'blue' rate, widely"
        " used by Argentines, stood at about 1,125 pesos.",
        [
            ("998 pesos per dollar", "USD", "ARS", 998.0, False),
            ("about 1,125 pesos", "USD", "ARS", 1125.0, False),
        ],
    ),
    (
        "The exchange rate, set by the central bank, was 998 pesos per dollar in Argentina.",
        [("998 pesos per dollar", "USD", "ARS", 998.0, False)],
    ),
    # a bare "pound" after the rate is sterling, unsure
    (
        "The rupee fell to 300 against the pound from 280.",
        [
            ("300 against the pound", "GBP", "INR", 300.0, False),
            ("280", "GBP", "INR", 280.0, False),
        ],
    ),
    # pounds as a currency's rate weigh nothing; their pound is the places' ("CAIRO"), unsure
    (
        "CAIRO - The dollar traded at 49.5 pounds at banks on Monday, up from 47.2 pounds.",
        [
            ("49.5 pounds", "USD", "EGP", 49.5, False),
            ("47.2 pounds", "USD", "EGP", 47.2, False),
        ],
    ),
    (
        "The Egyptian pound fell to 49.5 pounds per dollar.",
        [("49.5 pounds per dollar", "USD", "EGP", 49.5, False)],
    ),
    (
        "The dollar fetched 1,500 pounds in Khartoum's parallel market.",
        [("1,500 pounds", "USD", "SDG", 1500.0, False)],
    ),
    ("The dollar traded at 49.5 pounds on Monday.", []),  # whose pounds? no weight either
    # a currency "sells for", "changed hands for", "went for" its rate
    (
        "On the black market, a dollar sells for 1,400 naira.",
        [("1,400 naira", "USD", "NGN", 1400.0, True)],
    ),
    (
        "In Cairo, dollars changed hands for 70 pounds on the black market.",
        [("70 pounds", "USD", "EGP", 70.0, False)],
    ),
    # ... with a bound's words before the rate: "as much as", "more than", "up to"
    (
        "On the black market, dollars had sold for as much as 97 kina in June.",
        [("as much as 97 kina", "USD", "PGK", 97.0, True)],
    ),
    (
        "In Cairo, dollars changed hands for as much as 70 pounds on the black market.",
        [("as much as 70 pounds", "USD", "EGP", 70.0, False)],
    ),
    (
        "The dollar sold for more than 1,400 naira.",
        [("more than 1,400 naira", "USD", "NGN", 1400.0, True)],
    ),
    ("Dollars changed hands for as much as 75 pounds.", []),  # whose pounds? no weight either
    ("He sold his car for as much as 1,400 naira.", []),
    ("Dollar General sold for $5 billion.", []),
    ("The euro sold for $1.08.", [("$1.08", "EUR", "USD", 1.08, True)]),
    ("A rare silver dollar fetched $7.7 million at auction.", []),  # a coin's price
    ("He sold his dollars for 1,400 naira each.", []),
    # an adverb between the name and its verb: "now", "currently", "still"
    (
        "A dollar now goes for 89,500 Lebanese pounds.",
        [("89,500 Lebanese pounds", "USD", "LBP", 89500, True)],
    ),
    ("The dollar now trades at 157 yen.", [("157 yen", "USD", "JPY", 157, True)]),
    ("One dollar now buys 7.1 yuan.", [("7.1 yuan", "USD", "CNY", 7.1, True)]),
    # a bare level after "against the <currency> to": the pair quoted the market's way round,
    # the way whose reference rate it is near ("the yen fell against the dollar" prices USD)
    (
        "The dollar rose 0.6% against the yen to 150.5.",
        [("150.5", "USD", "JPY", 150.5, True)],
    ),
    ("The yen fell against the dollar to 150.5.", [("150.5", "USD", "JPY", 150.5, True)]),
    (
        "The euro fell 0.3% versus the dollar to 1.0720.",
        [("1.0720", "EUR", "USD", 1.072, True)],
    ),
    ("The naira weakened against the dollar to 1,480.", []),  # no reference: which way?
    ("The dollar rose against most currencies to 105.", []),
    ("The dollar rose against the yen to 40,000.", []),  # no rate of the pair
    # ... and after "Against the <currency>," fronted at the sentence's start
    ("Against the dollar, the yen fell to 150.5.", [("150.5", "USD", "JPY", 150.5, True)]),
    (
        "Against the yen, the dollar climbed 0.4% to 151.20.",
        [("151.20", "USD", "JPY", 151.2, True)],
    ),
    (
        "Against the dollar, the euro rose 0.3% to 1.0850.",
        [("1.0850", "EUR", "USD", 1.085, True)],
    ),
    ("Against the dollar, the naira weakened to 1,480.", []),  # no reference: which way?
    ("Against expectations, the yen fell to 150.5.", []),
    (
        "Against the dollar, the yen fell to 150.5 and the index rose to 105.",
        [("150.5", "USD", "JPY", 150.5, True)],
    ),
    # a dinar's rate: the dinar the text names, the places' dinar, else none
    (
        "The Algerian dinar traded at 134.5 per dollar.",
        [("134.5 per dollar", "USD", "DZD", 134.5, True)],
    ),
    (
        "AMMAN - The dinar has been pegged at 0.709 per dollar since 1995.",
        [("0.709 per dollar", "USD", "JOD", 0.709, True)],
    ),
    ("The Kuwaiti dinar was worth $3.26.", [("$3.26", "KWD", "USD", 3.26, True)]),
    ("The dinar was quoted at 1,310 per dollar.", []),
    # no rate
    (
        "The naira traded at 1,500 per dollar, with bread at 1,200 naira a loaf.",
        [("1,500 per dollar", "USD", "NGN", 1500.0, True)],
    ),  # the loaf's price stays money
    (
        "The yen hit 150 per dollar, hitting exporters' profits of ¥2 trillion.",
        [("150 per dollar", "USD", "JPY", 150.0, True)],
    ),  # scaled: money
    (
        "The naira traded at 1,500 per dollar; bread rose to 1,200 naira.",
        [("1,500 per dollar", "USD", "NGN", 1500.0, True)],
    ),  # another clause
    ("Oil rose to $80 a barrel.", []),
    ("The euro zone economy grew over $1 trillion.", []),
    ("Shares held above $12.50.", []),
    ("Beef sold for 10 per pound.", []),
    ("The fund bet $10bn against the pound.", []),
    ("Egypt lets pound plunge as IMF deal expands to $8 billion.", []),
    ("An exchange rate of 300 per dollar was agreed.", []),  # whose 300?
    ("The government set an exchange rate of 300 pesos in Buenos Aires.", []),  # of what?
    ("Exports to the euro area rose to 3,000 to the euro zone.", []),
    ("The dollar index rose to 104.2.", []),
]


def _rows(rates: list[ExchangeRate]) -> list[Row]:
    return [(r.text, r.base, r.quote, float(r.rate), r.currency_certain) for r in rates]


@pytest.mark.parametrize(("text", "expected"), RATE_CASES)
def test_exchange_rate_cases(extractor: Extractor, text: str, expected: list[Row]) -> None:
    article = extractor.extract(text, published=PUBLISHED)
    assert sorted(_rows(article.exchange_rates)) == sorted(expected)
    for rate in article.exchange_rates:
        assert article.text[rate.start_char : rate.end_char] == rate.text
        assert not any(
            m.start_char < rate.end_char and rate.start_char < m.end_char for m in article.money
        )  # a rate is no amount of money
        assert not any(
            q.start_char < rate.end_char and rate.start_char < q.end_char
            for q in article.quantities
        )  # nor a count


@pytest.mark.parametrize(
    ("published", "quote"),
    [("2025-03-14", "VES"), ("2018-08-20", "VES"), ("2018-08-19", None), (None, None)],
)
def test_bolivar_rate_by_date(extractor: Extractor, published: str | None, quote: str) -> None:
    text = "The official exchange rate weakened to 69.79 bolivars per dollar."
    article = extractor.extract(text, published=published)
    assert [r.quote for r in article.exchange_rates] == ([quote] if quote else [])
    assert article.money == [] and article.quantities == []  # a rate, neither money nor count


# (text, the weights it keeps): pounds a rate's subject names are no weight, but pounds
# weighed or of a thing are, after a currency's move too
RATE_WEIGHTS = [
    ("The dollar traded at 49.5 pounds on Monday.", []),
    ("The exchange rate was 49.5 pounds per dollar.", []),
    ("The dollar rose 1% and the baby weighed in at 8 pounds.", ["8 pounds"]),
    ("The dollar hit 2 pounds of sugar.", ["2 pounds of sugar"]),
    ("The pound fell to $1.25 and a bag of rice rose to 25 pounds.", ["25 pounds"]),
    # another level of the rate in its clause weighs nothing either, a weight's move does
    ("The dollar fetched 75 pounds on Sunday before easing to about 60 pounds.", []),
    ("The dollar fetched 75 pounds on Sunday, then fell back to 60 pounds.", []),
    ("The dollar fetched 75 pounds. It fell back to 60 pounds.", ["60 pounds"]),
    ("He weighed 75 pounds before climbing to 90 pounds.", ["75 pounds", "90 pounds"]),
]


@pytest.mark.parametrize(("text", "weights"), RATE_WEIGHTS)
def test_rate_pounds_weigh_nothing(extractor: Extractor, text: str, weights: list[str]) -> None:
    article = extractor.extract(text, published=PUBLISHED)
    assert [q.text for q in article.quantities if q.unit == "lb"] == weights


# a level of a currency's move against another counts nothing, recorded or not
RATE_NO_COUNTS = [
    "The rupee fell to 84.50 per dollar. The yen closed at 151.2.",
    "The rupee fell to 84.50 per dollar. The rupee closed at 8.45.",
    "The naira weakened against the dollar to 1,480.",
    "The dollar rose against the yen to 40,000.",
    "The dollar rose 0.6% against the yen to 150.5.",
    "Against the dollar, the yen fell to 150.5.",
    "Against the dollar, the naira weakened to 1,480.",
]


@pytest.mark.parametrize("text", RATE_NO_COUNTS)
def test_rate_against_counts_nothing(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text, published=PUBLISHED).quantities == []


# (text, published, deviation, consistent, note substring)
CHECK_CASES = [
    ("The rupee closed at 83.12 per dollar.", PUBLISHED, 0.0036, True, None),
    # 1.5 % off the day's reference: within 3 %
    ("The yen fell to 151.9 against the dollar.", PUBLISHED, 0.0154, True, None),
    # a parallel-market rate: far from the reference, and the record says so
    ("The rand traded at R22.40 to the dollar on the street.", PUBLISHED, 0.1859, False, None),
    # hedged: 6 % allowed
    (
        "The peso was at about 17.9 per dollar, Mexican traders said.",
        PUBLISHED,
        0.0605,
        False,
        None,
    ),
    ("The naira fell to 1,500 per dollar.", PUBLISHED, None, None, "no reference rate for NGN"),
    ("The rupee closed at 83.12 per dollar.", None, None, None, "no publication date"),
]


@pytest.mark.parametrize(("text", "published", "deviation", "consistent", "note"), CHECK_CASES)
def test_exchange_rate_checks(
    extractor: Extractor,
    text: str,
    published: str | None,
    deviation: float | None,
    consistent: bool | None,
    note: str | None,
) -> None:
    (rate,) = extractor.extract(text, published=published).exchange_rates
    assert (None if rate.deviation is None else float(rate.deviation)) == deviation
    assert rate.consistent is consistent
    assert (rate.note is None) if note is None else (note in (rate.note or ""))


@pytest.mark.parametrize(
    ("text", "reference_date"),
    [
        # the day the text gives the rate for, when it is past: its reference
        (
            "The yen slid to a 34-year low of 160.245 per dollar on April 29.",
            dt.date(2024, 4, 29),
        ),
        ("The yen was at 156.80 per dollar on Friday.", dt.date(2024, 5, 31)),
        # a day ahead has no reference rate: the publication's
        ("The yen could hit 170 per dollar on June 30.", dt.date(2024, 5, 31)),
        ("The yen was at 156.80 per dollar in April.", dt.date(2024, 5, 31)),
    ],
)
def test_exchange_rate_reference_of_the_stated_day(
    extractor: Extractor, text: str, reference_date: dt.date
) -> None:
    (rate,) = extractor.extract(text, published="2024-05-31").exchange_rates
    assert rate.reference_date == reference_date


def test_exchange_rates_span_group() -> None:
    """The links component writes the rates to ``doc.spans["exchange_rates"]``, the pair in
    ``kb_id_``, for a user of the spaCy components."""
    from factextract import build_nlp

    doc = build_nlp()("The rupee closed at 83.12 per dollar. The euro bought $1.0850.")
    found = [(s.text, s.label_, s.kb_id_) for s in doc.spans["exchange_rates"]]
    assert found == [
        ("83.12 per dollar", "exchange_rate", "USD/INR"),
        ("$1.0850", "exchange_rate", "EUR/USD"),
    ]


FRAGMENTS = st.sampled_from(
    [
        "The rupee",
        "the naira",
        "EUR/USD",
        "the euro",
        "The Australian dollar",
        "the pound",
        "closed at",
        "fell to",
        "rose 0.2% to",
        "weakened past",
        "touched a low of",
        "from",
        "to",
        "per dollar",
        "to the dollar",
        "against the dollar",
        "against the pound",
        "$1.0850",
        "R15.50",
        "83.12",
        "1,500",
        "306",
        "67.3 US cents",
        "around",
        "¥150.2",
        "$8 billion",
        "per pound",
        "bought",
        ",",
        ".",
        " and ",
        "(",
        ")",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(st.one_of(FRAGMENTS, st.text(max_size=6)), max_size=14).map(" ".join))
def test_exchange_rates_property_random_text(extractor: Extractor, text: str) -> None:
    """Any text: no crash, exact offsets, a pair of two currencies and a positive rate, and no
    rate that is also money or a count."""
    article = extractor.extract(text, published=PUBLISHED)
    others = [*article.money, *article.quantities]
    for rate in article.exchange_rates:
        assert article.text[rate.start_char : rate.end_char] == rate.text
        assert rate.base != rate.quote and rate.rate > 0
        assert not any(
            o.start_char < rate.end_char and rate.start_char < o.end_char for o in others
        )
