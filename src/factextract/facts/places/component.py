"""The ``factextract_places`` component: ``find`` (Doc -> place spans), ``to_record`` (span ->
``Place``) and the spaCy factory."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from functools import lru_cache
from types import MappingProxyType

from spacy.tokens import Doc, Span

from factextract.facts.places import guards, recognize
from factextract.facts.places.mention import POSSESSIVES, Mention, Words, inside_word, words
from factextract.facts.places.resolution import (
    CONFIDENCE,
    Resolved,
    clear_region,
    country_entry,
    country_of,
    near_places,
    options,
    owned_places,
    prior,
    qualified_pairs,
    region_written_countries,
    resolve,
    town_cued,
)
from factextract.facts.spans import Context, publish
from factextract.gazetteer import Entry, Gazetteer, capitals, gazetteer, normalize
from factextract.patterns import LazyPattern
from factextract.records import Place

GROUP = "places"
LABEL = "place"
PLACE_TYPES = frozenset({"country", "admin1", "admin2", "city", "locality", "region", "facility"})
_RULE = LazyPattern(r"(?P<how>[a-z_]+):(?P<type>[a-z0-9]+)/(?P<resolution>[a-z_]+)")
_PRIORITY = MappingProxyType(
    {
        "facility": 0,
        "landmark": 2,
        "dateline": 1,
        "abbreviation": 1,
        "cue": 2,
        "before_cue": 2,
        "plural_cue": 2,
    }
)
"""Which of two overlapping mentions wins: a facility over the names inside it, a cue over the
bare name it extends ("Leye county" over "Leye"), a landmark as a cue ("Kibera slum" over the
landmark "Kibera"); then the longer one."""
_FACILITY_CITY = 1_000_000
"""Cities large enough to give a facility its country ("Port of Nagoya"); smaller names inside
facilities are too often people ("George Bush Intercontinental Airport")."""


def _select(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions by priority, then length, in text order."""
    ranked = sorted(mentions, key=lambda m: (_PRIORITY.get(m.how, 3), m.start - m.end, m.start))
    taken = bytearray(max((m.end for m in mentions), default=0))  # 1: the token is taken
    kept = []
    for mention in ranked:
        if taken.find(1, mention.start, mention.end) < 0:
            kept.append(mention)
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    return sorted(kept, key=lambda m: m.start)


def _inside_name(landmark: Mention, names: Sequence[Mention]) -> bool:
    """Whether a landmark's words end a longer gazetteer name that opens before them ("Central
    Luzon", a Philippine region, not the island Luzon after a capitalized word)."""
    return any(
        n.how == "name" and n.start < landmark.start and landmark.end <= n.end for n in names
    )


Dateline = tuple[Mention, Mention | None]
"""The dateline's city and region mentions ("SPRINGFIELD", "Ill.")."""


def mentions(ctx: Context, gaz: Gazetteer) -> tuple[list[Mention], Dateline | None]:
    """Every place mention that survives the guards, and the dateline."""
    kept, dateline, _ = _mentions(ctx, gaz)
    return kept, dateline


def _mentions(
    ctx: Context, gaz: Gazetteer
) -> tuple[list[Mention], Dateline | None, tuple[Entry, ...]]:
    """``mentions``, and the first-level regions named inside public bodies' names
    (``_body_region``)."""
    lists = words()
    names = recognize.compass_parts(ctx, gaz, lists, recognize.gazetteer_mentions(ctx, gaz))
    after = recognize.cue_mentions(ctx, gaz, lists)
    cued = [
        *after,
        *_unnamed_by_cue(ctx, after, recognize.before_cue_mentions(ctx, gaz, lists)),
        *recognize.plural_list_mentions(ctx, gaz, lists),
    ]
    facilities, blocked = recognize.facilities_and_organizations(ctx, lists, gaz)
    if any(m.how == recognize.DESCRIPTOR for m in cued):  # "the Gulf state of Qatar"
        blocked.update(i for m in cued if m.how == recognize.DESCRIPTOR for i in range(*_at(m)))
        cued = [m for m in cued if m.how != recognize.DESCRIPTOR]
    dated = recognize.datelines(ctx, gaz)
    dateline = dated[0][:2] if dated else None
    stamped = [*(m for m in (dateline or ()) if m is not None), *(dated[0][2] if dated else ())]
    abbreviations = recognize.abbreviation_mentions(ctx, gaz, [*names, *cued, *stamped])
    abbreviations += recognize.party_mentions(ctx, gaz)
    abbreviations += recognize.locative_abbreviations(ctx, gaz, lists)
    landmarks = recognize.landmark_mentions(ctx, gaz)
    if landmarks:  # "Central Luzon", "Northern Mindanao": regions, no island after a word
        landmarks = [m for m in landmarks if not _inside_name(m, names)]
    states = _dateline_states(dateline)
    if states and facilities:  # "BUFFALO, N.Y. (AP) - Orchard Park ... recorded 77 inches"
        towns = _towns_of_the_state(facilities, names, states)
        if towns:
            facilities = [f for f in facilities if (f.start, f.end) not in towns]
            names = [towns.get((m.start, m.end), m) for m in names]
            for start, end in towns:
                blocked.difference_update(range(start, end))  # blocked as a facility only
    found = [*facilities, *landmarks, *stamped, *abbreviations, *cued, *names]
    found += recognize.near_unknown_mentions(ctx, lists, [*cued, *names])
    found += recognize.appositive_mentions(ctx, lists, [*cued, *names, *facilities])
    found += recognize.such_as_mentions(ctx, lists, [*cued, *names, *facilities])
    # first, so that "the North and South Kivu provinces" reads North Kivu, not "North"
    found[:0] = recognize.gapped_compass_mentions(ctx, gaz, lists, [*cued, *names])
    chosen = _select([m for m in found if not inside_word(ctx, m.start, m.end)])
    pinned = qualified_pairs(ctx, chosen)  # "Reading, Pennsylvania" is a place, whatever word
    if near := near_places(ctx, chosen, pinned):  # "El Palmar near Murcia": no Guatemalan town
        chosen = [
            m if k not in near else dataclasses.replace(m, candidates=near[k])
            for k, m in enumerate(chosen)
            if near.get(k, True)
        ]
        pinned = qualified_pairs(ctx, chosen)
    if owned := owned_places(ctx, chosen, pinned):  # "London's Docklands area": not Victoria's
        chosen = [
            m if k not in owned else dataclasses.replace(m, candidates=owned[k], alternates=())
            for k, m in enumerate(chosen)
        ]
    chosen = [
        _pinned(m)
        if k in pinned
        else _officer(
            ctx,
            lists,
            _governed(
                ctx,
                lists,
                _titled(
                    ctx,
                    lists,
                    _part(ctx, lists, _listing(ctx, lists, _the_region(ctx, m, states))),
                ),
            ),
        )
        for k, m in enumerate(chosen)
    ]
    page = guards.page(ctx, lists, blocked, chosen)
    kept, held = [], []
    for mention in chosen:
        if mention.how in ("name", "alternate"):
            if not guards.keep(page, mention):
                if mention.start in blocked and (
                    region := _body_region(ctx, lists, gaz, blocked, mention)
                ):
                    held.append(region)
                continue
        elif mention.how == "facility" and page.matched(mention):
            continue  # "his first game against Crystal Palace": a club named like a facility
        elif mention.how == "facility" and page.operated(mention) and _landmark_named(ctx, mention):
            continue  # "Downing Street said": a landmark read as a facility, for its operator
        elif mention.how != "facility" and not blocked.isdisjoint(
            range(mention.start, mention.end)
        ):
            if mention.how == "cue" and (region := _body_region(ctx, lists, gaz, blocked, mention)):
                held.append(region)
            continue  # inside an organization's or a facility's name
        elif mention.how == "cue" and guards.named_team(page, mention):
            continue  # "Manchester City beat Leeds 3-0", "beat Kansas City"
        elif mention.how == "cue" and guards.college(page, mention):
            continue  # "Arizona State", "Penn State": universities
        elif mention.how == "landmark" and (page.embedded(mention) or page.operated(mention)):
            continue  # "Westminster Dog Show"; "Heathrow said", "Kremlin-backed": the operator
        elif mention.how == "landmark" and guards.branded(page, mention):
            continue  # "a Long Island iced tea", "a Rhodes scholar": named after the place
        kept.append(guards.with_context(ctx, lists, mention))
    return kept, dateline, tuple(held)


def _unnamed_by_cue(ctx: Context, after: list[Mention], before: list[Mention]) -> list[Mention]:
    """``before`` (names after "the region of"), without a name after a cue that a name before
    it reads with already: "the Tillaberi region of Niger" names Tillabéri, and Niger is read
    as written, the country, no Nigerian state ("the region of Niger" keeps the cue's reading;
    a town's cue names the later name and reads none before it: "the West Bank town of Jenin")."""
    if not before or not after:
        return before
    ends = {m.end for m in after if m.how == "cue"}
    return [m for m in before if not (m.start - 1 in ends and ctx.lowers[m.start - 1] == "of")]


def _body_region(
    ctx: Context, lists: Words, gaz: Gazetteer, blocked: set[int], mention: Mention
) -> Entry | None:
    """The one first-level region a name inside an organization's name reads, where the name
    opens a public body's ("Texas Department of Transportation", "Ohio University", "Georgia
    Bureau of Investigation", "Victoria Police") or follows its head and "of" ("University of
    Mississippi"): no place itself, but the region its towns lie in ("Ohio University in
    Athens"); not a company's or a paper's ("Florida Power", "Washington Post"). A name read
    only as a country there ("the U.S. Senate", "University of Ghana") gives that country,
    a hint for the article's places like a nationality word (``resolution.resolve``)."""
    start, end = mention.start, mention.end
    if not blocked.issuperset(range(start, end)):
        return None
    texts = ctx.words
    candidates = mention.candidates
    if mention.how == "cue":  # "Texas Department": the name before its cue word
        end -= 1
        if end == start or texts[end] not in lists.state_bodies:
            return None
        candidates = gaz.lookup(ctx.text[ctx.token_chars[start] : ctx.token_ends[end - 1]])
    elif mention.how != "name":
        return None
    opens = end in blocked and texts[end] in lists.state_bodies
    after_of = (
        start >= 2
        and start - 1 in blocked
        and ctx.lowers[start - 1] == "of"
        and texts[start - 2] in lists.state_bodies
    )
    if not (opens or after_of):
        return None
    head = texts[end] if opens else texts[start - 2]
    if head == "University":  # a university works abroad too: only where it lies counts
        after = end
        while after in blocked:
            after += 1
        if after >= len(texts) or ctx.lowers[after] != "in":
            return None  # "University of Georgia researchers traveled to Rome"
    lands = {e.country_code for e in candidates}
    if len(lands) == 1 and all(e.type == "country" for e in candidates):
        return candidates[0]  # "the U.S. Senate": a hint of its country, as "American" is
    return clear_region(Mention(start, end, candidates, "name"))


def _landmark_named(ctx: Context, mention: Mention) -> bool:
    """Whether a facility's whole name is a landmark's ("Downing Street")."""
    text = ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[mention.end - 1]]
    return gazetteer().landmark(text) is not None


def _pinned(mention: Mention) -> Mention:
    """A qualified mention, strong; a landmark's name read as the gazetteer's town it names
    ("Heathrow, Florida")."""
    how = "name" if mention.how == "landmark" else mention.how
    return Mention(
        mention.start, mention.end, mention.candidates, how, mention.cue, mention.alternates, True
    )


def _towns_of_the_state(
    facilities: Sequence[Mention], names: Sequence[Mention], states: frozenset[str]
) -> dict[tuple[int, int], Mention]:
    """The facilities whose whole name ("Orchard Park", read so for its "Park") is the name
    of one town in the first-level region the dateline names, as that town, qualified:
    "BUFFALO, N.Y. (AP) - Orchard Park, home of the Bills' stadium" is the town in New York;
    "Hyde Park" in a London story stays a park."""
    spans = {(f.start, f.end) for f in facilities}
    found = {}
    for m in names:
        if (m.start, m.end) not in spans:
            continue
        local = [e for e in m.candidates if e.type == "city" and e.admin1 in states]
        if len(local) == 1:
            found[m.start, m.end] = Mention(m.start, m.end, (local[0],), "name", strong=True)
    return found


def _dateline_states(dateline: tuple[Mention, Mention | None] | None) -> frozenset[str]:
    """The first-level regions a dateline names after its city ("COLUMBUS, Ohio (AP)")."""
    if dateline is None or dateline[1] is None:
        return frozenset()
    return frozenset(e.admin1 for e in dateline[1].candidates if e.type == "admin1" and e.admin1)


def _the_region(ctx: Context, mention: Mention, states: frozenset[str] = frozenset()) -> Mention:
    """A landmark without a qualifier, rid of the namesake towns (``_landmark``); and a
    prominent region above countries named after "the" with no cue, rid of the first-level
    regions named alike: "across the Sahel, from Mali to Niger and Burkina Faso" is the
    Sahel, not Burkina Faso's Sahel region ("Burkina Faso's Sahel region", "Sahel, Burkina
    Faso" keep it)."""
    if mention.how == "landmark":
        return _landmark(mention, states)
    if (
        mention.how != "name"
        or mention.cue is not None
        or mention.start == 0
        or ctx.lowers[mention.start - 1] != "the"
        or len(mention.candidates) < 2
    ):
        return mention  # most names
    prominent = gazetteer().prominent
    if not any(e.type == "region" and e.key in prominent for e in mention.candidates):
        return mention
    kept = tuple(e for e in mention.candidates if e.type != "admin1")
    return dataclasses.replace(mention, candidates=kept) if kept else mention


def _landmark(mention: Mention, states: frozenset[str] = frozenset()) -> Mention:
    """A landmark without a qualifier, rid of the namesake towns ("Heathrow"), unless one
    namesake town lies in the region the dateline names ("COLUMBUS, Ohio (AP) - Marcus Hill,
    of Whitehall, was arrested": Whitehall, Ohio, not London's street)."""
    if mention.how != "landmark" or not mention.candidates:
        return mention
    local = [e for e in mention.candidates if e.type == "city" and e.admin1 in states]
    if len(local) == 1:
        return Mention(mention.start, mention.end, (local[0],), "name", strong=True)
    return Mention(mention.start, mention.end, (), "landmark", strong=True)


def _titled(ctx: Context, lists: Words, mention: Mention) -> Mention:
    """A name before a regional officer's title read as its first-level regions only:
    "Georgia Governor Brian Kemp" is the US state, "Victoria Premier" the Australian one, "New
    York's governor" and "the New York legislature" the state;
    before a national officer's title, as its countries: "Georgia President Salome
    Zourabichvili"."""
    end, lowers = mention.end, ctx.lowers
    if end >= len(lowers) or mention.how not in ("name", "alternate"):
        return mention
    if lowers[end] in ("'s", "’s") and end + 1 < len(lowers):
        end += 1  # "New York's governor", "Georgia's legislature"
    word = lowers[end]
    if word in lists.region_titles:
        kind = "admin1"
    elif _district_seat(lowers, end):  # a US state's House seats; "Vienna's 2nd district"
        states = tuple(
            e for e in mention.candidates if e.type == "admin1" and e.country_code == "US"
        )
        if not states or len(states) == len(mention.candidates):
            return mention
        return Mention(mention.start, mention.end, states, "name", strong=mention.strong)
    elif word in lists.member_titles and not _capital_named(ctx, mention):
        # "New York lawmakers" sit in no city's council; "Georgia's lawmakers" may be the
        # country's, and "Washington lawmakers" are often Congress.
        kept = tuple(e for e in mention.candidates if e.type != "city")
        if not kept or len(kept) == len(mention.candidates):
            return mention
        return Mention(mention.start, mention.end, kept, "name", strong=mention.strong)
    elif word in lists.country_titles:
        kind = "country"
    else:
        pair = " ".join(lowers[end : end + 2])
        if pair in lists.region_titles:
            kind = "admin1"
        elif pair in lists.country_titles:
            kind = "country"
        else:
            return mention  # most names: one look at the next words
    regions = tuple(e for e in mention.candidates if e.type == kind)
    if not regions or len(regions) == len(mention.candidates):
        return mention
    return Mention(mention.start, mention.end, regions, "name", strong=mention.strong)


_GOVERNOR_REACH = 8
"""Tokens before a speech verb searched for its speaker's regional title."""


def _governed(ctx: Context, lists: Words, mention: Mention) -> Mention:
    """A name opening the clause a regional officer reports (a title of ``region_titles``
    before the speech verb, a modal of ``guards.REPORTED_MODALS`` after the name), read as
    its first-level regions only: "Governor Brian Kemp said Georgia would sue" is the US
    state; a bank's governor speaks for no state ("central bank Governor Nikoloz Gadelia said
    Georgia would")."""
    start, end = mention.start, mention.end
    if start < 2 or end >= len(ctx.lowers) or mention.how not in ("name", "alternate"):
        return mention
    if ctx.lowers[start - 1] not in lists.speech or ctx.lowers[end] not in guards.REPORTED_MODALS:
        return mention
    window = ctx.lowers[max(0, start - 1 - _GOVERNOR_REACH) : start - 1]
    if "." in window:
        window = window[len(window) - window[::-1].index(".") :]  # this sentence only
    if lists.region_titles.isdisjoint(window) or "bank" in window:
        return mention
    regions = tuple(e for e in mention.candidates if e.type == "admin1")
    if not regions or len(regions) == len(mention.candidates):
        return mention
    return Mention(mention.start, mention.end, regions, "name", strong=mention.strong)


_ORDINAL = LazyPattern(r"\d+(?:st|nd|rd|th)|at-large")


def _district_seat(lowers: Sequence[str], k: int) -> bool:
    """Whether an ordinal and "congressional" or "district" start at token ``k``: "New
    York's 14th congressional district", "Texas' 23rd District" are the state's."""
    return (
        k + 1 < len(lowers)
        and lowers[k + 1] in _DISTRICT_WORDS
        and _ORDINAL.fullmatch(lowers[k]) is not None
    )


_DISTRICT_WORDS = frozenset({"congressional", "district"})


def _capital_named(ctx: Context, mention: Mention) -> bool:
    """Whether one of the mention's readings is a national capital ("Washington"; also as
    written where GeoNames names it otherwise: "Ulaanbaatar", GeoNames' "Ulan Bator")."""
    capital = capitals()
    written = normalize(" ".join(ctx.words[mention.start : mention.end]))
    return any(
        (e.country_code, normalize(e.name)) in capital or (e.country_code, written) in capital
        for e in mention.candidates
        if e.type == "city" and e.country_code
    )


def _listing(ctx: Context, lists: Words, mention: Mention) -> Mention:
    """A name before a hyphen and a listing participle ("Paris-listed", "London-traded")
    names an exchange, in its largest city of the name: "the Paris-listed group" in a
    Chicago story is no Paris, Illinois; a country or region stays ("US-listed")."""
    end, words = mention.end, ctx.words
    if end + 1 >= len(words) or words[end] not in ("-", "–") or mention.how not in _NAMED:
        return mention  # most names: one look at the next word
    if ctx.lowers[end + 1] not in lists.listing_participles:
        return mention
    city = next((e for e in mention.candidates if e.type == "city"), None)
    kept = tuple(e for e in mention.candidates if e.type != "city" or e is city)
    if len(kept) == len(mention.candidates):
        return mention
    alternates = tuple(a for a in mention.alternates if any(a is e for e in kept))
    return Mention(mention.start, end, kept, mention.how, mention.cue, alternates, mention.strong)


def _part(ctx: Context, lists: Words, mention: Mention) -> Mention:
    """A name after a lower-case part adjective ("eastern", "upstate"; cues.json
    part_adjectives) read as no city of a US, Canadian or Australian state it names:
    "eastern Washington" is the state, not the capital, "western New York" the state
    ("northern Georgia" may still be the country). Elsewhere a city has parts too ("eastern
    Aleppo")."""
    start = mention.start
    if start == 0 or ctx.words[start - 1] not in lists.part_adjectives:
        return mention  # most names: one look at the word before
    written = region_written_countries()
    states = {e.country_code for e in mention.candidates if e.type == "admin1"}
    states.intersection_update(written)
    if not states or mention.how not in _NAMED:
        return mention
    kept = tuple(e for e in mention.candidates if e.type != "city" or e.country_code not in states)
    if len(kept) == len(mention.candidates):
        return mention
    alternates = tuple(a for a in mention.alternates if any(a is e for e in kept))
    return Mention(start, mention.end, kept, mention.how, mention.cue, alternates, mention.strong)


_OFFICER_NAME_WORDS = 4
"""Most words of an officer's name between the title and "of" ("Alexandria Ocasio-Cortez")."""


def _officer(ctx: Context, lists: Words, mention: Mention) -> Mention:
    """A name after an officer's title, a person's name and "of" or "from", read as its
    first-level regions only: "Sen. Rand Paul of Kentucky", "Senate Majority Leader Chuck
    Schumer of New York" (the state, not the city), "a Republican from Texas"."""
    start, lowers = mention.start, ctx.lowers
    if start < 2 or lowers[start - 1] not in ("of", "from") or mention.how not in _NAMED:
        return mention  # most names: one look at the word before
    titles, k = lists.officer_titles, start - 2
    while k >= 0 and start - 2 - k < _OFFICER_NAME_WORDS and _name_word(ctx.words[k]):
        if _officer_title(titles, lowers, k):
            break  # "Gov. Greg Abbott": "Gov." is capitalized too
        k -= 1
    if k < 0 or not _officer_title(titles, lowers, k):
        return mention
    regions = tuple(e for e in mention.candidates if e.type == "admin1")
    if not regions or len(regions) == len(mention.candidates):
        return mention
    return Mention(mention.start, mention.end, regions, mention.how, strong=mention.strong)


_NAMED = frozenset({"name", "alternate"})


def _name_word(word: str) -> bool:
    """A word of a person's name: capitalized, or a hyphen inside one ("Ocasio-Cortez")."""
    return word[:1].isupper() or word == "-"


def _officer_title(titles: frozenset[str], lowers: Sequence[str], k: int) -> bool:
    """Whether an officer's title ends at token ``k`` ("Sen.", "Majority Leader")."""
    return lowers[k] in titles or (k > 0 and f"{lowers[k - 1]} {lowers[k]}" in titles)


def place_type(mention: Mention, entry: Entry | None, owner: Entry | None = None) -> str:
    """The type a mention gets: the entry's, a cue's for a county seat or a village read as
    its town ("Leye county" is admin2), facility, or the cue's for places the gazetteer lacks;
    a second level where the town (or the ``owner`` region the unit lies in) is in a country
    that files such units there ("Canta province" in Peru)."""
    cue = mention.cue
    if entry is None:
        if mention.how == "facility":
            return "facility"
        if cue is None:
            return "locality"
        code = owner.country_code if owner is not None else None
        return "admin2" if code is not None and code in cue.second_level_in else cue.type
    if entry.type == "city" and cue is not None and cue.type != "city" and not cue.keeps_city:
        return "admin2" if entry.country_code in cue.second_level_in else cue.type
    return entry.type


def _span(doc: Doc, resolved: Resolved, gaz: Gazetteer, owner: Entry | None = None) -> Span:
    mention, entry = resolved.mention, resolved.entry
    kind, resolution = place_type(mention, entry, owner), resolved.resolution
    if entry is None and mention.how in ("landmark", "facility"):
        landmark = gaz.landmark(doc[mention.start : mention.end].text)
        if landmark is not None:  # "Heathrow", "Wall Street"
            kind, resolution = landmark.type, "landmark"
    rule = f"{mention.how}:{kind}/{resolution}"
    kb_id = entry.key if entry else ""
    if entry is None and resolved.resolution == "unplaced":
        country = country_of(mention)  # the span keeps the country the county lies in
        kb_id = country.key if country is not None else ""
        if mention.cue is None:  # "Punjab": a region of no country said, not a locality
            kind = _unplaced_type(mention)
            rule = f"{mention.how}:{kind}/{resolution}"
    elif entry is None and owner is not None:
        kb_id = owner.key  # "Kerala's Wayanad district": a unit the gazetteer lacks, in Kerala
    # Mentions are whole tokens: no need for ``Doc.char_span``'s search.
    return Span(doc, mention.start, mention.end, label=LABEL, kb_id=kb_id, span_id=rule)


def _unplaced_type(mention: Mention) -> str:
    """The type an ``unplaced`` mention's best readings share ("Punjab": admin1; "Southern
    Punjab": region)."""
    types = {e.type for e in options(mention)} & {"admin1", "admin2", "region"}
    return types.pop() if len(types) == 1 else "locality"


def find(doc: Doc, gaz: Gazetteer | None = None) -> list[Span]:
    """Place spans, resolved, in text order."""
    ctx = Context.of(doc)
    gaz = gaz or gazetteer()
    found, dateline, held = _mentions(ctx, gaz)
    resolved = resolve(ctx, found, dateline, held)
    return [_span(doc, r, gaz, _owner(ctx, resolved, k, gaz)) for k, r in enumerate(resolved)]


def _dateline_state(ctx: Context, resolved: Sequence[Resolved], k: int) -> Entry | None:
    """The first-level region written after a dateline's town and a comma, which the
    gazetteer has no town of that name in ("BOCA CHICA, Texas (Reuters) -": a locality with
    no id, in Texas)."""
    if k + 1 >= len(resolved):
        return None
    after = resolved[k + 1]
    end = resolved[k].mention.end
    state = after.entry
    if after.mention.start != end + 1 or ctx.words[end] != "," or state is None:
        return None
    return state if state.type == "admin1" else None


def _owner(ctx: Context, resolved: Sequence[Resolved], k: int, gaz: Gazetteer) -> Entry | None:
    """The country or first-level region whose possessive (or whose town's) stands right
    before a cued unit the gazetteer lacks ("Kerala's Wayanad district", "India's Wayanad
    district", "Durban's KwaMashu township"; also before a town's cue and "of", "the Mumbai
    suburb of Andheri"), or that
    is named right after it, after a comma or "in" ("Wayanad district in Kerala",
    "Sindhupalchok district, Nepal"): where the unit lies, as "Georgia's Fulton County"
    pins a county the gazetteer holds; or the one where all the placed units listed with it
    before one plural cue lie ("Mumbai, Thane and Raigad districts": Raigad is in
    Maharashtra, as its siblings are)."""
    mention = resolved[k].mention
    if resolved[k].entry is None and mention.how == "facility":
        return _facility_town(ctx, resolved, k, gaz)
    if resolved[k].entry is None and mention.how == "dateline" and not mention.candidates:
        return _dateline_state(ctx, resolved, k)  # "BOCA CHICA, Texas (Reuters)"
    if resolved[k].entry is not None or mention.cue is None:
        return None
    if mention.how in _LISTS:
        listed = _listed_owner(ctx, resolved, k, gaz)
        if listed is not None:
            return listed
    if k > 0:
        before = resolved[k - 1]
        if before.mention.end + 1 == mention.start and ctx.words[before.mention.end] in POSSESSIVES:
            return _region_or_country(_town_region(before.entry, gaz))
        if town_cued(ctx, before.mention, mention):  # "the Mumbai suburb of Andheri"
            return _region_or_country(_town_region(before.entry, gaz))
    last = _last_listed(ctx, resolved, k) if mention.how in _LISTS else k
    if last + 1 < len(resolved):
        # "Sindhupalchok district, Nepal", "Wayanad district in Kerala", "the hamlets of Anzac
        # and Gregoire Lake Estates in Alberta"
        end, after = resolved[last].mention.end, resolved[last + 1]
        if after.mention.start == end + 1 and ctx.lowers[end] in _QUALIFIERS:
            return (
                _stated_owner(ctx, resolved, last + 1)
                or _town_owner(mention, after.entry, gaz)
                or _unit_owner(ctx, resolved, last + 1, gaz)
            )
        if after.mention.start == end + 1 and ctx.lowers[end] == "of" and mention.cue.keeps_city:
            return _town_owner(mention, after.entry, gaz)  # "the Kurla area of Mumbai"
        if after.mention.start > end + 1 and _stated_gap(ctx, end, after):
            return (
                _stated_owner(ctx, resolved, last + 1)
                or _town_owner(mention, after.entry, gaz)
                or _unit_owner(ctx, resolved, last + 1, gaz)
            )
        if after.mention.start == end + 1 and ctx.lowers[end] == "of":
            # "Kinnaur district of Himachal Pradesh", "villages in Wayanad district of Kerala"
            return _region_or_country(after.entry) or _unit_owner(ctx, resolved, last + 1, gaz)
    return None


def _unit_owner(ctx: Context, resolved: Sequence[Resolved], k: int, gaz: Gazetteer) -> Entry | None:
    """The ``_owner`` of the ``k``-th mention where it, too, is a cued unit the gazetteer
    lacks: "the villages of Mundakkai and Meppadi in Wayanad district of Kerala" lie in
    Kerala, as the district does."""
    unit = resolved[k]
    if unit.entry is not None or unit.mention.cue is None or unit.mention.how == "facility":
        return None
    return _owner(ctx, resolved, k, gaz)


def _stated_gap(ctx: Context, end: int, after: Resolved) -> bool:
    """Whether the words from token ``end`` up to the ``after`` mention state where a cued
    unit lies: "in the southern Indian state of" Kerala, "in the northwestern province of"
    Khyber Pakhtunkhwa, "in central" Nepal, ", in the" Attica region; a nationality must be
    the place's ("in the Indian state of" Kerala), and a place-type word's place must be a
    first-level region ("the Indian state of")."""
    lowers, stop = ctx.lowers, after.mention.start
    i = end + (lowers[end] == ",")
    if i + 1 < stop and lowers[i] in ("a", "an") and lowers[end] == ",":
        # "Chooralmala, a hamlet in the southern Indian state of": an appositive's cue first
        i += 1
        while i < stop and i - end <= 5 and lowers[i] not in recognize.APPOSITIVE_CUES:
            i += 1
        if i >= stop or lowers[i] not in recognize.APPOSITIVE_CUES:
            return False
        i += 1
    if i >= stop or lowers[i] != "in":
        return False
    i += 1
    i += i < stop and lowers[i] == "the"
    nation: str | None = None
    while i < stop and (lowers[i] in _SIDE_WORDS or lowers[i] in ("-", "–")):
        i += 1
    if i < stop and ctx.words[i] in words().nationalities:
        nation = words().nationalities[ctx.words[i]]
        i += 1
    entry = after.entry
    if entry is None:  # "a small village in Wayanad district": the unit's own owner
        return i == stop and nation is None
    if nation is not None and entry.country_code != nation:
        return False
    if i == stop:
        return True
    if stop - i != 2 or lowers[i + 1] != "of":
        return False
    cue = words().cues.after.get(lowers[i])
    return cue is not None and cue.type in ("admin1", "region") and entry.type == "admin1"


def _stated_owner(ctx: Context, resolved: Sequence[Resolved], k: int) -> Entry | None:
    """The region or country the ``k``-th mention, after ``_stated_gap``, places a unit in:
    the region after a country's possessive where it lies in that country ("in Pakistan's
    Khyber Pakhtunkhwa province", "in Pakistan's northwestern Kurram district")."""
    owner = _region_or_country(resolved[k].entry)
    if owner is None or owner.type != "country" or k + 1 >= len(resolved):
        return owner
    end, region = resolved[k].mention.end, resolved[k + 1]
    if end >= len(ctx.words) or ctx.words[end] not in POSSESSIVES:
        return owner
    between = ctx.lowers[end + 1 : region.mention.start]
    if all(w in _SIDE_WORDS for w in between):
        inner = _region_or_country(region.entry)
        if inner is not None and inner.type == "admin1":
            return inner if inner.country_code == owner.country_code else None
    return owner


_SIDE_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
    | {"northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest"}
    | {"southeast", "southwest", "far", "remote", "rural", "coastal", "mountainous", "hilly"}
    | {"restive", "tribal", "neighbouring", "neighboring", "impoverished", "mainland", "upper"}
    | {"lower", "southernmost", "northernmost", "easternmost", "westernmost"}
)
"""Adjectives between "in (the)" and the place a cued unit lies in ("in the remote
northwestern province of")."""


def _facility_town(
    ctx: Context, resolved: Sequence[Resolved], k: int, gaz: Gazetteer
) -> Entry | None:
    """The first-level region, else the country, of the place named right after a facility
    and "in" ("Al-Shifa Hospital in Gaza City", "Times Square in New York", "Trafalgar Square
    in central London"): where the facility lies, unless it is a landmark the gazetteer
    places itself, or the place's reading is in doubt."""
    if k + 1 >= len(resolved):
        return None
    mention, after = resolved[k].mention, resolved[k + 1]
    town = after.entry
    if town is None or after.resolution == "weak_prior":
        return None
    gap = ctx.token_ends[mention.end - 1]
    if not _FACILITY_GAP.fullmatch(ctx.text, gap, ctx.token_chars[after.mention.start]):
        return None
    end = after.mention.end
    if end < len(ctx.words) and ctx.words[end] in POSSESSIVES:
        return None  # "a rally at Wembley Stadium in England's win"
    if gaz.landmark(ctx.text[ctx.token_chars[mention.start] : gap]) is not None:
        return None
    if town.type in ("city", "region"):  # "Kamal Adwan Hospital in northern Gaza": PS
        state = gaz.entry(town.admin1) if town.type == "region" and town.admin1 else None
        region = _region_or_country(state or _town_region(town, gaz))
        return region or (country_entry(town.country_code) if town.country_code else None)
    return _region_or_country(town)


_FACILITY_GAP = LazyPattern(
    r"[ ]+in[ ]+(?:the[ ]+)?(?:(?:central|northern|southern|eastern|western|north|south|east"
    r"|west|downtown)[ ]+)?"
)
"""Between a facility and the place it lies in: "Evin Prison in Tehran", "Trafalgar Square in
central London", "Al-Awda Hospital in the Gaza Strip"."""


def _town_owner(mention: Mention, town: Entry | None, gaz: Gazetteer) -> Entry | None:
    """The first-level region, else the country, of the town named right after a locality's
    cued name the gazetteer lacks ("Kibera slum in Nairobi", "the Shati refugee camp in Gaza
    City", "the Kurla area of Mumbai"): a slum, a camp, a neighbourhood lies in its town; a
    county or a district named so ("Thane district in Mumbai") is left to the regions."""
    if town is None or town.type != "city" or mention.cue is None:
        return None
    if mention.cue.type != "locality":
        return None
    region = _region_or_country(_town_region(town, gaz))
    if region is None and town.country_code:
        return country_entry(town.country_code)  # "in Gaza City": no region, the country
    return region


def _last_listed(ctx: Context, resolved: Sequence[Resolved], k: int) -> int:
    """The index of the last name of the list of one cue that holds the ``k``-th."""
    cue = resolved[k].mention.cue
    while k + 1 < len(resolved):
        near, far = resolved[k].mention, resolved[k + 1].mention
        if far.how not in _LISTS or far.cue is not cue:
            break
        if any(w not in _LIST_WORDS for w in ctx.lowers[near.end : far.start]):
            break
        k += 1
    return k


_QUALIFIERS = frozenset({",", "in"})
"""Between a cued unit and the country or region it lies in, named after it."""


def _town_region(owner: Entry | None, gaz: Gazetteer) -> Entry | None:
    """The first-level region a town lies in ("Durban's KwaMashu township" lies in
    KwaZulu-Natal), else ``owner`` itself."""
    if owner is None or owner.type != "city" or not owner.admin1:
        return owner
    return gaz.entry(owner.admin1)


def _region_or_country(owner: Entry | None) -> Entry | None:
    """``owner`` if it is a country or a first-level region of GeoNames."""
    if owner is None or owner.type not in ("country", "admin1") or owner.geonames_id is None:
        return None
    return owner


def _listed_owner(
    ctx: Context, resolved: Sequence[Resolved], k: int, gaz: Gazetteer
) -> Entry | None:
    """``_owner`` of a unit of a plural-cue list: the first-level region, else the country,
    that every placed sibling lies in (none where they disagree or fewer than two are)."""
    cue = resolved[k].mention.cue
    siblings = [resolved[k]]
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(resolved):
            near, far = sorted((resolved[j].mention, resolved[j + step].mention), key=_start)
            other = resolved[j + step]
            if other.mention.how not in _LISTS or other.mention.cue is not cue:
                break
            if any(w not in _LIST_WORDS for w in ctx.lowers[near.end : far.start]):
                break
            siblings.append(other)
            j += step
    # Two units at least, and no region listed as one ("Maharashtra and Raigad and Wayanad
    # districts"): one sibling is too little to place a unit in a region ("Pune and Wayanad
    # districts"), but not in a country ("the Nurgal and Chawkay districts": Afghanistan).
    placed = [r.entry for r in siblings if r.entry is not None and r.entry.type in _UNITS]
    if len(placed) == 1 and placed[0].country_code:
        return country_entry(placed[0].country_code)
    if len(placed) < 2:
        return None
    regions = {e.admin1 for e in placed}
    if len(regions) == 1 and None not in regions:
        region = gaz.entry(regions.pop() or "")
        if region is not None and region.type == "admin1":
            return region
    countries = {e.country_code for e in placed}
    code = countries.pop() if len(countries) == 1 else None
    return country_entry(code) if code else None


_LIST_WORDS = frozenset({",", "and", "or", "&"})
_LISTS = frozenset({"plural_cue", "before_cue"})
"""Rules that read lists of names with one cue ("X and Y districts", "the districts of X
and Y")."""
_UNITS = frozenset({"admin2", "city"})
"""Types of a plural-cue list's units placed in a region: counties, districts, their seats."""


def _at(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end


def _start(mention: Mention) -> int:
    return mention.start


@lru_cache(maxsize=1024)
def _rule(rule: str) -> tuple[str, float, str] | None:
    """The place type and confidence a span's rule gives, or None for no rule of ours; a few
    dozen rules serve every span."""
    found = _RULE.fullmatch(rule)
    if found is None or found["type"] not in PLACE_TYPES:
        return None
    confidence = CONFIDENCE.get(found["resolution"], 0.5) - (
        0.1 if found["how"] == "alternate" else 0
    )
    return found["type"], round(confidence, 2), found["resolution"]


def _bare_name(text: str, place: str) -> str:
    """A name the gazetteer lacks, without a lower-case type word ("Wayanad district" ->
    "Wayanad"); capitalized type words are part of the name ("Lancang Lahu Autonomous
    County")."""
    parts = text.split()
    cues = words().cues.after
    for size in (3, 2, 1):
        tail = " ".join(parts[-size:])
        if len(parts) > size and tail.islower() and tail in cues and place != "facility":
            return " ".join(parts[:-size])
    return " ".join(parts)


def _county_name(text: str, place: str, gaz: Gazetteer) -> str:
    """The name the same-named counties share ("Harris County" for "Harris" in "Harris and
    Fort Bend counties"), else the text without a lower-case type word (``_bare_name``)."""
    names = {e.name for e in (*gaz.lookup(text), *gaz.county(text)) if e.type == "admin2"}
    return names.pop() if len(names) == 1 else _bare_name(text, place)


def _inside(ctx: Context, span: Span, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """Country and first-level region named inside a facility's name: "Guangxi Leye Shenzhen
    ... Industrial Park" is in CN, in Guangxi; "Heathrow Airport" where Heathrow is; none
    from a street's ("Pennsylvania Avenue")."""
    for mention in recognize.landmark_mentions(ctx, gaz, span.start, span.end):
        landmark = gaz.landmark(
            ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[mention.end - 1]]
        )
        if landmark is not None:
            return landmark.country_code, _region_name(gaz, landmark.admin1)
    if ctx.words[span.end - 1] in words().dedications:
        return None, None
    countries, regions = set(), []
    common = words().common
    for name in recognize.gazetteer_mentions_in(ctx, gaz, span.start, span.end):
        if ctx.text[ctx.token_chars[name.start] : ctx.token_ends[name.end - 1]] in common:
            continue  # "the Bay Bridge": a common word's name places nothing (Bay, Somalia)
        found = _vouching(name, gaz)
        if found is None and _port_of(ctx, span.start, name):  # "the Port of Baltimore"
            found = _vouching(name, gaz, _PORT_CITY)
        if found is not None:
            countries.add(found[0])
            if found[1] is not None:
                regions.append(found[1])
    country = countries.pop() if len(countries) == 1 else None
    return country, regions[0] if regions and country else None


def _region_name(gaz: Gazetteer, key: str | None) -> str | None:
    """The name of the first-level region with ISO 3166-2 code ``key``."""
    return gaz.region_name(key) if key else None


def _port_of(ctx: Context, start: int, name: Mention) -> bool:
    """Whether a facility's name opens with "Port of" and the name ("the Port of Rotterdam"):
    a port named after the city it serves."""
    return name.start == start + 2 and ctx.lowers[start] == "port" and ctx.lowers[start + 1] == "of"


_PORT_CITY = 100_000
"""Cities large enough to give their port ("Port of Baltimore", "Port of Santos") its
country, as ``_FACILITY_CITY`` gives any facility."""


def _vouching(
    name: Mention, gaz: Gazetteer, floor: int | None = None
) -> tuple[str | None, str | None] | None:
    """The country (and region) a name inside a facility's name places it in: that of its
    countries, regions and cities of ``_FACILITY_CITY``, when they all agree and its most
    prominent reading lies there too ("Port of Geneva"; not "Manchester Airport", whose
    Jamaican parish is no match for the English city; not "Victoria Station", a state of
    Australia and, by an alternate name, Hong Kong); a hand-written region of one country
    is the whole name where the facility's head is a feature's ("the Suez Canal", "the Panama
    Canal": Egypt, Panama); ``floor`` lowers the cities' least population (``_PORT_CITY``)."""
    least = _FACILITY_CITY if floor is None else floor
    vouching = [
        e
        for e in name.candidates
        if e.type in ("country", "admin1")
        or (e.type == "city" and e.population >= least)
        or (e.type == "region" and e.country_code is not None)
    ]
    if len({e.country_code for e in vouching}) != 1:
        return None
    first = max(name.candidates, key=lambda e: prior(e, name))
    if first.country_code != vouching[0].country_code:
        return None
    region = next(
        (gaz.region_name(e.admin1) if e.admin1 else e.name for e in vouching if e.type == "admin1"),
        None,
    )
    big = next((e for e in vouching if e.type == "city"), None)
    if region is None and big is not None:
        region = gaz.admin1_name(big)  # "Port of Nagoya" is in Aichi, as the city is
    return vouching[0].country_code, region


_VALIDATE: Callable[[dict[str, object]], Place] = Place.__pydantic_validator__.validate_python
"""``Place(**fields)`` without ``__init__``'s keyword packing: the same record, the same
fields set."""


def to_record(
    ctx: Context, span: Span, sentence: int, gaz: Gazetteer | None = None
) -> Place | None:
    """The ``Place`` record of a place span (None for a span this module did not write),
    built by the model's validator on a dict, as the other records are (``_VALIDATE``)."""
    rule = _rule(span.id_)
    if rule is None or span.label_ != LABEL:
        return None
    place, confidence, resolution = rule
    gaz = gaz or gazetteer()
    kb_id, start_char, end_char = span.kb_id_, span.start_char, span.end_char
    text = ctx.text[start_char:end_char]  # Span.text walks the tokens
    entry = gaz.entry(kb_id) if kb_id else None
    if kb_id and entry is None:
        return None
    common = {
        "text": text,
        "start_char": start_char,
        "end_char": end_char,
        "sentence": sentence,
        "type": place,
        "confidence": confidence,
    }
    if entry is None and resolution == "landmark":
        landmark = gaz.landmark(text)
        if landmark is not None:
            region = _region_name(gaz, landmark.admin1)
            code = landmark.country_code
            return _VALIDATE(
                {**common, "name": landmark.name, "country_code": code, "admin1": region}
            )
    if entry is None:
        country, admin1 = _inside(ctx, span, gaz) if place == "facility" else (None, None)
        return _VALIDATE(
            {**common, "name": _bare_name(text, place), "country_code": country, "admin1": admin1}
        )
    if place == "facility":  # where the town named after it lies (``_facility_town``)
        country, admin1 = _inside(ctx, span, gaz)
        if country is None:
            country = entry.country_code
            admin1 = (
                _region_name(gaz, entry.admin1) or entry.name if entry.type == "admin1" else None
            )
        return _VALIDATE(
            {**common, "name": _bare_name(text, place), "country_code": country, "admin1": admin1}
        )
    if entry.type == "country" and place != "country":  # an ``unplaced`` county: its country
        return _VALIDATE(
            {**common, "name": _county_name(text, place, gaz), "country_code": entry.country_code}
        )
    if entry.type == "admin1" and place != "admin1":  # a unit of the region's (``_owner``)
        # a dateline's town written in capitals ("BOCA CHICA, Texas"): named in title case
        name = _bare_name(text.title() if text.isupper() else text, place)
        return _VALIDATE(
            {**common, "name": name, "country_code": entry.country_code, "admin1": entry.name}
        )
    # A unit named after its town ("Leye county", "Homs province") is no town: the town's
    # GeoNames id would name another place; its point still lies inside the unit.
    town_named = entry.type == "city" and place not in ("city", "locality")
    return _VALIDATE(
        {
            **common,
            "name": entry.name,
            "geonames_id": None if town_named else entry.geonames_id,
            "country_code": entry.country_code,
            "admin1": gaz.admin1_name(entry),
            "latitude": entry.latitude,
            "longitude": entry.longitude,
        }
    )


class PlaceFinder:
    """Writes place spans to ``doc.spans["places"]``."""

    def __call__(self, doc: Doc) -> Doc:
        publish(doc, GROUP, find(doc))
        return doc
