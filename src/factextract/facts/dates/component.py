"""The ``factextract_dates`` component (first in claim order) and ``DateFact`` records."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import weakref
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from functools import cache
from typing import NamedTuple, TypeGuard

from spacy.tokens import Doc, Span

from factextract import lexicons, numbers
from factextract.facts import qualifiers
from factextract.facts.dates import clock, dateline, days, durations, holidays, periods, scan, tense
from factextract.facts.dates.grammar import (
    TITLE_RULES,
    Expression,
    among_figures,
    find_expressions,
    sentence_openers_lowered,
    title_lines_lowered,
)
from factextract.facts.dates.normalize import normalize, reads_future
from factextract.facts.dates.values import DateValue, _day_value, _week, range_of
from factextract.facts.spans import Context, char_span, publish
from factextract.numbers.words import period_nouns
from factextract.patterns import LazyPattern
from factextract.records import DateFact

GROUP = "dates"
_YEAR_PAIR = LazyPattern(r"(\d{4})\D+?(\d{4}|\d{2})\b")
_COMPOUND = re.compile(r"-[A-Za-z]")
_OR = LazyPattern(r"\sor\s")


def _year_range(text: str, base: int, end: int) -> Expression | None:
    """ "2016-19", "2022/23", "between 2016 and 2019": a range with its two years, from the
    number span at ``text[base:end]``."""
    pair = _YEAR_PAIR.search(text[base:end])
    if pair is None:
        return None
    first_year, raw = int(pair.group(1)), pair.group(2)
    last = int(raw) if len(raw) == 4 else first_year // 100 * 100 + int(raw)
    last += 100 if last < first_year else 0  # 1999-00
    first = Expression(base + pair.start(1), base + pair.end(1), "year", (("y", pair.group(1)),))
    second = Expression(base + pair.start(2), base + pair.end(2), "year", (("y", str(last)),))
    return Expression(base, base + pair.end(), "year_range", (), (first, second))


def _year_expressions(ctx: Context) -> list[Expression]:
    found = []
    text = ctx.text
    for number in ctx.numbers:
        label = number.label_
        if label not in ("year", "year_range", "range", "cardinal"):
            continue
        start, end = number.start_char, number.end_char
        if _COMPOUND.match(text, end):
            continue  # part of a name or compound: 2019-nCoV, a 2020-style plan
        if label == "year" and not (
            numbers.year_is_count(text, start, end)
            or _count_of_named(text, start, end)
            or _level_counted(text, start, end)
            or not text[start : start + 4].isdigit()  # a sign: "-2021" cut from "2020-2021"
        ):
            found.append(Expression(start, end, "year", (("y", text[start : start + 4]),)))
        elif label == "cardinal" and (old := _old_span(text, start, end)) is not None:
            # "The Ming dynasty ruled from 1368 to 1644": a span of years before 1500 after a
            # verb of a reign or a life, which the number grammar reads as counts
            found.append(Expression(start, end, "year", (("y", text[start:end]),)))
            if old:
                found.append(Expression(old[0], old[1], "year", (("y", text[old[0] : old[1]]),)))
        elif label == "range" and _old_years(text, start, end):
            # "The Ming dynasty (1368-1644)", "Genghis Khan (1162-1227)": a span of years
            # before 1500, which the number grammar reads as no year
            if (year_range := _year_range(text, start, end)) is not None:
                found.append(year_range)
        elif label == "year_range" and (year_range := _year_range(text, start, end)) is not None:
            if year_range.parts is not None and _OR.search(text, start, end):
                found.extend(year_range.parts)  # "in 2025 or 2026": either year, no range
            else:
                found.append(year_range)
    return found


_OLD_SPAN = LazyPattern(
    r"(1[0-4]\d\d) (?:to|until|till|and) (1\d{3})\b(?![-\u2013.,]?\d)(?! [a-z]+)"
)
"""A span of years from before 1500 ("1368 to 1644", "1452 and 1519"), not before a
lower-case word (a noun it counts: "from 1200 to 1400 people")."""
_OLD_BETWEEN = LazyPattern(r"between (1[0-4]\d\d) and (1\d{3})")
_NOUN_AFTER = LazyPattern(r" [a-z]+")
_SPAN_VERB = LazyPattern(
    r"\b(?:ruled|reigned|lived|lasted|raged|served|governed|existed|flourished|spanned"
    r"|(?:was|were)[ ](?:built|constructed|inhabited|occupied|used))"
    r"(?: [A-Z][a-z]+){0,2} (?:from |between |(?=$))"
)
"""Before such a span, a past verb of a reign or a life ("ruled England from")."""


def _old_span(text: str, start: int, end: int) -> tuple[int, int] | tuple[()] | None:
    """When the cardinal at ``text[start:end]`` opens ``_OLD_SPAN``, the offsets of its
    second year if the number grammar reads that too as a count, else (); None when it opens
    no such span or the second is not later by up to five centuries."""
    if end - start != 4 or text[start - 5 : start] not in ("from ", "ween "):
        return None
    span = _OLD_SPAN.match(text, start)
    if span is None or not 0 < int(span[2]) - int(span[1]) <= 500:
        return None
    if _SPAN_VERB.search(text, max(0, start - 40), start) is None:
        return None
    return (span.start(2), span.end(2)) if int(span[2]) < 1500 else ()


_OLD_YEARS = LazyPattern(r"(1\d{3})[-\u2013](1\d{3}|20\d\d)")
_NAME_BEFORE_PAREN = LazyPattern(
    r"(?<=[a-z,] )([A-Z][a-z]+|dynasty|era|period|reign|empire|rule) \($"
)


def _old_years(text: str, start: int, end: int) -> bool:
    """Whether the number range at ``text[start:end]`` is a span of years in brackets after a
    name or a noun of an era, as a life or a reign is written ("Genghis Khan (1162-1227)",
    "the Ming dynasty (1368-1644)"): two years of four digits, the second later, within five
    centuries (not "Attendance (1200-1500) was high", a count opening its sentence)."""
    if (between := _OLD_BETWEEN.fullmatch(text, start, end)) is not None:
        # "The Yuan dynasty ruled China between 1271 and 1368": after a verb of a reign
        return (
            0 < int(between[2]) - int(between[1]) <= 500
            and (_SPAN_VERB.search(text, max(0, start - 40), start) is not None)
            and not _NOUN_AFTER.match(text, end)
        )
    if text[end : end + 1] != ")" or text[start - 1 : start] != "(":
        return False
    pair = _OLD_YEARS.fullmatch(text, start, end)
    if pair is None or not 0 < int(pair[2]) - int(pair[1]) <= 500:
        return False
    return _NAME_BEFORE_PAREN.search(text, max(0, start - 24), start) is not None


_TO_COUNTED = LazyPattern(r"[ \u00a0]+([a-z]+)\b(?![-'\u2019])")
_LEVEL_TO = re.compile(
    r"\b([a-z]+)[ \u00a0]+(?:(?:from|by)[ \u00a0]+[\d,.]+[ \u00a0]+)?(?:to|from)[ \u00a0]+$"
)
_FROM_COUNT_TO = re.compile(
    r"(?:\b([a-z]+)[ \u00a0]+)?\b[Ff]rom[ \u00a0]+"
    r"(?P<count>[$\u20ac\u00a3][\d,.]+|\d{1,3}(?:,\d{3})+|\d{1,3}|1[0-4]\d\d)"
    r"[ \u00a0]+to[ \u00a0]+$"
)
"""Before a year-like number, a word, "from" and a count no year is written as (a sum, a
comma, up to three digits, or before 1500) and "to": "The death toll rose from 900 to 1500",
"climbed from 1,200 to 1500", "The number of beds rose from 1200 to 1500"; after a word of
no change, the number is no lone year either ("Castles were built from 1200 to 1500": both
years, ``_old_span``, or neither), unless the count opens a span of old years."""
_TALLY_FROM = re.compile(
    r"\b(?:toll|tally|count|total)(?:[ \u00a0]+(?:has|have|had))?[ \u00a0]+([a-z]+)[ \u00a0]+"
    r"from[ \u00a0]+(?:\d{4}[ \u00a0]+to[ \u00a0]+)?$"
)
"""Before a year-like number, a tally's noun, a change verb and "from" (maybe a number and
"to"): "The death toll rose from 1650 to 1720" tells two levels, no years."""
_LEVEL_VERBS = frozenset(
    {
        *("rose", "rise", "rises", "rising", "fell", "fall", "falls", "falling", "grew"),
        *("grow", "grows", "growing", "climbed", "climbs", "climbing", "jumped", "jumps"),
        *("surged", "soared", "increased", "decreased", "declined", "dropped", "slipped"),
        *("plunged", "plummeted", "tumbled", "slumped", "dipped", "shrank", "swelled"),
    }
)
"""Verbs of a level moving by itself, no object: right before "to" and a year-like number
that ends its clause, that number is the level ("Enrollment fell to 1500 from 1800"); not
"The deadline was moved to 2026", "revised to 2030"."""
_LEVEL_MOVED = re.compile(
    r"\b([a-z]+)[ \u00a0]+to[ \u00a0]+(?:\d[\d,.]*[ \u00a0]+from[ \u00a0]+)?$"
)
"""Before a year-like number, a verb, "to", and maybe a level and "from": "rose to", "fell to
1500 from"."""
_LEVEL_ENDS = re.compile(r"(?:[.,;:!?)]|[ \u00a0]+(?:from|in|on|last|this|after|amid)\b)")
_THEN_TO = LazyPattern(r"[ \u00a0]+to[ \u00a0]+\d{4}(?=[ \u00a0]+([a-z]+)\b(?![-'\u2019]))")


def _level_counted(text: str, start: int, end: int) -> bool:
    """Whether a year-like number after "to" or "from" is the level a change verb reaches,
    counted by a plural noun after it: "The index fell to 1985 points", "The population grew
    from 1400 to 1650 people", "grew from 1800 to 2100 residents"; not "Sales rose from 2019
    to 2023 levels" (a period's noun) nor "From 2019 to 2023 prices rose" (no verb before).
    With no noun, the level of a verb of ``_LEVEL_VERBS`` that ends its clause ("rose to 1900.",
    "fell to 1500 from 1800"), or after "from" and a count no year is written as ("rose from
    900 to 1500", ``_FROM_COUNT_TO``)."""
    counted = _FROM_COUNT_TO.search(text, max(0, start - 40), start)
    if counted is not None and (
        counted[1] in _change_verbs() or _old_span(text, *counted.span("count")) is None
    ):
        return True  # "The death toll rose from 900 to 1500"; "were built from 1200 to 1500"
    tally = _TALLY_FROM.search(text, max(0, start - 48), start)
    if tally is not None and tally[1] in _change_verbs():
        return True  # "The death toll rose from 1650 to 1720"
    if _LEVEL_ENDS.match(text, end) and (
        (found := _LEVEL_MOVED.search(text, max(0, start - 40), start)) is not None
        and found[1] in _LEVEL_VERBS
    ):
        return True  # "The number of cases rose to 1900.", "fell to 1500 from 1800"
    before = _LEVEL_TO.search(text, max(0, start - 40), start)
    if before is None or before[1] not in _change_verbs():
        return False
    noun = _THEN_TO.match(text, end) if text.endswith("from ", 0, start) else None
    if noun is None:  # "from 1800 to 2100 residents": the first bound counts them too
        noun = _TO_COUNTED.match(text, end)
    if noun is None:
        return False
    word = noun[1]
    return numbers.is_plural(word) and word not in period_nouns()


@cache
def _change_verbs() -> frozenset[str]:
    cues = lexicons.change_cues()
    return frozenset((*cues.up, *cues.down, *cues.neutral))


_NAMED_PLURAL = re.compile(r"(?:[ \u00a0]+[A-Z][A-Za-z]+){1,2}[ \u00a0]+([a-z]+)\b(?![-'\u2019])")
"""After a number: one or two capitalized words, then a lower-case word ("2000 Christmas
trees", "1800 British soldiers")."""
_WORD_BEFORE = LazyPattern(r"([A-Za-z]+)(['\u2019]s)?[ \u00a0]+$")


def _count_of_named(text: str, start: int, end: int) -> bool:
    """Whether a year-like number is a count of things with a capitalized modifier: "sold
    2000 Christmas trees", "1500 Easter eggs". The word before must be a lower-case word that
    is neither a year's preposition nor a determiner, so "in 2000 Christmas fell", "the 2000
    Olympic Games", "its 2019 Christmas sales" and "London's 2012 Olympic venues" keep their
    years, as does a number opening its sentence (unsure)."""
    following = _NAMED_PLURAL.match(text, end, end + 60)
    if following is None or not numbers.is_plural(following.group(1)):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(2) is not None or not before.group(1).islower():
        return False
    word = before.group(1)
    return word not in _year_words()


@cache
def _year_words() -> frozenset[str]:
    """Words after which a number is a year more likely than a count."""
    words = lexicons.number_words()
    return frozenset((*words.year_context, *words.phrase_determiners))


_EXPRESSIONS: weakref.WeakKeyDictionary[Context, list[Expression]] = weakref.WeakKeyDictionary()
"""``expressions`` per Context: the component and record building ask the same."""


def expressions(ctx: Context) -> list[Expression]:
    """Every date expression of the Doc (the grammar plus the number grammar's years)."""
    found = _EXPRESSIONS.get(ctx)
    if found is None:
        text = sentence_openers_lowered(ctx.text, ctx.sentence_chars)
        extra = [*_year_expressions(ctx), *holidays.find(text)]
        titled = title_lines_lowered(text)
        found = find_expressions(titled, extra)
        if titled is not text:  # a title-case headline's lowered words: stretches only
            found = [e for e in found if _titled(e, text) or _untitled(e, text, titled)]
        found = _to_token_ends(ctx, found)
        found = [e for e in found if not _month_of_a_record(ctx.text, e)]
        found = [_qualified(ctx.text, e) for e in found]
        found = [_day_before(ctx.text, _following(ctx.text, _part_of(ctx.text, e))) for e in found]
        found = [_weekday_of_month_day(ctx.text, e) for e in found]
        if " from " in ctx.text:  # rare enough for one test per article first
            found = _counted_from_days(ctx.text, found)
        if " week" in ctx.text or " fortnight" in ctx.text:
            found = _weeks_on(ctx.text, found)
        if any(e.rule in _SET_RULES for e in found):
            found = _slots_of_sets(ctx.text, found)
        if " ago " in ctx.text:
            found = _counted_ago(ctx.text, found)
        if " same " in ctx.text:  # rare enough for one test per article first
            found = [_same_period_of(ctx.text, e) for e in found]
        if "BC" in ctx.text or "B.C" in ctx.text:  # rare: one test per article first
            found = [_before_christ(ctx.text, e) for e in found]
        if "quarter" in ctx.text or "Quarter" in ctx.text:
            found = _fiscal_by_article(ctx.text, ctx.sentence_chars, found)
        _EXPRESSIONS[ctx] = found
    return found


_RECORD_NOUNS = frozenset(
    {"record", "records", "high", "low", "peak", "best", "total", "tally", "haul", "mark"}
    | {"window", "transfer", "figure", "figures", "reading", "average", "edition"}
)
"""Nouns a month names a kind of after "the previous" ("the previous January record": the
record of any January, set in 2018; "the last January window")."""
_WORD_AFTER = LazyPattern(r"[ \u00a0]+([a-z]+)\b")


def _month_of_a_record(text: str, expr: Expression) -> bool:
    """Whether a shifted month names a kind, not a month: "the previous January record of
    £430m set in 2018", "the last December high"; "the previous January" alone, and "last
    January sales rose" without "the", stay dates."""
    if expr.get("shift") is None or expr.get("mon") is None:
        return False
    if text[max(0, expr.start - 4) : expr.start].lower() != "the ":
        return False
    after = _WORD_AFTER.match(text, expr.end)
    return after is not None and after.group(1) in _RECORD_NOUNS


_LATER_AFTER = LazyPattern(r" (?:Later|Earlier)\b")


def _titled(expr: Expression, text: str) -> bool:
    """Whether a title-case headline's ``expr`` may stand: a stretch or a unit counted from
    publication (``TITLE_RULES``), not one counted from a date before ("28 Days Later")."""
    return expr.rule in TITLE_RULES and _LATER_AFTER.match(text, expr.end) is None


def _untitled(expr: Expression, text: str, titled: str) -> bool:
    """Whether ``expr`` holds no letter a title-case headline's lowering changed, nor do the
    words just before it (its lead), but for a preposition's (``_TITLE_LEADS``) before a date
    whose year is told ("Inflation Eases to 2.9% In 2024", "Sales Fell In June 2024", "Outlook
    For 2025"): a year-less date's side needs a tense, which a headline's capitalized verbs do
    not tell ("Man Charged In June Shooting", "Election Set For Nov. 4": none, as before)."""
    if titled[expr.start : expr.end] != text[expr.start : expr.end]:
        return False
    start = max(0, expr.start - 16)
    if titled[start : expr.start] == text[start : expr.start]:
        return True
    if reads_future(expr) and expr.get("y") is None:
        return False
    return all(
        word[0] in _TITLE_LEADS
        for word in _LEAD_WORD.finditer(titled, start, expr.start)
        if titled[word.start()] != text[word.start()]
    )


_TITLE_LEADS = frozenset({"in", "for", "over", "within"})
"""The prepositions a title-case headline capitalizes before a date ("In 2024", "For 2025")."""
_LEAD_WORD = LazyPattern(r"[a-z]+")


_ENDED_AFTER = LazyPattern(
    r"\s+(?:ended|ending|to|through)\s+(?:on\s+)?(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?:2[89]|3[01])\b"
)
_RANGE_BEFORE = LazyPattern(
    r"(?<![\w-])(?P<first>[A-Z][a-z]{2,8})\.?\s?[-\u2013]\s?(?P<last>[A-Z][a-z]{2,8})\.?\s+$"
)
_TOLD_HEADS = (("quarter", ""), ("months", "three "), ("period", "three-month "), ("period", ""))
"""The article's own quarter told by its last day or its months: "the three months ended Sept.
30", "the quarter to Dec. 31", "the October-December period"."""
_COMPARED_BEFORE = LazyPattern(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against|over|since|after|before)"
    r"\s+(?:(?:the|its|a|that|this)\s+)?[\w-]*\s*$",
    re.IGNORECASE,
)
"""Before a quarter, a base it is compared with: "from the second quarter", "than in its"."""
_ARTICLE_QUARTER_REACH = 1200
"""How far (characters) before a told quarter a year-less ordinal quarter may stand to be it."""


def _fiscal_by_article(
    text: str, sentence_chars: tuple[int, ...], found: list[Expression]
) -> list[Expression]:
    """Year-less ordinal quarters ("reported an 18% rise in second-quarter net profit") made a
    fiscal year's (FYXXXX-Q2) when a later sentence tells the quarter's months, all of them
    ending in one month that does not end that calendar quarter ("Net profit rose ... in the
    three months ended Sept. 30"; "the October-December period" after "third-quarter"): a
    company whose year starts in another month; not one compared as a base ("from the second
    quarter"), one in a sentence of a forecast ("expected to rebound in the fourth quarter"),
    one whose sentence tells the months further on than a short plain gap ("in the fourth quarter
    after contracting in the July-September period"), nor an article that tells quarters ending
    in different months, or compares a quarter of the same number as a base ("rose 5% from the
    second quarter": the calendar's)."""
    if not any(e.rule == "quarter" and e.get("qo") for e in found):
        return found  # no ordinal quarter: most articles
    told: list[tuple[int, int, bool]] = []  # as _told_quarters gives them
    for start, month, ranged in _told_quarters(text):
        if _COMPARED_BEFORE.search(text, max(0, start - 30), start):
            continue  # "from the three months ended June 30": a base
        if not month:
            return found
        told.append((start, month, ranged))
    if not told or len({month for _, month, _ in told}) > 1:
        return found
    month = told[0][1]
    bases = {
        _ORDINALS.get((e.get("qo") or "").lower(), 0)
        for e in found
        if e.rule == "quarter" and _COMPARED_BEFORE.search(text, max(0, e.start - 30), e.start)
    }
    kept: list[Expression] = []
    for expr in found:
        q = _ORDINALS.get((expr.get("qo") or "").lower(), 0) if expr.rule == "quarter" else 0
        if (
            q
            and 3 * q != month
            and q not in bases
            and not any(expr.get(g) for g in ("y", "yy", "rel", "fiscal", "qm"))
            and any(_tells_its_months(text, sentence_chars, expr, t) for t in told)
        ):
            expr = Expression(expr.start, expr.end, expr.rule, (*expr.groups, ("fiscal", "1")))
        kept.append(expr)
    return kept


def _told_quarters(text: str) -> Iterator[tuple[int, int, bool]]:
    """Where each quarter told by its last day or months starts, its last month (0 for a
    word that is no month) and whether its months were told as a range: "the three months
    ended Sept. 30", "the quarter to Dec. 31", "the October-December period" (three months;
    not "the January-June period")."""
    months = lexicons.calendar().months
    for head, lead in _TOLD_HEADS:
        at = text.find(head)
        while at >= 0:
            begins = at - len(lead)
            if not lead or (begins >= 0 and text[begins:at].lower() == lead):
                ended = _ENDED_AFTER.match(text, at + len(head))
                if ended is not None and (lead or head == "quarter"):  # not "nine-month period"
                    yield begins, months.get(ended["mon"].lower().rstrip("."), 0), False
                elif not lead and (run := _RANGE_BEFORE.search(text, max(0, at - 30), at)):
                    first = months.get(run["first"].lower(), 0)
                    last = months.get(run["last"].lower(), 0)
                    if first and last and (last - first) % 12 == 2:
                        yield run.start(), last, True
            at = text.find(head, at + len(head))


_FORECAST_WORDS = LazyPattern(
    r"\b(?:expect\w*|forecast\w*|predict\w*|project\w*|will|would|could|outlook|guidance"
    r"|estimate\w*|seen)\b",
    re.IGNORECASE,
)
_PLAIN_GAP = LazyPattern(r"[^,;]{0,40}?\b(?:for|in|during)\s+(?:the\s+)?")
_GAP_TURNS = LazyPattern(r"\b(?:after|from|than|before|following|since|versus|vs)\b")


def _tells_its_months(
    text: str, sentence_chars: tuple[int, ...], expr: Expression, telling: tuple[int, int, bool]
) -> bool:
    """Whether the months told at ``told`` may be those of the quarter ``expr`` before it (see
    ``_fiscal_by_article``); a range of months only in its own sentence ("It shrank in the
    July-September period" after "grew in the fourth quarter" is a quarter before it)."""
    told, _, ranged = telling
    if not 0 < told - expr.end < _ARTICLE_QUARTER_REACH:
        return False
    index = bisect_right(sentence_chars, expr.start)
    begins = sentence_chars[index - 1] if index else 0
    ends = sentence_chars[index] if index < len(sentence_chars) else len(text)
    if _FORECAST_WORDS.search(text, begins, ends):
        return False
    if told >= ends:
        return not ranged
    gap = text[expr.end : told]
    return _PLAIN_GAP.fullmatch(gap) is not None and _GAP_TURNS.search(gap) is None


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
_ORDINALS["4th"] = 4


_ERA_BC = LazyPattern(r"[ \u00a0]?(?:BCE?|B\.C\.(?:E\.)?)(?![A-Za-z])")
_ERA_RULES = frozenset({"year", "century", "decade"})


def _before_christ(text: str, expr: Expression) -> Expression:
    """A year, decade or century before "BC" ("323 BC", "the fifth century B.C."): one
    expression with group "era", whose value counts back (TIMEX3 "BC0323"), never the
    year of our era its digits read alone."""
    if expr.rule not in _ERA_RULES or (era := _ERA_BC.match(text, expr.end)) is None:
        return expr
    return expr._replace(end=era.end(), groups=(*expr.groups, ("era", "BC")))


def _era_value(value: DateValue) -> DateValue | None:
    """``value`` of a year or century counted back from year 1 ("BC0323", "BC04"), with no
    calendar days (the proleptic calendar stops at year 1); None for others (a decade)."""
    if value.granularity not in ("year", "century") or not (value.timex or "").isdigit():
        return None
    timex = f"BC{value.timex}"
    return DateValue("date", timex, value.mod, None, None, value.granularity, resolved=False)


_SAME_OF_YEAR = LazyPattern(r"\b[Tt]he\s+same\s+(?:period|quarter|month|half)\s+(?:of|in)\s+$")
_SAME_YEAR_BACK = (("n", "a"), ("unit", "year"), ("dir", "earlier"), ("same", "year"))


def _same_period_of(text: str, expr: Expression) -> Expression:
    """ "the same month of 2024", "the same period in 2023" (after the month or quarter of
    the figures): one expression, that period of the year written (group "same_year",
    ``durations.from_reference``), as "the same month a year earlier" is of the year before."""
    if expr.rule != "year" or (year := expr.get("y")) is None:
        return expr
    same = _SAME_OF_YEAR.search(text, max(0, expr.start - 32), expr.start)
    if same is None:
        return expr
    return Expression(same.start(), expr.end, "ago", (*_SAME_YEAR_BACK, ("same_year", year)))


_DAY_BEFORE = LazyPattern(r"\b[Tt]he\s+day\s+(before|after)\s+$")


def _day_before(text: str, expr: Expression) -> Expression:
    """ "the day before yesterday", "the day after tomorrow": one expression from "the", a day
    further on (group "skip": 2024-06-12 for the first on June 14)."""
    if expr.rule != "relative_day" or not expr.get("word"):
        return expr
    if not (
        text.startswith("before ", expr.start - 7) or text.startswith("after ", expr.start - 6)
    ):
        return expr  # a cheap test first
    before = _DAY_BEFORE.search(text, max(0, expr.start - 24), expr.start)
    if before is None:
        return expr
    return expr._replace(start=before.start(), groups=(*expr.groups, ("skip", before.group(1))))


_FOLLOWING = LazyPattern(r"\b[Tt]he\s+(following|previous|prior)\s+$")


def _following(text: str, expr: Expression) -> Expression:
    """A bare weekday after "the following" ("the previous", "the prior"): one expression from
    "the", counted from the day named before it (group "refdir"), as "the following day" is."""
    if expr.rule != "weekday" or expr.get("shift") or expr.get("prep") or expr.get("mod"):
        return expr
    if not text.endswith(("following ", "previous ", "prior "), 0, expr.start):
        return expr  # a cheap test first
    before = _FOLLOWING.search(text, max(0, expr.start - 24), expr.start)
    if before is None:
        return expr
    way = "later" if before.group(1) == "following" else "earlier"
    return expr._replace(start=before.start(), groups=(*expr.groups, ("refdir", way)))


_MONTH_DAY_AFTER = LazyPattern(
    r"[ \u00a0]+the[ \u00a0]+([12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b(?![-\w])"
)


def _weekday_of_month_day(text: str, expr: Expression) -> Expression:
    """A bare weekday before "the" and an ordinal day ("on Friday the 13th", "Tuesday the
    18th"): one expression, the day of a month so numbered that falls on that weekday (group
    "dom"); a month after it ("Tuesday the 18th of June") is the day-month rule's."""
    if expr.rule != "weekday" or expr.get("shift") or expr.get("part") or expr.get("mod"):
        return expr
    if not text.startswith(" the ", expr.end):
        return expr  # a cheap test first
    day = _MONTH_DAY_AFTER.match(text, expr.end)
    if day is None:
        return expr
    return expr._replace(end=day.end(), groups=(*expr.groups, ("dom", day.group(1))))


_COUNT_FROM = re.compile(
    r"\b([A-Za-z]+|\d{1,2})[ \u00a0]+(day|week|fortnight)s?[ \u00a0]+from[ \u00a0]+$",
    re.IGNORECASE,
)
_DAYS_IN = {"day": 1, "week": 7, "fortnight": 14}
"""Days in a unit counted from a day: "a fortnight from Monday" is two weeks after it."""
_DAY_FROM_RULES = frozenset({"weekday", "relative_day"})


def _counted_from_days(text: str, found: list[Expression]) -> list[Expression]:
    """ "a week from Friday", "two weeks from today", "three days from tomorrow": a bare
    weekday, "today" or "tomorrow" after a count of days or weeks and "from" is one
    expression from the count, that many days after its day (group "from_days"); the
    duration of the count ("two weeks") it holds goes. Not a stretch ("closed for a week
    from Tuesday", "every two weeks from Monday"): the duration and the day stay apart."""
    out: list[Expression] = []
    for expr in found:
        if expr.rule in _DAY_FROM_RULES and text.endswith(" from ", 0, expr.start):
            day_start, expr = expr.start, _day_counted_from(text, expr)
            while out and out[-1].start >= expr.start and out[-1].end <= day_start:
                out.pop()  # the count's own duration
        out.append(expr)
    return out


_WEEK_AFTER_DAY = re.compile(
    r"[ \u00a0]+(week|fortnight)"
    r"(?=[.,;:!?)]|[ \u00a0]*$|[ \u00a0]+(?:and|or|but|at|when|if|as|to)\b)"
)
"""A British "week" (two weeks: "fortnight") right after a weekday ("on Friday week", "until
Monday week, when", "on Tuesday fortnight")."""
_WEEK_ON_BEFORE = re.compile(
    r"(?<![\w-])(?:[Aa]|[Oo]ne)[ \u00a0]+(week|fortnight)[ \u00a0]+on[ \u00a0]+$"
)
_SET_BEFORE_A_WEEK = LazyPattern(
    r"(?:\b(?:once|twice|times|for|per|every|each|spent|spend"
    r"|hours|minutes|days|nights|shifts|flights|trains)|[0-9%])[ \u00a0]+$",
    re.IGNORECASE,  # "Once a week on Friday" opening a sentence
)


def _weeks_on(text: str, found: list[Expression]) -> list[Expression]:
    """A bare weekday a British week on: "on Friday week", "a week on Friday" (the Friday
    after the coming one): one expression, seven days after its day read ahead (group
    "from_days", as "a week from Friday"); the count's own duration ("a week") goes. Not a
    set ("once a week on Friday"), a stretch ("for a week on Monday"), a week named after
    the weekday ("Monday week 1", "Friday week's vote"), a time since ("It is a week on
    Friday since he died": that Friday)."""
    out: list[Expression] = []
    for expr in found:
        if expr.rule == "weekday" and not _shifted_day(expr):
            if (after := _WEEK_AFTER_DAY.match(text, expr.end)) is not None:
                days = str(_DAYS_IN[after.group(1)])
                expr = expr._replace(end=after.end(), groups=(*expr.groups, ("from_days", days)))
            elif (
                text.endswith(" on ", 0, expr.start)
                and not text.startswith(" since ", expr.end)  # "It is a week on Friday since"
                and (lead := _WEEK_ON_BEFORE.search(text, max(0, expr.start - 20), expr.start))
                and not _SET_BEFORE_A_WEEK.search(text, max(0, lead.start() - 8), lead.start())
            ):
                day_start, days = expr.start, str(_DAYS_IN[lead.group(1)])
                expr = expr._replace(start=lead.start(), groups=(*expr.groups, ("from_days", days)))
                while out and out[-1].start >= expr.start and out[-1].end <= day_start:
                    out.pop()  # the count's own duration
        out.append(expr)
    return out


_SET_RULES = frozenset({"set", "every_day"})
"""Rules of a set a bare day or month near it may name the slot of ("every June and
December", "twice a year, in June")."""
_SLOT_UNITS = {
    "weekday": ("week", "fortnight"),
    "month": ("year",),
    "month_day": ("year",),
    "day_month": ("year",),
}
"""The rules of a bare day or month that a frequency of its unit may name the slot of."""
_SLOT_LEAD = re.compile(r",?[ \u00a0]+(?:on|in|by)[ \u00a0]+")
_SLOT_TRAIL = re.compile(r"[ \u00a0]+")
"""Between a bare month or day and the yearly set after it: "by Nov. 1 each year"."""
_SLOT_AND = re.compile(r",?[ \u00a0]+(?:and|or)[ \u00a0]+")
"""Between two months of one set: "twice a year, in June and December"."""
_SLOT_GROUPS = {
    "weekday": ("prep", "date", "wd", "part"),
    "month": ("date", "mon"),
    "month_day": ("mon", "d"),
    "day_month": ("d", "mon"),
}
"""The groups of a bare weekday ("on Friday", "on Friday night"), month ("in June") or day
of a month ("on Nov. 1", "on 15 April")."""
_YEARLY_ADVERBS = frozenset({"annually", "yearly"})


def _set_unit(expr: Expression) -> str:
    """The unit of a set's period: "each year", "twice a year" and "annually" are yearly."""
    if (adverb := expr.get("adverb")) is not None:
        return "year" if adverb.lower() in _YEARLY_ADVERBS else ""
    return (expr.get("unit") or "").lower()


def _slot_of(
    text: str, expr: Expression, before: Expression | None, after: Expression | None
) -> bool:
    """Whether the bare weekday, month or day ``expr`` is the slot of the set right before
    it ("twice a year, in June", "annually on April 15") or, a month or day, of the yearly
    set right after it ("by Nov. 1 each year", "in August every year", "on Friday each
    week")."""
    unit = _SLOT_UNITS.get(expr.rule)
    if unit is None or not all(name in _SLOT_GROUPS[expr.rule] for name, _ in expr.groups):
        return False
    if _set_in(before, unit) and _SLOT_LEAD.fullmatch(text, before.end, expr.start) is not None:
        return True
    return (
        _set_in(after, unit)
        and _SLOT_TRAIL.fullmatch(text, expr.end, after.start) is not None
        and not text.startswith(("'s", "\u2019s"), after.end)  # "in May each year's budget"
    )


def _set_in(other: Expression | None, units: tuple[str, ...]) -> TypeGuard[Expression]:
    """Whether ``other`` is a set whose unit is one of ``units``."""
    return other is not None and other.rule == "set" and _set_unit(other) in units


def _slots_of_sets(text: str, found: list[Expression]) -> list[Expression]:
    """A bare weekday or month right after a frequency of its week or year ("once a week on
    Friday", "twice a year, in June", "annually on April 15"), or right before one ("by
    Nov. 1 each year", "on Friday each week"): the set's day of each week or month or day
    of each year (``XXXX-WXX-5``, ``XXXX-06``, ``XXXX-11-01``), as "on Fridays" and "every
    June" are; no one date. So is a bare month joined to such a month by "and" ("in June
    and December", "every June and December"). Not after a frequency of another unit
    ("once a day on Friday"), nor a day or month with more ("on Friday, May 3", "in June
    next year", "next Friday")."""
    out: list[Expression] = []
    for at, expr in enumerate(found):
        before = out[-1] if out else None
        after = found[at + 1] if at + 1 < len(found) else None
        if _slot_of(text, expr, before, after) or _joined_slot(text, expr, before):
            expr = expr._replace(rule="every_day", groups=_slot_groups(expr))
        out.append(expr)
    return out


def _joined_slot(text: str, expr: Expression, before: Expression | None) -> bool:
    """Whether the bare month or day ``expr`` is joined by "and" ("or") to the month of a
    set right before it ("every June and December", "in June and December")."""
    return (
        before is not None
        and before.rule == "every_day"
        and before.get("emon") is not None
        and expr.rule in ("month", "month_day", "day_month")
        and all(name in _SLOT_GROUPS[expr.rule] for name, _ in expr.groups)
        and _SLOT_AND.fullmatch(text, before.end, expr.start) is not None
    )


def _slot_groups(expr: Expression) -> tuple[tuple[str, str], ...]:
    """The groups of the set a slot ``expr`` names (``every_day``'s: a weekday with its
    part, or a month, "Nov." read "nov", with its day)."""
    if expr.rule == "weekday":
        return tuple((n, v) for n, v in expr.groups if n in ("wd", "part"))
    month = (("emon", (expr.get("mon") or "").rstrip(".")),)
    day = expr.get("d")
    return month if day is None else (*month, ("eday", day))


def _shifted_day(expr: Expression) -> bool:
    """Whether a weekday has a shift, a part, a mod or a count of its own ("next Friday",
    "Friday night", "early Friday", "a week from Friday")."""
    return any(expr.get(g) for g in ("shift", "part", "part2", "mod", "from_days", "ago"))


def _day_counted_from(text: str, expr: Expression) -> Expression:
    if expr.get("shift") or expr.get("part") or expr.get("part2") or expr.get("mod"):
        return expr  # "a week from next Friday", "from Friday night"
    if text.startswith(("'s", "\u2019s"), expr.end):
        return expr  # "two weeks from Friday's low": a distance from an event
    word = (expr.get("word") or "").lower()
    if expr.rule == "relative_day" and word not in ("today", "tomorrow"):
        return expr
    counted = _count_before(_COUNT_FROM, text, expr.start)
    if counted is None:
        return expr  # "several days from Friday": no count told
    n, unit, start = counted
    if _SET_BEFORE_A_WEEK.search(text, max(0, start - 8), start):
        return expr  # "shut for a week from Tuesday": a stretch that starts on Tuesday;
        # "blackouts of four hours a day from Monday", "$5 a day from May": a rate
    return expr._replace(start=start, groups=(*expr.groups, ("from_days", str(n * _DAYS_IN[unit]))))


def _count_before(pattern: re.Pattern[str], text: str, end: int) -> tuple[int, str, int] | None:
    """The whole count (1 to 31), its unit (lower case) and where it starts, of ``pattern``'s
    match ending right before ``end`` ("two weeks from ", "a year ago "); None for no match or
    no count told ("several days")."""
    count = pattern.search(text, max(0, end - 30), end)
    if count is None:
        return None
    written = count.group(1).lower()
    n = 1 if written in ("a", "an") else numbers.parse_number(written)
    if n is None or n != int(n) or not 0 < n <= 31:
        return None
    return int(n), count.group(2).lower(), count.start()


_COUNT_AGO = re.compile(
    r"\b([A-Za-z]+|\d{1,2})[ \u00a0]+(day|week|year)s?[ \u00a0]+ago[ \u00a0]+$", re.IGNORECASE
)
_AGO_UNITS = {"day": "D", "week": "W", "year": "Y"}


def _counted_ago(text: str, found: list[Expression]) -> list[Expression]:
    """ "two weeks ago Monday", "a year ago Friday": a bare weekday right after a count of
    days, weeks or years and "ago" is one expression from the count, that long before the
    last such weekday (group "ago": "14D", "1Y"); the count's own date ("two weeks ago")
    goes."""
    out: list[Expression] = []
    for expr in found:
        if _this_unit(expr) and text.endswith(" ago ", 0, expr.start):
            counted = _years_ago_this(text, expr)  # "30 years ago this month"
            kept = [e for e in out if not (e.start >= counted.start and e.end <= expr.start)]
            if counted is not expr and (not kept or kept[-1].end <= counted.start):
                out, expr = kept, counted
        elif expr.rule == "weekday" and text.endswith(" ago ", 0, expr.start):
            counted = _day_counted_ago(text, expr)
            kept = [e for e in out if not (e.start >= counted.start and e.end <= expr.start)]
            if not kept or kept[-1].end <= counted.start:  # "about two weeks ago": as it was
                out, expr = kept, counted
        out.append(expr)
    return out


def _day_counted_ago(text: str, expr: Expression) -> Expression:
    if expr.get("shift") or expr.get("part") or expr.get("mod") or expr.get("dom"):
        return expr  # "two weeks ago last Monday", "a week ago Friday night"
    if text.startswith(("'s", "\u2019s"), expr.end):
        return expr  # "a week ago Monday's vote"
    counted = _count_before(_COUNT_AGO, text, expr.start)
    if counted is None:
        return expr  # "several weeks ago Monday": no count told
    n, unit, start = counted
    return expr._replace(start=start, groups=(*expr.groups, ("ago", f"{n}{_AGO_UNITS[unit]}")))


_YEARS_AGO = LazyPattern(
    r"\b([A-Za-z]+(?:-[a-z]+)?|\d{1,4})[ \u00a0]+(year|decade)s?[ \u00a0]+ago[ \u00a0]+$",
    re.IGNORECASE,
)
_THIS_UNITS = frozenset({"week", "weekend", "month"})


def _this_unit(expr: Expression) -> bool:
    """ "this week", "this weekend", "this month" or "today"."""
    if expr.rule == "relative_unit":
        return (expr.get("shift") or "").lower() == "this" and expr.get("unit") in _THIS_UNITS
    return expr.rule == "relative_day" and (expr.get("word") or "").lower() == "today"


def _years_ago_this(text: str, expr: Expression) -> Expression:
    """ "30 years ago this month", "a year ago today", "Two decades ago this week": an
    anniversary, one expression from the count, that unit of the publication's date that many
    years before (group "years_ago"; the count's own year goes); ``expr`` itself when no
    count is told ("years ago this week")."""
    count = _YEARS_AGO.search(text, max(0, expr.start - 30), expr.start)
    if count is None:
        return expr
    written = count.group(1).lower()
    n = 1 if written in ("a", "an") else numbers.parse_number(written)
    if n is None or n != int(n) or not 0 < n < 1000:
        return expr
    years = int(n) * (10 if count.group(2).lower() == "decade" else 1)
    return expr._replace(start=count.start(), groups=(*expr.groups, ("years_ago", str(years))))


_AWAITED_GRACE = 31
"""Most days an event awaited at an act ("ahead of the vote on March 31") may lie before the
publication: a story told soon after it; one longer over is the next such date."""


def _long_over(value: DateValue, anchor: dt.date | None) -> bool:
    """Whether ``value`` ended more than ``_AWAITED_GRACE`` days before ``anchor``."""
    if anchor is None or value.end is None:
        return False
    return (anchor - value.end).days > _AWAITED_GRACE


_SEASON_AFTER = 92
"""Most days from a season's end to the publication for "this" season to name it still."""


def _season_gone(
    ctx: Context, expr: Expression, value: DateValue | None, anchor: dt.date | None
) -> DateValue | None:
    """The season just over that "this winter" ("this summer" in the south) names when the
    coming one is read but a perfect or past verb governs it directly ("7.1 million livestock
    have died this winter" in May, "corals had bleached this summer" in Sydney in April),
    and it ended within the season before the publication; None otherwise ("is stockpiling
    missiles to strike power plants this winter, as it did last year" stays ahead)."""
    if (expr.get("shift2") or "").lower() != "this" or anchor is None or value is None:
        return None
    if value.start is None or value.start <= anchor:
        return None  # under way or over: "this" is already the one at hand
    before = normalize(expr, ctx.text, _years_before(anchor, 1), False)
    if before is None or before.end is None or not 0 < (anchor - before.end).days <= _SEASON_AFTER:
        return None
    first = ctx.token_at(expr.start)
    left = _clause(ctx, bisect_right(ctx.sentence_chars, expr.start), expr)[0]
    return before if tense.governed_by_a_past(ctx, left, first) else None


def _years_before(anchor: dt.date, years: int) -> dt.date:
    """``anchor`` that many years before (February 29 on the 28th of a common year)."""
    year = anchor.year - years
    day = 28 if anchor.month == 2 and anchor.day == 29 else anchor.day
    return anchor.replace(year=max(1, year), day=day)


_FIGURES_FOR = re.compile(
    r"\b(?:results|earnings|figures|data|numbers|report|statistics|readings)\s+"
    r"(?:covering\s+|for\s+(?:(?:the|its)\s+(?:(?:period|days|weeks)\s+(?:from\s+)?)?)?)$",
    re.IGNORECASE,
)
"""Before a date, reported figures' "for" or "covering": a quarter's ("results for the fourth
quarter", ``_reported_soon``), a year-less day's or range's ("data for April 26 to May 29",
"figures covering May 1-15", "results for the period from April 1 to June 30")."""
_FIGURE_SPANS = frozenset({"range", "month_day", "day_month"})
"""Year-less days and ranges that figures may be for (a month alone is ``_of_figures_for``'s)."""
_DAY_RULES = frozenset({"month_day", "day_month", "month_day_year", "day_month_year"})
"""Rules of a day of a month, which "the night of" may narrow."""
_PART_OF = LazyPattern(r"\b[Tt]he\s+(morning|afternoon|evening|night|week|weekend)\s+of\s+$")
_WEEK_OF_RULES = _DAY_RULES | {"range"}
"""... and of days, whose week "the week (weekend) of" names: "the weekend of June 8-9"."""


_WEEK_TO = re.compile(r"\b[Tt]he\s+week\s+(?:ended|ending|to)\s+$")
_WEEK_TO_RULES = _DAY_RULES | {"weekday"}
"""Rules of a day that "the week ended (ending, to)" may close: "the week ending Friday"."""
_WEEK_FROM = re.compile(r"\b[Tt]he\s+week\s+(?:starting|beginning|commencing)\s+(?:on\s+)?$")
_WEEK_FROM_ENDS = ("starting ", "beginning ", "commencing ", " on ")


def _week_of_day(
    text: str, expr: Expression, lead: re.Pattern[str], reach: int, group: str
) -> Expression:
    """``expr`` from "the week" that ``lead`` finds within ``reach`` characters before it,
    with ``group`` set: the week it closes ("the week ended Friday", "week_to") or opens
    ("the week starting Monday", "week_from"); unchanged after a part of the day, a
    preposition or a shift ("the week to Friday night", "the week starting next Monday")."""
    if expr.get("part") or expr.get("prep") or expr.get("shift"):
        return expr
    found = lead.search(text, max(0, expr.start - reach), expr.start)
    if found is None:
        return expr
    return expr._replace(start=found.start(), groups=(*expr.groups, (group, "week")))


def _part_of(text: str, expr: Expression) -> Expression:
    """A day of a month after "the night (morning, ...) of": that part of the day, one
    expression from "the" ("the night of June 3": TIMEX3 2024-06-03TNI) with group "part";
    a day after "the week ended (ending, to)" the week it closes (group "week_to"), after "the
    week starting (beginning)" the week it opens (group "week_from")."""
    if expr.rule in _WEEK_TO_RULES and text.endswith(("ended ", "ending ", " to "), 0, expr.start):
        return _week_of_day(text, expr, _WEEK_TO, 24, "week_to")
    if expr.rule in _WEEK_TO_RULES and text.endswith(_WEEK_FROM_ENDS, 0, expr.start):
        return _week_of_day(text, expr, _WEEK_FROM, 32, "week_from")
    if expr.rule not in _WEEK_OF_RULES or not text.startswith(" of ", expr.start - 4):
        return expr  # a cheap test first: most days follow no "of"
    before = _PART_OF.search(text, max(0, expr.start - 24), expr.start)
    if before is None:
        return expr
    if expr.rule == "range" and (  # only a range of days ("June 8-9"), only its week
        not before.group(1).startswith("week")
        or expr.parts is None
        or any(p.rule not in _DAY_RULES for p in expr.parts)
    ):
        return expr
    return expr._replace(start=before.start(), groups=(*expr.groups, ("part", before.group(1))))


_DURATION_MODS = {
    "approx": "APPROX",
    "nearly": "LESS_THAN",
    "less_than": "LESS_THAN",
    "more_than": "MORE_THAN",
    "at_least": "EQUAL_OR_MORE",
    "at_most": "EQUAL_OR_LESS",
    "up_to": "EQUAL_OR_LESS",
}
"""TIMEX3 mods of a duration's qualifier: "nearly 30 years" is less than 30 (LESS_THAN),
"up to 10 years" at most 10 (EQUAL_OR_LESS), "at least 20 people" at least."""


@cache
def _span_cues() -> frozenset[str]:
    """Qualifiers a duration cannot take (``qualifiers.json`` ``not_before_durations``)."""
    return frozenset(lexicons.qualifiers().not_before_durations)


_OFFSET_MODS = {
    "approx": ("APPROX", "APPROX"),
    "nearly": ("AFTER", "BEFORE"),
    "less_than": ("AFTER", "BEFORE"),
    "more_than": ("BEFORE", "AFTER"),
    "at_least": ("ON_OR_BEFORE", "ON_OR_AFTER"),
}
"""TIMEX3 mods of an offset's qualifier, back ("ago", "earlier") and on ("later"): "more
than two years ago" is before that year (BEFORE), "less than a month later" before the month
on (BEFORE), "about two years ago" APPROX."""
_ON = frozenset({"later", "after", "afterward", "afterwards", "from now"})


def _qualified(text: str, expr: Expression) -> Expression:
    """A duration with the qualifier before it ("nearly 30 years", "more than a decade", "up
    to 10 years"): the cue joins the expression, as TIMEX3 extents hold it, and its mod is a
    group (``qmod``) the record reads; so does a counted offset's ("more than two years
    ago": BEFORE)."""
    if expr.rule == "ago" and expr.get("n") not in (None, "0", "the", "The"):
        return _qualified_offset(text, expr)
    if expr.rule in _CLOCK_RULES:
        return _about_a_clock(text, _after_midnight(text, expr))
    if expr.rule in _APPROX_RULES:
        return _about_a_date(text, expr)
    if expr.rule != "duration" or expr.parts is not None:
        return expr
    cue = qualifiers.before(text, expr.start)
    if cue is None and text.startswith(" or ", expr.end):
        return _trailing_bound(text, expr)  # "after 12 months or more"
    if cue is None or (
        cue.text.lower() in _span_cues()
        and not _FOR_BEFORE.search(text, max(0, cue.start - 5), cue.start)
    ):
        return expr  # "over 30 years" may be the span itself; "for over 30 years" is more
    mod = _DURATION_MODS.get(cue.qualifier)
    if mod is None:
        return expr
    return expr._replace(start=cue.start, groups=(*expr.groups, ("qmod", mod)))


_TRAILING_BOUNDS = LazyPattern(r" or (?P<way>more|longer|less|shorter)\b")
"""A bound after a duration: "12 months or more", "3 years or longer" (at least), "5 years
or less" (at most)."""


def _trailing_bound(text: str, expr: Expression) -> Expression:
    """A duration with its bound after it ("after 12 months or more": EQUAL_OR_MORE, "for 5
    years or less": EQUAL_OR_LESS); the bound joins the expression."""
    found = _TRAILING_BOUNDS.match(text, expr.end)
    if found is None:
        return expr
    mod = "EQUAL_OR_MORE" if found["way"] in ("more", "longer") else "EQUAL_OR_LESS"
    return expr._replace(end=found.end(), groups=(*expr.groups, ("qmod", mod)))


_FOR_BEFORE = LazyPattern(r"\b[Ff]or\s+$")
"""A duration's "for" before "over" or "under", which then bounds it: "for over 30 years"."""
_CLOCK_RULES = frozenset({"clock", "day_time"})


def _about_a_clock(text: str, expr: Expression) -> Expression:
    """ "at about 10:30 p.m. Wednesday", "around noon on Friday": an approximating cue joins
    the clock time, APPROX (other qualifiers, "just before midnight", are left out)."""
    if not text.endswith(" ", 0, expr.start):
        return expr  # a cheap test first
    cue = qualifiers.before(text, expr.start)
    if cue is None or cue.text.lower() not in _ABOUT:
        return expr  # not "Some 2 p.m. flights", "An estimated 3 p.m. deadline"
    return expr._replace(start=cue.start, groups=(*expr.groups, ("qmod", "APPROX")))


_ABOUT = frozenset({"about", "around", "approximately", "roughly", "circa"})


def _after_midnight(text: str, expr: Expression) -> Expression:
    """ "struck just after midnight on Friday": the small hours of Friday (T00:00), not the
    day's end that a lone "midnight" is ("the deadline is midnight Friday", T24:00)."""
    written = expr.parts[1] if expr.parts is not None else expr
    if written.get("word") != "midnight":
        return expr
    if _AFTER.search(text, max(0, expr.start - 24), expr.start) is None:
        return expr
    marked = written._replace(groups=(*written.groups, ("day_start", "1")))
    return marked if expr.parts is None else expr._replace(parts=(expr.parts[0], marked))


_AFTER = LazyPattern(r"\b(?:after|past)\s+$", re.IGNORECASE)

_APPROX_RULES = _DAY_RULES | {"month", "month_year", "year"}
_BOUND_BEFORE = re.compile(
    r"\b(?:[Nn]o|[Nn]ot)\s+(?P<way>earlier|sooner|later)\s+than\s+(?:(?:on|in)\s+)?$"
    r"|\b[Nn]ot\s+before\s+$"
)
"""A bound right before a day, a month or a year: "no earlier than September 2026" (that
month or after, ON_OR_AFTER), "not before March", "no later than 2030" (ON_OR_BEFORE)."""
_OR_ABOUT = re.compile(r"\b(?:(?:[Oo]n|[Ii]n)\s+or\s+(?:about|around)|(?P<circa>[Cc]irca))\s+$")
"""Before a day, a month or a year, an approximation: the court's "on or about May 3", "in
or around March 2021", and "circa 1900"."""


def _about_a_date(text: str, expr: Expression) -> Expression:
    """ "on or about May 3", "in or around 2019", "circa 1900": the date, APPROX; "circa"
    joins it, as "about" joins a clock time (a preposition and "or about" stay out); "no
    earlier than September 2026", "no later than 2030": the date, ON_OR_AFTER (ON_OR_BEFORE)."""
    if not text.endswith(" ", 0, expr.start):
        return expr  # a cheap test first
    cue = _OR_ABOUT.search(text, max(0, expr.start - 20), expr.start)
    if cue is None:
        bound = _BOUND_BEFORE.search(text, max(0, expr.start - 20), expr.start)
        if bound is None:
            return expr
        # "no earlier than September 2026": that month or after (the cue stays out, as
        # "on or about" does)
        mod = (
            "ON_OR_BEFORE" if (bound["way"] or "").lower() in ("later", "after") else "ON_OR_AFTER"
        )
        return expr._replace(groups=(*expr.groups, ("qmod", mod)))
    start = cue.start() if cue.group("circa") else expr.start
    return expr._replace(start=start, groups=(*expr.groups, ("qmod", "APPROX")))


def _qualified_offset(text: str, expr: Expression) -> Expression:
    """ "more than two years ago", "less than a month later": the cue joins the offset, with
    the mod of its direction."""
    cue = qualifiers.before(text, expr.start)
    if cue is None or cue.text.lower() in _span_cues():
        return expr
    mods = _OFFSET_MODS.get(cue.qualifier)
    if mods is None or _compares(text, cue.start):
        return expr
    on = " ".join((expr.get("dir") or "").lower().split()) in _ON
    return expr._replace(start=cue.start, groups=(*expr.groups, ("qmod", mods[on])))


_HEAD_BEFORE = LazyPattern(r"(?:(?P<digit>[\d%])|\b(?P<word>[A-Za-z]+))\s*$")


def _compares(text: str, start: int) -> bool:
    """Whether the qualifier at ``start`` compares amounts ("roughly 26% more than a year
    earlier"): after a digit, "%" or a word of ``comparison_heads``."""
    head = _HEAD_BEFORE.search(text, max(0, start - 12), start)
    if head is None:
        return False
    word = head.group("word")
    return word is None or word.lower() in lexicons.tense().comparison_heads


def _to_token_ends(ctx: Context, found: list[Expression]) -> list[Expression]:
    """The expressions, each that ends right before the stop of a one-token abbreviation
    taken to that stop: "on 14 Mar." ends a sentence in the token "Mar.", and a span cannot
    end inside a token."""
    text, ends = ctx.text, ctx.token_ends
    fixed = list(found)
    for i, expr in enumerate(found):
        if text.startswith(".", expr.end) and expr.end > expr.start:
            token = bisect_right(ctx.token_chars, expr.end - 1) - 1
            if ends[token] == expr.end + 1:
                fixed[i] = expr._replace(end=expr.end + 1)
    return fixed


def find(doc: Doc) -> list[Span]:
    """Date spans, with the rule in ``span.id_``."""
    return _found(doc)[0]


def _found(doc: Doc) -> tuple[list[Span], frozenset[tuple[int, int]]]:
    """The date spans and their character offsets (read off the expressions: a Span makes
    Token objects to tell them)."""
    spans, offsets = [], []
    for expr in expressions(Context.of(doc)):
        span = char_span(doc, expr.start, expr.end, "date", expr.rule)
        if span is not None:
            spans.append(span)
            offsets.append((expr.start, expr.end))
    return spans, frozenset(offsets)


@cache
def _future_re() -> re.Pattern[str]:
    # Cues grouped by first character: `re` enters every case-insensitive branch at each word
    # start (it cannot skip one by its first character), so 15 branches beat 40.
    return re.compile(rf"\b(?:{_by_first(lexicons.calendar().future_cues)})\b", re.IGNORECASE)


def _by_first(cues: Iterable[str]) -> str:
    """An alternation of ``cues``, grouped by their first character."""
    by_first: dict[str, list[str]] = {}
    for cue in cues:
        by_first.setdefault(cue[:1], []).append(re.escape(cue[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in by_first.items())


@cache
def _future_leads() -> tuple[re.Pattern[bytes], ...]:
    r"""Where a future cue may start in ``scan.folded`` text: case-sensitive searches with
    literal branches, four times faster than the case-insensitive one. A cue after a word
    ("'ll") may follow a non-ASCII letter, which ``scan.folded`` makes "?": it has its own
    search, without ``\b`` (in the same alternation it would slow the whole search down)."""
    cues = [cue.lower() for cue in lexicons.calendar().future_cues]
    words = [c for c in cues if re.match(r"\w", c)]
    others = [c for c in cues if not re.match(r"\w", c)]
    patterns = [rf"\b(?:{_by_first(words)})", *(re.escape(c) for c in others)]
    return tuple(re.compile(p.encode("ascii")) for p in patterns)


def _sentence(ctx: Context, following: int) -> tuple[int, int]:
    """Where the sentence ends that comes before ``ctx.sentence_chars[following]``."""
    starts = ctx.sentence_chars
    return starts[max(0, following - 1)], (
        starts[following] if following < len(starts) else len(ctx.text)
    )


def _fronted_clause(ctx: Context, clause_start: int, sentence_start: int) -> bool:
    """Whether the clause at token ``clause_start`` opens its sentence (after an opening quote
    at most): a fronted date clause, not a late one after the main clause ("China will
    restrict exports ..., from Aug. 1, the ministry said on Monday")."""
    first = ctx.token_at(sentence_start)
    while first < clause_start and not ctx.words[first].isalnum():
        first += 1
    return clause_start <= first


def _clause(ctx: Context, following: int, expr: Expression) -> tuple[int, int]:
    """Token range of the clause holding ``expr``, in the sentence before ``following``."""
    low, high = _sentence(ctx, following)
    sentence = ctx.token_at(low), ctx.token_at(high)
    return tense.clause(ctx, sentence, ctx.token_at(expr.start), ctx.token_at(expr.end))


_RULE_NOUNS = frozenset(
    {
        "norm",
        "norms",
        "target",
        "targets",
        "requirement",
        "requirements",
        "quota",
        "quotas",
        "limit",
        "limits",
        "ceiling",
        "threshold",
        "deadline",
    }
)
"""Nouns of a rule or a goal that a date after "for" (or "from", "effective") sets the day of."""
_RULE_DATE_LEADS = frozenset({"for", "from", "effective"})
_RULE_REACH = 8
"""How many tokens before the date's lead a rule noun may stand ("the buffer norm of 7.46
million tonnes for")."""


def _of_a_rule(ctx: Context, bounds: tuple[int, int], first: int) -> bool:
    """Whether the date at token ``first`` of a cue-less clause ``bounds`` is a rule's or a
    goal's, led by "for" ("from", "effective") after its noun ("well above the buffer norm
    of 7.46 million tonnes for April 1", "the target for March 31"): set before the day,
    which may be either side of a report's past; the nearest, not the past of a clause
    before it ("State stocks stood at 14.1 million tonnes on Feb. 1, well above ...")."""
    lead = first - 1
    if lead <= bounds[0] or ctx.lowers[lead] not in _RULE_DATE_LEADS:
        return False
    return any(w in _RULE_NOUNS for w in ctx.lowers[max(bounds[0], lead - _RULE_REACH) : lead])


def _past_before_comma(ctx: Context, bounds: tuple[int, int], opening: int) -> bool:
    """Whether the clause before a cue-less clause ``bounds`` of the same sentence (from
    token ``opening``), set off by a comma, opens the sentence (maybe after a dateline's
    dash) and is told in the past: its tense goes on. An apposition before it tells nothing
    ("China will restrict exports of gallium, two metals used in chips, from Aug. 1")."""
    comma = bounds[0] - 1
    if comma - 1 <= opening or ctx.lowers[comma] != ",":
        return False
    prior = tense.clause(ctx, (opening, comma), comma - 1, comma)
    if prior[0] > opening and ctx.lowers[prior[0] - 1] != "-":
        return False
    at = ctx.token_chars[comma]
    return tense.clause_tense(ctx, prior, at, at + 1) == "past"


_LOOK_BACK = 2
"""How many sentences before a date's own may tell its tense when that one has no cue."""


def _sentence_tense(
    ctx: Context, following: int, folded: bytes | None, own: dict[int, tense.Tense]
) -> tense.Tense:
    """The tense of a sentence, for its year-less dates whose clause has no cue, given the
    index of the next sentence in ``ctx.sentence_chars`` and ``scan.folded(ctx.text)``. A
    sentence with no cue takes the last tense of the ones before it (HeidelTime's "last
    used tense" for news): "... has risen from KShs. 8,800 in January" is cut after "KShs."
    by the sentence splitter, and a story's sentences go on in one tense. Each sentence's own
    tense is kept in ``own`` by the index of the sentence after it."""
    for index in range(following, max(0, following - _LOOK_BACK - 1), -1):
        if index not in own:
            low, high = _sentence(ctx, index)
            future_cue = _future_cue(ctx.text, folded, low, high)
            bounds = ctx.token_at(low), ctx.token_at(high)
            own[index] = tense.sentence_tense(ctx, bounds, future_cue)
        if own[index] != "open":
            return own[index]
        if index == following and _NOW.search(ctx.text, *_sentence(ctx, index)):
            return "open"  # "Markets now price a 40% chance of a rate cut in August": the
            # present, whatever tense the sentences before were told in
    return "open"


_NOW = LazyPattern(r"\b(?:now|currently)\b")
"""A present adverb: a sentence with no cue of its own that holds one is told now."""


def _future_cue(text: str, folded: bytes | None, start: int, end: int) -> bool:
    """``_future_re().search(text, start, end)``, sped up by ``folded = scan.folded(text)``."""
    cues = _future_re()
    if folded is None:
        found = cues.search(text, start, end)
        while found is not None and tense.not_a_future_cue(text, found.start(), found.end()):
            found = cues.search(text, found.end(), end)
        return found is not None
    # A cue matches at `at` only where its folded form starts (`at` and `end` bound both the
    # same way), so trying the full regex at those places finds what its search would.
    for leads in _future_leads():
        lead = leads.search(folded, start, end)
        while lead is not None:
            cue = cues.match(text, lead.start(), end)
            if cue and not tense.not_a_future_cue(text, cue.start(), cue.end()):
                return True
            lead = leads.search(folded, lead.start() + 1, end)
    return False


_VALIDATE = DateFact.__pydantic_validator__.validate_python


def _record(
    ctx: Context, expr: Expression, value: DateValue, sentence_of: Callable[[int], int]
) -> DateFact:
    parts = None
    if value.parts is not None and expr.parts is not None:
        parts = tuple(
            _record(ctx, e, v, sentence_of) for e, v in zip(expr.parts, value.parts, strict=True)
        )
    # The model's validator on a dict: the same validated record as ``DateFact(**fields)``,
    # without the keyword packing and attribute setting of ``__init__`` (2.1 µs, not 3.2).
    fact: DateFact = _VALIDATE(
        {
            "text": ctx.text[expr.start : expr.end],
            "start_char": expr.start,
            "end_char": expr.end,
            "sentence": sentence_of(ctx.token_at(expr.start)),
            "type": value.type,
            "timex": value.timex,
            "mod": value.mod,
            "start_date": value.start,
            "end_date": value.end,
            "granularity": value.granularity,
            "relative": value.relative,
            "resolved": value.resolved,
            "year_inferred": value.year_inferred,
            "freq": value.freq,
            "quant": value.quant,
            "range_start": parts[0] if parts else None,
            "range_end": parts[1] if parts else None,
        }
    )
    return fact


def to_records(
    ctx: Context, anchor: dt.date | None, sentence_of: Callable[[int], int]
) -> list[DateFact]:
    """``DateFact`` records for the Doc's date spans, anchored at the publication date."""
    spans = ctx.derived(_OFFSETS, (GROUP,), _offsets)
    records: list[DateFact] = []
    future: dict[int, tense.Tense] = {}  # per sentence: many sentences hold several dates
    folded = scan.folded(ctx.text)
    last: tuple[int, DateValue] | None = None  # the last fact and where it starts, for "later"
    last_end = 0
    dated: tuple[int, DateValue] | None = None  # ... and the last that is no duration
    dated_end = 0
    last_day: tuple[int, int, DateValue] | None = None  # the last past day, for a lone time
    figures: tuple[int, DateValue] | None = None  # the last month or quarter after "in"
    pending = [e for e in expressions(ctx) if (e.start, e.end) in spans][::-1]
    deferred: set[Expression] = set()
    listed: tuple[Expression, DateValue] | None = None  # the last record's, a bare weekday
    closing: tuple[Expression, DateValue] | None = None  # the last record's, a year-less quarter
    fiscal: Expression | None = None  # the last record's, "the fiscal year ended" a year-less day
    split: tuple[int, DateValue] | None = None  # the last's end, "the 2022/23 financial year"
    to_month: tuple[Expression, DateValue] | None = None  # the last's, "the quarter to March"
    began: tuple[int, DateValue] | None = None  # the last's end, "the quarter starting"
    frame: _Frame | None = None  # the sentence's year that its year-less months fall in
    month_read: tuple[int, DateValue] | None = None  # the last year-less month, its sentence
    said: list[tuple[int, DateValue]] = []  # every date that is no duration, for "the same"
    on_day: tuple[Expression, DateValue] | None = None  # the last's, a bare weekday
    planned: tuple[Expression, DateValue] | None = None  # the last's, "originally set for" a day
    planned_at = 0  # ... and its record's index ("now" may come between)
    ahead_read: tuple[int, tense.Tense] | None = None  # the last date read ahead, its end
    while pending:
        expr = pending.pop()
        read: tense.Tense | None = None  # the tense a year-less date was read in
        looks_ahead = reads_future(expr)  # asked up to three times below, by most dates
        if durations.refers_back(expr):
            reference = _same_sentence(ctx, last, expr.start)
            if reference is not None and last is not None and _same_after_a_since(ctx, last, expr):
                reference = None  # "the first since Borg in 1979 to win both in the same year"
            if reference is not None and last is not None:
                # "for the year that ended in March, double the previous year's": of years
                reference = _year_ended_by(ctx, last[0], expr, reference) or reference
            if reference is not None and (period := _period_of_a_day(ctx, said, reference, expr)):
                # "a 14% fall in first-quarter net income on Tuesday to $27bn, from $32bn a
                # year earlier": the quarter's figure is compared, not the day the news came
                reference = period
            if (
                (
                    expr.get("same")
                    or _SECOND_BASE.search(ctx.text, max(0, expr.start - 40), expr.start)
                )
                and reference is not None
                and last is not None
            ):
                # "up 31% from the first quarter and 20% from the same quarter a year
                # earlier": the quarter reported, not the one it is compared with
                reference = _reported_period(ctx, said, last[0], expr) or reference
            if reference is None and expr not in deferred and _period_after(ctx, expr, pending):
                # "fell 34% from a year earlier in April": April first, then its year before
                deferred.add(expr)
                pending.insert(len(pending) - 1, expr)
                continue
            if reference is None and _opens_sentence(ctx, expr):
                # "He was arrested on March 3. Two days later, he was released."
                reference = _same_sentence(ctx, last, expr.start, before=1)
            if reference is None:
                # "Revenue fell in the third quarter. It rose from a year earlier."
                reference = _period_before(ctx, last, expr, anchor)
            if reference is None:
                # "Sales rose 2.8% in June from May. The price rose 1.3% from a year earlier"
                reference = _figures_period_before(ctx, last, figures, expr)
            # "later in the year" falls back on the publication's year only in an article
            # that named no date before it (else it may be of that one: unknown)
            own = anchor if last is None else None
            value = durations.from_reference(
                expr, reference, own if expr.get("n") == "0" else anchor
            )
        elif (years := expr.get("years_ago")) is not None:
            # "30 years ago this month": this month, that many years before
            back = None if anchor is None else _years_before(anchor, int(years))
            value = normalize(expr, ctx.text, back, False)
        elif (same := _year_ago_compared(ctx, expr, dated, said)) is not None:
            value = same  # "rose to $5m from $2m a year ago" after "the third quarter"
        elif expr.rule == "season" and (way := expr.get("refdir") or expr.get("that")):
            # "founded in 2019. The following spring, ...": from a date of its sentence or the
            # one before, as "the following year" counts on; "That summer,": of that date
            reference = _same_sentence(ctx, dated, expr.start, 1)
            later = None if expr.get("that") else way.lower() in _LATER
            value = periods.season_from(expr, reference, later)
        elif (run := _first_months(ctx, expr, dated, anchor)) is not None:
            value = run  # "up from 5.87% in the first three months" after "the second quarter"
        elif (way := expr.get("refdir")) is not None:  # "charged the following Monday"
            reference = _same_sentence(ctx, dated, expr.start, 1 if _opens(ctx, expr) else 0)
            value = days.weekday_from(expr, reference, way == "later")
        elif (
            expr.rule == holidays.RULE
            and expr.get("event") is None  # "the 9/11 attacks": one day of one year
            and not any(c.isdigit() for c in ctx.text[expr.start : expr.end])  # "2004 Boxing Day"
            and holidays.holiday_event(ctx.text, expr.end)
        ):
            value = None  # "Easter Sunday bombings", "the Boxing Day tsunami": of some year
        elif expr.rule == holidays.RULE:  # "on Christmas Day": holidays.py
            following = bisect_right(ctx.sentence_chars, expr.start)
            says = _tense(ctx, expr, following, future, folded)
            if says == "forecast" and tense.predicted(
                ctx, _clause(ctx, following, expr)[0], ctx.token_at(expr.start)
            ):
                says = "open"  # "Forecasters predicted snow on Christmas Day": the nearest
            ahead = tense.AHEAD[says]
            previous = _same_sentence(ctx, last, expr.start)
            left = _clause(ctx, following, expr)[0] if ahead is False else 0
            advised = ahead is False and holidays.advises(
                ctx.lowers[left : ctx.token_at(expr.start)]
            )
            value = holidays.value(expr, anchor, ahead, ctx.text, previous, advised)
        elif expr.get("figures") or expr.get("figfor") or _closing_level_on(ctx.text, expr):
            # "above July's inflation rate", "data for July": out after the month; "a premium
            # to its closing price on Friday": a close is always past
            value = normalize(expr, ctx.text, anchor, False)
        elif looks_ahead and dateline.filed(ctx.text, expr):
            value = normalize(expr, ctx.text, anchor, False)  # the day filed: not ahead
        elif looks_ahead and (held := _event_year(ctx, expr)) is not None:
            value = normalize(expr, ctx.text, held, True)  # "The 2026 World Cup"
        elif looks_ahead:
            following = bisect_right(ctx.sentence_chars, expr.start)
            lately = _lately(_same_sentence(ctx, last, expr.start), anchor)
            says = _deadline_tense(ctx.text, expr, lately) or _tense(
                ctx, expr, following, future, folded
            )
            if ahead_read is not None and says != ahead_read[1]:
                # "Qualifying is on Saturday, with the race on Sunday": the schedule's
                says = _with_schedule(ctx, following, expr, ahead_read) or says
            if (
                says == "open"
                and expr.rule == "month"
                and _FIGURE_IN.search(ctx.text, max(0, expr.start - 48), expr.start)
            ):
                says = "past"  # "US employers add 330,000 jobs in May": figures are of the past
            if says in ("past", "open") and _reported_forecast(ctx, expr):
                says = "forecast"  # "The weather service said snow was likely Thursday"
            elif says in ("past", "open") and _priced_in(ctx.text, expr):
                says = "forecast"  # "Markets are pricing in a cut in November" in September
            read = says
            ahead_read = (expr.end, says) if says in ("future", "forecast") else None
            if (
                says == "future"
                and expr.rule in _PERIODS
                and tense.of_reported_figures(ctx.text, expr.end)
            ):
                says = "forecast"  # "Q4 GDP data will be released on Jan. 26"
            if says == "future" and expr.rule == "range" and _reported_span(ctx, expr, anchor):
                says = "past"  # "will report its April-June quarter results on July 20" in
                # July: the quarter just ended, whose figures come out after it
            if (
                says in ("future", "forecast")
                and expr.rule in _FIGURE_SPANS
                and _FIGURES_FOR.search(ctx.text, max(0, expr.start - 40), expr.start)
            ):
                says = "past"  # "will publish daily data for April 26 to May 29 on Aug. 7":
                # figures come out after the days they are for, the last such days
            if expr.rule == "bare_season" and not _fall_season(ctx, expr, says):
                continue  # "was injured in the fall": a tumble
            if expr.rule == "bare_season" and _season_of_a_habit(ctx.text, expr, says):
                continue  # "draws 8,000 people a day in summer": every summer
            value = normalize(expr, ctx.text, anchor, tense.AHEAD[says])
            if says == "past" and _of_weekdays(expr) and _ends_ahead(value, anchor):
                # "The talks ran Tuesday to Thursday" on a Wednesday: a run of days gone by,
                # the week before's, not one ending ahead
                assert anchor is not None
                value = normalize(expr, ctx.text, anchor - dt.timedelta(days=7), False)
            elif _ran_ahead(ctx, expr, value, anchor, says):
                # "a ban that ran from February 13 to Aug. 19" in May: a run told as gone by
                # ended before publication, the year before's
                assert anchor is not None
                value = normalize(expr, ctx.text, _years_before(anchor, 1), False) or value
            if says == "future" and _schedule_range(ctx, expr):
                value = _under_way(expr, ctx.text, anchor, value)
            elif expr.rule == "range" and last is not None and _restates(ctx.text, last_end, expr):
                # "this summer, from June 1 through Aug. 31": the run the period before names
                value = _within(expr, ctx.text, anchor, value, last[1])
            elif says == "open" and _all_bare(expr) and _schedule_range(ctx, expr):
                # "The festival runs Friday to Sunday" (no cue): a schedule under way or
                # ahead, as "runs from Friday to Sunday" is, no run of days gone by
                coming = normalize(expr, ctx.text, anchor, True)
                value = _under_way(expr, ctx.text, anchor, coming)
            if (
                value
                and says == "open"
                and (
                    tense.awaits(ctx, expr.rule, expr.start, expr.end)
                    or tense.delay_ended(ctx, expr.rule, expr.start)
                    or tense.started(ctx, expr.rule, expr.start)
                    or (
                        expr.rule == "weekday"
                        and tense.overtaken(
                            ctx, _clause(ctx, following, expr), ctx.token_at(expr.start)
                        )
                    )
                )
            ):
                value = _nearest(value, normalize(expr, ctx.text, anchor, True), anchor)
            if (
                value
                and says == "open"
                and _long_over(value, anchor)
                and tense.awaited_event(ctx, _clause(ctx, following, expr), expr.start)
            ):
                # "Campaigning intensified ahead of the election on November 5" in April: an
                # event awaited at an act of the news is not one long over, the next
                value = normalize(expr, ctx.text, anchor, True) or value
            if value and says == "past" and _closed_for_a_holiday(ctx.text, expr, pending):
                # "Markets closed Thursday for Thanksgiving": the holiday's day, near
                value = _nearest(value, normalize(expr, ctx.text, anchor, True), anchor)
            if expr.rule in _DAYS and holidays.names_an_event(ctx.text, expr.start, expr.end):
                value = normalize(expr, ctx.text, None, False)  # "the Jan. 6 attack": XXXX
            elif _of_habit_rules(expr) and (
                _of_a_habit(ctx, following, expr) or _times_before(ctx.text, expr)
            ):
                # "usually opens in March", "typically lasts from June to September"; "a pace
                # seen only a handful of times before September", "normal for late July":
                # any year's
                value = normalize(expr, ctx.text, None, False)
            elif says == "forecast" or (
                says == "future" and expr.rule == "quarter" and among_figures(ctx.text, expr)
            ):
                # "GDP data for the third quarter will be released" in October: the quarter
                # just ended, as a forecast's (``_forecast``)
                reported = expr.rule == "half" and tense.of_reported_figures(ctx.text, expr.end)
                if says != "forecast" or not tense.forecast_of_an_act(ctx, expr.start):
                    value = _forecast(expr, ctx.text, anchor, value, reported)
            elif says == "past" and expr.rule in _PERIODS:
                # "Inflation, at 4.2% in the March quarter, was ...": a level measured
                measured = expr.rule == "quarter" and tense.of_a_stated_level(
                    ctx, _clause(ctx, following, expr)
                )
                value = _ended(expr, ctx.text, anchor, value, measured)
            if says != "past" and _reported_soon(ctx, expr, value, anchor):
                # "will report fourth-quarter results on Thursday" in April: a fiscal year's
                # fourth quarter, the calendar's long over or not yet ended
                fiscal = expr._replace(groups=(*expr.groups, ("fiscal", "1")))
                value = normalize(fiscal, ctx.text, anchor, False) or value
        else:  # the value of most dates does not depend on the tense
            value = normalize(expr, ctx.text, anchor, False)
            if expr.rule == "season" and (gone := _season_gone(ctx, expr, value, anchor)):
                value = gone  # "have died this winter" in May: the winter just over
        if (
            anchor is not None
            and value is not None
            and (week := _WEEK_NAMED_AFTER.match(ctx.text, expr.end)) is not None
            and (_bare_weekday(expr) or _all_bare(expr))
        ):
            # "on Monday last week", "Monday to Friday next week": the days of that week
            step = 7 * _WEEK_STEPS[week[1].lower()]
            sunday = anchor + dt.timedelta(days=6 - anchor.weekday() + step)
            value = normalize(expr, ctx.text, sunday, False) or value
        if value is None:
            if _holiday_range(expr) and expr.parts is not None:
                pending.extend(reversed(expr.parts))  # "between Thanksgiving and Christmas"
            continue
        if expr.get("era") and (value := _era_value(value)) is None:
            continue  # "the 1990s BC": none
        if _lone_time(expr, value) and not _habitual(ctx.text, expr):
            # past a duration: "worked hours before the midnight deadline"
            day = _day_of_clause(ctx, dated, dated_end, expr)
            if day is None and expr.rule == "day_part":
                # "The vote is on Friday, with results expected in the evening": that day's
                day = _day_of_sentence(ctx, dated, expr, anchor)
            if day is None:  # "12:45 p.m. (1245 GMT)": the other zone's time of that moment
                day = _converted_time(ctx, last, last_end, expr, value)
            if day is not None:  # "on Thursday ... hours before the midnight deadline"
                value = _on_day(day, expr, value)
            elif expr not in deferred and (skip := _day_after(ctx, expr, pending)):
                # "at 4:10 p.m. local time (0710 GMT) on Monday": the day first, then its time,
                # then the other zone's
                deferred.add(expr)
                if skip == 2:
                    converted = pending.pop()
                    deferred.add(converted)
                    pending.insert(len(pending) - 1, converted)
                pending.insert(len(pending) - 1, expr)
                continue
            elif (state := _state_ends(ctx, expr, value, anchor)) == "open" and anchor:
                # "A tornado watch is in effect until 9 p.m.": in force now, today's 9 p.m.
                value = _on_day(_day_value(anchor, relative=True), expr, value)
            elif (day := _day_of_sentence_before(ctx, last_day, expr, last, folded)) is not None:
                following = bisect_right(ctx.sentence_chars, expr.start)
                if last_day is not None and _before_its_time(ctx, last_day, expr, value):
                    pass  # "at 10:25 p.m. on Tuesday. ... ended it at 4:30 a.m.": the next day?
                elif state == "past" or (
                    _tense(ctx, expr, following, future, folded) == "past"
                    and future.get(following) != "open"
                ):
                    # "... on Wednesday. About 140,000 were still in the dark at 6 p.m.";
                    # "... Tuesday. Forecasters issued a tornado watch until 9 p.m."; a
                    # sentence with no tense of its own ("Visitors are advised not to hike
                    # after 10 a.m.") may tell of any day, though the story's past goes on
                    value = _on_day(day, expr, value)
            elif anchor and _wire_time(ctx.text, expr) and _story_day(last_day, anchor):
                following = bisect_right(ctx.sentence_chars, expr.start)
                if state == "past" or _tense(ctx, expr, following, future, folded) == "past":
                    # "Sterling rose 0.3% and the FTSE gained 0.4% by 1000 GMT": a wire's
                    # snapshot of the markets, taken on the day it was filed
                    value = _on_day(_day_value(anchor, relative=True), expr, value)
        if expr.get("week_to"):
            value = _week_to(value)  # "the week ended May 25": 2024-05-19 to 2024-05-25
        elif expr.get("week_from"):
            value = _week_from(value)  # "the week starting June 10": 2024-06-10 to 2024-06-16
        elif (part := expr.get("part")) in ("week", "weekend"):
            value = _week_of(value, part)  # "the week of June 10": 2024-W24
        elif expr.rule in _DAY_RULES and part and value.timex is not None:
            value = days._with_part(value, part)  # "the night of June 3": 2024-06-03TNI
        if began is not None and (first := _quarter_begun_by(ctx.text, began, expr, value)):
            value = first  # "rose 4% in the quarter starting Oct. 1" in May: last October's
        the_quarter_rule = expr.rule == "the_quarter"  # two tests' first: most dates are not
        began = (
            (expr.end, value) if the_quarter_rule and _quarter_from_a_yearless_start(expr) else None
        )
        if frame is not None and (framed := _framed(ctx, frame, expr, value, anchor)) is not None:
            value = framed  # "rose twice in 2022, in January and in July": 2022's July
        frame = _next_frame(ctx, frame, expr, value)
        if month_read is not None and (day_in := _day_of_month_read(ctx, month_read, expr, value)):
            value = day_in  # "paused in June, weeks before it was due to begin on June 30"
        if expr.rule == "month" and value.resolved and value.granularity == "month":
            month_read = (ctx.sentence_start(expr.start), value)
        if value.mod is None and (mod := expr.get("qmod")) is not None:
            value = value._replace(mod=mod)  # "nearly 30 years": LESS_THAN
        current = (expr.start, value)
        if value.type != "duration" or value.start is not None:
            # "its lowest in three years, down from $2.22 a week earlier": a span of no
            # time ("three years") is no date to count from; the one before it is
            last, last_end = current, expr.end
        if (
            value.type == "date"
            and value.resolved
            and value.granularity in _FIGURE_GRAINS
            and (figures is None or _same_sentence(ctx, figures, expr.start) is None)
            and _FIGURES_IN.search(ctx.text, max(0, expr.start - 8), expr.start)
            and not _BASE_IN.search(
                ctx.text, max(ctx.sentence_start(expr.start), expr.start - 30), expr.start
            )
        ):  # the first of its sentence: "eased to 2.9% in July from 3% in June"
            figures = current
        if value.type != "duration":
            dated, dated_end = current, expr.end
            said.append(current)
        if _past_day(value, anchor) and not _day_said_after(ctx, last_day, expr):
            last_day = (expr.start, expr.end, value)
        if listed is not None and _weekday_into(ctx.text, listed[0], expr):
            value = _week_after(listed[1], value) or value  # "Tuesday night into Wednesday"
        elif listed is not None and _weekdays_listed(ctx.text, listed[0], expr):
            if _foretold(ctx, expr, read) and (after := _week_on(listed[1], value)):
                value = after  # "Rain is expected Tuesday and Wednesday" on a Wednesday
            elif (before := _week_before(listed[1], value)) is not None:
                records[-1] = _record(ctx, listed[0], before, sentence_of)  # "meets Tuesday and"
        bare_day = _bare_weekday(expr)  # asked again twice below
        listed = (expr, value) if bare_day else None
        if closing is not None and (shifted := _quarter_closed(ctx.text, closing, expr, value)):
            # "rose 5% in the second quarter, ended June 30" in May: the quarter that day ends
            records[-1] = _record(ctx, closing[0], shifted, sentence_of)
        closing = (expr, value) if expr.rule == "quarter" and value.year_inferred else None
        if split is not None and (closed := _split_fiscal_closed(ctx.text, split, expr, value)):
            value = closed  # "the 2022/23 financial year, which ended in May": May 2023
        split = (expr.end, value) if _SPLIT_FISCAL.search(ctx.text, expr.start, expr.end) else None
        if fiscal is not None and (named := _fiscal_closed(ctx.text, fiscal, expr, value)):
            records[-1] = _record(ctx, fiscal, named, sentence_of)  # "ended June 30": FY2023
        elif to_month is not None and (
            quarter := _quarter_month_closed(ctx.text, to_month, expr, value)
        ):
            records[-1] = _record(ctx, to_month[0], quarter, sentence_of)  # "to March": Q1
        if on_day is not None and (kept := _day_of_holiday(ctx.text, on_day, expr, value)):
            records[-1] = _record(ctx, on_day[0], kept, sentence_of)  # "Wednesday for Christmas"
        if planned is not None and (before := _planned_before(ctx.text, planned, expr, value)):
            records[planned_at] = _record(ctx, planned[0], before, sentence_of)  # "moved to"
        on_day = (expr, value) if bare_day and not expr.get("part") else None
        if bare_day and _originally_planned(ctx.text, expr):
            planned, planned_at = (expr, value), len(records)
        elif value.timex != "PRESENT_REF":  # "will now be played on Tuesday": past "now"
            planned = None
        fiscal = expr if expr.rule == "fiscal" and expr.get("fmon") else None
        to_month = (expr, value) if the_quarter_rule and _quarter_to_a_yearless_end(expr) else None
        records.append(_record(ctx, expr, value, sentence_of))
    if deferred:
        records.sort(key=lambda r: r.start_char)
    return records


_YEARLESS = frozenset({"month_day", "day_month", "month"})


_COMPARED_WITH = LazyPattern(r"\b(?:from|than|with|versus|vs\.?|over|against)\s+$")
"""A comparison's lead right before a period: "up 31% from the first quarter"."""
_REPORTED_GRAINS = frozenset({"month", "quarter", "half", "season"})


def _reported_period(
    ctx: Context, said: list[tuple[int, DateValue]], last: int, expr: Expression
) -> DateValue | None:
    """The period "the same quarter" (``expr``) repeats when the date right before it
    (starting at ``last``) is only compared with: the latest of its sentence that is no
    comparison's ("in the second quarter, up 31% from the first quarter and 20% from the
    same quarter a year earlier": the second quarter)."""
    window = max(0, last - 24)
    if _COMPARED_WITH.search(ctx.text, window, last) is None and (
        expr.get("same") or _BASE_VALUE_IN.search(ctx.text, window, last) is None
    ):
        return None
    for start, value in _periods_said(ctx, said, expr.start):
        if start < last and not _COMPARED_WITH.search(ctx.text, max(0, start - 24), start):
            return value
    return None


_SECOND_BASE = LazyPattern(
    r"\band\s+(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than)\s+)?"
    r"[0-9][0-9,.]*(?:%|\s+percent)?\s+"
    r"(?:(?:higher|lower|more|less|above|below|up|down)\s+)?(?:(?:than|from|on|over)\s+)?$"
)
"""A second base value right before "a year earlier": "up from 33.9% in the first quarter
and 31.6% a year earlier", "up 10.4% from January and nearly 59% higher than a year
earlier" (of the period reported, not of the first base's)."""
_BASE_VALUE_IN = LazyPattern(r"\b(?:from|than|with)\s+[0-9][0-9,.]*(?:%|\s+percent)?\s+in\s+$")
"""A base value's period right before a date: "up from 33.9% in "."""


def _periods_said(
    ctx: Context, said: list[tuple[int, DateValue]], at: int
) -> Iterator[tuple[int, DateValue]]:
    """The months, quarters, halves, seasons and quarters' runs of months said before char
    ``at`` in its sentence (``said``: where each date starts, its value), latest first."""
    sentence = ctx.sentence_start(at)
    for start, value in reversed(said):
        if start < sentence:
            return
        if value.granularity in _REPORTED_GRAINS or durations.one_quarter(value):
            yield start, value


class _Frame(NamedTuple):
    """A calendar year said in a sentence ("in 2022", "this year"), where its year-less
    months may fall: the sentence's start, the year, where the chain of dates ends and
    whether the year opens the sentence before a comma ("In 2022, ...")."""

    sentence: int
    year: int
    end: int
    fronted: bool


_FRONTED_YEAR = LazyPattern(
    r"[\W]*(?:(?:[Ii]n|[Dd]uring|[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Ss]o\s+far)\s+)?(?:this\s+)?$"
)
"""What may stand before a year that opens its sentence: "In 2022,", "Earlier this year,"."""
_FRAME_STOPS = frozenset(
    {"than", "since", "ago", "before", "after", "until", "will", "would", "expects", "expected"}
    | {"from", "compared", "versus", "vs", "last", "previous", "prior", "next", "earlier"}
)
"""Words between a year and a month that take the month out of the year's frame: a
comparison ("than in March", "down from 9% in October"), a time before or after, a look
ahead."""
_FRAME_VERBS = frozenset(
    {"was", "were", "is", "are", "be", "been", "has", "had", "have", "did", "does", "do"}
    | {"went", "began", "came", "took", "made", "got", "saw", "left", "won", "lost", "fell"}
)
"""Verbs between a year and a month that make the month's phrase a clause of its own."""
_FRAME_JOINS = frozenset({"and", "but", "or", "while", "whereas", "which", "who", "that"})
_FRAME_PREPOSITIONS = frozenset({"in", "on", "to", "from", "by", "at", "during", "then"})
_FRAME_WORD = re.compile(r"[a-z]+")
_LIST_END = LazyPattern(r"\s*(?:[.,;:!?)]|$|(?:and|or)\b)")
"""What ends a list of a year's months: "in January and in July."."""


def _next_frame(
    ctx: Context, frame: _Frame | None, expr: Expression, value: DateValue
) -> _Frame | None:
    """The frame after ``expr``: a plain calendar year starts one; a year-less month or day
    in the frame's year carries it on to its own end; any other date ends it."""
    sentence = ctx.sentence_start(expr.start)
    if (
        value.type == "date"
        and value.granularity == "year"
        and value.resolved
        and value.mod is None
        and value.start is not None
        and value.timex is not None
        and len(value.timex) == 4
        and expr.rule != "range"
    ):
        before = ctx.text[sentence : expr.start]
        fronted = _FRONTED_YEAR.fullmatch(before) is not None and ctx.text.startswith(",", expr.end)
        return _Frame(sentence, value.start.year, expr.end, fronted)
    if (
        frame is not None
        and frame.sentence == sentence
        and expr.rule in _YEARLESS
        and value.start is not None
        and value.start.year == frame.year
    ):
        return frame._replace(end=expr.end)
    return None


def _framed(
    ctx: Context, frame: _Frame, expr: Expression, value: DateValue, anchor: dt.date | None
) -> DateValue | None:
    """A year-less month or day moved into the year its sentence said before it, when
    nothing between takes it out: a list of the year's months ("rose twice in 2022, in
    January and in July"; "raised the wage twice this year, to 4,242 zlotys in January and
    to 4,300 zlotys in July"), or any of a sentence the year opens ("In 2022, the wage rose
    in July"). Not past a report ("..., the company said in March"), a comparison ("than in
    March"), a clause of its own ("was founded in 2010 and went public in March"), or a
    month read ahead under a past year ("Sales fell in 2023; they will rise in March"), nor
    one read ahead that the year would put in the past."""
    if (
        expr.rule not in _YEARLESS
        or value.type != "date"
        or not value.resolved
        or value.start is None
        or value.timex is None
        or value.start.year == frame.year
        or frame.sentence != ctx.sentence_start(expr.start)
        or anchor is None
        or (frame.year < anchor.year and value.start > anchor)
    ):
        return None
    gap = ctx.text[frame.end : expr.start]
    if len(gap) > 80 or any(c in gap for c in ';:()"\u201c'):
        return None
    words = _FRAME_WORD.findall(gap.lower())
    if not words or words[-1] not in _FRAME_PREPOSITIONS or words[-1] == "then":
        return None
    reporting = lexicons.tense().reporting_verbs
    for i, word in enumerate(words):
        if word in _FRAME_STOPS or word in reporting:
            return None
        if not frame.fronted and (word in _FRAME_VERBS or word.endswith("ed")):
            return None  # "JET, which began in 1983, was shut down in December": its own clause
        if (
            not frame.fronted
            and word in _FRAME_JOINS
            and (
                i + 1 == len(words)
                or words[i + 1] not in _FRAME_PREPOSITIONS
                or _LIST_END.match(ctx.text, expr.end) is None
            )
        ):
            # "founded in 2010 and went public in March", "fell in 2018 and in May rose
            # again": a clause of its own
            return None
    if not frame.fronted and not gap.lstrip().startswith((",", "in ", "on ", "during ", "and ")):
        return None  # "rose 5% in 2022 to 300 zlotys in July": not a list of the year's
    moved = _in_year(value, frame.year)
    if value.start > anchor and moved.end is not None and moved.end < anchor:
        return None  # read ahead ("will cut once this year, probably in January" in May)
    return moved


def _day_of_month_read(
    ctx: Context, month_read: tuple[int, DateValue], expr: Expression, value: DateValue
) -> DateValue | None:
    """A year-less day of the very month that a year-less month earlier in its sentence was
    read in, moved into that month's year: "The plan was paused in June, weeks before it was
    due to begin on June 30" (both last June, in January)."""
    sentence, month = month_read
    if (
        expr.rule not in ("month_day", "day_month")
        or value.type != "date"
        or not value.resolved
        or value.start is None
        or month.start is None
        or value.start.month != month.start.month
        or value.start.year == month.start.year
        or ctx.sentence_start(expr.start) != sentence
    ):
        return None
    gap = _FRAME_WORD.findall(ctx.text[ctx.sentence_start(expr.start) : expr.start].lower())
    if any(word in _AHEAD_OF_A_MONTH for word in gap):
        return None  # "Sales fell in June, and it will report on June 30" (in May): ahead
    return _in_year(value, month.start.year)


_AHEAD_OF_A_MONTH = frozenset({"will", "shall", "next", "is", "are", "expects", "plans", "aims"})
"""Words of a present or a future before a day that take it out of an earlier month's year."""


def _schedule_range(ctx: Context, expr: Expression) -> bool:
    """A range a present schedule gives with no year and no "will" before it: two bare
    weekdays ("runs from Monday to Wednesday"), or two days or two months with no "will" in
    the whole sentence ("The hurricane season runs from June 1 to Nov. 30"; "the price cap for
    October to December would fall" is the coming one)."""
    if expr.rule != "range" or expr.parts is None or _modal_before(ctx, expr):
        return False
    if all(map(_bare_weekday, expr.parts)):
        return True
    following = bisect_right(ctx.sentence_chars, expr.start)
    end = ctx.sentence_chars[following] if following < len(ctx.sentence_chars) else len(ctx.text)
    yearless = all(p.rule in _YEARLESS for p in expr.parts)
    return yearless and not _WILL.search(ctx.text, expr.end, end)


_WILL = LazyPattern(r"\b(?:will|shall|would)\b|['\u2019]ll\b", re.IGNORECASE)


def _modal_before(ctx: Context, expr: Expression) -> bool:
    """Whether "will" (or "shall", "would") stands before ``expr`` in its sentence: a future,
    no present schedule ("The beta will run from Monday to Friday")."""
    return _WILL.search(ctx.text, ctx.sentence_start(expr.start), expr.start) is not None


def _under_way(
    expr: Expression, text: str, anchor: dt.date | None, value: DateValue | None
) -> DateValue | None:
    """A present schedule's range: the one ahead, or the one under way when it holds the
    anchor ("The summit runs from Monday to Wednesday" on a Tuesday is this week's; "The season
    runs from June 1 to Nov. 30" in September is this year's)."""
    last = normalize(expr, text, anchor, False)
    if anchor is None or last is None or last.start is None or last.end is None:
        return value
    return last if last.start <= anchor <= last.end else value


def _restates(text: str, last_end: int, expr: Expression) -> bool:
    """Whether the range ``expr`` follows the date before it and a comma alone ("this summer,
    from June 1 through Aug. 31"): an apposition that restates that period's days."""
    return text[last_end : expr.start] in (", ", ",\u00a0")


def _within(
    expr: Expression,
    text: str,
    anchor: dt.date | None,
    value: DateValue | None,
    period: DateValue,
) -> DateValue | None:
    """The reading of a range (``value``, or the one before it) that lies within ``period``, a
    year or a season it restates: "would fly 271 million passengers this summer, from June 1
    through Aug. 31" in July is this summer's days, not next year's; "in 2019, from March to
    May" those of 2019. A range outside both readings keeps its own (``value``)."""
    if period.granularity not in ("year", "season") or period.start is None or period.end is None:
        return value
    readings = (
        value,
        normalize(expr, text, anchor, False),
        normalize(expr, text, period.end, False),  # the period's own: "in 2019, from March"
    )
    for reading in readings:
        if (
            reading is not None
            and reading.start is not None
            and reading.end is not None
            and period.start <= reading.start
            and reading.end <= period.end
        ):
            return reading
    return value


_WEEKDAY_LIST = LazyPattern(r",?[ \u00a0]+(?:and|or|&)[ \u00a0]+(?:on[ \u00a0]+)?")
_WEEKDAY_COMMA = LazyPattern(r",[ \u00a0]+")
_WEEKDAY_NAME = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:[ \u00a0]+(?:morning|afternoon|evening|night))?"
)
_WEEKDAYS_ON = LazyPattern(
    rf"(?:,[ \u00a0]+{_WEEKDAY_NAME})*,?[ \u00a0]+(?:and|or|&)[ \u00a0]+(?:on[ \u00a0]+)?"
    rf"{_WEEKDAY_NAME}\b"
)
"""After a weekday set off by a comma, the rest of its list: more weekdays up to an "and"
before the last ("Tuesday, Wednesday and Thursday")."""


def _bare_weekday(expr: Expression) -> bool:
    """A weekday told by its name alone ("Tuesday", "on Tuesday"; not "next Tuesday", "Friday
    the 13th", "a week from Friday")."""
    return expr.rule == "weekday" and not (
        expr.get("shift")
        or expr.get("dom")
        or expr.get("from_days")
        or expr.get("ago")
        or expr.get("refdir")
    )


def _all_bare(expr: Expression) -> bool:
    """Whether ``expr`` is a range of two bare weekdays ("Friday to Sunday")."""
    return expr.parts is not None and all(map(_bare_weekday, expr.parts))


_GAPPED_ON = LazyPattern(
    r",?[ \u00a0]+(?:and|or)[ \u00a0]+"
    r"(?:(?:the|[A-Z][\w'\u2019-]*|[$\u20ac\u00a3]?\d[\d.,]*%?)[ \u00a0]+){1,3}on[ \u00a0]+"
)
"""Between two weekdays each after "on", a gapped item of one list: a figure or a name
("reach 109 degrees on Wednesday and 113 on Thursday", "plays Chicago on Wednesday and
Boston on Thursday"); not a clause of its own verb ("and officials met on Thursday")."""


def _weekdays_listed(text: str, first: Expression, second: Expression) -> bool:
    """Whether two bare weekdays are listed one after the other ("Tuesday and Wednesday", "on
    Tuesday and on Wednesday"; "Tuesday, Wednesday and Thursday", a comma only before a
    list's "and"; "109 degrees on Wednesday and 113 on Thursday", ``_GAPPED_ON``)."""
    if not _bare_weekday(second):
        return False
    if _WEEKDAY_LIST.fullmatch(text, first.end, second.start) is not None:
        return True
    if (
        text.endswith("on ", 0, first.start)
        and _GAPPED_ON.fullmatch(text, first.end, second.start) is not None
    ):
        return True
    return (
        _WEEKDAY_COMMA.fullmatch(text, first.end, second.start) is not None
        and _WEEKDAYS_ON.match(text, second.end) is not None
    )


def _foretold(ctx: Context, expr: Expression, read: tense.Tense | None) -> bool:
    """Whether a listed weekday was read in a forecast ("Rain is expected Tuesday and
    Wednesday", "Showers are likely") or after a modal or a verb of planning
    (``_FORETELLING``: "The court will sit Monday and Tuesday", "Snow could fall", "is set to
    peak") or right before a modal ("Highs Tuesday and Wednesday will reach 90"): a list ahead
    of publication, not a present schedule under way ("The Fed meets
    Tuesday and Wednesday" on a Wednesday)."""
    if read == "forecast":
        return True
    if read != "future":
        return False
    if _MODAL_AFTER.match(ctx.text, expr.end):
        return True  # "Highs Tuesday and Wednesday will reach 90": the list's own verb
    start = ctx.sentence_start(expr.start)
    return _FORETELLING.search(ctx.text, start, expr.start) is not None


_MODAL_AFTER = LazyPattern(r"[ \u00a0]+(?:will|could|may|might|should|would|shall|must)\b")
"""Right after a list's last weekday, a modal of which the list is in the subject."""


_FORETELLING = LazyPattern(
    r"\b(?:will|shall|would|could|may|might|should|must)\b|['\u2019]ll\b"
    r"|\bexpect(?:s|ed)?(?:\s+[a-z]+){0,2}\s+to\b"
    r"|\b(?:set|plans?|planned|forecast|likely|going|scheduled|slated|poised|hopes?|aims?)"
    r"\s+to\b"
)
"""Before a date, what foretells it: a modal ("will", "could") or a verb of expecting or
planning before "to" ("expect temperatures to drop", "is set to peak", "plans to hold"); not
"due to", a cause as often ("Schools are closed due to snow Tuesday and Wednesday")."""


_WEEKDAY_INTO = LazyPattern(r"[ \u00a0]+(?:and[ \u00a0]+)?into[ \u00a0]+(?:early[ \u00a0]+)?")


def _weekday_into(text: str, first: Expression, second: Expression) -> bool:
    """Whether a bare weekday runs on "into" the next ("Tuesday night into Wednesday
    morning", "Thursday into Friday")."""
    return (
        _bare_weekday(second) and _WEEKDAY_INTO.fullmatch(text, first.end, second.start) is not None
    )


def _week_after(first: DateValue, second: DateValue) -> DateValue | None:
    """The second of two weekdays run "into" a week later when it fell before the first: the
    run goes on ("A storm will bring snow Tuesday night into Wednesday morning", published
    Wednesday: the next Wednesday after the next Tuesday, not today); None when in order."""
    if first.start is None or second.start is None or first.start < second.start:
        return None
    day = second.start + dt.timedelta(days=7)
    return None if day <= first.start else _moved_to(second, day)


def _week_on(first: DateValue, second: DateValue) -> DateValue | None:
    """The second of two listed weekdays a week later when it fell before the first (not on
    the same day: "late Sunday or early Sunday"); None when they are in order."""
    if first.start is None or second.start is None or first.start <= second.start:
        return None
    return _week_after(first, second)


def _week_before(first: DateValue, second: DateValue) -> DateValue | None:
    """The first of two listed weekdays a week earlier when it fell after the second: a list
    is in order ("The Fed meets Tuesday and Wednesday", published Wednesday: the Tuesday
    before, not the next one); None when they are in order."""
    if first.start is None or second.start is None or first.start <= second.start:
        return None
    day = first.start - dt.timedelta(days=7)
    return None if day > second.start else _moved_to(first, day)


def _moved_to(value: DateValue, day: dt.date) -> DateValue:
    """``value`` (a weekday's, maybe with a part of the day) moved to ``day``, a week away."""
    assert value.start is not None
    moved = _day_value(day, relative=True)
    return moved._replace(
        type=value.type,
        timex=(value.timex or "").replace(value.start.isoformat(), day.isoformat()),
        mod=value.mod,
    )


_PERIOD_AFTER = LazyPattern(r"\s+(?:in|for|during)\s+")


def _period_after(ctx: Context, expr: Expression, pending: list[Expression]) -> bool:
    """Whether the next expression (``pending[-1]``) names the period ``expr`` ("a year
    earlier") counts from, right after it: "from a year earlier in April"."""
    if not pending or (expr.get("unit") or "").lower().rstrip("s") != "year":
        return False
    after = pending[-1]
    gap = after.start - expr.end
    return 0 < gap < 10 and _PERIOD_AFTER.fullmatch(ctx.text, expr.end, after.start) is not None


_TO_DAY = LazyPattern(r"(?:[ \u00a0]*\([^()\n]{1,40}\))?[ \u00a0]*,?[ \u00a0]*(?:on[ \u00a0]+)?")
"""What may stand between a clock time and the day after it: a parenthesis (the time in
another zone), a comma, "on"."""


def _day_after(ctx: Context, expr: Expression, pending: list[Expression]) -> int:
    """How many of the next expressions (``pending[-1]`` first) to read before the clock time
    ``expr``, so that the day right after it, in its sentence, is read first: 1 for "at 5:32
    PM ET, Tue March 12" and 2 for "at 4:10 p.m. local time (0710 GMT) on Monday", whose
    parenthesis holds a time; 0 when no such day follows."""
    for ahead in (1, 2):
        if len(pending) < ahead:
            return 0
        after = pending[-ahead]
        if after.rule == "clock" and ahead == 1:
            continue  # the other zone's time inside the parenthesis
        if _TO_DAY.fullmatch(ctx.text, expr.end, after.start) is None:
            return 0
        starts = ctx.sentence_chars
        return ahead if bisect_right(starts, expr.start) == bisect_right(starts, after.start) else 0
    return 0


_CONVERTED = LazyPattern(r"(?:\s+local\s+time)?\s*\(\s*")
"""Between a clock time and the same moment in another zone: "4:10 p.m. local time (",
"12:45 p.m. (" (a zone written after the first time is part of it: "9:30 a.m. ET")."""
_CLOCK = LazyPattern(r"T(\d\d):(\d\d)$")


def _converted_time(
    ctx: Context,
    last: tuple[int, DateValue] | None,
    last_end: int,
    expr: Expression,
    value: DateValue,
) -> DateValue | None:
    """The day of a lone clock time ``expr`` written in parentheses right after the ``last``
    fact, a clock time with its day ("12:45 p.m. (1245 GMT)", "9:30 a.m. ET (1330 GMT)"):
    that day, moved by the zones' difference where it crosses midnight ("11 p.m. ET (0300
    GMT)" is the next day). A difference of twelve hours either way tells no direction."""
    if last is None or last[1].type != "time" or last[1].start is None:
        return None
    if _CONVERTED.fullmatch(ctx.text, last_end, expr.start) is None:
        return None
    before, after = _CLOCK.search(last[1].timex or ""), _CLOCK.search(value.timex or "")
    if before is None or after is None:
        return None
    first = int(before[1]) * 60 + int(before[2])
    shift = (int(after[1]) * 60 + int(after[2]) - first) % 1440
    if shift == 720:
        return None
    if shift > 720:
        shift -= 1440
    days = (first + shift) // 1440
    return _day_value(last[1].start + dt.timedelta(days=days), relative=last[1].relative)


_OPENING_DAY = LazyPattern(r"(?:[Oo]n)?")
_QUOTES = LazyPattern('["\u201c\u201d]')


def _day_in_sentence(
    ctx: Context, last: tuple[int, DateValue] | None, expr: Expression
) -> tuple[int, DateValue, int] | None:
    """Where the ``last`` fact starts, its value and ``expr``'s sentence index, when that fact
    is a resolved day of ``expr``'s sentence; else None."""
    if last is None or last[1].type != "date" or last[1].granularity != "day":
        return None
    start, day = last
    if not day.resolved or day.start is None:
        return None
    following = bisect_right(ctx.sentence_chars, expr.start)
    if bisect_right(ctx.sentence_chars, start) != following:
        return None
    return start, day, following


def _day_of_clause(
    ctx: Context, last: tuple[int, DateValue] | None, last_end: int, expr: Expression
) -> DateValue | None:
    """The day a lone clock time ``expr`` falls on: the ``last`` fact (ending at
    ``last_end``) when it is a resolved day of the same clause ("said on Thursday they worked
    hours before the midnight deadline") or opens the sentence ("On Wednesday, the polls closed
    at 8 p.m."); None otherwise (a clause of its own may be of another day: "said on Monday
    that trading will resume at 9 a.m.")."""
    found = _day_in_sentence(ctx, last, expr)
    if found is None:
        return None
    start, day, following = found
    if _QUOTES.search(ctx.text, last_end, expr.start):
        return None  # a quotation's day: '"not today," she said at an 11 a.m. briefing'
    if ctx.token_at(start) >= _clause(ctx, following, expr)[0]:
        return day
    opening = ctx.text[_sentence(ctx, following)[0] : start].strip()
    if _OPENING_DAY.fullmatch(opening) and ctx.text.startswith(",", last_end):
        return day
    return None


def _day_of_sentence(
    ctx: Context, last: tuple[int, DateValue] | None, expr: Expression, anchor: dt.date | None
) -> DateValue | None:
    """The day a lone part of a day ``expr`` ("in the evening", "through the afternoon") falls
    on in another clause of its sentence: the ``last`` fact, when it is a resolved day named
    before it there, in a sentence with no saying before the part ("The vote is on Friday,
    with results expected in the evening": Friday's; not "said on Monday that trading will
    resume in the morning", maybe the next one's) and no quotation, and the part's clause
    not told the other way from publication ("was closed on Friday, and trading resumes
    through the morning": another day's)."""
    found = _day_in_sentence(ctx, last, expr)
    if found is None:
        return None
    _, day, following = found
    opening = _sentence(ctx, following)[0]
    if _SAID_BETWEEN.search(ctx.text, opening, expr.start) or _QUOTES.search(
        ctx.text, opening, expr.start
    ):
        return None
    if anchor is not None and day.start is not None and day.start != anchor:
        says = tense.clause_tense(ctx, _clause(ctx, following, expr), expr.start, expr.end)
        if (says == "past") != (day.start < anchor) and says not in (None, "open"):
            return None
    return day


_DEADLINE_AFTER = re.compile(r"(?:['\u2019]s)?\s+deadline\b", re.IGNORECASE)
_SET_DATES = r"(?:trial|court|hearing|sentencing|target|release|launch|completion)\s+date"
_SET_DATE_AFTER = re.compile(rf"\s+{_SET_DATES}\b", re.IGNORECASE)
_SET_DATE_OF = re.compile(rf"\b(?:{_SET_DATES}|deadline)\s+of\s+$", re.IGNORECASE)
_SETTER = (
    r"(?<!\bhad )(?<!\boriginally )(?<!\binitially )(?<!\bpreviously )\b(?:set|scheduled|fixed)"
    r"\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:new\s+)?"
)
_SET_EVENTS = r"(?:trial|retrial|hearing|sentencing|arraignment|vote|referendum|runoff)"
_SET_BY_VERB = LazyPattern(
    rf"{_SETTER}(?:{_SET_DATES}\s+of|{_SET_EVENTS}\s+(?:date\s+)?(?:for|of))\s+$", re.IGNORECASE
)
"""A verb that set the day of a month after it, its object between: "The judge set a trial
date of Feb. 10", "set sentencing for March 3", "set a vote for Feb. 2"; not "had set",
"originally set"."""
_SETTER_BEFORE = LazyPattern(rf"{_SETTER}$", re.IGNORECASE)
"""The same verb before a day whose noun follows: "set a March 3 trial date"."""
_SETTER_WORDS = (b"set", b"scheduled", b"fixed")
"""The verbs of ``_SETTER`` (keep in sync), which ``_set_ahead``'s searches need."""


def _set_ahead(text: str, expr: Expression) -> bool:
    """Whether the day of a month ``expr`` was set by a verb right before it for an event
    (``_SET_BY_VERB``, ``_SETTER_BEFORE``): told when it was set, so lately, of a day ahead,
    unless a turn after it tells it is over ("set a trial date of Feb. 10 but never held")."""
    start = max(0, expr.start - 48)
    if not scan.may_hold(text, _SETTER_WORDS, start, expr.start):
        return False  # a cheap test first: neither search finds its verb there
    if _SET_BY_VERB.search(text, start, expr.start) is None and (
        _SETTER_BEFORE.search(text, start, expr.start) is None
        or not _SET_DATE_AFTER.match(text, expr.end)
    ):
        return False
    return _ENDED_SO.match(text, expr.end) is None


_RECORD_DATE_BEFORE = re.compile(
    r"\b(?:of\s+record(?:\s+(?:as\s+of|on|at\s+the\s+close\s+of\s+business(?:\s+on)?))?"
    r"|record\s+date\s+(?:of|is|was|on))\s+$",
    re.IGNORECASE,
)
_RECORD_DATE_AFTER = re.compile(r"\s+record\s+date\b", re.IGNORECASE)
"""Around a day of a month, a dividend's record date ("shareholders of record as of May 31",
"holders of record May 20", "a record date of May 31", "the May 31 record date"): set near
its payment, so near the publication: the nearest, whatever the sentence's tense."""
_PASSED_BEFORE = LazyPattern(
    r"\b(?:after|past|beyond|missed|passed|since|ahead\s+of|before)\s+(?:the|a|an|its|their)\s+$",
    re.IGNORECASE,
)


_CLOSING_LEVEL_ON = LazyPattern(
    r"(?:\bclosing\s+(?:price|level|value|high|low)s?"
    r"|(?:['\u2019]s|\bits|\btheir|\bthe)\s+close)\s+on\s+$",
    re.IGNORECASE,
)
"""A market's closing level before "on" and a weekday: "Hess's closing price on", "the
stock's close on" (not the verb: "the deal is set to close on")."""


def _closing_level_on(text: str, expr: Expression) -> bool:
    """Whether a weekday follows a closing level and "on": the last such day."""
    if expr.rule != "weekday":
        return False
    start = max(0, expr.start - 40)
    # a cheap test first: "closing" and "close" (keep in sync with _CLOSING_LEVEL_ON)
    return scan.may_hold(text, (b"clos",), start, expr.start) and (
        _CLOSING_LEVEL_ON.search(text, start, expr.start) is not None
    )


def _lately(before: DateValue | None, anchor: dt.date | None) -> bool:
    """Whether the date ``before`` a day in its sentence (None: none) leaves that sentence
    told of lately: none, or one of the month before ``anchor`` ("On Monday, the judge set a
    trial date of Feb. 10"), not "In November, the judge set ..."."""
    if before is None:
        return True
    if anchor is None or before.start is None or not before.resolved:
        return False
    return anchor - dt.timedelta(days=31) <= before.start <= anchor


_WITH_REACH = 80
"""Most characters between a "with" phrase's comma and its date."""


def _with_schedule(
    ctx: Context, following: int, expr: Expression, ahead: tuple[int, tense.Tense]
) -> tense.Tense | None:
    """The tense of the date read ahead before ``expr`` (its end and tense ``ahead``) when
    ``expr`` stands in a verbless "with" phrase right after that date's clause and its comma,
    in the same sentence ("The final is on Sunday, with the third-place match on Saturday",
    "Qualifying is on Saturday, with the race on Sunday"): the schedule's; None otherwise
    ("Arsenal won on Saturday, with the return leg on Tuesday" keeps its own)."""
    if ", with " not in ctx.text[max(0, expr.start - _WITH_REACH) : expr.start]:
        return None  # a cheap test first: most dates stand in no "with" phrase
    left, right = _clause(ctx, following, expr)
    if ctx.lowers[left] != "with" or left < 1 or ctx.lowers[left - 1] != ",":
        return None
    comma = ctx.token_chars[left - 1]
    if not ctx.sentence_start(expr.start) <= ahead[0] <= comma:
        return None
    if "," in ctx.text[ahead[0] : comma] or ";" in ctx.text[ahead[0] : comma]:
        return None  # the date read ahead ends the clause before the phrase
    if tense.clause_tense(ctx, (left, right), expr.start, expr.end) is not None:
        return None  # "with results expected Friday": its own cue
    return ahead[1]


_DEADLINE_FOR = re.compile(r"\bdeadlines?\s+(?:for|of|on)\s+$", re.IGNORECASE)
_DEADLINE_LAPSED = LazyPattern(
    r"\s+(?:(?:has|had|have)\s+(?:(?:now|already)\s+)?)?(?:(?:quietly|already|finally)\s+)?"
    r"(?:passed|expired|lapsed|elapsed|came\s+and\s+went|went\s+by"
    r"|(?:was|were)\s+(?:not\s+)?(?:missed|met|ignored|blown))\b",
    re.IGNORECASE,
)
"""A past verb of a deadline gone by, its subject the deadline ("The deadline for Jan. 31
passed", "The Jan. 31 deadline has expired", "came and went", "was missed"); not a present
or a future ("passes", "is approaching", "will expire")."""


def _deadline_lapsed(text: str, expr: Expression) -> bool:
    """Whether the day ``expr`` names a deadline that a past verb right after the phrase says
    has gone by: "The deadline for Jan. 31 passed without a deal", "Friday's deadline
    expired"; not "The deadline for Jan. 31 is approaching"."""
    if "deadline" not in text[max(0, expr.start - 20) : expr.end + 12].lower():
        return False  # a cheap test first: most dates name no deadline
    after = _DEADLINE_AFTER.match(text, expr.end)
    if after is not None:
        return _DEADLINE_LAPSED.match(text, after.end()) is not None
    before = _DEADLINE_FOR.search(text, max(0, expr.start - 20), expr.start)
    return before is not None and _DEADLINE_LAPSED.match(text, expr.end) is not None


def _deadline_tense(text: str, expr: Expression, lately: bool = False) -> tense.Tense | None:
    """How a year-less day of a month that names a deadline looks: past after "after the" or "missed
    the" ("a month after the April 1 deadline"); else ahead, whatever verb set it ("The
    union set a Sept. 14 deadline"). A day that names a date set for an event ("set a March 3
    trial date", "a trial date of March 3", "a deadline of June 30") is the nearest, whatever
    verb set it, but ahead when a verb right before set it for an event and its sentence
    (``lately``) is of lately ("The judge set a trial date of Feb. 10"). A dividend's record
    date is the nearest too ("shareholders of record as of May 31"). None for a date that is
    no deadline's. Past for a deadline, a day's or a weekday's, that a past verb after it
    says went by ("The deadline for Jan. 31 passed", "Friday's deadline expired")."""
    if (expr.rule in _DAYS or expr.rule == "weekday") and _deadline_lapsed(text, expr):
        return "past"
    if expr.rule not in _DAYS:
        return None  # a weekday's deadline ("Friday's deadline") keeps its clause's tense
    if not _DEADLINE_AFTER.match(text, expr.end):
        if lately and _set_ahead(text, expr):
            return "future"  # "The judge set a trial date of Feb. 10": ahead
        if _RECORD_DATE_AFTER.match(text, expr.end) or _RECORD_DATE_BEFORE.search(
            text, max(0, expr.start - 48), expr.start
        ):
            return "open"  # "shareholders of record as of May 31": the nearest
        set_date = _SET_DATE_AFTER.match(text, expr.end) or _SET_DATE_OF.search(
            text, max(0, expr.start - 30), expr.start
        )
        if set_date is None:
            return None
        passed = _PASSED_BEFORE.search(text, max(0, expr.start - 20), expr.start)
        return "open" if passed is None else None
    found = _PASSED_BEFORE.search(text, max(0, expr.start - 20), expr.start)
    if found is None:
        return "future"
    return "open" if found.group(0).lower().startswith(("ahead", "before")) else "past"


def _week_of(value: DateValue, part: str) -> DateValue:
    """The ISO week (or its weekend) holding the first day of ``value``: "the week of June
    10" is 2024-W24, "the weekend of June 8-9" 2024-W23-WE. A weekend only from a Friday to
    a Sunday ("the weekend of June 4", a Tuesday, may be either one: its day alone)."""
    day = value.start
    if day is None or not value.resolved:
        return value
    week = _week(day)
    if part == "week":
        return week
    if day.weekday() < 4 or week.start is None:
        return value
    saturday = week.start + dt.timedelta(days=5)
    weekend = (f"{week.timex}-WE", saturday, saturday + dt.timedelta(days=1), "weekend")
    return week._replace(timex=weekend[0], start=weekend[1], end=weekend[2], granularity=weekend[3])


def _nearest(past: DateValue, ahead: DateValue | None, anchor: dt.date | None) -> DateValue:
    """The one of a weekday's last and next days nearer ``anchor`` ("Campaigning intensified
    ahead of Sunday's vote": yesterday's on a Monday, this week's on a Thursday)."""
    if ahead is None or anchor is None or past.start is None or ahead.start is None:
        return past
    return ahead if ahead.start - anchor < anchor - past.start else past


def _week_to(value: DateValue) -> DateValue:
    """The seven days a week "ended (ending, to)" the day ``value`` spans, named by the ISO
    week holding most of them (its fourth day's: "the week ended Friday, May 24" is May 18-24,
    2024-W21)."""
    day = value.end
    if day is None or not value.resolved or value.start != day:
        return value
    week = _week(day - dt.timedelta(days=3))
    start = day - dt.timedelta(days=6)
    return week._replace(
        start=start, end=day, relative=value.relative, year_inferred=value.year_inferred
    )


def _week_from(value: DateValue) -> DateValue:
    """The seven days a week "starting (beginning)" the day ``value`` spans, named by the
    ISO week holding most of them (its fourth day's), as ``_week_to``'s: "the week starting
    Monday, June 10" is 2024-W24."""
    day = value.start
    if day is None or not value.resolved or value.end != day:
        return value
    week = _week(day + dt.timedelta(days=3))
    return week._replace(
        start=day,
        end=day + dt.timedelta(days=6),
        relative=value.relative,
        year_inferred=value.year_inferred,
    )


def _lone_time(expr: Expression, value: DateValue) -> bool:
    """Whether ``expr`` is a clock time, or a range of two ("from noon until 5:30 p.m."),
    with no day of its own."""
    if value.resolved:
        return False
    if expr.rule in ("clock", "day_part"):  # "at 6 p.m.", "in the afternoon"
        return True
    return (
        expr.rule == "range"
        and expr.parts is not None
        and all(part.rule == "clock" for part in expr.parts)
        and value.parts is not None
    )


def _on_day(day: DateValue, expr: Expression, value: DateValue) -> DateValue:
    """A lone clock time, or a range of two, on ``day``; a range past midnight ("from 10
    p.m. to 2 a.m.") ends on another day, so keeps its days unknown."""
    if expr.rule == "day_part":  # "in the late afternoon": END of that day's afternoon
        return clock.with_clock(day, value)._replace(mod=value.mod)
    # the day's own mod stays with it: "early Wednesday. It hit at 3:37 a.m." is no START
    if expr.rule == "clock" or expr.parts is None or value.parts is None:
        return clock.with_clock(day, value, clock.either_half(expr))._replace(mod=value.mod)
    low, high = (
        clock.with_clock(day, part, clock.either_half(written))._replace(mod=part.mod)
        for part, written in zip(value.parts, expr.parts, strict=True)
    )
    if (low.timex or "") > (high.timex or ""):
        return value
    return range_of(low, high)


def _state_ends(
    ctx: Context, expr: Expression, value: DateValue, anchor: dt.date | None
) -> tense.Tense | None:
    """How a lone clock time, or a range of two ("from noon until 8 p.m."), ends a state in
    force (``tense.state_ends_at``): "open" for one in force now, only for an end from noon
    on ("is in effect until 9 p.m.": a morning's "until 6 a.m." may be the next day's, in a
    story filed at night), "past" for one issued in the past; None for any other time."""
    if anchor is None or _HABITUAL_AFTER.match(ctx.text, expr.end):
        return None  # "until 6 a.m. every day": a habit's
    end, ends = expr, value
    if expr.rule == "range" and expr.parts is not None and value.parts is not None:
        end, ends = expr.parts[1], value.parts[1]  # the end of "from noon until 8 p.m."
    if end.rule != "clock":
        return None
    following = bisect_right(ctx.sentence_chars, expr.start)
    says = tense.state_ends_at(ctx, _clause(ctx, following, expr), end.start)
    if says == "open" and (ends.timex or "").partition("T")[2] < "12:00":
        return None
    return says


def _past_day(value: DateValue, anchor: dt.date | None) -> bool:
    """Whether ``value`` is one resolved day (or a part of one: "Saturday evening") no later
    than the publication date ``anchor``."""
    if anchor is None or not value.resolved or value.start is None or value.start > anchor:
        return False
    if value.type == "date":
        return value.granularity == "day"
    return value.type == "time" and value.start == value.end


_HABITUAL_AFTER = LazyPattern(
    r",?\s+(?:on\s+)?(?:weekdays|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days|every"
    r"|each|daily|nightly|a\s+day|per\s+day)\b",
    re.IGNORECASE,
)
"""After a time, words of a habit: its hours fall on many days, not the story's one."""
_HABITUAL_BEFORE = LazyPattern(
    r"(?:(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\ba )\b(?:daily|nightly)|\b(?:every|each)\s+day)"
    r"\b[^,.;:]{0,40}$",
    re.IGNORECASE,
)
"""Before a time in its clause, words of a habit: "with daily pauses in fighting from 6 a.m.
to 3 p.m.", "open every day from 9 a.m."; not one instance ("the daily briefing began at 9
a.m.")."""


def _habitual(text: str, expr: Expression) -> bool:
    """Whether words of a habit stand right after a lone time or before it in its clause:
    its hours fall on many days, none of which is the story's ("daily pauses from 6 a.m. to
    3 p.m.", "opened at 9 a.m. every day")."""
    if _HABITUAL_AFTER.match(text, expr.end):
        return True
    start = max(0, expr.start - 60)
    window = text[start : expr.start]
    if "ly" not in window and "day" not in window and "DAY" not in window:
        return False  # most times: no word of a habit can stand before them
    return _HABITUAL_BEFORE.search(text, start, expr.start) is not None


_WIRE_TIME = LazyPattern(r"(?:[Bb]y|[Aa]t|[Aa]s\s+of)\s+\d{4}\s+GMT\b")
"""A wire's snapshot time ("by 1000 GMT", "at 0930 GMT", "as of 1430 GMT"): four digits and
GMT, as Reuters writes the moment of the prices it reports."""


def _wire_time(text: str, expr: Expression) -> bool:
    """Whether the lone time ``expr`` is a wire's snapshot time after its preposition."""
    lead = max(0, expr.start - 7)
    found = _WIRE_TIME.search(text, lead, expr.end)
    return found is not None and found.end() == expr.end


def _story_day(last_day: tuple[int, int, DateValue] | None, anchor: dt.date) -> bool:
    """Whether the story's last past day named is the publication day, or none was named: a
    market snapshot's time is then of that day; after another day ("Shares fell on Thursday.
    ... By 1000 GMT they were down 2%", published Friday), it may be of that one."""
    return last_day is None or last_day[2].timex == anchor.isoformat()


def _day_of_sentence_before(
    ctx: Context,
    last_day: tuple[int, int, DateValue] | None,
    expr: Expression,
    last: tuple[int, DateValue] | None,
    folded: bytes | None,
) -> DateValue | None:
    """The last past day named in a lone clock time's sentence or the one right before it
    ("erupted on Saturday evening for the fourth time since December. The eruption began at
    8:23 p.m."; "were in the dark at 6 p.m., down from a peak shortly after noon"), or
    further back in its paragraph when it is the ``last`` date named and no future cue
    stands between ("Polls opened on Tuesday. Turnout was high. The count began at 7:30
    p.m."). The caller keeps it for a clause in the past: a story's times follow its day,
    but "will open at 9 a.m." may be of any day, and a day ahead ("reconnected until
    Sunday") is no day the story's times fall on."""
    if last_day is None or ctx.text[expr.start - 1 : expr.start] == "(":
        return None  # "(0710 GMT)": another zone's time, whose day may differ
    if _HABITUAL_AFTER.match(ctx.text, expr.end):
        return None  # "open from 10am to 4pm on weekdays": every day's hours, no one day
    start, end, day = last_day
    following = bisect_right(ctx.sentence_chars, expr.start)
    if bisect_right(ctx.sentence_chars, start) != following and (
        _TALLY_DAY.search(ctx.text, max(0, start - 7), start)
        or _LEVEL_DAY.search(ctx.text, max(0, start - _LEVEL_DAY_REACH), start)
    ):
        return None  # "The quake struck on Friday. Rescuers recovered 20 bodies by Monday.
        # The slide hit at 3 a.m.": a tally's day ends a count, no event's day; no day; so
        # does a level's ("The toll ... rose to 1,644 on Saturday. The quake hit at 12:50")
    if (
        bisect_right(ctx.sentence_chars, start) not in (following - 1, following)
        and (
            last is None
            or last[0] != start  # another date named since: the time may be of its day
            or "\n" in ctx.text[end : expr.start]  # a paragraph of its own
            or _future_cue(ctx.text, folded, end, expr.start)  # "... It will resume at 9 a.m."
        )
    ):
        return None
    if _QUOTES.search(ctx.text, end, expr.start):
        return None  # a quotation may speak of another day
    return day


def _before_its_time(
    ctx: Context, last_day: tuple[int, int, DateValue], expr: Expression, value: DateValue
) -> bool:
    """Whether the lone clock time ``value`` is earlier than the clock time of the story's
    day (``last_day``) it would fall on, told in an earlier sentence ("declared martial law
    at 10:25 p.m. on Tuesday. ... the cabinet ended it at 4:30 a.m."): the story has moved on
    past midnight, or tells of the hours before; no day then. In one sentence the day holds
    ("in the dark at 6 p.m., down from a peak shortly after noon")."""
    if ctx.sentence_start(last_day[0]) == ctx.sentence_start(expr.start):
        return False
    told, _, at = (last_day[2].timex or "").partition("T")
    lone = (value.timex or "").partition("T")[2]
    # clock times only ("Monday night", TNI, is none), a morning's after an evening's: "11:47
    # p.m." after "shortly before midnight on Sunday" is still Sunday's
    return (
        bool(told)
        and at[:2].isdigit()
        and lone[:2].isdigit()
        and lone[:2] < _MORNING
        and at[:2] >= _EVENING
    )


_MORNING = "12"
"""Clock hours before it are a morning's (TIMEX3 hours, two digits)."""
_EVENING = "18"
_LEVEL_DAY_REACH = 48
_LEVEL_DAY = LazyPattern(
    r"\b(?:rose|risen|climbed|reached|jumped|increased|grew|stood|hit|topped)[ \u00a0]+"
    r"(?:to[ \u00a0]+|at[ \u00a0]+)?(?:(?:about|nearly|more[ \u00a0]+than)[ \u00a0]+)?"
    r"\d[\d,.]*(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+(?:on|by)[ \u00a0]+(?:(?:late|early)[ \u00a0]+)?$"
)
"""Before a day, a count's new level ("rose to 1,644 on Saturday", "had reached 30 people
by Monday"): that day's tally, no day of the event the next sentences tell the times of."""
_TALLY_DAY = LazyPattern(r"\b(?:[Bb]y|[Aa]s\s+of)\s+(?:late\s+|early\s+)?$")
"""Before a day that ends a count ("recovered 20 bodies by Monday", "as of Sunday"): the
times of the next sentences may be of any day the count covers."""


def _event_year(ctx: Context, expr: Expression) -> dt.date | None:
    """The start of the year of an event that opens the sentence of a year-less day or month
    ("The 2026 World Cup will be held from June 11 to July 19", "The 2022 World Cup, held in
    Qatar from Nov. 20 to Dec. 18, drew ..."; tense.json ``event_nouns``), when no other year
    stands before the date: the event's days fall in its year, whenever the story was filed.
    A season of two years ("The 2025-26 season begins in August", "The 2024/25 Premier League
    season ends in May") starts on July 1 of its first: its days from July on fall in the
    first year, the others in the second."""
    if expr.rule not in _EVENT_DAYS:
        return None
    sentence = ctx.sentence_start(expr.start)
    found = _event_opening_re().match(ctx.text, sentence, expr.start)
    if found is None:
        found = _SEASON_OPENING.match(ctx.text, sentence, expr.start)
        if found is None and _SEASON_NOUN.search(ctx.text, sentence, expr.start):
            found = _season_verb(ctx.text, sentence, expr.start)
        if found is None or int(found["y2"][-2:]) != (int(found["year"]) + 1) % 100:
            return None
        if _YEAR.search(ctx.text, found.end(), expr.start):
            return None
        return dt.date(int(found["year"]), 7, 1)
    if _YEAR.search(ctx.text, found.end(), expr.start):
        return None
    return dt.date(int(found["year"]), 1, 1)


_SEASON_OPENING = re.compile(
    r"[\"\u201c']?The\s+(?P<year>(?:19|20)\d\d)[-/\u2013](?P<y2>\d\d|(?:19|20)\d\d)\s+"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}?(?:season|(?:school|academic)\s+year)\b"
)
"""A season of two years opening a sentence: "The 2025-26 season", "The 2024/25 NBA season",
"The 2025-26 school (academic) year"."""
_SEASON_NOUN = re.compile(r"season|school year|academic year")
_SEASON_VERB = LazyPattern(
    r"\b[Tt]he\s+(?P<year>(?:19|20)\d\d)[-/\u2013](?P<y2>\d\d|(?:19|20)\d\d)\s+"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}?(?:season|(?:school|academic)\s+year)"
    r"(?:,?\s+(?:which|that)|\s+will|\s+is\s+(?:set|scheduled|due|expected)\s+to)?\s+"
    r"(?:begin(?:s|ning)?|began|begun|(?:start|open|end)(?:s|ed|ing)?|finish(?:es|ed)?|ran"
    r"|conclude[sd]?|run(?:s|ning)?|(?:kick(?:s|ed)?|tip(?:s|ped)?)\s+off|gets?\s+under\s?way)"
    r"(?:\s+(?:on|in|from|through|until))?\s+"
)
"""Within a sentence, a season of two years as the subject of its start or end before the
date: "He said the 2025-26 season begins in August", "the club confirmed the 2025-26 season
will start on Aug. 16"."""


_SEASON_AND = LazyPattern(
    r"[^,;:()]{1,40}?\s+and\s+(?:(?:will|would)\s+)?(?:begin|began|start|open|end|finish|run)"
    r"(?:s|ed)?(?:\s+(?:on|in|from|through|until))?\s+"
)
"""Between a season's start and a date of its end: "August and ends in "."""


def _season_verb(text: str, start: int, end: int) -> re.Match[str] | None:
    """A season of two years starting or ending (``_SEASON_VERB``) right before ``end`` or
    before a date of its and a second verb ("the 2025-26 season begins in August and ends in
    May"), as the subject: not after a preposition ("Enrollment for the 2025-26 academic year
    opens in October": the enrollment's month, before the year)."""
    found = _SEASON_VERB.search(text, start, end)
    if found is None or _PREP_BEFORE.search(text, max(start, found.start() - 12), found.start()):
        return None  # "Registration for the 2025-26 season opens in May": registration opens
    if found.end() == end or _SEASON_AND.fullmatch(text, found.end(), end):
        return found
    return None


_PREP_BEFORE = LazyPattern(
    r"\b(?:for|of|to|into|before|after|during|in|from|until|through|on|with)\s+$", re.I
)


_EVENT_DAYS = frozenset({"month", "month_day", "day_month", "range"})
_YEAR = LazyPattern(r"\b(?:1[89]|20)\d\d\b")


@cache
def _event_opening_re() -> re.Pattern[str]:
    """ "The 2026 World Cup", "The 2024 presidential election": a sentence's opening."""
    nouns = "|".join(re.escape(n) for n in sorted(lexicons.tense().event_nouns, key=len)[::-1])
    return re.compile(
        rf"[\"\u201c']?The\s+(?P<year>(?:19|20)\d\d)\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}?(?:{nouns})\b"
    )


def _day_said_after(
    ctx: Context, last_day: tuple[int, int, DateValue] | None, expr: Expression
) -> bool:
    """Whether ``expr`` is the day a story was told ("the government said on Monday") after
    the day it happened in the same sentence ("struck shortly before midnight on Sunday"):
    the times of the sentences after are of the event's day."""
    if last_day is None:
        return False
    if bisect_right(ctx.sentence_chars, last_day[0]) != bisect_right(
        ctx.sentence_chars, expr.start
    ):
        return False
    return _said_on_re().search(ctx.text, max(0, expr.start - 24), expr.start) is not None


@cache
def _said_on_re() -> re.Pattern[str]:
    """A reporting verb (tense.json ``reporting_verbs``) right before a day: "said on ",
    "announced "."""
    verbs = "|".join(sorted(lexicons.tense().reporting_verbs))
    return re.compile(rf"\b(?:{verbs})\s+(?:on\s+)?$")


_OPENING_SEASON = LazyPattern(r"[Ii]n the fall,")


_THAN_ENDS = (" than in ", " than on ", " than during ")


def _compared_base(text: str, expr: Expression) -> bool:
    """Whether a year-less month or day is the base of a comparison right after "than in"
    ("on", "during") with no tense of its own: a level already measured, so the last one
    ("Prices are 5% higher than in February" in January: last February). A clause that
    looks ahead keeps its tense ("will be higher in March than in February")."""
    return expr.rule in _YEARLESS and text.endswith(_THAN_ENDS, 0, expr.start)


def _fall_season(ctx: Context, expr: Expression, says: tense.Tense) -> bool:
    """Whether a bare "the fall" is the season, not a tumble ("was injured in the fall"): in
    a clause that looks ahead ("The vote will be held in the fall"), before a school's period
    ("the fall semester"), in a clause of an earlier level ("down from 1.9% in the fall"), or
    opening its sentence ("In the fall, he moved to Boston")."""
    if (expr.get("s") or "").lower() != "fall" or says in ("future", "forecast"):
        return True
    if expr.get("term") is not None:
        return True
    following = bisect_right(ctx.sentence_chars, expr.start)
    if tense.of_an_earlier_level(ctx, _clause(ctx, following, expr)):
        return True  # "down from a forecast of 1.9% in the fall": when the level stood
    sentence = ctx.sentence_chars[bisect_right(ctx.sentence_chars, expr.start) - 1]
    opening = ctx.text[sentence : expr.start].strip(" \n\t\"\u201c'")
    return opening.lower() == "in" and _OPENING_SEASON.match(ctx.text, expr.start - 3) is not None


def _season_of_a_habit(text: str, expr: Expression, says: tense.Tense) -> bool:
    """Whether a season with no "the" after "in" ("during", "over") names every such season:
    "draws 8,000 people a day in summer", "In summer, temperatures reach 40C"; only ahead
    ("The plant will open in spring") or after "by" ("finish by spring") is it one."""
    if expr.get("the") is not None or says in ("future", "forecast"):
        return False
    return not text.startswith("by ", expr.start - 3)


_HABIT_RULES = frozenset({"month", "mod_month", "month_day", "day_month"})


def _of_habit_rules(expr: Expression) -> bool:
    """Whether ``expr`` is a year-less month or day, or a range of two ("from June to
    September"), which a habit may make every year's."""
    if expr.rule == "range":
        return expr.parts is not None and all(p.rule in _HABIT_RULES for p in expr.parts)
    return expr.rule in _HABIT_RULES


_HABITS = frozenset(
    {"usually", "typically", "normally", "traditionally", "customarily", "often", "tends", "tend"}
)
"""Adverbs (and "tend(s) to") of a habit: a year-less month or day after one in its clause
is every year's ("The store usually opens in March": XXXX-03)."""


def _of_a_habit(ctx: Context, following: int, expr: Expression) -> bool:
    """Whether a word of ``_HABITS`` stands before the date ``expr`` in its clause, not in a
    comparison ("rose more often in January than in February": that January)."""
    near = max(0, expr.start - _HABIT_REACH)
    if not scan.may_hold(ctx.text, _HABIT_WORDS, near, expr.start):
        return False  # a cheap test first: the search's words are not in the reach
    if _HABIT_NEAR.search(ctx.text, near, expr.start) is None:
        return False  # most dates follow no such word
    left = _clause(ctx, following, expr)[0]
    lowers = ctx.lowers
    return any(
        lowers[i] in _HABITS and (i == left or lowers[i - 1] not in _COMPARING)
        for i in range(left, ctx.token_at(expr.start))
    )


_TIMES_BEFORE = LazyPattern(
    r"\b(?:(?:times|twice)\s+before|(?P<norm>normal|average|norm|typical|usual)\s+for)\s+$"
)


def _times_before(text: str, expr: Expression) -> bool:
    """Whether a year-less month or day follows a count of times "before" ("a pace seen only
    a handful of times before September", "twice before June") or a norm "for" ("about 11
    degrees above normal for late July", "118% of their historical average for early
    December"): a point of the calendar in any year of a record, not one September; its
    year is not told (XXXX-09). Not a run of months after a norm ("112% of the long-term
    average for October to December"): the season a forecast is for."""
    found = _TIMES_BEFORE.search(text, max(0, expr.start - 14), expr.start)
    return found is not None and not (found["norm"] and expr.rule == "range")


_COMPARING = frozenset({"more", "less", "as", "so", "how", "too"})
_HABIT_REACH = 160
_HABIT_NEAR = LazyPattern(
    r"\b(?:usually|typically|normally|traditionally|customarily|often|tends?)\b", re.IGNORECASE
)
"""A word of ``_HABITS`` in the text before a date (its clause is read only after one)."""
_HABIT_WORDS = tuple(w.encode("ascii") for w in sorted(_HABITS - {"tends"}))
"""``_HABIT_NEAR``'s words ("tend" holds "tends"), for ``scan.may_hold``."""


_DAYS = frozenset({"month_day", "day_month"})
"""Rules of a year-less day of a month, which may name an event ("the Jan. 6 attack")."""

_PERIODS = frozenset({"quarter", "half"})
"""Rules of periods whose figures are reported after them."""


def _ended(
    expr: Expression,
    text: str,
    anchor: dt.date | None,
    value: DateValue | None,
    measured: bool = False,
) -> DateValue | None:
    """The value of a year-less quarter of reported figures in a past clause: the last one
    ended by publication ("First-quarter remittances rose 26%" in February: last year's),
    not the one under way, whose figures are not out; so is one of a level ``measured``
    ("Inflation, at 4.2% in the March quarter, was ..." in January)."""
    if anchor is None or value is None or value.start is None or value.end is None:
        return value
    if (
        not value.year_inferred
        or value.end < anchor
        # a year-less half is read only among figures (grammar._among_figures)
        or (
            expr.rule == "quarter"
            and not measured
            and not tense.of_reported_figures(text, expr.end)
        )
        # "the first half of the year" under way: last year's only among reported figures
        or (expr.get("ho") is not None and not among_figures(text, expr))
    ):
        return value
    # anchored in the quarter before, the past reading is that quarter's last year's
    return normalize(expr, text, value.start - dt.timedelta(days=1), False) or value


_CLOSED_BY = LazyPattern(r",?\s+(?:(?:which|that)\s+)?(?:ended|ending|to|through)\s+(?:on\s+)?")
"""Between a quarter and the day that closes it: "the second quarter, (which) ended June 30"."""


def _fiscal_closed(
    text: str, fiscal: Expression, expr: Expression, value: DateValue
) -> DateValue | None:
    """The fiscal year ``fiscal`` ("the fiscal year ended", "ending", "that ended", "to") named
    by the year of the year-less day or month ``expr`` (``value``, read by its tense) that ends
    it right after: "For the fiscal year ended June 30" in June 2024, June 30 2023: FY2023."""
    if (
        expr.rule not in _YEARLESS
        or value.end is None
        or not value.year_inferred
        or _FISCAL_END.fullmatch(text, fiscal.end, expr.start) is None
    ):
        return None
    year = value.end.year
    return DateValue("date", f"FY{year:04d}", None, None, None, "fiscal_year", True, True, True)


_SPLIT_FISCAL = LazyPattern(r"\b(?:19|20)\d\d\s?[/\u2013-]\s?\d\d(?:\d\d)?\b")
"""A fiscal year told by its two years ("2022/23", "2022-2023"), which the later ends."""
_FISCAL_YEAR = LazyPattern(r"FY(\d{4})")


def _split_fiscal_closed(
    text: str, split: tuple[int, DateValue], expr: Expression, value: DateValue
) -> DateValue | None:
    """The year-less day or month ``expr`` (``value``) that ends, right after it, a fiscal
    year told by its two years (``split``: where it ends and its value, "FY2023"), moved to
    the later year: "in the 2022/23 financial year, which ended in May" is May 2023 whenever
    published. A fiscal year of one year ("fiscal 2022, which ended in March") may end in
    the year after it (Japan's), so is left alone."""
    end, fiscal = split
    year = _FISCAL_YEAR.fullmatch(fiscal.timex or "")
    if (
        year is None
        or expr.rule not in _YEARLESS
        or not value.year_inferred
        or value.timex is None
        or value.start is None
        or value.end is None
        or _FISCAL_END.fullmatch(text, end, expr.start) is None
    ):
        return None
    return _in_year(value, int(year[1]))


_YEAR_ENDED_BY = LazyPattern(
    r"\byear,?\s+(?:(?:that|which)\s+(?:ends|ended)|ending|ended)\s+(?:(?:in|on)\s+)?$"
)
"""Between "the year" and the month or day that ends it: "for the year that ended in March"."""


def _year_ended_by(
    ctx: Context, start: int, expr: Expression, reference: DateValue
) -> DateValue | None:
    """The fiscal year that the month or day ``reference`` (at character ``start``) ends,
    named so right before it ("for the year (that) ended (in) March", "the year ending June 30"),
    for an offset of whole years counted from it ("the previous year", "a year earlier"):
    the fiscal year of the end's year (FY2024), as "the fiscal year ended March 31" is; None
    otherwise ("Exports in March rose from the previous year": March a year before; "Prices
    rose 3% in the year to March", often a rate's twelve months, as before)."""
    unit = (expr.get("unit") or "").lower().rstrip("s")
    if unit != "year" or reference.granularity not in ("month", "day") or reference.end is None:
        return None
    before = max(0, start - 32)
    if reference.type != "date" or "year" not in ctx.text[before:start]:
        return None  # a cheap test first
    if not _YEAR_ENDED_BY.search(ctx.text, before, start):
        return None
    year = reference.end.year
    return DateValue("date", f"FY{year:04d}", None, None, None, "fiscal_year", True, True, True)


def _day_of_holiday(
    text: str, day: tuple[Expression, DateValue], expr: Expression, value: DateValue
) -> DateValue | None:
    """The date of the holiday ``expr`` (``value``) for the bare weekday ``day`` right before
    it with "for (the)" between, after a closure ("closed", "shut"), when the holiday falls on
    that weekday a week from the day the weekday was read as: "The stock market is closed
    Wednesday for Christmas" (published on Friday, Dec. 20, 2024) is Dec. 25, not the
    Wednesday before; the weekday keeps its edge ("closes early Tuesday for Christmas Eve");
    not "He shopped Wednesday for Christmas"."""
    weekday, read = day
    if (
        expr.rule != holidays.RULE
        or value.granularity != "day"
        or value.start is None
        or read.start is None
        or value.start == read.start
        or abs((value.start - read.start).days) != 7
        or _FOR_THE.fullmatch(text, weekday.end, expr.start) is None
        or _CLOSED_BEFORE.search(text, max(0, weekday.start - 40), weekday.start) is None
    ):
        return None
    return value._replace(mod=read.mod)


_ORIGINALLY_BEFORE = re.compile(
    r"\b(?:originally|initially|previously|first)\s+(?:been\s+)?"
    r"(?:scheduled|set|planned|slated|due|expected)\s+(?:(?:to\s+[a-z]+\s+)?(?:on|for)\s+)?$",
    re.IGNORECASE,
)
"""Right before a bare weekday, the plan it was the day of ("The game, originally scheduled
for Sunday", "initially set to begin on Tuesday")."""
_MOVED_BETWEEN = LazyPattern(
    r"^[^.;!?]*\b(?:postponed|delayed|pushed\s+back|put\s+off|moved|rescheduled|shifted"
    r"|pushed)\s+(?:[^.;!?]*\s+)?(?:to|until|till|for)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_MOVED_EARLIER = LazyPattern(r"\b(?:up|forward|earlier|ahead)\b", re.IGNORECASE)


def _originally_planned(text: str, expr: Expression) -> bool:
    """Whether ``expr``, a bare weekday, is the day a plan was first set for
    (``_ORIGINALLY_BEFORE``)."""
    if not _bare_weekday(expr):
        return False
    return _ORIGINALLY_BEFORE.search(text, max(0, expr.start - 48), expr.start) is not None


def _planned_before(
    text: str, planned: tuple[Expression, DateValue], expr: Expression, value: DateValue
) -> DateValue | None:
    """The day a plan was first set for (``planned``, a bare weekday) a week earlier when it
    fell after the day it was put off to, the bare weekday ``expr`` right after a verb of
    putting off in the same sentence: "The game, originally scheduled for Sunday, was moved to
    Monday night" (published Monday) is the day before, not the next Sunday; not when moved
    up or forward ("moved up to Thursday"); None otherwise."""
    first, read = planned
    if not _bare_weekday(expr):
        return None
    gap = text[first.end : expr.start]
    if len(gap) > 120 or _MOVED_EARLIER.search(gap):
        return None
    if _MOVED_BETWEEN.match(gap) is not None:
        return _week_before(read, value)
    if _RESET_BETWEEN.match(gap) is None or _SAID_BETWEEN.search(gap):
        return None  # "will be played later, the league said Monday": the day it was said
    before = _week_before(read, value)
    if before is None or before.start is None or value.start is None:
        return None
    # no way told: the nearer of the two ("originally scheduled for Sunday, will be played
    # on Monday night": the day before; "originally set for Saturday, will now be played on
    # Thursday" keeps the Saturday after, two days on rather than five back)
    return before if (value.start - before.start).days <= _RESET_DAYS else None


_RESET_BETWEEN = LazyPattern(
    r"^[^.;!?]*\b(?:will|now|instead)\s+(?:[^.;!?]*\s+)?"
    r"(?:(?:on|for|until|till)\s+)?$",
    re.IGNORECASE,
)
"""Between the day a plan was first set for and a bare weekday, a new day told with no verb
of putting off: "(originally scheduled for Sunday,) will be played on", "will now take place
on", "is now set for"."""
_SAID_BETWEEN = LazyPattern(r"\b(?:said|says|told|tells|announced|announces)\b", re.IGNORECASE)
_RESET_DAYS = 3
"""Most days a plan's day read before the new day may lie back from it, when the way it was
moved is not told: a day or two ahead of a match rained off, not most of a week."""


_FOR_THE = LazyPattern(r"\s+for\s+(?:the\s+)?")


def _closed_for_a_holiday(text: str, expr: Expression, pending: list[Expression]) -> bool:
    """Whether the bare weekday ``expr`` is the day of a closure for the holiday named right
    after it ("for (the)" between; ``pending[-1]``, the next expression): "Markets closed
    Thursday for Thanksgiving", told near the holiday, whose country the article may not
    tell (``_day_of_holiday`` moves the weekday to the holiday's day where it does)."""
    if not pending or pending[-1].rule != holidays.RULE or not _bare_weekday(expr):
        return False
    if _FOR_THE.fullmatch(text, expr.end, pending[-1].start) is None:
        return False
    return _CLOSED_BEFORE.search(text, max(0, expr.start - 40), expr.start) is not None


_CLOSED_BEFORE = LazyPattern(r"\b(?:clos(?:e|es|ed|ing)|shut|shuts|off|observed?)\b[^.;,]*$")
"""A closure before the weekday in its clause ("is closed Wednesday", "close early Tuesday",
"will be shut", "the day off"): the day is the holiday's, not a day before it."""


def _quarter_to_a_yearless_end(expr: Expression) -> bool:
    """ "the quarter ended March 31", "the quarter to March": its end's year unwritten."""
    if expr.rule != "the_quarter" or expr.get("qy") or expr.get("qy2") or expr.get("qy3"):
        return False
    return bool(expr.get("qmon") or expr.get("qmon2") or expr.get("qmon3"))


def _quarter_month_closed(
    text: str, quarter: tuple[Expression, DateValue], expr: Expression, value: DateValue
) -> DateValue | None:
    """The quarter ``quarter`` ("the quarter to March", "ended in June", "ended March 31") of
    the year the year-less month or day ``expr`` (``value``, read by its own tense) right after
    it takes, when the two differ: "Profit rose in the quarter to March" reads its quarter as
    March is read, "will report results for the quarter ended March 31" as March 31 is."""
    closed, day = quarter
    if (
        expr.rule not in _YEARLESS
        or value.start is None
        or day.start is None
        or day.end is None
        or day.timex is None
        or value.start.year == day.end.year
        or _FISCAL_END.fullmatch(text, closed.end, expr.start) is None
    ):
        return None
    return _in_year(day, value.start.year)


def _quarter_from_a_yearless_start(expr: Expression) -> bool:
    """ "the quarter starting April 1", "the quarter that began in October": no year written."""
    if expr.rule != "the_quarter" or expr.get("qsy"):
        return False
    return bool(expr.get("qs") or expr.get("qs2"))


_QUARTER_BEGUN = LazyPattern(
    r"\s+(?:starting|beginning|commencing|(?:that|which)\s+(?:starts|started|begins|began))"
    r"(?:\s+(?:on|in))?\s+"
)
"""Between "the quarter" and the day or month that starts it (grammar's ``_QUARTER_START``)."""


def _quarter_begun_by(
    text: str, quarter: tuple[int, DateValue], expr: Expression, value: DateValue
) -> DateValue | None:
    """The year-less day or month ``expr`` (``value``) right after "the quarter starting"
    (ending at ``quarter[0]``) moved to the year of its value ``quarter[1]``, which the
    clause's tense read: the day's own reading is the nearest (a period's start,
    ``tense._starts_a_period``), but a quarter of reported figures ("Sales rose 4% in the
    quarter starting Oct. 1", in May) has begun: 2023-10-01."""
    end, first = quarter
    if (
        expr.rule not in _YEARLESS
        or value.start is None
        or value.timex is None
        or first.start is None
        or value.start.year == first.start.year
        or _QUARTER_BEGUN.fullmatch(text, end, expr.start) is None
    ):
        return None
    return _in_year(value, first.start.year)


def _in_year(day: DateValue, year: int) -> DateValue:
    """``day`` (a period with a timex, a start and an end) moved to ``year``; a February's
    end on its 29th moves to the 28th of a common year, and a February 29 alone, which a
    common year lacks, stays where it was read."""
    assert day.timex is not None and day.start is not None and day.end is not None
    if (day.start.month, day.start.day) == (2, 29) and not calendar.isleap(year):
        return day
    last = calendar.monthrange(year, day.end.month)[1]
    return day._replace(
        timex=f"{year}{day.timex[4:]}",
        start=day.start.replace(year=year),
        end=day.end.replace(year=year, day=min(day.end.day, last)),
    )


_FISCAL_END = LazyPattern(
    r",?\s+(?:(?:that|which)\s+(?:ends|ended)|ending|ended|to|through)\s+(?:(?:in|on)\s+)?"
)
"""Between "the fiscal year" (or "the quarter") and the day or month that ends it."""


def _quarter_closed(
    text: str, quarter: tuple[Expression, DateValue], expr: Expression, value: DateValue
) -> DateValue | None:
    """The calendar quarter ``quarter`` (a year-less one, read from its tense) of the year of
    the day ``expr`` (``value``) that closes it right after ("in the second quarter, ended
    June 30": the day read as past, so is its quarter), when the two years differ; None when
    the day is not its quarter's last month's (a fiscal quarter: "the second quarter ended
    Sept. 30") or the day is no year-less day of a month."""
    closed, day = quarter
    if (
        expr.rule not in _DAYS
        or closed.rule != "quarter"
        or day.granularity != "quarter"
        or day.timex is None
        or day.start is None
        or day.end is None
        or value.granularity != "day"
        or value.start is None
        or value.start.month != day.end.month
        or value.start.year == day.end.year
        or _CLOSED_BY.fullmatch(text, closed.end, expr.start) is None
    ):
        return None
    return _in_year(day, value.start.year)


def _holiday_range(expr: Expression) -> bool:
    """A range with a holiday endpoint: one the article cannot date (Thanksgiving with no
    country named) leaves the other endpoint a date of its own."""
    return expr.rule == "range" and any(p.rule == holidays.RULE for p in expr.parts or ())


_COMPARED_AGO = LazyPattern(
    r"\b(?:from|with|than|versus|vs\.?|against)\s+"
    r"(?:(?:an?\s+(?:[a-z]+\s+){0,2}of\s+)?\S*\d\S*(?:\s+[a-z]+){0,2}\s+)?$"
)
"""A comparison's lead, maybe with the figure compared with, right before "a year ago": "up
5% from a year ago", "from $2m a year ago", "compared with a loss of $3m a year ago"."""
_A_YEAR_AGO = (("n", "a"), ("unit", "year"), ("dir", "ago"))


def _year_ago_compared(
    ctx: Context,
    expr: Expression,
    dated: tuple[int, DateValue] | None,
    said: list[tuple[int, DateValue]],
) -> DateValue | None:
    """ "a year ago" that a figure is compared with after a quarter, half, month or run of
    months of its sentence ("Profit in the third quarter rose to $5m from $2m a year ago"):
    that period a year before, as "a year earlier" is; None otherwise ("A year ago, ...")."""
    if expr.rule != "ago" or tuple((k, v.lower()) for k, v in expr.groups) != _A_YEAR_AGO:
        return None
    reference = _same_sentence(ctx, dated, expr.start)
    if reference is None or not _COMPARED_AGO.search(ctx.text, max(0, expr.start - 48), expr.start):
        return None
    assert dated is not None
    before = ctx.text[ctx.sentence_start(dated[0]) : dated[0]]
    relative = max(before.rfind(", which "), before.rfind(", who "))
    if relative >= 0 and "," not in before[relative + 1 :]:
        return None  # "Shares of the company, which went public in March, are down from ..."
    reference = _period_of_a_day(ctx, said, reference, expr) or reference
    return durations.same_period_before(reference)


_A_YEAR_BACK = frozenset({"earlier", "before", "ago"})


def _period_of_a_day(
    ctx: Context, said: list[tuple[int, DateValue]], reference: DateValue, expr: Expression
) -> DateValue | None:
    """The month, quarter, half or season of a sentence that a figure "a year earlier" (or
    "ago") is compared with, when the date right before is a day of no figure ("reported a
    fall in first-quarter income on Tuesday to $27bn, from $32bn a year earlier": the first
    quarter, not Tuesday); None when no such period came before in the sentence."""
    if (
        reference.granularity != "day"
        or (expr.get("unit") or "").lower() != "year"
        or (expr.get("n") or "").lower() not in ("a", "one", "1")
        or (expr.get("dir") or "").lower() not in _A_YEAR_BACK
        or not _COMPARED_AGO.search(ctx.text, max(0, expr.start - 48), expr.start)
    ):
        return None
    latest = next(_periods_said(ctx, said, expr.start), None)
    if latest is None or not latest[1].resolved or latest[1].start is None:
        return None
    return latest[1]


def _same_sentence(
    ctx: Context, last: tuple[int, DateValue] | None, start: int, before: int = 0
) -> DateValue | None:
    """The value of the ``last`` fact (where it starts, its value) when its sentence is the
    one of characters from ``start``, or up to ``before`` sentences before it."""
    if last is None:
        return None
    starts = ctx.sentence_chars
    gap = bisect_right(starts, start) - bisect_right(starts, last[0])
    return last[1] if 0 <= gap <= before else None


_PERIODS_BEFORE = {
    "year": frozenset({"year", "fiscal_year", "half", "quarter", "month", "season"}),
    "quarter": frozenset({"quarter"}),
}
"""By unit of an offset ("The following year", "the previous quarter"): the periods it may
count from in the sentences before its own."""


def _period_before(
    ctx: Context, last: tuple[int, DateValue] | None, expr: Expression, anchor: dt.date | None
) -> DateValue | None:
    """The period a year or quarter offset counts from when its sentence names none: the
    ``last`` fact, when it is a period (never a day: "said on Tuesday"), a quarter's in one of
    the two sentences before ("Sales fell in the first quarter. They were higher in the
    previous quarter": 2023-Q4), a year's in the one before when the offset opens its sentence
    ("In 2019, he won. The following year, he lost": 2020), as is a year's that "the
    following/next year" counts on from anywhere in its sentence ("In 1998 she surveyed 654
    reefs. The study, published the following year, …": 1999). A year offset back inside a
    sentence ("Energy prices fell 11% from a year earlier", "the previous year") is of
    figures whose period may be unnamed, or named far back: unknown."""
    unit = (expr.get("unit") or "").lower().rstrip("s")
    allowed = _PERIODS_BEFORE.get(unit)
    if allowed is None or expr.get("same") or expr.get("n") == "0":
        return None
    if unit == "quarter":
        reference = _same_sentence(ctx, last, expr.start, before=2)
    elif _opens(ctx, expr) or (expr.get("shift") or "").lower() in _NARRATIVE_SHIFTS:
        reference = _same_sentence(ctx, last, expr.start, before=1)
    else:
        return None
    if reference is None or reference.type != "date" or not reference.resolved:
        return None
    if last is not None and _SINCE.search(ctx.text, max(0, last[0] - 7), last[0]):
        return None  # "gains since 2021 ... a year earlier": a start, not the period
    if (
        unit == "quarter"
        and anchor is not None
        and reference.end is not None
        and reference.end >= anchor
        and _PAST_MOVE.search(ctx.text, ctx.sentence_start(expr.start), expr.start)
    ):
        return None  # "forecast third-quarter revenue ... Memberships rose 34% from the
        # prior quarter": a reported move counts from an ended quarter, not one ahead
    return reference if reference.granularity in allowed else None


_PAST_MOVES = (
    r"\b(?:rose|fell|increased|decreased|climbed|dropped|grew|declined|jumped|slipped|eased"
    r"|gained|slid|dipped|surged|plunged|edged|was[ \u00a0]+(?:up|down)"
    r"|were[ \u00a0]+(?:up|down))\b"
)
_PAST_MOVE = LazyPattern(_PAST_MOVES)
"""A past move of a reported figure."""


_FIGURES_IN = re.compile(r"\b(?:in|for|during)[ \u00a0]+(?:the[ \u00a0]+)?$")
_FIGURE_GRAINS = frozenset({"month", "quarter"})
_BASE_IN = re.compile(r"\b(?:from|than|versus|compared)\b[^,;]*$")
_BASE_BEFORE = LazyPattern(r"\b(?:from|than|over|compared[ \u00a0]+(?:with|to)|versus)[ \u00a0]+$")
_CHANGED = LazyPattern(r"%|\bper[ \u00a0]?cent\b|" + _PAST_MOVES)
"""A reported figure's move in a sentence: a percentage or a verb of change."""


def _figures_period_before(
    ctx: Context,
    last: tuple[int, DateValue] | None,
    figures: tuple[int, DateValue] | None,
    expr: Expression,
) -> DateValue | None:
    """The month or quarter a year-back base ("from a year earlier") counts from when its
    sentence names none: the period of the figures of the sentence right before, one after
    "in" or "for" ("Home sales rose 2.8% in June from May. The average price rose 1.3% from a
    year earlier": 2023-06, not May, the base there), when that sentence holds the last date
    and both tell a figure's move; else None (see ``_period_before``)."""
    unit = (expr.get("unit") or "").lower().rstrip("s")
    if (
        figures is None
        or last is None
        or expr.rule != "ago"
        or unit != "year"
        or (expr.get("n") or "").lower() not in ("a", "one", "1")
        or (expr.get("dir") or "").lower() not in ("earlier", "before")
        or expr.get("same")
        or not _BASE_BEFORE.search(ctx.text, max(0, expr.start - 16), expr.start)
    ):
        return None
    starts = ctx.sentence_chars
    own = bisect_right(starts, expr.start)
    if own - bisect_right(starts, last[0]) != 1 or own - bisect_right(starts, figures[0]) != 1:
        return None
    before, begins = starts[own - 2], starts[own - 1]
    ends = starts[own] if own < len(starts) else len(ctx.text)
    if not (_CHANGED.search(ctx.text, before, begins) and _CHANGED.search(ctx.text, begins, ends)):
        return None
    return figures[1]


_FIRST_MONTHS_END = LazyPattern(
    r"[ \u00a0]*(?:[,.;:!?)]|$)|[ \u00a0]+(?:and|or|but|when|as|while|to|from|compared)\b"
)
"""What may follow "the first three months" that is the year's first months: a clause's end
or a linking word (not "the first three months of his term", "after launch")."""
_FIGURE_PERIODS = frozenset({"quarter", "half"})


def _first_months(
    ctx: Context, expr: Expression, dated: tuple[int, DateValue] | None, anchor: dt.date | None
) -> DateValue | None:
    """ "GDP expanded 6.93% in the second quarter, up from 5.87% in the first three months":
    the first two to eleven months of the year of a quarter or half named before in its
    sentence (or of a year there, among percentages), a run of months as "the first three
    months of the year" is (``2024-01/2024-03``); elsewhere the duration it was (P3M)."""
    if expr.rule != "past_duration" or (expr.get("shift") or "").lower() != "first":
        return None
    count = numbers.parse_number(expr.get("n") or "")
    if (expr.get("unit") or "").lower() != "months" or count is None or not 2 <= count <= 11:
        return None
    reference = _same_sentence(ctx, dated, expr.start)
    if _ends_the_run(reference, count) and _year_to_date(ctx, expr, count):
        # "In the first 11 months, exports rose 5%": the year's, as "the first 11 months of
        # the year" is (the last run ended by the publication); "in November and in the first
        # 11 months": that November's
        year_s: tuple[tuple[str, str], ...] = (("edge", "first"), ("n", str(int(count))))
        if (
            reference is not None
            and reference.start is not None
            and reference.granularity == "month"
        ):
            year_s = (*year_s, ("y", str(reference.start.year)))
        run = normalize(expr._replace(rule="month_run", groups=year_s), ctx.text, anchor, False)
        return None if run is None else run._replace(relative=True)
    if reference is None or not reference.resolved or reference.start is None:
        return None
    if not _FIRST_MONTHS_END.match(ctx.text, expr.end) or (reference.timex or "").startswith("FY"):
        return None
    if reference.granularity not in _FIGURE_PERIODS and not (
        reference.granularity == "year" and _among_percentages(ctx, expr)
    ):
        return None
    groups = (("edge", "first"), ("n", str(int(count))), ("y", str(reference.start.year)))
    run = normalize(expr._replace(rule="month_run", groups=groups), ctx.text, anchor, False)
    return None if run is None else run._replace(relative=True)


def _ends_the_run(reference: DateValue | None, count: Decimal) -> bool:
    """Whether the period named before "the first N months" in its sentence (``reference``)
    leaves them the year's so far: none, a day (a saying's: "said on Tuesday"), or a bare
    month that ends them ("rose 5% in November and 3% in the first 11 months"); not one of
    a year named or counted back ("a year earlier", in November: the year compared with)."""
    if reference is None or reference.granularity == "day":
        return True
    return (
        reference.granularity == "month"
        and reference.year_inferred
        and reference.start is not None
        and reference.start.month == count
    )


_FISCAL_WORDS = ("fiscal", "financial year", "business year")


@cache
def _figure_nouns() -> frozenset[str]:
    return frozenset(w for w in lexicons.tense().half_figures if " " not in w)


def _year_to_date(ctx: Context, expr: Expression, count: Decimal) -> bool:
    """Whether "the first N months" (``expr``, N ``count``), with no period named in its
    sentence, closes its clause there in a sentence of figures ("revenue", "exports",
    ``Tense.half_figures``) and N is no count of quarters: a year-to-date run of figures
    ("In the first 11 months, exports rose 5%"); not a count of deaths or aides, nor "the
    first four months" of a treatment. Three, six or nine months may be a company's fiscal
    quarters, and a sentence of a fiscal year counts from its own start."""
    if count % 3 == 0 or not _FIRST_MONTHS_END.match(ctx.text, expr.end):
        return False
    start = ctx.sentence_start(expr.start)
    following = bisect_right(ctx.sentence_chars, expr.start)
    end = ctx.sentence_chars[following] if following < len(ctx.sentence_chars) else len(ctx.text)
    sentence = ctx.text[start:end].lower()
    if any(word in sentence for word in _FISCAL_WORDS):
        return False
    first, last = ctx.token_at(start), ctx.token_at(max(start, end - 1))
    return not _figure_nouns().isdisjoint(ctx.lowers[first : last + 1])


def _among_percentages(ctx: Context, expr: Expression) -> bool:
    """Whether the sentence of ``expr`` holds a percentage ("%", "percent")."""
    start = ctx.sentence_start(expr.start)
    following = bisect_right(ctx.sentence_chars, expr.start)
    end = ctx.sentence_chars[following] if following < len(ctx.sentence_chars) else len(ctx.text)
    sentence = ctx.text[start:end]
    return "%" in sentence or "percent" in sentence


_FORECAST_TAIL = (
    r"\b(?:was|were)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?"
    r"(?:(?:expected|(?:un)?likely|possible|forecast)"
    r"(?:[ \u00a0]+(?:to[ \u00a0]+(?:be[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?[a-z]+(?:ed|en)\b"
    r"|(?!have\b|be\b)[a-z]+)|(?:in|for|across|over|along)(?=[ \u00a0]))"
    r"(?:[ \u00a0]+(?!\w+ed\b|(?:that|when|while|because|since|although|but)\b)"
    r"(?:[A-Za-z][a-z]*(?:-[a-z]+)*(?:['\u2019]s)?|[A-Z]+|\d[\d.]*(?:\u00b0?[CF]|%)?)){0,12})?"
    r"|due)"
    r"[ \u00a0]+(?:(?:on|by|until|till|through|before)[ \u00a0]+"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:[ \u00a0]+(?:night|morning|afternoon|evening))?,?[ \u00a0]+"
    r"(?:and|or|through|to)[ \u00a0]+)?$"
)
_REPORTED_FORECAST = LazyPattern(
    r"(?<!\bhad )\b(?:said|warned|added|cautioned)\b(?: that)?[^.;:!?\"\u201c\u201d]{0,80}?"
    + _FORECAST_TAIL
)
"""Before a weekday, a past saying and what it said was expected, likely or possible, its
tense moved back: "The weather service said snow was likely Thursday", "Forecasters warned
that heavy rain was expected to fall Sunday", "said storms were possible Friday and
Saturday", "said the storm was expected to reach the coast by Friday" (not after "had said",
nor "said he was likely killed Tuesday", "was likely to have died")."""
_WEATHER_FORECAST = LazyPattern(
    r"\b(?P<subject>[A-Za-z]+)(?:[ \u00a0]+[A-Z][a-z]+)?"
    r"(?:,[ \u00a0]+(?:which|that)[ \u00a0][^,.;:!?\"\u201c\u201d]{1,60},"
    r"|[ \u00a0]+(?:in|across|along|over)[ \u00a0]+(?:the[ \u00a0]+)?[A-Za-z0-9]+"
    r"(?:[ \u00a0]+[A-Z][a-z]+)?"
    r"|,[ \u00a0]+(?:a|an|the|now)[ \u00a0][^,.;:!?\"\u201c\u201d]{1,40},"
    r"|,[ \u00a0]+which"
    r"|[ \u00a0]+(?:[a-z]+ed|hit|struck|made|swept|brought|tore|blew)[ \u00a0]"
    r"[^,.;:!?\"\u201c\u201d]{1,60}?[ \u00a0]and)?[ \u00a0]+" + _FORECAST_TAIL
)
"""The same with no saying, its subject weather (tense.json ``weather_subjects``; a storm's
name may follow, and a relative clause or an apposition between commas, a place ("in
Phoenix", "across the region", "in the 90s"), or a past before "and"): "The storm was
expected to weaken by Thursday", "Heavy rain was likely Sunday", "Hurricane Beryl was
forecast to make landfall on Friday", "The storm, which hit on Monday, was expected to weaken
by Thursday", "The storm, a Category 4 hurricane, was expected to
...", "Hurricane Beryl, which was expected to reach Mexico by Friday, ...", "The storm
battered Jamaica on Wednesday and was forecast to reach Mexico on Friday"."""
_FORECAST = re.compile(_FORECAST_TAIL)
"""A forecast right before its weekday, whatever its subject ("Delays were likely on")."""
_SAID_AFTER = LazyPattern(
    r"(?:[ \u00a0]+(?:night|morning|afternoon|evening))?,[ \u00a0]+"
    r"(?:[A-Za-z][\w.'\u2019-]*[ \u00a0]+){1,6}"
    r"(?:said|warned|added|cautioned|predicted)(?P<tail>[^.;:!?\"\u201c\u201d]{0,40})[.!]?"
    r"[\"\u201d]?[ \u00a0]*(?:\n|$)"
)
"""After a weekday of such a forecast, its saying closing the sentence: "Flooding was likely in
New Orleans on Friday, the National Weather Service said" (as "..., the service said, ...
was likely on Friday" is a reported forecast)."""
_DAY_WORD = LazyPattern(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\b"
)
_STORM_NAMED = LazyPattern(
    r"\b(?:Hurricane|Typhoon|Cyclone|Storm|Tropical[ \u00a0]+(?:Storm|Depression)"
    r"|Super[ \u00a0]+Typhoon)[ \u00a0]+(?P<name>[A-Z][a-z]+)\b"
)
"""A named storm of the article ("Hurricane Beryl", "Tropical Storm Alberto"): its name alone
is a weather subject after it ("Beryl was expected to reach Mexico by Friday")."""
_STORM_STRUCK = LazyPattern(
    r",[ \u00a0]+which[ \u00a0]+(?:battered|lashed|pounded|slammed|drenched|ravaged|swept"
    r"|made[ \u00a0]+landfall|(?:hit|struck)[ \u00a0]+[A-Z])"
)
"""A relative clause after a one-word name telling it is a storm's ("Beryl, which hit
Jamaica on Wednesday, ..."; not "which hit a record")."""
_STORM_APPOSED = LazyPattern(
    r",[ \u00a0]+(?:a|an|the|now)[ \u00a0][^,.;:!?]{0,30}\b(?:storm|hurricane|typhoon|cyclone)s?,"
)
"""An apposition after a name telling it is a storm ("Beryl, a Category 4 storm, ...")."""
_HAD = LazyPattern(r"\bhad\b")
"""Before such a forecast, a past perfect: "Forecasters had said rain was expected Sunday"."""
_TOLD_ON = LazyPattern(r"[^.;:!?]*?\b(?:when|before|after|until|was|were|had|did)\b")
"""After a weekday of a forecast with no saying, a story told on in the past: "Snow was
likely Tuesday, when the roads were closed", "..., and it did"."""
_ENDED_SO = LazyPattern(r"[^.;:!?]*\b(?:but|never|instead)\b")
"""After such a weekday, a turn telling it is over ("was expected Sunday but never came")."""


_FORECAST_PREPS = frozenset({None, "on", "by", "until", "till"})
"""The prepositions a weekday of a reported forecast may take ("through" is none)."""


@cache
def _weather_subjects() -> frozenset[str]:
    """Nouns of weather (tense.json ``weather_subjects``)."""
    return frozenset(lexicons.tense().weather_subjects)


@cache
def _priced_in_re() -> re.Pattern[str]:
    """A market's bet on a move before a month or day, with only the move's words between
    ("pricing in a quarter-point cut in ", "bets on a ", "betting on the first hike by "):
    lower case (not "Pricing in September was weak"), and no verb ("-ed" or an irregular
    past but the ambiguous "cut", "hit"), clause word or other time of its own between."""
    pasts = lexicons.irregular_pasts() - frozenset(lexicons.tense().ambiguous_past)
    # longest first, ties in order: a set's order varies by process, and the pattern's
    # text is the precompiled table's key (patterns.marshal.gz)
    stops = sorted(pasts | _PRICED_STOPS, key=lambda w: (-len(w), w))
    return re.compile(
        r"\b(?:pricing[ \u00a0]+in|(?:bets|betting|wagers|wagering)[ \u00a0]+on"
        # "Markets now price in another cut by July"; not "the price in July"
        r"|(?:[Mm]arkets|[Tt]raders|[Ii]nvestors|now|fully|also|to)[ \u00a0]+price[ \u00a0]+in"
        r")[ \u00a0]+"
        rf"(?:(?!(?:{'|'.join(stops)})\b)(?![\w'-]*ed\b)[\w%$.'-]+[ \u00a0]+){{0,9}}?"
        r"(?:(?:in|by|for|at|from|until|through)[ \u00a0]+)?$"
    )


_PRICED_STOPS = frozenset(
    {"after", "before", "since", "when", "as", "that", "which", "who", "because", "while"}
    | {"following", "than", "and", "but", "or", "on", "last", "this", "is", "are", "was"}
    | {"were", "had", "has", "have"}
)
_PRICED_WORDS = (b"pricing", b"bet", b"wager", b"price in")
_PRICED_RULES = frozenset({"month", "mod_month", "month_day", "day_month", "range"})


def _priced_in(text: str, expr: Expression) -> bool:
    """Whether the year-less month or day ``expr`` is of a move markets are pricing in or
    betting on ("Markets are pricing in a cut in November", "bets on a June rate cut",
    "Traders now price in another cut by July"): a
    move not yet made, so ahead, however the clause's other words read. Not "priced in"
    nor "bet on", which may tell of a bet made and settled."""
    if expr.rule not in _PRICED_RULES:
        return False
    near = max(0, expr.start - 90)
    if not scan.may_hold(text, _PRICED_WORDS, near, expr.start):
        return False  # a cheap test first: most dates follow no such word
    return _priced_in_re().search(text, near, expr.start) is not None


def _reported_forecast(ctx: Context, expr: Expression) -> bool:
    """Whether the bare weekday ``expr`` is of a forecast reported with its tense moved back
    (``_REPORTED_FORECAST``): said with no date of its own, so lately, of a day ahead."""
    if expr.rule != "weekday" or expr.get("shift") or expr.get("prep") not in _FORECAST_PREPS:
        return False
    sentence, text = ctx.sentence_start(expr.start), ctx.text
    window = max(sentence, expr.start - 160)
    if _FORECAST.search(text, window, expr.start) is None:
        return False  # no forecast right before it: the cheap test of the two below
    if _REPORTED_FORECAST.search(text, window, expr.start) is None:
        if _said_after(ctx, expr, sentence):
            return True  # "Flooding was likely on Friday, the weather service said"
        found = _WEATHER_FORECAST.search(text, max(sentence, expr.start - 150), expr.start)
        if found is None or not _weather_subject(ctx, found):
            found = _coordinated_forecast(ctx, expr, sentence, window)
            if found is None:
                return False
        if _TOLD_ON.match(text, expr.end) or _HAD.search(text, sentence, found.start()):
            return False  # "was expected to weaken by Thursday, before it hit Florida"
    return _ENDED_SO.match(text, expr.end) is None


_AND_FORECAST = LazyPattern(r",?[ \u00a0]+and[ \u00a0]+" + _FORECAST_TAIL)
"""A forecast that shares its sentence's subject: "..., and was expected to make landfall"."""
_OPENING_SUBJECT = LazyPattern(
    r"(?:[A-Z][A-Z .,'-]*(?:[ \u00a0]*\([^)\n]{1,40}\))?[ \u00a0]*[-\u2013\u2014]+[ \u00a0]*)?"
    r"(?:The[ \u00a0]+)?(?P<subject>[A-Za-z]+)(?:[ \u00a0]+[A-Z][a-z]+)?\b"
)
"""A sentence's subject, past a dateline ("MIAMI (Reuters) - Hurricane Milton")."""


def _coordinated_forecast(
    ctx: Context, expr: Expression, sentence: int, window: int
) -> re.Match[str] | None:
    """The weather subject opening the sentence of a forecast joined by "and" to its past
    ("Hurricane Milton rapidly strengthened on Monday, with winds of 175 mph, and was
    expected to make landfall late Wednesday"): the forecast is the storm's, of a day ahead."""
    if _AND_FORECAST.search(ctx.text, window, expr.start) is None:
        return None
    opening = _OPENING_SUBJECT.match(ctx.text, sentence)
    return opening if opening is not None and _weather_subject(ctx, opening) else None


def _said_after(ctx: Context, expr: Expression, sentence: int) -> bool:
    """Whether the saying of a forecast right before the weekday ``expr`` closes the
    sentence after it, with no day of its own ("..., officials said Thursday" is none)."""
    said = _SAID_AFTER.match(ctx.text, expr.end)
    if said is None or _DAY_WORD.search(said.group("tail")) or _HAD.search(said.group(0)):
        return False
    return not _HAD.search(ctx.text, sentence, expr.start)


_FALL_MEASURES = frozenset(
    {"inches", "feet", "centimetres", "centimeters", "cm", "millimetres", "millimeters", "mm"}
)
"""Units of snow or rain as a forecast's subject ("Another 1 to 2 feet was expected")."""


def _weather_subject(ctx: Context, found: re.Match[str]) -> bool:
    """Whether the subject of the forecast ``found`` is weather: a word of tense.json
    ``weather_subjects``, or a storm's name, named so in the article ("Hurricane Beryl")
    or before a relative clause of a storm's ("Beryl, which hit Jamaica on Wednesday")."""
    subject = found.group("subject")
    if subject.lower() in _weather_subjects() or subject in _FALL_MEASURES:
        return True  # "Another 1 to 2 feet was expected through Tuesday": snow to fall
    if not subject.istitle():
        return False
    at = found.end("subject")
    if _STORM_STRUCK.match(ctx.text, at) or _STORM_APPOSED.match(ctx.text, at):
        return True
    return subject in ctx.derived(_STORMS, (), _storm_names(ctx.text))


_STORMS = "dates:storms"
"""``Context.derived`` key of the storm names of the article."""


def _storm_names(text: str) -> Callable[[object], frozenset[str]]:
    return lambda _: frozenset(m.group("name") for m in _STORM_NAMED.finditer(text))


_FIGURE_IN = LazyPattern(
    r"(?:\d[ \u00a0]?(?:%|percent\b|per[ \u00a0]cent\b)|[$\u20ac\u00a3\u00a5][ \u00a0]?\d[\d,.]*"
    r"(?:[ \u00a0](?:million|billion|trillion|[mb]n))?|\d[\d,]*[ \u00a0]jobs)"
    r"[ \u00a0]+in[ \u00a0]+$"
)
"""Right before a month's "in", a percentage, a sum of money or a count of jobs: the month
of reported figures, which are out after it ("Exports rise 5% in May", "add 330,000 jobs in
May" in a headline's present), whatever the nearest May."""
_SINCE = LazyPattern(r"\b[Ss]ince\s+$")
_SINCE_SOMEONE = LazyPattern(
    r"\b[Ss]ince[ \u00a0]+(?:(?:[A-Z][\w'\u2019.-]*|de|van|von|da)[ \u00a0]+){1,4}in[ \u00a0]+$"
)
"""Before a year, a record's last holder: "the first man since Bjorn Borg in 1979 to"."""


def _same_after_a_since(ctx: Context, last: tuple[int, DateValue], expr: Expression) -> bool:
    """Whether "the same year (month, day)" ``expr`` follows the year of a record's last
    holder ("since Bjorn Borg in 1979"), no antecedent: "the first man since Bjorn Borg in
    1979 to win the French Open and Wimbledon in the same year" is of any one year (Alcaraz's
    too). A bare "since 2019, the same year" stays that year."""
    if expr.get("n") != "0" or not expr.get("ref"):
        return False
    return _SINCE_SOMEONE.search(ctx.text, max(0, last[0] - 60), last[0]) is not None


_LATER = frozenset({"following", "next"})
_NARRATIVE_SHIFTS = frozenset({"following", "next"})
"""Shifts of "the following year": a story told on, not figures compared."""


_SHORT_UNITS = frozenset({"minute", "hour", "day", "week", "month"})
"""Units of an offset that may count from the sentence before ("Two days later, ...")."""


def _opens_sentence(ctx: Context, expr: Expression) -> bool:
    """Whether ``expr`` ("Two days later", "Hours earlier") opens its sentence and counts
    in days or finer units: the sentence before then names its reference; a year counts
    only from a period there, never a day (``_period_before``)."""
    unit = (expr.get("unit") or "").lower().rstrip("s")
    if unit not in _SHORT_UNITS and expr.get("n") != "0":  # "Later in the year," may
        return False
    return _opens(ctx, expr)


def _opens(ctx: Context, expr: Expression) -> bool:
    """Whether ``expr`` opens its sentence (quotes aside)."""
    index = bisect_right(ctx.sentence_chars, expr.start)
    opening = ctx.text[ctx.sentence_chars[index - 1] if index else 0 : expr.start]
    return not opening.strip(" \n\t\"\u201c'")


def _tense(
    ctx: Context,
    expr: Expression,
    following: int,
    future: dict[int, tense.Tense],
    folded: bytes | None,
) -> tense.Tense:
    """The tense of a year-less ``expr``: its clause's, else its sentence's (``future``: the
    sentences' own tenses, see ``_sentence_tense``)."""
    bounds = _clause(ctx, following, expr)
    clause_says = tense.clause_tense(ctx, bounds, expr.start, expr.end)
    if clause_says in ("future", "forecast", None) and tense.of_an_earlier_level(ctx, bounds):
        # "will cut it to 36 million tonnes, down from 55 million in December"; its cues are
        # nouns: "down from a forecast of 1.9% in the fall"
        return "past"
    if (
        clause_says in ("future", "forecast", None)
        and expr.rule in _PERIODS
        and tense.from_a_level(ctx, ctx.token_at(expr.start))
    ):
        return "past"  # "expected to narrow to about 57% from 63.9% in the second quarter"
    if clause_says in ("future", "forecast") and tense.of_a_level_moved_from(
        ctx, bounds, ctx.token_at(expr.start)
    ):
        return "past"  # "lowered its forecast to 1.7% from 2.1% in December"
    if clause_says in (None, "open") and _compared_base(ctx.text, expr):
        return "past"  # "is paying $564 a month less than in February": a level measured
    if clause_says is not None:
        return clause_says
    if tense.of_a_stated_level(ctx, bounds):
        return "past"  # "Inflation, at 4.2% in the June quarter, was expected to peak"
    if _of_a_rule(ctx, bounds, ctx.token_at(expr.start)):
        return "open"  # "well above the buffer norm of 7.46 million tonnes for April 1"
    if tense.started_after_a_decision(ctx, bounds, ctx.token_at(expr.start)):
        return "open"  # "agreed to slow the pace ..., cutting the cap ... starting June 1"
    if tense.started_in_a_phrase(ctx, bounds, ctx.token_at(expr.start)):
        return "open"  # "announced a 10% tariff, with higher rates from April 9"
    sentence = _sentence(ctx, following)
    if _past_before_comma(ctx, bounds, ctx.token_at(sentence[0])):
        # "Ohtani finalized a record $700 million, 10-year contract on Monday, deferring ...
        # until after the deal ends": the clause told before, not a cue later in the sentence
        return "past"
    if _fronted_clause(ctx, bounds[0], sentence[0]) and tense.fronted_before_report(
        ctx, bounds[1], ctx.token_at(sentence[1])
    ):
        return "past"  # "Late on Tuesday, he said the alliance would win": when he said it
    says = _sentence_tense(ctx, following, folded, future)
    if says in ("future", "forecast") and _past_before_a_report(ctx, sentence, expr):
        return "past"  # "spent $20 billion in the July-September quarter, ..., and said
        # spending would rise further": the future is what was said, after the date
    if says == "future" and (act := tense.after_an_act(ctx, bounds[0], ctx.token_at(expr.start))):
        return act  # "is raising prices in July, after raising them in March": either side
    return says


_REPORT_JOINS = frozenset({"and", ","})
_REPORTS_AFTER = frozenset({"said", "says", "added", "told", "announced", "warned"})


def _past_before_a_report(ctx: Context, sentence: tuple[int, int], expr: Expression) -> bool:
    """Whether a verb of saying joined by "and" or a comma follows the date in its sentence
    ("..., and said spending would rise") and the words from the sentence's start to it are
    told in the past: the sentence's future cue is the report's, no tense of the date."""
    lowers = ctx.lowers
    start, stop = ctx.token_at(sentence[0]), ctx.token_at(sentence[1])
    for k in range(ctx.token_at(expr.end), stop):
        if lowers[k] in _REPORTS_AFTER and lowers[k - 1] in _REPORT_JOINS:
            return tense.sentence_tense(ctx, (start, k - 1), False) == "past"
    return False


_SOON = LazyPattern(
    r"\b(?:(?:on|by|next|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|\b(?:next|this)\s+week\b|\btomorrow\b|\blater\s+today\b"
)
"""A day within the week ahead: "on Thursday", "next week", "tomorrow"."""
_SOON_AFTER_SAYING = LazyPattern(r"\b(?:said|says|announced|told)\s+$")


def _reported_soon(
    ctx: Context, expr: Expression, value: DateValue | None, anchor: dt.date | None
) -> bool:
    """Whether an ordinal quarter's reported figures ("fourth-quarter results", "results for
    the fourth quarter") come out on a day of the week ahead its sentence names ("are due on
    Thursday", "will report ... next week") though the calendar quarter read (``value``) has
    not ended by publication: a fiscal year's quarter ("The company will report fourth-quarter
    results on Thursday" in April); not a day of the saying ("said Thursday")."""
    if (
        anchor is None
        or value is None
        or value.end is None
        or value.end <= anchor
        or value.granularity != "quarter"
        or not expr.get("qo")
        or any(expr.get(g) for g in ("y", "yy", "rel", "fiscal", "qm"))
    ):
        return False
    text = ctx.text
    if not (
        tense.of_reported_figures(text, expr.end)  # "fourth-quarter earnings are due"
        or _FIGURES_FOR.search(text, max(0, expr.start - 30), expr.start)
    ):
        return False
    start, end = _sentence(ctx, bisect_right(ctx.sentence_chars, expr.start))
    return any(
        not _SOON_AFTER_SAYING.search(text, max(start, m.start() - 12), m.start())
        for m in _SOON.finditer(text, start, end)
    )


_SPAN_PERIOD = LazyPattern(r"[ \u00a0-]+(?:quarter|period|half)\b")
_REPORT_LAG = dt.timedelta(days=92)
"""How soon after a quarter its figures come out: a span of months ended this long before
the publication is the one whose figures a future clause announces."""


def _reported_span(ctx: Context, expr: Expression, anchor: dt.date | None) -> bool:
    """Whether a year-less span of months names a quarter or period of reported figures
    ("its April-June quarter results", "the July-September period GDP data") that ended
    at most ``_REPORT_LAG`` before the publication date."""
    period = _SPAN_PERIOD.match(ctx.text, expr.end)
    if anchor is None or period is None or not tense.of_reported_figures(ctx.text, period.end()):
        return False
    past = normalize(expr, ctx.text, anchor, False)
    return past is not None and past.end is not None and anchor - _REPORT_LAG <= past.end <= anchor


_HALF_YEAR = dt.timedelta(days=184)
"""How long a half may be (``_forecast``: its figures come out weeks after it ends)."""
_JUST_ENDED = dt.timedelta(days=92)
"""How recently a quarter may have ended for a forecast to be of it (its figures come out
weeks later: "expected to contract in the July-September period" in October), and how long
such a period may be."""


def _forecast(
    expr: Expression,
    text: str,
    anchor: dt.date | None,
    value: DateValue | None,
    figures: bool = False,
) -> DateValue | None:
    """The value of a forecast's date: the next one (``value``), or for a quarter, a half or
    a run of months the last one when it is under way, or is a quarter at most that ended
    within ``_JUST_ENDED`` of the anchor (not a month alone: "expect the rate to rise in
    December" in January is next December's); with ``figures``, a half whose reported figures
    come out ("will report first-half results on Aug. 1" in July) may be such a one too."""
    period = value is not None and (
        value.granularity in ("quarter", "half")
        or (expr.rule == "range" and not _of_weekdays(expr))
    )
    if anchor is None or value is None or not period:
        return value
    if value.start is not None and value.end is not None and value.start <= anchor <= value.end:
        return value  # "expects sales to rise in the quarter": the one under way
    last = normalize(expr, text, anchor, False)
    if last is None or last.start is None or last.end is None or last.start > anchor:
        return value
    if last.end >= anchor:  # under way: "covering April to November" in May
        return last
    # just ended, a quarter at most: "the July-September period" in October
    quarter = last.end - last.start <= (_HALF_YEAR if figures else _JUST_ENDED)
    return last if quarter and anchor - last.end <= _JUST_ENDED else value


_WEEK_NAMED_AFTER = re.compile(r"[ \u00a0]+(last|this|next|Last|This|Next)[ \u00a0]+week\b")
_WEEK_STEPS = {"last": -1, "this": 0, "next": 1}
"""Right after a weekday, the week it falls in ("on Monday last week": 2024-06-03)."""


def _ends_ahead(value: DateValue | None, anchor: dt.date | None) -> bool:
    """Whether ``value`` ends after ``anchor``."""
    return value is not None and anchor is not None and value.end is not None and value.end > anchor


_RAN_BEFORE = re.compile(
    r"\b(?:ran|lasted|stretched|spanned|took\s+place|(?:was|were)\s+(?:held|staged|in\s+"
    r"(?:place|force|effect))|had\s+(?:run|lasted|been\s+held))\s+$",
    re.IGNORECASE,
)
"""A past verb right before a range, which tells it as over: "The ban ran from ..."."""
_RAN_REACH = 40
_RAN_SLACK = dt.timedelta(days=7)
"""How far past publication a told-as-over run may end and still be this year's: a story
filed a few days late, or dated by a wire's time zone."""


def _ran_ahead(
    ctx: Context,
    expr: Expression,
    value: DateValue | None,
    anchor: dt.date | None,
    says: tense.Tense,
) -> bool:
    """Whether ``expr`` is a range of year-less days or months that a past verb right before
    governs ("ran from February 13 to Aug. 19", "was held June 1-9"), or that a sentence
    told in the past (``says``) with no verb of saying holds ("produced 35.2 TWh between
    February and December"), and ``value`` reads it ending ahead (its last day or month
    starting a week past ``anchor``): a run gone by ends before publication. "will run",
    "runs from", "was set to run" have no such verb."""
    if (
        expr.rule != "range"
        or expr.parts is None
        or not all(p.rule in _YEARLESS for p in expr.parts)
        or value is None
        or anchor is None
        or value.parts is None
        or value.parts[1].start is None
        or value.parts[1].start <= anchor + _RAN_SLACK
    ):
        return False
    if _RAN_BEFORE.search(ctx.text, max(0, expr.start - _RAN_REACH), expr.start) is not None:
        return True
    if says != "past" or not ctx.text.startswith(_RUN_LEADS, expr.start):
        return False  # "in the June-May period": a fiscal period, whose own year is read
    # "produced 35.2 TWh between February and December" in July: a past verb of its own
    # clause further back; not after a verb of saying, whose clause may be of the present
    # ("said the festival runs from June to August"); nor in a sentence of no past word
    # ("charges $278 a day during peak season from November to June, up from $42 last year")
    first, date = ctx.token_at(ctx.sentence_start(expr.start)), ctx.token_at(expr.start)
    if not _reporting_verbs().isdisjoint(ctx.lowers[first:date]):
        return False
    following = bisect_right(ctx.sentence_chars, expr.start)
    return tense.past_in(ctx, first, ctx.token_at(_sentence(ctx, following)[1] - 1))


_RUN_LEADS = ("between ", "from ")
"""The words of a range told as a run of its own: "between February and December"."""


@cache
def _reporting_verbs() -> frozenset[str]:
    return frozenset(lexicons.tense().reporting_verbs)


def _of_weekdays(expr: Expression) -> bool:
    """Whether ``expr`` is a range of two weekdays ("Tuesday through Thursday"): a forecast
    names the days ahead, none under way ("Rain is expected Tuesday through Thursday" on a
    Wednesday is next week's)."""
    return expr.parts is not None and all(p.rule == "weekday" for p in expr.parts)


def _offsets(groups: Iterable[Iterable[Span]]) -> frozenset[tuple[int, int]]:
    return frozenset((span.start_char, span.end_char) for group in groups for span in group)


_OFFSETS = "dates:offsets"
"""``Context.derived`` key of the date spans' offsets: the component leaves them for record
building, which would otherwise make a Span object of each to read them."""


class DateFinder:
    """Writes date spans to ``doc.spans["dates"]``."""

    def __call__(self, doc: Doc) -> Doc:
        spans, offsets = _found(doc)
        publish(doc, GROUP, spans)
        Context.of(doc).remember(_OFFSETS, (GROUP,), offsets)
        return doc
