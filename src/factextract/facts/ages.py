"""Ages: a person's (or a thing's) age stated with a number, read as a ``Quantity`` whose unit
is the age's time unit ("year", "month", "week", "day") and whose ``counted`` is "age".

"A 32-year-old man", "5-year-olds", "50 years old", "45 years of age", "aged 45", "aged over
70", "aged 18 to 24", "age 18", "at the age of 45", "people over 65", "children under 5",
"Zhao, 46, said", "the boy, 7, and", "children 5 to 11", "in his 60s" (60-69), "in her
early 30s" (30-33, approx).
A duration ("the 10-year bond", "a 30-year mortgage") stays the dates' business; an
organisation's age ("the 70-year-old company") is an age too.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from factextract import gazetteer, lexicons
from factextract.facts import numerals, qualifiers
from factextract.facts.counted import age_group_word, age_limit, age_subjects
from factextract.lexicons import Qualifier
from factextract.numbers.classify import AGE_RANGE_END
from factextract.numbers.words import lexicon_set
from factextract.patterns import LazyPattern

COUNTED = "age"
"""``Quantity.counted`` of an age."""
RULE = "age"
"""The rule (``span.id_``) of an age's quantity span."""
_MOST = 120
"""No person's age above this ("aged 200"); a thing's "-year-old" age may be any ("the
1,000-year-old temple")."""
_S = r"[ \u00a0]+"
_UNITS = {"year": "year", "month": "month", "week": "week", "day": "day"}

_OLD_AFTER = LazyPattern(
    rf"(?:-|{_S})(?P<unit>year|month|week|day)s?(?:-|{_S})old(?:s)?(?![\w-])"
    rf"|{_S}(?P<unit2>year|month|week|day)s?{_S}of{_S}age\b",
    re.IGNORECASE,
)
"""An age's unit after its number: "32-year-old", "5-year-olds", "50 years old", "3-month-old",
"45 years of age"."""
_RANGE_FIRST = LazyPattern(r"(?<![\w.,-])(\d{1,3})-?[ \u00a0]+to[ \u00a0]+$")
"""The first age of "5- to 11-year-olds" before the second's number."""
_AGED_BEFORE = LazyPattern(
    rf"(?<![\w-])(?:(?i:aged)|ages?|(?:(?i:at){_S})?the{_S}age{_S}of|at{_S}age)"
    rf"(?:{_S}(?P<cue>over|under|above|below|between|from))?"
    rf"(?P<listed>{_S}\d{{1,3}}(?:,{_S}\d{{1,3}})*(?:,|,?{_S}(?:and|or)))?{_S}$"
)
""""aged 45", "Aged 18 to 24", "aged over 70", "age 18", "ages 5 to 11", "at the age of 45",
"at age 45", and a later age of a list: "aged 19, 20 and 21" (a capitalized "Age" inside
a sentence names something: "the Stone Age 5,000 years ago", "Age UK")."""
_BOUNDS: dict[str, Qualifier] = {
    "over": "more_than",
    "above": "more_than",
    "under": "less_than",
    "below": "less_than",
}
_APPOSED_BEFORE = LazyPattern(
    r"(?:(?P<title>(?:Mr|Mrs|Ms|Dr|Miss)\.?[ \u00a0]+[A-Z][\w'’-]+)"
    r"|(?P<name>[A-Z][\w'’-]+[ \u00a0]+[A-Z][\w'’-]+)"
    r"|(?<![\w'’-])(?<!the )(?<!The )(?P<single>[A-Z][a-z][\w'’-]*)"
    r"|(?P<noun>[a-z]+)),[ \u00a0]*$"
)
"""A person before ", 46,": a title and name ("Mr Smith"), a first and last name ("John
Smith"), a surname ("Fury"; not after "the": "the US, 36"), or a noun of a person
(number_context.json age_subjects: "the boy")."""
_APPOSED_AFTER = LazyPattern(r",[ \u00a0]+(?P<word>[a-z]+)\b")
_NAME_VERBS = frozenset(
    {"said", "says", "was", "is", "has", "had", "who", "of", "from", "died", "told", "were"}
)
"""What may follow ", 46," after a bare first and last name: a verb or "of"/"from" ("John
Smith, 45, of Leeds"); not "and", which lists results ("China, 38, and the US, 36")."""
_RANKING_VERBS = frozenset(
    {"followed", "trailed", "ranked", "placed", "came", "led", "rose", "fell", "ended", "closed"}
    | {"finished", "slid", "sank", "shrank", "grew", "were", "did", "ago", "earlier", "since"}
)
"""Past words after ", 38," that a table's or an index's number takes as well as an age
("Arsenal, 38, trailed", "the Nikkei, 38, fell"), or no verb of a person: no age after a
name alone."""
_ARTICLES = frozenset({"The", "A", "An"})
_APPOSITION_ARTICLES = frozenset({"a", "an"})
"""What may open an apposition after a full name and ", 46," ("a former banker"); a surname
alone keeps to verbs ("Arsenal, 38, a point clear" is a table's)."""
_PLACE_POPULATION = 50_000
"""A city at least this big is a place before ", 38,", no surname ("Liverpool, 38,")."""
_NAMED_PLACE_POPULATION = 1_000_000
"""A surname the article wrote after a first name ("Anthony Davis ... Davis, 31,") is a person
unless a city this big bears it ("Paris", "Houston")."""
_TABLE_MARGIN = LazyPattern(
    r"[ \u00a0]+(?:point|game|goal|win|stroke|shot|length)s?[ \u00a0]+"
    r"(?:clear|ahead|behind|back|adrift|off|short)\b"
)
"""A table's margin after ", 38, a": "Arsenal, 38, a point clear" is no apposition."""
_DECADE = re.compile(
    r"\b[Ii]n[ \u00a0]+(?:his|her|their)[ \u00a0]+"
    r"(?:(?P<part>early|mid|late)[ \u00a0-]+)?"
    r"(?P<decade>[1-9]0s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties"
    r"|nineties)\b"
)
"""An age's decade after a possessive: "in his 60s", "in her early 30s", "in their mid-40s",
"in his twenties", "in her teens"."""
_SPELLED_DECADES = {
    "teens": 13,
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
_DECADE_WORDS = ("0s", *_SPELLED_DECADES)
"""What every ``_DECADE`` match holds ("60s", "teens", "twenties", ...): the whole-text search
(about 0.2 ms, re cannot skip to its "in") runs only where one stands, 1 text in 10."""
_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}


class Age(NamedTuple):
    """An age read around a number or a decade: where its words are, its value (and upper
    bound), its unit and the qualifier cue."""

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    unit: str
    cue: qualifiers.Cue | None


_OPEN_AFTER = LazyPattern(
    r"[ \u00a0]+(?:and|or)[ \u00a0]+(?:(?P<up>older|over|above|up)|(?P<down>younger|under|below))\b"
)
"""An open bound after an age: "aged 65 and over", "aged 65 or older", "12 and up" (at least),
"aged 5 or younger" (at most)."""


def _open_ended(text: str, age: Age) -> Age:
    """``age`` with the open bound written after it, if any, as its qualifier."""
    if age.cue is not None or age.value_max is not None:
        return age
    bound = _OPEN_AFTER.match(text, age.end)
    if bound is None:
        return age
    qualifier: Qualifier = "at_least" if bound["up"] else "at_most"
    cue = qualifiers.Cue(qualifier, text[age.end : bound.end()].strip(), age.end + 1, bound.end())
    return age._replace(end=bound.end(), cue=cue)


def _whole(values: tuple[Decimal, Decimal | None] | None) -> bool:
    """Whether a number (and upper bound) of years is at most ``_MOST``."""
    return values is not None and values[0] <= _MOST and (values[1] or 0) <= _MOST


def of_number(text: str, start: int, end: int, sentence: int) -> Age | None:
    """The age stated with the number at ``text[start:end]`` (its sentence starting at
    ``sentence``), or None.

    >>> of_number("A 32-year-old man", 2, 4, 0)[1:5]
    (13, Decimal('32'), None, 'year')
    >>> of_number("the 10-year bond", 4, 6, 0) is None
    True
    >>> of_number("Children under 5 are", 15, 16, 0).cue.qualifier
    'less_than'
    """
    values = numerals.normalize(text[start:end])
    if values is None:
        return None
    old = _OLD_AFTER.match(text, end)  # a thing's age is any: "the 1,000-year-old temple"
    if old is not None:
        unit = _UNITS[(old["unit"] or old["unit2"]).lower()]
        first = _RANGE_FIRST.search(text, max(sentence, start - 12), start)
        if first is not None and values[1] is None and int(first[1]) < values[0]:
            return Age(first.start(1), old.end(), Decimal(first[1]), values[0], unit, None)
        return Age(start, old.end(), values[0], values[1], unit, None)
    if not _whole(values):
        return None  # "aged 200", "Smith, 450,": no person's age
    window = text[max(sentence, start - 40) : start]
    if (group := _grouped(text, start, end, window, values)) is not None:
        return group
    if "age" in window or "Age" in window:
        aged = _aged(text, start, end, sentence, values)
        return None if aged is None else _open_ended(text, aged)
    if window.endswith(", ") or window.endswith(",\u00a0"):
        return _apposed(text, start, end, sentence, values)
    words = window.split()
    if len(words) > 1 and _bare(text, end) and _stated(words):
        return Age(start, end, values[0], None, "year", None)  # "She was 86.", "died at 85"
    if words and words[-1] in _BOUNDS and age_limit(words):
        cue = qualifiers.Cue(_BOUNDS[words[-1]], words[-1], start - len(words[-1]) - 1, start - 1)
        if text[cue.start : cue.end] == cue.text and _bare(text, end):
            return Age(cue.start, end, values[0], values[1], "year", cue)  # "people over 65"
    return None


def _grouped(
    text: str, start: int, end: int, window: str, values: tuple[Decimal, Decimal | None]
) -> Age | None:
    """An age group right after people (``age_group_word``): an age before an open bound
    ("Americans 65 and older", "people 75 and over": at least 65, 75; "children 5 or
    younger": at most 5), or a rising range that ends its phrase ("children 5 to 11",
    "adults 18 to 64", "Boys 14-17 were"); "children 5" alone is none, and so is a range
    before a noun or a ratio ("children 5 to 11 times more likely")."""
    if not window.endswith((" ", "\u00a0")):
        return None
    words = window.split()
    if not words or not age_group_word(words[-1]):
        return None  # most numbers: a set lookup
    if values[1] is not None:
        rising = values[0] < values[1] and values[0] == values[0].to_integral_value()
        if rising and AGE_RANGE_END.match(text, end) is not None:
            return Age(start, end, values[0], values[1], "year", None)
        return None
    age = _open_ended(text, Age(start, end, values[0], None, "year", None))
    return age if age.cue is not None else None


_BARE_END = LazyPattern(
    r"[ \u00a0]*(?:[.,;:!?)]|$|(?:and|or|who|were|are|was|is|in|at|from|to|with|on|when)\b)"
)
"""What ends a bare age: a clause's end or a function word ("children under 5 and",
"people over 65 who"); not a unit or noun ("people over 65 kg", "under 5 million")."""


def _bare(text: str, end: int) -> bool:
    return _BARE_END.match(text, end) is not None


_NO_AGE_AFTER = LazyPattern(
    r"[ \u00a0]*(?:[0-9%]|(?i:million|billion|thousand|per|percent|hundred)\b)"
)
"""What makes a number after "age" no age: "the age of 5 million stars" is no person's."""


_STATING = frozenset({"was", "is"})
_TURNING = frozenset({"turns", "turned", "turning"})


def _stated(words: list[str]) -> bool:
    """Whether the words before a bare whole number ending its clause state a person's age:
    a person (number_context.json age_subjects, or "who") and "was" or "is" ("She was 86.",
    "the boy, who is 12,"; "The toll was 86." stays a count), a life verb and "at" ("died at
    85", "retired at 60": numbers.json life_verbs), or "turns" ("She turns 50 on Friday")."""
    last, verb = words[-1], words[-2].lower()
    if last in _STATING:
        return verb in age_subjects() or verb == "who"
    if last in _TURNING:
        return True
    return last == "at" and verb in lexicon_set("life_verbs")


def _aged(
    text: str, start: int, end: int, sentence: int, values: tuple[Decimal, Decimal | None]
) -> Age | None:
    """An age after "aged", "age", "the age of": "aged 45", "aged over 70", "aged 18 to 24"
    (a range span already), "age 18"; the number ends its phrase."""
    found = _AGED_BEFORE.search(text, max(sentence, start - 30), start)
    if found is None or _NO_AGE_AFTER.match(text, end) is not None:
        return None
    bound = found["cue"]
    cue = None
    if bound in _BOUNDS:
        cue = qualifiers.Cue(_BOUNDS[bound], bound, found.start("cue"), found.end("cue"))
    elif bound is not None and values[1] is None:
        return None  # "aged between 18": the range's other end is not read here
    if found["listed"]:  # "aged 19, 20 and 21": the later ages are the numbers alone
        return None if cue is not None else Age(start, end, values[0], values[1], "year", None)
    return Age(found.start(), end, values[0], values[1], "year", cue)


def _apposed(
    text: str, start: int, end: int, sentence: int, values: tuple[Decimal, Decimal | None]
) -> Age | None:
    """An age set off by commas after a person: "Zhao Wei, 46, said", "Mr Smith, 61, was",
    "the boy, 7, and his"; a whole number, no range."""
    if values[1] is not None or values[0] != values[0].to_integral_value():
        return None
    person = _APPOSED_BEFORE.search(text, max(sentence, start - 40), start)
    after = _APPOSED_AFTER.match(text, end)
    if person is None or after is None:
        return None
    if person["noun"] is not None:
        fits = person["noun"] in age_subjects()
    elif person["name"] is not None or person["single"] is not None:
        single = person["single"]
        named = single is not None and _named_before(text, single, person.start())
        fits = _name_verb(after["word"], single=single is not None, named=named) or (
            (person["name"] is not None or named)
            and after["word"] in _APPOSITION_ARTICLES
            and _TABLE_MARGIN.match(text, after.end()) is None
        )  # "Jane Smith, 25, a former banker, was charged": a full name's apposition
        fits = fits and not _place(person["name"] or single, big=_NAMED_PLACE_POPULATION * named)
    else:
        fits = True
    return Age(start, end, values[0], None, "year", None) if fits else None


def _name_verb(word: str, single: bool, named: bool = False) -> bool:
    """Whether a word after a name and ", 46," is a person's verb: ``_NAME_VERBS`` ("said",
    "of") for a full name, and past tenses ("suffered", "won") for any name, no
    ``_RANKING_VERBS`` but after a surname the article wrote after a first name ("Ruth
    Chepngetich ... Chepngetich, 30, finished"); a surname alone is no plural subject
    ("Arsenal, 38, were")."""
    if word in _NAME_VERBS:
        return not single or word != "were"
    if word in _RANKING_VERBS:
        return named and word not in ("were", "ago", "earlier", "since")
    if word in _SAME_FORM_PASTS:
        return not single or named  # "Yashasvi Jaiswal, 22, hit"; not "Arsenal, 38, beat"
    return (len(word) > 4 and word.endswith("ed")) or word in _past_verbs()


_SAME_FORM_PASTS = frozenset(
    {"hit", "set", "put", "cut", "beat", "quit", "shut", "let", "hurt", "cast", "upset", "split"}
)
"""Past tenses written as their present, which tense.json's irregular_past leaves out (a
date's tense cannot tell them): after a person's full name either is a person's verb."""


@cache
def _past_verbs() -> frozenset[str]:
    """Past tenses not in -ed: tense.json irregular_past and calendar.json past_cues."""
    return frozenset(lexicons.tense().irregular_past) | frozenset(lexicons.calendar().past_cues)


def _place(name: str, big: int = 0) -> bool:
    """Whether a name before ", 38," is a country, a region or a big city ("South Korea",
    "Liverpool"), whose number is a count, not a person's age; ``big`` raises the city's
    least population (a surname named after a first name: "Davis")."""
    if name.partition(" ")[0] in _ARTICLES:
        return True  # "The US, 36, won": no person's name opens with an article
    places = gazetteer.gazetteer()
    if gazetteer.normalize(name) in places.names:
        return True
    least = big or _PLACE_POPULATION
    return any(entry.population >= least for entry in places.lookup(name))


_FIRST_AND_LAST = LazyPattern(
    r"(?<![\w'’.-])(?P<first>[A-Z][\w-]*[a-z])[ \u00a0]+(?=(?P<last>[A-Z][\w'’-]*))"
)
"""A first name and the capitalized word after it ("Luka Doncic"): no possessive ("Arteta's
Arsenal"), no initialism ("UC Davis"); the last word is looked ahead at, so "Lakers Anthony
Davis" gives both pairs."""


def _named_before(text: str, surname: str, end: int) -> bool:
    """Whether ``text`` before ``end`` names a person with ``surname`` after a first name
    ("Luka Doncic ... Doncic, 25,"): the first name is no place, club prefix, article or month
    ("Manchester City", "Real Madrid", "The Times"), nor the two words a place ("Fort Davis")."""
    if text.find(surname, 0, end) < 0:
        return False  # most names: one string search
    clubs = _club_prefixes()
    for found in _FIRST_AND_LAST.finditer(text, 0, end):
        first = found["first"]
        if found["last"] != surname or first in _ARTICLES or first in clubs:
            continue
        if first not in _months() and not _place(first) and not _place(f"{first} {surname}"):
            return True
    return False


@cache
def _club_prefixes() -> frozenset[str]:
    """A club's first words ("Real", "Inter"): cues.json club_prefixes."""
    return frozenset(gazetteer.cues().club_prefixes)


@cache
def _months() -> frozenset[str]:
    """Month and weekday names, capitalized ("On Monday Davis")."""
    calendar = lexicons.calendar()
    return frozenset(w.title() for w in (*calendar.months, *calendar.weekdays))


def decades(text: str) -> list[Age]:
    """The ages of decades in ``text``: "in his 60s" is 60-69; "in her early 30s" 30-33,
    "mid-40s" 44-46, "late 50s" 57-59, each approximate; "in her teens" 13-19. The span is the
    decade's words after the possessive.

    >>> [(a.value, a.value_max) for a in decades("A man in his 60s and a woman in her teens")]
    [(Decimal('60'), Decimal('69')), (Decimal('13'), Decimal('19'))]
    >>> decades("in the 1960s") == decades("In its 60s") == []
    True
    """
    if " his " not in text and " her " not in text and " their " not in text:
        return []  # most texts
    if not any(word in text for word in _DECADE_WORDS):
        return []  # most of the rest
    found = []
    for match in _DECADE.finditer(text):
        decade = match["decade"]
        low = _SPELLED_DECADES.get(decade) or int(decade[0]) * 10
        high = 19 if decade == "teens" else low + 9
        cue = None
        if match["part"] and decade != "teens":
            first, last = _PARTS[match["part"]]
            low, high = low + first, low + last
            cue = qualifiers.Cue("approx", match["part"], match.start("part"), match.end("part"))
        start = match.start("part") if match["part"] else match.start("decade")
        found.append(Age(start, match.end(), Decimal(low), Decimal(high), "year", cue))
    return found
