"""What a price is per: "$4.50 a gallon", "Rs 50 per kg", "$300 per person", "$5 million a
year", "Rs 72,000 per 10 grams" ("10 gram": a count of a measure) (``data/per_units.json``).
The amount's span stays on the amount: changes, ranges and conversions pair amounts by the
words between them, and "a barrel" stands between in "rose to $80 a barrel from $75";
``Money.per`` carries it.
"""

from __future__ import annotations

import re
from functools import cache

from factextract import lexicons
from factextract.patterns import LazyPattern, grouped


class _PerUnits(lexicons.Row):
    comment: str = ""
    units: dict[str, tuple[str, ...]]
    time: frozenset[str]
    charges_after_before: frozenset[str] = frozenset()
    fractions: frozenset[str] = frozenset()
    counted: frozenset[str] = frozenset()
    counted_plurals: dict[str, tuple[str, ...]]
    containers: frozenset[str] = frozenset()


@cache
def _per_units() -> _PerUnits:
    return lexicons.load_object(_PerUnits, "per_units.json")


@cache
def _written() -> dict[str, str]:
    """Each written form, lower case -> its normal form."""
    return {w.lower(): unit for unit, forms in _per_units().units.items() for w in forms}


_S = r"[ \u00a0]"


_SIZE = (
    r"(?:(?:\d+(?:\.\d+)?[ \u00a0-]?|(?:one|two|three|four|five|six|ten|twelve|twenty|half)"
    r"[ \u00a0-])(?:kg|kgs|kilos?|kilograms?|g|litres?|liters?|l|lbs?|ml|foot|ft)"
    r"(?:[ \u00a0]+|-))?"
)
"""The size of what a price is per, before it: "KSh 4,500 per 90kg bag", "N75,000 per 50-kg bag
of rice", "a 12.5kg cylinder", "$5,900 per 40-foot container", "a one-litre mug" (per bag, per
cylinder, per container, per mug; "Rs 300 per 40 kg" has no such unit: ``_counted``); a word
size wants its space or hyphen ("a oneliter" is no size)."""


@cache
def _per_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?:(?:{_S}+|-)(?:a|an|per)(?:{_S}+|-){_SIZE}|/)"
        rf"(?P<unit>{grouped(_written(), fold=True)})"
        r"(?![\w-]|/[0-9])",  # "$9.99/month"; not a date's "$5/month/2019" nor "/1"
        re.IGNORECASE,
    )


@cache
def _counted_written() -> dict[str, str]:
    """Each written form of a measure 'per' may count, lower case, with its plural ("grams",
    "kgs", "square feet") -> its normal form."""
    rows = _per_units()
    found = {w.lower(): unit for unit in rows.counted for w in rows.units[unit]}
    found.update({f"{w}s": unit for w, unit in list(found.items())})
    found.update({w.lower(): u for u, forms in rows.counted_plurals.items() for w in forms})
    return found


@cache
def _counted_re() -> re.Pattern[str]:
    return re.compile(
        rf"{_S}+per{_S}+(?P<count>[1-9][0-9]{{0,2}}(?:,[0-9]{{3}})*|[1-9][0-9]*)"
        rf"(?:{_S}|-)?(?P<unit>{grouped(_counted_written(), fold=True)})"
        r"(?![\w-]|/[0-9])",
        re.IGNORECASE,
    )


def _counted(text: str, end: int) -> tuple[str, int] | None:
    """ "per 10 grams" after the amount ending at ``end``: ("10 gram", where it ends)."""
    if text[end + 1 : end + 5].lower() != "per ":
        return None  # most amounts: a string test says so fast
    found = _counted_re().match(text, end)
    if found is None:
        return None
    unit = _counted_written().get(found.group("unit").lower())
    if unit is None:
        return None  # "ſ" read by (?i)
    count = found.group("count").replace(",", "")
    return (unit if count == "1" else f"{count} {unit}"), found.end()


_DATED = LazyPattern(
    rf"{_S}+(?:earlier|ago|before|later|after|previously|prior|back)\b", re.IGNORECASE
)
"""After a time unit, what makes "a year" a date: "$2 billion a year earlier"."""


def per_unit(text: str, end: int) -> str | None:
    """The normal form of what the amount ending at ``end`` is a price of, or None.

    >>> per_unit("$80 a barrel", 3), per_unit("Rs 50 per kg", 5)
    ('barrel', 'kg')
    >>> per_unit("$2 billion a year earlier", 10) is None
    True
    """
    found = per_unit_at(text, end)
    return found[0] if found else None


def per_unit_at(text: str, end: int) -> tuple[str, int] | None:
    """``per_unit`` and where its words end ("$80 a barrel": ("barrel", 12)); "more", "less"
    or "extra" may stand between ("2 paise more per kilometre", "£391 more a year")."""
    if text[end : end + 1] not in (" ", "\u00a0", "-", "/"):
        return None  # most amounts: a string test says so fast
    if text[end + 1 : end + 2] in ("m", "l", "e") and (more := _MORE.match(text, end)):
        end = more.end()
    found = _per_re().match(text, end)
    if found is None:  # "Rs 72,000 per 10 grams": a count of a measure
        return _counted(text, end) or _open_per(text, end)
    unit = _written().get(found.group("unit").lower())
    if unit is None or (unit in _per_units().time and _dated(text, found.end())):
        return None  # "ſhare" read by (?i); "a year earlier" is a date
    if unit in _per_units().fractions and _SHARE_AFTER.match(text, found.end()):
        return None  # "a quarter of a century ago": a share, no unit
    if text[found.end() : found.end() + 2] == " (":
        abbreviated = _ABBREVIATED.match(text, found.end())
        return unit, abbreviated.end() if abbreviated else found.end()
    return _listed_head(text, end, found) or (unit, found.end())


_MORE = LazyPattern(rf"{_S}+(?:more|less|extra)(?={_S}+(?:a|an|per){_S})")
"""A difference's word between an amount and its unit: "2 paise more per kilometre"."""


def _listed_head(text: str, end: int, found: re.Match[str]) -> tuple[str, int] | None:
    """A listed unit after "per" that only modifies a listed noun ending the phrase, the phrase
    as written: "$40 per adult ticket" is the price of an adult's ticket ("adult ticket", as
    ``_open_per`` keeps "affected family"), not of an adult; "per adult", "per hour worked",
    "per share payable" keep their unit."""
    if text[found.end() : found.end() + 1] != " " or text[end + 1 : end + 5] != "per ":
        return None  # most amounts: a string test says so fast
    phrase = _OPEN_PER.match(text, end)
    if phrase is None or phrase.end() <= found.end():
        return None
    written = found.group("unit")
    head = phrase["noun"][len(written) :].split()
    if (
        not phrase["noun"].startswith(written)
        or len(head) != 1
        or head[0] not in _written()
        or head[0] in _NOT_PER_WORDS
    ):
        return None
    return f"{written} {head[0]}", phrase.end()


_NOT_PER_WORDS = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "each", "every", "any", "some", "its"}
    | {"their", "his", "her", "our", "your", "my", "which", "what", "whom", "one"}
    | {"se", "cent", "centum", "capita", "annum", "diem", "mille", "cento", "hundred"}
    | {"thousand", "million", "billion", "trillion", "is", "was", "are", "were", "be", "been"}
    | {"has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "more"}
    | {"less", "most", "least", "than", "not", "also", "only", "just", "about", "new"}
)
"""Words no unlisted noun after "per" is, nor a word before it: determiners, Latin ("per
se", "per cent", "per capita", "per annum", "per diem": other rules' or none), scales,
verbs and adverbs."""
_OPEN_PER = LazyPattern(
    rf"{_S}+per{_S}+(?P<noun>(?:(?:[a-z][a-z]+|[0-9]+(?=-))(?:-[a-z]+)*{_S}+){{0,2}}"
    r"[a-z][a-z]*(?:ss|us|[a-rt-z])(?:-[a-z]+)*(?<!ed))"
    rf"(?={_S}*(?:[.,;:!?)]|$|(?:and|or|of|in|for|to|from|on|at|with|by|than|under|over"
    r"|per|as|if|while|when|compared|versus|vs|plus|after|before|since|until|through"
    r"|[a-z]{3,}ed)\b))"
)
"""A singular noun after "per" that ``per_units.json`` does not list, with up to two words
before it, ending its phrase: "$150 million per resupply mission" (per "resupply mission");
a participle after it ends it ("per contract signed"); a number hyphened to a word may
modify it ("$7 million per 30-second spot"); a plural ("per shares") or a phrase that goes on
("per new vaccine dose given") gives none."""


def _open_per(text: str, end: int) -> tuple[str, int] | None:
    """An unlisted singular noun phrase after "per" (``_OPEN_PER``) as it is written, or None."""
    if text[end + 1 : end + 5] != "per ":
        return None  # most amounts: a string test says so fast
    found = _OPEN_PER.match(text, end)
    if found is None:
        return None
    words = found["noun"].split()
    if any(word in _NOT_PER_WORDS for word in words):
        return None  # "per se", "per the deal", "per cent", "per annum"
    return " ".join(words), found.end()


_SHARE_AFTER = LazyPattern(rf"{_S}+(?:of|century)\b", re.IGNORECASE)
_ABBREVIATED = LazyPattern(r" \([A-Za-z]{1,8}\)")
"""The unit's abbreviation in parentheses after it, part of its words: "per megawatt hour
(MWh)", "per million British thermal units (mmBtu)"."""


_BEFORE_WORD = LazyPattern(
    rf"{_S}+(?:before|after){_S}+([A-Za-z]+)\b"
    rf"(?!{_S}+(?:was|were|is|are|had|have|has|will|would|could|may|might|came|fell|rose)\b)"
)
"""A charge word after "before"/"after", which no verb follows: "a month before charges were
filed" opens a clause, a date."""


def _dated(text: str, end: int) -> bool:
    """Whether the words after a time unit make it a date ("a year earlier", "a month before
    the vote"); not "a month before discounts", "a year before tax", "a month before heating",
    "a night before VAT": the price is counted before or after those charges."""
    if not _DATED.match(text, end):
        return False
    charge = _BEFORE_WORD.match(text, end)
    return charge is None or charge.group(1).lower() not in _per_units().charges_after_before


def per_time(text: str, end: int) -> bool:
    """Whether the amount ending at ``end`` is paid per a unit of time ("-a-week", " an
    hour", " per month"): a rate of pay, rent or a fee, rarely of weight.

    >>> per_time("a 20-pound-a-week rise", 10), per_time("a 20-pound bag", 10)
    (True, False)
    """
    found = per_unit_at(text, end)
    return found is not None and found[0] in _per_units().time


_FREQUENCIES = {
    "hourly": "hour",
    "daily": "day",
    "nightly": "night",
    "weekly": "week",
    "monthly": "month",
    "quarterly": "quarter",
    "annual": "year",
    "yearly": "year",
    "annualised": "year",
    "annualized": "year",
}
_NOT_IN_A_NOUN = (
    r"(?!(?:of|and|or|but|to|in|on|at|for|from|with|by|the|a|an|that|which|who|was|were|is"
    r"|are|has|have|had|will|would|shares|stocks?)\b)"  # "The daily newspaper's shares rose"
)
_FREQUENCY_OF = LazyPattern(
    rf"\b(?P<frequency>{'|'.join(_FREQUENCIES)})(?:{_S}+{_NOT_IN_A_NOUN}[a-z][a-z'\u2019-]*){{1,3}}"
    rf"{_S}+of{_S}+(?:(?:about|around|roughly|nearly|almost|some|just|only|over|under"
    rf"|up{_S}+to|more{_S}+than|less{_S}+than|at{_S}+least|as{_S}+much{_S}+as"
    rf"|an{_S}+estimated){_S}+)?$",
    re.IGNORECASE,
)
"""An adjective of frequency on the noun an amount is "of": "monthly payments of", "annual
fees of up to", "a weekly allowance of", "daily wages of", "annual defence budget of"."""
_FREQUENCY_TO = LazyPattern(
    rf"\b(?P<frequency>{'|'.join(_FREQUENCIES)})(?:{_S}+{_NOT_IN_A_NOUN}[a-z][a-z'\u2019-]*){{1,3}}"
    rf"(?:{_S}+(?:by|rose|fell|climbed|jumped|dropped|declined|increased|decreased|grew|slipped"
    rf"|surged|soared|plunged|slumped|eased|gained|lost|rise|fall"
    rf"|(?:edged|ticked|inched){_S}+(?:up|down|higher|lower)){_S}+"
    rf"(?:[^\s,;]*[0-9][^\s,;]*(?:{_S}+[A-Za-z]+){{0,2}},{_S}+or{_S}+)?[0-9][0-9.,]*"
    rf"(?:%|{_S}+percent|{_S}+per{_S}+cent),?)?"
    rf"(?:{_S}+from{_S}+[A-Z][a-z]+,?)?"
    rf"{_S}+to{_S}+(?:(?:about|around|roughly|nearly|almost|some|just|only){_S}+)?$",
    re.IGNORECASE,
)
"""An adjective of frequency on the noun that a verb raises or cuts to an amount: "raise its
net monthly minimum wage by 30% to", "raise the minimum monthly wage by 9% from December, to
about", "Average monthly rents fell 12.2% to", "Average hourly earnings edged up 4 cents, or
0.3%, to" (the move's size after "by" or a verb of change, maybe an amount and its share;
"the daily newspaper's owner sold 5% to" none)."""


def frequency_before(text: str, start: int) -> str | None:
    """The unit of time an amount at ``start`` is per by an adjective of frequency on the noun
    it is "of" ("monthly payments of 1 million won": month; "annual fees of $500": year), as
    "$500 a month" is per month. A flow over a period ("monthly sales of $5 million") is per
    that period as "$5 million a month in sales" is.

    >>> frequency_before("monthly payments of $9", 20), frequency_before("payments of $9", 12)
    ('month', None)
    """
    before = text[max(0, start - 80) : start]
    if "of" not in before[-24:] and "to" not in before[-16:]:
        return None  # most amounts: a string test says so fast
    lowered = before.lower()
    if "ly " not in lowered and "ual" not in lowered:
        return None  # most amounts: a string test says so fast
    found = _FREQUENCY_OF.search(before) if "of" in before[-24:] else None
    if found is None and "to" in before[-16:]:
        found = _FREQUENCY_TO.search(before)  # "raised the monthly wage by 30% to"
    return _FREQUENCIES[found.group("frequency").lower()] if found else None


@cache
def _per_noun_re() -> re.Pattern[str]:
    return re.compile(
        rf"\b[a-z]+{_S}+per{_S}+(?P<unit>{grouped(_written(), fold=True)})"
        rf"{_S}+(?:was|were|is|are|of|stood{_S}+at|came{_S}+in{_S}+at"
        rf"|(?:rose|fell|climbed|increased|decreased|declined|jumped|dropped|grew|slipped|surged"
        rf"|rising|falling|climbing|increasing|jumping|dropping|growing)"
        rf"(?:{_S}+(?:by{_S}+)?[0-9][0-9.,]*(?:%|{_S}+percent|{_S}+per{_S}+cent))?{_S}+to)"
        rf"{_S}+(?:(?:about|around|roughly|nearly|almost|some|just|only){_S}+)?$",
        re.IGNORECASE,
    )


def per_noun_before(text: str, start: int) -> str | None:
    """The listed unit of a noun's "per" right before the amount at ``start`` and its verb of
    level: "average spending per visitor rose to 1,277 euros", "revenue per passenger was
    $5" (per visitor, per passenger), as "1,277 euros per visitor" would be; "share" and
    "capita" are ``_per_before``'s.

    >>> per_noun_before("spending per visitor rose to $9", 29)
    'visitor'
    >>> per_noun_before("spending per visitor rose to 9% of $9", 36) is None
    True
    """
    before = text[max(0, start - 64) : start]
    if "per" not in before:
        return None  # most amounts: a string test says so fast
    found = _per_noun_re().search(before)
    return _written().get(found.group("unit").lower()) if found else None


_NOUN_WORD = (
    r"(?!(?:and|or|but|while|as|which|that|who|is|was|are|were|has|had|have|rose|fell|costs?)\b)"
    r"[A-Za-z][A-Za-z'\u2019-]*"
)
_GOODS = (
    rf"(?:{_S}+of(?:{_S}+[0-9]+(?:-[A-Za-z]+)?)?(?:{_S}+{_NOUN_WORD}){{1,4}}"
    rf"|(?<=dozen)(?:{_S}+{_NOUN_WORD}){{1,4}})?"
    rf"(?:{_S}+(?:in|at){_S}+(?:(?:the|this{_S}+year['\u2019]s){_S}+)?[A-Z][\w.]*"
    rf"(?:{_S}+{_NOUN_WORD}){{0,2}})?"
)
"""What a unit before an amount measures: "of Brent crude", "of regular gasoline", "of 95
octane petrol" (a grade's number first); after "a dozen", the goods themselves ("a dozen
Grade A large eggs"); no clause ("and the dollar"); then maybe where ("in U.S. cities", "in
the Midwest", "at this year's Oktoberfest")."""
_MOVED_TO = (
    rf"(?:(?:(?:has|have|had|will|would){_S}+(?:been{_S}+)?)?(?:now{_S}+)?"
    r"(?:(?:is|was|are|were|be|stood|stands|averaged|averages|hit|hits|reached|reaches|topped"
    r"|rose|risen|rises|fell|fallen|falls|climbed|jumped|dropped|declined|increased|decreased"
    r"|grew|slipped|surged|soared|plunged|slumped|eased|doubled|tripled|settled|ended|closed"
    r"|tops)"
    rf"(?:{_S}+(?:by{_S}+)?[0-9][0-9.,]*(?:%|{_S}+percent|{_S}+per{_S}+cent))?"
    rf"(?:{_S}+from{_S}+(?:[^,;()]|,(?=[0-9])){{1,32}}?{_S}+(?:to|at)|{_S}+(?:to|at|from))?"
    rf"|to|at)(?:{_S}+an?{_S}+(?:new{_S}+)?(?:record|all-time{_S}+high|high|low)(?:{_S}+of)?)?"
    rf"{_S}+(?:(?:about|around|roughly|nearly|almost|some|just|over|under){_S}+)?)$"
)
"""The verb between a price's subject and the amount: "rose to", "rose 5% to", "rose from
$4 to", "was", "averaged", "hit", "topped", maybe then "a record"; or "to"/"at" alone ("cut
the price of a litre of petrol to")."""


@cache
def _price_of_re() -> re.Pattern[str]:
    units = grouped(_written(), fold=True)
    return re.compile(
        rf"\b(?:price|cost)s?{_S}+(?:of|for){_S}+(?:a|an|one){_S}+{_SIZE}(?P<unit>{units})"
        rf"(?![\w'\u2019-]){_GOODS}{_S}+{_MOVED_TO}",
        re.IGNORECASE,
    )


@cache
def _goods_cost_re() -> re.Pattern[str]:
    rows = _per_units()
    measures = {w.lower() for u in rows.counted | rows.containers for w in rows.units[u]}
    return re.compile(
        rf"(?<![\w-])(?:a|an|one){_S}+{_SIZE}(?P<unit>{grouped(measures, fold=True)})"
        rf"(?![\w'\u2019-]){_GOODS}{_S}+"
        rf"(?:(?:will|would|could|can|may|might|should|now|still|also|only){_S}+){{0,2}}"
        rf"(?:costs?|costing|(?:sells|retails|is{_S}+selling|is{_S}+priced){_S}+(?:for|at))"
        rf"{_S}+(?:(?:about|around|roughly|nearly|almost|some|just|over|under|only|up{_S}+to"
        rf"|(?:an{_S}+)?average{_S}+of|as{_S}+much{_S}+as|at{_S}+least){_S}+)?$",
        re.IGNORECASE,
    )


def price_of_before(text: str, start: int) -> str | None:
    """The unit an amount at ``start`` is the price of by the words before it: "the price of a
    dozen eggs rose to $6.23" (dozen), "the price of a barrel of Brent rose to $80" (barrel), "a
    gallon of gas costs $3.50" (gallon), as "$80 a barrel" is; the goods are the measure's, not
    the per. A single sale ("a bottle sold for $500,000") or an unlisted noun ("the price of a
    home loan") gives none.

    >>> price_of_before("The price of a barrel of Brent rose to $80", 39)
    'barrel'
    >>> price_of_before("The price of a home loan rose to $80", 33) is None
    True
    """
    before = text[max(0, start - 120) : start]
    lowered = before.lower()
    if "price" in lowered or "cost" in lowered:
        found = _price_of_re().search(before)
    elif "sells" in lowered or "retails" in lowered or "selling" in lowered:
        found = None
    else:
        return None  # most amounts: a string test says so fast
    found = found or _goods_cost_re().search(before)
    return _written().get(found.group("unit").lower()) if found else None


_EACH = LazyPattern(
    rf"{_S}+(?:each|apiece|a{_S}+piece)"
    rf"(?={_S}*(?:[.,;:!?)\u2014]|$)|{_S}+(?:and|or|but|in|on|at|for|to|from|with|by|while"
    r"|last|this|next|earlier|previously|before|after|plus|compared|versus|than|when|if|as"
    r"|said|says)\b)",
    re.IGNORECASE,
)
"""A price of each thing after the amount, ending its phrase: "$1 each.", "$5 apiece, up
from", "$5 a piece in"; not "$5 each year", "$5 each way"."""
_THINGS_PRICED = LazyPattern(
    rf"\b(?P<things>[A-Za-z]+s)(?:{_S}+of(?:{_S}+{_NOUN_WORD}){{1,3}})?{_S}+"
    rf"(?:(?:now|will|would|could|can|may|might|usually|typically|currently|also|still|each)"
    rf"{_S}+)?(?:costs?|costing|(?:sell|sells|sold|selling|go|going|went|retail|retailing)"
    rf"{_S}+(?:for|at)|(?:(?:are|were|be|been|is|was){_S}+)?(?:priced|sold|offered){_S}+"
    rf"(?:for|at)|at|for){_S}+"
    rf"(?:(?:about|around|roughly|nearly|almost|some|just|over|under|only){_S}+)?$",
    re.IGNORECASE,
)
"""Plural things a price is of before the amount: "Tickets cost", "bags of fertiliser at",
"shares were sold at", "tickets for"."""


def each_per(text: str, start: int, end: int) -> str | None:
    """What the amount from ``start`` to ``end`` is a price of each by "each", "apiece" or "a
    piece" after it: the listed unit the plural things priced before it name ("Tickets cost
    $1 each": ticket; "760,000 bags of fertiliser at KSh 3,500 each": bag), or None: with
    no such things ("The two were fined $500 each", "payments of $9,100 each"), "each" says
    only that the amount is each one's, of something unsaid.

    >>> each_per("Tickets cost $1 each.", 13, 15), each_per("Both paid $1 each.", 10, 12)
    ('ticket', None)
    """
    if text[end + 1 : end + 2] not in ("e", "a", "E", "A") or not _EACH.match(text, end):
        return None  # most amounts: a string test says so fast
    found = _THINGS_PRICED.search(text, max(0, start - 80), start)
    if found is None:
        return None
    things = found["things"].lower()
    for singular in (things[:-1], things[:-2], f"{things[:-3]}y"):
        if (unit := _written().get(singular)) is not None:
            return unit
    return None
