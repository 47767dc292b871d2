"""What a place mention is, and how the place finders read tokens and cue words.

Shared by ``recognize`` (which finds mentions), ``guards`` (which drops words, people and
organizations) and ``resolution`` (which picks the entry a mention means).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, partial
from itertools import compress
from operator import itemgetter
from types import MappingProxyType

from factextract import lexicons
from factextract.facts.spans import Context
from factextract.gazetteer import Entry, Gazetteer, cues, nationalities, normalize, stopwords
from factextract.gazetteer_rows import Cue, Cues, Nationalities, Stopwords
from factextract.patterns import LazyPattern

MAX_NAME_TOKENS = 8
"""Longest name in tokens ("Saint Vincent and the Grenadines", "Washington, D.C.")."""
_CONNECTORS = frozenset(
    {"of", "and", "the", "de", "do", "da", "dos", "das", "del", "della", "di", "du", "des"}
    | {"la", "le", "les", "los", "las", "el", "al", "am", "an", "on", "upon", "y", "e", "van"}
    | {"under"}
    | {"au", "aux"}
    | {"ez", "es", "ed", "ash", "az", "i"}  # transliterations: "Deir ez-Zor", "Mazar-i-Sharif"
    | {"von", "der", "den", "zu", "sur", "en"}
)
"""Lower-case words inside names ("Rio Grande do Sul", "Trinidad and Tobago")."""
_JOINERS = frozenset({"-", "'", "’", ".", ",", "&"})
POSSESSIVES = frozenset({"'s", "’s"})
"""The tokenizer's possessive ending, inside a few official names ("People's Republic of
China", "Lao People's Democratic Republic")."""
FUNCTION_WORDS = frozenset(
    {"A", "An", "The", "At", "In", "On", "For", "From", "To", "By", "With", "Of", "And", "But"}
    | {"Or", "As", "Near", "After", "Before", "During", "Since", "Until", "When", "While", "If"}
    | {"Its", "His", "Her", "Their", "Our", "This", "That", "These", "Those", "Across"}
    | {"Around", "Outside", "Inside", "Into", "Throughout"}
)
"""Capitalized words that start a sentence, not a name ("In Sorriso", "At Paranaguá")."""
BIG_CITY = 100_000
"""A city this large is a place even alone, without the article pointing to its country."""
NAME_GENERICS = frozenset(
    {"Falls", "Springs", "Heights", "Beach", "Hills", "Creek", "Rapids", "Junction", "Landing",
     "Ridge", "Grove", "Gardens", "Valley", "Township", "Village", "Crossing"}
)  # fmt: skip
"""Capitalized generic words that go on a place's name ("Lyons Falls", "Cedar Rapids"):
after a name read alone, a longer place the gazetteer does not hold."""

_BEFORE_CUE_ADJECTIVES = (
    "small|remote|northern|southern|eastern|western|central|coastal|nearby|neighbouring"
    "|neighboring|rural|river|mountain|border|frontier"
)
_BEFORE_CUE_TEMPLATE = r"""
    (?=[{initials}])                                   # one cheap test per position first
    (?:
        \b(?:the[ ]+)?                                                # the
        (?:(?:{adjectives})[ ]+)?                                     # small, northern
        (?P<cue>{cues})[ ]+of[ ]+(?=[{letters}])                      # city of
      | \b(?P<county>{county})[ ]+(?=[{letters}])                     # County Durham, Co. Kerry
    )
"""
"""Place-type words before "of" and a name; compiled once by ``words()``, which loads them,
case-insensitive and for lower-cased text."""
_BEFORE_CUE_WORDS = ("the", "county", *_BEFORE_CUE_ADJECTIVES.split("|"))


@dataclass(slots=True)
class Mention:
    """A stretch of text that names a place, with its gazetteer candidates. Never changed
    once built (``dataclasses.replace`` makes a changed copy); not ``frozen``, whose
    ``__init__`` costs four times as much, for the dozens built per article."""

    start: int
    """First token."""
    end: int
    """One past the last token."""
    candidates: tuple[Entry, ...]
    """Gazetteer entries the words may mean, most prominent first; empty when unknown."""
    how: str
    """The recognition rule: name, alternate, cue, plural_cue, before_cue, facility, dateline,
    abbreviation."""
    cue: Cue | None = None
    alternates: tuple[Entry, ...] = ()
    """Candidates reached only through a city's alternate name ("Cologne" for Köln)."""
    strong: bool = False
    """A cue, a qualifier ("Reading, Pennsylvania") or a dateline vouches for it."""
    locative: bool = False
    """Right after "in", "near", "north of"..."""

    def flagged(self, *, strong: bool, locative: bool) -> Mention:
        """A copy with these ``strong`` and ``locative`` flags: ``dataclasses.replace`` costs
        ten times as much (a test keeps the fields listed here in sync)."""
        return Mention(
            self.start,
            self.end,
            self.candidates,
            self.how,
            self.cue,
            self.alternates,
            strong,
            locative,
        )


# One instance, compared and printed by nobody, and never assigned to: only __init__ is
# generated, not the __eq__, __hash__, __repr__, __setattr__ and __delattr__ that each
# spelled out its 97 fields for a cold start to compile (issue #7).
@dataclass(slots=True, eq=False, repr=False)
class Words:
    """The cue and stop lists, compiled for lookups."""

    cues: Cues
    plurals: Mapping[str, Cue]
    """Plural cue word as written ("counties") -> its cue."""
    common: frozenset[str]
    """Common words, months and weekdays, demonyms, brands: alone, not a place."""
    demonyms: frozenset[str]
    given_names: frozenset[str]
    alternate_words: frozenset[str]
    """English words that name a city only by an alternate name ("Turn", Angren)."""
    first_names: frozenset[str]
    """Common first names ("Andy"): before a facility head, perhaps a person's name."""
    person_roles: frozenset[str]
    honorifics: frozenset[str]
    facility_heads: frozenset[str]
    dedications: frozenset[str]
    """Facility heads named after places anywhere ("Pennsylvania Avenue", "Oxford Street")."""
    organization_heads: frozenset[str]
    head_ends: frozenset[str]
    """Last words of the facility and organization heads: most names end in none of them."""
    organization_before_of: frozenset[str]
    """Words before "of" that make an organization ("Bank of Mexico", "Times of India")."""
    titles: frozenset[str]
    speech: frozenset[str]
    locatives: tuple[tuple[int, frozenset[tuple[str, ...]]], ...]
    """Locative phrases ("in", "north of") grouped by length in tokens, shortest first: most
    are one word."""
    locative_ends: frozenset[str]
    """Last words of the locative phrases."""
    hazards: frozenset[tuple[str, str]]
    """A hazard noun and its verb before a name it strikes ("Flooding hit Venice")."""
    academics: frozenset[str]
    """Words of study before "at" and a university named like a town ("studied at")."""
    services: frozenset[str]
    """Before "District", a public body's service: "Auburn Water District" is no district."""
    abroad_events: frozenset[str]
    """Before "in" and a namesake, an event or mission held abroad ("the Olympic Games in
    Athens", "the embassy in Moscow"): no local town of a US dateline's state."""
    agents: frozenset[str]
    """``hazard_agents``: hazards that are people ("gunmen"), whose objects may be people."""
    sieges: frozenset[str]
    """Participles of what is done to towns at war, after "was" ("Kherson was liberated")."""
    forces: frozenset[str]
    """``hazard_nouns``: what a town falls to ("fell to Russian forces", "fell to the rebels")."""
    local_travel: frozenset[str]
    """Before "to", travel within reach ("drove to", "walked to")."""
    disasters: frozenset[str]
    """After a town's possessive, what struck it ("wildfire", "school shooting")."""
    incidents: frozenset[str]
    """After a US state's name, what happened there ("the Idaho killings")."""
    town_cues: frozenset[str]
    """Last words of the cues before "of" that name a town ("city", "suburb", "village")."""
    personal_nouns: frozenset[str]
    """After a town's possessive, what only a person has ("Jackson's lawyers")."""
    list_plurals: frozenset[str]
    """Plural cues before a list without "of" ("the counties Galway and Mayo")."""
    list_plural_leads: frozenset[str]
    """Words that may stand before such a plural cue ("the", "in", "both")."""
    cue_starts: frozenset[str]
    """First words of the cues after a name and of their plurals: most tokens are neither."""
    currency: frozenset[str]
    products: frozenset[str]
    treaties: frozenset[str]
    """Nouns after a city's name that make it a treaty's ("the Minsk agreements")."""
    owners: frozenset[str]
    """Nouns between a brand and its owner's name ("Zara owner Inditex")."""
    """Nouns after a city's name that make it a product ("Brent crude")."""
    models: frozenset[str]
    """Nouns after a list of names that make each a product's model ("Corolla, Avalon and
    Tacoma models")."""
    parties: frozenset[str]
    """Lower-case nouns after a name that make it a political party's ("the ruling Morena
    party"): no town."""
    features: frozenset[str]
    """Words that make a natural feature of the name after them ("Lake Victoria", "Mount
    Kenya") or of the one after "of" ("Gulf of Mexico"): no place, unless the gazetteer names
    the whole ("Isle of Man", "Bay of Plenty")."""
    features_of: frozenset[str]
    """Feature words that make a feature only of the name after their "of" ("Cape of Good
    Hope"): before a name they open a place's own name ("Cape Town", "Cape Coast")."""
    waters: frozenset[str]
    """Last words of a water's name: "the Red Sea" is no Sudanese state (a cue still makes it
    one: "Red Sea state")."""
    water_nouns: frozenset[str]
    """Lower-case words after a name that make it a water's ("the Godavari basin", "the Ohio
    river"): no place."""
    land_nouns: frozenset[str]
    """Lower-case words after a name that make it a land feature's ("the Jordan valley"): no
    country, nor a town read by an alternate name."""
    feature_nouns_before: frozenset[str]
    """Lower-case words before a name that make it a feature's ("the river Jordan")."""
    compass: frozenset[str]
    """Lower-case words of directions ("south", "north-east", "central"): a place named with
    them alone needs its country named ("South West" is an area of Singapore)."""
    ranks: frozenset[str]
    """Words before "city of" ("the second city of Lebanon") that make the name its
    container."""
    beating: frozenset[str]
    """Verbs whose subject and object are teams when they are cities ("Liverpool beat
    Everton")."""
    opponent_locatives: frozenset[str]
    """Locatives that name an opponent or a club in a match report ("lost 2-1 to Leeds")."""
    college_heads: frozenset[str]
    """Capitalized cue words that make a US state's name a university ("Arizona State")."""
    state_bodies: frozenset[str]
    """Capitalized words after a first-level region's name, or before "of" and the name, that
    open a public body's name ("Texas Department of Transportation", "Ohio University",
    "University of Mississippi"): the body names the region for its towns' readings."""
    county_prefix_countries: frozenset[str | None]
    """Countries whose counties are written "County Durham", name after "County"."""
    region_titles: frozenset[str]
    """Titles of a first-level region's officers, lower case ("governor", "premier")."""
    member_titles: frozenset[str]
    """Words for members of any legislature, lower case ("lawmakers"): after a name that
    reads no national capital ("Washington"), its cities are no reading ("New York
    lawmakers" are the state's)."""
    country_titles: frozenset[str]
    """Titles of a country's officers, lower case ("president", "prime minister")."""
    officer_titles: frozenset[str]
    """Titles before a name and "of" a first-level region, lower case, one or two words
    ("sen.", "majority leader", "republican"): "Sen. Rand Paul of Kentucky"."""
    team_roles: frozenset[str]
    """Roles after a country's or region's name that make it a team's before a person's name
    ("England coach Gareth Southgate")."""
    sport_roles: frozenset[str]
    """Words after a club's city ("Liverpool striker", "Barcelona fans")."""
    sport_before: frozenset[str]
    """Words before a club's city ("scored for Liverpool", "joined Barcelona")."""
    sport_words: frozenset[str]
    """Words that make a sentence a sports report ("scored", "striker")."""
    club_prefixes: frozenset[str]
    """Words that open a club's name before a city's ("Real Madrid", "Sporting Lisbon")."""
    match_before: tuple[tuple[str, ...], ...]
    """Phrases before an opponent ("lost to", "at home to"), split, longest first."""
    match_before_ends: frozenset[str]
    """The last words of ``match_before``: most names follow none."""
    match_after: tuple[tuple[str, ...], ...]
    """Phrases after a team ("drew", "were beaten"), split, longest first."""
    match_after_firsts: frozenset[str]
    """The first words of ``match_after``."""
    match_cues: frozenset[str]
    """Words that, with ``sport_words``, make a sentence a match's ("game", "season")."""
    club_names: frozenset[str]
    """Clubs better known than their place ("Tottenham"): they, too, make a sports report."""
    club_locatives: frozenset[str]
    """Locatives that name a club in a sports report ("signed a striker from Southampton")."""
    team_agreement: frozenset[str]
    """Plural verbs right after a name that make it a team in a sports report ("Leeds have
    50 points"): a place takes a singular verb."""
    club_verbs: frozenset[str]
    """Verbs whose subject is a club when their object is a club's ("sacked their manager",
    "won the title")."""
    club_auxiliaries: tuple[tuple[str, ...], ...]
    """Words before a ``club_verbs`` verb, split ("have", "has now"), longest first."""
    club_openers: frozenset[str]
    """Words a club's act opens with: the verbs and the auxiliaries' first words."""
    club_fillers: frozenset[str]
    """Words between such a verb and its object ("the", "a new")."""
    club_objects: frozenset[str]
    """Objects of ``club_verbs`` that make the subject a club ("manager", "title", "cup")."""
    club_followers: frozenset[str]
    """Lower-case words that may follow such an object ("won the cup in 1995"); any other
    makes it part of a longer phrase ("won the World Cup bid")."""
    relations: frozenset[str]
    """Nouns after "X-Y" that make both names parties ("the Israel-Hamas war")."""
    river_countries: frozenset[str]
    """Countries whose first-level regions named after "the" alone are rivers ("the
    Delaware")."""
    river_named: frozenset[str]
    """Countries and regions named after their rivers whose names take no article ("Jordan",
    "Niger", "Zambezi"): after "the", the river."""
    operator_participles: frozenset[str]
    """Participles after a hyphen whose subject is a landmark's operator ("Kremlin-backed")."""
    part_adjectives: frozenset[str]
    """Lower-case adjectives naming a part of a state ("eastern Washington")."""
    listing_participles: frozenset[str]
    """Participles after a hyphen whose subject is a stock exchange's city ("Paris-listed")."""
    event_venues: frozenset[str]
    """Places whose names also name an event held there ("Wimbledon")."""
    event_words: frozenset[str]
    """Words that make such a name the event in their sentence ("title", "seed"), with
    ``sport_words``."""
    nationalities: Mapping[str, str]
    """Words for a country's people or things -> its code ("Spanish": "ES")."""
    nationality_phrases: Mapping[str, str | None]
    """Two such words, read before the second alone ("South African": "ZA")."""
    nationality_seconds: frozenset[str]
    """The second words of ``nationality_phrases``."""
    owned: frozenset[str]
    """Names a place's possessive makes no place in it ("Japan's Toyota", "France's Orange",
    "Germany's Bayern"): brands, companies and clubs named like places."""
    companies: frozenset[str]
    """Companies named exactly like a place ("Emirates", "Delta")."""
    company_nouns: frozenset[str]
    """Words after a company's name that make it the company ("shares", "chairman")."""
    company_heads: frozenset[str]
    """Last words of a company's name ("Bank", "Corp."): its first word alone is the company
    elsewhere in the article ("Fulton Bank ... sell it to Fulton")."""
    vessel_nouns: frozenset[str]
    """Nouns before a ship's name ("the container ship Dali")."""
    vessel_measures: frozenset[str]
    """Last words of a ship's size or flag after a hyphen ("984-foot", "Singapore-flagged")."""
    brand_phrases: tuple[str, ...]
    """Companies whose name opens with a place's ("Victoria's Secret")."""
    brand_firsts: Mapping[str, tuple[str, ...]]
    """``brand_phrases`` by the word they open with, as the tokenizer splits them
    ("Victoria")."""
    before_cue: re.Pattern[str]
    before_cue_lower: re.Pattern[str]
    """``before_cue`` without IGNORECASE, for lower-cased text (twice as fast)."""
    before_cue_ends: tuple[str, ...]
    """Last words of the cues before "of": most " of " in a text follow none of them."""
    before_cue_reach: int
    """Most characters a ``before_cue_lower`` match spans before its " of", with single
    spaces ("the neighbouring prefecture-level city")."""


def _initials(cues: Iterable[str]) -> str:
    """First letters a match of ``_BEFORE_CUE_TEMPLATE`` can start with."""
    return "".join(sorted({w[0].lower() for w in (*cues, *_BEFORE_CUE_WORDS)}))


def _by_length(phrases: Iterable[str]) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    split = [tuple(x.split()) for x in phrases]
    sizes = sorted({len(x) for x in split})
    return tuple((n, frozenset(x for x in split if len(x) == n)) for n in sizes)


def _by_first(phrases: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Phrases grouped by their first word as the tokenizer splits it ("Victoria's")."""
    found: dict[str, tuple[str, ...]] = {}
    for phrase in phrases:
        first = re.split(r"[\s'’-]", phrase)[0]
        found[first] = (*found.get(first, ()), phrase)
    return found


def _split_phrases(phrases: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Phrases split into words, longest first."""
    return tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))


def _plurals(c: Cues) -> dict[str, Cue]:
    found: dict[str, Cue] = {}
    for cue in c.after.values():
        if cue.plural is not None:
            found.setdefault(cue.plural, cue)  # the first cue listed wins, as it always did
    return found


@cache
def words() -> Words:
    """Cue words and stop lists, loaded and compiled once."""
    c: Cues = cues()
    s: Stopwords = stopwords()
    n: Nationalities = nationalities()
    calendar = lexicons.calendar()
    months = {w.title() for w in (*calendar.months, *calendar.weekdays)}
    plurals = _plurals(c)
    alternation = "|".join(
        re.escape(k).replace(r"\ ", "[ ]+") for k in sorted(c.before, key=len, reverse=True)
    )
    before_cue = partial(
        _BEFORE_CUE_TEMPLATE.format,
        initials=_initials(c.before),
        adjectives=_BEFORE_CUE_ADJECTIVES,
    )
    return Words(
        cues=c,
        plurals=MappingProxyType(plurals),
        common=frozenset({*s.common_words, *months, *s.demonyms, *s.brands}),
        demonyms=frozenset(s.demonyms),
        given_names=frozenset(s.given_names),
        alternate_words=frozenset(s.alternate_words),
        first_names=frozenset(s.first_names),
        person_roles=frozenset(c.person_roles),
        honorifics=frozenset(c.honorifics),
        facility_heads=frozenset(c.facility_heads),
        dedications=frozenset(c.dedication_heads),
        organization_heads=frozenset(c.organization_heads),
        head_ends=frozenset(h.split(" ")[-1] for h in (*c.facility_heads, *c.organization_heads)),
        # An organization's head word also opens "X of Place" ("Times of India").
        organization_before_of=frozenset((*c.organization_before_of, *c.organization_heads)),
        titles=frozenset(c.person_titles),
        speech=frozenset(c.speech_verbs),
        locatives=_by_length(c.locatives),
        locative_ends=frozenset(x.split()[-1] for x in c.locatives),
        academics=frozenset(c.academic_words),
        services=frozenset(c.service_nouns),
        abroad_events=frozenset(c.abroad_events),
        personal_nouns=frozenset(c.personal_nouns),
        sieges=frozenset(c.siege_participles),
        agents=frozenset(c.hazard_agents),
        incidents=frozenset(c.incident_nouns),
        disasters=frozenset(c.disaster_nouns),
        local_travel=frozenset(c.local_travel_verbs),
        forces=frozenset(c.hazard_nouns),
        town_cues=frozenset(
            k.split()[-1] for k, cue in c.before.items() if cue.type in ("city", "locality")
        ),
        list_plurals=frozenset(c.list_plurals),
        list_plural_leads=frozenset(c.list_plural_leads),
        hazards=frozenset((noun, verb) for noun in c.hazard_nouns for verb in c.hazard_verbs),
        cue_starts=frozenset(k.split(" ")[0] for k in (*c.after, *plurals)),
        currency=frozenset(c.currency_nouns),
        products=frozenset(c.product_nouns),
        treaties=frozenset(c.treaty_nouns),
        owners=frozenset(c.owner_nouns),
        parties=frozenset(c.party_nouns),
        models=frozenset(c.model_nouns),
        features=frozenset(c.feature_words),
        features_of=frozenset(c.feature_words_before_of),
        waters=frozenset(c.water_words),
        water_nouns=frozenset(c.water_nouns),
        land_nouns=frozenset(c.land_nouns),
        feature_nouns_before=frozenset(c.feature_nouns_before),
        compass=frozenset(c.compass_words),
        ranks=frozenset(c.rank_words),
        beating=frozenset(c.beating_verbs),
        opponent_locatives=frozenset(c.opponent_locatives),
        college_heads=frozenset(c.college_heads),
        state_bodies=frozenset(c.state_bodies),
        county_prefix_countries=frozenset(c.county_prefix_countries),
        region_titles=frozenset(c.region_titles),
        member_titles=frozenset(c.member_titles),
        officer_titles=frozenset(c.officer_titles),
        country_titles=frozenset(c.country_titles),
        sport_roles=frozenset(c.sport_roles),
        team_roles=frozenset(c.team_roles),
        sport_before=frozenset(c.sport_before),
        sport_words=frozenset(c.sport_words),
        club_prefixes=frozenset(c.club_prefixes),
        match_before=_split_phrases(c.match_before),
        match_before_ends=frozenset(m.split()[-1] for m in c.match_before),
        match_after=_split_phrases(c.match_after),
        match_after_firsts=frozenset(m.split()[0] for m in c.match_after),
        match_cues=frozenset((*c.match_cues, *c.sport_words)),
        club_names=frozenset(c.club_names),
        club_locatives=frozenset(c.club_locatives),
        team_agreement=frozenset(c.team_agreement),
        club_verbs=frozenset(c.club_verbs),
        club_auxiliaries=_split_phrases(c.club_auxiliaries),
        club_openers=frozenset((*c.club_verbs, *(a.split()[0] for a in c.club_auxiliaries))),
        club_fillers=frozenset(c.club_fillers),
        club_objects=frozenset(c.club_objects),
        club_followers=frozenset(c.club_followers),
        relations=frozenset(c.relation_nouns),
        river_countries=frozenset(c.river_countries),
        river_named=frozenset((*c.river_named_countries, *c.river_named_regions)),
        operator_participles=frozenset(c.operator_participles),
        listing_participles=frozenset(c.listing_participles),
        part_adjectives=frozenset(c.part_adjectives),
        companies=frozenset(s.company_names),
        owned=frozenset((*s.brands, *s.company_names, *c.club_names)),
        nationalities=MappingProxyType({**n.nationalities, **n.bodies}),
        nationality_phrases=MappingProxyType(n.phrases),
        nationality_seconds=frozenset(p.split()[1] for p in n.phrases),
        event_venues=frozenset(s.event_venues),
        event_words=frozenset((*s.event_words, *c.sport_words)),
        company_nouns=frozenset(c.company_nouns),
        company_heads=frozenset(c.company_heads),
        vessel_nouns=frozenset(c.vessel_nouns),
        vessel_measures=frozenset(c.vessel_measures),
        brand_phrases=tuple(s.brand_phrases),
        brand_firsts=MappingProxyType(_by_first(s.brand_phrases)),
        before_cue=re.compile(
            before_cue(cues=alternation, county=r"County|Co\.?", letters="A-Z"),
            re.VERBOSE | re.IGNORECASE,
        ),
        before_cue_lower=re.compile(
            before_cue(cues=alternation.lower(), county=r"county|co\.?", letters="a-z"),
            re.VERBOSE,
        ),
        before_cue_ends=tuple(sorted({k.split()[-1].lower() for k in c.before})),
        before_cue_reach=len("the  ")
        + max(map(len, _BEFORE_CUE_ADJECTIVES.split("|")))
        + max(map(len, c.before)),
    )


class _Capitalized(dict[str, bool]):
    """``capitalized`` by token text, remembered: ``__missing__`` runs only for a word not met
    before."""

    def __missing__(self, text: str) -> bool:
        if len(self) >= _REMEMBERED_WORDS:
            self.clear()  # a long batch meets ever new words; start afresh
        found = self[text] = text[:1].isupper() and any(c.isalpha() for c in text)
        return found


_REMEMBERED_WORDS = 65536
_CAPITALIZED = _Capitalized()


def capitalized(text: str) -> bool:
    """A token text that starts upper case and has a letter ("Leye", "U.S.", not "-")."""
    return _CAPITALIZED[text]


def unseated(candidates: tuple[Entry, ...], alternates: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """``candidates`` without the first-level regions whose region holds a city read by the
    same name, own or alternate (Lagos State beside Lagos, the Santa Cruz department beside
    Santa Cruz de la Sierra): the readings of a name a dateline writes, which names a city."""
    seats = {e.region for e in (*candidates, *alternates) if e.type == "city" and e.region}
    if not seats or not any(e.type == "admin1" and e.region in seats for e in candidates):
        return candidates
    return tuple(e for e in candidates if e.type != "admin1" or e.region not in seats)


def capitals(ctx: Context) -> tuple[bool, ...]:
    """``capitalized`` of every token, once per Doc: every recognizer walks them, a dozen
    times per Doc."""
    return _capitals_of(ctx)[0]


def capital_tokens(ctx: Context) -> tuple[int, ...]:
    """The indices of the capitalized tokens, in order: about one token in nine, so the
    recognizers loop over these rather than over every token."""
    return _capitals_of(ctx)[1]


Capitals = tuple[tuple[bool, ...], tuple[int, ...]]
"""``capitals`` and ``capital_tokens``."""


def _capitals_of(ctx: Context) -> Capitals:
    """``Capitals`` of the Doc, once: a ``Context.derived`` memo costs more than this one of
    the last Doc's words (held, so that their id cannot be reused)."""
    words = ctx.words
    found = _LAST_CAPITALS.get(id(words))
    if found is not None and found[0] is words:
        return found[1]
    computed = _capitals(ctx.text, ctx.token_chars, words)
    _LAST_CAPITALS.clear()
    _LAST_CAPITALS[id(words)] = (words, computed)
    return computed


def _capitals(text: str, starts: tuple[int, ...], words: tuple[str, ...]) -> Capitals:
    """``capitalized`` of each word, read from its first character in ``text``: a Doc's words
    are new strings, and a look-up of each in ``_CAPITALIZED`` (hash, then a cache miss on the
    remembered key) cost twice as much. An upper-case letter opens a capitalized word; an
    upper-case character that is no letter ("Ⅻ") leaves it to ``capitalized``."""
    firsts = itemgetter(*starts)(text) if len(starts) > 1 else [text[s] for s in starts]
    caps = list(map(str.isupper, firsts))
    upper = list(compress(range(len(caps)), caps))
    others = [i for i in upper if not firsts[i].isalpha()]
    for i in others:
        caps[i] = _CAPITALIZED[words[i]]
    if others:
        upper = [i for i in upper if caps[i]]
    return tuple(caps), tuple(upper)


_LAST_CAPITALS: dict[int, tuple[tuple[str, ...], Capitals]] = {}


_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def non_ascii(text: str) -> frozenset[str]:
    """The characters of ``text`` outside ASCII: what is left once its ASCII runs are cut out
    (in C; finding each other character costs half as much again, a set of the text more)."""
    return frozenset(_ASCII_RUNS.sub("", text)) if not text.isascii() else frozenset()


_ELIDED = LazyPattern(r"[a-z]{1,2}['’][A-Z]")
"""An elided article before a capitalized word: "d'Ivoire", "d'Azur"."""


_INNER = _CONNECTORS | _JOINERS | POSSESSIVES
"""Lower-case tokens that may stand inside a multi-word name (with elided articles)."""


def _elided(text: str) -> bool:
    """``_ELIDED`` matches ``text``; most words have no apostrophe to try it on."""
    return ("'" in text or "’" in text) and _ELIDED.match(text) is not None


def same_line(ctx: Context, start: int, end: int) -> bool:
    """Whether no line break lies between two character offsets."""
    return "\n" not in ctx.text[start:end]


def glued(text: str, char: int) -> bool:
    """Whether character ``char`` of ``text`` goes on a word: a letter or digit right after
    another. The tokenizer splits a scale or unit off digits ("221B" is "221" and "B", as
    "5B" is five billion), so a token may start inside a word."""
    return 0 < char < len(text) and text[char].isalnum() and text[char - 1].isalnum()


def inside_word(ctx: Context, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` start or end inside a word: no place ("B" of "221B")."""
    text = ctx.text
    return glued(text, ctx.token_chars[start]) or glued(text, ctx.token_ends[end - 1])


def name_key(ctx: Context, start: int, end: int) -> str | None:
    """The index form of tokens ``start:end``, or None across a line break."""
    text = ctx.text[ctx.token_chars[start] : ctx.token_ends[end - 1]]
    return None if "\n" in text else normalize(text)


def sentence_initial(ctx: Context, i: int) -> bool:
    """Whether token ``i`` opens a sentence, a line or a quotation (capitalized anyway)."""
    if i == 0 or i in ctx.sentence_tokens:
        return True
    previous = ctx.words[i - 1]
    return (previous.isspace() and "\n" in previous) or previous in ('"', "“", "(")


TRAVEL = frozenset(
    ("to", "from", "via", "toward", "towards", "into", "between", "beyond", "off", "through")
)
"""Locatives of travel or of a relation, which reach far places and people alike ("flights to
Paris", "301 points to Norris's 295")."""


def placed_at(ctx: Context, words: Words, start: int, end: int) -> bool:
    """Whether the name at tokens ``start``-``end``, read after a locative, is a place the
    sentence puts something in: no travel locative before it or before the list it ends
    ("to", "from": "flights to Athens and Rome") and no possessive after it ("in Bakhmut",
    "near Avdiivka"; not "points to Norris's")."""
    first = list_start(ctx, words, start)
    if first == 0 or ctx.lowers[first - 1] in TRAVEL:
        return False
    return end >= len(ctx.words) or ctx.words[end] not in POSSESSIVES


def locative(words: Words, ctx: Context, i: int) -> bool:
    """Whether "in", "near", "north of"... stands right before token ``i``, or before the
    list it ends ("officials in Maryland and Washington declared": no person's name)."""
    lowers = ctx.lowers
    if i > 1 and lowers[i - 1] in _LIST_ENDS:
        i = _list_start(ctx, words, i - 1)
    elif i > 1 and lowers[i - 1] == "," and (link := _list_link(ctx, i)) is not None:
        i = _list_start(ctx, words, link)  # "in Reading, Bath, Derby and Wigan": Bath too
    if i == 0 or lowers[i - 1] not in words.locative_ends:
        return False  # most words end no locative phrase
    for n, phrases in words.locatives:  # noqa: SIM110  (``any`` of a generator costs 3x)
        if i >= n and lowers[i - n : i] in phrases:
            return True
    return False


_LIST_ENDS = frozenset({"and", "or"})
_LIST_REACH = 12
"""Most tokens of a list's names and commas before its last "and" that ``locative`` reads
back over."""


def _list_link(ctx: Context, i: int) -> int | None:
    """The "and" or "or" that ends the list whose middle name starts at token ``i``, after a
    comma after a capitalized word ("Reading, Bath, Derby and Wigan"), reached over
    capitalized words and commas only, before a capitalized word; else None ("in Paris,
    Jordan said" lists nothing)."""
    texts, lowers = ctx.words, ctx.lowers
    if not capitalized(texts[i - 2]):
        return None
    for k in range(i, min(len(texts) - 1, i + _LIST_REACH)):
        if lowers[k] in _LIST_ENDS:
            return k if k > i and capitalized(texts[k + 1]) else None
        if not (capitalized(texts[k]) or texts[k] == ","):
            return None
    return None


def list_start(ctx: Context, words: Words, i: int) -> int:
    """The first token of the list of names that token ``i`` ends with an "and" or "or"
    before it ("Columbia and Princeton"), else ``i``."""
    if i > 1 and ctx.lowers[i - 1] in _LIST_ENDS:
        return _list_start(ctx, words, i - 1)
    return i


def _list_start(ctx: Context, words: Words, link: int) -> int:
    """The first token of the list of capitalized names ending at ``link``, an "and" or
    "or" ("Virginia, Maryland and"), or ``link + 1`` when no name stands before it."""
    texts, lowers, ends = ctx.words, ctx.lowers, words.locative_ends
    start, stop = link, max(0, link - _LIST_REACH)
    while start > stop and lowers[start - 1] not in ends:  # "In Maryland and": not "In"
        if not (capitalized(texts[start - 1]) or texts[start - 1] == ","):
            break
        start -= 1
    while start < link and texts[start] == ",":
        start += 1
    return start if start < link else link + 1


Match = tuple[int, tuple[Entry, ...], tuple[Entry, ...]]
"""End token, candidates (names first, then alternate-name readings), alternate readings."""


_GLUED_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "ul", "ud"})
"""Arabic articles written in lower case and glued by a hyphen to the word after them."""


def glued_article(ctx: Context, caps: tuple[bool, ...], end: int) -> bool:
    """Whether token ``end`` is a lower-case article (``_GLUED_ARTICLES``) glued by a hyphen
    to a capitalized word: the name before it goes on ("Khatm al-Shakla")."""
    words = ctx.words
    return (
        end + 2 < len(caps)
        and words[end] in _GLUED_ARTICLES
        and words[end + 1] in ("-", "\u2013")
        and caps[end + 2]
        and ctx.token_ends[end] == ctx.token_chars[end + 1]
        and ctx.token_ends[end + 1] == ctx.token_chars[end + 2]
    )


def longest(ctx: Context, gaz: Gazetteer, i: int, caps: tuple[bool, ...]) -> Match | None:
    """The longest gazetteer name starting at token ``i``; ``caps`` is ``capitals(ctx)``."""
    texts = ctx.words
    limit = i + 1
    stop = i + MAX_NAME_TOKENS if i + MAX_NAME_TOKENS < len(texts) else len(texts)
    # Inside a name: capitalized words, ``_INNER`` words and elided articles ("d'Ivoire").
    while limit < stop:
        word = texts[limit]
        if not (caps[limit] or word in _INNER or (("'" in word or "’" in word) and _elided(word))):
            break
        limit += 1
    # Every longer name starts with the word and the character after it ("Fort ").
    if (
        limit > i + 1
        and caps[i]
        and not gaz.begins(ctx.text[ctx.token_chars[i] : ctx.token_ends[i] + 1])
    ):
        limit = i + 1  # none goes on: the word alone
    if limit == i + 1:  # most calls: one word, the ``name`` below without slicing
        word = texts[i]
        if "\n" in word or not (caps[i] or word == "." or _elided(word)):
            return None
        candidates, alternates = gaz.match(word)
        if candidates and glued_article(ctx, caps, limit):
            return None  # "Ras al-Khaimah": a longer name the gazetteer spells otherwise
        return (limit, candidates, alternates) if candidates else None
    text, start, ends = ctx.text, ctx.token_chars[i], ctx.token_ends
    for end in range(limit, i, -1):
        last = texts[end - 1]
        # A name may end in a possessive's form: "St. John's" is no "St. John" and a possessive.
        if not caps[end - 1] and not (last == "." or last in POSSESSIVES or _elided(last)):
            continue
        name = text[start : ends[end - 1]]  # what ``name_key`` reads, normalized by ``match``
        if "\n" in name:
            continue
        candidates, alternates = gaz.match(name)
        if candidates:
            return None if glued_article(ctx, caps, end) else (end, candidates, alternates)
    return None
