"""Regex alternations of word lists, shared by every grammar that matches lexicon entries."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

CASE_TRAPS = "\u0130\u0131\u017f\u212a"
"""The non-ASCII characters that ``re.IGNORECASE`` equates with an ASCII letter (İ, ı, ſ and
the Kelvin sign), and that ``str.lower`` does not turn into that letter. A text without them
reads the same to an ASCII pattern under ``(?i)`` as in lower case; tests/test_patterns.py
checks every code point."""


def has_case_traps(text: str) -> bool:
    """Whether lowering ``text`` may read differently from ``(?i)`` on ASCII words.

    >>> has_case_traps("Nearly 400 people"), has_case_traps("\u017fome 40 people")
    (False, True)
    """
    return not text.isascii() and any(c in text for c in CASE_TRAPS)  # 4 `in`s beat a regex


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
    return "|".join(
        f"{re.escape(head)}(?:{_rests(heads)})" for head, heads in _by_head(ordered, fold).items()
    )


def per_head(words: Iterable[str]) -> list[str]:
    """``grouped`` cut into one alternation per first character: a search for one literal
    first character skips ahead in C, a search for any of several tries every position.

    >>> per_head(["year", "month", "mid"])
    ['m(?:onth|id)', 'y(?:ear)']
    """
    return [grouped(heads) for heads in _by_head(words).values()]


def headed(words: Iterable[str], not_after: str) -> str:
    r"""``(?<!{not_after})(?:{alternation(words)})``, with each branch starting with its word's
    first character and the lookbehind after it: re skips positions that cannot start a branch
    only when the pattern starts with a character. ``not_after`` matches one character.

    >>> headed(["Rs", "R", "N"], r"\w")
    'R(?<!\\wR)(?:s|)|N(?<!\\wN)(?:)'
    """
    branches = []
    for head, heads in _by_head(words).items():
        first = re.escape(head)
        branches.append(f"{first}(?<!{not_after}{first})(?:{_rests(heads)})")
    return "|".join(branches)


def _by_head(words: Iterable[str], fold: bool = False) -> dict[str, list[str]]:
    """Non-empty words, longest first, by first character (lower-cased with ``fold``)."""
    heads: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        heads.setdefault(word[0].lower() if fold else word[0], []).append(word)
    return heads


def _rests(words: list[str]) -> str:
    return "|".join(re.escape(word[1:]) for word in words)


class LazyPattern:
    """A regex compiled on its first use, for the module-level patterns that at most half of
    the articles reach (counted on the benchmark texts): compiling them all at import was a
    tenth of the cold start (issue #7), for a first article that uses few of them. Reads as
    the compiled pattern does (``search``, ``sub``, ``pattern``, ...). The first use compiles
    it and stores the compiled pattern's methods on the instance, so a later call costs what
    the compiled pattern's own does, with no wrapper between. Not a ``re.Pattern``: pass
    ``compiled()`` to what needs one. ``compile_lazy`` compiles all."""

    if TYPE_CHECKING:  # the compiled pattern's, stored on the instance at first use

        def search(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...
        def match(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...
        def fullmatch(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...
        def finditer(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> Iterator[re.Match[str]]: ...
        def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]: ...
        def sub(
            self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
        ) -> str: ...
        def subn(
            self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
        ) -> tuple[str, int]: ...
        def split(self, string: str, maxsplit: int = 0) -> list[str | Any]: ...

        flags: int
        groups: int
        groupindex: Mapping[str, int]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._regex: re.Pattern[str] | None = None
        _LAZY.append(self)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled now if it was not yet."""
        regex = self._regex
        if regex is None:
            regex = self._regex = re.compile(self.pattern, self._flags)
            for name in _COMPILED_ATTRIBUTES:
                setattr(self, name, getattr(regex, name))
        return regex

    def __getattr__(self, name: str) -> Any:  # a name not on the instance yet
        if name.startswith("__"):  # copy's and pickle's probes
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


_COMPILED_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)
_LAZY: list[LazyPattern] = []


def compile_lazy() -> None:
    """Compile every ``LazyPattern`` now: before forking, so that workers share them."""
    for pattern in _LAZY:
        pattern.compiled()
