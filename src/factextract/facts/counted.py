"""The counted phrase after a number ("1,166 poverty alleviation projects", "816 000 t of
wheat"), read off the token table: quantities without a parser.

Adjectives and nouns up to the first plural head ("impoverished people working" ->
"impoverished people"), stopping at function words, adverbs and change verbs; or the phrase
after "of" ("1,000 of the workers"). Also which numbers count nothing at all: the terms of a
proportion ("one in five adults") and the base of a rate ("per 100,000 people").
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from factextract import gazetteer, lexicons, numbers
from factextract.facts import numerals
from factextract.facts.spans import Context
from factextract.numbers.words import (
    give_verbs,
    label_nouns,
    lexicon_set,
    material_heads,
    measure_adverbs,
    number_context,
    subject_verbs,
    superlatives,
    verb_objects,
)
from factextract.patterns import LazyPattern, alternation

PER_NUMBER = re.compile(r"[ \u00a0]+(?:per|for[ \u00a0]+every)[ \u00a0]+")
"""Before the base of a rate: "12 cases per 100,000 people"."""
_RATE_BASE = re.compile(r"\b(?:per|every)[ \u00a0]+$", re.IGNORECASE)
_PROPORTION = (
    r"[ \u00a0-](?:in|out[ \u00a0-]of)(?:[ \u00a0-]every)?[ \u00a0-]"  # one in (every) five
    r"|[ \u00a0]of[ \u00a0]every[ \u00a0]"  # two of every five
)
_PROPORTION_AFTER = re.compile(_PROPORTION)
_BASE_ENDS = ("per", "Per", "every", "Every", "in", "of")
"""How the words before a rate base or a proportion's second term end (a cheap test)."""
_PROPORTION_BEFORE = re.compile(f"(?:{_PROPORTION})$")
"""What joins the two numbers of a proportion: "one in five", "1-in-100", "nine out of 10",
"two of every five"."""


@cache
def stop_words() -> frozenset[str]:
    cues = lexicons.change_cues()
    not_counted = lexicon_set("not_counted")  # "3 times", "18 th": a ratio or a rank
    # "mine" is a noun in news ("a coal mine accident", "the mine's owner"); the pronoun
    # speaks only in quotes
    words = {*STOP_WORDS, *cues.up, *cues.down, *cues.neutral, *not_counted} - {"mine"}
    words.add("worth")  # "32.4 kg of gold worth $2 million": a value follows, no noun
    # spaCy's list holds "five" and "twenty" but not "seven", "thirteen" or "thirty": every
    # spelled unit and ten ends a phrase ("Five of the seven judges" counts no "seven judges")
    spelled = lexicons.number_words()
    return frozenset({*words, *spelled.units, *spelled.tens})


def noun_phrase(
    ctx: Context, i: int, singular: bool, stop: int, level: bool = False
) -> tuple[int, int] | None:
    """Token range of the counted phrase starting at token ``i`` (before token ``stop``);
    ``level``: the number is a level ("at 50,000"), and a change verb after it a verb."""
    texts, lowers, spaced = ctx.words, ctx.lowers, ctx.spaced
    stops, verbs = _phrase_words()
    words: list[int] = []
    fallback: tuple[int, int] | None = None
    superlative = i < len(lowers) and lowers[i] in superlatives()  # "3 most important factors"
    if i < len(lowers) and lowers[i] in verbs and _subject_verb(ctx, i):
        return None
    if i + 1 < len(lowers) and lowers[i] in _name_object_verbs() and _name_at(ctx, i + 1):
        return None  # "Root's 262 puts England in command": a verb and its object
    if (
        not singular
        and i + 1 < len(lowers)
        and lowers[i] in _category_owners()
        and (lowers[i + 1] in _POSSESSIVES or plural_apostrophe(ctx, i + 1))
        and (owned := _owner_phrase(ctx, i, stop)) is not None
    ):
        return owned  # "3 women's titles": a plural owner of a kind
    for k in range(i, min(i + 6, stop, len(texts))):
        if k > i and k in ctx.sentence_tokens:
            break
        text = texts[k]
        if text in "-‐" and words and not spaced[words[-1]] and not spaced[k]:
            words.append(k)  # poverty-stricken
            continue
        low = lowers[k]
        if low in _ADJECTIVE_JOINTS and _joined_adjectives(ctx, words, k, stop, singular):
            words.append(k)  # "9.8 million current and former customers"
            continue
        joined = bool(words) and texts[words[-1]] in "-‐"  # "tea-growing": any word goes
        noun = not (singular or level) and _cue_noun(low)
        # a compound modifier stands before its noun: "bpd of group-wide cuts"
        noun = noun or (len(words) > 1 and texts[words[-2]] in "-‐" and numbers.is_plural(low))
        stop_word = (
            low in stops
            and not _acronym(ctx, k)
            and not noun
            and not (superlative and k == i)
            and not (words and _letter_name(ctx, k))  # "vitamin D", "hepatitis B"
        )
        if stop_word and k + 1 < len(texts) and texts[k + 1] in "-‐" and _hyphen_follows(ctx, k):
            stop_word = False  # a compound modifier: "2,000 well-trained soldiers", "200
            # first-time buyers", "40 off-duty officers", "30 two-bedroom homes"
        adverb = _adverb(low) and (singular or level or not _modifier_follows(ctx, k))
        if k == i + 1 and not singular and (low in _POSSESSIVES or plural_apostrophe(ctx, k)):
            return _owner_phrase(ctx, i, stop)  # "45 sheriff's deputies", "12 girls' schools"
        if not text.isalpha() and not (k > i or singular or _DOTTED.fullmatch(text) is None):
            words.append(k)  # "2,000 U.S. employees", "Two U.S. service members"
            continue
        if not text.isalpha() or (not joined and (stop_word or adverb)):
            break
        if low in PLACE_ADVERBS and not (
            k + 1 < len(texts) and texts[k + 1].isalpha() and lowers[k + 1] not in stops
        ):
            break  # "sold 8 million overseas.", "400 troops overseas were": no noun after
        if k > i and low in _VERBS_IN_S:
            break  # "28 million square feet of office space sits empty": its verb
        words.append(k)
        head = (numbers.is_plural(low) or acronym_plural(text)) and (
            not low.endswith("s")  # "people", "children", "staff": never a verb
            or not (_verb_follows(ctx, k + 1) or (k > i and _price_follows(ctx, k + 1)))
            or _first_object(ctx, i)
        )
        if head and k + 1 < len(texts) and texts[k + 1] in "-‐" and _hyphen_follows(ctx, k):
            fallback = fallback or (words[0], k + 1)  # "3.76 million data-center GPUs": a
            continue  # modifier, unless no head follows ("30 nurses-in-training")
        if head and low in _mass_plurals() and _mass_compound(ctx, k, stops):
            return words[0], k + 3  # "3.76 million data center GPUs"
        if head and low in _of_compounds() and _of_compound(ctx, k, stops):
            return words[0], k + 3  # "50 heads of state", "3 chiefs of staff"
        if head:
            following = texts[k + 1] if k + 1 < len(texts) else ""
            compound = following.isalpha() and spaced[k]
            after = lowers[k + 1] if compound else ""
            if (
                compound
                and numbers.is_plural(after)
                and after not in stops
                and after not in PLACE_ADVERBS  # "300 staff overseas", "40 crew indoors"
                and after not in _VERBS_IN_S  # "Composer who scored 50 films dies at 92"
                and (low not in _head_plurals() or after.endswith(_AGENT_ENDS))
                and not _singular_verb(ctx, words[0], k + 2)
                and not _reduced_relative(ctx, words[0], k + 1)
            ):  # not "A town of 5,000 people sits on a hill": a verb after "people"
                return words[0], k + 2  # "12 police officers", "people smugglers"
            return words[0], k + 1
    if fallback is not None:
        return fallback
    if superlative:
        return None  # "the 1 most important": no head noun
    if singular and words and texts[words[0]].isalpha():
        # No plural head: a singular noun of at most two words, never a trailing -ed verb
        # ("one large firm set aside" -> "large firm"; "of highway remained" -> "highway").
        # A hyphenated compound is one word: "of high-standard farmland", "Russian-made".
        kept = [k for k in words if texts[k].isalpha() and not _hyphened(ctx, k)][:2]
        if (
            len(kept) == 2
            and lowers[kept[1]] not in material_heads()  # "fuel oil", "iron ore"
            and not _letter_name(ctx, kept[1])  # "vitamin D"
            and not _modifies(texts[kept[0]], lowers[kept[0]], texts[kept[1]])
            and not _hyphened(ctx, kept[0] + 2)  # "high-standard farmland"
        ):
            kept = kept[:1]
        last = kept[-1]
        while last + 2 < len(texts) and _hyphened(ctx, last + 2) and last + 2 in words:
            last += 2  # the whole compound: "high-standard", not "high"
        if _change_noun_after(ctx, last):
            return kept[0], last + 2  # "2.2 million bpd of voluntary cuts": not "voluntary"
        if _cut_short(ctx, words, last, verbs):
            # "doses of oral cholera vaccine", "50 GW of offshore wind capacity": the noun
            # after the two words is the head; a longer run is no phrase read here
            return None if _cut_short(ctx, words, last + 1, verbs) else (kept[0], last + 2)
        return kept[0], last + 1
    return None


_VERBS_IN_S = frozenset({"dies", "says", "goes", "does", "sits", "seems"})
"""Words in -s that are verbs, never a plural head after a noun ("50 films dies", "of office
space sits empty")."""
_ADJECTIVE_JOINTS = frozenset({"and", "or"})


def _joined_adjectives(ctx: Context, words: list[int], k: int, stop: int, bare: bool) -> bool:
    """Whether the "and" (or "or") at token ``k`` joins two lower-case modifiers of one
    plural head right after the second: "9.8 million current and former customers", "200 new
    and used cars" (one or two plain words before it, none a plural head); "30 men and women"
    and "killed 30 and injured 40" are read as before."""
    if bare or not words or len(words) > 2 or k + 2 >= min(stop, len(ctx.words)):
        return False
    texts, lowers = ctx.words, ctx.lowers
    if k + 1 in ctx.sentence_tokens or k + 2 in ctx.sentence_tokens:
        return False
    if not all(texts[w].isalpha() and texts[w].islower() for w in words):
        return False
    stops = _phrase_words()[0]
    second, head = texts[k + 1], texts[k + 2]
    return (
        second.isalpha()
        and second.islower()
        and lowers[k + 1] not in stops
        and not numbers.is_plural(lowers[k + 1])
        and head.isalpha()
        and head.islower()
        and lowers[k + 2] not in stops
        and numbers.is_plural(lowers[k + 2])
    )


_POSSESSIVES = frozenset({"'s", "’s"})
_OWNER_TIMES = frozenset(
    {"day", "week", "month", "year", "hour", "minute", "night", "season", "decade", "century"}
)
"""Time nouns whose "'s" after a count is a plural's misspelt: "two day's pay"."""


def plural_apostrophe(ctx: Context, k: int) -> bool:
    """Whether token ``k`` is the apostrophe of a plural owner in -s glued to it: "girls'"."""
    return ctx.words[k] in _APOSTROPHES and not ctx.spaced[k - 1] and ctx.lowers[k - 1][-1:] == "s"


_APOSTROPHES = frozenset({"'", "’"})


def _owner_phrase(ctx: Context, i: int, stop: int) -> tuple[int, int] | None:
    """The counted phrase of a count of more than one whose first word is a singular noun
    and its "'s" (token ``i + 1``): the owner is part of a plural phrase after it, which is
    what is counted ("45 sheriff's deputies", "30 teacher's aides", "12 sheriff's office
    employees"); a name ("40 Apple's"), a plural owner ("12 officers' cars") or a time
    ("two day's pay") is no such owner. A plural owner that names a kind (number_context.json
    category_owners) is one after a count with no determiner before it ("won 3 women's
    titles", "20 children's hospitals", "12 girls' schools"; "the 20 children's parents"
    counts children)."""
    word = ctx.words[i]
    if not word.islower() or not word.isalpha() or word in _OWNER_TIMES:
        return None
    if word in _category_owners():
        if _determined(ctx, i):
            return None  # "the 20 children's parents": the owners are counted
    elif numbers.is_plural(word) or word in stop_words() or word in _unit_names():
        return None  # "12 officers' cars" left: a plural owner; "3 mile's" a unit's
    k = i + 2
    if k >= min(stop, len(ctx.words)) or not ctx.words[k].islower() or not ctx.spaced[k - 1]:
        return None
    phrase = noun_phrase(ctx, k, False, stop)
    if phrase is None or phrase[0] != k or not numbers.is_plural(ctx.lowers[phrase[1] - 1]):
        return None
    return i, phrase[1]


@cache
def _category_owners() -> frozenset[str]:
    return frozenset(number_context().category_owners)


_OWNER_DETERMINERS = frozenset(
    {"the", "these", "those", "their", "his", "her", "its", "our", "my", "your", "whose"}
)


def _determined(ctx: Context, i: int) -> bool:
    """Whether a determiner stands right before the count whose noun starts at token ``i``
    (its number's tokens and a scale word before ``i``): "the 20 children's"."""
    j = i - 1
    while j >= 0 and (ctx.like_num(j) or ctx.lowers[j] in ("million", "billion")):
        j -= 1
    return j >= 0 and ctx.lowers[j] in _OWNER_DETERMINERS


def _cut_short(ctx: Context, words: list[int], last: int, verbs: frozenset[str]) -> bool:
    """Whether a singular phrase ending at token ``last`` leaves out a noun of its own: the
    next word it read is a lower-case content word that no verb's or adverb's form can be
    (no "-ed", "-s" or "-ly", none of the subject verbs), so the phrase goes on ("oral
    cholera vaccine had arrived", "fresh farm produce to"); "one large firm set aside",
    "of highway remained" and "of vitamin D daily" end before their verb or adverb."""
    if last + 1 not in words:
        return False
    word, low = ctx.words[last + 1], ctx.lowers[last + 1]
    return (
        word.isalpha()
        and word.islower()
        and (not low.endswith(("ed", "s", "ly")) or low in material_heads())  # "natural gas"
        and low not in verbs
        and low not in stop_words()
        and low not in _past_forms()  # "of fertiliser bought", "of food left", "set sail"
        and not _adverb(low)
    )


def _change_noun_after(ctx: Context, last: int) -> bool:
    """Whether a plural noun of change ("cuts", "increases": a change cue, so a stop word of
    counts) right after a singular phrase ending at token ``last`` is the phrase's head:
    "of voluntary cuts", "of production increases"."""
    k = last + 1
    if k >= len(ctx.words) or not ctx.spaced[last]:
        return False
    word, low = ctx.words[k], ctx.lowers[k]
    if not (word.isalpha() and word.islower() and low.endswith("s") and len(low) > 3):
        return False
    if k + 1 < len(ctx.words) and (
        ctx.lowers[k + 1] in ("to", "by") or ctx.words[k + 1][:1].isdigit()
    ):
        return False  # "300 tonnes of rice rises to $5": a verb and its size or level
    cues = lexicons.change_cues()
    return low in cues.up or low in cues.down


@cache
def _past_forms() -> frozenset[str]:
    """Verbs' past forms not in "-ed" ("bought", "left", "set"), from the date lexicons."""
    tense = lexicons.tense()
    pasts = (*lexicons.calendar().past_cues, *tense.irregular_past, *tense.ambiguous_past)
    return frozenset((*pasts, *tense.irregular_participles))


_SINGULAR_PARTITIVE = LazyPattern(
    r"\b(?i:each|one|none|neither|either|any)[ \u00a0]+of[ \u00a0]+"
    r"(?:the|its|their|our|these|those|his|her|all)[ \u00a0]+(?:\S+[ \u00a0]+){1,2}$"
)
"""A singular head before a count of a plural: "Each of the 20 ", "One of the 3 "."""


_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may"}
    | {"might", "must", "shall", "should", "do", "does", "did"}
)


def _singular_verb(ctx: Context, i: int, after: int) -> bool:
    """Whether the plural before token ``after`` is the verb of a singular partitive whose
    count's phrase opens at token ``i``: "Each of the 20 teams plays 38 games", "One of the 3
    suspects faces 5 counts", "None of the 12 victims remains in hospital" (a number, an
    article or a preposition after it); "Each of the 12 police officers was suspended" keeps
    its compound (an auxiliary or a stop after it)."""
    start = ctx.token_chars[i]
    if _SINGULAR_PARTITIVE.search(ctx.text, max(0, start - 40), start) is None:
        return False  # most phrases
    if after >= len(ctx.words):
        return False
    word = ctx.lowers[after]
    return word[:1].isdigit() or (word in STOP_WORDS and word not in _AUXILIARIES)


_HAVE = frozenset({"have", "had", "'ve", "’ve"})
_MAIN_VERBS = frozenset(
    {"were", "are", "was", "is", "have", "had", "has", "will", "would", "could", "can", "may"}
)
_CLAUSE_OPENERS = frozenset(
    {"when", "after", "before", "as", "since", "until", "while", "because", "if", "once"}
    | {"and", "but", "or", "that", "where", "though", "although", "whether"}
)
_GAP_AFTER = frozenset(
    {"in", "at", "on", "since", "so", "over", "during", "from", "into", "last", "this"}
    | {"to", "for", "with", "as", "before", "after", "until", "and", "but"}
)
"""What may follow "have" and the verb of a reduced relative clause whose object is the
count: a preposition, an adverb, a link ("the 200 million proteins researchers have
identified so far")."""


def _reduced_relative(ctx: Context, i: int, k: int) -> bool:
    """Whether the plural at token ``k``, after the plural head of a count whose phrase
    opens at token ``i``, is the bare subject of a reduced relative clause with the count
    as its object ("the 200 million proteins researchers have identified", "the 40 cars
    police seized were returned"): a determiner before the count and a past verb (maybe
    after "have") right after the plural; then the main clause's verb, or, where the count
    is a verb's or preposition's object, the clause's end (after "have", a preposition
    too). A compound of a plural modifier keeps its head: "The 300 sports fans attended.",
    "when the 30 weapons inspectors arrived.", "the 300 sports fans gathered in the
    square", "The 300 sports fans attended the match"."""
    lowers, words = ctx.lowers, ctx.words
    j = _determiner_at(ctx, i)
    if j is None:
        return False  # most counts: no determiner, so no object of a clause after it
    verb = k + 1
    have = verb < len(lowers) and lowers[verb] in _HAVE
    verb += have
    if verb >= len(lowers) or not words[verb].isalpha() or not words[verb].islower():
        return False
    low = lowers[verb]
    if low in _AUXILIARIES or not (low.endswith("ed") or low in _past_forms()):
        return False  # "the 15 crew members were rescued": the count's own verb
    after = verb + 1
    ends = after >= len(lowers) or after in ctx.sentence_tokens or not words[after].isalnum()
    if not ends and words[after].islower():
        low = lowers[after]
        if low in _MAIN_VERBS or (low.endswith("ed") and low not in _ED_NOUNS):
            return True  # "the 40 cars police seized were returned"
    if j == 0 or j in ctx.sentence_tokens or lowers[j - 1] in _CLAUSE_OPENERS:
        return False  # the count opens a clause: its subject, maybe a compound's
    before = words[j - 1]
    if not before.isalpha() or (before[0].isupper() and j - 1 not in ctx.sentence_tokens):
        return False  # "Fishing, the 300 sports fans gathered": no verb or preposition
    return ends or (have and lowers[after] in _GAP_AFTER)


def _determiner_at(ctx: Context, i: int) -> int | None:
    """The token of the determiner right before the count whose noun starts at token ``i``."""
    j = i - 1
    while j >= 0 and (ctx.like_num(j) or ctx.lowers[j] in ("million", "billion")):
        j -= 1
    return j if j >= 0 and ctx.lowers[j] in _OWNER_DETERMINERS else None


@cache
def _phrase_words() -> tuple[frozenset[str], frozenset[str]]:
    """The stop words and the verbs after a subject count, fetched in one call per phrase;
    the stop words here leave out the adjectives and nouns of spaCy's list that modify a
    counted plural (number_context.json phrase_modifiers: "12 former ministers", "3
    serious injuries", "200 part-time workers")."""
    return stop_words() - frozenset(number_context().phrase_modifiers), subject_verbs()


@cache
def _name_object_verbs() -> frozenset[str]:
    return frozenset(number_context().name_object_verbs)


def _name_at(ctx: Context, i: int) -> bool:
    """Whether token ``i`` opens a name inside its sentence: a capital, no sentence start."""
    return ctx.words[i][:1].isupper() and ctx.words[i].isalpha() and i not in ctx.sentence_tokens


def _subject_verb(ctx: Context, i: int) -> bool:
    """Whether the word at ``i`` (of number_context.json subject_verbs), right after a
    number, is the verb of a count that is the clause's subject: "576,000 face catastrophic
    levels", "800 hold dual passports". A noun modifier stands right before its plural head
    ("300 face masks", "40 work permits"), so a plural right after keeps the compound,
    unless it is a verb's object (number_context.json verb_objects: "Four face charges");
    anything else makes the word a verb."""
    lowers = ctx.lowers
    if not ctx.words[i].islower():
        return False  # "Face", "Hold": a name's word, maybe
    after = i + 1
    if after < len(lowers) and ctx.words[after] in "-‐" and not ctx.spaced[i]:
        return False  # "300 work-related injuries": a compound word
    if after >= len(lowers) or lowers[after] in verb_objects():
        return True  # "Four face charges": an object, no compound's head
    return not numbers.is_plural(lowers[after])


_IMPLIED_MOST = 3
"""The most words of a measure's name before its bare number ("body mass index")."""
_IMPLIED_RANGE = (Decimal(5), Decimal(100))
"""The readings a name with an implied unit may give where number_context.json
implied_ranges names none for its unit."""


@cache
def _implied_links() -> frozenset[str]:
    return frozenset(number_context().implied_links)


@cache
def _implied_ends() -> frozenset[str]:
    """The last words of the names with an implied unit ("bmi", "index")."""
    return frozenset(name.rpartition(" ")[2] for name in number_context().implied_units)


_FORECAST_WORDS = frozenset(
    {"will", "would", "could", "may", "might", "should", "be", "are", "were", "expected", "to"}
    | {"stay", "stays", "stayed", "remain", "remains", "remained", "hover", "hovers", "hovered"}
    | {"fall", "falls", "drop", "drops", "dip", "dips", "rise", "rises", "climb", "climbs"}
    | {"reach", "reaches", "top", "tops", "peak", "peaks", "peaked", "around", "about"}
)
"""The words of a forecast between a temperature's name and its reading ("lows will stay
near 80", "highs are expected to reach 95"): the modal, the verb of a level, a hedge."""
_FORECAST_MOST = 5
_DEGREES_BEFORE = LazyPattern(r"°|\b(?i:degrees?|fahrenheit|celsius)\b|\d[ \u00a0]?[FC]\b")
"""A degree reading ("95 degrees", "35C", "95°F") in the text before a forecast's number."""


def _forecast_name(ctx: Context, k: int, start: int) -> int:
    """Where the name of a temperature (number_context.json implied_units of "°") stands
    before the forecast's words that end at token ``k`` ("Overnight lows will stay near
    80"), when the article stated a degree reading before the number at token ``start``; else
    ``k``. A name alone three words away is no reading ("Stocks hit new lows and will stay
    near 80" in a story with no degrees)."""
    lowers, context = ctx.lowers, number_context()
    j = k
    while j >= 0 and k - j < _FORECAST_MOST and lowers[j] in _FORECAST_WORDS:
        j -= 1
    if j == k or j < 0 or context.implied_units.get(lowers[j]) != "°":
        return k  # most numbers: no forecast's words, or no temperature's name before them
    if _DEGREES_BEFORE.search(ctx.text, 0, ctx.token_chars[start]) is None:
        return k
    return j


_EXTREMES = frozenset({"highs", "lows"})
_MARKET_EXTREMES = frozenset(
    {"new", "fresh", "session", "intraday", "week", "month", "year", "52-week", "multiyear"}
    | {"multi-year", "all-time", "time", "lifetime", "year-to-date"}
)
"""The words before "highs" or "lows" that make them a market's levels, no temperature's
("new lows", "fresh highs", "52-week highs", "two-year lows", "all-time highs"); "record
highs" may be either and stays."""


def implied_unit(ctx: Context, start: int, value: Decimal, end: int) -> str | None:
    """The unit a measure's name before a bare number implies: "a BMI of 30" is 30 kg/m2
    (number_context.json implied_units); ``start`` is the number's or its hedge's first
    token, ``end`` the number's end (a ratio after it, "is 5 times higher", is none). A
    temperature's name may stand before a forecast's words in an article that gave degrees
    before ("95F on Monday. Overnight lows will stay near 80": 80 °)."""
    k, lowers = start - 1, ctx.lowers
    if k >= 0 and lowers[k] in _implied_links():
        k -= 1  # "a BMI of 30", "His BMI is 27.5"
    if k >= 0 and lowers[k] in _FORECAST_WORDS:
        k = _forecast_name(ctx, k, start)
    if k < 0 or lowers[k] not in _implied_ends():
        return None  # most numbers: a set lookup
    if k > 0 and lowers[k] in _EXTREMES and lowers[k - 1] in _MARKET_EXTREMES:
        return None  # "Stocks hit new lows near 80", "52-week highs of 40": a price's level
    after = _WORD_AFTER.match(ctx.text, end)
    if after is not None and after[1] in lexicon_set("ratio_words"):
        return None
    context = number_context()
    for size in range(1, min(_IMPLIED_MOST, k + 1) + 1):
        name = " ".join(lowers[k - size + 1 : k + 1])
        if (unit := context.implied_units.get(name)) is not None:
            low, high = context.implied_ranges.get(unit, _IMPLIED_RANGE)
            return unit if low <= value <= high else None
    return None


def _hyphened(ctx: Context, k: int) -> bool:
    """Whether token ``k`` is a compound's later part, glued to a hyphen before it."""
    return (
        k >= 2
        and k < len(ctx.words)
        and ctx.words[k - 1] in "-‐"
        and not ctx.spaced[k - 2]
        and not ctx.spaced[k - 1]
    )


def level_before(ctx: Context, number: Span) -> bool:
    """Whether a word before ``number`` makes it a level: "at 50,000", "to 1,200"."""
    k = number.start - 1
    return k >= 0 and ctx.lowers[k] in lexicon_set("level_prepositions")


def _cue_noun(word: str) -> bool:
    """ "10 rebounds", "two rate cuts": a change verb of the lexicon that is a plural noun,
    which a count other than one stands before (a verb after it would be "one rises")."""
    return word in lexicon_set("cue_nouns")


PLACE_ADVERBS = frozenset(
    {"abroad", "overseas", "domestically", "elsewhere", "nationwide", "worldwide", "locally"}
    | {"indoors", "outdoors"}
)
"""Adverbs of place, which end a counted phrase before no word ("sold 8 million overseas",
"300 staff overseas."); before a word they modify it ("300 overseas visitors")."""


def _adverb(word: str) -> bool:
    """An -ly word is an adverb that ends a counted phrase ("rose 5 sharply"), unless it is a
    noun or adjective of the lexicon ("571 A320neo family aircraft", "1,200 likely voters")."""
    return word.endswith("ly") and word not in lexicon_set("ly_words")


_DOTTED = re.compile(r"(?:[A-Z]\.){2,3}")
"""Initials with dots that open a counted phrase: "U.S.", "U.K.", "U.N."."""


def _hyphen_follows(ctx: Context, k: int) -> bool:
    """Whether an unspaced hyphen and a word follow token ``k`` ("well-trained")."""
    words = ctx.words
    if k + 2 >= len(words) or words[k + 1] not in "-‐" or ctx.spaced[k] or ctx.spaced[k + 1]:
        return False
    return words[k + 2].isalpha()


def _modifier_follows(ctx: Context, k: int) -> bool:
    """Whether the -ly word at ``k`` modifies the participle or adjective after it in a
    counted phrase: "3 heavily armed men", "200 highly skilled workers", "50 internally
    displaced people", "12 critically ill patients" (its plural head must still follow)."""
    after = k + 1
    if after >= len(ctx.words) or not ctx.spaced[k] or not ctx.words[after].islower():
        return False
    word = ctx.lowers[after]
    participle = word.endswith(("ed", "en", "wn", "lt"))  # "newly built", "well known"
    return word.isalpha() and (participle or word == "ill" or _adjective_like(word))


def _modifies(first: str, low: str, second: str) -> bool:
    """Whether the first of two words before no plural head modifies the second: an
    adjective, or a demonym before a word in lower case ("of Egyptian beef", "of Russian
    wheat": the material, not "Egyptian")."""
    if _adjective_like(low):
        return True
    return second.islower() and first in _demonyms()


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(gazetteer.stopwords().demonyms)


def demonym(word: str) -> bool:
    """Whether a capitalized word is a demonym, an adjective of a people or a country
    ("Palestinian", "American"), no name (the gazetteer's demonyms)."""
    return word in _demonyms()


def _adjective_like(word: str) -> bool:
    """Without POS tags, a first word that can modify the next: "organic tea", "crude oil"."""
    suffixes = ("ic", "al", "ous", "ive", "ful", "less", "ary", "ern", "ish", "ed", "ing")
    return word in lexicon_set("modifier_adjectives") or word.endswith(suffixes)


def head_of(ctx: Context, i: int, stop: int) -> tuple[int, int] | None:
    """ "40,000 head of cattle", "10,000 bags of rice": a count noun of the lexicon or a
    container's (number_context.json container_nouns) and a partitive after it, as one token
    range (the count noun alone names no thing counted, a container little)."""
    if i >= min(stop, len(ctx.words)):
        return None
    word = ctx.lowers[i]
    count_noun = word in lexicon_set("count_nouns")
    if word not in _container_nouns() and not count_noun:
        return None
    phrase = partitive(ctx, i + 1, stop, singular=True)
    if phrase is not None and ctx.lowers[phrase[0]] in _kind_nouns():
        return None  # "150 trucks of the type used by the army": a kind, no content
    if phrase is None and count_noun and _ends_phrase(ctx, i + 1, stop):
        return i, i + 1  # "Cattle numbers fell to 90 million head.", "sold 500 head at auction"
    return (i, phrase[1]) if phrase is not None else None


def _ends_phrase(ctx: Context, after: int, stop: int) -> bool:
    """Whether a phrase ends before token ``after``: punctuation, the text's or the claimed
    text's end, or a stop word that opens no new sentence ("500 head at auction")."""
    if after >= min(stop, len(ctx.words)):
        return True
    if not ctx.words[after].isalpha():
        return ctx.words[after] not in "-‐" or ctx.spaced[after - 1]  # not "head-on"
    return ctx.lowers[after] in stop_words() and after not in ctx.sentence_tokens


@cache
def _container_nouns() -> frozenset[str]:
    return frozenset(number_context().container_nouns)


@cache
def _kind_nouns() -> frozenset[str]:
    return frozenset(number_context().kind_nouns)


def compound_noun(ctx: Context, i: int, stop: int) -> tuple[int, int] | None:
    """The noun of a compound modifier that follows a number and a hyphen ("a 140-employee
    firm" counts employees), as a token range; None when token ``i`` is no such noun: an
    adjective or participle ("5,000-strong", "two-pronged") or a function word ("1-in-100").
    Only that one word: the next one is what the compound modifies."""
    if i >= min(stop, len(ctx.words)) or not ctx.words[i].isalpha():
        return None
    if len(ctx.words[i]) == 1:
        return None  # "the 3-D printer", "the 4-H club", "its 10-K filing": a letter, a code
    low = ctx.lowers[i]
    if low in _size_adjectives():
        return _group_noun(ctx, i + 1, stop)  # "a 2,000-strong force": 2,000 in the force
    measures = lexicon_set("measure_words")  # "a 5-foot-high wall"
    if low in stop_words() or low in measures or _adverb(low):
        return None
    if low.endswith(("ed", "ing")) and low not in _ED_NOUNS:
        return None  # "two-pronged", "a 10-year-running": participles ("a 300-bed hospital")
    if low in rating_nouns():
        return None  # "a 5-star hotel", "a 100,000-capacity stadium": no count of stars
    if _kind_compound(ctx, low, i + 1):
        return None  # "12 of 40 3-point attempts", "a 3-way race": a kind, no size
    if low.endswith("er") and (low[:-2] in _unit_names() or low[:-1] in _unit_names()):
        return None  # "a 7-footer", "a 12-pounder", "a 3-miler": a thing its measure names
    if low in _thing_compounds():
        return None  # "The 3-pointer won it", "a 2-seater costs more": one thing, no count
    if i + 1 < len(ctx.words) and ctx.words[i + 1] in "-‐" and not ctx.spaced[i]:
        return None  # "a 3-point-something": a longer compound
    if numbers.is_plural(low) or not _noun_after(ctx, i + 1, stop):
        # A compound modifier is singular and stands before its noun ("a 140-employee
        # firm"); "18-wheelers", "a 3-pointer at the buzzer" name a thing, count none
        return None
    return i, i + 1


_ED_NOUNS = frozenset({"bed", "shed"})
"""Nouns in -ed a compound's number counts: "a 300-bed hospital", "a 40-shed farm"."""


def _group_noun(ctx: Context, k: int, stop: int) -> tuple[int, int] | None:
    """The group noun a size adjective's compound stands before ("a 300-strong crowd", "the
    25-strong squad"), as a token range: one singular word in lower case, no function word;
    None before anything else ("a 5,000-strong British force")."""
    if k >= min(stop, len(ctx.words)) or not ctx.words[k].isalpha() or not ctx.words[k].islower():
        return None
    low = ctx.lowers[k]
    if low in stop_words() or numbers.is_plural(low) or low.endswith(("ed", "ing", "ly")):
        return None
    return k, k + 1


@cache
def _unit_names() -> frozenset[str]:
    """The names of units.json in lower case ("foot", "pound", "mile")."""
    return frozenset(name.lower() for name in lexicons.unit_index()[1])


_AGENT_ENDS = ("ers", "ors")
"""Agent nouns, the plural heads a plural of people can modify: "people smugglers"."""


@cache
def _mass_plurals() -> frozenset[str]:
    return frozenset(number_context().mass_plurals)


def _mass_compound(ctx: Context, k: int, stops: frozenset[str]) -> bool:
    """Whether a mass plural at token ``k`` (number_context.json mass_plurals) modifies a
    compound of a singular noun and a plural head right after it: "data center GPUs",
    "media company executives"."""
    texts, lowers = ctx.words, ctx.lowers
    if k + 2 >= len(texts) or not (ctx.spaced[k] and ctx.spaced[k + 1]):
        return False
    middle, head = lowers[k + 1], lowers[k + 2]
    return (
        texts[k + 1].isalpha()
        and texts[k + 2].isalpha()
        and texts[k + 1].islower()
        and middle not in stops
        and head not in stops
        and not numbers.is_plural(middle)
        and (numbers.is_plural(head) or acronym_plural(texts[k + 2]))
    )


@cache
def _head_plurals() -> frozenset[str]:
    return frozenset(number_context().head_plurals)


@cache
def _of_compounds() -> dict[str, frozenset[str]]:
    return {head: frozenset(nouns) for head, nouns in number_context().of_compounds.items()}


def _of_compound(ctx: Context, k: int, stops: frozenset[str]) -> bool:
    """Whether the plural head at token ``k`` goes on with "of" and the noun that makes it a
    compound (number_context.json of_compounds: "heads of state"), that noun ending the phrase
    (not "heads of state-owned firms", "heads of government departments")."""
    texts, lowers = ctx.words, ctx.lowers
    if k + 2 >= len(texts) or lowers[k + 1] != "of" or not ctx.spaced[k]:
        return False
    if lowers[k + 2] not in _of_compounds()[lowers[k]] or not ctx.spaced[k + 1]:
        return False
    if k + 3 >= len(texts):
        return True
    after = lowers[k + 3]
    if after in ("-", "‐") and not ctx.spaced[k + 2]:
        return False  # "state-owned": a modifier of what follows
    return not (after.isalpha() and after not in stops and numbers.is_plural(after))


@cache
def _score_verbs() -> frozenset[str]:
    return frozenset(number_context().score_verbs)


@cache
def _size_adjectives() -> frozenset[str]:
    return frozenset(number_context().size_adjectives)


@cache
def rating_nouns() -> frozenset[str]:
    """number_context.json rating_nouns: after a number they rate, no count ("a 5-star hotel",
    "95 octane petrol")."""
    return frozenset(number_context().rating_nouns)


@cache
def _thing_compounds() -> frozenset[str]:
    """Nouns in -er that name one thing after a number and a hyphen ("a 3-pointer")."""
    return frozenset(number_context().thing_compounds)


def _kind_compound(ctx: Context, low: str, k: int) -> bool:
    """Whether a compound modifier's noun ``low`` names a kind of the head noun at token
    ``k`` (number_context.json kind_compounds): "3-point attempts", "from 3-point range", "a
    2-point conversion", any head of "way" ("a 3-way race"); "a 20-point lead" is a size."""
    heads = number_context().kind_compounds.get(low)
    if heads is None:
        return False  # most compounds: a dict lookup
    return not heads or (k < len(ctx.words) and ctx.spaced[k - 1] and ctx.lowers[k] in heads)


def _noun_after(ctx: Context, k: int, stop: int) -> bool:
    """Whether token ``k`` can be the noun a compound modifier stands before: a word, not a
    function word, a mark or the end of the clause."""
    if k >= min(stop, len(ctx.words)):
        return False
    word = ctx.words[k]
    if _MODEL_NAME.fullmatch(word):
        return True  # a model's name: "a 180-seat A320", "a 12-member G7 panel"
    low = ctx.lowers[k]
    if not word.isalpha():
        return False
    if low.endswith("ing") and low in _change_participles():
        return _noun_after(ctx, k + 1, stop)  # "a 4-game losing streak", as "winning streak"
    return low not in stop_words() or low in _change_nouns()


@cache
def _change_participles() -> frozenset[str]:
    """The change cues in -ing of change_cues.json ("losing", "falling"), which may stand as
    an adjective between a compound modifier and its noun."""
    cues = lexicons.change_cues()
    return frozenset(w for w in (*cues.up, *cues.down, *cues.neutral) if w.endswith("ing"))


@cache
def _change_nouns() -> frozenset[str]:
    """The uninflected change cues of change_cues.json that are no function words ("crash",
    "drop", "rise", "surge"): after a compound modifier they are its noun ("a 5-car crash", "a
    500-point drop", as "a 20-point deficit"), the stop words a phrase otherwise ends at.
    Inflected forms ("rose", "dropped", "higher") stay out."""
    cues = lexicons.change_cues()
    words = {*cues.up, *cues.down, *cues.neutral} - STOP_WORDS
    return frozenset(w for w in words if not w.endswith(_INFLECTED) and w not in _IRREGULAR_PASTS)


_INFLECTED = ("s", "ed", "ing", "en", "er", "wn", "unk")
_IRREGULAR_PASTS = frozenset(
    {
        "rose",
        "fell",
        "grew",
        "sank",
        "slid",
        "shrank",
        "leapt",
        "lost",
        "went",
        "gone",
        "stood",
        "crept",
    }
)
"""Past forms of change cues that no ending shows ("shrunk" and "grown" end in "unk", "wn")."""


_MODEL_NAME = LazyPattern(r"[A-Z][A-Za-z]*\d[\dA-Za-z-]*")
"""A capital, maybe letters, and digits: a model or body named after a compound modifier."""


def model_phrase(ctx: Context, i: int, stop: int) -> tuple[int, int] | None:
    """The counted phrase of a count before a model or other name that holds a number ("12
    737 MAX jets", "40 A320 aircraft", "300 COVID-19 cases"), as a token range: the name
    (capitalized words, and digits that are no count of their own) and a plural noun in
    lower case after it; or the name alone when its last word is a plural ("50 Boeing 787s",
    "25 F-35s", "350,000 H100 GPUs", "40 iPhone 15 Pros"). One adjective may stand before
    the name ("1,500 new COVID-19 cases", "40 new Airbus A320 jets")."""
    found = _model_phrase(ctx, i, stop) or _numbered_name(ctx, i, stop)
    if found is not None or i + 1 >= min(stop, len(ctx.words)) or not ctx.words[i].islower():
        return found
    low = ctx.lowers[i]
    if low in _increments():  # "40 more 787 jets", "30 more A350s": the name counts alone
        return _model_phrase(ctx, i + 1, stop) or _numbered_name(ctx, i + 1, stop)
    if (named := _numbered_name(ctx, i + 1, stop)) is not None:
        return i, named[1]  # "3 new 747 freighters": the adjective and the name's noun
    following = ctx.words[i + 1]
    if low in stop_words() or not _adjective_like(low):
        return None  # most phrases
    if not following[:1].isupper() and not _MODEL_PLURAL_DIGITS.fullmatch(following):
        return None  # "3 new 747s" goes on
    inner = _model_phrase(ctx, i + 1, stop)
    return (i, inner[1]) if inner is not None else None


_AGE_SPANS = frozenset({"year", "month", "week", "day"})


def age_compound(ctx: Context, i: int, stop: int, singular: bool) -> tuple[int, int] | None:
    """The counted phrase of a count before an age compound ("two 16-year-old boys", "Three
    10-year-olds", "five 6-month-old babies"): the compound that is a plural noun itself, or
    with the noun after it; the age is the dates' business, the count counts the people."""
    words, end = ctx.words, min(stop, len(ctx.words))
    if i + 4 >= end or not words[i].isdigit() or ctx.lowers[i + 4] not in ("old", "olds"):
        return None
    if words[i + 1] not in "-‐" or words[i + 3] not in "-‐" or ctx.lowers[i + 2] not in _AGE_SPANS:
        return None
    if any(ctx.spaced[k] for k in range(i, i + 4)):
        return None  # "16 - year" is no compound
    if ctx.lowers[i + 4] == "olds":
        return None if singular else (i, i + 5)
    phrase = noun_phrase(ctx, i + 5, singular, stop) if ctx.spaced[i + 4] else None
    return (i, phrase[1]) if phrase is not None and phrase[0] == i + 5 else None


def _numbered_name(ctx: Context, i: int, stop: int) -> tuple[int, int] | None:
    """A model named by a bare number that ``follows_count`` took for no count of its own,
    and the plural noun in lower case after it: "(40 more) 787 jets", "(3 new) 747
    freighters", "(12 new) 737 MAX planes"."""
    if i >= min(stop, len(ctx.words)) or not ctx.words[i][:1].isdigit():
        return None
    number = ctx.number_at(ctx.token_chars[i])
    if number is None or number.start != i or len(ctx.words[i - 1]) < 2:
        return None  # "12 x 5 boxes": a product, no name
    if not follows_count(ctx, number):
        return None
    k, end = number.end, min(number.end + 3, stop, len(ctx.words))
    while k < end and k not in ctx.sentence_tokens and _in_model(ctx, i, k):
        k += 1
    phrase = noun_phrase(ctx, k, False, stop)
    if phrase is None or phrase[0] != k or not ctx.words[k].islower():
        return None
    if any(ctx.lowers[j] in _unit_names() for j in range(*phrase)):
        return None  # "3 x 5 metres": a measure's two sides
    return i, phrase[1]


def _model_phrase(ctx: Context, i: int, stop: int) -> tuple[int, int] | None:
    end = min(i + 5, stop, len(ctx.words))
    k, numbered = i, -1  # the last token of the name with digits in it
    while k < end and (k == i or k not in ctx.sentence_tokens) and _in_model(ctx, i, k):
        if any(map(str.isdigit, ctx.words[k])):
            numbered = k
        k += 1
    if numbered < 0:
        return None
    phrase = noun_phrase(ctx, k, False, stop)
    if phrase is not None and ctx.words[phrase[0]].islower():
        return i, phrase[1]
    last = ctx.words[k - 1]
    if numbered == k - 1:  # "787s", "A321neos", "F-35s" ("1990s", a year, is no model)
        plural = _PLURAL_MODEL.fullmatch(last) is not None
    else:  # a plural after the model number: "H100 GPUs", "iPhone 15 Pros"
        plural = acronym_plural(last) or numbers.is_plural(ctx.lowers[k - 1])
    return (i, k) if plural else None


def group_adjective(ctx: Context, i: int, stop: int, lead: int) -> tuple[int, int] | None:
    """An adjective that names a group of people right after a count, ending its phrase
    (number_context.json group_adjectives): "Floods leave 30 dead", "left 2,000 homeless."
    count the dead and the homeless; "30 dead fish" counts fish (a noun phrase first). An
    outcome (pair_adjectives) does so only after such a count and "and" or a comma (the
    count's words begin at token ``lead``): "30 dead and 100 wounded"."""
    if i >= min(stop, len(ctx.words)):
        return None
    if ctx.lowers[i] == "still" and i + 1 < min(stop, len(ctx.words)):
        i += 1  # "with 300 still missing": the adverb of a state
    word = ctx.lowers[i]
    if word not in _group_adjectives() and not (
        word in _pair_adjectives() and _after_group(ctx, lead)
    ):
        return None  # most phrases: two set lookups
    after = i + 1
    if after >= len(ctx.words) or not ctx.words[after].isalpha():
        return i, after
    ends = ctx.lowers[after] in stop_words() and after not in ctx.sentence_tokens
    return (i, after) if ends else None  # "30 dead in Kenya"; not "30 dead fish"


@cache
def _group_adjectives() -> frozenset[str]:
    return frozenset(number_context().group_adjectives)


@cache
def _pair_adjectives() -> frozenset[str]:
    return frozenset(number_context().pair_adjectives)


@cache
def _pair_leads() -> frozenset[str]:
    return frozenset(number_context().pair_leads)


def _after_group(ctx: Context, lead: int) -> bool:
    """Whether the count whose words begin at token ``lead`` may count an outcome: it opens
    its sentence ("About 40 injured were taken"), follows "with" or a verb of leaving
    (pair_leads: "with 120 injured", "leaving 40 wounded"), or a count of a group and "and"
    or a comma stand before it: "30 dead and 100 wounded", "12 dead, 40 injured and 5
    missing"; not "32 people were dead and 150 injured", which shares "people"."""
    if lead == 0 or lead in ctx.sentence_tokens or ctx.lowers[lead - 1] in _pair_leads():
        return True
    if lead < 3 or ctx.lowers[lead - 1] not in ("and", ","):
        return False
    if ctx.lowers[lead - 2] not in _group_adjectives() | _pair_adjectives():
        return False
    return any(n.end == lead - 2 for n in ctx.numbers)


def numbered_compound(ctx: Context, i: int, stop: int) -> tuple[int, int] | None:
    """A plural compound noun that opens with a number, after a count ("two 18-wheelers",
    "31 3-pointers", "40 two-seaters"), or a kind's compound and its plural head ("40 3-point
    attempts"): the number names the thing, so the count counts the whole compound; as a
    token range."""
    if i + 2 >= min(stop, len(ctx.words)) or ctx.words[i + 1] not in "-‐":
        return None
    if ctx.spaced[i] or ctx.spaced[i + 1] or not ctx.words[i + 2].islower():
        return None
    number = ctx.number_at(ctx.token_chars[i])
    if number is None or number.label_ != "cardinal" or number.end != i + 1:
        return None
    word = ctx.lowers[i + 2]
    if word in number_context().kind_compounds and i + 3 < min(stop, len(ctx.words)):
        head = ctx.lowers[i + 3]  # "40 3-point attempts": a kind's compound and its plural
        if numbers.is_plural(head) and _kind_compound(ctx, word, i + 3):
            return i, i + 4
    if not word.isalpha() or not numbers.is_plural(word) or word in lexicon_set("measure_words"):
        return None
    return i, i + 3


_MODEL_PLURAL_DIGITS = LazyPattern(r"\d{3}s")
"""A model's plural in three digits after an adjective: "(3 new) 747s", not "1990s"."""
_PLURAL_MODEL = LazyPattern(r"[\w-]*\d[A-Za-z]*s")
"""A model name's last word in the plural, its number in it: "A321neos", "F-35s", "787s"."""


def follows_count(ctx: Context, number: Span) -> bool:
    """Whether a count and an adjective stand right before ``number`` ("3 new 747 freighters",
    "4 more 787 jets"): one noun phrase holds one count, so ``number`` is part of a name. The
    word between is no plural noun, past tense or function word ("the two parties
    implemented 1,096 projects", "killed 12 and injured 300")."""
    k = number.start - 1
    if k < 1:
        return False
    word = ctx.lowers[k]
    if word in stop_words() and word not in _increments():
        return False  # most numbers: "about 40", "of 12"
    if not ctx.words[k].isalpha() or not ctx.words[k].islower() or k in ctx.sentence_tokens:
        return False
    if numbers.is_plural(word) or word.endswith("ed"):
        return False
    before = ctx.numerals_in(ctx.token_chars[k - 1], ctx.token_ends[k - 1])
    return bool(before) and before[-1].label_ == "cardinal" and before[-1].end == k


@cache
def _increments() -> frozenset[str]:
    return lexicon_set("increment_words")


def _in_model(ctx: Context, first: int, k: int) -> bool:
    """Whether token ``k`` goes on a model name that starts at token ``first``: a word with
    a capital ("Galaxy", "iPhone", "MAX"), a joining hyphen ("737-800") or digits that no
    count is made of ("A320", "COVID-19", an identifier number)."""
    word = ctx.words[k]
    if word in "-‐":
        return k > first and not ctx.spaced[k - 1] and not ctx.spaced[k]
    if any(map(str.isdigit, word)):
        number = ctx.number_at(ctx.token_chars[k])
        return word.replace("-", "").isalnum() and (number is None or number.label_ == "identifier")
    return word.isalpha() and any(map(str.isupper, word))


def acronym_plural(word: str) -> bool:
    """ "MPs", "PCs", "IDs": too short for ``is_plural``, plural by their capitals."""
    return len(word) > 2 and word[-1] == "s" and word[:-1].isupper()


def _letter_name(ctx: Context, k: int) -> bool:
    """A capital letter after a noun names its kind: "vitamin D", "hepatitis B"; "A" and "I"
    before a lower-case word are words ("of cocaine A spokesman said")."""
    word = ctx.words[k]
    if len(word) != 1 or not "A" <= word <= "Z":
        return False
    following = ctx.words[k + 1] if k + 1 < len(ctx.words) else ""
    return word not in "AI" or not (following.isalpha() and following.islower())


def _acronym(ctx: Context, k: int) -> bool:
    """An all-capital word spelled like a stop word, before a lower-case noun or a word with
    a capital (not all capitals), is an acronym: "40 US troops", "IT workers", "30 US
    Marines", "40 US Navy ships" (not "AS" in a headline in capitals)."""
    word = ctx.words[k]
    if len(word) < 2 or not word.isupper() or k + 1 >= len(ctx.words):
        return False
    following = ctx.words[k + 1]
    return following.islower() or (following.istitle() and following.isalpha())


@cache
def _objects() -> frozenset[str]:
    """The partitive determiners and object pronouns: a word before them is a verb."""
    return lexicon_set("partitive_determiners") | lexicon_set("object_pronouns")


def _verb_follows(ctx: Context, i: int) -> bool:
    """A plural-looking word followed by a number or a determiner is a verb: "five farms 12
    mu", "two sides agreed"-style heads stay, "the team wins the cup" does not."""
    if i >= len(ctx.words):
        return False
    if ctx.lowers[i] in _objects():
        return not _floating(ctx, i)
    return ctx.like_num(i) and not _spaced_by(ctx, i)


def _price_follows(ctx: Context, i: int) -> bool:
    """Whether a sum of money written with a sign starts at token ``i``: after a singular
    noun, a plural-looking word before it is a price's verb ("The 2 bedroom flat costs
    £1,200", "a 4K monitor costs $400"), no compound's head."""
    return i + 1 < len(ctx.words) and ctx.words[i] in _money_signs() and ctx.like_num(i + 1)


@cache
def _money_signs() -> frozenset[str]:
    """The currency markers with a sign in them ("$", "£", "US$", "HK$"), which the
    tokenizer splits off the digits; a lettered one ("Rs", "R") may be a word."""
    symbols, _ = lexicons.currency_markers()
    return frozenset(s for s in symbols if not s.isalpha())


def _floating(ctx: Context, i: int) -> bool:
    """Whether "all" or "both" after a plural floats off its subject before the verb: "The 50
    states all voted", "The 3 men all denied", "The 2 firms both have" (a past tense or an
    auxiliary after it); "wins all matches" keeps the verb."""
    if ctx.lowers[i] not in ("all", "both") or i + 1 >= len(ctx.words):
        return False
    after = ctx.lowers[i + 1]
    return after in _AUXILIARIES or (after.endswith("ed") and ctx.words[i + 1].isalpha())


def _first_object(ctx: Context, i: int) -> bool:
    """Whether the counted phrase at token ``i`` is the first of two objects: its number (and
    a qualifier) right after a verb of giving or telling, so that the plural is a noun before
    the second object, no verb: "told more than 300 investors his fund had returned 18%"
    (number_context.json give_verbs)."""
    lowers = ctx.lowers
    for k in range(i - 2, max(i - 5, -1), -1):
        if lowers[k] in give_verbs():
            return True
        if not (ctx.like_num(k) or lowers[k] in qualifier_words()):
            return False
    return False


@cache
def qualifier_words() -> frozenset[str]:
    """The words of the qualifiers before a number ("more", "than", "about"), in lower case."""
    return frozenset(w for cue in lexicons.qualifiers().before for w in cue.lower().split())


def _spaced_by(ctx: Context, i: int) -> bool:
    """Whether the number at token ``i``, a word and an adverb of measure after it say how far
    apart, how big or where the things before it are: "2 doses 21 days apart", "two towers
    300 metres tall", "people 150 miles north", "people 20 km to the north"
    (number_context.json measure_adverbs)."""
    k, lowers = i + 2, ctx.lowers
    if k + 1 < len(lowers) and lowers[k] == "to" and lowers[k + 1] == "the":
        k += 2  # "20 km to the north"
    return k < len(lowers) and lowers[k] in measure_adverbs() and ctx.words[i + 1].isalpha()


def partitive(ctx: Context, i: int, stop: int, singular: bool = True) -> tuple[int, int] | None:
    """ "1,000 of the workers", "816 000 t of wheat": the phrase after "of"; with
    ``singular`` False a count needs a plural ("two of the plan" counts no plans)."""
    lowers = ctx.lowers
    if i >= len(lowers) or lowers[i] != "of":
        return None
    j = i + 1
    if j < len(lowers) and lowers[j] in lexicon_set("partitive_determiners"):
        j += 1
    owner = _owner_end(ctx, j, stop)
    if owner is not None:  # "All 27 of the bloc's members": members
        return _owned(ctx, owner, stop)
    phrase = noun_phrase(ctx, j, singular, stop)
    if (
        phrase is None
        and i + 1 < j < len(lowers)  # "birdied four of his" at a text's end: no word after
        and ctx.number_at(ctx.token_chars[j]) is None
    ):
        phrase = model_phrase(ctx, j, stop)  # "all 72 of its 737-9 aircraft"
    if phrase is not None and phrase[1] - phrase[0] > 2:
        phrase = _before_past_verb(ctx, phrase)
    if phrase is not None:  # "A kilo of tortillas sells for 56 pesos": tortillas
        priced = next((k for k in range(phrase[0] + 1, phrase[1]) if ctx.lowers[k] in _PRICED), 0)
        phrase = (phrase[0], priced) if priced else phrase
    if phrase is None and singular and _formula(ctx, j, stop):
        return j, j + 1  # "10 billion tonnes of CO2"
    if phrase is None and singular and _formula_equivalent(ctx, j, stop):
        return j, j + 2  # "36 billion tonnes of CO2 equivalent"
    return phrase


_PRICED = frozenset({"sells", "sold", "costs", "fetches", "fetched", "retails", "retailed"})
"""Verbs of a price that end the phrase after "of" before them: "A kilo of tortillas sells
for 56 pesos", "a tonne of beans costs"."""
_OWNER_WORDS = 3
"""How many words an owner may have before its "'s": "the European Union's"."""


def _owner_end(ctx: Context, j: int, stop: int) -> int | None:
    """The token after the "'s" of an owner of up to three words at ``j`` ("the bloc's", "the
    European Union's") or after a plural owner's apostrophe ("the Springboks'"), or None."""
    for k in range(j + 1, min(j + _OWNER_WORDS + 1, stop, len(ctx.lowers))):
        if ctx.lowers[k] in _POSSESSIVES or plural_apostrophe(ctx, k):
            return k + 1
        if not ctx.words[k].isalpha():
            return None
    return None


def _owned(ctx: Context, k: int, stop: int) -> tuple[int, int] | None:
    """The plural phrase after an owner's "'s" in a part's "of" phrase ("27 of the bloc's
    members", "three of the firm's top executives"); None when a number follows, whose count
    it is ("12 of the county's 55 wards"), or no plural."""
    if k >= len(ctx.lowers) or ctx.number_at(ctx.token_chars[k]) is not None:
        return None
    return noun_phrase(ctx, k, False, stop)


def _before_past_verb(ctx: Context, phrase: tuple[int, int]) -> tuple[int, int]:
    """The phrase after "of" cut before a past verb that follows its first, singular noun
    ("half an inch of ice coated branches": ice; "tonnes of rice stored" already ends
    there); "tonnes of processed food" keeps its adjective, the first word."""
    first = phrase[0]
    word, lowers = ctx.words[first + 1], ctx.lowers
    if not word.islower() or not word.endswith("ed") or word in _not_past_ed():
        return phrase
    if numbers.is_plural(lowers[first]) or not ctx.words[first].isalpha():
        return phrase
    return first, first + 1


@cache
def _not_past_ed() -> frozenset[str]:
    return frozenset(lexicons.calendar().not_past_ed)


def _formula_equivalent(ctx: Context, j: int, stop: int) -> bool:
    """A formula and "equivalent" after a unit and "of": "tonnes of CO2 equivalent"."""
    k = j + 1
    if k >= min(stop, len(ctx.words)) or ctx.lowers[k] != "equivalent":
        return False
    if _FORMULA.fullmatch(ctx.words[j]) is None:
        return False
    following = ctx.words[k + 1] if k + 1 < len(ctx.words) else ""
    return not (following.isalpha() and following.islower()) or following in stop_words()


_FORMULA = LazyPattern(r"[A-Z][A-Za-z]*\d[A-Za-z\d]*(?:\.\d+)?")
"""A chemical formula or a pollutant's name: CO2, CH4, N2O, PM2.5."""


def _formula(ctx: Context, j: int, stop: int) -> bool:
    """Whether token ``j`` is a formula that ends the phrase after a unit and "of" ("10
    billion tonnes of CO2"; not "5 tonnes of A320 parts")."""
    if j >= min(stop, len(ctx.words)) or not _FORMULA.fullmatch(ctx.words[j]):
        return False
    following = ctx.words[j + 1] if j + 1 < len(ctx.words) else ""
    if any(map(str.isdigit, following)):
        return False
    return not (following.isalpha() and following.islower()) or following in stop_words()


def _rank_compound(ctx: Context, number: Span) -> bool:
    """Whether the number ends a rank's compound modifier: "her third top 10 finish", "12
    top 10 finishes", "a top 5 spot" (a rank word after a word of number_context.json
    rank_leads or a number); "the top 10 companies" still counts, "will top 3,840" too."""
    k = number.start - 1
    if k < 1 or ctx.lowers[k] not in _rank_words():
        return False  # most numbers: a set lookup
    lead = ctx.lowers[k - 1]
    return lead in _rank_leads() or ctx.number_at(ctx.token_chars[k - 1]) is not None


def _emergency_line(ctx: Context, number: Span) -> bool:
    """Whether the number names an emergency line before a noun of a call or a line, or
    after one and "to": "911 calls", "a 999 call", "the 911 dispatcher", "Calls to 911 rose"
    (number_context.json emergency_numbers and line_nouns); "Call 911" is the phone rule's."""
    lowers, k = ctx.lowers, number.start
    after = number.end < len(lowers) and lowers[number.end] in _line_nouns()
    before = k >= 2 and lowers[k - 1] == "to" and lowers[k - 2] in _line_nouns()
    if not (after or before):
        return False  # most numbers: a set lookup or two
    return number.text in _emergency_numbers()


@cache
def _emergency_numbers() -> frozenset[str]:
    return frozenset(number_context().emergency_numbers)


@cache
def _line_nouns() -> frozenset[str]:
    return frozenset(number_context().line_nouns)


@cache
def _rank_words() -> frozenset[str]:
    return lexicon_set("rank_words")


@cache
def _rank_leads() -> frozenset[str]:
    return frozenset(number_context().rank_leads)


def counts_nothing(ctx: Context, number: Span, start: int, end: int) -> bool:
    """The base of a rate ("per 100,000 people", "every 1,000 residents") or a term of a
    proportion ("one in five adults", "nine out of 10 doctors", "a 1-in-100-year flood"):
    numbers that count nothing. ``start`` and ``end`` are the number's offsets."""
    text = ctx.text
    # Cheap tests of the letters the patterns need first: most numbers follow and precede
    # other words.
    if proportion_second(ctx, number) is not None or _rank_compound(ctx, number):
        return True
    if _emergency_line(ctx, number):
        return True
    # a race's distance is one of a few numbers: the slice is read once, no Span.text for each
    if text[start:end] in _RACE_DISTANCES and (
        _race_distance(ctx, number) or _race_pair(ctx, number)
    ):
        return True
    if not text.endswith(_BASE_ENDS, max(0, start - 6), start - 1):
        return False
    if _RATE_BASE.search(text, max(0, start - 8), start):
        return True
    before = _PROPORTION_BEFORE.search(text, max(0, start - 16), start)
    if before is None:
        return False
    first = ctx.numerals_in(max(0, before.start() - 40), before.start())
    if not first or first[-1].end_char != before.start():
        return False
    return _ascending(first[-1], number)


def proportion_second(ctx: Context, number: Span) -> Span | None:
    """The second term of a proportion that ``number`` starts ("one in five", "nine out of
    10", "two of every five"), the first smaller, or None."""
    text, end = ctx.text, number.end_char
    if text[end + 1 : end + 2] not in ("i", "o"):
        return None  # no "in" or "out of" after the space or hyphen: most numbers
    after = _PROPORTION_AFTER.match(text, end)
    if after is None:
        return _base_of_people(ctx, number)
    second = ctx.number_at(after.end())
    return second if second is not None and _ascending(number, second) else None


_OF_BASE = re.compile(r"[ \u00a0]of[ \u00a0](?:10|100|ten)[ \u00a0]", re.IGNORECASE)


def _base_of_people(ctx: Context, number: Span) -> Span | None:
    """The base of a proportion written with "of": 10 or 100 before a plural of people
    (number_context.json proportion_nouns, or a demonym's plural): "Seven of 10 Americans
    agree", "4 of 10 doctors" are 7 and 4 in 10, no count of 10 of them; "won 7 of 10
    games" is a part of a total."""
    end = number.end_char
    if _OF_BASE.match(ctx.text, end) is None:
        return None  # most numbers
    second = ctx.number_at(end + 4)
    if second is None or second.end >= len(ctx.words) or not _ascending(number, second):
        return None
    word = ctx.words[second.end]
    return second if demonym_plural(word) or word.lower() in proportion_nouns() else None


def demonym_plural(word: str) -> bool:
    """Whether a capitalized word is the plural of a demonym, a count of people: "Americans",
    "Israelis", "Frenchmen", "Englishmen" (the gazetteer's demonyms)."""
    if word.endswith("men") and word[:-3] in _demonyms():
        return True
    return word.endswith("s") and word[:-1] in _demonyms()


@cache
def proportion_nouns() -> frozenset[str]:
    """``number_context.json``'s ``proportion_nouns``: plurals of people and firms."""
    return frozenset(number_context().proportion_nouns)


def _ascending(first: Span, second: Span) -> bool:
    """Two cardinals, the first smaller: the terms of a proportion ("1 in 4"), not a total
    and the places it is in ("1,200 in 12 villages") nor a year ("5,000 in 2019")."""
    if first.label_ != "cardinal" or second.label_ != "cardinal":
        return False
    low, high = numerals.normalize(first.text), numerals.normalize(second.text)
    return low is not None and high is not None and low[0] < high[0]


def undated(ctx: Context, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` with every date span inside it written as "x"s: a
    gap that may hold a date but no other number ("in 2023, up from")."""
    text = ctx.text[start:end]
    for date in ctx.group(DATES):
        if start <= date.start_char and date.end_char <= end:
            a, b = date.start_char - start, date.end_char - start
            text = text[:a] + "x" * (b - a) + text[b:]
    return text


DATES = "dates"
"""The span group of the date component (``facts.dates``, which imports the count rules)."""


def on_scale(ctx: Context, number: Span) -> tuple[int, int] | None:
    """The token range of a reading on a scale, which measures and counts nothing else: a
    scale word right before it, maybe with "of" or a hyphen ("magnitude 6.4", "a magnitude
    of 7.1", "a magnitude-6.4 quake"), or after it ("a 6.4 magnitude quake", "7.8-magnitude",
    "6.8 in magnitude") unless a reading follows it ("Two magnitude-5 aftershocks"), or "on
    the" and one after it ("7.1 on the Richter scale", "scale" included); a decimal before a
    noun of a reading is one too ("the 7.1 quake": the number alone). None for most
    numbers."""
    scales, lowers, k = lexicon_set("scale_words"), ctx.lowers, number.end
    before = number.start - 1
    if before > 0 and lowers[before] == "of":
        before -= 1
    elif before > 0 and lowers[before] in ("-", "–", "—") and not ctx.spaced[before - 1]:
        before -= 1  # "a magnitude-6.4 earthquake"
    if before >= 0 and lowers[before] in scales:
        return before, number.end
    if k < len(lowers) and lowers[k] in lexicon_set("reading_nouns") and "." in number.text:
        return number.start, number.end  # "the 7.1 quake"
    if k + 1 < len(lowers) and lowers[k] == "-" and lowers[k + 1] in scales:
        k += 1  # "7.8-magnitude"
    elif k < len(lowers) and lowers[k] == "on" and k + 1 < len(lowers) and lowers[k + 1] == "the":
        k += 2
    elif k + 1 < len(lowers) and lowers[k] == "in" and lowers[k + 1] in scales:
        k += 1  # "The earthquake was 6.8 in magnitude"
    if k >= len(lowers) or lowers[k] not in scales or _reading_after(ctx, k + 1):
        return None
    scale = k + 1 < len(lowers) and lowers[k + 1] == "scale"  # "on the Richter scale"
    return number.start, k + 1 + scale


def _reading_after(ctx: Context, k: int) -> bool:
    """Whether digits, maybe after a glued dash, are token ``k``: the scale word before them
    is their reading's ("Two magnitude-5 aftershocks", "two magnitude 6 quakes"), not the
    reading of a count before it."""
    words = ctx.words
    if k < len(words) and words[k] in ("-", "–", "—") and not ctx.spaced[k - 1]:
        k += 1
    return k < len(words) and words[k][:1].isdigit()


def countable(ctx: Context, value: Decimal, end: int, counted: str = "") -> bool:
    """Whether a value can count the noun it stands before: a whole number ("2.5 doctors"
    and "a 6.2-magnitude quake" count nothing), a noun of parts ("1.2 points") or an average
    ("averaged 7.1 rebounds", "1.72 children per woman"), and not the first half of a rate
    per a base ("12 cases per 100,000 people")."""
    whole = value == value.to_integral_value()
    if (
        not whole
        and counted.rpartition(" ")[2] not in lexicon_set("part_nouns")  # "1.2 points"
        and not _average(ctx, end)
    ):
        return False
    return not rate_base_follows(ctx, end)


@cache
def _average_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word of an average anywhere before, and "on average" right after a counted phrase."""
    words = alternation(number_context().average_words)
    return re.compile(rf"(?i:\b(?:{words})\b)"), re.compile(r"[ \u00a0]+on[ \u00a0]+average\b")


def _average(ctx: Context, end: int) -> bool:
    """Whether a count that is no whole number, with its counted phrase ending at ``end``, is
    an average: "He averaged 7.1 rebounds", "The average family has 1.9 cars", "2.4 children
    on average", or a count per time ("3.5 flights per day")."""
    before, after = _average_res()
    text = ctx.text
    if before.search(text, ctx.sentence_start(end), end) or after.match(text, end):
        return True
    return _per_time().match(text, end) is not None or per_person(text, end) is not None


_PER_PERSON = LazyPattern(
    r"[ \u00a0]+per[ \u00a0]+(?P<per>woman|man|person|adult|child|mother|couple|household"
    r"|family|resident|inhabitant|citizen)(?![\w'\u2019-])"
)
"""One person or household after "per", ending the count's rate: "1.72 children per woman",
"2.3 cars per household"; not "per patient-year", "per household's"."""


def per_person(text: str, end: int) -> tuple[str, int] | None:
    """The person (or household) a count ending at ``end`` is per, one of them, and where it
    ends: "1.72 children per woman" (woman), a rate per one as "5.2 deaths per 100,000 people"
    is per 100,000; None when a time follows too ("per person per day", read whole
    elsewhere) or none is there.

    >>> per_person("1.72 children per woman.", 13), per_person("3 per woman a year", 1)
    (('woman', 23), None)
    """
    if text[end + 1 : end + 5] != "per ":
        return None  # most counts: a string test says so fast
    found = _PER_PERSON.match(text, end)
    if found is None or _per_time().match(text, found.end()) is not None:
        return None
    return found["per"], found.end()


def rate_base_follows(ctx: Context, end: int) -> bool:
    """Whether the base of a rate follows: "per 100,000 people", "per 100 km", or a scale
    word alone: "300 cases per million people", "8 per thousand"."""
    if ctx.text[end + 1 : end + 2] not in ("p", "f"):
        return False  # no "per" or "for every" after the space: most phrases
    per = PER_NUMBER.match(ctx.text, end)
    if per is None:
        return False
    if ctx.number_at(per.end()) is not None:
        return True
    return _SCALE_BASE.match(ctx.text, per.end()) is not None


_SCALE_BASE = LazyPattern(r"(?i:thousand|million|billion)\b")
"""A scale word that is the whole base of a rate after "per": "per million people"."""


_FEET_BEFORE = LazyPattern(r"\d(?:[ \u00a0]?ft|[ \u00a0]+f(?:oo|ee)t)[ \u00a0]+$")
"""Feet right before a number: the inches of "6 foot 4"."""
_APPOSITION = LazyPattern(
    r"[A-Za-z],[ \u00a0]*(?:(?:both|aged)[ \u00a0]+)?(?:\d+[ \u00a0]+and[ \u00a0]+)?$"
)
_APPOSITION_END = re.compile(r",|[ \u00a0]+and[ \u00a0]+\d+,")
"""A bare number set off by commas after a noun is an attribute, mostly an age: "Zhao, 46,
said", "Two men, 25 and 31, were charged", "The suspects, both 17, were bailed"."""


def bare_number_counts(text: str, number: str, end: int, previous: str, limit: int) -> bool:
    """Whether a ``number`` ending at ``end`` with neither unit nor counted phrase is still a
    quantity ("the toll rose to 40"), given the ``previous`` few words and where the text an
    earlier kind claimed begins (``limit``: "a year earlier" is a date's)."""
    words = previous.split()
    if _ranked(words) or _name_follows(text, end) or age_limit(words):
        return False  # "the top 10", "the 737 MAX", "30 Rockefeller Plaza", "children under 5"
    if _age_stated(words, number, text, end):
        return False  # "She was 86.", "The victim was 19 when": an age
    if _age_group(words, number, text, end):
        return False  # "children 5 to 11", "adults 65 and older": an age group
    if words[-1:] in (["a"], ["A"], ["an"]):
        return False  # a number used as a noun: "Woods shot a 65", "carded a 68": a score
    if previous.endswith(("r ", "r\u00a0")) and _par_before().search(previous):
        return False  # "a 5-under 67", "shot four-under-par 68": a golf round's score
    if _golf_score(text, number, end, previous) or _labelled(words, previous):
        return False  # "a final-round 66", "finished 17 under par", "on lap 78", "lap 30 of 57"
    if words[-1:] == ["of"] and _NAME_OF.search(previous):
        return False  # "the Group of 20", "the Gang of 8": a name
    if _AGE_AFTER.match(text, end) or number[-1:] in ("k", "K"):
        return False  # "the 16-24 age group"; "a 10k race" is 10 km, "10k" alone either
    if _per_time().match(text, end, limit):
        return False  # "rises to 11.44 an hour": a rate of something unsaid
    if (after := _WORD_AFTER.match(text, end, limit)) and after[1] in lexicon_set("ratio_words"):
        return False  # "1.5 times earnings", "a 10 fold rise": a ratio
    if after and after[1] in _RACE_EVENTS:
        return False  # "won the 800 freestyle", "the 200 butterfly": a race, named
    if _drawn(text, end - len(number)):
        return False  # "winning numbers were 20, 21, 36, 46 and 57", "the Powerball was 9"
    if _FOR_NUMBER.match(text, end, limit) or _NUMBER_FOR.search(previous):
        return False  # "Australia were 3 for 45", "2 for 1": a score or an offer
    if _TALLY_SIDE.match(text, end):  # not to ``limit``: its end is no phrase's
        return False  # "The vote was 310 for and 261 against": a tally
    if previous.endswith(("t ", "t\u00a0")) and _FEET_BEFORE.search(previous):
        return False  # the inches of "6 foot 4"
    if _AT_END.search(previous) and _hour(number, 120) and _at_hour(words, number, text, end):
        return False  # "sleeps at 11 every night", "wakes at 6": an hour; "died at 85"
    if _hour(number, 31) and _day_range_end(text, previous, end):
        return False  # "from May 1 to 5", "from 1 to 5 May": the other day of a date range
    if words and words[-1] in _points_size_leads() and _points_size(text, number, end, words):
        return False  # "a cut of 25 basis points, with some betting on 50": points, no count
    if previous.endswith(("at ", "at\u00a0")) and _tied_or_quoted(
        text, previous, end - len(number)
    ):
        return False  # "tied the game at 98": a score; "Against the euro it traded at 94.02"
    return not (_APPOSITION_END.match(text, end) and _APPOSITION.search(previous))


_TIED_AT = LazyPattern(
    r"\b(?:[Tt]ied|[Ll]evel|[Dd]eadlocked|[Kk]notted)(?:[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:game|score|match|contest|series|it|things))?(?:[ \u00a0]+up)?[ \u00a0]+at[ \u00a0]+$"
)
"""A tie's words right before a bare number: "tied the game at ", "was tied at ", "level at ",
"knotted it up at " (a score, both sides' own; "tied at 3 goals apiece" has its noun)."""
_QUOTED_AGAINST = LazyPattern(
    r"\b[Aa]gainst[ \u00a0]+the[ \u00a0]+(?:dollar|greenback|euro|yen|yuan|pound|sterling|franc"
    r"|rupee|ruble|rouble|won|real|peso|rand)\b,?(?:[ \u00a0]+[A-Za-z']+){1,4}[ \u00a0]+"
    r"(?:traded|trading|trades|stood|stands|was|is|closed|ended|opened|settled)[ \u00a0]+at"
    r"[ \u00a0]+$"
)
"""A currency's level against another said before its verb: "Against the euro it traded at ",
"against the dollar the shilling stood at " (an exchange rate whose other currency is said
in a sentence before, no count)."""


def _tied_or_quoted(text: str, previous: str, start: int) -> bool:
    """Whether a bare number after "at" is a tied score ("Jokic tied the game at 98") or a
    currency's level against another ("Against the euro it traded at 94.02")."""
    if _TIED_AT.search(previous):
        return True
    window = text[max(0, start - 80) : start]
    return "gainst" in window and _QUOTED_AGAINST.search(window) is not None


_RACE_EVENTS = frozenset(
    {"freestyle", "butterfly", "backstroke", "breaststroke", "medley", "steeplechase"}
    | {"sprint", "relay", "dash", "hurdles"}
)
"""Races named by their distance with no unit: "the 800 freestyle", "the 3000 steeplechase",
"the 100 sprint", "the 400 relay", "the 110 hurdles"."""
_RACE_DISTANCES = frozenset(
    {"50", "60", "100", "110", "200", "300", "400", "800", "1500", "1,500", "1600", "1,600"}
    | {"3000", "3,000", "5000", "5,000", "10000", "10,000"}
)
"""The metres of the races of athletics and swimming, which a race's name gives with no unit
("the 110 hurdles", "the 1500 freestyle"); "cleared 10 hurdles" counts."""
_RACE_OPENERS = ("the ", "The ", "'s ", "’s ")
"""What stands before "N hurdles" or a race's name before a plural ("the 400 hurdles",
"women's 100 hurdles", "the 100 freestyle heats"), where the number may count otherwise
("cleared 400 hurdles", "400 relay batons")."""


def _race_distance(ctx: Context, number: Span) -> bool:
    """Whether the number is a race's distance before the race's name: "the 110 hurdles",
    "the 400 medley", "the 200 individual medley", "the 100 sprint" (``_RACE_EVENTS``), a
    name that counts nothing."""
    k = number.end
    if k >= len(ctx.lowers) or number.text not in _RACE_DISTANCES:
        return False  # most numbers: a set lookup
    lowers = ctx.lowers
    if lowers[k] == "individual" and k + 1 < len(lowers) and lowers[k + 1] == "medley":
        k += 1  # "the 400 individual medley"
    if lowers[k] not in _RACE_EVENTS:
        return False
    after = lowers[k + 1] if k + 1 < len(lowers) else ""
    plural = lowers[k] == "hurdles" or (after.endswith("s") and not after.endswith("ss"))
    return not plural or ctx.text.endswith(_RACE_OPENERS, 0, number.start_char)


_RACE_D = (
    r"\b(?:50|60|100|110|200|300|400|800|1,?500|1,?600|3,?000|5,?000|10,?000)(?![0-9]|[,.][0-9])"
)
_RACE_PAIR = LazyPattern(
    rf"\b[Tt]he[ \u00a0]+(?:(?:men|women)['\u2019]s[ \u00a0]+)?{_RACE_D}"
    rf"(?:,[ \u00a0]+(?:the[ \u00a0]+)?{_RACE_D})*,?[ \u00a0]+(?:and|or)[ \u00a0]+"
    rf"(?:the[ \u00a0]+)?{_RACE_D}"
    r"(?=[ \u00a0]*[.,;:!?)]|[ \u00a0]+(?:at|in|on|for|from|during|this|last|with|while"
    r"|before|after|and|to|titles?|finals?|golds?|double|crowns?|races?|events?|heats?"
    r"|semi-?finals?)\b)"
)
"""Race distances coordinated after "the", the last ending its phrase or before a race's noun:
"won the 100 and 200 at", "the 5,000 and 10,000 titles", "the 100, 200 and 400.", "the 100 and
the 200"; "the 100 and 200 shares" goes on to a noun that counts."""
_RACE_CUE = LazyPattern(
    r"\b(?:won|wins?|winning|ran|runs|raced|racing|swam|swimm|gold|medal|olympi|sprint|title"
    r"|champion|athlet|world record)"
)
"""Words of a race in the sentence around such a coordination; "The 100 and 200 were sold at
auction" has none and counts."""


def _race_pair(ctx: Context, number: Span) -> bool:
    """Whether the number is one of race distances coordinated after "the" (``_RACE_PAIR``)
    near a word of a race: "Bolt won the 100 and 200", "Farah won the 5,000 and 10,000 in
    London": races, named, no counts (as "the 800 freestyle" is, ``_race_distance``)."""
    if number.text not in _RACE_DISTANCES:
        return False  # most numbers: a set lookup
    text, start, end = ctx.text, number.start_char, number.end_char
    near = text[max(0, start - 40) : end + 40]
    if " and " not in near and " or " not in near:
        return False  # no coordination: a string test says so fast
    for found in _RACE_PAIR.finditer(text, max(0, start - 60), min(len(text), end + 60)):
        if found.start() <= start and end <= found.end():
            around = text[max(0, start - 150) : end + 60].lower()
            return _RACE_CUE.search(around) is not None
    return False


_DRAWN = LazyPattern(
    r"(?:(?:\b[Ww]inning|\b[Dd]rawn|'s|\u2019s)[ \u00a0]+numbers[ \u00a0]+"
    r"(?:were|are|was|included)[ \u00a0]+(?:[0-9]{1,2},?[ \u00a0]+(?:and[ \u00a0]+)?)*"
    r"|\b(?:Powerball|Mega[ \u00a0]+Ball|[Bb]onus[ \u00a0]+[Bb]all)[ \u00a0]+"
    r"(?:was|is|of)[ \u00a0]+)$"
)
"""Before a lottery's drawn number: "winning numbers were 20, 21, 36, 46 and ", "Saturday's
numbers were ", "the Powerball was ", "with a Powerball of " (labels, no count)."""


def _drawn(text: str, start: int) -> bool:
    """Whether the bare number at ``start`` is a lottery's drawn number."""
    window = text[max(0, start - 60) : start]
    if "numbers" not in window and "all " not in window:
        return False  # most numbers: a string test says so fast
    return _DRAWN.search(window) is not None


@cache
def _points_size_leads() -> frozenset[str]:
    return frozenset(number_context().points_size_leads)


_POINTS_BEFORE = LazyPattern(
    r"(?<![\d.,])(?P<value>\d+(?:\.\d+)?)[ \u00a0-]?"
    r"(?:(?i:basis|percentage)[ \u00a0-]points?|bps?)\b"
    r"(?:[^.;:!?()$\u20ac\u00a3]|\.(?![ \u00a0]*[A-Z\"\u201c]|[ \u00a0]*$)){0,80}$"
)
"""An amount of basis or percentage points earlier in the sentence of a bare number, with no
sentence's stop, colon, bracket or money between (a date's, a decimal's or an
abbreviation's dot may stand): "a rate cut of 25 basis points at the Fed's Sept. 17-18
meeting, with some traders betting on ", "by 25 basis points to 3.75%, though some had
pushed for "."""
_POINTS_SIZE_END = LazyPattern(r"[ \u00a0]*(?:[.,;)]|$)")
_POINTS_RATIO = 10
"""How far apart a bare size and the points before it may be: "25 basis points ... 50"."""


def _points_size(text: str, number: str, end: int, words: list[str]) -> bool:
    """Whether a bare ``number`` ending its clause after a lead of a size
    (number_context.json points_size_leads: "betting on", "calling for", "expected", "to")
    restates an amount of basis or percentage points before it in its clause, within
    _POINTS_RATIO of it: "a rate cut of 25 basis points, with some traders betting on 50",
    "cut by 0.25 percentage point, though some had expected 0.5", "The spread widened 20
    basis points to 150" (no count: a size or level of points); "backed by 7" (a participle
    before "by") stays."""
    if not _POINTS_SIZE_END.match(text, end):
        return False  # "betting on 50 banks": a noun or more of the clause after
    if words[-1] == "by" and len(words) > 1 and words[-2].endswith("ed"):
        return False  # "a cut of 25 basis points, backed by 7": the voters, a count
    start = end - len(number)
    before = _POINTS_BEFORE.search(text, max(0, start - 120), start)
    bare = numerals.normalize(number)
    if before is None or bare is None:
        return False
    low, high = sorted((bare[0], Decimal(before["value"])))
    return low > 0 and high <= low * _POINTS_RATIO


@cache
def _par_before() -> re.Pattern[str]:
    """Strokes under or over par before a round's score: "a 5-under 67", "a two-over-par 74",
    "an even-par 72" (a number word of numbers.json units; not "a carry-over 500")."""
    strokes = alternation(lexicons.number_words().units)
    return re.compile(
        rf"(?:\b\d{{1,2}}|\b(?:{strokes}))-(?:under|over)(?:-par)?[ \u00a0]+$"
        r"|\b(?:even|level)-par[ \u00a0]+$",
        re.IGNORECASE,
    )


_ROUND_BEFORE = LazyPattern(r"\w-round[ \u00a0]+$")
_PAR_AFTER = re.compile(
    r"[ \u00a0]+(?:under|over)(?:(?P<par>[ \u00a0]+par\b)|[ \u00a0]*(?:[,.;)]|$)"
    r"|[ \u00a0]+(?:for[ \u00a0]+the|through|thru|after)\b)"
)
_ROUNDS_OF = LazyPattern(r"\brounds[ \u00a0]+of[ \u00a0]+(?:\d\d,?[ \u00a0]+(?:and[ \u00a0]+)?)*$")
"""A golf card's list: "carded rounds of 66, 68, 70 and " before each score."""
_ROUND_SCORES = range(55, 91)
"""A round of golf: a score a verb of number_context.json score_verbs may stand before
("shot 68 on Thursday"); "the gunman shot 12." is a count."""
_MOST_STROKES = 40
"""Strokes relative to par without "par" are few: "10 under, two clear"; "300 over." is none."""


def _golf_score(text: str, number: str, end: int, previous: str) -> bool:
    """Whether a bare number is a golf round's score ("shot a final-round 66", "a
    second-round 70") or strokes relative to par ("finished on 17 under par", "is 10
    under, two clear", "4 under through 10 holes"), or a round's after a verb of scoring
    ("shot 68 on Thursday", "rounds of 66, 68 and 70"): no count."""
    if previous.endswith(("d ", "d\u00a0")) and _ROUND_BEFORE.search(previous):
        return True
    if number.isdigit() and int(number) in _ROUND_SCORES:
        words = previous.split()
        if (words and words[-1].lower() in _score_verbs()) or _ROUNDS_OF.search(previous):
            return True  # "He shot 68 on Thursday", "carded rounds of 66, 68 and 70"
    par = _PAR_AFTER.match(text, end)
    return par is not None and (par["par"] is not None or _hour(number, _MOST_STROKES))


@cache
def _label_of_re() -> re.Pattern[str]:
    """A label noun, its number and "of" before a total: "on lap 30 of "."""
    return re.compile(rf"\b(?:{alternation(label_nouns())})[ \u00a0]+\d+[ \u00a0]+of[ \u00a0]+$")


@cache
def _labels_pair_re() -> re.Pattern[str]:
    """A plural label noun, its first number and a link before the second: "holes 17 and "."""
    plurals = alternation(f"{noun}s" for noun in label_nouns())
    link = r"(?:[ \u00a0]*[-\u2013][ \u00a0]*|[ \u00a0]+(?:and|or|to|through)[ \u00a0]+)"
    return re.compile(rf"\b(?:{plurals})[ \u00a0]+\d+{link}$", re.IGNORECASE)


def _labelled(words: list[str], previous: str) -> bool:
    """Whether a bare number follows a label noun of number_context.json (a game's lap or
    hole: "set the fastest lap on lap 78", "at hole 17"; a plural before two: "birdied holes
    17 and 18", "laps 30 to 40"), or is the total after a labelled one ("on lap 30 of 57"): a
    label, no count."""
    if words[-1:] and words[-1].lower() in _labels():
        return True
    if words[-1:] == ["of"]:
        return _label_of_re().search(previous) is not None
    return (
        bool(words)
        and words[-1].lower() in _LABEL_LINKS
        and bool(_labels_pair_re().search(previous))
    )


_LABEL_LINKS = frozenset({"and", "or", "to", "through", "-", "\u2013"})


@cache
def _labels() -> frozenset[str]:
    """The label nouns and their plurals."""
    return label_nouns() | frozenset(f"{noun}s" for noun in label_nouns())


_NAME_OF = LazyPattern(r"\b[Tt]he[ \u00a0]+[A-Z][a-z]+[ \u00a0]+of[ \u00a0]+$")
""""The", a capitalized noun and "of" before a bare number: a name ("the Group of 20", "The
Gang of 8"); "A total of 20", "Of the 200", "the toll in Turkey of 40" are none."""
_AGE_AFTER = re.compile(r"[ \u00a0]+ages?\b")
_AT_END = re.compile(r"\bat[ \u00a0]+$", re.IGNORECASE)


def _hour(number: str, most: int = 24) -> bool:
    """A bare whole number of at most ``most``: an hour or a day of a month."""
    return number.isdigit() and int(number) <= most


def _day_range_end(text: str, previous: str, end: int) -> bool:
    """Whether a bare number is a day that a link joins to a month and day beside it."""
    before, after = _day_ranges()
    return before.search(previous) is not None or after.match(text, end) is not None


@cache
def _day_ranges() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "May 1 to ", "Sept. 10 through " before a day; " to 5 May" after one."""
    months = alternation(m.title() for m in lexicons.calendar().months)  # not "may"
    link = r"[ \u00a0]*(?:-|–|(?:to|through|until|till)[ \u00a0]+)"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return (
        re.compile(rf"\b(?:{months})\.?[ \u00a0]+{day}{link}$"),
        re.compile(rf"{link}[ \u00a0]*{day}[ \u00a0]+(?:{months})\b"),
    )


def _at_hour(words: list[str], number: str, text: str, end: int) -> bool:
    """After "at", a bare number that a clock verb before or a part of a day after makes an
    hour ("wakes at 6", "at 11 every night"; up to 24), or a life verb an age ("died at
    85")."""
    verb = words[-2].lower() if len(words) > 1 else ""
    if verb in lexicon_set("life_verbs") or _life_step(words, number, text, end):
        return True
    if not _hour(number):
        return False
    return verb in lexicon_set("clock_verbs") or _every_day_part().match(text, end) is not None


_PHRASE_END = LazyPattern(r"[ \u00a0]*(?:[,;.)]|$)|[ \u00a0]+(?:and|but|after|before|when|in)\b")
_TRADE_WORDS = frozenset(
    {"trading", "trade", "price", "priced", "selling", "index", "rate", "day", "session", "week"}
)
"""Words of a market or its day between a verb of a life's step and "at": "The shares began
trading at 22", "The stock started the day at 22" (a price, no age)."""


@cache
def _life_object_verbs() -> frozenset[str]:
    return frozenset(number_context().life_object_verbs)


def _life_step(words: list[str], number: str, text: str, end: int) -> bool:
    """ "He joined the company at 22", "left school at 16", "started playing piano at 5": a
    verb of a step in a life (number_context.json life_object_verbs), one to three plain words
    (its object) and "at" before a bare number of at most 99 ending its phrase, an age;
    "began trading at 22" (a trade word) stays."""
    if not _hour(number, 99) or _PHRASE_END.match(text, end) is None:
        return False
    for k in range(len(words) - 3, max(-1, len(words) - 6), -1):
        if words[k].lower() in _life_object_verbs():
            between = words[k + 1 : -1]
            return all(w.isalpha() and w.lower() not in _TRADE_WORDS for w in between)
    return False


@cache
def _every_day_part() -> re.Pattern[str]:
    """ "every night", "each morning": after "at" and a bare number, what makes it an hour."""
    parts = alternation(lexicon_set("day_parts"))
    return re.compile(rf"[ \u00a0]+(?:every|each)[ \u00a0]+(?:{parts})\b", re.IGNORECASE)


_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z]+)\b")
_FOR_NUMBER = re.compile(r"[ \u00a0]+for[ \u00a0]+\d")
_NUMBER_FOR = re.compile(r"\d[ \u00a0]+for[ \u00a0]+$")
"""The two bare numbers of "3 for 45" (wickets for runs), "245 for 6", "buy 2 for 1"."""
_TALLY_SIDE = re.compile(
    r"[ \u00a0]+(?:for|against|in[ \u00a0]+favou?r)(?=[ \u00a0]*(?:[,;.)\n]|(?:and|or|with)\b))"
)
"""The side of a vote after a bare number, the phrase ending there: "310 for and 261 against"."""


def age_words() -> frozenset[str]:
    """Words that make a number after them an age ("aged 46", "aged over 70")."""
    return lexicon_set("age_words")


def age_limit(words: list[str]) -> bool:
    """ "children under 5", "people over 65", "anyone under 18": after people, a bare number
    behind under or over is their age limit, not a count (or turns 50)."""
    if words and words[-1].lower() in ("turns", "turned", "turning"):
        return True
    if len(words) < 2 or words[-1].lower() not in lexicon_set("age_limits"):
        return False
    people = words[-2].lower()
    return people in lexicon_set("people_words") or numbers.is_plural(people)


def _age_stated(words: list[str], number: str, text: str, end: int) -> bool:
    """ "She was 86.", "He is 19 when", "The victim was 23,", "who is 12,": a person
    (number_context.json age_subjects, or "who") and "was" or "is" before a bare number of at
    most 120 that ends its clause state an age, as "Smith, 25," does, and so does "as young as"
    before one; "The toll was 86." stays a count."""
    if len(words) < 2 or not _hour(number, 120):
        return False
    if len(words) > 2 and [w.lower() for w in words[-3:]] in _AS_AGED:
        return True  # "children as young as 5": an age
    if words[-1] not in ("was", "is"):
        return False
    if words[-2].lower() not in age_subjects() and words[-2] != "who":
        return False  # "The boy, who is 12, survived": a person's age too
    return _CLAUSE_END.match(text, end) is not None


_AS_AGED = (["as", "young", "as"], ["as", "old", "as"])
"""The words of an age's bound before a number: "as young as 5", "as old as 90"."""


_AGE_SPAN = LazyPattern(r"(\d{1,3})(?:[ \u00a0]*(?:-|\u2013|to)[ \u00a0]*(\d{1,3}))?")
_AGE_OPEN = LazyPattern(
    r"[ \u00a0]+(?:and|or)[ \u00a0]+(?:older|over|up|above|younger|under)\b", re.IGNORECASE
)


def _age_group(words: list[str], number: str, text: str, end: int) -> bool:
    """ "children 5 to 11", "Adults 65 and older", "those 18 and over": a bare number or range
    of ages (at most 120) right after a noun of people whom age groups name
    (``age_group_word``: "Americans 65 and older" too) is their age, when it is a range or
    an open bound follows it ("and older", "or younger"); "children 5" alone is left as it
    was."""
    if not words or not age_group_word(words[-1]):
        return False  # most numbers: a set lookup
    ages = _AGE_SPAN.fullmatch(number)
    if ages is None or int(ages[1]) > 120 or (ages[2] is not None and int(ages[2]) > 120):
        return False
    return ages[2] is not None or _AGE_OPEN.match(text, end) is not None


@cache
def _age_group_nouns() -> frozenset[str]:
    return frozenset(number_context().age_group_nouns)


def age_group_word(word: str) -> bool:
    """Whether a word names people whom an age group after it narrows: a noun of
    number_context.json age_group_nouns ("adults", "those") or a demonym's plural
    ("Americans 65 and older")."""
    return word.lower() in _age_group_nouns() or demonym_plural(word)


_CLAUSE_END = LazyPattern(r"[ \u00a0]*(?:[.,;:!?)]|$|(?:and|when|at[ \u00a0]+the[ \u00a0]+time)\b)")


@cache
def age_subjects() -> frozenset[str]:
    return frozenset(number_context().age_subjects)


def _ranked(words: list[str]) -> bool:
    """ "the top 10", "The Top 100 list", "a bottom three": a rank list, not a count (the verb
    is none: "employment will top 3,840")."""
    if len(words) < 2 or words[-1].lower() not in lexicon_set("rank_words"):
        return False
    return words[-2].lower() in ("the", "a")


_NEXT_CAPITAL = re.compile(r"[ \u00a0]+([A-Z][A-Za-z]*)")


def _name_follows(text: str, end: int) -> bool:
    """A bare number before a capitalized word is part of a name ("the 737 MAX", "30
    Rockefeller Plaza"), unless that word is a date ("rose to 40 Tuesday", AP style) or a
    function word of a headline ("Toll Rises To 40 In Floods")."""
    following = _NEXT_CAPITAL.match(text, end)
    if following is None:
        return False
    word = following.group(1).lower()
    return word not in STOP_WORDS and word not in _calendar_words()


@cache
def _per_time() -> re.Pattern[str]:
    """ "a day", "an hour", "per week": a time unit of data/units.json as a denominator (not
    "a year ago", "a day earlier": a date)."""
    names = [n for u in lexicons.units() if u.dimension == "time" for n in u.names]
    return re.compile(
        rf"[ \u00a0]+(?:a|an|per|each)[ \u00a0]+(?P<time>{alternation(names)})\b"
        rf"(?![ \u00a0]+(?:ago|earlier|later|before|after|from[ \u00a0]+(?:now|today|then))\b)"
    )


@cache
def _time_ids() -> dict[str, str]:
    return {n: u.id for u in lexicons.units() if u.dimension == "time" for n in u.names}


@cache
def time_unit_names() -> frozenset[str]:
    """The names of the time units ("day", "days", "year"), as denominators of a rate."""
    return frozenset(_time_ids())


@cache
def time_unit_ids() -> frozenset[str]:
    """The ids of the time units ("day", "year"), as denominators of a rate."""
    return frozenset(_time_ids().values())


def per_time(text: str, end: int, limit: int) -> tuple[str, int] | None:
    """The time unit of a rate's denominator at ``end`` and where it ends: "100,000 vehicles
    a day" is a count per day (a rate is read whole: "100,000 vehicles" alone is no fact)."""
    match = _per_time().match(text, end, limit)
    if match is None:
        return None
    return _time_ids()[match.group("time")], match.end()


@cache
def _calendar_words() -> frozenset[str]:
    calendar = lexicons.calendar()
    return frozenset({*calendar.months, *calendar.weekdays})
