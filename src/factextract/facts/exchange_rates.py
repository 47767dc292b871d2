"""Exchange rates stated as levels, checked against the reference rate.

"the rupee closed at 83.12 per dollar", "the pound weakened to around 49.5 to the dollar from
30.85", "the rand weakened to R15.50 against the dollar", "the euro bought $1.0850", "the
Australian dollar rose to 67.3 US cents", "EUR/USD fell 0.2% to 1.0850". Money turns these
numbers down (a price of a currency is no amount of money) and so do the quantities; here each
becomes one ``ExchangeRate``: the currency priced (``base``), the currency of the price
(``quote``) and the rate, units of quote per base.

The quote is the number's own currency marker ("R15.50", "67.3 US cents"), else the currency
named as the subject ("the rupee closed at"); the base is the currency after the number ("per
dollar", "against the dollar"), else the subject when the number carries a marker ("the euro
bought $1.0850"), else the currency pair ("EUR/USD"). The rate one moved from ("... from
30.85") takes the pair of the rate before it in its sentence. Where neither side is known, no
record: a rate of unknown currencies says nothing.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import partial
from typing import NamedTuple

from spacy.tokens import Doc, Span, SpanGroup

from factextract import lexicons, rates
from factextract.facts import money, numerals, qualifiers
from factextract.facts.money.amounts import (
    RATE_ONLY_NAMES,
    moved_from_rate,
    pair_of_rate,
    prefix_marker,
    rate_against,
    rate_against_before,
    rate_level_of_subject,
    rate_name_before,
    rate_noun_before,
    rate_parts,
    rate_subject,
)
from factextract.facts.money.resolution import (
    CurrencyResolver,
    Resolution,
    ambiguous_marker,
    code_of_day,
)
from factextract.facts.spans import Context
from factextract.patterns import LazyPattern
from factextract.records import DateFact, ExchangeRate

GROUP = "exchange_rates"

DEFAULT_TOLERANCE = 0.03
"""|stated / reference - 1| allowed: market reports quote a rate of the day or the day before."""
DEFAULT_HEDGED_TOLERANCE = 0.06
"""Allowed when the text hedges ("around 49.5 to the dollar")."""

_HEDGES = frozenset({"approx", "nearly"})
_BRIDGE = LazyPattern(
    r"[ \u00a0]*(?:to|and|[-\u2013])[ \u00a0]*(?:[^\W\d_]{1,3}\.?[ \u00a0]?|[$£€¥₹])?"
    r"(?P<number>[0-9][0-9,.]*[0-9])"
)
"""The other end of two rates sharing one tail: "from 306 to 360 per dollar", "between
R18.1 and R18.4 against the dollar" (the same marker on both ends, or none)."""
_BARE_DOLLARS = frozenset({"dollar", "dollars"})
_BARE_POUNDS = frozenset({"pound", "pounds"})


class _Found(NamedTuple):
    """A rate before it is checked: its span, pair, value and qualifier."""

    start: int
    end: int
    base: str
    quote: str
    rate: Decimal
    certain: bool
    cue: qualifiers.Cue | None
    guessed: str = ""
    """The currency name or marker whose default reading is the quote ("pesos": MXN), if
    that reading was a guess among several currencies."""


def _currency(name: str, resolver: CurrencyResolver) -> Resolution:
    """The currency a name or marker means in this article ("dollar" by its context). A
    name money leaves unread for its other senses is a currency in a rate: its one currency
    ("the won closed at"), or sterling for a pound ("the pound fell below $1.25"), unsure."""
    only = RATE_ONLY_NAMES.get(name.lower())
    if only is not None:
        return Resolution(only, True, "stated")  # "against the greenback", "the real"
    entry = ambiguous_marker(name)
    if entry is not None:
        found = resolver.resolve(name)
        if found.code is None and (len(entry.candidates) == 1 or name.lower() in _BARE_POUNDS):
            return Resolution(entry.candidates[0], False, "a rate's currency of that name")
        return found
    index = lexicons.currency_index()
    code = index.names.get(name.lower()) or index.symbols.get(name)
    return Resolution(code, code is not None, "stated")


def _found(
    ctx: Context,
    resolver: CurrencyResolver,
    number: Span,
    earlier: _Found | None,
    before: _Found | None,
    pairs: bool,
) -> _Found | None:
    """The rate the number states, else None. ``earlier`` is the article's last rate before
    it, ``before`` that rate when it is of the same sentence (what a "from" value moved from);
    ``pairs`` whether the text has a "/" (a pair such as "EUR/USD" may name the currencies)."""
    text, start, end = ctx.text, number.start_char, number.end_char
    pair = pair_of_rate(text, start) if pairs else None
    moved = before is not None and moved_from_rate(text, start, resolver)
    if pair is None and not moved and not _turned_down(resolver, start, end):
        return _against_before(ctx, resolver, number) or _subject_level(
            ctx, resolver, number, earlier
        )  # most numbers: None
    if not text[start:end].replace(",", "").replace(".", "").isdigit():
        return None  # "$8 billion", "five": a rate is written in digits, never scaled
    parts = rate_parts(ctx, number, resolver) if pair is None else None
    marker = None
    if parts is not None:
        if parts.amount_max is not None:
            return None  # a range of rates: rare, and no single level to check
        span_start, value_end, value = parts.start, parts.end, parts.amount
        quote: Resolution | None = Resolution(parts.currency, parts.certain, parts.reason)
        cue, quote_name = parts.cue, parts.marker
    else:
        values = numerals.normalize(text[start:end])
        if values is None or values[1] is not None:
            return None
        value, value_end, quote, quote_name = values[0], end, None, ""
        marker = prefix_marker(text, start)  # "R15.50" with no South African context
        span_start = marker[1] if marker is not None else start
        cue = qualifiers.before(text, span_start)
        span_start = cue.start if cue is not None else span_start
    if pair is not None:
        return _Found(span_start, value_end, pair[0], pair[1], value, True, cue)
    against = rate_against(text, value_end)
    bridge = _BRIDGE.match(text, value_end) if against is None else None
    if bridge is not None and not _same_marker(text, start, bridge.start("number")):
        bridge = None  # "18.1 and US$5": no end of the same rate
    if bridge is not None and (against := rate_against(text, bridge.end())) is not None:
        against = (against[0], value_end)  # "from 306 to 360 per dollar": 306 alone
    base: Resolution | None = None
    if against is not None:
        base, value_end = _counted_against(against[0], resolver), against[1]
        if quote is None:  # "the naira to 360 per dollar": the currency named before
            name = rate_name_before(text, ctx.sentence_start(start), span_start)
            quote = _currency(name, resolver) if name is not None else None
            quote_name = name or ""
            if quote is not None and marker is not None and not _marks(marker[0], quote):
                return None  # "the rand ... $15.50 against the pound"
    elif quote is not None and (subject := _subject(text, span_start, cue)) is not None:
        base = _currency(subject, resolver)  # "the euro bought $1.0850"
    elif before is not None and (moved or moved_from_rate(text, span_start, resolver)):
        if quote is not None and quote.code != before.quote:
            return None
        return _Found(
            span_start,
            value_end,
            before.base,
            before.quote,
            value,
            before.certain,
            cue,
            before.guessed,
        )
    elif (
        quote is not None
        and earlier is not None
        and earlier.quote == quote.code
        and rate_noun_before(text, span_start)
    ):  # "the official rate of 880 pesos per dollar ... the informal rate was near 1,050 pesos"
        base = Resolution(earlier.base, earlier.certain, "the article's rate of that currency")
    if (
        base is not None
        and quote is not None
        and base.code == quote.code
        and parts is not None
        and (subject := _subject(text, span_start, cue)) is not None
    ):  # "the euro slipped to $1.08 against the greenback": the tail restates the quote
        base = _currency(subject, resolver)
    if base is None or quote is None or base.code is None or quote.code is None:
        return None
    iso = lexicons.iso4217()
    if base.code == quote.code or base.code not in iso or quote.code not in iso or value <= 0:
        return None
    certain = base.certain and quote.certain
    guessed = quote_name if _default_read(quote) else ""
    return _Found(span_start, value_end, base.code, quote.code, value, certain, cue, guessed)


def _same_marker(text: str, one: int, other: int) -> bool:
    """Whether the numbers at chars ``one`` and ``other`` carry the same currency marker, or
    none ("R18.1" and "R18.4", "306" and "360"; not "306" and "R360")."""
    first, second = prefix_marker(text, one), prefix_marker(text, other)
    if first is None or second is None:
        return first is None and second is None and text[other - 1] in " \u00a0-\u2013"
    return first[0] == second[0]


def _default_read(currency: Resolution) -> bool:
    """Whether a currency is an ambiguous name's default reading ("pesos": MXN), unsure or
    sure by itself ("the rupee" with no place: INR, which 278 per dollar refutes)."""
    return currency.reason.startswith("default reading of") or (
        not currency.certain and currency.reason.startswith("places in the article point to")
    )


_ORIENTED_ON = dt.date(2020, 1, 2)
"""The day whose reference rate says which way round a pair is quoted: any day does, the
two ways differing by the square of the rate."""
_ORIENTED_WITHIN = 3.0
"""How far from that day's reference a rate may stand (the yen at 76 or 160 per dollar)."""


def _against_before(ctx: Context, resolver: CurrencyResolver, number: Span) -> _Found | None:
    """The rate a bare number states as the level of a currency's move against another ("The
    dollar rose 0.6% against the yen to 157.5"). Which currency is priced is the market's
    convention ("the yen fell against the dollar to 157.5" prices the dollar too): the way
    round whose reference rate the number is near, where both have one; else no record."""
    text, start, end = ctx.text, number.start_char, number.end_char
    names = rate_against_before(text, start)
    if names is None or not text[start:end].replace(",", "").replace(".", "").isdigit():
        return None
    values = numerals.normalize(text[start:end])
    if values is None or values[1] is not None or values[0] <= 0:
        return None
    one, other = _currency(names[0], resolver), _counted_against(names[1], resolver)
    if one.code is None or other.code is None or one.code == other.code:
        return None
    reference = rates.reference_rate(one.code, other.code, _ORIENTED_ON).rate
    if reference is None or reference <= 0:
        return None
    value = values[0]
    near, inverse = float(value / reference), float(value * reference)
    if 1 / _ORIENTED_WITHIN <= near <= _ORIENTED_WITHIN and abs(math.log(near)) < abs(
        math.log(inverse)
    ):
        base, quote = one, other
    elif 1 / _ORIENTED_WITHIN <= inverse <= _ORIENTED_WITHIN and abs(math.log(inverse)) < abs(
        math.log(near)
    ):
        base, quote = other, one
    else:
        return None
    cue = qualifiers.before(text, start)
    span_start = cue.start if cue is not None else start
    certain = base.certain and quote.certain
    return _Found(span_start, end, base.code, quote.code, value, certain, cue)  # type: ignore[arg-type]


def _subject_level(
    ctx: Context, resolver: CurrencyResolver, number: Span, earlier: _Found | None
) -> _Found | None:
    """A bare figure after a currency named as the subject of a market verb ("The rupee closed
    at 84.4950"): a level of the article's last rate before it when that rate is of the
    currency and of about the figure's size (half to twice); else None (no pair to read)."""
    text, start, end = ctx.text, number.start_char, number.end_char
    if earlier is None or not rate_level_of_subject(text, start, end, resolver):
        return None  # most numbers
    values = numerals.normalize(text[start:end])
    name = rate_subject(text, start)
    if values is None or values[1] is not None or name is None:
        return None
    value = values[0]
    if _currency(name, resolver).code not in (earlier.base, earlier.quote):
        return None  # "the yen closed at 150" after a rate of the rupee
    if not earlier.rate / 2 <= value <= earlier.rate * 2:
        return None
    cue = qualifiers.before(text, start)
    return _Found(
        cue.start if cue else start,
        end,
        earlier.base,
        earlier.quote,
        value,
        earlier.certain,
        cue,
        earlier.guessed,
    )


def _subject(text: str, start: int, cue: qualifiers.Cue | None) -> str | None:
    """The currency named as the subject of the rate at ``start``, before its qualifier or
    after it ("the pound fell below $1.25": "below" is the qualifier and the word the
    subject pattern reads)."""
    found = rate_subject(text, start)
    if found is None and cue is not None and cue.start == start:
        found = rate_subject(text, len(text) - len(text[cue.end :].lstrip(" \u00a0")))
    return found


def _turned_down(resolver: CurrencyResolver, start: int, end: int) -> bool:
    """Whether money found a currency marker or a rate's tail at the number and still made
    no amount of it: what an exchange rate leaves (money has read every number by now)."""
    key = (start, end)
    return resolver.marked.get(key, False) and resolver.analyzed.get(key, True) is None


def _counted_against(name: str, resolver: CurrencyResolver) -> Resolution:
    """The currency a rate counts against. A bare "dollar" there is the US dollar, the
    currency rates are quoted in ("2,144 naira per dollar" in a Canadian story too), sure only
    where the article's own dollar is; a bare "pound" is the article's pound where it is sure
    of one, else sterling, unsure."""
    low = name.lower()
    if low in _BARE_DOLLARS:
        own = resolver.resolve(name)
        return Resolution("USD", own.code == "USD" and own.certain, "the dollar of exchange rates")
    if low in _BARE_POUNDS:
        own = _currency(name, resolver)
        return own if own.certain else Resolution("GBP", False, "the pound of exchange rates")
    return _currency(name, resolver)


def _marks(marker: str, currency: Resolution) -> bool:
    """Whether a marker may stand for the currency ("R" for ZAR)."""
    entry = ambiguous_marker(marker)
    if entry is not None:
        return currency.code in entry.candidates
    return lexicons.currency_index().symbols.get(marker) == currency.code


def spans(doc: Doc) -> list[Span]:
    """Exchange-rate spans (label "exchange_rate", the pair "USD/INR" in ``kb_id_``), for
    ``doc.spans["exchange_rates"]``."""
    found = []
    for rate in find(Context.of(doc)):
        span = doc.char_span(
            rate.start,
            rate.end,
            label="exchange_rate",
            kb_id=f"{rate.base}/{rate.quote}",
            alignment_mode="expand",
        )
        if span is not None:
            found.append(span)
    return found


def find(ctx: Context) -> tuple[_Found, ...]:
    """The rates of the article, in text order: found once for the links component, which
    writes the spans, and asked for again by record building."""
    return ctx.derived("exchange_rates:found", (money.GROUP,), partial(_find, ctx))


def _find(ctx: Context, _groups: tuple[SpanGroup, ...]) -> tuple[_Found, ...]:
    """Only an article where money met a rate (or a currency pair's "/") is read."""
    resolver = CurrencyResolver.of(ctx.text)
    if not resolver.rates_seen and "/" not in ctx.text:
        return ()
    found: list[_Found] = []
    pairs = "/" in ctx.text
    for number in ctx.group(numerals.GROUP):
        start = number.start_char
        last = found[-1] if found else None
        if last is not None and last.end > start:
            continue  # inside the last rate's span ("from 306 to 360 per dollar")
        if last is not None and last.start < ctx.sentence_start(start):
            last = None  # a "from" value moves from a rate of its own sentence only
        if number.label_ == "range":
            found.extend(_range_ends(ctx, resolver, number))
            continue
        rate = _found(ctx, resolver, number, found[-1] if found else None, last, pairs)
        if rate is not None:
            found.append(rate)
    return tuple(found)


_END = LazyPattern(r"[0-9][0-9,]*(?:\.[0-9]+)?")


_NAME_AFTER = LazyPattern(
    r"[ \u00a0]+(?P<name>[^\W\d_]{3,}(?:[ \u00a0](?!(?:per|against|for)\b)[^\W\d_]{3,})?)"
)
"""A currency's name right after a range of rates, before its tail ("hryvnias per dollar",
"Kenyan shillings to the dollar")."""


def _range_ends(ctx: Context, resolver: CurrencyResolver, number: Span) -> tuple[_Found, ...]:
    """The two rates of a range of them with one tail ("The rupee traded between 83.1 and
    83.4 per dollar", "the yuan was quoted at 7.24 to 7.26 per dollar"): each end a level the
    rate stood at, the pair read as for one rate after a currency named before it ("83.1" and
    "83.4 per dollar", USD/INR); no marker, no scale, both ends in digits."""
    text, start, end = ctx.text, number.start_char, number.end_char
    if not _turned_down(resolver, start, end):
        return ()  # most ranges: money met no rate's tail after them
    against = rate_against(text, end)
    named = _NAME_AFTER.match(text, end) if against is None else None
    if named is not None:  # "from 37.30 to 37.70 hryvnias per dollar": the quote's own name
        against = rate_against(text, named.end())
    values = numerals.normalize(text[start:end])
    ends = list(_END.finditer(text, start, end))
    if against is None or values is None or values[1] is None or len(ends) != 2:
        return ()
    if ends[1].end() != end or prefix_marker(text, ends[0].start()) is not None:
        return ()  # "83.1 to 83.4 billion", "R18.1 to R18.4": a scale or a marker
    name = (
        named.group("name")
        if named is not None
        else rate_name_before(text, ctx.sentence_start(start), start)
    )
    if name is None:
        return ()
    quote, base = _currency(name, resolver), _counted_against(against[0], resolver)
    iso = lexicons.iso4217()
    if quote.code is None or base.code is None or base.code == quote.code:
        return ()
    if base.code not in iso or quote.code not in iso or values[0] <= 0:
        return ()
    cue = qualifiers.before(text, start)
    certain = base.certain and quote.certain
    low_start = cue.start if cue is not None else ends[0].start()
    guessed = name if _default_read(quote) else ""
    pair = (base.code, quote.code)
    return (
        _Found(low_start, ends[0].end(), *pair, values[0], certain, cue, guessed),
        _Found(ends[1].start(), against[1], *pair, values[1], certain, cue, guessed),
    )


_REFUTED = 3.0
"""How far from the reference of a name's default currency a rate tells that the name means
another currency ("998 pesos per dollar" is no Mexican peso's rate)."""


def _reread(
    rate: _Found,
    check: dict[str, object],
    published: dt.date | None,
    tolerance: float,
    places: Counter[str],
) -> _Found | None:
    """A rate whose quote is a name's guessed default, read again where its reference refutes
    the guess (``_REFUTED``): the one other currency of the name whose reference the rate fits
    within ``tolerance`` ("the peso at 58.6 per dollar": PHP), else the one other currency
    with no reference to refute it that the article's ``places`` name ("ISLAMABAD - the rupee
    at 278 per dollar": PKR), else no record (a pair that is wrong is worse than none: "998
    pesos per dollar" with no place is ARS, CLP or COP). The quote read again is unsure."""
    reference = check.get("reference_rate")
    if not isinstance(reference, Decimal) or reference <= 0:
        return rate  # no reference, no test
    if 1 / _REFUTED <= float(rate.rate / reference) <= _REFUTED:
        return rate
    entry = ambiguous_marker(rate.guessed)
    if entry is None:
        return None
    fits, unchecked = [], []
    for code in entry.candidates:
        if code in (rate.quote, rate.base):
            continue
        other = rates.reference_rate(rate.base, code, published).rate
        if other is not None and other > 0 and abs(float(rate.rate / other) - 1) <= tolerance:
            fits.append(code)
        elif other is None and places[code]:
            unchecked.append(code)
    if not fits and len(unchecked) == 1:
        fits = unchecked
    return rate._replace(quote=fits[0], certain=False) if len(fits) == 1 else None


_ON_DAY = LazyPattern(r",?[ \u00a0]+on[ \u00a0]+$")
"""Between a rate and its day: " on ", ", on "."""


def _stated_day(
    text: str, end: int, days: Sequence[DateFact], published: dt.date | None
) -> dt.date | None:
    """The day a rate ending at ``end`` is given for, when " on " and a resolved day no later
    than the publication follow it ("hit 160.245 per dollar on April 29"); else ``published``.
    A day ahead has no reference rate yet, and a month or a week no one day."""
    if published is None:
        return None
    for day in days:
        if day.start_char < end or day.start_char - end > 8:
            continue
        if day.type != "date" or day.granularity != "day" or day.start_date is None:
            return published
        if day.start_date > published or not _ON_DAY.fullmatch(text, end, day.start_char):
            return published
        return day.start_date
    return published


def _on_the_day(text: str, found: tuple[_Found, ...], published: dt.date | None) -> list[_Found]:
    """The rates in the codes of the article's day (``code_of_day``: "69.79 bolivars per
    dollar" is VES from 2018-08-20); a rate one of whose codes then has no List One code, or
    none is known (no date), leaves no record."""
    dated = lexicons.dated_currencies()
    if not any(r.base in dated or r.quote in dated for r in found):
        return list(found)  # most articles
    kept = []
    for rate in found:
        base = code_of_day(rate.base, text, rate.start, rate.end, published)
        quote = code_of_day(rate.quote, text, rate.start, rate.end, published)
        if base is not None and quote is not None and base != quote:
            kept.append(rate._replace(base=base, quote=quote))
    return kept


def to_records(
    ctx: Context,
    published: dt.date | None,
    sentence_of: Callable[[int], int],
    tolerance: float = DEFAULT_TOLERANCE,
    hedged_tolerance: float = DEFAULT_HEDGED_TOLERANCE,
    days: Sequence[DateFact] = (),
) -> list[ExchangeRate]:
    """``ExchangeRate`` records with the stated rate checked against the reference rate: of
    the day the text gives the rate for ("a 34-year low of 160.245 per dollar on April 29"),
    else of the publication."""
    records = []
    for found in _on_the_day(ctx.text, find(ctx), published):
        limit = hedged_tolerance if found.cue and found.cue.qualifier in _HEDGES else tolerance
        when = _stated_day(ctx.text, found.end, days, published)
        check = rates.checked(found.base, found.quote, found.rate, when, limit)
        rate = (
            _reread(found, check, when, hedged_tolerance, CurrencyResolver.of(ctx.text).places)
            if found.guessed
            else found
        )
        if rate is None:
            continue
        if rate.quote != found.quote:
            check = rates.checked(rate.base, rate.quote, rate.rate, when, limit)
        if not rate.certain:
            rates.note_guess(check)
        records.append(
            ExchangeRate(
                text=ctx.text[rate.start : rate.end],
                start_char=rate.start,
                end_char=rate.end,
                sentence=sentence_of(ctx.token_at(rate.start)),
                base=rate.base,
                quote=rate.quote,
                rate=rate.rate,
                currency_certain=rate.certain,
                qualifier=rate.cue.qualifier if rate.cue else "exact",
                qualifier_cue=rate.cue.text if rate.cue else None,
                **check,
            )
        )
    return records
