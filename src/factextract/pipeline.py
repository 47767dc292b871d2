"""The spine: build the spaCy pipeline in claim order, run it, turn a Doc into an ``Article``.

``spacy.blank("en")`` → numeric tokenizer rules → sentences → numbers → dates → money →
percentages → quantities → places → links (changes, conversions, exchange rates).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator
from functools import cache, partial
from typing import Any

import spacy
from spacy.attrs import IS_SPACE, LIKE_NUM
from spacy.language import Language
from spacy.tokens import Doc, Span

from factextract import (
    __version__,
    factories,  # noqa: F401  (registers the factories without the package installed)
    gazetteer,
    rates,
    readers,
)
from factextract.errors import InputError
from factextract.facts import (
    conversions,
    dates,
    exchange_rates,
    links,
    money,
    percentages,
    places,
    quantities,
    unit_conversions,
)
from factextract.facts.spans import Context, sentence_numbers
from factextract.forks import fork_pool, paused_gc, raise_young_threshold
from factextract.patterns import compile_lazy, precompiled
from factextract.readers import ArticleInput
from factextract.records import (
    Article,
    Fact,
    Money,
    Notice,
    Percentage,
    Place,
    Published,
    Quantity,
)
from factextract.tokenizer import NUMERIC_TOKENIZER, read_patterns
from factextract.tokens import tokens_of

COMPONENTS = (
    "factextract_sentences",
    "factextract_numbers",
    "factextract_dates",
    "factextract_money",
    "factextract_percentages",
    "factextract_quantities",
    "factextract_places",
    "factextract_links",
)
"""Pipeline order: claim order for the fact kinds, links last."""


def build_nlp() -> Language:
    """A blank English pipeline with factextract's tokenizer rules and components."""
    return _built({"@tokenizers": NUMERIC_TOKENIZER})


def _built(tokenizer: dict[str, Any]) -> Language:
    english = spacy.util.get_lang_class("en")  # what spacy.blank("en") builds, but its
    config = english.default_config.copy()  # tokenizer is ours from the start (one build)
    config["nlp"]["tokenizer"] = tokenizer
    nlp = english.from_config(config)
    # The config names spaCy's own tokenizer again, as ``customize_tokenizer`` left it: a saved
    # pipeline rebuilds that and reads the numeric rules from disk, with no registered name.
    nlp.config["nlp"]["tokenizer"] = english.default_config["nlp"]["tokenizer"].copy()
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


_LEXICAL_READ = frozenset({LIKE_NUM, IS_SPACE})
"""The lexical attributes an Extractor's own pipeline computes: ``like_num`` is the only one
the components read (``Context.like_num``, places' house numbers); ``is_space`` is kept for
callers who read ``Extractor().nlp``'s tokens for spaces (the tests do), at little cost."""


def _lean() -> Language:
    """``build_nlp()`` computing, for each word its vocab meets first, only ``_LEXICAL_READ``:
    spaCy calls some 23 getters a new word (shape, stop word, URL, norm, ...), each a Python
    call and most a string stored, and news brings some 40-80 new words an article, each
    tokenized once: 4 % of an article's instructions, for attributes no fact depends on. So
    from before its tokenizer is built (``create_numeric_tokenizer``), whose special cases
    make some 750 words (0.7 % of a cold start's instructions). A token of a word met first
    this way reads False or "" for the others; ``build_nlp()`` and a pipeline passed to
    ``Extractor`` keep them all."""
    return _built({"@tokenizers": NUMERIC_TOKENIZER, "lexical": sorted(_LEXICAL_READ)})


def to_article(
    doc: Doc,
    item: ArticleInput,
    *,
    tolerance: float = conversions.DEFAULT_TOLERANCE,
    hedged_tolerance: float = conversions.DEFAULT_HEDGED_TOLERANCE,
) -> Article:
    """The ``Article`` record for a processed Doc; no extraction happens here."""
    ctx = Context.of(doc)
    starts = sorted(ctx.sentence_tokens)  # = sentence_index(doc), without a Doc array
    resolver = money.CurrencyResolver.of(ctx.text)
    # sentence_of(starts, i) of each token index, read by index (a C call, no bisect)
    sentence: Callable[[int], int] = sentence_numbers(starts, len(ctx.words)).__getitem__

    def records(group: str, build: Callable[[Span, int], Fact | None]) -> list[Any]:
        return [r for s in ctx.group(group) if (r := build(s, sentence(s.start)))]

    money_spans = list(ctx.group(money.GROUP))  # for the records and the notices
    amounts = [
        r for s in money_spans if (r := money.to_record(ctx, resolver, s, sentence(s.start)))
    ]
    amounts = money.on_the_day(ctx.text, amounts, item.published)  # "bolivars": VES or VEF
    guessed = amounts
    amounts = conversions.reread_by_rate(ctx, amounts, item.published, tolerance, hedged_tolerance)
    shares: list[Percentage] = records(percentages.GROUP, partial(percentages.to_record, ctx))
    counts = quantities.to_records(ctx, ctx.group(quantities.GROUP), sentence)
    found_places: list[Place] = records(places.GROUP, partial(places.to_record, ctx))
    values: dict[tuple[int, int], Money | Percentage | Quantity] = {}
    for group in (amounts, shares, counts):
        values.update({(v.start_char, v.end_char): v for v in group})
    by_offsets = {(m.start_char, m.end_char): m for m in amounts}
    days = dates.to_records(ctx, item.published, sentence)
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
        input_sha256=item.input_sha256,
        extractor_version=__version__,
        quantities=counts,
        percentages=shares,
        money=amounts,
        dates=days,
        places=found_places,
        conversions=conversions.to_records(
            ctx, by_offsets, item.published, sentence, tolerance, hedged_tolerance
        ),
        exchange_rates=exchange_rates.to_records(
            ctx, item.published, sentence, tolerance, hedged_tolerance, days
        ),
        changes=links.to_records(ctx, values, sentence),
        warnings=[
            *_date_notices(item),
            *money.guess_notices(ctx, resolver, money_spans),
            *conversions.reread_notices(guessed, amounts),
            *unit_conversions.mismatch_notices(ctx.text, counts),
        ],
    )


def _date_notices(item: ArticleInput) -> list[Notice]:
    found = []
    if item.encoding is not None:
        found.append(
            Notice(
                code="encoding_detected",
                message=(f"the input was not UTF-8; read as {item.encoding} (detected)"),
            )
        )
    if item.published is not None:
        return found
    message = (
        "no front matter 'published', dateline or published argument: relative dates and "
        "reference exchange rates cannot be anchored"
    )
    return [*found, Notice(code="no_publication_date", message=message)]


_WARM_UP = (
    "On 5 May 2020 in Paris, France, nearly 3,000 people paid 3.68 billion yuan ($517.37 "
    "million), up 5% from 4.5 million euros a year earlier, over 300 km."
)
"""A text that takes every component down its loading paths (``Extractor.warm``)."""


class Extractor:
    """Text in, validated ``Article`` out. Build once, reuse for every article.

    >>> article = Extractor().extract("Nearly 400,000 people work there.", published="2020-05-23")
    >>> [(q.text, str(q.value), q.counted, q.qualifier) for q in article.quantities]
    [('Nearly 400,000 people', '400000', 'people', 'nearly')]
    """

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        tolerance: float = conversions.DEFAULT_TOLERANCE,
        hedged_tolerance: float = conversions.DEFAULT_HEDGED_TOLERANCE,
    ) -> None:
        if nlp is None:
            raise_young_threshold()  # as the first article's freeze_loaded would
            with paused_gc(), precompiled():  # the vocab, special cases and components last
                nlp = _lean()
        self.nlp = nlp
        self.tolerance = tolerance
        """Largest |stated / reference - 1| of a consistent conversion."""
        self.hedged_tolerance = hedged_tolerance
        """The same when the text hedges ("about $630 million")."""

    def warm(self) -> Extractor:
        """Load now what the components load on their first article (gazetteer, lexicons,
        compiled grammars, the ECB history), the patterns compiled on first use
        (``patterns.LazyPattern``), the city files' blocks read on first use
        (``gazetteer.read_city_blocks``) and the tokenizer's, read for its shortcut
        (``tokenizer.RecentSearch.read_pattern``). ``extract_many`` and the CLI's ``--jobs``
        warm before they fork, so that the workers share one copy instead of each loading
        its own."""
        self.extract(_WARM_UP, published="2020-05-23")
        rates.history()
        with precompiled():
            compile_lazy()  # the patterns that the warm-up text does not reach
        gazetteer.read_city_blocks()  # the city blocks likewise
        read_patterns(self.nlp.tokenizer)
        return self

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
        """Extract every fact from an ``ArticleInput``.

        Raises:
            InputError: the text is longer than ``nlp.max_length`` characters.
        """
        limit = self.nlp.max_length
        if len(item.text) > limit:
            # spaCy's own message (E088) speaks of parser and NER memory, which we don't use.
            where = f"{item.path}: " if item.path else ""
            raise InputError(
                f"{where}the text has {len(item.text):,} characters, more than the pipeline's "
                f"limit of {limit:,}: split the article, or raise Extractor().nlp.max_length"
            )
        # A process compiles most of its lazy patterns in its first article, and the rest in
        # the first article that reaches them (a builder's, some in hundreds): all from the
        # stored code, for a few microseconds an article
        with precompiled():
            return self._article(self._process(item.text), item)

    def _process(self, text: str) -> Doc:
        """``nlp(text)``, handing the components the text itself (a tokenizer reproduces
        its input exactly) so that none rebuilds it from the tokens."""
        doc = self.nlp.make_doc(text)
        tokens_of(doc, text)
        for name, component in self.nlp.pipeline:
            doc = component(doc)
            if not isinstance(doc, Doc):
                raise TypeError(f"pipeline component {name!r} returned {doc!r}, not a Doc")
        return doc

    def _article(self, doc: Doc, item: ArticleInput) -> Article:
        return to_article(
            doc, item, tolerance=self.tolerance, hedged_tolerance=self.hedged_tolerance
        )

    def extract_many(
        self, inputs: Iterable[ArticleInput | str], *, n_process: int = 1, batch_size: int = 16
    ) -> Iterator[Article]:
        """Extract from many articles, in input order, with ``n_process`` processes.

        With more than one process, whole articles (text in, ``Article`` out) go to a pool of
        forked workers that share this Extractor, so record building runs in parallel too;
        where ``fork`` is unavailable, spaCy's own ``nlp.pipe`` workers run the components and
        records are built here."""
        items = (i if isinstance(i, ArticleInput) else readers.from_text(i) for i in inputs)
        if n_process <= 1:
            yield from (self.extract_input(item) for item in items)
            return
        import multiprocessing  # here: a process with no pool does not import it (issue #7)

        if "fork" in multiprocessing.get_all_start_methods():
            self.warm()
            _POOL_EXTRACTOR[0] = self  # inherited by the forked workers
            try:
                with fork_pool(n_process) as pool:
                    for text in pool.imap(_extract_in_worker, items, chunksize=batch_size):
                        yield Article.model_validate_json(text)
            finally:
                _POOL_EXTRACTOR[0] = None
            return
        pairs = ((item.text, item) for item in items)
        for doc, item in self.nlp.pipe(
            pairs, as_tuples=True, n_process=n_process, batch_size=batch_size
        ):
            yield self._article(doc, item)


_POOL_EXTRACTOR: list[Extractor | None] = [None]
"""The Extractor whose ``extract_many`` pool is running (read by its forked workers)."""


def _extract_in_worker(item: ArticleInput) -> str:
    """The article as JSON: it crosses the process boundary, and parsing it back into records
    (validated again) costs the parent a third of unpickling them."""
    extractor = _POOL_EXTRACTOR[0]
    assert extractor is not None, "only called in extract_many's forked workers"
    return extractor.extract_input(item).model_dump_json()


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
