"""Regenerate ``src/factextract/data/iso4217.json`` from pycountry's ISO 4217 list.

Run ``python scripts/build_iso4217.py`` after upgrading pycountry; ``tests/test_lexicons.py``
regenerates the table in memory and fails when the committed file differs.

Minor units come from ISO 4217 List One (pycountry does not carry them): most currencies have
two decimals; the exceptions are listed below. Funds, precious metals and testing codes have no
minor unit (null).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry

TARGET = Path(__file__).resolve().parent.parent / "src" / "factextract" / "data" / "iso4217.json"

_ZERO = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
_THREE = "BHD IQD JOD KWD LYD OMR TND"
_NONE = "XAD XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA XXX"
MINOR_UNITS: dict[str, int | None] = {
    **dict.fromkeys(_ZERO.split(), 0),
    **dict.fromkeys(_THREE.split(), 3),
    **dict.fromkeys(["CLF", "UYW"], 4),
    **dict.fromkeys(_NONE.split(), None),
}


def table() -> str:
    """The JSON text of the table: one row per active code, sorted by code."""
    rows = [
        {"code": c.alpha_3, "name": c.name, "minor_unit": MINOR_UNITS.get(c.alpha_3, 2)}
        for c in sorted(pycountry.currencies, key=lambda c: c.alpha_3)
    ]
    body = ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in rows)
    return "[\n" + body + "\n]\n"


if __name__ == "__main__":
    TARGET.write_text(table(), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
