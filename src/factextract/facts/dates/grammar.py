"""The date grammar: which character spans are date expressions, and of which rule.

Each rule is one compiled regex with named groups; ``find_expressions`` runs them all, keeps
the longest non-overlapping matches, then joins pairs into ranges ("from 2016 to 2019",
"between March and May", "January-March"). Month and weekday names must be capitalized, and a
bare month needs a preposition before it ("in May"), so "may", "Theresa May" and "March on
Washington" are no dates. ``parse`` re-reads one expression's groups from its text.

A rule is only tried where one of its leads (``_LEADS``) finds a possible start: most rules
begin with ``\b`` or an optional group, so ``finditer`` would try them at every character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import AnyStr, NamedTuple

from factextract import lexicons

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
# A bare month needs its full name: "Jan" and "Mar" are also names (Jan Smith, Mar-a-Lago).
_FULL_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_UNIT = r"(?:year|month|week|day|decade|century|centurie|quarter|fortnight)s?"
_NUMBER = (
    r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|eighteen|twenty|thirty|forty|fifty|sixty|several|a\s+few|a\s+couple\s+of|many"
    r"|few|half\s+a)"
)
_SHIFT = r"(?:last|this|next|past|coming|previous|current)"
_PREP = r"(?:in|since|by|until|till|from|through|during|before|after|to|of|early|late|mid|end|and|or|between|as of)"

_RULES: dict[str, str] = {
    "iso_day": rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b",
    "numeric_day": r"\b(?P<a>0?[1-9]|[12]\d|3[01])[/.](?P<b>0?[1-9]|[12]\d|3[01])[/.](?P<y>\d{4}|\d\d)\b",
    "abbrev_day": rf"\b(?P<d>0?[1-9]|[12]\d|3[01])-(?P<mon>{_MONTHS})-(?P<y>\d{{4}}|\d\d)\b",
    "month_day_year": rf"(?:(?P<wd>{_WEEKDAYS}),?\s+)?\b(?P<mon>{_MONTHS})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b",
    "day_month_year": rf"(?:(?P<wd>{_WEEKDAYS}),?\s+)?\b(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTHS}),?\s+(?P<y>{_YEAR})\b",
    "month_day": rf"(?:(?P<wd>{_WEEKDAYS}),?\s+)?\b(?P<mon>{_MONTHS})\s+(?P<d>{_DAY})\b(?![,.]?\d)",
    "day_month": rf"(?:(?P<wd>{_WEEKDAYS}),?\s+)?\b(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTHS})\b",
    "month_year": rf"\b(?P<mon>{_MONTHS}),?\s+(?:of\s+)?(?P<y>{_YEAR})\b",
    "month": rf"\b{_PREP}\s+(?P<date>(?:(?P<shift>{_SHIFT})\s+)?(?P<mon>{_FULL_MONTHS}))\b(?!\s+\d)(?!-)",
    "month_span": rf"(?:\b(?P<lead>from|between)\s+)?(?P<date>(?P<mon>{_FULL_MONTHS})(?:\s*[-–]\s*|\s+(?:to|through|until|and)\s+)(?P<mon2>{_FULL_MONTHS}))\b(?!\s+\d)",
    "shift_month": rf"\b(?P<shift>last|next|this|coming|previous)\s+(?P<mon>{_MONTHS})\b(?!\s+\d)",
    "decade": r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<dec>1[5-9]\d0|20\d0|'\d0|(?<=the\s)\d0)'?s\b",
    "century": r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<c>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+century\b",
    "quarter": rf"\b(?:Q(?P<q>[1-4])|(?:the\s+)?(?P<qo>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter)(?:\s+(?:of\s+)?(?:(?P<y>{_YEAR})|(?P<rel>this|last|next)\s+year|the\s+year))?\b",
    "half": rf"\b(?:H(?P<h>[12])|(?:the\s+)?(?P<ho>first|second|1st|2nd)\s+half)(?:\s+of)?\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|next)\s+year|the\s+year)\b",
    "season": rf"\b(?:(?P<shift>last|this|next)\s+)?(?P<s>spring|summer|autumn|winter|fall)\s+(?:of\s+)?(?P<y>{_YEAR})\b|\b(?P<shift2>last|this|next)\s+(?P<s2>spring|summer|autumn|winter|fall)\b",
    "mod_year": rf"\b(?P<mod>early|mid|late)[\s-]+(?P<y>{_YEAR})\b",
    "edge": rf"\b(?:the\s+)?(?P<edge>end|beginning|start|middle|close|turn)\s+of\s+(?:(?P<mon>{_MONTHS})(?:\s+(?P<y2>{_YEAR}))?|(?P<y>{_YEAR})|(?:the\s+)?(?P<shift>last|this|next|current|the)\s+(?P<unit>year|month|week|quarter|decade))\b",
    "mod_relative": r"\b(?P<mod>early|mid|late|earlier|later)[\s-]+(?P<shift>last|this|next)\s+(?P<unit>year|month|week|quarter|decade)\b",
    "fiscal": rf"\b(?:fiscal(?:\s+year)?\s+(?P<y>{_YEAR})|FY\s?(?P<fy>{_YEAR}|\d\d)(?:[-/](?P<fy2>\d\d|{_YEAR}))?)\b",
    "relative_day": r"\b(?P<word>yesterday|today|tomorrow)\b",
    "relative_unit": r"\b(?P<shift>last|this|next|coming|previous|current)\s+(?P<unit>year|month|week|quarter|decade|weekend)\b",
    "weekday": rf"\b(?:(?P<prep>on|by|until|since|from)\s+)?(?P<date>(?:(?P<shift>last|this|next|coming)\s+)?(?P<wd>{_WEEKDAYS}))\b",
    "ago": rf"\b(?P<n>{_NUMBER})\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|earlier|later|before|previously|from\s+now)\b",
    "past_duration": rf"\b(?:(?:in|over|during|for|within)\s+)?(?P<date>[Tt]he\s+(?P<shift>past|last|next|coming|previous|first(?=\s+(?!quarter|half)\w))\s+(?:(?P<n>{_NUMBER})\s+)?(?P<unit>{_UNIT}))\b",
    "duration": rf"\b(?P<n>{_NUMBER})[\s-]+(?P<unit>{_UNIT})\b(?!-old)(?!\s+(?:ago|earlier|later|before|old)\b)",
    "set": r"\b(?:(?:every|each)\s+(?:(?P<n>\d+|two|three|four|five|six|ten)\s+)?(?P<unit>year|month|week|day|quarter|decade)s?|(?P<adverb>annually|yearly|biannually))\b",
}
# Leads: where each rule's matches can start (keep in sync with _RULES). A lead starts with a
# literal or a character class, which `re` skips to in C; a rule is tried only at the hits of
# its leads and at the starts of up to `back` words before a hit, the first of which may end
# at the hit ("2020" before "-05-01"; "as of last" before "May"). A literal lead costs about
# one pass over the text at C speed; a lead led by a class is slower, so one serves many rules.
_MONTH_STARTS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"  # begins every _MONTHS name
_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + _MONTH_STARTS
_UNITS = "year|month|week|day|decade|centur|quarter|fortnight"  # begins every _UNIT, "weekend"
_SHIFTS = "last|this|next"


class _Lead(NamedTuple):
    pattern: str
    back: int = 0
    """How many words before a hit a match can start (at most three: ``_WORDS_BEFORE``)."""
    at_hit: bool = True
    """Whether a match can start at the hit itself."""


_MODS = tuple(_Lead(m) for m in ("earl", "mid", "late"))  # early, earlier, mid, late, later

_LEADS: dict[str, tuple[_Lead, ...]] = {
    "iso_day": (_Lead(r"-\d\d-\d\d", back=1, at_hit=False),),
    "numeric_day": tuple(_Lead(rf"{s}\d\d?[/.]\d\d", back=1, at_hit=False) for s in ("/", r"\.")),
    "abbrev_day": (_Lead(rf"-(?:{_MONTH_STARTS})", back=1, at_hit=False),),
    "month_day_year": (_Lead(_NAMES),),
    "day_month_year": (_Lead(_NAMES, back=3),),  # "[Monday, ]the 5th of May 2020"
    "month_day": (_Lead(_NAMES),),
    "day_month": (_Lead(_NAMES, back=3),),
    "month_year": (_Lead(_NAMES),),
    "month": (_Lead(_NAMES, back=3, at_hit=False),),  # "as of last May"
    "month_span": (_Lead(_NAMES, back=1),),
    "shift_month": (_Lead(_NAMES, back=1, at_hit=False),),
    "decade": (_Lead("0'?s", back=3, at_hit=False), _Lead(r"'\d0", back=2)),  # "the mid-1990s"
    "century": (_Lead("century", back=3, at_hit=False),),
    "quarter": (_Lead("Q[1-4]"), _Lead("quarter", back=2, at_hit=False)),
    "half": (_Lead("H[12]"), _Lead("half", back=2, at_hit=False)),
    "season": tuple(_Lead(s, back=1) for s in ("spring", "summer", "autumn", "winter", "fall")),
    "mod_year": _MODS,
    "edge": (
        _Lead(
            rf"of\s+(?:{_MONTH_STARTS}|[12]\d{{3}}|(?:the\s+)?(?:{_SHIFTS}|current|the)\s)",
            back=2,
            at_hit=False,
        ),
    ),
    "mod_relative": _MODS,
    "fiscal": (_Lead("fiscal"), _Lead("FY")),
    "relative_day": (_Lead("yesterday"), _Lead("to(?:day|morrow)")),
    "relative_unit": (_Lead(_UNITS, back=1, at_hit=False),),
    "weekday": (_Lead(_NAMES, back=2),),  # "since last Monday"
    "ago": (_Lead(_UNITS, back=3, at_hit=False),),  # "a couple of years ago"
    "past_duration": tuple(
        _Lead(rf"{t}he\s+(?:past|{_SHIFTS}|coming|previous|first)\s", back=1) for t in "tT"
    ),
    "duration": (_Lead(_UNITS, back=3, at_hit=False),),
    "set": (
        _Lead(_UNITS, back=2, at_hit=False),  # "every two years"
        *(_Lead(a) for a in ("annually", "yearly", "biannually")),
    ),
}

_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*", re.IGNORECASE)
_RANGE_LEAD = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


class Expression(NamedTuple):
    """A date expression in text: offsets, the rule that found it, and its parts. A tuple,
    not a frozen dataclass: building one is four times cheaper."""

    start: int
    end: int
    rule: str
    groups: tuple[tuple[str, str], ...]
    parts: tuple[Expression, Expression] | None = None
    """For a range: its two endpoints."""

    def get(self, name: str) -> str | None:
        for key, value in self.groups:  # a few groups, each name once: no dict to build
            if key == name:
                return value
        return None


@cache
def _compiled() -> dict[str, re.Pattern[str]]:
    present = "|".join(re.escape(p) for p in lexicons.calendar().present)
    patterns = {**_RULES, "present": rf"(?i:\b(?P<word>{present})\b)"}
    return {name: re.compile(pattern) for name, pattern in patterns.items()}


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def _ascii_regexes(pattern: str) -> tuple[re.Pattern[bytes], ...] | None:
    r"""A lead's regexes for ``_Scan.ascii``, where a search skips ahead faster; None for a
    lead with a character class (``\d``, ``\s``, ``\w``: Unicode-wide in text). One without
    matches only ASCII characters, which that text keeps in place. An alternation of words
    is split by first letter ("year|month|..." -> "year", "month", ...): a search skips to
    one letter faster than to any of several."""
    if re.search(r"\[dDsSwWbB]", pattern):
        return None
    words = pattern.split("|")
    if len(words) == 1 or not all(w.isalpha() for w in words):
        return (re.compile(pattern.encode("ascii")),)
    return tuple(re.compile(p.encode("ascii")) for p in _per_first_letter(words))


def _per_first_letter(words: list[str]) -> list[str]:
    """One alternation per first letter of ``words``."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return [f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items()]


def _every_hit(regex: re.Pattern[AnyStr], text: AnyStr) -> list[int]:
    """Every position where ``regex`` matches, overlapping hits too."""
    found = []
    hit = regex.search(text)
    while hit is not None:
        found.append(hit.start())
        hit = regex.search(text, hit.start() + 1)
    return found


@cache
def _present_words() -> tuple[bytes, ...]:
    return tuple(p.lower().encode("ascii") for p in lexicons.calendar().present)


EXOTIC = "\u0130\u0131\u017f\u212a"
"""The non-ASCII characters ``re.IGNORECASE`` equates with an ASCII letter (İ, ı, ſ and the
Kelvin sign; a test enumerates them)."""


@lru_cache(maxsize=4)
def folded(text: str) -> bytes | None:
    """``text`` lower-cased, one byte per character (non-ASCII ones become "?"): an ASCII word
    starts where ``re.IGNORECASE`` finds it in ``text`` only where its lower case is in here.
    None when a character other than an ASCII letter's two cases could match one."""
    if any(c in text for c in EXOTIC):  # four `in` tests: a regex class scans 8x slower
        return None
    return _ascii(text).lower()


@lru_cache(maxsize=4)
def _ascii(text: str) -> bytes:
    """``text`` with one byte per character, "?" for the non-ASCII ones."""
    return text.encode("ascii", "replace")


# Up to three words back from a position, read in the reversed text (so a long run of spaces
# costs nothing extra); the first word may end at the position.
_WORDS_BEFORE = re.compile(r"\W*(\w+)(?:\W+(\w+)(?:\W+(\w+))?)?")


class _Scan:
    """Where the rules may match in one text; rules with the same lead share its scan."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ascii = _ascii(text)
        self._reversed = text[::-1]
        self._hits: dict[str, list[int]] = {}
        self._words: dict[int, tuple[int, ...]] = {}
        self._starts: dict[_Lead, list[int]] = {}

    def starts(self, lead: _Lead) -> list[int]:
        """Sorted positions where a match may start, by one lead."""
        found = self._starts.get(lead)
        if found is None:
            hits = self._hits_of(lead.pattern)
            if lead.back:
                starts = set(hits) if lead.at_hit else set()
                for hit in hits:
                    starts.update(self._words_before(hit)[: lead.back])
                found = sorted(starts)
            else:
                found = hits if lead.at_hit else []
            self._starts[lead] = found
        return found

    def _hits_of(self, pattern: str) -> list[int]:
        """Every position where ``pattern`` matches, overlapping hits too, in order."""
        found = self._hits.get(pattern)
        if found is None:
            fast = _ascii_regexes(pattern)
            if fast is None:
                found = _every_hit(_regex(pattern), self.text)
            elif len(fast) == 1:
                found = _every_hit(fast[0], self.ascii)
            else:
                found = sorted({hit for regex in fast for hit in _every_hit(regex, self.ascii)})
            self._hits[pattern] = found
        return found

    def _words_before(self, end: int) -> tuple[int, ...]:
        """Starts of the (up to three) words before ``end``, nearest first."""
        found = self._words.get(end)
        if found is None:
            n = len(self.text)
            words = _WORDS_BEFORE.match(self._reversed, n - end)
            found = () if words is None else tuple(n - e for _, e in words.regs[1:] if e >= 0)
            self._words[end] = found
        return found

    def present_starts(self) -> list[int] | None:
        """Where a present-time word may start (see ``folded``), or None when any position may."""
        lowered = folded(self.text)
        if lowered is None:
            return None
        starts: set[int] = set()
        for word in _present_words():
            i = lowered.find(word)
            while i >= 0:
                starts.add(i)
                i = lowered.find(word, i + 1)
        return sorted(starts)


def _candidates(rule: str, scan: _Scan) -> list[int] | None:
    """Sorted positions where a match of ``rule`` may start, or None when any position may."""
    if rule == "present":  # case-insensitive, so no lead could skip ahead in C
        return scan.present_starts()
    leads = _LEADS[rule]
    if len(leads) == 1:
        return scan.starts(leads[0])
    return sorted({start for lead in leads for start in scan.starts(lead)})


def _finditer(rule: str, pattern: re.Pattern[str], scan: _Scan) -> Iterable[re.Match[str]]:
    """What ``pattern.finditer(scan.text)`` yields, trying ``pattern`` only at candidates."""
    starts = _candidates(rule, scan)
    if starts is None:
        return pattern.finditer(scan.text)
    found = []
    end, text = 0, scan.text
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            found.append(match)
            end = match.end()
    return found


def _matches(text: str) -> Iterable[Expression]:
    scan = _Scan(text)
    for rule, pattern in _compiled().items():
        for match in _finditer(rule, pattern, scan):
            groups = tuple((k, v) for k, v in match.groupdict().items() if v is not None)
            start, end = match.span("date") if "date" in pattern.groupindex else match.span()
            if rule == "month_span":  # "January-March": a range of two bare months
                first = Expression(*match.span("mon"), "month", (("mon", match.group("mon")),))
                second = Expression(*match.span("mon2"), "month", (("mon", match.group("mon2")),))
                joined_by_and = re.search(r"\sand\s", text[first.end : second.start])
                if joined_by_and and match.group("lead") != "between":
                    yield from (first, second)  # "in July and August": two months
                    continue
                start = match.start("lead") if match.group("lead") else start
                yield Expression(start, end, "range", (), (first, second))
                continue
            yield Expression(start, end, rule, groups)


def _longest(expressions: Iterable[Expression]) -> list[Expression]:
    """Longest first, then earliest; no two kept expressions overlap."""
    kept: list[Expression] = []
    for expr in sorted(expressions, key=lambda e: (-(e.end - e.start), e.start)):
        if all(expr.end <= k.start or expr.start >= k.end for k in kept):
            kept.append(expr)
    return sorted(kept, key=lambda e: e.start)


def find_expressions(text: str, years: Iterable[Expression] = ()) -> list[Expression]:
    """Date expressions of ``text``, longest first, joined into ranges. ``years`` are the
    years and year ranges the number grammar found (and that are not counts)."""
    return list(_find(text, tuple(years)))


@lru_cache(maxsize=32)
def _find(text: str, years: tuple[Expression, ...]) -> tuple[Expression, ...]:
    # The component and record building read the same article: run the rules once.
    found = [e for e in _matches(text) if _plausible(text, e)]
    return tuple(join_ranges(text, _longest([*found, *years])))


def _plausible(text: str, expr: Expression) -> bool:
    """Guards a regex cannot express."""
    if expr.rule == "duration" and (expr.get("n") or "").lower() in ("a", "an"):
        # "125.5 million tonnes a year", "$5 a day" are rates, not durations; "for a year",
        # "in about a year" are durations.
        before = re.findall(r"[A-Za-z]+", text[max(0, expr.start - 12) : expr.start])
        return bool(before) and before[-1].lower() in _DURATION_LEADS
    return True


_DURATION_LEADS = frozenset(
    {
        "for",
        "in",
        "over",
        "within",
        "after",
        "about",
        "nearly",
        "almost",
        "than",
        "around",
        "roughly",
        "least",
        "most",
        "once",
        "past",
        "during",
        "spent",
        "took",
        "lasted",
    }
)


def join_ranges(text: str, expressions: list[Expression]) -> list[Expression]:
    """ "from 2016 to 2019", "between March and May", "January-March" -> one range each."""
    joined: list[Expression] = []
    for expr in expressions:
        last = joined[-1] if joined else None
        if last is not None and _joinable(text, last, expr):
            lead = _RANGE_LEAD.search(text, max(0, last.start - 9), last.start)
            start = lead.start() if lead else last.start
            joined[-1] = Expression(start, expr.end, "range", (), (last, expr))
            continue
        joined.append(expr)
    return joined


_RANGEABLE = frozenset(
    {
        "iso_day",
        "numeric_day",
        "month_day_year",
        "day_month_year",
        "month_day",
        "day_month",
        "month_year",
        "month",
        "year",
        "quarter",
        "half",
        "decade",
        "season",
        "weekday",
    }
)


def _joinable(text: str, first: Expression, second: Expression) -> bool:
    if first.rule not in _RANGEABLE or second.rule not in _RANGEABLE:
        return False
    gap = text[first.end : second.start]
    if not _RANGE_JOIN.fullmatch(gap):
        return False
    word = gap.strip().lower()
    lead = _RANGE_LEAD.search(text, max(0, first.start - 9), first.start)
    if word == "and" and not (lead and lead.group().lower().startswith("between")):
        return False
    return word in "-–—" or lead is not None or word in ("through", "until", "till")
