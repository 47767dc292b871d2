"""JSON Schema for the records, generated from the models (serialization mode)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from factextract.records import RECORDS, Record

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def file_name(model: type[Record]) -> str:
    """``DateFact`` -> ``date_fact.schema.json``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", model.__name__).lower() + ".schema.json"


def schema_of(model: type[Record]) -> dict[str, Any]:
    """The serialization-mode JSON Schema of one record model."""
    return {"$schema": DIALECT, **model.model_json_schema(mode="serialization")}


def render(schema: dict[str, Any]) -> str:
    """Stable text for a schema file."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def schema_files() -> dict[str, str]:
    """File name -> file text, for every record with a schema file."""
    return {file_name(model): render(schema_of(model)) for model in RECORDS}


def write_schemas(out_dir: Path) -> list[Path]:
    """Write every schema file into ``out_dir``; return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_files().items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
