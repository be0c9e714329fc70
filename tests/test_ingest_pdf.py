"""PDF ingestion and cleaning: furniture out, footnotes split, hyphens joined, pages mapped, bad input refused.

Corpus tests read ../shared/corpus/pdf in place (never copied) and skip where it is absent. The
tests on hand-made PDFs and synthetic characters need nothing but the venv.
"""

from __future__ import annotations

import hashlib
import os
import random
import struct
from functools import cache
from pathlib import Path
from unittest import mock

import pytest
from conftest import corpus_pdf, hand_made_pdf, needs_corpus, pdf_stream

from pipeline.document import Document
from pipeline.ingest import IngestError, Line, Page, Run, read_document
from pipeline.ingest.pdf import BACKENDS, chars_to_lines
from pipeline.settings import settings
from pipeline.text import clean_document
from pipeline.text.pdf_layout import clean_pdf

BACKEND_NAMES = sorted(BACKENDS)


def read_with(backend: str, path: Path):
    with mock.patch.dict(os.environ, {"PIPELINE_PDF_BACKEND": backend}):
        settings.cache_clear()
        return read_document(path)


@cache
def corpus_doc(name: str, backend: str) -> Document:
    return clean_document(read_with(backend, corpus_pdf(name)), name)


def page_of(doc: Document, snippet: str) -> int | None:
    return doc.page_no(doc.text.index(snippet))


# --- writing small PDFs by hand (no PDF writer is installed) ---------------------------------------

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _literal(text: str) -> bytes:
    return b"(" + text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_pdf(pages: list[list[tuple]]) -> bytes:
    """A4 pages in Helvetica. Each item: (x, y, size, text) or (x, y, [(size, rise, text), ...])."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", _FONT]
    kids = []
    for items in pages:
        ops = []
        for x, y, *rest in items:
            spans = [(rest[0], 0, rest[1])] if len(rest) == 2 else rest[0]
            shown = b" ".join(b"/F1 %g Tf %g Ts " % (size, rise) + _literal(t) + b" Tj" for size, rise, t in spans)
            ops.append(b"BT %g %g Td " % (x, y) + shown + b" ET")
        objects.append(pdf_stream(b"\n".join(ops)))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return hand_made_pdf(objects)


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(user_password: bytes = b"geheim", owner_password: bytes = b"eigenaar") -> bytes:
    """A one-page PDF under the standard security handler (RC4 40 bit, revision 2) with a user password."""
    doc_id = hashlib.md5(b"kamerstukken-test").digest()
    permissions = -44
    owner = _rc4(hashlib.md5((owner_password + _PAD)[:32]).digest()[:5], (user_password + _PAD)[:32])
    key = hashlib.md5((user_password + _PAD)[:32] + owner + struct.pack("<i", permissions) + doc_id).digest()[:5]
    user = _rc4(key, _PAD)
    content = b"BT /F1 12 Tf 72 700 Td (Vertrouwelijk) Tj ET"
    object_key = hashlib.md5(key + struct.pack("<i", 4)[:3] + b"\x00\x00").digest()[:10]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        pdf_stream(_rc4(object_key, content)),
        _FONT,
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (owner.hex().encode(), user.hex().encode(),
                                                                      permissions),
    ]
    ids = doc_id.hex().encode()
    return hand_made_pdf(objects, b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (ids, ids))


FOOTER = "Tweede Kamer, vergaderjaar 2022\u20132023, 33 694, nr. 68"
TINY = [
    [
        (72, 760, 11, "Geachte voorzitter,"),
        (430, 760, 7, "Postbus 20301"),  # a Rijkshuisstijl sidebar in small type
        (430, 751, 7, "2500 EH Den Haag"),
        (72, 732, [(11, 0, "Meer dan vijftig landen"), (7, 4, "1"), (11, 0, " sloten zich aan bij de oproep, en de")]),
        (72, 718, 11, "nadruk lag op de uitleg-"),
        (72, 704, 11, "baarheid van systemen in Noord-"),
        (72, 690, 11, "Amerika en elders."),
        (72, 110, [(6, 3, "1"), (8, 0, " Kamerstuk 33 694, nr. 43.")]),
        (72, 52, 6, "kst-33694-68"),
        (72, 45, 6, "ISSN 0921 - 7371"),
        (200, 45, 9, FOOTER),
        (520, 45, 9, "1"),
    ],
    [
        (72, 760, 11, "De tweede pagina begint met deze zin."),
        (72, 746, 11, "Het kabinet zet zich in voor verdere stappen."),
        (200, 45, 9, FOOTER),
        (520, 45, 9, "2"),
    ],
]


@pytest.fixture(scope="module")
def tiny_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "tiny.pdf"
    path.write_bytes(text_pdf(TINY))
    return path


@pytest.mark.parametrize("backend", BACKEND_NAMES)
def test_tiny_pdf_reader_gives_lines_with_geometry(tiny_pdf, backend):
    raw = read_with(backend, tiny_pdf)
    assert raw.format == "pdf" and raw.n_pages == 2
    assert raw.sha256 == hashlib.sha256(tiny_pdf.read_bytes()).hexdigest()
    page = raw.pages[0]
    assert (page.width, page.height) == pytest.approx((595, 842))
    texts = [ln.text for ln in page.lines]
    assert texts[0] == "Geachte voorzitter,"
    marked = next(ln for ln in page.lines if ln.text.startswith("Meer dan vijftig"))
    assert marked.size == pytest.approx(11, abs=0.2)
    assert [r.text.strip() for r in marked.runs][:2] == ["Meer dan vijftig landen", "1"]
    assert marked.runs[1].size < 0.8 * marked.size
    assert "Postbus 20301" in texts  # the sidebar is a line of its own, not glued to the body line
    tops = [ln.top for ln in page.lines]
    assert tops == sorted(tops)


@pytest.mark.parametrize("backend", BACKEND_NAMES)
def test_tiny_pdf_is_cleaned(tiny_pdf, backend):
    doc = clean_document(read_with(backend, tiny_pdf), "tiny")
    assert doc.layout == "pdf" and doc.status == "ok"
    assert doc.text == ("Geachte voorzitter,\n"
                        "Meer dan vijftig landen sloten zich aan bij de oproep, en de nadruk lag op de "
                        "uitlegbaarheid van systemen in Noord-Amerika en elders.\n"
                        "De tweede pagina begint met deze zin. Het kabinet zet zich in voor verdere stappen.")
    (note,) = doc.footnotes
    assert (note.number, note.text, note.page_no) == ("1", "Kamerstuk 33 694, nr. 43.", 1)
    assert doc.text[: note.anchor_char].endswith("Meer dan vijftig landen")
    assert {k: doc.furniture[k] for k in ("own_id", "dossier", "ondernummer", "vergaderjaar")} == {
        "own_id": "kst-33694-68", "dossier": "33694", "ondernummer": "68", "vergaderjaar": "2022-2023"}
    assert doc.furniture["sidebar"] == ["Postbus 20301", "2500 EH Den Haag"]
    assert doc.page_numbers == [1, 2]
    assert page_of(doc, "Amerika en elders") == 1
    assert page_of(doc, "De tweede pagina") == 2


# --- the text stage on synthetic pages (no PDF library) --------------------------------------------

def _line(text, top, size=9.0, x0=80.0, page=1, runs=None):
    width = 0.5 * size * len(text)
    return Line(text=text, page=page, top=top, bottom=top + size, x0=x0, x1=x0 + width, size=size,
                runs=runs or [Run(text=text, size=size, top=top, x0=x0)])


def test_footnote_number_on_a_line_of_its_own_is_joined_to_its_text():
    """A reader may give the raised number of a footnote its own line, just left of the text (SDU layout)."""
    body = [_line(f"Regel {k} van de tekst die over de hele breedte van de bladspiegel loopt.", 100 + 12 * k)
            for k in range(8)]
    marked = _line("stroomtekort te voorkomen»?1", 200, runs=[Run("stroomtekort te voorkomen»?", 9.0, 200, 80),
                                                              Run("1", 5.5, 198, 190)])
    notes = [
        _line("1", 669.3, size=4.5, x0=221.1),
        _line("Financieel Dagblad, 14 juni 2024, «Ingrijpen in energiemarkt", 670.1, size=6.9, x0=227.3),
        _line("noodzakelijk om stroomtekort te voorkomen».", 679.1, size=6.9, x0=227.3),
    ]
    page = Page(number=1, lines=[*body, marked, *notes], width=595.0, height=842.0)
    cleaned = clean_pdf([page])
    (note,) = cleaned.footnotes
    assert note.number == "1"
    assert note.text == ("Financieel Dagblad, 14 juni 2024, «Ingrijpen in energiemarkt noodzakelijk om "
                         "stroomtekort te voorkomen».")
    texts = [p.text for p in cleaned.pieces]
    assert "stroomtekort te voorkomen»?" in texts
    assert not any("Financieel" in t or t.strip() == "1" for t in texts)
    piece = cleaned.pieces[texts.index("stroomtekort te voorkomen»?")]
    assert piece.markers == [(len("stroomtekort te voorkomen»?"), "1")]


def test_lone_number_high_on_the_page_is_not_taken_for_a_footnote():
    lines = [_line("Agendapunt", 100), _line("1", 130, size=5.0), _line("Tekst naast het nummer", 130.5, x0=84.0),
             _line("Nog een regel tekst.", 142)]
    cleaned = clean_pdf([Page(number=1, lines=lines, width=595.0, height=842.0)])
    assert cleaned.footnotes == []
    assert [p.text for p in cleaned.pieces] == ["Agendapunt", "1", "Tekst naast het nummer", "Nog een regel tekst."]


# --- chars_to_lines on synthetic characters ------------------------------------------------------

def _chars(text: str, x0: float, top: float, size: float) -> list[dict]:
    out = []
    for ch in text:
        width = 0.5 * size
        out.append({"text": ch, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + size, "size": size,
                    "fontname": "Helvetica"})
        x0 += width
    return out


def test_raised_small_marker_stays_on_its_line_as_its_own_run():
    word = _chars("landen", 72, 100, 10)
    marker = _chars("1", word[-1]["x1"], 97, 6)
    rest = _chars(" zich aan", marker[-1]["x1"], 100, 10)
    (line,) = chars_to_lines(rest + marker + word, page_no=3)
    assert line.text == "landen1 zich aan"
    assert [(r.text, r.size) for r in line.runs] == [("landen", 10), ("1", 6), (" zich aan", 10)]
    assert line.page == 3 and line.size == 10
    assert line.top == 100  # the body's top, not the raised marker's


def test_two_columns_split_at_a_wide_gap():
    left = _chars("Aan de Voorzitter", 72, 150, 9)
    right = _chars("Postbus 20301", 470, 150.5, 6.5)
    lines = list(chars_to_lines(left + right, page_no=1))
    assert [ln.text for ln in lines] == ["Aan de Voorzitter", "Postbus 20301"]
    assert lines[1].x0 == 470


def test_words_with_a_normal_gap_stay_together():
    first = _chars("Tweede", 72, 100, 10)
    second = _chars("Kamer", first[-1]["x1"] + 3, 100, 10)  # no space character, a visible gap
    (line,) = chars_to_lines(first + second, page_no=1)
    assert line.text == "Tweede Kamer"


def test_lines_come_out_sorted_by_position():
    chars = (_chars("derde", 72, 300, 10) + _chars("rechts", 300, 100, 10) + _chars("eerste", 72, 100, 10)
             + _chars("tweede", 72, 200, 10))
    random.Random(7).shuffle(chars)
    assert [ln.text for ln in chars_to_lines(chars, page_no=1)] == ["eerste", "rechts", "tweede", "derde"]


@pytest.mark.parametrize("text, size, fontname", [
    ("Kamer", 10, "Helvetica"), ("Kamerbrief", 9.96, "ABCDEF+Arial-BoldMT"), ("2", 30, "Times-bold"),
    ("motie", 11.04, None), ("ré", 10.05, ""), ("x", 7, "bold")])
def test_a_line_of_one_stretch_reads_as_its_characters(text, size, fontname):
    """The pdfium reader hands over stretches of characters; a line of one stretch (made without the row
    loop) is the line its characters one by one make: text, size, boldness, box, runs."""
    chars = [dict(c, fontname=fontname) for c in _chars(text, 72, 100, size)]
    stretch = dict(chars[0], text=text, x1=chars[-1]["x1"])
    (by_char,) = chars_to_lines(chars, page_no=2)
    (by_stretch,) = chars_to_lines([stretch], page_no=2)
    assert by_stretch == by_char
    assert by_stretch.bold == ("bold" in str(fontname).lower())


def test_empty_and_blank_characters_give_no_lines():
    chars = [*_chars("   ", 72, 100, 10), {"text": "", "x0": 72, "x1": 72, "top": 200, "bottom": 210, "size": 10}]
    assert list(chars_to_lines(chars, page_no=1)) == []


# --- bad input ----------------------------------------------------------------------------------------

def _random_bytes(n: int) -> bytes:
    data = random.Random(2024).randbytes(n)
    assert not data.lstrip().startswith(b"%PDF")
    return data


BAD = [
    pytest.param(lambda: _random_bytes(4096), "not a PDF", id="random-bytes"),
    pytest.param(lambda: b"", "not a PDF", id="empty-file"),
    pytest.param(lambda: b"%PDF-1.7\n" + _random_bytes(4096), "", id="header-then-garbage"),
    pytest.param(lambda: text_pdf(TINY)[:700], "", id="truncated-hand-made"),
    pytest.param(encrypted_pdf, "encrypted PDF", id="encrypted"),
]


@pytest.mark.parametrize("backend", BACKEND_NAMES)
@pytest.mark.parametrize(("make", "reason"), BAD)
def test_bad_pdf_is_an_error_with_a_reason(tmp_path, backend, make, reason):
    path = tmp_path / "stuk.pdf"
    path.write_bytes(make())
    with pytest.raises(IngestError) as err:
        read_with(backend, path)
    assert err.value.status == "error"
    assert err.value.reason.strip()
    assert reason in err.value.reason
    assert "PDF" in err.value.reason


def test_hand_made_encrypted_pdf_is_a_real_one():
    """With its password both PDF libraries read it, so the error above is about the password."""
    import io

    import pdfplumber
    import pypdfium2

    data = encrypted_pdf()
    with pdfplumber.open(io.BytesIO(data), password="geheim") as pdf:
        assert pdf.pages[0].extract_text() == "Vertrouwelijk"
    pdf = pypdfium2.PdfDocument(data, password="geheim")
    try:
        assert pdf[0].get_textpage().get_text_range().strip() == "Vertrouwelijk"
    finally:
        pdf.close()


@needs_corpus
@pytest.mark.parametrize("backend", BACKEND_NAMES)
@pytest.mark.parametrize("name", ["ll_ah-tk-20232024-2168.pdf", "pdflab_kst-28286-1366-motie.pdf"])
def test_truncated_corpus_pdf_is_an_error(tmp_path, backend, name):
    data = corpus_pdf(name).read_bytes()
    path = tmp_path / name
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(IngestError) as err:
        read_with(backend, path)
    assert err.value.status == "error"
    assert "PDF" in err.value.reason


@needs_corpus
@pytest.mark.parametrize("backend", BACKEND_NAMES)
@pytest.mark.parametrize(("name", "n_pages"), [("pdflab_nota-vws-mondzorg-scan.pdf", 3),
                                               ("plooi_blg-1007826-beslisnota-nitraat-scan.pdf", 2)])
def test_scans_have_no_text_layer(backend, name, n_pages):
    # without OCR (tests/test_ocr.py reads them with it)
    with pytest.raises(IngestError) as err, mock.patch.dict(os.environ, {"PIPELINE_OCR": "0"}):
        read_with(backend, corpus_pdf(name))
    assert err.value.status == "no_text_layer"
    assert err.value.n_pages == n_pages
    assert "no text layer" in err.value.reason


# --- the corpus ----------------------------------------------------------------------------------

MOTIE = "pdflab_kst-28286-1366-motie.pdf"
AH = "ll_ah-tk-20232024-2168.pdf"
AH_1432 = "ll_ah-tk-20232024-1432.pdf"
CONTOUR = "pdflab_contourennota-spreidingswet.pdf"
BRIEF = "plooi_brief-jenv-draagmoederschap-2011.pdf"
MOTIE_PM = "pm_kst-21501-02-3121-motie.pdf"

FURNITURE_OUT = [
    (MOTIE, "kst-28286-1366"),
    (MOTIE, "ISSN"),
    (MOTIE, "Tweede Kamer, vergaderjaar 2024–2025, 28 286, nr. 1366 2"),
    (MOTIE, "Tweede Kamer, vergaderjaar 2024–2025, 28 286, nr. 1366"),
    (MOTIE, "’s-Gravenhage 2024"),
    (AH, "ah-tk-20232024-2168"),
    (AH, "ISSN 0921 - 7398"),
    (AH, "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel"),
    (MOTIE_PM, "kst-21501-02-3121"),
    (MOTIE_PM, "Tweede Kamer, vergaderjaar 2024–2025, 21 501-02, nr. 3121"),
    (CONTOUR, "Pagina 1 van 6"),
    (CONTOUR, "Pagina 6 van 6"),
    (BRIEF, "Pagina 1 van 3"),
    (BRIEF, "Pagina 3 van 3"),
]


@needs_corpus
@pytest.mark.parametrize("backend", BACKEND_NAMES)
@pytest.mark.parametrize(("name", "furniture"), FURNITURE_OUT)
def test_running_headers_footers_and_colophons_are_out(backend, name, furniture):
    assert furniture not in corpus_doc(name, backend).text


@needs_corpus
@pytest.mark.parametrize("backend", BACKEND_NAMES)
@pytest.mark.parametrize("name", [MOTIE, AH, MOTIE_PM, CONTOUR, BRIEF])
def test_no_page_number_is_left_on_a_line_of_its_own(backend, name):
    lines = corpus_doc(name, backend).text.split("\n")
    assert not [ln for ln in lines if ln.strip().isdigit() and len(ln.strip()) <= 2]


FURNITURE_KEPT = [
    (MOTIE, {"own_id": "kst-28286-1366", "dossier": "28286", "ondernummer": "1366", "vergaderjaar": "2024-2025",
             "kamer": "II"}),
    (AH, {"own_id": "ah-tk-20232024-2168", "vergaderjaar": "2023-2024", "kamer": "II", "aanhangsel": True}),
    (MOTIE_PM, {"own_id": "kst-21501-02-3121", "dossier": "21501-02", "ondernummer": "3121",
                "vergaderjaar": "2024-2025"}),
]


@needs_corpus
@pytest.mark.parametrize("backend", BACKEND_NAMES)
@pytest.mark.parametrize(("name", "expected"), FURNITURE_KEPT)
def test_furniture_metadata_is_kept(backend, name, expected):
    furniture = corpus_doc(name, backend).furniture
    assert {k: furniture.get(k) for k in expected} == expected


FOOTNOTES = [
    # (pdf, number, page, start of the footnote text, clean text right before the marker, glued form)
    (AH, "1", 1, "Financieel Dagblad, 14 juni 2024, «Ingrijpen in energiemarkt noodzakelijk om stroomtekort",
     "«Ingrijpen in energiemarkt noodzakelijk om stroomtekort te voorkomen»?", "voorkomen»?1"),
    (CONTOUR, "1", 1, "P. 20 Regeerprogramma.", "In het Regeerprogramma van 13 september jl.", "jl.1"),
    (BRIEF, "1", 2, "Bij hoogtechnologisch draagmoederschap wordt een embryo",
     "bevoegd inzake ideëel hoogtechnologisch draagmoederschap.", "draagmoederschap.1"),
    (AH_1432, "1", 1, "Kamerstuk 36 410 VIII, nr. 106", "Code Diversiteit en Inclusie opnieuw zal worden afgewogen",
     "afgewogen1"),
    (AH_1432, "2", 1, "Kamerstuk 36 410 VIII, nr. 82", "de aangenomen motie van het lid Van Zanten c.s.", "c.s.2"),
    (AH_1432, "3", 2, "bis: culturele basisinfrastructuur", "verregaande maatregelen op dit vlak namen?", "namen?3"),
]


@needs_corpus
@pytest.mark.parametrize("backend", BACKEND_NAMES)
@pytest.mark.parametrize(("name", "number", "page", "start", "left", "glued"), FOOTNOTES)
def test_footnote_is_split_with_number_page_and_anchor(backend, name, number, page, start, left, glued):
    doc = corpus_doc(name, backend)
    note = next(f for f in doc.footnotes if f.number == number)
    assert note.text.startswith(start)
    assert note.page_no == page
    assert note.anchor_char is not None
    assert doc.text[: note.anchor_char].endswith(left)
    assert doc.page_no(note.anchor_char) == page
    assert glued not in doc.text
    assert start not in doc.text  # the body is out of the running text


@needs_corpus
@pytest.mark.parametrize("backend", BACKEND_NAMES)
@pytest.mark.parametrize(("name", "numbers"), [(AH, ["1"]), (AH_1432, ["1", "2", "3"]), (CONTOUR, ["1"]),
                                               (BRIEF, ["1"]), (MOTIE, []), (MOTIE_PM, [])])
def test_footnote_numbers(backend, name, numbers):
    assert [f.number for f in corpus_doc(name, backend).footnotes] == numbers


@needs_corpus
@pytest.mark.parametrize("backend", BACKEND_NAMES)
def test_footnote_url_over_two_lines_is_joined(backend):
    note = corpus_doc(AH, backend).footnotes[0]
    assert note.text.endswith("(https://fd.nl/bedrijfsleven/1519574/ingrijpen-in-energiemarkt-noodzakelijk-om-"
                              "stroomtekort-te-voorkomen)")


@needs_corpus
@pytest.mark.parametrize("backend", BACKEND_NAMES)
def test_footnote_in_the_middle_of_a_paragraph_leaves_it_whole(backend):
    doc = corpus_doc(AH_1432, backend)
    assert "3\nbis:" not in doc.text
    assert "hun aanvragen indienen op basis van in de zomer van 2023 vastgelegde spelregels" in doc.text


HYPHENS = [
    # (pdf, present, absent)
    (AH, "maar dat de leveringszekerheid in 2033 lager is", "leveringszeker-"),
    (AH, "lage groothandelsprijzen afgewisseld worden", "groothandels-"),
    (AH, "omdat dit marktpartijen ook de juiste prikkels", "marktpar-"),
    (AH, "de kosten van dergelijke maatregelen en de baten", "maatrege-"),
    (AH, "samen in ENTSO-E-verband tot tien jaar", "ENTSO-E- verband"),
    (AH, "minder zon- en windenergie", "zonen windenergie"),
    (MOTIE, "de kwaliteit en toegankelijkheid van de veterinaire zorg", "toeganke-"),
    (BRIEF, "Tot slot wordt wet- en regelgeving ten opzichte", "weten regelgeving"),
]


@needs_corpus
@pytest.mark.parametrize("backend", BACKEND_NAMES)
@pytest.mark.parametrize(("name", "present", "absent"), HYPHENS)
def test_hyphen_breaks_in_pdfs(backend, name, present, absent):
    text = corpus_doc(name, backend).text
    assert present in text
    assert absent not in text


@needs_corpus
@pytest.mark.parametrize("backend", BACKEND_NAMES)
@pytest.mark.parametrize("sidebar", ["Schedeldoekshaven", "Directie Justitieel Jeugdbeleid",
                                     "www.rijksoverheid.nl/venj", "Ons kenmerk", "5687928/11"])
def test_rijkshuisstijl_sidebar_is_kept_out_of_the_body(backend, sidebar):
    doc = corpus_doc(BRIEF, backend)
    assert sidebar not in doc.text
    assert any(sidebar in entry for entry in doc.furniture["sidebar"])


@needs_corpus
@pytest.mark.parametrize("backend", BACKEND_NAMES)
def test_letter_body_around_the_sidebar_is_intact(backend):
    doc = corpus_doc(BRIEF, backend)
    assert "\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n" in doc.text
    assert "Onderwerp Draagmoederschap\nDraagmoederschap is een complex onderwerp" in doc.text
    assert doc.text.endswith("De Staatssecretaris van Veiligheid en Justitie,\nF. Teeven")


PAGES = [
    # (pdf, text known to stand on that page of the PDF, page)
    (MOTIE, "MOTIE VAN DE LEDEN HOLMAN EN VAN CAMPEN", 1),
    (MOTIE, "voldoet aan de vereisten van de veterinaire sector", 1),
    (MOTIE, "en gaat over tot de orde van de dag.", 2),
    (MOTIE, "Van Campen", 2),
    (AH, "Bent u bekend met het artikel", 1),
    (AH, "Deelt u de mening dat het van groot belang is", 2),
    (AH, "Zoals aangegeven in antwoord op vraag 4", 2),
    (AH, "Zoals aangegeven in mijn antwoord op vraag 2", 3),
    (AH, "Zie de antwoorden op de vragen 2, 6 en 8.", 4),
    (CONTOUR, "Contourennota intrekking Spreidingswet", 1),
    (CONTOUR, "Hieronder worden deze elementen nader toegelicht.", 2),
    (CONTOUR, "Bijlage I samenhangend pakket opvang en huisvesting", 4),
    (BRIEF, "Onderwerp Draagmoederschap", 1),
    (BRIEF, "aanraking te komen met illegale opnemingen", 2),
    (BRIEF, "F. Teeven", 3),
]


@needs_corpus
@pytest.mark.parametrize("backend", BACKEND_NAMES)
@pytest.mark.parametrize(("name", "snippet", "page"), PAGES)
def test_offsets_map_to_pages(backend, name, snippet, page):
    assert page_of(corpus_doc(name, backend), snippet) == page


@needs_corpus
@pytest.mark.parametrize("backend", BACKEND_NAMES)
@pytest.mark.parametrize(("name", "n_pages"), [(MOTIE, 2), (AH, 4), (CONTOUR, 6), (BRIEF, 3), (MOTIE_PM, 1)])
def test_page_map_covers_every_page_in_order(backend, name, n_pages):
    doc = corpus_doc(name, backend)
    assert doc.n_pages == n_pages
    assert doc.page_numbers == list(range(1, n_pages + 1))
    assert doc.page_starts[0] == 0
    assert doc.page_starts == sorted(set(doc.page_starts))
