"""Check JSON outputs against the Article JSON Schema and the provenance rule."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from pydantic import ValidationError

from factextract.records import Article
from factextract.schema import schema_of


def _article_validator(schema_path: Path | None) -> Draft202012Validator:
    schema: dict[str, Any] = (
        json.loads(schema_path.read_text(encoding="utf-8")) if schema_path else schema_of(Article)
    )
    return Draft202012Validator(schema)


def problems(path: Path, validator: Draft202012Validator) -> list[str]:
    """Every way one output file fails the schema or the provenance rule."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{path}: not readable JSON: {exc}"]
    found = [
        f"{path}: {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
        for e in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path)))
    ]
    if not found:
        try:
            Article.model_validate(data)
        except ValidationError as exc:
            found.append(f"{path}: {exc.errors()[0]['msg']}")
    return found


def validate_folder(
    out_dir: Path, schema_path: Path | None = None
) -> Iterator[tuple[Path, list[str]]]:
    """``(file, problems)`` for every article JSON under ``out_dir``, in name order."""
    validator = _article_validator(schema_path)
    files = (
        [out_dir]
        if out_dir.is_file()
        else sorted(
            p
            for p in out_dir.rglob("*.json")
            if p.relative_to(out_dir).as_posix() != "summary.json"
        )
    )  # keep in sync with batch.SUMMARY_FILE
    for path in files:
        yield path, problems(path, validator)
