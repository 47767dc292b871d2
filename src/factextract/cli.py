"""The ``factextract`` command: thin argument handling over plain functions."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from factextract import __version__


def _extract(args: argparse.Namespace) -> int:
    from factextract import batch, formats
    from factextract.readers import parse_date

    if args.published is not None and parse_date(args.published) is None:
        print(
            f"factextract: --published {args.published!r} is not a date (e.g. 2020-05-23)",
            file=sys.stderr,
        )
        return 2
    missing = [str(p) for p in args.paths if str(p) != "-" and not p.exists()]
    if missing:
        print(f"factextract: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    to_stdout = str(args.output) == "-"
    fields = formats.Fields(args.text_field, args.title_field, args.published_field, args.id_field)
    options = batch.RunOptions(
        read=formats.Options(args.published, fields, args.max_bytes),
        out_format="jsonl" if to_stdout else args.format,
        force=args.force,
    )
    mapper = None
    if args.scheduler:
        from factextract.dask import dask_mapper

        mapper = dask_mapper(args.scheduler, options, None if to_stdout else str(args.output))
    summary = batch.extract_folder(
        args.paths,
        None if to_stdout else args.output,
        options=options,
        jobs=args.jobs,
        mapper=mapper,
        progress=None if args.quiet else batch.default_progress(),
        stream=sys.stdout if to_stdout else None,
        stop_on_error=not args.keep_going,
    )
    for error in summary.errors:
        print(f"error: {error.reason}", file=sys.stderr)
    print(summary.line("stdout" if to_stdout else str(args.output)), file=sys.stderr)
    if summary.errors and not to_stdout:
        print(f"factextract: errors written to {args.output / batch.ERRORS_FILE}", file=sys.stderr)
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

    extract = commands.add_parser(
        "extract",
        help="extract facts from files or folders",
        description="Extract facts from .txt, .md, .html, .json and .jsonl files (folders "
        "recursively; - for standard input). Exit status 0 only when every input succeeded.",
    )
    extract.add_argument("paths", nargs="+", type=Path, help="files, folders, or - for stdin")
    extract.add_argument(
        "-o", "--output", type=Path, required=True, help="output folder, or - for JSONL on stdout"
    )
    extract.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="one JSON per article (default) or one articles.jsonl",
    )
    extract.add_argument(
        "--published", help="publication date (YYYY-MM-DD) for articles that do not state one"
    )
    extract.add_argument("-j", "--jobs", type=int, default=1, help="worker processes")
    extract.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786)")
    extract.add_argument("--force", action="store_true", help="recompute up-to-date outputs")
    extract.add_argument(
        "--keep-going",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="go on after an input fails (default); --no-keep-going stops at the first error",
    )
    extract.add_argument("--max-bytes", type=int, default=5_000_000, help="largest input file")
    extract.add_argument("--text-field", default="text", help="JSON field of the article text")
    extract.add_argument("--title-field", default="title")
    extract.add_argument("--published-field", default="published")
    extract.add_argument("--id-field", default="id")
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress output")
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
