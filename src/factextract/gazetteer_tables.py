"""Row models of the gazetteer's tables that only the places index is built from
(``countries.json``, ``continents.json``, ``admin1.json``, ``admin2.json``,
``subdivisions.json``, ``aliases.json``): ``gazetteer.load`` reads them when the prebuilt
index is written, stale or missing, and ``gazetteer.check`` in the tests. Apart from
``gazetteer_rows`` so that a process reading the prebuilt index builds none of their classes
(seven Pydantic models, about 2 % of what the package's import builds; issue #7).
"""

from __future__ import annotations

from pydantic import Field

from factextract.gazetteer_rows import Landmark
from factextract.lexicons import Row as _Row


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
    """One US county (``admin2.json``), keyed ``US-<FIPS code>``, or one second-level ISO
    3166-2 subdivision news names alone (``subdivisions.json``: "Kent", "Fife", "Meath"),
    keyed by its ISO code."""

    key: str
    name: str
    country_code: str
    admin1: str
    """ISO 3166-2 code of the first-level region it lies in (its ISO parent); the country's
    code for a GeoNames first-level region of a country that ISO 3166-2 gives none (Kosovo's
    districts)."""
    aliases: tuple[str, ...] = ()
    geonames_code: str | None = None
    """GeoNames admin1 code of the cities inside, for a subdivision that GeoNames counts as
    first-level where ISO 3166-2 does not (Indonesia's provinces, under its islands): such a
    row is an ``admin1`` place, and the cities inside lie in it."""
    geonames_id: int | None = None
    """GeoNames' own id of such a first-level region (``scripts/geonames_admin1.tsv``: Central
    Java, filed as "Jawa Tengah", is 1642669); only with ``geonames_code``."""
    named: bool = True
    """False where news means another place by the name (the city "Jakarta", the island
    "Bali"): the region is only where its cities lie, never a reading of the name."""
    cued: bool = False
    """True where news means a town by the name alone ("Cebu", "Leyte"): the region is read
    only before or after a place-type word ("Cebu province", "the province of Leyte"); with
    ``geonames_code`` too, where news means a city abroad or a person ("the Sofia region" of
    Madagascar, "the Diana region"), and the cities inside still lie in it."""


class RegionAlias(_Row):
    """A place above or across countries ("Southeast Asia", "the Rift Valley")."""

    key: str
    name: str
    country_code: str | None = None
    admin1: str | None = None
    """ISO 3166-2 code of the first-level region it lies in ("Yorkshire": England)."""
    aliases: tuple[str, ...] = ()
    prominent: bool = False
    """News means the region by its names alone, over same-named cities and first-level
    regions: "Gaza" is the Gaza Strip; the city is written "Gaza City"."""
    feature: bool = False
    """A natural feature (a sea, strait, gulf, river, lake or mountain range: "the Red Sea",
    "the Rhine"): no guard against features named after places drops it."""
    article: bool = False
    """Its one-word names are adjectives or towns too (and longer ones that are towns' names:
    "Rio Grande"): they name it only after a lower-case "the" and before no lower-case word
    they would qualify ("across the Atlantic."; not "the Mediterranean diet", "the Baltic
    states", "Pacific, Missouri")."""


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
    landmarks: tuple[Landmark, ...] = ()
    name_abbreviations: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """A name's abbreviated first word -> the words it stands for ("St." -> "Saint", "St"):
    "St. Paul" is also looked up among the cities as "Saint Paul" and "St Paul"."""
    prominent_admin1: tuple[str, ...] = ()
    """ISO 3166-2 codes of first-level regions news means by the name alone over the
    same-named city of their country ("Quebec"; the city is written "Quebec City")."""
    transliterated_regions: tuple[str, ...] = ()
    """Countries whose ISO 3166-2 region names are transliterations ("Al Quds"): a region
    named by a city's alternate name is shown by the city's English name ("Jerusalem")."""
    compass_regions: CompassRegions | None = None
    """The parts of first-level regions news names by a compass word ("West Texas")."""


class CompassRegions(_Row):
    """A compass word before a first-level region's name names a part of it ("West Texas",
    "Northern California", "Southern Ontario"), in the countries whose news writes so."""

    countries: tuple[str, ...]
    words: tuple[str, ...]
