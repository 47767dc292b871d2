r"""Where the date rules may match in one text: each rule's leads, and the scan that finds them.

A rule is only tried where one of its leads (``_LEADS``) finds a possible start: most rules
begin with ``\b`` or an optional group, so ``finditer`` would try them at every character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import chain
from typing import AnyStr, NamedTuple

from factextract import lexicons
from factextract.patterns import LazyPattern, has_case_traps, per_head

# Leads: where each rule's matches can start (keep in sync with grammar._RULES; a test checks).
# A lead starts with a literal or a character class, which `re` skips to in C (or with the
# lookbehind of `_word_start`, which the search moves after the word); a rule is tried
# only at the hits of its leads and at the starts of up to `back` words before a hit, the first
# of which may end at the hit ("2020" before "-05-01"; "as of last" before "May"). A literal
# lead costs about one pass over the text at C speed; a lead led by a class is slower, so one
# serves many rules.
_MONTH_STARTS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"  # begins every _MONTHS name
_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + _MONTH_STARTS
# Begins every _UNIT, "weekend", and the hours, minutes and seconds of a duration (an ordinal
# "second" is no hit: only the plural or one after digits, "a 30-second clip").
_UNITS = (
    r"year|month|week|day|decade|centur|quarter|fortnight|hour|minute|seconds|(?<=\d[ -])second"
)
_SHIFTS = "last|this|next"
_WORD_START = r"(?<!\w)"


def _word_start(words: str) -> str:
    """The lead of rules that match ``words`` only at a word's start ("two days", "early May";
    not "Monday", "nearly"): hits inside a word need no words before them looked up."""
    return rf"{_WORD_START}(?:{words})"


class _Lead(NamedTuple):
    pattern: str
    back: int = 0
    """How many words before a hit a match can start (at most three: ``_WORDS_BEFORE``)."""
    at_hit: bool = True
    """Whether a match can start at the hit itself."""


# early, earlier, mid, late, later
_MODS = tuple(_Lead(_word_start(m)) for m in ("earl", "mid", "late"))
# ... and the hyphenated "end-June", "start-2024"
_MODS_AND_EDGES = (*_MODS, _Lead("end-"), _Lead("start-"))  # literals: fast

# "the past two years", "in the near future": one search serves "past_duration" and
# "reference".
_THE_SHIFTS = tuple(
    _Lead(
        rf"{t}he\s+(?:past|{_SHIFTS}|coming|previous|prior|following|first|future|near|distant|recent)\b",
        back=1,
    )
    for t in "tT"
)

# "the twenty-first of May": five words back from the month, found at its hyphen (inside
# "twenty", whose start is one word back, "the" two)
_COMPOUND_DAY = _Lead(
    r"ty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth) of ", back=2, at_hit=False
)

_DAY_PARTS = "ning|noon|night"
"""The ends of "morning", "afternoon", "evening", "night" (and "noon", "midnight")."""

_LEADS: dict[str, tuple[_Lead, ...]] = {
    "iso_day": (_Lead(r"-\d\d-\d\d", back=1, at_hit=False),),
    "numeric_day": tuple(_Lead(rf"{s}\d\d?[/.]\d\d", back=1, at_hit=False) for s in ("/", r"\.")),
    "abbrev_day": (_Lead(rf"-(?:{_MONTH_STARTS})", back=1, at_hit=False),),
    "month_day_year": (_Lead(_NAMES, back=1),),  # "Thu, Mar 14, 2024"
    "day_month_year": (_Lead(_NAMES, back=3), _COMPOUND_DAY),  # "[Monday, ]the 5th of May 2020"
    "month_day": (_Lead(_NAMES, back=1),),
    "month_day_range": (_Lead(_NAMES),),
    "day_month_range": (_Lead(_NAMES, back=3, at_hit=False),),  # "5-6 June", "5 - 6 June"
    "month_day_pair": (_Lead(_NAMES),),
    "month_list": (_Lead(_NAMES),),
    "day_month_pair": (_Lead(_NAMES, back=3, at_hit=False),),  # "3 and 4 March"
    "day_month": (_Lead(_NAMES, back=3), _COMPOUND_DAY),
    "month_year": (_Lead(_NAMES),),
    "month": (_Lead(_NAMES, back=3, at_hit=False),),  # "as of last May"
    "month_span": (_Lead(_NAMES, back=1),),
    "bare_month": (_Lead(_NAMES),),
    "shift_month": (_Lead(_NAMES, back=1, at_hit=False),),
    # "the mid-1990s", "the '90s"; the apostrophe's lead serves "the crash of '08" too
    "decade": (
        _Lead("0'?s", back=3, at_hit=False),
        _Lead(r"'\d\d", back=2),
        _Lead(r"half\s+of\s+the\s+", back=2, at_hit=False),  # "the second half of the 1990s"
        # "the end of the 2010s", "the beginning of the 1990s" (literals: fast)
        _Lead("of the 1", back=2, at_hit=False),
        _Lead("of the 2", back=2, at_hit=False),
    ),
    "short_year": (_Lead(r"'\d\d"), _Lead("\u2019\\d\\d")),
    "century": (  # ... and "the end of the 19th century"
        _Lead("century", back=3, at_hit=False),
        _Lead("of the 1", back=2, at_hit=False),
        _Lead("of the 2", back=2, at_hit=False),
    ),
    # "Q3", and "3Q22" from the word before its "Q" (a literal: a lead led by a digit class
    # would stop at every digit)
    # ... and "the June 2024 quarter" from its "the"
    "quarter": (_Lead("Q", back=1), _Lead(_word_start("quarter"), back=3, at_hit=False)),
    # "H1", "1H23", "2HFY24", "2H 2024"
    # ... and "the December 2023 half" from its "the"
    "half": (
        _Lead("H[0-9]", back=1),
        _Lead("HFY", back=1),
        _Lead("H [12]", back=1),
        _Lead("half", back=3, at_hit=False),
    ),
    # "the quarter", "the latest quarter", "the most recent quarter"
    "the_quarter": (_Lead(_word_start("quarter"), back=3, at_hit=False),),
    "season": (_Lead(_word_start("spring|summer|autumn|winter|fall"), back=1), *_THE_SHIFTS),
    # the season's lead, whose hits the scan keeps
    "bare_season": (_Lead(_word_start("spring|summer|autumn|winter|fall"), back=1),),
    "mod_season": _MODS,
    "mod_year": _MODS_AND_EDGES,
    "mod_month": _MODS_AND_EDGES,
    "edge": (
        _Lead(
            rf"of\s+(?:{_MONTH_STARTS}|[12]\d{{3}}|(?:the\s+)?(?:{_SHIFTS}|current|the)\s)",
            back=2,
            at_hit=False,
        ),
        # "the last week of", "the final days of": two literals (an alternation of two
        # searches slowly)
        _Lead("week of", back=2, at_hit=False),
        _Lead("days of", back=2, at_hit=False),
        _Lead("half of", back=2, at_hit=False),  # "the second half of the decade"
    ),
    "mod_relative": _MODS,
    # "the 2023-24 fiscal (financial) year": two words before
    "fiscal": (
        _Lead("iscal", back=3, at_hit=False),  # "Fiscal 2025", "the current fiscal year": a literal
        _Lead("FY"),
        # "the 2023-24 financial year", "Financial year 2024", "the financial year 2023/24"
        _Lead("inancial year", back=3, at_hit=False),
    ),
    "relative_day": (
        _Lead("yesterday"),
        _Lead("to(?:day|morrow|night)"),
        # "this morning", "last night": one search for the three endings, not four words
        _Lead(_DAY_PARTS, back=2, at_hit=False),
    ),
    "reference": (_Lead(_word_start("recent")), *_THE_SHIFTS),  # "the past", "the future"
    "relative_unit": (_Lead(_word_start(_UNITS), back=1, at_hit=False),),
    "unit_before_last": (
        _Lead("before last", back=2, at_hit=False),
        _Lead("after next", back=2, at_hit=False),
    ),
    "weekend": (_Lead("weekend", back=2, at_hit=False),),
    "weekday": (_Lead(_NAMES, back=2),),  # "since last Monday", "late on Monday"
    # "the first Monday of June": at a weekday's hit only (months are many more)
    "nth_weekday": (_Lead(_NAMES.removesuffix("|" + _MONTH_STARTS), back=2),),
    "ago": (_Lead(_word_start(_UNITS), back=3, at_hit=False),),  # "a couple of years ago"
    # "years ago": the unit one back; "days later", "hours after the vote": a plural's end
    # before the word (rare literals), the unit's start one word back
    "vague_ago": (
        _Lead(" ago", back=1, at_hit=False),
        _Lead("s (?:later|earlier|after|before)", back=1, at_hit=False),  # one search
    ),
    # literals, not "year[\s-]": a class would take the slow search
    "phrases": (
        # "year's end" with either apostrophe (a non-ASCII one is "?" in the scanned text)
        _Lead("year-ago|year ago|year-earl|year earl|year-end|year end|year.s end", back=2),
        _Lead("month-end|month end|month.s end", back=2),  # "by the month-end"
        _MODS[1],  # "mid": "by mid-month", the hits the mods' rules search for anyway
        _Lead("this past"),
        _Lead("his day in ", back=1, at_hit=False),  # "On this day in 1945": inside "this"
        # "later that day", "earlier in the week": rare literals inside the first word (its
        # start is one word back), not the frequent "that", "in the"
        *(_Lead(f"er {t} ", back=1, at_hit=False) for t in ("that", "in the")),
        _Lead("That "),  # "That night,"
        _Lead("he same ", back=1, at_hit=False),  # "the same day": inside "the"
        _Lead("hat same ", back=1, at_hit=False),  # "that same year"
        # "year-to-date": inside its first word, whose start is one word back
        _Lead("ear.to.date", back=1, at_hit=False),
        _Lead("on the [1-9]"),
    ),
    "month_run": _THE_SHIFTS,
    # ... and "the year (months) ahead"
    "past_duration": (*_THE_SHIFTS, _Lead("ahead", back=3, at_hit=False)),
    "duration": (
        _Lead(_word_start(_UNITS), back=3, at_hit=False),
        # "three and a half years", "a four-and-a-half-year deal": the count is further back
        # (two words: "twenty-five and a half years")
        _Lead(r"[ -]and[ -]a[ -]half[ -]", back=2, at_hit=False),
    ),
    # "66 million years", "millions of years": at the scale word's end
    "deep_time": (
        _Lead(r"(?:illion|thousand)s?\s+(?:of\s+)?years\b", back=3, at_hit=False),
        _Lead(r"\d\d\d\s+years\s+ago\b", back=3, at_hit=False),
    ),
    "hr_duration": (_Lead(" hr", back=1, at_hit=False),),  # "1 hr 30 min": a rare literal
    # "2:06:50", "4:03.02": after the hour's or the minutes' colon
    "race_time": (_Lead(r":[0-5]\d[:.]\d", back=1, at_hit=False),),
    # "month-long", "yearlong", "weeklong": one literal, whose few other hits ("along",
    # "longer") the first characters mostly skip
    "long_unit": (_Lead("long", back=1, at_hit=False),),
    "set": (
        _Lead(_word_start(_UNITS), back=3, at_hit=False),  # "every two years", "six times a year"
        # "semi-annually", "a semiannual dividend", "biweekly": rare literals
        *(_Lead(a) for a in ("annually", "yearly", "biannual", "semi", "biweekly", "bi-weekly")),
    ),
    "frequency": (
        _Lead(_word_start(_UNITS)),  # "weekly", "monthly": the units' hits
        _Lead("daily"),
        _Lead("nightly"),  # a rare literal
    ),
    # "in the late afternoon": the hits of the parts of a day, which other rules search anyway
    "day_part": (_Lead(_DAY_PARTS, back=3, at_hit=False), *_MODS),  # "early in the evening"
    "every_day": (  # "every Tuesday", "each spring", "on Saturdays"; "every night", "at weekends"
        # "every night", "each morning", "every weekend", "at weekends": from the hits of the
        # parts of a day and of "weekend" that other rules search for anyway
        _Lead(_DAY_PARTS, back=2, at_hit=False),
        _Lead("weekend", back=1),
        _Lead(_NAMES, back=1),
        _Lead(_word_start("spring|summer|autumn|winter|fall"), back=1, at_hit=False),
        # "every other (second, third) Tuesday": at "every"/"each" itself (a literal start,
        # which a search skips to in C; a lead led by a word boundary tries every position)
        _Lead("every (?:other|second|third|fourth) "),
        _Lead("each (?:other|second|third|fourth) "),
    ),
    "clock": (),  # found by ``_Scan.clock_starts``: its leads start with a digit
}


_DIGITS = "0123456789"
# The ASCII characters each rule's matches can start with (a test derives them from the rules):
# a candidate at any other ASCII character is dropped without a call to the rule's regex, which
# costs ten times the set look-up. A non-ASCII character is always tried (a Unicode digit
# matches "\d").
_FIRSTS: dict[str, frozenset[str]] = {
    rule: frozenset(firsts)
    for rule, firsts in {
        "iso_day": "12",
        "numeric_day": _DIGITS,
        "abbrev_day": _DIGITS,
        "month_day_year": "ADFJMNOSTW",
        "day_month_year": _DIGITS + "FMSTWt",
        "month_day": "ADFJMNOSTW",
        "month_day_range": "ADFJMNOS",
        "day_month_range": _DIGITS,
        "month_day_pair": "ADFJMNOS",
        "month_list": "ADFJMNOS",
        "day_month_pair": _DIGITS,
        "day_month": _DIGITS + "FMSTWt",
        "month_year": "ADFJMNOS",
        "month": "abdefilmostu",
        "month_span": "ADFJMNOSbf",
        "bare_month": "ADFJMNOS",
        "shift_month": "clnpt",
        "decade": _DIGITS + "'bceflmst",
        "short_year": "'",
        "century": _DIGITS + "bceflmnst",
        "quarter": "1234DFJMQSTfst",
        "half": "12FHSbflst",
        "the_quarter": "t",
        "season": "Taflnstw",
        "bare_season": "afstw",
        "mod_season": "elm",
        "mod_year": "elms",
        "mod_month": "elms",
        "edge": "bceflmst",
        "mod_relative": "elm",
        "fiscal": "12FTfclnpt",
        "relative_day": "OTloty",
        "reference": "rt",
        "relative_unit": "clnpt",
        "unit_before_last": "Tt",
        "weekend": "abdfiostu",
        "weekday": "EFLMSTWbceflnostu",
        "nth_weekday": "12345Tflst",
        "ago": _DIGITS + "Taefhmnost",
        "vague_ago": "DHMWYdhmwy",
        "phrases": "ELTYelmtoy",
        "month_run": "Tt",
        "past_duration": "Tdfiotw",
        "duration": _DIGITS + "aefhimnostw",
        "deep_time": _DIGITS + "bmt",  # a count, or "thousands", "millions", "billions" of
        "hr_duration": _DIGITS,
        "race_time": _DIGITS,
        "long_unit": "DFHMWYdfhmwy",
        "set": "abefostwy",
        "frequency": "dfhmnqw",
        "every_day": "eFMSTWw",
        "day_part": "ELaelmt",
        "clock": _DIGITS + "defmnost",
    }.items()
}
_ANY = frozenset(map(chr, range(128)))
"""The first characters of "present", whose candidates are the present-time words' starts."""


@cache
def _day_part_words() -> tuple[bytes, ...]:
    return tuple(w.encode() for w in lexicons.tense().day_part_words)


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def _ascii_regexes(pattern: str) -> tuple[re.Pattern[bytes], ...] | None:
    r"""A lead's regexes for ``_Scan.ascii``, where a search skips ahead faster; None for a
    lead with a character class (``\d``, ``\s``, ``\w``: Unicode-wide in text) other than the
    lookbehind of ``_word_start``. One without matches only ASCII characters, which that text
    keeps in place. An alternation of words is split by first letter ("year|month|..." ->
    "year", "month", ...): a search skips to one letter faster than to any of several."""
    if pattern.startswith(_WORD_START):
        # The lookbehind after each word: a search still skips to its literal start. ASCII
        # "\w" in bytes, so a hit after a non-ASCII letter ("?") is kept: a try too many.
        heads: dict[str, list[str]] = {}
        alternation = pattern.removeprefix(f"{_WORD_START}(?:").removesuffix(")")
        for word in alternation.split("|"):
            heads.setdefault(word[0], []).append(rf"{word}(?<!\w{word})")
        return tuple(re.compile("|".join(head).encode("ascii")) for head in heads.values())
    if re.search(r"\\[dDsSwWbB]", pattern):  # a backslash and a class letter ("\s", "\d")
        return None
    words = pattern.split("|")
    if len(words) == 1 or not all(w.isalpha() for w in words):
        return (re.compile(pattern.encode("ascii")),)
    return tuple(re.compile(p.encode("ascii")) for p in per_head(words))


def _gated_hits(regex: re.Pattern[AnyStr], text: AnyStr) -> list[int]:
    """``_every_hit(regex, text)``, for a lead that starts with no literal (a class, a group,
    a lookbehind: a search tries it at every position, some 50 us a text) first tested for
    the literals every hit holds ("years" and "ago" of "\\d\\d\\d\\s+years\\s+ago"): most
    texts lack one. When the first of them starts every hit (only lookarounds before it: a
    number's "second"), the regex is tried only where that literal stands."""
    literals, leading = _literal_runs(regex.pattern)
    if not literals:
        return _every_hit(regex, text)
    if not all(literal in text for literal in literals):
        return []
    if not leading:
        return _every_hit(regex, text)
    first, match, found = literals[0], regex.match, []
    at = text.find(first)
    while at >= 0:
        if match(text, at):
            found.append(at)
        at = text.find(first, at + 1)
    return found


@cache
def _literal_runs(pattern: AnyStr) -> tuple[tuple[AnyStr, ...], bool]:
    """The runs of plain characters at the top level of a lead that starts with none (every
    hit holds each; none for a lead led by a literal, which a search skips to in C), and
    whether only lookarounds come before the first run (so that it starts every hit)."""
    if pattern[:1] not in ("\\", "[", "(", b"\\", b"[", b"("):
        return (), False
    from re import _constants, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern)
    if parsed.state.flags & _constants.SRE_FLAG_IGNORECASE or (
        parsed and parsed[0][0] == _constants.LITERAL
    ):
        return (), False
    runs: list[list[int]] = []
    run: list[int] = []
    leading = True  # nothing but lookarounds before the first run so far
    for op, value in parsed:
        if op == _constants.LITERAL:
            run.append(value)
            continue
        if run:
            runs.append(run)
            run = []
        elif not runs and op not in (_constants.ASSERT, _constants.ASSERT_NOT):
            leading = False
    if run:
        runs.append(run)
    kept = [r for r in runs if len(r) >= 3]
    leading = leading and bool(kept) and kept[0] is runs[0]
    if isinstance(pattern, bytes):
        return tuple(bytes(r) for r in kept), leading
    return tuple("".join(map(chr, r)) for r in kept), leading


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


@lru_cache(maxsize=4)
def folded(text: str) -> bytes | None:
    """``text`` lower-cased, one byte per character (non-ASCII ones become "?"): an ASCII word
    starts where ``re.IGNORECASE`` finds it in ``text`` only where its lower case is in here.
    None when a character other than an ASCII letter's two cases could match one."""
    if has_case_traps(text):
        return None
    return _ascii(text).lower()


def may_hold(text: str, words: tuple[bytes, ...], start: int, end: int) -> bool:
    """Whether a case-insensitive search of ``text`` from ``start`` to ``end`` may find one of
    ``words`` (lower-case ASCII): False only when none stands in that reach of ``folded``
    text. A cheap test before such a search of a short reach before a date, which tries its
    alternation at every position (about 0.2 us each); a hit has these letters in place.

    >>> may_hold("Originally set for Monday", (b"originally",), 0, 19)
    True
    >>> may_hold("Originally set for Monday", (b"originally",), 1, 19)
    False
    >>> may_hold("\u017fet for Monday", (b"set",), 0, 8)  # a trap: the search may read "set"
    True
    """
    lowered = folded(text)
    if lowered is None:
        return True
    start = max(0, start)
    return any(lowered.find(word, start, end) >= 0 for word in words)


@lru_cache(maxsize=4)
def _ascii(text: str) -> bytes:
    """``text`` with one byte per character, "?" for the non-ASCII ones."""
    return text.encode("ascii", "replace")


_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_")
"""Lower-case ASCII word characters: a present-time word never starts right after one (its
rule begins with a word boundary)."""


# Up to three words back from a position, read in the reversed text (so a long run of spaces
# costs nothing extra); the first word may end at the position.
_WORDS_BEFORE = re.compile(r"\W*(\w+)(?:\W+(\w+)(?:\W+(\w+))?)?")


_CLOCK_TABLE = bytes.maketrans(
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ?", b"0" * 10 + b"A" * 26 + b" "
)
_CLOCK_DIGITS = re.compile(rb"0(?= ?(?:[ap]\.?m|A\.?A)|:00|0\.?00 ?(?:AA|hrs|hours|local))")
"""In ``_clock_text``: the last digit before a.m. or p.m. ("3pm", "11.30 A.M."), the hour's
last digit before a colon ("15:30"), or the first of four digits before a zone or marker
("0900 GMT", "09.00BST", "1430 hrs", "0900 local time")."""
_HOUR_BYTES = b"0abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=4)
def _clock_text(ascii_text: bytes) -> bytes:
    """The ASCII text with every digit a "0", every capital an "A" and every non-ASCII
    character (a no-break space among them) a space."""
    return ascii_text.translate(_CLOCK_TABLE)


def _finds(text: bytes, literal: bytes) -> list[int]:
    """Every position of ``literal`` in ``text``, overlapping ones too."""
    found = []
    at = text.find(literal)
    while at >= 0:
        found.append(at)
        at = text.find(literal, at + 1)
    return found


def _walk_back(text: bytes, at: int, chars: bytes) -> int:
    """The start of the run of ``chars`` that ends at ``at``."""
    while at > 0 and text[at - 1] in chars:
        at -= 1
    return at


class _Scan:
    """Where the rules may match in one text; rules with the same lead share its scan."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ascii = _ascii(text)
        self._reversed = text[::-1]
        self._hits: dict[str, list[int]] = {}
        self._words: dict[str, tuple[list[int], ...]] = {}
        self._starts: dict[_Lead, list[int]] = {}

    def starts(self, lead: _Lead) -> list[int]:
        """Sorted positions where a match may start, by one lead (some may repeat)."""
        found = self._starts.get(lead)
        if found is None:
            found = self._hits_of(lead.pattern) if lead.at_hit else []
            if lead.back and self._hits_of(lead.pattern):
                # Sorted runs, merged by a sort: cheaper than a set, and `_finditer` tries a
                # position that repeats only once.
                found = sorted(chain(found, *self._words_of(lead.pattern)[: lead.back]))
            self._starts[lead] = found
        return found

    def _hits_of(self, pattern: str) -> list[int]:
        """Every position where ``pattern`` matches, overlapping hits too, in order."""
        found = self._hits.get(pattern)
        if found is None:
            fast = _ascii_regexes(pattern)
            if fast is None:
                found = _gated_hits(_regex(pattern), self.text)
            elif len(fast) == 1:
                found = _gated_hits(fast[0], self.ascii)
            else:
                found = sorted({hit for regex in fast for hit in _gated_hits(regex, self.ascii)})
            self._hits[pattern] = found
        return found

    def _words_of(self, pattern: str) -> tuple[list[int], ...]:
        """The starts of the first, second and third word before each hit of ``pattern``
        (once per pattern: several leads share one)."""
        found = self._words.get(pattern)
        if found is None:
            n, reversed_text, words_before = len(self.text), self._reversed, _WORDS_BEFORE.match
            first: list[int] = []
            second: list[int] = []
            third: list[int] = []
            for hit in self._hits_of(pattern):
                words = words_before(reversed_text, n - hit)
                if words is not None:
                    # the group ends in the reversed text; -1 for a word that is not there
                    _, (_, one), (_, two), (_, three) = words.regs
                    first.append(n - one)
                    if two >= 0:
                        second.append(n - two)
                        if three >= 0:
                            third.append(n - three)
            found = self._words[pattern] = (first, second, third)
        return found

    def clock_starts(self) -> list[int]:
        """Where a clock time may start. Its leads begin with a digit, and a search for a
        class scans five times slower than one for a literal: so they are found in
        ``_clock_text`` (every digit a "0", every capital an "A"), and each hit is walked back
        to where the time's hour starts (the rule allows no digit, point or colon before it)."""
        text = _clock_text(self.ascii)
        starts = [_walk_back(text, hit.start(), b"0.:") for hit in _CLOCK_DIGITS.finditer(text)]
        # "noon", "midnight" from the hits "relative_day" searches for anyway; "midday"
        words = _finds(text, b"midday")
        for part in _day_part_words():  # "dawn", "dusk"
            words += _finds(text, part)
        for hit in self._hits_of(_DAY_PARTS):
            if text.startswith(b"noon", hit):
                words.append(hit)
            elif text.startswith(b"midnight", hit - 3):
                words.append(hit - 3)
        for hit in words:
            starts += (hit - 3, hit) if text[max(0, hit - 3) : hit] == b"00 " else (hit,)
        for hit in _finds(text, b"clock"):  # "9 o'clock", "nine o’clock"
            if hit >= 4 and text[hit - 3 : hit - 1] == b" o":
                starts.append(_walk_back(text, hit - 3, _HOUR_BYTES))
        return sorted(set(starts))

    def present_starts(self) -> list[int] | None:
        """Where a present-time word may start (see ``folded``), or None when any position may."""
        lowered = folded(self.text)
        if lowered is None:
            return None
        starts: set[int] = set()
        for word in _present_words():
            i = lowered.find(word)
            while i >= 0:
                if i == 0 or lowered[i - 1] not in _WORD_BYTES:  # not the "now" of "know"
                    starts.add(i)
                i = lowered.find(word, i + 1)
        return sorted(starts)


def _candidates(rule: str, scan: _Scan) -> list[int] | None:
    """Sorted positions where a match of ``rule`` may start (some may repeat), or None when
    any position may."""
    if rule == "present":  # case-insensitive, so no lead could skip ahead in C
        return scan.present_starts()
    if rule == "clock":
        return scan.clock_starts()
    leads = _LEADS[rule]
    if len(leads) == 1:
        return scan.starts(leads[0])
    return sorted(chain.from_iterable(scan.starts(lead) for lead in leads))


def _finditer(
    rule: str, pattern: re.Pattern[str] | LazyPattern, scan: _Scan
) -> Iterable[re.Match[str]]:
    """What ``pattern.finditer(scan.text)`` yields, trying ``pattern`` only at candidates
    that start with one of its first characters (a ``LazyPattern`` is compiled at the first
    one: a text with none leaves it uncompiled)."""
    starts = _candidates(rule, scan)
    if starts is None:
        return pattern.finditer(scan.text)
    found = []
    end, text, firsts, match_at = 0, scan.text, _FIRSTS.get(rule, _ANY), None
    for start in starts:
        if start >= end and ((first := text[start]) in firsts or first > "\x7f"):
            if match_at is None:
                match_at = pattern.match
            match = match_at(text, start)
            if match is None:
                end = start + 1  # not again at a repeated candidate
            else:
                found.append(match)
                end = match.end()
    return found
