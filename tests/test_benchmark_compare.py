"""The A/B comparison's bookkeeping: run order and the summary it prints."""

from __future__ import annotations

from typing import Any

from benchmarks.compare import order, summary


def _run(words_per_s: float, cpu_ms: float, output: str = "same") -> dict[str, Any]:
    return {
        "words": 1000,
        "seconds": 1000 / words_per_s,
        "articles": 10,
        "cpu_seconds": cpu_ms * 10 / 1000,
        "output_sha256": output,
    }


def test_runs_alternate_abba() -> None:
    assert order(3) == [0, 1, 1, 0, 0, 1]
    assert order(3).count(0) == order(3).count(1) == 3


def test_summary_gives_medians_and_pairwise_ratios() -> None:
    runs = [
        (_run(100, 10), _run(150, 8)),
        (_run(80, 12), _run(100, 10)),
        (_run(90, 11), _run(99, 11)),
    ]
    text = summary(runs, ["old", "new"])
    assert "median words/s: 90 -> 100" in text
    assert "median CPU ms per article: 11.00 -> 10.00" in text
    assert "pairwise ratio: median 1.250x, range 1.100-1.500x over 3 pairs" in text
    assert "of CPU time per article: median 1.200x, range 1.000-1.250x" in text
    assert "outputs: byte-identical" in text


def test_summary_says_when_outputs_differ() -> None:
    text = summary([(_run(100, 10, "a"), _run(100, 10, "b"))], ["old", "new"])
    assert "outputs: DIFFER" in text
