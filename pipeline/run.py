"""Run the stages over a set of inputs: ingest → text → nlp → extract → tables.

One failing document gets a status row and a one-line reason; the others
their full output.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from pipeline.document import Document
from pipeline.extract.commitments import commitment_rows
from pipeline.extract.dates import Anchor, estimate_anchor, find_dates
from pipeline.extract.entities import entity_rows
from pipeline.extract.metadata import Metadata, extract_metadata
from pipeline.extract.motions import motion_rows
from pipeline.extract.references import find_references
from pipeline.extract.sentences import sentence_of
from pipeline.ingest import SUPPORTED_SUFFIXES, IngestError, read_document
from pipeline.nlp import NLP
from pipeline.tables import OutputWriter
from pipeline.text import clean_document


@dataclass
class RunSummary:
    ok: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (source, status, reason)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def line(self, out_dir: str | Path) -> str:
        rows = ", ".join(f"{k} {v}" for k, v in self.rows.items())
        return (f"{self.ok + len(self.failed)} documents: {self.ok} ok, {len(self.failed)} failed; "
                f"rows: {rows}; {self.seconds:.1f} s -> {out_dir}")


def find_inputs(inputs: list[str | Path]) -> list[Path]:
    """Files and folders (recursively) of supported types, sorted, without duplicates."""
    found: set[Path] = set()
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found.update(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                         and not any(part.startswith(".") for part in f.relative_to(p).parts))
        else:
            found.add(p)  # a named file is taken as given; a missing one becomes an error row
    return sorted(found, key=lambda f: (str(f).lower(), str(f)))


def assign_ids(paths: list[Path]) -> list[str]:
    """File stems, made unique with -2, -3, ... in input order."""
    seen: dict[str, int] = {}
    ids = []
    for p in paths:
        stem = re.sub(r"[^\w.-]+", "_", p.stem) or "document"
        n = seen.get(stem.lower(), 0) + 1
        seen[stem.lower()] = n
        ids.append(stem if n == 1 else f"{stem}-{n}")
    return ids


def read_one(path: Path, doc_id: str) -> Document:
    try:
        raw = read_document(path)
        return clean_document(raw, doc_id)
    except IngestError as exc:
        return _failed(path, doc_id, exc.status, exc.reason, exc.n_pages)
    except Exception as exc:  # one bad document must not cost the others their output
        return _failed(path, doc_id, "error", f"internal error: {type(exc).__name__}: {exc}")


def _failed(path: Path, doc_id: str, status: str, reason: str, n_pages: int | None = None) -> Document:
    try:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        sha = ""
    return Document(doc_id=doc_id, source=str(path), format=path.suffix.lower().lstrip("."),
                    status=status, error=reason[:500], n_pages=n_pages, sha256=sha)


def document_row(doc: Document, meta: Metadata | None, model: str) -> dict[str, Any]:
    row: dict[str, Any] = {
        "doc_id": doc.doc_id, "source": doc.source, "sha256": doc.sha256, "format": doc.format,
        "status": doc.status, "error": doc.error, "n_pages": doc.n_pages, "n_chars": doc.n_chars,
        "model": model, "layout": doc.layout,
        "warnings": doc.warnings,
    }
    if meta:
        row.update({
            "doc_type": meta.doc_type, "kamerstuk": meta.kamerstuk, "dossier": meta.dossier,
            "ondernummer": meta.ondernummer, "vergaderjaar": meta.vergaderjaar, "date": meta.date,
            "title": meta.title, "addressee": meta.addressee,
            "signatories": [s.label() for s in meta.signatories], "kamer": meta.kamer,
            "date_source": meta.date_source, "kamerstuk_inferred": meta.kamerstuk_inferred,
            "anchor": meta.anchor, "anchor_source": meta.anchor_source,
        })
    return row


def extract_tables(doc: Document, meta: Metadata, sdoc: Doc | None) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table for one document. Tables whose extractor is not built yet stay empty."""
    footnotes = [{"doc_id": doc.doc_id, "number": f.number, "text": f.text, "page_no": f.page_no,
                  "anchor_char": f.anchor_char} for f in doc.footnotes]
    refs = _guarded(doc, "references", reference_rows, doc, sdoc, meta.kamerstuk)
    dates = _guarded(doc, "dates", date_rows, doc, sdoc, meta, refs)
    anchor = Anchor.parse(meta.anchor, meta.anchor_source)
    return {
        "references": refs,
        "dates": dates,
        "motions": _guarded(doc, "motions", motion_rows, doc, sdoc, refs, dates, anchor, meta.doc_type, meta),
        "commitments": _guarded(doc, "commitments", commitment_rows, doc, sdoc, refs, dates, anchor, meta.doc_type,
                                meta),
        "entities": _guarded(doc, "entities", entity_rows, doc, sdoc, meta.signatories, meta.kamer or "II"),
        "footnotes": footnotes,
    }


def _guarded(doc: Document, table: str, extractor: Callable[..., list[dict[str, Any]]], *args: Any) -> list[dict]:
    """One extractor's failure costs the document that table only, with a warning, not its other tables."""
    try:
        return extractor(*args)
    except Exception as exc:
        doc.warnings.append(f"{table}: internal error: {type(exc).__name__}: {exc}"[:300])
        return []


def document_anchor(doc: Document, meta: Metadata) -> Anchor:
    """The document date anchors relative expressions; without one, the year its dates point to."""
    if meta.date:
        return Anchor.parse(meta.date, meta.date_source or "document_date")
    return estimate_anchor(doc.text)


def date_rows(doc: Document, sdoc: Doc | None, meta: Metadata, refs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Time expressions of the body and the footnotes; what the references claimed is skipped."""
    anchor = document_anchor(doc, meta)
    meta.anchor, meta.anchor_source = anchor.iso(), anchor.source
    rows = []
    places = [(doc.text, None, sdoc)] + [(f.text, f, None) for f in doc.footnotes]
    for text, note, parsed in places:
        number = note.number if note else ""
        claimed = [(r["char_start"], r["char_end"]) for r in refs if r["footnote"] == number]
        for expr in find_dates(text, anchor, claimed):
            rows.append({
                "doc_id": doc.doc_id, "raw": expr.raw, "value": expr.value, "end": expr.end_value,
                "precision": expr.precision, "relative": expr.relative, "mod": expr.mod,
                "char_start": expr.start, "char_end": expr.end,
                "page_no": note.page_no if note else doc.page_no(expr.start),
                "sentence": sentence_of(text, expr.start, expr.end, parsed),
                "in_footnote": note is not None, "footnote": number,
            })
    return rows


OWN_ID_HEAD = 300  # characters of the head where a document prints its own number


def reference_rows(doc: Document, sdoc: Doc | None, own_id: str = "") -> list[dict[str, Any]]:
    """References of the body, then of each footnote (their offsets point into the footnote's text).

    The document's own number printed in its head is metadata, not a reference.
    """
    rows = []
    places = [(doc.text, None, sdoc)] + [(f.text, f, None) for f in doc.footnotes]
    for text, note, parsed in places:
        for ref in find_references(text):
            if own_id and ref.canonical == own_id and note is None and ref.start < OWN_ID_HEAD:
                continue
            row = {k: getattr(ref, k) for k in ("kind", "raw", "kamer", "vergaderjaar", "dossier", "ondernummer",
                                                "page", "canonical", "url", "corrected")}
            row.update({
                "doc_id": doc.doc_id, "in_footnote": note is not None, "footnote": note.number if note else "",
                "char_start": ref.start, "char_end": ref.end,
                "page_no": note.page_no if note else doc.page_no(ref.start),
                "sentence": sentence_of(text, ref.start, ref.end, parsed),
            })
            rows.append(row)
    return rows


def document_json(doc: Document, row: dict[str, Any], meta: Metadata | None,
                  tables: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    out: dict[str, Any] = {"doc_id": doc.doc_id, "metadata": {k: v for k, v in row.items() if k != "doc_id"}}
    if meta:
        out["metadata"]["signatories"] = [{"name": s.name, "role": s.role} for s in meta.signatories]
    out["pages"] = [{"page_no": p, "char_start": s} for s, p in zip(doc.page_starts, doc.page_numbers)]
    out["furniture"] = {k: v for k, v in doc.furniture.items() if k != "sidebar"}
    for table, rows in tables.items():
        out[table] = [{k: v for k, v in r.items() if k != "doc_id"} for r in rows]
    out["text"] = doc.text
    return out


@dataclass
class Result:
    """What one document contributes to the outputs (picklable, so workers can send it back)."""

    source: str
    status: str
    error: str
    tables: dict[str, list[dict[str, Any]]]
    document_json: dict[str, Any]


def process(docs: list[Document], nlp: NLP) -> list[Result]:
    """Documents (already read) through spaCy and every extractor, in order."""
    out = []
    for doc, sdoc in _with_spacy(iter(docs), nlp):
        meta = None
        tables: dict[str, list[dict[str, Any]]] = {}
        if doc.status == "ok":
            try:
                meta = extract_metadata(doc)
                tables = extract_tables(doc, meta, sdoc)
            except Exception as exc:
                doc.status, doc.error = "error", f"internal error: {type(exc).__name__}: {exc}"[:500]
                meta, tables = None, {}
        row = document_row(doc, meta, nlp.name)
        out.append(Result(doc.source, doc.status, doc.error, {"documents": [row], **tables},
                          document_json(doc, row, meta, tables)))
    return out


_WORKER: dict[str, NLP] = {}


def _init_worker(model: str | None) -> None:
    from pipeline.nlp import load_nlp

    _WORKER["nlp"] = load_nlp(model)


def _work(batch: list[tuple[Path, str]]) -> list[Result]:
    return process([read_one(p, i) for p, i in batch], _WORKER["nlp"])


def run(inputs: list[str | Path], out_dir: str | Path, nlp: NLP,
        progress: Callable[[int], Any] | None = None,
        on_failure: Callable[[Result], None] | None = None, jobs: int = 1) -> RunSummary:
    """Extract every table from the inputs into ``out_dir``.

    With ``jobs`` > 1, batches of documents go to worker processes that each
    load the same model once; results come back in input order, so the output
    is the same as with one process.
    """
    start = time.perf_counter()
    paths = find_inputs(inputs)
    ids = assign_ids(paths)
    writer = OutputWriter(out_dir)
    summary = RunSummary()
    pairs = list(zip(paths, ids))
    size = 4 if jobs > 1 else 32  # small batches keep workers evenly loaded
    batches = [pairs[k: k + size] for k in range(0, len(pairs), size)]
    pool = None
    try:
        if jobs > 1 and len(batches) > 1:
            import multiprocessing

            pool = multiprocessing.get_context("spawn").Pool(jobs, _init_worker, (nlp.requested,))
            results: Iterator[list[Result]] = pool.imap(_work, batches)
        else:
            results = (process([read_one(p, i) for p, i in batch], nlp) for batch in batches)
        for batch_results in results:
            for res in batch_results:
                writer.add(res.tables, res.document_json)
                if res.status == "ok":
                    summary.ok += 1
                else:
                    summary.failed.append((res.source, res.status, res.error))
                    if on_failure:
                        on_failure(res)
                if progress:
                    progress(1)
        summary.rows = writer.commit(nlp.name)
    except BaseException:
        writer.abort()
        raise
    finally:
        if pool is not None:
            pool.terminate()
    summary.seconds = time.perf_counter() - start
    return summary


def _with_spacy(docs: Iterator[Document], nlp: NLP, batch: int = 32) -> Iterator[tuple[Document, Doc | None]]:
    """Pair each document with its spaCy Doc, streaming batches through nlp.pipe.

    Failed documents skip spaCy; if a batch fails, its documents are retried one
    by one so that only the culprit gets an error status.
    """
    buf: list[Document] = []
    for doc in docs:
        buf.append(doc)
        if len(buf) >= batch:
            yield from _flush(buf, nlp)
            buf = []
    yield from _flush(buf, nlp)


def _flush(buf: list[Document], nlp: NLP) -> Iterator[tuple[Document, Doc | None]]:
    ok = [d for d in buf if d.status == "ok"]
    parsed: dict[int, Doc] = {}
    try:
        parsed = {id(d): s for d, s in zip(ok, nlp.pipe([d.text for d in ok]))}
    except Exception:
        for d in ok:
            try:
                parsed[id(d)] = next(nlp.pipe([d.text]))
            except Exception as exc:
                d.status, d.error = "error", f"spaCy failed: {type(exc).__name__}: {exc}"[:500]
    for d in buf:
        yield d, parsed.get(id(d))
