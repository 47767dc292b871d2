"""spaCy factories of factextract's components, registered without importing the components.

spaCy imports every ``spacy_factories`` entry point whenever it builds any pipeline
(``spacy.blank("en")`` included), so this module and the package's ``__init__`` are all that
other spaCy users in the same environment load from factextract; each factory imports its
component only when a pipeline adds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from factextract.facts.dates.component import DateFinder
    from factextract.facts.links import LinkFinder
    from factextract.facts.money.component import MoneyFinder
    from factextract.facts.numerals import NumberFinder
    from factextract.facts.percentages import PercentageFinder
    from factextract.facts.places.component import PlaceFinder
    from factextract.facts.quantities import QuantityFinder
    from factextract.sentences import SentenceSegmenter


@Language.factory("factextract_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSegmenter:
    """Sentence starts that respect headline and dateline lines."""
    from factextract.sentences import SentenceSegmenter

    return SentenceSegmenter()


@Language.factory("factextract_numbers")
def make_numbers(nlp: Language, name: str) -> NumberFinder:
    """Every numeral, labelled, in ``doc.spans["numbers"]``."""
    from factextract.facts.numerals import NumberFinder

    return NumberFinder()


@Language.factory("factextract_dates")
def make_dates(nlp: Language, name: str) -> DateFinder:
    """Date expressions in ``doc.spans["dates"]``."""
    from factextract.facts.dates.component import DateFinder

    return DateFinder()


@Language.factory("factextract_money")
def make_money(nlp: Language, name: str) -> MoneyFinder:
    """Amounts of money in ``doc.spans["money"]``."""
    from factextract.facts.money.component import MoneyFinder

    return MoneyFinder()


@Language.factory("factextract_percentages")
def make_percentages(nlp: Language, name: str) -> PercentageFinder:
    """Percentages in ``doc.spans["percentages"]``."""
    from factextract.facts.percentages import PercentageFinder

    return PercentageFinder()


@Language.factory("factextract_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityFinder:
    """Quantities in ``doc.spans["quantities"]``."""
    from factextract.facts.quantities import QuantityFinder

    return QuantityFinder()


@Language.factory("factextract_places")
def make_places(nlp: Language, name: str) -> PlaceFinder:
    """Places, resolved to the gazetteer, in ``doc.spans["places"]``."""
    from factextract.facts.places.component import PlaceFinder

    return PlaceFinder()


@Language.factory("factextract_links")
def make_links(nlp: Language, name: str) -> LinkFinder:
    """Changes, currency conversions and exchange rates in ``doc.spans["changes"]``,
    ``doc.spans["conversions"]`` and ``doc.spans["exchange_rates"]``."""
    from factextract.facts.links import LinkFinder

    return LinkFinder()
