"""Cached loaders for the data tables in ``factextract/data``.

Each table is read once per process (``functools.cache``) and validated by a small Pydantic
row model, so a broken data file fails loudly with the file, the row and the field.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factextract.errors import LexiconError
from factextract.patterns import LazyPattern

T = TypeVar("T", bound=BaseModel)

Qualifier = Literal[
    "exact", "approx", "nearly", "more_than", "at_least", "less_than", "at_most", "up_to"
]


class Row(BaseModel):
    """Base of every data-table row model: frozen, no unknown fields. Each model's validator
    is built when it first validates (``defer_build``), not by its class statement: a first
    article needs about half of them (the lexicons it reads, and the gazetteer's cues,
    stopwords and nationalities), not the tables the prebuilt index stands for (countries,
    regions, aliases) nor the row models inside a table's model, which its own build
    includes."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Unit(Row):
    """One unit of measurement: canonical id, dimension and the ways news writes it."""

    id: str
    name: str
    dimension: str
    symbols: tuple[str, ...] = ()
    """Case-sensitive spellings (``km``, ``MW``, ``t``)."""
    names: tuple[str, ...] = ()
    """Case-insensitive spellings (``kilometres``, ``square miles``)."""
    glued: tuple[str, ...] = ()
    """Case-sensitive spellings read only right after digits (``30C``, ``86F``): spaced, they
    are letters of something else ("a C grade", "F-35")."""


class IsoCurrency(Row):
    """One row of ISO 4217 List One (``data/iso4217.json``, built by ``scripts/``)."""

    code: str = Field(pattern=r"^[A-Z]{3}$")
    name: str
    minor_unit: int | None
    """Decimal places of the minor unit; null for funds, metals and testing codes."""


class CurrencyPeg(Row):
    """An official fixed rate (``data/currency_pegs.json``): ``units`` of ``code`` per one
    ``anchor``, in force from ``since``."""

    code: str = Field(pattern=r"^[A-Z]{3}$")
    anchor: str = Field(pattern=r"^[A-Z]{3}$")
    units: Decimal = Field(gt=0)
    since: dt.date
    authority: str


class CurrencyPegs(Row):
    comment: str
    pegs: tuple[CurrencyPeg, ...]


class MinorUnit(Row):
    """A minor unit and how much of the main unit it is: pence, kobo, jiao (0.1 yuan)."""

    names: tuple[str, ...]
    factor: Decimal


class Currency(Row):
    """How news writes one currency: symbols (case-sensitive), names, minor units, and the
    places whose mention makes an ambiguous marker ("$", "Rs") mean this currency."""

    code: str = Field(pattern=r"^[A-Z]{3}$")
    symbols: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    minor: tuple[MinorUnit, ...] = ()
    places: tuple[str, ...] = ()
    since: dt.date | None = None
    """The day the code took over its names from an earlier currency (the bolivar: VES from
    2018-08-20, ``before`` VEF): an amount in an article published before it is of
    ``before``, in one of no date of neither (no record either way, as ``before`` is retired);
    a name only the new currency has ("bolivar soberano") keeps the code."""
    before: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")


class AmbiguousMarker(Row):
    """A symbol or name shared by several currencies ("$", "¥", "rupees")."""

    candidates: tuple[str, ...]
    default: str | None
    """The reading without evidence; null when the marker is then not money ("R", "N")."""
    default_certain: bool
    minor: Decimal | None = None
    """Set when the marker is a minor unit ("cents")."""
    scaled_alone: bool = True
    """Whether a scaled or restated amount ("5 trillion won") is money of the one candidate
    with no evidence for it; false for a word with another sense ("2 million soles" of shoes)."""
    places_decide: bool = False
    """Whether places that name one candidate make it certain against the default: true where
    the default only guesses among equals ("CFA francs": XOF or XAF, by the zone named)."""


class CurrencyContext(Row):
    comment: str = ""
    markers: dict[str, AmbiguousMarker]
    wire_services: tuple[str, ...] = ()
    """Credits of a wire dateline ("(Reuters)"): such a story writes bare "$" for USD only."""
    wire_services_comment: str = ""


class NumberWords(Row):
    """Spelled-out numerals, scale words and identifier nouns for the number grammar."""

    units: dict[str, int]
    tens: dict[str, int]
    multipliers: dict[str, int]
    scales: dict[str, int]
    scale_abbreviations: dict[str, int]
    ambiguous_scale_abbreviations: dict[str, int]
    fractions: dict[str, str]
    signs: dict[str, int]
    identifier_nouns: tuple[str, ...]
    year_context: tuple[str, ...]
    """After these words a four-digit number is a year, whatever follows ("in 2012 villages")."""
    irregular_plurals: tuple[str, ...]
    """Plurals that do not end in -s, and nouns used as plurals ("300 staff")."""
    designator_words: tuple[str, ...]
    """Case-sensitive words that make the number before them part of a model name ("737
    MAX", "787 Dreamliner", "iPhone 11 Pro"), not a count."""
    episode_nouns: tuple[str, ...]
    """Identifier nouns that, like the time units, also end a phrase of their own: after a
    determiner the number starts the next phrase ("this week 3,000 workers", "in that case
    three officers"); bare, the number names one of them ("week 5", "quarter two")."""
    phrase_determiners: tuple[str, ...]
    """Words before a time or episode noun that make it end its phrase ("last week 3,000
    workers", "the third quarter two firms")."""
    not_name_words: tuple[str, ...]
    """Capitalized words before a number that do not make it part of a name ("Only 12"),
    beside the stop words, weekdays, cues and currency symbols."""
    not_counted: tuple[str, ...]
    """Words after a number that make it a ratio or a rank, not a count ("3 times", "18 th")."""
    partitive_determiners: tuple[str, ...]
    """Determiners after "of" in a partitive ("1,000 of the workers")."""
    object_pronouns: tuple[str, ...]
    """Pronouns that, like the partitive determiners, make a plural-looking word before them a
    verb ("the team wins them")."""
    modifier_adjectives: tuple[str, ...]
    """First words of a singular counted phrase that modify the next ("crude oil"), beside the
    adjective suffixes."""
    measure_words: tuple[str, ...]
    """Words after a number and a hyphen that measure the next noun rather than being counted
    ("a 5,000-strong crowd", "a 10-deep queue")."""
    age_words: tuple[str, ...]
    """Words that make a number in the next three words an age ("aged 46", "aged over 70")."""
    age_limits: tuple[str, ...]
    """Words that, after people, make a bare number an age limit ("children under 5")."""
    people_words: tuple[str, ...]
    """Words for people that are not plural nouns ("anyone under 18", "men over 50")."""
    increment_words: tuple[str, ...]
    """Words between a number and what it counts that add to an earlier count: "5 more
    people", "3 additional flights", "9 more weeks" (a duration still)."""
    rank_words: tuple[str, ...]
    """Words that after "the" or "a" make a bare number a rank list: "the top 10", "The Top
    100 list", "a bottom three" (the verb is none: "employment will top 3,840")."""
    ratio_words: tuple[str, ...]
    """Words after a bare number that make it a ratio: "1.5 times earnings", "a 10 fold rise"."""
    ly_words: tuple[str, ...]
    """Nouns and adjectives ending in -ly, which a counted phrase keeps where it stops at
    adverbs ("571 A320neo family aircraft", "40 supply trucks", "1,200 likely voters")."""
    scale_words: tuple[str, ...]
    """Words of a measuring scale: a number next to one is a reading, not a count ("a 6.4
    magnitude quake", "magnitude 6.4", "7.1 on the Richter scale")."""
    count_nouns: tuple[str, ...]
    """Singular nouns that count what follows "of": "40,000 head of cattle"."""
    level_prepositions: tuple[str, ...]
    """Words before a number that make it a level, so that a change verb after it is a verb,
    not what it counts: "Bitcoin at 50,000 surges again"."""
    part_nouns: tuple[str, ...]
    """Nouns that a value that is not whole counts all the same: "rose 1.2 points" (of an
    index), where "2.5 doctors" counts nothing."""
    cue_nouns: tuple[str, ...]
    """Change verbs that are plural nouns too: after a count that is not one, they are what it
    counts ("10 rebounds and 8 assists", "two rate cuts"), not a verb."""
    model_numbers: tuple[str, ...]
    craft_nouns: tuple[str, ...]
    """A model number as a last spaced group before one of these nouns is a model, not a
    thousands group: "12 747 jets" are 12 jets (a space-grouped 12,747 of them is none)."""
    clock_verbs: tuple[str, ...]
    """Verbs before "at" that make a bare number up to 24 after it an hour ("wakes at 6",
    "starts at 9"): what starts or opens at a number is no count of things."""
    reading_nouns: tuple[str, ...]
    """Nouns after which a number with a decimal point is a reading on a scale, not a count:
    "the 7.1 quake", "a 6.0 earthquake" ("12 earthquake survivors" still count)."""
    life_verbs: tuple[str, ...]
    """Verbs before "at" that make a bare number after it an age: "died at 85", "freed at
    71"."""
    day_parts: tuple[str, ...]
    """Parts of a day after "every" or "each" that make a bare number after "at" an hour ("at
    11 every night")."""


class Qualifiers(Row):
    """Cue phrases before or after a number, mapped to a qualifier."""

    before: dict[str, Qualifier]
    after: dict[str, Qualifier]
    hyphen_only: tuple[str, ...]
    """After-cues that count only after a hyphen: "40-odd", "100-plus" (not "40 odd jobs")."""
    contention: tuple[str, ...]
    """Words after which "over" means "about", not "more than": "fought over 2 islands"."""
    over_particles: tuple[str, ...] = ()
    """Verbs whose particle "over" is: "handed over 735 jets" hands over, no more than."""
    not_before_durations: tuple[str, ...] = ()
    """Before-cues that do not qualify a duration after them: "built over five years" and
    "under five years of Labour" say when, not how long; "an estimated" leads a count."""


class ChangeCues(Row):
    """Verbs and adverbs that mark a change and its direction, and words around them."""

    up: tuple[str, ...]
    down: tuple[str, ...]
    neutral: tuple[str, ...]
    auxiliaries: tuple[str, ...]
    """Words that may stand between a subject and its change verb ("the rate was raised")."""
    range_verbs: tuple[str, ...]
    """Verbs that make "from X to Y" a range ("ranged from 10 to 20"), not a change."""
    object_verbs: tuple[str, ...] = ()
    """Change verbs that also take what is grown or gathered as object: "Farmers grow 55% of
    the maize" states no change (a share after one, with no "by")."""
    share_verbs_comment: str = ""
    share_verbs: tuple[str, ...] = ()
    """Verbs whose "up" states a share: "Oil makes up 90% of exports" is no rise."""
    reporting_verbs_comment: str = ""
    reporting_verbs: tuple[str, ...] = ()
    """Verbs whose object clause holds a change: "Analysts forecast prices would rise"."""
    control_verbs_comment: str = ""
    control_verbs: tuple[str, ...] = ()
    """Verbs whose object an infinitive changes: "caused prices to rise 10%"."""
    supply_nouns_comment: str = ""
    supply_nouns: tuple[str, ...] = ()
    """Services a cut reaches: "cut power to 200,000 homes" counts who, not a new level."""
    compound_nouns_comment: str = ""
    compound_nouns: tuple[str, ...] = ()
    """Two-word nouns whose head is a change word, never a verb there ("capital gains")."""
    object_verbs_comment: str = ""
    multiples_comment: str = ""
    multiples: dict[str, Decimal] = {}
    """Change verbs that state a factor, with it: "doubled" 2, "tripled" 3, "halved" 0.5."""


class Calendar(Row):
    """Month, weekday and season names, time-of-day markers, and tense cues for dates."""

    months: dict[str, int]
    weekdays: dict[str, int]
    time_suffixes: tuple[str, ...]
    seasons: dict[str, str]
    """Season name -> TIMEX3 season code (SP, SU, FA, WI)."""
    future_cues: tuple[str, ...]
    """Words that put a year-less date in the future ("will", "plans to", "next")."""
    past_cues: tuple[str, ...]
    """Words that put it in the past: reporting and irregular past-tense verbs ("said",
    "rose"), "ago", "since". Regular past tenses ("added") are read by their ending."""
    not_past_ed: tuple[str, ...]
    """Words ending in "ed" that are not past tenses ("need", "hundred", "based")."""
    openers: tuple[str, ...]
    """Lower-case words that can open a date expression ("last year", "in June", "two
    years ago"): capitalized at a sentence's start, the rules read them in lower case."""
    present: tuple[str, ...]
    """Expressions of the present moment ("at present", "currently")."""
    named_days: tuple[str, ...] = ()
    """Capitalized words that make the weekday after them a named day, not one of this
    week's ("Black Friday", "Super Tuesday", "Good Friday")."""
    habit_nouns: tuple[str, ...] = ()
    """Nouns of what happens every week on a day, after a bare weekday and at most one
    lower-case word ("the city's Sunday bus service", "the Sunday paper", "Saturday
    classes"): no one day of this week."""


class Tense(Row):
    """Word lists of the date tense rules (``facts/dates/tense.py``) and the named clock times:
    lower-case words, each read as one token."""

    comment: str = ""
    clause_breaks: tuple[str, ...]
    """Tokens that end a clause besides a spaced comma or hyphen: punctuation, and words that
    open a subordinate clause ("said on Monday that the cap for April would fall")."""
    not_a_tense_before: tuple[str, ...]
    """Words after which an "-ed" word is no past tense: a determiner ("the planned merger"),
    an auxiliary ("will be completed"), a linking verb ("would stay closed")."""
    participle_after: tuple[str, ...]
    """Words after which an irregular past cue is a participle ("will be held on June 5")."""
    adjective_after: tuple[str, ...] = ()
    """Prepositions right after which an "-ed" word is an adjective, no past tense ("are
    expected along exposed coasts on Friday", "in affected areas")."""
    started_nouns: tuple[str, ...] = ()
    """Nouns of a state or an event whose start a date after "starting" or "beginning" names,
    told as its name whatever the clause's tense ("a four-day truce starting Thursday")."""
    market_movers: tuple[str, ...] = ()
    """Nouns of what a market prices, before a headline's present move: "Oil falls on Monday"
    tells a fall, no calendar's "falls on" ("Christmas falls on a Monday")."""
    schedule_copulas: tuple[str, ...]
    """A present "is"/"are" right before a date states a schedule ("The vote is on Tuesday")."""
    schedule_links: tuple[str, ...]
    """Words that may stand between a schedule copula and its date ("is on", "is at")."""
    deadline_leads: tuple[str, ...]
    """Words that make a date a deadline ("until", "by")."""
    instructing: tuple[str, ...]
    """Past instructions whose infinitive's deadline is still ahead ("asked drivers to stay
    off the roads until Thursday")."""
    deferring: tuple[str, ...]
    """Verbs that put something off to a later day ("remanded in custody until March 24")."""
    deferred_to: tuple[str, ...]
    game_words: tuple[str, ...] = ()
    """Words of a match ("trailed", "outscored"): a year-less ordinal quarter beside one is
    the game's, no date."""
    half_figures: tuple[str, ...] = ()
    """Reported figures that make a year-less "the first half" in their sentence a half of a
    year ("In the first half, revenue rose"), not of a match: no "deficit", "lead", "loss"."""
    scheduled_for: tuple[str, ...] = ()
    in_effect_leads: tuple[str, ...] = ()
    """Words right before a date (a "from", "on" or "as of" between allowed) that make it the
    day something takes effect, the nearest such day whatever the clause's tense ("announced
    a stock split effective June 7"); not after a copula ("became effective on June 7")."""
    """Words after which "for" leads the month something is set for ("scheduled for June",
    "pushed back for March"); elsewhere "for May" may be a name ("voted for May")."""
    """Words that lead the day something is put off to ("until", "to")."""
    in_force: tuple[str, ...]
    """Notices and states in force that run ahead of their issue ("issued a warning through
    Thursday", "warned of rain through Saturday", "rain is forecast through Saturday", "A
    curfew was imposed until Sunday", "The road closure remains in place until Thursday")."""
    compared_with_forecasts: tuple[str, ...] = ()
    """Words before the noun "forecast(s)" (a determiner or a possessive between) that
    compare figures with it ("beat forecasts", "above analysts' forecasts"): no future cue."""
    state_present: tuple[str, ...] = ()
    progressive_plans: tuple[str, ...] = ()
    """Verbs of a plan whose present progressive ("is retiring", "are stepping down") before
    a date in its clause puts the date ahead ("The senator is retiring in January")."""
    """Present verbs of a state in force now, whose lone clock time "until" falls on the
    publication day ("A tornado watch is (remains) in effect until 9 p.m.")."""
    irregular_past: tuple[str, ...]
    """Irregular past tenses besides ``Calendar.past_cues`` ("broke", "heard", "left"); forms
    that are also the present ("hit", "put", "set") are left out."""
    ambiguous_past: tuple[str, ...]
    """Verbs whose past tense is their present ("cost", "set", "hit"): a past cue unless a
    determiner, an auxiliary or "to" before them makes them a noun or another form ("the
    cost", "will hit", "to set"); right after a clause break ("that cost") they count."""
    perfect_auxiliaries: tuple[str, ...]
    """Auxiliaries of the present perfect: with a participle after them ("has risen from 5%
    in January", "have fallen since March") the date is past."""
    irregular_participles: tuple[str, ...]
    """Irregular past participles ("risen", "been"); regular ones end in "-ed"."""
    expectation_cues: tuple[str, ...]
    """Future cues of ``Calendar.future_cues`` that forecast rather than schedule ("expected
    to", "forecast"): a forecast looks ahead, but may be of a month or quarter just ended,
    whose figures are not out yet ("expected to contract in the July-September period" in
    October)."""
    determiners: tuple[str, ...] = ()
    """Words before "last night" ("this morning") that make it a noun phrase ("the last night
    of the festival", "his last night in office"), not the night before the story."""
    comparison_heads: tuple[str, ...] = ()
    """Words before "more than" or "less than" that make it a comparison of amounts ("5
    percent more than a year earlier", "$2 billion less than a year ago"), no offset's
    qualifier (a digit or "%" there does too)."""
    vague_unit_not_after: tuple[str, ...] = ()
    """Words after which a count-less unit before "after"/"before" ("hours after the vote":
    PTXH) is no duration but a stretch of time named ("in the days after the election")."""
    count_openers: tuple[str, ...] = ()
    """Counts that open a date ("Twenty years ago, ...") besides ``Calendar.openers``: their
    capital is lowered at a sentence's start, as the date rules spell them mid-sentence."""
    past_expectation_copulas: tuple[str, ...] = ()
    """Past copulas and "had" that make an expectation cue after them ("were
    expected to", "had forecast") one made before publication: its year-less date is the
    nearest, not the next."""
    schedule_verbs: tuple[str, ...]
    """Present-tense verbs that state a schedule before a date ("The court hears the case on
    Monday", "Arsenal host Chelsea on Saturday"): the date is ahead. A form without "s"
    counts only after a plural subject (see ``plural_subjects``)."""
    zone_names: tuple[str, ...] = ()
    """Spelled time zones that may follow a clock time besides calendar.json's time suffixes
    ("8 p.m. Eastern time on Tuesday"): the zone stays in the span, the value is local."""
    await_leads: tuple[str, ...] = ()
    """Words right before a weekday's possessive that await its event ("ahead of Sunday's
    vote", "Investors await Friday's jobs report"): ahead of its clause's time, the nearest
    one after a past clause, else the next."""
    await_present: tuple[str, ...] = ()
    """The present forms among ``await_leads``, a tense of their own: the next one."""
    present_reporting: tuple[str, ...] = ()
    """Present reporting verbs right before a bare date ("The company says Monday it will cut
    jobs"): the day of the saying, never ahead."""
    scheduled_passives: tuple[str, ...] = ()
    """Participles that state a schedule or a habit after a present "is"/"are" ("The data are
    released Thursday", "The vote is held Sunday", "The prizes are handed out on Dec. 10"):
    the date is ahead."""
    schedule_not_after: tuple[str, ...]
    """Words after which a schedule verb is a noun or no present tense ("the votes on
    Thursday", "will host", "to face")."""
    period_end_links: tuple[str, ...]
    period_nouns: tuple[str, ...]
    """A month's date after one of ``period_end_links`` after one of these ends a reporting
    period ("the three months to February"): in a future clause, the nearest one ("figures
    for the three months to February are due next week")."""
    copulas: tuple[str, ...]
    """Forms of "be": one after a schedule verb in its clause makes that verb a noun ("The
    state visits on Monday were cancelled")."""
    relative_subjects: tuple[str, ...]
    """Relative pronouns that are the subject of a schedule verb right after them ("James,
    who turns 35 on Dec. 30")."""
    plural_subjects: tuple[str, ...]
    """Pronouns before a schedule verb's plain form ("they meet"); besides them, a capitalized
    word ("Arsenal host") or a plural in "-s" ("lawmakers vote")."""
    verb_adverbs: tuple[str, ...]
    """Adverbs that may stand between an auxiliary and its participle ("is now priced in",
    "is widely seen"): the participle is still no past tense."""
    future_participles: tuple[str, ...]
    """Participles that forecast after a present "is"/"are" ("A cut is seen in June", "The
    launch is planned for May"), as "is expected" does; not "was seen", nor "is seen as"."""
    reduced_forecasts: tuple[str, ...] = ()
    """Participles that forecast right after a noun and right before a date's preposition, a
    relative clause cut short ("with a ruling expected by the end of June", "a vote planned for
    Tuesday"); not "seen" ("the rise seen in March" was), nor a verb with its object
    ("Analysts expected a rise in March")."""
    reduced_forecast_leads: tuple[str, ...] = ()
    """The words after such a participle that lead its date ("by", "in", "on", "for")."""
    reduced_infinitives: tuple[str, ...] = ()
    """Words that forecast with an infinitive and no copula before them, a clause cut short
    ("below expectations and likely to fall in the second half of the year")."""
    reported_nouns: tuple[str, ...]
    month_figure_nouns: tuple[str, ...]
    month_event_nouns: tuple[str, ...]
    """Nouns of reported figures after a year-less quarter or half ("Q4 GDP data will be
    released", "will report fourth-quarter results"): figures come out after their period, so
    in a future clause it is read as a forecast (the one under way or just ended)."""
    delivery_nouns: tuple[str, ...] = ()
    """Nouns of what is priced or traded for delivery in a month, after a year-less month
    that modifies them ("cut its January official selling price", "the March contract",
    "February-loading cargoes"): the month is the nearest, whatever the tense of the act
    (a price set in December is for the January ahead)."""
    coordinated_verbs: tuple[str, ...] = ()
    """Auxiliaries that open a clause of their own after "and" ("beat Chelsea on Saturday and
    will face Wales next week"): the tense cue after them is not the first clause's."""
    object_starts: tuple[str, ...] = ()
    """Words that may open the object of a past of the present's form ("beat the champions",
    "cut its forecast"); besides them a number or a capitalized word ("beat Chelsea")."""
    conditional_breaks: tuple[str, ...] = ()
    """Clause breaks after which a present's form is no past ("if Arsenal beat Chelsea on
    Saturday")."""
    subject_pronouns: tuple[str, ...] = ()
    """Pronouns that make a past of the present's form a verb with no object after it ("he
    quit on Monday")."""
    reporting_verbs: tuple[str, ...] = ()
    """Past verbs of saying: a clause with a date and no cue before "he said" is when it was
    said ("On Tuesday, he said the alliance would win"), whatever the reported speech says."""
    clock_words: dict[str, str]
    """Named times of day and their TIMEX3 clock values (midnight at the day's end)."""
    hour_words: tuple[str, ...]
    """Spelled hours of "nine o'clock", one to twelve."""
    day_part_words: dict[str, str] = {}
    """Named moments of a day and the TIMEX3 part of day they fall in ("dawn": MO, "dusk":
    EV), read as a clock time after a preposition ("at dawn on Sunday": ...TMO)."""
    century_ordinals: dict[str, int] = {}
    """Spelled ordinals of a century ("the fifth century": 5), first to twenty-first."""
    fraction_leads: tuple[str, ...] = ()
    """Words of an amount before "a quarter" that make it a fraction ("about a quarter",
    "more than a quarter"), unless one of ``fraction_time_leads`` stands before them ("in
    about a quarter")."""
    fraction_time_leads: tuple[str, ...] = ()
    frequency_not_before: tuple[str, ...] = ()
    """Words after which "weekly", "monthly", "quarterly" is no set's adjective: a verb of a
    periodical ("the weekly said"), a periodical's noun ("a weekly magazine"), or a metric's
    word ("monthly active users": users counted over a month, nothing done each month)."""
    modal_cues: tuple[str, ...] = ()
    """Modals that look ahead as "will" does ("the storm could reach the coast by Sunday"),
    unless a perfect follows ("could have died on Sunday": past)."""
    past_adverbs: tuple[str, ...] = ()
    """Past cues that are no verbs ("since", "ago"): after a schedule verb they do not make it
    a noun ("Saturday marks one year since the attack")."""
    held_events: tuple[str, ...] = ()
    """Events a subject has on a day, as words ("a game", "a rest day", "a hearing"): after a
    present "has"/"have" ("Riders have a rest day on Monday") the date is ahead."""
    event_nouns: tuple[str, ...] = ()
    """Nouns of an event named with its year, as written ("World Cup", "Olympics",
    "election"): a sentence that opens with it ("The 2026 World Cup will be held from June 11
    to July 19") dates its year-less days in that year."""
    weekday_clubs: tuple[str, ...] = ()
    """Names ending in a weekday ("Sheffield Wednesday"), written as in text: once an
    article names one, its weekday alone is the name ("Wednesday had led 2-0")."""
    weekday_club_not_after: tuple[str, ...] = ()
    """Words after which such a weekday is still a day ("on Wednesday", "by Wednesday")."""
    weather_subjects: tuple[str, ...] = ()
    """Nouns of weather ("heat", "temperatures"): before a present verb of ``weather_verbs``
    they make a forecast ("The heat peaks on Sunday")."""
    weather_verbs: tuple[str, ...] = ()
    """Present verbs of weather ("peaks", "drop"): after a subject of ``weather_subjects``, up
    to four tokens before, a weekday they govern is ahead; the form without "s" only after
    a plural subject ("Temperatures drop Thursday night", not "the heat peak on Sunday")."""
    schedule_not_before: tuple[str, ...] = ()
    """Words after a schedule verb that make it a market's move told in the present of a
    headline ("Stocks close higher Tuesday", "open lower"): no schedule."""
    action_deadline_leads: tuple[str, ...] = ()
    """Words before a date that, with an infinitive right after it and a word of
    ``deadline_grants`` before, make it the deadline of an action ("has until Friday to
    respond", "was given until March 1 to comply")."""
    deadline_grants: tuple[str, ...] = ()
    """Verbs that grant time up to a deadline ("has", "gave him"; not "had": "had until
    Friday to respond" may be told after it)."""
    intending: tuple[str, ...] = ()
    """Verbs whose infinitive is ahead of them ("agreed on Monday to hear the case in
    October", "voted to raise taxes in January"): a date in that infinitive is ahead."""
    month_noun_not_before: tuple[str, ...] = ()
    """Words after which a month after "the" or "its" is no modifier of a noun ("the March
    on Washington") or names more than a month ("the December quarter")."""
    month_subject_verbs: tuple[str, ...] = ()
    """Verbs after which a bare month opening a clause is its subject, a date ("January had
    been the hottest", "December saw record sales"); "May" stays a name."""


class Abbreviations(Row):
    """Tokens ending in a full stop that do not end a sentence, except those of
    ``may_end_sentence`` before a word of ``sentence_openers`` ("in the U.S. The company")."""

    comment: str = ""
    abbreviations: tuple[str, ...]
    may_end_sentence: tuple[str, ...] = ()
    sentence_openers: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    """Abbreviations before a name that never end a sentence, even split ("Lt" ".")."""
    letter_nouns: tuple[str, ...] = ()
    """Nouns whose kind a capital letter names, which then is no initial and may end a
    sentence ("takes vitamin D. The doctor")."""


def _read(name: str, path: str | Path | None) -> tuple[str, Any]:
    source = Path(path) if path else resources.files("factextract") / "data" / name
    try:
        return str(source), json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LexiconError(f"{source}: cannot read lexicon: {exc}") from exc


def _validate(model: type[T], data: Any, where: str) -> T:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise LexiconError(f"{where}: field {field!r}: {first['msg']}") from exc


def load_table(model: type[T], name: str, path: str | Path | None = None) -> tuple[T, ...]:
    """Load a JSON list of rows, validating each row; errors name file, row and field."""
    where, data = _read(name, path)
    if not isinstance(data, list):
        raise LexiconError(f"{where}: expected a JSON list of rows, got {type(data).__name__}")
    return tuple(_validate(model, row, f"{where}, row {i + 1}") for i, row in enumerate(data))


def load_object(model: type[T], name: str, path: str | Path | None = None) -> T:
    """Load a JSON object validated by ``model``."""
    where, data = _read(name, path)
    return _validate(model, data, where)


@cache
def units() -> tuple[Unit, ...]:
    return load_table(Unit, "units.json")


@cache
def currencies() -> tuple[Currency, ...]:
    return load_table(Currency, "currencies.json")


@cache
def dated_currencies() -> dict[str, Currency]:
    """The currencies whose code took over their names on a day (``Currency.since``)."""
    return {row.code: row for row in currencies() if row.since is not None}


@cache
def number_words() -> NumberWords:
    return load_object(NumberWords, "numbers.json")


@cache
def qualifiers() -> Qualifiers:
    return load_object(Qualifiers, "qualifiers.json")


@cache
def change_cues() -> ChangeCues:
    return load_object(ChangeCues, "change_cues.json")


@cache
def change_words() -> frozenset[str]:
    """Every verb of change of ``change_cues.json``: up, down and neutral."""
    cues = change_cues()
    return frozenset({*cues.up, *cues.down, *cues.neutral})


@cache
def calendar() -> Calendar:
    return load_object(Calendar, "calendar.json")


@cache
def tense() -> Tense:
    return load_object(Tense, "tense.json")


_NOT_PAST_VERBS = frozenset(
    {"was", "were", "had", "did", "ago", "earlier", "previously", "recently", "already", "since"}
)
"""The words of calendar.json past_cues that are no past tense of a verb with an object."""


@cache
def irregular_pasts() -> frozenset[str]:
    """Past tenses not in -ed: tense.json irregular_past and the verbs of calendar.json
    past_cues ("bought", "found", "held", "swept"), not its adverbs nor auxiliaries."""
    verbs = {w for w in calendar().past_cues if w not in _NOT_PAST_VERBS}
    return frozenset(tense().irregular_past) | verbs


@cache
def abbreviations() -> frozenset[str]:
    return frozenset(load_object(Abbreviations, "abbreviations.json").abbreviations)


@cache
def abbreviation_titles() -> frozenset[str]:
    return frozenset(load_object(Abbreviations, "abbreviations.json").titles)


@cache
def letter_nouns() -> frozenset[str]:
    return frozenset(load_object(Abbreviations, "abbreviations.json").letter_nouns)


@cache
def abbreviation_ends() -> tuple[frozenset[str], frozenset[str]]:
    """``(abbreviations that may end a sentence, the words that then open the next one)``."""
    table = load_object(Abbreviations, "abbreviations.json")
    return frozenset(table.may_end_sentence), frozenset(table.sentence_openers)


@cache
def unit_index() -> tuple[dict[str, Unit], dict[str, Unit]]:
    """Return ``(symbols, names)``: case-sensitive symbol (glued ones too) → unit, lower-cased
    name → unit."""
    symbols: dict[str, Unit] = {}
    names: dict[str, Unit] = {}
    for unit in units():
        for symbol in (*unit.symbols, *unit.glued):
            symbols.setdefault(symbol, unit)
        for name in unit.names:
            names.setdefault(name.lower(), unit)
    return symbols, names


@cache
def iso4217() -> dict[str, IsoCurrency]:
    return {row.code: row for row in load_table(IsoCurrency, "iso4217.json")}


@cache
def currency_context() -> dict[str, AmbiguousMarker]:
    return load_object(CurrencyContext, "currency_context.json").markers


@cache
def wire_credit() -> re.Pattern[str]:
    """A wire service's credit in a dateline: "(Reuters)", "(AP)"."""
    services = load_object(CurrencyContext, "currency_context.json").wire_services
    return re.compile(rf"\((?:{'|'.join(map(re.escape, services))})\)")


class CurrencyIndex:
    """Every way of writing money, indexed for lookup."""

    # Not a dataclass: its generated methods are compiled at import (issue #7).
    __slots__ = ("ambiguous", "minor", "names", "places", "symbols")
    symbols: dict[str, str]
    """Unambiguous symbol or ISO code (case-sensitive) -> ISO code."""
    names: dict[str, str]
    """Lower-cased unambiguous name -> ISO code."""
    minor: dict[str, tuple[str, Decimal]]
    """Lower-cased minor-unit name -> (ISO code, factor)."""
    ambiguous: dict[str, AmbiguousMarker]
    """Marker ("$", "rupees"; names lower-cased) -> its candidates."""
    places: dict[str, tuple[str, ...]]
    """ISO code -> places whose mention points to it."""

    def __init__(
        self,
        symbols: dict[str, str],
        names: dict[str, str],
        minor: dict[str, tuple[str, Decimal]],
        ambiguous: dict[str, AmbiguousMarker],
        places: dict[str, tuple[str, ...]],
    ) -> None:
        self.symbols = symbols
        self.names = names
        self.minor = minor
        self.ambiguous = ambiguous
        self.places = places


_DEMONYM = LazyPattern(r"[A-Z][a-z]+(?:ian|ean|can|yan|ine|ino|i)")
"""A currency's place that may name a people, whose plural points to the currency as it does:
"Argentine", "Filipino", "Chilean", "Saudi" ("Argentines paid 5,000 pesos": ARS). Not "-an"
alone: "Jordans" are shoes; a city's plural ("Delhis") never occurs."""


@cache
def currency_index() -> CurrencyIndex:
    symbols: dict[str, str] = {code: code for code in iso4217()}
    names: dict[str, str] = {}
    minor: dict[str, tuple[str, Decimal]] = {}
    places: dict[str, tuple[str, ...]] = {}
    for currency in currencies():
        if currency.code not in iso4217() and currency.code != "BTC":
            raise LexiconError(f"currencies.json: {currency.code} is not an ISO 4217 code")
        symbols.update(dict.fromkeys((currency.code, *currency.symbols), currency.code))
        names.update(dict.fromkeys((n.lower() for n in currency.names), currency.code))
        for unit in currency.minor:
            minor.update(
                dict.fromkeys((n.lower() for n in unit.names), (currency.code, unit.factor))
            )
        places[currency.code] = currency.places
    listed = {place for code_places in places.values() for place in code_places}
    for code, code_places in places.items():
        plurals = tuple(
            f"{p}s" for p in code_places if _DEMONYM.fullmatch(p) and f"{p}s" not in listed
        )
        places[code] = code_places + plurals  # "Argentines", "Filipinos", "Saudis"
    symbols["RMB"] = "CNY"
    ambiguous = {
        k if not k.isalpha() or k[0].isupper() else k.lower(): v
        for k, v in currency_context().items()
    }
    return CurrencyIndex(symbols, names, minor, ambiguous, places)


@cache
def currency_pegs() -> dict[str, CurrencyPeg]:
    """Official fixed rates by pegged currency (``data/currency_pegs.json``)."""
    pegs = load_object(CurrencyPegs, "currency_pegs.json").pegs
    for peg in pegs:
        if peg.code not in iso4217():
            raise LexiconError(f"currency_pegs.json: {peg.code} is not an ISO 4217 code")
    return {peg.code: peg for peg in pegs}


@cache
def currency_markers() -> tuple[frozenset[str], frozenset[str]]:
    """Return ``(symbols, names)`` that mark an amount as money (money is not a quantity)."""
    index = currency_index()
    symbols = {*index.symbols, *(k for k in index.ambiguous if not k.islower())}
    names = {*index.names, *index.minor, *(k for k in index.ambiguous if k.islower())}
    return frozenset(symbols), frozenset(names)
