"""Dates: detection and TIMEX3 normalization anchored at the publication date.

``grammar`` decides spans and structure (trying each rule only where ``scan`` finds one of its
leads), ``normalize`` turns them into TIMEX3 values and intervals (``values``) with the
normalizers of ``days``, ``periods`` and ``durations``, ``component`` is the
``factextract_dates`` spaCy factory and builds the records.
"""

from factextract.facts.dates.component import GROUP, find, to_records

__all__ = ["GROUP", "find", "to_records"]
