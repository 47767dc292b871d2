"""Dates: detection and TIMEX3 normalization anchored at the publication date.

``grammar`` decides spans and structure, ``normalize`` turns them into TIMEX3 values and
intervals, ``component`` is the ``factextract_dates`` spaCy factory and builds the records.
"""

from factextract.facts.dates.component import GROUP, find, to_records

__all__ = ["GROUP", "find", "to_records"]
