"""The spine: build the spaCy pipeline in claim order, run it, turn a Doc into an ``Article``.

``spacy.blank("en")`` → numeric tokenizer rules → sentences → numbers → percentages →
quantities → links. (Dates, money and places slot in at their places in ``COMPONENTS``.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from factextract import __version__, readers
from factextract.facts import links, percentages, quantities
from factextract.facts.spans import Context, sentence_index, sentence_of
from factextract.readers import ArticleInput
from factextract.records import Article, Notice, Percentage, Published, Quantity
from factextract.sentences import make_sentences  # noqa: F401  (registers the factory)
from factextract.tokenizer import customize_tokenizer

COMPONENTS = (
    "factextract_sentences",
    "factextract_numbers",
    "factextract_percentages",
    "factextract_quantities",
    "factextract_links",
)
"""Pipeline order: claim order for the fact kinds, links last."""


def build_nlp() -> Language:
    """A blank English pipeline with factextract's tokenizer rules and components."""
    nlp = spacy.blank("en")
    customize_tokenizer(nlp)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def to_article(doc: Doc, item: ArticleInput) -> Article:
    """The ``Article`` record for a processed Doc; no extraction happens here."""
    starts = sentence_index(doc)
    ctx = Context.of(doc)

    def sentence(span_start: int) -> int:
        return sentence_of(starts, span_start)

    found_percentages = [
        p
        for s in doc.spans.get(percentages.GROUP, [])
        if (p := percentages.to_record(ctx, s, sentence(s.start)))
    ]
    found_quantities = [
        q
        for s in doc.spans.get(quantities.GROUP, [])
        if (q := quantities.to_record(ctx, s, sentence(s.start)))
    ]
    values: dict[tuple[int, int], Percentage | Quantity] = {
        (p.start_char, p.end_char): p for p in found_percentages
    }
    values.update({(q.start_char, q.end_char): q for q in found_quantities})
    warnings = []
    if item.published is None:
        warnings.append(
            Notice(
                code="no_publication_date",
                message=(
                    "no front matter 'published', dateline or published argument: relative dates "
                    "cannot be anchored"
                ),
            )
        )
    return Article(
        id=item.id,
        path=item.path,
        source=item.source,
        title=item.title,
        published=Published(date=item.published, source=item.published_source)
        if item.published and item.published_source
        else None,
        text=ctx.text,
        text_sha256=hashlib.sha256(ctx.text.encode("utf-8")).hexdigest(),
        extractor_version=__version__,
        quantities=found_quantities,
        percentages=found_percentages,
        changes=links.to_records(ctx, values, sentence),
        warnings=warnings,
    )


class Extractor:
    """Text in, validated ``Article`` out. Build once, reuse for every article.

    >>> article = Extractor().extract("Nearly 400,000 people work there.", published="2020-05-23")
    >>> [(q.text, str(q.value), q.counted, q.qualifier) for q in article.quantities]
    [('Nearly 400,000 people', '400000', 'people', 'nearly')]
    """

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp if nlp is not None else build_nlp()

    def extract(
        self,
        text: str,
        *,
        published: dt.date | str | None = None,
        title: str | None = None,
        id: str | None = None,
    ) -> Article:
        """Extract every fact from one article's text (front matter and dateline honoured)."""
        return self.extract_input(readers.from_text(text, published=published, title=title, id=id))

    def extract_input(self, item: ArticleInput) -> Article:
        """Extract every fact from an ``ArticleInput``."""
        return to_article(self.nlp(item.text), item)

    def extract_many(
        self, inputs: Iterable[ArticleInput | str], *, n_process: int = 1, batch_size: int = 16
    ) -> Iterator[Article]:
        """Extract from many articles, in input order, with ``n_process`` spaCy workers."""
        items = (i if isinstance(i, ArticleInput) else readers.from_text(i) for i in inputs)
        pairs = ((item.text, item) for item in items)
        for doc, item in self.nlp.pipe(
            pairs, as_tuples=True, n_process=n_process, batch_size=batch_size
        ):
            yield to_article(doc, item)


@cache
def default_extractor() -> Extractor:
    """A process-wide Extractor for the ``extract`` shortcut."""
    return Extractor()


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    id: str | None = None,
) -> Article:
    """Extract every fact from one article with the default pipeline."""
    return default_extractor().extract(text, published=published, title=title, id=id)
