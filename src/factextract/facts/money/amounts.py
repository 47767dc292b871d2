"""An amount of money built on a number span: the currency marker before or after it
("$5", "5 yuan", "50 MUSD", "28p"), its scale, the currency the marker resolves to, and the
qualifier around it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from functools import cache, lru_cache
from typing import NamedTuple

from spacy.tokens import Span

from factextract import lexicons
from factextract.facts import numerals, qualifiers
from factextract.facts.money.evidence import (
    _WORD_CODES,
    rate_between,
    rate_hedges,
    rate_nouns,
    rate_object_verbs,
    rate_verb_after,
    rate_verbs,
)
from factextract.facts.money.per_unit import per_time
from factextract.facts.money.resolution import (
    CurrencyResolver,
    Resolution,
    Unlisted,
    ambiguous_marker,
    other_money_names,
)
from factextract.facts.spans import Context
from factextract.numbers.decimals import WIDE
from factextract.patterns import LazyPattern, grouped

_SCALED = LazyPattern(
    r"(?i)\b(?:thousand|million|billion|trillion|quadrillion|bn|mn|tn)\b|\d(?:[kmb]|bn|mn|tn)\b"
)
"""A scale in a number's text: a word, or letters glued to the digits ("5m", "R50bn")."""
# Symbols written after the amount ("5,000元", "500 zł", "45 Kč"; names that are not ASCII:
# "130 bolívares").
_AFTER_SYMBOLS = frozenset(
    {"元", "zł", "złoty", "złotych", "złote", "Kč", "Ft", "€", "₫", "₺", "₽", "₴"}
    | {"bolívar", "bolívars", "bolívares", "Bolívars", "Bolívares"}
)
_LOWERCASE_CODES = frozenset({"usd", "eur", "gbp", "jpy", "cny", "inr", "rmb"})


_SIGNS = "-−"
_PREFIX_WINDOW = 8
"""How far before a number ``_prefix_re`` looks: a sign, the longest marker and a space."""


@cache
def _prefix_markers() -> tuple[str, ...]:
    index = lexicons.currency_index()
    markers = [s for s in index.symbols if s not in _WORD_CODES]
    # Shared symbols, and shared abbreviations in lower case ("kr 50 million"): not names.
    shared = [m for m in index.ambiguous if not m.islower() or len(m) <= 2]
    return (*markers, *shared)


@cache
def _prefix_re() -> re.Pattern[str]:
    """A currency symbol or code right before the number: "$", "US$ ", "Ksh", "RMB ", "-$"."""
    markers = grouped(_prefix_markers())
    return re.compile(rf"(?<![\w$])(?P<sign>[{_SIGNS}])?(?P<marker>{markers})[ \u00a0]?$")


def _sign_word_before(text: str, start: int) -> int | None:
    """Where "minus" or "negative" starts right before a marked amount ("minus $65 billion");
    "plus or minus $5" is a margin, not a loss."""
    if text[start - 1 : start] != " ":
        return None
    found = _SIGN_WORD.search(text, max(0, start - 20), start)
    return None if found is None else found.start("word")


_SIGN_WORD = re.compile(r"(?<!\bplus or )\b(?P<word>minus|negative)[ \u00a0]$", re.IGNORECASE)


@cache
def _prefix_starts() -> frozenset[str]:
    """The characters a ``_prefix_re`` match starts with: a sign or a marker's first."""
    return frozenset(_SIGNS).union(marker[0] for marker in _prefix_markers())


@cache
def _suffix_re() -> re.Pattern[str]:
    """A currency after the number: "yuan", "US dollars", "cents", "USD", "MUSD", glued "p";
    a name also after a hyphen ("a 20-cent levy", "a 100-yuan note"). Or the currency an
    exchange rate counts against, after it or after the rate it moved to ("360 per dollar",
    "from 306 to 360 per dollar"): no money, but no count either."""
    index = lexicons.currency_index()
    names = [*index.names, *index.minor, *(m for m in index.ambiguous if m.islower())]
    codes = [c for c in index.symbols if re.fullmatch(r"[A-Z]{3}", c) and c not in _WORD_CODES]
    after = [s for s in index.symbols if s in _AFTER_SYMBOLS]
    return re.compile(
        rf"""(?:
            (?P<glued_m>[ \u00a0]?m)?(?:[ \u00a0]+|(?P<hyphen>-))  # "5m euros", "3.5 m euros"
            (?P<name>(?i:{grouped(names, fold=True)}))(?!\w|-(?!(?:a|an|per)-))  # "50-euro-a-month"
          | [ \u00a0]?(?P<scale>[MK])?(?P<code>{grouped(codes)})(?![\w])
          | [ \u00a0]?(?P<after>{grouped(after)})(?![\w])
          | [ \u00a0](?P<lower_code>{grouped(_LOWERCASE_CODES)})(?![\w])
          | (?P<pence>p)(?![\w])
          | (?P<rate>(?:{_S}*(?:to|and|[-–]){_S}*[0-9][0-9,.]*)?{_rate_tail()})  # "360 per dollar"
        )""",
        re.VERBOSE,
    )


class Parts(NamedTuple):
    """What an amount of money is made of. A tuple: every amount found makes one, and
    a frozen dataclass of ten fields takes five times as long to build."""

    start: int
    end: int
    amount: Decimal
    amount_max: Decimal | None
    currency: str
    certain: bool
    marker: str
    reason: str
    cue: qualifiers.Cue | None
    rule: str


def _resolved(
    start: int,
    end: int,
    amount: Decimal,
    amount_max: Decimal | None,
    resolution: Resolution,
    marker: str,
    cue: qualifiers.Cue | None,
    rule: str,
) -> Parts:
    """An amount in the currency ``resolution`` found (its code known), its rule marked
    ``_guess`` when the article left that currency uncertain."""
    assert resolution.code is not None
    return Parts(
        start,
        end,
        amount,
        amount_max,
        resolution.code,
        resolution.certain,
        marker,
        resolution.reason,
        cue,
        rule if resolution.certain else f"{rule}_guess",
    )


def _scaled(
    amount: Decimal, amount_max: Decimal | None, factor: Decimal
) -> tuple[Decimal, Decimal | None]:
    high = None if amount_max is None else numerals_scale(amount_max, factor)
    return numerals_scale(amount, factor), high


def numerals_scale(value: Decimal, factor: Decimal) -> Decimal:
    """Exact product, printed plainly (0.88, 3680000000)."""
    product = WIDE.multiply(value, factor)  # the default context's 28 digits would round
    return (
        product.quantize(Decimal(1), context=WIDE)
        if product == product.to_integral_value(context=WIDE)
        else product.normalize(WIDE)
    )


def currency_marked(text: str, number: Span) -> bool:
    """Whether a currency marker stands next to the number, resolved or not ("R 350" in a
    story with no South African context is not money, but no count either), or the number is
    an exchange rate or the rate one moved from ("devalued the naira to 360 per dollar from
    306": 306 naira a dollar, not 306 things). Pounds may be weight, so they do not count
    here. Money has looked for the markers of most numbers the quantities ask about: its
    resolver remembers what it found."""
    key = (number.start_char, number.end_char)
    resolver = CurrencyResolver.of(text)
    known = resolver.marked.get(key)
    if known is None:
        known = _marked(*_markers(text, *key), resolver, key[0])
    return (
        known
        or (resolver.rates_seen and moved_from_rate(text, key[0], resolver))
        or rate_level_of_subject(text, key[0], key[1], resolver)
        or _unlisted_name(text, key[1], key[0])
        or _pair_rate(text, key[0])
        or _rate_against_before(text, key[0], resolver)
    )


_BARE_FIGURE = LazyPattern(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def rate_level_of_subject(text: str, start: int, end: int, resolver: CurrencyResolver) -> bool:
    """Whether a bare figure is the level of a currency named as the subject of a market verb
    before it ("The rupee closed at 84.4950"), in an article where money met rates: no count
    (``exchange_rates`` pairs it with the article's rate of that currency); the resolver
    learns where, for the levels set against it ("from its previous close of 84.4875")."""
    if not resolver.rates_seen or _BARE_FIGURE.fullmatch(text, start, end) is None:
        return False  # most numbers: no rate in the article, or a word or a scale
    name = rate_subject(text, start)
    if name is None:
        return False
    before = text[max(0, start - 90) : start]
    named = before.lower().rfind(name.lower())
    if named < 0 or any(char.isdigit() for char in before[named:]):
        return False  # "the yen fell to 150.5 and the index rose to 105": another clause's
    resolver.saw_rate(start)
    return True


def _rate_against_before(text: str, start: int, resolver: CurrencyResolver) -> bool:
    """Whether a bare number is the level of a currency's move against another ("The dollar
    rose 0.6% against the yen to 157.5"): an exchange rate, no count; the resolver learns
    that the article states rates."""
    if rate_against_before(text, start) is None:
        return False
    resolver.saw_rate(start)
    return True


@cache
def _pair_subject() -> re.Pattern[str]:
    """A currency pair as the subject of a move and the words up to the value it moved to or
    stands at: "EUR/USD fell 0.2% to ", "USD/JPY traded at "."""
    return re.compile(
        rf"\b(?P<base>[A-Z]{{3}})/(?P<quote>[A-Z]{{3}})(?:{_S}+(?:pair|cross|rate))?"
        rf"(?:{rate_verb_after().pattern})"
        rf"(?:[^.;:!?\n]|\.(?=[0-9])){{0,30}}?{_S}(?:to|at|from)"
        rf"(?:{_S}+(?:about|around|roughly|nearly|almost))?{_S}+$"
    )


_PAIR_KEYWORD_ENDS = frozenset({"to", "at", "om", "ut"})
"""The last two letters of "to", "at", "from" and "about" (hedges end in others, and are
rare before a pair's rate)."""


def _pair_rate(text: str, start: int) -> bool:
    """Whether the number at ``start`` is the rate a currency pair moved to, from or stands
    at ("EUR/USD fell 0.2% to 1.0850"): the price of one currency in another, no count."""
    return pair_of_rate(text, start) is not None


def pair_of_rate(text: str, start: int) -> tuple[str, str] | None:
    """The pair (base, quote) whose rate the number at ``start`` is, else None."""
    if start < 3 or text[start - 3 : start - 1] not in _PAIR_KEYWORD_ENDS:
        return None  # most numbers follow no "to", "at" or "from": say so fast
    if text[start - 1] not in " \u00a0":
        return None
    low = max(0, start - 60)
    if "/" not in text[low:start]:
        return None
    found = _pair_subject().search(text, low, start)
    iso = lexicons.iso4217()
    if found is None or found["base"] not in iso or found["quote"] not in iso:
        return None
    return found["base"], found["quote"]


@cache
def _unlisted_names() -> tuple[frozenset[str], re.Pattern[str]]:
    """The names of ``unlisted_currencies.json`` that mark a number on their own; and a
    word or two in capitals before those, its ``after_capital`` names or the lower-case
    shared names (not pounds)."""
    table = lexicons.load_object(Unlisted, "unlisted_currencies.json")
    shared = [m for m in lexicons.currency_index().ambiguous if m.islower() and "pound" not in m]
    qualified = [*table.names, *table.after_capital, *shared]
    return (
        table.names,
        re.compile(rf"(?:{_S}+[A-Z][a-z]+){{1,2}}{_S}+(?i:{grouped(qualified, fold=True)})\b"),
    )


_WORD_AFTER = re.compile(r"[ \u00a0]([^\W\d_]+)")


def _unlisted_name(text: str, end: int, start: int | None = None) -> bool:
    """Whether a currency that ``currencies.json`` lacks follows the number ("5 million
    kwacha", "3 million Swedish crowns"), or a name several currencies share after a word or
    two in capitals that makes no listed currency ("2 billion Zimbabwe dollars", "5 million
    Togolese dollars"), or a name that is an English word too after a scaled number ("2 billion
    crowns"): money in a currency the lexicon lacks, so no amount, but no count of dollars
    either. Not pounds: "300 Angus pounds" may weigh."""
    word = _WORD_AFTER.match(text, end)
    if word is None:
        return False
    alone, qualified = _unlisted_names()
    if word[1][0].isupper():
        return qualified.match(text, end) is not None
    low = word[1].lower()
    if word[1] in alone or low in alone:
        return True
    # "2 billion crowns": a scale makes an English word's count a sum of money
    if start is None or low not in _after_capital():
        return False  # most words after a number: a set says so fast
    return _SCALED.search(text, start, end) is not None


@cache
def _after_capital() -> frozenset[str]:
    return lexicons.load_object(Unlisted, "unlisted_currencies.json").after_capital


_S = r"[ \u00a0]"
_RATE_WINDOW = 100
"""How far before a number the rate it moved from may stand: the rate, 40 characters of
adverbial and "from"."""


@cache
def _rate_names() -> list[str]:
    """The names of currencies that have an exchange rate."""
    index = lexicons.currency_index()
    iso = lexicons.iso4217()
    # Main units only: "23 per cent from 125.5 million tonnes" is no rate. A coin with no
    # ISO 4217 code is priced, not exchanged: "$69,000 per bitcoin" is money per bitcoin.
    return [
        *(name for name, code in index.names.items() if code in iso),
        *(m for m, e in index.ambiguous.items() if m.islower() and not e.minor),
        *RATE_ONLY_NAMES,  # names in rates only: as an amount's name each would state it
    ]


RATE_ONLY_NAMES = {"greenback": "USD", "greenbacks": "USD", "real": "BRL", "sol": "PEN"}
"""Names of a currency read in exchange rates only, English words elsewhere: "against the
greenback" (the US dollar), "Brazil's real fell 1% to 5.36 per dollar", "Peru's sol closed at
3.75 per dollar" ("real" and "sol" name no amount: "5 real" is no money, "after 1,000 sols" no
sum)."""


_LEVEL_PAST = "below|above|past|beyond|under|over"
"""Words before the level a rate moved past: "the pound fell below $1.25"."""


@cache
def _rate_subject() -> re.Pattern[str]:
    """A currency's name as the subject of a move and the words up to the value it moved to,
    at or from: "the dollar rose 0.5% to ", "the euro fell to $1.05 from ", "sterling traded
    at ". The gap holds no clause end (a stop only inside a number or after an initial: "the
    U.S. dollar")."""
    between = grouped(rate_between())
    return re.compile(
        rf"(?i:\b(?:{grouped(_rate_names(), fold=True)}))"
        rf"(?:(?:{rate_verb_after().pattern})"
        rf"(?:[^.;:!?\n]|\.(?=[0-9])|(?<=\b[A-Z])\.(?=[A-Z]\.|{_S}+[a-z]))"  # "U.S. dollar"
        rf"{{0,30}}?{_S}(?:to|at|from|worth|{_LEVEL_PAST}"
        rf"|between(?:{_S}+[^\s0-9]{{0,3}}[0-9][0-9.,]*[0-9]{_S}+and)?)"
        rf"|{_S}+(?:(?:{between}){_S}+)?(?:{grouped(rate_object_verbs())}))"  # "the euro bought"
        rf"(?:{_S}+(?:about|around|roughly|nearly|almost|as{_S}+(?:much|little|high|low){_S}+as"
        rf"|up{_S}+to|more{_S}+than|less{_S}+than))?{_S}+$",
        re.IGNORECASE,
    )


_LOWER_WORD = re.compile(r"[^\W\d_]+")


@cache
def _rate_name_ends() -> frozenset[str]:
    """The last words of the currencies' names ("dollar" of "Australian dollar")."""
    return frozenset(name.split()[-1].lower() for name in _rate_names())


def _triples(words: list[str]) -> zip[tuple[str, str, str]]:
    """Each word with the two before it (a name, perhaps "has", the verb)."""
    return zip(["", "", *words], ["", *words], words, strict=False)


_RATE_SUBJECT_ENDS = tuple(
    f"{word}{space}"
    for word in (
        *("to", "at", "from", "worth", "about", "around", "roughly", "nearly", "almost"),
        *("as", "than"),  # "dollars changed hands for as much as 97 kina", "more than"
        *("between", "and"),  # "the euro traded between $1.08 and $1.09"
        *_LEVEL_PAST.split("|"),
        *(verb.rsplit(None, 1)[-1] for verb in rate_object_verbs()),  # "changed hands for"
    )
    for space in " \u00a0"
)


_BARE_DOLLARS = frozenset({"dollar", "dollars", "$"})


_RANGE_LEAD = re.compile(rf"(?i:between){_S}+")
"""The lead word a range's span opens with ("between 150 and 151")."""


def _rate_of_subject(text: str, start: int, resolver: CurrencyResolver, marker: str) -> bool:
    """Whether the value at ``start`` is where a currency's exchange rate moved or stands
    ("the dollar rose 0.5% to ¥150.2", "the Australian dollar rose to 67.3 US cents", "the
    euro was worth about $1.10"). A bare dollar priced in bare dollars is a coin's price, no
    rate ("a rare silver dollar sold for $7.7 million")."""
    lead = _RANGE_LEAD.match(text, start)  # "traded between 150 and 151 yen": the range's
    name = rate_subject(text, lead.end() if lead else start)  # own lead ends the gap
    if name is None or (name.lower() in _BARE_DOLLARS and marker.lower() in _BARE_DOLLARS):
        return False
    resolver.saw_rate(start)
    return True


def rate_subject(text: str, start: int) -> str | None:
    """The name of the currency whose exchange rate the value at ``start`` is ("the
    Australian dollar rose to 67.3 US cents": "Australian dollar"), else None."""
    if not text.endswith(_RATE_SUBJECT_ENDS, max(0, start - 9), start):
        return None  # most values follow no "to", "at", "from", "worth" or hedge: say so fast
    low = max(0, start - 90)
    words = _LOWER_WORD.findall(text[low:start].lower())
    names, verbs = _rate_name_ends(), rate_verbs()
    # a verb after a currency's name, as words, before the pattern: most have neither
    if not any(w in verbs and (v in names or u in names) for u, v, w in _triples(words)):
        return None
    found = _rate_subject().search(text, low, start)
    if found is None:
        return None
    name = _rate_name().match(text, found.start())
    return name.group() if name is not None else None


@cache
def _against_name() -> re.Pattern[str]:
    """ "against the yen", "versus the US dollar": the other currency of a move; "pegged to
    the dollar" (at a rate): the other currency of a peg."""
    names = grouped(_rate_names(), fold=True)
    return re.compile(
        rf"{_S}(?:against|versus|vs\.?|(?:pegged|tied|fixed){_S}+to){_S}+the{_S}+((?i:{names}))"
        r"(?![\w-])"
    )


@cache
def _fronted_against() -> re.Pattern[str]:
    """ "Against the dollar, the ": the other currency of a move, fronted before its subject at
    the start of a sentence."""
    names = grouped(_rate_names(), fold=True)
    return re.compile(
        rf"(?:^|[.!?\n][\"”’]?{_S}+)(?i:against|versus){_S}+the{_S}+((?i:{names}))(?![\w-]),"
        rf"{_S}+(?:the{_S}+)?$"
    )


_FRONTED_GAP = LazyPattern(
    rf"{_S}+[a-z]+(?:{_S}+[0-9.]+(?:%|{_S}per{_S}?cent))?{_S}+(?:to|at){_S}+"
)
"""Between the subject of a move fronted by "Against the dollar," and its level: the verb,
maybe a percentage size, and "to" or "at" ("the yen fell 0.5% to")."""


_AGAINST_ENDS = tuple(f"{word}{space}" for word in ("to", "at") for space in " \u00a0")


def rate_against_before(text: str, start: int) -> tuple[str, str] | None:
    """The currency whose move ends at the bare number at ``start`` and the one it moved
    against, when both are named before it: "The dollar rose 0.6% against the yen to 157.5"
    gives ("dollar", "yen"), the rate's two currencies (which is the base is the market's
    convention, not the grammar's: "the yen fell against the dollar to 157.5" prices the
    dollar too); else None."""
    if not text.endswith(_AGAINST_ENDS, max(0, start - 3), start):
        return None  # most numbers: say so fast
    low = max(0, start - 90)
    window = text[low:start]
    lowered = window.lower()
    if (
        "against" not in lowered
        and "versus" not in lowered
        and "vs" not in window
        and " to the " not in lowered  # "pegged to the dollar at 3.75"
    ):
        return None
    subject = rate_subject(text, start)
    if subject is None:
        return None
    begin = text.rfind(subject, low, start)
    found = _against_name().search(text, begin + len(subject), start)
    gap = text[begin + len(subject) : start]
    if found is None and len(gap) <= 32 and _FRONTED_GAP.fullmatch(gap) is not None:
        fronted = _fronted_against().search(text, max(0, begin - 40), begin)
        if fronted is not None:  # "Against the dollar, the yen fell to 157.5": its verb, maybe
            return subject, fronted.group(1)  # a size, and "to" or "at" after the subject
    if found is None or text[found.end() : start].strip() not in ("to", "at"):
        return None  # the other currency right before "to" or "at" only
    return subject, found.group(1)


@cache
def _rate_name() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{grouped(_rate_names(), fold=True)})(?!\w)")


def rate_name_before(text: str, low: int, start: int) -> str | None:
    """The last currency name between ``low`` and ``start`` that no rate counts against
    ("the dong weakened against the dollar, trading at 16,291 per dollar": "dong")."""
    for found in reversed(list(_rate_name().finditer(text, low, start))):
        if _TAIL_BEFORE.search(text, max(low, found.start() - 12), found.start()) is None:
            return found.group()
    return None


_TAIL_BEFORE = LazyPattern(rf"(?:\bper|\b(?:to|against|versus|vs\.?){_S}+the){_S}+$")


def prefix_marker(text: str, start: int) -> tuple[str, int] | None:
    """The currency marker right before the number at ``start`` and where it starts."""
    found = _markers(text, start, start)[0]
    return (found.group("marker"), found.start()) if found is not None else None


_TAIL_LEAD = LazyPattern(rf"{_S}*(?:range{_S}+)?(?:per|(?:to|against|versus|vs\.?){_S}+the){_S}+")


def rate_against(text: str, end: int) -> tuple[str, int] | None:
    """The name of the currency an exchange rate ending at ``end`` counts against ("83.12
    per dollar": "dollar"), and where its tail ends; else None."""
    lead = _TAIL_LEAD.match(text, end)
    tail = None if lead is None else _rate_after().match(text, end)
    if lead is None or tail is None:
        return None
    return (text[lead.end() : tail.end()], tail.end())


@cache
def _rate_tail() -> str:
    """The currency an exchange rate counts against: "per dollar", "to the dollar", "against
    the US dollar"; after a range, "range" may lead it ("in a 83.10-83.40 range against the
    dollar")."""
    names = _rate_names()
    weightless = [n for n in names if n not in ("pound", "pounds")]  # "10 per pound" of weight
    return (
        rf"(?:{_S}+range)?{_S}+(?:per{_S}+(?i:{grouped(weightless, fold=True)})"
        rf"|(?:to|against|versus|vs\.?){_S}+the{_S}+(?i:{grouped(names, fold=True)}))"
        rf"(?![\w-]|{_S}+(?:zone|area)\b)"  # "3,000 to the euro area" is a place
    )


@cache
def _rate_after() -> re.Pattern[str]:
    return re.compile(_rate_tail())


def _rate_tail_at(text: str, end: int) -> re.Match[str] | None:
    """``_rate_after().match(text, end)``, tried only after the lead that every tail starts
    with (``_TAIL_LEAD``: "per", "to the", ...): most numbers have none, and the names'
    pattern (a tenth of a cold start's regex compiling) is then not compiled."""
    if _TAIL_LEAD.match(text, end) is None:
        return None
    return _rate_after().match(text, end)


_RATE_NOUN_MOVED = (
    r"(?:rose|climbed|jumped|surged|soared|fell|dropped|slipped|slid|eased|weakened"
    r"|strengthened|firmed|widened|narrowed)"
    rf"(?:{_S}+(?:by{_S}+)?[0-9][0-9.,]*(?:%|{_S}+percent))?{_S}+to"
)
"""A rate noun's verb of change before its new level: "the parallel market rate rose to",
"the rate on the parallel market climbed 4% to"."""


@cache
def _rate_noun_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    hedges = grouped([*lexicons.qualifiers().before, *rate_hedges()], fold=True)
    tail = (
        rf"(?:,[^,.;:!?0-9\n]{{1,48}},)?"  # ", widely used by Argentines,": an apposition
        rf"{_S}+(?:of|at|is|was|stood{_S}+at|{_RATE_NOUN_MOVED})(?:{_S}+(?i:{hedges}))?{_S}+$"
    )
    always, after_rates = rate_nouns()
    return (
        re.compile(rf"\b(?i:{grouped(always, fold=True)}){tail}"),
        re.compile(rf"\b(?i:{grouped(after_rates, fold=True)}){tail}"),
    )


_RATE_NOUN_WINDOW = 96
"""Characters before an amount that a rate noun, an apposition, its verb and a hedge may
take."""


def _rate_noun_before(text: str, start: int, resolver: CurrencyResolver) -> bool:
    """Whether an amount follows an exchange rate's noun ("an exchange rate of 300 pesos", and
    where rates were met "the official rate of about 197 pesos"): the rate, no money."""
    low = max(0, start - _RATE_NOUN_WINDOW)
    if "rate" not in text[low:start]:
        return False  # the cheap test first: most amounts follow no rate
    always, after_rates = _rate_noun_res()
    if always.search(text, low, start) is not None:
        resolver.saw_rate(start)
        return True
    return resolver.rates_seen and after_rates.search(text, low, start) is not None


def rate_noun_before(text: str, start: int) -> bool:
    """Whether an amount follows any exchange rate's noun ("the official rate of about 197
    pesos"), in an article where rates were met."""
    low = max(0, start - _RATE_NOUN_WINDOW)
    return "rate" in text[low:start] and any(
        pattern.search(text, low, start) is not None for pattern in _rate_noun_res()
    )


def _marked_rate(
    text: str, start: int, end: int, resolver: CurrencyResolver, marker: str = ""
) -> bool:
    """Whether a number with a currency marker before it is an exchange rate ("the rand
    weakened to R15.50 against the dollar", "N460 to the dollar") or the rate one moved from
    ("..., from R14.80"): the price of another currency, no amount of money."""
    after = _rate_tail_at(text, end)
    if after is not None and not _bet_against(text[start:end], after.group()):
        resolver.saw_rate(start)
        return True
    if marker and (other := _OTHER_END.match(text, end)) and text.startswith(marker, other.end()):
        # "between R18.1 and R18.4 against the dollar": a range of rates with one tail
        rest = _MARKED_NUMBER.match(text, other.end() + len(marker))
        if rest is not None and _rate_tail_at(text, rest.end()) is not None:
            resolver.saw_rate(start)
            return True
    if _rate_of_subject(text, start, resolver, marker):
        return True
    return resolver.rates_seen and moved_from_rate(text, start, resolver)


_OTHER_END = re.compile(rf"{_S}*(?:to|and|[-\u2013]){_S}*")
"""What leads the other end of a range ("R18.1 and R18.4", "R18.1-R18.4")."""
_MARKED_NUMBER = LazyPattern(rf"{_S}?[0-9][0-9,]*(?:\.[0-9]+)?")
"""The other end's number after its marker."""


def _bet_against(amount: str, tail: str) -> bool:
    """Whether a rate's tail after a scaled amount is a sum set against a currency ("bet $10bn
    against the pound"): no rate takes a scale word."""
    return tail.lstrip(" \u00a0")[:1] in "av" and any(char.isalpha() for char in amount[1:])


@cache
def _rate_before() -> re.Pattern[str]:
    return re.compile(
        rf"[0-9]{_rate_tail()}[^.;:0-9]{{0,40}}?\b(?:from|against|compared{_S}+(?:with|to)){_S}+$"
    )


def moved_from_rate(text: str, start: int, resolver: CurrencyResolver | None = None) -> bool:
    """Whether the number at ``start`` is the rate an exchange rate before it moved from
    ("360 per dollar from 306", "460 to the dollar, down from 420", "¥144.6 per dollar,
    against ¥135.5 a year earlier"), or, with the ``resolver`` that met the rates, another
    level of a rate of its sentence ("at 147.62 yen, having touched a five-month low of
    146.54 yen"). Asked only in articles where money met a rate."""
    if text.endswith(_PARTNER_ENDS, max(0, start - 8), start) and (
        _rate_before().search(text, max(0, start - _RATE_WINDOW), start) is not None
    ):
        return True
    return resolver is not None and _level_of_rate(text, start, resolver.rates_at)


_LEVEL_WINDOW = 100
"""How far after a rate's value another level of it may stand."""
_LEVEL_CUE = LazyPattern(
    rf"\b(?:(?:low|high|peak|trough|level|close){_S}+of|hitting|hit|touched|touching|reached|"
    rf"reaching|from|with|than|against|versus|vs\.?){_S}+"
    rf"(?:(?:about|around|roughly|nearly|almost|some){_S}+)?$"
)
"""What names a level of a rate before its value: "a five-month low of", "after hitting",
"compared with roughly"."""
_CONTINUED_CUE = LazyPattern(
    rf"(?:,|\b(?:before|after|then|and|but))(?:{_S}+then)?{_S}+"
    r"(?:(?:eas|fall|climb|ris|slipp|dropp|slid|recover|retreat|rebound|settl|weaken"
    r"|strengthen|firm|jump|surg|soar|plung|tumbl|edg)(?:ing|ed|e)?|fell|fallen|rose|risen)"
    rf"(?:{_S}+(?:back|up|down|higher|lower))?{_S}+to{_S}+"
    rf"(?:(?:about|around|roughly|nearly|almost|some){_S}+)?$"
)
"""A verb of change that continues a rate's own clause, its subject unsaid, before another
level of it: "changed hands for 75 pounds before easing to about 60 pounds", ", falling back
to", "and then climbed to"; not a clause of its own subject ("with bread prices climbing
to")."""
_FAR_WINDOW = 170
"""How far after a rate's value another level of it may stand after ``_FAR_CUE``."""
_FAR_CUE = LazyPattern(
    rf",{_S}+(?:(?:up|down){_S}+)?from{_S}+(?:(?:about|around|roughly|nearly|almost|some){_S}+)?$"
)
"""A level the rate moved from, set off by a comma after the rate's place, day and source:
"to about 11,500 per U.S. dollar on the black market in Damascus on Monday, traders said,
from around 14,750"; "800,000 to the U.S. dollar on the unofficial market on Monday, foreign
exchange websites showed, down from about 580,000"."""
_CLAUSE_END = LazyPattern(r"(?:[;!?\n]|(?<!\b[A-Z])\.)(?![0-9])")
"""A clause's end between a rate and a level; not a decimal point nor an initial's dot ("U.S.
dollar")."""
_FIGURE = LazyPattern(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def _level_of_rate(text: str, start: int, rates_at: list[int]) -> bool:
    """Whether the value at ``start`` is another level of a rate met before it in its sentence
    (within ``_LEVEL_WINDOW`` characters, after a ``_LEVEL_CUE``), of about its size (half to
    twice: "the naira at 1,500 per dollar, with bread at 1,200 naira a loaf" is no second rate
    of the pair only by the loaf, so the size is asked too)."""
    prior = max((at for at in rates_at if start - _LEVEL_WINDOW <= at < start - 1), default=None)
    if prior is None:
        prior = max((at for at in rates_at if start - _FAR_WINDOW <= at < start - 1), default=None)
        if prior is None or _FAR_CUE.search(text, max(prior, start - 32), start) is None:
            return False  # most values: no rate before them
    window = max(prior, start - 48)
    if (
        _LEVEL_CUE.search(text, window, start) is None
        and _CONTINUED_CUE.search(text, window, start) is None
    ):
        return False
    if _CLAUSE_END.search(text, prior, start) is not None:
        return False
    first, second = _FIGURE.search(text, prior, start), _FIGURE.search(text, start, start + 12)
    if first is None or second is None:
        return False
    old, new = (Decimal(f.group().replace(",", "")) for f in (first, second))
    return old > 0 and old / 2 <= new <= old * 2


_PARTNER_ENDS = tuple(
    f"{word}{space}" for word in ("from", "with", "to", "against") for space in " \u00a0"
)


def _markers(text: str, start: int, end: int) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The currency marker before the number, else the one after it."""
    window = max(0, start - _PREFIX_WINDOW)
    prefix = None
    # Most windows hold no character a marker starts with: a set says so faster than the
    # search, which tries every position.
    if not _prefix_starts().isdisjoint(text[window:start]):
        prefix = _prefix_re().search(text, window, start)
    suffix = _suffix_re().match(text, end) if prefix is None else None
    if suffix is None and prefix is None and text[end : end + 1] == "-":
        suffix = _hyphen_scaled_name(text, end)[1]  # "a 340-billion-crown plan"
    if suffix is not None and suffix.group("name") and _in_a_name(text, start, suffix):
        return None, None
    return prefix, suffix


_CAPITAL_AFTER = re.compile(r"[ \u00a0]+([A-Z][a-z]+|(?:19|20)[0-9]{2}(?![\w,.]))")
"""A capitalized word or a year after a currency's name: "Dollar Tree", "Euro 2024"."""
_WORD_BEFORE = LazyPattern(r"([A-Za-z]+)[ \u00a0]+$")


@cache
def _calendar_words() -> frozenset[str]:
    calendar = lexicons.calendar()
    return frozenset({*calendar.weekdays, *calendar.months})


def _in_a_name(text: str, start: int, suffix: re.Match[str]) -> bool:
    """Whether a currency's name after a number opens a proper name: a capital before another
    capitalized word or a year ("975 Dollar Tree stores", "2 Euro 2024 games") in a sentence not
    written in capitals (the word before the number is lower-case, or there is none). Not
    before a day or a month: "paid 5 million Euros Tuesday"."""
    if not suffix.group("name")[0].isupper():
        return False
    after = _CAPITAL_AFTER.match(text, suffix.end())
    if after is None or after.group(1).lower() in _calendar_words():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is None or before.group(1).islower()


def _marked(
    prefix: re.Match[str] | None,
    suffix: re.Match[str] | None,
    resolver: CurrencyResolver,
    start: int,
) -> bool:
    """``currency_marked`` of the markers ``_markers`` found at the number at ``start``; an
    exchange rate's tail tells the resolver that the article states rates, and where."""
    if prefix is not None:
        return True
    if suffix is not None and suffix.group("rate"):
        resolver.saw_rate(start)
    return suffix is not None and (suffix.group("name") or "").lower() not in _NOUNS_TOO


_NOUNS_TOO = frozenset({"pound", "pounds", "crown", "crowns", "soles"})
"""Currency names that are English nouns too: unresolved, they may be weight or a count
("300 crowns" a dentist fitted, "300 soles" a cobbler bought), so they leave the number to
the quantities."""


_WEIGHT = LazyPattern(r"[ \u00a0]+(?:of|in weight|heavier|lighter)\b")
_GLUED_M = re.compile(r"m(?![\w])")
_SPACED_M = re.compile(r"[ \u00a0]m(?![\w\u00b2\u00b3])")
"""A spaced "m" after a figure a currency marker leads: "£1.2 m" is million as "£1.2m" is (no
sum of money is in metres; "m²" is an area)."""
_SPACED_LETTER_SCALE = re.compile(r" (?:[BMK]|MM|BN)(?=[ .,;:)]|$)")
"""A capital scale letter after a space: "$2.3 B", "$500 K" (the figure alone would be
wrong by its scale)."""


@cache
def _hyphen_scale() -> re.Pattern[str]:
    """A scale word after a hyphen, as South African news writes it: "R2-billion", "$5-million",
    "a $5-million-dollar grant"."""
    scales = [w for w, v in lexicons.number_words().scales.items() if v >= 1000 and w.isalpha()]
    return re.compile(rf"-({grouped(scales, fold=True)})(?!\w)", re.IGNORECASE)


def _hyphen_scaled_name(text: str, end: int) -> tuple[Decimal | None, re.Match[str] | None]:
    """The scale and the currency's name of a compound adjective after a number ending at
    ``end``: "a 340-billion-crown plan", "a 5-million-euro fine" (the scale, then the name,
    each after its hyphen); (None, None) when the number has no such tail."""
    hyphened = _hyphen_scale().match(text, end)
    if hyphened is None:
        return None, None
    named = _suffix_re().match(text, hyphened.end())
    if named is None or not (named.group("hyphen") and named.group("name")):
        return None, None
    scale = lexicons.number_words().scales.get(hyphened[1].lower())
    return (Decimal(scale), named) if scale else (None, None)


@cache
def _scale_after() -> re.Pattern[str]:
    """A scale word after a hyphenated qualifier: "£30-odd million", "$100-plus billion"."""
    scales = [w for w, v in lexicons.number_words().scales.items() if v >= 1000 and w.isalpha()]
    return re.compile(rf"[ \u00a0]+({grouped(scales, fold=True)})(?!\w)", re.IGNORECASE)


class _SingularMarkers(lexicons.Row):
    comment: str = ""
    markers: frozenset[str]


@cache
def _singular_markers() -> frozenset[str]:
    """Markers that name one unit ("Re 1"): ``singular_markers.json``."""
    return lexicons.load_object(_SingularMarkers, "singular_markers.json").markers


class _ForeignScales(lexicons.Row):
    comment: str = ""
    scales: dict[str, int]
    ambiguous: frozenset[str]


@cache
def _foreign_scales() -> _ForeignScales:
    return lexicons.load_object(_ForeignScales, "foreign_scales.json")


@cache
def _foreign_re() -> re.Pattern[str]:
    """A scale word of another language after a figure (``foreign_scales.json``): "5
    bilhões", "3 Mio. Euro"; a German abbreviation's dot stays out of the match."""
    table = _foreign_scales()
    words = [*table.scales, *table.ambiguous]
    return re.compile(rf"[ \u00a0]+({grouped(words)})(?=\.?(?!\w))")


@cache
def _foreign_starts() -> frozenset[str]:
    """The first letters of ``_foreign_re``'s words: a cheap test before the match."""
    table = _foreign_scales()
    return frozenset(word[0] for word in (*table.scales, *table.ambiguous))


_GROUP_OF_THREE = LazyPattern(r"[.,][0-9]{3}(?![0-9])")
_FOREIGN_DOT = LazyPattern(r"\.(?!\w)")


def _foreign_scale(text: str, end: int, raw: str) -> tuple[Decimal, int, int] | None:
    """The factor of a foreign scale word after the figure ``raw`` ending at ``end``, where
    its span ends, and where a currency after it may start (past a German abbreviation's
    dot): "R$ 5 bilhões" is 5 billion reais, not 5. A factor 0 says the amount is none: an
    ambiguous word ("R$ 5 mil"), or a figure whose separator may group thousands in the
    language the scale is of ("1.500 Mrd."). None without a foreign scale."""
    if text[end + 1 : end + 2] not in _foreign_starts() or text[end : end + 1] not in " \u00a0":
        return None
    found = _foreign_re().match(text, end)
    if found is None or _SCALED.search(raw):
        return None
    table, word = _foreign_scales(), found.group(1)
    dot = _FOREIGN_DOT.match(text, found.end())
    after = dot.end() if dot is not None else found.end()
    if word in table.ambiguous or _GROUP_OF_THREE.search(raw):
        return Decimal(0), found.end(), after
    return Decimal(table.scales[word]), found.end(), after


@cache
def _comma_scaled_re() -> re.Pattern[str]:
    """A decimal comma before a foreign scale word ("2,5 Mrd.", "R$ 1,2 bilhão"): the number
    grammar reads no number there. It starts with the comma, which re skips to in C."""
    words = [w for w in _foreign_scales().scales]
    return re.compile(rf",(?P<places>[0-9]{{1,2}})(?=[ \u00a0]+(?:{grouped(words)})\.?(?!\w))")


_UNITS_BEFORE = LazyPattern(r"(?<![\w.,])[0-9]{1,3}$")


def comma_scaled(
    text: str, resolver: CurrencyResolver, start: int = 0, end: int | None = None
) -> list[Parts]:
    """The amounts in ``text[start:end]`` written with a decimal comma and a foreign scale
    word, with a currency marker before the figure or after the scale: "€2,5 Mrd.",
    "2,5 Mrd. Euro", "R$ 1,2 bilhão" (2.5 billion euros, 1.2 billion reais)."""
    stop = len(text) if end is None else end
    found = []
    for comma in _comma_scaled_re().finditer(text, start, stop):
        units = _UNITS_BEFORE.search(text, max(start, comma.start() - 3), comma.start())
        scale = _foreign_scale(text, comma.end(), "") if units is not None else None
        if units is None or scale is None or not scale[0]:
            continue
        value = Decimal(f"{units.group()}.{comma.group('places')}")
        parts = _comma_parts(text, resolver, units.start(), value, scale)
        found += [parts] if parts is not None and parts.end <= stop else []
    return found


def _comma_parts(
    text: str,
    resolver: CurrencyResolver,
    first: int,
    value: Decimal,
    scale: tuple[Decimal, int, int],
) -> Parts | None:
    factor, end, after = scale
    prefix = _prefix_re().search(text, max(0, first - _PREFIX_WINDOW), first)
    if prefix is not None and not prefix.group("sign"):
        marker, start, rule = prefix.group("marker"), prefix.start(), "prefix"
        named = _named_after(text, marker, end, resolver)
        if named is not None:
            marker, end = named.group("name"), named.end()
    else:
        suffix = _suffix_re().match(text, after)
        if suffix is None or not (suffix.group("name") or suffix.group("code")):
            return None
        marker, start, end, rule = (
            suffix.group("name") or suffix.group("code"),
            first,
            suffix.end(),
            "suffix",
        )
    resolution = _currency(marker, resolver)
    if resolution.code is None or resolution.code not in lexicons.iso4217():
        return None
    cue = qualifiers.before(text, start)
    if qualifiers.over_a_named_sum(text, cue, end):
        cue = None  # "jailed over 7 million pound fraud": about it, no bound
    start = cue.start if cue else start
    return _resolved(start, end, numerals_scale(value, factor), None, resolution, marker, cue, rule)


class _LetterNames(lexicons.Row):
    comment: str = ""
    named: frozenset[str]
    models: frozenset[str]
    labels: frozenset[str]
    model_verbs: frozenset[str]
    road_verbs: frozenset[str]
    bill_verbs: frozenset[str]
    peak_words: frozenset[str]
    temperature: frozenset[str]


@cache
def _letter_names() -> _LetterNames:
    return lexicons.load_object(_LetterNames, "letter_names.json")


_NEXT_WORD = LazyPattern(r"[ \u00a0-]+([A-Za-z]+)\b")


def _named_by_letter(text: str, end: int, digits: int) -> bool:
    """Whether the word after a letter and ``digits`` digits is a noun they name
    (``letter_names.json``): "N95 masks", "the R21 highway", "N64 games", "the R5 engine"."""
    word = _NEXT_WORD.match(text, end)
    if word is None:
        return False
    low, names = word.group(1).lower(), _letter_names()
    return low in names.named or (digits <= 2 and low in names.models)


_CODE_AFTER = LazyPattern(r"-[A-Z]{1,3}[0-9]")
"""A code's second part: "R2-D2", "N1-A4" name a thing ("R2-billion" is money)."""
_CODE_BEFORE = LazyPattern(r"(?<![\w.,])[A-Z]{1,3}[0-9]+[-\u2013]$")
"""A code's first part before a dash: "R2" of "R2-R3" names a thing with it (the lower end of
"R18.1-R18.4" or "R1,000-R2,000" is money, and joins the upper one)."""
_ON_THE = LazyPattern(r"(?i:\b(?:on|along|off|onto|via)[ \u00a0]+the)[ \u00a0]+$")
"""Where a road is: "on the R21", "along the N1"; "receive the R350 grant" is money."""


_LABEL_WORD = LazyPattern(r"\b([A-Za-z]+)[ \u00a0]+$")


def _labelled(text: str, start: int) -> bool:
    """Whether the word right before a code makes it a label ("Grade R8", "Exit R21")."""
    word = _LABEL_WORD.search(text, max(0, start - 16), start)
    return word is not None and word.group(1).lower() in _letter_names().labels


_MAKER_BEFORE = LazyPattern(
    r"(?:\b[A-Z][A-Za-z&-]*'s?|\b(?i:the)[ \u00a0]+[A-Z][A-Za-z&-]+)[ \u00a0]+$"
)
"""A maker before a model's code: "Audi's R8", "Nokia's N95", "the Audi R8"."""
_LIST_JOIN_MODELS = r"(?:,|[ \u00a0]+(?:and|or|&))[ \u00a0]*"
_AUXILIARIES = r"(?:(?:is|was|are|were|has|had|have|been|being|be|remains|remained)[ \u00a0]+)*"
_VERB_AFTER = LazyPattern(rf"[ \u00a0]+{_AUXILIARIES}([a-z]+)\b")
_THE_BEFORE = LazyPattern(r"\b(?i:the)[ \u00a0]+$")


_MODELS_BEFORE = LazyPattern(rf"(?:\b[A-Z][0-9]{{1,2}}{_LIST_JOIN_MODELS})+$")
_MODELS_AFTER = LazyPattern(rf"(?:{_LIST_JOIN_MODELS}[A-Z][0-9]{{1,2}}\b)+")
"""Codes of a maker's models listed together: "the Audi Q5 and Q7 are", "BMW's X5, X6"."""


def _maker_model(text: str, start: int, end: int) -> bool:
    """Whether a code of up to two digits after a maker ends its phrase, before a verb or a
    punctuation mark: "Audi's R8 is", "BMW's M3, which"; "Shoprite's R50 voucher" is money.
    A list of such codes is read as one: "The Audi Q5 and Q7 are popular"."""
    if end - start > 3:
        return False
    listed = _MODELS_BEFORE.search(text, max(0, start - 24), start)
    first = listed.start() if listed is not None else start
    if _MAKER_BEFORE.search(text, max(0, first - 24), first) is None:
        return False
    more = _MODELS_AFTER.match(text, end)
    end = more.end() if more is not None else end
    if text[end : end + 1] in (",", ".", ";", ":", "!", "?", ")", ""):
        return True
    verb = _NEXT_WORD.match(text, end)
    return verb is not None and verb.group(1) in _letter_names().model_verbs


def _road_by_verb(text: str, start: int, end: int) -> bool:
    """Whether "the" and a code stand before a verb that only a road takes: "The R101 was
    closed", "the N1 is congested"; "The R350 is not enough" is money."""
    if _THE_BEFORE.search(text, max(0, start - 5), start) is None:
        return False
    verb = _VERB_AFTER.match(text, end)
    return verb is not None and verb.group(1) in _letter_names().road_verbs


_BILL_AFTER = LazyPattern(
    rf"[ \u00a0]+bills?(?:,?[ \u00a0]+(?:which|that)[ \u00a0]+|[ \u00a0]+){_AUXILIARIES}([a-z]+)\b"
)


def _bill_by_verb(text: str, end: int) -> bool:
    """Whether a code stands before "bill" and a verb that only legislation takes ("The N2
    bill was passed", "the K5 bill, which seeks"): a bill of parliament, not a banknote ("a
    P20 bill was found" is money)."""
    verb = _BILL_AFTER.match(text, end)
    return verb is not None and verb.group(1) in _letter_names().bill_verbs


_LIST_JOIN = r"(?:,|[ \u00a0]+(?:and|or|&)(?:[ \u00a0]+the)?|/)[ \u00a0]*"
_LISTED_BEFORE = LazyPattern(rf"\b([A-Z])([0-9]{{1,3}}){_LIST_JOIN}$")
_LISTED_AFTER = LazyPattern(rf"{_LIST_JOIN}([A-Z])[0-9]{{1,3}}\b(?![.,]?[0-9])")
"""A code of another letter listed beside one: "the N1 and R21", "the R21, N3 or M1" are
roads; two one-letter currencies listed side by side without a scale are not news' way."""


def _listed_with_code(text: str, marker: str, start: int, end: int) -> bool:
    """Whether a letter code of another letter stands right before or after, in a list."""
    if text[start - 1 : start] in (" ", "\u00a0", "/"):
        before = _LISTED_BEFORE.search(text, max(0, start - 16), start)
        if before is not None and (
            before.group(1) != marker
            or (
                end - start <= 3  # a road's two digits ("the R350 grant" is money)
                and len(before.group(2)) <= 2
                and _ON_THE.search(text, max(0, before.start() - 12), before.start())
            )
        ):
            return True  # "the N1 and R21"; "on the R55 and the R21": a road's list
    if text[end : end + 1] not in (",", " ", "\u00a0", "/"):
        return False
    after = _LISTED_AFTER.match(text, end)
    return after is not None and after.group(1) != marker


def _letter_name(text: str, marker: str, start: int, end: int) -> bool:
    """Whether a one-letter symbol ("R" rand, "N" naira) glued to a short whole number names
    a thing instead: "N95 masks", "on the R21", "R2-D2" are a mask, a road and a robot, not
    95 naira, 21 rand and 2 rand; so is one listed with a code of another letter ("the N1
    and R21") or labelled by the noun before it ("Grade R8"). Amounts with a scale,
    separators or decimals ("the R2 billion plan", "the N30,000 minimum wage") stay money."""
    if len(marker) != 1 or not marker.isalpha() or not text[start + 1 : end].isdigit():
        return False
    return end - start <= 4 and bool(
        _named_by_letter(text, end, end - start - 1)
        or _ON_THE.search(text, max(0, start - 12), start)
        or _CODE_AFTER.match(text, end)
        or _CODE_BEFORE.search(text, max(0, start - 8), start)
        or _listed_with_code(text, marker, start, end)
        or _labelled(text, start)
        or _maker_model(text, start, end)
        or _road_by_verb(text, start, end)
        or _bill_by_verb(text, end)
        or (end - start == 2 and _peak(text, start, end))
    )


_PEAK_BEFORE = LazyPattern(r"\b([A-Za-z]+)(?:[ \u00a0]+(?:of|on))?(?:[ \u00a0]+the)?[ \u00a0]+$")


_PRICE_AFTER = LazyPattern(r"[ \u00a0]+(?:to|from|a|an|per|each|more|less)\b")


def _peak(text: str, start: int, end: int) -> bool:
    """Whether a code of one letter and one digit follows a word of climbing, maybe with
    "of" or "on" (``letter_names.json`` peak_words): "climbed K2", "the summit of K2" name a
    mountain, not 2 kwacha; "prices climbed K2 to K25", "K2 a bag" stay money."""
    if _PRICE_AFTER.match(text, end):
        return False
    word = _PEAK_BEFORE.search(text, max(0, start - 24), start)
    return word is not None and word.group(1).lower() in _letter_names().peak_words


_OCTANE_TAIL = LazyPattern(
    r"(?![.,]?[0-9])(?![ \u00a0]*(?i:m\b|mn\b|bn\b|k\b|thousand|million|billion))"
)


_ODDS_NOUNS = frozenset(
    {"favourite", "favorite", "favourites", "favorites", "outsider", "outsiders", "roughie"}
)
"""Nouns after a dollar price that make it a tote's odds ("the $8 favourite", "a $101
outsider"): what a $1 bet returns, no sum paid or won."""


def _betting_odds(text: str, end: int) -> bool:
    """Whether the word right after an amount names a runner by its odds."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).lower() in _ODDS_NOUNS


def _octane_grade(text: str, marker: str, start: int, end: int) -> bool:
    """Whether "RON" and a whole number of an octane's size name a fuel grade, not Romanian
    lei: "RON95 petrol", "RON 97 costs RM3.47" (a research octane number); with a scale or
    an amount's size it stays money ("RON 95 million", "RON 950")."""
    if marker != "RON":
        return False
    digits = text[start + 3 : end].strip(" \u00a0")
    return digits.isdigit() and 80 <= int(digits) <= 110 and bool(_OCTANE_TAIL.match(text, end))


def _named_after(
    text: str, marker: str, end: int, resolver: CurrencyResolver
) -> re.Match[str] | None:
    """The currency name after an amount whose symbol several currencies share, when the
    name says which one: "$200 million pesos" is Mexican pesos, as the article reads
    "pesos"; "$5 million dollars" stays the "$" it was. Not a minor unit ("$50 cents")."""
    if ambiguous_marker(marker) is None:
        return None
    named = _suffix_re().match(text, end)
    name = named.group("name") if named is not None and not named.group("hyphen") else None
    index = lexicons.currency_index()
    if name is None or name.lower() in index.minor:
        return None
    if index.names.get(name.lower(), "") not in (*lexicons.iso4217(), ""):
        return None  # "$60,000 bitcoin" is a price in dollars of a coin with no ISO code
    entry = ambiguous_marker(name)
    if entry is not None and (entry.minor is not None or resolver.resolve(name).code is None):
        return None  # "$5 pounds" in a story with no British context: keep the "$"
    return named


_DOT_GROUP = re.compile(r"[0-9]{1,3}\.[0-9]{3}")


def _dot_thousands(
    raw: str, code: str, values: tuple[Decimal, Decimal | None]
) -> tuple[Decimal, Decimal | None]:
    """ "Rp 15.000", "₫15.000", "¥1.200": a dot before three digits that the currency's minor
    unit cannot hold, in a currency without one or ending in a zero nobody writes after the
    cents, groups thousands (15,000 rupiah, not 15). "$3.499 a gallon" stays 3.499."""
    if "." not in raw or not _DOT_GROUP.fullmatch(raw):
        return values
    iso = lexicons.iso4217().get(code)
    if iso is None or iso.minor_unit is None:
        return values
    if iso.minor_unit == 0 or (iso.minor_unit < 3 and raw.endswith("0")):
        return Decimal(raw.replace(".", "")), None
    return values


_POUNDS_REACH = 160
_POUNDS_BEFORE = LazyPattern(r"[0-9](?:[ \u00a0]+(?:million|billion|trillion))?[ \u00a0]+pounds\b")


def _pounds_right_before(text: str, start: int, resolver: CurrencyResolver) -> Resolution:
    """The currency of the pounds right before ``start`` in its sentence, where money read
    them so; none where they weigh or are no one's."""
    window = text[max(0, start - _POUNDS_REACH) : start]
    found = list(_POUNDS_BEFORE.finditer(window))
    if not found or _SENTENCE_END.search(window, found[-1].end()) is not None:
        return Resolution(None, False, "no evidence for any currency")
    end = max(0, start - _POUNDS_REACH) + found[-1].end()
    for parts in resolver.analyzed.values():
        if parts is not None and parts.end == end:
            return Resolution(parts.currency, False, "pounds as the pounds right before")
    return Resolution(None, False, "no evidence for any currency")


_SENTENCE_END = LazyPattern(r"[.!?][\"'”’)]*\s+[A-Z\"“]")


def _pounds_as_before(
    text: str, start: int, end: int, resolver: CurrencyResolver, scaled: bool = True
) -> Resolution:
    """Scaled pounds that follow pounds of money read as such earlier in the sentence are
    money of that currency too ("operating profit rose to 4.32 billion pounds ..., up from
    3.86 billion pounds"), unless "of" or a weight's word follows them ("paid 5 million
    pounds for 2 million pounds of beef"). Pounds with no scale word after a level's cue
    ("against", "up from") are, where the pounds right before them are money: "costs about
    1.9 million pounds, roughly $18, against 64,000 pounds four years ago"; not where those
    weigh ("weighed 50 pounds, up from 40 pounds")."""
    if _WEIGHT.match(text, end, end + 20):
        return Resolution(None, False, "no evidence for any currency")
    if not scaled:
        return _pounds_right_before(text, start, resolver)
    for parts in reversed(resolver.analyzed.values()):
        if parts is None or parts.end > start or parts.marker.lower() not in ("pound", "pounds"):
            continue
        gap = text[parts.end : start]
        if len(gap) <= _POUNDS_REACH and _SENTENCE_END.search(gap) is None:
            return Resolution(parts.currency, False, "pounds as the sentence's pounds before")
        break
    return Resolution(None, False, "no evidence for any currency")


def _pounds_of_money(
    text: str, start: int, end: int, entry: lexicons.AmbiguousMarker | None, scaled: bool
) -> Resolution:
    """Pounds of money with a scale word in a story that names no pound's country ("sold 5
    billion pounds of bonds", "paid 12 million pounds for him"), or restated in another
    currency in parentheses ("receives 2.73 million pounds ($US3.56 million)"): the first
    candidate (sterling), a guess; other pounds no currency ("agents found 300 pounds of
    money" in an American story weighs it)."""
    if entry is not None and entry.candidates and _RESTATED_AFTER.match(text, end):
        code = entry.candidates[0]  # "2.73 million pounds ($US3.56 million)": money
        return Resolution(code, False, f"pounds restated in another currency: {code}, a guess")
    if entry is not None and entry.candidates and not scaled and _priced_at(text, start, end):
        code = entry.candidates[0]  # "the phone will cost 4,713 pounds": a price
        return Resolution(code, False, f"pounds as a price, and no evidence for them: {code}")
    if entry is None or not entry.candidates or not scaled:
        return Resolution(None, False, "no evidence for any currency")
    if not _of_money(text, end) and not _paid(text, start, end) and not _paid_level(text, start):
        return Resolution(None, False, "no evidence for any currency")
    code = entry.candidates[0]
    return Resolution(code, False, f"pounds of money, and no evidence for their currency: {code}")


_PRICE_VERB_BEFORE = LazyPattern(
    r"\b(?:costs?|costing|priced[ \u00a0]+at|charges?|charged|charging)"
    r"[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|just|only|over|under)[ \u00a0]+)?$",
    re.IGNORECASE,
)


def _priced_at(text: str, start: int, end: int) -> bool:
    """Whether pounds with no scale word are a price: "cost", "priced at" or "charge" right
    before them (a hedge maybe between) and no "of" or weight's word after ("will cost 4,713
    pounds"; not "costs 5 pounds of beef"; "paid 12 pounds" may weigh what was paid)."""
    if _WEIGHT.match(text, end, end + 20):
        return False
    return _PRICE_VERB_BEFORE.search(text, max(0, start - 32), start) is not None


def _hyphen_weight(text: str, suffix: re.Match[str]) -> bool:
    """ "a 10-pound bag" weighs; "a 20-pound-a-week rise" is pay, and "a 50-pound note", "a
    100-pound fine" are money by their noun (``pound_nouns.json``'s ``hyphen_money``), where
    the story's pounds are a currency at all (the resolver decides that)."""
    if not suffix.group("hyphen"):
        return False
    if per_time(text, suffix.end()):
        return False
    nouns, at = _pound_nouns().hyphen_money, suffix.end()
    for _ in range(_HYPHEN_COMPOUND):  # "a 2-pound bus fare cap": the compound's head
        noun = _NEXT_WORD.match(text, at)
        if noun is None or not noun.group(1).islower() or noun.group(1) in _COMPOUND_BREAKS:
            return True
        if noun.group(1) in nouns:
            return False
        at = noun.end()
    return True


_HYPHEN_COMPOUND = 3
"""Most words after a hyphenated pound up to its compound's head ("2-pound bus fare cap")."""
_COMPOUND_BREAKS = frozenset(
    {"of", "and", "or", "to", "for", "in", "on", "at", "with", "that", "which", "is", "was"}
    | {"are", "were", "has", "had", "will", "would", "from", "by", "as"}
)
"""Words that end a hyphenated pound's compound before its head."""


def _weight(text: str, end: int) -> bool:
    """ "5 pounds of beef", "a 10-pound bag": pounds of weight are not money; pounds of
    money ("5 billion pounds of bonds") are."""
    found = _WEIGHT.match(text, end, end + 20)
    return found is not None and not (found.group().endswith("of") and _of_money(text, end))


class _PoundNouns(lexicons.Row):
    comment: str = ""
    money: frozenset[str]
    weight: frozenset[str]
    weigh_before: frozenset[str]
    hyphen_money: frozenset[str]
    weight_change_verbs: frozenset[str]
    paid_before: frozenset[str]
    money_before: frozenset[str]


@cache
def _pound_nouns() -> _PoundNouns:
    return lexicons.load_object(_PoundNouns, "pound_nouns.json")


def money_nouns() -> frozenset[str]:
    """Nouns of money (``pound_nouns.json``'s money and money_before: "revenue", "debt")."""
    nouns = _pound_nouns()
    return nouns.money | nouns.money_before


_LAST_WORDS = LazyPattern(r"[A-Za-z]+")


def _weighed(text: str, start: int, scaled: bool) -> bool:
    """ "weighed 7 pounds", "weighing in at 150 pounds": weight, even in a story from Cairo;
    and "lost 2 pounds a week", "gained about 10 pounds", without a scale word ("lost 2
    billion pounds" is money)."""
    nouns = _pound_nouns()
    words = [w.lower() for w in _LAST_WORDS.findall(text, max(0, start - 24), start)[-4:]]
    if not nouns.weigh_before.isdisjoint(words):
        return True
    if scaled or not words:
        return False
    hedged = len(words) > 1 and words[-1] in lexicons.qualifiers().before
    return words[-1 - hedged] in nouns.weight_change_verbs


def _paid(text: str, start: int, end: int) -> bool:
    """Scaled pounds paid or priced, and not pounds "of" anything: a payment word or a noun of
    money among the four words before them ("paid about 12 million pounds for him", "a fee
    of 40 million pounds", "signed for 75 million pounds", "Operating profit rose to 4.32
    billion pounds"); "recalled 2 million pounds of beef" weighs."""
    if _WEIGHT.match(text, end, end + 20):
        return False
    words = [w.lower() for w in _LAST_WORDS.findall(text, max(0, start - 32), start)[-4:]]
    nouns = _pound_nouns()
    return not (nouns.paid_before.isdisjoint(words) and nouns.money_before.isdisjoint(words))


def pounds_paid(text: str, start: int, end: int) -> bool:
    """Whether pounds at ``start:end`` that money left unresolved are money by the words
    before them, scaled or not: a payment word or a noun of money (``pound_nouns.json``
    ``paid_before`` but "for", and ``money_before``) among the four words before, no "of" or weight
    word after, and not weighed ("cut spending by 2,000 pounds a year", "Operating profit
    rose to 4.3 billion pounds"; "weighed 7 pounds", "lost 20 pounds", "5 pounds of beef"
    weigh). The quantities read no weight there."""
    if _WEIGHT.match(text, end, end + 20) or _weighed(text, start, False):
        return False
    nouns = _pound_nouns()
    words = [w.lower() for w in _LAST_WORDS.findall(text, max(0, start - 32), start)[-4:]]
    return any(w != "for" and (w in nouns.paid_before or w in nouns.money_before) for w in words)


_COMPARED_LEVEL = LazyPattern(
    r"\b(?:(?:up|down)[ \u00a0]+from|from|compared[ \u00a0]+(?:with|to)|against|versus)"
    r"(?:[ \u00a0]+(?:about|around|nearly|almost|roughly|some))?[ \u00a0]+$",
    re.IGNORECASE,
)
_SCALED_POUNDS = LazyPattern(
    r"\b[0-9][0-9.,]*[ \u00a0]+(?:million|billion|trillion|bn|mn)[ \u00a0]+pounds\b", re.IGNORECASE
)
_SENTENCE_BREAK = LazyPattern(r"[.!?][ \u00a0]+[A-Z\"“]|\n")


def _paid_level(text: str, start: int) -> bool:
    """Scaled pounds after a level's cue ("up from", "compared with") that restate scaled
    pounds paid or priced before them in their sentence (``_paid``, within 200 characters):
    "Operating profit rose to 4.32 billion pounds in the year to Oct. 14, up from 3.86
    billion pounds" (both money, so the change between them holds)."""
    if _COMPARED_LEVEL.search(text, max(0, start - 24), start) is None:
        return False  # most pounds
    found = list(_SCALED_POUNDS.finditer(text, max(0, start - 200), start))
    if not found or _SENTENCE_BREAK.search(text, found[-1].end(), start):
        return False
    return _paid(text, found[-1].start(), found[-1].end())


_OF_WORDS = LazyPattern(r"[ \u00a0]+of((?:[ \u00a0]+[\w'’-]+){1,3})")


def _of_money(text: str, end: int) -> bool:
    """Whether pounds "of" something are money: the first of the three words after "of"
    that ``pound_nouns.json`` lists says ("of government bonds", "of taxpayers' money";
    "of beef exports" is weight). Unlisted, pounds of something stay weight."""
    found = _OF_WORDS.match(text, end, end + 60)
    nouns = _pound_nouns()
    for word in found.group(1).split() if found else ():
        noun = word.lower().removesuffix("'s").removesuffix("’s").rstrip("'’")
        if noun in nouns.money or noun in nouns.weight:
            return noun in nouns.money
    return False


_DOLLARS_A_POUND = LazyPattern(
    r"(?:\$[ \u00a0]?[0-9][0-9.,]*|[0-9][0-9.,]*[ \u00a0]?(?:cents?|¢))"
    r"[ \u00a0]+(?:a|per|the)[ \u00a0]+(?:pound|lb)\b|[0-9][ \u00a0]?/[ \u00a0]?lb\b"
)


_STERLING_BEFORE = LazyPattern(r"\b(?:sterling|pounds?|cable|GBP)\b", re.IGNORECASE)


def _weighed_by_prices(text: str, start: int, end: int) -> bool:
    """Whether pounds whose currency is only a guess weigh: the story prices a thing per pound
    in dollars or cents ("Uranium tops $100 a pound", "coffee at 63 cents per pound"), so its
    pounds are a unit of weight unless a payment word or a noun of money stands before them
    ("paid 5 million pounds"), "of" money follows ("of bonds") or another currency restates
    them ("(about $6.3 million)")."""
    priced = any(
        _STERLING_BEFORE.search(text, max(0, found.start() - 60), found.start()) is None
        for found in _DOLLARS_A_POUND.finditer(text)
    )  # "Sterling traded at $1.27 per pound" is a rate of the currency, no price of weight
    return (
        priced
        and not _paid(text, start, end)
        and not _of_money(text, end)
        and _RESTATED_AFTER.match(text, end) is None
    )


def _currency(marker: str, resolver: CurrencyResolver) -> Resolution:
    found = resolver.resolve(marker) if ambiguous_marker(marker) is not None else _stated(marker)
    code = found.code
    if (
        code is not None
        and marker.lower() in other_money_names()
        and resolver.other_money(marker, code)  # "PARIS - ... francs", "KIGALI - ... francs"
    ):
        return Resolution(None, False, "places of a money the lexicon does not list")
    return found


@lru_cache(maxsize=1024)
def _stated(marker: str) -> Resolution:
    """The currency an unambiguous marker states: the lexicon's alone, so asked once."""
    index = lexicons.currency_index()
    code = (
        index.symbols.get(marker)
        or index.symbols.get(marker.upper() if marker.lower() in _LOWERCASE_CODES else "")
        or index.names.get(marker.lower())
        or index.minor.get(marker.lower(), (None,))[0]
    )
    if code is None:  # (?i) read "Rand" in "Afrıcan rand", a spelling lower() does not know
        return Resolution(None, False, "no currency of that spelling")
    return Resolution(code, True, "stated")


def analyze(ctx: Context, number: Span, resolver: CurrencyResolver) -> Parts | None:
    """The amount of money built on a number span, or None when the number is not money."""
    if resolver.text != ctx.text:  # a resolver of another text remembers nothing for this one
        return _analyze(ctx, number, resolver, {})
    key = (number.start_char, number.end_char)
    if key not in resolver.analyzed:
        resolver.analyzed[key] = _analyze(ctx, number, resolver, resolver.marked)
    return resolver.analyzed[key]


def rate_parts(ctx: Context, number: Span, resolver: CurrencyResolver) -> Parts | None:
    """The amount a number with a currency marker would be were it no exchange rate: the
    price "R15.50 against the dollar", "$1.0850" or "67.3 US cents" gives (``exchange_rates``
    asks, for the numbers ``analyze`` turned down as rates)."""
    return _analyze(ctx, number, resolver, {}, rate=True)


_VIDEO_LINES = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})
"""The heights of video formats, read with a glued "p" ("1080p", "720p"): never pence from
1080 up (London quotes a price of a thousand pence or more with a comma: "1,080p"), and none
below it before or after a word of video (``_VIDEO_WORDS``), where 480p may be a share price."""
_VIDEO_WORDS = LazyPattern(
    r"\b(?:video|videos|resolution|stream|streams|streaming|display|displays|screen|screens"
    r"|camera|cameras|footage|HD|fps|frames|recording|recordings|TV|TVs|monitor"
    r"|monitors|YouTube|Netflix)\b",
    re.IGNORECASE,
)


def _video_lines(text: str, start: int, end: int) -> bool:
    """Whether the digits from ``start`` to ``end``, before a glued "p", give a video's lines
    ("1080p", "streams in 720p"), no pence."""
    digits = text[start:end]
    if digits not in _VIDEO_LINES:
        return False
    if len(digits) == 4:
        return True
    return _VIDEO_WORDS.search(text, max(0, start - 40), min(len(text), end + 40)) is not None


def _analyze(
    ctx: Context,
    number: Span,
    resolver: CurrencyResolver,
    marked: dict[tuple[int, int], bool],
    rate: bool = False,
) -> Parts | None:
    text, start, end = ctx.text, number.start_char, number.end_char
    prefix, suffix = _markers(text, start, end)
    scaled = None
    if suffix is not None and suffix.start() > end:
        scaled = _hyphen_scaled_name(text, end)[0]  # "a 340-billion-crown plan"
    marked[start, end] = _marked(prefix, suffix, resolver, start)
    foreign = None
    if suffix is None and text[end + 1 : end + 2] in _foreign_starts():
        foreign = _foreign_scale(text, end, text[start:end])
    if foreign is not None and prefix is None:
        suffix = _suffix_re().match(text, foreign[2])  # "1.5 Milliarden Euro"
        if suffix is None or not (suffix.group("name") or suffix.group("code")):
            return None
    dashed = None
    if (
        prefix is None
        and suffix is None
        and ("-" in text[start - 1 : end + 2] or "\u2013" in text[start - 1 : end + 2])
        and _scaled_by_dash(text, start, end)
        and (dashed := _dashed_marker(ctx, start, end))
    ):
        prefix = dashed  # "5m-£7m", "£5m-7m": the marker of a range's other end
    if (prefix is None and suffix is None) or (suffix is not None and suffix.group("rate")):
        return None  # most numbers are no money: look for a marker before parsing the number
    if suffix is not None and suffix.group("pence") and _video_lines(text, start, end):
        return None  # "records at 1080p": a video's lines, no pence
    if foreign is not None and not foreign[0]:
        return None  # "R$ 5 mil", "€1.500 Mrd.": the figure's value depends on the language
    values = numerals.normalize(text[start:end])  # number.text, without making Tokens
    if values is None:
        return None
    amount, amount_max = values
    factor, rule = Decimal(1), "prefix"
    if prefix is not None:
        lead = prefix.start() if dashed is None else start
        if not rate and _marked_rate(text, lead, end, resolver, prefix.group("marker")):
            return None
        if not rate and _rate_noun_before(text, lead, resolver):
            return None  # "the official rate of N460": an exchange rate
        marker, start = prefix.group("marker"), lead
        if amount > 1 and marker in _singular_markers():
            return None  # "Re 1" is a rupee; "Re 2" no money
        if text[end : end + 1] == " " and _SPACED_LETTER_SCALE.match(text, end):
            return None  # "$2.3 B": a scale letter apart from its figure, read nowhere else
        if prefix.group("sign"):
            amount, amount_max = -amount, None if amount_max is None else -amount_max
        elif amount_max is None and (word := _sign_word_before(text, start)) is not None:
            amount, start = -amount, word  # "a record low of minus $65 billion"
        if foreign is not None:
            factor, end = foreign[0], foreign[1]  # "R$ 5 bilhões", "EUR 3 Mio."
        elif _GLUED_M.match(text, end, end + 2):
            factor, end = Decimal(1_000_000), end + 1  # €2m, $5m: m is million next to money
        elif _SPACED_M.match(text, end, end + 3):
            factor, end = Decimal(1_000_000), end + 2  # "£1.2 m", "$500 m"
        elif (hyphened := _hyphen_scale().match(text, end)) is not None:
            scale = lexicons.number_words().scales.get(hyphened[1].lower())
            factor, end = Decimal(scale or 1), hyphened.end()  # "R2-billion"
        elif _letter_name(text, marker, start, number.end_char):
            return None
        if _octane_grade(text, marker, start, number.end_char) and factor == 1:
            return None
        if (
            factor == 1
            and number.text.replace(".", "").isdigit()
            and _betting_odds(text, number.end_char)
        ):
            return None  # "sent off as the $8 favourite": a tote's odds, no sum of money
        named = _named_after(text, marker, end, resolver)
        if named is not None:
            marker, end = named.group("name"), named.end()
    elif suffix is not None:
        marker = next(
            g for g in ("name", "code", "after", "lower_code", "pence") if suffix.group(g)
        )
        marker, rule = suffix.group(marker), "suffix"
        if marker.lower() in ("pound", "pounds") and (
            _hyphen_weight(text, suffix)
            or _weight(text, suffix.end())
            or _weighed(text, start, _SCALED.search(text, start, end) is not None)
        ):
            return None  # "5 pounds of beef", "a 10-pound bag"; not "5bn pounds of bonds"
        if not rate and _rate_of_subject(text, start, resolver, marker):
            marked[start, end] = True  # a rate's pounds weigh nothing: "the dollar traded at
            return None  # 49.5 pounds"; "the Australian dollar rose to 67.3 US cents"
        if not rate and (
            _rate_tail_at(text, suffix.end()) or _rate_noun_before(text, start, resolver)
        ):
            resolver.saw_rate(start)
            marked[start, end] = True  # "the Egyptian pound weakened to 49.5 pounds per dollar"
            return None  # "300 pesos per dollar", "an exchange rate of 300 pesos"
        if not rate and resolver.rates_seen and _level_of_rate(text, start, resolver.rates_at):
            marked[start, end] = True
            return None  # "at 147.62 yen, having touched a five-month low of 146.54 yen"
        if foreign is not None:
            factor = foreign[0]  # "1.5 Milliarden Euro"
        if scaled is not None:
            factor = scaled  # "a 5-million-euro fine"
        if suffix.group("glued_m"):
            factor = Decimal(1_000_000)
        if suffix.group("scale"):
            factor = Decimal(1_000_000 if suffix.group("scale") == "M" else 1_000)  # 50 MUSD
        end = suffix.end()
    else:
        return None
    return _parts(ctx, number, marker, start, end, (amount, amount_max), factor, rule, resolver)


_DASHES = "-\u2013"
_SCALE_TAIL = LazyPattern(r"(?<=[0-9])(?:bn|mn|tn|m|k)$", re.IGNORECASE)


def _scale_tail(ctx: Context, number: Span) -> tuple[str, int] | None:
    """The scale abbreviation glued to a number ("bn" of "5bn", the "m" after "5") and where
    the two end, or None."""
    text = ctx.text
    inside = _SCALE_TAIL.search(text, number.start_char, number.end_char)
    if inside is not None:
        return inside.group().lower(), number.end_char
    if _GLUED_M.match(text, number.end_char, number.end_char + 2):
        return "m", number.end_char + 1
    return None


def _scaled_by_dash(text: str, start: int, end: int) -> bool:
    """A string test of what ``_dashed_marker`` needs: a scale letter ends the number or is
    glued after it ("5bn", "5" and "m"), and a dash follows it or precedes the number."""
    glued = text[end : end + 1] == "m"
    if not (glued or text[end - 1 : end].isalpha()):
        return False  # "5-7", "2023-24", "Covid-19": no scale letter
    after = text[end + glued : end + glued + 1]
    return after in ("-", "\u2013") or text[start - 1 : start] in ("-", "\u2013")


def _dashed_marker(ctx: Context, start: int, end: int) -> re.Match[str] | None:
    """The currency symbol a bare number borrows from the other end of a dashed range whose
    two ends carry one glued scale: "5m-£7m" (the lower end leaves "£" out), "£5m-7m" (the
    upper one does). Not "5-£7m" nor "£5m-7bn", whose ends may be other things; not a sign
    ("-£7m" is a loss)."""
    text = ctx.text
    # Most numbers touch no dash: a look at three characters says so before any pattern.
    touching = (text[end : end + 1], text[end + 1 : end + 2], text[start - 1 : start])
    if not any(c and c in _DASHES for c in touching):
        return None
    number = ctx.number_at(start)
    own = _scale_tail(ctx, number) if number is not None else None
    if own is None:
        return None
    if text[own[1] : own[1] + 1] in _DASHES:  # "5m-£7m"
        after = ctx.numerals_in(own[1] + 1, own[1] + 16)
        if not after:
            return None
        found = _prefix_re().search(text, own[1] + 1, after[0].start_char)
        if found is None or found.start() != own[1] + 1 or found.group("sign"):
            return None
        theirs = _scale_tail(ctx, after[0])
        return found if theirs is not None and theirs[0] == own[0] else None
    if start > 0 and text[start - 1] in _DASHES:  # "£5m-7m"
        before = ctx.numerals_in(max(0, start - 24), start - 1)
        if not before or _scale_tail(ctx, before[-1]) != (own[0], start - 1):
            return None
        found = _markers(text, before[-1].start_char, before[-1].end_char)[0]
        return found if found is not None and not found.group("sign") else None
    return None


_RESTATED_AFTER = LazyPattern(
    r"[ \u00a0]*\([ \u00a0]*(?:(?:about|around|roughly|approximately|some|nearly|or)[ \u00a0]+)?"
    r"(?:(?:US|U\.S\.|[A-Z][A-Za-z]{0,2})?\$(?:US|A|NZ|C)?|[€£¥₸₹₩₦₱₺₽₴₫฿₪]|S/\.?)"
    r"[ \u00a0]?[0-9]"
)
"""An amount in parentheses right after another: "20,000 won (about $15)", "R350 ($19)",
"15.6 million pounds (Can$20.1 million)", "16 million soles ($A28.2 million)"."""


_WORD_PRICE_BEFORE = LazyPattern(
    r"(?<![\w-])(?:(?<!up[ \u00a0])at|(?<!up[ \u00a0])to|from|by|costs?|costing)[ \u00a0]+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just|over|under|below|above)[ \u00a0]+)?$",
    re.IGNORECASE,
)
_WORD_PRICE_AFTER = LazyPattern(
    r"[ \u00a0]*(?:[,.;:)]|$)|[ \u00a0]+(?:each|apiece|per|a[ \u00a0]+share|in|on|at|from|to"
    r"|since|after|before|as|while|when|and|or|compared|against|versus|this|last|a[ \u00a0]+year"
    r"|earlier|ago)\b"
)


def _priced(text: str, number: int, start: int, end: int) -> bool:
    """Whether a word that is a currency's name or a verb ("won") after a number of a hundred
    or more is a price: "at" (not "up to"), "to", "from", "by" or "cost" before the number
    (maybe a hedge between), and a mark, the end or a word that opens no object after it:
    "Samsung shares closed up 1.1% at 78,840 won, having risen", "increase by 10% to 9,860
    won"; "Of the 1,200 candidates, 800 won seats", "up to 300 won prizes" and "a record of
    120 won, 30 lost" are verbs."""
    if _WORD_PRICE_BEFORE.search(text, max(0, number - 24), number) is None:
        return False
    return _WORD_PRICE_AFTER.match(text, end) is not None and text[start:end].islower()


def _parts(
    ctx: Context,
    number: Span,
    marker: str,
    start: int,
    end: int,
    values: tuple[Decimal, Decimal | None],
    factor: Decimal,
    rule: str,
    resolver: CurrencyResolver,
) -> Parts | None:
    index = lexicons.currency_index()
    minor = index.minor.get(marker.lower()) if rule == "suffix" else None
    ambiguous = ambiguous_marker(marker)
    if marker == "p":
        minor = ("GBP", Decimal("0.01"))
    if minor is not None:
        factor, rule = factor * minor[1], "minor"
    elif ambiguous is not None and ambiguous.minor is not None:
        factor, rule = factor * ambiguous.minor, "minor"
    resolution = _currency(marker, resolver) if marker != "p" else Resolution("GBP", True, "pence")
    if resolution.code is not None and marker != "p":
        sentence = ctx.sentence_start(start)
        following = bisect_right(ctx.sentence_chars, start)
        stop = (
            ctx.sentence_chars[following] if following < len(ctx.sentence_chars) else len(ctx.text)
        )
        resolution = resolver.in_sentence(marker, resolution, sentence, stop)
    if (
        resolution.code is not None
        and not resolution.certain
        and marker.lower() in ("pound", "pounds")
        and _weighed_by_prices(ctx.text, start, end)
    ):
        return None  # "uranium tops $100 a pound ... to produce 18 million pounds": weight
    single = ambiguous is not None and len(ambiguous.candidates) == 1 and ambiguous.scaled_alone
    if resolution.code is None and single:
        # "5 trillion won" is money, and "20,000 won (about $15)"; "12 won seats" is not
        if _SCALED.search(ctx.text[number.start_char : number.end_char]):
            resolution = Resolution(ambiguous.candidates[0], True, "a scaled amount")  # type: ignore[union-attr]
        elif _RESTATED_AFTER.match(ctx.text, end):
            resolution = Resolution(ambiguous.candidates[0], True, "restated in another currency")  # type: ignore[union-attr]
        elif values[0] >= 100 and _priced(ctx.text, number.start_char, start, end):
            resolution = Resolution(ambiguous.candidates[0], True, "a price")  # type: ignore[union-attr]
    elif (
        resolution.code is None
        and ambiguous is not None
        and len(ambiguous.candidates) == 1
        and _RESTATED_AFTER.match(ctx.text, end)  # "16 million soles ($A28.2 million)"
    ):
        resolution = Resolution(ambiguous.candidates[0], True, "restated in another currency")
    if resolution.code is None and marker.lower() in ("pound", "pounds"):
        scaled = _SCALED.search(ctx.text, number.start_char, number.end_char) is not None
        resolution = _pounds_of_money(ctx.text, start, end, ambiguous, scaled)
        if resolution.code is None and (
            scaled or _COMPARED_LEVEL.search(ctx.text, max(0, start - 24), start)
        ):
            resolution = _pounds_as_before(ctx.text, start, end, resolver, scaled)
    if resolution.code is None or resolution.code not in lexicons.iso4217():
        return None  # a coin with no ISO 4217 code ("2.5 bitcoin", "₿2") is no ISO money
    if factor == 1:  # "$1.500m" has a scale: its dot is a decimal point
        values = _dot_thousands(
            ctx.text[number.start_char : number.end_char], resolution.code, values
        )
    amount, amount_max = _scaled(*values, factor)
    cue = qualifiers.before(ctx.text, start)
    if qualifiers.over_a_named_sum(ctx.text, cue, end):
        cue = None  # "sued over $5 million debt": about it, no bound
    if cue is not None:
        start = cue.start
    else:
        cue = qualifiers.after(ctx.text, end)
        end = cue.end if cue else end
        if cue is not None and factor == 1 and ctx.text[cue.start - 1 : cue.start] == "-":
            scale = _scale_after().match(ctx.text, end)  # "£30-odd million", "$100-plus bn"
            value = lexicons.number_words().scales.get(scale[1].lower()) if scale else None
            if scale is not None and value:  # (?i) reads letters lower() does not know
                factor = Decimal(value)
                (amount, amount_max), end = _scaled(amount, amount_max, factor), scale.end()
    return _resolved(start, end, amount, amount_max, resolution, marker, cue, rule)


_GLUED_CENTS = r"(?P<number>[0-9]+(?:\.[0-9]+)?)(?:c|[ \u00a0]cents?)(?![\w])"


_CENTS_AFTER_DIGIT = re.compile(r"c(?:(?<=[0-9]c)(?![\w])|(?<=[0-9][ \u00a0]c)ents?(?![\w]))")
"""What every glued-cents amount holds: "c" or " cent(s)" after a digit, ending a word. The
pattern starts with its letter, which re skips to in C: four times as fast as a pattern
that starts at the digits."""


@cache
def _glued_cents_res() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """Cents with the country of their dollar glued before the number, as Australian and New
    Zealand news writes exchange rates and prices ("US73.5c", "US73.5 cents", "NZ95c"): the
    tokenizer keeps "US73.5" whole, so no number span holds it. The country is a dollar
    symbol without its "$" ("US$", "NZ$"), of a currency that has cents. The first pattern
    finds where one may end its country, the second reads it there: one pattern that starts
    with the countries tries them at every position, four times as long. Last, the length
    of the longest country ("U.S.")."""
    index = lexicons.currency_index()
    cents = ambiguous_marker("cents")
    codes = cents.candidates if cents is not None else ()
    stems = [s[:-1] for s, code in index.symbols.items() if code in codes and s.endswith("$")]
    # One letter is as often a label ("Vitamin C5c", "A4c") as a country.
    stems = [stem for stem in stems if stem.replace(".", "").isalpha() and len(stem) > 1]
    lasts = "".join(sorted({re.escape(stem[-1]) for stem in stems}))
    return (
        re.compile(rf"[{lasts}](?={_GLUED_CENTS})"),
        re.compile(rf"(?<![\w$.])(?P<stem>{grouped(stems)}){_GLUED_CENTS}"),
        max(map(len, stems), default=0),
    )


_CENT_SIGN = re.compile(r"(?<![\w$.,])(?P<number>[0-9]+(?:\.[0-9]+)?)¢(?![\w¢])")
"""An amount in cents with the cent sign glued after it: "99¢", "a 50¢ stamp"."""
_BARE_C = re.compile(r"(?<![\w$.,])(?P<number>[0-9]+(?:\.[0-9]+)?)c(?![\w])")
"""An amount in cents written with a glued "c", as Australian and New Zealand news writes
prices: "Petrol rose 5c a litre to 210.9c"."""
_CAPITAL_BEFORE = LazyPattern(r"[A-Z][\w.]*[ \u00a0]+$")
"""A capitalized word right before a number: "Section 5c", "Grade 3c" name a part."""


def _cents(text: str, start: int, stop: int, reader: re.Pattern[str]) -> list[Parts]:
    """The amounts ``reader`` finds in ``text[start:stop]``: cents of the dollar the article
    reads "cents" as (US cents without evidence), as "99 cents" is. The tokenizer keeps "99¢"
    and "5c" whole, so no number span holds them either. A glued "c" only where the story's
    cents are another dollar's (a Sydney story's "5c"): in American copy "5c" is no price."""
    resolution = CurrencyResolver.of(text).resolve("cents")
    if resolution.code is None or (reader is _BARE_C and resolution.code == "USD"):
        return []
    found = []
    for match in reader.finditer(text, start, stop):
        if reader is _BARE_C and _degrees_or_a_name(text, match.start(), match.end()):
            continue
        amount = numerals_scale(Decimal(match.group("number")), Decimal("0.01"))
        cue = qualifiers.before(text, match.start())
        start = cue.start if cue else match.start()
        found.append(_resolved(start, match.end(), amount, None, resolution, "cents", cue, "minor"))
    return found


def _degrees_or_a_name(text: str, start: int, end: int) -> bool:
    """Whether a glued "c" names a part ("Section 5c") or reads degrees ("40c heat",
    "temperatures of 35c"): a capitalized word before it, or a word of weather near it."""
    if _CAPITAL_BEFORE.search(text, max(0, start - 16), start):
        return True
    near = _LOWER_WORD.findall(text[max(0, start - 60) : end + 60].lower())
    return not _letter_names().temperature.isdisjoint(near)


def glued_cents(text: str, start: int = 0, end: int | None = None) -> list[Parts]:
    """The amounts of glued cents in ``text[start:end]`` (two in a range): with their
    dollar's country ("US73.5c"), with a cent sign ("99¢") or a bare "c" ("5c")."""
    stop = len(text) if end is None else end
    found = _cents(text, start, stop, _CENT_SIGN) if text.find("¢", start, stop) >= 0 else []
    if _CENTS_AFTER_DIGIT.search(text, start, stop) is None:
        return found  # most texts write no cents after a digit: one fast scan says so
    country = _glued_country_cents(text, start, stop)
    taken = {p.end for p in country}
    bare = [p for p in _cents(text, start, stop, _BARE_C) if p.end not in taken]
    return [*found, *country, *bare]


def _glued_country_cents(text: str, start: int, stop: int) -> list[Parts]:
    candidates, reader, longest = _glued_cents_res()
    found = []
    for candidate in candidates.finditer(text, start, stop):
        for begin in range(max(start, candidate.end() - longest), candidate.end() - 1):
            match = reader.match(text, begin, stop)
            if match is not None and match.start("number") == candidate.end():
                parts = _glued_cents_part(text, match)
                found += [parts] if parts is not None else []
                break
    return found


def _glued_cents_part(text: str, found: re.Match[str]) -> Parts | None:
    start, end = found.span()
    marker = f"{found.group('stem')}$"
    resolution = _stated(marker)
    if resolution.code is None:
        return None
    amount = numerals_scale(Decimal(found.group("number")), Decimal("0.01"))
    cue = qualifiers.before(text, start)
    return Parts(
        cue.start if cue else start,
        end,
        amount,
        None,
        resolution.code,
        True,
        marker,
        resolution.reason,
        cue,
        "minor",
    )
