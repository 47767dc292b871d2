"""Throughput of factextract next to its floor and its peers, on the same generated texts.

    python -m benchmarks.run              # full run, several minutes (from the repository root)
    python -m benchmarks.run --quick      # 100-article seeded sample, one run each: a smoke test

Generates the texts when missing (``benchmarks/generate.py``), then measures each row in fresh
processes (``benchmarks/measure.py``), prints one aligned table, and writes it as JSON to
``benchmarks/results/latest.json`` and ``benchmarks/results/<commit>.json``.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import importlib.metadata
import importlib.util
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import generate
from benchmarks.report import ratios, report

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
SAMPLE_SEED = 1
QUICK_SAMPLE = 100


@dataclass(frozen=True)
class Tool:
    """One row of the table: how the tool is run, and the package it needs."""

    key: str
    label: str
    how: str
    needs: str
    cold: str | None = None
    """The ``cold:`` measurement of this row, if it has one."""
    peer: bool = False


TOOLS = (
    Tool(
        "floor",
        "spaCy blank('en') tokenizer",
        "nlp.pipe(texts), no components",
        needs="spacy",
        cold="floor",
    ),
    Tool(
        "contract",
        "factextract's contract alone",
        "read, tokenize, same spans, validate same records, JSON",
        needs="factextract",
    ),
    Tool(
        "factextract",
        "factextract, 1 process",
        "extract(text, published) -> article_json",
        needs="factextract",
        cold="factextract",
    ),
    Tool(
        "factextract_many",
        "factextract, 2 processes",
        "extract_many(n_process=2) -> article_json",
        needs="factextract",
    ),
    Tool(
        "factextract_pool",
        "factextract, 2-process pool",
        "multiprocessing Pool(2): text -> JSON",
        needs="factextract",
    ),
    Tool(
        "quantulum3",
        "quantulum3",
        "parser.parse(text)",
        needs="quantulum3",
        cold="quantulum3",
        peer=True,
    ),
    Tool(
        "dateparser",
        "dateparser",
        'search_dates(text, languages=["en"])',
        needs="dateparser",
        cold="dateparser",
        peer=True,
    ),
)
OUTPUT_KEYS = {"facts": "facts", "results": "results", "tokens": "tokens"}


# measuring --------------------------------------------------------------------------------


def _busy_cpu_seconds() -> float | None:
    """CPU seconds the whole machine spent busy since boot (``/proc/stat``), or None."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except (OSError, IndexError):
        return None
    user, nice, system, _idle, _iowait, irq, softirq = (int(f) for f in fields[:7])
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def _children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass(frozen=True)
class Quiet:
    """Waiting for, and retrying around, other work on a shared machine."""

    below: float = 0.25
    """Other processes may keep at most this many CPUs busy (0 disables waiting and retries)."""
    wait: float = 600.0
    """Longest wait, in seconds, for the machine to calm down before a measurement."""
    retries: int = 2
    """Measurements disturbed by more than ``below`` CPUs are repeated this often."""


def wait_until_quiet(quiet: Quiet) -> None:
    """Block until the machine's busy CPUs over one second fall below ``quiet.below``."""
    deadline = time.monotonic() + quiet.wait
    while quiet.below > 0 and time.monotonic() < deadline:
        before = _busy_cpu_seconds()
        time.sleep(1.0)
        after = _busy_cpu_seconds()
        if before is None or after is None or after - before < quiet.below:
            return
        _progress(f"  waiting: other processes keep {after - before:.2f} CPUs busy")
        time.sleep(4.0)


def measure(tool: str, *options: str, quiet: Quiet = Quiet()) -> tuple[dict[str, Any], float]:
    """``_measure_once``, after waiting for a quiet machine, repeated when disturbed."""
    for attempt in range(quiet.retries + 1):
        wait_until_quiet(quiet)
        result, wall = _measure_once(tool, *options)
        disturbed = result.get("other_cpus", 0.0)
        if quiet.below <= 0 or disturbed < quiet.below or attempt == quiet.retries:
            result["attempts"] = attempt + 1
            return result, wall
        _progress(f"  {tool}: other processes kept {disturbed:.2f} CPUs busy, measuring again")
    raise AssertionError("unreachable")


def _measure_once(tool: str, *options: str) -> tuple[dict[str, Any], float]:
    """Run ``benchmarks.measure`` in a fresh interpreter; its result and the process wall time.

    The result gets ``other_cpus``: how many CPUs other processes on the machine kept busy
    meanwhile (machine busy time minus this measurement's own CPU time, over wall time), so
    a run disturbed by other work shows it.
    """
    command = [sys.executable, "-m", "benchmarks.measure", tool, *options]
    busy, ours = _busy_cpu_seconds(), _children_cpu_seconds()
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    busy_after, ours_after = _busy_cpu_seconds(), _children_cpu_seconds()
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if busy is not None and busy_after is not None:
        other = (busy_after - busy) - (ours_after - ours)
        result["other_cpus"] = max(0.0, other / wall)
    return result, wall


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def installed(distribution: str) -> str | None:
    """The installed version of a distribution, or None."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def _options(sample: int | None) -> list[str]:
    return ["--sample", str(sample), "--seed", str(SAMPLE_SEED)] if sample else []


def measure_row(
    tool: Tool, repeat: int, cold_repeat: int, sample: int | None, quiet: Quiet
) -> dict[str, Any]:
    """Repeated fresh-process runs of one tool; the median run by time, and its cold start."""
    if installed(tool.needs) is None:
        return row_of(tool, [], cold_repeat, quiet)
    runs = []
    for i in range(repeat):
        _progress(f"  {tool.label}: run {i + 1}/{repeat}")
        runs.append(measure(tool.key, *_options(sample), quiet=quiet)[0])
    return row_of(tool, runs, cold_repeat, quiet)


def measure_rounds(
    tools: Sequence[Tool], repeat: int, sample: int | None, quiet: Quiet
) -> dict[str, list[dict[str, Any]]]:
    """``repeat`` rounds in which each installed tool runs once, in turn: a slow spell of the
    VM's host then falls on every row alike, not on the three runs of one row (which made a
    two-process speed-up read 1.57x in one run and 2.33x in another of the same code)."""
    present = [t for t in tools if installed(t.needs) is not None]
    runs: dict[str, list[dict[str, Any]]] = {t.key: [] for t in tools}
    for i in range(repeat):
        for tool in present:
            _progress(f"  round {i + 1}/{repeat}: {tool.label}")
            runs[tool.key].append(measure(tool.key, *_options(sample), quiet=quiet)[0])
    return runs


def round_ratio(runs: dict[str, list[dict[str, Any]]], key: str, base: str) -> float | None:
    """The median over rounds of ``key``'s words/s over ``base``'s in the same round."""
    pairs = list(zip(runs.get(key, []), runs.get(base, []), strict=False))
    if not pairs:
        return None
    return float(
        statistics.median(
            (a["words"] / a["seconds"]) / (b["words"] / b["seconds"]) for a, b in pairs
        )
    )


def row_of(
    tool: Tool, runs: list[dict[str, Any]], cold_repeat: int, quiet: Quiet
) -> dict[str, Any]:
    """A tool's row from its runs (none: not installed): the median run by time, and its
    cold start."""
    version = installed(tool.needs)
    row: dict[str, Any] = {"tool": tool.key, "label": tool.label, "how": tool.how}
    if version is None or not runs:
        return {**row, "status": "not installed"}
    runs = sorted(runs, key=lambda r: float(r["seconds"]))
    median = runs[len(runs) // 2]
    rates = [r["words"] / r["seconds"] for r in runs]
    row |= {
        "status": "ok",
        "version": version,
        "runs": len(runs),
        "articles": median["articles"],
        "words": median["words"],
        "seconds": median["seconds"],
        "seconds_all": [r["seconds"] for r in runs],
        "words_per_s": median["words"] / median["seconds"],
        "words_per_s_min": min(rates),
        "words_per_s_max": max(rates),
        "articles_per_s": median["articles"] / median["seconds"],
        "peak_rss_mib": median["peak_rss_mib"],
        "children_peak_rss_mib": median["children_peak_rss_mib"],
        "output": {k: median[k] for k in OUTPUT_KEYS if k in median},
        "output_sha256": median.get("output_sha256"),
        "cpu_seconds": median.get("cpu_seconds"),
        "factextract_file": median.get("factextract_file"),
        "factextract_modules": median.get("factextract_modules"),
        "other_cpus_max": max((r.get("other_cpus", 0.0) for r in runs), default=0.0),
        "attempts": [r.get("attempts", 1) for r in runs],
        "warmup": median.get("warmup"),
    }
    if tool.cold:
        colds = [measure(f"cold:{tool.cold}", quiet=quiet) for _ in range(cold_repeat)]
        row["cold_start_s"] = statistics.median(c["seconds"] for c, _ in colds)
        row["cold_start_process_s"] = statistics.median(wall for _, wall in colds)
        row["cold_start_peak_rss_mib"] = statistics.median(c["peak_rss_mib"] for c, _ in colds)
    return row


def measure_components(sample: int | None, quiet: Quiet) -> dict[str, Any]:
    """Per-stage seconds of factextract, one process, over the timed texts."""
    options = ["--sample", str(sample), "--seed", str(SAMPLE_SEED)] if sample else []
    result, _ = measure("components", *options, quiet=quiet)
    if result.get("other_cpus", 0.0) >= 0.05:
        _progress(f"  other processes kept {result['other_cpus']:.2f} CPUs busy meanwhile")
    total = sum(result["stages"].values())
    return {
        "articles": result["articles"],
        "words": result["words"],
        "seconds": result["seconds"],
        "other_cpus": result.get("other_cpus"),
        "stages": [
            {
                "stage": stage,
                "seconds": seconds,
                "ms_per_article": 1000 * seconds / result["articles"],
                "share": seconds / total,
            }
            for stage, seconds in result["stages"].items()
        ],
    }


# context ----------------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024**2, 1)
    except OSError:
        pass
    return None


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    return {
        "cpu": _cpu_model(),
        "cpu_count": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)),
        "memory_gib": _memory_gib(),
        "os": f"{platform.system()} {platform.release()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "versions": {
            name: installed(name)
            for name in ("factextract", "spacy", "pydantic", "dateparser", "quantulum3")
        },
        "load_average_at_start": os.getloadavg(),
    }


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    return done.stdout.strip() if done.returncode == 0 else ""


def commit() -> dict[str, Any]:
    """The commit measured, and the tracked files that differed from it."""
    status = subprocess.run(
        ["git", "status", "--porcelain", "-uno"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    changed = [line[3:] for line in status.stdout.splitlines() if len(line) > 3]
    return {
        "sha": _git("rev-parse", "HEAD") or "unknown",
        "short": _git("rev-parse", "--short", "HEAD") or "unknown",
        "dirty": bool(changed),
        "changed_files": changed[:50],
    }


def write(result: dict[str, Any], out: Path) -> list[Path]:
    """``latest.json`` and a copy named by commit."""
    out.mkdir(parents=True, exist_ok=True)
    text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    name = result["commit"]["short"] + ("-dirty" if result["commit"]["dirty"] else "")
    paths = [out / "latest.json", out / f"{name}.json"]
    for path in paths:
        path.write_text(text, encoding="utf-8")
    return paths


def compile_bytecode() -> bool:
    """Write factextract's bytecode before anything is timed, as a user's second start finds
    it: a cold start would otherwise also compile every module changed since bytecode was last
    written (all of them where PYTHONDONTWRITEBYTECODE is set), about 0.1 s for 23 modules."""
    spec = importlib.util.find_spec("factextract")
    if spec is None or spec.origin is None:
        return False
    return compileall.compile_dir(Path(spec.origin).parent, quiet=1)


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Every measurement, in order; the result as it is written to JSON."""
    started = dt.datetime.now(dt.UTC)
    manifest = generate.ensure()
    compile_bytecode()
    sample = QUICK_SAMPLE if args.quick else None
    repeat, peer_repeat = (1, 1) if args.quick else (args.repeat, args.peer_repeat)
    context = {"machine": machine(), "commit": commit()}
    quiet = Quiet(below=args.quiet_below, wait=args.quiet_wait)
    _progress("measuring the floor and factextract's modes, in rounds")
    rounds = measure_rounds([t for t in TOOLS if not t.peer], repeat, sample, quiet)
    rows = []
    for tool in TOOLS:
        if not tool.peer:
            rows.append(row_of(tool, rounds[tool.key], args.cold_repeat, quiet))
            continue
        _progress(f"measuring {tool.label}")
        peer_sample = args.peer_sample or sample
        rows.append(measure_row(tool, peer_repeat, args.cold_repeat, peer_sample, quiet))
    _progress("measuring factextract stage by stage")
    components = measure_components(sample, quiet)
    by_key = {r["tool"]: r for r in rows}
    hashes = {
        by_key[k].get("output_sha256")
        for k in by_key
        if k.startswith("factextract") or k == "contract"
    }
    timed = next((r for r in rows if r["status"] == "ok" and r["tool"] == "factextract"), None)
    result: dict[str, Any] = {
        "schema": 1,
        "started": started.isoformat(timespec="seconds"),
        "command": " ".join(["python -m benchmarks.run", *sys.argv[1:]]),
        **context,
        "texts": {
            **{k: manifest[k] for k in ("seed", "texts_sha256", "articles", "words")},
            "warmup_articles": manifest["warmup_articles"],
            "timed_articles": timed["articles"] if timed else manifest["articles"],
            "timed_words": timed["words"] if timed else manifest["words"],
            "words_are": "whitespace-separated tokens of the article body (str.split)",
        },
        "settings": {
            "repeat": repeat,
            "peer_repeat": peer_repeat,
            "cold_repeat": args.cold_repeat,
            "sample": sample,
            "peer_sample": args.peer_sample,
            "sample_seed": SAMPLE_SEED,
            "quiet_below_cpus": quiet.below,
            "quiet_wait_s": quiet.wait,
            "retries_when_disturbed": quiet.retries,
        },
        "rows": rows,
        "ratios": {
            **ratios(by_key),
            # Two processes over one: run against run within a round, not median over median.
            "extract_many_2p_over_1p": round_ratio(rounds, "factextract_many", "factextract"),
            "pool_2p_over_1p": round_ratio(rounds, "factextract_pool", "factextract"),
        },
        "same_output_all_factextract_modes": len(hashes) == 1 and None not in hashes,
        "components": components,
    }
    result["machine"]["load_average_at_end"] = os.getloadavg()
    result["table"] = report(result)
    return result


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=3, help="fresh-process runs per row (3)")
    parser.add_argument("--peer-repeat", type=int, default=1, help="runs per peer row (1)")
    parser.add_argument("--cold-repeat", type=int, default=5, help="cold starts per row (5)")
    parser.add_argument(
        "--peer-sample",
        type=int,
        default=None,
        help="time peers on N seeded-random texts only (default: all texts)",
    )
    parser.add_argument(
        "--quick", action="store_true", help=f"{QUICK_SAMPLE} texts, one run each (smoke test)"
    )
    parser.add_argument(
        "--quiet-below",
        type=float,
        default=Quiet.below,
        help="wait until other processes keep fewer CPUs busy, and measure again when they\n"
        f"did during a measurement (default {Quiet.below}; 0 disables)",
    )
    parser.add_argument(
        "--quiet-wait",
        type=float,
        default=Quiet.wait,
        help=f"longest wait for a quiet machine, seconds (default {Quiet.wait:.0f})",
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"default: {RESULTS}")
    parser.add_argument("--no-write", action="store_true", help="print only, write no JSON")
    parser.add_argument(
        "--render",
        type=Path,
        metavar="JSON",
        help="print the table of a stored result; measure nothing",
    )
    args = parser.parse_args(argv)
    if args.render:
        print(report(json.loads(args.render.read_text(encoding="utf-8"))))
        return
    result = run(args)
    print(result["table"])
    if not args.no_write:
        for path in write(result, args.out):
            _progress(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


if __name__ == "__main__":
    main()
