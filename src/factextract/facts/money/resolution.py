"""Which currency an ambiguous marker ("$", "¥", "Rs", "rupees", "R", "N") means in an
article: explicit currencies first, then places, then the marker's default, with how sure that is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from factextract import lexicons
from factextract.facts.money.evidence import _LENDS, Evidence, located_places, named_places
from factextract.patterns import LazyPattern

if TYPE_CHECKING:
    from factextract.facts.money.amounts import Parts


def ambiguous_marker(marker: str) -> lexicons.AmbiguousMarker | None:
    """The lexicon entry of a marker several currencies share ("$", "Rupees"), or None."""
    ambiguous = lexicons.currency_index().ambiguous
    return ambiguous.get(marker if marker in ambiguous else marker.lower())


class Resolution:
    """Which currency an ambiguous marker means in this article, and how sure that is."""

    # Not a dataclass: its generated methods are compiled at import (issue #7).
    __slots__ = ("certain", "code", "reason")
    code: str | None
    certain: bool
    reason: str

    def __init__(
        self,
        code: str | None,
        certain: bool,
        reason: str,
    ) -> None:
        self.code = code
        self.certain = certain
        self.reason = reason


# A bare "$" amount in parentheses ("A$50 million ($33 million)", "(about $33 million)"):
# the convention of an article that writes "$" for US dollars beside its own dollar.
_RESTATED_IN_DOLLARS = LazyPattern(r"\((?:[a-z]+ ){0,2}\$\d")
_USD_MARKED = LazyPattern(r"US ?\$|U\.S\.\$|\$US|\bUSD\b")
_RESTATED_TAIL = r"[\d.,]*(?:[ ]?(?:[mb]n?|[a-z]+illion))?[ ]\((?:[a-z]+ ){0,2}\$\d"
"""An amount's rest and a bare "$" restating it in brackets: " billion ($7.59"."""


class Unlisted(lexicons.Row):
    """``unlisted_currencies.json``: currencies with no ISO 4217 List One code."""

    comment: str = ""
    names: frozenset[str]
    after_capital: frozenset[str]
    other_places: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def _other_places() -> dict[str, re.Pattern[str]]:
    """Per name a listed currency shares with an unlisted or retired one
    (``unlisted_currencies.json`` other_places: "francs", "lira"), the places where it means
    that other money, as written or in a dateline's capitals ("PARIS -", "KIGALI -")."""
    table = lexicons.load_object(Unlisted, "unlisted_currencies.json").other_places
    return {
        name: re.compile(
            r"\b(?:" + "|".join(re.escape(p) for p in (*ps, *(p.upper() for p in ps))) + r")\b"
        )
        for name, ps in table.items()
    }


@lru_cache(maxsize=1)
def other_money_names() -> frozenset[str]:
    """The names a listed currency shares with an unlisted or retired one ("francs")."""
    return frozenset(_other_places())


class CurrencyResolver:
    """Resolves an article's ambiguous markers. Its evidence is counted on the first question:
    an article whose amounts all carry unambiguous markers ("US$", "yuan") needs no count."""

    __slots__ = ("_evidence", "_resolved", "analyzed", "marked", "rates_at", "rates_seen", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._evidence: Evidence | None = None
        # ``resolve`` answers by marker: every amount of the article asks again.
        self._resolved: dict[str, Resolution] = {}
        # ``analyze`` answers by number offsets: record building reads what ``find`` did.
        self.analyzed: dict[tuple[int, int], Parts | None] = {}
        # ``currency_marked`` by number offsets: the quantities ask about numbers money read.
        self.marked: dict[tuple[int, int], bool] = {}
        # Whether a number was an exchange rate ("360 per dollar"): only then may another
        # number be the rate it moved from, and only then is that looked for.
        self.rates_seen = False
        # Where those rates stand (their value's first character): a level named after one in
        # its sentence is the same rate's ("at 147.62 yen, having touched a low of 146.54").
        self.rates_at: list[int] = []

    def saw_rate(self, at: int) -> None:
        """Remember an exchange rate's value at char ``at``."""
        self.rates_seen = True
        self.rates_at.append(at)

    @classmethod
    def of(cls, text: str) -> CurrencyResolver:
        return _resolver(text)

    @property
    def evidence(self) -> Evidence:
        if self._evidence is None:
            self._evidence = Evidence.count(self.text)
        return self._evidence

    @property
    def explicit(self) -> Counter[str]:
        return self.evidence.explicit

    @property
    def places(self) -> Counter[str]:
        return self.evidence.places

    def other_money(self, marker: str, code: str) -> bool:
        """Whether a name a listed currency shares with an unlisted or retired one ("francs",
        "lira") means the other one here: its places outnumber the listed currency's ("PARIS -
        ... 500 million francs" are French francs, which no ISO 4217 List One code names)."""
        places = _other_places().get(marker.lower())
        if places is None:
            return False
        # A shared name's current currency stated elsewhere ("Swiss francs") counts for it.
        own = self.places[code] + (self.explicit[code] if ambiguous_marker(marker) else 0)
        return len(places.findall(self.text)) > own

    def explicit_own(self, marker: str) -> int:
        return self.evidence.lent[marker]

    def resolve(self, marker: str) -> Resolution:
        """The currency of an ambiguous marker ("$", "rupees") in this article."""
        found = self._resolved.get(marker)
        if found is None:
            found = self._resolved[marker] = self._resolve(marker)
        return found

    def in_sentence(self, marker: str, found: Resolution, start: int, end: int) -> Resolution:
        """The article's guess ``found`` for a shared name that is no dollar ("kwacha",
        "pesos"), or the one candidate whose places the amount's own sentence (chars ``start``
        to ``end``) names as where it is (``located_places``), a guess too ("LUSAKA - ... Maize
        prices in Malawi rose to 1,200 kwacha": MWK, not the dateline's ZMW; "MEXICO CITY -
        Exports to Argentina rose to 5 billion pesos" stays MXN). Where the sentence names
        the dateline's candidate and no other, no other is written out and the name is no
        unit's ("pounds"), that one is sure
        ("NAIROBI - ... Tourism earned Kenya 352.5 billion shillings", Tanzania named
        elsewhere). A certain reading stays."""
        entry = ambiguous_marker(marker)
        if found.certain or entry is None or entry.default == "USD":
            return found
        home = self._dateline_candidate(marker, entry)
        if (
            home is not None
            and not any(self.explicit[c] for c in entry.candidates if c != home)
            and marker.lower() not in lexicons.unit_index()[1]  # "pounds" may weigh
        ):
            named = named_places(self.text[start:end])
            if [c for c in entry.candidates if named[c]] == [home]:
                # "NAIROBI - ... Tourism earned Kenya 352.5 billion shillings": the sentence
                # and the dateline name the one country, whatever the article names elsewhere
                return Resolution(home, True, f"its sentence and the dateline name {home}")
        counts = located_places(self.text[start:end])
        local = [c for c in entry.candidates if counts[c]]
        if len(local) != 1 or local[0] == found.code:
            return found
        return Resolution(local[0], False, f"places in its sentence point to {local[0]}")

    def _dateline_candidate(self, marker: str, entry: lexicons.AmbiguousMarker) -> str | None:
        """The one currency of a shared name whose place the dateline's city is ("NAIROBI":
        KES of "shillings"), or None; none for a symbol ("¥" in a BEIJING story may be yen,
        which a stated conversion's rate decides)."""
        if not marker[:1].isalpha():
            return None
        dateline = self.evidence.dateline
        home = [c for c in entry.candidates if dateline[c]]
        return home[0] if len(home) == 1 else None

    def _resolve(self, marker: str) -> Resolution:
        entry = ambiguous_marker(marker)
        assert entry is not None, f"{marker!r} is no ambiguous marker"
        if entry.default == "USD":
            return self._dollar(marker, entry)
        own = _LENDS.get(marker)  # "£" is evidence for "pounds", not for itself
        stated = [
            c for c in entry.candidates if self.explicit[c] - (c == own) * self.explicit_own(marker)
        ]
        if len(stated) == 1:
            return Resolution(stated[0], True, f"the article states {stated[0]} elsewhere")
        seen = sorted(
            (c for c in entry.candidates if self.places[c]),
            key=lambda c: (-self.places[c], entry.candidates.index(c)),
        )
        if seen and entry.candidates == (seen[0],):
            return Resolution(seen[0], True, f"places in the article confirm {seen[0]}")  # R, N
        if seen and seen[0] != entry.default:
            # A marker with no reading of its own ("Sh") is sure where places name only one of
            # its currencies ("Sh300 million" in a Kenyan story); a default's rival is not, nor
            # a unit's name ("pounds" in Egypt may be weight).
            # A dateline in the one candidate's country is sure too ("MANILA - ... The peso
            # ended at 56.03 per dollar" with no other peso country named).
            certain = (
                (
                    entry.default is None
                    or entry.places_decide
                    or self._dateline_candidate(marker, entry) == seen[0]
                )
                and len(seen) == 1
                and not stated
                and marker.lower() not in lexicons.unit_index()[1]
            )
            return Resolution(seen[0], certain, f"places in the article point to {seen[0]}")
        if len(seen) == 1 and not stated:
            return Resolution(seen[0], True, f"places in the article point to {seen[0]} only")
        if entry.default is None:
            return Resolution(None, False, "no evidence for any currency")
        # A default sure by itself ("rupees": INR) is a guess where places of the article name
        # its other currencies more than half as often as its own ("ISLAMABAD - ... In India,
        # ..."): a rate's reference may then refute it (exchange_rates._reread).
        rivals = sum(self.places[c] for c in seen[1:])
        certain = (
            entry.default_certain
            and len(stated) < 2
            and (not seen or self.places[seen[0]] >= 2 * rivals)
        )
        return Resolution(entry.default, certain, f"default reading of {marker!r}")

    def _dollar(self, marker: str, entry: lexicons.AmbiguousMarker) -> Resolution:
        """A bare "$" is USD unless the article says otherwise. An article that writes US$
        or USD explicitly uses bare "$" for another dollar (its own); one that writes its
        local currency explicitly (MX$, A$) and restates it in "$" ("A$5 ($3.4)") keeps bare
        "$" for US dollars, as wire services do. An article set in one dollar country
        ("SYDNEY -", "the NSW government") that names no other currency explicitly is local
        news: its "$" is that country's, even where it writes it out once ("A$50 million").
        Any reading but plain USD is marked uncertain."""
        others = sorted(
            (c for c in entry.candidates if c != "USD" and (self.explicit[c] or self.places[c])),
            key=lambda c: (-self.explicit[c], -self.places[c], entry.candidates.index(c)),
        )
        if (
            self.explicit["USD"]
            and others
            and _USD_MARKED.search(self.text) is None
            and self._restates_own_dollar(others[0])
        ):
            # "NT$247.8 billion ($7.59 billion)": the writer's bare "$" is not the local
            # dollar, though US dollars are named in words ("in U.S. dollar terms"); an
            # article that marks amounts US$ uses "$" for its own (a test row keeps that)
            return Resolution(
                "USD", False, f"the article restates {others[0]} amounts in '$', its US dollars"
            )
        if self.explicit["USD"] and others:
            return Resolution(
                others[0], False, f"the article writes US dollars as such and points to {others[0]}"
            )
        if (
            entry.minor is not None
            and others
            and self.explicit[others[0]]
            and self._cents_of(others)
        ):
            # "1.82 euros per litre, 10 cents more", and in a wire story from Frankfurt too
            # (whose "$" alone would be US dollars): no dollar is named, so euro cents
            return Resolution(
                others[0], False, f"the article names no dollar: cents of {others[0]}"
            )
        # A passing mention ("rivals in Taiwan") is no evidence; an explicit A$, or repeated
        # places that outnumber American ones (a wire's "(AP)", "(Reuters)" count as American:
        # their style writes bare "$" for US dollars only), are.
        total = sum(self.places.values())
        located = [
            c
            for c in others
            if self.places[c] > self.places["USD"]
            and (self.places[c] >= 2 or self.places[c] == total)
        ]
        if located:
            local = located[0]
            if lexicons.wire_credit().search(self.text):
                why = f"a wire story writes US dollars as '$', though its places point to {local}"
            elif self.explicit[local] and _RESTATED_IN_DOLLARS.search(self.text):
                why = f"the article writes {local} out and restates amounts in '$'"
            elif self._names_in_words(local):
                why = f"the article names its own money in words; its places point to {local}"
            elif any(n for code, n in self.explicit.items() if code != local):
                # An article that names other currencies ("kronor", "taka") and gives their
                # worth in "$" writes for an international reader: US dollars.
                why = f"the article names other currencies; its places point to {local}"
            else:
                # Its own dollar written out ("A$50 million") but never restated in "$" does
                # not make the bare "$" of a local story American.
                return Resolution(local, False, f"places in the article point to {local}")
            return Resolution("USD", False, why)
        if others and self.explicit[others[0]]:
            return Resolution(
                "USD", False, f"US dollars by default, but the article also points to {others[0]}"
            )
        return Resolution("USD", entry.default_certain, f"default reading of {marker!r}")

    def _restates_own_dollar(self, code: str) -> bool:
        """Whether an amount written with ``code``'s own dollar sign is restated in a bare
        "$" right after it: "NT$247.8 billion ($7.59 billion)", "A$5m (about $3.4m)"."""
        signs = [s for s, c in lexicons.currency_index().symbols.items() if c == code and "$" in s]
        if not signs:
            return False
        return (
            re.search(rf"(?:{'|'.join(map(re.escape, signs))})[ ]?\d{_RESTATED_TAIL}", self.text)
            is not None
        )

    def _cents_of(self, others: list[str]) -> bool:
        """Whether the article's "cents" are of the one other currency it writes out: no
        dollar of any kind is named or marked ("$", "dollars") and no second currency is."""
        stated = [c for c in others if self.explicit[c]]
        return len(stated) == 1 and "$" not in self.text and "dollar" not in self.text.lower()

    def _names_in_words(self, code: str) -> bool:
        """Whether the article names a money of ``code``'s that is no dollar ("pesos"): it
        then writes its own money in words and keeps "$" for US dollars."""
        return any(
            code in entry.candidates
            and "USD" not in entry.candidates
            and re.search(rf"\b{re.escape(name)}\b", self.text, re.IGNORECASE)
            for name, entry in lexicons.currency_index().ambiguous.items()
            if name.isalpha()
        )


@lru_cache(maxsize=32)
def _resolver(text: str) -> CurrencyResolver:
    # The money component and record building read the same article: count it once.
    return CurrencyResolver(text)


_NEW_ONLY = LazyPattern(r"\b(?i:soberanos?|sovereign|digital(?:es)?)\b")
"""Words that name only the currency a dated code took over with ("bolivar soberano",
"digital bolivars"): its code whatever the article's day."""
_NEW_ONLY_AFTER = 12
"""How far after an amount such a word may stand ("130 bolívares soberanos": the amount
ends at its marker)."""
_OLD_ONLY = LazyPattern(r"[ \u00a0]+(?i:fuertes?)\b")
"""A word after the name that marks the earlier currency ("10 bolivares fuertes": VEF)."""


def code_of_day(
    code: str, text: str, start: int, end: int, published: dt.date | None
) -> str | None:
    """The ISO 4217 List One code of an amount or rate at ``start:end`` read as ``code``, on
    the article's day: a code that took over its names on a day (``lexicons.Currency.since``:
    "69.79 bolivars per dollar" is VES from 2018-08-20) is the earlier currency before it
    (VEF, retired: None) and unknown (None) in an article of no date; a name only the new
    currency has ("bolivares soberanos") keeps it, one only the old has ("bolivares
    fuertes") is the old one's.

    >>> code_of_day("VES", "5 bolivars", 0, 10, dt.date(2019, 1, 1))
    'VES'
    >>> code_of_day("VES", "5 bolivars", 0, 10, dt.date(2017, 1, 1)) is None
    True
    """
    dated = lexicons.dated_currencies().get(code)
    if dated is None or dated.since is None:
        return code  # most currencies
    if _OLD_ONLY.match(text, end):
        old = dated.before
    elif _NEW_ONLY.search(text, start, end + _NEW_ONLY_AFTER) or (
        published is not None and published >= dated.since
    ):
        return code
    else:
        old = dated.before if published is not None else None
    return old if old is not None and old in lexicons.iso4217() else None
