"""The counted phrase after a number ("1,166 poverty alleviation projects", "816 000 t of
wheat"), read off the token table: quantities without a parser.

Adjectives and nouns up to the first plural head ("impoverished people working" ->
"impoverished people"), stopping at function words, adverbs and change verbs; or the phrase
after "of" ("1,000 of the workers").
"""

from __future__ import annotations

from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from factextract import lexicons, numbers
from factextract.facts.spans import Context

# Words after a number that make it a ratio or a rank, not a count.
_NOT_COUNTED = frozenset({"times", "fold", "per", "percent", "th", "st", "nd", "rd"})
_DETERMINERS = frozenset({"the", "its", "their", "these", "those", "his", "her", "our", "all"})
_OBJECTS = _DETERMINERS | {"him", "them"}


@cache
def stop_words() -> frozenset[str]:
    cues = lexicons.change_cues()
    return frozenset({*STOP_WORDS, *cues.up, *cues.down, *cues.neutral, *_NOT_COUNTED})


def noun_phrase(ctx: Context, i: int, singular: bool, stop: int) -> tuple[int, int] | None:
    """Token range of the counted phrase starting at token ``i`` (before token ``stop``)."""
    texts, lowers, spaced, stops = ctx.words, ctx.lowers, ctx.spaced, stop_words()
    words: list[int] = []
    for k in range(i, min(i + 6, stop, len(texts))):
        if k > i and k in ctx.sentence_tokens:
            break
        text = texts[k]
        if text in "-‐" and words and not spaced[words[-1]] and not spaced[k]:
            words.append(k)  # poverty-stricken
            continue
        low = lowers[k]
        joined = bool(words) and texts[words[-1]] in "-‐"  # "tea-growing": any word goes
        if not text.isalpha() or (not joined and (low in stops or low.endswith("ly"))):
            break
        words.append(k)
        if numbers.is_plural(low) and not _verb_follows(ctx, k + 1):
            following = texts[k + 1] if k + 1 < len(texts) else ""
            compound = following.isalpha() and spaced[k]
            after = lowers[k + 1] if compound else ""
            if compound and numbers.is_plural(after) and after not in stops:
                return words[0], k + 2  # "12 police officers"
            return words[0], k + 1
    if singular and words and texts[words[0]].isalpha():
        # No plural head: a singular noun of at most two words, never a trailing -ed verb
        # ("one large firm set aside" -> "large firm"; "of highway remained" -> "highway").
        kept = [k for k in words[:2] if texts[k].isalpha()]
        if len(kept) == 2 and not _adjective_like(lowers[kept[0]]):
            kept = kept[:1]
        return kept[0], kept[-1] + 1
    return None


_ADJECTIVES = frozenset(
    [
        "new",
        "old",
        "large",
        "small",
        "big",
        "single",
        "major",
        "whole",
        "entire",
        "crude",
        "raw",
        "fresh",
        "local",
        "extra",
        "heavy",
        "light",
        "hot",
        "cold",
        "green",
        "red",
        "white",
        "black",
        "fine",
        "main",
        "key",
    ]
)


def _adjective_like(word: str) -> bool:
    """Without POS tags, a first word that can modify the next: "organic tea", "crude oil"."""
    suffixes = ("ic", "al", "ous", "ive", "ful", "less", "ary", "ern", "ish", "ed", "ing")
    return word in _ADJECTIVES or word.endswith(suffixes)


def _verb_follows(ctx: Context, i: int) -> bool:
    """A plural-looking word followed by a number or a determiner is a verb: "five farms 12
    mu", "two sides agreed"-style heads stay, "the team wins the cup" does not."""
    if i >= len(ctx.words):
        return False
    return ctx.lowers[i] in _OBJECTS or ctx.like_num(i)


def partitive(ctx: Context, i: int, stop: int) -> tuple[int, int] | None:
    """ "1,000 of the workers", "816 000 t of wheat": the phrase after "of"."""
    lowers = ctx.lowers
    if i >= len(lowers) or lowers[i] != "of":
        return None
    j = i + 1
    if j < len(lowers) and lowers[j] in _DETERMINERS:
        j += 1
    phrase = noun_phrase(ctx, j, True, stop)
    if phrase is not None and phrase[1] < len(lowers) and lowers[phrase[1]] in ("'s", "’s"):
        return None  # "12 of the county's 55 wards": the count belongs to the later noun
    return phrase
