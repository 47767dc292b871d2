"""The ``factextract`` command: thin argument handling over plain functions."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from factextract import __version__


def _extract(args: argparse.Namespace) -> int:
    from factextract.batch import ERRORS_FILE, extract_folder
    from factextract.readers import parse_date

    if args.published is not None and parse_date(args.published) is None:
        print(
            f"factextract: --published {args.published!r} is not a date (e.g. 2020-05-23)",
            file=sys.stderr,
        )
        return 2
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        print(f"factextract: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    summary = extract_folder(args.paths, args.output, published=args.published)
    for error in summary.errors:
        print(f"error: {error.reason}", file=sys.stderr)
    print(summary.line(args.output), file=sys.stderr)
    if summary.errors:
        print(f"factextract: errors written to {args.output / ERRORS_FILE}", file=sys.stderr)
    return 1 if summary.errors else 0


def _schema(args: argparse.Namespace) -> int:
    from factextract.schema import schema_files, write_schemas

    if args.check:
        stale = [
            name
            for name, text in schema_files().items()
            if not (args.output / name).is_file()
            or (args.output / name).read_text(encoding="utf-8") != text
        ]
        for name in stale:
            print(f"stale: {args.output / name}", file=sys.stderr)
        if stale:
            print(f"run: factextract schema -o {args.output}", file=sys.stderr)
        return 1 if stale else 0
    for path in write_schemas(args.output):
        print(path)
    return 0


def _validate(args: argparse.Namespace) -> int:
    from factextract.validate import validate_folder

    checked = failed = 0
    for _path, found in validate_folder(args.folder, args.schema):
        checked += 1
        failed += bool(found)
        for problem in found:
            print(problem, file=sys.stderr)
    print(f"factextract: {checked} files checked, {failed} invalid", file=sys.stderr)
    return 1 if failed or not checked else 0


def parser() -> argparse.ArgumentParser:
    """The argument parser (also used to document the CLI)."""
    top = argparse.ArgumentParser(prog="factextract", description=__doc__)
    top.add_argument("--version", action="version", version=f"factextract {__version__}")
    commands = top.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract facts from files or folders")
    extract.add_argument("paths", nargs="+", type=Path, help=".txt/.md files or folders")
    extract.add_argument("-o", "--output", type=Path, required=True, help="output folder")
    extract.add_argument(
        "--published", help="publication date (YYYY-MM-DD) for articles that do not state one"
    )
    extract.set_defaults(run=_extract)

    schema = commands.add_parser("schema", help="write the JSON Schema of every record")
    schema.add_argument("-o", "--output", type=Path, default=Path("schemas"))
    schema.add_argument("--check", action="store_true", help="only check the files are current")
    schema.set_defaults(run=_schema)

    validate = commands.add_parser("validate", help="check output JSON against the schema")
    validate.add_argument("folder", type=Path)
    validate.add_argument("--schema", type=Path, help="article schema file (default: built in)")
    validate.set_defaults(run=_validate)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``factextract`` console script."""
    args = parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
