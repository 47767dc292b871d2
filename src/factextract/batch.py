"""Folders of articles: discovery, workers, progress, errors, resume.

Every input file ends up as outputs or as error records naming the file and the reason —
never as nothing. Workers (processes, or Dask) return JSON text; only this process writes,
in input order, through temporary files and a rename, so output bytes and order do not
depend on the number of workers, and a run killed at any moment leaves only whole files.
Re-running skips articles whose output records the same input hash and extractor version.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal, TextIO

from factextract import __version__, formats, writers
from factextract.errors import FactExtractError, InputError
from factextract.pipeline import default_extractor
from factextract.records import ExtractionError

ERRORS_FILE = "errors.jsonl"
SUMMARY_FILE = "summary.json"
RESERVED = frozenset({SUMMARY_FILE})
"""Output names the run keeps for itself (an input named summary.md is reported)."""
KINDS = (
    "quantities",
    "percentages",
    "money",
    "dates",
    "places",
    "conversions",
    "exchange_rates",
    "changes",
)
Format = Literal["json", "jsonl"]


@dataclass(frozen=True, slots=True)
class Task:
    """One input: the path as given, and the output name its articles take."""

    path: str
    relative: str


@dataclass(frozen=True, slots=True)
class Result:
    """One article's output, or one error; ``skipped`` when the output was already current."""

    target: str | None = None
    json: str | None = None
    error: ExtractionError | None = None
    counts: tuple[tuple[str, int], ...] = ()
    skipped: bool = False


@dataclass
class Summary:
    """What a batch run did."""

    articles: int = 0
    skipped: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    errors: list[ExtractionError] = field(default_factory=list)
    seconds: float = 0.0

    def line(self, out: str) -> str:
        """One line for people: counts, errors, time and throughput."""
        facts = ", ".join(f"{kind} {n}" for kind, n in sorted(self.facts.items())) or "no facts"
        done = self.articles + self.skipped
        rate = self.articles / self.seconds if self.seconds else 0.0
        kept = f", {self.skipped} up to date" if self.skipped else ""
        return (
            f"factextract: {done} articles{kept} ({facts}), {len(self.errors)} errors, "
            f"{self.seconds:.2f} s ({rate:.1f} articles/s) -> {out}"
        )

    def as_json(self) -> str:
        return (
            json.dumps(
                {
                    "articles": self.articles,
                    "up_to_date": self.skipped,
                    "facts": dict(sorted(self.facts.items())),
                    "errors": len(self.errors),
                    "seconds": round(self.seconds, 3),
                    "extractor_version": __version__,
                },
                indent=2,
            )
            + "\n"
        )


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How a batch run reads, writes and resumes."""

    read: formats.Options = field(default_factory=formats.Options)
    out_format: Format = "json"
    force: bool = False
    """Recompute even when an output is up to date."""


def plan(paths: Iterable[Path]) -> list[Task]:
    """The inputs, in a stable order: files as given, folders recursively by name."""
    tasks = []
    for path in paths:
        if str(path) == formats.STDIN:
            tasks.append(Task(formats.STDIN, "stdin"))
            continue
        for file, relative in _discover(path):
            tasks.append(Task(str(file), relative.as_posix()))
    return tasks


def _discover(path: Path) -> Iterator[tuple[Path, Path]]:
    from factextract.readers import discover

    if not path.exists() and not path.is_symlink():
        raise FactExtractError(f"no such file or folder: {path}")
    yield from discover([path])


def _target(task: Task, key: str) -> str:
    """Output name: the input's relative path with .json, or a folder of them for JSON inputs."""
    base = Path(*(formats._safe(part) for part in Path(task.relative).parts))
    if not key:
        return base.with_suffix(".json").as_posix()
    return (base.with_suffix("") / f"{key}.json").as_posix()


def _current(out_dir: Path | None, target: str, digest: str | None) -> bool:
    """Whether the output exists, records this input hash and extractor version, and is
    newer than the extractor's own files: the version names releases, so a checkout whose
    code or data changed under the same version ("git pull") must not keep the old outputs."""
    if out_dir is None or digest is None:
        return False
    path = out_dir / target
    try:
        if path.stat().st_mtime < _code_mtime():
            return False
        with path.open(encoding="utf-8") as stream:
            head = json.load(stream)
    except (OSError, ValueError):
        return False
    return bool(head.get("input_sha256") == digest and head.get("extractor_version") == __version__)


@cache
def _code_mtime() -> float:
    """When a file of the installed package (code or data) last changed; read once per
    process (a few hundred ``stat`` calls)."""
    package = Path(__file__).resolve().parent
    return max(
        (p.stat().st_mtime for p in package.rglob("*") if p.suffix != ".pyc" and p.is_file()),
        default=0.0,
    )


def run_task(task: Task, options: RunOptions, out_dir: str | None) -> list[Result]:
    """Extract every article of one input (in any process); never raises."""
    try:
        loaded = formats.load(Path(task.path), task.path, options.read)
    except Exception as exc:
        return [Result(error=_error(task.path, exc))]
    results = []
    folder = Path(out_dir) if out_dir else None
    for key, item in loaded:
        if isinstance(item, InputError):
            results.append(Result(error=_error(task.path, item)))
            continue
        target = _target(task, key)
        if not options.force and _current(folder, target, item.input_sha256):
            results.append(Result(target=target, skipped=True))
            continue
        try:
            article = default_extractor().extract_input(item)
        except Exception as exc:
            results.append(Result(error=_error(item.path or task.path, exc)))
            continue
        counts = tuple((kind, len(getattr(article, kind))) for kind in KINDS)
        results.append(Result(target, writers.article_json(article), counts=counts))
    return results


def _error(path: str, exc: BaseException) -> ExtractionError:
    reason = str(exc) if isinstance(exc, FactExtractError) else f"{path}: {exc}"
    return ExtractionError(path=path, reason=reason, exception_type=type(exc).__name__)


Mapper = Callable[[list[Task]], Iterator[list[Result]]]


def local_mapper(options: RunOptions, out_dir: str | None, jobs: int) -> Mapper:
    """Results in input order, from this process (jobs=1) or a pool of worker processes."""

    def run(tasks: list[Task]) -> Iterator[list[Result]]:
        if jobs <= 1:
            yield from (run_task(t, options, out_dir) for t in tasks)
            return
        from factextract.forks import fork_pool

        default_extractor().warm()  # built and loaded once here, shared by the workers
        with fork_pool(jobs) as pool:
            args = ((t, options, out_dir) for t in tasks)
            yield from pool.imap(_star_run_task, args, chunksize=4)

    return run


def _star_run_task(args: tuple[Task, RunOptions, str | None]) -> list[Result]:
    return run_task(*args)


def remove_stale_temporaries(out_dir: Path) -> int:
    """Delete the temporary files a killed run left behind; return how many."""
    removed = 0
    for leftover in out_dir.rglob(".*.tmp"):
        leftover.unlink(missing_ok=True)
        removed += 1
    return removed


def extract_folder(
    paths: Iterable[Path],
    out: Path | None,
    *,
    options: RunOptions = RunOptions(),
    jobs: int = 1,
    mapper: Mapper | None = None,
    progress: Callable[[int, int], None] | None = None,
    stream: TextIO | None = None,
    stop_on_error: bool = False,
) -> Summary:
    """Extract every input under ``paths``: one JSON per article into ``out`` (or a JSON
    Lines stream into ``out``'s articles.jsonl, or ``stream``), errors to errors.jsonl."""
    started = time.perf_counter()
    tasks = plan(paths)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(out)
    folder = str(out) if out is not None and options.out_format == "json" else None
    run = mapper or local_mapper(options, folder, jobs)
    summary = Summary()
    lines: list[str] = []
    seen: dict[str, str] = {}
    for done, (task, results) in enumerate(zip(tasks, run(tasks), strict=True), start=1):
        for result in results:
            _take(result, task, out, options, summary, lines, stream, seen)
        if progress is not None:
            progress(done, len(tasks))
        if stop_on_error and summary.errors:
            break
    if out is not None:
        _finish(out, options, summary, lines)
    summary.seconds = time.perf_counter() - started
    if out is not None:
        writers.write_atomic(out / SUMMARY_FILE, summary.as_json())
    return summary


def _take(
    result: Result,
    task: Task,
    out: Path | None,
    options: RunOptions,
    summary: Summary,
    lines: list[str],
    stream: TextIO | None,
    seen: dict[str, str],
) -> None:
    """Write or record one result, in input order."""
    if result.error is not None:
        summary.errors.append(result.error)
        return
    assert result.target is not None
    if result.target in seen:
        message = f"{task.path}: same output {result.target} as {seen[result.target]}"
        summary.errors.append(_error(task.path, FactExtractError(message)))
        return
    if result.target in RESERVED:
        message = f"{task.path}: its output name {result.target} is reserved for the run itself"
        summary.errors.append(_error(task.path, FactExtractError(message)))
        return
    seen[result.target] = task.path
    if result.skipped:
        summary.skipped += 1
        return
    assert result.json is not None
    summary.articles += 1
    summary.facts.update(dict(result.counts))
    if options.out_format == "jsonl":
        line = json.dumps(json.loads(result.json), ensure_ascii=False) + "\n"
        (stream.write(line) if stream is not None else lines.append(line))
    elif out is not None:
        writers.write_atomic(writers.output_path(out, Path(result.target)), result.json)


def _finish(out: Path, options: RunOptions, summary: Summary, lines: list[str]) -> None:
    if options.out_format == "jsonl" and lines:
        writers.write_atomic(out / "articles.jsonl", "".join(lines))
    errors = out / ERRORS_FILE
    if summary.errors:
        writers.write_atomic(errors, writers.errors_jsonl(summary.errors))
    else:
        errors.unlink(missing_ok=True)


def log_progress(every: int = 100) -> Callable[[int, int], None]:
    """Plain progress lines (for logs and CI): one every ``every`` inputs, and the last."""

    def report(done: int, total: int) -> None:
        if done % every == 0 or done == total:
            print(f"factextract: {done}/{total} inputs", file=sys.stderr, flush=True)

    return report


def bar_progress() -> Callable[[int, int], None]:
    """A progress bar on a terminal (tqdm)."""
    from tqdm import tqdm

    bar: list[tqdm] = []

    def report(done: int, total: int) -> None:
        if not bar:
            bar.append(tqdm(total=total, unit="file", file=sys.stderr))
        bar[0].update(done - bar[0].n)
        if done == total:
            bar[0].close()

    return report


def default_progress() -> Callable[[int, int], None] | None:
    """A bar on an interactive terminal; plain lines in CI or when stderr is redirected."""
    if os.environ.get("CI") or not sys.stderr.isatty():
        return log_progress()
    return bar_progress()
