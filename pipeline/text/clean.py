"""Choose the layout of a raw document and build its clean :class:`Document`."""

from __future__ import annotations

from pipeline.document import Document
from pipeline.ingest.pages import RawDocument
from pipeline.text.assemble import assemble
from pipeline.text.markup import markup_furniture
from pipeline.text.mojibake import dash_warning, repair_dashes, repair_lines
from pipeline.text.pdf_layout import clean_pdf
from pipeline.text.plaintext import Cleaned, clean_flattened, clean_paragraph_lines, clean_wrapped, detect_layout
from pipeline.text.webpage import extract_article, looks_like_webpage
from pipeline.timex import is_date_line


def clean_document(raw: RawDocument, doc_id: str) -> Document:
    doc = Document(doc_id=doc_id, source=raw.source, format=raw.format, sha256=raw.sha256,
                   n_pages=raw.n_pages, warnings=list(raw.warnings),
                   ocr_pages=list(raw.ocr_pages))
    if raw.format == "pdf":
        cleaned = clean_pdf(raw.pages)
        doc.layout = "pdf"
    else:
        lines, repaired = repair_lines([ln.text for page in raw.pages for ln in page.lines])
        doc.warnings.extend(repaired)
        if raw.layout:  # the reader knows its layout (Word, officielebekendmakingen, a web article)
            doc.layout = raw.layout
            cleaned = clean_paragraph_lines(lines)
            doc.title_hint, doc.date_hint = raw.markup.get("title", ""), raw.markup.get("date_line", "")
            cleaned.furniture.update(markup_furniture(raw.markup))
        elif looks_like_webpage(lines):
            page = extract_article(lines, is_date_line)
            cleaned = clean_paragraph_lines(page.lines)
            cleaned.removed = page.dropped
            doc.layout = "web"
            doc.title_hint, doc.date_hint = page.title, page.date_line
            if page.site:
                cleaned.furniture["site"] = page.site
        else:
            doc.layout = detect_layout(lines)
            cleaned = {"wrapped": clean_wrapped, "flat": clean_flattened}.get(doc.layout, clean_paragraph_lines)(lines)
        doc.n_pages = max((p.page for p in cleaned.pieces), default=1)
    _finish(doc, cleaned)
    if raw.format == "pdf":  # offsets are made: only the repairs that keep the length
        doc.text, dashes = repair_dashes(doc.text)
        for note in doc.footnotes:
            note.text, n = repair_dashes(note.text)
            dashes += n
        doc.warnings.extend(dash_warning(dashes))
    return doc


def _finish(doc: Document, cleaned: Cleaned) -> None:
    built = assemble(cleaned.pieces)
    doc.text = built.text
    doc.page_starts, doc.page_numbers = built.page_starts, built.page_numbers
    for note in cleaned.footnotes:
        note.anchor_char = built.anchors.get(note.number)
    doc.footnotes = cleaned.footnotes
    doc.furniture = cleaned.furniture
    if len(built.markers) > len(built.anchors):  # a footnote marked more than once: keep every marker
        doc.furniture["markers"] = [{"number": n, "char": at} for at, n in built.markers]
    if not doc.text.strip():
        doc.status = "empty"
        doc.error = "no text after cleaning"
