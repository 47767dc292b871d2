"""Stated unit conversions ("300 km (186 miles)") checked against the units' sizes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factextract import Extractor
from factextract.facts.unit_conversions import converted

CASES = [
    pytest.param("Temperatures reached 47.2C (117F) in Phoenix.", None, id="temperature-rounded"),
    pytest.param(
        "Highs of 105 degrees Fahrenheit (41 degrees Celsius).", None, id="temperature-spelled"
    ),
    pytest.param("The fire grew to 350,000 acres (141,600 hectares).", None, id="area"),
    pytest.param("The front line is 1,000-kilometer (620-mile) long.", None, id="hyphenated"),
    pytest.param("He is 6 feet (2 metres) tall.", None, id="rounded-to-one-digit"),
    pytest.param("It dumped 10 to 14 inches (25 to 36 cm) of rain.", None, id="range"),
    pytest.param("Winds of 120 km/h (75 mph) hit the coast.", None, id="speed"),
    pytest.param("a 2 GW (2,000 MW) plant", None, id="power"),
    pytest.param("The cloud is 10 kelvin (-263C).", None, id="kelvin"),
    pytest.param(
        "The goal is to limit warming to 1.5 degrees Celsius (2.7 degrees Fahrenheit).",
        None,
        id="temperature-difference",
    ),
    pytest.param(
        "The world has warmed about 1.2 degrees Celsius (2.2 degrees Fahrenheit).",
        None,
        id="temperature-difference-hedged",
    ),
    pytest.param(
        "Temperatures rose 10 degrees Fahrenheit (5.6 degrees Celsius) in a day.",
        None,
        id="temperature-difference-from-fahrenheit",
    ),
    pytest.param(
        "Temperatures reached 30C (56F) in Madrid.",
        "'30C (56F)' (characters 21-30): 30C is about 86 °F, not 56F; one of the figures "
        "may be wrong",
        id="temperature-neither-reading-nor-difference",
    ),
    pytest.param(
        "It is minus 43 degrees Celsius (minus 79 degrees Fahrenheit) there.",
        "'minus 43 degrees Celsius (minus 79 degrees Fahrenheit)' (characters 6-60): minus 43"
        " degrees Celsius is about -45.4 °F, not minus 79 degrees Fahrenheit; one of the figures"
        " may be wrong",
        id="temperature-below-zero-is-no-difference",
    ),
    pytest.param(
        "Temperatures reached 40C (140F) in Phoenix.",
        "'40C (140F)' (characters 21-31): 40C is about 104 °F, not 140F; one of the figures "
        "may be wrong",
        id="temperature-wrong",
    ),
    pytest.param(
        "It runs 472 km (393 miles).",
        "'472 km (393 miles)' (characters 8-26): 472 km is about 293.3 mi, not 393 miles; one "
        "of the figures may be wrong",
        id="length-wrong",
    ),
    pytest.param(
        "It dumped 10 to 14 inches (25 to 56 cm) of rain.",
        "'10 to 14 inches (25 to 56 cm)' (characters 10-39): 10 to 14 inches is about 25.4 to "
        "35.56 cm, not 25 to 56 cm; one of the figures may be wrong",
        id="range-wrong",
    ),
    pytest.param(
        "The front is 1,000 km (62 miles) long.",
        "'1,000 km (62 miles)' (characters 13-32): 1,000 km is about 621.4 mi, not 62 miles; one "
        "of the figures may be wrong",
        id="round-first-figure-still-checked",
    ),
    pytest.param("It weighs 5 kg (5 GB).", None, id="other-dimension"),
    pytest.param("It is 5 km (3 miles, or 4,800 m).", None, id="no-closing-bracket-after"),
    pytest.param("It holds 10 TEU (5 bbl).", None, id="unlisted-units"),
    pytest.param("The lock stands 6ft 5in (1.96m).", None, id="two-units"),
    pytest.param(
        "The lock stands 6ft 5in (2.5m).",
        "'6ft 5in (2.5m)' (characters 16-30): 6ft 5in is about 1.956 m, not 2.5m; one of the "
        "figures may be wrong",
        id="two-units-wrong",
    ),
]


@pytest.mark.parametrize(("text", "message"), CASES)
def test_unit_conversions_checked(extractor: Extractor, text: str, message: str | None) -> None:
    article = extractor.extract(text, published="2024-01-02")
    found = [w.message for w in article.warnings if w.code == "unit_conversion_mismatch"]
    assert found == ([message] if message else [])


@pytest.mark.parametrize(
    ("value", "unit", "to", "expected"),
    [
        ("300", "km", "mi", "186.4"),
        ("40", "°C", "°F", "104.0"),
        ("212", "°F", "°C", "100.0"),
        ("10", "K", "°C", "-263.2"),
        ("0", "K", "°F", "-459.7"),
        ("1", "acre", "ha", "0.4047"),
        ("1", "gal", "L", "3.785"),
        ("1", "lb", "kg", "0.4536"),
    ],
)
def test_unit_conversions_converted(value: str, unit: str, to: str, expected: str) -> None:
    result = converted(Decimal(value), unit, to)
    assert result is not None
    assert result.quantize(Decimal(expected)) == Decimal(expected)


def test_unit_conversions_other_dimensions_are_not_converted() -> None:
    assert converted(Decimal(1), "km", "kg") is None
    assert converted(Decimal(1), "km", "TEU") is None


@given(
    miles=st.integers(1, 90_000),
    pair=st.sampled_from([("miles", "km", "mi"), ("km", "miles", "km")]),
)
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_unit_conversions_property_rounded_restatement_is_no_mismatch(
    extractor: Extractor, miles: int, pair: tuple[str, str, str]
) -> None:
    """A restatement rounded to three significant digits, as news rounds, is never flagged."""
    written, restated, unit = pair
    other = "km" if unit == "mi" else "mi"
    exact = converted(Decimal(miles), unit, other)
    assert exact is not None
    shown = f"{exact:.3g}" if exact >= 1000 else f"{exact:.0f}"
    shown = f"{int(float(shown)):,}" if exact >= 1000 else shown
    text = f"The route is {miles:,} {written} ({shown} {restated}) long."
    article = extractor.extract(text, published="2024-01-02")
    assert not [w for w in article.warnings if w.code == "unit_conversion_mismatch"]
