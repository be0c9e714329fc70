"""Both PDF page readers feed the same cleaning code and must agree on what matters."""

from __future__ import annotations

import difflib

import pytest
from conftest import CORPUS, needs_corpus

from pipeline.ingest import IngestError, read_document
from pipeline.settings import settings
from pipeline.text import clean_document

TEXT_PDFS = [
    "ll_ah-tk-20232024-2168.pdf",
    "pdflab_kst-28286-1366-motie.pdf",
    "pm_kst-21501-02-3121-motie.pdf",
    "pdflab_contourennota-spreidingswet.pdf",
    "plooi_brief-jenv-draagmoederschap-2011.pdf",
]


def _read(monkeypatch, backend: str, name: str):
    monkeypatch.setenv("PIPELINE_PDF_BACKEND", backend)
    settings.cache_clear()
    return clean_document(read_document(CORPUS / name), name)


@needs_corpus
@pytest.mark.parametrize("name", TEXT_PDFS)
def test_backends_agree(monkeypatch, name):
    a = _read(monkeypatch, "pdfplumber", name)
    b = _read(monkeypatch, "pdfium", name)
    assert a.n_pages == b.n_pages
    assert a.furniture.get("own_id") == b.furniture.get("own_id")
    assert [f.number for f in a.footnotes] == [f.number for f in b.footnotes]
    words_a, words_b = a.text.split(), b.text.split()
    ratio = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False).ratio()
    assert ratio > 0.97, f"{name}: texts differ too much ({ratio:.3f})"


@needs_corpus
def test_pdfium_keeps_line_end_hyphens_for_the_joiner(monkeypatch):
    doc = _read(monkeypatch, "pdfium", "ll_ah-tk-20232024-2168.pdf")
    assert "leveringszekerheid in 2033" in doc.text
    assert "leveringszeker heid" not in doc.text


@needs_corpus
@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_scans_have_no_text_layer(monkeypatch, backend):
    monkeypatch.setenv("PIPELINE_PDF_BACKEND", backend)
    settings.cache_clear()
    with pytest.raises(IngestError) as err:
        read_document(CORPUS / "plooi_blg-1007826-beslisnota-nitraat-scan.pdf")
    assert err.value.status == "no_text_layer"
    assert err.value.n_pages == 2


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_garbage_is_an_error_with_a_reason(monkeypatch, tmp_path, backend):
    monkeypatch.setenv("PIPELINE_PDF_BACKEND", backend)
    settings.cache_clear()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    with pytest.raises(IngestError) as err:
        read_document(bad)
    assert err.value.status == "error"
    assert "PDF" in err.value.reason


def test_unknown_backend_is_named(monkeypatch, tmp_path):
    monkeypatch.setenv("PIPELINE_PDF_BACKEND", "nope")
    settings.cache_clear()
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(IngestError, match="unknown PDF backend 'nope'"):
        read_document(pdf)
