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

from factextract import lexicons, numbers
from factextract.facts import (
    ages,
    conversions,
    counted,
    dates,
    exchange_rates,
    money,
    multiples,
    numerals,
    percentages,
    places,
    qualifiers,
    quantities,
)
from factextract.facts.money.per_unit import per_unit_at
from factextract.facts.spans import Context, publish
from factextract.numbers.words import forecasters, number_context
from factextract.patterns import LazyPattern, alternation, grouped
from factextract.records import Change, Direction, Money, Percentage, Quantity

GROUP = "changes"
VALUE_GROUPS = (money.GROUP, percentages.GROUP, quantities.GROUP)
Value = Percentage | Quantity | Money

# A short adverbial may sit between two values: "from 5.2% in 2019 to 4.1%", "from $12 an hour
# to $15", "rose 38 per cent
# year on year to", "rose to 8.1%, from 7.4%", "to 4.5% of GDP from 6.1%", "fell 0.2% against
# the dollar to $1.0850", "dropped 20% from a year earlier to 4.1 million", "fell from 2.5 per
# cent under the 14th Finance Commission to 1.93 per cent" (a preposition and up to four words).
_ADVERBIAL = r"""(?:,?[ \u00a0]+(?:
      (?:a|an|per)[ \u00a0]+[a-z]+  # what a price is of: "$12 an hour", "120p a litre"
    | per[ \u00a0]+[1-9][0-9,.]*[ \u00a0-]?[a-z]+(?:[ \u00a0]+[a-z]+)?  # ... a count of it, a
      # size: "Rs 72,000 per 10 grams", "$3,800 per 40ft container", "per 40-foot container"
    | (?:in|on|at|during|for|over|since|by|before|after|until|of|against|under)
      (?:[ \u00a0]+[\w.-]+){1,4}
      (?:,[ \u00a0]+(?-i:[A-Z])[\w.-]*)?  # a place, its country: "in Delhi, India, up from"
    | (?:year|month|quarter|week)[- ](?:on|over)[- ](?:year|month|quarter|week) | y/y | yoy
    | on-(?:year|month|quarter|week)  # "fell 15% on-year to", as Yonhap writes it
    | (?:from[ \u00a0]+)?a[ \u00a0]+(?:year|quarter|month|week|day)[ \u00a0]+(?:earlier|ago|before)
    | from[ \u00a0]+the[ \u00a0]+(?:previous|prior|same)[ \u00a0]+(?:year|quarter|month|period)
    | last[ \u00a0]+year | this[ \u00a0]+year
    | (?:its|their|the)[ \u00a0]+(?:highest|lowest|strongest|weakest|fastest|slowest|biggest
        |largest|smallest|sharpest|steepest|best|worst)(?:[ \u00a0]+(?:[a-z]+|\x00)){0,5}(?=,)
      # an apposed extreme, set off by commas: "rose to 29.90% in January, its highest in
      # nearly 28 years, from 28.92%" (the dates marked)
    | worldwide | globally | nationally | nationwide | overall  # where: "rose 79% worldwide"
    | (?:(?:in|on|at|during|for|over|since|by|until)[ \u00a0]+(?:the[ \u00a0]+)?)?\x00  # a date,
      # marked ("in the \x00": "in the six months to March")
      (?:[ \u00a0]+(?:to|through|ended|ending)[ \u00a0]+\x00)?  # ... and the one closing it: "the
      # year to March", "the quarter ended Sept. 30"
    )){0,2}"""
"""Up to two: "fell 14.5% year on year in July to $281.8 billion", "rose 79% worldwide last
year to more than 306,000"."""
_A_NOUN_OF = (
    r"(?:an?[ \u00a0]+(?!(?:factor|multiple)[ \u00a0]+of[ \u00a0])"
    r"(?:[a-z0-9][a-z0-9-]*[ \u00a0]+){1,4}of[ \u00a0]+"
    r"|a[ \u00a0]+(?:new[ \u00a0]+)?record[ \u00a0]+)"
)
"""What may stand after "to" or "by": "to an average of", "to a record high of", "to a
seasonally adjusted annual rate of", "to a record"; not "by a factor of 10", a multiple,
whose number is no size of the change."""
_A_LEVEL_OF = (
    r"(?:(?:an?[ \u00a0]+(?:(?:record|all-time|recent|[0-9]+-(?:year|month|week))[ \u00a0]+)?"
    r"(?:peak|high|low|trough|average|level|base|baseline)"
    r"|(?:(?:an?|the|its|their)[ \u00a0]+(?:initial|original|earlier|previous|prior|\x00)"
    r"|\x00['\u2019]s)[ \u00a0]+(?:estimate|budget|forecast|projection|price|cost)"
    r"|(?:an?|the|its)[ \u00a0]+(?:list|sticker|retail|asking|launch|regular)[ \u00a0]+price)"
    r"[ \u00a0]+of[ \u00a0]+"
    r"|(?:(?:an?|the|its|their)[ \u00a0]+)?"
    r"(?:current|existing|present|previous|prior|revised|earlier)[ \u00a0]+"
    r"|an?[ \u00a0]+record[ \u00a0]+"
    r"|(?:its|their|the)[ \u00a0]+)?"
)
"""What may stand after "from": a level the value held ("down 7% from a peak of $87", "from
a record high of", "ballooned to $5 billion from an initial estimate of $2 billion", "$113,
down from a list price of $527", "up from
the current 4.1%", "from the existing $168,600", "from a revised 3.9%", "from a record 4%",
"to 3% from its 9% peak");
"raised $5 million from a group of 30 donors" names none."""
_GAP = {
    word: re.compile(
        rf"{_ADVERBIAL},?[ \u00a0]+{word}[ \u00a0]+{after}",
        re.IGNORECASE | re.VERBOSE,
    )
    for word, after in (("to", _A_NOUN_OF + "?"), ("from", _A_LEVEL_OF))
}
_KEYWORD = re.compile(r"\b(from|to|by)[ \u00a0]+$", re.IGNORECASE)
_MOVED_WORDS = (
    r"up|down|(?:reduc|lower|trimm|slash|rais|increas|decreas|revis)ed|cut"
    r"|(?:slow|eas|accelerat|decelerat|cool|moderat)ing"
)
"""What may stand before "from" after a value and a comma: "up", "down", a participle of a
change verb ("$2.1 billion in damages, reduced from $4.7 billion", "2.1%, revised from 2.4%"),
or the gerund of a rate's change of pace ("rose an annual 4.5% in April, slowing from 5.1%":
the rate went from 5.1% to 4.5%)."""
_UP_FROM = re.compile(
    rf"(?:[ \u00a0]+(?:a|an|per)[ \u00a0]+[a-z]+)?{_ADVERBIAL},[ \u00a0]+"
    rf"(?P<dir>{_MOVED_WORDS})[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?{_A_LEVEL_OF}",
    re.IGNORECASE | re.VERBOSE,
)
"""What stands between a value and the one it moved from: "N145 a litre, up from N87",
"$5 billion in 2019, down from", "$40 billion, up from the"."""
_NOUN_FROM = LazyPattern(
    rf"(?:[ \u00a0]+(?:a|an|per)[ \u00a0]+[a-z]+)?,[ \u00a0]+an?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    rf"(?P<dir>[a-z]+)[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?{_A_LEVEL_OF}"
)
"""A noun of change between a value and the one it moved from: "3.2%, a sharp rise from",
"$4.50 a gallon, a drop from"."""
_DATE_MARK = "\x00"
"""What stands for a date in a gap read with the dates marked (as ``_ADVERBIAL`` knows it)."""
_LOOSE_UP_FROM = LazyPattern(
    rf"(?:[ \u00a0]+(?:[A-Za-z][a-z'’-]*|{_DATE_MARK}(?:['’]s)?)){{1,9}},[ \u00a0]+"
    rf"(?P<dir>{_MOVED_WORDS})[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?{_A_LEVEL_OF}"
)
"""The same gap with its dates (and places) marked: up to nine words (capitalized ones too:
"participants to the Azerbaijani capital, down from") and dates ("$3.19 a gallon nationwide
last week, up from", "£2.65bn in the year to Feb. 26, up from", a predicate: "customers in
the Houston area were still without power on Thursday morning, down from")."""
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
    heads: Roles | None = None
    """The change of the values an apposition's change restates per unit ("$45.3 million, or
    89 cents a share, from $38.1 million, or 75 cents a share"): its subject is theirs."""
    named: tuple[int, int] | None = None
    """Where a gapped change's own subject stands ("and profit 7%"); None: the change's
    before it."""


class Cue:
    """A change verb ("rose", "cut", "up") and the words between it and the values."""

    # Not a dataclass: its generated methods are compiled at import (issue #7).
    __slots__ = ("direction", "end", "start")
    direction: Direction
    start: int
    end: int

    def __init__(
        self,
        direction: Direction,
        start: int,
        end: int,
    ) -> None:
        self.direction = direction
        self.start = start
        self.end = end


@cache
def _cue_directions() -> dict[str, Direction]:
    cues = lexicons.change_cues()
    table: dict[str, Direction] = {w: "unknown" for w in (*cues.neutral, *_NOUN_DIRECTED)}
    table.update({w: "up" for w in cues.up})
    table.update({w: "down" for w in cues.down})
    return table


@cache
def _range_verbs() -> frozenset[str]:
    return frozenset(lexicons.change_cues().range_verbs)


@cache
def _reporting_verbs() -> frozenset[str]:
    return frozenset(lexicons.change_cues().reporting_verbs)


@cache
def _control_verbs() -> frozenset[str]:
    cues = lexicons.change_cues()
    return frozenset((*cues.reporting_verbs, *cues.control_verbs))


_POSSESSIVE_PRONOUNS = frozenset({"their", "its", "his", "her", "our", "my", "your"})


def _object_of_a_verb(ctx: Context, first: int, floor: int) -> bool:
    """Whether the words read back from a change verb, starting at token ``first``, follow
    a possessive pronoun after another verb: the object of that verb ("people forced to flee
    their homes worldwide have risen", "Investors who bought its shares lost 5%"), not what
    changed. After a preposition ("Sales of their homes"), a clause's opener ("when its
    reserves fell"), a change verb ("cut its benchmark rate to"), a verb of saying ("said
    its revenue rose") or a day or month ("said on Friday its revenue rose") they name it."""
    owner = first - 1
    if owner - 1 < floor or ctx.lowers[owner] not in _POSSESSIVE_PRONOUNS:
        return False
    before, table = ctx.lowers[owner - 1], _subject_words()
    if not ctx.words[owner - 1].isalpha() or before in table.prepositions:
        return False
    if before in table.clause_openers or before in _cue_directions() or before == "with":
        return False  # "when its reserves fell", "cut its benchmark rate to", "with its ..."
    if before in _calendar_words():
        return False  # "Acme said on Friday its profit fell 21%": the day closes the report
    cues = lexicons.change_cues()
    return before not in cues.auxiliaries and before not in _reporting_verbs()


_GROWTH_VERBS = frozenset({"grow", "expand", "shrink", "contract"})
"""Bare verbs of growth that take no object after a controlled subject and "to": "expects the
economy to grow 3.2%" (no size verbs: "grew revenue 10%" takes an object elsewhere)."""


def _controlled(ctx: Context, to: int, floor: int) -> list[int]:
    """The words between a verb of ``_control_verbs`` and the infinitive's "to" at token
    ``to``, at most four, without a leading determiner: "expects operating profit to fall"
    -> "operating profit"; [] when no such verb stands there."""
    lowers, words = ctx.lowers, ctx.words
    for verb in range(to - 1, max(floor, to - 6), -1):
        if lowers[verb] in _control_verbs():
            between = [k for k in range(verb + 1, to) if lowers[k] not in _DETERMINERS]
            owned = [k for k in between if lowers[k] in _POSSESSIVE_MARKS]
            if owned:  # "expect Italy's economy to grow": the owned noun, its owner read
                between = [k for k in between if k > owned[-1]]  # by ``_proper_owner``
            ok = 0 < len(between) <= 4 and all(words[k].isalpha() for k in between)
            return between if ok else []
        if not words[verb].isalpha() and lowers[verb] not in _POSSESSIVE_MARKS:
            return []
    return []


def _service_to(text: str, char: int, words: list[str]) -> bool:
    """Whether a service noun stands right before the "to" at or before ``char``: "cut power
    to 200,000 homes", "cut off hot water to 30,000 people"."""
    if words and words[-1] == "to":
        words = words[:-1]
    elif not text.startswith("to", char):
        return False
    return bool(words) and words[-1].lower() in lexicons.change_cues().supply_nouns


_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]")
_VERSUS = frozenset({"versus", "vs"})
_COORDINATORS = frozenset({"and", "or"})


def _cue_before(ctx: Context, char: int, sentence: int, reach: int = 4) -> Cue | None:
    """The nearest change verb among the ``reach`` words before ``char``, in the same clause
    (``sentence`` is where the sentence of ``char`` starts)."""
    low = max(sentence, char - 14 * reach)
    if low > sentence and ctx.text[low - 1 : low].isalpha():
        low = ctx.text.find(" ", low, char) + 1 or char  # not the tail of a word cut in two
    clause = _CLAUSE_BREAK.split(ctx.text[low:char])[-1]
    every = _WORD.findall(clause)  # strings: most clauses hold no cue, so no Matches
    words = every[-reach:]
    ranges, directions = _range_verbs(), _cue_directions()
    if _service_to(ctx.text, char, words):
        return None  # "cut power to 200,000 homes": who the service reaches, not a level
    coordinated = bool(words) and words[-1].lower() in _COORDINATORS
    for k in range(len(words) - 1, -1, -1):
        if coordinated and k < len(words) - 2 and words[k].lower() in directions:
            verb = list(_WORD.finditer(clause))[k - len(words)]
            if not any(c.isdigit() for c in clause[verb.end() :]):
                return None  # "to expand production and 35% on research": the object ends at
            # "and", which opens another item ("rose 3% in May and 4%" has a value between)
        word = words[k].lower()
        if word == "up" and k > 0 and words[k - 1].lower() in lexicons.change_cues().share_verbs:
            return None  # "Oil and gas make up 90% of exports": a share, not a rise
        if word == "up" and k + 1 < len(words) and words[k + 1].lower() == "to":
            match = list(_WORD.finditer(clause))[k - len(words)]
            if _value_opens_at(ctx, char - len(clause) + match.start()):
                continue  # "fines of up to €20 million or 4%": a bound's "up to", no rise
        if word == "up" and k > 0 and words[k - 1].lower() in _GIVE_FORMS:
            found = list(_WORD.finditer(clause))
            offset = char - len(clause)  # "The stock gave up 3%": a loss, not a rise
            give, up = found[k - 1 - len(words)], found[k - len(words)]
            return Cue("down", offset + give.start(), offset + up.end())
        if word in _ADD_FORMS and k == len(words) - 1 and _added_size(ctx.text, char):
            added = list(_WORD.finditer(clause))[-1]
            offset = char - len(clause)  # "The Nasdaq added 1.2%": a gain
            return Cue("up", offset + added.start(), offset + added.end())
        if word in _VERSUS:
            return None  # "rose 3% versus 2% in the euro zone": 2% is what 3% is set against
        if word in ranges:
            before = words[k - 1].lower() if k > 0 else ""
            if before in directions or before in _DETERMINERS:
                continue  # "cut costs by 10%", "its costs rose": a noun, the object or subject
            if _modified_object(words, k, directions):
                continue  # "lowered borrowing costs by 3%": the verb's object, a noun
            return None  # "ranged from 5% to 7%" is a range, not a change
        direction = directions.get(word)
        if direction is not None:
            if k + 1 < len(words) and words[k + 1].lower() in _subject_words().finite_after:
                return None  # "power cuts will knock 3 points off growth": a noun, no verb
            before = len(every) - len(words) + k - 1  # the word before, maybe out of reach
            if (before >= 0 and f"{every[before].lower()} {word}" in _compound_nouns()) or (
                k + 1 < len(words) and f"{word} {words[k + 1].lower()}" in _compound_nouns()
            ):
                continue  # "capital gains above C$250,000": a noun, no verb; "raised the
                # capital gains tax to 12.5%": the verb may stand before it
            match = list(_WORD.finditer(clause))[k - len(words)]
            offset = char - len(clause)
            odds = _odds_verb(ctx, offset + match.start(), sentence) if k > 1 else None
            return odds or Cue(direction, offset + match.start(), offset + match.end())
    return None


_ODDS_OF_A_NOUN = LazyPattern(
    r"\b(?P<verb>[a-z]+)[ \u00a0]+(?:(?:the|their|its|his|her|our)[ \u00a0]+)?"
    r"(?:bets?|wagers?|odds|chances?|probability|likelihood|expectations?|pricing)"
    r"[ \u00a0]+(?:on|of|for)[ \u00a0]+(?:an?|the)[ \u00a0]+"
    r"(?:[A-Za-z0-9][\w-]*[ \u00a0]+){1,3}$"
)
"""A verb, its object of odds and what they are on, up to a noun of change's word: "cut bets
on an August rate ", "lifted the odds of a June rate "."""


def _odds_verb(ctx: Context, word: int, sentence: int) -> Cue | None:
    """The change verb of the odds on a move when the change word at char ``word`` is the
    noun of that move ("Money markets cut bets on an August rate cut to 13% from 28%": the
    bets went to 13%, cut; "raised bets on a rate cut to 60%": up), else None."""
    found = _ODDS_OF_A_NOUN.search(ctx.text, max(sentence, word - 80), word)
    if found is None:
        return None
    direction = _cue_directions().get(found["verb"])
    return None if direction is None else Cue(direction, found.start("verb"), found.end("verb"))


_NO_MODIFIERS = _CLAUSE_LINKS | {"that", "so", "then", "than", "now", "being"}


def _modified_object(words: list[str], k: int, directions: dict[str, Direction]) -> bool:
    """Whether the range word ``words[k]`` ("costs", "run") is a noun after one or two
    modifiers and a change verb: "lowered borrowing costs", "cut its energy costs" (the verb's
    object); not after a word that opens a clause ("rose and tickets cost $50")."""
    for j in range(k - 1, max(-1, k - 4), -1):
        low = words[j].lower()
        if j < k - 1 and low in directions:
            return True
        if not words[j].islower() or low in _NO_MODIFIERS or low in directions:
            return False
    return False


@cache
def _compound_nouns() -> frozenset[str]:
    return frozenset(lexicons.change_cues().compound_nouns)


def _in_compound_noun(matches: list[re.Match[str]], k: int, word: str) -> bool:
    """Whether the change word ``word`` (match ``k``) is part of a compound noun with the word
    before or after it ("capital gains", "down payment")."""
    nouns = _compound_nouns()
    if k > 0 and f"{matches[k - 1].group().lower()} {word}" in nouns:
        return True
    return k + 1 < len(matches) and f"{word} {matches[k + 1].group().lower()}" in nouns


_ADD_FORMS = frozenset({"add", "adds", "added", "adding"})
_ADDED_SIZE = LazyPattern(
    r"(?:(?:about|around|nearly|almost|roughly|some|more[ \u00a0]+than"
    r"|as[ \u00a0]+much[ \u00a0]+as)[ \u00a0]+)?"
    r"[0-9][0-9.,]*(?:[ \u00a0]?(?:%|per[ \u00a0]?cent|percent)|[ \u00a0]+points?)"
    r"(?![\w%])(?![ \u00a0]+(?:to|of)[ \u00a0]+(?![0-9$€£¥]))"
)
"""A percentage or points right after "added" that is no share nor a contribution to
something ("added 0.5 percentage points to growth", "added 5% of"): a market's gain."""


def _added_size(text: str, char: int) -> bool:
    """Whether the value at ``char`` after "added" is a market's gain ("The Nasdaq added
    1.2%", "The Dow added 300 points to 39,000"), not the verb of a report ("he added")."""
    return _ADDED_SIZE.match(text, char) is not None


_GIVE_FORMS = frozenset({"give", "gives", "gave", "given", "giving"})
"""Verbs before "up" that make a loss of it ("gave up 3%", "giving up early gains")."""


def _value_opens_at(ctx: Context, char: int) -> bool:
    """Whether a value's span (its qualifier's "up to" with it) starts at ``char``."""
    for name in VALUE_GROUPS:
        group = ctx.group(name)
        k = bisect.bisect_left(group, char, key=_start_char)
        if k < len(group) and group[k].start_char == char:
            return True
    return False


def _level_before_preposition(ctx: Context, start: int, floor: int) -> Span | None:
    """The percentage or money whose span ends right before the preposition before token
    ``start`` (the first word of a subject read back): "25% on steel", "5% of GDP"."""
    k = start - 1
    if k - 1 <= floor or ctx.lowers[k] not in _subject_words().prepositions:
        return None
    word, low = ctx.words[k - 1], ctx.lowers[k - 1]
    if word.isalpha() and low not in _value_words() and low not in ("percent", "cent", "pct"):
        return None  # most words before a preposition end no value (a cheap test first)
    char = ctx.token_ends[k - 1]
    for name in (money.GROUP, percentages.GROUP):
        group = ctx.group(name)
        j = bisect.bisect_left(group, char, key=_start_char) - 1
        if j >= 0 and group[j].end_char == char:
            return group[j]
    return None


def _sum_at(ctx: Context, char: int) -> Span | None:
    """The money whose span holds char ``char``, if any."""
    group = ctx.group(money.GROUP)
    j = bisect.bisect_right(group, char, key=_start_char) - 1
    return group[j] if j >= 0 and char < group[j].end_char else None


_FAR_REACH = 12
"""The words a change verb's object may hold with its linked phrases ("raised the tax on
sugary drinks by", "cut the dividend on its ordinary shares to")."""


_HYPHENED_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


_PERFECT = frozenset({"has", "have", "had"})
"""Auxiliaries of a perfect, whose participle before a determiner is an active verb with its
object ("has raised the price of bread to"), not a passive ("was cut")."""


def _far_cue(ctx: Context, char: int, sentence: int, counts: bool = False) -> Cue | None:
    """A change verb beyond ``_cue_before``'s reach whose object, maybe with linked phrases,
    fills the words up to ``char``: "raised the price of bread to", "raised fees for parking
    permits by". Only content words, determiners and the prepositions of
    ``subject_words.json`` stand between; the verb follows a word of its clause (a subject:
    "Increases in the price of bread to" is a noun) and comes before a determiner or a
    content word, its object. With ``counts`` (a percentage after "by") a counted phrase's
    words are content too, its qualifier with them: "raise wages for some 3.9 million
    workers in the metal industry by 5.5%"."""
    low = max(sentence, char - 12 * _FAR_REACH)
    before = ctx.text[low:char]
    counted_spans = _counted_within(ctx, low, char) if counts else []
    prepositions = _subject_words().prepositions  # the count in a phrase of the object, not
    counted_spans = [  # the object itself ("cut 5,000 jobs by 10%" stays unread)
        (start, end) for start, end in counted_spans if _after_word(ctx, start, prepositions)
    ]
    for start, end in counted_spans:  # a count's thousands comma breaks no clause
        before = (
            before[: start - low]
            + before[start - low : end - low].replace(",", " ")
            + before[end - low :]
        )
    clause = _CLAUSE_BREAK.split(before)[-1]
    offset = char - len(clause)
    matches = list(_HYPHENED_WORD.finditer(clause))[-_FAR_REACH - 1 :]  # "April-to-September":
    directions, prepositions = _cue_directions(), _subject_words().prepositions  # one word
    stops = counted.stop_words()
    content = False
    for k in range(len(matches) - 1, -1, -1):
        word = matches[k].group().lower()
        direction = directions.get(word)
        if k == 0:  # the clause's first word: a verb after an apposition's comma only ("Ivory
            # Coast, the world's top cocoa producer, raised the price paid to farmers ... by")
            first = direction is not None and content and word.endswith("ed")
            if not first or matches[0].start() != 1 or not ctx.text.startswith(",", offset - 1):
                return None
            if matches[1].group().lower() not in _DETERMINERS:
                return None
            return Cue(direction, offset + matches[0].start(), offset + matches[0].end())  # type: ignore[arg-type]
        if direction is not None and _in_compound_noun(matches, k, word):
            content = True  # "raised the capital gains tax on equities to": a noun
            continue
        at = offset + matches[k].start()
        if any(start <= at < end for start, end in counted_spans):
            content = True  # "some 3.9 million workers": a counted phrase in the object
            continue
        if direction is not None and content:
            after = matches[k + 1].group().lower()
            before = matches[k - 1].group().lower()
            relative = before in _RELATIVES and word[-1] in "sd"  # "a budget that raises"
            if after in prepositions or (
                not relative
                and not _adverb_after_subject(matches, k)
                and not _modal_before(matches, k)
                and not (before in _PERFECT and after in _DETERMINERS)  # "has raised the"
                and (before in _DETERMINERS or before in stops)
            ):
                return None  # "rose in the first half to", "the cuts in", "was cut"
            supplies = lexicons.change_cues().supply_nouns
            if ctx.text.startswith("to", char) and any(
                m.group().lower() in supplies for m in matches[k + 1 :]
            ):
                return None  # "cut the power in the city to 200,000 homes"
            return Cue(direction, offset + matches[k].start(), offset + matches[k].end())
        if word in prepositions or word in _DETERMINERS:
            continue
        if word == "over" and matches[k - 1].group().lower() in _OVER_HEADS:
            continue  # "extended its lead over the Conservatives to": the lead's link
        if (word in stops and not _hyphened(clause, matches[k])) or direction is not None:
            return None  # a stop word, but not one of a compound: "its five-year rate to"
        content = True
    return None


def _counted_within(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the counts that end in a noun ("some 3.9 million workers", not "3.9
    million") wholly between ``start`` and ``end``."""
    counts = ctx.group(quantities.GROUP)
    k = bisect.bisect_left(counts, start, key=_start_char)
    found = []
    for count in counts[k:]:
        if count.end_char > end:
            break
        last = count.text.rsplit(None, 1)[-1]
        if last.isalpha() and last.lower() not in _SCALES:
            found.append((count.start_char, count.end_char))
    return found


_SCALES = frozenset({"thousand", "million", "billion", "trillion"})


def _after_word(ctx: Context, char: int, words: frozenset[str]) -> bool:
    """Whether the token before the one at ``char`` is one of ``words`` (lower-cased)."""
    k = ctx.token_at(char) - 1
    return k >= 0 and ctx.lowers[k] in words


_ADVERBS_AFTER_SUBJECT = frozenset({"also", "further", "then", "later"})
_AGAIN_WORDS = frozenset({"again", "further"})
"""Adverbs that may follow a verb's object before its size: "raise rates again by 25 basis
points", "cut rates further by 25 basis points"."""


def _adverb_after_subject(matches: list[re.Match[str]], k: int) -> bool:
    """Whether the word before the change verb of match ``k`` is an adverb after its subject
    ("The bank also raised the price of bread to", "Sitharaman again raised") or a modal ("will
    also raise"), not after another auxiliary ("the rate was also cut": a passive, whose
    object is no object)."""
    if k < 2:
        return False
    word, low = matches[k - 1].group(), matches[k - 1].group().lower()
    if low not in _ADVERBS_AFTER_SUBJECT and not _adverb_before_verb(word, low):
        return False
    return matches[
        k - 2
    ].group().lower() not in lexicons.change_cues().auxiliaries or _modal_before(matches, k - 1)


_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "to"})
_MODAL_VERBS = _MODALS - {"to"}  # "to" may be a preposition: "the shift to electric cars"
_OBLIGED = frozenset({"have", "has", "had", "having", "need", "needs", "needed", "yet", "ought"})
"""Words before the "to" of a change verb's infinitive that, with it, stand between the
subject and its verb as a modal does ("Emissions would have to fall", "has yet to fall")."""


def _modal_before(matches: list[re.Match[str]], k: int) -> bool:
    """Whether a modal or an infinitive's "to" stands right before the bare verb of match
    ``k`` ("would raise the price of cars by", "plans to cut the fee for ... to"): no passive."""
    if k < 1 or matches[k - 1].group().lower() not in _MODALS:
        return False
    return not matches[k].group().lower().endswith(("ed", "ing", "s"))


_SET_OFF_TAIL = LazyPattern(
    r"(?:[ \u00a0]+(?:[A-Za-z][A-Za-z'\u2019-]*|(?:19|20)\d\d|\d+(?=[ \u00a0]+times\b)"
    r"|\d+(?:st|nd|rd|th)\b))*"
)
"""What may follow a change verb up to the comma before its size: its object and adverbials,
no value but a year, a count of times or a rank ("its overnight rate seven times since June
2024", "for a 23rd consecutive period")."""


def _set_off_verb(ctx: Context, cue: Cue, sentence: int) -> bool:
    """Whether the change word before a ", to" is a verb, not a noun of change that reads its
    own "to" ("a sharp rise in exports, to $5 billion", "The firm cut its stake in the
    company, to 5%": a determiner in the four words before a word not in -ed or -en)."""
    word = ctx.text[cue.start : cue.end].lower()
    if word.endswith(("ed", "en")):
        return True
    before = _WORD.findall(ctx.text, max(sentence, cue.start - 40), cue.start)[-4:]
    if before and before[-1].lower() in _PERFECT:
        return True  # "The central bank has cut its rate three times, most recently to"
    return not any(w.lower() in _DETERMINERS for w in before)


_SET_OFF_ADVERBS = (", most recently ", ", most recently\u00a0", ", latest ", ", lastly ")
"""What may stand between the comma that sets a size off and its keyword: "has cut its rate
three times since April, most recently to 48%"."""


def _set_off_comma(text: str, start: int) -> int | None:
    """The character of the comma that sets off the keyword at ``start`` (", to", ", most
    recently to"), else None."""
    if text[start - 2 : start] == ", ":
        return start - 2
    for lead in _SET_OFF_ADVERBS:
        if text.endswith(lead, 0, start):
            return start - len(lead)
    return None


def _set_off_cue(ctx: Context, comma: int, sentence: int) -> tuple[Cue, int] | None:
    """The change verb of the clause that ends at the comma at char ``comma``, before a size
    set off by commas: "The Bank of Canada has cut its overnight rate seven times since June
    2024, by a total of 225 basis points, to 2.75%". Only its object and adverbials (words, a
    year, a count of times) follow the verb, and a word of its clause (a subject) and no
    determiner (a noun: "the cuts") stand before it. With the verb, where its object ends
    (before its count of times or its date: "its overnight rate")."""
    low = max(sentence, comma - 12 * _FAR_REACH)
    clause = _CLAUSE_BREAK.split(ctx.text[low:comma])[-1]
    offset = comma - len(clause)
    matches = list(_WORD.finditer(clause))[-_FAR_REACH - 1 :]
    directions = _cue_directions()
    for k in range(len(matches) - 1, 0, -1):
        direction = directions.get(matches[k].group().lower())
        if direction is None:
            continue
        if matches[k - 1].group().lower() in _DETERMINERS:
            return None  # "the cuts since June, by"
        if _SET_OFF_TAIL.fullmatch(clause, matches[k].end()) is None:
            return None  # "rose 5% in May, by": the verb has its own value
        ends = _OBJECT_ENDS.search(clause, matches[k].end())
        end = offset + (ends.start() if ends else len(clause))
        return Cue(direction, offset + matches[k].start(), offset + matches[k].end()), end
    return None


_OBJECT_ENDS = LazyPattern(
    r"[ \u00a0]+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|several|many|once|twice|thrice|since|last|this|so|over|during|earlier|already)\b)",
    re.IGNORECASE,
)
"""What ends a change verb's object before a size set off by commas: a count of times or a
date ("cut its overnight rate seven times since June 2024")."""


def _hyphened(clause: str, word: re.Match[str]) -> bool:
    """Whether ``word`` is glued by a hyphen to a word after or before it ("five-year",
    "full-year", "one-off")."""
    start, end = word.span()
    return (clause[end : end + 1] == "-" and clause[end + 1 : end + 2].isalnum()) or (
        start > 1 and clause[start - 1] == "-" and clause[start - 2].isalnum()
    )


_BY_A_NOUN_OF = re.compile(rf"\b(by|to)[ \u00a0]+{_A_NOUN_OF}$", re.IGNORECASE)
"""A "by" or "to" the value follows after "a ... of": "rose by an average of £1,200 to
£31,000", "climbed to a record high of $2,400"."""


_BY_A_SUM_OF = re.compile(
    r"\b(by)[ \u00a0]+an?[ \u00a0]+(?:cumulative|combined|further|additional|net|collective"
    r"|total|aggregate|extra)[ \u00a0]+$",
    re.IGNORECASE,
)
"""A "by" whose size is told as a sum: "cut rates by a cumulative 100 basis points to 5.5%",
"rose by a further 2%"."""
_SUM_OF_LASTS = frozenset("edlrtaED")
"""The last letters of the words of ``_BY_A_SUM_OF`` ("cumulative", "combined", "total")."""


_KEYWORD_LASTS = frozenset("mMoOyYfF \u00a0\n")
"""The characters a keyword may end with two characters before its value: the last letters of
"from", "to", "by" and "of" (no ``patterns.CASE_TRAPS`` character folds to one), or a space
or newline of a longer gap."""
_RECORD_ENDS = ("record ", "Record ", "record\u00a0")
"""What "to a record" ends with before its value ("rose 5% to a record $182")."""


_RATE_KEYWORD = re.compile(
    r"\b(from|to)[ \u00a0]+an?[ \u00a0]+(?:annual|annuali[sz]ed|yearly"
    r"|seasonally[ \u00a0]+adjusted(?:[ \u00a0]+annual)?)[ \u00a0]+$",
    re.IGNORECASE,
)
"""A keyword before a rate told as a year's: "slowed to an annual 2.4%", "fell to a seasonally
adjusted 4.1%" (the level, as "to 2.4%")."""


_RATE_ADJECTIVES = frozenset({"annual", "annualized", "annualised", "seasonally", "adjusted"})


_DETERMINED_KEYWORD = re.compile(
    r"\b(from|to)[ \u00a0]+(?:its|their|the|his|her|our)[ \u00a0]+$", re.IGNORECASE
)
"""A value's "to" or "from" with a determiner between: "brought inflation down to its 4%
target", "eased to the 2% goal", "fell from its 5% peak" name where it went or came from; a
count's may be what the move reached for ("rose 5% to the 100 stores it owns")."""
_DETERMINED_LASTS = frozenset("sreSRE")
"""The last letters of those determiners ("its", "the", "their")."""


def _keyword(ctx: Context, value: Span, sentence: int) -> re.Match[str] | None:
    text, start = ctx.text, value.start_char
    if text[start - 1 : start] == " " and text[start - 2 : start - 1] not in _KEYWORD_LASTS:
        if text[start - 2 : start - 1] in ("l", "d") and value.label_ == "percentage":
            rate = _RATE_KEYWORD.search(text, max(sentence, start - 48), start)
            if rate is not None:
                return rate  # "to an annual 2.4%"
        if text[start - 2 : start - 1] in _SUM_OF_LASTS:
            summed = _BY_A_SUM_OF.search(text, max(sentence, start - 24), start)
            if summed is not None:
                return summed  # "by a cumulative 100 basis points"
        if text[start - 2 : start - 1] in _DETERMINED_LASTS and value.label_ != "quantity":
            determined = _DETERMINED_KEYWORD.search(text, max(sentence, start - 14), start)
            if determined is not None:
                return determined  # "fell to its 4% target", "from the 5% peak"
        if text[start - 2 : start - 1] != "d" or not text.endswith(_RECORD_ENDS, 0, start):
            return None  # most values: one space after a word that is no keyword
        return _BY_A_NOUN_OF.search(text, max(sentence, start - 40), start)  # "to a record"
    found = _KEYWORD.search(text, max(sentence, start - 8), start)
    if found is None and text[start - 3 : start - 1] == "of":  # "by an average of"
        found = _BY_A_NOUN_OF.search(text, max(sentence, start - 56), start)
    return found


_JOINED_ENDS = (
    "to",
    "from",
    "of",
    "rd",
    "current",
    "existing",
    "present",
    "revised",
    "previous",
    "prior",
    "earlier",
    "its",
    "the",
    "their",
)
"""The last words a gap of ``_GAP`` may end in: "from the current 5%" (``_A_LEVEL_OF``)."""


def _joined_by(gap: str) -> str | None:
    """The word that links two values ("to", "from"), if the text between them is one of
    ``_GAP``. Both patterns end in their word and spaces: a gap whose last word is neither
    is no link, without trying the patterns."""
    head = gap.rstrip(" \u00a0")
    # (?i) reads only ASCII letters as "to" or "from" (patterns.CASE_TRAPS holds no t, o, f,
    # r or m), and lower() keeps what ends the string.
    if len(head) == len(gap) or not head[-8:].lower().endswith(_JOINED_ENDS):
        return None
    return "to" if _GAP["to"].fullmatch(gap) else "from" if _GAP["from"].fullmatch(gap) else None


_APPOSED_SHARE = LazyPattern(r"\bof[ \u00a0]+(?:the[ \u00a0]+)?[a-z]+s,[ \u00a0]+$")
"""A share's group before a percentage set off by commas: "two-thirds of respondents, 60%,"."""


def _share_clause(ctx: Context, value: Span, gap: str) -> int | None:
    """Where the clause of a share of a group that opens its sentence starts in ``gap``, the
    text after the percentage ``value``: after the comma of a percentage that restates the
    share between commas ("Nearly two-thirds of respondents, 60%, said"), or at once after a
    percentage that opens the sentence and "of" ("Only 39% of kindergartners had received");
    None when it is no such share."""
    if value.label_ != "percentage":
        return None
    start = ctx.sentence_start(value.start_char)
    if value.start_char - start > 60:
        return None
    if gap.startswith(", "):
        return 1 if _APPOSED_SHARE.search(ctx.text, start, value.start_char) else None
    if value.start_char - start <= 16 and gap.startswith((" of ", "\u00a0of ")):
        return None if _CLAUSE_BREAK.search(ctx.text, start, value.start_char) else 0
    return None


_SHARE_UP_FROM = LazyPattern(
    rf"(?:[ \u00a0]+(?:[\w'’-]+|{_DATE_MARK}(?:['’]s)?)){{1,14}},[ \u00a0]+"
    rf"(?P<dir>up|down)[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?{_A_LEVEL_OF}"
)
"""The clause of a share of a group before its earlier level: up to 14 words and dates, no
comma ("of kindergartners had received both doses of the MMR vaccine in the 2016-17 school
year, down from")."""


def _share_moved_from(ctx: Context, gap: str, at: int) -> re.Match[str] | None:
    """The "B ..., up from A" match of the clause of a share (``_share_clause``), which starts
    at char ``at``: ``_moved_from``'s, else a longer clause of words and dates that opens no
    other clause."""
    moved = _moved_from(ctx, gap, at)
    if moved is not None or len(gap) > 128:
        return moved
    marked = _dates_marked(ctx, gap, at)
    loose = _SHARE_UP_FROM.fullmatch(marked)
    if loose is None or not _CLAUSE_LINKS.isdisjoint(w.lower() for w in _WORD.findall(marked)):
        return None
    return loose


def _pairs(
    ctx: Context, first: Span, second: Span, sentence: int, after: int | None = None
) -> Roles | None:
    """Two values of one clause: "from A to B", "to B from A", "by C to B", "rose C to B",
    "B, up from A". ``after``: where the first ends with its restatement ("¥500 billion
    ($3.3 billion)"), if it has one."""
    if after is None and first.label_ == "quantity" and ctx.text.startswith(" (", first.end_char):
        short = _UNIT_SHORT.match(ctx.text, first.end_char)  # "1.2 million barrels per day
        after = short.end() if short else None  # (bpd) in May, up from 1.1 million bpd"
    after = first.end_char if after is None else after
    gap = ctx.text[after : second.start_char]
    if gap.endswith(_SWING_GAP_ENDS) and first.label_ == second.label_ == "money":
        swing = _swing(ctx, first, gap, second, sentence)
        if swing is not None:
            return swing  # "swung to a loss of $45m from a profit of $12m"
    joined_by = _joined_by(gap)
    if (
        joined_by is None
        and gap.endswith(_OF_ENDS)
        and "from" in gap
        and _same_result_from(ctx, first, gap)
    ):
        joined_by = "from"  # "narrowed its net loss to $1m from a net loss of $3m"
    if (
        joined_by is None
        and len(gap) > 8
        and (
            gap.rstrip(" \u00a0")[-4:].endswith(("to", "from"))
            or (gap.endswith(_OF_ENDS) and "from" in gap)  # "this spring from a peak of"
        )
    ):
        # "rise to $140 million next season, from": the dates marked, the adverbials hold them
        marked = _dates_marked(ctx, gap, after)
        joined_by = _joined_by(marked) if marked != gap else None
    if (
        joined_by is None
        and (gap.endswith(_AT_ENDS) or gap.endswith(_RECORD_ENDS))
        and _closed_at(ctx, gap, first, second, sentence)
    ):
        joined_by = "to"  # "closed up 0.5% at 7,500 points"
    if joined_by is None and gap.endswith(_AT_ENDS) and "er" in gap:
        higher = _comparative_at(ctx, gap, first, second, sentence)
        if higher is not None:
            return higher  # "closed 1.8% higher at 651.30 rupees"
    if joined_by in (None, "to") and gap.endswith(_TO_ENDS) and "from" not in gap:
        valued = _valued_object(ctx, first, gap, second, sentence)
        if valued is not None:
            return valued  # "cut a $4.69 billion jury verdict against J&J to $2.12 billion"
    if joined_by is None:
        moved = _moved_from(ctx, gap, after, first.start_char) if "from" in gap else None
        share = _share_clause(ctx, first, gap) if moved is None and "from" in gap else None
        if share is not None:
            moved = _share_moved_from(ctx, gap[share:], after + share)  # "Nearly two-thirds
            # of respondents, 60%, said the economy was the most important issue, up from
        if moved is None:
            # "…, compared with ", "…, against ": most gaps end otherwise, or hold no comma
            last = gap[-2:-1]
            compared = (
                "," in gap
                and (
                    last in _COMPARED_LAST
                    or (last == "f" and "compar" in gap)  # "compared to a loss of"
                )
            ) or gap.endswith(_VERSUS_ENDS)  # "$5.1 billion vs. $4.8 billion a year ago"
            return _compared(ctx, first, second) if compared else None
        return _up_from(ctx, first, second, moved)
    if joined_by == "to" and _pared_gap(gap):
        return None  # "rose as much as 5% before paring gains to 2%": 2% is the gain's size
    if joined_by == "to" and "ing" in gap and _LATER_MOVE.search(gap) is not None:
        return None  # "Oil rose 3% before easing to $80": the level after the later move
    keyword = _keyword(ctx, first, sentence)
    lead = keyword.group(1).lower() if keyword else None
    start = anchor = keyword.start() if keyword else first.start_char
    cue = _cue_before(ctx, start, sentence)  # the keyword lies in the sentence of ``first``
    if cue is None and lead == "by" and joined_by == "to":
        cue = _cue_before(ctx, start, sentence, 8)  # "raised the price of its plan by $2 to"
        if cue is None:
            cue = _far_cue(ctx, start, sentence)  # "raised the price paid to farmers for the
            # April-to-September mid-crop by 50% to"
        if cue is None and (comma := _set_off_comma(ctx.text, start)) is not None:
            set_off = _set_off_cue(ctx, comma, sentence)  # "cut it seven times, by"
            if set_off is not None:
                cue, anchor = set_off
    elif cue is None and lead == "to" and (comma := _set_off_comma(ctx.text, start)) is not None:
        set_off = _set_off_cue(ctx, comma, sentence)  # "has fallen for the fourth
        if set_off is not None and _set_off_verb(ctx, set_off[0], sentence):
            cue, anchor = set_off  # straight year, to 41,820 students from 44,300"; "has cut
            # its rate three times since April, most recently to 48% from 58%"
    elif cue is None and lead == "to" and joined_by == "from":
        cue = _far_cue(ctx, start, sentence)  # "raised the long-term capital gains tax on
        # equities to 12.5% from 10%": the verb beyond the object's words
    if (
        cue is not None
        and (" and " in ctx.text[cue.end : start] or " but " in ctx.text[cue.end : start])
        and _value_between(ctx, first, cue.end, start)
    ):
        cue = None  # "rose 6% and profit 10% to $2bn": ``_with_gapped``'s
    roles: tuple[Span | None, Span | None, Span | None]
    if lead in ("from", "to") and not _kinds_meet(first, second):
        return None  # "rose to $5 million from 300 stores": where the money came from
    if lead == "from" and joined_by == "to":
        roles, rule = (first, second, None), "from_to"
    elif lead == "to" and joined_by == "from":
        roles, rule = (second, first, None), "to_from"
    elif lead == "by" and joined_by == "to" and cue is not None:
        # no verb, no change: "passed by 60 votes to 40", "won by 3 goals to 1" are tallies
        roles, rule = (None, second, first), "by_to"
    elif lead is None and joined_by == "to" and cue is not None:
        if _as_far_as(ctx.text, first.start_char):
            return None  # "fell as low as $56,500 before recovering to $58,000": two levels
        roles, rule = (None, second, first), "cue_by_to"
    elif (
        lead is None
        and joined_by == "from"
        and _alike(first, second)
        and (level := _level_cue(ctx, start, sentence)) is not None
    ):
        # "reach 3.2 million ... by 2028, from 2.8 million", "stood at 5.1%, from 4.8%"
        roles, rule, cue = (second, first, None), LEVEL_FROM, level
    elif (
        lead in (None, "by")
        and joined_by == "from"
        and cue is not None
        and (first.label_ == "percentage" or _alike(first, second))
        and not _sum_of_things(ctx, second)
    ):
        # "up 23 per cent from 125.5 Mt"; "raised $5 million from 300 donors" is no change
        roles, rule = (second, None, first), "cue_by_from"
    else:
        return None
    if lead == "from" and cue is None and _range_verb_before(ctx, start):
        return None
    old, new, by = roles
    if by is not None and new is not None and not _size_fits(by, new):
        return None  # "raised tariffs on $200 billion of goods to 25%": what the rate is on
    if rule in ("from_to", "to_from") and ctx.text.endswith(_PARED_ENDS, 0, start):
        pared = _PARED.search(ctx.text, max(sentence, start - 60), start)
        if pared is not None and pared["verb"].lower() in _PARED_VERBS:
            # "Shares pared gains to 1% from 5%": the running gain or loss moved, as its
            # values say (down), and is the verb's object
            cue = Cue("unknown", pared.start("verb"), pared.end("verb"))
    return Roles(
        start=min(start, cue.start) if cue else start,
        end=second.end_char,
        rule=rule,
        from_value=old,
        to_value=new,
        by_value=by,
        direction=cue.direction if cue else "unknown",
        cue=cue,
        anchor=anchor,
    )


_OF_ENDS = (" of ", " of\u00a0")
_TO_ENDS = (" to ", " to\u00a0", "\u00a0to ")
VALUED_TO = "valued_to"
_VALUED_LEAD = LazyPattern(r"\b([a-z]+)[ \u00a0]+(?:a|an|the|its|their|his|her|our)[ \u00a0]+$")
_VALUED_NOUNS = LazyPattern(
    r"[ \u00a0]+((?:[a-z][a-z'-]*[ \u00a0]+){0,3}?[a-z][a-z'-]*)"
    r"(?:[ \u00a0]+(?:against|for|of|on|in|with|at|over|to)\b.*)?$",
    re.DOTALL,
)
_VALUED_GAP_STOPS = frozenset(
    {"it", "they", "he", "she", "we", "that", "which", "who", "had", "has", "have", "was",
     "were", "is", "are", "will", "would", "and", "or", "but", "after", "before", "since"}
)  # fmt: skip
_VALUED_GAP = 60


def _valued_object(
    ctx: Context, first: Span, gap: str, second: Span, sentence: int
) -> Roles | None:
    """A change verb's object valued before its noun and its new value after "to": "cut a
    $4.69 billion jury verdict against Johnson & Johnson to $2.12 billion", "raised its $5
    billion buyback to $10 billion": from the first value to the second, the noun what
    changed. The verb stands right before the object's determiner, the gap holds words only
    (no figure, clause mark, pronoun or verb of a clause of its own), and the values agree
    with the verb's direction."""
    if len(gap) > _VALUED_GAP or any(c.isdigit() or c in ",;:()" for c in gap):
        return None
    if not _kinds_meet(first, second) or first.label_ not in ("money", "quantity", "percentage"):
        return None
    lead = _VALUED_LEAD.search(ctx.text, max(sentence, first.start_char - 40), first.start_char)
    direction = _cue_directions().get(lead.group(1)) if lead else None
    if lead is None or direction not in ("up", "down"):
        return None
    words = gap.lower().split()
    if not _VALUED_GAP_STOPS.isdisjoint(words):
        return None
    if _against(ctx, first, second, direction):
        return None
    nouns = _VALUED_NOUNS.match(gap[: -len(" to ")])
    if nouns is None and gap.strip():
        return None
    named = None  # "cut its 2,000-strong workforce to 1,500": the noun is the count's own
    if nouns is not None:
        at = first.end_char + nouns.start(1)
        named = (at, at + len(nouns.group(1)))
    cue = Cue(direction, lead.start(1), lead.end(1))
    return Roles(
        start=lead.start(1),
        end=second.end_char,
        rule=VALUED_TO,
        from_value=first,
        to_value=second,
        by_value=None,
        direction=direction,
        cue=cue,
        anchor=first.start_char,
        named=named,
    )


@cache
def _result_from() -> re.Pattern[str]:
    """ "from a net loss of": "from" and an old value named by a result of a sign
    (``subject_words.json`` swing_results), up to two modifiers before it."""
    results = grouped(_subject_words().swing_results)
    return re.compile(
        rf",?[ \u00a0]+from[ \u00a0]+an?[ \u00a0]+(?:[a-z-]+[ \u00a0]+){{0,2}}?"
        rf"(?P<result>{results})[ \u00a0]+of[ \u00a0]+"
    )


def _same_result_from(ctx: Context, first: Span, gap: str) -> bool:
    """Whether the old value after "from" is named by the result that the words right
    before the new value's "to" name, maybe with a verb between ("Its profit rose to"):
    "narrowed its net loss to $1m from a net loss of $3m" is
    one result's change, as "narrowed its loss to $1m from $3m" is. Not another result ("rose
    to $5m from a loss of $3m" flips a sign: a swing's, read by ``_swing``)."""
    found = _result_from().fullmatch(gap)
    if found is None:
        return False
    lead = ctx.text[max(0, first.start_char - 40) : first.start_char]
    verb = r"(?:[a-z]+[ \u00a0]+)?"  # "Its profit rose to"
    return re.search(rf"\b{found['result']}[ \u00a0]+{verb}to[ \u00a0]+$", lead) is not None


SWING_TO_GAIN, SWING_TO_SHORTFALL = "swing_to_gain", "swing_to_shortfall"
SWING_WITHIN_GAIN, SWING_WITHIN_SHORTFALL = "swing_within_gain", "swing_within_shortfall"
"""A swing verb between two results of one sign ("swung to a loss of $1m from a loss of
$3m"): no sign flipped; both values keep their result's sign (-3m to -1m: up, a smaller loss
being a better result)."""


_ARTICLE_ENDS = (" a ", " an ", "\u00a0a ", "\u00a0an ")
_SWING_GAP_ENDS = _OF_ENDS + _ARTICLE_ENDS


@cache
def _swing_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The parts of a swing: what stands before the first value (a verb of a swing, maybe,
    and "a net loss of" or "a"), the gap to the second (the first's result if it follows it,
    a period, ", from", "compared with" and "a profit of" or "a"), and the second's result
    after it ("a $12m profit"); up to three modifiers before a result ("net", "pre-tax",
    "third-quarter")."""
    table = _subject_words()
    results, verbs = grouped(table.swing_results), grouped(table.swing_verbs)
    modifiers = r"(?:[a-z0-9][a-z0-9-]*[ \u00a0]+){0,3}?"
    # "a net loss of", "net income of" (no article: "net" alone before the result), or "a"
    of = (
        rf"(?:(?:(?:a|an)[ \u00a0]+{modifiers}|net[ \u00a0]+)?"
        rf"(?P<result>{results})[ \u00a0]+of[ \u00a0]+|(?P<article>a|an)[ \u00a0]+)"
    )
    done, flips = grouped(table.swing_result_verbs), grouped(table.sign_swing_verbs)
    # "swung to 1.2 billion yuan from a loss of": a verb of a sign's flip with no result
    lead = (
        rf"(?:(?:\b(?P<verb>{verbs})[ \u00a0]+(?:back[ \u00a0]+)?(?:to|into)[ \u00a0]+)?\b{of}"
        rf"|\b(?P<done>{done})[ \u00a0]+"
        rf"|\b(?P<flip>{flips})[ \u00a0]+(?:back[ \u00a0]+)?(?:to|into)[ \u00a0]+)$"
    )
    # "in the third quarter", and with the dates marked (``_swing_gap``) "for \x00 to \x00"
    # ("for the year to June 30"), "in \x00 ended \x00" ("in the quarter ended Sept. 30"),
    # "in the \x00 to \x00" ("in the six months to March")
    period = (
        r"[ \u00a0]+(?:in|for|over|during)[ \u00a0]+"
        r"(?:the[ \u00a0]+(?:[a-z0-9-]+[ \u00a0]+){0,2}?(?:quarter|half|year|period|months)"
        r"|(?:the[ \u00a0]+)?\x00)"
        r"(?:[ \u00a0]+(?:to|ended|ending|through)[ \u00a0]+\x00)?"
    )
    gap = (
        rf"(?:[ \u00a0]+{modifiers}(?P<first>{results}))?(?:{period})?,?[ \u00a0]+"
        rf"(?:from|compared[ \u00a0]+(?:with|to)|versus|vs\.|against)[ \u00a0]+{of}"
    )
    after = rf"[ \u00a0]+{modifiers}(?P<result>{results})\b"
    return re.compile(lead), re.compile(gap), re.compile(after)


def _swing(ctx: Context, first: Span, gap: str, second: Span, sentence: int) -> Roles | None:
    """A swing between a gain and a shortfall ("swung to a loss of $45m from a profit of
    $12m", "swung to a $45m loss from a $12m profit"): a change from the second value to the
    first, its direction the sign of the first's result. Two results of one sign are no
    swing ("a loss of $3m from a loss of")."""
    lead_re, gap_re, after_re = _swing_res()
    compared = gap_re.fullmatch(gap)
    if compared is None and len(gap) > 16:
        # a period with its dates: "a loss of 28.7 million pounds for the year to June 30
        # from a profit of"
        compared = gap_re.fullmatch(_dates_marked(ctx, gap, second.start_char - len(gap)))
    if compared is None:
        return None
    start = first.start_char
    lead = lead_re.search(ctx.text, max(sentence, start - 80), start)
    if lead is None:
        return None
    if (lead["result"] or lead["done"] or lead["flip"]) is None and compared["first"] is None:
        return None
    if lead["flip"] is not None and compared["first"] is not None:
        return None  # "swung to $5m in profit": the result's own sign, read as such elsewhere
    if lead["result"] is not None and compared["first"] is not None:
        return None  # each value's result once: before it with "of", after it, or a verb's
    after = None
    if compared["result"] is None:
        after = after_re.match(ctx.text, second.end_char) if compared["article"] else None
        if after is None:
            return None
    table = _subject_words()
    signs = table.swing_results
    if lead["done"] is not None and compared["first"] is None:
        new = table.swing_result_verbs[lead["done"].lower()]  # "lost $45m, against a profit"
    elif lead["flip"] is not None:
        new = -signs[(after or compared)["result"]]  # "swung to $5m from a loss of $3m"
    else:
        new = signs[lead["result"] or compared["first"]]
    if new == signs[(after or compared)["result"]]:
        if lead["verb"] is None or (lead["result"] or compared["first"]) is None:
            return None  # "a $1m loss from a $3m loss" names its results after the values
        # "swung to a loss of $1m from a loss of $3m": from -3m to -1m, the signed values'
        # order giving the direction (up: the result got better).
        begin = lead.start("verb")
        rule = SWING_WITHIN_GAIN if new > 0 else SWING_WITHIN_SHORTFALL
        moved = Cue("unknown", begin, lead.end("verb"))
        return Roles(begin, second.end_char, rule, second, first, None, "unknown", moved, begin)
    gain = new > 0
    verb = next((name for name in ("verb", "done", "flip") if lead[name]), None)
    begin = lead.start(verb) if verb else lead.start()
    cue = Cue("up" if gain else "down", begin, lead.end(verb)) if verb else None
    return Roles(
        start=begin,
        end=second.end_char,
        rule=SWING_TO_GAIN if gain else SWING_TO_SHORTFALL,
        from_value=second,
        to_value=first,
        by_value=None,
        direction="up" if gain else "down",
        cue=cue,
        anchor=begin,
    )


def _size_fits(by: Span, new: Span) -> bool:
    """Whether ``by`` can size a move to ``new``: a rate moves by a rate or a bare number of
    points ("rose 2 points to 25%", "rose by 0.2 to 5.1 per cent"), not by a count ("on 5,000
    products to 25%"), and a sum of money sizes a move of money only ("rose $2 to $12"); a
    percentage sizes any level ("rose 5% to $35,000")."""
    if by.label_ == "money":
        return new.label_ == "money"
    return new.label_ != "percentage" or by.label_ == "percentage" or not _has_letter(by.text)


def _has_letter(text: str) -> bool:
    return any(char.isalpha() for char in text)


def _lone_swing(ctx: Context, value: Span, sentence: int) -> Roles | None:
    """A swing to a result with no old value ("Net profit swung to a loss of 2 billion yen",
    "The bank swung to a net loss of $1.2bn"): a change to the signed value, its direction
    the result's sign. Only after a verb of a swing and "to": "posted a loss of $5m" is none."""
    start = value.start_char
    head = ctx.text[max(sentence, start - 16) : start - 3].rsplit(None, 1)
    if not head or head[-1].lower() not in _subject_words().swing_results:
        return None  # most values after "of" follow no result ("revenue of"): a set says so
    lead = _swing_res()[0].search(ctx.text, max(sentence, start - 80), start)
    if lead is None or lead["verb"] is None or lead["result"] is None:
        return None
    if ctx.text.startswith((" and ", " or "), value.end_char):
        return None  # "swung to a profit of $3m and a loss of $8m": of what, unsaid
    gain = _subject_words().swing_results[lead["result"].lower()] > 0
    cue = Cue("up" if gain else "down", lead.start("verb"), lead.end("verb"))
    return Roles(
        start=cue.start,
        end=value.end_char,
        rule=SWING_TO_GAIN if gain else SWING_TO_SHORTFALL,
        from_value=None,
        to_value=value,
        by_value=None,
        direction=cue.direction,
        cue=cue,
        anchor=cue.start,
    )


def _signed(value: Value | None) -> Value | None:
    """A shortfall's value as a negative level: a loss of $45m is -45m."""
    if not isinstance(value, Money):
        return value
    high = None if value.amount_max is None else -value.amount_max
    return value.model_copy(update={"amount": -value.amount, "amount_max": high})


def _sum_of_things(ctx: Context, value: Span) -> bool:
    """Whether an amount of money after "from" is a sum of things ("raised $5 billion from
    $20 billion of bids", "of orders"): where the money came from, not a level it moved
    from."""
    return value.label_ == "money" and _OF_AFTER.match(ctx.text, value.end_char) is not None


LEVEL_FROM = "level_to_from"
_BARE_NUMBER = re.compile(r"[0-9][0-9.,]*(?:[ \u00a0]+(?:thousand|[mbtr]illion))?")
"""A quantity that is a number alone ("2.8 million"): its unit is the other value's."""


def _kinds_meet(first: Span, second: Span) -> bool:
    """Whether two values may be a change's two ends: of one kind, or one a bare number that
    leaves its kind to the other ("from 5 to 10 percent"); not a sum and a count of things
    ("rose to $5 million from 300 stores")."""
    if first.label_ == second.label_:
        return first.label_ != "quantity" or _bases_meet(first, second)
    return any(
        v.label_ == "quantity" and not v.kb_id_ and _BARE_NUMBER.fullmatch(v.text)
        for v in (first, second)
    )


def _bases_meet(first: Span, second: Span) -> bool:
    """Whether two quantities may be a change's ends as far as rates go: neither a rate per
    a base, one a bare number, or rates of one base ("rose to 5.6 per 1,000 from 5.4"; not
    "to 12 per 100,000 people from 300 people", nor per 1,000 from per 100)."""
    kinds = first.kb_id_, second.kb_id_
    if not any(k.startswith(quantities.RATE_KIND) for k in kinds) or kinds[0] == kinds[1]:
        return True
    return any(not v.kb_id_ and _BARE_NUMBER.fullmatch(v.text) for v in (first, second))


def _alike(new: Span, old: Span) -> bool:
    """Whether two values are of one kind and unit (counts of one noun), or the second a bare
    number that leaves its unit out ("3.2 million barrels a day by 2028, from 2.8 million")."""
    if new.label_ != old.label_:
        return False
    if old.label_ == "quantity" and not old.kb_id_ and _BARE_NUMBER.fullmatch(old.text):
        return True
    if new.label_ == "quantity" and not new.kb_id_:  # counts: of one noun ("300 stores")
        return not old.kb_id_ and new.text.rsplit(None, 1)[-1] == old.text.rsplit(None, 1)[-1]
    return new.kb_id_ == old.kb_id_


_AT_AFTER_VERB = LazyPattern(
    r"\b[A-Za-z]+(?:[ \u00a0]+the[ \u00a0]+(?P<session>[a-z]+))?(?:[ \u00a0]+at)?[ \u00a0]+$"
)
"""A verb, the period it closed ("ended the day"), "at", before a value."""


def _level_cue(ctx: Context, char: int, sentence: int) -> Cue | None:
    """A verb that states a level right before the value at ``char``, or before "at" there
    ("reach", "hit", "stood at", ``subject_words.json``'s ``level_verbs``): with "from" after
    the value, the value is where a change went ("Output is expected to reach 3.2 million
    barrels a day by 2028, from 2.8 million in 2023"); the values tell the direction."""
    found = _AT_AFTER_VERB.search(ctx.text, max(sentence, char - 32), char)
    if found is None:
        return None
    table = _subject_words()
    if found.group("session") is not None and found.group("session") not in table.session_nouns:
        return None
    verb = _WORD.match(ctx.text, found.start())
    if verb is None or verb.group().lower() not in table.level_verbs:
        return None
    return Cue("unknown", verb.start(), verb.end())


_COMPARATIVE = LazyPattern(r"[ \u00a0]+(?P<dir>higher|lower)\b")
_COMPARATIVE_AT = LazyPattern(
    rf"[ \u00a0]+(?P<dir>higher|lower){_ADVERBIAL},?[ \u00a0]+"
    rf"(?:to[ \u00a0]+(?P<verb>[a-z]+)[ \u00a0]+)?at[ \u00a0]+",
    re.VERBOSE,
)
"""Between a change's size and the level it reached: " higher at", " lower on Monday at",
" higher to close at"."""


def _comparative_cue(ctx: Context, value: Span, sentence: int) -> tuple[Cue, int] | None:
    """ "closed 1.8% higher", "were trading 4% lower": a verb that states a level right
    before a size and "higher" or "lower" right after it, as market reports write a day's
    move: the verb with the comparative's direction, and where the comparative ends."""
    found = _COMPARATIVE.match(ctx.text, value.end_char)
    if found is None:
        return None
    level = _level_cue(ctx, value.start_char, sentence) or _neutral_cue(ctx, value, sentence)
    if level is None and _LEVEL_AFTER.match(ctx.text, found.end()) is None:
        level = _sent_cue(ctx, value.start_char, sentence)
    if level is None:
        return None
    direction: Direction = "up" if found.group("dir") == "higher" else "down"
    return Cue(direction, level.start, level.end), found.end()


_LEVEL_AFTER = LazyPattern(r",?[ \u00a0]+(?:to|at)[ \u00a0]")
"""After a comparative, the level a move reached: its change is read with it ("sent oil prices
3% higher, to $85": the pair's change, not a second one)."""


def _sent_cue(ctx: Context, char: int, sentence: int) -> Cue | None:
    """A verb of causing a move and its object (one to four words) before the value at
    ``char``, with "higher" or "lower" after it ("drove shares 8% higher"): the verb is the
    cue and its object, read as a transitive verb's, the subject."""
    verb = qualifiers.sent_verb_before(ctx.text, max(sentence, char - 48), char)
    return None if verb is None else Cue("unknown", *verb)


_SENT_DIRECTIONS: dict[str, Direction] = {
    **dict.fromkeys(("push", "pushes", "pushed", "pushing"), "up"),
    **dict.fromkeys(("drive", "drives", "drove", "driving"), "up"),
    **dict.fromkeys(("propel", "propels", "propelled"), "up"),
    **dict.fromkeys(("lift", "lifts", "lifted", "lifting"), "up"),
    **dict.fromkeys(("drag", "drags", "dragged", "dragging"), "down"),
}
"""The way a verb of causing a move takes its object to a level with no "up" or "down"
("pushed inflation to 3.5%" up, "dragged the index to 3,900" down); the others of
``qualifiers.SENT_VERBS`` ("sent the yield to 4.8%", "knocked", "pulled") go either way."""


_OF_TAIL = re.compile(r"[ \u00a0]+of(?:[ \u00a0]+[A-Za-z][\w'\u2019-]*){1,3}[ \u00a0]+$")
"""What an object of a verb of causing a move may end with: "of" and one to three words
("the price of copper", "the yield on" is none)."""


def _sent_to_cue(ctx: Context, keyword: re.Match[str], sentence: int) -> Cue | None:
    """A verb of causing a move and its object (one to four words) right before "to" and a
    percentage or a sum ("A surge in oil prices pushed inflation to 3.5%", "The selloff sent
    the yield to 4.8%"): the verb is the cue, its direction ``_SENT_DIRECTIONS``'s."""
    if keyword.group(1).lower() != "to":
        return None
    at = keyword.start()
    verb = qualifiers.sent_verb_before(ctx.text, max(sentence, at - 48), at)
    if verb is None and (of := _OF_TAIL.search(ctx.text, max(sentence, at - 40), at)):
        # "drove the price of copper to $10,000 a ton": the object's head before "of"
        head = of.start() + 1
        verb = qualifiers.sent_verb_before(ctx.text, max(sentence, head - 48), head)
    if verb is None:
        return None
    words = _WORD.findall(ctx.text, verb[1], at)
    if not _cue_directions().keys().isdisjoint(words):
        return None  # "taking its gains this year to 14.2%": the noun of change is the cue
    if words in (["it"], ["them"]):
        return None  # "taking it to as much as 325 million euros": nothing named moved
    word = ctx.text[verb[0] : verb[1]]
    return Cue(_SENT_DIRECTIONS.get(word, "unknown"), *verb)


@cache
def _total_to() -> re.Pattern[str]:
    """A participle of ``qualifiers.SENT_VERBS`` after a comma, its total's noun and "to":
    ", bringing the total to ", ", taking its death toll so far to "."""
    nouns = alternation(number_context().total_nouns)
    return re.compile(
        r",[ \u00a0]+(?:bringing|taking|pushing|lifting|driving)[ \u00a0]+"
        r"(?:the|its|their|his|her|our)[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}"
        rf"(?:{nouns})(?:[ \u00a0]+of(?:[ \u00a0]+[a-z]+){{1,3}})?"
        r"(?:[ \u00a0]+so[ \u00a0]+far)?[ \u00a0]+to[ \u00a0]+$"
    )


def _total_brought_to(ctx: Context, keyword: re.Match[str], sentence: int) -> bool:
    """Whether a count after "to" is the new level of a total a clause after a comma brings
    it to: "Rates rose, bringing the total to 50", "..., taking the death toll to 1,200"
    (a count after "to" is else whom something reached: "sent a letter to 50 officials",
    and "pushed the death toll to 50" without the comma stays unread)."""
    if (
        keyword.group(1).lower() != "to"
        or "," not in ctx.text[max(sentence, keyword.start() - 80) : keyword.start()]
    ):
        return False
    return (
        _total_to().search(ctx.text, max(sentence, keyword.start() - 80), keyword.end()) is not None
    )


def _sent_to(ctx: Context, cue: Cue, keyword: re.Match[str] | None) -> bool:
    """Whether ``cue`` is a verb of causing a move before its object and "to" (its level
    tells no direction: "sent the yield to 4.8%")."""
    return (
        keyword is not None
        and keyword.group(1).lower() == "to"
        and ctx.text[cue.start : cue.end] in qualifiers.SENT_VERBS
    )


def _neutral_cue(ctx: Context, value: Span, sentence: int) -> Cue | None:
    """A change verb without a direction right before the value ("edged 0.3% higher",
    "moved 2% lower")."""
    cue = _cue_before(ctx, value.start_char, sentence)
    if cue is None or cue.direction != "unknown" or ctx.text[cue.end : value.start_char] != " ":
        return None
    return cue


def _comparative_at(
    ctx: Context, gap: str, first: Span, second: Span, sentence: int
) -> Roles | None:
    """ "Shares closed 1.8% higher at 651.30 rupees", "Apple shares were 2% higher at $190":
    a change by the first value to the second, after a verb that states a level (after a
    copula only to a price or a rate); the size is a percentage or of the end's kind and
    unit ("closed 12 paise higher at 83.10 against the dollar" is a rate's, no change)."""
    found = _COMPARATIVE_AT.fullmatch(gap)
    if found is None or (found.group("verb") or "close") not in _subject_words().level_verbs:
        return None
    if first.label_ != "percentage" and (first.label_, first.kb_id_) != (
        second.label_,
        second.kb_id_,
    ):
        return None
    level = _level_cue(ctx, first.start_char, sentence) or _neutral_cue(ctx, first, sentence)
    if level is None and second.label_ in ("money", "percentage"):
        level = _copula_before(ctx, first.start_char, sentence)
    if level is None:
        return None
    direction: Direction = "up" if found.group("dir") == "higher" else "down"
    cue, start, end = Cue(direction, level.start, level.end), first.start_char, second.end_char
    return Roles(cue.start, end, "cue_by_to", None, second, first, direction, cue, start)


def _copula_before(ctx: Context, char: int, sentence: int) -> Cue | None:
    """A copula right before the value at ``char`` ("were 2% higher at $190")."""
    found = _WORD_BEFORE.search(ctx.text, max(sentence, char - 16), char)
    if found is None or found.group(1) not in _subject_words().copulas:
        return None
    return Cue("unknown", found.start(1), found.end(1))


_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[ \u00a0]$")

_AT_ENDS = (" at ", " at\u00a0", "\u00a0at ", "\u00a0at\u00a0")
_CLOSED_AT = LazyPattern(
    rf"{_ADVERBIAL},?[ \u00a0]+(?:to[ \u00a0]+(?P<verb>[a-z]+)[ \u00a0]+)?at[ \u00a0]+"
    r"(?:an?[ \u00a0]+(?:new[ \u00a0]+)?record[ \u00a0]+)?",
    re.IGNORECASE | re.VERBOSE,
)
"""Between a change's size and the level it reached: ", at", " to close at", " to close at a
record"."""


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
    words = [w.lower() for w in _WORD.findall(ctx.text, max(sentence, cue.start - 32), cue.start)]
    if len(words) > 2 and words[-2] == "the" and words[-1] in table.session_nouns:
        words = words[:-2]  # "ended the day up 40 cents at $12.10"
    if len(words) > 1 and words[-1] in _LEVEL_ADVERBS and words[-2] in table.copulas:
        words = words[:-1]  # "Brent was last down 45 cents at $85.20"
    verb = words[-1] if words else ""
    if verb in table.copulas or _with_absolute(words):
        return second.label_ in ("money", "percentage") or _bare_level(second)
    return verb in table.level_verbs


def _with_absolute(words: list[str]) -> bool:
    """Whether the few words before a change's "up" or "down" are "with" and what moved, no
    verb among them: "Stocks fell, with the S&P 500 down 1.2% at 4,500"."""
    if "with" not in words[-5:]:
        return False
    after = words[len(words) - 1 - words[::-1].index("with") + 1 :]
    verbs = _cue_directions()
    return bool(after) and not any(w in verbs or w.endswith("ed") for w in after)


def _bare_level(value: Span) -> bool:
    """An index level, a number alone ("4,500"); "200 stores" counts things."""
    return value.label_ == "quantity" and _BARE_NUMBER.fullmatch(value.text) is not None


def _moved_from(ctx: Context, gap: str, at: int, head: int = -1) -> re.Match[str] | None:
    """The "B ..., up from A" match of ``gap`` (which starts at char ``at``): the gap of
    ``_UP_FROM``, or a few lower-case words and dates that open no clause (B at ``head``
    heads its clause where "and" and a plural share its subject: quantities.subject_count)."""
    moved = _UP_FROM.fullmatch(gap)
    if moved is None and ", a" in gap:  # "3.2%, a sharp rise from 2.9%"
        moved = _NOUN_FROM.fullmatch(gap)
        if moved is not None and moved.group("dir") not in _subject_words().change_nouns:
            moved = None
    if moved is not None or not gap.rstrip(" \u00a0").endswith(("from", "from the", " of")):
        return moved
    gap = _dates_marked(ctx, gap, at)
    loose = _UP_FROM.fullmatch(gap) or _LOOSE_UP_FROM.fullmatch(gap)  # ", its highest
    # since 2021, up from": an apposed extreme holds dates
    if loose is None and "," in gap[: gap.rfind(",")]:
        loose = _reported_up_from().fullmatch(gap)  # ", officials said on Tuesday, up from"
    words = _WORD.findall(gap)
    if (
        _and_plural(words)
        and ctx.text[at - 1 : at] != ","
        and (head < 0 or quantities.subject_count(ctx.text, head))
    ):
        words = words[2:]  # "homes and businesses were without power": one subject (not
        # "$2m, or 20 cents a share, and sales were flat": a clause after a comma)
    if loose is None or not _CLAUSE_LINKS.isdisjoint(words):
        return None
    return loose


def _and_plural(words: list[str]) -> bool:
    """Whether a gap's words open with "and" and a plural that joins the count's noun, a
    copula or a verb of a state right after it: "homes and businesses were (remained, lost
    ...)"; "jobs and profits rose" opens a clause."""
    return (
        len(words) > 2
        and words[0] == "and"
        and numbers.is_plural(words[1])
        and words[2] in AND_PLURAL_VERBS
    )


AND_PLURAL_VERBS = frozenset(
    {"were", "are", "remained", "remain", "have", "had", "still", "lost", "lack", "lacked"}
)
"""The words after a count's second plural that make it one subject with the first."""


@cache
def _reported_up_from() -> re.Pattern[str]:
    """The loose gap with a report inside it, between commas: "has grown to 146 cases, state
    health officials said on Tuesday, up from 124" (a reporting verb of ``tense.json`` after
    one to four lower-case words, and a date, alone or after "on"), or a source after
    "according to" ("were without power, according to Hokuriku Electric Power, down from")."""
    verbs = grouped(("says", *lexicons.tense().reporting_verbs))
    word, date = r"[ \u00a0]+[a-z][a-z'’-]*", rf"(?:[ \u00a0]+(?:on[ \u00a0]+)?{_DATE_MARK})?"
    source = r"(?:[ \u00a0]+(?:[a-z]+|[A-Z][\w&.'’-]*)){1,5}"
    return re.compile(
        rf"(?:{word}|[ \u00a0]+{_DATE_MARK}(?:['’]s)?){{0,9}},"
        rf"(?:(?:{word}){{1,4}}[ \u00a0]+(?:{verbs}){date}"
        rf"|[ \u00a0]+according[ \u00a0]+to{source}),[ \u00a0]+(?P<dir>up|down)[ \u00a0]+from"
        rf"[ \u00a0]+(?:the[ \u00a0]+)?{_A_LEVEL_OF}"
    )


def _dates_marked(ctx: Context, gap: str, at: int) -> str:
    """``gap`` (which starts at char ``at``) with each date inside it one ``_DATE_MARK``; a
    gap longer than 128 characters is left as it is (no pattern would take it). A
    place, a capitalized name the adverbials would not take, is marked so too: "159 trucks a
    day entered Gaza in February, down from about 500" (where, as when)."""
    if len(gap) > 128:
        return gap  # reading the dates costs: a long gap is no adverbial
    marks = _dates_within(ctx, at, at + len(gap))
    if not gap.islower():  # most gaps hold no capital, so no place
        marks = sorted(
            (*marks, *_dates_within(ctx, at, at + len(gap), places.GROUP)), key=_start_char
        )
    for date in reversed(marks):  # right to left: offsets stay
        gap = gap[: date.start_char - at] + _DATE_MARK + gap[date.end_char - at :]
    return gap


def _dates_within(ctx: Context, start: int, end: int, name: str = dates.GROUP) -> list[Span]:
    """The date spans (or those of group ``name``) between chars ``start`` and ``end``, found
    by bisection (the group is in text order)."""
    group = ctx.group(name)
    k = bisect.bisect_left(group, start, key=_start_char)
    found = []
    while k < len(group) and group[k].start_char < end:
        if group[k].end_char <= end:
            found.append(group[k])
        k += 1
    return found


_BEFORE_UP = LazyPattern(
    rf"(?:[ \u00a0]+(?:[a-z][a-z'’-]*|{_DATE_MARK}(?:['’]s)?)){{0,8}},[ \u00a0]*"
)
"""Between a value and the "up"/"down" after it: "$25.3 million last year, up 12%", "$12,499
for in-state students in the 2017-18 academic year, up 2.5%" (eight words and dates)."""


@cache
def _reported_before_up() -> re.Pattern[str]:
    """``_BEFORE_UP`` with a report set off by commas at its end: "$5 billion in 2022, the
    ministry said, up 8%", "reached 146 cases, officials said on Tuesday, down 2%" (one to
    four lower-case words before a reporting verb of ``tense.json``, maybe and a date)."""
    verbs = grouped(("says", *lexicons.tense().reporting_verbs))
    word, date = r"[ \u00a0]+[a-z][a-z'’-]*", rf"(?:[ \u00a0]+(?:on[ \u00a0]+)?{_DATE_MARK})?"
    return re.compile(
        rf"(?:{word}|[ \u00a0]+{_DATE_MARK}(?:['’]s)?){{0,8}},"
        rf"(?:{word}){{1,4}}[ \u00a0]+(?:{verbs}){date},[ \u00a0]*"
    )


def _moved_by(
    ctx: Context, roles: Roles, before: Span | None, taken: set[int], after: int | None = None
) -> Roles:
    """ "$25.3 million last year, up 12% from $22.6 million", "£530,000 in March, up 2%": a
    change by a value after "up" or "down" that lacks its end is to the value before the
    comma (of the kind and unit of the value it moved from, if any), when a few lower-case
    words and dates stand between them and no other change holds it. ``after``: where the
    value's restatement ends, if it has one ("Rs 15,792 crore ($1.9 billion), up 11%")."""
    cue = roles.cue
    if roles.rule == "by_than":  # "$5.1 billion, 12% higher than a year earlier"
        opens: int | None = roles.start
    elif roles.rule not in ("cue_by_from", "cue_by") or roles.to_value is not None or cue is None:
        return roles
    else:
        opens = _opens_after_comma(ctx.text, cue)
    if before is None or before.start in taken:
        return roles
    if opens is None:
        return roles
    if cue is not None and opens != cue.start and before.label_ == "quantity":
        return roles  # "hired 300 workers, an increase of 5% in its staff": 300 is the increase
    word = _WORD.match(ctx.text, before.end_char + 1)
    if word is not None and word.group().lower() in _subject_words().increment_words:
        return roles  # "pay about Fr. 45 more per quarter, an increase of 11%": a size
    old, size = roles.from_value, roles.by_value
    if old is not None and (old.label_, old.kb_id_) != (before.label_, before.kb_id_):
        return roles
    if size is not None and size.label_ != "percentage" and not _alike(before, size):
        return roles  # "sold 300 homes, up $5 million": a sum moved no count
    per = per_unit_at(ctx.text, before.end_char)
    at = after if after is not None else per[1] if per else before.end_char
    if ctx.text.startswith(" (", at) and (short := _UNIT_SHORT.match(ctx.text, at)):
        at = short.end()  # "303.63 gigawatts (GW) of solar capacity last year, up 207%"
    gap = ctx.text[at:opens]
    if "," not in gap:
        return roles
    gap = _dates_marked(ctx, gap, at)  # "between March 14 and May 3": the date's "and" links
    if not (_BEFORE_UP.fullmatch(gap) or _reported_before_up().fullmatch(gap)):
        return roles
    if not _CLAUSE_LINKS.isdisjoint(_WORD.findall(gap)):
        return roles  # no clauses
    start = before.start_char
    return dataclasses.replace(
        roles, start=start, rule=MOVED_BY, to_value=before, anchor=start, cue=None
    )


MOVED_BY = "to_up_by"
_UNIT_SHORT = LazyPattern(r" \([A-Za-z][A-Za-z/]{0,4}\)")
"""A unit's short form in brackets after a value: " (GW)", " (bpd)", " (t)"."""


def _up_from(ctx: Context, new: Span, old: Span, moved: re.Match[str]) -> Roles | None:
    """ "B, up from A": a change from A to B, when both are of one kind and unit ("6.8 million
    mu, or 453,000 hectares, up from 5.9 million mu" is none)."""
    if (new.label_, new.kb_id_) != (old.label_, old.kb_id_) and not _bare_of(new, old):
        return None
    if _counts_of_other_nouns(new, old):
        return None  # "268 fires and 18 deaths last year, up from 220 fires": not deaths
    word = moved.group("dir").lower()  # "up", "down", or a noun of change: "a sharp rise from"
    direction: Direction = "up" if word == "up" else "down" if word == "down" else "unknown"
    if word not in ("up", "down"):
        direction = _cue_directions().get(word, "unknown")
    if _against_the_move(ctx, new, old, direction):
        return None  # "543 seats ..., up from 900 million": the 900 million are voters
    if _LISTED_AFTER.match(ctx.text, old.end_char) and _against(ctx, old, new, direction):
        return None  # "2.5% this year and 2.2% in 2025, up from 2.3% and 2.0%": respectively
    start = new.start_char
    return Roles(start, old.end_char, "to_up_from", old, new, None, direction, None, start)


_LISTED_AFTER = re.compile(r"[ \u00a0]+and[ \u00a0]+[$€£¥]?\d")
"""Another old value listed right after the first: "up from 2.3% and 2.0%"."""
_AGAINST_FACTOR = 100
"""How far apart two values may be against the move their words state before they are two
things, not one thing moved ("543 seats, up from 900 million" voters)."""


def _against_the_move(ctx: Context, new: Span, old: Span, direction: Direction) -> bool:
    """Whether the new value lies far on the wrong side of the old one for the stated
    direction: up, yet a hundredth of it or less ("543 seats ..., up from 900 million");
    down, yet a hundred times it or more. Nearer values keep the words' direction (a value
    misread by a factor of ten is the text's own)."""
    if direction not in ("up", "down"):
        return False
    figures = _figures(ctx, new, old)
    if figures is None or min(figures) <= 0:
        return False
    low, high = figures if direction == "up" else figures[::-1]
    return low * _AGAINST_FACTOR <= high


def _counts_of_other_nouns(new: Span, old: Span) -> bool:
    """Whether two counts (quantities with no unit) end in different nouns ("18 deaths" and
    "220 fires"; "1 point" and "3 points" end one); a bare number, a spelled one or a scale
    word ends none ("up from 220", "up from three", "from 3.1 million")."""
    if new.label_ != "quantity" or old.label_ != "quantity" or new.kb_id_ or old.kb_id_:
        return False
    words = lexicons.number_words()
    nouns = [v.text.rsplit(None, 1)[-1].lower() for v in (new, old)]
    if not all(n.isalpha() and not _number_word(n, words) for n in nouns):
        return False
    return not _one_noun(*nouns)


def _one_noun(first: str, second: str) -> bool:
    """Whether two nouns are one, in the singular or the plural ("1 point", "3 points")."""
    return first in (second, f"{second}s", f"{second}es") or second in (f"{first}s", f"{first}es")


def _number_word(word: str, words: lexicons.NumberWords) -> bool:
    """Whether a lower-case word is a spelled number or scale, no noun ("up from three",
    "from a dozen", "to 3.1 million")."""
    tables = (words.units, words.tens, words.multipliers, words.scales)
    return any(word in table for table in tables)


def _bare_of(new: Span, old: Span) -> bool:
    """Whether the old value is a bare number that leaves out the unit of the new one, a
    quantity ("fell to 40 trucks a day, down from 500")."""
    return (
        new.label_ == old.label_ == "quantity"
        and not old.kb_id_
        and _BARE_NUMBER.fullmatch(old.text) is not None
    )


_COMPARED_GAP = re.compile(
    r"(?:(?:,?(?:[ \u00a0]+[\w.'’-]+){1,9}|),[ \u00a0]+"
    r"(?:compared[ \u00a0]+(?:with|to)|against|versus|vs\.?)"
    r"|[ \u00a0]+(?:versus|vs\.?|compared[ \u00a0]+(?:with|to)))[ \u00a0]"  # "$5.1 billion vs.
    # $4.8 billion a year ago", "of $1.05 compared with 80 cents a year earlier"
    r"(?:(?:an?[ \u00a0]+)?(?P<noun>(?:[a-z'’-]+[ \u00a0]+){1,2})of[ \u00a0]+)?"
)
"""Between a value and the one it is compared with: "$12.5bn this year, compared with", "95
cents a share, in the quarter, compared with", "compared to a loss of", "compared with a
year-earlier profit of"."""
_COMPARED_LAST = frozenset("host.")
_DATED_NOUN = LazyPattern(r"\b(?:(?:year|quarter|month)-(?:earlier|ago)|prior-year)\b")
"""A date inside the noun before the compared value: "a year-earlier loss of"."""
"""The last character of the word that ends a ``_COMPARED_GAP`` (with, to, against, versus,
vs, vs.): a gap whose character before its last ends no other is no comparison."""
_DATE_GAP = LazyPattern(r"[ \u00a0]+(?:(?:in|on|at|during|over)[ \u00a0]+)?")
"""Between the compared value and the date it was of: "$11.2bn a year earlier", "in 2019"."""


_NOUN_OF_BEFORE = LazyPattern(r"([a-z]+)[ \u00a0]+of[ \u00a0]+$")


def _same_noun_before(text: str, new: Span, noun: str) -> bool:
    """Whether the noun before "of" and the compared value repeats the one before the value
    it is compared to: "a net loss of $45.6 million, compared to a loss of $30.2 million"."""
    found = _NOUN_OF_BEFORE.search(text, max(0, new.start_char - 24), new.start_char)
    return found is not None and noun.split()[-1] == found.group(1)


def _compared(ctx: Context, new: Span, old: Span) -> Roles | None:
    """ "Revenue was $12.5bn, compared with $11.2bn a year earlier", "46p per kWh, against
    38p per kWh a year ago": a change from the value of a date to the one before it, when
    both are of one kind and unit. Without the date it is no change ("8%, the highest of
    any region, compared with 5% nationally"); the direction is the values'."""
    text = ctx.text
    if (new.label_, new.kb_id_) != (old.label_, old.kb_id_):
        return None
    per = per_unit_at(text, new.end_char)
    gap = _COMPARED_GAP.fullmatch(text, per[1] if per else new.end_char, old.start_char)
    if gap is None or not _CLAUSE_LINKS.isdisjoint(_WORD.findall(gap.group().lower())):
        return None  # "Acme earned $5bn and its rival lost money, compared with": whose
    theirs = per_unit_at(text, old.end_char)
    if per and theirs and per[0] != theirs[0]:
        return None
    if (per is None) != (theirs is None) and _is_scaled(new.text) != _is_scaled(old.text):
        return None  # "$1.46 per share, compared with $19.9 billion" compares no two prices
    after = theirs[1] if theirs else old.end_char
    noun = gap.group("noun") or ""
    if noun and not _DATED_NOUN.search(noun) and not _same_noun_before(text, new, noun):
        return None  # "against a ceiling of 3%", "compared with estimates of": no earlier value
    if not (_DATED_NOUN.search(noun) if "-" in noun else _dated(ctx, after)):
        return None
    start = new.start_char
    return Roles(start, old.end_char, COMPARED, old, new, None, "unknown", None, start)


_SCALE_WORD = LazyPattern(r"(?i)illion\b|[0-9](?:bn|mn|tn|[mbk])\b")


def _is_scaled(text: str) -> bool:
    """Whether a value's text holds a scale ("$19.9 billion", "£5m"): a total, no price."""
    return _SCALE_WORD.search(text) is not None


_OR_APPOSITION = LazyPattern(r",[ \u00a0]*or[ \u00a0]+[^,;()]{1,40},")
"""A value's apposition before the date it is of: ", or $1.20 per share,"."""


def _dated(ctx: Context, after: int) -> bool:
    """Whether a date follows char ``after`` ("a year earlier", "in 2019"), past the
    compared value's own apposition ("$19.9 billion, or $1.20 per share, a year earlier")."""
    apposed = _OR_APPOSITION.match(ctx.text, after)
    at = apposed.end() if apposed is not None else after
    return any(_DATE_GAP.fullmatch(ctx.text, at, date.start_char) for date in _dates_near(ctx, at))


def _compared_before(text: str, value: Span) -> bool:
    """Whether "with", "to", "against" or "versus" stands right before the value: a string
    test that says fast that most values follow no comparison."""
    return text.endswith(_COMPARED_ENDS, 0, value.start_char)


def _compared_or_of_before(text: str, value: Span) -> bool:
    """``_compared_before``, or "of" right before the value: "compared with a net loss of"."""
    return _compared_before(text, value) or text.endswith(_OF_ENDS, 0, value.start_char)


def _apposed_compared(ctx: Context, head: Span, apposed: Span, old: Span) -> Roles | None:
    """ "Net income was $23.6 billion, or $1.46 per share, compared with $19.9 billion, or
    $1.20 per share, a year earlier": the head value is compared, not its apposition; so is
    "a net loss of $45 million, or 12 cents a share, compared with a net loss of $60
    million, or 16 cents a share, a year earlier", whose noun repeats the head's (as
    ``_compared`` reads it: "compared with estimates of" is no earlier value)."""
    if (head.label_, head.kb_id_) != (old.label_, old.kb_id_):
        return None
    if _APPOSED.fullmatch(ctx.text, head.end_char, apposed.start_char) is None:
        return None
    per = per_unit_at(ctx.text, apposed.end_char)
    gap = _COMPARED_GAP.fullmatch(ctx.text, per[1] if per else apposed.end_char, old.start_char)
    if gap is None:
        return None
    noun = gap.group("noun") or ""
    if noun and not _DATED_NOUN.search(noun) and not _same_noun_before(ctx.text, head, noun):
        return None
    if per_unit_at(ctx.text, head.end_char) or per_unit_at(ctx.text, old.end_char):
        return None
    if not (_DATED_NOUN.search(noun) if "-" in noun else _dated(ctx, old.end_char)):
        return None  # "compared with a year-earlier profit of": the noun dates it
    start = head.start_char
    return Roles(start, old.end_char, COMPARED, old, head, None, "unknown", None, start)


def _apposed_swing(
    ctx: Context, head: Span, apposed: Span, old: Span, sentence: int
) -> Roles | None:
    """ "posted a net loss of $45 million, or 12 cents a share, compared with a profit of $10
    million": the swing between the head value and the one after its apposition, a price
    per unit ("a share"), as ``_swing`` reads it without the apposition."""
    if head.label_ != "money" or old.label_ != "money":
        return None
    if _APPOSED.fullmatch(ctx.text, head.end_char, apposed.start_char) is None:
        return None
    per = per_unit_at(ctx.text, apposed.end_char)
    if per is None:
        return None
    gap = ctx.text[per[1] : old.start_char]
    if not gap.startswith(",") or not gap.endswith(_SWING_GAP_ENDS):
        return None
    return _swing(ctx, head, gap, old, sentence)


def _appositions_compared(
    ctx: Context,
    apposed: Span,
    old: Span,
    values: list[Span],
    sentences: list[int],
    k: int,
    heads: Roles,
) -> Roles | None:
    """The change between two heads' appositions when the heads' change is ``heads`` ("$2.1
    billion, or 95 cents a share, ..., compared with $1.8 billion, or 80 cents a share, a year
    earlier": from 80 to 95 cents a share beside the totals' change; "..., down from"): the
    value in apposition to ``old``, of the kind, unit and per-unit of ``apposed``."""
    if k + 2 >= len(values) or sentences[k + 2] != sentences[k]:
        return None
    other = values[k + 2]
    if _APPOSED.fullmatch(ctx.text, old.end_char, other.start_char) is None:
        return None
    if (other.label_, other.kb_id_) != (apposed.label_, apposed.kb_id_):
        return None
    per, other_per = per_unit_at(ctx.text, apposed.end_char), per_unit_at(ctx.text, other.end_char)
    if per is None or other_per is None or per[0] != other_per[0]:
        return None  # a total's apposition is its price: "or $1.46 per share"
    start, way = apposed.start_char, heads.direction
    return Roles(start, other.end_char, heads.rule, other, apposed, None, way, None, start, heads)


_COMPARED_ENDS = tuple(
    f"{word}{space}"
    for word in ("with", "to", "against", "versus", "vs", "vs.")
    for space in " \u00a0"
)


_VERSUS_ENDS = tuple(
    f" {word}{space}"
    for word in ("versus", "vs", "vs.", "compared with", "compared to")
    for space in " \u00a0"
)
"""A comparison's words that need no comma before them ("EPS of $1.05 compared with 80
cents a year earlier")."""

COMPARED = "to_compared_from"
_MOVED_FROM = frozenset({"to_up_from", COMPARED, "to_up_by"})
"""The rules of "B, up from A" and "B, compared with A <date>": the change starts at B."""


def _dates_near(ctx: Context, char: int) -> list[Span]:
    """The date spans that start within a few words after ``char``."""
    return [d for d in ctx.group(dates.GROUP) if char < d.start_char <= char + 8]


_APPOSED = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*or|\()[ \u00a0]*")
"""What sets a value in apposition to the one before it: "$2m, or 20 cents a share"."""


_PART_OF = LazyPattern(
    r"[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their)[ \u00a0]+)?(?:[A-Za-z]+['\u2019]s[ \u00a0]+)?"
)
"""What stands between a part and its whole: "230 of the 400 seats", "62% of the country's
39.5 million registered voters"."""


def _share_moved(ctx: Context, part: Span, whole: Span, old: Span, after: int) -> Roles | None:
    """ "Turnout was 62% of the country's 39.5 million registered voters, down from 76%": a
    share of a whole of another kind moved from the value after the whole, of its own kind
    (the whole's and the old value's kinds differ, so no pair of them holds the change)."""
    if part.label_ != "percentage" or old.label_ != "percentage" or whole.label_ == old.label_:
        return None
    if _PART_OF.fullmatch(ctx.text, part.end_char, whole.start_char) is None:
        return None
    gap = ctx.text[after : old.start_char]
    moved = _moved_from(ctx, gap, after) if "from" in gap else None
    return None if moved is None else _up_from(ctx, part, old, moved)


def _part_moved(ctx: Context, roles: Roles, part: Span, whole: Span) -> Roles:
    """ "will hold 230 of the 400 seats, down from 249": what moved is the part, not the
    whole it is a part of."""
    if _PART_OF.fullmatch(ctx.text, part.end_char, whole.start_char) is None:
        return roles
    if roles.from_value is None or part.label_ != roles.from_value.label_:
        return roles
    start = part.start_char
    return dataclasses.replace(roles, start=start, to_value=part, anchor=start)


_LOOSE_APPOSED = LazyPattern(
    rf"(?P<words>(?:[ \u00a0]+(?:[a-z][a-z'’-]*|{_DATE_MARK}(?:['’]s)?)){{1,6}})"
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
    if moved is None and "from" in gap and "(" not in apposition.group():
        per = per_unit_at(ctx.text, apposed.end_char)  # "$854 million, or $1.85 a share, in
        at = (per[1] if per else apposed.end_char) + 1  # the three months ended Nov. 2, down
        if ctx.text[at - 1] == ",":  # from": a few words and dates, as after the head alone
            moved = _moved_from(ctx, ctx.text[at : old.start_char], at)
    return None if moved is None else _up_from(ctx, head, old, moved)


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


def _by_to_apposed_from(
    ctx: Context, roles: Roles, values: list[Span], sentences: list[int], k: int
) -> tuple[Roles, Roles | None] | None:
    """A "by C to B" change of ``values[k]`` and ``values[k + 1]`` given the start after
    B's apposition ("rose 10% to $1.2 billion, or $1.05 a share, from $1.1 billion", as
    ``_apposed_to_from`` reads it), and the appositions' change beside it ("..., or 95 cents
    a share"), if any; None where no such start follows."""
    second = values[k + 1]
    if roles.rule != "cue_by_to" or roles.to_value is not second or k + 3 >= len(values):
        return None
    if sentences[k + 3] != sentences[k]:
        return None
    apposed, old = values[k + 2], values[k + 3]
    head = _apposed_to_from(ctx, second, apposed, old, sentences[k])
    if head is None:
        return None
    roles = dataclasses.replace(roles, end=head.end, from_value=head.from_value)
    return roles, _appositions_compared(ctx, apposed, old, values, sentences, k + 2, roles)


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
    if (
        joined_by is None
        and roles.from_value is None
        and roles.to_value is second
        and roles.cue is not None
        and "," in ctx.text[after : third.start_char]
        and _compared(ctx, second, third) is not None
        and not _against(ctx, third, second, roles.direction)
    ):  # "rose 12% to $5.1 billion, compared with $4.6 billion a year earlier": its start
        return dataclasses.replace(roles, end=third.end_char, from_value=third)
    return roles


def _range_verb_before(ctx: Context, char: int) -> bool:
    words = _WORD.findall(ctx.text[max(0, char - 20) : char])
    return bool(words) and words[-1].lower() in _range_verbs()


_BOUND = re.compile(r"(?i)(?:below|above|under|over|beneath)\b")


_VERB_A_NOUN_OF = re.compile(rf"\b([A-Za-z]+)[ \u00a0]+{_A_NOUN_OF}$")
"""A verb, then "a ... of" before a value: "rose an average of", "fell a total of"."""


@cache
def _size_word_ends() -> frozenset[str]:
    """The last two letters of the words a size may follow (a verb, "up", "down", "of")."""
    return frozenset(w[-2:] for w in (*_subject_words().size_verbs, "up", "down", "of"))


def _word_before(text: str, end: int, floor: int) -> tuple[str, int]:
    """The lower-case word that ends right before the space at ``end`` and where it starts
    (string searches: this is asked of most lone amounts)."""
    if end <= floor or text[end] != " ":
        return "", end
    start = max(text.rfind(" ", floor, end) + 1, floor)
    return text[start:end].lower(), start


def _sized_by_verb(ctx: Context, value: Span, sentence: int) -> bool:
    """Whether an amount right after a verb of change that takes no object is its size
    (``subject_words.json`` size_verbs: "Shares rose $2", "Rents climbed $200 a month"), or
    right after "up"/"down" that follow such a verb or a copula ("were up $2", "will go up
    $500"); "lost $5.9 billion", "put up $5 million" state sums."""
    if ctx.text[value.start_char - 3 : value.start_char - 1] not in _size_word_ends():
        return False  # most amounts follow "of", "to", "at": a set says so fast
    if _SUM_IN_MONEY.match(ctx.text, value.end_char):
        return False  # "has advanced more than $6 billion in interest-free loans": a sum lent
    last, start = _word_before(ctx.text, value.start_char - 1, sentence)
    table = _subject_words()
    if last == "of":  # "Wages rose an average of $1.20 an hour"
        if " a" not in ctx.text[max(sentence, start - 24) : start]:
            return False
        found = _VERB_A_NOUN_OF.search(ctx.text, max(sentence, start - 32), start + 3)
        return found is not None and found.group(1).lower() in table.size_verbs
    if last in ("up", "down"):
        verb = _word_before(ctx.text, start - 1, sentence)[0]
        return verb in table.size_verbs or verb in table.copulas
    return last in table.size_verbs


_SUM_IN_MONEY = LazyPattern(
    r"[ \u00a0]+in[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}(?:loans|grants|subsidies|aid|funding"
    r"|fees|payments|bonuses|fines|damages|bonds|debt|credit|investments?|stimulus|relief"
    r"|spending|contracts|orders|deposits|donations|assets|financing|cash)\b"
)
"""After an amount, what it is a sum of: "$6 billion in interest-free loans", "$2 billion in
new orders" (not "$2 in early trading")."""
_COMMA_UP_DOWN = tuple(f", {way}{space}" for way in ("up", "down") for space in " \u00a0")
"""Before a sum of money or a count that is a move's size: "closed at $45.20, up $1.10", "6.79
million tonnes in 2024, up 180,000 tonnes"."""
_LEVEL_BOUND = re.compile(r"(?i)(?:below|above)\b")
"""A level an amount crossed ("Bitcoin rose above $70,000"); "raised over $5 million" is a
sum."""
_AS_FAR = r"(?i:as)[ \u00a0]+(?i:high|low)[ \u00a0]+(?i:as)"
_AS_FAR_IN = re.compile(rf"{_AS_FAR}\b")
_AS_FAR_BEFORE = LazyPattern(rf"\b{_AS_FAR}[ \u00a0]+$")


def _as_far_as(text: str, start: int) -> bool:
    """Whether the value at ``start`` is the level a move reached, "as high as" or "as low
    as" in its span or right before it ("Bitcoin rose as high as $73,798", "Oil fell as low
    as $70.12"): where it went, not by how much ("rose as much as 5%" is a size)."""
    if text[start : start + 1] in "aA" and _AS_FAR_IN.match(text, start):
        return True
    return text[start - 3 : start - 1] == "as" and (
        _AS_FAR_BEFORE.search(text, max(0, start - 16), start) is not None
    )


_OF_AFTER = LazyPattern(r"[ \u00a0]+of\b")


def _share_of_object(ctx: Context, value: Span, cue: Cue) -> bool:
    """Whether ``value`` is a share of what a verb of ``object_verbs`` grows or gathers:
    "grows more than half of the country's maize", "raised 10% of the funds"."""
    verb = ctx.text[cue.start : cue.end].lower()
    return (
        verb in lexicons.change_cues().object_verbs
        and _OF_AFTER.match(ctx.text, value.end_char) is not None
    )


_THAN_AFTER = tuple(
    f" {word} than{space}" for word in ("more", "less", "higher", "lower") for space in " \u00a0"
)
_THAN_DATE = LazyPattern(
    r"[ \u00a0]+(?P<dir>more|less|higher|lower)[ \u00a0]+than[ \u00a0]+"
    r"(?:(?:it|they)[ \u00a0]+(?:was|were)[ \u00a0]+)?(?:(?:in|at)[ \u00a0]+)?"
)
"""After a change's size, up to its date: "higher than in 2019", "than they were a year ago",
"than at the end of 2022"."""


def _more_than_then(ctx: Context, value: Span) -> Roles | None:
    """ "Spending was $2 billion more than last year", "Sales were 5% lower than in 2019": a
    value more or less than a date's is the size of a change since then; "$2 billion less
    than expected" compares with no earlier time, so is none."""
    found = _THAN_DATE.match(ctx.text, value.end_char)
    if found is None:
        return None
    then = [d for d in _dates_near(ctx, found.end() - 1) if d.start_char == found.end()]
    if not then:
        return None
    direction: Direction = "up" if found.group("dir") in ("more", "higher") else "down"
    start = value.start_char
    return Roles(start, then[0].end_char, "by_than", None, None, value, direction, None, start)


_EXTREME_OF = LazyPattern(
    r"\b(?P<verb>[A-Za-z]+)[ \u00a0]+(?:an?|its|their|the)[ \u00a0]+(?:(?:new|fresh)[ \u00a0]+)?"
    r"(?:(?:record|all-time|multi-year|[0-9]+-(?:year|month|week|day))[ \u00a0]+)?"
    r"(?P<noun>[a-z]+)[ \u00a0]+of[ \u00a0]+$"
)


@cache
def _extreme_ends() -> tuple[str, ...]:
    """What the text before a reached extreme's value ends with: "high of ", "low of "."""
    nouns = _subject_words().extreme_nouns
    return tuple(f"{noun} of{space}" for noun in nouns for space in " \u00a0")


def _comma_gerund(text: str, verb: int) -> bool:
    """Whether the verb of an extreme at ``verb`` is a gerund right after a comma: the end of
    the move before it ("Gold jumped 2% on Monday, hitting a record $2,450": one change), read
    with it; after "after" or "since" it is an earlier move of its own ("after hitting a record
    $2,450 in May")."""
    return text[verb - 2 : verb] == ", " and _GERUND.match(text, verb) is not None


_GERUND = LazyPattern(r"[a-z]+ing\b")


def _reached_extreme(ctx: Context, value: Span, sentence: int) -> Roles | None:
    """ "Gold hit a record high of $2,450", "Inflation reached a 40-year high of 9.1%", "The
    rupee touched a low of": the money or percentage is where a change went, in the
    direction of the extreme (``subject_words.json`` extreme_verbs, extreme_nouns)."""
    if value.label_ == "quantity" or not ctx.text.endswith(
        _extreme_ends(), max(0, value.start_char - 12), value.start_char
    ):
        return None  # a measure ("hit a high of 35C"); most values: no extreme (a string test)
    found = _EXTREME_OF.search(ctx.text, max(sentence, value.start_char - 48), value.start_char)
    table = _subject_words()
    if found is None or found.group("verb").lower() not in table.extreme_verbs:
        return None
    if _comma_gerund(ctx.text, found.start("verb")):
        return None
    direction = table.extreme_nouns.get(found.group("noun"))
    if direction is None:
        return None
    cue = Cue(direction, found.start("verb"), found.end("verb"))
    return Roles(cue.start, value.end_char, "cue_to", None, value, None, direction, cue, cue.end)


_EXTREME_BARE = LazyPattern(
    r"\b(?P<verb>[A-Za-z]+)[ \u00a0]+(?:an?|its|their|the)[ \u00a0]+(?:(?:new|fresh)[ \u00a0]+)?"
    r"(?:record|all-time)(?:[ \u00a0]+(?P<noun>[a-z]+))?[ \u00a0]+$"
)


@cache
def _bare_extreme_ends() -> tuple[str, ...]:
    """What the text before a bare reached record ends with: "record ", "record high "."""
    words = ("record", "all-time", *_subject_words().extreme_nouns)
    return tuple(f"{word}{space}" for word in words for space in " \u00a0")


def _reached_record(ctx: Context, value: Span, sentence: int) -> Roles | None:
    """ "Gold hit a record $2,450 an ounce", "Inflation reached a record high 9.1%": a money
    or percentage value right after a reached record, with no "of", is where a change went;
    up for a bare record (the most of its kind), else the direction of its extreme noun."""
    if not ctx.text.endswith(
        _bare_extreme_ends(), max(0, value.start_char - 9), value.start_char
    ) or (value.label_ == "quantity" and not _stock_measure(value.kb_id_)):
        return None  # most values: no record before (a string test)
    found = _EXTREME_BARE.search(ctx.text, max(sentence, value.start_char - 40), value.start_char)
    table = _subject_words()
    verb = found.group("verb").lower() if found is not None else ""
    if found is None or verb not in table.extreme_verbs or verb in table.record_setting_verbs:
        return None  # "The painting set a record $1.2 million": a feat, no level reached
    if _comma_gerund(ctx.text, found.start("verb")):
        return None
    direction = table.extreme_nouns.get(found.group("noun") or "high")
    if direction is None:
        return None
    cue = Cue(direction, found.start("verb"), found.end("verb"))
    return Roles(cue.start, value.end_char, "cue_to", None, value, None, direction, cue, cue.end)


_EXTREME_AFTER = re.compile(
    r",[ \u00a0]+(?:an?|its|their|the)[ \u00a0]+(?:(?:new|fresh)[ \u00a0]+)?"
    r"(?:(?:record|all-time|multi-year|[0-9]+-(?:year|month|week|day)"
    r"|[a-z]+-(?:year|month|week|day))[ \u00a0]+)?(?P<noun>[a-z]+)\b(?![ \u00a0]+of\b)"
)
"""After a reached value, the extreme it was: ", a 40-year high", ", a record low", ", its
highest"; not ", a high of" (another value follows)."""
_EXTREME_SUPERLATIVES: dict[str, Direction] = {"highest": "up", "lowest": "down"}


def _reached_then_extreme(ctx: Context, value: Span) -> Roles | None:
    """ "Inflation hit 9.1 percent, a 40-year high", "Gold touched $2,450 an ounce, a
    record high", "The rupee hit 84.5, its lowest": a money or percentage value right after a
    verb of reaching and set off by the extreme it was is where a change went, that way
    (``subject_words.json`` extreme_verbs, extreme_nouns); not a feat ("set $1.2 million, a
    record") nor a measure."""
    text = ctx.text
    per = per_unit_at(text, value.end_char) if value.label_ == "money" else None
    end = per[1] if per else value.end_char
    if text[end : end + 2] != ", " or value.label_ == "quantity":
        return None  # most values: no comma after (a string test)
    found = _EXTREME_AFTER.match(text, end)
    verb = _WORD_BEFORE.search(text, max(0, value.start_char - 16), value.start_char)
    table = _subject_words()
    if found is None or verb is None:
        return None
    low = verb.group(1).lower()
    if low not in table.extreme_verbs or low in table.record_setting_verbs:
        return None
    noun = found.group("noun")
    direction = table.extreme_nouns.get(noun) or _EXTREME_SUPERLATIVES.get(noun)
    if direction is None or _comma_gerund(text, verb.start(1)):
        return None
    cue = Cue(direction, verb.start(1), verb.end(1))
    return Roles(cue.start, value.end_char, "cue_to", None, value, None, direction, cue, cue.end)


_STOCK_DIMENSIONS = frozenset(("mass", "volume", "energy", "power", "flow", "temperature"))
"""What a measure of output, use or weather reaches a record of ("Coal consumption hit a record
8.7 billion tonnes", "Output hit a record 13.2 million barrels per day", "Temperatures hit a
record 45C"); no count ("hit a record 36 runs": a feat) nor a length or a speed ("hit a record
98 metres")."""


@cache
def _stock_measure(unit: str) -> bool:
    """Whether the unit ``unit`` (its id; per a time "bbl/day") is of ``_STOCK_DIMENSIONS``."""
    if not unit:
        return False
    dimensions = {u.id: u.dimension for u in lexicons.units()}
    return dimensions.get(unit.split("/", 1)[0]) in _STOCK_DIMENSIONS


_HELD_AT = (" at ", "\u00a0at ")
_HELD = LazyPattern(
    r"\b(?:(?:was|were|is|are|been|be|being)[ \u00a0]+)?"  # "were left unchanged at"
    r"(?P<verb>was|were|is|are|remained|remains|stayed|stays|held|holds|kept|keeps|left|leaves"
    r"|closed|closes|ended|ends|finished|finishes|traded|trades|opened|opens)"
    r"(?:[ \u00a0]+(?P<object>[\w'’-]+(?:[ \u00a0]+[\w'’-]+){0,3}?))??"
    r"[ \u00a0]+(?P<held>(?:(?:largely|broadly|virtually|nearly|mostly|essentially|roughly"
    r"|basically|relatively)[ \u00a0]+)?(?:unchanged|steady|flat)|little[ \u00a0]+changed)"
    r"[ \u00a0]+at[ \u00a0]+$",
    re.IGNORECASE,
)
"""A level that did not move, before its value: "was unchanged at", "held steady at", "left
rates unchanged at", "held its key rate steady at", "were left unchanged at", "was little
changed at", "was roughly flat at", "closed flat at" (a session's verb, with no object)."""
_HOLD_VERBS = frozenset({"held", "holds", "kept", "keeps", "left", "leaves"})
_SESSION_VERBS = frozenset(
    {"closed", "closes", "ended", "ends", "finished", "finishes", "traded", "trades", "opened"}
    | {"opens"}
)


_AT_AN_EXTREME_OF = re.compile(
    r"[ \u00a0]at[ \u00a0]+an?[ \u00a0]+(?:(?:record|all-time|[0-9]+-(?:year|month|week))"
    r"[ \u00a0]+)?(?:high|low)[ \u00a0]+of[ \u00a0]+$"
)
"""A level held at an extreme: " at a record low of ", " at a 12-year high of "."""


def _held(ctx: Context, value: Span, sentence: int, at: int | None = None) -> Roles | None:
    """ "Unemployment was unchanged at 3.9%", "The central bank left rates unchanged at 5.25%":
    a change to the value that did not move, direction unchanged. Only a copula or a verb
    of holding right before the word, or a verb of holding and its object ("held its key
    rate steady"); "unchanged at" alone says not what stayed. ``at``: where the "at" before
    the value ends when words stand between them ("held at a record low of 6.4%")."""
    at = value.start_char if at is None else at
    near = ctx.text[max(0, at - 14) : at]
    if "changed" not in near and "steady" not in near and "flat" not in near:
        return _held_bare(ctx, value, sentence, at)
    if value.label_ == "quantity" and not value.kb_id_ and not _held_index(ctx, value):
        return None  # "Prices were unchanged at 20 shops": a count, no level
    found = _HELD.search(ctx.text, max(sentence, at - 72), at)
    if found is None:
        return None
    start = found.start()
    if found["verb"].lower() in _SESSION_VERBS and found["object"] is not None:
        return None  # "closed its store unchanged at": a session's verb holds no object
    if found["object"] is None:
        cue = Cue("unchanged", start, found.end())
    elif found["verb"].lower() in _HOLD_VERBS:  # the object is what held: "left rates"
        cue = Cue("unchanged", start, found.end("verb"))
    else:
        return None  # "was a flat at": no level
    held = found.start("held")  # the object, if any, stands between the verb and the word
    return Roles(start, value.end_char, "cue_held", None, value, None, "unchanged", cue, held)


def _held_index(ctx: Context, value: Span) -> bool:
    """Whether a bare number that did not move is a level ("The Nikkei was unchanged at
    38,000", "closed flat at 8,200 points"), as it is after "rose 1.2% to": a number alone or
    in points, not a part of something after it ("unchanged at 20 of the shops")."""
    if not (_bare_level(value) or value.text.endswith((" points", "\u00a0points"))):
        return False
    return not ctx.text.startswith((" of ", "\u00a0of "), value.end_char)


_HELD_BARE = LazyPattern(
    r"\b(?P<verb>held|kept)(?:[ \u00a0]+(?P<object>[\w'’-]+(?:[ \u00a0]+[\w'’-]+){0,3}?))?"
    r"(?P<held>)[ \u00a0]+at[ \u00a0]+$",
    re.IGNORECASE,
)
_HELD_OBJECTS = frozenset(
    {"rate", "rates", "price", "prices", "fee", "fees", "tariff", "tariffs", "dividend", "yield"}
    | {"yields", "target", "forecast", "forecasts", "outlook", "guidance", "cap", "ceiling"}
)
"""The last word of what a central bank or a company holds at a level ("the cash rate")."""
"""A past verb of holding, maybe with its object, right before "at" and a rate or a price:
"The RBA kept the cash rate at 4.35%", "The Bank of England held rates at 5.25%"."""


def _held_bare(ctx: Context, value: Span, sentence: int, at: int) -> Roles | None:
    """ "The RBA kept the cash rate at 4.35%": a rate (or a price) that a past verb of holding
    kept where it was, without "unchanged" or "steady": unchanged, the object what held. Not a
    count ("held talks at 20 sites"), nor a present "holds" ("holds a stake at"). ``at``:
    where "at" ends."""
    if value.label_ != "percentage" and value.label_ != "money":
        return None
    text = ctx.text
    if "held" not in text[max(0, at - 60) : at] and "kept" not in (text[max(0, at - 60) : at]):
        return None
    found = _HELD_BARE.search(text, max(sentence, at - 60), at)
    if found is None or text[found.start() - 1 : found.start()] not in (" ", "\u00a0"):
        return None
    if found["object"] is not None:
        if found["object"].split()[-1].lower() not in _HELD_OBJECTS:
            return None  # "held its annual meeting at", "kept a 5% stake at"
    elif not _copula_or_subject_before(ctx, found.start(), sentence):
        return None
    if text.startswith((" of ", "\u00a0of "), value.end_char):
        return None  # "held at 5% of capacity": a share of something, no level
    cue = Cue("unchanged", found.start(), found.end("verb"))
    start, held = found.start(), found.start("held")
    return Roles(start, value.end_char, "cue_held", None, value, None, "unchanged", cue, held)


def _count_moved_by(ctx: Context, value: Span, sentence: int) -> bool:
    """Whether a count after ", up" or ", down" is the size of a move of the count of its
    kind right before the comma: "6.79 million tonnes in 2024, up 180,000 tonnes",
    "Attendance was 45,000, up 5,000" (a lone count after "down" states nothing: "down
    500,000 barrels from analysts' forecasts" after another kind)."""
    if not ctx.text.endswith(_COMMA_UP_DOWN, 0, value.start_char) or value.label_ != "quantity":
        return False  # the string test first: a Span's label costs more
    counts = ctx.group(quantities.GROUP)
    k = bisect.bisect_left(counts, value.start_char, key=_start_char)
    before = counts[k - 1] if k > 0 else None
    return before is not None and before.start_char >= sentence and _alike(before, value)


_BARE_MOVE_VERBS = frozenset(
    {"rose", "rises", "increased", "increases", "fell", "falls", "decreased", "decreases",
     "declined", "declines", "dropped", "drops", "climbed", "climbs", "gained", "gains",
     "jumped", "jumps", "grew", "grows", "shrank", "slipped", "slumped", "surged", "tumbled",
     "plunged", "soared"}
)  # fmt: skip
"""Intransitive verbs of change, in the past or the present: a bare count right after one is
the size of the move of its subject, not an object ("lost 5,000" may be money or jobs)."""
_BARE_MOVE_AFTER = re.compile(
    r"[ \u00a0]*(?:[.,;:]|$)|[ \u00a0]+(?:in|on|last|this|from|since|over|during|after|and"
    r"|while|whereas|but|compared|versus)\b"
)


def _bare_count_moved(ctx: Context, value: Span, sentence: int) -> bool:
    """Whether a count of digits alone (no unit, no noun after it) right after an
    intransitive verb of change (``_BARE_MOVE_VERBS``) and before the end of its clause, a
    date or a link is the size of a move: "Nonfarm payrolls increased 256,000 in December",
    "and leisure and hospitality gained 42,000"; not "dropped 60 inches of rain", "gained
    300 yards", "lost 5,000"."""
    if value.label_ != "quantity" or value.kb_id_:
        return False
    if _BARE_NUMBER.fullmatch(ctx.text, value.start_char, value.end_char) is None:
        return False
    if _BARE_MOVE_AFTER.match(ctx.text, value.end_char) is None:
        return False
    verb = _WORD_BEFORE.search(ctx.text, max(sentence, value.start_char - 12), value.start_char)
    return verb is not None and verb.group(1).lower() in _BARE_MOVE_VERBS


def _lone_count_move(ctx: Context, roles: Roles) -> bool:
    """Whether a change is a count after ", up" or ", down" that found no count to move: the
    count before it ended another change ("fell 2.1 million barrels to 430 million, down
    500,000 barrels from analysts' forecasts" sets the 500,000 against a forecast)."""
    by = roles.by_value
    return (
        roles.to_value is None
        and by is not None
        and by.label_ == "quantity"
        and ctx.text.endswith(_COMMA_UP_DOWN, 0, by.start_char)
    )


def _copula_or_subject_before(ctx: Context, start: int, sentence: int) -> bool:
    """Whether a word stands before the verb at ``start`` that is no pronoun ("Inflation held
    at 3%", "The rate was held at 5%"; "he held at" names no level)."""
    before = _WORD.findall(ctx.text, max(sentence, start - 24), start)
    return bool(before) and before[-1].lower() not in ("he", "she", "they", "it", "we", "i")


_AT_A_RATE_OF = LazyPattern(
    r"\bat[ \u00a0]+an?[ \u00a0]+(?:(?:annual|annuali[sz]ed|yearly|quarterly|monthly|seasonally"
    r"|adjusted|average)[ \u00a0]+){0,3}(?:rate|pace)[ \u00a0]+of[ \u00a0]+$",
    re.IGNORECASE,
)
"""How a growth rate follows its verb: "grew at an annualized rate of", "rose at an annual
pace of" (the value sizes the move, as after "expanded at a")."""


_SET_ENDS = tuple(f"{sp}{w} " for w in ("in", "among", "across") for sp in " \u00a0")
_PART_ENDS = tuple(f"{sp}{w} " for w in ("at", "for") for sp in " \u00a0")
_OF_AFTER_VALUE = (" of ", "\u00a0of ")


def _set_part(text: str, value: Span) -> bool:
    """Whether the value is the object of a preposition of where the move happened: "fell in
    a quarter of the stores", "rose among a third of voters", "fell at a fifth of plants" (a
    part of a set, no size). After "at" or "for" only with "of" after the value: "grew at
    3.2%" is the move's pace."""
    if text.endswith(_SET_ENDS, 0, value.start_char):
        return True
    return text.endswith(_PART_ENDS, 0, value.start_char) and text.startswith(
        _OF_AFTER_VALUE, value.end_char
    )


def _single(ctx: Context, value: Span, sentence: int) -> Roles | None:
    """ "rose by 5%", "up 4.2 percentage points", "rose to 8.1%": one value and a verb."""
    if ctx.text.endswith(_HELD_AT, 0, value.start_char):
        held = _held(ctx, value, sentence)
        if held is not None:
            return held
    elif ctx.text.endswith(_OF_ENDS, 0, value.start_char) and (
        at_extreme := _AT_AN_EXTREME_OF.search(
            ctx.text, max(sentence, value.start_char - 48), value.start_char
        )
    ):  # "Unemployment held at a record low of 6.4%": held where it was, at the value
        held = _held(ctx, value, sentence, at_extreme.start() + 4)
        if held is not None:
            return held
    if ctx.text.startswith(_THAN_AFTER, value.end_char) and value.label_ != "quantity":
        return _more_than_then(ctx, value)
    if ctx.text.startswith((" higher", " lower"), value.end_char) and value.label_ != "quantity":
        compared = _comparative_cue(ctx, value, sentence)
        if compared is not None:  # "ended 0.5% lower", "closed 40 cents higher"
            level, end = compared
            way, start = level.direction, value.start_char
            return Roles(level.start, end, "cue_by", None, None, value, way, level, start)
    after_of = ctx.text[value.start_char - 3 : value.start_char - 1] == "of"
    if after_of and value.label_ == "money":
        lone = _lone_swing(ctx, value, sentence)
        if lone is not None:
            return lone  # "swung to a loss of 2 billion yen", "fell to a loss of $3m"
    keyword = _keyword(ctx, value, sentence)
    if keyword is not None and ctx.text.endswith(_PARED_ENDS, 0, keyword.start()):
        pared = _pared(ctx, value, keyword.start(), sentence)
        if pared is not None:
            return pared  # "Gold extended gains to 2%", "Oil trimmed losses to 0.5%"
    passing = ctx.text.endswith(_PASSING_ENDS, 0, value.start_char)
    if keyword is None and passing and value.label_ != "quantity":
        passed = _passed(ctx, value, sentence)
        if passed is not None:
            return passed
    if keyword is None and ctx.text.endswith(_PAST_ENDS, 0, value.start_char):
        crossed = _crossed(ctx, value, sentence)
        if crossed is not None:
            return crossed
    if keyword is None and after_of:
        extreme = _reached_extreme(ctx, value, sentence)
        if extreme is not None:
            return extreme
    elif keyword is None and ctx.text[value.start_char - 1 : value.start_char] == " ":
        record = _reached_record(ctx, value, sentence) or _reached_then_extreme(ctx, value)
        if record is not None:
            return record
    if keyword is None:
        label = value.label_  # "dropped 60 inches of rain" is no change; "rose 38 per cent"
        if (
            label != "percentage"
            and not _points_or_share(ctx.text, value)
            and not _count_moved_by(ctx, value, sentence)
            and not _bare_count_moved(ctx, value, sentence)
            and (
                label != "money"  # is, and "Bitcoin rose above $70,000"
                or (
                    _LEVEL_BOUND.match(ctx.text, value.start_char) is None
                    and not _as_far_as(ctx.text, value.start_char)
                    and not ctx.text.endswith(_COMMA_UP_DOWN, 0, value.start_char)
                    and not _sized_by_verb(ctx, value, sentence)
                )
            )
        ):
            return None
    if keyword is None and _set_part(ctx.text, value):
        return None  # "Sales fell in a quarter of the stores": where it moved, no size
    at = keyword.start() if keyword else value.start_char
    if keyword is None and after_of and value.label_ == "percentage":
        paced = _AT_A_RATE_OF.search(ctx.text, max(sentence, at - 64), at)
        if paced is not None:
            at = paced.start()  # "grew at an annualized rate of 1.3%": the move's size
    if keyword is None and (_sizes_a_noun(ctx, value) or _rate_of_a_rule(ctx, value)):
        return None  # "raised rates after a 400 basis-point increase": the noun's size;
        # "lifted a 16% cap on credit growth": the rate of what was lifted
    cue = None
    if keyword is not None and (
        value.label_ in ("money", "percentage") or _total_brought_to(ctx, keyword, sentence)
    ):
        cue = _sent_to_cue(ctx, keyword, sentence)  # "pushed inflation to 3.5%"; its verb
        # over a noun of change before it ("Tax cuts drove the deficit to $1.9 trillion")
    if cue is None:
        cue = _cue_before(ctx, at, sentence)
    if cue is None and keyword is not None:
        counts = keyword.group(1).lower() == "by" and value.label_ == "percentage"
        cue = _far_cue(ctx, at, sentence, counts)  # "raised the price of bread to 50 cents"
    anchor = at
    if (
        cue is None
        and keyword is not None
        and (comma := _set_off_comma(ctx.text, at)) is not None
        and keyword.group(1).lower() in ("by", "to")
        and (set_off := _set_off_cue(ctx, comma, sentence)) is not None
        and (keyword.group(1).lower() == "by" or _set_off_verb(ctx, set_off[0], sentence))
    ):
        cue, anchor = set_off  # "The Fed cut rates three times last year, by a total of 100",
        # "Enrollment has fallen for the fourth straight year, to 41,820"
    if cue is None and keyword is not None and keyword.group(1).lower() == "to":
        since = _before_dated(ctx, at, sentence, _SINCE_BEFORE)
        if since != at:  # "Sales doubled from a year earlier to $1.2 billion": the period
            cue = _cue_before(ctx, since, sentence)  # it is measured from, no value
    if cue is None and keyword is not None:
        stop = _before_dated(ctx, at, sentence)
        if stop != at:  # "Sales rose in the first quarter by 5%": the verb, then its date
            cue = _cue_before(ctx, stop, sentence, 1)
    if cue is None:
        stop = _before_dated(ctx, at, sentence)  # "... straight month in January to"
        if ctx.text.endswith(_RUN_ENDS, 0, stop):
            run = _RUN_BEFORE.search(ctx.text, max(sentence, stop - 60), stop)
            cue = _cue_before(ctx, run.start(), sentence, 1) if run else None  # "rose for a"
    if cue is None or (
        cue.direction == "unknown"
        and not _sent_to(ctx, cue, keyword)
        and ctx.text[cue.start : cue.end].lower() not in _NOUN_DIRECTED
    ):
        return None
    if _STARTS_AND.search(ctx.text, max(sentence, cue.start - 60), cue.start):
        return None  # "Tickets start at $50 and go up to $500": a scale of prices, no move
    between = ctx.text[cue.end : at]
    if keyword is None and _THAN_WORD.search(between):
        return None  # "a turnout of 65.8%, slightly lower than the record 67.4%": the level
        # compared with, no size of the move
    if (" and " in between or " but " in between) and _value_between(ctx, value, cue.end, at):
        return None  # "rose 5% and 20% of analysts": a verb left out is ``_with_gapped``'s
    if keyword is None and _share_of_object(ctx, value, cue):
        return None  # "Farmers grow 55% of the maize": the verb's object, no change
    role = keyword.group(1).lower() if keyword else "by"
    if role == "from" and any(c.isdigit() for c in ctx.text[cue.end : at]):
        return None  # "raised $5 million from 300 donors": the verb's object is another value
    if role == "from" and value.label_ == "quantity" and _raised_from_givers(ctx, value, cue):
        return None  # "$5 million, raised from 20 investors": whom money was raised from
    if keyword is None and (
        _BOUND.match(ctx.text, value.start_char, value.end_char)
        or (value.label_ != "quantity" and _as_far_as(ctx.text, value.start_char))
    ):
        role = "to"  # "dropped below 3 per cent" says where it went, not by how much
    roles: tuple[Span | None, Span | None, Span | None] = {
        "to": (None, value, None),
        "from": (value, None, None),
    }.get(role, (None, None, value))
    return Roles(
        min(at, cue.start), value.end_char, f"cue_{role}", *roles, cue.direction, cue, anchor
    )


_THAN_WORD = re.compile(r"\bthan\b")
_STARTS_AND = re.compile(
    r"\b(?:start|starts|begin|begins)[ \u00a0]+(?:at|from)[ \u00a0]+"
    r"(?:[^,;]|(?<=[0-9]),(?=[0-9])){1,40}?[ \u00a0]+and[ \u00a0]+"
    r"(?:(?:can|could|will|may|might|would)[ \u00a0]+)?(?:(?:go|goes|run|runs)[ \u00a0]+)?$"
)
"""Before a change verb, the present "start at" (or "begin from") of a scale and its "and":
"Prices start at $50 and go up to $500", "Salaries begin at $40,000 and climb to $90,000"
state where a range of values ends, no move ("Prices started at $50 last year and have since
gone up to $80" moved)."""


_PARED = LazyPattern(
    r"\b(?P<verb>(?:extend|par|trim|cut|narrow|widen|deepen|erase)[a-z]*)[ \u00a0]+"
    r"(?:(?:its|their|early|earlier|initial|some|the|session|intraday)[ \u00a0]+){0,2}"
    r"(?P<noun>gains|losses)[ \u00a0]+$"
)
"""A market report's move stated by its running gain or loss: "extended gains to 2%",
"pared losses to 0.5%", "trimmed its early gains to 1%": the value is the size of the move
(up for gains, down for losses), not where a level went."""
_PARED_ENDS = ("gains ", "losses ", "gains\u00a0", "losses\u00a0")


def _pared(ctx: Context, value: Span, to: int, sentence: int) -> Roles | None:
    """The move of "Gold extended gains to 2%" (up 2%) or "Oil trimmed losses to 0.5%"
    (down 0.5%): the value after "to" at character ``to`` sizes it, its direction the noun's;
    None without such a verb and noun right before "to"."""
    if not ctx.text.startswith("to", to):
        return None
    if value.label_ != "percentage" and not ctx.text.endswith(
        ("points", "point"), 0, value.end_char
    ):
        return None  # "The company cut losses to $5 million": a result's level
    if ctx.text.startswith(_OF_ENDS, value.end_char):
        return None  # "narrowed its losses to 5% of sales": a result's share
    found = _PARED.search(ctx.text, max(sentence, to - 60), to)
    if found is None or found["verb"].lower() not in _PARED_VERBS:
        return None
    way: Direction = "up" if found["noun"].lower() == "gains" else "down"
    start = found.start("verb")
    cue = Cue(way, start, found.end("noun"))
    return Roles(start, value.end_char, "cue_by", None, None, value, way, cue, to)


_LATER_MOVE = re.compile(r"\b(?:before|after|then)[ \u00a0]+[a-z]+ing[ \u00a0]+to[ \u00a0]*$")
"""A gap that ends in a later move's gerund and "to" ("before easing to", "then recovering
to"): the value after it is that move's level, not the end of the first move."""


def _pared_gap(gap: str) -> bool:
    """Whether a gap that ends in "to" ends in a market report's running gain or loss before
    it ("before paring gains to"): the value after it sizes a move of its own."""
    head = gap.rstrip(" \u00a0")[:-2]
    if not head.endswith(_PARED_ENDS):
        return False
    found = _PARED.search(head)
    return found is not None and found["verb"].lower() in _PARED_VERBS


_PARED_VERBS = frozenset(
    f"{stem}{ending}"
    for stem, endings in (
        ("extend", ("", "s", "ed", "ing")),
        ("pare", ("", "s", "d")),
        ("trim", ("", "s", "med")),
        ("cut", ("", "s")),
        ("narrow", ("", "s", "ed", "ing")),
        ("widen", ("", "s", "ed", "ing")),
        ("deepen", ("", "s", "ed", "ing")),
    )
    for ending in endings
) | {"paring", "trimming", "cutting"}
"""The verbs of ``_PARED``, each form spelled out ("extended", "pared", "trimmed")."""


_GIVERS = frozenset({"donors", "backers", "lenders", "shareholders", "banks", "sponsors"})
"""Plurals of givers of money, besides ``number_context.json``'s ``proportion_nouns`` (people
and firms): "raised from 300 donors"."""


def _raised_from_givers(ctx: Context, value: Span, cue: Cue) -> bool:
    """Whether a count after "raised from" is of people or firms ("$5 million, raised from 20
    investors", "raised from 300 donors"): whom money came from, no level that rose ("The
    retirement age was raised from 65", "raised output from 2 million barrels a day")."""
    if not ctx.lowers[ctx.token_at(cue.start)].startswith("rais"):
        return False
    noun = ctx.lowers[value.end - 1]
    return noun in _GIVERS or noun in counted.proportion_nouns()


_OR_PERCENT = LazyPattern(
    r",[ \u00a0]+or[ \u00a0]+(?:about[ \u00a0]+|nearly[ \u00a0]+|almost[ \u00a0]+)?"
    r"[0-9][0-9.]*[ \u00a0]*(?:%|percent\b|per[ \u00a0]+cent\b)"
)


def _points_or_share(text: str, value: Span) -> bool:
    """Whether a count of points is restated as a percentage after it, as an index's move
    is: "The Dow lost 300 points, or 0.8%" (the size, as before "to 38,500")."""
    return (
        text.startswith(",", value.end_char)  # what ``_OR_PERCENT`` opens with: most values
        # have none after them, and a Span's label and text cost more than this test
        and value.label_ == "quantity"
        and value.text.endswith((" points", "\u00a0points", " pts"))
        and _OR_PERCENT.match(text, value.end_char) is not None
    )


def _value_between(ctx: Context, value: Span, start: int, end: int) -> bool:
    """Whether a money or percentage value stands between ``start`` and
    ``end``, before an "and": the verb there is that value's ("fell 4% and imports were
    3% higher" is no fall by 3%)."""
    return any(
        " and " in ctx.text[v.end_char : end] or " but " in ctx.text[v.end_char : end]
        for group in (money.GROUP, percentages.GROUP)
        for v in _dates_within(ctx, start, end, group)
    )


_PASSING_ENDS = (
    "ed ",
    "ng ",
    "the ",
    "it ",
    "ck ",
    "ed\u00a0",
    "ng\u00a0",
    "the\u00a0",
    "it\u00a0",
)
"""What the text before a passed level ends with: the last letters of a passing verb
("topped ", "surpassing ", "hit ", "struck "), or "the " of "crossed the $1,000 mark" (a
string test)."""
_PASSING = re.compile(r"\b(?P<verb>[A-Za-z]+)[ \u00a0]+(?P<the>the[ \u00a0]+)?$")
_PASSED_AFTER = LazyPattern(
    r"(?:[ \u00a0]*(?:[.,;:)\u2014]|$)|[ \u00a0]+(?:for|in|on|at|during|after|before|as|and|but"
    r"|while|last|this|earlier|again|since|to|from|a|an|per|each|apiece|intraday|within|by"
    r"|amid|despite|following|through|until)\b)"
)
"""What may follow a passed level: an end of phrase or a preposition, no noun ("passed
$1.2 trillion in spending" is a sum in a noun phrase: "in" after a sum is read by the value
finder, so "in" counts only when the verb is no passing of a sum: see ``_passed``)."""
_SUM_IN = LazyPattern(r"[ \u00a0]+in[ \u00a0]+(?!(?:the|its|their|a|an|early|late)\b)[a-z]")


_FIRST_TIME = LazyPattern(r"[ \u00a0]+for[ \u00a0]+the[ \u00a0]+first[ \u00a0]+time\b")


def _end_of_level(text: str, end: int) -> int:
    """Where a level ends with its unit ("$5 a gallon")."""
    per = per_unit_at(text, end)
    return per[1] if per else end


def _passed(ctx: Context, value: Span, sentence: int) -> Roles | None:
    """ "Bitcoin topped $100,000 for the first time", "Nvidia's market value surpassed $3
    trillion", "Unemployment crossed 10%", "Gold crossed the $2,000 mark": a money or
    percentage value right after a verb of passing (``subject_words.json`` passing_verbs),
    or after it and "the" before a noun of a level, is where a change went: up; so is one
    after a verb of reaching (extreme_verbs) "for the first time" ("Gas hit $5 a gallon for
    the first time"). Not a value
    before a noun ("topped $4bn estimates") or a sum "in" something ("passed $1.2 trillion
    in spending")."""
    found = _PASSING.search(ctx.text, max(sentence, value.start_char - 16), value.start_char)
    table = _subject_words()
    if found is None:
        return None
    verb = found["verb"].lower()
    if verb not in table.passing_verbs and not (
        verb in table.extreme_verbs
        and verb not in table.record_setting_verbs
        and found["the"] is None
        and _FIRST_TIME.match(ctx.text, _end_of_level(ctx.text, value.end_char))
    ):
        return None  # "hit $5 for the first time" passed it; "hit $5" alone may be a sum
    before = _WORD.findall(ctx.text, max(sentence, found.start() - 24), found.start())
    if before and (
        before[-1].lower() in table.change_nouns or before[-1].lower() in _cue_directions()
    ):
        return None  # "Rent hikes topped 10%": the rise's size, read as a noun of change's
    end = value.end_char
    per = per_unit_at(ctx.text, end)
    end = per[1] if per else end  # "$2,450 an ounce"
    if found["the"] is not None:
        noun = _WORD.match(ctx.text, end + 1)
        if ctx.text[end : end + 1] not in (" ", "\u00a0") or noun is None:
            return None
        if noun.group().lower() not in table.passed_level_nouns:
            return None  # "topped the $4bn forecast": no level
        end = noun.end()
    if _PASSED_AFTER.match(ctx.text, end) is None or _SUM_IN.match(ctx.text, end):
        return None
    cue = Cue("up", found.start("verb"), found.end("verb"))
    end = end if found["the"] is not None else value.end_char  # "crossed the $1,000 mark"
    return Roles(cue.start, end, "cue_to", None, value, None, "up", cue, cue.start)


_PAST_ENDS = (" past ", " beyond ", "\u00a0past ", "\u00a0beyond ")
_PAST = LazyPattern(r"[ \u00a0]+(?:past|beyond)[ \u00a0]+")


def _crossed(ctx: Context, value: Span, sentence: int) -> Roles | None:
    """ "Bitcoin surged past $70,000", "The yield rose beyond 5%": a change verb right before
    "past" or "beyond" and a level (money, a percentage, a measure with a unit) is a change
    to that level, as "rose above $70,000" is; not a count ("past 12 months")."""
    if value.label_ == "quantity" and not value.kb_id_:
        return None
    word = _PAST.search(ctx.text, max(sentence, value.start_char - 10), value.start_char)
    if word is None or word.end() != value.start_char:
        return None
    cue = _cue_before(ctx, word.start(), sentence, 1)
    if cue is None or cue.direction == "unknown" or cue.end != word.start():
        return None
    return Roles(
        cue.start, value.end_char, "cue_to", None, value, None, cue.direction, cue, cue.start
    )


_RUN_BEFORE = LazyPattern(
    r"[ \u00a0]+for[ \u00a0]+(?:a|the)[ \u00a0]+(?:[a-z0-9-]+[ \u00a0]+){0,2}"
    r"(?:day|week|month|quarter|year|session|time)s?(?:[ \u00a0]+in[ \u00a0]+a[ \u00a0]+row)?"
    r"[ \u00a0]+$"
)
"""A run of periods between a change verb and its value: "rose for a third straight month
to", "fell for the fifth session in a row to"; the verb stands right before it."""
_DATED_BEFORE = re.compile(r"[ \u00a0]+(in|on|during|over)[ \u00a0]+$")


def _before_dated(
    ctx: Context, at: int, sentence: int, leads: re.Pattern[str] = _DATED_BEFORE
) -> int:
    """Where a date after "in", "on", "during" or "over" (or another of ``leads``) right
    before character ``at`` starts that phrase ("rose for a 13th straight month in January
    to 29.9%": before " in January"; "doubled over the past decade to"), else ``at``."""
    if not ctx.text[at - 1 : at].isspace():
        return at
    for date in _dates_within(ctx, max(sentence, at - 40), at):
        if date.end_char == at - 1:
            low = max(sentence, date.start_char - 9)
            lead = leads.search(ctx.text, low, date.start_char)
            return lead.start(1) if lead else at
    return at


_SINCE_BEFORE = re.compile(r"[ \u00a0]+(from)[ \u00a0]+$")
"""The "from" of the period a change is measured from ("rose from a year earlier to")."""


_RUN_ENDS = tuple(
    f"{word}{plural}{space}"
    for word in ("day", "week", "month", "quarter", "year", "session", "time", "row")
    for plural in ("", "s")
    for space in " \u00a0"
)
"""What a ``_RUN_BEFORE`` ends with: a string test before the search."""


_start_char = operator.attrgetter("start_char")


def _modifier_by(ctx: Context, roles: Roles, ends: dict[int, Span], used: set[int]) -> Roles:
    """ "a 5% increase in fares to $2.90", "a $2 rise to $10": a value right before a noun
    of change is its size (a percentage, or a value of the kind and unit of the end)."""
    cue, new = roles.cue, roles.to_value
    if cue is None or new is None or roles.by_value is not None:
        return roles
    size = ends.get(cue.start - 1)
    if size is None and (
        period := _PERIOD_BEFORE.search(ctx.text, max(0, cue.start - 24), cue.start)
    ):
        size = ends.get(period.start())  # "a 20% year-on-year increase to"
    if size is None or size.start in used or ctx.text[cue.start - 1] not in " \u00a0":
        return roles
    if size.label_ != "percentage" and (size.label_, size.kb_id_) != (new.label_, new.kb_id_):
        return roles
    if ctx.text.endswith(_OF_ENDS, max(0, size.start_char - 4), size.start_char):
        return roles  # "Profit of $2 million rose to $5 million": the level of the subject
    used.add(size.start)
    return dataclasses.replace(roles, start=size.start_char, by_value=size)


def find_roles(ctx: Context) -> list[Roles]:
    """Every change in the Doc with its facts by role (worked out once per state of the
    value span groups: the component and record building both ask)."""
    return ctx.derived("changes", (*VALUE_GROUPS, conversions.GROUP), lambda _: _find_roles(ctx))


_DENOMINATOR_ENDS = tuple(f"{w}{sp}" for w in ("per", "every") for sp in " \u00a0")
_DENOMINATOR = LazyPattern(r"(?<![A-Za-z])(?:per|every)[ \u00a0]$")


def _denominator(text: str, start: int) -> bool:
    """Whether a value is what another is counted per ("rise to $1.04 per $100 of assessed
    value from $1.00", "5 deaths per 100,000 people", "one for every 10 residents"): the unit
    of a rate, never a level, size or start of a change ("copper 3%" is no "per")."""
    return text.endswith(_DENOMINATOR_ENDS, max(0, start - 6), start) and (
        _DENOMINATOR.search(text, max(0, start - 7), start) is not None
    )


def _find_roles(ctx: Context) -> list[Roles]:
    # ``ctx.group`` holds the Span objects the finders published: iterating a SpanGroup
    # would make a new Span per value.
    values = sorted((s for name in VALUE_GROUPS for s in ctx.group(name)), key=_start_char)
    restated = _restated(ctx)
    if restated:
        values = [v for v in values if v.start_char not in restated]
    values = [v for v in values if not _denominator(ctx.text, v.start_char)]
    ends = {c.start_char: c.end_char for c in ctx.group(conversions.GROUP)} if restated else {}
    sentences = [ctx.sentence_start(value.start_char) for value in values]
    found: list[Roles] = []
    used: set[int] = set()
    for k, (first, second) in enumerate(itertools.pairwise(values)):
        if sentences[k] != sentences[k + 1] or first.start in used:
            continue
        both: Roles | None = None  # the appositions' change beside the heads' one
        roles = _pairs(ctx, first, second, sentences[k], ends.get(first.start_char))
        if k > 0 and sentences[k - 1] == sentences[k] and values[k - 1].start not in used:
            head = _head_moved(ctx, values[k - 1], first, second)
            if head is not None:  # "$9.1bn, or $2.27 a share, down from $11.4bn, or $2.83 a share"
                both = _appositions_compared(ctx, first, second, values, sentences, k, head)
            if head is None and roles is None:
                head = _apposed_by_to(ctx, values[k - 1], first, second, sentences[k])
            if head is None and roles is None:
                head = _apposed_to_from(ctx, values[k - 1], first, second, sentences[k])
                if head is not None:  # "to $3.2bn, or $1.05 a share, from $2.9bn, or 95 cents"
                    both = _appositions_compared(ctx, first, second, values, sentences, k, head)
            if head is None and roles is None:
                head = _apposed_swing(ctx, values[k - 1], first, second, sentences[k])
                if head is not None:  # "a net loss of $45m, or 12 cents a share, compared
                    # with a profit of $10m, or 3 cents a share": the heads' swing
                    both = _appositions_compared(ctx, first, second, values, sentences, k, head)
            if head is None and roles is None and _compared_or_of_before(ctx.text, second):
                head = _apposed_compared(ctx, values[k - 1], first, second)
                if head is not None:
                    both = _appositions_compared(ctx, first, second, values, sentences, k, head)
            roles = head if head is not None else roles
            if roles is None and values[k - 1].label_ == "percentage":
                after = ends.get(first.start_char, first.end_char)
                roles = _share_moved(ctx, values[k - 1], first, second, after)
            if roles is not None and roles.rule == "to_up_from":
                roles = _part_moved(ctx, roles, values[k - 1], first)
        if roles is not None:
            third = values[k + 2] if k + 2 < len(values) else None
            if third is not None and sentences[k + 2] == sentences[k]:
                roles = _completed(ctx, roles, second, third, ends.get(second.start_char))
                if roles.end == third.end_char:
                    used.add(third.start)
                elif (started := _by_to_apposed_from(ctx, roles, values, sentences, k)) is not None:
                    roles, both = started  # "rose 10% to $1.2bn, or $1.05 a share, from $1.1bn"
                    used.update({third.start, values[k + 3].start})
            found.append(roles)
            # "rose 2.5 per cent in February, down from 2.9 per cent": the first value
            # also keeps the change its verb makes
            used.update(
                {second.start} if roles.rule in _MOVED_FROM else {first.start, second.start}
            )
            if roles.by_value is not None and roles.by_value.start < first.start:
                used.add(roles.by_value.start)  # "fell 3%, or 300 points, to": 3% is taken
            if (
                roles.to_value is not None
                and roles.to_value.start < first.start
                and roles.rule not in _MOVED_FROM
            ):
                used.add(roles.to_value.start)  # "fell to $1.2bn, or 45 cents a share, from"
                # (not "rose to $1.2bn, or $1.05 a share, up from": the verb's change takes it)
            if both is not None and both.from_value is not None:
                found.append(both)  # "..., or 95 cents a share, ... or 80 cents a share"
                used.add(both.from_value.start)
    at = {v.end_char: v for v in values}
    for value, sentence in zip(values, sentences, strict=True):
        if value.start not in used:
            roles = _single(ctx, value, sentence)
            if roles is not None:
                roles = _modifier_by(ctx, roles, at, used)
                found = _with_single(ctx, found, roles)
                used.add(value.start)
    moved = _with_moved_by(ctx, found, values, sentences, ends)
    moved = [r for r in moved if not _lone_count_move(ctx, r)]
    if any(r.to_value is None and r.by_value is not None for r in moved):
        # "Brent fell 2%, settling at $80": the end after a participle
        starts = {v.start_char: v for v in values if v.start not in used}
        moved = [_with_end_after(ctx, r, starts) for r in moved]
    if any(r.rule == "cue_to" and r.cue is not None for r in moved):
        free_ends = {v.end_char: v for v in values if v.start not in used}
        moved = [_with_start_before(ctx, r, free_ends) for r in moved]
        if " of " in ctx.text:  # "A tax rate of 21% would increase to 28%"
            free = [v for v in values if v.start not in used]
            moved = [_with_level_of_before(ctx, r, free) for r in moved]
    if "%" in ctx.text or "cent" in ctx.text:  # the size after an end is a percentage
        moved = _with_sizes_after(ctx, moved, values, used)
    if " a " in ctx.text or " an " in ctx.text:
        moved = _with_sized_nouns(ctx, moved, values)
        moved = [_sized_of_after(ctx, r, values, used) for r in moved]
    moved = sorted(moved, key=lambda r: r.start)
    if len(moved) > 1 and (" a " in ctx.text or " an " in ctx.text):
        moved = _with_noun_sizes_after(ctx, moved)
    if " in " in ctx.text and any(r.rule == "to_from" and r.cue is None for r in moved):
        moved = _with_noun_in_before(ctx, moved)
    if (" and " in ctx.text or " but " in ctx.text) and moved:
        moved = _with_gapped(ctx, moved, values, sentences)
    if " below " in ctx.text or " above " in ctx.text or " under " in ctx.text:
        moved = [_threshold_crossed(ctx, r) for r in moved]
    return _with_lone_multiples(ctx, moved)


MULTIPLE, MULTIPLE_NOUN = "multiple", "multiple_noun"
"""Rules of a change that states only a factor: by its verb ("Turnout doubled", "Sales rose
threefold") or by a noun of rise and its object ("a 10-fold increase in cases")."""


def _with_lone_multiples(ctx: Context, found: list[Roles]) -> list[Roles]:
    """``found`` with the changes a multiple makes alone (``multiples.lone_cues``) outside
    every change found, when the verb's subject is read or the noun names its object."""
    cues = multiples.lone_cues(ctx.text)
    if not cues:
        return found  # most texts
    added: list[Roles] = []
    for lone in cues:
        if any(
            r.start <= lone.start < r.end or lone.span_start < r.end <= lone.span_end for r in found
        ):
            continue  # "tripled to $5 billion": the change of its values
        word = ctx.text[lone.start : lone.end].lower()
        way = _cue_directions().get(word, "up" if lone.named else "unknown")
        cue = Cue(way, lone.start, lone.end)
        rule = MULTIPLE_NOUN if lone.named else MULTIPLE
        roles = Roles(
            lone.span_start,
            lone.span_end,
            rule,
            None,
            None,
            None,
            way,
            cue,
            lone.start,
            named=lone.named,
        )
        if lone.named is None and not _lone_subject(ctx, roles):
            continue  # "Doubled prices hit shoppers": no subject, no change read
        added.append(roles)
    return sorted([*found, *added], key=lambda r: r.start) if added else found


_NUMBER_END = LazyPattern(r"\d[ \u00a0]+$")


def _lone_subject(ctx: Context, roles: Roles) -> bool:
    """Whether a lone multiple's verb has a subject read, and not the tail of a measure
    or count ("a wildfire about 99 km from the city more than doubled": the wildfire, not
    "km from the city", which the reader cut at the number)."""
    what = subject(ctx, roles)
    if what is None:
        return False
    at = ctx.text.rfind(what, ctx.sentence_start(roles.start), roles.start)
    return at < 0 or _NUMBER_END.search(ctx.text, max(0, at - 24), at) is None


_CROSSED = {"down": ("below ", "under "), "up": ("above ",)}
"""The words of a bound a move crosses, by its direction ("over" also sizes a rise)."""


def _threshold_crossed(ctx: Context, roles: Roles) -> Roles:
    """``roles`` without a size that is the bound the move crossed on its way to its level
    ("the rate fell below 1 for the first time, to 0.99", "rose above $50, to $52"): a value
    of the level's kind and unit, with the level beyond it; "fell 5% to $48" is unchanged."""
    by, to = roles.by_value, roles.to_value
    crossed = _CROSSED.get(roles.direction)
    if by is None or to is None or crossed is None or not by.text.lower().startswith(crossed):
        return roles
    if by.label_ != to.label_ or by.kb_id_ != to.kb_id_:
        return roles
    figures = _figures(ctx, by, to)
    if figures is None:
        return roles
    bound, level = figures
    if (roles.direction == "down" and level < bound) or (roles.direction == "up" and level > bound):
        return dataclasses.replace(roles, by_value=None)
    return roles


GAPPED = "gapped"
_PERIOD_ON_PERIOD = (
    r"[ \u00a0]+(?:(?:year|month|quarter|week)[- \u00a0]+(?:on|over)"
    r"[- \u00a0]+(?:year|month|quarter|week)|[ymqw]/[ymqw]|yoy|qoq)"
)
"""A comparison of periods after a value: " month on month", " year over year", " y/y",
" m/m"."""
_NAME_IN = (
    rf"in[ \u00a0]+(?:the[ \u00a0]+)?(?:{_DATE_MARK}"
    r"|[A-Z][\w.&'’-]*(?:[ \u00a0]+[A-Z][\w.&'’-]*){0,3})"
)
"""Where a move happened: "in" and a marked date or place, or a capitalized name (a bloc that
is no place record: "in the European Union")."""
_GAPPED = LazyPattern(
    rf"(?:[ \u00a0]+(?:(?:in|on|during|for|over|from)[ \u00a0]+(?:the[ \u00a0]+)?)?{_DATE_MARK}"
    rf"|[ \u00a0]+{_NAME_IN}"
    rf"|[ \u00a0]+against[ \u00a0]+the[ \u00a0]+[a-z]+|{_PERIOD_ON_PERIOD})?"
    r"(?P<link>,?[ \u00a0]+(?:and|but)|,)[ \u00a0]+"
    rf"(?P<noun>(?P<where>{_NAME_IN}[ \u00a0]+)"
    r"|(?P<when>(?:(?:once|again)[ \u00a0]+)?(?:in|on|during|for)[ \u00a0]+(?:the[ \u00a0]+)?"
    rf"{_DATE_MARK},?[ \u00a0]+(?=to|by))"
    rf"|(?P<place>{_DATE_MARK}[ \u00a0]+)|(?P<owner>{_DATE_MARK}['’]s[ \u00a0]+)?"
    r"(?:(?:its|their|the)[ \u00a0]+)?(?!(?:to|by)\b)[A-Za-z][A-Za-z.&'’-]*"
    r"(?:[ \u00a0]+(?!(?:to|by)\b)(?:[A-Za-z][A-Za-z.&'’-]*|[0-9]+)){0,3}"
    r"[ \u00a0]+)?(?:(?P<to>to[ \u00a0]+)"
    r"|(?P<by>by[ \u00a0]+(?:(?:a[ \u00a0]+further|another)[ \u00a0]+)?))?$"
)
"""Between a change and the size (or end) of a second one whose verb is left out: ", and
profit", " in the first half and" (a date before "and" is marked), " against the dollar and"
(a currency's measure); a place's possessive may lead the name and a number end a word of it
(" and France's CAC 40"); a comma alone links an item of a list that "and" closes (", the
Nasdaq"); " from April 2025 and by a further" is the same subject's next step; so is a
place after "in" (" in India and in China by", " in the European Union and"), and so is a
date after "and" before "by" or "to" (" in 2023 and once in 2024, by", " and again in 2024
by")."""
_GAPPED_AFTER = LazyPattern(
    r"(?:[ \u00a0]*(?:[.,;:)]|$)|[ \u00a0]+(?:to|from|in|on|during|for|over|at|a|an|last|this"
    rf"|year-on-year|respectively|elsewhere|compared|against|versus|while|but|as)\b"
    rf"|{_PERIOD_ON_PERIOD}\b)"
)
"""What may follow a gapped change's value: an end of phrase or a preposition, no noun
("and 20% of analysts", "and a 10% stake" are no change)."""
_GAPPED_NOT = frozenset({"not"})


_GAPPED_SAME = frozenset(
    {"then", "a", "further", "another", "nearly", "almost", "about", "around", "roughly", "some"}
    | {"just", "only", "over", "under", "more", "less", "than", "up", "down", "by"}
)
"""Words between "and" and a gapped value that name no subject: a sequence ("then", "a
further") or a qualifier the value's record holds ("nearly 5%")."""


def _gapped_noun(ctx: Context, noun: str) -> bool:
    """Whether the words between "and" and a gapped value may name what changed: no verb, no
    adverb, no word of a clause ("and closed", "and was", "and then" are none), no verb of
    expecting or saying ("but the bank expects growth of 2%": a clause of its own), and no
    "of" right before the value, which makes it the size of a noun of its own ("growth of")."""
    cues, table = _cue_directions(), _subject_words()
    auxiliaries = lexicons.change_cues().auxiliaries
    written_words = noun.split()
    if written_words and written_words[-1].lower() == "of":
        return False
    reporting = _reporting_verbs()
    for written in written_words:
        word = written.lower()
        if (
            word in cues
            or word in auxiliaries
            or word in reporting
            or word in _GAPPED_NOT
            or word in _CLAUSE_LINKS
            or word in table.level_verbs
            or (written.islower() and word.endswith(("ed", "ly")))
        ):
            return False
    return True


def _with_gapped(
    ctx: Context, found: list[Roles], values: list[Span], sentences: list[int]
) -> list[Roles]:
    """``found`` and the changes that leave their verb out after a change by a size in the
    same sentence: "Revenue rose 5% to $3 billion and profit 7% to $1 billion" (profit rose
    7% to $1 billion), "Profit rose 10% in the first half and 12% in the second" (profit
    rose 12%). The second takes the first's direction, a value of its size's kind right
    after "and" and the words that name it (else the first's subject), and the level after
    "to" when it is sized; a share ("and 20% of"), a noun after the value, a verb or an
    adverb in the gap make none. A list goes on: "The S&P 500 rose 0.5%, the Nasdaq 0.8% and
    the Dow 0.3%" (an item after a comma alone names its subject, and counts only where an
    item after "and" or "but" closes the list)."""
    taken = {id(v) for r in found for v in (r.from_value, r.to_value, r.by_value) if v}
    index = {id(v): k for k, v in enumerate(values)}
    out = list(found)
    for roles in found:
        first = roles.by_value or roles.to_value
        if roles.cue is None or first is None:
            continue
        if roles.rule not in ("cue_by", "cue_to", "cue_by_to", "to_from", "by_to"):
            continue
        held = [v for v in (roles.from_value, roles.to_value, roles.by_value) if v is not None]
        last = max(held, key=_start_char)  # "to 2.1% in May from 2.4% and"
        pending: list[Roles] = []
        leveled = roles.to_value is not None
        while item := _gapped_item(
            ctx, roles, first, last, leveled, values, index, sentences, taken
        ):
            pending.append(item)
            last = _last_value(item)
            leveled = item.to_value is not None
            taken.update(id(v) for v in (item.to_value, item.by_value) if v is not None)
            if item.cue is None:  # an item after "and" or "but" closes what the commas listed
                out.extend(dataclasses.replace(p, cue=None) for p in pending)
                pending = []
        for item in pending:  # "Exports rose 5%, imports 3%": no "and" closes the list
            taken.difference_update(id(v) for v in (item.to_value, item.by_value) if v)
    return sorted(out, key=lambda r: r.start)


def _last_value(item: Roles) -> Span:
    """A gapped item's level (or, without one, its size): where the list goes on."""
    found = item.to_value if item.to_value is not None else item.by_value
    assert found is not None  # a gapped item holds one or both
    return found


_RESPECTIVE_AHEAD = LazyPattern(
    r"(?:,[ \u00a0]+\S+(?:[ \u00a0][a-z]+){0,2})*"
    r",?[ \u00a0]+and[ \u00a0]+\S+(?:[ \u00a0][a-z]+){0,2}?,?[ \u00a0]+respectively\b"
)
"""The rest of a list of bare values that "respectively" closes: ", 7% and 9%, respectively"."""
_RESPECTIVELY_NEXT = LazyPattern(r",?[ \u00a0]+respectively\b")


def _respectively_ahead(text: str, end: int) -> bool:
    """Whether "respectively" closes the list of values that goes on (or ends) at ``end``."""
    return bool(_RESPECTIVELY_NEXT.match(text, end) or _RESPECTIVE_AHEAD.match(text, end))


_ITEM_DATED_BEFORE = LazyPattern(
    rf"[ \u00a0]+(?P<prep>in|on|during|for|over)[ \u00a0]+(?:the[ \u00a0]+)?{_DATE_MARK},[ \u00a0]+"
)
_ITEM_DATED_AFTER = LazyPattern(
    rf"[ \u00a0]+(?P<prep>in|on|during|for|over)[ \u00a0]+(?:the[ \u00a0]+)?{_DATE_MARK}"
)


def _dated_item(ctx: Context, marked: str, end: int) -> bool:
    """Whether a bare value after a comma stands in a list of values each told by a date or
    place after the same preposition ("rose 3% in May, 2% in April and 1% in March"): the
    same subject's change then, as after "and" (sizes only: "fell to 3.9% in May, 4.0% in
    April" lists the levels before)."""
    before = _ITEM_DATED_BEFORE.fullmatch(marked)
    if before is None:
        return False
    ahead = _dates_marked(ctx, ctx.text[end : end + 40], end)
    after = _ITEM_DATED_AFTER.match(ahead)
    return after is not None and after["prep"] == before["prep"]


_LISTED = Cue("unknown", 0, 0)
"""The mark of a gapped item after a comma alone, which counts once "and" closes its list."""


def _gapped_item(
    ctx: Context,
    roles: Roles,
    first: Span,
    last: Span,
    leveled: bool,
    values: list[Span],
    index: dict[int, int],
    sentences: list[int],
    taken: set[int],
) -> Roles | None:
    """The gapped change of the value after ``last`` (the change's or the list's last value;
    ``leveled``: a level, so a per unit may follow it), or None."""
    text = ctx.text
    k = index.get(id(last))
    if k is None or k + 1 >= len(values) or sentences[k + 1] != sentences[k]:
        return None
    value = values[k + 1]
    if id(value) in taken or value.label_ != first.label_:
        return None
    per = per_unit_at(text, last.end_char) if leveled else None
    after = per[1] if per else last.end_char  # "to $85.20 a barrel and WTI 1.7%"
    gap_text = text[after : value.start_char]
    if len(gap_text) > 56 or (
        " and " not in gap_text and " but " not in gap_text and "," not in gap_text
    ):
        return None
    marked = _dates_marked(ctx, gap_text, after)
    gap = _GAPPED.fullmatch(marked)
    if gap is None or (gap["to"] is not None and roles.by_value is not None):
        return None
    if roles.from_value is not None and gap["to"] is None and gap["by"] is None:
        return None  # "to $5bn from $4bn and imports $3bn": which end, unsaid
    if gap["by"] is not None and roles.by_value is None:
        return None  # "rose to 5% and exports by 3%": no size of the first to share
    place = None
    if gap["place"] is not None:
        place = _gapped_place(ctx, after, value.start_char)
        if place is None or not _place_moved(ctx, roles):
            return None  # "rose 5% on Monday and Tuesday 3%": a date names nothing that
            # changed; "Exports to China rose 5% and Japan 3%": not Japan's own
    noun = gap["noun"]
    head = None
    if gap["when"] is not None:
        noun = None  # "fell 40% in 2023 and once in 2024, by 49%": the same subject, later
    if gap["where"] is not None:
        noun = None  # "rise 8.2% and in China by 4.0%": the same subject, elsewhere
        head = _head_before(ctx, roles)
        if head is not None and head[0] == head[1]:
            return None  # its subject's place after "in" unread: no head to share
    lead = noun.split(maxsplit=1)[0].lower() if noun is not None else ""
    if lead in _GAPPED_PREPOSITIONS:
        head = _head_before(ctx, roles, lead)
        if head is None or head[0] == head[1]:
            return None  # "cut taxes by 5% and on fuel by 10%": whose, unsaid
        noun = None  # "cut water for farming by 80% and for industry by 25%": water
    if noun is not None and _GAPPED_SAME.issuperset(noun.lower().split()):
        noun = None  # "and then 3%", "and a further 3%", "and nearly 5%": the same subject's
    if (
        noun is not None
        and _OFF_AFTER.search(noun)
        and (roles.direction != "down" or not _OFF_AFTER.sub("", noun).strip())
    ):
        return None  # "with the Nikkei up 2% and the Kospi off 1%": a fall of its own;
        # "and the Kospi off 3.1%" after a fall: the Kospi fell too (``_trailing`` drops "off")
    counterpart = (
        noun is not None
        and "against" in text[roles.end : value.start_char]
        and _names_currency(noun)
    )
    if counterpart:
        noun = None  # "The dollar rose 0.5% against the yen, the euro 0.3%": the dollar's
    if value.kb_id_ != first.kb_id_ and (
        counterpart or (noun is None and not _respectively_ahead(text, value.end_char))
    ):
        return None  # "rose 5% and 2 points": a unit of its own names its own subject
    listed = gap["link"] == ","
    if (
        listed
        and noun is None
        and not counterpart
        and not _RESPECTIVE_AHEAD.match(text, value.end_char)
        and not (roles.by_value is not None and _dated_item(ctx, marked, value.end_char))
    ):
        return None  # ", 2% of analysts": an item after a comma alone names its subject
    if noun is not None and not _gapped_noun(ctx, noun.replace(_DATE_MARK, " ")):
        return None
    if _GAPPED_AFTER.match(text, value.end_char) is None and not (
        listed and text.startswith((" and ", ",", " to "), value.end_char)
    ):
        return None  # an item of a list goes on to the next: ", the Nasdaq 0.8% and"
    by, to = (value, None) if roles.by_value else (None, value)
    level = values[k + 2] if k + 2 < len(values) and sentences[k + 2] == sentences[k] else None
    if (
        by is not None
        and level is not None
        and id(level) not in taken
        and text[value.end_char : level.start_char] in (" to ", " to\u00a0")
    ):
        to = level  # "and profit 10% to $2bn"
    end = (to or value).end_char
    named = head  # "Emissions in India rose 8.2% and in China 4%": Emissions
    if place is not None:
        named = (place.start_char, place.end_char)  # "France expanded 0.2% and Spain 0.7%"
    elif noun is not None:  # offsets after the marked dates are the text's, counted back
        skip = gap.end("owner") if gap["owner"] is not None else gap.start("noun")
        lead = marked[skip:].split(maxsplit=1)[0]
        if lead in ("its", "their", "the"):
            skip += len(lead) + 1  # "and the Dow": the Dow
        named = (
            _gapped_owner(ctx, after, value.start_char - (len(marked) - skip)),
            value.start_char - (len(marked) - gap.end("noun")) - _trailing(noun),
        )  # "and France's CAC 40": France's, as "Germany's DAX" of the change before
    # the span runs from the verb it shares, as a change's does
    return Roles(
        roles.start,
        end,
        GAPPED,
        None,
        to,
        by,
        roles.direction,
        _LISTED if listed else None,
        value.start_char,
        named=named,
    )


_IN_NAME = LazyPattern(r"[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?[A-Z0-9]")


def _head_before(ctx: Context, roles: Roles, word: str | None = None) -> tuple[int, int] | None:
    """Where the subject of a change stands without its last complement: its place after
    "in" ("Emissions in India": Emissions), for a gapped item led by another place, or with
    ``word`` the phrase that word leads ("water for farming": water), for a gapped item led by
    it; None when the subject holds no such complement (the item shares it whole); an empty
    span when it is not found in the text (before its verb or, as a cut's object, after it)."""
    found = subject(ctx, roles)
    if found is None or roles.cue is None:
        return None
    if word is None:
        places_in = list(_IN_NAME.finditer(found))
        cut = places_in[-1].start() if places_in else -1
    else:
        cut = found.rfind(f" {word} ")
    if cut <= 0:
        return None
    at = ctx.text.rfind(found, ctx.sentence_start(roles.cue.start), roles.end)
    return (0, 0) if at < 0 else (at, at + cut)


_GAPPED_PREPOSITIONS = frozenset({"for", "on", "to", "from", "at", "among", "with", "into"})
"""Words that lead a gapped item naming the same head's other complement ("water for farming
... and for industry"), never a subject of its own."""


_OWNED = LazyPattern(r"['\u2019]s[ \u00a0]+")


def _gapped_owner(ctx: Context, start: int, named: int) -> int:
    """Where a gapped name that starts at char ``named`` starts with the place that owns it
    ("and France's CAC 40": at France), the gap starting at ``start``; else ``named``."""
    owners = _dates_within(ctx, start, named, places.GROUP)
    if owners and _OWNED.fullmatch(ctx.text, owners[-1].end_char, named):
        return owners[-1].start_char
    return named


def _gapped_place(ctx: Context, start: int, end: int) -> Span | None:
    """The place a gap from ``start`` to the gapped value at ``end`` names alone, its last
    mark ("France expanded 0.2% and Spain 0.7%": Spain), when no date is marked there."""
    found = _dates_within(ctx, start, end, places.GROUP)
    if not found or _dates_within(ctx, found[-1].start_char, end):
        return None
    return found[-1]


def _place_moved(ctx: Context, roles: Roles) -> bool:
    """Whether a change's subject is a place alone, which opens its sentence (maybe after
    "the") right before the verb: "France expanded 0.2%", "The Netherlands grew 0.1%"."""
    cue = roles.cue
    if cue is None:
        return False
    start = ctx.sentence_start(cue.start)
    found = _dates_within(ctx, start, cue.start, places.GROUP)
    if not found or ctx.text[found[-1].end_char : cue.start].strip(" \u00a0"):
        return False
    return ctx.text[start : found[-1].start_char].strip(" \u00a0") in ("", "The", "the")


def _names_currency(noun: str) -> bool:
    """Whether a gapped noun is a currency's name ("the euro", "sterling"): after a move
    "against" another currency, the one it moved against, no subject of its own."""
    words = noun.lower().split()
    name = " ".join(words[1:] if words[0] in ("the", "its", "their") else words)
    names = lexicons.currency_markers()[1]
    return name in names or name in ("dollar", "pound", "yen", "euro", "sterling", "yuan")


def _trailing(noun: str) -> int:
    """The spaces a gapped noun's match ends with (and an "off" before them, which the
    noun read drops)."""
    off = _OFF_AFTER.search(noun)
    return len(noun) - (off.start() if off else len(noun.rstrip(" \u00a0")))


_OFF_AFTER = LazyPattern(r"[ \u00a0]+off[ \u00a0]*$", re.IGNORECASE)
"""A gapped item's "off", a fall's adverb: "and the Kospi off 3.1%"."""


_END_AFTER = re.compile(
    r"(?:[ \u00a0]+of[ \u00a0]+(?:its|their|the)[ \u00a0]+value)?"
    r"(?:[ \u00a0]+(?:(?:on|in|during)(?:[ \u00a0]+\w+){1,3}?|(?:this|last)[ \u00a0]+[a-z]+))?"
    r",[ \u00a0]+"
    r"(?:(?:settling|closing|ending|finishing)[ \u00a0]+at"
    r"|(?P<move>[a-z]+ing)[ \u00a0]+to"
    r"|hitting(?:[ \u00a0]+an?[ \u00a0]+(?:new[ \u00a0]+)?(?:record|all-time)(?:[ \u00a0]+high)?"
    r"(?:[ \u00a0]+of)?)?)[ \u00a0]+"
)
"""A participle after a change by a size that says where it went: ", settling at", ", closing
at", ", climbing to", ", hitting a record" (after a date: "on Monday, hitting", "this
week, hitting"; after what was lost: "lost 8% of its value, closing at")."""


def _with_end_after(ctx: Context, roles: Roles, starts: dict[int, Span]) -> Roles:
    """ "Brent fell 2%, settling at $80 a barrel", "Gold jumped 2% on Monday, hitting a record
    $2,450": a change by a size with no ends takes the value after the participle as where
    it went, when the value is free, a level (no count) the size fits, and a verb of move
    agrees with the change's direction ("fell 2%, climbing to" is no such end)."""
    if roles.by_value is None or roles.to_value is not None or roles.from_value is not None:
        return roles
    if ctx.text.find(",", roles.end, roles.end + 32) < 0:
        return roles  # most changes have no comma right after: a string test says so fast
    found = _END_AFTER.match(ctx.text, roles.end)
    value = starts.get(found.end()) if found is not None else None
    if found is None or value is None:
        return roles
    if (value.label_ == "quantity" and not value.kb_id_) or not _size_fits(roles.by_value, value):
        return roles
    if found["move"] and _cue_directions().get(found["move"].lower()) != roles.direction:
        return roles  # "climbing to" after a fall; "adding to": no verb of move
    if ctx.sentence_start(value.start_char) != ctx.sentence_start(roles.start):
        return roles
    return dataclasses.replace(roles, end=value.end_char, to_value=value)


_START_BEFORE = LazyPattern(r"(?:rising|falling|climbing|dropping|increasing|decreasing)\b")


def _with_start_before(ctx: Context, roles: Roles, ends: dict[int, Span]) -> Roles:
    """ "The tax rate is 19 per cent, rising to 25 per cent in April": a participle's change
    to a value right after a free value and its comma moves from that value, when both are
    of one kind and unit; the change is read as "B, up from A" is (its subject the level's)."""
    cue = roles.cue
    if cue is None or roles.from_value is not None or roles.by_value is not None:
        return roles
    new = roles.to_value
    if new is None or not ctx.text.endswith(", ", 0, cue.start):
        return roles
    if _START_BEFORE.match(ctx.text, cue.start, cue.end) is None:
        return roles
    old = ends.get(cue.start - 2)
    if old is None or (old.label_, old.kb_id_) != (new.label_, new.kb_id_):
        return roles
    if old.label_ == "quantity" and not old.kb_id_:
        return roles  # a count: "300 jobs, rising to 500" may count other things
    if ctx.sentence_start(old.start_char) != ctx.sentence_start(new.start_char):
        return roles
    start = old.start_char
    return dataclasses.replace(
        roles, start=start, rule="to_up_from", from_value=old, cue=None, anchor=start
    )


_LEVEL_OF_GAP = LazyPattern(
    r"(?:[ \u00a0]+(?:will|would|could|can|may|might|should|shall|must|is|are|was|were|be"
    r"|to|set|expected|due|likely|now|also|eventually|gradually|then)){0,4}"
    r"(?:[ \u00a0]+(?:get|gets|got|see|sees|saw|receive|receives|received)[ \u00a0]+an?)?"
    r"[ \u00a0]+"
)
"""Between a level after "NOUN of" (and its unit) and the verb (or noun) of its change:
auxiliaries, "is set to", "will get a"."""


def _with_level_of_before(ctx: Context, roles: Roles, values: list[Span]) -> Roles:
    """ "A tax rate of 21% would increase to 28%", "The minimum wage of 12.41 euros an hour
    will get a raise to 12.82 euros": a change to a value whose subject is a noun with its
    level after "of" (and a unit after "a", "an" or "per"), only auxiliaries between that
    level and the cue, moves from that level, when both are of one kind and unit, neither a
    count, and their figures agree with the direction; read as "B, up from A" is (its subject
    the noun before "of"). "A rise of 2% would lift rates to 5%" has a verb between;
    "An increase of 2% ..." names a change, no level."""
    cue, new = roles.cue, roles.to_value
    if cue is None or new is None or roles.from_value is not None or roles.by_value is not None:
        return roles
    if roles.rule != "cue_to":
        return roles
    k = bisect.bisect_left(values, cue.start, key=_start_char) - 1
    old = values[k] if k >= 0 else None
    if old is None or old.end_char > cue.start or old.start_char >= new.start_char:
        return roles
    if (old.label_, old.kb_id_) != (new.label_, new.kb_id_) or old.label_ == "quantity":
        return roles
    per = per_unit_at(ctx.text, old.end_char)
    at = per[1] if per else old.end_char
    if _LEVEL_OF_GAP.fullmatch(ctx.text, at, cue.start) is None:
        return roles
    if ctx.sentence_start(old.start_char) != ctx.sentence_start(new.start_char):
        return roles
    noun = _noun_of(ctx, old.start_char)
    if noun is None or noun.split()[-1].lower() in _subject_words().change_nouns:
        return roles
    if _against(ctx, old, new, roles.direction):
        return roles
    start = old.start_char
    return dataclasses.replace(
        roles, start=start, rule="to_up_from", from_value=old, cue=None, anchor=start
    )


_A_BEFORE_VALUE = (" a ", " an ", "\u00a0a ", "\u00a0an ")
_A_ENDS = frozenset({" a ", "an ", "\u00a0a "})
"""The last three characters before a value after "a" or "an"."""


_PERIOD_ADJECTIVE = (
    r"(?:(?:year|month|quarter|week|day)-(?:on|over)-(?:year|month|quarter|week|day)"
    r"|on-(?:year|month|quarter|week)|annual|annuali[sz]ed|yearly|quarterly|monthly|weekly|daily"
    r"|sequential)"
)
"""A period's adjective between a size and its noun of change ("a 20% year-on-year
increase", "a 2% monthly drop"): the change's period, no word of what changed."""


_PERIOD_BEFORE = re.compile(rf"[ \u00a0]{_PERIOD_ADJECTIVE}[ \u00a0]+$")


@cache
def _noun_of_change() -> re.Pattern[str]:
    """A noun of change and its object after "in" (up to three words, past no other
    preposition nor clause opener of ``subject_words.json``; "of" links the object's nouns):
    "rise in the price of milk", "rise in annual profit on Monday", "rise in second-quarter
    net profit" (a hyphened word is one)."""
    table = _subject_words()
    stops = sorted(
        {*table.prepositions, *table.clause_openers, "by", "with", "over", "or"} - {"of"}
    )
    return re.compile(
        rf"(?:[ \u00a0]+{_PERIOD_ADJECTIVE})?"  # "a 20% year-on-year increase": the noun's period
        r"[ \u00a0]+([a-z]+)(?P<object>[ \u00a0]+in(?:[ \u00a0]+(?:the[ \u00a0]+)?"
        rf"(?!(?:{'|'.join(stops)})\b)[a-z]+(?:-[a-z]+)*){{1,3}})?\b"
    )


_RULE_RATE_NOUNS = frozenset(
    {"cap", "caps", "ceiling", "limit", "limits", "threshold", "tariff", "tariffs", "levy"}
    | {"tax", "duty", "duties", "surcharge", "quota", "stake", "fee", "commission", "target"}
)
"""Nouns of a rule, a charge or a holding whose rate a percentage before them gives."""
_RULE_RATE_AFTER = LazyPattern(r"[ \u00a0]+([a-z]+)\b")
_RULE_RATE_BEFORE = ("a ", "an ", "the ", "its ", "their ", "his ", "her ")


def _rate_of_a_rule(ctx: Context, value: Span) -> bool:
    """Whether a percentage stands between a determiner and a noun of a rule or a charge
    whose rate it gives ("lifted a 16% cap on credit growth", "cut its 20% stake"): the
    rate of the verb's object, no size of the move."""
    if value.label_ != "percentage" or not ctx.text.endswith(
        _RULE_RATE_BEFORE, 0, value.start_char
    ):
        return False
    noun = _RULE_RATE_AFTER.match(ctx.text, value.end_char)
    return noun is not None and noun.group(1) in _RULE_RATE_NOUNS


def _sizes_a_noun(ctx: Context, value: Span) -> bool:
    """Whether ``value`` stands between "a" (or "an") and a noun of change of a direction,
    whose size ``_with_sized_nouns`` makes it: "raised rates after a 400 basis-point
    increase", "Perth led the gains with a 1.7 per cent rise" (no size of the verb or noun
    before)."""
    text = ctx.text
    if value.label_ == "quantity" or not text.endswith(_A_BEFORE_VALUE, 0, value.start_char):
        return False
    noun = _noun_of_change().match(text, value.end_char)
    word = noun.group(1) if noun is not None else ""
    way = _cue_directions().get(word)
    return way is not None and way != "unknown" and word in _subject_words().change_nouns


def _with_sized_nouns(ctx: Context, found: list[Roles], values: list[Span]) -> list[Roles]:
    """``found`` and a change by each value no change holds that stands between "a" and a noun
    of change: "a 5% rise in the price of milk", "a 10-cent rise", "a $2 increase in parking
    fees" (by the value, the direction the noun's; its object after "in" is the subject):
    ``subject_words.json`` change_nouns ("a 5% higher price", "a $5 million contract" are
    none)."""
    text = ctx.text
    # "a 10-year rise", "a 300-job cut": a span or a count, no size; a string test first
    after_a = [
        v
        for v in values
        if text[v.start_char - 3 : v.start_char] in _A_ENDS and v.label_ != "quantity"
    ]
    if not after_a:
        return found
    held = {v.start for r in found for v in (r.from_value, r.to_value, r.by_value) if v}
    directions, nouns = _cue_directions(), _subject_words().change_nouns
    for value in after_a:
        if value.start in held or not text.endswith(_A_BEFORE_VALUE, 0, value.start_char):
            continue
        if _estimated(ctx, value):
            continue  # "missing estimates of a 4% rise": what was expected, no change
        noun = _noun_of_change().match(ctx.text, value.end_char)
        word = noun.group(1) if noun is not None else ""
        way = directions.get(word)
        if noun is None or way is None or way == "unknown" or word not in nouns:
            continue  # "a $5 million contract", "a 5% higher price"
        cue = Cue(way, noun.start(1), noun.end(1))
        end = noun.end("object") if noun.group("object") else noun.end(1)
        start = value.start_char
        level = None if noun.group("object") else _level_before_comma(ctx, value, values, held)
        if level is not None:  # "Defence gets $886 billion, a 3% increase": to $886 billion
            start = level.start_char
            roles = Roles(start, noun.end(1), MOVED_BY, None, level, value, way, None, start)
            found.append(roles)
            continue
        found.append(Roles(start, noun.end(1), "noun_by", None, None, value, way, cue, end))
    return found


_ESTIMATE_OF = LazyPattern(r"\b([a-z]+)[ \u00a0]+(?:of|for)[ \u00a0]+an?[ \u00a0]+$")


def _estimated(ctx: Context, value: Span) -> bool:
    """Whether a value after "a" follows a noun of what was expected and "of" or "for"
    (``subject_words.json`` estimate_nouns): "estimates of a 4% rise", "forecasts for a 2%
    decline"."""
    if not ctx.text.endswith(("of", "for"), 0, value.start_char - 3) and not ctx.text.endswith(
        ("of", "for"), 0, value.start_char - 4
    ):
        return False  # most values after "a" follow no "of" or "for" (a string test)
    found = _ESTIMATE_OF.search(ctx.text, max(0, value.start_char - 32), value.start_char)
    return found is not None and found.group(1) in _subject_words().estimate_nouns


_COMMA_A_ENDS = (", a ", ", an ", ", a\u00a0", ", an\u00a0")


def _level_before_comma(
    ctx: Context, size: Span, values: list[Span], held: set[int]
) -> Span | None:
    """The money or percentage right before ", a" and the size of a noun of change with no
    object ("$886 billion, a 3% increase over last year", "$4.50 a gallon, a 10-cent rise"):
    the level the change reached, when no change holds it and the size is a percentage or of
    its kind and unit ("hired 300 workers, a 5% increase" keeps the count apart)."""
    text = ctx.text
    if not text.endswith(_COMMA_A_ENDS, max(0, size.start_char - 6), size.start_char):
        return None  # most sizes: no comma before the article (a string test)
    k = bisect.bisect_left(values, size.start_char, key=_start_char) - 1
    level = values[k] if k >= 0 else None
    if level is None or level.start in held or level.label_ not in ("money", "percentage"):
        return None
    if size.label_ != "percentage" and not _alike(level, size):
        return None
    per = per_unit_at(text, level.end_char)
    at = per[1] if per else level.end_char
    if _A_BEFORE.fullmatch(text, at, size.start_char) is None:
        gap = _dates_marked(ctx, text[at : size.start_char], at)
        if _ADVERBIAL_A.fullmatch(gap) is None:
            return None  # "$886 billion for defense, a 3% increase": a phrase may stand between
        listed = values[k - 1] if k > 0 else None
        if listed is not None and " and " in text[listed.end_char : level.start_char][-40:]:
            return None  # "$40 million on roads and $10 million on parks, a 5% increase"
    return level


_A_NOUN_OF_AFTER = LazyPattern(r",[ \u00a0]+an?[ \u00a0]+([a-z]+)[ \u00a0]+of[ \u00a0]+")
"""Between a change's end and its size: ", an increase of", ", a drop of"."""


def _sized_of_after(ctx: Context, roles: Roles, values: list[Span], used: set[int]) -> Roles:
    """ "Sales rose to $10 billion from $8 billion, an increase of $2 billion": the value after
    ", a/an NOUN of" right after a change that lacks its size is that size, when the noun is
    one of change of the change's direction and the value is a percentage or of the kind and
    unit of the change's end."""
    new = roles.to_value
    if new is None or roles.by_value is not None:
        return roles
    if not ctx.text.startswith((", a", ",\u00a0a"), roles.end):
        return roles  # most changes: no ", a" right after (a string test)
    found = _A_NOUN_OF_AFTER.match(ctx.text, roles.end)
    if found is None or found.group(1) not in _subject_words().change_nouns:
        return roles
    k = bisect.bisect_left(values, found.end(), key=_start_char)
    size = values[k] if k < len(values) else None
    if size is None or size.start_char != found.end() or size.start in used:
        return roles
    if size.label_ != "percentage" and not _alike(new, size):
        return roles
    way = _cue_directions().get(found.group(1))
    if way not in ("up", "down") or roles.direction not in (way, "unknown"):
        return roles
    used.add(size.start)
    return dataclasses.replace(roles, end=size.end_char, by_value=size, direction=way)


_A_BEFORE = LazyPattern(r",[ \u00a0]+an?[ \u00a0]+")
_ADVERBIAL_A = LazyPattern(rf"{_ADVERBIAL},[ \u00a0]+an?[ \u00a0]+", re.IGNORECASE | re.VERBOSE)
"""Between a change's end and the noun of its size: " in the current quarter, a", ", an"."""


_NOUN_IN_BEFORE = LazyPattern(
    r"\b(?P<noun>[a-z]+)[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?P<object>[a-z][a-z-]*(?:[ \u00a0]+[a-z][a-z-]*){0,2}),[ \u00a0]+$"
)
"""A noun of change and its object after "in", then a comma, before "to": "a more than
42-fold increase in cases, to"."""


NOUN_TO_FROM = "noun_to_from"


def _with_noun_in_before(ctx: Context, found: list[Roles]) -> list[Roles]:
    """``found`` (in text order) with a bare "to B from A" right after a noun of change, its
    object after "in" and a comma given the noun as its cue and the object as its subject:
    "Europe saw a more than 42-fold increase in cases, to 59,080 from 417" (cases up); a
    size before the noun ("a 42% increase in cases, to") joins the same change. The noun's
    direction must be the values'; the object holds no preposition nor clause opener."""
    table = _subject_words()
    stops = {*table.prepositions, *table.clause_openers, "by", "with", "over", "or", "and"}
    merged: list[Roles] = []
    for roles in found:
        noun = None
        if roles.rule == "to_from" and roles.cue is None and roles.from_value is not None:
            floor = max(ctx.sentence_start(roles.start), roles.start - 64)
            noun = _NOUN_IN_BEFORE.search(ctx.text, floor, roles.start)
        if noun is None or noun["noun"] not in table.change_nouns:
            merged.append(roles)
            continue
        way = _cue_directions().get(noun["noun"])
        if (
            way is None
            or roles.direction not in (way, "unknown")
            or not stops.isdisjoint(noun["object"].split())
        ):
            merged.append(roles)
            continue
        cue = Cue(way, noun.start("noun"), noun.end("noun"))  # the values tell the direction
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.rule == "noun_by"
            and last.cue is not None
            and last.cue.start == cue.start
            and last.to_value is None
        ):  # "a 42% increase in cases, to": one change, by the size
            merged[-1] = dataclasses.replace(
                last, end=roles.end, from_value=roles.from_value, to_value=roles.to_value
            )
            continue
        merged.append(
            dataclasses.replace(
                roles,
                start=cue.start,
                rule=NOUN_TO_FROM,
                cue=cue,
                anchor=noun.end("object"),
                named=(noun.start("object"), noun.end("object")),
            )
        )
    return merged


def _with_noun_sizes_after(ctx: Context, found: list[Roles]) -> list[Roles]:
    """``found`` (in text order) with a noun's change by a size ("increase of 25%", from
    ``_single``) folded into the change right before it that reached a value and lacks its
    size, when ", a" or ", an" (maybe after an adverbial or a date) stands between and the
    noun's direction is the change's: "fell to £1,568 from £1,690 in the current quarter, a
    drop of 7%" is one change by 7%; the size is a percentage or of the end's kind and unit."""
    merged: list[Roles] = []
    for roles in found:
        last = merged[-1] if merged else None
        size, cue = roles.by_value, roles.cue
        if (
            last is None
            or roles.rule != "cue_by"
            or size is None
            or cue is None
            or roles.to_value is not None
            or roles.from_value is not None
            or last.to_value is None
            or last.by_value is not None
            or last.end > roles.start
            or not _noun_cue(ctx, cue)
            or cue.start != roles.start
            or last.direction not in (roles.direction, "unknown")
        ):
            merged.append(roles)
            continue
        if (size.label_ != "percentage" and not _alike(last.to_value, size)) or (
            ctx.text.startswith((" in ", " of ", "\u00a0in "), size.end_char)
        ):
            merged.append(roles)  # "a drop of 2% in volumes": the size of another thing
            continue
        per = per_unit_at(ctx.text, last.end)
        at = per[1] if per else last.end
        gap = _dates_marked(ctx, ctx.text[at : roles.start], at)
        if _ADVERBIAL_A.fullmatch(gap) is None:
            merged.append(roles)
            continue
        merged[-1] = dataclasses.replace(
            last, end=roles.end, by_value=size, direction=roles.direction
        )
    return merged


_NOUN_AFTER = LazyPattern(r"[ \u00a0]+([a-z]+)\b")


def _with_sizes_after(
    ctx: Context, found: list[Roles], values: list[Span], used: set[int]
) -> list[Roles]:
    """``found`` with each change to a value that lacks its size given the percentage of
    ", a C% increase" right after that value: "The median price climbed to $412,000, a 5.6%
    increase from a year ago" is one change to $412,000 by 5.6%, when the noun's direction
    is the change's."""
    text, sized = ctx.text, []
    for roles in found:
        new = roles.to_value
        if (
            new is None
            or roles.by_value is not None
            or ", a" not in text[new.end_char : new.end_char + 40]
        ):
            sized.append(roles)
            continue  # most changes: a size, no end, or no ", a" after it (a string test)
        k = bisect.bisect_right(values, new.start_char, key=_start_char)
        size = values[k] if k < len(values) else None
        if size is None or size.start in used or size.label_ != "percentage":
            sized.append(roles)
            continue
        per = per_unit_at(ctx.text, new.end_char)
        noun = _NOUN_AFTER.match(ctx.text, size.end_char)
        direction = _cue_directions().get(noun.group(1)) if noun is not None else None
        if (
            noun is None
            or direction not in ("up", "down")
            or roles.direction not in (direction, "unknown")
            or not _A_BEFORE.fullmatch(ctx.text, per[1] if per else new.end_char, size.start_char)
        ):
            sized.append(roles)
            continue
        used.add(size.start)
        sized.append(dataclasses.replace(roles, end=noun.end(), by_value=size, direction=direction))
    return sized


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
        if before is not None and k > 1 and sentences[k - 2] == sentences[k]:
            total = before
            before = _part_of_total(ctx, values[k - 2], total)
            after = total.end_char if before is not total else after  # past "of the 720"
        moved.append(_moved_by(ctx, roles, before, taken, after) if by is not None else roles)
    return moved


def _part_of_total(ctx: Context, part: Span, total: Span) -> Span:
    """The part where ``total`` is the whole of a count of "N of the M" (``_PART_OF``; "won
    189 of the 720 seats, up 13": the party's 189 moved, not the chamber's 720, as
    ``_part_moved`` reads "down from"); else ``total``."""
    if part.label_ != total.label_ or part.end_char >= total.start_char:
        return total
    if _PART_OF.fullmatch(ctx.text, part.end_char, total.start_char) is None:
        return total
    return part


def _with_single(ctx: Context, found: list[Roles], single: Roles) -> list[Roles]:
    """``found`` and a one-value change. "climbed to $5 billion, up from $4 billion" is one
    change from $4 billion to $5 billion with the verb's subject, not "climbed to $5 billion"
    and "$5 billion, up from $4 billion" overlapping, and "climbed to $30,000, up 5% from
    $28,500" one by 5% as well; "rose 2.5 per cent, down from 2.9 per cent" keeps both (by
    how much prices rose; how the rate moved)."""
    if single.rule in ("cue_by", "by_than"):
        return _by_after_to(ctx, found, single)
    if single.rule == "cue_from":
        return _from_after_to(ctx, found, single)
    text = ctx.text
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
        found = [  # "rose to $1.2bn, or $1.05 a share, up from $1.1bn, or 95 cents": the
            # appositions' change reads the merged change's subject
            dataclasses.replace(r, heads=merged) if r.heads is moved else r
            for r in found
        ]
        return [*found[:k], merged, *found[k + 1 :]]
    return [*found, single]


_COMMA = LazyPattern(r",[ \u00a0]*")
_UP_OR_DOWN = re.compile(r"(?i:up|down)\b")


_ARTICLE_BEFORE = LazyPattern(r"\ban?[ \u00a0]+$", re.IGNORECASE)


def _opens_after_comma(text: str, cue: Cue) -> int | None:
    """Where the phrase of a change's size that may follow a value and a comma starts: at
    "up" or "down" (", up 10%"), or at the article of a noun of change (", an increase of
    11%", ", a decline of 3%"); None for another cue."""
    if _UP_OR_DOWN.match(text, cue.start, cue.end) is not None:
        return cue.start
    if text[cue.start - 2 : cue.start - 1] not in ("a", "n", "A", "N"):
        return None  # most cues follow no article: a string test says so fast
    article = _ARTICLE_BEFORE.search(text, max(0, cue.start - 4), cue.start)
    return article.start() if article is not None else None


_DATE_THEN_COMMA = LazyPattern(
    rf"[ \u00a0]+(?:(?:in|on|during|for|over|through)[ \u00a0]+)?(?:the[ \u00a0]+)?"
    rf"{_DATE_MARK},[ \u00a0]*"
)
"""A date between a change's end and its size: "rose to $10 billion in 2023, up 14%"."""


def _by_after_to(ctx: Context, found: list[Roles], single: Roles) -> list[Roles]:
    """``found`` and a change by a value after ", up" or ", down" right after the end of a
    change to a value in the same direction, or after a date after it: "Rents jumped to an
    average of $2,000 a month, up 10% from a year earlier", "Losses rose to $10 billion in
    2023, up 14%" are one change to the value by the size, not two; so is a size more or
    less than a date's ("Revenue rose to $5.1 billion, 12% higher than a year earlier")."""
    text, cue = ctx.text, single.cue
    if single.rule == "by_than":
        opens = single.start if found else None
    else:
        opens = _opens_after_comma(text, cue) if cue is not None and found else None
    if opens is None:
        return [*found, single]
    last = found[-1]
    new = last.to_value
    if last.rule != "cue_to" or new is None or last.direction != single.direction:
        return [*found, single]
    per = per_unit_at(text, new.end_char)
    at = max(per[1] if per else new.end_char, last.end)  # "crossed the $50,000 level, up 5%"
    if _COMMA.fullmatch(text, at, opens) is None and (
        "," not in text[at:opens]
        or not _DATE_THEN_COMMA.fullmatch(_dates_marked(ctx, text[at:opens], at))
    ):
        return [*found, single]
    return [*found[:-1], dataclasses.replace(last, end=single.end, by_value=single.by_value)]


def _from_after_to(ctx: Context, found: list[Roles], single: Roles) -> list[Roles]:
    """``found`` and a change from a value after ", up from" or ", down from" right after the
    end of a change to a value of its kind, in the same direction, with no old value, or
    after a date after it: "Exports jumped 8% to $300 billion, up from $278 billion a year
    earlier" is one change by 8% from $278 billion to $300 billion, not two."""
    text, cue, old = ctx.text, single.cue, single.from_value
    if cue is None or old is None or not found or _UP_OR_DOWN.match(text, cue.start) is None:
        return [*found, single]
    last = found[-1]
    new = last.to_value
    if new is None or last.from_value is not None or last.direction != single.direction:
        return [*found, single]
    if (new.label_, new.kb_id_) != (old.label_, old.kb_id_) or new.end_char > cue.start:
        return [*found, single]
    per = per_unit_at(text, new.end_char)
    at = per[1] if per else new.end_char
    if _COMMA.fullmatch(text, at, cue.start) is None and (
        "," not in text[at : cue.start]
        or not _DATE_THEN_COMMA.fullmatch(_dates_marked(ctx, text[at : cue.start], at))
    ):
        return [*found, single]
    if _against(ctx, old, new, single.direction):
        return [*found, single]  # "fell to 481, down from 126": the values say otherwise
    merged = dataclasses.replace(last, end=single.end, from_value=old, rule=f"{last.rule}_from")
    return [*found[:-1], merged]


def _against(ctx: Context, old: Span, new: Span, direction: Direction) -> bool:
    """Whether the figures of two values of one kind contradict a direction ("down" from 126
    to 481). Values whose figures hold no plain number say nothing."""
    figures = _figures(ctx, old, new)
    if figures is None:
        return False
    before, after = figures
    return (direction == "up" and after < before) or (direction == "down" and after > before)


def _figures(ctx: Context, first: Span, second: Span) -> tuple[Decimal, Decimal] | None:
    """The plain numbers (no range) of two values' first numerals, or None where either has
    none."""
    figures = []
    for value in (first, second):
        inside = ctx.numerals_in(value.start_char, value.end_char)
        found = (
            numerals.normalize(ctx.text[inside[0].start_char : inside[0].end_char])
            if inside
            else None
        )
        if found is None or found[1] is not None:
            return None
        figures.append(found[0])
    return figures[0], figures[1]


_PRONOUN_SUBJECTS = {"it": False, "they": True}
"""Pronouns that may open a sentence as a change's whole subject, and whether they are plural."""
_PRONOUN_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "are", "also"})


def _percent_move(new: Value | None, by: Value | None) -> bool:
    """Whether a change's size or new level is a percentage (a move in percent)."""
    return isinstance(by, Percentage) or (by is None and isinstance(new, Percentage))


def _pronoun_antecedent(
    ctx: Context, roles: Roles, changes: list[Change], sentence_of: Callable[[int], int]
) -> str | None:
    """The subject of the sentence before, when "It" or "They" (maybe with auxiliaries) opens
    the sentence of a change in percent right before its verb, and every change of the sentence
    before with a subject names that one subject, in percent, agreeing in number ("The peso
    weakened 2.1%. It lost about 24% of its value in 2019": the peso); else None (precision
    first: "Sales rose 5%. It fell 3%" names no antecedent)."""
    if roles.cue is None:
        return None
    first, verb = ctx.token_at(ctx.sentence_start(roles.start)), ctx.token_at(roles.cue.start)
    plural = _PRONOUN_SUBJECTS.get(ctx.lowers[first])
    if plural is None or not ctx.words[first][:1].isupper() or first >= verb:
        return None
    if any(ctx.lowers[k] not in _PRONOUN_AUXILIARIES for k in range(first + 1, verb)):
        return None  # "It said prices rose 5%", "They expect rates to fall": not the pronoun's
    before = sentence_of(first) - 1
    named = [c for c in changes if c.sentence == before and c.subject is not None]
    subjects = {c.subject for c in named}
    if len(subjects) != 1 or not all(_percent_move(c.to_value, c.by_value) for c in named):
        return None
    antecedent = subjects.pop()
    return antecedent if antecedent is not None and _plural_head(antecedent) == plural else None


def _plural_head(subject: str) -> bool:
    """Whether the head of a subject (its last word before a preposition) is a plural in -s."""
    words = subject.lower().split()
    linked = [i for i, word in enumerate(words) if word in _subject_words().prepositions]
    head = words[min(linked, default=len(words)) - 1] if words else ""
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "\u2019s"))


def find(doc: Doc) -> list[Span]:
    """Change spans: from the cue verb (or keyword) to the end of the last value."""
    spans = []
    for roles in find_roles(Context.of(doc)):
        span = doc.char_span(roles.start, roles.end, label="change", span_id=roles.rule)
        if span is not None:
            spans.append(span)
    return spans


_SLUG = re.compile(
    r"(?:(?:UPDATE|WRAPUP|RPT|REFILE|CORRECTED)(?:[ \u00a0]\d+)?|EXCLUSIVE|Exclusive|ANALYSIS"
    r"|Analysis|INSIGHT|Insight|FACTBOX|Factbox|EXPLAINER|Explainer|BREAKINGVIEWS|COLUMN"
    r"|GRAPHIC|POLL)[ \u00a0]?[-\u2013\u2014][ \u00a0]?"
)
"""A wire's slug before a headline ("UPDATE 2-Oil rises 1%", "EXCLUSIVE-Tesla to build"): no
word of what changed."""


def subject(ctx: Context, roles: Roles) -> str | None:
    """What changed (``_subject_of``), without a wire's slug ("UPDATE 2-Oil rises 1%": Oil)."""
    found = _subject_of(ctx, roles)
    if found is not None and (slug := _SLUG.match(found)) is not None:
        return found[slug.end() :] or None
    return found


_NAMED_RULES = frozenset({GAPPED, NOUN_TO_FROM, MULTIPLE_NOUN, VALUED_TO})
"""Rules whose change carries its own subject's place (``Roles.named``)."""


def _subject_of(ctx: Context, roles: Roles) -> str | None:
    """What changed: ``_subject``'s reading, unless it missed the head of a phrase too long
    for it ("The number of people forced to flee war ... has risen"), or the object of a
    change verb beyond a change's reach (``_far_object``)."""
    if roles.heads is not None:
        return subject(ctx, roles.heads)  # "Net income ... , or 89 cents a share": per share
    if roles.rule in _NAMED_RULES:  # "and profit 7%": its own words, else the change's
        # before; "an increase in cases, to": the noun's object; "cut a $5bn verdict to": it
        return None if roles.named is None else ctx.text[roles.named[0] : roles.named[1]]
    if roles.cue is not None and roles.by_value is not None and roles.to_value is None:
        share = _share_cut(ctx, roles.cue, roles.by_value)
        if share is not None:  # "The firm cut 10% of its staff": the staff, not the firm
            return share or None
    if roles.cue is not None and (fronted := _fronted_object(ctx, roles)) is not None:
        return fronted  # "a fee the government plans to raise to $35,850": the fee
    found = _subject(ctx, roles)
    if found is not None and roles.cue is not None:
        if _free_relative(ctx, ctx.token_at(ctx.sentence_start(roles.start)), roles.cue):
            return None  # "What consumers pay for electricity rose 20%": no noun names it
        relative = _restrictive_relative(ctx, roles.cue, found)
        if relative is not None:  # "GDP across the members that share the euro contracted":
            at = ctx.token_chars[relative]  # the noun the clause is of, not its object
            before = Cue(roles.direction, at, at)
            antecedent = _subject(
                ctx, dataclasses.replace(roles, rule="cue_by", cue=before, anchor=at)
            )
            if antecedent is not None and _last_conjunct(ctx, relative, antecedent):
                return None  # "The death toll from Typhoon Yagi and the floods and landslides
                # that followed it rose": the clause's noun is one of a list, no head read
            return antecedent
        found = _gerund_head(ctx, roles.cue.start, found)
        such = _examples_of(ctx, roles.cue, found)
        if such is not None:  # "Staples such as rice rose 10%": the noun the examples are of
            at = ctx.token_chars[such]
            before = Cue(roles.direction, at, at)
            head = _subject(ctx, dataclasses.replace(roles, rule="cue_by", cue=before, anchor=at))
            found = head or found
    if roles.rule in _SWINGS and roles.to_value is not None:
        result = _swing_result(ctx, roles.to_value, roles.from_value)
        if result is not None and not _names_a_result(found):
            return result  # "Acme swung to a net loss of $45m": the net loss, not Acme
    lowers = ctx.lowers
    end = ctx.token_at(roles.cue.start if roles.cue else roles.start)
    floor = ctx.token_at(ctx.sentence_start(roles.start))
    said = _said_clause(ctx, floor, end)  # "Aid groups say the number of trucks entering
    # the territory fell": the far head opens what is said
    far = _far_head(ctx, end, said) if "of" in lowers[said : said + 3] else None
    if far is None and roles.cue is None:
        far = _far_object(ctx, end, floor)
    if far is None or (found is not None and found.lower().startswith(far.lower())):
        return found  # "proportion of children living in poverty" keeps its whole phrase
    return far


def _examples_of(ctx: Context, cue: Cue, found: str) -> int | None:
    """The token of "such" when the subject read right before the change verb follows "such
    as" after a content word: the examples of that noun ("Staples such as rice rose",
    "Commodities such as copper and oil fell"); None otherwise."""
    at = ctx.text.rfind(found, 0, cue.start)
    if at < 0:
        return None
    such = ctx.token_at(at) - 2
    floor = ctx.token_at(ctx.sentence_start(cue.start))
    lowers = ctx.lowers
    if such > floor and lowers[such + 1] in _DETERMINERS:
        such -= 1  # "currencies such as the rand"
    if such <= floor or lowers[such] != "such" or lowers[such + 1] != "as":
        return None
    return such if _content(ctx.words[such - 1], lowers[such - 1]) else None


_SHARE_CUT_VERBS = frozenset(
    {"cut", "cuts", "cutting", "slash", "slashes", "slashed", "slashing", "trim", "trims",
     "trimmed", "trimming", "reduce", "reduces", "reduced", "reducing", "shed", "sheds",
     "shedding", "eliminate", "eliminates", "eliminated", "eliminating"}
)  # fmt: skip
"""Verbs that take away a share of their object: "cut 10% of its staff"."""
_SHARE_DETERMINERS = frozenset({"its", "their", "the", "his", "her", "our"})


def _share_cut(ctx: Context, cue: Cue, size: Span) -> str | None:
    """What a verb that takes away a share of its object lost, when the share follows the verb
    right away: "The firm cut 10% of its staff" (staff), "Tesla shed 10% of its global
    workforce" (global workforce): up to three lower-case words after "of" (and a
    determiner) that a stop word, a mark or the end follows, else "" (no subject: "cut 10%
    of its U.S. staff" is no cut of the firm); None with no such verb and share ("Oil lost
    10% of its value" keeps Oil)."""
    if size.label_ != "percentage" or ctx.text[cue.end : size.start_char].strip():
        return None
    words, lowers = ctx.words, ctx.lowers
    if lowers[ctx.token_at(cue.start)] not in _SHARE_CUT_VERBS:
        return None
    k = ctx.token_at(size.end_char - 1) + 1
    if k >= len(words) or lowers[k] != "of":
        return None
    k += 1
    if k < len(words) and lowers[k] in _SHARE_DETERMINERS:
        k += 1
    stops, first = counted.stop_words(), k
    while k < len(words) and k - first < 3 and words[k].isalpha() and words[k].islower():
        if lowers[k] in stops:
            break
        k += 1
    if k == first or (k < len(words) and words[k].isalnum() and lowers[k] not in stops):
        return ""  # no noun read, or one that goes on past three words
    return _tokens_text(ctx, first, k - 1)


_FRONTED_OBJECT = re.compile(
    r"\b(?:a|an|the)[ \u00a0]+(?P<noun>[a-z]+)"  # the object, fronted: "a fee"
    r"[ \u00a0]+(?:the|its|their)"  # its doer, one or two nouns: "the central bank"
    r"(?P<doer>(?:[ \u00a0]+[a-z]+){1,2}?)[ \u00a0]+"
    r"(?:(?:plans|planned|wants|wanted|intends|intended|aims|proposes|proposed)[ \u00a0]+to"
    r"[ \u00a0]+|(?:will|would|could|may|might|can)[ \u00a0]+)?$"  # "plans to", "will"
)
"""A clause that leaves its verb's object before its doer, with no pronoun: "a fee the
government plans to raise", "a pace the central bank plans to cut"."""
_NOT_FRONTED = frozenset({"time", "day", "week", "month", "year", "moment", "period", "way"})
"""Nouns before such a clause that say when or how, no object: "the day the bank cut to"."""


def _fronted_object(ctx: Context, roles: Roles) -> str | None:
    """The noun that a transitive change verb with no object after it ("raise to $35,850")
    takes from before a clause's doer: "a fee the government plans to raise to $35,850" (the
    fee), "a pace the central bank plans to cut to 1%" (the pace); None otherwise ("The
    government plans to raise the fee to": its object is read after the verb)."""
    cue = roles.cue
    if cue is None or ctx.lowers[ctx.token_at(cue.start)] not in _TRANSITIVE_CUES:
        return None
    if ctx.text[cue.end : roles.anchor].strip(" \u00a0") not in ("", "to", "by"):
        return None  # "raise to", no object between
    start = max(ctx.sentence_start(cue.start), cue.start - 80)
    found = _FRONTED_OBJECT.search(ctx.text, start, cue.start)
    if found is None:
        return None
    noun = found["noun"]
    if not _content(noun, noun) or noun in _NOT_FRONTED or noun in _calendar_words():
        return None
    if not all(_content(word, word) for word in found["doer"].split()):
        return None  # "a fee the government plans": the doer is a noun, no verb
    return noun


_RESTRICTIVE_REACH = 18


def _restrictive_relative(ctx: Context, cue: Cue, found: str) -> int | None:
    """The token of "that", "who" or "which" that opens a relative clause with no comma
    between a subject and its change verb, when the subject read back is the clause's
    object, right after its verb and stop words ("Gross domestic product across the
    members that share the euro contracted": not "euro"; "Shares of companies that make
    chips rose": not "chips"); None otherwise. The word before it is a noun of the
    subject: a content word, no verb of saying."""
    lowers, words = ctx.lowers, ctx.words
    verb = ctx.token_at(cue.start)
    floor = max(ctx.token_at(ctx.sentence_start(cue.start)), verb - _RESTRICTIVE_REACH)
    for k in range(verb - 2, floor, -1):
        low = lowers[k]
        if low in _CLAUSE_MARKS:
            return None
        if low not in _RELATIVES and low != "where":  # "the area where rituals take place"
            continue
        before = lowers[k - 1]
        if not _content(words[k - 1], before) or before in _reporting_verbs():
            return None
        at = ctx.text.find(found, ctx.token_ends[k], cue.start)
        if at < 0:
            return None  # the subject read is the clause's noun ("people who lost")
        first = ctx.token_at(at)
        if _own_subject_clause(ctx, k, verb):
            return k  # "Sales of the cars that Ford makes in Mexico rose": not "Ford makes"
        if first == k + 1 and _clause_verb_read(ctx, first, found, verb):
            return k  # "Prices of homes that sold in May rose": not "sold"
        if first == k + 1 and _clause_verb_phrase(ctx, first, verb):
            return k  # "The death toll from floods that swept through the city rose": not
            # the clause's verb and what follows it
        if first == k + 1 and " " in found and _clause_verb_object(ctx, k, first):
            return k  # "The index that tracks chipmakers rose": not the verb and its object
        if first <= k + 1 or not words[k + 1].isalpha() or not words[k + 1].islower():
            return None  # "said that exports rose", "the first time that prices fell"
        if lowers[k + 1] in _DETERMINERS or lowers[k + 1] in _POSSESSIVE_PRONOUNS:
            return None  # "said on Thursday that its price cap would fall": a clause's own
        if any(_says(lowers[j]) for j in range(floor, k)):
            return None  # a report's "that" opens what it says
        if any(_content(words[j], lowers[j]) for j in range(k + 2, first)):
            return None  # "Companies that export to China saw profits fall": another verb
        return k  # the clause is its verb and the object read: "that share the euro"
    return None


def _own_subject_clause(ctx: Context, k: int, verb: int) -> bool:
    """Whether the relative clause that "that", "who" or "which" at token ``k`` opens has a
    subject and a verb of its own before the change verb at ``verb`` ("Sales of the cars
    that Ford makes in Mexico rose", "Prices of the drugs that the company sells abroad
    fell", "Sales of the phones that Apple launched in September rose"), after a phrase
    that opens the sentence, a preposition in it and no verb: what changed is that phrase.
    The clause's subject is a name of up to three capitalized words or a determiner and one
    or two lower-case words, its verb a lower-case word in -s, -ed or an irregular past.
    A noun's clause of what happened ("Reports that Tesla sales in China fell") has no
    preposition before it; "It was the first time that ..." has a verb."""
    words, lowers = ctx.words, ctx.lowers
    floor = ctx.token_at(ctx.sentence_start(ctx.token_chars[k]))
    table = _subject_words()
    if not any(lowers[j] in table.prepositions for j in range(floor + 1, k - 1)):
        return False
    auxiliaries = lexicons.change_cues().auxiliaries
    for j in range(floor, k):
        word, low = words[j], lowers[j]
        if not word.isalpha() or low in auxiliaries or _says(low):
            return False
        if word.islower() and low.endswith("ed") and low not in table.participle_adjectives:
            return False
    j = k + 1
    if lowers[j] in _DETERMINERS or lowers[j] in _POSSESSIVE_PRONOUNS:
        j += 1
        nouns = j
        while j < verb and j - nouns < 2 and _content(words[j], lowers[j]) and words[j].islower():
            j += 1
        if j == nouns:
            return False
        if j - nouns == 2 and lowers[j - 1].endswith(("s", "ed")):
            j -= 1  # "the company sells": the noun, then its verb
    elif words[j].islower():
        # "Prices of goods that households buy rose": a plural, maybe after a noun, and its
        # verb in any form
        nouns = j
        while j < verb and j - nouns < 2 and _content(words[j], lowers[j]) and words[j].islower():
            j += 1
        plural = next((n for n in range(nouns, j) if numbers.is_plural(lowers[n])), None)
        if plural is None or plural + 1 >= verb:
            return False
        word, low = words[plural + 1], lowers[plural + 1]
        return (
            word.isalpha()
            and word.islower()
            and not _stop(word, low)
            and not low.endswith(("ly", "ing"))
            and not numbers.is_plural(low)
        )
    else:
        names = j
        while j < verb and j - names < 3 and words[j].isalpha() and words[j][:1].isupper():
            j += 1
        if j == names:
            return False
    if j >= verb:
        return False
    word, low = words[j], lowers[j]
    return (
        word.isalpha()
        and word.islower()
        and not _stop(word, low)
        and (
            (low.endswith("s") and not low.endswith("ss"))
            or low.endswith("ed")
            or low in _IRREGULAR_PARTICIPLES
        )
    )


def _last_conjunct(ctx: Context, relative: int, antecedent: str) -> bool:
    """Whether the subject read before the relative pronoun at token ``relative`` ends a list
    joined by "and" or "or" (the word before it is one): the list's last item only."""
    at = ctx.text.rfind(antecedent, 0, ctx.token_chars[relative])
    if at < 0:
        return False
    first = ctx.token_at(at)
    return first > 0 and ctx.lowers[first - 1] in ("and", "or")


def _says(low: str) -> bool:
    """Whether ``low`` is a verb of saying or expecting ("said", "says", "expects")."""
    return (
        low in ("say", "says")
        or low in lexicons.tense().reporting_verbs
        or low in _reporting_verbs()
    )


def _clause_verb_read(ctx: Context, first: int, found: str, verb: int) -> bool:
    """Whether the one word read as the subject, right after a relative pronoun, is the
    clause's verb: a past form (in -ed or irregular) that no auxiliary or the change verb
    follows ("homes that sold in May rose"; not "that prices in May have fallen", "that
    exports rose")."""
    after = first + 1
    return (
        " " not in found
        and found.isalpha()
        and found.islower()
        and (found.endswith("ed") or found in _IRREGULAR_PARTICIPLES)
        and after < verb
        and ctx.lowers[after] not in lexicons.change_cues().auxiliaries
    )


_ANTECEDENT_REACH = 3
"""Most words of a noun before a relative pronoun, back to its determiner ("The index",
"The Nasdaq biotech index")."""


def _clause_verb_object(ctx: Context, k: int, first: int) -> bool:
    """Whether the word at token ``first``, right after the relative pronoun at token ``k``,
    is the clause's verb in -s before its object, a content word, after a noun in the
    singular that a determiner leads ("The index that tracks chipmakers", "An index that
    measures factory activity"); not a noun after "that" as a conjunction ("the first time
    that sales volumes rose": no determiner right before the noun; "the fact that jobs growth
    slowed": a plural that modifies a noun; "the belief that yields on bonds rose": a
    preposition after it). A past form in -ed is the verb too ("The index that tracked
    chipmakers", "A fund that owned bonds"), unless it is a change word or an adjective of
    the subject words, or the noun takes a clause of what is so ("a sign that improved sales
    rose": an adjective after a conjunction)."""
    words, lowers = ctx.words, ctx.lowers
    word, low, noun = words[first], lowers[first], lowers[k - 1]
    if not (word.isalpha() and word.islower()) or not _content(words[k - 1], noun):
        return False
    if not _content(words[first + 1], lowers[first + 1]):
        return False
    det = k - 1
    while det > k - 1 - _ANTECEDENT_REACH and det > 0 and _content(words[det - 1], lowers[det - 1]):
        det -= 1
    if det < 1 or lowers[det - 1] not in _DETERMINERS:
        return False
    if low.endswith("ed") and lowers[k] == "that":
        return (
            low not in _cue_directions()
            and low not in _subject_words().participle_adjectives
            and low not in _PAST_ADJECTIVES
            and noun not in _THAT_CLAUSE_NOUNS
        )
    return _present_in_s(low) and not numbers.is_plural(noun)


_PAST_ADJECTIVES = frozenset({"improved", "heightened", "elevated", "stretched", "depressed"})
"""Past forms in -ed that, no change cues, mostly modify a noun ("improved sales")."""
_THAT_CLAUSE_NOUNS = frozenset(
    {"sign", "signs", "fact", "view", "hope", "hopes", "belief", "fear", "fears", "concern",
     "concerns", "evidence", "expectation", "expectations", "news", "report", "reports",
     "idea", "risk", "chance", "possibility", "worry", "worries", "claim", "prospect"}
)  # fmt: skip
"""Nouns whose "that" opens a clause of what is so ("a sign that improved sales rose"), no
relative clause."""


def _clause_verb_phrase(ctx: Context, first: int, verb: int) -> bool:
    """Whether the words read as the subject, right after a relative pronoun, open with the
    clause's own past verb and a preposition or determiner after it ("floods that swept
    through the city", "the fighting that forced them from their homes"): a past form in -ed
    or an irregular past of the tense lists, before the change verb."""
    word, low = ctx.words[first], ctx.lowers[first]
    if first + 1 >= verb or not word.isalpha() or not word.islower():
        return False
    past = (low.endswith("ed") and low not in lexicons.calendar().not_past_ed) or (
        low in lexicons.irregular_pasts()
    )
    after = ctx.lowers[first + 1]
    return past and (after in _subject_words().prepositions or after in _DETERMINERS)


_FREE_RELATIVE_STOPS = frozenset(
    {",", ";", ":", "—", "–", "that", "is", "was", "are", "were", "be", "'s", "\u2019s"}
)


def _free_relative(ctx: Context, floor: int, cue: Cue) -> bool:
    """Whether the change verb's subject is a clause that opens the sentence with "what",
    a free relative that no noun of its own names ("What consumers pay for electricity rose
    20%", "What the government spends on defense rose"); not a cleft ("What is clear is that
    prices rose")."""
    if ctx.lowers[floor] != "what":
        return False
    verb = ctx.token_at(cue.start)
    return verb - floor <= 12 and _FREE_RELATIVE_STOPS.isdisjoint(ctx.lowers[floor + 1 : verb])


_GERUND_HEAD = re.compile(
    r"(?:the[ \u00a0]+)?(?:cost|costs|price|prices)[ \u00a0]+of[ \u00a0]+[a-z]+ing[ \u00a0]+",
    re.IGNORECASE,
)
"""What a gerund's object costs, opening a sentence: "The cost of shipping a container"."""


_DATELINE_DASH = re.compile(r"\)[ \u00a0]+[-\u2013\u2014][ \u00a0]+")
"""The dash after a wire dateline's agency: "(Reuters) - "."""


def _gerund_head(ctx: Context, cue: int, found: str) -> str:
    """``found``, or the cost or price whose gerund takes it as its object when the sentence
    opens so ("The cost of shipping a 40-foot container from Asia has more than doubled": the
    cost of shipping it changed, not the container), with no clause mark in between."""
    start = ctx.sentence_start(cue)
    head = _GERUND_HEAD.match(ctx.text, start, cue)
    if head is None and (dash := _DATELINE_DASH.search(ctx.text, start, min(cue, start + 72))):
        start = dash.end()  # "LONDON, Jan 21 (Reuters) - The cost of shipping"
        head = _GERUND_HEAD.match(ctx.text, start, cue)
    if head is None:
        return found  # most sentences open with no cost of a gerund (one match)
    at = ctx.text.find(found, head.end(), cue)
    gap = ctx.text[head.end() : at]
    if at < 0 or any(mark in gap for mark in (",", ";", ":", "(")) or len(gap) > 40:
        return found
    return ctx.text[start + (4 if head.group().lower().startswith("the") else 0) : at + len(found)]


_SWINGS = frozenset((SWING_TO_GAIN, SWING_TO_SHORTFALL, SWING_WITHIN_GAIN, SWING_WITHIN_SHORTFALL))
_SWING_LEAD_WORDS = LazyPattern(r"[ \u00a0]*(?:(?:back|to|into|a|an)[ \u00a0]+)*", re.IGNORECASE)


def _swing_result(ctx: Context, new: Span, old: Span | None) -> str | None:
    """The result a swing went to, with its modifiers: "net loss" of "swung to a net loss of
    $45m" or of "swung to a $45m net loss from a $12m profit"; None if no result names it
    ("swung to $5m from a loss of $2m", "lost $45m, against a profit")."""
    lead_re, gap_re, _ = _swing_res()
    start = new.start_char
    lead = lead_re.search(ctx.text, max(ctx.sentence_start(start), start - 80), start)
    if lead is not None and lead["result"] is not None:
        begin = lead.end("verb") if lead["verb"] else lead.start()
        words = _SWING_LEAD_WORDS.match(ctx.text, begin, lead.start("result"))
        begin = words.end() if words else begin  # "to a net loss": from "net"
        return ctx.text[begin : lead.end("result")]
    if old is None or old.start_char < new.end_char:
        return None
    compared = gap_re.fullmatch(ctx.text, new.end_char, old.start_char)
    if compared is None or compared["first"] is None:
        return None
    return ctx.text[new.end_char : compared.end("first")].strip(" \u00a0")


def _names_a_result(subject: str | None) -> bool:
    """Whether a subject read before a swing's verb is a result or a measure of one ("Net
    income", "Operating profit", "The bottom line"), not who had it ("Acme")."""
    if subject is None:
        return False
    head = subject.rsplit(None, 1)[-1].lower()
    words = _subject_words()
    return head in words.swing_results or head in words.swing_measures


def _noun_cue(ctx: Context, cue: Cue) -> bool:
    """Whether a cue is a word of ``subject_words.json`` change_nouns ("declines", "rises")."""
    return ctx.text[cue.start : cue.end].lower() in _subject_words().change_nouns


_EXPERIENCE_VERBS = frozenset(
    {"saw", "sees", "see", "seen", "posted", "posts", "post", "recorded", "records", "record",
     "registered", "registers", "register", "logged", "logs", "notched", "notches",
     "clocked", "clocks", "experienced", "experiences", "suffered", "suffers", "witnessed",
     "witnesses", "enjoyed", "enjoys"}
)  # fmt: skip
"""Verbs whose subject has the change of their object, a noun of change ("Exports saw a 10%
increase", "Sales posted a 5% drop"); not "reported" nor "showed", whose subject tells it
("The ministry reported a 10% rise", "Data showed a 2% drop")."""

_SIZE_WORD = LazyPattern(r"[0-9][0-9.,]*|[%-]|percent|per|cent|percentage|basis|points?|[a-z]*fold")
"""A token of a size between "a" and a noun of change ("a 10-fold", "a 2.5 per cent")."""


def _period_start(ctx: Context, cue: int) -> int:
    """The token of the period's adjective before the noun of change at char ``cue`` ("a 2%
    year-on-year drop"), else the noun's."""
    period = _PERIOD_BEFORE.search(ctx.text, max(0, cue - 24), cue)
    return ctx.token_at(period.start() + 1 if period else cue)


def _experienced(ctx: Context, cue: int, floor: int) -> int | None:
    """The token of a verb of ``_EXPERIENCE_VERBS`` before "a" or "an", a size and the noun
    of change at token ``cue`` ("Exports saw a 10-fold increase", "Sales posted a 5% drop");
    None when other words stand between."""
    lowers, i = ctx.lowers, cue - 1
    while i > floor and cue - i <= 8 and lowers[i] not in ("a", "an"):
        if _SIZE_WORD.fullmatch(lowers[i]) is None:
            return None
        i -= 1
    verb = i - 1
    if verb < floor or lowers[i] not in ("a", "an") or lowers[verb] not in _EXPERIENCE_VERBS:
        return None
    if verb > floor and (lowers[verb - 1] in forecasters() or lowers[verb - 1] in _PERSONS):
        return None  # "Investors saw a 10% rise as likely": who foresaw it, nothing that rose
    return verb


_PERSONS = frozenset({"i", "we", "you", "he", "she", "they"})
_IN_AFTER = (" in ", "\u00a0in ", " in\u00a0")


def _in_after(ctx: Context, value: Span | None) -> bool:
    """Whether "in" and no date follow the value ("a drop of 5% in sales"; not "in May")."""
    if value is None or not ctx.text.startswith(_IN_AFTER, value.end_char):
        return False
    at = value.end_char + 4
    return not any(d.start_char == at for d in _dates_within(ctx, at, at + 40))


_LY_NOUNS = frozenset(
    {"supply", "family", "assembly", "monopoly", "rally", "ally", "anomaly", "reply", "belly"}
)
"""Nouns in -ly that may end a change verb's object ("cut the money supply to")."""


_TRANSITIVE_CUES = frozenset(
    {"raise", "raises", "raised", "raising", "hike", "hikes", "hiked", "hiking",
     "slash", "slashes", "slashed", "slashing", "boost", "boosts", "boosted", "boosting",
     "reduce", "reduces", "reduced", "reducing", "lower", "lowers", "lowered", "lowering",
     "trim", "trims", "trimmed", "trimming", "cut", "cuts", "cutting"}
)  # fmt: skip
"""Change verbs that take what changed as their object: with words between one and its
value, the words before it name who changed it."""


def _level_word(low: str) -> bool:
    """Whether ``low`` is a verb of a level or an extreme ("averaged", "reached", "hit")."""
    table = _subject_words()
    return low in table.level_verbs or low in table.extreme_verbs


def _subject(ctx: Context, roles: Roles) -> str | None:
    """What changed: the object between a transitive verb and its values ("cut rates by",
    "raised its key rate by"), else the content words before the verb ("its poverty incidence
    decreasing", "the rate was raised"). Reads the token table, not Token objects."""
    words, lowers, table = ctx.words, ctx.lowers, _subject_words()
    cue_at = ctx.token_at(roles.cue.start) if roles.cue is not None else -1  # read four times
    end = cue_at if roles.cue is not None else ctx.token_at(roles.start)
    if roles.rule in _MOVED_FROM:  # "X was $5bn, down from": "costs $5" names no subject
        if roles.to_value is not None and (sum_in := _sum_in(ctx, roles.to_value)):
            return sum_in  # "The company ended the year at $5 billion in revenue, up 10%"
        if _reported_value(ctx, roles.anchor):
            return None  # "The federation said 30,000 players are registered, up from": not
            # the teller; the value opens what is said
        level = _level_verb(ctx, roles.anchor)
        if level is None:
            return _estimated_at(ctx, roles.anchor) or _noun_of(ctx, roles.anchor)
        end = level
    if (
        roles.rule == "by_than"
        and end > 0
        and lowers[end - 1] in table.payer_verbs
        and words[end - 1].islower()
    ):
        return None  # "buyers pay $100,000 more than a year ago": who pays, not the price
    if roles.rule == "by_than" and end > 0 and lowers[end - 1] in table.price_verbs:
        end -= 1  # "Homes cost $50,000 more than a year ago": what costs it
    if roles.rule == "noun_by" and roles.by_value is not None:
        end = ctx.token_at(roles.by_value.start_char)  # "after a 400 basis-point increase":
        # before the size, not its own words
    if roles.cue is not None:
        anchor_at = ctx.token_at(roles.anchor)
        between = range(ctx.token_at(roles.cue.end), anchor_at)
        kept = [i for i in between if words[i].isalpha() and lowers[i] not in _DETERMINERS]
        if kept and _scale_of_number(ctx, kept[0], between.start - 1):
            kept.pop(0)  # "Corn rose 1/2 cent to 386-1/4 cents": a size no rule read, its
            # currency no object of the verb
        if kept and len(between) > 1:
            kept = _past_dates_between(ctx, kept, roles.rule != "noun_by")  # "Exports jumped
            # in March by 12%" (not "a 15% rise in second-quarter net profit")
        ands = [i for i in kept if lowers[i] == "and"]
        stops = counted.stop_words()
        gapped = [i for i in kept if ands and i > ands[-1] and lowers[i] not in stops]
        if gapped and any(c.isdigit() for i in range(between.start, ands[-1]) for c in words[i]):
            # "The stock rose 5% and the index 3%": the second clause's own subject, its verb
            # left out (not "rose 5% in May and 7% in June", where "and" leads no noun)
            if gapped != list(range(gapped[0], gapped[-1] + 1)):
                return None
            return _tokens_text(ctx, _compound_start(ctx, gapped[0], ands[-1] + 1), gapped[-1])
        if kept and lowers[kept[-1]] in table.session_nouns:
            kept.pop()  # "ended the week 2% lower": the period closed, no object of the verb
            lead = next(
                (
                    j
                    for j in range(len(kept) - 1, max(0, len(kept) - 4), -1)
                    if lowers[kept[j]] in ("for", "in", "of")
                ),
                None,
            )
            if lead is not None:
                del kept[lead:]  # "raised its forecast for the year to", "lowered its deficit
                # target for the current financial year to": the forecast's period
        while kept and lowers[kept[0]].endswith(("ly", "fold")):
            kept.pop(0)  # "fell sharply by", "rose tenfold to": an adverb, not what changed
        while (
            len(kept) > 1
            and (
                (lowers[kept[-1]].endswith("ly") and lowers[kept[-1]] not in _LY_NOUNS)
                or lowers[kept[-1]] in _AGAIN_WORDS
            )
            and words[kept[-1]].islower()
        ):
            kept.pop()  # "raised the fuel price sharply to", "raise rates again by": the
            # verb's adverb after the object
        if kept and all(lowers[i] in _RATE_ADJECTIVES for i in kept):
            kept = []  # "rose an annual 5%": the rate's adjective, no object
        elif (
            len(kept) == 1
            and lowers[kept[0] - 1] in ("a", "an")
            and words[kept[0]].islower()
            and anchor_at == kept[0] + 1
            and lowers[cue_at] not in _TRANSITIVE_CUES
        ):
            kept = []  # "Shares rose a hefty 5%": the size's adjective after a verb that
            # takes no object ("raised a record $5 billion" may name one)
        if kept and _level_word(lowers[kept[0]]) and lowers[kept[0] - 1] not in _DETERMINERS:
            kept = []  # "Pay rises averaged 5%": the noun's verb, no object; read back
            # ("raised its average pay to": after a determiner, an adjective of the object)
        elif len(kept) == 1 and lowers[kept[0]].endswith("ed") and _noun_cue(ctx, roles.cue):
            kept = []  # "Price declines deepened to 3%": a noun of change and its verb
        elif (
            len(kept) > 1
            and kept[0] == between.start
            and lowers[kept[0]].endswith("ed")
            and words[kept[0]].islower()
            and lowers[kept[0] + 1] in _DETERMINERS
        ):
            kept.pop(0)  # "The rally pushed the index to 5,400": the noun of change's verb
            # and its object, what changed
        if len(kept) > 1 and lowers[kept[0]] in ("in", "of") and roles.by_value is not None:
            kept.pop(0)  # "a 5% increase in fares to": the noun of change's object
        counts = (
            _counted_within(ctx, roles.cue.end, roles.anchor)
            if roles.by_value is not None and roles.by_value.label_ == "percentage"
            else []
        )  # "raise wages for some 3.9 million workers by 5.5%": a count's qualifier is content
        if kept and all(
            _object_word(lowers, kept, j)
            or _in_compound(ctx, kept[j])
            or any(start <= ctx.token_chars[kept[j]] < end for start, end in counts)
            for j in range(len(kept))
        ):  # "hiked its one-week repo rate": a stop word of a hyphened compound is content
            return _tokens_text(ctx, _compound_start(ctx, kept[0], between.start), kept[-1])
        if (
            kept
            and lowers[kept[0]] not in table.prepositions  # "raised in November"
            and any(_content(words[i], lowers[i]) for i in kept)
            and lowers[cue_at] in _TRANSITIVE_CUES
        ):
            return None  # "The deal raises top pay to $40": an object not read, and before
            # the verb its doer ("deal"), not what changed
    picked: list[int] = []
    floor = ctx.token_at(ctx.sentence_start(roles.start))
    if roles.rule == "cue_by" and lowers[end] in _ADVERB_CUES and lowers[end - 1] in _AFTER_A_LEVEL:
        end = (
            _level_clause_before(ctx, end, floor) or _moved_clause_before(ctx, roles, end) or end
        )  # "The yen traded at 94.1 to the dollar on Tuesday, still down about 96%": the
        # yen's, the level no value of ours; "Retail sales rose for a third month, up 0.5%"
    elif (
        roles.cue is not None
        and roles.rule in _GERUND_RULES
        and (gerund := _comma_gerund_at(lowers, end)) is not None
        and _gerund_gap(ctx, roles) in ("", "by")  # "climbing 1.2%", "dropping by 12,000"
    ):
        verb = _moved_clause_before(ctx, roles, gerund, either_way=gerund < end)  # "Stocks
        # rose for a third day, climbing 1.2%": the gerund with no object goes on the move
        # before the comma (a verb's: "Prices held up better, rising 5%" is read back from no
        # particle); "The hryvnia has weakened, having lost 98%" likewise
        if verb is None:
            verb = _opening_move_verb(ctx, gerund, floor)  # "The kwanza fell to a record low
            # of 368 per dollar, having lost about a third of its value": the kwanza's; a
            # plain gerund goes the verb's way ("The cedi weakened past 98 per dollar on
            # Wednesday, losing about 12%")
            if verb is not None and gerund == end and not _same_way(lowers[verb], roles):
                verb = None
        end = verb if verb is not None and lowers[verb] not in _ADVERB_CUES else end
    elif (
        roles.cue is not None
        and end - 1 > floor
        and lowers[end - 1] in _LATER_LINKS
        and lowers[end].endswith("ing")
        and words[end].islower()
        and _gerund_gap(ctx, roles) in ("", "by", "to")  # no object: "before cutting them by"
        and not _share_of_other(ctx, roles)  # "after losing 5% of its revenue": the revenue
    ):
        end = _opening_verb(ctx, end - 1, floor) or end  # "The shilling has been stable since
        # April after losing about a fifth of its value": the gerund's subject is the clause's
    if roles.cue is None:
        cue_at = end
    if (
        roles.cue is not None
        and _noun_cue(ctx, roles.cue)
        and lowers[cue_at + 1 : cue_at + 2] != ("of",)
    ):
        noun = _period_start(ctx, roles.cue.start)  # "a 20% year-on-year increase": its period
        end = min(end, noun)  # is no word of what changed ("its biggest monthly gain of 3%"
        # is read below)
        end = _experienced(ctx, noun, floor) or end  # "Exports saw a 10-fold increase to $5
        # billion": what saw it changed
    elif (
        roles.cue is not None
        and _noun_cue(ctx, roles.cue)
        and end == cue_at
        and not _in_after(ctx, roles.by_value)
    ):
        end = _experienced(ctx, cue_at, floor) or end  # "Exports posted a drop of 5%" (not
        # "Acme posted a drop of 5% in profit": what the drop is in changed)
    end = _closed_session(ctx, end, floor)
    i = dated = _before_date(ctx, end, floor)
    auxiliaries, levels = lexicons.change_cues().auxiliaries, table.level_verbs
    before_to, sessions = table.before_to, table.session_nouns
    joined, relative, pronoun, directions = 0, False, -1, _cue_directions()
    if dated < end and _dated_modifier(ctx, dated, floor):
        picked, joined = list(range(dated - 1, end)), end - dated + 1  # "Yields on futures
        i = dated - 1  # due in January 2027 rose": the date is the noun's, read back from it
    noun_cue = roles.cue is not None and lowers[end + 1 : end + 2] == ("of",)  # "raises of"
    if noun_cue and dated < end:
        return None  # "on track for weekly gains of 1%", "its biggest monthly gain of": the
        # period's word modifies the noun, and no word before it is what changed
    if noun_cue and end - 2 > floor and lowers[end - 2] == "," and lowers[end - 1] in ("a", "an"):
        verb = _opening_move_verb(ctx, end - 1, floor)  # "The hryvnia weakened to 98.39 per
        # dollar, a fall of about 3.2%": the noun restates the move of the clause before
        if verb is None or not _same_way(lowers[verb], roles):
            return None
        i = dated = end = verb
        noun_cue = False
    while i > floor:
        i -= 1
        low, word = lowers[i], words[i]
        if (
            low == ")"
            and i - 2 > floor
            and words[i - 2] == "("
            and _ACRONYM.fullmatch(words[i - 1])
            and (not picked or words[i - 3][:1].isupper())
        ):
            i -= 2  # "copper on the London Metal Exchange (LME) rose": the name's acronym;
            continue  # "the limit for Development Board (HDB) loans to": inside the subject
        if not picked and (age := _age_after_noun(ctx, i, floor)) is not None:
            picked, joined = list(range(age, i + 1)), i + 1 - age  # "The minimum wage for
            i = age  # workers aged 21 and over will rise": the age modifies the noun before it
            continue
        if not picked:  # the tests of the words right before the verb, one test past them
            if low == "and" and (
                i == end - 1 or (i == end - 2 and _level_verb_at(ctx, i + 1, end))
            ):
                shared = _shared_subject_comma(ctx, i, floor, end)
                if shared is not None:  # "Shares, which had doubled, swung wildly and closed
                    i, relative = shared, True  # 23% higher": the subject of the verb before
                    continue
                first_verb = _shared_subject_verb(ctx, i, floor)
                if first_verb is not None:  # "The stock swung wildly on Friday and closed 23%
                    i = first_verb  # higher": the subject of the verb before "and"
                    continue
            if (opening := _relative_opening(ctx, i, floor, end)) is not None:
                # "the Nikkei 225 index, which gained 0.8%": the antecedent changed, whatever verb
                # it is the object of; "Food inflation, which accounts for half the basket,
                # climbed to": the subject before the clause, as without it
                i, relative = opening, low in _COMMA_RELATIVES
                pronoun = opening + 1 if relative else -1
                continue
            if not relative and _that_relative(ctx, i, floor):
                relative, pronoun = True, i  # "helped by a yen that has lost 15%": the noun
                continue  # before "that" changed, as before ", which"
            if (
                i == end - 1
                and low in _LEVEL_ADVERBS
                and lowers[end] in _ADVERB_CUES
                and lowers[i - 1] in auxiliaries
            ):
                continue  # "The yield was last up 3 basis points": a level's adverb
            if _name_may(ctx, i, floor, end):
                picked.insert(0, i)  # "Support for Theresa May fell 3 points": her name, no
                continue  # modal
            if low in auxiliaries or (i == end - 1 and _level_verb_at(ctx, i, end)):
                i = _before_date(ctx, i, floor)
                continue  # "was", "has" and "closed" of "closed down 5%" stand before the verb;
                # before a verb ("The national average rose") a level word is a noun
            if i == end - 1 and lowers[end] in _PARTICLES and low in directions:
                continue  # "Fines could rise up to $5,000": the verb of the particle "up"
            if low == "to" and i - 1 > floor and lowers[i - 1] in before_to:
                i -= 1
                continue  # "Output is expected to reach": "expected to" leads the verb
            if (
                i == end - 1
                and low in _MODAL_VERBS
                and word.islower()
                and lowers[end] in directions
            ):
                continue  # "Emissions must fall 23%", "Prices can rise": the modal of the verb
            if low == "to" and i - 1 > floor and lowers[i - 1] in _OBLIGED:
                i -= 1  # "Emissions would have to fall by 23%", "Prices need to fall",
                continue  # "Inflation has yet to fall to 2%": the obligation leads the verb
            if low == "to" and i - 2 > floor and f"{lowers[i - 2]} {lowers[i - 1]}" in before_to:
                i -= 2
                continue  # "Stocks are on track to rise": "on track to" leads the verb
            if (
                low == "to"
                and (lowers[end] in table.size_verbs or lowers[end] in _GROWTH_VERBS)
                # "expect the bank to raise rates": not the bank; "expects sales to grow 5%": sales
                and (controlled := _controlled(ctx, i, floor))
            ):
                picked = controlled  # "The drought caused prices to rise": the object of "caused"
                break
            if (
                low in _SPAN_END_VERBS
                and i - 1 > floor
                and lowers[i - 1] == "to"
                and (controlled := _controlled(ctx, i - 1, floor))
            ):
                picked = controlled  # "Rightmove expects prices to end 2024 about 1% higher":
                break  # the object of "expects", whose year ends so
            if (
                low == "to"
                and i == end - 1
                and i - 1 >= floor
                and words[i - 1].isalpha()
                and ctx.token_chars[floor] == ctx.sentence_chars[0]
            ):
                continue  # "UK minimum wage to rise 6.7%": a headline's infinitive, its subject
                # before "to"
            if low in sessions and i - 2 > floor and _after_level(lowers, i, levels):
                i -= 2
                continue  # "The stock ended the day up 5%": the period is no subject
            if i - 1 > floor and f"{lowers[i - 1]} {low}" in table.adverbial_phrases:
                i -= 1
                continue  # "when it had in fact lost two-thirds of its value": no "fact" changed
            if low in table.focus_after:
                i = _before_date(ctx, i, floor)
                continue  # "Exports in June alone grew": "alone" closes the subject
            if low in _HEDGES_BEFORE_VERB:
                if low == "than" and i - 1 > floor and lowers[i - 1] in ("more", "less"):
                    i -= 1
                continue  # "Operating profit more than doubled", "Sales nearly tripled"
            if _adverb_before_verb(word, low):
                continue  # "Imports unexpectedly fell 2.3%", "Prices only rose 1%"
            if low == "since" and not lowers[end].endswith("ing"):
                continue  # "The shekel has since recovered to": an adverb; not "lost a third of
                # its value since hitting a high of", whose gerund opens a clause of its own
            if low in table.change_nouns and (
                _content(words[i - 1], lowers[i - 1])
                or (
                    i == end - 1
                    and low[-1] == "s"
                    and lowers[end] not in _ADVERB_CUES
                    and lowers[i - 1] not in _DETERMINERS  # "The increases slowed": anaphoric
                )
            ):  # "Advances grew 15%", "The bank's advances rose": a plural before a change verb
                picked.insert(0, i)  # "Price increases slowed to 3%": a noun of change, no verb
                continue  # in -s (a stop word of counts), after the noun it modifies
            if (
                i - 2 > floor
                and _DOTTED_CAPITALS.fullmatch(word)
                and lowers[i - 1] == "the"
                and (lowers[i - 2] in table.prepositions or lowers[i - 2] == "by")
            ):
                picked.insert(0, i)  # "Retail sales in the U.K. fell": the place's initials end
                continue  # the subject, its head before the preposition
            if (
                i == end - 1
                and _NAME_END.fullmatch(word)
                and words[i - 1][:1].isupper()
                and words[i - 1].isalpha()
                and i - 1 > floor
            ):
                picked.insert(0, i)  # "Prices on ICE Futures U.S. rose", "Shares of Acme Corp.
                continue  # fell": the name's initials or its firm's suffix end the subject
        if picked and _month_may(words, i, floor) and words[picked[0]].isalpha():
            picked.insert(0, i)  # "The May contract rose": the month, no modal, names the
            continue  # contract ("Sales may rise" is in lower case)
        if not word.isalpha() and _index_name(words, i, floor):
            picked.insert(0, i)  # "The S&P 500 lost 1.2%": a name's number and capitals
            continue
        if picked and (
            _grade_mark(words, i, floor)
            or (
                len(word) == 1
                and word.isupper()
                and i - 1 > floor
                and words[i - 1].istitle()
                and words[i - 1].isalpha()
            )
        ):
            picked.insert(0, i)  # "a dozen Grade A large eggs": a grade's letter, no article
            continue
        if picked and _PERIOD_CODE.fullmatch(word):
            picked.insert(0, i)  # "Q3 net income fell", "H1 profit rose": the period's
            continue
        if picked and words[picked[0]].islower() and _DOTTED_CAPITALS.fullmatch(word):
            picked.insert(0, i)  # "U.S. retail sales rose", "U.K. inflation fell": a place's
            continue  # initials; before a capital they may end the sentence before
        if (
            picked
            and low in _SUBJECT_NAME_JOINTS
            and words[picked[0]][:1].isupper()
            and i - 1 >= floor
            and words[i - 1][:1].isupper()
        ):
            picked.insert(0, i)  # "Rio Grande do Sul lost": a name's lower-case joint
            continue
        if picked and low in _SUBJECT_EXCEPTIONS and word.islower():
            picked.insert(0, i)  # "The price index excluding food and energy rose": what is
            joined = len(picked)  # left out counts for no word of the head before it
            continue
        if i - 1 > floor and _joins(ctx, i - 1) and _stop(word, low):
            picked.insert(0, i)  # "plug-in hybrids", "the spin-off": a stop word ends the
            continue  # compound, whose hyphen and first part are read next
        if picked and _joins(ctx, i):
            i -= 1  # "once-daily", "10-year", "New York-listed": one word of the subject,
            picked.insert(0, i)  # whatever its first part ("once" alone is a stop word)
            joined += 1
            continue
        if picked and _measure(ctx, i, floor):
            picked.insert(0, i)  # "the 36 mg dose": the number of a measure
            continue
        if picked and _class_number(ctx, i, floor):
            i -= 1  # "type 2 diabetes", "stage 4 cancer", "Category 5 storms": the class's
            picked.insert(0, i)  # word and number name one kind of the noun after them
            continue
        if low in directions and _determined_noun(ctx, i, floor):
            picked.insert(0, i)  # "The contract was down 4 pence": a change word after a
            continue  # determiner (maybe and a modifier) is a noun
        if (
            not word.isalpha()
            or (_stop(word, low) and low not in table.participle_adjectives)
            or (
                len(picked) - joined >= 4
                and not _name_goes_on(ctx, i, picked, floor)
                and not _modifier_of_name(ctx, i, picked, floor)
            )
        ):
            by = i if low in _AFTER_PARTICIPLES else i - 1 if low in _DETERMINERS else -1
            link = lowers[by] if picked and by > floor else ""
            if link != "by" and not _participle_after_noun(ctx, by, floor):
                link = ""  # "the price of a detached home in Vancouver": an adjective
            if link in ("on", "in") and _reported_at(ctx, by):
                link = ""  # "Acme reported on Thursday revenue rose": the report's day
            if link in _AFTER_PARTICIPLES and (agent := _agent_of(ctx, by, floor)) is not None:
                # "Remittances sent home by Filipinos abroad rose": not the Filipinos; "Cars
                # made in Mexico rose", "Prices for wheat loaded from Black Sea ports fell"
                if agent < 0 and relative and link == "by":
                    break  # "driven by part-time work, which rose": no noun before the
                    # participle, so the agent is the antecedent of ", which"
                return _tokens_text(ctx, agent, picked[-1]) if agent >= 0 else None
            if link == "by" and (doer := _doer_of(ctx, by, floor)) is not None:
                # "Imports of crude by India rose": the imports, not India
                return _tokens_text(ctx, doer, picked[-1])
            break  # "adjusted" is a stop word of counts, but "Adjusted EBITDA" changed
        if relative and picked and _headline_verb(ctx, i, floor):
            break  # "Ethiopia floats birr, which loses 30%": the name's verb; its object is
            # the antecedent
        if picked and low in _reporting_verbs():
            break  # "Economists had forecast payrolls would rise": the object clause's subject
        if picked and low in _CLAUSE_PARTICIPLES and lowers[i - 1] == ",":
            break  # "Sales rose, meaning inflation rose 2%": the clause's subject, after it
        if picked and low in qualifiers.SENT_VERBS and lowers[end] in _ADVERB_CUES:
            break  # "raised rates, bringing inflation down to 4%", "The storm knocked output
            # down 10%": the verb's object moved, not the verb nor its doer
        if low in auxiliaries or low in table.causatives:
            # "Analysts said prices rose": the verb of another clause ends the subject;
            # "Weak demand saw profits fall": what changed is the object of "saw"
            break
        if (
            picked
            and low.endswith("ed")
            and word.islower()
            and low not in table.participle_adjectives
            and lowers[i - 1] not in table.determiners  # "the fixed rate averaging"
            and (lowers[end] == "worth" or lowers[end].endswith("ing"))
        ):
            break  # "Agents issued fines worth 3.4 billion reais, up 21%": the fines; a
            # value's link that is no verb leaves the past verb before its noun a verb
        if not picked and low.endswith("ed"):
            if i == dated - 1 < end - 1 and lowers[i + 1] in table.prepositions:
                continue  # "FDI disbursed in the first half rose": a participle and its date
            if i - 1 > floor and lowers[i - 1] in ("of", "the") and i == dated - 1:
                picked.insert(0, i)  # "The number of unemployed rose": a noun, no verb
                continue
            break  # "temperatures dipped down to": the word before the cue is a verb
        if noun_cue and _verb_before_noun_cue(low, table):
            if low in table.giving_verbs:
                return None  # "gives workers general raises of 25%": to whom, not what
            break  # "The board approved pay rises of 5%": the verb's object changed
        picked.insert(0, i)
    if noun_cue:
        picked = _past_manner(ctx, picked, table.manner_words)  # "an emergency hike of",
        # "an across-the-board increase of": how it came, not what changed
        if picked and _tokens_text(ctx, picked[0], picked[-1]).lower() in _RAISE_KINDS:
            return None  # "a base increase of 3%": the kind of raise, its pay unnamed
    while (
        len(picked) > 1
        and picked[0] - 1 > floor
        and lowers[picked[0] - 1] in auxiliaries
        and not _says(lowers[picked[0] - 1])  # "said public sector salaries would rise": the
        and words[picked[0]].islower()  # reported clause's first word, no verb
    ):
        picked.pop(0)  # "saying it would depress palay prices, which fell": the verb after
        # "would" is no word of what changed
    if len(picked) > 1 and _participle_clause(ctx, picked[0], end):
        picked.pop(0)  # ", buying goods worth $55 billion, up 23%": what was bought
    if (
        len(picked) > 1
        and picked[0] - 1 >= floor
        and lowers[picked[0] - 1] in _SINGULAR_PRONOUNS
        and words[picked[0]].islower()
        and lowers[picked[0]].endswith("s")
        and not lowers[picked[0]].endswith("ss")
    ):
        picked.pop(0)  # "It implies rates falling to 4.5%": the pronoun's verb, no noun
    picked = _past_reported_day(ctx, _past_opening_date(ctx, picked), floor)
    if (
        len(picked) == 1
        and lowers[picked[0]] in sessions
        and lowers[picked[0] - 1] in _ORDINAL_WORDS
        and picked[0] - 1 > floor
    ):
        return None  # "Prices rose in the first half to 5%": a period, nothing that changed
    if picked and _value_word(ctx, picked, floor):
        return _noun_of_value(ctx, picked[0] - 1, floor)  # "Revenue of 5 billion pesos was up"
    if picked and (number := _per_unit_of_value(ctx, picked, floor)) is not None:
        return _noun_of_value(ctx, number, floor)  # "The minimum wage of $7.25 an hour will
        # rise to $15": the wage, not the hour
    if len(picked) > 1 and lowers[picked[0]] in _SUBJECT_EXCEPTIONS:
        picked.pop(0)  # "rises averaging 16,469 yen, including base pay increases of 3.7%":
        # what is taken in is the subject, the word taking it in none of it
    while picked and lowers[picked[0]] in ("and", "&"):
        picked.pop(0)  # "between Italian and German bond yields": a joint read as a name's
        # whose first word was not read is no word of a name; the pair is read below
    if not picked or _lone_adverb(ctx, picked):
        return None
    if (
        not relative
        and _object_of_a_verb(ctx, picked[0], floor)
        and not _sent_object(ctx, picked[0], end)
    ):
        return None
    start = _compound_start(ctx, picked[0], floor)  # "the 10-year note": from "10"
    first = _linked_head(ctx, start, floor)
    if first == start and (before := _level_before_preposition(ctx, start, floor)) is not None:
        return _noun_of(ctx, before.start_char)  # "Tariffs of 25% on steel will rise": the
        # tariffs, not the steel; "A deficit of 5% of GDP would narrow": the deficit
    if first != start and _scale_of_number(ctx, first, floor):
        sum_of = _sum_at(ctx, ctx.token_chars[first])
        after = ctx.token_at(sum_of.end_char) if sum_of is not None else 0
        if sum_of is not None and ctx.lowers[after : after + 1] != ("of",):
            return _noun_of(ctx, sum_of.start_char)  # "Imports of $5 billion from China
            # rose": what the sum is of, past it
        return None  # "Tariffs on $200 billion of goods rose": no "billion of goods" changed
    if first == start:
        first = _coordinated_owned(ctx, first, floor)
        if first == start:
            first = _listed_start(ctx, first, picked[-1], floor)
        if first == start:
            first = _coordinated_head(ctx, first, floor)
        if first == start and relative:
            first = _of_head_antecedent(ctx, first, floor)  # "complain about retail prices
            # of the staple, which have risen": the noun the staple is of
        if (
            first == start
            and _stranded_object(ctx, start, floor)
            and not (relative and _agent_after_participle(ctx, start, floor))
        ):
            return None  # "Demand by buyers in China rose": no head found, and not China
            # ("driven by exports, which rose": the relative's antecedent is the agent)
        if first == start:
            first = _opening_pair(ctx, first, floor)  # "Oil and gas prices rose 3%"
    elif first > floor and lowers[first - 1] in ("and", "or"):
        first = _coordinated_head(ctx, first, floor)  # "Spending on roads and bridges in
        # Ohio rose": the head of the objects' preposition, not "bridges in Ohio"
    elif first - 1 >= floor and _measure(ctx, first - 1, floor):
        first -= 1  # "A 50 kg bag of rice now costs": the linked head's measure
    if (
        not relative and _participle_object(ctx, first, floor) and not _sent_object(ctx, first, end)
    ) or (first == start and _measure(ctx, first, floor) and not _opens(ctx, first - 1, floor)):
        return None  # "patients on the 36 mg dose lost 20%": the dose lost nothing
    if pronoun > 0 and first < picked[0] and _name_after_for(ctx, picked, pronoun):
        return _tokens_text(ctx, picked[0], picked[-1])  # "the 14th sellout of the season
        # for Indiana, which averaged 16,990 fans, up from": Indiana's, not the sellout's
    if pronoun > 0 and first < picked[0] and _state_of(ctx, first, picked[0]):
        return _tokens_text(ctx, picked[0], picked[-1])  # "The weakness of the crown, which
        # has fallen 19%": the crown fell, not its weakness
    first = _proper_owner(ctx, _compound_start(ctx, first, 0), floor)
    return _tokens_text(ctx, first, picked[-1])


_RAISE_KINDS = frozenset(
    {"base", "merit", "step", "seniority", "longevity", "performance", "cost-of-living"}
)
"""Nouns that name a kind of pay raise, not the pay ("a base increase of 3%", "a merit raise
of 2%"); with a noun after them they are its modifier ("a base pay increase of 3%")."""


def _past_manner(ctx: Context, picked: list[int], manners: frozenset[str]) -> list[int]:
    """``picked`` without its opening words of manner, a hyphened one whole ("an emergency
    hike of", "a one-off raise of", "an across-the-board increase of")."""
    words = ctx.words
    while picked:
        last = picked[0]
        while last + 2 <= picked[-1] and words[last + 1] == "-" and not ctx.spaced[last]:
            last += 2
        text = _tokens_text(ctx, picked[0], last).lower()
        if text not in manners and not _STEPS.fullmatch(text):
            break
        picked = [k for k in picked if k > last]
    return picked


_STEPS = re.compile(r"(?:[0-9]+|one|two|three|four|five|multi)-(?:step|stage|phase|part|tier)")
"""A change in steps, a manner ("The two-step rise of 18.2%", "a three-stage increase of")."""


_SINGULAR_PRONOUNS = frozenset({"it", "he", "she", "which", "who"})
"""Subjects whose verb takes -s: the lower-case word in -s after one is that verb."""
_POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})
_OWNER_REACH = 5
_OWNER_JOINTS = frozenset({"of", "&", "es"})  # "Dar es Salaam"
_NOT_OWNERS = frozenset(
    {"today", "yesterday", "tomorrow", "tonight", "ceo", "cfo", "coo", "cto", "cio"}
)
"""Capitalized owners that name no one: a day ("Today's"), an officer's title ("The CEO's
pay package")."""


def _proper_owner(ctx: Context, first: int, floor: int) -> int:
    """Where a subject that starts at token ``first`` starts when a proper name owns it
    ("Italy's economy", "Apple's revenue", "the Bank of England's balance sheet", "the
    Philippines' inflation rate"): at the name, since whose it is is part of what changed;
    else at ``first``. A lower-case owner ("the company's revenue") stands for "its", and a
    date's ("Friday's rally", "March's reading") is when, not whose: neither is read."""
    words, lowers = ctx.words, ctx.lowers
    k = first - 1
    if k <= floor or lowers[k] not in _POSSESSIVE_MARKS or ctx.spaced[k - 1]:
        return first
    j = k - 1
    owner = k
    while j >= floor and k - j <= _OWNER_REACH:
        word = words[j]
        if word[:1].isupper() and (
            word.isalpha() or _DOTTED_CAPITALS.fullmatch(word) or "&" in word
        ):
            owner = j
        elif word.isdigit() and j == k - 1 and j > floor and words[j - 1][:1].isupper():
            owner = j  # "The S&P 500's forward earnings": an index's number
        elif not (
            (lowers[j] in _OWNER_JOINTS or lowers[j] in _NAME_CONNECTORS)
            and owner == j + 1
            and j > floor
            and words[j - 1][:1].isupper()
        ):
            break  # "Bank of America's": a joint between capitals only
        j -= 1
    while owner < k - 1 and _stop(words[owner], lowers[owner]):
        owner += 1  # "The Philippines' inflation rate": a sentence's capital, no name
    if owner == k or ctx.token_ends[k - 1] in _date_starts(ctx):
        return first
    if lowers[k - 1] in _calendar_words() or lowers[k - 1] in _NOT_OWNERS:
        return first
    owner = _compound_start(ctx, owner, floor)  # "Port-au-Prince's"
    if owner > floor and lowers[owner - 1] in _LIST_OWNERS:
        owner = _place_over(ctx, owner)  # "Trinidad and Tobago's": one place, no list
    if (
        owner > floor
        and lowers[owner - 1] in _LIST_OWNERS
        and not _owned(ctx, owner - 1, floor)
        and (
            owner - 2 < floor
            or words[owner - 2][:1].isupper()
            or lowers[owner - 2] in _POSSESSIVE_MARKS
        )
    ):
        return first  # "Britain and France's exports": owned by both, not France's alone
        # ("Germany's DAX and France's CAC 40": two owned names; "Stocks rose and Germany's
        # DAX fell": the "and" of a clause, after no name)
    if owner == k - 1 and _clause_start(ctx, owner, floor) and not _named(ctx, owner):
        return first  # "Chipmaker's sales jump 26%", "Poll: Governor's lead narrows": a
        # clause's capital, no name
    return owner


_LIST_OWNERS = frozenset({"and", "or", "&"})
_CLAUSE_OPENERS = frozenset({":", "-", "\u2013", "\u2014", '"', "\u201c", "(", ";"})


def _place_over(ctx: Context, owner: int) -> int:
    """The token where a place read over the "and" before token ``owner`` starts ("Trinidad
    and Tobago", "Bosnia and Herzegovina"); ``owner`` when no place spans it."""
    at = ctx.token_chars[owner]
    found = _dates_within(ctx, max(0, at - 40), ctx.token_ends[owner], places.GROUP)
    if found and found[-1].start_char < ctx.token_chars[owner - 1] and found[-1].end_char > at:
        return ctx.token_at(found[-1].start_char)
    return owner


def _owned(ctx: Context, link: int, floor: int) -> bool:
    """Whether a possessive stands two or three words before token ``link`` ("Germany's DAX
    and"): the list's item before is an owned name, not an owner ("Italy's and Spain's
    economies": owners)."""
    return any(ctx.lowers[j] in _POSSESSIVE_MARKS for j in range(max(floor, link - 3), link - 1))


def _clause_start(ctx: Context, i: int, floor: int) -> bool:
    return i == floor or ctx.words[i - 1] in _CLAUSE_OPENERS


def _named(ctx: Context, i: int) -> bool:
    """Whether the capitalized word at token ``i`` is a name: a place read there, or a word
    the text writes capitalized inside a sentence too and never in lower case ("Apple's revenue
    rose ... Apple said"; not "Chipmaker's sales jump" of a headline)."""
    if _dates_within(ctx, ctx.token_chars[i], ctx.token_ends[i], places.GROUP):
        return True
    word, low, words, lowers = ctx.words[i], ctx.lowers[i], ctx.words, ctx.lowers
    inside = False
    m = lowers.index(low)  # the other uses of the word, found in C: a loop over every token
    while True:  # in Python cost more than the rest of the subject
        if m != i:
            if words[m] != word:
                return False
            inside = inside or (
                m not in ctx.sentence_tokens and words[m - 1] not in _CLAUSE_OPENERS
            )
        try:
            m = lowers.index(low, m + 1)
        except ValueError:
            return inside


_PASSIVE_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _name_after_for(ctx: Context, picked: list[int], pronoun: int) -> bool:
    """Whether the subject read back before ", which" or ", who" (token ``pronoun``) is a
    name of up to three capitalized words right after "for" (maybe "for the"), the pronoun's
    verb active: what the clause tells of is the team's or the company's, not the event's
    head before "for" ("the 14th sellout of the season for Indiana, which averaged", "a
    record quarter for Nvidia, which reported"); "The forecast for China, which was cut to
    4.5%" (a passive) and "Shares of Apple, which rose 3%" keep their head."""
    words, lowers = ctx.words, ctx.lowers
    if len(picked) > 3 or lowers[pronoun + 1] in _PASSIVE_BE:
        return False
    if not all(words[j][:1].isupper() and words[j].isalpha() for j in picked):
        return False
    k = picked[0] - 1
    if lowers[k] == "the":
        k -= 1
    return k > 0 and lowers[k] == "for"


_STATE_NOUNS = frozenset(
    {"weakness", "strength", "weakening", "strengthening", "depreciation", "appreciation",
     "devaluation", "collapse", "volatility", "recovery", "resilience", "fragility"}
)  # fmt: skip
"""Nouns of a mover's state or course: before "of", a relative clause's change is of the
noun after "of" ("The weakness of the crown, which has fallen"); with the nouns of change."""


def _state_of(ctx: Context, first: int, noun: int) -> bool:
    """Whether the subject read back before ", which" starts at a noun of state or change
    (token ``first``) that "of" (maybe and a determiner) links to the noun at token
    ``noun``: "The weakness of the crown, which has fallen 19%", "the slide of the lira,
    which lost 30%"; not a share, a price or sales ("Shares of Apple, which rose 3%", "their
    share of revenue, which fell"), whose value is what the clause tells of."""
    lowers = ctx.lowers
    low = lowers[first]
    if low not in _STATE_NOUNS and low not in _subject_words().change_nouns:
        return False
    k = first + 1
    if lowers[k] != "of":
        return False
    k += 1
    if lowers[k] in _DETERMINERS:
        k += 1
    return k == noun


def _past_dates_between(ctx: Context, kept: list[int], leading: bool) -> list[int]:
    """``kept``, the words between a change verb and its value, without a date (and the
    preposition that leads it) at their end or, if ``leading``, at their start: an adverbial
    of when, no object ("Exports jumped in March by 12%", "raised in November its key rate
    by")."""
    first, last = ctx.token_chars[kept[0]], ctx.token_ends[kept[-1]]
    dated = _dates_within(ctx, first, last)
    if not dated:
        return kept
    inside = {i for d in dated for i in kept if d.start_char <= ctx.token_chars[i] < d.end_char}
    prepositions = _subject_words().prepositions
    while kept and kept[-1] in inside:
        kept = kept[:-1]
        if kept and kept[-1] not in inside and ctx.lowers[kept[-1]] in prepositions:
            kept = kept[:-1]
    if leading and len(kept) > 1 and ctx.lowers[kept[0]] in prepositions and kept[1] in inside:
        kept = kept[1:]
        while kept and kept[0] in inside:
            kept = kept[1:]
    return kept


_FIGURES_IN = re.compile(r"[ \u00a0]+in[ \u00a0]+((?:[a-z]+[ \u00a0]+)?([a-z]+))\b")


def _sum_in(ctx: Context, value: Span) -> str | None:
    """The noun of reported figures, maybe after one word, that a level's "in" after
    ``value`` names ("$5 billion in revenue", "$2.1 billion in annual sales"): what the
    level measures, so what changed, not the subject of the verb before ("The company ended
    the year at $5 billion in revenue, up 10%"); None otherwise ("$45 in early trading")."""
    found = _FIGURES_IN.match(ctx.text, value.end_char)
    if found is None or found.group(2) not in _figure_nouns():
        return None
    return found.group(1)


def _past_opening_date(ctx: Context, picked: list[int]) -> list[int]:
    """``picked`` without the date that opens it ("Last year fares rose": "fares"; the date
    is when, not what changed)."""
    starts = _date_starts(ctx)
    for j, i in enumerate(picked[:-1]):
        begins = starts.get(ctx.token_ends[i])
        if begins is None or begins > ctx.token_chars[picked[0]]:
            continue
        first = ctx.text[begins : ctx.token_ends[i]].split(None, 1)
        if len(first) == 2 and first[0].lower() in _RELATIVE_OPENERS:
            return picked[j + 1 :]  # not "Q3 net income", "Monday prices", "10-year note"
    return picked


_RELATIVE_OPENERS = frozenset({"last", "this", "next", "earlier", "later"})
_REPORTED_ON = frozenset({"reported", "reports", "announced", "announces"})
"""Verbs of a report that may stand before its day and the clause it reports, besides the
verbs of saying (``_says``): "Acme reported on Thursday revenue rose"."""


def _reported_at(ctx: Context, link: int) -> bool:
    """Whether the "on" or "in" at token ``link`` leads a weekday or month after a verb of a
    report ("reported on Thursday", "announced in March"), not a participle's place."""
    low = ctx.lowers[link - 1]
    return ctx.lowers[link + 1] in _calendar_words() and (_says(low) or low in _REPORTED_ON)


def _past_reported_day(ctx: Context, picked: list[int], floor: int) -> list[int]:
    """``picked`` without the words up to a weekday or month that says when a report was made
    ("Acme said on Friday third-quarter profit fell": "third-quarter profit"; "said Friday",
    "reported on Thursday") or opens the sentence after "on" or "in" ("On Friday Apple shares
    fell"): the day is when, not what changed. A bare month modifies its noun ("said March
    sales rose", "Monday prices rose" keep their words), and so does a day's possessive."""
    lowers = ctx.lowers
    for j, day in enumerate(picked[:-1]):
        if lowers[day] not in _calendar_words() or picked[j + 1] != day + 1:
            continue
        if not ctx.words[day + 1].isalpha() or not ctx.words[day][:1].isupper():
            continue
        before = day - 1
        led = before >= floor and lowers[before] in ("on", "in")
        before -= led
        if before < floor:
            if led:
                return picked[j + 1 :]
            continue
        low = lowers[before]
        weekday = lowers[day] in lexicons.calendar().weekdays
        if (led or weekday) and (_says(low) or low in _REPORTED_ON):
            return picked[j + 1 :]
    return picked


def _participle_clause(ctx: Context, first: int, end: int) -> bool:
    """Whether a subject read back from a word that is no finite verb ("worth", "totalling")
    opens with a participle after a comma: ", buying goods worth" is a clause of "buying",
    whose object is valued; ", housing starts rose" keeps "housing" (a finite verb)."""
    low = ctx.lowers[end]
    return (
        (low == "worth" or low.endswith("ing"))
        and ctx.lowers[first].endswith("ing")
        and ctx.words[first - 1] == ","
    )


_SHARED_REACH = 10
"""Most words the verb phrase before "and" and a change verb may hold when they share a
subject set off by a relative clause."""
_OTHER_CLAUSES = frozenset({"while", "but", "whereas", "as", "when", "which", "who", "that"})


def _shared_subject_comma(ctx: Context, i: int, floor: int, verb: int) -> int | None:
    """Where the relative clause, aside or apposition after a subject opens, when a verb
    phrase of that subject with no value of its own stands between its closing comma and the
    "and" (token ``i``) before the change verb (token ``verb``): "Intuitive Machines' shares,
    which had more than doubled this month, swung wildly after the landing and closed 23%
    higher" (the shares closed higher); None otherwise."""
    lowers, words = ctx.lowers, ctx.words
    reports = lexicons.tense().reporting_verbs
    k = i - 1
    while k > floor and i - k <= _SHARED_REACH and lowers[k] not in _CLAUSE_MARKS:
        if lowers[k] in _OTHER_CLAUSES or not words[k].isalpha() or lowers[k] in reports:
            return None  # "rose 5% and closed": the first verb's own value; another clause;
            # "said output fell and": the reported clause's subject
        k -= 1
    if k <= floor or lowers[k] != "," or k == i - 1:
        return None
    return _relative_opening(ctx, k, floor, verb)


def _shared_subject_verb(ctx: Context, i: int, floor: int) -> int | None:
    """The token of the change verb that follows the subject opening the sentence (a
    determiner, one to three content words) when only words of its clause, no value nor
    comma, stand between it and the "and" at token ``i``: "The stock swung wildly on Friday
    and closed 23% higher", "The shares jumped at the open and ended 5% higher"; else None."""
    lowers, words = ctx.lowers, ctx.words
    k = floor + 1 if lowers[floor] in _DETERMINERS else floor
    head = k
    verbs = (_cue_directions(), _subject_words().swing_verbs)
    while k < i and k - head < 3 and _content(words[k], lowers[k]):
        if k > head and any(lowers[k] in v for v in verbs):
            break  # "The stock swung": a verb in no -ed
        k += 1
    if k == head or k >= i - 1 or not any(lowers[k] in v for v in verbs):
        return None
    verb = k
    reports = lexicons.tense().reporting_verbs
    for j in range(verb + 1, i):
        low = lowers[j]
        if not words[j].isalpha() or low in _OTHER_CLAUSES or low in reports or low == "and":
            return None
    return verb if i - verb <= _SHARED_REACH else None


def _relative_opening(ctx: Context, i: int, floor: int, verb: int) -> int | None:
    """The comma that opens a relative clause, an aside ("including ...", "however") or an
    apposition ("a traditional safe haven") between a subject and its verb (token
    ``verb``), when token ``i`` (the first word before the verb, auxiliaries aside) closes
    it with a comma ("Food inflation, which accounts for about half of the basket, climbed")
    or is its pronoun ("the Nikkei 225 index, which gained 0.8%"); None otherwise, and for
    a participle, which may go on the clause ("the Act, which allows fines of up to 10%,
    rising to 20%": the fines rise)."""
    lowers = ctx.lowers
    if lowers[i] in _COMMA_RELATIVES:
        return i - 1 if i - 1 > floor and lowers[i - 1] == "," else None
    if lowers[i] != "," or lowers[verb].endswith("ing"):
        return None
    last, k = i, i  # the comma that closes the words read so far
    while k - 1 > max(floor, i - _RELATIVE_REACH):
        k -= 1
        if lowers[k] == ")" and (shut := _bracket_opening(lowers, k, floor)) is not None:
            k = shut  # "which average about 300,000 pounds ($23) a month,": a restatement
            continue  # inside the clause, no mark of its own
        if lowers[k] in _CLAUSE_MARKS:
            if lowers[k] != "," or k - 1 < floor:
                return None
            opener = lowers[k + 1]
            if opener in _COMMA_RELATIVES or opener in _ASIDE_OPENERS or opener == "where":
                return k  # ", which ...,", ", including ...,": the subject is before it
            if opener == "such" and lowers[k + 2] == "as":
                return k  # "The share of new leases with concessions, such as a month of
                # free rent, dropped": the examples' aside
            if last - k <= _LIST_ITEM and (last < i or _closes_a_list(lowers, k, i)):
                last = k
                continue  # "which strips out energy, food, alcohol and tobacco,": its list
            if _participle_aside(ctx, k + 1, i) and ctx.words[k - 1].isalpha():
                return k  # "Net income, adjusted for inflation, fell 3%"
            if not ctx.words[k - 1].isalpha():
                return None
            if opener in _APPOSITION_STARTS or " ".join(lowers[k + 1 : i]) in _ADVERB_ASIDES:
                return k  # "The yen, a safe haven, rose", "Revenue, however, fell 3%"
            if _reporting_aside(ctx, k + 1, i):
                return k  # "Prices of rice, analysts said, rose", "Exports, he added, fell"
            if (
                i == k + 2
                and opener.endswith("ly")
                and _adverb_before_verb(ctx.words[k + 1], opener)
            ):
                return k  # "Sales, surprisingly, rose 5%"
            if _possessive_opening(ctx, k + 1, i):
                return k  # "Sales of iPhones, Apple's best-selling product, fell 10%"
            if _bare_apposition(ctx, k + 1, i):
                return k  # "Deaths involving nitazenes, synthetic opioids far stronger than
                # heroin, rose to 52"
            return None
    return None


_BRACKET_REACH = 8
"""Most tokens between the brackets of a restatement inside an aside ("($23)")."""


def _bracket_opening(lowers: tuple[str, ...], shut: int, floor: int) -> int | None:
    """The token of the "(" that opens the brackets closed at token ``shut``, when up to
    ``_BRACKET_REACH`` tokens and no mark of a clause stand between; None otherwise."""
    for k in range(shut - 1, max(floor, shut - _BRACKET_REACH - 1), -1):
        if lowers[k] == "(":
            return k if k < shut - 1 else None
        if lowers[k] in _CLAUSE_MARKS or lowers[k] == ")":
            return None
    return None


_APPOSITION_WORDS = 8
"""Most words of an apposition of no determiner between commas ("synthetic opioids far
stronger than heroin")."""
_NOT_APPOSED = frozenset({"and", "or", "but", "nor", "if", "as", "when", "while", "that"})
"""Words that make the words between two commas a list's items or a clause, no apposition."""


def _bare_apposition(ctx: Context, first: int, comma: int) -> bool:
    """Whether the words from token ``first`` to the comma at token ``comma`` right before a
    change verb are a noun phrase of no determiner set off after the subject ("Deaths
    involving nitazenes, synthetic opioids far stronger than heroin, rose"): two to
    ``_APPOSITION_WORDS`` words, the first a lower-case noun or adjective, with no joint of a
    list or clause, verb of saying, change word or participle among them (a list's last items,
    "Sales in Asia, Europe and Africa, rose", stay unread)."""
    words, lowers = ctx.words, ctx.lowers
    if not 2 <= comma - first <= _APPOSITION_WORDS or not words[first].islower():
        return False
    if not _content(words[first], lowers[first]) or lowers[first].endswith("ing"):
        return False
    directions, reports = _cue_directions(), _reporting_verbs()
    return all(
        _HYPHENED_WORD.fullmatch(words[j]) is not None
        and lowers[j] not in _NOT_APPOSED
        and lowers[j] not in directions
        and lowers[j] not in reports
        for j in range(first, comma)
    )


_REPORTING_ASIDE = 4
"""Most words of a reporting aside between commas ("he noted", "officials at the bank said")."""


def _reporting_aside(ctx: Context, first: int, comma: int) -> bool:
    """Whether the words from token ``first`` to the comma at token ``comma`` are a short
    aside of who says so, its verb of saying last ("he noted", "analysts said", "officials
    say"), or "according to" and a few words ("according to the ministry")."""
    words, lowers = ctx.words, ctx.lowers
    if not all(words[j].isalpha() for j in range(first, comma)):
        return False
    if lowers[first] == "according" and lowers[first + 1] == "to":
        return first + 2 < comma <= first + 2 + _REPORTING_ASIDE
    return (
        first + 1 < comma <= first + _REPORTING_ASIDE
        and words[comma - 1].islower()
        and _says(lowers[comma - 1])
    )


_POSSESSIVE_ENDS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _possessive_opening(ctx: Context, first: int, comma: int) -> bool:
    """Whether the words from token ``first`` to the comma at token ``comma`` are an
    apposition that opens with a possessive, a pronoun or a name's (up to three capitalized
    words and "'s") and goes on with a word: "its biggest market", "Apple's best-selling
    product", "Hong Kong's main index"."""
    words, lowers = ctx.words, ctx.lowers
    if lowers[first] in _POSSESSIVE_PRONOUNS:
        return first + 1 < comma and words[first + 1].isalpha()
    k = first
    while k < comma and k < first + 3 and words[k][:1].isupper() and words[k].isalpha():
        k += 1
    return (
        first < k < comma - 1
        and words[k] in _POSSESSIVE_ENDS
        and not ctx.spaced[k - 1]
        and words[k + 1].isalpha()
    )


_LIST_ITEM = 4
"""Tokens of a list's item between commas, its comma with them ("food,")."""


def _closes_a_list(lowers: tuple[str, ...], k: int, i: int) -> bool:
    """Whether the words from the comma at token ``k`` to the comma at token ``i`` before a
    change verb end a list inside an aside: "and" or "or" after the last comma but one
    ("energy, food, alcohol and tobacco,")."""
    return any(low in ("and", "or") for low in lowers[k + 1 : i])


def _participle_aside(ctx: Context, first: int, comma: int) -> bool:
    """Whether the words from token ``first`` to the comma at token ``comma`` are a past
    participle's phrase (maybe after an adverb in -ly) set off between a subject and its
    verb: "adjusted for inflation", "seasonally adjusted", "hit by weak demand"."""
    words, lowers = ctx.words, ctx.lowers
    if first + 1 < comma and lowers[first].endswith("ly") and words[first].islower():
        first += 1  # "seasonally adjusted", "boosted partly by"
    low = lowers[first]
    return (
        first < comma
        and words[first].isalpha()
        and words[first].islower()
        and (
            (low.endswith("ed") and len(low) > 4)
            or low in _IRREGULAR_PARTICIPLES
            or low in _ASIDE_PARTICIPLES
        )
    )


_ASIDE_PARTICIPLES = frozenset(
    {"hit", "hurt", "seen", "driven", "known", "struck", "caught", "shaken", "thought", "beaten"}
)
"""Past participles not in -ed that open an aside ("Profit, hit by weak demand, fell")."""


_NAME_CONNECTORS = frozenset(
    {"do", "da", "dos", "das", "de", "del", "della", "di", "du", "des", "la", "le", "el",
     "al", "van", "von", "der", "den", "y", "e"}
)  # fmt: skip
"""Lower-case words inside a name between capitals ("Rio Grande do Sul", "Banco de Chile")."""
_SUBJECT_NAME_JOINTS = _NAME_CONNECTORS | {"and", "&"}
"""Inside a subject read back from its verb, "and" and "&" between capitals join one name too
("the Identity and Democracy group", "Johnson & Johnson"); an owner's list stays a list
("Britain and France's exports")."""

_APPOSITION_STARTS = frozenset({"a", "an", "the", "among", "once", "one"})
"""Words that open an apposition ("The yen, a safe haven,", "The crown, among the weakest
performers,", "The stock, once a darling,") or a reporting aside ("Revenue, the company said,
fell", "Sales, one analyst said, fell") between a subject and its verb."""
_ADVERB_ASIDES = frozenset(
    {"however", "meanwhile", "though", "too", "also", "instead", "overall", "likewise",
     "similarly", "by contrast", "in contrast", "in turn", "for its part", "for their part",
     "on the other hand", "in particular", "in all", "all told", "combined", "together"}
)  # fmt: skip
"""Adverbs set off by commas between a subject and its verb."""


_COMMA_RELATIVES = frozenset({"who", "which"})
_ASIDE_OPENERS = frozenset({"including", "excluding"})
"""Openers of an aside between commas that, like a relative clause, stands between a subject
and its verb: "Encounters at official crossings, including people with appointments, fell";
"Core inflation, excluding food and energy, rose"."""
_RELATIVE_REACH = 30
"""Most tokens a relative clause between commas may hold."""

_RELATIVES = frozenset({"who", "that", "which"})
_JOINING = frozenset({"and", "that"})
"""Clause openers that may join words inside a phrase ("war and persecution") or open a
relative clause: a change verb of the first clause before "and" still ends it."""
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", "—", "–"})


_LIST_ENDS = frozenset({"and", "or"})


def _far_head(ctx: Context, end: int, floor: int) -> str | None:
    """ "The number of X" that opens the sentence and whose X a phrase modifies up to the
    change verb at token ``end``: the head of what changed, however far ("The number of
    people forced to flee war and persecution has risen": 'number of people', not
    'persecution'). A change verb in the phrase, other than a relative clause's first, or a
    clause mark or opener ends the sentence's first clause there: no far head."""
    lowers, table = ctx.lowers, _subject_words()
    head = floor + (lowers[floor] == "the")
    if head + 2 >= end or lowers[head] not in table.far_heads or lowers[head + 1] != "of":
        return None
    last = head + 1
    while last + 1 < end and last - head < 5 and not _stop(ctx.words[last + 1], lowers[last + 1]):
        after = lowers[last + 1]
        if last > head + 1 and (after.endswith(("ed", "ing")) or after in _IRREGULAR_PARTICIPLES):
            break  # "people forced to flee", "adults living alone", "homes built this year":
            # a phrase modifies X
        last += 1
    verb = end
    while verb - 1 > last and lowers[verb - 1] in lexicons.change_cues().auxiliaries:
        verb -= 1
    if last == head + 1 or last + 1 >= verb:
        return None  # nothing after "of", or no phrase between it and the verb
    cues, openers = _cue_directions(), table.clause_openers - _JOINING
    for i in range(last + 1, verb):
        low = lowers[i]
        listed = low == "," and not _LIST_ENDS.isdisjoint(lowers[i + 2 : i + 4])
        if listed and "," not in lowers[i + 1 : verb]:
            continue  # "not in education, employment or training": a list's comma
        if low in _CLAUSE_MARKS or low in openers or low in lexicons.change_cues().auxiliaries:
            return None
        if low in cues and lowers[i - 1] not in _RELATIVES:
            return None  # "The number of cases fell and prices rose 5%"
    return _tokens_text(ctx, head, last)


_SAYER_REACH = 5
"""Most words of who says or reports, before the verb, at a sentence's start."""


def _said_clause(ctx: Context, floor: int, end: int) -> int:
    """Where the clause that a sentence's opening verb of saying reports starts (after "that"
    too): "Aid groups say the number of trucks ... fell", "The ministry said that the share
    of ... rose"; the sentence's start ``floor`` when no such verb follows one to
    ``_SAYER_REACH`` words that open it."""
    words, lowers = ctx.words, ctx.lowers
    for j in range(floor + 1, min(end, floor + _SAYER_REACH + 1)):
        if not words[j].isalpha():
            return floor
        if words[j].islower() and _says(lowers[j]):
            return j + 2 if lowers[j + 1] == "that" else j + 1
    return floor


_JOINERS = frozenset({"-", "'", "'s", "\u2019", "\u2019s"})
"""Tokens inside a linked phrase: a hyphen, a possessive ("large companies' chip investments")."""


def _far_object(ctx: Context, end: int, floor: int) -> str | None:
    """The object of a change verb beyond a change's reach, when only a phrase that a
    preposition links to it stands between ("raise the payroll tax on the largest New York
    City businesses to 0.6% from 0.34%": 'payroll tax'). The verb is one of the change cues,
    a determiner after it; the words between are content words, determiners and the
    prepositions of ``subject_words.json``."""
    lowers, words, table = ctx.lowers, ctx.words, _subject_words()
    cues = _cue_directions()
    for verb in range(end - 1, max(floor, end - 14) - 1, -1):
        low = lowers[verb]
        if low in cues and (lowers[verb + 1] in _DETERMINERS or _bare_object(ctx, verb + 1)):
            break
        if low in cues or words[verb + 1] == "-":
            continue  # "the minimum down payment ratio", "first-time buyers": a compound's word
        if not (words[verb].isalpha() or words[verb] in _JOINERS) or (
            _stop(words[verb], low) and low not in table.prepositions and low not in _DETERMINERS
        ):
            return None
    else:
        return None
    if low in table.participle_adjectives and _opens_noun(ctx, verb, floor):
        return None  # "Adjusted earnings per share of $1.05, up from": an adjective, no verb
    first = verb + 2 if lowers[verb + 1] in _DETERMINERS else verb + 1
    last = first
    while last + 1 < end and lowers[last + 1] not in table.prepositions:
        if _stop(words[last + 1], lowers[last + 1]) and lowers[last + 1] not in cues:
            return None
        last += 1
    if _stop(words[first], lowers[first]) or last + 1 >= end or last - first > 3:
        return None
    if lowers[last] in table.not_of_heads and lowers[last + 1] == "of":
        return None  # "The fund raised a total of $5 billion, up from": no "total" changed
    return _tokens_text(ctx, first, last)


_ADVERB_CUES = frozenset({"up", "down", "higher", "lower"})


def _bare_object(ctx: Context, i: int) -> bool:
    """Whether token ``i``, right after a change verb, opens its object with no determiner
    ("raised tariffs on Chinese goods to"): a plural content word, no adverb ("rose sharply
    in May to") nor a day's or month's name."""
    word, low = ctx.words[i], ctx.lowers[i]
    return (
        low.endswith("s")
        and not low.endswith("ly")
        and _content(word, low)
        and low not in _calendar_words()
        and low not in _cue_directions()
    )


def _verb_before_noun_cue(low: str, table: _SubjectWords) -> bool:
    """Whether a word before a noun of change ("pay rises of 5%") is a verb, which ends the
    subject: one of ``subject_words.json``'s noun_cue_verbs or giving_verbs, or a past verb
    in -ed that is no adjective ("approved"; not "adjusted")."""
    return (
        low in table.noun_cue_verbs
        or low in table.giving_verbs
        or (low.endswith("ed") and low not in table.participle_adjectives)
    )


def _level_verb_at(ctx: Context, i: int, cue: int) -> bool:
    """Whether token ``i``, right before the change's cue at token ``cue``, is a level verb
    ("closed" of "closed down 5%", "ended higher"). Before a verb cue it is a noun: "The Dow
    Jones Industrial Average fell 0.5%", "The index total rose"; "remains" of "The stock
    remains down 40%" too."""
    low, levels = ctx.lowers[i], _subject_words().level_verbs
    return (low in levels or low in _STAY_VERBS) and ctx.lowers[cue] in _ADVERB_CUES


_STAY_VERBS = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})


_NAME_CAPITALS = LazyPattern(r"[A-Z][A-Za-z]*(?:&[A-Z]+)?")


def _index_name(words: tuple[str, ...], i: int, floor: int) -> bool:
    """Whether token ``i`` is the number of a name, after its capitalized word ("S&P 500",
    "FTSE 100", "Nikkei 225"), or that word with an ampersand ("S&P")."""
    word = words[i]
    if word.isdigit():
        name = words[i - 1] if i - 1 > floor else ""
        return _NAME_CAPITALS.fullmatch(name) is not None and not _stop(name, name.lower())
    return "&" in word and _NAME_CAPITALS.fullmatch(word) is not None


def _in_compound(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is a word of a hyphened compound ("one-week", "one-off")."""
    return (i + 1 < len(ctx.words) and _joins(ctx, i + 1)) or (i > 1 and _joins(ctx, i - 1))


def _object_word(lowers: tuple[str, ...], kept: list[int], j: int) -> bool:
    """Whether the ``j``-th of the words between a verb and its value belongs to its object:
    a content word, or a preposition inside it ("raised the price of its plan by $2")."""
    low = lowers[kept[j]]
    if low not in counted.stop_words():
        return True
    if j + 1 < len(kept) and f"{low} {lowers[kept[j + 1]]}" in _compound_nouns():
        return True  # "cut the minimum down payment ratio to": "down" of a noun
    if j > 0 and f"{lowers[kept[j - 1]]} {low}" in _compound_nouns():
        return True  # "raised the capital gains tax on equities to": "gains" of a noun
    if j == len(kept) - 1 and j > 1 and low in _cue_directions():
        return lowers[kept[j - 1]] not in counted.stop_words()  # "cut bets on an August rate
        # cut to": the noun of change after its noun ends the object (``_odds_verb``)
    if 0 < j < len(kept) - 1 and low == "over":
        return lowers[kept[j - 1]] in _OVER_HEADS  # "extended its lead over the Tories to"
    return 0 < j < len(kept) - 1 and low in _subject_words().prepositions


def _after_level(lowers: tuple[str, ...], i: int, levels: frozenset[str]) -> bool:
    """Whether token ``i`` follows "the" after a level verb ("ended the day")."""
    return lowers[i - 1] == "the" and lowers[i - 2] in levels


_PARTICLES = frozenset({"up", "down"})
"""A change verb's particle: "Fines could rise up to $5,000" reads its subject before "rise"."""


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
        i - 1 >= floor
        and ctx.words[i].replace(",", "").replace(".", "").isdigit()
        and ctx.lowers[i - 1] in _DETERMINERS
    )


def _class_number(ctx: Context, i: int, floor: int) -> bool:
    """Token ``i`` is a small whole number after a word of classes ("type", "stage",
    "phase": subject_words.json class_words) that a lower-case noun follows: "type 2
    diabetes", "phase 3 trials" (not "the 36 mg dose", "stage 4 of")."""
    word = ctx.words[i]
    return (
        i - 1 >= floor
        and word.isdigit()
        and len(word) <= 2
        and ctx.lowers[i - 1] in _subject_words().class_words
        and ctx.words[i + 1].isalpha()
        and ctx.words[i + 1].islower()
        and not _stop(ctx.words[i + 1], ctx.lowers[i + 1])
    )


def _opens(ctx: Context, i: int, floor: int) -> bool:
    """Token ``i`` opens its clause: the sentence's first, after a mark or a clause opener."""
    return (
        i == floor
        or not ctx.words[i - 1].isalpha()
        or ctx.lowers[i - 1] in _subject_words().clause_openers
    )


_NOT_PARTICIPLES = frozenset({"during", "morning", "evening", "following", "according"})


def _sent_object(ctx: Context, first: int, cue: int) -> bool:
    """Whether the phrase at token ``first`` is the object of a verb of causing a move
    (``qualifiers.SENT_VERBS``), maybe after a determiner, and the cue at token ``cue`` its
    "up", "down", "higher" or "lower" ("cut rates, pushing the yield down to 4%"): what moved,
    no object of another clause's verb."""
    lead = first - 1 if ctx.lowers[first - 1] in _DETERMINERS else first
    return ctx.lowers[cue] in _ADVERB_CUES and ctx.lowers[lead - 1] in qualifiers.SENT_VERBS


def _participle_object(ctx: Context, first: int, floor: int) -> bool:
    """ "Patients taking the highest dose of a pill lost 13%": a phrase after an "-ing"
    verb and its determiner is that verb's object, not the subject of the change (the
    subject is the noun before the verb: too far to read safely, so none). After a comma one
    of ``_CLAUSE_PARTICIPLES`` opens a clause of its own, whose subject the phrase is:
    "Deaths rose, meaning the population shrank by 848,659 people"."""
    lead = first - 1
    if lead > floor and ctx.lowers[lead] in _DETERMINERS and ctx.lowers[lead] != "that":
        lead -= 1  # not "noting that inflation rose": there "that" opens a clause
    low = ctx.lowers[lead]
    return (
        lead > floor
        and not (low in _CLAUSE_PARTICIPLES and ctx.lowers[lead - 1] == ",")
        and lead < first - 1
        and low.endswith("ing")
        and ctx.words[lead].islower()
        and low not in _NOT_PARTICIPLES
        and low not in _subject_words().prepositions
    )


_CLAUSE_PARTICIPLES = frozenset(
    {"meaning", "leaving", "bringing", "suggesting", "indicating", "signaling", "signalling"}
)
"""Participles that, after a comma, open a clause with its own subject before a change verb
or word: ", meaning the population shrank", ", leaving the index down 2%"."""

_PERIOD_CODE = re.compile(r"[QH][1-4]|FY[0-9]{2}(?:[0-9]{2})?")
"""A quarter's, a half's or a fiscal year's code before a subject's noun ("Q3", "H1", "FY24")."""

_DOTTED_CAPITALS = re.compile(r"(?:[A-Z]\.){2,3}")
"""Initials with stops before a subject's noun: "U.S.", "U.K.", "E.U."."""
_NAME_END = re.compile(r"(?:[A-Z]\.){2,3}|(?:Corp|Inc|Co|Cos|Ltd|Bhd)\.")
"""The last word of a name, with its stop: initials ("ICE Futures U.S.") or a firm's suffix
("Acme Corp.")."""

_ADVERBS_BEFORE_VERB = frozenset({"only", "still", "just", "even", "already", "again"})
"""Adverbs without -ly that may stand between a subject and its verb ("Prices only rose")."""
_LY_NOUNS_BEFORE_VERB = frozenset(
    {"tally", "jelly", "bully", "homily", "melancholy", "nationally", "globally", "locally",
     "internationally", "regionally", "domestically"}
)  # fmt: skip
"""Words in -ly, besides ``_LY_NOUNS``, that may end a subject: nouns ("The death tally
rose") and adverbs of where, which tell its scope ("Prices nationally climbed 0.9%")."""


def _adverb_before_verb(word: str, low: str) -> bool:
    """Whether a word right before a change verb (auxiliaries aside) is an adverb, no word of
    the subject: one of ``_ADVERBS_BEFORE_VERB``, or a lower-case word of six letters or more
    in -ly that is no noun ("unexpectedly", "briefly"; not "supply", "tally")."""
    if low in _ADVERBS_BEFORE_VERB:
        return True
    return (
        len(low) >= 6
        and low.endswith("ly")
        and word.isalpha()
        and word.islower()
        and low not in _LY_NOUNS
        and low not in _LY_NOUNS_BEFORE_VERB
    )


_HEDGES_BEFORE_VERB = frozenset({"than", "nearly", "almost", "roughly", "approximately"})
"""Words of a hedge between a subject and its change verb ("more than doubled")."""


def _coordinated_head(ctx: Context, first: int, floor: int) -> int:
    """ "Sales excluding fuel and VAT", "Exports to China and India": a subject that starts
    after "and" or "or" is the second of two objects of a preposition when the one before
    links to a head noun; else it starts at ``first``."""
    words, lowers = ctx.words, ctx.lowers
    conj = first - 1
    if conj - 1 > floor and lowers[conj] == "other" and lowers[conj - 1] in ("and", "or"):
        conj -= 1  # "Spending on roads and other infrastructure": the objects' "other"
    if conj - 1 <= floor or lowers[conj] not in ("and", "or"):
        return first
    excepted = _excepted_head(ctx, conj, floor)
    if excepted is not None:
        return excepted  # "Retail sales excluding autos, gasoline and building materials"
    noun = conj - 1
    if _index_name(words, noun, floor):
        noun -= 1  # "Deliveries of the Model 3 and Model Y": a name's number ends the first
    elif not _content(words[noun], lowers[noun]):
        return first
    for _ in range(3):  # the object's adjectives: "Loans to small businesses and other firms",
        noun = _compound_start(ctx, noun, floor)  # "between Italian 10-year bonds and"
        head = _linked_head(ctx, noun, floor)
        if head < noun:
            return head
        if noun - 1 <= floor or not _content(words[noun - 1], lowers[noun - 1]):
            return first
        noun -= 1
    return first


def _coordinated_owned(ctx: Context, first: int, floor: int) -> int:
    """Where a subject that starts at token ``first`` starts when a proper owner before it
    follows "and" or "or": the owner is the last item's ("Exports of wheat and Russia's
    barley fell", "Wheat and Russia's barley fell"), so the head before the items, or the
    first item of an opening pair, starts it; else ``first``."""
    owner = _proper_owner(ctx, first, floor)
    if owner == first or owner - 1 <= floor or ctx.lowers[owner - 1] not in ("and", "or"):
        return first
    head = _coordinated_head(ctx, owner, floor)
    if head == owner:
        head = _opening_pair(ctx, owner, floor)
    return head if head < owner else first


_LIST_ITEM_WORDS = 3
"""The most words of one item of a list joined by commas ("South Korea", "housing")."""


def _list_item(ctx: Context, last: int, floor: int) -> int:
    """Where the item of a list that ends at token ``last`` starts: up to
    ``_LIST_ITEM_WORDS`` content words, no change word, date or adverb ("Separately,
    prices and wages rose": no item), each in the case of the last but at the sentence's
    start ("Analysts said Apple, Microsoft and Nvidia": "Apple" alone); ``last + 1`` where
    none."""
    words, lowers = ctx.words, ctx.lowers
    lower = words[last].islower()
    k = last + 1
    while (
        k - 1 >= floor
        and last + 1 - k < _LIST_ITEM_WORDS
        and _content(words[k - 1], lowers[k - 1])
        and (words[k - 1].islower() == lower or k - 1 == floor)
        and lowers[k - 1] not in _cue_directions()
        and lowers[k - 1] not in _calendar_words()
        and lowers[k - 1] not in _ADVERB_ASIDES
        and not (lowers[k - 1].endswith("ly") and lowers[k - 1] not in _LY_NOUNS)
    ):
        k -= 1
    return k


def _listed_start(ctx: Context, first: int, last: int, floor: int) -> int:
    """Where a subject from token ``first`` to ``last`` that holds a list's "and" or "or"
    starts when commas join more items before it: at the head the first item's preposition
    links to ("Exports to China, Japan and India rose"), or at the first item when it opens
    the sentence or a clause ("Food, beverages and tobacco rose", "while housing, water and
    electricity jumped"); else at ``first`` ("In Europe, prices and wages rose": an
    adverbial, no item)."""
    lowers = ctx.lowers
    k = first
    if first - 2 >= floor and lowers[first - 1] in ("and", "or"):
        k = _list_item(ctx, first - 2, floor)  # "food, beverages and tobacco": the walk
        if k == first - 1:  # stopped at "and"
            return first
    elif first - 2 < floor or lowers[first - 1] != "," or "and" not in lowers[first : last + 1]:
        return first
    if k - 2 < floor or lowers[k - 1] != ",":
        return first  # no comma: a pair, read by _coordinated_head and _opening_pair
    paired, opened = k, k  # the item before "and"; the one after the last comma crossed
    while k - 2 >= floor and lowers[k - 1] == ",":
        item = _list_item(ctx, k - 2, floor)
        if item == k - 1:  # "Apple, the iPhone maker, and": no item before the comma, but
            return k if _opening_adverbial(ctx, floor, k - 1) else first  # "Separately,"
        opened, k = k, item
    head = _linked_head(ctx, k, floor)
    if head < k:
        return head
    before = lowers[k - 1] if k > floor else ""
    if (
        k == floor
        or before in _subject_words().clause_openers
        or before in _reporting_verbs()
        or before in lexicons.tense().reporting_verbs
    ):
        return k  # "He said Apple, Microsoft and Nvidia rose"
    if opened > k and _opening_adverbial(ctx, floor, opened - 1):
        conj = max(i for i in range(first - 1, last + 1) if lowers[i] in ("and", "or"))
        if opened == paired and (tail := _places_tail(ctx, k, conj, last)) is not None:
            return tail  # "In Tokyo, Osaka and Nagoya prices rose": all three are where
        return opened  # "In the US, Apple, Google and Microsoft rose": the adverbial's object
        # is no item
    return first


def _opening_adverbial(ctx: Context, floor: int, comma: int) -> bool:
    """Whether the tokens from ``floor`` to the comma at ``comma`` are an adverbial that opens
    the clause: one adverb or day ("Separately", "Meanwhile", "Monday") or a short
    preposition's phrase of no change word ("In Europe", "On Monday", "In the U.S.")."""
    words, lowers = ctx.words, ctx.lowers
    if comma - floor == 1:
        low = lowers[floor]
        return words[floor].isalpha() and (
            low in _ADVERB_ASIDES
            or low in _calendar_words()
            or (low.endswith("ly") and low not in _LY_NOUNS)
        )
    return (
        2 <= comma - floor <= 5
        and lowers[floor] in _subject_words().prepositions
        and all(
            words[i][:1].isalnum() and lowers[i] not in _cue_directions()
            for i in range(floor + 1, comma)
        )
    )


def _places_tail(ctx: Context, opened: int, conj: int, last: int) -> int | None:
    """Where the nouns after a list of places of one type that follows an opening
    preposition start ("In Tokyo, Osaka and Nagoya prices": "prices", three cities); None
    where an item is no place, the types differ ("In Japan, Tokyo and Osaka prices": the
    country holds the cities, no item) or no lower-case noun follows."""
    tail = conj + 1
    while tail <= last and ctx.words[tail][:1].isupper():
        tail += 1
    if tail > last or tail == conj + 1 or not ctx.words[tail].islower():
        return None
    start, end = ctx.token_chars[opened], ctx.token_ends[tail - 1]
    found = _dates_within(ctx, start, end, places.GROUP)
    kinds = {span.id_.partition(":")[2].partition("/")[0] for span in found}
    named = "".join(span.text for span in found).split()
    items = [w for w in ctx.words[opened:tail] if w not in (",", "and", "or")]
    if len(kinds) != 1 or len(found) < 3 or "".join(named) != "".join(items):
        return None  # every word between is a place's
    return tail


def _excepted_head(ctx: Context, conj: int, floor: int) -> int | None:
    """Where the head noun starts before a list that "excluding" (or another word of
    ``_SUBJECT_EXCEPTIONS``) opens and the "and" at token ``conj`` closes: at most five
    content words after a determiner, a stop word or the clause's start ("The personal
    consumption expenditures price index excluding food and energy"); else None."""
    words, lowers = ctx.words, ctx.lowers
    k = conj - 1
    while (
        k > floor
        and conj - k <= 8
        and lowers[k] not in _SUBJECT_EXCEPTIONS
        and (words[k] == "," or _content(words[k], lowers[k]))
    ):
        k -= 1
    if k <= floor or lowers[k] not in _SUBJECT_EXCEPTIONS or not words[k].islower():
        return None
    head, enders = k, _phrase_enders()
    while (
        head - 1 >= floor
        and k - head < 5
        and lowers[head - 1] not in enders  # "He said sales excluding": no "said"
        and _content(words[head - 1], lowers[head - 1])
    ):
        head -= 1
    return head if head < k else None


_STRANDING = frozenset({"by", "against", "without", "over", "into"})
"""Prepositions that link no subject's phrase (``subject_words.json`` prepositions do) but
whose object, read back from a verb, is no subject either: "The cost to insure the bank's
debt against default rose"."""


def _stranded_object(ctx: Context, start: int, floor: int) -> bool:
    """Whether the subject that starts at token ``start`` is the object of a preposition
    (maybe after a determiner) that follows a content word: the tail of a phrase whose head
    ``_linked_head`` did not reach ("Demand by buyers in China", "Exports of cars from Japan
    to China"), which did not change ("At Apple revenue rose", a phrase opening the
    sentence, and "He said on Monday prices rose", after a verb, keep their words)."""
    words, lowers, table = ctx.words, ctx.lowers, _subject_words()
    k = start - 1
    if k > floor and lowers[k] in table.determiners:
        k -= 1
    if k <= floor or lowers[k] == "for":
        return False  # "too early for prices to fall": the subject of the infinitive
    if lowers[k] not in table.prepositions and lowers[k] not in _STRANDING:
        return False
    if lowers[k - 1] == "not":
        return True  # "The rate for 16- to 24-year-olds not in school climbed": a negated
        # phrase's object, not what changed
    return _content(words[k - 1], lowers[k - 1]) and lowers[k - 1] not in _phrase_enders()


_OF_HEAD_REACH = 3
"""Most words of a relative's antecedent before the "of" that links the words read."""


def _of_head_antecedent(ctx: Context, start: int, floor: int) -> int:
    """Where a relative clause's antecedent starts when the words read from token ``start``
    are the object of "of" (maybe after a determiner) after one to three lower-case content
    words that follow a preposition, a verb's particle or a past verb, no determiner
    ("complain about retail prices of the staple, which have risen", "to bring down retail
    prices of the staple, which", "capped prices of rice, which rose"): at those words; else
    ``start``."""
    words, lowers, table = ctx.words, ctx.lowers, _subject_words()
    k = start - 1
    if k > floor and lowers[k] in table.determiners:
        k -= 1
    if k - 1 <= floor or lowers[k] != "of":
        return start
    head = k
    while (
        head - 1 > floor
        and k - head < _OF_HEAD_REACH
        and words[head - 1].isalpha()
        and words[head - 1].islower()
        and _content(words[head - 1], lowers[head - 1])  # no word in -ed
    ):
        head -= 1
    if head == k:
        return start
    before = lowers[head - 1]
    if before == "by":  # "driven by exports of rice, which rose"; not "Demand by buyers of"
        return head if _agent_after_participle(ctx, head, floor) else start
    led = before in table.prepositions or before in _STRANDING or before == "about"
    if before in _PARTICLES:  # "to bring down retail prices of the staple, which": a
        led = head - 2 > floor and words[head - 2].isalpha() and words[head - 2].islower()
    verb = _verb_before_head(lowers, head - 1, table.participle_adjectives)
    return head if led or verb else start


def _verb_before_head(lowers: tuple[str, ...], i: int, adjectives: frozenset[str]) -> bool:
    """Whether token ``i`` is a past verb in -ed, no adjective ("capped", not "adjusted")."""
    low = lowers[i]
    return low.endswith("ed") and len(low) > 4 and low not in adjectives


def _agent_after_participle(ctx: Context, start: int, floor: int) -> bool:
    """Whether the words from token ``start`` are the agent of a past participle (in -ed or
    -en, or an irregular one), after "by" and maybe a determiner: "driven by part-time work",
    "fuelled by the exports"."""
    lowers = ctx.lowers
    k = start - 1
    if k > floor and lowers[k] in _DETERMINERS:
        k -= 1
    if k - 1 <= floor or lowers[k] != "by" or not ctx.words[k - 1].isalpha():
        return False
    low = lowers[k - 1]
    return low.endswith(("ed", "en")) or low in _IRREGULAR_PARTICIPLES


_VALUE_LASTS = frozenset("0123456789%")
_ACRONYM = LazyPattern(r"[A-Z][A-Z&]{1,7}")


def _opening_pair(ctx: Context, first: int, floor: int) -> int:
    """Where a subject that starts at token ``first`` after "and" starts when one or two
    content words (no change verb, day or month) open the sentence before that "and" (maybe
    after a determiner or "both"): the first of two coordinated nouns ("Oil and gas prices
    rose 3%", "Both exports and imports fell 5%", "Revenue and profit rose"); else
    ``first`` ("Sales rose and prices fell 5%": a verb before "and")."""
    words, lowers = ctx.words, ctx.lowers
    conj = first - 1
    if conj - 1 < floor or lowers[conj] != "and":
        return first
    k = conj
    while (
        k - 1 >= floor
        and conj - k < 2
        and _content(words[k - 1], lowers[k - 1])
        and lowers[k - 1] not in _cue_directions()
        and lowers[k - 1] not in _calendar_words()
        and lowers[k - 1] not in _phrase_enders()
    ):
        k -= 1
    if k == conj:
        return first
    lead = k  # "Both exports and imports", "the oil and gas prices": read past
    if lead > floor and lowers[lead - 1] in ("both", *_DETERMINERS):
        lead -= 1
    before = lowers[lead - 1] if lead > floor else ""
    if (
        lead == floor
        or before in _reporting_verbs()
        or before in lexicons.tense().reporting_verbs
        or before == "says"
        or (before in _subject_words().clause_openers and before != "and")
        or (before == "and" and lead - 2 >= floor and words[lead - 2][-1:] in _VALUE_LASTS)
    ):  # not after an auxiliary: "while Italy was flat and Spain grew 0.4%"
        return k  # "Analysts said sales and profit rose", "as food and energy prices rose";
        # "increased by 43,000 and leisure and hospitality gained": after a clause's value
    return first


def _before_date(ctx: Context, end: int, floor: int) -> int:
    """Where a subject read backwards from token ``end`` ends: before the dates that end
    right there, each with the preposition (and determiner) that leads it ("revenue in the
    third quarter was", "Profit last year rose", "Revenue for the three months to June
    rose"), else at ``end``."""
    while (before := _before_one_date(ctx, end, floor)) != end:
        end = before
    return end


def _before_one_date(ctx: Context, end: int, floor: int) -> int:
    """``_before_date`` of the one date that ends right before token ``end``."""
    if end - 1 <= floor:
        return end
    starts = _date_starts(ctx)
    date_start = starts.get(ctx.token_ends[end - 1])
    if (
        date_start is None
        and end - 2 > floor
        and ctx.lowers[end - 1] in _subject_words().session_nouns
    ):
        date_start = starts.get(ctx.token_ends[end - 2])  # "for the August-May quarter"
    if (
        date_start is None
        and end - 5 > floor
        and ctx.lowers[end - 1] == "year"
        and ctx.lowers[end - 2] in _YEAR_KINDS
        and ctx.lowers[end - 4 : end - 2] == ("of", "the")
    ):
        date_start = starts.get(ctx.token_ends[end - 5])  # "for the first eight months of
        # the fiscal year": a part of a year no date reads, after a date that ends before it
    if (
        date_start is None
        and end - 2 > floor
        and ctx.lowers[end - 1] in _SEASONS
        and ctx.lowers[end - 2] in _SEASON_SHIFTS
    ):
        date_start = ctx.token_chars[end - 2]  # "The salary cap for next season is": a
        # sports season no date reads, the period of the cap
    if date_start is None or date_start <= ctx.token_chars[floor]:
        return end
    first = ctx.token_at(date_start)
    lead = first - 1
    prepositions = _subject_words().prepositions
    if (
        lead - 1 > floor
        and ctx.lowers[lead] in _PERIOD_DETERMINERS
        and ctx.lowers[lead - 1] in prepositions
    ):
        return lead - 1  # "for the three months", "Revenue for its fiscal second quarter"
    if lead > floor and ctx.lowers[lead] in prepositions:
        return lead
    if _listed_date(ctx, lead, end, floor):
        return lead  # "Employment gains for July and November were revised": the first date
        # and its preposition are read next
    if lead - 1 > floor and ctx.lowers[lead] in _PERIOD_CLOSERS:
        return _closed_period_lead(ctx, lead - 1, floor, prepositions) or first
    return first


def _listed_date(ctx: Context, joint: int, after: int, floor: int) -> bool:
    """Whether token ``joint`` joins a date that ends right before it to the one after it, up
    to token ``after``: "and" or "or" ("for July and November"), or a comma before a date that
    a joint follows ("in January, February and March")."""
    low = ctx.lowers[joint]
    if joint - 1 <= floor or ctx.token_ends[joint - 1] not in _date_starts(ctx):
        return False
    return low in ("and", "or") or (low == "," and ctx.lowers[after] in (",", "and", "or"))


_SEASONS = frozenset({"season", "campaign"})
_SEASON_SHIFTS = frozenset({"next", "last", "this", "coming", "previous", "current"})


_SUBJECT_EXCEPTIONS = frozenset({"excluding", "including", "except", "ex", "excl"})
"""Words that open what a subject's head leaves out or takes in ("excluding food and
energy"), whose words do not count toward the most a subject holds."""

_PERIOD_CLOSERS = frozenset({"ended", "ending", "ends", "through"})
"""Words between a period's noun and the date that closes it: "the quarter ended April 28"."""


def _closed_period_lead(
    ctx: Context, noun: int, floor: int, prepositions: frozenset[str]
) -> int | None:
    """The preposition that leads a period's noun at token ``noun`` closed by a date after
    it ("Revenue for the quarter ended April 28 rose", "Net income for the three months
    ended June 30", "Sales in the fiscal year ending March"), or None: the period is no
    word of what changed."""
    lowers = ctx.lowers
    if lowers[noun] not in _subject_words().session_nouns and lowers[noun][:-1] not in (
        _subject_words().session_nouns
    ):
        return None
    k = noun
    while k - 1 > floor and (
        lowers[k - 1] in _PERIOD_DETERMINERS
        or lowers[k - 1] in _YEAR_KINDS
        or lowers[k - 1] in _ORDINAL_WORDS
        or ctx.like_num(k - 1)
    ):
        k -= 1
    return k - 1 if k - 1 > floor and lowers[k - 1] in prepositions else None


_PERIOD_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that"})
_YEAR_KINDS = frozenset({"fiscal", "financial", "budget", "tax", "calendar", "school", "academic"})


@lru_cache(maxsize=4)
def _date_starts(ctx: Context) -> dict[int, int]:
    """Where each date starts, by where it ends (from ``ctx.group``'s Spans: iterating the
    SpanGroup would make new ones). Asked when the dates are final: changes run last."""
    return {date.end_char: date.start_char for date in ctx.group(dates.GROUP)}


_A_RECORD_BEFORE = re.compile(
    r"\ban?[ \u00a0]+(?:(?:(?:new|fresh)[ \u00a0]+)?(?:record|all-time|[0-9]+-(?:year|month|week))"
    r"(?:[ \u00a0]+(?:high|low))?(?:[ \u00a0]+of)?"
    r"|(?:combined[ \u00a0]+)?(?:total|average)[ \u00a0]+of)[ \u00a0]+$",
    re.IGNORECASE,
)
"""A level's mark between its verb and its value: "hit a record", "reached a 10-year high of",
"hit a total of", "averaged ... an average of" (a word that only says the value is one)."""


_LEVEL_ADVERBS = frozenset({"last", "now", "still"})
"""Adverbs between a level's verb and its "at": "was last at", "is now at"."""


_VALUE_ADVERBS = frozenset({"now", "currently", "still"})
"""Adverbs between an auxiliary and the value it states: "is now $2,000", "are currently 6.9%"."""


_GERUND_RULES = frozenset({"cue_by", "cue_by_to", "cue_to", "by_to"})
"""The rules of a change whose gerund after a comma may take the subject of the move before."""
_AFTER_A_LEVEL = frozenset({",", "still", "now"})
"""What may stand between a clause that states a level and a bare move after it: ", still
down about 96%"."""
_LEVEL_CLAUSE_REACH = 16
"""Most tokens the clause of a level may hold between its verb and the comma after it."""


_IRREGULAR_PARTICIPLES = frozenset(
    {"sent", "held", "paid", "made", "owned", "bought", "sold", "spent", "given", "taken",
     "won", "built", "brought", "kept", "lent", "borrowed", "earned", "run", "led", "set"}
)  # fmt: skip
"""Past participles not in -ed that an agent's "by" may follow: "Remittances sent by"."""
_PARTICLE_ADVERBS = frozenset({"home", "abroad", "back", "out", "overseas", "in", "off"})


_AFTER_PARTICIPLES = frozenset({"by", "in", "from", "at", "to", "into", "on", "across"})
"""Prepositions that lead the agent or the place of a participle after the subject's noun."""


def _participle_after_noun(ctx: Context, link: int, floor: int) -> bool:
    """Whether a past participle right after a content word stands before the preposition at
    token ``link`` ("Cars made in", "wheat loaded from"; not "a detached home in")."""
    j = link - 1
    if j - 1 < floor:
        return False
    low = ctx.lowers[j]
    if not (low in _IRREGULAR_PARTICIPLES or (low.endswith("ed") and ctx.words[j].isalpha())):
        return False
    return _content(ctx.words[j - 1], ctx.lowers[j - 1])


def _agent_of(ctx: Context, by: int, floor: int) -> int | None:
    """Where the subject starts when token ``by`` leads the agent of a participle after the
    subject's noun ("Remittances sent home by Filipinos abroad", "Shares held by foreigners"):
    the noun's first word (up to three content words opening the sentence or a clause, or
    after a determiner), -1 if no such noun stands before the participle, None if no
    participle stands before "by" (the subject read so far stays)."""
    lowers, words = ctx.lowers, ctx.words
    opens = {",", "and", *_subject_words().clause_openers}
    j = by - 1
    if j > floor and lowers[j] in _PARTICLE_ADVERBS:
        j -= 1  # "sent home by"
    low = lowers[j] if j >= floor else ""
    if not (low in _IRREGULAR_PARTICIPLES or (low.endswith("ed") and words[j].isalpha())):
        return None
    k = j
    while k - 1 >= floor and j - k < 3 and _content(words[k - 1], lowers[k - 1]):
        k -= 1
    if k == j and j - 1 > floor and words[j - 1].isalpha() and lowers[j - 2] in ("the", "a", "an"):
        k -= 1  # "The amount paid by the government": a stop word of counts is a noun here
    if k == j or (k > floor and lowers[k - 1] not in _DETERMINERS and lowers[k - 1] not in opens):
        return -1
    return k


def _doer_of(ctx: Context, by: int, floor: int) -> int | None:
    """Where the subject starts when token ``by`` leads the doer of a noun linked by a
    preposition to the noun before ("Imports of crude by India", "Sales of electric cars by
    Tesla", "Purchases of gold by central banks"): the linked head, as ``_linked_head``
    finds it from the one to three content words before "by", or a noun of reported figures
    right before it ("Sales by Tesla"); None otherwise (the subject read so far stays)."""
    lowers, words = ctx.lowers, ctx.words
    k = by
    while k - 1 >= floor and by - k < 3 and _content(words[k - 1], lowers[k - 1]):
        k -= 1
    if k == by:
        return None
    head = _linked_head(ctx, k, floor)
    if head < k:
        return head
    # "Sales by Tesla fell 9%", "Investment by foreign firms rose": a noun of reported
    # figures right before "by" is what moved, the doer its complement
    return k if by - k == 1 and lowers[k] in _figure_nouns() else None


@cache
def _figure_nouns() -> frozenset[str]:
    """Nouns of reported figures (tense.json ``reported_nouns``: sales, imports, output ...)."""
    return frozenset(lexicons.tense().reported_nouns)


_NAME_REACH = 6
"""Most words a subject may hold when its first ones are a name's: "West Texas Intermediate
crude futures"."""


def _name_goes_on(ctx: Context, i: int, picked: list[int], floor: int) -> bool:
    """Whether token ``i`` is a capitalized word of the name that the subject read so far
    opens ("West" before "Texas Intermediate crude futures"), past the four words of a
    subject, up to ``_NAME_REACH``: a name is not cut in two. Not a day's or a month's name
    ("Yesterday", "Monday"), whose capital may be the sentence's."""
    words = ctx.words
    return (
        len(picked) < _NAME_REACH
        and i >= floor
        and words[i][:1].isupper()
        and words[picked[0]][:1].isupper()
        and words[i].isalpha()
        and ctx.lowers[i] not in _calendar_words()
        and ctx.token_ends[i] not in _date_starts(ctx)  # "Yesterday West Texas ...": a date
    )


def _modifier_of_name(ctx: Context, i: int, picked: list[int], floor: int) -> bool:
    """Whether token ``i`` is one lower-case word between a determiner and the capitalized
    name the subject read so far opens ("the fortnightly Global Dairy Trade auction"), past
    the four words of a subject: the name's modifier, as a name is not cut in two."""
    words = ctx.words
    return (
        len(picked) < _NAME_REACH
        and i - 1 > floor
        and words[i].isalpha()
        and words[i].islower()
        and words[picked[0]][:1].isupper()
        and ctx.lowers[i - 1] in _DETERMINERS
    )


def _level_clause_before(ctx: Context, cue: int, floor: int) -> int | None:
    """The level verb (or copula) before "at" in the clause that ends at the comma right
    before the bare move at token ``cue`` ("still" or "now" may stand between): "The yen
    traded at 94.1 to the dollar on Tuesday, still down about 96%", "Sterling was at 1.27
    per dollar, down 0.3%"; its subject is the move's. None where no such clause ends there
    (or another clause mark stands inside it)."""
    lowers = ctx.lowers
    k = cue - 1
    while k > floor and lowers[k] in ("still", "now"):
        k -= 1
    if lowers[k] != ",":
        return None
    levels, copulas = _subject_words().level_verbs, _subject_words().copulas
    for j in range(k - 2, max(floor, k - _LEVEL_CLAUSE_REACH), -1):
        if lowers[j] in _CLAUSE_MARKS or lowers[j] in _CLAUSE_LINKS:
            return None
        if lowers[j + 1] == "at" and (lowers[j] in levels or lowers[j] in copulas):
            return j
    return None


_BEFORE_MAIN_VERB = frozenset({"which", "who", "when", "while", "whereas", "as", "but", "that"})
"""Words before a verb that make it a clause's of its own, no opening clause's."""
_PAST_WORDS = frozenset({"past", "beyond", "by", "as", "more", "nearly", "almost", "about"})
"""Words after a verb of change that lead its level or size, no object ("slid past")."""


def _opening_move_verb(ctx: Context, having: int, floor: int) -> int | None:
    """The verb of change or level of the clause that opens the sentence before the perfect
    participle "having" at token ``having`` (the participle's subject is the clause's): "The
    kwanza fell to a record low of 368 per dollar on Saturday, having lost", "The pound slid
    past 100,000 to the dollar on Tuesday, dealers said, having lost". The verb has no object
    after it (a level, a size or an adverb follows), and no clause of another verb opens
    before it or stands between it and "having"; None otherwise."""
    words, lowers = ctx.words, ctx.lowers
    cues, table = _cue_directions(), _subject_words()
    found = None
    for j in range(floor + 1, having - 1):
        low = lowers[j]
        if low in _CLAUSE_LINKS or low in _BEFORE_MAIN_VERB:
            if found is not None or low in _BEFORE_MAIN_VERB:
                return None  # "Oil fell and gold rose, having": whose move, unsaid
            continue  # "Oil and gas prices fell": a list in the subject
        if not words[j].islower() or lowers[j - 1] in _DETERMINERS:
            continue
        if lowers[j - 1] in table.prepositions:
            continue  # "in its first hours of trading": a noun, or a gerund of the same doer
        if (low in cues and low not in _ADVERB_CUES) or low in table.level_verbs:
            if found is not None:
                return None  # a second verb: "fell after the bank cut rates, having"
            after, word = lowers[j + 1], words[j + 1]
            if not (
                after in table.prepositions
                or after in _PAST_WORDS
                or after in _ADVERB_CUES
                or after.endswith("ly")
                or not word[:1].isalpha()
            ):
                return None  # "The bank cut rates to 5%, having": its doer, not what moved
            found = j
    return found


_LATER_LINKS = frozenset({"after", "before"})
"""Prepositions that lead a gerund whose subject is the main clause's ("after losing")."""
_OPENING_SUBJECT_WORDS = 4
_NOT_IN_MAIN_CLAUSE = _BEFORE_MAIN_VERB - {"as"} | {"and", "or", ";", ":", "because", "if"}
"""Words between the opening verb and a gerund's "after" that end the main clause ("as"
stays: "fell as far as 7.3 per dollar before recovering")."""


def _opening_verb(ctx: Context, link: int, floor: int) -> int | None:
    """The token of the auxiliary or verb of change or level right after the subject that
    opens the sentence (a determiner, maybe, and one to four words of a name or noun), when
    no other clause nor verb of saying stands between it and the "after" or "before" at token
    ``link``: "The shilling has been stable since April after losing about a fifth", "The
    onshore yuan fell as far as 7.3 per dollar, its lowest since July, before recovering to
    7.29"; None otherwise."""
    words, lowers = ctx.words, ctx.lowers
    auxiliaries, cues = lexicons.change_cues().auxiliaries, _cue_directions()
    levels = _subject_words().level_verbs
    k = floor + 1 if lowers[floor] in _DETERMINERS else floor
    head = k
    while (
        k < link
        and k - head < _OPENING_SUBJECT_WORDS
        and (_content(words[k], lowers[k]) or lowers[k] in ("'s", "\u2019s"))
    ):
        if k > head and words[k].islower() and (lowers[k] in cues or lowers[k] in levels):
            break  # "The yuan fell": the verb in no -ed ("rose", "fell" are no stop words)
        k += 1
    verb = k
    if verb == head or verb >= link - 1 or not words[verb].islower():
        return None
    if lowers[verb] not in auxiliaries and lowers[verb] not in cues and lowers[verb] not in levels:
        return None
    if lowers[verb] in _TRANSITIVE_CUES:
        return None  # "Acme cut 500 jobs after losing": a doer, maybe not what moved
    if _says(lowers[verb]):
        return None  # "Analysts said the peso fell after losing": the reported clause's
    for j in range(verb + 1, link):
        if lowers[j] in _NOT_IN_MAIN_CLAUSE or _says(lowers[j]):
            return None  # "The peso fell and the bank said, after losing": whose, unsaid
    return verb


_OWN_VALUE = LazyPattern(r"[ \u00a0]+of[ \u00a0]+(?:its|their)[ \u00a0]+value\b")


def _share_of_other(ctx: Context, roles: Roles) -> bool:
    """Whether a change's size is a share "of" something other than its own value ("losing
    5% of its revenue"; "losing a fifth of its value" is the subject's own)."""
    if roles.by_value is None:
        return False
    at = roles.by_value.end_char
    if not ctx.text.startswith((" of ", "\u00a0of "), at):
        return False
    return _OWN_VALUE.match(ctx.text, at) is None


def _same_way(verb: str, roles: Roles) -> bool:
    """Whether the verb of change ``verb`` moves the change's way (a level's verb, no way of
    its own, does)."""
    return _cue_directions().get(verb, roles.direction) == roles.direction


def _comma_gerund_at(lowers: tuple[str, ...], cue: int) -> int | None:
    """The gerund right after a comma that leads the change verb at token ``cue``: the verb
    itself ("Stocks rose, climbing 1.2%") or "having" before its participle ("The hryvnia has
    weakened, having lost 98%"); None without one."""
    if lowers[cue - 1] == "," and lowers[cue].endswith("ing"):
        return cue
    if cue > 1 and lowers[cue - 1] == "having" and lowers[cue - 2] == ",":
        return cue - 1
    return None


def _gerund_gap(ctx: Context, roles: Roles) -> str:
    """The words between a gerund's cue and its first value (its size, else its anchor)."""
    assert roles.cue is not None
    first = roles.by_value.start_char if roles.by_value is not None else roles.anchor
    return ctx.text[roles.cue.end : first].strip()


def _moved_clause_before(
    ctx: Context, roles: Roles, cue: int, either_way: bool = False
) -> int | None:
    """The change verb of the clause that ends at the comma right before the bare move at
    token ``cue``, when it moved the same way and has no value of its own (``_set_off_cue``):
    "Retail sales rose for a third straight month, up 0.5%", "Exports rose sharply, up 12%
    from a year earlier"; its subject is the move's, when the clause opens the sentence and
    holds no value. None otherwise ("Stocks fell on Monday, up 5% for the year": another
    move; "Losses rose to $10 billion as costs grew, up 14%": whose move, unsaid). With
    ``either_way`` (a perfect participle's earlier move: "The rouble recovered, having lost
    40%") the clause may have moved the other way."""
    if ctx.lowers[cue - 1] != ",":
        return None
    comma = ctx.token_chars[cue - 1]
    set_off = _set_off_cue(ctx, comma, ctx.sentence_start(comma))
    if set_off is None or (set_off[0].direction != roles.direction and not either_way):
        return None
    verb, floor = ctx.token_at(set_off[0].start), ctx.token_at(ctx.sentence_start(comma))
    if not _CLAUSE_LINKS.isdisjoint(ctx.lowers[floor:verb]) or any(
        _dates_within(ctx, ctx.token_chars[floor], comma, group) for group in VALUE_GROUPS
    ):
        return None  # "Exports hit $5 billion and imports grew, up 4%": whose 4%, unsaid
    return verb


_TRADING = frozenset({"trading", "trade", "dealings"})
"""The session a level verb may close with no determiner: "ended trading at"."""
_SESSION_PARTS = frozenset({"daytime", "overnight", "night", "morning", "afternoon", "day"})


def _closed_session(ctx: Context, end: int, floor: int) -> int:
    """Where the subject before a change cue "trading" (token ``end``) ends: before a level
    verb and the session it closed ("The contract ended daytime trading 3.1% lower": the
    contract, not "ended daytime"); else ``end``."""
    lowers = ctx.lowers
    if lowers[end] not in _TRADING:
        return end
    k = end - 1
    if k > floor and lowers[k] in _SESSION_PARTS:
        k -= 1
    return k if k > floor and lowers[k] in _subject_words().level_verbs else end


def _reported_value(ctx: Context, char: int) -> bool:
    """Whether the value at ``char`` opens a reported clause, right after a verb of saying
    or its "that" ("said 30,000 players are registered", "said that 30,000 ..."; not "is
    forecast at 14.6%", a level's verb)."""
    before = ctx.token_at(char) - 1
    while before > 0 and ctx.lowers[before] in counted.qualifier_words():
        before -= 1  # "said more than 30,000": the value's qualifier (qualifiers.json)
    if before > 0 and ctx.lowers[before] == "that":
        before -= 1
    low = ctx.lowers[before] if before >= 0 else ""
    return low in ("say", "says") or low in lexicons.tense().reporting_verbs


def _level_verb(ctx: Context, char: int) -> int | None:
    """Where the subject of the value at ``char`` ends: before an auxiliary ("Debt was
    $5bn") or a verb that states a level ("Prices averaged $3.19", "Sales totalled £2bn",
    "Output stood at 9.8 million") or a price ("Milk costs $4.29", "sells for $999"); None
    without one ("rising $5, up from $4")."""
    lowers, verbs = ctx.lowers, _subject_words().level_verbs
    record = _A_RECORD_BEFORE.search(ctx.text, max(0, char - 40), char)
    before = ctx.token_at(record.start() if record else char) - 1  # "reached a record $5bn"
    if before > 0 and lowers[before] == "at":
        if before > 1 and lowers[before - 1] in _LEVEL_ADVERBS:
            before -= 1  # "Sterling was last at $1.2710": a level's adverb
        dated = _before_date(ctx, before, ctx.token_at(ctx.sentence_start(char)))
        if (
            before > 3
            and lowers[before - 1] in _subject_words().session_nouns
            and _after_level(lowers, before - 1, verbs)
        ):
            before -= 3  # "The stock ended the session at $45.10, down 3%": the period closed
        elif before > 2 and lowers[before - 1] in _TRADING and lowers[before - 2] in verbs:
            before -= 2  # "The shares ended trading at 215 pence, down 4%"
        elif dated < before and lowers[dated - 1] in verbs:
            before = dated - 1  # "The stock closed on Friday at $45.10, up 3%"
        elif (
            lowers[before - 1] in verbs or lowers[before - 1] in lexicons.change_cues().auxiliaries
        ):
            before -= 1  # "Output stood at", "Brent was at $82.10 a barrel, down 0.5%"
        elif lowers[before] != "at":
            before += 1  # "last" of no level verb
    elif (
        before > 0
        and lowers[before] in _VALUE_ADVERBS
        and lowers[before - 1] in lexicons.change_cues().auxiliaries
    ):
        before -= 1  # "The average rent is now $2,000, up from $1,800": the copula's adverb
    if before < 0:
        return None
    if _poll_share(ctx, before, char):
        return before - 1  # "Labour is on 44%, up two points": the party's share
    if lowers[before] == "at" and _with_at(ctx, before):
        return before  # "with defense at $886 billion, up 3%": the noun after "with"
    if lowers[before] in lexicons.change_cues().auxiliaries:
        return before + 1  # ``subject`` skips the auxiliary
    if lowers[before] in verbs:
        return before
    prices = _subject_words().price_verbs  # "Milk costs $4.29", "The phone sells for $999"
    if lowers[before] in prices:
        return before
    if before > 0 and f"{lowers[before - 1]} {lowers[before]}" in prices:
        return before - 1
    if before > 1 and " ".join(lowers[before - 2 : before + 1]) in prices:
        return before - 2  # "Revenue came in at $5.1 billion"
    return None


_SHARE_ALONE = re.compile(r"[ \u00a0]*(?:[,.;]|$)")


def _poll_share(ctx: Context, on: int, char: int) -> bool:
    """Whether token ``on`` is the "on" of a copula before a percentage at char ``char`` that
    stands alone up to a mark: a poll's share ("The Conservatives are on 22%, down from 25%");
    not "The focus is on 5% growth"."""
    lowers = ctx.lowers
    if on < 1 or lowers[on] != "on" or lowers[on - 1] not in _subject_words().copulas:
        return False
    group = ctx.group(percentages.GROUP)
    j = bisect.bisect_left(group, char, key=_start_char)
    if j == len(group) or group[j].start_char != char:
        return False
    return _SHARE_ALONE.match(ctx.text, group[j].end_char) is not None


def _with_at(ctx: Context, at: int) -> bool:
    """Whether one to three content words (maybe after a determiner) between "with" and the
    "at" at token ``at`` name a level ("with defense at $886 billion", "with the yield at
    4.2%"): an absolute phrase, its noun what changed."""
    lowers, words = ctx.lowers, ctx.words
    k = at
    while k - 1 > 0 and at - k < 3 and _content(words[k - 1], lowers[k - 1]):
        k -= 1
    if k == at:
        return False
    k = _compound_start(ctx, k, 0)  # "with the 10-year yield at 4.2%"
    if lowers[k - 1] in _DETERMINERS:
        k -= 1
    return k > 0 and lowers[k - 1] == "with"


@cache
def _verbs_before_of() -> frozenset[str]:
    """Verbs in -s that end the noun before a value's "of" ("forecasts output of", "posts
    profit of"): change_cues.json reporting_verbs and subject_words.json result_verbs."""
    return _reporting_verbs() | _subject_words().result_verbs


_OF_HEAD_ESTIMATES = frozenset({"estimated", "forecast"})
"""Words of ``not_of_heads`` that bar a phrase before "of" where they modify its head too:
an estimate is no level ("an estimated cost of $5 billion, up from $4 billion")."""


_ESTIMATE_AT_VERBS = frozenset(
    {"forecast", "forecasts", "put", "puts", "peg", "pegs", "pegged", "estimate", "estimates",
     "estimated", "project", "projects", "projected", "see", "sees", "saw", "set", "sets"}
)  # fmt: skip


def _estimated_at(ctx: Context, char: int) -> str | None:
    """ "The USDA forecast the U.S. corn crop at 15.147 billion bushels, up from", "The IMF
    sees growth at 3.2%, down from": one to four content words (an abbreviation such as
    "U.S." too) between a verb of estimating or setting (maybe and a determiner) and the
    "at" that leads the value are the verb's object, what changed."""
    words, lowers = ctx.words, ctx.lowers
    at = ctx.token_at(char) - 1
    floor = ctx.token_at(ctx.sentence_start(char))
    if at <= floor + 1 or lowers[at] != "at":
        return None
    first = at
    while (
        first > floor + 1
        and at - first < 4
        and (
            _content(words[first - 1], lowers[first - 1])
            or (words[first - 1][:1].isupper() and words[first - 1].replace(".", "").isalpha())
        )
        and lowers[first - 1] not in _ESTIMATE_AT_VERBS
    ):
        first -= 1
    if first == at or (not words[first].isalpha() and not words[first][:1].isupper()):
        return None
    verb = first - 1
    if lowers[verb] in _DETERMINERS and verb > floor:
        verb -= 1
    if lowers[verb] not in _ESTIMATE_AT_VERBS or not words[verb].islower():
        return None
    if lowers[at - 1] in _subject_words().not_of_heads:
        return None  # "set a record at $5 billion": no noun of what changed
    return _tokens_text(ctx, first, at - 1)


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
    crossed = 0  # the "per" crossed, no content word
    reporting = _verbs_before_of()
    while (
        first > floor
        and of - first < 3 + crossed + (lowers[first - 1] == "record")  # "a record average
        # asking price of": the noun's three words after it
        and _content(words[first - 1], lowers[first - 1])
        and lowers[first - 1] not in reporting  # "The ministry expects revenue of", "Acme posts"
    ):
        first -= 1
        if (
            first - 2 >= floor
            and lowers[first - 1] == "per"
            and _content(words[first - 2], lowers[first - 2])
        ):
            first, crossed = first - 1, 1  # "earnings per share of $1.05": the unit's "per"
            # inside the noun
    adjectives = _subject_words().participle_adjectives
    while (
        first < of
        and first - 1 >= floor
        and lowers[first - 1] in adjectives
        and _opens_noun(ctx, first - 1, floor)
    ):
        first -= 1  # "Adjusted earnings per share of", "reported diluted earnings of": an
        # adjective of the noun, not a verb ("The company reported profit of" keeps profit)
    heads = _subject_words().not_of_heads
    if lowers[of - 1] in heads or not _OF_HEAD_ESTIMATES.isdisjoint(lowers[first:of]):
        return None  # "a total of", "a record high of", "an estimated cost of"; not "an average
        # salary of", "a minimum wage of", whose head names what changed
    # The phrase opens its clause or follows a determiner or a past verb: in "now forecasts
    # output of" the verb in -s could be read as a noun.
    while first < of and not (
        first == floor
        or not words[first - 1].isalpha()
        or lowers[first - 1] in _DETERMINERS
        or lowers[first - 1] in ("'s", "’s")
        or lowers[first - 1].endswith("ed")
        or lowers[first - 1] in reporting  # "now forecasts output of", "Acme posts profit of"
    ):
        first += 1
    for k in range(of - 2, first, -1):
        if words[k].islower() and _present_in_s(lowers[k]):
            first = k + 1  # "The budget plans spending of": a verb in -s between two nouns
            break  # (no plural modifier: "Tesla sales growth of"), its object changed
    if first < of - 1 and lowers[first] == "record":
        first += 1  # "a record profit of": the profit changed, to a record
    return None if first == of else _tokens_text(ctx, _compound_start(ctx, first, floor), of - 1)


def _opens_noun(ctx: Context, k: int, floor: int) -> bool:
    """Whether a noun phrase may open at token ``k``: it opens the sentence or follows a
    determiner, an owner's "'s", a past verb or a verb of reporting (after a comma the word
    may be a verb after an aside: "Acme, owned by X since 2014, reported auction sales of")."""
    if k == floor:
        return True
    before = ctx.lowers[k - 1]
    return (
        before in _DETERMINERS
        or before in ("'s", "’s")
        or before.endswith("ed")
        or before in _verbs_before_of()
    )


@cache
def _value_words() -> frozenset[str]:
    """Scale words and currency names: the end of a value, never what changed."""
    nw = lexicons.number_words()
    names = lexicons.currency_markers()[1]
    return frozenset({*nw.scales, *(w.lower() for w in nw.scale_abbreviations), *names})


def _value_word(ctx: Context, picked: list[int], floor: int) -> bool:
    """Whether the subject read backwards is the scale or currency of a number right
    before it: in "Sales at Rs 2,300 crore were up 15%", "crore" changed nothing ("Sales of
    5 million cars", whose head is no value's word, stays)."""
    first = picked[0]
    return (
        first > floor
        and ctx.words[first - 1][:1].isdigit()
        and all(ctx.lowers[i] in _value_words() for i in picked)
    )


_PER_WORDS = frozenset({"a", "an", "per"})


def _per_unit_of_value(ctx: Context, picked: list[int], floor: int) -> int | None:
    """The number token of the value whose unit the subject read backwards is: one word after
    "a", "an" or "per" right after a number or its scale or currency ("12.41 euros an hour",
    "$7.25 an hour"); None otherwise."""
    first = picked[0]
    if len(picked) > 1 or first - 2 <= floor or ctx.lowers[first - 1] not in _PER_WORDS:
        return None
    if per_unit_at(ctx.text, ctx.token_ends[first - 2]) is None:
        return None
    number, words = first - 2, ctx.words
    if (
        number - 1 > floor
        and words[number].isalpha()
        and ctx.lowers[number] not in _value_words()
        and (words[number - 1][:1].isdigit() or ctx.lowers[number - 1] in _value_words())
    ):
        number -= 1  # "Imports of 500,000 barrels a day rose": a count's noun before its unit
    while number > floor and ctx.lowers[number] in _value_words():
        number -= 1
    return number if words[number][:1].isdigit() else None


def _scale_of_number(ctx: Context, first: int, floor: int) -> bool:
    """Whether token ``first`` is the scale word or currency of a number right before it."""
    return (
        first > floor and ctx.words[first - 1][:1].isdigit() and ctx.lowers[first] in _value_words()
    )


def _noun_of_value(ctx: Context, number: int, floor: int) -> str | None:
    """The noun before the "of" that leads the value whose number is token ``number`` (past
    a currency symbol before it: "Sales of Rs 2,300 crore were up 15%"); None without one."""
    symbols = lexicons.currency_markers()[0]
    first = number
    while first - 1 > floor and ctx.words[first - 1] in symbols:
        first -= 1
    return _noun_of(ctx, ctx.token_chars[first])


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
    price_verbs: frozenset[str]
    noun_cue_verbs: frozenset[str]
    giving_verbs: frozenset[str]
    level_verbs: frozenset[str]
    copulas: frozenset[str]
    not_of_heads: frozenset[str]
    before_to: frozenset[str]
    session_nouns: frozenset[str]
    increment_words: frozenset[str]
    causatives: frozenset[str]
    clause_openers: frozenset[str]
    size_verbs: frozenset[str]
    change_nouns: frozenset[str]
    possessive_determiners: frozenset[str]
    participle_adjectives: frozenset[str]
    extreme_verbs: frozenset[str]
    extreme_nouns: dict[str, Direction]
    swing_results: dict[str, int]
    swing_verbs: frozenset[str]
    swing_result_verbs: dict[str, int]
    sign_swing_verbs: frozenset[str]
    swing_measures: frozenset[str]
    finite_after: frozenset[str]
    far_heads: frozenset[str]
    record_setting_verbs: frozenset[str]
    adverbial_phrases: frozenset[str]
    focus_after: frozenset[str]
    result_verbs: frozenset[str]
    passing_verbs: frozenset[str]
    estimate_nouns: frozenset[str]
    passed_level_nouns: frozenset[str]
    payer_verbs: frozenset[str]
    manner_words: frozenset[str]
    class_words: frozenset[str]


@cache
def _subject_words() -> _SubjectWords:
    return lexicons.load_object(_SubjectWords, "subject_words.json")


@cache
def _phrase_enders() -> frozenset[str]:
    """Verbs before a subject that end the noun phrase read backwards: the auxiliaries
    ("said", "says", "was"), ``tense.json``'s reporting verbs ("told", "warned") and the past
    forms of ``change_cues.json``'s ("expected", "showed", "found": "Data showed retail
    sales in the U.K. fell"; not "forecast" nor "shows", nouns too)."""
    cues = lexicons.change_cues()
    found = (v for v in cues.reporting_verbs if v.endswith("ed") or v == "found")
    return frozenset({*cues.auxiliaries, *lexicons.tense().reporting_verbs, "says", *found})


_ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "final", "last"})


_STOP_NOUNS = frozenset({"can", "call", "part", "side", "top", "bottom", "front", "back"})
"""Nouns among the stop words of counts, which a measure's compound may size ("a 12-ounce can
of coffee", "a 10-minute call")."""


_SPLIT_YEAR = re.compile(r"(?:19|20)[0-9]{2}/[0-9]{2}(?:[0-9]{2})?")


_GRADE_MARK = re.compile(r"[A-Z]|[0-9]{1,2}")


def _grade_mark(words: tuple[str, ...], i: int, floor: int) -> bool:
    """Whether token ``i`` is a grade's letter or number ("A" of "Grade A large eggs", "2" of
    "Type 2 diabetes"), not an article or a count: after a capitalized word of classes
    ("Grade", "Class", "Type", "Category": subject_words.json class_words).

    >>> _grade_mark(["Grade", "A", "eggs"], 1, 0), _grade_mark(["Class", "B"], 1, 0)
    (True, True)
    >>> _grade_mark(["grade", "A"], 1, 0), _grade_mark(["Tesla", "A"], 1, 0)
    (False, False)
    """
    return (
        i - 1 >= floor
        and _GRADE_MARK.fullmatch(words[i]) is not None
        and words[i - 1][:1].isupper()
        and words[i - 1].lower() in _subject_words().class_words
    )


_SPAN_END_VERBS = frozenset({"end", "finish", "close", "start", "begin"})
"""Verbs after an infinitive's "to" that end or start a period at a level ("expects prices
to end 2024 about 1% higher")."""
_WHERE_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"north-east", "north-west", "south-east", "south-west", "far", "away", "close", "near"}
)
_WHERE_LEADS = frozenset(
    {"km", "kilometres", "kilometers", "miles", "mi", "metres", "meters", "m", "feet", "ft"}
    | {"is", "are", "was", "were", "lies", "lie", "located", "situated", "very", "so", "too"}
)
"""Words before a bearing or a distance word that make it an adverb of where."""
_COUNT_TOKEN = LazyPattern(r"\d[\d,]*(?:\.\d+)?")
_COUNT_HEDGES = frozenset({"about", "nearly", "almost", "around", "some", "roughly", "over"})
_COUNT_HEDGE_PAIRS = frozenset(
    {("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"), ("up", "to")}
)


def _linked_head(ctx: Context, first: int, floor: int, links: int = 3) -> int:
    """Where a subject that starts at token ``first`` starts when a preposition links it to
    the noun before ("Exports to China", "The price of gold", "Unemployment in the US"):
    at that noun, if one to four content words before the preposition open the clause or
    follow a determiner, a verb that ends a phrase or a day's or month's name ("He said on
    Monday prices in Spain rose": "prices in Spain"); else at ``first``. Up to ``links``
    prepositions: "Demand for oil in China", "The average price of a pint of beer in
    London"."""
    words, lowers, table = ctx.words, ctx.lowers, _subject_words()
    k = first - 1
    if k > floor and lowers[k] in ("'s", "’s"):
        owner = k  # "Sales of the company's best-selling model": past "the company's"
        while owner - 1 > floor and k - owner < 2 and _content(words[owner - 1], lowers[owner - 1]):
            owner -= 1
        named = _name_start(ctx, k, floor)  # "in central Rio de Janeiro's Henan province"
        if named == k and owner == k - 1 and owner - 1 > floor and lowers[owner - 1] == "and":
            named = _place_over(ctx, owner)  # "from Trinidad and Tobago's ports"
            named = k if named == owner else named
        if named <= owner and named < k:
            owner = named
            if owner - 1 > floor and words[owner - 1].islower():
                owner -= 1 if _content(words[owner - 1], lowers[owner - 1]) else 0
        if owner == k:
            return first
        k = owner - 1
        if k > floor and lowers[k] in table.possessive_determiners:
            k -= 1  # "at this year's tournament", "at last year's festival"
    if k > floor and lowers[k] in _ORDINAL_WORDS and lowers[k - 1] in table.determiners:
        k -= 1  # "coverage for the first dose": the ordinal after its determiner
    if (
        k - 1 > floor
        and lowers[k] in _MONTH_NAMES
        and words[k][:1].isupper()
        and lowers[k - 1] in table.prepositions
    ):
        k -= 1  # "The LNG price for February delivery into Asia": the month modifies the noun
    if k > floor and lowers[k] in table.determiners:
        k -= 1  # "in the US"
    elif k > floor and (
        _COUNT_TOKEN.fullmatch(words[k]) is not None
        or lowers[k] in lexicons.number_words().units
        or lowers[k] == "dozen"  # "The price of a dozen eggs in"
        or _SPLIT_YEAR.fullmatch(words[k]) is not None
    ):
        k -= 1  # a count: "Prices in 70 major cities", "Trade between the two countries"; a
        # split year: "Ending stocks for the 2024/25 marketing year"
        if k > floor and lowers[k] in table.determiners:
            k -= 1
        elif k - 1 > floor and (lowers[k - 1], lowers[k]) in _COUNT_HEDGE_PAIRS:
            k -= 2  # "Killings in more than 250 large cities", "diamonds of less than 0.75
        elif k > floor and lowers[k] in _COUNT_HEDGES:  # carats": the count's hedge
            k -= 1
    if k <= floor or not (
        lowers[k] in table.prepositions or (lowers[k] == "over" and lowers[k - 1] in _OVER_HEADS)
    ):
        return first
    if lowers[k - 1] in _WHERE_WORDS and k - 2 > floor and lowers[k - 2] in _WHERE_LEADS:
        return first  # "1,200 km northeast of Jakarta, which is sinking", "is far from
        # Jakarta": a place's bearing or distance, no noun the place is of ("Home prices
        # south of the border" keep theirs)
    head, verbs, dated = k, _phrase_enders(), _date_starts(ctx)
    if (
        k - 2 > floor
        and lowers[k - 1] in _STOP_NOUNS
        and (sized := _compound_start(ctx, k - 2, floor)) < k - 2
        and words[sized][:1].isdigit()
    ):
        head = k - 1  # "a 12-ounce can of coffee": a container's stop word after its measure
    while (
        head - 1 >= floor
        and head > k - 4
        and (
            _content(words[head - 1], lowers[head - 1])
            or _DOTTED_CAPITALS.fullmatch(words[head - 1]) is not None
            or _grade_mark(words, head - 1, floor)  # "of a dozen Grade A large eggs in"
            or (
                lowers[head - 1] in _cue_directions()
                and _determined_noun(ctx, head - 1, floor)  # "The front-month contract at"
            )
        )  # "Remittances from the U.S. to Mexico": a place's initials after their noun
        and lowers[head - 1] not in verbs
        and (
            (lowers[head - 1] not in _calendar_words() and ctx.token_ends[head - 1] not in dated)
            or (head - 2 > floor and _joins(ctx, head - 2))  # "three-month copper on the LME"
        )  # "Last month sales of cars": not "month"
    ):
        head -= 1
    while head < k and _month_modifier(ctx, head - 1, floor):
        head -= 1  # "The most-active May contract on ICE": the contract's month
        while head - 1 > floor:
            if (joined := _compound_start(ctx, head - 1, floor)) < head - 1:
                head = joined  # "The most-traded September contract on"
            elif _content(words[head - 1], lowers[head - 1]):
                head -= 1  # "The benchmark May contract on"
            else:
                break
    if head < k and links > 1:  # "The price of a 10-pound bag of flour", "of a 50 kg bag
        # of cement": a measure's compound or number before the head, and a link before it
        sized = _compound_start(ctx, head, floor)
        if (
            sized == head
            and head - 1 > floor
            and (joined := _compound_start(ctx, head - 1, floor)) < head - 1
        ):
            sized = joined  # "a 30-second ad": a compound whose last word is a stop word
        while sized - 1 > floor and (before := _compound_start(ctx, sized - 1, floor)) < sized - 1:
            sized = before  # "a two-year fixed-rate mortgage in": compounds in a row
        if sized - 1 > floor and _measure(ctx, sized - 1, floor):
            sized -= 1
        if sized < head and (further := _linked_head(ctx, sized, floor, links - 1)) < sized:
            return further
    if (
        head < k - 1
        and head - 1 >= floor
        and lowers[head - 1] in _MODAL_VERBS
        and words[head - 1].islower()  # "Benchmark May iron ore": a month
    ):
        head += 1  # "buyers will pay stamp duty on homes": the modal's verb is no noun
    if head < k and head - 1 >= floor and lowers[head - 1] in table.participle_adjectives:
        head -= 1  # "Adjusted earnings per share": an adjective in -ed, no verb
    elif (
        head < k
        and head - 1 == floor
        and words[head - 1].isalpha()
        and lowers[head - 1][-2:] == "ed"
    ):
        head -= 1  # "Regulated rail fares in England": a sentence's first word, no verb
    elif (
        head < k
        and head - 2 >= floor
        and words[head - 1].isalpha()
        and lowers[head - 1][-2:] == "ed"
        and lowers[head - 2] in table.determiners
    ):
        head -= 1  # "The negotiated price for Januvia": after a determiner, an adjective
    if head == k and lowers[k] in _AFTER_PARTICIPLES and _participle_after_noun(ctx, k, floor):
        agent = _agent_of(ctx, k, floor)  # "Urals loaded at the Baltic port of Primorsk
        return agent if agent is not None and agent >= 0 else first  # averaged": Urals'
    if head == k:
        return first
    if head - 1 > floor and lowers[head - 1] == "by":
        doer = _doer_of(ctx, head - 1, floor)  # "Investment by foreign firms in Vietnam
        if doer is not None:  # rose": the investment, its doer and where, not Vietnam
            return doer
    if links > 1 and head - 1 > floor and lowers[head - 1] in ("'s", "\u2019s"):
        # "The toll in Brazil's state of Bahia": past the owner to the link before it
        further = _linked_head(ctx, head, floor, links - 1)
        return further if further < head else head
    if (
        links > 1
        and head - 2 > floor
        and lowers[head - 1] in _MONTH_NAMES
        and words[head - 1][:1].isupper()
        and lowers[head - 2] in table.prepositions
    ):  # "The price for February delivery into Asia": past the month that modifies the noun
        further = _linked_head(ctx, head, floor, links - 1)
        return further if further < head else head
    if (
        head == floor
        or not words[head - 1].isalpha()
        or lowers[head - 1] in table.clause_openers
        or lowers[head - 1] in verbs
        or lowers[head - 1] in _calendar_words()
        or ctx.token_ends[head - 1] in dated
    ):
        return head  # "as average rents in England rose", "The ministry said exports to"
    further = _linked_head(ctx, head, floor, links - 1) if links > 1 else head
    if lowers[head - 1] in _DETERMINERS:
        return min(further, head)  # "Prices for a kilogram of beef": on past "for a"
    return further if further < head else first


_OVER_HEADS = frozenset(
    {"spread", "spreads", "premium", "premiums", "discount", "lead", "advantage", "edge"}
)
"""Nouns of a distance between two things that "over" links to what they are measured from
("The spread over Treasuries", "its lead over the Conservatives"); "over" links no other
("Control over prices", "Worries over debt" are no subject's phrase)."""


_MONTH_NAMES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip
"""Full month names, lower-cased: a month before a noun after a preposition modifies it."""


@cache
def _calendar_words() -> frozenset[str]:
    """Weekdays and months, lower-cased: a date before a subject is no part of it."""
    calendar = lexicons.calendar()
    return frozenset({*calendar.weekdays, *calendar.months})


def _determined_noun(ctx: Context, i: int, floor: int) -> bool:
    """Whether the change word at token ``i`` ("contract", "cut", "rally") is a noun: lower
    case, after a determiner and at most three modifiers ("The contract", "the British
    day-ahead contract", "the latest cut"), and before no determiner or value (a verb's
    object: "the firms cut the rate", "the banks cut 5%" keep their verb)."""
    lowers, words = ctx.lowers, ctx.words
    if not words[i].islower() or i + 1 >= len(words) or lowers[i + 1] in _DETERMINERS:
        return False
    if words[i + 1][:1].isdigit():
        return False
    j = i - 1
    for _ in range(4):
        if j < floor:
            return False
        if lowers[j] in _DETERMINERS or _name_possessive(ctx, j, floor):
            # a noun of change right after "the" points back ("The increases slowed"): none;
            # a name's possessive determines it too ("Brent's May contract")
            return j < i - 1 or lowers[i] not in _subject_words().change_nouns
        start = _compound_start(ctx, j, floor)  # "day-ahead" is one modifier
        content = words[j].isalpha() and not _stop(words[j], lowers[j])
        if start == j and not (content or _month_may(words, j, floor)):
            return False
        j = start - 1
    return False


def _month_modifier(ctx: Context, j: int, floor: int) -> bool:
    """Whether token ``j`` is a capitalized month before a noun that modifies it: after a
    determiner, a lower-case adjective or a hyphened compound ("The May contract", "the
    benchmark December contract", "The most-active May contract"), not after a preposition
    or a verb, where it says when ("said in March exports to", "Last May sales of")."""
    words, lowers = ctx.words, ctx.lowers
    if j - 1 < floor or lowers[j] not in _MONTH_NAMES or not words[j].istitle():
        return False
    before = lowers[j - 1]
    if before in _DETERMINERS and before not in _RELATIVE_OPENERS and before != "that":
        return True
    if _name_possessive(ctx, j - 1, floor):
        return True  # "Brent's May contract on ICE"
    if _compound_start(ctx, j - 1, floor) < j - 1:
        return True
    return (
        words[j - 1].islower()
        and _content(words[j - 1], before)
        and before not in _subject_words().prepositions
        and before not in _phrase_enders()
        and before not in _RELATIVE_OPENERS
    )


def _name_may(ctx: Context, i: int, floor: int, verb: int) -> bool:
    """Whether token ``i`` is "May" as a surname, no modal: capitalized after a capitalized
    word that is no stop word nor a date's ("Theresa May", "Brian May"), before a change
    verb at token ``verb`` in lower case (a title-case headline's "Sales May Rise" keeps the
    modal)."""
    words = ctx.words
    if words[i] != "May" or i - 1 < floor or not words[verb].islower():
        return False
    before, low = words[i - 1], ctx.lowers[i - 1]
    return (
        before.istitle()
        and before.isalpha()
        and not _stop(before, low)
        and low not in _calendar_words()
        and ctx.token_ends[i] not in _date_starts(ctx)
    )


_NOUN_S_ENDS = ("ss", "us", "is", "as", "os", "ics", "news", "series", "means")
"""Endings of nouns in -s that are no verb's ("gas", "bonus", "crisis", "economics")."""
_PLURAL_MODIFIERS = frozenset(
    {"jobs", "sales", "earnings", "services", "goods", "arms", "savings", "securities",
     "exports", "imports", "shares", "futures", "options", "emissions", "orders", "markets",
     "stocks", "bonds", "equities", "assets", "funds", "commodities", "prices", "rates",
     "wages", "loans", "deposits", "claims", "benefits", "taxes", "rents", "costs", "fees",
     "profits", "revenues", "payments", "sports", "operations", "parts", "materials",
     "chips", "cars", "homes", "housing", "workers", "students", "women", "men", "people"}
)  # fmt: skip
"""Plurals that modify a noun after them ("US jobs growth", "Tesla sales growth"): no verb."""
_HEADLINE_NAME = 3
"""Most capitalized words of a name that opens a headline ("New Zealand cuts rates")."""


def _headline_verb(ctx: Context, i: int, floor: int) -> bool:
    """Whether token ``i`` is the verb of a name that opens the sentence, its object after it
    with no determiner (a headline's "Ethiopia floats birr, which loses 30%", "Ethiopia
    floated birr, which lost"): a lower-case word in -s that is no plural modifier nor noun
    in -s ("US jobs growth", "UK gas storage"), or in -ed that is no adjective ("the
    seasonally adjusted rate")."""
    word, low = ctx.words[i], ctx.lowers[i]
    if not (word.isalpha() and word.islower()) or not 0 < i - floor <= _HEADLINE_NAME:
        return False
    if not all(w.isalpha() and w[:1].isupper() for w in ctx.words[floor:i]):
        return False
    if low.endswith("ed"):
        return len(low) > 4 and low not in _subject_words().participle_adjectives
    return _present_in_s(low)


def _present_in_s(low: str) -> bool:
    """Whether a lower-case word in -s may be a verb's present ("floats", "tracks"): no
    noun's ending in -s ("gas"), plural modifier ("jobs growth"), noun of change ("cuts")
    nor noun of reported figures."""
    return (
        low.endswith("s")
        and not low.endswith(_NOUN_S_ENDS)
        and low not in _PLURAL_MODIFIERS
        and low not in _subject_words().change_nouns
        and low not in lexicons.tense().reported_nouns
    )


def _that_relative(ctx: Context, i: int, floor: int) -> bool:
    """Whether token ``i`` is "that" as the subject of the change verb after it (only
    auxiliaries or adverbs between), a relative pronoun after a noun: a lower-case content
    word after a determiner ("a yen that has lost 15%", "the shares that fell"); not a
    conjunction after a verb ("said that", "expects that") nor "That" opening a sentence."""
    words, lowers = ctx.words, ctx.lowers
    if lowers[i] != "that" or i - 2 < floor:
        return False
    noun, low = words[i - 1], lowers[i - 1]
    return (
        noun.islower() and _content(noun, low) and not _says(low) and lowers[i - 2] in _DETERMINERS
    )


def _name_possessive(ctx: Context, j: int, floor: int) -> bool:
    """Whether token ``j`` is the possessive mark of a capitalized word right before it, a
    determiner of the noun after ("Brent's contract", "Acme's latest cut")."""
    return (
        j - 1 >= floor
        and ctx.lowers[j] in _POSSESSIVE_MARKS
        and not ctx.spaced[j - 1]
        and ctx.words[j - 1][:1].isupper()
        and ctx.words[j - 1].isalpha()
    )


def _month_may(words: tuple[str, ...], i: int, floor: int) -> bool:
    """Whether token ``i`` is the month "May" (a stop word as the modal): capitalized inside
    the sentence, before a noun ("The May contract", "said May sales").

    >>> _month_may(("The", "May", "contract"), 1, 0), _month_may(("May", "sales"), 0, 0)
    (True, False)
    """
    return i > floor and words[i] == "May" and i + 1 < len(words) and words[i + 1].isalpha()


def _name_start(ctx: Context, mark: int, floor: int) -> int:
    """Where a proper name of more than one word ends at the possessive mark at token
    ``mark`` ("Rio de Janeiro's", "Rio Grande's": at "Rio"), its capitals and the
    connectors between them (``_NAME_CONNECTORS``); ``mark`` when none stands there."""
    words, lowers = ctx.words, ctx.lowers
    start, j = mark, mark - 1
    while j > floor and mark - j <= _OWNER_REACH:
        if words[j][:1].isupper() and words[j].isalpha():
            start = j
        elif not (lowers[j] in _NAME_CONNECTORS and start == j + 1 and words[j - 1][:1].isupper()):
            break
        j -= 1
    return start if start < mark - 1 else mark


def _content(word: str, low: str) -> bool:
    return word.isalpha() and not _stop(word, low) and not low.endswith("ed")


def _stop(word: str, low: str) -> bool:
    """A stop word, unless written in capitals: "US" is a place, "us" a pronoun."""
    return low in counted.stop_words() and not (len(word) > 1 and word.isupper())


def _compound_start(ctx: Context, first: int, floor: int) -> int:
    """Where the hyphenated compound that ends at token ``first`` starts ("10-year" of
    "10-year Treasury yield", "US-China" of "US-China trade", "EUR/USD", "S&P/ASX"), no earlier than
    ``floor``: a subject does not start in the middle of a word."""
    words, spaced = ctx.words, ctx.spaced
    while (
        first - 2 >= floor
        and words[first - 1] in ("-", "/")
        and not spaced[first - 1]
        and not spaced[first - 2]
        and words[first - 2].replace("&", "").isalnum()  # "S&P/ASX 200", "S&P/TSX"
    ):
        first -= 2
    if (
        first - 2 >= floor
        and ctx.lowers[first - 1] in _SUSPENDED_JOINTS
        and len(words[first - 2]) > 1
        and words[first - 2].endswith("-")
        and words[first - 2][:-1].isalnum()
    ):
        first -= 2  # "18- to 20-year-olds", "two- and three-bedroom flats": a suspended
        # hyphen's first part
    return first


_SUSPENDED_JOINTS = frozenset({"to", "and", "or"})
"""Joints after a suspended hyphen's first part ("18- to 20-year-olds")."""
_AGE_HEADS = frozenset({"old", "olds"})
"""Last words of an age that is a noun itself ("20-year-olds"), no modifier of one."""


_DATED_MODIFIERS = frozenset(
    {"due", "maturing", "expiring", "ending", "ended", "starting", "beginning", "dated"}
)
"""Words that tie a date after them to the noun before ("futures due in January 2027",
"bonds maturing in 2030", "the year ending in March"): the date is part of the subject."""


def _dated_modifier(ctx: Context, dated: int, floor: int) -> bool:
    """Whether the date phrase that opens at token ``dated`` right before a change verb
    follows a word of ``_DATED_MODIFIERS`` after a content word: the noun's modifier, no
    date of the change ("Yields on futures due in January 2027 rose"; "Sales in March rose"
    is the change's date)."""
    lowers = ctx.lowers
    return (
        dated - 2 >= floor
        and lowers[dated - 1] in _DATED_MODIFIERS
        and ctx.words[dated - 1].islower()
        and _content(ctx.words[dated - 2], lowers[dated - 2])
    )


def _age_after_noun(ctx: Context, i: int, floor: int) -> int | None:
    """The first token of an age that ends at token ``i`` and modifies the content word right
    before it ("workers aged 21 and over", "people aged 16 to 24", "children 5 to 11"); None
    without one ("18- to 20-year-olds" is a noun, read as one)."""
    if ctx.lowers[i] in _AGE_HEADS or not (ctx.lowers[i].isalpha() or ctx.words[i].isdigit()):
        return None
    counts = ctx.group(quantities.GROUP)
    k = bisect.bisect_right(counts, ctx.token_chars[i], key=_start_char)
    if k == 0 or counts[k - 1].id_ != ages.RULE or counts[k - 1].end_char != ctx.token_ends[i]:
        return None
    first = ctx.token_at(counts[k - 1].start_char)
    if (
        first - 2 > floor
        and ctx.lowers[first - 1] == "those"
        and ctx.lowers[first - 2] in _subject_words().prepositions
    ):
        return first - 1  # "The jobless rate for those aged 15 to 24": the pronoun after a
        # preposition, read back to the noun it is of
    if first - 1 <= floor or not _content(ctx.words[first - 1], ctx.lowers[first - 1]):
        return None
    return first


def _tokens_text(ctx: Context, first: int, last: int) -> str:
    """``doc[first : last + 1].text``: the text from the first token to the end of the last."""
    return ctx.text[ctx.token_chars[first] : ctx.token_ends[last]]


def _number(value: Value) -> Decimal:
    return value.amount if isinstance(value, Money) else value.value


_TIGHTEN_FORMS = frozenset({"tighten", "tightens", "tightened", "tightening"})
_EXTEND_FORMS = frozenset({"extend", "extends", "extended", "extending"})
_NOUN_DIRECTED = _TIGHTEN_FORMS | _EXTEND_FORMS
"""Change verbs whose way is their subject's or object's: a spread narrows when it tightens,
a policy's rate rises; a lead grows when it is extended. Read here only, not from
change_cues.json, whose neutral verbs money and quantities read too ("winds extend up to 29
miles" is a bound, no rise)."""
_NARROWED_WHEN_TIGHTENED = frozenset(
    {"spread", "spreads", "gap", "gaps", "margin", "margins", "differential", "premium"}
)
_RAISED_WHEN_TIGHTENED = frozenset({"policy"})
_LEADS = frozenset({"lead", "advantage", "edge", "margin", "gap", "cushion"})


def _noun_direction(verb: str, subject: str | None) -> Direction | None:
    """The way a change by a verb of ``_NOUN_DIRECTED`` goes, by the subject's head word:
    "The spread tightened by 3 basis points" down, "The Fed tightened policy by 25 basis
    points" up, another subject "unknown"; "extended its lead to 21 points" up, and no
    change where no lead was extended (None).

    >>> _noun_direction("tightened", "spread"), _noun_direction("tightened", "policy")
    ('down', 'up')
    >>> _noun_direction("tightened", "conditions"), _noun_direction("extended", "lead")
    ('unknown', 'up')
    >>> _noun_direction("extended", "credit") is None, _noun_direction("tightened", "gap in yields")
    (True, 'down')
    >>> _noun_direction("extended", "lead over X"), _noun_direction("tightened", "spread over X")
    ('up', 'down')
    """
    words = (subject or "").lower().split()
    linked = [
        i
        for i, word in enumerate(words)
        if word in _subject_words().prepositions
        or (word == "over" and i and words[i - 1] in _OVER_HEADS)  # "lead over the Tories"
    ]
    head = words[min(linked, default=len(words)) - 1] if words else ""  # "gap between"
    if verb in _EXTEND_FORMS:
        return "up" if head in _LEADS else None
    if head in _NARROWED_WHEN_TIGHTENED:
        return "down"
    return "up" if head in _RAISED_WHEN_TIGHTENED else "unknown"


def to_records(
    ctx: Context,
    values: dict[tuple[int, int], Value],
    sentence_of: Callable[[int], int],
) -> list[Change]:
    """``Change`` records, their values taken from the already-built records by offsets."""

    def record(span: Span | None) -> Value | None:
        return None if span is None else values.get((span.start_char, span.end_char))

    changes: list[Change] = []
    by_subject: dict[int, str] = {}  # a change's subject by where its size starts
    last: tuple[Roles, str] | None = None  # the change before and its subject
    found: list[Roles] = []  # the roles of ``changes``
    for roles in find_roles(ctx):
        old, new, by = record(roles.from_value), record(roles.to_value), record(roles.by_value)
        what = subject(ctx, roles)
        if what is None and roles.rule in _MOVED_FROM and roles.to_value is not None:
            # "Consumer prices rose 3.2%, up from 2.9%": the rate moved of what rose 3.2%
            what = by_subject.get(roles.to_value.start_char)
        if what is None and roles.rule == GAPPED and changes:
            what = changes[-1].subject  # "Profit rose 10% in the first half and 12% in the"
        if what is None and roles.rule in _MOVED_FROM and isinstance(new, Quantity):
            # "Tesla delivered 384,122 vehicles in the quarter, down 13%": what was counted
            what = new.counted
        if (
            what is None
            and roles.cue is not None
            and changes
            and changes[-1].subject
            and changes[-1].sentence == sentence_of(ctx.token_at(roles.start))
        ):  # "Hess shares fell 2%, while Chevron's slipped 4.1%": Chevron's shares
            what = _owner_of_elided(ctx, roles.cue.start, changes[-1].subject)
        if what is None and last is not None and 0 <= roles.start - last[0].end <= 60:
            # "The stock fell 8% before closing down 5.2%": the stock closed
            what = last[1] if _goes_on(ctx, last[0], roles) else None
        if what is None and changes and _percent_move(new, by):
            what = _pronoun_antecedent(ctx, roles, changes, sentence_of)  # "The peso weakened
            # 2.1%. It lost about 24% of its value in 2019": the peso
        if what is not None and _names_those(ctx, roles, what):
            # "while those in Melbourne fell": the head of the subject before, in its sentence
            # (none before: "Those in Europe fell 3%" names no head, and Europe fell nothing)
            same = bool(changes) and changes[-1].sentence == sentence_of(ctx.token_at(roles.start))
            what = _those_of(ctx, roles, what, changes[-1].subject if same else None)
        if what is not None and roles.by_value is not None:
            by_subject[roles.by_value.start_char] = what
        direction = roles.direction
        verb = ctx.text[roles.cue.start : roles.cue.end].lower() if roles.cue else ""
        if verb in _NOUN_DIRECTED:
            way = _noun_direction(verb, what)
            if way is None and (old is None or new is None):
                continue  # "extended credit to 5,000 farmers": no lead grew ("Gold extended
                # gains to 2% from 1%" moved from one value to another)
            direction = way if way is not None and direction == "unknown" else direction
        last = (roles, what) if what is not None else None
        found.append(roles)
        if roles.rule == SWING_TO_GAIN:
            old = _signed(old)
        elif roles.rule == SWING_TO_SHORTFALL:
            new = _signed(new)
        elif roles.rule == SWING_WITHIN_SHORTFALL:
            old, new = _signed(old), _signed(new)
        if direction == "unknown" and old is not None and new is not None:
            before, after = _number(old), _number(new)
            direction = "up" if after > before else "down" if after < before else "unchanged"
        multiple = _factor(ctx, roles)
        changes.append(
            Change(
                text=ctx.text[roles.start : roles.end],
                start_char=roles.start,
                end_char=roles.end,
                sentence=sentence_of(ctx.token_at(roles.start)),
                subject=what,
                from_value=old,
                to_value=new,
                by_value=by,
                factor=multiple.value if multiple else None,
                factor_qualifier=(multiple.cue.qualifier if multiple.cue else "exact")
                if multiple
                else None,
                direction=direction,
            )
        )
    return _with_respective(ctx, changes, found)


def _factor(ctx: Context, roles: Roles) -> multiples.Factor | None:
    """The multiple the change's verb or noun states (``multiples.factor``)."""
    cue = roles.cue
    if cue is None:
        return None
    up = _cue_directions().get(ctx.text[cue.start : cue.end].lower()) == "up"
    return multiples.factor(ctx.text, cue.start, cue.end, up)


def _with_respective(ctx: Context, changes: list[Change], found: list[Roles]) -> list[Change]:
    """``changes`` with the subjects of a change and the gapped changes that share its verb
    read in turn where a list of subjects takes a list of values ("Revenue and profit rose 5%
    and 7%, respectively"; "Revenue, profit and sales rose 5%, 7% and 9%, respectively")."""
    k = 0
    while k < len(found):
        first = found[k]
        group = [first]
        while (
            k + len(group) < len(found)
            and (item := found[k + len(group)]).rule == GAPPED
            and item.named is None
            and item.start == first.start
        ):
            group.append(item)
        if len(group) > 1 and first.rule != GAPPED:
            names = _respective(ctx, group, changes[k].subject)
            for j, name in enumerate(names or ()):
                changes[k + j] = changes[k + j].model_copy(update={"subject": name})
        k += len(group)
    return changes


_RESPECTIVELY = LazyPattern(r"(?:,?[ \u00a0]+respectively\b)?[ \u00a0]*[.,;]")


def _respective(ctx: Context, group: list[Roles], subject: str | None) -> list[str] | None:
    """The subjects of a change and the gapped changes that share its verb, where a list of
    subjects joined by commas and "and" takes a list of values so joined, in turn: "Revenue and
    profit rose 5% and 7%, respectively" (revenue 5%, profit 7%; the subject read before the
    verb was the last alone); a longer list only before "respectively". None where the values
    stand apart ("in May and 7% in June") or the subject is no such list."""
    first = group[0]
    if first.cue is None or subject is None:
        return None
    if " and " in subject:  # "Revenue and profit", read whole (``_opening_pair``): its last
        head, _, subject = subject.rpartition(" and ")  # noun, as the list reads it
        prepositions = _subject_words().prepositions
        if len(head.split()) > 2 or any(w in prepositions for w in head.lower().split()):
            return None  # "Sales in Europe and Asia": one phrase, read whole
        if subject[:4].lower() == "the ":
            subject = subject[4:]
    values = [first.by_value if group[1].by_value is not None else first.to_value]
    values += [item.by_value or item.to_value for item in group[1:]]
    text = ctx.text
    ends = [v.end_char if v is not None else -1 for v in values]
    starts = [v.start_char if v is not None else -1 for v in values]
    if min(ends) < 0:
        return None
    joins = [text[ends[j] : starts[j + 1]] for j in range(len(values) - 1)]
    if any(j != ", " for j in joins[:-1]) or joins[-1] not in (" and ", ", and "):
        return None
    tail = _RESPECTIVELY.match(text, ends[-1])
    if tail is None or (len(group) > 2 and "respectively" not in tail.group()):
        return None
    floor = ctx.sentence_start(first.start)
    lead = text[floor : first.cue.start].rstrip()
    if not lead.endswith(subject) or len(lead) == len(subject):
        return None  # "have risen": an auxiliary or a date stands before the verb
    at = ctx.token_at(floor + len(lead) - len(subject)) - 1
    names = _subject_list(ctx, at, floor, len(group) - 1)
    return None if names is None else [*names, subject]


def _subject_list(ctx: Context, i: int, floor: int, wanted: int) -> list[str] | None:
    """The ``wanted`` subjects listed before token ``i`` + 1, where the last of a list starts
    ("Revenue, profit and" before "sales"; "The Dow and the" before "S&P 500"), first to last;
    None where no "and" ends such a list or it holds fewer."""
    lowers, words = ctx.lowers, ctx.words
    start = ctx.token_at(floor)
    names: list[str] = []
    link = "and"
    while True:
        if i > start and lowers[i] in ("the", "its", "their"):
            i -= 1  # "the Dow and the S&P 500"
        elif i > start + 1 and lowers[i] in ("'s", "’s") and words[i - 1][:1].isupper():
            i -= 2  # "Germany's DAX and France's CAC 40": the name after the owner
        if i <= start or lowers[i] != link:
            return None
        if link == "and" and lowers[i - 1] == ",":
            i -= 1  # "Revenue, profit, and sales": a serial comma
        last = k = i - 1
        stops = counted.stop_words()
        while (
            k >= start
            and last - k < 3
            and _PAIR_WORD.fullmatch(words[k])
            and lowers[k] not in stops
            and lowers[k] not in _reporting_verbs()
            and lowers[k] not in lexicons.tense().reporting_verbs  # "The company said revenue"
            and lowers[k] not in ("says", "say")
            and lowers[k] not in _cue_directions()  # "Shares rose and the index fell"
            and (words[k][:1].isupper() or not lowers[k].endswith("ed"))
        ):
            k -= 1
        while k < last and words[k + 1][:1].isdigit():
            k += 1  # "500": a number ends a name, opens none
        if k == last:
            return None
        k = _proper_owner(ctx, k + 1, start) - 1  # "Germany's DAX and France's CAC 40"
        names.insert(0, _tokens_text(ctx, k + 1, last))
        if len(names) == wanted:
            return names
        i, link = k, ","


_PAIR_WORD = LazyPattern(r"[A-Za-z][\w&.'’-]*|\d+")
"""A word of the first subject of a pair: "Revenue", "S&P", "500"."""


def _floor_of(ctx: Context, roles: Roles) -> int:
    """Where the sentence of a change starts."""
    return ctx.sentence_start(roles.start)


_THOSE_PREPOSITIONS = r"(?P<prep>in|of|for|at|on|from|to|with)"
_THOSE = LazyPattern(
    rf"\b(?:those|that)[ \u00a0]+{_THOSE_PREPOSITIONS}[ \u00a0]+(?P<the>the[ \u00a0]+)?$", re.I
)
"""A pronoun standing for the head of the subject before, and its preposition: "while those in
Melbourne fell", "while those to the United States gained"."""
_THOSE_NAMED = LazyPattern(rf"(?:those|that)[ \u00a0]+{_THOSE_PREPOSITIONS}[ \u00a0]+")


def _names_those(ctx: Context, roles: Roles, what: str) -> bool:
    """Whether "those" or "that" may stand for the subject before: a string test first."""
    if roles.rule == GAPPED:
        return what.startswith(("that ", "those "))
    if roles.cue is None:
        return False
    lead = ctx.text[_floor_of(ctx, roles) : roles.cue.start]
    return "those" in lead or "Those" in lead


def _those_of(ctx: Context, roles: Roles, what: str, before: str | None) -> str | None:
    """The subject read as ``what`` where "those" or "that" and a preposition stand before it:
    the head of the subject ``before`` (the change before's) with this one's object ("Home
    prices in Sydney rose 1.2%, while those in Melbourne fell 0.3%": home prices in
    Melbourne); None where the change before names no such head ("Melbourne" alone changed
    nothing)."""
    own = _THOSE_NAMED.match(what)  # "and that of housing 5%": a gapped change's own words
    if own is not None:
        found, what = own, what[own.end() :]
    elif roles.cue is None:
        return what
    else:
        lead = ctx.text[_floor_of(ctx, roles) : roles.cue.start].rstrip()
        if not lead.endswith(what):
            return what
        pronoun = _THOSE.search(lead, 0, len(lead) - len(what))
        if pronoun is None or pronoun.end() != len(lead) - len(what):
            return what
        found = pronoun
        if found["the"]:
            what = f"the {what}"  # "while those to the United States gained"
    prep = f" {found['prep'].lower()} "
    if before is None or prep not in before:
        return None
    return f"{before.split(prep, 1)[0]}{prep}{what}"


_ELIDED_AFTER = frozenset({"while", "whereas", "but", "and", ","})
"""What opens the clause of an owner whose noun is left out: "while Chevron's slipped"."""

_LINKED_TAIL = LazyPattern(r"[ \u00a0]+(?:of|in|at|on|for|from|to)[ \u00a0]+")
"""The preposition that links the rest of a subject to its head: "Shares of Nvidia"."""


def _owner_of_elided(ctx: Context, cue: int, before: str) -> str | None:
    """The subject of a change whose verb at char ``cue`` follows a name's possessive with its
    noun left out, the head noun of the subject ``before`` (the change before's, in its
    sentence): "Hess shares fell 2%, while Chevron's slipped 4.1%": Chevron's shares; "Home
    prices in Sydney rose 1.2%, while Melbourne's fell": Melbourne's prices. None where the
    owner is no capitalized name opening a clause or the subject before names no common
    noun ("Apple rose 2%, while Microsoft's fell")."""
    at = ctx.token_at(cue)
    words, lowers = ctx.words, ctx.lowers
    floor = ctx.token_at(ctx.sentence_start(cue))
    mark = at - 1
    if mark - 2 < floor or not (
        lowers[mark] in ("'s", "\u2019s")
        or (lowers[mark] in ("'", "\u2019") and lowers[mark - 1].endswith("s"))
    ):
        return None  # most verbs follow no possessive (one test)
    first = mark - 1
    while first - 1 > floor and mark - first < 3 and words[first - 1][:1].isupper():
        first -= 1  # "Royal Dutch Shell's", "Intuitive Machines'"
    if not all(words[k][:1].isupper() and words[k].isalpha() for k in range(first, mark)):
        return None
    if lowers[first - 1] not in _ELIDED_AFTER:
        return None
    prefix = _LINKED_TAIL.split(before, 1)
    head = prefix[0].split()[-1] if prefix[0].strip() else ""
    if not head.isalpha():
        return None  # "The S&P 500 lost 1%, while Japan's": no common noun
    if not head.islower():
        if len(prefix) == 1 or " " in prefix[0].strip() or not head[1:].islower():
            return None  # "Apple rose 2%": a name, no noun to share
        head = head.lower()  # "Shares of Nvidia jumped 6%, while AMD's fell": shares
    return f"{_tokens_text(ctx, first, mark)} {head}"


_GOES_ON = LazyPattern(
    r"(?:[ \u00a0]+of[ \u00a0]+(?:its|their|the)[ \u00a0]+value)?"
    r"(?:[ \u00a0]+(?:annualized[ \u00a0]+|annual[ \u00a0]+)?(?:rate|pace)"  # "at a 2.2% rate"
    r"|[ \u00a0]+(?:a|an|per)[ \u00a0]+[a-z]+)?"  # a price's unit: "a ton", "per lb"
    r"(?:[ \u00a0]+year[ \u00a0-]on[ \u00a0-]year)?"
    r"(?:[ \u00a0]+(?:(?:in|on|at|during)(?:[ \u00a0]+[\w-]+){1,3}?"  # "in the May-June quarter"
    r"|(?:this|last)[ \u00a0]+[a-z]+))?"
    r"(?:,?[ \u00a0]+(?:before|after|and|then|but)(?:[ \u00a0]+then)?|(?P<comma>,))"
    r"(?P<verbs>(?:[ \u00a0]+[a-z]+){0,4})[ \u00a0]*$"
)
"""What stands between a change and the next of its subject's moves: what was lost ("of
their value"), a rate's noun ("at a 2.2% rate") or a price's unit ("a ton", "per lb"), "year
on year", a date or a time ("this year", "in the November-January quarter"), a link and the
next verb ("before closing", "and settled", "before paring gains to close", "after
shrinking"), or a comma before a participle that starts the next change (", climbing to")."""


_LINKS = frozenset({"before", "after", "and", "then", "but"})


def _goes_on(ctx: Context, before: Roles, roles: Roles) -> bool:
    """Whether a change with no subject is the next move of the change before it in its
    sentence: only a date, a link and verbs stand between ("The stock fell as much as 8%
    before closing down 5.2%", "Oil rose 2% on Monday and settled up 1.5%"), no noun
    with a determiner that may name another subject."""
    if before.end > roles.start or roles.start - before.end > 60:
        return False
    gap = ctx.text[before.end : roles.start]
    if "," not in gap and not _LINKS.intersection(gap.split()):
        return False  # most gaps hold neither: a string test says so fast
    found = _GOES_ON.fullmatch(ctx.text, before.end, roles.start)
    if found is None or ctx.sentence_start(before.start) != ctx.sentence_start(roles.start):
        return False
    verbs = found["verbs"].split()
    if found["comma"]:  # "The stock rose 4%, climbing to $120": a participle's own change
        return not verbs and ctx.text.startswith(
            "ing", ctx.token_ends[ctx.token_at(roles.start)] - 3
        )
    if not verbs:
        return True  # "The shares rose 4%, then fell 2%": the change starts at its verb
    table = _subject_words()
    return _DETERMINERS.isdisjoint(verbs) and (
        verbs[0].endswith(("ing", "ed"))
        or verbs[0] in table.level_verbs
        or (verbs[0] in table.copulas and _STILL_WORDS.issuperset(verbs[1:]))
    )  # "before closing", "and settled", "but were still", not "and imports"


_STILL_WORDS = frozenset({"still", "also", "now"})
"""Adverbs between a copula and the next move of the same subject: "Egg prices fell 2.5% but
were still 31.5% higher than a year earlier"."""


class LinkFinder:
    """Writes ``doc.spans["changes"]``, ``doc.spans["conversions"]`` and
    ``doc.spans["exchange_rates"]``."""

    def __call__(self, doc: Doc) -> Doc:
        publish(doc, conversions.GROUP, conversions.find(doc))
        publish(doc, exchange_rates.GROUP, exchange_rates.spans(doc))
        publish(doc, GROUP, find(doc))
        return doc
