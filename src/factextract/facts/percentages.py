"""Percentages: per cent, percentage points and basis points, kept distinct.

"10.5 percent", "10.5%", "4.2 percentage points", "25 basis points", "12.8–13.0 per cent",
"between 5% and 7%", with the qualifiers of ``qualifiers.py``; and shares written as a
fraction or a proportion ("two-thirds of voters", "one in five adults": ``shares.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from functools import cache, partial

from spacy.tokens import Doc, Span

from factextract import lexicons
from factextract.facts import numerals, qualifiers, shares
from factextract.facts.counted import undated
from factextract.facts.spans import (
    Context,
    char_span,
    claimed_tokens,
    free,
    join_ranges,
    publish,
)
from factextract.numbers.classify import gapped_share
from factextract.numbers.ranges import by_then_to
from factextract.numbers.words import (
    level_cue_ends,
    level_followers,
    number_context,
    parallel_prepositions,
)
from factextract.patterns import LazyPattern, alternation
from factextract.records import Percentage, PercentageUnit

GROUP = "percentages"
NUMBER_LABELS = frozenset({"cardinal", "range", "year", "fraction"})
_FRACTION_OF = re.compile(r"(?:[ \u00a0]+of)?[ \u00a0]+an?(?=[ \u00a0])")
"""What joins a fraction to its unit: "half a percentage point", "a quarter of a point"."""

_UNIT = re.compile(
    r"""
    (?:[ \u00a0]|[\u202f\u2009](?=%)|-(?=[a-z]))?       # "25-basis-point hike", "7\u202f%"
    (?:
        (?P<percentage_points>(?i:percentage[- ]points?|percent(?:age)?[ ]pts?
                                  |(?:percent|per[ ]cent|pct)[ ](?:points?|pts?))\b
          | pp\b | ppts?\b                                    # 4.2 percentage points, 1.5pp
          | %[ -](?i:points?|pts?)\b(?![ \u00a0]+(?i:to|towards?|at)\b))  # 3% points (a verb
                                                            # before "to": "5% points to")
      | (?P<basis_points>(?i:basis[- ]points?)\b | bps?\b)    # 25 basis points, 25bp
      | (?P<percent>% | (?i:per[ \u00a0-]?cent)\b | pct\b | pc\b)  # 10.5%, per cent, 5pc
    )
    """,
    re.VERBOSE,
)
_POINT = re.compile(r"(?:[ \u00a0]|-)(?P<percentage_points>(?i:points?))\b")
"""A fraction of a point is of a percentage point: "a quarter-point cut", "half a point" (a
whole number of points may be of an index: "the Dow fell 200 points")."""
_RATE_WORDS = LazyPattern(
    r"%|\b(?i:rates?|cut|cuts|hikes?|raise[sd]?|lower(?:ed|s)?|yields?|basis|inflation"
    r"|rises?|increases?|reductions?|moves?|drops?|falls?|declines?|gains?|jumps?"
    r"|per[ \u00a0]?cent|percent|pct|bps|tightening|easing|spread|poll|polls|lead)\b"
)
"""Words of a rate or a poll in the sentence of a bare fraction of a point, which makes it of
a percentage point ("a quarter-point cut", "raised rates by half a point"); none in "secured
the decisive half point" (a game's)."""


_TO_PERCENT = LazyPattern(
    r"[ \u00a0]+(?:to|from|at)[ \u00a0]+\d[\d.]*[ \u00a0]?(?:%|(?i:per[ ]?cent|pct|pc)\b)"
    r"|,[ \u00a0]+\d[\d.]*[ \u00a0]?%[ \u00a0]+to[ \u00a0]+\d[\d.]*[ \u00a0]?%"
)
"""After "N points", a per cent level makes them percentage points: "fell 4 points to 41%",
and so do the two shares of a lead: "led by 4 points, 48% to 44%"."""
_PROPORTION_LINKS = {"in": "", "out": "of", "of": "every", "-": "in"}
"""The token after a proportion's first term and what must follow it, if anything: "one in
five", "nine out of 10", "two of every five", "one-in-four"."""


def _proportion_link(ctx: Context, k: int) -> bool:
    """Whether tokens ``k`` and after may link the terms of a proportion: two set lookups
    before the proportion's test."""
    lowers = ctx.lowers
    following = _PROPORTION_LINKS.get(lowers[k]) if k < len(lowers) else None
    if following is None:
        return False
    if following == "every" and k + 1 < len(lowers) and lowers[k + 1] in _BASES:
        return True  # "Seven of 10 Americans": the base of a proportion of people
    return not following or (k + 1 < len(lowers) and lowers[k + 1] == following)


_BASES = frozenset({"10", "100", "ten"})


_JOIN = re.compile(r"\s*(?:[-–—]|to|and)\s*", re.IGNORECASE)
_LINK = re.compile(r"[ \u00a0]+(?:to|and|or)[ \u00a0]+|[-–—]")
"""What joins two numbers sharing the per cent sign: "5 to 7%", "5-7%"."""


def _shared_unit(ctx: Context, number: Span) -> str | None:
    """ "from 10 to 12 per cent": a bare number takes the unit of the number after it."""
    link = _LINK.match(ctx.text, number.end_char)
    if link is None or number.label_ == "year":
        return None
    following = ctx.number_at(link.end())
    unit = _UNIT.match(ctx.text, following.end_char) if following else None
    if unit is None or following is None:
        return None
    if link.group().strip().lower() == "to" and _change_by(ctx, number, following):
        return None  # "rose by 0.2 to 5.1 per cent": the 0.2 is the change, in points
    return unit.lastgroup


_PARALLEL_BEFORE = LazyPattern(
    r"(?P<value>\d[\d,]*(?:\.\d+)?)[ \u00a0]?(?:(?P<percentage_points>(?i:percentage[ ]points?))"
    r"|(?P<percent>%|(?i:per[ ]?cent)\b))"
    r"[ \u00a0]+(?P<preposition>[a-z]+)\b[^\d;:()]{1,40}?"  # "among men"
    r"(?:,[ \u00a0]*|[ \u00a0]+)(?:and|but|while|whereas)[ \u00a0]+$"
)
"""A percentage, a phrase opened by a preposition and a conjunction before a bare number:
"55 percent among men and "."""
_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas"})
"""The conjunctions of ``_PARALLEL_BEFORE``."""


@cache
def _level_before() -> re.Pattern[str]:
    """A percentage, maybe a short phrase, and a level cue right before a bare number:
    "45%, up from ", "3.1 per cent in May, down from ", "3.2%, down from a peak of "."""
    cues = "|".join(re.escape(c).replace(r"\ ", r"[ \u00a0]+") for c in number_context().level_cues)
    return re.compile(
        r"(?P<value>\d[\d,]*(?:\.\d+)?)[ \u00a0]?"
        r"(?:(?P<percentage_points>(?i:percentage[ ]points?))|(?P<percent>%|(?i:per[ ]?cent)\b)"
        r"|(?P<basis_points>(?i:basis[ ]points?)\b|bps?\b))"
        rf"[^\d;:()%]{{0,30}}?,?[ \u00a0]+(?:{cues})[ \u00a0]+"
        r"(?:(?:an?|the)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?[a-z]+[ \u00a0]+of[ \u00a0]+)?$"
    )


_FROM_PERCENT = LazyPattern(
    r"\bfrom[ \u00a0]+(?P<value>\d[\d,]*(?:\.\d+)?)[ \u00a0]?"
    r"(?:(?P<percentage_points>(?i:percentage[ ]points?))|(?P<percent>%|(?i:per[ ]?cent)\b))"
    r"[^\d;:()%]{0,30}?[ \u00a0]+to[ \u00a0]+$"
)
"""A change's earlier level in per cent and "to" right before a bare later level: "from
8.1% to ", "from 5% in 2020 to "."""


def _later_unit(ctx: Context, number: Span) -> str | None:
    """ "Unemployment fell from 8.1% to 7.9": a bare later level of a change from a
    percentage takes its unit (not "fell 2% to 7.9", a price), unless a noun follows."""
    k = number.end
    if k < len(ctx.lowers) and ctx.lowers[k].isalpha() and ctx.lowers[k] not in level_followers():
        return None
    start, window = number.start_char, max(0, number.start_char - 60)
    if ctx.text.find("from", window, start) < 0 or number.label_ != "cardinal":
        return None  # most numbers after "to": no change from a level before
    before = _FROM_PERCENT.search(ctx.text, window, start) or _FROM_PERCENT.search(
        undated(ctx, window, start)
    )
    if before is None or not _comparable(ctx, number, before):
        return None
    return "percentage_points" if before["percentage_points"] else "percent"


_POLL_PREPOSITIONS = frozenset({"on", "at"})
"""What may stand between a rival's name and its share in a poll's gapped list."""


def _borrowed_unit(ctx: Context, number: Span) -> str | None:
    """The unit a bare number takes from a percentage before it, in a parallel phrase or as
    an earlier level; one set lookup of the word before rules out most numbers."""
    before = number.start - 1
    if before < 0:
        return None
    word = ctx.lowers[before]
    if word in _CONJUNCTIONS:
        return _parallel_unit(ctx, number)
    if ctx.words[before][:1].isupper() and number.label_ == "cardinal":
        return gapped_share(ctx.text, number.start_char, number.end_char)  # ", the Tories 24"
    if (
        word in _POLL_PREPOSITIONS
        and number.label_ == "cardinal"
        and before > 0
        and ctx.words[before - 1][:1].isupper()
        and (share := gapped_share(ctx.text, number.start_char, number.end_char)) is not None
    ):
        return share  # ", the Tories on 25", "and Harris at 45"; else an "at" level's cue
    if word in level_cue_ends() or word == "of":  # "up from 41", "down from a peak of 9.1"
        found = _level_unit(ctx, number, number.start_char)
        return found or (_later_unit(ctx, number) if word == "to" else None)  # "from 8.1% to"
    if word in _cue_ends() and _level_cue_near(ctx, before):
        cue = qualifiers.before(ctx.text, number.start_char)  # "up from about 971"
        k = ctx.token_at(cue.start) - 1 if cue is not None else -1
        if cue is not None and k >= 0 and ctx.lowers[k] in level_cue_ends():
            return _level_unit(ctx, number, cue.start)
    return None


def _level_cue_near(ctx: Context, k: int) -> bool:
    """Whether the end of a level cue stands one or two tokens before token ``k`` (a cue of
    one or two words between): a set lookup before the qualifier's regex."""
    ends = level_cue_ends()
    return (k >= 1 and ctx.lowers[k - 1] in ends) or (k >= 2 and ctx.lowers[k - 2] in ends)


@cache
def _cue_ends() -> frozenset[str]:
    """The last words of the qualifier cues before a number ("about", "than")."""
    return frozenset(c.split()[-1].lower() for c in lexicons.qualifiers().before)


def _level_unit(ctx: Context, number: Span, start: int) -> str | None:
    """ "Approval rose to 45%, up from 41": a bare earlier level after a percentage and a
    level cue (ending before ``start``, the number's or its hedge's: "up from about 971")
    takes its unit, unless a noun after it makes it a count ("up from 200 companies")."""
    k = number.end
    if k < len(ctx.lowers) and ctx.lowers[k].isalpha() and ctx.lowers[k] not in level_followers():
        return None
    window = max(0, start - 60)
    if number.label_ != "cardinal" or not _PERCENT_HINT.search(ctx.text, window, start):
        return None  # no per cent sign or word before: most bare numbers
    before = _level_before().search(ctx.text, window, start)
    if before is None:  # "45% in 2023, up from 41": a date may stand between
        before = _level_before().search(undated(ctx, window, start))
    if before is None or not _comparable(ctx, number, before):
        return None
    return next(u for u in _LEVEL_UNITS if before[u])


_LEVEL_UNITS = ("percent", "percentage_points", "basis_points")
_PERCENT_HINT = re.compile(r"%|(?i:cent|point|bp)")
"""What any percentage before a bare level holds: a cheap scan before ``_level_before``."""


LEVEL_RATIO = 10
"""How far apart a bare number and the percentage it takes its unit from may be: "45%, up
from 41" is a level of the same kind; "rose 2% from 1,200 at the open" is an index level."""


def _comparable(ctx: Context, number: Span, before: re.Match[str]) -> bool:
    """Whether a bare number is within ``LEVEL_RATIO`` of the percentage ``before`` holds."""
    bare = numerals.normalize(_text(ctx, number))
    shown = numerals.normalize(before["value"])
    if bare is None or shown is None:
        return False
    low, high = sorted((bare[0], shown[0]))
    return low > 0 and high <= low * LEVEL_RATIO


def _parallel_unit(ctx: Context, number: Span) -> str | None:
    """ "55 percent among men and 45 among women": a bare number opening the same phrase as a
    percentage just before takes its unit ("of" is not such a phrase: "55% of the vote and
    45 of the 60 seats" counts seats)."""
    k = number.end  # the token after: most numbers have no preposition there
    if k >= len(ctx.lowers) or (word := ctx.lowers[k]) not in parallel_prepositions():
        return None
    if number.label_ != "cardinal":
        return None
    window = ctx.text[max(0, number.start_char - 80) : number.start_char]
    before = _PARALLEL_BEFORE.search(window)
    if before is None or before["preposition"] != word or not _comparable(ctx, number, before):
        return None
    return "percentage_points" if before["percentage_points"] else "percent"


def _change_by(ctx: Context, first: Span, second: Span) -> bool:
    """ "by X to Y" where Y is over three times X: a change by X to Y, no range."""
    lead = ctx.text[max(0, first.start_char - 24) : first.start_char].lower()
    low, high = _values(ctx, first), _values(ctx, second)
    return low is not None and high is not None and by_then_to(lead, low[0], high[0])


_BAND_BEFORE = LazyPattern(r"(?i:\b(?:low|mid|high|upper)(?:-to-(?:mid|high))?[- \u00a0]$)")
"""A part of a decade before its round number: "the mid-20% range", "the low 30% range"."""
_RANGE_AFTER = LazyPattern(r"(?:%|[ \u00a0]*(?:per[ \u00a0]?cent|percent))[ \u00a0-]range\b")


def decade_band(text: str, start: int, end: int) -> bool:
    """Whether the round number of tens at ``start:end`` names a band of values, not itself:
    "growth in the mid-20% range" is about 24-26%, "low-to-mid 20%" about 20-25% (no value
    is read, by percentages or quantities)."""
    number = text[start:end]
    if not number.isdigit() or len(number) != 2 or not number.endswith("0"):
        return False
    band = _BAND_BEFORE.search(text, max(0, start - 16), start)
    if band is None:
        return False
    # "mid" is always a band's; "low" and "high" only before "range" or after "-to-": "a
    # high 10% in 2009" is a value
    return (
        band.group().lower().startswith("mid")
        or "-to-" in band.group()
        or (_RANGE_AFTER.match(text, end) is not None)
    )


def _percentage_span(ctx: Context, number: Span) -> Span | None:
    start, end = number.start_char, number.end_char
    if end - start == 2 and ctx.text[end - 1] == "0" and decade_band(ctx.text, start, end):
        return None  # the test before the call: a band's number is two digits ending in 0
    if number.label_ == "fraction":  # "half a percentage point", "a quarter of a per cent"
        link = _FRACTION_OF.match(ctx.text, number.end_char)
        at = link.end() if link else number.end_char
        unit = _UNIT.match(ctx.text, at)
        if unit is None and (point := _POINT.match(ctx.text, at)) is not None:
            k = bisect_right(ctx.sentence_chars, start)
            first = ctx.sentence_start(start)
            stop = ctx.sentence_chars[k] if k < len(ctx.sentence_chars) else len(ctx.text)
            changes = lexicons.change_words()
            words = ctx.lowers[ctx.token_at(first) : ctx.token_at(stop)]
            if not _RATE_WORDS.search(ctx.text, first, stop) and changes.isdisjoint(words):
                return None  # "secured the decisive half point": a game's point, no rate's
            unit = point
        if unit is None or unit.lastgroup is None:
            return shares.share_span(ctx, number)  # "two-thirds of voters"
    else:
        unit = _UNIT.match(ctx.text, number.end_char) or _points_to_percent(ctx, number)
    if unit is None or unit.lastgroup is None:
        if _proportion_link(ctx, number.end):
            share = shares.share_span(ctx, number)
            if share is not None:
                return share  # "one in five adults"
        shared = _shared_unit(ctx, number) or _borrowed_unit(ctx, number)
        if shared is None:
            return None
        cue = qualifiers.before(ctx.text, number.start_char)
        start = cue.start if cue else number.start_char
        return char_span(ctx.doc, start, number.end_char, "percentage", "shared", kb_id=shared)
    cue = qualifiers.before(ctx.text, number.start_char)
    start = cue.start if cue else number.start_char
    end = unit.end()
    post = qualifiers.after(ctx.text, end) if cue is None else None
    end = post.end if post else end
    return char_span(ctx.doc, start, end, "percentage", "percent", kb_id=unit.lastgroup)


def _points_to_percent(ctx: Context, number: Span) -> re.Match[str] | None:
    """ "Approval fell 4 points to 41%": points a per cent level follows are percentage
    points (without one they may be an index's: "the Dow fell 200 points to 30,800"), and
    so are a poll's margin of error ("a margin of error of plus or minus 3 points") and the
    earlier level of percentage points ("by 4 percentage points, down from 9 points")."""
    point = _POINT.match(ctx.text, number.end_char)
    if point is None:
        return None
    if _TO_PERCENT.match(ctx.text, point.end()) is None and not (
        _poll_margin(ctx, number)
        or _change_after_percent(ctx, number)
        or _poll_lead(ctx, number, point.end())
        or _points_level(ctx, number)
    ):
        return None
    return point


def _points_level(ctx: Context, number: Span) -> bool:
    """ "leads by 4 percentage points among likely voters, down from 9 points": the earlier
    level of percentage points, after a level cue, is in percentage points too."""
    start = number.start_char
    cue = qualifiers.before(ctx.text, start)
    start = cue.start if cue else start
    window = max(0, start - 60)
    if "point" not in ctx.text[window:start]:
        return False
    before = _level_before().search(ctx.text, window, start)
    return before is not None and before["percentage_points"] is not None


@cache
def _change_after_percent_re() -> re.Pattern[str]:
    """A per cent level, maybe of a whole in one or two words, a comma or parenthesis and
    "up" or "down" right before a number: "41%, down ", "45 per cent (up ", "44.5% of the
    vote, up "."""
    words = "|".join(map(re.escape, number_context().level_changes))
    return re.compile(
        r"\d[ \u00a0]?(?:%|(?i:per[ ]?cent|pct|pc)\b)"
        # "of the vote", "of GDP"
        r"(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Za-z]+(?:[ \u00a0]+[a-z]+)?)?"
        r"[ \u00a0]*[,(][ \u00a0]*"
        rf"(?i:{words})[ \u00a0]+$"
    )


def _change_after_percent(ctx: Context, number: Span) -> bool:
    """ "The party polled 41%, down 3 points": a change in points right after a per cent
    level is in percentage points, as "fell 4 points to 41%" is."""
    start = number.start_char
    return _change_after_percent_re().search(ctx.text, max(0, start - 64), start) is not None


_LEAD_REACH = 30
"""How far before a number and after its points a word of a lead is looked for."""
_POLL_LEADS = 100
"""A poll's lead in percentage points is at most this."""


@cache
def _poll_lead_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word of a lead ("led by ", "-point lead") and a poll word, as whole words."""
    context = number_context()
    leads, polls = alternation(context.lead_words), alternation(context.poll_words)
    return re.compile(rf"(?i:\b(?:{leads})\b)"), re.compile(rf"(?i:\b(?:{polls})\b)")


def _poll_lead(ctx: Context, number: Span, end: int) -> bool:
    """ "a 12-point lead in the latest poll", "trails by 8 points, a YouGov survey found":
    points of a lead in a sentence about a poll are percentage points (a lead in a game,
    "a 12-point lead in the third quarter", is a count of points)."""
    lead, poll = _poll_lead_res()
    text, start = ctx.text, number.start_char
    if lead.search(text, max(0, start - _LEAD_REACH), end + _LEAD_REACH) is None:
        return False
    values = numerals.normalize(_text(ctx, number))
    if values is None or values[0] > _POLL_LEADS:
        return False
    first = ctx.sentence_start(start)
    later = bisect_right(ctx.sentence_chars, start)
    last = ctx.sentence_chars[later] if later < len(ctx.sentence_chars) else len(text)
    return poll.search(text, first, last) is not None


@cache
def _margin_re() -> re.Pattern[str]:
    """A poll's margin of error and the words that lead to its number: "margin of error of
    plus or minus ", "margin of error is +/- "."""
    phrases = "|".join(re.escape(p) for p in number_context().poll_margins)
    filler = r"of|is|was|at|plus|or|minus|\+/-|±"
    return re.compile(rf"(?i:{phrases})(?:[ \u00a0]+(?:{filler})){{0,4}}[ \u00a0]*$")


def _poll_margin(ctx: Context, number: Span) -> bool:
    """Whether a poll's margin of error ends right before ``number``."""
    start = number.start_char
    return _margin_re().search(ctx.text, max(0, start - 60), start) is not None


_RANGE_UP_FROM = LazyPattern(
    r"\d[\d.]*[ \u00a0]?%[ \u00a0]+to[ \u00a0]+\d[\d.]*[ \u00a0]?%[^.;%]{0,60}?"
    r"\b(?:up|down|compared|higher|lower)[ \u00a0]+(?:with[ \u00a0]+|from[ \u00a0]+)$"
)
"""A range in per cent and the comparison after it that leads an earlier range: "growth of
32% to 38% this year, up from ", "compared with ". Bare "from 27% to 33%" stays a change."""


def _is_range(ctx: Context, first: Span, second: Span) -> bool:
    """ "5% to 7%", "5%-7%", "between 5% and 7%": one range, rising."""
    gap = ctx.text[first.end_char : second.start_char]
    if not _JOIN.fullmatch(gap) or qualifiers.before(ctx.text, second.start_char):
        return False
    if first.id_ in shares.RULES or second.id_ in shares.RULES:
        return False  # "between a third and a half" says no bounds in per cent
    lead = ctx.text[max(0, first.start_char - 24) : first.start_char].lower()
    if (
        re.search(r"\bfrom\s+$", lead)
        and not re.search(r"\b(?:rang|var)\w*\s+from\s+$", lead)
        and not _RANGE_UP_FROM.search(ctx.text, max(0, first.start_char - 90), first.start_char)
    ):
        return False  # "rose from 5% to 7%" is a change; "ranged from 5% to 7%" a range, and
        # so is the earlier range a range is compared with ("32% to 38%, up from 27% to 33%")
    if gap.strip().lower() == "and" and "between" not in lead:
        return False
    low, high = _values(ctx, first), _values(ctx, second)
    if low is None or high is None or low[0] >= high[0]:
        return False
    return not (gap.strip().lower() == "to" and by_then_to(lead, low[0], high[0]))


def _values(ctx: Context, span: Span) -> tuple[Decimal, Decimal | None] | None:
    inside = ctx.numerals_in(span.start_char, span.end_char)
    return numerals.normalize(_text(ctx, inside[0])) if inside else None


def _text(ctx: Context, span: Span) -> str:
    """``span.text``, without making its Tokens."""
    return ctx.text[span.start_char : span.end_char]


def find(doc: Doc) -> list[Span]:
    """Percentage spans not claimed by an earlier kind."""
    taken = claimed_tokens(doc, GROUP)
    ctx = Context.of(doc)
    spans = []
    for number in ctx.numbers:  # the number spans, made once
        if number.label_ in NUMBER_LABELS and free(number, taken):
            span = _percentage_span(ctx, number)
            if span is not None and free(span, taken):
                spans.append(span)
    spans = _with_one_point(ctx, spans, taken)  # "a percentage point": one string search
    return join_ranges(ctx, spans, "percentage", partial(_is_range, ctx))


ONE_POINT = "one_point"
"""The rule of "a percentage point": one percentage point, with no number written."""
_ONE_POINT = LazyPattern(
    r"\b(?<![Hh]alf )(?<!of )[Aa](?:[ \u00a0]+(?:full|whole))?[ \u00a0]+percentage[- ]point\b"
)
_WORD = "percentage"


def _one_points(text: str) -> list[re.Match[str]]:
    """The "a percentage point" phrases of ``text``: a string search for "percentage", then
    the pattern on the few characters around each (not a scan of the whole text)."""
    found, at = [], text.find(_WORD)
    while at >= 0:
        match = _ONE_POINT.search(text, max(0, at - 16), at + len(_WORD) + 7)
        if match is not None and match.end() > at:
            found.append(match)
        at = text.find(_WORD, at + len(_WORD))
    return found


def _with_one_point(ctx: Context, spans: list[Span], taken: frozenset[int]) -> list[Span]:
    """``spans`` and every "a percentage point" ("cut rates by a full percentage point", "a
    percentage-point rise") that no span holds: one percentage point. "half a percentage
    point" and "a quarter of a percentage point" are fractions' spans."""
    found = []
    for match in _one_points(ctx.text):
        start, end = match.start(), match.end()
        cue = qualifiers.before(ctx.text, start)  # "nearly a percentage point"
        start = cue.start if cue else start
        span = char_span(ctx.doc, start, end, "percentage", ONE_POINT, "percentage_points")
        if span is None or not free(span, taken):
            continue
        if any(s.start < span.end and span.start < s.end for s in spans):
            continue
        found.append(span)
    if not found:
        return spans
    return sorted([*spans, *found], key=lambda s: s.start)


_VALIDATE = Percentage.__pydantic_validator__.validate_python
"""The model's validator, given a dict: the same validated record as ``Percentage(**fields)``,
without ``__init__``'s keyword packing and attribute setting."""


def to_record(ctx: Context, span: Span, sentence: int) -> Percentage | None:
    """The ``Percentage`` record of a percentage span."""
    inside = ctx.numerals_in(span.start_char, span.end_char)
    values = [v for n in inside if (v := numerals.normalize(_text(ctx, n))) is not None]
    if span.id_ == ONE_POINT:  # "a percentage point": no number written
        return _one_point(ctx, span, sentence)
    if not values or len(values) != len(inside):
        return None
    low, high = values[0][0], values[-1][1] if len(values) == 1 else values[-1][0]
    if span.id_ in shares.RULES:  # "a third", "one in five": the share in per cent
        share = shares.value(ctx, span)
        if share is None:
            return None
        low, high = share, None
    # A cue before the number ends a space before it, so only a span starting earlier holds one.
    first = inside[0].start_char
    cue = qualifiers.before(ctx.text, first) if span.start_char < first else None
    if cue is None or cue.start < span.start_char:
        cue = qualifiers.trailing(ctx.text, inside[-1].end_char, span.end_char)
    unit: PercentageUnit = span.kb_id_  # type: ignore[assignment]
    record: Percentage = _VALIDATE(
        {
            "text": _text(ctx, span),
            "start_char": span.start_char,
            "end_char": span.end_char,
            "sentence": sentence,
            "value": low,
            "value_max": high,
            "unit": unit,
            "qualifier": cue.qualifier if cue else "exact",
            "qualifier_cue": cue.text if cue else None,
        }
    )
    return record


def _one_point(ctx: Context, span: Span, sentence: int) -> Percentage:
    """The record of "a percentage point": 1, maybe after a qualifier ("nearly")."""
    found = _ONE_POINT.search(ctx.text, span.start_char, span.end_char)
    at = found.start() if found else span.start_char
    cue = qualifiers.before(ctx.text, at) if at > span.start_char else None
    return Percentage(
        text=_text(ctx, span),
        start_char=span.start_char,
        end_char=span.end_char,
        sentence=sentence,
        value=Decimal(1),
        unit="percentage_points",
        qualifier=cue.qualifier if cue else "exact",
        qualifier_cue=cue.text if cue else None,
    )


class PercentageFinder:
    """Writes percentage spans to ``doc.spans["percentages"]``."""

    def __call__(self, doc: Doc) -> Doc:
        publish(doc, GROUP, find(doc))
        return doc
