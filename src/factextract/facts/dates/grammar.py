"""The date grammar: which character spans are date expressions, and of which rule.

Each rule is one compiled regex with named groups; ``find_expressions`` runs them all, keeps
the longest non-overlapping matches, then joins pairs into ranges ("from 2016 to 2019",
"between March and May", "January-March"). Month and weekday names must be capitalized, and a
bare month needs a preposition before it ("in May"), so "may", "Theresa May" and "March on
Washington" are no dates. A rule is only tried where one of its leads finds a possible start
(see ``scan``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import NamedTuple

from factextract import lexicons, numbers
from factextract.facts.dates import scan
from factextract.facts.dates.scan import _finditer, _Scan
from factextract.patterns import LazyPattern

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
# A bare month needs its full name: "Jan" and "Mar" are also names (Jan Smith, Mar-a-Lago).
_FULL_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# ... but its abbreviation with its stop is no name: "in Jan.", "since Sept."; except "Jan." and
# "Jun." after a preposition that also leads a person ("wrote to Jan.", "the wife of Jan."),
# unless "from" opens a span ("from Jan. to Mar.").
_SHORT_MONTHS = (
    r"(?:(?:Feb|Mar|Apr|Jul|Aug|Sept?|Oct|Nov|Dec)\."
    r"|(?<!\bto )(?<!\bof )(?<!\band )(?<!\bor )"
    r"(?:(?<!\bfrom )|(?=J(?:an|un)\.\s+(?:to|through|until|till)\s+[A-Z][a-z]))J(?:an|un)\.)"
)
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD = rf"(?:{_WEEKDAYS}|(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)\b\.?)"
"""A weekday written before a day, full or short ("Thu 14 Mar", "Thu., Mar. 14")."""
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_NAMED_YEAR = r"(?:1[5-9]\d\d|2[01]\d\d)"
"""A year after a month's name ("in September 2182", "on March 3, 2150"): the month names it a
year, so one past 2099 is read too; a bare "2150" stays a number ("2150 residents")."""
_ORDINAL_DAYS = {
    word: n
    for n, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
_ORDINAL_DAYS["thirtieth"] = 30
_UNITS_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINAL_DAYS.update(
    {f"twenty-{word}": 21 + n for n, word in enumerate((*_UNITS_ORDINALS, "ninth"))}
)
_ORDINAL_DAYS["thirty-first"] = 31
_DAY_WORDS = "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))
"""A day of a month spelled as an ordinal: "the first of April", "the 15th" spelled "the
fifteenth of June", a compound "the twenty-first of May" (which the scan finds by its
hyphen: scan._COMPOUND_DAY)."""


def groups_get(groups: tuple[tuple[str, str], ...], name: str) -> str | None:
    """The value of group ``name`` in ``groups``, or None."""
    return next((v for k, v in groups if k == name), None)


_QUARTER_END = (
    r"(?:(?P<qmon>Mar(?:ch|\.)|June?\.?|Sept?(?:ember|\.)|Dec(?:ember|\.))\s+(?P<qd>3[01])\b"
    rf"(?:,?\s+(?P<qy>{_YEAR})\b)?"
    r"|(?P<qd2>3[01])\s+(?P<qmon2>March|June|September|December)\b"
    rf"(?:,?\s+(?P<qy2>{_YEAR})\b)?)"
)
"""The last day of a calendar quarter after "the quarter ended" ("Sept. 30", "31 March 2024");
a day that ends no quarter ("June 31") is checked in ``_plausible``."""
_QUARTER_START = (
    r"(?:starting|beginning|commencing|(?:that|which)\s+(?:starts|started|begins|began))"
    r"(?:\s+(?:on|in))?\s+(?:(?P<qs>(?:January|April|July|October)\b|(?:Jan|Apr|Jul|Oct)\.)"
    r"(?:\s+1(?:st)?\b)?|1(?:st)?\s+(?P<qs2>(?:January|April|July|October)\b|(?:Jan|Apr|Jul|Oct)\b\.?))"
    rf"(?:,?\s+(?P<qsy>{_YEAR})\b)?(?![,.]?\s*\d)"
)
"""The first day or month of a calendar quarter after "the quarter starting (beginning)": "the
quarter starting on April 1" is the second quarter; one starting on another day ("May 1", a
fiscal quarter's) is no calendar quarter, and "the quarter" before it no date."""
_UNIT = r"(?:year|month|week|day|decade|century|centurie|quarter|fortnight)s?"
# Hours, minutes and seconds: durations only ("a 24-hour strike": PT24H), never counted from
# the publication date, whose time of day is unknown. A singular "second" only after digits
# ("a 30-second clip"): "a second day" is an ordinal.
_CLOCK = r"(?:(?:hour|minute)s?|seconds|(?<=\d[\s-])second)"
# Any adjective (an adverb maybe before it) between a count and plural years, months, weeks or
# decades: "after three wet years", "two very lean months", "five drought-hit years" last as
# "three years" does. Not a unit of its own ("five light years", "man years"), a count of
# some years ("two leap years", "three election years", "two other years", "the 2012 model
# years") nor a number's word ("two hundred years"); never after "a" ("a boost months
# before": no count) nor a year ("the 2023 fiscal years").
_ADJECTIVE = (
    r"(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Oo]ne\s)(?<![12][0-9]{3}\s)"
    r"(?:(?:very|[a-z]{2,}ly)\s+)?(?!(?:light|leap|dog|man|person|human|election|model|other"
    r"|different|separate|hundred|thousand|million|billion|trillion|dozen|score|and|or|to|of"
    r"|the)\b)[a-z]{2,}(?:-[a-z]+)?(?=\s+(?:year|month|week|decade)s\b)"
)
# "a year and a half": all of it or none ("a year and a half ago" is no "a year").
# A whole number and a fraction of a unit: "2½ hours", "2 1/2-hour", "1 3/4 years" (a bare
# "1/2" is no count: a score, a share).
_MIXED_NUMBER = r"\d+(?:[ \u00a0]?[\u00bc\u00bd\u00be]|[ \u00a0]+(?:1/[24]|3/4)(?![\d/]))"
_HALF = r"(?:(?P<half>\s+and\s+a\s+half)\b|(?!\s+and\s+a\s+half\b))"
# A whole number (never the "000" of "1,000") or a fraction of one.
_NUMBER = (
    r"(?:(?<![\d,.])\d+(?:,\d{3})*(?:\.\d+)?"
    r"|a\s+quarter\s+of\s+a(?=\s+century\b)|a\s+quarter(?=-century\b)"  # 25 years
    r"|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)"
    r"|thirteen|fourteen|sixteen|seventeen|nineteen|seventy|eighty|ninety"
    r"|fifteen|eighteen|twenty|thirty|forty|fifty|sixty|several|a\s+few|a\s+couple\s+of|many"
    r"|few|half\s+a)"
)
# The lower bound of a range of durations ("12 to 18 months", "10-15 minutes", "two or three
# years", "four-to-six weeks", "a two- to three-year delay"): a plain count, never "several"
# or "a".
_LOW = (
    r"(?:(?P<n0>(?<![\d,.])\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|sixty)"
    r"(?:\s*[-\u2013]\s*(?:to[\s-]+)?|\s+(?P<join>to|or|and)\s+))?"
)
_BETWEEN_BEFORE = LazyPattern(r"\bbetween\s+$")
# The lower bound right before a duration's count ("12 to " of "12 to 18 months"): read
# back from a duration found, cheaper than an optional group at each of its many tries.
_LOW_BEFORE = LazyPattern(rf"\b{_LOW.removesuffix('?')}$")
"""Before the lower bound of "between three and five years": "and" joins bounds only after it."""
# Parts of a day (TIMEX3 TMO, TAF, TEV, TNI): "Monday morning", "last night", "tonight".
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
"""Parts of a day and their TIMEX3 codes, appended to the day's value ("2020-05-23TNI")."""
_PARTS = rf"(?:{'|'.join(PARTS_OF_DAY)})"
# "in March next year", "on June 5 last year": the month takes that year.
_REL_YEAR = r"(?:\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b)?"
_SHIFT = r"(?:last|this|next|past|coming|previous|current)"
# A bare month (never "May", a name) before a lower-case word or as a possessive: a date when
# it modifies a noun after a determiner ("its June meeting") or opens a clause as its subject
# ("January had been the hottest", "said December saw record sales", "January's jobs
# report"); ``_bare_month`` reads which. One rule for both: each costs a try at every name.
_BARE_MONTH = (
    r"\b(?P<mon>January|February|March|April|June|July|August|September|October|November|December"
    r"|May(?=['\u2019]s\s+[a-z]))"
    r"(?=(?P<poss>['\u2019]s\s+[a-z])|\s+(?P<next>[a-z]+)\b)"
)
"""... and "May" only as a possessive of its figures ("above May's inflation rate"; not
"Theresa May's government", ``_bare_month``)."""
# Counted from a date named before: "two years later", "a year earlier", "a day before,"; not
# "six weeks before planting" nor "a year earlier than planned", whose amount is a duration.
_REFERRING = r"(?:(?:earlier|later)(?!\s+than\b)|(?:before|after)(?!\s+\w)|previously|afterwards?)"
# Filled in by ``_sources`` from ``Tense.scheduled_for``: "for" leads a bare month only after a
# word that sets a date ("scheduled for June"), never "voted for May".
_SCHEDULED_FOR = "{scheduled_for}"
_PREP = r"(?:in|since|by|until|till|from|through|during|before|after|to|of|early|late|mid|end|and|or|between|as of|(?:earlier|later|sooner)\s+than)"

# "published daily", "paid quarterly.", "airs nightly": an adverb ending its clause or before a conjunction or
# preposition (``_plausible`` checks the word before), never "the daily said", "a weekly
# magazine" nor "business daily Les Echos". "twice daily": see ``_with_frequency``.
# "quarterly dividends", "its weekly meeting": an adjective of a set before a lower-case noun
# (``_plausible`` reads the noun), not "daily" or "hourly", whose nouns are most often rates
# or averages ("daily cases", "hourly wage").
_EVERY_ADVERB = (
    r"(?P<every>daily|nightly|weekly|fortnightly|monthly|quarterly|hourly)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|in|on|at|for|from|since|until|by|during|over|to|with|between|except)\b)"
    r"|(?P<adj>weekly|fortnightly|monthly|quarterly)(?=\s+(?P<noun>[a-z]{3,})\b)"
)

_RULES: dict[str, str] = {
    "iso_day": rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b",
    "numeric_day": r"\b(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>[/.])(?P<b>0?[1-9]|[12]\d|3[01])(?P=sep)(?P<y>\d{4}|\d\d)\b",
    "abbrev_day": rf"\b(?P<d>0?[1-9]|[12]\d|3[01])-(?P<mon>{_MONTHS})-(?P<y>\d{{4}}|\d\d)\b",
    "month_day_year": rf"(?:(?P<wd>{_WD}),?\s+)?\b(?P<mon>{_MONTHS})\s+(?P<d>{_DAY}),?\s+(?P<y>{_NAMED_YEAR})\b",
    "day_month_year": rf"(?:(?P<wd>{_WD}),?\s+)?\b(?:(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?|[Tt]he\s+(?P<dw>{_DAY_WORDS})\s+of)\s+(?P<mon>{_MONTHS}),?\s+(?P<y>{_NAMED_YEAR})\b",
    "month_day": rf"(?:(?P<wd>{_WD}),?\s+)?\b(?P<mon>{_MONTHS})\s+(?P<d>{_DAY})\b(?![,.]?\d){_REL_YEAR}",
    "day_month": rf"(?:(?P<wd>{_WD}),?\s+)?\b(?:(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?|[Tt]he\s+(?P<dw>{_DAY_WORDS})\s+of)\s+(?P<mon>{_MONTHS})\b{_REL_YEAR}",
    "month_year": rf"\b(?P<mon>{_MONTHS}),?\s+(?:of\s+)?(?P<y>{_NAMED_YEAR})\b",
    "month": rf"(?:\b{_PREP}|{_SCHEDULED_FOR})\s+(?P<date>(?:(?P<shift>{_SHIFT})\s+)?(?P<mon>{_FULL_MONTHS}|{_SHORT_MONTHS}){_REL_YEAR})(?:\b|(?<=\.))(?!\s+\d)(?!-)",
    "month_span": rf"(?:\b(?P<lead>from|between)\s+)?(?P<date>(?P<mon>{_FULL_MONTHS})(?:\s*[-–]\s*|\s+(?:to|through|until|and)\s+|-(?:to|through|till|until)-)(?P<mon2>{_FULL_MONTHS}){_REL_YEAR})\b(?!\s+\d)",
    "shift_month": rf"\b(?P<shift>last|next|this|coming|previous)\s+(?P<mon>{_MONTHS})\b(?!\s+\d)",
    # "the crash of '08", "the class of '92": a year of two digits after a preposition or
    # "the" (not "'90s", a decade; not "'08-09", a range)
    "short_year": r"(?:(?<=\b[Cc]lass\sof\s)(?P<cls>['\u2019])|(?:(?<=\bof\s)|(?<=\bin\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bthe\s))['\u2019])(?P<sy>\d\d)(?![\w'\u2019]|[-./:,]\d)",
    # not a year's possessive before its quarter or half ("2020's second half": 2020-H2)
    "decade": r"(?:\b|(?<![\w'])(?='\d0))(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+|(?P<dhalf>first|second|latter)\s+half\s+of\s+the\s+|(?P<dedge>end|beginning|start|middle|close)\s+of\s+the\s+)?(?P<dec>1[5-9]\d0|20\d0|'\d0|(?<=the\s)\d0(?='))(?:'s\b(?![\s-]+(?:first|second|third|fourth|final|latter|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)\b)|s\b)",
    "century": r"\b(?:the\s+(?!(?:(?:early|mid|late)[\s-]+)?[\w-]+-century\b))?(?:(?P<mod>early|mid|late)[\s-]+|(?P<dedge>end|beginning|start|middle|close|turn)\s+of\s+the\s+)?(?:(?P<c>1\d|2[01]|[1-9])(?:st|nd|rd|th)|(?P<cw>{century_words}))[\s-]+century\b",
    "quarter": rf"\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q(?:(?P<yy>\d\d|(?:19|20)\d\d)?(?!\w)|(?=FY\d))|(?:the\s+)?(?P<qo>first|second|third|fourth|final|1st|2nd|3rd|4th|(?:First|Second|Third|Fourth|Final)(?=-))[\s-]+quarter|the\s+(?P<qm>March|June|September|December)(?:\s+(?P<qmy>{_YEAR}))?[\s-]+quarter(?![-\w]))(?:\s+(?:of\s+)?(?:(?P<y>{_YEAR})|(?P<rel>this|last|next)\s+year|the\s+year))?(?:\b|(?=FY\d))(?:(?=\s+(?:ended|ending)\s+{_QUARTER_END}))?",
    # year-less "the first half", "second-half sales": a half of a year only among reported
    # figures (``_plausible``), never "of the match", "a first-half goal"; "the June (December)
    # half(-year)" the half that month ends (an Australian style, as "the June quarter" is)
    "half": rf"\b(?:(?P<h2>[12])H(?:[ ](?=(?:19|20)\d\d(?!\w)))?(?:(?P<yy>\d\d|(?:19|20)\d\d)(?!\w)|(?=FY\d))|(?:H(?P<h>[12])|(?:the\s+)?(?P<ho>first|second|1st|2nd|latter|back)\s+half)(?:\s+of)?\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|next)\s+year|the\s+year)\b|(?:the\s+)?(?P<ho2>first|second|First(?=-)|Second(?=-))[\s-]+half\b(?!\s+of\b(?!\s+(?:fiscal\b|financial\s+year\b|FY|(?:the\s+|its\s+|their\s+)?{_YEAR}(?:[-/\u2013]\d\d(?:\d\d)?)?\s+(?:fiscal|financial)\s+year\b))|-)|(?<![\w-])H(?P<h3>[12])(?:\b(?![-\u2013/]\w)|(?=FY\d))|the\s+(?P<hm>June|December)(?:\s+(?P<hmy>{_YEAR}))?[\s-]+half(?:[\s-]year)?(?![-\w])(?!\s+of\b))",
    # "That summer,", "later that fall" (group "that"): the season of the date named before;
    # "the following spring", "the next summer" (group "refdir"): counted from the date named
    # before, before a clause's end or a linking word (not "the next summer Olympics")
    "season": rf"\b(?P<s3>winter)\s+(?:of\s+)?(?P<y3>{_YEAR})[-/\u2013](?P<y4>\d\d|{_YEAR})\b(?![-/\u2013]\d)|\b(?:(?P<shift>last|this|next)\s+)?(?P<s>spring|summer|autumn|winter|fall)\s+(?:of\s+)?(?:(?P<y>{_YEAR})|(?P<rel>last|this|next)\s+year)\b|\b(?P<shift2>last|this|next)\s+(?P<s2>spring|summer|autumn|winter|fall)\b(?!\s+(?:Games|Olympics?|Paralympics?|Universiade)\b)|\b(?:[Tt]he\s+(?P<refdir>following|next|previous|prior)|(?P<that>That|(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\blater\s)|(?<=\bLater\s)|(?<=\bearlier\s)|(?<=\bEarlier\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bover\s))that))\s+(?P<s4>spring|summer|autumn|winter|fall)\b(?=\s*[,.;:!?)]|\s*$|\s+(?:and|or|but|when|as|while|before|after|with|to|in|on|at|from|he|she|it|they|we|the|a|an|was|were|had|saw)\b)",
    # "rose 12% in the quarter": the quarter of reported figures (``_among_figures``), by the
    # tense; not "the quarter ended Sept. 30" (its day dates it), "the quarter-point cut"
    # "for the quarter ended Sept. 30": the quarter that day ends (its day a date of its own)
    "the_quarter": rf"(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bduring\s))the\s+(?:(?P<latest>latest|most\s+recent)\s+)?quarter\b(?![-\w])(?:(?=\s+(?:ended|ending|through)\s+{_QUARTER_END})|(?=\s+(?:(?:ended|ending)(?:\s+in)?|to|through)\s+(?P<qmon3>March|June|September|December)(?:,?\s+(?P<qy3>{_YEAR}))?\b(?![,.]?\s*\d))|(?=\s+{_QUARTER_START})|(?!\s+(?:of|to|ended|ending|through|that|which|starting|beginning|commencing)\b))",
    # "in the spring", "by spring": a year-less season, by the tense (not "the summer of 2019",
    # nor "the spring-like weather"; "the fall" may be a decline). Only after "in", "during",
    # "over", "by" (with no "the" only before punctuation or a linking word: not "in summer
    # camps"):
    # "through the winter", "since the autumn" are deadlines and starts the tense misreads.
    # "fall" only before punctuation or a school's period ("in the fall semester"; not "the
    # fall in prices", "the fall to 3%"); component._fall_season reads its clause
    "bare_season": r"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bover\s)|(?<=\bby\s))(?:(?P<the>the)\s+)?(?P<s>spring|summer|autumn|winter|fall(?=\s*[,.;:!?)\"\u201d]|\s*$|\s+(?:and|or|(?P<term>semester|term|season))\b))\b(?![\s-]+of\b|-)(?(the)|(?=\s*[,.;:!?)]|\s*$|\s+(?:and|or|but|when|as|while|before|after|with|to|for|at|on|in|from)\b))",
    # "in early summer", "by late fall.", "since mid-summer", "late summer 2022": a season
    # with its part as the mod; year-less only after a preposition (``_plausible``) and "fall"
    # only before punctuation or "and"/"or" ("a late fall in prices" is a decline)
    "mod_season": rf"\b(?P<mod>early|mid|late)[\s-]+(?:(?P<s>spring|summer|autumn|winter|fall)\s+(?:of\s+)?(?:(?P<y>{_YEAR})|(?P<rel>last|this|next)\s+year)\b|(?P<bs>spring|summer|autumn|winter|fall(?=\s*[,.;:!?)]|\s*$|\s+(?:and|or)\b))\b(?!-))",
    # "mid-2019", "late May"; "end" and "start" only hyphenated: "end-June", "start-2024"
    "mod_year": rf"\b(?:(?:early|mid)[\s-]+to[\s-]+(?=mid|late))?(?P<mod>early|mid|late|(?:end|start)(?=-))[\s-]+(?P<y>{_YEAR})\b",
    "mod_month": rf"\b(?:(?:early|mid)[\s-]+to[\s-]+(?=mid|late))?(?P<mod>early|mid|late|(?:end|start)(?=-))[\s-]+(?P<mon>{_FULL_MONTHS})\b(?:,?\s+(?P<y>{_YEAR})\b|{_REL_YEAR})?(?!\s+\d)",
    # "Oct. 2-3"; after "from" or "between" also "April 10 to 14", "May 3 and 5"
    "month_day_range": rf"\b(?P<mon>{_MONTHS})\s+(?P<d>{_DAY})(?:\s*[-–]\s*|\s+(?P<join>to|through|until|and)\s+)(?P<d2>{_DAY})\b(?:,?\s+(?P<y>{_YEAR})\b)?(?![,.]?\d)(?!\s*(?:[ap]\.?m\b|%|percent|per\b))",
    # "5-6 June", "3 and 4 March" after "between", "9 to 12 July" after "from" (a lookbehind
    # per day width)
    "day_month_range": rf"\b(?P<d>{_DAY})(?:\s*[-–]\s*|(?:(?<=\bbetween \d)|(?<=\bbetween \d\d))\s+and\s+|(?:(?<=\bfrom \d)|(?<=\bfrom \d\d))\s+(?:to|until|till|through)\s+)(?P<d2>{_DAY})\s+(?P<mon>{_MONTHS})\b(?:,?\s+(?P<y>{_YEAR})\b)?",
    # "on 3 and 4 March 2019": two days of one month, after "on"
    "day_month_pair": rf"(?<=\bon )(?P<d>{_DAY})\s+(?:and|or|&)\s+(?P<d2>{_DAY})\s+(?P<mon>{_MONTHS})\b(?:,?\s+(?P<y>{_YEAR})\b|{_REL_YEAR})",
    # "in May, June and July": a month listed after another, up to an "and" or "or" before a
    # last one (a bare month needs a preposition; here the list leads it)
    "month_list": rf"(?<=, )(?P<mon>{_FULL_MONTHS})\b(?=(?:\s*,\s*{_FULL_MONTHS}\b)*\s*,?\s+(?:and|or)\s+{_FULL_MONTHS}\b)",
    # "March 3 and 4, 2019": two days of one month; with a year, or ending a clause (not "on
    # March 3 and 4 people").
    "month_day_pair": rf"\b(?P<mon>{_MONTHS})\s+(?P<d>{_DAY})(?:,?\s+(?:and|or|&))\s+(?P<d2>{_DAY})\b(?![,.]?\d)(?:,?\s+(?P<y>{_YEAR})\b|\s+(?P<rel>last|this|next)\s+year\b|(?=\s*[.,;:!?)]|\s*$))",
    "edge": rf"\b(?:the\s+)?(?P<edge>end|beginning|start|middle|close|turn|(?:first|last|final)\s+days|(?:first|second|third|fourth|last|final)\s+week|(?:first|second|latter)\s+half(?=\s+of\s+(?:the\s+)?(?:(?:this|next|last|current|the)\s+decade|(?:this|next|last|current)\s+century)\b))\s+of\s+(?:(?P<mon>{_MONTHS})(?:\s+(?P<y2>{_YEAR}))?|(?P<y>{_YEAR})|(?:the\s+)?(?P<shift>last|this|next|current|the)\s+(?P<unit>year|month|week|quarter|decade|century))\b",
    "mod_relative": r"\b(?P<mod>early|mid|late|earlier|later)[\s-]+(?P<shift>last|this|next)\s+(?P<unit>year|month|week|quarter|decade)\b",
    # ... "Fiscal year 2023" opening a sentence; "FY25 Q3", "fiscal 2024 first-quarter" a
    # quarter of it (group "fq"); "this (next, the current) fiscal (financial) year" one of no
    # year told
    "fiscal": rf"\b(?:(?:[Ff]iscal(?:\s+year)?|[Ff]inancial\s+year)\s+(?P<y>{_YEAR})(?:[-/\u2013](?P<y2>\d\d|{_YEAR})\b)?|(?P<y3>{_YEAR})(?:[-/\u2013](?P<y4>\d\d|{_YEAR}))?\s+(?:fiscal|financial)\s+year|FY\s?(?P<fy>{_YEAR}|\d\d)(?:[-/](?P<fy2>\d\d|{_YEAR}))?|(?P<fshift>this|next|last|current|previous|prior|coming)\s+(?:fiscal|financial)\s+year|[Tt]he\s+(?:fiscal|financial)\s+year(?=,?\s+(?:(?:that|which)\s+(?:ends|ended)|ending|ended|to|through)\s+(?:(?:in|on)\s+)?(?:(?:{_MONTHS})(?:\s+\d\d?)?,?\s+(?P<fye>(?:19|20)\d\d)\b|(?P<fmon>{_MONTHS})(?![a-z])(?:\s+(?P<fday>[12]\d|3[01]|0?[1-9])(?!\d))?(?![,.]?\s*\d|\s*(?:%|percent\b))(?!\s+(?:of|to)\b))))\b(?:(?<![-/\u2013]\d\d)(?<!year)\s+(?:Q(?P<fq>[1-4])\b|(?P<fqo>first|second|third|fourth)[\s-]quarter\b))?",
    "relative_day": rf"\b(?:(?P<word>yesterday|today|tomorrow|tonight)(?:\s+(?P<part>{_PARTS}))?|(?P<overnight>[Oo]vernight)(?=\s*[.,;:]|\s+(?:and|but|as|after|before|when|while|into|to|from|in|on|at|with)\b)|(?P<this>this|last)\s+(?P<part2>{_PARTS})|[Tt]he\s+(?P<bpart>{_PARTS})\s+(?P<bdir>before|after)(?=\s*[,.;:]|\s+(?:and|but)\b))\b",
    # "recent years", "recently", "in the past", "in the near future": TIMEX3 PAST_REF and
    # FUTURE_REF; not "the past two years", "the past 12-month period" (a duration), nor "as
    # recently as May" (which only leads a date).
    "reference": rf"\b(?:(?P<recent>recent\s+(?:years|months|weeks|days|decades)|(?<!\bas\s)recently)|(?<=\bin\s)the\s+(?:(?:near|distant|recent)\s+)?(?P<dir>past|future)\b(?!\s+(?:\d|{_NUMBER}\b|half|{_UNIT}\b)))",
    "relative_unit": r"\b(?P<shift>last|this|next|coming|previous|current)\s+(?P<unit>year|month|week|quarter|decade|weekend)\b",
    # "the week before last", "the year after next" (group "skip": two steps; a rule of its
    # own, tried only before the rare "before last", "after next")
    "unit_before_last": r"\b[Tt]he\s+(?P<unit2>year|month|week|weekend)\s+(?P<skip>before\s+last|after\s+next)\b",
    # (not "the weekend of June 8": the weekend of that day, component._part_of); after "for"
    # only before a clause's end or a linking word (not "for the weekend edition")
    "weekend": rf"\b(?:over|during|at|on|through|throughout|by|until|till|before|after|since|into|(?P<wfor>for))\s+(?P<date>the\s+weekend)\b(?!\s+of\s+(?:{_MONTHS}|\d))(?(wfor)(?=\s*[,.;:!?)]|\s*$|\s+(?:and|or|but|as|when|while|after|before|with|in|at)\b))",
    # "every Tuesday (and Thursday)", "each spring", "on Saturdays (and Sundays)": a rule of its
    # own, so that it is only tried at "e" and weekdays; before "weekday", which would take the
    # "Thursday" of "every Tuesday and Thursday" (of the same length) first
    # ... "every Sunday morning", "on Sunday mornings" (XXXX-WXX-7TMO), "every night"
    # (XXXX-XX-XXTNI), "every weekend", "at weekends" (XXXX-WXX-WE); "every other (second,
    # third) Tuesday (and Thursday)" (group "wstep": once every two (three) weeks, P2W freq
    # 1X), not before "of"/"in" ("every second Tuesday of the month": the month's second)
    "every_day": rf"\b(?:(?P<quant2>every|each)\s+(?:(?:(?P<wstep>other|second|third|fourth)\s+(?={_WEEKDAYS}\b(?!\s+(?:of|in)\s)))?(?P<wd>{_WEEKDAYS})(?:\s+(?:and|or)\s+(?P<wd2>{_WEEKDAYS})|\s+(?P<part>{_PARTS}))?|(?P<season>spring|summer|autumn|winter|fall)|(?P<emon>{_FULL_MONTHS})(?:\s+(?P<eday>{_DAY})(?!,?\s*\d))?(?![\s-]+\d)|(?P<dpart>{_PARTS}|weekend))|(?<=\bon\s)(?P<wds>{_WEEKDAYS})(?:s(?:\s+(?:and|or)\s+(?P<wds2>{_WEEKDAYS})s)?|\s+(?P<parts>{_PARTS})s)|(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\bover\s))(?P<weekends>weekends))\b",
    # "the first Monday of June", "the last Friday in May 2024": one day of that month
    "nth_weekday": rf"\b(?:[Tt]he\s+)?(?P<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>{_WEEKDAYS})\s+(?:of|in)\s+(?:(?P<mon>{_FULL_MONTHS}|{_SHORT_MONTHS})(?:,?\s+(?P<y>{_YEAR}))?(?!\w)|(?P<every>every|each)\s+month\b)",
    # "late Tuesday", "early on Monday": the day's end (start), TIMEX3 mod END (START)
    "weekday": rf"\b(?:(?P<prep>on|by|until|since|from)\s+(?!(?:[Ee]arly|[Ll]ate)\s+on\b))?(?P<date>(?:(?P<mod>[Ee]arly|[Ll]ate)\s+(?:on\s+)?)?(?:(?P<shift>last|this|next|coming)\s+)?(?P<wd>{_WEEKDAYS})(?:\s+(?P<part>{_PARTS}))?)\b",
    "ago": rf"\b(?P<n>{_NUMBER}|[Tt]he(?=\s+(?:year|month|week|quarter|day)\s+(?:before|after)(?!\s+\w)))\s+(?P<unit>{_UNIT}|(?:hour|minute)s?)\s+(?P<dir>ago|{_REFERRING}|from\s+now)\b",
    # ... and "years ago", "Decades ago" with no count: TIMEX3 PAST_REF (a rule of its own,
    # tried only before the rare " ago")
    # ... and "days later", "Weeks afterwards" counted from the date before, by how much
    # unknown; "hours after the vote" a duration of no count, as "two days after the vote" is
    # one (group "after": TIMEX3 PTXH)
    "vague_ago": rf"\b(?P<vague>(?i:year|month|week|day|decade|hour|minute)s)(?:\s+(?P<dir>ago|{_REFERRING})\b|(?P<after>(?=\s+(?:after|before)\s+(?:the|his|her|its|their|a|an)\s)))",
    # "the year-ago quarter", "the year-earlier period": a year before the period named before;
    # "by year-end", "before the year end": the end of the year, as "the end of the year" is
    # ("by month-end" of the month; "by year-end 2025" of that year); "by mid-month", "in mid-year", "until midweek": its middle ("by mid-century" only);
    # "later that day", "earlier in the day", "That night,": the day of the date named before
    # ("Later that year", "That month,": its year, its month)
    # "year-to-date", "Year to date,": this year, so far;
    # "the same day," "the same week and": the one of the date named before;
    # "this past weekend" (Tuesday, March): the last one; "due on the 15th": a day of the month,
    # only before a clause's end (not "on the 15th floor"). One rule for the four: each rule
    # costs a scan of its own.
    "phrases": rf"\b[Tt]he\s+(?:same\s+)?year[\s-](?:earlier|ago)\s+(?:period|quarter|month|half)\b|(?:(?<=\bby\s)|(?<=\bat\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\btoward\s)|(?<=\btowards\s)|(?<=\baround\s)|(?<=\bthrough\s)|(?<=\bnear\s))(?:the\s+)?(?P<eunit>year|month)(?:[\s-]|['\u2019]s\s)(?P<end>end)\b(?!-)(?:(?<=year.end)\s+(?P<ey>{_YEAR})\b(?![-/\u2013]\d))?|(?:(?<=\bby\s)|(?<=\bin\s)|(?<=\bat\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\baround\s))mid-?(?P<mid>month|year|week|century(?<=by mid-century)(?=\s*[,.;:!?)]|\s*$|\s+(?:and|or|but)\b))\b(?!-)|\bthis\s+past\s+(?:(?P<unit>week|weekend|month)|(?P<wd>{_WEEKDAYS})|(?P<mon>{_MONTHS}))\b(?!\s+\d)|\bon\s+(?P<ml>the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?=\s*[.,;:)]|\s+(?:and|or|but|at|when|after|before)\b)(?!\s+and\s+(?:the\s+)?\w+\s+(?:days?\s+)?of\s+(?:each|every)\s+month\b)|\b(?P<edir>[Ee]arlier|[Ll]ater)\s+(?:(?:that|in\s+the)\s+(?P<tpart>day|morning|afternoon|evening|night)|(?:in\s+the|that)\s+(?P<tunit>week|month|year))\b|\bThat\s+(?:(?P<tpart2>day|morning|afternoon|evening|night)|(?P<tunit2>week|month|year))(?=,)|\b[Yy]ear(?P<ytd>[\s-]to[\s-]date)\b|\b[Tt]his\s+day\s+in\s+(?P<tdy>{_YEAR})\b(?![-/\u2013]\d)|\b(?:[Tt]he|(?P<that>[Tt]hat))\s+same\s+(?:(?P<spart>day|morning|afternoon|evening|night)|(?P<sunit>week|month|year))(?(that)\b(?!\s+as\b|['\u2019])|(?=\s*[,.;:)]|\s+(?:and|but)\b))",
    # "the first two months of the year", "the last six months of 2022": a run of months;
    # "the first month of the year", "the last month of 2022": its one month
    "month_run": rf"\b[Tt]he\s+(?P<edge>first|last)\s+(?:(?P<n>[2-9]|1[01]|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months|month)\s+of\s+(?:(?P<y>{_YEAR})(?![-/\u2013]\d)|(?P<rel>this|last|next)\s+year|the\s+year)\b",
    "past_duration": rf"\b(?:(?P<prep>in|over|during|for|within)\s+)?(?P<date>[Tt]he\s+(?P<shift>past|last|next|coming|previous|prior|following|first(?=\s+(?!quarter|half)\w))\s+(?:{_LOW}(?P<n>{_NUMBER})\s+(?:(?:consecutive|straight|successive|full|whole|long|{_ADJECTIVE})\s+)?)?(?P<unit>{_UNIT}|{_CLOCK})\b{_HALF}|[Tt]he\s+(?P<pshift>next|following|previous|prior)\s+(?P<dpart>{_PARTS})\b|[Tt]he\s+(?P<aunit>(?:year|month|week|day|decade)s?)\s+ahead\b(?![\s-]+of\b))",
    # ... and "for years", "in decades", "within days": a duration of no count (TIMEX3 PXY;
    # group "vunit"); not "for years of talks", "days later", nor "for days-long talks"; and
    # (a rule of its own, tried only before the rare " hr") the abbreviated "1 hr 30 min",
    # "2 hrs" (groups "hn", "mn": PT1H30M)
    # "290 million years", "66 million years ago", "millions of years", "10,000 years ago":
    # deep time, a duration however it is told (no calendar reaches back so far); "ago" is
    # left out
    "deep_time": r"\b(?:(?P<n>(?<![\d,.])\d+(?:,\d{3})*(?:\.\d+)?\s+(?:thousand|million|billion))|(?P<vague>thousands|millions|billions)\s+of|(?P<n2>(?<![\d,.])(?:\d{2,3}(?:,\d{3})+|\d{5,}))(?=\s+years\s+ago\b))\s+(?P<unit>years)\b(?!-old|\s+old\b)",
    "duration": rf"\b(?:(?P<n>{_NUMBER}|{_MIXED_NUMBER})(?P<whalf>[\s-]+and[\s-]+a[\s-]+half)?(?:\s+(?:consecutive|straight|successive|full|whole|long|more|additional|extra|further|{_ADJECTIVE}))?[\s-]+(?P<unit>{_UNIT}|{_CLOCK})\b{_HALF}(?!-old)(?!-(?:percentage|point|basis)\b)(?!\s+(?:ago|{_REFERRING}|olds?|of\s+age)\b)|(?:for|in|within)\s+(?P<vunit>years|months|weeks|days|decades|hours|minutes)\b(?![-'\u2019])(?!\s+(?:of|ago|later|earlier|before|after|old)\b))",
    # ... and "a month-long strike", "yearlong talks", "decades-long conflict": one unit
    # (P1M) or some (PXDE), a rule of its own (group "lunit"; a count before it, "a
    # two-month-long strike", is the duration rule's "two-month")
    "long_unit": r"(?<![\w-])(?P<lunit>(?i:day|week|fortnight|month|year|decade|hour)s?)-?long\b(?!-)",
    "hr_duration": r"\b(?P<hn>\d{1,3})\s+hrs?\b(?:\.?\s+(?P<mn>[0-5]?\d)\s+mins?\b)?(?![-.]?\w)",
    # A race's time: "finished in 2:06:50", "won in 4:03.02" (hours, minutes and seconds, or
    # minutes, seconds and their fractions: PT2H6M50S, PT4M3.02S); never a clock's ("at
    # 10:30:15", "14:05:22 GMT"), nor a lone "5:19", which may be a margin or a score
    "race_time": r"(?<![\w.,:$/])(?<!\bat\s)(?<!\bby\s)(?<!\buntil\s)(?<!\btill\s)(?:(?P<rh>[1-9]?\d):(?P<rm>[0-5]\d):(?P<rs>[0-5]\d)(?:\.(?P<rf>\d{1,3}))?|(?P<rm2>[1-5]?\d):(?P<rs2>[0-5]\d)\.(?P<rf2>\d{1,3}))(?![\d:]|[.,]\d)(?![ \u00a0]?(?:[ap]\.?m\b|[AP]\.?M\b|GMT\b|UTC\b|ET\b|EST\b|EDT\b|local\b|hrs\b))",
    # TIMEX3 SET: "every two years" (quant EVERY), "twice a week" (freq 2X), "every other
    # (second, 2nd) week" (P2W), "every fourth year" (P4Y), "on alternate days" (P2D), "every few years" (PXY), "every 15
    # minutes"; "semi-annually", "a semiannual dividend" (P6M), "paid biweekly" (P2W), never the "annually" of "semi-annually" alone
    # ("bimonthly", twice a month or every two months, is left out)
    "set": r"\b(?:(?:(?P<quant>every|each)\s+(?:(?P<n>\d+|two|three|four|five|six|ten|few|several|other|second|third|fourth|fifth|sixth|[2-6](?:nd|rd|th))\s+)?|(?<=\bon\s)(?P<alt>alternate)\s+(?=[a-z]+s\b)|(?P<freq>once|twice|(?:two|three|four|five|six|ten)\s+times)\s+(?:a|an|per)\s+)(?P<unit>year|month|week|fortnight|day|quarter|decade|hour|minute|(?<=\d\s)second)s?|(?<!-)(?P<adverb>(?:semi-?|bi)?annually|yearly|bi-?weekly)|(?P<adverb2>semi-?annual|biannual|bi-?weekly)(?=\s+[a-z]{3,}\b))\b",
    # "happened in the afternoon", "by late afternoon", "early in the evening": a part of a
    # day of no day written (XXXX-XX-XXTAF; early START, late END), which takes its day as a
    # lone clock time does; only before a clause's end or a linking word (not "the evening
    # news", "in the morning session")
    "day_part": r"(?:(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bduring\s)|(?<=\buntil\s)|(?<=\bthrough\s)|(?<=\bthroughout\s))(?:the\s+)?(?:(?P<pmod>early|late|mid)[\s-]+)?|\b(?P<pmod2>[Ee]arly|[Ll]ate)\s+in\s+the\s+)(?P<dpw>morning|afternoon|evening)\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|as|when|while|after|before|on|at|with|local)\b)",
    # "published daily": a rule of its own, whose small regex is tried at every unit word
    # ("week" of "weekly")
    "frequency": rf"\b(?:{_EVERY_ADVERB})\b",
}


def _clock_rule() -> str:
    """A clock time: "3 p.m.", "10:30pm", "11.30am", "15:30 GMT", "0900 GMT" and "09.00 GMT"
    (four digits only with a zone or "hrs" after them), "9 o'clock", "noon", with the zone written after it
    (from the calendar's time suffixes other than a.m./p.m.). A bare "15:30" needs a
    preposition before it (``_plausible``): alone it may be a ratio, a score or a race time."""
    suffixes = lexicons.calendar().time_suffixes
    words = lexicons.tense()  # named times ("noon"), spelled hours ("nine o'clock")
    hours = "|".join(words.hour_words)
    clock_words = "|".join((*words.clock_words, *words.day_part_words))
    zones = [z for z in suffixes if z.lower().replace(".", "") not in ("am", "pm", "o'clock")]
    zones += words.zone_names  # "Eastern time", spelled (tense.json: calendar.json is hashed)
    zone = "|".join(re.escape(z).replace(r"\ ", r"\s+") for z in sorted(zones, key=len)[::-1])
    return (
        r"(?<![\w.,:$£€/])(?<![A-Za-z]-)(?<![0-9][0-9][0-9]-)(?:"  # "10-11am", not "2019-11 am"
        r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5][0-9]))?[ \u00a0]?"
        r"(?P<ampm>[ap]\.m\.?|[AP]\.M\.?|[ap]m|[AP]M)(?![A-Za-z])"
        r"|(?P<h24>[01]?[0-9]|2[0-3]):(?P<min24>[0-5][0-9])(?![0-9:]|[.,][0-9])"
        rf"|(?P<h4>[01][0-9]|2[0-3])\.?(?P<min4>[0-5][0-9])(?=[ \u00a0]?(?:{zone})(?![A-Za-z]))"
        rf"|(?P<hw>1[0-2]|[1-9]|{hours})[ \u00a0]o['’]clock\b"
        rf"|(?:12[ \u00a0])?(?P<word>{clock_words})\b(?!-)"
        rf")(?:[ \u00a0]?(?P<zone>{zone})(?![A-Za-z]))?"
    )


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*", re.IGNORECASE)
_RANGE_LEAD = LazyPattern(r"\b(?:from|between)\s+$", re.IGNORECASE)


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
        # a dict per distinct groups, remembered: the records ask each expression a dozen
        # names, and a loop over its groups in Python costs more than hashing them in C
        named = _GROUPS_NAMED.get(self.groups)
        if named is None:
            if len(_GROUPS_NAMED) >= _GROUPS_KEPT:
                _GROUPS_NAMED.clear()
            # built from the last group back: the first group of a name wins, as a loop's did
            named = _GROUPS_NAMED[self.groups] = dict(reversed(self.groups))
        return named.get(name)


_GROUPS_NAMED: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}
"""``Expression.get``'s dict of each groups tuple met lately."""
_GROUPS_KEPT = 4096
"""How many groups tuples ``_GROUPS_NAMED`` holds before it starts over."""


def _compiled() -> dict[str, re.Pattern[str]]:
    """Every rule's pattern, compiled now (``_matches`` compiles each at its first try)."""
    return {rule.name: rule.pattern.compiled() for rule in _rules()}


@cache
def _sources() -> dict[str, str]:
    present = "|".join(re.escape(p) for p in lexicons.calendar().present)
    # Not before a hyphen: "the now-defunct bank" is no time.
    patterns = {
        **_RULES,
        "month": _RULES["month"]
        .replace(_SCHEDULED_FOR, _scheduled_for())
        .replace("|end|", _ended_prep(), 1),
        "bare_month": _BARE_MONTH,
        "present": rf"(?i:\b(?P<word>{present})\b(?!-))",
        "clock": _clock_rule(),
        # "the fifth century", "the twenty-first century": spelled ordinals (tense.json)
        "century": _RULES["century"].replace(
            "{century_words}", "|".join(sorted(lexicons.tense().century_ordinals, key=len)[::-1])
        ),
    }
    return patterns


def _scheduled_for() -> str:
    """ "for" after one of ``Tense.scheduled_for`` (a lookbehind each: their widths differ),
    read only after the "for" itself: most candidates fail at its "f"; or, as group
    "figfor", after a noun of figures ("data for May", "the index for April": the month's
    figures, out after it, as "May's data" is)."""
    words = lexicons.tense().scheduled_for
    behind = "|".join(rf"(?<=\b{re.escape(w)} for)" for w in words)  # plain words and spaces
    return rf"(?:for(?:{behind})|(?<=[a-zA-Z] )(?P<figfor>for))"


def _ended_prep() -> str:
    """_PREP's "end", or "ended" or "ending" after a period of ``_ENDED_PERIODS`` (a
    lookbehind each, tried only after the word): in the month rule only."""
    ended = "|".join(rf"(?<=\b{w} {e})" for w in _ENDED_PERIODS for e in ("ended", "ending"))
    return rf"|end(?:(?:ed|ing)(?:{ended}))?|"


_ENDED_PERIODS = ("year", "months", "quarter", "half", "period")
"""Before "ended" or "ending" and a bare month, the period it ends: "for the year ended
March", "the 12 months ending March" (in news of results, "in" is often left out)."""


@cache
def _figures_for() -> frozenset[str]:
    """The nouns of figures before "for" and a month (``_of_figures_for``)."""
    return _possessed_nouns()[0] - {"close", "accounts"}  # verbs as often: "will close for"


_NOUN_BEFORE = LazyPattern(r"([A-Za-z]+) $")
_POSSESSIVE = ("'s", "\u2019s")


def _of_figures_for(text: str, match: re.Match[str]) -> bool:
    """Whether the "for" before a month follows a noun of figures ("data for May", "Exports
    for March"; ``_figures_for``), not a possessive after the month ("sales for May's new
    store": a name's as often) or a capitalized word (a surname: "the report for June
    Carter's estate") nor any other word ("voted for May")."""
    start = match.start("figfor")
    noun = _NOUN_BEFORE.search(text, max(0, start - 16), start)
    return (
        noun is not None
        and noun.group(1).lower() in _figures_for()
        and not text.startswith(_POSSESSIVE, match.end())
        and _NAME_AFTER.match(text, match.end()) is None
    )


_NAME_AFTER = LazyPattern(r"[ \u00a0]+[A-Z][a-z]")


"""Nouns of figures that are verbs before "for" as often ("will close for May")."""


class _Rule(NamedTuple):
    name: str
    pattern: LazyPattern
    """Compiled at the rule's first try (``scan._finditer``): compiling all 54 was 45 ms of
    a cold start's first article, which tries about three quarters of them."""


@cache
def _rules() -> tuple[_Rule, ...]:
    return tuple(_Rule(rule, LazyPattern(source)) for rule, source in _sources().items())


_READ: dict[str, tuple[tuple[str, ...], bool]] = {}
"""Each rule's ``_group_names`` and whether its expression is the group "date" rather than
the whole match, read at its first match."""


def _read(rule: str, pattern: re.Pattern[str]) -> tuple[tuple[str, ...], bool]:
    # By the rule's name: hashing a compiled pattern (for a cache) hashes its whole program.
    read = _READ.get(rule)
    if read is None:
        read = _READ[rule] = (_group_names(pattern), "date" in pattern.groupindex)
    return read


def _matches(text: str) -> Iterable[Expression]:
    scan = _Scan(text)
    for rule, pattern in _rules():
        for match in _finditer(rule, pattern, scan):
            names, dated = _read(rule, match.re)
            start, end = match.span("date") if dated else match.span()
            if rule == "month_span":  # "January-March": a range of two bare months
                # "from March to May next year": both months of that year
                year = (("rel", rel),) if (rel := match.group("rel")) else ()
                # "between December and July last year": across the year's turn, the year
                # is the last month's, and the first month the one before it
                months = lexicons.calendar().months
                turn = months[match.group("mon").lower()] > months[match.group("mon2").lower()]
                first = Expression(
                    *match.span("mon"),
                    "month",
                    (("mon", match.group("mon")), *(() if turn else year)),
                )
                second = Expression(
                    match.start("mon2"), end, "month", (("mon", match.group("mon2")), *year)
                )
                joined_by_and = re.search(r"\sand\s", text[first.end : second.start])
                if joined_by_and and match.group("lead") != "between":
                    yield from (first, second)  # "in July and August": two months
                    continue
                start = match.start("lead") if match.group("lead") else start
                yield Expression(start, end, "range", (), (first, second))
                continue
            if rule == "phrases":
                yield _phrase(match)
                continue
            if rule == "long_unit":  # "month-long": one month; "decades-long": some
                unit = match.group("lunit").lower()
                count = (("vague", "1"),) if unit.endswith("s") else (("n", "1"),)
                yield Expression(start, end, "duration", (("unit", unit), *count))
                continue
            if (
                rule == "ago"
                and (match.group("unit") or "").lower().startswith("year")
                and (match.group("dir") or "").lower() == "ago"
                and _DEEP_COUNT.fullmatch(match.group("n") or "") is not None
            ):
                continue  # "300,000 years ago": deep time, a duration ("deep_time")
            if rule == "deep_time":
                n = match.group("n") or match.group("n2")
                deep = ("vague", "1") if match.group("vague") else ("n", str(n))
                yield Expression(start, end, "duration", (("unit", "years"), deep))
                continue
            if rule == "duration" and (unit := match.group("vunit")) is not None:
                # "for years": a duration of no count
                vague = (("unit", unit), ("vague", "1"))
                yield Expression(match.start("vunit"), end, "duration", vague)
                continue
            if rule == "bare_month":  # "its June meeting", "January had been the hottest"
                if _bare_month(text, match):
                    month = (("mon", match.group("mon")),)
                    figures = (("figures", "1"),) if _of_figures(text, match) else ()
                    yield Expression(start, end, "month", (*month, *figures))
                continue
            if rule == "relative_day" and match.group("overnight"):  # a rule of its own
                yield Expression(start, end, "overnight", _said_day(text, start, end))
                continue
            if rule == "relative_day" and (part := match.group("bpart")) is not None:
                # "The night before,": that part of the day before the date named before
                way = "earlier" if match.group("bdir") == "before" else "later"
                day = (("n", "1"), ("unit", "day"), ("dir", way), ("part", part))
                yield Expression(start, end, "ago", day)
                continue
            if (
                rule in _YEAR_TO_RULES
                or (rule == "edge" and match.group("edge") == "end" and match.group("mon"))
            ) and text.endswith(_YEAR_TO_ENDS, 0, start):
                # "in the year to March": a year's stretch closed by the month (its date), as
                # "the 12 months to March" is twelve months; "the year to the end of March"
                lead = _YEAR_TO.search(text, max(0, start - 20), start)
                if lead is not None:
                    yield Expression(lead.start(), lead.end(1), "duration", _ONE_YEAR)
            if rule == "nth_weekday" and match.group("every"):
                # "the first Monday of every month": a day of each month, a monthly set
                every = (("quant", match.group("every")), ("unit", "month"))
                yield Expression(start, end, "set", every)
                continue
            if (
                rule == "set"
                and match.group("quant")
                and (days := _days_of_each_month(text, match))
            ):
                yield from days  # "the 1st of each month": XXXX-XX-01
                continue
            if rule == "frequency":  # "twice daily": the count before it is its freq
                yield _with_frequency(text, match)
                continue
            if rule == "every_day" and (match.group("wd2") or match.group("wds2")):
                yield from _weekday_pair(match)  # "every Tuesday and Thursday": two sets
                continue
            if rule in _DAY_RANGES:  # "Oct. 2-3", "5-6 June 2019": two days of one month
                lead = None
                if match.groupdict().get("join"):  # "April 10 to 14" after "from", "between"
                    lead = _RANGE_LEAD.search(text, max(0, start - 9), start)
                    if lead is None and _bare_day_span(text, match):
                        pass  # "conducted March 1 to 5", "runs July 4 through 7"
                    elif lead is None or (match["join"] == "and") != (lead[0][0] in "bB"):
                        continue  # "and" after "between" only, "to" after "from"
                day_range = _day_range(match)
                yield day_range._replace(start=lead.start()) if lead else day_range
                continue
            if rule == "month_list":  # a month, if the list's item before it is one
                if _MONTH_BEFORE.search(text, max(0, start - 12), start):
                    yield Expression(start, end, "month", (("mon", match.group("mon")),))
                continue
            if rule in _DAY_PAIRS:  # "March 3 and 4, 2019", "on 3 and 4 March": two dates
                yield from _day_pair(match)
                continue
            if rule == "month" and match.group("figfor") and not _of_figures_for(text, match):
                continue  # "voted for May", "sales for May's new store"
            # ``groupdict`` without the dict: the named groups that matched, in their order
            values = zip(names, match.groups(), strict=True)
            groups = tuple([(k, v) for k, v in values if v is not None and k])
            if rule == "relative_unit" and _so_far(text, match):
                groups = (*groups, _TO_DATE)  # "so far this year": up to the publication
            if (spelled := groups_get(groups, "dw")) is not None:  # "the first of April": 1
                if text.startswith(("'s", "\u2019s"), end):
                    continue  # "the first of May's reforms": Theresa May's, no day
                numbered = ("d", str(_ORDINAL_DAYS[spelled.lower()]))
                groups = tuple(numbered if k == "dw" else (k, v) for k, v in groups)
            if rule == "past_duration" and (part := match.group("dpart")) is not None:
                # "the next morning": that part of the day after the date named before
                way = "earlier" if match.group("pshift") in ("previous", "prior") else "later"
                day = (("n", "1"), ("unit", "day"), ("dir", way), ("part", part))
                yield Expression(match.start("date"), end, "ago", day)
                continue
            if rule == "past_duration" and (
                _first_of_a_span(text, match) or _on_an_end_of_a_span(text, match)
            ):
                continue  # "on the first day of the trial", "won on the last day": a place
                # in a span, no length
            if (
                rule == "past_duration"
                and (match.group("unit") or "").lower() == "century"
                and (match.group("shift") or "").lower() == "last"
                and _OF_BEFORE.search(text, max(0, start - 10), start) is not None
            ):
                # "the longest of the last century": the century before this one (the 1900s
                # in 2024), a domain named; "in (over) the last century" stays 100 years
                yield Expression(start, end, "relative_unit", _LAST_CENTURY)
                continue
            if rule == "past_duration" and (unit := match.group("aunit")) is not None:
                # "the year ahead", "in the months ahead": as "the coming year (months)"
                kept = [(k, v) for k, v in groups if k != "aunit"]
                groups = (*kept, ("shift", "coming"), ("unit", unit))
            elif rule == "past_duration" and match.group("n0") is not None:
                written = _Low(match.group("n0"), match.start("n0"), match.group("join"))
                yield _duration_range(text, written, match.start("n"), start, end, rule, groups)
                continue
            if (
                rule == "duration"
                and text.startswith(" or ", end)  # a cheap test first
                and (rough := _rough_offset(start, groups, _OR_BACK.match(text, end)))
            ):
                yield rough  # "a day or two later", "a year or so ago": a date, roughly
                continue
            if (
                rule == "duration"
                and text.startswith(" or ", end)  # a cheap test first
                and (more := _OR_MORE.match(text, end)) is not None
            ):
                yield _or_more(start, end, groups, more)  # "a year or two", "a week or so"
                continue
            if rule == "duration" and (before := _low_before(text, start, groups)) is not None:
                yield _duration_range(text, before, start, before.start, end, rule, groups)
                continue
            if rule in _YEAR_BACK_RULES and (same := _same_period_before(text, start, groups)):
                # "the same quarter a year ago", "the same period last year": that period of
                # the year before the one named, as "a year earlier"
                yield Expression(same, end, "ago", (*_YEAR_EARLIER, ("same", "year")))
                continue
            if rule in ("quarter", "half") and (
                fiscal := _FISCAL.search(text, max(0, start - 8), start)
            ):  # "its fiscal second quarter": a fiscal year's, whose year is not told
                yield Expression(fiscal.start(), end, rule, (*groups, ("fiscal", "1")))
                continue
            if rule == "quarter" and _fiscal_end(text, end, match):
                # "the third quarter, which ends in late March": a fiscal year's (FYXXXX-Q3)
                yield Expression(start, end, rule, (*groups, ("fiscal", "1")))
                continue
            if (
                rule in ("quarter", "half")
                and not match.group("y")
                and text.endswith(_POSSESSIVE_ENDS, 0, start)
                and (owner := _FISCAL_YEAR_BEFORE.search(text, max(0, start - 40), start))
            ):  # "the 2023-24 fiscal year's first half": that fiscal year's (FY2024-H1);
                # "the fiscal year's first quarter" one of no year told (FYXXXX-Q1)
                owned: str | None = owner["y"] or owner["y2"]
                told = (
                    (("y", _fiscal_label(owned, owner["end"] or owner["end2"])),) if owned else ()
                )
                yield Expression(owner.start(), end, rule, (*groups, ("fiscal", "1"), *told))
                continue
            if (
                rule in ("quarter", "half")
                and not match.group("y")
                and not text.startswith(("the", "The"), start)  # "In 2023 the first quarter"
                and (led := _YEAR_BEFORE_PERIOD.search(text, max(0, start - 20), start))
            ):  # "in the 1998 first quarter", "its 2024 second half", "2023's first quarter":
                # that year's; "fiscal 2025's first quarter" that fiscal year's (FY2025-Q1)
                yearless = tuple(g for g in groups if g[0] != "y")
                of_fiscal = (("fiscal", "1"),) if led["fiscal"] else ()
                yield Expression(led.start(), end, rule, (*yearless, *of_fiscal, ("y", led["y"])))
                continue
            if (
                rule in ("quarter", "half")
                and not match.group("y")
                and (of_year := _OF_FISCAL_YEAR.match(text, end))
            ):  # "the third quarter of fiscal 2024": that fiscal year's (FY2024-Q3)
                label = _fiscal_label(
                    of_year["y"] or of_year["y2"] or of_year["y3"],
                    of_year["end"] or of_year["end3"],
                )
                fiscal_year = (("fiscal", "1"), ("y", label))
                yield Expression(start, of_year.end(), rule, (*groups, *fiscal_year))
                continue
            if (
                rule in ("weekday", "relative_day")
                and text.startswith("of ", start - 3)
                and (hours := _EARLY_HOURS.search(text, max(0, start - 30), start))
            ):  # "the early hours of Sunday": its morning's start
                yield Expression(hours.start(), end, rule, (*groups, ("hours", "early")))
                continue
            if (
                rule == "relative_day"
                and text.endswith(_EDGE_ENDS, 0, start)
                and (edge := _EDGE_OF_DAY.search(text, max(0, start - 12), start))
            ):  # "late yesterday", "early this morning": its end (start), as "late Tuesday"
                yield Expression(edge.start(1), end, rule, (*groups, ("mod", edge.group(1))))
                continue
            if rule == "ago" and text.endswith(" or ", 0, start):
                start, groups = _either_count(text, start, groups)  # "two or three days later"
            yield Expression(start, end, rule, groups)


_EARLY_HOURS = LazyPattern(r"\b(?:[Tt]he\s+)?(?:early|small|wee)\s+hours\s+of\s+$")
_EDGE_ENDS = ("early ", "late ", "Early ", "Late ")
_EDGE_OF_DAY = LazyPattern(r"(?<!\btoo\s)(?<!\bso\s)(?<!\bas\s)\b([Ee]arly|[Ll]ate)\s$")
"""Before "yesterday", "this morning": its start (end); not "too late today"."""


class _Low(NamedTuple):
    """The lower bound of a range of durations: its count, where it starts, its joiner."""

    n: str
    start: int
    join: str | None


def _low_before(text: str, start: int, groups: tuple[tuple[str, str], ...]) -> _Low | None:
    """The lower bound written right before the count at ``start`` of a duration ("12 to "
    of "12 to 18 months"), if any: only for a count of digits or a number word."""
    if not text.endswith(_LOW_ENDS, max(0, start - 5), start):
        return None  # most: "for 18 months", "the 18 months"
    count = next((v for k, v in groups if k == "n"), "")
    if not count or not (count[0].isdigit() or count.lower() in _number_words()):
        return None
    found = _LOW_BEFORE.search(text, max(0, start - 24), start)
    if found is None or _MONTH_RIGHT_BEFORE.search(
        text, max(0, found.start("n0") - 12), found.start("n0")
    ):
        return None  # "was sentenced on March 1 to 5 years": a day, then the duration
    return _Low(found["n0"], found.start("n0"), found["join"])


_MONTH_RIGHT_BEFORE = LazyPattern(rf"\b{_MONTHS}\s+$")


_LOW_ENDS = ("-", "- ", "\u2013", "\u2013 ", " to ", " or ", " and ")
"""How the text before a range's upper count ends: "12 to ", "10-", "two or "."""


@cache
def _number_words() -> frozenset[str]:
    """The spelled numbers up to ninety (numbers.json's units and tens): "two to three years"."""
    words = lexicons.number_words()
    return frozenset((*words.units, *words.tens))


def _duration_range(
    text: str,
    low: _Low,
    high_start: int,
    start: int,
    end: int,
    rule: str,
    groups: tuple[tuple[str, str], ...],
) -> Expression:
    """ "12 to 18 months": one duration whose parts are its bounds, the lower one its count
    alone ("12"), the upper one from ``high_start`` up to the unit ("18 months"); ``start``
    is where the whole starts. A lower bound that is none ("won 2-1 days after") is left
    out, as before."""
    groups = tuple((k, v) for k, v in groups if k not in ("n0", "join"))
    low_count = numbers.parse_number(low.n)
    high_count = numbers.parse_number(next((v for k, v in groups if k == "n"), ""))
    joined = True
    if low.join == "and":  # only after "between": "10 and 15 minutes" are two
        between = _BETWEEN_BEFORE.search(text, max(0, start - 12), start)
        joined = between is not None and rule == "duration"
        start = between.start() if between is not None and joined else start
    if low_count is None or high_count is None or low_count >= high_count or not joined:
        return Expression(high_start if rule == "duration" else start, end, rule, groups)
    unit = tuple((k, v) for k, v in groups if k == "unit")
    first = Expression(low.start, low.start + len(low.n), "duration", (("n", low.n), *unit))
    high_groups = tuple((k, v) for k, v in groups if k in ("n", "unit", "half"))
    high = Expression(high_start, end, "duration", high_groups)
    if low.join == "or":  # "two or three weeks": either, roughly; no bound of a range
        groups = (*groups, ("approx", "or"))
    return Expression(start, end, rule, groups, (first, high))


_OR_MORE = LazyPattern(
    r" or (?:(?P<few>two|three)|so)\b(?![-\w])"
    r"(?!\s+(?:ago|earlier|later|before|after|previously|from\s+now|old)\b)"
    r"(?!\s+(?:year|month|week|day|hour|minute|decade)s?\b)"
)
"""After a duration, a rough guess: "a year or two", "a week or three", "a month or so"; not
before a word that refers back ("a day or two later", "a year or so ago": a date)."""
_ONE = frozenset({"a", "an", "one", "A", "An", "One"})


def _or_more(
    start: int, end: int, groups: tuple[tuple[str, str], ...], more: re.Match[str]
) -> Expression:
    """ "a year or so": the duration, roughly (group "approx"); "a year or two": one of one
    unit or two, roughly, whose parts are "a year" and "two" (P2Y APPROX, as "one or two
    years"); after another count, "five years or two", the duration alone as before."""
    if more["few"] is None:
        return Expression(start, more.end(), "duration", (*groups, ("approx", "so")))
    if groups_get(groups, "n") not in _ONE or groups_get(groups, "half"):
        return Expression(start, end, "duration", groups)
    unit = tuple((k, v) for k, v in groups if k == "unit")
    high = Expression(more.start("few"), more.end(), "duration", (("n", more["few"]), *unit))
    upper = (("n", more["few"]), *unit, ("approx", "or"))
    first = Expression(start, end, "duration", groups)
    return Expression(start, more.end(), "duration", upper, (first, high))


_OR_BACK = LazyPattern(rf" or (?:(?P<few>two|three)|so)\s+(?P<dir>ago|{_REFERRING}|from\s+now)\b")
"""After a duration of one unit, a rough offset: "a day or two later", "a year or so ago"."""
_ROUGHLY = ("qmod", "APPROX")


def _rough_offset(
    start: int, groups: tuple[tuple[str, str], ...], back: re.Match[str] | None
) -> Expression | None:
    """ "a day or two later", "a week or so earlier", "a year or two ago": the offset,
    roughly (mod APPROX), by its upper count as "two or three weeks" is (P3W APPROX); "a
    year or so" by one, "five years or so ago" by five. "or two" only after one unit ("a",
    "one"): "five years or two" is no guess."""
    if back is None or groups_get(groups, "half") or groups_get(groups, "vague"):
        return None
    if back["few"] is not None and groups_get(groups, "n") not in _ONE:
        return None
    count = back["few"] or groups_get(groups, "n") or "a"
    unit = groups_get(groups, "unit") or ""
    offset = (("n", count), ("unit", unit), ("dir", back["dir"]), _ROUGHLY)
    return Expression(start, back.end(), "ago", offset)


def _either_count(
    text: str, start: int, groups: tuple[tuple[str, str], ...]
) -> tuple[int, tuple[tuple[str, str], ...]]:
    """An offset whose count follows a smaller one and "or" ("two or three days later",
    "one or two years ago"): from that count on, roughly (mod APPROX) by the upper count;
    else as it is."""
    low = _LOW_BEFORE.search(text, max(0, start - 24), start)
    if low is None or low["join"] != "or" or low["n0"] is None:
        return start, groups
    low_count = numbers.parse_number(low["n0"])
    high_count = numbers.parse_number(groups_get(groups, "n") or "")
    if low_count is None or high_count is None or low_count >= high_count:
        return start, groups
    return low.start("n0"), (*groups, _ROUGHLY)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our)\s$")
_POSSESSIVE_BEFORE = LazyPattern(r"[A-Za-z+.](?:['\u2019]s|s['\u2019])\s$")
_MODIFIED = LazyPattern(r"((?:\s+[a-z]+){1,3})")
"""A month's first lower-case words after it: its noun may follow modifiers ("June policy
meeting")."""
_CLAUSE_LEAD_BEFORE = re.compile(r"(?:\b(?:that|said|says)|,)\s$")


def _fiscal_label(written: str, end: str | None) -> str:
    """The year a fiscal year is named by, the one it ends in: "FY25" 2025, "FY24-25" 2025,
    "FY1999/00" 2000, "2023-2024" 2024."""
    label = written if len(written) == 4 else f"20{written}"
    if end is None:
        return label
    if len(end) == 4:
        return end
    begun, ended = int(label), int(end)
    return str(begun // 100 * 100 + ended + (100 if ended < begun % 100 else 0))


_POSSESSIVE_ENDS = ("'s ", "\u2019s ")
_FISCAL_YEAR_BEFORE = LazyPattern(
    rf"(?:\b(?P<y>{_YEAR})(?:[-/\u2013](?P<end>\d\d|{_YEAR}))?\s+)?\b(?:[Ff]iscal|[Ff]inancial)\s+year"
    rf"(?:\s+(?P<y2>{_YEAR})(?:[-/\u2013](?P<end2>\d\d|{_YEAR}))?)?['\u2019]s\s+$"
)
"""A fiscal year's possessive before a quarter or a half: "the 2023-24 fiscal year's first
half", "financial year 2024's first quarter", "the fiscal year's second half"."""
_YEAR_BEFORE_PERIOD = LazyPattern(
    r"(?:\bthe\s+)?(?:\b(?P<fiscal>[Ff]iscal)[\s-]+)?\b(?P<y>(?:19|20)\d\d)(?:['\u2019]s)?\s+$"
)
"""A year before a quarter or a half ("the 1998 first quarter", "2023's second half"), maybe a
fiscal year's ("fiscal 2025's first quarter": FY2025-Q1)."""
_PREPOSITION_BEFORE = LazyPattern(
    r"\b(?:above|below|than|from|since|after|before|with|to|of|in|on|at|by|over|under|like"
    r"|versus|until|despite|following|and)\s$"
)
_POSSESSED = LazyPattern(r"['\u2019]s((?:\s+[a-z]+){1,4})")
"""A possessive's first lower-case words: its noun may follow modifiers ("July's retail
prices index inflation rate")."""


@cache
def _possessed_nouns() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What a month's possessive may name: figures (out after the month), events, both."""
    words = lexicons.tense()
    figures = frozenset((*words.reported_nouns, *words.month_figure_nouns))
    events = frozenset(words.month_event_nouns)
    return figures, events, figures | events


@cache
def _may_figures() -> frozenset[str]:
    """Nouns of figures a possessive "May's" names ("May's inflation rate", "May's jobs
    report"), less ``_NOT_MAY_FIGURES``."""
    words = lexicons.tense()
    return frozenset((*words.month_figure_nouns, *words.reported_nouns)) - _NOT_MAY_FIGURES


_NOT_MAY_FIGURES = frozenset(
    {"growth", "loss", "losses", "deficit", "surplus", "spending", "accounts", "results"}
    | {"record", "pace", "close", "level", "levels", "high", "low", "peak", "total", "rate"}
    | {"gains"}
)
"""Of the nouns of figures, those a politician's possessive names as often ("May's record",
"May's losses", "May's growth strategy")."""


def _of_figures(text: str, match: re.Match[str]) -> bool:
    """Whether a month's possessive names its figures ("July's inflation rate", "October's
    jobs report"): they come out after the month, so it is the last such month."""
    if match.group("poss") is None:
        return _figures_after(text, match.end())  # "January exports fell 3%"
    return _possesses(text, match.end(), _possessed_nouns()[0])


def _figures_after(text: str, end: int) -> bool:
    """Whether one of the first lower-case words after a bare month ending at ``end`` is a
    noun of figures ("December traffic rose", "the January jobs report")."""
    words_after = _MODIFIED.match(text, end)
    return words_after is not None and not _possessed_nouns()[0].isdisjoint(
        words_after.group(1).split()
    )


def _possesses(text: str, end: int, nouns: frozenset[str]) -> bool:
    """Whether one of the first words after the possessive ending at ``end`` is in ``nouns``."""
    words = _POSSESSED.match(text, end)
    return words is not None and not nouns.isdisjoint(words.group(1).split())


_NOT_A_CLAUSE_START = frozenset(",;:'\u2019&-")


def _bare_month(text: str, match: re.Match[str]) -> bool:
    """Whether a bare month before a lower-case word (or a possessive) is a date: after a
    determiner, before a noun not of ``Tense.month_noun_not_before`` ("its June meeting";
    not "the March on Washington", "the December quarter"); opening a clause (a sentence's
    start, after "that", "said", "says" or a comma) before a verb of
    ``Tense.month_subject_verbs``, not a passive ("June was arrested"), before its figures'
    noun ("January exports fell") or as a possessive."""
    start, word = match.start(), match.group("next")
    words = lexicons.tense()
    if match.group("mon") == "May" and not _possesses(text, match.end(), _may_figures()):
        return False  # "Theresa May's government", "May's deal": a name's
    if _DETERMINER_BEFORE.search(text, max(0, start - 6), start):
        return word is not None and len(word) >= 3 and word not in _month_noun_stops()
    if (
        word is not None
        and word not in _month_noun_stops()
        and _POSSESSIVE_BEFORE.search(text, max(0, start - 4), start)
    ):
        # "the Fed's June meeting", "OPEC+'s December output cut": a possessor's event or
        # figures of that month; "Carter's June tour" too, but not "Smith's June sale was a
        # gift" unless its noun is one of a month's events or figures
        words_after = _MODIFIED.match(text, match.end())
        nouns = _possessed_nouns()[2]
        return words_after is not None and not nouns.isdisjoint(words_after.group(1).split())
    if _SUPERLATIVE_BEFORE.search(text, max(0, start - 24), start) and (
        word not in _NOT_A_SUPERLATIVE_MONTH
    ):
        # "It was the hottest July on record": that month of a year its sentence names not
        # ("The hottest March on record came in 2016": that year's, left)
        opening = max(0, _sentence_opening(text, start))
        closing = min(
            (i for i in (text.find(stop, start) for stop in (". ", "? ", "! ", "\n")) if i >= 0),
            default=len(text),
        )
        return _YEAR_NOT_SINCE.search(text, opening, closing) is None
    if match.group("poss") is not None and _PREPOSITION_BEFORE.search(
        text, max(0, start - 10), start
    ):
        # "above July's inflation rate", "from March's peak": a month's figure or event
        # after a preposition; "with June's mother" is a name's
        return _possesses(text, match.end(), _possessed_nouns()[2])
    if not _opens_clause(text, start) and not _CLAUSE_LEAD_BEFORE.search(
        text, max(0, start - 6), start
    ):
        return False
    if match.group("poss") is not None:
        return True
    if word in words.month_subject_verbs and not _named_subject(text, match.end()):
        return True
    return _figures_after(text, match.end())  # "January exports fell", "said December
    # traffic rose": the month's figures


_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:[Tt]he|its|their|this)\s+(?:hott|warm|cold|cool|wett|dri|snowi|raini|sunni|stormi"
    r"|windi|mild|chilli|cloudi|calm|busi|slow|quiet|strong|weak|high|low|bigg|deadli)est\s+$"
)
"""Before a bare month, a superlative of weather or trade after a determiner: "the hottest
July", "their busiest December", "the wettest June" (not "the latest June quarter")."""
_NOT_A_SUPERLATIVE_MONTH = frozenset({"quarter", "quarters", "half", "issue"})
_NOT_A_SUPERLATIVE_MONTH |= {"day", "days", "night", "nights", "week", "weeks", "weekend"}
"""After such a month, nouns of another period or thing ("the busiest June quarter"), or of
a shorter one the superlative ranks across years ("the hottest February day in five
years")."""
_YEAR_NOT_SINCE = LazyPattern(r"(?<!since )\b(?:1[0-9]|20)\d\d\b")


def _opens_clause(text: str, start: int) -> bool:
    """Whether nothing but punctuation that opens a clause (not a comma, a hyphen, an
    apostrophe) stands before ``start``: a sentence's start, a quote, a bracket."""
    before = text[start - 1] if start else ""
    if before.isspace():
        before = text[start - 2] if start >= 2 else ""
    return not before or not (before.isalnum() or before == "_" or before in _NOT_A_CLAUSE_START)


@cache
def _month_noun_stops() -> frozenset[str]:
    return frozenset(lexicons.tense().month_noun_not_before)


_COPULA_THEN = LazyPattern(r"\s+(?:was|is|had\s+been|has\s+been|will\s+be)\s+([a-z]+)\b")


def _named_subject(text: str, end: int) -> bool:
    """Whether a month before a passive is a person: "June was arrested", "April had been
    born"; "January was cold", "March was the wettest" stay months."""
    then = _COPULA_THEN.match(text, end)
    if then is None:
        return False
    word = then.group(1)
    return word.endswith("ed") or word in _participles()


@cache
def _participles() -> frozenset[str]:
    return frozenset((*lexicons.tense().irregular_participles, "born"))


_DAYS_OF_EACH_MONTH = LazyPattern(
    rf"\b[Tt]he\s+(?:(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)|(?P<dw>{_DAY_WORDS}))"
    rf"(?:\s+(?:and|&)\s+(?:the\s+)?(?:(?P<d2>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
    rf"|(?P<dw2>{_DAY_WORDS})))?(?:\s+days?)?\s+of\s+$"
)
"""Before "each month" or "every month", one or two days of it: "the 1st of each month",
"the first of every month", "the 1st and 15th of each month", "the 15th day of every
month"."""


_OF_A_SPAN = LazyPattern(r"\s+of\s+(?!the\s+(?:year|month|week|decade)\b)")
"""After "the first day (week, year)", "of" and a span other than a calendar's unit: "the
first day of the trial", "the first year of his presidency"."""


def _first_of_a_span(text: str, match: re.Match[str]) -> bool:
    """Whether the "past_duration" ``match`` is "the first" and one unit with no count before
    "of" and a span of its own (``_OF_A_SPAN``): a place in that span, no length of time
    ("the first two days of the sale" is one)."""
    if (match.group("shift") or "").lower() != "first" or match.group("n"):
        return False
    unit = (match.group("unit") or "").lower()
    return unit in _SINGLE_UNITS and _OF_A_SPAN.match(text, match.end()) is not None


_SINGLE_UNITS = frozenset({"day", "week", "month", "year", "night", "weekend"})
_ON_BEFORE = LazyPattern(r"\b[Oo]n\s+$")


def _on_an_end_of_a_span(text: str, match: re.Match[str]) -> bool:
    """Whether the "past_duration" ``match`` is "the last" or "the first" and one unit with
    no count right after "on": the end of a span named before ("winning the final on the
    last day" of the Games), no stretch up to publication ("over the last day" stays)."""
    if (match.group("shift") or "").lower() not in ("last", "first") or match.group("n"):
        return False
    if match.group("prep") or (match.group("unit") or "").lower() not in _SINGLE_UNITS:
        return False
    start = match.start("date")
    return _ON_BEFORE.search(text, max(0, start - 4), start) is not None


def _days_of_each_month(text: str, match: re.Match[str]) -> tuple[Expression, ...]:
    """The monthly sets of days before the set "each (every) month" ``match``: the day of
    each month (``XXXX-XX-01``), two when two are joined (the first ends at its day);
    none where no day of it stands right before it."""
    if (match.group("unit") or "").lower() != "month" or match.group("n"):
        return ()
    start = match.start()
    days = _DAYS_OF_EACH_MONTH.search(text, max(0, start - 60), start)
    if days is None:
        return ()
    quant = ("quant", match.group("quant"))
    first, second = _month_day(days, "d", "dw"), _month_day(days, "d2", "dw2")
    if first is None:
        return ()
    if second is None:
        return (Expression(days.start(), match.end(), "set", (quant, ("mday", first[0]))),)
    return (
        Expression(days.start(), first[1], "set", (quant, ("mday", first[0]))),
        Expression(second[2], match.end(), "set", (quant, ("mday", second[0]))),
    )


def _month_day(days: re.Match[str], digits: str, word: str) -> tuple[str, int, int] | None:
    """The day of ``days`` in group ``digits`` ("15th") or ``word`` ("fifteenth"), and
    where it is written, None when neither matched."""
    if (day := days.group(digits)) is not None:
        return day, days.end(digits) + 2, days.start(digits)  # "st", "nd", "rd", "th"
    if (spelled := days.group(word)) is not None:
        return str(_ORDINAL_DAYS[spelled.lower()]), days.end(word), days.start(word)
    return None


def _phrase(match: re.Match[str]) -> Expression:
    """The expression a match of "phrases" stands for: "by year-end" as "the end of the year",
    "the year-ago quarter" as "a year earlier", "this past weekend" as "last weekend", "on
    the 15th" as its day."""
    start, end = match.span()
    if match.group("end") is not None:  # "by month-end": the end of this month
        unit = match.group("eunit")
        if (year := match.group("ey")) is not None:  # "by year-end 2025": that year's end
            return Expression(start, end, "edge", (("edge", "end"), ("y", year)))
        return Expression(start, end, "edge", _YEAR_END if unit == "year" else _edge_of(unit))
    if (unit := match.group("mid")) is not None:  # "by mid-month": this month's middle
        return Expression(
            start, end, "edge", (("edge", "middle"), ("shift", "the"), ("unit", unit))
        )
    if (day := match.group("d")) is not None:
        return Expression(*match.span("ml"), "month_less_day", (("d", day),))
    if (same := match.group("spart") or match.group("sunit")) is not None:
        # "charged the same day", "The same week, ...": the one of the date named before
        same_as: tuple[tuple[str, str], ...] = (("n", "0"), ("dir", "later"), ("ref", "1"))
        if same == "day" or match.group("sunit"):
            return Expression(start, end, "ago", (*same_as, ("unit", same)))
        return Expression(start, end, "ago", (*same_as, ("unit", "day"), ("part", same)))
    if (year := match.group("tdy")) is not None:  # "On this day in 1945": its day then
        return Expression(start, end, "this_day_in", (("y", year),))
    if match.group("ytd") is not None:  # "year-to-date": this year, up to the publication
        return Expression(
            start, end, "relative_unit", (("shift", "this"), ("unit", "year"), _TO_DATE)
        )
    if (unit := match.group("tunit") or match.group("tunit2")) is not None:
        # "later in the week", "Later that year", "That month,": the one named before
        way = (match.group("edir") or "later").lower()
        groups: tuple[tuple[str, str], ...] = (("n", "0"), ("unit", unit), ("dir", way))
        if "hat " in match.group():  # "that year": never this year by default
            groups = (*groups, ("ref", "1"))
        return Expression(start, end, "ago", groups)
    if (part := match.group("tpart") or match.group("tpart2")) is not None:
        # "Later that day", "That night,": the day of the date named before (no days on)
        way = (match.group("edir") or "later").lower()
        return Expression(
            start, end, "ago", (("n", "0"), ("unit", "day"), ("dir", way), ("part", part))
        )
    if match.group("unit") is None and match.group("wd") is None and match.group("mon") is None:
        return Expression(start, end, "ago", _YEAR_EARLIER)
    group = next(g for g in ("unit", "wd", "mon") if match.group(g) is not None)
    rule = {"unit": "relative_unit", "wd": "weekday", "mon": "shift_month"}[group]
    groups = (("shift", "past"), (group, match.group(group)))
    return Expression(match.start(), match.end(), rule, groups)


_YEAR_EARLIER = (("n", "a"), ("unit", "year"), ("dir", "earlier"))
_YEAR_END = (("edge", "end"), ("shift", "the"), ("unit", "year"))


def _edge_of(unit: str) -> tuple[tuple[str, str], ...]:
    return (("edge", "end"), ("shift", "the"), ("unit", unit))


_YEAR_BACK = frozenset(
    {
        (("n", "a"), ("unit", "year"), ("dir", "ago")),
        (("n", "a"), ("unit", "year"), ("dir", "earlier")),
        (("shift", "last"), ("unit", "year")),
    }
)
"""The groups of the ways of saying "a year before" after "the same period"."""
_DEEP_COUNT = re.compile(r"\d{2,3}(?:,\d{3})+|\d{5,}")
"""A count of years ago no calendar reaches: 10,000 and more."""
_YEAR_BACK_RULES = frozenset({"ago", "relative_unit"})
_SAME_PERIOD = LazyPattern(r"\b[Tt]he\s+same\s+(?:period|quarter|month|half|time)\s+$")


def _same_period_before(text: str, start: int, groups: tuple[tuple[str, str], ...]) -> int:
    """Where "the same quarter" starts right before "a year ago", "a year earlier" or "last
    year" at ``start`` (the expression's ``groups``); 0 when it is not there."""
    if text.find("same", max(0, start - 24), start) < 0:
        return 0  # most: no "same" right before
    if tuple((k, v.lower()) for k, v in groups) not in _YEAR_BACK:
        return 0
    same = _SAME_PERIOD.search(text, max(0, start - 24), start)
    return same.start() if same else 0


_FREQUENCY_BEFORE = LazyPattern(r"\b(?:once|twice|(?:two|three|four|five|six|ten)\s+times)\s+$")


def _with_frequency(text: str, match: re.Match[str]) -> Expression:
    """A frequency adverb, from the count right before it: "twice daily", "three times weekly"
    (group "freq2")."""
    adjective = match.group("adj")
    every: tuple[tuple[str, str], ...] = (("every", match.group("every")),)
    if adjective is not None:  # "quarterly dividends": the noun after it is read
        every = (("every", adjective), ("noun", match.group("noun")))
    count = _FREQUENCY_BEFORE.search(text, max(0, match.start() - 16), match.start())
    if count is None:
        return Expression(match.start(), match.end(), "frequency", every)
    written = count.group().rstrip()
    return Expression(count.start(), match.end(), "frequency", (("freq2", written), *every))


def _weekday_pair(match: re.Match[str]) -> tuple[Expression, Expression]:
    """ "every Tuesday and Thursday", "on Saturdays and Sundays": a set of each weekday."""
    plural = match.group("wds") is not None
    quant: tuple[tuple[str, str], ...] = () if plural else (("quant2", match.group("quant2")),)
    if not plural and match.group("wstep"):  # "every other Tuesday and Thursday": each's step
        quant = (*quant, ("wstep", match.group("wstep")))
    first, second = ("wds", "wds2") if plural else ("wd", "wd2")
    s = 1 if plural else 0  # the plural "s" after each name
    return (
        Expression(
            match.start(), match.end(first) + s, "every_day", (*quant, ("wd", match[first]))
        ),
        Expression(
            match.start(second), match.end(second) + s, "every_day", (*quant, ("wd", match[second]))
        ),
    )


def _group_names(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The name of each group of ``pattern`` by number ("" for an unnamed one)."""
    names = [""] * pattern.groups
    for name, number in pattern.groupindex.items():
        names[number - 1] = name
    return tuple(names)


def _longest(expressions: Iterable[Expression]) -> list[Expression]:
    """Longest first, then earliest; no two kept expressions overlap."""
    kept: list[Expression] = []
    taken: list[tuple[int, int]] = []  # the kept (start, end), sorted: they never overlap
    for expr in sorted(expressions, key=lambda e: (-(e.end - e.start), e.start)):
        # Of the kept ones starting before this one ends, the last reaches furthest: this one
        # overlaps a kept one exactly when it overlaps that one.
        before = bisect_left(taken, (expr.end,))
        if before == 0 or taken[before - 1][1] <= expr.start:
            kept.append(expr)
            insort(taken, (expr.start, expr.end))
    return sorted(kept, key=lambda e: e.start)


def sentence_openers_lowered(text: str, sentence_starts: Iterable[int]) -> str:
    """``text`` with the capital of each sentence's first word lowered where that word opens
    date expressions in lower case: the rules spell "last", "in", "two" as mid-sentence, so
    "Last year, sales fell" would find no date. Only the calendar's ``openers`` are lowered
    (never "May", nor the "Theresa" of "Theresa May", which a guard reads), and the text
    keeps its length, so every offset holds."""
    pieces, done = [], 0
    for start in sentence_starts:
        word = _FIRST_WORD.match(text, start)
        if word is None or word.group(1).lower() not in _openers():
            continue
        at = word.start(1)
        if at < done:  # the same word, reached from a sentence start of blank space before it
            continue
        pieces += [text[done:at], text[at].lower()]
        done = at + 1
    return "".join([*pieces, text[done:]]) if pieces else text


_FIRST_WORD = re.compile(r"[\s\"'“‘(\[]*([A-Z][a-z]*)\b")
"""A sentence's first word, after any quotes or brackets, when it is capitalized."""


@cache
def _openers() -> frozenset[str]:
    return frozenset((*lexicons.calendar().openers, *lexicons.tense().count_openers))


_TITLE_WORDS = frozenset(
    (
        *lexicons.number_words().units,  # spelled counts: "Four", "Twelve", "Fifteen"
        *lexicons.number_words().tens,
        *lexicons.tense().count_openers,
        *(
            [
                "year",
                "years",
                "month",
                "months",
                "week",
                "weeks",
                "day",
                "days",
                "decade",
                "decades",
                "hour",
                "hours",
            ]
        ),
        *(
            [
                "last",
                "next",
                "past",
                "this",
                "over",
                "in",
                "for",
                "within",
                "the",
                "ago",
                "more",
                "than",
                "nearly",
                "almost",
                "every",
                "each",
                "other",
            ]
        ),
    )
)
"""Words a title-case headline capitalizes that the rules spell in lower case, lowered there
(``title_lines_lowered``): counts, units and their leads ("Over Four Years", "Last Year",
"Highest In Three Months"); no weekday's lead ("On Monday": a headline's tense tells no
side), nor "Today" (USA Today), nor "Later" ("28 Days Later")."""
TITLE_RULES = frozenset({"duration", "past_duration", "relative_unit", "ago", "set", "every_day"})
"""The rules a title-case headline's lowered words may make: a stretch, a unit counted from
publication ("Economy Grew 5% Last Year"), or a set ("Every Other Tuesday", "Every Two
Years"); their value needs no tense."""
_TITLE_WORD = re.compile(r"\b[A-Za-z][a-z]+\b")
_LOWER_WORD = re.compile(r"(?<![\w'\u2019])[a-z]{4,}")
"""A lower-case word of four letters or more, which no title-case headline holds."""


def title_lines_lowered(text: str) -> str:
    """``text`` with the ``_TITLE_WORDS`` of each title-case line lowered: a line (a
    headline) of 12 to 160 characters, not a sentence ending in a full stop, whose words of
    four letters or more past its first are all capitalized, with at least three capitalized
    words past its first ("Apple to Invest $500 Billion in U.S. Over Four Years"). The text
    keeps its length, so every offset holds."""
    pieces, done, at = [], 0, 0
    for line in text.split("\n"):
        begin, at = at, at + len(line) + 1
        if not 12 <= len(line) <= 160 or line.rstrip().endswith("."):
            continue
        first = _TITLE_WORD.search(line)
        if first is None or _LOWER_WORD.search(line, first.end()) is not None:
            continue
        words = _TITLE_WORD.findall(line, first.end())
        if sum(1 for w in words if w[0].isupper()) < 3:
            continue
        for word in _TITLE_WORD.finditer(text, begin, begin + len(line)):
            if word[0][0].isupper() and word[0].lower() in _TITLE_WORDS:
                pieces += [text[done : word.start()], text[word.start()].lower()]
                done = word.start() + 1
    return "".join([*pieces, text[done:]]) if pieces else text


def find_expressions(text: str, years: Iterable[Expression] = ()) -> list[Expression]:
    """Date expressions of ``text``, longest first, joined into ranges. ``years`` are the
    years and year ranges the number grammar found (and that are not counts)."""
    return list(_find(text, tuple(years)))


@lru_cache(maxsize=32)
def _find(text: str, years: tuple[Expression, ...]) -> tuple[Expression, ...]:
    # The component and record building read the same article: run the rules once.
    found = [e for e in _matches(text) if _plausible(text, e)]
    clocks = [e for e in found if e.rule == "clock"]
    if clocks:
        found += shared_meridiem_hours(text, clocks)
    joined = share_years(text, join_ranges(text, _longest([*found, *years])))
    if clocks:  # then again: "from 6 p.m. Thursday through noon Friday"
        joined = join_ranges(text, attach_times(text, joined))
    return tuple(_numeric_order(joined) if "/" in text else joined)


def _numeric_order(expressions: list[Expression]) -> list[Expression]:
    """Slashed dates with the order the article writes them in, as group "order" ("dm" or
    "md"), when one of them tells it ("23/05/2020": day first) and none contradicts it: alone,
    "06/05/2019" is June 5 in the US and 6 May elsewhere."""
    orders = {o for e in _numeric_days(expressions) if (o := _order(e)) is not None}
    if len(orders) != 1:
        return expressions
    written = (("order", orders.pop()),)
    return [_with_order(e, written) for e in expressions]


def _numeric_days(expressions: Iterable[Expression]) -> Iterable[Expression]:
    for expr in expressions:
        if expr.rule == "numeric_day" and expr.get("sep") == "/":
            yield expr
        elif expr.parts is not None:
            yield from _numeric_days(expr.parts)


def _order(expr: Expression) -> str | None:
    """ "dm" or "md" when a slashed date's numbers tell which is the day."""
    a, b = int(expr.get("a") or 0), int(expr.get("b") or 0)
    return "dm" if a > 12 >= b else "md" if b > 12 >= a else None


def _with_order(expr: Expression, order: tuple[tuple[str, str]]) -> Expression:
    if expr.parts is not None:
        first, second = (_with_order(part, order) for part in expr.parts)
        return expr._replace(parts=(first, second))
    if expr.rule == "numeric_day" and expr.get("sep") == "/":
        return expr._replace(groups=expr.groups + order)
    return expr


_AGED = re.compile(r"\baged\s+(?:between\s+)?(?:\d{1,3}\s*(?:[-\u2013]|to|and)\s*)?$")
"""Before an age's last number: "aged 18-24 years", "aged 65 years"."""


_TENS_BEFORE = re.compile(r"(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-$")


_SEASON_LEAD = LazyPattern(
    r"\b(?:in|by|since|until|till|through|from|during|before|after|to)\s+(?:the\s+)?$"
)


_WEEKDAY_WORD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_COMPOUND_JOIN = r"(?:-(?:to|through|thru|till|until)-|(?P<dash>[-\u2013]))"
_COMPOUND_NEXT = re.compile(rf"{_COMPOUND_JOIN}{_WEEKDAY_WORD}\b(?!-)")
_COMPOUND_LAST = re.compile(rf"\b{_WEEKDAY_WORD}{_COMPOUND_JOIN}$")
_DETERMINED = LazyPattern(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our)\s+$"
)


def _weekly_compound(text: str, expr: Expression) -> bool:
    """Whether a weekday is one end of a weekly span written as one word: "the
    Monday-to-Friday schedule", "a Monday-through-Friday job" (any "-to-" pair), "the
    Monday-Friday work week" (a bare hyphen after a determiner): the days of every week, no
    one day ("Rain is expected Monday-Friday" keeps its range)."""
    if expr.get("shift") or expr.get("part") or expr.get("mod"):
        return False
    following = _COMPOUND_NEXT.match(text, expr.end)
    first = expr.start
    if following is None:
        before = _COMPOUND_LAST.search(text, max(0, expr.start - 20), expr.start)
        if before is None:
            return False
        first, dash = before.start(), before.group("dash")
    else:
        dash = following.group("dash")
    return dash is None or _DETERMINED.search(text, max(0, first - 8), first) is not None


_ONE_DAY_FORMAT = re.compile(r"(?i:one)-day")
_FORMAT_AFTER = LazyPattern(
    r"\s+(?:(?i:internationals?|series|cricket|format|squad|side|captain|specialist|debut"
    r"|rankings?|cricketers?|career|cup)\b|ODIs?\b|World\s+Cup\b|Cup\b)"
)
"""After "one-day", what names cricket's limited-overs format, not a length of time ("a
one-day international", "the one-day series", "the one-day World Cup"); "a one-day strike",
"a one-day visit" stay P1D."""


def _plausible(text: str, expr: Expression) -> bool:
    """Guards a regex cannot express."""
    if expr.rule == "weekday" and (
        _in_a_name(text, expr)
        or _names_a_club(text, expr)
        or _INDEFINITE.search(text, max(0, expr.start - 6), expr.start)
        or _NTH_BEFORE.search(text, max(0, expr.start - 10), expr.start)
        or _weekly_compound(text, expr)
        or _habit_after(text, expr)
    ):
        return False  # "a Monday"; "every other Tuesday", "the second Tuesday": no one day
    if (
        expr.rule == "duration"
        and _ONE_DAY_FORMAT.fullmatch(text, expr.start, expr.end)
        and _FORMAT_AFTER.match(text, expr.end)
    ):
        return False  # "a one-day international", "the one-day series": a format, no length
    if text[expr.end - 9 : expr.end].lower().endswith(("century", "centuries")) and (
        _CENTURY_RUNS.match(text, expr.end)
        or _RUNS_VERB.search(text, max(0, expr.start - 24), expr.start)
    ):
        return False  # "made 10 century breaks", "has scored 30 centuries": runs or points
    if expr.get("n") and _TENS_BEFORE.search(text, max(0, expr.start - 8), expr.start):
        return False  # "Forty-two days later" (a capital the rules do not read): not "two days"
    if expr.rule == "relative_day" and expr.get("this") is not None:
        # "the last night of the festival", "his last night in office": no night of the story
        word = _WORD_BEFORE_ANY.search(text, max(0, expr.start - 8), expr.start)
        if word is not None and word[1].lower() in lexicons.tense().determiners:
            return False
    if expr.rule == "vague_ago":
        # "years ago" with no count: not the unit of a count the rule does not read
        # ("thirteen years ago", "twenty-five years ago", "100s of years ago" stay none)
        count = _WORD_BEFORE_ANY.search(text, max(0, expr.start - 16), expr.start)
        if (
            count is not None
            and expr.get("after") is not None
            and count[1].lower() in lexicons.tense().vague_unit_not_after
        ):
            return False  # "in the days after the election": a stretch named, not how long
        return count is None or (
            numbers.parse_number(count[1]) is None and text[expr.start - 1 : expr.start] != "-"
        )
    if expr.rule == "mod_season" and expr.get("bs") is not None:
        # "in early summer", "since mid-summer": a year-less one only after a preposition
        return _SEASON_LEAD.search(text, max(0, expr.start - 16), expr.start) is not None
    if expr.rule == "season" and expr.get("that") == "That" and expr.get("s4") == "fall":
        # "That fall, the family moved": not a tumble named before ("That fall broke his hip",
        # "That fall was serious")
        return text.startswith(",", expr.end)
    if expr.rule == "season" and (expr.get("s") or "").lower() == "fall":
        # "fall" is a season after a preposition or "the" ("in the fall of 2019", "by fall
        # 2021"), but a verb or a decline after others ("expected to fall this year", "saw a
        # fall this year"); "this fall", "last fall" are the season (group "s2")
        return _FALL_LEAD.search(text, max(0, expr.start - 12), expr.start) is not None
    if expr.rule == "clock" and expr.get("h24") is not None and expr.get("zone") is None:
        # "at 15:30", "until 09:00": not "a 2:30 ratio", "scored at 2:03 of the third period"
        return bool(_CLOCK_LEAD.search(text, max(0, expr.start - 12), expr.start)) and not (
            _GAME_CLOCK.match(text, expr.end)
            or _MARGIN_BY.search(text, max(0, expr.start - 16), expr.start)
        )
    if expr.rule == "century" and expr.get("cw") is not None:
        # "the fifth century": not "his first century" (a cricketer's 100 runs), nor "the
        # second century of the republic" (its own count)
        led = text.startswith(("the ", "The "), expr.start) or text.endswith(
            ("the ", "The "), 0, expr.start
        )  # "the fifth-century church": "the" is the church's
        return (
            led
            and not text.startswith(" of ", expr.end)
            and not _CENTURY_RUNS.match(text, expr.end)  # "the first century break"
        )
    if expr.rule == "day_part" and _hour_in().search(text, max(0, expr.start - 16), expr.start):
        return False  # "at 5 in the morning", "at five in the afternoon": the clock's
    if expr.rule == "clock" and expr.get("word") in lexicons.tense().day_part_words:
        # "at dawn", "before dusk on Sunday": not "the dawn of a new era", "dawn raids"
        return bool(_DAY_PART_LEAD.search(text, max(0, expr.start - 8), expr.start)) and not (
            _OF_AFTER.match(text, expr.end)
        )
    if expr.rule == "the_quarter" and (expr.get("qd") or expr.get("qd2")):
        # "the quarter ended Sept. 30": only a quarter's last day ("June 31" ends none)
        return _ends_a_quarter(expr)
    if expr.rule == "the_quarter" and not _among_figures(text, expr, expr.get("latest")):
        return False  # "scored 12 points in the quarter": a match's
    if expr.rule == "quarter" and expr.get("qo") and not expr.get("y") and _in_a_game(text, expr):
        return False  # "trailed by 15 in the second quarter": a match's
    if expr.rule == "half" and expr.get("h3") and not _bare_half_led(text, expr):
        return False  # "H1N1", "an H1 heading": not "in H1", "H1 profit"
    if (
        expr.rule == "half"
        and (expr.get("ho2") or expr.get("h3"))
        and not expr.get("fiscal")  # "the second half of fiscal 2023": a year's, written
        and not _among_figures(text, expr)
    ):
        return False
    if expr.rule in ("quarter", "half") and _OF_FISCAL.match(text, expr.end):
        # "the first quarter of fiscal 2024": a fiscal year's, whose months we cannot tell
        # (the fiscal year is a date of its own)
        return False
    if expr.rule == "frequency" and (noun := expr.get("noun")) is not None:
        # "six monthly instalments" counts instalments (or is "six-monthly"), and "2 billion
        # monthly active users" users
        count = _WORD_BEFORE_ANY.search(text, max(0, expr.start - 16), expr.start)
        return _set_noun(noun) and (
            count is None
            or (
                numbers.parse_number(count[1]) is None
                and count[1].lower() not in lexicons.number_words().scales
            )
        )
    if expr.rule == "frequency" and expr.get("freq2") is None:
        return _verb_before(text, expr.start)
    if expr.rule == "overnight":
        # "Overnight, rebels shelled" opening a clause, or "prices fell overnight." after a
        # past: not "an overnight stay", "the overnight rate" (the lookahead wants no noun
        # after it), nor "it will not happen overnight" (a manner, no night)
        if _DAY_AFTER.match(text, expr.end):
            return False  # "seized the town overnight on Thursday": the day's night, its date
        if expr.get("said") is None and _DATED_BEFORE.search(
            text, max(0, _sentence_opening(text, expr.start), expr.start - 240), expr.start
        ):
            return False  # "said in a statement on Friday that its systems were hacked overnight"
        if text[expr.start] == "O" or _CLAUSE_OPENS.search(
            text, max(0, expr.start - 6), expr.start
        ):
            return text.startswith(",", expr.end)
        return (
            _past_before(text, expr.start)
            or _weather_before(text, expr.start)
            or _past_with_object(text, expr.start)
        )
    if expr.rule == "present":
        # Capitalized past a sentence's start (whose opener is lowered), it is a name:
        # "Now Inc.", the NOW campaign group
        return text[expr.start : expr.end].islower()
    if expr.rule == "duration" and _fraction_of(text, expr):
        return False  # "a quarter of sales", "about a quarter", "three quarters of the staff"
    if expr.rule == "duration" and (expr.get("n") or "").lower() in ("a", "an"):
        # "125.5 million tonnes a year", "$5 a day" are rates, not durations; "for a year",
        # "in about a year" are durations.
        # "almost R1,000 a day": an amount right before it makes a rate, whatever leads it.
        # "announced a week after the vote": the stretch from an event (TimeML's duration)
        preceding = text[max(0, expr.start - 12) : expr.start]
        before = re.findall(r"[A-Za-z]+", preceding)
        led = bool(before) and before[-1].lower() in _DURATION_LEADS
        # "the best (better) part of a decade": nearly a decade
        led = led or _BEST_PART.search(text, max(0, expr.start - 20), expr.start) is not None
        # ... not a rate's "300 cars a week after the upgrade"
        from_event = _FROM_EVENT.match(text, expr.end) is not None and not _DIGIT.search(
            text, max(0, expr.start - 24), expr.start
        )
        return (led or from_event) and not _AMOUNT_BEFORE.search(preceding)
    if expr.rule == "duration" and _AGED.search(text, max(0, expr.start - 24), expr.start):
        return False  # an age: "aged 18-24 years", "aged between 18 and 24 years"
    if expr.rule == "relative_unit" and (expr.get("shift") or "") in ("last", "next"):
        # "the last week of his term": left by the past_duration below
        return not _THE_BEFORE.search(text, max(0, expr.start - 5), expr.start)
    if expr.rule == "past_duration" and _OF_AFTER.match(text, expr.end):
        # "the last week of his term", "the last two weeks of December": a part of what
        # follows, not a stretch up to publication (a count is left a duration: "two weeks")
        return (expr.get("shift") or "") != "last"
    # "24 hours a day", "seven days a week": always, no stretch of time
    return not (expr.rule in ("duration", "hr_duration") and _whole_period(text, expr))


def _fraction_of(text: str, expr: Expression) -> bool:
    """Whether a duration of quarters is a fraction: "three-quarters of a point", "a quarter
    of sales", "about a quarter", "more than a quarter" (``Tense.fraction_leads``); "in a
    quarter", "in about a quarter", "for two quarters" stay periods."""
    if not (expr.get("unit") or "").lower().startswith("quarter"):
        return False
    if "-" in text[expr.start : expr.end] or _OF_AFTER.match(text, expr.end):
        return True
    if (expr.get("n") or "").lower() not in ("a", "an"):
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, expr.start - 24) : expr.start])[-2:]
    words = lexicons.tense()
    return (
        bool(before)
        and before[-1].lower() in words.fraction_leads
        and (len(before) < 2 or before[0].lower() not in words.fraction_time_leads)
    )


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_OF_BEFORE = re.compile(r"(?<!\bcourse )(?<!\bspan )(?<!\bspace )\bof\s+$")
"""An "of" right before a date ("the worst of the last century"); not a stretch's ("over the
course of the last century": 100 years)."""
_LAST_CENTURY = (("shift", "last"), ("unit", "century"))
_BEST_PART = re.compile(r"\b(?:best|better)\s+part\s+of\s+$")
_DIGIT = LazyPattern(r"\d")
# ... or a name: "a week before Christmas", "a day after Thanksgiving"
_FROM_EVENT = re.compile(r"\s+(?:after|before)\s+(?:(?:the|a|an|his|her|its|their)\b|[A-Z][a-z])")
_PER_PERIOD = re.compile(r"\s+(?:a|an|per)\s+(day|week|month|year)\b")
_IN_PERIOD = {
    ("hour", "day"): 24,
    ("hour", "week"): 168,
    ("day", "week"): 7,
    ("day", "year"): 365,
    ("week", "year"): 52,
    ("month", "year"): 12,
}
"""How many of a unit fill a period: "24 hours a day" is all of every day."""


def _whole_period(text: str, expr: Expression) -> bool:
    """Whether the duration ``expr`` fills the period named after it ("24 hours a day",
    "seven days a week", "365 days a year"), a way of saying always; "10 hours a day" stays a
    duration."""
    per = _PER_PERIOD.match(text, expr.end)
    if per is None:
        return False
    hours = expr.get("hn") if expr.get("mn") is None else None  # "24 hrs a day"
    unit = "hour" if hours else (expr.get("unit") or "").lower().rstrip("s")
    whole = _IN_PERIOD.get((unit, per.group(1).lower()))
    return whole is not None and numbers.parse_number(hours or expr.get("n") or "") == whole


_FALL_LEAD = LazyPattern(
    r"\b(?:in|by|until|till|since|from|through|during|before|after|of|the|early|late|mid)[\s-]+$"
)
_MONTH_BEFORE = LazyPattern(rf"\b{_FULL_MONTHS}, $")


_WORD_BEFORE_ANY = LazyPattern(r"([\w.,]+)[ ]+$")
_WORD_BEFORE = LazyPattern(r"(?<![\w-])([a-z]+)[ ]+$")
_ARTICLE_BEFORE = LazyPattern(r"\b(?:the|a|an)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def _set_noun(word: str) -> bool:
    """Whether the lower-case word after "weekly", "monthly", "quarterly" is a noun it
    qualifies ("quarterly dividends", "monthly payments"): not a verb that makes it a
    periodical ("the weekly said", "the monthly reported"), nor a periodical's noun ("a weekly
    magazine"), which ``Tense.frequency_not_before`` lists."""
    if word in lexicons.tense().frequency_not_before:
        return False
    return not (word.endswith("ed") and word not in lexicons.calendar().not_past_ed)


_CLAUSE_OPENS = LazyPattern(r"(?:^|[.;:]\s+|\band\s+|\bbut\s+)$")


def _past_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a past tense or participle ("fell",
    "voted", "held")."""
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if word is None:
        return False
    verb, calendar = word[1], lexicons.calendar()
    if len(verb) >= 4 and verb.endswith("ed") and verb not in calendar.not_past_ed:
        return True
    return verb in calendar.past_cues or verb in lexicons.tense().irregular_past


_WORDS_BEFORE = LazyPattern(r"((?:\w[\w'\u2019-]*(?:[.,]\d+)*[ ]+){1,10})$")
_NOT_OF_A_NIGHT = frozenset({"became", "changed", "transformed", "turned", "made", "earned"})
"""Past verbs after which "overnight" is a manner, sudden, as often ("became a star
overnight", "made millions overnight")."""
_OBJECT_STOPS = frozenset(
    {"will", "would", "can", "could", "may", "might", "must", "shall", "should", "not"}
    | {"never", "to", "that", "which", "who", "and", "but", "or", "is", "are", "was", "were"}
    | {"be", "been", "being", "has", "have", "had", "do", "does", "did", "said", "says"}
)
"""Between a past verb and "overnight", words that end its clause or bring another verb
("said prices will not fall overnight")."""
_DATED_BEFORE = LazyPattern(
    rf"\b(?:{_FULL_MONTHS}|{_WEEKDAYS}|(?:1[89]|20)\d\d|yesterday|ago|last\s+(?:week|month|year))\b"
)
"""Earlier in its sentence, a date whose night "overnight" may be ("in January, when it got
down to minus ten degrees overnight"), not the publication's."""
_SAID_DAY = LazyPattern(
    rf"\b(?:said|says|told\s+\w+|reported|announced)\s+(?:on\s+)?(?P<wd>{_WEEKDAYS}|yesterday)\b"
)
"""A saying dated by its weekday: the night "overnight" is in its sentence is the one before
that day ("Firefighters battled the blaze overnight, police said Tuesday")."""
_DAY_AFTER = LazyPattern(rf"\s+(?:on|into)\s+(?:{_WEEKDAYS}|{_FULL_MONTHS})\b")
"""A day right after "overnight" ("overnight on Thursday", "overnight into Sunday"): its date."""


def _sentence_opening(text: str, start: int) -> int:
    """Where the sentence holding ``start`` opens (the offset of its stop before, or -1)."""
    return max(text.rfind(stop, 0, start) for stop in (". ", "? ", "! ", "\n"))


def _said_day(text: str, start: int, end: int) -> tuple[tuple[str, str], ...]:
    """The weekday of a saying in the sentence of "overnight" at ``start``..``end`` ("the air
    force said Monday", "The army said on Saturday that"), as the group ``said``; none when
    no saying of that sentence is dated so."""
    opening = max(0, _sentence_opening(text, start), start - 240)
    closing = min(
        (i for i in (text.find(s, end) for s in (". ", "? ", "! ", "\n")) if i >= 0),
        default=len(text),
    )
    found = _SAID_DAY.search(text, opening, min(closing + 1, end + 240))
    return (("said", found["wd"]),) if found is not None else ()


_TO_LEVEL = frozenset({"minus", "the", "a", "an", "its", "their", "about", "around", "nearly"})
"""After "to", words of a level or a place, not a verb ("fell to minus 2 degrees")."""


def _past_with_object(text: str, start: int) -> bool:
    """Whether a past verb and its object of up to nine words stand right before ``start``:
    "Rebels attacked the town overnight", "Israeli jets struck targets in Gaza overnight"
    (not "became a household name overnight", a manner, nor "said prices will not fall
    overnight")."""
    found = _WORDS_BEFORE.search(text, max(0, start - 96), start)
    if found is None:
        return False
    words = found[1].split()
    for i in range(len(words) - 1, 0, -1):  # the word right before is ``_past_before``'s
        word = words[i - 1]
        if word == "to" and (words[i] in _TO_LEVEL or words[i][0].isdigit()):
            continue  # "fell to minus 2 degrees Celsius overnight": a level, no infinitive
        if word.lower() in _OBJECT_STOPS or "n't" in word or "n\u2019t" in word:
            return False
        if word.islower() and _past_before(word + " ", len(word) + 1):
            return word not in _NOT_OF_A_NIGHT
    first = words[0]
    # "opened six shelters, housing nearly 972 people overnight": a participle's clause set
    # off by a comma, its object after it
    return (
        len(words) > 1
        and len(first) >= 6
        and first.endswith("ing")
        and first.islower()
        and first not in _NOT_OF_A_NIGHT_ING
        and text.endswith(", ", 0, found.start())
    )


_NOT_OF_A_NIGHT_ING = frozenset({"becoming", "changing", "transforming", "turning", "making"})
"""Participles after which "overnight" is a manner ("..., becoming a star overnight")."""


_WEATHER_REACH = 40
"""Most characters between a weather word and "overnight" ("Temperatures will drop overnight")."""
_WEATHER_STRUCK = frozenset({"hit", "struck", "passed", "moved", "arrived"})
"""Verbs of weather in the past (or a present of no "-s": "The storm hit overnight")."""


def _weather_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a verb of the weather (tense.json
    ``weather_verbs``) and a weather word (``weather_subjects``) stands shortly before it:
    "Temperatures will drop overnight", "Rain will continue overnight"; not "Prices will not
    fall overnight" (a manner)."""
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    lists = lexicons.tense()
    if word is None or (word[1] not in lists.weather_verbs and word[1] not in _WEATHER_STRUCK):
        return False
    before = text[max(0, word.start() - _WEATHER_REACH) : word.start()].lower()
    return any(w in lists.weather_subjects for w in re.findall(r"[a-z]+", before))


def _verb_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a past tense or participle ("published",
    "paid"), a present's "-s" ("meets", "publishes") or "open", which makes "daily" after it an
    adverb: "the daily said" is a newspaper, and so is "a state-owned daily" and "a privately
    owned daily" (an article within three words), and "business daily"."""
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if word is None:
        return False
    verb = word[1]
    if len(verb) >= 4 and verb.endswith("s") and not verb.endswith(("ss", "us", "is", "ews")):
        return True  # "The board meets monthly"
    if verb == "open":
        return True  # "The museum is open daily from 9am", as "opens daily" is
    if _ARTICLE_BEFORE.search(text, max(0, start - 40), start):
        return False
    calendar = lexicons.calendar()
    if len(verb) >= 4 and verb.endswith("ed") and verb not in calendar.not_past_ed:
        return True
    return verb in calendar.past_cues


_CLOCK_LEAD = LazyPattern(
    r"\b(?:at|by|from|until|till|to|before|after|around|about|since|between|and)\s+$",
    re.IGNORECASE,
)
_DAY_PART_LEAD = LazyPattern(r"\b(?:at|by|before|after|until|till|from|since|around|to)\s+$")
_GAME_CLOCK = LazyPattern(
    r"\s+(?:of|into|left|remaining|mark|minutes?|overall|behind|ahead|back|clear)\b"
)
_MARGIN_BY = LazyPattern(
    r"\b(?:trail(?:s|ed|ing)?|lead(?:s|ing)?|led|won|wins?|beat(?:s|en)?|ahead|behind)\s+by\s+$",
    re.IGNORECASE,
)
"""A race's or a game's margin before a time ("trails by 5:19", "won by 1:08"): no clock."""
_CAPITAL_AFTER = re.compile(r"[ ]+([A-Z][a-z]+)")
_CAPITAL_BEFORE = re.compile(r"([A-Z][a-z]+)[ ]+$")
# A newspaper title around a weekday ("the Independent on Sunday"), whose name is the words
# before it in ``named_days``; after "in" or "across" a place name is the place ("snow fell
# in Scotland on Sunday").
_TITLE_BEFORE = re.compile(r"(?:\b(in|across|throughout) )?\b([A-Z][a-z]+ on) $")


_QUARTER_LAST_DAYS = {3: 31, 6: 30, 9: 30, 12: 31}


def _ends_a_quarter(expr: Expression) -> bool:
    """Whether the day after "the quarter ended" is a calendar quarter's last day."""
    name = (expr.get("qmon") or expr.get("qmon2") or "").rstrip(".")[:3].lower()
    month = {"mar": 3, "jun": 6, "sep": 9, "dec": 12}.get(name, 0)
    return _QUARTER_LAST_DAYS.get(month) == int(expr.get("qd") or expr.get("qd2") or 0)


def _sentence_of(text: str, expr: Expression) -> tuple[int, int]:
    """The rough sentence around ``expr`` (from a ". " or a line break to the next), which
    a word list is searched in."""
    start = max(text.rfind(". ", 0, expr.start), text.rfind("\n", 0, expr.start)) + 1
    end = min(
        (i for i in (text.find(". ", expr.end), text.find("\n", expr.end)) if i >= 0),
        default=len(text),
    )
    return start, end


_HALF_LEADS = LazyPattern(r"\b(?:in|for|during)\s+$")


def _bare_half_led(text: str, expr: Expression) -> bool:
    """Whether a bare "H1" ("H2") is a half: after "in", "for", "during" ("rose in H1"), or
    right before a word of ``Tense.half_figures`` ("H1 profit rose", "its H2 revenue")."""
    if _HALF_LEADS.search(text, max(0, expr.start - 8), expr.start):
        return True
    return text.startswith(" ", expr.end) and _half_figures().match(text, expr.end + 1) is not None


_PERCENTAGE = LazyPattern(r"\d\s?(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)")
"""A percentage in figures ("rose 5-8%", "23.5 per cent"): a year's figure, not a match's."""

_AMOUNT = LazyPattern(r"[$\u20ac\u00a3\u00a5]\s?\d")
"""A sum of money in figures ("$3 million", "\u20ac2.1 billion")."""


def among_figures(text: str, expr: Expression) -> bool:
    """``_among_figures`` for the date component: "Profit in the first half of the year
    rose" (in March: last year's, ended) but not "spent the first half of the year abroad"."""
    return _among_figures(text, expr)


def _among_figures(text: str, expr: Expression, latest: str | None = None) -> bool:
    """Whether a year-less half has one of ``Tense.half_figures`` right after it or in its
    sentence ("In the first half, revenue rose"): a match has halves, a year has figures;
    "the latest quarter" also beside a sum of money ("earned $3 million in the latest
    quarter"), as no match's is."""
    bounds = _sentence_of(text, expr)
    if latest and _AMOUNT.search(text, *bounds):
        return True
    return _half_figures().search(text, *bounds) is not None


_CENTURY_RUNS = LazyPattern(r"[ \u00a0]+(?:breaks?|partnerships?|stands?)\b")
"""After "century": a cricket stand or a snooker break of a hundred, no hundred years."""
_RUNS_VERB = LazyPattern(
    r"\b(?:scored|scores|scoring|made|makes|hit|hits|struck|compiled|notched|registered)"
    r"(?:[ \u00a0]+(?:his|her|their|a|an|the))?[ \u00a0]+$",
    re.IGNORECASE,
)
"""Before a count of centuries, a verb of scoring them ("has scored 30 centuries")."""


def _in_a_game(text: str, expr: Expression) -> bool:
    """Whether the sentence of ``expr`` holds a word of a match (``Tense.game_words``) or a
    score after a verb of a match ("led 14-7 at the end of the first quarter")."""
    bounds = _sentence_of(text, expr)
    # Each search tries its alternation at every position of the sentence (some 50 us for a
    # long one): a cheap test first, for the words (``scan.may_hold``) or the score's digits
    if scan.may_hold(text, _game_word_bytes(), *bounds) and _game_words().search(text, *bounds):
        return True
    if _SCORE_DIGITS.search(text, *bounds) and _GAME_SCORE.search(text, *bounds):
        return True
    # a match report names its score once ("beat the Suns 118-111 on Monday") and its
    # quarters anywhere ("four 3-pointers in the fourth quarter"): there, a quarter in a
    # sentence without figures of a year (revenue, profit, a sum, a percentage) is the game's
    return (
        _reports_a_match(text)
        and not _among_figures(text, expr, "latest")
        and _PERCENTAGE.search(text, *bounds) is None
    )


_GAME_SCORE = LazyPattern(
    r"\b(?:led|leads|leading|trailed|trailing|trail|won|beat|beating|tied|lost)"
    r"(?:\s+(?:[A-Za-z]+|\d+))?\s+\d{1,3}[-\u2013]\d{1,3}"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:at|in|on|with|after|before|against|over|to|and|as|when|into"
    r"|heading|entering|early|late|midway|through)\b)"
    r"|\b(?:led|leading|trailed|trailing|won|lost)\s+by\s+\d{1,3}\s+(?:points|goals|runs)\b"
)
"""A match's score after its verb and at most one word ("led 14-7", "beat Boston 102-98")
and before punctuation or a preposition; not a range of figures ("led 3-4% higher", "won
10-12 contracts"); or a margin ("led by 12 points", "won by two goals" is spelled: none)."""
_SCORE_DIGITS = LazyPattern(r"\d(?:[-\u2013]\d|\s+(?:points|goals|runs)\b)")
"""What every match of ``_GAME_SCORE`` holds, a score or a margin (keep in sync): a cheap
search (a digit first) before it."""


_MATCH_RESULT = LazyPattern(
    r"\b(?:beat|beats|beating|defeated|defeats|edged|edges|routed|routs|downed|downs|tied"
    r"|drew|won|lost|(?:rallied|rallies|rally|held|holds|hold|cruised|cruise|cruises)"
    r"\s+(?:past|off|by))"
    r"(?:\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*|\d+ers)){0,4}\s+\d{1,3}[-\u2013]\d{1,3}(?![-\u2013\d%])"
    r"(?!\s+(?:[a-z]+\s+)?(?:percent|per\s+cent|votes?|margin|majority|contracts?|seats?)\b)"
)
"""A match's result anywhere in an article: a verb of winning or losing, at most four
capitalised words (a team: "beat the Phoenix Suns 118-111", "rally past Suns 118-111", "beat
the San Francisco 49ers 25-22"), then
the score; not a vote ("won 52-48 in the Senate" has no team between, but "won 52-48 votes"
is kept out, as are percentages and seats)."""


@lru_cache(maxsize=4)
def _reports_a_match(text: str) -> bool:
    """Whether ``_MATCH_RESULT`` is anywhere in ``text``: read once per text, not again for
    each year-less quarter of a story, and only where one of its verbs is written (it is
    case-sensitive, and starts with a word boundary and a verb): a search of the whole text
    tries its alternation at every position, five times the cost of ``str.find`` and a
    match at each such place."""
    match = _MATCH_RESULT.match
    for verb in _RESULT_VERBS:
        at = text.find(verb)
        while at >= 0:
            if match(text, at) is not None:
                return True
            at = text.find(verb, at + 1)
    return False


_RESULT_VERBS = (
    "beat", "defeat", "edge", "rout", "down", "tied", "drew", "won", "lost", "rall", "held",
    "hold", "cruise",
)  # fmt: skip
"""The starts of the verbs ``_MATCH_RESULT`` opens with (keep in sync)."""


@cache
def _game_words() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in lexicons.tense().game_words)
    return re.compile(rf"\b(?i:{words})\b")


@cache
def _game_word_bytes() -> tuple[bytes, ...]:
    """``_game_words``' words for ``scan.may_hold`` (spaces, hyphens and digits read as
    themselves under ``(?i:)``); a word not lower-case ASCII makes the test always pass."""
    words = lexicons.tense().game_words
    if not all(w.isascii() and w == w.lower() for w in words):
        return (b"",)
    return tuple(w.encode("ascii") for w in words)


@cache
def _hour_in() -> re.Pattern[str]:
    """An hour right before "in" ("5 in the morning", "five o'clock in the evening")."""
    hours = "|".join(lexicons.tense().hour_words)
    return re.compile(rf"(?:\b(?:\d\d?|{hours})|o['\u2019]clock)\s+in\s+$", re.IGNORECASE)


@cache
def _half_figures() -> re.Pattern[str]:
    words = "|".join(lexicons.tense().half_figures)
    return re.compile(rf"\b(?i:{words})\b")


_FISCAL = LazyPattern(r"\b[Ff]iscal[\s-]+$")
_OF_FISCAL = LazyPattern(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|this\s+)?"
    r"(?:(?:current|next|last|previous|prior|coming|same)\s+)?"
    r"(?:(?:19|20)\d\d(?:[-/\u2013](?:19|20)?\d\d)?\s+)?(?:fiscal|financial|FY)"
)
"""After a quarter: "the first quarter of fiscal 2024", "Q1 of FY24", "the second half of the
current fiscal year", "of the 2023/24 financial year" (its months unknown)."""
_YEAR_TO_RULES = frozenset({"month", "month_year", "month_day", "month_day_year"})
_YEAR_TO_RULES |= {"day_month", "day_month_year"}
_YEAR_TO_ENDS = (" year to ", " year through ")
_YEAR_TO = LazyPattern(r"(?<![\w-])[Tt]he\s+(year)\s+(?:to|through)\s+$")
"""Before a month, a day or a month's end: "the year to March", "the year through June 30",
"the year to the end of March" (not "the financial year to March", a fiscal year's, nor "last
year to March")."""
_ONE_YEAR = (("n", "one"), ("unit", "year"))


_QUARTER_ENDS_IN = LazyPattern(
    r",?\s+(?:(?:which|that)\s+(?:ends|ended|will\s+end)|ending|ended)\s+(?:in\s+|on\s+)?"
    rf"(?:(?:early|mid|late)[\s-]+)?(?P<mon>{_FULL_MONTHS}|{_SHORT_MONTHS})(?!\w)"
)
"""After a quarter, the month it ends: ", which ends in late March", "ending in January",
"ended Jan. 31"."""
_ORDINAL_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINAL_QUARTERS |= {"fourth": 4, "4th": 4, "final": 4, "last": 4}


def _fiscal_end(text: str, end: int, match: re.Match[str]) -> bool:
    """Whether the year-less quarter ``match`` ("the third quarter") is told to end in a month
    that ends no such calendar quarter ("the third quarter, which ends in late March", "its
    fourth quarter ended Jan. 31"): a company's fiscal quarter, whose months and year the
    calendar does not give; "the fourth quarter, which ends in December" stays the calendar's."""
    if match.group("y") or match.group("rel") or not text.startswith((",", " "), end):
        return False
    ends = _QUARTER_ENDS_IN.match(text, end)
    if ends is None:
        return False
    q = int(match.group("q") or match.group("q2") or 0)
    q = q or _ORDINAL_QUARTERS.get((match.group("qo") or "").lower(), 0)
    month = lexicons.calendar().months.get(ends["mon"].lower().rstrip("."), 0)
    return q > 0 and month > 0 and month != 3 * q


_OF_FISCAL_YEAR = LazyPattern(
    rf"\s+of\s+(?:fiscal(?:\s+year)?\s+|financial\s+year\s+|FY\s?)(?P<y>{_YEAR}|\d\d)\b(?![-/\u2013]\d)"
    rf"|(?:(?<=Q[1-4])|(?<=[1-4]Q)|(?<=H[12])|(?<=[12]H))(?:\s+fiscal\s+|\s*FY\s?)(?P<y2>{_YEAR}|\d\d)"
    rf"(?:[-/](?P<end>\d\d)\b|\b(?![-/\u2013]\d))"
    rf"|\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<y3>{_YEAR})(?:[-/\u2013](?P<end3>\d\d|{_YEAR}))?"
    rf"\s+(?:fiscal|financial)\s+year\b"
)
"""The fiscal year a quarter or half belongs to: "of fiscal 2024", "of FY24", "of financial
year 2024", "of the 2023-24 fiscal year", and after a "Q3" or "H1" also with no "of" ("Q3
FY25", "Q3 fiscal 2025", "H1 FY24-25": named by the year it ends in, as "FY24-25" is)."""
_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Aa]ny)\s+$")
_NTH_BEFORE = re.compile(r"\b(?:other|second|third|fourth|alternate)\s+$")
"""Before a weekday, no day of this week: "fell on a Monday", "any Tuesday"."""


def _habit_after(text: str, expr: Expression) -> bool:
    """Whether a bare weekday after a determiner, a possessive or at a sentence's start
    modifies a noun of what happens every week on it, maybe after one lower-case word ("the
    Sunday paper", "the city's Sunday bus service", "Sunday trading laws were relaxed";
    calendar.json ``habit_nouns``): no one day. "on Sunday", "Sunday morning" and "said
    Tuesday schools would close" are days."""
    if expr.get("prep") or expr.get("shift") or expr.get("part") or expr.get("mod"):
        return False
    after = _HABIT_AFTER.match(text, expr.end)
    if after is None or (after[1] not in _habit_nouns() and after[2] not in _habit_nouns()):
        return False
    return _HABIT_LEAD.search(text, max(0, expr.start - 8), expr.start) is not None


_HABIT_AFTER = LazyPattern(r"[ \u00a0]+([a-z]+)\b(?:[ \u00a0]+([a-z]+)\b)?")
_HABIT_LEAD = LazyPattern(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Yy]our|[Tt]his)|['\u2019]s|^|[.!?\"\u201c]|\n)"
    r"[ \u00a0]*$"
)


@cache
def _habit_nouns() -> frozenset[str]:
    return frozenset(lexicons.calendar().habit_nouns)


def _in_a_name(text: str, expr: Expression) -> bool:
    """Whether a weekday is part of a capitalized name, no day of this week: a named day
    ("Black Friday", "Super Tuesday") or a title ("The Sunday Times", "Sunday Telegraph
    columnist", "Monday Night Football"). A month, a weekday or a part of the day after it
    still dates it ("Monday, March 11" has its comma; "Monday March 11", "Monday Night")."""
    calendar = lexicons.calendar()
    before = _CAPITAL_BEFORE.search(text, max(0, expr.start - 12), expr.start)
    if before is not None and before[1] in _named_days():
        return True
    title = _TITLE_BEFORE.search(text, max(0, expr.start - 30), expr.start)
    if title is not None and title[2] in _named_days() and not title[1]:
        return True  # "the Mail on Sunday", "told Scotland on Sunday"; not "in Scotland on"
    after = _CAPITAL_AFTER.match(text, expr.end)
    if after is not None and after[1].lower() in PARTS_OF_DAY:
        after = _CAPITAL_AFTER.match(text, after.end())
    if after is None:
        return False
    word = after[1].lower()
    return word not in calendar.months and word not in calendar.weekdays


_WORD_BEFORE_DAY = LazyPattern(r"([A-Za-z]+)[ \u00a0]+$")


def _names_a_club(text: str, expr: Expression) -> bool:
    """Whether a bare weekday stands for a club named before it in the article ("Leeds beat
    Sheffield Wednesday 3-1. Wednesday had led ..."; tense.json ``weekday_clubs``): not after
    a word of a day ("on Wednesday", "by Wednesday"), nor with a part of the day or a date
    after it ("Wednesday night", "Wednesday, June 5")."""
    if expr.get("prep") or expr.get("shift") or expr.get("mod") or expr.get("part"):
        return False
    day = text[expr.start : expr.end]
    named = [c for c in lexicons.tense().weekday_clubs if c.endswith(day)]
    if not named or not any(text.find(c, 0, expr.start) >= 0 for c in named):
        return False
    if text.startswith(",", expr.end):
        return False
    before = _WORD_BEFORE_DAY.search(text, max(0, expr.start - 16), expr.start)
    return before is None or before[1].lower() not in lexicons.tense().weekday_club_not_after


@cache
def _named_days() -> frozenset[str]:
    return frozenset(lexicons.calendar().named_days)


_OF_AFTER = re.compile(r"\s+of\b")
_AMOUNT_BEFORE = LazyPattern(r"\d\S*\s+$")


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
    """ "from 2016 to 2019", "between March and May", "January-March" -> one range each;
    "4 hours, 42 minutes" -> one duration (``join_durations``, in this one pass)."""
    joined: list[Expression] = []
    for expr in expressions:
        last = joined[-1] if joined else None
        if last is not None and last.rule == "duration" and _one_length(text, last, expr):
            joined[-1] = _one_duration(last, expr)
            continue
        if last is not None and _joinable(text, last, expr):
            lead = _RANGE_LEAD.search(text, max(0, last.start - 9), last.start)
            start = lead.start() if lead else last.start
            joined[-1] = Expression(start, expr.end, "range", (), (last, expr))
            continue
        joined.append(expr)
    return joined


# "4 hours, 42 minutes", "2 hours and 15 minutes", "two years and three months": one duration
# of units written from the longest down (TIMEX3 "PT4H42M", "P2Y3M").
_UNIT_ORDER = {"year": 5, "month": 4, "week": 3, "day": 2, "hour": 1, "minute": 0, "second": -1}
_DURATION_JOIN = LazyPattern(r"\s*,\s*|\s+(?:and\s+)?")
_COUNTED_FROM = LazyPattern(r"\s+(?:before|after|later|earlier|ago|from|into)\b")
"""After the shorter unit: "after 20 years, 10 days before his death" counts from an event."""
_BEFORE_WITNESSES = LazyPattern(
    r"\s+before\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:crowd|crowds|audience|fans|spectators|sellout|capacity)\b"
)
"""... not "before" its witnesses: "in 2 minutes, 3.34 seconds before a crowd of 156,710", a
time run in front of them."""


def _one_duration(longer: Expression, shorter: Expression) -> Expression:
    """ "4 hours, 42 minutes": one duration whose parts are its units (its unit is its last:
    "3 days, 4 hours" may take "and 20 minutes")."""
    groups = (("compound", "1"), ("unit", shorter.get("unit") or ""))
    return Expression(longer.start, shorter.end, "duration", groups, (longer, shorter))


def _one_length(text: str, first: Expression, second: Expression) -> bool:
    """Whether two durations are one length written from a longer unit down: "4 hours, 42
    minutes", "2 hours and 15 minutes", "two years and three months" (TIMEX3 "PT4H42M",
    "P2Y3M")."""
    return (
        first.rule == "duration"
        and second.rule == "duration"
        and _descending(first, second)
        and _DURATION_JOIN.fullmatch(text, first.end, second.start) is not None
        and (
            not _COUNTED_FROM.match(text, second.end)
            or _BEFORE_WITNESSES.match(text, second.end) is not None
        )
    )


def _descending(first: Expression, second: Expression) -> bool:
    """Whether two durations of whole counts name a longer unit, then a shorter one."""
    if first.parts is not None and not first.get("compound"):
        return False  # a range of durations: "2-3 hours 10 minutes" is no one length
    if second.parts is not None or first.get("half") or (second.get("n") or "a") in _VAGUE_COUNTS:
        return False
    if first.get("vague") or second.get("vague"):  # "for years and months"
        return False
    shorter = (second.get("unit") or "").lower().rstrip("s")
    longer = (first.get("unit") or "").lower().rstrip("s")
    low, high = _UNIT_ORDER.get(shorter), _UNIT_ORDER.get(longer)
    if low is None or high is None or high <= low:
        return False
    # "9 hours, 95 minutes" is a list: a length's shorter count stays below one longer unit
    fill = _FILLS.get((shorter, longer))
    count = numbers.parse_number(second.get("n") or "")
    return fill is None or (count is not None and count < fill)


_FILLS = {("minute", "hour"): 60, ("hour", "day"): 24, ("day", "week"): 7}
_FILLS |= {("day", "month"): 31, ("week", "month"): 5, ("month", "year"): 12}
_FILLS |= {("week", "year"): 53, ("day", "year"): 366}


_VAGUE_COUNTS = frozenset({"several", "a few", "a couple of", "many", "few"})


_DAY_RANGES = frozenset({"month_day_range", "day_month_range"})
_DAY_PAIRS = frozenset({"month_day_pair", "day_month_pair"})


def _day_pair(match: re.Match[str]) -> tuple[Expression, ...]:
    """Two days of one month joined by "and" or "or": the first without the month or year
    written once for both ("March 3" of "March 3 and 4, 2019", "3" of "3 and 4 March"), the
    second up to the match's end ("4, 2019", "4 March")."""
    pair = _day_range(match).parts
    if pair is None:
        return ()
    return pair[0], pair[1]._replace(end=match.end())


def _day_range(match: re.Match[str]) -> Expression:
    """A range of two days in one month; the second endpoint is its day alone ("3" of "Oct.
    2-3"), read with the month and year written once for both."""
    shared = (("mon", match.group("mon")), *((("y", y),) if (y := match.group("y")) else ()))
    if rel := match.groupdict().get("rel"):  # "March 3 and 4 next year"
        shared += (("rel", rel),)
    rule = "month_day_year" if match.group("y") else "month_day"
    if match.start("mon") < match.start("d"):  # "Oct. 2-3"
        first_span = match.start("mon"), match.end("d")
    else:  # "5-6 June"
        first_span = match.span("d")
    first = Expression(*first_span, rule, (*shared, ("d", match.group("d"))))
    second = Expression(*match.span("d2"), rule, (*shared, ("d", match.group("d2"))))
    return Expression(match.start(), match.end(), "range", (), (first, second))


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
        "clock",  # "from 9 a.m. to 5 p.m."
        "day_time",  # "from 6 p.m. Thursday through noon Friday"
        "holiday",  # "from Christmas to Easter" (holidays.RULE)
        "relative_unit",  # "between 1996 and last year", "from June to this month"
        "shift_month",  # "from last June to March"
        "mod_month",  # "from mid-July to early August"
        "mod_year",  # "between late 2022 and mid-2024"
    }
)


def _joinable(text: str, first: Expression, second: Expression) -> bool:
    if first.rule not in _RANGEABLE or second.rule not in _RANGEABLE:
        return False
    if (first.rule == "clock") != (second.rule == "clock"):
        return False  # "from 3 p.m. to Tuesday" is no range of one kind
    gap = text[first.end : second.start]
    if gap.startswith(",") and (
        first.rule == "month_day_year" or (first.rule == "month_day" and first.get("wd"))
    ):
        # "from Jan. 20, 2017, to Jan. 20, 2021", "Monday, June 3, through Friday, June 7":
        # the comma closing the year (the weekday's date)
        gap = gap[1:]
    if not _RANGE_JOIN.fullmatch(gap):
        return False
    word = gap.strip().lower()
    lead = _RANGE_LEAD.search(text, max(0, first.start - 9), first.start)
    if word == "and" and not (lead and lead.group().lower().startswith("between")):
        return False
    if first.rule == "clock" and word == "to":  # "9am to 5pm": two times need no "from"
        return True
    if word == "to" and (
        (first.rule in _CALENDAR_SPANS and second.rule in _CALENDAR_SPANS)
        or (_bare_weekday_name(first) and _bare_weekday_name(second))
    ):
        # "conducted Sept. 24 to Oct. 2", "runs March to May", "runs Friday to Sunday": no
        # "from" needed, unless a date is moved ("moved the meeting Sept. 24 to Oct. 2",
        # "moved the game Saturday to Sunday": two dates)
        return not _MOVED.search(text, max(0, first.start - 50), first.start)
    if word in "-–—" and _dateline_dash(text, first):
        return False  # "NEW YORK, Feb 13 - Sunday's Super Bowl": the dateline's dash
    return word in "-–—" or lead is not None or word in ("through", "until", "till")


def _dateline_dash(text: str, first: Expression) -> bool:
    """Whether ``first`` is a dateline's day, so the dash after it ends the dateline ("NEW
    YORK, Feb 13 - Sunday's game") and joins no range."""
    from factextract.facts.dates import dateline  # it reads this module's Expression

    return dateline.filed(text, first)


def _bare_day_span(text: str, match: re.Match[str]) -> bool:
    """Whether "March 1 to 5" (or "through", "until") with no "from" before it is a range of
    days of one month, as "Sept. 24 to Oct. 2" is: a month written before its first day, the
    second day later, nothing moved ("moved the hearing March 1 to 5": two dates) and no
    lower-case word after it but a function word ("March 1 to 5 people", "5 votes": counts)."""
    if (
        match["join"] == "and"
        or match.group("mon") is None
        or match.start("mon") > match.start("d")
    ):
        return False  # "March 3 and 4" two days, "5 to 9 March" keeps its "from"
    if int(match.group("d2").rstrip("stndrh")) <= int(match.group("d").rstrip("stndrh")):
        return False
    if _MOVED.search(text, max(0, match.start() - 50), match.start()):
        return False
    if text.startswith((":", "-", "/"), match.end()):
        return False  # "June 5 to 17:00": a time
    after = _WORD_AFTER.match(text, match.end())
    return after is None or after.group(1) in _SPAN_FOLLOWERS


_WORD_AFTER = LazyPattern(r"[ \u00a0]+([a-z]+)\b")
_SPAN_FOLLOWERS = frozenset(
    {
        "in",
        "at",
        "on",
        "and",
        "or",
        "but",
        "for",
        "with",
        "among",
        "across",
        "by",
        "when",
        "while",
        "as",
        "before",
        "after",
        "during",
        "of",
        "this",
        "next",
        "last",
        "that",
        "which",
        "is",
        "was",
        "are",
        "were",
        "will",
        "the",
        "to",
    }
)
"""Words after "March 1 to 5" that leave it a range of days (a place, a clause, a year)."""


def _bare_weekday_name(expr: Expression) -> bool:
    """A weekday named alone, with no shift, part or edge ("Friday", not "late Friday",
    "next Friday", "Friday night")."""
    return expr.rule == "weekday" and not (
        expr.get("shift") or expr.get("part") or expr.get("mod") or expr.get("prep")
    )


_CALENDAR_SPANS = frozenset(
    {"month_day_year", "day_month_year", "month_day", "day_month", "month_year", "month"}
)
"""Dates that make a range with a bare "to" ("Sept. 24 to Oct. 2"), as two weekdays named
alone do ("Friday to Sunday"); years and clock times need a "from" ("2019 to $5 billion")."""
_MOVED = LazyPattern(
    r"\b(?:mov|postpon|push|delay|reschedul|chang|shift|bump|defer|brought|bring|switch|swap|adjourn)[a-z]*\b"
    r"[^.;:,]*$",
    re.IGNORECASE,
)


# Coordinated dates share a year written once, after the last: "in July and August next year",
# "in May or June 2020", "on March 3 and June 5, 2019". A date without a year takes the one of
# the date of its kind right after it, joined by "and", "or" or "&" (or by a comma in a list
# whose last link is a conjunction: "in May, June and July 2020").
_AND = LazyPattern(r"\s*,?\s+(?:and|or|&)\s+")
_LIST_COMMA = LazyPattern(r"\s*,\s*")
_WITH_YEAR = {"month_year": "month", "month_day_year": "month_day", "day_month_year": "day_month"}
"""Rules of dates with a written year -> the rule of the same kind without one."""
_YEARLESS = frozenset({"month", "month_day", "day_month"})


def share_years(text: str, expressions: list[Expression]) -> list[Expression]:
    """``expressions`` with each year-less month or day that is coordinated with a later one
    of its kind given that one's written year or "last/next/this year"."""
    shared = list(expressions)
    chained = False  # whether the date after the current one took its year from a conjunction
    for i in range(len(shared) - 2, -1, -1):
        first, second = shared[i], shared[i + 1]
        if first.rule not in _YEARLESS or second.start - first.end > 8:
            chained = False
            continue
        gap = text[first.end : second.start]
        linked = _AND.fullmatch(gap) is not None
        if not (linked or (chained and _LIST_COMMA.fullmatch(gap))):
            chained = False
            continue
        year = _shared_year(first, second)
        chained = year is not None
        if year is not None:
            rule = next((r for r, base in _WITH_YEAR.items() if base == first.rule), first.rule)
            shared[i] = first._replace(
                rule=rule if year[0] == "y" else first.rule, groups=(*first.groups, year)
            )
    return shared


def _shared_year(first: Expression, second: Expression) -> tuple[str, str] | None:
    """The year group ("y" or "rel") of ``second`` that the year-less ``first`` before it
    shares: only between dates of one kind, and never into or out of a shifted one ("last
    May")."""
    if first.rule not in _YEARLESS or first.get("rel") or first.get("shift"):
        return None
    if _WITH_YEAR.get(second.rule, second.rule) != first.rule or second.get("shift"):
        return None
    if second.rule in _WITH_YEAR:
        return "y", second.get("y") or ""
    rel = second.get("rel")
    return None if rel is None else ("rel", rel)


# A clock time joins the day of its phrase: "Tuesday at 3 p.m.", "March 5, 10 a.m.", "3 p.m.
# on Tuesday", "10 p.m. last night", "Tuesday's 3 p.m. deadline" are one expression (TIMEX3
# "2020-05-19T15:00"); "every Sunday at 9 a.m." is one set ("XXXX-WXX-7T09:00").
_DAYS = frozenset(
    {
        "iso_day",
        "numeric_day",
        "abbrev_day",
        "month_day_year",
        "day_month_year",
        "month_day",
        "day_month",
        "weekday",
        "relative_day",
    }
)
_DAY_THEN_CLOCK = LazyPattern(r"(?:\s*,|['’]s)?\s+(?:(?:at|from)\s+(?:about\s+|around\s+)?)?")
_CLOCK_THEN_DAY = LazyPattern(r"\s+(?:on\s+)?")


def attach_times(text: str, expressions: list[Expression]) -> list[Expression]:
    """``expressions`` (in text order) with each clock time joined to the day right before or
    after it in its phrase, as a "day_time" whose parts are (day, clock)."""
    joined: list[Expression] = []
    for expr in expressions:
        last = joined[-1] if joined else None
        if last is not None and (pair := _day_and_clock(text, last, expr)) is not None:
            joined[-1] = Expression(last.start, expr.end, "day_time", (), pair)
            continue
        joined.append(expr)
    return joined


def _day_and_clock(
    text: str, first: Expression, second: Expression
) -> tuple[Expression, Expression] | None:
    gap = text[first.end : second.start]
    if _is_day(first) and second.rule == "clock" and _DAY_THEN_CLOCK.fullmatch(gap):
        return first, second
    if first.rule == "clock" and second.rule in _DAYS and _CLOCK_THEN_DAY.fullmatch(gap):
        return second, first
    return None


def _is_day(expr: Expression) -> bool:
    """A day a clock time can narrow, or a set of days ("every Sunday at 9 a.m.")."""
    return expr.rule in _DAYS or (
        expr.rule == "every_day"
        and (expr.get("wd") or expr.get("wds")) is not None
        and expr.get("wstep") is None  # "every other Tuesday at 9 a.m.": P2W has no clock
    )


# "between 1 and 3 p.m.", "from 9 to 11 a.m.", "10-11am": the first hour shares the a.m. or
# p.m. written once after the second, which makes the two a range.
_BARE_HOUR_BEFORE = LazyPattern(
    r"(?:\b(?:from|between)\s+(?P<h>1[0-2]|0?[1-9])(?::(?P<min>[0-5][0-9]))?\s+(?:to|and|until|till)"
    r"|(?<![\w.,:$£€/-])(?P<h2>1[0-2]|0?[1-9])(?::(?P<min2>[0-5][0-9]))?)\s*[-–]?\s*$"
)


def shared_meridiem_hours(text: str, clocks: list[Expression]) -> list[Expression]:
    """The bare first hour of "between 1 and 3 p.m." as a clock with the second's a.m. or
    p.m. (the other one when it is the later hour: "from 11 to 1 p.m." starts at 11 a.m.)."""
    hours = []
    for clock in clocks:
        if (ampm := clock.get("ampm")) is None:
            continue
        before = _BARE_HOUR_BEFORE.search(text, max(0, clock.start - 24), clock.start)
        if before is None or (before["h2"] and "-" not in before[0] and "–" not in before[0]):
            continue  # "10 3 p.m." is no range; "10-3 p.m." and "from 10 to 3 p.m." are
        group = "h" if before["h"] else "h2"
        hour, second = int(before[group]), int(clock.get("h") or 0)
        pm = ampm[0] in "pP"
        if hour % 12 > second % 12:  # "from 11 to 1 p.m.": 11 a.m.
            pm = not pm
        minute = before["min" if group == "h" else "min2"]
        groups = (("h", before[group]), *((("min", minute),) if minute else ()))
        end = before.end("min" if group == "h" else "min2") if minute else before.end(group)
        hours.append(
            Expression(before.start(group), end, "clock", (*groups, ("ampm", "pm" if pm else "am")))
        )
    return hours


_TO_DATE = ("todate", "1")
_SO_FAR_BEFORE = re.compile(r"\b(?:so\s+far|thus\s+far)\s+(?:in\s+)?$", re.IGNORECASE)
_SO_FAR_AFTER = re.compile(r"\s+(?:so\s+far|to\s+date|thus\s+far)\b")
_SO_FAR_UNITS = frozenset({"year", "month", "week", "quarter"})


def _so_far(text: str, match: re.Match[str]) -> bool:
    """Whether "this year" (month, week, quarter) is told so far: "so far this year", "this
    year to date", "thus far this month": the span up to the publication date, not the whole
    unit (its end is the publication's day)."""
    if (match.group("shift") or "").lower() != "this":
        return False
    if (match.group("unit") or "").lower() not in _SO_FAR_UNITS:
        return False
    start, end = match.span()
    return bool(
        _SO_FAR_BEFORE.search(text, max(0, start - 16), start) or _SO_FAR_AFTER.match(text, end)
    )
