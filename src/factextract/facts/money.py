"""Money: an amount with an ISO 4217 currency, in any order news writes it.

"$517.37 million", "US$5", "USD 5m", "RMB 800 million", "Rs 5,000 crore", "Ksh2.3 billion",
"€2.1bn", "5 million dollars", "3.68 billion yuan", "88 US cents", "28p", "50 MUSD", with the
qualifiers of ``qualifiers.py`` and ranges ("$2-3 billion", "between €5m and €7m").

Markers shared by several currencies ("$", "¥", "Rs", "rupees", "R", "N") are resolved from the
article itself by ``CurrencyResolver``: explicit currencies first ("A$", "AUD", "Australian
dollars"), then places ("Sydney", "New South Wales"), then the marker's default. A guess is
recorded as ``currency_certain=False`` and a warning, never silently.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from itertools import pairwise

from spacy.tokens import Doc, Span

from factextract import lexicons
from factextract.facts import numerals, qualifiers
from factextract.facts.spans import (
    Context,
    char_span,
    claimed_tokens,
    free,
    numerals_in,
    range_start,
)
from factextract.patterns import grouped
from factextract.records import Money, Notice

GROUP = "money"
NUMBER_LABELS = frozenset({"cardinal", "range", "year"})
# ISO codes that are also English words: only money when written next to a currency name.
_WORD_CODES = frozenset(
    {
        "ALL",
        "TOP",
        "CUP",
        "SOS",
        "MOP",
        "BOB",
        "GEL",
        "PEN",
        "MAD",
        "TRY",
        "BAM",
        "NIO",
        "AND",
        "FUN",
        "COP",  # COP27 is a conference
    }
)
_SCALED = re.compile(r"(?i)\b(?:thousand|million|billion|trillion|bn|mn|tn)\b|\d[kmbKMB]\b")
# Ambiguous symbols that still say which currency the article's other amounts are in: a story
# written in "£" means pounds sterling when it also says "pounds".
_LENDS = {"£": "GBP"}
# Symbols written after the amount ("5,000元", "500 zł", "45 Kč").
_AFTER_SYMBOLS = frozenset({"元", "zł", "Kč", "Ft", "€", "₫", "₺", "₽", "₴"})
_LOWERCASE_CODES = frozenset({"usd", "eur", "gbp", "jpy", "cny", "inr", "rmb"})


@dataclass(frozen=True, slots=True)
class Resolution:
    """Which currency an ambiguous marker means in this article, and how sure that is."""

    code: str | None
    certain: bool
    reason: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """The article's currency evidence: explicit currencies and places, counted once."""

    explicit: Counter[str]
    places: Counter[str]
    lent: Counter[str]
    """How often each lending symbol (``_LENDS``) occurs."""

    @classmethod
    def count(cls, text: str) -> Evidence:
        """Count the article's explicit currencies and currency places."""
        index = lexicons.currency_index()
        explicit: Counter[str] = Counter()
        for marker in _explicit_markers(text):
            code = index.symbols.get(marker) or index.names.get(marker.lower())
            if code and marker not in _WORD_CODES:
                explicit[code] += 1
        lent = Counter({symbol: text.count(symbol) for symbol in _LENDS})
        for symbol, code in _LENDS.items():
            explicit[code] += lent[symbol]
        return cls(explicit, _count_places(text), lent)


class CurrencyResolver:
    """Resolves an article's ambiguous markers. Its evidence is counted on the first question:
    an article whose amounts all carry unambiguous markers ("US$", "yuan") needs no count."""

    __slots__ = ("_evidence", "_resolved", "analyzed", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._evidence: Evidence | None = None
        # ``resolve`` answers by marker: every amount of the article asks again.
        self._resolved: dict[str, Resolution] = {}
        # ``analyze`` answers by number offsets: record building reads what ``find`` did.
        self.analyzed: dict[tuple[int, int], Parts | None] = {}

    @classmethod
    def of(cls, text: str) -> CurrencyResolver:
        return _resolver(text)

    @property
    def evidence(self) -> Evidence:
        if self._evidence is None:
            self._evidence = Evidence.count(self.text)
        return self._evidence

    @property
    def explicit(self) -> Counter[str]:
        return self.evidence.explicit

    @property
    def places(self) -> Counter[str]:
        return self.evidence.places

    def explicit_own(self, marker: str) -> int:
        return self.evidence.lent[marker]

    def resolve(self, marker: str) -> Resolution:
        """The currency of an ambiguous marker ("$", "rupees") in this article."""
        found = self._resolved.get(marker)
        if found is None:
            found = self._resolved[marker] = self._resolve(marker)
        return found

    def _resolve(self, marker: str) -> Resolution:
        index = lexicons.currency_index()
        entry = index.ambiguous[marker if marker in index.ambiguous else marker.lower()]
        if entry.default == "USD":
            return self._dollar(marker, entry)
        own = _LENDS.get(marker)  # "£" is evidence for "pounds", not for itself
        stated = [
            c for c in entry.candidates if self.explicit[c] - (c == own) * self.explicit_own(marker)
        ]
        if len(stated) == 1:
            return Resolution(stated[0], True, f"the article states {stated[0]} elsewhere")
        seen = sorted(
            (c for c in entry.candidates if self.places[c]),
            key=lambda c: (-self.places[c], entry.candidates.index(c)),
        )
        if seen and entry.candidates == (seen[0],):
            return Resolution(seen[0], True, f"places in the article confirm {seen[0]}")  # R, N
        if seen and seen[0] != entry.default:
            return Resolution(seen[0], False, f"places in the article point to {seen[0]}")
        if len(seen) == 1 and not stated:
            return Resolution(seen[0], True, f"places in the article point to {seen[0]} only")
        if entry.default is None:
            return Resolution(None, False, "no evidence for any currency")
        certain = entry.default_certain and len(stated) < 2
        return Resolution(entry.default, certain, f"default reading of {marker!r}")

    def _dollar(self, marker: str, entry: lexicons.AmbiguousMarker) -> Resolution:
        """A bare "$" is USD unless the article says otherwise. An article that writes US$
        or USD explicitly uses bare "$" for another dollar (its own); one that writes its
        local currency explicitly (MX$, A$) keeps bare "$" for US dollars. Either way a
        reading other than plain USD is marked uncertain."""
        others = sorted(
            (c for c in entry.candidates if c != "USD" and (self.explicit[c] or self.places[c])),
            key=lambda c: (-self.explicit[c], -self.places[c], entry.candidates.index(c)),
        )
        if self.explicit["USD"] and others:
            return Resolution(
                others[0], False, f"the article writes US dollars as such and points to {others[0]}"
            )
        # A passing mention ("rivals in Taiwan") is no evidence; an explicit A$, or repeated
        # places that outnumber American ones, are.
        total = sum(self.places.values())
        located = [
            c
            for c in others
            if self.places[c] > self.places["USD"]
            and (self.places[c] >= 2 or self.places[c] == total)
        ]
        if any(self.explicit[c] for c in others) or located:
            return Resolution(
                "USD", False, f"US dollars by default, but the article also points to {others[0]}"
            )
        return Resolution("USD", entry.default_certain, f"default reading of {marker!r}")


@lru_cache(maxsize=32)
def _resolver(text: str) -> CurrencyResolver:
    # The money component and record building read the same article: count it once.
    return CurrencyResolver(text)


@dataclass(frozen=True, slots=True)
class _Explicit:
    """The pattern of explicit currency markers, and the same split in two cheaper scans."""

    both: re.Pattern[str]
    """Symbols (case as written) or names (any case), as ``finditer`` counts them: the spec."""
    symbols: re.Pattern[str]
    names: re.Pattern[str]
    """The names in lower case, for the lowered text: ``(?i)`` costs most of a scan."""


_NOT_AFTER_SYMBOL = r"[\w$]"
_SYMBOL_END = r"(?!(?<=[^\W\d_])[^\W\d_])"
"""A symbol that ends in a letter ends a word there, but digits may follow: "USD 5" and
"Br500" state a currency, "USDA", "Brazil" and "QR code" do not."""


@cache
def _explicit() -> _Explicit:
    index = lexicons.currency_index()
    symbols = [s for s in index.symbols if s not in _WORD_CODES]
    names = grouped(index.names, fold=True)
    return _Explicit(
        re.compile(rf"(?<![\w$])(?:{grouped(symbols)}){_SYMBOL_END}|\b(?i:{names})\b"),
        re.compile(f"(?:{_headed(symbols, not_after=_NOT_AFTER_SYMBOL)}){_SYMBOL_END}"),
        re.compile(rf"\b(?:{grouped(dict.fromkeys(n.lower() for n in index.names))})\b"),
    )


def _headed(words: Iterable[str], not_after: str) -> str:
    r"""``(?<!{not_after})(?:{alternation(words)})``, with each branch starting with its word's
    first character and the lookbehind after it: re skips positions that cannot start a branch
    only when the pattern starts with a character. ``not_after`` matches one character.

    >>> _headed(["Rs", "R", "N"], r"\w")
    'R(?<!\\wR)(?:s|)|N(?<!\\wN)(?:)'
    """
    heads: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        heads.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = []
    for head, rests in heads.items():
        first = re.escape(head)
        branches.append(f"{first}(?<!{not_after}{first})(?:{'|'.join(rests)})")
    return "|".join(branches)


_FOLD_UNSAFE = re.compile("[\u0130\u0131\u017f]")
"""The characters (İ, ı, ſ) for which ``(?i)`` and ``str.lower`` disagree on a name's letters,
word boundaries or the text's length; tests/test_money.py checks every code point."""


def _explicit_markers(text: str) -> list[str]:
    """The explicit currency markers ``_Explicit.both`` finds, in two cheaper scans: symbols,
    and names in the lowered text. While no symbol overlaps a name, the one scan finds exactly
    these; an overlap ("Br" of "Brazilian reais") changes where it resumes, so it decides."""
    scan = _explicit()
    if _FOLD_UNSAFE.search(text) is None:
        found = sorted(
            [m.span() for m in scan.symbols.finditer(text)]
            + [m.span() for m in scan.names.finditer(text.lower())]
        )
        if all(a[1] <= b[0] for a, b in pairwise(found)):
            return [text[start:end] for start, end in found]
    return [m.group() for m in scan.both.finditer(text)]


_PLACE_NOT_AFTER, _PLACE_AFTER = r"[\w.]", r"(?![\w])"
"""A currency place is a whole word: "Perth", not "Perthshire" or the "US" of "U.S.US"."""
_PLACE_END = re.compile(_PLACE_AFTER)


@dataclass(frozen=True, slots=True)
class _Places:
    """Every code's places in one pattern, which matches the longest place at a position."""

    pattern: re.Pattern[str]
    hits: dict[str, tuple[tuple[str, int], ...]]
    """For each place: the codes with a place matching where it does, and how long it is."""
    codes: tuple[str, ...]
    """The codes with places, in lexicon order."""


@cache
def _places() -> _Places:
    index = lexicons.currency_index()
    owners: dict[str, list[str]] = {}
    for code, places in index.places.items():
        for place in places:
            owners.setdefault(place, []).append(code)
    pattern = re.compile(rf"(?:{_headed(owners, _PLACE_NOT_AFTER)}){_PLACE_AFTER}")
    hits = {place: _hits(place, owners) for place in owners}
    return _Places(pattern, hits, tuple(code for code, found in index.places.items() if found))


def _hits(place: str, owners: dict[str, list[str]]) -> tuple[tuple[str, int], ...]:
    """Each code's longest place that ``place`` starts with and that ends a word there: the
    place itself, or a shorter one ("British", GBP, in "British Columbia", CAD)."""
    longest: dict[str, int] = {}
    for size in range(len(place), 0, -1):
        if place[:size] in owners and _PLACE_END.match(place, size):
            for code in owners[place[:size]]:
                longest.setdefault(code, size)
    return tuple(longest.items())


def _count_places(text: str) -> Counter[str]:
    """How often each code's places occur, as one ``findall`` per code would count them (its
    places longest first, after no ``_PLACE_NOT_AFTER``, before ``_PLACE_AFTER``), in one scan. The
    scan stops wherever some place starts; each code counts its match there unless it
    overlaps the code's previous one, so another code's longer place ("New South Wales")
    does not hide it ("Wales"). tests/test_money.py holds the per-code spec."""
    table = _places()
    counts: dict[str, int] = {}
    ends: dict[str, int] = {}
    pos = 0
    while (found := table.pattern.search(text, pos)) is not None:
        start = found.start()
        for code, length in table.hits[found.group()]:
            if start >= ends.get(code, 0):
                counts[code] = counts.get(code, 0) + 1
                ends[code] = start + length
        pos = start + 1
    return Counter({code: counts[code] for code in table.codes if code in counts})


@cache
def _prefix_re() -> re.Pattern[str]:
    """A currency symbol or code right before the number: "$", "US$ ", "Ksh", "RMB ", "-$"."""
    index = lexicons.currency_index()
    markers = [s for s in index.symbols if s not in _WORD_CODES]
    markers += [m for m in index.ambiguous if not m.islower()]
    return re.compile(rf"(?:^|(?<=[^\w$]))(?P<sign>[-−])?(?P<marker>{grouped(markers)})[ \u00a0]?$")


@cache
def _suffix_re() -> re.Pattern[str]:
    """A currency after the number: "yuan", "US dollars", "cents", "USD", "MUSD", glued "p"."""
    index = lexicons.currency_index()
    names = [*index.names, *index.minor, *(m for m in index.ambiguous if m.islower())]
    codes = [c for c in index.symbols if re.fullmatch(r"[A-Z]{3}", c) and c not in _WORD_CODES]
    after = [s for s in index.symbols if s in _AFTER_SYMBOLS]
    return re.compile(
        rf"""(?:
            (?P<glued_m>m)?[ \u00a0]+(?P<name>(?i:{grouped(names, fold=True)}))(?![\w-])
          | [ \u00a0]?(?P<scale>[MK])?(?P<code>{grouped(codes)})(?![\w])
          | [ \u00a0]?(?P<after>{grouped(after)})(?![\w])
          | [ \u00a0](?P<lower_code>{grouped(_LOWERCASE_CODES)})(?![\w])
          | (?P<pence>p)(?![\w])
        )""",
        re.VERBOSE,
    )


@dataclass(frozen=True, slots=True)
class Parts:
    """What an amount of money is made of."""

    start: int
    end: int
    amount: Decimal
    amount_max: Decimal | None
    currency: str
    certain: bool
    marker: str
    reason: str
    cue: qualifiers.Cue | None
    rule: str


def _scaled(
    amount: Decimal, amount_max: Decimal | None, factor: Decimal
) -> tuple[Decimal, Decimal | None]:
    high = None if amount_max is None else numerals_scale(amount_max, factor)
    return numerals_scale(amount, factor), high


def numerals_scale(value: Decimal, factor: Decimal) -> Decimal:
    """Exact product, printed plainly (0.88, 3680000000)."""
    product = value * factor
    return (
        product.quantize(Decimal(1))
        if product == product.to_integral_value()
        else product.normalize()
    )


def currency_marked(text: str, number: Span) -> bool:
    """Whether a currency marker stands next to the number, resolved or not ("R 350" in a
    story with no South African context is not money, but no count either). Pounds may be
    weight, so they do not count here."""
    if _prefix_re().search(text, max(0, number.start_char - 8), number.start_char):
        return True
    suffix = _suffix_re().match(text, number.end_char)
    return suffix is not None and (suffix.group("name") or "").lower() not in ("pound", "pounds")


_WEIGHT = re.compile(r"[ \u00a0]+(?:of|in weight|heavier|lighter)\b")
_GLUED_M = re.compile(r"m(?![\w])")


def _weight(text: str, end: int) -> bool:
    """ "5 pounds of beef", "a 10-pound bag": pounds of weight are not money."""
    return _WEIGHT.match(text, end, end + 20) is not None


def _currency(marker: str, resolver: CurrencyResolver) -> Resolution:
    index = lexicons.currency_index()
    key = marker if marker in index.ambiguous else marker.lower()
    if key in index.ambiguous:
        return resolver.resolve(marker)
    code = (
        index.symbols.get(marker)
        or index.symbols.get(marker.upper() if marker.lower() in _LOWERCASE_CODES else "")
        or index.names.get(marker.lower())
        or index.minor[marker.lower()][0]
    )
    return Resolution(code, True, "stated")


def analyze(ctx: Context, number: Span, resolver: CurrencyResolver) -> Parts | None:
    """The amount of money built on a number span, or None when the number is not money."""
    if resolver.text != ctx.text:  # a resolver of another text remembers nothing for this one
        return _analyze(ctx, number, resolver)
    key = (number.start_char, number.end_char)
    if key not in resolver.analyzed:
        resolver.analyzed[key] = _analyze(ctx, number, resolver)
    return resolver.analyzed[key]


def _analyze(ctx: Context, number: Span, resolver: CurrencyResolver) -> Parts | None:
    text, start, end = ctx.text, number.start_char, number.end_char
    prefix = _prefix_re().search(text, max(0, start - 8), start)
    suffix = _suffix_re().match(text, end) if prefix is None else None
    if prefix is None and suffix is None:
        return None  # most numbers are no money: look for a marker before parsing the number
    values = numerals.normalize(text[start:end])  # number.text, without making Tokens
    if values is None:
        return None
    amount, amount_max = values
    factor, rule = Decimal(1), "prefix"
    if prefix is not None:
        marker, start = prefix.group("marker"), prefix.start()
        if prefix.group("sign"):
            amount, amount_max = -amount, None if amount_max is None else -amount_max
        if _GLUED_M.match(text, end, end + 2):
            factor, end = Decimal(1_000_000), end + 1  # €2m, $5m: m is million next to money
    elif suffix is not None:
        marker = next(
            g for g in ("name", "code", "after", "lower_code", "pence") if suffix.group(g)
        )
        marker, rule = suffix.group(marker), "suffix"
        if suffix.group("glued_m"):
            factor = Decimal(1_000_000)
        if suffix.group("scale"):
            factor = Decimal(1_000_000 if suffix.group("scale") == "M" else 1_000)  # 50 MUSD
        if marker.lower() in ("pound", "pounds") and _weight(text, suffix.end()):
            return None
        end = suffix.end()
    else:
        return None
    return _parts(ctx, number, marker, start, end, (amount, amount_max), factor, rule, resolver)


def _parts(
    ctx: Context,
    number: Span,
    marker: str,
    start: int,
    end: int,
    values: tuple[Decimal, Decimal | None],
    factor: Decimal,
    rule: str,
    resolver: CurrencyResolver,
) -> Parts | None:
    index = lexicons.currency_index()
    minor = index.minor.get(marker.lower()) if rule == "suffix" else None
    ambiguous = index.ambiguous.get(marker if marker in index.ambiguous else marker.lower())
    if marker == "p":
        minor = ("GBP", Decimal("0.01"))
    if minor is not None:
        factor, rule = factor * minor[1], "minor"
    elif ambiguous is not None and ambiguous.minor is not None:
        factor, rule = factor * ambiguous.minor, "minor"
    resolution = _currency(marker, resolver) if marker != "p" else Resolution("GBP", True, "pence")
    single = ambiguous is not None and len(ambiguous.candidates) == 1
    if (
        resolution.code is None
        and single
        and _SCALED.search(ctx.text[number.start_char : number.end_char])
    ):
        # "5 trillion won" is money; "12 won seats" is not
        resolution = Resolution(ambiguous.candidates[0], True, "a scaled amount")  # type: ignore[union-attr]
    if resolution.code is None:
        return None
    amount, amount_max = _scaled(*values, factor)
    cue = qualifiers.before(ctx.text, start)
    if cue is not None:
        start = cue.start
    else:
        cue = qualifiers.after(ctx.text, end)
        end = cue.end if cue else end
    rule = rule if resolution.certain else f"{rule}_guess"
    return Parts(
        start,
        end,
        amount,
        amount_max,
        resolution.code,
        resolution.certain,
        marker,
        resolution.reason,
        cue,
        rule,
    )


def _after_change_verb(lead: str) -> bool:
    """ "rose 12 cents to $3.89" is a change, not a range."""
    words = re.findall(r"[A-Za-z]+", lead)
    cues = lexicons.change_cues()
    return bool(words) and words[-1].lower() in {*cues.up, *cues.down, *cues.neutral, "by"}


_JOIN = re.compile(r"[ \u00a0]*(?:[-–—]|to|and)[ \u00a0]*", re.IGNORECASE)


def _join_ranges(ctx: Context, spans: list[Span]) -> list[Span]:
    """ "between €5m and €7m", "€5m-€7m", "$2 billion to $3 billion": one range."""
    merged: list[Span] = []
    for span in spans:
        last = merged[-1] if merged else None
        gap = ctx.text[last.end_char : span.start_char] if last is not None else ""
        lead = ctx.text[
            max(0, (last.start_char if last else 0) - 8) : last.start_char if last else 0
        ]
        joinable = (
            last is not None
            and last.kb_id_ == span.kb_id_
            and _JOIN.fullmatch(gap)
            and "from" not in lead.lower()
            and (gap.strip().lower() != "and" or "between" in lead.lower())
            and not (gap.strip().lower() == "to" and _after_change_verb(lead))
        )
        if joinable and last is not None:
            start = range_start(ctx.text, last)
            joined = char_span(ctx.doc, start, span.end_char, "money", "range", span.kb_id_)
            if joined is not None:
                merged[-1] = joined
                continue
        merged.append(span)
    return merged


def find(doc: Doc) -> list[Span]:
    """Money spans not claimed by an earlier kind."""
    ctx = Context.of(doc)
    taken = claimed_tokens(doc, GROUP)
    resolver = CurrencyResolver.of(ctx.text)
    spans: list[Span] = []
    for number in ctx.numbers:
        if number.label_ not in NUMBER_LABELS or not free(number, taken):
            continue
        parts = analyze(ctx, number, resolver)
        if parts is None:
            continue
        span = char_span(doc, parts.start, parts.end, "money", parts.rule, parts.currency)
        if span is not None and free(span, taken) and (not spans or span.start >= spans[-1].end):
            spans.append(span)
    return _join_ranges(ctx, spans)


def to_record(ctx: Context, resolver: CurrencyResolver, span: Span, sentence: int) -> Money | None:
    """The ``Money`` record of a money span (a joined range reads both ends)."""
    inside = numerals_in(ctx.doc, span.start_char, span.end_char)
    parts = [p for n in inside if (p := analyze(ctx, n, resolver)) is not None]
    if not parts:
        return None
    first, last = parts[0], parts[-1]
    high = last.amount if len(parts) > 1 else first.amount_max
    cue = first.cue if first.cue and first.cue.start >= span.start_char else None
    return Money(
        text=ctx.text[span.start_char : span.end_char],  # span.text, without making Tokens
        start_char=span.start_char,
        end_char=span.end_char,
        sentence=sentence,
        amount=first.amount,
        amount_max=high,
        currency=span.kb_id_,
        currency_certain=first.certain,
        qualifier=cue.qualifier if cue else "exact",
        qualifier_cue=cue.text if cue else None,
    )


def guess_notices(ctx: Context, resolver: CurrencyResolver, spans: list[Span]) -> list[Notice]:
    """One warning per ambiguous marker read as a guess."""
    notices: dict[tuple[str, str], Notice] = {}
    for span in spans:
        if not span.id_.endswith("_guess"):
            continue
        inside = numerals_in(ctx.doc, span.start_char, span.end_char)
        parts = analyze(ctx, inside[0], resolver) if inside else None
        if parts is not None:
            key = (parts.marker, parts.currency)
            notices.setdefault(
                key,
                Notice(
                    code="currency_guess",
                    message=(
                        f"{parts.marker!r} read as {parts.currency} ({parts.reason}); "
                        "currency_certain is false"
                    ),
                ),
            )
    return list(notices.values())


class MoneyFinder:
    """Writes money spans to ``doc.spans["money"]``."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[GROUP] = find(doc)
        return doc
