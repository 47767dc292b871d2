"""Tokenizer rules so that numeric text tokenizes predictably.

``$517.37`` → ``$ 517.37``; ``US$5`` → ``US$ 5``; ``HK$1.2bn`` → ``HK$ 1.2 bn``; ``3.68bn`` →
``3.68 bn``; ``10.5%`` → ``10.5 %``; ``2016-19`` → ``2016 - 19``; ``12.8–13.0`` → ``12.8 – 13.0``;
``€2m`` → ``€ 2 m``; ``1.5km`` → ``1.5 km``; ``300-km`` → ``300 - km``; ``Ksh2.3`` → ``Ksh 2.3``.
Number spans found on characters then line up with token boundaries. The rules are plain
regexes on the Language's tokenizer, so they survive ``nlp.to_disk``/``spacy.load``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from factextract import lexicons
from factextract.numbers.words import lexicon_set, number_context
from factextract.patterns import alternation


def _prefixes() -> list[str]:
    symbols, _ = lexicons.currency_markers()
    markers = alternation(set(symbols))
    return [
        rf"[-−~](?=(?:{markers})[0-9])",  # the sign of -$100, the ~ of ~$1.1bn
        # symbols glued to digits: Ksh2.3, Rs.500, HK$1.2bn, Q5 (quetzales); not a quarter's
        # code, "Q3 net income", which stays one token
        rf"(?:{alternation(set(symbols) - {'Q'})})(?=[0-9])",
        r"Q(?=[0-9])(?![1-4](?![0-9.,]))",
    ]


def _suffixes() -> list[str]:
    nw = lexicons.number_words()
    unit_symbols, _ = lexicons.unit_index()
    glued = {
        *nw.scale_abbreviations,
        *nw.ambiguous_scale_abbreviations,
        *(s for s in unit_symbols if " " not in s and s != "st"),
        *(c for c in lexicons.iso4217() if c not in ("ALL", "TOP", "CUP", "SOS", "MOP", "BOB")),
        "BTC",
        "元",
        "zł",
        "Kč",
        "p",
        "pc",
        "pct",
        "bp",
        "bps",
        "pp",
        "ppt",
    }
    # A unit or scale glued to digits: 3.68bn, 28p, 1.5km, 30MW. Longest first. A stop after
    # a capital stays on it ("U.S."), but not after a capital glued to digits ("$40K.").
    return [
        rf"(?<=[0-9])(?:{alternation(glued)})(?![A-Za-z])",
        r"(?:(?<=[02-9])|(?<=11))st(?![A-Za-z])",  # stones, "15st", "11st"; not "1st", "21st"
        r"(?<=[½¼¾⅓⅔⅛])%",  # "fell 1½%": spaCy splits a per cent sign only after a digit
        r"(?<=[0-9][A-Z])\.",
        r"(?<=[0-9]\u00a2)\.",  # "costs 99¢.": the sentence's stop, not the sign's
        r"(?<=[0-9a-z]/[A-Z])\.",  # "5 mg/L.": a stop after a unit's capital denominator
        *_mixed_case_unit_stops(unit_symbols),
        r"(?:(?<=illion)|(?<=thousand))\+",  # "$1 million+"
        r"(?:(?<=[0-9]bn)|(?<=[0-9][mt]n)|(?<=[0-9][kmKMB]))\+",  # "$1bn+", "£500k+"
    ]


def _mixed_case_unit_stops(unit_symbols: Iterable[str]) -> list[str]:
    """A sentence's full stop after a unit that ends in a capital after a small letter ("40
    kW.", "5 mL.", "90 dB."): spaCy's own rules split a stop after a small letter or after
    two capitals, but not after these, so the unit stayed glued to the stop."""
    mixed = sorted(
        s
        for s in unit_symbols
        if len(s) >= 2 and s.isalpha() and s[-1].isupper() and s[-2].islower()
    )
    return [rf"(?<={re.escape(s)})\." for s in mixed]


def _unit_range_dash() -> str:
    """The dash of a range whose ends both carry a glued unit: "10C-15C", "5kg-10kg" (spaCy
    splits no dash after a letter before a digit). A unit glued to digits must stand before
    it, so "COVID-19", "F-35" and "C-130" stay whole; the dash is matched first, for speed.
    One lookbehind for the units of each length (a lookbehind's branches must be as long):
    one a unit cost 13 ms of compiling at each build, a fifth of the tokenizer's regexes."""
    unit_symbols, _ = lexicons.unit_index()
    glued = sorted(s for s in unit_symbols if " " not in s and "/" not in s and "." not in s)
    by_length: dict[int, list[str]] = {}
    for symbol in glued:
        by_length.setdefault(len(symbol), []).append(re.escape(symbol))
    behind = "|".join(
        rf"(?<=[0-9](?:{'|'.join(same)})[-–—])" for _, same in sorted(by_length.items())
    )
    return rf"[-–—](?:{behind})(?=[0-9])"


def _unit_before_range_dash() -> str:
    """The first unit of such a range, which the suffix rules never see: "10C" of "10C-15C"."""
    unit_symbols, _ = lexicons.unit_index()
    glued = [s for s in unit_symbols if " " not in s and "/" not in s and "." not in s]
    return rf"(?<=[0-9])(?:{alternation(glued)})(?=[-–—][0-9])"


def _unit_before_dimension() -> str:
    """A unit glued to digits before a hyphen and the adjective of a dimension ("3km-long",
    "2m-high", "6ft-tall"; number_context.json dimension_adjectives), which spaCy leaves on
    the digits once the hyphen between letters is split off."""
    unit_symbols, _ = lexicons.unit_index()
    glued = [s for s in unit_symbols if " " not in s and "/" not in s and "." not in s]
    adjectives = alternation(number_context().dimension_adjectives)
    return rf"(?<=[0-9])(?:{alternation(glued)})(?=[-–—](?:{adjectives})\b)"


def _scale_word_dash() -> str:
    """The hyphen between a scale word (numbers.json scale_words) and its reading: "a
    magnitude-6.4 earthquake" (spaCy splits no dash after a letter before a digit, so the
    reading stayed inside one token; "COVID-19", "F-35" stay whole)."""
    words = lexicon_set("scale_words")
    behind = "|".join(rf"(?<={w})|(?<={w.capitalize()})" for w in sorted(words))
    return rf"(?:{behind})[-–—](?=[0-9])"


def _infixes() -> list[str]:
    symbols, _ = lexicons.currency_markers()
    letters = alternation({m for m in symbols if m[:1].isalpha()} - {"Q"})  # "Q3": a quarter
    return [
        _scale_word_dash(),
        _unit_before_range_dash(),
        _unit_before_dimension(),
        _unit_range_dash(),
        r"(?<=[0-9])[-–—](?=[0-9])",  # 2016-19, 12.8–13.0, 5,000-7,000
        r"(?<=[0-9])[-–—](?=[A-Za-z])",  # 300-km, 45-year-old
        r"(?<=[0-9A-Za-z])[-–—](?=[$€£¥₹₦₩₱₺₽₴₫฿]|[A-Z]{1,3}\$)",  # €5m-€7m, $5–$7: the dash
        r"(?<=[-–—])[$€£¥₹₦₩₱₺₽₴₫฿]",  # ... the second symbol
        rf"(?<=[0-9][-–—])(?:{letters})(?=[0-9])",  # ... or marker: "R18.1-R18.4", "Rs40-Rs60"
        r"(?<=[0-9])(?:m|bn|k|mn|tn|p)(?=[-–—][$€£¥₹₦₩₱₺₽₴₫฿])",  # ... the first scale, or pence
        r"(?<=[0-9])(?:m|bn|k|mn|tn|p)(?=-(?:a|an|per)-)",  # "£5m-a-year", "20p-a-litre"
        r"(?<=[0-9])(?:m|bn|k|mn|tn)(?=—)",  # "£500m—about $610m—": the scale before a dash
        r"(?<=[0-9])(?:m|k)(?=-(?:plus|odd)\b)",  # "£50m-plus", "€100m-odd" (as "1bn-plus")
        r"(?<=[0-9])%(?=[-–—][0-9])",  # 5%-7%: the first per cent sign
        r"(?<=%)[-–—](?=[0-9])",  # 5%-7%: the dash
    ]


def _unit_stops() -> frozenset[str]:
    """Special cases that would glue a sentence's full stop to a unit or scale letter: "28p."
    is 28 pence and a full stop, not the abbreviation "p." (page); likewise "€2m.", "$69k.", "5 t.",
    and "120 km/h." or "3 m/s.", whose last letter the "/" infix leaves alone. Lower-case
    letters only: "J." stays an initial, and "v." ("Roe v. Wade") is no unit."""
    unit_symbols, _ = lexicons.unit_index()
    letters = {
        *(s for s in unit_symbols if len(s) == 1),
        *(s.rsplit("/", 1)[1] for s in unit_symbols if "/" in s),
        *lexicons.number_words().ambiguous_scale_abbreviations,
        *lexicons.number_words().scale_abbreviations,  # "$69k." is 69 thousand and a stop
        "p",
    }
    return frozenset(f"{c}." for c in letters if len(c) == 1 and c.islower())


def customize_tokenizer(nlp: Language) -> None:
    """Give ``nlp`` a tokenizer with factextract's numeric rules added to its own."""
    old: Tokenizer = nlp.tokenizer
    nlp.tokenizer = _numeric_tokenizer(
        nlp, old.rules or {}, old.token_match, old.url_match, old.faster_heuristics
    )


NUMERIC_TOKENIZER = "factextract.NumericTokenizer.v1"
"""The registered tokenizer that ``pipeline.build_nlp`` names in its blank pipeline's config."""


def create_numeric_tokenizer(lexical: list[int] | None = None) -> Callable[[Language], Tokenizer]:
    """spaCy's own tokenizer of the language with factextract's numeric rules, built in one
    go: ``customize_tokenizer`` on a blank pipeline built spaCy's first (its special cases and
    three regexes, ~0.1 s of the cold start) only to replace it. With ``lexical`` (attribute
    ids), the vocab computes only those for a new word from then on (``pipeline._lean``),
    before the special cases make their ~750 words: each cost some 23 getter calls,
    0.7 % of a cold start's instructions in all."""

    def numeric_tokenizer(nlp: Language) -> Tokenizer:
        if lexical is not None:
            getters = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]  # not in the stub
            for attr in [a for a in getters if a not in lexical]:
                del getters[attr]
        defaults = nlp.Defaults  # what spaCy's own factory builds its tokenizer from
        rules = defaults.tokenizer_exceptions or {}
        return _numeric_tokenizer(nlp, rules, defaults.token_match, defaults.url_match, True)

    return numeric_tokenizer


registry.tokenizers.register(NUMERIC_TOKENIZER, func=create_numeric_tokenizer)


def _numeric_tokenizer(
    nlp: Language,
    rules: dict[str, Any],
    token_match: Callable[[str], Any] | None,
    url_match: Callable[[str], Any] | None,
    faster_heuristics: bool,
) -> Tokenizer:
    """A tokenizer of these special cases and matchers with factextract's numeric prefixes,
    suffixes and infixes before the language's own."""
    defaults = nlp.Defaults
    # One new Tokenizer, not four setters: each setter re-validates every special case (6,700
    # of them, ~0.1 s a time), which was a quarter of the cold start.
    stops = _unit_stops()  # once: built from the lexicons, it cost a call per special case
    return Tokenizer(
        nlp.vocab,
        rules={k: v for k, v in rules.items() if k not in stops},
        prefix_search=RecentSearch(
            compile_prefix_regex([*_prefixes(), *(defaults.prefixes or [])])
        ).search,
        suffix_search=RecentSearch(
            compile_suffix_regex([*_suffixes(), *(defaults.suffixes or [])])
        ).search,
        infix_finditer=RecentSearch(
            compile_infix_regex([*_infixes(), *(defaults.infixes or [])])
        ).finditer,
        token_match=token_match,
        url_match=url_match,
        faster_heuristics=faster_heuristics,
    )


class RecentSearch:
    """A compiled regex's ``search`` and ``finditer`` that remember the strings lately seen
    to hold no match.

    The suffix and infix regexes (a hundred alternatives, tried at every position of the
    string) are two fifths of the tokenizer's time, and spaCy's own cache holds whole chunks
    only: the pieces left by splitting ("kilometers" of "(kilometers)", "year" of
    "45-year-old") come back to them about three times each on news, most with no match; the
    prefix regex, anchored at the start, is cheaper a call but as often asked in vain. All
    three are pure functions of the string, so a string found to hold none holds none again.
    Strings with no match are kept as strings only; the matches of strings that have some
    are kept too, fewer (``MATCHES_KEPT``): spaCy's own cache takes no chunk after a Doc's
    first special case (its flag is the Doc's) and none once it holds ``max_cache_size``
    (10,000), so on news "died," "p.m.," "city's" and "1.2%" are split again at each use, each
    a suffix search of some 6 µs that finds the same match (a match is immutable: it is
    returned again as it is). The bound methods keep the
    ``__self__.pattern`` that ``nlp.to_disk`` writes; a pickled copy starts with none kept."""

    __slots__ = (
        "_found",
        "_found_all",
        "_letters_only_fail",
        "_none",
        "_read",
        "_search",
        "_vain_words",
        "limit",
        "pattern",
        "regex",
    )

    WORDS_BEFORE_READING = 1024
    """Words of letters alone searched in vain before the pattern is read for the
    ``str.isalpha`` shortcut (``read_pattern``). Reading it parses the pattern again (of the
    three, ~0.03 s CPU, a tenth of building the Extractor), as much as some thousands of the
    searches it saves, and a first article asks some 200 words of each: so it is read once
    the searches it would have saved are about worth it, not at every cold start."""

    MATCHES_KEPT = 4096
    """Strings whose matches are kept at most (for each method); all are dropped when it is
    reached. Matches, unlike strings, are objects the garbage collector scans."""

    def __init__(self, regex: re.Pattern[str], limit: int = 16384) -> None:
        self.regex = regex
        self.limit = limit
        """Strings kept at most; all are dropped when it is reached."""
        self.pattern = regex.pattern
        self._search = regex.search
        self._none: set[str] = set()
        self._found: dict[str, re.Match[str]] = {}
        self._found_all: dict[str, tuple[re.Match[str], ...]] = {}
        self._letters_only_fail = False
        """Whether no string of letters alone can hold a match (``needs_a_non_letter``): a
        word ("died" of "died,") is then answered by ``str.isalpha``, not by the regex. False
        until ``read_pattern``: the regex answers the same, a little slower."""
        self._read = False
        self._vain_words = 0

    def search(self, string: str) -> re.Match[str] | None:
        if string in self._none:
            return None
        match = self._found.get(string)
        if match is not None:
            return match
        if self._letters_only_fail and string.isalpha():
            return None
        match = self._search(string)
        if match is None:
            self._keep(string)
        else:
            if len(self._found) >= self.MATCHES_KEPT:
                self._found.clear()
            self._found[string] = match
        return match

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        if string in self._none:
            return iter(())
        matches = self._found_all.get(string)
        if matches is not None:
            return iter(matches)
        if self._letters_only_fail and string.isalpha():
            return iter(())
        matches = tuple(self.regex.finditer(string))
        if not matches:
            self._keep(string)
        else:
            if len(self._found_all) >= self.MATCHES_KEPT:
                self._found_all.clear()
            self._found_all[string] = matches
        return iter(matches)

    def read_pattern(self) -> None:
        """Read the pattern for the ``str.isalpha`` shortcut now (once; ``Extractor.warm``
        does before a fork, and the searches themselves after ``WORDS_BEFORE_READING``)."""
        if not self._read:
            self._letters_only_fail = needs_a_non_letter(self.regex)
            self._read = True

    def _keep(self, string: str) -> None:
        if len(self._none) >= self.limit:
            self._none.clear()
        self._none.add(string)
        if not self._read and string.isalpha():
            self._vain_words += 1
            if self._vain_words >= self.WORDS_BEFORE_READING:
                self.read_pattern()

    def __reduce__(self) -> tuple[type[RecentSearch], tuple[re.Pattern[str], int]]:
        return (RecentSearch, (self.regex, self.limit))


def read_patterns(tokenizer: Tokenizer) -> None:
    """``RecentSearch.read_pattern`` for each of the tokenizer's affix searches that is one."""
    for found in (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer):
        searcher = getattr(found, "__self__", None)
        if isinstance(searcher, RecentSearch):
            searcher.read_pattern()


def needs_a_non_letter(regex: re.Pattern[str]) -> bool:
    """Whether every match of ``regex`` needs a character that is no letter (no
    ``str.isalpha``) in the string searched: in the match itself or in a lookahead or
    lookbehind that must hold. Read from the parsed pattern, conservatively: an element this
    does not know (``.``, a negated class, a back reference) may be a letter, and so may any
    optional one. True of the tokenizer's prefix, suffix and infix regexes (a test holds it):
    a word of letters alone (a quarter to two fifths of the strings they are asked about on
    news that the caches do not answer) holds none of their matches. False when the pattern
    cannot be read (``re._parser`` is private)."""
    if regex.flags & re.IGNORECASE:
        return False  # a letter's case folding is not read here
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        return _needs_a_non_letter(_parser.parse(regex.pattern, regex.flags), _constants)
    except Exception:  # another Python's parser: no shortcut, the same matches
        return False


def _needs_a_non_letter(sequence: Any, c: Any) -> bool:
    """``needs_a_non_letter`` of a parsed sequence of elements (``c``: ``re._constants``)."""
    for op, av in sequence:
        if op in (c.LITERAL, c.IN) and _no_letter(op, av, c):
            return True
        if op == c.SUBPATTERN and _needs_a_non_letter(av[-1], c):
            return True
        if op == c.BRANCH and all(_needs_a_non_letter(b, c) for b in av[1]):
            return True
        repeated = op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
        if repeated and av[0] >= 1 and _needs_a_non_letter(av[2], c):
            return True
        if op == c.ASSERT and _needs_a_non_letter(av[1], c):  # (?=...), (?<=...): must hold
            return True
        if op == c.ATOMIC_GROUP and _needs_a_non_letter(av, c):
            return True
    return False


def _no_letter(op: Any, av: Any, c: Any) -> bool:
    """Whether a one-character element (a literal or a class) matches no letter."""
    if op == c.LITERAL:
        return not chr(av).isalpha()
    if av and av[0][0] == c.NEGATE:
        return False
    for kind, value in av:
        if kind == c.LITERAL:
            if chr(value).isalpha():
                return False
        elif kind == c.RANGE:
            low, high = value
            if any(chr(code).isalpha() for code in range(low, high + 1)):
                return False
        elif kind != c.CATEGORY or value not in (
            c.CATEGORY_DIGIT,
            c.CATEGORY_SPACE,
            c.CATEGORY_UNI_DIGIT,
            c.CATEGORY_UNI_SPACE,
        ):
            return False
    return True
