"""One module per fact kind; each has ``find`` (Doc -> spans) and ``to_record`` (span -> record).

Importing this package registers every ``factextract_*`` spaCy factory.
"""

from factextract.facts import (
    conversions,
    dates,
    exchange_rates,
    links,
    money,
    numerals,
    percentages,
    places,
    quantities,
)

__all__ = [
    "conversions",
    "dates",
    "exchange_rates",
    "links",
    "money",
    "numerals",
    "percentages",
    "places",
    "quantities",
]
