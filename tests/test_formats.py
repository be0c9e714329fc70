"""The input formats besides PDF and text: Word (.docx), officielebekendmakingen XML and HTML, saved web pages.

Every fixture is built here at run time: the .docx from a seed letter's Word-conversion text (with a real
footnotes part), the XML in the publisher's element names (tests/ob_fixture.py)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from conftest import extract_to, read_table, seed
from docx_fixture import build_docx, paragraph, paragraphs_from_word_text, run, table
from ob_fixture import HANDELINGEN, KAMERSTUK, KAMERVRAGEN, meta, publication

from pipeline.extract.markup_refs import canonical_of, missed, reference_for
from pipeline.extract.metadata import extract_metadata
from pipeline.extract.references import find_references
from pipeline.ingest import IngestError, read_document
from pipeline.run import read_one, scan_inputs
from pipeline.text import clean_document


@pytest.fixture(scope="module")
def run_out(tmp_path_factory) -> Path:
    """One pipeline run over the seed letter as .txt and as .docx, and the XML Kamerbrief."""
    folder = tmp_path_factory.mktemp("in")
    text = seed("001").read_text(encoding="utf-8")
    (folder / "letter.txt").write_text(text, encoding="utf-8")
    (folder / "letter_word.docx").write_bytes(build_docx(*paragraphs_from_word_text(text)))
    (folder / "kst.xml").write_bytes(publication(KAMERSTUK))
    out = tmp_path_factory.mktemp("out") / "extracted"
    extract_to(sorted(folder.iterdir()), out)
    return out


def _rows(out: Path, table_name: str, doc_id: str) -> list[dict[str, str]]:
    return [{k: v for k, v in r.items() if k != "doc_id"} for r in read_table(out, table_name) if r["doc_id"] == doc_id]


@pytest.mark.parametrize("table_name", ["references", "dates", "footnotes"])
def test_docx_of_a_seed_letter_gives_what_its_text_gives(run_out, table_name):
    from_text, from_docx = _rows(run_out, table_name, "letter"), _rows(run_out, table_name, "letter_word")
    assert from_text, f"the seed letter has {table_name}"
    assert from_docx == from_text


def test_the_docx_fixture_is_a_package_word_readers_open(tmp_path):
    docx = pytest.importorskip("docx", reason="python-docx (dev extra) checks the fixture, not the reader")
    path = tmp_path / "a.docx"
    path.write_bytes(build_docx(*paragraphs_from_word_text("Een zin[footnoteRef:1]. [1:  Kamerstuk 36600, nr. 1.]")))
    assert docx.Document(str(path)).paragraphs[0].text == "Een zin."


def test_docx_tables_headings_tracked_changes_and_footnote_numbers(tmp_path):
    body = [paragraph(run("Inleiding"), style="Heading1"),
            paragraph(run("Eerst") + '<w:del><w:r><w:delText>weg</w:delText></w:r></w:del>'
                      + '<w:ins><w:r><w:t xml:space="preserve"> erbij</w:t></w:r></w:ins>'
                      + '<w:r><w:footnoteReference w:id="12"/></w:r>' + run(" en meer.")),
            table([["Jaar", "Bedrag"], ["2025", "€ 10 mln"]])]
    data = build_docx(body, {})
    data = _with_footnotes(data, {"12": "Kamerstukken II 2022/23, 33694, nr. 68."})
    path = tmp_path / "t.docx"
    path.write_bytes(data)
    doc = clean_document(read_document(path), "t")
    assert doc.layout == "word"
    assert doc.text == "Inleiding\nEerst erbij en meer.\nJaar | Bedrag\n2025 | € 10 mln"
    assert [(f.number, f.text, f.anchor_char) for f in doc.footnotes] == [
        ("1", "Kamerstukken II 2022/23, 33694, nr. 68.", doc.text.index(" en meer."))]


def _with_footnotes(docx: bytes, notes: dict[str, str]) -> bytes:
    """The package with its footnotes part replaced (ids as given, not derived from numbers)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    part = (f'<w:footnotes xmlns:w="{w}">' + "".join(f'<w:footnote w:id="{i}"><w:p>{run(b)}</w:p></w:footnote>'
                                                     for i, b in notes.items()) + "</w:footnotes>")
    src, out = zipfile.ZipFile(io.BytesIO(docx)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in src.namelist():
            z.writestr(name, part if name == "word/footnotes.xml" else src.read(name))
    return out.getvalue()


@pytest.mark.parametrize("data, reason", [
    (b"PK\x03\x04 not really a zip", "not a Word (.docx) file"),
    (b"", "not a Word (.docx) file"),
])
def test_a_broken_docx_is_an_error_row(tmp_path, data, reason):
    path = tmp_path / "kapot.docx"
    path.write_bytes(data)
    doc = read_one(path, "kapot")
    assert doc.status == "error" and reason in doc.error


# --- officielebekendmakingen XML ---------------------------------------------------------------------------

XML_CASES = [
    # (name, xml, expected metadata fields)
    ("kamerstuk from its elements", publication(KAMERSTUK),
     {"kamerstuk": "kst-36800-XIV-81", "dossier": "36800-XIV", "ondernummer": "81", "vergaderjaar": "2025-2026",
      "kamer": "II", "date": "2025-11-14", "date_source": "markup", "doc_type": "brief_regering"}),
    ("kamerstuk whose meta fields win", publication(KAMERSTUK, meta(DC_identifier="kst-36800-XIV-82",
                                                                    OVERHEIDop_vergaderjaar="2025-2026")),
     {"kamerstuk": "kst-36800-XIV-82", "dossier": "36800-XIV", "ondernummer": "82"}),
    ("aanhangsel", publication(KAMERVRAGEN),
     {"kamerstuk": "ah-tk-20242025-100", "vergaderjaar": "2024-2025", "date": "2025-01-24",
      "doc_type": "antwoord_kamervragen"}),
    ("handelingen", publication(HANDELINGEN, meta(DC_identifier="h-tk-20242025-20-3", DC_type="Handelingen",
                                                  DCTERMS_issued="2024-11-07")),
     {"kamerstuk": "h-tk-20242025-20-3", "doc_type": "verslag", "date": "2024-11-07", "date_source": "markup"}),
]


@pytest.mark.parametrize("name, xml, expected", XML_CASES, ids=[c[0] for c in XML_CASES])
def test_ob_xml_metadata_comes_from_the_markup(tmp_path, name, xml, expected):
    path = tmp_path / "doc.xml"
    path.write_bytes(xml)
    found = extract_metadata(clean_document(read_document(path), "doc"))
    assert {k: getattr(found, k) for k in expected} == expected


def test_ob_xml_footnotes_signatures_and_speakers(tmp_path):
    (tmp_path / "k.xml").write_bytes(publication(KAMERSTUK))
    (tmp_path / "h.xml").write_bytes(publication(HANDELINGEN))
    letter = clean_document(read_document(tmp_path / "k.xml"), "k")
    assert [(f.number, f.text) for f in letter.footnotes] == [
        ("1", "Kamerstukken II, 2025/26, 36 800 XIV, nr. 12."),
        ("2", "Motie van het lid Vermeer, Kamerstuk 36 800 XIV, nr. 9.")]
    assert letter.text[letter.footnotes[0].anchor_char - 10: letter.footnotes[0].anchor_char] == " de motie."
    signers = extract_metadata(letter).signatories
    assert [(s.name, s.role) for s in signers] == [
        ("F.M. Wiersma", "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur")]
    debate = read_document(tmp_path / "h.xml")
    assert debate.markup["speakers"] == ["De heer Boswijk (CDA)", "Minister Brekelmans"]
    assert "De heer Boswijk (CDA):\nVoorzitter." in clean_document(debate, "h").text


def test_ob_xml_extrefs_are_read_and_what_the_grammar_missed_is_kept(run_out):
    refs = {r["canonical"]: r for r in read_table(run_out, "references") if r["doc_id"] == "kst"}
    assert set(refs) == {"kst-36800-XIV-80", "kst-36800-XIV-12", "kst-36800-XIV-9", "stcrt-2025-3344"}
    assert refs["kst-36800-XIV-80"]["raw"] == "brief van vorige week"  # the link the grammar cannot see
    assert refs["stcrt-2025-3344"]["kind"] == "staatscourant"
    assert (refs["kst-36800-XIV-12"]["in_footnote"], refs["kst-36800-XIV-12"]["footnote"]) == ("true", "1")
    warnings = [r["warnings"] for r in read_table(run_out, "documents") if r["doc_id"] == "kst"][0]
    assert "kst-36800-XIV-80" in warnings and "stcrt-2025-3344" in warnings
    assert "kst-36800-XIV-12" not in warnings  # the grammar found it: nothing to tell


@pytest.mark.parametrize("attr, canonical", [
    ("kst-36800-XIV-80", "kst-36800-XIV-80"),
    ("https://zoek.officielebekendmakingen.nl/kst-36800-XIV-80.html", "kst-36800-XIV-80"),
    ("dossier/36600-XXIII", "dossier-36600-XXIII"),
    ("ah-tk-20242025-100", "ah-tk-20242025-100"),
])
def test_extref_ids(attr, canonical):
    assert canonical_of(attr) == canonical
    assert reference_for(canonical, "x", 0, 1).canonical == canonical


@pytest.mark.parametrize("text, links, kept", [
    ("Zie Kamerstuk 36 800 XIV, nr. 80 hierover.", [{"doc": "kst-36800-XIV-80", "text": "36 800 XIV, nr. 80"}], []),
    ("Zie de brief hierover.", [{"doc": "kst-36800-XIV-80", "text": "de brief"}], ["kst-36800-XIV-80"]),
    ("Zie de site.", [{"doc": "https://example.org", "text": "de site", "soort": "URL"}], []),
    ("Zie de bijlage.", [{"doc": "blg-1184123", "text": "de bijlage"}], []),  # no reference kind of ours
    ("Zie de brief.", [{"doc": "kst-36800-XIV-80", "text": "het verslag"}], []),  # text not here: not placed
    ("Zie 36 600 XIII.", [{"doc": "dossier/36600-XIII", "text": "36 600 XIII"}], ["dossier-36600-XIII"]),
])
def test_missed_references(text, links, kept):
    assert [r.canonical for r in missed(links, find_references(text), text)] == kept


def test_xml_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "geheim.txt"
    secret.write_text("TOPGEHEIM")
    xml = (f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]><officiele-publicatie>'
           f"<kamerstuk><stuk><al>Tekst &e; hier.</al></stuk></kamerstuk></officiele-publicatie>").encode()
    (tmp_path / "x.xml").write_bytes(xml)
    assert "TOPGEHEIM" not in clean_document(read_document(tmp_path / "x.xml"), "x").text


@pytest.mark.parametrize("data, reason", [
    (b"<a><b></a>", "not well-formed XML"),
    (b"<?xml version='1.0'?><rss><channel/></rss>", "XML without a document the reader knows"),
])
def test_xml_that_is_no_publication_is_an_error(tmp_path, data, reason):
    (tmp_path / "x.xml").write_bytes(data)
    with pytest.raises(IngestError, match=reason):
        read_document(tmp_path / "x.xml")


# --- HTML ----------------------------------------------------------------------------------------------------

ARTICLE = ["Het kabinet heeft vandaag besloten de komende jaren extra te investeren in de verantwoorde toepassing "
           "van kunstmatige intelligentie in het militaire domein, schrijft de minister aan de Tweede Kamer.",
           "In de brief (Kamerstuk 36 600 X, nr. 50) staat dat Nederland in februari 2026 de derde internationale "
           "top over dit onderwerp mede organiseert, samen met Spanje en Zuid-Korea.",
           "De minister zal de Kamer voor de zomer van 2026 informeren over de voortgang van de gesprekken."]
CHROME = ["Wij gebruiken cookies om de website te verbeteren. Accepteer alle cookies of stel ze zelf in.",
          "Onderwerpen", "Privacy | Toegankelijkheid | Contact"]


def _page(head: str = "") -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE)
    return (f'<html><head><title>Nieuws</title>{head}</head><body><nav><ul><li><a href="/">Home</a></li>'
            f'<li><a href="/o">{CHROME[1]}</a></li></ul></nav><div class="cookie-banner"><p>{CHROME[0]}</p></div>'
            f"<main><article><h1>Kabinet investeert in militaire AI</h1><p>Nieuwsbericht | 14-11-2025</p>{paras}"
            f'<p>Zie ook <a href="https://zoek.officielebekendmakingen.nl/kst-36600-X-51.html">de eerdere brief</a>.'
            f"</p></article></main><footer><p>{CHROME[2]}</p></footer></body></html>").encode()


def test_a_saved_web_page_gives_its_article_without_navigation_and_cookie_text(tmp_path):
    (tmp_path / "p.html").write_bytes(_page())
    doc = clean_document(read_document(tmp_path / "p.html"), "p")
    assert doc.layout == "web"
    assert all(p in doc.text for p in ARTICLE)
    assert not any(c in doc.text for c in CHROME)
    found = extract_metadata(doc)
    assert (found.title, found.date, found.doc_type) == ("Kabinet investeert in militaire AI", "2025-11-14",
                                                        "nieuwsbericht")


def test_an_officielebekendmakingen_page_gives_its_meta_fields_and_links(tmp_path):
    head = ('<meta name="DC.identifier" content="kst-36600-X-52"/><meta name="DC.type" content="Kamerstuk"/>'
            '<meta name="OVERHEIDop.dossiernummer" content="36600-X"/><meta name="OVERHEIDop.ondernummer" '
            'content="52"/><meta name="OVERHEIDop.vergaderjaar" content="2024-2025"/>'
            '<meta name="DC.creator" content="Tweede Kamer der Staten-Generaal"/>'
            '<meta name="DCTERMS.issued" content="2025-03-04"/>')
    (tmp_path / "kst-36600-X-52.html").write_bytes(_page(head))
    raw = read_document(tmp_path / "kst-36600-X-52.html")
    assert raw.markup["extrefs"] == [{"doc": "kst-36600-X-51", "text": "de eerdere brief", "footnote": "",
                                      "soort": "document"}]
    found = extract_metadata(clean_document(raw, "k"))
    assert (found.kamerstuk, found.dossier, found.ondernummer, found.vergaderjaar, found.kamer, found.date) == (
        "kst-36600-X-52", "36600-X", "52", "2024-2025", "II", "2025-03-04")


# --- what the run reads ----------------------------------------------------------------------------------------

def test_unknown_formats_in_a_folder_are_listed(tmp_path):
    for name in ("a.xlsx", "b.xlsx", "c.pdf", "d.docx", "notes", ".hidden.xlsx"):
        (tmp_path / name).write_bytes(b"x")
    scan = scan_inputs([tmp_path])
    assert [p.name for p in scan.paths] == ["c.pdf", "d.docx"]
    assert scan.unknown_line() == ("not read (unknown format): (no suffix): 1 file (notes); "
                                   ".xlsx: 2 files (a.xlsx, b.xlsx)")


def test_the_run_lists_unknown_formats_before_its_summary_line(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "brief.txt").write_text("Den Haag, 3 maart 2023\n\nGeachte voorzitter, een korte brief.\n")
    (tmp_path / "in" / "tabel.xlsx").write_bytes(b"PK")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(tmp_path / "in"), "-o",
                           str(tmp_path / "out"), "-q", "--no-cache"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines[-2] == "not read (unknown format): .xlsx: 1 file (tabel.xlsx)"
    assert lines[-1].startswith("1 document: 1 ok, 0 failed; ")
