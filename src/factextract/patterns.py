"""Regex alternations of word lists, shared by every grammar that matches lexicon entries."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """The words as one escaped alternation, longest first (so "bn" wins over "b").

    >>> alternation(["b", "bn", "m"])
    'bn|b|m'
    """
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def grouped(words: Iterable[str], *, fold: bool = False) -> str:
    """``alternation`` factored by first character, with the same matches: re tries every
    branch in turn at every position, and a few dozen heads cost less than hundreds of words.
    Only one head can match at a position, and its words keep ``alternation``'s order.
    ``fold`` is for use inside ``(?i:)`` or under IGNORECASE: heads are merged by case, and
    only ASCII heads are known to stay distinct that way, so any other head keeps the plain
    alternation.

    >>> grouped(["Rs", "N", "R", "Rp"]), grouped(["yuan", "Yen"], fold=True)
    ('R(?:s|p|)|N(?:)', 'y(?:uan|en)')
    """
    ordered = sorted(words, key=len, reverse=True)
    if not all(ordered) or (fold and not all(w[0].isascii() for w in ordered)):
        return alternation(ordered)
    heads: dict[str, list[str]] = {}
    for word in ordered:
        heads.setdefault(word[0].lower() if fold else word[0], []).append(word[1:])
    return "|".join(
        f"{re.escape(head)}(?:{'|'.join(map(re.escape, rests))})" for head, rests in heads.items()
    )
