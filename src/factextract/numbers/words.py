"""Word checks around a numeral, from the number lexicon: plural nouns, year or count."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Literal

from pydantic import Field

from factextract import gazetteer, lexicons
from factextract.lexicons import Row
from factextract.patterns import LazyPattern

WordList = Literal[
    "identifier_nouns",
    "irregular_plurals",
    "year_context",
    "designator_words",
    "episode_nouns",
    "phrase_determiners",
    "not_name_words",
    "not_counted",
    "partitive_determiners",
    "object_pronouns",
    "modifier_adjectives",
    "measure_words",
    "age_words",
    "age_limits",
    "people_words",
    "ratio_words",
    "increment_words",
    "rank_words",
    "ly_words",
    "scale_words",
    "day_parts",
    "model_numbers",
    "craft_nouns",
    "cue_nouns",
    "count_nouns",
    "part_nouns",
    "clock_verbs",
    "reading_nouns",
    "life_verbs",
    "level_prepositions",
]
"""The word-list fields of ``lexicons.NumberWords``."""


@cache
def lexicon_set(field: WordList) -> frozenset[str]:
    """A word list of the number lexicon as a set: the lexicon keeps them as tuples, and a
    lookup in a tuple compares with every word."""
    return frozenset(getattr(lexicons.number_words(), field))


class NumberContext(Row):
    """``data/number_context.json``: word lists of the count rules kept apart from the
    number lexicon."""

    comment: str = ""
    time_shifts: tuple[str, ...]
    casualty_participles: tuple[str, ...]
    period_nouns: tuple[str, ...]
    parallel_prepositions: tuple[str, ...]
    material_heads: tuple[str, ...]
    superlatives: tuple[str, ...]
    level_cues: tuple[str, ...]
    level_followers: tuple[str, ...]
    poll_margins: tuple[str, ...]
    of_total_words: tuple[str, ...]
    scale_unit: str
    level_changes: tuple[str, ...]
    score_nouns: tuple[str, ...]
    forecasters: tuple[str, ...]
    forecast_verbs: tuple[str, ...]
    measure_adverbs: tuple[str, ...]
    plurals_in_is: tuple[str, ...]
    share_positions: tuple[str, ...]
    share_not_wholes: tuple[str, ...]
    share_followers: tuple[str, ...]
    subject_verbs: tuple[str, ...]
    poll_words: tuple[str, ...]
    lead_words: tuple[str, ...]
    implied_units: dict[str, str]
    implied_ranges: dict[str, tuple[Decimal, Decimal]] = Field(default_factory=dict)
    implied_links: tuple[str, ...]
    average_words: tuple[str, ...]
    tally_nouns: tuple[str, ...]
    one_nouns: tuple[str, ...]
    total_verbs: tuple[str, ...]
    total_nouns: tuple[str, ...]
    added_words: tuple[str, ...]
    more_cues: tuple[str, ...]
    more_after: tuple[str, ...]
    verb_objects: tuple[str, ...]
    group_adjectives: tuple[str, ...]
    pair_adjectives: tuple[str, ...] = ()
    parallel_count_prepositions: tuple[str, ...] = ()
    level_verbs: tuple[str, ...] = ()
    name_object_verbs: tuple[str, ...] = ()
    singulars_in_men: tuple[str, ...] = ()
    singulars_in_s: tuple[str, ...] = ()
    points_size_leads: tuple[str, ...] = ()
    level_change_verbs: tuple[str, ...] = ()
    dimension_adjectives: tuple[str, ...] = ()
    rating_nouns: tuple[str, ...] = ()
    thing_compounds: tuple[str, ...] = ()
    kind_compounds: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    temperature_words: tuple[str, ...] = ()
    reading_verbs: tuple[str, ...] = ()
    proportion_nouns: tuple[str, ...] = ()
    pair_leads: tuple[str, ...] = ()
    phone_verbs: tuple[str, ...] = ()
    give_verbs: tuple[str, ...] = ()
    container_nouns: tuple[str, ...]
    kind_nouns: tuple[str, ...] = ()
    modals: tuple[str, ...] = ()
    rank_leads: tuple[str, ...] = ()
    emergency_numbers: tuple[str, ...] = ()
    line_nouns: tuple[str, ...] = ()
    gerund_nouns: tuple[str, ...] = ()
    attribute_nouns: tuple[str, ...] = ()
    age_subjects: tuple[str, ...] = ()
    article_units: tuple[str, ...] = ()
    count_verbs: tuple[str, ...] = ()
    group_plurals: tuple[str, ...] = ()
    label_nouns: tuple[str, ...] = ()
    size_adjectives: tuple[str, ...] = ()
    head_plurals: tuple[str, ...] = ()
    of_compounds: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    mass_plurals: tuple[str, ...] = ()
    score_verbs: tuple[str, ...] = ()
    margin_words: tuple[str, ...] = ()
    margin_nouns: tuple[str, ...] = ()
    age_group_nouns: tuple[str, ...] = ()
    contest_nouns: tuple[str, ...] = ()
    event_nouns: tuple[str, ...] = ()
    sized_nouns: tuple[str, ...] = ()
    group_of_nouns: tuple[str, ...] = ()
    count_subjects: tuple[str, ...] = ()
    span_nouns: tuple[str, ...] = ()
    phrase_modifiers: tuple[str, ...] = ()
    category_owners: tuple[str, ...] = ()
    participle_adjectives: tuple[str, ...] = ()
    stat_nouns: tuple[str, ...] = ()
    life_object_verbs: tuple[str, ...] = ()
    slash_denominators: dict[str, str] = Field(default_factory=dict)


@cache
def number_context() -> NumberContext:
    return lexicons.load_object(NumberContext, "number_context.json")


@cache
def more_cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The cues of "another N" by their last word: "further" -> (("a", "further"),)."""
    cues: dict[str, list[tuple[str, ...]]] = {}
    for cue in number_context().more_cues:
        words = tuple(cue.split())
        cues.setdefault(words[-1], []).append(words)
    return {last: tuple(words) for last, words in cues.items()}


@cache
def give_verbs() -> frozenset[str]:
    """Verbs whose first object may be a place before a count: "sent Ukraine 300 missiles"."""
    return frozenset(number_context().give_verbs)


@cache
def phone_verbs() -> frozenset[str]:
    """Verbs before a phone number: "Call 911", "dialled 999"."""
    return frozenset(number_context().phone_verbs)


@cache
def modals() -> frozenset[str]:
    """Modal verbs, after which an identifier noun is a verb: "will stage 10 concerts"."""
    return frozenset(number_context().modals)


@cache
def count_verbs() -> frozenset[str]:
    """Identifier nouns that are also verbs of a count: "The herd numbers 5,000"."""
    return frozenset(number_context().count_verbs)


@cache
def group_plurals() -> frozenset[str]:
    """Capitalized plurals of a party's, a faith's or a force's members, which a capitalized
    spelled number counts: "Three Democrats voted no", "Six million Jews were killed"."""
    return frozenset(number_context().group_plurals)


@cache
def label_nouns() -> frozenset[str]:
    """Nouns of a game's parts whose bare number is a label: "on lap 78", "at hole 17"."""
    return frozenset(number_context().label_nouns)


@cache
def one_nouns() -> frozenset[str]:
    """The nouns of people a spelled "one" counts: "One person died"."""
    return frozenset(number_context().one_nouns)


@cache
def tally_nouns() -> frozenset[str]:
    """The nouns of a vote's tally: "218 votes to 214"."""
    return frozenset(number_context().tally_nouns)


@cache
def stat_nouns() -> frozenset[str]:
    """The nouns of a player's statistics: "Smith scored 28 points and Jones 22"."""
    return frozenset(number_context().stat_nouns)


@cache
def subject_verbs() -> frozenset[str]:
    """Verbs a bare count as a clause's subject may stand before ("576,000 face
    catastrophic levels"), that are also nouns of compounds ("300 face masks")."""
    return frozenset(number_context().subject_verbs)


@cache
def verb_objects() -> frozenset[str]:
    """Plurals that are a subject verb's object, never a compound's head: "Four face
    charges"."""
    return frozenset(number_context().verb_objects)


@cache
def time_shifts() -> frozenset[str]:
    """The words that make a time noun after them a whole date phrase ("last year")."""
    return frozenset(number_context().time_shifts)


@cache
def casualty_participles() -> frozenset[str]:
    """The outcomes of a casualty count ("killed", "injured"), for elided counts."""
    return frozenset(number_context().casualty_participles)


@cache
def period_nouns() -> frozenset[str]:
    """Plural nouns of what belongs to a period ("levels", "figures"): a year before them is
    that year's ("below 1990 levels"), not a count."""
    return frozenset(number_context().period_nouns)


@cache
def parallel_prepositions() -> frozenset[str]:
    """The prepositions of parallel phrases that carry a percentage's unit over to a bare
    number: "55 percent among men and 45 among women"."""
    return frozenset(number_context().parallel_prepositions)


@cache
def material_heads() -> frozenset[str]:
    """Head nouns of a compound material ("fuel oil", "iron ore"): the noun before stays."""
    return frozenset(number_context().material_heads)


@cache
def superlatives() -> frozenset[str]:
    """ "most", "least": a superlative's adverb, part of a counted phrase ("3 most important
    factors")."""
    return frozenset(number_context().superlatives)


@cache
def level_followers() -> frozenset[str]:
    """Words after a bare earlier level of a percentage ("up from 41 a year earlier")."""
    return frozenset(number_context().level_followers) | parallel_prepositions()


@cache
def of_total_words() -> frozenset[str]:
    """Words between "of" and a total that a part before counts: "5 of their last 6 games",
    "412 of the 650 seats"."""
    return frozenset(number_context().of_total_words)


@cache
def score_nouns() -> frozenset[str]:
    """Nouns of a game's result after a score ("a 1-4 defeat", "a 3-1 home win")."""
    return frozenset(number_context().score_nouns)


@cache
def forecasters() -> frozenset[str]:
    """Who forecasts a figure ("economists", "analysts"): after a number, maybe the subject of
    a clause that forecast it ("the 170,000 economists had expected")."""
    return frozenset(number_context().forecasters)


@cache
def forecast_verbs() -> frozenset[str]:
    """The verbs of such a clause ("expected", "forecast")."""
    return frozenset(number_context().forecast_verbs)


@cache
def measure_adverbs() -> frozenset[str]:
    """The words after a measure that say how far apart or how big things are ("21 days
    apart", "300 metres tall")."""
    return frozenset(number_context().measure_adverbs)


def scale_unit() -> str:
    """The unit id of a reading on a scale of magnitudes ("magnitude 6.1")."""
    return number_context().scale_unit


@cache
def share_positions() -> frozenset[str]:
    """Words before a fraction that make it a part of a period or place ("the first half")."""
    return frozenset(number_context().share_positions)


@cache
def share_not_wholes() -> frozenset[str]:
    """Nouns after a fraction and "of" that are no whole of a share ("a third of the way")."""
    return frozenset(number_context().share_not_wholes)


@cache
def share_followers() -> frozenset[str]:
    """Words besides stop words that may end "by a third" ("fell by a third compared with")."""
    return frozenset(number_context().share_followers)


@cache
def level_cue_ends() -> frozenset[str]:
    """The last words of the level cues ("from" of "up from"): the word right before a bare
    earlier level."""
    return frozenset(c.split()[-1] for c in number_context().level_cues)


def is_plural(word: str) -> bool:
    """Plural-looking head noun: villages, projects, people (no POS tagger on a blank pipe).

    >>> is_plural("villages"), is_plural("people"), is_plural("business"), is_plural("bus")
    (True, True, False, False)
    >>> is_plural("crisis"), is_plural("taxis"), is_plural("israelis")
    (False, True, True)
    >>> is_plural("policemen"), is_plural("specimen")
    (True, False)
    >>> is_plural("grandchildren"), is_plural("townspeople")
    (True, True)
    >>> is_plural("measles"), is_plural("news"), is_plural("outlets")
    (False, False, True)
    """
    if word in lexicon_set("irregular_plurals"):
        return True
    if word.endswith(_compound_plural_heads()):  # "grandchildren", "schoolchildren"
        return True
    if word.endswith("men") and len(word) > 5:  # "policemen", "gunmen"; not "specimen"
        return word.lower() not in _singulars_in_men()
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "'s")):
        return False
    if not word.endswith("is") or word in plurals_in_is():  # "crisis"; but "taxis"
        singulars = _singulars_in_s()  # "measles", "news", "economics"
        return word not in singulars and (word.islower() or word.lower() not in singulars)
    return word[:-1].lower() in _demonyms()  # "Israelis", "iraqis", "Sunnis"


@cache
def _demonyms() -> frozenset[str]:
    """The gazetteer's demonyms in lower case ("israeli", "sunni"), whose plurals in "-is" are
    no singulars like "crisis"."""
    return frozenset(d.lower() for d in gazetteer.stopwords().demonyms)


@cache
def _compound_plural_heads() -> tuple[str, ...]:
    """Irregular plurals long enough to end a compound plural with no "-s" ("grandchildren",
    "salespeople"); shorter ones ("men", "feet") end singulars too ("specimen")."""
    return tuple(w for w in lexicon_set("irregular_plurals") if len(w) >= 6)


@cache
def _singulars_in_men() -> frozenset[str]:
    """Singulars in "-men" ("specimen", "abdomen"), unlike "policemen"."""
    return frozenset(number_context().singulars_in_men)


@cache
def _singulars_in_s() -> frozenset[str]:
    """Singular nouns in "-s" ("measles", "news", "economics"), unlike "villages"."""
    return frozenset(number_context().singulars_in_s)


@cache
def plurals_in_is() -> frozenset[str]:
    """Plurals that end in "-is" like the singulars "crisis" and "basis": "taxis", "skis"."""
    return frozenset(number_context().plurals_in_is)


def year_is_count(text: str, start: int, end: int) -> bool:
    """Whether a four-digit number is a count ("2000 people") rather than a year ("in 2000",
    "2000", "below 1990 levels"): it is followed by a plural noun that names no period's
    things and not preceded by a year word.

    >>> year_is_count("about 2000 people", 6, 10), year_is_count("in 2000 people moved", 3, 7)
    (True, False)
    """
    following = _NEXT_WORD.match(text[end : end + 30])
    if following is None or not is_plural(following.group(1)):
        return False
    if following.group(1) in period_nouns():
        return False  # "below 1990 levels", "2019 figures": that year's
    previous = _WORDS.findall(text[max(0, start - 12) : start])
    return not (previous and previous[-1].lower() in lexicon_set("year_context"))


_NEXT_WORD = re.compile(r"\s+([a-z]+)")


_MODIFIER_AFTER = LazyPattern(r"-?([A-Za-z]{1,3})[ \u00a0]+([a-z]+)\b")


def _measure_modifier(text: str, end: int) -> bool:
    """A unit glued or hyphened to a number and a plural noun after it: the number measures
    that noun ("12 155mm shells": 12 shells of 155 mm, not 12,155 mm)."""
    found = _MODIFIER_AFTER.match(text, end)
    if found is None or found[1] not in lexicons.unit_index()[0]:
        return False
    return is_plural(found[2])


_CRAFT_AFTER = LazyPattern(r"[ \u00a0]+([A-Za-z]+)\b")
_WORD_AFTER = LazyPattern(r"[ \u00a0]+([A-Z][A-Za-z]*)(?![\w-])")  # not "500 Pro-Kremlin"
_MODEL_TAIL = LazyPattern(r"-\d+(?![\d.,]|[ \u00a0\u202f\u2009]\d{3})|(?:s|[A-Z])(?![A-Za-z])")
"""A model's dash number, plural or letter right after its number: "737-800", "737s",
"777F"."""


_COMPOUND_TAIL = LazyPattern(r"-[A-Za-z]")
"""A compound modifier's hyphen and word right after its number: "350-seat"."""


@cache
def designator_initials() -> frozenset[str]:
    """The first letters of the designator words."""
    return frozenset(w[0] for w in lexicon_set("designator_words"))


def names_model(text: str, end: int, tail: bool = False) -> bool:
    """Whether the words after a number ending at ``end`` make it part of a model name: a
    designator word ("737 MAX", "787 Dreamliner"); with ``tail``, also a model's dash
    number, plural or letter ("737-800", "737s", "777F"), which a count can have too ("5-7
    people", "the 1990s"), a model number of the lexicon before a noun of aircraft ("12 747
    jets"), or a unit that makes it measure the plural noun after ("12 155mm shells").

    >>> names_model("the 737 MAX jets", 7), names_model("737-800 jets", 3, tail=True)
    (True, True)
    >>> names_model("300 Chinese workers", 3), names_model("5-7 people", 1)
    (False, False)
    >>> names_model("its 65 MAX 9 jets", 6), names_model("the 737 MAX 9 jets", 7)
    (False, True)
    """
    if tail and (_MODEL_TAIL.match(text, end) or _COMPOUND_TAIL.match(text, end)):
        return True  # "12 737-800 jets", "20 350-seat jets": a model, a compound modifier
    if tail and _measure_modifier(text, end):
        return True
    if tail and text[end - 3 : end] in lexicon_set("model_numbers"):
        craft = _CRAFT_AFTER.match(text, end)  # "12 747 jets": 12 jets, not 12,747
        if craft is not None and craft.group(1).lower() in lexicon_set("craft_nouns"):
            return True
    if (
        text[end : end + 1] not in (" ", "\u00a0")
        or text[end + 1 : end + 2] not in designator_initials()
    ):
        return False  # most numbers: no capital after a space that starts a designator
    word = _WORD_AFTER.match(text, end)
    if word is None or word.group(1) not in lexicon_set("designator_words"):
        return False
    if word.group(1) != "Series" and _VARIANT_AFTER.match(text, word.end()):
        # "65 MAX 9 jets": the variant has its own number, so the one before is a count
        # unless it is a listed model number ("737 MAX 9"); "the 5 Series" names a model
        return text[end - 3 : end] in lexicon_set("model_numbers")
    return True


_VARIANT_AFTER = LazyPattern(r"[ \u00a0]\d{1,2}(?![\d.,:/%])")
"""A variant's number right after a designator word: "MAX 9", "Pro 2"."""


_WORDS = LazyPattern(r"[A-Za-z]+")
