"""One spaCy ``Language`` per process: the best model found, or ``spacy.blank("nl")``.

Order: a model given with ``--model`` or ``PIPELINE_SPACY_MODEL`` (a package
name or a path), else the candidates of ``models/nlp.json`` (nl_core_news_lg,
md, sm). When none loads, the pipeline runs on ``spacy.blank("nl")`` plus the
project's rules; which one ran is reported and recorded in the outputs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.resources import load_json

MODEL_ENV = "PIPELINE_SPACY_MODEL"


class ModelError(Exception):
    """A model that was asked for explicitly could not be loaded."""


@dataclass
class NLP:
    nlp: Language
    name: str  # e.g. "nl_core_news_lg 3.8.0" or "blank:nl"
    statistical: bool
    requested: str | None = None  # what was asked for (--model or the environment), to load it again elsewhere

    def describe(self) -> str:
        if self.statistical:
            return f"spaCy model {self.name} (components: {', '.join(self.nlp.pipe_names)})"
        return "spaCy model: none found (tried " + ", ".join(load_json("nlp.json")["candidates"]) + \
            "); running spacy.blank('nl') with the project's rules"

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        """Stream texts through the pipeline in batches, in order.

        A text longer than ``max_length`` is cut at paragraph boundaries, its
        pieces processed, and the Docs joined back into one with the same text.
        """
        batch = load_json("nlp.json")["batch_size"]
        texts = list(texts)
        limit = self.nlp.max_length
        short = iter(self.nlp.pipe((t for t in texts if len(t) <= limit), batch_size=batch))
        for text in texts:
            if len(text) <= limit:
                yield next(short)
            else:
                parts = list(self.nlp.pipe(split_text(text, limit), batch_size=batch))
                yield Doc.from_docs(parts, ensure_whitespace=False)


def split_text(text: str, limit: int) -> list[str]:
    """Cut at paragraph (else whitespace) boundaries into pieces of at most ``limit`` characters.

    The pieces concatenate back to ``text`` exactly, so offsets stay valid.
    """
    out, start = [], 0
    while len(text) - start > limit:
        cut = text.rfind("\n", start, start + limit)
        if cut <= start:
            cut = text.rfind(" ", start, start + limit)
        if cut <= start:
            cut = start + limit - 1  # no whitespace at all: a hard cut
        out.append(text[start: cut + 1])
        start = cut + 1
    out.append(text[start:])
    return out


@Language.component("newline_sentences")
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


def load_nlp(model: str | None = None) -> NLP:
    cfg = load_json("nlp.json")
    requested = model or os.environ.get(MODEL_ENV) or None
    if requested:
        try:
            nlp = spacy.load(requested if not Path(requested).exists() else Path(requested))
        except (OSError, ImportError, ValueError) as exc:
            raise ModelError(f"cannot load spaCy model {requested!r}: {exc}") from exc
        return _prepare(nlp, cfg, statistical=True, requested=requested)
    for name in cfg["candidates"]:
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError):
            continue
        return _prepare(nlp, cfg, statistical=True)
    return _prepare(spacy.blank("nl"), cfg, statistical=False)


def _prepare(nlp: Language, cfg: dict, statistical: bool, requested: str | None = None) -> NLP:
    keep = set(cfg["keep_components"])
    for name in list(nlp.pipe_names):
        if name not in keep:
            nlp.disable_pipe(name)
    names = nlp.pipe_names
    if "parser" in names and "senter" in names:
        nlp.disable_pipe("senter")  # the parser sets sentence boundaries itself
        names = nlp.pipe_names
    if "parser" in names:
        nlp.add_pipe("newline_sentences", before="parser")
    else:
        if "senter" not in names:
            nlp.add_pipe("sentencizer")
        nlp.add_pipe("newline_sentences", after="senter" if "senter" in names else "sentencizer")
    meta = nlp.meta
    name = f"{meta.get('lang', 'nl')}_{meta.get('name', '')} {meta.get('version', '')}".strip() if statistical \
        else "blank:nl"
    return NLP(nlp=nlp, name=name, statistical=statistical, requested=requested)
