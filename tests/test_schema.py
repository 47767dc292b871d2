"""The committed ``schemas/`` must equal what the models generate."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from factextract import records
from factextract.records import RECORDS, Record
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


def test_record_descriptions_are_pydantics_attribute_docstrings(tmp_path: Path) -> None:
    # records._describe stands in for pydantic's use_attribute_docstrings (slow to import):
    # the same file built with that option must give every field the same description
    source = Path(records.__file__).read_text(encoding="utf-8")
    config = 'ConfigDict(frozen=True, extra="forbid", defer_build=True)'
    assert source.count(config) == 1 and source.count("\n_describe()\n") == 1
    source = source.replace(config, config[:-1] + ", use_attribute_docstrings=True)")
    path = tmp_path / "records_with_docstrings.py"
    path.write_text(source.replace("\n_describe()\n", "\n"), encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    reference = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = reference  # pydantic finds the class's source by its module
    try:
        spec.loader.exec_module(reference)
    finally:
        del sys.modules[path.stem]
    models = [m for m in vars(records).values() if isinstance(m, type) and issubclass(m, Record)]
    assert len(models) >= 14
    for model in models:
        theirs = getattr(reference, model.__name__).model_fields
        ours = model.model_fields
        assert {k: f.description for k, f in ours.items()} == {
            k: f.description for k, f in theirs.items()
        }, model.__name__
    assert records.Quantity.model_fields["text"].description  # inherited from Fact


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param('a: int\n    """A."""', {"a": "A."}, id="field"),
        pytest.param('a: int = 1\n    """A."""', {"a": "A."}, id="field-with-default"),
        pytest.param(
            'a: int\n    """\n    Two\n      lines.\n    """', {"a": "Two\n  lines."}, id="cleaned"
        ),
        pytest.param('"""The class."""\n    a: int', {}, id="class-docstring"),
        pytest.param('a = 1\n    """Not a field."""', {}, id="plain-assignment"),
        pytest.param('a: int\n    b: int\n    """B."""', {"b": "B."}, id="next-field-only"),
        pytest.param('a: int\n    x = 1\n    """X."""', {}, id="after-another-statement"),
        pytest.param('def f(self) -> None:\n        """F."""', {}, id="method"),
        pytest.param("a: int\n    1", {}, id="not-a-string"),
    ],
)
def test_attribute_docstrings_table(body: str, expected: dict[str, str]) -> None:
    source = f"class C:\n    {body}\n"
    assert records._attribute_docstrings(source) == {"C": expected}
