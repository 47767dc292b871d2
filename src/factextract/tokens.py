"""A Doc's tokens as plain tuples, built once per Doc and shared by every component.

``Doc.text`` is rebuilt from the tokens on every access and ``doc[i]`` makes a new Token
object each time; loops over hundreds of tokens per component read these tuples instead.
"""

from __future__ import annotations

import weakref

from spacy.attrs import IDX, LENGTH, SPACY
from spacy.tokens import Doc


class Tokens:
    """Text, offsets and spelling of every token of one Doc."""

    __slots__ = ("__weakref__", "ends", "lowers", "spaced", "starts", "text", "words")

    text: str
    starts: tuple[int, ...]
    """Character offset of each token."""
    ends: tuple[int, ...]
    """Character offset just past each token."""
    words: tuple[str, ...]
    """Each token's text (``doc[i].text``)."""
    lowers: tuple[str, ...]
    """Each token's text in lower case (``doc[i].lower_``)."""
    spaced: tuple[bool, ...]
    """Whether a space follows each token (``doc[i].whitespace_``)."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        text = self.text = doc.text if text is None else text
        rows = doc.to_array([IDX, LENGTH, SPACY]).reshape(-1, 3)  # column ops, no Python loop
        self.starts = tuple(rows[:, 0].tolist())
        self.ends = tuple((rows[:, 0] + rows[:, 1]).tolist())
        self.spaced = tuple(rows[:, 2].astype(bool).tolist())
        self.words = tuple([text[a:b] for a, b in zip(self.starts, self.ends, strict=True)])
        self.lowers = tuple(map(str.lower, self.words))


_TABLES: weakref.WeakKeyDictionary[Doc, Tokens] = weakref.WeakKeyDictionary()


def tokens_of(doc: Doc, text: str | None = None) -> Tokens:
    """The token table of ``doc``, kept while the Doc lives and its tokens stay the same
    (a retokenized Doc has a new token count and gets a new table).

    ``text`` is the string the Doc was made from, when the caller has it: ``Doc.text``
    rebuilds it from a new Token object per token, a sixth of this table's cost."""
    table = _TABLES.get(doc)
    if table is None or len(table.words) != len(doc):
        table = _TABLES[doc] = Tokens(doc, text)
    return table
