"""Inputs to ``ArticleInput``: files (``.txt``, ``.md`` with YAML front matter) and strings.

The publication date comes from front matter (``published``), else from a dateline line near
the top ("Updated: 2020-05-23", "Published 23 May 2020"), else from the caller's ``published``.
Everything that cannot be read becomes an ``InputError`` naming the file and the reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from factextract import lexicons
from factextract.errors import InputError
from factextract.patterns import LazyPattern
from factextract.records import PublishedSource

SUFFIXES = frozenset({".txt", ".md", ".markdown"})
"""Plain-text article files; ``formats.py`` adds HTML, JSON and JSON Lines."""
MAX_BYTES = 5_000_000
"""Files larger than this are refused: no news article is 5 MB of text."""


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """One article to extract from, with what is known about it before extraction."""

    text: str
    id: str
    title: str | None = None
    published: dt.date | None = None
    published_source: PublishedSource | None = None
    source: str | None = None
    path: str | None = None
    encoding: str | None = None
    """The encoding detected when the input was not UTF-8."""
    input_sha256: str | None = None
    """Hash of the raw input (file bytes or JSON object), recorded for resumable runs."""


_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# "Updated: 2020-05-23", "Posted on 2023-06-02 by admin": a byline may follow the date.
_DATELINE = re.compile(
    r"""^[ \t]*(?:last[ \t]+updated|updated|published|first[ \t]+published|posted(?:[ \t]+on)?
        |date|dated)[ \t]*(?:on|at)?[ \t]*[:\-–|]?[ \t]*(?P<date>[^\n]{6,60}?)
        (?:[ \t]+by[ \t]+[^\n]{1,60}|[ \t]*[|•·][ \t]*by[ \t][^\n]{1,60})?[ \t]*$""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)


_NAMED_DAY = LazyPattern(
    r"""[ ]*(?:(?P<d>\d{1,2})[ ]+(?P<m>[A-Za-z]{3,9})     # 23 May 2020
        |(?P<m2>[A-Za-z]{3,9})[ ]+(?P<d2>\d{1,2}),?)       # May 23, 2020
        [ ]+(?P<y>[12]\d{3})[ ]*""",
    re.VERBOSE,
)


def _named_day(value: str) -> dt.date | None:
    """The common unambiguous datelines ("23 May 2020", "May 23, 2020"), read without
    dateparser (0.7 ms a call); None for anything else, invalid days too, which dateparser
    then reads (a test holds the two equal on these forms)."""
    found = _NAMED_DAY.fullmatch(value)
    if found is None:
        return None
    month = lexicons.calendar().months.get((found["m"] or found["m2"]).lower())
    if month is None:
        return None
    try:
        return dt.date(int(found["y"]), month, int(found["d"] or found["d2"]))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def parse_date(value: str) -> dt.date | None:
    """A full calendar date from a dateline or front matter value; None if not one.

    >>> parse_date("2020-05-23"), parse_date("23 May 2020"), parse_date("May 23, 2020 10:31 AM")
    (datetime.date(2020, 5, 23), datetime.date(2020, 5, 23), datetime.date(2020, 5, 23))
    >>> parse_date("May 2020") is None, parse_date("soon") is None
    (True, True)
    """
    iso = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+Z-]*)?\s*", value)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    named = _named_day(value)
    if named is not None:
        return named
    import dateparser  # slow to import; only the less common datelines need it

    parsed = dateparser.parse(
        value,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"},
    )
    return parsed.date() if parsed else None


_DAY = r"""(?:\d{1,2}[ ]+[A-Za-z]{3,9}\.?,?[ ]+[12]\d{3}            # 14 March 2019
    |[A-Za-z]{3,9}\.?[ ]+\d{1,2}(?:st|nd|rd|th)?,?[ ]+[12]\d{3})"""  # Mar. 14th, 2019
# A wire dateline opens the first paragraph: "WASHINGTON, March 14, 2019 (Reuters) -",
# "SAO PAULO, Brazil, Jan. 5, 2020 /PRNewswire/ --".
_WIRE = re.compile(
    rf"""^[ \t]*[A-Z][A-Za-z.'\- ]{{1,40}}(?:,[ \t]*[A-Z][A-Za-z.' ]{{1,30}})?,[ \t]*
        (?P<date>{_DAY})[ \t]*(?:(?:\([^)\n]{{1,40}}\)|/[^/\n]{{1,40}}/)[ \t]*)?[-–—]""",
    re.MULTILINE | re.VERBOSE,
)
# A line that is a date stamp and nothing else, with an optional byline before it and a time
# and zone after it, or a time before it: "Thursday 14 March 2019 09.00 GMT", "By Jane Doe |
# March 14, 2019", "12 March 2019 | 10:42 GMT", "3:05 PM EDT, March 14, 2019". A web page
# sets the time off with a bar, bullet or dash as often as with a comma.
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?)?"
_ZONE = r"(?:[ \t]*(?-i:[A-Z]{2,5}|(?:UTC|GMT)[+-]\d{1,2}))?"
# A stamp may also be all figures ("14.03.2019", "3/14/2019"), with a byline after a word
# ("Story by Jane Doe • 3/14/2019"), and end in an age ("March 14, 2019 / 10:42 AM / Updated
# 2 hours ago").
_FIGURES = r"\d{1,2}[/.]\d{1,2}[/.][12]\d{3}"
_STAMP = re.compile(
    rf"""^[ \t]*(?P<byline>(?:[a-z]+[ \t]+)?by[ \t][^|•·\n]{{1,60}}[|•·][ \t]*)?
        (?P<lead>\d{{1,2}}[:.]\d{{2}}[ \t]*(?:[ap]\.?m\.?)?{_ZONE}[ \t]*[,|•·][ \t]*)?
        (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?
        (?P<date>{_DAY}|[12]\d{{3}}-\d{{2}}-\d{{2}}|{_FIGURES})
        (?P<time>(?:,|[ \t]+[|•·–—/-])?[ \t]*(?:at[ \t]+)?{_CLOCK})?
        {_ZONE}(?:[ \t]+/[ \t]*(?:updated[ \t]+)?\d{{1,2}}[ \t]+[a-z]+[ \t]+ago)?[ \t]*$""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)


def _day_of(value: str) -> dt.date | None:
    """A dateline day in one of the ``_DAY`` spellings, ISO, or figures, read without
    dateparser."""
    if (figures := _figures_day(value)) is not False:
        return figures
    plain = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|[.,]", "", value)
    return parse_date(plain) if _NAMED_DAY.fullmatch(plain) or "-" in plain else None


def _figures_day(value: str) -> dt.date | Literal[False] | None:
    """A day written in figures: "14.03.2019" is day.month (the dotted form is European);
    with slashes, only an order the numbers prove ("3/14/2019", "14/03/2019"; "3/4/2019" is
    None: March 4 or April 3). False when ``value`` is not in figures."""
    found = re.fullmatch(r"(\d{1,2})([/.])(\d{1,2})\2([12]\d{3})", value)
    if found is None:
        return False
    first, second, year = int(found[1]), int(found[3]), int(found[4])
    if found[2] == "." or first > 12 or first == second:
        day, month = first, second
    elif second > 12:
        day, month = second, first
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dateline(text: str, lines: int = 6, *, bare: bool = True) -> dt.date | None:
    """The publication date stated among the first non-empty lines: an "Updated:"/"Published"
    line, a wire dateline ("WASHINGTON, March 14, 2019 (Reuters) -"), or a line that is only a
    date stamp ("Thursday 14 March 2019 09.00 GMT"). A head with stamps of two different days
    is a timeline, not a stamp: none of its stamps is taken. ``bare=False`` leaves out a stamp
    with neither a byline nor a time ("Saturday 5 June 2021" may head an event notice)."""
    head = [line for line in text.splitlines() if line.strip()][:lines]
    # Every pattern opens at a line's start: matching there, line by line, costs a third of
    # scanning the joined head for "^".
    for match in filter(None, map(_DATELINE.match, head)):
        if (found := parse_date(match["date"])) is not None:
            return found
    for match in filter(None, map(_WIRE.match, head)):
        if (found := _day_of(match["date"])) is not None:
            return found
    stamps = {
        day
        for m in filter(None, map(_STAMP.match, head))
        if (day := _day_of(m["date"])) is not None
        and (bare or m["byline"] or m["time"] or m["lead"])
    }
    return stamps.pop() if len(stamps) == 1 else None


def split_front_matter(text: str, where: str = "<text>") -> tuple[dict[str, Any], str]:
    """YAML front matter as a dict, and the body after it."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text.removeprefix("\ufeff")
    import yaml  # here: most texts have no front matter, and its import is a cold start's 1%

    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: a date like 2021-02-30
        raise InputError(f"{where}: front matter is not valid YAML: {exc}") from exc
    if not isinstance(meta, dict):
        raise InputError(f"{where}: front matter must be a mapping, got {type(meta).__name__}")
    return meta, text[match.end() :]


def _published(value: Any, what: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    found = parse_date(str(value))
    if found is None:
        raise InputError(f"{what} is not a date: {value!r} (expected e.g. 2020-05-23)")
    return found


def _optional_str(meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    return None if value is None else str(value)


def from_text(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    id: str | None = None,
    path: str | None = None,
) -> ArticleInput:
    """An ``ArticleInput`` from raw text, front matter and dateline included."""
    where = path or "<text>"
    meta, body = split_front_matter(text, where)
    if meta and not body.strip():
        raise InputError(f"{where}: no article text after the front matter")
    date, origin = None, None
    if meta.get("published") is not None:
        date, origin = (
            _published(meta["published"], f"{where}: front matter 'published'"),
            "front_matter",
        )
    elif (found := find_dateline(body, bare=published is None)) is not None:
        # A bare date line ("Saturday 5 June 2021") may be an event's; the caller's date wins.
        date, origin = found, "dateline"
    elif published is not None:
        date, origin = _published(published, "the published argument"), "argument"
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return ArticleInput(
        text=body,
        id=_optional_str(meta, "id") or id or (Path(path).stem if path else digest[:16]),
        title=_optional_str(meta, "title") or title,
        published=date,
        published_source=origin,  # type: ignore[arg-type]
        source=_optional_str(meta, "source"),
        path=path,
    )


def decode(data: bytes, where: str) -> tuple[str, str | None]:
    """The text of a file's bytes and, when it was not UTF-8, the encoding detected; or an
    ``InputError`` that says why the bytes are not text."""
    if not data.strip():
        raise InputError(f"{where}: empty file")
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        problem = f"not valid UTF-8 at byte {exc.start}"
    try:  # English news that is not UTF-8 is nearly always Windows-1252 (Latin-1)
        western = data.decode("cp1252")
        if sum(c.isprintable() or c in "\n\r\t" for c in western) >= 0.98 * len(western):
            return western, "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for the rare file that is neither

    best = from_bytes(data).best()
    if best is None or best.encoding is None or best.percent_chaos > 0.2:
        raise InputError(f"{where}: {problem}, and no other text encoding fits")
    return str(best), best.encoding


def read_path(
    path: Path,
    display: str | None = None,
    published: dt.date | str | None = None,
    max_bytes: int = MAX_BYTES,
) -> ArticleInput:
    """Read one .txt/.md article file; every failure is an ``InputError`` naming the file."""
    where = display or str(path)
    data = read_bytes(path, where, max_bytes)
    text, encoding = decode(data, where)
    item = from_text(text, published=published, path=where)
    return replace(item, encoding=encoding) if encoding else item


def read_bytes(path: Path, where: str, max_bytes: int = MAX_BYTES) -> bytes:
    """A file's bytes, refused when larger than ``max_bytes`` or unreadable."""
    try:
        if path.stat().st_size > max_bytes:
            raise InputError(f"{where}: file is larger than the limit of {max_bytes} bytes")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{where}: cannot read file: {exc.strerror or exc}") from exc


def discover(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """``(file, relative name)`` for files and, recursively, every file in folders (dot
    files excepted); files of an unknown type are yielded too, to be reported."""
    for root in paths:
        if root.is_dir():
            files = sorted(
                p for p in root.rglob("*") if not p.is_dir() and not p.name.startswith(".")
            )
            for file in files:
                yield file, file.relative_to(root)
        else:
            yield root, Path(root.name)
