"""One readable JSON snapshot per corpus article (pytest-regressions), plus the seed's must-haves.

Update with ``make snapshots`` (``pytest tests/test_corpus.py --force-regen``) and read the diff:
a changed snapshot is a changed behaviour.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from pytest_regressions.file_regression import FileRegressionFixture

from factextract import Article, Extractor
from factextract.readers import read_path
from factextract.writers import article_json

from .conftest import CORPUS

ARTICLES = sorted(CORPUS.glob("*.md"))


def snapshot(article: Article) -> str:
    """The article JSON without its text (the text is the corpus file itself)."""
    data = json.loads(article_json(article))
    del data["text"]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_corpus_has_enough_articles() -> None:
    assert len(ARTICLES) >= 16


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_corpus_snapshot(
    path: Path, extractor: Extractor, file_regression: FileRegressionFixture
) -> None:
    article = extractor.extract_input(read_path(path, path.relative_to(CORPUS.parent).as_posix()))
    assert article.published is not None, f"{path.name} has no publication date"
    for fact in article.facts():
        assert article.text[fact.start_char : fact.end_char] == fact.text
    file_regression.check(snapshot(article), extension=".json", basename=path.stem)


@pytest.fixture(scope="module")
def seed(extractor: Extractor) -> Article:
    path = CORPUS / "000_b0ff998e67b21a4d.md"
    return extractor.extract_input(read_path(path))


@pytest.mark.parametrize(
    ("text", "value", "counted", "qualifier"),
    [
        pytest.param("4.5 million people", "4500000", "people", "exact", id="4.5-million"),
        pytest.param(
            "1,166 poverty alleviation projects",
            "1166",
            "poverty alleviation projects",
            "exact",
            id="projects",
        ),
        pytest.param(
            "more than 1,000 impoverished villages",
            "1000",
            "impoverished villages",
            "more_than",
            id="villages",
        ),
        pytest.param(
            "1.6 million impoverished people",
            "1600000",
            "impoverished people",
            "exact",
            id="1.6-million",
        ),
        pytest.param("98,757 workers", "98757", "workers", "exact", id="workers"),
        pytest.param("25,668 people", "25668", "people", "exact", id="people"),
        pytest.param(
            "nearly 400,000 impoverished people",
            "400000",
            "impoverished people",
            "nearly",
            id="nearly",
        ),
    ],
)
def test_corpus_seed_quantities(
    seed: Article, text: str, value: str, counted: str, qualifier: str
) -> None:
    found = [q for q in seed.quantities if q.text == text]
    assert len(found) == 1, [q.text for q in seed.quantities]
    assert (found[0].value, found[0].counted, found[0].qualifier) == (
        Decimal(value),
        counted,
        qualifier,
    )


def test_corpus_seed_change_and_date(seed: Article) -> None:
    assert str(seed.published.date) == "2020-05-23" and seed.published.source == "dateline"  # type: ignore[union-attr]
    (change,) = seed.changes
    assert change.from_value is not None and change.to_value is not None
    assert (change.from_value.text, change.to_value.text, change.direction) == (
        "10.5 percent",
        "0.6 percent",
        "down",
    )


@pytest.mark.parametrize("number", ["2012", "2016", "2019", "18", "19", "3.68", "517.37", "100"])
def test_corpus_seed_no_quantity_for(seed: Article, number: str) -> None:
    assert not [q for q in seed.quantities if number in q.text]
