"""OCR for PDF pages without readable text: render the page, read it with Tesseract (Dutch), make lines.

A page needs OCR when the reader found no readable text on it (no characters at all, or only glyphs without
a Unicode mapping, which :func:`pipeline.ingest.pdf.drop_unmapped_glyphs` removed) and it shows something
to read (an image, or those glyphs in embedded fonts: see :func:`needs_ocr`). A page with readable text is
never OCR'd, so a mixed PDF only has its scanned pages read this way.

The page is rendered by pypdfium2 at 300 dpi (Tesseract's best resolution for body text) and handed to the
``tesseract`` binary on stdin, asking for hOCR. The binary is called directly, not through pytesseract (a
wrapper around the same subprocess that adds a dependency and temporary files) nor ocrmypdf (which rewrites
the whole PDF, needs Ghostscript, and would give back a text layer to read again). hOCR rather than TSV:
its lines carry Tesseract's own estimate of the font size (``x_size``), steadier than a box height that
depends on whether a line has ascenders and descenders, and the size is what the cleaning reads headers,
footnotes and sidebars by.

Each word becomes a "character" of :func:`pipeline.ingest.pdf.chars_to_lines` (text, box in points, size),
so OCR'd pages go through the same line building and cleaning as pages with a text layer. Their offsets rest
on OCR text: the document lists them in ``ocr_pages`` and a warning.
"""

from __future__ import annotations

import functools
import io
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from pipeline.ingest.pages import Line, Page
from pipeline.settings import settings

DPI = 300
SCALE = DPI / 72  # pixels per PDF point
LANGUAGE = "nld"
INSTALL_HINT = "install Tesseract with Dutch data: apt-get install tesseract-ocr tesseract-ocr-nld"
PAGE_SECONDS = 120  # one page takes Tesseract a few seconds; the document's own timeout bounds the whole
LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}
COLUMN_GAP, COLUMN_EMS = 20.0, 2.5  # a gap wider than both (points, font sizes) separates columns
_BBOX = re.compile(r"bbox (\d+) (\d+) (\d+) (\d+)")
_X_SIZE = re.compile(r"x_size ([\d.]+)")


@dataclass(frozen=True)
class OcrResult:
    """What OCR did for a document: the pages it read (their lines are in place) and what to warn about."""

    pages: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()
    unavailable: str = ""  # why no page could be OCR'd (Tesseract missing, OCR switched off), when pages needed it


@functools.cache
def probe(command: str) -> str:
    """'tesseract 5.3.0' when ``command`` runs and has the Dutch data; '' when not."""
    try:
        version = subprocess.run([command, "--version"], capture_output=True, text=True, timeout=30, check=False)
        langs = subprocess.run([command, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    first = (version.stdout or version.stderr).strip().splitlines()[:1]
    if version.returncode != 0 or LANGUAGE not in langs.stdout.split():
        return ""
    return first[0] if first else "tesseract"


def engine() -> str:
    """What OCR runs with, for the cache fingerprint: 'off', 'missing' or Tesseract's version line."""
    if not settings().ocr:
        return "off"
    return probe(settings().tesseract) or "missing"


def needs_ocr(pdf_page, had_glyphs: bool) -> bool:
    """Whether a page without readable text shows something to read: glyphs without Unicode drawn from fonts
    embedded in the PDF (a font that is not embedded is drawn in a stand-in font, glyph numbers as the wrong
    letters, and OCR would read those), or an image."""
    import pypdfium2.raw as pdfium_c

    if had_glyphs:
        fonts = [pdfium_c.FPDFTextObj_GetFont(obj.raw)
                 for obj in pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT], max_depth=2)]
        if fonts and all(font and pdfium_c.FPDFFont_GetIsEmbedded(font) for font in fonts):
            return True
    return next(pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2), None) is not None


def ocr_pages(data: bytes, pages: list[Page], had_glyphs: list[bool]) -> OcrResult:
    """OCR the pages that need it, at most ``PIPELINE_OCR_MAX_PAGES`` of them, putting their lines in place.
    The PDF is only opened again when a page has no readable text."""
    blank = [(p, glyphs) for p, glyphs in zip(pages, had_glyphs) if not any(ln.text.strip() for ln in p.lines)]
    if not blank:
        return OcrResult()
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        wanted = [p for p, glyphs in blank if needs_ocr(pdf[p.number - 1], glyphs)]
        if not wanted:
            return OcrResult()
        if not settings().ocr:
            return OcrResult(unavailable="OCR is switched off (PIPELINE_OCR=0)")
        if not probe(settings().tesseract):
            return OcrResult(unavailable=f"Tesseract is not installed; {INSTALL_HINT}")
        limit = settings().ocr_max_pages
        done, failed = _read_pages(pdf, wanted[:limit])
    finally:
        pdf.close()
    told = list(failed)
    if done:
        told.insert(0, f"OCR (Tesseract, {LANGUAGE}) read page(s) {_spans(done)}: their text and offsets rest on OCR")
    if len(wanted) > limit:
        told.append(f"{len(wanted) - limit} page(s) without a text layer not OCR'd "
                    f"({_spans([p.number for p in wanted[limit:]])}; limit set by PIPELINE_OCR_MAX_PAGES)")
    return OcrResult(pages=tuple(done), warnings=tuple(told))


def _read_pages(pdf, pages: list[Page]) -> tuple[list[int], list[str]]:
    """OCR each page into its lines; the numbers of the pages read, and a warning for each that failed."""
    done: list[int] = []
    failed: list[str] = []
    for page in pages:
        try:
            page.lines = list(_page_lines(_hocr(_render(pdf[page.number - 1])), page.number))
        except (OSError, subprocess.SubprocessError, RuntimeError, ET.ParseError) as exc:
            failed.append(f"OCR failed on page {page.number}: {type(exc).__name__}: {exc}"[:300])
            continue
        done.append(page.number)
    return done, failed


def _render(page) -> bytes:
    """The page as an 8-bit grey PGM image at ``DPI`` (no compression to spend time on: it goes down a pipe)."""
    image = page.render(scale=SCALE, grayscale=True).to_pil().convert("L")
    out = io.BytesIO()
    image.save(out, format="PPM")
    return out.getvalue()


def _hocr(image: bytes) -> str:
    """Tesseract's hOCR for one page image. One thread per call: the pipeline runs documents in parallel."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    proc = subprocess.run([settings().tesseract, "stdin", "stdout", "-l", LANGUAGE, "--dpi", str(DPI), "hocr"],
                          input=image, capture_output=True, timeout=PAGE_SECONDS, env=env, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"tesseract failed: {proc.stderr.decode(errors='replace').strip()[-300:]}")
    return proc.stdout.decode("utf-8", errors="replace")


def _page_lines(hocr: str, page_no: int) -> list[Line]:
    """The page's lines, one per stretch of words, in reading order as ``chars_to_lines`` orders them."""
    from pipeline.ingest.pdf import chars_to_lines

    lines = [line for stretch in stretches(hocr) for line in chars_to_lines(stretch, page_no)]
    return sorted(lines, key=lambda ln: (round(ln.top or 0), ln.x0 or 0))


def stretches(hocr: str) -> list[list[dict]]:
    """The words of an hOCR page as characters for ``chars_to_lines``, in stretches: a line of Tesseract's, cut
    where a gap is wider than any space between words (Tesseract reads a sidebar beside a body line as one
    line). Each word has its line's top, bottom and font size, in points, and a space after it but the last
    of its stretch, as the gap between words in a scan is no measure of a space."""
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", hocr, count=1))
    out: list[list[dict]] = []
    for line in root.iter():
        box, size = _BBOX.search(line.get("title", "")), _X_SIZE.search(line.get("title", ""))
        if line.get("class") not in LINE_CLASSES or not box:
            continue
        top, bottom = int(box[2]) / SCALE, int(box[4]) / SCALE
        points = round(2 * float(size[1]) / SCALE) / 2 if size else round(bottom - top, 1)
        stretch: list[dict] = []
        for word in line.iter():
            text = " ".join("".join(word.itertext()).split())
            if word.get("class") != "ocrx_word" or not text:
                continue
            x0, _, x1, _ = (int(v) / SCALE for v in _BBOX.search(word.get("title", "")).groups())
            if stretch and x0 - stretch[-1]["x1"] > max(COLUMN_GAP, COLUMN_EMS * points):
                out.append(stretch)
                stretch = []
            if stretch:
                stretch[-1]["text"] += " "
            stretch.append({"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": points,
                            "fontname": ""})
        if stretch:
            out.append(stretch)
    return out


def _spans(numbers: list[int]) -> str:
    """Page numbers as '1-3, 5'."""
    out: list[str] = []
    for n in numbers:
        if out and n == int(out[-1].split("-")[-1]) + 1:
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)
