"""factextract: validated, structured facts with exact provenance from English news text.

>>> from factextract import Extractor
>>> article = Extractor().extract("Prices rose from 10.5 percent to 12 percent.")
>>> article.changes[0].direction
'up'
"""

__version__ = "0.1.0"

from factextract.pipeline import Extractor, build_nlp, extract
from factextract.records import (
    Article,
    Change,
    Conversion,
    DateFact,
    Money,
    Percentage,
    Place,
    Quantity,
)

__all__ = [
    "Article",
    "Change",
    "Conversion",
    "DateFact",
    "Extractor",
    "Money",
    "Percentage",
    "Place",
    "Quantity",
    "__version__",
    "build_nlp",
    "extract",
]
