"""The tables as a projection of the spans: the only place where findings become dict rows.

One function per table reads the Doc (the body and each footnote's Doc) and its span values; the
document row and the document JSON gather them. Row keys come in the contract's order, then the
project's extra columns (the CSVs take what ``pipeline/schema.py`` defines; the JSON keeps every key).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from pipeline.components.extensions import parts, source_of, text_of, turns_of, values
from pipeline.components.sentences import sentence_bounds
from pipeline.document import Document, Footnote
from pipeline.extract.metadata import Metadata

Row = dict[str, Any]

MAX_SENTENCE = 1000  # characters; a longer "sentence" (a text without full stops) is shown as a window
WINDOW = 400  # characters of such a window, the finding in its middle


def excerpt(text: str, s: int, e: int, start: int, end: int, collapse: bool = True) -> str:
    """text[s:e] with its whitespace collapsed (or only stripped), cut to a window around the finding
    text[start:end] when it is longer than MAX_SENTENCE, with "…" where it was cut.

    Every row carries its sentence; without the cap a text without sentence ends (a flattened PDF, junk)
    would repeat its whole length in every row, and the output would grow with the square of the input.
    """
    if e - s <= MAX_SENTENCE:
        return " ".join(text[s:e].split()) if collapse else text[s:e].strip()
    room = max(WINDOW - (end - start), 0)
    ws = max(s, start - room // 2)
    we = min(e, max(end, ws + WINDOW) if end - start < WINDOW else start + WINDOW)
    ws = max(s, min(ws, we - WINDOW))
    if ws > s:  # cut at word ends, not through a word
        space = text.find(" ", ws, min(start, ws + 40))
        ws = space + 1 if space >= 0 else ws
    if we < e:
        space = text.rfind(" ", max(end, we - 40) if end <= we else we - 40, we)
        we = space if space >= 0 else we
    body = " ".join(text[ws:we].split())
    return ("… " if ws > s else "") + body + (" …" if we < e else "")


def _place(doc: Doc, part: Doc, note: Footnote | None, start: int) -> Row:
    """Where a finding stands: its page, and its footnote (offsets then point into the footnote's text)."""
    page = note.page_no if note is not None else source_of(doc).page_no(start)
    return {"page_no": page, "in_footnote": note is not None, "footnote": note.number if note else ""}


def reference_rows(doc: Doc) -> list[Row]:
    doc_id, rows = source_of(doc).doc_id, []
    for part, note in parts(doc):
        text = text_of(part)
        for ref in values(part, "references", "reference"):
            where = _place(doc, part, note, ref.start)
            rows.append({
                "doc_id": doc_id, "kind": ref.kind, "raw": ref.raw, "kamer": ref.kamer,
                "vergaderjaar": ref.vergaderjaar, "dossier": ref.dossier, "ondernummer": ref.ondernummer,
                "page": ref.page, "canonical": ref.canonical, "url": ref.url, "corrected": ref.corrected,
                "in_footnote": where["in_footnote"], "footnote": where["footnote"], "char_start": ref.start,
                "char_end": ref.end, "page_no": where["page_no"],
                "sentence": excerpt(text, *sentence_bounds(part, ref.start, ref.end), ref.start, ref.end, False)})
    return rows


def date_rows(doc: Doc) -> list[Row]:
    doc_id, rows = source_of(doc).doc_id, []
    for part, note in parts(doc):
        text = text_of(part)
        for d in values(part, "dates", "date"):
            where = _place(doc, part, note, d.start)
            rows.append({
                "doc_id": doc_id, "raw": d.raw, "value": d.value, "end": d.end_value, "precision": d.precision,
                "relative": d.relative, "mod": d.mod, "char_start": d.start, "char_end": d.end,
                "page_no": where["page_no"],
                "sentence": excerpt(text, *sentence_bounds(part, d.start, d.end), d.start, d.end, False),
                "in_footnote": where["in_footnote"], "footnote": where["footnote"]})
    return rows


def motion_rows(doc: Doc) -> list[Row]:
    doc_id, rows = source_of(doc).doc_id, []
    for part, note in parts(doc):
        text = text_of(part)
        for m in values(part, "motions", "motion"):
            s, e = m.sentence
            rows.append({
                "doc_id": doc_id, "raw": m.raw, "submitters": list(m.submitters), "parties": list(m.parties),
                "cosigners": m.cosigners, "date": m.date, "status": m.status, "kamerstuk": m.kamerstuk,
                "request": m.request, "char_start": m.start, "char_end": m.end,
                "sentence": excerpt(text, s, e, m.start, m.end), "subject": m.subject, "mentions": m.mentions,
                "implicit": m.implicit, "in_footnote": note is not None, "footnote": note.number if note else "",
                "source": m.source, "considerations": list(m.considerations), "appreciation": m.appreciation,
                "speaker": m.speaker, "speaker_role": m.speaker_role, "voted_for": list(m.voted_for)})
    return rows


def commitment_rows(doc: Doc) -> list[Row]:
    source, text = source_of(doc), text_of(doc)
    rows = []
    for c in values(doc, "commitments", "commitment"):
        a0, a1 = c.action
        deadline = c.deadline
        rows.append({
            "doc_id": source.doc_id, "sentence": excerpt(text, c.start, c.end, *c.action), "actor": c.actor,
            "action": excerpt(text, a0, a1, a0, a0).rstrip(" ,;:"),
            "deadline_raw": " ".join(deadline.raw.split()) if deadline else "",
            "deadline": deadline.value if deadline else "", "char_start": c.start, "char_end": c.end,
            "page_no": source.page_no(c.start), "references": list(c.references), "cue": c.cue,
            "earlier_commitment": c.earlier_commitment, "earlier_references": list(c.earlier_references),
            "path": c.path, "speaker": c.speaker, "speaker_role": c.speaker_role})
    return rows


def entity_rows(doc: Doc) -> list[Row]:
    """One row per distinct entity (every mention's span carries the same value)."""
    seen: dict[Any, None] = {}  # every mention carries its entity's value: equal values are one entity
    for part, _note in parts(doc):
        for value in values(part, "entities", "entity"):
            seen.setdefault(value, None)
    doc_id = source_of(doc).doc_id
    rows = [{"doc_id": doc_id, "text": e.text, "label": e.label, "normalized": e.normalized, "role": e.role,
             "party": e.party, "mentions": e.mentions, "first_char_start": e.first, "source": e.source,
             "in_footnote": e.in_footnote} for e in seen]
    rows.sort(key=lambda r: (r["first_char_start"], r["text"]))
    return rows


def turn_rows(doc: Doc) -> list[Row]:
    """The turns of speech of a debate transcript (document JSON only): who speaks, in what role, where."""
    return [{"speaker": t.speaker, "role": t.role, "party": t.party, "char_start": t.start, "char_end": t.end,
             "speech_start": t.speech_start} for t in turns_of(doc)]


def footnote_rows(document: Document) -> list[Row]:
    return [{"doc_id": document.doc_id, "number": f.number, "text": f.text, "page_no": f.page_no,
             "anchor_char": f.anchor_char} for f in document.footnotes]


PROJECTIONS = {"references": reference_rows, "dates": date_rows, "motions": motion_rows,
               "commitments": commitment_rows, "entities": entity_rows}


def table_rows(doc: Doc) -> dict[str, list[Row]]:
    """Rows of every table but documents for one processed document. A projection that fails costs that
    table only, with a warning."""
    source = source_of(doc)
    out: dict[str, list[Row]] = {}
    for table, project in PROJECTIONS.items():
        try:
            out[table] = project(doc)
        except Exception as exc:
            source.warnings.append(f"{table}: internal error: {type(exc).__name__}: {exc}"[:300])
            out[table] = []
    out["footnotes"] = footnote_rows(source)
    return out


def document_row(document: Document, facts: Metadata | None, model: str) -> Row:
    row: Row = {
        "doc_id": document.doc_id, "source": document.source, "sha256": document.sha256, "format": document.format,
        "status": document.status, "error": document.error, "n_pages": document.n_pages,
        "n_chars": document.n_chars, "model": model, "layout": document.layout, "warnings": document.warnings,
        "ocr_pages": document.ocr_pages,
    }
    if facts:
        row.update({
            "doc_type": facts.doc_type, "kamerstuk": facts.kamerstuk, "dossier": facts.dossier,
            "ondernummer": facts.ondernummer, "vergaderjaar": facts.vergaderjaar, "date": facts.date,
            "title": facts.title, "addressee": facts.addressee,
            "signatories": [s.label() for s in facts.signatories], "kamer": facts.kamer,
            "date_source": facts.date_source, "kamerstuk_inferred": facts.kamerstuk_inferred,
            "anchor": facts.anchor.iso(), "anchor_source": facts.anchor.source,
            "questioners": list(facts.questioners), "date_submitted": facts.date_submitted,
            "date_received": facts.date_received,
        })
    return row


def document_json(document: Document, row: Row, facts: Metadata | None, tables: dict[str, list[Row]],
                  turns: list[Row] | None = None) -> Row:
    out: Row = {"doc_id": document.doc_id, "metadata": {k: v for k, v in row.items() if k != "doc_id"}}
    if facts:
        out["metadata"]["signatories"] = [{"name": s.name, "role": s.role} for s in facts.signatories]
        if facts.questions:  # answers to written questions: each question with its answer
            out["questions"] = [
                {"number": q.number, "question": q.question, "answer": q.answer, "question_start": q.question_start,
                 "question_end": q.question_end, "answer_start": q.answer_start, "answer_end": q.answer_end}
                for q in facts.questions]
    out["pages"] = [{"page_no": p, "char_start": s} for s, p in zip(document.page_starts, document.page_numbers)]
    out["furniture"] = document.furniture  # what the page furniture told, and every line taken out of the text
    for table, rows in tables.items():
        out[table] = [{k: v for k, v in r.items() if k != "doc_id"} for r in rows]
    out["turns"] = list(turns or [])
    out["text"] = document.text
    return out
