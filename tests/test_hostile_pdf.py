"""Hostile PDFs get text or a clear status, never a traceback, a hang or all the memory (issue 11).

Every PDF is written here at run time: turned pages, many pages, bombs of text operators and of FlateDecode,
cut-off files, a broken xref table and encrypted files (test_ingest_pdf's writer). The heavy cases run at a
reduced size; ``PIPELINE_STRESS=1`` runs them at full size (1,500 pages, a million text operators, a stream
inflating to 512 MB) under the default bounds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zlib
from collections.abc import Callable

import pytest
from conftest import ROOT, hand_made_pdf, pdf_stream
from test_ingest_pdf import encrypted_pdf

from pipeline.ingest import IngestError, read_document
from pipeline.settings import settings
from pipeline.text import clean_document

STRESS = os.environ.get("PIPELINE_STRESS") == "1"
BACKENDS = ["pdfplumber", "pdfium"]
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
LETTER = ["Geachte voorzitter,", "Hierbij zend ik u de brief over de begroting.", "Hoogachtend,", "De minister"]


# --- writing PDFs ---------------------------------------------------------------------------------


def text_ops(lines: list[str], origin: tuple[int, int] = (72, 760), matrix: tuple[int, int, int, int] = (1, 0, 0, 1),
             size: int = 11) -> bytes:
    """Text operators setting ``lines`` from ``origin`` with the text matrix's (a, b, c, d): each line one
    leading further against the text's up direction (c, d)."""
    a, b, c, d = matrix
    out = []
    for k, line in enumerate(lines):
        x, y = origin[0] - 14 * k * c, origin[1] - 14 * k * d
        text = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        out.append(b"BT /F1 %d Tf %d %d %d %d %d %d Tm (%s) Tj ET" % (size, a, b, c, d, x, y, text))
    return b"\n".join(out)


def flate_stream(data: bytes, layers: int = 1, repeat: int = 1) -> bytes:
    """A stream object of ``data`` (``repeat`` times, compressed piece by piece: a bomb is never whole in
    memory) under ``layers`` FlateDecode filters."""
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(data) for _ in range(repeat)) + packer.flush()
    for _ in range(layers - 1):
        body = zlib.compress(body, 9)
    filters = b" ".join([b"/FlateDecode"] * layers)
    return b"<< /Length %d /Filter [%s] >>\nstream\n" % (len(body), filters) + body + b"\nendstream"


def pages_pdf(contents: list[bytes], rotate: int | None = None, stream: Callable[[bytes], bytes] = pdf_stream,
              trailer: bytes = b"", extra: list[bytes] = ()) -> bytes:
    """A PDF of one page per content stream (A4, Helvetica as /F1); ``stream`` writes a stream object of a
    content; ``extra`` objects follow the pages."""
    n = len(contents)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(n))
    rot = b" /Rotate %d" % rotate if rotate is not None else b""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n), FONT]
    for k, content in enumerate(contents):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >>%s >>" % (5 + 2 * k, rot))
        objects.append(stream(content))
    return hand_made_pdf(objects + list(extra), trailer)


def many_pages(n: int, lines: int = 20) -> bytes:
    """``n`` pages of ``lines`` lines each (about a kilobyte a page, as the 1,500-page file of the issue)."""
    body = [f"Regel {j} van de brief over de begroting en de uitvoering daarvan." for j in range(lines)]
    return pages_pdf([text_ops([f"Pagina {k + 1} van de brief.", *body]) for k in range(n)])


# --- reading --------------------------------------------------------------------------------------


def read(tmp_path, data: bytes, backend: str = "pdfplumber", **limits: str):
    """The cleaned document of ``data``; ``limits`` are PIPELINE_* settings for this read only."""
    path = tmp_path / "brief.pdf"
    path.write_bytes(data)
    env = {"PIPELINE_PDF_BACKEND": backend, **{f"PIPELINE_{k.upper()}": v for k, v in limits.items()}}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    settings.cache_clear()
    try:
        return clean_document(read_document(path), "brief")
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k)
            else:
                os.environ[k] = v
        settings.cache_clear()


def refused(tmp_path, data: bytes, backend: str = "pdfplumber", **limits: str) -> IngestError:
    with pytest.raises(IngestError) as err:
        read(tmp_path, data, backend, **limits)
    return err.value


# --- turned text ----------------------------------------------------------------------------------

TURNED = [
    # (page /Rotate, text matrix (a, b, c, d), origin of the first line)
    pytest.param(90, (1, 0, 0, 1), (72, 760), id="rotate-90"),
    pytest.param(180, (1, 0, 0, 1), (72, 760), id="rotate-180"),
    pytest.param(270, (1, 0, 0, 1), (72, 760), id="rotate-270"),
    pytest.param(None, (0, 1, -1, 0), (100, 100), id="text-matrix-reads-up"),
    pytest.param(None, (0, -1, 1, 0), (500, 742), id="text-matrix-reads-down"),
    pytest.param(None, (-1, 0, 0, -1), (523, 82), id="text-matrix-upside-down"),
    pytest.param(90, (0, -1, 1, 0), (500, 742), id="rotate-90-of-text-set-reading-down"),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("rotate", "matrix", "origin"), TURNED)
def test_turned_text_is_read(tmp_path, backend, rotate, matrix, origin):
    upright = read(tmp_path, pages_pdf([text_ops(LETTER)]), backend)
    doc = read(tmp_path, pages_pdf([text_ops(LETTER, origin, matrix)], rotate=rotate), backend)
    assert doc.status == "ok"
    assert doc.text == upright.text
    assert "Geachte voorzitter," in doc.text


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_sideways_text_on_a_page_that_mostly_reads_turned_is_left_out(tmp_path, backend):
    body = text_ops(LETTER, (100, 100), (0, 1, -1, 0))
    note = text_ops(["kst-12345-6"], (72, 40))  # a short upright line among sideways text
    doc = read(tmp_path, pages_pdf([body + b"\n" + note]), backend)
    assert doc.status == "ok"
    assert "Hierbij zend ik u de brief over de begroting." in doc.text
    assert "kst-12345-6" not in doc.text


def test_an_upright_page_keeps_leaving_out_its_sideways_margin_note(tmp_path):
    note = text_ops(["Zijlijn"], (40, 400), (0, 1, -1, 0))
    doc = read(tmp_path, pages_pdf([text_ops(LETTER) + b"\n" + note]))
    assert doc.text == read(tmp_path, pages_pdf([text_ops(LETTER)])).text


# --- many pages -----------------------------------------------------------------------------------

N_PAGES = 1500 if STRESS else 120


@pytest.mark.parametrize("backend", BACKENDS)
def test_many_pages_are_read_one_at_a_time(tmp_path, backend, monkeypatch):
    """No page keeps its layout (pdfminer's objects, pdfplumber's characters) once the next is read."""
    from pipeline.ingest import bounds

    held = []
    layout = bounds.bounded_layout

    def watching(page, limit):
        held.append(sum(hasattr(p, "_layout") for p in page.pdf.pages))
        return layout(page, limit)

    monkeypatch.setattr("pipeline.ingest.pdf.bounded_layout", watching)
    doc = read(tmp_path, many_pages(N_PAGES, lines=20 if STRESS else 3), backend)
    assert doc.status == "ok"
    assert doc.n_pages == N_PAGES
    assert doc.text.count("Regel 2 van de brief") == N_PAGES
    if backend == "pdfplumber":
        assert held == [0] * N_PAGES


PEAK_RSS = """
import resource, sys
from pipeline.ingest import read_document
raw = read_document(sys.argv[1])
print(raw.n_pages, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def peak_rss_mb(path) -> tuple[int, int]:
    """Pages read and the peak resident memory (MB) of a fresh process that reads ``path``."""
    out = subprocess.run([sys.executable, "-c", PEAK_RSS, str(path)], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    n_pages, peak = out.stdout.split()
    return int(n_pages), int(peak)


@pytest.mark.skipif(not STRESS, reason="reads 1,600 pages in two processes: set PIPELINE_STRESS=1")
def test_memory_does_not_grow_with_the_page_count(tmp_path):
    small, large = tmp_path / "small.pdf", tmp_path / "large.pdf"
    small.write_bytes(many_pages(100))
    large.write_bytes(many_pages(1500))
    (n_small, peak_small), (n_large, peak_large) = peak_rss_mb(small), peak_rss_mb(large)
    assert (n_small, n_large) == (100, 1500)
    assert peak_large < peak_small + 150, (peak_small, peak_large)  # the kept lines; was 3.5 GB


# --- bombs ----------------------------------------------------------------------------------------


def tj_bomb(n: int) -> bytes:
    """One page of ``n`` text operators of one character each, deflated (tiny on disk)."""
    return pages_pdf([b"BT /F1 1 Tf 0 0 Td " + b"(a) Tj " * n + b"ET"], stream=flate_stream)


def inflate_bomb(megabytes: int, layers: int = 1) -> bytes:
    """The letter followed by ``megabytes`` MB of spaces in its content stream, under ``layers`` deflations."""
    spaces = b" " * (1 << 20)

    def bomb(content: bytes) -> bytes:
        return flate_stream(content + spaces, layers=layers, repeat=megabytes)

    return pages_pdf([text_ops(LETTER)], stream=bomb)


def pages_of_chars(n_pages: int, per_page: int) -> bytes:
    line = "x" * 100
    return pages_pdf([text_ops([line] * (per_page // 100), (20, 820)) for _ in range(n_pages)], stream=flate_stream)


BOMBS = [
    # (the PDF, settings for the read, what the reason says, backends that bound it)
    pytest.param(lambda: tj_bomb(1_000_000), {}, "more than 100000 characters on page 1 (limit set by "
                 "PIPELINE_MAX_PAGE_CHARS)", BACKENDS, id="tj-bomb-full", marks=pytest.mark.skipif(
                     not STRESS, reason="a million operators: set PIPELINE_STRESS=1")),
    pytest.param(lambda: tj_bomb(5000), {"max_page_chars": "2000"}, "more than 2000 characters on page 1",
                 BACKENDS, id="tj-bomb"),
    pytest.param(lambda: pages_of_chars(6, 3000), {"max_chars": "10000"},
                 "more than 10000 characters by page 4 (limit set by PIPELINE_MAX_CHARS)", BACKENDS,
                 id="characters-of-the-document"),
    pytest.param(lambda: many_pages(30, lines=1), {"max_pages": "20"},
                 "too large: 30 pages, more than 20 (limit set by PIPELINE_MAX_PAGES)", BACKENDS, id="pages"),
    pytest.param(lambda: inflate_bomb(512), {}, "the content of page 1 inflates to more than 16 MB",
                 ["pdfplumber"], id="inflate-bomb-full", marks=pytest.mark.skipif(
                     not STRESS, reason="deflates 512 MB: set PIPELINE_STRESS=1")),
    pytest.param(lambda: inflate_bomb(3), {"max_page_content_mb": "1"}, "inflates to more than 1 MB",
                 ["pdfplumber"], id="inflate-bomb"),
    pytest.param(lambda: inflate_bomb(3, layers=3), {"max_page_content_mb": "1"}, "inflates to more than 1 MB",
                 ["pdfplumber"], id="inflate-bomb-nested"),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("make", "limits", "reason", "bounded_by"), BOMBS)
def test_a_bomb_is_refused_as_too_large(tmp_path, backend, make, limits, reason, bounded_by):
    data = make()
    if backend not in bounded_by:  # pdfium inflates in C++ on its own; it must still give a clear outcome
        doc = read(tmp_path, data, backend, **limits)
        assert doc.status == "ok"
        return
    err = refused(tmp_path, data, backend, **limits)
    assert err.status == "error"
    assert err.reason.startswith("too large: ")
    assert reason in err.reason


def test_a_document_within_the_bounds_is_read_whole(tmp_path):
    doc = read(tmp_path, pages_of_chars(6, 3000), max_chars="18100", max_page_chars="3100")
    assert doc.status == "ok"
    assert doc.n_pages == 6


@pytest.mark.parametrize("setting", ["nul", "-3", "veel"])
def test_a_bad_bound_is_named(tmp_path, setting):
    with pytest.raises(ValueError, match="PIPELINE_MAX_PAGES"):
        read(tmp_path, many_pages(1), max_pages=setting)


# --- text files too large -------------------------------------------------------------------------


def test_a_text_file_over_the_bound_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "groot.txt"
    with open(path, "wb") as fh:  # sparse: 60 MB on paper, nothing on disk
        fh.truncate(60 << 20)
    monkeypatch.setattr("pathlib.Path.read_bytes", lambda self: pytest.fail("read a file over the bound"))
    monkeypatch.setattr("builtins.open", lambda *a, **k: pytest.fail("opened a file over the bound"))
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert err.value.status == "error"
    assert err.value.reason == "too large: 60.0 MB of text, more than 50 MB (limit set by PIPELINE_MAX_TEXT_MB)"


@pytest.mark.parametrize(("megabytes", "ok"), [(0.9, True), (1.1, False)])
def test_the_text_bound_is_a_setting(tmp_path, monkeypatch, megabytes, ok):
    path = tmp_path / "brief.txt"
    path.write_bytes(b"Geachte voorzitter,\n" * int(megabytes * (1 << 20) / 20))
    monkeypatch.setenv("PIPELINE_MAX_TEXT_MB", "1")
    settings.cache_clear()
    if ok:
        assert read_document(path).text.startswith("Geachte voorzitter,")
    else:
        with pytest.raises(IngestError, match="too large: 1.1 MB of text, more than 1 MB"):
            read_document(path)


# --- cut off, broken, encrypted -------------------------------------------------------------------

GOOD = many_pages(3, lines=2)
XREF = GOOD.rindex(b"\nxref\n") + 1

BROKEN = [
    # (the PDF, status, what the reason says (both backends: pdfminer says why pdfium cannot open a file);
    # None: the text is read)
    pytest.param(GOOD[: len(GOOD) // 2], "error", "the file ends too early (cut off?)", id="cut-in-half"),
    pytest.param(b"%PDF-1.4\n", "error", "no document catalog (/Root)", id="header-only"),
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<", "error", "broken PDF",
                 id="header-and-half-an-object"),
    pytest.param(GOOD[:XREF], "error", "no document catalog (/Root)",
                 id="cut-before-the-xref"),  # no trailer: no one knows the catalog
    pytest.param(GOOD[: GOOD.rindex(b"%%EOF")], "ok", None, id="no-end-of-file-marker"),
    pytest.param(GOOD[:XREF] + GOOD[XREF:].replace(b"0000000", b"0000009"), "ok", None, id="xref-offsets-wrong"),
    pytest.param(GOOD[:XREF] + b"xref\nniets\ntrailer\n<< /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % XREF, "ok",
                 None, id="xref-garbage"),
    pytest.param(GOOD.replace(b"startxref\n%d" % XREF, b"startxref\n999999"), "ok", None, id="startxref-wrong"),
    pytest.param(encrypted_pdf(b""), "ok", None, id="encrypted-without-user-password"),
    pytest.param(encrypted_pdf(b"geheim"), "error", "encrypted PDF: needs a password",
                 id="encrypted-with-user-password"),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("data", "status", "reason"), BROKEN)
def test_broken_and_encrypted_pdfs_get_a_clear_status(tmp_path, backend, data, status, reason):
    if status == "ok":
        doc = read(tmp_path, data, backend)
        assert doc.status == "ok"
        assert "Regel 1 van de brief" in doc.text or doc.text == "Vertrouwelijk"
        return
    err = refused(tmp_path, data, backend)
    assert err.status == status
    assert reason in err.reason
    assert err.reason.startswith(("broken PDF: ", "encrypted PDF: "))


# --- regressions of the pdfium reader ------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_pdf_without_pages_says_so_after_a_broken_one(tmp_path, backend):
    """pdfium keeps its last error code: a PDF without pages read after a cut-off one got 'Data format error'
    (pdfminer now says why pdfium cannot open a file)."""
    from hostile_corpus import ZERO_PAGES

    refused(tmp_path, GOOD[: len(GOOD) // 2], backend)
    err = refused(tmp_path, ZERO_PAGES, backend)
    assert (err.status, err.reason) == ("error", "no pages (the PDF's page tree is empty)")


@pytest.mark.parametrize("backend", BACKENDS)
def test_glyphs_without_unicode_are_not_read_as_letters(tmp_path, backend):
    """A Type0 font without ToUnicode map: pdfium passed its glyph codes on as 'ABCDEFG'; both readers now find
    no text in it, and keep the readable line beside it."""
    from hostile_corpus import cid_pdf

    err = refused(tmp_path, cid_pdf(), backend)
    assert err.status == "no_text_layer"
    assert "7 glyph(s) without a Unicode mapping" in err.reason
    doc = read(tmp_path, cid_pdf("Leesbaar"), backend)
    assert doc.text.strip() == "Leesbaar"
    assert "ABCDEFG" not in doc.text
