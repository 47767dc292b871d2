"""Span plumbing: the group memo the components share, char offsets to spans."""

from __future__ import annotations

import pytest
from spacy.language import Language

from factextract.facts.spans import Context, char_span, publish, sentence_numbers, sentence_of


@pytest.mark.parametrize("name", ["money", "numbers"])
def test_spans_group_reads_what_publish_wrote(nlp: Language, name: str) -> None:
    doc = nlp.make_doc("It cost $5 and then $7 more.")
    spans = [doc[2:4], doc[6:8]]
    publish(doc, name, spans)
    ctx = Context.of(doc)
    assert list(doc.spans[name]) == spans
    assert ctx.group(name) == tuple(spans)
    assert all(a is b for a, b in zip(ctx.group(name), spans, strict=True))


@pytest.mark.parametrize("change", ["replace", "append", "delete"])
def test_spans_group_follows_a_changed_group(nlp: Language, change: str) -> None:
    doc = nlp.make_doc("It cost $5 and then $7 more.")
    publish(doc, "money", [doc[2:4]])
    ctx = Context.of(doc)
    assert ctx.group("money") == (doc[2:4],)
    if change == "replace":
        doc.spans["money"] = [doc[6:8]]
    elif change == "append":
        doc.spans["money"].append(doc[6:8])
    else:
        del doc.spans["money"]
    assert ctx.group("money") == tuple(doc.spans.get("money", ()))


@pytest.mark.parametrize("second", ["publish", "assign", "none"])
def test_spans_group_follows_a_group_made_after_a_read(nlp: Language, second: str) -> None:
    """A group read while absent, then made (or not), then made empty and deleted: each read
    gives the group as it is then (``group``'s inline test of ``derived``'s memo)."""
    doc = nlp.make_doc("It cost $5 and then $7 more.")
    ctx = Context.of(doc)
    assert ctx.group("money") == ()
    if second == "publish":
        publish(doc, "money", [doc[2:4]])
    elif second == "assign":
        doc.spans["money"] = [doc[2:4]]
    assert ctx.group("money") == tuple(doc.spans.get("money", ()))
    doc.spans["money"] = []
    assert ctx.group("money") == ()
    doc.spans["money"] = [doc[6:8]]
    assert ctx.group("money") == (doc[6:8],)
    del doc.spans["money"]
    assert ctx.group("money") == ()


@pytest.mark.parametrize("how", ["publish", "assign"])
def test_context_after_new_numbers_shares_the_tokens(nlp: Language, how: str) -> None:
    doc = nlp.make_doc("It cost $5 and then $7 more.")
    before = Context.of(doc)
    assert before.numbers == ()
    spans = [doc[3:4], doc[7:8]]
    if how == "publish":
        publish(doc, "numbers", spans)
    else:
        doc.spans["numbers"] = spans
    after = Context.of(doc)
    assert after is not before  # a holder of the old Context keeps what it read
    assert before.numbers == ()
    assert after.numbers == tuple(spans)
    assert after.words is before.words and after.sentence_chars is before.sentence_chars
    assert Context.of(doc) is after


@pytest.mark.parametrize(
    "text",
    [
        "It cost $5 and then $7 more.",
        "  Two  spaces,\n\nnew lines\t and tabs: 1,166 km/h (COVID-19) end",
        "x",
        "Rs 5,000 crore\u00a0and 3.2m people.",
    ],
)
def test_char_span_is_spacys_strict_char_span(nlp: Language, text: str) -> None:
    # Every pair of offsets (past the end too): the token table's bisection gives spaCy's
    # answer, label, rule and unit included.
    doc = nlp.make_doc(text)
    for start in range(len(text) + 2):
        for end in range(start + 1, len(text) + 3):
            ours = char_span(doc, start, end, "q", "rule", "unit")
            spacys = doc.char_span(start, end, label="q", kb_id="unit", span_id="rule")
            if spacys is None:
                assert ours is None, (start, end)
            else:
                assert ours is not None, (start, end)
                got = (ours.start, ours.end, ours.label_, ours.id_, ours.kb_id_)
                assert got == (spacys.start, spacys.end, "q", "rule", "unit")


@pytest.mark.parametrize(
    ("starts", "size"),
    [
        ([0], 0),
        ([], 0),
        ([], 5),
        ([0], 7),
        ([0, 3, 4, 9], 12),
        ([0, 3, 4, 9], 10),
        ([0, 11], 12),
        ([2, 5], 8),  # a first start after token 0: the tokens before it in sentence 0
        ([0, 1, 2, 3], 4),
    ],
)
def test_sentence_numbers_are_sentence_of_every_token(starts: list[int], size: int) -> None:
    """The table record building reads (``pipeline.to_article``) answers what ``sentence_of``
    does for every token index and the Doc's length (``Context.token_at`` past the end)."""
    table = sentence_numbers(starts, size)
    assert table == [sentence_of(starts, i) for i in range(size + 1)]


def test_sentence_numbers_of_a_doc(nlp: Language) -> None:
    from factextract.facts.spans import sentence_index

    doc = nlp("Prices rose 3% in May. They fell in June! Then? Output was flat.")
    starts = sentence_index(doc)
    assert len(starts) > 2
    assert sentence_numbers(starts, len(doc)) == [
        sentence_of(starts, i) for i in range(len(doc) + 1)
    ]
