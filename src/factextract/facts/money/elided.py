"""A bare number that a change pairs with an amount named by its currency, the currency left
out: "raised from 5 to 7 billion rupees" (5 billion rupees), "grew to 5.2 billion yuan from
4.1 billion", "paid 80 million euros, up from 60 million". The number is money of the
amount's currency; the bare first of "from X to Y" takes Y's scale word as
``ranges.scale_distributes`` allows.

Only after a currency written after the amount ("yuan", "euros", "cents"), or forwards
from a symbol: news repeats a symbol ("from $5 to $7") or leaves it out after "to" ("from $5
to 7 million"), never before.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from spacy.tokens import Span

from factextract import lexicons
from factextract.facts import numerals
from factextract.facts.money.amounts import Parts, analyze, money_nouns, numerals_scale
from factextract.facts.money.resolution import CurrencyResolver
from factextract.facts.spans import Context
from factextract.numbers import ranges
from factextract.patterns import LazyPattern

RULE = "elided"
NAMED_AFTER = ("suffix", "minor")
"""The rules of amounts whose currency is written after them ("yuan", "cents")."""
_S = r"[ \u00a0]"
_TO = re.compile(rf"{_S}+to{_S}+")
_WORD_END = LazyPattern(r"([A-Za-z]+)[ \u00a0]*$")
_BEFORE = 24
"""How far before the bare number its "from" or change verb may stand."""
_AFTER = re.compile(
    rf"""(?:{_S}+(?:a|an|per){_S}+[a-z]+)?                 # "80 million euros a year"
    (?:,?{_S}+(?:in|on|for|during|over|last|this|at)(?:{_S}+[\w.-]+){{1,6}})?  # "for the player"
    (?:,?{_S}+(?P<dir>up|down))?,?{_S}+from{_S}+""",
    re.VERBOSE | re.IGNORECASE,
)
"""Between an amount and the bare number it moved from: "from", ", up from"."""
_TO_BEFORE = LazyPattern(rf"\bto{_S}+$", re.IGNORECASE)
_BARE_END = LazyPattern(
    rf"{_S}*(?:[.,;:)!?]|$)|{_S}+(?:a|an|in|last|the|at|on|during|over|and|but|while|as)\b"
)
"""What may follow a bare number: the clause goes on, no unit or counted noun ("from 3
sources" counts sources)."""


def _cues() -> frozenset[str]:
    cues = lexicons.change_cues()
    return frozenset({*cues.up, *cues.down, *cues.neutral, "from", "by"})


def candidates(ctx: Context, money: Span) -> list[Span]:
    """The bare numbers around a money span that may leave its currency out: the number
    before "to" and the span, and the one after "from"."""
    found = []
    text = ctx.text
    # Both gaps end in "to" or "from" and spaces: most amounts have neither around them,
    # which a look at a few characters says faster than the numbers and patterns.
    lead = text[max(0, money.start_char - 40) : money.start_char]
    head = lead.rstrip(" \u00a0")
    if head != lead and head.endswith((" to", "\u00a0to")):
        before = ctx.numerals_in(max(0, money.start_char - 40), money.start_char)
        if before and _TO.fullmatch(text, before[-1].end_char, money.start_char):
            found.append(before[-1])
    window = text[money.end_char : money.end_char + 60]
    if "to" in window or "from" in window.lower() or _JOINS.search(window):
        after = ctx.numerals_in(money.end_char, money.end_char + 60)
        if after and (
            _AFTER.fullmatch(text, money.end_char, after[0].start_char)
            or _TO.fullmatch(text, money.end_char, after[0].start_char)
            or _gapped(text, money.end_char, after[0].start_char)
        ):
            found.append(after[0])
    return found


_JOINS = LazyPattern(r"\b(?:and|while|but|whereas|after|before|having)\b")
_GAP_LEAD = LazyPattern(rf",?{_S}+(?:and|while|but|whereas){_S}+")
_GAP_WORDS = LazyPattern(r"[A-Za-z]+")
_GAP_MOST = 6
"""Most words between "and" and the bare number of a gapped amount ("and revenue of")."""
_NOT_GAP_NOUNS = frozenset({"shares", "orders", "contracts", "bond", "bonds"})
"""Nouns of money that also count things ("and shares of 3 billion")."""


@cache
def _gap_nouns() -> frozenset[str]:
    """Nouns of money that name a gapped amount's item ("and revenue of 4,915 billion"):
    pound_nouns.json's nouns of money, and totals of a budget or of trade."""
    extra = {"expenditure", "expenditures", "outlays", "receipts", "reserves", "sales"}
    return frozenset((money_nouns() | extra) - _NOT_GAP_NOUNS)


_TRADED = LazyPattern(
    rf",?{_S}+(?:after|before|while|and|but|having)(?:{_S}+having)?{_S}+"
    r"(?:buying|bought|selling|sold|spending|spent|paying|paid|borrowing|borrowed|lending|lent"
    r"|raising|raised|investing|invested|earning|earned|losing|lost)"
    rf"(?:{_S}+(?:about|around|roughly|nearly|almost|some|another))?{_S}+"
)
"""A second deal of money with its currency left out, a verb of buying, selling, spending
or paying before it: "sold 22.3 billion francs, after buying 21.1 billion in 2021"."""


def _gapped(text: str, end: int, start: int) -> bool:
    """Whether the bare number at ``start`` is a gapped item's amount after the amount ending
    at ``end``: "and", "while", "but" or "whereas", then a few words naming money with no
    figure or mark among them ("spending of 6,395 billion CFA francs and revenue of 4,915
    billion", "Exports were 5.2 billion yuan and imports 4.1 billion"), or a verb of a deal
    (``_TRADED``: ", after buying 21.1 billion"); "and the population is 1.4 billion" names
    no money."""
    if _TRADED.fullmatch(text, end, start):
        return True
    lead = _GAP_LEAD.match(text, end, start)
    if lead is None:
        return False
    gap = text[lead.end() : start]
    words = _GAP_WORDS.findall(gap)
    if len(words) > _GAP_MOST or any(not c.isalpha() and c not in " \u00a0-'" for c in gap):
        return False
    return any(word.lower() in _gap_nouns() for word in words)


def read(ctx: Context, resolver: CurrencyResolver, number: Span, money: Span) -> Parts | None:
    """The amount of a bare ``number`` paired with the ``money`` span, or None when the two
    are no such pair."""
    text = ctx.text
    inside = ctx.numerals_in(money.start_char, money.end_char)
    partner = analyze(ctx, inside[0], resolver) if len(inside) == 1 else None
    values = numerals.normalize(text[number.start_char : number.end_char])
    forward = number.start_char > money.start_char and _TO.fullmatch(
        text, money.end_char, number.start_char
    )
    if partner is None or not (forward or partner.rule.startswith(NAMED_AFTER)):
        return None  # a symbol before the amount: news repeats it, but for "from $5 to 7"
    if values is None or values[1] is not None or partner.amount_max is not None:
        return None
    theirs, own = _scale(ctx, inside[0]), _scale(ctx, number)
    if theirs is None or own is None or not theirs[0]:
        return None  # spelled numbers ("from five to seven billion"): no digits to scale
    (whole, factor), bare, scaled = theirs, values[0], own[1] > 1
    if number.start_char < money.start_char:  # "from 5 to 7 billion rupees"
        word = _WORD_END.search(text, max(0, number.start_char - _BEFORE), number.start_char)
        if word is None or word.group(1).lower() not in _cues():
            return None
        if not scaled and factor > 1:
            if not ranges.scale_distributes(bare, whole / factor, factor):
                return None
            bare = numerals_scale(bare, factor)
    elif forward:  # "from $5 to 7 million", "from 5 billion yuan to 7 billion"
        word = _WORD_END.search(text, max(0, partner.start - _BEFORE), partner.start)
        if word is None or word.group(1).lower() not in _cues():
            return None
        if not _BARE_END.match(text, number.end_char):
            return None  # "from $5 to 7 million people": a count
        if factor > 1 and not scaled:
            return None  # "from $5 million to 7": no scale is left out after the amount
    elif _gapped(text, money.end_char, number.start_char):  # "and revenue of 4,915 billion"
        if not _BARE_END.match(text, number.end_char) or not scaled or own[1] != factor:
            return None  # "and imports of 3 billion tonnes"; "and revenue of 4,915": no scale
    else:  # "to 5.2 billion yuan from 4.1 billion", "80 million euros, up from 60 million"
        gap = _AFTER.fullmatch(text, money.end_char, number.start_char)
        lead = text[max(0, partner.start - 8) : partner.start]
        if gap is None or not (gap.group("dir") or _TO_BEFORE.search(lead)):
            return None
        if not _BARE_END.match(text, number.end_char):
            return None  # "from 3 sources": a count
        if scaled != (factor > 1):
            return None  # "to 7 billion yuan from 5": no scale is left out after the amount
    minor = partner.amount / whole  # "from 50 to 70 cents": 0.01
    amount = numerals_scale(bare, minor) if minor != 1 else bare
    rule = RULE if partner.certain else f"{RULE}_guess"
    return partner._replace(
        start=number.start_char,
        end=number.end_char,
        amount=amount,
        amount_max=None,
        cue=None,
        rule=rule,
    )


_DIGITS = LazyPattern(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def _scale(ctx: Context, number: Span) -> tuple[Decimal, Decimal] | None:
    """A number's value and the factor of what follows its leading digits ("7 billion": 7e9
    and 1e9, "7bn" the same, "700": 700 and 1); None when it starts with no digit."""
    digits = _DIGITS.match(ctx.text, number.start_char, number.end_char)
    found = numerals.normalize(ctx.text[number.start_char : number.end_char])
    if digits is None or found is None:
        return None
    value = Decimal(digits.group().replace(",", ""))
    if digits.end() == number.end_char or not value:
        return found[0], Decimal(1)
    factor = found[0] / value
    return (found[0], factor) if factor == factor.to_integral_value() else None
