"""Readers: front matter, datelines, the published argument, and files that cannot be read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factextract import lexicons, readers
from factextract.errors import InputError
from factextract.formats import Options, load
from factextract.readers import decode, find_dateline, from_text, read_path

SEED_HEAD = (
    "Guangdong makes great contributions\n\n\nUpdated: 2020-05-23\n\nWith the strong support"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(SEED_HEAD, dt.date(2020, 5, 23), id="updated-iso"),
        pytest.param(
            "Headline\nPublished 23 May 2020\n\nBody.", dt.date(2020, 5, 23), id="published-dmy"
        ),
        pytest.param(
            "Headline\nPublished: May 23, 2020 10:31 AM\n\nBody.",
            dt.date(2020, 5, 23),
            id="published-mdy-time",
        ),
        pytest.param(
            "Headline\nLast updated on 2 June 2023\n\nBody.", dt.date(2023, 6, 2), id="last-updated"
        ),
        pytest.param(
            "Headline\nPosted on 2023-06-02\n\nBody.", dt.date(2023, 6, 2), id="posted-on"
        ),
        pytest.param(
            "Headline\nPosted on 2023-06-02 by admin\n\nBody.",
            dt.date(2023, 6, 2),
            id="posted-on-by",
        ),
        pytest.param(
            "Headline\nPublished March 14, 2019 | By Jane Doe\n\nBody.",
            dt.date(2019, 3, 14),
            id="published-then-byline",
        ),
        pytest.param(
            "WASHINGTON, March 14, 2019 (Reuters) - Prices rose.",
            dt.date(2019, 3, 14),
            id="wire-dateline",
        ),
        pytest.param(
            "Headline\n\nSAO PAULO, Brazil, Jan. 5, 2020 /PRNewswire/ -- Sales rose.",
            dt.date(2020, 1, 5),
            id="wire-dateline-newswire",
        ),
        pytest.param("NEW YORK, 14 March 2019 — Prices rose.", dt.date(2019, 3, 14), id="wire-dmy"),
        pytest.param("LONDON (Reuters) - Prices rose.", None, id="wire-dateline-without-date"),
        pytest.param(
            "Headline\nBy Jane Doe | March 14, 2019, 3:05 p.m. EDT\n\nBody.",
            dt.date(2019, 3, 14),
            id="byline-stamp",
        ),
        pytest.param(
            "Headline\nThursday 14 March 2019 09.00 GMT\n\nBody.",
            dt.date(2019, 3, 14),
            id="weekday-time-zone-stamp",
        ),
        pytest.param(
            "Headline\n12 March 2019 | 10:42 GMT\n\nBody.",
            dt.date(2019, 3, 12),
            id="stamp-bar-time",
        ),
        pytest.param(
            "Headline\nMarch 14, 2019 • 3:05 PM EDT\n\nBody.",
            dt.date(2019, 3, 14),
            id="stamp-bullet-time",
        ),
        pytest.param(
            "Headline\nMar 14, 2019 - 15:05\n\nBody.", dt.date(2019, 3, 14), id="stamp-dash-time"
        ),
        pytest.param(
            "Headline\n3:05 PM EDT, Thu March 14, 2019\n\nBody.",
            dt.date(2019, 3, 14),
            id="stamp-time-first",
        ),
        pytest.param(
            "Headline\n10:42 | 12 March 2019\n\nBody.", dt.date(2019, 3, 12), id="stamp-time-bar"
        ),
        pytest.param("Headline\nMarch 14, 2019 - 5 dead\n\nBody.", None, id="stamp-then-words"),
        pytest.param(
            "Headline\nMarch 14, 2019 / 10:42 AM / Updated 2 hours ago\n\nBody.",
            dt.date(2019, 3, 14),
            id="stamp-slash-time-age",
        ),
        # Figures: dotted is day.month; slashed only where the numbers prove the order.
        pytest.param("Headline\n14.03.2019\n\nBody.", dt.date(2019, 3, 14), id="figures-dotted"),
        pytest.param(
            "Headline\nStory by Jane Doe • 3/14/2019\n\nBody.",
            dt.date(2019, 3, 14),
            id="figures-month-first-after-story-by",
        ),
        pytest.param(
            "Headline\nBy Jane Doe | 14/03/2019 10:42\n\nBody.",
            dt.date(2019, 3, 14),
            id="figures-day-first",
        ),
        pytest.param("Headline\n3/4/2019\n\nBody.", None, id="figures-of-either-order"),
        pytest.param("Headline\n31.02.2019\n\nBody.", None, id="figures-of-no-such-day"),
        pytest.param("Headline\nScores: 3/14/2019 game\n\nBody.", None, id="figures-in-words"),
        pytest.param("Headline\nSept. 3rd, 2019\n\nBody.", dt.date(2019, 9, 3), id="bare-stamp"),
        pytest.param(
            "Timeline\nMarch 14, 2019\nThe first case.\nApril 2, 2019\nThe second.",
            None,
            id="timeline-is-no-stamp",
        ),
        pytest.param("On March 14, 2019 prices rose.", None, id="date-in-a-sentence"),
        pytest.param("Headline\nSept. 3, 2019 Paris\n\nBody.", None, id="a-word-is-no-zone"),
        pytest.param("Headline\nMarch 44, 2019\n\nBody.", None, id="stamp-with-no-such-day"),
        pytest.param("Headline\n\nThe report was updated: maybe soon.", None, id="no-date"),
        pytest.param("Headline\nUpdated: May 2020\n\nBody.", None, id="month-only-is-not-a-day"),
        pytest.param("A\nB\nC\nD\nE\nF\nG\nUpdated: 2020-05-23", None, id="too-far-down"),
    ],
)
def test_readers_dateline(text: str, expected: dt.date | None) -> None:
    assert find_dateline(text) == expected


@given(day=st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
@settings(max_examples=60)
def test_readers_property_figures_stamp(day: dt.date) -> None:
    """A dotted stamp is always day.month; a slashed one is read only where it cannot be
    the other order, and then rightly."""
    dotted = f"Headline\n{day.day:02d}.{day.month:02d}.{day.year}\n\nBody."
    assert find_dateline(dotted) == day
    slashed = find_dateline(f"Headline\n{day.month}/{day.day}/{day.year}\n\nBody.")
    assert slashed == (day if day.day > 12 or day.day == day.month else None)


@pytest.mark.parametrize(
    ("head", "published", "source"),
    [
        pytest.param("Saturday 5 June 2021", dt.date(2021, 5, 20), "argument", id="bare"),
        pytest.param("5 June 2021 10:00 BST", dt.date(2021, 6, 5), "dateline", id="with-time"),
        pytest.param("By Ann Lee | 5 June 2021", dt.date(2021, 6, 5), "dateline", id="byline"),
        pytest.param("5 June 2021 | 10:00", dt.date(2021, 6, 5), "dateline", id="bar-time"),
        pytest.param("10:00 BST, 5 June 2021", dt.date(2021, 6, 5), "dateline", id="time-first"),
    ],
)
def test_readers_bare_stamp_yields_to_the_argument(
    head: str, published: dt.date, source: str
) -> None:
    """A bare date line may head an event notice: the caller's date wins over it, not over
    a stamp with a time or a byline."""
    item = from_text(f"Concert\n{head}\n\nTickets cost 5 euros.", published="2021-05-20")
    assert (item.published, item.published_source) == (published, source)


def test_readers_front_matter_wins_over_dateline() -> None:
    item = from_text("---\ntitle: T\npublished: 2021-01-02\nsource: S\n---\n" + SEED_HEAD)
    assert (item.published, item.published_source) == (dt.date(2021, 1, 2), "front_matter")
    assert (item.title, item.source) == ("T", "S")
    assert item.text.startswith("Guangdong")


def test_readers_dateline_wins_over_argument() -> None:
    item = from_text(SEED_HEAD, published="2019-01-01")
    assert (item.published, item.published_source) == (dt.date(2020, 5, 23), "dateline")


def test_readers_argument_is_the_fallback() -> None:
    item = from_text("No date here.", published="2019-01-01")
    assert (item.published, item.published_source) == (dt.date(2019, 1, 1), "argument")


def test_readers_id_defaults_to_text_hash() -> None:
    assert from_text("Some text.").id == from_text("Some text.").id
    assert len(from_text("Some text.").id) == 16


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b"", "empty file", id="empty"),
        pytest.param(b"   \n\n", "empty file", id="blank"),
        pytest.param(b"\x00\x01\x02binary", "binary file", id="binary"),
        pytest.param(bytes(range(128, 256)) * 4, "not valid UTF-8 at byte 0", id="not-text"),
        pytest.param(
            b"---\ntitle: [unclosed\n---\nBody", "front matter is not valid YAML", id="bad-yaml"
        ),
        pytest.param(b"---\n- a\n- b\n---\nBody", "front matter must be a mapping", id="yaml-list"),
        pytest.param(
            b"---\npublished: someday\n---\nBody", "'published' is not a date", id="bad-date"
        ),
    ],
)
def test_readers_bad_files_name_file_and_reason(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(InputError) as raised:
        read_path(path)
    assert str(path) in str(raised.value)
    assert reason in str(raised.value)


def test_readers_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "article.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(InputError, match=r"unsupported file type '\.pdf'"):
        load(path, str(path), Options())


def test_readers_bom_is_dropped() -> None:
    assert decode("\ufeffHello".encode(), "x") == ("Hello", None)


def test_readers_windows_1252_is_detected() -> None:
    assert decode("café, 300 km".encode("cp1252"), "x") == ("café, 300 km", "cp1252")


def _dateparser_date(value: str) -> dt.date | None:
    """What ``parse_date`` read with dateparser alone, before its fast path."""
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"}
    parsed = dateparser.parse(value, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


@pytest.mark.parametrize("year", [2020, 2021])
@pytest.mark.parametrize("layout", ["{d} {m} {y}", "{m} {d}, {y}", "{m} {d} {y}", " {d}  {m} {y} "])
def test_readers_named_day_as_dateparser_reads_it(layout: str, year: int) -> None:
    """The fast path for "23 May 2020" and "May 23, 2020" reads every month name, case and
    day (impossible ones too) as dateparser does."""
    for month in lexicons.calendar().months:
        for name in (month, month.title(), month.upper()):
            for day in ("1", "09", "29", "31", "32"):
                value = layout.format(d=day, m=name, y=year)
                assert readers.parse_date.__wrapped__(value) == _dateparser_date(value), value


@settings(max_examples=100, deadline=None)
@given(
    day=st.integers(0, 40),
    month=st.sampled_from(sorted(lexicons.calendar().months)),
    year=st.integers(1000, 2999),
    day_first=st.booleans(),
)
def test_readers_property_named_day_as_dateparser_reads_it(
    day: int, month: str, year: int, day_first: bool
) -> None:
    value = f"{day} {month} {year}" if day_first else f"{month.title()} {day}, {year}"
    assert readers.parse_date.__wrapped__(value) == _dateparser_date(value), value


@pytest.mark.parametrize(
    ("first", "published", "source"),
    [
        pytest.param("Saturday 30 May 2020", dt.date(2020, 5, 23), "front_matter", id="bare"),
        pytest.param(
            "WASHINGTON, June 1, 2020 (Reuters) - The figures came out.",
            dt.date(2020, 6, 1),
            "dateline",
            id="wire-dateline",
        ),
        pytest.param("Nothing here.", dt.date(2020, 5, 23), "front_matter", id="none"),
    ],
)
def test_readers_html_page_date_ranks_as_the_argument(
    first: str, published: dt.date, source: str
) -> None:
    """The page's metadata date wins over a bare date line in the text, not over a dateline."""
    from factextract import formats

    page = (
        "<html><head><title>T</title>"
        '<meta property="article:published_time" content="2020-05-23T08:00:00Z"></head>'
        f"<body><article><p>{first}</p><p>Guangxi lifted 4.5 million people out of poverty "
        "in four years, officials said on Friday.</p><p>It spent 3.68 billion yuan on roads "
        "and schools across the region last year.</p></article></body></html>"
    )
    item = formats._html(page.encode(), "page.html", formats.Options())
    assert (item.published, item.published_source) == (published, source)
