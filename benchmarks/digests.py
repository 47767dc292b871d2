"""Per-article output digests, to show that a speed change changed no output.

    python -m benchmarks.digests --write before.json     # on the old code
    python -m benchmarks.digests --check before.json     # on the new code: lists what differs

The SHA-256 of ``article_json`` of every generated article (the timed texts and the warm-up
ones), by article id. The benchmark table's one hash over all outputs says whether anything
changed; this says which articles did, so that a deliberate change can be read article by
article and an accidental one found.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks import generate
from benchmarks.measure import load


def digests() -> dict[str, str]:
    """Article id -> SHA-256 of its JSON, for every generated article."""
    from factextract import Extractor
    from factextract.writers import article_json

    extractor = Extractor()
    found = {}
    for row in [*load("warmup.jsonl"), *load("texts.jsonl")]:
        article = extractor.extract(row["text"], published=row["published"])
        found[row["id"]] = hashlib.sha256(article_json(article).encode("utf-8")).hexdigest()
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, metavar="JSON", help="store the digests here")
    action.add_argument("--check", type=Path, metavar="JSON", help="compare with stored ones")
    args = parser.parse_args(argv)
    generate.ensure()
    found = digests()
    if args.write:
        args.write.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {len(found)} digests to {args.write}")
        return 0
    stored = json.loads(args.check.read_text(encoding="utf-8"))
    differ = sorted(k for k in stored.keys() | found.keys() if stored.get(k) != found.get(k))
    print(f"{len(stored) - len(differ)}/{len(stored)} articles identical")
    for key in differ:
        print(f"  differs: {key}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
