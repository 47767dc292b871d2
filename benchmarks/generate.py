"""Deterministic benchmark texts: the corpus recombined and varied into ~600 news articles.

spaCy's tokenizer caches every whitespace-delimited chunk it has seen and factextract caches
parsed dates, so timing the corpus articles over and over would flatter both. This generator
turns the corpus into at least 300,000 words of varied text: every article starts from one
corpus story, reorders its paragraphs and sentences, swaps in sentences and paragraphs from the
other stories, and fills every number, year, month, weekday, currency marker, place name and
counted noun anew. It reads only ``corpus/`` and factextract's own data tables; nothing is
downloaded. The same seed gives the same bytes.

    python -m benchmarks.generate [--force]

Output (gitignored), under ``benchmarks/.data/``:

- ``articles/NNNN.md``: the articles as files, YAML front matter like ``corpus/`` (so
  ``factextract extract benchmarks/.data/articles -o out/`` works on them too);
- ``texts.jsonl``: ``id``, ``published``, ``words`` and ``text`` (the body, exactly what
  ``factextract.readers.read_path`` returns for the file) — what every benchmarked tool gets;
- ``warmup.jsonl``: 20 further articles from another seed, used only for warm-up, never timed;
- ``manifest.json``: seed, counts, and hashes of the inputs and of the texts.

``ensure()`` regenerates when the manifest is missing or any input (corpus files, data tables,
``generate.py``, ``templates.py``) changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import shutil
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from benchmarks.templates import (
    CONSISTENT,
    DATA_TABLES,
    Sentence,
    Slot,
    SlotKind,
    Story,
    Vocabulary,
    parse_story,
    vocabulary,
)
from factextract import readers

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA_DIR = Path(__file__).resolve().parent / ".data"
SEED = 20200523
WARMUP_SEED = SEED + 1
ARTICLES = 600
WARMUP_ARTICLES = 20
MIN_WORDS = 300_000
WORDS_PER_ARTICLE = (360, 760)
"""Target length range of one article, in whitespace-separated words."""
FIRST_DATE, LAST_DATE = dt.date(2015, 1, 1), dt.date(2024, 12, 31)
"""Publication dates are drawn from here (inside the bundled ECB rate history)."""


@dataclass
class Filler:
    """Fills the slots of one generated article."""

    rng: random.Random
    vocab: Vocabulary
    published: dt.date
    mapping: dict[tuple[SlotKind, str], str] = field(default_factory=dict)

    def _pool(self, kind: SlotKind) -> Sequence[str]:
        pools: dict[SlotKind, Sequence[str]] = {
            "symbol": self.vocab.symbols,
            "code": self.vocab.codes,
            "name": self.vocab.names,
            "place": self.vocab.places,
            "counted": self.vocab.counted,
            "month": self.vocab.months,
            "month_abbr": self.vocab.month_abbreviations,
            "weekday": self.vocab.weekdays,
        }
        return pools[kind]

    def sentence(self, sentence: Sentence) -> str:
        """The sentence with fresh values: one scale factor for all its numbers keeps
        ranges and "from X to Y" in order; years move with the publication date."""
        factor = Decimal(self.rng.randint(35, 280)) / 100
        shift = self.published.year - sentence.year
        parts = []
        for piece in sentence.pieces:
            parts.append(piece if isinstance(piece, str) else self.fill(piece, factor, shift))
        return "".join(parts)

    def fill(self, slot: Slot, factor: Decimal, shift: int) -> str:
        if slot.kind == "number":
            return scale(slot.text, factor)
        if slot.kind == "day":
            return str(self.rng.randint(1, 28))
        if slot.kind == "year":
            return str(int(slot.text) + shift)
        if slot.kind == "year_range":
            return shift_year_range(slot.text, shift)
        if slot.kind in CONSISTENT:
            key = (slot.kind, slot.text)
            if key not in self.mapping:
                keep = self.rng.random() < 0.4
                self.mapping[key] = slot.text if keep else self.rng.choice(self._pool(slot.kind))
            return self.mapping[key]
        return self.rng.choice(self._pool(slot.kind))


def scale(text: str, factor: Decimal) -> str:
    """A number in the same written form, times ``factor``. A bare integer keeps its number of
    digits (wrapping around), so phone numbers, road numbers and "2000 people" keep their shape.

    >>> scale("1,166", Decimal("1.5")), scale("10.5", Decimal("0.4")), scale("713", Decimal("2"))
    ('1,749', '4.2', '526')
    >>> scale("3", Decimal("0.1")), scale("98,757", Decimal("0.01")), scale("555", Decimal(1))
    ('9', '988', '555')
    """
    decimals = len(text.partition(".")[2])
    value = (Decimal(text.replace(",", "")) * factor).quantize(Decimal(1).scaleb(-decimals))
    if decimals == 0 and "," not in text:
        low, high = (10 ** (len(text) - 1) if len(text) > 1 else 1), 10 ** len(text)
        value = Decimal(low + (int(value) - low) % (high - low))
    elif decimals == 0:
        value = max(value, Decimal(1))
    return f"{value:,.{decimals}f}" if "," in text else f"{value:.{decimals}f}"


def shift_year_range(text: str, shift: int) -> str:
    """ "2016-19" moved by ``shift`` years.

    >>> shift_year_range("2016-19", 3), shift_year_range("1998–02", 1)
    ('2019-22', '1999–03')
    """
    first, separator, last = text[:4], text[4], text[5:]
    end = int(first[:2] + last) + (100 if int(last) < int(first[2:]) else 0)
    return f"{int(first) + shift}{separator}{(end + shift) % 100:02d}"


def _words(text: str) -> int:
    return len(text.split())


def compose(
    rng: random.Random, base: Story, stories: Sequence[Story], vocab: Vocabulary
) -> tuple[str, dt.date, str]:
    """Title, publication date and body of one generated article built on ``base``."""
    published = FIRST_DATE + dt.timedelta(days=rng.randrange((LAST_DATE - FIRST_DATE).days + 1))
    filler = Filler(rng, vocab, published)
    others = [s for s in stories if s is not base]
    every_sentence = [s for story in others for p in story.paragraphs for s in p]
    target = rng.randint(*WORDS_PER_ARTICLE)
    rest = list(base.paragraphs[1:])
    rng.shuffle(rest)
    if rng.random() < 0.6:
        rest.insert(rng.randrange(len(rest) + 1), rng.choice(rng.choice(others).paragraphs))
    plan = [base.paragraphs[0], *rest]
    title = filler.sentence(base.headline)
    head = title
    if base.dateline == "iso":
        head += f"\n\nUpdated: {published.isoformat()}"
    elif base.dateline == "long":
        head += f"\nPublished {published.day} {published:%B} {published.year}"
    blocks, words, index = [head], _words(head), 0
    while words < target or index < 3:
        if index >= len(plan):
            plan.append(rng.choice(rng.choice(others).paragraphs))
        sentences = list(plan[index])
        if len(sentences) > 2 and rng.random() < 0.5:
            tail = sentences[1:]
            rng.shuffle(tail)
            sentences[1:] = tail
        sentences = [rng.choice(every_sentence) if rng.random() < 0.2 else s for s in sentences]
        block = " ".join(filler.sentence(s) for s in sentences)
        blocks.append(block)
        words += _words(block)
        index += 1
    return title, published, "\n\n".join(blocks) + "\n"


def _front_matter(id: str, title: str, published: dt.date | None, base: Story) -> str:
    lines = ["---", f"id: {id}", f"title: {json.dumps(title, ensure_ascii=False)}"]
    if published is not None:
        lines.append(f"published: {published.isoformat()}")
    source = f"factextract benchmark text generated from corpus/{base.name} (seed {SEED})"
    lines += [f"source: {json.dumps(source)}", "---", ""]
    return "\n".join(lines)


def _articles(
    seed: int, count: int, min_words: int, stories: Sequence[Story], vocab: Vocabulary
) -> Iterator[tuple[str, str, dt.date, str, Story]]:
    """``(id, title, published, body, base)`` until ``count`` articles and ``min_words``."""
    rng = random.Random(seed)
    order: list[Story] = []
    index, words = 0, 0
    while index < count or words < min_words:
        if not order:
            order = list(stories)
            rng.shuffle(order)
        base = order.pop()
        title, published, body = compose(rng, base, stories, vocab)
        words += _words(body)
        yield f"bench-{seed}-{index:04d}", title, published, body, base
        index += 1


def inputs_digest() -> str:
    """Hash of everything the texts depend on: this file, the corpus and the data tables."""
    digest = hashlib.sha256()
    for module in ("generate.py", "templates.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    for path in sorted(CORPUS.glob("*.md")):
        digest.update(path.name.encode() + path.read_bytes())
    for name in DATA_TABLES:
        digest.update((resources.files("factextract") / "data" / name).read_bytes())
    digest.update(f"{SEED} {WARMUP_SEED} {ARTICLES} {WARMUP_ARTICLES} {MIN_WORDS}".encode())
    return digest.hexdigest()


def _jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in rows)


def generate(out: Path = DATA_DIR) -> dict[str, Any]:
    """Write the articles, ``texts.jsonl``, ``warmup.jsonl`` and the manifest; return it."""
    paths = sorted(CORPUS.glob("*.md"))
    bodies = [readers.read_path(p).text for p in paths]
    vocab = vocabulary(bodies)
    stories = [parse_story(p, vocab) for p in paths]
    articles_dir = out / "articles"
    if articles_dir.exists():
        shutil.rmtree(articles_dir)
    articles_dir.mkdir(parents=True)
    rows: list[dict[str, Any]] = []
    for id, title, published, body, base in _articles(SEED, ARTICLES, MIN_WORDS, stories, vocab):
        path = articles_dir / f"{id.rsplit('-', 1)[1]}.md"
        front = _front_matter(id, title, None if base.dateline else published, base)
        path.write_text(front + body, encoding="utf-8", newline="\n")
        item = readers.read_path(path)
        if item.text != body or item.published != published:
            raise AssertionError(f"{path}: read back differently (body or publication date)")
        rows.append(
            {"id": id, "published": published.isoformat(), "words": _words(body), "text": body}
        )
    warmup = [
        {"id": id, "published": published.isoformat(), "words": _words(body), "text": body}
        for id, _, published, body, _ in _articles(WARMUP_SEED, WARMUP_ARTICLES, 0, stories, vocab)
    ]
    texts = _jsonl(rows)
    (out / "texts.jsonl").write_text(texts, encoding="utf-8", newline="\n")
    (out / "warmup.jsonl").write_text(_jsonl(warmup), encoding="utf-8", newline="\n")
    manifest = {
        "inputs_sha256": inputs_digest(),
        "texts_sha256": hashlib.sha256(texts.encode("utf-8")).hexdigest(),
        "seed": SEED,
        "warmup_seed": WARMUP_SEED,
        "articles": len(rows),
        "words": sum(int(r["words"]) for r in rows),
        "warmup_articles": len(warmup),
        "corpus_articles": len(paths),
        "vocabulary": {
            "symbols": len(vocab.symbols),
            "codes": len(vocab.codes),
            "currency_names": len(vocab.names),
            "places": len(vocab.places),
            "counted_nouns": len(vocab.counted),
        },
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def ensure(out: Path = DATA_DIR) -> dict[str, Any]:
    """The manifest of up-to-date texts, generating them first when missing or stale."""
    path = out / "manifest.json"
    if path.exists() and (out / "texts.jsonl").exists() and (out / "warmup.jsonl").exists():
        manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if manifest.get("inputs_sha256") == inputs_digest():
            return manifest
    return generate(out)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="regenerate even when up to date")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help=f"default: {DATA_DIR}")
    args = parser.parse_args(argv)
    manifest = generate(args.out) if args.force else ensure(args.out)
    print(
        f"{manifest['articles']} articles, {manifest['words']:,} words "
        f"(+{manifest['warmup_articles']} warm-up) in {args.out}; "
        f"texts sha256 {manifest['texts_sha256'][:12]}"
    )


if __name__ == "__main__":
    main()
