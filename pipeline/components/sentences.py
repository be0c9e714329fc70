"""Sentence boundaries the extractors rely on: a paragraph break ends a sentence."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newline_sentences", assigns=["token.is_sent_start"])
def newline_sentences(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: headings and list items are not glued to the next line."""
    after_break = False
    for i, token in enumerate(doc):
        if i:
            if token.is_space:
                token.is_sent_start = False  # a line break belongs to the sentence it ends
            elif after_break:
                token.is_sent_start = True
        after_break = "\n" in token.text or "\n" in token.whitespace_
    return doc
