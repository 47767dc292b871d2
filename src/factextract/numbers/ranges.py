"""Two neighbouring numbers joined into a range (``2-3 million``, ``between 5 and 7``) or a
year range (``2016-19``); scores (``won 3-1``) and changes (``rose from 5 to 7``) stay apart."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from functools import cache

from factextract import lexicons
from factextract.numbers.classify import _FOUR_DIGITS
from factextract.numbers.grammar import Label, _Atom, _ExactRow
from factextract.numbers.words import is_plural, number_context, score_nouns, tally_nouns
from factextract.patterns import LazyPattern

_TWO_DIGITS = LazyPattern(r"\d{2}")
_MARKED = r"\s*(?:[A-Za-z.]{0,4}[^\w\s]?\s?)?$"
"""What may stand between "from" and its number: a currency marker ("from $5", "from Rs 5",
"from US$5") or a short word ("from just 5")."""
_FROM_END = LazyPattern(rf"\bfrom{_MARKED}")
_FACTOR_OF = ("factor of ", "multiple of ")
"""What a multiplier follows (``lead`` is lower-cased): "by a factor of 10"."""
# "by" may take a hedge or a mark of size first: "fell by a record 619,140 to 122.4 million",
# "rose by an estimated 3,000 to 45,000", "fell by about 5,000 to 20,000 tonnes".
_BY_HEDGE = (
    r"(?:\s+(?:a|an)\s+(?:record|further|additional|estimated|net)|\s+(?:another|about|around"
    r"|roughly|nearly|almost|approximately|some|just|only|over|(?:more|less)\s+than))?"
)
_BY_END = LazyPattern(rf"\bby{_BY_HEDGE}{_MARKED}", re.IGNORECASE)


# "Sales rose $2 to 7 billion": a change verb, maybe a hedge ("rose an estimated", "fell
# about"), and a currency marker (a symbol, "US$", or a capitalized code: "Rs", "KSh", "INR")
# right before the pair.
@cache
def _change_verb_re() -> re.Pattern[str]:
    cues = lexicons.change_cues()
    verbs = "|".join(w for w in (*cues.up, *cues.down) if w not in cues.auxiliaries)
    hedges = "|".join(re.escape(w) for w in sorted(lexicons.qualifiers().before, key=len)[::-1])
    marker = r"(?:[A-Za-z.]{0,4}[^\w\s]|(?-i:[A-Z])[A-Za-z]{0,3}\.?)"
    return re.compile(rf"\b(?:{verbs})\s+(?:(?:{hedges})\s+)?{marker}\s?$", re.IGNORECASE)


# "ranged from 10 to 20 degrees", "vary from 5% to 7%": "from X to Y" is then a range.
@cache
def _range_verb_re() -> re.Pattern[str]:
    verbs = "|".join(lexicons.change_cues().range_verbs)
    return re.compile(rf"\b(?:{verbs}|anywhere)\s+from{_MARKED}", re.IGNORECASE)


@cache
def _bare_change_verb_re() -> re.Pattern[str]:
    """A change verb (maybe hedged) right before a bare number: "fell ", "rose about ",
    "added ", "gave back " (number_context.json level_change_verbs, verbs of an index's
    points that change_cues.json does not hold)."""
    cues = lexicons.change_cues()
    verbs = "|".join(
        [w for w in (*cues.up, *cues.down) if w not in cues.auxiliaries]
        + [w.replace(" ", r"\s+") for w in number_context().level_change_verbs]
    )
    hedges = "|".join(re.escape(w) for w in sorted(lexicons.qualifiers().before, key=len)[::-1])
    return re.compile(rf"\b(?:{verbs})\s+(?:(?:{hedges})\s+)?$", re.IGNORECASE)


CHANGE_RATIO = 3
"""How many times the first value the second must pass for bare "fell X to Y" to be a change
by X to a level Y: a range of a change's size spans less ("rose 5 to 10", "fell 2 to 3")."""

_CLAUSE_AFTER = LazyPattern(
    r"\s*(?:[.,;:)]|$)|\s+(?:in|on|at|after|before|since|as|amid|while|from|last|this|earlier"
    r"|yesterday|today|for|during|over|through|until|by)\b"
)
"""What may follow the level of "fell 5 to 30": the clause's end, a preposition or a time
phrase ("rose 12,000 to 230,000 last week", "rose 8,000 to 229,000 for the week ended June
1"), no noun."""


@cache
def _object_change_verb_re() -> re.Pattern[str]:
    """A change verb and its object, a determiner and one or two words, right before a bare
    number: "cut its workforce ", "reduced the payroll ", "raised its stake "."""
    cues = lexicons.change_cues()
    verbs = "|".join(w for w in (*cues.up, *cues.down) if w not in cues.auxiliaries)
    return re.compile(
        rf"\b(?:{verbs})\s+(?:its|their|the|his|her|our|my|your)\s+(?:[a-z-]+\s+){{1,2}}$",
        re.IGNORECASE,
    )


def _change_by_to(text: str, lead: str, end: int, start: int) -> bool:
    """Whether bare "X to Y" (X at ``start``) right after a change verb, maybe after its
    object, with nothing counted after it, is a change by X to Y: "The index fell 5 to 30.",
    "The stock fell 1 3/8 to 34 1/2 in heavy trading", "The firm cut its workforce 3,000 to
    120,000"; "gained 2 to 3 million subscribers" and "fell 5 to 10 degrees" stay ranges."""
    if _CLAUSE_AFTER.match(text, end) is None:
        return False
    return _bare_change_verb_re().search(lead) is not None or (
        _object_change_verb_re().search(text, max(0, start - 48), start) is not None
    )


def range_verb_before(lead: str) -> bool:
    """Whether ``lead`` ends in a verb of a range and "from": "ranged from ", "vary from "."""
    return _range_verb_re().search(lead) is not None


@cache
def _from_scale_re() -> re.Pattern[str]:
    """ "from" and a scale word before a pair: "revised from magnitude 6.1 to 6.4", "from
    magnitude-6.1 to 6.4"."""
    scales = "|".join(lexicons.number_words().scale_words)
    return re.compile(rf"\bfrom\s+(?:{scales})(?:\s+|[-‐–—])$", re.IGNORECASE)


_SCORE_WORDS = (
    r"won|wins?|winning|lost|lose|loses|losing|beat|beats|beating|drew|draw|drawing"
    r"|defeated|defeats?|defeating|trailed|trailing|led|leads|leading"
    r"|scored?|victory|loss|vote[sd]?|odds|ratio|tally|margin"
)
_SCORE_LEAD = LazyPattern(rf"\b(?:{_SCORE_WORDS})\b(?:\s+\w+)?\s*$", re.IGNORECASE)
_SCORE_VERB = LazyPattern(rf"\b(?:{_SCORE_WORDS})\b(?!['’]t)[^.;:!?]*$", re.IGNORECASE)
"""A score word earlier in the clause: "lost to Iga Swiatek 4-6, 2-6"."""
_TALLY_LEAD = LazyPattern(
    rf"\b(?:{_SCORE_WORDS}|approved|passed|ruled|rejected|rulings?|decisions?|verdicts?"
    r"|split|outnumber(?:s|ed|ing)?)\b(?:\s+\w+)?\s*$",
    re.IGNORECASE,
)
"""Before a descending "X to Y" that is a tally or a ratio: "voted 10 to 2", "approved 218 to
214", "The ruling was 7 to 2", "Women outnumber men 3 to 1"."""
_VOTE_VERBS = r"voted|passed|approved|rejected|confirmed|adopted|endorsed|ratified"
_VOTE_LEAD = LazyPattern(
    rf"\b(?:(?:{_VOTE_VERBS})(?:[ \u00a0]+(?!by\b|to\b|and\b)[A-Za-z][\w'’.-]*){{0,4}}?"
    r"(?:[ \u00a0]+by(?:[ \u00a0]+a[ \u00a0]+(?:vote|margin)[ \u00a0]+of|[ \u00a0]+an?)?)?"
    r"|(?:by|in|on|with|after)[ \u00a0]+a[ \u00a0]+(?:[a-z]+[ \u00a0]+)?vote[ \u00a0]+of"
    r"|(?:the|a)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?vote[ \u00a0]+(?:was|is|of)),?[ \u00a0]+$",
    re.IGNORECASE,
)
"""Before a tally of votes: a verb of voting, maybe its object (four words at most) and "by"
("voted ", "passed the Senate ", "confirmed her ", "approved by a vote of ", "voted
unanimously, "), or a vote's noun ("by a vote of ", "The final vote was "); no "tally" or
"margin" alone, which games have too."""
_PLEBISCITE = LazyPattern(r"\b(?:voters|electorate|referendum|plebiscite)\b", re.IGNORECASE)
"""A sentence of voters or a referendum: their "60-40" is shares of the vote, no count."""
_VOTE_AFTER = LazyPattern(r"[ \u00a0]+(vote|margin)\b", re.IGNORECASE)
_ARTICLE_END = LazyPattern(r"\b(?:a|an)[ \u00a0]+$", re.IGNORECASE)


def vote_lead(text: str, start: int) -> bool:
    """Whether a tally of votes may start at ``start``: after a verb of voting or a vote's noun
    (``_VOTE_LEAD``), in a sentence of no voters or referendum ("Voters approved it 60-40"
    gives shares)."""
    lead = text[max(0, start - 72) : start]
    if _VOTE_LEAD.search(lead) is None:
        return False
    stop = max(lead.rfind(". "), lead.rfind("\n"))
    return _PLEBISCITE.search(lead, stop + 1) is None


_CHAMBER = LazyPattern(
    r"\b(?:House|Senate|Commons|Lords|Assembly|Parliament|Congress|Council|Chamber|Committee"
    r"|Board|Bundestag|Duma|Knesset)[ \u00a0]+$"
)
"""A chamber's name before a number, which reads as a name's number ("Route 66") but after a
verb of voting starts a tally: "passed the Senate 52-48", "passed the House 235 to 190"."""


def after_chamber(text: str, start: int) -> bool:
    """Whether a chamber's name ends right before ``start`` ("the Senate ")."""
    return _CHAMBER.search(text, max(0, start - 12), start) is not None


def vote_tally(text: str, a: _Atom, b: _Atom, word: str) -> bool:
    """Whether two whole numbers joined by "to" or a dash are the sides of a vote's tally,
    each a count of votes: after a verb of voting or a vote's noun ("The House voted 220 to
    207", "passed the Senate 52-48", "by a vote of 68 to 31") or before "vote" ("in a 220-207
    vote"), the larger first and no plural counted after ("approved 3-5 bills" counts)."""
    if word not in ("to", "-", "–") or a.spelled or b.spelled:
        return False
    if not (a.raw.replace(",", "").isdecimal() and b.raw.replace(",", "").isdecimal()):
        return False
    if a.scale != 1 or b.scale != 1 or a.value < b.value or _counts_after(text, b.end):
        return False
    return vote_pair(text, a.start, b.end, word != "to")


def vote_pair(text: str, start: int, end: int, dashed: bool) -> bool:
    """Whether the two sides of a tally at ``start:end`` are counts of votes: after a vote's
    lead (``vote_lead``), or dashed before "vote" ("in a 220-207 vote"); a dashed pair after
    "a" modifies the noun after it, which must be "vote", or "margin" after a vote's lead
    ("approved a 3-1 stock split", "rejected a 60-40 split", "won by a 3-1 margin" count no
    votes; "passed it by a 52-48 margin" does)."""
    noun = _VOTE_AFTER.match(text, end) if dashed else None
    if noun is not None and noun[1].lower() == "vote":
        return True
    if noun is None and _ARTICLE_END.search(text, max(0, start - 4), start):
        return False  # "approved a 3-1 stock split": a modifier of another noun
    return vote_lead(text, start)


# A run of two or more hyphenated pairs split by commas, each maybe with a tie-break in
# brackets: "6-4, 6-4", "1-6, 7-6 (6), 6-1". With a pair that is no range (6-4), the run is
# a match's set scores; all-ascending runs stay ranges ("ages 5-10, 11-15").
_SCORE_PAIR = r"\d{1,3}\s?[-–]\s?\d{1,3}(?:\s?\(\d{1,2}\))?"
_SCORE_RUN = LazyPattern(rf"{_SCORE_PAIR}(?:,\s?{_SCORE_PAIR})+")
_SCORE_NUMBERS = LazyPattern(r"(\d+)\s?[-–]\s?(\d+)")
_RUN_REACH = 60
"""How far on either side of a pair a run of scores is looked for."""
_TIE_BREAK = LazyPattern(r"\s?\(\d{1,2}\)")


def _in_score_run(text: str, start: int, end: int) -> bool:
    """Whether the pair at ``start:end`` belongs to a run of set scores ("1-6, 7-6 (6)")."""
    if not (text.startswith(",", end) or _TIE_BREAK.match(text, end)) and (
        not text[max(0, start - 2) : start].endswith(", ")
        and not text[max(0, start - 1) : start].endswith(",")
    ):
        return False  # most pairs stand alone: the pre-test spares the scan
    base = max(0, start - _RUN_REACH)
    for run in _SCORE_RUN.finditer(text, base, min(len(text), end + _RUN_REACH)):
        if run.start() <= start and end <= run.end():
            pairs = _SCORE_NUMBERS.findall(run.group())
            lead = text[max(0, run.start() - _RUN_REACH) : run.start()]
            return any(int(a) >= int(b) for a, b in pairs) or bool(_SCORE_VERB.search(lead))
    return False


def tie_break_at(text: str, pair: tuple[int, int], start: int) -> bool:
    """Whether the number at ``start`` is a set's tie-break in brackets right after a dropped
    hyphenated pair at ``pair``: the "(6)" of "7-6 (6)"."""
    if _SCORE_NUMBERS.fullmatch(text, *pair) is None:
        return False
    found = _TIE_BREAK.match(text, pair[1])
    return found is not None and found.start() <= start < found.end()


_LAST_WORD = LazyPattern(r"([a-z]+)\.?\s*$")
_CONNECTOR = re.compile(r"\s*[-–—]\s*|\s+(?:to|and|or)\s+|/", re.IGNORECASE)
_THROUGH = LazyPattern(r"[ \u00a0]+(?:through|thru)[ \u00a0]+", re.IGNORECASE)
"""The "through" of a run of named items after a plural identifier noun: "grades 3 through 8"."""


_SYMBOL_END = LazyPattern(r"[$€£¥₹]\s?$")
_WORD_AFTER = LazyPattern(r"[ \u00a0]+([a-z]+)\b")


def _counts_after(text: str, end: int) -> bool:
    """Whether a plural noun that is no money follows a number: "7 charities", not "7
    dollars"."""
    found = _WORD_AFTER.match(text, end)
    if found is None or not is_plural(found[1]):
        return False
    return found[1] not in lexicons.currency_markers()[1]


_NOUNS_AFTER = LazyPattern(r"[ \u00a0]+([a-z]+)\b(?:[ \u00a0]+([a-z]+)\b)?")


def _score(text: str, lead: str, end: int) -> bool:
    """Whether a pair joined by a dash is a score: after a word of a game ("won 3-1"), unless
    a plural noun or a measure follows ("lost 2,500-3,000 jobs" counts, "Shares lost 3-4
    percent" and "won 12-15 percent of the vote" are percentages), or before a result ("a
    1-4 defeat")."""
    if _SCORE_LEAD.search(lead):
        return not _counts_after(text, end) and not _measured_after(text, end)
    return _score_after(text, end)


_MEASURE_AFTER = LazyPattern(
    r"[ \u00a0]?%|[ \u00a0]+(?:(?i:per[ \u00a0]*cent|percent|pct|percentage)\b"
    r"|(?P<word>[^\W\d_][\w/]*))"
)
"""A percentage's sign or word after a pair, or the word after it that may be a unit or a
currency."""
_SCORE_FOLLOWERS = frozenset({"in", "st", "won"})
"""Symbols and names of units and currencies that follow a score as words: "won 3-1 in
extra time" (inches), "St" (stone), "won" (the currency)."""


def _measured_after(text: str, end: int) -> bool:
    """Whether a percentage, a unit (no time unit: "won 3-1 last week") or a currency follows
    a pair: "lost 3-4%", "rose 12-15 percent", "lost 3-4 kg", "fell 1-2 yen"."""
    found = _MEASURE_AFTER.match(text, end)
    if found is None:
        return False
    word = found["word"]
    if word is None:
        return True  # "%", "percent", "per cent"
    if word in _SCORE_FOLLOWERS:
        return False
    return word in _measure_words() or word.lower() in _measure_names()


@cache
def _measure_words() -> frozenset[str]:
    """Unit symbols of more than one letter ("kg", "MW"): a letter alone may be a word."""
    return frozenset(symbol for symbol in lexicons.unit_index()[0] if len(symbol) > 1)


@cache
def _measure_names() -> frozenset[str]:
    """Unit names that are no time ("kilogram", "miles") and currency names ("yen")."""
    names = lexicons.unit_index()[1]
    units = {name for name, unit in names.items() if unit.dimension != "time"}
    return frozenset(units | lexicons.currency_markers()[1])


def _score_after(text: str, end: int) -> bool:
    """Whether a noun of a game's result follows a pair, maybe after one word: "a 1-4
    defeat", "a 3-1 home win" (number_context.json score_nouns)."""
    found = _NOUNS_AFTER.match(text, end)
    if found is None:
        return False
    nouns = score_nouns()
    return found[1] in nouns or (found[2] is not None and found[2] in nouns)


def _tally_after(text: str, end: int) -> bool:
    """Whether a noun of a vote's tally follows a pair, maybe after one word: "306 to 232
    electoral votes", "300 to 250 seats" (number_context.json tally_nouns)."""
    found = _NOUNS_AFTER.match(text, end)
    if found is None:
        return False
    nouns = tally_nouns()
    return found[1] in nouns or (found[2] is not None and found[2] in nouns)


def _year_range(a: _Atom, b: _Atom, connector: str) -> bool:
    if not (_FOUR_DIGITS.fullmatch(a.raw) and 1500 <= int(a.raw) <= 2100):
        return False
    if connector.strip() == "/" or connector.strip() in "-–—":
        return bool(_FOUR_DIGITS.fullmatch(b.raw) or _TWO_DIGITS.fullmatch(b.raw)) and b.scale == 1
    return bool(_FOUR_DIGITS.fullmatch(b.raw)) and int(b.raw) > int(a.raw)


def by_then_to(lead: str, low: Fraction | Decimal | int, high: Fraction | Decimal | int) -> bool:
    """Whether "X to Y" after "by" (``lead`` ends with it) is a change by X to Y rather than a
    range: Y is over three times X ("rose by 50,000 to 1.5 million", "rose by 0.2 to 5.1 per
    cent", "rose by $2 to 7 billion"); "fall by 5 to 10 per cent" stays a range. So is X
    after "a factor of" ("rose by a factor of 3 to 45%"; "a factor of 2 to 3" is a range)."""
    by = lead.endswith(_FACTOR_OF) or _BY_END.search(lead) is not None
    if by and _HEDGED_BY.search(lead) and _round_to_hundreds(low) and not _round_to_hundreds(high):
        return True  # "would shrink by about 5,500 to 11,853": a hedged round size, then a
        # level told to the unit, is no range ("by about 500 to 1,000" stays one)
    if _round_to_hundreds(low) and _told_to_the_unit(high) and _verb_by_re().search(lead):
        return True  # "fell by 5,500 to 11,853": unhedged after a change verb, the level
        # must be told to the unit ("rose by 100 to 150 jobs" stays a range)
    return by and Fraction(high) > 3 * Fraction(low)


_HEDGED_BY = LazyPattern(
    r"\bby\s+(?:about|around|roughly|nearly|almost|approximately|some)\s+$", re.IGNORECASE
)


@cache
def _verb_by_re() -> re.Pattern[str]:
    """A change verb and "by" right before a pair: "fell by ", "has risen by "."""
    cues = lexicons.change_cues()
    verbs = "|".join(w for w in (*cues.up, *cues.down) if w not in cues.auxiliaries)
    return re.compile(rf"\b(?:{verbs})\s+by\s+$", re.IGNORECASE)


def _told_to_the_unit(value: Fraction | Decimal | int) -> bool:
    """Whether ``value`` is a whole number of no round ten (11,853, not 11,850 or 150)."""
    whole = Fraction(value)
    return whole.denominator == 1 and whole.numerator % 10 != 0


def _round_to_hundreds(value: Fraction | Decimal | int) -> bool:
    """Whether ``value`` is a whole number of hundreds, at least 100."""
    whole = Fraction(value)
    return whole >= 100 and whole.denominator == 1 and whole.numerator % 100 == 0


def verb_then_to(lead: str) -> bool:
    """Whether money "X to Y" right after a change verb (maybe hedged) is a change by X to Y,
    for a second value with a scale word ("Sales rose $2 to 7 billion", "could rise $2 to 7
    billion", "rose an estimated $2 to 7 billion"), as "rose $2 to $7 billion" is in every
    tense. Counts ("gained 2 to 3 million subscribers") and percentages stay ranges."""
    return _change_verb_re().search(lead) is not None


ELIDED_BELOW = 1000
"""A bare value that takes the scale of the next one is below this: a scale word counts
thousands of what it scales ("5 to 7 million"; "500,000 to 7 million" has its own scale)."""
ELIDED_RATIO = 10
"""How far apart the digits of the two values may be: "from 5 to 7 million" says 5 million,
"from 500 to 7 million" is no pair of one scale."""


def scale_distributes(
    bare: Fraction | Decimal | int,
    digits: Fraction | Decimal | int,
    scale: Fraction | Decimal | int,
) -> bool:
    """Whether the scale of the second of two values joined by "to" distributes back over a
    bare first, as in a change "from 5 to 7 million" (5 million) or "from $8 to $6 billion":
    the scale is a scale word's (1,000 or more), the bare value is below ``ELIDED_BELOW`` and
    within a factor of ``ELIDED_RATIO`` of the second's ``digits``. "rose to 7 million from 5"
    writes no elided scale: English leaves out only the first value's."""
    low, high = Fraction(bare), Fraction(digits)
    return (
        scale >= 1000
        and 0 < low < ELIDED_BELOW
        and high > 0
        and low * ELIDED_RATIO >= high
        and high * ELIDED_RATIO >= low
    )


_LEADING_DIGITS = LazyPattern(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def leading_digits(text: str, start: int, end: int | None = None) -> Decimal | None:
    """The digits written at ``start`` ("20" of "20 million"), or None."""
    from factextract.numbers.parse import parse_digits  # parse imports this module

    found = _LEADING_DIGITS.match(text, start, len(text) if end is None else end)
    return parse_digits(found.group()) if found else None


def distributed_scale(bare: Decimal, digits: Decimal | None, value: Decimal) -> Decimal | None:
    """The factor of the scale word that a second value (``value``, written as ``digits`` and
    a scale word) shares with a bare first one, as ``scale_distributes`` allows: 1,000,000 for
    "from 5 to 7 million"; None for "from 500 to 7 million" or "from 5 to 7,000"."""
    if not digits:
        return None
    scale = value / digits
    if scale != scale.to_integral_value() or not scale_distributes(bare, digits, scale):
        return None
    return scale


def _thousands_elided(a: _Atom, b: _Atom) -> bool:
    """Whether a short bare first value may share the thousands a second written in digits
    spells out: "between 20 and 30,000", "20-30,000 people" often say 20,000 to 30,000 but
    may say 20 to 30,000; a range of either reading could be wrong, so none is made. "500 to
    1,000" and "2-3 million" (a scale word, read as shared) are no such pair."""
    if a.scale != 1 or b.scale != 1 or a.spelled or b.spelled or not isinstance(a.value, int):
        return False
    if not isinstance(b.value, int) or b.value % 100 or not a.raw.isdecimal():
        return False  # "2,500" may elide thousands too: "between 1 and 2,500"
    thousands = Fraction(b.value, 1000)
    return a.value < thousands and scale_distributes(a.value, thousands, 1000)


def _pair(
    text: str, a: _Atom, b: _Atom, label_a: Label | None
) -> _ExactRow | list[_ExactRow] | bool | None:
    """Join two atoms into a range (the ``Numeral`` fields, with exact values); False if they
    are not joined, None to drop both, and the rows of both for the two sides of a vote's
    tally (the second of "52-48" would otherwise be read as inside a token, as "F-16" is)."""
    if _CONNECTOR.fullmatch(text, a.end, b.start) is None:  # most neighbours are not joined
        if label_a == "identifier" and _THROUGH.fullmatch(text, a.end, b.start):
            lead = text[max(0, a.start - 24) : a.start].lower()
            if (noun := _LAST_WORD.search(lead)) and is_plural(noun[1]):
                return None  # "grades 3 through 8", "Articles 5 through 9": names
        return False
    gap = text[a.end : b.start]
    word = gap.strip().lower()
    lead = text[max(0, a.start - 24) : a.start].lower()
    if label_a == "fraction":
        return False  # "cut by a third to 2,000"
    if label_a == "identifier" and (noun := _LAST_WORD.search(lead)) and is_plural(noun[1]):
        return None  # "Articles 5 and 6", "pages 10-12", "Flights 101 and 102": names
    if word == "and" and not lead.rstrip().endswith("between"):
        return False
    from_lead = word == "to" and (_FROM_END.search(lead) or _from_scale_re().search(lead))
    if from_lead and (label_a == "year" or not _range_verb_re().search(lead)):
        return False  # "rose from X to Y", "from magnitude 6.1 to 6.4": changes; "ranged from
        # X to Y" is a range, but "runs from 2012 to 2016" is the dates' range with its "from"
    if (label_a == "cardinal" or (label_a == "identifier" and after_chamber(text, a.start))) and (
        vote_tally(text, a, b, word)
    ):
        # "The House voted 220 to 207", "passed the Senate 52-48": two counts of votes, no range
        return [(x.start, x.end, x.value, None, "cardinal", False, 1) for x in (a, b)]
    if label_a in ("year", "date", "identifier", None) or (
        (a.spelled or b.spelled) and word in "-–—/"
    ):  # "one-two punch", "one-2": spelled ranges are written "two to three"
        if label_a == "year" and _year_range(a, b, gap):
            last = int(b.raw) if len(b.raw) == 4 else int(a.raw) // 100 * 100 + int(b.raw)
            last += 100 if last < int(a.raw) else 0  # 1999-00 is 1999-2000
            start = a.start - len(lead) + lead.rindex("between") if word == "and" else a.start
            return start, b.end, a.value, last, "year_range", False, 1
        return None if word in ("-", "–", "—", "/") else False
    if (
        word in ("to", "-", "–", "—")
        and a.value > b.value
        and a.scale == b.scale == 1
        and _TALLY_LEAD.search(lead)
        and _tally_after(text, b.end)
    ):  # "won by 306 to 232 electoral votes", "won 306-232 electoral votes": two counts
        return [(x.start, x.end, x.value, None, "cardinal", x.spelled, 1) for x in (a, b)]
    if word == "/" or (word in "-–—:" and _score(text, lead, b.end)):
        return None  # "won 3-1", "lost 1-3", "a 1-4 defeat", "a 3-1 home win": a score
    if word in "-–—" and _in_score_run(text, a.start, b.end):
        return None  # "beating him 1-6, 7-6 (6), 6-1": set scores
    if (
        word in "-–—"
        and _TALLY_LEAD.search(lead)
        and not _counts_after(text, b.end)
        and not _measured_after(text, b.end)
    ):  # "The budget passed 3-5 after debate": a tally ("passed 3-5 bills" counts, "won 12-15
        return None  # percent of the vote" is a range of percentages)
    if word == "to" and a.value > b.value and _TALLY_LEAD.search(lead):
        return None  # "voted 10 to 2", "odds of 100 to 1": a tally or ratio
    low = a.value
    if a.scale == 1 and b.scale > 1 and a.value * b.scale < b.value:
        low = a.value * b.scale  # "2-3 million"; not "900,000 to 1.2 million"
    if low >= b.value:
        return None if word in ("-", "–", "—") else False  # a score (3-1), not a range
    if word == "to" and by_then_to(lead, low, b.value):
        return False  # "rose by 50,000 to 1.5 million": a change; "fall by 5 to 10 per cent"
    if (
        word == "to"
        and (a.scale == b.scale == 1 or (a.scale == 1 and low == a.value))
        and b.value > CHANGE_RATIO * low
        and _change_by_to(text, lead, b.end, a.start)
    ):
        return False  # "The index fell 5 to 30.": a change by 5 to 30 ("rose 5 to 10": either);
        # "Payrolls rose 150,000 to 158 million", "cut its workforce 3,000 to 120,000" too, but
        # not "rose 2 to 3 million"
    if word == "to" and b.scale >= 1000 and verb_then_to(text[max(0, a.start - 48) : a.start]):
        return False  # "Sales rose $2 to 7 billion": a change by $2 billion to $7 billion
    if word == "to" and _SYMBOL_END.search(lead) and _counts_after(text, b.end):
        return False  # "gave $5 to 7 charities": money, then a count
    if _thousands_elided(a, b):
        return None  # "between 20 and 30,000 people": 20 or 20,000? Neither is sure
    start = a.start - len(lead) + lead.rindex("between") if word == "and" else a.start
    spelled = a.spelled and b.spelled
    return start, b.end, low, b.value, "range", spelled, b.scale
