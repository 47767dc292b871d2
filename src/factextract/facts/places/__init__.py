"""Places: countries, first-level regions, counties, cities and facilities, resolved to GeoNames
on a blank pipeline (no NER, no tagger), from a gazetteer and place-type cues.

    >>> import factextract
    >>> nlp = factextract.build_nlp()  # factextract_places runs before factextract_links
    >>> doc = nlp("It rained in Atlanta, Georgia, and in Tbilisi.")
    >>> for span in doc.spans["places"]:
    ...     print(span.text, span.id_, span.kb_id_)
    Atlanta name:city/context 4180439
    Georgia name:admin1/context 4197000
    Tbilisi name:city/prior 611717

``recognize`` finds mentions (names, cues, facilities, datelines), ``guards`` drops the words,
people and organizations among them, ``resolution`` picks the entry each mention means
(qualifiers, dateline, the article's other places, prominence) and ``component`` writes the
spans and reads them back as records. Each span has the label "place", the rule in
``span.id_`` as ``<how>:<type>/<resolution>`` ("cue:admin2/region" for "Leye county" placed by
"Guangxi" elsewhere in the article) and the GeoNames id, or a stable key ("CN-GX",
"US-48201"), in ``span.kb_id_``; places the gazetteer lacks ("Manlai village", facilities)
have an empty ``kb_id_``. ``to_record`` reads only these and the packaged gazetteer, so a Doc
carries nothing msgpack cannot serialize.
"""

from factextract.facts.places.component import (
    GROUP,
    LABEL,
    PlaceFinder,
    find,
    mentions,
    place_type,
    to_record,
)

__all__ = [
    "GROUP",
    "LABEL",
    "PlaceFinder",
    "find",
    "mentions",
    "place_type",
    "to_record",
]
