"""The JSON contract: every record factextract emits, in one file.

Every fact carries its provenance: ``text``, ``start_char``/``end_char`` (character offsets into
``Article.text``, so that ``article.text[start_char:end_char] == fact.text``) and ``sentence``
(0-based). Numbers are exact ``Decimal``s in Python and plain JSON numbers in JSON.
``schemas/`` is generated from these models by ``factextract schema``; a test keeps them equal.
"""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import sys
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
    model_validator,
)

from factextract.lexicons import Qualifier


def _json_number(value: Decimal) -> int | float:
    # Integral values as JSON integers, others as the shortest float that reads back the same
    # digits (news figures have far fewer than 15 significant digits).
    return int(value) if value == value.to_integral_value() else float(value)


Number = Annotated[
    Decimal,
    PlainSerializer(_json_number, when_used="json"),
    WithJsonSchema({"type": "number"}, mode="serialization"),
]
"""An exact decimal, written to JSON as a number."""

Direction = Literal["up", "down", "unchanged", "unknown"]
PercentageUnit = Literal["percent", "percentage_points", "basis_points"]
DateType = Literal["date", "time", "range", "duration", "set"]
PlaceType = Literal["country", "admin1", "admin2", "city", "locality", "region", "facility"]
PublishedSource = Literal["front_matter", "dateline", "argument"]


class Record(BaseModel):
    """Base of every record: frozen, no unknown fields, docstrings become descriptions
    (``_describe``). Built by ``_describe``, not by each class statement (``defer_build``):
    that build was thrown away, a fifth of importing this module."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Fact(Record):
    """Provenance shared by every fact."""

    kind: str
    """The record type tag (each record narrows it to one literal)."""
    text: str
    """The exact text of the fact: ``article.text[start_char:end_char]``."""
    start_char: int = Field(ge=0)
    """Offset of the first character in ``Article.text``."""
    end_char: int = Field(ge=0)
    """Offset one past the last character in ``Article.text``."""
    sentence: int = Field(ge=0)
    """0-based index of the sentence the fact starts in."""

    def model_post_init(self, context: Any, /) -> None:
        # Checked where the record is made (validating fields, JSON, model_construct), not
        # again each time the made record is passed to another's field (an Article's list,
        # a Change's value): a model "after" validator runs there too, once per list item.
        if self.end_char - self.start_char != len(self.text):
            raise ValueError(
                f"end_char - start_char = {self.end_char - self.start_char}, "
                f"but text {self.text!r} has {len(self.text)} characters"
            )


class Quantity(Fact):
    """A number with what it counts or measures: "4.5 million people", "300 km"."""

    kind: Literal["quantity"] = "quantity"
    value: Number
    """The value, or the lower bound of a range."""
    value_max: Number | None = None
    """Upper bound of a range ("2-3 million"), else null."""
    unit: str | None = None
    """Canonical unit id from ``data/units.json`` (``km``, ``t``, ``mu``, ``km/h``), a count
    per unit of time with the count left out (``/day`` for "100,000 vehicles a day", whose
    ``counted`` is "vehicles"), or null. A time unit alone (``year``, ``month``, ``week``,
    ``day``) is only an age's: durations are dates."""
    counted: str | None = None
    """What is counted when there is no unit, or per unit of time: "impoverished villages",
    "workers"; the material a unit measures ("816 000 t of wheat": "wheat"); "age" for an
    age, whose unit is its time unit: "a 32-year-old man", "aged 45", "45 years of age" (45
    ``year``), "a 3-month-old" (3 ``month``), "people over 65" (more_than 65), "children under
    5" (less_than 5), "Zhao, 46, said", "in his 60s" (60 to 69), "5- to 11-year-olds" (5 to
    11). The person is left in the text; an organisation's age ("the 70-year-old company") is
    an age too, a term ("the 10-year bond") a duration."""
    qualifier: Qualifier = "exact"
    """approx, nearly (just under; just over when the value is zero, as in "almost zero"),
    more_than, at_least, less_than, at_most, up_to, or exact."""
    qualifier_cue: str | None = None
    """The words that set the qualifier ("more than", "nearly", "or more")."""
    per_value: Number | None = None
    """The base of a rate per a count, a power of ten: 100000 for "5.2 deaths per 100,000
    people", 1000 for "an infant mortality rate of 5.6 per 1,000 live births", 1000000 for "45
    cases per million", 1 for a load per one item and per a time ("50 litres per person per
    day": ``L/day`` per 1 person); else null. The value counts ``counted`` (or nothing said: "a
    rate of 45 per 100,000") per that many ``per``; the span takes in the base, which is no
    quantity of its own (as "a day" of a count per day). A measure per a measure is a unit ("6
    litres per 100 km" is none of this), and a load per an item with no time stays a load ("32
    tonnes per trip")."""
    per: str | None = None
    """What the base of a rate counts, as written ("people", "live births", "vehicle miles
    traveled", "population"); null when it is unsaid ("a rate of 45 per 100,000", "45 cases
    per million") or there is no base."""


class Percentage(Fact):
    """A percentage, a change in percentage points, or basis points."""

    kind: Literal["percentage"] = "percentage"
    value: Number
    """The value as written (25 for "25 basis points"), or the lower bound of a range."""
    value_max: Number | None = None
    """Upper bound of a range ("12.8–13.0 per cent"), else null."""
    unit: PercentageUnit = "percent"
    """percent, percentage_points or basis_points: never converted into one another."""
    qualifier: Qualifier = "exact"
    """As for ``Quantity.qualifier``."""
    qualifier_cue: str | None = None
    """The words that set the qualifier."""


class Money(Fact):
    """An amount of money in an ISO 4217 currency."""

    kind: Literal["money"] = "money"
    amount: Number
    """The amount in the currency's main unit (3.68 billion yuan -> 3680000000)."""
    amount_max: Number | None = None
    """Upper bound of a range, else null."""
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    """ISO 4217 code."""
    currency_certain: bool = True
    """False when the currency is a guess (a bare "$" in an Australian story)."""
    qualifier: Qualifier = "exact"
    """As for ``Quantity.qualifier``."""
    qualifier_cue: str | None = None
    """The words that set the qualifier."""
    per: str | None = None
    """What the amount is a price of, in normal form, when the words around it say ("$4.50 a
    gallon": "gallon"; "$80 a barrel": "barrel"; "$15 an hour": "hour"; "Rs 50 per kg":
    "kg"; "$300 per person": "person"; "$5 million a year": "year"; a frequency before the
    noun it is "of", "monthly payments of 1 million won": "month"), else null. Not part of
    the span, which stays on the amount."""


class DateFact(Fact):
    """A date, date range, duration or set, normalized as a TIMEX3 value."""

    kind: Literal["date"] = "date"
    type: DateType = "date"
    """date, time (TIMEX3 TIME: a clock time or a part of a day, "2020-05-23T15:00",
    "2020-05-23TMO"), range (with ``range_start``/``range_end``), duration or set."""
    timex: str | None = None
    """TIMEX3 value: 2020-05-23, 2020-04, 2020-Q2, 2012, P4Y, 2020-05-23T15:30 (a clock time
    with no day written keeps the day unknown: XXXX-XX-XXT15:30)."""
    mod: str | None = None
    """TIMEX3 mod: START, MID, END, APPROX, ..."""
    start_date: dt.date | None = None
    """First day of the covered interval."""
    end_date: dt.date | None = None
    """Last day of the covered interval."""
    granularity: str | None = None
    """day, month, quarter, year, decade, ..."""
    relative: bool = False
    """Whether the expression was anchored at the publication date."""
    resolved: bool = True
    """False for a relative expression with nothing to anchor it."""
    year_inferred: bool = False
    """True when the text gave no year ("in January", "on May 23") and the year was chosen
    from the publication date and the tense."""
    freq: str | None = None
    """For sets: TIMEX3 freq, how often in each period ("twice a week": 2X)."""
    quant: str | None = None
    """For sets: TIMEX3 quant, the quantifier written ("every year": EVERY, "each month":
    EACH)."""
    range_start: DateFact | None = None
    """For ranges: the first endpoint, with its own offsets."""
    range_end: DateFact | None = None
    """For ranges: the second endpoint, with its own offsets."""


class Place(Fact):
    """A place, resolved to GeoNames where possible."""

    kind: Literal["place"] = "place"
    name: str
    """Canonical name."""
    type: PlaceType
    """country, admin1, admin2, city, locality, region or facility."""
    geonames_id: int | None = None
    country_code: str | None = None
    """ISO 3166-1 alpha-2."""
    admin1: str | None = None
    """First-level region the place lies in, by name."""
    latitude: float | None = None
    longitude: float | None = None
    confidence: float = Field(ge=0, le=1)
    """How sure the resolution is, from 0 to 1."""


class Conversion(Fact):
    """A currency conversion stated in the text, checked against a reference rate."""

    kind: Literal["conversion"] = "conversion"
    source: Money
    target: Money
    rate: Number
    """Stated rate: units of target currency per unit of source currency."""
    inverse_rate: Number
    """The same rate the other way round: units of source per unit of target (for 3.68 billion
    yuan ($517.37 million), 7.11 yuan per dollar)."""
    reference_rate: Number | None = None
    """Reference rate for the pair at the publication date, if known: the ECB's, crossed with
    an official fixed rate for a pegged currency the ECB does not publish (the note says
    which)."""
    reference_date: dt.date | None = None
    """Date of the reference rate used."""
    deviation: Number | None = None
    """rate / reference_rate - 1."""
    consistent: bool | None = None
    """Whether the stated rate is within tolerance; null when unchecked."""
    note: str | None = None
    """Why the check could not be made, when it could not; or the fixed rate it used."""


class ExchangeRate(Fact):
    """An exchange rate's level stated in the text ("the rupee closed at 83.12 per dollar",
    "the rand weakened to R15.50 against the dollar", "the euro bought $1.0850", "EUR/USD rose
    to 1.0850"), checked against the reference rate. No amount of money: the price of one
    unit of ``base`` in ``quote``."""

    kind: Literal["exchange_rate"] = "exchange_rate"
    base: str = Field(pattern=r"^[A-Z]{3}$")
    """ISO 4217 code of the currency priced, one unit of it ("per dollar": USD)."""
    quote: str = Field(pattern=r"^[A-Z]{3}$")
    """ISO 4217 code of the currency the price is in ("83.12 [rupees] per dollar": INR)."""
    rate: Number
    """Units of ``quote`` per unit of ``base`` (67.3 US cents for the Australian dollar: 0.673)."""
    currency_certain: bool = True
    """False when either currency is read from the article's context, not stated."""
    qualifier: Qualifier = "exact"
    """As for ``Quantity.qualifier`` ("around 49.5 to the dollar": approx)."""
    qualifier_cue: str | None = None
    """The words that set the qualifier."""
    reference_rate: Number | None = None
    """Reference rate for the pair at the publication date, if known (as for
    ``Conversion.reference_rate``)."""
    reference_date: dt.date | None = None
    """Date of the reference rate used."""
    deviation: Number | None = None
    """rate / reference_rate - 1: a parallel-market or black-market rate shows here."""
    consistent: bool | None = None
    """Whether the stated rate is within tolerance of the reference; null when unchecked."""
    note: str | None = None
    """Why the check could not be made, when it could not; or the fixed rate it used."""


Value = Annotated[Percentage | Quantity | Money, Field(discriminator="kind")]
"""A value a change moves between: its ``kind`` says which record it is (reading JSON back
goes straight to that record instead of trying each in turn: 2.3x faster for a change)."""


class Change(Fact):
    """A change between two values: "from 10.5 percent to 0.6 percent"."""

    kind: Literal["change"] = "change"
    subject: str | None = None
    """What changed, when the text names it just before ("poverty incidence")."""
    from_value: Value | None = None
    to_value: Value | None = None
    by_value: Value | None = None
    """The size of the change ("fell by 3 per cent"): a percentage or an absolute size, never
    a multiple."""
    factor: Number | None = None
    """The multiple the text states, the new value over the old: 2 for "doubled", 3 for
    "tripled", "rose threefold" and "trebled", 10 for "a 10-fold increase" and "rose by a
    factor of 10", 0.5 for "halved"; else null. A change may state nothing else ("Turnout
    doubled", with no value). "fell by half" keeps its size in ``by_value`` (50 percent);
    "double the size of", "twice as many" and "double-digit" are no changes."""
    factor_qualifier: Qualifier | None = None
    """How the text hedges the factor, as for ``Quantity.qualifier`` ("more than doubled":
    more_than, "nearly tripled": nearly, "a more than 42-fold increase": more_than; exact
    when it does not); null when there is no factor."""
    direction: Direction = "unknown"
    """up, down, unchanged or unknown; from the verb, else from the values."""


class Published(Record):
    """The publication date and where it came from."""

    date: dt.date
    source: PublishedSource
    """front_matter, dateline (a line such as "Updated: 2020-05-23") or argument."""


class Notice(Record):
    """Something the reader of the record should know: an ambiguity, a skipped check."""

    code: str
    message: str


class Article(Record):
    """One article and every fact found in it, each list sorted by position."""

    kind: Literal["article"] = "article"
    id: str
    """From front matter, the file name, or the first 16 hex digits of ``text_sha256``."""
    path: str | None = None
    """The input file, as given, when the article came from a file."""
    source: str | None = None
    """Publisher or feed, from front matter."""
    title: str | None = None
    published: Published | None = None
    text: str
    """The article text all offsets refer to (front matter removed)."""
    text_sha256: str
    input_sha256: str | None = None
    """Hash of the raw input (file bytes, or the JSON object): with ``extractor_version`` it
    tells a resumed batch run whether this output is up to date."""
    extractor_version: str
    quantities: list[Quantity] = []
    percentages: list[Percentage] = []
    money: list[Money] = []
    dates: list[DateFact] = []
    places: list[Place] = []
    conversions: list[Conversion] = []
    exchange_rates: list[ExchangeRate] = []
    changes: list[Change] = []
    warnings: list[Notice] = []

    @model_validator(mode="after")
    def _provenance_holds(self) -> Article:
        for fact in self.facts():
            if self.text[fact.start_char : fact.end_char] != fact.text:
                raise ValueError(
                    f"{fact.kind} {fact.text!r} at {fact.start_char}:{fact.end_char} does not "
                    f"match the article text {self.text[fact.start_char : fact.end_char]!r}"
                )
        return self

    def facts(self) -> list[Fact]:
        """Every fact of every kind, in list order."""
        return [
            *self.quantities,
            *self.percentages,
            *self.money,
            *self.dates,
            *self.places,
            *self.conversions,
            *self.exchange_rates,
            *self.changes,
        ]


class ExtractionError(Record):
    """An input that could not be turned into an Article."""

    kind: Literal["error"] = "error"
    path: str
    reason: str
    exception_type: str


RECORDS: tuple[type[Record], ...] = (
    Article,
    Quantity,
    Percentage,
    Money,
    DateFact,
    Place,
    Conversion,
    ExchangeRate,
    Change,
    ExtractionError,
)
"""Models with a JSON Schema file in ``schemas/``."""


def _attribute_docstrings(source: str) -> dict[str, dict[str, str]]:
    """Class name -> field -> the docstring right after the field's annotation, cleaned as
    ``inspect.getdoc`` cleans: what pydantic's ``use_attribute_docstrings`` reads."""
    found: dict[str, dict[str, str]] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        docs = found[node.name] = {}
        for field, after in zip(node.body, node.body[1:], strict=False):
            if (
                isinstance(field, ast.AnnAssign)
                and isinstance(field.target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                docs[field.target.id] = inspect.cleandoc(after.value.value)
    return found


def _describe() -> None:
    """Make the field docstrings of every record the descriptions of its fields, as pydantic's
    ``use_attribute_docstrings`` does: that option looked each class's source up through the
    call stack and ``inspect.getmodule``, which mapped every loaded module's file (some 0.1 s
    of the cold start); one parse of this file gives them all. A field a class inherits keeps
    its base's description. The models are then rebuilt, parents and nested records first
    (the order of this file), so that their schemas carry the descriptions."""
    try:
        # as inspect reads a class's source (linecache: also from a zip), but once
        docs = _attribute_docstrings(inspect.getsource(sys.modules[__name__]))
    except (OSError, TypeError):  # no source shipped: no descriptions, as pydantic's gives
        return
    models = [m for m in globals().values() if isinstance(m, type) and issubclass(m, Record)]
    for model in models:
        own = docs.get(model.__name__, {})
        annotated = inspect.get_annotations(model)  # its own, not its bases'
        for name, info in model.model_fields.items():
            if info.description is not None:
                continue
            if name in own:
                info.description = own[name]
            elif name not in annotated:  # inherited: the base's field, described already
                bases = [b for b in models if b in model.__mro__[1:] and name in b.model_fields]
                base = min(bases, key=model.__mro__.index)  # the nearest
                info.description = base.model_fields[name].description
    for model in models:
        model.model_rebuild(force=True)


_describe()
