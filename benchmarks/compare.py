"""Interleaved A/B runs of two versions of factextract on the benchmark texts.

    python -m benchmarks.compare OLD [NEW] [--pairs 6] [--tool factextract] [--sample N]

OLD and NEW are git revisions (NEW defaults to the working tree). Each revision's ``src/`` is
exported to a temporary folder and measured by this checkout's ``benchmarks.measure`` in fresh
processes with ``PYTHONPATH`` pointing at it, so both sides run the same harness on the same
texts. Runs alternate ABBA ABBA ..., so a machine that drifts (a VM's speed moves 15-20 %
within minutes here) weighs on both sides alike; the pairwise ratios and their median say how
much faster NEW is, and whether their JSON outputs are byte-identical.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import generate
from benchmarks.run import ROOT


@dataclass(frozen=True)
class Side:
    """One version under test: its name and the folder that holds its ``factextract``."""

    name: str
    src: Path


@contextmanager
def exported(revision: str | None) -> Iterator[Side]:
    """The ``src/`` of ``revision`` (None: the working tree) as a folder for ``PYTHONPATH``."""
    if revision is None:
        yield Side("working tree", ROOT / "src")
        return
    with tempfile.TemporaryDirectory(prefix="factextract-compare-") as folder:
        archive = Path(folder) / "src.tar"
        done = subprocess.run(
            ["git", "archive", "--format=tar", f"--output={archive}", revision, "src"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"git archive {revision} failed: {done.stderr.strip()}")
        with tarfile.open(archive) as tar:
            tar.extractall(folder, filter="data")
        yield Side(revision, Path(folder) / "src")


def measure(side: Side, tool: str, options: Sequence[str]) -> dict[str, Any]:
    """One fresh-process measurement of ``side``; fails when another factextract was loaded."""
    env = {**os.environ, "PYTHONPATH": str(side.src)}
    command = [sys.executable, "-m", "benchmarks.measure", tool, *options]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{side.name}: {' '.join(command)} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    loaded = Path(result.get("factextract_file", "")).resolve()
    if side.src.resolve() not in loaded.parents:
        raise SystemExit(f"{side.name}: measured {loaded}, not the tree under {side.src}")
    return result


def order(pairs: int) -> list[int]:
    """Which side runs at each step: ABBA repeated, so neither side always goes first."""
    return [side for i in range(pairs) for side in ((0, 1) if i % 2 == 0 else (1, 0))]


def summary(runs: list[tuple[dict[str, Any], dict[str, Any]]], names: Sequence[str]) -> str:
    """The table of runs, medians and the pairwise speed ratios NEW / OLD."""
    lines = [f"{'pair':>4}  {names[0][:20]:>20}  {names[1][:20]:>20}  {'ratio':>6}  {'by CPU':>6}"]
    ratios, by_cpu = [], []
    for i, (old, new) in enumerate(runs, 1):
        ratios.append(rate(new) / rate(old))
        by_cpu.append(cpu_ms(old) / cpu_ms(new))
        lines.append(
            f"{i:>4}  {rate(old):>14,.0f} w/s  {rate(new):>14,.0f} w/s  "
            f"{ratios[-1]:>5.3f}x  {by_cpu[-1]:>5.3f}x"
        )
    medians = [statistics.median(rate(run[k]) for run in runs) for k in (0, 1)]
    cpu = [statistics.median(cpu_ms(run[k]) for run in runs) for k in (0, 1)]
    lines += [
        f"median words/s: {medians[0]:,.0f} -> {medians[1]:,.0f}",
        f"median CPU ms per article: {cpu[0]:.2f} -> {cpu[1]:.2f}",
        f"pairwise ratio: median {statistics.median(ratios):.3f}x, "
        f"range {min(ratios):.3f}-{max(ratios):.3f}x over {len(ratios)} pairs",
        f"pairwise ratio of CPU time per article: median {statistics.median(by_cpu):.3f}x, "
        f"range {min(by_cpu):.3f}-{max(by_cpu):.3f}x (steadier when other work shares the CPUs)",
    ]
    outputs = {run[k].get("output_sha256") for run in runs for k in (0, 1)}
    lines.append(
        "outputs: byte-identical"
        if len(outputs) == 1
        else "outputs: DIFFER (python -m benchmarks.digests says which articles)"
    )
    return "\n".join(lines)


def rate(result: dict[str, Any]) -> float:
    return float(result["words"]) / float(result["seconds"])


def cpu_ms(result: dict[str, Any]) -> float:
    return 1000 * float(result["cpu_seconds"]) / float(result["articles"])


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("old", help="git revision of the baseline")
    parser.add_argument("new", nargs="?", help="git revision to compare (default: work tree)")
    parser.add_argument("--pairs", type=int, default=6, help="A/B pairs (default 6)")
    parser.add_argument("--tool", default="factextract", help="benchmarks.measure row")
    parser.add_argument("--sample", type=int, help="time N seeded-random texts only")
    args = parser.parse_args(argv)
    if args.pairs < 1:
        parser.error("--pairs must be at least 1")
    if args.tool.startswith("cold:"):
        parser.error("--tool takes a throughput row; cold starts are in benchmarks.run's table")
    generate.ensure()
    options = ["--sample", str(args.sample)] if args.sample else []
    with exported(args.old) as old, exported(args.new) as new:
        sides = (old, new)
        results: list[list[dict[str, Any]]] = [[], []]
        for step, index in enumerate(order(args.pairs), 1):
            print(f"run {step}/{2 * args.pairs}: {sides[index].name}", file=sys.stderr, flush=True)
            results[index].append(measure(sides[index], args.tool, options))
    print(summary(list(zip(*results, strict=True)), [s.name for s in sides]))


if __name__ == "__main__":
    main()
