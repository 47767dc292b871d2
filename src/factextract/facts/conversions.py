"""Currency conversions stated in the text, checked against the ECB reference rate.

"3.68 billion yuan ($517.37 million)", "(about $630 million)", "(US$112 million)", ", or roughly
$1 billion,", "equivalent to about 88 US cents", "worth about €390 million". Not conversions: the
same currency twice ("$3 million (up from $2 million)"), a per-unit price in the parenthesis
("(about $2 a share)"), two amounts that merely share a sentence.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from decimal import Context as DecimalContext
from decimal import Decimal
from functools import partial

from spacy.tokens import Doc, Span, SpanGroup

from factextract import rates
from factextract.facts import money
from factextract.facts.appositions import Apposition, restated
from factextract.facts.money.per_unit import per_unit_at
from factextract.facts.money.resolution import ambiguous_marker
from factextract.facts.spans import Context
from factextract.facts.unit_conversions import last_step
from factextract.patterns import LazyPattern
from factextract.records import Conversion, Money, Notice

GROUP = "conversions"
DEFAULT_TOLERANCE = 0.03
"""|stated / reference - 1| allowed for a plain conversion."""
DEFAULT_HEDGED_TOLERANCE = 0.06
"""Allowed when the text hedges (about, roughly, nearly, some)."""
ROUNDING_CAP = Decimal("0.05")
"""The most a restatement's rounding widens the tolerance ("$1 billion" is rounded to 50 %;
"$5 billion" for $5.48 billion is no fair rounding)."""

_HEDGES = frozenset({"approx", "nearly"})
_SIGNIFICANT = DecimalContext(prec=7)


class Pair:
    """A stated amount and its conversion, and the text that holds both."""

    # Not a dataclass: its generated methods are compiled at import (issue #7).
    __slots__ = ("end", "rule", "source", "start", "target")
    source: Span
    target: Span
    start: int
    end: int
    rule: str

    def __init__(
        self,
        source: Span,
        target: Span,
        start: int,
        end: int,
        rule: str,
    ) -> None:
        self.source = source
        self.target = target
        self.start = start
        self.end = end
        self.rule = rule


def find_pairs(ctx: Context) -> tuple[Pair, ...]:
    """Money followed by money in another currency, in parentheses or apposition. Found once
    for the links component and again asked for by record building."""
    return ctx.derived("conversions:pairs", (money.GROUP,), partial(_pairs, ctx))


def _pairs(ctx: Context, _groups: tuple[SpanGroup, ...]) -> tuple[Pair, ...]:
    # ``ctx.group`` holds the Span objects money published: iterating the SpanGroup would
    # make a new Span per amount.
    text, spans = ctx.text, ctx.group(money.GROUP)
    pairs = []
    for source, target in itertools.pairwise(spans):
        if source.kb_id_ == target.kb_id_:
            continue
        found = _restated(text, source, target)
        if found is not None:
            pairs.append(Pair(source, target, source.start_char, found.end, found.rule))
    return tuple(pairs)


_NOUN_THEN_OR = re.compile(r"[ \u00a0]+[a-z]+(?=,[ \u00a0]*or[ \u00a0])")
"""One lower-case word after an amount, then ", or ": "a £100m fee, or about $125m"."""
_WHOLE_PHRASE_END = frozenset((*",.;:)\n", ""))
"""What may follow the restatement: punctuation, a line's or the text's end."""


def _restated(text: str, source: Span, target: Span) -> Apposition | None:
    """Whether ``target`` restates ``source``, a per-unit price restated as one: "€2 a
    litre ($2.20 a litre)", "€2 a litre (about $2.20)"; not "$1,000 (£800 a month)"."""
    found = restated(text, source.end_char, target.start_char, target.end_char)
    if found is None and text[source.end_char : source.end_char + 1] in _BARE_GAP_STARTS:
        found = _restated_past_noun(text, source, target) or _restated_bare(text, source, target)
        if found is None:
            found = _rate_by_verb(text, source, target)
    per = per_unit_at(text, source.end_char) if found is None else None
    if per is None:
        return found
    unit, source_end = per
    found = restated(text, source_end, target.start_char, target.end_char)
    theirs = per_unit_at(text, target.end_char)
    if found is None and theirs is not None and theirs[0] == unit:
        found = restated(text, source_end, target.start_char, theirs[1])
    return found


def _restated_past_noun(text: str, source: Span, target: Span) -> Apposition | None:
    """The amount's noun stands between: "a £100m fee, or about $125m, for him". Only after
    ", or " and only as a whole phrase, ended by punctuation or the text: "a £10m fee, or
    $12m in shares" may be another offer, not the same amount."""
    noun = _NOUN_THEN_OR.match(text, source.end_char, target.start_char)
    if noun is None:
        return None
    found = restated(text, noun.end(), target.start_char, target.end_char)
    if found is None or found.rule != "apposition":
        return None
    return found if text[found.end : found.end + 1] in _WHOLE_PHRASE_END else None


_ONE_UNIT = re.compile(r"(?i:one|1)[ \u00a0]+[a-z]+|[A-Z]{0,3}[^\w\s]{1,3}1|[A-Z]{3}[ \u00a0]?1")
"""One unit of a currency: "one dollar", "1 euro", "$1", "US$1", "USD 1"."""
_VERB_GAP = LazyPattern(
    r"[ \u00a0]+(?:(?:now|currently|still|only|just)[ \u00a0]+)?"
    r"(?:buys|bought|equals|equalled|equaled|fetches|fetched|(?:is|was)[ \u00a0]+worth"
    r"|(?:is|was)[ \u00a0]+equal[ \u00a0]+to|(?:trades|traded)[ \u00a0]+for)[ \u00a0]+"
)
"""A verb of an exchange rate between one unit and its price: "One dollar now buys 83
rupees", "One euro equals 1.08 dollars", "$1 was worth 90 rubles"."""


def _rate_by_verb(text: str, source: Span, target: Span) -> Apposition | None:
    """A rate stated with a verb, from one unit of a currency to its price in another, as
    "($1 = 7.1 yuan)" is with a sign: "One dollar now buys 83 rupees"."""
    if not _ONE_UNIT.fullmatch(source.text) or not _VERB_GAP.fullmatch(
        text, source.end_char, target.start_char
    ):
        return None
    return Apposition(target.end_char, "equation")


_BARE_GAP = re.compile(r"[ \u00a0]+(?:or|(?P<dash>[-–—]))[ \u00a0]+|(?P<em>—)")
"""A bare " or " or a spaced dash before a restatement: "£1.2bn or about $1.5bn", "£500m -
about $610m -"; an em dash unspaced too ("£500 million—about $610 million—"), which no
range is written with ("£5–6m" is)."""
_BARE_GAP_STARTS = frozenset(" \u00a0—")
_DASH_CLOSE = LazyPattern(r"[ \u00a0]*[-–—]")


def _restated_bare(text: str, source: Span, target: Span) -> Apposition | None:
    """A bare " or " or a dash before the restatement, no comma: "worth £1.2bn or about
    $1.5bn, the club said", "It will cost £500m - about $610m - to build". Only as a whole
    phrase, ended by punctuation, the text or (after a dash) a dash, as past a noun: "£5m or
    $6m in shares" may be two offers."""
    gap = _BARE_GAP.fullmatch(text, source.end_char, target.start_char)
    if gap is None:
        return None
    closed = text[target.end_char : target.end_char + 1] in _WHOLE_PHRASE_END
    if not closed and (gap.group("dash") or gap.group("em")) is not None:
        closed = _DASH_CLOSE.match(text, target.end_char) is not None
    return Apposition(target.end_char, "apposition") if closed else None


def find(doc: Doc) -> list[Span]:
    """Conversion spans: from the stated amount to the end of its conversion."""
    spans = []
    for pair in find_pairs(Context.of(doc)):
        span = doc.char_span(
            pair.start, pair.end, label="conversion", span_id=pair.rule, alignment_mode="expand"
        )
        if span is not None:
            spans.append(span)
    return spans


def _rounding(target: Money) -> float:
    """How far the restatement's rounding alone may move the rate: half its last written
    digit, relative to it ("1.2 trillion won ($900 million)": 50 of 900 million, 5.6 %;
    "$2.6 billion": 1.9 %), at most ``ROUNDING_CAP``; as unit conversions allow their
    restatement's last digit."""
    amount = abs(target.amount)
    if not amount:
        return 0.0
    return float(min(last_step(amount) / 2 / amount, ROUNDING_CAP))


_BARE_DOLLAR = LazyPattern(r"(?<![A-Za-z$])\$(?![A-Za-z])")


def reread_by_rate(
    ctx: Context,
    amounts: list[Money],
    published: dt.date | None,
    tolerance: float = DEFAULT_TOLERANCE,
    hedged_tolerance: float = DEFAULT_HEDGED_TOLERANCE,
) -> list[Money]:
    """The amounts, where a bare "$" on one side of a stated conversion that the article's
    context read as another dollar is re-read as US dollars when the stated rate fits US
    dollars and not that dollar: "R465 billion (about $31.6 billion)" in a story whose other
    "$" read as Australian. The reading stays a guess (``currency_certain`` false); only US
    dollars are tried, since a rate that fits some third dollar by chance is no evidence.
    Another shared marker's guess ("¥" read as CNY) takes the one of its currencies the
    rate fits (see ``_tried``)."""
    pairs = find_pairs(ctx) if published is not None else ()
    if not pairs:
        return amounts
    index = {(m.start_char, m.end_char): i for i, m in enumerate(amounts)}
    found = list(amounts)
    for pair in pairs:
        i = index.get((pair.source.start_char, pair.source.end_char))
        j = index.get((pair.target.start_char, pair.target.end_char))
        if i is None or j is None:
            continue
        for mine, target_side in ((j, True), (i, False)):
            guess, other = found[mine], found[i if target_side else j]
            if guess.currency_certain:
                continue
            tried = [c for c in _tried(ctx, guess) if c not in (guess.currency, other.currency)]
            if not tried:
                continue
            hedged = guess.qualifier in _HEDGES or other.qualifier in _HEDGES
            limit = hedged_tolerance if hedged else tolerance
            fit = partial(_fits, other, guess, target_side=target_side, on=published, limit=limit)
            fitting = [c for c in tried if fit(c)]
            if len(fitting) == 1 and not fit(guess.currency):
                found[mine] = guess.model_copy(update={"currency": fitting[0]})
    return found


def _tried(ctx: Context, guess: Money) -> tuple[str, ...]:
    """The currencies a guessed amount is re-read as when the stated rate fits: US dollars
    for a bare "$"; for another shared marker ("¥": JPY or CNY, "kr"), each of its
    currencies, kept only where exactly one fits ("¥2.9 trillion ($21 billion)" is yen
    whatever the places said)."""
    if _BARE_DOLLAR.search(guess.text):
        return ("USD",)
    marker = money.marker_of(ctx, guess.start_char, guess.end_char)
    entry = ambiguous_marker(marker) if marker is not None else None
    return entry.candidates if entry is not None and "USD" not in entry.candidates else ()


def reread_notices(before: list[Money], after: list[Money]) -> list[Notice]:
    """One warning per amount ``reread_by_rate`` read again: the article's warning about its
    marker names the currency the context suggested, which this amount no longer has."""
    return [
        Notice(
            code="currency_guess",
            message=(
                f"{new.text!r} read as {new.currency}, not {old.currency}: the conversion it "
                f"is part of fits {new.currency}; currency_certain is false"
            ),
        )
        for old, new in zip(before, after, strict=True)
        if old.currency != new.currency
    ]


def _fits(
    other: Money, guess: Money, code: str, *, target_side: bool, on: dt.date | None, limit: float
) -> bool:
    """Whether the stated pair matches the reference rate with ``guess`` read as ``code``."""
    if other.amount_max or guess.amount_max or not other.amount or not guess.amount:
        return False
    source, target = (other, guess) if target_side else (guess, other)
    pair = (source.currency, code) if target_side else (code, target.currency)
    reference = rates.reference_rate(*pair, on)
    if reference.rate is None:
        return False
    return abs(target.amount / source.amount / reference.rate - 1) <= Decimal(str(limit))


def _comparable(source: Money, target: Money) -> bool:
    """Whether a pair states a rate: two amounts, or two ranges ("$50,000 to $60,000
    (£40,000 to £48,000)"), none of whose ends is zero; an amount restated as a range, or a
    range as an amount, states none."""
    if (source.amount_max is None) != (target.amount_max is None):
        return False
    ends = (source.amount, target.amount, source.amount_max, target.amount_max)
    return all(end != 0 for end in ends if end is not None)


def _range_check(check: dict[str, object], high_rate: Decimal, limit: float) -> dict[str, object]:
    """The check of a converted range: its rate is the low ends' ("between 5 and 6 billion
    yuan ($700-840 million)": 0.14), and it is consistent only where the high ends' rate is
    within the tolerance as well."""
    reference = check.get("reference_rate")
    if not isinstance(reference, Decimal) or not check.get("consistent"):
        return check
    high = abs(high_rate / reference - 1) <= Decimal(str(limit))
    return {**check, "consistent": high}


def to_records(
    ctx: Context,
    amounts: dict[tuple[int, int], Money],
    published: dt.date | None,
    sentence_of: Callable[[int], int],
    tolerance: float = DEFAULT_TOLERANCE,
    hedged_tolerance: float = DEFAULT_HEDGED_TOLERANCE,
) -> list[Conversion]:
    """``Conversion`` records with the stated rate checked against the ECB reference rate."""
    records = []
    for pair in find_pairs(ctx):
        source = amounts.get((pair.source.start_char, pair.source.end_char))
        target = amounts.get((pair.target.start_char, pair.target.end_char))
        if source is None or target is None or not _comparable(source, target):
            continue
        rate = target.amount / source.amount
        hedged = source.qualifier in _HEDGES or target.qualifier in _HEDGES
        limit = max(hedged_tolerance if hedged else tolerance, _rounding(target))
        check = rates.checked(source.currency, target.currency, rate, published, limit)
        if source.amount_max is not None and target.amount_max is not None:
            check = _range_check(check, target.amount_max / source.amount_max, limit)
        if not (source.currency_certain and target.currency_certain):
            rates.note_guess(check)
        records.append(
            Conversion(
                text=ctx.text[pair.start : pair.end],
                start_char=pair.start,
                end_char=pair.end,
                sentence=sentence_of(pair.source.start),
                source=source,
                target=target,
                rate=_SIGNIFICANT.create_decimal(rate),
                inverse_rate=_SIGNIFICANT.create_decimal(1 / rate),
                **check,
            )
        )
    return records
