"""OCR of PDF pages without a text layer: scanned pages made here (text drawn into an image, wrapped in a PDF)."""

from __future__ import annotations

import io
import os
from pathlib import Path
from unittest import mock

import pytest
from conftest import CORPUS, extract_to, read_table
from hostile_corpus import text_pdf

from pipeline.ingest import IngestError, read_document
from pipeline.ingest.ocr import INSTALL_HINT, engine, probe
from pipeline.settings import settings

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
needs_font = pytest.mark.skipif(not FONT.is_file(),
                                reason=f"no TrueType font at {FONT} (apt-get install fonts-dejavu-core)")
needs_tesseract = pytest.mark.skipif(not probe("tesseract"), reason=f"Tesseract is not installed; {INSTALL_HINT}")

LETTER = [
    "Ministerie van Binnenlandse Zaken",
    "",
    "Datum 14 maart 2023",
    "Betreft Reactie op de motie over woningbouw",
    "",
    "Geachte voorzitter,",
    "",
    "Hierbij reageer ik op de motie van het lid Jansen",
    "(Kamerstukken II 2022/23, 36 200, nr. 12).",
    "Ik stuur u voor 1 juni 2023 een brief over de voortgang.",
    "",
    "De minister van Binnenlandse Zaken",
]


def scanned_pdf(lines: list[str], pages: int = 1) -> bytes:
    """An A4 PDF of page images at 300 dpi, the lines drawn in 11 pt DejaVu Sans: a scan without a text layer."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 46)  # 11 pt at 300 dpi
    images = []
    for _ in range(pages):
        image = Image.new("L", (2480, 3508), 255)
        draw = ImageDraw.Draw(image)
        for k, line in enumerate(lines):
            draw.text((300, 400 + 70 * k), line, font=font, fill=0)
        images.append(image)
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=300, save_all=True, append_images=images[1:])
    return out.getvalue()


def joined(*pdfs: bytes) -> bytes:
    """The pages of several PDFs in one (pypdfium2 imports them)."""
    import pypdfium2 as pdfium

    whole = pdfium.PdfDocument.new()
    for data in pdfs:
        whole.import_pages(pdfium.PdfDocument(data))
    out = io.BytesIO()
    whole.save(out)
    return out.getvalue()


@pytest.fixture
def env(monkeypatch):
    """Set environment variables for one test; the settings are read again."""
    def set_(**values: str) -> None:
        for name, value in values.items():
            monkeypatch.setenv(name, value)
        settings.cache_clear()
    yield set_
    settings.cache_clear()


def extract(tmp_path: Path, name: str, data: bytes) -> tuple[dict, list[dict], list[dict]]:
    path = tmp_path / "in" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    extract_to([path], tmp_path / "out")
    return (read_table(tmp_path / "out", "documents")[0], read_table(tmp_path / "out", "references"),
            read_table(tmp_path / "out", "dates"))


@needs_font
@needs_tesseract
def test_a_scanned_letter_is_read_by_ocr(tmp_path, env):
    env(PIPELINE_OCR="1")
    doc, refs, dates = extract(tmp_path, "scan.pdf", scanned_pdf(LETTER))
    assert (doc["status"], doc["ocr_pages"]) == ("ok", "1")
    assert "OCR (Tesseract, nld) read page(s) 1" in doc["warnings"]
    assert doc["date"] == "2023-03-14"
    kamerstuk = [r for r in refs if r["kind"] == "kamerstuk"]
    assert [(r["dossier"], r["ondernummer"], r["vergaderjaar"]) for r in kamerstuk] == [("36200", "12", "2022-2023")]
    assert {"2023-03-14", "2023-06-01"} <= {r["value"] for r in dates}
    assert all(r["page_no"] == "1" for r in refs + dates)


@needs_font
@needs_tesseract
def test_a_mixed_pdf_ocrs_only_its_page_without_text(tmp_path, env):
    env(PIPELINE_OCR="1")
    first = ["Geachte voorzitter,", "Dit is de eerste pagina met een tekstlaag."]
    raw = read_document(_write(tmp_path / "mixed.pdf", joined(text_pdf([first]), scanned_pdf(LETTER))))
    assert raw.ocr_pages == [2]
    assert [ln.text for ln in raw.pages[0].lines] == first
    page_two = " ".join(ln.text for ln in raw.pages[1].lines)
    assert "36 200, nr. 12" in page_two and "14 maart 2023" in page_two
    assert all(ln.size and 9 <= ln.size <= 13 for ln in raw.pages[1].lines)  # 11 pt text, sized from Tesseract's x_size


@needs_font
@needs_tesseract
def test_ocr_stops_at_the_page_limit_and_says_so(tmp_path, env):
    env(PIPELINE_OCR_MAX_PAGES="1")
    raw = read_document(_write(tmp_path / "scan.pdf", scanned_pdf(LETTER[:4], pages=3)))
    assert raw.ocr_pages == [1]
    assert [bool(page.lines) for page in raw.pages] == [True, False, False]
    assert any("2 page(s) without a text layer not OCR'd (2-3; limit set by PIPELINE_OCR_MAX_PAGES)" in w
               for w in raw.warnings)


@needs_font
@pytest.mark.parametrize(("setting", "says"), [
    ({"PIPELINE_TESSERACT": "/nonexistent/tesseract"}, f"Tesseract is not installed; {INSTALL_HINT}"),
    ({"PIPELINE_OCR": "0"}, "OCR is switched off (PIPELINE_OCR=0)"),
])
def test_without_ocr_a_scan_has_no_text_layer_and_the_reason_says_why(tmp_path, env, setting, says):
    env(**setting)
    path = _write(tmp_path / "scan.pdf", scanned_pdf(LETTER))
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert err.value.status == "no_text_layer"
    assert err.value.reason == f"no text layer on any of 1 pages (scanned PDF; {says})"


def test_a_blank_page_is_not_ocrd(tmp_path, env):
    """A page with neither text nor an image has nothing to read: Tesseract is not asked (and need not exist)."""
    env(PIPELINE_TESSERACT="/nonexistent/tesseract")
    with pytest.raises(IngestError) as err:
        read_document(_write(tmp_path / "blank.pdf", text_pdf([[]])))
    assert err.value.reason == "no text layer on any of 1 pages (scanned PDF; OCR is not done)"


def test_the_cache_fingerprint_knows_whether_ocr_can_run(env):
    from pipeline.cache import fingerprint

    env(PIPELINE_OCR="0")
    off = (engine(), fingerprint("m"))
    env(PIPELINE_OCR="1", PIPELINE_TESSERACT="/nonexistent/tesseract")
    missing = (engine(), fingerprint("m"))
    assert (off[0], missing[0]) == ("off", "missing")
    assert off[1] != missing[1]
    if probe("tesseract"):
        env(PIPELINE_OCR="1", PIPELINE_TESSERACT="tesseract")
        assert engine().startswith("tesseract ") and fingerprint("m") not in (off[1], missing[1])


SCANS = [
    ("plooi_blg-1007826-beslisnota-nitraat-scan.pdf", "1; 2", "2021-11-12", ("tk_document", "2021D41538")),
    ("pdflab_nota-vws-mondzorg-scan.pdf", "1; 2; 3", "", None),
]


@needs_tesseract
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"PDF corpus not found at {CORPUS}")
@pytest.mark.parametrize(("name", "pages", "date", "reference"), SCANS, ids=[s[0] for s in SCANS])
def test_the_corpus_scans_are_read(tmp_path, env, name, pages, date, reference):
    env(PIPELINE_OCR="1")
    doc, refs, dates = extract(tmp_path, name, (CORPUS / name).read_bytes())
    assert (doc["status"], doc["ocr_pages"], doc["date"]) == ("ok", pages, date)
    assert doc["doc_type"] == "beslisnota"
    assert [(r["kind"], r["canonical"]) for r in refs] == ([reference] if reference else [])
    assert dates


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_the_settings_read_the_ocr_variables(env):
    env(PIPELINE_OCR="off", PIPELINE_OCR_MAX_PAGES="7", PIPELINE_TESSERACT="/opt/tess")
    s = settings()
    assert (s.ocr, s.ocr_max_pages, s.tesseract) == (False, 7, "/opt/tess")
    with mock.patch.dict(os.environ, {}, clear=True):
        settings.cache_clear()
        assert (settings().ocr, settings().ocr_max_pages, settings().tesseract) == (True, 50, "tesseract")
