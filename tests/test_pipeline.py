"""The spaCy pipeline: tokenizer rules, sentences, factories, serialization, multiprocessing."""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import re
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from factextract import Extractor
from factextract.pipeline import COMPONENTS

SEED = (Path(__file__).resolve().parent.parent / "corpus" / "000_b0ff998e67b21a4d.md").read_text(
    encoding="utf-8"
)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        pytest.param("$517.37", ["$", "517.37"], id="dollar"),
        pytest.param("costs 99\u00a2.", ["costs", "99\u00a2", "."], id="cent-sign-then-stop"),
        pytest.param("US$5", ["US$", "5"], id="us-dollar"),
        pytest.param("HK$1.2bn", ["HK$", "1.2", "bn"], id="hk-dollar-bn"),
        pytest.param("3.68bn", ["3.68", "bn"], id="bn"),
        pytest.param("10.5%", ["10.5", "%"], id="percent"),
        pytest.param("2016-19", ["2016", "-", "19"], id="year-range"),
        pytest.param("1,166", ["1,166"], id="thousands"),
        pytest.param("€2m", ["€", "2", "m"], id="euro-m"),
        pytest.param("1.5km", ["1.5", "km"], id="km"),
        pytest.param("300-km", ["300", "-", "km"], id="hyphen-unit"),
        pytest.param("12.8–13.0", ["12.8", "–", "13.0"], id="en-dash-range"),
        pytest.param("Ksh2.3", ["Ksh", "2.3"], id="shilling-glued"),
        pytest.param("28p", ["28", "p"], id="pence"),
        pytest.param("30MW", ["30", "MW"], id="megawatt"),
        pytest.param("sold for $69k.", ["sold", "for", "$", "69", "k", "."], id="k-then-stop"),
        pytest.param("paid $40K.", ["paid", "$", "40", "K", "."], id="capital-k-then-stop"),
        pytest.param("makes 40 kW.", ["makes", "40", "kW", "."], id="mixed-case-unit-then-stop"),
        pytest.param("take 5 mL.", ["take", "5", "mL", "."], id="millilitres-then-stop"),
        pytest.param("hit 90dB.", ["hit", "90", "dB", "."], id="glued-decibels-then-stop"),
        pytest.param("£5m-a-year", ["£", "5", "m", "-", "a", "-", "year"], id="scale-a-year"),
        pytest.param("20p-a-litre", ["20", "p", "-", "a", "-", "litre"], id="pence-a-litre"),
        pytest.param("$1bn+", ["$", "1", "bn", "+"], id="plus-after-bn"),
        pytest.param("$1 million+", ["$", "1", "million", "+"], id="plus-after-million"),
        pytest.param("B+", ["B+"], id="grade-stays-whole"),
        pytest.param("the U.S.", ["the", "U.S."], id="capital-stop-stays"),
        pytest.param("Plan B.", ["Plan", "B."], id="initial-stays"),
        pytest.param("COVID-19", ["COVID-19"], id="covid-stays-whole"),
        pytest.param("10C-15C", ["10", "C", "-", "15", "C"], id="glued-unit-range"),
        pytest.param("5kg-10kg", ["5", "kg", "-", "10", "kg"], id="glued-kg-range"),
        pytest.param("C-130", ["C-130"], id="unit-letter-name-stays-whole"),
        pytest.param("10°C–15°C", ["10", "°C", "–", "15", "°C"], id="glued-degrees-range"),
        pytest.param("2GWh—3GWh", ["2", "GWh", "—", "3", "GWh"], id="glued-three-letter-range"),
        pytest.param("F-35", ["F-35"], id="one-letter-unit-name-stays-whole"),
        pytest.param("MiG-29", ["MiG-29"], id="letters-before-dash-stay-whole"),
        pytest.param("3km-long", ["3", "km", "-", "long"], id="glued-unit-before-dimension"),
        pytest.param("a 5m-strong force", ["a", "5m", "-", "strong", "force"], id="no-dimension"),
        pytest.param("5G-enabled", ["5G", "-", "enabled"], id="network-stays-whole"),
        pytest.param("is 5 mg/L.", ["is", "5", "mg", "/", "L", "."], id="per-litre-then-stop"),
        pytest.param("A/C.", ["A", "/", "C."], id="capital-slash-capital-stop-stays"),
        pytest.param("18th", ["18th"], id="ordinal-stays-whole"),
        pytest.param("magnitude-6.4", ["magnitude", "-", "6.4"], id="scale-word-dash"),
        pytest.param("Magnitude-7", ["Magnitude", "-", "7"], id="scale-word-capital-dash"),
        pytest.param("Omicron-5", ["Omicron-5"], id="other-word-dash-stays-whole"),
    ],
)
def test_pipeline_tokenizes_numbers(nlp: Language, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_pipeline_unit_range_dash_is_one_lookbehind_per_unit() -> None:
    """``_unit_range_dash`` groups the units by length, one lookbehind each: it finds what
    one lookbehind per unit finds."""
    from factextract import lexicons
    from factextract.tokenizer import _unit_range_dash

    symbols, _ = lexicons.unit_index()
    glued = sorted(s for s in symbols if " " not in s and "/" not in s and "." not in s)
    each = "|".join(rf"(?<=[0-9]{re.escape(s)}[-–—])" for s in glued)
    one_each, grouped = re.compile(rf"[-–—](?:{each})(?=[0-9])"), re.compile(_unit_range_dash())
    texts = [f"{a}{u}{d}{b}" for u in glued for d in "-–—" for a, b in (("10", "15"), ("x", "5"))]
    texts += ["COVID-19", "F-35", "C-130", "5-6", "10kg-x", "10°C–15°C, 3km-5km and 5m-7m"]
    for text in texts:
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in one_each.finditer(text)
        ], text


_PIECES = [
    "3",
    "$5",
    '"Kilometers',
    "(3-kilometer)",
    "3-kilometer",
    "kilometers",
    "(kilometers)",
    "5",
    "mL.",
    "3.68bn",
    "",
    "-",
    "5%-7%",
]


def test_pipeline_recent_search_gives_the_regex_matches(nlp: Language) -> None:
    """The tokenizer's prefix, suffix and infix searches remember strings with no match: the same
    matches as the regex's, the first time and again, and after the kept strings were dropped
    at the limit."""
    import pickle

    from factextract.tokenizer import RecentSearch

    prefix = nlp.tokenizer.prefix_search.__self__
    suffix = nlp.tokenizer.suffix_search.__self__
    infix = nlp.tokenizer.infix_finditer.__self__
    assert isinstance(suffix, RecentSearch) and isinstance(infix, RecentSearch)
    assert isinstance(prefix, RecentSearch)

    def spans(found: object) -> object:
        return None if found is None else found.span()  # type: ignore[attr-defined]

    fresh = RecentSearch(suffix.regex, limit=3)
    for _ in range(2):
        for piece in _PIECES:
            assert spans(fresh.search(piece)) == spans(suffix.regex.search(piece))
            assert spans(suffix.search(piece)) == spans(suffix.regex.search(piece))
            assert spans(prefix.search(piece)) == spans(prefix.regex.search(piece))
            expected = [m.span() for m in infix.regex.finditer(piece)]
            assert [m.span() for m in infix.finditer(piece)] == expected
    assert len(fresh._none) <= 3
    copy = pickle.loads(pickle.dumps(suffix))
    assert copy.pattern == suffix.pattern and not copy._none
    assert not copy._found and not copy._found_all


def test_pipeline_recent_search_keeps_matches_up_to_a_limit(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The matches of strings that have some are remembered too (spaCy's chunk cache takes
    none after a Doc's first special case): the same match again, the regex's, and at most
    ``MATCHES_KEPT`` strings' kept."""
    from factextract.tokenizer import RecentSearch

    monkeypatch.setattr(RecentSearch, "MATCHES_KEPT", 2)
    suffix_regex = nlp.tokenizer.suffix_search.__self__.regex
    infix_regex = nlp.tokenizer.infix_finditer.__self__.regex
    suffix, infix = RecentSearch(suffix_regex), RecentSearch(infix_regex)
    suffix.read_pattern()
    pieces = ("died,", "p.m.,", "city's", "1.2%", "(kilometers)", "45-year-old", "year")
    for _ in range(3):
        for piece in pieces:
            found, expected = suffix.search(piece), suffix_regex.search(piece)
            assert (found and found.span()) == (expected and expected.span())
            spans = [m.span() for m in infix.finditer(piece)]
            assert spans == [m.span() for m in infix_regex.finditer(piece)]
        assert len(suffix._found) <= 2 and len(infix._found_all) <= 2
    assert suffix.search("year") is None and "year" not in suffix._none  # letters: isalpha
    assert suffix.search("1,000") is None and "1,000" in suffix._none  # none: kept
    first = suffix.search("died,")
    assert first is not None and suffix.search("died,") is first  # kept: the same match


def test_pipeline_recent_search_reads_its_pattern_after_words_searched_in_vain(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new search does not parse its pattern (a cold start's first article would pay for
    it): words of letters go to the regex, with the same answers, until
    ``WORDS_BEFORE_READING`` of them were searched in vain; numbers do not count. Read
    once, a word is answered by ``str.isalpha``; ``Extractor.warm`` reads all three."""
    from factextract.tokenizer import RecentSearch

    monkeypatch.setattr(RecentSearch, "WORDS_BEFORE_READING", 3)
    suffix_regex = nlp.tokenizer.suffix_search.__self__.regex
    suffix = RecentSearch(suffix_regex)
    for piece in ("1,000", "year", "died,", "month", "2024", "mph"):
        assert not suffix._letters_only_fail
        found, expected = suffix.search(piece), suffix_regex.search(piece)
        assert (found and found.span()) == (expected and expected.span())
    assert suffix._letters_only_fail and {"year", "month", "mph"} <= suffix._none
    assert suffix.search("week") is None and "week" not in suffix._none
    infix = RecentSearch(nlp.tokenizer.infix_finditer.__self__.regex)
    for word in ("year", "month", "mph"):
        assert not infix._letters_only_fail and list(infix.finditer(word)) == []
    assert infix._letters_only_fail


def test_pipeline_warm_reads_the_tokenizer_patterns(extractor: Extractor) -> None:
    tokenizer = extractor.nlp.tokenizer
    searches = (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer)
    extractor.warm()
    assert all(found.__self__._letters_only_fail for found in searches)


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        pytest.param(r"(?<=[0-9])km", True, id="after-a-digit"),
        pytest.param(r"km|-", False, id="one-branch-of-letters"),
        pytest.param(r"'s|n't|\.\.+", True, id="apostrophes-dots"),
        pytest.param(r"a?-", True, id="optional-letter-then-hyphen"),
        pytest.param(r"x-?", False, id="optional-hyphen"),
        pytest.param(r"(?!-)x", False, id="negative-lookahead-needs-nothing"),
        pytest.param(r"(?=[0-9])\w+", True, id="lookahead-digit"),
        pytest.param(r"[^a]", False, id="negated-class"),
        pytest.param(r"[\d\s]|(?:--)+", True, id="digit-space-class-and-repeat"),
        pytest.param(r"(?:-)*x", False, id="repeat-may-be-none"),
        pytest.param(r".", False, id="any"),
        pytest.param(r"[\u00e9]", False, id="accented-letter"),
        pytest.param(r"[\u2010-\u2015]", True, id="dash-range"),
    ],
)
def test_pipeline_needs_a_non_letter(pattern: str, needs: bool) -> None:
    from factextract.tokenizer import needs_a_non_letter

    assert needs_a_non_letter(re.compile(pattern)) is needs
    assert needs_a_non_letter(re.compile(pattern, re.IGNORECASE)) is False


def test_pipeline_affix_searches_answer_words_of_letters_without_the_regex(nlp: Language) -> None:
    """The tokenizer's three regexes need a character that is no letter, so a word of letters
    alone is answered by ``str.isalpha``: none of them matches such a word."""
    for found in (nlp.tokenizer.prefix_search, nlp.tokenizer.suffix_search):
        found.__self__.read_pattern()
        assert found.__self__._letters_only_fail
    infix = nlp.tokenizer.infix_finditer.__self__
    infix.read_pattern()
    assert infix._letters_only_fail
    words = ["died", "kilometers", "Km", "mph", "s", "nt", "Ångström", "naïve", "Привет", "ǅ"]
    words += [w for w in SEED.split() if w.isalpha()]
    for word in words:
        assert nlp.tokenizer.prefix_search.__self__.regex.search(word) is None
        assert nlp.tokenizer.suffix_search.__self__.regex.search(word) is None
        assert list(infix.regex.finditer(word)) == []
        assert nlp.tokenizer.suffix_search(word) is None
        assert list(nlp.tokenizer.infix_finditer(word)) == []


def test_pipeline_tokenizes_a_piece_alike_every_time(nlp: Language) -> None:
    text = "Winds of 3-kilometer (kilometers) gusts; 5 mL. and 5%-7% (kilometers)."
    first = [t.text for t in nlp.make_doc(text)]
    assert [t.text for t in nlp.make_doc(text)] == first
    assert first[:6] == ["Winds", "of", "3", "-", "kilometer", "("]


@pytest.mark.parametrize(
    ("text", "amount"),
    [("The house sold for $69k.", 69_000), ("Her salary is $40K.", 40_000)],
)
def test_pipeline_scale_letter_before_a_stop_is_money(text: str, amount: int) -> None:
    [found] = Extractor().extract(text).money
    assert found.amount == amount and found.text == text[found.start_char : found.end_char]


def test_pipeline_headline_and_dateline_are_sentences(nlp: Language) -> None:
    doc = nlp("Guangdong helps Guangxi\n\n\nUpdated: 2020-05-23\n\nWith support, it grew. It did.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == [
        "Guangdong helps Guangxi",
        "Updated: 2020-05-23",
        "With support, it grew.",
        "It did.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param(
            'Doe disagreed. "We are done," she said.',
            ["Doe disagreed.", '"We are done," she said.'],
            id="opening-quote-starts-the-sentence",
        ),
        pytest.param(
            "'Single,' she said.\n\"Line start,\" he said.",
            ["'Single,' she said.", '"Line start," he said.'],
            id="opening-quotes-after-start-and-newline",
        ),
        pytest.param(
            '"Closing." Next one. He said "yes". Then.',
            ['"Closing."', "Next one.", 'He said "yes".', "Then."],
            id="closing-quote-ends-the-sentence",
        ),
        pytest.param(
            "The players' union agreed. It did.",
            ["The players' union agreed.", "It did."],
            id="apostrophe-is-no-quote",
        ),
        pytest.param(
            "He was ranked No. 2 in the world. Under Sec. 230 they win.",
            ["He was ranked No. 2 in the world.", "Under Sec. 230 they win."],
            id="split-abbreviation-before-a-number",
        ),
        pytest.param(
            "Users pay Rp. 29 more. It cost Ksh. 300 million. Tk. 500 crore went. "
            "He paid in Rp. Then.",
            [
                "Users pay Rp. 29 more.",
                "It cost Ksh. 300 million.",
                "Tk. 500 crore went.",
                "He paid in Rp.",
                "Then.",
            ],
            id="currency-marker-with-a-stop-before-its-amount",
        ),
        pytest.param(
            "Gov. J.B. Pritzker and George W. Bush met J. K. Rowling. It rained.",
            ["Gov. J.B. Pritzker and George W. Bush met J. K. Rowling.", "It rained."],
            id="initials-are-no-ends",
        ),
        pytest.param(
            "It is based in the U.S. The company met U.S. Treasury officials at 5 p.m. Friday.",
            [
                "It is based in the U.S.",
                "The company met U.S. Treasury officials at 5 p.m. Friday.",
            ],
            id="abbreviation-ends-before-an-opener",
        ),
        pytest.param(
            "It began at 2 a.m. Residents fled. The show airs at 8 p.m. Eastern on CBS, at "
            "9 a.m. Moscow time, or 5 p.m. Monday.",
            [
                "It began at 2 a.m.",
                "Residents fled.",
                "The show airs at 8 p.m. Eastern on CBS, at 9 a.m. Moscow time, or 5 p.m. Monday.",
            ],
            id="clock-half-ends-before-a-word-and-its-verb",
        ),
        pytest.param(
            "Mr. The Rock and Apple Inc. rose. In Washington, D.C. Officials said.",
            ["Mr. The Rock and Apple Inc. rose.", "In Washington, D.C.", "Officials said."],
            id="titles-never-end",
        ),
        pytest.param(
            "It sits on Fifth Ave. The store opened.",
            ["It sits on Fifth Ave.", "The store opened."],
            id="split-abbreviation-before-a-capital-may-end",
        ),
        pytest.param(
            "They met Lt. Col. Smith and Maj. Gen. Ray, then Adm. Lee. Approx. 300 came.",
            ["They met Lt. Col. Smith and Maj. Gen. Ray, then Adm. Lee.", "Approx. 300 came."],
            id="split-titles-never-end",
        ),
        pytest.param(
            "The rally drew 10,000 people on Jun. 3. Police said 5 were held on Jul. 4. "
            "It opens Jun. 12, said Lee Jun. The firm agreed.",
            [
                "The rally drew 10,000 people on Jun. 3.",
                "Police said 5 were held on Jul. 4.",
                "It opens Jun. 12, said Lee Jun.",
                "The firm agreed.",
            ],
            id="june-and-july-abbreviations",
        ),
        pytest.param(
            "Prices rose 3% in Sept. The euro fell. The deal closed in Dec. It added 300 jobs. "
            "He was born Sept. 4, 1960. The Oct. 7 attack shook it. Sales rose in Sept. Wages "
            "fell.",
            [
                "Prices rose 3% in Sept.",
                "The euro fell.",
                "The deal closed in Dec.",
                "It added 300 jobs.",
                "He was born Sept. 4, 1960.",
                "The Oct. 7 attack shook it.",
                "Sales rose in Sept. Wages fell.",
            ],
            id="month-abbreviations-end-before-an-opener",
        ),
        pytest.param(
            "Floods hit Vina del Mar. Rescue teams arrived. Horses raced at Del Mar.\nCrowds "
            "came on Mar. 5 and in Mar. 2024. He met Jan. Smith. Sales rose in Sept. Wages fell.",
            [
                "Floods hit Vina del Mar.",
                "Rescue teams arrived.",
                "Horses raced at Del Mar.",
                "Crowds came on Mar. 5 and in Mar. 2024.",
                "He met Jan. Smith.",
                "Sales rose in Sept. Wages fell.",
            ],
            id="month-abbreviation-ending-a-name-ends-the-sentence",
        ),
        pytest.param(
            "The fire started on Main St. The building burned. He moved to St. Louis. He takes "
            "vitamin D. The doctor agreed. They chose Plan B. It worked. George W. Bush spoke.",
            [
                "The fire started on Main St.",
                "The building burned.",
                "He moved to St. Louis.",
                "He takes vitamin D.",
                "The doctor agreed.",
                "They chose Plan B.",
                "It worked.",
                "George W. Bush spoke.",
            ],
            id="street-and-letter-kind-may-end",
        ),
        pytest.param(
            "Sales rose in the U.S. During the quarter exports fell. He left the U.S. Then he "
            "moved. Sales rose in the U.S. According to the firm, they fell. The U.S. Army and "
            "U.S. Stocks Fall stay.",
            [
                "Sales rose in the U.S.",
                "During the quarter exports fell.",
                "He left the U.S.",
                "Then he moved.",
                "Sales rose in the U.S.",
                "According to the firm, they fell.",
                "The U.S. Army and U.S. Stocks Fall stay.",
            ],
            id="abbreviation-ends-before-a-closed-class-opener",
        ),
        pytest.param(
            "Temperatures hit 40 C. Officials warned. The lamp draws 60 W.\nJohn C. Smith and "
            "Room 12 C. on the left stay. He takes vitamin C. It helps.",
            [
                "Temperatures hit 40 C.",
                "Officials warned.",
                "The lamp draws 60 W.",
                "John C. Smith and Room 12 C. on the left stay.",
                "He takes vitamin C.",
                "It helps.",
            ],
            id="unit-letter-after-a-number-ends",
        ),
    ],
)
def test_pipeline_sentences_around_quotes_and_abbreviations(
    nlp: Language, text: str, sentences: list[str]
) -> None:
    assert [s.text.strip() for s in nlp(text).sents] == sentences


def test_pipeline_sentence_prefilter_knows_every_space() -> None:
    # The segmenter skips tokens whose last character is not in _BEFORE_START; every
    # whitespace token must get through, whatever space character it ends with.
    from factextract.sentences import _BEFORE_START

    assert all(c in _BEFORE_START for c in map(chr, range(0x110000)) if c.isspace())


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("First line\u2028Second line. Third\u3000one.", id="unicode-spaces"),
        pytest.param("Ends here!\u00a0\u00a0Next one? Yes.\t\tAnd 'quoted.' Then", id="mixed"),
    ],
)
def test_pipeline_sentences_after_any_space(nlp: Language, text: str) -> None:
    from factextract.sentences import _starts_sentence
    from factextract.tokens import tokens_of

    doc = nlp(text)
    table = tokens_of(doc)
    expected = [i == 0 or _starts_sentence(table, i) for i in range(len(doc))]
    assert [bool(t.is_sent_start) for t in doc] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Mr. Smith paid $5.5 million to the U.S. Treasury on Jan. 5.", id="abbreviations"
        ),
        pytest.param("SPRINGFIELD, Ill. (AP) — The city agreed.", id="wire-dateline"),
        pytest.param("It rose 3.5 per cent in the year.", id="decimal"),
    ],
)
def test_pipeline_abbreviations_do_not_split(nlp: Language, text: str) -> None:
    assert len(list(nlp(text).sents)) == 1


def test_pipeline_wrapped_lines_stay_together(nlp: Language) -> None:
    doc = nlp("The two parties implemented 1,166 projects and\ninvested in villages.")
    assert len(list(doc.sents)) == 1


def test_pipeline_components_in_claim_order(nlp: Language) -> None:
    assert tuple(nlp.pipe_names) == COMPONENTS


def test_pipeline_entry_points_name_every_factory() -> None:
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(COMPONENTS) <= names
    for ep in entry_points(group="spacy_factories"):
        if ep.name.startswith("factextract_"):
            assert callable(ep.load())


def test_pipeline_components_work_in_a_users_pipeline() -> None:
    nlp = spacy.blank("en")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    doc = nlp("Nearly 400,000 people rose from 10.5 percent to 12 percent.")
    assert [s.text for s in doc.spans["quantities"]] == ["Nearly 400,000 people"]
    assert len(doc.spans["changes"]) == 1


def test_pipeline_survives_to_disk_and_load(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.pipe_names == nlp.pipe_names
    text = "HK$1.2bn and 2016-19 with 3.68bn and 12.8–13.0 per cent."
    assert [t.text for t in loaded(text)] == [t.text for t in nlp(text)]
    before = Extractor(nlp).extract(SEED).model_dump_json()
    assert Extractor(loaded).extract(SEED).model_dump_json() == before


_NEW_WORDS = (
    "Zorblax Quintavelle, 64, paid Frobnitz Ltd. $3.2m for 1,200 glimmerwool bales in Vantorra.",
    "Ninety-nine quibbets rose 4.5% to twelve thousand plonks on Thursday in Xylberg, Ohio.",
    "The Snarfleton plant (about 300 km north of Paris) will employ 1.5 million zibbers.",
)


@pytest.mark.parametrize("text", _NEW_WORDS)
def test_pipeline_lean_vocab_reads_as_the_full_one(text: str) -> None:
    """An Extractor's own pipeline computes only the lexical attributes the components read
    for new words (``_lean``); a full pipeline's tokens agree on them and on every fact."""
    from factextract.pipeline import _LEXICAL_READ, build_nlp

    lean, full = Extractor(), Extractor(build_nlp())
    assert set(lean.nlp.vocab.lex_attr_getters) == _LEXICAL_READ
    assert len(full.nlp.vocab.lex_attr_getters) > len(_LEXICAL_READ)  # build_nlp keeps all
    ours, theirs = lean.nlp(text), full.nlp(text)
    assert [(t.text, t.like_num, t.is_space) for t in ours] == [
        (t.text, t.like_num, t.is_space) for t in theirs
    ]
    assert lean.extract(text, published="2024-05-06").model_dump_json() == (
        full.extract(text, published="2024-05-06").model_dump_json()
    )


@pytest.mark.parametrize("word", ["Jan.", "ca", "n't", "a.m.", "Mr."])
def test_pipeline_lean_vocab_before_the_tokenizer(word: str) -> None:
    """The words of the tokenizer's special cases are lean too: the getters go before the
    tokenizer is built (``create_numeric_tokenizer``), so its ~750 words cost two getter calls,
    not 23. They read as the full pipeline's on what the components read, and
    ``build_nlp()`` keeps every attribute of theirs."""
    from factextract.pipeline import build_nlp

    lean, full = Extractor().nlp.vocab, build_nlp().vocab
    assert word in lean.strings  # made by the special cases as the tokenizer was built
    assert (lean[word].like_num, lean[word].is_space) == (full[word].like_num, False)
    assert lean[word].lower_ == "" and full[word].lower_ == word.lower()


def test_pipeline_doc_bytes_round_trip(nlp: Language) -> None:
    doc = nlp(SEED)
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    for group in ("numbers", "percentages", "quantities", "changes"):
        assert [(s.start, s.end, s.label_, s.id_, s.kb_id_) for s in restored.spans[group]] == [
            (s.start, s.end, s.label_, s.id_, s.kb_id_) for s in doc.spans[group]
        ]


@pytest.mark.parametrize("fork", [True, False], ids=["article-pool", "spacy-workers"])
def test_pipeline_two_processes_give_the_same_articles(
    extractor: Extractor, fork: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not fork:  # platforms without fork fall back to spaCy's nlp.pipe workers
        monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    texts = [SEED, "Exports rose 38 per cent to 32.1 million tonnes.", "About 300 km of road."] * 2
    one = [a.model_dump_json() for a in extractor.extract_many(texts, n_process=1)]
    two = [a.model_dump_json() for a in extractor.extract_many(texts, n_process=2, batch_size=2)]
    assert one == two
    assert len(two) == len(texts)


def test_pipeline_keeps_no_doc_alive(extractor: Extractor) -> None:
    """Per-Doc caches must not keep every Doc (and its spans) alive: memory stays flat over a
    long batch."""

    def live_docs() -> int:
        gc.collect()
        return sum(isinstance(o, Doc) for o in gc.get_objects())

    before = live_docs()
    for n in range(30):
        extractor.extract(f"{n} people moved to Paris in May 2020, up 5% from {n + 1}.")
    assert live_docs() - before <= 4  # the Contexts of the last few Docs, by design


def test_pipeline_extractor_matches_nlp_call(extractor: Extractor) -> None:
    """The Extractor runs the components itself (handing them the text); the Doc must be the
    one ``nlp(text)`` makes."""
    from factextract.readers import from_text

    item = from_text(SEED)
    ours = extractor._process(item.text)
    theirs = extractor.nlp(item.text)
    for group in ("numbers", "dates", "money", "quantities", "places", "changes"):
        assert [(s.start, s.end, s.id_) for s in ours.spans[group]] == [
            (s.start, s.end, s.id_) for s in theirs.spans[group]
        ]
    assert [t.is_sent_start for t in ours] == [t.is_sent_start for t in theirs]


def test_pipeline_records_built_from_dicts_equal_their_init(extractor: Extractor) -> None:
    """Record building hands the models' validator a dict (not ``Model(**fields)``): the
    same record, with the same fields set, as ``__init__`` gives."""
    article = extractor.extract(
        "On May 5 nearly 400,000 people paid $5.2 million, up 3% or 2 percentage points, over "
        "300 km; the firm cut a percentage point off rates between 10C and 15C.",
        published="2020-05-23",
    )
    records = [*article.quantities, *article.money, *article.percentages, *article.dates]
    assert {type(r).__name__ for r in records} == {"Quantity", "Money", "Percentage", "DateFact"}
    for record in records:
        fields = {name: getattr(record, name) for name in record.model_fields_set}
        built = type(record)(**fields)
        assert built == record
        assert built.model_fields_set == record.model_fields_set
        assert built.model_dump_json() == record.model_dump_json()


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"text": "5 km", "start_char": 3, "end_char": 7}, None),
        ({"text": "5 km", "start_char": 3, "end_char": 8}, "end_char - start_char = 5, but text"),
        ({"text": "5 km", "start_char": 3, "end_char": 6}, "end_char - start_char = 3, but text"),
        ({"text": "km", "start_char": 5, "end_char": 7}, None),
    ],
)
def test_pipeline_fact_span_checked_once_where_made(
    fields: dict[str, object], error: str | None
) -> None:
    """A fact's span check runs where the record is made (fields, JSON, ``model_construct``),
    with the same message as before; a made record passed to an Article's list or a Change's
    value is taken as it is (the same object), and the Article still checks it against its
    text."""
    import json
    from decimal import Decimal

    from pydantic import ValidationError

    from factextract.records import Article, Change, Quantity

    made = {**fields, "sentence": 0, "value": Decimal(5), "unit": "km"}
    if error is not None:
        with pytest.raises(ValidationError, match=error):
            Quantity(**made)
        with pytest.raises(ValidationError, match=error):
            Quantity.__pydantic_validator__.validate_python(made)
        with pytest.raises(ValidationError, match=error):
            Quantity.model_validate_json(json.dumps({**made, "value": 5}))
        with pytest.raises(ValueError, match=error):
            Quantity.model_construct(**made)
        return
    quantity = Quantity(**made)
    article = Article(
        id="x", text="by 5 km", text_sha256="0", extractor_version="0", quantities=[quantity]
    )
    assert article.quantities[0] is quantity
    change = Change(**{**fields, "sentence": 0, "to_value": quantity})
    assert change.to_value is quantity
    assert Quantity.model_validate_json(quantity.model_dump_json()) == quantity
    with pytest.raises(ValidationError, match="does not match the article text"):
        Article(
            id="x", text="by 5 mi", text_sha256="0", extractor_version="0", quantities=[quantity]
        )


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit Paris, France, and Leye county on Monday.",  # a city, a country, a unit
        "The fire at the Port of Nagoya spread to Aichi prefecture.",  # a facility, a region
        "Troops crossed into Kursk region from the Cape of Good Hope to Springfield.",
    ],
)
def test_pipeline_places_built_from_dicts_equal_their_init(extractor: Extractor, text: str) -> None:
    """``places.to_record`` hands the model's validator a dict, as the other records do: the
    same ``Place``, with the same fields set, as ``Place(**fields)`` gives."""
    found = extractor.extract(text, published="2020-05-23").places
    assert found
    for record in found:
        fields = {name: getattr(record, name) for name in record.model_fields_set}
        built = type(record)(**fields)
        assert built == record
        assert built.model_fields_set == record.model_fields_set
        assert built.model_dump_json() == record.model_dump_json()


def test_pipeline_component_that_returns_nothing_is_named() -> None:
    @Language.component("test_returns_none")
    def broken(doc: Doc) -> None:
        return None

    nlp = spacy.blank("en")
    nlp.add_pipe("test_returns_none")
    with pytest.raises(TypeError, match="test_returns_none"):
        Extractor(nlp).extract("Nearly 400,000 people.")


def test_pipeline_sentences_of_records_match_the_doc(extractor: Extractor) -> None:
    """Record building numbers sentences from the Context; the Doc's own flags agree."""
    from factextract.facts.spans import Context, sentence_index

    doc = extractor.nlp(SEED)
    assert sorted(Context.of(doc).sentence_tokens) == sentence_index(doc)
    assert len(sentence_index(doc)) > 5


def test_pipeline_fork_pool_freezes_the_heap_only_while_it_runs() -> None:
    from factextract.forks import fork_pool

    frozen = gc.get_freeze_count()
    gc.unfreeze()
    try:
        with fork_pool(2) as pool:
            assert gc.get_freeze_count() > 0  # the inherited heap is out of the collector's way
            assert pool.map(abs, [-1, -2, 3]) == [1, 2, 3]
        assert gc.get_freeze_count() == 0
    finally:
        if frozen:
            gc.freeze()


def test_pipeline_fork_pool_wakes_on_a_dead_worker_not_on_each_result() -> None:
    import os
    import time

    from factextract.forks import fork_pool

    with fork_pool(2) as pool:
        # CPython's keeper thread also watched the results pipe and spun until each was read
        assert pool._outqueue._reader not in pool._get_sentinels()  # type: ignore[attr-defined]
        assert list(pool.imap(abs, range(-9, 0), chunksize=2)) == list(range(9, 0, -1))
        before = {w.pid for w in pool._pool}  # type: ignore[attr-defined]
        pool.apply_async(os._exit, (3,))  # a worker dies in a task (its result never comes)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            now = {w.pid for w in pool._pool}  # type: ignore[attr-defined]
            if len(now) == 2 and now != before:
                break
            time.sleep(0.05)
        assert len(now) == 2 and now != before  # its sentinel woke the keeper: a new worker
        assert pool.map(abs, [-1, -2, -3, -4]) == [1, 2, 3, 4]


def test_pipeline_fork_pool_keeps_a_frozen_heap_frozen(extractor: Extractor) -> None:
    from factextract.forks import fork_pool

    extractor.extract("Flooding hit Paris.")  # the gazetteer is loaded: the heap is frozen
    before = gc.get_freeze_count()
    assert before > 0
    with fork_pool(2) as pool:
        assert pool.map(abs, [-1]) == [1]
    assert gc.get_freeze_count() >= before


def test_pipeline_loading_the_gazetteer_freezes_the_loaded_heap_once() -> None:
    from factextract import forks
    from factextract.gazetteer import gazetteer

    gazetteer()
    assert forks._LOADED_FROZEN[0]
    assert gc.get_freeze_count() > 0
    count = gc.get_freeze_count()
    forks.freeze_loaded()  # once per process: a second call freezes nothing more
    assert gc.get_freeze_count() == count
    assert gc.get_threshold()[0] >= forks.YOUNG_THRESHOLD  # fewer young collections


@pytest.mark.parametrize("enabled", [True, False])
def test_pipeline_building_an_extractor_pauses_the_collector(
    enabled: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An Extractor builds its own pipeline with the collector off (``forks.paused_gc``) and
    leaves it as it was; the young threshold is raised as ``freeze_loaded`` would. A
    pipeline passed in is not built, so nothing changes."""
    import factextract
    from factextract import forks, pipeline

    seen: list[bool] = []
    build = pipeline._lean
    monkeypatch.setattr(pipeline, "_lean", lambda: seen.append(gc.isenabled()) or build())
    monkeypatch.delitem(vars(factextract), "Extractor")  # imported again by __getattr__
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert factextract.Extractor is pipeline.Extractor  # imported with the collector off
        assert gc.isenabled() == enabled
        factextract.Extractor()
        assert seen == [False] and gc.isenabled() == enabled
        young = gc.get_threshold()[0]
        assert young == 0 or young >= forks.YOUNG_THRESHOLD
        factextract.Extractor(pipeline.build_nlp())
        assert seen == [False]
    finally:
        gc.enable() if was else gc.disable()


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ((700, 10, 10), (10_000, 10, 10)),  # Python's default: raised, the others kept
        ((700, 5, 20), (10_000, 5, 20)),
        ((50_000, 10, 10), (50_000, 10, 10)),  # a higher one set by the user stays
        ((0, 10, 10), (0, 10, 10)),  # collections turned off stay off
    ],
)
def test_pipeline_raise_young_threshold(
    before: tuple[int, int, int], after: tuple[int, int, int]
) -> None:
    from factextract import forks

    saved = gc.get_threshold()
    try:
        gc.set_threshold(*before)
        forks.raise_young_threshold()
        assert gc.get_threshold() == after
    finally:
        gc.set_threshold(*saved)


@pytest.mark.parametrize(
    ("enabled", "raises"),
    [
        (True, False),  # on before: off inside, on again after
        (True, True),  # ... also when the load fails
        (False, False),  # off before (the user's choice): stays off
    ],
)
def test_pipeline_paused_gc_restores_the_collector(enabled: bool, raises: bool) -> None:
    from factextract import forks

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        with contextlib.suppress(LookupError), forks.paused_gc():
            assert not gc.isenabled()
            if raises:
                raise LookupError
        assert gc.isenabled() == enabled
    finally:
        gc.enable() if was else gc.disable()


def test_pipeline_text_over_max_length_is_an_input_error(extractor: Extractor) -> None:
    from factextract.errors import InputError

    too_long = "word " * (extractor.nlp.max_length // 5 + 1)
    with pytest.raises(InputError, match=r"more than the pipeline's limit of 1,000,000: split"):
        extractor.extract(too_long)


SENTENCE_PIECES = st.sampled_from(
    [
        *('"', "'", "U.S.", "No.", "Inc.", "J.B.", "W.", "Mr.", "p.m.", "etc.", "Fr.", "."),
        *("!", "?", "The", "It", "Bush", "said", "5", "2019", "rose", "\n", "\n\n", " ", ","),
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.tuples(SENTENCE_PIECES, st.booleans()), max_size=30))
def test_pipeline_sentence_starts_hold_their_invariants(
    nlp: Language, pieces: list[tuple[str, bool]]
) -> None:
    """Whatever the mix of quotes, abbreviations, initials and terminals: the first token
    opens a sentence; away from line breaks (which end lines by their own rule) no sentence
    opens at a space, at a closing quote, or just after an opening quote (the quote opens it)."""
    from factextract.sentences import _STRAIGHT_QUOTES, _opens
    from factextract.tokens import tokens_of

    doc = nlp("".join(piece + (" " if spaced else "") for piece, spaced in pieces))
    table = tokens_of(doc)
    for token in doc:
        i = token.i
        if i == 0:
            assert token.is_sent_start
            continue
        if not token.is_sent_start or "\n" in doc[max(i - 2, 0) : i].text:
            continue
        assert not token.is_space
        if token.text in _STRAIGHT_QUOTES:
            assert _opens(table, i)
        if doc[i - 1].text in _STRAIGHT_QUOTES:
            assert not _opens(table, i - 1)


def test_pipeline_warm_loads_what_workers_would_each_load() -> None:
    """``warm`` (run before forking) leaves nothing for a worker's first article to load."""
    import subprocess
    import sys

    code = (
        "from factextract import Extractor, gazetteer, rates\n"
        "Extractor().warm()\n"
        "print(gazetteer.gazetteer.cache_info().currsize, rates.history.cache_info().currsize)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["1", "1"]


def test_readme_component_example_runs_the_whole_pipeline() -> None:
    """The README's own-pipeline example adds every component, in pipeline order, and its
    span groups hold what the sentence states."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("```python\n")[1:]
    example = next(block.split("```")[0] for block in blocks if "add_pipe" in block)
    namespace: dict[str, object] = {}
    exec(example, namespace)
    nlp, doc = namespace["nlp"], namespace["doc"]
    assert isinstance(nlp, Language) and isinstance(doc, Doc)
    assert tuple(nlp.pipe_names) == COMPONENTS
    assert [s.text for s in doc.spans["changes"]] == ["fell by 3 per cent to 1.2 million tonnes"]


def test_build_nlp_tokenizer_is_customize_tokenizer_on_a_blank_pipeline(nlp: Language) -> None:
    # build_nlp builds the numeric tokenizer in one go (tokenizer.NUMERIC_TOKENIZER); it must
    # be the one customize_tokenizer makes of spacy.blank's, and the config spacy.blank's
    from factextract.tokenizer import RecentSearch, customize_tokenizer

    blank = spacy.blank("en")
    customize_tokenizer(blank)
    ours, theirs = nlp.tokenizer, blank.tokenizer
    assert ours.rules == theirs.rules
    assert list(ours.rules) == list(theirs.rules)
    for attribute in ("prefix_search", "suffix_search", "infix_finditer"):
        mine, reference = getattr(ours, attribute), getattr(theirs, attribute)
        assert isinstance(mine.__self__, RecentSearch)
        assert mine.__self__.regex == reference.__self__.regex  # pattern and flags
    assert ours.token_match == theirs.token_match
    assert ours.url_match == theirs.url_match
    assert ours.faster_heuristics == theirs.faster_heuristics
    for name in COMPONENTS:
        blank.add_pipe(name)
    assert nlp.config.to_str() == blank.config.to_str()  # a saved pipeline names spaCy's own
    text = "HK$1.2bn p. 5 kW. 10C-15C, a magnitude-6.4 quake (U.S.) at 3 p.m. £5m-a-year"
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in blank.make_doc(text)]


def test_pipeline_a_later_article_compiles_from_the_stored_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A builder's pattern first reached after a process's first article (here: its cache
    and ``re``'s cleared) is handed to ``_sre`` from ``patterns.marshal.gz``, not parsed and
    compiled in Python; the hook is gone after the article."""
    from factextract import patterns
    from factextract.numbers import ranges

    extractor = Extractor()
    extractor.extract("Nearly 400 people work there.", published="2024-05-06")
    ranges._change_verb_re.cache_clear()
    re.purge()
    compiler, stored = patterns._compiler.compile, []
    from_code = patterns._from_code
    monkeypatch.setattr(
        patterns,
        "_from_code",
        lambda pattern, found: stored.append(pattern) or from_code(pattern, found),
    )
    monkeypatch.setattr(patterns._compiler, "compile", compiler)  # restored after the test
    extractor.extract("Sales rose $2 to 7 billion last year.", published="2024-05-06")
    assert ranges._change_verb_re().pattern in stored
    assert patterns._compiler.compile is compiler and patterns._HOOKED[1] == 0
