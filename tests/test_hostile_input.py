"""Hostile input gets an honest status: junk is an error, odd encodings are decoded and told, unmapped PDF glyphs go.

Every hostile file is made here at run time: random bytes with a fixed seed, a seed letter from raw/ in
UTF-16/32, a UTF-8 letter with one bad byte, text with NULs, PDFs written by hand.
"""

from __future__ import annotations

import os
import random
from unittest import mock

import pytest
from conftest import seed
from hostile_corpus import ZERO_PAGES, cid_pdf

from pipeline.ingest import IngestError, Line, Page, Run, read_document
from pipeline.ingest.pdf import drop_unmapped_glyphs
from pipeline.ingest.text import decode
from pipeline.settings import settings
from pipeline.text import clean_document

LETTER = seed("001").read_text(encoding="utf-8")  # a Kamerbrief with ë, è, ñ, ö and curly quotes


def clean(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return clean_document(read_document(path), path.stem)


# --- encodings ------------------------------------------------------------------------------------

ENCODINGS = [
    # (bytes of the letter, a warning that must be there, or None for no warning)
    pytest.param("\ufeff".encode("utf-16-le") + LETTER.encode("utf-16-le"), None, id="utf16-le-bom"),
    pytest.param("\ufeff".encode("utf-16-be") + LETTER.encode("utf-16-be"), None, id="utf16-be-bom"),
    pytest.param(LETTER.encode("utf-16"), None, id="utf16-native-bom"),
    pytest.param(LETTER.encode("utf-32"), None, id="utf32-bom"),
    pytest.param(LETTER.encode("utf-16-le"), "UTF-16-LE (no byte-order mark", id="utf16-le-no-bom"),
    pytest.param(LETTER.encode("utf-16-be"), "UTF-16-BE (no byte-order mark", id="utf16-be-no-bom"),
    pytest.param(LETTER.encode("utf-32-le"), "UTF-32-LE (no byte-order mark", id="utf32-le-no-bom"),
    pytest.param(LETTER.encode("utf-32-be"), "UTF-32-BE (no byte-order mark", id="utf32-be-no-bom"),
    pytest.param(LETTER.encode("cp1252"), "decoded as cp1252", id="cp1252"),
]


@pytest.mark.parametrize(("data", "warning"), ENCODINGS)
def test_the_letter_decodes_whatever_its_encoding(data, warning):
    text, warnings = decode(data)
    assert text == LETTER
    if warning is None:
        assert warnings == []
    else:
        assert any(warning in w for w in warnings), warnings


def test_utf16_letter_is_an_ok_document(tmp_path):
    reference = clean_document(read_document(seed("001")), "001")
    doc = clean(tmp_path, "brief.txt", LETTER.encode("utf-16-le"))
    assert doc.status == "ok"
    assert doc.text == reference.text
    assert [f.text for f in doc.footnotes] == [f.text for f in reference.footnotes]


def test_one_bad_byte_spoils_only_itself():
    data = LETTER.encode().replace("ë".encode(), b"\xeb", 1)  # one letter saved in cp1252
    text, warnings = decode(data)
    assert text == LETTER  # the UTF-8 quotes and letters around it are not read as cp1252 ('â€™')
    assert "â€" not in text and "Ã" not in text
    (warning,) = warnings
    assert f"not valid UTF-8 on 1 of {LETTER.count(chr(10)) + 1} line(s)" in warning and "cp1252" in warning


@pytest.mark.parametrize(("text", "encoding"), [
    ("Привет, это письмо на русском языке о парламенте и правительстве.\n" * 3, "cp1251"),
    ("Geachte voorzitter, de coördinatie in Genève.\n", "cp1252"),
    ("’s-Gravenhage – € 5\n", "cp1252"),  # short Latin text the detector alone takes for cp1250
])
def test_the_detector_chooses_the_legacy_table(text, encoding):
    decoded, warnings = decode(text.encode(encoding))
    assert decoded == text
    assert warnings[0].endswith(f"decoded as {encoding}")


# --- junk and control characters ------------------------------------------------------------------

JUNK = [
    pytest.param(random.Random(11).randbytes(5000), id="random-bytes"),
    pytest.param(random.Random(12).randbytes(300), id="random-bytes-short"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + random.Random(13).randbytes(4000), id="png-named-txt"),
    pytest.param(b"\x00" * 2000, id="only-nuls"),
    pytest.param(b"PK\x03\x04" + bytes(range(256)) * 8, id="zip-like"),
]


@pytest.mark.parametrize("data", JUNK)
def test_binary_junk_is_an_error(tmp_path, data):
    path = tmp_path / "brief.txt"
    path.write_bytes(data)
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert err.value.status == "error"
    assert err.value.reason.startswith("not text")


CONTROLS = [
    # (text with control characters, the decoded text)
    pytest.param("Geachte\x00 voorzitter,\x00\nHierbij\x07 de brief.\x1b", "Geachte voorzitter,\nHierbij de brief.",
                 id="nul-bell-escape"),
    pytest.param("regel een\x0bregel twee", "regel een\nregel twee", id="vertical-tab-is-a-line-break"),
    pytest.param("pagina een\fpagina twee\ttab", "pagina een\fpagina twee\ttab", id="form-feed-and-tab-stay"),
    pytest.param("wis\x7fsen", "wissen", id="delete"),
]


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_control_characters_are_removed(text, expected):
    decoded, warnings = decode(text.encode())
    assert decoded == expected
    removed = sum(c in text for c in "\x00\x07\x1b\x7f")
    assert any("control character" in w for w in warnings) == bool(removed)


def test_a_letter_with_nuls_is_ok_without_them(tmp_path):
    rng = random.Random(14)
    chars = list(LETTER)
    for _ in range(40):
        chars.insert(rng.randrange(len(chars)), "\x00")
    doc = clean(tmp_path, "brief.txt", "".join(chars).encode())
    assert doc.status == "ok"
    assert "\x00" not in doc.text
    assert any("40 control character(s)" in w for w in doc.warnings)
    assert doc.text == clean_document(read_document(seed("001")), "001").text


def test_undecodable_bytes_are_counted():
    _, warnings = decode(b"Geachte voorzitter,\n" * 50 + b"\x81\x8d kapot\n")
    assert "2 undecodable byte(s) replaced by U+FFFD" in warnings


# --- PDFs -----------------------------------------------------------------------------------------

def read_pdf_with(tmp_path, data: bytes, backend: str = "pdfplumber"):
    path = tmp_path / "brief.pdf"
    path.write_bytes(data)
    with mock.patch.dict(os.environ, {"PIPELINE_PDF_BACKEND": backend}):
        settings.cache_clear()
        try:
            return read_document(path)
        finally:
            settings.cache_clear()


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_zero_page_pdf_is_an_error(tmp_path, backend):
    with pytest.raises(IngestError) as err:
        read_pdf_with(tmp_path, ZERO_PAGES, backend)
    assert err.value.status == "error"
    assert "no pages" in err.value.reason


def test_pdf_of_unmapped_glyphs_only_has_no_text_layer(tmp_path):
    with pytest.raises(IngestError) as err:
        read_pdf_with(tmp_path, cid_pdf())
    assert err.value.status == "no_text_layer"
    assert "(cid:N)" in err.value.reason and "7 glyph(s)" in err.value.reason


def test_unmapped_glyphs_next_to_readable_text_are_removed_and_told(tmp_path):
    raw = read_pdf_with(tmp_path, cid_pdf("Geachte voorzitter,"))
    doc = clean_document(raw, "brief")
    assert doc.status == "ok"
    assert doc.text == "Geachte voorzitter,"
    assert any("7 glyph(s) without a Unicode mapping" in w for w in doc.warnings)


def _page(*texts: str) -> list[Page]:
    return [Page(number=1, lines=[Line(text=t, runs=[Run(text=t, size=11.0, top=0.0)]) for t in texts])]


UNMAPPED = [
    # (line texts, line texts after, warning words or None)
    pytest.param(["(cid:129) Toegankelijkheid", "(cid:129) Geografische spreiding"],
                 ["• Toegankelijkheid", "• Geografische spreiding"], "2 opening a line read as a bullet",
                 id="cid-bullets"),
    pytest.param(["De (cid:3)(cid:4) brief", "(cid:5)(cid:6)"], ["De  brief"], "4 removed", id="cid-in-text"),
    pytest.param(["\uf0b7 Een opsomming met een Symbol-bullet in een verder gewone brief"],
                 ["\uf0b7 Een opsomming met een Symbol-bullet in een verder gewone brief"], None,
                 id="few-private-use-bullets-stay"),
    pytest.param(["\ue001\ue002\ue003\ue004 ok", "\ue005\ue006\ue007"], ["ok"], "7 private-use",
                 id="private-use-garbage"),
    pytest.param(["Gewone tekst"], ["Gewone tekst"], None, id="clean-text"),
]


@pytest.mark.parametrize(("texts", "after", "warning"), UNMAPPED)
def test_drop_unmapped_glyphs(texts, after, warning):
    pages = _page(*texts)
    warnings = drop_unmapped_glyphs(pages)
    assert [line.text for line in pages[0].lines] == after
    assert [run.text for line in pages[0].lines for run in line.runs] == after
    if warning is None:
        assert warnings == []
    else:
        assert any(warning in w for w in warnings), warnings


def test_a_pdf_named_txt_is_read_as_a_pdf(tmp_path):
    from hostile_corpus import text_pdf

    path = tmp_path / "brief.txt"
    path.write_bytes(text_pdf([["Geachte voorzitter,", "Hierbij de brief van 1 maart 2024."]]))
    raw = read_document(path)
    assert raw.format == "pdf" and raw.warnings == ["a PDF file named .txt: read as a PDF"]
    assert "Hierbij de brief van 1 maart 2024." in clean_document(raw, "brief").text


def test_a_text_that_mentions_the_pdf_header_stays_text(tmp_path):
    path = tmp_path / "uitleg.txt"
    path.write_text("Een PDF begint met %PDF-1.7 in de eerste regel.\n", encoding="utf-8")
    assert read_document(path).format == "txt"


@pytest.mark.parametrize("internals", [True, False], ids=["ctypes internals", "public ctypes"])
def test_unicode_map_check_reads_the_same_with_or_without_ctypes_internals(tmp_path, monkeypatch, internals):
    """The per-character map check is made from ctypes' internals where they exist; without them (a later Python)
    the public function type must find the same glyphs."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from pipeline.ingest import pdfium_page

    monkeypatch.setattr(pdfium_page, "_CTYPES_INTERNALS", internals and pdfium_page._CTYPES_INTERNALS)
    check = pdfium_page._int_result(pdfium_c.FPDFText_HasUnicodeMapError)
    monkeypatch.setattr(pdfium_page, "_MAP_ERROR", check)
    pdf = pdfium.PdfDocument(cid_pdf("Geachte voorzitter,"))
    textpage = pdf[0].get_textpage()
    flags = pdfium_page.unmapped(textpage.raw, textpage.count_chars())
    text = textpage.get_text_range()
    assert "".join(c for c, f in zip(text, flags) if not f).strip() == "Geachte voorzitter,"
    assert int(flags.sum()) == 7
