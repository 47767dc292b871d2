"""Data tables: validated rows, errors that name file, row and field, generated tables current."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from factextract import lexicons
from factextract.errors import LexiconError

from .conftest import ROOT


def _build_script() -> object:
    spec = importlib.util.spec_from_file_location(
        "build_iso4217", ROOT / "scripts" / "build_iso4217.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lexicons_iso4217_is_current() -> None:
    committed = (ROOT / "src" / "factextract" / "data" / "iso4217.json").read_text(encoding="utf-8")
    assert committed == _build_script().table(), (  # type: ignore[attr-defined]
        "data/iso4217.json is stale: run `python scripts/build_iso4217.py` and commit it"
    )


@pytest.mark.parametrize(
    ("code", "minor_unit"),
    [
        pytest.param("USD", 2, id="usd"),
        pytest.param("JPY", 0, id="jpy-no-decimals"),
        pytest.param("KWD", 3, id="kwd-three"),
        pytest.param("CLF", 4, id="clf-four"),
        pytest.param("XAU", None, id="gold-none"),
    ],
)
def test_lexicons_minor_units(code: str, minor_unit: int | None) -> None:
    assert lexicons.iso4217()[code].minor_unit == minor_unit


def test_lexicons_every_curated_currency_is_iso() -> None:
    iso = lexicons.iso4217()
    assert [c.code for c in lexicons.currencies() if c.code not in iso] == ["BTC"]


def test_lexicons_ambiguous_candidates_are_known() -> None:
    known = {c.code for c in lexicons.currencies()}
    for marker, entry in lexicons.currency_context().items():
        assert set(entry.candidates) <= known, marker
        assert entry.default is None or entry.default in entry.candidates, marker


def test_lexicons_units_are_unique() -> None:
    ids = [u.id for u in lexicons.units()]
    assert len(ids) == len(set(ids))


def test_lexicons_bad_row_names_file_row_and_field(tmp_path: Path) -> None:
    path = tmp_path / "units.json"
    path.write_text(json.dumps([{"id": "km", "name": "k", "dimension": "length"}, {"id": "m"}]))
    with pytest.raises(LexiconError) as raised:
        lexicons.load_table(lexicons.Unit, "units.json", path)
    message = str(raised.value)
    assert str(path) in message and "row 2" in message and "'name'" in message


def test_lexicons_unreadable_file_is_a_lexicon_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("[{")
    with pytest.raises(LexiconError, match="cannot read lexicon"):
        lexicons.load_table(lexicons.Unit, "units.json", path)
