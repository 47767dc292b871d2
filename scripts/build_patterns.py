"""Regenerate ``src/factextract/data/patterns.marshal.gz``: what ``re`` compiles the patterns of
a cold start to (``factextract.patterns.precompiled``).

Run ``PYTHONPATH=src python scripts/build_patterns.py`` after changing patterns (a pattern
changed since is compiled as usual, only slower: ``tests/test_patterns.py`` fails when the
file misses much of a cold start's compiling) and under a new Python, whose ``re`` may compile
differently (the file is read only by the build that wrote it). It records every pattern the
process compiles while importing the package, building the ``Extractor``, warming it and
extracting every corpus article (``corpus/*.md``): third-party patterns compiled meanwhile
(spaCy's) are kept too, as their code is ``re``'s all the same.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from factextract import patterns

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    patterns._TABLE[:] = [{}]  # record every compile, none from the old file
    compiler: Any = patterns._compiler
    compile_pattern = compiler.compile
    seen: set[tuple[str, int]] = set()

    def recording(pattern: Any, flags: int = 0) -> Any:
        if type(pattern) is str and not flags & re.DEBUG:
            seen.add((pattern, flags))
        return compile_pattern(pattern, flags)

    compiler.compile = recording
    try:
        from factextract import Extractor

        extractor = Extractor().warm()
        for path in sorted((ROOT / "corpus").glob("*.md")):
            extractor.extract(path.read_text(encoding="utf-8"))
    finally:
        compiler.compile = compile_pattern
    patterns.PRECOMPILED_FILE.write_bytes(patterns.precompiled_bytes(seen))
    print(f"{len(seen)} patterns -> {patterns.PRECOMPILED_FILE}", file=sys.stderr)


if __name__ == "__main__":
    main()
