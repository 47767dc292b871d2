"""Row models of the gazetteer's data files (``data/gazetteer/``).

Every row of every table is validated by one of these models; ``gazetteer.py`` turns the rows
into entries and indexes. Generated tables: countries, continents, first-level regions, US
counties, cities. Hand-written files: aliases, cues, stopwords.
"""

from __future__ import annotations

from typing import NamedTuple

from factextract.lexicons import Row as _Row
from factextract.records import PlaceType

__all__ = ["PlaceType"]


class CountryRow(_Row):
    """One country (``countries.json``): GeoNames id, ISO 3166-1 alpha-2 code and names."""

    geonames_id: int
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    population: int
    capital: str | None
    latitude: float | None
    longitude: float | None


class ContinentRow(_Row):
    """One continent (``continents.json``)."""

    geonames_id: int
    code: str
    name: str
    latitude: float
    longitude: float


class Admin1Row(_Row):
    """One ISO 3166-2 first-level subdivision (``admin1.json``)."""

    key: str
    """ISO 3166-2 code, e.g. ``CN-GX``."""
    geonames_id: int | None
    country_code: str
    geonames_code: str | None
    """GeoNames admin1 code of the cities inside (``16`` for Guangxi), when known."""
    name: str
    aliases: tuple[str, ...] = ()
    iso_type: str
    """ISO 3166-2 subdivision type: Province, State, County, Autonomous region, ..."""
    latitude: float | None
    longitude: float | None


class Admin2Row(_Row):
    """One US county (``admin2.json``), keyed ``US-<FIPS code>``."""

    key: str
    name: str
    country_code: str
    admin1: str


class CityRow(NamedTuple):
    """One city (``cities.json.gz``), a JSON array in this field order. Rows are validated and
    kept as plain tuples of these types (half the time of building NamedTuples: 0.17 s against
    0.34 s for 170,000 rows); ``CityRow._make`` names one when needed."""

    geonames_id: int
    name: str
    forms: tuple[str, ...]
    """Other index forms of the name (straight apostrophes, no diacritics: "Dusseldorf"),
    computed by the build so that loading folds nothing."""
    latitude: float
    longitude: float
    country_code: str
    admin1: str | None
    """GeoNames admin1 code, as in ``Admin1Row.geonames_code``."""
    population: int
    alternates: tuple[str, ...]
    """Alternate names in index form (exonyms of large cities: "Cologne" for Köln)."""


CityTuple = tuple[int, str, tuple[str, ...], float, float, str, str | None, int, tuple[str, ...]]
"""``CityRow`` as a plain tuple type (keep in sync)."""


class RegionAlias(_Row):
    """A place above or across countries ("Southeast Asia", "the Rift Valley")."""

    key: str
    name: str
    country_code: str | None = None
    aliases: tuple[str, ...] = ()


class Aliases(_Row):
    """Hand-written spellings (``aliases.json``)."""

    comment: str = ""
    countries: dict[str, tuple[str, ...]]
    admin1: dict[str, tuple[str, ...]]
    cities: dict[str, tuple[str, ...]]
    """GeoNames id -> English names news uses ("Cologne" for Köln): full names, not the
    weaker alternates."""
    abbreviations: dict[str, tuple[str, ...]]
    regions: tuple[RegionAlias, ...]


class Cue(_Row):
    """A place-type word: the type it gives and the gazetteer entry types it selects."""

    type: PlaceType
    prefers: tuple[PlaceType, ...]
    plural: str | None = None
    keeps_city: bool = False
    """Whether a town the gazetteer knows stays a city ("the Houston area")."""


class Cues(_Row):
    """Words around names (``cues.json``)."""

    comment: str = ""
    after: dict[str, Cue]
    before: dict[str, Cue]
    facility_heads: tuple[str, ...]
    organization_heads: tuple[str, ...]
    organization_before_of: tuple[str, ...]
    person_titles: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    locatives: tuple[str, ...]
    currency_nouns: tuple[str, ...]


class Stopwords(_Row):
    """Names that are usually words or people (``stopwords.json``)."""

    comment: str = ""
    common_words: tuple[str, ...]
    demonyms: tuple[str, ...]
    given_names: tuple[str, ...]
