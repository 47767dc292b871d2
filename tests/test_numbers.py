"""Table tests for the number grammar in ``factextract.numbers``.

Each table is one behaviour of ``parse_number``, ``parse_range`` or ``find_numerals``; each row
is one input with the correct output for news text and a readable id, so adding a case is a
one-line diff (STYLE.md point 10). Where the grammar is known to be wrong the row still states the
correct output and is marked ``known_bug`` (a strict xfail): fixing the grammar turns the row into
an XPASS, which fails the run until the mark is removed. Precision beats recall: a number that
is part of a name, a date, a time, a phone number, a score or another token must never come back
as a count.

``find_numerals`` rows list ``(surface, label, value)`` or ``(surface, label, value, value_max)``
per numeral, where ``surface`` is ``text[start:end]``, so every row also checks the offsets.

The hypothesis tests at the end check properties over generated input: grouped digits and
spelled-out numbers round-trip exactly, and ``find_numerals`` never raises and returns ordered,
non-overlapping spans inside the text.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factextract import lexicons
from factextract.facts import numerals
from factextract.numbers import (
    Numeral,
    find_numerals,
    grammar,
    parse_digits,
    parse_number,
    parse_range,
    year_is_count,
)

Seen = tuple[str, str, Decimal, Decimal | None]
Want = tuple[str, str, str] | tuple[str, str, str, str]


def known_bug(reason: str) -> pytest.MarkDecorator:
    """A strict xfail: the row states the correct behaviour, and a fix announces itself."""
    return pytest.mark.xfail(strict=True, reason=reason)


def _seen(text: str, numerals: list[Numeral]) -> list[Seen]:
    return [(text[n.start : n.end], n.label, n.value, n.value_max) for n in numerals]


def _wanted(rows: list[Want]) -> list[Seen]:
    return [
        (row[0], row[1], Decimal(row[2]), Decimal(row[3]) if len(row) == 4 else None)
        for row in rows
    ]


def _optional_decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


# ------------------------------------------------------------------- parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("1,166", "1166", id="thousands_comma"),
        pytest.param("1,000,000", "1000000", id="two_thousands_commas"),
        pytest.param("1,000.50", "1000.5", id="thousands_comma_with_decimals"),
        pytest.param("12,34,567", "1234567", id="indian_grouping"),
        pytest.param("816 000", "816000", id="spaced_thousands"),
        pytest.param("816\u202f000", "816000", id="narrow_nbsp_thousands"),
        pytest.param("816\u00a0000", "816000", id="nbsp_thousands"),
        pytest.param("1 000 000", "1000000", id="spaced_millions"),
        pytest.param(".5", "0.5", id="leading_point_decimal"),
        pytest.param("3.68", "3.68", id="decimal"),
        pytest.param("0", "0", id="zero_digit"),
        pytest.param("  42  ", "42", id="surrounding_whitespace"),
        pytest.param("+2.3", "2.3", id="explicit_plus_sign"),
        pytest.param("-2.3", "-2.3", id="minus_sign"),
    ],
)
def test_numbers_parse_number_digits(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("-5", "-5", id="hyphen_minus"),
        pytest.param("−5", "-5", id="unicode_minus_sign"),
        pytest.param("-1,166", "-1166", id="minus_with_thousands"),
        pytest.param("-3.68 bn", "-3680000000", id="minus_with_scale"),
        pytest.param("minus ten", "-10", id="word_minus"),
        pytest.param("Minus 5", "-5", id="capitalised_word_minus"),
        pytest.param("negative 3", "-3", id="word_negative"),
        pytest.param("(99.99)", "99.99", id="accounting_parentheses_not_negative"),
        pytest.param("(5)", "5", id="parenthesised_gloss"),
        pytest.param("(−5)", "-5", id="explicit_sign_inside_parentheses"),
    ],
)
def test_numbers_parse_number_signs(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("zero", "0", id="zero"),
        pytest.param("four", "4", id="unit"),
        pytest.param("Five", "5", id="capitalised_unit"),
        pytest.param("twenty-five", "25", id="hyphenated_tens"),
        pytest.param("twenty five", "25", id="spaced_tens"),
        pytest.param("ninety-nine", "99", id="ninety_nine"),
        pytest.param("one hundred and twelve", "112", id="hundred_and"),
        pytest.param("nine hundred ninety-nine", "999", id="hundred_without_and"),
        pytest.param("One Hundred", "100", id="title_case_hundred"),
        pytest.param("a hundred", "100", id="a_hundred"),
        pytest.param("fifteen hundred", "1500", id="teens_hundred"),
        pytest.param("a dozen", "12", id="a_dozen"),
        pytest.param("two dozen", "24", id="two_dozen"),
        pytest.param("a half-dozen", "6", id="a_half_dozen"),
        pytest.param("2 dozen", "24", id="digits_dozen"),
        pytest.param("2.5 dozen", "30", id="decimal_dozen"),
        pytest.param("a half dozen", "6", id="a_half_dozen_spaced"),
        pytest.param("one and a half dozen", "18", id="one_and_a_half_dozen"),
        pytest.param("three hundred thousand", "300000", id="hundred_thousand"),
        pytest.param("forty two thousand", "42000", id="tens_units_thousand"),
        pytest.param("twenty-one thousand", "21000", id="hyphenated_thousand"),
        pytest.param("ten thousand and one", "10001", id="thousand_and_one"),
        pytest.param(
            "one million two hundred thousand", "1200000", id="million_and_hundred_thousand"
        ),
        pytest.param("a million", "1000000", id="a_million"),
        pytest.param("half a million", "500000", id="half_a_million"),
        pytest.param("half million", "500000", id="half_million"),
        pytest.param("one and a half million", "1500000", id="one_and_a_half_million"),
        pytest.param("twelve lakh", "1200000", id="spelled_lakh"),
    ],
)
def test_numbers_parse_number_spelled(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("5 thousand", "5000", id="thousand"),
        pytest.param("2 million", "2000000", id="million"),
        pytest.param("4.5 Million", "4500000", id="capitalised_million"),
        pytest.param("1 billion", "1000000000", id="billion"),
        pytest.param("3 trillion", "3000000000000", id="trillion"),
        pytest.param("5 lakh", "500000", id="lakh"),
        pytest.param("12 lakhs", "1200000", id="lakhs"),
        pytest.param("2 crore", "20000000", id="crore"),
        pytest.param("1.2 crore", "12000000", id="decimal_crore"),
        pytest.param("1.5 lakh crore", "1500000000000", id="stacked_lakh_crore"),
        pytest.param("2 thousand crore", "20000000000", id="stacked_thousand_crore"),
        pytest.param("3 million million", "3000000000000", id="stacked_equal_scales"),
        pytest.param("10k", "10000", id="attached_k"),
        pytest.param("10K", "10000", id="attached_capital_k"),
        pytest.param("1.5k", "1500", id="decimal_k"),
        pytest.param("5mn", "5000000", id="attached_mn"),
        pytest.param("2 mn", "2000000", id="spaced_mn"),
        pytest.param("2 mln", "2000000", id="spaced_mln"),
        pytest.param("2.3 trln", "2300000000000", id="spaced_trln"),
        pytest.param("1.1 tln", "1100000000000", id="spaced_tln"),
        pytest.param("3bn", "3000000000", id="attached_bn"),
        pytest.param("3.68 bn", "3680000000", id="spaced_bn"),
        pytest.param("3.68bn", "3680000000", id="decimal_attached_bn"),
        pytest.param("4bln", "4000000000", id="attached_bln"),
        pytest.param("2tn", "2000000000000", id="attached_tn"),
        pytest.param("5M", "5000000", id="attached_capital_m"),
        pytest.param("2B", "2000000000", id="attached_capital_b"),
        pytest.param("1" + "0" * 30, "1" + "0" * 30, id="thirty_one_digit_integer"),
        pytest.param(
            "99999999999999999 tn", "99999999999999999" + "0" * 12, id="scale_pushes_past_28_digits"
        ),
    ],
)
def test_numbers_parse_number_scales(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("half", "0.5", id="half"),
        pytest.param("a half", "0.5", id="a_half"),
        pytest.param("a quarter", "0.25", id="a_quarter"),
        pytest.param("three quarters", "0.75", id="three_quarters"),
        pytest.param("two-thirds", "0.666666666667", id="two_thirds_rounded_to_12_places"),
        pytest.param("one third", "0.333333333333", id="one_third"),
        pytest.param("an eighth", "0.125", id="an_eighth"),
        pytest.param("two and a half", "2.5", id="two_and_a_half"),
        pytest.param("one-and-a-half", "1.5", id="one_and_a_half_hyphened"),
        pytest.param("one-and-a-half million", "1500000", id="one_and_a_half_hyphened_scale"),
        pytest.param("2 and a half", "2.5", id="digits_and_a_half"),
        pytest.param("12 and a quarter", "12.25", id="digits_and_a_quarter"),
        pytest.param("2 and a half million", "2500000", id="digits_and_a_half_scale"),
    ],
)
def test_numbers_parse_number_fractions(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "m_is_million", "expected"),
    [
        pytest.param("2m", False, None, id="m_is_ambiguous_by_default"),
        pytest.param("2m", True, "2000000", id="m_as_million_when_asked"),
        pytest.param("1.5m", True, "1500000", id="decimal_m_as_million_when_asked"),
        pytest.param("1.5m", False, None, id="decimal_m_ambiguous_by_default"),
        pytest.param("5M", False, "5000000", id="capital_m_is_always_million"),
        pytest.param("2mn", False, "2000000", id="mn_is_always_million"),
    ],
)
def test_numbers_parse_number_m_is_million(
    text: str, m_is_million: bool, expected: str | None
) -> None:
    assert parse_number(text, m_is_million=m_is_million) == _optional_decimal(expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
        pytest.param("abc", id="letters"),
        pytest.param("18th", id="ordinal_digits"),
        pytest.param("third", id="ordinal_word_alone"),
        pytest.param("COVID-19", id="name_with_number"),
        pytest.param("1,2345", id="bad_thousands_group"),
        pytest.param("1,00", id="short_thousands_group"),
        pytest.param("12,345,67", id="short_last_group"),
        pytest.param("1,000 000", id="mixed_separators"),
        pytest.param("1.2.3", id="version_number"),
        pytest.param("five four", id="two_units"),
        pytest.param("ten ten", id="repeated_unit"),
        pytest.param("twenty-twenty", id="two_tens"),
        pytest.param("thousand", id="bare_scale"),
        pytest.param("million", id="bare_million"),
        pytest.param("million two hundred", id="scale_before_a_numeral"),
        pytest.param("third quarter", id="ordinal_and_fraction_word"),
        pytest.param("quarter five", id="fraction_word_before_a_numeral"),
        pytest.param("--5", id="double_hyphen"),
        pytest.param("minus minus 5", id="double_word_minus"),
        pytest.param("$5", id="currency_is_not_number_grammar"),
        pytest.param("5%", id="percent_is_not_number_grammar"),
    ],
)
def test_numbers_parse_number_rejects_junk(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("4.5 million", "4500000", id="scaled_integer_has_no_exponent"),
        pytest.param("13.0", "13", id="integral_decimal_drops_point"),
        pytest.param("0.50", "0.5", id="trailing_zero_dropped"),
        pytest.param("two-thirds", "0.666666666667", id="repeating_fraction_12_places"),
        pytest.param("1,000.25", "1000.25", id="decimal_kept"),
    ],
)
def test_numbers_parse_number_prints_plain(text: str, expected: str) -> None:
    assert str(parse_number(text)) == expected


# -------------------------------------------------------------------- parse_range


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2-3 million", ("2000000", "3000000"), id="scale_on_upper_bound"),
        pytest.param("2 to 3 million", ("2000000", "3000000"), id="to_with_scale"),
        pytest.param("10-20 million", ("10000000", "20000000"), id="tens_with_scale"),
        pytest.param("2bn-3bn", ("2000000000", "3000000000"), id="scale_on_both_bounds"),
        pytest.param("1.5-2bn", ("1500000000", "2000000000"), id="decimal_lower_bound"),
        pytest.param("2-3k", ("2000", "3000"), id="attached_k_on_upper_bound"),
        pytest.param("between 5 and 7", ("5", "7"), id="between_and"),
        pytest.param("Between 5 and 7", ("5", "7"), id="capitalised_between"),
        pytest.param("5 to 7", ("5", "7"), id="to"),
        pytest.param("3 - 5", ("3", "5"), id="spaced_hyphen"),
        pytest.param("2—3", ("2", "3"), id="em_dash"),
        pytest.param("5,000-7,000", ("5000", "7000"), id="thousands_separators"),
        pytest.param("12.8–13.0", ("12.8", "13"), id="en_dash_decimals"),
        pytest.param("-5 to 5", ("-5", "5"), id="negative_lower_bound"),
        pytest.param("two or three", ("2", "3"), id="spelled_or"),
        pytest.param("two to three", ("2", "3"), id="spelled_to"),
        pytest.param("5 or 6", ("5", "6"), id="digits_or"),
        pytest.param(
            "two to three million", ("2000000", "3000000"), id="spelled_lower_bound_takes_scale"
        ),
        pytest.param("twenty to thirty thousand", ("20000", "30000"), id="spelled_tens_take_scale"),
        pytest.param(
            "900,000 to 1.2 million", ("900000", "1200000"), id="full_lower_bound_keeps_its_value"
        ),
        pytest.param("between 20 and 30,000", None, id="elided_thousands_are_unsure"),
        pytest.param("20-30,000", None, id="elided_thousands_dash_are_unsure"),
        pytest.param("between 1 and 2,500", None, id="elided_thousands_of_hundreds_unsure"),
        pytest.param("between 500 and 1,000", ("500", "1000"), id="no_thousands_to_elide"),
        pytest.param("between 3 and 2,500", ("3", "2500"), id="thousands_would_descend"),
        pytest.param("3-1", None, id="score_is_not_range"),
        pytest.param("5-5", None, id="equal_bounds"),
        pytest.param("2016-19", None, id="year_range_is_not_numeric_range"),
        pytest.param("2019-2020", None, id="full_year_range_is_not_numeric_range"),
        pytest.param("7", None, id="single_number"),
        pytest.param("5 and 7", None, id="and_without_between"),
        pytest.param("from 5 to 7", None, id="from_to_is_a_change"),
        pytest.param("about 5 to 7", None, id="leading_words_not_allowed"),
        pytest.param("$2-3", None, id="currency_prefix_not_allowed"),
        pytest.param("5-7%", None, id="percent_suffix_not_allowed"),
    ],
)
def test_numbers_parse_range(text: str, expected: tuple[str, str] | None) -> None:
    want = None if expected is None else (Decimal(expected[0]), Decimal(expected[1]))
    assert parse_range(text) == want


# ------------------------------------------------------------------ find_numerals


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("in 2012", [("2012", "year", "2012")], id="year"),
        pytest.param("the 2024 Olympics", [("2024", "year", "2024")], id="year_before_name"),
        pytest.param("the 1990s", [("1990", "year", "1990")], id="decade"),
        pytest.param(
            "The plan ran 2016-19.",
            [("2016-19", "year_range", "2016", "2019")],
            id="year_range_hyphen_short",
        ),
        pytest.param(
            "in the 2012–13 season",
            [("2012–13", "year_range", "2012", "2013")],
            id="year_range_en_dash",
        ),
        pytest.param(
            "the 2022/23 season",
            [("2022/23", "year_range", "2022", "2023")],
            id="year_range_slash_season",
        ),
        pytest.param(
            "from 2019-2020 onwards",
            [("2019-2020", "year_range", "2019", "2020")],
            id="year_range_full_years",
        ),
        pytest.param(
            "2019 to 2020",
            [("2019 to 2020", "year_range", "2019", "2020")],
            id="year_range_to",
        ),
        pytest.param(
            "from 2019 to 2020",
            [("2019", "year", "2019"), ("2020", "year", "2020")],
            id="from_year_to_year_is_two_years",
        ),
        pytest.param(
            "the 1999-00 season",
            [("1999-00", "year_range", "1999", "2000")],
            id="year_range_across_century",
        ),
        pytest.param(
            "between 2019 and 2020",
            [("between 2019 and 2020", "year_range", "2019", "2020")],
            id="between_years_span_includes_between",
        ),
        pytest.param(
            "In 2012 the company had 1,166 staff",
            [("2012", "year", "2012"), ("1,166", "cardinal", "1166")],
            id="year_then_count",
        ),
        # After a whole date phrase, a year-like number before a plural noun counts it.
        pytest.param(
            "Last year 2000 Chinese tourists visited",
            [("2000", "cardinal", "2000")],
            id="count_after_last_year",
        ),
        pytest.param(
            "In 2019 1500 workers lost their jobs",
            [("2019", "year", "2019"), ("1500", "cardinal", "1500")],
            id="count_after_a_year",
        ),
        pytest.param(
            "In May 2019 2000 nurses went on strike",
            [("2019", "date", "2019"), ("2000", "cardinal", "2000")],
            id="count_after_month_and_year",
        ),
        pytest.param(
            "Each year 1800 new jobs are created",
            [("1800", "cardinal", "1800")],
            id="count_after_each_year_modifier",
        ),
        pytest.param(
            "In the year 2000 celebrations were held",
            [("2000", "year", "2000")],
            id="the_year_names_the_year",
        ),
        pytest.param(
            "Last year 2000 was a record",
            [("2000", "year", "2000")],
            id="no_plural_after_stays_year",
        ),
        pytest.param(
            "from 1999, 2000 and 2001 models",
            [("1999", "year", "1999"), ("2000", "year", "2000"), ("2001", "year", "2001")],
            id="year_list_after_comma_stays_years",
        ),
        pytest.param(
            "In 2019, 2000 people died",
            [("2019", "year", "2019"), ("2000", "cardinal", "2000")],
            id="count_after_a_year_and_comma",
        ),
        pytest.param(
            "Last year 2000 more people arrived",
            [("2000", "cardinal", "2000")],
            id="count_after_last_year_increment",
        ),
        pytest.param(
            "Next year 2021 models will be cheaper",
            [("2021", "year", "2021")],
            id="year_of_things_after_date_stays_year",
        ),
        pytest.param(
            "In 2020 2021 budgets were cut",
            [("2020", "year", "2020"), ("2021", "year", "2021")],
            id="year_of_budgets_after_a_year_stays_year",
        ),
        pytest.param(
            "In 2019 2000 Americans moved",
            [("2019", "year", "2019"), ("2000", "year", "2000")],
            id="capitalized_plural_stays_year",
        ),
    ],
)
def test_numbers_find_numerals_years(text: str, want: list[Want]) -> None:
    assert _seen(text, find_numerals(text)) == _wanted(want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "On May 23, 2020, it rained.",
            [("23", "date", "23"), ("2020", "year", "2020")],
            id="month_day_comma_year",
        ),
        pytest.param("On 23 May the vote", [("23", "date", "23")], id="day_before_month"),
        pytest.param("December 25", [("25", "date", "25")], id="full_month_day"),
        pytest.param("on Jan. 5", [("5", "date", "5")], id="abbreviated_month_day"),
        pytest.param("on 23/05/2023", [], id="slash_date"),
        pytest.param("on 2020-05-23", [], id="iso_date"),
        pytest.param("on 19-Nov-12", [], id="day_month_abbreviation_year"),
        pytest.param("on 23.05.2020", [], id="dotted_date"),
        pytest.param("from 10.30-11.30 on Friday", [], id="dotted_clock_range"),
        pytest.param(
            "in a 5.25-5.50% range",
            [("5.25-5.50", "range", "5.25", "5.50")],
            id="two_marks_per_cent",
        ),
        pytest.param(
            "at 5.00-5.25 per cent",
            [("5.00-5.25", "range", "5", "5.25")],
            id="two_marks_per_cent_words",
        ),
        pytest.param("on 23.05.2020 percent", [], id="dotted_date_before_percent"),
        pytest.param("on 5/23/2020", [], id="us_slash_date"),
    ],
)
def test_numbers_find_numerals_dates(text: str, want: list[Want]) -> None:
    assert _seen(text, find_numerals(text)) == _wanted(want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("a Boeing 737 crashed", [("737", "identifier", "737")], id="aircraft"),
        pytest.param("adults with type 2 diabetes", [("2", "identifier", "2")], id="disease-type"),
        pytest.param(
            "The band will stage 10 concerts", [("10", "cardinal", "10")], id="modal-makes-a-verb"
        ),
        pytest.param("He can type 60 words", [("60", "cardinal", "60")], id="modal-before-type"),
        pytest.param("the 737 MAX jets", [("737", "identifier", "737")], id="model_suffix"),
        pytest.param(
            "its 65 MAX 9 jets",
            [("65", "cardinal", "65"), ("9", "identifier", "9")],
            id="count_before_designator_and_variant",
        ),
        pytest.param(
            "the 737 MAX 9 jets",
            [("737", "identifier", "737"), ("9", "identifier", "9")],
            id="model_number_before_designator_and_variant",
        ),
        pytest.param(
            "delivered 12 737 MAX jets",
            [("12", "cardinal", "12"), ("737", "identifier", "737")],
            id="spaced_group_before_model_suffix",
        ),
        pytest.param(
            "bought 12 747 jets",
            [("12", "cardinal", "12"), ("747", "identifier", "747")],
            id="spaced_model_number_before_aircraft_noun",
        ),
        pytest.param(
            "fired 12 155mm shells",
            [("12", "cardinal", "12"), ("155", "identifier", "155")],
            id="spaced_group_measuring_the_noun_after",
        ),
        pytest.param(
            "The airline ordered 20 350-seat jets",
            [("20", "cardinal", "20"), ("350", "identifier", "350")],
            id="spaced_group_before_a_compound_hyphen_is_its_modifier",
        ),
        pytest.param(
            "They built a 12 500-seat arena",
            [("12 500", "cardinal", "12500")],
            id="spaced_group_before_a_compound_hyphen_after_an_article_stays",
        ),
        pytest.param(
            "They built 20 000-seat stadiums",
            [("20 000", "cardinal", "20000")],
            id="spaced_group_of_zeros_before_a_compound_hyphen_stays",
        ),
        pytest.param(
            "holds 816 000t of wheat",
            [("816 000", "cardinal", "816000")],
            id="spaced_group_glued_unit_no_plural_stays",
        ),
        pytest.param(
            "employs 12 747 people",
            [("12 747", "cardinal", "12747")],
            id="spaced_model_number_before_other_noun_stays",
        ),
        pytest.param(
            "took 5 777F freighters",
            [("5", "cardinal", "5"), ("777", "identifier", "777")],
            id="spaced_group_before_model_letter",
        ),
        pytest.param(
            "regulators fined Apple 1.84 billion euros",
            [("1.84 billion", "cardinal", "1840000000")],
            id="written_scale_after_a_name_is_no_model",
        ),
        pytest.param(
            "Congress gave Ukraine 61 billion dollars",
            [("61 billion", "cardinal", "61000000000")],
            id="written_scale_after_a_country_is_no_model",
        ),
        pytest.param(
            "Brexit has cost the UK 100,000 jobs",
            [("100,000", "cardinal", "100000")],
            id="thousands_grouped_after_a_name_is_no_model",
        ),
        pytest.param(
            "The deal gives Airbus 1,200 orders",
            [("1,200", "cardinal", "1200")],
            id="thousands_grouped_after_a_company_is_no_model",
        ),
        pytest.param(
            "and in Nairobi 2,099 Kenyan shillings",
            [("2,099", "cardinal", "2099")],
            id="thousands_grouped_after_a_place_before_a_currency_name_is_no_model",
        ),
        pytest.param(
            "The UK 100,000 Club met",
            [("100,000", "identifier", "100000")],
            id="thousands_grouped_before_a_capital_still_names",
        ),
        pytest.param("The Russell 2000 rose", [("2000", "identifier", "2000")], id="index_name"),
        pytest.param("Call 911 for help", [("911", "identifier", "911")], id="phone_after_call"),
        pytest.param(
            "Labour won 412 seats, the Conservatives 121",
            [("412", "cardinal", "412"), ("121", "cardinal", "121")],
            id="gapped_rival_after_a_tally",
        ),
        pytest.param(
            "Labour won 412 seats, the Conservatives 121 and the Liberal Democrats 72.",
            [("412", "cardinal", "412"), ("121", "cardinal", "121"), ("72", "cardinal", "72")],
            id="gapped_rivals_down_a_list",
        ),
        pytest.param(
            "Labour won 412 seats, Macron's Ensemble 168 and the far-right National Rally 143.",
            [("412", "cardinal", "412"), ("168", "cardinal", "168"), ("143", "cardinal", "143")],
            id="gapped_rivals_after_a_possessive_or_a_lower_case_word",
        ),
        pytest.param(
            "Labour won 412 seats, the new Airbus 320 jets and Macron's Boeing 737 jets",
            [
                ("412", "cardinal", "412"),
                ("320", "identifier", "320"),
                ("737", "identifier", "737"),
            ],
            id="model_after_a_tally_a_lower_case_word_or_a_possessive",
        ),
        pytest.param(
            "Labour won 412 seats, the ruling party 121 and the Greens 4.",
            [("412", "cardinal", "412"), ("121", "cardinal", "121"), ("4", "cardinal", "4")],
            id="gapped_rival_after_a_party_noun_down_a_list",
        ),
        pytest.param(
            "Labour won 412 seats and Boeing 737 jets flew",
            [("412", "cardinal", "412"), ("737", "identifier", "737")],
            id="model_after_a_tally_and_and",
        ),
        pytest.param(
            "Smith scored 28 points on Friday and Jones 22.",
            [("28", "cardinal", "28"), ("22", "cardinal", "22")],
            id="gapped_rival_after_a_tally_and_its_date",
        ),
        pytest.param(
            "Labour won 412 seats in 2019, the Conservatives 121",
            [("412", "cardinal", "412"), ("2019", "year", "2019"), ("121", "cardinal", "121")],
            id="gapped_rival_after_a_tally_and_its_year",
        ),
        pytest.param(
            "Smith scored 28 points on Friday and Boeing 737 jets flew",
            [("28", "cardinal", "28"), ("737", "identifier", "737")],
            id="model_after_a_tally_its_date_and_and",
        ),
        pytest.param(
            "Smith scored 28 points in Toronto and Route 66",
            [("28", "cardinal", "28"), ("66", "identifier", "66")],
            id="name_after_a_tally_and_a_place_stays",
        ),
        pytest.param(
            "Police called 300 witnesses",
            [("300", "cardinal", "300")],
            id="count_after_call_before_plural",
        ),
        pytest.param(
            "shares of Apple 5M rose", [("5M", "identifier", "5000000")], id="glued_scale_name"
        ),
        pytest.param(
            "Steps 1, 2 and 3",
            [("1", "identifier", "1"), ("2", "identifier", "2"), ("3", "identifier", "3")],
            id="label_list",
        ),
        pytest.param(
            "Rooms 101, 102 and 103, and 40",
            [(w, "identifier", w) for w in ("101", "102", "103")] + [("40", "cardinal", "40")],
            id="label_list_ends_at_and",
        ),
        pytest.param(
            "On Route 66, 300",
            [("66", "identifier", "66"), ("300", "cardinal", "300")],
            id="singular_label_starts_no_list",
        ),
        pytest.param("Article 5 of the treaty", [("5", "identifier", "5")], id="article"),
        pytest.param("under article 5 of", [("5", "identifier", "5")], id="lowercase_article"),
        pytest.param("Route 66", [("66", "identifier", "66")], id="route"),
        pytest.param(
            "Adults 65 and older", [("65", "cardinal", "65")], id="age_group_after_capital"
        ),
        pytest.param(
            "Americans 65 or over", [("65", "cardinal", "65")], id="age_group_after_demonym"
        ),
        pytest.param(
            "Children 5 to 11 can",
            [("5 to 11", "range", "5", "11")],
            id="age_group_range_after_capital",
        ),
        pytest.param("Children 5 to 11 times", [], id="age_group_range_before_a_noun_stays"),
        pytest.param(
            "Windows 10 and older versions",
            [("10", "identifier", "10")],
            id="name_and_older_plural_stays",
        ),
        pytest.param("Stage 4 cancer", [("4", "identifier", "4")], id="stage"),
        pytest.param("U.S. 59 was closed", [("59", "identifier", "59")], id="us_highway"),
        pytest.param("No. 10 Downing Street", [("10", "identifier", "10")], id="no_dot"),
        pytest.param("lives at 10 Downing Street", [("10", "identifier", "10")], id="house_number"),
        pytest.param(
            "called to the 400 block of North High Street",
            [("400", "identifier", "400")],
            id="address_block",
        ),
        pytest.param(
            "the 1200 block of 5th Avenue",
            [("1200", "identifier", "1200")],
            id="address_block_numbered_street",
        ),
        pytest.param("sold 300 blocks of shares", [("300", "cardinal", "300")], id="blocks_count"),
        pytest.param("Interstate 95", [("95", "identifier", "95")], id="interstate"),
        pytest.param("a Category 5 hurricane", [("5", "identifier", "5")], id="category"),
        pytest.param("Chapter 11 bankruptcy", [("11", "identifier", "11")], id="chapter"),
        pytest.param("the FTSE 100 fell", [("100", "identifier", "100")], id="index_name"),
        pytest.param("PM 2.5 levels", [("2.5", "identifier", "2.5")], id="pollutant_name"),
        pytest.param("ranked #3", [("3", "identifier", "3")], id="hash_number"),
        pytest.param(
            "the iPhone 12 launch", [("12", "identifier", "12")], id="lowercase_initial_brand"
        ),
        pytest.param(
            "the S&P 500 index fell",
            [("500", "identifier", "500")],
            id="ampersand_name",
        ),
        pytest.param(
            "the world number one",
            [("one", "identifier", "1")],
            id="spelled_number_after_identifier_noun",
        ),
        pytest.param(
            "World War Two veterans", [("Two", "identifier", "2")], id="spelled_number_in_name"
        ),
        pytest.param("growth in quarter two", [("two", "identifier", "2")], id="quarter_two"),
        pytest.param("phase three trials", [("three", "identifier", "3")], id="phase_three"),
        pytest.param("Part two of the report", [("two", "identifier", "2")], id="part_two"),
        pytest.param("in year two of the plan", [("two", "identifier", "2")], id="year_two"),
        pytest.param("by day 10 the fire", [("10", "identifier", "10")], id="day_ten"),
        pytest.param("a magnitude 6.2 quake", [("6.2", "cardinal", "6.2")], id="magnitude"),
        pytest.param("Tier two cities", [("two", "identifier", "2")], id="tier_two"),
        pytest.param("the Year 10 pupils", [("10", "identifier", "10")], id="school_year"),
        pytest.param("He drove in Formula One", [("One", "identifier", "1")], id="formula_one"),
        pytest.param(
            "the Group of Seven nations", [("Seven", "identifier", "7")], id="group_of_seven"
        ),
        pytest.param("agent 007 returned", [("007", "identifier", "7")], id="leading_zero_code"),
        pytest.param("see pages 10 and 11", [], id="plural_identifier_noun_list"),
        pytest.param("Articles 5 and 6 apply", [], id="capitalized_plural_list"),
        pytest.param("on pages 10-12", [], id="plural_identifier_noun_range"),
        pytest.param(
            "students in grades 3 through 8 took it", [], id="plural_identifier_noun_through"
        ),
        pytest.param(
            "hired 10 through 12 workers",
            [("10", "cardinal", "10"), ("12", "cardinal", "12")],
            id="through_after_a_count_joins_nothing",
        ),
        pytest.param(
            "within weeks 300 people left", [("300", "cardinal", "300")], id="plural_time_noun"
        ),
        pytest.param(
            "Boeing 737 Max Jets Return To The Skies",
            [("737", "identifier", "737")],
            id="aircraft_in_headline",  # title case turns name cues off: "Max" names it
        ),
        # a glued capital K before a noun of a screen or a video is a resolution
        pytest.param(
            "The new 4K monitors cost $400.",
            [("4K", "identifier", "4000"), ("400", "cardinal", "400")],
            id="resolution_before_monitors",
        ),
        pytest.param(
            "Samsung makes 4K OLED TVs.",
            [("4K", "identifier", "4000")],
            id="resolution_word_before_tvs",
        ),
        pytest.param(
            "Sony sold 4K units.", [("4K", "cardinal", "4000")], id="thousands_before_units_count"
        ),
        pytest.param(
            "The firm hired 5K workers.",
            [("5K", "cardinal", "5000")],
            id="thousands_before_workers_count",
        ),
        # a scale word glued to its reading by a hyphen: the digits are a number
        pytest.param(
            "A magnitude-6.4 quake hit.", [("6.4", "cardinal", "6.4")], id="scale_word_dash_reading"
        ),
    ],
)
def test_numbers_find_numerals_identifiers(text: str, want: list[Want]) -> None:
    assert _seen(text, find_numerals(text)) == _wanted(want)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("COVID-19 cases", id="hyphenated_name"),
        pytest.param("covid-19 cases", id="lowercase_hyphenated_name"),
        pytest.param("the F-16 jets", id="aircraft_hyphen"),
        pytest.param("the C-130 aircraft", id="aircraft_unit_letter_hyphen"),
        pytest.param("4G-5G networks", id="letter_suffix_range"),
        pytest.param("Catch-22", id="title_hyphen"),
        pytest.param("the G20 summit", id="letter_prefix"),
        pytest.param("flight MH370", id="letters_prefix"),
        pytest.param("A4 paper", id="paper_size"),
        pytest.param("the 18th congress", id="ordinal"),
        pytest.param("the 1st and 2nd", id="ordinals"),
        pytest.param("4G network", id="letter_suffix"),
        pytest.param("3D printing", id="three_d"),
        pytest.param("the 737MAX", id="letters_glued_after"),
        pytest.param("a 24/7 service", id="around_the_clock"),
        pytest.param("the third quarter", id="ordinal_word_is_not_fraction"),
        pytest.param("H1N1 flu", id="virus_name"),
        pytest.param("No.5 shirt", id="stop_after_a_word_is_no_currency"),
        pytest.param("Fig.3 shows", id="stop_after_a_figure"),
    ],
)
def test_numbers_find_numerals_inside_tokens_give_nothing(text: str) -> None:
    assert find_numerals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("f\u0131ve m\u0131ll\u0131on yuan", id="dotless_i"),
        pytest.param("\u017feven hundred dollars", id="long_s"),
        pytest.param("f\u0130ve", id="dotted_capital_i"),
    ],
)
def test_numbers_find_numerals_case_trap_spellings_give_nothing(text: str) -> None:
    """Letters that (?i) matches to ASCII but ``lower()`` does not spell no number word."""
    assert find_numerals(text) == []
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Call (217) 555-0134 now", id="phone_area_code"),
        pytest.param("Call 555-0134.", id="phone_local"),
        pytest.param("Call 217-555-0134.", id="phone_dashes"),
        pytest.param("Call 1-800-555-0199 today.", id="phone_toll_free_dashes"),
        pytest.param("Call 1.800.555.0199 today.", id="phone_toll_free_dots"),
        pytest.param("Call +44 20 7946 0958.", id="phone_international"),
        pytest.param("Call 01632 960 412.", id="phone_uk_national"),
        pytest.param("Call 020 7946 0958.", id="phone_uk_london"),
        pytest.param("Call 07700 900123.", id="phone_uk_mobile"),
        pytest.param("The line is on 91779 146 449.", id="phone_five_digit_group"),
        pytest.param("It was a one-two punch.", id="spelled_pair_is_no_range"),
        pytest.param("Ferrari took a one-two finish.", id="spelled_one_two_finish"),
        pytest.param("The odds are 100 to 1.", id="odds_with_to"),
        pytest.param("The ruling was 7 to 2.", id="tally_after_ruling"),
        pytest.param("The decision was 5 to 4.", id="tally_after_decision"),
        pytest.param("Women outnumber men 3 to 1.", id="ratio_after_outnumber"),
        pytest.param("Students outnumber teachers 20 to 1.", id="ratio_after_outnumber_noun"),
        pytest.param("at 9:30 a.m. today", id="time_am"),
        pytest.param("at 3pm", id="time_pm_attached"),
        pytest.param("at 3 p.m.", id="time_pm_spaced"),
        pytest.param("at 10.30pm", id="time_dotted"),
        pytest.param("at 15:00", id="time_24h"),
        pytest.param("shares fell by 0300 GMT", id="time_4_digits_gmt"),
        pytest.param("at 1430 hrs on Monday", id="time_4_digits_hrs"),
        pytest.param("from 0900 local time", id="time_4_digits_local_time"),
        pytest.param("at 2359\u00a0UTC", id="time_4_digits_nbsp_utc"),
        pytest.param("Arsenal won 3-1", id="score"),
        pytest.param("a 1-1 draw", id="drawn_score"),
        pytest.param("The score was 3-1.", id="score_sentence_end"),
        pytest.param("Arsenal lost 1-3 at home", id="losing_score"),
        pytest.param("Bayern won 2:1", id="colon_score"),
        pytest.param("led the team to a 3-9 win", id="score_before_win"),
        pytest.param("They suffered a 1-4 defeat", id="score_before_defeat"),
        pytest.param("a 0-3 home loss", id="score_before_word_and_loss"),
        pytest.param("The budget passed 3-5 after debate.", id="tally_hyphen_after_passed"),
        pytest.param("Voters approved the measure 60-40.", id="referendum_shares_no_tally"),
        pytest.param("The Lakers beat the Celtics 110-102.", id="score_after_beat"),
        pytest.param("The court ruled 5-4 in favour.", id="tally_hyphen_after_ruled"),
        pytest.param(
            "Alcaraz beat the champion 1-6, 7-6 (6), 6-1, 3-6, 6-4 in the final.",
            id="set_scores_with_tie_break",
        ),
        pytest.param("Vondrousova beat Jabeur 6-4, 6-4.", id="set_scores_straight"),
        pytest.param("She lost to Iga Swiatek 4-6, 2-6 on Sunday.", id="set_scores_all_lost"),
        pytest.param("a run of 3-1, 2-0 and 1-0 results", id="score_run_with_a_descending_pair"),
        pytest.param("He won the match 7-6 (4) on grass.", id="tie_break_after_score"),
        pytest.param("after beating Spain 2-1", id="score_after_beating"),
        pytest.param("Arsenal lost 1-3 in extra time", id="score_before_in_an_inch_symbol"),
        pytest.param("Arsenal lost 1-3 last week", id="score_before_a_time_unit"),
        pytest.param("Arsenal lost 1-3 won over fans", id="score_before_won"),
    ],
)
def test_numbers_find_numerals_phones_times_scores_give_nothing(text: str) -> None:
    assert find_numerals(text) == []


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        pytest.param("Prices rose 10-15, 20-25 units.", ["10-15", "20-25"], id="ascending_run"),
        pytest.param(
            "Sales won't recover, with 10-15, 20-25 units", ["10-15", "20-25"], id="wont_is_no_win"
        ),
        pytest.param("in sizes 5-7 (2) and 8-9", ["5-7", "8-9"], id="bracket_after_a_range"),
    ],
)
def test_numbers_find_numerals_runs_of_ascending_pairs_stay_ranges(
    text: str, ranges: list[str]
) -> None:
    found = [text[n.start : n.end] for n in find_numerals(text) if n.value_max is not None]
    assert found == ranges


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        # A pair after a word of a game or a tally with a percentage, a unit or a currency
        # after it is a range of them, no score: business news loses, leads and wins too.
        pytest.param("Shares lost 3-4 percent on Monday.", ["3-4"], id="lost_percent"),
        pytest.param("The stock lost 3-4% on Monday.", ["3-4"], id="lost_percent_sign"),
        pytest.param("Sales beat estimates 12-15 percent.", ["12-15"], id="beat_estimates"),
        pytest.param("The firm won 12-15 percent of the vote.", ["12-15"], id="won_percent"),
        pytest.param("Tesla led gains 3-5 per cent.", ["3-5"], id="led_per_cent"),
        pytest.param("He lost 3-4 kg.", ["3-4"], id="lost_unit_symbol"),
        pytest.param("They won 2-3 yen.", ["2-3"], id="won_currency"),
    ],
)
def test_numbers_find_numerals_measured_pairs_after_a_game_word_are_ranges(
    text: str, ranges: list[str]
) -> None:
    found = [text[n.start : n.end] for n in find_numerals(text) if n.value_max is not None]
    assert found == ranges


@pytest.mark.parametrize(
    ("text", "number"),
    [
        pytest.param("logged 2500 hrs of flying", "2500", id="hour_past_23"),
        pytest.param("the 1960 GMT rules", "1960", id="minute_past_59"),
        pytest.param("flew 2,300 hrs", "2,300", id="thousands_separator"),
        pytest.param("0300 GMTX", "0300", id="marker_inside_a_word"),
        pytest.param("sold 1200 ETFs", "1200", id="marker_prefix_of_a_word"),
    ],
)
def test_numbers_find_numerals_four_digits_and_a_marker_that_are_no_time(
    text: str, number: str
) -> None:
    assert [text[n.start : n.end] for n in find_numerals(text)] == [number]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("All 70 of us", [("70", "cardinal", "70")], id="capitalised_cue_all"),
        pytest.param("Nearly 300 people", [("300", "cardinal", "300")], id="capitalised_nearly"),
        pytest.param("He said 12 people died", [("12", "cardinal", "12")], id="plain_count"),
        pytest.param("Guangxi's 12 cities", [("12", "cardinal", "12")], id="after_possessive"),
        pytest.param("1,000 people", [("1,000", "cardinal", "1000")], id="thousands"),
        pytest.param(
            "12,34,567 rupees", [("12,34,567", "cardinal", "1234567")], id="indian_grouping"
        ),
        pytest.param("816 000 t", [("816 000", "cardinal", "816000")], id="spaced_thousands"),
        pytest.param(
            "816\u202f000 t",
            [("816\u202f000", "cardinal", "816000")],
            id="narrow_nbsp_thousands",
        ),
        pytest.param(
            "scored 73 20",
            [("73", "cardinal", "73"), ("20", "cardinal", "20")],
            id="two_numbers_not_spaced_thousands",
        ),
        pytest.param("1K miles", [("1K", "cardinal", "1000")], id="attached_k"),
        pytest.param("3.68 bn dollars", [("3.68 bn", "cardinal", "3680000000")], id="spaced_bn"),
        pytest.param("£2bn", [("2bn", "cardinal", "2000000000")], id="after_currency_sign"),
        pytest.param(
            "Rs5 crore", [("5 crore", "cardinal", "50000000")], id="after_currency_letters"
        ),
        pytest.param(
            "five thousand people last week",
            [("five thousand", "cardinal", "5000")],
            id="spelled_thousand",
        ),
        pytest.param("a dozen eggs", [("a dozen", "cardinal", "12")], id="a_dozen"),
        pytest.param(
            "A half-dozen states sued.", [("A half-dozen", "cardinal", "6")], id="a_half_dozen"
        ),
        pytest.param(
            "Some 2 dozen firefighters came.", [("2 dozen", "cardinal", "24")], id="digits_dozen"
        ),
        pytest.param("He ate 3 dozens.", [("3", "cardinal", "3")], id="digits_before_dozens"),
        pytest.param(
            "a third dozen eggs", [("a third", "fraction", "0.333333333333")], id="a_third_dozen"
        ),
        pytest.param(
            "half a million people",
            [("half a million", "cardinal", "500000")],
            id="half_a_million",
        ),
        pytest.param(
            "one and a half million people",
            [("one and a half million", "cardinal", "1500000")],
            id="one_and_a_half_million",
        ),
        pytest.param(
            "two-thirds of voters",
            [("two-thirds", "fraction", "0.666666666667")],
            id="fraction_two_thirds",
        ),
        pytest.param(
            "a quarter of voters", [("a quarter", "fraction", "0.25")], id="fraction_a_quarter"
        ),
        pytest.param("half of them", [("half", "fraction", "0.5")], id="fraction_half"),
        # a singular fraction after a spaced count above one describes what is counted
        pytest.param(
            "two quarter-point cuts",
            [("two", "cardinal", "2")],
            id="count_before_singular_fraction",
        ),
        pytest.param(
            "a three-quarter-point hike",
            [("three-quarter", "fraction", "0.75")],
            id="hyphened_fraction_stays",
        ),
        pytest.param(
            "one quarter of the staff",
            [("one quarter", "fraction", "0.25")],
            id="one_quarter_stays",
        ),
        pytest.param(
            "one and a half tonnes",
            [("one and a half", "cardinal", "1.5")],
            id="whole_and_fraction_is_cardinal",
        ),
        pytest.param("fell to −5 degrees", [("−5", "cardinal", "-5")], id="unicode_minus_in_span"),
        pytest.param(
            "minus ten degrees", [("minus ten", "cardinal", "-10")], id="word_minus_in_span"
        ),
        pytest.param(
            "revenue of (99.99) dollars",
            [("99.99", "cardinal", "99.99")],
            id="parentheses_not_negative",
        ),
        pytest.param(
            "2-3 million people",
            [("2-3 million", "range", "2000000", "3000000")],
            id="range_with_scale",
        ),
        pytest.param(
            "between 5 and 7 people",
            [("between 5 and 7", "range", "5", "7")],
            id="range_span_includes_between",
        ),
        pytest.param(
            "5,000-7,000 people",
            [("5,000-7,000", "range", "5000", "7000")],
            id="range_thousands",
        ),
        pytest.param(
            "12.8–13.0 per cent",
            [("12.8–13.0", "range", "12.8", "13")],
            id="range_en_dash_decimals",
        ),
        pytest.param(
            "two or three people",
            [("two or three", "range", "2", "3")],
            id="range_spelled_or",
        ),
        pytest.param(
            "temperatures ranged from 10 to 20 degrees",
            [("10 to 20", "range", "10", "20")],
            id="ranged_from_to_is_a_range",
        ),
        pytest.param(
            "from 5 to 7 people",
            [("5", "cardinal", "5"), ("7", "cardinal", "7")],
            id="from_to_is_two_numbers",
        ),
        pytest.param(
            "Guangdong Lifts 4.5 Million People Out Of Poverty",
            [("4.5 Million", "cardinal", "4500000")],
            id="headline_capital_before_number",
        ),
        pytest.param(
            "Quake Kills 12 In Peru",
            [("12", "cardinal", "12")],
            id="headline_verb_before_number",
        ),
        pytest.param(
            "Guangdong Lifts 4.5 Million People Out Of Poverty\nA Boeing 737 landed.",
            [("4.5 Million", "cardinal", "4500000"), ("737", "identifier", "737")],
            id="headline_rule_stays_on_its_line",
        ),
        pytest.param(
            "Fire Kills 3", [("3", "cardinal", "3")], id="short_headline_verb_before_number"
        ),
        pytest.param(
            "twenty to thirty thousand people",
            [("twenty to thirty thousand", "range", "20000", "30000")],
            id="spelled_range_lower_bound_takes_scale",
        ),
        pytest.param(
            "between 900,000 and 1.2 million people",
            [("between 900,000 and 1.2 million", "range", "900000", "1200000")],
            id="range_full_lower_bound",
        ),
        pytest.param("1,2345 people", [], id="bad_thousands_group_gives_nothing"),
        pytest.param("3,68 bn", [], id="decimal_comma_gives_nothing"),
        pytest.param("2 1/2 years", [("2 1/2", "cardinal", "2.5")], id="mixed_fraction"),
        # A quote's fraction after a hyphen is of its last digit's place (grain, bonds).
        pytest.param("fell 7-1/2 cents", [("7-1/2", "cardinal", "7.5")], id="hyphen_fraction"),
        pytest.param(
            "at $3.87-1/4 a bushel", [("3.87-1/4", "cardinal", "3.8725")], id="quote_fraction"
        ),
        pytest.param(
            "a 5-7/8 percent coupon", [("5-7/8", "cardinal", "5.875")], id="eighths_fraction"
        ),
        pytest.param(
            "threw 6-1/3 innings", [("6", "cardinal", "6")], id="thirds_after_hyphen_no_fraction"
        ),
        pytest.param("open 24/7 and 1/2 off", [], id="bare_slash_pairs_stay_blocked"),
        pytest.param("on 3-16/32", [("3", "cardinal", "3")], id="thirty_seconds_unchanged"),
        # Two marks are a clock's range only from an hour below 30.
        pytest.param(
            "a 83.10-83.40 range",
            [("83.10-83.40", "range", "83.1", "83.4")],
            id="decimal_range_above_any_hour",
        ),
        pytest.param("runs 10.30-11.30 daily", [], id="clock_range_stays_blocked"),
        pytest.param("opens 19.30-22.00 daily", [], id="evening_clock_range_stays_blocked"),
        pytest.param("3½ years", [("3½", "cardinal", "3.5")], id="vulgar_fraction_character"),
        pytest.param("at half-time", [], id="half_time_is_not_fraction"),
        pytest.param("his half-brother", [], id="half_brother_is_not_fraction"),
        pytest.param(
            "a debt of " + "1" + "0" * 23,
            [("1" + "0" * 23, "cardinal", "1" + "0" * 23)],
            id="largest_number_is_exact",
        ),
        pytest.param("a code of " + "1" + "0" * 30, [], id="longer_digit_run_is_no_number"),
        # A time or episode noun after a determiner or a name ends its own phrase.
        pytest.param(
            "Last week three people died", [("three", "cardinal", "3")], id="after_last_week"
        ),
        pytest.param(
            "This week 3,000 workers struck", [("3,000", "cardinal", "3000")], id="after_this_week"
        ),
        pytest.param(
            "the day two people were killed", [("two", "cardinal", "2")], id="after_the_day"
        ),
        pytest.param(
            "in that case three officers", [("three", "cardinal", "3")], id="after_that_case"
        ),
        pytest.param(
            "On Election Day 40 million voted",
            [("40 million", "cardinal", "40000000")],
            id="after_a_named_day",
        ),
        pytest.param("in the third quarter 2020", [("2020", "year", "2020")], id="quarter_year"),
        pytest.param(
            "the 2019/20 season 30 clubs",
            [("2019/20", "year_range", "2019", "2020"), ("30", "cardinal", "30")],
            id="season_of_a_year_then_count",
        ),
        pytest.param(
            "The 2021 Season 3 finale",
            [("2021", "year", "2021"), ("3", "identifier", "3")],
            id="capital_season_after_a_year_names",
        ),
        pytest.param(
            "In 2019 500 000 people moved",
            [("2019", "year", "2019"), ("500 000", "cardinal", "500000")],
            id="year_then_spaced_thousands_is_no_phone",
        ),
        pytest.param(
            '"Two people were hurt," police said.',
            [("Two", "cardinal", "2")],
            id="capital_after_quote_opens_a_sentence",
        ),
        pytest.param("- Two people died", [("Two", "cardinal", "2")], id="capital_in_list_item"),
        pytest.param("costs Rs.500", [("500", "cardinal", "500")], id="after_a_currency_stop"),
        pytest.param("costs S/.338", [("338", "cardinal", "338")], id="after_a_slash_stop"),
        pytest.param("a ratio of .75", [(".75", "cardinal", "0.75")], id="bare_decimal_point"),
        pytest.param("1.299,00 €", [("1.299,00", "cardinal", "1299")], id="european_comma"),
        pytest.param("1.299.000 €", [("1.299.000", "cardinal", "1299000")], id="european_stops"),
        pytest.param("1,299.50 $", [("1,299.50", "cardinal", "1299.5")], id="english_not_european"),
        pytest.param(
            "Ksh.2 billion", [("2 billion", "cardinal", "2000000000")], id="no_decimal_after_ksh"
        ),
        pytest.param(
            "The jury voted 10 to 2.",
            [("10", "cardinal", "10"), ("2", "cardinal", "2")],
            id="tally_with_to_two_sides",
        ),
        pytest.param(
            "The bill was approved 218 to 214.",
            [("218", "cardinal", "218"), ("214", "cardinal", "214")],
            id="tally_after_approved_two_sides",
        ),
        pytest.param(
            "The House voted 220-207 to pass it.",
            [("220", "cardinal", "220"), ("207", "cardinal", "207")],
            id="tally_dashed_two_sides",
        ),
        pytest.param(
            "It passed the Senate by a vote of 68 to 31.",
            [("68", "cardinal", "68"), ("31", "cardinal", "31")],
            id="tally_after_a_vote_of",
        ),
        pytest.param(
            "The bill passed the Senate 52-48.",
            [("52", "cardinal", "52"), ("48", "cardinal", "48")],
            id="tally_after_a_chamber_name",
        ),
        pytest.param(
            "The House 235 committee met.",
            [("235", "identifier", "235")],
            id="chamber_name_number_without_a_tally",
        ),
        pytest.param(
            "It was approved in a 220-207 vote.",
            [("220", "cardinal", "220"), ("207", "cardinal", "207")],
            id="tally_before_vote",
        ),
    ],
)
def test_numbers_find_numerals_counts(text: str, want: list[Want]) -> None:
    assert _seen(text, find_numerals(text)) == _wanted(want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "In the third quarter five million people used the service.",
            [("five million", "cardinal", "5000000")],
            id="after_ordinal_and_quarter",
        ),
        pytest.param(
            "In the second quarter two companies merged.",
            [("two", "cardinal", "2")],
            id="after_quarter",
        ),
        pytest.param(
            "In the third quarter a dozen firms closed.",
            [("a dozen", "cardinal", "12")],
            id="a_dozen_after_quarter",
        ),
        pytest.param("million two hundred", [("two hundred", "cardinal", "200")], id="after_scale"),
        pytest.param(
            "a two-thirds majority",
            [("two-thirds", "fraction", "0.666666666667")],
            id="fraction_after_article",
        ),
        pytest.param("an eight-hour shift", [("eight", "cardinal", "8")], id="after_article"),
        pytest.param(
            "a third of the 5 million",
            [("a third", "fraction", "0.333333333333"), ("5 million", "cardinal", "5000000")],
            id="a_third_stays_a_fraction",
        ),
        pytest.param(
            "three quarters of voters",
            [("three quarters", "fraction", "0.75")],
            id="three_quarters_stays_whole",
        ),
        pytest.param(
            "one and a half million people",
            [("one and a half million", "cardinal", "1500000")],
            id="one_and_a_half_million_stays_whole",
        ),
        pytest.param("the third and fourth quarters", [], id="ordinals_give_nothing"),
        pytest.param(
            "rose by 50,000 to 1.5 million",
            [("50,000", "cardinal", "50000"), ("1.5 million", "cardinal", "1500000")],
            id="by_and_to_values_of_a_change_are_no_range",
        ),
        pytest.param(
            "fall by 5 to 10",
            [("5 to 10", "range", "5", "10")],
            id="close_values_after_by_are_a_range",
        ),
        pytest.param(
            "fell by a record 619,140 to 122.4 million",
            [("619,140", "cardinal", "619140"), ("122.4 million", "cardinal", "122400000")],
            id="by_a_record_then_to_is_no_range",
        ),
        pytest.param(
            "rose by an estimated 3,000 to 45,000",
            [("3,000", "cardinal", "3000"), ("45,000", "cardinal", "45000")],
            id="by_an_estimated_then_to_is_no_range",
        ),
        pytest.param(
            "fell by about 5,000 to 20,000",
            [("5,000", "cardinal", "5000"), ("20,000", "cardinal", "20000")],
            id="by_about_then_to_is_no_range",
        ),
        pytest.param(
            "fall by about 5 to 10",
            [("5 to 10", "range", "5", "10")],
            id="close_values_after_by_about_are_a_range",
        ),
        pytest.param(
            "a third of a billion homes",
            [("a third", "fraction", "0.333333333333")],
            id="fraction_of_a_scale_is_no_count_of_the_scale",
        ),
        pytest.param(
            "a quarter of a million homes",
            [("a quarter of a million", "cardinal", "250000")],
            id="whole_fraction_of_a_scale_is_a_count",
        ),
        pytest.param(
            "a third of 30 million voters",
            [("a third", "fraction", "0.333333333333"), ("30 million", "cardinal", "30000000")],
            id="fraction_of_a_total_keeps_the_total",
        ),
        pytest.param(
            "cut by a third to 2,000",
            [("a third", "fraction", "0.333333333333"), ("2,000", "cardinal", "2000")],
            id="fraction_and_count_are_no_range",
        ),
    ],
)
def test_numbers_find_numerals_after_a_word_that_starts_none(text: str, want: list[Want]) -> None:
    """A number word that cannot start a numeral (an ordinal, a scale, "a" before a unit)
    does not hide the numeral that follows it in the same run of number words."""
    assert _seen(text, find_numerals(text)) == _wanted(want)


@pytest.mark.parametrize(
    ("text", "m_is_million", "want"),
    [
        pytest.param("2m people", False, [("2", "cardinal", "2")], id="m_left_for_units"),
        pytest.param("2m people", True, [("2m", "cardinal", "2000000")], id="m_as_million"),
        pytest.param(
            "sold 1.5m units", True, [("1.5m", "cardinal", "1500000")], id="decimal_m_as_million"
        ),
    ],
)
def test_numbers_find_numerals_m_is_million(
    text: str, m_is_million: bool, want: list[Want]
) -> None:
    assert _seen(text, find_numerals(text, m_is_million=m_is_million)) == _wanted(want)


@pytest.mark.parametrize(
    ("text", "spelled", "scale"),
    [
        pytest.param("five thousand people", True, 1000, id="spelled_thousand"),
        pytest.param("3.68 bn dollars", False, 10**9, id="digits_with_bn"),
        pytest.param("2-3 million people", False, 10**6, id="range_with_million"),
        pytest.param("two or three people", True, 1, id="spelled_range"),
        pytest.param("1,166 projects", False, 1, id="plain_digits"),
    ],
)
def test_numbers_find_numerals_marks_spelled_and_scale(
    text: str, spelled: bool, scale: int
) -> None:
    (numeral,) = find_numerals(text)
    assert (numeral.spelled, numeral.scale) == (spelled, scale)


# ------------------------------------------------------------------------ properties

PROPERTY_SETTINGS = settings(deadline=None)

# Values of 10**28 and more overflow the decimal context (see the huge-number rows above), so
# the properties keep well below it: at most 16 digits, times a scale of at most 10**12.
MAX_DIGITS = 16

_UNITS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

_NEWS_TOKENS = (
    "in",
    "on",
    "the",
    "of",
    "people",
    "between",
    "and",
    "or",
    "to",
    "from",
    "about",
    "nearly",
    "some",
    "May",
    "June",
    "Boeing",
    "Route",
    "No.",
    "#",
    "million",
    "bn",
    "billion",
    "k",
    "M",
    "m",
    "thousand",
    "lakh",
    "crore",
    "dozen",
    "half",
    "a",
    "third",
    "quarters",
    "minus",
    "negative",
    "one",
    "two",
    "twenty-five",
    "hundred",
    "p.m.",
    "pm",
    "a.m.",
    "(",
    ")",
    "-",
    "–",
    "—",
    "−",
    "/",
    ":",
    ",",
    ".",
    "%",
    "$",
    "£",
    "COVID-19",
    "G20",
    "18th",
)


def _spell(number: int, *, hyphen: bool, use_and: bool) -> str:
    """English words for 0..999: ``one hundred and twelve``, ``twenty-five``."""
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    if rest < 20:
        tail = _UNITS[rest]
    else:
        tail = _TENS[tens] + (("-" if hyphen else " ") + _UNITS[units] if units else "")
    if not hundreds:
        return tail
    head = f"{_UNITS[hundreds]} hundred"
    return head if not rest else f"{head} {'and ' if use_and else ''}{tail}"


def _check_spans(text: str, numerals: list[Numeral]) -> None:
    for numeral in numerals:
        assert 0 <= numeral.start < numeral.end <= len(text)
        assert (
            numeral.value_max is None
            or numeral.label != "range"
            or (numeral.value < numeral.value_max)
        )
    for first, second in itertools.pairwise(numerals):
        assert first.end <= second.start


@PROPERTY_SETTINGS
@given(st.integers(min_value=1 - 10**MAX_DIGITS, max_value=10**MAX_DIGITS - 1))
def test_numbers_parse_number_round_trips_grouped_integers(number: int) -> None:
    assert parse_number(f"{number:,}") == Decimal(number)


@PROPERTY_SETTINGS
@given(
    st.decimals(
        min_value=-(10**12), max_value=10**12, places=3, allow_nan=False, allow_infinity=False
    )
)
def test_numbers_parse_number_round_trips_grouped_decimals(number: Decimal) -> None:
    assert parse_number(f"{number:,}") == number


@PROPERTY_SETTINGS
@given(st.integers(min_value=0, max_value=999), st.booleans(), st.booleans())
def test_numbers_parse_number_round_trips_spelled(number: int, hyphen: bool, use_and: bool) -> None:
    assert parse_number(_spell(number, hyphen=hyphen, use_and=use_and)) == Decimal(number)


_NO_NUMERAL_STARTS = ("third", "third-quarter", "second quarter", "tenths", "million", "thousand")


@PROPERTY_SETTINGS
@given(
    st.sampled_from(_NO_NUMERAL_STARTS),
    st.integers(min_value=0, max_value=999),
    st.booleans(),
    st.booleans(),
)
def test_numbers_find_numerals_reads_a_numeral_after_words_that_start_none(
    before: str, number: int, hyphen: bool, use_and: bool
) -> None:
    spelled = _spell(number, hyphen=hyphen, use_and=use_and)
    text = f"{before} {spelled} people"
    assert _seen(text, find_numerals(text)) == [(spelled, "cardinal", Decimal(number), None)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param("He sold 2000 copies", True, id="count"),
        pytest.param("The club has 2020 members", True, id="count-not-round"),
        pytest.param("It fell below 1990 levels", False, id="period-levels"),
        pytest.param("Sales matched 2019 figures", False, id="period-figures"),
        pytest.param("The firm recalled 2018 models", False, id="period-models"),
        pytest.param("in 2000 people moved", False, id="year-word-before"),
    ],
)
def test_numbers_year_is_count(text: str, count: bool) -> None:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    assert year_is_count(text, start, start + 4) is count


@PROPERTY_SETTINGS
@given(
    st.sampled_from(["Last year", "This week", "Each month", "In 2019", "by 1998"]),
    st.integers(min_value=15, max_value=21).map(lambda hundreds: hundreds * 100),
    st.sampled_from(["people", "Chinese tourists", "new jobs", "workers"]),
    st.sampled_from(["the year", "in", "since", "the"]),
)
def test_numbers_year_like_count_after_a_date_phrase(
    date: str, number: int, noun: str, naming: str
) -> None:
    # A whole date phrase before a year-like number makes it a count of the plural noun
    # after it; words that name the year ("the year 2000 celebrations") keep it a year.
    counted = f"{date} {number} {noun} came"
    assert [n.label for n in find_numerals(counted)][-1] == "cardinal"
    named = f"{naming} {number} {noun} came"
    assert [n.label for n in find_numerals(named)] == ["year"]


@PROPERTY_SETTINGS
@given(st.text(), st.booleans())
def test_numbers_find_numerals_never_raises_on_any_text(text: str, m_is_million: bool) -> None:
    assume(sum(char.isdigit() for char in text) <= MAX_DIGITS)
    _check_spans(text, find_numerals(text, m_is_million=m_is_million))


_NUMBER_TOKENS = st.integers(min_value=0, max_value=9999).flatmap(
    lambda n: st.sampled_from([str(n), f"{n:,}", f"{n / 100}", f"-{n}", f"{n}s"])
)


@st.composite
def _news_like_text(draw: st.DrawFn) -> str:
    """Up to ten news words and four numbers of at most four digits, in any order."""
    words = draw(st.lists(st.sampled_from(_NEWS_TOKENS), max_size=10))
    numbers = draw(st.lists(_NUMBER_TOKENS, max_size=4))
    tokens = draw(st.permutations([*words, *numbers]))
    separator = draw(st.sampled_from([" ", "", "\n", "\u202f", " - "]))
    return separator.join(tokens)


@PROPERTY_SETTINGS
@given(_news_like_text(), st.booleans())
def test_numbers_find_numerals_never_raises_on_news_like_text(
    text: str, m_is_million: bool
) -> None:
    assume(sum(char.isdigit() for char in text) <= MAX_DIGITS)
    _check_spans(text, find_numerals(text, m_is_million=m_is_million))


@PROPERTY_SETTINGS
@given(
    st.integers(min_value=0, max_value=10**40),
    st.sampled_from(["", ",", "."]),
    st.integers(min_value=0, max_value=10**6),
)
def test_numbers_parse_digits_agrees_with_the_grammar(whole: int, style: str, part: int) -> None:
    """The shortcut for plain digits gives what the number grammar gives."""
    text = f"{whole:,}" if style == "," else f"{whole}.{part}" if style == "." else str(whole)
    assert parse_digits(text) is not None
    assert numerals.normalize(text) == (parse_number(text), None)
    assert str(parse_digits(text)) == str(parse_number(text))


def test_find_numerals_skips_digit_runs_longer_than_any_news_number() -> None:
    def found(text: str) -> list[str]:
        return [text[n.start : n.end] for n in find_numerals(text)]

    longest = "9" * grammar.MAX_DIGITS
    assert found(f"{longest} people") == [longest]
    assert found(f"ID {longest}1 and") == []
    assert found(f"{'1' * 201} or 5 people") == ["5"]


_MODEL_TAILS = st.one_of(
    st.sampled_from(lexicons.number_words().designator_words).map(lambda w: f" {w} jets"),
    st.integers(min_value=1, max_value=999).map(lambda n: f"-{n} jets"),
    st.sampled_from(["F freighters", "X aircraft", "s last year"]),
)


@PROPERTY_SETTINGS
@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=100, max_value=999),
    _MODEL_TAILS,
)
def test_numbers_find_numerals_never_glue_a_count_to_a_model_number(
    count: int, model: int, tail: str
) -> None:
    """A count before a model number that a name goes on from ("12 737 MAX jets", "12
    737-800 jets", "5 777F freighters") stays the count: never read as spaced thousands."""
    text = f"Boeing delivered {count} {model}{tail}"
    numerals = find_numerals(text)
    assert numerals[0].value == count and numerals[0].label == "cardinal"
    assert all(n.label == "identifier" for n in numerals[1:])


@PROPERTY_SETTINGS
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_numbers_find_numerals_keep_spaced_thousands_before_a_noun(head: int, group: int) -> None:
    """Without a model name after it, a valid spaced group is still part of the number."""
    text = f"The company has {head} {group:03d} employees"
    assert [(n.value, n.label) for n in find_numerals(text)] == [
        (Decimal(head * 1000 + group), "cardinal")
    ]


@PROPERTY_SETTINGS
@given(
    st.sampled_from(["Articles", "Sections", "Chapters", "Rooms", "Gates", "steps", "phases"]),
    st.lists(st.integers(min_value=1, max_value=999), min_size=3, max_size=6, unique=True),
    st.sampled_from(["and", "or"]),
    st.integers(min_value=2, max_value=999),
)
def test_numbers_find_numerals_label_lists_are_labels(
    noun: str, labels: list[int], joint: str, count: int
) -> None:
    """Every number of "Articles 5, 6 and 7" is a label; the list ends at its "and"."""
    listed = ", ".join(map(str, labels[:-1])) + f" {joint} {labels[-1]}"
    text = f"{noun} {listed}, and {count} people left"
    found = [n.label for n in find_numerals(text)]
    assert found == ["identifier"] * len(labels) + ["cardinal"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("a margin of plus or minus 3 points", "3", id="plus_or_minus_is_a_margin"),
        pytest.param("Plus or minus 2.5", "2.5", id="plus_or_minus_capitalised"),
        pytest.param("fell to minus 5", "-5", id="minus_alone_stays_a_sign"),
    ],
)
def test_numbers_find_numerals_plus_or_minus_is_no_sign(text: str, value: str) -> None:
    assert [n.value for n in find_numerals(text)] == [Decimal(value)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param("closed a $5 billion Series C round", "cardinal", id="scaled-money-series"),
        pytest.param("raised 5 million Series A funding", "cardinal", id="scaled-series-a"),
        pytest.param("bought 20bn Series B shares", "cardinal", id="abbreviated-scale"),
        pytest.param("the 737 MAX jets", "identifier", id="model-number-stays"),
    ],
)
def test_numbers_scaled_amount_is_no_model_number(text: str, label: str) -> None:
    """A number with a scale word ("5 billion") names no model before a designator word
    ("Series C"); a plain number there still does ("737 MAX")."""
    assert [n.label for n in find_numerals(text)] == [label]


@settings(max_examples=40, deadline=None)
@given(
    value=st.integers(min_value=1, max_value=999),
    scale=st.sampled_from([" million", " billion", "bn", " trillion"]),
    word=st.sampled_from(["Series", "MAX", "Pro"]),
)
def test_numbers_property_scaled_amount_before_capital_is_cardinal(
    value: int, scale: str, word: str
) -> None:
    """A scaled amount before a designator word is a count, never a model name."""
    text = f"It raised ${value}{scale} {word} C funding."
    labels = [n.label for n in find_numerals(text)]
    assert "identifier" not in labels


_SET = st.tuples(st.integers(min_value=0, max_value=7), st.integers(min_value=0, max_value=7))


@PROPERTY_SETTINGS
@given(
    st.lists(_SET, min_size=2, max_size=5).filter(lambda sets: any(a >= b for a, b in sets)),
    st.lists(st.booleans(), min_size=5, max_size=5),
    st.sampled_from(["beat Ruud", "won the final", "lost to Sinner", "took the match"]),
)
def test_numbers_runs_of_set_scores_give_no_numbers(
    sets: list[tuple[int, int]], tie_breaks: list[bool], lead: str
) -> None:
    # A run with a set that is no range (6-4) is a score whatever the lead says, tie-breaks
    # in brackets included: nothing of it is a number.
    scores = ", ".join(
        f"{a}-{b}" + (f" ({min(a, b)})" if tie else "")
        for (a, b), tie in zip(sets, tie_breaks, strict=False)
    )
    assert find_numerals(f"She {lead} {scores} on Sunday.") == []


_FRACTIONS = {"half": 2, "quarter": 4, "third": 3, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
_SCALES = {"thousand": 1000, "million": 10**6, "billion": 10**9}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_FRACTIONS)), st.sampled_from(sorted(_SCALES)))
def test_numbers_property_fraction_of_a_scale(fraction: str, scale: str) -> None:
    """ "a quarter of a million" is the fraction of the scale when that is whole; otherwise
    no numeral holds the scale (never "a million" alone)."""
    text = f"about a {fraction} of a {scale} homes"
    found = find_numerals(text)
    value = Decimal(_SCALES[scale]) / _FRACTIONS[fraction]
    if value == value.to_integral_value():
        assert [(text[n.start : n.end], n.value) for n in found] == [
            (f"a {fraction} of a {scale}", value)
        ]
    else:
        assert all(scale not in text[n.start : n.end] for n in found)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=2, max_value=10))
def test_numbers_property_elided_thousands_give_no_small_count(low: int, factor: int) -> None:
    """ "between 20 and 30,000 people": the first value may share the thousands of the
    second (20,000) or not (20); neither reading is sure, so no numeral says 20 alone or
    starts a range at 20."""
    high = low * factor * 1000 // 2 // 100 * 100
    assume(low * 1000 < high <= low * 10 * 1000)
    found = find_numerals(f"Between {low} and {high:,} people attended.")
    assert all(n.value != low for n in found)


@given(
    hedge=st.sampled_from(["", "a record ", "a further ", "an estimated ", "about ", "nearly "]),
    low=st.integers(1, 9_000),
    times=st.integers(4, 50),
)
@settings(max_examples=60)
def test_numbers_property_by_hedge_then_to_is_a_change(hedge: str, low: int, times: int) -> None:
    """ "by [hedge] X to Y" with Y over three times X is a change's size and level, whatever
    hedge stands after "by": never one range from X to Y."""
    text = f"Exports rose by {hedge}{low:,} to {low * times:,}."
    assert all(label != "range" for _, label, *_ in _seen(text, find_numerals(text)))


@PROPERTY_SETTINGS
@given(
    st.integers(min_value=0, max_value=999),
    st.sampled_from([("half", "0.5"), ("quarter", "0.25")]),
    st.booleans(),
)
def test_numbers_parse_number_digits_and_a_fraction(
    whole: int, fraction: tuple[str, str], spelled: bool
) -> None:
    """Whole digits, or a word below twenty, and "and a half" ("2 and a half",
    "one-and-a-half") are one number, the fraction added."""
    word, value = fraction
    text = (
        f"{_spell(whole, hyphen=True, use_and=False)}-and-a-{word}"
        if spelled and whole < 20
        else ""
    )
    text = text or f"{whole} and a {word}"
    assert parse_number(text) == whole + Decimal(value)
