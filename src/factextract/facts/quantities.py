"""Quantities: a number with its unit ("300 km", "816 000 t of wheat") or with what it counts
("1,166 poverty alleviation projects", "more than 1,000 impoverished villages").

Without a parser, the counted noun phrase is read off the words after the number
(``counted.py``). Money, percentages, dates and durations are left to their own kinds
(``spans.CLAIM_ORDER``; time units belong to dates).
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from functools import cache, partial
from typing import NamedTuple

from spacy.tokens import Doc, Span

from factextract import gazetteer, lexicons, numbers
from factextract.facts import ages, money, numerals, percentages, qualifiers, unit_conversions
from factextract.facts.counted import (
    DATES,
    PER_NUMBER,
    PLACE_ADVERBS,
    acronym_plural,
    age_compound,
    age_words,
    bare_number_counts,
    compound_noun,
    countable,
    counts_nothing,
    demonym,
    demonym_plural,
    follows_count,
    group_adjective,
    head_of,
    implied_unit,
    level_before,
    model_phrase,
    noun_phrase,
    numbered_compound,
    on_scale,
    partitive,
    per_person,
    per_time,
    plural_apostrophe,
    rate_base_follows,
    rating_nouns,
    stop_words,
    time_unit_ids,
    time_unit_names,
    undated,
)
from factextract.facts.spans import (
    Context,
    char_span,
    free,
    join_ranges,
    non_overlapping,
    publish,
)
from factextract.numbers import ranges
from factextract.numbers.words import (
    casualty_participles,
    forecast_verbs,
    forecasters,
    give_verbs,
    group_plurals,
    level_cue_ends,
    level_followers,
    more_cues,
    number_context,
    of_total_words,
    one_nouns,
    parallel_prepositions,
    scale_unit,
    subject_verbs,
    tally_nouns,
    time_shifts,
)
from factextract.patterns import LazyPattern, alternation, grouped
from factextract.records import Quantity

GROUP = "quantities"
NUMBER_LABELS = frozenset({"cardinal", "range", "year"})

_LINK = re.compile(r"[ \u00a0]+(?:to|and|or|-|–)[ \u00a0]+")
"""What joins two numbers sharing a unit: "5,000 to 7,000 people"."""
_PER = r"(?:[ \u00a0]+(?:per|a|an|each)[ \u00a0]+|-(?:per|an?)-|[ \u00a0]*/[ \u00a0]*)"
# not "30 km at"; "-per-", "-a-": "a 851,500-barrels-per-day refinery", "a 10,000-tonne-a-year
# plant"
_SLASH = re.compile(r"[ \u00a0]*/")
_RATE_HEADS = frozenset("/ \u00a0")
_PER_SECONDS = frozenset("p/ \u00a0")
"""What may follow a space that opens a ``_per_unit_re`` match: "per", "/" or more space."""
_PAREN_HEADS = frozenset("() \u00a0")
"""What may open a ``_paren_per_re`` match: a parenthesis, or the spaces before "("."""
_SPACES = frozenset(" \u00a0")


class Parts(NamedTuple):
    """What a quantity is made of: offsets, values, unit, counted phrase and qualifier (a
    tuple: made for every number, and a frozen dataclass sets each field through a call)."""

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    unit: str | None
    counted: str | None
    cue: qualifiers.Cue | None
    rule: str
    per_value: Decimal | None = None
    per: str | None = None
    """The base of a rate per a count and what it counts ("per 100,000 people")."""


class _Number(NamedTuple):
    """A number span read once: ``Span.text`` rebuilds the string from Token objects and
    ``Span.label_`` looks the label up on every read, and a number is read a dozen times."""

    span: Span
    start_char: int
    end_char: int
    text: str
    label: str


def _number(ctx: Context, span: Span) -> _Number:
    start, end = span.start_char, span.end_char
    return _Number(span, start, end, ctx.text[start:end], span.label_)  # = span.text


@cache
def _glued_symbols() -> frozenset[str]:
    return frozenset(g for unit in lexicons.units() for g in unit.glued)


@cache
def _unit_re() -> re.Pattern[str]:
    # "30C", not "2 C-130"; nor after four digits ("2500F" is no weather)
    glued = rf"(?<=\d)(?<![\d,]\d{{3}})(?P<ug>{grouped(_glued_symbols())})(?![\w²³])"
    return re.compile(
        rf"(?P<gap>[ \u00a0]?-?[ \u00a0]?)"
        rf"(?:{glued}|{_unit_alternative('u')}(?![\w²³])"
        rf"(?:{_PER}{_unit_alternative('p')}(?![\w²³])|/(?P<pd>{_slash_alternative()})(?![\w²³]))?)"
    )


@cache
def _slash_alternative() -> str:
    """The time symbols read only after a slash (number_context.json slash_denominators):
    "3.5 μSv/h", "20 L/min"; alone, "h" and "min" are no units."""
    return alternation(number_context().slash_denominators)


@cache
def _slash_units() -> dict[str, lexicons.Unit]:
    """The unit each slash-only symbol names: "h" is the hour."""
    by_id = {unit.id: unit for unit in lexicons.units()}
    return {s: by_id[i] for s, i in number_context().slash_denominators.items()}


@cache
def _unit_alternative(group: str) -> str:
    """A unit's symbol (group ``{group}s``) or name (``{group}n``) as a pattern."""
    symbols, names = lexicons.unit_index()
    spaced = [s for s in symbols if s not in _glued_symbols()]
    # A space in a unit name also matches a hyphen: "42,000-square-foot". Grouped by first
    # character, as re tries every branch in turn (a sixth of the time of the plain list).
    spelled = grouped(names, fold=True).replace(r"\ ", r"[\s-]")
    return rf"(?:(?P<{group}s>{grouped(spaced)})|(?i:(?P<{group}n>{spelled})))"


@cache
def _paren_per_re() -> re.Pattern[str]:
    """The "per hour" of two units with a conversion in parentheses between, read after the
    first unit ("195 kilometers (121 miles) per hour") or after the second ("...miles) per
    hour"): both are speeds."""
    inner = r"[ \u00a0]*\((?=[^()\n]{1,40}\))[^()\d\n]*\d[^()\n]*\)"
    return re.compile(rf"(?:{inner}|\)){_PER}{_unit_alternative('p')}(?![\w²³])")


@cache
def _per_unit_re() -> re.Pattern[str]:
    """ "per acre", "/km": a unit of units.json as the denominator of a count's rate."""
    return re.compile(
        rf"(?:[ \u00a0]+per[ \u00a0]+|[ \u00a0]*/[ \u00a0]*){_unit_alternative('p')}(?![\w²³])"
    )


def _per_unit(text: str, end: int, limit: int) -> tuple[str, int] | None:
    """The unit id of a count's denominator at ``end`` and where it ends: "45 bushels per
    acre" is a count per acre ("per" only: "5 shops a mile away" is a distance)."""
    head = text[end : end + 1]
    if head not in _RATE_HEADS:
        return None  # neither slash nor space follows: most phrases
    if head != "/" and text[end + 1 : end + 2] not in _PER_SECONDS:
        return None  # a space and no "per", "/" or more space: most of the rest
    found = _per_unit_re().match(text, end, limit)
    unit = _unit_of(found, "ps", "pn") if found else None
    return (unit.id, found.end()) if unit is not None and found is not None else None


_PER_WORD = LazyPattern(r"[ \u00a0]+per[ \u00a0]+([A-Za-z]+)")


@cache
def _a_unit_re() -> re.Pattern[str]:
    """ "a tonne", "an acre": a unit of units.json after an article, a price's denominator."""
    return re.compile(rf"[ \u00a0]+an?[ \u00a0]+{_unit_alternative('z')}(?![\w²³])")


def _priced(text: str, end: int, limit: int) -> bool:
    """Whether a bare number ending at ``end`` is per a thing or a unit, a price or a rate of
    something unsaid: "Prices rose to 1,000 per tonne", "Wheat traded at 250 a tonne", "The
    fee is 30 per head"; not per a time ("or 300,000 a year" may restate a rate, "500 a day
    before the war" is a level)."""
    if text[end : end + 1] not in _RATE_HEADS or text[end + 1 : end + 2] not in ("p", "a"):
        return False  # most numbers: neither "per" nor "a" after a space
    if (per := _PER_WORD.match(text, end, limit)) is not None:
        word = per[1].lower()  # "per cent" is a percentage's, read as a whole elsewhere
        return word not in _time_names() and word not in ("cent", "mille")
    unit = _a_unit_re().match(text, end, limit)
    found = _unit_of(unit, "zs", "zn") if unit is not None else None
    return found is not None and found.dimension != "time"


class _Base(NamedTuple):
    """The base of a rate per a count: its value, what it counts, and where it ends."""

    value: Decimal
    per: str | None
    end: int


_SCALE_BASES: dict[str, Decimal] = {
    "thousand": Decimal(1000),
    "million": Decimal(1000000),
    "billion": Decimal(1000000000),
}
"""Scale words that are a whole base: "45 cases per million"."""
_SCALE_BASE_AT = LazyPattern(r"(?i:thousand|million|billion)\b")
_BASE_NOUNS = frozenset({"population"})
"""Singular nouns that a base counts as a whole: "per 100,000 population"."""
_BASE_PARTICIPLES = frozenset({"traveled", "travelled", "driven", "flown"})
"""What ends a base of miles: "per 100 million vehicle miles traveled"."""


def _rate_base(ctx: Context, end: int, limit: int, stop: int) -> _Base | None:
    """The base of a rate per a count after a count or a bare number ending at ``end``: "per"
    (or "for every") and a power of ten of at least 10, or a scale word, maybe before what it
    counts ("5.2 deaths per 100,000 people", "5.6 per 1,000 live births", "45 cases per
    million"); None when a unit follows the base ("6 litres per 100 km": a unit's rate, read
    whole or not at all) or the base is no round power ("3 goals per 4 games")."""
    text = ctx.text
    if text[end + 1 : end + 2] not in ("p", "f"):
        return None  # no "per" or "for every" after the space: most phrases
    link = PER_NUMBER.match(text, end, limit)
    if link is None:
        return None
    at = link.end()
    base = ctx.number_at(at)
    if base is not None:
        values = numerals.normalize(base.text) if base.label_ == "cardinal" else None
        if values is None or values[1] is not None or not _power_of_ten(values[0]):
            return None
        value, after = values[0], base.end_char
    elif (scale := _SCALE_BASE_AT.match(text, at, limit)) is not None:
        value, after = _SCALE_BASES[scale.group().lower()], scale.end()
    else:
        return None
    if _unit_at(text, after, limit) is not None or per_time(text, after, limit) is not None:
        return None  # "per 100 km", "per 1,000 a year": a unit's base or a time's
    i = ctx.token_at(after)
    if i < min(stop, len(ctx.words)) and ctx.lowers[i] in _BASE_NOUNS and ctx.spaced[i - 1]:
        return _Base(value, ctx.words[i], ctx.token_ends[i])
    phrase = noun_phrase(ctx, i, False, stop) if ctx.spaced[i - 1] else None
    if phrase is None or not numbers.is_plural(ctx.lowers[phrase[1] - 1]):
        return _Base(value, None, after)
    k = phrase[1]
    if k < min(stop, len(ctx.words)) and ctx.lowers[k] in _BASE_PARTICIPLES:
        k += 1  # "vehicle miles traveled"
    return _Base(value, text[ctx.token_chars[i] : ctx.token_ends[k - 1]], ctx.token_ends[k - 1])


_PEOPLE_BASES = frozenset({"inhabitants", "population", "births"})
"""Nouns of a population that a rate's base counts besides ``_people_plurals``: "per 1,000
live births", "per 100,000 inhabitants"."""


def _people_base(per: str | None) -> bool:
    """Whether a base counts people (or says nothing), the only base a rate of nothing said
    stands on ("a rate of 45 per 100,000", "28 per 1,000 live births"); per anything else a
    bare number is a price of something unsaid ("5 per 1,000 shares")."""
    if per is None:
        return True
    head = per.rpartition(" ")[2].lower()
    return head in _PEOPLE_BASES or head in _people_plurals()


def _power_of_ten(value: Decimal) -> bool:
    """Whether a value is 10, 100, 1,000 and so on: the base of a rate per a count."""
    digits = value.normalize().as_tuple()
    return value >= 10 and digits.digits == (1,) and int(digits.exponent) > 0


_OPENED = LazyPattern(r"\d[^\d()\n]{1,30}\([ \u00a0]*$")
"""Before a number that opens a parenthesis after a measure: "195 kilometers (121"."""


def _per_after_parenthesis(text: str, start: int, unit: re.Match[str]) -> str | None:
    """The unit id of a measure (from ``start``, its cue's or number's, to the ``unit``
    match) that a "per" after a parenthesis makes a rate: "km/h" for the 195 and "mph" for
    the 121 of "195 kilometers (121 miles) per hour"; None for most measures."""
    end = unit.end()
    head = text[end : end + 1]
    if head not in _PAREN_HEADS or (head in _SPACES and text[end + 1 : end + 2] not in "( \u00a0"):
        return None  # no parenthesis opens or closes here: most measures, and no compiling
    found = _paren_per_re().match(text, end)
    if found is None:
        return None
    if found.group().startswith(")") and not _OPENED.search(text, max(0, start - 40), start):
        return None  # "the fee (5 km) per day": no measure before the parenthesis
    base, per = _unit_of(unit, "us", "un"), _unit_of(found, "ps", "pn")
    if base is None or per is None:
        return None
    whole = f"{unit.group('un') or ''} per {found.group('pn') or ''}".lower()
    named = lexicons.unit_index()[1].get(whole)  # "miles per hour" is mph
    return named.id if named is not None else f"{base.id}/{per.id}"


def _unit_at(
    text: str, end: int, limit: int
) -> tuple[lexicons.Unit, lexicons.Unit | None, re.Match[str]] | None:
    match = _unit_re().match(text, end, limit)
    if match is None:
        return None
    if glued := match.group("ug"):
        return lexicons.unit_index()[0][glued], None, match
    unit, per = _unit_of(match, "us", "un"), _unit_of(match, "ps", "pn")
    if unit is not None and unit.id == "°" and _DEGREE_INDEX.match(text, match.end()):
        return None  # "8 degree heating weeks", "300 degree days": an index of heat, no degrees
    if slashed := match.group("pd"):
        per = _slash_units()[slashed]
    if unit is None or (per is None and (match.group("ps") or match.group("pn"))):
        return None
    if per is not None and per.dimension == "time" and _time_adverbial(text, match, limit):
        base_end = match.end("us") if match.group("us") else match.end("un")
        bare = _unit_re().match(text, end, base_end)  # "40°C a day after the storm": °C
        return (unit, None, bare) if bare is not None else None
    return unit, per, match


_DEGREE_INDEX = LazyPattern(
    r"[ \u00a0-]+(?:heating[ \u00a0-]+weeks?|(?:heating[ \u00a0-]+)?days)\b"
)
"""After "degree": a heat index whose unit is that compound ("degree heating weeks" of coral
bleaching, "heating degree days"), never degrees of temperature."""


_TIME_ADVERBIAL = LazyPattern(
    r"[ \u00a0]+(?:(?:before|after)[ \u00a0]+"
    r"(?:the|a|an|this|that|its|his|her|their|it|he|she|they|[A-Z]\w*)"
    r"|earlier|later|ago|previously)\b"
)
"""What makes "a day" after a unit a time adverbial, no denominator: "40°C a day after the
storm", "a week before Christmas", "a year earlier"; not "2 tablets a day before meals"."""
_ARTICLE_SEPARATOR = LazyPattern(r"[ \u00a0]+an?[ \u00a0]+")


def _time_adverbial(text: str, match: re.Match[str], limit: int) -> bool:
    """Whether a unit's time denominator after "a" or "an" opens a time adverbial instead."""
    if text[match.end() : match.end() + 1] not in (" ", "\u00a0"):
        return False  # most rates: the sentence goes on with a mark
    base_end = match.end("us") if match.group("us") else match.end("un")
    per_start = match.start("ps") if match.group("ps") else match.start("pn")
    if _ARTICLE_SEPARATOR.fullmatch(text, base_end, per_start) is None:
        return False  # "per day", "/day": a rate's own words
    return _TIME_ADVERBIAL.match(text, match.end(), limit) is not None


_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")


_MORE_GAP = re.compile(r"[ \u00a0]+(?:more|additional|extra|further)(?=[ \u00a0])")
"""A word of an increment between a number and its unit ("3 more inches", "5 additional
kilometres")."""


def _unit_after_more(
    text: str, end: int, limit: int
) -> tuple[lexicons.Unit, lexicons.Unit | None, re.Match[str]] | None:
    """A unit spelled out after a word of an increment right after the number ending at
    ``end``: "1 to 3 more inches of snow" measures inches; a symbol is not read there ("2
    more in the city" holds no inch)."""
    more = _MORE_GAP.match(text, end, limit)
    if more is None:
        return None
    unit = _unit_at(text, more.end(), limit)
    return unit if unit is not None and unit[2].group("un") else None


def _unit_of(match: re.Match[str], symbol: str, name: str) -> lexicons.Unit | None:
    """The unit a ``_unit_re`` match names in its ``symbol`` or ``name`` group."""
    symbols, names = lexicons.unit_index()
    if found := match.group(symbol):
        return symbols[found]
    if found := match.group(name):  # None for a spelling only (?i) reads: "kilometerſ"
        return names.get(_SPACES_OR_HYPHENS.sub(" ", found.lower()))
    return None


def _glued_million(ctx: Context, number: _Number, end: int, limit: int) -> Decimal | None:
    """ "2m people", "1.2 m units": an m before a counted noun is million (nobody counts
    metres of people), and so is one before a unit ("5m cubic metres", "2.5m bpd": no
    metres of a measure); anywhere else it stays metres."""
    i = ctx.token_at(end)
    if i >= len(ctx.words) or not ctx.words[i].isalpha():
        return None
    figure = ctx.text[number.start_char : end - 1]
    if not numbers.is_plural(ctx.lowers[i]):
        unit = _unit_at(ctx.text, end, limit) if not figure.endswith(" ") else None
        if unit is None or unit[0].dimension == "time" or unit[0].id == "m":
            return None  # "a 5m high wall", "a 3 m cubic tank", "a 20m metre-high": metres
        return numbers.parse_number(figure + "m", m_is_million=True)  # "5m cubic metres"
    if ctx.lowers[i] in _event_nouns():
        return None  # "the 400m hurdles", "the 4x100m relays": a race's metres
        # (and "2m walls", "5 m waves": a thing's size)
    if figure.endswith(" ") and not _may_be_million(ctx, number):
        return None  # "the 3 m trees": a size before its thing
    return numbers.parse_number(figure.rstrip(" ") + "m", m_is_million=True)


def _may_be_million(ctx: Context, number: _Number) -> bool:
    """Whether a spaced m may be million: not after a determiner, where a size often names
    its thing ("the 3 m trees", "these 2 m poles")."""
    k = number.span.start - 1
    return k >= 0 and ctx.lowers[k] not in numbers.lexicon_set("phrase_determiners")


@cache
def _event_nouns() -> frozenset[str]:
    context = number_context()
    return frozenset(context.event_nouns) | frozenset(context.sized_nouns)


def _has_digit(text: str) -> bool:
    return any(map(str.isdigit, text))


def _shared_unit(ctx: Context, number: _Number) -> tuple[bool, Parts | None]:
    """ "from 5,000 to 7,000 people": a bare number takes the unit or noun of the next one.
    Whether a next number is linked, and its quantity: None when it is none ("from 5 to 11
    years old", "5 to 7 million dollars"), and then neither is the first."""
    link = _LINK.match(ctx.text, number.end_char)
    if link is None or number.label == "year" or not _has_digit(number.text):
        return False, None
    following = ctx.number_at(link.end())
    if following is None or following.label_ not in NUMBER_LABELS:
        return False, None
    return True, analyze(ctx, following, share=False)


_DIMENSION_LINK = re.compile(r"[ \u00a0]+(?:by|x|\u00d7)[ \u00a0]+")
_DIMENSION_BEFORE = LazyPattern(r"\d[ \u00a0]+(?:x|\u00d7)[ \u00a0]+$")
"""What joins the sides of a measure: "10 by 12 feet", "3 x 5 metres", "2 × 4 m"."""


def _first_dimension(ctx: Context, number: _Number) -> str | None:
    """The length unit a bare side of a measure shares with the side after it: "The room
    measures 10 by 12 feet" is 10 ft and 12 ft, "3 x 5 metres" 3 m; None when the next side
    is no length ("won 3 by 5 votes" is none of this)."""
    link = _DIMENSION_LINK.match(ctx.text, number.end_char)
    if link is None or number.label == "year":
        return None  # most numbers
    following = ctx.number_at(link.end())
    if following is None or following.label_ != "cardinal":
        return None
    parts = analyze(ctx, following, share=True)
    if parts is None or parts.unit is None or parts.counted is not None:
        return None
    return parts.unit if _length_ids().get(parts.unit) else None


_RELAY = LazyPattern(
    r"[ \u00a0]+(?:x|\u00d7)[ \u00a0]+\d+[ \u00a0]?(?:m|metres?|meters?|yards?|km)?"
    r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+relays?\b"
)
_RELAY_LEGS = LazyPattern(r"\b\d[ \u00a0]+(?:x|\u00d7)[ \u00a0]+$")
"""A relay's number of legs and the length of each: "the 4 x 100m relay", "the 4 x 200m
freestyle relay" name a race, no sides of a measure (as glued "4x400m relay" does)."""


_TIMES_SIGNS = frozenset("x\u00d7")


def _relay(text: str, number: _Number) -> bool:
    """Whether a number is the legs or the leg length of a relay ("4 x 100m relay")."""
    start, end = number.start_char, number.end_char
    if text[end + 1 : end + 2] in _TIMES_SIGNS and _RELAY.match(text, end):
        return True
    if text[start - 2 : start - 1] not in _TIMES_SIGNS:
        return False  # most numbers: no "x" before the space
    before = _RELAY_LEGS.search(text, max(0, start - 6), start)
    return before is not None and _RELAY.match(text, before.start() + 1) is not None


def _second_dimension(text: str, number: _Number) -> bool:
    """Whether a number is the second side of a measure after "x" ("3 x 5 metres"), which
    the test of a count before a model name would take for a name."""
    return (
        _DIMENSION_BEFORE.search(text, max(0, number.start_char - 12), number.start_char)
        is not None
    )


@cache
def _length_ids() -> dict[str, bool]:
    """Unit id -> whether it is a length (the unit of a side of a measure)."""
    return {unit.id: unit.dimension == "length" for unit in lexicons.units()}


_FROM_END = LazyPattern(r"\bfrom[ \u00a0]+$", re.IGNORECASE)
_TO = LazyPattern(r"[ \u00a0]+to[ \u00a0]+")


def _scaled_like(
    ctx: Context, number: _Number, values: tuple[Decimal, Decimal | None], shared: Parts
) -> tuple[Decimal, Decimal | None]:
    """The values of a bare number that a change's next value scales: "from 5 to 7 million
    people" moves from 5 million, as money's "from $5 to $7 million" does; only after "from"
    and where ``ranges.distributed_scale`` finds the two of one scale ("from 500 to 7
    million" stays 500)."""
    text = ctx.text
    lead = _FROM_END.search(text, max(0, number.start_char - 8), number.start_char)
    link = _TO.match(text, number.end_char) if lead is not None else None
    if link is None or values[1] is not None or shared.value_max is not None:
        return values
    if ranges.leading_digits(text, number.start_char, number.end_char) != values[0]:
        return values  # "from five to ...": spelled; "from 5m to ...": its own scale
    digits = ranges.leading_digits(text, link.end())
    scale = ranges.distributed_scale(values[0], digits, shared.value)
    return values if scale is None else (values[0] * scale, None)


def _claimed_after(ctx: Context, number: _Number, taken: tuple[int, ...]) -> int:
    """The first token after the number that an earlier kind claimed ("125.5 million tonnes
    a year earlier": "a year earlier" is a date, so the unit is tonnes, not tonnes a year)."""
    k = bisect_left(taken, number.span.end)
    return taken[k] if k < len(taken) else len(ctx.words)


_Memo = dict[tuple[int, int, bool], "Parts | None"]
_ANALYZED: weakref.WeakKeyDictionary[Context, dict[tuple[int, ...], _Memo]] = (
    weakref.WeakKeyDictionary()
)
"""``analyze`` results per Context and claimed tokens: the component and record building ask
the same."""


def _memo(ctx: Context, taken: tuple[int, ...]) -> _Memo:
    """The results for ``taken``, looked up once per caller rather than once per number
    (``taken`` is a long tuple, hashed anew on every lookup)."""
    by_taken = _ANALYZED.get(ctx)
    if by_taken is None:
        by_taken = _ANALYZED[ctx] = {}
    return by_taken.setdefault(taken, {})


def analyze(
    ctx: Context, number: Span, share: bool = True, taken: tuple[int, ...] = ()
) -> Parts | None:
    """The quantity built on a number span, or None when the number is not a quantity;
    ``taken`` are the tokens earlier kinds claimed, sorted."""
    return _remembered(ctx, _memo(ctx, taken), number, share, taken)


def _remembered(
    ctx: Context, memo: _Memo, number: Span, share: bool, taken: tuple[int, ...]
) -> Parts | None:
    """``analyze`` with the results for ``taken`` at hand."""
    key = (number.start_char, number.end_char, share)
    if key not in memo:
        read = _number(ctx, number)
        # a neighbour read for its unit (``share`` False) takes none from an age: "from 5 to
        # 11 years old" is one age range, no 5 years
        age = _age(ctx, read, taken) if share else None
        memo[key] = _analyze(ctx, read, share, taken) or age
    return memo[key]


def _age(ctx: Context, number: _Number, taken: tuple[int, ...]) -> Parts | None:
    """The age stated with a number that is no other quantity ("a 32-year-old man", "aged
    45", "people over 65": ``ages.of_number``), within the text no earlier kind claimed."""
    if number.label not in _GROUP_SIZES:
        return None  # a year, a fraction: no age
    sentence = ctx.sentence_start(number.start_char)
    age = ages.of_number(ctx.text, number.start_char, number.end_char, sentence)
    if age is None:
        return None
    stop = _claimed_after(ctx, number, taken)
    if stop < len(ctx.words) and ctx.token_chars[stop] < age.end:
        return None  # an earlier kind's text inside: "45 years" of a duration
    return Parts(
        age.start, age.end, age.value, age.value_max, age.unit, ages.COUNTED, age.cue, ages.RULE
    )


_PAIR_SECOND = LazyPattern(r"\d[-\u2013]$")
"""Digits and a dash right before a number: the second of a pair ("2-1", "4–1")."""
_COMPOUND_BEFORE = LazyPattern(r"(?<![\w-])[A-Za-z]+-(?:of|on|for|in)-$")
"""A word and a preposition glued before a number: "best-of-seven", "mother-of-two"."""


def _stone(
    ctx: Context, number: _Number, values: tuple[Decimal, Decimal | None], match: re.Match[str]
) -> bool:
    """Whether "st" or "stone" after a number is a weight in stones ("15st", "5 stone", "12st
    4lb"): below 100 and not a spelled one ("with one stone"), not an ordinal's letters
    ("71st", "21st"; "11st" is a weight) and no material before a plural ("1,000 stone
    blocks")."""
    if values[0] >= 100 or (values[1] is not None and values[1] >= 100):
        return False
    if not any(map(str.isdigit, number.text)) and values[0] < 2:
        return False  # "two birds with one stone": a stone thrown
    digits = number.text.rstrip()
    if not match.group("gap") and digits.endswith("1") and not digits.endswith("11"):
        return False
    i = ctx.token_at(match.end())
    return not (i < len(ctx.words) and numbers.is_plural(ctx.lowers[i]))


def _in_compound(text: str, number: _Number) -> bool:
    """Whether the number ends a hyphenated compound of words ("the best-of-seven series",
    "a mother-of-two", "a two-for-one deal"): it names a kind, counting nothing."""
    start = number.start_char
    return _COMPOUND_BEFORE.search(text, max(0, start - 16), start) is not None


_MULTIPLIER_BEFORE = re.compile(r"\b(?:factor|multiple)[ \u00a0]+of[ \u00a0]+$", re.IGNORECASE)
"""What a multiplier follows, which takes no unit or noun of another value: "rose by a factor
of 10 to 500 tonnes" (10 times, no 10 tonnes)."""


_MODEL_LIST_TO_CRAFT = LazyPattern(
    r"(?:(?:[ \u00a0]+MAX)?(?:,|[ \u00a0]+and|[ \u00a0]+or|,[ \u00a0]+and)[ \u00a0]+[0-9]{3})*"
    r"(?:[ \u00a0]+MAX)?[ \u00a0]+([A-Za-z]+)\b"
)
"""After an aircraft model's number, more models in a list and the noun of the craft: ",
767 and 777 jets"."""


def _aircraft_model(ctx: Context, number: _Number) -> bool:
    """Whether a bare model number of numbers.json ("777") names an aircraft: before a noun
    of craft, maybe past more models listed ("the 737 MAX, 767 and 777 jets"), with no count
    of its own right before it ("20 777 jets" counts 20 jets, ``names_model``)."""
    found = _MODEL_LIST_TO_CRAFT.match(ctx.text, number.end_char)
    if found is None or found.group(1).lower() not in numbers.lexicon_set("craft_nouns"):
        return False
    k = ctx.token_at(number.start_char) - 1
    return k < 0 or not ctx.words[k][:1].isdigit()


def _analyze(ctx: Context, number: _Number, share: bool, taken: tuple[int, ...]) -> Parts | None:
    text = ctx.text
    stop = _claimed_after(ctx, number, taken)
    limit = ctx.token_chars[stop] if stop < len(ctx.words) else len(text)
    if number.label == "fraction":
        return _fraction_measure(ctx, number, stop, limit)
    values = numerals.normalize(number.text)
    if (
        values is None
        or (  # "the mid-20% range": two digits ending in 0, tested before the call
            number.end_char - number.start_char == 2
            and text[number.end_char - 1] == "0"
            and percentages.decade_band(text, number.start_char, number.end_char)
        )
        or (text[number.start_char - 1 : number.start_char] == "-" and _in_compound(text, number))
        or money.currency_marked(text, number.span)  # exchange rates too: "7.1 per dollar"
        or counts_nothing(ctx, number.span, number.start_char, number.end_char)
    ):
        return None
    if (
        text[number.end_char + 1 : number.end_char + 2] in _TIMES_SIGNS
        or text[number.start_char - 2 : number.start_char - 1] in _TIMES_SIGNS
    ) and _relay(text, number):
        return None  # "the 4 x 100m relay": a race
    if number.text in numbers.lexicon_set("model_numbers") and _aircraft_model(ctx, number):
        return None  # "production of the 737 MAX, 767 and 777 jets": models, no counts
    if text[number.start_char - 3 : number.start_char - 1] == "of":
        at = number.start_char  # "rose by a factor of 10": a multiple, the change's factor
        if _MULTIPLIER_BEFORE.search(text, max(0, at - 20), at) is not None:
            return None
    side = follows_count(ctx, number.span)  # "3 new 747 freighters"; "3 x 5 metres" maybe
    if side and not _second_dimension(text, number):
        return None
    if (reading := on_scale(ctx, number.span)) is not None:
        return _reading(ctx, reading, values)
    cue = qualifiers.before(text, number.start_char)
    end, unit_id, counted, rule = number.end_char, None, None, "count"
    if text[end : end + 1] == "-" and (scaled := _hyphen_scale(text, end, limit)) is not None:
        # "1.2-million residents"
        values, end = (numbers.to_decimal(Fraction(values[0]) * scaled[0]), None), scaled[1]
    unit = _unit_at(text, end, limit)
    if unit is None and text[end + 1 : end + 2] in "maef":
        unit = _unit_after_more(text, end, limit)  # "1 to 3 more inches of snow"
    if unit is None and text[end + 1 : end + 2] in _DEGREE_LETTERS:
        unit = _spaced_degrees(ctx, number, values[0], end, limit)  # "34.7 C (94.5 F)"
    if unit is not None and unit[0].id == "st" and not _stone(ctx, number, values, unit[2]):
        if not unit[2].group("gap"):
            return None  # "the 71st minute": an ordinal, as it was before "st" was a unit
        unit = None  # "1,000 stone blocks": a material
    if unit is None and text[end : end + 1] in _PRIMES:
        feet = _feet_and_inches(number.text, values, text, end, limit)
        if feet is not None:  # "6' 2\"" is 74 in
            values, unit_id, end, rule = feet[0], "in", feet[1], "unit"
    elif text[end : end + 1] in _DOUBLE_PRIMES and _PRIME_BEFORE.search(
        text, max(0, number.start_char - 3), number.start_char
    ):
        return None  # the inches of "6' 2\"", which its feet read
    if unit is not None:
        base, per, match = unit
        if base.id == "lb" and money.pounds_paid(text, number.start_char, match.end()):
            return None  # "cut spending by 2,000 pounds a year": money, no weight
        if _rate_goes_on(ctx, match.end(), per is not None) and (
            per is not None or _per_item_rate(text, match.end(), limit) is None
        ):  # "50 litres per person per day" reads its two denominators further down
            return None  # a rate read in part is another quantity: "2 m/s" is not "2 m"
        whole = None
        if per is None and _mixed(ctx, number, base, match.end(), limit):
            whole = _two_units(text, values, base, match.end(), limit)
            if whole is None:
                return None  # "6ft 2in" is neither 6 ft nor 2 in: its feet read it whole
        if base.dimension == "time":
            return None  # durations and ages are dates' business
        million = _glued_million(ctx, number, match.end(), limit) if base.id == "m" else None
        if whole is not None:  # "6ft 5in" is 77 in
            values, unit_id, end, rule = (whole[0], None), whole[1], whole[2], "unit"
        elif million is not None and match.group("gap") in ("", " "):  # "1.2 m units" too
            values, end = (million, None), match.end()
            unit = _unit_at(text, end, limit)  # "3.2m tonnes": millions of a unit
            if unit is not None and unit[0].dimension != "time":  # "2m barrels a day" too
                unit_id = f"{unit[0].id}/{unit[1].id}" if unit[1] else unit[0].id
                end, rule = unit[2].end(), "unit"
        else:
            unit_id = f"{base.id}/{per.id}" if per else base.id
            if per is None and match.group("ug") is None:  # "195 kilometers (121 miles) per hour"
                start = cue.start if cue else number.start_char
                unit_id = _per_after_parenthesis(text, start, match) or unit_id
            end, rule = match.end(), "unit"
            if per is None and match.group("ug") and (rate := per_time(text, end, limit)):
                # a glued or spaced symbol's rate, as a spelled unit's ("0.4°C per decade"):
                # "0.4C per decade", "3in an hour", "0.2 C per decade" are read whole
                unit_id, end = f"{base.id}/{rate[0]}", rate[1]
            below = _BELOW_ZERO.match(text, end, limit) if base.dimension == "temperature" else None
            if below is not None:  # "2 degrees below zero" is -2 degrees
                values, end = _below_zero(values), below.end()
    post = qualifiers.after(text, end)
    if post is not None:  # the counted noun comes after it ("some 40 or more workers")
        end = post.end
    i = ctx.token_at(end)
    compound = i + 1 < len(ctx.words) and ctx.words[i] == "-" and not ctx.spaced[i]
    if compound and unit_id is None and share and _vote_side(ctx, number, cue):
        compound = False  # "voted 220-207": a side of a tally, no compound modifier
    if unit_id:
        phrase = partitive(ctx, i, stop)
        if phrase is not None and unit is not None and _distance_from(ctx, number, unit[0], phrase):
            phrase = None  # "within 15 miles of Kyiv": a place, no material
    elif compound:  # "a 140-employee firm"; not "5,000-strong", "two-state", "one-two"
        phrase = compound_noun(ctx, i + 1, stop) if _has_digit(number.text) else None
        if phrase is None:
            return None
        if cue is not None and cue.text.lower() in _PREPOSITION_CUES:
            cue = None  # a preposition before a modifier: "the win over 10-man Everton"
    elif i < len(ctx.lowers) and ctx.lowers[i] in _rated_by():
        return None  # "95 octane petrol", "a 5 star hotel": a grade, no count
    else:
        # the second side of a tally takes no singular noun: "in a 2-1 vote" is no "1 vote"
        one = values[0] in (0, 1) and not _PAIR_SECOND.search(
            text, max(0, number.start_char - 2), number.start_char
        )
        if _increment(ctx, i, stop):
            if _time_unit_at(ctx, i + 1):
                return None  # "9 more weeks": a duration, the dates' business
            i += 1  # "5 more people" counts people
        phrase = (
            head_of(ctx, i, stop)
            or noun_phrase(ctx, i, one, stop, level_before(ctx, number.span))
            or partitive(ctx, i, stop, one)
            or model_phrase(ctx, i, stop)
            or age_compound(ctx, i, stop, one)
            or numbered_compound(ctx, i, stop)
            or _measured_phrase(ctx, i, stop, limit)
            or group_adjective(ctx, i, stop, ctx.token_at(cue.start if cue else number.start_char))
        )
    if phrase is not None and unit_id is None and _forecasters_clause(ctx, phrase[1]):
        phrase = None  # "double the 170,000 economists had expected": a forecast of jobs
    if phrase is not None and unit_id is None and _verb_led(ctx, phrase):
        part_of = (
            _fronted_total(ctx, number, values[0], cue, taken)
            or _relative_noun(ctx, number, values[0], cue, taken)
            or _clause_noun(ctx, number, values[0], cue, taken)
        )
        if part_of:  # "Of the 1,200 patients, 45 developed side effects": patients
            phrase, counted, rule = None, part_of, "shared"
        elif part_of is not None:
            phrase = None  # "The firm has 300 stores, and 40 stocked toys": a bare 40
    if phrase is not None and unit_id is None and _group_verb(ctx, number, cue, phrase):
        phrase = None  # "a population of 23 million lives below the poverty line": its verb
    if cue is not None and phrase is not None and _span_over(ctx, cue, phrase, values[0]):
        cue = None  # "98 pitches over 6 innings": across them, no more than 6
    if phrase is not None:
        end = ctx.token_ends[phrase[1] - 1]
        counted = text[ctx.token_chars[phrase[0]] : end]
    elif unit_id is None and not compound and counted is None:
        counted = _of_total(ctx, number, values[0], i, taken) or _group_of(ctx, number, cue)
    if (
        unit_id is None
        and counted is None
        and not compound
        and _age_before(text, number.start_char, _AGE_CLAUSE_WORDS)
    ):
        return None  # "the retirement age from 62 to 64": ages are no quantities
    rate_base = None
    if unit_id is None and not compound and rate_base_follows(ctx, end):
        # "5.2 deaths per 100,000 people", "a rate of 45 per 100,000": read whole, the base
        # with it; a base of another shape ("per 4 games") leaves no fact
        rate_base = _rate_base(ctx, end, limit, stop) if number.label != "year" else None
        if rate_base is None:
            return None
        end = rate_base.end
        if counted is None and per_time(text, end, limit) is not None:
            return None  # "45 per 100,000 a year": a count per time of nothing said
        if counted is None and not _people_base(rate_base.per):
            return None  # "The tax is 5 per 1,000 shares traded": a price of something unsaid
    per_value, per_noun = (rate_base.value, rate_base.per) if rate_base else (None, None)
    if unit_id is None and phrase is None and rate_base is None and _priced(text, end, limit):
        return None  # "rose to 1,000 per tonne", "30 per head": a price of something unsaid
    if unit_id is None and counted is None and not compound and _margin_follows(ctx, end):
        if share and (margin := _margin_count(ctx, number, cue, taken)) is not None:
            counted, rule = margin, "shared"  # "70 points, 5 clear of Arsenal": 5 points
        elif ctx.lowers[ctx.token_at(end)] not in _SHORT_WORDS:
            return None  # "6 behind the leaders": a margin of nothing named
    if unit_id is None and counted is None and not compound and _match_margin(ctx, number):
        return None  # "Europe went 2 up with three to play", "won 3 and 2": holes, no count
    if share and unit_id is None and counted is None and (vote := _vote_side(ctx, number, cue)):
        counted, rule = vote, "shared"  # "The House voted 220 to 207": both count votes
    if unit_id is None and counted is None and phrase is None and _batted(text, number, end):
        counted, rule = "runs", "shared"  # "Kohli scored 82 off 53 balls": 82 runs
    if unit_id is None and counted is None and per_value is None and not compound:
        after, level_of = _after_rate(ctx, number, cue, taken)
        if after and level_of is None:
            return None  # a level of a rate this cannot read
        if level_of is not None:  # "28 doctors per 10,000 people, compared with 35 in Germany"
            unit_id, counted, rule = level_of.unit, level_of.counted, "shared"
            per_value, per_noun = level_of.per_value, level_of.per
    if share and unit_id is None and counted is None and per_value is None:
        linked, shared = _shared_unit(ctx, number)
        if linked and shared is None:
            return None
        if shared is not None:
            unit_id, counted, rule = shared.unit, shared.counted, "shared"
            per_value, per_noun = shared.per_value, shared.per  # "3 to 4 deaths per 1,000"
            values = _scaled_like(ctx, number, values, shared)
            if unit_id is None and counted is None:
                # "Infections rose by 3,000 to 45,000": the size counts what the level does
                counted = _number_of(ctx, number, cue) or _count_subject(ctx, number, cue)
        elif (dimension := _first_dimension(ctx, number)) is not None:
            unit_id, rule = dimension, "shared"  # "10 by 12 feet": 10 ft
        elif (elided := _elided(ctx, number, cue, taken)) is not None:
            if values[0] == 1 or numbers.is_plural(elided.rpartition(" ")[2]):
                counted, rule = elided, "shared"  # not "One person died and five" person
        elif (
            (level := _earlier_level(ctx, number, values[0], cue, taken)) is not None
            or (level := _multiple_level(ctx, number, values[0], cue, taken)) is not None
            or (level := _later_level(ctx, number, values[0], cue, taken)) is not None
            or (level := _followed_by(ctx, number, values[0], cue, taken)) is not None
            or (level := _expected_level(ctx, number, values[0], cue, taken)) is not None
            or (level := _size_after_level(ctx, number, values[0], cue, taken)) is not None
        ):
            unit_id, counted, rule = level.unit, level.counted, "shared"
            per_value, per_noun = level.per_value, level.per
        elif (fronted := _fronted_total(ctx, number, values[0], cue, taken)) is not None:
            counted, rule = fronted, "shared"
        elif (relative := _relative_whole(ctx, number, values[0], cue, taken)) is not None:
            unit_id, counted, rule = relative.unit, relative.counted, "shared"
            per_value, per_noun = relative.per_value, relative.per
        elif (gust := _gust(ctx, number, values[0], cue, taken)) is not None:
            unit_id, rule = gust, "shared"
        elif (rival := _rival_measure(ctx, number, values[0], cue, taken)) is not None:
            unit_id, rule = rival, "shared"
        elif (restated := _restated_rate(ctx, number, cue, limit, taken)) is not None:
            unit_id, counted, end = restated.unit, restated.counted, restated.end
            rule = "shared"
        elif (parallel := _parallel_count(ctx, number, values[0], cue, taken)) is not None:
            unit_id, rule = parallel.unit, "shared"
            per_value, per_noun = parallel.per_value, parallel.per
            counted = _shared_noun(parallel.counted) if parallel.counted else None
        elif (total := _breakdown(ctx, number, values[0], cue, taken)) is not None:
            unit_id, rule = total.unit, "shared"
            per_value, per_noun = total.per_value, total.per
            counted = _shared_noun(total.counted) if total.counted else None
        elif (
            subject := _number_of(ctx, number, cue)
            or _count_subject(ctx, number, cue)
            or _change_in(ctx, number, cue)
            or _relative_count(ctx, number, cue)
        ) is not None:
            counted, rule = subject, "shared"
        elif (gapped := _gapped_item(ctx, number, values[0], cue, taken)) is not None:
            unit_id, rule = gapped.unit, "shared"
            per_value, per_noun = gapped.per_value, gapped.per
            counted = gapped.counted
        elif (again := _repeated_verb(ctx, number, values[0], cue, taken)) is not None:
            unit_id, rule = again.unit, "shared"
            per_value, per_noun = again.per_value, again.per
            counted = _shared_noun(again.counted) if again.counted else None
        elif (clause_part := _clause_part(ctx, number, values[0], cue, taken)) is not None:
            unit_id, counted, rule = clause_part.unit, clause_part.counted, "shared"
            per_value, per_noun = clause_part.per_value, clause_part.per
    if side and not (unit_id and _length_ids().get(unit_id)):
        return None  # "12 x 5 boxes": only a length makes a second side of a measure
    if unit_id is None and counted is None and phrase is None and not compound:
        lead = ctx.token_at(cue.start if cue else number.start_char)
        if (implied := implied_unit(ctx, lead, values[0], end)) is not None:
            unit_id, rule = implied, "unit"  # "a BMI of 30": kg/m2
    if (
        unit_id is None
        and counted is not None
        and per_value is None
        and not countable(ctx, values[0], end, counted)
    ):
        return None
    if (
        unit_id is None
        and counted is not None
        and per_value is None
        and (person := per_person(text, end)) is not None
    ):  # "1.72 children per woman": a rate per one, as "per 100,000 people" per 100,000
        per_value, per_noun, end = Decimal(1), person[0], person[1]
    if (item_rate := _per_item_rate(text, end, limit)) is not None:
        if per_value is not None or (unit_id is not None and "/" in unit_id):
            return None  # "5 cases per 1,000 per person a year": more denominators than fit
        # "50 litres per person per day": L/day per one person, read whole
        unit_id, per_value, per_noun = f"{unit_id or ''}/{item_rate[1]}", Decimal(1), item_rate[0]
        end = item_rate[2]
    elif _per_item_per_time().match(text, end) is not None:
        return None  # a rate read in part, as "50 litres" of "50 litres per person a week ago"
    rated = counted is not None and (unit_id is None or "/" not in unit_id)
    if rated and (rate := per_time(text, end, limit) or _per_unit(text, end, limit)):
        # a rate is read whole: "100,000 vehicles a day" is a count per day, "500,000 tonnes
        # of steel a year" a measure of a material per year, "45 bushels per acre" a count
        # per acre
        unit_id, end = f"{unit_id or ''}/{rate[0]}", rate[1]
    if not _acceptable(text, number, cue, unit_id, counted, limit):
        return None
    if post is None and cue is None:
        post = qualifiers.after(text, end)
        end = post.end if post else end
    cue = cue or post
    start = cue.start if cue and cue.start < number.start_char else number.start_char
    return Parts(start, end, values[0], values[1], unit_id, counted, cue, rule, per_value, per_noun)


def _span_over(ctx: Context, cue: qualifiers.Cue, phrase: tuple[int, int], value: Decimal) -> bool:
    """Whether "over" before a count of a season's parts spans them after another count or
    an amount: "threw 98 pitches over 6 innings", "averaged 25 points over 10 games", "scored
    5 goals over 2 legs", "grossed $2 billion over 149 shows", "67.2% over two seasons"
    (number_context.json span_nouns) are across them; "played over 100 games" (a verb
    before) stays more than 100; after a win, a bout's length is spanned: "to win over 12
    rounds"."""
    if cue.text.lower() != "over" or ctx.lowers[phrase[1] - 1] not in _span_nouns():
        return False
    k = ctx.token_at(cue.start) - 1
    if k >= 1 and ctx.lowers[k] in _PERCENT_WORDS:  # "efficacy of 67.2% over two seasons"
        return ctx.like_num(k - 1)
    if k < 1 or not ctx.words[k].isalpha():
        return False
    bout = _BOUT_NOUNS.get(ctx.lowers[phrase[1] - 1])
    if bout is not None and value <= bout and _won_before(ctx, k):
        return True  # "beat Fury to win over 12 rounds": one bout's length
    if ctx.lowers[k] in _AMOUNT_SCALES:  # "grossed $2 billion over 149 shows": an amount's
        return ctx.like_num(k - 1)
    if not numbers.is_plural(ctx.lowers[k]):
        return False  # "scored 30 goals in over 50 matches": more than 50
    return any(ctx.like_num(j) for j in range(max(0, k - 3), k))


def _won_before(ctx: Context, k: int) -> bool:
    """Whether the words up to token k end in a win or a full bout: "to win", "won on
    points", "beat Fury", "went the distance" before "over"; "won over 100 games" counts
    games, so only bout nouns ask."""
    if ctx.lowers[k] in _WIN_WORDS or ctx.lowers[k] == "distance":
        return True
    if k >= 2 and ctx.lowers[k - 1] == "on" and ctx.lowers[k] in _DECISION_WORDS:
        return ctx.lowers[k - 2] in _WIN_WORDS  # "won on points over 12 rounds"
    j = k
    while j > k - 2 and j >= 1 and ctx.words[j][:1].isupper():
        j -= 1  # "beat Fury", "beat Tyson Fury": an object name
    return j < k and ctx.lowers[j] in _WIN_WORDS


def _match_margin(ctx: Context, number: _Number) -> bool:
    """Whether a bare number is a match-play margin, no count: "up" or "down" after it before
    the clause's end or a word of the match's state ("Europe went 2 up with three to play",
    "was 1 down after the 9th"; not "2 up from 1", a change), or a side of "N and M" or
    "N & M" (holes up, holes left: M < N <= 10) after a verb of a win or a loss, maybe past
    a name ("won 3 and 2", "beat Scheffler 5 & 4")."""
    text, start, end = ctx.text, number.start_char, number.end_char
    if text[start - 2 : start - 1] in ("d", "&") and number.span.start >= 2:
        first = number.span.start - 2  # the holes left of "won 3 and 2"
        return _holes_pair(ctx, first) is not None and _after_result_verb(ctx, first)
    if text[end : end + 1] not in (" ", "&") or text[end + 1 : end + 2] not in _MARGIN_INITIALS:
        return False  # most numbers: no "up", "down", "and" or "&" after them
    j = ctx.token_at(end)
    if j >= len(ctx.words):
        return False
    if ctx.lowers[j] in ("up", "down"):
        k = j + 1
        if k >= len(ctx.words) or k in ctx.sentence_tokens:
            return True
        return ctx.lowers[k] in _MATCH_STATE_WORDS or ctx.words[k] in _MATCH_ENDS
    if ctx.lowers[j] not in ("and", "&") or (holes := _holes_pair(ctx, number.span.start)) is None:
        return False
    return _after_result_verb(ctx, holes[0])


def _holes_pair(ctx: Context, first: int) -> tuple[int, int] | None:
    """The token range of "N and M" or "N & M" of a match-play win that starts at token
    ``first``: bare digits, M < N <= 10, then the clause's end or a preposition."""
    words = ctx.words
    if first + 3 > len(words) or ctx.lowers[first + 1] not in ("and", "&"):
        return None
    lead, left = words[first], words[first + 2]
    if not (lead.isdigit() and left.isdigit() and 0 < int(left) < int(lead) <= 10):
        return None
    k = first + 3
    ends = k >= len(words) or k in ctx.sentence_tokens
    if not ends and words[k] not in _MATCH_ENDS and ctx.lowers[k] not in _MATCH_STATE_WORDS:
        return None  # "won 3 and 2 more games": counts
    return first, k


def _after_result_verb(ctx: Context, k: int) -> bool:
    """Whether a verb of a win or a loss stands right before token ``k``, maybe past up to
    two capitalized words of a rival's name ("beat Scheffler", "lost to Rory McIlroy")."""
    j = k - 1
    while j > k - 3 and j >= 1 and ctx.words[j][:1].isupper():
        j -= 1
    if j >= 1 and ctx.lowers[j] == "to" and j < k - 1:
        j -= 1  # "lost to Scheffler 3 and 2"
    return j >= 0 and ctx.lowers[j] in _RESULT_VERBS


_MARGIN_INITIALS = frozenset("uda&")
"""The first characters of "up", "down", "and" and "&"."""
_MATCH_STATE_WORDS = frozenset(
    {"with", "after", "at", "through", "thru", "heading", "going", "in", "over", "against"}
)
"""Words after a match-play margin that go on with the match ("2 up with three to play")."""
_MATCH_ENDS = frozenset({".", ",", ";", ":", ")", "!", "?", "-", "\u2013", "\u2014"})
"""Marks that end a match-play margin's clause."""
_RESULT_VERBS = frozenset(
    {
        "win",
        "wins",
        "won",
        "winning",
        "beat",
        "beats",
        "beating",
        "defeated",
        "lost",
        "lose",
        "loses",
        "losing",
        "edged",
        "thrashed",
        "crushed",
        "routed",
        "downed",
        "triumphed",
    }
)
"""Verbs of a win or a loss before a match-play result ("won 3 and 2")."""


_BOUT_NOUNS: dict[str, int] = {"rounds": 15, "sets": 5, "legs": 2, "holes": 72}
"""Span nouns of one bout's parts, with the most one bout has, which "over" after a win
spans: "won over five sets"; a career's "won over 50 sets", games or races count more."""

_WIN_WORDS = frozenset({"win", "wins", "won", "winning", "beat", "beats", "beating", "defeated"})
"""Verbs of a win that a bout's length follows after "over"."""

_DECISION_WORDS = frozenset({"points", "decision", "aggregate"})
"""Nouns of a decision between a win and its "over": "won on points over 12 rounds"."""


_PERCENT_WORDS = frozenset({"%", "percent", "pct"})
"""Percent signs and words that end a share before a span's "over" ("per cent" ends in
"cent", which also ends sums: left out)."""

_AMOUNT_SCALES = frozenset({"million", "billion", "trillion", "bn", "mn"})
"""Scale words that end an amount before a span's "over": "$2 billion over 149 shows"."""


@cache
def _span_nouns() -> frozenset[str]:
    return frozenset(number_context().span_nouns)


_PREPOSITION_CUES = frozenset({"over", "under", "above", "below"})
"""Cues that before a compound modifier are prepositions: "beat 10-man Everton" is no more
than 10 men after "over"."""

_WITHIN = LazyPattern(r"\bwithin[ \u00a0]+(?:about[ \u00a0]+|some[ \u00a0]+)?$", re.IGNORECASE)


def _distance_from(
    ctx: Context, number: _Number, unit: lexicons.Unit, phrase: tuple[int, int]
) -> bool:
    """Whether the phrase after a length and "of" is the place a distance is measured from,
    not a material: a name of capitalized words ("15 miles of Kyiv") or anything after "within"
    ("within 30 km of the border"); "300 km of new roads" is a length of roads."""
    if unit.dimension != "length":
        return False
    words = ctx.words[phrase[0] : phrase[1]]
    if all(w[:1].isupper() or not w.isalpha() for w in words):
        return True  # a name, no lowercase noun: not "500 km of Trans-Siberian track"
    start = number.start_char
    return _WITHIN.search(ctx.text, max(0, start - 16), start) is not None


@cache
def _hyphen_scale_re() -> re.Pattern[str]:
    """A scale word after a hyphen and before a space or another hyphen: "1.2-million
    residents", "a 2-million-barrel-a-day pipeline" (money reads its own: "$5-million")."""
    scales = grouped(lexicons.number_words().scales, fold=True)
    return re.compile(rf"-(?i:(?P<scale>{scales}))(?=[ \u00a0]|-[^\W\d_])")


def _hyphen_scale(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """The scale word's value and end after a number's hyphen ("1.2-million"), or None; a
    hyphen after the scale word must lead to a unit ("1.2-million-tonne"; not
    "5-million-dollar", money's)."""
    found = _hyphen_scale_re().match(text, end, limit)
    if found is None:
        return None
    if text[found.end()] == "-" and _unit_at(text, found.end(), limit) is None:
        return None
    return lexicons.number_words().scales[found.group("scale").lower()], found.end()


_FIND_LABELS = NUMBER_LABELS | {"fraction"}
"""The number labels a quantity is built on: a fraction only as a measure ("half a mile")."""
_FRACTION_LINK = LazyPattern(r"(?:[ \u00a0]+of)?[ \u00a0]+an?(?=[ \u00a0])")
"""What joins a fraction to its unit: "half a mile", "three-quarters of a mile"."""


def _fraction_measure(ctx: Context, number: _Number, stop: int, limit: int) -> Parts | None:
    """A fraction of a unit: "half a mile" is 0.5 mi, "three-quarters of a mile" 0.75 mi, "a
    quarter mile" 0.25 mi, "half a kilo of rice" 0.5 kg of rice (thirds rounded as the grammar
    rounds); none of time ("half an hour", the dates' business) nor a rate read in part."""
    text = ctx.text
    link = _FRACTION_LINK.match(text, number.end_char, limit)
    unit = _unit_at(text, link.end() if link else number.end_char, limit)
    values = numerals.normalize(number.text)
    whole, lead = _unit_and_a(text, number.start_char) if unit is None else (None, None)
    if whole is not None and values is not None:
        unit, values = whole, (values[0] + 1, *values[1:])  # "a mile and a half": 1.5 mi
    if unit is None or values is None or unit[0].dimension == "time" or unit[2].group("ug"):
        return None
    base, per, match = unit
    if _rate_goes_on(ctx, match.end(), per is not None):
        return None
    end, counted = (match.end() if lead is None else number.end_char), None
    phrase = partitive(ctx, ctx.token_at(end), stop)
    if phrase is not None:
        end = ctx.token_ends[phrase[1] - 1]
        counted = text[ctx.token_chars[phrase[0]] : end]
    start = lead if lead is not None else number.start_char
    cue = qualifiers.before(text, start)
    start = cue.start if cue else start
    unit_id = f"{base.id}/{per.id}" if per else base.id
    return Parts(start, end, values[0], None, unit_id, counted, cue, "unit")


_A_UNIT_AND = LazyPattern(
    r"(?<![\w-])(?:[Aa]n?|[Oo]ne)(?P<unit>[ \u00a0]+[a-z]+(?:[ \u00a0][a-z]+)?)[ \u00a0]+and"
    r"[ \u00a0]+$"
)
"""A whole unit and "and" before a fraction: "a mile and " (a half), "one kilometre and "."""


def _unit_and_a(
    text: str, start: int
) -> tuple[tuple[lexicons.Unit, lexicons.Unit | None, re.Match[str]] | None, int | None]:
    """The unit of "a mile and a half" before its fraction at ``start`` and where "a" starts,
    or (None, None): the fraction is of one whole unit more ("an hour and a half" is time,
    the dates')."""
    if text[start - 5 : start] not in (" and ", "\u00a0and "):
        return None, None  # most fractions: a string test says so fast
    found = _A_UNIT_AND.search(text, max(0, start - 32), start)
    if found is None:
        return None, None
    unit = _unit_at(text, found.start("unit"), found.end("unit"))
    if unit is None or unit[2].end() != found.end("unit") or unit[1] is not None:
        return None, None  # "a day and a half", "a dozen miles and": one unit alone
    return unit, found.start()


_AND_BEFORE = LazyPattern(r"(?:[,;]|[ \u00a0](?:and|but|while|where))[ \u00a0]+$")
_OUTCOME = re.compile(
    r"[ \u00a0]+(?:(?:were|was|are|is|remain|remained|ha[sd]|have)"
    r"(?:[ \u00a0]+(?:still|also|later|since|now))?(?:[ \u00a0]+been)?[ \u00a0]+"
    r"|(?:later|also|since)[ \u00a0]+)?"
    r"([a-z]+)\b"
)
"""An outcome word after a count, maybe after an auxiliary and an adverb: "injured", "were
killed", "have died", "are missing", "are still missing", "were later charged"."""


def _elided_count(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The noun a bare count shares with the count before it in a parallel clause of
    casualties: "at least 32 people were killed and 150 injured" counts 150 people, as "5
    people died and 40 were hurt" counts 40, and "and more than 1,000 wounded" (the count's
    qualifier ``cue`` stands between). The count before must be right before ("N nouns were
    killed"), end its clause with its outcome where "and", a comma or a semicolon leads here,
    and this number must be followed by an outcome too."""
    text, start = ctx.text, cue.start if cue is not None else number.start_char
    outcome = _OUTCOME.match(text, number.end_char)
    if outcome is None:
        return None
    kind = None if outcome.group(1) in _EITHER_OUTCOMES else _outcome_kind(outcome.group(1))
    if (
        kind is None
        and outcome.group(1) not in _EITHER_OUTCOMES
        and not _REMAIN.match(text, number.end_char)
    ):
        return None  # "and 300 remain in shelters": a state of either kind's outcome
    lead = _AND_BEFORE.search(text, max(0, start - 8), start)
    if lead is None:
        return None
    parts = _count_before(ctx, ctx.sentence_start(start), start, taken, NUMBER_LABELS)
    if parts is None:
        return _vague_elided(ctx, start, lead.start(), kind)
    if text[parts.end : lead.start()] in ("", ","):
        return _elided_after_object(ctx, _outside_places(ctx, parts, taken), outcome, kind)
    if text[lead.end() - 6 : lead.end() - 1] == "where" and _WHERE_PLACE.fullmatch(
        text, parts.end, lead.start()
    ):  # "killed 1,200 people in Brazil, where 300 died": the object's place
        verb = _VERB_BEFORE.search(text, max(0, parts.start - 24), parts.start)
        before = _outcome_kind(verb.group(1)) if verb is not None else None
        return parts.counted if before is not None and _kind_fits(before, kind) else None
    verb = _OUTCOME.match(text, parts.end, lead.start() + 1)
    if verb is None or not _kind_fits(_outcome_kind(verb.group(1)), kind):
        return None  # "40 houses were damaged and 12 injured": 12 people, no houses
    return parts.counted if _clause_tail(text, verb.end(), lead.start()) else None


_WHERE_PLACE = LazyPattern(r"[ \u00a0]+(?:in|across|at)(?:[ \u00a0]+[A-Za-z][\w.'’-]*){1,4},")
"""The place of an object count before ", where" and a part of it: " in Brazil,"."""
_PLACE_COUNT_NOUNS = frozenset(
    {"states", "countries", "provinces", "counties", "cities", "regions", "districts"}
)
_IN_END = LazyPattern(r"[ \u00a0]+(?:in|across)[ \u00a0]+$")


def _outside_places(ctx: Context, parts: Parts, taken: tuple[int, ...]) -> Parts:
    """The object count before a count of places it is spread over: "sickened 45 people in
    10 states" gives 45 people (``parts`` is the count of states); ``parts`` otherwise."""
    if parts.counted not in _PLACE_COUNT_NOUNS or parts.cue is not None:
        return parts
    found = _IN_END.search(ctx.text, max(0, parts.start - 10), parts.start)
    if found is None:
        return parts
    sentence = ctx.sentence_start(parts.start)
    outer = _count_before(ctx, sentence, found.start(), taken, NUMBER_LABELS)
    return outer if outer is not None and outer.end == found.start() else parts


_REMAIN = re.compile(
    r"[ \u00a0]+(?:(?:remain|remains|remained)[ \u00a0]+(?:in|at|on|under|without)"
    r"|(?:were|are|was|is)[ \u00a0]+(?:still[ \u00a0]+)?without)[ \u00a0]"
)
"""A bare count's state after the outcome of a parallel clause: " remain in shelters", "
remained in hospital", " remain without power"."""


def _kind_fits(before: bool | None, kind: bool | None) -> bool:
    """Whether the outcome of the clause before (of kind ``before``: None for no outcome)
    fits a bare count's outcome of kind ``kind`` (None for a state after "remain", which
    any outcome fits)."""
    return before is not None and (kind is None or before == kind)


_TAIL_WORDS = 5
"""At most how many words may end the clause of the count before after its outcome: "have
died in the floods", "have fled Sudan"."""
_TAIL_WORD = LazyPattern(r"[A-Za-z][A-Za-z'’-]*")
_TAIL_STOPS = frozenset(
    [
        "when",
        "as",
        "after",
        "before",
        "while",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "because",
        "but",
        "with",
        "by",
        "than",
        "where",
        "if",
        "since",
        "until",
        "though",
        "although",
        "including",
        "and",
        "or",
        "so",
        "according",
        "said",
        "says",
    ]
)
"""Words that open another clause or bring another noun a bare count might count."""


def _clause_tail(text: str, start: int, end: int) -> bool:
    """Whether chars ``start`` to ``end``, after the outcome of the count before, are empty or
    a short complement of its clause, maybe with a comma after it: " in the floods", " Sudan,"
    (at most ``_TAIL_WORDS`` words, no digit, no clause word, no other verb in -ed or -ing)."""
    words = text[start:end].removesuffix(",").split()
    if len(words) > _TAIL_WORDS:
        return False
    for word in words:
        if not _TAIL_WORD.fullmatch(word) or word.lower() in _TAIL_STOPS:
            return False
        if word.islower() and word.endswith(("ed", "ing")) and word != "during":
            return False  # another verb: "when the roof collapsed"
    return True


def _elided_after_object(
    ctx: Context, parts: Parts, outcome: re.Match[str], kind: bool | None
) -> str | None:
    """The noun a bare subject count of a passive or perfect outcome shares with the object
    count ending the clause before: "Police arrested 45 people, and 12 were charged", "The
    storm destroyed 300 homes, and 120 were damaged". The count has an auxiliary before its
    outcome, and the verb right before the object is an outcome of its kind ("destroyed 300
    homes and 12 were killed" stays bare)."""
    if outcome.group(0).split()[0] == outcome.group(1):
        return None  # no auxiliary: "arrested 45 people and 12 injured"
    if outcome.group(1) == "without" and _supply_to(ctx.text, parts.start, outcome.end()):
        return parts.counted  # "cut power to 1.2 million customers, and 800,000 were without"
    verb = _VERB_BEFORE.search(ctx.text, max(0, parts.start - 24), parts.start)
    if verb is not None and verb.group(1) == "to" and kind is None:
        return parts.counted if _restored_to(ctx.text, parts.start) else None
    if verb is None or not _kind_fits(_outcome_kind(verb.group(1)), kind):
        return None
    return parts.counted


_RESTORED_TO = LazyPattern(
    r"\b([A-Za-z]+)[ \u00a0]+(?:(?:was|were|is|are|has|have|had)[ \u00a0]+)?(?:been[ \u00a0]+)?"
    r"restored[ \u00a0]+to[ \u00a0]+$"
)


def _restored_to(text: str, start: int) -> bool:
    """Whether a supply (change_cues.json supply_nouns) was restored to the object count at
    ``start``, whose noun a bare count's state after it shares ("Power was restored to 1.5
    million customers, but about 700,000 remained in the dark"); "Flights were diverted to 12
    airports, and 300 remained on the ground" stays bare."""
    found = _RESTORED_TO.search(text, max(0, start - 40), start)
    return found is not None and found[1].lower() in lexicons.change_cues().supply_nouns


_SUPPLY_TO = LazyPattern(r"\b([a-z]+)[ \u00a0]+to[ \u00a0]+$")
_WITHOUT_WHAT = LazyPattern(r"[ \u00a0]+([a-z]+)\b")


def _supply_to(text: str, start: int, end: int) -> bool:
    """Whether the object count before a bare count "without" a supply received it, by one
    noun: "knocked out power to 1.2 million customers, and 800,000 were still without power",
    "cut water to 5,000 homes; 2,000 remain without water" (the count before at ``start``,
    the bare count's "without" ending at ``end``)."""
    supply = _WITHOUT_WHAT.match(text, end)
    before = _SUPPLY_TO.search(text, max(0, start - 24), start)
    return supply is not None and before is not None and before[1] == supply[1]


_VAGUE_COUNT = LazyPattern(
    r"\b(?i:dozens|scores|hundreds|thousands|millions)[ \u00a0]+of[ \u00a0]+"
    r"(?P<noun>(?:[a-z][a-z-]*[ \u00a0]+){0,2}?[a-z]+)"
    r"[ \u00a0]+(?:(?:were|was|are|ha[sd]|have)(?:[ \u00a0]+been)?[ \u00a0]+)?(?P<verb>[a-z]+),?$"
)
"""A count in words of a scale's plural and the outcome of its clause, at the end of the
text searched: "Hundreds of people were injured", "Thousands of homes were destroyed"."""


def _vague_elided(ctx: Context, start: int, lead: int, kind: bool | None) -> str | None:
    """The noun a bare count of an outcome shares with a count in words of the clause right
    before: "Hundreds of people were injured and 45 were killed", "Thousands of homes were
    destroyed and 300 damaged" (the outcomes of one kind, as for counts in figures)."""
    low = max(ctx.sentence_start(start), lead - 80)
    found = _VAGUE_COUNT.search(ctx.text, low, lead)
    if found is None or not _kind_fits(_outcome_kind(found.group("verb")), kind):
        return None
    words = found.group("noun").split()
    if any(w in stop_words() for w in words) or not numbers.is_plural(words[-1]):
        return None  # "Thousands of the people who": no plain plural
    return " ".join(words)


_EITHER_OUTCOMES = frozenset({"returned", "released"})
"""Outcomes of people and of things alike, which any outcome before fits, as a state after
"remain" does: "2,000 residents were evacuated; 500 have since returned", "Police arrested
45 people, and 12 were released", "sold 1,200 cars and 300 were returned"."""


def _outcome_kind(word: str) -> bool | None:
    """Whether an outcome of a parallel clause is a casualty's ("killed", "missing": True)
    or another past participle ("1,200 flights were cancelled and 3,000 delayed": False;
    not calendar.json not_past_ed: "need", "seed"); None for no outcome. Both clauses'
    outcomes must be of one kind."""
    if word in casualty_participles():
        return True
    if word in _IRREGULAR_OUTCOMES:
        return False  # "10,000 homes lost power, and 3,000 remained without electricity"
    return False if word.endswith("ed") and word not in _not_past_ed() else None


_IRREGULAR_OUTCOMES = frozenset({"lost"})
"""Irregular past verbs of an outcome of things (not in -ed)."""


@cache
def _not_past_ed() -> frozenset[str]:
    return frozenset(lexicons.calendar().not_past_ed)


def _elided(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The noun a bare count of casualties shares with the count before it, after its
    outcome ("32 people were killed and 150 injured") or its verb ("killed 12 people and
    injured 30")."""
    return (
        _elided_count(ctx, number, cue, taken)
        or _elided_object(ctx, number, cue, taken)
        or _rival_count(ctx, number, cue, taken)
        or _gapped_rival(ctx, number, cue, taken)
        or _rival_with(ctx, number, cue, taken)
        or _tally_side(ctx, number, cue, taken)
        or _other_side(ctx, number, cue, taken)
        or _new_total(ctx, number, cue, taken)
        or _to_reach(ctx, number, cue, taken)
        or _needed_tally(ctx, number, cue, taken)
        or _repeated_tally(ctx, number, cue, taken)
        or _added_stat(ctx, number, cue, taken)
        or _left_with(ctx, number, cue, taken)
        or _more_of_list(ctx, number, cue, taken)
        or _short_of(ctx, number, cue, taken)
        or _standing(ctx, number, cue, taken)
        or _most_apposition(ctx, number, cue)
    )


_MOST = LazyPattern(
    r"\bthe[ \u00a0]+(?:most|fewest|(?:largest|highest|greatest)[ \u00a0]+number[ \u00a0]+of)"
    r"[ \u00a0]+(?P<noun>(?:[a-z][a-z-]*[ \u00a0]+){0,2}?[a-z]+),[ \u00a0]+$"
)
"""A ranking's plural right before a count in apposition: "hosted the most refugees, ",
"reported the largest number of cases, "."""
_PHRASE_ENDS = frozenset({",", ".", ";", ")", "("})


def _ends_phrase(ctx: Context, number: _Number) -> bool:
    """Whether a punctuation mark or the text's end follows a number."""
    after = ctx.token_at(number.end_char)
    return after >= len(ctx.words) or ctx.lowers[after] in _PHRASE_ENDS


def _most_apposition(ctx: Context, number: _Number, cue: qualifiers.Cue | None) -> str | None:
    """The plural a bare count in apposition after a ranking's plural restates: "Turkey
    hosted the most refugees, about 3.6 million, followed by" counts refugees; the count
    ends its phrase and the plural has no stop word."""
    start = cue.start if cue is not None else number.start_char
    if ctx.text[start - 2 : start - 1] != "," or not _ends_phrase(ctx, number):
        return None  # most numbers
    found = _MOST.search(ctx.text, max(ctx.sentence_start(start), start - 60), start)
    if found is None:
        return None
    words = found.group("noun").split()
    if any(w in stop_words() for w in words) or not numbers.is_plural(words[-1]):
        return None
    return " ".join(words)


_FOLLOWED = LazyPattern(
    r",[ \u00a0]+followed[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w.'’-]*[ \u00a0]+){1,3}"
    r"(?:with|at|on)[ \u00a0]+$"
)
"""The next of a ranking after a quantity: ", followed by Iran with ", ", followed by the
United States at "."""


def _followed_by(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> Parts | None:
    """The quantity whose unit and noun a bare count of the next in a ranking takes: "Turkey
    hosted about 3.6 million refugees, followed by Iran with 3.4 million" counts refugees,
    "Mumbai got 300 mm of rain, followed by Pune with 250" is mm. The quantity before ends
    right before the comma, the count ends its phrase, and the two are within
    ``LEVEL_RATIO`` of each other."""
    start = cue.start if cue is not None else number.start_char
    k = ctx.token_at(start) - 1
    if k < 4 or ctx.lowers[k] not in ("with", "at", "on") or not _ends_phrase(ctx, number):
        return None  # most numbers
    lead = _FOLLOWED.search(ctx.text, max(0, start - 60), start)
    if lead is None or number.label != "cardinal":
        return None
    parts = _measured_before(ctx, lead.start(), taken, share=True)
    if parts is None or parts.end != lead.start():
        return None
    low, high = sorted((value, parts.value))
    return parts if low > 0 and high <= low * LEVEL_RATIO else None


_FORECAST_PARTICIPLES = frozenset(
    {"expected", "forecast", "forecasted", "predicted", "anticipated", "projected"}
)
_RECORDED = frozenset({"recorded", "reported", "registered", "counted", "logged", "tallied"})
_COMPARED_BEFORE = frozenset({"than", "double", "twice", "triple", "below", "above", "with"})
"""A count of a record after a comparison and "the" is a level the quantity before is
compared with: "8,000 migrants reached Lampedusa in 48 hours, more than the 7,000 recorded
in all of June" (migrants), as a forecast's is."""
_FORECAST_NOUNS = frozenset(
    {"forecast", "forecasts", "estimate", "estimates", "expectations", "projection"}
    | {"projections", "prediction", "predictions", "consensus", "target", "targets", "goal"}
)
_RELATIVE_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
"""The subject of a clause after "the" and a count that restates the count before: "the
1.3 million it sold in 2022"."""


def _past_verb(word: str) -> bool:
    """Whether a word is a past verb: in -ed (calendar.json not_past_ed aside) or an
    irregular participle ("sold", "won")."""
    if word in _IRREGULAR_PARTICIPLES:
        return True
    return word.endswith("ed") and word not in _not_past_ed()


_EXPECTED_GAP = LazyPattern(r"[^\d;:()]{0,120}")


def _expected_level(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> Parts | None:
    """The quantity whose unit and noun a bare forecast of it takes: "Employers added
    175,000 jobs last month, below the 240,000 expected" and "nearly double the 170,000
    economists had expected" count jobs, "pumped 1.2 million barrels a day, short of
    forecasts of 1.3 million" is bbl/day, "handled 4.2 million containers last year, and 4.5
    million are expected this year" counts containers. "the", the number and a forecast's
    participle (number_context.json forecast_verbs after forecasters; after a comparison, a
    participle of a record: "more than the 7,000 recorded in June"), a forecast's noun and
    "of" before the number, or a link ("and", a comma), the number, "are" and such a
    participle; the quantity before in its sentence, no digit but a date's between,
    and the two within ``LEVEL_RATIO`` of each other."""
    start = cue.start if cue is not None else number.start_char
    k = ctx.token_at(start) - 1
    if k < 2 or number.label != "cardinal":
        return None
    lowers = ctx.lowers
    if lowers[k] == "the":
        j = ctx.token_at(number.end_char)
        verbs = _FORECAST_PARTICIPLES
        if j < len(lowers) and lowers[j] in forecasters():
            j, verbs = j + 1, forecast_verbs()
            if j < len(lowers) and lowers[j] in ("had", "have"):
                j += 1
        elif j < len(lowers) and lowers[j] in _RELATIVE_PRONOUNS:
            j += 2 if j + 1 < len(lowers) and lowers[j + 1] in ("had", "has", "have") else 1
            if j >= len(lowers) or not _past_verb(lowers[j]):
                return None
            verbs = frozenset({lowers[j]})  # "more than the 1.3 million it sold in 2022"
        if j >= len(lowers) or (
            lowers[j] not in verbs
            and not (lowers[j] in _RECORDED and lowers[k - 1] in _COMPARED_BEFORE)
        ):
            return None  # most numbers after "the"
    elif lowers[k] in ("of", "for") and lowers[k - 1] in _FORECAST_NOUNS:
        k -= 2 if lowers[k - 2] in ("a", "an", "the") else 1
    elif lowers[k] in ("and", ",", "while"):
        j = ctx.token_at(number.end_char)  # "and 4.5 million are expected this year"
        if j + 1 >= len(lowers) or lowers[j] not in ("are", "is", "were", "was"):
            return None
        if lowers[j + 1] not in _FORECAST_PARTICIPLES:
            return None
    else:
        return None  # most numbers
    lead = ctx.token_chars[k]
    parts = _measured_before(ctx, lead, taken, share=True)
    if parts is None or not _EXPECTED_GAP.fullmatch(undated(ctx, parts.end, lead)):
        return None
    if parts.unit == "lb":
        return None  # "profit of 4.3 billion pounds, beating forecasts of 4.2 billion": money
    low, high = sorted((value, parts.value))
    return parts if low > 0 and high <= low * LEVEL_RATIO else None


_STANDING = LazyPattern(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom|last"
    r"|\d+(?:st|nd|rd|th))[ \u00a0]+on[ \u00a0]+$",
    re.IGNORECASE,
)


def _standing(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The points of a table's standing after its place and "on": "Leeds have 50 points
    from 24 games, with Burnley second on 48 and Sheffield United third on 46" count points,
    the noun of a count of points earlier in the sentence ("second on 48" is in points, not
    games; with no count of points it stays bare)."""
    start = cue.start if cue is not None else number.start_char
    if ctx.text[start - 3 : start] != "on ":
        return None  # most numbers: a cheap test
    if _STANDING.search(ctx.text, max(0, start - 20), start) is None:
        return None
    for before in reversed(ctx.numerals_in(ctx.sentence_start(start), start)):
        if before.label_ != "cardinal":
            continue
        parts = _plain(analyze(ctx, before, share=False, taken=taken))
        counted = parts.counted if parts is not None and parts.unit is None else None
        if counted and counted.rpartition(" ")[2].lower() == "points":
            return counted
    return None


_SHORT_OF = LazyPattern(r"\b(?:short|shy)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")
_SHORT_GAP = LazyPattern(r"[^\d;:()]{0,120}")
_OUT_OF = LazyPattern(r"\bout[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")
_OUT_OF_GAP = LazyPattern(r"[ \u00a0]{1,2}")
"""A whole right after its part: "won by 61,000 votes out of 6.8 million"."""


def _short_of(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The noun of a target a count fell short of, from the count before it in its
    sentence: "won 240 seats, short of the 272 needed for a majority", "won 293 of the 543
    seats, ... well short of the 400 it had targeted" count seats; no digit may stand
    between, and the two must be within a factor of ten. A whole right after its counted part
    counts the part's noun too ("61,000 votes out of more than 6.8 million cast")."""
    start = cue.start if cue is not None else number.start_char
    if not ctx.text.endswith(("of ", "of the "), max(0, start - 7), start):
        return None  # most numbers: a cheap test
    lead = _SHORT_OF.search(ctx.text, max(0, start - 20), start)
    out_of = lead is None and (lead := _OUT_OF.search(ctx.text, max(0, start - 12), start))
    if lead is None:
        return None
    parts = _count_before(ctx, ctx.sentence_start(start), lead.start(), taken)
    if parts is None or not parts.counted:
        return None
    if not (_OUT_OF_GAP if out_of else _SHORT_GAP).fullmatch(ctx.text, parts.end, lead.start()):
        return None
    values = numerals.normalize(number.text)
    if values is None:
        return None
    if out_of:  # "61,000 votes out of more than 6.8 million cast": the whole, never less
        return _shared_noun(parts.counted) if parts.value <= values[0] else None
    if not parts.value <= values[0] * 10 or not values[0] <= parts.value * 10:
        return None
    return _shared_noun(parts.counted)


def _margin_follows(ctx: Context, end: int) -> bool:
    """Whether a margin word (number_context.json margin_words) follows a bare count ending
    at char ``end``, before "of", "the" or the clause's end: "5 clear of Arsenal", "6 behind
    the leaders", "finished 3 ahead."; "behind" before a name too: "3 behind Arsenal"."""
    j = ctx.token_at(end)
    lowers = ctx.lowers
    if j >= len(lowers) or lowers[j] not in _margin_words():
        return False  # most numbers: a set lookup
    if j + 1 >= len(lowers) or j + 1 in ctx.sentence_tokens:
        return True
    if lowers[j] == "behind" and (ctx.words[j + 1][:1].isupper() or lowers[j + 1] == "leaders"):
        return True  # "3 behind Arsenal", "2 behind leaders Liverpool"
    return lowers[j + 1] in ("of", "the") or not ctx.words[j + 1].isalnum()


def _margin_count(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The noun of a margin's count before it in its sentence, a noun of a table or a race
    (number_context.json margin_nouns): "They lead with 70 points, 5 clear of Arsenal" counts
    points; the count must stand right before, past a comma and at most one word. A count
    short of a goal counts any noun of the count before ("won 240 seats, 32 short of a
    majority", "hired 300 workers, 50 short of its target": seats, workers)."""
    start = cue.start if cue is not None else number.start_char
    parts = _count_before(ctx, ctx.sentence_start(start), start, taken)
    if parts is None or parts.counted is None:
        return None
    if (
        parts.counted.rpartition(" ")[2].lower() not in _margin_nouns()
        and ctx.lowers[ctx.token_at(number.end_char)] not in _SHORT_WORDS
    ):
        return None
    lead = ctx.token_at(parts.start) - 1
    if lead >= 0 and ctx.lowers[lead] in _MARGIN_COMPLEMENTS:
        return None  # "70 points from 24 games, 5 clear": the games are no margin's
    return parts.counted if _MARGIN_GAP.fullmatch(ctx.text, parts.end, start) else None


_SHORT_WORDS = frozenset({"short", "shy"})
"""The margin words of a goal missed, whose margin counts what any count before it does."""
_MARGIN_COMPLEMENTS = frozenset({"from", "in", "after", "over", "across", "of"})
_MARGIN_GAP = LazyPattern(r",[ \u00a0]+(?:[a-z]+[ \u00a0]+)?")
"""What stands between a count and its margin: a comma, maybe a word ("70 points, just 5
clear"); not "70 points from 24 games, 5 clear", whose games are no margin."""


@cache
def _margin_words() -> frozenset[str]:
    return frozenset(number_context().margin_words)


@cache
def _margin_nouns() -> frozenset[str]:
    return frozenset(number_context().margin_nouns)


def _more_lead(ctx: Context, number: _Number, start: int) -> int | None:
    """Where the words that add more of a list's count begin: "another 28", "a further 30"
    (the cue's start), "300 more." (the number's ``start``); None for most numbers."""
    lowers, k = ctx.lowers, ctx.token_at(start) - 1
    if k >= 0 and (cues := more_cues().get(lowers[k])) is not None:
        first = next(
            (k + 1 - len(c) for c in cues if tuple(lowers[k + 1 - len(c) : k + 1]) == c), -1
        )
        return ctx.token_chars[first] if first >= 1 else None
    j = ctx.token_at(number.end_char)
    if j >= len(lowers) or lowers[j] not in _more_after():
        return None  # most numbers: a set lookup
    after = j + 1
    if after >= len(lowers) or not ctx.words[after].isalpha():
        return start
    word = lowers[after]  # "300 more homes" counts its own noun
    ends = word in stop_words() or word in casualty_participles()  # "200 others injured"
    if word == "than":  # after a comma, the count before's: "45,000 students this year,
        # 3,000 more than last year"; "sold 1,200 cars and 300 more than in April" compares
        return start if ctx.text.endswith(", ", 0, start) else None
    return start if ends else None


@cache
def _more_after() -> frozenset[str]:
    return frozenset(number_context().more_after)


_LIST_GAP = LazyPattern(r"[^\d;:()]{0,60}")
_LIST_LINK = LazyPattern(r",|\b(?:and|but|while|with|plus)\b")
"""The gap of a list between a count and "another N", with no digit and a comma or a
conjunction: " in operation and ", " and plans ", ", with "."""


def _more_of_list(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The noun of the count before a bare count after "another", "a further" or "an
    additional" (number_context.json more_cues) or before "more" or "others" (more_after)
    in a list: "43 smelters in operation and another 28 under construction", "opened 120
    stores and plans a further 30", "destroyed 1,200 structures and damaged 300 more" count
    smelters, stores and structures; a word of what was added is dropped ("12 new deaths and
    another 5"). The count before is the last one before the cue in its sentence, with no
    digit between, and a comma or a conjunction leads to the cue."""
    start = cue.start if cue is not None else number.start_char
    lead = _more_lead(ctx, number, start)
    if lead is None:
        return None
    parts = _count_before(ctx, ctx.sentence_start(start), lead, taken, undated_gap=True)
    if parts is None:
        return _vague_more(ctx, start, lead)
    if not _LIST_LINK.search(ctx.text, parts.end, lead):
        return None
    if not _LIST_GAP.fullmatch(ctx.text, parts.end, lead) and not _LIST_GAP.fullmatch(
        undated(ctx, parts.end, lead)
    ):
        return None  # "10,000 trees in 2020 and another 5,000": a date may stand between
    parts = _past_place(ctx, parts, taken)  # "1,200 stores in 30 countries and plans 100 more"
    if not parts.counted:
        return None
    after = ctx.token_at(number.end_char)
    head = parts.counted.rpartition(" ")[2].lower()
    if after < len(ctx.lowers) and ctx.lowers[after] == "others" and head in _OUTCOME_NOUNS:
        return None  # "pulled 12 survivors from the rubble, but 30 others were found dead"
    return _shared_noun(parts.counted)


_OUTCOME_NOUNS = frozenset(
    {"survivors", "dead", "deaths", "fatalities", "casualties", "injuries", "injured"}
    | {"wounded", "missing", "evacuees"}
)
"""Nouns that name an outcome of the people they count, which "N others" after them does
not share: the others had another ("12 survivors ..., but 30 others were found dead")."""


_PLACE_BEFORE = LazyPattern(r"[ \u00a0]+(?:in|across|at)[ \u00a0]+$")


def _past_place(ctx: Context, parts: Parts, taken: tuple[int, ...]) -> Parts:
    """The count right before "in" or "across" and the count ``parts`` of its places, if
    any, else ``parts``: a bare count that adds to or totals the count before it adds to the
    object, not to its places ("1,200 stores in 30 countries and plans 100 more", "cut 1,000
    jobs in 8 countries, bringing the total to 5,000": stores, jobs)."""
    place = _PLACE_BEFORE.search(ctx.text, max(0, parts.start - 12), parts.start)
    if place is None:
        return parts  # most counts
    count = _count_before(ctx, ctx.sentence_start(parts.start), place.start(), taken)
    return count if count is not None and count.end == place.start() else parts


_VAGUE_OF = LazyPattern(
    r"\b(?i:dozens|scores|hundreds|thousands|millions)[ \u00a0]+of[ \u00a0]+"
    r"(?P<noun>(?:[a-z][a-z-]*[ \u00a0]+){0,2}?[a-z]+)(?![\w-])"
)
"""A count in words of a scale's plural: "Thousands of migrants", "hundreds of new homes"."""


def _vague_more(ctx: Context, start: int, lead: int) -> str | None:
    """The plural of a count in words before "N more" or "another N" of a list: "Thousands of
    migrants crossed the Channel, and 500 more arrived on Monday" counts migrants; the noun
    ends the count's phrase (its verb or a comma after it) and the gap to the cue is a list's
    as after a count in figures."""
    sentence = ctx.sentence_start(start)
    if ctx.text.find(" of ", sentence, lead) < 0:
        return None  # most numbers: a string search
    matches = list(_VAGUE_OF.finditer(ctx.text, max(sentence, lead - 120), lead))
    if not matches:
        return None
    found = matches[-1]
    words = found.group("noun").split()
    if any(w in stop_words() for w in words) or not numbers.is_plural(words[-1]):
        return None  # "thousands of the people who"
    gap = ctx.text[found.end() : lead]
    if not _LIST_LINK.search(gap) or not _LIST_GAP.fullmatch(gap):
        return None
    return " ".join(words)


@cache
def _total_re() -> re.Pattern[str]:
    """A verb that brings a total to a level, its noun and "to", right before a number:
    "bringing the total to ", "taking its tally to "."""
    context = number_context()
    verbs, nouns = alternation(context.total_verbs), alternation(context.total_nouns)
    owners = (
        r"the|its|their|his|her|our"  # or a period's: "this year's", "the week's"
        r"|(?:the|this|last)[ \u00a0]+(?:year|month|week|season|day)['’]s"
    )
    return re.compile(
        rf"\b(?i:{verbs})[ \u00a0]+(?:{owners})[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:{nouns})"
        r"(?:[ \u00a0]+(?:in|for|since|of|during)[ \u00a0]+(?:(?:the|this)[ \u00a0]+)?[A-Za-z]+"
        r"|(?:[ \u00a0]+so[ \u00a0]+far)?[ \u00a0]+this[ \u00a0]+(?:year|month|week|season)"
        r"|[ \u00a0]+so[ \u00a0]+far)?"  # "the total in the outbreak", "since October"
        r"[ \u00a0]+to[ \u00a0]+$"  # "bringing the death toll to ", "its overall total"
    )


def _shared_noun(counted: str) -> str:
    """What a later count shares of an earlier one's noun: all of it but a word of addition
    ("12 new deaths ... and another 5": deaths)."""
    first, _, rest = counted.partition(" ")
    return rest if rest and first.lower() in number_context().added_words else counted


def _plain(parts: Parts | None) -> Parts | None:
    """``parts`` unless it is a rate per a base, whose noun alone a count after it would
    take wrongly ("9,117 cases per 100,000 inhabitants, followed by Minas Gerais with 6,830"
    counts no cases)."""
    return None if parts is None or parts.per_value is not None else parts


def _count_before(
    ctx: Context,
    start: int,
    end: int,
    taken: tuple[int, ...],
    labels: Collection[str] = ("cardinal",),
    undated_gap: bool = False,
) -> Parts | None:
    """The last number between chars ``start`` and ``end`` when it counts a noun (no unit):
    what a bare count after it shares ("another 28", "218 votes to 214", "40 of them");
    ``undated_gap``: dates after it are passed over ("10,000 trees in 2020 and another")."""
    before = ctx.numerals_in(start, end)
    while undated_gap and before and before[-1].label_ in _DATE_LABELS:
        before.pop()
    if not before or before[-1].label_ not in labels:
        return None
    parts = _plain(analyze(ctx, before[-1], share=False, taken=taken))
    if parts is None or parts.unit is not None or parts.counted is None:
        return None
    return parts


def _to_after(ctx: Context, start: int, nouns: frozenset[str], least: int) -> int | None:
    """The token of the "to" right before char ``start`` when one of ``nouns`` stands right
    before it ("the total to", "votes to") and at least ``least`` tokens open the text."""
    if ctx.text[start - 3 : start] != "to ":
        return None  # most numbers: a cheap test
    k = ctx.token_at(start) - 1
    if k < least or ctx.lowers[k] != "to" or ctx.lowers[k - 1] not in nouns:
        return None
    return k


def _new_total(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The noun a new total shares with the count before it: "opened 200 stores, bringing
    the total to 1,500" counts stores, "29 new cases ..., bringing the total in the outbreak
    to 321" cases (the count before no larger than the total)."""
    start = cue.start if cue is not None else number.start_char
    if ctx.text[start - 3 : start] != "to ":
        return None  # most numbers: a cheap test
    k = ctx.token_at(start) - 1
    if k < 4 or ctx.lowers[k] != "to" or not _total_nouns().intersection(ctx.lowers[k - 5 : k]):
        return None  # no "total to" nor "total in the outbreak to" right before
    lead = _total_re().search(ctx.text, max(0, start - 60), start)
    if lead is None:
        return None
    parts = _count_before(ctx, ctx.sentence_start(start), lead.start(), taken, undated_gap=True)
    if parts is None:  # "opened 200 stores in 2023, bringing": the year passed over
        return None
    end = parts.end
    parts = _past_place(ctx, parts, taken)  # "cut 1,000 jobs in 8 countries, bringing"
    if not _total_gap(ctx, end, lead.start()):
        return None
    return _noun_up_to(parts, number)


_TO_REACH = LazyPattern(r"[ \u00a0]+to[ \u00a0]+(?:reach|hit|top)[ \u00a0]+$")
"""A count's new level after it: " to reach ", " to hit "."""


def _to_reach(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The noun a level after "to reach" shares with the count right before it, which added
    to it: "Netflix added 8 million subscribers to reach 277 million", "gained 64 seats to
    reach 72" count subscribers and seats (the count no larger than the level)."""
    start = cue.start if cue is not None else number.start_char
    if ctx.text[start - 4 : start] not in ("ach ", "hit ", "top "):
        return None  # most numbers: a cheap test
    lead = _TO_REACH.search(ctx.text, max(0, start - 12), start)
    if lead is None:
        return None
    parts = _count_before(ctx, ctx.sentence_start(start), lead.start(), taken)
    if parts is None or parts.end != lead.start():
        return None
    return _noun_up_to(parts, number)


def _noun_up_to(parts: Parts, number: _Number) -> str | None:
    """The noun the count ``parts`` lends a level ``number`` it added up to: none when the
    count is larger than the level ("opened 200 stores, bringing the total to 150")."""
    values = numerals.normalize(number.text)
    if values is None or parts.value > values[0] or not parts.counted:
        return None
    return _shared_noun(parts.counted)


_NEEDED = LazyPattern(r"[ \u00a0]+(?:needed|required)[ \u00a0]+(?:for|to)[ \u00a0]+")
"""A tally's threshold after a bare count: " needed for ", " required to "."""


def _needed_tally(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The tally noun (number_context.json tally_nouns) of a count before a bare threshold
    in its sentence: "The alliance won 180 seats, Ensemble 159 and the RN 142, with 289
    needed for a majority" counts seats; only bare counts and percentages may stand between
    (``_RIVAL_STEPS`` numbers back), and the two are within ``_GAPPED_RATIO``."""
    if not ctx.text.startswith(" needed ", number.end_char) and not ctx.text.startswith(
        " required ", number.end_char
    ):
        return None  # most numbers: a cheap test
    if _NEEDED.match(ctx.text, number.end_char) is None:
        return None
    start = cue.start if cue is not None else number.start_char
    values = numerals.normalize(number.text)
    if values is None:
        return None
    for span in reversed(ctx.numerals_in(ctx.sentence_start(start), start)[-_RIVAL_STEPS:]):
        if _PERCENT_AFTER.match(ctx.text, span.end_char):
            continue  # "with 14.3% of the vote"
        parts = _plain(analyze(ctx, span, share=False, taken=taken))
        if parts is None or (parts.counted is None and parts.unit is None):
            continue  # a rival's bare count: "and the RN 142"
        if parts.unit is not None or parts.counted is None:
            return None
        if parts.counted.rpartition(" ")[2].lower() not in tally_nouns():
            return None  # "hired 300 workers, with 50 needed for": no tally
        low, high = sorted((parts.value, values[0]))
        return _shared_noun(parts.counted) if low > 0 and high <= low * _GAPPED_RATIO else None
    return None


_PARTY_NOUNS = frozenset(
    {"party", "alliance", "coalition", "bloc", "opposition", "government", "incumbent"}
    | {"challenger"}
)
"""Nouns that name a rival in a tally as a name does: "the ruling party", "Macron's party"."""
_TALLY_VERBS = frozenset(
    {"won", "wins", "took", "takes", "secured", "got", "gained", "captured", "holds", "has"}
)
"""The verbs of a party's or a candidate's tally, which a rival's clause repeats."""
_TALLY_LINK = LazyPattern(
    r"(?:,[ \u00a0]*(?:(?:and|while|but|whereas)[ \u00a0]+)?|[ \u00a0]+(?:and|while|but|whereas)"
    r"[ \u00a0]+)(?:(?:the|its|their)[ \u00a0]+(?:[a-z]+(?:-[a-z]+)*[ \u00a0]+)?"
    r"|[A-Z][\w.-]*['’]s[ \u00a0]+)?"
    r"(?:[A-Z][\w.'’&-]*(?:[ \u00a0]+[A-Za-z][\w.'’&-]*){0,3}"
    rf"|{'|'.join(sorted(_PARTY_NOUNS))})[ \u00a0]+$"
)
"""A link and a rival's name (maybe after "the" and a lower-case word, or after a
possessive name) or a party's noun before the repeated verb of a tally: ", while the ruling
New Patriotic Party ", ", while the ruling party ", " and Macron's party "."""
_TALLY_GAP = 140
"""At most how many characters stand between a tally's count and the link to its rival's."""
_TALLY_GAP_STOP = LazyPattern(r"[;:()]")


def _repeated_tally(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The tally noun (number_context.json tally_nouns) of a count after a verb of a tally
    that the rival's clause repeats before a bare count: "His party won 183 seats in
    parliament, while the ruling New Patriotic Party won 86", "won at least 183 of the 276
    seats ..., according to provisional results, while ... won 86", "The Conservatives won
    121 seats, while Reform UK won 5 with 14.3% of the vote" count seats. Unlike
    ``_repeated_verb``, a phrase may follow the tally's count (no ";", ":" or brackets), and
    "with" the rival's; the two are within ``_GAPPED_RATIO``, as a gapped rival's are."""
    after = ctx.token_at(number.end_char)
    if after < len(ctx.words) and ctx.lowers[after] not in _CLAUSE_ENDS | {"with"}:
        return None  # most numbers: a word follows
    start = cue.start if cue is not None else number.start_char
    v = ctx.token_at(start) - 1
    if v < 4 or number.label != "cardinal" or ctx.lowers[v] not in _TALLY_VERBS:
        return None
    verb, sentence = ctx.lowers[v], ctx.sentence_start(start)
    if verb not in ctx.lowers[ctx.token_at(sentence) : v]:
        return None  # the verb is not repeated
    link = _TALLY_LINK.search(ctx.text, max(sentence, ctx.token_chars[v] - 80), ctx.token_chars[v])
    if link is None:
        return None
    for span in reversed(ctx.numerals_in(sentence, link.start())[-3:]):
        if span.label_ != "cardinal":
            continue
        parts = _plain(analyze(ctx, span, share=True, taken=taken))
        if parts is None:
            continue
        lead = ctx.token_at(parts.cue.start if parts.cue is not None else parts.start) - 1
        if lead < 0 or ctx.lowers[lead] != verb:
            continue  # "276 seats" of "won 183 of the 276 seats": the part before is
        if parts.unit is not None or parts.counted is None:
            return None
        if parts.counted.rpartition(" ")[2].lower() not in tally_nouns():
            return None
        if link.start() - parts.end > _TALLY_GAP or _TALLY_GAP_STOP.search(
            ctx.text, parts.end, link.start()
        ):
            return None
        values = numerals.normalize(number.text)
        if values is None:
            return None
        low, high = sorted((values[0], parts.value))
        return _shared_noun(parts.counted) if low > 0 and high <= low * _GAPPED_RATIO else None
    return None


_ADDED_ENDS = frozenset({",", ".", ";", "and", "for", "off", "in", "as", "while"})
"""What may follow a teammate's bare count after "added": "Holmgren added 18 for"."""
_ADDED_GAP = LazyPattern(
    r"[^\d;:()]{0,60}?(?:,|[ \u00a0]+(?:and|while|as))[ \u00a0]+"
    r"(?:[A-Z][\w.'’-]*[ \u00a0]+){1,3}(?:also[ \u00a0]+)?added[ \u00a0]+$"
)
"""From a player's statistic to a teammate's "added": " and Holmgren added "."""


def _added_stat(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The statistic noun (number_context.json stat_nouns) of the nearest count before a
    teammate's bare count after "added" in its sentence: "Gilgeous-Alexander scored 33
    points and Holmgren added 18" counts points; the count before stands after a short gap
    with no digit, the teammate's is within ``LEVEL_RATIO`` and ends its phrase ("Doncic had
    28 points and 10 assists, while Irving added 21" counts nothing: the nearest count is of
    assists, and a bare 21 is points)."""
    start = cue.start if cue is not None else number.start_char
    if not ctx.text.endswith("added ", max(0, start - 6), start):
        return None  # most numbers: a cheap test
    after = ctx.token_at(number.end_char)
    if after < len(ctx.words) and ctx.lowers[after] not in _ADDED_ENDS:
        return None  # "added 18 rebounds": a noun of its own
    sentence = ctx.sentence_start(start)
    before = ctx.numerals_in(sentence, start)
    if not before or before[-1].label_ != "cardinal":
        return None
    parts = _plain(analyze(ctx, before[-1], share=False, taken=taken))
    if parts is None or parts.unit is not None or parts.counted is None:
        return None
    if parts.counted.rpartition(" ")[2].lower() != "points":
        return None  # a bare count added is a player's points, and only after points
    if _ADDED_GAP.fullmatch(ctx.text, parts.end, start) is None:
        return None
    values = numerals.normalize(number.text)
    if values is None:
        return None
    low, high = sorted((values[0], parts.value))
    return _shared_noun(parts.counted) if low > 0 and high <= low * LEVEL_RATIO else None


def _total_gap(ctx: Context, start: int, end: int) -> bool:
    """Whether the text between a count and the verb of its new total is a short phrase
    without digits, a date counting as one word ("crossed the Channel in small boats last
    week, bringing the total"), and holds no clause of its own ("opened 200 stores and
    profits rose, bringing the total")."""
    if _RESTATED_GAP.fullmatch(ctx.text, start, end):
        return not _clause_of_its_own(ctx.text, start, end)  # most gaps
    if end - start > _LEVEL_GAP_DATED:
        return False
    gap = _DATE_RUN.sub("x", undated(ctx, start, end))
    return _RESTATED_GAP.fullmatch(gap) is not None and not _clause_of_its_own(gap, 0, len(gap))


_LEFT_WITH = LazyPattern(
    r",[ \u00a0]+(?:leaving[ \u00a0]+(?:it|them|(?:the|its|their)[ \u00a0]+[a-z]+)"
    r"[ \u00a0]+with|giving[ \u00a0]+(?:it|them|him|her|(?:the|its|their)[ \u00a0]+[a-z]+)"
    r"(?:[ \u00a0]+a[ \u00a0]+total[ \u00a0]+of)?)[ \u00a0]+$"
)
"""What a count left after a change follows: ", leaving it with ", ", leaving the bank with ",
or the total it gives: ", giving them ", ", giving the party a total of "."""


def _left_with(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The noun a total left after a change shares with the count of the change right before
    it: "The bank will close 100 branches, leaving it with 1,200" counts branches, "The
    Democrats gained 3 seats, giving them 216" seats (a short phrase without digits but a
    date's may stand before the comma: "in May")."""
    start = cue.start if cue is not None else number.start_char
    if ctx.text[start - 5 : start] != "with " and ctx.text.find("giving", start - 40, start) < 0:
        return None  # most numbers: a cheap test
    lead = _LEFT_WITH.search(ctx.text, max(0, start - 40), start)
    if lead is None:
        return None
    parts = _count_before(ctx, ctx.sentence_start(start), lead.start(), taken)
    if (
        parts is None
        or not parts.counted
        or not _level_gap(ctx, parts.end, lead.start(), head=parts.start)
    ):
        return None  # "cut 3,000 jobs in May, leaving it with": a short phrase between
    parts = _past_place(ctx, parts, taken)  # "close 100 branches in 5 states, leaving it with"
    return _shared_noun(parts.counted) if parts.counted else None


@cache
def _total_nouns() -> frozenset[str]:
    return frozenset(number_context().total_nouns)


def _tally_side(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The noun of a vote's tally a bare count after "to" shares with the count right before
    it: "passed by 218 votes to 214", "won 52 seats to 40" (number_context.json tally_nouns;
    "rose 5 tonnes to 300" stays bare)."""
    start = cue.start if cue is not None else number.start_char
    k = _to_after(ctx, start, tally_nouns(), 2)
    if k is None:
        return None  # most numbers: no "votes to" right before
    parts = _count_before(ctx, ctx.sentence_start(start), ctx.token_chars[k], taken)
    return parts.counted if parts is not None and parts.end == ctx.token_ends[k - 1] else None


_SIDE_AFTER = re.compile(
    r"[ \u00a0]+(?:for|against|in[ \u00a0]+favou?r)(?=[ \u00a0]*(?:[,;.)\n]|$|(?:and|or|with)\b))"
)
_SIDE_BEFORE = LazyPattern(
    r"[ \u00a0]+(?:for|against|in[ \u00a0]+favou?r)"
    r"(?:[ \u00a0]*,)?(?:[ \u00a0]+(?:and|with|to|while))?[ \u00a0]+$"
)
"""The two sides of a vote's tally: " in favour and " before a count, " against" after it."""
_WITH_BEFORE = LazyPattern(r",?[ \u00a0]+with[ \u00a0]+$")
"""What joins a count of votes to a bare count of those against: "won 60 votes, with 30
against"."""


def _other_side(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The noun of a vote's tally a bare count of the other side shares with the count of the
    first: "218 votes in favour and 210 against", "with 52 votes for, 40 against", "won 60
    votes, with 30 against" count votes
    (number_context.json tally_nouns); "310 for and 261 against" stays bare, as does
    "rose 5 tonnes for the year and 3 against the dollar"."""
    if _SIDE_AFTER.match(ctx.text, number.end_char) is None:
        return None  # most numbers: no side of a vote after
    start = cue.start if cue is not None else number.start_char
    side = _SIDE_BEFORE.search(ctx.text, max(0, start - 40), start)
    if side is None and ctx.text.startswith(" against", number.end_char):
        side = _WITH_BEFORE.search(ctx.text, max(0, start - 12), start)  # "60 votes, with 30"
    if side is None:
        return None
    k = ctx.token_at(side.start()) - 1
    if k < 1 or ctx.lowers[k] not in tally_nouns():
        return None
    parts = _count_before(ctx, ctx.sentence_start(start), side.start(), taken)
    return parts.counted if parts is not None and parts.end == ctx.token_ends[k] else None


_WHOLE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")
_TALLY_NEXT = re.compile(
    r"(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+to[ \u00a0]+)([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)"
    r"(?![.,]?[0-9])"
)
_TALLY_PREVIOUS = re.compile(
    r"(?<![\w.,])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)"
    r"(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+to[ \u00a0]+)$"
)
"""The other side of a tally joined by "to" or a dash: after a count ("220 to 207"), before
it ("220 to ")."""
_SIDE_COUNT_BEFORE = LazyPattern(
    r"(?<![\w.,])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)[ \u00a0]+(?:for|in[ \u00a0]+favou?r)"
    r"(?:[ \u00a0]*,)?(?:[ \u00a0]+(?:and|with|while))?[ \u00a0]+$"
)
"""The first side of a tally of sides before the second: "312 in favour and ", "310 for and
", "52 in favour, with "."""


_RUNS_OFF = re.compile(
    r"[ \u00a0]+(?:(?:off|from|in)[ \u00a0]+[0-9]{1,3}[ \u00a0]+(?:balls|deliveries)"
    r"|(?:for[ \u00a0]+[0-9][ \u00a0]+)?(?:off|from|in)[ \u00a0]+[0-9]{1,2}(?:\.[0-5])?"
    r"[ \u00a0]+overs)\b",
    re.IGNORECASE,
)
"""A batter's balls after a bare score: "82 off 53 balls", "54 from 60 deliveries", "82 in
53 balls", or a side's overs, maybe after its wickets: "chased down 245 off 48 overs",
"reached 180 for 3 in 20 overs" (runs)."""
_SCORE_FOR = LazyPattern(r"\b([0-9]{1,3})[ \u00a0]+for[ \u00a0]+$")
"""A score and "for" before its wickets ("245 for 6 from 48.3 overs": 6 wickets, no runs) or
a bowler's wickets before his runs ("took 5 for 32 in 10 overs": 32 runs)."""
_ALL_OUT = LazyPattern(r"\b(?:bowled|all)[ \u00a0]+out[ \u00a0]+for[ \u00a0]+$", re.IGNORECASE)
"""A side's innings before its bare total: "England were bowled out for 122", "all out for
245" (runs)."""


_RUNS_AFTER = re.compile(
    r"[ \u00a0]+(?:not[ \u00a0]+out|for[ \u00a0]+the[ \u00a0]+(?:first|second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth|last|opening|[0-9]{1,2}(?:st|nd|rd|th))"
    r"[ \u00a0]+wicket)\b",
    re.IGNORECASE,
)
"""What makes a bare score before it runs: a batter's "not out" ("Root made 262 not out"),
a stand's wicket ("put on 454 for the fourth wicket")."""
_UNBEATEN_ON = LazyPattern(r"\bunbeaten[ \u00a0]+on[ \u00a0]+$", re.IGNORECASE)
"""A batter's score so far after "unbeaten on" ("Agha Salman was unbeaten on 41": runs)."""
_IN_INNINGS = re.compile(
    r"[ \u00a0]+in[ \u00a0]+(?:a|an|the|their|his|her|its)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?"
    r"innings\b"
)
_MADE_BEFORE = LazyPattern(
    r"\b(?:made|scored|posted|compiled|amassed|totalled|totaled)[ \u00a0]+"
    r"(?:(?:more[ \u00a0]+than|over|nearly|almost|about)[ \u00a0]+)?$"
)
"""A side's or a batter's score in an innings: "Pakistan, who made 556 in their first
innings", "scored more than 800 in a test innings" (runs; an innings with no number is
cricket's, and "took 5 in the first innings" counts wickets, so a verb of scoring)."""


def _batted(text: str, number: _Number, end: int) -> bool:
    """Whether a bare whole number is a score of runs: a batter's before "off" and a number of
    balls ("Kohli scored 82 off 53 balls"), or a side's after "bowled out for" or "all out
    for" ("England were bowled out for 122"); a batter's before "not out" or after "unbeaten
    on" and a stand's before "for the fourth wicket" (``_RUNS_AFTER``, ``_UNBEATEN_ON``)."""
    start = number.start_char
    if _RUNS_OFF.match(text, end):
        wickets = _SCORE_FOR.search(text, max(0, start - 12), start)
        return wickets is None or int(wickets[1]) < int(number.text)  # not "245 for 6 from"
    if text[start - 4 : start - 1] == "for":
        return _ALL_OUT.search(text, max(0, start - 24), start) is not None
    if not (number.text.isdigit() and len(number.text) <= 3):
        return False  # a score of runs is whole and below 1,000
    if text[start - 3 : start - 1] == "on" and _UNBEATEN_ON.search(text, max(0, start - 16), start):
        return True
    if _IN_INNINGS.match(text, end) is not None:
        return _MADE_BEFORE.search(text, max(0, start - 24), start) is not None
    return _RUNS_AFTER.match(text, end) is not None


def _vote_side(ctx: Context, number: _Number, cue: qualifiers.Cue | None) -> str | None:
    """A side of a vote's tally after a verb of voting or a vote's noun (ranges.vote_lead),
    which counts votes: both of "The House voted 220 to 207", "passed the Senate 52-48", "by
    a vote of 68 to 31" (the larger first; the numbers component keeps them apart), and of
    "voted 12 in favour and 3 against", "The vote was 310 for and 261 against", "approved by
    312 in favour and 205 against". "The odds are 100 to 1", "ruled 6-3" and "Voters
    approved it 60-40" (shares) stay as they were."""
    if cue is not None or not _WHOLE.fullmatch(number.text):
        return None
    text, start, end = ctx.text, number.start_char, number.end_char
    value = int(number.text.replace(",", ""))
    if (after := _TALLY_NEXT.match(text, end)) is not None:
        dashed = "to" not in after.group()
        if int(after[1].replace(",", "")) <= value and ranges.vote_pair(
            text, start, after.end(), dashed
        ):
            return "votes"  # "voted 220 to 207", "a 220-207 vote": the first side
        return None
    side = _SIDE_AFTER.match(text, end) is not None
    if side and ranges.vote_lead(text, start):
        return "votes"  # "voted 12 in favour": the first side
    if (before := _TALLY_PREVIOUS.search(text, max(0, start - 16), start)) is not None:
        if int(before[1].replace(",", "")) < value:
            return None  # "passed 3-5": no tally of votes
        dashed = "to" not in before.group()
        return "votes" if ranges.vote_pair(text, before.start(1), end, dashed) else None
    if not side or (before := _SIDE_COUNT_BEFORE.search(text, max(0, start - 32), start)) is None:
        return None  # most numbers
    return "votes" if ranges.vote_lead(text, before.start(1)) else None


_TO_RIVAL = LazyPattern(
    r"[ \u00a0]+to[ \u00a0]+(?:(?:(?:the[ \u00a0]+)?(?:[A-Z][\w.-]*[ \u00a0]+){0,2}[A-Z][\w.-]*"
    r"|(?:the|his|her|their|its)[ \u00a0]+(?:(?:nearest|closest|main)[ \u00a0]+)?"
    r"(?:rival|opponent|challenger|incumbent)s?)"
    r"(?:['’]s|(?<=s)['’])|his|her|their)[ \u00a0]+$"
)
"""A rival's share after a count: " to Trump's ", " to the Labour Party's ", " to his
rival's ", " to her "."""


def _rival_lead(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, possessives: frozenset[str]
) -> tuple[int, int, re.Match[str]] | None:
    """Where a bare number's phrase starts, the token of the rival's possessive right before
    it (one of ``possessives``) and the " to <rival>'s " match; None for most numbers."""
    start = cue.start if cue is not None else number.start_char
    k = ctx.token_at(start) - 1
    if k < 3 or ctx.lowers[k] not in possessives:
        return None  # most numbers: no possessive right before
    lead = _TO_RIVAL.search(ctx.text, max(0, start - 60), start)
    return None if lead is None else (start, k, lead)


def _rival_count(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """What a bare count after "to" and a rival's name counts: the noun of the count right
    before ("won 306 electoral votes to Trump's 232", "52 seats to Labour's 40"); a
    possessive pronoun names the rival too ("77.3 million votes, or 49.8%, to her 75
    million")."""
    found = _rival_lead(ctx, number, cue, _RIVAL_POSSESSIVES)
    if found is None:
        return None
    start, k, lead = found
    aside = _SHARE_ASIDE.search(ctx.text, max(0, lead.start() - 40), lead.start())
    end = aside.start() if aside is not None else lead.start()
    parts = _count_before(ctx, ctx.sentence_start(start), end, taken)
    if parts is None or parts.end != end or parts.counted is None:
        return None
    if ctx.lowers[k] in _PRONOUN_RIVALS and (
        parts.counted.rpartition(" ")[2].lower() not in _rival_nouns()
    ):
        return None  # "sold 120 cars to her 2": a pronoun's rival only of a tally or a score
    return parts.counted


def _rival_measure(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> str | None:
    """The unit a bare measure after "to" and a rival's possessive name shares with the
    measure right before it: "weighed 223 pounds to Fury's 262" is 262 lb, "ran 10.2 km to
    Kipchoge's 9.8" 9.8 km; the two within ``_RIVAL_RATIO`` (a pronoun's "to her 2" is
    left alone, as counts leave it but for tallies)."""
    found = _rival_lead(ctx, number, cue, _NAME_POSSESSIVES)
    if found is None:
        return None
    lead = found[2]
    parts = _measured_before(ctx, lead.start(), taken)
    if parts is None or parts.end != lead.start() or parts.unit is None or parts.counted:
        return None
    low, high = sorted((parts.value, value))
    return parts.unit if low > 0 and high <= low * _RIVAL_RATIO else None


_RIVAL_RATIO = 10
"""How far apart a measure and its rival's may be ("223 pounds to Fury's 262")."""


_SHARE_ASIDE = LazyPattern(
    r",[ \u00a0]+or[ \u00a0]+(?:about[ \u00a0]+|nearly[ \u00a0]+|almost[ \u00a0]+)?\d[\d.]*"
    r"(?:[ \u00a0]?%|[ \u00a0]+(?:per[ \u00a0]?cent|percent)),$"
)
"""A count's share between it and its rival's: "77.3 million votes, or 49.8%, to her"."""
_PRONOUN_RIVALS = frozenset({"his", "her", "their"})


_GAPPED_RIVAL = LazyPattern(
    r"(?:,|,?[ \u00a0]+and)[ \u00a0]+"
    r"(?:the[ \u00a0]+(?:[a-z]+(?:-[a-z]+)*[ \u00a0]+)?|[A-Z][\w.-]*['’]s[ \u00a0]+)?"
    r"(?:(?:[A-Z][\w.-]*[ \u00a0]+){1,3}"
    rf"|(?<=[a-z'’] )(?:{'|'.join(sorted(_PARTY_NOUNS))})[ \u00a0]+)$"
)
"""A rival's name after a comma or "and", its verb left out: ", the Conservatives ", ",
Biden ", " and the Liberal Democrats "; maybe a lower-case word after "the" or a possessive
name before it (", the far-right National Rally ", ", Macron's Ensemble "), or a party's
noun after such words (" and Macron's party ", ", the ruling party ")."""


def _gapped_rival(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The tally noun a bare count after a comma and a rival's name shares with the count
    right before the comma, its verb left out: "Labour won 412 seats, the Conservatives
    121", "Trump won 74 million votes, Biden 81 million" (number_context.json tally_nouns),
    and so on down a list ("... and the Liberal Democrats 72"); the count ends its clause.
    A date may follow the count before ("412 seats in 2019, the Conservatives 121")."""
    start = cue.start if cue is not None else number.start_char
    k = ctx.token_at(start) - 1
    if k < 4 or not (ctx.words[k][:1].isupper() or ctx.words[k] in _PARTY_NOUNS):
        return None  # most numbers: no capitalized word right before
    after = ctx.token_at(number.end_char)
    words, lowers = ctx.words, ctx.lowers
    if after < len(words) and words[after].isalpha() and lowers[after] != "and":
        return None  # "the Conservatives 121 seats" counts its own noun
    lead = _GAPPED_RIVAL.search(ctx.text, max(0, start - 50), start)
    if lead is None:
        return None
    before = ctx.numerals_in(ctx.sentence_start(start), lead.start())
    if before and before[-1].label_ in _DATE_LABELS:
        before.pop()  # "won 412 seats in 2019, the Conservatives 121"
    if not before or before[-1].label_ != "cardinal":
        return None
    parts = _plain(analyze(ctx, before[-1], share=True, taken=taken))  # maybe a gapped rival too
    if parts is None or parts.counted is None or parts.unit:
        return None
    if parts.end != lead.start() and not _GAPPED_DATE.fullmatch(
        undated(ctx, parts.end, lead.start())
    ):
        return None  # the count before ends right before the comma, or before its date
    noun = parts.counted.rpartition(" ")[2]
    return parts.counted if noun.lower() in tally_nouns() else None


_RIVAL_WITH = LazyPattern(r"[A-Z][\w'’.-]*[ \u00a0]+(?:with|on)[ \u00a0]+$")
"""A rival's name (its last word) and "with" or "on" right before a bare count: "Hou Yu-ih
of the Kuomintang with ", "the Conservatives on "."""
_RIVAL_END = LazyPattern(r"[ \u00a0]*(?:[.,;)]|$)|[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
"""What ends a rival's count: a stop, the text's end or "and" before the next rival's name."""
_RIVAL_STEPS = 4
"""At most how many numbers back the count a rival's count restates may stand (a share and
another rival's bare count between: "5.59 million votes, ahead of Hou with 4.67 million, or
33.49%, and Ko with ")."""


def _rival_with(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The tally or statistic noun a bare count after a rival's name and "with" or "on"
    shares with a count before it in its sentence ("Lai received 5.59 million votes, ahead
    of Hou Yu-ih of the Kuomintang with 4.67 million, or 33.49%": votes; "Smith scored 31
    points, ahead of Jones with 24": points); the count ends its phrase, and only shares,
    bare counts of other rivals and percentages stand between (a count of another noun or a
    measure ends the search: "sold 300 cars, ahead of Ford with 250" stays bare); in a
    ranking after ", followed by" any plural counts ("3.4 million visitors, followed by
    Malaysia with 2.4 million and India with 1 million": visitors)."""
    start = cue.start if cue is not None else number.start_char
    if ctx.text[start - 5 : start] != "with " and ctx.text[start - 3 : start] != "on ":
        return None  # most numbers: a cheap test
    if not _RIVAL_END.match(ctx.text, number.end_char):
        return None  # "with 4 children": a noun of its own
    lead = _RIVAL_WITH.search(ctx.text, max(0, start - 60), start)
    if lead is None:
        return None
    values = numerals.normalize(number.text)
    before = ctx.numerals_in(ctx.sentence_start(start), lead.start())
    for span in reversed(before[-_RIVAL_STEPS:]):
        if _PERCENT_AFTER.match(ctx.text, span.end_char):
            continue  # "or 33.49%": a share of the tally
        parts = _plain(analyze(ctx, span, share=False, taken=taken))
        if parts is None or (parts.counted is None and parts.unit is None):
            continue  # another rival's bare count: "ahead of Hou with 4.67 million", "two"
        if parts.unit is not None or parts.counted is None:
            return None  # a measure: "sold 3 tonnes, ahead of Ford with 2"
        noun = parts.counted.rpartition(" ")[2].lower()
        if values is None:
            return None
        ranked = _FOLLOWED_BY.search(ctx.text, parts.end, lead.start()) is not None
        # a ranking's next places are no larger than the leader
        ranked = ranked and numbers.is_plural(noun) and values[0] <= parts.value
        if not (noun in _rival_nouns() or ranked):
            return None
        low, high = sorted((parts.value, values[0]))
        return parts.counted if low > 0 and high <= low * _GAPPED_RATIO else None
    return None


_PERCENT_AFTER = LazyPattern(r"[ \u00a0]?(?:%|(?i:per[ \u00a0]?cent|percent)\b)")
_FOLLOWED_BY = LazyPattern(r",[ \u00a0]+followed[ \u00a0]+by[ \u00a0]+")
"""A ranking's next place after a leader's count: "the largest market with 3.4 million
visitors, followed by Malaysia with 2.4 million", where any plural the leader's count
counts is the rivals' too."""


@cache
def _rival_nouns() -> frozenset[str]:
    """The plurals of a tally or a player's statistics that a rival's count shares."""
    return tally_nouns() | frozenset(number_context().stat_nouns)


_GAPPED_WORDS = 4
"""At most how many words name the subject of a gapped item, with "and" and "the": "the
restaurants and bars"."""
_GAPPED_RATIO = 100
"""How far apart the counts of a gapped list may be ("67,000 jobs, mining 3,000")."""
_GAPPED_JOINS = frozenset({"the", "and"})
_GAPPED_NOUNS = frozenset({"side", "sides"})
"""Stop words that are nouns naming a gapped item's subject: "the No side 900,000"."""
_CLAUSE_ENDS = frozenset({",", ".", ";", "and", "but", "while"})


def _gapped_item(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> Parts | None:
    """The quantity whose unit and noun a bare count of a gapped list item takes, its verb
    left out: "Health care added 67,000 jobs, government 52,000 and construction 23,000"
    counts 52,000 and 23,000 jobs (the item before may itself be gapped). A comma or "and"
    ends the quantity before; one to three plain words (no stop word but "the" and "and",
    no verb of the lexicons, no past tense) name the item's subject; the count ends its
    clause, and the two are within ``_GAPPED_RATIO``. A date may follow the quantity before
    ("Saudi Arabia pumped 9 million bpd in May, and Iraq 4.2 million")."""
    after = ctx.token_at(number.end_char)
    if after < len(ctx.words) and ctx.lowers[after] not in _CLAUSE_ENDS:
        return None  # most numbers: a word follows ("government 52,000 jobs")
    start = cue.start if cue is not None else number.start_char
    k = ctx.token_at(start) - 1
    before = ctx.numerals_in(ctx.sentence_start(start), start)
    if not before or before[-1].label_ != "cardinal" or number.label != "cardinal":
        return None
    lowers, bound = ctx.lowers, max(k - _GAPPED_WORDS - 1, ctx.token_at(before[-1].end_char))
    first = k  # back over the subject's words: "restaurants and bars"
    while first > bound and (_subject_word(lowers[first]) or _named_stop(ctx.words[first])):
        first -= 1
    if lowers[first] != "," and lowers[first + 1] == "and":
        first += 1  # "45,760 and restaurants and bars 36,960"
    if first >= k - (lowers[first + 1] == "and") or lowers[k] in _GAPPED_JOINS:
        return None  # no subject: "Smith, 25"
    if lowers[k] in _attribute_nouns():
        return None  # a level of a measure, no item: "300 pupils, class sizes 30"
    if lowers[first] not in {",", "and"}:
        # the walk went past the quantity's own noun: "5,000 nuclear warheads and Russia 5,500"
        joins = [j for j in range(first + 1, k) if lowers[j] == "and"]
        if not joins:
            return None
        first = joins[-1]
    parts = analyze(ctx, before[-1], share=True, taken=taken)  # the item before, maybe gapped
    if parts is None:
        return None
    if parts.end != ctx.token_ends[first - 1]:
        # the quantity before ends right before the comma or "and", or before its date
        gap = undated(ctx, parts.end, ctx.token_ends[first - 1])
        if _GAPPED_DATE.fullmatch(gap) is None:
            return None
        if "x" in undated(ctx, ctx.token_chars[first], start):
            return None  # "9 million tonnes in May and June 4.2 million": no subject
    if parts.unit is None and parts.counted is None:
        return None
    low, high = sorted((value, parts.value))
    if not (low > 0 and high <= low * _GAPPED_RATIO):
        return None
    if parts.counted is not None and parts.counted not in ctx.text[parts.start : parts.end]:
        # a noun from outside the count: a count's noun before it, or its subject's
        lowered = ctx.text[ctx.sentence_start(parts.start) : parts.start].lower()
        at = lowered.rfind(parts.counted.lower())
        if at < 0 or _COUNT_BEFORE.search(lowered, 0, at) is None:
            return _own_subject(ctx, parts, first + 1, k)
    return parts


def _own_subject(ctx: Context, parts: Parts, first: int, last: int) -> Parts | None:
    """A gapped item after a count whose noun is its subject's ("The male population was
    714 million and the female population 696 million", "Deaths climbed to 45 and injuries
    120"): the item names its own subject, which it counts when that is a subject's head
    (female population), and nothing is shared otherwise (no "deaths" for the injuries)."""
    words = [w for w in ctx.words[first : last + 1] if w.lower() not in _GAPPED_JOINS]
    if not words or words[-1].lower() not in _subject_heads():
        return None
    return parts._replace(counted=" ".join(words))


_COUNT_BEFORE = LazyPattern(r"(?:\d|illion|thousand|hundred)[ \u00a0]+$")
"""A count's end right before the noun a gapped chain shares ("67,000 jobs, government
52,000 and construction 23,000"), where a subject's noun has a verb after it instead."""
_GAPPED_DATE = LazyPattern(r"[ \u00a0]+(?:(?:in|on|during|for|over)[ \u00a0]+)?x+")
"""A date right after the quantity before a gapped item: " in May", " last year" (dates
written as "x"s)."""


_REPEATED_LINK = LazyPattern(
    r"(?:[ \u00a0]*[,;][ \u00a0]*(?:(?:and|while|but|whereas)[ \u00a0]+)?"
    r"|[ \u00a0]+(?:and|while|but|whereas)[ \u00a0]+)"
    r"(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?[A-Z][\w.'’&-]*"
    r"(?:[ \u00a0]+[A-Za-z][\w.'’&-]*){0,3}[ \u00a0]+$"
)
"""What stands between a clause's count and the same verb in the next clause: a link and
a subject opening with a name ("; India ", " and France ", ", while the U.S. ")."""
_DATE_FIRST = LazyPattern(
    r"(?:[ \u00a0]+(?:in|on|during))?[ \u00a0]+x+"
    r"(?=[ \u00a0]*[,;]|[ \u00a0]+(?:and|while|but|whereas)\b)"
)
_REPEATED_LINK_LONG = LazyPattern(
    r"(?:[ \u00a0]*[,;][ \u00a0]*(?:(?:and|while|but|whereas)[ \u00a0]+)?"
    r"|[ \u00a0]+(?:and|while|but|whereas)[ \u00a0]+)"
    r"(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?[A-Z][\w.'’&-]*"
    r"(?:[ \u00a0]+[A-Za-z][\w.'’&-]*){0,6}[ \u00a0]+$"
)
"""After a date that ends the clause of the count before (as "x"s: "1,906 arrests last
month", "300 tanks in 2023"), a link and a longer subject opening with a name: ", while the
Rio Grande Valley sector in south Texas "."""
_NO_REPEATED = frozenset(
    {"to", "of", "in", "at", "by", "from", "with", "for", "on", "over", "under", "and", "or"}
    | {"than", "about", "some", "nearly", "almost", "around", "the", "a", "an", "up", "down"}
)


def _clause_noun(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> str | None:
    """The noun of the count before a count whose verb opens the phrase after it
    (``_clause_part`` with ``led``); "" where that count is its own clause's subject but
    shares no noun (the count before is an object of no people: "has 300 stores, and 40
    stocked toys")."""
    parts = _clause_part(ctx, number, value, cue, taken, led=True)
    if parts is None or parts.unit is not None:
        return None
    return parts.counted if parts.counted is not None else ""


_CLAUSE_PART_VERB = re.compile(
    r"[ \u00a0]+(?:(?:did|do|does|will|would|could|can|may|might|must|should)"
    r"(?:n[’']t)?|cannot|([a-z]{3,}ed)|(?P<be>are|were)(?:[ \u00a0]+([a-z]+))?)\b"
)
"""What makes a bare count its clause's subject right after it: a modal or "did" ("300 did
not finish", "1,500 will lose their jobs"), a past tense in -ed ("40 retired") or "are" or
"were" ("400 million were released"), the word after it read too."""
_CLAUSE_PART_LEAD = LazyPattern(r"(?:[,;]|,?[ \u00a0]+(?:and|but|while))[ \u00a0]+$")
_OBJECT_PREPOSITIONS = frozenset(
    {"in", "of", "for", "from", "to", "on", "at", "by", "with", "over", "than", "about"}
    | {"across", "among", "per", "between", "under", "after", "before", "during", "into"}
)
"""Prepositions before a count that make it no object of the clause before a part."""


def _clause_part(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
    led: bool = False,
) -> Parts | None:
    """The quantity whose noun a bare count heading a clause of its own (a modal, "did" or a
    past tense in -ed after it, no casualty's outcome: ``_elided``'s business) shares with the
    no smaller count of a plural ending the clause before, after a comma, a semicolon, "and",
    "but" or "while": "Some 12,000 runners took part, and 300 did not finish", "The company
    employs 12,000 people, and 1,500 will lose their jobs" count runners and people. The
    count before is its verb's object right before the link (no preposition before it: "30
    goals in 40 games, and 12 did" stays bare; a modal or "did" only: "The company cut 300
    jobs, and 40 resigned" stays bare, unless the object is of people, plurals of
    ``_people_plurals``, and a verb of subject_verbs or a verb and its object follow: "The
    trial enrolled 2,400 participants, and 1,200 received the vaccine") or heads its own
    clause and a short tail (``_TAIL_WORDS``, no digit, no clause word) follows it ("900
    delegates voted, and 450 backed the motion"). An object measured in a unit lends its
    unit and material the same way ("bought 500,000 tonnes of grain, and 200,000 will go to
    the reserve"). ``led``: the phrase after the count opens with its verb (``_verb_led``:
    "About 200 people marched, and 50 held signs"), read as a past tense; after an object of
    no people the count is given no noun ("has 300 stores, and 40 stocked toys": bare)."""
    past = led
    if not led:
        verb = _CLAUSE_PART_VERB.match(ctx.text, number.end_char)
        if verb is None:
            if _word_after(ctx, number) not in _irregular_subject_verbs():
                return None  # most numbers: no verb right after
            past = True  # "polled 1,000 adults, and 450 said they approved"
        elif verb[1] is not None and (
            verb[1] in casualty_participles() or verb[1] in _not_past_ed()
        ):
            return None  # "and 12 injured": a casualty's outcome
        elif verb["be"] is not None and (verb[3] is None or verb[3] in casualty_participles()):
            return None  # "seized 300 kg of cocaine, and 40 were arrested": people
        else:
            past = verb[1] is not None
        if number.label != "cardinal":
            return None
    start = cue.start if cue is not None else number.start_char
    if ctx.text.endswith(("only ", "just "), max(0, start - 5), start):
        start -= 5  # "More than 600 runners started, but only 420 finished"
    lead = _CLAUSE_PART_LEAD.search(ctx.text, max(0, start - 8), start)
    if lead is None:
        return None
    parts = _measured_before(ctx, lead.start(), taken)
    if parts is None or parts.value < value:
        return None
    if parts.unit is None and not numbers.is_plural((parts.counted or "").rpartition(" ")[2]):
        return None
    opening = parts.cue.start if parts.cue is not None else parts.start
    between = ctx.text[parts.end : lead.start()]
    if not between.strip(", "):
        word = _WORD_BEFORE_COUNT.search(ctx.text, max(0, opening - 24), opening)
        if word is not None and word[1] in _RESTRICTOR_DETERMINERS:
            # past the determiner: "In the 200 cases, 150 were mild" is no object
            word = _WORD_BEFORE_COUNT.search(ctx.text, max(0, word.start() - 24), word.start())
        if word is None or not word[1].islower() or word[1] in _OBJECT_PREPOSITIONS:
            return None  # "30 goals in 40 games, and 12 did": no object
        then = _word_after(ctx, number)
        if not past or (
            _people_head(parts.counted)
            and (led or then in subject_verbs())
            and then not in _EITHER_OUTCOMES
        ):  # "enrolled 2,400 participants, and 1,200 received the vaccine"; "freed 30
            return parts  # hostages, and 12 returned home", "and 200 followed" stay bare
        # "cut 300 jobs, and 40 resigned": bare; "has 300 stores, and 40 stocked toys": the
        # phrase after the count is its verb's object, no noun of the count
        return parts._replace(unit=None, counted=None) if led else None
    if parts.unit is not None or not subject_count(ctx.text, opening):
        return None
    words = between.removesuffix(",").split()
    if not words or len(words) > _TAIL_WORDS:
        return None
    if any(not _TAIL_WORD.fullmatch(w) or w.lower() in _TAIL_STOPS for w in words):
        return None
    return parts


@cache
def _people_plurals() -> frozenset[str]:
    """Plurals of people (number_context.json proportion_nouns, age_group_nouns and the
    plurals of one_nouns): an object count of them is the subject of a later clause's past
    tense ("hired 300 workers, and 40 quit")."""
    context = number_context()
    ones = (f"{w}s" for w in context.one_nouns if not w.endswith(("man", "child")))
    return frozenset((*context.proportion_nouns, *context.age_group_nouns, *ones, *_PEOPLE))


_PEOPLE = frozenset({"participants", "volunteers", "members", "applicants", "attendees"})


@cache
def _irregular_subject_verbs() -> frozenset[str]:
    """The past tenses not in -ed of number_context.json subject_verbs ("said", "spent",
    "took"), but "lost", an outcome of things as much ("10,000 homes lost power")."""
    pasts = lexicons.irregular_pasts()
    return frozenset(w for w in subject_verbs() if w in pasts and w not in _IRREGULAR_OUTCOMES)


def _word_after(ctx: Context, number: _Number) -> str:
    """The lower-case word right after a number, or ""."""
    after = ctx.token_at(number.end_char)
    return ctx.lowers[after] if after < len(ctx.lowers) else ""


def _people_head(counted: str | None) -> bool:
    """Whether a counted phrase's head is a plural of people: "2,400 trial participants"."""
    return counted is not None and counted.rpartition(" ")[2].lower() in _people_plurals()


def _repeated_verb(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> Parts | None:
    """The quantity whose unit and noun a bare count takes after the verb of the clause
    before, repeated with another subject: "China has 3 million troops; India has 1.4
    million", "Germany sent 300 tanks and France sent 200". The verb stands right before
    both numbers (no preposition, no change verb: "Sales rose 3 million cars and profit rose
    1.4 million" shares nothing), the count before ends right before a link and the second
    subject (opening with a name), the count ends its clause, and the two are within
    ``LEVEL_RATIO``."""
    after = ctx.token_at(number.end_char)
    if after < len(ctx.words) and ctx.lowers[after] not in _CLAUSE_ENDS:
        return None  # most numbers: a word follows
    start = cue.start if cue is not None else number.start_char
    v = ctx.token_at(start) - 1
    if v < 4 or number.label != "cardinal":
        return None
    verb = ctx.lowers[v]
    if not verb.isalpha() or verb in _NO_REPEATED or verb in _level_verbs():
        return None
    sentence = ctx.sentence_start(start)
    if verb not in ctx.lowers[ctx.token_at(sentence) : v]:
        return None  # most numbers: the verb is not repeated
    before = ctx.numerals_in(sentence, ctx.token_chars[v])
    while before and before[-1].label_ in _DATE_LABELS:
        before.pop()  # "Germany sent 300 tanks in 2023 and France sent 200"
    if not before or before[-1].label_ != "cardinal":
        return None
    parts = analyze(ctx, before[-1], share=True, taken=taken)
    if parts is None or (parts.unit is None and parts.counted is None):
        return None
    if parts.counted is not None and not parts.counted.islower():
        return None  # "Apple sold 50 million iPhones and Samsung sold 40 million": a brand's
    lead = ctx.token_at(parts.cue.start if parts.cue is not None else parts.start) - 1
    if lead < 0 or ctx.lowers[lead] != verb:
        return None  # "China has 3 million troops": the same verb before the count before
    if not _REPEATED_LINK.fullmatch(ctx.text, parts.end, ctx.token_chars[v]):
        gap = undated(ctx, parts.end, ctx.token_chars[v])  # "1,906 arrests last month, while"
        dated = _DATE_FIRST.match(gap)
        if dated is None or not _REPEATED_LINK_LONG.fullmatch(gap, dated.end()):
            return None
    low, high = sorted((value, parts.value))
    return parts if low > 0 and high <= low * LEVEL_RATIO else None


def _subject_word(word: str) -> bool:
    """Whether a word may name the subject of a gapped list item: a plain word, no verb
    (no past tense, no participle in -ing but a noun of number_context.json gerund_nouns)."""
    if word in _GAPPED_JOINS or word in _GAPPED_NOUNS:
        return True
    if word.endswith("ing") and word not in _gerund_nouns():
        return False  # a participle: ", representing 12"; not "manufacturing 15,000"
    return word.isalpha() and not word.endswith("ed") and word not in _gapped_stops()


def _named_stop(word: str) -> bool:
    """Whether a word is a capitalized stop word inside a gapped item's name: "the No side",
    "the Yes camp" (the item's words stand mid-sentence, so its capital makes it a name)."""
    return word[:1].isupper() and word.isalpha() and word.lower() in stop_words()


@cache
def _attribute_nouns() -> frozenset[str]:
    return frozenset(number_context().attribute_nouns)


@cache
def _gerund_nouns() -> frozenset[str]:
    return frozenset(number_context().gerund_nouns)


@cache
def _gapped_stops() -> frozenset[str]:
    """Words that are no subject of a gapped item: stop words and the verbs of the
    lexicons ("said", "reached", "face", "sent", "killed")."""
    return frozenset(
        {
            *stop_words(),
            *_level_verbs(),
            *subject_verbs(),
            *give_verbs(),
            *casualty_participles(),
            *lexicons.change_cues().reporting_verbs,
            "says",
        }
    )


_VERB_AND_BEFORE = LazyPattern(r"(?:,|[ \u00a0]and)[ \u00a0]+([a-z]+)[ \u00a0]+$")
_VERB_BEFORE = LazyPattern(r"\b([a-z]+)[ \u00a0]+$")
_PLACE_GAP = LazyPattern(
    r"[ \u00a0]+(?:in|across|near)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’-]*"
    r"(?:[ \u00a0]+(?:and[ \u00a0]+)?[A-Z][\w'’-]*){0,3},?"
)
"""Where a count before happened, between it and the next clause: " in Kenya and Somalia,"."""


def _elided_object(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> str | None:
    """The noun a bare count after a verb of casualties shares with the count of the verb
    before: "killed 12 people and injured 30" and "killed at least 17 soldiers, and wounded
    more than 40" count 30 people and 40 soldiers; "injured 5,000 others" too. Both verbs
    are casualty outcomes (number_context.json casualty_participles), the count before ends
    right before "and" (or a place's names: "killed at least 14 people in Kenya and Somalia,
    and displaced more than 148,000"), and no noun follows this number ("injured 30 in the
    blast"). Verbs of damage to things do the same among themselves ("destroyed 1,200
    buildings and damaged 3,400": buildings; ``_DAMAGE_VERBS``)."""
    text, start = ctx.text, cue.start if cue is not None else number.start_char
    verb_at = ctx.token_at(start) - 1
    if verb_at < 0:
        return None
    if ctx.lowers[verb_at] in casualty_participles():
        verbs = casualty_participles()
    elif ctx.lowers[verb_at] in _DAMAGE_VERBS:
        verbs = _DAMAGE_VERBS
    else:
        return None  # most numbers: two set lookups before the regex
    lead = _VERB_AND_BEFORE.search(text, max(0, start - 24), start)
    if lead is None or lead.group(1) not in verbs:
        return None  # most numbers
    k = ctx.token_at(number.end_char)
    if k < len(ctx.words) and ctx.words[k].isalpha() and ctx.lowers[k] not in stop_words():
        return None
    parts = _count_before(ctx, ctx.sentence_start(start), lead.start(), taken, NUMBER_LABELS)
    if parts is None or (
        text[parts.end : lead.start()] not in ("", ",")  # "17 soldiers, and wounded 40"
        and not _PLACE_GAP.fullmatch(text, parts.end, lead.start())
    ):
        return None
    verb = _VERB_BEFORE.search(text, max(0, parts.start - 24), parts.start)
    return parts.counted if verb is not None and verb.group(1) in verbs else None


_DAMAGE_VERBS = frozenset(
    {"destroyed", "damaged", "flooded", "razed", "demolished", "levelled", "leveled"}
    | {"looted", "torched", "burned", "burnt", "swamped", "inundated", "gutted"}
)
"""Past verbs of damage to things, whose bare count after another of them shares the noun
of its count ("destroyed 1,200 buildings and damaged 3,400"); a casualty verb and one of
them share none ("killed 12 people and damaged 30")."""


def _reading(
    ctx: Context, tokens: tuple[int, int], values: tuple[Decimal, Decimal | None]
) -> Parts | None:
    """A reading on a scale of magnitudes ("magnitude 6.1", "a 7.8-magnitude quake", "7.1
    on the Richter scale") as a quantity of the scale's unit (number_context.json
    scale_unit); a value past the scale's top is none ("a magnitude of 5 billion")."""
    if not 0 < values[0] <= (values[1] or values[0]) <= _MAGNITUDE_TOP:
        return None
    start, end = ctx.token_chars[tokens[0]], ctx.token_ends[tokens[1] - 1]
    cue = qualifiers.before(ctx.text, start)
    start = cue.start if cue else start
    return Parts(start, end, values[0], values[1], scale_unit(), None, cue, "reading")


_MAGNITUDE_TOP = 10


def _forecasters_clause(ctx: Context, k: int) -> bool:
    """Whether the counted phrase ending before token ``k`` is the subject of a clause that
    forecast the number, not what it counts: "the 170,000 economists had expected", "the
    200,000 analysts forecast." (number_context.json forecasters and forecast_verbs); the
    verb ends its clause ("40 economists expected a hike" counts economists)."""
    lowers = ctx.lowers
    if k >= len(lowers) or lowers[k - 1] not in forecasters():
        return False  # most phrases
    if lowers[k] in ("had", "have"):
        k += 1
    if k >= len(lowers) or lowers[k] not in forecast_verbs():
        return False
    return k + 1 >= len(lowers) or not ctx.words[k + 1].isalnum() or k + 1 in ctx.sentence_tokens


def _group_of(ctx: Context, number: _Number, cue: qualifiers.Cue | None) -> str | None:
    """The group a bare count after it and "of" sizes: "a population of about 22,000",
    "a crowd of 40,000" count the population and the crowd (number_context.json
    group_of_nouns); the noun follows a determiner, a possessive or an adjective."""
    k = ctx.token_at(cue.start if cue is not None else number.start_char) - 2
    if k < 0 or number.label not in _GROUP_SIZES:
        return None  # "a crowd of 10,000 to 15,000" is a range of its size
    if ctx.lowers[k + 1] == "at":
        return _group_at(ctx, k)
    if ctx.lowers[k + 1] != "of":
        return None  # most numbers: no "of" right before
    if ctx.lowers[k] not in _group_of_nouns() or k + 1 in ctx.sentence_tokens:
        return None
    if ctx.lowers[k] == _TOLL:
        return _toll(ctx.lowers, k)  # "a death toll of 54"
    return ctx.lowers[k]  # a common noun, maybe opening its sentence: "Attendance of 40,000"


@cache
def _rated_by() -> frozenset[str]:
    """The rating nouns that rate spaced after a number too ("95 octane petrol" as
    "95-octane"); a spaced capacity is a size ("a 60,000 capacity")."""
    return rating_nouns() - {"capacity"}


_GROUP_VERBS = frozenset(
    {"lives", "works", "remains", "stands", "lies", "faces", "needs", "lacks", "depends"}
    | {"relies", "speaks", "earns", "spends", "owns"}
)
"""Verbs in -s that are plural nouns too, and after a group's size its verb: the group is
one ("a population of 23 million lives below the poverty line", "a workforce of 5,000 faces
cuts"), where a plural of what makes it up is counted ("a crowd of 40,000 fans")."""


def _group_verb(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, phrase: tuple[int, int]
) -> bool:
    """Whether the one-word counted ``phrase`` is the verb of a group a count after it and
    "of" sizes (``_group_of``: not a toll's, "a toll of 200 lives")."""
    if phrase[1] - phrase[0] != 1 or ctx.lowers[phrase[0]] not in _GROUP_VERBS:
        return False
    group = _group_of(ctx, number, cue)
    return group is not None and not group.endswith(_TOLL)


_GROUP_SIZES = frozenset({"cardinal", "range"})
_TOLL = "toll"
_TOLL_KINDS = frozenset({"death", "casualty", "fatality"})
"""A toll is a count only of the dead or hurt: "the death toll rose to 54", not "the bridge
toll rose to 8" (a price)."""


def _toll(lowers: Sequence[str], k: int) -> str | None:
    """ "death toll" when the toll at token ``k`` is one of the dead or hurt, else None."""
    return f"{lowers[k - 1]} {_TOLL}" if k >= 1 and lowers[k - 1] in _TOLL_KINDS else None


def _group_at(ctx: Context, k: int) -> str | None:
    """The group whose estimated size a bare count after "at" (token ``k + 1``) gives: "A
    crowd estimated at 100,000", "The crowd was put at 50,000", "Police estimated the crowd
    at 50,000", "put attendance at 40,000" count the crowd and attendance (a group of
    number_context.json group_of_nouns, a verb of estimating next to it)."""
    lowers, groups = ctx.lowers, _group_of_nouns()
    if lowers[k] in _ESTIMATED:  # "crowd estimated at", "crowd was estimated at"
        j = k - 1
        while j > 0 and lowers[j] in _BE_WORDS:
            j -= 1
        if j < 0 or lowers[j] not in groups:
            return None
        return _toll(lowers, j) if lowers[j] == _TOLL else lowers[j]
    if lowers[k] not in groups:
        return _number_estimated(ctx, k)
    group = _toll(lowers, k) if lowers[k] == _TOLL else lowers[k]
    first = k - 1 if group is not None and " " in group else k  # "estimated the death toll at"
    j = first - 1 if first >= 1 and lowers[first - 1] in _GROUP_OWNERS else first
    return group if j >= 1 and lowers[j - 1] in _ESTIMATING else None


def _number_estimated(ctx: Context, k: int) -> str | None:
    """The plural whose number a verb of estimating puts at a bare count after "at" (token
    ``k + 1``): "Police put the number of protesters at 1,200" counts protesters, "estimated
    the number of displaced people at 300,000" displaced people, "put the number of homes
    damaged at 3,000" homes, "put the number of dead at 45" dead (the plural as "the number
    of" gives it before a level verb: at most four plain words, no stop word)."""
    lowers = ctx.lowers
    of = next((j for j in range(k - 1, max(2, k - 6), -1) if lowers[j] == "of"), 0)
    if of < 3 or lowers[of - 1] != "number":
        return None  # most numbers after "at": no "number of" right before
    j = of - 3 if lowers[of - 2] == "total" else of - 2  # "the total number of"
    if j < 1 or lowers[j] not in _GROUP_OWNERS or lowers[j - 1] not in _ESTIMATING:
        return None
    words = list(ctx.words[of + 1 : k + 1])
    if len(words) == 1 and lowers[k] in _group_words():
        return lowers[k]  # "put the number of dead at 45"
    while words and words[-1].lower() in casualty_participles():
        words.pop()  # "homes damaged", "people killed": homes, people
    words = _before_participle(words)
    if not words or len(words) > 4 or not numbers.is_plural(words[-1]):
        return None
    if any(not w.isalpha() or not w.islower() or w in stop_words() for w in words):
        return None  # "the number of protesters in the capital at", names, clauses
    return " ".join(words)


_ESTIMATED = frozenset({"estimated", "put", "pegged", "reckoned", "counted"})
_ESTIMATING = frozenset(
    {"estimated", "estimate", "estimates", "put", "puts", "pegged", "pegs", "reckoned"}
)
_BE_WORDS = frozenset({"was", "is", "were", "been", "being", "has", "had"})
_GROUP_OWNERS = frozenset({"the", "its", "their", "his", "her"})


@cache
def _group_of_nouns() -> frozenset[str]:
    return frozenset(number_context().group_of_nouns)


def _of_total(
    ctx: Context, number: _Number, value: Decimal, i: int, taken: tuple[int, ...]
) -> str | None:
    """What a part counts that "of" and a total after it name: "412 of the 650 seats" and
    "won 5 of their last 6 games" count seats and games (the span stays on the part; the
    total is its own count). A determiner or a word of a run ("last", "first") must stand
    before the total, or both be digits (maybe grouped: "1,245 of 3,500 council seats") and
    the total no round base ("7 of 10 Americans" is a proportion; "5 of 6 games" counts); a
    name's possessive is a determiner ("30 of France's 81 seats")."""
    lowers = ctx.lowers
    if i >= len(lowers) - 1 or lowers[i] != "of" or number.label != "cardinal":
        return None
    if lowers[i + 1] in _BACK_PRONOUNS:
        return _of_them(ctx, number, value, taken)
    j = i + 1
    while j < min(i + 3, len(lowers)) and lowers[j] in of_total_words():
        j += 1
    if (
        (j > i + 1 or ctx.words[j][:1].isupper())
        and j + 1 < len(lowers)
        and (lowers[j + 1] in _POSSESSIVES or plural_apostrophe(ctx, j + 1))
    ):
        j += 2  # "12 of the county's 55 wards", "30 of France's 81 seats", "the Reds' 20"
    total = ctx.number_at(ctx.token_chars[j]) if j < len(lowers) else None
    at = j
    if total is None and j < len(lowers) and lowers[j].isalpha():
        total = _hedged_total(ctx, j)  # "50 of the roughly 240 hostages"
        at = total.start if total is not None else j
    if total is None or total.label_ != "cardinal" or total.start != at:
        return None
    # a hedged total is no proportion's base: "7 of about 10 patients", "Seven of some 40"
    bare = j == i + 1 and at == j
    if bare and not (_PLAIN_DIGITS.fullmatch(number.text) and _PLAIN_DIGITS.fullmatch(total.text)):
        return None  # "one of five": maybe a proportion; "1,245 of 3,500 seats" counts
    parts = _plain(analyze(ctx, total, share=False, taken=taken))
    if bare and (parts is None or (parts.unit is None and parts.counted is None)):
        totals = numerals.normalize(total.text)  # "115 of 199 in Rajasthan": a gapped part
        whole = _number(ctx, total)
        parallel = _parallel_count(ctx, whole, totals[0], None, taken) if totals else None
        if parallel is None or totals is None:
            return None
        parts = parallel._replace(value=totals[0])  # the noun before, the total's own value
    if parts is None or parts.unit is not None or parts.counted is None or parts.value < value:
        return None
    if bare and parts.value in _ROUND_BASES and not _contest_total(parts.counted):
        return None  # "7 of 10 patients": maybe a proportion; "won 7 of 10 games" counts
    return parts.counted


def _hedged_total(ctx: Context, j: int) -> Span | None:
    """The total after a determiner whose qualifier cue opens at token ``j`` ("50 of the
    roughly 240 hostages", "of the more than 1,200 people", "of an estimated 7,000"): the
    number one to three words on whose cue starts there, or None."""
    for k in range(j + 1, min(j + 4, len(ctx.words))):
        total = ctx.number_at(ctx.token_chars[k])
        if total is not None:
            cue = qualifiers.before(ctx.text, ctx.token_chars[k]) if total.start == k else None
            return total if cue is not None and cue.start == ctx.token_chars[j] else None
    return None


_PLAIN_DIGITS = LazyPattern(r"\d{1,3}(?:,\d{3})+|\d+")
"""Digits alone, maybe grouped by commas: "412", "1,245"."""


def _contest_total(counted: str) -> bool:
    """Whether a total's noun counts games, contests or attempts (number_context.json
    contest_nouns), whose round total is no base of a proportion: "won 7 of 10 games", "made 9
    of 10 free throws"."""
    return counted.rpartition(" ")[2].lower() in _contest_nouns()


@cache
def _contest_nouns() -> frozenset[str]:
    return frozenset(number_context().contest_nouns)


def _of_them(ctx: Context, number: _Number, value: Decimal, taken: tuple[int, ...]) -> str | None:
    """What "N of them" ("of whom", "of which") counts: the noun of the count right before it
    in its sentence, when that count is no smaller ("55 fires were burning, 40 of them out of
    control", "35 patients, 12 of whom were children": 40 fires, 12 patients); past a smaller
    count of the places of the count before ("602 million users in more than 180 markets,
    236 million of whom pay": users, as ``_past_place`` reads it)."""
    parts = _count_before(ctx, ctx.sentence_start(number.start_char), number.start_char, taken)
    if parts is not None and parts.value < value:
        parts = _past_place(ctx, parts, taken)
    return parts.counted if parts is not None and parts.value >= value else None


_POSSESSIVES = frozenset({"'s", "’s"})
_RIVAL_POSSESSIVES = _POSSESSIVES | {"'", "’"} | _PRONOUN_RIVALS
_NAME_POSSESSIVES = _POSSESSIVES | {"'", "’"}
"""Possessive endings of a rival's name (no pronoun): "Fury's", "the Democrats'"."""
_BACK_PRONOUNS = frozenset({"them", "whom", "which"})
"""The pronouns of "12 of them", "50 of whom", "12 of which": the count before."""
_ROUND_BASES = frozenset(map(Decimal, (10, 100, 1000)))


_FRONTED = LazyPattern(
    r"[\s\"“‘']*(?i:of|among)[ \u00a0]+(?:(?i:the|its|their|these|those)[ \u00a0]+)?"
)
"""A sentence that opens with the total a later part counts: "Of the 200 passengers, "."""
_COMMA = LazyPattern(r",[ \u00a0]*")
_FRONTED_VERBS = frozenset(
    {"won", "win", "wins", "took", "take", "takes", "hold", "holds", "held", "has", "have"}
    | {"had", "control", "controls", "got", "found", "kept", "lost", "saw", "sold", "made"}
)
"""The verbs besides pasts in -ed of a part after a fronted total and a subject: "won",
"holds"."""
_RANK_VERBS = frozenset(
    {"ranked", "placed", "finished", "rated", "scored", "positioned", "listed", "numbered"}
    | {"averaged", "totaled", "totalled", "reached", "topped", "exceeded", "passed", "peaked"}
)
"""Past verbs of a rank or a level, whose number after a fronted total is no part of it: "Of
the 38 OECD countries, Britain ranked 30"."""
_FRONTED_SUBJECT = LazyPattern(
    r",[ \u00a0]+(?P<subject>(?:(?:the[ \u00a0]+)?(?:[A-Z][\w.'’-]*[ \u00a0]+){1,3}"
    r"|(?:the|its|their)[ \u00a0]+[a-z]+[ \u00a0]+|(?:they|it|he|she|we)[ \u00a0]+)"
    r"[a-z]+[ \u00a0]+)$"
)
"""A subject (a name, a noun after a determiner or a pronoun) and its verb between a
fronted total's comma and a part: ", the EPP won ", ", the team won ", ", they won "."""


def _fronted_total(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> str | None:
    """What a bare part counts after a fronted total: "Of the 200 passengers, 150 were
    rescued" and "Among the 40 victims, 12 were children" count passengers and victims (the
    count there no smaller, right before the comma; "only" or "just" may stand before the
    part: "Of the 1,200 applicants, only 300 were accepted"); so does a part that ends its
    clause after a named subject and a verb of a tally ("Of the 720 seats in the European
    Parliament, the EPP won 188": seats)."""
    start = cue.start if cue is not None else number.start_char
    if ctx.text.endswith(("only ", "just "), max(0, start - 5), start):
        start -= 5
    listed = ctx.text.endswith(" and ", max(0, start - 5), start)
    if ctx.text[start - 2 : start - 1] != "," and not listed:
        k = ctx.token_at(start) - 1
        verb = ctx.lowers[k] if k >= 0 else ""
        if not (verb in _FRONTED_VERBS or verb.endswith("ed")) or verb in _RANK_VERBS:
            return None  # most numbers: no comma, "and" or verb of a part right before
        subject = _FRONTED_SUBJECT.search(ctx.text, max(0, start - 60), start)
        after = ctx.token_at(number.end_char)
        if subject is None or (after < len(ctx.lowers) and ctx.lowers[after] not in ".,;"):
            return None
        start = subject.start("subject")  # "Of the 720 seats, the EPP won 188": seats
    sentence = ctx.sentence_start(start)
    before = ctx.numerals_in(sentence, start)
    if not before or len(before) > 4 or any(b.label_ != "cardinal" for b in before):
        return None
    if not _FRONTED.fullmatch(ctx.text, sentence, before[0].start_char):
        return None
    parts = _plain(analyze(ctx, before[0], share=False, taken=taken))
    if parts is None or parts.unit is not None or parts.counted is None or parts.value < value:
        return None
    if len(before) > 1:
        return _fronted_list(ctx, parts, before[1:], value, start, taken)
    if listed:
        return None
    if _COMMA.fullmatch(ctx.text, parts.end, start):
        return parts.counted
    return parts.counted if _FRONTED_TAIL.fullmatch(ctx.text, parts.end, start) else None


def _fronted_list(
    ctx: Context,
    total: Parts,
    listed: list[Span],
    value: Decimal,
    start: int,
    taken: tuple[int, ...],
) -> str | None:
    """What a later bare part of a fronted total counts: "Of the 30 victims, 12 were women
    and 8 were children" counts 8 victims. The first part stands right after the total's
    comma, every later part (this one too) after ", " or "and", each clause between has
    at most ``_TAIL_WORDS`` words, and the parts add up to no more than the total."""
    parts = [analyze(ctx, span, share=False, taken=taken) for span in listed]
    if any(p is None or p.counted is not None or p.unit is not None for p in parts):
        return None  # "12 were women and 8 children were": a part of its own noun
    bare = [p for p in parts if p is not None]
    if not (
        _COMMA.fullmatch(ctx.text, total.end, bare[0].start)
        or _FRONTED_TAIL.fullmatch(ctx.text, total.end, bare[0].start)
    ):
        return None
    ends = [*(p.start for p in bare[1:]), start]
    sum_ = value
    for part, end in zip(bare, ends, strict=True):
        between = _PART_LEAD.search(ctx.text, part.end, end)
        if between is None or len(ctx.text[part.end : between.start()].split()) > _TAIL_WORDS:
            return None
        if any(ch.isdigit() for ch in ctx.text[part.end : end]):
            return None
        sum_ += part.value
    return total.counted if sum_ <= total.value else None


_PART_LEAD = LazyPattern(r"(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)$")
"""What stands before a later part of a list: ", ", ", and ", " and "."""


_FRONTED_TAIL = LazyPattern(
    r"(?:[ \u00a0]+[a-z]+ed)?"  # a participle: " tested", " surveyed", " killed"
    r"(?:[ \u00a0]+(?:on|in|at|aboard|inside|from|of)[ \u00a0]+(?:(?:the|its|their)[ \u00a0]+)?"
    r"(?:[A-Za-z][a-z-]*[ \u00a0]+){0,2}[A-Za-z][a-z-]*)?,[ \u00a0]*"
)
"""A past participle of what befell the fronted total or a short phrase of where it is, or
both, then its comma: " tested, ", " on board, ", " in the building, ", " killed in the
attack, "."""


_PART_VERB_ENDS = frozenset(
    {"and", "or", "but", "while", "compared", "versus", "in", "at", "on", "during", "after"}
    | {"online", "instead", "too", "again"}
)
"""What may follow a verb's object where a part's verb ends its clause: "45 developed side
effects, compared with 12", "80 reported headaches and 40 ..."."""


def _verb_led(ctx: Context, phrase: tuple[int, int]) -> bool:
    """Whether the phrase read after a part's count opens with its clause's verb and ends
    its clause: "45 developed serious side effects.", "80 reported headaches and", "300
    hold degrees," "400,000 bought tickets online." (a past tense in -ed or an irregular
    one, or number_context.json subject_verbs, then the object, then a mark, the text's end
    or a word of ``_PART_VERB_ENDS``); "12 elected officials attended" (a verb after the
    phrase) is a subject's noun phrase, and so is a phrase that opens with an adjective's
    participle ("and 18 skilled workers.")."""
    first = ctx.lowers[phrase[0]]
    if not (first.endswith("ed") and len(first) > 4 and first.isalpha()) and (
        first not in subject_verbs() and first not in lexicons.irregular_pasts()
    ):
        return False
    if first in _participle_adjectives():
        return False  # "and 18 skilled workers.": an adjective, no verb
    if phrase[1] - phrase[0] < 2:
        return False
    after = phrase[1]
    if after >= len(ctx.words):
        return True
    word = ctx.lowers[after]
    return not word[:1].isalnum() or word in _PART_VERB_ENDS


@cache
def _participle_adjectives() -> frozenset[str]:
    """Participles in -ed that before a plural are its adjective (number_context.json
    participle_adjectives): "skilled", "armoured"."""
    return frozenset(number_context().participle_adjectives)


def _relative_noun(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> str | None:
    """The noun of the whole of a bare part after ", of whom" (``_relative_whole``)."""
    whole = _relative_whole(ctx, number, value, cue, taken)
    return whole.counted if whole is not None and whole.unit is None else None


_OF_WHOM = LazyPattern(r",[ \u00a0]+(?:of|among)[ \u00a0]+(?:whom|which)[ \u00a0]+$")
"""A relative pronoun of a part right after its whole: "1,200 patients, of whom "."""


def _relative_whole(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> Parts | None:
    """The whole whose unit and noun a bare part after ", of whom" or ", of which" takes:
    "The trial enrolled 1,200 patients, of whom 600 received the drug" counts patients,
    "40 stores, of which 12 are in London" stores, "3 million tonnes, of which 1 million"
    is in tonnes (the whole right before the comma, and no smaller)."""
    start = cue.start if cue is not None else number.start_char
    if not ctx.text.endswith(("whom ", "which "), max(0, start - 6), start):
        return None  # most numbers: a cheap test
    lead = _OF_WHOM.search(ctx.text, max(0, start - 20), start)
    if lead is None:
        return None
    parts = _measured_before(ctx, lead.start(), taken, share=True)
    if parts is None or parts.end != lead.start() or parts.value < value:
        return None
    return parts


_GUST = LazyPattern(
    r"\bgust(?:s|ing|ed)?(?:[ \u00a0]+(?:of|to|at|near|around|reaching))?[ \u00a0]+$",
    re.IGNORECASE,
)
"""A gust before its speed: "gusting to ", "with gusts of ", "gusts of up to " (the hedge is
the number's cue)."""
_GUST_RATIO = 4


def _gust(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> str | None:
    """The speed unit of a bare gust after the wind's speed: "Sustained winds of 150 km/h,
    gusting to 200" is 200 km/h, "winds of 120 mph with gusts of up to 150" 150 mph; the
    last measure of the sentence before is a speed, and the gust no slower, within
    ``_GUST_RATIO``."""
    start = cue.start if cue is not None else number.start_char
    if ctx.text.find("gust", max(0, start - 20), start) < 0:
        return None  # most numbers: a string search
    lead = _GUST.search(ctx.text, max(0, start - 20), start)
    if lead is None:
        return None
    parts = _measured_before(ctx, lead.start(), taken)
    if parts is None or parts.unit is None or not _speed_ids().get(parts.unit):
        return None
    return parts.unit if parts.value <= value <= parts.value * _GUST_RATIO else None


@cache
def _speed_ids() -> dict[str, bool]:
    """Unit id -> whether it is a speed."""
    return {unit.id: unit.dimension == "speed" for unit in lexicons.units()}


_PER_TIME_STARTS = frozenset("ape \u00a0")
"""What follows the space after a number before a time denominator: "a", "an", "per",
"each" (or more space)."""
_OR_END = LazyPattern(r"(?:,[ \u00a0]+or|(?P<and>[ \u00a0]+and))[ \u00a0]+$")
_RESTATED_GAP = LazyPattern(r"[^\d;:()]{0,40}")
"""What may stand between a quantity and the ", or" of its rate: " over five years"."""


def _restated_rate(
    ctx: Context,
    number: _Number,
    cue: qualifiers.Cue | None,
    limit: int,
    taken: tuple[int, ...],
) -> Parts | None:
    """A bare rate that restates a quantity before it after ", or": "1.5 million homes over
    five years, or 300,000 a year" counts homes per year, "50,000 cars a year, or about
    1,000 a week" cars per week, "2 million barrels a day, or 730 million a year" is bbl/year.
    The quantity before ends a short phrase without digits before the comma; its own
    denominator of time, if any, gives way to the one after the number; a quantity per
    something else ("3 tonnes per hectare") restates no rate. After "and" the quantity
    before must be a rate of time itself ("1,000 cars a week and 50,000 a year")."""
    end = number.end_char
    if ctx.text[end + 1 : end + 2] not in _PER_TIME_STARTS:
        return None  # most numbers: no " a", " per" or " each" right after (a cheap test)
    rate = per_time(ctx.text, end, limit)
    if rate is None or number.label != "cardinal":
        return None
    start = cue.start if cue is not None else number.start_char
    lead = _OR_END.search(ctx.text, max(0, start - 8), start)
    if lead is None:
        return None
    before = ctx.numerals_in(ctx.sentence_start(lead.start()), lead.start())
    period = before[-1].end if before else len(ctx.words)
    if len(before) > 1 and period < len(ctx.words) and _time_unit_at(ctx, period):
        before.pop()  # "over five years, or": the period of the quantity before
    if not before or before[-1].label_ != "cardinal":
        return None
    parts = analyze(ctx, before[-1], share=False, taken=taken)
    if parts is None or parts.end > lead.start() or (parts.unit is None and parts.counted is None):
        return None
    if not _RESTATED_GAP.fullmatch(ctx.text, parts.end, lead.start()):
        return None
    base, _, per = (parts.unit or "").partition("/")
    if per and per not in time_unit_ids():
        return None  # "3.5 tonnes per hectare, or 40 a year" restates no rate
    if lead.group("and") is not None and not per:
        return None  # "sold 500 cars and 40 a day": a rate of something else, maybe
    return parts._replace(unit=f"{base}/{rate[0]}", end=rate[1])


def _earlier_level(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> Parts | None:
    """The quantity whose unit and noun a bare earlier level takes: "handed out 342 fuel
    vouchers in December, up from fewer than 124 a year earlier" counts vouchers, "500 MW,
    compared with 420" is MW. A level cue (number_context.json level_cues) stands right
    before the number or its hedge, at most a short phrase without digits between it and
    the quantity before, nothing but a time phrase after the number ("up from 200
    companies" counts companies), and the two within ``LEVEL_RATIO`` of each other. The size
    of a change in per cent may stand before the cue (``_SIZE_BEFORE``: "45 million
    passengers, up 12% from 40 million"), when the quantity moved the way it says."""
    start = cue.start if cue is not None else number.start_char
    k = ctx.token_at(start) - 1
    if k < 1 or (ctx.lowers[k] not in level_cue_ends() and ctx.lowers[k] != "of"):
        return None  # most numbers: no "from", "with", "against" or "an estimate of" before
    if _noun_of_its_own(ctx, number):
        return None  # "up from 200 companies": a count of its own
    lead = _level_cue_re().search(ctx.text, max(0, start - 60), start)
    if lead is None or number.label != "cardinal":
        return None
    at = lead.start()
    if (arm := _arm_level(ctx, number, value, lead, taken)) is not None:
        return arm  # "Seven people who got the vaccine fell ill, compared with 40 in the"
    size = (
        _SIZE_BEFORE.search(ctx.text, max(0, at - 40), at)
        if ctx.text[at - 1] == "%" or (ctx.text[at - 4 : at].lower() == "cent")
        else None
    )
    if size is None:
        moved = lead.group(0).lower().lstrip(", \u00a0")[:2]  # "up from", "down from"
        return _level_before(ctx, at, value, taken, moved if moved in ("up", "do") else "")
    parts = _level_before(ctx, size.start(), value, taken)
    if parts is None or (parts.value > value) != (size.group(1).lower() == "up"):
        return None  # "45 million, down 12% from 40 million": no such level
    return parts


_MULTIPLE_OF = LazyPattern(
    r",[ \u00a0]+(?:(?:almost|nearly|about|roughly|around|some|more[ \u00a0]+than|over"
    r"|less[ \u00a0]+than|just[ \u00a0]+over|just[ \u00a0]+under)[ \u00a0]+)?"
    r"(?:double|twice|triple|treble|quadruple|half|(?:two|three|four|five|ten)[ \u00a0]+times"
    r"|(?:more|fewer|less)[ \u00a0]+than)[ \u00a0]+the[ \u00a0]+$",
    re.IGNORECASE,
)
"""A multiple or a comparison of a count set off by a comma before the bare count it is
measured against: ", almost double the ", ", three times the ", ", more than the "."""
_MULTIPLE_FOLLOWERS = frozenset(
    {"in", "during", "over", "for", "it", "they", "recorded", "reported", "registered", "seen"}
)
"""The words that may follow such a bare count: a time phrase's ("the 64,500 in the same
period of 2022") or a clause's about it ("the 1.4 million it flew in 2021")."""


def _multiple_level(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> Parts | None:
    """The quantity whose unit and noun a bare count takes after a comma and a multiple or a
    comparison of that quantity and "the": "about 123,800 migrants have arrived in Italy by
    sea, almost double the 64,500 in the same period of 2022" counts migrants, "carried 4.2
    million passengers, triple the 1.4 million it flew in 2021" passengers; as after a
    level cue, a short phrase without digits before the comma, the two within
    ``LEVEL_RATIO`` ("almost double the 64,500 people" counts its own noun)."""
    start = cue.start if cue is not None else number.start_char
    if ctx.text[start - 4 : start] != "the " or number.label != "cardinal":
        return None  # most numbers: a cheap test
    after = ctx.token_at(number.end_char)
    if (
        after < len(ctx.words)
        and ctx.words[after].isalpha()
        and ctx.lowers[after] not in level_followers()
        and ctx.lowers[after] not in _MULTIPLE_FOLLOWERS
    ):
        return None  # "double the 64,500 people": a noun of its own
    lead = _MULTIPLE_OF.search(ctx.text, max(0, start - 40), start)
    if lead is None:
        return None
    return _level_before(ctx, lead.start(), value, taken)


_TRIAL_ARM = LazyPattern(
    r"[ \u00a0]+(?:in|among)[ \u00a0]+the[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}(?:group|arm)\b"
)
"""A trial's arm after a bare level: " in the placebo group", " in the control arm"."""
_ARM_GAP = LazyPattern(r"[^\d;:(),]{0,80},?[ \u00a0]*")
_ARM_CUES = ("compared", "versus", "vs")


def _arm_level(
    ctx: Context, number: _Number, value: Decimal, lead: re.Match[str], taken: tuple[int, ...]
) -> Parts | None:
    """The count of one arm of a trial whose noun a bare count of another arm after
    "compared with", "versus" takes: "Seven people who got the vaccine developed the
    disease, compared with 40 in the placebo group", "Eleven cases occurred in the vaccine
    group, compared with 185 in the placebo group" (the count before a plural, no measure,
    past a phrase of up to 80 characters without digits (but a date's) nor a clause of its
    own, and the two within ``MOVED_LEVEL_RATIO``: arms differ much)."""
    if not lead.group(0).lower().lstrip(", \u00a0").startswith(_ARM_CUES):
        return None  # most levels: "up from", "from"
    if _TRIAL_ARM.match(ctx.text, number.end_char) is None:
        return None
    parts = _measured_before(ctx, lead.start(), taken)
    if parts is None or parts.unit is not None or not parts.counted:
        return None
    if not numbers.is_plural(parts.counted.rpartition(" ")[2]):
        return None
    gap = undated(ctx, parts.end, lead.start())
    if _ARM_GAP.fullmatch(gap) is None or _clause_of_its_own(gap, 0, len(gap)):
        return None
    low, high = sorted((value, parts.value))
    return parts if low > 0 and high <= low * MOVED_LEVEL_RATIO else None


_SIZE_CUE = LazyPattern(
    r",[ \u00a0]+(?:up|down|(?:an?[ \u00a0]+)?(?:increase|rise|gain|drop|decrease|decline|fall)"
    r"[ \u00a0]+of)[ \u00a0]+$",
    re.IGNORECASE,
)
_SIZE_TAIL = LazyPattern(
    r"[ \u00a0]+(?:from|on|over|compared|versus|against|since)\b|[ \u00a0]*(?:[,;.)]|$)"
)
"""The cue of a change's size after a quantity (", up ", ", a drop of ") and what may follow
the size (" from February", " on the year", the clause's end)."""
SIZE_SPAN = 1000
"""How many times a change's size a quantity before it may be at most."""


def _size_after_level(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> Parts | None:
    """The quantity whose unit and noun the bare size of its change after it takes: "produced
    3.2 million barrels per day in March, up 200,000 from February" is bbl/day, "sold 1.2
    million cars, down 100,000 on the year" counts cars, "handled 4.2 million containers, an
    increase of 300,000" containers. ", up"/", down" or ", an increase (a drop ...) of"
    before the number or its hedge, a short phrase without digits before that, nothing but
    "from", "on", "over", "compared", "versus", "against", "since" or the clause's end after
    it, and the size below the quantity (at most ``SIZE_SPAN`` times below)."""
    start = cue.start if cue is not None else number.start_char
    k = ctx.token_at(start) - 1
    if k < 2 or ctx.lowers[k] not in ("up", "down", "of") or number.label != "cardinal":
        return None  # most numbers
    lead = _SIZE_CUE.search(ctx.text, max(0, start - 30), start)
    if lead is None or _SIZE_TAIL.match(ctx.text, number.end_char) is None:
        return None  # "up 200 companies": a count of its own
    parts = _measured_before(ctx, lead.start(), taken, share=True)
    if parts is None or not _level_gap(ctx, parts.end, lead.start(), head=parts.start):
        return None
    return parts if 0 < value < parts.value <= value * SIZE_SPAN else None


_SIZE_BEFORE = LazyPattern(
    r",[ \u00a0]+(up|down)[ \u00a0]+(?:(?:about|nearly|almost|roughly|around|some)[ \u00a0]+)?"
    r"\d[\d.,]*(?:[ \u00a0]*%|[ \u00a0]+per[ \u00a0]?cent|[ \u00a0]+percent)$",
    re.IGNORECASE,
)
"""The size of a change in per cent between a quantity and the cue of its earlier level:
"carried 45 million passengers, up 12% from 40 million"."""


def _measured_before(
    ctx: Context, lead: int, taken: tuple[int, ...], share: bool = False
) -> Parts | None:
    """The last count or measure (a cardinal with a unit or a noun) of the sentence before
    character ``lead``, past the dates in between and a model number inside its noun ("2.4
    million PlayStation 5 consoles"); None when the last number is no such one;
    ``share``: a bare one may take its own noun from a count before it (a list's items)."""
    before = ctx.numerals_in(ctx.sentence_start(lead), lead)
    while before and (before[-1].label_ in _DATE_LABELS or _in_date(ctx, before[-1])):
        before.pop()  # "in 2023", "in 48 hours"
    inner = before.pop() if len(before) > 1 and before[-1].label_ == "identifier" else None
    if not before or before[-1].label_ != "cardinal":
        return None
    parts = analyze(ctx, before[-1], share=share, taken=taken)
    if parts is None or parts.end > lead or (parts.unit is None and parts.counted is None):
        return None
    if inner is not None and parts.end < inner.end_char:
        return None  # a model number after the quantity, not inside its noun
    return parts


def _in_date(ctx: Context, number: Span) -> bool:
    """Whether a number lies inside a date span, a duration's or a time's ("48 hours")."""
    dates = ctx.group(DATES)
    k = bisect_left(dates, number.start_char, key=_span_end) if dates else 0
    return k < len(dates) and dates[k].start_char <= number.start_char < dates[k].end_char


def _span_end(span: Span) -> int:
    return span.end_char - 1


def _level_before(
    ctx: Context, lead: int, value: Decimal, taken: tuple[int, ...], moved: str = ""
) -> Parts | None:
    """The quantity with a unit or noun that ends a short phrase (maybe with a date: "in
    2023,") before ``lead``, where the cue of a level stands, within ``LEVEL_RATIO`` of
    ``value``, or within ``MOVED_LEVEL_RATIO`` where the cue's direction (``moved``: "up" or
    "do", of "up from", "down from") fits the two ("1,500 homes were without power, down from
    20,000")."""
    parts = _measured_before(ctx, lead, taken, share=True)  # "in 2023, compared with"
    if parts is None or _size_modifier(ctx, parts):
        return None
    low, high = sorted((value, parts.value))
    fits = (moved == "up" and value < parts.value) or (moved == "do" and value > parts.value)
    if not _level_gap(ctx, parts.end, lead, fits, parts.start):
        return None
    return parts if low > 0 and high <= low * (MOVED_LEVEL_RATIO if fits else LEVEL_RATIO) else None


def _size_modifier(ctx: Context, parts: Parts) -> bool:
    """Whether a count of more than one is a compound modifier joined by a hyphen to a
    singular noun, the size of what follows it ("the 400-seat assembly", "a 12-storey
    tower"), no count a later level restates ("won 159 seats in the 400-seat assembly, down
    from 230"; "The death toll rose to 54, up from 40" shares its toll)."""
    if parts.unit is not None or parts.counted is None or parts.value <= 1:
        return False
    if not ctx.text.endswith("-" + parts.counted, parts.start, parts.end):
        return False
    return not numbers.is_plural(parts.counted.rpartition(" ")[2].lower())


_TO_END = LazyPattern(r"[ \u00a0]+to[ \u00a0]+$")


def _later_level(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> Parts | None:
    """The quantity whose unit and noun a bare later level of a change takes: "rose from 2.8
    million barrels a day to 3.2 million" is bbl/day. "from", the quantity, maybe a short
    phrase ("in 2020"), "to" and the number; nothing but a time phrase after it, and the two
    within ``LEVEL_RATIO``."""
    start = cue.start if cue is not None else number.start_char
    k = ctx.token_at(start) - 1
    if k < 1 or ctx.lowers[k] != "to" or number.label != "cardinal":
        return None  # most numbers
    if _noun_of_its_own(ctx, number):
        return None  # "to 200 companies": a count of its own
    lead = _TO_END.search(ctx.text, max(0, start - 8), start)
    if lead is not None and (by := _by_size(ctx, number, value, lead.start(), taken)):
        return by  # "rose by 3.6 million barrels to 450 million": barrels
    if ctx.text.find("from", max(0, start - 80), start) < 0:
        return None  # most numbers after "to": no change from a level before
    parts = _level_before(ctx, lead.start(), value, taken) if lead is not None else None
    if parts is None or not _FROM_END.search(ctx.text, max(0, parts.start - 8), parts.start):
        return None  # "rose 5 tonnes to 300": no level before
    return parts


_BY_END = LazyPattern(r"\bby[ \u00a0]+$")
_CHANGE_PARTICIPLE = LazyPattern(r",[ \u00a0]+([A-Za-z]+ing)")
"""A comma and a participle of a change between its size and " to ": ", falling"."""
_WHOLE_LEVEL = LazyPattern(r"\d{1,3}(?:,\d{3})+|\d{1,3}")
"""A count's later level after the size of its change, in grouped digits or up to three
(no year: "to 2020")."""
_GROUPED = LazyPattern(r"\d{1,3}(?:,\d{3})+")


def _by_size(
    ctx: Context, number: _Number, value: Decimal, lead: int, taken: tuple[int, ...]
) -> Parts | None:
    """The size of a change right before "to" and a bare level that shares its scale word:
    "Crude stocks rose by 3.6 million barrels to 450 million", "grew by 1.2 million people to
    67 million", "fell by 2 million tonnes to 1 million" (a level may be far from a change's
    size, so no ratio; "by 5 tonnes to 300" shares no scale word and stays bare). A size in
    grouped digits below a level of a scale word shares it too ("fell by 800,000 barrels to
    445.6 million"), and the size may follow the change verb itself ("Imports fell 300,000
    barrels a day to 6.1 million"). A count's size in a plural, no measure, lends its noun
    to a level in plain or grouped digits ("Enrollment fell by 4,000 students to 46,000"), also
    past a comma and a participle of a change ("The Conservatives lost 244 seats, falling to
    121"; a scale word is shared only right before "to")."""
    scale = number.text.rpartition(" ")[2].lower()
    whole = not scale.isalpha() and _WHOLE_LEVEL.fullmatch(number.text) is not None
    if not scale.isalpha() and not whole:
        return None  # most levels: no scale word ("by 5 tonnes to 300" stays bare)
    parts = _measured_before(ctx, lead, taken)
    if parts is None or parts.cue is not None:
        return None
    if parts.end != lead:  # "lost 244 seats, falling to 121": the change's participle between
        if scale.isalpha():
            return None  # "lost 3 million barrels, falling to 450 million": no shared scale
        between = _CHANGE_PARTICIPLE.fullmatch(ctx.text, parts.end, lead)
        if between is None or between[1].lower() not in _change_verbs():
            return None
        if (parts.counted or "").rpartition(" ")[2].lower() in _span_nouns():
            return None  # "lost 3 games, dropping to 12": maybe a rank in a table
    if not scale.isalpha() and (
        parts.unit is not None
        or not parts.counted
        or not numbers.is_plural(parts.counted.rpartition(" ")[2])
    ):
        return None  # "by 3,000 tonnes to 2,500": a measure's level may be of another scale
    verb = ctx.token_at(parts.start) - 1
    if not _BY_END.search(ctx.text, max(0, parts.start - 8), parts.start) and (
        verb < 0 or ctx.lowers[verb] not in _change_verbs()
    ):
        return None
    if not scale.isalpha():
        return parts  # "fell by 4,000 students to 46,000": students
    words = ctx.text[parts.start : parts.end].lower().split()
    if scale in words:
        return parts
    if _GROUPED.fullmatch(words[0]) is not None and parts.value < value:
        return parts  # "by 800,000 barrels to 445.6 million": barrels
    return None  # "by 5 tonnes to 3 million": no scale word shared


@cache
def _change_verbs() -> frozenset[str]:
    """Verbs of a rise or fall, before the size of their change: "fell 300,000 barrels"."""
    cues = lexicons.change_cues()
    return frozenset({*cues.up, *cues.down})


def _noun_of_its_own(ctx: Context, number: _Number) -> bool:
    """Whether a word other than a time phrase's follows ``number``: a bare level takes
    no unit from another quantity then ("up from 200 companies", "to 200 companies")."""
    after = ctx.token_at(number.end_char)
    return (
        after < len(ctx.words)
        and ctx.words[after].isalpha()
        and ctx.lowers[after] not in level_followers()
    )


_RECORD_LEVEL = (
    r"(?:[ \u00a0]+an?[ \u00a0]+(?:(?:new|fresh|all-time|record|daily|weekly|monthly|annual"
    r"|(?:[a-z]+|\d+)-(?:year|month|week|day|decade))[ \u00a0]+)?"
    r"(?:record|high|low|peak|average)(?:[ \u00a0]+of)?)?"
)
"""What a level is, between its verb and the number: " a record", " a seven-month low of",
" an all-time high of", " a peak of", " an average of", " a daily average of"."""
_RECORD_LAST = frozenset({"record", "of"})
"""The last word of ``_RECORD_LEVEL`` before a number."""


_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_SIZE_BEFORE_LEVEL = (
    r"(?:[ \u00a0]+(?:(?:by|from|to)[ \u00a0]+)?"
    r"(?:(?:about|some|nearly|almost|roughly|around|more[ \u00a0]+than)[ \u00a0]+)?"
    r"\d[\d,.]*"
    r"(?:[ \u00a0]+(?:thousand|million|billion))?"
    r"(?:[ \u00a0]?(?:%|per[ \u00a0]?cent|percent))?"
    r"(?P<adverbial>(?:[ \u00a0]+(?!(?:and|but|or|while|as|that)\b)"
    r"(?:[a-z]+(?:-[a-z]+)*|(?:19|20)\d\d|" + _MONTHS + r")){0,3}?)"
    r"[ \u00a0]+(?:to|from))?"
)
"""A change's size before the level after its verb, maybe with a qualifier and up to three
plain (or hyphened) words, a year or a month: " nearly 30% in 2020 to", " by 3,000 last week
to", " 20% year-on-year to", a level before its earlier one: " to 836 in November from"."""
_PERIOD_AFTER_VERB = (
    r"(?:[ \u00a0]+(?:for[ \u00a0]+(?:a|the)[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}"
    r"(?:day|week|month|quarter|year|time)"
    r"|(?:last|this)[ \u00a0]+(?:week|month|quarter|year)"
    r"|in[ \u00a0]+" + _MONTHS + r"))?"
)
"""A run or a date between a change verb and its size or level: " for a fourth straight
week", " for the third month", " last week", " in March"."""
_QUALIFIER_WORDS = r"about|some|nearly|almost|roughly|around|more|than"
"""The qualifiers ``_SIZE_BEFORE_LEVEL`` takes, which are no verb."""

_NUMBER_OF = LazyPattern(
    r"\b(?:[Tt]he|[Tt]otal)[ \u00a0]+(?:total[ \u00a0]+)?number[ \u00a0]+of[ \u00a0]+"
    r"(?P<phrase>[a-z][A-Za-z -]{0,60}?)[ \u00a0]+(?P<verb>(?!(?:"
    + _QUALIFIER_WORDS
    + r")\b)[a-z]+)"
    + _SIZE_BEFORE_LEVEL
    + r"(?:[ \u00a0]+(?:to|at|by|past|above))?"
    + _RECORD_LEVEL
    + r"[ \u00a0]+$"
)
"""The subject "the number of" a plural and its verb before a level, maybe after a change
in per cent: "The number of confirmed cases rose to ", "the number of people killed has
reached ", "the number of migrants fell 20% last year to "."""


_CHANGE_IN = LazyPattern(
    r"\b(?:an?|the|its|their)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?"
    r"(?:increase|rise|jump|surge|drop|fall|decline|decrease)[ \u00a0]+in[ \u00a0]+"
    r"(?P<phrase>(?:[a-z][a-z-]*[ \u00a0]+){0,2}[a-z]+),?[ \u00a0]+to[ \u00a0]+"
    r"(?:[0-9][0-9,.]*(?:[ \u00a0]+(?:million|billion))?[ \u00a0]+from[ \u00a0]+)?$"
)
"""A change's noun and the plural it is in, right before the level it reached or the one it
came from after that: "a more than 30-fold increase in cases, to ", "a sharp rise in asylum
applications to ", "an increase in cases, to 42,200 from "."""


def _change_in(ctx: Context, number: _Number, cue: qualifiers.Cue | None) -> str | None:
    """The plural a bare level after "an increase in" a plural and "to" counts: "Europe saw a
    more than 30-fold increase in cases, to 42,200 from 941" counts cases, both (a plain plural
    with at most two modifiers, no stop word); "a rise in prices to 1,234" (no count
    subject's plural) stays bare."""
    start = cue.start if cue is not None else number.start_char
    k = ctx.token_at(start) - 1
    if k < 4 or ctx.lowers[k] not in ("to", "from") or "in" not in ctx.lowers[max(0, k - 9) : k]:
        return None  # most numbers
    found = _CHANGE_IN.search(ctx.text, max(ctx.sentence_start(start), start - 80), start)
    if found is None:
        return None
    words = found.group("phrase").split()
    if words[-1] not in _count_subjects() or any(w in stop_words() for w in words):
        return None
    return " ".join(words)


def _number_of(ctx: Context, number: _Number, cue: qualifiers.Cue | None) -> str | None:
    """The plural a bare level of "the number of" counts: "The number of confirmed cases
    rose to 1,200" counts confirmed cases, "the number of people killed has reached 57"
    people (a casualty outcome and auxiliaries after the plural dropped); the verb is a
    change verb (change_cues.json) or a level verb (number_context.json level_verbs), and no
    digit stands between ("the number of cases per 100,000 rose to 50" stays bare)."""
    start = cue.start if cue is not None else number.start_char
    sentence = ctx.sentence_start(start)
    if ctx.text.find("number of", sentence, start) < 0:
        return None  # most numbers: a string search in the sentence before
    found = _NUMBER_OF.search(ctx.text, max(sentence, start - 100), start)
    if found is None or found.group("verb") not in _level_verbs():
        return None
    if (adverbial := found.group("adverbial")) and any(
        w in _level_verbs() or w in _count_subjects() for w in adverbial.split()
    ):
        return None  # "fell 20% as deaths climbed to": another change's level
    words = found.group("phrase").split()
    auxiliaries = lexicons.change_cues().auxiliaries
    if len(words) == 1 and words[0] in _group_words():
        return words[0]  # "the number of dead rose to 300", "the number of missing stood at 12"
    while words and (words[-1] in auxiliaries or words[-1] in casualty_participles()):
        words.pop()  # "people killed has": people
    if (
        p := next((i for i, w in enumerate(words) if w in _RESTRICTOR_PREPOSITIONS), 0)
    ) > 0 and _restrictor(words[p:]):
        words = words[:p]  # "deaths from the virus": deaths
    words = _before_participle(words)
    if not words or len(words) > 4 or not numbers.is_plural(words[-1]):
        return None
    if any(w in auxiliaries or w in stop_words() for w in words):
        return None  # "the number of cases that were"
    return " ".join(words)


@cache
def _group_words() -> frozenset[str]:
    """The adjectives that name a group of people alone, after "the number of" too ("dead",
    "homeless", "unemployed"; the outcomes of pair_adjectives: "injured", "missing")."""
    context = number_context()
    return frozenset(context.group_adjectives) | frozenset(context.pair_adjectives)


def _before_participle(words: list[str]) -> list[str]:
    """The plural before a participle's phrase that restricts it: "people forced to flee
    their homes worldwide", "people displaced by the fighting", "people living in poverty"
    give people; the participle (an -ed or -ing word, no plural, not the first word) comes
    right after a plural of at most three words, and its phrase of at most seven words holds
    no clause ("who", "that", "and"), no verb of saying and no level or change verb ("the
    number of migrants dropped and arrests rose to" is another subject's)."""
    for j in range(1, min(len(words), 4)):
        word = words[j]
        if not numbers.is_plural(words[j - 1]) or not (
            word.endswith(("ed", "ing")) or word in _IRREGULAR_PARTICIPLES
        ):
            continue
        rest = words[j:]
        if len(rest) <= 7 and not any(
            w in _CLAUSE_WORDS or w in _SAYS or w in _level_verbs() for w in rest
        ):
            return words[:j]
        break
    return words


_IRREGULAR_PARTICIPLES = frozenset(
    {"sold", "held", "built", "born", "made", "taken", "left", "hit", "driven", "given"}
    | {"seen", "found", "lost", "paid", "brought", "caught", "kept", "sent", "spent", "struck"}
    | {"shot", "stolen", "thrown", "won", "written", "bought", "hurt", "laid", "put", "shown"}
)
"""Participles without -ed that restrict a plural: "homes sold in May", "people held"."""
_CLAUSE_WORDS = frozenset(
    {"who", "whom", "whose", "which", "that", "and", "but", "or", "nor", "while", "as", "when"}
    | {"because", "if", "after", "before", "since", "until", "where", "whether", "than"}
)


_COUNT_SUBJECT = LazyPattern(
    r"(?:^|(?<=[.!?;:,\n\"“—])|\b(?:said|says|showed|shows|that|while|as|and|but)\b)"
    r"[ \u00a0]*(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)[ \u00a0]+)?"
    r"(?:[A-Za-z][a-z]+['’]s[ \u00a0]+)?"  # "The company's headcount", "Germany's"
    r"(?P<phrase>(?:(?!(?:said|says|showed|shows|that|while|as|and|but|from|in|of|among|for"
    r"|at|across|on|to|more|than|nearly|almost)\b)"
    r"(?:[A-Za-z][a-z-]*|[A-Za-z][\w-]*\d[\w-]*|[A-Z]{2,5})[ \u00a0]+){0,2}?"  # the first verb:
    r"(?!(?:more|than|nearly|almost)\b)[A-Za-z][a-z]+)"  # not "week" of "rose last week to"
    r"(?P<restrictor>[ \u00a0]+(?:from|in|of|among|for|at|across|on|to)[ \u00a0]+"
    r"(?:(?:the|its|their|a|an)[ \u00a0]+)?(?:[A-Za-z][\w-]*[ \u00a0]+){0,2}?[A-Za-z][\w-]*)?"
    r"(?P<aside>,[ \u00a0]+including(?:[ \u00a0]+[A-Za-z][\w'’-]*){1,5},)?"
    r"(?:[ \u00a0]+(?:have|has|had))?"
    r"(?:[ \u00a0]+(?:more[ \u00a0]+than|nearly|almost))?[ \u00a0]+"  # "more than doubled"
    r"(?P<verb>(?!(?:to|by|at|past|above|from|an?|record|of|"
    + _QUALIFIER_WORDS
    + r")\b)[a-z]+)"
    + _PERIOD_AFTER_VERB
    + _SIZE_BEFORE_LEVEL
    + r"(?:[ \u00a0]+(?:to|at|by|past|above|from))?"
    + _RECORD_LEVEL
    + r"[ \u00a0]+$"
)
"""A plural of counted people or events as the whole subject of a change or level verb
before a bare number, maybe with a prepositional phrase that restricts it and an aside of
"including" set off by commas: "Jobless claims fell to ", "said deaths rose by 12,000 to ",
"Deaths from the virus reached ", "Encounters at official crossings, including people with
appointments, fell to ", "Cases climbed for a fourth straight week to " (the phrase's lazy
count of words makes the first verb the verb, not "week" of "rose last week to")."""


def _count_subject(ctx: Context, number: _Number, cue: qualifiers.Cue | None) -> str | None:
    """The plural a bare level or size of a count subject's change counts, as "the number
    of" a plural does: "Jobless claims fell to 215,000" counts jobless claims, "Officials
    said hospital admissions reached 1,500" hospital admissions; the subject is a plural of
    number_context.json count_subjects with at most two plain modifiers, after a
    determiner, the sentence's start or a reporting verb, and the verb a change or level
    verb ("The cost of claims rose to 1.2 million", "Prices rose to 1,234" stay bare)."""
    start = cue.start if cue is not None else number.start_char
    k = ctx.token_at(start) - 1
    if k < 1 or (
        ctx.lowers[k] not in _COUNT_SUBJECT_LAST
        and ctx.lowers[k] not in _level_verbs()
        and ctx.lowers[k] not in _RECORD_LAST
    ):
        return None  # most numbers: no "to", "by", "at", "a record" or level verb before
    subjects = _subject_heads()
    if not any(w in subjects for w in ctx.lowers[max(0, k - 14) : k]):
        return None  # most numbers: no such plural in the words before
    sentence = ctx.sentence_start(start)
    # from the character before the sentence, whose stop the pattern's look-behind needs:
    # "Sales rose. Jobless claims fell to 215,000" (a search from the sentence sees none)
    found = _COUNT_SUBJECT.search(ctx.text, max(0, sentence - 1, start - 120), start)
    if found is None or found.group("verb") not in _level_verbs():
        return None
    if (adverbial := found.group("adverbial")) and any(
        w in _level_verbs() or w in _count_subjects() for w in adverbial.split()
    ):
        return None  # "Cases rose 5% and deaths climbed to": another change's level
    words = found.group("phrase").split()
    if len(words) > 1 and words[-1] in ("have", "has", "had"):
        words.pop()  # "Hospitalizations have climbed to"
    if words[-1].lower() not in subjects or any(
        w[:1].isupper() and w.isalpha() and not w.isupper() for w in words[1:]
    ):  # a name before the plural ("said Ohio deaths"), not "Covid-19 cases", "COVID cases"
        return None
    if words[-1].lower() == _TOLL and (len(words) < 2 or words[-2].lower() not in _TOLL_KINDS):
        return None  # "The bridge toll rose to 8": a price; "The death toll rose to 54"
    if any(
        (w.lower() in stop_words() and not (len(w) > 1 and w.isupper()))
        or w.lower() in _level_verbs()
        for w in words
    ):  # "the number of cases that were"; "sales jumped and cases rose"; "US deaths" goes on
        return None
    if (aside := found.group("aside")) and any(w in _level_verbs() for w in aside.split()):
        return None  # ", including those who rose,": no plain aside
    if found.group("restrictor") and not _restrictor(found.group("restrictor").split()):
        return None
    if words[0][:1].isupper() and words[0].isalpha():
        opening = found.start("phrase")
        first = ctx.token_at(opening)
        after_determiner = (
            first > 0 and ctx.lowers[first - 1] in _RESTRICTOR_DETERMINERS and demonym(words[0])
        )
        if (
            opening != sentence
            and ctx.text[max(0, opening - 2) : opening] != "— "
            and not after_determiner  # "the Palestinian death toll had passed"
        ):
            return None  # a name before the plural: "said Ohio deaths rose"; not a dateline's
        if len(words) > 1 and not after_determiner and _place_name(words[0]):
            return " ".join(words[1:])  # "Brazil dengue cases top": a place's cases
        if words[0][1:].islower() and not after_determiner:
            words[0] = words[0].lower()  # "Jobless claims" at the sentence's start
    return " ".join(words)


def _place_name(word: str) -> bool:
    """Whether ``word`` names a country, a first-level region or a city of at least
    _SUBJECT_CITY_POPULATION people in the gazetteer ("Brazil", "Texas", "Gaza", "Lagos"), no
    common word written with a capital at a sentence's start ("Jobless", "Dengue") nor one
    the gazetteer's stop words hold ("Southern", "Central", "North": regions' names too)."""
    if word.lower() in _common_words() and not (len(word) > 1 and word.isupper()):
        return False  # "Southern border crossings fell to 50,000"; "US" is no "us"
    return any(
        p.type in ("country", "admin1")
        or (p.type == "city" and p.population >= _SUBJECT_CITY_POPULATION)
        for p in gazetteer.gazetteer().lookup(word)
    )


@cache
def _common_words() -> frozenset[str]:
    return frozenset(w.lower() for w in gazetteer.stopwords().common_words)


_SUBJECT_CITY_POPULATION = 500_000
"""A city's name that opens a count's subject is a large one's: "Lagos deaths"."""


def _restrictor(words: list[str]) -> bool:
    """Whether a preposition's phrase after a counted plural only restricts it: "from the
    virus", "in the region", "for shoplifting", "to Greece" (a determiner and content words,
    no verb of a level or change, no clause: "in which", "at that")."""
    rest = words[2:] if words[1].lower() in _RESTRICTOR_DETERMINERS else words[1:]
    return bool(rest) and not any(
        w.lower() in stop_words() or w.lower() in _level_verbs() for w in rest
    )


_RESTRICTOR_DETERMINERS = frozenset({"the", "its", "their", "a", "an"})
_RESTRICTOR_PREPOSITIONS = frozenset(
    {"from", "in", "of", "among", "for", "at", "across", "on", "to"}
)


_RELATIVE_COUNT = LazyPattern(
    r"(?:^|(?<=[ \u00a0\n\"“]))(?P<phrase>(?:[A-Za-z][a-z-]*[ \u00a0]+){0,3}[A-Za-z][a-z]+),"
    r"[ \u00a0]+(?:who|which)[ \u00a0]+(?:numbered|number|totalled|totaled|total)[ \u00a0]+$"
)
"""A plural and the relative clause of its count: "Chinese visitors, who numbered "."""


def _relative_count(ctx: Context, number: _Number, cue: qualifiers.Cue | None) -> str | None:
    """The plural a count in a relative clause after it counts: "Chinese visitors, who
    numbered 99 million that year" counts Chinese visitors, "the protesters, who numbered
    about 5,000" protesters (a plain plural with at most two modifiers, no stop word)."""
    start = cue.start if cue is not None else number.start_char
    k = ctx.token_at(start) - 1
    if k < 3 or ctx.lowers[k] not in _RELATIVE_VERBS or ctx.lowers[k - 1] not in ("who", "which"):
        return None  # most numbers: two set lookups
    found = _RELATIVE_COUNT.search(ctx.text, max(ctx.sentence_start(start), start - 80), start)
    if found is None:
        return None
    words = found.group("phrase").split()
    cut = max((i + 1 for i, w in enumerate(words) if w.lower() in stop_words()), default=0)
    if cut == 0 and found.start("phrase") != ctx.sentence_start(start):
        return None  # no determiner nor the sentence's start bounds the phrase
    words = words[cut:]
    if not words or len(words) > 3 or not numbers.is_plural(words[-1].lower()):
        return None  # "The team, which numbered 30", "most of them, who numbered 300"
    if any(w.endswith("ed") or w.lower() in _SAYS for w in words[:-1]):
        return None  # a verb before the plural: "He said protesters, who numbered"
    if cut == 0 and len(words) == 1 and words[0][1:].islower():
        words[0] = words[0].lower()  # "Visitors, who numbered" at the sentence's start
    return " ".join(words)


_SAYS = frozenset({"said", "says", "say", "told", "tells", "estimated", "estimates"})
_RELATIVE_VERBS = frozenset({"numbered", "number", "totalled", "totaled", "total"})
_COUNT_SUBJECT_LAST = frozenset({"to", "by", "at", "past", "above", "from"})


@cache
def _count_subjects() -> frozenset[str]:
    return frozenset(number_context().count_subjects)


@cache
def _subject_heads() -> frozenset[str]:
    """The heads of a count subject: its plurals and the groups whose size a bare number
    gives ("The population of the city grew to 2.1 million": population)."""
    return _count_subjects() | _group_of_nouns()


@cache
def _level_verbs() -> frozenset[str]:
    return lexicons.change_words() | frozenset(number_context().level_verbs)


_PARALLEL_LINKS = frozenset({"and", ",", "but", "while", "whereas"})
_WITH_LEADS = frozenset({",", "along", "together"})
"""The words before "with" that make it a parallel phrase's link: "along with", ", with"."""
_PARALLEL_GAP = LazyPattern(r"[^\d;:()]{0,60}")
"""What may stand between a quantity and a bare count of a parallel phrase: " died in
Italy and "."""


def _parallel_count(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> Parts | None:
    """The quantity whose unit and noun a bare count of a parallel phrase takes: "40 people
    died in Italy and 25 in Spain", "sold 500 cars in 2019 and 600 in 2020", "3 million
    tonnes in 2018 and 3.5 million in 2019". The bare count follows "and", a comma, "but",
    "while", "along with" or ", with", and the preposition after it (number_context.json
    parallel_prepositions) follows the quantity before too, at most three words after it; no
    digits but a date's stand between, and the two are within ``LEVEL_RATIO`` (a trial's
    arms within ``MOVED_LEVEL_RATIO``: "185 cases occurred in the placebo group and 11 in the
    vaccine group")."""
    after = ctx.token_at(number.end_char)
    key = _parallel_key(ctx.lowers[after]) if after < len(ctx.words) else None
    if key is None:
        return None  # most numbers: two set lookups
    start = cue.start if cue is not None else number.start_char
    k = ctx.token_at(start) - 1
    gapped_total = k >= 2 and ctx.lowers[k] == "of" and _bare_part(ctx, k - 1)
    if gapped_total:
        k -= 2  # "won 163 of the 230 seats in X, 115 of 199 in Y": a gapped part's total
    link = _past_expecting(ctx.lowers, k)
    if link < 2 or number.label != "cardinal":
        return None
    if ctx.lowers[link] not in _PARALLEL_LINKS and not (
        ctx.lowers[link] == "with" and ctx.lowers[link - 1] in _WITH_LEADS
    ):
        return None  # "along with 10,000 in West Virginia", ", with 200 in China" link too
    lead = ctx.token_chars[link]
    parts = _measured_before(ctx, lead, taken, share=True)  # past a date; maybe parallel too
    if parts is None:
        return None
    if (
        gapped_total
        and _PART_OF_BEFORE.search(ctx.text, max(0, parts.start - 24), parts.start) is None
    ):
        return None  # a part's total parallels a total only: "20 points ... and 5 of 9"
    if link == k - 3:  # "sold 2 million cars ... and aims to sell 2.5 million": one verb
        verb = _VERB_BEFORE.search(ctx.text, max(0, parts.start - 24), parts.start)
        if verb is None or not _same_verb(verb.group(1), ctx.lowers[k]):
            return None  # "carried 40 million passengers ... and plans to hire 5 million"
    first = ctx.token_at(parts.end)
    keys = [_parallel_key(w) for w in ctx.lowers[first : min(first + 4, link)]]
    if key == _PLACE_KEY:  # "12,000 people in the U.S. and 8,000 abroad"
        keys = [_PLACE_KEY if k in _PLACE_OPENERS else k for k in keys]
    if key not in keys:
        return None  # "died in Italy and 25 in Spain", "500 students last year and 650 this"
    if not all(w.isalpha() for w in ctx.lowers[first : first + keys.index(key)]):
        return None  # a verb's words before the preposition, no punctuation
    gap = undated(ctx, parts.end, lead)
    if _PARALLEL_GAP.fullmatch(gap) is None:
        return None
    low, high = sorted((value, parts.value))
    ratio = MOVED_LEVEL_RATIO if _TRIAL_ARM.match(ctx.text, number.end_char) else LEVEL_RATIO
    return parts if low > 0 and high <= low * ratio else None


_PART_OF_BEFORE = LazyPattern(r"\d[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|his|her)[ \u00a0]+)?$")
"""A part and "of" (maybe a determiner) before a total: "163 of the " of "163 of the 230"."""


def _bare_part(ctx: Context, k: int) -> bool:
    """Whether token ``k`` is a whole cardinal of its own, a part before "of" and a total."""
    part = ctx.number_at(ctx.token_chars[k])
    return part is not None and part.label_ == "cardinal" and part.start == part.end - 1 == k


def _past_expecting(lowers: Sequence[str], k: int) -> int:
    """The token before a verb of expecting that stands between a parallel phrase's link and
    its bare count ("and expects 90 million this year", "and aims to sell 2.5 million next
    year", "but forecasts 35 million in 2025"); ``k`` itself when there is none."""
    if k >= 1 and lowers[k] in _EXPECTING:
        return k - 1
    if k >= 3 and lowers[k - 1] == "to" and lowers[k - 2] in _AIMING and lowers[k].isalpha():
        return k - 3
    return k


def _same_verb(used: str, infinitive: str) -> bool:
    """Whether ``used`` (a past or present before a count) is a form of ``infinitive``:
    "sold" and "sell", "carried" and "carry", "handles" and "handle"."""
    if used in (infinitive, infinitive + "s", infinitive + "es", infinitive + "d"):
        return True
    if used in (infinitive + "ed", infinitive + infinitive[-1:] + "ed"):
        return True  # "handled", "shipped"
    if infinitive.endswith("y") and used in (infinitive[:-1] + "ied", infinitive[:-1] + "ies"):
        return True  # "carried", "carries"
    return _IRREGULAR_PASTS.get(infinitive) == used


_IRREGULAR_PASTS = {
    "sell": "sold",
    "make": "made",
    "build": "built",
    "buy": "bought",
    "bring": "brought",
    "win": "won",
    "draw": "drew",
    "hold": "held",
    "grow": "grew",
    "fly": "flew",
    "take": "took",
    "send": "sent",
    "spend": "spent",
    "see": "saw",
    "give": "gave",
    "get": "got",
}
"""Irregular pasts of verbs of a volume: "sold 2 million cars ... aims to sell"."""


_EXPECTING = frozenset(
    {"expects", "forecasts", "projects", "predicts", "anticipates", "targets", "sees"}
    | {"expect", "forecast", "project", "predict", "anticipate", "target", "see"}
)
"""Verbs of expecting whose bare count is a later value of the count before: "handled 80
million passengers last year and expects 90 million this year"."""
_AIMING = frozenset(
    {"aims", "plans", "hopes", "expects", "wants", "intends", "aim", "plan", "hope", "expect"}
)
"""Verbs before "to" and a verb of a planned value: "and aims to sell 2.5 million"."""


_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
"""The relative pronouns after a part that "including" names of a total before it, whose
noun the part counts too ("33 hostages, including eight who were dead")."""
_BREAKDOWN_GAP = LazyPattern(r",[ \u00a0]*(?:including[ \u00a0]+)?|[ \u00a0]+including[ \u00a0]+")
"""What stands between a total and the first part of its breakdown: ", ", ", including "."""


def _breakdown(
    ctx: Context,
    number: _Number,
    value: Decimal,
    cue: qualifiers.Cue | None,
    taken: tuple[int, ...],
) -> Parts | None:
    """The total whose unit and noun a bare count that breaks it down by place or time
    takes: "killed 12 people, 8 in Kabul and 4 in Kandahar" (8 people; the 4 after it is a
    parallel count), "30 people, including 12 in Florida", "3 plants, 2 in Ohio". The bare
    count follows the total's comma (maybe with "including") right after its unit or noun,
    a preposition of a parallel phrase (number_context.json parallel_prepositions) follows
    it, or after "including" a relative pronoun ("33 hostages, including eight who were
    dead"), and it is smaller than the total."""
    after = ctx.token_at(number.end_char)
    if after >= len(ctx.words) or (
        ctx.lowers[after] not in _parallel_words() and ctx.lowers[after] not in _RELATIVES
    ):
        return None  # most numbers
    start = cue.start if cue is not None else number.start_char
    link = ctx.token_at(start) - 1
    if link < 1 or ctx.lowers[link] not in (",", "including") or number.label != "cardinal":
        return None
    if ctx.lowers[after] in _RELATIVES and ctx.lowers[link] != "including":
        return None  # "released 33 hostages, including eight who were dead"; not ", 8 who"
    if ctx.lowers[link] == "including" and ctx.lowers[link - 1] == ",":
        link -= 1
    parts = _measured_before(ctx, ctx.token_chars[link], taken, share=True)
    if parts is None or not 0 < value < parts.value:
        return None
    if _BREAKDOWN_GAP.fullmatch(ctx.text, parts.end, start) is not None:
        return parts
    undated_gap = undated(ctx, parts.end, start)
    if _SCOPED_INCLUDING.fullmatch(undated_gap) is not None:
        return parts  # "employs 12,000 people worldwide, including 3,000 in Germany": people
    gap = _OUTCOME_GAP.match(undated_gap)
    if gap is None or gap.group("verb") not in casualty_participles():
        return None  # "Some 40 people were killed on Monday, 25 in the capital": people
    if _BREAKDOWN_GAP.fullmatch(gap.string, gap.end()) is not None:
        return parts
    # "Some 40 people were arrested nationwide, including 12 in London": people
    return parts if _SCOPED_INCLUDING.fullmatch(gap.string, gap.end()) is not None else None


_SCOPED_INCLUDING = LazyPattern(
    r"(?:[ \u00a0]+(?:worldwide|nationwide|globally|abroad|overseas|domestically|x+"
    r"|(?:in|across|around|throughout|at|on|during|over|since|last|this)"
    r"(?:[ \u00a0]+(?:x+|[A-Za-z][A-Za-z.'’-]*)){1,4})){1,2},[ \u00a0]*including[ \u00a0]+"
)
"""A scope of place or time between a total and ", including" and its first part: "12,000
people worldwide, including", "1 million cars last year, including" (dates as "x"s), "40
people across the region, including"."""


_OUTCOME_GAP = LazyPattern(
    r"(?:[ \u00a0]+(?:were|was|have|has|had|been|are))*[ \u00a0]+(?P<verb>[a-z]+)"
    r"(?:[ \u00a0]+(?:on|in|at|by|since|during|last|this)?[ \u00a0]*x+)?"
)
"""A casualty outcome (and a date) between a total and its breakdown: " were killed on
Monday" (dates written as "x"s)."""


def _parallel_key(word: str) -> str | None:
    """What a word that opens a parallel phrase after a count matches after the count before
    it: a preposition itself ("in Italy ... 25 in Spain"), any time shift ("last year ...
    650 this year"); None for other words."""
    if word in _parallel_words():
        return word
    if word in _PLACE_ADVERBS:
        return _PLACE_KEY
    return "" if word in time_shifts() else None


_PLACE_ADVERBS = PLACE_ADVERBS
"""Adverbs of place that open a parallel phrase after a bare count, as a place's preposition
does after the count before ("employs 12,000 people in the U.S. and 8,000 abroad")."""
_PLACE_KEY = "@place"
_PLACE_OPENERS = frozenset({"in", "at", "across", "within", _PLACE_KEY})


@cache
def _parallel_words() -> frozenset[str]:
    return parallel_prepositions() | frozenset(number_context().parallel_count_prepositions)


LEVEL_RATIO = 10
"""How far apart a bare earlier level and the quantity it takes its unit from may be (as
for percentages): "342 vouchers, up from 124"; not "300 workers, up from 5"."""
MOVED_LEVEL_RATIO = 30
"""How far apart they may be where the cue says which way the quantity moved and the two fit
it: an outage's peak ("1,500 homes were without power, down from 20,000"), a count from a
small start ("recorded 579 firefighters in 2021, up from 30"); "300 units, up from 5" stays
bare."""
_LEVEL_GAP = LazyPattern(r"[^\d;:()]{0,30}")
"""What may stand between a quantity and the cue of its earlier level: "in December,"."""


def _level_gap(ctx: Context, start: int, end: int, moved: bool = False, head: int = -1) -> bool:
    """Whether the text between a quantity and the cue of its earlier level is a short
    phrase without digits, but for those of dates: "in December,", "by 2028,", "in 2023,";
    ``moved``: the cue says which way the quantity moved and the two fit it, and the phrase
    may be as long as a clause's predicate without a comma or a clause word of its own
    (``_MOVED_GAP``: "customers in the Houston area were still without power on Thursday
    morning, down from a peak of 290,000"; "homes and businesses were": "and" and a plural
    first join the subject's nouns, where the count at ``head`` heads its clause:
    ``subject_count``)."""
    one = head < 0 or subject_count(ctx.text, head)  # not "cut 300 jobs and profits were"
    if _LEVEL_GAP.fullmatch(ctx.text, start, end):
        return not _clause_of_its_own(ctx.text, start, end, one)  # most gaps
    if end - start > (_LEVEL_GAP_MOVED if moved else _LEVEL_GAP_ATTRIBUTED):
        return False
    gap = undated(ctx, start, end)
    said = _ATTRIBUTION.search(gap) if "," in gap else None
    if said is not None:  # "409 cases, state health officials said on Tuesday, up from 351"
        gap = gap[: said.start()]
    elif end - start > (_LEVEL_GAP_MOVED if moved else _LEVEL_GAP_DATED):
        return False
    # a date counts as one word: "were still without power Tuesday morning, down from"
    gap = _DATE_RUN.sub("x", _NAMED_DIGITS.sub("x", gap))
    if _LEVEL_GAP.fullmatch(gap) is not None:
        return not _clause_of_its_own(gap, 0, len(gap), one)
    words = gap.split()
    words = words[_one_subject(words) if one else 0 :]  # "homes and businesses were without
    return (
        moved
        and _MOVED_GAP.fullmatch(gap) is not None
        and not any(w in _MOVED_GAP_STOPS and not _names_and(words, j) for j, w in enumerate(words))
    )


def _one_subject(words: Sequence[str]) -> int:
    """How many words open a gap with "and" and a plural that joins the count's noun, maybe
    with a place of one to three words after it (maybe after "the"), before a copula or a
    verb of a state: "homes and businesses were", "homes and businesses in Michigan
    remained", "in the Houston area were" (2, 4, 6); 0 for any other gap."""
    if len(words) < 3 or words[0] != "and" or not numbers.is_plural(words[1]):
        return 0
    k = 2
    if words[k] in _PLACE_PREPOSITIONS:
        k += 1  # "and businesses in Michigan remained": a place after the second plural
        if k < len(words) and words[k] == "the":
            k += 1
        first = k
        while k < min(len(words) - 1, first + 3) and _place_word(words[k]):
            k += 1
        if k == first:
            return 0
    return k if k < len(words) and words[k] in _AND_PLURAL_VERBS else 0


_WORD_BEFORE_COUNT = LazyPattern(r"([A-Za-z]+)[ \u00a0]+$")
_SUBJECT_OPENERS = frozenset(
    {
        "and",
        "but",
        "or",
        "while",
        "whereas",
        "although",
        "though",
        "that",
        "where",
        "when",
        "as",
        "after",
        "because",
        "since",
        "if",
        "the",
        "an",
        "another",
        "further",
        "additional",
        "says",
        "say",
        "estimated",
        "reported",
    }
)


def subject_count(text: str, start: int) -> bool:
    """Whether the count (with its hedge) at ``start`` may head its clause, so that "and" and
    a second plural before a copula share its subject ("About 90,000 homes and businesses
    were", "Officials said 90,000 homes and businesses were", "In Michigan, 600,000 homes
    and"): nothing, a mark or a capitalized word before it, or a conjunction, "that", an
    article or a reporting verb; after another lower-case word it is an object ("The company
    cut 300 jobs and profits were flat": "profits were" opens a clause of its own)."""
    word = _WORD_BEFORE_COUNT.search(text, max(0, start - 24), start)
    if word is None or not word[1].islower():
        return True
    return word[1] in _SUBJECT_OPENERS or word[1] in lexicons.tense().reporting_verbs


def _place_word(word: str) -> bool:
    """Whether a word may be one of a place's after a second plural: "Michigan", "Houston
    area", "region" (letters, no clause word nor verb)."""
    return (
        word.isalpha()
        and word not in _MOVED_GAP_STOPS
        and word not in _AND_PLURAL_VERBS
        and word.lower() not in _clause_verbs()
    )


_PLACE_PREPOSITIONS = frozenset({"in", "across", "around", "throughout"})


def _clause_of_its_own(text: str, start: int, end: int, one: bool = True) -> bool:
    """Whether a short gap between a quantity and the cue of its earlier level holds a clause
    with a subject of its own: a conjunction, a word and a verb of change, a copula or an
    auxiliary within two words after it ("jobs and profits rose sharply last year, up from";
    "passengers in May while fares rose, up from"); "cars in May and June", "homes and
    businesses were" (one subject, where the count heads its clause: ``one``) hold none."""
    if not _CLAUSE_JOIN.search(text, start, end):
        return False  # most gaps: no conjunction
    words = text[start:end].split()
    skip = _one_subject(words) if one else 0
    verbs = _clause_verbs()
    for j in range(skip, len(words) - 2):
        if (
            words[j] in _CLAUSE_JOINS
            and words[j + 1].lower() not in verbs
            and any(w.lower().rstrip(",") in verbs for w in words[j + 2 : j + 4])
        ):
            return True  # "and profits rose", "while fares rose", "but its sales fell"
    return False


def _names_and(words: Sequence[str], j: int) -> bool:
    """Whether "and" at ``j`` joins two capitalized names in the long gap of a moved level:
    "customers across Texas and Louisiana were without power Wednesday, down from" (no
    clause; a short gap has its own test: "jobs in Texas and Ohio saw growth, up from")."""
    return (
        0 < j < len(words) - 1
        and words[j] == "and"
        and words[j - 1][:1].isupper()
        and words[j + 1][:1].isupper()
    )


_CLAUSE_JOINS = frozenset({"and", "but", "or", "while", "whereas", "although", "though"})
_CLAUSE_JOIN = LazyPattern(r"\b(?:and|but|or|while|whereas|although|though)\b")


@cache
def _clause_verbs() -> frozenset[str]:
    """The verbs of change, copulas and auxiliaries (change_cues.json) and the verbs of a
    state after a second plural, which make a clause of a conjunction's words."""
    cues = lexicons.change_cues()
    return frozenset((*cues.up, *cues.down, *cues.neutral, *cues.auxiliaries, *_AND_PLURAL_VERBS))


_LEVEL_GAP_MOVED = 100
_AND_PLURAL_VERBS = frozenset(
    {"were", "are", "remained", "remain", "have", "had", "still", "lost", "lack", "lacked"}
)
"""The words after a count's second plural that make it one subject with the first ("homes
and businesses were"; "jobs and profits rose" opens a clause), as links.AND_PLURAL_VERBS."""
_MOVED_GAP = LazyPattern(r"[^\d;:(),]{0,60}")
_MOVED_GAP_STOPS = frozenset(
    {"and", "but", "or", "while", "whereas", "although", "though", "which", "who", "that", "as"}
)
"""The words of a clause of its own, which a long gap before the cue of a moved level holds
none of: "employs 5,000 people and its revenue rose sharply, up from" stays bare."""


_LEVEL_GAP_ATTRIBUTED = 100
_ATTRIBUTION = LazyPattern(
    r",[ \u00a0]+(?:according[ \u00a0]+to(?:[ \u00a0]+[A-Za-z][\w.'’&-]*){1,5}"
    r"|(?:[A-Za-z][\w.'’&-]*[ \u00a0]+){1,4}(?:said|says|reported|announced|estimated)"
    r"(?:[ \u00a0]+(?:on[ \u00a0]+|late[ \u00a0]+|early[ \u00a0]+)?x+)?),?[ \u00a0]*$"
)
"""A reporting clause set off by commas that may end the gap before a level's cue: ", state
health officials said on Tuesday, ", ", according to the ministry, " (dates as "x"s)."""


_NAMED_DIGITS = LazyPattern(r"(?<=[A-Za-z]-)\d+\b")
"""The digits of a name after a word and a hyphen, which count nothing: "Covid-19", "F-35"
(the numbers component reads no numeral there)."""


_RATE_LINK = LazyPattern(
    r"(?:[ \u00a0]+[a-z]+){0,3}?"  # the base's noun: "people", "live births"
    r"(?:[ \u00a0]+(?:in|among|for|on)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w.]*|x+|[a-z]+)"
    r"(?:[ \u00a0]+[A-Z][\w.]*)?|[ \u00a0]+(?:nationally|overall|elsewhere|x+))?"  # "in Ohio"
    r",?[ \u00a0]+(?:and|but|while|whereas|or|compared[ \u00a0]+(?:with|to)"
    r"|(?:up|down)[ \u00a0]+from|from|to|versus|vs\.?|against"
    r"|followed[ \u00a0]+by[ \u00a0]+(?:[A-Z][\w.]*[ \u00a0]+){1,3}with)[ \u00a0]+"
    r"(?:[A-Z][\w.]*[ \u00a0]+){0,2}"  # a rival's name: "and Spain 250"
)
"""What may join the base of a rate to a bare level of the same rate: " people, compared
with ", " in 2020 and ", ", down from ", " in Ohio and ", ", followed by Minas Gerais with "
(dates written as "x"s)."""


def _after_rate(
    ctx: Context, number: _Number, cue: qualifiers.Cue | None, taken: tuple[int, ...]
) -> tuple[bool, Parts | None]:
    """Whether a bare number is another level of a rate per a base that stands right before
    it, and that rate: "28 doctors per 10,000 people, compared with 35 in Germany" (35 doctors
    per 10,000 people), "12 per 100,000 in 2020 and 15 in 2021", "rose to 15 per 100,000 from
    12"; (True, None) when the rate before is none that ``_rate_base`` reads (the level then
    counts nothing either), but for a rival's ("followed by Minas Gerais with 6,830")."""
    start = cue.start if cue is not None else number.start_char
    text = ctx.text
    low = max(0, start - 80)
    if text.find("per ", low, start) < 0 and text.find("every ", low, start) < 0:
        return False, None  # most numbers: no rate before
    low = max(ctx.sentence_start(start), low)
    before = ctx.numerals_in(low, start)
    while before and before[-1].label_ in _DATE_LABELS:
        before.pop()
    if not before:
        return False, None
    base = before[-1]
    gap = undated(ctx, base.end_char, start)
    if _RATE_BASE_BEFORE.search(text, max(0, base.start_char - 12), base.start_char) is None:
        # the first term of a rate per a scale word: "300 cases per million, against 250"
        scaled = _SCALE_BASE_AFTER.match(gap)
        if scaled is None or _RATE_LINK.fullmatch(gap, scaled.end()) is None:
            return False, None
        first: Span | None = base
    elif _RATE_LINK.fullmatch(gap) is None:
        return False, None
    else:
        first = before[-2] if len(before) > 1 else None
    rate = analyze(ctx, first, share=False, taken=taken) if first is not None else None
    if rate is None or rate.per_value is None or rate.end < base.end_char:
        # a rival's level after a rate this cannot read stays as it was: "12,581 smelters per
        # 138,000 councils, followed by Minas Gerais with 9,425"
        return " followed " not in gap, None
    if _SUBJECT_AUXILIARY.match(text, number.end_char) is not None:
        return True, None  # "45 people per 1,000 residents, and 12 were charged": a part
    return True, rate


_SUBJECT_AUXILIARY = LazyPattern(r"[ \u00a0]+(?:were|was|are|is|have|has|had|will|would)\b")
"""An auxiliary after a bare number after a rate: the number is a clause's subject, some of
what the rate counts rather than another level of the rate."""


_RATE_BASE_BEFORE = LazyPattern(r"\b(?:per|for[ \u00a0]+every)[ \u00a0]+$", re.IGNORECASE)
_SCALE_BASE_AFTER = LazyPattern(
    r"(?:[ \u00a0]+[a-z]+){0,3}?[ \u00a0]+per[ \u00a0]+(?:thousand|million|billion)\b"
)


_DATE_LABELS = frozenset({"year", "year_range", "date"})
_LEVEL_GAP_DATED = 50
"""The longest gap with a date that may stand there ("in the first quarter of 2023,"), whose
date counts as one word in ``_LEVEL_GAP``'s length."""
_DATE_RUN = LazyPattern(r"x{3,}")


@cache
def _level_cue_re() -> re.Pattern[str]:
    """A level cue ending right before a number or its hedge: ", up from ", " compared with ",
    maybe with what the level was: "down from an estimate of ", "up from a record of "."""
    cues = "|".join(re.escape(c).replace(r"\ ", r"[ \u00a0]+") for c in number_context().level_cues)
    level = r"(?:(?:an?|the)[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?[a-z]+[ \u00a0]+of[ \u00a0]+"
    return re.compile(rf",?[ \u00a0]+(?i:{cues})[ \u00a0]+(?:{level})?$")  # "an estimate of"


def _measured_phrase(ctx: Context, i: int, stop: int, limit: int) -> tuple[int, int] | None:
    """ "roughly 40 50-kg bags", "12 20-litre jerrycans": a count before a measure that
    modifies the noun after it is a count of that noun, each of that measure (not 4,050, nor
    a bare 40 and a 50 kg). The measure is a number at token ``i`` with a unit (no time:
    "10-year bonds" are dates' business) and a noun phrase with a plural head right after the
    unit ("2 km apart" counts nothing)."""
    if i >= min(stop, len(ctx.words)):
        return None
    measure = ctx.number_at(ctx.token_chars[i])
    if measure is None or measure.label_ != "cardinal":
        return None
    unit = _unit_at(ctx.text, measure.end_char, limit)
    if unit is None or unit[1] is not None or unit[0].dimension == "time":
        return None
    k = ctx.token_at(unit[2].end())  # the first token after the unit's
    if k >= len(ctx.words) or ctx.token_ends[k - 1] != unit[2].end() or not ctx.spaced[k - 1]:
        return None  # the unit ends a token and a space follows: "50-kg bags", not "50-kg-"
    phrase = noun_phrase(ctx, k, False, stop)
    return None if phrase is None or phrase[0] != k else (i, phrase[1])


_BELOW_ZERO = LazyPattern(r"[ \u00a0]+below[ \u00a0]+zero\b", re.IGNORECASE)


_DEGREE_LETTERS = frozenset("CF")
_SPACED_DEGREES = LazyPattern(r"(?P<gap>[ \u00a0])(?P<ug>[CF])(?![\w'’‐-]|\.\w)")
"""A spaced capital C or F after a number: "34.7 C", "(94.5 F)"; not "3 C-130s", "2 F's"."""
_PAIRED_DEGREES = LazyPattern(
    r"[ \u00a0]*\([ \u00a0]*(?:minus[ \u00a0]+|-)?\d[\d,.]*[ \u00a0]?[CF]\)"
)
"""The other scale's reading in parentheses after a spaced C or F: " (94.5 F)"."""
_PAIRED_BEFORE = LazyPattern(r"\d[ \u00a0]?[CF][ \u00a0]*\([ \u00a0]*(?:minus[ \u00a0]+|-)?$")
"""A reading in a spaced C or F and an opening parenthesis before a number: "34.7 C ("."""


@cache
def _temperature_words() -> re.Pattern[str]:
    """A temperature word of number_context.json (temperature_words) in a sentence."""
    words = alternation(number_context().temperature_words)
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _spaced_degrees(
    ctx: Context, number: _Number, value: Decimal, end: int, limit: int
) -> tuple[lexicons.Unit, lexicons.Unit | None, re.Match[str]] | None:
    """Degrees Celsius or Fahrenheit written as a spaced capital after a number ("Mexico City
    recorded 34.7 C (94.5 F)", "Temperatures hit 45 C", "limit warming to 1.5 C"): a reading
    of degrees (number_context.json implied_ranges) that the other scale's reading pairs in
    parentheses, a temperature word of its sentence (temperature_words) or a verb of a
    reading right before (reading_verbs: "the town recorded 27 C") makes a temperature; a
    letter otherwise ("Grade 3 C", "a 2 C-130", "vitamin C" has no number)."""
    text = ctx.text
    found = _SPACED_DEGREES.match(text, end, limit)
    if found is None:
        return None
    low, high = number_context().implied_ranges.get("°", (Decimal(-90), Decimal(135)))
    if not low <= value <= high:
        return None
    start = number.start_char
    sentence = ctx.sentence_start(start)
    paired = _PAIRED_DEGREES.match(text, found.end()) is not None or (
        _PAIRED_BEFORE.search(text, max(sentence, start - 16), start) is not None
    )
    if not paired:
        before = _prev_words(text, start, sentence)
        if before not in number_context().reading_verbs:
            stop = text.find(". ", end)
            window = text[sentence : stop if stop != -1 else len(text)]
            if _temperature_words().search(window) is None:
                return None
    following = _WORD_AFTER_LETTER.match(text, found.end(), limit)
    if following is not None and numbers.is_plural(following[1]):
        return None  # "won 3 C titles", "12 C grades": a letter that names a kind
    unit = lexicons.unit_index()[0][found["ug"]]
    if text[found.end() : found.end() + 1] == "." and found.end() not in ctx.token_ends:
        # "fell to 12 C.": the tokenizer keeps an initial's stop, so the number alone
        empty = _NO_TEXT.match(text, end)
        return (unit, None, empty) if empty is not None else None
    return unit, None, found


_WORD_AFTER_LETTER = LazyPattern(r"[ \u00a0]+([a-z]+)\b")
_NO_TEXT = LazyPattern(r"(?P<gap>)(?P<ug>)")
"""An empty unit match: a unit read from a token the quantity cannot end inside."""


_WORD_BEFORE_NUMBER = LazyPattern(r"([A-Za-z]+)[ \u00a0]+(?:minus[ \u00a0]+)?-?$")


def _prev_words(text: str, start: int, sentence: int) -> str:
    """The lower-case word right before a number at ``start`` (past a "minus"), or ""."""
    found = _WORD_BEFORE_NUMBER.search(text, max(sentence, start - 30), start)
    return found[1].lower() if found else ""


def _below_zero(values: tuple[Decimal, Decimal | None]) -> tuple[Decimal, Decimal | None]:
    """The values of a temperature "below zero", negative whatever their sign ("minus 5
    degrees below zero" means -5 too); a range stays in order ("5 to 10 degrees")."""
    low, high = values
    if high is None:
        return -abs(low), None
    return -abs(high), -abs(low)


def _increment(ctx: Context, i: int, stop: int) -> bool:
    """Whether token ``i`` adds the count to an earlier one ("5 more people", "3 additional
    flights") and a word follows it before ``stop``."""
    return (
        i + 1 < min(stop, len(ctx.words))
        and ctx.lowers[i] in numbers.lexicon_set("increment_words")
        and ctx.words[i + 1].isalpha()
    )


@cache
def _time_names() -> frozenset[str]:
    return frozenset(n for u in lexicons.units() if u.dimension == "time" for n in u.names)


def _time_unit_at(ctx: Context, i: int) -> bool:
    return ctx.lowers[i] in _time_names()


_NUMBER_AFTER = re.compile(r"[ \u00a0]+\d[\d.,]*")
_UNIT_BEFORE = re.compile(r"\d[ \u00a0]?([^\W\d_][^\s\d]*)[ \u00a0]+$")
_INCHES_AFTER = LazyPattern(
    r"[ \u00a0]*\d{1,2}(?:\.\d+)?"
    r"(?:[ \u00a0]?(?:in\b|inch|\"|″)|(?=[.,;)]|[ \u00a0]+(?:tall|and|with)\b))"
)
"""Inches after feet: "6ft 2in", "6 foot 4.", "5ft 11 tall"."""


def _mixed(ctx: Context, number: _Number, unit: lexicons.Unit, end: int, limit: int) -> bool:
    """One measure written in two units of one dimension ("6ft 2in", "5 feet 11 inches",
    "1m 80cm"): neither part alone is the measure."""
    text = ctx.text
    if unit.id == "ft" and (_INCHES_AFTER.match(text, end) or _HYPHEN_INCHES.match(text, end)):
        return True  # "in" is no unit symbol on its own ("5 in 10"); "6-foot-3"
    follow = _NUMBER_AFTER.match(text, end, limit)
    if follow is not None and _same_dimension(text, follow.end(), limit, unit) is not None:
        return True
    start = number.start_char
    if len(number.text) > 2:
        return False  # the smaller part has at most two digits: 11 inches, 80 cm, 8 oz
    unit_before = _UNIT_BEFORE.search(text, max(0, start - 24), start)
    if unit_before is None:
        return False  # no number and word right before the number
    gap = unit_before.end(1)
    before = ctx.numerals_in(max(0, start - 24), start)
    if not before or before[-1].label_ != "cardinal":
        return False
    return _same_dimension(text, before[-1].end_char, gap, unit) == gap


_SMALLER_PART = LazyPattern(r"[ \u00a0]+(\d{1,2})(?!\d|[.,]\d)")
_INCHES_END = LazyPattern(
    r"[ \u00a0]?(?:in\b|inch(?:es)?\b|\"|″)|(?=[.,;)]|[ \u00a0]+(?:tall|and|with)\b)"
)
"""The inches of feet, maybe bare: "6ft 5in", "6 foot 4.", "5ft 11 tall" ("in" alone is no
unit symbol: "5 in 10")."""
_HYPHEN_INCHES = LazyPattern(r"-(\d{1,2})(?:-inch(?:es)?\b|(?=[ \u00a0;:)]|[.,](?!\d)|$))")
"""The inches of a height in a compound, hyphened after "foot": "a 6-foot-3 guard", "She
stands 5-foot-7.", "a 6-foot-3-inch forward"."""


def _two_units(
    text: str, values: tuple[Decimal, Decimal | None], unit: lexicons.Unit, end: int, limit: int
) -> tuple[Decimal, str, int] | None:
    """One measure written in two units of one dimension, read from its larger part ending at
    ``end``: its value in the smaller unit, where a whole number of them makes the larger
    (ft/in 12, lb/oz 16, m/cm 100), and where it ends: "6ft 5in" (77 in), "5 feet 11 inches",
    "3 lb 4 oz" (52 oz), "1m 80cm" (180 cm), "6 foot 4"; None for any other ("5 feet 14
    inches", a range "5-6ft 2in", "1.5 m 20 cm")."""
    hyphened = _HYPHEN_INCHES.match(text, end, limit) if unit.id == "ft" else None
    small = hyphened or _SMALLER_PART.match(text, end, limit)
    if small is None or values[1] is not None or values[0] != values[0].to_integral_value():
        return None
    other = None if hyphened else _unit_at(text, small.end(), limit)
    if other is not None and other[1] is None and other[0].dimension == unit.dimension:
        small_unit, stop = other[0].id, other[2].end()
    elif hyphened:
        small_unit, stop = "in", hyphened.end()
    elif unit.id == "ft" and (inches := _INCHES_END.match(text, small.end(), limit)):
        small_unit, stop = "in", inches.end()
    else:
        return None
    ratio = unit_conversions.converted(Decimal(1), unit.id, small_unit)
    part = Decimal(small[1])
    if ratio is None or ratio != ratio.to_integral_value() or not 0 <= part < ratio:
        return None
    return values[0] * ratio.to_integral_value() + part, small_unit, stop


_PRIMES = frozenset("'\u2032\u2019")
_DOUBLE_PRIMES = frozenset('"\u2033\u201d')
_PRIME_INCHES = LazyPattern(r"['\u2032\u2019][ \u00a0]?(\d{1,2})[\"\u2033\u201d]")
"""Inches after a prime that marks feet: "6' 2\"", "5′ 11″"."""
_PRIME_BEFORE = LazyPattern(r"(?<![\d.,])\d['\u2032\u2019][ \u00a0]?\Z")
"""Feet and a prime right before a number: the inches of "6' 2\""."""


def _feet_and_inches(
    digits: str, values: tuple[Decimal, Decimal | None], text: str, end: int, limit: int
) -> tuple[tuple[Decimal, None], int] | None:
    """A height in feet and inches written with primes, read from its feet (one digit) before
    a prime at ``end``: "6' 2\"" is 74 in, and where it ends; None for any other number
    before a prime or an apostrophe."""
    inches = _PRIME_INCHES.match(text, end, limit)
    if inches is None or not digits.isdigit() or len(digits) != 1 or values[1] is not None:
        return None
    part = int(inches[1])
    return ((values[0] * 12 + part, None), inches.end()) if part < 12 else None


def _same_dimension(text: str, at: int, limit: int, unit: lexicons.Unit) -> int | None:
    """Where another unit of ``unit``'s dimension read at ``at`` (before ``limit``) ends."""
    other = _unit_at(text, at, limit)
    if other is None or other[0].id == unit.id or other[0].dimension != unit.dimension:
        return None
    return other[2].end()


def _rate_goes_on(ctx: Context, end: int, rate: bool) -> bool:
    """Whether a unit read up to ``end`` has more denominator than was read: a slash ("100
    mg/dL"), the base of a rate ("6 litres per 100 km"), or a second "per" after a rate
    ("150 kWh/m2 per year"). "32 tonnes per trip" is a load, each trip's: it stays."""
    text = ctx.text
    if text[end : end + 1] not in _RATE_HEADS:
        return False  # neither slash nor space follows: most units
    if _SLASH.match(text, end):
        return True
    per = PER_NUMBER.match(text, end)
    if per is None:
        return False
    if rate or ctx.number_at(per.end()) is not None:
        return True
    return _per_item_per_time().match(text, end) is not None


_PER_ITEM = re.compile(r"[ \u00a0]+per[ \u00a0]+([a-z]+)(?:[ \u00a0]+([a-z]+))?")
_NO_ITEMS = frozenset({"cent", "capita", "annum", "se"})
"""Words after "per" that name no item counted per: "per cent", "per annum"; "per capita" is
the same rate per person, but its readers keep it as a whole phrase."""


def _per_item_rate(text: str, end: int, limit: int) -> tuple[str, str, int] | None:
    """The item and time of a rate of two denominators at ``end`` and where it ends: "per
    person per day" (person, day), "per adult woman a year" (adult woman, year), "per
    household a month"; one or two lower-case words name the item, as written."""
    match = _PER_ITEM.match(text, end, limit)
    if match is None or match.group(1) in _NO_ITEMS or match.group(1) in time_unit_names():
        return None
    first, second = match.group(1), match.group(2)
    if (rate := per_time(text, match.end(1), limit)) is not None:
        return first, rate[0], rate[1]
    if second is not None and (rate := per_time(text, match.end(2), limit)) is not None:
        return f"{first} {second}", rate[0], rate[1]
    return None


@cache
def _per_item_per_time() -> re.Pattern[str]:
    """A load per item and then per a time ("50 litres per person per day", "100 kWh per
    household a month", "2,100 calories per person each day"): a rate of two denominators,
    which a load read alone ("50 litres") would misstate; the time units of units.json."""
    times = alternation(sorted(time_unit_names()))
    return re.compile(
        r"[ \u00a0]+per[ \u00a0]+(?:[a-z]+[ \u00a0]+){1,2}?"  # "per person", "per adult woman"
        rf"(?:a|an|per|each)[ \u00a0]+(?:{times})\b"  # "per day", "a year"
    )


_GLUED_SCALE = re.compile(r"\d[KMB]$")
_BARE_PAIR = re.compile(r"\d[\d,]*[-\u2013]\d[\d,]*")
"""Two whole numbers joined by a hyphen or an en dash, nothing else: "5-41", "98–104" (scores,
figures and records are whole; "12.8–13.0" is a level's range)."""
_CAPITALIZED = re.compile(r"-[A-Z]")


def _acceptable(
    text: str,
    number: _Number,
    cue: qualifiers.Cue | None,
    unit: str | None,
    counted: str | None,
    limit: int,
) -> bool:
    """Whether a number with this unit or counted phrase is a quantity at all (``limit``:
    where the text an earlier kind claimed begins)."""
    previous = text[max(0, number.start_char - 30) : number.start_char]
    words = previous.split()
    last_word = words[-1].lower().strip("(") if words else ""
    if number.label == "year":  # a four-digit number needs more than a noun after it
        return (
            cue is not None
            or unit is not None
            or (counted is not None and last_word not in lexicons.number_words().year_context)
        )
    if text[number.start_char - 1 : number.start_char].isalpha():
        return False  # "COP27", a name; money glued to its code is the money's ("USD50")
    if _age_before(text, number.start_char, _AGE_WORDS) and not (
        counted is not None and _OF_DETERMINER.search(previous)
    ):  # not "the average age of the 1,200 patients": a count after a determiner
        return False  # "aged 46", "aged over 70", "aged 19 and 20", "aged 4, 6 and 9": an age
    if not _has_digit(number.text) and not (
        _spelled_count(text, number, unit, counted)
        or _spelled_level(text, number)
        or _spelled_range_subject(text, number, unit, counted)
    ):
        return False
    if _GLUED_SCALE.search(number.text) and not (unit or _lower_noun(counted)):
        return False  # 3M (the company), 221B: a glued capital scale needs a plain noun
    if (
        counted
        and last_word in ("a", "an", "the")
        and _GLUED_SCALE.search(number.text)
        and not numbers.is_plural(counted.partition(" ")[0].lower())
    ):
        return False  # "The 70B model beats GPT-4": a size naming a singular thing
    if unit is None and counted is None and number.text[:1] == ".":
        return False  # "hit .312": a batting average, no count of anything
    if unit is None and counted is None and cue is None and _BARE_PAIR.fullmatch(number.text):
        # "Jadeja took 5-41", "fell 98-104 to Boston", "went 12-14": bowling figures, a score,
        # a record; a range of nothing needs "between" or "from" ("between 10-12 attended")
        return last_word in ("between", "from")
    return (
        unit is not None
        or counted is not None
        or bare_number_counts(text, number.text, number.end_char, previous, limit)
    )


_OF_DETERMINER = LazyPattern(
    r"\bof[ \u00a0]+(?:the|its|their|our|his|her|these|those|all)[ \u00a0]+$"
)
_AGE_WORDS = 2
_AGE_CLAUSE_WORDS = 6
"""How many plain words may stand between an age word and an age: two for any number
("aged over 70"), six for a number with no noun of its own ("the retirement age will rise
to 67")."""


@cache
def _age_re(words: int) -> re.Pattern[str]:
    """An age word (numbers.json age_words; a participle may open a sentence: "Aged 18 to
    24, ..."), up to ``words`` plain lowercase words and maybe a list of numbers before the
    number: "aged 4, 6 and ", "age from 62 to ", "age was lowered to "."""
    participles = [w.capitalize() for w in age_words() if w.endswith("ed")]
    names = alternation([*age_words(), *participles])
    listed = r"(?:[ \u00a0]+\d+(?:,[ \u00a0]+\d+)*(?:,|,?[ \u00a0]+(?:to|and|or|&|from)))?"
    # in a clause of an age, a count of whose age it is may stand among the words: "the
    # average age of the 1,200 patients was "
    word = r"[a-z]+|\d[\d,]*(?=[ \u00a0]+[a-z]+s\b)" if words == _AGE_CLAUSE_WORDS else "[a-z]+"
    return re.compile(rf"\b(?:{names})(?:[ \u00a0]+(?:{word})){{0,{words}}}{listed}[ \u00a0]+$")


def _age_before(text: str, start: int, words: int) -> bool:
    """Whether the number at ``start`` is an age: an age word, a few plain words and no
    punctuation before it ("aged 46", "the voting age was lowered to 16"; not "In an age
    of austerity, 300 libraries", "Age UK said 200 volunteers")."""
    window = text[max(0, start - 12 * words - 20) : start]
    return ("age" in window or "Age" in window) and _age_re(words).search(window) is not None


_POSSESSIVE_MARKS = frozenset({"'s", "’s"})
_TITLED_PLURAL = LazyPattern(r"[A-Z][a-z]+[a-rt-z]s")
"""A capitalized plural ("Oscars", "Grammys", "Cups"; not "Congress", "Gas")."""


def _spelled_count(text: str, number: _Number, unit: str | None, counted: str | None) -> bool:
    """Spelled numbers need a unit or a plain counted noun, and "one" needs a unit or a
    noun of a person ("One person died"): "Three Gorges", "one-China", "zero-COVID", "at one
    point" are names and idioms."""
    if _CAPITALIZED.match(text[number.end_char : number.end_char + 2]):
        return False
    if unit is not None:
        return True
    last = counted.split()[-1] if counted else ""
    if not last or (
        last[:1].isupper()
        and not _has_digit(last)
        and not acronym_plural(last)
        and not demonym_plural(last)
        and last not in group_plurals()
        and not (_unnamed(number.text) and _TITLED_PLURAL.fullmatch(last))
    ):
        return False  # "Three Gorges"; but a model counts ("two F-35s"), and an acronym's
        # plural ("two MPs", "three NGOs"), a demonym's ("Two Frenchmen", "two Americans"),
        # a group's members' ("Three Democrats") and a plural after a number in lower case,
        # no name ("seven Oscars", "two World Cups", "Six million Syrians")
    spelled = number.text.lower()
    if spelled == "one":  # "One person died"; not "at one point", "one officer's car"
        if counted and text.endswith(_MOVED_FROM, 0, number.start_char):
            return True  # an earlier level: "won four seats, up from one" (seats)
        after = text.find(counted or " ", number.end_char) + len(counted or " ")
        return counted in one_nouns() and text[after : after + 2] not in _POSSESSIVE_MARKS
    return spelled not in ("a", "an")


@cache
def _spelled_level_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The verb of a change and "to" or "from" right before a spelled level, and the other
    level after it or between them: "fell to nine from 48", "rose from four to 12", "rose to
    four from one" (a qualifier may stand before the other level)."""
    cues = lexicons.change_cues()
    verbs = alternation([*cues.up, *cues.down])
    words = lexicons.number_words()
    spelled = alternation([*words.units, *words.tens])
    other = (
        r"[ \u00a0]+(?:(?:about|some|nearly|almost|roughly|around)[ \u00a0]+)?"
        rf"(?:\d[\d,.]*|(?i:{spelled}))\b(?![-'’])"
    )
    before = re.compile(
        rf"\b(?i:{verbs})(?:[ \u00a0]+(?P<first>to|from){other})?[ \u00a0]+(?P<lead>to|from)"
        r"[ \u00a0]+$"
    )
    return before, re.compile(rf"[ \u00a0]+(?P<link>to|from){other}")


def _spelled_level(text: str, number: _Number) -> bool:
    """Whether a spelled number with no noun is a level of a change between two numbers: "The
    Scottish National Party fell to nine from 48" (the change needs its end; the noun may be
    a sentence before: "won 37 of the 57 seats"); "fell to one knee", "rose from one to
    another" and "went from one to two" (no change verb) stay nothing."""
    start, end = number.start_char, number.end_char
    if not text[max(0, start - 6) : start].endswith((" to ", "from ")):
        return False  # most spelled numbers: no "to" or "from" before them
    before, after = _spelled_level_res()
    lead = before.search(text, max(0, start - 50), start)
    if lead is None:
        return False
    if lead["first"] is not None:  # "rose to four from one": the other level came first
        return {lead["first"], lead["lead"]} == {"to", "from"}
    link = after.match(text, end)
    return link is not None and {lead["lead"], link["link"]} == {"to", "from"}


@cache
def _spelled_range_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A range of two spelled numbers joined by "to", and the auxiliary or modal verb right
    after it that makes it a clause's subject."""
    words = lexicons.number_words()
    spelled = alternation([*words.units, *words.tens])
    return (
        re.compile(rf"(?i:{spelled})[ \u00a0]+to[ \u00a0]+(?:{spelled})"),
        re.compile(r"[ \u00a0]+(?:are|were|will|would|could|can|may|might|should|must|have|had)\b"),
    )


_CLAUSE_OPENS = (", ", "; ", ". ", ": ")
"""What ends right before a subject that opens a clause (or a sentence: ``number.start_char``
is 0)."""


def _spelled_range_subject(
    text: str, number: _Number, unit: str | None, counted: str | None
) -> bool:
    """Whether a spelled range with no noun is a clause's subject whose noun was said before
    or is in its predicate ("Of those, eight to 13 are expected to become hurricanes, and four
    to seven could become major hurricanes"), as a range with digits is read ("eight to 13"):
    it opens a sentence or a clause after a comma, and an auxiliary or modal verb follows.
    Not "from four to seven" (no subject), nor "four to seven is" (the hours of "nine to
    five")."""
    start = number.start_char
    if unit is not None or counted is not None or " to " not in number.text:
        return False  # most spelled numbers: a noun or no range
    opened = start == 0 or text[max(0, start - 2) : start].endswith(_CLAUSE_OPENS)
    if not opened and text[max(0, start - 6) : start] != ", and ":
        return False
    if _CAPITALIZED.match(text[number.end_char : number.end_char + 2]):
        return False
    spelled, verb = _spelled_range_res()
    if spelled.fullmatch(number.text) is None:
        return False
    return verb.match(text, number.end_char) is not None


_MOVED_FROM = (", up from ", ", down from ")
"""The cues of an earlier level right before a spelled "one" whose noun is shared."""


def _unnamed(spelled: str) -> bool:
    """Whether a spelled number is written as no name's title is: in lower case ("seven
    Oscars"), or a capital before a scale word in lower case ("Six million Jews"; "One
    Hundred Years" is a title)."""
    rest = spelled.partition(" ")[2]
    return spelled.islower() or (rest.islower() and rest.split()[-1] in _scale_names())


@cache
def _scale_names() -> frozenset[str]:
    """The scale words of numbers.json: "hundred", "million", "crore"."""
    words = lexicons.number_words()
    return frozenset([*words.multipliers, *words.scales])


def _lower_noun(counted: str | None) -> bool:
    first = counted.split()[0] if counted else ""
    return first[:1].islower() and not first.endswith("ed")


def find(doc: Doc) -> list[Span]:
    """Quantity spans for the numbers no earlier kind claimed."""
    ctx = Context.of(doc)
    taken, ordered = ctx.claims(GROUP)
    memo = _memo(ctx, ordered)
    spans, paired, last = [], False, None
    for number in ctx.numbers:
        if not free(number, taken) or number.label_ not in _FIND_LABELS:
            continue
        parts = _remembered(ctx, memo, number, True, ordered)
        if parts is None:
            continue
        span = char_span(doc, parts.start, parts.end, "quantity", parts.rule, _kind(parts))
        if span is not None and free(span, taken):
            spans.append(span)
            unit = parts.unit if parts.rule == "unit" else None
            paired = paired or (unit is not None and unit == last)
            last = unit
    for age in ages.decades(ctx.text):  # "in his 60s": no number span
        span = char_span(doc, age.start, age.end, "quantity", ages.RULE, age.unit)
        if span is not None and free(span, taken):
            spans.append(span)
    spans = non_overlapping(spans)
    if not paired:
        return spans  # most texts: no two measures of one unit in a row to join
    return join_ranges(ctx, spans, "quantity", partial(_unit_range, ctx, memo))


RATE_KIND = "per "
"""How the ``kb_id_`` of a rate per a base starts ("per 100000"): a change links rates of one
base only."""


def _kind(parts: Parts) -> str:
    """A quantity span's ``kb_id_``: its unit id, a rate's base ("per 100000"), or ""."""
    if parts.unit:
        return parts.unit
    if parts.per_value is None:
        return ""
    return f"{RATE_KIND}{parts.per_value.normalize():f}"  # "per 1 million" is "per million"


JOINED = "range"
"""The rule of a range of two quantities that each write the unit: "between 10C and 15C"."""
_UNIT_JOIN = LazyPattern(r"[ \u00a0]*[-–—][ \u00a0]*|[ \u00a0]+(?:to|and)[ \u00a0]+")
_FROM_LEAD = LazyPattern(r"\bfrom[ \u00a0]+$", re.IGNORECASE)


def _unit_range(ctx: Context, memo: _Memo, first: Span, second: Span) -> bool:
    """Whether two neighbouring quantities of one unit, each written with it, are one range:
    "between 10C and 15C", "10 km to 15 km", "ranged from 5 t to 7 t" (rising, no qualifier on
    the second, "and" only after "between"); "rose from 10C to 15C" and "rose by 5 km to 15
    km" are changes."""
    if not first.kb_id_ or first.id_ != "unit" or second.id_ != "unit":
        return False  # most pairs: a count, a shared unit or a range already
    text = ctx.text
    link = _UNIT_JOIN.fullmatch(text, first.end_char, second.start_char)
    if link is None:
        return False
    lead = text[max(0, first.start_char - 24) : first.start_char]
    word = link.group().strip().lower()
    if word == "and" and not lead.lower().rstrip().endswith("between"):
        return False
    if _FROM_LEAD.search(lead) and not ranges.range_verb_before(lead):
        return False  # "rose from 10C to 15C": a change; "range from 10C to 15C" a range
    if word == "to" and _change_before(lead):
        return False  # "rose by 2 metres to 5 metres", "fell 2 m to 5 m": a change
    taken = ctx.claims(GROUP)[1]
    low, high = (
        _remembered(ctx, memo, ctx.numerals_in(s.start_char, s.end_char)[0], True, taken)
        for s in (first, second)
    )
    if low is None or high is None or low.value_max is not None or high.value_max is not None:
        return False
    return high.cue is None and low.value < high.value and not (low.counted and high.counted)


_LAST_WORD = LazyPattern(r"([A-Za-z]+)[ \u00a0]*$")


@cache
def _change_words() -> frozenset[str]:
    cues = lexicons.change_cues()
    return frozenset({"by", *cues.up, *cues.down})


def _change_before(lead: str) -> bool:
    """Whether ``lead`` ends in "by" or a change verb: the quantity after it is a change's."""
    last = _LAST_WORD.search(lead)
    return last is not None and last.group(1).lower() in _change_words()


def to_record(ctx: Context, span: Span, sentence: int) -> Quantity | None:
    """The ``Quantity`` record of a quantity span."""
    taken = ctx.claims(GROUP)[1]
    return _record(ctx, _memo(ctx, taken), span, sentence, taken)


def to_records(
    ctx: Context, spans: Iterable[Span], sentence_of: Callable[[int], int]
) -> list[Quantity]:
    """``to_record`` of each span (given the sentence of a token), the claims read once."""
    taken = ctx.claims(GROUP)[1]
    memo = _memo(ctx, taken)
    return [
        r for s in spans if (r := _record(ctx, memo, s, sentence_of(s.start), taken)) is not None
    ]


_VALIDATE = Quantity.__pydantic_validator__.validate_python
"""The model's validator, given a dict: the same validated record as ``Quantity(**fields)``,
without ``__init__``'s keyword packing and attribute setting (1.3 µs, not 2.1)."""


def _record(
    ctx: Context, memo: _Memo, span: Span, sentence: int, taken: tuple[int, ...]
) -> Quantity | None:
    start, end = span.start_char, span.end_char
    inside = ctx.numerals_in(start, end)
    if span.id_ == ages.RULE and inside:
        inside = inside[-1:]  # "5- to 11-year-olds": the age is read at its last number
    parts = _remembered(ctx, memo, inside[0], True, taken) if inside else None
    if parts is None and span.id_ == ages.RULE:
        parts = _decade(ctx, start, end)
    if parts is None:
        return None
    cue, high, counted = parts.cue, parts.value_max, parts.counted
    later = [n for n in inside[1:] if n.start_char >= parts.end] if span.id_ == JOINED else []
    if later:  # "between 10C and 15C", "between 5ft 10in and 6ft 2in": two quantities
        second = _remembered(ctx, memo, later[0], True, taken)
        if second is None:
            return None
        high, counted = second.value, counted or second.counted
    record: Quantity = _VALIDATE(
        {
            "text": ctx.text[start:end],  # span.text, without making Tokens
            "start_char": start,
            "end_char": end,
            "sentence": sentence,
            "value": parts.value,
            "value_max": high,
            "unit": parts.unit,
            "counted": counted,
            "qualifier": cue.qualifier if cue else "exact",
            "qualifier_cue": cue.text if cue else None,
            "per_value": parts.per_value,
            "per": parts.per,
        }
    )
    return record


def _decade(ctx: Context, start: int, end: int) -> Parts | None:
    """The age of the decade spanning ``start``-``end`` ("60s" of "in his 60s")."""
    for age in ages.decades(ctx.text[ctx.sentence_start(start) : end + 1]):
        offset = ctx.sentence_start(start)
        if age.start + offset == start and age.end + offset == end:
            cue = (
                age.cue._replace(start=age.cue.start + offset, end=age.cue.end + offset)
                if age.cue
                else None
            )
            return Parts(
                start, end, age.value, age.value_max, age.unit, ages.COUNTED, cue, ages.RULE
            )
    return None


class QuantityFinder:
    """Writes quantity spans to ``doc.spans["quantities"]``."""

    def __call__(self, doc: Doc) -> Doc:
        publish(doc, GROUP, find(doc))
        return doc
