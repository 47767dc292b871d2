"""The ``factextract_money`` component: money spans, ranges joined, in ``doc.spans["money"]``;
and the ``Money`` records and currency-guess notices read back from those spans.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from decimal import Decimal
from functools import cache, partial

from spacy.tokens import Doc, Span

from factextract import lexicons
from factextract.facts.appositions import restated
from factextract.facts.money import elided
from factextract.facts.money.amounts import (
    Parts,
    analyze,
    comma_scaled,
    glued_cents,
    numerals_scale,
)
from factextract.facts.money.per_unit import (
    each_per,
    frequency_before,
    per_noun_before,
    per_unit,
    per_unit_at,
    price_of_before,
)
from factextract.facts.money.resolution import CurrencyResolver, ambiguous_marker, code_of_day
from factextract.facts.spans import (
    Context,
    char_span,
    claimed_tokens,
    free,
    join_ranges,
    non_overlapping,
    publish,
)
from factextract.numbers import ranges
from factextract.patterns import LazyPattern
from factextract.records import Money, Notice

GROUP = "money"
NUMBER_LABELS = frozenset({"cardinal", "range", "year"})


def _after_change_verb(lead: str) -> bool:
    """ "rose 12 cents to $3.89" is a change, not a range."""
    words = re.findall(r"[A-Za-z]+", lead)
    last = words[-1].lower() if words else ""
    return last == "by" or last in lexicons.change_words()


_JOIN = re.compile(r"[ \u00a0]*(?:[-–—]|to|and)[ \u00a0]*", re.IGNORECASE)


def _ranged_from(ctx: Context, start: int) -> bool:
    """ "Costs range from $5 to $7 million": after a range verb, "from" opens a range."""
    words = _WORDS.findall(ctx.text, max(0, start - 24), start)
    return len(words) >= 2 and words[-2].lower() in lexicons.change_cues().range_verbs


_WORDS = LazyPattern(r"[A-Za-z]+")


_BY_WORDS = LazyPattern(r"\b([A-Za-z]+)[ \u00a0]+by(?:[ \u00a0]+[a-z]+){1,3}[ \u00a0]+$")


def _changed_by(ctx: Context, low: Span, high: Span) -> bool:
    """ "Salaries rose by an average of $3,000 to $58,000": a change verb, "by" and a few
    words, then "X to Y" with Y over three times X is a change, as ``ranges.by_then_to``
    reads "rose by 50,000 to 1.5 million"; "rose by about $5 to $10" stays a range."""
    found = _BY_WORDS.search(ctx.text, max(0, low.start_char - 40), low.start_char)
    if found is None or found[1].lower() not in _cue_words():
        return False
    resolver = CurrencyResolver.of(ctx.text)
    first, second = _parts(ctx, resolver, low), _parts(ctx, resolver, high)
    return first is not None and second is not None and second.amount > 3 * first.amount


@cache
def _cue_words() -> frozenset[str]:
    cues = lexicons.change_cues()
    return frozenset((*cues.up, *cues.down))


def _lead(ctx: Context, span: Span) -> str:
    """The text before a span that holds the word before it ("increase" of "Fares will
    increase 25 cents to $2.75": eight characters held only "ncrease")."""
    return ctx.text[max(0, span.start_char - 24) : span.start_char]


def _is_range(ctx: Context, last: Span, span: Span) -> bool:
    """ "between €5m and €7m", "€5m-€7m", "$2 billion to $3 billion", "range from $5 to $7
    million", "from $5.0-$5.2 billion": one range; "rose from $5 to $7" is a change."""
    gap = ctx.text[last.end_char : span.start_char]
    lead = ctx.text[max(0, last.start_char - 8) : last.start_char]
    dashed = gap.strip() in ("-", "–", "—")  # "from $5.0-$5.2 billion": a range after "from"
    return bool(
        _JOIN.fullmatch(gap)
        and (dashed or "from" not in lead.lower() or _ranged_from(ctx, last.start_char))
        and (gap.strip().lower() != "and" or "between" in lead.lower())
        and not (gap.strip().lower() == "to" and _after_change_verb(_lead(ctx, last)))
        and not (_minor(span) and not _minor(last))  # "between 2 dollars and 50 cents"
        and not (gap.strip().lower() == "to" and _changed_by(ctx, last, span))
        and not (span.text[:1] in _SIGNS and last.text[:1] not in _SIGNS)  # "$5m - -$1": no
        # range runs from a gain down to a loss
    )


_SIGNS = "-\u2212"


def find(doc: Doc) -> list[Span]:
    """Money spans not claimed by an earlier kind."""
    ctx = Context.of(doc)
    taken = claimed_tokens(doc, GROUP)
    resolver = CurrencyResolver.of(ctx.text)
    spans: list[Span] = []
    for number in ctx.numbers:
        if number.label_ not in NUMBER_LABELS or not free(number, taken):
            continue
        parts = analyze(ctx, number, resolver)
        if parts is None:
            continue
        span = _span(doc, parts)
        if span is not None and free(span, taken) and (not spans or span.start >= spans[-1].end):
            spans.append(span)
    glued = [_span(doc, p) for p in (*glued_cents(ctx.text), *comma_scaled(ctx.text, resolver))]
    if glued:  # no number span holds them
        spans = non_overlapping([*spans, *(s for s in glued if s is not None and free(s, taken))])
    spans = _compounds(ctx, resolver, spans)
    spans = _moved_cents(ctx, _dollar_ranges(ctx, resolver, spans))
    joined = join_ranges(ctx, spans, "money", partial(_is_range, ctx))
    joined = _with_elided(ctx, resolver, joined, taken)
    return _restatements_reread(ctx, joined, resolver)


def _dollar_ranges(ctx: Context, resolver: CurrencyResolver, spans: list[Span]) -> list[Span]:
    """ "A$5-$7 billion", "NZ$7.00-$8.00": a bare "$" that ends a range opened by a
    country's dollar is that dollar, not the article's reading of "$"."""
    for i in range(len(spans) - 1):
        first, second = spans[i], spans[i + 1]
        if first.kb_id_ == second.kb_id_ or not _is_range(ctx, first, second):
            continue
        if _marker(ctx, resolver, second) == "$" and _country_dollar(
            _marker(ctx, resolver, first), first.kb_id_
        ):
            start, end = second.start_char, second.end_char
            reread = char_span(ctx.doc, start, end, "money", first.id_, first.kb_id_)
            spans[i + 1] = reread if reread is not None else second
    return spans


_GUESS = "_guess"
MOVED_CENTS = "_moved"
"""The rule mark of guessed cents read in the currency of the level they move."""
_LEVEL_THEN_SIZE = LazyPattern(r",[ \u00a0]+(?:up|down)[ \u00a0]+")
"""Between a level and the size of its move after it: "to A$5.40, down 20 cents"."""


def _moved_cents(ctx: Context, spans: list[Span]) -> list[Span]:
    """ "rose 20 cents to A$5.40", "to C$150.20, down 80 cents": guessed cents that size the
    move of a level in a stated currency with cents are that currency's (AUD, CAD), not the
    article's reading of "cents"; still a guess."""
    cents = ambiguous_marker("cents")
    if cents is None:
        return spans
    text = ctx.text
    for i in range(len(spans) - 1):
        first, second = spans[i], spans[i + 1]
        if first.kb_id_ == second.kb_id_ or "_guess" not in first.id_ + second.id_:
            continue  # most neighbours: one currency, or no guess
        size, level = (first, second) if _minor(first) else (second, first)
        if not size.id_.endswith("_guess") or level.id_.endswith("_guess") or not _minor(size):
            continue
        if level.kb_id_ not in cents.candidates:
            continue
        if size is first:
            moved = _sized_move(text, size.start_char) and _SIZE_TO.fullmatch(
                text, size.end_char, level.start_char
            )
        else:
            moved = _LEVEL_THEN_SIZE.fullmatch(text, level.end_char, size.start_char)
        if moved:
            rule = size.id_.replace(_GUESS, MOVED_CENTS + _GUESS)  # "minor_moved_guess"
            reread = char_span(ctx.doc, size.start_char, size.end_char, "money", rule, level.kb_id_)
            spans[i if size is first else i + 1] = reread if reread is not None else size
    return spans


COMPOUND = "compound"
_AND = LazyPattern(r"[ \u00a0]+and[ \u00a0]+")
_BETWEEN_END = LazyPattern(r"\bbetween[ \u00a0]+$", re.IGNORECASE)


def _compounds(ctx: Context, resolver: CurrencyResolver, spans: list[Span]) -> list[Span]:
    """ "10 dollars and 50 cents": a whole amount named in words and "and" a part of one unit
    in its minor unit are one amount (10.50), not two. A symbol's "$1 and 50 cents" may list
    two prices, and "between 2 dollars and 50 cents" is no sum."""
    merged: list[Span] = []
    for span in spans:
        last = merged[-1] if merged else None
        if last is not None and _sums(ctx, resolver, last, span):
            start, end = last.start_char, span.end_char
            guess = "_guess" if last.id_.endswith("_guess") else ""  # the whole's reading
            joined = char_span(ctx.doc, start, end, "money", COMPOUND + guess, span.kb_id_)
            if joined is not None:
                merged[-1] = joined
                continue
        merged.append(span)
    return merged


def _sums(ctx: Context, resolver: CurrencyResolver, whole: Span, part: Span) -> bool:
    if (
        whole.kb_id_ != part.kb_id_
        or not _minor(part)
        or _minor(whole)
        or whole.id_.startswith(COMPOUND)
    ):
        return False
    if _AND.fullmatch(ctx.text, whole.end_char, part.start_char) is None:
        return False  # most neighbours: a string test says so fast
    if _BETWEEN_END.search(ctx.text, max(0, whole.start_char - 12), whole.start_char):
        return False
    first, second = _parts(ctx, resolver, whole), _parts(ctx, resolver, part)
    return (
        first is not None
        and second is not None
        and first.marker.isalpha()
        and first.amount_max is None
        and second.amount_max is None
        and first.amount == first.amount.to_integral_value()
        and 0 < second.amount < 1
    )


def _minor(span: Span) -> bool:
    """An amount in a minor unit ("50 cents"; "minor_guess" where the cents' currency is)."""
    return span.id_.startswith("minor")


def _parts(ctx: Context, resolver: CurrencyResolver, span: Span) -> Parts | None:
    inside = ctx.numerals_in(span.start_char, span.end_char)
    return analyze(ctx, inside[0], resolver) if len(inside) == 1 else None


def marker_of(ctx: Context, start: int, end: int) -> str | None:
    """The currency marker of the amount at ``start``-``end`` ("¥", "kr"), or None."""
    inside = ctx.numerals_in(start, end)
    parts = analyze(ctx, inside[0], CurrencyResolver.of(ctx.text)) if len(inside) == 1 else None
    return parts.marker if parts is not None else None


def _marker(ctx: Context, resolver: CurrencyResolver, span: Span) -> str | None:
    inside = ctx.numerals_in(span.start_char, span.end_char)
    parts = analyze(ctx, inside[0], resolver) if len(inside) == 1 else None
    return parts.marker if parts is not None else None


def _country_dollar(marker: str | None, code: str) -> bool:
    """A dollar sign with its country ("A$", "NZ$", "$US", "C$"), stating a "$" currency."""
    dollar = ambiguous_marker("$")
    return (
        marker is not None
        and "$" in marker
        and marker != "$"
        and dollar is not None
        and code in dollar.candidates
    )


def _with_elided(
    ctx: Context, resolver: CurrencyResolver, spans: list[Span], taken: frozenset[int]
) -> list[Span]:
    """The spans and the bare numbers that leave out the currency of one ("from 5 to 7
    billion rupees", "5.2 billion yuan from 4.1 billion"): see ``elided``."""
    found = []
    for money in spans:
        if money.id_ == "range" or money.id_.startswith(elided.RULE):
            continue  # "$2-3 billion" leaves nothing out
        for number in elided.candidates(ctx, money):
            if number.label_ != "cardinal" or not free(number, taken):
                continue
            parts = elided.read(ctx, resolver, number, money)
            span = _span(ctx.doc, parts) if parts is not None else None
            found += [span] if span is not None else []
    return non_overlapping([*spans, *found]) if found else spans


def _span(doc: Doc, parts: Parts) -> Span | None:
    return char_span(doc, parts.start, parts.end, "money", parts.rule, parts.currency)


def _restatements_reread(ctx: Context, spans: list[Span], resolver: CurrencyResolver) -> list[Span]:
    """News restates an amount in another currency, never in its own. Where a guessed marker
    would put an amount's restatement in the stated currency of the amount ("A$2.5 billion
    ($1.6 billion)" in an article that also writes US$, where a bare "$" reads as AUD), the
    guess takes the marker's default reading instead, still marked uncertain."""
    for i in range(len(spans) - 1):
        first, second = spans[i], spans[i + 1]
        if first.kb_id_ != second.kb_id_ or not (
            restated(ctx.text, first.end_char, second.start_char, second.end_char)
        ):
            continue
        guessed = [s.id_.endswith("_guess") for s in (first, second)]
        if guessed.count(True) != 1:
            continue  # both stated (a same-currency gap) or both guesses: no stated side
        j = i + guessed.index(True)
        default = _default_reading(ctx, spans[j], resolver)
        if default is not None and default != first.kb_id_:
            span = spans[j]
            rule, kb_id = span.id_, default
            reread = char_span(ctx.doc, span.start_char, span.end_char, "money", rule, kb_id)
            spans[j] = reread if reread is not None else span
    return spans


def _default_reading(ctx: Context, span: Span, resolver: CurrencyResolver) -> str | None:
    """The currency an ambiguous marker means without evidence ("$": USD), or None."""
    inside = ctx.numerals_in(span.start_char, span.end_char)
    parts = analyze(ctx, inside[0], resolver) if inside else None
    entry = ambiguous_marker(parts.marker) if parts is not None else None
    return entry.default if entry is not None else None


_VALIDATE = Money.__pydantic_validator__.validate_python
"""The model's validator, given a dict: the same validated record as ``Money(**fields)``,
without ``__init__``'s keyword packing and attribute setting."""


def on_the_day(text: str, amounts: list[Money], published: dt.date | None) -> list[Money]:
    """The amounts in the code of the article's day (``code_of_day``: "130 bolivars" is VES
    from 2018-08-20); an amount whose currency then has no List One code, or none is known
    (no date), leaves no record."""
    dated = lexicons.dated_currencies()
    if not any(m.currency in dated for m in amounts):
        return amounts  # most articles
    found = []
    for m in amounts:
        code = code_of_day(m.currency, text, m.start_char, m.end_char, published)
        if code is not None:
            found.append(m if code == m.currency else m.model_copy(update={"currency": code}))
    return found


def to_record(ctx: Context, resolver: CurrencyResolver, span: Span, sentence: int) -> Money | None:
    """The ``Money`` record of a money span (a joined range reads both ends)."""
    inside = ctx.numerals_in(span.start_char, span.end_char)
    parts = [p for n in inside if (p := analyze(ctx, n, resolver)) is not None]
    if not inside:
        parts = glued_cents(ctx.text, span.start_char, span.end_char) or comma_scaled(
            ctx.text, resolver, span.start_char, span.end_char
        )
    elif not parts and span.id_.startswith(elided.RULE):
        parts = _elided_parts(ctx, resolver, inside[0])
    if not parts:
        return None
    first, last = parts[0], parts[-1]
    low, high = first.amount, last.amount if len(parts) > 1 else first.amount_max
    if span.id_.startswith(COMPOUND):  # "10 dollars and 50 cents": one amount, 10.50
        low, high = first.amount + last.amount, None
    elif len(parts) > 1 and inside:  # glued cents have no scale
        size = _low_end(ctx, inside[0], inside[-1], first._replace(amount=abs(first.amount)), last)
        low = size if first.amount >= 0 else -size
        if first.amount < 0 < last.amount:  # "minus $5-$6 billion": a range of losses
            high = -last.amount
    elif len(inside) == 1 and high is None:
        low = _elided_low(ctx, resolver, span, inside[0], first)
    cue = first.cue if first.cue and first.cue.start >= span.start_char else None
    record: Money = _VALIDATE(
        {
            "text": ctx.text[span.start_char : span.end_char],  # span.text, no Tokens made
            "start_char": span.start_char,
            "end_char": span.end_char,
            "sentence": sentence,
            "amount": low,
            "amount_max": high,
            "currency": span.kb_id_,
            "currency_certain": first.certain,
            "qualifier": cue.qualifier if cue else "exact",
            "qualifier_cue": cue.text if cue else None,
            "per": _per(ctx.text, span.start_char, span.end_char)
            or _paired_per(ctx, span)
            or _benchmark_per(ctx, span)
            or _restated_per(ctx, span)
            or _commodity_per(ctx, span)
            or _second_of_pair(ctx, span),
        }
    )
    return record


_RESTATEMENT = re.compile(r"[ \u00a0]*\((?=[^()]{0,24}[$€£¥])[^()]{1,40}\)")
"""A restatement in parentheses after an amount: " ($600)", " (about €550)"."""
_OPENED = re.compile(r"\([^()]{0,16}$")


_HEDGE = r"(?:(?:about|around|roughly|nearly|almost|some|just|over|under)[ \u00a0]+)?"
_PER_SHARE_BEFORE = LazyPattern(
    r"(?:(?P<share>\bper[ \u00a0-]share(?:[ \u00a0]+(?:earnings|profits?|income|loss|dividends?"
    r"|payout|price|value))?|\bEPS)"
    r"|(?P<person>\b[Pp]er[ \u00a0-](?:capita|head)(?:[ \u00a0]+(?:income|GDP|output|spending"
    r"|consumption|wealth|debt|earnings))?))"
    r"[ \u00a0]+(?:of|is|are|was|were|came[ \u00a0]+in[ \u00a0]+at|stood[ \u00a0]+at"
    r"|(?:rose|fell|climbed|increased|decreased|declined|jumped|dropped|grew|slipped|surged)"
    r"(?:[ \u00a0]+(?:by[ \u00a0]+)?[0-9][0-9.,]*(?:%|[ \u00a0]+(?:percent|per[ \u00a0]cent)))?"
    r"[ \u00a0]+to)[ \u00a0]+" + _HEDGE + "$"
)
"""Words that make the amount after them one per share: "earnings per share of $5.16",
"per-share earnings of $1.52", "adjusted EPS of $2.18", "Earnings per share came in at
$2.18", "Earnings per share rose 10% to $2.18" (the unit before the amount, where "$1.52 a
share" has it after); or per person: "GDP per capita was $12,000", "per capita income of
$2,500", "income per head rose to" (as "$2,500 per capita")."""


_PER_BEFORE_WORDS = ("share", "EPS", "capita", "head")


def _per_before(text: str, start: int) -> str | None:
    """What the amount at ``start`` is a price of by the words before it: "share", "person"."""
    before = text[max(0, start - 48) : start]
    if not any(word in before for word in _PER_BEFORE_WORDS):
        return None  # most amounts: a string test says so fast
    found = _PER_SHARE_BEFORE.search(before)
    if found is None:
        return None
    return "share" if found.group("share") else "person"


def _per(text: str, start: int, end: int) -> str | None:
    """What the amount is a price of: after it, or after the restatement in parentheses
    that stands between ("50,000 rupees ($600) a month": both are per month), or before it
    ("earnings per share of $5.16", "monthly payments of $500", "the price of a dozen eggs rose
    to $6.23")."""
    found = (
        each_per(text, start, end)  # "Tickets cost $5 a piece": per ticket, not "piece"
        or per_unit(text, end)
        or _per_before(text, start)
        or frequency_before(text, start)
        or price_of_before(text, start)
        or per_noun_before(text, start)
    )
    if found is not None or text[end : end + 1] not in " \u00a0()":
        return found  # most amounts: a string test says so fast
    if text[end : end + 1] == ")":  # the restatement itself: "($600) a month"
        return per_unit(text, end + 1) if _OPENED.search(text, max(0, start - 17), start) else None
    restated = _RESTATEMENT.match(text, end)
    return per_unit(text, restated.end()) if restated else None


def _restated_per(ctx: Context, span: Span) -> str | None:
    """What the amount an amount restates in parentheses right after its unit is a price of:
    "22,104 lira a month ($680)", "300 rupees a litre (about $3.60)", "monthly income rose 5% to
    2,796 colones (֏497)", "A canister costs about 2.9 million dinar, roughly $27": the
    conversion is per month, per litre, per canister too (as "50,000 rupees ($600) a month"
    gives both, ``_per``)."""
    text, start = ctx.text, span.start_char
    lead = text[max(0, start - 16) : start]
    if "(" not in lead and "," not in lead:
        return None  # most amounts: a string test says so fast
    group = ctx.group(GROUP)
    k = bisect.bisect_left(group, start, key=_start_char)
    if k == 0:
        return None
    prev = group[k - 1]
    found = per_unit_at(text, prev.end_char)
    if found is None and (
        unit := frequency_before(text, prev.start_char) or price_of_before(text, prev.start_char)
    ):  # "Average monthly income rose 5% to 2,796 colones (֏497)"; "A bag now costs 800 naira ($3)"
        found = unit, prev.end_char
    if found is None or found[1] >= start:
        return None
    apposed = restated(text, found[1], start, span.end_char)
    return found[0] if apposed is not None and apposed.rule in _RESTATING else None


_RESTATING = frozenset({"parenthesis", "apposition"})
"""A restatement in parentheses or after a comma and a hedge ("costs about 2.9 million
dinar, roughly $27,"): the amount restated, per the same unit; not an equation's rate."""


_COMMODITY_UNITS = frozenset({"bushel", "ounce", "barrel", "tonne", "ton", "pound", "MMBtu"})
"""The units a commodity's price is quoted per, which a later bare price of it shares."""
_COMMODITY = LazyPattern(
    r"\b(?:[Gg]old|[Ss]ilver|[Pp]latinum|[Pp]alladium|[Cc]opper|[Aa]lumini?um|[Nn]ickel|[Zz]inc"
    r"|[Cc]orn|[Ww]heat|[Ss]oybeans?|[Ss]oy|[Oo]ats|[Cc]ocoa|[Cc]offee|[Ss]ugar|[Cc]otton|[Oo]il"
    r"|[Cc]rude|Brent|WTI|[Cc]attle|[Hh]ogs|[Ll]umber|[Ii]ron[ \u00a0]+ore|[Rr]obusta|[Aa]rabica"
    r"|[Rr]ubber|[Cc]anola|[Rr]apeseed)\b"
)
"""The words of a commodity that news prices per a unit."""
_ANOTHER_CLAUSE = LazyPattern(
    r";|\b(?:while|whereas|but|shares?|stocks?|earn\w*|revenue|profit)\b"
    r"|\band[ \u00a0]+(?!(?:after|before|then|hit|touched|touching|hitting|was|were|is|are"
    r"|last|later|settled|closed|ended|traded|stood)\b)"
)
"""Words between two amounts that may make the later another thing's: another clause ("while
soybeans were at", "and the company earned") or a company's figure; "and" before a verb with
no subject of its own goes on with the price's ("a metric ton and was up 2.9% at")."""


def _commodity_per(ctx: Context, span: Span) -> str | None:
    """The unit a commodity's earlier price is quoted per ("Corn rose to $7.45 a bushel"), for
    a later bare price of it: "..., after touching $7.4870" in that sentence with no other
    commodity nor clause between, or "U.S. gold futures settled at $1,690.10" in the next
    one when it names the same commodity and no other; one currency, both unscaled, whole
    parts of about one length (``_alike``)."""
    text, start = ctx.text, span.start_char
    group = ctx.group(GROUP)
    k = bisect.bisect_left(group, start, key=_start_char)
    found = None
    for prev in reversed(group[max(0, k - 3) : k]):  # through the bare prices it gave a unit
        if not _alike(ctx, prev, span):
            return None  # most amounts: no price like it right before
        if (found := per_unit_at(text, prev.end_char)) is not None:
            break
    if found is None or found[0] not in _COMMODITY_UNITS:
        return None
    here = ctx.sentence_start(start)
    if prev.start_char >= here:  # one sentence: nothing between that changes the subject
        between = text[found[1] : start]
        if _COMMODITY.search(between) or _ANOTHER_CLAUSE.search(between):
            return None
        named = _COMMODITY.findall(text, ctx.sentence_start(prev.start_char), prev.start_char)
        return found[0] if named else None
    if ctx.sentence_start(here - 1) > prev.start_char:
        return None  # the price is more than a sentence before
    theirs = _COMMODITY.findall(text, ctx.sentence_start(prev.start_char), prev.start_char)
    ours = _COMMODITY.findall(text, here, start)
    if not ours or {w.lower() for w in ours} != {w.lower() for w in theirs}:
        return None  # "Silver rose to $21.30" after gold's price: silver's unit is not said
    return found[0] if not _ANOTHER_CLAUSE.search(text, here, start) else None


_LEVEL_WORDS = ("current", "existing", "present", "previous", "prior", "revised", "earlier")
_LEVEL = r"(?:(?:(?:the|an?|its|their)[ \u00a0]+)?(?:" + "|".join(_LEVEL_WORDS) + r")[ \u00a0]+)?"
"""A word of the level an earlier amount held: "to $25 an hour from the current $19"."""
_PAIRED_AFTER = LazyPattern(
    r"(?:[ \u00a0]+(?:nationwide|nationally|statewide|countrywide|worldwide|globally|overall"
    r"|inland|locally))?"
    r"(?:[ \u00a0]+(?:in|on|at|for|during|last|this|through|so)\b(?:[^,.;:()$\u20ac\u00a3\u00a50-9]"
    r"|(?:19|20)[0-9][0-9]){1,30})?"
    r",?[ \u00a0]+(?:(?:up|down)[ \u00a0]+from|from|compared[ \u00a0]+(?:with|to)|versus"
    r"|vs\.?|against|(?<=,[ \u00a0])(?P<size>up|down)|(?P<level>(?:and[ \u00a0]+)?to)"
    r"|(?<=,[ \u00a0])(?P<vs>above|below|ahead[ \u00a0]+of|short[ \u00a0]+of|beating|topping"
    r"|missing|exceeding)(?:[ \u00a0]+the)?"
    r"|(?:(?!(?:and|or|but|while|which)\b)[A-Za-z\u2019']+[ \u00a0]+){0,3}?"
    r"(?:estimates?|expectations|forecasts?|consensus)"
    r"[ \u00a0]+(?:of|for))[ \u00a0]+" + _LEVEL + _HEDGE
)
"""Between a price's unit and an earlier amount it is set against: " a gallon, up from",
" a month in May, up from", " a gallon nationwide last week, up from", " inland, down from"
(a place's adverb first), " a gallon for jet fuel, up from", " an hour from", " a share,
compared with", " a share, beating analysts' estimates of", " a share, above the" and the
amount "analysts expected" (what it was expected to be); or the size of its move (" a gallon,
down 12 cents"); or, after a size of a move, its level (" a litre to")."""
_EXPECTED_AFTER = LazyPattern(
    r"[ \u00a0]+(?:(?:that[ \u00a0]+)?(?:[A-Za-z]+['\u2019]?[ \u00a0]+){1,2}(?:had[ \u00a0]+)?)?"
    r"(?:expected|forecast|estimated|predicted|projected|anticipated)\b(?![ \u00a0]+to\b)"
)
"""After an amount set "above" or "below" another: who expected it ("analysts expected",
"that analysts had forecast") or that it was expected ("the 71 cents expected by
analysts"; not "the $1.51 expected to be paid"), else the amount may be of anything
("above the $1.51 it earned a year ago")."""
_BY_BEFORE = LazyPattern(r"\bby[ \u00a0]+" + _HEDGE + "$")
_FROM_BEFORE = LazyPattern(r"\bfrom[ \u00a0]+" + _HEDGE + "$")
_TO_BETWEEN = LazyPattern(r"[ \u00a0]+to[ \u00a0]+" + _HEDGE)
_SCALED = LazyPattern(r"[0-9](?:[ \u00a0]*(?:[mb]n|[mbk]|million|billion|trillion|crore|lakh))\b")
_FOR_AFTER = re.compile(r"[ \u00a0]+for\b")


_ALSO_TO = LazyPattern(r"[ \u00a0]and[ \u00a0]+to$")
"""A second level after a price's: "rise to $15 an hour in May and to $16"."""


_PAIRING_LASTS = frozenset(
    ("from", "with", "to", "versus", "vs", "vs.", "against", "up", "down", "of", "for", "the")
).union(_LEVEL_WORDS, ("above", "below", "beating", "topping", "missing", "exceeding"))
"""The last words of ``_PAIRED_AFTER`` and ``_FROM_BEFORE`` before an amount (or its hedge)."""
_HEDGES = frozenset(
    ("about", "around", "roughly", "nearly", "almost", "some", "just", "over", "under")
)


def _paired_per(ctx: Context, span: Span) -> str | None:
    """What an amount with no unit of its own is a price of when the amount it is set
    against in one change has one: "$3.50 a gallon, up from $3.20", "to $16 an hour from
    $15.50" (the earlier amount after), "from $7.25 to $15 an hour" (before): per gallon,
    per hour. Both in one currency, both scaled or neither ("$2,000 a month, up from $1.2
    million" none), and not before "for" ("compared with $23,400 for the year")."""
    text, start = ctx.text, span.start_char
    words = text[max(0, start - 24) : start].split()
    if not words or (
        words[-1] not in _PAIRING_LASTS
        and (len(words) < 2 or words[-1] not in _HEDGES or words[-2] not in _PAIRING_LASTS)
    ):
        return _size_per(ctx, span, words)  # most amounts: no word that sets them against
        # another right before
    group = ctx.group(GROUP)
    k = bisect.bisect_left(group, start, key=_start_char)
    prev = group[k - 1] if k > 0 else None
    forward = k + 1 < len(group) and text.find("from", max(0, start - 16), start) != -1
    if (prev is None or not 6 <= start - prev.end_char <= 120) and not forward:
        return None  # most amounts: no amount close before, no "from" right before
    if _FOR_AFTER.match(text, span.end_char):
        return None
    if prev is not None and 6 <= start - prev.end_char <= 120:
        prev, per_at = _past_restatement(ctx, group, k - 1)
        found = per_unit_at(text, per_at)
        unit = None if found else _per_before(text, prev.start_char)
        if found is None and (unit := unit or price_of_before(text, prev.start_char)):
            found = unit, per_at  # "earnings per share of $5.16, beating estimates of"
        paired = None
        if found is not None and start - found[1] <= 48:
            paired = _PAIRED_AFTER.fullmatch(text, found[1], start)
        if found is not None and paired is not None:
            moved = paired.group("size") or paired.group("level")
            if paired.group("vs") and not _EXPECTED_AFTER.match(text, span.end_char):
                return None  # "above the $1.51 it earned a year ago": not an expectation
            also = paired.group("level") and _ALSO_TO.search(text, found[1], paired.end("level"))
            if also:  # "to $15 an hour in May and to $16 in 2025": a second level, alike
                return found[0] if _alike(ctx, prev, span) else None
            if paired.group("level") and not _sized_move(text, prev.start_char):
                return None  # "from $80 a barrel to $90": a range's, or another clause's
            if _alike(ctx, prev, span, moved is not None):
                return found[0]
    if not forward or not _FROM_BEFORE.search(text, max(0, start - 16), start):
        return None
    after = group[k + 1]
    if not _TO_BETWEEN.fullmatch(text, span.end_char, after.start_char):
        return None
    found = per_unit_at(text, after.end_char)
    return None if found is None or not _alike(ctx, span, after) else found[0]


_AND_BETWEEN = LazyPattern(r"[ \u00a0]+and[ \u00a0]+$")


def _second_of_pair(ctx: Context, span: Span) -> str | None:
    """The unit of time an adjective of frequency gives the first of two amounts joined by
    "and" after the noun's "of", which the second shares: "daily standing charges of 60.99
    pence and 31.66 pence respectively" (both per day); one currency, both scaled or
    neither."""
    text, start = ctx.text, span.start_char
    if text[max(0, start - 5) : start].strip() != "and":
        return None  # most amounts: no "and" right before
    group = ctx.group(GROUP)
    k = bisect.bisect_left(group, start, key=_start_char)
    if k == 0 or not _AND_BETWEEN.fullmatch(text, group[k - 1].end_char, start):
        return None
    prev = group[k - 1]
    unit = frequency_before(text, prev.start_char)
    return unit if unit is not None and _alike(ctx, prev, span) else None


def _past_restatement(ctx: Context, group: tuple[Span, ...], i: int) -> tuple[Span, int]:
    """The amount ``group[i]`` and where a unit after it would start; but for an amount that
    restates the one before it in parentheses, that one and the end of the parenthesis:
    "40,600 Namibian dollar ($26) a month from 17,400" sets 17,400 against 40,600, whose
    unit follows the parenthesis."""
    amount = group[i]
    if i == 0 or ctx.text[amount.end_char : amount.end_char + 1] != ")":
        return amount, amount.end_char  # most amounts: no parenthesis closes right after
    first = group[i - 1]
    apposed = restated(ctx.text, first.end_char, amount.start_char, amount.end_char)
    if apposed is None or apposed.rule != "parenthesis":
        return amount, amount.end_char
    return first, apposed.end


_BENCHMARK_PRICE = LazyPattern(
    r"\b(?:(?P<barrel>Brent|WTI|West[ \u00a0]+Texas[ \u00a0]+Intermediate|Urals|Murban|[Cc]rude"
    r"|[Oo]il)|(?P<ounce>[Gg]old|[Ss]ilver|[Pp]latinum|[Pp]alladium|[Bb]ullion))"
    r"(?:[ \u00a0]+(?:crude|oil|futures|prices?|contracts?|benchmark))*"  # the benchmark's head
    r"(?:[ \u00a0]+(?:was|were|is|are|had|has|have))?"  # an auxiliary
    r"[ \u00a0]+[a-z]+"  # its verb: "rose", "settled", "was"
    r"(?:[ \u00a0]+(?:by[ \u00a0]+)?[^ \u00a0,;()]*[0-9][^ \u00a0,;()]*(?:[ \u00a0]+cents?)?"
    r"(?:,[ \u00a0]+or[ \u00a0]+[0-9.]+[ \u00a0]?(?:%|percent|per[ \u00a0]cent),)?)?"  # a move
    r"(?:[ \u00a0]+(?:to|at|near|around|about))?[ \u00a0]+$"
)
"""A crude or precious-metal benchmark, its verb and maybe the size of its move right before an
amount: "WTI gained 41 cents to $66.66", "U.S. crude settled at", "silver gained 2% to"; the
group that matched names the unit its price is per."""


def _benchmark_prices(groups: tuple[object, ...], ctx: Context) -> dict[tuple[str, str], int]:
    """(Unit, currency code) -> the longest whole part of the article's unscaled amounts per
    barrel or ounce."""
    found: dict[tuple[str, str], int] = {}
    for span in ctx.group(GROUP):
        unit = per_unit(ctx.text, span.end_char)
        if unit not in ("barrel", "ounce"):
            continue
        whole = _WHOLE.search(ctx.text, span.start_char, span.end_char)
        if whole is not None and _SCALED.search(ctx.text, span.start_char, span.end_char) is None:
            key, size = (unit, span.kb_id_), len(whole.group().replace(",", ""))
            found[key] = max(found.get(key, 0), size)
    return found


def _benchmark_per(ctx: Context, span: Span) -> str | None:
    """ "barrel" ("ounce") for an amount with no unit of its own that prices a crude (precious
    metal) benchmark or sizes its move ("WTI gained 41 cents to $66.66", "silver gained 2% to
    $28.10") when the article prices an amount per barrel (ounce) elsewhere in that currency,
    unscaled and of no shorter whole part ("Brent rose 50 cents to $85.20 a barrel"); a
    benchmark alone in an article tells no unit."""
    prices = ctx.derived("benchmark_prices", (GROUP,), partial(_benchmark_prices, ctx=ctx))
    if not prices:
        return None  # most articles: no price per barrel nor ounce
    text, start = ctx.text, span.start_char
    if _SCALED.search(text, start, span.end_char) is not None:
        return None
    whole = _WHOLE.search(text, start, span.end_char)
    found = _BENCHMARK_PRICE.search(text, max(ctx.sentence_start(start), start - 100), start)
    if whole is None or found is None:
        return None
    unit = "barrel" if found.group("barrel") else "ounce"
    size = prices.get((unit, span.kb_id_))
    if size is None or len(whole.group().replace(",", "")) > size:
        return None  # "Brent rose 2%, and Exxon's revenue was $5,000": not a barrel's
    return unit


_SIZE_TO = LazyPattern(
    r"(?:,[ \u00a0]+or[ \u00a0]+[0-9.]+[ \u00a0]?(?:%|per[ \u00a0]?cent|percent),)?"
    r"[ \u00a0]+to[ \u00a0]+" + _HEDGE
)
"""Between the size of a move and the level it moved to: " to ", ", or 1.5%, to "."""


@cache
def _change_words() -> frozenset[str]:
    """Verbs of change and "by": what may stand right before the size of a move."""
    cues = lexicons.change_cues()
    return frozenset({*cues.up, *cues.down, "by"})


def _size_per(ctx: Context, span: Span, words: list[str]) -> str | None:
    """What the size of a move right after its verb is a price of when the level it moved
    to has a unit: "Brent rose 50 cents to $85.20 a barrel", "fell $1.20, or 1.5%, to $80.50
    a barrel" (per barrel, as "rose 12 cents a gallon to $3.50" gives the level the size's
    unit); one currency, both scaled or neither."""
    if not words or (
        words[-1] not in _change_words() and not (len(words) > 1 and words[-2] == "by")
    ):
        return None  # most amounts: no verb of change right before
    if not _sized_move(ctx.text, span.start_char):
        return None
    group = ctx.group(GROUP)
    k = bisect.bisect_left(group, span.start_char, key=_start_char)
    if k + 1 >= len(group) or group[k].start_char != span.start_char:
        return None
    after = group[k + 1]
    if not _SIZE_TO.fullmatch(ctx.text, span.end_char, after.start_char):
        return None
    found = per_unit_at(ctx.text, after.end_char)
    return found[0] if found is not None and _alike(ctx, span, after, True) else None


_WHOLE = LazyPattern(r"[0-9][0-9,]*")


_WORD_BEFORE = LazyPattern(r"([A-Za-z]+)[ \u00a0]+$")


def _sized_move(text: str, start: int) -> bool:
    """Whether the amount at ``start`` sizes a move: after "by" or a change verb with a way
    ("raised fuel prices by KSh 10", "Gas rose 12 cents")."""
    if _BY_BEFORE.search(text, max(0, start - 16), start):
        return True
    word = _WORD_BEFORE.search(text, max(0, start - 16), start)
    cues = lexicons.change_cues()
    return word is not None and (word.group(1) in cues.up or word.group(1) in cues.down)


def _alike(ctx: Context, first: Span, second: Span, moved: bool = False) -> bool:
    """Whether two amounts may be one price at two times (or a price and its move, where
    ``moved``): one currency, both scaled or neither, whole parts of about one length
    ("$80 a barrel, versus $2,300 in gold": none) unless one is a move."""
    if first.kb_id_ != second.kb_id_:
        return False
    text = ctx.text
    one = _SCALED.search(text, first.start_char, first.end_char) is None
    if one != (_SCALED.search(text, second.start_char, second.end_char) is None):
        return False
    if moved:
        return True
    whole = _WHOLE.search(text, first.start_char, first.end_char)
    other = _WHOLE.search(text, second.start_char, second.end_char)
    if whole is None or other is None:
        return False
    return abs(len(whole.group().replace(",", "")) - len(other.group().replace(",", ""))) <= 1


def _start_char(span: Span) -> int:
    return span.start_char


def _elided_parts(ctx: Context, resolver: CurrencyResolver, number: Span) -> list[Parts]:
    """The amount of a bare number that leaves out its neighbour's currency, read again."""
    for money in ctx.group(GROUP):
        if abs(money.start_char - number.start_char) > 100 or money.id_.startswith(elided.RULE):
            continue
        if any(n.start_char == number.start_char for n in elided.candidates(ctx, money)):
            parts = elided.read(ctx, resolver, number, money)
            return [parts] if parts is not None else []
    return []


def _low_end(ctx: Context, low: Span, high: Span, first: Parts, last: Parts) -> Decimal:
    """The size of a joined range's lower end (``first.amount`` unsigned): a bare lower end
    takes the scale of the upper one ("between $10 and $20 million" is 10 to 20 million, as
    "2-3 million" is for numbers), unless it is then no lower ("$500 to $2 million" stays
    500)."""
    bare_low, bare_high = _leading(ctx, low), _leading(ctx, high)
    same = first.marker == last.marker or (last.marker == "$" and "$" in first.marker)
    if not same or not bare_low or not bare_high or first.amount != bare_low:
        return first.amount  # another marker's minor unit, or the lower end has its own scale
    scale = last.amount / bare_high
    if scale > 1 and scale == scale.to_integral_value() and bare_low * scale < last.amount:
        return numerals_scale(bare_low, scale)
    return first.amount


_TO_NEXT = re.compile(r"[ \u00a0]+to[ \u00a0]+")
_FROM_END = LazyPattern(r"\bfrom[ \u00a0]+$", re.IGNORECASE)


def _elided_low(
    ctx: Context, resolver: CurrencyResolver, span: Span, number: Span, first: Parts
) -> Decimal:
    """The amount of a bare value of money that a change's next value scales: "from $5 to $7
    million" and "rose $2 to $7 billion" move from 5 million and by 2 billion, as "between $10
    and $20 million" ranges from 10 million; only where ``ranges.scale_distributes`` finds
    the two of one scale ("from $500 to $7 million" stays 500), and never backwards ("rose to
    $7 billion from $5": English leaves out only the first value's scale)."""
    joined = _TO_NEXT.match(ctx.text, span.end_char)
    if joined is None:  # most amounts: a string test says so fast
        return first.amount
    lead = ctx.text[max(0, span.start_char - 24) : span.start_char]
    if not (_FROM_END.search(lead) or _after_change_verb(lead)):
        return first.amount
    bare = _leading(ctx, number)
    after = ctx.numerals_in(joined.end(), joined.end() + 16)
    second = analyze(ctx, after[0], resolver) if after else None
    if second is None and after:  # "from $5 to 7 million": the second leaves "$" out
        second = elided.read(ctx, resolver, after[0], span)
    if bare != first.amount or second is None or second.start != joined.end():
        return first.amount  # the first has its own scale, or no amount follows "to"
    if second.marker != first.marker or second.amount_max is not None:
        return first.amount
    scale = ranges.distributed_scale(bare, _leading(ctx, after[0]), second.amount)
    return first.amount if scale is None else numerals_scale(bare, scale)


def _leading(ctx: Context, number: Span) -> Decimal | None:
    """The digits a number span starts with ("20" of "20 million"), or None."""
    return ranges.leading_digits(ctx.text, number.start_char, number.end_char)


def guess_notices(ctx: Context, resolver: CurrencyResolver, spans: list[Span]) -> list[Notice]:
    """One warning per ambiguous marker read as a guess."""
    notices: dict[tuple[str, str], Notice] = {}
    for span in spans:
        if not span.id_.endswith("_guess"):
            continue
        inside = ctx.numerals_in(span.start_char, span.end_char)
        if inside:
            parts = analyze(ctx, inside[0], resolver)
        else:  # a cent sign's guess ("SYDNEY - ... 40¢"): no number span holds it
            parts = next(iter(glued_cents(ctx.text, span.start_char, span.end_char)), None)
        code = span.kb_id_
        if parts is not None and (parts.marker, code) not in notices:  # a record, built once
            notices[parts.marker, code] = _guess_notice(parts, code, MOVED_CENTS in span.id_)
    return list(notices.values())


def _guess_notice(parts: Parts, code: str, moved: bool = False) -> Notice:
    reason = parts.reason
    if code != parts.currency and moved:  # see _moved_cents
        reason = f"they size the move of a level in {code}"
    elif code != parts.currency:  # see _restatements_reread
        reason = f"it restates an amount in {parts.currency}, never its own currency"
    message = f"{parts.marker!r} read as {code} ({reason}); currency_certain is false"
    return Notice(code="currency_guess", message=message)


class MoneyFinder:
    """Writes money spans to ``doc.spans["money"]``."""

    def __call__(self, doc: Doc) -> Doc:
        publish(doc, GROUP, find(doc))
        return doc
