"""Show that a batch run never loses an article: 1,000 generated articles plus 20 hostile files,
run with --jobs 2, killed with SIGKILL midway, then re-run, against a clean --jobs 1 run and a
Dask LocalCluster run (two worker processes on 127.0.0.1).

    python scripts/demo_batch_resume.py [WORKDIR]

Prints articles/s for --jobs 1 and --jobs 2 and whether every output is byte-identical.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ("Guangxi", "Kerala", "Lagos", "Nairobi", "Texas", "Bavaria", "Ontario", "Osaka", "Sindh")
UNITS = ("km", "tonnes", "hectares", "MW", "barrels a day", "miles")


def article(i: int) -> str:
    place, unit = PLACES[i % len(PLACES)], UNITS[i % len(UNITS)]
    return (
        f"---\ntitle: Report {i}\n"
        f"published: 20{15 + i % 9}-{1 + i % 12:02d}-{1 + i % 27:02d}\n---\n"
        f"Officials in {place} said {1000 + 37 * i:,} workers returned in {2010 + i % 12}, up "
        f"{i % 13}.{i % 7} per cent from {i % 5 + 2} years ago.\n\n"
        f"The project cost {i % 40 + 3}.{i % 9} billion yuan (${(i % 40 + 3) / 7:.2f} billion) "
        f"and covers about {50 + i % 400} {unit}. Nearly {i * 11 % 900 + 100} villages joined "
        f"between March and May, and {i % 9 + 2} more will join next year.\n"
    )


HOSTILE: dict[str, bytes] = {
    "empty.md": b"",
    "blank.txt": b"  \n\n ",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "garbage.txt": bytes(range(128, 256)) * 8,
    "bad-yaml.md": b"---\ntitle: [oops\n---\nText 5 km.",
    "list-yaml.md": b"---\n- a\n---\nText 5 km.",
    "bad-date.md": b"---\npublished: someday\n---\nText 5 km.",
    "image.png": b"\x89PNG....",
    "notes.docx": b"PK\x03\x04",
    "broken.json": b'{"text": "5 km"',
    "array.json": b"[1]",
    "no-text.json": b'{"title": "x"}',
    "empty.html": b"<html><body><script>x()</script></body></html>",
    "huge.txt": b"word " * 1_100_000,
    "noextension": b"Some 5 km of road.",
    "null-bytes.md": b"abc\x00def",
    "only-front-matter.md": b"---\ntitle: x\n---\n",
    "bad-date-2.md": b"---\npublished: 2021-02-30\n---\nText 5 km.",
    "broken.jsonl": b"{\n",
}


def build(folder: Path) -> None:
    for i in range(1000):
        path = folder / f"batch{i % 10}" / f"article-{i:04d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(i), encoding="utf-8")
    hostile = folder / "hostile"
    hostile.mkdir()
    for name, content in HOSTILE.items():
        (hostile / name).write_bytes(content)
    (hostile / "dangling.txt").symlink_to(hostile / "missing.txt")


def run(source: Path, out: Path, jobs: int) -> float:
    started = time.perf_counter()
    subprocess.run(_command(source, out, jobs), cwd=ROOT, check=False, capture_output=True)
    return time.perf_counter() - started


def _command(source: Path, out: Path, jobs: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "factextract.cli",
        "extract",
        str(source),
        "-o",
        str(out),
        "-q",
        "--jobs",
        str(jobs),
    ]


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "summary.json"
    }


def main() -> None:
    work = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="fx-demo-"))
    source = work / "in"
    build(source)
    one = run(source, work / "jobs1", 1)
    two = run(source, work / "jobs2", 2)
    killed = work / "killed"
    process = subprocess.Popen(_command(source, killed, 2), cwd=ROOT, start_new_session=True)
    while len(list(killed.rglob("article-*.json"))) < 400:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    done_before = len(list(killed.rglob("article-*.json")))
    run(source, killed, 2)
    from dask.distributed import Client, LocalCluster

    from factextract.dask import extract_on_cluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        started = time.perf_counter()
        extract_on_cluster([source], work / "dask", client)
        on_dask = time.perf_counter() - started
    clean = tree(work / "jobs1")
    errors = (work / "jobs1" / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    print(f"outputs: {sum(k.endswith('.json') for k in clean)} JSON, {len(errors)} error records")
    print(
        f"--jobs 1: {1000 / one:.1f} articles/s ({one:.1f} s); --jobs 2: {1000 / two:.1f} "
        f"articles/s ({two:.1f} s); Dask 2 workers: {1000 / on_dask:.1f} articles/s"
    )
    print(
        f"killed after {done_before} outputs; resumed run identical to clean: "
        f"{tree(killed) == clean}; --jobs 2 identical: {tree(work / 'jobs2') == clean}; "
        f"Dask identical: {tree(work / 'dask') == clean}"
    )
    for line in errors:
        print("  ", line[:160])


if __name__ == "__main__":
    main()
