"""Which way a year-less date looks: the tense of the clause that holds it.

"The economy added 266,000 jobs in November, the department said on Friday, beating
forecasts" speaks of the past in both clauses, though "forecasts" is a future cue somewhere in
the sentence. So a cue inside the date's own clause decides: the nearest one before the date
(the verb that governs it: "fell 5% in January and are expected to rise in June"), else the
nearest after it ("the vote on May 3 will decide"). A clause with no cue ("In March, the
company will open a plant") leaves it to the sentence.

Clauses and cues are read off the Doc's token table (``Context``): about a tenth of the cost
of case-insensitive searches over the clause text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import Literal, NamedTuple

from factextract import lexicons
from factextract.facts.dates.values import Ahead
from factextract.facts.spans import Context
from factextract.numbers.words import is_plural, number_context
from factextract.patterns import LazyPattern


class _Words(NamedTuple):
    """The word lists of ``data/tense.json`` (``lexicons.Tense``, which says what each is) as
    sets."""

    breaks: frozenset[str]
    """Tokens that end a clause, besides a comma or a hyphen with space after it. Not "and"
    ("rose in January and February"), nor the prepositions that lead a date ("until June")."""
    not_a_tense_before: frozenset[str]
    participle_after: frozenset[str]
    """(Not "has": "has held talks since" looks back.)"""
    schedule_copulas: frozenset[str]
    schedule_links: frozenset[str]
    deadline_leads: frozenset[str]
    instructing: frozenset[str]
    deferring: frozenset[str]
    deferred_to: frozenset[str]
    in_force: frozenset[str]
    expectations: frozenset[tuple[str, ...]]
    schedule_not_after: frozenset[str]
    plural_subjects: frozenset[str]
    ambiguous_past: frozenset[str]
    period_end_links: frozenset[str]
    period_nouns: frozenset[str]
    copulas: frozenset[str]
    relative_subjects: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    irregular_participles: frozenset[str]
    verb_adverbs: frozenset[str]
    future_participles: frozenset[str]
    coordinated_verbs: frozenset[str]
    object_starts: frozenset[str]
    conditional_breaks: frozenset[str]
    subject_pronouns: frozenset[str]
    intending: frozenset[str]
    action_deadline_leads: frozenset[str]
    deadline_grants: frozenset[str]
    schedule_not_before: frozenset[str]
    state_present: frozenset[str]
    adjective_after: frozenset[str]


@cache
def _words() -> _Words:
    lists = lexicons.tense()
    return _Words(
        frozenset(lists.clause_breaks),
        frozenset(lists.not_a_tense_before),
        frozenset(lists.participle_after),
        frozenset(lists.schedule_copulas),
        frozenset(lists.schedule_links),
        frozenset(lists.deadline_leads),
        frozenset(lists.instructing),
        frozenset(lists.deferring),
        frozenset(lists.deferred_to),
        frozenset(lists.in_force),
        frozenset(tuple(cue.split()) for cue in lists.expectation_cues),
        frozenset(lists.schedule_not_after),
        frozenset(lists.plural_subjects),
        frozenset(lists.ambiguous_past),
        frozenset(lists.period_end_links),
        frozenset(lists.period_nouns),
        frozenset(lists.copulas),
        frozenset(lists.relative_subjects),
        frozenset(lists.perfect_auxiliaries),
        frozenset(lists.irregular_participles),
        frozenset(lists.verb_adverbs),
        frozenset(lists.future_participles),
        frozenset(lists.coordinated_verbs),
        frozenset(lists.object_starts),
        frozenset(lists.conditional_breaks),
        frozenset(lists.subject_pronouns),
        frozenset(lists.intending),
        frozenset(lists.action_deadline_leads),
        frozenset(lists.deadline_grants),
        frozenset(lists.schedule_not_before),
        frozenset(lists.state_present),
        frozenset(lists.adjective_after),
    )


@cache
def _schedule_verbs() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each schedule verb as its words, by its first word ("takes on")."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for verb in lexicons.tense().schedule_verbs:
        words = tuple(verb.split())
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(verbs) for first, verbs in by_first.items()}


_AT_LEAST = ("at", "least")

Tense = Literal["past", "future", "forecast", "open"]
"""What the cues say of a year-less date: "past", the latest one ("said", "rose"); "future",
the next one ("will", "hosts"); "forecast" ("expected to"), the next one, or a quarter or a
run of months under way or a quarter just ended (``component._forecast``); "open", no cue:
the nearest one."""

AHEAD: dict[Tense, Ahead] = {"past": False, "future": True, "forecast": True, "open": None}
"""A tense as the ``future`` argument of the normalizers."""

_AFTER = 1 << 30
"""Added to the distance of a cue after the date, so that every cue before it comes first."""


@cache
def _future_cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each future cue as its words (lower case), by its first word; the expectation cues
    ("expects", "anticipates") are future cues too, read as forecasts."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    cues = (*lexicons.calendar().future_cues, *lexicons.tense().expectation_cues)
    for cue in dict.fromkeys(cue.lower() for cue in cues):
        words = tuple(cue.split())
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(cues) for first, cues in by_first.items()}


@cache
def _modals() -> frozenset[str]:
    return frozenset(lexicons.tense().modal_cues)


def _modal(ctx: Context, i: int, right: int) -> Tense | None:
    """The tense of the modal at token ``i`` ("could", "may"): ahead, past before a perfect
    ("could have died on Sunday"), none for a name ("May") or "could not" (a past
    ability as often: "Rescuers could not reach the village on Sunday")."""
    if not ctx.words[i].islower():
        return None
    if _perfect_after(ctx, i + 1, right):
        return "past"
    if ctx.lowers[i] == "could" and i + 1 < right and ctx.lowers[i + 1] in ("not", "n't"):
        return None
    return "future"


@cache
def _past_cues() -> frozenset[str]:
    cues = (*lexicons.calendar().past_cues, *lexicons.tense().irregular_past)
    return frozenset(cue.lower() for cue in cues)


@cache
def _not_past_ed() -> frozenset[str]:
    return frozenset(lexicons.calendar().not_past_ed)


def _none_of(words: frozenset[str], lowers: tuple[str, ...], start: int, end: int) -> bool:
    """Whether none of ``words`` stands among ``lowers`` from ``start`` (0 when below) to
    ``end``: the checks that look for a word in a reach of tokens before a date test this
    first, in one call, and read the tokens one by one only when it fails. (The tests
    replace it with ``lambda *_: False`` to hold each check equal to its reading alone.)"""
    return words.isdisjoint(lowers[max(0, start) : end])


_TO = frozenset({"to"})


def clause(ctx: Context, sentence: tuple[int, int], first: int, last: int) -> tuple[int, int]:
    """Token range of the clause holding tokens ``first`` to ``last`` (exclusive), inside the
    sentence's token range."""
    left, right = first, last
    lowers, stops = ctx.lowers, _clause_stops()  # a word of none ends no clause: most words
    while left > sentence[0] and (lowers[left - 1] not in stops or not _ends_clause(ctx, left - 1)):
        left -= 1
    while right < sentence[1] and (lowers[right] not in stops or not _ends_clause(ctx, right)):
        right += 1
    return left, right


@cache
def _clause_stops() -> frozenset[str]:
    """The words ``_ends_clause`` may be true of: the breaks, a comma, a hyphen, "and"."""
    return _words().breaks | {",", "-", "and"}


def _ends_clause(ctx: Context, i: int) -> bool:
    word = ctx.lowers[i]
    if word in (",", "-"):  # "1,000" is one token; "well-off" has no spaces around its "-"
        return ctx.spaced[i] and (word == "," or (i > 0 and ctx.spaced[i - 1]))
    if word == "and":  # "beat Chelsea on Saturday and will face Wales next week"
        return i + 1 < len(ctx.lowers) and ctx.lowers[i + 1] in _words().coordinated_verbs
    return word in _words().breaks


def clause_tense(ctx: Context, bounds: tuple[int, int], start: int, end: int) -> Tense | None:
    """The tense of the cue that governs the date at characters ``start``-``end`` in the
    clause ``bounds`` (token indices), None when the clause has no cue."""
    first = ctx.token_at(start)  # the date's first token, read once for every check
    said = _clause_tense(ctx, bounds, start, end, first)
    if said == "past" and _gapped_future_passive(ctx, bounds, first):
        said = "future"
    if said is None and bounds[0] > 0 and ctx.lowers[bounds[0] - 1] in _IF:
        said = "future"  # "could threaten Ararat if winds shift on Friday": a present condition
    elif said is None and bounds[0] > 0 and ctx.lowers[bounds[0] - 1] == "when":
        copulas = _words().schedule_copulas
        if any(w in copulas for w in ctx.lowers[bounds[0] : first]):
            said = "future"  # "faces up to 20 years when he is sentenced in August"
    if said != "future" and _last_act_before_an_event(ctx, bounds[0], first, end):
        return "future"  # "a day before the bank's last decision before the July 4 election"
    awaited = _awaited(ctx, bounds[0], first, end)
    if awaited is None:
        return said
    if said is None and not awaited and _state_now(ctx, bounds[0], first):
        return "future"  # "He remains jailed pending a hearing Monday": still awaited
    # "Campaigning intensified ahead of Sunday's vote": after a past, the nearest Sunday
    # (``awaits``); "Investors await Friday's jobs report", "will rally ahead of": the next
    return "open" if said == "past" or (said is None and not awaited) else "future"


_GAPPED_SUBJECT = 4
"""Most tokens of a gapped passive's subject before its participle ("and the prizes")."""
_FUTURE_BE = frozenset({"will", "would", "shall", "to"})
_GAPPED_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "a", "an", "all", "some"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will"})


def _gapped_future_passive(ctx: Context, bounds: tuple[int, int], first: int) -> bool:
    """Whether the clause ``bounds`` is a passive whose "will be" the clause before it holds:
    "Laureates will be announced in October, and the prizes handed out on Dec. 10" (a
    subject after "and", then its participle with no verb of its own)."""
    lowers, words = ctx.lowers, ctx.words
    if "and" not in lowers[bounds[0] : first]:
        return False  # a cheap test first: most clauses hold no "and" before their date
    # the last "and" before the date that a determiner follows, which may open the clause;
    # a later one of a list of names is passed by ("handed out in Stockholm and Oslo on")
    ands = [k for k in range(bounds[0], first) if lowers[k] == "and"]
    led = [k for k in ands if lowers[k + 1] in _GAPPED_DETERMINERS]
    if not led or led[-1] < 3:
        return False  # "Smith and Jones visited on Monday": a list, no second subject
    if any(not words[k + 1][:1].isupper() for k in ands if k > led[-1]):
        return False  # "... and the prizes handed out and given on": no list passed by
    left = led[-1] + 1
    reach = range(left, min(first, left + _GAPPED_SUBJECT + 1))
    participle = next((k for k in reach if lowers[k].endswith("ed")), None)
    if participle is None or participle == left or not words[participle].islower():
        return False
    if any(not words[k].isalpha() or lowers[k] in _BE_FORMS for k in range(left, participle)):
        return False  # "and the prizes were handed out": a verb of its own
    opening = ctx.token_at(ctx.sentence_start(ctx.token_chars[left]))
    before = lowers[opening : left - 1]
    if ";" in before:
        before = before[len(before) - before[::-1].index(";") :]
    return any(
        before[k] in _FUTURE_BE and before[k + 1] == "be" and before[k + 2].endswith("ed")
        for k in range(len(before) - 2)
    )


def _state_now(ctx: Context, left: int, first: int) -> bool:
    """Whether a present of a state (``state_present``: "is", "remains") stands in the clause
    from token ``left`` before token ``first``: what it awaits is still ahead."""
    present = _words().state_present
    return any(word in present for word in ctx.lowers[left:first])


_HEADLINE_SUBJECT = 8
"""Most tokens of the subject before a headline's "to" ("Israel-Hamas truce to start")."""


def _headline_infinitive(ctx: Context, bounds: tuple[int, int], first: int, last: int) -> bool:
    """Whether the clause ``bounds`` opens its sentence with a headline's future: a subject
    with no verb and "to" with its bare verb ("Truce to start Friday morning", "Apple to
    report results on Thursday", "Biden to visit Japan in May"), and no verb in the clause
    but the infinitive and the date (tokens ``first`` to ``last``): "Talks to end the war
    began on Monday", "Talks to end the strike on Monday failed" keep the past, "He wanted
    to start Friday" too."""
    left, right = bounds
    if left not in ctx.sentence_tokens and left != 0:
        return False
    lowers, words = ctx.lowers, ctx.words
    stop = min(first - 1, left + _HEADLINE_SUBJECT)
    if "to" not in lowers[left + 1 : stop]:
        return False  # a cheap test first: no "to" in reach
    to = next((j for j in range(left + 1, stop) if lowers[j] == "to"), None)
    if to is None or not (words[to + 1].isalpha() and words[to + 1].islower()):
        return False
    if lowers[to + 1] == "have" or any(lowers[k] in _heads()[0] for k in range(left, to)):
        return False  # "expect the rate to have peaked", "Analysts expect prices to fall"
    ambiguous = _words().ambiguous_past
    if any(lowers[k] in ambiguous for k in range(left + 1, to - 1)):
        return False  # "Australia beat India to win the title on Friday": a verb, its object
    # a clause joined after the date ("... from July as it plugs budget gap") has its own verb
    after = next((k for k in range(last, right) if lowers[k] in _JOINED_AFTER), right)
    outside = (*range(left, to), *range(to + 2, first), *range(last, after))
    return not any(_verb_like(ctx, left, k) for k in outside)


_JOINED_AFTER = frozenset({"as", "after", "amid", "since", "before"})
"""Conjunctions that open a headline's second clause after its date: "Estonia to raise VAT
from July as it plugs budget gap" keeps the infinitive's future."""


def _verb_like(ctx: Context, left: int, k: int) -> bool:
    """Whether token ``k`` may be a finite verb or a subject pronoun: a past, a copula or an
    auxiliary, a modal, a pronoun; a capitalized word only as a pronoun."""
    word, tense = ctx.lowers[k], _words()
    if ctx.words[k][:1].isupper():
        return word in tense.subject_pronouns  # "He wanted to"; "Fed to hold" names the Fed
    return (
        word in tense.copulas
        or word in tense.perfect_auxiliaries
        or word in tense.subject_pronouns
        or word in _modals()
        or word in tense.irregular_participles
        or _past_cue(ctx, _past_cues(), left, k)
        or _past_tense(ctx, left, k)
    )


_IF = frozenset({"if", "unless"})
"""The conjunctions of a condition, whose clause with no tense cue (a present: "if winds
shift on Friday") is ahead; "if he had left on Friday" has its past."""


def awaits(ctx: Context, rule: str, start: int, end: int) -> bool:
    """Whether the weekday at characters ``start``-``end`` is a possessive that a lead of
    ``await_leads`` awaits ("ahead of Sunday's vote"), or the day of an event it awaits
    ("ahead of the Fed's decision Wednesday"): an "open" tense then reads the nearest such
    day, not the last."""
    if rule != "weekday":
        return False
    first = ctx.token_at(start)
    return _awaited(ctx, ctx.token_at(ctx.sentence_start(start)), first, end) is not None


def delay_ended(ctx: Context, rule: str, start: int) -> bool:
    """Whether the weekday at character ``start`` ends a weather delay ("The storm delayed
    flights until Tuesday"): an "open" tense then reads the nearest such day, since one six
    days back would be a delay told late ("The hurricane halted production until Thursday",
    published Wednesday, is tomorrow's); an end told as seen ("late ...") keeps the last."""
    if rule != "weekday":
        return False
    first = ctx.token_at(start)
    if ctx.lowers[first] == "late":
        return False  # an end told as seen ("until late Tuesday night"): the last one
    return _weather_delayed(ctx, ctx.token_at(ctx.sentence_start(start)), first)


def started(ctx: Context, rule: str, start: int) -> bool:
    """Whether the weekday at character ``start`` starts a state or an event named before it
    (``_starts_a_period``: "a four-day truce starting Thursday"): an "open" tense then reads
    the nearest such day, not the last."""
    if rule != "weekday":
        return False
    return _starts_a_period(ctx, ctx.token_at(ctx.sentence_start(start)), ctx.token_at(start))


def started_after_a_decision(ctx: Context, bounds: tuple[int, int], first: int) -> bool:
    """Whether the date at token ``first`` of the cue-less clause ``bounds`` follows
    "starting" ("beginning") in a participle's clause set off by a comma after a clause
    with a decision's infinitive told in the past (``_started_after_a_past``, read from the
    sentence's start): "It also agreed to slow the pace ..., cutting the monthly cap ... from
    $60 billion starting June 1" (in May) is this June, the nearest, not the clause's past."""
    left = bounds[0]
    if left < 2 or ctx.lowers[left - 1] != "," or not _gerund(ctx.words[left]):
        return False
    return _started_after_a_past(
        ctx, ctx.token_at(ctx.sentence_start(ctx.token_chars[left])), first
    )


_VERBLESS_LEADS = frozenset({"with", "including", "and"})
"""The words that open a verbless phrase after a comma ("..., with higher rates from April 9")
whose dates take the tense of the clause before."""


def started_in_a_phrase(ctx: Context, bounds: tuple[int, int], first: int) -> bool:
    """Whether the day of a month at token ``first`` of the cue-less clause ``bounds``, a
    verbless phrase after a comma ("announced a 10% tariff, with higher rates from April 9"),
    starts a state named by a started noun before its "from", after a past in the sentence:
    the nearest, as in the clause before (``_starts_a_period``)."""
    left = bounds[0]
    if (
        left < 2
        or ctx.lowers[left - 1] != ","
        or ctx.lowers[left] not in _VERBLESS_LEADS
        or ctx.lowers[first - 1] != "from"
        or not _started_noun_before(ctx, left, first - 1)
    ):
        return False
    after = first + 1
    while after < bounds[1] and ctx.words[after][:1].isalnum():
        after += 1  # past "April 9" to what follows it
    if after < len(ctx.lowers) and ctx.lowers[after] in _OPEN_END_BREAKS:
        return False  # "with higher rates from April 9 to May 1": a range
    sentence = ctx.token_at(ctx.sentence_start(ctx.token_chars[left]))
    return _past_before(ctx, sentence, left) and _WILL.isdisjoint(ctx.lowers[sentence:left])


def _gerund(word: str) -> bool:
    """A lower-case word in "-ing" ("cutting", "raising")."""
    return len(word) > 5 and word.endswith("ing") and word.isalpha() and word.islower()


_INTENTS = frozenset({"planned", "hoped", "intended", "wanted", "meant", "aimed"})
"""Participles of an intent that a past perfect before an infinitive tells overtaken ("had
planned to travel on Friday")."""
_OVERTAKEN = frozenset({"expected", "due", *_INTENTS})
"""The heads of an expectation or an intent told in the past ("had been expected to", "was
due to", "had planned to")."""
_LATER_ON = frozenset({"later", "earlier"})


def overtaken(ctx: Context, bounds: tuple[int, int], first: int) -> bool:
    """Whether the nearest cue before the weekday at token ``first`` in the clause ``bounds``
    is an expectation told in the past perfect, read "open" ("Ding had been expected to force
    tiebreaks on Friday", "The talks had been due to resume Friday", "Analysts had expected a
    cut on Friday"): held before a past that overtook it, lately, so of a day either side of
    publication; an "open" tense then reads the nearest such day, not the last (told on
    Thursday, the tiebreaks would have been the next day's). A simple past ("was expected to
    hit Thursday, but it turned") tells a story gone by: the last; so does a time of the
    story's day ("had been due to start later on Tuesday")."""
    left, right = bounds
    lowers = ctx.lowers
    if _none_of(_OVERTAKEN, lowers, left, first):
        return False  # a cheap test first: most weekdays follow no expectation
    before = first - 2 if first > left and lowers[first - 1] == "on" else first - 1
    if before >= left and lowers[before] in _LATER_ON:
        return False
    for i in range(first - 1, left - 1, -1):
        cue = _cue_at(ctx, left, i, right)[1]
        if cue is not None:
            return cue == "open" and lowers[i] in _OVERTAKEN and _pluperfect(ctx, left, i)
    return False


def _intent_overtaken(ctx: Context, left: int, i: int, right: int) -> bool:
    """Whether the participle of an intent at token ``i`` is a past perfect's before an
    infinitive ("had planned to travel", "had hoped to sign"): an intent held before a past
    that overtook it, of a date either side of publication, as "had been expected to" is."""
    after = i + 1
    if after + 1 >= right or ctx.lowers[after] != "to" or not ctx.words[after + 1].islower():
        return False
    return _pluperfect(ctx, left, i)


def _pluperfect(ctx: Context, left: int, i: int) -> bool:
    """Whether the participle at token ``i`` is a past perfect's: "had (been) expected"."""
    before = _auxiliary(ctx, left, i)
    if before >= left and ctx.lowers[before] == "been":
        before = _auxiliary(ctx, left, before)
    return before >= left and ctx.lowers[before] == "had"


@cache
def _await_leads() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    lists = lexicons.tense()
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for lead in lists.await_leads:
        words = tuple(lead.replace("-", " - ").split())  # "run-up" is three tokens
        by_last.setdefault(words[-1], []).append(words)
    leads = {last: tuple(found) for last, found in by_last.items()}
    return leads, frozenset(lists.await_present)


def _awaited(ctx: Context, left: int, first: int, end: int) -> bool | None:
    """Whether a lead of ``await_leads`` ends right before the weekday's possessive at token
    ``first`` ("ahead of Sunday's vote") or before "the" and a day of a month there ("ahead of
    the April 21 vote"), or before an event's noun phrase right before the weekday ("ahead of
    the Fed's decision Wednesday", ``_event_before_weekday``): True for a present form
    ("await"), None when none does."""
    found: int | None = None
    if ctx.text.startswith(("'s", "\u2019s"), end):
        at = first  # a cheap test first: most dates are no possessive and follow no "the"
        if ctx.lowers[first] not in lexicons.calendar().weekdays:
            return None
        if _called_off_after(ctx, ctx.token_at(end) + 1):
            return False  # "Saturday's parade has been cancelled": the nearest, as "cancelled"
        if _cast_as_a_prospect(ctx, ctx.token_at(end) + 1):
            return True  # "Sunday's vote is seen as a referendum on the government": ahead
        if _held_in_the_present(ctx, left, first, ctx.token_at(end) + 1):
            return False  # "Sunday's election is the first since the coup": the nearest
        if first <= left:
            return None
    elif first - 1 > left and ctx.lowers[first - 1] == "the":
        at = first - 1
        if ctx.lowers[first].rstrip(".") not in lexicons.calendar().months:
            return None
    elif (found := _event_before_weekday(ctx, left, first)) is not None:
        if _held_on_in_the_present(ctx, left, found, first, end):
            return False  # "The election on Sunday is the first since the coup": the nearest
        at = found  # "ahead of the Fed's decision Wednesday", "await the vote on Sunday"
    else:
        return None
    leads, present = _await_leads()
    for lead in leads.get(ctx.lowers[at - 1], ()):
        begin = at - len(lead)
        if begin >= left and tuple(ctx.lowers[begin:at]) == lead:
            written = " ".join(lead).replace(" - ", "-")
            if found is not None and written not in present and written not in _AHEAD_OF:
                return None  # "resigned before the vote Wednesday": when he resigned, maybe
            return written in present
    return None


_CALLED_OFF = frozenset({"cancelled", "canceled", "postponed", "scrapped", "called", "sold"})
_CALLED_OFF_PARTICLES = {"called": "off", "sold": "out"}
_CALLED_OFF_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "been"})
_CALLED_OFF_NOUNS = 3
"""Most lower-case words of the event's noun after the weekday's possessive."""


def _called_off_after(ctx: Context, j: int) -> bool:
    """Whether the event named from token ``j`` (after a weekday's possessive) is told
    called off or sold out by a passive right after it ("Saturday's parade has been
    cancelled", "Sunday's game was postponed", "Friday's concert is sold out"): an event
    mostly ahead, or just gone, as after an active "cancelled" (``await_leads``)."""
    lowers, words = ctx.lowers, ctx.words
    n = len(lowers)
    k = j
    while k < n and k - j < _CALLED_OFF_NOUNS and words[k].isalpha() and words[k].islower():
        if lowers[k] in _CALLED_OFF_AUXILIARIES:
            break
        k += 1
    if k == j or k >= n or lowers[k] not in _CALLED_OFF_AUXILIARIES:
        return False
    while k < n and lowers[k] in _CALLED_OFF_AUXILIARIES:
        k += 1
    if k >= n or lowers[k] not in _CALLED_OFF:
        return False
    particle = _CALLED_OFF_PARTICLES.get(lowers[k])
    return particle is None or (k + 1 < n and lowers[k + 1] == particle)


_TAKING_EFFECT = frozenset(
    {"increase", "increases", "hike", "hikes", "rise", "rises", "raise", "raises"}
    | {"change", "changes"}
)
"""Nouns of a change that takes effect on a day, named after a weekday's possessive
("Monday's increases"); an event over once told ("storm", "outage") is none."""


def _change_ahead_of_its_effect(
    ctx: Context, bounds: tuple[int, int], first: int, end: int
) -> bool:
    """Whether the weekday at token ``first`` (ending at character ``end``) names, by its
    possessive, a change (``_TAKING_EFFECT``, maybe one lower-case word before it: "wage
    increases") after a participle and "by" ("affected by", "covered by", "hit by"), whose
    effect a "will" after it in the clause tells ahead: "Workers affected by Monday's
    increases will earn $2 more an hour" is of the next Monday; the participle is the
    subject's, no past of the clause. "Residents hit by Monday's storm will receive aid"
    (an event) and "... increases earned $2 more" keep the last."""
    if first < bounds[0] + 2 or not ctx.text.startswith(("'s", "\u2019s"), end):
        return False
    lowers = ctx.lowers
    if lowers[first - 1] != "by" or not _participle(ctx, first - 2):
        return False
    j = ctx.token_at(end) + 1
    if j < bounds[1] and lowers[j] not in _TAKING_EFFECT and ctx.words[j].islower():
        j += 1  # "Monday's wage increases"
    if j >= bounds[1] or lowers[j] not in _TAKING_EFFECT:
        return False
    return j + 1 < bounds[1] and lowers[j + 1] in _WILL_WORDS


_WILL_WORDS = frozenset({"will", "'ll"})


_PROSPECT_CASTS = frozenset(
    {"seen", "viewed", "regarded", "billed", "considered", "touted", "framed", "cast"}
)
_PROSPECT_NOUNS = frozenset(
    {"test", "referendum", "bellwether", "barometer", "gauge", "litmus", "showdown"}
    | {"rehearsal", "decider", "preview"}
)
"""What a present passive casts a held event as ahead of it ("Sunday's vote is seen as a
referendum on the government", "is billed as a showdown"): a test of what it will tell;
"seen as a rebuke", "viewed as a blow" tell what it told, and stay the last."""
_PROSPECT_WORDS = 3
"""Most words between "as" (or the participle) and the noun of a prospect ("a key test")."""


def _cast_as_a_prospect(ctx: Context, j: int) -> bool:
    """Whether a held event (``held_events``: vote, election, game, summit, ...) named from
    token ``j`` (after a weekday's possessive) is cast as a prospect by a present passive
    right after it: "Sunday's vote is (widely) seen as a referendum on the government",
    "Saturday's game is billed as a showdown": ahead (``_PROSPECT_NOUNS``); "Sunday's vote
    was seen as a referendum", "Sunday's attack is seen as a test" (no held event) are not."""
    lowers, words = ctx.lowers, ctx.words
    n = len(lowers)
    k = j
    while k < n and k - j < _CALLED_OFF_NOUNS and words[k].isalpha() and words[k].islower():
        if lowers[k] in _words().schedule_copulas:
            break
        k += 1
    if k == j or k >= n or lowers[k] not in _words().schedule_copulas:
        return False
    if lowers[k - 1] not in _held_events():
        return False  # "Sunday's attack is seen as a test": a past event's present view
    k += 1
    while k < n and lowers[k] in _words().verb_adverbs:
        k += 1  # "is widely seen as", "is now viewed as"
    if k + 1 >= n or lowers[k] not in _PROSPECT_CASTS or lowers[k + 1] != "as":
        return False
    return any(word in _PROSPECT_NOUNS for word in lowers[k + 2 : k + 3 + _PROSPECT_WORDS])


_SUBJECT_OPENERS = frozenset(
    {"and", "but", "as", "while", "because", "although", "though", "so", "that"}
    | {"say", "says", "said"}
)
"""Words a clause's subject may follow ("..., but Sunday's vote is the first", "Analysts say
Sunday's vote is a test"; after "said" a present not shifted back is still so)."""
_HELD_AND_GONE = frozenset({"over", "done", "finished", "behind", "being", "history"})
"""Words after a held event's present copula that tell it gone ("Sunday's vote is over", "is
being counted"): its last day, as the clause's past would."""


def _held_in_the_present(ctx: Context, left: int, first: int, j: int) -> bool:
    """Whether a held event (``held_events``) named from token ``j`` (after the possessive of
    the weekday at token ``first``, opening the clause from ``left`` or after a conjunction)
    is the subject of a present copula right after it, no passive: "Sunday's
    election is the first since the 2019 coup", "Saturday's final is a rematch": a schedule
    told in the present, the nearest such day (a day before a Monday's story, ahead of a
    Friday's), not the last whatever the clause's past ("the first since the army seized
    power"). "Sunday's election was ...", "Sunday's vote is over (seen as a rebuke, being
    counted)", an event over once told ("Sunday's attack is the deadliest") and one that is
    no subject ("The result of Sunday's vote is not in doubt") keep the last."""
    lowers, words = ctx.lowers, ctx.words
    if first > left and lowers[first - 1] not in _SUBJECT_OPENERS:
        return False
    n = len(lowers)
    k = j
    copulas = _words().schedule_copulas
    while k < n and k - j < _CALLED_OFF_NOUNS and words[k].isalpha() and words[k].islower():
        if lowers[k] in copulas:
            break
        k += 1
    if k == j or lowers[k - 1] not in _held_events():
        return False
    return _present_copula_at(ctx, k)


def _held_on_in_the_present(ctx: Context, left: int, found: int, first: int, end: int) -> bool:
    """Whether the weekday at token ``first`` (ending at character ``end``) dates a held event
    named right before it (maybe with "on"), whose noun phrase from token ``found`` opens the
    clause from ``left`` (or follows a conjunction) and is the subject of a present copula
    right after the weekday: "The election on Sunday is the first since the coup", as
    "Sunday's election is" (``_held_in_the_present``)."""
    lowers = ctx.lowers
    if found > left and lowers[found - 1] not in _SUBJECT_OPENERS:
        return False
    noun = first - 2 if lowers[first - 1] == "on" else first - 1
    if noun <= found or lowers[noun] not in _held_events():
        return False
    return _present_copula_at(ctx, ctx.token_at(end))


def _present_copula_at(ctx: Context, k: int) -> bool:
    """Whether token ``k`` is a present copula (``schedule_copulas``) of no passive and of
    nothing gone (``_HELD_AND_GONE``) after it: "is the first", "are a test"."""
    lowers, words = ctx.lowers, ctx.words
    n = len(lowers)
    if k + 1 >= n or lowers[k] not in _words().schedule_copulas:
        return False
    k += 1
    while k < n and lowers[k] in _words().verb_adverbs:
        k += 1  # "is now the first", "is also a test"
    if k >= n or not words[k].isalpha():
        return False
    word = lowers[k]
    if word in _HELD_AND_GONE or word in _PROSPECT_CASTS or word.endswith("ed"):
        return False
    # "is the team's third loss in a row", "is a landslide for the ruling party": told won
    return not any(w in _OUTCOMES for w in lowers[k : min(n, k + _OUTCOME_REACH)])


_OUTCOMES = frozenset(
    {"loss", "losses", "defeat", "win", "wins", "victory", "draw", "upset", "rout", "landslide"}
    | {"result", "results", "winner", "loser", "turnout", "verdict", "outcome", "score"}
)
"""Nouns of an event's outcome after its present copula: one told after it ("Sunday's game is
the team's third loss"), its last day."""
_OUTCOME_REACH = 6
"""Most tokens after the copula read for an outcome ("is the team's third straight loss")."""


_AHEAD_OF = frozenset({"ahead of", "run-up to", "lead-up to", "build-up to", "pending"})
_AHEAD_OF |= {"heading into", "heads into", "head into", "going into"}
"""Leads that await an event named before its weekday with no possessive ("ahead of the
vote Sunday", "held pending a hearing Friday") whatever the verb's tense; "before" and
"prepared for" may tell when the verb's act was ("resigned before the vote Wednesday")."""


_NUMBERED_EVENTS = frozenset({"Game", "Match", "Test", "Race", "Stage", "Round", "Leg"})
"""A series' numbered events: "Game 3", "Stage 5" (written with a capital and a number)."""
_EVENT_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this"})
_EVENT_REACH = 4
"""Most words of the event's noun phrase between its determiner and the weekday."""


def _event_before_weekday(ctx: Context, left: int, first: int) -> int | None:
    """The token of the determiner opening a noun phrase of an event right before the weekday
    at token ``first`` (maybe with "on" between): "the Fed's decision Wednesday", "the vote on
    Sunday", "a policy meeting Tuesday"; None when there is none (words only, no comma)."""
    lowers = ctx.lowers
    if lowers[first] not in lexicons.calendar().weekdays:
        return None
    j = first - 1
    if j > left and lowers[j] == "on":
        j -= 1
    if j - 1 > left and ctx.words[j].isdigit() and ctx.words[j - 1] in _NUMBERED_EVENTS:
        return j - 1  # "ahead of Game 3 on Wednesday", "heading into Game 5 Tuesday"
    if j <= left or not ctx.words[j].isalpha() or not ctx.words[j].islower():
        return None  # the phrase ends in a lower-case noun: "decision", "vote"
    for k in range(j - 1, max(left, j - _EVENT_REACH) - 1, -1):
        if lowers[k] in _EVENT_DETERMINERS:
            return k
        if not (ctx.words[k].isalpha() or lowers[k] in ("'s", "\u2019s")):
            return None
    return None


def _clause_tense(
    ctx: Context, bounds: tuple[int, int], start: int, end: int, first: int
) -> Tense | None:
    """``clause_tense`` before its conditions and awaited events; ``first`` is the date's
    first token (``ctx.token_at(start)``)."""
    left = bounds[0]
    # the word right before the date, read once: several checks below hold only after one
    # of a few such words (their own first test), and are not called after any other
    lead = ctx.lowers[first - 1] if first > left else ""
    if _schedule(ctx, left, first, end):
        return "future"
    if _change_ahead_of_its_effect(ctx, (left, bounds[1]), first, end):
        return "future"  # "Workers affected by Monday's increases will earn $2 more an hour"
    if _headline_infinitive(ctx, (left, bounds[1]), first, ctx.token_at(end)):
        return "future"  # "Apple to report results on Thursday", "Biden to visit Japan in May"
    if _weather_present(ctx, left, first):
        return "future"  # "The heat peaks on Sunday", "Temperatures drop Thursday night"
    if _enters_a_span(ctx, left, first):
        return "future"  # "The trial enters its third week on Monday": a milestone ahead
    if _in_force_to_a_weekday(ctx, left, first, end):
        return "future"  # "A frost advisory is in effect from 2 a.m. to 8 a.m. Thursday"
    if (
        lead in _UNTIL
        and _weather_delayed(ctx, left, first)
        and not _names_a_month(ctx, first, end)
    ):
        return "open"  # "The storm delayed flights until late Tuesday night": its end, near
    deferred = _deferred(ctx, left, first)
    if deferred and _ended_then(ctx, bounds[1]):
        return "past"  # "The ban was upheld until Friday, when it expired": over
    if deferred or (
        (lead in _words().deadline_leads or lead == _AT_LEAST[1])
        and _instructed_deadline(ctx, left, first)
    ):
        # a weekday is ahead; a day of a month the nearest ("adjourned until April 2"); a
        # month put off to is ahead ("The judge postponed the trial until January")
        if not _names_a_month(ctx, first, end) or (
            deferred and _bare_month(ctx, first, end) and _put_off(ctx, left, first)
        ):
            return "future"
        return "open"
    if _intended(ctx, left, first):
        return "future"  # "agreed on Monday to hear the case in October"
    if (signalled := _signalled(ctx, left, first)) is not None:
        return signalled  # "The ECB signalled a cut in June": the nearest; "another": ahead
    if (ruled := _ruled_out(ctx, left, first)) is not None:
        return ruled  # "has ruled out a second increase in July": a move ahead of the word
    if _ordered_day(ctx, left, first, end):
        # "The judge ordered him to return to court on Dec. 2": after the order, which may
        # be told after the day as well; the nearest
        return "open"
    if lead in _words().action_deadline_leads and _action_deadline(ctx, left, first, end):
        # "was given until Friday to respond": ahead; a day of a month told in the past may
        # have been either side ("was given until April 2 to comply"): the nearest
        past = _names_a_month(ctx, first, end) and _past_before(ctx, left, first)
        return "open" if past else "future"
    if (
        lead in _SET_FOR_LEADS
        and _set_for_a_day(ctx, left, first)
        and not _names_a_month(ctx, first, end)
    ):
        return "future"  # "Lawmakers set a vote for Tuesday": a day set is ahead
    if (
        lead in _STATUS_FOR_LEADS
        and _status_for_a_day(ctx, left, first)
        and not _names_a_month(ctx, first, end)
    ):
        return "future"  # "Smith is questionable for Sunday's game": a player's state ahead
    if _in_effect(ctx, left, first):
        return "open"  # "announced a stock split effective June 7": the nearest June 7
    if lead == "from" and _start_of_a_state(ctx, left, first, end):
        return "open"  # "expanded visa-free entry from July 15": the nearest July 15
    if _started_after_a_past(ctx, left, first):
        return "open"  # "agreed to slow the runoff starting June 1": the nearest June 1
    if _delivery_month(ctx, first, end):
        return "open"  # "Aramco cut its January official selling price": the nearest
    if _starts_a_period(ctx, left, first):
        return "open"  # "urged it to cut the deficit in the fiscal year starting July 1"
    if _started_in_a_present(ctx, bounds, first):
        # "The reform raises the pension starting in September" (January): a month ahead;
        # a day of a month the nearest ("expands the bus service starting March 7")
        return "open" if _names_a_day(ctx, first, end) else "future"
    if ctx.lowers[first] not in lexicons.calendar().weekdays and _ahead_of_an_event(
        ctx, left, start
    ):
        return "open"  # "have rushed to buy gold ahead of local elections on March 31"
    if lead in _scheduled()[0] and _reported_on(ctx, left, first, end):
        return "past"  # "The company says Monday it will cut jobs": the day of the saying
    if _accused_act(ctx, left, first):
        return "past"  # "He is accused of killing his wife in March": an act gone by
    if (reported := _reported_subject(ctx, left, first, end)) is not None:
        return reported  # "said profit in the second half would beat forecasts": ahead
    best: tuple[int, Tense] | None = None
    lowers, (ahead, back) = ctx.lowers, _heads()
    i, right = bounds
    after = ctx.token_at(end)
    past_seen = False
    modals, read = _modals(), _read_in_clause()
    while i < right:
        word = lowers[i]
        if word not in read and not word.endswith("ed"):
            i += 1  # no cue, holding verb nor modal starts here: most words (one test)
            continue
        if word not in ahead and word not in back and not word.endswith("ed"):
            if word in _HOLDING and (held := _holds_an_event(ctx, left, i, right)):
                # "Riders have a rest day on Monday", "The team has a game Tuesday": ahead
                best = _nearer(ctx, best, i, i + held, start, end, "future")
                i += held
                continue
            modal = _modal(ctx, i, right) if word in modals else None
            if modal is not None:  # in the date's own clause only: "could reach it by Sunday"
                best = _nearer(ctx, best, i, i + 1, start, end, modal)
                past_seen = past_seen or modal == "past"
            i += 1  # no cue starts here: most words
            continue
        width, cue = _cue_at(ctx, left, i, right)
        if cue is not None and word in _FORECAST_NOUNS and _forecast_dated(ctx, left, i, first):
            cue = None  # "Sony raised its profit forecast on Wednesday": the day it was made
        elif cue is not None and i < first and word in _FORECAST_NOUNS:
            if _revised_forecast(ctx, left, i, first):
                cue = None  # "raised its profit forecast by 7% to $16 billion on Thursday"
            elif _figure_forecast_dated(ctx, left, i, first):
                cue = "past"  # "The government forecast a deficit of $30 billion on Friday"
        elif cue is not None and i == after and word in _FORECASTING_PASTS:
            # "The government on Thursday forecast a deficit": the act's day
            cue = "past" if _act_dated(ctx, left, first) else cue
        elif (
            cue is not None
            and i < first
            and word in _FORECASTING_PASTS
            and _figure_forecast_dated(ctx, left, i, first)
        ):
            cue = "past"  # "The central bank projected growth of 3% on Tuesday"
        if cue == "future" and word == "deadline" and i < first and _deadline_gone(ctx, left, i):
            cue = "past"  # "He missed the deadline for Jan. 31": a deadline gone by
        if cue == "past" and i < first and _ended_another_day(ctx, i, first):
            cue = None  # "will release results for the three months ended May 31 on June 20"
        if cue is None and (i < first or i >= after) and _past_with_object(ctx, left, i, right):
            # "Arsenal beat Chelsea on Saturday and face Wales next week"; after the date, a
            # verb its subject holding it: "after first-quarter profit beat estimates"
            cue = "past"
        if cue == "future" and i < first and (act := after_an_act(ctx, i + width, first)):
            # "is raising prices in July, after raising them in March", "will not pitch in
            # 2024 after elbow surgery in September": the act after "after" is before the
            # plan, either side of the publication; "after a crash in March": gone by
            return act
        if cue is not None:
            best = _nearer(ctx, best, i, i + width, start, end, cue)
            past_seen = past_seen or cue == "past"
        i += width
    if best is None or best[1] == "past" or past_seen:
        if best is not None and _set_for_a_month(ctx, left, first, end):
            # "was pushed back for April", "was scheduled for January" (whose "scheduled" is a
            # future cue nearer the month than "was"): set for a month, either way
            return "open"
        if best is None or best[1] == "past":
            return None if best is None else best[1]
    if (
        _ends_a_period(ctx, left, first)
        and _names_a_month(ctx, first, end)
        and not (best[1] == "forecast" and _year_ending(ctx, first))
    ):
        # ahead, the end of a reporting period is the nearest ("figures for the three months
        # to February are due next week"); a weekday keeps the tense ("the week ending Friday"),
        # and a forecast its own for a year still "ending" ("expects profit for the year ending
        # March to rise")
        return "open"
    return best[1]


_PERIOD_NOUNS = frozenset(
    {"months", "weeks", "days", "month", "week", "quarter", "half", "year", "period"}
)
_ACCUSING = {
    "accused": "of",
    "suspected": "of",
    "convicted": "of",
    "acquitted": "of",
    "guilty": "of",
    "charges": "of",
    "allegations": "of",
    "charged": "with",
    "denies": "",
    "deny": "",
    "admits": "",
    "admit": "",
}
"""Words of an accusation, a verdict or a plea, and the word that leads the act's gerund
after them ("" for none: "denies killing")."""
_PLAN_GERUNDS = frozenset(
    {"planning", "plotting", "preparing", "conspiring", "intending", "seeking", "trying"}
)
"""Gerunds of an intent: the date after them may be the planned act's ("accused of planning
an attack in December"), either side."""
_NOT_GERUNDS = frozenset({"during", "nothing", "something", "anything", "everything"})


def _accused_act(ctx: Context, left: int, first: int) -> bool:
    """Whether the date at token ``first`` is of an act told by a gerund after a word of an
    accusation, a verdict or a plea before it in its clause ("is accused of killing his wife
    in March", "is suspected of setting the fire on Friday", "denies stealing $5 million in
    May"): the act is gone by, whatever the tense of the accusation (a present "is accused"
    reads no tense); not an intent's gerund ("accused of plotting an attack in December"),
    nor with another cue between the gerund and the date ("charged with leading the protest
    planned for Friday")."""
    lowers, words = ctx.lowers, ctx.words
    if _none_of(_ACCUSING_WORDS, lowers, left, first):
        return False  # a cheap test first: most dates follow no accusation
    ahead, back = _heads()
    for j in range(first - 1, left - 1, -1):
        lead = _ACCUSING.get(lowers[j])
        if lead is None:
            continue
        g = j + 1 + (1 if lead else 0)
        if g >= first or (lead and lowers[j + 1] != lead):
            return False
        gerund = words[g]
        if not (gerund.isalpha() and gerund.islower() and gerund.endswith("ing")):
            return False
        if len(gerund) < 5 or gerund in _NOT_GERUNDS or gerund in _PLAN_GERUNDS:
            return False
        return not any(
            w in ahead or w in back or w.endswith("ed") or w in _PLAN_GERUNDS
            for w in lowers[g + 1 : first]
        )
    return False


_ACCUSING_WORDS = frozenset(_ACCUSING)


def _ended_another_day(ctx: Context, i: int, first: int) -> bool:
    """Whether the past cue at token ``i`` is the "ended" of a period that another month's
    date right after it ends ("the three months ended May 31", "the quarter ended March 31"),
    before the date at token ``first``: it dates that end only, no past of the clause."""
    lowers = ctx.lowers
    return (
        lowers[i] == "ended"
        and i > 0
        and lowers[i - 1] in _PERIOD_NOUNS
        and i + 1 < first
        and lowers[i + 1].rstrip(".") in lexicons.calendar().months
    )


_REPORTED_REACH = 5
"""Most tokens of a reported subject before (and after) the date it holds ("said profit in
the second half would")."""
_REPORTED_MODALS = frozenset({"will", "would", "'ll", "\u2019ll"})


@cache
def _reported_modals() -> frozenset[str]:
    """``_REPORTED_MODALS`` and the modal cues, built once (not on every date's call)."""
    return _REPORTED_MODALS | _modals()


def _reported_subject(ctx: Context, left: int, first: int, end: int) -> Tense | None:
    """The tense of "will", "would" or a modal ("could") whose subject holds the date at token
    ``first``, right after a reporting verb ("The company said profit in the second half would beat
    forecasts", "said that sales in the fourth quarter will fall"): the reported clause's
    own, not the saying's; None when a word that may be a verb stands between."""
    lowers, (ahead, back) = ctx.lowers, _heads()
    if _none_of(_reporting_verbs(), lowers, first - _REPORTED_REACH - 1, first):
        return None  # a cheap test first: no reporting verb in reach before the date
    modals = _reported_modals()
    after = k = ctx.token_at(end)  # the first token after the date
    while k < len(lowers) and k < after + _REPORTED_REACH and lowers[k] not in modals:
        if k in ctx.sentence_tokens or not _in_subject(ctx, k, ahead, back) or lowers[k] == "that":
            return None  # "told reporters on Tuesday that": the day of the saying
        k += 1
    if k >= len(lowers) or lowers[k] not in modals or not ctx.words[k].islower():
        return None
    j = first - 1
    while j >= 0 and first - j <= _REPORTED_REACH and lowers[j] not in _reporting_verbs():
        if j + 1 in ctx.sentence_tokens or not _in_subject(ctx, j, ahead, back):
            return None
        j -= 1
    if j < 0 or lowers[j] not in _reporting_verbs() or lowers[j + 1] in _NO_SUBJECT:
        return None  # "said on Monday it would": the day of the saying (``_reported_on``)
    if j == first - 1 and lowers[j] in _scheduled()[1] and j > 0 and ctx.words[j - 1].islower():
        return None  # "the plan announced Monday would cost": a participle's day, the act's
    if lowers[j] == _TOLD and not any(w in _determiners() for w in lowers[j + 2 : first]):
        return None  # "told reporters (the BBC) on Tuesday the vote would": whom, then when
    if lowers[k] not in _REPORTED_MODALS:  # "could fall"; "could have fallen": past
        return _modal(ctx, k, len(lowers))
    if _perfect_after(ctx, k + 1, len(lowers)):
        return "past"  # "said demand in the first quarter would have been higher"
    return _cue_at(ctx, left if left <= k else k, k, len(lowers))[1]


_TOLD = "told"
"""A reporting verb whose addressee comes first: the subject holding the date opens with a
determiner after it ("told reporters the vote on Friday would")."""

_NO_SUBJECT = frozenset(
    {"on", "in", "at", "by", "during", "last", "this", "next", "late", "early", "from", "since"}
    | {"before", "after", "until", "over", "for", "it", "they", "he", "she", "we", "i", "you"}
)
"""Words after a reporting verb that open no subject holding a date ("said on Monday")."""


def _in_subject(ctx: Context, i: int, ahead: frozenset[str], back: frozenset[str]) -> bool:
    """Whether the token at ``i`` may stand in a noun phrase holding a date: a word of
    ``_subject_word``, or a schedule verb's form right after a determiner, a noun there ("said
    the vote on Friday would", "the meeting's visit on Monday")."""
    word = ctx.lowers[i]
    if _subject_word(word, ahead, back):
        return True
    return (
        i > 0
        and word in _schedule_verbs()
        and ctx.lowers[i - 1] in _determiners()
        and word not in _future_cues()
    )


@cache
def _determiners() -> frozenset[str]:
    return frozenset(lexicons.tense().determiners)


def _subject_word(word: str, ahead: frozenset[str], back: frozenset[str]) -> bool:
    """Whether ``word`` may stand in a noun phrase holding a date ("profit in the"): a word
    (or "that" after the saying) that may start no cue, no "-ed" word, no break but "that"."""
    if word == "that":
        return True
    if word in ahead or word in back or word.endswith("ed") or word in _words().breaks:
        return False
    if word in _words().subject_pronouns:
        return False  # "said on Monday it would": its own subject after the date
    return word.isalpha() or word in ("'s", "\u2019s", "-")


_IN_EFFECT_LINKS = frozenset({"from", "on", "as", "of"})


@cache
def _in_effect_leads() -> frozenset[str]:
    return frozenset(lexicons.tense().in_effect_leads)


def _in_effect(ctx: Context, left: int, first: int) -> bool:
    """Whether the date at token ``first`` follows one of ``Tense.in_effect_leads``, up to
    two links between ("effective June 7", "effective as of March 1"), with no copula or
    "become" before the lead ("became effective on June 7" keeps its past)."""
    lowers, i = ctx.lowers, first - 1
    while i > left and first - i <= 2 and lowers[i] in _IN_EFFECT_LINKS:
        i -= 1
    if i < left or lowers[i] not in _in_effect_leads():
        return False
    before = lowers[i - 1] if i > left else ""
    return before not in _words().copulas and not before.startswith("becam")


_OPEN_END_BREAKS = frozenset({"to", "until", "till", "through", "thru", "and", "-", "–"})


def _started_after_a_past(ctx: Context, left: int, first: int) -> bool:
    """Whether the date at token ``first`` follows "starting", "beginning" or "commencing"
    in a clause told in the past with a decision's infinitive: its start, the nearest such
    day ("It also agreed to slow the pace ... starting June 1", in May, is this June); a
    present or a future keeps its tense ("Letters will be mailed starting December 28"), a
    past with no infinitive its past ("The plant was closed starting July 1")."""
    link = first - 1
    if link > left and ctx.lowers[link] == "on":
        link -= 1
    if link <= left or ctx.lowers[link] not in _PERIOD_START_LINKS:
        return False
    lowers, words = ctx.lowers, ctx.words
    planned = any(
        lowers[j] == "to" and words[j + 1].isalpha() and words[j + 1].islower()
        for j in range(left, link - 1)
    )  # "agreed to slow the pace ... starting June 1": a decision's infinitive; "The plant
    # was closed starting July 1" tells a state gone by
    return planned and _past_before(ctx, left, link)


def _started_in_a_present(ctx: Context, bounds: tuple[int, int], first: int) -> bool:
    """Whether the date at token ``first`` follows "starting" ("beginning", "commencing"),
    maybe with "in" or "on", in a clause with no past cue: a start told in the present is
    ahead ("The reform raises the pension to 250,000 pesos starting in September", in
    January, is this September); "Starting in September, sales rose" keeps its past."""
    left = bounds[0]
    link = first - 1
    if link > left and ctx.lowers[link] in ("in", "on"):
        link -= 1
    if link < left or ctx.lowers[link] not in _PERIOD_START_LINKS:
        return False
    # the sentence up to the date's clause's end, or all of it after a fronted phrase
    # ("Starting in September, sales rose" has its past after the comma); not a relative
    # clause after ("..., for retirees who paid in for 20 years")
    chars = ctx.sentence_chars
    at = bisect_right(chars, ctx.token_chars[first])
    start = ctx.token_at(chars[at - 1])
    end = bounds[1]
    if link <= max(left, start) + 1:  # a phrase that opens with its "starting"
        end = ctx.token_at(chars[at]) if at < len(chars) else len(ctx.lowers)
    # "Sales have risen starting in September": a start gone by; a modal keeps its own
    # reading ("will cost $43 a vial starting January 7")
    told = _words().perfect_auxiliaries | _modals() | _WILL
    return not any(ctx.lowers[k] in told for k in range(start, end)) and not _past_before(
        ctx, start, end
    )


def _start_of_a_state(ctx: Context, left: int, first: int, end: int) -> bool:
    """Whether the day of a month at token ``first`` (ending at character ``end``) follows
    "from" and no end follows it: when a state starts, told as "effective" tells it, either
    side of a past decision ("Thailand expanded visa-free entry to visitors from 93
    countries from July 15", in June, is this July; "Schools were closed from March 16", in
    April, last March); not "from July 15 to Aug. 1", a range, nor a weekday, nor a change's
    start ("rose 5% from July 15"); only after a past ("The series concludes from July 21",
    "Fares will rise from 25 December" look ahead)."""
    if first - 1 <= left or ctx.lowers[first - 1] != "from":
        return False
    before = ctx.lowers[first - 2]
    if before[-1:].isdigit() or before in ("%", "percent", "cent", "points"):
        return False  # "Prices rose 5% from July 15": a change since then, past
    if not _names_a_month(ctx, first, end) or not _names_a_day(ctx, first, end):
        return False
    after = ctx.token_at(end)
    if after < len(ctx.lowers) and ctx.lowers[after] in _OPEN_END_BREAKS:
        return False
    # a present or a future keeps its tense, and so does a modal after the past ("said
    # workers will get a holiday from June 17": ahead)
    return _past_before(ctx, left, first) and _WILL.isdisjoint(ctx.lowers[left:first])


_FIGURE_MODIFIERS = (
    r"consumer|producer|price|prices|jobs|labou?r|trade|retail|wage|wages|employment|economic"
    r"|official|national|current|account|balance|GDP|gdp|CPI|inflation|earnings|sales|growth"
)
"""Words that may stand between a period and the noun of its reported figures ("June-quarter
consumer price figures", "fourth-quarter GDP data")."""


@cache
def _reported_after() -> re.Pattern[str]:
    """A noun of reported figures after a period, past at most two modifiers; a modifier that
    is such a noun itself may be it ("Fourth-quarter earnings are due")."""
    nouns = "|".join(sorted(map(re.escape, lexicons.tense().reported_nouns), key=len, reverse=True))
    return re.compile(
        rf"[ \u00a0]+(?:(?:{_FIGURE_MODIFIERS})[ \u00a0]+){{0,2}}(?i:{nouns})(?![\w-])"
    )


_FIGURE_VERBS = frozenset(
    {"be", "come", "show", "post", "report", "remain", "stay", "have", "average", "total"}
    | {"hit", "reach", "top", "exceed", "beat", "miss", "peak", "bottom", "turn", "swing"}
    | {"return", "record", "register", "land", "finish", "end", "close", "see", "grow"}
)
"""Infinitives of a forecast of figures ("expects sales to be", "forecast to hit"), besides the
verbs of change."""
_ACT_REACH = 16


@cache
def _expecting() -> frozenset[str]:
    """The words of the expectation cues ("expects", "expected", "forecast")."""
    words = {w for cue in lexicons.tense().expectation_cues for w in cue.lower().split()}
    return frozenset(words - {"to", "is", "are"})


def forecast_of_an_act(ctx: Context, start: int) -> bool:
    """Whether the forecast before the date at character ``start`` expects an act: the
    infinitive after the nearest expectation cue before the date is no verb of figures
    ("expects to open the plant in the fourth quarter", "is expected to launch the model in
    the first half"); the act lies ahead, not in a quarter just ended whose figures are
    awaited ("expects inflation to fall to around 1% in the first quarter" in January)."""
    lowers, words = ctx.lowers, ctx.words
    i = ctx.token_at(start)
    floor = max(ctx.token_at(ctx.sentence_start(start)), i - _ACT_REACH)
    cue = next((k for k in range(i - 1, floor - 1, -1) if lowers[k] in _expecting()), None)
    if cue is None:
        return False
    to = next((k for k in range(cue + 1, i - 1) if lowers[k] == "to"), None)
    if to is None:
        return False
    verb = words[to + 1]
    return (
        verb.isalpha()
        and verb.islower()
        and verb not in _FIGURE_VERBS
        and verb not in lexicons.change_words()
    )


def of_reported_figures(text: str, end: int) -> bool:
    """Whether the quarter or half ending at character ``end`` names the period of reported
    figures ("Q4 GDP data", "fourth-quarter results"): they come out after it ends, so a
    future clause ("will be released on Jan. 26") is a forecast's, not next year's."""
    return _reported_after().match(text, end) is not None


_SUBJECT_REACH = 4
"""Most tokens of a subject between a fronted date clause's comma and its verb of saying."""


@cache
def _reporting_verbs() -> frozenset[str]:
    return frozenset(lexicons.tense().reporting_verbs)


_FRONTED_EXPECTATIONS = frozenset({"projected", "forecast", "expected", "estimated", "anticipated"})
"""Past verbs of expecting that a fronted date dates as it dates a verb of saying ("In
January, the IMF projected growth of 3%": when it projected)."""


_PAST_ADVERB_WORDS = ("ago", "since", "earlier", "previously", "recently", "already")


def fronted_before_report(ctx: Context, clause_end: int, sentence_end: int) -> bool:
    """Whether a date clause ending at token ``clause_end`` (exclusive) is set before the
    main clause's verb of saying: a comma, a short subject, a past verb of saying not itself
    set off by a comma ("Late on Tuesday, he said the alliance would win": Tuesday is when he
    said it; not "In March, the company said, it will open a plant"), or a past verb of
    expecting not after a copula ("In January, the IMF projected growth of 3%": when it
    projected; not "In January, sales are projected to rise")."""
    lowers = ctx.lowers
    if clause_end >= sentence_end or lowers[clause_end] != ",":
        return False
    verbs = _reporting_verbs()
    stop = min(sentence_end, clause_end + 2 + _SUBJECT_REACH)
    for i in range(clause_end + 2, stop):
        if lowers[i] in _FRONTED_EXPECTATIONS and lowers[i - 1] in _words().copulas:
            return False  # a passive's forecast: "In January, sales are projected to rise"
        if lowers[i] in verbs or lowers[i] in _FRONTED_EXPECTATIONS:
            # a report that ends the sentence attributes it: "..., before falling by Sunday
            # night, forecasters said."
            return i + 1 < sentence_end and lowers[i + 1] not in _ATTRIBUTION_ENDS
        if lowers[i] in _words().coordinated_verbs:
            return False  # an auxiliary first: "In June, the plant will open"
        if _fronted_act(ctx, clause_end + 1, i, sentence_end):
            return True
        if not lowers[i].isalpha() and lowers[i] not in ("'s", "’s"):
            return False  # the subject ends at punctuation
    return False


_ATTRIBUTION_ENDS = frozenset({",", ".", "!", "?", '"', "\u201d"})
"""What follows a verb of saying that ends a clause rather than opening one."""


def _fronted_act(ctx: Context, left: int, i: int, right: int) -> bool:
    """Whether token ``i``, after a fronted date clause's comma and a subject from token
    ``left``, is a past verb with its object ("In January, the IMF cut its growth forecast",
    "In June, the company opened a plant that will employ 500"): the date is the act's, whatever
    cue follows; not a participle of the subject ("In January, a law passed last year takes
    effect", "the plan approved by lawmakers"), nor one after an adverb ("newly elected")."""
    lowers = ctx.lowers
    word = lowers[i]
    if i + 1 >= right or lowers[i - 1].endswith("ly") or word in _FRONTED_NOT_ACTS:
        return False
    after = ctx.words[i + 1]
    if not (
        lowers[i + 1] in _words().object_starts
        or after[:1].isdigit()
        or (after[:1].isupper() and after.isalpha())
        or _plural(after)
    ):
        return False
    return (
        _past_cue(ctx, _past_cues(), left, i)
        or _past_tense(ctx, left, i)
        or _past_with_object(ctx, left, i, right)
    )


_FRONTED_NOT_ACTS = frozenset({"was", "were", "had", "did", *_PAST_ADVERB_WORDS})
"""Past cues that are no act of a subject ("was", "had", "ago", "earlier")."""


_TIME_PREPOSITIONS = frozenset({("from",), ("against",)})
"""Level cues that also open a clause of time (", from June 1, the plant will close")."""


@cache
def _earlier_level_leads() -> tuple[tuple[str, ...], ...]:
    """The cues before an earlier level (number_context.json ``level_cues``: "down from",
    "compared with") that open no clause of time."""
    cues = (tuple(cue.split()) for cue in number_context().level_cues)
    return tuple(cue for cue in cues if cue not in _TIME_PREPOSITIONS)


def of_an_earlier_level(ctx: Context, bounds: tuple[int, int]) -> bool:
    """Whether the clause ``bounds`` opens with the level a figure moved from ("will cut the
    harvest to 36 million tonnes, down from an estimate of 55 million tonnes in December"):
    its date was before, in any tense."""
    left, right = bounds
    for lead in _earlier_level_leads():
        if left + len(lead) <= right and tuple(ctx.lowers[left : left + len(lead)]) == lead:
            return True
    return False


def of_a_level_moved_from(ctx: Context, bounds: tuple[int, int], first: int) -> bool:
    """Whether the date at token ``first`` dates the level a figure moved from
    (``from_a_level``) in a clause whose verb is past ("lowered their forecast to 1.7% from
    2.1% in December": when the old forecast stood, before, whatever "forecast" says). A
    forecast of two future levels ("is expected to rise to 3% in December from 2.5% in
    November") has no past and stays."""
    left = bounds[0]
    j = _level_from(ctx, first)
    if j is None or j <= left:
        return False
    pasts = _past_cues()
    return any(_past_cue(ctx, pasts, left, k) or _past_tense(ctx, left, k) for k in range(left, j))


_LEVEL_WORDS = frozenset({"%", "percent", "per", "cent", "pct", "points", "about", "around"})
_LEVEL_WORDS |= {"billion", "million", "trillion", "bn", "m", "mln", "bln"}


def from_a_level(ctx: Context, first: int) -> bool:
    """Whether the date at token ``first`` times the level a figure moved from, right after
    "from", the level and "in" ("expected to narrow to about 57% from 63.9% in the second
    quarter"): that level was measured, before."""
    return _level_from(ctx, first) is not None


def _level_from(ctx: Context, first: int) -> int | None:
    """The token of "from" before a level and "in" right before the date at token ``first``
    ("from 63.9% in", "from $4.2 billion in"), or None."""
    lowers, words = ctx.lowers, ctx.words
    j = first - 1
    if j < 1 or lowers[j] != "in":
        return None
    j -= 1
    figure = False
    while j > 0 and first - j <= 6 and lowers[j] != "from":
        if not (words[j][:1].isdigit() or lowers[j] in _LEVEL_WORDS or not words[j].isalnum()):
            return None
        figure = figure or words[j][:1].isdigit()
        j -= 1
    return j if figure and lowers[j] == "from" else None


def of_a_stated_level(ctx: Context, bounds: tuple[int, int]) -> bool:
    """Whether the clause ``bounds`` is a level set off by commas, "at" and a number first
    ("Inflation, at 11.5 per cent in the September quarter, was expected to peak"): a
    figure measured, so its date is past whatever the sentence says."""
    left, right = bounds
    if right - left < 3 or ctx.lowers[left] != "at" or not ctx.words[left + 1][:1].isdigit():
        return False
    return (
        left > 0
        and ctx.lowers[left - 1] == ","
        and right < len(ctx.lowers)
        and (ctx.lowers[right] == ",")
    )


def sentence_tense(ctx: Context, bounds: tuple[int, int], future_cue: bool) -> Tense:
    """The tense of a sentence (token range ``bounds``) for a date whose clause has no cue,
    given whether a future cue was found in its text (``future_cue``): "future" with a cue
    other than a forecast, a schedule verb or a present "has"/"have" holding an event ("have
    a rest day"); "forecast" with forecasts only; else "past" with a past cue, a perfect
    ("has risen") or a past of the present's form ("that cost"); else "open". (The last two
    are read only here: in the date's own clause they may belong to a noun, "a rate cut in
    March", or govern an event, "have called a strike on May 3".) Only the tokens that may
    start a cue (``_heads``) are read closely."""
    left, right = bounds
    lowers, (ahead, back) = ctx.lowers, _heads()
    forecast = False
    for i in range(left, right):
        if lowers[i] in ahead:
            if lowers[i] in _FORECAST_NOUNS and _forecast_dated_at(ctx, left, i):
                continue  # "In its previous forecast in December, the bank saw": no cue
            if lowers[i] in _FORECAST_NOUNS and revised_noun(ctx, left, i):
                continue  # "Sony raised its profit forecast (...) on Thursday": a noun
            cue = _cue_at(ctx, left, i, right)[1]
            if cue == "future":
                return "future"
            forecast |= cue == "forecast"
        elif lowers[i] in _HOLDING and _holds_an_event(ctx, left, i, right):
            return "future"  # "Riders have a rest day on Monday before the stage, ... on Tuesday"
    if forecast or future_cue:  # a cue the token scan misses ("'ll" after a non-word) is one
        return "forecast" if forecast else "future"
    for i in range(left, right):
        word = lowers[i]
        if (word in back or word.endswith("ed")) and (
            _past_cue(ctx, _past_cues(), left, i)
            or _past_tense(ctx, left, i)
            or _weak_past(ctx, left, i)
        ):
            return "past"
    return "open"


@cache
def _read_in_clause() -> frozenset[str]:
    """The words ``_clause_tense`` reads a clause's tokens for besides "-ed" ones: the heads
    of its cues (``_heads``), the verbs of a held event and the modals; it passes over any
    other word with this one test."""
    ahead, back = _heads()
    return ahead | back | _HOLDING | _modals()


@cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """The words that may start a future cue or a schedule verb, and the words besides "-ed"
    ones that may make a past cue (a perfect is read at its participle)."""
    words = _words()
    ahead = frozenset(
        (
            *_future_cues(),
            *_schedule_verbs(),
            *words.future_participles,
            *_scheduled()[1],
            _DUE,
            *_PLANNING,
            *_progressive_plans(),
        )
    )
    back = _past_cues() | words.ambiguous_past | words.irregular_participles
    return ahead, back


def _weak_past(ctx: Context, left: int, i: int) -> bool:
    """A perfect ("has risen", "have widened"; not "will have") or a past of the present's
    form ("cost", "set") not after a determiner, an auxiliary or "to"."""
    words, word = _words(), ctx.lowers[i]
    before = ctx.lowers[i - 1] if i > left else ""
    if before in words.perfect_auxiliaries and _participle(ctx, i):
        return i - 2 < left or ctx.lowers[i - 2] not in words.schedule_not_after
    if word not in words.ambiguous_past:
        return False
    if i - 2 >= left and ctx.lowers[i - 2] in words.not_a_tense_before:
        return False  # a noun after a determiner and a modifier: "a rate cut"
    # "that cost", "which set": after a break a relative pronoun is the subject
    return before not in words.schedule_not_after or _ends_clause(ctx, i - 1)


def _past_with_object(ctx: Context, left: int, i: int, right: int) -> bool:
    """Whether the word at token ``i`` is a past of the present's form with an object after it
    ("Arsenal beat Chelsea", "the storm hit the coast", "cut 200 jobs"): in the date's own
    clause it outweighs a future cue of another clause. The object tells it from a noun ("a
    rate cut in March"); not after "if" ("if Arsenal beat Chelsea on Saturday"), an
    auxiliary, "to" or a determiner ("will cut", "to set", "a cut")."""
    words, lowers = _words(), ctx.lowers
    if lowers[i] not in words.ambiguous_past or i + 1 >= len(lowers) or i == 0:
        return False
    if i == left:  # a relative clause's verb: "The bank, which cut rates in March, meets"
        if lowers[i - 1] not in _RELATIVE_PRONOUNS:
            return False
    elif lowers[_before_adverbs(ctx, left, i)] in words.schedule_not_after or not (
        ctx.words[i - 1].isalpha() or _numbered_team(ctx, left, i - 1)
    ):
        return False  # "will cut", and "will gradually cut": an adverb between
    if left > 0 and lowers[left - 1] in words.conditional_breaks:
        return False
    after = ctx.words[i + 1]
    if lowers[i + 1] in words.object_starts or after[:1].isdigit() or after[:1].isupper():
        return True
    if _plural(after):  # a bare plural noun: "cut rates", "hit stores"; not "cut in"
        return True
    # no object: a subject before it ("Officials quit on Monday", "he quit", "The storm hit
    # on Saturday" opening its clause), not a noun after a determiner ("bet on a rate cut on
    # Friday", "the Fed cut on Wednesday was its third")
    if i - 2 >= left and lowers[i - 2] in words.not_a_tense_before:
        return (
            i - 2 == left
            and lowers[left] in words.object_starts
            and not _verb_after(ctx, i + 1, right)
        )
    before = ctx.words[i - 1]
    if i == left:  # "The storm, which hit on Monday, was expected to weaken": its subject
        return True
    return lowers[i - 1] in words.subject_pronouns or before[:1].isupper() or _plural(before)


_RELATIVE_PRONOUNS = frozenset({"who", "which"})  # not "that": "said that cut ..." may be a noun


_NUMBERED_TEAM = LazyPattern(r"\d+[a-z]{2,}s")
"""A plural name that opens with figures, a team's ("76ers", "49ers")."""


def _numbered_team(ctx: Context, left: int, k: int) -> bool:
    """Whether token ``k`` is a plural name opening with figures ("The 76ers beat the Nets")
    that opens its clause or follows "the" there: a subject, no size ("a 25bps cut")."""
    if _NUMBERED_TEAM.fullmatch(ctx.words[k]) is None:
        return False
    return k == left or (k - 1 >= left and ctx.lowers[k - 1] == "the")


def _before_adverbs(ctx: Context, left: int, i: int) -> int:
    """The token before token ``i`` and the lower-case adverbs in -ly right before it ("will
    gradually cut": "will"), not before the clause's start."""
    k = i - 1
    while k > left and ctx.lowers[k].endswith("ly") and ctx.words[k].islower():
        k -= 1
    return k


def _plural(word: str) -> bool:
    """A lower-case word that looks like a plural noun ("rates", "officials")."""
    return (
        len(word) > 3
        and word.isalpha()
        and word.islower()
        and word.endswith("s")
        and not word.endswith("ss")
    )


def _participle(ctx: Context, i: int) -> bool:
    word = ctx.words[i]
    if word in _words().irregular_participles:
        return True
    regular = len(word) >= 4 and word.endswith("ed") and word.isalpha() and word.islower()
    return regular and word not in _not_past_ed()


def _cue_at(ctx: Context, left: int, i: int, right: int) -> tuple[int, Tense | None]:
    """The tense cue starting at token ``i`` of the clause from ``left`` to ``right``, and how
    many tokens it takes (one when there is none)."""
    lowers = ctx.lowers
    word = lowers[i]  # read once for every test below
    if i > left and lowers[i - 1] == "than":
        return 1, None  # a comparison: "earlier than expected", "later than planned"
    if word == _DUE and _past_due_to(ctx, left, i, right):
        return 1, "open"  # "which was due to expire on June 30": made before, either side
    if word == _DUE and 0 < i < right - 1 and lowers[i - 1] == "," and lowers[i + 1] == "out":
        return 2, "future"  # "Retail sales, due out Thursday, probably rose": a release ahead
    for cue in _future_cues().get(word, ()):
        if lowers[i : i + len(cue)] == cue and i + len(cue) <= right:
            if word in _FORECAST_NOUNS and i > left and _noun_before(ctx, left, i - 1):
                return 1, None  # "results beat forecasts", "analysts' forecasts": a noun
            if word in _FORECAST_NOUNS and _month_made(ctx, left, i):
                return 1, "past"  # "raising its December forecast": the month it was made
            if cue in _FALLS_ON and i > left and lowers[i - 1] in _market_movers():
                return 1, None  # "Oil falls on Monday": a headline's move, no calendar's
            if (
                len(cue) == 1
                and word in _NOUN_FORMS
                and (_counted_or_determined(ctx, i) or _moves_after(ctx, i, right))
            ):
                return 1, None  # "went 10-5 in 23 starts", "housing starts rebound": nouns
            if cue not in _words().expectations:
                return len(cue), "future"
            # "forecast to have risen in December": a forecast of figures for a past date
            if _perfect_after(ctx, i + len(cue), right):
                return len(cue), "past"
            # "Sales were expected to rise in March": made in the past, of either side of the
            # publication; the nearest March
            return len(cue), "open" if _past_expectation(ctx, left, i) else "forecast"
    if word in _RUNS and _runs_on_a_date(ctx, left, i, right):
        return 1, "future"  # "The festival runs Oct. 21 to 23", "runs Friday to Sunday"
    for verb in _schedule_verbs().get(word, ()):
        after = i + len(verb)
        fits = lowers[i:after] == verb and after <= right
        if not fits and len(verb) == 2 and verb[1] in _RESULTS:
            # "Nike reports fourth-quarter results on Thursday": a period between
            gap = _results_period(lowers, i + 1, right)
            after = i + 1 + gap + 1
            fits = gap > 0 and after <= right and lowers[after - 1] == verb[1]
        if fits and _market_move(ctx, after, right):
            continue  # "Stocks close higher Tuesday": a headline's move, no schedule
        if fits and _present_verb(ctx, left, i) and not _verb_after(ctx, after, right):
            return after - i, "future"
    if word in _progressive_plans() and (width := _progressive_plan(ctx, left, i, right)):
        return width, "future"  # "The senator is retiring in January"
    if word in _words().schedule_copulas and (width := _election_bid(ctx, i, right)):
        return width, "future"  # "The senator, who is up for re-election in November"
    if word in _PLANNING and _plans(ctx, left, i, right):
        return 1, "future"  # "The firm, which cut jobs in May, plans more cuts in January"
    if word in _PAST_PLANS and _past_plan(ctx, left, i, right):
        return 1, "open"  # "The vote was expected in July", "had been expected on Thursday"
    if word in _INTENTS and _intent_overtaken(ctx, left, i, right):
        return 1, "open"  # "He had planned to travel on Friday": overtaken, either side
    if word == _EXPECTED and (expecting := _active_expectation(ctx, left, i, right)):
        # "Forecasters expected more snow by Wednesday" reads as "predicted" does; "Analysts
        # had expected a cut on Thursday" was overtaken: either side
        return 1, expecting
    if i > left and lowers[i - 1] == "as" and word in _AS_PLANNED:
        return 1, None  # "Sales fell as expected on Monday": no plan of the date
    if word in _words().future_participles and _forecast_participle(ctx, left, i, right):
        # "He is likely to have died on Sunday": a guess of the past
        return 1, "past" if _perfect_after(ctx, i + 1, right) else "forecast"
    if word in _scheduled()[1] and _scheduled_passive(ctx, left, i, right):
        return 1, "future"
    if _past_cue(ctx, _past_cues(), left, i) or _past_tense(ctx, left, i):
        return 1, "past"
    if i - 2 >= left and _perfect_after(ctx, i - 2, right):
        return 1, "past"  # "expect the rate to have peaked in March"
    return 1, None


_FALLS_ON = frozenset({("falls", "on"), ("fall", "on")})
_NOUN_FORMS = frozenset({"starts", "ends", "opens", "meets", "begins", "lasts", "resumes"})
"""Future cues in -s that are also plural nouns ("23 starts", "loose ends", "track meets")."""


def _moves_after(ctx: Context, i: int, right: int) -> bool:
    """Whether a change verb of change_cues.json follows token ``i`` in its clause: the word
    there is its subject, a noun ("U.S. housing starts rebound 9.7%")."""
    return i + 1 < right and ctx.lowers[i + 1] in _moving_verbs()


@cache
def _moving_verbs() -> frozenset[str]:
    """The change verbs of change_cues.json that say a direction."""
    cues = lexicons.change_cues()
    return frozenset((*cues.up, *cues.down))


def _month_made(ctx: Context, left: int, i: int) -> bool:
    """Whether a month's name stands between a determiner and "forecast" at token ``i``: the
    forecast made that month ("raising its December forecast of $25.7 billion")."""
    if i - 2 < left or ctx.lowers[i - 1] not in lexicons.calendar().months:
        return False
    return ctx.lowers[i - 2] in _determiners() or ctx.lowers[i - 2] in _POSSESSIVES


def _counted_or_determined(ctx: Context, i: int) -> bool:
    """Whether the word at token ``i`` follows a number or a determiner: a noun's place."""
    if i == 0:
        return False
    before = ctx.words[i - 1]
    return before[:1].isdigit() or before.lower() in _determiners() or ctx.like_num(i - 1)


@cache
def _market_movers() -> frozenset[str]:
    return frozenset(lexicons.tense().market_movers)


_RUNS = frozenset({"runs", "run"})

_RESULTS = frozenset({"results", "earnings"})
_RESULTS_OWNERS = frozenset({"its", "their"})
_RESULTS_ORDINALS = frozenset({"first", "second", "third", "fourth"})
_RESULTS_SPANS = frozenset({"quarter", "half", "year"})
_RESULTS_WORDS = frozenset({"quarterly", "annual", "interim", "q1", "q2", "q3", "q4", "h1", "h2"})


def _results_period(lowers: tuple[str, ...], j: int, right: int) -> int:
    """How many tokens from ``j`` name the period of a company's results between a schedule
    verb and "results" or "earnings" ("reports [its fiscal fourth-quarter] results",
    "posts [full-year] earnings", "releases [Q2] results"); 0 when they name none."""
    start = j
    if j < right and lowers[j] in _RESULTS_OWNERS:
        j += 1
    if j < right and lowers[j] == "fiscal":
        j += 1
    if j < right and lowers[j] in _RESULTS_WORDS:
        j += 1
    elif (
        j + 2 < right
        and lowers[j] in _RESULTS_ORDINALS | {"full"}
        and lowers[j + 1] == "-"
        and lowers[j + 2] in _RESULTS_SPANS
    ):
        j += 3
    else:
        return 0
    return j - start


def _runs_on_a_date(ctx: Context, left: int, i: int, right: int) -> bool:
    """Whether the present "runs" ("run" after a plural) at token ``i`` is followed right
    away by a month's or a weekday's name (or a clock time): a schedule's run, as "runs from"
    and "runs through" are ("Early voting runs Oct. 21 through Nov. 2"); not "He runs a
    company", "runs 10 miles"."""
    if i + 1 >= right:
        return False
    word = ctx.words[i + 1]
    calendar = lexicons.calendar()
    named = word[:1].isupper() and (
        word.lower().rstrip(".") in calendar.months or word.lower() in calendar.weekdays
    )
    if not named and word[:1].isdigit():  # "The event runs 10 a.m. to 4 p.m. Saturday"
        named = _CLOCK_AFTER.match(ctx.text, ctx.token_chars[i + 1]) is not None
    return named and _present_verb(ctx, left, i)


_CLOCK_AFTER = LazyPattern(r"\d{1,2}(?::\d\d)?[ \u00a0]?(?:[ap]\.m\.|[ap]m\b)", re.IGNORECASE)


_ELECTION_BIDS = (("up", "for"), ("running", "for"), ("standing", "for"), ("seeking",))
"""What a present "is"/"are" and an election or re-election make a bid ahead of."""
_ELECTIONS = (
    ("election",),
    ("reelection",),
    ("re", "-", "election"),
    ("office",),
    ("another", "term"),
    ("a", "second", "term"),
    ("a", "third", "term"),
    ("a", "fourth", "term"),
    ("a", "fifth", "term"),
)


def _election_bid(ctx: Context, i: int, right: int) -> int:
    """How many tokens a bid for an election takes from the present copula at token ``i``
    ("is up for re-election", "are running for office", "is seeking a second term"), 0 when
    none starts there: a contest still ahead of a date in its clause ("The senator, who is up
    for re-election in November"; "was up for re-election" stays a past)."""
    lowers = ctx.lowers
    for bid in _ELECTION_BIDS:
        at = i + 1 + len(bid)
        if tuple(lowers[i + 1 : at]) != bid:
            continue
        for noun in _ELECTIONS:
            if tuple(lowers[at : at + len(noun)]) == noun and at + len(noun) <= right:
                return at + len(noun) - i
    return 0


@cache
def _progressive_plans() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each verb of ``progressive_plans`` as its words, by its first word ("stepping down")."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for verb in lexicons.tense().progressive_plans:
        words = tuple(verb.split())
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(verbs) for first, verbs in by_first.items()}


_MARKET_PROGRESSIVES = frozenset({"closing", "opening"})
_PROGRESSIVE_COPULAS = frozenset({"is", "are", "am", "'s", "\u2019s", "'re", "\u2019re"})


def _progressive_plan(ctx: Context, left: int, i: int, right: int) -> int:
    """How many tokens a present progressive of a plan takes from token ``i`` ("is retiring",
    "are now stepping down": the verb after a present "is"/"are" and any adverbs of
    ``verb_adverbs``), 0 when none starts there: the date in its clause is ahead ("The
    senator is retiring in January"; "was retiring", "the retiring senator" stay)."""
    before = _auxiliary(ctx, left, i)
    if before < left or ctx.lowers[before] not in _PROGRESSIVE_COPULAS:
        return 0
    lowers = ctx.lowers
    for verb in _progressive_plans()[lowers[i]]:
        after = i + len(verb)
        if tuple(lowers[i:after]) == verb and after <= right:
            # "Stocks are closing higher": a market's move (only of opening and closing: "is
            # retiring at the end of her term" is no level)
            market = verb[0] in _MARKET_PROGRESSIVES and _market_move(ctx, after, right)
            return 0 if market else len(verb)
    return 0


_PLANNING = frozenset({"plans", "plan", "planning"})
"""A present verb of planning with its object ("plans more cuts", "is planning a strike"):
ahead, as "plans to" is (a future cue of calendar.json)."""
_PLAN_OBJECTS = frozenset({"another", "further", "new", "fresh", "additional", "no"})


def _plans(ctx: Context, left: int, i: int, right: int) -> bool:
    """Whether the word of planning at token ``i`` is a present verb before its object:
    "plans (plan) more cuts", "plans 500 job cuts", "is (are) planning a strike"; not a noun
    ("expansion plans in March", "its plans"), nor "was planning"."""
    if i + 1 >= right:
        return False
    after = ctx.words[i + 1]
    if not (
        ctx.lowers[i + 1] in _words().object_starts
        or ctx.lowers[i + 1] in _PLAN_OBJECTS
        or after[:1].isdigit()
        or (after.isalpha() and after.islower() and len(after) >= 4 and is_plural(after))
    ):  # "plans more cuts", "plans 500 job cuts", "plans strikes", "plan walkouts"
        return False
    if ctx.lowers[i] == "planning":
        before = _auxiliary(ctx, left, i)
        return before >= left and ctx.lowers[before] in _words().schedule_copulas
    return _present_verb(ctx, left, i)


_HOLDING = frozenset({"has", "have", "holds", "hold"})
_HELD_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "another"})
_HELD_REACH = 3
"""Most words of a held event's noun phrase after its determiner ("a preseason home game")."""
_HELD_AFTER = frozenset(
    {"on", "at", "in", "against", "with", "before", "after", "for", "this", "next", "from"}
    | {"until", "scheduled", "set", "planned"}
)
"""Lower-case words that may follow a held event (a weekday or a name may too): "a game
against Boston on Tuesday"; not "a game-high 20 points", "a meeting of minds"."""


@cache
def _held_events() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each noun of ``held_events`` as its words, by its last word ("rest day": "day")."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for event in lexicons.tense().held_events:
        words = tuple(event.split())
        by_last.setdefault(words[-1], []).append(words)
    return {last: tuple(found) for last, found in by_last.items()}


def _holds_an_event(ctx: Context, left: int, i: int, right: int) -> int:
    """How many tokens a present "has"/"have" ("holds"/"hold") at token ``i`` and its object,
    an event of ``held_events`` after a determiner (or a bare one right after it: "has
    surgery", "hold talks"), take ("Riders have a rest day", "The council has a meeting",
    "Taiwan holds a presidential election"), 0 when none: a schedule, whose date in its
    clause is ahead; not "had", "will have" (its own cue), "to have", a perfect ("has held a
    meeting"), an event that goes on ("a game-high 20 points", "has final say", "a meeting of
    minds")."""
    j = i + 1
    if j >= right:
        return 0
    if ctx.lowers[j] not in _HELD_DETERMINERS:
        j = i  # a bare noun right after it: "He has surgery on Tuesday", "have practice"
    events, words, lowers = _held_events(), ctx.words, ctx.lowers
    for k in range(j + 1, min(right, j + 1 + (_HELD_REACH if j > i else 1))):
        if not (words[k].isalpha() and words[k].islower()):
            return 0
        found = any(
            k + 1 - len(event) > j and tuple(lowers[k + 1 - len(event) : k + 1]) == event
            for event in events.get(lowers[k], ())
        )
        if not found:
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        if after == "-" or (k + 1 < len(words) and not ctx.spaced[k] and after.isalnum()):
            return 0  # "a game-high 20 points"
        if after.isalpha() and after.islower() and after not in _HELD_AFTER:
            continue  # the phrase goes on: "its final vote", "a meeting of minds"
        if after == "in" and k + 2 < right and lowers[k + 2] == "hand":
            return 0  # "have a game in hand": a game owed, held on no day
        return k + 1 - i if _present_verb(ctx, left, i) else 0
    return 0


_FORECAST_NOUNS = frozenset({"forecast", "forecasts"})
_DEADLINE_GONE = frozenset({"missed", "met", "passed", "beat", "blew", "ignored", "defied"})
"""Past verbs of a deadline gone by ("missed the deadline for Jan. 31")."""
_DEADLINE_DETERMINERS = frozenset({"the", "a", "its", "their", "his", "her", "this", "that"})


def _deadline_gone(ctx: Context, left: int, i: int) -> bool:
    """Whether the noun "deadline" at token ``i`` is the object of a past verb of a deadline
    gone by, a determiner between ("He missed the deadline for Jan. 31", "met its deadline
    of March 1"); not "extended the deadline to March 31", nor "the deadline is March 1"."""
    k = i - 1
    if k > left and ctx.lowers[k] in _DEADLINE_DETERMINERS:
        k -= 1
    return k >= left and ctx.lowers[k] in _DEADLINE_GONE


_POSSESSIVES = frozenset({"'", "'s", "\u2019", "\u2019s"})


def _forecast_dated(ctx: Context, left: int, i: int, first: int) -> bool:
    """Whether the "forecast(s)" at token ``i`` is dated by the day right after it ("raised
    its profit forecast on Wednesday", "issued a forecast Monday", "forecast on March 3") or
    by a month after "in" ("its previous forecast in December"): the day (month) it was made,
    which it does not forecast; not a passive's ("Rain is forecast on
    Saturday", "was forecast on Friday"), whose day is the one forecast."""
    lowers = ctx.lowers
    lead = lowers[i + 1] if i + 1 < first else ""
    at = i + 2 if lead in ("on", "in") else i + 1
    if at != first or first >= len(lowers):
        return False
    calendar = lexicons.calendar()
    day = lowers[first]
    month = day.rstrip(".") in calendar.months
    if lead == "in":  # "its previous forecast in December", "The IMF's forecast in January"
        if not month:
            return False
    # after "on", a day of a month as well ("forecast on March 3", "on 3 March")
    elif day not in calendar.weekdays and not (lead == "on" and (month or day[:1].isdigit())):
        return False
    before = _auxiliary(ctx, left, i)
    return before < left or lowers[before] not in _words().copulas


_FORECASTING_PASTS = frozenset({"forecast", "forecasted", "projected", "predicted"})
"""Pasts of forecasting that a date between their subject and them dates: "The government
on Thursday forecast a deficit" (the same form as the present, which news rarely writes so)."""
_DATED_ACT_LEADS = frozenset({"on", "in"})
_NO_SUBJECT_END = frozenset({"is", "are", "was", "were", "be", "been", "being", "and", "or", "to"})


def _act_dated(ctx: Context, left: int, first: int) -> bool:
    """Whether the date at token ``first`` follows "on" or "in" right after its clause's
    subject, a word ("Ontario's government on Thursday", "The IMF in April"): the date of
    the verb right after it; not after a copula ("Rain is expected on Thursday")."""
    lowers = ctx.lowers
    j = first - 1
    if j <= left or lowers[j] not in _DATED_ACT_LEADS:
        return False
    word = ctx.words[j - 1]
    return (
        word.isalpha()
        and word.lower() not in _NO_SUBJECT_END
        and word.lower() not in (_words().breaks)
    )


_FIGURE_REACH = 10
"""Most tokens between a past of forecasting and the weekday after its figure's object."""
_FORECAST_FIGURES = frozenset(
    {"deficit", "deficits", "surplus", "surpluses", "shortfall", "gap", "loss", "losses"}
)
"""Figures forecast for a period, beside ``Tense.half_figures`` (revenue, growth, profit)."""
_FIGURE_UNITS = frozenset({"%", "percent", "pct", "$", "billion", "million", "trillion"})


def _figure_forecast_dated(ctx: Context, left: int, i: int, first: int) -> bool:
    """Whether the weekday at token ``first`` (maybe after "on") closes the object of the past
    of forecasting at token ``i`` right after its subject, a figure of a period and its
    amount ("The government forecast a deficit of $30 billion on Friday", "The bank
    projected growth of 3% on Tuesday"): the day of the act, as before the verb; not a
    weather forecast's day ("The agency forecast snow on Friday", "forecast a 40% chance of
    rain on Friday"), nor one a lead of a forecast's own day brings ("for Friday")."""
    lowers = ctx.lowers
    if lowers[first] not in lexicons.calendar().weekdays or first - i > _FIGURE_REACH:
        return False
    lead = first - 1 if lowers[first - 1] != "on" else first - 2
    if lead <= i or lowers[lead] in _DAY_FORECAST_LEADS:
        return False
    if i <= left or not ctx.words[i - 1].isalpha() or lowers[i - 1] in _NO_SUBJECT_END:
        return False  # "is forecast", "to forecast": no past after its subject
    before = lowers[i - 1]
    if before in _WILL or before in _modals() or before in _words().subject_pronouns:
        return False  # "will forecast", "they forecast": ahead, or maybe a present
    if lowers[i] == "forecast" and (
        (before.endswith("s") and not before.endswith("ss")) or before in _words().plural_subjects
    ):
        return False  # "Analysts forecast earnings of $1.20 a share on Thursday": a present
    figures, weather = _figure_words(), _weather_words()
    figure = amount = False
    for j in range(i + 1, lead + 1):
        word = lowers[j]
        if word in weather or _ends_clause(ctx, j):
            return False
        figure = figure or word in figures
        amount = amount or word in _FIGURE_UNITS or word[:1] in "$\u20ac\u00a3"
    return figure and amount


@cache
def _figure_words() -> frozenset[str]:
    return _FORECAST_FIGURES | {w for w in lexicons.tense().half_figures if " " not in w}


@cache
def _weather_words() -> frozenset[str]:
    lists = lexicons.tense()
    return frozenset(lists.weather_subjects) | {"chance", "chances", "inches", "degrees"}


_REVISING_REACH = 5
"""Most words between a verb of revising and its "forecast(s)" ("raised its annual operating
profit forecast")."""
_DAY_FORECAST_LEADS = frozenset({"for", "by", "through", "until", "till", "of"})
_REVISING_PASTS = frozenset(
    {"raised", "lowered", "cut", "trimmed", "lifted", "revised", "upgraded", "downgraded"}
    | {"boosted", "slashed", "hiked", "increased", "reduced", "pared", "reiterated"}
    | {"reaffirmed", "maintained", "kept", "affirmed", "withdrew", "scrapped", "suspended"}
)
"""Pasts of a company's or an agency's revising its forecast ("raised its profit forecast")."""


def _revised_forecast(ctx: Context, left: int, i: int, first: int) -> bool:
    """Whether the "forecast(s)" at token ``i`` is the noun object of a past verb before it,
    through a determiner ("raised its annual operating profit forecast", "cut their
    forecasts"), and the date at token ``first`` after it a weekday that no lead of a
    forecast's own day introduces ("for Thursday", "through Friday"): the day of that verb's
    act ("Sony raised its profit forecast by 7% to $16 billion on Thursday"), not one the
    forecast looks to."""
    lowers = ctx.lowers
    if lowers[first] not in lexicons.calendar().weekdays:
        return False
    lead = first - 1 if lowers[first - 1] != "on" else first - 2
    if lead <= i or lowers[lead] in _DAY_FORECAST_LEADS:
        return False
    return revised_noun(ctx, left, i)


def revised_noun(ctx: Context, left: int, i: int) -> bool:
    """Whether the "forecast(s)" at token ``i`` is the object of a past of revising
    (``_REVISING_PASTS``) through a determiner and up to four words ("raised its annual
    operating profit forecast", "cut their forecasts"): a noun, no cue of the future."""
    lowers = ctx.lowers
    determiners = _determiners()
    for j in range(i - 1, max(left, i - _REVISING_REACH) - 1, -1):
        if lowers[j] in determiners:
            return j > left and lowers[j - 1] in _REVISING_PASTS
        if not ctx.words[j].isalpha():
            return False
    return False


def _forecast_dated_at(ctx: Context, left: int, i: int) -> bool:
    """``_forecast_dated`` for whatever date follows the "forecast(s)" at token ``i``."""
    if i + 2 < len(ctx.lowers) and ctx.lowers[i + 1] in ("on", "in"):
        return _forecast_dated(ctx, left, i, i + 2)
    return i + 1 < len(ctx.lowers) and _forecast_dated(ctx, left, i, i + 1)


def _noun_before(ctx: Context, left: int, j: int) -> bool:
    """Whether the words up to token ``j`` make the "forecast(s)" after it a noun figures were
    compared with: a word of ``Tense.compared_with_forecasts`` ("beat forecasts", "missed
    analysts' forecasts", "topped its forecast", "above forecasts", a determiner or a
    possessive between allowed); not "its forecast" alone, nor one revised ("raised their
    forecasts for the fourth quarter"), which still look ahead."""
    lowers = ctx.lowers
    if j > left and lowers[j] in _POSSESSIVES:
        j -= 2  # "analysts' forecasts": the word before the possessor
    elif lowers[j] in lexicons.tense().determiners:
        j -= 1
    return j >= left and lowers[j] in _compared_with()


@cache
def _compared_with() -> frozenset[str]:
    return frozenset(lexicons.tense().compared_with_forecasts)


@cache
def _noun_before_re() -> re.Pattern[str]:
    """``_noun_before`` in text, ending with the space before "forecast(s)"."""
    leads = "|".join(re.escape(w) for w in sorted(_compared_with()))
    owners = "|".join(re.escape(w) for w in lexicons.tense().determiners)
    return re.compile(rf"\b(?i:{leads})\s+(?:(?i:{owners})\s+|\w+['\u2019]s?\s+)?$")


def not_a_future_cue(text: str, start: int, end: int) -> bool:
    """Whether the future cue found in text at characters ``start``-``end`` is the noun
    "forecast(s)" that figures were compared with ("results beat forecasts", "in line with
    forecasts"): no cue (as ``_noun_before``); nor is a market's "falls on" ("Oil falls on
    Monday", as ``_cue_at`` reads it)."""
    found = text[start:end].lower()
    if found.startswith("fall"):
        before = _WORD_BEFORE.search(text, max(0, start - 24), start)
        return before is not None and before.group(1).lower() in _market_movers()
    if found in _NOUN_FORMS:  # "housing starts rebound", "in 23 starts": nouns, as _cue_at
        after = _WORD_AFTER.match(text, end)
        before = _WORD_BEFORE.search(text, max(0, start - 24), start)
        return (
            (after is not None and after.group(1).lower() in _moving_verbs())
            or (before is not None and before.group(1).lower() in _determiners())
            or text[max(0, start - 2) : start].rstrip()[-1:].isdigit()
        )
    if found not in _FORECAST_NOUNS:
        return False
    if _dated_after_re().match(text, end) and not _COPULA_BEFORE.search(
        text, max(0, start - 8), start
    ):
        return True  # "In its previous forecast in December, ...": the month it was made
    if _revised_before_re().search(text, max(0, start - 64), start) is not None:
        return True  # "raised its annual operating profit forecast" (as ``revised_noun``)
    return _noun_before_re().search(text, max(0, start - 32), start) is not None


@cache
def _revised_before_re() -> re.Pattern[str]:
    """``revised_noun`` in text, ending with the space before "forecast(s)"."""
    verbs = "|".join(sorted(_REVISING_PASTS))
    owners = "|".join(re.escape(w) for w in lexicons.tense().determiners)
    return re.compile(rf"\b(?i:{verbs})\s+(?i:{owners})\s+(?:[A-Za-z]+\s+){{0,4}}$")


_COPULA_BEFORE = LazyPattern(r"\b(?:is|are|was|were|be|been|being|am)\s+$", re.IGNORECASE)
_WORD_BEFORE = LazyPattern(r"([A-Za-z+]+)\s+$")
_WORD_AFTER = LazyPattern(r"\s+([A-Za-z]+)")


@cache
def _dated_after_re() -> re.Pattern[str]:
    """``_forecast_dated`` in text, from the end of "forecast(s)": " on Wednesday", " Monday",
    " on March 3", " in December"."""
    calendar = lexicons.calendar()
    days = "|".join(sorted((d.capitalize() for d in calendar.weekdays), key=len, reverse=True))
    months = "|".join(sorted((m.capitalize() for m in calendar.months), key=len, reverse=True))
    return re.compile(rf"\s+(?:on\s+)?(?:{days})\b|\s+(?:on|in)\s+(?:{months})\b|\s+on\s+\d")


def _market_move(ctx: Context, after: int, right: int) -> bool:
    """Whether the words after a schedule verb (ending before token ``after``) tell a
    market's move in a headline's present: "close higher", "open lower", "closes at a
    record", a figure's level, "comes out at 3.2%" (not "close at 8 p.m.", "closes at noon")."""
    if after >= right:
        return False
    word = ctx.lowers[after]
    if word == "up" and after + 1 < right and ctx.lowers[after + 1] == "to":
        return False  # a bound: "faces up to 20 years when he is sentenced in August"
    if word in _words().schedule_not_before:
        return True
    if word != "at" or after + 1 >= right:
        return False
    level = ctx.words[after + 1]
    if level[:1] in _MONEY_SIGNS or (
        level[:1].isdigit() and after + 2 < right and ctx.lowers[after + 2] in _LEVEL_UNITS
    ):
        return True  # a figure's: "Inflation comes out at 3.2% in April", "closes at $80"
    return level.isalpha() and level.islower() and level not in lexicons.tense().clock_words


_MONEY_SIGNS = frozenset("$\u20ac\u00a3\u00a5")
_LEVEL_UNITS = frozenset({"%", "percent", "per", "pct", "points", "million", "billion"})


@cache
@cache
def _scheduled() -> tuple[frozenset[str], frozenset[str]]:
    lists = lexicons.tense()
    return frozenset(lists.present_reporting), frozenset(lists.scheduled_passives)


def _scheduled_passive(ctx: Context, left: int, i: int, right: int) -> bool:
    """Whether the participle at token ``i`` follows a present "is"/"are" ("The data are
    released Thursday"): a schedule; not "is held as", nor after "was"."""
    before = _auxiliary(ctx, left, i)
    if before < left or ctx.lowers[before] not in _words().schedule_copulas:
        return False
    return i + 1 >= right or ctx.lowers[i + 1] != "as"


def _reported_on(ctx: Context, left: int, first: int, end: int) -> bool:
    """Whether a present reporting verb right before the date at token ``first`` tells the
    day it was said ("says Monday it will"): not when the date is the subject of what is
    said ("says Monday is the deadline", "says Tuesday's storm").
    """
    i = first - 1
    if i < left or ctx.lowers[i] not in _scheduled()[0] or not ctx.words[i].islower():
        return False
    after = ctx.token_at(end)
    if ctx.text[end : end + 2] in ("'s", "\u2019s"):
        return False
    return after >= len(ctx.lowers) or ctx.lowers[after] not in _words().coordinated_verbs


@cache
def _past_copulas() -> frozenset[str]:
    return frozenset(lexicons.tense().past_expectation_copulas)


def _past_expectation(ctx: Context, left: int, i: int) -> bool:
    """Whether the expectation cue at token ``i`` follows a past copula ("were expected to",
    "was widely expected to") or a past perfect's "had been" ("had long been expected to"):
    a forecast made before publication."""
    before = _auxiliary(ctx, left, i)
    if before >= left and ctx.lowers[before] == "been":
        before = _auxiliary(ctx, left, before)
        return before >= left and ctx.lowers[before] == "had"
    if before < left and i == left and left >= 2 and ctx.lowers[left - 1] == ",":
        # "Sales, expected to rise in March, fell": set off before a past, made before it
        return _closing_comma_past(ctx, i)
    return before >= left and ctx.lowers[before] in _past_copulas()


_APPOSITION_REACH = 12
"""Most tokens of a participle's clause set off by commas, up to its closing comma."""


def _closing_comma_past(ctx: Context, i: int) -> bool:
    """Whether the participle's clause opening at token ``i`` after a comma closes with a
    comma within a few tokens, and a past verb follows it (``_past_after``): "Sales,
    expected to rise in March, fell"."""
    lowers = ctx.lowers
    for k in range(i + 1, min(len(lowers), i + _APPOSITION_REACH)):
        if k in ctx.sentence_tokens or lowers[k] in (".", ";", ":"):
            return False
        if lowers[k] == ",":
            return _past_after(ctx, k)
    return False


_PAST_PLANS = frozenset({"expected", "forecast", "projected", "predicted", "anticipated"})
"""Participles of an expectation that, told in the past with no infinitive, plan a date."""


def _past_plan(ctx: Context, left: int, i: int, right: int) -> bool:
    """Whether the participle at token ``i`` is an expectation told in the past before a word
    leading its date (``reduced_forecast_leads``), with no infinitive: "The vote was expected
    in July", "The vote had been expected on Thursday", made before publication as "was
    expected to take place in July" is: the nearest (not "was likely killed", no expectation;
    "is expected in July" looks ahead; not before "at", a level's, nor before an infinitive
    or "that" after the date: "was forecast in October to reach 3%", when it was made)."""
    lowers = ctx.lowers
    after = lowers[i + 1] if i + 1 < right else "at"
    if after == "at" or after not in _reduced_forecasts()[1]:
        return False  # "Inflation was forecast at 3% in July": a level, maybe forecast then
    for j in range(i + 2, right - 1):
        if lowers[j] == "that" or (lowers[j] == "to" and ctx.words[j + 1].islower()):
            return False  # "Growth was forecast in October to reach 3%": when forecast
    return _past_expectation(ctx, left, i)


_EXPECTED = "expected"
_AS_PLANNED = frozenset(
    {"expected", "planned", "scheduled", "forecast", "predicted", "projected", "anticipated"}
)
"""Participles that "as" before makes a comparison ("as expected", "as planned")."""
_NO_EXPECTER = frozenset({"as", "than", "the", "an", "a", "most", "less", "more", "widely"})
"""Words before "expected" that make it no active verb ("as expected", "the expected cut")."""


def _active_expectation(ctx: Context, left: int, i: int, right: int) -> Tense | None:
    """The tense of "expected" at token ``i`` as an active past with an object after its
    subject: a forecast of a weekday in its clause ("Forecasters expected another 30 cm by
    Wednesday"), else either side, as after "had" ("Analysts had expected a cut on Thursday");
    None for a passive ("was expected"), an adjective ("the expected cut", "as expected"),
    or before "to", "that" or a word leading its date (``_past_plan``'s)."""
    lowers, words = ctx.lowers, ctx.words
    before = _auxiliary(ctx, left, i)
    if before < left or lowers[before] in _words().copulas or lowers[before] in _NO_EXPECTER:
        return None
    if not words[before].isalpha() or lowers[before] in _determiners():
        return None
    after = i + 1
    if after >= right or lowers[after] in ("to", "that") or not words[after][:1].isalnum():
        return None
    if lowers[after] in _reduced_forecasts()[1]:
        return None
    if lowers[before] == "had":
        return "open"
    # of a weekday, the days ahead (a week's forecast); of a month, the nearest ("Analysts
    # expected a rise in February", published in May, stays this February)
    weekdays = lexicons.calendar().weekdays
    return "forecast" if any(w in weekdays for w in lowers[after:right]) else "open"


def predicted(ctx: Context, left: int, first: int) -> bool:
    """Whether a past verb of predicting before its object ("predicted", "projected": the
    expectation cues in "-ed") stands in the clause from token ``left`` before the holiday at
    token ``first``: "Forecasters predicted snow on Christmas Day" (published in January), a
    forecast made before publication of a short-range event, either side of it: the
    nearest; not a passive ("is predicted", "projected to rise"). (A month or a quarter after
    it keeps the forecast: "The bank predicted a rate cut in June" in December, "projected
    fourth-quarter sales", told of the period ahead.)"""
    lowers, cues = ctx.lowers, _future_cues()
    for i in range(first - 1, left - 1, -1):
        word = lowers[i]
        if not word.endswith("ed") or (word,) not in cues.get(word, ()):
            continue
        if i + 1 >= first or lowers[i + 1] == "to" or not ctx.words[i + 1].isalpha():
            return False
        before = _auxiliary(ctx, left, i)
        return before < left or lowers[before] not in _words().copulas
    return False


def _perfect_after(ctx: Context, j: int, right: int) -> bool:
    """Whether a perfect infinitive starts at token ``j`` (its "to" may end the cue before
    it): "(expected) to have risen", "(forecast) to have grown"."""
    if j < right and ctx.lowers[j] == "to":
        j += 1
    return j + 1 < right and ctx.lowers[j] == "have" and _participle(ctx, j + 1)


def _forecast_participle(ctx: Context, left: int, i: int, right: int) -> bool:
    """Whether the participle at token ``i`` forecasts after a present "is"/"are": "A cut is
    (widely) seen in June", "The launch is planned for May"; not "is seen as a rival"."""
    before = _auxiliary(ctx, left, i)
    if before < left or ctx.lowers[before] not in _words().schedule_copulas:
        return _reduced_forecast(ctx, left, i, right)
    return i + 1 >= right or ctx.lowers[i + 1] != "as"


@cache
def _reduced_forecasts() -> tuple[frozenset[str], frozenset[str]]:
    lists = lexicons.tense()
    return frozenset(lists.reduced_forecasts), frozenset(lists.reduced_forecast_leads)


@cache
def _reduced_infinitives() -> frozenset[str]:
    return frozenset(lexicons.tense().reduced_infinitives)


def _reduced_infinitive(ctx: Context, i: int, right: int) -> bool:
    """Whether the participle or adjective at token ``i`` forecasts with an infinitive and no
    copula ("below expectations and likely to fall in the second half of the year", "a rise
    expected to be reversed in September"); not a guess of the past ("likely to have died")."""
    verb = i + 2
    if verb >= right or ctx.lowers[i] not in _reduced_infinitives():
        return False
    word = ctx.words[verb]
    return word.isalpha() and word.islower() and word != "have"


def _reduced_forecast(ctx: Context, left: int, i: int, right: int) -> bool:
    """Whether the participle at token ``i`` forecasts as a relative clause cut short: after a
    lower-case noun (no auxiliary, pronoun or perfect before it) and before a word that leads
    its date ("with a ruling expected by the end of June", "a vote planned for Tuesday") or
    before a weekday's name ("a cold front expected Tuesday could bring relief")."""
    participles, leads = _reduced_forecasts()
    lowers, words = ctx.lowers, _words()
    if i + 1 >= right:
        return False
    if lowers[i + 1] == "to":
        if not _reduced_infinitive(ctx, i, right):
            return False
    elif lowers[i] not in participles or (
        lowers[i + 1] not in leads and not _weekday_name(ctx.words[i + 1])
    ):
        return False
    before = i - 1
    if before == left - 1 and _apposition(ctx, left, right) and not _past_after(ctx, right):
        before = left - 2  # "The decision, expected Tuesday, could delay the launch"
    elif before < left:
        return False
    if before < 0 or not ctx.words[before].isalpha() or not ctx.words[before].islower():
        return False
    low = lowers[before]
    return not (
        low in words.copulas
        or low in words.perfect_auxiliaries
        or low in words.subject_pronouns
        or low in words.not_a_tense_before
        or low == "had"
    )


def _apposition(ctx: Context, left: int, right: int) -> bool:
    """Whether the clause from token ``left`` to ``right`` is set off by commas in its
    sentence (or by a comma and the sentence's end): an apposition or a participle's clause
    after the word before its comma ("The decision, expected Tuesday, could ...")."""
    lowers = ctx.lowers
    if left < 2 or lowers[left - 1] != "," or left in ctx.sentence_tokens:
        return False
    return right >= len(lowers) or lowers[right] in (",", ".") or right in ctx.sentence_tokens


_MAIN_VERB_REACH = 4


def _past_after(ctx: Context, comma: int) -> bool:
    """Whether a past verb follows the comma at token ``comma`` within a few words, before any
    break: the sentence's verb after an apposition ("The storm, expected Tuesday, never
    arrived": an expectation of the past, no forecast)."""
    pasts, lowers = _past_cues(), ctx.lowers
    end = min(len(lowers), comma + 1 + _MAIN_VERB_REACH)
    for k in range(comma + 1, end):
        if k in ctx.sentence_tokens or lowers[k] in _clause_stops():
            return False
        if _past_cue(ctx, pasts, comma + 1, k) or _past_tense(ctx, comma + 1, k):
            return True
    return False


def _weekday_name(word: str) -> bool:
    """Whether ``word`` is a weekday's capitalized name ("Tuesday", "Tues.")."""
    return word[:1].isupper() and word.lower().rstrip(".") in lexicons.calendar().weekdays


_DUE = "due"
"""Of "was due to expire": the present "is due" is a future cue of calendar.json."""


def _past_due_to(ctx: Context, left: int, i: int, right: int) -> bool:
    """Whether "due" at token ``i`` follows a past copula or a past perfect's "had been" and
    leads an infinitive ("was due to expire", "were due to meet", "had been due to resume"):
    an expectation told in the past, as "were expected to" is; not "was due to the storm" (a
    cause)."""
    if i + 2 >= right or ctx.lowers[i + 1] != "to":
        return False
    verb = ctx.words[i + 2]
    if not (verb.isalpha() and verb.islower()) or verb in _words().object_starts:
        return False
    return _past_expectation(ctx, left, i)  # "was due to", "had been due to resume"


def _auxiliary(ctx: Context, left: int, i: int) -> int:
    """The index of the word before token ``i`` past any adverbs of ``verb_adverbs`` ("is now
    priced in"); below ``left`` when there is none."""
    j, lowers, adverbs = i - 1, ctx.lowers, _words().verb_adverbs
    while j >= left and lowers[j] in adverbs:
        j -= 1
    return j


def _verb_after(ctx: Context, i: int, right: int) -> bool:
    """Whether a copula or a past tense follows token ``i`` in its clause (up to ``right``):
    then a schedule verb before it was a noun, "The state visits on Monday were cancelled"."""
    copulas, adverbs = _words().copulas, _past_adverbs()
    for j in range(i, right):
        if _ends_clause(ctx, j):
            return False
        if ctx.lowers[j] in copulas:
            return True
        if ctx.lowers[j] not in adverbs and _past_cue(ctx, _past_cues(), i, j):
            return True  # a verb: not "since" ("Saturday marks one year since the attack")
        if _past_tense(ctx, i, j):
            return True
    return False


@cache
def _past_adverbs() -> frozenset[str]:
    return frozenset(lexicons.tense().past_adverbs)


def _present_verb(ctx: Context, left: int, i: int) -> bool:
    """Whether the schedule verb at token ``i`` is a present tense: not after a determiner,
    an auxiliary, "to" or a number ("the votes", "will host", "to face", "two plays"), nor
    a noun after a past tense ("counted votes"); its form without "s" only after a plural
    subject ("Arsenal host", "lawmakers vote", "they meet")."""
    if i == left:  # at a clause's start: after "who" or "which" ("James, who turns 35")
        if i > 0 and ctx.lowers[i - 1] == ")":
            # "The Chiefs (10-2) visit Buffalo on Sunday", "The bill (H.R. 5) faces a vote"
            return _after_an_aside(ctx, i - 1, ctx.lowers[i].endswith("s"))
        if i > 0 and ctx.lowers[i - 1] == ",":
            # "The Yankees, who lost on Tuesday, play the Mets on Thursday": the plural's
            return _after_relative(ctx, i - 1, not ctx.lowers[i].endswith("s"))
        return i > 0 and ctx.lowers[i - 1] in _words().relative_subjects
    before, word = ctx.words[i - 1], ctx.lowers[i - 1]
    if ctx.words[i][:1].isupper() and _in_a_name(ctx, left, i):
        return False  # "in the Australian Open final on Saturday": a name's word, no verb
    if word in _words().ambiguous_past and i - 2 >= left and ctx.words[i - 2][:1].isupper():
        return False  # "Australia beat hosts India": a name's verb and its object, a noun
    if word == "and" and (
        _object_after(ctx, i)
        or _to_a_name(ctx, i)
        or _lasts_until(ctx, i)
        or _back_on_a_day(ctx, left, i)
    ):
        # "won 3-1 on Tuesday and play Arsenal on Sunday", "and heads to Wisconsin on
        # Thursday", "began June 1 and runs through Nov. 30": the subject's again
        return True
    name = before[:1].isupper() and i - 1 > left  # "Theresa May faces", not "The votes"
    # "Sunday's final kicks off": a noun after a possessive, not "the final votes"
    name = name or (word in _NOUN_AFTER_POSSESSIVE and i >= 2 and ctx.lowers[i - 2] in _POSSESSIVES)
    if (word in _words().schedule_not_after and not name) or not before.isalpha():
        return False
    if i - 3 >= left and ctx.words[i - 2] == "-" and not (ctx.spaced[i - 3] or ctx.spaced[i - 2]):
        return False  # "in first-choice votes on June 24": a hyphenated compound's noun
    if _past_cue(ctx, _past_cues(), left, i - 1) or _past_tense(ctx, left, i - 1):
        return False
    if ctx.lowers[i].endswith("s"):
        return True
    relative = word in _words().relative_subjects and word != "that"
    if relative and i >= 3 and ctx.lowers[i - 2] == ",":
        return _plural_subject(ctx, i - 3)  # "the Games, which run from July 26": a plural's
    plural = word.endswith("s") and not word.endswith("ss") and len(word) > 3
    return before[:1].isupper() or plural or word in _words().plural_subjects


_NOUN_AFTER_POSSESSIVE = frozenset({"final", "finals", "opener"})
_NAME_DETERMINERS = frozenset({"the", "a", "an", "this", "its", "their"})


def _in_a_name(ctx: Context, left: int, i: int) -> bool:
    """Whether the capitalized word at token ``i`` ends a name that a determiner opens, the
    capitalized words before it its own ("the Australian Open", "the U.S. Open", "this
    year's French Open"): a name's word, not a headline's verb ("Yankees Host Mets")."""
    k = i - 1
    while k > left and ctx.words[k][:1].isupper():
        k -= 1
    return k < i - 1 and k >= left and ctx.lowers[k] in _NAME_DETERMINERS


def _back_on_a_day(ctx: Context, left: int, i: int) -> bool:
    """Whether the verb at token ``i`` after "and" is a singular present right before its
    weekday ("on Tuesday", "Tuesday") after a past of the same subject in its clause ("The
    Senate adjourned last month and returns on Tuesday"): the subject's schedule; not a
    noun ("sales and returns on Tuesday": no past before)."""
    lowers, n = ctx.lowers, len(ctx.lowers)
    if not lowers[i].endswith("s") or i + 1 >= n:
        return False
    j = i + 2 if lowers[i + 1] == "on" else i + 1
    if j >= n or lowers[j] not in lexicons.calendar().weekdays:
        return False
    pasts = _past_cues()
    return any(
        _past_cue(ctx, pasts, left, k) or _past_tense(ctx, left, k) for k in range(left, i - 1)
    )


def _lasts_until(ctx: Context, i: int) -> bool:
    """Whether the verb at token ``i`` is a singular present before "through" or "until"
    ("and runs through Nov. 30", "and continues until Sept. 2"): a span still running."""
    return (
        ctx.lowers[i].endswith("s")
        and i + 1 < len(ctx.lowers)
        and ctx.lowers[i + 1] in ("through", "until", "till")
    )


_RECORD_CHARS = frozenset("0123456789-\u2013,")


def _after_an_aside(ctx: Context, close: int, singular: bool) -> bool:
    """Whether the ")" at token ``close`` ends a short aside after its subject, so that the
    verb after it is the subject's: any after a word before a verb in "s" ("The bill (H.R. 5)
    faces"), a team's record or score after its capitalized name before any ("The Chiefs
    (10-2) visit", "Arsenal (3-1-0) host")."""
    for k in range(close - 1, max(0, close - 6) - 1, -1):
        if ctx.lowers[k] == "(":
            if k == 0 or not ctx.words[k - 1].isalpha():
                return False
            if singular:
                return ctx.lowers[k - 1] not in _words().schedule_not_after
            inside = "".join(ctx.lowers[k + 1 : close])
            return (
                inside[:1].isdigit()
                and set(inside) <= _RECORD_CHARS
                and ctx.words[k - 1][:1].isupper()
            )
    return False


_RELATIVE_REACH = 14
"""Most tokens of a relative clause set off by commas before its subject's verb."""


def _after_relative(ctx: Context, comma: int, plural: bool = False) -> bool:
    """Whether the comma at token ``comma`` closes a relative clause opened by ", which" or
    ", who" in its sentence, so that the verb after it is its subject's ("The festival,
    which opened on Friday, runs until Sunday"), or a participle's cut short after a noun
    ("The deal, announced in November, closes in March"); for a ``plural`` verb (no "s"),
    its subject a name or a plural ("The Yankees, who lost on Tuesday, play")."""
    relatives = _words().relative_subjects
    for k in range(comma - 1, max(0, comma - _RELATIVE_REACH) - 1, -1):
        if k + 1 in ctx.sentence_tokens:
            return False
        if ctx.lowers[k] == ",":
            if k < 1 or (plural and not _plural_subject(ctx, k - 1)):
                return False
            if ctx.lowers[k + 1] in relatives:
                return ctx.lowers[k + 1] != "that"
            return ctx.words[k - 1].isalpha() and _participle(ctx, k + 1)
    return False


def _plural_subject(ctx: Context, j: int) -> bool:
    """Whether the word at token ``j`` ends a plural subject: a name ("The Yankees",
    "Arsenal") or a plural noun ("lawmakers", "they")."""
    word, low = ctx.words[j], ctx.lowers[j]
    if not word.isalpha():
        return False
    plural = low.endswith("s") and not low.endswith("ss") and len(low) > 3
    return word[:1].isupper() or plural or low in _words().plural_subjects


def _to_a_name(ctx: Context, i: int) -> bool:
    """Whether "to" and a name follow the verb at token ``i`` ("travel to Brentford", "heads
    to Wisconsin"): a verb of going, no noun ("rain and winds to the north")."""
    if i + 2 >= len(ctx.words) or ctx.lowers[i + 1] != "to":
        return False
    name = ctx.words[i + 2]
    return name[:1].isupper() and name.isalpha()


def _object_after(ctx: Context, i: int) -> bool:
    """Whether a name or a determiner follows the verb at token ``i`` ("play Arsenal", "face
    the champions"): a verb with its object, no noun ("rain and winds on Sunday")."""
    if i + 1 >= len(ctx.words):
        return False
    after, lowers = ctx.words[i + 1], ctx.lowers
    if lowers[i + 1] in _COURT_OBJECTS or tuple(lowers[i + 1 : i + 3]) == _IN_COURT:
        return True  # "and faces sentencing in September", "and appears in court in July"
    if lowers[i + 1] in _RESULTS or lowers[i + 1] in _RESULTS_WORDS:
        return True  # "was founded in 1990 and reports results on Oct. 30": a company's
    return lowers[i + 1] in _words().object_starts or (after[:1].isupper() and after.isalpha())


_COURT_OBJECTS = frozenset(
    {"sentencing", "trial", "retrial", "arraignment", "extradition", "deportation", "charges"}
)
"""Objects of a court's calendar with no determiner ("faces sentencing", "faces trial")."""
_IN_COURT = ("in", "court")


def _schedule(ctx: Context, left: int, first: int, end: int) -> bool:
    """Whether a present "is"/"are" (with "on", "at" or "for", or "in" before a month)
    governs the date that starts at token ``first`` and ends at character ``end``: "The vote
    is on Tuesday", "The election is in November" (not "was"; not a possessive "is on
    Tuesday's vote", whose day may be either); a place's state (``_OPEN_STATES``) may stand
    between, after "is"/"are" or a state kept ("The museum is open Saturday", "Schools remain
    closed on Monday"; not "remained", "was closed")."""
    i, words = first - 1, _words()
    month = False
    if i >= left and ctx.lowers[i] in words.schedule_links:
        i -= 1
    elif i >= left and ctx.lowers[i] == "in":
        i -= 1  # "The election is in November": a month set ahead
        month = True
    if i > left and ctx.lowers[i] in _OPEN_STATES and ctx.words[i].islower():
        i -= 1  # "The museum is open Saturday", "Schools remain closed on Monday"
        kept = ctx.lowers[i] in words.state_present and ctx.words[i].islower()
        if kept and not (month and not _names_a_month(ctx, first, end)):
            return ctx.text[end : end + 2] not in ("'s", "\u2019s")  # a state kept, ahead
    if i < left or ctx.lowers[i] not in words.schedule_copulas:
        return False  # ("in" is no copula: without a month, no schedule)
    if month and not _names_a_month(ctx, first, end):
        return False
    return ctx.text[end : end + 2] not in ("'s", "\u2019s")


_OPEN_STATES = frozenset({"open", "closed", "shut"})
"""A place's state between a present "is"/"are" (or "remains", "stay") and the date it
holds: "The museum is open Saturday", "Markets are closed on Wednesday"."""

_WEATHER_REACH = 4
"""Most tokens between a weather verb and its subject ("Temperatures in the north drop")."""


@cache
def _weather() -> tuple[frozenset[str], frozenset[str]]:
    lists = lexicons.tense()
    return frozenset(lists.weather_subjects), frozenset(lists.weather_verbs)


def _weather_present(ctx: Context, left: int, first: int) -> bool:
    """Whether the weekday at token ``first`` follows a present verb of weather after its
    subject, the nearest verb of ``weather_verbs`` before it in its clause: a forecast ("The
    heat peaks on Sunday"; not "Stocks fall on Monday as temperatures soar")."""
    if ctx.lowers[first] not in lexicons.calendar().weekdays:
        return False  # a cheap test first; "Rain peaks in August" is every August
    subjects, verbs = _weather()
    if _none_of(verbs, ctx.lowers, left + 1, first):
        return False  # a cheap test: no verb of weather before it
    for i in range(first - 1, left, -1):
        verb = ctx.lowers[i]
        if verb in verbs:
            if i - 2 >= left and ctx.lowers[i - 1] in _CHANCES and ctx.lowers[i - 2] in subjects:
                return True  # "Rain chances increase Saturday": the weather's chances
            nouns = ctx.lowers[max(left, i - _WEATHER_REACH) : i]
            return any(
                noun in subjects and (verb.endswith("s") or noun.endswith("s")) for noun in nouns
            )
    return False


_CHANCES = frozenset({"chances", "odds", "risks", "threats"})
"""Plural heads after a weather subject ("rain chances", "storm threats")."""


_DELAYING = frozenset({"delayed", "disrupted", "halted", "suspended", "grounded", "stranded"})
_NOT_ACTIVE = frozenset({"was", "were", "be", "been", "being", "is", "are", "has", "have", "had"})


def _weather_delayed(ctx: Context, left: int, first: int) -> bool:
    """Whether the date at token ``first`` ends, after "until" or "till", a delay that ran its
    course: a verb of ``_DELAYING`` in its active past whose end is told as one seen ("which
    delayed results in several places until late Monday night") or whose subject is a word
    of ``weather_subjects`` ("The storm delayed flights until Tuesday", "Heavy rain, which
    disrupted trains until Monday morning"); not an event put off ("The vote was delayed
    until Tuesday", "Officials delayed the vote (suspended flights) until Tuesday")."""
    lowers = ctx.lowers
    if first - 1 < left or lowers[first - 1] not in ("until", "till"):
        return False
    for j in range(first - 2, max(left, first - 2 - _WEATHER_REACH * 2) - 1, -1):
        if lowers[j] in _DELAYING:
            break
    else:
        return False
    k = j - 1
    if k >= 0 and lowers[k] in _NOT_ACTIVE:
        return False  # "was delayed until", "has delayed ... until": put off, or still on
    if lowers[first] == "late":
        return True  # an end seen: "which delayed results until late Monday night"
    if k >= 1 and lowers[k] == "which" and lowers[k - 1] == ",":
        k -= 2  # "Heavy rain, which delayed the count ...": the subject before the comma
    return k >= 0 and lowers[k] in _weather()[0]


def _year_ending(ctx: Context, first: int) -> bool:
    """Whether "year ending" stands right before the date at token ``first``: a year told as
    not yet over, so ahead in a forecast, as "in the year ending in March" is; or "for the
    (fiscal) year to" ("through"): the year a forecast is for ("The IMF expects growth of 3%
    for the year to March"), where "in the year to March" may be a rate's last twelve months
    ("expect inflation of 3.1% in the year to April", a preview of figures)."""
    lowers = ctx.lowers
    if first < 2 or lowers[first - 2] != "year":
        return False
    if lowers[first - 1] == "ending":
        return True
    if lowers[first - 1] not in _YEAR_TO:
        return False
    k = first - 3
    if k >= 0 and lowers[k] in _FISCAL_WORDS:
        k -= 1
    return k >= 1 and lowers[k] == "the" and lowers[k - 1] == "for"


_YEAR_TO = frozenset({"to", "through"})
_FISCAL_WORDS = frozenset({"fiscal", "financial", "business"})


_ENTERS = frozenset({"enters", "enter"})
_SPAN_OWNERS = frozenset({"its", "their", "a", "the"})
_SPAN_UNITS = frozenset({"day", "week", "month", "year", "decade"})


def _enters_a_span(ctx: Context, left: int, first: int) -> bool:
    """Whether a present "enters" (or "enter") an ordinal day, week, month or year of a run
    right before the date at token ``first`` ("on" maybe between): the day the run reaches
    it, set by the calendar, so ahead ("The trial enters its third week on Monday", "The
    strike enters a second day on Tuesday"); not "entered", nor "enters the city on Monday"."""
    i = first - 1
    if i > left and ctx.lowers[i] == "on":
        i -= 1
    if i - 2 < left or ctx.lowers[i] not in _SPAN_UNITS:
        return False
    i -= 1
    if ctx.lowers[i] not in lexicons.tense().century_ordinals and not _NTH.fullmatch(ctx.lowers[i]):
        return False
    i -= 1
    if ctx.lowers[i] in _SPAN_OWNERS:
        i -= 1
    return i >= left and ctx.lowers[i] in _ENTERS and ctx.words[i].islower()


_NTH = LazyPattern(r"\d+(?:st|nd|rd|th)")


def _ends_a_period(ctx: Context, left: int, first: int) -> bool:
    """Whether the date at token ``first`` ends a reporting period: "the three months to
    February", "the week ending Friday", "the year through June"."""
    words = _words()
    link, noun = first - 1, first - 2
    return (
        noun >= left
        and ctx.lowers[link] in words.period_end_links
        and ctx.lowers[noun] in words.period_nouns
    )


_AHEAD_OF_EVENT = LazyPattern(
    r"\b(?:ahead[ \u00a0]+of|(?:run|lead|build)-up[ \u00a0]+to"
    r"|(?:hours|days|weeks|just|shortly)[ \u00a0]+before)[ \u00a0]+"
    r"(?:[A-Za-z][\w'\u2019-]*[ \u00a0]+){1,4}(?:on[ \u00a0]+|in[ \u00a0]+)?$",
    re.IGNORECASE,
)
_AHEAD_OF_REACH = 60
"""Most characters from "ahead of" to the date of the event it names."""


def _ahead_of_an_event(ctx: Context, left: int, start: int) -> bool:
    """Whether the date at character ``start`` is the day of an event that "ahead of", "the
    run-up to" or "days before" names right before it, in its clause ("ahead of local
    elections on March 31", "in the run-up to the election in November", "days before a
    national election on July 4"): the event is awaited when the act was told,
    so the nearest such date, whatever the act's tense (weekdays are ``awaits``': "ahead of
    the vote on Sunday" told in the past is the nearest Sunday too, read there)."""
    low = max(ctx.token_chars[left], start - _AHEAD_OF_REACH)
    window = ctx.text[low:start]
    if "ahead" not in window and "-up" not in window and "before" not in window:
        return False  # a cheap test first: most dates follow neither
    found = _AHEAD_OF_EVENT.search(ctx.text, low, start)
    if found is None:
        return False
    # "days before" only with the event's "on" or "in" ("days before a national election on
    # July 4"; "four weeks before the Oct. 13 election" names the day inside the event's)
    return "before" not in found.group().lower() or window.endswith(("on ", "in "))


_LAST_ACTS = frozenset({"last", "final"})
_LAST_ACT_REACH = 4
"""Most words between "last" and its "before": "last interest rate decision before"."""
_EVENT_ARTICLES = frozenset({"the", "a", "an"})
_SPANS_BEFORE = frozenset(
    {"day", "days", "hour", "hours", "week", "weeks", "night", "just", "shortly", "eve"}
)
"""Words before a "before" that dates an act by the act that follows it: "a day before"."""
_PRESENT_AWAITING = frozenset({"await", "awaits"})
_AWAITING = frozenset({"awaiting", "awaited"})
_OWNER_REACH = 5
"""Most tokens from "last" back to its awaited lead: "before the central bank's last"."""


def _event_lead(ctx: Context, left: int, first: int, end: int) -> int | None:
    """Index of the "before" (or "ahead" of "ahead of") right before the event that the date
    at token ``first`` times: "before the December 23 election", "ahead of the vote on
    Dec. 23"; None when there is none."""
    lowers = ctx.lowers
    at = first - 1
    if at - 2 > left and lowers[at] in ("on", "in"):
        if lowers[at - 1] not in _event_nouns():
            return None
        at -= 2  # "the election on December 23": to the article
    else:
        after = ctx.token_at(end)
        if after >= len(lowers) or lowers[after] not in _event_nouns():
            return None
    if at - 1 <= left or lowers[at] not in _EVENT_ARTICLES:
        return None
    if lowers[at - 1] == "before":
        return at - 1
    return at - 2 if lowers[at - 1] == "of" and lowers[at - 2] == "ahead" else None


def _last_act_before_an_event(ctx: Context, left: int, first: int, end: int) -> bool:
    """Whether the date at token ``first`` times the event after the "last" or "final" act
    before it, and that act is itself awaited at a told act ("a day before the central
    bank's last interest rate decision before the July 4 election", "ahead of its final
    meeting before the December election"): the act follows the news, the event the act, so
    the event is ahead whatever the tense. An act told by a copula or a bare "before" is no
    evidence ("It was the last poll before the March election")."""
    lowers = ctx.lowers
    if first - 2 <= left or lowers[first - 1] not in ("the", "on", "in"):
        return False  # a cheap test first: most dates follow none of these
    lead = _event_lead(ctx, left, first, end)
    if lead is None or not ctx.words[lead - 1].isalpha():
        return False
    last = next(
        (
            k
            for k in range(lead - 2, max(left, lead - 2 - _LAST_ACT_REACH), -1)
            if lowers[k] in _LAST_ACTS or not ctx.words[k].isalpha()
        ),
        None,
    )
    if last is None or lowers[last] not in _LAST_ACTS:
        return False  # "the last poll before": a noun between "last" and "before"
    for k in range(last - 1, max(left, last - 1 - _OWNER_REACH), -1):
        word = lowers[k]
        if word in _PRESENT_AWAITING:
            return True  # "Investors await the bank's last meeting before the ... vote"
        if word in _AWAITING or (word == "before" and lowers[k - 1] in _SPANS_BEFORE):
            return _told_this_week(ctx, k)  # "a day before", not a bare "before"
        if word == "of" and lowers[k - 1] in ("ahead", "eve"):
            return _told_this_week(ctx, k)  # "ahead of", "on the eve of"
        if not word.isalpha() and word not in _POSSESSIVES:
            return False
    return False


_THIS_WEEK = frozenset({"today", "yesterday", "tonight"})


def _told_this_week(ctx: Context, lead: int) -> bool:
    """Whether a weekday (or "today", "yesterday") dates the act told before token ``lead``
    in its sentence ("figures showed on Tuesday, a day before ..."): news of the week, not
    a story told long after ("The poll was taken a day before the last debate ...")."""
    start = ctx.token_at(ctx.sentence_start(ctx.token_chars[lead]))
    weekdays = lexicons.calendar().weekdays
    return any(w in weekdays or w in _THIS_WEEK for w in ctx.lowers[start:lead])


def awaited_event(ctx: Context, bounds: tuple[int, int], start: int) -> bool:
    """Whether the date at character ``start`` (no weekday) is the day or month of an event
    that "ahead of", "the run-up to" or "days before" names in the clause ``bounds``
    (``_ahead_of_an_event``), awaited at an act its sentence dates in the week ("Stocks fell
    on Tuesday ahead of the election on November 5"): news, not a story's background."""
    first = ctx.token_at(start)
    if ctx.lowers[first] in lexicons.calendar().weekdays:
        return False
    return _ahead_of_an_event(ctx, bounds[0], start) and _told_this_week(ctx, first)


_PERIOD_START_LINKS = frozenset({"starting", "beginning", "commencing"})
_STARTED_REACH = 16
"""Most tokens between a started state's noun and the "from" of its start."""
_STARTED_PREPOSITIONS = frozenset({"of", "for", "in", "at", "on", "across", "to"})
"""What may follow a started state's noun before its "from": "blackouts of four hours"."""


def _starts_a_period(ctx: Context, left: int, first: int) -> bool:
    """Whether the date at token ``first`` starts a period named before it ("the fiscal year
    starting (on) July 1", "the season beginning Sept. 5") or a state or an event
    (``started_nouns``: "a four-day truce starting Thursday", "a curfew beginning Friday"):
    its start is told as its name, whatever the tense of the clause, so the nearest ("The IMF
    had urged Kenya to cut its deficit in the fiscal year starting July 1", in June, is this
    July)."""
    link = first - 1
    if ctx.lowers[first] == "from":
        link = first  # a range told with its "from": "mourning from Thursday to Saturday"
    elif link > left and ctx.lowers[link] == "on":
        link -= 1  # "the fiscal year starting on July 1"
    noun = link - 1
    if noun >= left and ctx.lowers[link] == "from":
        # "announced a curfew from Monday", "blackouts for households in most regions from
        # Monday": a state's start, its noun maybe before a phrase of plain words, told after
        # a past ("plans to phase out cuts from April" keeps its future); not a period's
        # ("profit for the quarter from April" is none)
        if not _past_before(ctx, left, first) or not _WILL.isdisjoint(ctx.lowers[left:first]):
            return False  # "said workers will get a holiday from June 17": ahead
        return _started_noun_before(ctx, left, link)
    if noun < left or ctx.lowers[link] not in _PERIOD_START_LINKS:
        return False
    word = ctx.lowers[noun]
    if word in _words().period_nouns or word in _SEASON_NOUNS:
        return True
    # "announced a 10% tariff on imports from nearly all countries starting April 5" (in
    # April, two days before): the tariff's start, its noun before a phrase of plain words
    return _started_noun_before(ctx, left, link)


def _started_noun_before(ctx: Context, left: int, link: int) -> bool:
    """Whether a started state's noun (``started_nouns``) ends the words before token
    ``link`` (its "from" or "starting"), or heads a phrase of plain words there that opens
    with a preposition ("a ban on exports of rice starting ..."), no verb between."""
    for k in range(link - 1, max(left, link - _STARTED_REACH) - 1, -1):
        if ctx.lowers[k] in _started_nouns():
            return k == link - 1 or ctx.lowers[k + 1] in _STARTED_PREPOSITIONS
        if not ctx.words[k].isalpha() or _verb_like(ctx, left, k):
            return False  # "Sales in the north fell from Monday": a verb's start
    return False


@cache
def _started_nouns() -> frozenset[str]:
    return frozenset(lexicons.tense().started_nouns)


_SEASON_NOUNS = frozenset({"season", "term", "semester", "campaign"})


def _instructed_deadline(ctx: Context, left: int, first: int) -> bool:
    """Whether the date at token ``first`` is the deadline ("until", "by", "until at least")
    of an infinitive after a past instruction: "asked drivers to stay off the roads until
    at least 6 a.m. Thursday"."""
    i, lowers = first - 1, ctx.lowers
    if i - 1 >= left and lowers[i] == _AT_LEAST[1] and lowers[i - 1] == _AT_LEAST[0]:
        i -= 2  # (two tests, no tuple built per date)
    if i < left or lowers[i] not in _words().deadline_leads:
        return False
    infinitive = False
    for j in range(i - 1, left - 1, -1):
        word = ctx.lowers[j]
        if word == "to" and j + 1 < i and ctx.words[j + 1].isalpha() and ctx.words[j + 1].islower():
            infinitive = True
        elif word in _words().instructing:
            return infinitive
    return False


def _names_a_day(ctx: Context, first: int, end: int) -> bool:
    """Whether the date from token ``first`` to character ``end`` holds a number (a day of
    a month: "March 7", "7 March"), not a bare month."""
    return any(c.isdigit() for c in ctx.text[ctx.token_chars[first] : end])


def _names_a_month(ctx: Context, first: int, end: int) -> bool:
    """Whether the date from token ``first`` to character ``end`` names a month: a deadline
    reported in the past is ahead when it is a weekday ("until Friday", a week at most), but
    "extended to April 13" may be told after April 13 as well as before it: the nearest."""
    months = lexicons.calendar().months
    i = first
    while i < len(ctx.lowers) and ctx.token_chars[i] < end:
        if ctx.lowers[i].rstrip(".") in months:
            return True
        i += 1
    return False


_PUT_OFF_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_PUT_OFF_PARTICLES = frozenset({"back", "off", "out"})


def _put_off(ctx: Context, left: int, first: int) -> bool:
    """Whether the deferring verb before the date at token ``first`` puts something off: an
    object between them ("postponed the trial until January", "pushed back the start ...
    to March") or a passive ("The launch was delayed to October"); not a verb with neither
    ("The decline extended to March": how far it ran)."""
    lowers = ctx.lowers
    j = first - 1
    while j > left and lowers[j] in ("the", "after", "until", "till", "to", "through"):
        j -= 1  # the lead: "until after the"
    if j > left and lowers[j] in _PUT_OFF_PARTICLES:
        j -= 1  # "pushed back to March"
    deferring = _words().deferring
    if lowers[j] not in deferring:
        # an object between, unless the verb funds it: "funded the program through August"
        # tells how far the money runs, either side (a stopgap "funds agencies through
        # January", in November, is ahead; "funded the program through August", then, not)
        verb = next((k for k in range(j - 1, left - 1, -1) if lowers[k] in deferring), j)
        return lowers[verb] not in _FUNDING
    return lowers[j] not in _FUNDING and j > left and lowers[j - 1] in _PUT_OFF_AUXILIARIES


_FUNDING = frozenset({"funds", "fund", "funding", "funded", "financing", "finances", "financed"})
"""The ``deferring`` words that run money to a date rather than put something off to it."""


def _bare_month(ctx: Context, first: int, end: int) -> bool:
    """Whether the date from token ``first`` to character ``end`` is a month with no day nor
    year ("until January", "until early January"; not "until Jan. 6"), in a sentence that
    names no year nor a month after "in" before it ("In 2019, the judge postponed the trial
    until March" is of that year's story)."""
    months, lowers = lexicons.calendar().months, ctx.lowers
    i, named = first, False
    while i < len(lowers) and ctx.token_chars[i] < end:
        if any(c.isdigit() for c in lowers[i]):
            return False
        named = named or lowers[i].rstrip(".") in months
        i += 1
    if not named:
        return False
    for j in range(ctx.token_at(ctx.sentence_start(ctx.token_chars[first])), first):
        if lowers[j].isdigit() and len(lowers[j]) == 4:
            return False
        if j > 0 and lowers[j].rstrip(".") in months and lowers[j - 1] in _TOLD_IN:
            return False
    return True


_TOLD_IN = frozenset({"in", "on", "since", "during"})
"""Leads of a month that dates a story ("In March, the judge postponed the trial until
May"), unlike a plan's ("The trial, originally set for May, was postponed until September")."""


def _set_for_a_month(ctx: Context, left: int, first: int, end: int) -> bool:
    """Whether the month at token ``first`` follows "for" after a word that sets a date,
    with or without its object between ("was scheduled for June", "pushed back for April",
    "The court set sentencing for Sept. 9")."""
    # the setter's test first: it reads the word before the date, and most dates follow no "for"
    return _set_for_a_day(ctx, left, first) and _names_a_month(ctx, first, end)


_INTENT_REACH = 4
"""Most tokens between a verb of intent and the "to" of its infinitive ("agreed on Monday
to")."""


def _intended(ctx: Context, left: int, first: int, verbs: frozenset[str] | None = None) -> bool:
    """Whether the date at token ``first`` is in the infinitive of a verb of intent ("agreed
    on Monday to hear the case in October"): a "to" before a lower-case word, with no past
    between it and the date ("voted to back a plan passed in March" keeps March past), and
    one of ``Tense.intending`` (or of ``verbs``) up to four tokens before it."""
    lowers, pasts = ctx.lowers, _past_cues()
    if _none_of(_TO, lowers, left + 1, first):
        return False  # a cheap test first: no infinitive before the date
    verbs = _words().intending if verbs is None else verbs
    for j in range(first - 1, left, -1):
        if lowers[j] == "to":
            verb = ctx.words[j + 1]  # a verb, not the noun phrase of "agreed to a deal"
            if j + 1 >= first or not (verb.isalpha() and verb.islower()):
                return False
            if verb in _words().object_starts or verb in _words().schedule_not_after:
                return False
            if _plural(verb):  # "agreed to terms in January"
                return False
            reach = range(j - 1, max(left, j - _INTENT_REACH) - 1, -1)
            return any(lowers[k] in verbs for k in reach)
        if _past_cue(ctx, pasts, left, j) or _past_tense(ctx, left, j):
            return False
    return False


def _delivery_month(ctx: Context, first: int, end: int) -> bool:
    """Whether the date at token ``first`` is a lone month (to character ``end``) before a
    noun of ``Tense.delivery_nouns``, maybe after a hyphen ("its January official selling
    price", "the March contract", "February-loading cargoes")."""
    after = ctx.token_at(end)
    if after != first + 1 or after >= len(ctx.lowers):
        return False
    if ctx.lowers[after] == "-" and after + 1 < len(ctx.lowers) and not ctx.spaced[first]:
        after += 1
    return ctx.lowers[after] in _delivery_nouns()


@cache
def _delivery_nouns() -> frozenset[str]:
    return frozenset(lexicons.tense().delivery_nouns)


_SIGNALLING = frozenset(
    {"signalled", "signaled", "flagged", "hinted", "telegraphed", "floated", "priced"}
    | {"pencilled", "penciled", "mooted", "trailed"}
)
"""Past verbs of a move made known before it is made ("signalled a cut in June")."""
_SIGNAL_REACH = 5
_OF_PHRASE_REACH = 4
"""Most words of an "of" phrase between a signalled move and its date ("of the same size")."""
"""Most tokens between a verb of signalling and the date ("flagged a possible rate hike in")."""
_AGAIN = frozenset({"another", "more", "further", "next", "additional", "second", "third"})
"""Words of a signalled move that counts on from one made: "signalled another hike in March"."""


@cache
def _event_nouns() -> frozenset[str]:
    return frozenset(lexicons.tense().month_event_nouns)


def _signalled(ctx: Context, left: int, first: int) -> Tense | None:
    """The tense of the date at token ``first`` timing an event noun
    (``Tense.month_event_nouns``) right before its "in" or "on", in the object of a past verb
    of signalling: "signalled a cut in June", "flagged a possible hike in July", "hinted at a
    cut in June", "priced in a cut in June"; not "delivered a cut in June", nor "the Fed cut
    rates in June" (None). A move signalled is ahead of the signal, which may be told after
    it as well: the nearest ("open"); a move counted on from one just made ("another hike",
    "two more hikes", "further cuts") follows the news: "future"."""
    lowers = ctx.lowers
    lead = first - 1
    if lead - 2 > left and lowers[lead] in ("and", "or") and lowers[lead - 2] in ("in", "on"):
        lead -= 2  # "two more hikes in January and March": the list's "in"
    noun = lead - 1
    if noun <= left or lowers[lead] not in ("in", "on"):
        return None
    if lowers[noun] not in _event_nouns():
        # "two more hikes of the same size in January": the noun before an "of" phrase
        of = _OF_PHRASE_REACH
        while of and noun > left and lowers[noun] != "of" and ctx.words[noun].isalpha():
            noun, of = noun - 1, of - 1
        noun -= 1
        if noun <= left or lowers[noun + 1] != "of" or lowers[noun] not in _event_nouns():
            return None
    again = False
    for k in range(noun - 1, max(left, noun - _SIGNAL_REACH) - 1, -1):
        if lowers[k] in _SIGNALLING:
            return "future" if again else "open"
        if _ends_clause(ctx, k):
            return None
        again = again or lowers[k] in _AGAIN
    return None


_RULING_OUT = frozenset({"ruled", "rules", "rule", "ruling"})
_RULED_NOW = frozenset({"has", "have", "rules", "rule", "ruling"})
"""Before "out", a present's word ("has ruled out", "rules out", "is ruling out"): the move
ruled out is still ahead."""
_NOT_YET = frozenset({"not", "n't", "yet", "never", "also", "already"})


def _ruled_out(ctx: Context, left: int, first: int) -> Tense | None:
    """The tense of the date at token ``first`` timing an event noun (``_signalled``'s) in
    the object of "rule(d) out": a move ruled out is ahead of the word, "future" after a
    present ("The government has ruled out a second increase in July", "rules out a cut in
    June"), "open" after a simple past, which may be told after the month ("The bank ruled
    out a hike in June"); None for no such verb ("carried out a cut in June")."""
    lowers = ctx.lowers
    noun = first - 2
    if noun <= left or lowers[first - 1] not in ("in", "on") or lowers[noun] not in _event_nouns():
        return None
    for k in range(noun - 1, max(left + 1, noun - _SIGNAL_REACH) - 1, -1):
        if lowers[k] == "out" and lowers[k - 1] in _RULING_OUT:
            j = k - 2  # the word before the verb, past "not", "yet" and "-ly" adverbs
            while j > left and (lowers[j] in _NOT_YET or lowers[j].endswith("ly")):
                j -= 1
            now = lowers[k - 1] in _RULED_NOW or (j >= left and lowers[j] in _RULED_NOW)
            return "future" if now else "open"
        if _ends_clause(ctx, k):
            return None
    return None


_ORDERING = frozenset({"ordered", "instructed", "directed", "summoned", "remanded", "bailed"})
"""Verbs of an order whose infinitive is done after it ("was ordered to appear in court on
Dec. 2", "was remanded in custody to appear again on Nov. 27")."""
_ORDERED_DEADLINES = frozenset({"by", "before", "until", "till"})
_ORDERED_ACTS = frozenset({"appear", "return", "report", "attend", "surrender", "testify"})
"""What an order's infinitive is done at a day, "(to) appear (in court) on Dec. 2"; other
infinitives only with a deadline's lead ("to leave the site by Dec. 31"): "was ordered to
liquidate by a court on Jan. 29" is the day of the order."""


def _ordered_day(ctx: Context, left: int, first: int, end: int) -> bool:
    """Whether the day of a month at token ``first`` (to character ``end``) is in the
    infinitive of an order: "ordered him to return to court on Dec. 2", "was remanded in
    custody to appear again on Nov. 27", "ordered the company to leave by Dec. 31"; not a
    weekday, a month alone, or an event named ("ordered to pay for the Oct. 7 crash")."""
    if first <= left:
        return False
    lead = ctx.lowers[first - 1]  # a cheap test first
    if lead not in _ORDERED_DEADLINES and lead not in ("on", "in"):
        return False
    if _none_of(_ORDERING, ctx.lowers, left, first):
        return False  # no verb of an order in the clause before it (``_intended`` reads one)
    if not _names_a_month(ctx, first, end):
        return False
    if not any(ctx.words[i][:1].isdigit() for i in range(first, ctx.token_at(end))):
        return False  # "was ordered to liquidate by a court in June": either
    if not _intended(ctx, left, first, _ORDERING):
        return False
    if lead in _ORDERED_DEADLINES:
        return True
    lowers = ctx.lowers
    return any(lowers[j] == "to" and lowers[j + 1] in _ORDERED_ACTS for j in range(left, first))


_GRANT_REACH = 4
"""Most tokens between a verb granting time and its "until" ("gave the company until")."""


def _action_deadline(ctx: Context, left: int, first: int, end: int) -> bool:
    """Whether the date from token ``first`` to character ``end`` is the deadline of the
    infinitive right after it, granted by a verb before: "have until Friday to pass a
    budget", "gave him until Friday to respond"; not "stayed until Friday to help", "until
    Friday to the end"."""
    i, words = first - 1, _words()
    if i < left or ctx.lowers[i] not in words.action_deadline_leads:
        return False
    j = ctx.token_at(end)
    if j + 1 >= len(ctx.words) or ctx.lowers[j] != "to":
        return False
    verb = ctx.words[j + 1]
    if not (verb.isalpha() and verb.islower()) or verb in words.schedule_not_after:
        return False
    reach = range(i - 1, max(left, i - 1 - _GRANT_REACH) - 1, -1)
    return any(ctx.lowers[k] in words.deadline_grants for k in reach)


def _past_before(ctx: Context, left: int, first: int) -> bool:
    """Whether a past cue stands in the clause before token ``first``."""
    pasts = _past_cues()
    return any(
        _past_cue(ctx, pasts, left, j) or _past_tense(ctx, left, j) for j in range(left, first)
    )


def past_in(ctx: Context, left: int, right: int) -> bool:
    """Whether a past cue (a past tense, "said", "ago") stands among tokens ``left`` to
    ``right``: a sentence told in the past, not one of the present read past by a date."""
    return _past_before(ctx, left, right)


_SETTER_REACH = 5
"""Most tokens between a word that sets a date and the "for" of its day ("set a vote for")."""


_SET_FOR_LEADS = frozenset({"for", "and", "or"})
"""The words ``_set_for_a_day`` holds after (its first test): ``_clause_tense`` calls it after
no other."""


def _set_for_a_day(ctx: Context, left: int, first: int) -> bool:
    """Whether the date at token ``first`` follows "for" after a word that sets a date, with
    or without its object between ("set a vote for Tuesday", "scheduled a hearing for
    Friday", "was set for Tuesday"); not a noun ("a set of rules for Tuesday")."""
    i = first - 1
    if i > left and ctx.lowers[i] in ("and", "or"):
        # "were called for June 30 and July 7": the second date shares the first's "for"
        listed = _FOR_LISTED.search(ctx.text, max(0, ctx.token_chars[i] - 24), ctx.token_chars[i])
        if listed is None:
            return False
        i = ctx.token_at(listed.start("for"))
        first = i + 1
    if i <= left or ctx.lowers[i] != "for":
        return False
    lowers, words = ctx.lowers, _scheduled_for_words()
    for j in range(i - 1, max(left, i - 1 - _SETTER_REACH) - 1, -1):
        if lowers[j] == "for" or _ends_clause(ctx, j):
            return False
        for word in words:
            if word[-1] != lowers[j]:
                continue  # a cheap test first: the setter's last word
            start = j - len(word) + 1
            if start >= left and tuple(lowers[start : j + 1]) == word:
                return start == left or lowers[start - 1] not in _words().object_starts
    return False


_FOR_LISTED = LazyPattern(
    r"\b(?P<for>for)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day)"
    r"(?:,?\s+\d{4})?,?\s+$"
)
"""A date right after "for" before the "and" ("or") of a second one: "for June 30 and"."""


_STATUSES = frozenset(
    {
        "questionable",
        "doubtful",
        "probable",
        "available",
        "unavailable",
        "out",
        "ready",
        "fit",
        "eligible",
        "cleared",
        "sidelined",
        "inactive",
        "suspended",
        "decision",
    }
)
"""A player's (or a ticket's) state before "for" a day's game: "is questionable for Sunday's
game", "is a game-time decision for Friday", "is ruled out of Saturday's final"."""
_PRESENT_STATE = frozenset({"is", "are", "'s", "\u2019s", "'re", "\u2019re", "remains", "remain"})
_PAST_STATE = frozenset({"was", "were", "been", "had"})


_STATUS_FOR_LEADS = frozenset({"for", "of"})
"""The words ``_status_for_a_day`` holds after (its first test)."""


def _status_for_a_day(ctx: Context, left: int, first: int) -> bool:
    """Whether the date at token ``first`` follows "for" (after "out", also "of") after a word
    of a state of ``_STATUSES`` (within a few tokens) that a present "is"/"are"/"remains"
    governs: "Smith is questionable for Sunday's game", "Tickets are still available for
    Saturday's final", "He is ruled out of Sunday's game", "has been ruled out of"; not "was
    (had been) questionable for"."""
    i = first - 1
    if i <= left or ctx.lowers[i] not in _STATUS_FOR_LEADS:
        return False
    lowers = ctx.lowers
    for j in range(i - 1, max(left, i - 1 - _SETTER_REACH) - 1, -1):
        if _ends_clause(ctx, j) or (lowers[j] in _PAST_STATE and not _perfect(lowers, j)):
            return False
        if lowers[j] in _STATUSES and (lowers[i] == "for" or lowers[j] == "out"):
            return any(
                lowers[k] in _PRESENT_STATE or _perfect(lowers, k)
                for k in range(max(left, j - 6), j)
            ) and not any(
                lowers[k] in _PAST_STATE and not _perfect(lowers, k) for k in range(left, j)
            )
    return False


_PERFECT = frozenset({"has", "have", "'s", "\u2019s", "'ve", "\u2019ve"})


def _perfect(lowers: tuple[str, ...], k: int) -> bool:
    """Whether token ``k`` is the "been" of a present perfect, a state in force now: "Smith
    has (not) been ruled out of Sunday's game"; not "had been"."""
    if lowers[k] != "been" or k == 0:
        return False
    before = lowers[k - 1]
    if before in ("not", "n't", "\u2019t", "also", "already") and k > 1:
        before = lowers[k - 2]
    return before in _PERFECT


@cache
def _scheduled_for_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.split()) for w in lexicons.tense().scheduled_for)


_UNTIL = frozenset({"until", "till"})
_STATE_REACH = 6
"""Most tokens between a state in force and the "until" of its end across a passive ("A
curfew was imposed until Sunday")."""


def _deferred(ctx: Context, left: int, first: int) -> bool:
    """Whether the date at token ``first`` is the day something was put off to, or a
    warning (curfew, closure) runs to: after "until", "till", "through" or "to", with a
    deferring verb or a warning nearer before it than any past tense, or than a passive that
    imposed it ("A curfew was imposed until Sunday"; "The road was closed until Friday" and
    "The curfew lasted until Friday" keep their past)."""
    i = first - 1
    if i - 2 > left and ctx.lowers[i] == _AT_LEAST[1] and ctx.lowers[i - 1] == _AT_LEAST[0]:
        first = i - 1  # "suspended until at least 6 p.m. Wednesday": the "until" before
        i = first - 1
    if i > left and ctx.lowers[i] == "the":
        i -= 1  # "until after the November election"
    if i - 1 > left and ctx.lowers[i] == "after" and ctx.lowers[i - 1] in _UNTIL:
        i -= 1  # "a delay until after the November election": put off past it
    elif i != first - 1:
        return False
    elif ctx.lowers[i] == "on":
        i = _named_day_lead(ctx, left, i)  # "through Election Day on Nov. 5": that day's lead
    if i < left or ctx.lowers[i] not in _words().deferred_to:
        return False
    if i == left and left > 0 and ctx.lowers[left - 1] == ",":
        # an adjunct of its own: "warned of heavy rain, with totals of 18 inches, through
        # Friday" looks back across its comma, to the sentence's start
        left = ctx.token_at(ctx.sentence_start(ctx.token_chars[left]))
    pasts, lead, words = _past_cues(), ctx.lowers[i], _words()
    passive, j = False, i - 1
    while j >= left:
        if lead != "to" and ctx.lowers[j] in words.in_force:
            return not passive or i - j <= _STATE_REACH
        if ctx.lowers[j] in words.deferring:
            return True
        if _past_cue(ctx, pasts, left, j) or _past_tense(ctx, left, j):
            if passive or lead == "to" or not _passive_at(ctx, left, j):
                return False
            passive = True  # the warning may be its subject: one passive looked across
            j -= 1  # its "was"
        j -= 1
    return False


def _named_day_lead(ctx: Context, left: int, on: int) -> int:
    """The token before the capitalized name of a day that "on" dates ("through Election
    Day on Nov. 5", "until Thanksgiving on Thursday"), else ``on``."""
    k = on - 1
    while k > left and on - k <= 3 and ctx.words[k][:1].isupper():
        k -= 1
    return k if k < on - 1 else on


_ENDED_REACH = 10
"""Most tokens of the "when" clause after a state's end that tells it ended then."""


def _ended_then(ctx: Context, right: int) -> bool:
    """Whether the clause after a state's end, its break at token ``right``, tells in the
    past that it ended then: "until Friday, when it expired (was lifted)", "until Friday,
    which ended early"; not "when it expires", "when officials will review it" nor "which
    was later extended"."""
    lowers = ctx.lowers
    i = right + 1 if right < len(lowers) and lowers[right] == "," else right
    if i >= len(lowers) or lowers[i] not in ("when", "which"):
        return False
    # "until Friday, which ended early (was lifted)": after "which", a verb of an end only
    # ("which was later extended" may run on)
    which = lowers[i] == "which"
    left, ahead, pasts, past = i + 1, _heads()[0], _past_cues(), False
    for j in range(left, min(len(lowers), left + _ENDED_REACH)):
        if j in ctx.sentence_tokens or _ends_clause(ctx, j):
            break
        if lowers[j] in ahead or lowers[j] in _modals():
            return False
        if which and lowers[j] not in _ENDING:
            continue
        past = past or _past_cue(ctx, pasts, left, j) or _past_tense(ctx, left, j)
    return past


_ENDING = frozenset({"ended", "expired", "lapsed", "lifted", "ceased"})

_IN_FORCE = frozenset({"effect", "force", "place"})
_IN_FORCE_REACH = 10
"""Most tokens between "in effect" and the weekday it runs to ("from 2 a.m. to 8 a.m.")."""


def _in_force_to_a_weekday(ctx: Context, left: int, first: int, end: int) -> bool:
    """Whether a present "is (are, remains) in effect (force, place)" before the weekday at
    token ``first`` in its clause states a rule in force now and on that day: "A frost
    advisory is in effect Thursday", "... from 2 a.m. to 8 a.m. Thursday": the weekday is
    ahead ("was in effect", "will be in effect" are read as before); so are hours set by a
    present "is from" ("Visitation is from 4 to 7 p.m. Monday")."""
    if _none_of(_IN_FORCE_WORDS, ctx.lowers, max(left, first - _IN_FORCE_REACH - 1) + 1, first):
        return False  # a cheaper test first: none of the words the tokens are read for
    near = max(0, ctx.token_chars[first] - _IN_FORCE_CHARS)
    if _IN_FORCE_NEAR.search(ctx.text, near, ctx.token_chars[first]) is None:
        return False  # a cheap test first: most dates follow neither
    weekdays, lowers = lexicons.calendar().weekdays, ctx.lowers
    i = first
    while i < len(lowers) and ctx.token_chars[i] < end and lowers[i] not in weekdays:
        i += 1
    if i >= len(lowers) or ctx.token_chars[i] >= end:
        return False
    for j in range(first - 1, max(left, first - _IN_FORCE_REACH - 1), -1):
        if lowers[j] in _IN_FORCE and lowers[j - 1] == "in":
            return j - 2 >= left and lowers[j - 2] in _words().state_present
        if lowers[j] == "from" and lowers[j - 1] in _words().schedule_copulas:
            # "Visitation is from 4 to 7 p.m. Monday": hours set on the day ("The footage is
            # from Monday", with no hours, is where it came from)
            between = ctx.words[j + 1 : first]
            return any(w[:1].isdigit() for w in between) and any(
                w.lower() in _HOURS_TO for w in between
            )
    return False


_IN_FORCE_CHARS = 80
_IN_FORCE_WORDS = _IN_FORCE | {"from"}
"""The words ``_in_force_to_a_weekday`` reads its tokens for, before the date."""
_IN_FORCE_NEAR = re.compile(r"\bin (?:effect|force|place)\b|\b(?:is|are) from\b", re.IGNORECASE)
"""In the text before a weekday, "in effect" or "is from" (the tokens are read only after)."""
_HOURS_TO = frozenset({"to", "until", "till", "-", "\u2013"})


_WILL = frozenset({"will", "would", "shall", "'ll", "\u2019ll"})


def state_ends_at(ctx: Context, bounds: tuple[int, int], start: int) -> Tense | None:
    """How the clause ``bounds`` tells of a state in force (a warning, a curfew) that runs
    "until" (or "through") the lone clock time at character ``start``: "open" for one in
    force now ("A tornado watch is (remains) in effect until 9 p.m."), "past" for one issued
    in the past ("Forecasters issued a tornado watch until 9 p.m."), None for one ahead
    ("will be in effect until") or no such state."""
    left, first = bounds[0], ctx.token_at(start)
    if first <= left or ctx.lowers[first - 1] == "to" or not _deferred(ctx, left, first):
        return None
    pasts, present = _past_cues(), _words().state_present
    says: Tense | None = None
    for j in range(left, first - 1):
        word = ctx.lowers[j]
        if word in _WILL or word in _modals():
            return None
        if _past_cue(ctx, pasts, left, j) or _past_tense(ctx, left, j):
            says = "past"
        elif word in present and says is None:
            says = "open"
    return says


def _passive_at(ctx: Context, left: int, j: int) -> bool:
    """Whether the past at token ``j`` is a participle after "was", "were" or "been"."""
    before = ctx.lowers[j - 1] if j > left else ""
    return before == "been" or before in _past_copulas()


def _past_cue(ctx: Context, pasts: frozenset[str], left: int, i: int) -> bool:
    """A past cue of the lexicon ("said", "held", "ago"), unless a passive or infinitive makes
    it a participle."""
    if ctx.lowers[i] not in pasts:
        return False
    if i + 1 < len(ctx.lowers) and ctx.lowers[i + 1] == "than":
        return False  # a comparison: "no earlier than September", "earlier than planned"
    word = ctx.words[i]
    if i > left and word[:1].isupper() and not word.isupper():
        return False  # a name inside its clause: "expect the Fed to act", "Led Zeppelin"
    before = _auxiliary(ctx, left, i)
    if (
        before >= left
        and ctx.lowers[before] in _AND_OR
        and _coordinated_participle(ctx, left, before)
    ):
        return False  # "will be shipped in March and sold in April": a passive's participle
    return before < left or ctx.lowers[before] not in _words().participle_after


_AND_OR = frozenset({"and", "or"})
_PASSIVE_BE = frozenset({"be"})
"""The "be" of a passive after a modal or "to" ("must be postmarked", "to be arraigned"); not
"is", whose participle may be a state ("The man is wanted by police and fled in August")."""
_COORDINATED_REACH = 8
"""Most tokens between a passive's participle and the "and" of the one coordinated with it."""


def _coordinated_participle(ctx: Context, left: int, join: int) -> bool:
    """Whether the "and" ("or") at token ``join`` joins a participle to a passive before it
    whose "be" follows a modal or "to" ("Ballots must be postmarked by Nov. 5 and received by
    Nov. 8", "is expected to be arraigned Monday and released Tuesday"): the participle after
    it shares that passive, no past tense of its own; not after "was arrested", "has been" or
    a state's "is" ("is based in Ohio and filed for bankruptcy in August")."""
    pasts, lowers = _past_cues(), ctx.lowers
    for k in range(join - 1, max(left, join - _COORDINATED_REACH) - 1, -1):
        if lowers[k] in _AND_OR or _ends_clause(ctx, k):
            return False
        word = ctx.words[k]
        if word.islower() and (lowers[k] in pasts or (len(word) > 3 and word.endswith("ed"))):
            before = _auxiliary(ctx, left, k)
            return before >= left and lowers[before] in _PASSIVE_BE
    return False


_VERB_PREFIXES = frozenset({"re", "co", "pre", "de", "un", "mis", "over", "under", "out"})
"""Prefixes a hyphen joins to a verb, which stays one: "re-elected", "co-founded"."""


def _compound_end(ctx: Context, i: int) -> bool:
    """Whether token ``i`` ends a compound modifier, glued by a hyphen to a word before it
    that is no verb's prefix: "split-adjusted", "state-owned", "Russian-made"."""
    return (
        i >= 2
        and ctx.words[i - 1] == "-"
        and not ctx.spaced[i - 2]
        and not ctx.spaced[i - 1]
        and ctx.words[i - 2].isalpha()
        and ctx.lowers[i - 2] not in _VERB_PREFIXES
    )


def _past_tense(ctx: Context, left: int, i: int) -> bool:
    """A regular past tense ("added", "opened"): lower case, so not a name ("Ted", "United")."""
    word = ctx.words[i]
    if len(word) < 4 or not word.endswith("ed") or not (word.isalpha() and word.islower()):
        return False
    if word in _not_past_ed() or ctx.text.startswith("-", ctx.token_ends[i]):
        return False  # an adjective: "a priced-in cut"
    if _compound_end(ctx, i):
        return False  # "on a split-adjusted basis", "a state-owned firm": an adjective
    if _infinitive_participle(ctx, left, i):
        return False  # "will cut the number of ships allowed to pass to 18 by February"
    if i - 2 >= left and ctx.lowers[i - 2] in _WITH and ctx.words[i - 1].isalpha():
        return False  # "will vote from April 19, with votes counted on June 4": a participle
        # of "with" and its noun takes the main clause's tense
    if _modified_participle(ctx, left, i):
        return False  # "its most commonly prescribed insulin", "the newly built plant"
    before = _auxiliary(ctx, left, i)
    if before < left:
        return True
    words = _words()
    if ctx.lowers[before] in _AND_OR and _coordinated_participle(ctx, left, before):
        return False  # "must be postmarked by Nov. 5 and received by Nov. 8"
    if (
        before == i - 1
        and ctx.lowers[before] == _THOSE
        and word not in _STATE_PARTICIPLES
        and _relative_lead(ctx, i + 1)
    ):
        return True  # "including those hired in March": a pronoun's reduced relative clause
    # "along exposed coasts", "in affected areas": an adjective after a preposition
    return ctx.lowers[before] not in words.not_a_tense_before and (
        before != i - 1 or ctx.lowers[before] not in words.adjective_after
    )


_DEGREE_WORDS = frozenset({"most", "more", "least", "less", "very", "so", "too"})
_NOUN_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "my"}
)


def _modified_participle(ctx: Context, left: int, i: int) -> bool:
    """Whether the participle at token ``i`` is an adjective between a determiner and its
    noun, past lower-case adverbs in -ly or of degree ("its most commonly prescribed insulin",
    "a newly built plant", "the more widely used test"): no past tense ("He most recently
    served" has no determiner)."""
    lowers, k = ctx.lowers, i - 1
    while (
        k > left
        and ctx.words[k].islower()
        and (lowers[k].endswith("ly") or lowers[k] in _DEGREE_WORDS)
    ):
        k -= 1
    return k < i - 1 and k >= left and lowers[k] in _NOUN_DETERMINERS


_WITH = frozenset({"with", "without"})
_THOSE = "those"
_STATE_PARTICIPLES = frozenset(
    {"interested", "concerned", "involved", "qualified", "aged", "skilled", "experienced"}
    | {"married", "related", "based", "located", "worried", "prepared", "committed"}
)
"""Participles after "those" that tell a state, no act of a day ("those interested in
attending the fair in October")."""
_RELATIVE_LEADS = frozenset({"during", "since", "last", "after", "earlier"})
_DEADLINE_LEADS = frozenset({"by", "before", "through", "within"})
"""Besides the prepositions of ``adjective_after``, the words that may follow the participle
of a reduced relative clause after "those" ("those hired in March", "those killed last
week"), not a noun ("those affected areas"); a lead of a deadline only before a lower-case
word ("those injured by the storm", not "those registered by Friday")."""


def _relative_lead(ctx: Context, k: int) -> bool:
    """Whether token ``k`` is a lower-case preposition or time word that leads the rest of a
    reduced relative clause."""
    if k >= len(ctx.lowers) or not ctx.words[k].islower():
        return False
    if ctx.lowers[k] in _DEADLINE_LEADS:
        # "those injured by the storm"; no deadline: "those registered by Friday"
        return k + 1 < len(ctx.words) and ctx.words[k + 1].islower()
    return ctx.lowers[k] in _RELATIVE_LEADS or ctx.lowers[k] in _words().adjective_after


_FUTURE_MODALS = frozenset({"will", "would", "could", "might", "may", "must", "can", "shall"})


def _infinitive_participle(ctx: Context, left: int, i: int) -> bool:
    """Whether the regular participle at token ``i`` follows a lower-case noun and leads an
    infinitive after a modal earlier in its clause ("will cut the number of ships allowed to
    pass"): a reduced relative clause of the modal verb's object, no past tense of the
    clause. A participle that leads no infinitive keeps its own date ("will decide whether
    a law passed in March stays"), and so does one with no modal before it ("Workers wanted
    to leave on Friday")."""
    lowers = ctx.lowers
    if i + 2 >= len(lowers) or lowers[i + 1] != "to" or not ctx.words[i + 2].islower():
        return False
    before = ctx.words[i - 1] if i > left else ""
    if not (before.isalpha() and before.islower()) or before in _words().not_a_tense_before:
        return False
    return not _FUTURE_MODALS.isdisjoint(lowers[left : i - 1])


_GERUND_LEADS = frozenset({"after", "following", "since"})
_SPAN_ENDS = frozenset({"until", "till", "through", "by"})
_GERUND_GAP = re.compile(r"\b(?:after|following|since) \w+ing\b", re.IGNORECASE)
"""A cheap test of the text before the tokens are read."""


def gerund_after(ctx: Context, j: int, first: int) -> bool:
    """Whether "after" ("following", "since") and a gerund stand between token ``j`` and the
    date at token ``first`` ("is retiring in January after losing in July"); not before a
    date that ends a span ("after serving until January": ahead)."""
    lowers = ctx.lowers
    if first - 1 <= j or lowers[first - 1] in _SPAN_ENDS:
        return False
    gap = _GERUND_GAP.search(ctx.text, ctx.token_chars[j], ctx.token_chars[first - 1])
    return gap is not None and any(
        lowers[k] in _GERUND_LEADS and lowers[k + 1].endswith("ing") and len(lowers[k + 1]) > 4
        for k in range(j, first - 1)
    )


_PAST_EVENT_NOUNS = frozenset(
    {"injury", "injuries", "crash", "crashes", "accident", "collapse", "death", "arrest"}
    | {"diagnosis", "stroke", "fire", "blaze", "explosion", "earthquake", "quake", "outbreak"}
    | {"defeat", "loss", "bankruptcy", "scandal", "coup"}
)
"""Nouns of an event that befalls its subject: not foreseen, so gone by when a future is
told after it; not one set ahead ("He will resign after the vote in January" waits for it)."""
_BOOKED_EVENT_NOUNS = frozenset({"surgery", "surgeries", "operation", "operations"})
"""Nouns of an event that befalls its subject but may be booked ahead."""
_PAST_EVENT_LEADS = frozenset({"after", "following"})
_PAST_EVENT_REACH = 5
"""Most tokens from "after" to the date ("after a torn elbow ligament injury in")."""


_PLACE_PREPOSITIONS = frozenset({"near", "at", "in", "on", "off", "outside", "over"})
_PLACE_REACH = 4
"""Most words of a place phrase between an event's noun and its date ("a crash near the
airport in March")."""


def _event_after_noun(ctx: Context, j: int, link: int) -> int | None:
    """The token of a noun of ``_PAST_EVENT_NOUNS`` or ``_BOOKED_EVENT_NOUNS`` right before
    the date's "in" (token ``link``), or before a place phrase of plain words there ("a crash
    near the airport in March"), past token ``j``; else None."""
    lowers = ctx.lowers
    nouns = (_PAST_EVENT_NOUNS, _BOOKED_EVENT_NOUNS)
    if any(lowers[link - 1] in words for words in nouns):
        return link - 1
    for k in range(link - 2, max(j, link - 2 - _PLACE_REACH), -1):
        if not ctx.words[k + 1].isalpha():
            return None  # "a crash on 5th Avenue, in March": no plain place phrase
        if lowers[k + 1] in _PLACE_PREPOSITIONS and any(lowers[k] in words for words in nouns):
            return k
    return None


def _event_after(ctx: Context, j: int, first: int) -> str | None:
    """The noun of an event that befalls its subject (``_PAST_EVENT_NOUNS``,
    ``_BOOKED_EVENT_NOUNS``) after "after" ("following") past token ``j``, timed by "in" or
    "on" and the date at token ``first``: "will not pitch in 2024 after elbow surgery in
    September"; else None."""
    lowers = ctx.lowers
    if first - 2 <= j or lowers[first - 1] not in ("in", "on"):
        return None
    noun = _event_after_noun(ctx, j, first - 1)
    if noun is None:
        return None
    for k in range(noun - 1, max(j, noun - _PAST_EVENT_REACH) - 1, -1):
        if lowers[k] in _PAST_EVENT_LEADS:
            return lowers[noun]
        if not ctx.words[k].replace("-", "").isalpha() and lowers[k] not in _POSSESSIVES:
            return None  # "after 6 p.m., a crash in March": no phrase of the event
    return None


def after_an_act(ctx: Context, j: int, first: int) -> Tense | None:
    """The tense of the date at token ``first`` timing an act after "after" past token
    ``j`` in a clause told in the future: a gerund's (``gerund_after``) or a booked event's
    is before the clause's future, on either side of the publication ("open": the nearest);
    an unforeseen event's is gone by ("past"); None if no such act."""
    if gerund_after(ctx, j, first):
        return "open"
    noun = _event_after(ctx, j, first)
    if noun is None:
        return None
    return "past" if noun in _PAST_EVENT_NOUNS else "open"


def _nearer(
    ctx: Context, best: tuple[int, Tense] | None, i: int, j: int, start: int, end: int, cue: Tense
) -> tuple[int, Tense] | None:
    """``best`` or the cue of tokens ``i``-``j``, whichever governs the date: any cue before
    it over any after, then the nearer; on a tie, the future cue (as when any future cue in
    the sentence decided)."""
    if ctx.token_ends[j - 1] <= start:
        distance = start - ctx.token_ends[j - 1]
    elif ctx.token_chars[i] >= end:
        distance = _AFTER + ctx.token_chars[i] - end
    else:
        return best  # the date's own words ("Sept. 30", "earlier")
    if best is None or distance < best[0] or (distance == best[0] and cue == "future"):
        return distance, cue
    return best


_GONE_AUXILIARIES = frozenset({"has", "have", "had", "'ve", "\u2019ve", "was", "were"})
"""Before a past form, a perfect's or a past passive's word: "have died", "were killed"."""
_PRESENT_AUXILIARIES = frozenset(
    {"to", "is", "are", "am", "be", "being", "will", "'s", "\u2019s", "'re", "\u2019re"}
)
"""Before a past form, a word of a present or an infinitive: "is expected", "to be hit"."""
_GOVERNING_REACH = 6
"""Most tokens from the verb governing a season to the season: "died in Mongolia this"."""


def governed_by_a_past(ctx: Context, left: int, first: int) -> bool:
    """Whether the verb nearest before token ``first`` in its clause (from ``left``) is a
    perfect or a simple past that governs it directly ("have died in Mongolia this winter",
    "had bleached this summer"): not an infinitive's verb ("stockpiling missiles to strike
    power plants this winter"), a modal's, a present passive's ("is expected this winter"),
    nor a word of a participle before a noun ("coal-fired plants")."""
    lowers, words = ctx.lowers, ctx.words
    past, modals = _past_cues(), _modals()
    for k in range(first - 1, max(left, first - 1 - _GOVERNING_REACH), -1):
        word = lowers[k]
        if word in _PRESENT_AUXILIARIES or word in modals or _gerund(word) or _ends_clause(ctx, k):
            return False
        gone = word in past or (word.endswith("ed") and word not in _not_past_ed())
        if not gone:
            continue
        before = lowers[k - 1] if k > left else ""
        if before in _GONE_AUXILIARIES:
            return True  # "have died", "had bleached", "were killed"
        # a simple past after its subject ("Temperatures fell this winter"); not after a
        # present's or infinitive's word, a hyphen ("coal-fired") nor a determiner
        return (
            bool(before)
            and words[k - 1].isalpha()
            and before not in _PRESENT_AUXILIARIES
            and before not in _determiners()
            and before not in modals
        )
    return False
