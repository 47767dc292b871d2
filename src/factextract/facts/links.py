"""Links between facts: changes ("from 10.5 percent to 0.6 percent", "rose to 8.1% from 7.4%",
"fell by 3 per cent to 1.2 million", "up 4.2 percentage points", "rose 12 cents to $3.89") and
currency conversions (``conversions.py``).

Runs last and pairs the money, percentage and quantity spans of one sentence by the words
between them; it writes ``doc.spans["changes"]`` and ``doc.spans["conversions"]`` with the rule
in ``span.id_``. ``find_roles`` re-reads the roles (from, to, by) when records are built.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from spacy.tokens import Doc, Span

from factextract import lexicons
from factextract.facts import conversions, counted, dates, money, percentages, quantities
from factextract.facts.money.per_unit import per_unit_at
from factextract.facts.spans import Context, publish
from factextract.records import Change, Direction, Money, Percentage, Quantity

GROUP = "changes"
VALUE_GROUPS = (money.GROUP, percentages.GROUP, quantities.GROUP)
Value = Percentage | Quantity | Money

# A short adverbial may sit between two values: "from 5.2% in 2019 to 4.1%", "from $12 an hour
# to $15", "rose 38 per cent
# year on year to", "rose to 8.1%, from 7.4%", "to 4.5% of GDP from 6.1%", "fell 0.2% against
# the dollar to $1.0850", "dropped 20% from a year earlier to 4.1 million".
_ADVERBIAL = r"""(?:,?[ \u00a0]+(?:
      (?:a|an|per)[ \u00a0]+[a-z]+  # what a price is of: "$12 an hour", "120p a litre"
    | (?:in|on|at|during|for|over|since|by|before|after|until|of|against)(?:[ \u00a0]+[\w.-]+){1,3}
      (?:,[ \u00a0]+(?-i:[A-Z])[\w.-]*)?  # a place, its country: "in Delhi, India, up from"
    | year[- ]on[- ]year | month[- ]on[- ]month | quarter[- ]on[- ]quarter | y/y | yoy
    | (?:from[ \u00a0]+)?a[ \u00a0]+year[ \u00a0]+(?:earlier|ago|before)
    | from[ \u00a0]+the[ \u00a0]+(?:previous|prior|same)[ \u00a0]+(?:year|quarter|month|period)
    | last[ \u00a0]+year | this[ \u00a0]+year
    | (?:(?:in|on|at|during|for|over|since|by|until)[ \u00a0]+)?\x00  # a date, marked
    )){0,2}"""
"""Up to two: "fell 14.5% year on year in July to $281.8 billion"."""
_A_NOUN_OF = r"(?:an?[ \u00a0]+(?:[a-z]+[ \u00a0]+){1,2}of[ \u00a0]+)"
"""What may stand after "to" or "by": "to an average of", "to a record high of"."""
_GAP = {
    word: re.compile(
        rf"{_ADVERBIAL},?[ \u00a0]+{word}[ \u00a0]+{_A_NOUN_OF + '?' if word == 'to' else ''}",
        re.IGNORECASE | re.VERBOSE,
    )
    for word in ("to", "from")
}
_KEYWORD = re.compile(r"\b(from|to|by)[ \u00a0]+$", re.IGNORECASE)
_UP_FROM = re.compile(
    rf"(?:[ \u00a0]+(?:a|an|per)[ \u00a0]+[a-z]+)?{_ADVERBIAL},[ \u00a0]+"
    r"(?P<dir>up|down)[ \u00a0]+from[ \u00a0]+",
    re.IGNORECASE | re.VERBOSE,
)
"""What stands between a value and the one it moved from: "N145 a litre, up from N87",
"$5 billion in 2019, down from"."""
_DATE_MARK = "\x00"
"""What stands for a date in a gap read with the dates marked (as ``_ADVERBIAL`` knows it)."""
_LOOSE_UP_FROM = re.compile(
    rf"(?:[ \u00a0]+(?:[a-z][a-z'’-]*|{_DATE_MARK})){{1,6}},[ \u00a0]+"
    r"(?P<dir>up|down)[ \u00a0]+from[ \u00a0]+"
)
"""The same gap with its dates marked: up to six lower-case words and dates ("$3.19 a gallon
nationwide last week, up from", "£2.65bn in the year to Feb. 26, up from")."""
_CLAUSE_LINKS = frozenset({"and", "or", "but", "while", "whereas", "which", "who", "when", "as"})
"""Words that open another clause in the gap: "$5bn and costs fell, up from" is no change."""
_WORD = re.compile(r"[A-Za-z]+")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


@dataclass(frozen=True, slots=True)
class Roles:
    """The facts of a change by role, the cue verb and where the change starts."""

    start: int
    end: int
    rule: str
    from_value: Span | None
    to_value: Span | None
    by_value: Span | None
    direction: Direction
    cue: Cue | None
    anchor: int
    """Where the keyword ("from", "to", "by") or, without one, the first value starts."""


@dataclass(frozen=True, slots=True)
class Cue:
    """A change verb ("rose", "cut", "up") and the words between it and the values."""

    direction: Direction
    start: int
    end: int


@cache
def _cue_directions() -> dict[str, Direction]:
    cues = lexicons.change_cues()
    table: dict[str, Direction] = {w: "unknown" for w in cues.neutral}
    table.update({w: "up" for w in cues.up})
    table.update({w: "down" for w in cues.down})
    return table


@cache
def _range_verbs() -> frozenset[str]:
    return frozenset(lexicons.change_cues().range_verbs)


_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]")


def _cue_before(ctx: Context, char: int, sentence: int) -> Cue | None:
    """The nearest change verb among the four words before ``char``, in the same clause
    (``sentence`` is where the sentence of ``char`` starts)."""
    low = max(sentence, char - 40)
    clause = _CLAUSE_BREAK.split(ctx.text[low:char])[-1]
    words = _WORD.findall(clause)[-4:]  # strings: most clauses hold no cue, so no Matches
    ranges, directions = _range_verbs(), _cue_directions()
    for k in range(len(words) - 1, -1, -1):
        word = words[k].lower()
        if word in ranges:
            return None  # "ranged from 5% to 7%" is a range, not a change
        direction = directions.get(word)
        if direction is not None:
            match = list(_WORD.finditer(clause))[k - len(words)]
            offset = char - len(clause)
            return Cue(direction, offset + match.start(), offset + match.end())
    return None


_BY_A_NOUN_OF = re.compile(rf"\b(by|to)[ \u00a0]+{_A_NOUN_OF}$", re.IGNORECASE)
"""A "by" or "to" the value follows after "a ... of": "rose by an average of £1,200 to
£31,000", "climbed to a record high of $2,400"."""


_KEYWORD_LASTS = frozenset("mMoOyYfF \u00a0\n")
"""The characters a keyword may end with two characters before its value: the last letters of
"from", "to", "by" and "of" (no ``patterns.CASE_TRAPS`` character folds to one), or a space
or newline of a longer gap."""


def _keyword(ctx: Context, value: Span, sentence: int) -> re.Match[str] | None:
    text, start = ctx.text, value.start_char
    if text[start - 1 : start] == " " and text[start - 2 : start - 1] not in _KEYWORD_LASTS:
        return None  # most values: one space after a word that is no keyword
    found = _KEYWORD.search(text, max(sentence, start - 8), start)
    if found is None and text[start - 3 : start - 1] == "of":  # "by an average of"
        found = _BY_A_NOUN_OF.search(text, max(sentence, start - 40), start)
    return found


def _joined_by(gap: str) -> str | None:
    """The word that links two values ("to", "from"), if the text between them is one of
    ``_GAP``. Both patterns end in their word and spaces: a gap whose last word is neither
    is no link, without trying the patterns."""
    head = gap.rstrip(" \u00a0")
    # (?i) reads only ASCII letters as "to" or "from" (patterns.CASE_TRAPS holds no t, o, f,
    # r or m), and lower() keeps what ends the string.
    if len(head) == len(gap) or not head[-4:].lower().endswith(("to", "from", "of")):
        return None
    return "to" if _GAP["to"].fullmatch(gap) else "from" if _GAP["from"].fullmatch(gap) else None


def _pairs(
    ctx: Context, first: Span, second: Span, sentence: int, after: int | None = None
) -> Roles | None:
    """Two values of one clause: "from A to B", "to B from A", "by C to B", "rose C to B",
    "B, up from A". ``after``: where the first ends with its restatement ("¥500 billion
    ($3.3 billion)"), if it has one."""
    after = first.end_char if after is None else after
    gap = ctx.text[after : second.start_char]
    joined_by = _joined_by(gap)
    if joined_by is None and len(gap) > 8 and gap.rstrip(" \u00a0")[-4:].endswith(("to", "from")):
        # "rise to $140 million next season, from": the dates marked, the adverbials hold them
        marked = _dates_marked(ctx, gap, after)
        joined_by = _joined_by(marked) if marked != gap else None
    if (
        joined_by is None
        and gap.endswith(_AT_ENDS)
        and _closed_at(ctx, gap, first, second, sentence)
    ):
        joined_by = "to"  # "closed up 0.5% at 7,500 points"
    if joined_by is None:
        moved = _moved_from(ctx, gap, after) if "from" in gap else None
        if moved is None:
            # "…, compared with ", "…, against ": most gaps end otherwise, or hold no comma
            compared = gap[-2:-1] in _COMPARED_LAST and "," in gap
            return _compared(ctx, first, second) if compared else None
        return _up_from(first, second, moved)
    keyword = _keyword(ctx, first, sentence)
    lead = keyword.group(1).lower() if keyword else None
    start = keyword.start() if keyword else first.start_char
    cue = _cue_before(ctx, start, sentence)  # the keyword lies in the sentence of ``first``
    roles: tuple[Span | None, Span | None, Span | None]
    if lead == "from" and joined_by == "to":
        roles, rule = (first, second, None), "from_to"
    elif lead == "to" and joined_by == "from":
        roles, rule = (second, first, None), "to_from"
    elif lead == "by" and joined_by == "to" and cue is not None:
        # no verb, no change: "passed by 60 votes to 40", "won by 3 goals to 1" are tallies
        roles, rule = (None, second, first), "by_to"
    elif lead is None and joined_by == "to" and cue is not None:
        roles, rule = (None, second, first), "cue_by_to"
    elif lead in (None, "by") and joined_by == "from" and cue is not None:
        roles, rule = (second, None, first), "cue_by_from"  # "up 23 per cent from 125.5 Mt"
    else:
        return None
    if lead == "from" and cue is None and _range_verb_before(ctx, start):
        return None
    old, new, by = roles
    return Roles(
        start=min(start, cue.start) if cue else start,
        end=second.end_char,
        rule=rule,
        from_value=old,
        to_value=new,
        by_value=by,
        direction=cue.direction if cue else "unknown",
        cue=cue,
        anchor=start,
    )


_AT_ENDS = (" at ", " at\u00a0", "\u00a0at ", "\u00a0at\u00a0")
_CLOSED_AT = re.compile(
    rf"{_ADVERBIAL},?[ \u00a0]+(?:to[ \u00a0]+(?P<verb>[a-z]+)[ \u00a0]+)?at[ \u00a0]+",
    re.IGNORECASE | re.VERBOSE,
)
"""Between a change's size and the level it reached: ", at", " to close at"."""


def _closed_at(ctx: Context, gap: str, first: Span, second: Span, sentence: int) -> bool:
    """Whether "at" between ``first`` and ``second`` says where a change went, as "to" does:
    after a verb that states a level before the change verb ("closed down $12.50, or 5%, at
    $237.49", "ended up 0.5% at 7,500 points"), in "to close at" ("fell 3% to close at $45"),
    or after a copula before a price or a rate ("Brent was up 45 cents, or 0.5%, at $85.20");
    not "rose 5% at 200 stores", nor "were up 3% at 200 stores"."""
    found = _CLOSED_AT.fullmatch(gap)
    if found is None:
        return False
    table = _subject_words()
    if found.group("verb") is not None:
        return found.group("verb").lower() in table.level_verbs
    cue = _cue_before(ctx, first.start_char, sentence)
    if cue is None:
        return False
    words = _WORD.findall(ctx.text, max(sentence, cue.start - 24), cue.start)
    verb = words[-1].lower() if words else ""
    if verb in table.copulas:
        return second.label_ in ("money", "percentage")
    return verb in table.level_verbs


def _moved_from(ctx: Context, gap: str, at: int) -> re.Match[str] | None:
    """The "B ..., up from A" match of ``gap`` (which starts at char ``at``): the gap of
    ``_UP_FROM``, or a few lower-case words and dates that open no clause."""
    moved = _UP_FROM.fullmatch(gap)
    if moved is not None or not gap.rstrip(" \u00a0").endswith("from"):
        return moved
    gap = _dates_marked(ctx, gap, at)
    loose = _LOOSE_UP_FROM.fullmatch(gap)
    if loose is None or not _CLAUSE_LINKS.isdisjoint(_WORD.findall(gap)):
        return None
    return loose


def _dates_marked(ctx: Context, gap: str, at: int) -> str:
    """``gap`` (which starts at char ``at``) with each date inside it one ``_DATE_MARK``; a
    gap longer than six words and a date is left as it is (no pattern would take it)."""
    if len(gap) > 64:
        return gap  # reading the dates costs: a long gap is no adverbial
    for date in reversed(_dates_within(ctx, at, at + len(gap))):  # right to left: offsets stay
        gap = gap[: date.start_char - at] + _DATE_MARK + gap[date.end_char - at :]
    return gap


def _dates_within(ctx: Context, start: int, end: int) -> list[Span]:
    """The date spans between chars ``start`` and ``end``, found by bisection (the group is
    in text order)."""
    group = ctx.group(dates.GROUP)
    k = bisect.bisect_left(group, start, key=_start_char)
    found = []
    while k < len(group) and group[k].start_char < end:
        if group[k].end_char <= end:
            found.append(group[k])
        k += 1
    return found


_BEFORE_UP = re.compile(rf"(?:[ \u00a0]+(?:[a-z][a-z'’-]*|{_DATE_MARK})){{0,6}},[ \u00a0]*")
"""Between a value and the "up"/"down" after it: "$25.3 million last year, up 12%"."""


def _moved_by(
    ctx: Context, roles: Roles, before: Span | None, taken: set[int], after: int | None = None
) -> Roles:
    """ "$25.3 million last year, up 12% from $22.6 million", "£530,000 in March, up 2%": a
    change by a value after "up" or "down" that lacks its end is to the value before the
    comma (of the kind and unit of the value it moved from, if any), when a few lower-case
    words and dates stand between them and no other change holds it. ``after``: where the
    value's restatement ends, if it has one ("Rs 15,792 crore ($1.9 billion), up 11%")."""
    cue = roles.cue
    if roles.rule not in ("cue_by_from", "cue_by") or roles.to_value is not None or cue is None:
        return roles
    if (
        before is None
        or before.start in taken
        or ctx.lowers[ctx.token_at(cue.start)]
        not in (
            "up",
            "down",
        )
    ):
        return roles
    old = roles.from_value
    if old is not None and (old.label_, old.kb_id_) != (before.label_, before.kb_id_):
        return roles
    per = per_unit_at(ctx.text, before.end_char)
    at = after if after is not None else per[1] if per else before.end_char
    gap = ctx.text[at : cue.start]
    if "," not in gap or not _BEFORE_UP.fullmatch(_dates_marked(ctx, gap, at)):
        return roles
    if not _CLAUSE_LINKS.isdisjoint(_WORD.findall(gap)):
        return roles
    start = before.start_char
    return dataclasses.replace(
        roles, start=start, rule=MOVED_BY, to_value=before, anchor=start, cue=None
    )


MOVED_BY = "to_up_by"


def _up_from(new: Span, old: Span, moved: re.Match[str]) -> Roles | None:
    """ "B, up from A": a change from A to B, when both are of one kind and unit ("6.8 million
    mu, or 453,000 hectares, up from 5.9 million mu" is none)."""
    if (new.label_, new.kb_id_) != (old.label_, old.kb_id_):
        return None
    direction: Direction = "up" if moved.group("dir").lower() == "up" else "down"
    start = new.start_char
    return Roles(start, old.end_char, "to_up_from", old, new, None, direction, None, start)


_COMPARED_GAP = re.compile(
    r"(?:[ \u00a0]+[\w.'’-]+){0,3},[ \u00a0]+"
    r"(?:compared[ \u00a0]+(?:with|to)|against|versus|vs\.?)[ \u00a0]"
)
"""Between a value and the one it is compared with: "$12.5bn this year, compared with"."""
_COMPARED_LAST = frozenset("host.")
"""The last character of the word that ends a ``_COMPARED_GAP`` (with, to, against, versus,
vs, vs.): a gap whose character before its last ends no other is no comparison."""
_DATE_GAP = re.compile(r"[ \u00a0]+(?:(?:in|on|at|during|over)[ \u00a0]+)?")
"""Between the compared value and the date it was of: "$11.2bn a year earlier", "in 2019"."""


def _compared(ctx: Context, new: Span, old: Span) -> Roles | None:
    """ "Revenue was $12.5bn, compared with $11.2bn a year earlier", "46p per kWh, against
    38p per kWh a year ago": a change from the value of a date to the one before it, when
    both are of one kind and unit. Without the date it is no change ("8%, the highest of
    any region, compared with 5% nationally"); the direction is the values'."""
    text = ctx.text
    if (new.label_, new.kb_id_) != (old.label_, old.kb_id_):
        return None
    per = per_unit_at(text, new.end_char)
    if not _COMPARED_GAP.fullmatch(text, per[1] if per else new.end_char, old.start_char):
        return None
    theirs = per_unit_at(text, old.end_char)
    after = theirs[1] if theirs else old.end_char
    if not any(
        _DATE_GAP.fullmatch(text, after, date.start_char) for date in _dates_near(ctx, after)
    ):
        return None
    start = new.start_char
    return Roles(start, old.end_char, COMPARED, old, new, None, "unknown", None, start)


COMPARED = "to_compared_from"
_MOVED_FROM = frozenset({"to_up_from", COMPARED, "to_up_by"})
"""The rules of "B, up from A" and "B, compared with A <date>": the change starts at B."""


def _dates_near(ctx: Context, char: int) -> list[Span]:
    """The date spans that start within a few words after ``char``."""
    return [d for d in ctx.group(dates.GROUP) if char < d.start_char <= char + 8]


_APPOSED = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*or|\()[ \u00a0]*")
"""What sets a value in apposition to the one before it: "$2m, or 20 cents a share"."""


_PART_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their)[ \u00a0]+)?")


def _part_moved(ctx: Context, roles: Roles, part: Span, whole: Span) -> Roles:
    """ "will hold 230 of the 400 seats, down from 249": what moved is the part, not the
    whole it is a part of."""
    if _PART_OF.fullmatch(ctx.text, part.end_char, whole.start_char) is None:
        return roles
    if roles.from_value is None or part.label_ != roles.from_value.label_:
        return roles
    start = part.start_char
    return dataclasses.replace(roles, start=start, to_value=part, anchor=start)


_LOOSE_APPOSED = re.compile(
    rf"(?P<words>(?:[ \u00a0]+(?:[a-z][a-z'’-]*|{_DATE_MARK})){{1,6}})"
    r"(?:,[ \u00a0]*or|[ \u00a0]*\()[ \u00a0]*"
)
"""``_APPOSED`` after a few lower-case words and dates: "$1.9 trillion in fiscal 2024, or"."""


def _apposed(ctx: Context, head: Span, apposed: Span) -> re.Match[str] | None:
    """What sets ``apposed`` in apposition to ``head``: right after it, or after a few
    lower-case words and dates that open no clause ("$1.9 trillion in fiscal 2024, or 6.7
    percent of GDP, up from")."""
    found = _APPOSED.fullmatch(ctx.text, head.end_char, apposed.start_char)
    tail = ctx.text[apposed.start_char - 4 : apposed.start_char]
    if found is not None or not ("(" in tail or tail.endswith(("or ", "or\u00a0"))):
        return found  # most neighbours: a string test says so fast
    gap = ctx.text[head.end_char : apposed.start_char]
    if len(gap) > 64:
        return None
    loose = _LOOSE_APPOSED.fullmatch(_dates_marked(ctx, gap, head.end_char))
    if loose is None or not _CLAUSE_LINKS.isdisjoint(_WORD.findall(loose.group("words"))):
        return None
    return loose


def _head_moved(ctx: Context, head: Span, apposed: Span, old: Span) -> Roles | None:
    """ "$2m, or 20 cents a share, up from $1m", "£5m ($6m), up from £4m", "$1.9 trillion in
    fiscal 2024, or 6.7 percent of GDP, up from $1.7 trillion": what moved is the head value,
    not the one in apposition to it; None when the head is no such value."""
    apposition = _apposed(ctx, head, apposed)
    if apposition is None:
        return None
    gap = ctx.text[apposed.end_char : old.start_char]
    if "(" in apposition.group():  # "£5m ($6m), up from": the parenthesis closes first
        gap = gap[1:] if gap.startswith(")") else ""
    moved = _UP_FROM.fullmatch(gap) if "from" in gap else None
    return None if moved is None else _up_from(head, old, moved)


def _apposed_by_to(
    ctx: Context, head: Span, apposed: Span, new: Span, sentence: int
) -> Roles | None:
    """ "fell 300 points, or 0.9%, to 33,000", "rose 45 cents, or 0.5%, to $85.20", "fell by
    $1.2 billion, or 8%, to $13.8 billion": the change is by the head value, to the value
    after the one in apposition."""
    if _APPOSED.fullmatch(ctx.text, head.end_char, apposed.start_char) is None:
        return None
    gap = ctx.text[apposed.end_char : new.start_char]
    if _joined_by(gap) != "to" and not (
        gap.endswith(_AT_ENDS) and _closed_at(ctx, gap, head, new, sentence)
    ):
        return None
    keyword = _keyword(ctx, head, sentence)
    if keyword is not None and keyword.group(1).lower() != "by":
        return None
    anchor = keyword.start() if keyword else head.start_char
    cue = _cue_before(ctx, anchor, sentence)
    if cue is None:
        return None
    return Roles(cue.start, new.end_char, "cue_by_to", None, new, head, cue.direction, cue, anchor)


def _apposed_to_from(
    ctx: Context, head: Span, apposed: Span, old: Span, sentence: int
) -> Roles | None:
    """ "Net income fell to $1.2 billion, or 45 cents a share, from $1.5 billion": a change
    to the head value from the value after the one in apposition, both of one kind and
    unit."""
    if not ctx.text.endswith(("from ", "from\u00a0"), 0, old.start_char):
        return None  # most neighbours: a string test says so fast
    if (head.label_, head.kb_id_) != (old.label_, old.kb_id_):
        return None
    if _APPOSED.fullmatch(ctx.text, head.end_char, apposed.start_char) is None:
        return None
    per = per_unit_at(ctx.text, apposed.end_char)
    gap = ctx.text[per[1] if per else apposed.end_char : old.start_char]
    if _joined_by(gap) != "from":
        return None
    keyword = _keyword(ctx, head, sentence)
    if keyword is None or keyword.group(1).lower() != "to":
        return None
    anchor = keyword.start()
    cue = _cue_before(ctx, anchor, sentence)
    start = cue.start if cue else anchor
    direction: Direction = cue.direction if cue else "unknown"
    return Roles(start, old.end_char, "to_from", old, head, None, direction, cue, anchor)


def _completed(
    ctx: Context, roles: Roles, second: Span, third: Span, after: int | None = None
) -> Roles:
    """A change of two values whose third is the end it lacks: "rose 10% to $1.1bn from $1bn",
    "rose 10% from $1bn to $1.1bn" are one change, not a by-to change and a from change. The
    two ends are of one kind and unit. ``after``: where the second's restatement ends, if it
    has one ("rose 5% to 1.2 trillion yen ($11 billion) from 1.14 trillion yen")."""
    after = second.end_char if after is None else after
    joined_by = _joined_by(ctx.text[after : third.start_char])
    if roles.rule in _MOVED_FROM or (second.label_, second.kb_id_) != (third.label_, third.kb_id_):
        return roles
    if joined_by == "from" and roles.from_value is None and roles.to_value is second:
        return dataclasses.replace(roles, end=third.end_char, from_value=third)
    if joined_by == "to" and roles.to_value is None and roles.from_value is second:
        return dataclasses.replace(roles, end=third.end_char, to_value=third)
    return roles


def _range_verb_before(ctx: Context, char: int) -> bool:
    words = _WORD.findall(ctx.text[max(0, char - 20) : char])
    return bool(words) and words[-1].lower() in _range_verbs()


_BOUND = re.compile(r"(?i)(?:below|above|under|over|beneath)\b")


def _single(ctx: Context, value: Span, sentence: int) -> Roles | None:
    """ "rose by 5%", "up 4.2 percentage points", "rose to 8.1%": one value and a verb."""
    keyword = _keyword(ctx, value, sentence)
    if keyword is None and value.label_ != "percentage":
        return None  # "dropped 60 inches of rain" is no change; "rose 38 per cent" is
    at = keyword.start() if keyword else value.start_char
    cue = _cue_before(ctx, at, sentence)
    if cue is None or cue.direction == "unknown":
        return None
    role = keyword.group(1).lower() if keyword else "by"
    if keyword is None and _BOUND.match(ctx.text, value.start_char, value.end_char):
        role = "to"  # "dropped below 3 per cent" says where it went, not by how much
    roles: tuple[Span | None, Span | None, Span | None] = {
        "to": (None, value, None),
        "from": (value, None, None),
    }.get(role, (None, None, value))
    return Roles(min(at, cue.start), value.end_char, f"cue_{role}", *roles, cue.direction, cue, at)


_start_char = operator.attrgetter("start_char")


def _modifier_by(ctx: Context, roles: Roles, ends: dict[int, Span], used: set[int]) -> Roles:
    """ "a 5% increase in fares to $2.90", "a $2 rise to $10": a value right before a noun
    of change is its size (a percentage, or a value of the kind and unit of the end)."""
    cue, new = roles.cue, roles.to_value
    if cue is None or new is None or roles.by_value is not None:
        return roles
    size = ends.get(cue.start - 1)
    if size is None or size.start in used or ctx.text[cue.start - 1] not in " \u00a0":
        return roles
    if size.label_ != "percentage" and (size.label_, size.kb_id_) != (new.label_, new.kb_id_):
        return roles
    used.add(size.start)
    return dataclasses.replace(roles, start=size.start_char, by_value=size)


def find_roles(ctx: Context) -> list[Roles]:
    """Every change in the Doc with its facts by role (worked out once per state of the
    value span groups: the component and record building both ask)."""
    return ctx.derived("changes", (*VALUE_GROUPS, conversions.GROUP), lambda _: _find_roles(ctx))


def _find_roles(ctx: Context) -> list[Roles]:
    # ``ctx.group`` holds the Span objects the finders published: iterating a SpanGroup
    # would make a new Span per value.
    values = sorted((s for name in VALUE_GROUPS for s in ctx.group(name)), key=_start_char)
    restated = _restated(ctx)
    if restated:
        values = [v for v in values if v.start_char not in restated]
    ends = {c.start_char: c.end_char for c in ctx.group(conversions.GROUP)} if restated else {}
    sentences = [ctx.sentence_start(value.start_char) for value in values]
    found: list[Roles] = []
    used: set[int] = set()
    for k, (first, second) in enumerate(itertools.pairwise(values)):
        if sentences[k] != sentences[k + 1] or first.start in used:
            continue
        roles = _pairs(ctx, first, second, sentences[k], ends.get(first.start_char))
        if k > 0 and sentences[k - 1] == sentences[k] and values[k - 1].start not in used:
            head = _head_moved(ctx, values[k - 1], first, second)
            if head is None and roles is None:
                head = _apposed_by_to(ctx, values[k - 1], first, second, sentences[k])
            if head is None and roles is None:
                head = _apposed_to_from(ctx, values[k - 1], first, second, sentences[k])
            roles = head if head is not None else roles
            if roles is not None and roles.rule == "to_up_from":
                roles = _part_moved(ctx, roles, values[k - 1], first)
        if roles is not None:
            third = values[k + 2] if k + 2 < len(values) else None
            if third is not None and sentences[k + 2] == sentences[k]:
                roles = _completed(ctx, roles, second, third, ends.get(second.start_char))
                if roles.end == third.end_char:
                    used.add(third.start)
            found.append(roles)
            # "rose 2.5 per cent in February, down from 2.9 per cent": the first value
            # also keeps the change its verb makes
            used.update(
                {second.start} if roles.rule in _MOVED_FROM else {first.start, second.start}
            )
            if roles.by_value is not None and roles.by_value.start < first.start:
                used.add(roles.by_value.start)  # "fell 3%, or 300 points, to": 3% is taken
            if roles.to_value is not None and roles.to_value.start < first.start:
                used.add(roles.to_value.start)  # "fell to $1.2bn, or 45 cents a share, from"
    at = {v.end_char: v for v in values}
    for value, sentence in zip(values, sentences, strict=True):
        if value.start not in used:
            roles = _single(ctx, value, sentence)
            if roles is not None:
                roles = _modifier_by(ctx, roles, at, used)
                found = _with_single(ctx.text, found, roles)
                used.add(value.start)
    moved = _with_moved_by(ctx, found, values, sentences, ends)
    return sorted(moved, key=lambda r: r.start)


def _restated(ctx: Context) -> set[int]:
    """Where the values that restate another in a conversion start ("($3.3 billion)" of
    "¥500 billion ($3.3 billion)"): no end of a change, they stand between its ends ("rose to
    ¥500 billion ($3.3 billion) from ¥420 billion")."""
    return {
        value.start_char
        for conversion in ctx.group(conversions.GROUP)
        for value in ctx.group(money.GROUP)
        if conversion.start_char < value.start_char and value.end_char <= conversion.end_char
    }


def _with_moved_by(
    ctx: Context,
    found: list[Roles],
    values: list[Span],
    sentences: list[int],
    ends: dict[int, int],
) -> list[Roles]:
    """``found`` with each change by a value after "up" or "down" given the value before
    the comma as its end (``_moved_by``); ``ends``: where a value's conversion ends, by where
    the value starts ("Rs 15,792 crore ($1.9 billion) for the quarter, up 11%")."""
    taken = {v.start for r in found for v in (r.from_value, r.to_value, r.by_value) if v}
    at = {v.start: k for k, v in enumerate(values)}
    moved = []
    for roles in found:
        by = roles.by_value
        k = at[by.start] if by is not None else 0
        before = values[k - 1] if k > 0 and sentences[k - 1] == sentences[k] else None
        after = ends.get(before.start_char) if before is not None else None
        moved.append(_moved_by(ctx, roles, before, taken, after) if by is not None else roles)
    return moved


def _with_single(text: str, found: list[Roles], single: Roles) -> list[Roles]:
    """``found`` and a one-value change. "climbed to $5 billion, up from $4 billion" is one
    change from $4 billion to $5 billion with the verb's subject, not "climbed to $5 billion"
    and "$5 billion, up from $4 billion" overlapping, and "climbed to $30,000, up 5% from
    $28,500" one by 5% as well; "rose 2.5 per cent, down from 2.9 per cent" keeps both (by
    how much prices rose; how the rate moved)."""
    if single.rule == "cue_by":
        return _by_after_to(text, found, single)
    if single.rule != "cue_to" or single.to_value is None:
        return [*found, single]
    new = single.to_value
    for k, moved in enumerate(found):
        agrees = moved.direction == single.direction or moved.rule == COMPARED
        if not agrees or moved.from_value is None:
            continue
        if moved.rule in _MOVED_FROM and moved.to_value is new:
            by = None
        elif (
            moved.rule == "cue_by_from"
            and moved.cue is not None
            and _COMMA.fullmatch(text, new.end_char, moved.cue.start)
            and (moved.from_value.label_, moved.from_value.kb_id_) == (new.label_, new.kb_id_)
        ):
            by = moved.by_value
        else:
            continue
        merged = dataclasses.replace(
            single, end=moved.end, rule=f"{single.rule}_{moved.rule}", from_value=moved.from_value
        )
        merged = dataclasses.replace(merged, by_value=by) if by is not None else merged
        if moved.rule == COMPARED:  # "climbed to $5bn, compared with $4bn a year earlier"
            merged = dataclasses.replace(merged, direction="unknown")  # the values decide
        return [*found[:k], merged, *found[k + 1 :]]
    return [*found, single]


_COMMA = re.compile(r",[ \u00a0]*")
_UP_OR_DOWN = re.compile(r"(?i:up|down)\b")


def _by_after_to(text: str, found: list[Roles], single: Roles) -> list[Roles]:
    """``found`` and a change by a value after ", up" or ", down" right after the end of a
    change to a value in the same direction: "Rents jumped to an average of $2,000 a month,
    up 10% from a year earlier" is one change to $2,000 by 10%, not two."""
    cue = single.cue
    if cue is None or not found or _UP_OR_DOWN.match(text, cue.start, cue.end) is None:
        return [*found, single]
    last = found[-1]
    new = last.to_value
    if last.rule != "cue_to" or new is None or last.direction != single.direction:
        return [*found, single]
    per = per_unit_at(text, new.end_char)
    if _COMMA.fullmatch(text, per[1] if per else new.end_char, cue.start) is None:
        return [*found, single]
    return [*found[:-1], dataclasses.replace(last, end=single.end, by_value=single.by_value)]


def find(doc: Doc) -> list[Span]:
    """Change spans: from the cue verb (or keyword) to the end of the last value."""
    spans = []
    for roles in find_roles(Context.of(doc)):
        span = doc.char_span(roles.start, roles.end, label="change", span_id=roles.rule)
        if span is not None:
            spans.append(span)
    return spans


def subject(ctx: Context, roles: Roles) -> str | None:
    """What changed: the object between a transitive verb and its values ("cut rates by",
    "raised its key rate by"), else the content words before the verb ("its poverty incidence
    decreasing", "the rate was raised"). Reads the token table, not Token objects."""
    words, lowers = ctx.words, ctx.lowers
    end = ctx.token_at(roles.cue.start if roles.cue else roles.start)
    if roles.rule in _MOVED_FROM:  # "X was $5bn, down from": "costs $5" names no subject
        level = _level_verb(ctx, roles.anchor)
        if level is None:
            return _noun_of(ctx, roles.anchor)
        end = level
    if roles.cue is not None:
        between = range(ctx.token_at(roles.cue.end), ctx.token_at(roles.anchor))
        kept = [i for i in between if words[i].isalpha() and lowers[i] not in _DETERMINERS]
        while kept and lowers[kept[0]].endswith(("ly", "fold")):
            kept.pop(0)  # "fell sharply by", "rose tenfold to": an adverb, not what changed
        if len(kept) > 1 and lowers[kept[0]] in ("in", "of") and roles.by_value is not None:
            kept.pop(0)  # "a 5% increase in fares to": the noun of change's object
        if kept and all(lowers[i] not in counted.stop_words() for i in kept):
            return _tokens_text(ctx, _compound_start(ctx, kept[0], between.start), kept[-1])
    picked: list[int] = []
    floor = ctx.token_at(ctx.sentence_start(roles.start))
    i = _before_date(ctx, end, floor)
    table = _subject_words()
    auxiliaries, levels = lexicons.change_cues().auxiliaries, table.level_verbs
    joined = 0
    while i > floor:
        i -= 1
        low = lowers[i]
        if not picked and (low in auxiliaries or (i == end - 1 and low in levels)):
            i = _before_date(ctx, i, floor)
            continue  # "was", "has" and "closed" of "closed down 5%" stand before the verb
        if not picked and low in _HEDGES_BEFORE_VERB:
            if low == "than" and i - 1 > floor and lowers[i - 1] in ("more", "less"):
                i -= 1
            continue  # "Operating profit more than doubled", "Sales nearly tripled"
        if picked and _joins(ctx, i):
            i -= 1  # "once-daily", "10-year", "New York-listed": one word of the subject,
            picked.insert(0, i)  # whatever its first part ("once" alone is a stop word)
            joined += 1
            continue
        if picked and _measure(ctx, i, floor):
            picked.insert(0, i)  # "the 36 mg dose": the number of a measure
            continue
        if not words[i].isalpha() or _stop(words[i], low) or len(picked) - joined == 4:
            break
        if low in auxiliaries or low in table.causatives:
            # "Analysts said prices rose": the verb of another clause ends the subject;
            # "Weak demand saw profits fall": what changed is the object of "saw"
            break
        if not picked and low.endswith("ed"):
            break  # "temperatures dipped down to": the word before the cue is a verb
        picked.insert(0, i)
    if not picked or _lone_adverb(ctx, picked):
        return None
    start = _compound_start(ctx, picked[0], floor)  # "the 10-year note": from "10"
    first = _linked_head(ctx, start, floor)
    if first == start:
        first = _coordinated_head(ctx, first, floor)
    if _participle_object(ctx, first, floor) or (
        first == start and _measure(ctx, first, floor) and not _opens(ctx, first - 1, floor)
    ):
        return None  # "patients on the 36 mg dose lost 20%": the dose lost nothing
    return _tokens_text(ctx, _compound_start(ctx, first, 0), picked[-1])


def _joins(ctx: Context, i: int) -> bool:
    """Token ``i`` is a hyphen or slash that joins the words on its sides ("once-daily")."""
    return (
        ctx.words[i] in ("-", "/")
        and not ctx.spaced[i]
        and i > 0
        and not ctx.spaced[i - 1]
        and ctx.words[i - 1].isalnum()
    )


def _measure(ctx: Context, i: int, floor: int) -> bool:
    """Token ``i`` is a number after a determiner: "the 36 mg dose", "its 2024 revenue"
    (not "the S&P 500 index", whose number follows a name)."""
    return (
        i - 1 > floor
        and ctx.words[i].replace(",", "").replace(".", "").isdigit()
        and ctx.lowers[i - 1] in _DETERMINERS
    )


def _opens(ctx: Context, i: int, floor: int) -> bool:
    """Token ``i`` opens its clause: the sentence's first, after a mark or a clause opener."""
    return (
        i == floor
        or not ctx.words[i - 1].isalpha()
        or ctx.lowers[i - 1] in _subject_words().clause_openers
    )


_NOT_PARTICIPLES = frozenset({"during", "morning", "evening", "following", "according"})


def _participle_object(ctx: Context, first: int, floor: int) -> bool:
    """ "Patients taking the highest dose of a pill lost 13%": a phrase after an "-ing"
    verb and its determiner is that verb's object, not the subject of the change (the
    subject is the noun before the verb: too far to read safely, so none)."""
    lead = first - 1
    if lead > floor and ctx.lowers[lead] in _DETERMINERS and ctx.lowers[lead] != "that":
        lead -= 1  # not "noting that inflation rose": there "that" opens a clause
    low = ctx.lowers[lead]
    return (
        lead > floor
        and lead < first - 1
        and low.endswith("ing")
        and ctx.words[lead].islower()
        and low not in _NOT_PARTICIPLES
        and low not in _subject_words().prepositions
    )


_HEDGES_BEFORE_VERB = frozenset({"than", "nearly", "almost"})
"""Words of a hedge between a subject and its change verb ("more than doubled")."""


def _coordinated_head(ctx: Context, first: int, floor: int) -> int:
    """ "Sales excluding fuel and VAT", "Exports to China and India": a subject that starts
    after "and" or "or" is the second of two objects of a preposition when the one before
    links to a head noun; else it starts at ``first``."""
    words, lowers = ctx.words, ctx.lowers
    conj = first - 1
    if conj - 1 <= floor or lowers[conj] not in ("and", "or"):
        return first
    if not _content(words[conj - 1], lowers[conj - 1]):
        return first
    head = _linked_head(ctx, conj - 1, floor)
    return head if head < conj - 1 else first


def _before_date(ctx: Context, end: int, floor: int) -> int:
    """Where a subject read backwards from token ``end`` ends: before the date that ends
    right there and the preposition that leads it ("revenue in the third quarter was",
    "Profit last year rose"), else at ``end``."""
    if end - 1 <= floor:
        return end
    date_start = _date_starts(ctx).get(ctx.token_ends[end - 1])
    if date_start is None or date_start <= ctx.token_chars[floor]:
        return end
    first = ctx.token_at(date_start)
    lead = first - 1
    if lead > floor and ctx.lowers[lead] in _subject_words().prepositions:
        return lead
    return first


@lru_cache(maxsize=4)
def _date_starts(ctx: Context) -> dict[int, int]:
    """Where each date starts, by where it ends (from ``ctx.group``'s Spans: iterating the
    SpanGroup would make new ones). Asked when the dates are final: changes run last."""
    return {date.end_char: date.start_char for date in ctx.group(dates.GROUP)}


def _level_verb(ctx: Context, char: int) -> int | None:
    """Where the subject of the value at ``char`` ends: before an auxiliary ("Debt was
    $5bn") or a verb that states a level ("Prices averaged $3.19", "Sales totalled £2bn",
    "Output stood at 9.8 million"); None without one ("costs $5, up from $4")."""
    lowers, verbs = ctx.lowers, _subject_words().level_verbs
    before = ctx.token_at(char) - 1
    if before > 0 and lowers[before] == "at" and lowers[before - 1] in verbs:
        before -= 1
    if before < 0:
        return None
    if lowers[before] in lexicons.change_cues().auxiliaries:
        return before + 1  # ``subject`` skips the auxiliary
    return before if lowers[before] in verbs else None


def _noun_of(ctx: Context, char: int) -> str | None:
    """ "posted a net profit of Rs 15,792 crore, up 11%", "reported revenue of $5bn, up
    from $4bn": the one to three content words before the "of" that leads the value name
    what changed; not a word that only says the value is one ("a total of", "a record high
    of": ``subject_words.json``'s ``not_of_heads``)."""
    words, lowers = ctx.words, ctx.lowers
    of = ctx.token_at(char) - 1
    floor = ctx.token_at(ctx.sentence_start(char))
    if of <= floor or lowers[of] != "of":
        return None
    first = of
    while first > floor and of - first < 3 and _content(words[first - 1], lowers[first - 1]):
        first -= 1
    if not _subject_words().not_of_heads.isdisjoint(lowers[first:of]):
        return None
    # The phrase opens its clause or follows a determiner or a past verb: in "now forecasts
    # output of" the verb in -s could be read as a noun.
    while first < of and not (
        first == floor
        or not words[first - 1].isalpha()
        or lowers[first - 1] in _DETERMINERS
        or lowers[first - 1] in ("'s", "’s")
        or lowers[first - 1].endswith("ed")
    ):
        first += 1
    return None if first == of else _tokens_text(ctx, _compound_start(ctx, first, floor), of - 1)


def _lone_adverb(ctx: Context, picked: list[int]) -> bool:
    """ "a fee of £64m, potentially rising to £72m": a lower-case "-ly" word alone after a
    comma or the like is an adverb of the verb, not what changed ("supply" after "money"
    or a determiner stays a subject)."""
    first = picked[0]
    word = ctx.words[first]
    if len(picked) > 1 or not word.endswith("ly") or not word.islower() or first == 0:
        return False
    return ctx.words[first - 1] in (",", ";", ":", "(", "—", "–")


class _SubjectWords(lexicons.Row):
    comment: str = ""
    prepositions: frozenset[str]
    determiners: frozenset[str]
    level_verbs: frozenset[str]
    copulas: frozenset[str]
    not_of_heads: frozenset[str]
    causatives: frozenset[str]
    clause_openers: frozenset[str]


@cache
def _subject_words() -> _SubjectWords:
    return lexicons.load_object(_SubjectWords, "subject_words.json")


def _linked_head(ctx: Context, first: int, floor: int, links: int = 2) -> int:
    """Where a subject that starts at token ``first`` starts when a preposition links it to
    the noun before ("Exports to China", "The price of gold", "Unemployment in the US"):
    at that noun, if one or two content words before the preposition open the clause or
    follow a determiner; else at ``first`` ("He said on Monday prices" keeps "Monday
    prices"). Up to ``links`` prepositions: "Demand for oil in China"."""
    words, lowers, table = ctx.words, ctx.lowers, _subject_words()
    k = first - 1
    if k > floor and lowers[k] in ("'s", "’s"):
        owner = k  # "Sales of the company's best-selling model": past "the company's"
        while owner - 1 > floor and k - owner < 2 and _content(words[owner - 1], lowers[owner - 1]):
            owner -= 1
        if owner == k:
            return first
        k = owner - 1
    if k > floor and lowers[k] in table.determiners:
        k -= 1  # "in the US"
    if k <= floor or lowers[k] not in table.prepositions:
        return first
    head = k
    while head - 1 >= floor and head > k - 3 and _content(words[head - 1], lowers[head - 1]):
        head -= 1
    if head == k:
        return first
    if head == floor or not words[head - 1].isalpha() or lowers[head - 1] in table.clause_openers:
        return head  # "as average rents in England rose"
    further = _linked_head(ctx, head, floor, links - 1) if links > 1 else head
    if lowers[head - 1] in _DETERMINERS:
        return min(further, head)  # "Prices for a kilogram of beef": on past "for a"
    return further if further < head else first


def _content(word: str, low: str) -> bool:
    return word.isalpha() and not _stop(word, low) and not low.endswith("ed")


def _stop(word: str, low: str) -> bool:
    """A stop word, unless written in capitals: "US" is a place, "us" a pronoun."""
    return low in counted.stop_words() and not (len(word) > 1 and word.isupper())


def _compound_start(ctx: Context, first: int, floor: int) -> int:
    """Where the hyphenated compound that ends at token ``first`` starts ("10-year" of
    "10-year Treasury yield", "US-China" of "US-China trade", "EUR/USD"), no earlier than
    ``floor``: a subject does not start in the middle of a word."""
    words, spaced = ctx.words, ctx.spaced
    while (
        first - 2 >= floor
        and words[first - 1] in ("-", "/")
        and not spaced[first - 1]
        and not spaced[first - 2]
        and words[first - 2].isalnum()
    ):
        first -= 2
    return first


def _tokens_text(ctx: Context, first: int, last: int) -> str:
    """``doc[first : last + 1].text``: the text from the first token to the end of the last."""
    return ctx.text[ctx.token_chars[first] : ctx.token_ends[last]]


def _number(value: Value) -> Decimal:
    return value.amount if isinstance(value, Money) else value.value


def to_records(
    ctx: Context,
    values: dict[tuple[int, int], Value],
    sentence_of: Callable[[int], int],
) -> list[Change]:
    """``Change`` records, their values taken from the already-built records by offsets."""

    def record(span: Span | None) -> Value | None:
        return None if span is None else values.get((span.start_char, span.end_char))

    changes = []
    for roles in find_roles(ctx):
        old, new, by = record(roles.from_value), record(roles.to_value), record(roles.by_value)
        direction = roles.direction
        if direction == "unknown" and old is not None and new is not None:
            before, after = _number(old), _number(new)
            direction = "up" if after > before else "down" if after < before else "unchanged"
        changes.append(
            Change(
                text=ctx.text[roles.start : roles.end],
                start_char=roles.start,
                end_char=roles.end,
                sentence=sentence_of(ctx.token_at(roles.start)),
                subject=subject(ctx, roles),
                from_value=old,
                to_value=new,
                by_value=by,
                direction=direction,
            )
        )
    return changes


class LinkFinder:
    """Writes ``doc.spans["changes"]`` and ``doc.spans["conversions"]``."""

    def __call__(self, doc: Doc) -> Doc:
        publish(doc, conversions.GROUP, conversions.find(doc))
        publish(doc, GROUP, find(doc))
        return doc
