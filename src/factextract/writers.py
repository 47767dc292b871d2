"""Articles and errors out: pretty, deterministic JSON per article, JSONL for errors."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from factextract.errors import InputError
from factextract.records import Article, ExtractionError


def article_json(article: Article) -> str:
    """The JSON text of an article: indented, fields in model order, newline-terminated."""
    return article.model_dump_json(indent=2) + "\n"


def output_path(out_dir: Path, relative: Path) -> Path:
    """Where the JSON for an input goes: the input's relative path with ``.json``,
    refused when it would land outside ``out_dir``."""
    target = (out_dir / relative).with_suffix(".json")
    root = out_dir.resolve()
    if root != target.resolve() and root not in target.resolve().parents:
        raise InputError(f"{relative}: output path would leave the output folder {out_dir}")
    return target


def _new_file_mode() -> int:
    """The mode ``open()`` gives a new file under the process's umask (``mkstemp`` makes its
    files private, 0600, which an output must not stay)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and a rename, so no reader sees half a file; the file
    gets the mode a plain write would give it (an existing file's own, else the umask's)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = _new_file_mode()
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(handle, mode)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def errors_jsonl(errors: list[ExtractionError]) -> str:
    """One JSON object per line, in input order."""
    return "".join(error.model_dump_json() + "\n" for error in errors)
