"""factextract: validated, structured facts with exact provenance from English news text.

>>> from factextract import Extractor
>>> article = Extractor().extract("Prices rose from 10.5 percent to 12 percent.")
>>> article.changes[0].direction
'up'

The names below are imported on first use: spaCy imports this package (for its
``spacy_factories`` entry points) in every process that builds a pipeline, and should not pay
for the extractor there.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Extractor": "factextract.pipeline",
    "build_nlp": "factextract.pipeline",
    "extract": "factextract.pipeline",
    "Article": "factextract.records",
    "Change": "factextract.records",
    "Conversion": "factextract.records",
    "DateFact": "factextract.records",
    "ExchangeRate": "factextract.records",
    "Money": "factextract.records",
    "Percentage": "factextract.records",
    "Place": "factextract.records",
    "Quantity": "factextract.records",
}

if TYPE_CHECKING:
    from factextract.pipeline import Extractor, build_nlp, extract
    from factextract.records import (
        Article,
        Change,
        Conversion,
        DateFact,
        ExchangeRate,
        Money,
        Percentage,
        Place,
        Quantity,
    )


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'factextract' has no attribute {name!r}")
    from factextract.forks import paused_gc
    from factextract.patterns import precompiled

    # An import makes lasting modules and classes, little garbage, and compiles most patterns.
    with paused_gc(), precompiled():
        value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once imported, a plain module attribute
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


__all__ = [
    "Article",
    "Change",
    "Conversion",
    "DateFact",
    "ExchangeRate",
    "Extractor",
    "Money",
    "Percentage",
    "Place",
    "Quantity",
    "__version__",
    "build_nlp",
    "extract",
]
