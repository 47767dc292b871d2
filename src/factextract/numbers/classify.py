"""What a found number is, from its surroundings: a count, a year, part of a date, part of
a name (``Boeing 737``, ``Route 66``), or part of another token (``COVID-19``, ``18th``)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Literal

from spacy.lang.en.stop_words import STOP_WORDS

from factextract import gazetteer, lexicons
from factextract.numbers.grammar import _LETTERS, Label, _Atom, _words
from factextract.numbers.words import (
    count_verbs,
    designator_initials,
    give_verbs,
    is_plural,
    lexicon_set,
    modals,
    names_model,
    number_context,
    period_nouns,
    phone_verbs,
    stat_nouns,
    tally_nouns,
    time_shifts,
)
from factextract.patterns import LazyPattern, alternation

_STREET = re.compile(
    r"[A-Z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Boulevard"
    r"|Blvd\.?|Drive|Way|Place|Square|Terrace|Court|Crescent|Parkway)\b"
)
# Small patterns of the per-atom checks, compiled once.
_GLUED_PREFIX = LazyPattern(r"(?<![A-Za-z0-9$])\$?[A-Za-z]+$")  # Ksh2.3, $US50
_GLUED_DIGITS = re.compile(r"[:,]\d")
_PERCENT_AFTER = LazyPattern(
    r"(?:[ \u00a0]|[\u202f\u2009](?=%))?(?:%|per[ \u00a0]?cent\b|percent\b)", re.IGNORECASE
)
_POINT = LazyPattern(
    r"-(?:points?|mile|inch|foot|yard|metre|meter|kilometre|kilometer|acre|hectare|gallon|litre"
    r"|liter|kilo|kilogram|ounce)\b(?!-(?!(?:long|wide|deep|high|thick)\b))",
    re.IGNORECASE,
)
"""What a hyphened fraction may stand before: a point ("a quarter-point cut") or a measure's
unit ("a half-mile stretch", "a quarter-inch gap"); not "half-time", "half-brother", "a
quarter-final", "a half-hour show" (time is the dates'), "half-pound" (money or weight)."""
_FOUR_DIGITS = re.compile(r"\d{4}")
_DECADE = LazyPattern(r"(?:\d\d)?\d0")
_GROUPED = LazyPattern(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
"""Digits grouped in thousands by commas: a figure, never a model number ("100,000")."""


_WORD_BEFORE = LazyPattern(
    r"([A-Za-z]+|\d+(?:st|nd|rd|th)|(?<![\d.,])\d{4}(?:[/–-]\d\d(?:\d\d)?)?)"
    r"[ \u00a0]+[A-Za-z]+[ \u00a0]*$"
)
_OPENERS = frozenset("\n.!?:;\"“”‘’'([—–•*")
"""Characters after which a capital letter opens a sentence, a quote or a list item."""

_PREV_WORD = re.compile(r"(?:^|(?<=\s))([A-Za-z][\w.&'’]*(?:[-/][A-Za-z][\w.&'’]*)*|#)\s?$")
"""The word before a number, hyphened and slashed parts included: "Wi-Fi 6" is a name like
"Bluetooth 5", "S&P/ASX 200" like "ASX 200"."""
_NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z]*)\.?")


@cache
def _fraction_of() -> re.Pattern[str]:
    """A fraction word and "of" right before a spelled scale that the grammar left alone: "a
    third of a million" has no exact value ("a quarter of a million" is one numeral)."""
    words = alternation(lexicons.number_words().fractions)
    return re.compile(rf"\b(?:{words})[ \u00a0]+of[ \u00a0]+$", re.IGNORECASE)


@cache
def _month_names() -> frozenset[str]:
    return frozenset(lexicons.calendar().months)


@cache
def _not_name_words() -> frozenset[str]:
    """Capitalized words before a number that do not make it part of a name."""
    nw = lexicons.number_words()
    cal = lexicons.calendar()
    symbols, _ = lexicons.currency_markers()
    cues = {w for cue in lexicons.qualifiers().before for w in cue.split()}
    return frozenset(
        {*STOP_WORDS, *cal.weekdays, *cues, *(s.lower() for s in symbols), *_words(), *nw.signs}
        | lexicon_set("not_name_words")
    )


@cache
def _attached_ok() -> frozenset[str]:
    """Letters that may follow digits directly: units, scales, per cent and pence marks."""
    symbols, _ = lexicons.unit_index()
    currencies, _ = lexicons.currency_markers()  # 1,700USD
    glued = {*symbols, *currencies, "p", "pc", "pct", "s", "m", "bp", "bps", "pp", "ppt", "pts"}
    return frozenset(glued)


@cache
def _glued_units() -> frozenset[str]:
    """Unit symbols read only right after digits ("30C"): see ``lexicons.Unit.glued``."""
    return frozenset(g for unit in lexicons.units() for g in unit.glued)


@cache
def _unit_dash() -> re.Pattern[str]:
    """Digits, a glued unit symbol and a dash right before a number: "10C-", "5kg-" (a range
    with a unit on both ends: "10C-15C")."""
    symbols, _ = lexicons.unit_index()
    glued = alternation(s for s in symbols if " " not in s and "/" not in s and "." not in s)
    return re.compile(rf"\d(?:{glued})[-‐]$")


_WORD_DASH = LazyPattern(r"([A-Za-z]+)[-‐]$")


def _word_before_dash(text: str, start: int) -> str:
    """The lower-case word glued to a dash right before ``start`` ("magnitude" of
    "magnitude-6.4"), or ""."""
    found = _WORD_DASH.search(text, max(0, start - 16), start)
    return found[1].lower() if found else ""


def _is_title_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", line) if len(w) > 3]
    if len(words) < 2 or len(line) > 160 or line.rstrip().endswith("."):
        return False
    return bool(sum(w[0].isupper() for w in words) >= 0.75 * len(words))


def _inside_token(text: str, atom: _Atom, after: re.Match[str] | None) -> bool:
    """Digits that belong to another token: G20, COVID-19, H1N1, 18th, 4G, 2:1, 1,2345."""
    last = text[atom.start - 1] if atom.start else ""
    if last and (last.isalpha() or last in "@/:"):
        symbols, _ = lexicons.currency_markers()
        before = text[max(0, atom.start - 40) : atom.start]
        prefix = _GLUED_PREFIX.search(before)  # Ksh2.3, not H1N1
        if not (prefix and prefix.group() in symbols):
            return True
    if atom.start >= 2 and last in "-‐" and text[atom.start - 2].isalnum():
        # COVID-19, F-16, MH-370, mid-2019 (dates take that); not the second end of "10C-15C"
        # nor a scale's reading ("a magnitude-6.4 quake")
        return _unit_dash().search(
            text, max(0, atom.start - 8), atom.start
        ) is None and _word_before_dash(text, atom.start) not in lexicon_set("scale_words")
    if after and after.group() not in _attached_ok():
        return True  # 18th, 4G, 3D, 737MAX
    if after and after.group() == "st" and atom.raw.endswith("1") and not atom.raw.endswith("11"):
        return True  # 1st, 21st: an ordinal's letters, not stones ("15st", "11st")
    if after and after.group() in _glued_units() and len(atom.raw.partition(".")[0]) > 3:
        return True  # "30C" is a temperature, "2500F" none
    glued = text[atom.end : atom.end + 1] in (":", ",")
    return glued and bool(_GLUED_DIGITS.match(text, atom.end))  # 2:1, 1,2345, 3,68


def _after_modal(text: str, start: int) -> bool:
    """Whether a modal verb ends right before ``start`` (the start of an identifier noun),
    which makes the noun a verb: "The band will stage 10 concerts", "He can type 60 words"."""
    return start > 0 and _prev_word(text, start).lower() in modals()


_TWO_WORDS = LazyPattern(r"[ \u00a0]+([A-Z][a-z]+[ \u00a0]+[A-Za-z]+)")


def _currency_name_after(text: str, end: int) -> bool:
    """Whether a currency's capitalized two-word name follows: "Kenyan shillings", "US
    dollars" (``currencies.json`` names)."""
    found = _TWO_WORDS.match(text, end)
    return found is not None and found[1].lower() in lexicons.currency_index().names


def _names_something(text: str, atom: _Atom, prev_word: str, next_word: str) -> bool:
    """Part of a name: Boeing 737, Route 66, iPhone 12, #3, World War Two, 10 Downing
    Street, 3M said."""
    low = prev_word.lower()
    if (
        _identifier_noun(low)
        and low not in lexicon_set("scale_words")
        and not _after_modal(text, atom.start - len(prev_word) - 1)
        and not (low in count_verbs() and "," in atom.raw and _GROUPED.fullmatch(atom.raw))
    ):  # "The herd numbers 5,000": a verb of a count before a figure grouped in thousands
        ends = _ends_own_phrase(text, atom, low)
        if ends is None:
            return True
        if ends != "determiner" or prev_word.islower():
            return False  # else a capital still names it: "the Year 10 pupils"
    if prev_word and _is_identifier_cue(prev_word) and not _is_title_line(text, atom.start):
        if atom.scale > 1 and text[atom.end - 1].islower():
            return False  # a written scale names no model: "fined Apple 1.8 billion euros"
        if (
            "," in atom.raw
            and (not next_word[:1].isupper() or _currency_name_after(text, atom.end))
            and _GROUPED.fullmatch(atom.raw)
        ):  # nor thousands grouped by commas: "has cost the UK 100,000 jobs", "in Nairobi
            return False  # 2,099 Kenyan shillings"
        if _given_to_place(text, atom.start - len(prev_word) - 1, prev_word, next_word):
            return False  # a place given a count: "The US sent Ukraine 300 missiles"
        if next_word in _score_nouns() and _margin_after().match(text, atom.end):
            return False  # a team's margin: "The defeat left Chelsea 10 points behind"
        tally = _gapped_tally().search(text, max(0, atom.start - 160), atom.start)
        if tally is not None and (
            not (tally.group("and") or tally.group("adjective") or tally.group("owner"))
            or not next_word.isalpha()
            or next_word == "and"
        ):  # after "and", a lower-case word or a possessive ("Macron's Ensemble 168"), the
            # count ends its clause: not "412 seats and Boeing 737 jets"
            return False  # a rival's share, its verb left out: "412 seats, the Tories 121"
        if _gapped_place(text, atom, prev_word):
            return False  # a place's item of a gapped list: "18 tanks, Poland 14 and"
        if _gapped_bare(text, atom):
            return False  # a rival's bare count, its verb left out: "made 262 and Brook 317"
        if gapped_share(text, atom.start, atom.end) is not None:
            return False  # a rival's share, its unit left out: "34 per cent, the Tories 24"
        return not _PERCENT_AFTER.match(text, atom.end)  # "Labour 41%, Tories 25%": shares
    # After a space, a street name starts with the capital that starts the next word.
    spaced = text[atom.end : atom.end + 1].isspace()
    if (next_word[:1].isupper() or not spaced) and _STREET.match(text, atom.end):
        return True
    if not atom.spelled and text[atom.start - 1 : atom.start] == "#":
        return True
    if low in phone_verbs() and not atom.spelled and atom.raw.isdigit():
        return not is_plural(next_word)  # "Call 911 for help"; "called 300 workers" counts
    if text[atom.end - 1 : atom.end] in ("K", "M", "B") and atom.scale > 1:
        return next_word[:1].isupper() or next_word.endswith("ed") or next_word in ("said", "says")
    return False


_STATING = frozenset({"was", "is", "has", "does"})
"""Verbs in -s after an age group's bound, which are no plural noun."""
_AGE_OPEN_AFTER = LazyPattern(
    r"[ \u00a0]+(?:and|or)[ \u00a0]+(?:older|over|above|up|younger|under)\b(?:[ \u00a0]+([a-z]+))?"
)
"""An age's open bound after a number, and the word after it (no plural: "Windows 10 and
older versions")."""


AGE_RANGE_END = LazyPattern(
    r"[ \u00a0]*(?:[.,;:!?)]|$|(?:and|or|who|were|are|was|is|in|at|from|with|on|when|last"
    r"|this|next|can|could|will|would|should|may|might|must|have|has|had|get|got|account"
    r"|accounted|make|made)\b)"
)
"""What ends an age group's range ("children 5 to 11"): a clause's end, a function word (no
"to": "5 to 11 to 12"), a time phrase ("kids 12 to 15 last week") or a verb a group takes
("Children 5 to 11 can get it"); a noun, a unit or a ratio after the range keeps it no age
("children 5 to 11 times", "people 18 to 64 percent")."""
_AGE_RANGE_AFTER = LazyPattern(
    r"(?:[ \u00a0]*[-\u2013][ \u00a0]*|[ \u00a0]+to[ \u00a0]+)(\d{1,3})\b"
)
"""The upper age of a range after its first number: "5 to 11", "14-17"."""


def _age_range_after(text: str, atom: _Atom) -> bool:
    """Whether a rising range of ages that ends its phrase follows a whole number: "Children 5
    to 11 can", "Boys 14-17 were"; no score ("3-1") and no "5 to 11 times"."""
    upper = _AGE_RANGE_AFTER.match(text, atom.end)
    if upper is None or not atom.value < int(upper[1]) <= 120:
        return False
    return AGE_RANGE_END.match(text, upper.end()) is not None


def _age_group_before(text: str, atom: _Atom, prev_word: str) -> bool:
    """Whether a capitalized plural of people before a number opens an age group with an open
    bound or a range of ages after it ("Adults 65 and older", "Americans 65 and over", "Those
    18 or over", "Children 5 to 11 can": number_context.json age_group_nouns or a demonym's
    plural), no name like "Route 66"."""
    if atom.spelled or not atom.raw.isdigit():
        return False
    if prev_word.lower() not in number_context().age_group_nouns and not (
        prev_word[-1:] == "s" and prev_word[:-1] in gazetteer.stopwords().demonyms
    ):
        return False  # most capitalized words: "Route 66"
    bound = _AGE_OPEN_AFTER.match(text, atom.end)
    if bound is None:
        return _age_range_after(text, atom)  # "Children 5 to 11 can", or neither
    # "Windows 10 and older versions": a plural after the bound is what it bounds
    return bound[1] is None or bound[1] in _STATING or not is_plural(bound[1])


@cache
def _gapped_tally() -> re.Pattern[str]:
    """A tally noun (number_context.json tally_nouns, or a player's stat_nouns), a comma and
    a rival's name right before a number: "won 412 seats, the Conservatives ", "74 million
    votes, Biden ", "28 points and Jones "; down a list, "and" too: "412 seats, the
    Conservatives 121 and the Liberal Democrats "; the rival's name may follow "the" and a
    lower-case word or a possessive name ("the far-right National Rally ", "Macron's
    Ensemble "), where its count must end its clause, as after "and"."""
    nouns = alternation(tally_nouns() | stat_nouns())
    name = (
        rf"(?:the[ \u00a0]+(?:{_RIVAL_ADJECTIVE})?|{_RIVAL_OWNER})?"
        rf"(?:(?:[A-Z][\w.-]*[ \u00a0]+){{1,3}}|{_RIVAL_PARTY})"
    )
    item = rf",[ \u00a0]+{name}\d[\d,.]*(?:[ \u00a0]+(?:million|billion))?"
    last = (
        rf"(?:the[ \u00a0]+(?P<adjective>{_RIVAL_ADJECTIVE})?|(?P<owner>{_RIVAL_OWNER}))?"
        r"(?:[A-Z][\w.-]*[ \u00a0]+){1,3}"
    )
    return re.compile(
        rf"\b(?:{nouns}){_TALLY_WHEN}(?:{item}){{0,4}}"
        rf"(?:,|,?[ \u00a0]+(?P<and>and))[ \u00a0]+{last}$"
    )


_RIVAL_ADJECTIVE = r"[a-z]+(?:-[a-z]+)*[ \u00a0]+"
"""A lower-case word between "the" and a rival's name: "the far-right National Rally ",
"the centrist Ensemble "."""
_RIVAL_OWNER = r"[A-Z][\w.-]*['’]s[ \u00a0]+"
"""A possessive name before a rival's name: "Macron's Ensemble "."""
_RIVAL_PARTY = r"(?<=[a-z'’] )(?:party|alliance|coalition|bloc|opposition)[ \u00a0]+"
"""A party's noun that names a rival down a list after "the" and a word or a possessive:
", the ruling party 121 and the Greens "."""


_WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_TALLY_WHEN = (
    rf"(?:[ \u00a0]+(?:(?:on[ \u00a0]+)?{_WEEKDAYS}(?:[ \u00a0]+night)?"
    r"|in[ \u00a0]+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|(?:19|20)\d\d)"
    r"|(?:last|this)[ \u00a0]+(?:night|week|weekend|month|season|year)))?"
)
"""A date right after a tally or statistic noun, before a rival's gapped count: "28 points on
Friday and Jones ", "412 seats in 2019, the Conservatives "."""


@cache
def _gapped_share() -> re.Pattern[str]:
    """A percentage (maybe "of the vote"), a comma or "and" and a rival's name (maybe with a
    poll's "on" or "at") right before a number, its verb and unit left out: "took 34 per cent,
    the Conservatives ", "won 34% of the vote and Labour ", "Labour is on 40%, the Tories on
    "; down a list, "34 per cent, the Conservatives 24 and the Liberal Democrats "."""
    name = r"(?:the[ \u00a0]+)?(?:[A-Z][A-Za-z.&'’-]*[ \u00a0]+){1,3}(?:(?:on|at)[ \u00a0]+)?"
    unit = r"(?:[ \u00a0]?%|[ \u00a0]+(?i:per[ \u00a0]?cent|percent)\b)"
    item = rf",[ \u00a0]+{name}\d[\d.]*{unit}?"
    return re.compile(
        rf"(?<![\w.,])(?P<value>\d[\d.]*){unit}(?:[ \u00a0]+of[ \u00a0]+the[ \u00a0]+[a-z]+)?"
        rf"(?:{item}){{0,4}}(?:,|,?[ \u00a0]+and)[ \u00a0]+{name}$"
    )


_SHARE_RATIO = 10
"""How far apart a gapped share and the percentage before it may be ("34 per cent, the
Conservatives 24")."""


def gapped_share(text: str, start: int, end: int) -> str | None:
    """ "percent" where the bare number at ``start:end`` is a rival's share in a gapped list
    after a percentage ("Labour took 34 per cent, the Conservatives 24 and the Liberal
    Democrats 12"): it ends its clause, is at most 100 and within ``_SHARE_RATIO`` of the
    percentage; else None."""
    if not _CLAUSE_END.match(text, end) or not text[start:end].replace(".", "").isdigit():
        return None
    found = _gapped_share().search(text, max(0, start - 160), start)
    if found is None:
        return None
    try:
        low, high = sorted((Decimal(text[start:end]), Decimal(found["value"])))
    except ArithmeticError:
        return None
    if low <= 0 or high > 100 or high > low * _SHARE_RATIO:
        return None
    return "percent"


_GAPPED_PLACE_LEAD = LazyPattern(r"\d[^\d;:()]{0,40}(?:,|[ \u00a0]and)[ \u00a0]+$")
"""A count, a short gap and a comma or "and" before a place's name: "18 tanks, "."""
_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[,.;]|[ \u00a0]and\b|$)")


def _gapped_place(text: str, atom: _Atom, name: str) -> bool:
    """Whether ``name`` before ``atom`` is a country, region or large city naming an item of
    a gapped list, its verb left out: "Germany pledged 18 tanks, Poland 14 and Canada 4",
    "1,000 staff, Lagos 400 and Abuja 150"; the number ends its clause and a count stands
    shortly before the comma or "and"."""
    if not _CLAUSE_END.match(text, atom.end):
        return False  # most names: a word follows ("Boeing 737 jets")
    start = atom.start - len(name) - 1
    if not _GAPPED_PLACE_LEAD.search(text, max(0, start - 60), start):
        return False
    return any(
        p.type in ("country", "admin1")
        or (p.type == "city" and p.population >= _GAPPED_CITY_POPULATION)
        for p in gazetteer.gazetteer().lookup(name)
    )


_BARE_RIVAL = r"(?:the[ \u00a0]+)?(?:[A-Z][\w.'’-]*[ \u00a0]+){1,3}"
_GAPPED_BARE = LazyPattern(
    r"(?<![\w'’])(?:made|scored|hit|took|won|got|had|added|posted|struck|claimed|grabbed"
    r"|collected|contributed)[ \u00a0]+\d[\d,]*"
    rf"(?:,[ \u00a0]+{_BARE_RIVAL}\d[\d,]*){{0,4}}(?:,|,?[ \u00a0]+and)[ \u00a0]+{_BARE_RIVAL}$"
)
"""A verb of a player's or a party's tally, a bare count and a rival's name after a comma or
"and" right before a number: "Root made 262 and Brook "."""
_GAPPED_BARE_END = LazyPattern(
    r"[ \u00a0]*(?:[,.;]|$|[ \u00a0](?:and|as|while|when|before|after|with|for|in|on)\b)"
)
"""What may follow a gapped bare count: its clause's end or a linking word ("... and Brook 317
as England piled up 823")."""


def _gapped_bare(text: str, atom: _Atom) -> bool:
    """Whether the number after a name is a rival's bare count in a gapped clause, as the
    count before it: "Root made 262 and Brook 317", "Smith scored 28, Jones 22"; the number
    ends its clause or a linking word follows (not "made 3 and Boeing 737 jets")."""
    if not _GAPPED_BARE_END.match(text, atom.end):
        return False
    return _GAPPED_BARE.search(text, max(0, atom.start - 80), atom.start) is not None


_GAPPED_CITY_POPULATION = 500_000
"""A city that may name a gapped item is a large one: "Abuja 150"; a small town's name is
as often a product's or a mission's ("Apollo 11", "Mercedes 300")."""


def _given_to_place(text: str, start: int, name: str, noun: str = "") -> bool:
    """Whether ``name`` (at ``start``) is a country or region that a verb of giving takes as
    its first object, maybe after "the": "sent Ukraine", "cost the UK"; a place names no
    model, and no company or product is meant ("sold Boeing 737 jets" stays). Any name is
    given a count of a score's or a tally's ``noun`` after the number (number_context.json
    stat_nouns and margin_nouns: "The win gave Ferrari 43 points", "handed Labour 412
    seats")."""
    verb = _prev_word(text, start) if start > 0 else ""
    if verb == "the":
        start -= 4
        verb = _prev_word(text, start) if start > 0 else ""
    if verb.lower() not in give_verbs():
        return False  # most names: a set lookup
    if noun in _score_nouns():
        return True
    places = gazetteer.gazetteer().lookup(name)
    return any(p.type in ("country", "admin1") for p in places)


@cache
def _score_nouns() -> frozenset[str]:
    """The plural nouns of a score or a tally a name may be given: "points", "seats"."""
    context = number_context()
    return frozenset(context.stat_nouns) | frozenset(context.margin_nouns)


@cache
def _margin_after() -> re.Pattern[str]:
    """A score's plural and a margin word after a number (number_context.json margin_words):
    " points behind", " points clear"."""
    words = alternation(number_context().margin_words)
    return re.compile(rf"[ \u00a0]+[a-z]+[ \u00a0]+(?:{words})\b")


def _identifier_noun(word: str) -> bool:
    """An identifier noun, or the plural of one that is no time noun: "pages 10-12",
    "Articles 5 and 6" (but "within weeks 300 people" counts)."""
    nouns = lexicon_set("identifier_nouns")
    if word in nouns:
        return True
    return word.endswith("s") and word[:-1] in nouns and word[:-1] not in _time_nouns()


@cache
def _time_nouns() -> frozenset[str]:
    """Names of time units ("week", "days") and the episode nouns of the number lexicon."""
    names = {n for u in lexicons.units() if u.dimension == "time" for n in u.names}
    return frozenset(names | lexicon_set("episode_nouns"))


def _ends_own_phrase(
    text: str, atom: _Atom, noun: str
) -> Literal["year", "determiner", "name"] | None:
    """Why an identifier noun before ``atom``, a time or episode noun, ends a phrase of its
    own, if it does: it stands before a year ("the third quarter 2020"), after a determiner,
    an ordinal or a year ("last week three people died", "the day two people were killed",
    "the 2019/20 season 30 clubs took part") or after a name ("on Election Day 40 million
    people voted")."""
    if noun not in _time_nouns():
        return None
    if not atom.spelled and _FOUR_DIGITS.fullmatch(atom.raw) and 1500 <= int(atom.raw) <= 2100:
        return "year"
    before = _WORD_BEFORE.search(text, max(0, atom.start - 40), atom.start)
    if before is None:
        return None
    word = before.group(1)
    if word.lower() in lexicon_set("phrase_determiners") or word[0].isdigit():
        return "determiner"
    return "name" if word[:1].isupper() and word.lower() not in _not_name_words() else None


_JOINABLE_BEFORE = LazyPattern(
    r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*[ \u00a0\u202f\u2009]$"
)


def _split_group(text: str, atom: _Atom) -> bool:
    """Whether three digits after a space follow a number they could group with ("12 737"):
    the grammar left them apart, so a model name starts with them."""
    if len(atom.raw) != 3 or atom.start < 2 or not text[atom.start - 2].isdigit():
        return False
    return _JOINABLE_BEFORE.search(text, max(0, atom.start - 24), atom.start) is not None


def _in_name(text: str, atom: _Atom) -> bool:
    """A capitalized number word inside a sentence is part of a name: "Formula One", "the
    Group of Seven nations", "the Big Three automakers" (a count opens a sentence: "Two
    people died"; a headline capitalizes every word)."""
    if not atom.raw[:1].isupper():
        return False
    i = atom.start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0 or text[i] in _OPENERS or (text[i] == "-" and i < atom.start - 1):
        return False  # "- Two people died": a list item
    return not _is_title_line(text, atom.start)


_TITLE_QUOTES = {'"': '"', "“": "”", "'": "'’", "‘": "’"}
"""The opening quotes of a title and the closing quotes of each."""
_TITLE_REACH = 60
"""How far a quoted title reaches on either side of a number in it."""
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "at", "by", "de", "for", "in", "of", "on", "or", "the", "to", "vs", "v"}
)
"""Lower-case words a title in capitals may hold: "Kingdom of the Planet of the Apes"."""
_TITLE_STRIP = "&:,!?.-–—'’"


_CLOSE_MARKS = frozenset("\"”'’")
"""The closing quotes of a title, right after its last number."""


def _in_quoted_title(text: str, atom: _Atom) -> bool:
    """Whether digits stand in a short quoted title whose words are capitalized or numbers:
    the film "Inside Out 2", 'Inside Out 2' tops box office, the novel "4 3 2 1" (a quote
    opens after a space, a bracket or the line's start and closes before no letter); not a
    quoted sentence ('"We hired 300 people," he said') or a lone quoted number ("a 2")."""
    line = text.rfind("\n", max(0, atom.start - _TITLE_REACH), atom.start) + 1
    before = text[max(line, atom.start - _TITLE_REACH) : atom.start]
    opener, at = "", -1
    for quote in _TITLE_QUOTES:
        found = before.rfind(quote)
        while 0 < found < len(before) - 1 and quote in "'’" and _apostrophe(before, found):
            found = before.rfind(quote, 0, found)  # "Ocean's 11": no quote
        if found > at:
            opener, at = quote, found
    if at < 0:
        return False  # no quote before the number on its line
    start = atom.start - len(before) + at
    if start > 0 and not (text[start - 1].isspace() or text[start - 1] in "([—–"):
        return False  # a closing quote or an apostrophe: 'he said "Hi" and 30 people'
    end = len(text)
    for close in _TITLE_QUOTES[opener]:
        found = text.find(close, atom.end, atom.end + _TITLE_REACH)
        if found != -1:
            end = min(end, found)
    if end == len(text) or text[end + 1 : end + 2].isalnum() or text[end - 1].isspace():
        return False  # "Inside Out 2's": an apostrophe
    words = text[start + 1 : end].split()
    if len(words) < 2 or "\n" in text[start:end]:
        return False
    for word in words:
        bare = word.strip(_TITLE_STRIP)
        if bare and not (bare[0].isupper() or bare.isdigit() or bare in _TITLE_SMALL_WORDS):
            return False  # a quoted sentence: "We hired 300 people"
    first = words[0].strip(_TITLE_STRIP)
    return bool(first) and (first[0].isupper() or first.isdigit())


def _apostrophe(text: str, at: int) -> bool:
    """Whether the quote mark at ``at`` is an apostrophe inside a word: letters on both
    sides ("Ocean's", "Schindler’s", "We've")."""
    return text[at - 1].isalpha() and text[at + 1].isalpha()


def _number_word_after(text: str, atom: _Atom, next_word: str) -> bool:
    """Whether a capitalized number word of units or tens follows digits after one space,
    outside a title line: a name ("the 7 Eleven chain"), since no count is spelled twice."""
    found = _words().get(next_word.lower())
    if found is None or found[0] not in "UT" or text[atom.end : atom.end + 1] != " ":
        return False
    after = atom.end + 1 + len(next_word)
    if text[after : after + 1] in "-‐" and after < len(text):
        return False  # "3 Seven-Eleven franchises": a count before a name
    return not _is_title_line(text, atom.start)


@cache
def _title_stop_words() -> frozenset[str]:
    """Stop words that, capitalized inside a sentence after another capitalized word, end a
    title before its number ("Inside Out 2", "Despicable Me 4"): no qualifier's word ("Over
    300"), number word or other word of not_name_words."""
    nw = lexicons.number_words()
    cues = {w for cue in lexicons.qualifiers().before for w in cue.split()}
    return frozenset(
        STOP_WORDS - cues - set(_words()) - set(nw.signs) - lexicon_set("not_name_words")
    )


def _title_word_before(text: str, atom: _Atom, prev_word: str) -> bool:
    """Whether a title's capitalized stop word stands right before the number, itself after
    a capitalized word, inside a sentence that is no title line: "Pixar's Inside Out 2
    earned", "Despicable Me 4 opened" (a capitalized stop word that opens a sentence is
    none: "In 2019"; nor "Sales rose Over 300" after a lower-case word)."""
    if len(prev_word) < 2 or not prev_word[0].isupper() or not prev_word[1:].islower():
        return False  # "ME 4", "I 2": no title's word
    start = atom.start - len(prev_word) - 1
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0 or text[i] in _OPENERS:
        return False  # the stop word opens a sentence or a quote: "In 2019", "About 300"
    word = _prev_word(text, start)
    return bool(word) and word[0].isupper() and not _is_title_line(text, atom.start)


def _is_date_part(atom: _Atom, prev_word: str, month: str, same_line: bool = True) -> bool:
    """A day or year next to a month name: May 23, 23 May, Jan. 5; a day before its month
    on the same line only, with no scale ("$14 billion" ending a headline is no day of the
    dateline's "Oct 4" after it)."""
    if prev_word[:1].isupper() and prev_word.lower().rstrip(".") in _month_names():
        return True
    return (
        same_line
        and atom.scale == 1
        and month[:1].isupper()
        and month.lower() in _month_names()
        and atom.raw.isdigit()
        and int(atom.raw) <= 31
    )


_BLOCK_OF = LazyPattern(r"[ \u00a0]+block[ \u00a0]+of[ \u00a0]+(?:[A-Z]|\d+(?:st|nd|rd|th)\b)")
"""A US police address's block: "the 400 block of North High Street", "the 1200 block of 5th
Avenue" (not "a 400 block of flats", nor "a block of 400 shares")."""


_RESOLUTIONS = frozenset({"2", "4", "5", "8", "10", "16"})
"""The digits of a screen's or a video's resolution before a glued capital K ("4K")."""
_RESOLUTION_NOUN = LazyPattern(
    r"K(?:[ \u00a0]+[A-Za-z]+)?[ \u00a0]+(?i:monitors?|TVs?|televisions?|screens?|displays?"
    r"|videos?|cameras?|resolution|content|footage|streaming|streams?|projectors?|panels?)\b"
)
"""A glued capital K, maybe one word ("OLED", "HDR"), and a noun of a screen or a video: "4K
monitors", "8K video", "4K OLED TVs"; "4K units", "5K workers" count."""


def _resolution_at(text: str, end: int) -> bool:
    """Whether a glued capital K at ``end - 1`` names a resolution before a screen's noun."""
    return _RESOLUTION_NOUN.match(text, end - 1) is not None


def _classify(text: str, atom: _Atom) -> Label | None:
    """What the number is, from its surroundings; None for a number inside another token."""
    after = _LETTERS.match(text, atom.end) if text[atom.end : atom.end + 1].isalpha() else None
    if not atom.spelled and _inside_token(text, atom, after):
        return None
    if atom.spelled and atom.value.denominator != 1 and atom.scale == 1:
        hyphened = text[atom.end : atom.end + 1] == "-"
        if hyphened and not _POINT.match(text, atom.end):
            return None  # half-time
        if atom.value < 1:
            return "fraction"
        # "one and a half tonnes": a whole and a fraction is a number like "1.5"
    if atom.scale == 1000 and atom.raw in _RESOLUTIONS and _resolution_at(text, atom.end):
        return "identifier"  # "4K monitors", "8K video": a screen's resolution, no 4,000
    window = max(0, atom.start - 24)
    if atom.spelled and atom.scale > 1 and _fraction_of().search(text, window, atom.start):
        return None  # "a third of a million homes" are about 333,333, not a million
    prev_word = _prev_word(text, atom.start)
    following = _NEXT_WORD.match(text, atom.end)
    next_word = following.group(1) if following else ""
    same_line = following is None or "\n" not in following.group(0)
    if not atom.spelled and _is_date_part(atom, prev_word, next_word, same_line):
        return "date"
    if prev_word[:1].isupper() and _age_group_before(text, atom, prev_word):
        return "cardinal"  # an age group's open bound: "Adults 65 and older", no "Route 66"
    if _names_something(text, atom, prev_word, next_word):
        return "identifier"
    if next_word == "block" and not atom.spelled and _BLOCK_OF.match(text, atom.end):
        return "identifier"  # "the 400 block of North High Street": an address, no count
    if next_word[:1].isupper() and not atom.spelled and _number_word_after(text, atom, next_word):
        return "identifier"  # "The 7 Eleven chain": digits and a spelled number name it
    if (not prev_word or prev_word[0].isupper()) and not atom.spelled:
        # a title's number: after a quote, a number or a capitalized word ("Inside Out 2")
        ends = text[atom.end : atom.end + 1] in _CLOSE_MARKS  # "Inside Out 2"
        goes_on = next_word[:1].isupper() or text[atom.end + 1 : atom.end + 2].isdigit()
        if (ends or goes_on) and _in_quoted_title(text, atom):  # "4 3 2 1"
            return "identifier"
        if prev_word.lower() in _title_stop_words() and _title_word_before(text, atom, prev_word):
            return "identifier"
    # "the 737 MAX", "12 737-800 jets"; cheap tests first. A scaled amount ("$5 billion
    # Series C") is never a model number.
    if not atom.spelled and atom.scale == 1:
        split = text[atom.start - 2 : atom.start - 1].isdigit() and _split_group(text, atom)
        capital = text[atom.end + 1 : atom.end + 2] in designator_initials()
        if (split or capital) and names_model(text, atom.end, tail=split):
            return "identifier"
    if atom.spelled:
        return "identifier" if _in_name(text, atom) else "cardinal"
    if len(atom.raw) > 1 and atom.raw[0] == "0" and atom.raw[1].isdigit():
        return "identifier"  # a code, not a count: the "020" of a phone number, agent 007
    four = len(atom.raw) == 4 and _FOUR_DIGITS.fullmatch(atom.raw)
    if four and atom.scale == 1 and 1500 <= int(atom.raw) <= 2100:
        return "cardinal" if _count_after_date(text, atom) else "year"
    if after and after.group() == "s" and _DECADE.fullmatch(atom.raw):
        return "year"  # the 1990s, the 80s
    return "cardinal"


_DATE_BEFORE = LazyPattern(
    r"(?:(?<![\w-])([A-Za-z]+)[ \u00a0]+([A-Za-z]+)|(?<![\d.,])(\d{4})),?[ \u00a0]+$"
)
"""A shift word and a time noun ("last year", "Each week,"), or a year ("In 2019,"), right
before."""
_NOUN_AFTER = LazyPattern(
    r"[ \u00a0]+((?:[A-Z][a-z]+[ \u00a0]+){0,2})([a-z]+)\b(?![-'\u2019])"
    r"(?:[ \u00a0]+([a-z]+)\b(?![-'\u2019]))?"
)
"""After a number: a lower-case word, maybe after one or two capitalized words ("Chinese"),
and the lower-case word after it."""


def _count_after_date(text: str, atom: _Atom) -> bool:
    """Whether a year-like number counts the plural noun after it because a whole date phrase
    stands right before it: "Last year 2000 Chinese tourists visited", "In 2019 1500 workers
    lost their jobs" (no phrase holds two years; "the year 2000 celebrations" names one).
    Only a round hundred: a year before a plural noun also says which year's things they are
    ("Next year 2021 models", "In 2020 2021 budgets were cut"), and a count is rarely that
    exact when written without a thousands comma."""
    if atom.value % 100:
        return False
    before = _DATE_BEFORE.search(text, max(0, atom.start - 30), atom.start)
    if before is None:
        return False
    if before.group(3) is not None:
        year = int(before.group(3))
        if not 1500 <= year <= 2100:
            return False
    elif not (
        before.group(1).lower() in time_shifts() and before.group(2).lower() in _time_nouns()
    ):
        return False
    after = _NOUN_AFTER.match(text, atom.end, atom.end + 60)
    if after is None:
        return False
    if is_plural(after.group(2)):  # "2000 workers", "2000 Chinese tourists"
        return after.group(2) not in period_nouns()  # not "2000 levels": that year's
    head, modifier = after.group(3), after.group(2)  # "2000 new jobs", "2000 more people"
    modified = not after.group(1) and modifier in _count_modifiers()
    return modified and head is not None and is_plural(head) and head not in period_nouns()


@cache
def _count_modifiers() -> frozenset[str]:
    """Words between a count and its plural noun: "2000 new jobs", "2000 more people"."""
    return lexicon_set("modifier_adjectives") | lexicon_set("increment_words")


def _prev_word(text: str, start: int) -> str:
    """The word ``_PREV_WORD`` finds in the 40 characters before ``start``, or "". That word
    holds no space and ends at most two characters before ``start``, so the search can start
    after the last space before that: the same match, without trying every position. When
    ASCII letters alone lie between that space and one right before ``start`` (most numbers:
    "about 500"), they are the word, and no search is needed; when the character that would
    end the word (before one space, or two before a newline, which ``$`` allows) is none
    that a word ends with ("$500", "COVID-19"), there is no word."""
    window = max(0, start - 40)
    space = text.rfind(" ", window, max(window, start - 2))  # a negative end counts from the end
    if space < 0:  # the word may begin where the window does, which ``^`` then matches
        found = _PREV_WORD.search(text[window:start])
    else:
        word = text[space + 1 : start - 1]
        last = text[start - 1]
        if last == " " and word.isascii() and word.isalpha():
            return word
        end = text[start - 2] if last.isspace() else last  # \w is what isalnum() or _ is
        if last != "\n" and not (end.isalnum() or end in "_.&'’#"):
            return ""
        found = _PREV_WORD.search(text, space + 1, start)
    return found[1] if found else ""


_NAME_MARKS = str.maketrans("", "", ".&-/")
"""Marks inside a name before a number: "U.S. 59", "S&P 500", "Wi-Fi 6", "S&P/ASX 200"."""


def _is_identifier_cue(word: str) -> bool:
    """A capitalized non-function word right before a number names it: Boeing 737, Route 66."""
    if word == "#":
        return True
    if word.islower() or (word.endswith(".") and "." not in word[:-1]):
        return False  # no capital; or "... in Victoria. Thirty-three people": a sentence ended
    if "-" in word and not all(part[:1].isupper() for part in word.split("-")):
        return False  # "pro-Russian": a modifier; "Wi-Fi 6", "Coca-Cola 500" are names
    capital = any(map(str.isupper, word))  # iPhone 12
    if not capital or not word.translate(_NAME_MARKS).isalpha():
        return False  # "U.S. 59", "S&P 500" and "Route 66" are names; "Guangxi's 12" is not
    symbols, _ = lexicons.currency_markers()
    if word in symbols or word.rstrip(".") in symbols:
        return False
    return word.lower() not in _not_name_words() and word.lower().rstrip(".") not in _month_names()
