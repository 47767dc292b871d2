"""Regex alternations of word lists, shared by every grammar that matches lexicon entries."""

from __future__ import annotations

import array
import importlib
import marshal
import re
import sys
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
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
    return "|".join(re.escape(w) for w in sorted(words, key=_longest_first))


def grouped(words: Iterable[str], *, fold: bool = False) -> str:
    """``alternation`` factored by first character, with the same matches: re tries every
    branch in turn at every position, and a few dozen heads cost less than hundreds of words.
    Only one head can match at a position, and its words keep ``alternation``'s order.
    ``fold`` is for use inside ``(?i:)`` or under IGNORECASE: heads are merged by case, and
    only ASCII heads are known to stay distinct that way, so any other head keeps the plain
    alternation.

    >>> grouped(["Rs", "N", "R", "Rp"]), grouped(["yuan", "Yen"], fold=True)
    ('R(?:p|s|)|N(?:)', 'y(?:uan|en)')
    """
    ordered = sorted(words, key=_longest_first)
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
    for word in sorted(words, key=_longest_first):
        heads.setdefault(word[0].lower() if fold else word[0], []).append(word)
    return heads


def _longest_first(word: str) -> tuple[int, str]:
    """Longest first, then in code point order: a pattern of a set's words reads the same in
    every process (``precompiled`` finds it by its text), whatever the string hash seed. Two
    words of one length match the same text only when equal (but for case, under IGNORECASE),
    so the order among them changes no match."""
    return -len(word), word


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
            found = _table().get((self.pattern, int(self._flags)))
            regex = self._regex = (
                _from_code(self.pattern, found)
                if found is not None and not self._flags & re.DEBUG
                else re.compile(self.pattern, self._flags)
            )
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


# Compiled code of known patterns -------------------------------------------------------------

PRECOMPILED_FILE = Path(__file__).resolve().parent / "data" / "patterns.marshal.gz"
"""What ``re`` compiles every pattern of a cold start to (``precompiled_bytes``, written by
``scripts/build_patterns.py``): parsing and
compiling them in Python (``re._parser``, ``re._compiler``) was about a fifth of a cold
start's instructions (issue #7), handing ``_sre`` the code a fraction of a percent. Keyed by
pattern and flags, so a pattern changed since is compiled as usual, only slower; read only by
the CPython build whose ``re`` wrote it (``_code_key``). Gzip's stored blocks, not deflated
(``_STORED``)."""

_sre: Any = importlib.import_module("_sre")  # no stubs: re's own C half
_compiler: Any = importlib.import_module("re._compiler")
_MARSHAL_VERSION = 2
"""No shared references: the file's bytes stay reproducible (as gazetteer's index)."""
_STORED = 0
"""The table's compression level: none. Inflating its 2.9 MB was about 2 % of a cold start's
instructions (issue #7), some 5-10 ms, to save 2.5 MB on disk; a wheel deflates it anyway.
The gzip frame stays, for its CRC. (Gazetteer's index stays deflated: ``data/gazetteer/``
keeps under 8 MB.)"""
Code = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""``_sre.compile``'s arguments after the pattern: flags (with the inline ones), the code as
``array("I")`` bytes, the number of groups less one, group names -> numbers and back."""
_TABLE: list[dict[tuple[str, int], Code]] = []
"""The table read on first use (an empty one where the file is missing or of another ``re``)."""
_HOOK = threading.Lock()
_HOOKED: list[Any] = [None, 0]
"""``re._compiler.compile`` as ``precompiled`` found it (kept after, for a call that entered
the hook as it was removed), and how many ``precompiled`` are active."""


def _code_key() -> tuple[object, ...]:
    """What the compiled code depends on: the interpreter's build and ``_sre``'s format."""
    return (
        sys.implementation.cache_tag,
        sys.hexversion,
        _sre.MAGIC,
        _sre.CODESIZE,
        array.array("I").itemsize,
    )


def gunzip(data: bytes) -> bytes:
    """A gzip member's contents, inflated into one buffer of the size its trailer gives.
    ``zlib.decompress`` otherwise grows its output from 16 KB in blocks and joins them: for
    this table's 2.9 MB some 7-10 ms of fresh pages against 1 ms, 6-13 ms against 6-9 ms for
    the gazetteer's index (issue #7). A wrong size only costs the regrowing.

    >>> gunzip(zlib.compress(b"abc", wbits=31))
    b'abc'
    """
    return zlib.decompress(data, wbits=31, bufsize=max(1, int.from_bytes(data[-4:], "little")))


def _table() -> dict[tuple[str, int], Code]:
    if not _TABLE:
        table: dict[tuple[str, int], Code] = {}
        try:
            state = marshal.loads(gunzip(PRECOMPILED_FILE.read_bytes()))
            if state["key"] == _code_key():
                table = state["patterns"]
        except (OSError, EOFError, ValueError, TypeError, KeyError, zlib.error):
            pass
        _TABLE.append(table)
    return _TABLE[0]


def _compile_known(pattern: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` while ``precompiled`` is active: a pattern of the table is
    handed to ``_sre`` as ``re`` would hand it, any other compiled as usual."""
    if type(pattern) is str and not flags & re.DEBUG:
        found = _table().get((pattern, flags))
        if found is not None:
            return _from_code(pattern, found)
    return _HOOKED[0](pattern, flags)


def _from_code(pattern: str, found: Code) -> re.Pattern[str]:
    flags, code, groups, names, numbered = found
    words = array.array("I")
    words.frombytes(code)
    regex: re.Pattern[str] = _sre.compile(
        pattern, flags, words.tolist(), groups, dict(names), numbered
    )
    return regex


@contextmanager
def precompiled() -> Iterator[None]:
    """Within it, ``re`` compiles the patterns of ``PRECOMPILED_FILE`` from their stored code
    (the same pattern objects: ``==`` compares their code): around the package's import, the
    pipeline's build and every article (a process compiles most of its patterns in its first,
    and a builder's pattern in the first article that reaches it).
    The hook is ``re``'s internal compile, below its cache, and is removed on leaving; nested
    and concurrent uses share one hook."""
    with _HOOK:
        if not _HOOKED[1]:
            _HOOKED[0] = _compiler.compile
            _compiler.compile = _compile_known
        _HOOKED[1] += 1
    try:
        yield
    finally:
        with _HOOK:
            _HOOKED[1] -= 1
            if not _HOOKED[1]:
                _compiler.compile = _HOOKED[0]


def code_of(pattern: str, flags: int) -> Code:
    """What ``re`` compiles ``pattern`` to, as ``PRECOMPILED_FILE`` stores it."""
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    code = _compiler._code(parsed, flags)
    names = dict(parsed.state.groupdict)
    numbered: list[str | None] = [None] * parsed.state.groups
    for name, i in names.items():
        numbered[i] = name
    words = array.array("I", code)
    return (
        flags | parsed.state.flags,
        words.tobytes(),
        parsed.state.groups - 1,
        names,
        tuple(numbered),
    )


def precompiled_bytes(patterns: Iterable[tuple[str, int]]) -> bytes:
    """``PRECOMPILED_FILE``'s bytes for these patterns and flags (``scripts/build_patterns.py``)."""
    table = {key: code_of(*key) for key in sorted(set(patterns))}
    state = {"key": _code_key(), "patterns": table}
    return zlib.compress(marshal.dumps(state, _MARSHAL_VERSION), _STORED, wbits=31)
