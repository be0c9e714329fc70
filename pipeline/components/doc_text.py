"""A Doc's text, kept beside the Doc for this process: spaCy's ``Doc.text`` joins every token on each access."""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

_TEXT: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy builds it anew from every token on each access, and the
    components and row builders read it many times (a Doc's text never changes once it is tokenized)."""
    text = _TEXT.get(doc)
    if text is None:
        text = _TEXT[doc] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Tell :func:`text_of` the text ``doc`` was tokenized from, so that it need not join every token again.

    spaCy's tokenizer loses no character, so the Doc's text is the text it was given; a Doc whose tokens do not
    reach to the text's end (any other) is left to ``doc.text``."""
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if end == len(text):
        _TEXT[doc] = text
    return doc
