"""One spaCy ``Language`` with every component: the best model found, or ``spacy.blank("nl")``.

Order: a model given with ``--model`` or ``PIPELINE_SPACY_MODEL`` (a package
name or a path), else the candidates of ``models/nlp.json`` (nl_core_news_lg,
md, sm). When none loads, the pipeline runs on ``spacy.blank("nl")`` plus the
project's rules; which one ran is reported (:func:`model_name`) and recorded in
the outputs. The project's components follow the model's own:

    doc = load_nlp()("... Kamerstuk 33 694, nr. 43 ...")
    doc.spans["references"][0]._.reference.canonical   # 'kst-33694-43'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components import EXTRACTORS
from pipeline.components.doc_text import remember_text
from pipeline.components.extensions import register
from pipeline.document import Document
from pipeline.lang.tokenizer import BoundedTokenizer, blank_dutch, split_compounds
from pipeline.model_choice import ModelError
from pipeline.resources import load_json
from pipeline.settings import MODEL_ENV, settings

__all__ = ["MODEL_ENV", "ModelError", "describe", "is_statistical", "load_nlp", "model_name", "parse", "split_text"]
_META = "kamerstukken"  # our entry in nlp.meta: which model ran, and what was asked for


def load_nlp(model: str | None = None) -> Language:
    """The pipeline: ``model`` (a name or folder), else the environment's, else the best installed, else blank."""
    cfg = load_json("nlp.json")
    requested = model or settings().model
    if requested == "blank:nl":  # asked for by name: no statistical model even where one is installed
        return _prepare(spacy.blank("nl"), cfg, statistical=False, requested=requested)
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
    return _prepare(blank_dutch(), cfg, statistical=False)


def model_name(nlp: Language) -> str:
    """'nl_core_news_lg 3.8.0', or 'blank:nl' when no statistical model runs."""
    return nlp.meta.get(_META, {}).get("model", "blank:nl")


def is_statistical(nlp: Language) -> bool:
    return bool(nlp.meta.get(_META, {}).get("statistical"))


def requested_model(nlp: Language) -> str | None:
    """What was asked for (--model or the environment), to load the same pipeline again in a worker."""
    return nlp.meta.get(_META, {}).get("requested")


def describe(nlp: Language) -> str:
    if is_statistical(nlp):
        return f"spaCy model {model_name(nlp)} (components: {', '.join(nlp.pipe_names)})"
    if requested_model(nlp) == "blank:nl":
        return "spaCy model: blank:nl as asked; running spacy.blank('nl') with the project's rules"
    return "spaCy model: none found (tried " + ", ".join(load_json("nlp.json")["candidates"]) + \
        "); running spacy.blank('nl') with the project's rules"


def _prepare(nlp: Language, cfg: dict, statistical: bool, requested: str | None = None) -> Language:
    register()
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
    split_compounds(nlp)
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer, cfg["long_run"])
    for name in EXTRACTORS:
        nlp.add_pipe(name)
    meta = nlp.meta
    name = f"{meta.get('lang', 'nl')}_{meta.get('name', '')} {meta.get('version', '')}".strip() if statistical \
        else "blank:nl"
    nlp.meta[_META] = {"model": name, "statistical": statistical, "requested": requested}
    return nlp


def parse(nlp: Language, documents: Iterable[Document]) -> Iterator[Doc]:
    """Documents of the text stage through the whole pipeline, in order, streaming in batches.

    A text longer than ``max_length`` is cut at paragraph boundaries, its pieces analysed, the Docs joined
    back into one with the same text, and the extractors run on the whole.
    """
    batch = load_json("nlp.json")["batch_size"]
    documents = list(documents)
    limit = nlp.max_length
    short = iter(nlp.pipe((_doc_of(nlp, d) for d in documents if len(d.text) <= limit), batch_size=batch))
    for document in documents:
        if len(document.text) <= limit:
            yield next(short)
            continue
        analysis = [n for n in nlp.pipe_names if n not in EXTRACTORS]
        with nlp.select_pipes(enable=analysis):
            pieces = list(nlp.pipe(split_text(document.text, limit), batch_size=batch))
        doc = remember_text(Doc.from_docs(pieces, ensure_whitespace=False), document.text)
        doc._.source = document
        for name, proc in nlp.pipeline:
            if name in EXTRACTORS:
                doc = proc(doc)
        yield doc


def _doc_of(nlp: Language, document: Document) -> Doc:
    doc = remember_text(nlp.make_doc(document.text), document.text)
    doc._.source = document
    return doc


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
