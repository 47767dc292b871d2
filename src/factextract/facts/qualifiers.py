"""Qualifier cues around a number: "nearly 400,000", "more than 1,000", "40 or more"."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal, NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from factextract import lexicons
from factextract.lexicons import Qualifier
from factextract.patterns import LazyPattern, grouped


class Cue(NamedTuple):  # a tuple: made for most amounts, under half a frozen dataclass's cost
    """A qualifier, the words that set it and where they are."""

    qualifier: Qualifier
    text: str
    start: int
    end: int


@cache
def _before_re() -> re.Pattern[str]:
    cues = lexicons.qualifiers().before
    return re.compile(rf"(?<![\w-])(?P<cue>{grouped(cues, fold=True)})[ \u00a0]+$", re.IGNORECASE)


@cache
def _before_ends() -> tuple[str, ...]:
    """The last word of every before-cue ("than" of "more than", "c."), in lower case."""
    return tuple({cue.rsplit(" ", 1)[-1].lower() for cue in lexicons.qualifiers().before})


@cache
def _longest_before() -> int:
    return max(map(len, lexicons.qualifiers().before))


def _cue_search_start(window: str) -> int | None:
    """Where in ``window`` a search for ``_before_re`` must start, or None if it cannot
    match: the cue ends where the trailing spaces (and the newline ``$`` allows) begin, so it
    starts at most the longest cue's length before them; an ASCII window must end in a cue's
    last word there. Cheaper than the search, which tries every position it is given."""
    body = window[:-1] if window.endswith("\n") else window
    head = body.rstrip(" \u00a0")
    if len(head) == len(body):
        return None
    if window.isascii() and not head.lower().endswith(_before_ends()):
        return None  # lower() is (?i) only for ASCII
    return max(0, len(head) - _longest_before())


_AFTER_STARTS = frozenset(" \u00a0-+")
"""The characters an ``_after_re`` match starts with."""


@cache
def _after_re() -> re.Pattern[str]:
    cues = lexicons.qualifiers().after
    return re.compile(rf"(?:[ \u00a0]+|-)(?P<cue>{grouped(cues, fold=True)})\b|\+", re.IGNORECASE)


def before(text: str, start: int) -> Cue | None:
    """The qualifier cue ending right before ``start``.

    >>> before("nearly 400,000", 7)
    Cue(qualifier='nearly', text='nearly', start=0, end=6)
    >>> before("An estimated 2,000", 13).qualifier, before("in 2,000", 3)
    ('approx', None)
    >>> before("they fought over 2 islands", 17) is None
    True
    """
    window_start = max(0, start - 24)
    window = text[window_start:start]
    if window.endswith(("from ", "from\u00a0")):
        return _price_floor(text, start)
    search_start = _cue_search_start(window)
    if search_start is None:
        return None
    match = _before_re().search(window, search_start)  # lookbehinds still see the window
    if match is None:
        return None
    cue = match.group("cue")
    # (?i) also lets "ſome" and "cırca" through; lower() leaves them unknown: no cue.
    qualifier = lexicons.qualifiers().before.get(cue.lower())
    if qualifier is None:
        return None
    begin = window_start + match.start("cue")
    if cue.lower() == "over" and (
        _concerning(text, begin)
        or _word_before_in(text, begin, _word_set("over_particles"))
        or _RUN_OVER.search(text, max(0, begin - 24), begin) is not None
    ):
        return None  # "fought over 2 islands", "handed over 735 jets": no bound; "The race
        # was run over 1 1/4 miles": the course's length
    if cue.lower() in _SPATIAL_CUES and (
        _buried_under(text, start)
        or (
            _BURYING_BEFORE.search(text, max(0, begin - 48), begin) is not None
            and _length_at(text, start)
        )
    ):
        return None  # "buries the suburbs under 6 feet of snow": beneath, no bound; "Snow
        # buries western New York under 6 feet": the verb says so without the covering
    if cue.lower() == "up to" and _word_before_in(text, begin, _change_verbs()):
        return None  # "ticked up to 4.0%", "will go up to $15": a particle and "to", no bound
    if (
        cue.lower() == "up to"
        and _RATE_OR_PRICE.match(text, start) is not None
        and _COMPARED_AFTER.match(text, start) is None
        and (sent := sent_verb_before(text, max(0, begin - 48), begin)) is not None
        and not _word_before_in(text, sent[0], _MODALS)
    ):
        return None  # "pushed inflation up to 4.1%": its object moved up, to the value
    return Cue(qualifier, cue, begin, begin + len(cue))


_RUN_OVER = LazyPattern(
    r"\b(?:(?:is|are|was|were|be|been|being)[ \u00a0]+run|raced|contested)[ \u00a0]+$",
    re.IGNORECASE,
)
"""A race run over its distance before "over": "was run over 1 1/4 miles", "raced over 10 km"."""
_PRICE_FROM = LazyPattern(
    r"(?<![\w-])(?:costs?|costing|priced|prices?|starting|starts?|available|fares?|tickets?"
    r"|retails?|retailing|sells?|selling)[ \u00a0]+from[ \u00a0]+$",
    re.IGNORECASE,
)
_MONEY_AHEAD = LazyPattern(
    r"(?:[A-Z]{0,3}[$€£¥₹]|(?:Rs|Rp|R)\.?[ \u00a0]?\d|\d[\d,.]*(?:[ \u00a0]+[mb]illion)?[ \u00a0]+"
    r"(?:pounds|euros|dollars|yen|yuan|rupees|francs|pesos|reais|rand|won|baht|ringgit|dirhams"
    r"|riyals|crowns|kronor|kroner|zlotys|shekels|naira|shillings)\b)"
)
_RANGE_AHEAD = LazyPattern(
    r"[^ \u00a0\d]*\d(?:[\d.,]*\d)?(?:[ \u00a0]+[mb]illion)?(?:[ \u00a0]+[a-z]+)?"
    r"[ \u00a0]+(?:to|and)\b"
)


def _price_floor(text: str, start: int) -> Cue | None:
    """ "costs from 39 pounds", "priced from $799", "starting from $49": the lowest price of
    several, at_least, its cue "from"; not a range's first bound ("priced from $5 to $9"),
    nor what is no money ("available from 2026", "rose from 5%")."""
    found = _PRICE_FROM.search(text, max(0, start - 24), start)
    if found is None or _MONEY_AHEAD.match(text, start) is None:
        return None
    if _RANGE_AHEAD.match(text, start) is not None:
        return None
    begin = text.rindex("from", found.start(), start)
    return Cue("at_least", text[begin : begin + 4], begin, begin + 4)


_SPATIAL_CUES = frozenset(("under", "below", "beneath", "well under"))
_BURIED_UNDER = LazyPattern(
    r"[0-9][0-9.,]*[ \u00a0-]*(?P<unit>[A-Za-z]+)[ \u00a0]+of[ \u00a0]+"
    r"(?:(?:fresh|new|wet|heavy|thick|deep|muddy|flood)[ \u00a0]+)?"
    r"(?:snow|water|floodwaters?|rubble|debris|mud|ice|ash|sand|lava|earth|soil|rock|sludge"
    r"|silt|concrete)\b"
)
"""A depth of a covering after "under" ("buried under 6 feet of snow", "homes under 2 metres
of water", "trapped beneath 3 m of rubble"): where something lies, not a bound, when the unit
is a length of ``data/units.json``; "under 6 feet tall" and "Under 10 cm of rain fell" (rain
falls, it covers nothing) keep the bound."""


_BURYING_BEFORE = LazyPattern(
    r"\b(?:bur(?:y|ies|ied|ying)|submerg(?:e|es|ed|ing)|blanket(?:s|ed|ing)|swamp(?:s|ed|ing))"
    r"\b[^,.;:]{0,40}$",
    re.IGNORECASE,
)
"""A verb of covering earlier in the clause before "under": "buries western New York under"."""


def _buried_under(text: str, start: int) -> bool:
    """Whether a depth of a covering (``_BURIED_UNDER``) starts at ``start``."""
    found = _BURIED_UNDER.match(text, start)
    return found is not None and _length_unit(found["unit"])


_NUMBER_UNIT = LazyPattern(r"[0-9][0-9.,]*[ \u00a0-]*(?P<unit>[A-Za-z]+)")


def _length_at(text: str, start: int) -> bool:
    """Whether a number and a unit of length start at ``start`` ("6 feet", "2 m")."""
    found = _NUMBER_UNIT.match(text, start)
    return found is not None and _length_unit(found["unit"])


def _length_unit(word: str) -> bool:
    """Whether ``word`` names a unit of length in ``data/units.json``."""
    symbols, names = lexicons.unit_index()
    unit = symbols.get(word) or names.get(word.lower())
    return unit is not None and unit.dimension == "length"


SENT_VERBS = frozenset(
    (
        *("send", "sends", "sent", "sending", "push", "pushes", "pushed", "pushing"),
        *("drive", "drives", "drove", "driving", "drag", "drags", "dragged", "dragging"),
        *("pull", "pulls", "pulled", "pulling", "knock", "knocks", "knocked", "knocking"),
        *("lift", "lifts", "lifted", "lifting", "propel", "propelled", "propels"),
        *("bring", "brings", "brought", "bringing", "take", "takes", "took", "taking"),
    )
)
"""Verbs of causing a move whose object moves: by a size and "higher" or "lower" after it
("The report drove shares 8% higher"), or "up to" a level ("pushed inflation up to 4.1%",
"bringing its margin up to 12%", "taking its stake to 25%")."""

_SENT_OBJECT = re.compile(
    r"\b(?P<verb>[a-z]+)(?P<object>(?:[ \u00a0]+[A-Za-z][\w'\u2019&.-]*){1,4})[ \u00a0]+$"
)
"""A verb, then one to four words (no digit nor comma) before a value or a cue."""

_SENT_STOPS = frozenset(
    (
        *("and", "or", "but", "while", "which", "that", "who", "as", "was", "were", "is", "are"),
        *("by", "to", "of", "in", "on", "at", "for", "from", "with", "than", "up", "down"),
    )
)
"""Words no object of a verb of ``SENT_VERBS`` holds: a clause's, or a preposition's."""

_COMPARED_AFTER = LazyPattern(
    r"[0-9][0-9.,]*(?:[ \u00a0]*(?:%|per[ \u00a0]?cent|percent))?[ \u00a0]+"
    r"(?:higher|lower|more|less)\b"
)
"""A size compared after "up to" ("could push prices up to 20% higher"): a bound, kept."""


_RATE_OR_PRICE = LazyPattern(
    r"[0-9][0-9.,]*[ \u00a0]*(?:%|per[ \u00a0]?cent\b|percent\b)|[$\u20ac\u00a3\u00a5\u20b9][0-9]"
)
"""A percentage or a sum with a sign: what a verb of ``SENT_VERBS`` moves "up to"."""

_MODALS = frozenset(("could", "may", "might", "would", "will", "can", "should", "to"))
"""Before a verb of ``SENT_VERBS``, a forecast whose "up to" bounds the value ("could push
water levels up to 3 metres", "is expected to push prices up to 20%")."""


def sent_verb_before(text: str, low: int, end: int) -> tuple[int, int] | None:
    """Where a verb of ``SENT_VERBS`` stands before its object of one to four words (no
    clause word nor preposition) that ends at ``end``, searched from ``low``; else None."""
    start = low
    while (found := _SENT_OBJECT.search(text, start, end)) is not None:
        if (
            found.group("verb") in SENT_VERBS
            and text[found.start("verb") - 1 : found.start("verb")] != "-"
        ):
            # not a compound's last word: "Profit-taking pushed gold 40 cents lower"
            if any(word.lower() in _SENT_STOPS for word in found.group("object").split()):
                return None
            return found.start("verb"), found.end("verb")
        start = found.end("verb")
    return None


@cache
def _word_set(field: Literal["hyphen_only", "contention", "over_particles"]) -> frozenset[str]:
    """A word list of the qualifier lexicon as a set (a tuple lookup compares every word)."""
    return frozenset(getattr(lexicons.qualifiers(), field))


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+$")


_NOUN_AFTER = LazyPattern(r"[ \u00a0]+([a-z]+)\b")


def over_a_named_sum(text: str, cue: Cue | None, end: int) -> bool:
    """Whether an "over" before an amount ending at ``end`` is a preposition: the amount
    names what it is about, a noun right after it ("jailed over 7 million pound fraud",
    "sued over $5 million debt"), not "over $5 million in aid", "over $5 million last year",
    "over $5 million annually" or "over $2 million worth"."""
    if cue is None or cue.text.lower() != "over":
        return False
    word = _NOUN_AFTER.match(text, end)
    if word is None:
        return False
    low = word.group(1)
    return (
        low not in STOP_WORDS
        and low not in _SUM_FOLLOWERS
        and not low.endswith(("ing", "ly", "ed"))
    )


_SUM_FOLLOWERS = frozenset({"worth", "apiece", "each", "net", "gross", "total", "plus"})
"""Words after an amount that go on its value, not name what it is about."""


def _concerning(text: str, cue_start: int) -> bool:
    return _word_before_in(text, cue_start, _word_set("contention"))


def _word_before_in(text: str, cue_start: int, words: frozenset[str]) -> bool:
    word = _WORD_BEFORE.search(text, max(0, cue_start - 16), cue_start)
    return word is not None and word.group(1).lower() in words


@cache
def _change_verbs() -> frozenset[str]:
    """The verbs of change_cues.json that take their direction from a particle ("go",
    "ticked", "edged"): "up to" after one is where it went. After a verb of a direction it
    is a bound ("may rise up to 40 per cent", "lost up to 72 per cent")."""
    return frozenset(lexicons.change_cues().neutral)


def after(text: str, end: int) -> Cue | None:
    """The qualifier cue starting right after ``end`` ("or more", "-odd", "+").

    >>> after("40 or more people", 2).qualifier, after("100+ people", 3).qualifier
    ('at_least', 'more_than')
    """
    match = _after_re().match(text, end)
    if match is None:
        return None
    if match.group() == "+":
        return Cue("more_than", "+", end, end + 1)
    cue = match.group("cue")
    qualifier = lexicons.qualifiers().after.get(cue.lower())  # None for "moſt": see before
    hyphen_only = cue.lower() in _word_set("hyphen_only")
    if qualifier is None or (hyphen_only and not match.group().startswith("-")):
        return None  # "40-odd", "100-plus"; not "40 odd jobs" or "5 plus 3"
    return Cue(qualifier, cue, match.start("cue"), match.end())


def trailing(text: str, start: int, end: int) -> Cue | None:
    """An after-cue that ends exactly at ``end`` and starts after ``start``.

    >>> trailing("40 or more", 2, 10).text
    'or more'
    """
    for position in range(start, end):
        if text[position] not in _AFTER_STARTS:
            continue  # no after-cue starts here: skip the pattern
        cue = after(text, position)
        if cue is not None and cue.end == end:
            return cue
    return None
