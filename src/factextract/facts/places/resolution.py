"""Which place a mention means.

In order of strength:

1. ``context``: an explicit qualifier pins both names ("Atlanta, Georgia" is the US state;
   "Leye county, Baise, Guangxi Zhuang autonomous region" is the Leye in Guangxi).
2. ``discourse``: a name pinned once keeps that reading in the rest of the article ("Harris
   County, Texas" ... "Harris County opened six shelters"; the dateline's "SPRINGFIELD, Ill."
   ... "Springfield").
3. ``region``, ``country``, ``dateline``: the article's other places share the reading's
   first-level region or country, or the dateline's ("Georgia and Armenia ... Tbilisi" is the
   country); names listed together are read as the same kind of place ("Benin, Niger and
   Cameroon" are countries, "Texas, Georgia and Florida" states).
   Listed names decide between kinds of place when nothing else does (``list``).
4. ``prior``: prominence: a country before a first-level region before a city, a larger city
   before a smaller one, a large city before the same-named region of its own country ("Lagos",
   "Tokyo", "Bern"); ``weak_prior`` when the runner-up was close.

Evidence counts only readings that were not in doubt, then every trusted reading, never the
mention itself; small towns never vouch for each other.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from types import MappingProxyType

from factextract.facts.places.mention import (
    BIG_CITY,
    POSSESSIVES,
    TRAVEL,
    Mention,
    Words,
    capital_tokens,
    capitalized,
    list_start,
    placed_at,
    sentence_initial,
    unseated,
    words,
)
from factextract.facts.spans import Context
from factextract.gazetteer import (
    Entry,
    alternate_names,
    capitals,
    contains,
    fold,
    gazetteer,
    is_compass_part,
    normalize,
)
from factextract.gazetteer_rows import Cue
from factextract.patterns import LazyPattern

CONFIDENCE = MappingProxyType(
    {
        "context": 0.95,
        "unique": 0.9,
        "dateline": 0.9,
        "landmark": 0.8,
        "discourse": 0.85,
        "region": 0.85,
        "country": 0.8,
        "list": 0.8,
        "prior": 0.7,
        "weak_prior": 0.5,
        "unplaced": 0.5,
        "none": 0.5,
    }
)
"""Confidence of each kind of resolution (``Place.confidence``)."""

# Priors on one scale: a city of population p scores 0.2 + 0.25 * log10(p + 1), so a country
# weighs like a city of a billion and a first-level region like one of ten million.
_TYPE_PRIOR = MappingProxyType({"country": 2.45, "admin1": 1.95, "admin2": 1.45})
_CONTINENT_PRIOR = 1.95
_HAND_REGION_PRIOR = 2.2
"""Regions written by hand ("the Gulf") outrank a same-named province elsewhere (Gulf, PNG)."""
_ISO_TYPE_BONUS = 0.5
"""A first-level region whose ISO 3166-2 type is the cue's word: "Gaza governorate" is the
Palestinian governorate, not Mozambique's Gaza province; "Punjab province" is Pakistan's."""
_CAPITAL_BONUS = 1.0
"""A large city over the same-named first-level region of its country, without a cue."""
_PROMINENT_BONUS = _CAPITAL_BONUS
"""A region news means by its name alone over the same-named large city that has the capital
bonus ("Gaza": the Strip, over Gaza City in the Gaza governorate), not over a same-named
first-level region whose country the article names ("Gaza" beside "Mozambique")."""
_COUNTRY_BONUS, _REGION_BONUS, _DATELINE_BONUS, _SIBLING_BONUS = 1.5, 0.5, 0.5, 1.0
_NATION_BONUS = 1.0
"""A nationality word ("Spanish officials") hints at its country less than its name (it
also names languages and peoples abroad: "Spanish-speaking"), where neither the country
nor the dateline counts already, and never for a small town."""
_CLEAR_MARGIN = 0.3
"""A population ratio of about 16 (London over London, Ontario)."""
_SHADOWED_PENALTY = 0.5
"""What a first-level region read only with a cue loses against a namesake region news means
("the Sofia region": Bulgaria's, unless the article names Madagascar or its places)."""
_TOWN_RATIO = 10
"""How much larger a city of ``BIG_CITY`` must be for a town of its name to need its region
named (a city of ``_MAJOR_CITY`` always is, against any town)."""
_MAJOR_CITY = 1_000_000
"""Its namesakes in region-written countries need their region named in the article, not
only their country, up to this size; its small ones (under ``BIG_CITY``) anywhere: "U.S." or
a New York dateline does not make "London" London, Ohio, nor "Perth" the one in New York (a
country weighs like a population ratio of a million)."""
_NAMESAKE_RATIO = 4
"""How much larger a city abroad must be for a town of a region-written country to need its
region named (Birmingham, England, has six times Birmingham, Alabama's people; Victoria,
Hong Kong, three times Victoria, British Columbia's); a city the world names more
(``_famous_over``) needs only ``_ABROAD_RATIO`` times."""
_NAMESAKE_EVIDENCE = 0.75
"""Most a small namesake gains from its region named: a population ratio of 1,000 (Perth,
Scotland, a fiftieth of Perth, Australia, with "Scotland" named; not Melbourne, Derbyshire,
a thousandth of Melbourne, Australia, with "England" named)."""
_VILLAGE = 10_000
"""A small namesake this small gains from its region only where the article names the region
itself ("Illinois"), not one of its towns ("Chicago ... the ECB, meeting in Athens" is no
Athens, Illinois, of 1,900 people)."""
_QUALIFIER_GAP = re.compile(r",[ ]*(?:in[ ]+)?")
_LIST_GAP = re.compile(r"[ ]*(?:,|and|or|&|, and|, or)[ ]*(?:(?:parts?|much|most) of )?")
"""Between two listed names: "Lewiston, Auburn and parts of Lisbon" lists Lisbon too."""


@dataclass(slots=True)
class Resolved:
    """A mention and the entry it was resolved to (None for places the gazetteer lacks);
    never changed once built (not ``frozen``, for speed, like ``Mention``)."""

    mention: Mention
    entry: Entry | None
    resolution: str


def prior(entry: Entry, mention: Mention) -> float:
    """Prominence of one reading before any evidence."""
    return _prior(entry, mention, _regional(mention))


Regional = tuple[frozenset[str | None], float, frozenset[str]]
"""Countries of the first-level regions among a mention's candidates, the population a
city abroad must exceed to weigh like them, and the keys of the seats that take the bonus
under ``BIG_CITY`` (``_regional``, ``_seats``)."""


def _regional(mention: Mention) -> Regional:
    """Countries of the first-level regions among the candidates (for ``_prior``), and the
    population above which a city of another country takes the bonus their same-named towns
    get: a region named after a town of its own (Granada, Nicaragua, named after its town
    of 89,000) is no match for a same-named city abroad ``_ABROAD_RATIO`` times as large
    (Granada, Spain), as León,
    Nicaragua, is none for León, Mexico; a region named after no town of its own
    ("Victoria", "Santa Cruz"), after its country's capital or after a city of
    ``_REGIONAL_CITY`` keeps its weight."""
    candidates, alternates = mention.candidates, mention.alternates
    key = (id(candidates), id(alternates))
    memo = _REGIONAL.get(key)
    # The memo holds the objects themselves, so their ids cannot be reused meanwhile.
    if memo is not None and memo[0] is candidates and memo[1] is alternates:
        return memo[2]
    found = _regional_of(candidates, alternates)
    if len(_REGIONAL) >= _REMEMBERED_READINGS:
        _REGIONAL.clear()
    _REGIONAL[key] = (candidates, alternates, found)
    return found


_REGIONAL: dict[tuple[int, int], tuple[tuple[Entry, ...], tuple[Entry, ...], Regional]] = {}


def _regional_of(candidates: tuple[Entry, ...], alternates: tuple[Entry, ...]) -> Regional:
    """``_regional``, computed."""
    regions = frozenset([e.country_code for e in candidates if e.type == "admin1"])
    if not regions:
        return regions, math.inf, frozenset()
    # The town must lie in its region, where the gazetteer places the region (no village
    # elsewhere in Brazil makes Paraná, the state, a region named after a town).
    seats = {
        e.region if e.region != e.key else e.country_code for e in candidates if e.type == "admin1"
    }
    towns = [
        e for e in candidates if e.type == "city" and (e.region in seats or e.country_code in seats)
    ]
    towns = [e for e in towns if not any(a is e for a in alternates)]
    seated = _seats(towns, regions)
    if {e.country_code for e in towns} != regions:
        return regions, math.inf, seated
    capital = capitals()
    if any((e.country_code, normalize(e.name)) in capital for e in towns):
        return regions, math.inf, seated
    largest = max(e.population for e in towns)
    if largest >= _REGIONAL_CITY:
        return regions, math.inf, seated  # "Valencia": Spain's region lends its city the bonus
    return regions, float(max(_ABROAD_RATIO * largest, BIG_CITY - 1)), seated


def _seats(towns: list[Entry], regions: frozenset[str | None]) -> frozenset[str]:
    """Towns under ``BIG_CITY`` that a bare name means over the first-level region named after
    them, in which they lie: a seat that holds a good part of a region's people ("Fribourg",
    "Neuchatel", "Zug", the cantons' towns; "Faro", "Kars"); not a town small beside its
    country's regions ("Goiás", "Guanajuato", "Molise" keep the state), nor one whose name
    also reads a region abroad ("Florida", Uruguay's town and department, is the US state),
    nor one bearing its country's name."""
    if len(regions) != 1 or not towns:
        return frozenset()
    share = _region_shares().get(next(iter(regions)) or "", math.inf)
    floor = max(_SEAT_FLOOR, share / _SEAT_SHARE)
    return frozenset(e.key for e in towns if floor <= e.population < BIG_CITY and not _eponym(e))


_SEAT_FLOOR = 10_000
"""Fewest people of a town that takes its region's name ("Molise", a village of 167)."""
_SEAT_SHARE = 20
"""A seat takes the bonus with a twentieth of its country's people per first-level region:
Fribourg, 38,000 people, a ninth of a Swiss canton's share; not Guanajuato, 72,000, a fiftieth
of a Mexican state's."""


_ABROAD_RATIO = 2
"""How many times the people of a region's same-named town a city abroad must have to take
the bonus: a clearly larger namesake (Granada, Spain, 2.6 times Granada, Nicaragua), not one
of about the same size (Salto, Brazil, beside Salto, Uruguay; Nantou in China and Taiwan)."""
_REGIONAL_CITY = 500_000
"""A region named after a town of its own this large is named after a city news knows by
itself (Valencia, Spain, over Valencia, Venezuela, twice its size): a larger namesake abroad
takes no bonus from it."""


_FAME_STEP = 0.005
_FAME_NAMES = 5
"""A city gains ``_FAME_STEP`` for each of its alternate names (the world's names for it;
only cities over 100,000 have any), up to ``_FAME_NAMES``: at most a population ratio of
1.26, so only a near tie of namesakes goes to the one known abroad ("Pasadena": California's
142,000, six names, over Texas's 154,000, one; "Cadiz" Spain's, "Orleans" France's,
"Gloucester" England's, over towns of Canada and the Philippines a tenth larger)."""


def _prior(entry: Entry, mention: Mention, regional_: Regional) -> float:
    """``prior``, with ``_regional(mention)`` computed once for all candidates."""
    alternate = bool(mention.alternates) and any(e is entry for e in mention.alternates)
    if entry.type == "city":
        score = 0.2 + 0.25 * math.log10(entry.population + 1)
        score += _FAME_STEP * min(alternate_names(entry), _FAME_NAMES)
        regions, floor, seats = regional_
        regional = entry.country_code in regions or entry.population > floor
        uncued = mention.cue is None or mention.cue.type == "city"
        # A national capital is what a bare name means over a same-named region abroad
        # ("Sucre", Bolivia's capital, over Colombia's and Venezuela's Sucre), and, however
        # small, over the region of its own country named after it ("Banjul", "Valletta").
        if (
            uncued
            and not alternate
            and (
                (entry.population >= BIG_CITY and (regional or (bool(regions) and _capital(entry))))
                or (entry.country_code in regions and _capital(entry) and not _eponym(entry))
                or entry.key in seats
            )
            # but, without a cue, never over its own country named like it: "Djibouti hosts
            # bases" is the country, as "Luxembourg" and "Singapore" are ("Djibouti City" not)
            and not (
                mention.cue is None
                and any(
                    e.type == "country" and e.country_code == entry.country_code
                    for e in mention.candidates
                )
            )
        ):
            score += _CAPITAL_BONUS
    elif entry.type == "region":
        score = _HAND_REGION_PRIOR if entry.key.startswith("region:") else _CONTINENT_PRIOR
        if entry.key in gazetteer().prominent:
            score += _PROMINENT_BONUS
        elif score == _CONTINENT_PRIOR and all(e.type != "country" for e in mention.candidates):
            # a continent named like towns is the continent ("from Asia to northern Europe"
            # in a story naming Peru or the Philippines), as a prominent region is
            score += _PROMINENT_BONUS
    elif entry.type == "admin1":
        score = _region_prior(entry.country_code)
        if entry.key in gazetteer().prominent:
            score += _PROMINENT_BONUS  # "Quebec" alone is the province
        elif entry.key in gazetteer().shadowed:
            score -= _SHADOWED_PENALTY  # "the Sofia region" is Bulgaria's unless told
    elif entry.type == "admin2":
        score = _unit_prior(entry.country_code)
    else:
        score = _TYPE_PRIOR.get(entry.type, 1.0)
    if mention.cue is not None and entry.type in mention.cue.prefers:
        score += 1.0 - 0.3 * mention.cue.prefers.index(entry.type)
        if entry.iso_type is not None and _cue_of(entry.iso_type) is mention.cue:
            score += _ISO_TYPE_BONUS
    return score - (0.5 if alternate else 0.0)  # "Cologne" is Köln only by an alternate name


def _eponym(entry: Entry) -> bool:
    """Whether a city bears its country's name ("Luxembourg", "Djibouti"): the bare name is
    the country's, and its capital gains nothing over the region named alike."""
    country = _countries().get(entry.country_code or "")
    return country is not None and country.name == entry.name


def _capital(entry: Entry) -> bool:
    """Whether a city is its country's national capital (countries.json)."""
    return (entry.country_code, normalize(entry.name)) in capitals()


def _cue_of(iso_type: str) -> Cue | None:
    """The cue written like a first-level region's ISO 3166-2 type ("Governorate")."""
    return words().cues.after.get(iso_type.lower())


def _region_prior(country: str | None) -> float:
    """A first-level region weighs like a city of its country's population shared among the
    country's regions, at most like one of ten million: a Jamaican parish ("Manchester",
    "Portland", "Hanover") is no match for the English or American city, where a US state or
    an Indian state outranks every namesake city."""
    share = _region_shares().get(country or "")
    top = _TYPE_PRIOR["admin1"]
    return top if share is None else min(top, 0.2 + 0.25 * math.log10(share + 1))


def _unit_prior(country: str | None) -> float:
    """A second-level unit weighs like a city of its country's population shared among the
    country's units in the gazetteer: a US county like one of 100,000, an English county
    ("Kent", "Surrey") like one of 650,000, over Kent, Washington, and on a par with Surrey,
    British Columbia, until the article names a country."""
    share = _region_shares("admin2").get(country or "")
    top = _TYPE_PRIOR["admin1"]
    return _TYPE_PRIOR["admin2"] if share is None else min(top, 0.2 + 0.25 * math.log10(share + 1))


@cache
def _region_shares(kind: str = "admin1") -> dict[str, float]:
    """Country code -> the country's population over its number of regions of ``kind``."""
    places = gazetteer().places
    regions = places.per_country(kind)  # read from the rows: no entry made for every region
    return {
        e.country_code: e.population / regions[e.country_code]
        for e in places.of_type("country")
        if e.country_code and regions[e.country_code] and e.population
    }


def options(mention: Mention) -> tuple[Entry, ...]:
    """Candidates of the types a cue allows; a region's cue that also allows a town takes a
    region reading over a town ("Samar province" is no Ukrainian town); (all of them without
    a cue, or when none fits,
    but for a cue that allows no city, a town: "the province of Moravia" is no village in New
    York, "the Bordeaux region" is named after the city)."""
    cue, candidates = mention.cue, _own_names(mention)
    if cue is None:
        return _without_unplaced_seats(candidates)
    if cue.type in _UNIT_TYPES and "city" in cue.prefers:
        # A province may be second-level ("Samar", in the Philippines); a district is never
        # the first-level region named alike ("Sylhet district" is no division).
        units = tuple(e for e in candidates if e.type in cue.prefers or e.type == "admin2")
        units = tuple(e for e in units if e.type in _UNIT_TYPES)
        if units:  # "Samar province" is the Philippine one, not a Ukrainian town
            return units
    fitting = tuple(e for e in candidates if e.type in cue.prefers)
    if fitting and cue.type == "admin1" and all(_unit_unknown_there(e, cue) for e in fitting):
        # A region's cue names no town of a country whose regions are never called so:
        # "Lebanon province" is no Tennessee town but a province the gazetteer lacks, and
        # "Angola province" the country, written with a word that fits no reading
        # ("Kandahar province", "Cebu province" keep theirs; a town of another country
        # keeps its reading).
        return tuple(e for e in candidates if e.type == "country")
    if fitting or "city" in cue.prefers:
        return fitting or candidates
    return tuple(e for e in candidates if e.type != "city" or e.population >= BIG_CITY)


_UNIT_TYPES = frozenset({"admin1", "admin2"})


def _unit_unknown_there(entry: Entry, cue: Cue) -> bool:
    """Whether ``entry`` is a town of a country that writes its regions (US, Canada,
    Australia) none of whose first-level regions is of the cue's ISO 3166-2 type (no US
    province, oblast or governorate), and which files no such units at the second level."""
    code = entry.country_code
    return (
        entry.type == "city"
        and code in region_written_countries()
        and code not in cue.second_level_in
        and code not in _cued_countries(cue)
    )


@cache
def _cued_countries(cue: Cue) -> frozenset[str | None]:
    """Countries with a first-level region whose ISO 3166-2 type is written as ``cue``."""
    return frozenset(
        e.country_code
        for e in gazetteer().places.of_type("admin1")
        if e.iso_type is not None and _cue_of(e.iso_type) is cue
    )


def _units_alone(
    ctx: Context, mentions: list[Mention], pinned: dict[int, tuple[Entry, str]]
) -> list[Mention]:
    """Mentions re-read as the unit named so only with a cue whose country holds every town
    of their own name, where those are only villages or several small namesakes
    (``_unit_over_villages``): "The storm moved from Manila toward Cavite" (the province, not
    a village of 2,400), "Gardai searched a house in Donegal" (the county, not its town of
    2,600)."""
    changed = None
    for k, mention in enumerate(mentions):
        if k in pinned or mention.how != "name" or mention.strong or not mention.candidates:
            continue
        first = mention.candidates[0]
        if not mention.alternates and (first.type != "city" or first.population >= BIG_CITY):
            continue  # most names, at a glance
        own = _small_towns(mention)
        if not own or any(e.country_code != own[0].country_code for e in own):
            continue
        units = _unit_over_villages(ctx, mention, own[0].country_code, own)
        if units:
            changed = changed or list(mentions)
            changed[k] = replace(mention, candidates=units, alternates=())
    return changed or mentions


def _small_towns(mention: Mention) -> list[Entry]:
    """The readings of a mention by its own name (not by an alternate one), where all are
    towns under ``BIG_CITY``; else none."""
    alternates = mention.alternates
    own = []
    for e in mention.candidates:
        if alternates and any(a is e for a in alternates):
            continue
        if e.type != "city" or e.population >= BIG_CITY:
            return []  # most names: the likeliest reading comes first
        own.append(e)
    return own


def _unit_over_villages(
    ctx: Context, mention: Mention, home: str | None, own: Sequence[Entry] | None = None
) -> tuple[Entry, ...]:
    """The units of country ``home`` named so only with a cue that a name listed with places
    of ``home`` means, where its own name reads no town news names alone: a village (under
    ``_VILLAGE``), or one of several namesakes in ``home`` of under ``BIG_CITY`` each
    ("Residents of Cavite and Batangas": a village of 2,400, Cavite City being Cavite only by
    an alternate name; "Quezon City and Rizal": five small Philippine towns called Rizal);
    none where a town of ``_VILLAGE`` bears the name alone in ``home`` ("Galway", "Sligo").
    ``own``: ``_small_towns(mention)``, when known."""
    if mention.strong:
        return ()
    if own is None:
        own = _small_towns(mention)
    if not own:
        return ()
    if max(e.population for e in own) >= _VILLAGE and sum(e.country_code == home for e in own) < 2:
        return ()
    name = ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[mention.end - 1]]
    return tuple(e for e in gazetteer().cued_region(name) if e.country_code == home)


"""Types of the regions a place-type cue names ("province", "county")."""


def _without_villages_above(candidates: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """Uncued, without the villages (under ``_VILLAGE``) named like a region above or across
    countries: "Leaders from the Middle East met in Atlanta" is no Baltimore neighbourhood of
    1,900 people, whatever US places the article names, "the Pacific" no Missouri town, nor
    "North Wales" (a region's part, ``recognize.compass_parts``) a Pennsylvania one. For
    the readings the evidence weighs only: a qualifier still pins the village ("Police in
    Pacific, Missouri", ``qualified_pairs``)."""
    if len(candidates) < 2 or not any(
        e.type == "region" and (e.country_code is None or is_compass_part(e)) for e in candidates
    ):
        return candidates  # most names
    return tuple(e for e in candidates if e.type != "city" or e.population >= _VILLAGE)


def _without_unplaced_seats(candidates: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """Uncued, without the first-level regions GeoNames does not place (ISO 3166-2 only: no
    point, no id) that a town of their country is named like, or a foreign city with more
    people than such a region holds on average (``_region_prior``): such a region is named
    after its seat, and news names the seat. "Jenin", "Ramallah" are the towns, not
    Palestinian governorates; "Jerusalem" is the city (a Palestinian governorate by ISO,
    Israel's by GeoNames) whatever Palestinian places the article names; Mozambique's Gaza
    province outweighs Gaza city and stays for the evidence to decide."""
    unplaced = [e for e in candidates if e.type == "admin1" and e.latitude is None]
    if not unplaced:
        return candidates
    prominent, shares = gazetteer().prominent, _region_shares()
    seats = [
        e
        for e in unplaced
        if e.key not in prominent
        and any(
            c.type == "city"
            and (
                c.country_code == e.country_code
                or c.population > shares.get(e.country_code or "", math.inf)
            )
            for c in candidates
        )
    ]
    return tuple(e for e in candidates if e not in seats) if seats else candidates


def _own_names(mention: Mention) -> tuple[Entry, ...]:
    """The candidates, without the cities called so only by an alternate name when the name
    is a country's: "Mexico", "Panama", "Kuwait" alone are the countries, whatever a dateline
    in their capital adds to the evidence."""
    candidates, alternates = mention.candidates, mention.alternates
    if not alternates or all(e.type != "country" for e in candidates):
        return candidates
    return tuple(e for e in candidates if not any(a is e for a in alternates))


def qualified_pairs(ctx: Context, mentions: Sequence[Mention]) -> dict[int, tuple[Entry, str]]:
    """Mentions pinned by a neighbour: "Atlanta, Georgia", "Kariya, Aichi prefecture",
    "Leye county, Baise, Guangxi Zhuang autonomous region", "Georgia's Fulton County":
    index -> (entry, "context")."""
    pinned: dict[int, tuple[Entry, str]] = {}
    text, starts, ends = ctx.text, ctx.token_chars, ctx.token_ends
    for k in range(len(mentions) - 1):
        inner, outer = mentions[k], mentions[k + 1]
        if inner.end + 1 == outer.start and ctx.words[inner.end] in POSSESSIVES:
            if not _brand(ctx, outer):  # "Japan's Toyota" is the carmaker
                _possessed(mentions, k, pinned)  # "Georgia's Fulton County"
            continue
        if town_cued(ctx, inner, outer):
            _possessed(mentions, k, pinned)  # "the Idaho city of Moscow"
            continue
        comma = ends[inner.end - 1]  # the gap opens with a comma, or it qualifies nothing
        if text[comma : starts[outer.start]] == " in ":
            _town_in_state(inner, outer, k, pinned)  # "Augusta in Georgia"
            _place_in_country(inner, outer, k, pinned)  # "Flores in Guatemala"
            continue
        if _IN_COUNTRY_GAP.fullmatch(text, comma, starts[outer.start]):
            _place_in_country(inner, outer, k, pinned)  # "Flores in northern Guatemala"
            continue
        if comma >= starts[outer.start] or text[comma] != ",":
            continue
        if not _QUALIFIER_GAP.fullmatch(text, comma, starts[outer.start]):
            continue
        if _brand_apposed(ctx, inner, outer):
            continue  # "Santander, Spain's largest bank": the bank, no town qualified
        inner_options = (pinned[k][0],) if k in pinned else options(inner)
        pairs = [(a, b) for a in inner_options for b in options(outer) if contains(b, a)]
        if any(_town_in_town(a, b) for a, b in pairs) and _listed(ctx, outer.end):
            beyond = mentions[k + 2] if k + 2 < len(mentions) else None
            chained = beyond is not None and any(  # "Leye county, Baise, Guangxi"
                contains(c, b)
                for _, b in pairs
                for c in options(beyond)
                if c.type not in ("city", "admin2")
            )  # "Virginia, Washington and Oregon" are no towns of Illinois; a unit beside
            # towns of its first-level region chains none ("Batangas, Cavite and Laguna")
            if not chained:
                pairs = [(a, b) for a, b in pairs if not _town_in_town(a, b)]
        if any(_town_in_town(a, b) for a, b in pairs) and any(b.type != "city" for _, b in pairs):
            # "Buffalo, New York" is the state: a town's qualifier is its region, where one
            # reads so, not a larger city of that region ("Leye county, Baise" stays)
            pairs = [(a, b) for a, b in pairs if not _town_in_town(a, b)]
        if pairs and k not in pinned and _cities_listed(ctx, mentions, k, pairs):
            continue  # "He toured Boston, New York and Lisbon": no Boston in New York state
        if pairs and k not in pinned and _regions_listed(ctx, inner, outer, pairs):
            continue  # "Wales, Cornwall and Devon": no village of Wales in Cornwall
        if pairs:
            a, b = max(pairs, key=lambda p: prior(p[0], inner) + prior(p[1], outer))
            pinned[k], pinned[k + 1] = (a, "context"), (b, "context")
    return pinned


_SETTLED_TOWN = 50_000
"""A town this large, the only one so named, is what a settlement's locative names over a
region named alike (``_settled``)."""
_SETTLEMENT_OF = frozenset({("outskirts", "of"), ("suburbs", "of")})
"""Locatives of a settlement's parts: the name after them is a town."""


def _settlement_locative(ctx: Context, start: int) -> bool:
    """Whether the words before token ``start`` place a town, no region: terrain above it
    (the locatives ending in "above": "the hills above", "the canyons above") or its edge
    ("the outskirts of", "the suburbs of"; not "the streets of", said of regions too)."""
    if start < 2:
        return False
    pair = (ctx.lowers[start - 2], ctx.lowers[start - 1])
    if pair[1] == "above":
        return any(pair in phrases for n, phrases in words().locatives if n == 2)
    return pair in _SETTLEMENT_OF


_TOWN_PEOPLE = frozenset(
    {"officials", "residents", "firefighters", "homeowners", "police", "authorities"}
)
"""Lower-case people of a place after its name: a town's, where the region named alike lies
abroad ("Santa Barbara officials": the Californian city, no Honduran department)."""


def _town_people(ctx: Context, m: Mention) -> bool:
    """Whether one of ``_TOWN_PEOPLE`` follows the name and its first-level region readings
    all lie in other countries than its one town of ``_SETTLED_TOWN`` ("Santa Barbara
    officials"; not "Durango officials", Mexico's state and its capital)."""
    if m.end >= len(ctx.lowers) or ctx.lowers[m.end] not in _TOWN_PEOPLE:
        return False
    town = next(e for e in m.candidates if e.type == "city" and e.population >= _SETTLED_TOWN)
    return all(e.country_code != town.country_code for e in m.candidates if e.type == "admin1")


def _settled(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """Mentions after a settlement's locative (``_settlement_locative``) without their
    first-level region readings where one town of at least ``_SETTLED_TOWN`` people is
    named alike: "the canyons above Santa Barbara" and "the outskirts of Santa
    Barbara" are the Californian city, no Honduran department; a country keeps its reading,
    and a region with no such town ("the hills above Tuscany": Alberta's is 20,000) or with
    several ("the outskirts of Victoria", "Santa Cruz") stays. So does a name before a
    lower-case "airport", named after its town ("near Santa Barbara airport"), and one before
    a town's people whose regions lie abroad (``_town_people``)."""
    out, lowers = [], ctx.lowers
    for m in mentions:
        if (
            m.cue is None
            and len(m.candidates) > 1
            and any(e.type == "admin1" for e in m.candidates)
            and sum(e.type == "city" and e.population >= _SETTLED_TOWN for e in m.candidates) == 1
            and (
                (m.end < len(lowers) and lowers[m.end] == "airport")
                or (m.locative and _settlement_locative(ctx, m.start))
                or _town_people(ctx, m)
            )
        ):
            kept = tuple(e for e in m.candidates if e.type != "admin1")
            m = replace(m, candidates=kept)
        out.append(m)
    return out


_CAPITAL_APPOSED = LazyPattern(
    r",[ ]*the[ ]+(?:(?:country|nation)(?:'|’)s[ ]+|[A-Z][a-z]+[ ]+)?"
    r"capital(?:[ ]+city)?(?![\w'’-]|[ ]+(?:and|or)\b)"
)
"""A country's name apposed to "the capital" ("Djibouti, the capital", "Kuwait, the Kuwaiti
capital", "Panama, the country's capital city"), not to its possessive ("the capital's") nor
listed with it ("Djibouti, the capital and other towns")."""
_CAPITAL_BEFORE = LazyPattern(
    r"\b[Tt]he[ ]+(?:(?:country|nation)(?:'|’)s[ ]+|[A-Z][a-z]+[ ]+)?capital(?:[ ]+city)?,?[ ]*\Z"
)
""""the capital" right before a country's name ("in the capital, Djibouti,", "the Kuwaiti
capital Kuwait"), not listed on with "and" or "or" after it (``_LISTED_AFTER``) and
followed by ``_APPOSED_END``."""
_CAPITAL_REACH = 40
_LISTED_AFTER = LazyPattern(r"[ ]*,?[ ]*(?:and|or)\b")
_APPOSED_END = LazyPattern(r"[ ]*(?:[,.;:)]|(?:on|in|at|from|to|after|before|during|since)\b)")
"""After the name "the capital" comes before: punctuation or a preposition ("in the capital,
Djibouti, on Monday"), no possessive or verb ("the capital, Djibouti's ministers said")."""


def _capitals_apposed(
    ctx: Context, mentions: Sequence[Mention], pinned: dict[int, tuple[Entry, str]]
) -> None:
    """Pin, as the city, a country's name when "the capital" is apposed to it and its
    capital is named alike or after it and "City": "Troops arrived in Djibouti, the capital"
    is the city, as "Guatemala, the capital" (Guatemala City) and "Kuwait, the Kuwaiti
    capital" (Kuwait City) are; "the capital's hospital", "Djibouti, the capital and other
    towns" and a country whose capital is named otherwise ("Brazil, the capital") pin
    nothing."""
    text, starts, ends = ctx.text, ctx.token_chars, ctx.token_ends
    if "capital" not in text:
        return  # most articles
    for k, mention in enumerate(mentions):
        if k in pinned:
            continue
        end, start = ends[mention.end - 1], starts[mention.start]
        after = _CAPITAL_APPOSED.match(text, end) if text[end : end + 1] == "," else None
        reach = max(0, start - _CAPITAL_REACH)
        before = (
            _CAPITAL_BEFORE.search(text, reach, start)
            if "capital" in text[reach:start]
            and (end == len(text) or _APPOSED_END.match(text, end))
            and not _LISTED_AFTER.match(text, end)
            else None
        )
        if after is None and before is None:
            continue
        found = options(mention)
        lands = [e for e in found if e.type == "country"]
        codes = {e.country_code for e in lands}
        # the capital named alike ("Djibouti") or after it and "City" ("Kuwait City")
        towns = [*found, *(t for e in lands for t in gazetteer().lookup(e.name + " City"))]
        for entry in towns:
            if entry.type == "city" and entry.country_code in codes and _capital(entry):
                pinned[k] = (entry, "context")
                break


def _brand_apposed(ctx: Context, inner: Mention, outer: Mention) -> bool:
    """Whether a name that is also a brand's, a company's or a common word's stands before
    a comma and another place's possessive, an apposition that says what it is ("Santander,
    Spain's largest bank"), no qualifier; a town so apposed stays qualified ("Atlanta,
    Georgia's capital")."""
    if outer.end >= len(ctx.words) or ctx.words[outer.end] not in POSSESSIVES:
        return False
    lists = words()
    text = ctx.text[ctx.token_chars[inner.start] : ctx.token_ends[inner.end - 1]]
    return text in lists.common or text in lists.companies


def _regions_listed(
    ctx: Context, inner: Mention, outer: Mention, pairs: Sequence[tuple[Entry, Entry]]
) -> bool:
    """Whether "A, B" starts a list of regions rather than a town in its region: the list goes
    on after B, and A alone reads likeliest as a country or first-level region that no pair
    holds ("much of Wales, Cornwall and Devon"; "Penzance, Cornwall and Plymouth" stays a town
    in Cornwall)."""
    if not _listed(ctx, outer.end):
        return False
    alone = max(options(inner), key=lambda e: prior(e, inner))
    if alone.type in ("country", "admin1") and not any(a is alone for a, _ in pairs):
        return True
    # or A names a unit of B's type and country only with a cue, as a unit listed with B
    # would be ("Cavite, Laguna and Rizal": provinces, no Cavite City in Laguna)
    name = ctx.text[ctx.token_chars[inner.start] : ctx.token_ends[inner.end - 1]]
    units = gazetteer().cued_region(name) if gazetteer().cued else ()
    return any(
        u.type == b.type and u.country_code == b.country_code for u in units for _, b in pairs
    )


def _cities_listed(
    ctx: Context, mentions: Sequence[Mention], k: int, pairs: Sequence[tuple[Entry, Entry]]
) -> bool:
    """Whether "A, B" is two listed cities rather than a town in its region: B also names a
    major city, A alone is a city of ``BIG_CITY`` people outside B, its reading in B is a
    smaller town, and the list goes on with a name whose likeliest reading lies outside B
    ("Boston, New York and Lisbon"; "Rome, New York, and Utica" stays a town in New York
    state, and so does "Vancouver, Washington and Portland": a city of its own)."""
    inner, outer = mentions[k], mentions[k + 1]
    if k + 2 >= len(mentions) or not _listed(ctx, outer.end):
        return False
    beyond = mentions[k + 2]
    gap = ctx.token_ends[outer.end - 1], ctx.token_chars[beyond.start]
    if not beyond.candidates or not _LIST_GAP.fullmatch(ctx.text, *gap):
        return False
    if not any(e.type == "city" and e.population >= _MAJOR_CITY for e in options(outer)):
        return False
    alone = max(options(inner), key=lambda e: prior(e, inner))
    if alone.type != "city" or alone.population < BIG_CITY:
        return False
    if any(contains(b, alone) or a.population >= BIG_CITY for a, b in pairs):
        return False
    then = max(options(beyond), key=lambda e: prior(e, beyond))
    return not any(contains(b, then) for _, b in pairs)


_NEAR_GAP = re.compile(
    r",?[ ]+(?:(?:just|some|about)[ ]+)?(?:near|outside|close[ ]+to"
    r"|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)[ ]+of)[ ]+"
)
"""Between a place and the place it lies near: "El Palmar near Murcia", "a village outside
Lyon", "Nurdagi, north of Gaziantep"."""


def near_places(
    ctx: Context, mentions: Sequence[Mention], pinned: Collection[int]
) -> dict[int, tuple[Entry, ...]]:
    """Mentions said to lie near a place ("El Palmar near Murcia"), with only their readings
    in the country of that place's likeliest reading: index -> readings, empty when none is
    there (a village the gazetteer lacks, no Guatemalan town)."""
    near: dict[int, tuple[Entry, ...]] = {}
    text, starts, ends = ctx.text, ctx.token_chars, ctx.token_ends
    for k in range(len(mentions) - 1):
        inner, outer = mentions[k], mentions[k + 1]
        if k in pinned or not inner.candidates or not outer.candidates:
            continue
        if not _NEAR_GAP.fullmatch(text, ends[inner.end - 1], starts[outer.start]):
            continue
        country = max(options(outer), key=lambda e: prior(e, outer)).country_code
        if country is not None:  # a natural feature may cross borders: "the Rio Grande near"
            features = gazetteer().features
            near[k] = tuple(
                e for e in inner.candidates if e.country_code == country or e.key in features
            )
    return near


def owned_places(
    ctx: Context, mentions: Sequence[Mention], pinned: Collection[int]
) -> dict[int, tuple[Entry, ...]]:
    """Cued units after a town's possessive ("London's Docklands area") that no qualifier
    pinned, without their readings as towns outside the country of the town's likeliest
    reading: index -> readings, empty when none is left (a part of the town the gazetteer
    lacks, no Docklands, Victoria); regions and counties stay ("Lome's Yunnan province" is no
    part of a town)."""
    owned: dict[int, tuple[Entry, ...]] = {}
    for k in range(1, len(mentions)):
        owner, unit = mentions[k - 1], mentions[k]
        if k in pinned or unit.cue is None or not unit.candidates or not owner.candidates:
            continue
        if owner.end + 1 != unit.start or ctx.words[owner.end] not in POSSESSIVES:
            continue
        town = max(options(owner), key=lambda e: prior(e, owner))
        if town.type != "city" or town.country_code is None:
            continue
        kept = tuple(
            e for e in unit.candidates if e.type != "city" or e.country_code == town.country_code
        )
        if len(kept) < len(unit.candidates):
            owned[k] = kept
    return owned


def _town_in_state(
    inner: Mention, outer: Mention, k: int, pinned: dict[int, tuple[Entry, str]]
) -> None:
    """Pin "town in region" where the name before "in" reads first (by prominence) as a
    town of a first-level region the name after it reads too, where that name also reads a
    country or a city: "the Masters at Augusta in Georgia" is the US state, as "Augusta,
    Georgia" is, and "a school in Buffalo in New York" the state (a region of one reading,
    "Chibok in Borno state", needs no pin). A town whose first reading lies
    elsewhere pins nothing ("refugees from Kabul in Pakistan", "Athens in Georgia"), nor does
    a country after "in" ("Doha in Qatar" is left to the evidence), nor a town within
    ``_WITHIN_CITY`` km of a city the name after "in" reads ("Brooklyn in New York" is the
    city), nor a pinned name."""
    if k in pinned or k + 1 in pinned:
        return
    towns = [e for e in options(inner) if e.type != "country"]
    if not towns or len(towns) != len(options(inner)):
        return
    town = max(towns, key=lambda e: prior(e, inner))
    if town.type != "city":
        return
    if any(e.type == "city" and _km(town, e) <= _WITHIN_CITY for e in options(outer)):
        return  # "Brooklyn in New York": a part of the city named after its state
    states = [e for e in options(outer) if e.type == "admin1" and contains(e, town)]
    if len(states) == 1 and any(e.type in ("country", "city") for e in options(outer)):
        pinned[k], pinned[k + 1] = (town, "context"), (states[0], "context")


def _place_in_country(
    inner: Mention, outer: Mention, k: int, pinned: dict[int, tuple[Entry, str]]
) -> None:
    """Pin "place in country" to the place's reading that country holds, the likeliest if
    several: "Flores in Guatemala" is the town in Peten, not Uruguay's department (a name
    with no reading there is dropped by ``_contradicted``). A country that also reads a
    region abroad ("Georgia") is left to ``_town_in_state``; a name that also reads a country, a
    national capital or a city of ``_MAJOR_CITY`` abroad pins nothing: "in" may place the
    clause, not the name ("refugees from Kabul in Pakistan")."""
    if k in pinned or k + 1 in pinned:
        return
    nations = options(outer)
    if not nations or nations[0].type != "country":
        return
    nation = nations[0]
    if any(e.country_code != nation.country_code for e in nations):
        return  # "Georgia": the US state too; Guatemala's department is Guatemala's
    found = options(inner)
    inside = [e for e in found if e.country_code == nation.country_code]
    if not inside or len(inside) == len(found):
        return  # none there (``_contradicted``), or all: the evidence decides among them
    if any(_world_city(e) for e in found if e.country_code != nation.country_code):
        return
    pinned[k] = (max(inside, key=lambda e: prior(e, inner)), "context")
    pinned[k + 1] = (nation, "context")


def _town_in_town(inner: Entry, outer: Entry) -> bool:
    """Whether a city is read as lying in another city of its region."""
    return inner.type == "city" and outer.type == "city"


def _listed(ctx: Context, after: int) -> bool:
    """Whether a list goes on after token ``after - 1`` ("and", "or", or a comma and a
    capitalized word): "London, Paris and Berlin" is no London in Paris, Ontario, where
    "Leye county, Baise" is a county in its prefecture-level city."""
    lowers = ctx.lowers
    return after < len(lowers) and (
        lowers[after] in ("and", "or", "&")
        or (lowers[after] == "," and after + 1 < len(lowers) and capitalized(ctx.words[after + 1]))
    )


def _brand(ctx: Context, mention: Mention) -> bool:
    """Whether a bare name is a brand's, a company's or a club's ("Toyota", "Orange")."""
    if mention.cue is not None:
        return False  # "Georgia's Fulton County"
    text = ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[mention.end - 1]]
    return text in words().owned


_TOWN_CUES = frozenset({"city", "locality"})
_TOWN_CUE_GAP = 4
"""Most tokens of a town's cue and its "of" ("border town of", "county-level city of")."""


def town_cued(ctx: Context, region: Mention, town: Mention) -> bool:
    """Whether a name stands right before a town's cue and "of" that name ``town`` ("the Idaho
    city of Moscow", "the Kentucky town of London", "the Georgia city of Rome"): it qualifies
    the town, as "Idaho's Moscow" does; so does a part's cue that keeps a town ("the London
    borough of Haringey")."""
    cue, gap = town.cue, town.start - region.end
    if town.how != "before_cue" or cue is None or not (cue.type in _TOWN_CUES or cue.keeps_city):
        return False
    if not 2 <= gap <= _TOWN_CUE_GAP or ctx.lowers[town.start - 1] != "of":
        return False
    return all(ctx.words[i][:1].islower() for i in range(region.end, town.start))


def _possessed(mentions: Sequence[Mention], k: int, pinned: dict[int, tuple[Entry, str]]) -> None:
    """Pin mention ``k`` and the next, which it owns ("Georgia's Fulton County", "China's
    Guangdong province"), where a reading of the second lies in one of the first."""
    outer, inner = mentions[k], mentions[k + 1]
    outer_options = (pinned[k][0],) if k in pinned else options(outer)
    pairs = [(a, b) for a in options(inner) for b in outer_options if contains(b, a)]
    if any(e.type == "country" for e in outer_options):
        # "Mexico's Pacific coast": a country's name owns no town of a namesake town
        # (Pacific and Mexico, both in Missouri)
        pairs = [(a, b) for a, b in pairs if not _town_in_town(a, b)]
    if pairs:
        a, b = max(pairs, key=lambda p: prior(p[0], inner) + prior(p[1], outer))
        pinned[k], pinned[k + 1] = (b, "context"), (a, "context")


@dataclass(slots=True)
class Evidence:
    """Countries and regions the article mentions, with the dateline's; never changed once
    built (not ``frozen``, for speed: ``without`` builds one per mention and pass)."""

    countries: Counter[str]
    regions: Counter[str]
    dateline: Entry | None
    own: tuple[Entry, ...] = ()
    """Readings that do not count (``without``): subtracted on lookup, not by copying the
    counters for every mention."""
    nations: frozenset[str] = frozenset()
    """Countries the article's nationality words hint at ("Spanish officials")."""
    states: frozenset[str] = frozenset()
    """First-level regions the article names themselves ("Maine"), not only by a town."""
    doubted: Mapping[str, int] | None = None
    """First-level regions of readings in doubt (``weak_prior``), by count: they vouch for no
    small namesake's region ("Hamilton sold out in London": Hamilton, Ontario, barely outweighs
    Hamilton, New Zealand, and makes no London, Ontario)."""
    bodies: frozenset[str] = frozenset()
    """First-level regions named only inside public bodies' names ("Ohio University"): they
    count as named for the readings inside them alone (without their country), not for their
    country's others."""

    @classmethod
    def of(
        cls,
        entries: Sequence[Entry | None],
        dateline: Entry | None,
        nations: frozenset[str] = frozenset(),
        held: Sequence[Entry] = (),
    ) -> Evidence:
        # Lists, not generators: ``Counter`` counts a list in C.
        countries: Counter[str] = Counter([e.country_code for e in entries if e and e.country_code])
        regions: Counter[str] = Counter([e.region for e in entries if e and e.region])
        states = frozenset([e.region for e in entries if e and e.type == "admin1" and e.region])
        bodies = frozenset([e.region for e in held if e.region])
        return cls(countries, regions, dateline, (), nations, states, None, bodies)

    def doubting(self, entries: Sequence[Entry | None]) -> Evidence:
        """The evidence, with the regions of ``entries`` (readings in doubt) kept from
        vouching for a small namesake."""
        doubted = Counter([e.region for e in entries if e and e.region])
        if not doubted:
            return self
        states = self.states.difference([e.region for e in entries if e and e.type == "admin1"])
        return replace(self, doubted=doubted, states=states)

    def without(self, entry: Entry | None) -> Evidence:
        """The evidence minus one mention's own contribution."""
        if entry is None:
            return self
        return Evidence(
            self.countries,
            self.regions,
            self.dateline,
            (*self.own, entry),
            self.nations,
            self.states,
            self.doubted,
            self.bodies,
        )

    def country(self, code: str) -> bool:
        """Whether the article names country ``code`` (a code, not "")."""
        count = self.countries.get(code, 0)  # not ``Counter[...]``: its ``__missing__`` is slow
        if not count:
            return False  # most readings' countries: nothing to subtract from
        for entry in self.own:
            count -= entry.country_code == code
        return count > 0

    def region(self, region: str, body: bool = False) -> bool:
        """Whether the article names a place in first-level region ``region`` (``body``:
        besides the dateline, which says where the reporter is)."""
        count = self.regions.get(region, 0)
        if not count:
            return False
        for entry in self.own:
            count -= entry.region == region
        if body and self.dateline is not None:
            count -= self.dateline.region == region
        return count > 0

    def state(self, region: str) -> bool:
        """Whether the article names first-level region ``region`` itself ("Maine")."""
        if region not in self.states:
            return False
        return not any(e.type == "admin1" and e.region == region for e in self.own)

    def mentions_of(self, region: str) -> int:
        """How many of the article's readings (the dateline's aside) lie in ``region``."""
        count = self.regions.get(region, 0)
        for entry in self.own:
            count -= entry.region == region
        if self.dateline is not None:
            count -= self.dateline.region == region
        return max(count, 0)

    def score(
        self, entry: Entry, regional: bool = False, hinted: bool = True
    ) -> tuple[float, str | None]:
        """Bonus for a reading, and the strongest kind of support it got; ``regional``: only
        the article naming its first-level region counts, not its country nor the dateline;
        ``hinted``: whether a nationality word may count."""
        bonus, kind = 0.0, None
        body = entry.region is not None and entry.region in self.bodies and entry.type == "city"
        region = body or (entry.region is not None and self.region(entry.region, regional))
        if region and regional and entry.population < _VILLAGE and entry.region is not None:
            # "Chicago ... meeting in Athens": no Athens, Ill.
            region = body or self.state(entry.region)
        doubted, name = self.doubted, entry.region
        if region and regional and doubted is not None and name is not None and name in doubted:
            # unless named itself: "Portland and Salem in Oregon", Portland in doubt
            region = self.state(name) or self.mentions_of(name) > doubted[name]
        if entry.country_code and (region or not regional) and self.country(entry.country_code):
            bonus, kind = bonus + _COUNTRY_BONUS, "country"
        if region:
            bonus, kind = bonus + _REGION_BONUS, "region"
        line = self.dateline
        if line is not None and not regional and entry.country_code == line.country_code:
            same_region = entry.region is not None and entry.region == line.region
            bonus += _DATELINE_BONUS * (2 if same_region else 1)
            kind = kind or "dateline"
        if kind is None and not regional and hinted and self._hinted(entry):
            bonus, kind = bonus + _NATION_BONUS, "country"  # "Spanish officials"
        return (min(bonus, _NAMESAKE_EVIDENCE) if regional else bonus), kind

    def _hinted(self, entry: Entry) -> bool:
        """Whether a nationality word hints at the reading's country, a reading that is no
        small town."""
        if entry.country_code not in self.nations:
            return False
        return entry.type != "city" or entry.population >= BIG_CITY


def supported(entry: Entry, evidence: Evidence) -> bool:
    """Whether the article (another place, or the dateline) names the country of ``entry``;
    ``evidence`` must not count the mention itself."""
    dateline = evidence.dateline
    in_dateline = dateline is not None and entry.country_code == dateline.country_code
    return bool(entry.country_code and evidence.country(entry.country_code)) or in_dateline


def weak(mention: Mention, entry: Entry | None) -> bool:
    """A bare name read as a small town (or through an alternate name): it needs the article
    to name its country, or a locative before it, to count as a place."""
    if mention.strong or entry is None:
        return False
    if mention.alternates and any(e is entry for e in mention.alternates):
        return True
    if entry.type != "city" or entry.population >= BIG_CITY:
        return False
    return not _capital_alone(mention, entry)


def _capital_alone(mention: Mention, entry: Entry) -> bool:
    """Whether a small city is a national capital of at least ``_VILLAGE`` people whose name
    reads nothing abroad but small namesakes: "Port of Spain's state oil company", "Banjul
    said" name the capitals as news does, with or without their country; "Douglas", "Victoria"
    and "San Jose" (Costa Rica's) have larger readings abroad, and stay weak. A capital of
    ``_CAPITAL_TOWN`` whose name reads nothing abroad at all is one too ("a Valletta-based
    firm", "Vaduz")."""
    if entry.population < _CAPITAL_TOWN or not _capital(entry):
        return False
    found, _, regional = readings(mention)
    if entry.population < _VILLAGE:
        return all(e.country_code == entry.country_code for e in found)
    if len(found) < 2:
        return True  # one reading: "regional" is computed for two or more
    return all(
        e.country_code == entry.country_code or only
        for e, only in zip(found, regional, strict=True)
    )


_CAPITAL_TOWN = 5_000
"""The least people of a national capital read by its name alone where no reading of the name
lies abroad (Vaduz, 5,200; Valletta, 6,800); The Valley (Anguilla, 2,000) stays weak."""


Readings = tuple[tuple[Entry, ...], tuple[float, ...], tuple[bool, ...]]
"""A mention's ``options``, the ``prior`` of each and whether only its region counts (a small
namesake of a major city, ``_namesakes``): the same whatever the evidence."""


def readings(mention: Mention) -> Readings:
    """``options(mention)`` with their priors and ``_namesakes`` (none computed for fewer than
    two options).
    Remembered for the same candidates, cue and alternates (the gazetteer hands out the same
    tuples for the same name): a name comes back, in the article and in the next ones."""
    candidates, cue, alternates = mention.candidates, mention.cue, mention.alternates
    key = (id(candidates), id(cue), id(alternates))
    memo = _READINGS.get(key)
    # The memo holds the objects themselves, so their ids cannot be reused meanwhile.
    if memo is not None and memo[0] is candidates and memo[1] is cue and memo[2] is alternates:
        return memo[3]
    found = options(mention)
    if cue is None:
        found = _without_villages_above(found)
    if len(found) < 2:
        read: Readings = (found, (), ())
    else:
        regions = _regional(mention)
        priors = tuple(_prior(e, mention, regions) for e in found)
        read = found, priors, _namesakes(mention, found, priors, regions)
    if len(_READINGS) >= _REMEMBERED_READINGS:
        _READINGS.clear()
    _READINGS[key] = (candidates, cue, alternates, read)
    return read


_READINGS: dict[
    tuple[int, int, int],
    tuple[tuple[Entry, ...], Cue | None, tuple[Entry, ...], Readings],
] = {}
_REMEMBERED_READINGS = 4096


def choose(
    mention: Mention,
    evidence: Evidence,
    siblings: frozenset[str] = frozenset(),
    read: Readings | None = None,
) -> tuple[Entry | None, str]:
    """The best reading of a mention and the kind of resolution; ``evidence`` must not count
    the mention itself, ``siblings`` are the types of the names listed with it; ``read`` is
    ``readings(mention)``, computed once for the two passes of ``resolve``."""
    read = read if read is not None else readings(mention)
    entry, kind = _choose(mention, evidence, siblings, read)
    if entry is not None and entry.type == "admin1" and mention.cue is None and kind != "list":
        # "Panama's government" under a PANAMA CITY dateline: the evidence of the country
        # favours its namesake province too, but a bare name is the country
        nation = next(
            (e for e in read[0] if e.type == "country" and e.country_code == entry.country_code),
            None,
        )
        if nation is not None:
            return nation, kind
    return entry, kind


def _choose(
    mention: Mention, evidence: Evidence, siblings: frozenset[str], read: Readings
) -> tuple[Entry | None, str]:
    found, priors, regional = read
    if not found:
        return None, "none"
    if len(found) == 1:
        return found[0], "unique"

    # A small namesake gains nothing from its siblings: "California and Munich" is no town
    # in Maryland listed with a city; nor does a town read by an alternate name ("Bihar and
    # Delhi" is no Bihār Sharīf), nor from a nationality word where the name is a town's own
    # ("Russian forces attacked Pokrovsk": not Engels, once Pokrovsk, beside Ukraine's), of at
    # least a tenth its size ("Spanish police ... in Seville" keeps Sevilla's hint).
    alternates = mention.alternates
    nations = evidence.nations
    hinted = alternates and nations and any(a.country_code in nations for a in alternates)
    hints = _hints(found, alternates) if hinted else None
    scores = [
        evidence.score(e, only, hints is None or hints[k])
        for k, (e, only) in enumerate(zip(found, regional, strict=True))
    ]
    totals = [
        prior
        + score[0]
        + (
            _SIBLING_BONUS
            if e.type in siblings and not only and not any(a is e for a in alternates)
            else 0.0
        )
        for e, prior, score, only in zip(found, priors, scores, regional, strict=True)
    ]
    # Stable: gazetteer order breaks ties.
    first, second = sorted(range(len(found)), key=totals.__getitem__, reverse=True)[:2]
    best, runner_up = found[first], found[second]
    bonus, kind = scores[first]
    if siblings == _REGIONS_ONLY and best.type == "city" and not _capital(best):
        own = next((e for e in found if e.type == "admin1" and e.region == best.region), None)
        if own is not None:
            return own, "list"  # "Minas Gerais and Sao Paulo": the state, not its capital
        regions = [k for k, e in enumerate(found) if e.type == "admin1"]
        if regions:  # "Ohio, Michigan and Ontario": the province, not the Californian city
            return found[max(regions, key=totals.__getitem__)], "list"
    if siblings == _COUNTRIES_ONLY and best.type in _UNITS:
        nation = next((e for e in found if e.type == "country"), None)
        if nation is not None:
            return nation, "list"  # "Benin, Niger and Cameroon": the country, not Nigeria's state
    if kind is not None and best.type == "city":
        local = _local_namesake(found, best, evidence)
        if local is not None:
            return local, "region"  # "Portland" in a story naming Maine
    if kind in _COUNTRY_KINDS and "city" not in siblings:
        region = _region_abroad(found, priors, first)
        if region is not None:
            return region, "prior"  # "Ontario's new home prices" in a story naming Houston
    if kind in _COUNTRY_KINDS:
        capital = _capital_abroad(found, regional, best, evidence, alternates)
        if capital is not None:
            return capital, "prior"  # "Colombo" in a story naming Brazil: Sri Lanka's capital
    if kind is not None and bonus > scores[second][0]:
        return best, kind  # the article's other places decided
    if siblings and best.type in siblings and runner_up.type not in siblings:
        return best, "list"
    if _same_named_units(best, runner_up):
        return _most_named_unit(found, evidence)
    clear = totals[first] - totals[second] >= _CLEAR_MARGIN
    if not clear and mention.how == "name" and _rival_regions(best, runner_up):
        return None, "unplaced"  # "The Punjab government": India's or Pakistan's
    return best, "prior" if clear else "weak_prior"


_COUNTRY_KINDS = frozenset({"country", "dateline"})
"""Kinds of support that name a reading's country, not its first-level region."""


def _region_abroad(found: Sequence[Entry], priors: Sequence[float], best: int) -> Entry | None:
    """A first-level region abroad that clearly outweighs (``_CLEAR_MARGIN``) the city
    ``found[best]``, a city short of ``_MAJOR_CITY`` in a country whose towns news writes with
    their region, which only its country (or the dateline's) supports: "Ontario's new home
    prices fell" in a story naming Houston, or under a Houston dateline, is the province, no
    town in California, which the article would name (its region's support is no country's).
    Victoria, British Columbia, is outweighed by the Australian state by less."""
    city = found[best]
    if (
        city.type != "city"
        or city.population >= _MAJOR_CITY
        or city.country_code not in region_written_countries()
    ):
        return None
    floor = priors[best] + _CLEAR_MARGIN
    return next(
        (
            e
            for e, prior in zip(found, priors, strict=True)
            if e.type == "admin1" and e.country_code != city.country_code and prior >= floor
        ),
        None,
    )


_WORLD_CAPITAL = 500_000
"""Least people of a national capital abroad that a bare name means over a minor namesake
town that only its country's name supports (``_capital_abroad``)."""
_MINOR_SHARE = 100
"""A town with under a hundredth of its country's people is minor there: Colombo, Paraná
(0.1% of Brazil's), not Tripoli, Lebanon's second city (3%)."""


def _capital_abroad(
    found: Sequence[Entry],
    regional: Sequence[bool],
    best: Entry,
    evidence: Evidence,
    alternates: Sequence[Entry],
) -> Entry | None:
    """A national capital of ``_WORLD_CAPITAL`` abroad that ``best`` outweighs only by its
    country's name (or the dateline's country): a minor town (``_MINOR_SHARE``) of that
    country, outside every region the article (or the dateline) names. News names a town of
    its own country with its region or a town beside it ("Curitiba and Colombo"); alone, the
    name is the world's capital: "Colombo" in a story about Brazil is Sri Lanka's capital, and
    "Santiago" listed with Malaysia and Mexico Chile's, not a town in Nuevo Leon; "Tripoli" in
    a story about Lebanon stays its second city. A capital read by an alternate name
    ("Sion", Jerusalem's, beside Sion in Valais) takes nothing."""
    if best.type != "city" or best.region is None or best.country_code is None:
        return None
    if evidence.region(best.region) or evidence.state(best.region):
        return None
    line = evidence.dateline
    if line is not None and line.region == best.region:
        return None
    country = country_entry(best.country_code)
    if country is None or best.population * _MINOR_SHARE >= country.population:
        return None
    return next(
        (
            e
            for e, only in zip(found, regional, strict=True)
            if not only
            and e.type == "city"
            and not any(a is e for a in alternates)
            and e.country_code != best.country_code
            and e.population >= max(_WORLD_CAPITAL, best.population)
            and _capital(e)
        ),
        None,
    )


def _hints(found: Sequence[Entry], alternates: Sequence[Entry]) -> tuple[bool, ...]:
    """Whether a nationality word may count for each reading: not for a city read by an
    alternate name where a town at least a tenth its size bears the name as its own
    ("Russian forces attacked Pokrovsk": Engels, once Pokrovsk, has three times the people
    of Ukraine's Pokrovsk; Sevilla, "Seville", three hundred times Seville, Ohio's)."""
    own = max(
        (e.population for e in found if e.type == "city" and not any(a is e for a in alternates)),
        default=0,
    )
    return tuple(
        not (own and any(a is e for a in alternates) and _TOWN_RATIO * own >= e.population)
        for e in found
    )


_REGIONS_ONLY = frozenset({"admin1"})
_COUNTRIES_ONLY = frozenset({"country"})
"""``siblings`` of a name listed only with countries: a first- or second-level region named
like a country is the country there, whatever its own country's name adds ("Troops from Niger
and Chad" in a Nigerian story; "Belgium, Luxembourg and the Netherlands")."""
_UNITS = frozenset({"admin1", "admin2"})
"""``siblings`` of a name listed only with first-level regions: a city named like the region
it lies in is that region there, unless it is a national capital ("Bavaria and Berlin")."""

_LOCAL_RATIO = 0.33
"""Most a larger city of the same country may outweigh, in ``prior`` points (a population
ratio of about 20), a namesake in the first-level region the article names: Portland, Oregon,
has ten times the people of Portland, Maine; the capital, 28 times Washington, Utah's."""
_LOCAL_EVIDENCE = 2
"""Places the article names in that region (itself or its towns, the dateline aside) for a
reading there to win; for a town, its region named itself is enough ("Maine")."""


def _local_namesake(found: Sequence[Entry], best: Entry, evidence: Evidence) -> Entry | None:
    """A reading in the same country as ``best``, a city under ``_MAJOR_CITY`` outside every
    region the article names, that lies in (or is) a first-level region the article names
    twice (a town: once, by the region's own name): "Portland" in a story naming Maine is
    Portland, Maine; "Washington" in a story naming Seattle and Spokane the state, not the
    capital. The country's name counts for both alike, so only the region tells them apart; a
    far larger city (Washington in a Utah story) or a major one ("Dallas" in a Georgia story)
    keeps its reading."""
    code = best.country_code
    if code is None or best.population >= _MAJOR_CITY or best.region is None:
        return None
    if evidence.region(best.region):
        return None
    local = [
        e
        for e in found
        if e.country_code == code
        and e.region is not None
        and e.region != best.region
        and e.type in ("city", "admin1")
        and (
            evidence.mentions_of(e.region) >= _LOCAL_EVIDENCE
            or (e.type == "city" and evidence.state(e.region))
        )
    ]
    if not local:
        return None
    top = max(local, key=lambda e: e.type != "city" or e.population)
    if top.type == "city" and _size(best) - _size(top) > _LOCAL_RATIO:
        return None
    return top


def _size(entry: Entry) -> float:
    """A city's prior by its people alone (no capital bonus)."""
    return 0.2 + 0.25 * math.log10(entry.population + 1)


def _same_named_units(best: Entry, runner_up: Entry) -> bool:
    """Same-named counties of different first-level regions ("Washington County" in 30 US
    states): the gazetteer holds no county populations, so only the article's evidence tells
    them apart, never list order; without it the county's state is left unsaid
    (``unplaced``)."""
    return best.type == "admin2" and runner_up.type == "admin2" and best.region != runner_up.region


def clear_region(mention: Mention) -> Entry | None:
    """The mention's first-level region reading where it has one, or one that clearly
    outweighs its others by ``prior`` ("Florida": the US state, not Uruguay's department;
    "Punjab": none)."""
    regions = [e for e in mention.candidates if e.type == "admin1"]
    if len(regions) < 2:
        return regions[0] if regions else None
    regional = _regional(mention)
    ranked = sorted(((_prior(e, mention, regional), e) for e in regions), key=lambda x: -x[0])
    return ranked[0][1] if ranked[0][0] - ranked[1][0] >= _CLEAR_MARGIN else None


def _rival_regions(best: Entry, runner_up: Entry) -> bool:
    """First-level regions of two countries named alike ("Punjab" in India and Pakistan,
    "Misiones" in Argentina and Paraguay): where nothing in the article tells them apart and
    neither clearly outweighs the other, the region's country is left unsaid
    (``unplaced``), where read by its name alone: a cue tells by the region's type ("Punjab
    province", "the Gaza governorate"), an abbreviation is read where it is written so ("WA"
    after a US party)."""
    parts = best.type == runner_up.type == "region" and best.name == runner_up.name
    return (
        (best.type == runner_up.type == "admin1" or parts)  # or "Southern Punjab"
        and best.country_code != runner_up.country_code
    )


def _most_named_unit(found: Sequence[Entry], evidence: Evidence) -> tuple[Entry | None, str]:
    """The same-named county whose state the article names most often ("Harris County" with
    Houston, Baytown and Pasadena, Texas, beside Atlanta, Georgia), else none (``unplaced``)."""
    counts = Counter(
        {e.key: evidence.mentions_of(e.region) for e in found if e.type == "admin2" and e.region}
    )
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] > 0 and (len(ranked) < 2 or ranked[0][1] > ranked[1][1]):
        return next(e for e in found if e.key == ranked[0][0]), "region"
    return None, "unplaced"


def country_of(mention: Mention) -> Entry | None:
    """The country all of a mention's readings lie in, if one: what an ``unplaced`` county
    still tells."""
    codes = {e.country_code for e in options(mention)}
    code = codes.pop() if len(codes) == 1 else None
    return _countries().get(code) if code else None


def country_entry(code: str) -> Entry | None:
    """The country with ISO 3166-1 alpha-2 ``code``."""
    return _countries().get(code)


@cache
def _countries() -> dict[str, Entry]:
    """ISO 3166-1 alpha-2 code -> the country's entry."""
    return {e.country_code: e for e in gazetteer().places.of_type("country") if e.country_code}


def _namesakes(
    mention: Mention, found: tuple[Entry, ...], priors: tuple[float, ...], regional: Regional
) -> tuple[bool, ...]:
    """For each reading, whether it is a small namesake that only its region named makes the
    answer, not its country:

    - a town under ``BIG_CITY`` beside a country ("Italy", Texas), a first-level region
      ("Queensland", Alberta), a second-level one ("Essex", Maryland) or a city of
      ``BIG_CITY`` at least ``_TOWN_RATIO`` times as large (Wellington, Tamil Nadu, beside
      Wellington, New Zealand), by its own name (not "Victoria" for Vitória);
    - a reading by an alternate name beside a city of ``BIG_CITY`` by its own ("Manchester" is
      Richmond, Virginia, only by an alternate name);
    - in a country whose towns news writes with their region ("Birmingham, Ala.", "Kingston,
      Ont."), a city under ``_MAJOR_CITY`` beside one at least ``_NAMESAKE_RATIO`` times as
      large elsewhere, or ``_ABROAD_RATIO`` times and better known (``_famous_over``): "U.S."
      named anywhere does not make "Birmingham" the one in Alabama, nor "Vancouver" the one
      in Washington; or beside a country abroad named like it (Jamaica, Queens)."""
    alternates = mention.alternates
    own = [e for e in found if e.type == "city" and not any(a is e for a in alternates)]
    top = max((e.population for e in own), default=0)
    # A city news names by the alternate name ("Mecca", Makkah; "Seville", Sevilla) also
    # makes a village bearing it as its own a namesake, named after the city: the village
    # needs its region named (Mecca, California; Seville, Ohio). A larger town may be what
    # news means by an old name of a city abroad ("Canton", Ohio, not Guangzhou).
    known = max((e.population for e in found if e.type == "city"), default=0)
    # Uncued, a region dropped as its seat's name (``_without_unplaced_seats``) still makes
    # the towns named like it abroad namesakes: "Rafah" beside Egypt is Gaza's.
    regions = found if mention.cue is not None else _own_names(mention)
    # The regions named so, and abroad the likeliest one's prior: a town is no namesake of a
    # region abroad it outweighs (Toledo, Spain, of the Toledo District of Belize).
    above = [(e, _prior(e, mention, regional)) for e in regions if e.type in _ABOVE_TOWNS]
    qualified = region_written_countries()
    prior_of = {id(e): p for e, p in zip(found, priors, strict=True)}

    def namesake(e: Entry) -> bool:
        if e.type != "city":
            return False
        if any(a is e for a in alternates):
            return top >= BIG_CITY
        if e.population < BIG_CITY and (
            (above and _above(e, prior_of[id(e)], above))
            or top >= max(BIG_CITY, _TOWN_RATIO * e.population)
            or (e.population < _VILLAGE and known >= max(BIG_CITY, _TOWN_RATIO * e.population))
        ):
            return True
        if e.population >= _MAJOR_CITY or e.country_code not in qualified:
            return False
        if any(r.type == "country" and r.country_code != e.country_code for r, _ in above):
            # A country abroad is its larger namesake: "BOSTON - Hurricane Beryl hit
            # Jamaica" is the country, no part of Queens, unless New York is named.
            return True
        floor = max(BIG_CITY, _NAMESAKE_RATIO * e.population)
        famed = max(_FAMED_CITY, _ABROAD_RATIO * e.population)
        return any(
            f.country_code != e.country_code
            and (f.population >= floor or (f.population >= famed and _famous_over(f, e)))
            for f in own
        )

    return tuple(map(namesake, found))


_FAMED_CITY = 500_000
"""The least a city abroad holds to make a namesake of a town only twice smaller
(``_famous_over``): Vancouver, British Columbia (662,000) does; Portsmouth and Plymouth,
England, and Bangor, Northern Ireland, do not ("PORTLAND, Maine - ... Portsmouth and Bangor"
are New England's)."""


def _famous_over(city: Entry, town: Entry) -> bool:
    """Whether the world names ``city`` more than ``town``: at least ``_FAME_NAMES`` alternate
    names and more than the town has. A dateline or "U.S." does not make "Vancouver" (18 names,
    662,000 people) Vancouver, Washington (11, 196,000); Victoria, Hong Kong (one name), is no
    such city beside Victoria, British Columbia (nine)."""
    names = alternate_names(city)
    return names >= _FAME_NAMES and names > alternate_names(town)


_ABOVE_TOWNS = frozenset({"country", "admin1", "admin2"})


def _above(town: Entry, prior: float, regions: Sequence[tuple[Entry, float]]) -> bool:
    """Whether a region named like ``town`` (with its prior) makes it a namesake: one in its
    country ("Phuket", the province), or one abroad with at least the town's prior ("Italy",
    Texas; "Essex", Maryland; not the Toledo District of Belize beside Toledo, Spain). A
    national capital is no namesake of the first-level region of its country named after it
    ("Banjul", "Valletta", "Vaduz": the region is the capital's, and "Malta" named vouches
    for the city as much as for its district), only of its country ("Djibouti")."""
    capital = _capital(town)
    return any(
        (r.country_code == town.country_code and not (capital and r.type == "admin1"))
        or (r.country_code != town.country_code and p >= prior)
        for r, p in regions
    )


@cache
def region_written_countries() -> frozenset[str | None]:
    """Countries with region abbreviations written after a town's name ("Ala.", "Ont.",
    "NSW"): the US, Canada and Australia."""
    gaz = gazetteer()
    return frozenset(
        e.country_code for refs in gaz.abbreviations.values() for e in gaz.resolve(refs)
    )


def _siblings(
    groups: Sequence[list[int]], mentions: Sequence[Mention], sure: Sequence[Entry | None]
) -> list[frozenset[str]]:
    """For each mention, the types of the unambiguous names listed with it: "Benin, Niger and
    Cameroon" are read like Cameroon, a country."""
    found: list[frozenset[str]] = [frozenset()] * len(mentions)
    for group in groups:
        for k in group:
            found[k] = frozenset(e.type for j in group if j != k and (e := sure[j]) is not None)
    return found


def _lists(ctx: Context, mentions: Sequence[Mention]) -> list[list[int]]:
    """The mentions listed together ("Valencia and Barcelona", "Benin, Niger and Cameroon"):
    groups of two or more indices."""
    groups: list[list[int]] = []
    text, starts, ends = ctx.text, ctx.token_chars, ctx.token_ends
    for k, mention in enumerate(mentions):
        # The gap is matched in place: most are long, not worth a slice.
        if k and _LIST_GAP.fullmatch(text, ends[mentions[k - 1].end - 1], starts[mention.start]):
            groups[-1].append(k)
        else:
            groups.append([k])
    return [group for group in groups if len(group) > 1]


Choice = tuple[Entry | None, str]


def _agree(
    mentions: Sequence[Mention],
    groups: Sequence[list[int]],
    choices: list[Choice],
    fixed: frozenset[int],
    evidence: Evidence,
    counted: Sequence[Entry | None],
) -> None:
    """Names listed together that were read in different countries are re-read in one
    country where each has a reading there that stands alone (no small namesake): the one
    whose readings score best together. "Valencia and Barcelona" are both Spanish, not
    Barcelona, Venezuela, beside Valencia, Spain; "Kochi and Kozhikode" both Indian; "Paris and
    London" stay apart (Paris and London, Ontario: a small town). ``fixed`` mentions (pinned
    or with one reading) keep theirs; ``choices`` is changed in place; ``counted`` are the
    readings ``evidence`` was built from."""
    for group in groups:
        listed = [k for k in group if choices[k][0] is not None]
        codes = {e.country_code for k in listed if (e := choices[k][0]) is not None}
        if len(codes) == 1 and None not in codes and len(listed) == len(group):
            _agree_in_region(mentions, listed, choices, fixed, evidence, codes.pop(), counted)
            continue
        if len(codes) < 2 or None in codes:
            continue  # most lists agree already
        picks: list[tuple[float, str, dict[int, Entry]]] = []
        for code in sorted(_shared_countries(mentions, listed)):
            pick = _read_in(mentions, listed, choices, fixed, evidence, code, counted)
            if pick is not None:
                picks.append((pick[0], code, pick[1]))
        if not picks:
            continue
        _, _, best = max(picks, key=lambda p: p[0])
        for k, entry in best.items():
            if entry is not choices[k][0]:
                choices[k] = (entry, "list")


def _agree_in_region(
    mentions: Sequence[Mention],
    listed: Sequence[int],
    choices: list[Choice],
    fixed: frozenset[int],
    evidence: Evidence,
    code: str | None,
    counted: Sequence[Entry | None],
) -> None:
    """Names listed together, read in one country but in different first-level regions, are
    re-read in one region where each has a reading there and their readings there score best
    together (``_read_in``): "Schools in Lewiston, Auburn and Waterville closed" are all in
    Maine, not Auburn, Washington, the largest Auburn; a name the text settled keeps its
    reading, and a list whose best readings lie apart stays so ("Portland and Seattle")."""
    regions = {e.region for k in listed if (e := choices[k][0]) is not None}
    if code is None or len(regions) < 2 or all(k in fixed for k in listed):
        return
    pick = _read_in(mentions, listed, choices, fixed, evidence, code, counted)
    if pick is None or len({e.region for e in pick[1].values()}) != 1:
        return
    for k, entry in pick[1].items():
        if entry is not choices[k][0]:
            choices[k] = (entry, "list")


def _shared_countries(mentions: Sequence[Mention], listed: Sequence[int]) -> set[str]:
    """Countries every listed mention has a reading in."""
    shared: set[str] | None = None
    for k in listed:
        codes = {e.country_code for e in options(mentions[k]) if e.country_code}
        shared = codes if shared is None else shared & codes
    return shared or set()


def _read_in(
    mentions: Sequence[Mention],
    listed: Sequence[int],
    choices: Sequence[Choice],
    fixed: frozenset[int],
    evidence: Evidence,
    code: str,
    counted: Sequence[Entry | None],
) -> tuple[float, dict[int, Entry]] | None:
    """Each listed mention's best reading in country ``code`` and their summed score, or None
    when one has none there that is no small namesake (but for one whose first-level region
    the article names outside the list: "Perth and Dundee" in a story from Scotland), or none
    stands alone there (no small town, no namesake). Readings that share one first-level
    region gain as the article's would ("York and Lancaster" are both English, or both in
    Pennsylvania; not York, Pennsylvania, and Lancaster, California)."""
    others = evidence
    for k in listed:
        if choices[k][0] is counted[k]:  # the list does not vouch for itself; a weak reading
            others = others.without(choices[k][0])  # was never counted: nothing to take off
    options: list[list[tuple[float, Entry]]] = []
    namesakes: list[Entry] = []
    for k in listed:
        mention, current = mentions[k], choices[k][0]
        if k in fixed:
            if current is None or current.country_code != code:
                return None
            options.append([(0.0, current)])
            continue
        found, priors, regional = readings(mention)
        # Listed only with first-level regions, a name that can be one is one ("Ohio,
        # Michigan and Ontario" is no list of US places with a Californian city).
        regions = (
            current is not None and current.type == "admin1" and _among_regions(choices, listed, k)
        )
        scored = []
        for e, prior, only in zip(found, priors, regional, strict=True):
            if e.country_code != code or (regions and e.type != "admin1"):
                continue
            score = others.score(e, only)[0]
            if only:
                if not score and _vouched(mentions, listed, choices, k, e):
                    score = _NAMESAKE_EVIDENCE  # "Birmingham and Tuscaloosa": Alabama
                if not score:
                    continue  # a namesake needs its region named ("Paris and London")
                namesakes.append(e)
            scored.append((prior + score, e))
        if not scored:
            return None
        options.append(scored)
    best = _best_picks(options, None)
    for region in sorted({e.region for _, e in options[0] if e.region}):
        total, shared = _best_picks(options, region)
        total += _REGION_BONUS * sum(e.region == region for e in shared)
        if total > best[0]:
            best = total, shared
    picks = dict(zip(listed, best[1], strict=True))
    # A small town is read with a listed name that stands alone in the country ("York and
    # Lancaster": York, England, vouches for Lancaster, Lancashire), or that stands out among
    # its readings ("Rome and Dalton": Dalton, Georgia, four times Dalton, Massachusetts).
    anchored = any(
        k in fixed
        or (
            not any(e is n for n in namesakes)
            and (not weak(mentions[k], e) or _town_stands_out(mentions[k], e))
        )
        for k, e in picks.items()
    )  # or a name the text settled ("Lewiston, Maine ... Lewiston, Auburn and Lisbon")
    return (best[0], picks) if anchored else None


def _vouched(
    mentions: Sequence[Mention],
    listed: Sequence[int],
    choices: Sequence[Choice],
    k: int,
    namesake: Entry,
) -> bool:
    """Whether a city listed with mention ``k`` names the first-level region of its
    ``namesake`` reading (a city of ``BIG_CITY``) as the article naming it would: a city
    read there that stands out (``_stands_out``: "Birmingham and Tuscaloosa", "Tampa and St.
    Petersburg", "Birmingham and Montgomery", "Birmingham and Huntsville"), no national
    capital and under ``_MAJOR_CITY``, whose list is a region's, not the world's ("London and
    Toronto", "London and Ottawa" stay apart; "Windsor and London" too, Windsor, England,
    being no namesake of Windsor, Ontario). A smaller namesake (of ``_VILLAGE``) is vouched
    for only by a town (of ``_VILLAGE``, under ``BIG_CITY``: a city is listed with the
    world's) that stands out ("Naples and Fort Myers", "Melbourne and Cocoa Beach": Florida;
    "Rome and Dalton": Georgia; "between Melbourne and Orlando" stays apart), or, where the
    name's readings abroad are no world city (``_world_city``), by a city under
    ``_REGIONAL_CITY`` ("Naples and Cape Coral", "Florence and Huntsville"). Where they are
    none, a national capital or a city of ``_MAJOR_CITY`` that stands out vouches for its
    country ("Toledo and Madrid": Spain; "Kingston and Toronto" stay apart, Kingston being
    Jamaica's capital)."""
    if namesake.population < _VILLAGE or namesake.region is None:
        return False
    code = namesake.country_code
    small = namesake.population < BIG_CITY
    world = any(_world_city(e) for e in readings(mentions[k])[0] if e.country_code != code)
    ceiling = BIG_CITY if world else _REGIONAL_CITY
    for j in listed:
        entry = choices[j][0]
        if j == k or entry is None or entry.type != "city" or entry.country_code != code:
            continue
        if entry.population >= _MAJOR_CITY or _capital(entry):
            if not world and _stands_out(mentions[j], entry):
                return True  # "Toledo and Madrid"
            continue
        if entry.region != namesake.region:
            continue
        if small and not _VILLAGE <= entry.population < ceiling:
            continue
        if _stands_out(mentions[j], entry):
            return True
    return False


def _town_stands_out(mention: Mention, entry: Entry) -> bool:
    """Whether a town of ``_VILLAGE``, read by its own name, stands out among its readings
    (``_stands_out``)."""
    return (
        entry.type == "city"
        and entry.population >= _VILLAGE
        and not any(a is entry for a in mention.alternates)
        and _stands_out(mention, entry)
    )


def _world_city(entry: Entry) -> bool:
    """Whether a reading is one the world news names alone: a country, a national capital or
    a city of ``_MAJOR_CITY``."""
    return entry.type == "country" or (
        entry.type == "city" and (entry.population >= _MAJOR_CITY or _capital(entry))
    )


def _stands_out(mention: Mention, entry: Entry) -> bool:
    """Whether ``entry`` is the one reading of its mention news means: its others are small
    namesakes, towns of its country at most a ``_NAMESAKE_RATIO``th its size (Dalton, Georgia,
    beside Dalton, Massachusetts) or towns abroad at most a ``_TOWN_RATIO``th (Huntsville,
    Alabama, beside Huntsville, Ontario; not Windsor, Ontario, beside Windsor, England)."""
    found, _, regional = readings(mention)
    if len(found) < 2:
        return True
    size = entry.population
    for e, only in zip(found, regional, strict=True):
        if e is entry or only:
            continue
        if e.type != "city":
            return False
        ratio = _NAMESAKE_RATIO if e.country_code == entry.country_code else _TOWN_RATIO
        if e.population * ratio > size:
            return False
    return True


def _among_regions(choices: Sequence[Choice], listed: Sequence[int], k: int) -> bool:
    """Whether every name listed with mention ``k`` was read as a first-level region."""
    return all((e := choices[j][0]) is not None and e.type == "admin1" for j in listed if j != k)


def _best_picks(
    options: Sequence[Sequence[tuple[float, Entry]]], region: str | None
) -> tuple[float, list[Entry]]:
    """The best-scored reading of each listed name (in first-level region ``region`` when
    given, where it has a choice) and their summed score."""
    total, picks = 0.0, []
    for scored in options:
        inside = [x for x in scored if region is None or x[1].region == region or len(scored) < 2]
        if not inside:
            return -math.inf, []
        score, entry = max(inside, key=lambda x: x[0])
        total += score
        picks.append(entry)
    return total, picks


Sense = tuple[frozenset[str], str | None]
"""What makes two mentions the same name: their candidates and their cue ("São Paulo state"
and a bare "São Paulo" are different names)."""


def _sense(mention: Mention, candidates: tuple[Entry, ...] | None = None) -> Sense:
    """The sense of ``mention``, or of its name read with ``candidates`` (a dateline's)."""
    read = mention.candidates if candidates is None else candidates
    return frozenset(e.key for e in read), mention.cue.type if mention.cue else None


def _discourse(
    mentions: Sequence[Mention], pinned: dict[int, tuple[Entry, str]]
) -> dict[Sense, Entry]:
    """Readings fixed by a qualifier: one sense per article."""
    fixed: dict[Sense, Entry] = {}
    for k, (entry, _) in pinned.items():
        fixed.setdefault(_sense(mentions[k]), entry)
    return fixed


def _contradicted(
    ctx: Context, mentions: Sequence[Mention], pinned: dict[int, tuple[Entry, str]]
) -> dict[int, bool]:
    """Cities qualified by a country that holds none of their readings: "Bali, Indonesia" is
    not Bāli, India, whatever the gazetteer lacks (not a list: "Nairobi, Uganda and
    Tanzania"); so are cities listed before "in" and such a country ("Palma and Mocimboa da
    Praia in northern Mozambique" is no Palma de Mallorca), and towns "in" a first-level
    region none of whose countries holds them ("the village of Mati in Attica"). Index ->
    whether the town was placed "in" such a region (True) rather than a country (False)."""
    found: dict[int, bool] = {}
    text, starts, ends = ctx.text, ctx.token_chars, ctx.token_ends
    for k in range(len(mentions) - 1):
        inner, outer = mentions[k], mentions[k + 1]
        if k in pinned or not inner.candidates or not outer.candidates:
            continue
        gap = ends[inner.end - 1]
        if gap >= starts[outer.start]:
            continue
        within = False  # "in" and a region: "the village of Mati in Attica"
        listed: Sequence[int] = (k,)
        unit = _unit_of(ctx, inner, gap, starts[outer.start])
        if unit:  # "the Sofia region of Madagascar": a unit Madagascar holds, no Bulgarian one
            within = True
        elif text[gap] == ",":
            if _QUALIFIER_GAP.fullmatch(text, gap, starts[outer.start]):
                if _fronted(ctx, inner, outer):
                    continue  # "In Brussels, Georgia's president said": no qualifier
                # "Bali, Indonesia"
            elif _IN_COUNTRY_GAP.fullmatch(text, gap + 1, starts[outer.start]):
                within = True  # "the hamlet of Mati, in the Attica region"
            elif (
                apposed := _APPOSITIVE_GAP.match(text, gap, starts[outer.start])
            ) is not None and _IN_COUNTRY_GAP.fullmatch(text, apposed.end(), starts[outer.start]):
                within = True  # "Mati, a seaside village in Attica"
            else:
                continue
        elif _IN_COUNTRY_GAP.fullmatch(text, gap, starts[outer.start]):
            within = True
            if outer.end < len(ctx.words) and ctx.words[outer.end] in POSSESSIVES:
                continue  # "exiles in Paris in Iran's revolution"
            if _part_far_from_town(ctx, inner, outer):
                found[k] = True  # "the port of Kituku in Goma": no town 600 km away
                continue
            listed = _listed_before(ctx, mentions, k)  # "near Palma and Mocimboa da Praia in"
        else:
            continue
        # A country named like towns elsewhere still qualifies ("Elba, Italy" is no town in
        # Alabama beside Italy, Texas); one named like a region does not ("Georgia"). A name
        # read first as a first-level region places a town in its readings' countries ("the
        # village of Mati in Attica" is no town in the Philippines).
        region = within and _region_only(outer)
        if not within and _states_only(outer) and _outside_states(inner, outer):
            if not _listed(ctx, outer.end):
                found[k] = False  # "BOCA CHICA, Texas": not Boca Chica, Dominican Republic
            continue
        if region and outer.cue is not None and outer.cue.type in _REGION_CUE_TYPES:
            # "New Hope in Westmoreland parish": the parish's countries, not its namesake
            # towns' (Westmoreland, Tennessee holds no New Hope of Minnesota either)
            countries = {e.country_code for e in outer.candidates if e.type != "city"}
        elif region:
            countries = {e.country_code for e in outer.candidates}
        elif outer.candidates[0].type != "country" or any(
            e.type in _UNIT_TYPES for e in outer.candidates
        ):
            continue
        else:
            countries = {e.country_code for e in outer.candidates if e.type == "country"}
        for j in listed:
            candidates = mentions[j].candidates
            if j in pinned or any(e.type not in _QUALIFIED_TYPES for e in candidates):
                continue
            if all(e.type == "admin1" for e in candidates):
                continue  # a disputed or historical region: "Crimea, Russia"
            if any(e.country_code in countries for e in candidates):
                continue
            if not _listed(ctx, outer.end):
                found[j] = region or unit
    return found


_FRONTING = frozenset({"in", "at"})


def _fronted(ctx: Context, inner: Mention, outer: Mention) -> bool:
    """Whether a name closes a locative that opens its sentence and the name after its comma
    opens the clause, before a possessive or a word, not closing as a qualifier does with a
    comma or a stop: "In Brussels, Georgia's president said", "In Geneva, Iran said talks
    failed" keep Brussels and Geneva; "In Bali, Indonesia, tourists..." qualifies."""
    start, end = inner.start, outer.end
    if start == 0 or ctx.lowers[start - 1] not in _FRONTING:
        return False
    if not sentence_initial(ctx, start - 1) or end >= len(ctx.words):
        return False
    after = ctx.words[end]
    return after in POSSESSIVES or after.isalpha()


_TOWN_PARTS = frozenset(
    {"port", "district", "neighbourhood", "neighborhood", "suburb", "quarter", "area"}
    | {"township", "slum", "market", "harbour", "harbor", "borough", "ward", "precinct"}
)
"""Parts of a town named before "of" and its name: "the port of Kituku in Goma"."""


def _part_far_from_town(ctx: Context, inner: Mention, outer: Mention) -> bool:
    """Whether a town's part ("the port of Kituku", ``_TOWN_PARTS``) placed "in" a name read
    only as towns reads only as towns far from all of them (beyond ``_WITHIN_CITY``): a part
    the gazetteer lacks, not a namesake elsewhere ("the port of Kituku in Goma" is no
    Kituku 600 km south; "the district of Kowloon in Hong Kong" stays)."""
    at = inner.start
    if at < 2 or ctx.lowers[at - 1] != "of" or ctx.lowers[at - 2] not in _TOWN_PARTS:
        return False
    towns = options(outer)
    if not towns or any(e.type != "city" for e in towns):
        return False
    parts = inner.candidates
    if not parts or any(e.type != "city" or e.population >= BIG_CITY for e in parts):
        return False
    return all(_km(a, b) > _WITHIN_CITY for a in parts for b in towns)


def _states_only(outer: Mention) -> bool:
    """Whether a qualifier reads only as first-level regions ("Texas", "Nev.")."""
    return all(e.type == "admin1" for e in outer.candidates)


def _outside_states(inner: Mention, outer: Mention) -> bool:
    """Whether none of the towns a name reads as lies in its qualifier's regions: "SPRINGFIELD,
    Nev." where the gazetteer has no Springfield in Nevada, "BOCA CHICA, Texas" whose only
    namesake is Dominican; a name read as no town (a county, a region) is left alone."""
    towns = inner.candidates
    if not towns or any(e.type not in ("city", "locality") for e in towns):
        return False
    return not any(contains(state, town) for town in towns for state in outer.candidates)


_CUED = frozenset({"cue", "before_cue"})
"""Rules whose cue makes a place of a name, whatever the gazetteer reads it as: how strong
mentions found by a place-type cue are made ("Leye county", "the city of X")."""
_APPOSITIVE_GAP = re.compile(
    r",[ ]+an?[ ]+(?:[a-z-]+[ ]+){0,3}?"
    r"(?:village|hamlet|town|township|suburb|neighbou?rhood|city|camp)\b"
)
"""An appositive that says a town's kind before "in" and where it lies ("Mati, a seaside
village in Attica")."""


def _region_only(mention: Mention) -> bool:
    """Whether a name is read first as a first-level region, and as no city of ``BIG_CITY``
    ("Attica", "the Attica region", "the Canary Islands"; not "Khartoum", "Tokyo", whose
    regions are named after their cities)."""
    return mention.candidates[0].type == "admin1" and not any(
        e.type == "city" and e.population >= BIG_CITY for e in mention.candidates
    )


_REGION_CUE_TYPES = frozenset({"admin1", "admin2"})
"""Types of a region's cue ("parish", "province", "county") whose name reads no town."""
_QUALIFIED_TYPES = frozenset({"city", "admin1", "admin2"})
"""Readings a country qualifier can contradict: towns and regions ("Valencia, Namibia" is
neither Spain's region nor a city), not regions above countries, nor a name of first-level
regions only, which a qualifier may place in a country that claims it ("Crimea, Russia")."""


def _unit_of(ctx: Context, inner: Mention, gap: int, outer: int) -> bool:
    """Whether ``inner`` is a unit named with its cue before "of" and the place at character
    ``outer`` ("the Sofia region of Madagascar", "the Kidal region of northern Mali"): that
    place holds it, as "in" would say."""
    cue = inner.cue
    if inner.how != "cue" or cue is None or cue.type not in _UNIT_CUES:
        return False
    return _OF_PLACE_GAP.fullmatch(ctx.text, gap, outer) is not None


_UNIT_CUES = frozenset({"admin1", "admin2", "region"})
"""Types of the cues that name a unit ("province", "district", "region")."""
_OF_PLACE_GAP = LazyPattern(
    r"[ ]+of[ ]+(?:(?:northern|southern|eastern|western|central"
    r"|north-?eastern|north-?western|south-?eastern|south-?western)[ ]+)?"
)
"""Between a unit named with its cue and the country it lies in: "the Mopti region of
central Mali"."""
_IN_COUNTRY_GAP = re.compile(
    r"[ ]+in[ ]+(?:the[ ]+)?(?:(?:northern|southern|eastern|western|central"
    r"|north-?eastern|north-?western|south-?eastern|south-?western|neighbouring"
    r"|neighboring)[ ]+)?"
)
"""Between places and the country they lie in: "Palma and Mocimboa da Praia in northern
Mozambique", "Doha in Qatar"."""


def _venue_elsewhere(
    ctx: Context, mentions: Sequence[Mention], choices: Sequence[Choice], k: int
) -> bool:
    """Whether a name read as a town, before a lower-case venue noun, "in" and a place, names
    the venue: the town lies outside that place ("the Maracanã stadium in Rio de Janeiro" is
    no town in Pará, "the Azadi stadium in Tehran" none in Khuzestan; "Wembley stadium in
    London" and "Kandahar airport in southern Afghanistan" keep their towns); so does a name
    guessed a town after "the", right before "in" and a place ("Tourists visited the Alhambra
    in Granada" is no town in Arizona; "the Bronx in New York" keeps its borough). A town
    more than ``_WITHIN_CITY`` km from a city after "in" lies outside it ("the Dorchester in
    London", a hotel, is no town in Dorset; only after "the", as venue nouns name airports
    a town's way out of their city)."""
    (entry, how), start, end = choices[k], mentions[k].start, mentions[k].end
    if entry is None or entry.type != "city" or k + 1 >= len(mentions):
        return False
    noun: str | None = None
    if end + 1 < len(ctx.words) and ctx.lowers[end] in _VENUE_NOUNS:
        gap, noun = ctx.token_ends[end], ctx.lowers[end]
    elif how in _THE_GUESSES and start > 0 and ctx.lowers[start - 1] == "the":
        gap = ctx.token_ends[end - 1]  # "the Alhambra in Granada"
    else:
        return False
    after = mentions[k + 1]
    if not _IN_COUNTRY_GAP.fullmatch(ctx.text, gap, ctx.token_chars[after.start]):
        return False
    outer = choices[k + 1][0]
    if outer is None or outer.type not in ("country", "admin1", "city"):
        return False
    if outer.type == "country":
        return entry.country_code != outer.country_code
    if outer.type == "city" and noun is None and _km(entry, outer) > _WITHIN_CITY:
        return True  # "the Dorchester in London": no town in Dorset ("Narita airport in
        # Tokyo" keeps its town, 60 km out)
    return outer.region is not None and entry.region != outer.region


_THE_GUESSES = frozenset({"prior", "weak_prior", "region", "country"})
"""Resolutions of a name after "the" that the place after "in" may overrule: a guess, or
the support of a region or country (the place after "in" lends it)."""
_WITHIN_CITY = 60.0
"""Kilometres from a city within which a town may lie in it ("the Bronx in New York",
"Wembley stadium in London"); beyond, a venue in that city is named after it."""


_VENUE_NOUNS = frozenset(
    {
        "stadium",
        "arena",
        "hospital",
        "prison",
        "jail",
        "airport",
        "mall",
        "square",
        "palace",
        "cathedral",
        "mosque",
        "temple",
        "refinery",
        "beach",
        "hotel",
        "market",
        "camp",
        "port",
    }
)
"""Lower-case nouns of venues named after a name before them (cues.json facility heads that
name a building or ground, not a route)."""


def _listed_before(ctx: Context, mentions: Sequence[Mention], k: int) -> list[int]:
    """Mention ``k`` and the mentions listed right before it ("Palma and Mocimboa da Praia")."""
    text, starts, ends = ctx.text, ctx.token_chars, ctx.token_ends
    listed = [k]
    while k and _LIST_GAP.fullmatch(text, ends[mentions[k - 1].end - 1], starts[mentions[k].start]):
        k -= 1
        listed.append(k)
    return listed


def resolve(
    ctx: Context,
    mentions: list[Mention],
    dateline: tuple[Mention, Mention | None] | None,
    held: Sequence[Entry] = (),
) -> list[Resolved]:
    """Resolve every mention (sorted by position) and drop weak ones the article does not
    support, and cities their country qualifier contradicts; ``held`` are first-level regions
    named inside public bodies' names ("Ohio University"), no places themselves but evidence
    for the others' readings."""
    mentions = _settled(ctx, mentions)
    pinned = qualified_pairs(ctx, mentions)
    _capitals_apposed(ctx, mentions, pinned)
    contradicted = _contradicted(ctx, mentions, pinned)
    if contradicted:
        # A cued name placed in a region stays a place of its cue's type the gazetteer lacks,
        # placed by the region ("Mati, a seaside village in Attica"), as does a dateline's town
        # before its state ("BOCA CHICA, Texas (Reuters)"); others go ("Bali, Indonesia",
        # "Harris County, Syria")
        mentions = [
            m if k not in contradicted else replace(m, candidates=(), alternates=())
            for k, m in enumerate(mentions)
            if k not in contradicted
            or (contradicted[k] and m.how in _CUED)
            or (m.how == "dateline" and _states_only(mentions[k + 1]))
        ]
        pinned = qualified_pairs(ctx, mentions)
    groups = _lists(ctx, mentions)
    if groups and gazetteer().cued:
        mentions = _cued_units_listed(ctx, mentions, pinned, groups)
    if gazetteer().cued:
        mentions = _units_alone(ctx, mentions, pinned)
    fixed = _discourse(mentions, pinned)
    anchor = _dateline_entry(dateline)
    for k, mention in enumerate(mentions):
        if k in pinned or len(mention.candidates) < 2 or not fixed:
            continue
        reading = fixed.get(_sense(mention))
        if reading is None and dateline is not None:  # "LAGOS, Nigeria - ... in Lagos"
            reading = fixed.get(_sense(mention, unseated(mention.candidates, mention.alternates)))
        if reading is not None:
            pinned[k] = (reading, "discourse")
    sure = [
        pinned[k][0] if k in pinned else found[0] if len(found := options(m)) == 1 else None
        for k, m in enumerate(mentions)
    ]
    sure = [None if weak(m, e) else e for m, e in zip(mentions, sure, strict=True)]
    marks = [_landmark_reading(ctx, m) if m.how in _MARKED else None for m in mentions]
    if any(marks):  # "Lahaina on Maui": an island named alone vouches for its country
        sure = [e or mark for e, mark in zip(sure, marks, strict=True)]
    siblings = _siblings(groups, mentions, sure)
    nations = _nations(ctx)
    if held:  # "the U.S. Senate": its country hints as "American" does
        nations = nations.union(
            [e.country_code for e in held if e.country_code and e.type == "country"]
        )
        held = [e for e in held if e.type != "country"]
    evidence = Evidence.of(sure, anchor, nations, held)
    read = [None if k in pinned else readings(m) for k, m in enumerate(mentions)]
    memo: _Choices = {}
    guesses = [
        pinned.get(k) or _choice(m, evidence, sure[k], siblings[k], read[k], memo)
        for k, m in enumerate(mentions)
    ]
    trusted = [None if weak(m, g[0]) else g[0] for m, g in zip(mentions, guesses, strict=True)]
    if any(marks):
        trusted = [e or mark for e, mark in zip(trusted, marks, strict=True)]
    evidence = Evidence.of(trusted, anchor, nations, held)  # second pass: every trusted one
    # but a reading in doubt vouches for no small namesake's region
    evidence = evidence.doubting(
        [e for e, g in zip(trusted, guesses, strict=True) if e is not None and g[1] == "weak_prior"]
    )
    if groups:  # and the kinds listed names were read as ("Washington and Maryland": states)
        siblings = _siblings(groups, mentions, trusted)
    memo = {}
    choices = [
        pinned.get(k) or _choice(m, evidence, trusted[k], siblings[k], read[k], memo)
        for k, m in enumerate(mentions)
    ]
    if len(mentions) > 1:
        _unswap(mentions, guesses, choices, pinned, siblings, read, anchor, nations)
    if groups:
        # A listed name read as the dateline's own city keeps it: "BOSTON (AP) - Flights link
        # Boston, London and Manchester" is no list of English towns.
        settled = frozenset(
            k
            for k, r in enumerate(read)
            if r is None or len(r[0]) < 2 or (anchor is not None and choices[k][0] is anchor)
        )
        _agree(mentions, groups, choices, settled, evidence, trusted)
    if len(mentions) > 1:
        _state_and_town(mentions, choices, pinned)
        _states_story(ctx, mentions, choices, pinned)
    if (
        anchor is not None
        and anchor.country_code in _NAMESAKE_LANDS
        and anchor.region is not None
        and anchor.population < _WORLD_DATELINE
    ):
        after = dateline[0].end if dateline is not None else len(ctx.words)
        _dateline_namesakes(ctx, mentions, choices, read, anchor, after)
        _residence_namesakes(ctx, mentions, choices, read, pinned, anchor, after)
    if groups:
        _listed_namesakes(groups, choices, read, pinned, anchor)
    if len(mentions) > 1:
        _capital_namesakes(ctx, mentions, choices, read, pinned, anchor)
    if len(mentions) > 1:
        _incident_namesakes(ctx, mentions, choices, read, pinned)
        _county_namesakes(ctx, mentions, choices, read, pinned)
        _county_and_town(ctx, mentions, choices, read, pinned)
    listed = {k: group for group in groups for k in group}
    body = dateline[0].end if dateline is not None else len(ctx.words)
    homes = Counter([e.country_code for e, _ in choices if e is not None and e.country_code])
    compass = _compass_mentions(ctx, mentions)
    resolved = []
    for k, mention in enumerate(mentions):
        own = trusted[k]
        entry, how = choices[k]
        if (
            k in compass
            and k not in pinned
            and _bare_compass(k, entry, compass, listed, trusted, anchor, nations)
        ):
            continue  # "the Central and Eastern provinces", no country named: no Zambia
        if entry is not None and k not in pinned and _unsupported_compass(entry, evidence, own):
            if not mention.strong:
                continue
            entry, how = None, "none"  # "the Mallee, Wimmera and South West districts"
        placed = (
            mention.locative
            and not _respelled(ctx, mention, entry)
            and not _word_alternate(ctx, mention, entry)
            and not _residents_alternate(ctx, mention, entry)
        )
        if (
            k not in pinned
            and not mention.strong
            and _island_namesake(ctx, mention, entry, evidence)
        ):
            continue  # "Flores island" in an Indonesian story: no Uruguayan department
        if k not in pinned and not mention.strong and _village_elsewhere(entry, evidence, own):
            continue  # "the Big Bend coast" in a Tallahassee story: no village in Wisconsin
        if (
            k not in pinned
            and not mention.strong
            and _village_beside_a_state(ctx, mentions, choices, k, evidence, own)
        ):
            continue  # "In Texas, ... in Surfside Beach": no village in South Carolina
        if (
            k in listed
            and k not in pinned
            and _stray_village(mention, entry, own, listed[k], choices, evidence)
        ):
            continue  # "La Paz and El Alto": no Peruvian village
        if entry is not None and k not in pinned and _direction_abroad(entry, choices):
            continue  # "the Southeast" in a Nigerian story: no part of the US
        if k not in pinned and entry is not None and _no_article(ctx, mentions, k, entry):
            continue  # "Flights on Southwest were cancelled": the airline
        if k not in pinned and _venue_elsewhere(ctx, mentions, choices, k):
            continue  # "the Azadi stadium in Tehran": no town in Khuzestan
        if k not in pinned and _alternate_abroad(ctx, mention, entry, own, evidence, anchor):
            continue  # "MUMBAI - Rains flooded Dadar and Kurla": no Korla, China
        if k not in pinned and _foreign_village(mention, entry, own, homes, evidence):
            continue  # "the neighbouring city of El Alto" in a Bolivian story
        if k not in pinned and _local_namesake_abroad(
            mention, entry, own, evidence, body, _settled_city(ctx, mentions, choices, k)
        ):
            continue  # "TORONTO — A man was stabbed in Scarborough": no English town
        if k not in pinned and _unplaced_seat(ctx, mention, entry, own, evidence):
            continue  # "Nvidia's Santa Clara headquarters": no Cuban city, by size alone
        if mention.how == "dateline" and entry is not None and entry.type == "country":
            entry = _capital_named(entry)  # "DJIBOUTI (Reuters)": the city
        keep = k in pinned or not weak(mention, entry) or placed
        if keep or (entry is not None and supported(entry, evidence.without(own))):
            resolved.append(Resolved(mention, entry, how))
        elif entry is not None and _hinted_town(ctx, mention, entry, nations):
            resolved.append(Resolved(mention, entry, how))  # "the Ukrainian army retook Kherson"
        elif entry is not None and _placed_elsewhere(ctx, mentions, choices, k):
            resolved.append(Resolved(mention, entry, how))  # "in Bakhmut ... Bakhmut fell"
    return resolved


_CITY_STATE = 0.75
"""Least share of its country's people a capital holds where the country is a city-state:
"SINGAPORE", "MONACO", "HONG KONG" stay the countries."""


def _capital_named(country: Entry) -> Entry:
    """The capital named after ``country`` ("Djibouti", "Kuwait City", "Luxembourg"), else
    the country: a dateline names a city, "DJIBOUTI (Reuters)", "KUWAIT (Reuters)"; a
    city-state (``_CITY_STATE``) stays the country; the evidence keeps the country, so that
    "Djibouti" alone in the story stays the country."""
    code, found = country.country_code or "", capitals()
    for name in (country.name, f"{country.name} City"):
        if (code, normalize(name)) not in found:
            continue
        towns = [e for e in gazetteer().lookup(name) if e.type == "city" and e.country_code == code]
        if towns:
            town = max(towns, key=lambda e: e.population)
            return country if town.population >= _CITY_STATE * country.population else town
    return country


def _cued_units_listed(
    ctx: Context,
    mentions: list[Mention],
    pinned: dict[int, tuple[Entry, str]],
    groups: Sequence[list[int]],
) -> list[Mention]:
    """Mentions listed with units of one country that the gazetteer reads alone as no town of
    ``BIG_CITY`` there, re-read as that country's unit named so only with a cue
    (``Gazetteer.cued_region``): "Floods hit Bulacan and Pampanga" (provinces, not the town of
    Bulacan), "Storms hit Cagayan, Isabela and Aurora" (no Aurora, Colorado); a town of
    ``BIG_CITY`` in a listed unit's first-level region keeps its name ("Cebu and Bohol": Cebu
    City, of 900,000), unless its unit named so lies there too and it is under
    ``_REGIONAL_CITY``: the seat its unit is named after ("Batangas, Cavite and Laguna", "Cork,
    Kerry and Limerick" are provinces and counties)."""
    gaz = gazetteer()
    changed = list(mentions)
    for group in groups:
        firsts = [_first_reading(mentions[k]) for k in group]
        units_listed = [e for e in firsts if e is not None and e.type in _UNIT_TYPES]
        homes = {e.country_code for e in firsts if e is not None}
        if not units_listed and len(homes) == 1:
            (home,) = homes
            for k in group:
                if k not in pinned and (units := _unit_over_villages(ctx, mentions[k], home)):
                    changed[k] = replace(mentions[k], candidates=units, alternates=())
                    units_listed.append(units[0])
        lands = {e.country_code for e in units_listed}
        if len(lands) != 1:
            continue
        (land,) = lands
        # A town of BIG_CITY keeps its name where it lies in a listed unit's first-level region,
        # not in another ("Albay, Camarines Sur and Quezon": the province, not the Quezon of
        # 114,000 in Bukidnon), nor where the unit named so lies there too, unless a regional
        # city: its seat named after it ("Batangas, Cavite and Laguna": provinces; "Cebu and
        # Bohol" keeps Cebu City, of 900,000)
        regions = {e.region for e in units_listed}
        for k in group:
            mention = mentions[k]
            if k in pinned or mention.strong:
                continue
            if all(e.type in _UNIT_TYPES for e in options(mention)):
                continue  # "Pampanga" itself
            name = ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[mention.end - 1]]
            units = tuple(e for e in gaz.cued_region(name) if e.country_code == land)
            if units and not any(
                e.country_code == land
                and e.type == "city"
                and e.population >= BIG_CITY
                and e.region in regions
                and (e.population >= _REGIONAL_CITY or all(u.region != e.region for u in units))
                for e in mention.candidates
            ):
                changed[k] = replace(mention, candidates=units, alternates=())
    return changed


def _first_reading(mention: Mention) -> Entry | None:
    """A mention's reading of the highest ``prior`` ("Laguna": the Philippine province, over
    towns in California and Brazil)."""
    found, priors, _ = readings(mention)
    if len(found) < 2:
        return found[0] if found else None
    return found[max(range(len(found)), key=priors.__getitem__)]


def _unswap(
    mentions: Sequence[Mention],
    guesses: Sequence[Choice],
    choices: list[Choice],
    pinned: dict[int, tuple[Entry, str]],
    siblings: Sequence[frozenset[str]],
    read: Sequence[Readings | None],
    anchor: Entry | None,
    nations: frozenset[str],
) -> None:
    """Undo readings the second pass took in another country on the word of a reading that
    itself left that country ("Officials in Boston said the fire started in Cambridge": the
    first pass reads Boston, Massachusetts and Cambridge, England by size, the second swaps
    them, each on the other's first reading). Such moved readings the final readings no
    longer support are unstable: where two or more are, the one whose first reading led its
    second by the most ``prior`` goes back to it, and the others are chosen again by the
    final readings (Boston, Massachusetts, then Cambridge, Massachusetts)."""
    moved = [
        k
        for k, (entry, kind) in enumerate(choices)
        if k not in pinned
        and kind in ("country", "region")
        and entry is not None
        and (first := guesses[k][0]) is not None
        and first.country_code != entry.country_code
    ]
    if not moved:
        return
    final = Evidence.of([e for e, _ in choices], anchor, nations)
    unstable = [k for k in moved if not _backed(choices[k][0], final)]
    if len(unstable) < 2:
        return
    margins = [_margin(read[k], guesses[k][0], choices[k][0]) for k in unstable]
    if max(margins) <= 0.0:
        return
    surest = unstable[margins.index(max(margins))]
    choices[surest] = guesses[surest]
    final = Evidence.of([e for e, _ in choices], anchor, nations)
    memo: _Choices = {}
    for k in unstable:
        if k != surest:
            own = choices[k][0]
            choices[k] = _choice(mentions[k], final, own, siblings[k], read[k], memo)


def _backed(entry: Entry | None, evidence: Evidence) -> bool:
    """Whether the article's other readings still back ``entry`` (``Evidence.score``)."""
    return entry is not None and evidence.without(entry).score(entry)[1] is not None


def _margin(read: Readings | None, first: Entry | None, second: Entry | None) -> float:
    """How much more ``prior`` the first reading has than the second."""
    if read is None or first is None or second is None:
        return 0.0
    found, priors, _ = read
    at = {id(e): p for e, p in zip(found, priors, strict=True)}
    return at.get(id(first), 0.0) - at.get(id(second), 0.0)


def _placed_elsewhere(
    ctx: Context, mentions: Sequence[Mention], choices: Sequence[Choice], k: int
) -> bool:
    """Whether another mention of the article read as the same town stands after a locative
    that places it (``placed_at``: "Fighting raged in Bakhmut. Bakhmut fell in May."): one
    town per article."""
    entry = choices[k][0]
    return any(
        j != k
        and choices[j][0] is entry
        and m.locative
        and placed_at(ctx, words(), m.start, m.end)
        and not _respelled(ctx, m, entry)
        for j, m in enumerate(mentions)
    )


_GUESSES = frozenset({"prior", "weak_prior"})
"""Resolutions that no other place of the article supported."""


def _dateline_namesakes(
    ctx: Context,
    mentions: Sequence[Mention],
    choices: list[Choice],
    read: Sequence[Readings | None],
    anchor: Entry,
    after: int,
) -> None:
    """Re-read a city abroad guessed by its size alone (nothing in the article names its
    country) as the namesake town in a US dateline's state (a city under ``_WORLD_DATELINE``)
    where the sentence
    places something in it ("in", "at", "near", a hazard striking it): "ATLANTA (AP) — Police
    in Athens said" is Athens, Georgia, "DALLAS (AP) — A tornado hit Paris" Paris, Texas;
    travel ("flew to Moscow") and a name with no locative ("criticized Moscow") keep the
    city abroad, and so does a country ("Lebanon") or a region. The dateline reads only the
    text after it (token ``after`` on), and the town lies within ``_LOCAL_REACH`` of it
    (Moscow, Idaho, is 350 km from Boise; Valencia, California, 440 km from Santa Clara).
    ``choices`` is changed in place."""
    for k, mention in enumerate(mentions):
        entry, how = choices[k]
        found = read[k]
        if mention.start < after or not mention.locative:
            continue
        if entry is None or found is None or how not in _GUESSES:
            continue
        if entry.type != "city" or entry.country_code == anchor.country_code:
            continue  # "Portland" in a Maine story: ``_local_namesake``
        if not placed_at(ctx, words(), mention.start, mention.end) and not _driven_to(ctx, mention):
            continue  # "flights to Athens and Rome"; "The suspect drove to Paris" is local
        if mention.start > 1 and ctx.lowers[mention.start - 2] in words().abroad_events:
            continue  # "ATLANTA (AP) — The 2004 Olympic Games in Athens": the world's event
        town = _largest_town_in(found[0], anchor, near=anchor)
        if town is not None:
            choices[k] = (town, "dateline")


def _residence_namesakes(
    ctx: Context,
    mentions: Sequence[Mention],
    choices: list[Choice],
    read: Sequence[Readings | None],
    pinned: Mapping[int, object],
    anchor: Entry,
    after: int,
) -> None:
    """Re-read a state or a city elsewhere, read by its size or its country alone, as the
    namesake town in a US dateline's state where it is a person's home after a name and an
    age ("COLUMBUS, Ohio (AP) - Karen Whitfield, 58, of Delaware, pleaded guilty" is
    Delaware, Ohio): local news names a resident's town, and a town of at least
    ``_RESIDENCE_TOWN`` people within ``_LOCAL_REACH`` of the dateline. "Sen. Tom Carper of
    Delaware" (no age), "Whitfield, 58, of Delaware County" and a country ("Jose Garcia, 30,
    of Mexico" in a Missouri story) keep theirs. ``choices`` is changed in place."""
    for k, mention in enumerate(mentions):
        entry, how = choices[k]
        found = read[k]
        if mention.start < after or k in pinned or entry is None or found is None:
            continue
        if how not in _GUESSES and how != "country":
            continue
        if entry.type == "country" or entry.region == anchor.region:
            continue  # "Jose Garcia, 30, of Mexico, was deported": his country, no Missouri town
        if not _resident(ctx, mention):
            continue
        town = _largest_town_in(found[0], anchor, _RESIDENCE_TOWN, near=anchor)
        if town is not None:
            choices[k] = (town, "dateline")


_RESIDENCE_TOWN = 5_000
"""Least population of a dateline state's town read as a resident's home over a state or a
city elsewhere."""


def _resident(ctx: Context, mention: Mention) -> bool:
    """Whether a name follows a person's name, an age and "of", and ends its clause ("Karen L.
    Whitfield, 58, of Delaware, pleaded", "Smith, 34, of Washington was")."""
    start, words_ = mention.start, ctx.words
    if start < 5 or ctx.lowers[start - 1] != "of" or words_[start - 2] != ",":
        return False
    age, comma, name = words_[start - 3], words_[start - 4], words_[start - 5]
    if not (age.isdigit() and len(age) <= 2 and comma == "," and name[:1].isupper()):
        return False
    end = mention.end
    return end == len(words_) or words_[end] in (",", ".", ";") or words_[end].islower()


def _incident_namesakes(
    ctx: Context,
    mentions: Sequence[Mention],
    choices: list[Choice],
    read: Sequence[Readings | None],
    pinned: Mapping[int, object],
) -> None:
    """Re-read a city abroad guessed by its size alone and placed in a sentence whose US
    state's name tells where its incident happened ("The Idaho killings happened in
    Moscow": ``incidents``, maybe after one or two lower-case words) as the state's namesake
    town, and a state guessed a country as the state ("The Georgia tornado struck Rome");
    "The Idaho senator criticized Moscow" and "Texas executives met in Paris" keep the city
    abroad. ``choices`` is changed in place."""
    lists = words()
    states: list[tuple[int, Entry]] = []
    for j, mention in enumerate(mentions):
        if not _incident_after(ctx, lists, mention.end):
            continue
        state = choices[j][0]
        if state is None or state.type != "admin1" or state.country_code not in _NAMESAKE_LANDS:
            if j in pinned or choices[j][1] not in _GUESSES:
                continue
            state = next(
                (
                    e
                    for e in options(mention)
                    if e.type == "admin1" and e.country_code in _NAMESAKE_LANDS
                ),
                None,
            )
        if state is not None:
            states.append((j, state))
    if not states:
        return
    for k, mention in enumerate(mentions):
        found = read[k]
        if found is None or not _abroad_guess(choices[k]) or not mention.locative:
            continue
        if not placed_at(ctx, lists, mention.start, mention.end):
            continue
        if mention.start > 1 and ctx.lowers[mention.start - 2] in lists.abroad_events:
            continue  # "the summit in Paris"
        for j, state in _in_sentence_of(ctx, mentions, states, k):
            town = _largest_town_in(found[0], state)
            if town is not None:
                choices[k] = (town, "region")
                choices[j] = (state, choices[j][1] if choices[j][0] is state else "region")
                break


def _capital_namesakes(
    ctx: Context,
    mentions: Sequence[Mention],
    choices: list[Choice],
    read: Sequence[Readings | None],
    pinned: Mapping[int, object],
    anchor: Entry | None,
) -> None:
    """Re-read as the capital a town of the lands of namesakes (the US) that its state named
    elsewhere won over a national capital of ``_WORLD_CAPITAL`` abroad, where its sentence
    names no place of that state, the dateline (``anchor``) lies in another state or none,
    and the article is no US story (fewer of its other places abroad than in the US, and
    the town of ``BIG_CITY`` or another town of its state named): "the ECB, meeting in
    Athens" in a story naming Germany, France and Georgia, or naming Texas alone, is
    Greece's capital, not Athens, Georgia or Texas; "Voters in Georgia lined up in Athens",
    "ATHENS, Ga. (AP)" and "Fans in Atlanta cheered ... in Athens" keep the town.
    ``choices`` is changed in place."""
    homes = Counter([e.country_code for e, _ in choices if e is not None])
    for k, (entry, how) in enumerate(choices):
        found = read[k]
        if (
            k in pinned
            or found is None
            or entry is None
            or how != "region"
            or entry.type != "city"
            or entry.country_code not in _NAMESAKE_LANDS
        ):
            continue
        code = entry.country_code
        if anchor is not None and anchor.country_code == code and anchor.region == entry.region:
            continue  # "ATHENS, Ga. (AP)", "ATLANTA (AP) — ... in Athens": a dateline of its state
        if homes[code] - 1 > sum(n for c, n in homes.items() if c != code) and (
            entry.population >= BIG_CITY
            or any(
                j != k and e is not None and e.type != "admin1" and e.region == entry.region
                for j, (e, _) in enumerate(choices)
            )
        ):
            continue  # a US story of a city named alone, or of other towns of its state too;
            # the state alone makes no US story of a small town ("Athens" and "Texas")
        own = mentions[k].alternates
        capital = next(
            (
                e
                for e in found[0]
                if e.type == "city"
                and e.country_code != code
                and e.population >= max(_WORLD_CAPITAL, entry.population)
                and _capital(e)
                and not any(a is e for a in own)
            ),
            None,
        )
        if capital is None:
            continue
        near = [(j, e) for j, (e, _) in enumerate(choices) if j != k and e is not None]
        if any(
            e.region == entry.region and e.country_code == code
            for _, e in _in_sentence_of(ctx, mentions, near, k)
        ):
            continue  # "Voters in Georgia lined up in Athens"
        choices[k] = (capital, "prior")


def _abroad_guess(choice: Choice) -> bool:
    """Whether a choice is a city outside the lands of namesakes (the US), read by its size
    alone: what a US unit named beside it may re-read as its namesake town."""
    entry, how = choice
    return (
        entry is not None
        and how in _GUESSES
        and entry.type == "city"
        and entry.country_code not in _NAMESAKE_LANDS
    )


def _in_sentence_of(
    ctx: Context, mentions: Sequence[Mention], units: Sequence[tuple[int, Entry]], k: int
) -> Iterator[tuple[int, Entry]]:
    """The ``units`` (mention index, reading) whose mention stands in mention ``k``'s
    sentence."""
    starts, chars = ctx.sentence_chars, ctx.token_chars
    sentence = bisect_right(starts, chars[mentions[k].start])
    return (u for u in units if bisect_right(starts, chars[mentions[u[0]].start]) == sentence)


def _largest_town_in(
    readings: Sequence[Entry], unit: Entry, least: int = 0, near: Entry | None = None
) -> Entry | None:
    """The most populous city among ``readings`` in ``unit``'s region and country, of at least
    ``least`` people and, given ``near``, within ``_LOCAL_REACH`` of it; None when none is."""
    towns = [
        e
        for e in readings
        if e.type == "city"
        and e.region == unit.region
        and e.country_code == unit.country_code
        and e.population >= least
        and (near is None or _km(e, near) < _LOCAL_REACH)
    ]
    return max(towns, key=lambda e: e.population) if towns else None


def _county_namesakes(
    ctx: Context,
    mentions: Sequence[Mention],
    choices: list[Choice],
    read: Sequence[Readings | None],
    pinned: Mapping[int, object],
) -> None:
    """Re-read a city abroad guessed by its size alone in a sentence that names a county of a
    US state ("St. Petersburg police said the Pinellas County man was arrested") as the
    state's namesake city of ``BIG_CITY``: a county is no country-wide cue, as the state's
    name is ("Georgia officials ... Rome"), but names the very state. A county read in doubt
    ("Washington County", in 30 states) and a namesake under ``BIG_CITY`` ("Naples",
    Florida) leave the city abroad. ``choices`` is changed in place."""
    counties = [
        (j, e)
        for j, (e, how) in enumerate(choices)
        if e is not None
        and e.type == "admin2"
        and e.region is not None
        and e.country_code in _NAMESAKE_LANDS
        and how not in _UNSURE
    ]
    if not counties:
        return
    for k in range(len(mentions)):
        found = read[k]
        if k in pinned or found is None or not _abroad_guess(choices[k]):
            continue
        for _, county in _in_sentence_of(ctx, mentions, counties, k):
            town = _largest_town_in(found[0], county, BIG_CITY)
            if town is not None:
                choices[k] = (town, "region")
                break


def _county_and_town(
    ctx: Context,
    mentions: Sequence[Mention],
    choices: list[Choice],
    read: Sequence[Readings | None],
    pinned: Mapping[int, object],
) -> None:
    """Read a county named in several US states (left ``unplaced``) and a city guessed by
    its size alone in the same sentence as the county and town of the one state that has
    both, or of the state whose town of that name is ``_NAMESAKE_RATIO`` times any other's
    of those states: "The Jefferson County coroner in Birmingham" is Alabama's (no England),
    "The Lancaster County man drove to Lancaster" Pennsylvania's (59,000 people, against
    South Carolina's 9,000), "The Dallas County man died in Selma" stays in doubt (Alabama's
    and Texas's); a town under ``_VILLAGE`` never displaces a guess, nor one under
    ``BIG_CITY`` a city of ``_MAJOR_CITY`` ("The Washington County sheriff said the man had
    lived in Moscow"). ``choices`` is changed in place."""
    doubtful = [
        j
        for j, (e, how) in enumerate(choices)
        if e is None and how == "unplaced" and j not in pinned
    ]
    if not doubtful:
        return
    starts, chars = ctx.sentence_chars, ctx.token_chars
    for j in doubtful:
        counties = {
            e.region: e
            for e in options(mentions[j])
            if e.type == "admin2" and e.region is not None and e.country_code in _NAMESAKE_LANDS
        }
        if len(counties) < 2:
            continue
        sentence = bisect_right(starts, chars[mentions[j].start])
        for k, mention in enumerate(mentions):
            entry, how = choices[k]
            found = read[k]
            if k in pinned or entry is None or found is None or how not in _GUESSES:
                continue
            if entry.type != "city" or bisect_right(starts, chars[mention.start]) != sentence:
                continue
            towns: dict[str, Entry] = {}
            for e in found[0]:
                if e.type != "city" or e.region is None or e.region not in counties:
                    continue
                if e.region not in towns or e.population > towns[e.region].population:
                    towns[e.region] = e
            if not towns:
                continue
            ranked = sorted(towns.values(), key=lambda e: -e.population)
            if len(ranked) > 1 and ranked[0].population < _NAMESAKE_RATIO * ranked[1].population:
                continue
            town = ranked[0]
            if town.population < _VILLAGE:
                continue  # "The Jefferson County mayor flew to London": no Kentucky village
            if entry.population >= _MAJOR_CITY and town.population < BIG_CITY:
                continue  # "The Washington County sheriff ... Moscow": no Moscow, Idaho
            choices[k] = (town, "region")
            choices[j] = (counties[town.region or ""], "region")
            break


_UNSURE = frozenset({"weak_prior", "unplaced", "none"})
"""Resolutions of a county too doubtful to place a city by its state."""


_INCIDENT_REACH = 3
"""Most words from a state's name to its incident's noun ("the Idaho student killings")."""


def _incident_after(ctx: Context, lists: Words, end: int) -> bool:
    """Whether one of ``incidents`` follows token ``end - 1`` within ``_INCIDENT_REACH``
    lower-case words ("Idaho killings", "Idaho college murders")."""
    lowers, texts = ctx.lowers, ctx.words
    for i in range(end, min(end + _INCIDENT_REACH, len(lowers))):
        if lowers[i] in lists.incidents:
            return True
        if not texts[i].isalpha() or not texts[i].islower():
            return False
    return False


def _driven_to(ctx: Context, mention: Mention) -> bool:
    """Whether one of ``local_travel`` and "to" stand right before the name ("drove to
    Paris", "walked to Moscow"), with no possessive after it: travel within a day's reach."""
    start, lowers = mention.start, ctx.lowers
    if start < 2 or lowers[start - 1] != "to" or lowers[start - 2] not in words().local_travel:
        return False
    return mention.end >= len(lowers) or lowers[mention.end] not in POSSESSIVES


_NAMESAKE_LANDS = frozenset({"US"})
"""Countries whose datelines name a first-level region ("BOISE, Idaho (AP) —") and whose towns
are named after cities abroad (Athens, Georgia; Paris, Texas; Moscow, Idaho)."""
_WORLD_DATELINE = 2_000_000
"""Datelines of cities this large report the world ("NEW YORK (AP) — Protests in Rome" is no
Rome, New York): their stories' namesakes keep the city abroad."""

_LOCAL_REACH = 400.0
"""Kilometres from the dateline within which its state's namesake towns are local news."""


def _km(a: Entry, b: Entry) -> float:
    """Great-circle distance between two entries' points (infinite where one has none)."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return math.inf
    la, lb = math.radians(a.latitude), math.radians(b.latitude)
    dlon = math.radians(b.longitude - a.longitude)
    cos = math.sin(la) * math.sin(lb) + math.cos(la) * math.cos(lb) * math.cos(dlon)
    return 6371.0 * math.acos(max(-1.0, min(1.0, cos)))


_STATE_WORDS = frozenset({"state", "states", "statewide", "state's", "states'"})
"""Lower-case words that, in a name's sentence, speak of US states ("the highest state
minimum", "in the rest of the state")."""
_STATES_STORY = 2
"""Fewest other US states an article must read for a city named like a state to be read as
the state in a sentence speaking of states."""


def _states_story(
    ctx: Context, mentions: Sequence[Mention], choices: list[Choice], pinned: Mapping[int, object]
) -> None:
    """Read a US city named like its state ("Washington", "New York"), guessed as the city,
    as the state where the article reads ``_STATES_STORY`` other US states and the name's
    sentence speaks of states (``_STATE_WORDS``, written in lower case), with no locative
    before it: "California's statewide minimum rises to $16 ... Washington will have the
    highest state minimum, while New York's goes up ... in the rest of the state" (a story
    listing states' minimum wages) names the states; "in Washington", "to New York" and a
    sentence with no word of states keep the cities."""
    found = [
        k
        for k, (entry, how) in enumerate(choices)
        if k not in pinned
        and entry is not None
        and entry.type == "city"
        and entry.country_code == "US"
        and how in _GUESSES
        and not mentions[k].locative
    ]
    if not found:
        return  # most articles
    states = {
        e.region
        for e, _ in choices
        if e is not None and e.type == "admin1" and e.country_code == "US"
    }
    for k in found:
        mention, city = mentions[k], choices[k][0]
        state = next(
            (
                e
                for e in options(mention)
                if e.type == "admin1"
                and e.country_code == "US"
                and city is not None
                and e.name == city.name
            ),
            None,
        )
        if state is None or len(states - {state.region}) < _STATES_STORY:
            continue
        if mention.start > 0 and ctx.lowers[mention.start - 1] in TRAVEL:
            continue  # "flew to New York"
        first, stop = _sentence_span(ctx, mention.start)
        if _STATE_WORDS.isdisjoint(ctx.words[first:stop]):
            continue
        choices[k] = (state, "region")


def _listed_namesakes(
    groups: Sequence[list[int]],
    choices: list[Choice],
    read: Sequence[Readings | None],
    pinned: Mapping[int, object],
    anchor: Entry | None,
) -> None:
    """Re-read the names of a list of towns guessed elsewhere as their namesake towns in the
    list's state: a state that qualifies a listed town ("Hanover, N.H., Lebanon and Concord";
    "Paris, Texas, Athens and Palestine") or a local dateline's state ("TYLER, Texas (AP) -
    Storms hit Athens, Palestine and Jacksonville"), where a listed name is read as a town
    there. A city guessed abroad or in another state moves with one such town; a country
    guessed by its size ("Lebanon", "Palestine") with two, so that "AUGUSTA, Maine - Storms
    hit Paris, Norway and Mexico" keeps the countries beside one Maine town. A name no town
    of that state bears ("Portland, Maine, Boston and New York") keeps its reading, and so
    do the others listed with it ("BOSTON (AP) - Flights link Boston, London and
    Manchester"). ``choices`` is changed in place."""
    written = region_written_countries()
    local = (
        anchor
        if anchor is not None
        and anchor.region is not None
        and anchor.country_code in written
        and anchor.population < _WORLD_DATELINE
        else None
    )
    for group in groups:
        state = _list_state(group, choices, pinned, written) or local
        if state is None:
            continue
        towns = sum(_town_of(choices[k][0], state) for k in group)
        if not towns:
            continue
        moves: dict[int, Entry] = {}
        cities = 0
        for k in group:
            entry, how = choices[k]
            if entry is not None and entry.region == state.region:
                continue  # the state itself, its towns and counties
            found = read[k]
            if k in pinned or entry is None or found is None:
                break
            city = entry.type == "city"
            if how not in (_CITY_GUESSES if city else _COUNTRY_GUESSES):
                break
            near = state if state is local else None
            town = _largest_town_in(found[0], state, near=near)
            if town is None or (not city and entry.type != "country"):
                break  # "Boston, London and Manchester": London stays, so do the others
            moves[k] = town
            cities += city
        else:
            for k, town in moves.items():
                entry = choices[k][0]
                if entry is not None and (entry.type == "city" or towns + cities >= _LISTED_TOWNS):
                    choices[k] = (town, "list")


_COUNTRY_GUESSES = _GUESSES | {"list"}
"""Resolutions of a listed country that its list's state may overrule: none the article
supports otherwise."""
_CITY_GUESSES = _COUNTRY_GUESSES | {"country", "dateline"}
"""Resolutions of a listed city that its list's state may overrule: also those its country
named supports ("Jacksonville", Florida, under a Texas dateline)."""
_LISTED_TOWNS = 2
"""Towns of a list's state that make a country listed with them their namesake town."""


def _list_state(
    group: Sequence[int],
    choices: Sequence[Choice],
    pinned: Mapping[int, object],
    written: frozenset[str | None],
) -> Entry | None:
    """The first-level region that qualifies a town of the list (pinned so: "Hanover, N.H.,"),
    in a country that writes its regions after its towns; None where none or two do."""
    states = {
        e.key: e
        for k in group
        if k in pinned
        and (e := choices[k][0]) is not None
        and e.type == "admin1"
        and e.country_code in written
        and k > 0
        and (k - 1) in group
        and (town := choices[k - 1][0]) is not None
        and town.type == "city"
        and town.region == e.region
    }
    return next(iter(states.values())) if len(states) == 1 else None


def _town_of(entry: Entry | None, state: Entry) -> bool:
    """Whether ``entry`` is a town of ``state``'s first-level region."""
    return entry is not None and entry.type == "city" and entry.region == state.region


def _sentence_span(ctx: Context, i: int) -> tuple[int, int]:
    """The first token of token ``i``'s sentence and the first after it."""
    starts = ctx.sentence_chars
    k = bisect_right(starts, ctx.token_chars[i]) - 1
    stop = ctx.token_at(starts[k + 1]) if k + 1 < len(starts) else len(ctx.words)
    return ctx.token_at(starts[k]), stop


def _state_and_town(
    mentions: Sequence[Mention], choices: list[Choice], pinned: Mapping[int, object]
) -> None:
    """Read a name guessed as a country ("Georgia") as the same-named state of a country that
    writes its regions, and a city guessed abroad ("Athens") as its namesake of ``BIG_CITY``
    in that state, where neither guess had support and each reading supports the other:
    "Police in Athens said ... The shooting shocked Georgia" is Athens, Georgia. A country or
    a nationality word that supports either guess ("Georgia and Armenia", "Greek officials")
    keeps both, as does a town too small to be named alone ("Georgia's prime minister flew
    to Rome" is no Rome, Georgia, of 36,000 people)."""
    states: dict[int, Entry] = {}
    towns: dict[int, Entry] = {}
    written = region_written_countries()
    for k, (entry, how) in enumerate(choices):
        if k in pinned or entry is None or entry.type != "country" or how not in _GUESSES:
            continue
        state = next(
            (e for e in options(mentions[k]) if e.type == "admin1" and e.country_code in written),
            None,
        )
        if state is None:
            continue
        for j, (other, kind) in enumerate(choices):
            if j in pinned or other is None or other.type != "city" or kind not in _GUESSES:
                continue
            town = next(
                (
                    e
                    for e in options(mentions[j])
                    if e.type == "city"
                    and e.region == state.region
                    and e.population >= BIG_CITY
                    and e is not other
                ),
                None,
            )
            if town is not None:
                states[k], towns[j] = state, town
    if not states:
        return
    for k, state in states.items():
        choices[k] = (state, "region")
    for j, town in towns.items():
        choices[j] = (town, "region")


_MARKED = frozenset({"landmark", "facility"})
"""Rules of the mentions a landmark may be read by: "Heathrow" alone, and "St James' Park",
which a facility's head ("Park") finds first; either vouches for its country and region
("fans at St James' Park ... Newcastle" is Newcastle upon Tyne)."""


def _landmark_reading(ctx: Context, mention: Mention) -> Entry | None:
    """What a landmark named alone ("Maui", "Heathrow", "Wall Street") tells the article's
    other places: its country and first-level region, as an entry no span is written for."""
    if mention.candidates:
        return None  # a landmark's name read as a town, pinned by a qualifier
    gaz = gazetteer()
    text = ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[mention.end - 1]]
    mark = gaz.landmark(text)
    if mark is None:
        return None
    state = gaz.entry(mark.admin1) if mark.admin1 else None
    region = state.region if state is not None else None
    name, code = mark.name, mark.country_code
    return Entry(f"landmark:{name}", name, mark.type, None, code, region, mark.admin1, None, None)


# _VILLAGE (above) is also how small a town, unqualified, in a first-level region neither
# named nor the dateline's, of a dateline in another region of a country that writes its
# regions, must be to be no reading.


_ISLAND_NOUNS = frozenset({"island", "islands", "isle", "atoll"})
"""Lower-case nouns after a name that make it an island's: "Buton island", "Sumba island"."""


def _island_namesake(
    ctx: Context, mention: Mention, entry: Entry | None, evidence: Evidence
) -> bool:
    """Whether a bare name before a lower-case "island" is read as a town or a region the
    island is not: a town by an alternate name ("Buton island" is no Baubau), a town of a
    country the article neither names nor hints at ("Muna island" is no Mexican town), or
    such a region among other readings of the name ("Flores island" is no Uruguayan
    department): news adds "island" to the lesser known islands, which the gazetteer mostly
    lacks. A country ("Malta island"), a hand-written island ("Bali island"), a region that
    is the name's only reading ("Sumatra island", "Hainan island") or of a country the
    article names ("Crete island" in a Greek story) stays."""
    end = mention.end
    if entry is None or end >= len(ctx.words) or ctx.words[end] not in _ISLAND_NOUNS:
        return False
    if entry.type in ("country", "region"):
        return False
    if any(e is entry for e in mention.alternates):
        return True
    if entry.type != "city" and len(mention.candidates) == 1:
        return False
    code = entry.country_code
    return not code or not (supported(entry, evidence.without(entry)) or code in evidence.nations)


def _village_elsewhere(entry: Entry | None, evidence: Evidence, own: Entry | None) -> bool:
    """Whether ``entry`` is a village (under ``_VILLAGE``) of a region-written country (US,
    Canada, Australia) whose first-level region the article does not name, while its dateline
    lies in another region of that country: "the Big Bend coast" in a story from Tallahassee,
    Fla., is no village in Wisconsin. Larger towns ("Cupertino") and villages of a named
    region stay."""
    dateline = evidence.dateline
    if entry is None or entry.type != "city" or entry.population >= _VILLAGE:
        return False
    if dateline is None or dateline.country_code != entry.country_code or not entry.region:
        return False
    if dateline.region == entry.region or entry.country_code not in region_written_countries():
        return False
    return not evidence.without(own).region(entry.region)


def _village_beside_a_state(
    ctx: Context,
    mentions: Sequence[Mention],
    choices: Sequence[Choice],
    k: int,
    evidence: Evidence,
    own: Entry | None,
) -> bool:
    """Whether mention ``k`` reads a village (under ``_VILLAGE``) of a region-written country
    (US, Canada, Australia) whose first-level region the article does not name, in a
    sentence that names another first-level region of that country itself: "In Texas, the
    storm surge reached 8 feet in Surfside Beach, south of Houston" is no village in South
    Carolina (the gazetteer lacks the Texan one). A village of a named region stays, as do
    larger towns ("In Texas, ... flights to Orlando")."""
    entry = choices[k][0]
    if entry is None or entry.type != "city" or entry.population >= _VILLAGE:
        return False
    code, region = entry.country_code, entry.region
    if region is None or code not in region_written_countries():
        return False
    if evidence.without(own).region(region):
        return False
    states = [
        (j, e)
        for j, (e, _) in enumerate(choices)
        if e is not None and e.type == "admin1" and e.country_code == code and e.region != region
    ]
    return any(True for _ in _in_sentence_of(ctx, mentions, states, k))


def _stray_village(
    mention: Mention,
    entry: Entry | None,
    own: Entry | None,
    group: Sequence[int],
    choices: Sequence[Choice],
    evidence: Evidence,
) -> bool:
    """Whether ``entry`` is a village (under ``_VILLAGE``) of a country the article does not
    name, listed only with places read in one other country: "La Paz and El Alto" is no
    Peruvian village of 9,000 people (the gazetteer lacks Bolivia's El Alto). A town under
    ``BIG_CITY`` whose name several countries give their towns, none in that other country,
    is likewise a part of it the gazetteer lacks: "Mississauga and Scarborough", "in
    Scarborough, Toronto police said" name no English seaside town (Scarborough is also
    Australian, Trinidadian and American: a name settlers carried), where the places listed
    with it are regions, countries or cities of ``_LIST_ANCHOR``; a town of one country stays
    ("offices in Toronto and Kalisz"), and so does one read in the other country."""
    if entry is None or entry.type != "city" or entry.population >= BIG_CITY:
        return False
    if supported(entry, evidence.without(own)):
        return False
    others = [choices[j][0] for j in group if choices[j][0] is not entry]
    codes = {e.country_code if e is not None else None for e in others}
    if len(codes) != 1 or None in codes or entry.country_code in codes:
        return False
    if entry.population < _VILLAGE:
        return True
    if any(e is not None and e.type == "city" and e.population < _LIST_ANCHOR for e in others):
        return False  # "Scarborough and Whitby": Whitby, Ontario, is no surer than its namesake
    return _settlers_name(mention, codes.pop())


def _settlers_name(mention: Mention, code: str | None) -> bool:
    """Whether the mention's name is given to towns of several countries, none of them
    ``code``: a name settlers carried (Scarborough: England, Australia, Trinidad, the US),
    which a part of a city of ``code`` the gazetteer lacks may bear too."""
    lands = {e.country_code for e in options(mention)}
    return len(lands) > 1 and code not in lands


_SETTLER_LANDS = frozenset({"US", "CA", "AU", "NZ"})
"""Countries whose towns and city parts bear names British and Irish settlers carried."""
_SETTLERS_HOMES = frozenset({"GB", "IE"})
"""Countries whose town names settlers carried (Scarborough, Richmond, Perth)."""


def _local_namesake_abroad(
    mention: Mention,
    entry: Entry | None,
    own: Entry | None,
    evidence: Evidence,
    after: int,
    near: Entry | None = None,
) -> bool:
    """Whether ``entry`` is a British or Irish town under ``BIG_CITY`` read by its size alone
    (the article names none of its country) in the text after the dateline of a city of
    ``_LIST_ANCHOR`` in a land British settlers named (``_SETTLER_LANDS``), where the name is
    a settlers' one with no town in the dateline's country: "TORONTO — A man was stabbed in
    Scarborough" is no English seaside town, but a part of Toronto the gazetteer lacks.
    "NEW YORK — ... in Cambridge" (Cambridge, Massachusetts) and "HOUSTON (AP) — ... near
    Molo" (a Kenyan town) stay. ``near``, such a city read in the mention's own sentence
    (``_settled_city``), serves as the dateline does: "Police in Toronto said a man was
    stabbed in Scarborough"."""
    if entry is None or entry.type != "city" or entry.population >= BIG_CITY:
        return False
    if entry.country_code not in _SETTLERS_HOMES or mention.strong:
        return False
    anchor, dateline = near, evidence.dateline
    if (
        mention.start >= after
        and dateline is not None
        and dateline.type == "city"
        and dateline.population >= _LIST_ANCHOR
        and dateline.country_code in _SETTLER_LANDS  # "HOUSTON (AP) — ... near Molo" stays
    ):
        anchor = dateline
    if anchor is None or entry.country_code == anchor.country_code:
        return False
    if supported(entry, evidence.without(own)):
        return False
    return _settlers_name(mention, anchor.country_code)


def _settled_city(
    ctx: Context, mentions: Sequence[Mention], choices: Sequence[Choice], k: int
) -> Entry | None:
    """A city of ``_LIST_ANCHOR`` in a land British settlers named (``_SETTLER_LANDS``) read
    in the sentence of mention ``k`` ("Police in Toronto said a man was stabbed in
    Scarborough"), for ``_local_namesake_abroad``; None for most mentions, whose reading is
    no small British or Irish town."""
    entry = choices[k][0]
    if entry is None or entry.country_code not in _SETTLERS_HOMES or entry.type != "city":
        return None
    starts, chars = ctx.sentence_chars, ctx.token_chars
    sentence = bisect_right(starts, chars[mentions[k].start])
    for j, (other, _) in enumerate(choices):
        if (
            other is not None
            and other.type == "city"
            and other.population >= _LIST_ANCHOR
            and other.country_code in _SETTLER_LANDS
            and bisect_right(starts, chars[mentions[j].start]) == sentence
        ):
            return other
    return None


_LIST_ANCHOR = 500_000
"""Least population of the cities listed with a town for them to tell that a namesake abroad
is no reading of it ("Mississauga and Scarborough"; not "Scarborough and Whitby")."""


def _foreign_village(
    mention: Mention,
    entry: Entry | None,
    own: Entry | None,
    homes: Counter[str],
    evidence: Evidence,
) -> bool:
    """Whether ``entry`` is a village (under ``_VILLAGE``) of a country neither the article,
    its dateline nor its nationality words name, while the article's other places (two at
    least) all lie in one other country: "In the neighbouring city of El Alto" in a story
    about La Paz and Bolivia is no Peruvian village of 9,000 people (a place-type cue says
    what it is, not where); a village named with its country is qualified ("Palma,
    Mozambique"), a dateline's stays, and so does one of a named country."""
    if entry is None or entry.type != "city" or entry.population >= _VILLAGE:
        return False
    code = entry.country_code
    if (mention.strong and mention.how not in _CUED) or code is None or code in evidence.nations:
        return False
    if supported(entry, evidence.without(own)):
        return False
    others = [c for c in homes if c != code]
    return len(others) == 1 and homes[others[0]] >= _FOREIGN_EVIDENCE and homes[code] == 1


def _alternate_abroad(
    ctx: Context,
    mention: Mention,
    entry: Entry | None,
    own: Entry | None,
    evidence: Evidence,
    anchor: Entry | None,
) -> bool:
    """Whether a city under ``_MAJOR_CITY`` read only by another name than its own (no
    ``_respelling`` of it) lies outside the dateline's country, in a country no other place
    of the article names, even after a locative: "MUMBAI - Rains flooded Andheri, Dadar and
    Kurla" is no Korla, China (its Uyghur name), "Drug deaths" no Durg, India; respellings
    stay ("southwest of Marrakech", "the city of Vinnytsia"), as do the world's names of
    major cities ("BEIJING - ... in Bombay")."""
    if (
        entry is None
        or anchor is None
        or entry.type != "city"
        or entry.population >= _MAJOR_CITY
        or entry.country_code == anchor.country_code
        or all(a is not entry for a in mention.alternates)
    ):
        return False  # most readings: by a name of their own, or at home
    written = ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[mention.end - 1]]
    return not _respelling(written, entry.name) and not supported(entry, evidence.without(own))


_FOREIGN_EVIDENCE = 2
"""Places the article reads in one other country for a foreign village to be dropped."""


def _unplaced_seat(
    ctx: Context, mention: Mention, entry: Entry | None, own: Entry | None, evidence: Evidence
) -> bool:
    """Whether ``entry`` is a city read by its size alone (the article names none of its
    country) where the name is a company's seat, after a possessive and before one of
    ``_SEAT_NOUNS`` ("Nvidia's Santa Clara headquarters", "Toyota's Georgetown plant") or
    before "-based" ("the Santa Clara-based company"), while a town of the name in another
    country is at least a tenth its size: firms keep plants and head offices in towns that
    size tells apart from their namesakes no better than a coin (Santa Clara, Cuba, 250,000;
    Santa Clara, California, 126,000), so nothing is said. A city the name tells ("Tesla's
    Austin factory"), or whose namesakes are of its country ("GM's Lansing plant"), stays;
    a city read by its own name has no namesake in a city that bears it only as an old or
    foreign alternate ("an Islamabad-based group": no Chattogram, once called so)."""
    if entry is None or entry.type != "city" or mention.strong or not _seat(ctx, mention):
        return False
    if supported(entry, evidence.without(own)):
        return False
    floor = entry.population / _TOWN_RATIO
    alternates = mention.alternates
    own_name = not any(a is entry for a in alternates)
    return any(
        e.type == "city"
        and e.country_code != entry.country_code
        and e.population >= floor
        and not (own_name and any(a is e for a in alternates))
        for e in options(mention)
    )


def _seat(ctx: Context, mention: Mention) -> bool:
    """Whether the mention names a company's seat: a possessive before it and one of
    ``_SEAT_NOUNS`` after it, or "-based" after it."""
    words, lowers, end = ctx.words, ctx.lowers, mention.end
    if end + 1 < len(words) and words[end] == "-" and lowers[end + 1] == "based":
        return True
    start = mention.start
    return (
        end < len(words)
        and lowers[end] in _SEAT_NOUNS
        and start > 1
        and words[start - 1] in POSSESSIVES
        and words[start - 2][:1].isupper()
    )


_SEAT_NOUNS = frozenset(
    {"headquarters", "hq", "campus", "plant", "factory", "facility", "office", "offices"}
    | {"warehouse", "refinery", "mill", "smelter", "assembly", "operations", "site"}
)
"""Nouns of a company's premises after a town's name ("Nvidia's Santa Clara headquarters")."""


def _hinted_town(ctx: Context, mention: Mention, entry: Entry, nations: frozenset[str]) -> bool:
    """Whether a small town all of whose readings lie in one country is hinted at by the
    article's nationality words or national bodies ("the Ukrainian army retook Kherson"):
    like the country named, though it weighs less in choosing among countries."""
    code = entry.country_code
    if not nations or code not in nations or _respelled(ctx, mention, entry):
        return False
    return all(e.country_code == code for e in options(mention))


def _unsupported_compass(entry: Entry, evidence: Evidence, own: Entry | None) -> bool:
    """Whether a place named only with compass words ("South West", an area of Singapore;
    "North West", a South African province) lies in a country neither the article nor its
    dateline names: a direction in a Melbourne story ("the South West districts"), whatever
    cue or locative stands with it."""
    if entry.type not in _COMPASS_TYPES or not _compass_named(entry.name):
        return False  # "the Middle East", a region above countries, needs none
    return not supported(entry, evidence.without(own))


_COMPASS_TYPES = frozenset({"admin1", "admin2", "city"})


def _direction_abroad(entry: Entry, choices: Sequence[Choice]) -> bool:
    """Whether a region of one country named by a bare direction ("the Northeast", "the
    Southwest": parts of the US, as every country has) lies in a country that the article's
    other places (not such regions: they vouch for none another) name less often than
    another, or not at all (a dateline's city is one of them): "Snow hit the Northeast" in a
    story of Boston and New York, not in one of Lagos and Enugu, nor alone."""
    if entry.type != "region" or entry.country_code is None:
        return False  # most readings
    if entry.name.lower() not in _DIRECTIONS:
        return False  # "the Midwest", "the Upper Midwest": the US's alone
    homes = Counter(
        [
            e.country_code
            for e, _ in choices
            if e is not None and e.country_code and not _direction(e)
        ]
    )
    code = entry.country_code
    return not homes.get(code) or homes[code] < max(homes.values())


def _no_article(ctx: Context, mentions: Sequence[Mention], k: int, entry: Entry) -> bool:
    """Whether a region named by a bare direction stands without "the" right before it, nor
    listed after such a region ("the Northeast and Southeast"): "Southwest cancelled flights",
    "Flights on Southwest" name the airline, as a capitalized direction without its article
    names no region in news."""
    if not _direction(entry):
        return False  # most readings
    start = mentions[k].start
    if start and ctx.lowers[start - 1] == "the":
        return False
    if k and start >= 2 and ctx.lowers[start - 1] in ("and", "or", ","):
        before = mentions[k - 1]
        first = before.candidates[0] if before.candidates else None
        return not (before.end == start - 1 and first is not None and _direction(first))
    return True


def _direction(entry: Entry) -> bool:
    return entry.type == "region" and entry.name.lower() in _DIRECTIONS


_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)


def _compass_mentions(ctx: Context, mentions: Sequence[Mention]) -> frozenset[int]:
    """The mentions named with compass words alone, maybe before a unit word (``_COMPASS_CUES``:
    "Central", "Northern Province", "the North Central region"; not "Northern Cape")."""
    lowers, compass = ctx.lowers, words().compass
    found = []
    for k, mention in enumerate(mentions):
        if lowers[mention.start] not in compass:
            continue  # most mentions
        t = mention.start
        while t < mention.end and (lowers[t] in compass or lowers[t] == "-"):
            t += 1
        if t == mention.end or (mention.how == "cue" and lowers[t] in _COMPASS_CUES):
            found.append(k)
    return frozenset(found)


_COMPASS_CUES = frozenset({"province", "region", "district", "division", "zone", "department"})
"""Unit words after compass words that several countries give a unit ("Northern Province":
Sri Lanka, Rwanda, Zambia, Sierra Leone); not "territory" ("the Northern Territory")."""


def _bare_compass(
    k: int,
    entry: Entry | None,
    compass: frozenset[int],
    listed: dict[int, list[int]],
    trusted: Sequence[Entry | None],
    anchor: Entry | None,
    nations: frozenset[str],
) -> bool:
    """Whether a mention named with compass words alone ("Central", "Northern Province") has
    no reading whose country the article's other places or its dateline name, leaving out
    the readings of other such names, which cannot vouch for one another ("the Central and
    Eastern provinces" is no pair of Zambian provinces unless Zambia or Lusaka is named),
    and is listed with no name of its own ("the Mallee, Wimmera and South West districts"
    keeps its district; "the Western and Ashanti regions" are Ghana's)."""
    if k in listed and any(j not in compass for j in listed[k]):
        return False
    if entry is None:
        return True
    if entry.type not in _COMPASS_TYPES:
        return False  # "the Middle East", a region above countries, needs none
    plain = Evidence.of([e for j, e in enumerate(trusted) if j not in compass], anchor, nations)
    return not supported(entry, plain)


@cache
def _compass_named(name: str) -> bool:
    """Whether ``name`` is made of compass words only ("South West", "North-East",
    "Northern"; not "Northern Territory")."""
    parts = re.split(r"[ -]+", name.lower())
    compass = words().compass
    return all(p in compass for p in parts) or (name.lower() in compass)


def _nations(ctx: Context) -> frozenset[str]:
    """Countries the article's nationality words name ("Spanish officials", "South African
    miners"; not "Latin American"), read from its capitalized tokens."""
    lists, texts = words(), ctx.words
    single, seconds = lists.nationalities, lists.nationality_seconds
    present = set(map(texts.__getitem__, capital_tokens(ctx)))  # in C
    found = {single[w] for w in present.intersection(single).difference(seconds)}
    for word in present.intersection(seconds):  # "South African", "Latin American"
        found.update(_after_words(ctx.text, word, lists.nationality_phrases, single.get(word)))
    return frozenset(found)


def _after_words(
    text: str, word: str, phrases: Mapping[str, str | None], alone: str | None
) -> set[str]:
    """The countries ``word`` names at each place ``text`` writes it, read with the word
    before it ("South African": ZA; "Latin American": none; "American" alone: ``alone``)."""
    found, at = set(), text.find(word)
    while at >= 0:
        start = max(text.rfind(" ", 0, at - 1), text.rfind("\n", 0, at - 1)) + 1
        code = phrases.get(text[start:at].rstrip() + " " + word, alone) if at else alone
        if code is not None:
            found.add(code)
        at = text.find(word, at + len(word))
    return found


def _word_alternate(ctx: Context, mention: Mention, entry: Entry | None) -> bool:
    """Whether a city is read only through an alternate name that is an English word
    (``alternate_words``: "Turn", Angren; "Rest", Rasht): "at Turn on Monday" needs the
    article to name Uzbekistan, a locative is not enough."""
    if entry is None or not mention.alternates or all(e is not entry for e in mention.alternates):
        return False  # most readings: by a name of their own
    written = ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[mention.end - 1]]
    return written in words().alternate_words


_RESIDENTS_OF = frozenset({("residents", "of"), ("inhabitants", "of")})
"""Locatives of people that name the neighbourhoods and suburbs news lists ("residents of
Andheri and Kurla"), ``cues.json`` locatives that place a name by its own name only."""


def _residents_alternate(ctx: Context, mention: Mention, entry: Entry | None) -> bool:
    """Whether a city read only through an alternate name follows "residents of" (or ends
    a list that does): such a phrase names a local suburb the gazetteer lacks as often as a
    town ("residents of Andheri and Kurla" in Mumbai is no Korla, Xinjiang, "Kurla" being
    one of Korla's spellings), so the city needs the article to name its country; a name
    of its own ("residents of Jackson Heights") is placed as after "in", and so is a
    respelling of a city of at least ``_FAMED_CITY`` people ("residents of Marrakech")."""
    if entry is None or not mention.alternates or all(e is not entry for e in mention.alternates):
        return False  # most readings: by a name of their own
    start = list_start(ctx, words(), mention.start)
    if start < 2 or (ctx.lowers[start - 2], ctx.lowers[start - 1]) not in _RESIDENTS_OF:
        return False
    written = ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[mention.end - 1]]
    return entry.population < _FAMED_CITY or not _respelling(written, entry.name)


_RESPELLING_HEAD = 4
"""Fewest opening letters an alternate name shares with a city's own to be its respelling."""
_RESPELLING_TAIL = 3
"""Most letters of the city's own name past the shared opening in a respelling."""


def _respelling(written: str, name: str) -> bool:
    """Whether ``written`` is ``name`` spelled another way: the same opening letters, all but
    the last few ("Marrakech", Marrakesh; "Kharkov", Kharkiv; "Tangiers"), not another name
    the city also goes by ("Kurla" for Korla, a Mumbai suburb too; "Tiflis" for Tbilisi)."""
    a, b = _letters(written), _letters(name)
    if abs(len(a) - len(b)) > 2:
        return False
    shared = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    shared = min(shared, len(b))
    return shared >= _RESPELLING_HEAD and shared >= len(b) - _RESPELLING_TAIL


def _letters(name: str) -> str:
    """A name's letters in lower case, without diacritics ("Ta’if" -> "taif")."""
    return "".join(c for c in fold(name).lower() if c.isalpha())


def _respelled(ctx: Context, mention: Mention, entry: Entry | None) -> bool:
    """Whether a town is read only through its name without diacritics: "in Champagne" is
    no village Champagné (a French word, not the same name), though "in Sao Paulo" is São
    Paulo; such a town needs the article to name its country, a locative is not enough;
    not a town named like the first-level region it lies in ("in Neuchatel": the canton's
    name too, no word)."""
    if entry is None or entry.type != "city" or entry.population >= BIG_CITY:
        return False
    if any(e.type == "admin1" and e.region == entry.region for e in mention.candidates):
        return False
    written = ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[mention.end - 1]]
    return normalize(entry.name) != normalize(written) and fold(entry.name) == normalize(written)


_Choices = dict[tuple[int, int, frozenset[str]], Choice]
"""``choose``'s answers in one pass of ``resolve`` by readings, own reading and siblings (by
the ids of objects the pass holds): a name the article repeats is read alike each time."""


def _choice(
    mention: Mention,
    evidence: Evidence,
    own: Entry | None,
    siblings: frozenset[str],
    read: Readings | None,
    memo: _Choices,
) -> tuple[Entry | None, str]:
    """``choose`` with ``evidence`` minus ``own``, the mention's own reading; most mentions
    have one option or none, and need no evidence. ``memo`` holds the pass's answers (the
    evidence is the same throughout a pass; ``choose`` reads nothing of the mention but
    ``read``)."""
    found = read[0] if read is not None else options(mention)
    if len(found) < 2:
        return (found[0], "unique") if found else (None, "none")
    key = (id(read), id(own), siblings)
    chosen = memo.get(key)
    if chosen is None:
        chosen = memo[key] = choose(mention, evidence.without(own), siblings, read)
    return chosen


def _dateline_entry(dateline: tuple[Mention, Mention | None] | None) -> Entry | None:
    if dateline is None:
        return None
    city, region = dateline
    if region is not None:
        pairs = [(a, b) for a in city.candidates for b in region.candidates if contains(b, a)]
        if pairs:
            return max(pairs, key=lambda p: p[0].population)[0]
    if not city.candidates:
        return None
    first = city.candidates[0]
    if first.type in ("admin1", "admin2"):  # a dateline names a city: "JERUSALEM (AP) —"
        return next(
            (e for e in city.candidates if e.type == "city" and e.population >= BIG_CITY), first
        )
    return first
