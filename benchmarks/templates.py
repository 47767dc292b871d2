"""Corpus articles as templates: paragraphs of sentences whose variable parts are typed slots.

A slot is a number, year, year range, day, month, weekday, currency symbol, code or name, place
name or counted noun, found with patterns built from factextract's data tables
(``currencies.json``, ``currency_context.json``, ``calendar.json``, ``numbers.json``,
``units.json``, ``abbreviations.json``) and the corpus itself. ``generate.py`` fills them anew.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal, get_args

from factextract import readers

DATA_TABLES = (
    "abbreviations.json",
    "calendar.json",
    "currencies.json",
    "currency_context.json",
    "numbers.json",
    "units.json",
)

SlotKind = Literal[
    "year_range",
    "symbol",
    "code",
    "name",
    "counted",
    "place",
    "month",
    "month_abbr",
    "weekday",
    "year",
    "day",
    "number",
]
PRIORITY: tuple[SlotKind, ...] = get_args(SlotKind)
"""When two slots overlap, the one that starts first wins, then the earlier kind here."""
CONSISTENT: frozenset[SlotKind] = frozenset({"symbol", "code", "name", "place"})
"""Kinds replaced the same way throughout one article (so conversions and context hold)."""

_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_YEAR_RANGE = re.compile(r"(?<![\w.,])((?:19|20)\d\d)([-–])(\d\d)(?![\w,]|\.\d)")
_ORDINAL = re.compile(r"(?:st|nd|rd|th|s)\b")
"""Ordinals ("18th") and decades ("the 1950s", "in her 40s") keep their number."""
_DATELINE = re.compile(r"^\s*(Updated|Published)\b[:\s]*(.+?)\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_NON_PLACE = re.compile(r"(?:ese|ish|an|ian|i|ch|ss|ine|ino)$|[^\w '’.-]|^[A-Z.]{1,4}$")
"""Demonyms ("Kenyan", "Swiss"), codes ("UAE", "U.S.") and marks ("(AP)") are not swapped."""
_NOT_COUNTED = frozenset(
    [
        "this",
        "thus",
        "plus",
        "less",
        "across",
        "always",
        "perhaps",
        "towards",
        "whereas",
        "versus",
        "percent",
        "cents",
        "times",
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "minutes",
        "seconds",
        "decades",
        "centuries",
        "others",
        "points",
    ]
)


@dataclass(frozen=True, slots=True)
class Slot:
    """A variable part of a sentence: what kind of thing it is and its corpus text."""

    kind: SlotKind
    text: str


Piece = str | Slot


@dataclass(frozen=True, slots=True)
class Sentence:
    """A corpus sentence as literal text and slots; ``year`` is its story's publication year."""

    pieces: tuple[Piece, ...]
    year: int


@dataclass(frozen=True, slots=True)
class Story:
    """One corpus article, cut into a headline and paragraphs of sentences."""

    name: str
    published: dt.date
    headline: Sentence
    dateline: Literal["iso", "long"] | None
    paragraphs: tuple[tuple[Sentence, ...], ...]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What slots are filled with, from factextract's data tables and the corpus."""

    symbols: tuple[str, ...]
    codes: tuple[str, ...]
    names: tuple[str, ...]
    places: tuple[str, ...]
    counted: tuple[str, ...]
    months: tuple[str, ...]
    month_abbreviations: tuple[str, ...]
    weekdays: tuple[str, ...]
    abbreviations: frozenset[str]
    symbol_re: re.Pattern[str]
    code_re: re.Pattern[str]
    name_re: re.Pattern[str]
    place_re: re.Pattern[str]
    month_re: re.Pattern[str]
    month_abbr_re: re.Pattern[str]
    weekday_re: re.Pattern[str]
    time_re: re.Pattern[str]
    counted_re: re.Pattern[str]


def _table(name: str) -> Any:
    return json.loads((resources.files("factextract") / "data" / name).read_text("utf-8"))


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _longest_per_value(table: dict[str, int]) -> tuple[str, ...]:
    """Full names from a name -> number table ("january": 1, "jan": 1 -> "January")."""
    best: dict[int, str] = {}
    for name, value in table.items():
        if len(name) > len(best.get(value, "")):
            best[value] = name
    return tuple(best[v].capitalize() for v in sorted(best))


def _previous_word(text: str, position: int) -> str:
    words = text[max(0, position - 40) : position].split()
    return words[-1] if words else ""


def vocabulary(bodies: Sequence[str]) -> Vocabulary:
    """The fillers for every slot kind, and the patterns that find slots in corpus text."""
    currencies = _table("currencies.json")
    markers: dict[str, Any] = _table("currency_context.json")["markers"]
    numbers = _table("numbers.json")
    calendar = _table("calendar.json")
    units = _table("units.json")
    symbols = {s for c in currencies for s in c["symbols"]} | {
        m for m in markers if not m.islower()
    }
    names = {n for c in currencies for n in c["names"]} | {m for m in markers if m.islower()}
    codes = {c["code"] for c in currencies}
    places = {
        p for c in currencies for p in c["places"] if p[:1].isupper() and not _NON_PLACE.search(p)
    }
    scales = _alternation([*numbers["scales"], *numbers["scale_abbreviations"]])
    months = _longest_per_value(calendar["months"])
    abbreviations = tuple(
        m.capitalize() + "."
        for m in calendar["months"]
        if m.capitalize() not in months and len(m) in (3, 4)
    )
    not_counted = set(_NOT_COUNTED) | {w.lower() for w in names}
    for unit in units:
        not_counted |= {w.lower() for n in unit["names"] for w in n.split()}
    for group in ("units", "tens", "multipliers", "scales"):
        not_counted |= {f"{w}s" for w in numbers[group]} | set(numbers[group])
    number = r"(?<![\w-])\d(?:[\d,.]*\d)?"
    # Not after a bare four-digit number: "in 2020 allows" is a year, not a count.
    # and not after an identifier noun: "Stage 6 becomes", "Highway 881 remains" are names.
    identifiers = frozenset(numbers["identifier_nouns"])
    count = r"(?<![\w.,-])(?:\d{1,3}(?:,\d{3})+|\d{1,3})(?:\.\d+)?"
    plural = r"[a-z]{3,}[^isu]s"  # "households", not "basis" or "bus"
    counted_re = re.compile(rf"{count}(?:\s+(?:{scales}))?\s+(?P<slot>{plural})\b")
    found = {
        m["slot"]
        for body in bodies
        for m in counted_re.finditer(body)
        if _previous_word(body, m.start()).lower() not in identifiers
    }
    counted = sorted(found - not_counted)
    after_number = rf"{number}(?:\s*(?:{scales}))?\s+"
    return Vocabulary(
        symbols=tuple(sorted(s for s in symbols if not s.isalpha())),
        codes=tuple(sorted(codes)),
        names=tuple(sorted(names)),
        places=tuple(sorted(places)),
        counted=tuple(counted),
        months=months,
        month_abbreviations=tuple(sorted(abbreviations)),
        weekdays=_longest_per_value(calendar["weekdays"]),
        abbreviations=frozenset(_table("abbreviations.json")["abbreviations"]),
        symbol_re=re.compile(rf"(?<![\w$])(?P<slot>{_alternation(symbols)})(?=\s?\d)"),
        code_re=re.compile(rf"\b(?P<slot>{_alternation(codes)})(?=\s\d)"),
        name_re=re.compile(rf"{after_number}(?P<slot>{_alternation(names)})\b"),
        place_re=re.compile(rf"\b(?P<slot>{_alternation(places)})\b"),
        month_re=re.compile(
            rf"\b(?P<slot>{_alternation(m for m in months if m != 'May')})\b"
            r"|(?:(?<=in )|(?<=of )|(?<=since )|(?<=until )|(?<=early )|(?<=late ))(?P<may>May)\b"
            r"|\b(?P<may2>May)(?=\s\d)"
        ),
        month_abbr_re=re.compile(rf"\b(?P<slot>{_alternation(abbreviations)})(?!\w)"),
        weekday_re=re.compile(
            rf"\b(?P<slot>{_alternation(_longest_per_value(calendar['weekdays']))})\b"
        ),
        time_re=re.compile(rf"\s*(?:{_alternation(calendar['time_suffixes'])})(?!\w)"),
        counted_re=re.compile(rf"{after_number}(?P<slot>{_alternation(counted) or '(?!x)x'})\b"),
    )


def _numbers(
    text: str, symbol_ends: set[int], time_re: re.Pattern[str]
) -> Iterator[tuple[int, int, SlotKind]]:
    """Numbers that are free to vary: not glued to words (COVID-19, G20), not ordinals, decades
    or times of day ("9:30", "3 p.m.": varied, they could become impossible times)."""
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else " "
        after = text[end : end + 1]
        in_range = before in "-–" and start >= 2 and text[start - 2].isdigit()
        glued = before.isalnum() or before in "._,/:#'’" or (before in "-–" and not in_range)
        if (glued and start not in symbol_ends) or after.isdigit() or after in ":/":
            continue
        if _ORDINAL.match(text, end) or time_re.match(text, end):
            continue
        value = match.group()
        is_year = len(value) == 4 and value.isdigit() and 1900 <= int(value) <= 2039
        yield start, end, "year" if is_year else "number"


def find_slots(text: str, vocab: Vocabulary) -> list[tuple[int, int, Slot]]:
    """Non-overlapping slots of a paragraph, in text order."""
    found: list[tuple[int, int, SlotKind]] = []
    patterns: tuple[tuple[SlotKind, re.Pattern[str]], ...] = (
        ("symbol", vocab.symbol_re),
        ("code", vocab.code_re),
        ("name", vocab.name_re),
        ("counted", vocab.counted_re),
        ("place", vocab.place_re),
        ("month", vocab.month_re),
        ("month_abbr", vocab.month_abbr_re),
        ("weekday", vocab.weekday_re),
    )
    for kind, pattern in patterns:
        for match in pattern.finditer(text):
            group = next(g for g in ("slot", "may", "may2") if match.groupdict().get(g))
            found.append((match.start(group), match.end(group), kind))
    found += [(m.start(), m.end(), "year_range") for m in _YEAR_RANGE.finditer(text)]
    symbol_ends = {end for _, end, kind in found if kind in ("symbol", "code")}
    found += _numbers(text, symbol_ends, vocab.time_re)
    found.sort(key=lambda s: (s[0], PRIORITY.index(s[2])))
    kept: list[tuple[int, int, SlotKind]] = []
    for start, end, kind in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, kind))
    return [(s, e, Slot(_day(kept, i, text), text[s:e])) for i, (s, e, _) in enumerate(kept)]


def _day(slots: list[tuple[int, int, SlotKind]], i: int, text: str) -> SlotKind:
    """A one- or two-digit number right before or after a month name is a day of the month."""
    start, end, kind = slots[i]
    if kind != "number" or end - start > 2:
        return kind
    months = ("month", "month_abbr")
    before = i > 0 and slots[i - 1][2] in months and slots[i - 1][1] + 1 == start
    after = i + 1 < len(slots) and slots[i + 1][2] in months and slots[i + 1][0] == end + 1
    return "day" if (before or after) and text[start - 1 : start] in " " else kind


def split_sentences(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph: at ``.``/``!``/``?`` before a capital, not after "Mr."."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        last_word = text[start : match.start()].split()[-1:] or [""]
        if last_word[0].rstrip('"”’)') in abbreviations:
            continue
        spans.append((start, match.start() + len(match.group().rstrip())))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _sentence(
    text: str, start: int, end: int, slots: list[tuple[int, int, Slot]], year: int
) -> Sentence:
    pieces: list[Piece] = []
    position = start
    for s, e, slot in slots:
        if s < start or e > end:
            continue
        if s > position:
            pieces.append(text[position:s])
        pieces.append(slot)
        position = e
    if position < end:
        pieces.append(text[position:end].rstrip())
    return Sentence(tuple(pieces), year)


def parse_story(path: Path, vocab: Vocabulary) -> Story:
    """A corpus article as headline, dateline style and paragraphs of template sentences."""
    item = readers.read_path(path)
    if item.published is None:
        raise ValueError(f"{path}: the corpus article has no publication date")
    year = item.published.year
    lines = [line for line in item.text.strip().splitlines()]
    dateline: Literal["iso", "long"] | None = None
    for line in lines[:6]:
        if match := _DATELINE.match(line):
            dateline = "iso" if re.match(r"\d{4}-\d\d-\d\d", match[2]) else "long"
    body = "\n".join(line for line in lines[1:] if not _DATELINE.match(line))
    paragraphs = []
    for block in re.split(r"\n\s*\n", body):
        text = " ".join(block.split())
        if not text:
            continue
        slots = find_slots(text, vocab)
        spans = split_sentences(text, vocab.abbreviations)
        paragraphs.append(tuple(_sentence(text, s, e, slots, year) for s, e in spans))
    headline = lines[0].strip()
    return Story(
        name=path.name,
        published=item.published,
        headline=_sentence(headline, 0, len(headline), find_slots(headline, vocab), year),
        dateline=dateline,
        paragraphs=tuple(paragraphs),
    )
