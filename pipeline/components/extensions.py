"""What the components add to spaCy's objects, and the helpers they share to read and write it.

On the ``Doc``: ``doc._.facts`` (the document's :class:`~pipeline.extract.metadata.Metadata`, computed
once); and, for this process only (not serialised with the Doc), ``doc._.source`` (the text stage's
:class:`~pipeline.document.Document`: footnotes, page furniture, page map, warnings; a bare one for
``nlp(text)``) and ``doc._.notes`` (one :class:`Note` per footnote, each with a Doc of its own that went
through the same pipeline).

On every finding: ``span._.reference``, ``._.date``, ``._.motion``, ``._.commitment``, ``._.entity``, ``._.turn``,
the finder's frozen value (exact character offsets included). Span extensions in spaCy are keyed by
character offsets, so two findings on the same tokens would share one value; each finding's span gets
its own ``span_id`` and its value is kept under that id instead, as plain data
(:mod:`pipeline.components.codec`), so that the Doc survives ``to_bytes`` and ``nlp.pipe(n_process=...)``.
"""

from __future__ import annotations

import bisect
import functools
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from pipeline.components.codec import decode, encode
from pipeline.components.doc_text import text_of
from pipeline.components.sentences import sentence_spans
from pipeline.document import Document, Footnote
from pipeline.extract.passage import Passage

SPAN_VALUES = ("reference", "date", "motion", "commitment", "entity", "turn")


@dataclass(frozen=True)
class Note:
    """A footnote and its own Doc (offsets of its findings point into the footnote's text)."""

    footnote: Footnote
    doc: Doc


_RUNTIME: weakref.WeakKeyDictionary[Doc, dict[str, Any]] = weakref.WeakKeyDictionary()
_FACTS = ("kst", "facts")


def _stored(doc: Doc, key: tuple) -> Any:
    """The value kept under ``key``: decoded once per process (the run never decodes what it wrote)."""
    cache = _RUNTIME.setdefault(doc, {}).setdefault("values", {})
    if key not in cache:
        data = doc.user_data.get(key)
        cache[key] = None if data is None else decode(data)
    return cache[key]


def _store(doc: Doc, key: tuple, value: Any) -> None:
    doc.user_data[key] = encode(value)
    _RUNTIME.setdefault(doc, {}).setdefault("values", {})[key] = value


def _value_getter(attr: str) -> Callable[[Span], Any]:
    def get(span: Span) -> Any:
        return _stored(span.doc, ("kst", attr, span.id))
    return get


def _runtime(name: str, default: Any) -> tuple[Callable[[Doc], Any], Callable[[Doc, Any], None]]:
    """Getter and setter of a Doc attribute kept beside the Doc (objects msgpack cannot hold)."""
    def get(doc: Doc) -> Any:
        return _RUNTIME.get(doc, {}).get(name, default)

    def set_(doc: Doc, value: Any) -> None:
        _RUNTIME.setdefault(doc, {})[name] = value
    return get, set_


def _get_facts(doc: Doc) -> Any:
    return _stored(doc, _FACTS)


def _set_facts(doc: Doc, value: Any) -> None:
    _store(doc, _FACTS, value)


def register() -> None:
    """Register the extensions (idempotent, as spaCy wants it once per process)."""
    if not Doc.has_extension("facts"):
        Doc.set_extension("facts", getter=_get_facts, setter=_set_facts)
    for name, default in (("source", None), ("notes", ())):
        if not Doc.has_extension(name):
            get, set_ = _runtime(name, default)
            Doc.set_extension(name, getter=get, setter=set_)
    for attr in SPAN_VALUES:
        if not Span.has_extension(attr):
            Span.set_extension(attr, getter=_value_getter(attr))


def source_of(doc: Doc) -> Document:
    """The text stage's document behind this Doc; a bare one (no footnotes, no furniture) for ``nlp(text)``."""
    if doc._.source is None:
        doc._.source = Document(doc_id="", source="", format="txt", text=text_of(doc))
    return doc._.source


def parts(doc: Doc) -> Iterator[tuple[Doc, Footnote | None]]:
    """The body Doc, then each footnote's Doc with its footnote."""
    yield doc, None
    for note in doc._.notes:
        yield note.doc, note.footnote


def set_findings(doc: Doc, key: str, attr: str, findings: Iterable[tuple[int, int, str, Any]]) -> None:
    """Write findings (start, end, label, value) to ``doc.spans[key]``, each value on ``span._.<attr>``.

    A finding that does not fall on token boundaries gets the smallest span of whole tokens around it; its
    value keeps the exact offsets.
    """
    spans = []
    for i, (start, end, label, value) in enumerate(findings):
        span_id = f"{key}:{i}"
        span = doc.char_span(start, end, label=label or key, alignment_mode="expand", span_id=span_id)
        if span is None:  # an empty range: take the token it stands in
            if not len(doc):
                continue
            i = max(bisect.bisect_right([t.idx for t in doc], start) - 1, 0)
            span = Span(doc, i, i + 1, label=label or key, span_id=span_id)
        _store(doc, ("kst", attr, span.id), value)
        spans.append(span)
    doc.spans[key] = spans


def values(doc: Doc, key: str, attr: str) -> list[Any]:
    """The values of ``doc.spans[key]`` in the order they were written."""
    if key not in doc.spans:
        return []
    return [getattr(span._, attr) for span in doc.spans[key]]


def turns_of(doc: Doc) -> list[Any]:
    """The turns of speech of a debate transcript, in order (empty for other documents)."""
    return values(doc, "turns", "turn")


def passages(doc: Doc) -> list[Passage]:
    """The body, then each footnote, with its sentences and the reference and date values found in it."""
    out = []
    for part, note in parts(doc):
        text = text_of(part)
        dates = sorted(values(part, "dates", "date"), key=lambda d: d.start)
        out.append(Passage(text=text, sentences=sentence_spans(part, text),
                           references=values(part, "references", "reference"), dates=dates, footnote=note))
    return out


def warn(doc: Doc, message: str) -> None:
    source_of(doc).warnings.append(message[:300])


def guarded(table: str) -> Callable[[Callable[[Doc], Doc]], Callable[[Doc], Doc]]:
    """One extractor's failure costs the document that table only (with a warning), not its other tables."""
    def wrap(component: Callable[[Doc], Doc]) -> Callable[[Doc], Doc]:
        @functools.wraps(component)
        def run(doc: Doc) -> Doc:
            register()
            try:
                return component(doc)
            except Exception as exc:
                warn(doc, f"{table}: internal error: {type(exc).__name__}: {exc}")
                for part, _note in parts(doc):
                    part.spans[table] = []
                return doc
        return run
    return wrap
