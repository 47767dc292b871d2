"""Input formats: every file becomes articles or errors, never nothing.

``.txt``/``.md`` (YAML front matter) via ``readers``; ``.html``/``.htm`` through trafilatura
(main text, title and date from the page's metadata — no hand-written boilerplate stripping);
``.json`` (one object, or a list of objects) and ``.jsonl`` (one object a line) with
configurable field names; ``-`` reads standard input as text. A file of an unknown type is
reported, not guessed. A JSON Lines line that is broken is one error; the other lines go on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factextract import readers
from factextract.errors import InputError
from factextract.readers import ArticleInput

HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json", ".jsonl"})
SUFFIXES = readers.SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Fields:
    """Field names of articles in JSON and JSON Lines inputs."""

    text: str = "text"
    title: str = "title"
    published: str = "published"
    id: str = "id"
    source: str = "source"


@dataclass(frozen=True, slots=True)
class Options:
    """How inputs are read."""

    published: dt.date | str | None = None
    """Publication date for articles that state none."""
    fields: Fields = Fields()
    max_bytes: int = readers.MAX_BYTES


Loaded = tuple[str, ArticleInput | InputError]
"""An article (or the error that replaced it) and its key inside the file ("" for files that
hold one article; the id or line number for JSON inputs)."""


def load(path: Path, where: str, options: Options) -> list[Loaded]:
    """Every article of one input; a file-level failure is raised as ``InputError``."""
    if where == STDIN:
        text, _ = readers.decode(sys.stdin.buffer.read(), "<stdin>")
        return [("", readers.from_text(text, published=options.published, path=STDIN))]
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"{where}: unsupported file type {suffix or '(none)'!r}; expected one of "
            f"{', '.join(sorted(SUFFIXES))}"
        )
    data = readers.read_bytes(path, where, options.max_bytes)
    digest = hashlib.sha256(data).hexdigest()
    if suffix in HTML_SUFFIXES:
        return [("", replace(_html(data, where, options), input_sha256=digest))]
    if suffix in JSON_SUFFIXES:
        return _json(data, where, options, lines=suffix == ".jsonl")
    text, encoding = readers.decode(data, where)
    item = readers.from_text(text, published=options.published, path=where)
    return [("", replace(item, encoding=encoding, input_sha256=digest))]


def _html(data: bytes, where: str, options: Options) -> ArticleInput:
    import trafilatura  # heavy; only HTML inputs need it

    markup, _ = readers.decode(data, where)
    # Precision over recall: a navigation bar read as article text makes wrong facts.
    document = trafilatura.bare_extraction(markup, with_metadata=True, favor_precision=True)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise InputError(f"{where}: no article text found in the HTML")
    title = getattr(document, "title", None)
    date = getattr(document, "date", None)
    parsed = readers.parse_date(date) if date else None
    # The page's own date ranks as the argument does: a dateline in the text wins over it,
    # a bare date line in the text does not.
    item = readers.from_text(text, published=parsed or options.published, title=title, path=where)
    if parsed is not None and item.published_source == "argument":
        item = replace(item, published_source="front_matter")
    return item


def _json(data: bytes, where: str, options: Options, lines: bool) -> list[Loaded]:
    text, _ = readers.decode(data, where)
    if not lines:
        try:
            parsed = json.loads(text)
        except ValueError as exc:
            raise InputError(f"{where}: not valid JSON: {exc}") from exc
        objects = parsed if isinstance(parsed, list) else [parsed]
        return [_article(obj, f"{where}#{i}", i, options) for i, obj in enumerate(objects)]
    loaded: list[Loaded] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            loaded.append(
                (f"line-{number}", InputError(f"{where}:{number}: not valid JSON: {exc}"))
            )
            continue
        loaded.append(_article(obj, f"{where}:{number}", number, options))
    return loaded


def _article(obj: Any, where: str, position: int, options: Options) -> Loaded:
    key = f"item-{position}"
    fields = options.fields
    if not isinstance(obj, dict):
        return key, InputError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    text = obj.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        return key, InputError(f"{where}: no text in field {fields.text!r} (fields: {sorted(obj)})")
    try:
        published = _value(obj, fields.published) or options.published
        item = readers.from_text(
            text, published=published, title=_value(obj, fields.title), id=_value(obj, fields.id)
        )
    except InputError as exc:
        return key, InputError(f"{where}: {exc}")
    digest = hashlib.sha256(
        json.dumps(obj, sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()
    key = _safe(item.id) if _value(obj, fields.id) else key
    return key, replace(item, source=_value(obj, fields.source), path=where, input_sha256=digest)


def _value(obj: dict[str, Any], field: str) -> str | None:
    value = obj.get(field)
    return None if value is None else str(value)


def _safe(name: str) -> str:
    """A file-name-safe key: letters, digits, dot, dash and underscore only."""
    cleaned = "".join(c if c.isalnum() or c in "._-" else "_" for c in name).strip("._")
    return cleaned[:120] or "item"
