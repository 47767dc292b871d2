"""Sentence segmentation that respects headline and dateline lines.

News text puts a headline, a byline or an "Updated: 2020-05-23" line on lines of their own,
with no final full stop; spaCy's punctuation-only sentencizer glues them to the first sentence.
Here a sentence ends at a blank line, at the end of a line that is not wrapped mid-sentence, and
at ``.``, ``!`` or ``?`` (with closing quotes and brackets) unless the token is a known
abbreviation (``Mr.``, ``U.S.``, ``Ill.``), initials (``J.B.``, ``W.``) or the next word
starts in lower case. Straight quotes open or close by the space around them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from factextract import lexicons
from factextract.tokens import Tokens, tokens_of

_TERMINALS = frozenset({".", "!", "?", "...", "…"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
# The last character of every token that can come right before a sentence start: a closer, a
# terminal, a full stop, or whitespace (every code point ``str.isspace`` accepts lies below
# U+3001). One set lookup per token instead of four tests.
_BEFORE_START = frozenset(
    {*_CLOSERS, ".", "!", "?", "…", *(c for c in map(chr, range(0x3001)) if c.isspace())}
)


_STRAIGHT_QUOTES = frozenset({'"', "'"})
# Initials ("J.", "J.B.", "George W. Bush") are part of a name, not a sentence's end; a
# sentence ending in a lone capital ("Plan B.") is rarer in news than a middle initial.
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


@cache
def _stopped_markers() -> frozenset[str]:
    """Currency markers written with a full stop ("Rp.", "Ksh.", "Tk."): before a number the
    stop is the marker's, not a sentence's end."""
    symbols, _ = lexicons.currency_markers()
    return frozenset(s for s in symbols if s.endswith("."))


def _opens(tokens: Tokens, k: int) -> bool:
    """Whether the straight quote at token ``k`` opens a quotation: glued to the word after
    it, with a space, a line break or the text's start before it."""
    words = tokens.words
    if tokens.spaced[k] or k + 1 >= len(words) or words[k + 1].isspace():
        return False
    return k == 0 or tokens.spaced[k - 1] or words[k - 1].isspace()


def _line_break_ends_sentence(tokens: Tokens, i: int) -> bool:
    """A newline (token ``i``) ends the sentence unless the line before was wrapped
    mid-sentence."""
    words = tokens.words
    if words[i].count("\n") >= 2 or i == 0:
        return True
    if i + 1 >= len(words):
        return True
    previous, following = words[i - 1], words[i + 1]
    line_start = tokens.text.rfind("\n", 0, tokens.starts[i - 1]) + 1
    long_line = tokens.starts[i] - line_start >= 60
    open_end = previous[-1:].islower() or previous[-1:] in ",;:-("
    return not (open_end and (following[:1].islower() or long_line))


def _starts_sentence(tokens: Tokens, i: int) -> bool:
    """Whether token ``i`` begins a new sentence, judged from the tokens before it."""
    words = tokens.words
    token, previous = words[i], words[i - 1]
    if token.isspace():
        return False
    if previous.isspace() and "\n" in previous:
        return _line_break_ends_sentence(tokens, i - 1)
    first = token[:1]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘(["):
        return False  # the cheap test first: most candidates go on in lower case
    if token in _STRAIGHT_QUOTES and not _opens(tokens, i):
        return False  # a closing quote: '"We are done." Then'
    if previous in _STRAIGHT_QUOTES and _opens(tokens, i - 1):
        return False  # the sentence began at the opening quote: '. "We are done," she said.'
    j = i - 1
    while j > 0 and (words[j].isspace() or words[j] in _CLOSERS):
        j -= 1
    ender = words[j]
    split_title = ender == "." and j > 0 and not tokens.spaced[j - 1]
    if split_title and words[j - 1] + "." in lexicons.abbreviation_titles():
        return False  # "Lt. Col. Smith": a title whose stop the tokenizer split off
    known = lexicons.abbreviations()
    # The tokenizer splits some abbreviations' full stops off ("No." → "No" "."). Before a
    # number the pair is the abbreviation ("ranked No. 2", "Sec. 230", "Rs. 500"); before a
    # capital it may end the sentence ("on Fifth Ave. The store"), as it did.
    glued = (
        ender == "."
        and first.isdigit()
        and j > 0
        and not tokens.spaced[j - 1]
        and (words[j - 1] + "." in known or words[j - 1] + "." in _stopped_markers())
    )
    # A currency marker with a stop before its amount ("Rp. 29", "Ksh. 300", "Tk. 500").
    marker = first.isdigit() and ender in _stopped_markers()
    initial = _INITIALS.fullmatch(ender) is not None and not _letter_kind(tokens, j)
    abbreviation = ender in known or glued or marker or initial
    if abbreviation:
        may_end, openers = lexicons.abbreviation_ends()
        abbreviation = not (ender in may_end and (token in openers or _after_clock(tokens, i, j)))
    return not abbreviation and (ender in _TERMINALS or (len(ender) > 1 and ender.endswith(".")))


def _letter_kind(tokens: Tokens, j: int) -> bool:
    """Whether the one capital and stop at token ``j`` name a kind after a noun of
    abbreviations.json letter_nouns ("vitamin D.", "Plan B."), no initial of a name."""
    words = tokens.words
    if len(words[j]) != 2 or j < 2 or not tokens.spaced[j - 1]:
        return False
    return words[j - 1].lower() in lexicons.letter_nouns()


@cache
def _clock_words() -> tuple[frozenset[str], frozenset[str]]:
    """``(a.m./p.m. spellings, the lower-cased words that may follow a clock time in its
    sentence: weekdays, months, zones)``."""
    calendar = lexicons.calendar()
    halves = frozenset(s for s in calendar.time_suffixes if s.lower() in ("a.m.", "p.m."))
    zones = {s.lower() for s in calendar.time_suffixes if s.isalpha()}
    return halves, frozenset({*calendar.weekdays, *calendar.months, *zones})


_AFTER_ZONE = frozenset(
    {"time", "on", "in", "at", "and", "or", "to", "for", "from", "until", "through", "with", "by"}
)
"""Words after a zone named by a capitalized word: "9 a.m. Moscow time", "8 p.m. Eastern on
CBS"."""


def _after_clock(tokens: Tokens, i: int, j: int) -> bool:
    """Whether capitalized token ``i`` opens a sentence after the "a.m." or "p.m." at token
    ``j``: a word other than a weekday, a month or a zone, followed by a lower-case word that
    no zone's name is ("at 5 p.m. Police arrived"; not "5 p.m. Monday", "9 a.m. Moscow time",
    "8 p.m. Eastern on CBS")."""
    halves, followers = _clock_words()
    words = tokens.words
    if words[j] not in halves or words[i].lower().rstrip(".") in followers:
        return False
    k = i + 1
    while k < len(words) and words[k] == " ":
        k += 1
    after = words[k] if k < len(words) else ""
    return after[:1].islower() and after not in _AFTER_ZONE and words[i][1:].islower()


@cache
def _month_stops() -> frozenset[str]:
    """A month's abbreviation with its stop, one token by spaCy's special cases ("Mar.")."""
    months = lexicons.calendar().months
    return frozenset(
        w for w in lexicons.abbreviations() if w[:1].isupper() and w[:-1].lower() in months
    )


_NAME_PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "el", "da", "do", "dos", "das", "di", "du", "des", "le"}
)
"""Lower-case words inside a place's name before its last word ("Vina del Mar")."""


def _name_before(tokens: Tokens, i: int) -> bool:
    """Whether the word before token ``i`` is a name's: a particle ("del") or a capitalized
    word that opens no date ("Del Mar"; not "In Mar.", "Jan. Feb.")."""
    if i == 0 or not tokens.spaced[i - 1]:
        return False
    word = tokens.words[i - 1]
    if word in _NAME_PARTICLES:
        return True
    lower = word.lower()
    calendar = lexicons.calendar()
    return (
        word[:1].isupper()
        and word.isalpha()
        and lower not in calendar.months
        and lower not in calendar.openers
    )


def _split_name_stops(doc: Doc, tokens: Tokens) -> bool:
    """Split the stop off a month's abbreviation that is the last word of a name at a
    sentence's end ("the city of Vina del Mar. Rescue teams arrived", "at Del Mar."): after
    a particle or a capitalized word that opens no date, and before a capitalized word, a
    line's end or the text's end. No month's abbreviation ends a name ("on Mar. 5", "in Mar.
    2024", "Sales rose in Sept. Wages fell" stay as they were). Whether any was split."""
    words, text, starts = tokens.words, tokens.text, tokens.starts
    found = []
    for stop in _month_stops().intersection(words):  # most texts: none, by one set test in C
        at = text.find(stop)
        while at >= 0:
            i = bisect_left(starts, at)
            at = text.find(stop, at + 1)
            if i >= len(words) or words[i] != stop or not _name_before(tokens, i):
                continue
            after = words[i + 1] if i + 1 < len(words) else "\n"
            if (tokens.spaced[i] and after[:1].isupper()) or (after.isspace() and "\n" in after):
                found.append(i)
    return _split_stops(doc, found)


def _split_stops(doc: Doc, found: list[int]) -> bool:
    """Split the final stop off each token at the indices ``found`` ("C." -> "C", ".");
    whether any was split."""
    if found:
        with doc.retokenize() as retokenizer:
            for i in sorted(found):
                token = doc[i]
                retokenizer.split(token, [token.text[:-1], "."], heads=[token, token])
    return bool(found)


_CAPITAL_STOPS = frozenset(f"{c}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@cache
def _unit_letter_stops() -> frozenset[str]:
    """A one-capital unit symbol with a stop ("C.", "F.", "W.", "L.")."""
    return frozenset(f"{s}." for s in lexicons.unit_index()[0] if len(s) == 1 and s.isupper())


def _index(words: tuple[str, ...], word: str, start: int) -> int:
    """The index of ``word`` in ``words`` from ``start`` on (a C scan), or -1."""
    try:
        return words.index(word, start)
    except ValueError:
        return -1


def _split_letter_stops(doc: Doc, tokens: Tokens) -> bool:
    """Split the stop off a capital at a sentence's end that is no initial: a one-capital
    unit symbol after a spaced number ("Temperatures fell to 12 C.", "draws 60 W.") or a
    letter that names a kind after a noun of abbreviations.json letter_nouns ("500 mg of
    vitamin C."). spaCy's special cases keep "C." one token, an initial's, so the unit or
    the kind's letter was lost with the stop. Only before a capitalized word, a line's end,
    the text's end or a closing quote or bracket; "John C. Smith", "12 C. on" stay as they
    were. Whether any was split."""
    words, spaced = tokens.words, tokens.spaced
    units = _unit_letter_stops()
    found = []
    for stop in _CAPITAL_STOPS.intersection(words):  # most texts: none, by one set test in C
        i = 0
        while (i := _index(words, stop, i + 1)) > 0:
            if not spaced[i - 1]:
                continue
            if not ((stop in units and words[i - 1][-1:].isdigit()) or _letter_kind(tokens, i)):
                continue
            after = words[i + 1] if i + 1 < len(words) else "\n"
            if (
                (spaced[i] and after[:1].isupper())
                or (after.isspace() and "\n" in after)
                or (after in _CLOSERS and not spaced[i])  # '"It hit 40 C." he said'
            ):
                found.append(i)
    return _split_stops(doc, found)


class SentenceSegmenter:
    """Sets ``Token.is_sent_start`` for every token, headline and dateline lines included."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        tokens = tokens_of(doc)
        if _split_name_stops(doc, tokens):
            tokens = tokens_of(doc, tokens.text)
        if _split_letter_stops(doc, tokens):
            tokens = tokens_of(doc, tokens.text)
        flags = numpy.full((len(doc), 1), -1, dtype="int64")
        flags[0] = 1
        words = tokens.words
        for i, before in enumerate(words[:-1], 1):
            # Only a token after a line break, a closer or a full stop can open a sentence;
            # skipping the others without a call is most of this component's speed.
            if before[-1] not in _BEFORE_START:
                continue
            if (
                before.isspace() or before in _CLOSERS or before in _TERMINALS or before[-1:] == "."
            ) and _starts_sentence(tokens, i):
                flags[i] = 1
        # One array write: the Token.is_sent_start setter rescans the Doc on every call.
        doc.from_array([SENT_START], flags.astype("uint64"))  # type: ignore[arg-type]
        return doc
