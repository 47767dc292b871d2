"""Recognition: every stretch of text that may name a place, with its gazetteer candidates.

A mention is found by one of these rules (``Mention.how``):

- ``name``: a capitalized gazetteer name or alias, longest match first ("Guangxi", "New South
  Wales", "Rio Grande do Sul"); ``alternate`` when only a city's alternate name matched.
- ``cue``: a name followed by a place-type word ("Leye county", "Guangdong province",
  "Xishuangbanna Dai Autonomous Prefecture"), found whether or not the gazetteer knows it;
  ``plural_cue`` for "Harris and Fort Bend counties"; ``before_cue`` for "the city of Pu'er",
  "hamlets of Anzac and Gregoire Lake Estates", "County Durham".
- ``facility``: a run of capitalized words ending in a facility word ("Lekki Free Trade Zone",
  "Guangxi Leye Shenzhen Poverty Alleviation Kiwi Industrial Park", "Port of Nagoya"); the
  tokens of organization names ("Guangxi Poverty Alleviation Office", "Bank of Mexico") are
  returned so that no place is read inside them.
- ``dateline`` and ``abbreviation``: "SPRINGFIELD, Ill. (AP) —"; each city of "LONDON/NEW
  YORK (Reuters) -".
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from itertools import islice
from types import MappingProxyType

from spacy.tokens import Doc

from factextract.facts.places.mention import (
    BIG_CITY,
    FUNCTION_WORDS,
    NAME_GENERICS,
    POSSESSIVES,
    Match,
    Mention,
    Words,
    capital_tokens,
    capitalized,
    capitals,
    glued,
    glued_article,
    longest,
    name_key,
    non_ascii,
    same_line,
    unseated,
)
from factextract.facts.spans import Context
from factextract.gazetteer import Entry, Gazetteer, contains
from factextract.gazetteer_rows import Cue
from factextract.patterns import LazyPattern

_DATELINE = re.compile(
    r"""^[ \t]*(?P<city>[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,3})   # SPRINGFIELD
        (?P<others>(?:/[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,3})*)  # /NEW YORK
        (?:[ ]?,[ ](?P<region>[A-Z][\w.’']*(?:[ ][A-Z][\w.’']*){0,2}))?  # , Ill.; , New South Wales
        (?P<date>,[ ](?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2}(?:,[ ][12]\d{3})?  # , March 3, 2019
            |\d{1,2}[ ][A-Z][a-z]{2,8}(?:[ ][12]\d{3})?))?              # , 3 March 2019
        [ ]*(?P<agency>\([A-Za-z ]{2,20}\))?[ ]*                     # (AP)
        (?:(?:—|–|--|-|:)[ ]                                           # or "NEW DELHI: "
            |(?P<iso>[12]\d{3}-[01]\d-[0-3]\d)(?=\s|$))                # LONDON 1996-08-30
    """,
    re.MULTILINE | re.VERBOSE,
)
_DATELINE_REACH = 2000
"""Datelines open the article: only its first characters are searched."""
_LINE_OPENING = re.compile(r"\n[ \t]*[A-Z][A-Z'’.-]")
"""A line break before what ``_DATELINE`` opens with. No match crosses a line, so trying the
pattern at the few lines that open this way finds what ``finditer`` finds, without trying it
at every character."""


def gazetteer_mentions(ctx: Context, gaz: Gazetteer) -> list[Mention]:
    """Capitalized gazetteer names, longest match first, left to right."""
    found, after, caps, texts = [], 0, capitals(ctx), ctx.words
    for i in capital_tokens(ctx):
        if i < after:
            continue  # inside the name just found
        if i > 1 and texts[i - 1] == "-" and ctx.lowers[i - 2] in _LOWER_PREFIXES:
            prefixed = _prefixed(ctx, gaz, i)  # "sub-Saharan Africa", "the mid-Atlantic"
            if prefixed is not None:
                found.append(prefixed)
                after = prefixed.end
                continue
        if not gaz.begins(texts[i]):
            continue  # no name opens with the word ("President", "He"): two in three words
        match = longest(ctx, gaz, i, caps)
        if match is None:
            continue
        end, candidates, alternates = match
        how = "name" if len(alternates) < len(candidates) else "alternate"
        found.append(Mention(i, end, candidates, how, alternates=alternates))
        after = end
    return found


def compass_parts(
    ctx: Context, gaz: Gazetteer, words: Words, names: list[Mention]
) -> list[Mention]:
    """``names`` with a first-level region (or a hand-written region of one country) written
    after a capitalized compass word taken with it, where the two make no name of their own
    ("Northern Rakhine", "Western Darfur", "South Wales": parts of the region, as "West Texas"
    is; "West Bengal", "North Carolina", "South Sudan" are names, read whole before this). Not
    a common word's region ("East Bay" is no Somali region), nor after a line break."""
    compass = gaz.compass_words
    out: list[Mention] | None = None
    for k, m in enumerate(names):
        i = m.start - 1
        if m.how == "name" and ctx.words[m.start] in compass and m.end - m.start > 1:
            parts = _parts_over_villages(ctx, gaz, m)
            if parts:  # "North Wales", "East Berlin": no villages of Pennsylvania
                out = list(names) if out is None else out
                out[k] = Mention(m.start, m.end, (*parts, *m.candidates), "name")
                continue
        if i < 0 or m.how != "name" or ctx.words[i] not in compass:
            continue  # most names
        if ctx.text[ctx.token_ends[i] : ctx.token_chars[m.start]] != " ":
            continue
        written = ctx.text[ctx.token_chars[m.start] : ctx.token_ends[m.end - 1]]
        if written in words.common or ctx.lowers[m.start] in words.compass:
            continue
        bases = [e for e in m.candidates if _part_base(gaz, e)]
        if bases:
            out = list(names) if out is None else out
            out[k] = Mention(
                i, m.end, tuple(gaz.compass_part(ctx.words[i], e) for e in bases), "name"
            )
    return names if out is None else out


_PART_VILLAGE = 10_000
"""Most people of a town abroad named by a compass word and a region's name, for the name to
be the region's part (``_parts_over_villages``)."""
_PART_CITY = 1_000_000
"""Fewest people of a city-state's city for its name to mean the region (Berlin, Hamburg)."""


def _parts_over_villages(ctx: Context, gaz: Gazetteer, mention: Mention) -> tuple[Entry, ...]:
    """The parts of a first-level region that a name of a compass word and the region's name
    also names, where the gazetteer holds the whole name only as villages (under
    ``_PART_VILLAGE``) of other countries and the region is what its name means: no town of
    its name of ``_PART_VILLAGE`` lies outside it, or the region is a city-state of
    ``_PART_CITY`` ("North Wales", "East Berlin", "West Hamburg"; not Pennsylvania's North
    Wales, East Berlin and West Hamburg, which only a qualifier makes: "East Berlin, Pa.").
    Not "North Portland" (Portland, Oregon, outweighs Jamaica's parish), "East Kingston"."""
    villages = mention.candidates
    if not villages or any(e.type != "city" or e.population >= _PART_VILLAGE for e in villages):
        return ()
    base = ctx.text[ctx.token_chars[mention.start + 1] : ctx.token_ends[mention.end - 1]]
    readings = gaz.lookup(base)
    regions = [e for e in readings if e.type == "admin1"]
    if len(regions) != 1:
        return ()
    region = regions[0]
    if any(e.country_code == region.country_code for e in villages):
        return ()
    towns = [e for e in readings if e.type == "city" and e.population >= _PART_VILLAGE]
    largest = max(towns, key=lambda e: e.population, default=None)
    if largest is not None and not (
        largest.region == region.region and largest.population >= _PART_CITY
    ):
        return ()
    return (gaz.compass_part(ctx.words[mention.start], region),)


def _part_base(gaz: Gazetteer, entry: Entry) -> bool:
    """Whether a compass word before ``entry``'s name names a part of it: a first-level
    region, or a hand-written region of one country that is no natural feature ("Darfur"; not
    "the Rhine") and no part already ("Northern Gaza")."""
    if entry.type == "admin1":
        return True
    return (
        entry.type == "region"
        and entry.country_code is not None
        and entry.key.startswith("region:")
        and entry.key not in gaz.features
        and entry.name.split(" ")[0] not in gaz.compass_words
    )


_LOWER_PREFIXES = frozenset({"sub", "mid"})
"""Prefixes written in lower case before a region's capitalized name ("sub-Saharan Africa",
"the mid-Atlantic"), which the gazetteer holds capitalized."""
_PREFIXED_TOKENS = 4


def _prefixed(ctx: Context, gaz: Gazetteer, i: int) -> Mention | None:
    """The longest gazetteer name written with a lower-case prefix and a hyphen before token
    ``i`` ("sub-Saharan Africa" as "Sub-Saharan Africa"), glued to it."""
    start, chars, ends = ctx.token_chars[i - 2], ctx.token_chars, ctx.token_ends
    if ends[i - 2] != chars[i - 1] or ends[i - 1] != chars[i]:
        return None  # "sub - Saharan"
    for end in range(min(len(ctx.words), i + _PREFIXED_TOKENS), i, -1):
        name = ctx.text[start : ends[end - 1]]
        if "\n" in name:
            continue
        found = gaz.lookup(name[0].upper() + name[1:])
        if found:
            return Mention(i - 2, end, found, "name")
    return None


def landmark_mentions(
    ctx: Context, gaz: Gazetteer, start: int = 0, stop: int | None = None
) -> list[Mention]:
    """Landmarks named alone ("Heathrow", "Wall Street"), with the gazetteer's readings of the
    same words, which only a qualifier makes the answer ("Heathrow, Florida"); those within
    tokens ``start:stop`` when given."""
    found, after, caps, texts = [], 0, capitals(ctx), ctx.words
    firsts, stop = gaz.landmark_firsts, len(texts) if stop is None else stop
    tokens = capital_tokens(ctx)
    for i in islice(tokens, bisect_left(tokens, start), None):
        if i >= stop:
            break
        if i < after or texts[i] not in firsts:
            continue  # most capitalized words open no landmark
        for end in range(min(stop, i + _LANDMARK_TOKENS), i, -1):
            key = name_key(ctx, i, end) if caps[end - 1] else None
            if key is not None and gaz.landmark(key) is not None:
                found.append(Mention(i, end, gaz.lookup(key), "landmark", strong=True))
                after = end
                break
    return found


_LANDMARK_TOKENS = 4
"""Most tokens in a landmark's name ("O'Hare" may be three)."""


def gazetteer_mentions_in(ctx: Context, gaz: Gazetteer, start: int, end: int) -> Iterator[Mention]:
    """For each token of ``start:end`` that opens a gazetteer name, the longest one."""
    caps = capitals(ctx)
    for i in range(start, end):
        match = longest(ctx, gaz, i, caps) if caps[i] else None
        if match is not None:
            yield Mention(i, match[0], match[1], "name", alternates=match[2])


def _after_cue(words: Words, ctx: Context, end: int) -> tuple[int, Cue, bool] | None:
    """A place-type word right after token ``end - 1``: (cue end, cue, plural)."""
    first, starts = ctx.lowers[end], words.cue_starts
    if first not in starts and ctx.words[end] not in starts and " " not in first:
        return None  # no cue starts with this word (nor with part of it)
    for size in (3, 2, 1):
        if end + size > len(ctx.words):
            continue
        tokens = ctx.words[end : end + size]
        if any(t.isspace() for t in tokens):
            continue
        cue = words.cues.after.get(" ".join(ctx.lowers[end : end + size]))
        if cue is not None:
            return end + size, cue, False
        plural = words.plurals.get(" ".join(tokens))
        if plural is not None:  # "counties", never "States" (United States)
            return end + size, plural, True
    return None


def _name_before(
    ctx: Context, words: Words, caps: tuple[bool, ...], end: int, ethnic: bool = False
) -> int | None:
    """Start of the capitalized run (at most 4 words) that ends at token ``end``. Peoples'
    names end it ("Chinese province" has none), except inside "Autonomous" names ("Garze
    Tibetan Autonomous Prefecture", "Guangxi Zhuang autonomous region"). ``caps`` is
    ``capitals(ctx)``."""
    texts, start = ctx.words, end
    while start > 0 and end - start < 4 and (caps[start - 1] or _inner_hyphen(ctx, caps, start)):
        text = texts[start - 1]
        if text in FUNCTION_WORDS or (text in words.demonyms and not ethnic):
            break
        start -= 1
    while start < end and texts[start] in words.demonyms:
        start += 1  # "Tibetan Autonomous Prefecture" names no place
    if start == end or not same_line(ctx, ctx.token_chars[start], ctx.token_chars[end - 1]):
        return None
    return start


def _inner_hyphen(ctx: Context, caps: tuple[bool, ...], start: int) -> bool:
    """Whether token ``start - 1`` is a hyphen joining two capitalized words of one name
    ("Dubrovnik-Neretva County", "Baden-Württemberg state")."""
    return (
        start > 1
        and caps[start - 2]
        and ctx.words[start - 1] in ("-", "–")
        and ctx.token_ends[start - 2] == ctx.token_chars[start - 1]
        and ctx.token_ends[start - 1] == ctx.token_chars[start]
    )


def _with_demonym(
    ctx: Context, gaz: Gazetteer, words: Words, cue: Cue, start: int, end: int
) -> int:
    """``start``, or the demonym before it where the gazetteer names the whole as a place of
    the cue's type ("British Columbia province", "Western Australia state"; not "Chinese
    province", nor "the Czech Republic province of ...", a country)."""
    if start == 0 or ctx.words[start - 1] not in words.demonyms:
        return start
    match = longest(ctx, gaz, start - 1, capitals(ctx))
    if match is None or match[0] != end:
        return start
    return start - 1 if any(e.type in cue.prefers for e in match[1]) else start


def _with_particles(
    ctx: Context, gaz: Gazetteer, caps: tuple[bool, ...], start: int, end: int
) -> int:
    """``start``, or an earlier one where a gazetteer name with a lower-case word inside it
    ends at ``end``: "Rio de Janeiro state", "Rio Grande do Sul state" (the capitalized run
    alone is "Janeiro", "Sul")."""
    if start < 2 or caps[start - 1] or not caps[start - 2]:
        return start  # most names: no lower-case word before the run
    for first in range(max(0, start - 4), start - 1):
        match = longest(ctx, gaz, first, caps)
        if match is not None and match[0] == end:
            return first
    return start


def _name_with_cue(ctx: Context, gaz: Gazetteer, start: int, end: int, cue_end: int) -> int:
    """``start``, or a later start where the words up to a capitalized cue are one gazetteer
    name: "Neighbouring Cape Town" is Cape Town, not a town called "Neighbouring Cape"; a
    consolidated city and county keeps its town ("Athens-Clarke County")."""
    if _consolidated(ctx, gaz, start, end, cue_end):
        return start
    for first in range(start, end):
        key = name_key(ctx, first, cue_end)
        if key is not None and gaz.lookup(key):
            return first
    return start


def _plausible(ctx: Context, words: Words, start: int, candidates: tuple[Entry, ...]) -> bool:
    """Whether a cue makes a place of a name the gazetteer lacks: not a common word ("Regional
    district"), not the end of a longer proper noun ("Central Business District")."""
    if candidates:
        return True
    before = ctx.words[start - 1] if start > 0 else None
    longer = before is not None and capitalized(before) and before not in FUNCTION_WORDS
    return ctx.words[start] not in words.common and not longer


def _typed_regions(gaz: Gazetteer, key: str, cue: Sequence[str]) -> tuple[Entry, ...]:
    """The first-level regions called ``key`` whose ISO 3166-2 type is the cue's words."""
    written = " ".join(cue)
    return tuple(
        e for e in gaz.lookup(key) if e.iso_type is not None and e.iso_type.lower() == written
    )


def _cue_candidates(
    ctx: Context, gaz: Gazetteer, words: Words, start: int, end: int, cue_end: int
) -> tuple[Entry, ...]:
    """Entries for a name with a cue: the whole ("Harris County"), the name ("Nakuru"), or the
    name's first words ("Lancang" for "Lancang Lahu Autonomous County"), never a common word
    ("Bay" in "the Bay Area") but for the regions whose ISO 3166-2 type the cue writes
    ("Delta state", "Rivers state", "Plateau state": Nigerian states)."""
    joined = _consolidated(ctx, gaz, start, end, cue_end)
    if joined:
        return joined
    if end - start > 1 and ctx.words[start] in gaz.compass_words:
        parts = _compass_cued(ctx, gaz, words, start, end, cue_end)
        if parts:
            return parts
    for stop in (cue_end, *range(end, start, -1)):
        key = name_key(ctx, start, stop)
        if key is None or (stop < end and _particle_only(ctx, capitals(ctx), start, stop)):
            continue  # "Al Haouz province": no Ål, Norway, in the article alone
        if key in words.common:
            found = _typed_regions(gaz, key, ctx.lowers[end:cue_end])
            found = found or (_cued(gaz, words, key, ctx.lowers[end]) if stop == end else ())
            if found:
                return found  # "the Diana region" of Madagascar
            continue
        found = _cued(gaz, words, key, ctx.lowers[end])
        if not found or not _unit_cue(words, ctx.lowers[end]):
            # "the Sofia region": Madagascar's cued region or Bulgaria's, as the article says
            found = (*found, *gaz.lookup(key))
        if not found and stop == cue_end and name_key(ctx, start, end) not in words.common:
            found = _capitalized_cue(gaz, words, ctx, start, end, cue_end)
        if not found and stop == end and _region_cue(words, ctx.words[end]):
            # "the Trivandrum region": named after the city by its English alternate name
            # ("the Kurla area" is no Chinese city's, "Cercado province" no Brazilian one's)
            found = gaz.lookup_alternate(key)
        if found:
            return found
    return ()


def _upper_name(
    ctx: Context, gaz: Gazetteer, start: int, end: int, cue_end: int
) -> tuple[int, tuple[Entry, ...]] | None:
    """The first token and the readings of the longest place name with its cue that ends an
    upper-case stretch, title-cased as a dateline's is (``_title``): "MEXICO CITY (AP) —" run
    into a line, "FLOODS HIT NEW YORK CITY"; None where no such name does ("SIN CITY"): a
    headline's words, no town the gazetteer lacks."""
    for first in range(start, end):
        key = name_key(ctx, first, cue_end)
        found = gaz.lookup(_title(key)) if key is not None else ()
        if found:
            return first, found
    return None


def _compass_cued(
    ctx: Context, gaz: Gazetteer, words: Words, start: int, end: int, cue_end: int
) -> tuple[Entry, ...]:
    """The part of a region named with its cue after a compass word, where neither the words
    nor they and the cue are a name ("Northern Shan State": a part of Shan State, as "Northern
    Rakhine" is of Rakhine; not "North Kivu province", nor "Northern Cape province")."""
    if any(
        key is None or gaz.lookup(key)
        for key in (name_key(ctx, start, end), name_key(ctx, start, cue_end))
    ):
        return ()
    whole = _cue_candidates(ctx, gaz, words, start + 1, end, cue_end)
    return tuple(gaz.compass_part(ctx.words[start], e) for e in whole if _part_base(gaz, e))


def _town_pair(ctx: Context, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are two town names joined by a hyphen ("Dallas-Fort
    Worth", "Minneapolis-St. Paul"), with no gazetteer name for the whole: a metropolitan
    area named by both its cities."""
    hyphen = next((h for h in range(start + 1, end - 1) if ctx.words[h] in ("-", "–")), None)
    if hyphen is None:
        return False  # most names
    whole = name_key(ctx, start, end)
    if whole is not None and gaz.lookup(whole):
        return False  # "Miami-Dade", "Wilkes-Barre": one place's name
    first, second = name_key(ctx, start, hyphen), name_key(ctx, hyphen + 1, end)
    return all(
        key is not None and any(e.type == "city" for e in gaz.lookup(key))
        for key in (first, second)
    )


def _consolidated(
    ctx: Context, gaz: Gazetteer, start: int, end: int, cue_end: int
) -> tuple[Entry, ...]:
    """A consolidated city and county, "Town-Name County", read as the county of that name
    in a first-level region that holds the town: "Athens-Clarke County" is Clarke County,
    Georgia, "Macon-Bibb County" Bibb County, Georgia (none where the gazetteer has the whole
    name, "Miami-Dade County")."""
    hyphen = next((h for h in range(start + 1, end - 1) if ctx.words[h] in ("-", "–")), None)
    if hyphen is None:
        return ()  # most names
    town, county = name_key(ctx, start, hyphen), name_key(ctx, hyphen + 1, cue_end)
    whole = name_key(ctx, start, cue_end)
    if town is None or county is None:
        return ()
    if whole is not None and any(e.type != "city" for e in gaz.lookup(whole)):
        return ()  # "Miami-Dade County", "Dubrovnik-Neretva County": a name of its own
    counties = [e for e in gaz.lookup(county) if e.type == "admin2"]
    if not counties:
        return ()
    # The largest town of that name with such a county beside it: Athens, Georgia (127,000
    # people), not Athens, Alabama, which lies in a Limestone County, beside a Clarke County.
    towns = sorted((e for e in gaz.lookup(town) if e.type == "city"), key=lambda e: -e.population)
    for found in towns:
        here = tuple(e for e in counties if e.region == found.region)
        if here:
            return here
    return ()


def _named_with_singular(gaz: Gazetteer, words: Words, name: str, cue: Cue) -> tuple[Entry, ...]:
    """The first-level regions named by a listed name and its plural cue's singular
    as written or capitalized ("Kharkiv and Sumy oblasts": "Kharkiv Oblast"; "the Kursk and
    Belgorod regions": "Kursk region", a spelling of Kursk Oblast)."""
    if name in words.common:
        return ()
    singular = next((w for w, c in words.cues.after.items() if c is cue), None)
    if singular is None:
        return ()
    found = gaz.lookup(f"{name} {singular}") or gaz.lookup(f"{name} {singular.title()}")
    return tuple(e for e in found if e.type == "admin1")


def _capitalized_cue(
    gaz: Gazetteer, words: Words, ctx: Context, start: int, end: int, cue_end: int
) -> tuple[Entry, ...]:
    """The first-level regions whose own name is the name and its lower-case cue capitalized
    ("Kharkiv oblast", "Stockholm county": "Kharkiv Oblast", "Stockholm County"); else the
    town's entry would make a region without an id. After a town's cue, the cities so named
    too ("Hualien city", "Cebu city": "Hualien City", "Cebu City"), else the name alone would
    read the county or nothing. Not US counties (gaz.county reads them), nor after a common
    word ("the Northern region" of Ghana is no "Northern Region" of Malawi)."""
    cue = ctx.text[ctx.token_chars[end] : ctx.token_ends[cue_end - 1]]
    if not cue.islower():
        return ()
    key = name_key(ctx, start, end)
    found = () if key is None else gaz.lookup(f"{key} {cue.title()}")
    if not found:
        return ()
    kind = words.cues.after.get(cue)
    if kind is not None and kind.type in _TOWNS:
        cities = tuple(e for e in found if e.type == "city")
        if cities:
            return cities
    return tuple(e for e in found if e.type == "admin1")


def _cued(gaz: Gazetteer, words: Words, name: str, cue: str) -> tuple[Entry, ...]:
    """The regions named ``name`` only with a place-type word, when ``cue`` is a region's
    ("Cebu province"; "Cebu City" is the city)."""
    if not gaz.cued:
        return ()
    kind = words.cues.after.get(cue)
    if kind is None or (kind.type not in _UNITS and "admin1" not in kind.prefers):
        return ()
    found = gaz.cued_region(name)
    # "region" is no unit's type word: it names a first-level one ("the Sofia region" of
    # Madagascar), not a province it is not ("the Cebu region")
    return found if kind.type in _UNITS else tuple(e for e in found if e.type == "admin1")


def _region_cue(words: Words, cue: str) -> bool:
    """Whether ``cue`` is a lower-case region's type word ("region"), which news writes after
    a city's name for the area around it; a unit's ("province", "district") names a unit of
    its own, whose name a city's old one may only share ("Cercado province", Bolivia: no
    Nova Serrana), and a town's or an area's a place inside it ("the Kurla area")."""
    kind = words.cues.after.get(cue)
    return kind is not None and kind.type == "region"


def _unit_cue(words: Words, cue: str) -> bool:
    """Whether ``cue`` is a unit's type word ("province", "district"), whose cued regions are
    what the name means with it ("Cebu province"), not one reading among others."""
    kind = words.cues.after.get(cue)
    return kind is not None and kind.type in _UNITS


_UNITS = frozenset({"admin1", "admin2"})
_INDEFINITE = frozenset({"a", "an"})
_REGION_CUES = frozenset({"admin1", "region"})
_TOWNS = frozenset({"city", "locality"})
_INNER_PARTS = frozenset({"suburb", "neighborhood", "neighbourhood", "borough"})
"""Cues that keep a town a city ("the Houston suburbs") but, before "of" and a name, are named
by it ("the Houston suburb of Katy", "the Brooklyn neighborhood of Bushwick", "the London
borough of Croydon"), as a town's cue is, where the name before is a larger place the
gazetteer has ("the Brooklyn borough of New York" names Brooklyn); "the Grangetown area of
Middlesbrough" is named by the name before it."""


def _of_name(ctx: Context, caps: tuple[bool, ...], end: int, cue_end: int) -> bool:
    """Whether a lower-case town's cue at ``end`` goes on with "of" and a name ("the West Bank
    town of Jenin", "the Texas city of Uvalde"): the cue names the later name, and the one
    before it qualifies; a region's or an area's cue is named by it ("the Donetsk region of
    Ukraine", "the Grangetown area of Middlesbrough")."""
    return (
        ctx.words[end].islower()
        and cue_end + 1 < len(ctx.words)
        and ctx.lowers[cue_end] == "of"
        and caps[cue_end + 1]
    )


def _qualifying(
    ctx: Context, start: int, end: int, cue_end: int, candidates: tuple[Entry, ...]
) -> bool:
    """Whether a country's name before a place-type word qualifies it rather than being named
    by it: an abbreviation ("the U.S. state", "a UK county") or a cue that goes on with "of"
    ("the U.S. state of Georgia", "the Nepal province of Bagmati"). A name with a reading
    that is no country is left to the cue ("Georgia state", "Mexico City")."""
    if not candidates or any(e.type != "country" for e in candidates):
        return False
    abbreviated = not any(
        c.islower() for c in ctx.text[ctx.token_chars[start] : ctx.token_ends[end - 1]]
    )
    return abbreviated or (cue_end < len(ctx.lowers) and ctx.lowers[cue_end] == "of")


_SETTLEMENT_CUES = frozenset({"town", "city", "village"})
"""Lower-case cues that a state's or a country's name qualifies as an adjective ("an Iowa
town", "a Texas city"), where a place of the name and the cue is rarely meant."""


def _state_named(ctx: Context, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether tokens ``start`` to ``end`` name a country, a state or a county that no city
    of the name lies in ("Iowa town": the only Iowa city is in Louisiana), or one after "a"
    or "an" ("a Texas city"); "Hualien city", "Nakuru town" name their region's seat."""
    key = name_key(ctx, start, end)
    if key is None:
        return False
    found = gaz.lookup(key)
    states = [e for e in found if e.type in ("country", "admin1", "admin2")]
    if not states:
        return False
    if start > 0 and ctx.lowers[start - 1] in ("a", "an"):
        return True
    if any(e.type == "city" for e in gaz.lookup(f"{key} {ctx.words[end].capitalize()}")):
        return False  # "Hualien city", "Kuwait city": the city named so
    return not any(c.type == "city" and any(_inside(c, state) for state in states) for c in found)


def _inside(city: Entry, state: Entry) -> bool:
    """Whether ``city`` may lie in ``state`` (a country, or a region its codes do not rule out)."""
    if city.country_code != state.country_code:
        return False
    return (
        state.type == "country"
        or city.admin1 is None
        or city.admin1 == state.admin1
        or city.region == state.region
    )


def cue_mentions(ctx: Context, gaz: Gazetteer, words: Words) -> list[Mention]:
    """Names with a place-type word after them, singular and plural."""
    found, lowers, texts, starts = [], ctx.lowers, ctx.words, words.cue_starts
    caps = capitals(ctx)
    for last in capital_tokens(ctx):
        end = last + 1
        if end == len(texts):
            break  # the last token: no cue after it
        if lowers[end] not in starts and texts[end] not in starts and " " not in lowers[end]:
            continue  # ``_after_cue``'s first test, without a call for most names
        cue = _after_cue(words, ctx, end)
        if cue is None:
            continue
        cue_end, kind, plural = cue
        if plural:
            found += _plural(ctx, gaz, words, caps, end, kind)
            continue
        ethnic = ctx.lowers[end] == "autonomous"
        start = _name_before(ctx, words, caps, end, ethnic)
        if start is None or _hyphen_glued_before(ctx, start):
            continue  # "Dasht-e-Barchi neighbourhood": no "Barchi neighbourhood"
        start = _with_particles(ctx, gaz, caps, start, end)
        start = _with_demonym(ctx, gaz, words, kind, start, end)
        if caps[end]:
            start = _name_with_cue(ctx, gaz, start, end, cue_end)
        if kind.keeps_city and _town_pair(ctx, gaz, start, end):
            continue  # "the Dallas-Fort Worth area": its two cities, as named alone
        if not caps[end] and lowers[end] in _SETTLEMENT_CUES and _state_named(ctx, gaz, start, end):
            continue  # "tears through Iowa town", "a Texas city": the state's, named alone
        candidates = _cue_candidates(ctx, gaz, words, start, end, cue_end)
        if not candidates and texts[end].isupper() and texts[start].isupper():
            upper = _upper_name(ctx, gaz, start, end, cue_end)
            if upper is None:
                continue  # "SIN CITY", "UNION COUNTY": a headline's words in upper case
            start, candidates = upper
        if not candidates and start > 0 and ctx.lowers[start - 1] in _INDEFINITE:
            continue  # "a Rohingya refugee camp": a kind of camp, no name the gazetteer lacks
        if kind.type != "country" and _qualifying(ctx, start, end, cue_end, candidates):
            continue  # "the U.S. state of Georgia": the country qualifies the cue; its name alone
        if lowers[end] in _STATE_CUES and _state_of(ctx, gaz, caps, candidates, end, cue_end):
            # "the Gulf state of Qatar", "the Sahel state of Burkina Faso": words that describe
            # Qatar, no place; the caller blocks them (``DESCRIPTOR``)
            found.append(Mention(start, cue_end, (), DESCRIPTOR, kind))
            continue
        part = kind.keeps_city or lowers[end] in _INNER_PARTS
        if (
            (kind.type in _TOWNS or lowers[end] in _INNER_PARTS)
            and _of_name(ctx, caps, end, cue_end)
            and (not part or _part_after(ctx, gaz, words, caps, end) is not None)
        ):
            # "the West Bank town of Jenin": the region qualifies the town, "the London
            # borough of Croydon" the part; its name alone
            continue
        if lowers[end] == "district" and texts[end - 1] in words.services:
            continue  # "the Auburn Water District said": a public body, no district
        if lowers[end] == "district" and cue_end < len(texts) and lowers[cue_end] in _OFFICES:
            # "the Fulton County District Attorney", "the Manhattan district attorney",
            # "Harris County District Court": a prosecutor's or a court's district, named by
            # the place before it
            continue
        if texts[end] == "City" and _nicknamed_town(ctx, gaz, candidates, start, cue_end):
            continue  # "Sin City", "the Emerald City": no Iranian or Australian town
        if texts[end] == "City" and not candidates and _nickname(ctx, gaz, start, cue_end):
            continue  # "the Windy City": Chicago's alternate name, no town of its own
        if texts[end] in _CLUB_TITLES and _british_club(ctx, gaz, candidates, start, cue_end):
            continue  # "Manchester City paid Aston Villa £100m", "Luton Town fans": a club
        if _plausible(ctx, words, start, candidates):
            found.append(Mention(start, cue_end, candidates, "cue", kind, strong=True))
    return found


DESCRIPTOR = "descriptor"
"""The rule of a ``cue_mentions`` stretch that describes the place after it and names none
("the Gulf state of Qatar"): its tokens are no place's."""
_STATE_CUES = frozenset({"state", "emirate"})
"""Cues that also name sovereign states ("the Gulf state of Qatar")."""


def _state_of(
    ctx: Context,
    gaz: Gazetteer,
    caps: tuple[bool, ...],
    candidates: tuple[Entry, ...],
    end: int,
    cue_end: int,
) -> bool:
    """Whether a name and "state" (or "emirate") before "of" and a country or a first-level
    region describe the later name ("the Gulf state of Qatar", "the Sahel state of Burkina
    Faso", "the Midwestern state of Iowa", "the Gulf emirate of Dubai"), rather than being
    the later country's state of that name and type ("the Rakhine state of Myanmar", "the
    Blue Nile state of Sudan")."""
    if cue_end + 1 >= len(ctx.words) or ctx.lowers[cue_end] != "of" or not caps[cue_end + 1]:
        return False
    match = longest(ctx, gaz, cue_end + 1, caps)
    if match is None:
        return False
    named = [e for e in match[1] if e.type in ("country", "admin1")]
    if not named:
        return False
    countries = {e.country_code for e in named if e.type == "country"}
    cue = ctx.lowers[end]
    return not any(
        e.type == "admin1"
        and e.country_code in countries
        and e.iso_type is not None
        and e.iso_type.lower() == cue
        for e in candidates
    )


_OFFICES = frozenset({"attorney", "attorneys", "court", "courts", "judge", "judges"})
"""Words after "district" that make it a prosecutor's or a court's ("district attorney")."""


_CITY_FLOOR = 50_000
"""Least population of a town whose name before a capitalized "City" the gazetteer lacks as
a whole makes it that town ("Davao City", "Tacloban City"; not "Sin City")."""


def _nicknamed_town(
    ctx: Context, gaz: Gazetteer, candidates: tuple[Entry, ...], start: int, cue_end: int
) -> bool:
    """Whether a name before a capitalized "City" is read only as towns under
    ``_CITY_FLOOR`` while the gazetteer lacks the whole name: a nickname ("Sin City", Las
    Vegas, is no Iranian village; "the Emerald City" no town in Queensland), since a town
    written with its "City" is a city ("Davao City"; "Jersey City", "Old City" are names
    of their own)."""
    if not candidates or any(e.type != "city" or e.population >= _CITY_FLOOR for e in candidates):
        return False
    whole = name_key(ctx, start, cue_end)
    return whole is None or not gaz.lookup(whole)


_CLUB_TITLES = frozenset({"City", "Town"})
"""Capitalized cue words after a British or Irish town that name its football club."""


def _british_club(
    ctx: Context, gaz: Gazetteer, candidates: tuple[Entry, ...], start: int, cue_end: int
) -> bool:
    """Whether a British or Irish town's name before a capitalized "City" or "Town" names a
    football club ("Manchester City", "Leicester City", "Cardiff City", "Luton Town",
    "Ipswich Town"): no town there is written with "City" or "Town", and the gazetteer lacks
    the whole name ("Derry City" is the club too; "Cape Town", "George Town" are towns). The
    name's most populous town decides (Manchester, England, not New Hampshire's)."""
    if not candidates:
        return False
    if max(candidates, key=lambda e: e.population).country_code not in ("GB", "IE"):
        return False
    whole = name_key(ctx, start, cue_end)
    return whole is None or not gaz.lookup(whole)


def _nickname(ctx: Context, gaz: Gazetteer, start: int, cue_end: int) -> bool:
    """Whether a name ending in "City" whose first words name no place is a city's alternate
    name ("the Windy City", "the Motor City"): read by the alternate name, not as a town the
    gazetteer lacks."""
    whole = name_key(ctx, start, cue_end)
    return whole is not None and bool(gaz.match(whole)[1])


def _plural(
    ctx: Context, gaz: Gazetteer, words: Words, caps: tuple[bool, ...], end: int, cue: Cue
) -> list[Mention]:
    """ "Harris and Fort Bend counties", "Kottayam, Idukki and Wayanad districts"."""
    found: list[Mention] = []
    compassed = False
    while True:
        start = _name_before(ctx, words, caps, end)
        if start is None and end > 0 and caps[end - 1] and ctx.lowers[end - 1] in words.compass:
            # "the Western and Ashanti regions": a compass word, no people's word, in a list
            # beside a name of its own
            start, compassed = end - 1, True
        peoples = start is None and "admin2" in cue.prefers and end > 0 and caps[end - 1]
        if peoples:
            start = end - 1  # "Sangamon and Christian counties": a county named like a people
        if start is None:
            break
        name = name_key(ctx, start, end) or ""
        candidates = gaz.county(name) if "admin2" in cue.prefers else ()
        if peoples and not candidates:
            break  # only a county of that name makes a people's word one
        if cue.type in _UNITS and gaz.cued:
            candidates = candidates or gaz.cued_region(name)
        candidates = candidates or gaz.lookup(name)
        if cue.type in _REGION_CUES and not any(e.type in _UNITS for e in candidates):
            candidates = _named_with_singular(gaz, words, name, cue) or candidates
        if not _plausible(ctx, words, start, candidates):
            break
        found.append(Mention(start, end, candidates, "plural_cue", cue, strong=True))
        if start < 2 or ctx.lowers[start - 1] not in ("and", ",", "&"):
            break
        end = start - 1
    # One name is no list: "Gulf states", "Baltic states" are countries of a region, "Kerala
    # districts" the districts of a state; the name is read on its own.
    if len(found) < 2:
        return []
    if compassed and all(ctx.lowers[m.start] in words.compass for m in found):
        return []  # "the Western and Eastern regions" name no country
    return found[::-1]


def _cued_names(
    ctx: Context, gaz: Gazetteer, cue: Cue, match: Match | None, i: int, end: int
) -> tuple[tuple[Entry, ...], tuple[Entry, ...]]:
    """Candidates and alternates of the name at tokens ``i``-``end`` after a cue: a unit's cue
    reads the regions the gazetteer files by their cued name first ("the province of Cebu",
    "the provinces Cebu and Bohol")."""
    candidates, alternates = (match[1], match[2]) if match else ((), ())
    if cue.type in _UNITS and gaz.cued:
        cued = gaz.cued_region(ctx.text[ctx.token_chars[i] : ctx.token_ends[end - 1]])
        if cued:
            return cued, ()
    return candidates, alternates


def before_cue_mentions(ctx: Context, gaz: Gazetteer, words: Words) -> list[Mention]:
    """ "the city of Pu'er", "hamlets of Anzac and Gregoire Lake Estates", "County Durham"."""
    found: list[Mention] = []
    caps = capitals(ctx)
    for lead in _leads(words, ctx.text):
        kind = lead.group("cue")
        if kind is None and _county_of_name(ctx, caps, lead.start("county")):
            continue  # "Harris County Judge Lina Hidalgo": the county is Harris
        short = kind is None and not lead.group("county").lower().startswith("county")
        if short and ctx.text[lead.start("county")] != "C":
            continue  # "co" in lower case is no county's "Co."
        if kind is not None and _ranked(ctx, words, lead.start("cue")):
            continue  # "the second city of Lebanon" names the country, not a city
        cue = words.cues.after["county"] if kind is None else words.cues.before[_squash(kind)]
        inside: tuple[Entry, ...] | None = None
        if kind is not None and _squash(kind) in _INNER_PARTS:
            at = ctx.token_at(lead.start("cue"))
            inside = _part_after(ctx, gaz, words, caps, at)
            if inside is None and (caps[at - 1] or not lead.group().lower().startswith("the")):
                continue  # "a suburb of Paris", "the Meyerland neighborhood of Houston"
        plural = kind is not None and _squash(kind).rpartition(" ")[2] in words.plurals
        i = ctx.token_at(lead.end())
        # "County Down" is the county's name, written whole: the span opens with "County".
        first = ctx.token_at(lead.start("county")) if kind is None else i
        if kind is not None and _named_with_cue(ctx, gaz, caps, ctx.token_at(lead.start("cue")), i):
            continue  # "the District of Columbia": the cue opens the region's own name
        listed = len(found)
        while i < len(ctx.words):
            match = longest(ctx, gaz, i, caps)
            if match is not None and _glued_hyphen(ctx, caps, match[0]):
                match = None  # "the village of Al-Haouz": no Ål, Norway, in its first part
            elif match is not None and _particle_only(ctx, caps, i, match[0]):
                match = None  # "the province of Al Haouz": no Ål either
            elif match is not None and _name_goes_on(ctx, words, caps, match[0]):
                match = None  # "the hamlet of Lang Nu": a name the gazetteer lacks, no Lang
            end = match[0] if match else _hyphened_run_end(ctx, caps, i)
            if end <= i:
                break
            candidates, alternates = _cued_names(ctx, gaz, cue, match, i, end)
            if inside:  # "the London neighbourhood of Kensington": none of the US towns
                candidates = tuple(e for e in candidates if any(contains(o, e) for o in inside))
                alternates = tuple(e for e in alternates if e in candidates)
            if kind is None:  # "County Durham", "County Kerry": British and Irish counties
                countries = words.county_prefix_countries
                candidates = tuple(e for e in candidates if e.country_code in countries)
                if short:  # "Co. Kerry": only a county the gazetteer has, never an unknown
                    candidates = tuple(e for e in candidates if e.type == "admin2")
                    if not candidates:
                        break
            if not candidates and _titled_lead(ctx, lead):
                break  # "City of Glass" (a novel), "City of Hope" (a hospital): a title
            found.append(Mention(first, end, candidates, "before_cue", cue, alternates, True))
            i = _next_listed(ctx, end, plural)
            if i <= end or not caps[i]:
                break  # "the suburb of Katy and the Houston suburb of": a phrase of its own
            if kind is None and ctx.lowers[i] == "county":
                break  # "County Down and County Antrim": the next lead reads its own
            first = i
        if plural and len(found) - listed < 2:
            del found[listed:]  # "the provinces of China", "the districts of Mumbai": inside
    return found


def _titled_lead(ctx: Context, lead: re.Match[str]) -> bool:
    """Whether a before-cue lead is written as a title: its cue capitalized with no article
    ("City of Glass", "Town of Hope"; not "the City of London"), so a name after it that the
    gazetteer lacks names a work or a body, no place."""
    if lead.group("cue") is None:  # (matched on lower-cased text: read the case in ``ctx``)
        return False
    return ctx.text[lead.start("cue")].isupper() and not lead.group().lower().startswith("the")


def _part_after(
    ctx: Context, gaz: Gazetteer, words: Words, caps: tuple[bool, ...], cue: int
) -> tuple[Entry, ...] | None:
    """Readings of the place named right before a part's cue at token ``cue`` ("the Houston
    suburb of Katy", "the Brooklyn neighborhood of Bushwick") where the part is the name
    after "of": the gazetteer has the name before, and the name after is unknown to it or
    smaller ("the Meyerland neighborhood of Houston", "the Kensington neighborhood of
    Philadelphia" name the part before); None otherwise."""
    start = _name_before(ctx, words, caps, cue) if cue > 0 and caps[cue - 1] else None
    if start is None:
        return None
    match = longest(ctx, gaz, start, caps)
    if match is None or match[0] != cue:
        return None
    later = longest(ctx, gaz, cue + 2, caps) if cue + 2 < len(ctx.words) else None
    if later is not None and _largest(later[1]) >= _largest(match[1]):
        return None
    return match[1]


def _largest(entries: tuple[Entry, ...]) -> float:
    """The most people of the readings; a region or a country outweighs every town."""
    return max((e.population if e.type == "city" else math.inf for e in entries), default=0.0)


def plural_list_mentions(ctx: Context, gaz: Gazetteer, words: Words) -> list[Mention]:
    """Two names or more listed right after a plural cue without "of" ("the counties Galway
    and Mayo", "Counties Cork and Kerry"), typed as the cue types them; the cue opens its
    sentence or follows a plain word ("the", "in", "two"), not a name or an adjective that
    makes a group of countries of it ("Gulf states"; no such cue is listed)."""
    found: list[Mention] = []
    caps, lowers, plurals = capitals(ctx), ctx.lowers, words.list_plurals
    last = -1
    for i in capital_tokens(ctx):
        if i == 0 or i <= last or lowers[i - 1] not in plurals:
            continue
        lead = i - 2
        opens = lead < 0 or lead + 1 in ctx.sentence_tokens
        if not (opens or lowers[lead] in words.list_plural_leads):
            continue
        cue = words.plurals[lowers[i - 1]]
        listed: list[Mention] = []
        while i < len(ctx.words):
            match = longest(ctx, gaz, i, caps)
            end = match[0] if match else _run_end(ctx, i)
            if end <= i:
                break
            candidates, alternates = _cued_names(ctx, gaz, cue, match, i, end)
            if not candidates:
                break  # "in two districts Monday and Tuesday": only names the gazetteer has
            listed.append(Mention(i, end, candidates, "before_cue", cue, alternates, True))
            last = end
            i = _next_listed(ctx, end, True)
            if i <= end:
                break
        if len(listed) > 1:
            found += listed
    return found


def _next_listed(ctx: Context, end: int, plural: bool) -> int:
    """The first token of the name listed after the one ending at ``end`` ("X and Y"; after a
    plural cue also "X, Y, or Z"), or ``end`` where none is."""
    lowers, j = ctx.lowers, end
    if plural and j < len(lowers) and lowers[j] == ",":
        j += 1
    if j < len(lowers) and lowers[j] in ("and", "or") and (plural or j == end):
        j += 1
    return j if j > end and j < len(lowers) and (plural or lowers[end] == "and") else end


def _named_with_cue(
    ctx: Context, gaz: Gazetteer, caps: tuple[bool, ...], cue: int, first: int
) -> bool:
    """Whether a capitalized cue and the name after its "of" are one gazetteer name of no
    town ("District of Columbia"), which the names found on their own then give whole."""
    if not caps[cue]:
        return False
    match = longest(ctx, gaz, first, caps)
    end = match[0] if match else _run_end(ctx, first)
    return end > first and _place_name_over(ctx, gaz, caps, cue, end, towns=False)


def _county_of_name(ctx: Context, caps: tuple[bool, ...], char: int) -> bool:
    """Whether the "County" at character ``char`` ends a name before it ("Harris County")
    rather than opening one ("County Durham")."""
    i = ctx.token_at(char)
    return i > 0 and caps[i - 1] and ctx.words[i - 1] not in FUNCTION_WORDS


def _ranked(ctx: Context, words: Words, char: int) -> bool:
    """Whether a rank ("second", "largest") stands before the cue at character ``char``."""
    i = ctx.token_at(char)
    before = ctx.lowers[i - 1] if i > 0 else ""
    return before in words.ranks or (len(before) > 4 and before.endswith("est"))


_CASED = LazyPattern(r"[a-z \-]", re.IGNORECASE)
_WORD = LazyPattern(r"\w")


@cache
def _lowers_alike(char: str) -> bool:
    """Whether a non-ASCII ``char`` meets ``Words.before_cue`` as its lower case meets
    ``before_cue_lower``: one character, like no ASCII letter for IGNORECASE ("ſ" is "s",
    the Kelvin sign "k"), a word character in both cases or in neither (for ``\b``)."""
    low = char.lower()
    word = _WORD.match(char) is not None
    return len(low) == 1 and not _CASED.match(char) and word == (_WORD.match(low) is not None)


def _leads(words: Words, text: str) -> Iterator[re.Match[str]]:
    """``words.before_cue`` matches in ``text``, found in lower case where that is the same."""
    if all(map(_lowers_alike, non_ascii(text))):
        lower = text.lower()  # groups read lower-cased
        if "  " in lower:  # ``before_cue_reach`` counts single spaces
            return words.before_cue_lower.finditer(lower)
        pattern = words.before_cue_lower
        return (
            m
            for a, b in _windows(lower, words.before_cue_ends, words.before_cue_reach)
            for m in pattern.finditer(lower, a, b)
        )
    return words.before_cue.finditer(text)


def _windows(lower: str, ends: tuple[str, ...], reach: int) -> list[tuple[int, int]]:
    """Stretches of ``lower`` (single-spaced) that hold every ``before_cue`` match, so that
    the pattern need not be tried at every character: from ``reach`` characters before each
    " of " that follows a cue's last word (``ends``) to the letter after it ("city of P"),
    and from each "county" to the letter after its space ("County Durham"), merged where
    they overlap. Cutting the text short only takes matches away, and no match reaches out of
    its stretch: matching inside the stretches finds what matching the whole text finds."""
    anchors = sorted(
        [(a, a + len(" of x")) for a in _find_all(lower, " of ") if lower.endswith(ends, 0, a)]
        + [(a, a + len("county x")) for a in _find_all(lower, "county")]
        + [(m.start() - 1, m.start() + len("co. x")) for m in _co_finds(lower)]
    )
    windows: list[tuple[int, int]] = []
    for anchor, end in anchors:
        start = max(0, anchor - reach)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


_CO = re.compile(r"\bco\.? ")
"""The Irish "Co." or "Co" of a county, a word wherever it stands (after a space, a line
break, a bracket or at the start of the text: "cO I" opens its text)."""


def _co_finds(lower: str) -> Iterable[re.Match[str]]:
    """``_CO``'s matches in ``lower``: searched only where "co " or "co. " stands (1 text in
    5): its leading word boundary keeps re from skipping ahead to a "c" in C."""
    return _CO.finditer(lower) if "co " in lower or "co. " in lower else ()


def _find_all(text: str, word: str) -> list[int]:
    """Offsets of ``word`` in ``text`` (``str.find`` skips the rest in C)."""
    found: list[int] = []
    i = text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


def _hyphen_glued_before(ctx: Context, start: int) -> bool:
    """Whether a hyphen glued on both sides stands right before token ``start``: the name
    there is the end of a longer hyphenated one the capitalized run did not take
    ("Dasht-e-Barchi", "Ras al-Ain")."""
    return (
        start > 1
        and ctx.words[start - 1] in ("-", "–")
        and ctx.token_ends[start - 2] == ctx.token_chars[start - 1]
        and ctx.token_ends[start - 1] == ctx.token_chars[start]
    )


def _particle_only(ctx: Context, caps: tuple[bool, ...], start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are one article or particle that opens a longer
    capitalized name ("Al" of "Al Haouz", "El" of "El Fasher"): no name on its own."""
    return (
        end - start == 1
        and ctx.lowers[start] in _OPENING_PARTICLES
        and end < len(caps)
        and caps[end]
        and ctx.token_ends[start] < ctx.token_chars[end]
    )


_OPENING_PARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "la", "le", "les", "los", "las"}
    | {"de", "da", "do", "du", "di", "del", "der", "den", "van", "von"}
)
"""Articles and particles that open names ("Al Haouz", "La Palma", "Van Buren")."""


def _glued_hyphen(ctx: Context, caps: tuple[bool, ...], end: int) -> bool:
    """Whether token ``end`` is a hyphen glued between the capitalized word before it and
    one after it: a name ending at ``end`` is only a part of a hyphenated one ("Al-Haouz")."""
    return (
        end + 1 < len(caps)
        and ctx.words[end] in ("-", "–")
        and caps[end + 1]
        and ctx.token_ends[end - 1] == ctx.token_chars[end]
        and ctx.token_ends[end] == ctx.token_chars[end + 1]
    )


def _name_goes_on(ctx: Context, words: Words, caps: tuple[bool, ...], end: int) -> bool:
    """Whether the capitalized name after a cue goes on past a gazetteer name ending at token
    ``end``: a capitalized word follows that is no common word, month or weekday ("the
    hamlet of Lang Nu"; not "the city of Kharkiv Monday")."""
    return (
        end < len(caps)
        and caps[end]
        and (ctx.words[end] not in words.common or ctx.words[end] in NAME_GENERICS)
    )  # "the town of Lyons Falls": "Falls" is a common word, but goes on the name


def _hyphened_run_end(ctx: Context, caps: tuple[bool, ...], i: int) -> int:
    """``_run_end``, going on over glued hyphens ("Kafr-Nabl", "El-Fasher") and over a
    lower-case article glued to the next capitalized word ("Khatm al-Shakla", "Ras al-Ain")."""
    end = _run_end(ctx, i)
    while end > i and end - i < _HYPHENED_REACH:
        if _glued_hyphen(ctx, caps, end):
            end = _run_end(ctx, end + 1)
        elif glued_article(ctx, caps, end):
            end = _run_end(ctx, end + 2)
        else:
            break
    return end


_HYPHENED_REACH = 6
"""Most tokens of a hyphenated name after a cue."""


def _run_end(ctx: Context, i: int, limit: int = 4) -> int:
    """End of the run of capitalized tokens from ``i`` (at most ``limit``)."""
    caps, end = capitals(ctx), i
    while end < len(caps) and end - i < limit and caps[end]:
        end += 1
    return end


_JOINED = ("-", "'", "’")
"""Tokens inside a run when a capitalized token follows ("Guinea-Bissau")."""


def _runs(ctx: Context, doc: Doc, tokens: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Maximal runs of capitalized tokens (with hyphens and apostrophes inside) on one line,
    each started at the next of the capitalized ``tokens`` it does not reach (every run of the
    Doc for ``capital_tokens(ctx)``). ``doc`` is ``ctx.doc``: spaCy's ``like_num`` is read
    from the few tokens that need it, cheaper than a ``Doc.to_array`` of all of them."""
    texts, caps, after = ctx.words, capitals(ctx), 0
    text, starts = ctx.text, ctx.token_chars
    for i in tokens:
        if i < after:
            continue  # inside the run just found
        end = i + 1
        while (
            end < len(texts)
            and (
                caps[end]
                or (
                    texts[end] in _JOINED
                    and end + 1 < len(texts)
                    and caps[end + 1]
                    and not _spaced_dash(text, starts[end], texts[end])
                )
                or (caps[end - 1] and doc[end].like_num and not _house_number(caps, end))
            )
            and not glued(text, starts[end])  # "Visit 221|B Baker Street": a run of words
        ):
            end += 1
        after = end
        if glued(text, starts[i]):
            i += 1  # the "B" of "221B Baker Street", a house number's letter
        while i < end and texts[i] in FUNCTION_WORDS:
            i += 1
        if i < end:
            yield i, end


def _spaced_dash(text: str, char: int, token: str) -> bool:
    """Whether the hyphen token at ``char`` stands between spaces, a dash that ends a clause
    ("BERLIN, Nov 18 - Port of Spain's lower house": no facility "Nov 18 - Port"), not a
    hyphen inside a name ("Guinea-Bissau")."""
    return token == "-" and 0 < char < len(text) - 1 and text[char - 1].isspace()


def _house_number(caps: tuple[bool, ...], i: int) -> bool:
    """Whether the number at token ``i`` opens an address: a capitalized word follows it
    ("Visit 221 Baker Street" is no name; "Highway 66" and "Route 66" end with theirs)."""
    return i + 1 < len(caps) and caps[i + 1]


def _head_runs(ctx: Context, doc: Doc, words: Words) -> list[tuple[int, int]]:
    """The runs that hold a capitalized token a head phrase may end with ("Park", "Office"):
    no other run ends a facility's or an organization's name, since the last token of a run,
    its numbers left aside, is capitalized or a hyphen or an apostrophe (no head word). Each
    is found by ``_runs`` from the last token before it that no run reaches, not from the
    start of the Doc: a few runs per Doc instead of every one."""
    texts, caps, tokens = ctx.words, capitals(ctx), capital_tokens(ctx)
    found: list[tuple[int, int]] = []
    for head in tokens:
        if texts[head] not in words.head_ends and " " not in texts[head]:
            continue
        if found and head < found[-1][1]:
            continue  # inside the run just found
        scan = islice(tokens, bisect_left(tokens, _run_free(texts, caps, head)), None)
        for start, end in _runs(ctx, doc, scan):
            if end > head:  # the run that reaches ``head``, unless its start was cut off
                if start <= head:
                    found.append((start, end))
                break
    return found


def _run_free(texts: tuple[str, ...], caps: tuple[bool, ...], i: int) -> int:
    """Where ``_runs`` may start for token ``i`` and find the runs it finds from the start of
    the Doc: after the last token before ``i`` that no run reaches (neither capitalized, nor
    a hyphen or an apostrophe, nor after a capitalized token, so no run goes on through it),
    or at 0."""
    free = i - 1
    while free >= 0 and (caps[free] or texts[free] in _JOINED or (free > 0 and caps[free - 1])):
        free -= 1
    return free + 1


def _joined_start(ctx: Context, start: int) -> int:
    """Where an organization's name that the run at token ``start`` ends starts when "the",
    capitalized words and "and" stand before the run ("the Maritime and Port Authority":
    one name, no Togolese region); ``start`` otherwise."""
    caps, k = capitals(ctx), start - 2
    if k < 1 or ctx.lowers[start - 1] != "and":
        return start
    while k > 0 and caps[k] and start - k <= 4:
        k -= 1
    return k + 1 if k + 1 < start - 1 and ctx.lowers[k] == "the" else start


def _numbers_off(doc: Doc, start: int, end: int) -> int:
    """End of the run without its numbers ("National Highway 66")."""
    while end > start and doc[end - 1].like_num:
        end -= 1
    return end


def _head(ctx: Context, start: int, stop: int, heads: frozenset[str]) -> int | None:
    """Token where a head phrase ("Industrial Park", "Office") ending at ``stop`` starts."""
    for size in (3, 2, 1):
        if stop - size >= start and " ".join(ctx.words[stop - size : stop]) in heads:
            return stop - size
    return None


def facilities_and_organizations(
    ctx: Context, words: Words, gaz: Gazetteer
) -> tuple[list[Mention], set[int]]:
    """Facility mentions, and the tokens inside organization names (no place there)."""
    facilities, blocked, doc = [], set[int](), ctx.doc
    for start, end in _head_runs(ctx, doc, words):
        stop = _numbers_off(doc, start, end)
        last = ctx.words[stop - 1]  # a head phrase joins whole tokens with spaces
        if last not in words.head_ends and " " not in last:
            continue
        head = _head(ctx, start, stop, words.organization_heads)
        if head is not None and head > start:
            if not _place_name_over(ctx, gaz, capitals(ctx), start, stop):
                blocked.update(range(start, end))  # not "the West Bank", a place's own name
                blocked.update(range(_joined_start(ctx, start), start))
            continue
        head = _head(ctx, start, stop, words.facility_heads)
        if head is not None and head == stop - 1 and head > start and _person(ctx, words, head):
            blocked.update(range(head - 1, end))  # "mayor Andy Street", "Mr Street": no place
            continue
        if head is not None and (head > start or end > head + 1):
            if _town_named_so(ctx, words, gaz, start, end):
                continue  # "Menlo Park, California": the town, read as a name
            facilities.append(Mention(start, end, (), "facility", strong=True))
            blocked.update(range(start, end))
    for start, end, organization in _of_phrases(ctx, words, gaz):
        if organization:
            blocked.update(range(start, end))
        else:
            facilities.append(Mention(start, end, (), "facility", strong=True))
            blocked.update(range(start, end))
    return facilities, blocked


_ARTICLES = frozenset({"the", "a", "an"})
_STATES = frozenset({"admin1", "country"})


def _town_named_so(ctx: Context, words: Words, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether a facility's name is a town's the text qualifies as one: its region or country
    after a comma ("Menlo Park, California", "Overland Park, Kansas", "Highland Park, Ill.")
    or a town's cue and "of" before it ("the city of Highland Park"); "Hyde Park, London" and
    "Victoria Park, London" (no town of London) stay facilities."""
    text = ctx.text[ctx.token_chars[start] : ctx.token_ends[end - 1]]
    towns = [e for e in gaz.lookup(text) if e.type == "city"]
    if not towns:
        return False
    lowers = ctx.lowers
    if start > 1 and lowers[start - 1] == "of" and lowers[start - 2] in words.town_cues:
        return True
    if end + 1 >= len(lowers) or lowers[end] != ",":
        return False
    match = longest(ctx, gaz, end + 1, capitals(ctx))
    regions = match[1] if match is not None else gaz.abbreviation(ctx.words[end + 1])
    return any(r.type in _STATES and contains(r, t) for r in regions for t in towns)


def _person(ctx: Context, words: Words, head: int) -> bool:
    """Whether the one-word facility head at ``head`` is a person's surname: after an
    honorific ("Mr Street"), or after a first name with a role before it or a speech verb
    after ("the Conservative mayor Andy Street", "Andy Street said"), or where the Doc also
    writes the head after an honorific; alone, "George Street" stays a street."""
    texts = ctx.words
    before = texts[head - 1]
    if before in words.honorifics:
        return True
    if before not in words.first_names:
        return False
    if head > 1 and ctx.lowers[head - 2] in words.person_roles:
        return True
    lowers, after = ctx.lowers, head + 1
    if after < len(texts) and texts[after] == ",":
        after += 1
        if after + 1 < len(texts) and lowers[after] in _ARTICLES:
            after += 1  # "Andy Street, the mayor, said"
        if after < len(texts) and lowers[after] in words.person_roles:
            return True
    if after < len(texts) and lowers[after] in words.speech:
        return True
    surname = texts[head]
    return any(f"{h} {surname}" in ctx.text for h in words.honorifics)


def _of_phrases(ctx: Context, words: Words, gaz: Gazetteer) -> list[tuple[int, int, bool]]:
    """ "Bank of Mexico", "Insurance Council of Australia" (organizations), "Gulf of Mexico",
    "Bay of Bengal" (features named after a place, no place themselves) and "Port of Nagoya"
    (a facility): (start, end, no place)."""
    texts, caps, found = ctx.words, capitals(ctx), []
    for of in _ofs_between_capitals(ctx, caps):
        match = longest(ctx, gaz, of + 1, caps)
        end = match[0] if match else _run_end(ctx, of + 1)
        for size in (3, 2, 1):
            lead = " ".join(texts[max(0, of - size) : of])
            if of - size >= 0 and (
                lead in words.organization_before_of
                or lead in words.features
                or lead in words.features_of
            ):
                # A town named after an institution is the institution: "University of Texas"
                # (a census place on the campus); "King of Prussia" stays a town.
                towns = lead not in words.organization_heads
                if not _place_name_over(ctx, gaz, caps, of - size, end, towns):
                    found.append((of - size, end, True))
                break
            if of - size >= 0 and lead in ("Port", "Port Authority", "Airport"):
                if not (size == 1 and _place_name_over(ctx, gaz, caps, of - 1, end, True, 0)):
                    found.append((of - size, end, False))  # not "Port of Spain", a city
                break
    return found


def _place_name_over(
    ctx: Context,
    gaz: Gazetteer,
    caps: tuple[bool, ...],
    start: int,
    end: int,
    towns: bool = True,
    before: int = 3,
) -> bool:
    """Whether a gazetteer name covers the phrase ``start``-``end``, from it or from up to
    ``before`` capitalized words (and a possessive) before it: "Republic of Ireland",
    "Democratic Republic of Congo", "People's Republic of China" are countries, where "Bank of
    Mexico" is an organization. ``towns``: whether a name only cities bear counts."""
    for first in range(start, max(-1, start - 1 - before), -1):
        if first < start and not (caps[first] or ctx.words[first] in POSSESSIVES):
            break
        match = longest(ctx, gaz, first, caps)
        if match is not None and match[0] >= end:
            return towns or any(e.type != "city" for e in match[1])
    return False


def _ofs_between_capitals(ctx: Context, caps: tuple[bool, ...]) -> list[int]:
    """Tokens "of" between two capitalized tokens: found from the few capitalized tokens, not
    by comparing every token with "of"."""
    texts, limit = ctx.words, len(caps) - 2
    return [
        i + 1 for i in capital_tokens(ctx) if i < limit and caps[i + 2] and texts[i + 1] == "of"
    ]


def datelines(
    ctx: Context, gaz: Gazetteer
) -> list[tuple[Mention, Mention | None, tuple[Mention, ...]]]:
    """ "SPRINGFIELD, Ill. (AP) —" at the start of a line: (city, region) mentions, and the
    cities after the first of "LONDON/NEW YORK (Reuters) -"."""
    found = []
    for match in _dateline_matches(ctx.text):
        city = _city_mention(ctx, gaz, match.start("city"), match.end("city"))
        if city is None:
            continue
        others = []
        at = match.start("others")
        for part in match.group("others").split("/")[1:]:
            at += 1  # the slash
            other = _city_mention(ctx, gaz, at, at + len(part))
            at += len(part)
            if other is not None and other.candidates:
                others.append(other)
        region = None
        if match.group("region"):
            region = _char_mention(ctx, match.start("region"), match.end("region"), "abbreviation")
            text = match.group("region")
            found_region = gaz.abbreviation(text) or gaz.lookup(text)
            region = replace(region, candidates=found_region) if region and found_region else None
        if city.candidates and (region or _stamped(match) or _prominent(city)):
            found.append((city, region, tuple(others)))
    return found


def _stamped(match: re.Match[str]) -> bool:
    """Whether a dateline carries more than a name and a dash: a date or an agency."""
    return bool(match.group("date") or match.group("agency") or match.group("iso"))


def _prominent(city: Mention) -> bool:
    """Whether a bare "NAME - " line opens with a place, not with a headline's topic: a
    region, a country or a city of ``BIG_CITY`` ("CRICKET - ..." is no town in North
    Carolina, "RUGBY LEAGUE - ..." none in England)."""
    return any(e.type != "city" or e.population >= BIG_CITY for e in city.candidates)


def _city_mention(ctx: Context, gaz: Gazetteer, start: int, end: int) -> Mention | None:
    """A dateline's city at characters ``start:end``, read by names, then alternate names, as
    any name: "QUEBEC CITY" is Québec, and so is "QUEBEC": a prominent region's name is its
    city's there."""
    city = _char_mention(ctx, start, end, "dateline")
    if city is None:
        return None
    written = ctx.text[start:end]
    candidates, alternates = gaz.match(written.title())
    if not candidates and not written.istitle():  # "PORT-AU-PRINCE", "ST. JOHN'S"
        candidates, alternates = gaz.match(_title(written))
    if any(_prominent_region(gaz, e) for e in candidates) and any(
        e.type == "city" for e in candidates
    ):  # a dateline names a city: "QUEBEC (Reuters)" is Québec ("GAZA" stays the Strip)
        candidates = tuple(e for e in candidates if not _prominent_region(gaz, e))
    # so is a first-level region's name where its city is named alike: "SANTA CRUZ,
    # Bolivia" is Santa Cruz de la Sierra, "BANJUL", "PORT OF SPAIN" the capitals
    candidates = unseated(candidates, alternates)
    return replace(city, candidates=candidates, alternates=alternates)


def _title(name: str) -> str:
    """An upper-case name as place names write it: "Port-au-Prince", "St. John's" (where
    ``str.title`` gives "Port-Au-Prince", "St. John'S"): inner particles in lower case, an
    inner elided one too ("COEUR D'ALENE": "Coeur d'Alene", "VAL-D'OR": "Val-d'Or"), and the
    letter after an apostrophe when it ends the word."""
    parts = _PARTS.split(name.title())
    for k in range(2, len(parts), 2):  # the words after the first; odd items are separators
        if parts[k].lower() in _PARTICLES:
            parts[k] = parts[k].lower()
        elif _ELIDED.match(parts[k]):
            parts[k] = parts[k][0].lower() + parts[k][1:]
    return _APOSTROPHE_S.sub(lambda m: m.group().lower(), "".join(parts))


_PARTS = LazyPattern(r"([ -]+)")
_PARTICLES = frozenset(
    {"au", "aux", "of", "and", "the", "de", "du", "des", "da", "do", "dos", "das", "del", "di"}
    | {"la", "le", "les", "los", "las", "el", "en", "sur", "on", "upon", "under", "am", "im", "y"}
)
_APOSTROPHE_S = LazyPattern(r"['’]S\b")
_ELIDED = LazyPattern(r"[DL]['’]\w")
"""An elided "de" or "le" opening a word ("D'Alene", "D'Or")."""


def _prominent_region(gaz: Gazetteer, entry: Entry) -> bool:
    """Whether ``entry`` is a first-level region news means by its name alone ("Quebec")."""
    return entry.type == "admin1" and entry.key in gaz.prominent


def _dateline_matches(text: str) -> Iterator[re.Match[str]]:
    """``_DATELINE.finditer`` over the first ``_DATELINE_REACH`` characters."""
    stop = min(len(text), _DATELINE_REACH)
    for start in (0, *(m.start() + 1 for m in _LINE_OPENING.finditer(text, 0, stop))):
        match = _DATELINE.match(text, start, stop)
        if match is not None:
            yield match


def _char_mention(ctx: Context, start: int, end: int, how: str) -> Mention | None:
    span = ctx.doc.char_span(start, end)
    return None if span is None else Mention(span.start, span.end, (), how, strong=True)


_PARTY_STATE = LazyPattern(
    r"[DRI]-(?:(?<=[(,][DRI]-)|(?<=, [DRI]-))([A-Z][A-Za-z]*\.?(?: ?[A-Z][A-Za-z]*\.?)?)(?=[),])"
)
"""A US legislator's party and state: "(D-N.Y.)", ", R-W.Va.,"; group 1 is the state."""
_PARTY_OPENINGS = ("(D-", "(R-", "(I-", ",D-", ",R-", ",I-", " D-", " R-", " I-")
"""What ``_PARTY_STATE`` matches open with, as substrings: a few ``in`` tests rule out most
texts faster than one scan of the pattern (which opens with the party letter, not the
bracket or comma before it, for the same reason: the scan then looks for one character)."""


def party_mentions(ctx: Context, gaz: Gazetteer) -> list[Mention]:
    """State abbreviations after a legislator's party letter: "Rep. Alexandria Ocasio-Cortez
    (D-N.Y.)", "Sen. Joe Manchin, D-W.Va.," (states written out are names already)."""
    text = ctx.text
    if not any(opening in text for opening in _PARTY_OPENINGS):
        return []  # most articles name no legislator so ("COVID-19", "I-95" are no party's)
    found = []
    for match in _PARTY_STATE.finditer(text):
        regions = gaz.abbreviation(match[1])
        mention = _char_mention(ctx, *match.span(1), "abbreviation") if regions else None
        if mention is not None:
            found.append(Mention(mention.start, mention.end, regions, "abbreviation", strong=True))
    return found


def abbreviation_mentions(ctx: Context, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Region abbreviations right after "City, ": "Atlanta, Ga.", "Springfield, IL"."""
    found, caps = [], capitals(ctx)
    for mention in mentions:
        comma = mention.end
        if comma + 1 >= len(ctx.words) or ctx.words[comma] != ",":
            continue
        if not caps[comma + 1]:
            continue  # every abbreviation opens with a capital (a test keeps it so)
        for size in (2, 1):
            if comma + 1 + size > len(ctx.words):
                continue
            key = name_key(ctx, comma + 1, comma + 1 + size)
            regions = gaz.abbreviation(key) if key else ()
            if regions:
                found.append(
                    Mention(comma + 1, comma + 1 + size, regions, "abbreviation", strong=True)
                )
                break
    return found


def locative_abbreviations(ctx: Context, gaz: Gazetteer, words: Words) -> list[Mention]:
    """Dotted region abbreviations after a locative, before no capitalized word: "arrested in
    Okla.", "moved from Fla. into Ga.", "fires in B.C. spread"; not "500 B.C." nor a postal
    code ("in CA"), nor a title ("in Miss. Smith's class")."""
    found, texts, lowers = [], ctx.words, ctx.lowers
    caps, ends = capitals(ctx), words.locative_ends
    for i in capital_tokens(ctx):
        if not i or "." not in texts[i] or lowers[i - 1] not in ends:
            continue
        for size in (2, 1):  # "W.Va" "." split by the tokenizer
            end = i + size
            if end > len(texts) or (size == 2 and texts[i + 1] != "."):
                continue
            key = name_key(ctx, i, end)
            regions = gaz.abbreviation(key) if key and key.endswith(".") else ()
            if regions and (end == len(texts) or not caps[end]):
                found.append(Mention(i, end, regions, "abbreviation", strong=True))
                break
    return found


def appositive_mentions(ctx: Context, words: Words, found: Sequence[Mention]) -> list[Mention]:
    """A name the gazetteer lacks before a comma and an appositive that says what kind of
    town it is and where ("Chooralmala, a hamlet in the southern Indian state of Kerala",
    "Mundakkai, a small village on the hills", "Kibbutz Beeri, a community near the
    border"): a place of the cue's type, placed by the region after it (``component._owner``).
    One to three capitalized words no mention holds, none a common word, a title, a first
    name, a nationality or an acronym; the appositive is "a" or "an", at most three
    lower-case words, a town's cue (``APPOSITIVE_CUES``) and a locative ("a village elder",
    "a city official" name people)."""
    text, lowers, caps, texts = ctx.text, ctx.lowers, capitals(ctx), ctx.words
    made: list[Mention] = []
    at = text.find(", a")
    if at < 0:
        return made  # most texts: no appositive at all
    taken = {i for m in found for i in range(m.start, m.end)}
    names = {(m.start, m.end): m for m in found if m.how in ("name", "alternate")}
    while at >= 0:
        comma = ctx.token_at(at)
        at = text.find(", a", at + 3)
        if comma + 3 >= len(texts) or texts[comma] != "," or lowers[comma + 1] not in ("a", "an"):
            continue
        cue_at = comma + 2
        while cue_at < len(texts) and cue_at - comma <= 4 and lowers[cue_at] not in APPOSITIVE_CUES:
            if not (texts[cue_at].isalpha() and texts[cue_at].islower()):
                break
            cue_at += 1
        if cue_at + 1 >= len(texts) or lowers[cue_at] not in APPOSITIVE_CUES:
            continue
        if lowers[cue_at + 1] not in _APPOSITIVE_AFTER:
            continue  # "Smith, a village elder": a person
        start = comma
        while (
            start > 0
            and comma - start < _APPOSITIVE_RUN
            and (caps[start - 1] or _inner_hyphen(ctx, caps, start))
        ):
            start -= 1
        if start > 0 and (caps[start - 1] or _inner_hyphen(ctx, caps, start)):
            continue  # a longer name than a town's ("Severo-Kurilsk" has no town "Kurilsk")
        cue = words.cues.after[APPOSITIVE_CUES[lowers[cue_at]]]
        named = names.get((start, comma))
        if named is not None and (
            not (lowers[cue_at + 1] == "in" or _of_a_size(ctx, cue_at + 1))
            or cue.type not in _TOWNS
        ):
            continue  # "Rafah, a city on the border with Egypt": the border's other side
        if named is not None:  # "Kupiansk, a town in the Kharkiv region": the cue vouches
            towns = tuple(e for e in named.candidates if e.type == "city")
            if towns:
                alternates = tuple(e for e in named.alternates if e in towns)
                made.append(Mention(start, comma, towns, "cue", cue, alternates, True))
            continue
        if start == comma or not taken.isdisjoint(range(start, comma)):
            continue
        run = texts[start:comma]
        if any(w in FUNCTION_WORDS for w in run[:1]) or not all(
            (w.isalpha() or w in ("-", "'")) and not w.isupper() for w in run
        ):
            continue
        if _named_otherwise(words, run):
            continue  # "Monday, a day", "Mr Smith, a man", "Sarah, a villager"
        made.append(Mention(start, comma, (), "cue", cue, strong=True))
    return made


def such_as_mentions(ctx: Context, words: Words, found: Sequence[Mention]) -> list[Mention]:
    """Names the gazetteer lacks listed after a plural town cue and "such as" ("landslide-prone
    villages such as Puthumala and Mundakkai in Kerala"): localities of that cue, one list, so
    that the region after its last name places them all (``component._owner``). Each one to
    three capitalized words no mention holds, none a common word, a title, a first name or a
    nationality; names the gazetteer holds stay as they are, in the list."""
    text = ctx.text
    at = text.find(" such as ")
    if at < 0:
        return []  # most texts
    lowers, caps, texts = ctx.lowers, capitals(ctx), ctx.words
    starts = {m.start: m for m in found}
    taken = {i for m in found for i in range(m.start, m.end)}
    made: list[Mention] = []
    while at >= 0:
        i = ctx.token_at(at + 1)  # "such"
        at = text.find(" such as ", at + 9)
        if i < 1 or i + 2 >= len(texts) or lowers[i] != "such" or lowers[i + 1] != "as":
            continue
        cue = words.plurals.get(lowers[i - 1])
        if cue is None or cue.type != "locality":
            continue  # "cities such as", "countries such as": no cue of towns the gazetteer lacks
        j = i + 2
        while j < len(texts) and caps[j]:
            if j in starts:  # a name the gazetteer holds: listed as it is
                j = starts[j].end
            elif j in taken:
                break
            else:
                start = j
                while j < len(texts) and j - start < _APPOSITIVE_RUN and caps[j] and j not in taken:
                    j += 1
                run = texts[start:j]
                if any(
                    w in words.common
                    or w in words.titles
                    or w in words.nationalities
                    or w in words.first_names
                    or not w.isalpha()
                    for w in run
                ):
                    break
                made.append(Mention(start, j, (), "plural_cue", cue, strong=True))
            if j < len(texts) and lowers[j] == ",":
                j += 1
            if j < len(texts) and lowers[j] in ("and", "or"):
                j += 1
    return made


_SIZE_QUALIFIERS = frozenset({"about", "some", "around", "roughly", "nearly", "almost", "fewer"})


def _of_a_size(ctx: Context, i: int) -> bool:
    """Whether token ``i`` opens "of" and a number, maybe qualified ("a town of about 4,000
    people"): the cue tells the town's own size, so its name is the town."""
    j = i + 1
    if ctx.lowers[i] != "of" or j >= len(ctx.lowers):
        return False
    if ctx.lowers[j] in _SIZE_QUALIFIERS and j + 1 < len(ctx.lowers):
        j += 1
    return ctx.words[j][:1].isdigit()


APPOSITIVE_CUES = MappingProxyType(
    {
        "village": "village",
        "hamlet": "hamlet",
        "town": "town",
        "township": "township",
        "suburb": "suburb",
        "neighborhood": "neighborhood",
        "neighbourhood": "neighbourhood",
        "city": "city",
        "camp": "refugee camp",
        "district": "district",
        "county": "county",
        "province": "province",
    }
)
"""Words of an appositive after a name that make it a town of that cue's type."""
_APPOSITIVE_AFTER = frozenset(
    {"in", "on", "near", "outside", "of", "north", "south", "east", "west", "northeast"}
    | {"northwest", "southeast", "southwest", "about", "some", "close", "just", ",", "."}
)
"""Words after the appositive's cue: a place follows ("a village in"), no person's role
("a village elder")."""
_APPOSITIVE_RUN = 3


_QUALIFIED_AFTER = frozenset({"in", "near", "from", "outside", "of"})
"""Words before a name the gazetteer lacks and its region after a comma ("in Kuriga, Kaduna
state", "residents of Mai Mahiu, Nakuru county")."""


def _qualifier_ends(ctx: Context, end: int) -> bool:
    """Whether a region after a comma ends its phrase at token ``end`` ("in Kuriga, Kaduna
    state, on Friday"; not "Kaduna state officials")."""
    return end == len(ctx.words) or ctx.lowers[end] in (",", ".", ";", ":", ")", "on", "last")


_NEAR_RUN = 2
_NEAR_REGIONS = frozenset({"country", "admin1"})
"""Most capitalized words of a name the gazetteer lacks read by ``near_unknown_mentions``."""


def near_unknown_mentions(ctx: Context, words: Words, found: Sequence[Mention]) -> list[Mention]:
    """A name the gazetteer lacks between "near" and "in" and a country or a first-level
    region the article names ("made landfall near Khepupara in Bangladesh", "a village near
    Kuriga in Kaduna state"): a locality there, read with a village's cue, so that the
    region after it places it (``component._owner``). One or two capitalized words no
    mention holds, none a common word, a title, a feature's word ("near Lake Kivu in
    Rwanda" stays a feature), a national body, a first name nor an acronym ("near ISIS in
    Syria"); not after "in" ("at Google in India" is a company)."""
    lowers, caps, texts = ctx.lowers, capitals(ctx), ctx.words
    cue = words.cues.after["village"]
    taken = {i for m in found for i in range(m.start, m.end)}
    made: list[Mention] = []
    for region in found:
        at = region.start - 1  # the "in"
        if at < 2 or lowers[at] not in ("in", ",") or not region.candidates:
            continue
        if region.candidates[0].type not in _NEAR_REGIONS:
            continue  # its likeliest reading, listed first: "Florida", no Cuban town
        start = at
        while start > 0 and at - start < _NEAR_RUN and caps[start - 1] and start - 1 not in taken:
            start -= 1
        if start == at or start == 0:
            continue
        if lowers[at] == "in" and lowers[start - 1] != "near":
            continue
        if lowers[at] == "," and not (
            lowers[start - 1] in _QUALIFIED_AFTER and _qualifier_ends(ctx, region.end)
        ):
            continue  # "in March, Kaduna state officials said": no town "March"
        run = texts[start:at]
        if (
            not all(w.isalpha() and not w.isupper() for w in run)
            or any(w in words.features for w in run)
            or _named_otherwise(words, run)
        ):
            continue  # "near ISIS in Syria", "near Mr Smith in Ohio", "near Lake Kivu"
        made.append(Mention(start, at, (), "cue", cue, strong=True))
    return made


_GAP_JOINS = frozenset({"and", "or", "&"})
_GAP_TYPES = frozenset({"admin1", "admin2"})


def gapped_compass_mentions(
    ctx: Context, gaz: Gazetteer, words: Words, found: Sequence[Mention]
) -> list[Mention]:
    """The first of two regions named by compass words sharing one name ("North and South
    Carolina", "East and West Java", "the Eastern and Western Cape provinces"): the
    capitalized compass word before "and" (or "or", "&") and a region's compass word is the
    region its word and the shared name make, where the gazetteer has it in the country of
    the second ("North Dakota"); "North and South Korea" too, countries sharing a name;
    not "the North and South Carolina" read alone ("Northern and Eastern" name no region),
    nor a compass word that ends a name ("the Middle East and North Africa": no East Africa)."""
    lowers, texts = ctx.lowers, ctx.words
    made: list[Mention] = []
    for second in found:
        at = second.start
        if (
            at < 2
            or second.end - at < 2
            or not second.candidates
            or lowers[at] not in words.compass
            or lowers[at - 1] not in _GAP_JOINS
            or lowers[at - 2] not in words.compass
            or not texts[at - 2][:1].isupper()
        ):
            continue
        if any(m.start < at - 2 < m.end for m in found):
            continue  # "the Middle East and North Africa": "East" ends a name of its own
        shared = second.candidates[0]
        name = " ".join((texts[at - 2], *texts[at + 1 : second.end]))
        entries = tuple(
            e
            for e in gaz.lookup(name)
            if e.type == shared.type == "country"
            or (
                e.country_code == shared.country_code
                and (e.type == shared.type or (e.type in _GAP_TYPES and shared.type in _GAP_TYPES))
            )
        )
        if entries:
            made.append(Mention(at - 2, at - 1, entries, "cue", None, strong=True))
    return made


def _named_otherwise(words: Words, run: Sequence[str]) -> bool:
    """Whether a word of ``run`` is a common word, a title, a nationality or a first name: no
    word of the name of a place the gazetteer lacks."""
    return any(
        w in words.common
        or w in words.titles
        or w in words.nationalities
        or w in words.given_names
        or w in words.first_names
        for w in run
    )
