"""The shared pattern helpers: the case traps every lower-cased fast path relies on, and the
patterns compiled on first use."""

from __future__ import annotations

import copy
import os
import re
import string
import subprocess
import sys
from typing import Any

import pytest

from factextract import patterns
from factextract.patterns import CASE_TRAPS, LazyPattern, compile_lazy, has_case_traps
from tests.characters import EVERY_CHARACTER


def test_patterns_case_traps_are_every_exception() -> None:
    """``CASE_TRAPS`` holds every non-ASCII character that IGNORECASE matches to an ASCII
    letter or that ``str.lower`` turns into an ASCII letter or into more than one character:
    outside them, lowering a text keeps ASCII words where ``(?i)`` finds them."""
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    traps = {
        c
        for c in EVERY_CHARACTER
        if not c.isascii()
        and (letter.fullmatch(c) or len(c.lower()) != 1 or c.lower() in string.ascii_letters)
    }
    assert traps == set(CASE_TRAPS)


def test_patterns_has_case_traps() -> None:
    assert [has_case_traps(t) for t in ("5 km", "5 \u212am", "c\u0131rca", "café")] == [
        False,
        True,
        True,
        False,
    ]


LAZY_ROWS = [
    # pattern, flags, method, arguments
    (r"(?P<n>[0-9]+) (?P<u>km|mi)\b", 0, "search", ("ran 42 km today",)),
    (r"(?P<n>[0-9]+) (?P<u>km|mi)\b", 0, "search", ("ran 42 kmh today",)),  # no match
    (r"(?P<n>[0-9]+) (?P<u>km|mi)\b", 0, "search", ("ran 42 km today", 5)),  # pos
    (r"(?P<n>[0-9]+) (?P<u>km|mi)\b", 0, "search", ("ran 42 km today", 0, 8)),  # endpos
    (r"rose|fell", re.IGNORECASE, "match", ("Rose 5%",)),
    (r"rose|fell", 0, "match", ("Rose 5%",)),  # the flags are kept
    (r"[0-9]+", 0, "fullmatch", ("2024",)),
    (r"[0-9]+", 0, "findall", ("1, 22 and 333",)),
    (r"[0-9]+", 0, "sub", ("#", "1, 22 and 333")),
    (r"[0-9]+", 0, "subn", ("#", "1, 22 and 333", 2)),
    (r",\s*", 0, "split", ("a, b,c",)),
    (r"""[ ]*(?P<d>\d{1,2})   # a day""", re.VERBOSE, "match", (" 23 May",)),
]


def _same(found: Any) -> Any:
    """A method's result in comparable form: a match's span and groups, not the object."""
    if isinstance(found, re.Match):
        return found.span(), found.groups(), found.groupdict()
    if found is None or isinstance(found, (str, int, list, tuple)):
        return found
    return [_same(m) for m in found]  # finditer


@pytest.mark.parametrize(("pattern", "flags", "method", "arguments"), LAZY_ROWS)
def test_patterns_lazy_pattern_reads_as_the_compiled_one(
    pattern: str, flags: int, method: str, arguments: tuple[Any, ...]
) -> None:
    lazy, regex = LazyPattern(pattern, flags), re.compile(pattern, flags)
    assert lazy.pattern == regex.pattern
    for _ in range(2):  # the first call compiles, the second reads the stored method
        assert _same(getattr(lazy, method)(*arguments)) == _same(getattr(regex, method)(*arguments))
    assert _same(lazy.finditer(arguments[0])) == _same(regex.finditer(arguments[0]))
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (
        regex.flags,
        regex.groups,
        regex.groupindex,
    )
    assert lazy.compiled() is lazy.compiled() == regex


def test_patterns_lazy_pattern_compiles_on_first_use() -> None:
    lazy = LazyPattern(r"(?P<year>[0-9]{4})")
    assert lazy.pattern == "(?P<year>[0-9]{4})"  # read without compiling
    assert "search" not in vars(lazy) and lazy._regex is None
    assert lazy.search("in 2024") is not None
    assert vars(lazy)["search"] == lazy.compiled().search  # no wrapper on later calls
    assert copy.copy(LazyPattern("a")).pattern == "a"  # dunder probes are no pattern's


def test_patterns_every_lazy_pattern_compiles() -> None:
    """A typo in a pattern compiled on first use would only fail on the rare text that
    reaches it: ``compile_lazy`` (as ``Extractor.warm`` calls it) compiles every one."""
    import factextract.pipeline  # noqa: F401  (defines the package's patterns)

    assert len(patterns._LAZY) > 200
    compile_lazy()
    assert all(p._regex is not None for p in patterns._LAZY)
    with pytest.raises(re.error):
        LazyPattern("(unclosed").compiled()
    patterns._LAZY.pop()


def test_patterns_precompiled_code_is_what_re_compiles() -> None:
    """Every pattern of ``PRECOMPILED_FILE`` handed to ``_sre`` from its stored code is the
    pattern ``re.compile`` makes (``==`` compares pattern, flags and code), with its groups."""
    table = patterns._table()
    assert len(table) > 800, f"{patterns.PRECOMPILED_FILE} unread or of another Python"
    for (pattern, flags), code in table.items():
        made, regex = patterns._from_code(pattern, code), re.compile(pattern, flags)
        assert made == regex, pattern
        assert (made.groups, made.groupindex, made.flags) == (
            regex.groups,
            regex.groupindex,
            regex.flags,
        )


def test_patterns_precompiled_file_is_read_only_by_its_python(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """A file written by another interpreter's ``re`` (or unreadable) is an empty table."""
    other = tmp_path / "patterns.marshal.gz"
    monkeypatch.setattr(patterns, "_code_key", lambda: ("cpython-399",))
    other.write_bytes(patterns.precompiled_bytes([("a+", 0)]))
    monkeypatch.undo()
    monkeypatch.setattr(patterns, "PRECOMPILED_FILE", other)
    monkeypatch.setattr(patterns, "_TABLE", [])
    assert patterns._table() == {}
    monkeypatch.setattr(patterns, "PRECOMPILED_FILE", tmp_path / "missing")
    monkeypatch.setattr(patterns, "_TABLE", [])
    assert patterns._table() == {}


PRECOMPILED_ROWS = [
    (r"(?P<n>\d+)\s*(?:%|per ?cent)", 0),
    (r"(?i)\b(?:bn|m)\b", 0),
    (r"[a-z]+", re.IGNORECASE),
    (r"x", re.ASCII | re.MULTILINE),
]


@pytest.mark.parametrize(("pattern", "flags"), PRECOMPILED_ROWS)
def test_patterns_precompiled_reads_the_table(
    monkeypatch: pytest.MonkeyPatch, pattern: str, flags: int
) -> None:
    """Within ``precompiled`` a pattern of the table comes from its stored code, one not in
    it (and any outside) is compiled as usual; both read as ``re.compile``'s; the hook is
    gone afterwards, nested uses included."""
    plain = re.compile(pattern, flags)
    compiler = patterns._compiler.compile
    key = (pattern, int(flags))
    monkeypatch.setattr(patterns, "_TABLE", [{key: patterns.code_of(*key)}])
    made: list[str] = []
    real = patterns._from_code
    monkeypatch.setattr(patterns, "_from_code", lambda p, c: made.append(p) or real(p, c))
    re.purge()
    with patterns.precompiled():
        with patterns.precompiled():
            assert re.compile(pattern, flags) == plain
        assert re.compile(pattern + "|zz", flags).pattern == pattern + "|zz"
    assert made == [pattern]
    assert patterns._compiler.compile is compiler and patterns._HOOKED[1] == 0
    re.purge()
    assert LazyPattern(pattern, flags).compiled() == plain
    assert made == [pattern, pattern]
    patterns._LAZY.pop()


def test_patterns_precompiled_covers_a_cold_start() -> None:
    """``PRECOMPILED_FILE`` holds nearly every pattern a fresh process compiles for its first
    article (the benchmarks' cold start): rebuild it (``scripts/build_patterns.py``) when it
    no longer does. Within ``precompiled`` only the patterns it lacks reach ``re``'s own
    compile (here counted)."""
    script = (
        "import re, sys\n"
        "from factextract import patterns\n"
        "compiler = patterns._compiler\n"
        "original, seen = compiler.compile, []\n"
        "def counting(p, flags=0):\n"
        "    seen.append((p, flags))\n"
        "    return original(p, flags)\n"
        "compiler.compile = counting\n"
        "from factextract import Extractor\n"
        "Extractor().extract('Sales rose 5% to $3.2 billion in Paris on May 4, 2024, from "
        "200 tonnes.', published='2024-05-06')\n"
        "known = patterns._table()\n"
        "print(sum(type(k[0]) is str and k not in known for k in seen))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    missed = int(done.stdout)
    assert missed <= 20, f"{missed} patterns of a cold start not in {patterns.PRECOMPILED_FILE}"


def test_patterns_texts_do_not_depend_on_the_hash_seed() -> None:
    """The patterns an article compiles are the same text in every process: a pattern built
    from a set in its iteration order would differ with ``PYTHONHASHSEED`` and miss its key
    in the precompiled table (the market-bet pattern once did)."""
    script = (
        "from factextract import patterns\n"
        "compiler = patterns._compiler\n"
        "original, seen = compiler.compile, []\n"
        "def counting(p, flags=0):\n"
        "    seen.append(repr((p, flags)))\n"
        "    return original(p, flags)\n"
        "compiler.compile = counting\n"
        "from factextract import Extractor\n"
        "Extractor().extract('Markets are pricing in a cut in June. Traders bet on a hike by "
        "July, and sales rose 5% to $3.2 billion in Paris on May 4.', published='2024-05-06')\n"
        "print('\\n'.join(sorted(set(seen))))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] == runs[1]
