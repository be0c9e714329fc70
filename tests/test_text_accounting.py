"""No text disappears in the text stage: every character of a PDF's text layer ends up in the body, a footnote
(its number and text; a marker cut out of the body is its footnote's number again), or named furniture (the
running headers, footers, page numbers and colophons taken out, the Rijkshuisstijl sidebar). The only characters
that may go are the hyphens of words joined over a line break, and unmapped bullet glyphs that became '•'."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import CORPUS, SHARED, needs_corpus

from pipeline.document import Document
from pipeline.ingest import IngestError, Line, Page, Run, read_document
from pipeline.text import clean_document
from pipeline.text.pdf_layout import clean_pdf

DEV_DOCS = SHARED / "dev" / "docs"


def _chars(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace())


def _flat(value) -> str:
    if isinstance(value, dict):
        return " ".join(_flat(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return " ".join(_flat(v) for v in value)
    return str(value)


def unaccounted(pages: list[Page], doc: Document) -> Counter[str]:
    """Characters of the text layer that are in neither the body, the footnotes, their markers nor the furniture,
    less the allowed losses."""
    layer = _chars("".join(ln.text for page in pages for ln in page.lines))
    markers = doc.furniture.get("markers") or [{"number": f.number} for f in doc.footnotes if f.anchor_char is not None]
    kept = _chars(doc.text) + _chars("".join(f.number + f.text for f in doc.footnotes)) + \
        _chars("".join(m["number"] for m in markers)) + _chars(_flat({k: v for k, v in doc.furniture.items()
                                                                       if k != "markers"}))
    lost = layer - kept
    joins = sum(1 for page in pages for ln in page.lines if ln.text.rstrip().endswith("-"))
    lost["-"] = max(0, lost["-"] - joins)
    bullets = doc.text.count("•")
    for glyph in ("\ufffd", "\uffff"):
        taken = min(lost[glyph], bullets)
        lost[glyph] -= taken
        bullets -= taken
    return +lost


@needs_corpus
@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.pdf")) + sorted(DEV_DOCS.glob("*.pdf")), ids=lambda p: p.name)
def test_every_character_of_a_real_pdf_is_accounted_for(path):
    try:
        raw = read_document(path)
    except IngestError as exc:
        assert exc.status == "no_text_layer"  # the scans: nothing to account for
        return
    doc = clean_document(raw, path.stem)
    assert unaccounted(raw.pages, doc) == Counter()


def _line(text: str, top: float, size: float = 9.0, x0: float = 77.0, runs=None) -> Line:
    return Line(text=text, page=1, top=top, bottom=top + size, x0=x0, x1=x0 + 0.5 * size * len(text), size=size,
                runs=runs or [Run(text=text, size=size, top=top, x0=x0)])


def test_a_rijkshuisstijl_page_loses_nothing():
    """Body column, the sidebar on the right (sender, Datum, kenmerk), footnotes at the bottom with a raised
    number, and the page footer in the sidebar column."""
    side = [_line(t, 150 + 10 * k, size=6.5, x0=467.0) for k, t in
            enumerate(["Directie Europa", "Postbus 20061", "Datum", "3 maart 2023", "Kenmerk", "BZDOC-123-45"])]
    body = [_line(f"Regel {k} van de brief aan uw Kamer over de voortgang van het beleid.", 160 + 13 * k)
            for k in range(10)]
    marked = _line("zoals eerder gemeld.1", 300, runs=[Run("zoals eerder gemeld.", 9.0, 300, 77.0),
                                                       Run("1", 5.5, 298, 160.0)])
    notes = [_line("1 Kamerstukken II 2022/23, 33 694, nr. 43.", 730, size=6.5),
             _line("2 Zie de bijlage bij deze brief.", 739, size=6.5)]
    footer = _line("Pagina 1 van 2", 800, size=6.5, x0=467.0)
    page = Page(number=1, lines=[*side, *body, marked, *notes, footer], width=595.0, height=842.0)
    doc = Document(doc_id="t", source="t.pdf", format="pdf")
    cleaned = clean_pdf([page])
    assert [f.number for f in cleaned.footnotes] == ["1", "2"]
    assert cleaned.furniture["sidebar"][:2] == ["Directie Europa", "Postbus 20061"]
    doc.text = " ".join(p.text for p in cleaned.pieces)
    doc.footnotes, doc.furniture = cleaned.footnotes, cleaned.furniture
    doc.footnotes[0].anchor_char = 0
    assert {"page": 1, "text": "Pagina 1 van 2"} in cleaned.furniture["removed"]
    assert unaccounted([page], doc) == Counter()


def test_a_dropped_line_is_reported():
    page = Page(number=1, lines=[_line("Een regel die blijft.", 100), _line("Een regel die verdwijnt.", 120)],
                width=595.0, height=842.0)
    doc = Document(doc_id="t", source="t.pdf", format="pdf", text="Een regel die blijft.")
    assert unaccounted([page], doc) == _chars("Een regel die verdwijnt.")
