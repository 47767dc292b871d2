"""Folders of articles: discovery, extraction, one JSON per article, errors that lose nothing.

Every input ends up in exactly one of: an output JSON, or an ``ExtractionError`` naming the file
and the reason. Output order and bytes do not depend on anything but the inputs.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from factextract import readers, writers
from factextract.errors import FactExtractError
from factextract.pipeline import Extractor
from factextract.records import Article, ExtractionError

ERRORS_FILE = "errors.jsonl"


@dataclass
class Summary:
    """What a batch run did."""

    articles: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    errors: list[ExtractionError] = field(default_factory=list)
    seconds: float = 0.0

    def line(self, out_dir: Path) -> str:
        """One line for people: counts, errors, time and throughput."""
        facts = ", ".join(f"{kind} {n}" for kind, n in sorted(self.facts.items())) or "no facts"
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (
            f"factextract: {self.articles} articles ({facts}), {len(self.errors)} errors, "
            f"{self.seconds:.2f} s ({rate:.1f} articles/s) -> {out_dir}"
        )


def _count(summary: Summary, article: Article) -> None:
    summary.articles += 1
    for kind in ("quantities", "percentages", "money", "dates", "places", "conversions", "changes"):
        summary.facts[kind] += len(getattr(article, kind))


def _error(path: str, exc: BaseException) -> ExtractionError:
    reason = str(exc) if isinstance(exc, FactExtractError) else f"{path}: {exc}"
    return ExtractionError(path=path, reason=reason, exception_type=type(exc).__name__)


def extract_folder(
    paths: Iterable[Path],
    out_dir: Path,
    *,
    published: dt.date | str | None = None,
    extractor: Extractor | None = None,
) -> Summary:
    """Extract every article under ``paths`` into ``out_dir``; errors go to ``errors.jsonl``."""
    started = time.perf_counter()
    extractor = extractor or Extractor()
    summary = Summary()
    seen: dict[Path, str] = {}
    for file, relative in readers.discover(paths):
        shown = str(file)
        try:
            target = writers.output_path(out_dir, relative)
            if target in seen:
                raise FactExtractError(f"{shown}: same output {target} as {seen[target]}")
            seen[target] = shown
            article = extractor.extract_input(readers.read_path(file, shown, published))
            writers.write_atomic(target, writers.article_json(article))
            _count(summary, article)
        except Exception as exc:
            summary.errors.append(_error(shown, exc))
    errors_path = out_dir / ERRORS_FILE
    if summary.errors:
        writers.write_atomic(errors_path, writers.errors_jsonl(summary.errors))
    else:
        errors_path.unlink(missing_ok=True)
    summary.seconds = time.perf_counter() - started
    return summary
