"""Links between facts: changes ("from 10.5 percent to 0.6 percent", "rose to 8.1% from 7.4%",
"fell by 3 per cent to 1.2 million", "up 4.2 percentage points").

Runs last and pairs the percentage and quantity spans of one sentence by the words between
them; it writes ``doc.spans["changes"]`` with one span per change and the rule in ``span.id_``.
The roles (from, to, by) are re-read from the text by ``roles`` when records are built.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from factextract import lexicons
from factextract.facts import percentages, quantities
from factextract.facts.spans import Context
from factextract.records import Change, Direction, Percentage, Quantity

GROUP = "changes"
VALUE_GROUPS = (percentages.GROUP, quantities.GROUP)

_BETWEEN = {
    "from_to": re.compile(r"[ \u00a0]+to[ \u00a0]+$", re.IGNORECASE),
    "to_from": re.compile(r"[ \u00a0]+from[ \u00a0]+$", re.IGNORECASE),
    "by_to": re.compile(r"[ \u00a0]+to[ \u00a0]+$", re.IGNORECASE),
}
_LEAD = {
    "from_to": re.compile(r"\bfrom[ \u00a0]+$", re.IGNORECASE),
    "to_from": re.compile(r"\bto[ \u00a0]+$", re.IGNORECASE),
    "by_to": re.compile(r"\bby[ \u00a0]+$", re.IGNORECASE),
}
_WORD = re.compile(r"[A-Za-z]+")
# Common verbs that stand right before a change cue ("got down to", "said rose").
_VERBS = frozenset(
    {
        "got",
        "get",
        "gets",
        "went",
        "said",
        "says",
        "say",
        "saw",
        "sees",
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "will",
    }
)


@dataclass(frozen=True, slots=True)
class Roles:
    """The facts of a change by role, the cue word and where the change starts."""

    start: int
    end: int
    rule: str
    from_value: Span | None
    to_value: Span | None
    by_value: Span | None
    direction: Direction
    cue_start: int | None


@cache
def _cue_directions() -> dict[str, Direction]:
    cues = lexicons.change_cues()
    table: dict[str, Direction] = {w: "unknown" for w in cues.neutral}
    table.update({w: "up" for w in cues.up})
    table.update({w: "down" for w in cues.down})
    return table


def _cue_before(ctx: Context, char: int, sentence_start: int) -> tuple[Direction, int] | None:
    """A change verb among the (at most) two words before ``char`` in the sentence."""
    window = ctx.text[max(sentence_start, char - 30) : char]
    words = list(_WORD.finditer(window))[-2:]
    for match in reversed(words):
        direction = _cue_directions().get(match.group().lower())
        if direction is not None:
            return direction, char - len(window) + match.start()
    return None


def _values(doc: Doc) -> list[Span]:
    spans = [s for group in VALUE_GROUPS for s in doc.spans.get(group, [])]
    return sorted(spans, key=lambda s: s.start_char)


def _pairs(ctx: Context, first: Span, second: Span) -> Roles | None:
    gap = ctx.text[first.end_char : second.start_char]
    lead = ctx.text[
        max(ctx.sentence_start(first.start_char), first.start_char - 8) : first.start_char
    ]
    for rule in ("from_to", "to_from", "by_to"):
        if _BETWEEN[rule].fullmatch(" " + gap.lstrip(" ")) and _LEAD[rule].search(lead):
            keyword_start = first.start_char - len(lead) + _LEAD[rule].search(lead).start()  # type: ignore[union-attr]
            cue = _cue_before(ctx, keyword_start, ctx.sentence_start(first.start_char))
            roles = {
                "from_to": (first, second, None),
                "to_from": (second, first, None),
                "by_to": (None, second, first),
            }[rule]
            return _roles(ctx, rule, keyword_start, second.end_char, roles, cue)
    cue = _cue_before(ctx, first.start_char, ctx.sentence_start(first.start_char))
    if cue is not None and _BETWEEN["by_to"].fullmatch(" " + gap.lstrip(" ")):
        return _roles(
            ctx, "cue_by_to", first.start_char, second.end_char, (None, second, first), cue
        )
    return None


def _roles(
    ctx: Context,
    rule: str,
    start: int,
    end: int,
    roles: tuple[Span | None, Span | None, Span | None],
    cue: tuple[Direction, int] | None,
) -> Roles:
    direction: Direction = cue[0] if cue else "unknown"
    begin = min(start, cue[1]) if cue else start
    return Roles(begin, end, rule, *roles, direction, cue[1] if cue else None)


def _single(ctx: Context, value: Span) -> Roles | None:
    """ "rose by 5%", "up 4.2 percentage points", "rose to 8.1%": one value and a verb."""
    lead = ctx.text[
        max(ctx.sentence_start(value.start_char), value.start_char - 8) : value.start_char
    ]
    keyword = re.search(r"\b(by|to|from)[ \u00a0]+$", lead, re.IGNORECASE)
    at = value.start_char - len(lead) + keyword.start() if keyword else value.start_char
    cue = _cue_before(ctx, at, ctx.sentence_start(value.start_char))
    if cue is None or cue[0] == "unknown":
        return None
    if keyword is None and value.label_ != "percentage":
        return None  # "dropped 60 inches of rain" is no change; "rose 38 per cent" is
    role = keyword.group(1).lower() if keyword else "by"
    if keyword is None and re.match(r"(?i)(?:below|above|under|over|beneath)\b", value.text):
        role = "to"  # "dropped below 3 per cent" says where it went, not by how much
    roles = {"to": (None, value, None), "from": (value, None, None)}.get(role, (None, None, value))
    return _roles(ctx, f"cue_{role}", at, value.end_char, roles, cue)


def find_roles(ctx: Context) -> list[Roles]:
    """Every change in the Doc with its facts by role."""
    values, found, used = _values(ctx.doc), [], set()
    for first, second in itertools.pairwise(values):
        if (
            ctx.sentence_start(first.start_char) != ctx.sentence_start(second.start_char)
            or first.start in used
        ):
            continue
        roles = _pairs(ctx, first, second)
        if roles is not None:
            found.append(roles)
            used.update({first.start, second.start})
    for value in values:
        if value.start not in used:
            roles = _single(ctx, value)
            if roles is not None:
                found.append(roles)
                used.add(value.start)
    return sorted(found, key=lambda r: r.start)


def find(doc: Doc) -> list[Span]:
    """Change spans: from the cue verb (or keyword) to the end of the last value."""
    spans = []
    for roles in find_roles(Context.of(doc)):
        span = doc.char_span(roles.start, roles.end, label="change", span_id=roles.rule)
        if span is not None:
            spans.append(span)
    return spans


def subject_before(ctx: Context, char: int) -> str | None:
    """The content words right before a change, within its sentence: "with its poverty
    incidence decreasing from ..." -> "poverty incidence"."""
    doc, end = ctx.doc, ctx.token_at(char)
    picked: list[Token] = []
    for token in reversed(doc[ctx.token_at(ctx.sentence_start(char)) : end]):
        if not token.is_alpha or token.lower_ in quantities.stop_words() or len(picked) == 4:
            break
        if not picked and (token.lower_.endswith("ed") or token.lower_ in _VERBS):
            break  # "temperatures got down to": the word before the cue is a verb
        picked.insert(0, token)
    return doc[picked[0].i : picked[-1].i + 1].text if picked else None


def to_records(
    ctx: Context,
    values: dict[tuple[int, int], Percentage | Quantity],
    sentence_of: Callable[[int], int],
) -> list[Change]:
    """``Change`` records, their values taken from the already-built records by offsets."""
    changes = []
    for roles in find_roles(ctx):

        def record(span: Span | None) -> Percentage | Quantity | None:
            return None if span is None else values.get((span.start_char, span.end_char))

        before = record(roles.from_value), record(roles.to_value), record(roles.by_value)
        direction = roles.direction
        if direction == "unknown" and before[0] is not None and before[1] is not None:
            low, high = before[0].value, before[1].value
            direction = "up" if high > low else "down" if high < low else "unchanged"
        subject_at = roles.cue_start if roles.cue_start is not None else roles.start
        first_token = ctx.token_at(roles.start)
        changes.append(
            Change(
                text=ctx.text[roles.start : roles.end],
                start_char=roles.start,
                end_char=roles.end,
                sentence=sentence_of(first_token),
                subject=subject_before(ctx, subject_at),
                from_value=before[0],
                to_value=before[1],
                by_value=before[2],
                direction=direction,
            )
        )
    return changes


class LinkFinder:
    """Writes change spans to ``doc.spans["changes"]``."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[GROUP] = find(doc)
        return doc


@Language.factory("factextract_links")
def make_links(nlp: Language, name: str) -> LinkFinder:
    """spaCy factory for ``LinkFinder``."""
    return LinkFinder()
