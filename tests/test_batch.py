"""Batch runs: formats, hostile inputs, workers, resume after SIGKILL, and Dask."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factextract import batch, formats
from factextract.cli import main

from .conftest import ROOT

CITIES = ("Guangxi", "Kerala", "Lagos", "Nairobi", "Texas", "Bavaria", "Ontario", "Osaka")


def article(i: int) -> str:
    """A small, varied, deterministic article."""
    city = CITIES[i % len(CITIES)]
    return (
        f"---\ntitle: Report {i}\npublished: 2021-0{1 + i % 9}-1{i % 10}\n---\n"
        f"Officials in {city} said {1000 + 37 * i:,} workers returned in {2015 + i % 8}, "
        f"up {i % 13}.{i % 7} per cent from {i % 5 + 2} years ago.\n\n"
        f"The project cost {i + 3}.{i % 9} billion yuan (${(i + 3) / 7:.2f} billion) and "
        f"covers about {50 + i} km of road.\n"
    )


def hostile(folder: Path) -> dict[str, str]:
    """Files that must each become exactly one error record: name -> reason fragment."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: dict[str, tuple[bytes, str]] = {
        "empty.md": (b"", "empty file"),
        "blank.txt": (b"  \n\n ", "empty file"),
        "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        "garbage.txt": (bytes(range(128, 256)) * 8, "not valid UTF-8"),
        "bad-yaml.md": (b"---\ntitle: [oops\n---\nText 5 km.", "not valid YAML"),
        "list-yaml.md": (b"---\n- a\n---\nText 5 km.", "must be a mapping"),
        "bad-date.md": (b"---\npublished: someday\n---\nText 5 km.", "is not a date"),
        "image.png": (b"\x89PNG....", "unsupported file type"),
        "notes.docx": (b"PK\x03\x04", "unsupported file type"),
        "broken.json": (b'{"text": "5 km"', "not valid JSON"),
        "array-of-numbers.json": (b"[1]", "expected a JSON object"),
        "no-text.json": (b'{"title": "x"}', "no text in field"),
        "empty-html.html": (b"<html><body><script>x()</script></body></html>", "no article text"),
        "huge.txt": (b"word " * 300_000, "larger than the limit"),
        # Under the byte limit, over the pipeline's 1,000,000 characters:
        "long.txt": (b"word " * 210_000, "more than the pipeline's limit of 1,000,000"),
        "noextension": (b"Some 5 km of road.", "unsupported file type"),
        "front-matter-only.md": (b"---\ntitle: x\n---\n", "no article text"),
        "impossible-date.md": (b"---\npublished: 2021-02-30\n---\nText 5 km.", "not valid YAML"),
    }
    for name, (content, _) in cases.items():
        (folder / name).write_bytes(content)
    (folder / "dangling.txt").symlink_to(folder / "does-not-exist.txt")
    expected = {name: reason for name, (_, reason) in cases.items()}
    expected["dangling.txt"] = "cannot read file"
    return expected


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*.json"))
        if p.name != batch.SUMMARY_FILE
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("batch") / "in"
    for i in range(60):
        path = folder / f"part{i % 3}" / f"article-{i:03d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(i), encoding="utf-8")
    return folder


def test_batch_formats_html_json_jsonl(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "page.html").write_text(
        "<html><head><title>Guangxi report</title>"
        '<meta property="article:published_time" content="2020-05-23T08:00:00Z"></head>'
        "<body><nav><a href='/'>Home</a> | <a href='/n'>News</a></nav>"
        "<article><p>Guangxi lifted 4.5 million people out of poverty in four years.</p>"
        "<p>It spent 3.68 billion yuan.</p></article>"
        "<footer>Copyright 2020</footer></body></html>",
        encoding="utf-8",
    )
    (source / "many.json").write_text(
        json.dumps(
            [
                {"id": "a/1", "body": "Nearly 400,000 people work there.", "date": "2020-05-23"},
                {"id": "b", "body": "It rose 5 per cent."},
            ]
        ),
        encoding="utf-8",
    )
    (source / "stream.jsonl").write_text(
        '{"body": "Some 300 km of road."}\nnot json\n{"body": "12 schools"}\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    code = main(
        [
            "extract",
            str(source),
            "-o",
            str(out),
            "-q",
            "--text-field",
            "body",
            "--published-field",
            "date",
        ]
    )
    assert code == 1  # one broken JSON Lines line
    assert sorted(tree(out)) == [
        "many/a_1.json",
        "many/b.json",
        "page.json",
        "stream/item-1.json",
        "stream/item-3.json",
    ]
    page = json.loads((out / "page.json").read_text(encoding="utf-8"))
    assert page["title"] == "Guangxi report"
    assert page["published"] == {"date": "2020-05-23", "source": "front_matter"}
    assert "Home | News" not in page["text"] and "Copyright" not in page["text"]
    assert [q["text"] for q in page["quantities"]] == ["4.5 million people"]
    first = json.loads((out / "many/a_1.json").read_text(encoding="utf-8"))
    assert first["published"]["date"] == "2020-05-23" and first["id"] == "a/1"
    (error,) = [json.loads(line) for line in (out / batch.ERRORS_FILE).read_text().splitlines()]
    assert error["path"].endswith("stream.jsonl") and ":2: not valid JSON" in error["reason"]


def test_batch_stdin_to_stdout() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "factextract.cli",
            "extract",
            "-",
            "-o",
            "-",
            "-q",
            "--published",
            "2020-05-23",
        ],
        input=b"Nearly 400,000 people work there.",
        capture_output=True,
        check=True,
        cwd=ROOT,
    )
    (line,) = done.stdout.decode().splitlines()
    assert json.loads(line)["quantities"][0]["value"] == 400000


def test_batch_hostile_folder_loses_nothing(tmp_path: Path, corpus: Path) -> None:
    source = tmp_path / "in"
    for path in sorted(corpus.rglob("*.md"))[:10]:
        (source / path.name).parent.mkdir(parents=True, exist_ok=True)
        (source / path.name).write_bytes(path.read_bytes())
    expected = hostile(source / "hostile")
    out = tmp_path / "out"
    summary = batch.extract_folder(
        [source], out, options=batch.RunOptions(read=formats.Options(max_bytes=1_200_000))
    )
    assert summary.articles == 10 and len(tree(out)) == 10
    errors = {Path(e.path).name: e.reason for e in summary.errors}
    assert set(errors) == set(expected)
    for name, reason in expected.items():
        assert name in errors[name] and reason in errors[name], (name, errors[name])
    lines = (out / batch.ERRORS_FILE).read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(expected)


def test_batch_two_workers_write_the_same_bytes(tmp_path: Path, corpus: Path) -> None:
    for jobs in (1, 2):
        assert (
            main(
                [
                    "extract",
                    str(corpus),
                    "-o",
                    str(tmp_path / f"j{jobs}"),
                    "-q",
                    "--jobs",
                    str(jobs),
                ]
            )
            == 0
        )
    one, two = tree(tmp_path / "j1"), tree(tmp_path / "j2")
    assert len(one) == 60 and one == two


def test_batch_resume_skips_current_outputs(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out"
    source = tmp_path / "in"
    for path in sorted(corpus.rglob("*.md")):
        target = source / path.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    first = batch.extract_folder([source], out)
    again = batch.extract_folder([source], out)
    assert (first.articles, again.articles, again.skipped) == (60, 0, 60)
    edited = next(source.rglob("article-007.md"))
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\nIt added 12 schools.\n", encoding="utf-8"
    )
    after_edit = batch.extract_folder([source], out)
    assert (after_edit.articles, after_edit.skipped) == (1, 59)
    record = json.loads((out / edited.relative_to(source).with_suffix(".json")).read_text())
    assert record["text"].endswith("It added 12 schools.\n")
    forced = batch.extract_folder([source], out, options=batch.RunOptions(force=True))
    assert (forced.articles, forced.skipped) == (60, 0)


def test_batch_resume_recomputes_after_the_extractor_changed(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same version with other code or data ("git pull" on a checkout): outputs older
    than the package's newest file are not up to date."""
    out = tmp_path / "out"
    first = batch.extract_folder([corpus], out)
    assert batch.extract_folder([corpus], out).skipped == first.articles
    monkeypatch.setattr(batch, "_code_mtime", lambda: time.time() + 60)
    again = batch.extract_folder([corpus], out)
    assert (again.articles, again.skipped) == (first.articles, 0)


def test_batch_code_mtime_covers_the_data_files() -> None:
    data = Path(batch.__file__).resolve().parent / "data" / "units.json"
    assert batch._code_mtime() >= data.stat().st_mtime > 0


def test_batch_sigkill_then_resume_equals_a_clean_run(tmp_path: Path) -> None:
    source = tmp_path / "in"
    for i in range(240):
        (source / f"a{i:03d}.md").parent.mkdir(parents=True, exist_ok=True)
        (source / f"a{i:03d}.md").write_text(article(i), encoding="utf-8")
    hostile(source / "zz-hostile")
    clean = tmp_path / "clean"
    main(["extract", str(source), "-o", str(clean), "-q", "--jobs", "1"])
    killed = tmp_path / "killed"
    command = [
        sys.executable,
        "-m",
        "factextract.cli",
        "extract",
        str(source),
        "-o",
        str(killed),
        "-q",
        "--jobs",
        "2",
    ]
    process = subprocess.Popen(command, cwd=ROOT, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(killed.rglob("a*.json"))) < 60:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert 0 < len(list(killed.rglob("a*.json"))) < 240, "the run was not killed midway"
    resumed = subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
    assert resumed.returncode == 1  # the hostile files
    assert tree(killed) == tree(clean)
    assert (killed / batch.ERRORS_FILE).read_bytes() == (clean / batch.ERRORS_FILE).read_bytes()
    assert not list(killed.rglob("*.tmp"))


def test_batch_dask_local_cluster_gives_the_same_outputs(tmp_path: Path, corpus: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    from factextract.dask import extract_on_cluster

    batch.extract_folder([corpus], tmp_path / "local")
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        summary = extract_on_cluster([corpus], tmp_path / "dask", client)
    assert summary.articles == 60 and not summary.errors
    assert tree(tmp_path / "dask") == tree(tmp_path / "local")
