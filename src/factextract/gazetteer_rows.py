"""Row models of the gazetteer's data files (``data/gazetteer/``), and their readers.

Every row of every table is validated by one of these models, or by one of
``gazetteer_tables``' (the tables only the prebuilt places index is built from: countries,
continents, regions, counties, aliases); ``gazetteer.py`` turns the rows into entries and
indexes. Generated tables: countries, continents, first-level regions, US counties, cities and
their name indexes. Hand-written files: aliases, cues, stopwords.

The cities are read without touching their 170,000 rows: ``CityTable`` validates a row when a
lookup first reaches it, ``NameIndex`` finds a name by bisection in its file's lines. Their
``check`` methods validate everything up front (the test suite runs them).
"""

from __future__ import annotations

import marshal
import zlib
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, pairwise
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from pydantic import TypeAdapter, ValidationError

from factextract.errors import LexiconError
from factextract.lexicons import Row as _Row
from factextract.records import PlaceType

__all__ = ["PlaceType"]


class CityRow(NamedTuple):
    """One city (``cities.jsonl.blocks``): a JSON array in this field order, one per line. A row is
    validated when first read (``gazetteer.CityTable``), or all at once by ``gazetteer.check``.
    Its names are indexed in ``city_names.tsv.blocks`` and ``city_alternates.tsv.blocks``."""

    geonames_id: int
    name: str
    latitude: float
    longitude: float
    country_code: str
    admin1: str | None
    """GeoNames admin1 code, as in ``gazetteer_tables.Admin1Row.geonames_code``."""
    population: int


class Landmark(_Row):
    """A landmark news names alone, where the gazetteer holds only namesake towns:
    "Heathrow" is the London airport, not Heathrow, Florida; "Wall Street" lies in New York."""

    name: str
    type: PlaceType
    country_code: str
    admin1: str | None = None
    """ISO 3166-2 code of the first-level region it lies in."""


class Cue(_Row):
    """A place-type word: the type it gives and the gazetteer entry types it selects."""

    type: PlaceType
    prefers: tuple[PlaceType, ...]
    plural: str | None = None
    keeps_city: bool = False
    """Whether a town the gazetteer knows stays a city ("the Houston area")."""
    second_level_in: tuple[str, ...] = ()
    """Countries (ISO 3166-1 alpha-2) where GeoNames files the units so named at the second
    level, not the cue's ``type`` ("Canta province" in Peru is admin2)."""


class Cues(_Row):
    """Words around names (``cues.json``)."""

    comment: str = ""
    after: dict[str, Cue]
    before: dict[str, Cue]
    facility_heads: tuple[str, ...]
    dedication_heads: tuple[str, ...] = ()
    """Facility heads whose names honour a place rather than say where they are ("Pennsylvania
    Avenue")."""
    organization_heads: tuple[str, ...]
    organization_before_of: tuple[str, ...]
    person_titles: tuple[str, ...]
    person_roles: tuple[str, ...] = ()
    """Lower-case roles before a person's name ("mayor", "actress"): with a first name, no
    facility ("the mayor Andy Street")."""
    honorifics: tuple[str, ...] = ()
    """Before a facility head, a person's title ("Mr Street")."""
    speech_verbs: tuple[str, ...]
    state_pronouns: tuple[str, ...] = ()
    """Pronouns after a speech verb that make its subject a body, no person ("it", "its")."""
    locatives: tuple[str, ...]
    academic_words: tuple[str, ...] = ()
    """Before "at" or "from" and a town's name, the university named like it ("studied at
    Princeton")."""
    abroad_events: tuple[str, ...] = ()
    """Before "in" and a namesake town, an event or mission held abroad ("the Olympic Games in
    Athens"): it keeps a US dateline's local reading off."""
    personal_nouns: tuple[str, ...] = ()
    """After a possessive, what only a person has ("Jackson's lawyers", "Madison's mother"):
    a town named so is a person's name."""
    hazard_agents: tuple[str, ...] = ()
    """``hazard_nouns`` that are people, whose verbs may take people too ("gunmen attacked"):
    they place only the name right after the verb, not a list."""
    siege_participles: tuple[str, ...] = ()
    """After "was" and a town opening its sentence, what is done to towns at war ("Kherson was
    liberated"), not to people."""
    local_travel_verbs: tuple[str, ...] = ()
    """Before "to", travel within a day's reach ("drove to", "walked to"): a US dateline's
    namesake town, not the city abroad."""
    disaster_nouns: tuple[str, ...] = ()
    """After a town's possessive, a disaster that struck it, no person's ("Lahaina's
    wildfire", "Uvalde's school shooting"); two words at most."""
    incident_nouns: tuple[str, ...] = ()
    """After a US state's name, an incident that happened there ("the Idaho killings")."""
    service_nouns: tuple[str, ...] = ()
    """Before "District", a public body's service ("Water", "School"): an organization."""
    list_plurals: tuple[str, ...] = ()
    list_plural_leads: tuple[str, ...] = ()
    """Plural cues that type a list of names after them without "of" ("the counties Galway
    and Mayo"), and the words that may stand before such a cue."""
    hazard_nouns: tuple[str, ...] = ()
    hazard_verbs: tuple[str, ...] = ()
    """A hazard noun right before a hazard verb is a locative ("Flooding hit Venice")."""
    currency_nouns: tuple[str, ...]
    product_nouns: tuple[str, ...] = ()
    treaty_nouns: tuple[str, ...] = ()
    owner_nouns: tuple[str, ...] = ()
    party_nouns: tuple[str, ...] = ()
    model_nouns: tuple[str, ...] = ()
    feature_words: tuple[str, ...] = ()
    feature_words_before_of: tuple[str, ...] = ()
    water_words: tuple[str, ...] = ()
    water_nouns: tuple[str, ...] = ()
    land_nouns: tuple[str, ...] = ()
    feature_nouns_before: tuple[str, ...] = ()
    compass_words: tuple[str, ...] = ()
    rank_words: tuple[str, ...] = ()
    beating_verbs: tuple[str, ...] = ()
    operator_participles: tuple[str, ...] = ()
    listing_participles: tuple[str, ...] = ()
    part_adjectives: tuple[str, ...] = ()
    company_heads: tuple[str, ...] = ()
    company_nouns: tuple[str, ...] = ()
    club_prefixes: tuple[str, ...] = ()
    vessel_nouns: tuple[str, ...] = ()
    vessel_measures: tuple[str, ...] = ()
    match_before: tuple[str, ...] = ()
    match_after: tuple[str, ...] = ()
    match_cues: tuple[str, ...] = ()
    college_heads: tuple[str, ...] = ()
    state_bodies: tuple[str, ...] = ()
    county_prefix_countries: tuple[str, ...] = ()
    region_titles: tuple[str, ...] = ()
    member_titles: tuple[str, ...] = ()
    officer_titles: tuple[str, ...] = ()
    country_titles: tuple[str, ...] = ()
    sport_roles: tuple[str, ...] = ()
    team_roles: tuple[str, ...] = ()
    sport_before: tuple[str, ...] = ()
    sport_words: tuple[str, ...] = ()
    opponent_locatives: tuple[str, ...] = ()
    club_names: tuple[str, ...] = ()
    team_contests: tuple[str, ...] = ()
    club_locatives: tuple[str, ...] = ()
    team_agreement: tuple[str, ...] = ()
    club_verbs: tuple[str, ...] = ()
    club_auxiliaries: tuple[str, ...] = ()
    club_fillers: tuple[str, ...] = ()
    club_objects: tuple[str, ...] = ()
    club_followers: tuple[str, ...] = ()
    relation_nouns: tuple[str, ...] = ()
    river_countries: tuple[str, ...] = ()
    river_named_countries: tuple[str, ...] = ()
    river_named_regions: tuple[str, ...] = ()


class Stopwords(_Row):
    """Names that are usually words or people (``stopwords.json``)."""

    comment: str = ""
    common_words: tuple[str, ...]
    demonyms: tuple[str, ...]
    brands: tuple[str, ...] = ()
    company_names: tuple[str, ...] = ()
    event_venues: tuple[str, ...] = ()
    event_words: tuple[str, ...] = ()
    brand_phrases: tuple[str, ...] = ()
    first_names: tuple[str, ...] = ()
    """Common first names: before a one-word facility head, with a role or a speech verb, a
    person ("mayor Andy Street")."""
    given_names: tuple[str, ...]
    alternate_words: tuple[str, ...] = ()
    """English words that GeoNames gives a city as an alternate name ("Turn", Angren): read
    so, a city needs its country named; a locative is not enough."""


class Nationalities(_Row):
    """Words for a country's people or things (``nationalities.json``)."""

    comment: str = ""
    nationalities: dict[str, str]
    """Capitalized word -> ISO 3166-1 alpha-2 code ("Spanish": "ES")."""
    phrases: dict[str, str | None]
    """Two words read before the second alone ("South African": "ZA"); None tells no
    country ("Latin American")."""
    bodies: dict[str, str]
    """A national institution, force or party -> its country ("RCMP": "CA"), read like a
    nationality word."""


# --- reading the files ---------------------------------------------------------------------

_T = TypeVar("_T")
INDEX_HEADER = b"name\trows"
"""First line of the name indexes (keep in sync with ``scripts/build_gazetteer.py``)."""


def read_table(adapter: TypeAdapter[list[_T]], path: Path) -> list[_T]:
    """A JSON list of rows validated in one call: eight times faster than ``lexicons``' row by
    row for the 3,562 regions. Errors name the file, the row and the field all the same."""
    try:
        return adapter.validate_json(path.read_bytes())
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read gazetteer table: {exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        if not first["loc"]:
            raise LexiconError(f"{path}: {first['msg']}") from exc
        row, *inside = first["loc"]
        where = ".".join(str(part) for part in inside)
        raise LexiconError(f"{path}, row {int(row) + 1}: field {where!r}: {first['msg']}") from exc


BLOCK_LINES = 256
"""Lines per block of a block file (``BlockLines``): a first article reads some 20 of the 666
blocks of the cities and 60 of the 713 of their names, so inflating and splitting only those
spares most of the three files' 13 MB (a twentieth of the cold start); smaller blocks compress
worse (256: 5.37 MB for the three files, against 5.04 MB as one gzip stream each)."""
BLOCKS_MAGIC = b"factextract blocks 1\n"
"""First line of a block file (``block_bytes``)."""
_BLOCKS_MARSHAL = 2
"""No shared references: the header's bytes depend on nothing but its values."""


def block_bytes(text: bytes) -> bytes:
    """``text`` as a block file: ``BLOCKS_MAGIC``, the header's length (4 bytes, little-endian),
    the header (zlib-compressed ``marshal`` of lines per block, line count, each block's end
    offset, the CRC-32 of its text and its first line), then each ``BLOCK_LINES`` lines as
    one raw deflate stream. ``BlockLines`` reads it a block at a time."""
    lines = text.splitlines(keepends=True)
    blocks, crcs, firsts = [], [], []
    for start in range(0, len(lines), BLOCK_LINES):
        chunk = b"".join(lines[start : start + BLOCK_LINES])
        deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
        blocks.append(deflate.compress(chunk) + deflate.flush())
        crcs.append(zlib.crc32(chunk))
        firsts.append(lines[start].rstrip(b"\r\n"))
    ends = tuple(accumulate(len(b) for b in blocks))
    header = (BLOCK_LINES, len(lines), ends, tuple(crcs), tuple(firsts))
    packed = zlib.compress(marshal.dumps(header, _BLOCKS_MARSHAL), 9)
    return b"".join((BLOCKS_MAGIC, len(packed).to_bytes(4, "little"), packed, *blocks))


@dataclass(frozen=True, slots=True)
class BlockLines:
    """The lines of a block file (``block_bytes``), inflated and split a block at a time when
    first read, then kept."""

    source: Path
    data: bytes = field(repr=False)
    start: int
    """Offset of the first block in ``data``."""
    per_block: int
    size: int
    ends: tuple[int, ...]
    """End of each block, from ``start``."""
    crcs: tuple[int, ...]
    firsts: tuple[bytes, ...] = field(repr=False)
    """Each block's first line: bisected before a block is read."""
    blocks: list[list[bytes] | None] = field(repr=False, compare=False)
    """The blocks read so far, split into lines."""

    @classmethod
    def read(cls, path: Path) -> BlockLines:
        try:
            data = path.read_bytes()
            if not data.startswith(BLOCKS_MAGIC):
                raise ValueError("not a block file (rebuild the table)")
            begin = len(BLOCKS_MAGIC) + 4
            start = begin + int.from_bytes(data[len(BLOCKS_MAGIC) : begin], "little")
            per_block, size, ends, crcs, firsts = marshal.loads(zlib.decompress(data[begin:start]))
        except (OSError, EOFError, ValueError, TypeError, zlib.error) as exc:
            raise LexiconError(f"{path}: cannot read gazetteer table: {exc}") from exc
        return cls(path, data, start, per_block, size, ends, crcs, firsts, [None] * len(ends))

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, i: int) -> bytes:
        return self.block(i // self.per_block)[i % self.per_block]

    def block(self, k: int) -> list[bytes]:
        """The lines of block ``k``."""
        found = self.blocks[k]
        if found is None:
            found = self.blocks[k] = self.inflate(k).splitlines()
        return found

    def inflate(self, k: int) -> bytes:
        """The text of block ``k``, checked against its CRC-32."""
        begin = self.start + (self.ends[k - 1] if k else 0)
        try:
            text = zlib.decompress(self.data[begin : self.start + self.ends[k]], wbits=-15)
        except zlib.error as exc:
            raise LexiconError(f"{self.source}, block {k}: {exc}") from exc
        if zlib.crc32(text) != self.crcs[k]:
            raise LexiconError(f"{self.source}, block {k}: CRC-32 mismatch (rebuild the table)")
        return text

    def text(self) -> bytes:
        """The whole text, as ``block_bytes`` was given it."""
        return b"".join(self.inflate(k) for k in range(len(self.ends)))

    def all(self) -> list[bytes]:
        """Every line (every block read)."""
        return [line for k in range(len(self.ends)) for line in self.block(k)]

    def position(self, x: Any, lo: int = 0, key: Callable[[bytes], Any] | None = None) -> int:
        """``bisect_left`` of the lines from ``lo`` (less than ``per_block``) on, sorted from
        there: the blocks' first lines, then one block's."""
        firsts = self.firsts
        if not firsts:
            return 0
        j = bisect_left(firsts, x, 1, key=key)
        if j < len(firsts) and (firsts[j] if key is None else key(firsts[j])) == x:
            return j * self.per_block  # no need to read the block before it
        found = bisect_left(self.block(j - 1), x, lo if j == 1 else 0, key=key)
        return (j - 1) * self.per_block + found

    def following(self, x: bytes, lo: int = 0) -> bytes:
        """The line at ``position(x, lo)``, or b"" past the last: a name index's every
        question, so the block read is not looked up twice."""
        firsts = self.firsts
        if not firsts:
            return b""
        j = bisect_left(firsts, x, 1)
        if j < len(firsts) and firsts[j] == x:
            return x
        block = self.blocks[j - 1] or self.block(j - 1)
        i = bisect_left(block, x, lo if j == 1 else 0)
        return block[i] if i < len(block) else firsts[j] if j < len(firsts) else b""


@dataclass(frozen=True, slots=True)
class CityTable:
    """The cities (``cities.jsonl.blocks``), one JSON array per line, sorted by GeoNames id; a
    row is parsed and validated by ``CityRow`` when first read, then kept."""

    source: Path
    lines: BlockLines
    parsed: dict[int, CityRow] = field(default_factory=dict)
    rows_by_id: dict[int, int] = field(default_factory=dict)
    """Row of each GeoNames id in ``parsed``: ``find`` needs no bisection for a city a lookup
    already reached (every record of a city asks). Ids are unique, as ``check`` makes sure."""

    @classmethod
    def read(cls, path: Path) -> CityTable:
        return cls(path, BlockLines.read(path))  # JSON escapes the line breaks inside names

    def __len__(self) -> int:
        return len(self.lines)

    def row(self, i: int) -> CityRow:
        """Row ``i`` (0-based; line ``i + 1`` of the file)."""
        row = self.parsed.get(i)
        if row is None:
            row = self.parsed[i] = self._validate(i)
            self.rows_by_id[row.geonames_id] = i
        return row

    def find(self, geonames_id: int) -> int | None:
        """The row of a GeoNames id: a row already read, else by bisection."""
        known = self.rows_by_id.get(geonames_id)
        if known is not None:
            return known
        try:
            i = self.lines.position(geonames_id, key=_row_id)
        except ValueError as exc:
            raise LexiconError(f"{self.source}: a row is not a JSON array: {exc}") from exc
        found = i < len(self.lines) and _row_id(self.lines[i]) == geonames_id
        return i if found else None

    def check(self) -> None:
        """Validate every row, and the order that ``find`` relies on."""
        previous = -1
        self.lines.all()
        for i in range(len(self.lines)):
            geonames_id = self._validate(i).geonames_id
            if geonames_id <= previous:
                raise LexiconError(
                    f"{self.source}, row {i + 1}: rows must be sorted by GeoNames id"
                )
            previous = geonames_id

    def _validate(self, i: int) -> CityRow:
        try:
            return _city_row().validate_json(self.lines[i], strict=True)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = first["loc"]
            name = CityRow._fields[int(loc[0])] if loc and str(loc[0]).isdigit() else loc
            raise LexiconError(
                f"{self.source}, row {i + 1}: field {name!r}: {first['msg']}"
            ) from exc


def _row_id(line: bytes) -> int:
    """The GeoNames id that opens a row (``[2332459,"Lagos",...``), without parsing the rest."""
    return int(line[1 : line.index(b",")])


@cache
def _city_row() -> TypeAdapter[CityRow]:
    return TypeAdapter(CityRow)


@dataclass(frozen=True, slots=True)
class NameIndex:
    """A generated index (``city_names.tsv.blocks``, ``city_alternates.tsv.blocks``):
    ``name<TAB>rows`` lines sorted by name, searched by bisection in the file's own lines. A
    dict of its 190,000 names would take longer to build than all the rest of the
    gazetteer."""

    source: Path
    lines: BlockLines
    """The file's lines; line 0 is the header."""
    merged: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """Names whose rows changed at load (hand-written aliases); they win over ``lines``."""
    _merged_sorted: list[str] = field(default_factory=list, repr=False, compare=False)
    """``merged``'s names in order, for ``begins`` (rebuilt when names are added)."""

    @classmethod
    def read(cls, path: Path) -> NameIndex:
        lines = BlockLines.read(path)  # the build keeps line breaks out of names
        if not lines.firsts or lines.firsts[0] != INDEX_HEADER:
            raise LexiconError(f"{path}: expected the header {INDEX_HEADER!r} (rebuild the table)")
        return cls(path, lines)

    def get(self, name: str) -> tuple[int, ...]:
        """City rows called ``name``, most populous first."""
        found = self.merged.get(name)
        if found is not None:
            return found
        probe = name.encode("utf-8") + b"\t"
        line = self.lines.following(probe, 1)
        if line.startswith(probe):
            return tuple(map(int, line[len(probe) :].split()))
        return ()

    def begins(self, prefix: str) -> bool:
        """Whether some name of the index starts with ``prefix`` (lines sorted by bytes: the
        first line at or after the prefix starts with it, if any does)."""
        ordered = self._merged_sorted
        if len(ordered) != len(self.merged):  # names are only added (at load)
            ordered[:] = sorted(self.merged)
        k = bisect_left(ordered, prefix)  # the names that start with it follow it at once
        if k < len(ordered) and ordered[k].startswith(prefix):
            return True
        probe = prefix.encode("utf-8")
        return self.lines.following(probe, 1).startswith(probe)

    def check(self, rows: int) -> None:
        """Every line a name, a tab and row numbers below ``rows``; lines sorted, each name
        once (what ``get`` relies on)."""
        lines = self.lines.all()
        for number, (before, line) in enumerate(pairwise(lines[1:]), 3):
            if before >= line or before.split(b"\t")[0] == line.split(b"\t")[0]:
                raise LexiconError(
                    f"{self.source}, line {number}: lines must be sorted, names once"
                )
        for number, line in enumerate(lines[1:], 2):
            name, _, refs = line.decode("utf-8").partition("\t")
            if not name or not all(r.isdigit() and int(r) < rows for r in refs.split(" ")):
                raise LexiconError(
                    f"{self.source}, line {number}: {line!r}: expected name<TAB>rows"
                )
