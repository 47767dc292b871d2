"""What a place mention is, and how the place finders read tokens and cue words.

Shared by ``recognize`` (which finds mentions), ``guards`` (which drops words, people and
organizations) and ``resolution`` (which picks the entry a mention means).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from types import MappingProxyType

from factextract import lexicons
from factextract.facts.spans import Context
from factextract.gazetteer import Entry, Gazetteer, cues, normalize, stopwords
from factextract.gazetteer_rows import Cue, Cues, Stopwords

MAX_NAME_TOKENS = 8
"""Longest name in tokens ("Saint Vincent and the Grenadines", "Washington, D.C.")."""
_CONNECTORS = frozenset(
    {"of", "and", "the", "de", "do", "da", "dos", "das", "del", "della", "di", "du", "des"}
    | {"la", "le", "les", "los", "las", "el", "al", "am", "an", "on", "upon", "y", "e", "van"}
    | {"von", "der", "den", "zu", "sur", "en"}
)
"""Lower-case words inside names ("Rio Grande do Sul", "Trinidad and Tobago")."""
_JOINERS = frozenset({"-", "'", "’", ".", ",", "&"})
FUNCTION_WORDS = frozenset(
    {"A", "An", "The", "At", "In", "On", "For", "From", "To", "By", "With", "Of", "And", "But"}
    | {"Or", "As", "Near", "After", "Before", "During", "Since", "Until", "When", "While", "If"}
    | {"Its", "His", "Her", "Their", "Our", "This", "That", "These", "Those", "Across"}
    | {"Around", "Outside", "Inside", "Into", "Throughout"}
)
"""Capitalized words that start a sentence, not a name ("In Sorriso", "At Paranaguá")."""
BIG_CITY = 100_000
"""A city this large is a place even alone, without the article pointing to its country."""
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
      | \b(?P<county>{county})[ ]+(?=[{letters}])                     # County Durham
    )
"""
"""Place-type words before "of" and a name; compiled once by ``words()``, which loads them,
case-insensitive and for lower-cased text."""
_BEFORE_CUE_WORDS = ("the", "county", *_BEFORE_CUE_ADJECTIVES.split("|"))


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names a place, with its gazetteer candidates."""

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


@dataclass(frozen=True, slots=True)
class Words:
    """The cue and stop lists, compiled for lookups."""

    cues: Cues
    plurals: Mapping[str, Cue]
    """Plural cue word as written ("counties") -> its cue."""
    common: frozenset[str]
    """Common words, months and weekdays, demonyms: alone, not a place."""
    demonyms: frozenset[str]
    given_names: frozenset[str]
    facility_heads: frozenset[str]
    organization_heads: frozenset[str]
    organization_before_of: frozenset[str]
    titles: frozenset[str]
    speech: frozenset[str]
    locatives: tuple[tuple[int, frozenset[tuple[str, ...]]], ...]
    """Locative phrases ("in", "north of") grouped by length in tokens, longest first."""
    cue_starts: frozenset[str]
    """First words of the cues after a name and of their plurals: most tokens are neither."""
    currency: frozenset[str]
    before_cue: re.Pattern[str]
    before_cue_lower: re.Pattern[str]
    """``before_cue`` without IGNORECASE, for lower-cased text (twice as fast)."""


def _initials(cues: Iterable[str]) -> str:
    """First letters a match of ``_BEFORE_CUE_TEMPLATE`` can start with."""
    return "".join(sorted({w[0].lower() for w in (*cues, *_BEFORE_CUE_WORDS)}))


def _by_length(phrases: Iterable[str]) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    split = [tuple(x.split()) for x in phrases]
    sizes = sorted({len(x) for x in split}, reverse=True)
    return tuple((n, frozenset(x for x in split if len(x) == n)) for n in sizes)


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
        common=frozenset({*s.common_words, *months, *s.demonyms}),
        demonyms=frozenset(s.demonyms),
        given_names=frozenset(s.given_names),
        facility_heads=frozenset(c.facility_heads),
        organization_heads=frozenset(c.organization_heads),
        organization_before_of=frozenset(c.organization_before_of),
        titles=frozenset(c.person_titles),
        speech=frozenset(c.speech_verbs),
        locatives=_by_length(c.locatives),
        cue_starts=frozenset(k.split(" ")[0] for k in (*c.after, *plurals)),
        currency=frozenset(c.currency_nouns),
        before_cue=re.compile(
            before_cue(cues=alternation, county="County", letters="A-Z"),
            re.VERBOSE | re.IGNORECASE,
        ),
        before_cue_lower=re.compile(
            before_cue(cues=alternation.lower(), county="county", letters="a-z"), re.VERBOSE
        ),
    )


@lru_cache(maxsize=65536)
def capitalized(text: str) -> bool:
    """A token text that starts upper case and has a letter ("Leye", "U.S.", not "-")."""
    return text[:1].isupper() and any(c.isalpha() for c in text)


def capitals(ctx: Context) -> tuple[bool, ...]:
    """``capitalized`` of every token, once per Context: every recognizer walks them."""
    return ctx.derived("places:capitals", (), lambda _: tuple(map(capitalized, ctx.words)))


_ELIDED = re.compile(r"[a-z]{1,2}['’][A-Z]")
"""An elided article before a capitalized word: "d'Ivoire", "d'Azur"."""


def _inner(text: str) -> bool:
    """May stand inside a multi-word name."""
    return capitalized(text) or text in _CONNECTORS or text in _JOINERS or bool(_ELIDED.match(text))


def same_line(ctx: Context, start: int, end: int) -> bool:
    """Whether no line break lies between two character offsets."""
    return "\n" not in ctx.text[start:end]


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


def locative(words: Words, ctx: Context, i: int) -> bool:
    """Whether "in", "near", "north of"... stands right before token ``i``."""
    lowers = ctx.lowers
    return any(i - n >= 0 and lowers[i - n : i] in phrases for n, phrases in words.locatives)


Match = tuple[int, tuple[Entry, ...], tuple[Entry, ...]]
"""End token, candidates (names first, then alternate-name readings), alternate readings."""


def longest(ctx: Context, gaz: Gazetteer, i: int, caps: tuple[bool, ...]) -> Match | None:
    """The longest gazetteer name starting at token ``i``; ``caps`` is ``capitals(ctx)``."""
    texts = ctx.words
    limit, stop = i + 1, min(len(texts), i + MAX_NAME_TOKENS)
    while limit < stop and (caps[limit] or _inner(texts[limit])):
        limit += 1
    for end in range(limit, i, -1):
        last = texts[end - 1]
        if not (caps[end - 1] or last == "." or _ELIDED.match(last)):
            continue
        key = name_key(ctx, i, end)
        if key is None:
            continue
        names, alternates = gaz.lookup(key), gaz.lookup_alternate(key)
        if alternates and names:
            keys = {e.key for e in names}
            alternates = tuple(e for e in alternates if e.key not in keys)
        if names or alternates:
            return end, names + alternates, alternates
    return None
