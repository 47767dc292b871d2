"""Shares of a whole written as fractions or proportions, read as per cent.

"two-thirds of voters" (66.67%), "half the workforce", "sales fell by a third", "one in five
adults" (20%), "three out of four", "nine out of 10". A share is a ``Percentage`` in
``percent``: news states the same share either way ("a quarter of sales", "25% of sales"),
and the change linker then reads "fell by a third" as it reads "fell by 33%". A fraction
that does not end in decimals is rounded to 12 places (``numbers.to_decimal``).

A fraction is a share only where a whole follows ("of the 400 workers", "half their
income") or where "by" makes it a change's size; never a part of a period or a way ("the
first half of trading", "half of the season", "a third of the way"), of a measure ("half a
mile", "a third of a million", left to the number grammar) or a name ("a third party").
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from factextract import lexicons, numbers
from factextract.facts import numerals, qualifiers
from factextract.facts.counted import proportion_second
from factextract.facts.spans import Context, char_span
from factextract.numbers import lexicon_set, to_decimal
from factextract.numbers.words import (
    number_context,
    of_total_words,
    share_followers,
    share_not_wholes,
    share_positions,
)

SHARE = "share"
"""Rule id of a fraction read as a share ("two-thirds of voters")."""
PROPORTION = "proportion"
"""Rule id of a proportion read as a share ("one in five adults")."""
RULES = frozenset({SHARE, PROPORTION})
_ARTICLES = frozenset({"a", "an"})
_POSSESSIVES = frozenset({"'s", "’s"})
_HALF = frozenset({"half", "Half"})


@cache
def _not_wholes() -> frozenset[str]:
    """Nouns that name no whole of a share: a time unit ("half of the year") or a stretch of
    time or way (number_context.json share_not_wholes)."""
    times = {n for u in lexicons.units() if u.dimension == "time" for n in u.names}
    return frozenset(times) | share_not_wholes()


@cache
def _determiners() -> frozenset[str]:
    """Words between "of" and the whole's noun: "of the", "of all", "of their last"."""
    return lexicon_set("partitive_determiners") | of_total_words()


@cache
def _by_followers() -> frozenset[str]:
    """Words that may follow "by a third" and end the change's size ("by a third in May")."""
    return frozenset(STOP_WORDS) | share_followers()


def share_span(ctx: Context, number: Span) -> Span | None:
    """The share a fraction or the first term of a proportion starts, with its qualifier's
    words ("nearly two-thirds", "about one in five"), or None."""
    if number.label_ == "fraction":
        if not _fraction_is_share(ctx, number):
            return None
        end, rule = number.end_char, SHARE
    else:
        second = _proportion_end(ctx, number)
        if second is None:
            return None
        end, rule = second.end_char, PROPORTION
    cue = qualifiers.before(ctx.text, number.start_char)
    start = cue.start if cue else number.start_char
    return char_span(ctx.doc, start, end, "percentage", rule, kb_id="percent")


def _fraction_is_share(ctx: Context, number: Span) -> bool:
    """Whether a fraction is a share: before "of" and a whole ("a third of sales"), "half"
    before a determiner and a whole ("half the workforce"), or after "by" at the end of a
    change's size ("fell by a third", "cut by half in May")."""
    lowers, k = ctx.lowers, number.end
    if number.start > 0 and lowers[number.start - 1] in share_positions():
        return False  # "the first half of trading", "the other half"
    if k >= len(lowers) or k in ctx.sentence_tokens:
        return _after_by(ctx, number)
    following = lowers[k]
    if following == "of":
        if _period_plural(ctx, number) and not _determined(ctx, k + 1):
            return False  # "two quarters of negative growth"; "three quarters of the vote"
        return _whole_at(ctx, k + 1)
    if following in lexicon_set("partitive_determiners") and ctx.words[number.start] in _HALF:
        return _whole_at(ctx, k)
    if following in _ARTICLES or not _after_by(ctx, number):
        return False  # "by half a mile"
    return not ctx.words[k].isalpha() or following in _by_followers()  # not "by a third party"


def _period_plural(ctx: Context, number: Span) -> bool:
    """Whether a fraction ends in a plural that also names periods, after a space: "three
    quarters" (numbers.json episode_nouns); "three-quarters" is a fraction only."""
    last = number.end - 1
    word = ctx.lowers[last]
    if not word.endswith("s") or word[:-1] not in lexicon_set("episode_nouns"):
        return False
    return last > number.start and ctx.words[last - 1] not in "-‐"


def _determined(ctx: Context, j: int) -> bool:
    """Whether token ``j`` is a determiner or a pronoun: "of the", "of them"."""
    if j >= len(ctx.lowers):
        return False
    word = ctx.lowers[j]
    return word in _determiners() or word in lexicon_set("object_pronouns")


def _after_by(ctx: Context, number: Span) -> bool:
    """Whether "by" stands right before the fraction or its hedge ("by almost a half")."""
    k = number.start - 1
    if k >= 0 and ctx.lowers[k] != "by":
        cue = qualifiers.before(ctx.text, number.start_char)
        k = ctx.token_at(cue.start) - 1 if cue is not None else -1
    return k >= 0 and ctx.lowers[k] == "by"


def _whole_at(ctx: Context, j: int) -> bool:
    """Whether the words from token ``j`` name a whole: determiners, a count maybe, and a
    word that names no time or way ("of the 400 workers", "of them"); not "of a" (a measure
    or a scale), nor a year ("half of 2019")."""
    lowers = ctx.lowers
    if j < len(lowers) and lowers[j] in _ARTICLES:
        return False
    for _ in range(4):
        if j >= len(lowers) or j in ctx.sentence_tokens:
            return False
        number = ctx.number_at(ctx.token_chars[j])
        if number is not None and number.start == j:
            if number.label_ != "cardinal":
                return False  # "half of 2019", "a third of May 2020"
            j = number.end
        elif lowers[j] in _determiners() or lowers[j] in _POSSESSIVES:
            j += 1
        else:
            break
    if j >= len(lowers) or j in ctx.sentence_tokens or not ctx.words[j].isalpha():
        return False
    return lowers[j] not in _not_wholes() or _compound_whole(ctx, j)


def _compound_whole(ctx: Context, j: int) -> bool:
    """Whether a noun of time or way at token ``j`` modifies a compound whole: a singular
    noun and a plural after it ("half of all life insurance policies", "a third of season
    ticket holders"); "half his life goes by" and "half the season remains" stay none."""
    words = ctx.words
    if j + 2 >= len(words) or j + 1 in ctx.sentence_tokens or j + 2 in ctx.sentence_tokens:
        return False
    noun, head = ctx.lowers[j + 1], ctx.lowers[j + 2]
    if not (words[j + 1].isalpha() and words[j + 1].islower() and words[j + 2].isalpha()):
        return False
    if noun in STOP_WORDS or head in STOP_WORDS or numbers.is_plural(noun):
        return False
    return words[j + 2].islower() and numbers.is_plural(head)


def _proportion_end(ctx: Context, number: Span) -> Span | None:
    """The second term of a proportion that ``number`` starts ("one in five", "1 in 4",
    "nine out of 10"), when the two are whole, the first smaller and no time follows (a
    return period: "a 1-in-100-year flood"; "one in a million" is an idiom)."""
    second = proportion_second(ctx, number)
    if second is None or ctx.lowers[second.start] in _ARTICLES:
        return None
    k = second.end
    if k < len(ctx.lowers) and ctx.lowers[k] == "-":
        k += 1
    if k < len(ctx.lowers) and ctx.lowers[k] in _not_wholes():
        return None
    if k < len(ctx.lowers) and ctx.lowers[k] in _spans() and _after_a_word(ctx, number):
        return None  # "won 4 in 5 games", "320 for 5 in 50 overs": a count over a span
    terms = _terms(ctx, number, second)
    if terms is None or terms[0] <= 0 or terms[0] % 1 or terms[1] % 1:
        return None
    return second


@cache
def _spans() -> frozenset[str]:
    """Plurals of games, contests and a season's parts (number_context.json span_nouns and
    contest_nouns), over which "N in M" after a verb counts, no proportion: "scored 7 in 12
    matches"; "One in five matches was fixed" opens its clause and stays one."""
    context = number_context()
    return frozenset(context.span_nouns) | frozenset(context.contest_nouns)


def _after_a_word(ctx: Context, number: Span) -> bool:
    """Whether a lower-case word (a verb, "for") stands before the number or its hedge."""
    cue = qualifiers.before(ctx.text, number.start_char)
    k = (ctx.token_at(cue.start) if cue is not None else number.start) - 1
    return (
        k >= 0
        and k + 1 not in ctx.sentence_tokens
        and ctx.words[k].isalpha()
        and (ctx.words[k].islower() and ctx.lowers[k] not in _CLAUSE_OPENERS)
    )


_CLAUSE_OPENERS = frozenset({"that", "and", "but", "while", "whereas", "where", "with"})


def _terms(ctx: Context, first: Span, second: Span) -> tuple[Decimal, Decimal] | None:
    low = numerals.normalize(ctx.text[first.start_char : first.end_char])
    high = numerals.normalize(ctx.text[second.start_char : second.end_char])
    if low is None or high is None or low[1] is not None or high[1] is not None:
        return None
    return low[0], high[0]


def value(ctx: Context, span: Span) -> Decimal | None:
    """The per cent a share span states: 100 times its fraction, or its first term over its
    second.

    A fraction word's value comes rounded from the grammar (0.333333333333); the exact
    fraction behind it has a small denominator, so thirds come out as 33.333333333333."""
    inside = ctx.numerals_in(span.start_char, span.end_char)
    if span.id_ == PROPORTION and len(inside) == 2:
        terms = _terms(ctx, inside[0], inside[1])
        if terms is None:
            return None
        share = Fraction(terms[0]) / Fraction(terms[1])
    elif span.id_ == SHARE and len(inside) == 1:
        found = numerals.normalize(ctx.text[inside[0].start_char : inside[0].end_char])
        if found is None:
            return None
        share = Fraction(found[0]).limit_denominator(_LARGEST_DENOMINATOR)
    else:
        return None
    return to_decimal(share * 100)


_LARGEST_DENOMINATOR = 100
"""Larger than any fraction word's denominator (numbers.json fractions: tenths)."""
