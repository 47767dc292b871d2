"""Multiples: the factor a change states, the new value over the old ("doubled": 2, "rose
threefold": 3, "a 10-fold increase": 10, "by a factor of 10": 10, "halved": 0.5).

``factor`` reads it at a change's verb or noun; ``lone_cues`` finds the multiples that make a
change with no value at all ("Turnout doubled.", "Sales rose threefold.", "a 10-fold
increase in cases"). ``links`` puts both on ``Change.factor``. A percentage or an absolute
size stays the change's ``by_value`` ("fell by half" is by 50%); "double the size of", "twice
as many" and "double-digit" compare or name, and change nothing.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from factextract import lexicons
from factextract.facts import numerals, qualifiers
from factextract.patterns import grouped, has_case_traps

_S = r"[ \u00a0]+"
_HOW_MANY = r"(?P<n>[0-9]+(?:\.[0-9]+)?|[a-z]+)"
_FOLD = rf"{_HOW_MANY}[-\u2010]?fold"
"""A multiple in "-fold": "10-fold", "2.5-fold", "threefold", "ten-fold", "hundredfold"."""
_FOLD_AFTER = re.compile(
    rf"""{_S}(?:by{_S})?
    (?:(?P<gap>(?:[a-z]+{_S}){{0,2}}?){_FOLD}  # "rose threefold", "rose more than 10-fold"
    | a{_S}factor{_S}of{_S}(?P<f>[0-9]+(?:\.[0-9]+)?|[a-z]+)  # "rose by a factor of 10"
      (?![ \u00a0]*(?:-|\u2013|to|or)[ \u00a0]*[0-9.]+[ \u00a0]*(?:[,.;)]|$))  # "of 2 to 3."
    )(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
"""A multiple right after a verb of rise ("rose threefold", "jumped 10-fold", "grew by a
factor of 10"); a hedge may stand between ("rose more than threefold")."""
_FOLD_BEFORE = re.compile(
    rf"(?<![\w-])(?<!to[ \u00a0])(?<!or[ \u00a0])(?<!-[ \u00a0]){_FOLD}{_S}$", re.IGNORECASE
)
"""A multiple right before a noun of rise: "a 10-fold increase", "a more than 42-fold rise"."""


class Factor(NamedTuple):
    """The factor a change states and the hedge written before it, if any."""

    value: Decimal
    cue: qualifiers.Cue | None


def _how_many(word: str) -> Decimal | None:
    """The number of a multiple, above one.

    >>> _how_many("10"), _how_many("three"), _how_many("hundred"), _how_many("one")
    (Decimal('10'), Decimal('3'), Decimal('100'), None)
    """
    values = numerals.normalize(word) or numerals.normalize(f"a {word}")
    if values is None or values[1] is not None or values[0] <= 1:
        return None
    return values[0]


def _hedge(text: str, start: int, gap: str | None) -> tuple[bool, qualifiers.Cue | None]:
    """Whether the words of ``gap`` before a multiple's number at ``start`` are all of a
    qualifier cue ("rose more than threefold"), and the cue; no gap holds none."""
    if not gap:
        return True, None
    cue = qualifiers.before(text, start)
    return cue is not None and cue.start == start - len(gap), cue


def factor(text: str, start: int, end: int, up: bool) -> Factor | None:
    """The factor the change verb or noun at ``text[start:end]`` states (``up``: a verb or
    noun of rise, which alone takes a multiple in "-fold": "fell threefold" may mean to a
    third or by two thirds), with the hedge before it.

    >>> factor("Profit more than doubled", 17, 24, True)
    Factor(value=Decimal('2'), cue=Cue(qualifier='more_than', text='more than', start=7, end=16))
    >>> factor("Profit halved", 7, 13, False).value
    Decimal('0.5')
    >>> factor("Sales rose threefold", 6, 10, True).value
    Decimal('3')
    >>> factor("a more than 42-fold increase in", 20, 28, True).cue.qualifier
    'more_than'
    >>> factor("Sales fell threefold", 6, 10, False) is None
    True
    """
    word = text[start:end].lower()
    verbs = lexicons.change_cues().multiples
    if word in verbs:
        return Factor(verbs[word], qualifiers.before(text, start))
    if not up:
        return None
    found = _FOLD_AFTER.match(text, end)
    if found is not None:
        value = _how_many(found["n"] or found["f"])
        fits, cue = _hedge(text, found.start("n"), found["gap"]) if found["n"] else (True, None)
        return Factor(value, cue) if value is not None and fits else None
    found = _FOLD_BEFORE.search(text, max(0, start - 24), start)
    if found is None:
        return None
    value = _how_many(found["n"])
    return None if value is None else Factor(value, qualifiers.before(text, found.start()))


_GATE = ("oubl", "ripl", "rebl", "uadrupl", "uintupl", "alved", "fold", "actor of")
"""Pieces of every lone multiple's words: most texts hold none, and skip the search."""
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that"})
_CLAUSE_GOES_ON = (
    r"in|since|from|between|during|within|last|this|and|but|while|after|when|on|at|to|by"
    r"|year-on-year|compared|again|over[ \u00a0]+(?:the|a|past|last)"
)
"""What may follow a lone multiple verb: a preposition or adverb of time or place, a link
("Turnout doubled in 2020", "has more than doubled since 2020", "doubled over the past
decade"); not an object ("doubled its stake") nor a particle ("doubled down", "doubled as
a shelter", "doubled over in pain")."""
_OBJECT_ENDS = (
    r"(?=[ \u00a0]*(?:[,.;:!?)]|$)|[ \u00a0]+(?:since|over|from|between|during|last|this|in"
    r"|among|across|after|compared|and|but|as|at|on|to|by|was|were|is|are|has|have)\b)"
)


class Lone(NamedTuple):
    """A multiple that makes a change with no value: the verb or noun (``start``, ``end``),
    where the change's words end, and for a noun the object after "in" that names what
    changed ("a 10-fold increase in cases")."""

    start: int
    end: int
    span_start: int
    span_end: int
    named: tuple[int, int] | None


@cache
def _lone_re() -> re.Pattern[str]:
    cues = lexicons.change_cues()
    multiples = [w for w in cues.multiples if w.endswith("ed")]
    rises = [w for w in cues.up if w.endswith("ed") or w in ("rose", "grew", "risen", "grown")]
    nouns = ("increase", "rise", "jump", "surge", "gain", "growth", "expansion", "hike")
    hedges = grouped([c for c, q in lexicons.qualifiers().before.items() if q != "exact"])
    return re.compile(
        rf"""(?<![\w-])(?:
        (?P<verb>{grouped(multiples)})  # "Turnout doubled"
        | (?P<rise>{grouped(rises)})(?={_S}(?:by{_S})?  # "rose threefold", "by a factor of"
          (?:(?:[a-z]+{_S}){{0,2}}?[a-z0-9.]+-?fold|a{_S}factor{_S}of{_S}))
        | an?{_S}(?:(?:{hedges}){_S})?(?P<fold>[0-9]+(?:\.[0-9]+)?|[a-z]+)[-\u2010]?fold{_S}
          (?P<noun>{grouped(nouns)}){_S}in{_S}(?:the{_S})?  # "a 10-fold increase in cases"
          (?P<object>[a-z][a-z-]*(?:{_S}[a-z][a-z-]*){{0,2}}?){_OBJECT_ENDS}
        )(?![\w-])""",
        re.IGNORECASE | re.VERBOSE,
    )


@cache
def _lone_words() -> tuple[str, ...]:
    """A word every ``_lone_re`` match holds, in lower case: a multiple verb of its own, or
    "fold" or "factor" after a verb of rise or in a noun's phrase. The search is
    case-insensitive; a lowered text without ``patterns.CASE_TRAPS`` reads the same to it."""
    multiples = [w.lower() for w in lexicons.change_cues().multiples if w.endswith("ed")]
    return (*dict.fromkeys(multiples), "fold", "factor")


@cache
def _goes_on_re() -> re.Pattern[str]:
    return re.compile(rf"[ \u00a0]*(?:[,.;:!?)]|$)|{_S}(?:{_CLAUSE_GOES_ON})\b", re.IGNORECASE)


def lone_cues(text: str) -> list[Lone]:
    """The multiples in ``text`` that may make a change with no value: a past multiple verb
    or a verb of rise and a multiple, at a clause's end ("Turnout doubled.", "prices have
    more than doubled since 2020", "Sales rose threefold."), or "a N-fold" noun of rise and
    what rose after "in" ("a 10-fold increase in cases"); not after a determiner ("a doubled
    dose"), nor before an object or a particle ("doubled its stake", "doubled down").

    >>> [(c.start, c.end) for c in lone_cues("Turnout doubled. It doubled down.")]
    [(8, 15)]
    >>> [c.named for c in lone_cues("There was a 10-fold increase in cases.")]
    [(32, 37)]
    """
    lowered = text.lower()
    if not any(piece in lowered for piece in _GATE):
        return []
    if not has_case_traps(text) and not any(word in lowered for word in _lone_words()):
        return []  # "trouble", "doubles", "ripple": a piece, but no word a match holds
    found: list[Lone] = []
    for match in _lone_re().finditer(text):
        before = text[max(0, match.start() - 12) : match.start()].split()
        if match["noun"]:
            named = (match.start("object"), match.end("object"))
            start = match.start("fold")
            found.append(Lone(match.start("noun"), match.end("noun"), start, named[1], named))
            continue
        if before and before[-1].lower() in _DETERMINERS:
            continue  # "a doubled dose": an adjective
        verb = "verb" if match["verb"] else "rise"
        end = match.end()
        if verb == "rise":
            multiple = _FOLD_AFTER.match(text, end)
            if multiple is None:
                continue
            end = multiple.end()
        if _goes_on_re().match(text, end) is None:
            continue
        found.append(Lone(match.start(verb), match.end(verb), match.start(verb), end, None))
    return found
