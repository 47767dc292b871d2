"""Guards: the bare names that are no places.

Common words ("Reading the report", "in May"), parts of people's or organizations' names
("Karen Hollis", "Hurricane Harvey"), people ("Jordan said", "Victoria, 34,", "For Holt" after
"Tracey Holt"), sentence-initial capitals of small towns, and currency adjectives ("US
dollars"). A cue, a qualifier or a dateline (``Mention.strong``) overrides the common-word
guard: "the town of Reading", "Nice, France".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache

from factextract import lexicons
from factextract.facts.places.mention import (
    BIG_CITY,
    FUNCTION_WORDS,
    NAME_GENERICS,
    POSSESSIVES,
    Mention,
    Words,
    capitalized,
    capitals,
    list_start,
    locative,
    longest,
    placed_at,
    sentence_initial,
)
from factextract.facts.places.resolution import region_written_countries
from factextract.facts.spans import Context
from factextract.gazetteer import Entry, fold, gazetteer, normalize
from factextract.gazetteer import capitals as national_capitals
from factextract.patterns import LazyPattern

_AGE = re.compile(r",[ ]?\d{1,3},(?!\d)")  # not ", 5,000 people"


_NUMBER = re.compile(r"\d")
_SCORE = re.compile(
    r"\d{1,3}[-–]\d{1,3}(?=[ ]?(?:[.,;!?)]|$|\n|(?:win|victory|defeat|draw|loss|lead|on|in|at"
    r"|to|against|with|after|and|away|home|declared|dec)\b))"
)
"""A match score ("2-1", "110-98"), with nothing after it that makes it a range ("lost 3-4
percent", "15-22 months")."""
_DASHES = tuple(re.compile(dash + r"\d") for dash in ("-", "–"))
"""A dash before a digit: searched for first, as a literal, in a tenth of the time that
``_SCORE`` takes to try every position."""
_INSIDE_NUMBER = frozenset("0123456789.,/:-–")
"""Characters before a score's first digit that make it part of something else ("2020-21")."""
_CONTEST = LazyPattern(
    r"\b(?:beat|beats|beaten|defeat|defeats|defeated|drew|draw|drawn|thrashed|edged|routed"
    r"|won|win|wins|lost|lose|loses|victory|v|vs|past"
    r"|outscored|outscores|blanked|downed|stunned|swept|trounced|crushed|hammered)\b"
)
"""Words of a match result: with a score near them, the names in the sentence are teams."""
_DECLARED = LazyPattern(r"[ ]+(?:declared|dec)\b")
"""A cricket total declared, right after its score ("823-7 declared", "430-4 dec")."""
_DECLARED_BEFORE = LazyPattern(r"\bdeclared(?:[ ]+their[ ]+\w+[ ]+innings)?[ ]+(?:at|on)[ ]+\Z")
"""A cricket declaration right before its score ("declared their second innings at 430-4",
"declared on 487-6")."""
_CONTEST_REACH = (40, 20)
"""How far before and after a score a word of the result stands ("Manchester City beat Leeds
United 3-0", "a 2-1 victory"); not "voted 52-48 to confirm her, and Texas lawmakers won"."""


_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "i", "we"})
REPORTED_MODALS = frozenset(
    {"would", "will", "could", "can", "should", "must", "might", "may", "had", "has"}
)
"""Auxiliaries after a name that make it the subject of a reported clause ("said Georgia
would"), no speaker; not "was", "is" ("said Victoria was tired")."""
_OFFICIAL_SPEAKERS = frozenset(
    {
        "official",
        "officials",
        "government",
        "ministry",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "president",
        "governor",
        "gov.",
        "premier",
        "chancellor",
        "mayor",
        "senator",
        "ambassador",
        "lawmakers",
        "diplomats",
    }
)
"""Words of an office before a speech verb: its reported clause's subject named like a
person is a place ("Prime Minister Irakli Kobakhidze said Georgia would")."""
_GAME_NOUNS = frozenset(
    {"team", "teammates", "game", "games", "season", "match", "coach", "players", "fans"}
)
"""Nouns of play that make a name speaking in their sentence a player's or a coach's."""
_REACHING = frozenset({"reach", "reached", "reaches", "reaching"})
"""Verbs of arrival (cues.json locatives: "migrants reached Lampedusa") that also reach a
person by a line ("reached Sterling by phone", "could not reach Madison for comment")."""
_REACHED_BY = frozenset(
    {("for", "comment"), ("by", "phone"), ("by", "telephone"), ("by", "email"), ("by", "e-mail")}
)


def _reached(ctx: Context, mention: Mention) -> bool:
    """Whether the name after a verb of ``_REACHING`` is a person reached by a line: "for
    comment", "by phone" after it, and none of its readings a country or a first-level region
    ("reached Jordan by phone" stays the country)."""
    end, lowers = mention.end, ctx.lowers
    if tuple(lowers[end : end + 2]) not in _REACHED_BY:
        return False
    return not any(e.type in _STATES for e in mention.candidates)


_OVERTIME = "overtime"
"""A word of play that makes a match phrase's sentence a game's ("Chicago lost to Boston in
overtime"), as a match cue does."""
_TRADE_VERBS = frozenset({"traded", "trades", "trade", "trading", "dealt", "acquired"})
"""Verbs of a trade between teams, before the partner's city (``Page._traded``)."""
_SENDING = frozenset({"sent", "sends", "send", "sending", "shipped", "ships"})
"""Verbs that trade a player to a team when his name follows them ("sent Anthony Davis to
Dallas"), in a sentence with a team's nickname."""
_NAME_REACH = 3
"""Most capitalized words of a player's name between a verb of sending and "to"."""
_TRADE_PARTNERS = frozenset({"to", "from", "with"})
_TRADE_FOLLOWERS = frozenset({"for", "in", "on", "last", "this", "and", "before", "after"})
"""Lower-case words after a trading partner's city ("to Houston for two players"); any other
is a noun of the city's ("Houston officials")."""
_TRADE_REACH = 6
"""Most tokens from a trade verb to the partner's city, in one clause."""
_DRAFT_WORDS = frozenset({"pick", "picks", "draft"})
"""Words of a draft, which make a bare nickname a team's in a trade ("The Lakers traded
their pick to Houston")."""
_NICKNAME_CITY_RUN = 3
"""Most capitalized words of a city before a nickname ("Salt Lake City Stars")."""
_LOSING = frozenset({"lost", "lose", "loses", "losing"})
"""Words of "lost to" after a city that opens its clause ("Dallas lost to the Giants")."""
_GAME_TIMES = frozenset(
    {"night", "week", "weekend", "season", "home", "overtime", "sunday", "monday", "tuesday"}
    | {"wednesday", "thursday", "friday", "saturday"}
)
"""Words after "on", "last", "this", "at" or "in" that date a game after its loser's
opponent ("lost to the Giants on Sunday", "last night", "at home"); "in court", "in the
vote" tell another contest."""
_GAME_TIME_LEADS = frozenset({"on", "last", "this", "at", "in"})
_PRIZE_RACES = frozenset({"race", "bid", "bidding", "battle", "contest", "competition", "fight"})
"""Nouns after "beat <rival> in the" that name a competition for a prize, not a game ("Dallas
beat Houston in the race for the HQ")."""
_PRIZE_REACH = 8
"""Most tokens from a beating verb to "in the race", in one clause."""


def _team_city(texts: Sequence[str], start: int, end: int) -> bool:
    """Whether ``texts[start:end]`` names a city or a first-level region the gazetteer has:
    a team's city before its nickname."""
    found = gazetteer().lookup(" ".join(texts[start:end]))
    return any(e.type in ("city", "admin1") for e in found)


_RESULT_WORDS = frozenset(
    {"lost", "lose", "loses", "losing", "loss", "defeat", "win", "victory", "drew", "draw"}
    | {"draws", "drawing", "beaten"}
)
"""Words of a match phrase that report a result, for which a team's nickname in the sentence
tells a game ("The New York Giants lost to Dallas"); "play", "host", "face" and "against"
take a band's or a rival's too."""
_STATS = frozenset(
    {"rebounds", "assists", "touchdowns", "steals", "strikeouts", "receptions", "tackles"}
    | {"sacks", "interceptions", "wickets"}
)
"""Nouns of a player's counted play that name nothing else ("10 rebounds", "two wickets")."""
_SHARED_STATS = frozenset({"points", "goals", "saves", "yards"})
"""Nouns of a player's counted play that also count a lead, a plan's aims or a distance
("10 points", "five goals"): a player's only beside another stat, a sports word or a
player's verb (``_STAT_VERBS``)."""
_STAT_MODIFIERS = frozenset({"rushing", "receiving", "passing"})
"""Words between a stat's noun and "for" ("120 yards rushing for Texas")."""
_STAT_VERBS = frozenset(
    {"had", "has", "scored", "added", "tallied", "totaled", "totalled", "posted", "made"}
    | {"recorded", "contributed", "with", "for", "threw", "ran", "caught"}
)
"""Words before a stat's number that make it a player's ("had 27 points", "finished with",
"ran for 120 yards")."""
_STAT_TEAM_BEFORE = frozenset({"for", "against"})
_STAT_REACH = 12
"""Most tokens from "for" back to another stat of the same line ("27 points, 10 rebounds and
five assists for Miami")."""


def _counted(lowers: Sequence[str], i: int) -> bool:
    """Whether token ``i`` is a number, in digits or words ("27", "ten")."""
    if i < 0:
        return False
    word = lowers[i]
    numbers = lexicons.number_words()
    return word.isdigit() or word in numbers.units or word in numbers.tens


def _stat_line(ctx: Context, words: Words, k: int) -> bool:
    """Whether the "for" or "against" at token ``k`` follows a player's stat line: a number
    and a stat's noun right before it ("had 27 points and 10 rebounds for Miami", "scored
    24 points for Indiana", "120 yards rushing for Texas"); the place after it is the team.
    A shared noun (``_SHARED_STATS``) needs another stat, a sports word or a player's verb
    in its clause: "$27 million for Miami", "flights for Miami", "set 10 goals for Paris"
    stay places."""
    lowers = ctx.lowers
    if k < 2 or lowers[k] not in _STAT_TEAM_BEFORE:
        return False
    noun = k - 1
    if lowers[noun] in _STAT_MODIFIERS:
        noun -= 1
    if noun < 1 or not _counted(lowers, noun - 1):
        return False
    if lowers[noun] in _STATS:
        return True
    if lowers[noun] not in _SHARED_STATS:
        return False
    if noun >= 2 and lowers[noun - 2] in _STAT_VERBS:
        return True
    first, _ = _sentence_tokens(ctx, k)
    reach = max(first, k - _STAT_REACH)
    clause = lowers[reach : noun - 1]
    if not words.sport_words.isdisjoint(clause):
        return True
    return any(
        (w in _STATS or w in _SHARED_STATS) and _counted(lowers, j - 1)
        for j, w in enumerate(clause, start=reach)
    )


_FOLLOWERS = frozenset({"fans", "supporters"})
"""Words of sport_roles after a city that name a club's followers ("Newcastle fans"), a
club's wherever a noun of play or the article's sports word tells a game."""
"""After a speech verb, what tells a person speaking, not a state ("Jordan said he was")."""


class Page:
    """What the guards read about the whole Doc, computed once."""

    # Not a dataclass: its generated methods are compiled at import (issue #7).
    __slots__ = (
        "blocked",
        "caps",
        "clubs",
        "contests",
        "ctx",
        "firms",
        "played",
        "products",
        "sports",
        "surnames",
        "teamed",
        "teams",
        "vessels",
        "words",
    )
    ctx: Context
    words: Words
    blocked: frozenset[int]
    """Tokens inside organization or facility names."""
    surnames: frozenset[str]
    """Names the Doc also writes after a first name ("Tracey Holt"): people, everywhere."""
    caps: tuple[bool, ...]
    """``capitals(ctx)``: read by token, not by a look-up of the word."""
    contests: frozenset[int]
    """Sentences (by index in ``ctx.sentence_chars``) that report a match with its score."""
    sports: dict[int, bool]
    """Whether each sentence asked about so far holds a sports word or a club's name: filled
    by ``sporting``, one sentence at a time (a scan of the whole Doc costs more)."""
    firms: frozenset[str]
    """Names the Doc also writes as a company's first word ("Fulton Bank", "the Xinhua news
    agency"): the company, wherever a small town's name stands alone."""
    clubs: frozenset[str]
    """Names the Doc also writes after a club's prefix ("Real Madrid", "Borussia Dortmund"):
    the club, wherever the city's name stands alone ("had 15 shots to Madrid's 13")."""
    products: frozenset[str]
    """Names the Doc writes before a product noun or after "a barrel of" ("Brent crude", "a
    barrel of Brent"): the benchmark, wherever the town's name stands alone ("Brent rose 1%
    to $82 a barrel")."""
    vessels: frozenset[str]
    """Names the Doc writes as a ship's (``_vessel_named``: "the container ship Dali", "The
    984-foot Dali"): the ship, wherever the town's name stands alone."""
    teams: frozenset[str]
    """Cities the Doc writes after "the" before a capitalized plural, a team's nickname, in an
    article with a sports word ("the Buffalo Bills", "the Los Angeles Dodgers"): the team,
    wherever the city's name stands alone ("Buffalo has a bye", ``_team_alone``)."""
    played: frozenset[str]
    """Towns' names the Doc writes as a team somewhere (``team``: "Leeds beat Sheffield
    Wednesday 3-1", "Burnley, who had won"), in an article with a sports word: the team
    wherever no locative places the name ("Leeds equalised", "The Leeds manager said";
    "in Leeds", "flew to Leeds" stay the town)."""
    teamed: dict[tuple[int, int], tuple[Mention, bool]]
    """``team`` of each mention asked about so far, by its tokens: ``page`` asks it of a
    sports article's towns for ``played``, and ``keep`` asks it again of the same mentions
    (the Page built after ``played`` shares it)."""

    def __init__(
        self,
        ctx: Context,
        words: Words,
        blocked: frozenset[int],
        surnames: frozenset[str],
        caps: tuple[bool, ...],
        contests: frozenset[int],
        sports: dict[int, bool],
        firms: frozenset[str] = frozenset(),
        clubs: frozenset[str] = frozenset(),
        products: frozenset[str] = frozenset(),
        vessels: frozenset[str] = frozenset(),
        teams: frozenset[str] = frozenset(),
        played: frozenset[str] = frozenset(),
        teamed: dict[tuple[int, int], tuple[Mention, bool]] | None = None,
    ) -> None:
        self.ctx = ctx
        self.words = words
        self.blocked = blocked
        self.surnames = surnames
        self.caps = caps
        self.contests = contests
        self.sports = sports
        self.firms = firms
        self.clubs = clubs
        self.products = products
        self.vessels = vessels
        self.teams = teams
        self.played = played
        self.teamed = {} if teamed is None else teamed

    def team(self, mention: Mention) -> bool:
        """A city or country named as a team: in a match report with a score ("Chelsea beat
        Arsenal 2-1", "Manchester City beat Leeds United 3-0") unless a locative places it
        ("in Turin"), a city as subject or object of "beat" ("Liverpool beat Everton"), or a
        club's city in a sports report without a score (``club``). Remembered per mention
        (``teamed``): it reads nothing that ``played`` changes."""
        key = (mention.start, mention.end)
        found = self.teamed.get(key)
        if found is not None and found[0] is mention:  # the same mention, not one re-made
            return found[1]
        said = self._team(mention)
        self.teamed[key] = (mention, said)  # (holding the mention keeps the test sound)
        return said

    def _team(self, mention: Mention) -> bool:
        """``team``, not remembered."""
        ctx, start, end = self.ctx, mention.start, mention.end
        before = ctx.lowers[start - 1] if start > 0 else ""
        beats = self.words.beating
        beating = before in beats or (end < len(ctx.words) and ctx.lowers[end] in beats)
        reported = bool(self.contests) and (
            bisect_right(ctx.sentence_chars, ctx.token_chars[start]) - 1 in self.contests
        )
        first = mention.candidates[0] if mention.candidates else None
        if beating and not reported and self._prize_race(mention):
            return False  # "Dallas beat Houston in the race for the HQ": cities as bidders
        if first is not None and first.type == "country" and _of_a_person(ctx, start):
            return False  # "Ons Jabeur of Tunisia beat ...": her country ("Salah of Liverpool"
            # is his club)
        # A first-level region named like a large city plays as the city's team ("New York
        # beat Miami", "Washington beat Dallas"), subject opening its clause or object, not
        # a person's ("a Republican from New York defeated him"); a country as its nation's.
        town_team = (
            beating
            and (before in beats or not before[:1].isalpha())
            and first is not None
            and first.type != "country"
            and _big_city(mention)
        )
        if (
            beating
            and not reported
            and not town_team
            and first is not None
            and first.type in _NATIONS
        ):
            return self.national(mention)  # "New Zealand beat South Africa in the final"
        matched = not (reported or beating) and self.matched(mention, cities=True)
        club = not (reported or beating or matched) and (
            self.club(mention) or self.agreeing(mention)
        )
        sporting = (
            not (reported or beating or matched or club)
            and first is not None
            and (first.type == "city" or _big_city(mention))
            and self.sporting(mention)
        )
        if not (reported or beating or matched or club or sporting):
            if self._traded(mention):
                return True  # "The Lakers traded their pick to Houston": the Rockets
            # "Germany lost to Japan in their World Cup opener": national teams
            return self.matched(mention, national=True) and self.national(mention)
        opponents = self.words.club_locatives if sporting else self.words.opponent_locatives
        if before not in opponents and locative(self.words, ctx, start):
            return False
        return (
            reported
            or matched
            or club
            or sporting
            or town_team
            or (first is not None and first.type == "city")
        )

    def national(self, mention: Mention) -> bool:
        """Whether a country or region (``_NATIONS``) next to a match phrase or a beating verb
        is a national or county team: its sentence names a contest (``team_contests``: "World Cup",
        "Six Nations", "semi-final") or holds a sports word, and no locative places it
        ("sanctions against Iran" or "a war against Ukraine to achieve its goals" stay
        places)."""
        ctx, start = self.ctx, mention.start
        before = ctx.lowers[start - 1] if start > 0 else ""
        if before not in self.words.opponent_locatives and locative(self.words, ctx, start):
            return False  # "lost to Japan" names the opponent; "fans in Japan" a place
        first, stop = _sentence_tokens(ctx, start)
        lowers = ctx.lowers[first:stop]
        if not self.words.sport_words.isdisjoint(lowers):
            return True
        sentence = ctx.text[ctx.token_chars[first] : ctx.token_ends[(stop or len(ctx.words)) - 1]]
        return any(c in sentence for c in self.words.cues.team_contests)

    def matched(self, mention: Mention, cities: bool = False, national: bool = False) -> bool:
        """A name after a phrase that names an opponent ("lost to Leicester", "at home to
        Girona", "his first game against Crystal Palace") or before one that reports a match
        ("Leeds were beaten by"), in a sentence with a sports or match word or an article
        with two different sports words (not "the Arab League" alone); with ``cities``, only
        a name read first as a city, or a large city's. A result phrase ("lost to") also
        counts with a team's nickname in its sentence, and any phrase with "overtime"."""
        ctx, words = self.ctx, self.words
        lowers, start, end = ctx.lowers, mention.start, mention.end
        before = lowers[start - 1] if start > 0 else ""
        after = lowers[end] if end < len(lowers) else ""
        if before not in words.match_before_ends and after not in words.match_after_firsts:
            return False  # most names: one look at the words next to them
        if after in _HYPHENS:
            return False  # "held by Moscow-backed forces": a compound, no team
        first = mention.candidates[0] if mention.candidates else None
        if cities and (first is None or not (first.type == "city" or _big_city(mention))):
            return False
        if not (
            # each phrase's word next to the name first: one test, no slice, for most
            any(
                p[-1] == before and tuple(lowers[max(0, start - len(p)) : start]) == p
                for p in words.match_before
            )
            or any(
                p[0] == after and tuple(lowers[end : end + len(p)]) == p for p in words.match_after
            )
        ):
            return False
        if national:  # the phrase alone: ``national`` asks for a contest
            return first is not None and first.type in _NATIONS
        first_token, stop = _sentence_tokens(ctx, start)
        sentence = lowers[first_token:stop]
        if not words.match_cues.isdisjoint(sentence) or _OVERTIME in sentence:
            return True
        if (
            after in _LOSING
            and not before[:1].isalpha()
            and first is not None
            and first.country_code in region_written_countries()
            and self._lost_to_a_team(end)
        ):
            return True  # "Dallas lost to the Giants.": a city opening the clause, a nickname
        if (
            before == "to"
            and start > 1
            and lowers[start - 2] in _LOSING
            and first is not None
            and first.country_code in region_written_countries()
            and self._team_lost(start - 2)
            and self._game_follows(end)
        ):
            return True  # "The Giants lost to Dallas.": a nickname opening the clause, a city
        if not _RESULT_WORDS.isdisjoint(lowers[max(0, start - 2) : end + 2]) and (
            self._team_nickname(
                first_token,
                stop if stop is not None else len(lowers),
                bare=not words.sport_words.isdisjoint(lowers),
            )
        ):
            return True  # "The New York Giants lost to Dallas": a team's result
        # ("The Beatles played Chicago" is a band's concert: no result word)
        sports = words.sport_words
        return ctx.derived("places:sports", (), lambda _: len(sports.intersection(lowers)) > 1)

    def _lost_to_a_team(self, verb: int) -> bool:
        """Whether "lost to" at token ``verb`` takes "the" and a team's nickname that ends
        the clause or is followed by a game's time or score ("lost to the Giants on Sunday",
        "lost to the Lakers, 110-98"): no people's name ("the Kurds", "the Americans"), nor a
        nickname followed by another contest ("lost to the Teamsters in court"). The caller
        asks for a city of the US, Canada or Australia, whose teams bear such nicknames
        ("Sanaa lost to the Houthis" stays the city)."""
        ctx, caps = self.ctx, self.caps
        lowers, texts = ctx.lowers, ctx.words
        k = verb + 3  # "lost", "to", "the", the nickname
        if k >= len(texts) or lowers[verb + 1] != "to" or lowers[verb + 2] != "the":
            return False
        if not _nicknamed(ctx, self.words, caps, k):
            return False
        last = k + 1 if k + 1 < len(texts) and caps[k + 1] else k
        name = texts[last]
        if (
            name in _SINGULAR_NICKNAMES
            or name[:-1] in self.words.demonyms
            or gazetteer().lookup(" ".join(texts[k : last + 1]))
        ):
            return False  # "the Union", "the Kurds", "the Netherlands"
        return self._game_follows(last + 1)

    def _game_follows(self, follow: int) -> bool:
        """Whether the clause ends at token ``follow`` or goes on with a game's score or time
        ("lost to the Giants, 24-17", "lost to Dallas on Sunday"); "in court", "in the vote"
        tell another contest."""
        lowers, texts = self.ctx.lowers, self.ctx.words
        if follow >= len(texts) or lowers[follow] in _CLAUSE_ENDS or texts[follow][0].isdigit():
            return True
        return (
            lowers[follow] in _GAME_TIME_LEADS
            and follow + 1 < len(texts)
            and lowers[follow + 1] in _GAME_TIMES
        )

    def _team_lost(self, verb: int) -> bool:
        """Whether "The" and a team's nickname of one or two words open the clause right
        before "lost" at token ``verb`` ("The Giants lost to Dallas", "The Blue Jays lost to
        Boston"): no people's name ("The Americans"), party ("The Democrats") or place ("The
        Netherlands"), as ``_lost_to_a_team`` asks of the object."""
        ctx, caps = self.ctx, self.caps
        lowers, texts = ctx.lowers, ctx.words
        for k in (verb - 1, verb - 2):
            if k < 1 or lowers[k - 1] != "the":
                continue
            opening = k - 1
            if not (sentence_initial(ctx, opening) or texts[opening - 1] in _CLAUSE_MARKS):
                continue
            if not _nicknamed(ctx, self.words, caps, k):
                continue
            name = texts[verb - 1]
            return not (
                name in _SINGULAR_NICKNAMES
                or name[:-1] in self.words.demonyms
                or gazetteer().lookup(" ".join(texts[k:verb]))
            )
        return False

    def _prize_race(self, mention: Mention) -> bool:
        """Whether the clause of a beating verb next to the mention goes on with "in the
        race" (or bid, battle, contest) for something, in a sentence with no sports word:
        cities competing for a prize ("Dallas beat Houston in the race for the HQ"; "Dallas
        beat Houston in the race for the pennant" with "playoffs" named stays a game)."""
        ctx, start, end = self.ctx, mention.start, mention.end
        lowers = ctx.lowers
        verb = start - 1 if start > 0 and lowers[start - 1] in self.words.beating else end
        for k in range(verb + 1, min(verb + _PRIZE_REACH, len(lowers) - 2)):
            if lowers[k] in _CLAUSE_ENDS:
                return False
            if lowers[k] == "in" and lowers[k + 1] == "the" and lowers[k + 2] in _PRIZE_RACES:
                return not self.sporting(mention)
        return False

    def _traded(self, mention: Mention) -> bool:
        """Whether a city is a team's trading partner: after "to", "from" or "with" in a
        sentence with a trade verb (``_TRADE_VERBS``) and a team's nickname, before no
        capitalized word nor a lower-case noun ("The Lakers traded their pick to
        Houston", "the Knicks acquired him from Detroit"; not "traded barbs with Houston
        officials", "exporters traded grain to Houston")."""
        ctx, start, end = self.ctx, mention.start, mention.end
        lowers = ctx.lowers
        if start == 0 or lowers[start - 1] not in _TRADE_PARTNERS:
            return False  # most names: one look at the word before them
        after = lowers[end] if end < len(lowers) else ""
        if (end < len(lowers) and self.caps[end]) or (
            after.isalpha() and after not in _TRADE_FOLLOWERS
        ):
            return False
        first = mention.candidates[0] if mention.candidates else None
        if first is None or not (first.type == "city" or _big_city(mention)):
            return False
        first_token, stop = _sentence_tokens(ctx, start)
        clause = lowers[max(first_token, start - _TRADE_REACH) : start]
        if "," in clause or (_TRADE_VERBS.isdisjoint(clause) and not self._sent_player(start - 1)):
            return False  # "traded Davis, who then moved to Houston": his move
        drafted = not _DRAFT_WORDS.isdisjoint(lowers[first_token:stop])
        return self._team_nickname(
            first_token,
            stop if stop is not None else len(lowers),
            bare=drafted or not self.words.sport_words.isdisjoint(lowers),
        )

    def _sent_player(self, to: int) -> bool:
        """Whether a verb of sending (``_SENDING``) and a person's capitalized name stand right
        before "to" at token ``to``: "a three-team deal that sent Anthony Davis to Dallas" is
        a trade; "sent a plane to Houston", "sent aid to Dallas" are no player's."""
        if self.ctx.lowers[to] != "to":
            return False
        name = to
        while name > 0 and self.caps[name - 1] and to - name < _NAME_REACH:
            name -= 1
        return 0 < name < to and self.ctx.lowers[name - 1] in _SENDING

    def _team_nickname(self, first: int, stop: int, bare: bool) -> bool:
        """Whether tokens ``first`` to ``stop`` hold a team's nickname (``_nicknamed``) after
        a city or state the gazetteer has ("The New York Giants", "the Dallas Cowboys"), or
        with ``bare`` after "the" alone ("the Lakers"); the nickname itself no place ("the
        Netherlands") nor before another capitalized word ("the Dallas Morning News"). A
        bare plural may be a people's or a union's ("The Kurds", "The Teamsters")."""
        ctx, caps, texts = self.ctx, self.caps, self.ctx.words
        for k in range(first + 1, stop):
            if not caps[k] or (k + 1 < stop and caps[k + 1]):
                continue
            run = k
            while (
                run > first
                and caps[run - 1]
                and ctx.lowers[run - 1] != "the"
                and k - run < _NICKNAME_CITY_RUN
            ):
                run -= 1
            if run == k and not (bare and ctx.lowers[k - 1] == "the"):
                continue
            if (
                texts[k] not in _SINGULAR_NICKNAMES  # "the Union", "the Current": words
                and _nicknamed(ctx, self.words, caps, k)
                and not gazetteer().lookup(texts[k])
                and (run == k or _team_city(texts, run, k))
            ):
                return True
        return False

    def sporting(self, mention: Mention) -> bool:
        """Whether the mention's sentence is a sports report: a sports word ("league",
        "striker", "Grand Prix") or a club better known than its place ("Arsenal") in it."""
        ctx = self.ctx
        k = bisect_right(ctx.sentence_chars, ctx.token_chars[mention.start]) - 1
        found = self.sports.get(k)
        if found is None:
            found = self.sports[k] = _sporting(ctx, self.words, self.caps, k)
        return found

    def club(self, mention: Mention) -> bool:
        """A city before a possessive or a player's role, or after "for" or "joined", in a
        sports report: "Liverpool's Mohamed Salah scored twice", "Barcelona striker Luis
        Suárez", "Henderson scored for Liverpool" (not "Liverpool's port reopened")."""
        ctx, start, end = self.ctx, mention.start, mention.end
        after = ctx.lowers[end] if end < len(ctx.words) else ""
        before = ctx.lowers[start - 1] if start > 0 else ""
        words = self.words
        margin = _by_a_margin(ctx.lowers, end + 1) if after in _MARGIN_VERBS else None
        if after == "by" and before.isalpha() and _by_a_margin(ctx.lowers, end) in _PLAY_MARGINS:
            margin = "runs"  # "India crush England by 434 runs": the beaten side
        if margin in _PLAY_MARGINS or (margin is not None and self._sport_article()):
            first = mention.candidates[0] if mention.candidates else None
            if first is not None and (first.type in _NATIONS or first.type == "city"):
                return True  # "England won by five wickets": the side, not the country
        if after in _SIDE_ACT_FIRSTS or after in POSSESSIVES:
            first = mention.candidates[0] if mention.candidates else None
            if (
                first is not None
                and first.type in _NATIONS
                and self._sport_article()  # remembered per article: before the acts' loop
                and _side_act(ctx.lowers, end)
            ):
                return True  # "England were bowled out for 122", "India's second innings"
        acting = after in words.club_openers
        transfer = _transferred(ctx.lowers, start)
        if not (
            acting
            or after in POSSESSIVES
            or after in words.sport_roles
            or after in words.team_roles
            or after in _NATION_ROLES
            or before in words.sport_before
            or transfer
        ):
            return False  # most names: one look at the words next to them
        if before in _STAT_TEAM_BEFORE and _stat_line(ctx, words, start - 1):
            return True  # "had 27 points and 10 rebounds for Miami": the player's team
        first = mention.candidates[0] if mention.candidates else None
        if first is not None and first.type in _NATIONS and after in words.team_roles:
            # "England coach Gareth Southgate", "Brazil striker Neymar": a national team's
            return end + 1 < len(ctx.words) and self.caps[end + 1]
        if first is not None and first.type in _NATIONS and after in _NATION_ROLES:
            # "Australia captain Pat Cummins", "Kentucky guard Reed Sheppard": a side's player;
            # written lower, not a title ("Texas Captain Jane Doe" of the Rangers)
            return end + 1 < len(ctx.words) and ctx.words[end].islower() and self.caps[end + 1]
        if (
            first is not None
            and first.type in _NATIONS
            and after in POSSESSIVES
            and _side_role_after(ctx, words, end + 1)
        ):
            return True  # "England's captain Ben Stokes said": the national side's
        if acting and first is not None and first.type in _NATIONS and _club_act(ctx, words, end):
            return True  # "Georgia won the national championship", "Michigan won the Rose Bowl"
        if first is None or not (first.type == "city" or _big_city(mention)):
            return False  # "Egypt's Mohamed Salah": a country is his, not a club
        if transfer and self._sport_article():
            return True  # "Messi's contract with Barcelona", "Kane joined Munich": the club
        if acting and _club_act(ctx, words, end):
            return True  # "Tottenham sacked their manager", "Leicester won the title"
        if (after in words.team_roles or after in _CLUB_HEADS) and _named(ctx, self.caps, end + 1):
            return True  # "Barcelona coach Xavi Hernandez", "Tottenham boss Ange Postecoglou"
        if after in POSSESSIVES and _player_after(ctx, words, end + 1):
            return True  # "Barcelona's coach said", "Liverpool's goalkeeper": a club's
        first_token, stop = _sentence_tokens(ctx, start)
        lowers = ctx.lowers[first_token:stop]
        if not words.sport_words.isdisjoint(lowers):
            return True
        return after in _FOLLOWERS and self._followed(first_token, end, stop)

    def _sport_article(self) -> bool:
        """Whether the article holds a sports word or a match's score."""
        if self.contests:
            return True
        sports, lowers = self.words.sport_words, self.ctx.lowers
        return self.ctx.derived("places:sport-article", (), lambda _: not sports.isdisjoint(lowers))

    def _followed(self, first: int, end: int, stop: int | None) -> bool:
        """Whether the fans or supporters at token ``end`` follow a club: a noun of play
        stands in their sentence besides them ("Tottenham fans booed the team") or the
        article holds a sports word ("Newcastle fans packed St James' Park" in a match
        report); "fans in Newcastle" are the town's, which no follower word comes after."""
        lowers = self.ctx.lowers
        if not (
            _GAME_NOUNS.isdisjoint(lowers[first:end])
            and _GAME_NOUNS.isdisjoint(lowers[end + 1 : stop])
        ):
            return True
        sports = self.words.sport_words
        return self.ctx.derived("places:sport-article", (), lambda _: not sports.isdisjoint(lowers))

    def agreeing(self, mention: Mention) -> bool:
        """A name right before a plural verb ("Leeds have 50 points", "England were bowled
        out", "Wales have now lost 12 Tests") or ", who" ("Burnley, who had won their previous
        four games") in an article with a sports word or a match's score: a team, since a
        place takes a singular verb and "which"; not after "the" ("the Netherlands are") nor
        ending a list ("London and Paris are")."""
        ctx, start, end = self.ctx, mention.start, mention.end
        lowers = ctx.lowers
        after = lowers[end] if end < len(lowers) else ""
        if after in _AGREEING_ADVERBS and end + 1 < len(lowers):
            after = lowers[end + 1]  # "Wales now have", "Leeds still need"
        if after == "," and _standing(lowers, end + 1):
            after = lowers[end + 4]  # "Sunderland, in fourth, are seven points back"
            if after not in self.words.team_agreement:
                return False
        elif after == ",":
            after = "who" if end + 1 < len(lowers) and lowers[end + 1] == "who" else ""
        elif after not in self.words.team_agreement:
            return False  # most names: one look at the word after them
        if not after or lowers[start] == "the":
            return False
        if start > 0 and lowers[start - 1] in _LIST_ENDS and not _after_a_number(ctx, start):
            return False  # "London and Paris are"; not "Set a target of 153, Australia were"
        if self.contests:
            return True  # "England beat Wales 27-18 ... Wales have now lost 12 straight Tests"
        sports = self.words.sport_words
        return ctx.derived("places:sport-article", (), lambda _: not sports.isdisjoint(lowers))

    def person(self, mention: Mention, name: str) -> bool:
        """ "Jordan said", "said Victoria", "Mr Jordan", "Victoria, 34,", "For Holt," after
        "Tracey Holt"."""
        ctx, words, start = self.ctx, self.words, mention.start
        before = ctx.words[start - 1] if start > 0 else ""
        before2 = (
            ctx.text[ctx.token_chars[start - 2] : ctx.token_ends[start - 1]] if start > 1 else ""
        )
        if before in words.titles or before2 in words.titles:
            return True
        if (name in words.given_names or name in words.first_names) and _kin_named(ctx, start):
            return True  # "survived by two sons, Daniel and Peter"
        towns = _towns_only(mention)  # read once for the three tests that ask it
        if towns and _kin_named(ctx, start, _TOWN_KIN):
            return True  # "his wife, Meredith, is expecting": no town in New Hampshire
        if name in words.first_names and self._shared_surname(mention):
            return True  # "trainers Anthony and Sam Freedman": no town in New Mexico
        if ctx.lowers[start - 1 if start else 0] in _REACHING and _reached(ctx, mention):
            return True  # "The AP reached Sterling by phone": a person reached, no arrival
        # The costlier tests last: most names are no person's.
        if _AGE.match(ctx.text, ctx.token_ends[mention.end - 1]) is not None:
            return True
        # A qualifier still makes a surname a place: "Ms. Florence Welch ... Florence, Italy".
        if name in self.surnames and not mention.strong:
            return True
        if not mention.strong and self._personal(mention):
            return True  # "Jackson's lawyers", "Madison's mother"
        if (
            not mention.strong
            and _gendered_act(ctx, mention.end)
            and towns
            and not locative(words, ctx, start)
        ):
            return True  # "Smith made her stage debut": an actress, no town in Nevada
        if not mention.strong and towns and self.agent(mention) and not _ranked_by(ctx, start):
            return True  # "found by Webb in 2022": the telescope's, no town in Alabama
        # "Officials in Jordan said": a locative makes the name a place, whoever speaks; so
        # does a qualifier ("in Norfolk, Virginia, said": Virginia is no speaker).
        if name not in words.given_names or mention.strong:
            return False
        if self.spoken(mention):
            return (
                not locative(words, ctx, start)
                and not self.speaks_as_state(mention)
                and not self._reported_subject(mention)
            )
        return self.agent(mention)

    def _reported_subject(self, mention: Mention) -> bool:
        """Whether a country, a first-level region or a city of ``_AGENT_CITY`` named like a
        person opens the clause an official reports, before its modal ("Governor Brian Kemp
        said Georgia would sue", "Officials said Jordan had closed its border"): the place,
        no speaker. A speaker of no office, or a game's talk, keeps the person ("His mother
        said Georgia would come home", "The coach said Jordan would play"); so does a
        smaller town ("officials said Sterling would return")."""
        ctx, start, end = self.ctx, mention.start, mention.end
        if start < 2 or end >= len(ctx.words) or ctx.lowers[start - 1] not in self.words.speech:
            return False
        if ctx.lowers[end] not in REPORTED_MODALS:
            return False
        if not any(
            e.type in ("country", "admin1") or (e.type == "city" and e.population >= _AGENT_CITY)
            for e in mention.candidates
        ):
            return False
        first, _ = _sentence_tokens(ctx, start)
        if _OFFICIAL_SPEAKERS.isdisjoint(ctx.lowers[first : start - 1]):
            return False
        return not self._about_a_game(mention)

    def _shared_surname(self, mention: Mention) -> bool:
        """Whether a first name is listed before another and the surname they share: "Anthony
        and Sam Freedman", "Venus and Serena Williams" (the second a common first name, then a
        capitalized word)."""
        ctx, end = self.ctx, mention.end
        return (
            end + 2 < len(ctx.words)
            and ctx.lowers[end] == "and"
            and ctx.words[end + 1] in self.words.first_names
            and self.caps[end + 2]
            and ctx.words[end + 2].isalpha()
        )

    def _personal(self, mention: Mention) -> bool:
        """Whether a name none of whose readings is a country or a first-level region stands
        before a possessive and what only a person has ("Jackson's lawyers", "Lincoln's
        speech", a player's "Murray's 3-pointer"; ``personal_nouns``): "Israel's lawyers",
        "Georgia's lawyers" are places'."""
        ctx, end = self.ctx, mention.end
        if end + 1 >= len(ctx.words) or ctx.words[end] not in POSSESSIVES:
            return False
        after, words = end + 1, ctx.words
        if after + 2 < len(words) and words[after].isdigit() and words[after + 1] == "-":
            after += 2  # a play's figure before its noun: "Murray's 3-pointer"
        if ctx.lowers[after] not in self.words.personal_nouns:
            return False
        return not any(e.type in _STATES for e in mention.candidates)

    def speaks_as_state(self, mention: Mention) -> bool:
        """Whether a country or a large city named like a person speaks as its government:
        with "it" or "its" right after the speech verb ("Israel said it would respond",
        "Washington says its sanctions will stay"), and a country read first whatever follows
        but a person's pronoun ("Israel said the talks would resume", "JERUSALEM (AP) - Israel
        said on Monday"): news names a person by the surname, and a name the article also
        writes after a first name is a surname (``Page.surnames``: "Michael Jordan ...
        Jordan said"). "Jordan said he was tired" is a person."""
        ctx, end = self.ctx, mention.end
        if end + 1 >= len(ctx.words) or ctx.lowers[end] not in self.words.speech:
            return False
        after = ctx.lowers[end + 1]
        first = mention.candidates[0] if mention.candidates else None
        if (
            first is not None
            and first.type == "country"
            and after not in _PERSON_PRONOUNS
            and not self._about_a_game(mention)
        ):
            return True
        if after not in self.words.cues.state_pronouns:
            return False
        return any(
            e.type == "country" or (e.type == "city" and e.population >= _AGENT_CITY)
            for e in mention.candidates
        )

    def _about_a_game(self, mention: Mention) -> bool:
        """Whether the sentence of a name before a speech verb speaks of a game, as a player
        or a coach does ("Jordan said the team would win"): a sports word or a noun of play."""
        ctx = self.ctx
        first, stop = _sentence_tokens(ctx, mention.start)
        lowers = ctx.lowers[first:stop]
        return not (self.words.sport_words.isdisjoint(lowers) and _GAME_NOUNS.isdisjoint(lowers))

    def agent(self, mention: Mention) -> bool:
        """Whether a name that is also a person's, after "by" and before no noun it qualifies,
        is the doer, a person: "a speech by Lincoln in 1863", "sponsored by Warren and
        Sanders"; not a large city, which acts as its government ("rejected by Houston"), nor
        one before a noun ("killed by Houston police")."""
        ctx, start, end = self.ctx, mention.start, mention.end
        if start == 0 or ctx.lowers[start - 1] != "by":
            return False
        first = mention.candidates[0] if mention.candidates else None
        if first is None or first.type != "city" or first.population >= _AGENT_CITY:
            return False
        after = ctx.lowers[end] if end < len(ctx.words) else ""
        return not after.isalpha() or after in _JOINERS or after in self.words.locative_ends

    def spoken(self, mention: Mention) -> bool:
        """Whether a speech verb stands right before or after the name."""
        before = self.ctx.lowers[mention.start - 1] if mention.start > 0 else ""
        speech = self.words.speech
        return _next_word(self.ctx, mention.end) in speech or before in speech

    def operated(self, mention: Mention) -> bool:
        """Whether a landmark stands for its operator: before a speech verb ("the Pentagon
        said"), after one at a clause's end ("..., said Heathrow."), or before a hyphen and a
        participle of ``operator_participles`` ("Kremlin-backed"); with no locative before it,
        nor before its "the" ("officials at the Pentagon said")."""
        ctx, words, start, end = self.ctx, self.words, mention.start, mention.end
        acting = (
            end + 1 < len(ctx.words)
            and ctx.words[end] in _HYPHENS
            and ctx.lowers[end + 1] in words.operator_participles
        )
        before = ctx.lowers[start - 1] if start > 0 else ""
        after = ctx.words[end] if end < len(ctx.words) else "."
        # "said Heathrow." speaks; "said Heathrow would reopen" names the airport.
        speaking = _next_word(ctx, end) in words.speech or (
            before in words.speech and after in _CLAUSE_ENDS
        )
        if not (acting or speaking):
            return False
        if start > 0 and ctx.lowers[start - 1] == "the":
            start -= 1
        return not locative(words, ctx, start)

    def written_lower(self, text: str) -> bool:
        """Whether the Doc writes ``text`` in lower case somewhere ("energy", "reading")."""
        low = text.lower()
        if not low.islower() or low not in self.ctx.text:
            return False  # most never stand in the text in lower case, as a word or inside one
        # Few Docs get this far: the set of their words is built on the first question.
        words = self.ctx.words
        return low in self.ctx.derived("places:words", (), lambda _: set(words))

    def embedded(self, mention: Mention) -> bool:
        """Part of a longer proper noun ("Karen Hollis", "Hurricane Harvey", "Lula da
        Silva")."""
        left = mention.start - 1
        # A line break is a token of its own, never capitalized: it ends the name.
        return (
            (left >= 0 and self._foreign(mention, left))
            or self.continued(mention)
            or self._particled(mention)
        )

    def _particled(self, mention: Mention) -> bool:
        """Whether a town's name ends a person's name after a lower-case particle: the
        particle follows two capitalized words or a first name ("Luiz Inacio Lula da Silva",
        "Charles de Gaulle", "Robin van Persie"). A place's own particle is read with the whole
        name ("Rio de Janeiro"); one after a feature word is a place ("Lake of the Woods")."""
        start, ctx, words = mention.start, self.ctx, self.words
        if start < 2 or ctx.words[start - 1] not in _NAME_PARTICLES or not _towns_only(mention):
            return False
        run, k = 0, start - 2
        while k >= 0 and self.caps[k] and ctx.words[k].isalpha():
            if ctx.words[k] in words.features:
                return False
            run, k = run + 1, k - 1
        before = ctx.words[start - 2]
        named = before in words.first_names or before in words.given_names
        return run >= 2 or (run == 1 and named)

    def continued(self, mention: Mention) -> bool:
        """Whether a capitalized word after ``mention`` makes it part of a longer name
        ("Kansas City Chiefs", "Kansas City Southern"), or a team's nickname of digits does
        ("San Francisco 49ers")."""
        right = mention.end
        return right < len(self.ctx.words) and (
            self._foreign(mention, right)
            or _NUMBERED_NICKNAME.fullmatch(self.ctx.words[right]) is not None
        )

    def _foreign(self, mention: Mention, i: int) -> bool:
        """Whether token ``i``, next to ``mention``, makes it part of another name; a title
        after it does not ("Texas Governor Greg Abbott", "Paris Mayor Anne Hidalgo")."""
        if not self.caps[i]:
            return False
        text = self.ctx.words[i]
        if text in FUNCTION_WORDS or (i >= mention.end and self._officer(mention, i)):
            return False
        if i >= mention.end and self._paired(mention, i):
            return False  # "the Turkey-Syria Border" in title case, like "the Turkey-Syria border"
        if self._headline_word(mention, i):
            return False  # "Canada Adds Tariffs", "Strikes Hit U.S. Ports": a title-case line
        # "Neighbouring Tamil Nadu": a sentence-initial word, not a name; any other capitalized
        # neighbour, even a place name, makes a longer name ("George Washington"), and so does
        # a feature word ("Lake Victoria" opening a sentence) or a club's first word ("Real").
        initial = i < mention.start and sentence_initial(self.ctx, i)
        if not initial or text in self.words.features or text in self.words.club_prefixes:
            return True  # "Real Madrid hosted Sevilla" opens with a club's name
        return not self._word(text)

    def _headline_word(self, mention: Mention, i: int) -> bool:
        """Whether token ``i``, next to a country's name in a title-case line (a headline that
        capitalizes every word), is a word of the headline, not part of a longer name: "Canada
        Adds Tariffs", "U.S. Stocks Fall", "in U.S. Over Four Years", "Strikes Hit U.S. Ports".
        Not a word that makes a name with a country's ("Japan Airlines", "China Southern",
        "Panama Canal", "Air India", "Team USA", "Miss France"), nor beside a country named
        like a person ("Jordan Love Throws"); a word before the name only when it reads as a
        verb or a common word ("Hit" written lower, "Slams", "Rocked")."""
        first = mention.candidates[0] if mention.candidates else None
        if first is None or first.type != "country":
            return False  # a city's or a state's: perhaps a team ("Dallas Cowboys", "Utah Jazz")
        ctx, words = self.ctx, self.words
        text = ctx.words[i]
        if not (len(text) > 1 and text.isalpha() and text[1:].islower()):
            return False  # "U.S. FDA", "China EV"
        name = ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[mention.end - 1]]
        if name in words.given_names or name in words.first_names or self.written_lower(name):
            return False  # "Turkey Prices Soar" where the article writes "turkey"
        if (
            text in words.organization_heads
            or text in words.facility_heads
            or text in words.college_heads
            or text in words.club_prefixes
            or text in words.features
            or text in words.honorifics
            or text in words.titles
            or ctx.lowers[i] in words.compass
            or ctx.lowers[i] in words.beating
        ):
            # "Brazil Beat Argentina 2-1": a national team (the score's words are lower case)
            return False
        # A verb's or a plural's "-s", a word the article writes in lower case, or a
        # preposition: "Canada Adds", "U.S. Stocks", "Hit" (written "hit" below), "U.S. Over".
        plural = text.endswith("s") and not text.endswith("ss")
        if not (plural or self._word(text) or ctx.lowers[i] in _HEADLINE_PREPOSITIONS):
            return False  # "China Evergrande", "China Mobile"
        if i < mention.start:
            if text in _NAME_OPENERS:
                return False
        elif i + 1 < len(ctx.words) and (
            " ".join(ctx.words[i : i + 2]) in words.facility_heads
            or ctx.words[i + 1] in words.organization_heads
        ):
            return False  # "China Power Plant", "India Cements Ltd"
        return _title_case_line(ctx, ctx.token_chars[mention.start])

    def _paired(self, mention: Mention, i: int) -> bool:
        """Whether ``mention`` ends a hyphenated pair of names before a capitalized noun of
        relations at token ``i`` ("Turkey-Syria Border", "India-Pakistan Talks")."""
        start, ctx = mention.start, self.ctx
        return (
            ctx.lowers[i] in self.words.relations
            and start > 1
            and ctx.words[start - 1] in _HYPHENS
            and self.caps[start - 2]
        )

    def _officer(self, mention: Mention, i: int) -> bool:
        """Whether a title of one or two words opens at token ``i``, after ``mention``, before
        its holder's name or a possessive ("Texas Governor Greg Abbott", "Jordan King
        Abdullah", "UK Prime Minister Rishi Sunak"), or after an article ("the Paris Mayor
        said"); not the end of a person's name ("Regina King went", "Regina King, the
        actress")."""
        words, titles = self.ctx.words, self.words.titles
        if words[i] in titles:
            after = i + 1
        elif " ".join(words[i : i + 2]) in titles:
            after = i + 2
        else:
            return False
        if mention.start > 0 and self.ctx.lowers[mention.start - 1] in _ARTICLES:
            return True
        return after < len(words) and (self.caps[after] or words[after] in POSSESSIVES)

    def _word(self, text: str) -> bool:
        """A capitalized word that is a word, not a name."""
        return (
            text in self.words.common
            or self.written_lower(text)
            or text.endswith(("ing", "ly", "ed"))
        )


_NAME_OPENERS = frozenset(
    {"Air", "Team", "Miss", "Mister", "Radio", "Royal", "Visit", "Bank", "Club"}
)
"""Capitalized words that open a name with a country's after them ("Air India", "Team USA",
"Miss France", "Radio Free Asia"): no headline's word before a country's name."""

_HEADLINE_PREPOSITIONS = frozenset(
    {"over", "after", "amid", "before", "despite", "near", "against", "into", "under", "with"}
    | {"without", "from", "toward", "towards", "about", "ahead", "as", "beyond"}
)
"""Prepositions a title-case headline capitalizes after a country's name ("in U.S. Over Four
Years", "Tensions Rise in China After Vote")."""

_TITLE_LINE_MAX = 160
"""The longest line read as a headline (in characters)."""


def _title_case_line(ctx: Context, char: int) -> bool:
    """Whether the line holding character ``char`` is a title-case headline: three words or
    more, and every word of four letters or more capitalized ("Strikes Hit U.S. Ports",
    "Apple to Invest $500 Billion in U.S. Over Four Years"); not a sentence, which writes its
    longer words in lower case."""
    text = ctx.text
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    if end < 0:
        end = len(text)
    if end - start > _TITLE_LINE_MAX:
        return False
    found = 0
    for word in text[start:end].split():
        found += 1
        word = word.strip("\"'“”‘’:;,.!?()[]")
        if len(word) >= 4 and word.isalpha() and not word[0].isupper():
            return False
    return found >= 3


_LIST_ENDS = frozenset({"the", "and", "or", "&", ",", "of"})
"""Words before a name that a plural verb after it may agree with instead ("London and Paris
are"), or that make the name a plural's ("the Netherlands are")."""


def _sentence_tokens(ctx: Context, i: int) -> tuple[int, int | None]:
    """The first token of token ``i``'s sentence, and the first after it (None at the end)."""
    starts = ctx.sentence_chars
    k = bisect_right(starts, ctx.token_chars[i]) - 1
    return ctx.token_at(starts[k]), ctx.token_at(starts[k + 1]) if k + 1 < len(starts) else None


_CLUB_HEADS = frozenset({"manager", "boss", "captain"})
"""Roles a city's club has before a person's name ("Liverpool manager Jurgen Klopp"), which
a country's or a region's ``team_roles`` leave out ("Texas manager John Smith")."""


def _named(ctx: Context, caps: tuple[bool, ...], i: int) -> bool:
    """Whether tokens ``i`` and ``i + 1`` are a person's capitalized name ("Xavi Hernandez"),
    not a name of one word, a title or a company ("Liverpool manager Steve", "Inc")."""
    return i + 1 < len(caps) and caps[i] and caps[i + 1] and ctx.words[i][:1].isalpha()


_NOUN_ROLES = frozenset({"coach", "bowler", "opener"})
"""Team roles that also head a noun phrase ("the coach station", "bowler hats")."""


def _player_after(ctx: Context, words: Words, i: int) -> bool:
    """Whether token ``i`` is a player's or coach's role (``team_roles``) owned by a city:
    "Barcelona's coach said", "Liverpool's goalkeeper"; a role that also heads a noun only
    before a name, punctuation or a speech verb ("London's coach station" is a bus station)."""
    lowers = ctx.lowers
    if i >= len(lowers) or lowers[i] not in words.team_roles:
        return False
    if lowers[i] not in _NOUN_ROLES:
        return True
    after = ctx.words[i + 1] if i + 1 < len(lowers) else "."
    return not after[:1].isalpha() or after[:1].isupper() or lowers[i + 1] in words.speech


_MARGIN_VERBS = frozenset({"won", "wins", "lost", "loses"})
_PLAY_MARGINS = frozenset(
    {"wicket", "wickets", "run", "runs", "innings", "try", "tries"}
    | {"stroke", "strokes", "length", "lengths"}
)
"""A result's margin after "won by" that only a game has: "won by five wickets", "lost by an
innings"."""
_MARGINS = _PLAY_MARGINS | {"goal", "goals", "point", "points", "shot", "shots"}
"""Margins of a game, or of a vote ("won by five points"), in an article without sports words."""
_MARGIN_COUNTS = frozenset(
    {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)


def _by_a_margin(lowers: Sequence[str], i: int) -> str | None:
    """The margin (``_MARGINS``) when "by", a count (a digit, a number word, "an") and it
    stand from token ``i`` on: a result ("won by five wickets", "lost by 120 runs", "won by
    an innings and 12 runs"); else None."""
    if i + 2 >= len(lowers) or lowers[i] != "by":
        return None
    count, margin = lowers[i + 1], lowers[i + 2]
    if (count[:1].isdigit() or count in _MARGIN_COUNTS) and margin in _MARGINS:
        return margin
    return None


_SIDE_ACTS = (
    ("were", "bowled", "out"),
    ("was", "bowled", "out"),
    ("were", "all", "out"),
    ("won", "the", "toss"),
    ("lost", "the", "toss"),
    ("batted",),
    ("reached", "#"),
    ("had", "reached", "#"),
    ("slipped", "to", "#"),
    ("collapsed", "to", "#"),
    ("'s", "innings"),
    ("'s", "first", "innings"),
    ("'s", "second", "innings"),
    ("’s", "innings"),
    ("’s", "first", "innings"),
    ("’s", "second", "innings"),
)
"""A side's acts in a game, after its name ("#": a score, "241-4" or a number before "for"):
"England were bowled out", "Australia reached 241-4", "India's second innings"; asked in an
article with a sports word, where a nation opening them is its side."""
_SIDE_ACT_FIRSTS = frozenset([act[0] for act in _SIDE_ACTS])


def _side_act(lowers: Sequence[str], i: int) -> bool:
    """Whether one of ``_SIDE_ACTS`` stands from token ``i`` on."""
    for act in _SIDE_ACTS:
        if lowers[i] != act[0] or i + len(act) > len(lowers):
            continue
        if all(
            _score(lowers, i + j) if w == "#" else lowers[i + j] == w for j, w in enumerate(act)
        ):
            return True
    return False


def _score(lowers: Sequence[str], i: int) -> bool:
    """Whether token ``i`` is a side's score: "241-4", "47/3", or a number before "for" ("207
    for two"); not "5 million"."""
    token = lowers[i]
    if not token[:1].isdigit():
        return False
    if "-" in token or "/" in token:
        return True
    follow = lowers[i + 1] if i + 1 < len(lowers) else ""
    if follow in ("-", "/"):
        return i + 2 < len(lowers) and lowers[i + 2][:1].isdigit()  # split by the tokenizer
    return follow == "for"


_SIDE_ROLES = frozenset({"captain", "skipper", "vice-captain"})
_NATION_ROLES = frozenset({"captain", "skipper", "guard", "forward"})
"""Roles of a national or state side's player before the player's name, besides
``team_roles``: "Australia captain Pat Cummins", "Kentucky guard Reed Sheppard"."""
"""Roles a national side has after a possessive, besides ``team_roles``: "England's captain"."""


def _side_role_after(ctx: Context, words: Words, i: int) -> bool:
    """Whether token ``i`` is a national side's role (``team_roles``, ``_SIDE_ROLES``) before a
    name, punctuation or a speech verb: "England's captain Ben Stokes", "Brazil's coach
    said"; not "England's coach network" nor "England's chief medical officer"."""
    lowers = ctx.lowers
    if i >= len(lowers) or not (lowers[i] in words.team_roles or lowers[i] in _SIDE_ROLES):
        return False
    after = ctx.words[i + 1] if i + 1 < len(lowers) else "."
    return not after[:1].isalpha() or after[:1].isupper() or lowers[i + 1] in words.speech


def _club_act(ctx: Context, words: Words, i: int) -> bool:
    """Whether the words from token ``i`` are a club's act: a verb of ``club_verbs`` (after an
    auxiliary, if any), fillers or capitalized words, then objects of ``club_objects`` ending
    the phrase: "sacked their manager", "have appointed a new coach", "won the FA Cup in",
    "sacked manager Antonio Conte";
    not "won the World Cup bid", "signed a trade deal"."""
    lowers, texts = ctx.lowers, ctx.words
    for auxiliary in words.club_auxiliaries:
        if lowers[i : i + len(auxiliary)] == auxiliary:
            i += len(auxiliary)
            break
    if i >= len(lowers) or lowers[i] not in words.club_verbs:
        return False
    i += 1
    while i < len(lowers) and lowers[i] in words.club_fillers:
        i += 1
    while (
        i < len(lowers)
        and (texts[i][:1].isupper() or texts[i].isdigit())
        and lowers[i] not in words.club_objects
    ):
        i += 1  # "the FA Cup", "the Premier League title", "the Euro 2024 final"
    if i >= len(lowers) or lowers[i] not in words.club_objects:
        return False
    while i < len(lowers) and lowers[i] in words.club_objects:
        i += 1  # "the league title"
    after = texts[i] if i < len(texts) else ""
    # A name may follow: "sacked manager Antonio Conte".
    return not after[:1].isalpha() or after[:1].isupper() or lowers[i] in words.club_followers


_STATES = frozenset({"country", "admin1", "region"})
"""Readings that have lawyers and speeches of their own ("Israel's lawyers")."""
_ARTICLES = frozenset({"the", "a", "an"})
_JOINERS = frozenset({"and", "or"})
_AGENT_CITY = 500_000
"""A city this large may act as its government after "by" ("rejected by Houston"); a
smaller one named like a person is the person there ("a speech by Lincoln")."""


def _next_word(ctx: Context, i: int) -> str:
    """The word after token ``i - 1``, skipping one comma ("Jordan, said")."""
    if i < len(ctx.words) and ctx.words[i] == ",":
        i += 1
    return ctx.lowers[i] if i < len(ctx.words) else ""


def page(ctx: Context, words: Words, blocked: set[int], mentions: list[Mention]) -> Page:
    """The guards' view of the Doc. A one-word name right after another capitalized word
    ("Tracey Holt", "María Hernández", even when the first name is a place name too) is a
    surname, everywhere in the Doc; not after a club's first word ("Real Madrid") or a
    demonym ("Malaysian Borneo", "Indian Kashmir": a part of the place)."""
    caps = capitals(ctx)
    draft = Page(ctx, words, frozenset(blocked), frozenset(), caps, frozenset(), {})
    surnames = {
        ctx.words[m.start]
        for m in mentions
        if m.how in ("name", "alternate")
        and m.end - m.start == 1
        and m.start > 0
        and ctx.words[m.start - 1] not in words.club_prefixes  # "Real Madrid": no surname
        and ctx.words[m.start - 1] not in words.demonyms  # "Malaysian Borneo": no surname
        and (draft._foreign(m, m.start - 1) or ctx.words[m.start - 1] in words.titles)
    }
    firms = {
        ctx.words[m.start]
        for m in mentions
        if m.end - m.start == 1
        and m.end + 1 < len(ctx.words)
        and (m.start == 0 or not caps[m.start - 1])
        and (
            ctx.words[m.end] in words.company_heads
            or (ctx.lowers[m.end] == "news" and ctx.lowers[m.end + 1] == "agency")
        )
    }
    clubs = {
        ctx.words[m.start]
        for m in mentions
        if m.end - m.start == 1 and m.start > 0 and ctx.words[m.start - 1] in words.club_prefixes
    }
    lowered = ctx.text.lower()  # a price per barrel needs the word somewhere: most texts lack it
    priced = "barrel" in lowered or "bbl" in lowered
    products = {
        ctx.words[m.start]
        for m in mentions
        if m.end - m.start == 1 and _product_named(ctx, words, m.start, m.end, priced)
    }
    vessels = {
        ctx.words[m.start]
        for m in mentions
        if m.end - m.start == 1 and m.start > 1 and _vessel_named(ctx, words, m.start)
    }
    teams = {
        ctx.text[ctx.token_chars[m.start] : ctx.token_ends[m.end - 1]]
        for m in mentions
        if m.start > 0 and ctx.lowers[m.start - 1] == "the" and _nicknamed(ctx, words, caps, m.end)
    }
    contests = _contests(ctx)
    if teams and not contests and words.sport_words.isdisjoint(ctx.lowers):
        teams = set()  # a team's story has a sports word or a match's score
    # Built anew: ``dataclasses.replace`` costs twice as much for the one Page per Doc.
    built = Page(
        ctx,
        words,
        draft.blocked,
        frozenset(surnames),
        caps,
        contests,
        {},
        frozenset(firms),
        frozenset(clubs),
        frozenset(products),
        frozenset(vessels),
        frozenset(teams),
    )
    sports, lowers = words.sport_words, ctx.lowers
    if not contests and not ctx.derived(
        "places:sport-article", (), lambda _: not sports.isdisjoint(lowers)
    ):
        return built  # most articles: no sports word, no match's score
    played = frozenset(ctx.words[m.start] for m in mentions if _town_named(m) and built.team(m))
    if not played:
        return built
    return Page(
        ctx,
        words,
        built.blocked,
        built.surnames,
        caps,
        contests,
        built.sports,
        built.firms,
        built.clubs,
        built.products,
        built.vessels,
        built.teams,
        played,
        built.teamed,
    )


def _town_named(mention: Mention) -> bool:
    """Whether a one-word bare name is first read as a city ("Leeds", "Burnley")."""
    first = mention.candidates[0] if mention.candidates else None
    return (
        mention.how in ("name", "alternate")
        and not mention.strong
        and mention.end - mention.start == 1
        and first is not None
        and first.type == "city"
    )


_BARREL_OF = (("barrel", "of"), ("barrels", "of"))
_PRODUCT_CITY = 1_000_000
"""A benchmark named after a city this small takes the city's name alone ("Brent"); a
larger city's name ("Dubai crude ... Dubai") stays the city."""


def _product_named(ctx: Context, words: Words, start: int, end: int, priced: bool) -> bool:
    """Whether the one-word name from token ``start`` to ``end`` is written as a product or
    benchmark: before one of ``product_nouns`` ("Brent crude", "Brent futures") or after "a
    barrel of" ("a barrel of Brent"). ``priced``: whether "barrel" or "bbl" is in the text at
    all (in any case), without which no price per barrel follows."""
    if end < len(ctx.lowers) and ctx.lowers[end] in words.products:
        return True
    if not priced:
        return False
    if start > 1 and (ctx.lowers[start - 2], ctx.lowers[start - 1]) in _BARREL_OF:
        return True
    # "Brent rose 1% to $82 a barrel": a price per barrel in the name's sentence
    k = end
    while k < len(ctx.lowers) and k - end < _BARREL_REACH and k not in ctx.sentence_tokens:
        if ctx.lowers[k] in _BARRELS and ctx.lowers[k - 1] in _PER_WORDS:
            return not locative(words, ctx, start) or _spread_to(ctx.lowers, start)
        k += 1
    return False


def _spread_to(lowers: tuple[str, ...], start: int) -> bool:
    """Whether "to" before the name at ``start`` sets a price against a benchmark ("The
    discount to Brent narrowed to $12 a barrel"), no way to a place."""
    return start > 1 and lowers[start - 1] == "to" and lowers[start - 2] in _SPREAD_NOUNS


_SPREAD_NOUNS = frozenset({"discount", "premium", "spread", "differential"})
_BARREL_REACH = 16
_BARRELS = frozenset({"barrel", "bbl"})
_PER_WORDS = frozenset({"a", "per", "/"})


_BRACKETS = frozenset({"(", ")"})


def _vessel_named(ctx: Context, words: Words, start: int) -> bool:
    """Whether the name at token ``start`` is a ship's: right after a vessel noun ("the
    container ship Dali"), or after "the" and sizes or flags only, each a number or a
    capitalized name, a hyphen and a vessel measure ("The 984-foot (300-meter) Dali", "the
    Singapore-flagged Dali"; not "the 300-year-old Paris")."""
    lowers = ctx.lowers
    if lowers[start - 1] in words.vessel_nouns:
        return True
    i, measured = start - 1, False
    while True:
        while i >= 0 and lowers[i] in _BRACKETS:
            i -= 1  # "(300-meter)"
        if i < 2 or lowers[i] not in words.vessel_measures or lowers[i - 1] != "-":
            return measured and i >= 0 and lowers[i] == "the"
        first = ctx.words[i - 2]
        if not (first[:1].isdigit() or first[:1].isupper()):
            return False
        measured, i = True, i - 3


_NOT_NICKNAMES = frozenset(
    {
        *("Times", "News", "Heights", "Springs", "Falls", "Hills", "Islands", "Plains"),
        *("Sports", "Olympics", "Paralympics", "Games", "Championships"),
        *("Democrats", "Republicans", "Conservatives", "Liberals", "Tories", "Greens"),
    }
)
"""Capitalized plurals after a city that name a paper, a place or an event held there, or
its party's members, not a team ("the New York Times", "the Dallas Morning News", "the Paris
Olympics", "the Texas Democrats")."""


_SINGULAR_NICKNAMES = frozenset(
    {
        *("Heat", "Magic", "Jazz", "Thunder", "Lightning", "Avalanche", "Wild", "Kraken"),
        *("Sox", "Sky", "Storm", "Mercury", "Fever", "Liberty", "Dream", "Lynx"),
        *("Galaxy", "Union", "Crew", "Dynamo", "Fire", "Revolution", "Spirit", "Pride"),
        *("Reign", "Courage", "Current", "Dash", "Wave"),
    }
)
"""Nicknames of North American and Australian teams that are no plural ("the Miami Heat",
"the Utah Jazz", "the Colorado Avalanche", "the Chicago Sky", "the LA Galaxy", "the Boston
Red Sox", "the Melbourne Storm"); not "Sun", a newspaper's too ("the Baltimore Sun")."""


_NUMBERED_NICKNAME = re.compile(r"[0-9]{2}ers")
"""A nickname of digits, a year's or a number's fans: "49ers", "76ers"."""


def _nicknamed(ctx: Context, words: Words, caps: tuple[bool, ...], i: int) -> bool:
    """Whether a team's nickname starts at token ``i``: one or two capitalized words, the
    last a plural (not "-ss") or a singular nickname (``_SINGULAR_NICKNAMES``), before no
    other capitalized word ("the Buffalo Bills", "the Toronto Blue Jays", "the Miami Heat";
    not "the New York Times", "the Dallas Morning News", "Fulton Bank", "the Chicago Fire
    Department")."""
    texts = ctx.words
    for last in (i, i + 1):
        if last >= len(texts):
            return False
        text = texts[last]
        if last == i and _NUMBERED_NICKNAME.fullmatch(text):
            return True  # "the San Francisco 49ers", "the Philadelphia 76ers"
        if not caps[last]:
            return False
        if text in _SINGULAR_NICKNAMES and (last + 1 >= len(texts) or not caps[last + 1]):
            return True
        if (
            text.isalpha()
            and len(text) > 3
            and text.endswith("s")
            and not text.endswith("ss")
            and text not in _NOT_NICKNAMES
            and text not in words.company_heads
            and text not in words.organization_heads
            and (last + 1 >= len(texts) or not caps[last + 1])
        ):
            return True
    return False


_CIVIC_NOUNS = frozenset(
    {"residents", "officials", "police", "voters", "mayor", "council", "area", "metro", "region"}
)
"""Lower-case nouns after a city that name the city's people or its area, not the team's
("Kansas City residents", "the Buffalo area")."""
_RECORD_VERBS = frozenset(
    {
        *("improve", "improves", "improved", "fall", "falls", "fell"),
        *("drop", "drops", "dropped", "slip", "slips", "slipped", "move", "moves", "moved"),
    }
)
"""Verbs before "to" and a won-lost record ("Kansas City improved to 9-1")."""


def _team_alone(p: Page, mention: Mention) -> bool:
    """Whether a city stands alone as its team's name in a sports report: the Doc writes it
    before the team's nickname (``Page.teams``: "the Buffalo Bills ... Buffalo has a bye"),
    or a won-lost record follows it, in parentheses or after a verb of moving to one
    ("Buffalo (8-3)", "Kansas City improved to 9-1"); not where a locative places it ("fans
    in Buffalo", "flew home to Buffalo"), nor before a capitalized word or a noun of its
    people or its area ("Los Angeles Mayor Karen Bass", "Kansas City residents"); a city
    named before a nickname only, in a sentence that speaks of play (``_played``)."""
    ctx, end = p.ctx, mention.end
    lowers = ctx.lowers
    after = lowers[end] if end < len(lowers) else ""
    if after == "(":
        recorded = _record(lowers, end + 1) and _record_end(lowers, end + 1) == ")"
    elif after in _RECORD_VERBS and end + 1 < len(lowers) and lowers[end + 1] == "to":
        recorded = _record(lowers, end + 2)
    else:
        recorded = False
    if not recorded:
        if not p.teams:
            return False  # most articles: no team's nickname
        text = ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[end - 1]]
        if text not in p.teams or (end < len(lowers) and p.caps[end]):
            return False
        if after in _CIVIC_NOUNS or after in p.words.officer_titles:
            return False
        if not _played(p, mention.start):
            return False  # "Buffalo's economy will benefit": the city, in a team's story too
    return not locative(p.words, ctx, mention.start)


_PLAY_WORDS = frozenset(
    {
        *("bye", "point", "points", "overtime", "inning", "yards", "rebounds", "homers"),
        *("homer", "starters", "straight", "saves", "shootout", "three-pointers"),
        "standings",
    }
)
"""Words of a game's play that, besides the sports words, match cues and game nouns, make a
sentence a game's ("Devin Booker led Phoenix with 33 points", "Buffalo has a bye")."""


def _played(p: Page, i: int) -> bool:
    """Whether token ``i``'s sentence speaks of play: a sports word, a match cue, a game noun
    or a word of play (``_PLAY_WORDS``), a streak ("had won seven in a row") or a score
    ("Phoenix led 89-74"); not "Denver is one of the fastest-growing cities", "Buffalo will
    host the draft"."""
    ctx, words = p.ctx, p.words
    first, stop = _sentence_tokens(ctx, i)
    lowers = ctx.lowers[first:stop]
    if not (
        words.match_cues.isdisjoint(lowers)
        and _GAME_NOUNS.isdisjoint(lowers)
        and _PLAY_WORDS.isdisjoint(lowers)
    ):
        return True
    return any(
        (lowers[k] == "-" and lowers[k - 1].isdigit() and lowers[k + 1].isdigit())
        or (
            lowers[k + 1] == "row"
            and lowers[k] == "a"
            and lowers[k - 1] == "in"
            and k > 1
            and lowers[k - 2] not in _AUXILIARIES  # "Minnesota was in a row with Wisconsin"
        )
        or (lowers[k] in _LEAGUE_PARTS and _league_part(ctx.words, first + k, lowers[k - 1]))
        or (lowers[k] in _SHOT_FROM and _from_the(lowers, k) and not _SHOOTING.isdisjoint(lowers))
        for k in range(1, len(lowers) - 1)
    )


_LEAGUE_PARTS = frozenset({"conference", "east", "west", "north", "south", "central"})
"""Last words of a league's conference or division ("the Western Conference", "the NL East")."""
_LEAGUES = frozenset({"NL", "AL", "NFC", "AFC"})
"""Leagues whose divisions are named by a compass word ("the NFC East")."""
_SHOT_FROM = frozenset({"field", "floor"})
"""Where a basketball team shoots from ("shot 52% from the field", "from the floor"), after
"from the", in a sentence of shooting (``_SHOOTING``): "aid workers returned from the field"
is none."""
_SHOOTING = frozenset({"shot", "shoots", "shooting"})


def _from_the(lowers: Sequence[str], k: int) -> bool:
    """Whether "from the" stands right before token ``k``."""
    return k > 1 and lowers[k - 1] == "the" and lowers[k - 2] == "from"


def _league_part(texts: tuple[str, ...], i: int, before: str) -> bool:
    """Whether token ``i`` closes a league's conference or division: "Conference" after
    "Western" or "Eastern", a compass word after a league's initials ("the AL East"); "a news
    conference", "Western Europe", "the Middle East" are none."""
    if texts[i] == "Conference":
        return before in ("western", "eastern")
    return texts[i][0].isupper() and texts[i - 1] in _LEAGUES


def _record(lowers: tuple[str, ...], i: int) -> bool:
    """Whether a won-lost record ("8-3", "5-6-1") starts at token ``i``."""
    return (
        i + 2 < len(lowers)
        and lowers[i].isdigit()
        and lowers[i + 1] == "-"
        and lowers[i + 2].isdigit()
    )


def _record_end(lowers: tuple[str, ...], i: int) -> str:
    """The token after the record starting at token ``i`` (after a tie's third figure)."""
    i += 3
    if i + 1 < len(lowers) and lowers[i] == "-" and lowers[i + 1].isdigit():
        i += 2
    return lowers[i] if i < len(lowers) else ""


_TRANSFER_PHRASES = frozenset(
    {("contract", "with"), ("contracts", "with"), ("move", "to"), ("switch", "to")}
    | {(verb, link) for verb in ("sign", "signs", "signed", "signing") for link in ("for", "with")}
)
"""Words before a club a player moves to or is bound to: "his contract with Barcelona",
"signed for Liverpool", "signed with Munich", "a move to Leicester"."""
_TRANSFER_JOINS = frozenset({"joined", "joins", "join", "joining"})
"""Verbs before a club a player joins ("Kane joined Munich last summer")."""
_MOVE_VERB_BEFORE = frozenset(
    {"to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "not"}
    | {"n't", "i", "we", "you", "they", "he", "she"}
)
"""Words before "move" or "switch" that make it a verb ("plans to move to Leeds", "they
move to Leeds"): a household's move, no transfer."""


def _transferred(lowers: Sequence[str], start: int) -> bool:
    """Whether a transfer's words stand before token ``start`` (``_TRANSFER_PHRASES``,
    ``_TRANSFER_JOINS``): the name is a club in a sports story."""
    if start > 0 and lowers[start - 1] in _TRANSFER_JOINS:
        return True
    if start < 2 or (lowers[start - 2], lowers[start - 1]) not in _TRANSFER_PHRASES:
        return False
    verb = lowers[start - 2]
    return verb not in ("move", "switch") or start < 3 or lowers[start - 3] not in _MOVE_VERB_BEFORE


def _sporting(ctx: Context, words: Words, caps: tuple[bool, ...], k: int) -> bool:
    """Whether sentence ``k`` (by index in ``ctx.sentence_chars``) holds a sports word or a
    club's name ("Chelsea Clinton" is a person, no club)."""
    starts = ctx.sentence_chars
    first = ctx.token_at(starts[k])
    stop = ctx.token_at(starts[k + 1]) if k + 1 < len(starts) else len(ctx.words)
    if not words.sport_words.isdisjoint(ctx.lowers[first:stop]):
        return True
    texts = ctx.words
    if words.club_names.isdisjoint(texts[first:stop]):
        return False
    return any(
        texts[i] in words.club_names and not (i + 1 < len(texts) and caps[i + 1])
        for i in range(first, stop)
    )


def _scores(text: str) -> Iterator[int]:
    """Offsets of the match scores in ``text``."""
    for dashes in _DASHES:
        for dash in dashes.finditer(text):
            at = dash.start()
            while at > 0 and dash.start() - at < 3 and text[at - 1].isdigit():
                at -= 1
            if at == dash.start() or _SCORE.match(text, at) is None:
                continue
            if at == 0 or not (text[at - 1] in _INSIDE_NUMBER or text[at - 1].isalpha()):
                yield at  # not "2020-21", "COVID-19", "1-800-555-0199"


def _contests(ctx: Context) -> frozenset[int]:
    """The sentences with a score and a word of a match result (most Docs have no score)."""
    text, starts, found = ctx.text, ctx.sentence_chars, set()
    before, after = _CONTEST_REACH
    for at in _scores(text):
        k = bisect_right(starts, at) - 1
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        stop = min(end, at + after)
        while stop < end and text[stop].isalnum():
            stop += 1  # the search ends at a word's end, or "winter" would read "win"
        if k not in found and _CONTEST.search(text, max(starts[k], at - before), stop):
            found.add(k)
        elif k not in found and _declared(text, at, starts[k]):
            found.add(k)  # "England piled up 823-7 declared", "India declared on 487-6"
    return frozenset(found)


def _after_a_number(ctx: Context, start: int) -> bool:
    """Whether a comma after a number stands right before token ``start``: a clause's end,
    no list of names."""
    return start > 1 and ctx.words[start - 1] == "," and ctx.words[start - 2][-1:].isdigit()


def _declared(text: str, at: int, start: int) -> bool:
    """Whether the score at ``at`` is a cricket total declared (``_DECLARED``,
    ``_DECLARED_BEFORE``): its sentence reports a match, as a result's word does."""
    score = _SCORE.match(text, at)
    if score is not None and _DECLARED.match(text, score.end()):
        return True
    return _DECLARED_BEFORE.search(text[max(start, at - _CONTEST_REACH[0]) : at]) is not None


def _of_a_person(ctx: Context, start: int) -> bool:
    """Whether the name at token ``start`` follows a capitalized name and "of" or "from"
    (maybe with "the"): a player's country ("Ons Jabeur of Tunisia") when it is a country."""
    i = start - 1 if start > 0 and ctx.lowers[start - 1] == "the" else start
    return i >= 2 and ctx.lowers[i - 1] in ("of", "from") and ctx.words[i - 2][:1].isupper()


def keep(p: Page, mention: Mention) -> bool:
    """Whether a bare name (no cue, qualifier or dateline) survives the guards."""
    ctx, words = p.ctx, p.words
    if not p.blocked.isdisjoint(range(mention.start, mention.end)):
        return False
    text = ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[mention.end - 1]]
    single = mention.end - mention.start == 1
    after = ctx.words[mention.end] if mention.end < len(ctx.words) else ""
    if single and text in _months() and _NUMBER.match(after):
        return False  # "LONDON, March 3 (Reuters) -": a date, whatever comma stands before it
    if (
        text in words.common
        and not mention.strong
        and not _located_word(p, mention, text)
        and not _listed_town(p, mention, text)
        and not _the_region(p, mention)
    ):
        return False
    if p.person(mention, text) or p.embedded(mention):
        return False
    if not mention.strong and _race_named(ctx, mention.start):
        return False  # "the Tour de France", "the Tour of Flanders": a race
    first = mention.candidates[0] if mention.candidates else None
    if single and not mention.strong and _coast_of(p, mention):
        return False  # "the Gulf coast state of Tabasco": a coast of a gulf, no region's
    if first is not None and first.key in gazetteer().features and not mention.strong:
        # "the Red Sea", "the Rhine": no namesake town; "West Nile virus": no river
        return _natural(p, mention, first.key) and not _compound(p, mention)
    if (not mention.strong or _opposed(p, mention.start)) and p.team(mention):
        return False  # "Chelsea, London" qualified is a place, even beside a club's name
    if p.played and text in p.played and _played_here(p, mention, after):
        return False  # "Leeds beat Sheffield Wednesday 3-1 ... Leeds equalised": the team
    rival = first is not None and first.type != "country" and _rival(ctx, mention)
    if rival and not mention.strong:
        return False  # "Piastri has 422 points to Norris's 414": a rival, no town in Tennessee
    if text in words.club_names and not mention.strong and not locative(words, ctx, mention.start):
        return False  # "Lazio are third", "Bayern coach": the club; "across Lazio" the region
    if text in words.event_venues and not mention.strong and _event(p, mention):
        return False  # "won his ninth title at Wimbledon": the championships
    if not mention.strong and _titled_work(ctx, mention):
        return False  # "the musical Hamilton", "Hamilton won best musical": a work's title
    if text in words.companies and not mention.strong and _company(p, mention):
        return False  # "Emirates said it would add flights": the airline
    if not mention.strong and (
        _compound(p, mention) or _river(p, mention) or _ampersand(p, mention)
    ):
        return False
    if not mention.strong and _after_article(p, mention, text):
        return False  # "baptised in the Jordan", "ice on the Volga": rivers
    if not mention.strong and _the_town_acts(ctx, mention):
        return False  # "The Dali struck the bridge": a ship named after the town
    if ctx.words[mention.end - 1] in words.waters and not mention.strong:
        return False  # "the Red Sea"
    if not mention.strong and _named_feature(p, mention):
        return False  # "the Godavari basin", "the Ohio river", "the Jordan valley"
    if ctx.words[mention.start] in words.features and not mention.strong and _feature(ctx, mention):
        return False  # "Lake Como" is no town in New Jersey
    if after and ctx.lowers[mention.end] in words.currency:
        return False  # "US dollars", "Hong Kong dollars": a currency, not a place
    if after in NAME_GENERICS and not mention.strong:
        return False  # "the town of Lyons Falls", "Colorado Springs": a longer name the
        # gazetteer lacks, not the town the first word names
    if text in ("U.S.", "US") and _NUMBER.match(after):
        return False  # "U.S. 59" is a highway
    if text in ("U.S.", "US") and after == "$" and _dollar_amount(ctx, mention.end + 1):
        return False  # "rose to US $586.46": the dollar's prefix, as in "US$586.46"
    town = first is not None and first.type == "city" and first.population < BIG_CITY
    if single and not mention.strong and after.isdigit() and (town or _designator(first, text)):
        return False  # "Gurugram's Sector 56", "Glastonbury 2024": a numbered name, no town
    if single and not mention.strong and _MODEL_NUMBER.match(after) and _modelled(ctx, mention):
        return False  # "The Falcon 9 rocket", "a Falcon 9 launch", "Falcon 9 lifted off": a
        # model's name, no region; "Paris 2024", "Kabul 3, Kandahar 2" keep their places
    if single and after and ctx.lowers[mention.end] in words.products and _city_named(mention):
        return False  # "Brent crude", "Dubai crude": a benchmark named after a city
    if not mention.strong and _treaty(p, mention):
        return False  # "the Paris climate accord", "the Minsk agreements": a treaty
    if not mention.strong and _model_named(ctx, words.models, mention.end):
        return False  # "Corolla, Avalon and Tacoma models": cars, not towns
    if town and not mention.strong and _owned(p, mention.end):
        return False  # "Zara owner Inditex": a brand, not the Turkish town
    if (
        town
        and not single
        and not mention.strong
        and ctx.words[mention.end - 1] in words.organization_heads
    ):
        return False  # "Marco Simone Golf and Country Club": a club's name, no town in Florida
    if town and single and not mention.strong and _body_named(ctx, mention):
        return False  # "the Verdi union", "Canada's Liberal government": a body's name
    if town and single and not mention.strong and _named_after(ctx, mention.end, _EPONYM_NOUNS):
        return False  # "Parkinson's disease": a physician's name, no town in Queensland
    if (
        town
        and single
        and not mention.strong
        and _named_after(ctx, mention.end, words.company_heads, lower=False)
    ):
        return False  # "Moody's Analytics", "Sotheby's Group": a founder's name, no town
    if not mention.strong and _celestial(ctx, mention, text):
        return False  # "Juno at Jupiter", "Jupiter's moons": the planet, no town in Florida
    if single and not mention.strong and text in _INDUSTRY_NAMES and _industry_named(ctx, mention):
        return False  # "Hollywood space films", "Hollywood's biggest stars": the film
        # industry; "in Hollywood" and "Hollywood, Florida" stay places
    if town and single and not mention.strong and _abbreviation(ctx, mention.end):
        return False  # "Re. 13,619 crore": a rupee's marker, no town in Piedmont
    city = first is not None and first.type == "city"
    if (
        city
        and not mention.strong
        and after in words.parties
        and not locative(words, ctx, mention.start)
    ):
        return False  # "the ruling Morena party": a party, not the Indian city
    if city and not mention.strong and _schooled(ctx, words, mention):
        return False  # "studied at Columbia and Princeton": universities named like towns
    if town and single and text in p.firms and not mention.strong and not _placed(p, mention):
        return False  # "Fulton Bank ... sell it to Fulton": the bank, not Fulton, New York
    product_city = first is not None and first.type == "city" and first.population < _PRODUCT_CITY
    if (
        product_city
        and single
        and text in p.products
        and not mention.strong
        and not _placed(p, mention)
    ):
        return False  # "Brent crude ... Brent rose 1% to $82": the benchmark, not the borough
    if city and single and text in p.vessels and not mention.strong and not _placed(p, mention):
        return False  # "the container ship Dali ... The Dali lost power": the ship
    if city and single and text in p.clubs and not mention.strong and not _visited(p, mention):
        return False  # "Real Madrid ... Madrid earned 20 million euros": the club
    state = first is not None and first.type == "admin1"
    if (city or state) and not mention.strong and _team_alone(p, mention):
        return False  # "the Buffalo Bills ... Buffalo has a bye", "Buffalo (8-3)": the team;
        # "the Colorado Avalanche ... Colorado had won five in a row"
    if town and p.spoken(mention) and not locative(words, ctx, mention.start):
        return False  # "said Hernández" is a person; "a maker in El Salto said" is not
    if single and town and p.written_lower(text):
        return False  # "Energy" where the article also writes "energy"
    # A small town's name that opens a sentence is as likely a word or a surname, unless the
    # article places it elsewhere ("Fighting raged in Bakhmut. ... Bakhmut fell in May.").
    return not (
        single
        and town
        and not _national_capital(first)  # "Thimphu is Bhutan's capital": no word
        and (
            sentence_initial(ctx, mention.start)
            or (_after_dateline(ctx, mention.start) and p._word(text))
        )
        and not mention.strong
        and not _placed_elsewhere(p, mention, text)
        and not _besieged(ctx, p.words, mention.end)
        and not _befallen(ctx, p.words, mention.end)
        and not _opens_local_list(p, mention)
    )


def _national_capital(entry: Entry | None) -> bool:
    """Whether a reading is its country's national capital (countries.json): a capital under
    ``BIG_CITY`` ("Thimphu", "Valletta") is a name even opening a sentence."""
    return (
        entry is not None
        and entry.type == "city"
        and (entry.country_code, normalize(entry.name)) in national_capitals()
    )


_RANKING_BY = frozenset({"followed", "trailed", "bordered", "surrounded", "flanked", "served"})
"""Participles before "by" whose agent may well be a place ("followed by Sandusky with 3%",
"served by Bangor's airport")."""


def _ranked_by(ctx: Context, start: int) -> bool:
    """Whether a participle of ``_RANKING_BY`` stands before the "by" before the name."""
    return start > 1 and ctx.lowers[start - 2] in _RANKING_BY


_BODY_NOUNS = frozenset({"government", "coalition", "opposition"})
"""Nouns after a country's possessive and a capitalized word that names the governing party
("Canada's Liberal government"), no town."""


def _body_named(ctx: Context, mention: Mention) -> bool:
    """Whether a town's name stands between "the" and a lower-case "union" ("the Verdi union",
    a trade union's name), or between a possessive and a noun of ``_BODY_NOUNS`` ("Canada's
    Liberal government"): a body's name; a town's own "union" or government is written with
    a place-type word ("the Hazard city government")."""
    start, end, lowers = mention.start, mention.end, ctx.lowers
    if start == 0 or end >= len(lowers) or not ctx.words[end].islower():
        return False
    before, after = ctx.words[start - 1], lowers[end]
    if before in POSSESSIVES:
        return after in _BODY_NOUNS
    if before not in _ARTICLES_CAPITAL or after != "union":
        return False
    # The union acts or a clause ends: "the Verdi union, which", "the Verdi union said"; not
    # a noun it qualifies ("the Hazard union hall").
    follower = lowers[end + 1] if end + 1 < len(lowers) else "."
    return not follower.isalpha() or follower in _UNION_ACTS


_ARTICLES_CAPITAL = frozenset({"the", "The"})
_UNION_ACTS = frozenset(
    {"is", "was", "has", "had", "have", "will", "would", "said", "says", "represents"}
    | {"called", "calls", "wants", "demanded", "demands", "warned", "urged", "plans"}
)


_GENDERED = frozenset({"his", "her", "himself", "herself"})
"""Pronouns a person's act takes and a town's does not ("made her debut": a town takes "its")."""


def _gendered_act(ctx: Context, end: int) -> bool:
    """Whether a lower-case word and a gendered pronoun follow the name ("Smith made her stage
    debut", "Webb won his third term")."""
    texts = ctx.words
    return (
        end + 1 < len(texts)
        and ctx.lowers[end + 1] in _GENDERED
        and texts[end].isalpha()
        and texts[end].islower()
    )


_EPONYM_NOUNS = frozenset({"disease", "syndrome", "palsy", "lymphoma"})
"""Nouns of medical eponyms after a possessive ("Parkinson's disease", "Tourette's syndrome")."""


def _named_after(ctx: Context, end: int, nouns: frozenset[str], lower: bool = True) -> bool:
    """Whether a possessive and one of ``nouns`` follow the name ending at token ``end``: a
    person's name, not a town's. Medical eponyms are matched lower-cased ("Parkinson's
    disease"), a firm's head words as written ("Moody's Analytics", "Kellogg's Group")."""
    if end + 1 >= len(ctx.words) or ctx.words[end] not in POSSESSIVES:
        return False
    return (ctx.lowers if lower else ctx.words)[end + 1] in nouns


_PLANETS = frozenset({"Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"})
"""Planets named like towns (Jupiter, Florida; Mercury, Nevada; Mars, Pennsylvania)."""
_SPACE_WORDS = frozenset(
    {"probe", "probes", "spacecraft", "orbit", "orbits", "orbiting", "orbiter", "planet"}
    | {"planets", "planetary", "moon", "moons", "nasa", "esa", "telescope", "asteroid"}
    | {"rover", "astronomers", "astronauts", "spaceship", "gravity", "atmosphere"}
    | {"comet", "comets", "interstellar"}
)
_DISTANCE_UNITS = frozenset({"kilometers", "kilometres", "km", "miles"})
_ASTRONOMICAL_SCALES = frozenset({"million", "billion"})
"""Words of a sentence about space, where a planet's name is the planet ("space" and
"solar" are not: "office space in Jupiter", "solar panels in Jupiter"); a distance counted
in millions ("within 54 million kilometers of Jupiter") too, not a town's few miles."""


def _celestial(ctx: Context, mention: Mention, text: str) -> bool:
    """Whether the name is a planet's in a sentence that speaks of space ("two probes, Juno at
    Jupiter"), or is listed with one there ("Juno at Jupiter and New Horizons": a probe)."""
    start, end, texts = mention.start, mention.end, ctx.words
    if text in _PLANETS:
        planet = mention.end - mention.start == 1
    else:
        planet = (start > 1 and texts[start - 1] in _JOINERS and texts[start - 2] in _PLANETS) or (
            end + 1 < len(texts) and texts[end] in _JOINERS and texts[end + 1] in _PLANETS
        )
    if not planet:
        return False
    first, after = _sentence_tokens(ctx, start)
    lowers = ctx.lowers
    if not _SPACE_WORDS.isdisjoint(lowers[first:after]):
        return True
    return any(
        lowers[k] in _DISTANCE_UNITS and lowers[k - 1] in _ASTRONOMICAL_SCALES
        for k in range(first + 1, len(lowers) if after is None else after)
    )  # "within 54 million kilometers of Jupiter"; "20 miles from Jupiter" is the town


_INDUSTRY_NAMES = frozenset({"Hollywood"})
"""Place names news uses for an industry ("Hollywood": American film-making)."""
_INDUSTRY_AFTER = re.compile(
    r"(?:['’]s?)?"  # a possessive: "Hollywood's biggest stars"
    # up to two modifiers: lower-case words or hyphened pairs, none a function word, a
    # past tense or a plural ("Hollywood welcomed stars", "Hollywood has films": verbs)
    r"(?:[ ]+(?!(?:the|a|an|and|or|but|to|for|in|on|at|of|by|with|from|as|is|was|will"
    r"|would|can|could|may|might|must|should|did|does|do|where|when|than|that)\b)"
    r"(?:[A-Za-z]+-)?[a-z]+(?<!ed)(?<![^s]s)\b){0,2}"
    r"[ ]+(?:film|movie|studio|star|actor|actress|executive|producer|director|blockbuster"
    r"|screenwriter|writer|mogul|celebrit(?:y|ie)|agent|franchise|remake|premiere)"
    r"(?:s|es)?\b|[ ]+(?:film[ ]+)?industry\b"
)
"""The nouns of the film industry after its metonym, with up to two modifiers between."""
_INDUSTRY_REACH = 60


def _industry_named(ctx: Context, mention: Mention) -> bool:
    """Whether a noun of the film industry follows the name ("Hollywood space films",
    "Hollywood studios", "Hollywood A-list actors"): the industry, not the district."""
    end = ctx.token_ends[mention.end - 1]
    return _INDUSTRY_AFTER.match(ctx.text, end, end + _INDUSTRY_REACH) is not None


_YEAR = re.compile(r"[12][0-9]{3}")


def _abbreviation(ctx: Context, end: int) -> bool:
    """Whether the name, with a dot written right after it, abbreviates a word before a number
    ("Re. 13,619 crore", as "No. 5"): a town's name ending a sentence is rarely followed by a
    numeral, save a year ("in Hazard. 2024 was").
    """
    texts = ctx.words
    if end + 1 >= len(texts) or texts[end] != "." or end + 1 in ctx.sentence_tokens:
        return False  # "in Hazard. 250 people were": a sentence's end
    if ctx.token_ends[end - 1] != ctx.token_chars[end]:
        return False
    number = texts[end + 1]
    return number[:1].isdigit() and _YEAR.fullmatch(number) is None


_DATELINE_DASHES = frozenset({"-", "—", "–", "--"})


def _after_dateline(ctx: Context, start: int) -> bool:
    """Whether the name opens the story's text right after a dateline's dash: "OSLO, Jan 3
    (Reuters) - Fully electric cars": capitalized anyway, as a sentence's first word is."""
    if start < 2 or ctx.words[start - 1] not in _DATELINE_DASHES:
        return False
    before = ctx.words[start - 2]
    return before == ")" or (len(before) > 1 and before.isalpha() and before.isupper())


_PRODUCT_NOUNS = frozenset(
    {"rocket", "rockets", "missile", "missiles", "jet", "jets", "aircraft", "plane", "planes"}
    | {"helicopter", "helicopters", "drone", "drones", "tank", "tanks", "booster", "capsule"}
    | {"spacecraft", "launcher", "engine", "engines", "phone", "phones", "smartphone"}
)
"""Nouns of made things a name and a model number qualify: "the Falcon 9 rocket"."""


def _numbered_product(ctx: Context, end: int) -> bool:
    """Whether a number and a noun of made things follow the name ending at token ``end``."""
    return end + 1 < len(ctx.lowers) and ctx.lowers[end + 1] in _PRODUCT_NOUNS


_MODEL_NUMBER = re.compile(r"(?:[A-Z]{1,2}-?)?\d{1,3}[A-Za-z]?$")
"""A model's number after its name: "Falcon 9", "Boeing 737", "Airbus A320", "Galaxy S24";
no year ("Paris 2024") nor postcode ("Kerala 695001")."""

_COUNT_WORDS = frozenset(
    {"million", "billion", "trillion", "crore", "lakh", "percent", "per", "seats", "votes"}
    | {"of", "to", "and", "or", "in", "at", "on", "from", "for", "by", "with", "a", "p"}
    | {"road", "motorway", "highway", "exit", "junction"}
)
"""Words after a number that make it a count or a score of the place before it ("Punjab 13
seats", "Texas 5 in a row"), not a model's number."""


def _modelled(ctx: Context, mention: Mention) -> bool:
    """Whether the name before the model number at token ``mention.end`` names a model: a
    noun of made things follows ("the Falcon 9 rocket"), or a lower-case word that counts
    nothing ("a Falcon 9 launch", "Falcon 9 lifted off") when the name is no country nor big
    city (whose name and a number are an event or a score: "Paris 2024", "Kabul 3")."""
    if _numbered_product(ctx, mention.end):
        return True
    first = mention.candidates[0] if mention.candidates else None
    if first is None or first.type == "country":
        return False
    if first.type == "city" and first.population >= BIG_CITY:
        return False
    nxt = mention.end + 1
    if nxt >= len(ctx.words) or not ctx.words[nxt][:1].islower():
        return False  # "Texas 31, Oklahoma 24", "Punjab 13.": a score or a tally
    return ctx.lowers[nxt] not in _COUNT_WORDS


def _designator(first: Entry | None, text: str) -> bool:
    """Whether ``text``, read as the city ``first`` by another of its names, is more likely a
    numbered thing's word before a number: "a crash at Turn 3" (Angren's "Turn"); a city's own
    name before a number is still the city ("Kabul 3, Kandahar 2")."""
    return first is not None and first.type == "city" and fold(text) != fold(first.name)


def _played_here(p: Page, mention: Mention, after: str) -> bool:
    """Whether a town the Doc plays as a team elsewhere (``Page.played``) is the team here: a
    role of its own, a verb of play or a place in the table follows ("The Leeds manager
    said", "Burnley slip", "Burnley second on 48") or its sentence is a sports report
    ("Leeds equalised after half-time"), and no locative nor a journey's "to" places it
    ("fans in Leeds", "the team flew to Leeds"); in another sentence it is the town ("Leeds
    recorded 704 burglaries, city data showed")."""
    if not _town_named(mention) or _visited(p, mention):
        return False
    after = after.lower()
    if after in _STANDINGS:  # "with Burnley second on 48": a place in the table
        return True
    return after in p.words.sport_roles or after in _PLAY_VERBS or p.sporting(mention)


_PLAY_VERBS = frozenset(
    {"equalised", "equalized", "levelled", "leveled", "scored", "conceded", "trailed", "drew"}
    | {"travel", "host", "slip", "slipped", "slumped"}
)
"""Verbs of play after a name a team bears elsewhere in the Doc: "Leeds equalised", "Leeds
travel to Middlesbrough", "Burnley slip"."""


def _standing(lowers: Sequence[str], i: int) -> bool:
    """Whether "in", an ordinal and a comma stand from token ``i`` on: a table's place between
    commas ("Sunderland, in fourth, are")."""
    return (
        i + 3 < len(lowers)
        and (lowers[i], lowers[i + 2]) == ("in", ",")
        and (lowers[i + 1] in _STANDINGS)
    )


_STANDINGS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
    | {"tenth", "eleventh", "twelfth", "last", "1st", "2nd", "3rd", "4th", "5th", "6th"}
)
"""Places in a league's table, as a team's sentence writes them."""


def _visited(p: Page, mention: Mention) -> bool:
    """Whether a locative places a name the Doc also gives a club (``_placed``), or "to" or
    "from" after a verb of travel ("the team flew to Madrid", "Leeds travel to
    Middlesbrough"; "a loan move from Leeds", "lost to Madrid" are the clubs')."""
    if _placed(p, mention):
        return True
    start, lowers = mention.start, p.ctx.lowers
    if start < 2 or lowers[start - 1] not in _TRADE_LOCATIVES:
        return False
    verb = start - 3 if lowers[start - 2] in _TRAVEL_ADVERBS and start > 2 else start - 2
    return lowers[verb] in _TRAVEL_VERBS


_TRAVEL_VERBS = frozenset(
    {"flew", "fly", "flies", "flying", "flown", "travel", "travels", "travelled", "traveled"}
    | {"travelling", "traveling", "returned", "return", "returns", "returning", "headed"}
    | {"heads", "head", "went", "go", "goes", "going", "drove", "sailed", "moved", "came"}
)
"""Verbs of a journey whose "to" or "from" places the name after them."""

_TRAVEL_ADVERBS = frozenset({"back", "home", "out", "down", "up", "over"})
"""Words between a verb of travel and "to": "flew back to Madrid"."""

_TRADE_LOCATIVES = frozenset({"to", "from"})
"""Locatives a company's or a club's name takes as a town's does ("sell it to Fulton", "a
loan from Fulton", "15 shots to Madrid's 13")."""


def _placed(p: Page, mention: Mention) -> bool:
    """Whether a locative other than "to" or "from" places a name the Doc also gives a company
    or a club (``Page.firms``, ``Page.clubs``): "branches in Fulton", "the final in Madrid"
    are the towns."""
    start = mention.start
    return (
        start > 0
        and p.ctx.lowers[start - 1] not in _TRADE_LOCATIVES
        and locative(p.words, p.ctx, start)
    )


def _opens_local_list(p: Page, mention: Mention) -> bool:
    """Whether a town that is the one reading of its name opens a list ("and" or a comma) whose
    next name has a reading in the town's first-level region: "Sarasota and Naples reported
    record storm surge" (Florida), "Paragould, Jonesboro"; a surname, named alike by chance,
    is rarely listed with a place of the same state."""
    ctx, end = p.ctx, mention.end
    if len(mention.candidates) != 1 or end + 1 >= len(ctx.words):
        return False
    region = mention.candidates[0].region
    if region is None or ctx.lowers[end] not in ("and", ","):
        return False
    match = longest(ctx, gazetteer(), end + 1, p.caps)
    return match is not None and any(e.region == region for e in match[1])


_DISASTER_REACH = 3
"""Most words from a town's possessive to a disaster's noun ("Lahaina's deadly wildfire")."""


def _befallen(ctx: Context, words: Words, end: int) -> bool:
    """Whether a possessive and a disaster's noun (one word or two, ``disasters``) follow
    the name, after lower-case words only ("Uvalde's school shooting", "Lahaina's
    wildfire"): where it struck; a person's "murder trial" or "crash" is none."""
    texts, lowers = ctx.words, ctx.lowers
    if end + 1 >= len(texts) or texts[end] not in POSSESSIVES:
        return False
    for i in range(end + 1, min(end + 1 + _DISASTER_REACH, len(texts))):
        if not texts[i].isalpha() or not texts[i].islower():
            return False
        if lowers[i] in words.disasters or f"{lowers[i - 1]} {lowers[i]}" in words.disasters:
            return True
    return False


_PASSIVES = frozenset({"was", "were"})
_PERFECTS = frozenset({"has", "had", "have"})


def _besieged(ctx: Context, words: Words, end: int) -> bool:
    """Whether the words after a name that opens its sentence tell what war does to a town:
    "was" (or "has been") and a participle of ``sieges`` ("Kherson was liberated", "Avdiivka
    has been encircled"), or "fell to" and a demonym or a force, maybe after "the" ("fell to
    Russian forces", "fell to the Taliban", "fell to the rebels"); not "fell to the ground",
    nor a person's "was captured"."""
    lowers = ctx.lowers
    size = len(lowers)
    if end + 2 >= size:
        return False
    first = lowers[end]
    if first in _PERFECTS and lowers[end + 1] == "been":
        return lowers[end + 2] in words.sieges
    if first in _PASSIVES:
        return lowers[end + 1] in words.sieges
    if first != "fell" or lowers[end + 1] != "to":
        return False
    at = end + 3 if lowers[end + 2] == "the" and end + 3 < size else end + 2
    return ctx.words[at] in words.demonyms or lowers[at] in words.forces


def _placed_elsewhere(p: Page, mention: Mention, text: str) -> bool:
    """Whether the name stands after a locative that places it elsewhere in the article, as a
    whole word (``placed_at``: "in Bakhmut", "near Avdiivka"; not "points to Norris's")."""
    ctx = p.ctx
    full, starts, own = ctx.text, ctx.token_chars, ctx.token_chars[mention.start]
    at = full.find(text)
    while at >= 0:
        i = bisect_right(starts, at) - 1
        whole = at != own and starts[i] == at and ctx.token_ends[i] == at + len(text)
        if whole and locative(p.words, ctx, i) and placed_at(ctx, p.words, i, i + 1):
            return True
        at = full.find(text, at + 1)
    return False


_HYPHENS = frozenset({"-", "–"})
_NATIONS = frozenset({"country", "admin1", "admin2"})
"""Places whose teams bear their names: countries, home nations, counties ("Leicestershire
beat Somerset by an innings")."""
_CLAUSE_ENDS = frozenset(".,;:!?)")
_RIVER_FOLLOWERS = frozenset(
    ("and", "or", "is", "was", "are", "were", "has", "had", "last", "this", "each", "every")
)
"""Words after a river's name that open no noun it would qualify ("the Zambezi last year")."""


_COAST_NOUNS = frozenset({"coast", "coasts", "coastline", "coastal", "shore", "shores"})
"""Lower-case nouns of a shore after a region's one word ("the Gulf coast")."""


def _coast_of(p: Page, mention: Mention) -> bool:
    """Whether a one-word name that reads a region above countries names only a shore before
    a lower-case coast noun ("the Gulf coast state of Tabasco", "refineries along the Gulf
    coast", "Caribbean coastal towns"): the coast of a gulf or sea the word does not tell, no
    place of its own ("the Gulf Coast" is the US region, "in the Gulf" the Persian Gulf)."""
    end = mention.end
    if end >= len(p.ctx.words) or p.ctx.words[end] not in _COAST_NOUNS:
        return False  # most names
    return any(e.type == "region" and e.country_code is None for e in mention.candidates)


def _natural(p: Page, mention: Mention, key: str) -> bool:
    """Whether a natural feature's name stands for it: always, but for the one-word names of
    features that need "the" ("across the Atlantic."), which are adjectives or towns without
    it or before a lower-case word they qualify ("Mediterranean diet", "the Baltic states"),
    and for their longer names that also name a town ("the Rio Grande"; "Rio Grande" alone
    is the Brazilian city)."""
    if key not in gazetteer().article_features:
        return True
    if mention.end - mention.start > 1 and all(e.type != "city" for e in mention.candidates):
        return True
    ctx = p.ctx
    if mention.start == 0 or ctx.words[mention.start - 1] != "the":
        return False
    after = ctx.words[mention.end] if mention.end < len(ctx.words) else "."
    return not after.islower() or after in _RIVER_FOLLOWERS or after in p.words.locative_ends


def _the_region(p: Page, mention: Mention) -> bool:
    """Whether a people's word that also names a region above countries stands for the
    region: after "the" and before no noun it qualifies, as a feature's name that needs "the"
    does ("a storm formed in the Caribbean.", "the Caribbean and Latin America", "The
    Caribbean is braced"; not "the Caribbean nations", "Caribbean leaders")."""
    first = mention.candidates[0] if mention.candidates else None
    if first is None or first.type != "region" or first.country_code is not None:
        return False
    if mention.how != "name" or mention.end - mention.start != 1:
        return False
    ctx = p.ctx
    if mention.start == 0 or ctx.lowers[mention.start - 1] != "the":
        return False
    after = ctx.words[mention.end] if mention.end < len(ctx.words) else "."
    if after.endswith("ed") and after.islower():
        return True  # "tourism in the Caribbean rebounded": a verb, no noun
    # no capitalized word either, nor a quoted name: "the Pacific Fleet", "the Pacific 'Ring
    # of Fire'", "the Caribbean Premier League"
    return after in _CLAUSE_MARKS or after in _RIVER_FOLLOWERS or after in p.words.locative_ends


_AGREEING_ADVERBS = frozenset({"now", "still", "also", "already", "only"})
"""Adverbs between a team's name and its plural verb ("Leeds still need a point")."""
_CLAUSE_MARKS = frozenset({".", ",", ";", ":", "!", "?", ")", "-", "—", "–"})
"""Marks after a name that end its phrase (no quotation mark: it may open a name)."""


def _opposed(p: Page, start: int) -> bool:
    """Whether the word before token ``start`` may name an opponent or a club ("against",
    "for", "from", "beat"): a qualified name there may still be a team ("a striker from
    Lyon, France")."""
    before = p.ctx.lowers[start - 1] if start > 0 else ""
    words = p.words
    return (
        before in words.opponent_locatives
        or before in words.sport_before
        or before in words.club_locatives
        or before in words.match_before_ends
        or before in words.beating
    )


def _compound(p: Page, mention: Mention) -> bool:
    """Whether the name opens a company's: joined by a hyphen to a capitalized word that is no
    place ("Georgia-Pacific": Pacific is only towns; "Bristol-Myers Squibb") with no noun of
    relations after it ("the Israel-Hamas war", "US-NATO talks" keep their place), or a
    listed brand or thing named after a place ("Victoria's Secret", "Brussels sprouts", "West
    Nile virus")."""
    ctx, end = p.ctx, mention.end
    if mention.start > 1 and ctx.words[mention.start - 1] in _HYPHENS:
        return _name_end(p, mention)
    if end + 1 < len(ctx.words) and ctx.words[end] in _HYPHENS and p.caps[end + 1]:
        word = ctx.words[end + 1]
        after = ctx.lowers[end + 2] if end + 2 < len(ctx.words) else ""
        if word.isupper() or after in p.words.relations:
            return False
        gaz = gazetteer()
        match = longest(ctx, gaz, end + 1, p.caps)  # "Dallas-Fort Worth"
        return match is None or not any(  # a feature is no place's half: "Georgia-Pacific"
            (e.type != "city" and e.key not in gaz.features) or e.population >= BIG_CITY
            for e in match[1]
        )
    return branded(p, mention)


def branded(p: Page, mention: Mention) -> bool:
    """Whether the name opens (or the word before it opens) a listed brand or thing named
    after a place ("Victoria's Secret", "West Nile virus", "a Long Island iced tea")."""
    ctx, firsts, start, text = p.ctx, p.words.brand_firsts, mention.start, p.ctx.text
    # the phrase opens with the name, or with the word before it ("West Nile virus")
    for i in (start - 1, start) if start else (start,):
        for b in firsts.get(ctx.words[i], ()):
            at = ctx.token_chars[i]
            if text.startswith(b, at) and not text[at + len(b) : at + len(b) + 1].isalnum():
                return True  # "Jersey cows", not "Jersey cowboys"
    return False  # most names open no brand's


def _name_end(p: Page, mention: Mention) -> bool:
    """Whether a small town's name ends a hyphenated surname or company name: after a
    capitalized word that is no place and a hyphen ("Ocasio-Cortez", "Zeta-Jones"), with no
    noun of relations after it ("the Hamas-Israel war")."""
    ctx, start, end = p.ctx, mention.start, mention.end
    first = mention.candidates[0] if mention.candidates else None
    if first is None or first.type != "city" or first.population >= BIG_CITY:
        return False
    word = ctx.words[start - 2]
    if not p.caps[start - 2] or word.isupper():
        return False  # "US-Cortez" would be two places; acronyms are no names' halves
    if end < len(ctx.words) and ctx.lowers[end] in p.words.relations:
        return False
    return not gazetteer().lookup(word)


def _company(p: Page, mention: Mention) -> bool:
    """Whether a company's name is the company: before a speech verb or a company noun (after
    a possessive if any: "Emirates said", "Delta shares", "Tata's chairman"), with neither
    "the" ("the Emirates said": the country) nor a locative before it ("in Delta said")."""
    lowers, start, end = p.ctx.lowers, mention.start, mention.end
    if start > 0 and lowers[start - 1] == "the":
        return False  # "the Emirates said": the country
    if end < len(lowers) and (lowers[end] in POSSESSIVES or lowers[end] in _APOSTROPHES):
        end += 1
    noun = end < len(lowers) and lowers[end] in p.words.company_nouns
    return (noun or p.spoken(mention) or _apposed_company(p, end)) and not locative(
        p.words, p.ctx, start
    )


_APPOSITION_REACH = 6
"""Most tokens from a possessive to the company's noun ("the world's largest long-haul
airline")."""


def _apposed_company(p: Page, end: int) -> bool:
    """Whether a comma, a capitalized name (or "the world") and its possessive follow token
    ``end`` and one of ``company_nouns`` comes before the next punctuation ("Emirates, Dubai's
    flagship carrier", "Emirates, the world's largest airline"): an apposition that says
    what the name is, as "Santander, Spain's largest bank" does."""
    lowers = p.ctx.lowers
    if end + 3 >= len(lowers) or lowers[end] != ",":
        return False
    k = end + 2 if lowers[end + 1] == "the" else end + 1
    first = k
    while k < len(lowers) and (p.caps[k] or lowers[k] == "world") and k - first < 3:
        k += 1
    if k == first or k >= len(lowers) or lowers[k] not in POSSESSIVES:
        return False
    for word in lowers[k + 1 : k + 1 + _APPOSITION_REACH]:
        if word in p.words.company_nouns:
            return True
        if not word[:1].isalnum() and word not in _HYPHENS:
            return False  # "the Emirates, Dubai's home, rose": no company noun in it
    return False


def _ampersand(p: Page, mention: Mention) -> bool:
    """Whether the name is half of a firm's or a college's joined by "&" to a capitalized word
    ("Barnes & Noble", "Franklin & Marshall College", "Marks & Spencer"): a town's name always
    is; a larger place's only when the other half is no place ("Oklahoma & Texas" in a headline
    stays two states; "Trinidad & Tobago" is read whole by ``Gazetteer.match``)."""
    ctx, start, end = p.ctx, mention.start, mention.end
    if end + 1 < len(ctx.words) and ctx.words[end] == "&" and p.caps[end + 1]:
        other = end + 1
    elif start > 1 and ctx.words[start - 1] == "&" and p.caps[start - 2]:
        other = start - 2
    else:
        return False
    first = mention.candidates[0] if mention.candidates else None
    if first is not None and first.type == "city" and first.population < BIG_CITY:
        return True
    return not gazetteer().lookup(ctx.words[other])


def _event(p: Page, mention: Mention) -> bool:
    """Whether the sentence of a place named like an event held there ("Wimbledon") holds
    one of ``event_words``: "won his ninth title at Wimbledon" is the championships, "a house
    in Wimbledon" the place."""
    return not p.words.event_words.isdisjoint(
        p.ctx.lowers[slice(*_sentence_tokens(p.ctx, mention.start))]
    )


_WORKS = frozenset(
    {
        "musical",
        "film",
        "movie",
        "documentary",
        "sitcom",
        "miniseries",
        "album",
        "song",
        "novel",
        "opera",
    }
)
"""Nouns of works titled like places ("the musical Hamilton", "the film Casablanca"); not
"play" nor "show", verbs too ("play Leeds", "shows Paris")."""
_BEST_REACH = 6
_AWARD_LINKS = frozenset(
    {"was", "is", "has", "had", "been", "named", "won", "wins", "took", "takes", "voted"}
    | {"crowned", "the", "also", "for"}
)
"""Words between a title and "best" and a work noun: "Hamilton was named the best musical",
"Hamilton won Best Musical"; not "Officials in Chicago said the best film festival"."""


def _titled_work(ctx: Context, mention: Mention) -> bool:
    """Whether a place's name is a work's title: right after a lower-case work noun ("the hit
    musical Hamilton", "the film Casablanca"), before a comma, an article and one ("Hamilton,
    the musical"), or a few words before "best" and one ("Hamilton was named the best
    musical", "Hamilton won Best Musical"). "Chicago's musical theatre" stays a city."""
    texts, lowers, start, end = ctx.words, ctx.lowers, mention.start, mention.end
    if start and texts[start - 1] in _WORKS:
        return True
    if end + 2 < len(texts) and texts[end] == "," and lowers[end + 1] in _ARTICLES:
        after = end + 2 + (end + 3 < len(texts) and texts[end + 3] in _WORKS)
        if texts[after] in _WORKS:
            return True  # "Hamilton, the musical", "Hamilton, the hit musical"
    for k in range(end, min(end + _BEST_REACH, len(texts) - 1)):
        if lowers[k] == "best":
            return lowers[k + 1] in _WORKS
        if lowers[k] not in _AWARD_LINKS:
            return False
    return False


_APOSTROPHES = frozenset({"'", "’"})


_LIST_LINKS = frozenset({",", "and", "or", "&"})


def _owned(p: Page, end: int) -> bool:
    """Whether an owner noun and a capitalized name follow token ``end - 1`` ("Zara owner
    Inditex", "Bugatti parent Volkswagen"); not "a Texas maker of chips"."""
    lowers = p.ctx.lowers
    return end + 1 < len(lowers) and lowers[end] in p.words.owners and p.caps[end + 1]


def _model_named(ctx: Context, models: frozenset[str], end: int) -> bool:
    """Whether a model noun follows the name ending at token ``end``, directly or after the
    rest of a list of capitalized names ("Avalon and Tacoma models")."""
    i, words = end, ctx.words
    while i < len(words) and words[i] in _LIST_LINKS:
        i += 1
        if i >= len(words) or not words[i][:1].isupper():
            return False
        while i < len(words) and words[i][:1].isupper() and words[i] not in models:
            i += 1
    return i < len(words) and (ctx.lowers[i] in models or words[i] in models)


def _river(p: Page, mention: Mention) -> bool:
    """Whether a first-level region of a river country after "the" is its river: "down the
    Delaware.", "the Ohio near Cincinnati"; not "the Delaware legislature" (a state does not
    take "the" but before a word it qualifies)."""
    ctx, start, end = p.ctx, mention.start, mention.end
    if start == 0 or end - start > 1 or ctx.lowers[start - 1] != "the":
        return False  # rivers named like states are one word ("the New York" is no river)
    first = mention.candidates[0] if mention.candidates else None
    if first is None or first.type != "admin1" or first.country_code not in p.words.river_countries:
        return False
    after = ctx.words[end] if end < len(ctx.words) else "."
    return after in _CLAUSE_ENDS or after in p.words.locative_ends


_FEATURE_PAIRS = {
    "salt": frozenset({"flat", "flats", "pan", "pans", "lake", "lakes", "marsh", "marshes"}),
    "mud": frozenset({"flat", "flats"}),
    "tidal": frozenset({"flat", "flats"}),
}
"""Lower-case feature nouns of two words, read as ``water_nouns`` are after a name ("the
Atacama salt flat", "the Danakil salt pan", "the Wadden mud flats"): the feature, no place
of the name's readings, after "the" (a region before them without it holds them: "Utah salt
lakes shrank"); the words are written in lower case (not "Salt Lake City")."""


def _named_feature(p: Page, mention: Mention) -> bool:
    """Whether the name is a natural feature's, by a lower-case feature noun next to it: a
    water's after it ("the Godavari basin", "the Ohio river", "the Atacama salt flat",
    ``_FEATURE_PAIRS``) or a river's before it ("the
    river Jordan"), no place of any reading; a land feature's after it ("the Jordan valley"),
    no country nor a town read by an alternate name, where a region or a town by its own
    name may hold the feature ("the Kashmir valley", "the Colorado mountains")."""
    ctx, words, end = p.ctx, p.words, mention.end
    after = ctx.words[end] if end < len(ctx.words) else ""
    if after in words.water_nouns:
        return True
    if (
        after in _FEATURE_PAIRS
        and end + 1 < len(ctx.words)
        and mention.start > 0
        and ctx.lowers[mention.start - 1] == "the"
        and ctx.words[end + 1] in _FEATURE_PAIRS[after]
    ):
        return True  # "the Atacama salt flat"; "Utah salt lakes shrank" stays the state
    if after in words.land_nouns:
        first = mention.candidates[0] if mention.candidates else None
        return mention.how == "alternate" or first is None or first.type == "country"
    return mention.start > 0 and ctx.words[mention.start - 1] in words.feature_nouns_before


def _after_article(p: Page, mention: Mention, text: str) -> bool:
    """Whether a name after a lower-case "the" and before a clause's end or a locative is no
    place of its readings: a country or region named after its river whose name takes no
    article ("baptised in the Jordan.", "boat trips on the Zambezi."; not "the Niger
    wholesale market"), or a small town whose own
    name does not open with "The" ("boats on the Volga near Samara", "the Plains and the
    Midwest", "the northern Plains."; "the Bronx" is The Bronx)."""
    ctx, start, end = p.ctx, mention.start, mention.end
    if start == 0 or end - start > 1:
        return False
    part = ctx.words[start - 1] != "the"  # "the northern Plains": a part adjective between
    if part and (
        start < 2
        or ctx.words[start - 2] != "the"
        or ctx.words[start - 1] not in p.words.part_adjectives
    ):
        return False  # most names: one look at the word before
    after = ctx.words[end] if end < len(ctx.words) else "."
    if not part and text in p.words.river_named and after in _RIVER_FOLLOWERS:
        return True  # "on the Limpopo and the Volta", "on the Zambezi last year"
    if not (after in _CLAUSE_ENDS or after in p.words.locative_ends or _then_the(ctx, end)):
        return False  # "the Niger wholesale market", "the Cobargo fire": it qualifies a noun
    if not part and text in p.words.river_named:
        return True
    return bool(mention.candidates) and all(
        e.type == "city" and e.population < BIG_CITY and not e.name.startswith("The ")
        for e in mention.candidates
    )


_VESSEL_ACTS = frozenset({"collided", "sank", "capsized", "docked", "berthed", "sailed"})
"""Verbs only a vessel does to itself, which make a town's name after "the" a ship's ("the
Dali sailed from Baltimore")."""
_VESSEL_LOSSES = frozenset({"power", "propulsion", "steering"})
"""What a ship loses ("the Dali lost power")."""
_STRIKING = frozenset({"struck", "hit", "rammed"})
_STRUCK_WORKS = frozenset({"bridge", "pier", "dock", "wharf", "jetty", "ship", "vessel", "tanker"})
"""What a ship strikes, within four words after the verb ("struck the Francis Scott Key
Bridge", "hit a pier")."""


def _the_town_acts(ctx: Context, mention: Mention) -> bool:
    """Whether a one-word name read only as towns, none of whose own names opens with "The",
    stands after "the" (or a sentence's "The") and right before what only a vessel does: a
    verb of ``_VESSEL_ACTS``, "ran aground", "lost" power, propulsion or steering, or a
    striking verb and, within four words, a work a ship strikes (``_STRUCK_WORKS``): a town
    takes no article, so that is a ship named after it: "The Dali struck the Francis Scott
    Key Bridge", "the Dali lost power". "The Lomé imported 70% of its gallium", "The
    Canberra remained its largest market" (a country's place in a spliced sentence), "The
    Dali struck a deal", "The Hague ruled" (The Hague's own name) stay."""
    start, end = mention.start, mention.end
    lowers = ctx.lowers
    if start == 0 or end - start > 1 or end + 1 >= len(lowers) or lowers[start - 1] != "the":
        return False
    after, then = lowers[end], lowers[end + 1]
    if not (
        after in _VESSEL_ACTS
        or (after == "ran" and then == "aground")
        or (after == "lost" and then in _VESSEL_LOSSES)
        or (after in _STRIKING and not _STRUCK_WORKS.isdisjoint(lowers[end + 1 : end + 6]))
    ):
        return False
    return bool(mention.candidates) and all(
        e.type == "city" and not e.name.startswith("The ") for e in mention.candidates
    )


def _then_the(ctx: Context, end: int) -> bool:
    """Whether "and the" or "or the" follows a name: its noun phrase ends there ("the Plains
    and the Midwest"; not "the Avdiivka and Pokrovsk directions")."""
    words = ctx.lowers
    return end + 1 < len(words) and words[end] in ("and", "or") and words[end + 1] == "the"


_FEATURE_RATIO = 10
"""How much larger than every town of a "Lake X" name a city X abroad must be for the name
to be read as its lake: Como has 50 times Lake Como, New Jersey's people, Isa (Japan) barely
more than Mount Isa, Queensland."""


def _feature(ctx: Context, mention: Mention) -> bool:
    """Whether a name opening with a feature word is a feature named after a place abroad
    far larger than every town of the name: "Lake Como", "Lake Geneva" (towns in New Jersey
    and Wisconsin, lakes in Italy and Switzerland); not "Lake Jackson" (Texas, Jackson in the
    same country), "Lake Placid" (no place "Placid"), "Mount Isa" (Isa, Japan, is no larger)."""
    towns = mention.candidates
    if mention.end - mention.start < 2 or not towns or any(e.type != "city" for e in towns):
        return False
    rest = gazetteer().lookup(
        ctx.text[ctx.token_chars[mention.start + 1] : ctx.token_ends[mention.end - 1]]
    )
    top, countries = max(e.population for e in towns), {e.country_code for e in towns}
    floor = _FEATURE_RATIO * top
    return any(
        e.country_code not in countries
        and (e.type in ("country", "admin1") or (e.type == "city" and e.population >= floor))
        for e in rest
    )


def _treaty(p: Page, mention: Mention) -> bool:
    """Whether a city's name opens a treaty's, a lower-case treaty noun after it or after it
    and one lower-case word ("the Paris climate accord", "the Minsk agreements", "the Vienna
    nuclear agreement"), with no locative before it ("In Paris agreement was reached")."""
    ctx, end, treaties = p.ctx, mention.end, p.words.treaties
    lowers, words = ctx.lowers, ctx.words
    if end >= len(words) or not words[end].islower():
        return False  # most names
    one_word_on = end + 1 < len(words) and lowers[end + 1] in treaties and words[end].isalpha()
    if lowers[end] not in treaties and not one_word_on:
        return False
    return _city_named(mention) and not locative(p.words, ctx, mention.start)


def _city_named(mention: Mention) -> bool:
    """Whether a name reads first as a city, or as the region of a large city of that name
    ("Dubai", an emirate first): what a benchmark is named after, where a country ("Oman
    crude", "Iraq crude exports") or a state ("Texas crude output") is where it comes from."""
    first = mention.candidates[0] if mention.candidates else None
    if first is None or first.type == "country":
        return False
    return first.type == "city" or _big_city(mention)


def named_team(p: Page, mention: Mention) -> bool:
    """A name with a capitalized place-type word ("Manchester City", "Derby County", "Kansas
    City") that ``Page.team`` reads as a team, or a city's that is part of a longer name, a
    team's or a firm's ("Kansas City Chiefs", "Kansas City Southern"); a county's goes on into
    the county's own bodies ("Cook County Jail", "Fairfax County Public Schools"), and a
    lower-case cue ("Leye county") is a place; so is a city's standing alone for its team
    (``_team_alone``: "the Kansas City Chiefs ... watched Kansas City improve to 32-4")."""
    if not p.caps[mention.end - 1]:
        return False
    city = mention.cue is not None and mention.cue.type == "city"
    return (city and (p.continued(mention) or _team_alone(p, mention))) or p.team(mention)


def college(p: Page, mention: Mention) -> bool:
    """A US university or its team named after a state or a city with a capitalized "State"
    ("Arizona State", "Boise State", "Penn State", "Florida State"); not a first-level region
    elsewhere ("Lagos State", "Rakhine State"), unless a US state is named alike and the
    region abroad is no state (Florida, a department of Uruguay), nor a US state named
    like a large city, which needs the word ("New York State", "Washington State")."""
    ctx = p.ctx
    if mention.end - mention.start < 2 or ctx.words[mention.end - 1] not in p.words.college_heads:
        return False  # most cues: one look at the cue word as written
    # a region's part too: "Northern Rakhine State" is Myanmar's, "Northern Arizona State" a
    # university
    regions = [e for e in mention.candidates if e.type == "admin1" or _region_part(e)]
    us = any(e.country_code == "US" for e in regions)
    if any(
        e.country_code != "US" and (not us or (e.iso_type or "").lower() == "state")
        for e in regions
    ):
        return False  # "Lagos State", "Tobago State"; beside a US state, Florida, Uruguay, a
        # department, is no "Florida State"
    if not regions:
        return True  # "Penn State", "Boise State": no state of that name
    name = ctx.text[ctx.token_chars[mention.start] : ctx.token_ends[mention.end - 2]]
    return not any(e.type == "city" and e.population >= BIG_CITY for e in gazetteer().lookup(name))


def _region_part(entry: Entry) -> bool:
    """Whether ``entry`` is a part of a first-level region named by a compass word ("West
    Texas", "Northern Rakhine")."""
    return entry.type == "region" and entry.admin1 is not None and entry.region is not None


def _located_word(p: Page, mention: Mention, text: str) -> bool:
    """Whether a common word that names a large city is that city after a locative and before
    punctuation, a function word, a speech verb or an auxiliary ("flights to Nice.", "in Split
    and Dubrovnik", "Police in Reading said", "commuters from Reading were delayed"); not
    before a word it may qualify ("in Nice weather", "in Metro stations"); a brand or a
    company stays one ("shares in Toyota"), and the other guards still judge it."""
    ctx = p.ctx
    return (
        _phrase_ends(p, mention.end)
        and mention.end - mention.start == 1
        and mention.how == "name"  # "Kazakh" is Petropavl only by an alternate name
        and text not in p.words.owned
        and text not in p.words.demonyms
        and text not in _months()
        and _big_city(mention)
        and locative(p.words, ctx, mention.start)
    )


def _phrase_ends(p: Page, end: int) -> bool:
    """Whether a name ending at token ``end`` ends its phrase: punctuation, a function word, a
    speech verb, a locative or an auxiliary follows ("in Split and", "in Nice weather" not)."""
    after = p.ctx.lowers[end] if end < len(p.ctx.words) else ""
    return (
        not after.isalpha()
        or after.title() in FUNCTION_WORDS
        or after in p.words.speech
        or after in p.words.locative_ends
        or after in _AUXILIARIES
    )


def _listed_town(p: Page, mention: Mention, text: str) -> bool:
    """Whether a common word that names a town is listed with "and", "or" or a comma next to
    a one-word town the gazetteer has that is no common word, all of whose readings lie in
    one first-level region, that of one of its own readings, and the list stands after a
    locative or a hazard ("Flooding hit Dubbo and Orange", "in Orange and Dubbo": Orange, New
    South Wales); not "Dubbo and Orange juice", nor a town listed with a person ("Smith and
    Orange"), nor beside a town of two regions ("Bathurst and Orange")."""
    ctx, start, end = p.ctx, mention.start, mention.end
    if end - start != 1 or mention.how != "name":
        return False
    if start >= 2 and ctx.lowers[start - 1] in _LIST_LINKS and p.caps[start - 2]:
        other = start - 2
    elif end + 1 < len(ctx.words) and ctx.lowers[end] in _LIST_LINKS and p.caps[end + 1]:
        other = end + 1
    else:
        return False
    if other == end + 1 and not _phrase_ends(p, other + 1):
        return False
    if other == start - 2 and not _phrase_ends(p, end):
        return False
    word = ctx.words[other]
    if word in p.words.common or word in p.words.given_names:
        return False
    regions = {e.admin1 for e in mention.candidates if e.type == "city" and e.admin1}
    siblings = {(e.type, e.admin1) for e in gazetteer().lookup(word)}
    if len(siblings) != 1 or next(iter(siblings)) not in {("city", r) for r in regions}:
        return False  # "Bathurst and Orange": Bathurst, New Brunswick, too; no region vouches
    return locative(p.words, ctx, start) or _struck(ctx, p.words, mention)


_AUXILIARIES = frozenset(
    ("is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may")
)
"""Verbs that open a predicate after a subject, never a noun a word qualifies: "commuters
from Reading were delayed"."""


_RACE_LINKS = frozenset({"de", "du", "of"})


def _race_named(ctx: Context, start: int) -> bool:
    """Whether "Tour" and "de" (du, of) stand right before token ``start``: a race named after
    the land it tours ("the Tour de France", "Tour de Suisse", "the Tour of Britain")."""
    return start > 1 and ctx.lowers[start - 1] in _RACE_LINKS and ctx.words[start - 2] == "Tour"


_TALLIES = frozenset(
    {"points", "votes", "goals", "runs", "seats", "delegates", "medals", "golds", "wins"}
    | {"titles", "strokes", "laps", "rebounds", "assists", "yards"}
)
"""Plural nouns of a contest's tally: "422 points to Norris's 414" sets two rivals' counts."""
_MOVES = frozenset(
    {"rose", "fell", "gained", "dropped", "climbed", "slipped", "jumped", "added", "shed"}
    | {"sank", "slid", "surged", "rallied", "up", "down", "by"}
)
"""Words before a tally's number that make it a change ("rose 5 points to ..."), no count."""


def _rival(ctx: Context, mention: Mention) -> bool:
    """Whether a name stands between a tally and its own count, as a rival's: "<number>
    <tally> to <name>'s <number>" ("422 points to Norris's 414", "4,500 votes to Jackson's
    3,200"): a contestant, a person or a team, whatever place shares the name; a country is
    left to ``Page.team`` ("40 golds to Japan's 20")."""
    start, end = mention.start, mention.end
    lowers, texts = ctx.lowers, ctx.words
    if start < 3 or end + 1 >= len(texts) or lowers[start - 1] != "to":
        return False  # most names: one look at the word before them
    return (
        lowers[start - 2] in _TALLIES
        and texts[start - 3][:1].isdigit()
        and (start < 4 or lowers[start - 4] not in _MOVES)
        and lowers[end] in POSSESSIVES
        and texts[end + 1][:1].isdigit()
    )


def _dollar_amount(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is an amount's first digits ("586.46", "8" of "$ 8 crore")."""
    return i < len(ctx.words) and _NUMBER.match(ctx.words[i]) is not None


def _big_city(mention: Mention) -> bool:
    return any(e.type == "city" and e.population >= BIG_CITY for e in mention.candidates)


@cache
def _months() -> frozenset[str]:
    calendar = lexicons.calendar()
    return frozenset(w.title() for w in (*calendar.months, *calendar.weekdays))


def with_context(ctx: Context, words: Words, mention: Mention) -> Mention:
    """The mention with ``locative`` set from the words before it, or from a hazard striking
    it: "Flooding hit Venice", "airstrikes pounded Rafah", war taking it: "Kherson was
    liberated", "Avdiivka fell to Russian forces" (``_besieged``), or an incident's there:
    "Uvalde's school shooting" (``_befallen``; not before a possessive, "the
    fire hit Smith's home"; guards read no such locative: "The storm hit Chelsea" in a match
    report stays the club)."""
    found = (
        locative(words, ctx, mention.start)
        or _struck(ctx, words, mention)
        or _besieged(ctx, words, mention.end)
        or _befallen(ctx, words, mention.end)
    )
    return (
        mention
        if found == mention.locative
        else mention.flagged(strong=mention.strong, locative=found)
    )


_NAMED_HAZARDS = frozenset({"hurricane", "typhoon", "cyclone", "storm"})
"""Hazard nouns written before a name ("Hurricane Ian", "Typhoon Gaemi", "Tropical Storm
Alberto", "Storm Babet")."""


def _struck(ctx: Context, words: Words, mention: Mention) -> bool:
    """Whether a hazard noun and its verb stand right before the mention ("Flooding hit
    Venice") or, for a hazard that is no people (``agents``), the list it ends ("Flooding
    hit Dubbo and Bathurst"), which no possessive follows."""
    start, end, lowers = mention.start, mention.end, ctx.lowers
    listed = start > 1 and lowers[start - 1] in _JOINERS
    if listed:
        start = list_start(ctx, words, start)  # "Flooding hit Dubbo and Bathurst"
    if start < 2:
        return False
    if (lowers[start - 2], lowers[start - 1]) not in words.hazards and not (
        start > 2
        and lowers[start - 3] in _NAMED_HAZARDS
        and (lowers[start - 3], lowers[start - 1]) in words.hazards
        and capitalized(ctx.words[start - 2])
    ):
        return False  # "Hurricane Ian hit Naples and Fort Myers": a storm by its name
    if listed and lowers[start - 2] in words.agents:
        return False  # "Gunmen attacked Smith and Jones": people, maybe
    return end >= len(lowers) or lowers[end] not in POSSESSIVES


_SCHOOL_TOWN = 500_000
"""A city this large after "studied at" is the city ("an economist at Chicago")."""


def _schooled(ctx: Context, words: Words, mention: Mention) -> bool:
    """Whether a city under ``_SCHOOL_TOWN`` follows a word of study and "at" (or a degree's
    and "from"),
    maybe listed after another name: "He studied at Columbia and Princeton", "a professor at
    Stanford", "graduated from Cornell"."""
    first = mention.candidates[0] if mention.candidates else None
    if first is None or first.population >= _SCHOOL_TOWN:
        return False
    i = list_start(ctx, words, mention.start)
    lowers = ctx.lowers
    if i < 2 or lowers[i - 2] not in words.academics:
        return False
    # "Students from Boulder" may come from the town; one graduates from a university.
    return lowers[i - 1] == "at" or (lowers[i - 1] == "from" and lowers[i - 2] in _GRADUATES)


_GRADUATES = frozenset({"graduated", "graduate", "graduates", "degree", "degrees", "doctorate"})


_KIN_NOUNS = frozenset(
    {"son", "sons", "daughter", "daughters", "child", "children", "grandchildren", "wife"}
    | {"husband", "brother", "brothers", "sister", "sisters", "grandson", "grandsons"}
    | {"granddaughter", "granddaughters", "twins", "siblings", "stepson", "stepdaughter"}
    | {"nephew", "niece", "widow", "widower", "fiance", "fiancee", "fiancé", "fiancée"}
    | {"mother", "father", "parents", "cousin", "girlfriend", "boyfriend", "partner"}
)
"""Nouns of kin, whose names follow them as an apposition ("a son, Austin")."""
_KIN_REACH = 8
_TOWN_KIN = _KIN_NOUNS - {"partner"}
"""Nouns of kin whose apposition makes any small town's name a person's ("his wife, Meredith,");
a partner may be a firm ("its partner, Fulton")."""
_NAME_PARTICLES = frozenset(
    {"da", "de", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "ter"}
    | {"bin", "ibn"}
)
"""Lower-case particles inside people's names ("Lula da Silva", "Ludwig van Beethoven")."""


def _towns_only(mention: Mention) -> bool:
    """Whether every reading of a mention is a town under ``BIG_CITY`` (no country, region
    or large city a name of a person could also be). A loop, not ``all`` over a generator:
    asked of most names an article has, and a town has one reading or a few."""
    candidates = mention.candidates
    for e in candidates:
        if e.type != "city" or e.population >= BIG_CITY:
            return False
    return bool(candidates)


def _kin_named(ctx: Context, start: int, nouns: frozenset[str] = _KIN_NOUNS) -> bool:
    """Whether the name at token ``start`` is in the apposition of a noun of kin: "two sons,
    Daniel and Peter", "a daughter, Madison, and a son, Austin", "Her children, Jackson and
    Paris, attended" (only commas, "and" and capitalized names between)."""
    for k in range(start - 1, max(-1, start - _KIN_REACH), -1):
        word = ctx.words[k]
        if ctx.lowers[k] in nouns:
            return k < start - 1 and ctx.words[k + 1] == ","
        if word not in (",", "and") and not (word[:1].isupper() and word.isalpha()):
            return False
        if k in ctx.sentence_tokens:
            return False
    return False
