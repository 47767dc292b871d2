"""Span plumbing: the group memo the components share."""

from __future__ import annotations

import pytest
from spacy.language import Language

from factextract.facts.spans import Context, publish


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
