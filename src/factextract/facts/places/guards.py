"""Guards: the bare names that are no places.

Common words ("Reading the report", "in May"), parts of people's or organizations' names
("Karen Hollis", "Hurricane Harvey"), people ("Jordan said", "Victoria, 34,", "For Holt" after
"Tracey Holt"), sentence-initial capitals of small towns, and currency adjectives ("US
dollars"). A cue, a qualifier or a dateline (``Mention.strong``) overrides the common-word
guard: "the town of Reading", "Nice, France".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factextract import lexicons
from factextract.facts.places.mention import (
    BIG_CITY,
    FUNCTION_WORDS,
    Mention,
    Words,
    capitals,
    locative,
    sentence_initial,
)
from factextract.facts.spans import Context

_AGE = re.compile(r",[ ]?\d{1,3},(?!\d)")  # not ", 5,000 people"


_NUMBER = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Page:
    """What the guards read about the whole Doc, computed once."""

    ctx: Context
    words: Words
    blocked: frozenset[int]
    """Tokens inside organization or facility names."""
    surnames: frozenset[str]
    """Names the Doc also writes after a first name ("Tracey Holt"): people, everywhere."""
    caps: tuple[bool, ...]
    """``capitals(ctx)``: read by token, not by a look-up of the word."""

    def person(self, mention: Mention, name: str) -> bool:
        """ "Jordan said", "said Victoria", "Mr Jordan", "Victoria, 34,", "For Holt," after
        "Tracey Holt"."""
        ctx, words, start = self.ctx, self.words, mention.start
        before = ctx.words[start - 1] if start > 0 else ""
        before2 = (
            ctx.text[ctx.token_chars[start - 2] : ctx.token_ends[start - 1]] if start > 1 else ""
        )
        if before in words.titles or before2 in words.titles:
            return True
        # The costlier tests last: most names are no person's.
        if _AGE.match(ctx.text, ctx.token_ends[mention.end - 1]) is not None:
            return True
        return name in self.surnames or (name in words.given_names and self.spoken(mention))

    def spoken(self, mention: Mention) -> bool:
        """Whether a speech verb stands right before or after the name."""
        before = self.ctx.lowers[mention.start - 1] if mention.start > 0 else ""
        speech = self.words.speech
        return _next_word(self.ctx, mention.end) in speech or before in speech

    def written_lower(self, text: str) -> bool:
        """Whether the Doc writes ``text`` in lower case somewhere ("energy", "reading")."""
        low = text.lower()
        if not low.islower() or low not in self.ctx.text:
            return False  # most never stand in the text in lower case, as a word or inside one
        # Few Docs get this far: the set of their words is built on the first question.
        words = self.ctx.words
        return low in self.ctx.derived("places:words", (), lambda _: set(words))

    def embedded(self, mention: Mention) -> bool:
        """Part of a longer proper noun ("Karen Hollis", "Hurricane Harvey")."""
        left, right = mention.start - 1, mention.end
        # A line break is a token of its own, never capitalized: it ends the name.
        return (left >= 0 and self._foreign(mention, left)) or (
            right < len(self.ctx.words) and self._foreign(mention, right)
        )

    def _foreign(self, mention: Mention, i: int) -> bool:
        """Whether token ``i``, next to ``mention``, makes it part of another name."""
        if not self.caps[i]:
            return False
        text = self.ctx.words[i]
        if text in FUNCTION_WORDS:
            return False
        # "Neighbouring Tamil Nadu": a sentence-initial word, not a name; any other capitalized
        # neighbour, even a place name, makes a longer name ("George Washington").
        return not (i < mention.start and sentence_initial(self.ctx, i) and self._word(text))

    def _word(self, text: str) -> bool:
        """A capitalized word that is a word, not a name."""
        return (
            text in self.words.common
            or self.written_lower(text)
            or text.endswith(("ing", "ly", "ed"))
        )


def _next_word(ctx: Context, i: int) -> str:
    """The word after token ``i - 1``, skipping one comma ("Jordan, said")."""
    if i < len(ctx.words) and ctx.words[i] == ",":
        i += 1
    return ctx.lowers[i] if i < len(ctx.words) else ""


def page(ctx: Context, words: Words, blocked: set[int], mentions: list[Mention]) -> Page:
    """The guards' view of the Doc. A one-word name right after another capitalized word
    ("Tracey Holt", "María Hernández", even when the first name is a place name too) is a
    surname, everywhere in the Doc."""
    draft = Page(ctx, words, frozenset(blocked), frozenset(), capitals(ctx))
    surnames = {
        ctx.words[m.start]
        for m in mentions
        if m.how in ("name", "alternate")
        and m.end - m.start == 1
        and m.start > 0
        and (draft._foreign(m, m.start - 1) or ctx.words[m.start - 1] in words.titles)
    }
    # Built anew: ``dataclasses.replace`` costs twice as much for the one Page per Doc.
    return Page(ctx, words, draft.blocked, frozenset(surnames), draft.caps)


def keep(p: Page, mention: Mention) -> bool:
    """Whether a bare name (no cue, qualifier or dateline) survives the guards."""
    ctx, words = p.ctx, p.words
    if not p.blocked.isdisjoint(range(mention.start, mention.end)):
        return False
    text = ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[mention.end - 1]]
    single = mention.end - mention.start == 1
    if text in words.common and not mention.strong:
        return single and mention.locative and _big_city(mention) and text not in _months()
    if p.person(mention, text) or p.embedded(mention):
        return False
    after = ctx.words[mention.end] if mention.end < len(ctx.words) else ""
    if after and ctx.lowers[mention.end] in words.currency:
        return False  # "US dollars", "Hong Kong dollars": a currency, not a place
    if text in ("U.S.", "US") and _NUMBER.match(after):
        return False  # "U.S. 59" is a highway
    first = mention.candidates[0] if mention.candidates else None
    town = first is not None and first.type == "city" and first.population < BIG_CITY
    city = first is not None and first.type == "city"
    if single and city and after and ctx.lowers[mention.end] in words.products:
        return False  # "Brent crude", "Brent futures": a benchmark named after a city
    if town and p.spoken(mention) and not locative(words, ctx, mention.start):
        return False  # "said Hernández" is a person; "a maker in El Salto said" is not
    if single and town and p.written_lower(text):
        return False  # "Energy" where the article also writes "energy"
    # A small town's name that opens a sentence is as likely a word or a surname.
    return not (single and town and sentence_initial(ctx, mention.start) and not mention.strong)


def _big_city(mention: Mention) -> bool:
    return any(e.type == "city" and e.population >= BIG_CITY for e in mention.candidates)


@cache
def _months() -> frozenset[str]:
    calendar = lexicons.calendar()
    return frozenset(w.title() for w in (*calendar.months, *calendar.weekdays))


def with_context(ctx: Context, words: Words, mention: Mention) -> Mention:
    """The mention with ``locative`` set from the words before it."""
    found = locative(words, ctx, mention.start)
    return (
        mention
        if found == mention.locative
        else mention.flagged(strong=mention.strong, locative=found)
    )
