"""The command line: extract, validate, schema; bad files reported, the run goes on."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from factextract.cli import main

from .conftest import SCHEMAS


def _write(folder: Path, name: str, content: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_cli_extract_writes_one_json_per_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in"
    _write(source, "a.md", "---\ntitle: A\npublished: 2020-05-23\n---\nNearly 400,000 people.\n")
    _write(source, "sub/b.txt", "Updated: 2021-01-02\n\nIt rose 5 per cent.\n")
    out = tmp_path / "out"
    assert main(["extract", str(source), "-o", str(out)]) == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == [
        "a.json",
        "sub/b.json",
        "summary.json",
    ]
    article = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert article["quantities"][0]["value"] == 400000
    assert article["published"] == {"date": "2020-05-23", "source": "front_matter"}
    assert "2 articles" in capsys.readouterr().err
    assert main(["validate", str(out), "--schema", str(SCHEMAS / "article.schema.json")]) == 0


def test_cli_bad_files_become_errors_and_the_run_goes_on(tmp_path: Path) -> None:
    source = tmp_path / "in"
    _write(source, "good.md", "Some 300 km of road.\n")
    _write(source, "latin1.txt", b"caf\xe9 au lait: 300 km.")
    _write(source, "garbage.txt", bytes(range(128, 256)) * 4)
    _write(source, "empty.md", b"")
    out = tmp_path / "out"
    assert main(["extract", str(source), "-o", str(out)]) == 1
    assert (out / "good.json").is_file()
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [(Path(e["path"]).name, e["exception_type"]) for e in errors] == [
        ("empty.md", "InputError"),
        ("garbage.txt", "InputError"),
    ]
    assert "not valid UTF-8" in errors[1]["reason"]
    latin = json.loads((out / "latin1.json").read_text(encoding="utf-8"))
    assert latin["text"].startswith("café") and latin["warnings"][0]["code"] == "encoding_detected"


def test_cli_outputs_get_the_mode_of_a_plain_write(tmp_path: Path) -> None:
    """Outputs are written through a private temporary file, yet end readable as any file
    the user writes (umask 022: 0644); a file written again keeps the mode it had."""
    source = tmp_path / "in"
    _write(source, "a.txt", "It rose 5 per cent.\n")
    _write(source, "b.txt", "")  # an error: errors.jsonl is written too
    out = tmp_path / "out"
    old = os.umask(0o022)
    try:
        main(["extract", str(source), "-o", str(out)])
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
        assert modes == {"a.json": 0o644, "errors.jsonl": 0o644, "summary.json": 0o644}
        (out / "a.json").chmod(0o640)
        main(["extract", str(source), "-o", str(out), "--force"])
        assert stat.S_IMODE((out / "a.json").stat().st_mode) == 0o640
    finally:
        os.umask(old)


def test_cli_output_is_deterministic(tmp_path: Path) -> None:
    source = _write(
        tmp_path, "in/a.md", "From 2016 to 2019, 1,166 projects; up 4.2 percentage points.\n"
    )
    for run in ("one", "two"):
        assert main(["extract", str(source), "-o", str(tmp_path / run)]) == 0
    assert (tmp_path / "one/a.json").read_bytes() == (tmp_path / "two/a.json").read_bytes()


def test_cli_validate_reports_a_broken_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(tmp_path, "in/a.md", "Some 300 km of road.\n")
    out = tmp_path / "out"
    main(["extract", str(source), "-o", str(out)])
    article = json.loads((out / "a.json").read_text())
    article["quantities"][0]["start_char"] += 1
    (out / "a.json").write_text(json.dumps(article))
    assert main(["validate", str(out)]) == 1
    assert "invalid" in capsys.readouterr().err


def test_cli_schema_check(tmp_path: Path) -> None:
    assert main(["schema", "--check", "-o", str(SCHEMAS)]) == 0
    assert main(["schema", "--check", "-o", str(tmp_path)]) == 1
    main(["schema", "-o", str(tmp_path)])
    assert main(["schema", "--check", "-o", str(tmp_path)]) == 0


def test_cli_bad_published_date(tmp_path: Path) -> None:
    source = _write(tmp_path, "in/a.md", "Some 300 km of road.\n")
    assert main(["extract", str(source), "-o", str(tmp_path / "out"), "--published", "soon"]) == 2


def test_cli_missing_path(tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "out")]) == 2
