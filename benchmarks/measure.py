"""One measurement in a fresh process; ``run.py`` starts one of these per row and repeat.

    python -m benchmarks.measure TOOL [--sample N] [--seed S]

prints one JSON object on its last stdout line. A fresh process per measurement means no tool
profits from another's caches (spaCy's tokenizer cache and string store, factextract's and
dateparser's date caches, imported modules), and ``ru_maxrss`` is this tool's own peak.

Every throughput tool first runs over the warm-up articles (``warmup.jsonl``: other texts from
another seed, so the timed texts are not pre-cached), then over the timed texts, timed with
``time.perf_counter``. The two-process modes warm up in the parent, one process, before the
timed run forks its two workers (inheriting the warm state); starting and stopping the workers
is inside the timing, as it is for a user. Loading the texts from disk is outside the timing.
``cold:TOOL`` instead times import + setup + the first article, with no warm-up.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import random
import resource
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / ".data"
Row = dict[str, Any]
Result = dict[str, Any]


def load(name: str, limit: int | None = None) -> list[Row]:
    """Rows of ``texts.jsonl`` or ``warmup.jsonl`` (at most ``limit``)."""
    rows = []
    with (DATA_DIR / name).open(encoding="utf-8") as stream:
        for line in stream:
            rows.append(json.loads(line))
            if limit is not None and len(rows) >= limit:
                break
    return rows


def sample(rows: list[Row], size: int | None, seed: int) -> list[Row]:
    """A seeded random subset in text order (all rows when ``size`` is None or too large)."""
    if size is None or size >= len(rows):
        return rows
    keep = sorted(random.Random(seed).sample(range(len(rows)), size))
    return [rows[i] for i in keep]


def _peak_rss_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (pool and spaCy workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _timed(rows: list[Row], work: Callable[[list[Row]], Result]) -> Result:
    cpu = _cpu_seconds()
    started = time.perf_counter()
    result = work(rows)
    seconds = time.perf_counter() - started
    return {
        **result,
        "seconds": seconds,
        "cpu_seconds": _cpu_seconds() - cpu,
        "articles": len(rows),
        "words": sum(int(r["words"]) for r in rows),
    }


# factextract ------------------------------------------------------------------------------


def _facts(article: Any) -> int:
    return len(article.facts())


def factextract_one(rows: list[Row], warmup: list[Row]) -> Result:
    """``Extractor().extract(text, published=...)`` then ``writers.article_json``, one process."""
    from factextract import Extractor
    from factextract.writers import article_json

    extractor = Extractor()

    def work(batch: list[Row]) -> Result:
        digest, facts = hashlib.sha256(), 0
        for row in batch:
            article = extractor.extract(row["text"], published=row["published"])
            digest.update(article_json(article).encode("utf-8"))
            facts += _facts(article)
        return {"output_sha256": digest.hexdigest(), "facts": facts}

    return {"warmup": _timed(warmup, work), **_timed(rows, work)}


def factextract_many(rows: list[Row], warmup: list[Row]) -> Result:
    """``Extractor.extract_many(inputs, n_process=2)`` then ``article_json`` in this process."""
    from factextract import Extractor, readers
    from factextract.writers import article_json

    extractor = Extractor()

    def work(batch: list[Row]) -> Result:
        digest, facts = hashlib.sha256(), 0
        items = (readers.from_text(r["text"], published=r["published"]) for r in batch)
        for article in extractor.extract_many(items, n_process=2):
            digest.update(article_json(article).encode("utf-8"))
            facts += _facts(article)
        return {"output_sha256": digest.hexdigest(), "facts": facts}

    def serial(batch: list[Row]) -> Result:
        for row in batch:
            article_json(extractor.extract(row["text"], published=row["published"]))
        return {}

    return {"warmup": _timed(warmup, serial), **_timed(rows, work)}


_WORKER: dict[str, Any] = {}
"""The warmed Extractor, inherited by forked pool workers."""


def _article_json(row: Row) -> tuple[str, int]:
    from factextract.writers import article_json

    article = _WORKER["extractor"].extract(row["text"], published=row["published"])
    return article_json(article), _facts(article)


def factextract_pool(rows: list[Row], warmup: list[Row]) -> Result:
    """Whole articles (text -> JSON string) in a 2-process ``multiprocessing`` pool (fork)."""
    from factextract import Extractor
    from factextract.forks import fork_pool

    _WORKER["extractor"] = Extractor()

    def serial(batch: list[Row]) -> Result:
        return {"facts": sum(_article_json(r)[1] for r in batch)}

    def work(batch: list[Row]) -> Result:
        digest, facts = hashlib.sha256(), 0
        with fork_pool(2) as pool:  # as ``factextract extract --jobs 2`` runs its workers
            for text, count in pool.imap(_article_json, batch, chunksize=4):
                digest.update(text.encode("utf-8"))
                facts += count
        return {"output_sha256": digest.hexdigest(), "facts": facts}

    return {"warmup": _timed(warmup, serial), **_timed(rows, work)}


def components(rows: list[Row], warmup: list[Row]) -> Result:
    """Where factextract's time goes: reading, tokenizer, each pipe, records, JSON."""
    from factextract import Extractor, readers
    from factextract.pipeline import to_article
    from factextract.tokens import tokens_of
    from factextract.writers import article_json

    extractor = Extractor()
    nlp = extractor.nlp
    stages: defaultdict[str, float] = defaultdict(float)

    def work(batch: list[Row]) -> Result:
        clock = time.perf_counter
        for row in batch:
            t0 = clock()
            item = readers.from_text(row["text"], published=row["published"])
            t1 = clock()
            doc = nlp.make_doc(item.text)
            t2 = clock()
            tokens_of(doc, item.text)  # as Extractor does: the table gets the text, not Doc.text
            t3 = clock()
            stages["read (readers.from_text)"] += t1 - t0
            stages["tokenizer (make_doc)"] += t2 - t1
            stages["token table (tokens.tokens_of)"] += t3 - t2
            for name, component in nlp.pipeline:
                t0 = clock()
                doc = component(doc)
                stages[name] += clock() - t0
            t0 = clock()
            article = to_article(
                doc,
                item,
                tolerance=extractor.tolerance,
                hedged_tolerance=extractor.hedged_tolerance,
            )
            t1 = clock()
            article_json(article)
            stages["records (pipeline.to_article)"] += t1 - t0
            stages["JSON (writers.article_json)"] += clock() - t1
        return {}

    _timed(warmup, work)
    stages.clear()
    result = _timed(rows, work)
    return {**result, "stages": dict(stages)}


def contract(rows: list[Row], warmup: list[Row]) -> Result:
    """What the output contract alone costs: reading the input, factextract's tokenizer, the
    same fact spans written to span groups, the same records validated by Pydantic, and the
    JSON text. Finding and normalizing the facts is everything else; here it is done
    beforehand, untimed, and its records stand in for it."""
    import gc

    from factextract import Extractor, readers
    from factextract.records import Article
    from factextract.writers import article_json

    extractor = Extractor()
    nlp = Extractor().nlp  # its own tokenizer: the extractor's has cached these texts' words
    prepared: dict[str, tuple[list[tuple[str, int, int]], dict[str, Any]]] = {}
    for row in [*warmup, *rows]:
        article = extractor.extract(row["text"], published=row["published"])
        spans = [(f.kind, f.start_char, f.end_char) for f in article.facts()]
        prepared[row["id"]] = (spans, article.model_dump())
    # The prepared records play the part of the texts on disk in the other rows: keep their
    # million objects out of the garbage collector's full scans, which the texts never cost.
    gc.collect()
    gc.freeze()

    def work(batch: list[Row]) -> Result:
        digest, facts = hashlib.sha256(), 0
        for row in batch:
            item = readers.from_text(row["text"], published=row["published"])
            doc = nlp.make_doc(item.text)
            spans, fields = prepared[row["id"]]
            groups: defaultdict[str, list[Any]] = defaultdict(list)
            for kind, start, end in spans:
                groups[kind].append(doc.char_span(start, end, kind, alignment_mode="expand"))
            for kind, found in groups.items():
                doc.spans[kind] = found
            article = Article.model_validate(fields)
            digest.update(article_json(article).encode("utf-8"))
            facts += _facts(article)
        return {"output_sha256": digest.hexdigest(), "facts": facts}

    return {"warmup": _timed(warmup, work), **_timed(rows, work)}


# floor and peers --------------------------------------------------------------------------


def floor(rows: list[Row], warmup: list[Row]) -> Result:
    """``spacy.blank("en")`` tokenization alone: ``nlp.pipe`` with no components."""
    import spacy

    nlp = spacy.blank("en")

    def work(batch: list[Row]) -> Result:
        return {"tokens": sum(len(doc) for doc in nlp.pipe(r["text"] for r in batch))}

    return {"warmup": _timed(warmup, work), **_timed(rows, work)}


def _quiet_import(module: str) -> Any:
    with warnings.catch_warnings():
        # quantulum3 warns once that its optional classifier extra is not installed.
        warnings.simplefilter("ignore")
        return importlib.import_module(module)


def quantulum3(rows: list[Row], warmup: list[Row]) -> Result:
    """``from quantulum3 import parser; parser.parse(text)``."""
    parser = _quiet_import("quantulum3.parser")

    def work(batch: list[Row]) -> Result:
        return {"results": sum(len(parser.parse(r["text"])) for r in batch)}

    return {"warmup": _timed(warmup, work), **_timed(rows, work)}


def dateparser(rows: list[Row], warmup: list[Row]) -> Result:
    """``from dateparser.search import search_dates; search_dates(text, languages=["en"])``."""
    search = _quiet_import("dateparser.search")

    def work(batch: list[Row]) -> Result:
        found = (search.search_dates(r["text"], languages=["en"]) for r in batch)
        return {"results": sum(len(f or ()) for f in found)}

    return {"warmup": _timed(warmup, work), **_timed(rows, work)}


TOOLS: dict[str, Callable[[list[Row], list[Row]], Result]] = {
    "floor": floor,
    "factextract": factextract_one,
    "factextract_many": factextract_many,
    "factextract_pool": factextract_pool,
    "components": components,
    "contract": contract,
    "quantulum3": quantulum3,
    "dateparser": dateparser,
}
PEERS = {"quantulum3": "quantulum3", "dateparser": "dateparser"}
"""Peer tool -> the distribution that must be installed for it."""


# cold start -------------------------------------------------------------------------------


def cold(tool: str, row: Row) -> Result:
    """Seconds for import + setup + the first article, in this (fresh) process."""
    started = time.perf_counter()
    if tool == "factextract":
        from factextract import Extractor
        from factextract.writers import article_json

        article_json(Extractor().extract(row["text"], published=row["published"]))
    elif tool == "floor":
        import spacy

        spacy.blank("en").make_doc(row["text"])
    elif tool == "quantulum3":
        _quiet_import("quantulum3.parser").parse(row["text"])
    elif tool == "dateparser":
        _quiet_import("dateparser.search").search_dates(row["text"], languages=["en"])
    else:
        raise SystemExit(f"no cold start for {tool!r}; expected one of {sorted(PEERS)}")
    return {"seconds": time.perf_counter() - started, "articles": 1, "words": row["words"]}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tool", help=f"one of {', '.join(TOOLS)}, or cold:TOOL")
    parser.add_argument("--sample", type=int, default=None, help="time N seeded-random texts")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample")
    parser.add_argument("--warmup", type=int, default=None, help="warm-up articles (all)")
    args = parser.parse_args(argv)
    if args.tool.startswith("cold:"):
        result = cold(args.tool.removeprefix("cold:"), load("texts.jsonl", limit=1)[0])
    elif args.tool in TOOLS:
        rows = sample(load("texts.jsonl"), args.sample, args.seed)
        result = TOOLS[args.tool](rows, load("warmup.jsonl", limit=args.warmup))
    else:
        raise SystemExit(f"unknown tool {args.tool!r}; expected one of {', '.join(TOOLS)}")
    if "factextract" in sys.modules:  # which checkout was measured, and how much of it
        result["factextract_file"] = sys.modules["factextract"].__file__
        result["factextract_modules"] = sorted(
            m for m in sys.modules if m.startswith("factextract")
        )
    result["peak_rss_mib"] = _peak_rss_mib()
    result["children_peak_rss_mib"] = _peak_rss_mib(resource.RUSAGE_CHILDREN)
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
