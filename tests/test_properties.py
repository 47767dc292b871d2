"""Property tests: on any text the extractor never crashes, always validates against the
schema, keeps provenance exact, and gives the same bytes twice."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from factextract import Article, Extractor
from factextract.readers import read_path
from factextract.records import Article as ArticleModel
from factextract.schema import schema_of
from factextract.writers import article_json

from .conftest import CORPUS

VALIDATOR = Draft202012Validator(schema_of(ArticleModel))

# Letters that (?i) matches to ASCII but lower() does not ("ſ" ~ "s", "ı" ~ "i", "İ" ~ "i",
# Kelvin "K" ~ "k"): every grammar that looks a match up in a lower-case lexicon met them.
CASE_TRAPS = [
    "\u017fome 40 people",
    "c\u0131rca 5 km",
    "f\u0131ve m\u0131ll\u0131on yuan",
    "\u0130N MAY 2020",
    "5 \u212am",
    "\u017feven hundred dollars",
    "ri\u017fe of 5 per cent to 7 per cent",
    "Januar\u0131 5",
    "5 \u017fquare kilometer\u017f of land",
    "30 km per \u017fecond",
    "South Afr\u0131can rand 5 million",
    "5 people or \u017fo",
]

# News-like fragments mixed with arbitrary text, so the grammar paths are actually exercised.
FRAGMENTS = st.sampled_from(
    [
        "4.5 million people",
        "1,166 projects",
        "more than 1,000 villages",
        "nearly 400,000",
        "from 10.5 percent to 0.6 percent",
        "rose to 8.1% from 7.4%",
        "fell by 3 per cent to",
        "2016-19",
        "2012–13",
        "COVID-19",
        "the 18th",
        "$517.37 million",
        "3.68 billion yuan",
        "between 5 and 7",
        "2-3 million",
        "12.8–13.0 per cent",
        "25 basis points",
        "(99.99)",
        "minus ten degrees",
        "816 000 t",
        "1K miles",
        "a dozen",
        "half a million",
        "Boeing 737",
        "(217) 555-0134",
        "9:30 a.m.",
        "May 23, 2020",
        "23/05/2023",
        "42,000-square-foot",
        "Updated: 2020-05-23\n\n",
        "\n\n",
        ". ",
        ", ",
        " - ",
        "–",
        "%",
        "km",
        "-",
        "(",
        ")",
        *CASE_TRAPS,
    ]
)
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=25).map(" ".join)

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _check(article: Article) -> None:
    data = json.loads(article_json(article))
    assert not list(VALIDATOR.iter_errors(data))
    for fact in article.facts():
        assert article.text[fact.start_char : fact.end_char] == fact.text
        assert fact.sentence >= 0


@SETTINGS
@given(text=TEXTS)
def test_properties_any_text_gives_a_valid_article(extractor: Extractor, text: str) -> None:
    article = extractor.extract(text, published="2020-05-23")
    _check(article)
    assert article_json(extractor.extract(text, published="2020-05-23")) == article_json(article)


@SETTINGS
@given(text=st.text(max_size=300))
def test_properties_arbitrary_unicode_never_crashes(extractor: Extractor, text: str) -> None:
    _check(extractor.extract(text))


@SETTINGS
@given(text=TEXTS)
def test_properties_json_round_trips_through_the_model(extractor: Extractor, text: str) -> None:
    article = extractor.extract(text)
    assert ArticleModel.model_validate_json(article_json(article)) == article


DIGIT_RUNS = st.integers(min_value=1, max_value=300).flatmap(
    lambda n: st.text("0123456789", min_size=n, max_size=n)
)
HUGE_NUMBERS = st.builds(
    "{}{}{}{}.".format,
    st.sampled_from(["", "About ", "$", "€", "Rs "]),
    DIGIT_RUNS,
    st.sampled_from(["", " trillion", " billion billion", " lakh crore", "m"]),
    st.sampled_from(["", " people", " dollars", " percent", " km"]),
)


@SETTINGS
@given(text=HUGE_NUMBERS)
def test_properties_numbers_of_any_length_never_crash(extractor: Extractor, text: str) -> None:
    # Decimal contexts have a precision: a 29-digit amount once overflowed money's.
    _check(extractor.extract(text, published="2020-05-23"))


@pytest.mark.parametrize("text", CASE_TRAPS)
def test_properties_case_trap_spellings_give_a_valid_article(
    extractor: Extractor, text: str
) -> None:
    _check(extractor.extract(f"{text} and {text.upper()} on May 5, 2020.", published="2020-05-23"))


# Real articles cut anywhere and spliced with fragments: a cut leaves signs, half numbers and
# half dates in front of the grammars ("-2021" of "2020-2021" once crashed dates, as did an
# offset of a million years).
_ARTICLES = tuple(read_path(path).text for path in sorted(CORPUS.glob("*.md")))
SPLICE_FRAGMENTS = st.one_of(
    FRAGMENTS,
    st.sampled_from(["-2021", "a 1000000 year earlier", "12 to 18 months", "4 hours, 42 minutes"]),
    st.builds("{} years ago".format, st.integers(min_value=0, max_value=10**12)),
    st.text("0123456789$£€%.,-–—/'’()\u00a0\u202f\n", max_size=4),
)


@st.composite
def spliced_articles(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(_ARTICLES))
    start = draw(st.integers(min_value=0, max_value=len(text) - 1))
    text = text[start : start + draw(st.integers(min_value=1, max_value=600))]
    for fragment in draw(st.lists(SPLICE_FRAGMENTS, max_size=6)):
        at = draw(st.integers(min_value=0, max_value=len(text)))
        text = text[:at] + fragment + text[at:]
    return text


@SETTINGS
@given(text=spliced_articles(), published=st.sampled_from([None, "2024-03-05", "1998-02-10"]))
def test_properties_spliced_articles_give_a_valid_article(
    extractor: Extractor, text: str, published: str | None
) -> None:
    assume(not text.startswith("---"))  # front matter: the reader's business (InputError)
    _check(extractor.extract(text, published=published))
