"""Money's currency evidence: the explicit currencies ("A$", "AUD", "Australian dollars") and
the currency places ("Sydney", "New South Wales") an article names, each counted in one scan.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import pairwise

from factextract import gazetteer, lexicons
from factextract.patterns import LazyPattern, grouped, has_case_traps, headed

# ISO codes that are also English words: only money when written next to a currency name.
_WORD_CODES = frozenset(
    {
        "ALL",
        "TOP",
        "CUP",
        "SOS",
        "MOP",
        "BOB",
        "GEL",
        "PEN",
        "MAD",
        "TRY",
        "BAM",
        "NIO",
        "AND",
        "FUN",
        "COP",  # COP27 is a conference
    }
)
# Ambiguous symbols that still say which currency the article's other amounts are in: a story
# written in "£" means pounds sterling when it also says "pounds".
_LENDS = {"£": "GBP"}


class Evidence:
    """The article's currency evidence: explicit currencies and places, counted once."""

    # Not a dataclass: its generated methods are compiled at import (issue #7).
    __slots__ = ("dateline", "explicit", "lent", "places")
    explicit: Counter[str]
    places: Counter[str]
    lent: Counter[str]
    """How often each lending symbol (``_LENDS``) occurs."""
    dateline: Counter[str]
    """The codes whose place the dateline's city is ("MANILA, Feb 15": PHP), also counted
    in ``places``."""

    def __init__(
        self,
        explicit: Counter[str],
        places: Counter[str],
        lent: Counter[str],
        dateline: Counter[str],
    ) -> None:
        self.explicit = explicit
        self.places = places
        self.lent = lent
        self.dateline = dateline

    @classmethod
    def count(cls, text: str) -> Evidence:
        """Count the article's explicit currencies and currency places."""
        index = lexicons.currency_index()
        explicit: Counter[str] = Counter()
        for start, end in _explicit_markers(text):
            marker = text[start:end]
            code = index.symbols.get(marker) or index.names.get(marker.lower())
            if marker in _word_like_symbols() and not _next_to_amount(text, start, end):
                continue  # "QR code", "TL;DR", "SR 5"-less mentions state no currency
            if marker not in index.symbols and rate_verb_after().match(text, end):
                continue  # a name as a rate's subject: "The Australian dollar rose to"
            if code and marker not in _WORD_CODES:
                explicit[code] += 1
        for code in _minor_amounts(text):  # "245 pence" states sterling
            explicit[code] += 1
        lent = Counter({symbol: text.count(symbol) for symbol in _LENDS})
        for symbol, code in _LENDS.items():
            explicit[code] += lent[symbol]
        dateline = _dateline_places(text)
        return cls(explicit, _count_places(text) + dateline, lent, dateline)


class _RateWords(lexicons.Row):
    comment: str = ""
    verbs: frozenset[str]
    between: frozenset[str]
    rate_nouns: tuple[str, ...]
    rate_nouns_after_rates: tuple[str, ...]
    rate_hedges: tuple[str, ...] = ()
    object_verbs: tuple[str, ...] = ()


@cache
def _rate_words() -> _RateWords:
    return lexicons.load_object(_RateWords, "exchange_rates.json")


@cache
def rate_nouns() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Nouns of an exchange rate before its value: always, and once a rate was met."""
    words = _rate_words()
    return words.rate_nouns, words.rate_nouns_after_rates


@cache
def rate_between() -> frozenset[str]:
    """Words between a currency's name and its market verb ("has", "briefly")."""
    return _rate_words().between


@cache
def rate_object_verbs() -> tuple[str, ...]:
    """Market verbs whose object is the rate: "the euro bought $1.0850"."""
    return _rate_words().object_verbs


@cache
def rate_hedges() -> tuple[str, ...]:
    """Hedges a rate noun's value may take beside qualifiers.json's ("was near")."""
    return _rate_words().rate_hedges


@cache
def rate_verbs() -> frozenset[str]:
    """The verbs after a currency's name that make it the subject of its exchange rate's
    move: the change cues and ``exchange_rates.json``'s market verbs."""
    cues = lexicons.change_cues()
    return frozenset({*cues.up, *cues.down, *cues.neutral, *_rate_words().verbs})


@cache
def rate_verb_after() -> re.Pattern[str]:
    """What follows a currency's name that is the subject of its exchange rate's move
    (``exchange_rates.json``): " rose", " has weakened", " traded"."""
    between = grouped(_rate_words().between)
    return re.compile(
        rf"[ \u00a0]+(?:(?:{between})[ \u00a0]+)?(?:{grouped(rate_verbs())})(?![\w-])",
        re.IGNORECASE,
    )


def _minor_amounts(text: str) -> list[str]:
    """The currency of each number followed by a minor unit that belongs to one currency
    ("245 pence", "50 kopeks"): a currency the article states, as its name would. Not "p"
    alone, nor a unit written without a number ("Penny Mordaunt")."""
    minor = _minor_units()  # findall: the words as strings, no Match objects
    return [code for word in _DIGIT_THEN_WORD.findall(text) if (code := minor.get(word.lower()))]


_DIGIT_THEN_WORD = re.compile(r"[0-9] ?([A-Za-z]{3,})")
"""A word of three letters or more right after a digit: the few places a minor unit can be
(one scan that skips to digits in C; a pattern of the names themselves is tried at every
letter they may start with)."""


@cache
def _minor_units() -> dict[str, str]:
    """Minor unit name (lower case, one word, three letters or more) -> its currency."""
    return {
        name: code
        for name, (code, _) in lexicons.currency_index().minor.items()
        if len(name) > 2 and " " not in name
    }


class _Explicit:
    """The pattern of explicit currency markers, and the same split in two cheaper scans."""

    # Not a dataclass: its generated methods are compiled at import (issue #7).
    __slots__ = ("both", "lowered", "names", "names_after", "names_ascii", "symbols")
    both: LazyPattern
    """Symbols (case as written) or names (any case), as ``finditer`` counts them: the spec.
    Compiled on first use: the split scans answer for most texts (7 ms of a cold start)."""
    symbols: re.Pattern[str]
    names: LazyPattern
    """The names in lower case, for the lowered text: ``(?i)`` costs most of a scan. Only
    matched at 0 (``lowered``'s ``startswith`` first), and compiled on first use there."""
    lowered: tuple[str, ...]
    """The names in lower case."""
    names_after: LazyPattern
    """``names`` with the non-word character before it instead of ``\\b``: a pattern that
    starts with a character class skips in C to where it may match, ``\\b`` tries every
    position. Only for a non-ASCII text with names, compiled on first use: these two were
    9 ms of a cold start whose first article needed neither."""
    names_ascii: re.Pattern[str]
    """``names_after`` under ``re.ASCII``, whose ``\\W`` is a table look-up instead of a
    Unicode category test: the scan takes a quarter less."""

    def __init__(
        self,
        both: LazyPattern,
        symbols: re.Pattern[str],
        names: LazyPattern,
        lowered: tuple[str, ...],
        names_after: LazyPattern,
        names_ascii: re.Pattern[str],
    ) -> None:
        self.both = both
        self.symbols = symbols
        self.names = names
        self.lowered = lowered
        self.names_after = names_after
        self.names_ascii = names_ascii


_NOT_AFTER_SYMBOL = r"[\w$]"
_SYMBOL_END = r"(?!(?<=[^\W\d_])[^\W\d_])"
"""A symbol that ends in a letter ends a word there, but digits may follow: "USD 5" and
"Br500" state a currency, "USDA", "Brazil" and "QR code" do not."""


@cache
def _explicit() -> _Explicit:
    index = lexicons.currency_index()
    symbols = [s for s in index.symbols if s not in _WORD_CODES]
    names = grouped(index.names, fold=True)
    names_lowered = tuple(dict.fromkeys(n.lower() for n in index.names))
    lowered = grouped(names_lowered)
    return _Explicit(
        LazyPattern(rf"(?<![\w$])(?:{grouped(symbols)}){_SYMBOL_END}|\b(?i:{names})\b"),
        re.compile(f"(?:{headed(symbols, not_after=_NOT_AFTER_SYMBOL)}){_SYMBOL_END}"),
        LazyPattern(rf"\b(?:{lowered})\b"),
        names_lowered,
        LazyPattern(rf"\W(?:{lowered})\b"),
        re.compile(rf"\W(?:{lowered})\b", re.ASCII),
    )


def _names(lowered: str) -> list[tuple[int, int]]:
    """Where ``_Explicit.names`` finds names in the lowered text. Every name starts and ends
    with a word character, so one starts at 0 or after a non-word character, and never
    right where the last ended: the character before it is no part of the last match."""
    scan = _explicit()
    # A match at 0 starts with a name: most texts start with none (a C test, no compiling).
    first = scan.names.match(lowered) if lowered.startswith(scan.lowered) else None
    found = [first.span()] if first else []
    pos = first.end() if first else 0
    after = [m.span() for m in scan.names_ascii.finditer(lowered, pos)]
    if not lowered.isascii() and not all(_unicode_reads(lowered, *span) for span in after):
        after = [m.span() for m in scan.names_after.finditer(lowered, pos)]
    return found + [(start + 1, end) for start, end in after]


def _unicode_reads(lowered: str, start: int, end: int) -> bool:
    """Whether ``names_after`` matches ``lowered[start:end]`` too. ASCII reads a non-ASCII
    letter or digit as a non-word character, Unicode as a word character, and the names are
    ASCII: each name Unicode finds ASCII finds there too, and ASCII may find more ("éeuro").
    While every name ASCII finds is also Unicode's, the two scans find the same."""
    found = _explicit().names_after.match(lowered, start)
    return found is not None and found.end() == end


def _explicit_markers(text: str) -> list[tuple[int, int]]:
    """Where the explicit currency markers ``_Explicit.both`` finds are, found in two cheaper
    scans: symbols, and names in the lowered text. While no symbol overlaps a name, the one
    scan finds exactly these; an overlap ("Br" of "Brazilian reais") changes where it
    resumes, so it decides."""
    scan = _explicit()
    if not has_case_traps(text):
        found = sorted([m.span() for m in scan.symbols.finditer(text)] + _names(text.lower()))
        if all(a[1] <= b[0] for a, b in pairwise(found)):
            return found
    return [m.span() for m in scan.both.finditer(text)]


@cache
def _word_like_symbols() -> frozenset[str]:
    """Symbols that end in a letter and are no ISO 4217 code ("QR", "SR", "TL", "RM", "Rp",
    "zł"): as often an abbreviation or a word as a currency, they count only beside an
    amount. An ISO code ("the USD weakened") states its currency on its own."""
    iso = set(lexicons.iso4217())
    return frozenset(
        s for s in lexicons.currency_index().symbols if s[-1:].isalpha() and s not in iso
    )


_AMOUNT_AFTER = LazyPattern(r"[ \u00a0]?[0-9]")
_AMOUNT_BEFORE = LazyPattern(r"[0-9][ \u00a0]?$")


def _next_to_amount(text: str, start: int, end: int) -> bool:
    """ "QR 5 million", "Rp5.000", "500 zł": a digit right before or after the symbol."""
    return bool(_AMOUNT_AFTER.match(text, end) or _AMOUNT_BEFORE.search(text, 0, start))


_PLACE_NOT_AFTER, _PLACE_AFTER = r"[\w.]", r"(?![\w])"
"""A currency place is a whole word: "Perth", not "Perthshire" or the "US" of "U.S.US"."""
_PLACE_END = LazyPattern(_PLACE_AFTER)


class _Places:
    """Every code's places in two patterns, each matching the longest place at a position."""

    # Not a dataclass: its generated methods are compiled at import (issue #7).
    __slots__ = ("codes", "hits", "patterns")
    patterns: tuple[re.Pattern[str], ...]
    """The places that start in upper case or with a sign ("(AP)"), and those that start in
    lower case ("eurozone"). A scan stops wherever a place may start: one pattern for all
    would stop at every "e" of the text, and try each capital's places there too."""
    hits: dict[str, tuple[tuple[str, int], ...]]
    """For each place: the codes with a place matching where it does, and how long it is."""
    codes: tuple[str, ...]
    """The codes with places, in lexicon order."""

    def __init__(
        self,
        patterns: tuple[re.Pattern[str], ...],
        hits: dict[str, tuple[tuple[str, int], ...]],
        codes: tuple[str, ...],
    ) -> None:
        self.patterns = patterns
        self.hits = hits
        self.codes = codes


@cache
def _places() -> _Places:
    index = lexicons.currency_index()
    owners: dict[str, list[str]] = {}
    for code, places in index.places.items():
        for place in places:
            owners.setdefault(place, []).append(code)
    capitals = [place for place in owners if not place[0].islower()]
    lower = [place for place in owners if place[0].islower()]
    sources = (headed(capitals, _PLACE_NOT_AFTER), _not_after_each(lower))
    patterns = tuple(re.compile(rf"(?:{source}){_PLACE_AFTER}") for source in sources if source)
    hits = {place: _hits(place, owners) for place in owners}
    return _Places(patterns, hits, tuple(code for code, found in index.places.items() if found))


def _not_after_each(places: list[str]) -> str:
    """``headed(places, _PLACE_NOT_AFTER)`` with the lookbehind after each whole place: re
    factors the start that the places share ("euro" of "eurozone" and "euro zone") out of
    the alternation, and finds a pattern that starts with a string faster than one that
    starts with a character."""
    ordered = sorted(places, key=len, reverse=True)
    return "|".join(f"{re.escape(p)}(?<!{_PLACE_NOT_AFTER}{re.escape(p)})" for p in ordered)


def _hits(place: str, owners: dict[str, list[str]]) -> tuple[tuple[str, int], ...]:
    """Each code's longest place that ``place`` starts with and that ends a word there: the
    place itself, or a shorter one ("British", GBP, in "British Columbia", CAD)."""
    longest: dict[str, int] = {}
    for size in range(len(place), 0, -1):
        if place[:size] in owners and _PLACE_END.match(place, size):
            for code in owners[place[:size]]:
                longest.setdefault(code, size)
    return tuple(longest.items())


def _count_places(text: str) -> Counter[str]:
    """How often each code's places occur, as one ``findall`` per code would count them (its
    places longest first, after no ``_PLACE_NOT_AFTER``, before ``_PLACE_AFTER``), in one pass
    over the positions where some place starts; each code counts its match there unless it
    overlaps the code's previous one, so another code's longer place ("New South Wales")
    does not hide it ("Wales"). tests/test_money.py holds the per-code spec."""
    table = _places()
    counts: dict[str, int] = {}
    ends: dict[str, int] = {}
    for start, place in _place_starts(text, table.patterns):
        for code, length in table.hits[place]:
            if start >= ends.get(code, 0):
                counts[code] = counts.get(code, 0) + 1
                ends[code] = start + length
    return Counter({code: counts[code] for code in table.codes if code in counts})


def named_places(text: str) -> Counter[str]:
    """How often each code's places occur in ``text`` (a sentence), wherever they stand."""
    return _count_places(text)


_IN_BEFORE = LazyPattern(r"\b[Ii]n[ \u00a0]+(?:the[ \u00a0]+)?$")
_POSSESSIVE_AFTER = LazyPattern(r"['\u2019]s?\b")


def located_places(text: str) -> Counter[str]:
    """How often each code's places stand in ``text`` as where something is: after "in"
    ("prices in Malawi") or before a possessive ("Malawi's maize"); not "exports to
    Argentina", a partner."""
    table = _places()
    counts: Counter[str] = Counter()
    for start, place in _place_starts(text, table.patterns):
        end = start + len(place)
        if _IN_BEFORE.search(text, max(0, start - 8), start) or _POSSESSIVE_AFTER.match(text, end):
            for code, _ in table.hits[place]:
                counts[code] += 1
    return counts


_DATELINE_CITY = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})(?=[ \t]*(?:,|\(|[-–—]))",
    re.MULTILINE,
)
"""A dateline's city in capitals at a line's start: "SYDNEY -", "HONG KONG, March 3 (Reuters)"."""
_DATELINE_REACH = 400


def _dateline_places(text: str) -> Counter[str]:
    """The currency places of the article's dateline city, which capitals hide from the place
    names ("SYDNEY - The NSW government will spend $3.2 billion"): the first one found at the
    start of a line in the first ``_DATELINE_REACH`` characters, when it is a whole place."""
    found = _DATELINE_CITY.search(text, 0, _DATELINE_REACH)
    if found is None:
        return Counter()
    city = found.group("city").title()
    hits = _places().hits.get(city, ())  # a whole place: "Sydney", "Hong Kong"
    whole = Counter(code for code, length in hits if length == len(city))
    if whole:
        return whole
    country = _dateline_country(city)  # "DENVER, Feb 23 -": a city the currencies do not list
    if country is None:
        return Counter()
    return Counter(
        code for code, length in _places().hits.get(country, ()) if length == len(country)
    )


_DATELINE_CITY_SIZE = 100_000
"""Fewest people of a dateline city read by the gazetteer, which must also outnumber every
namesake abroad tenfold: a dateline names a city its readers know."""


def _dateline_country(city: str) -> str | None:
    """The name of the country of a dateline's city that the currencies' places do not list
    ("DENVER" -> "United States"): the gazetteer's most populous city of that name, when it
    is big and no namesake abroad comes near it; else None."""
    cities = sorted(
        (e for e in gazetteer.gazetteer().lookup(city) if e.type == "city"),
        key=lambda e: -e.population,
    )
    if not cities or cities[0].population < _DATELINE_CITY_SIZE or cities[0].country_code is None:
        return None
    first, code = cities[0], cities[0].country_code
    if any(
        e.country_code != first.country_code and 10 * e.population > first.population
        for e in cities
    ):
        return None
    return _country_names().get(code)


@cache
def _country_names() -> dict[str, str]:
    """Country code -> the name the currencies' places list the country by ("US" -> "United
    States"), for the places that the gazetteer reads as a country."""
    names: dict[str, str] = {}
    for place in _places().hits:
        for entry in gazetteer.gazetteer().lookup(place):
            if entry.type == "country" and entry.country_code is not None:
                names.setdefault(entry.country_code, place)
    return names


def _place_starts(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[tuple[int, str]]:
    """Each position where a place starts, overlapping ones included, with the longest place
    there, in text order. The patterns' places start with different characters, so no two
    patterns match at one position."""
    found = []
    for pattern in patterns:
        pos = 0
        while (match := pattern.search(text, pos)) is not None:
            found.append((match.start(), match.group()))
            pos = match.start() + 1
    return sorted(found)
