"""The committed ``schemas/`` must equal what the models generate."""

from __future__ import annotations

import json

import pytest

from factextract.records import RECORDS
from factextract.schema import file_name, schema_files

from .conftest import SCHEMAS


@pytest.mark.parametrize("name", sorted(schema_files()), ids=sorted(schema_files()))
def test_schema_file_matches_models(name: str) -> None:
    committed = SCHEMAS / name
    assert committed.is_file(), f"{committed} is missing: run `factextract schema -o schemas/`"
    assert committed.read_text(encoding="utf-8") == schema_files()[name], (
        f"{committed} is stale: run `factextract schema -o schemas/` and commit the result"
    )


def test_schema_no_stray_files() -> None:
    expected = {file_name(model) for model in RECORDS}
    assert {p.name for p in SCHEMAS.glob("*.json")} == expected


def test_schema_numbers_are_json_numbers() -> None:
    quantity = json.loads(schema_files()["quantity.schema.json"])
    assert quantity["properties"]["value"]["type"] == "number"
    assert quantity["properties"]["value_max"]["anyOf"] == [{"type": "number"}, {"type": "null"}]


def test_schema_fields_have_descriptions() -> None:
    article = json.loads(schema_files()["article.schema.json"])
    described = article["$defs"]["Quantity"]["properties"]
    assert "description" in described["counted"]
    assert "description" in described["qualifier"]
