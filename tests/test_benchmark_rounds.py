"""The harness's rounds: every row runs once per round, and two-process speed-ups are taken
run against run within a round."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from benchmarks import report
from benchmarks import run as harness


def _run(words_per_s: float) -> dict[str, Any]:
    return {"words": 1000, "seconds": 1000 / words_per_s}


def test_round_ratio_pairs_runs_of_one_round() -> None:
    """The median of the rounds' own ratios (1.5x, 3.0x, 1.5x), not median over median (a
    slow spell in round 2 made the one-process run 60: 180/100 = 1.8x)."""
    runs = {
        "factextract": [_run(100), _run(60), _run(200)],
        "factextract_pool": [_run(150), _run(180), _run(300)],
    }
    assert harness.round_ratio(runs, "factextract_pool", "factextract") == pytest.approx(1.5)
    assert harness.round_ratio(runs, "missing", "factextract") is None


def test_rounds_run_each_tool_once_per_round_in_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def fake_measure(tool: str, *options: str, quiet: Any = None) -> tuple[dict[str, Any], float]:
        calls.append(tool)
        return _run(100), 1.0

    monkeypatch.setattr(harness, "measure", fake_measure)
    monkeypatch.setattr(harness, "installed", lambda needs: "1")
    tools = [t for t in harness.TOOLS if not t.peer][:3]
    runs = harness.measure_rounds(tools, 2, None, harness.Quiet())
    keys = [t.key for t in tools]
    assert calls == keys + keys
    assert all(len(runs[k]) == 2 for k in keys)


def test_a_target_missed_by_a_hair_shows_the_digits_that_miss_it() -> None:
    def row(tool: str, words_per_s: float) -> dict[str, Any]:
        return {"tool": tool, "status": "ok", "words_per_s": words_per_s}

    result = {
        "rows": [
            row("factextract", 100.0),
            row("factextract_many", 173.0),
            row("factextract_pool", 169.61),
        ]
    }
    lines = report.target_lines(result)
    assert "  two processes at least 1.7x one: 1.6961x — NOT met" in lines
    result["rows"][2] = row("factextract_pool", 171.0)
    assert "  two processes at least 1.7x one: 1.71x — met" in report.target_lines(result)


def test_bytecode_is_written_before_timing() -> None:
    """The harness writes factextract's bytecode before it times a cold start, whatever
    PYTHONDONTWRITEBYTECODE says: every module then has a current .pyc."""
    import importlib.util

    assert harness.compile_bytecode()
    spec = importlib.util.find_spec("factextract.facts.dates.grammar")
    assert spec is not None and spec.origin is not None and spec.cached is not None
    assert Path(spec.cached).stat().st_mtime >= Path(spec.origin).stat().st_mtime
