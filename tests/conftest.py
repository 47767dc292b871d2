"""Shared fixtures: one pipeline for the whole session (building it is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from factextract import Extractor

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SCHEMAS = ROOT / "schemas"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor: Extractor) -> Language:
    return extractor.nlp
