"""Money: an amount with an ISO 4217 currency, in any order news writes it.

"$517.37 million", "US$5", "USD 5m", "RMB 800 million", "Rs 5,000 crore", "Ksh2.3 billion",
"€2.1bn", "5 million dollars", "3.68 billion yuan", "88 US cents", "28p", "50 MUSD", with the
qualifiers of ``qualifiers.py`` and ranges ("$2-3 billion", "between €5m and €7m").

Markers shared by several currencies ("$", "¥", "Rs", "rupees", "R", "N") are resolved from the
article itself by ``CurrencyResolver``: explicit currencies first ("A$", "AUD", "Australian
dollars"), then places ("Sydney", "New South Wales"), then the marker's default. A guess is
recorded as ``currency_certain=False`` and a warning, never silently.

``evidence`` counts an article's explicit currencies and currency places, ``resolution`` reads
an ambiguous marker from that evidence, ``amounts`` builds an amount of money on a number span,
and ``component`` holds the ``factextract_money`` component (``MoneyFinder``), which writes the
spans, and reads them back as ``Money`` records and currency-guess notices.
"""

from factextract.facts.money.amounts import currency_marked, pounds_paid
from factextract.facts.money.component import (
    GROUP,
    MoneyFinder,
    find,
    guess_notices,
    marker_of,
    on_the_day,
    to_record,
)
from factextract.facts.money.resolution import CurrencyResolver

__all__ = [
    "GROUP",
    "CurrencyResolver",
    "MoneyFinder",
    "currency_marked",
    "find",
    "guess_notices",
    "marker_of",
    "on_the_day",
    "pounds_paid",
    "to_record",
]
