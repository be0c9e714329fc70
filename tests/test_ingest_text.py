"""Text sources: decoding, layout detection, Word footnotes, PDF-extracted text, web pages, assembly."""

from __future__ import annotations

from functools import cache

import pytest
from conftest import seed

from pipeline.document import Document
from pipeline.ingest import IngestError, read_document
from pipeline.ingest.text import decode, read_text
from pipeline.text import clean_document
from pipeline.text.assemble import Piece, assemble
from pipeline.text.colophon import is_colophon, is_page_number, normalize_dossier, parse_furniture
from pipeline.text.footnotes import glued_marker, strip_word_footnotes
from pipeline.text.hyphenation import Hyphenator
from pipeline.text.plaintext import LIST_ITEM, detect_layout
from pipeline.text.webpage import looks_like_webpage


@cache
def seed_doc(prefix: str) -> Document:
    path = seed(prefix)
    return clean_document(read_document(path), path.stem)


def before(doc: Document, offset: int, n: int = 40) -> str:
    return doc.text[max(0, offset - n): offset]


# --- decoding -------------------------------------------------------------------------------------

DECODING = [
    # (bytes, decoded text, warns about cp1252)
    pytest.param("Genève".encode(), "Genève", False, id="utf8"),
    pytest.param(b"\xef\xbb\xbf" + "Genève".encode(), "Genève", False, id="utf8-bom"),
    pytest.param("Genève".encode("cp1252"), "Genève", True, id="cp1252-latin"),
    pytest.param("’s-Gravenhage – € 5".encode("cp1252"), "’s-Gravenhage – € 5", True, id="cp1252-quotes-dash-euro"),
    pytest.param("Gene\u0300ve".encode(), "Genève", False, id="nfc-grave"),
    pytest.param("coo\u0308rdinatie".encode(), "coördinatie", False, id="nfc-trema"),
    pytest.param(b"een\r\ntwee\r\n", "een\ntwee\n", False, id="crlf"),
    pytest.param(b"een\rtwee", "een\ntwee", False, id="lone-cr"),
    pytest.param(b"\xef\xbb\xbfeen\r\ntwee", "een\ntwee", False, id="bom-and-crlf"),
    pytest.param("a\u00a0b\tc".encode(), "a\u00a0b\tc", False, id="nbsp-and-tab-kept"),
]


@pytest.mark.parametrize(("data", "expected", "warns"), DECODING)
def test_decode(data, expected, warns):
    text, warnings = decode(data)
    assert text == expected
    assert "\ufeff" not in text and "\r" not in text
    assert bool(warnings) == warns
    if warns:
        assert "cp1252" in warnings[0]


def test_cp1252_warning_reaches_the_document(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_bytes("Geachte voorzitter,\nDe minister van Buitenlandse Zaken in Genève.\n".encode("cp1252"))
    doc = clean_document(read_document(path), "brief")
    assert "Genève" in doc.text
    assert any("cp1252" in w for w in doc.warnings)
    assert doc.status == "ok"


def test_read_text_splits_pages_at_form_feeds():
    raw = read_text(b"eerste pagina\nnog een regel\fderde regel", source="x.txt", sha256="0")
    assert raw.format == "txt"
    assert [p.number for p in raw.pages] == [1, 2]
    assert [ln.text for ln in raw.pages[0].lines] == ["eerste pagina", "nog een regel"]
    assert all(ln.page == 2 for ln in raw.pages[1].lines)
    assert raw.pages[0].lines[0].top is None


def test_read_document_on_text_files(tmp_path):
    path = tmp_path / "BRIEF.TXT"
    path.write_bytes(b"\xef\xbb\xbfregel een\r\nregel twee\r\n")
    raw = read_document(path)
    assert raw.text == "regel een\nregel twee\n"
    assert len(raw.sha256) == 64
    assert raw.source == str(path)


@pytest.mark.parametrize(("name", "content"), [("tabel.xlsx", b"PK\x03\x04"), ("geen_extensie", b"tekst")])
def test_unsupported_file_type_is_an_error(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert err.value.status == "error"
    assert "unsupported file type" in err.value.reason


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(IngestError) as err:
        read_document(tmp_path / "bestaat-niet.txt")
    assert err.value.status == "error"
    assert "cannot read file" in err.value.reason


def test_whitespace_only_text_is_empty(tmp_path):
    path = tmp_path / "leeg.txt"
    path.write_bytes(b" \n\n \t\n")
    doc = clean_document(read_document(path), "leeg")
    assert doc.status == "empty"
    assert doc.text == ""


# --- layout detection -----------------------------------------------------------------------------

@pytest.mark.parametrize(("prefix", "layout"), [
    ("000", "web"),
    ("001", "word"),
    ("002", "wrapped"),
    ("003", "wrapped"),
    ("004", "wrapped"),
])
def test_layout_of_the_seeds(prefix, layout):
    assert seed_doc(prefix).layout == layout
    lines = seed(prefix).read_text(encoding="utf-8").splitlines()
    assert looks_like_webpage(lines) == (layout == "web")
    if layout != "web":
        assert detect_layout(lines) == layout


PROSE = [
    "Het kabinet heeft de motie uitgevoerd en informeert de Kamer hierover in deze brief.",
    "De conferentie vond plaats in Den Haag en trok deelnemers uit meer dan honderd landen.",
    "Nederland blijft zich inzetten voor internationale afspraken over militaire toepassingen van AI.",
    "De minister van Defensie onderschreef het resultaat tijdens de plenaire sluiting.",
    "Deze brief is mede namens de minister van Buitenlandse Zaken verzonden.",
    "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.",
]
WRAPPED = [
    "REAIM richt zich op een verantwoorde toepassing van kunstmatige",
    "intelligentie (hierna: AI) in het militaire domein. AI wordt breed",
    "beschouwd als één van de meest invloedrijke en mogelijk disruptieve",
    "technologieën en kent vele militaire toepassingen. Daarmee is AI een",
    "sleutelonderwerp in de discussies over kansen en bedreigingen van",
    "nieuwe technologie in het militaire veiligheidsdomein.",
]


@pytest.mark.parametrize(("lines", "layout"), [
    pytest.param(PROSE, "plain", id="paragraph-per-line"),
    pytest.param(PROSE[:3], "plain", id="too-few-lines"),
    pytest.param(WRAPPED, "wrapped", id="wrapped"),
    pytest.param(["Tekst met een voetnoot[footnoteRef:1].", "[1:  Kamerstuk 33 694, nr. 43.]"], "word", id="word-ref"),
    pytest.param(["[bookmark: _Toc1]Inleiding", *PROSE], "word", id="word-bookmark"),
])
def test_detect_layout(lines, layout):
    assert detect_layout(lines) == layout


def test_plain_text_keeps_one_paragraph_per_line(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("\n".join(PROSE) + "\n", encoding="utf-8")
    doc = clean_document(read_document(path), "plain")
    assert doc.layout == "plain"
    assert doc.text.split("\n") == PROSE


# --- Word conversion with inline footnotes (seed 001) ---------------------------------------------

WORD_FOOTNOTES = [
    # (number, footnote text, clean text right before the marker)
    ("1", "Kamerstukken II, 2024/25, 36600, nr. 50.", "motie van het lid van Dijk (NSC) aangenomen"),
    ("2", "Data Science & AI-strategie 2023-2027 (2023), Digitale Transformatiestrategie Defensie (2025), "
          "Defensie Strategie voor Industrie en Innovatie 2025-2029 (2025).", "randvoorwaarden van AI-technologie"),
    ("3", "Kamerstukken II, 2018/19, 33694, nr. 43.", "op verzoek van de Kamer"),
    ("4", "Kamerstukken II 2022/23, 33694, nr. 68.", "voor het eerst op de internationale agenda gezet"),
    ("5", "Nederlandse AI Coalitie (2025) AI and defense: case studies from ELSA Lab Defense.",
     "aansprakelijkheid omtrent militaire AI."),
    ("6", "Responsible by Design Strategic Guidance Report on the Risks, Opportunities, and Governance of "
          "Artificial Intelligence in the Military Domain, September 2025", "Op 23 september 2025 is het rapport"),
    ("7", "Artificial intelligence in the military domain and its implications for international peace and "
          "security, 5 Juni 2025", "Dit SG-rapport is op 5 juni 2025 gepubliceerd"),
    ("8", "Submission in accordance with UN resolution 79/239 on artificial intelligence in the military domain "
          "and its implications for international peace and security; Submission in accordance with UN "
          "resolution 78/241 on autonomous weapons systems.", "deze discussies als separaat en complementair."),
]


def test_word_footnotes_are_all_collected_in_order():
    doc = seed_doc("001")
    assert [f.number for f in doc.footnotes] == [n for n, _, _ in WORD_FOOTNOTES]
    anchors = [f.anchor_char for f in doc.footnotes]
    assert None not in anchors
    assert anchors == sorted(anchors)


@pytest.mark.parametrize(("number", "text", "before_marker"), WORD_FOOTNOTES)
def test_word_footnote_body_and_anchor(number, text, before_marker):
    doc = seed_doc("001")
    note = next(f for f in doc.footnotes if f.number == number)
    assert note.text == text
    assert note.page_no == 1
    assert doc.text[: note.anchor_char].endswith(before_marker)


@pytest.mark.parametrize("markup", ["[footnoteRef", "[bookmark", "[1:", "[8:", "_heading=h."])
def test_word_markup_is_gone_from_the_text(markup):
    assert markup not in seed_doc("001").text


def test_word_text_reads_on_where_markers_and_bodies_were():
    doc = seed_doc("001")
    assert "van Dijk (NSC) aangenomen. In deze motie wordt de regering verzocht" in doc.text
    assert "randvoorwaarden van AI-technologie.\nDe introductie van AI" in doc.text
    assert "\nVooruitkijkend\n" in doc.text  # the heading behind two bookmarks
    assert doc.text.startswith("Geachte voorzitter,\n")
    assert "Kamerstukken II" not in doc.text  # bodies live in the footnotes only


STRIP_WORD = [
    # (line, clean line, markers as (position, number), bodies as (number, text))
    ("aangenomen[footnoteRef:1]. In deze", "aangenomen. In deze", [(10, "1")], []),
    ("gezet[footnoteRef:4].  [3:  Kamerstukken II, 2018/19, 33694, nr. 43.] [4:  Kamerstukken II 2022/23.]",
     "gezet.", [(5, "4")], [("3", "Kamerstukken II, 2018/19, 33694, nr. 43."), ("4", "Kamerstukken II 2022/23.")]),
    ("[bookmark: _heading=h.z4pvenw2z949][bookmark: _heading=h.to35dq4f74io]Vooruitkijkend", "Vooruitkijkend", [], []),
    ("rapport [1: zie [bijlage] A]verder", "rapport verder", [], [("1", "zie [bijlage] A")]),
    ("slot.[footnoteRef:2]", "slot.", [(5, "2")], []),
    ("[footnoteRef: 3]", "", [(0, "3")], []),
]


@pytest.mark.parametrize(("line", "clean", "markers", "bodies"), STRIP_WORD)
def test_strip_word_footnotes(line, clean, markers, bodies):
    assert strip_word_footnotes(line) == (clean, markers, bodies)


def test_marker_alone_on_a_line_anchors_to_the_paragraph_before(tmp_path):
    path = tmp_path / "word.txt"
    path.write_text("Eerste alinea eindigt hier.\n[footnoteRef:1]\n[1:  Een voetnoot.]\nTweede alinea.\n",
                    encoding="utf-8")
    doc = clean_document(read_document(path), "word")
    assert doc.layout == "word"
    assert doc.text == "Eerste alinea eindigt hier.\nTweede alinea."
    (note,) = doc.footnotes
    assert (note.number, note.text) == ("1", "Een voetnoot.")
    assert doc.text[: note.anchor_char] == "Eerste alinea eindigt hier."


# --- text extracted from a PDF (seeds 002, 003, 004) ----------------------------------------------

@pytest.mark.parametrize("furniture_text", [
    "kst-33694-68",
    "ISSN 0921 - 7371",
    "’s-Gravenhage 2023",
    "Tweede Kamer, vergaderjaar 2022–2023, 33 694, nr. 68",
    "vergaderjaar",
])
def test_colophon_is_out_of_the_text(furniture_text):
    assert furniture_text not in seed_doc("002").text


@pytest.mark.parametrize(("key", "value"), [
    ("own_id", "kst-33694-68"),
    ("dossier", "33694"),
    ("ondernummer", "68"),
    ("vergaderjaar", "2022-2023"),
    ("kamer", "II"),
    ("print_year", "2023"),
])
def test_colophon_is_kept_as_furniture(key, value):
    assert seed_doc("002").furniture[key] == value


GLUED = [
    # (seed, number, footnote text, clean text before the marker, clean text after it, glued form)
    ("002", "1", "Actuele lijst met landen die de Call to Action ondersteunen; https://www.government.nl/ministries/"
                 "ministry-of-foreign-affairs/documents/publications/2023/02/16/reaim-2023-endorsing-countries",
     "meer dan 50 regionaal diverse landen", " zich aangesloten", "landen1"),
    ("002", "2", "AIV-advies 119, CAVV-advies 38 van 3 december 2021 – Autonome wapensystemen, het belang van "
                 "reguleren en investeren, Kamerstuk 35 925-X, nr. 90.",
     "in zijn reactie op het AIV/CAVV advies", " een standpunt", "advies2"),
    ("002", "3", "Zoals verwoord in Aanhangsel Handelingen II 2022/23, nr. 2214",
     "deze wapensystemen behouden moet blijven.", " Het kabinet blijft", "blijven.3"),
    ("003", "1", "Kamerstukken II, 2018-2019, 233694, nr. 43.",
     "een motie van de Kamer die is aangenomen in 2019", ". Op verzoek", "20191"),
    ("003", "2", "Kamerstukken II, 2024/25, 36600, nr. 50.",
     "de stand van zaken ten aanzien van REAIM", ".\nGeadviseerd besluit", "REAIM2"),
]


@pytest.mark.parametrize(("prefix", "number", "text", "left", "right", "glued"), GLUED)
def test_glued_footnote_marker_is_cut_and_anchored(prefix, number, text, left, right, glued):
    doc = seed_doc(prefix)
    note = next(f for f in doc.footnotes if f.number == number)
    assert note.text == text
    assert before(doc, note.anchor_char, len(left)) == left
    assert doc.text[note.anchor_char:].startswith(right)
    assert glued not in doc.text
    assert note.text[:25] not in doc.text  # the body is out of the running text


def test_footnote_in_the_middle_of_a_paragraph_is_split_off():
    doc = seed_doc("002")
    # Footnote 1 stands at the page bottom between "De Call to" and "Action roept".
    assert "het maatschappelijk middenveld. De Call to Action roept onder andere op" in doc.text
    assert "https://" not in doc.text and "Actuele lijst" not in doc.text


@pytest.mark.parametrize(("prefix", "numbers"), [("002", ["1", "2", "3"]), ("003", ["1", "2"]), ("004", [])])
def test_wrapped_footnote_numbers(prefix, numbers):
    assert [f.number for f in seed_doc(prefix).footnotes] == numbers


@pytest.mark.parametrize(("prefix", "present", "absent"), [
    ("002", "uitlegbaarheid en data bias", "uitleg-"),
    ("002", "heeft georganiseerd.", "georgani-"),
    ("002", "gesprekken over internationale kaders", "interna-"),
    ("002", "conform het internationaal recht", "oordeels-"),
    ("002", "internationaal recht kunnen worden ingezet", "inter-"),
    ("002", "met vooraanstaande vertegenwoordigers uit alle", "vertegen-"),
    ("002", "verantwoorde innovatieprocessen en", "innovatie-"),
    ("002", "onderwerpen zoals AI in autonome", "onder-"),
    ("004", "de potentiële voorspelbaarheid van systemen", "voorspel-"),
    ("004", "een verantwoordelijk high tech land", "verantwoor-"),
    ("004", "militaire besluitvormingsondersteuning met behulp", "besluitvor-"),
    ("004", "actielijn 6 (informatiegestuurd werken", "informatiege-"),
    ("004", "Denk aan karakteristieken als", "karakte-"),
])
def test_wrapped_hyphen_breaks_are_joined(prefix, present, absent):
    text = seed_doc(prefix).text
    assert present in text
    assert absent not in text


@pytest.mark.parametrize(("prefix", "kept"), [
    ("002", "Zuid-Korea als co-host optrad"),
    ("002", "de ontwikkel- en ontwerpfase van AI-toepassingen"),
    ("002", "(human-machine-teaming)"),
    ("002", "CCW/GGE LAWS"),
    ("003", "de VN-resolutie die Nederland"),
    ("003", "een ‘trojka’-verband met Zuid-Korea"),
])
def test_wrapped_real_hyphens_are_kept(prefix, kept):
    assert kept in seed_doc(prefix).text


def test_wrapped_text_is_unwrapped_into_paragraphs():
    doc = seed_doc("002")
    paragraphs = doc.text.split("\n")
    assert paragraphs[0].startswith("Op 15 en 16 februari 2023 vond de internationale conferentie")
    assert paragraphs[0].endswith("wordt in deze brief ook ingegaan op het onderwerp autonome wapens.")
    assert "REAIM – Onderdelen en scope" in paragraphs
    assert "1. de ontwikkeling en technische kenmerken van AI (over o.a. uitlegbaarheid en data bias)," in paragraphs
    assert doc.text.endswith("De Minister van Defensie,\nK.H. Ollongren")
    assert "De «Serious AI Game» die gericht was" in doc.text  # a page start inside a sentence
    assert "  " not in doc.text


# Text known to stand on a page of the original PDF: page numbers grow after a colophon and at page starts.
WRAPPED_PAGES = [
    ("002", "Op 15 en 16 februari 2023", 1),
    ("002", "hoger op de politieke agenda gezet.", 1),
    ("002", "De brede deelname aan REAIM laat zien", 2),
    ("002", "Action roept onder andere op de dialoog", 3),
    ("002", "AI Game» die gericht was op masterstudenten", 4),
    ("002", "alleen de eventuele toepassing van AI", 5),
    ("002", "K.H. Ollongren", 5),
    ("003", "Nederland is de initiatiefnemer", 1),
    ("003", "Communicatie\nGeen.", 2),
    ("004", "Nr. 64", 1),
    ("004", "fora en reeds geplande bijeenkomsten", 2),
    ("004", "De conferentie moet geen eenmalig evenement", 3),
]


@pytest.mark.parametrize(("prefix", "snippet", "page"), WRAPPED_PAGES)
def test_wrapped_page_numbers(prefix, snippet, page):
    doc = seed_doc(prefix)
    assert doc.page_no(doc.text.index(snippet)) == page


@pytest.mark.parametrize("prefix", ["002", "003", "004"])
def test_wrapped_pages_are_consecutive(prefix):
    doc = seed_doc(prefix)
    assert doc.page_numbers == list(range(1, len(doc.page_numbers) + 1))
    assert doc.page_starts == sorted(doc.page_starts) and doc.page_starts[0] == 0
    assert doc.n_pages == doc.page_numbers[-1]


@pytest.mark.parametrize(("prefix", "number", "page"), [("002", "1", 2), ("002", "2", 5), ("002", "3", 5),
                                                         ("003", "1", 1), ("003", "2", 1)])
def test_wrapped_footnote_pages(prefix, number, page):
    note = next(f for f in seed_doc(prefix).footnotes if f.number == number)
    assert note.page_no == page
    assert seed_doc(prefix).page_no(note.anchor_char) == page


def test_page_header_of_the_beslisnota_is_removed():
    doc = seed_doc("003")
    assert "Pagina 1 van 2" not in doc.text
    assert "Pagina" not in doc.text
    assert doc.text.startswith("Aanleiding\nNederland is de initiatiefnemer")
    assert doc.text.endswith("DE CHIEF INFORMATION OFFICER")


# --- web page (seed 000) --------------------------------------------------------------------------

HEADLINE = "GC REAIM | Nederland zet militaire AI op VN-agenda in New York"


def test_web_article_runs_from_headline_to_source_line():
    doc = seed_doc("000")
    assert doc.text.startswith(HEADLINE + "\n")
    assert doc.text.endswith("\nBron: Rijksoverheid")
    assert "Wat is de plek waar alle landen ter wereld samenkomen" in doc.text
    assert "\nMotie groeit uit tot mondiale dialoog\n" in doc.text
    assert "Zeker is wél dat AI een vaste plaats krijgt" in doc.text


def test_web_hints_and_site():
    doc = seed_doc("000")
    assert doc.title_hint == HEADLINE
    assert doc.date_hint == "November 10, 2025"
    assert doc.furniture.get("site") == "HCSS"
    assert doc.footnotes == []


@pytest.mark.parametrize("chrome", [
    "•", "BNR | De Strateeg", "All Publications", "Menu Menu", "Click to open the search input field",
    "Share on", "Share by Mail",
    "Experts", "Sofia Romansky", "Related News", "Related Content", "Responsible Bytes Podcast",
    "Office Address", "Lange Voorhout", "2514 EA", "info@hcss.nl", "IBAN", "Legal & Privacy", "Follow us",
    "© The Hague Centre", "Scroll to top", "GDPR", "cookies", "Your privacy is important", "Forget my settings",
])
def test_web_chrome_is_dropped(chrome):
    assert chrome not in seed_doc("000").text


# --- furniture lines ------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "colophon", "page_number"), [
    ("kst-33694-68", True, False),
    ("ah-tk-20232024-2168", True, False),
    ("ISSN 0921 - 7371", True, False),
    ("’s-Gravenhage 2023", True, False),
    ("’s-Gravenhage 2023 Tweede Kamer, vergaderjaar 2022–2023, 33 694, nr. 68 1", True, False),
    ("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", True, False),
    ("Pagina 1 van 2", False, True),
    ("Pagina 2 van 6 Directoraat-Generaal", False, True),
    ("- 3 -", False, True),
    ("blz. 12", False, True),
    ("7", False, True),
    ("2 / 5", False, True),
    ("Tweede Kamer der Staten-Generaal", False, False),
    ("In 2019 nam de Tweede Kamer de motie aan.", False, False),
    ("1. de ontwikkeling en technische kenmerken", False, False),
    ("Kamerstuk 33 694, nr. 43", False, False),
])
def test_furniture_lines(line, colophon, page_number):
    assert is_colophon(line) == colophon
    assert is_page_number(line) == page_number


@pytest.mark.parametrize(("line", "expected"), [
    ("kst-33694-68", {"own_id": "kst-33694-68"}),
    ("KST-21501-02-3121", {"own_id": "kst-21501-02-3121"}),
    ("’s-Gravenhage 2023 Tweede Kamer, vergaderjaar 2022–2023, 33 694, nr. 68 1",
     {"kamer": "II", "vergaderjaar": "2022-2023", "print_year": "2023", "dossier": "33694", "ondernummer": "68"}),
    ("Tweede Kamer, vergaderjaar 2024–2025, 21 501-02, nr. 3121",
     {"kamer": "II", "vergaderjaar": "2024-2025", "dossier": "21501-02", "ondernummer": "3121"}),
    ("Eerste Kamer, vergaderjaar 2023-24, 35 925 X, nr. E",
     {"kamer": "I", "vergaderjaar": "2023-2024", "dossier": "35925-X", "ondernummer": "E"}),
    ("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3",
     {"kamer": "II", "vergaderjaar": "2023-2024", "aanhangsel": True}),
    ("Geachte voorzitter,", {}),
])
def test_parse_furniture(line, expected):
    info: dict = {}
    parse_furniture(line, info)
    assert info == expected


def test_parse_furniture_keeps_the_first_value():
    info: dict = {}
    parse_furniture("kst-33694-68", info)
    parse_furniture("kst-33694-64", info)
    assert info["own_id"] == "kst-33694-68"


@pytest.mark.parametrize(("raw", "dossier"), [
    ("33 694", "33694"), ("36600", "36600"), ("21 501-02", "21501-02"), ("35 925 X", "35925-X"),
    ("35 925-X", "35925-X"), ("32 123 XVI", "32123-XVI"), ("36 410 VIII", "36410-VIII"),
])
def test_normalize_dossier(raw, dossier):
    assert normalize_dossier(raw) == dossier


# --- glued markers --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "number", "left"), [
    ("meer dan 50 regionaal diverse landen1 zich aangesloten", "1", "meer dan 50 regionaal diverse landen"),
    ("reactie op het AIV/CAVV advies2 een standpunt", "2", "reactie op het AIV/CAVV advies"),
    ("behouden moet blijven.3 Het kabinet", "3", "behouden moet blijven."),
    ("die is aangenomen in 20191. Op verzoek", "1", "die is aangenomen in 2019"),
    ("ten aanzien van REAIM2.", "2", "ten aanzien van REAIM"),
    ("het woord (tussen haakjes)4 en verder", "4", "het woord (tussen haakjes)"),
    ("landen1 en landen1 zich", "1", "landen1 en landen"),  # the last one
    ("Kamerstuk 33 694, nr. 43", "3", None),
    ("artikel 12 lid 1", "2", None),
    ("in 2019 werd", "9", None),
    ("over 2019 en 2020", "1", None),
    ("de REAIM-top van 2023", "2", None),
])
def test_glued_marker(text, number, left):
    span = glued_marker(text, number)
    if left is None:
        assert span is None
    else:
        assert span == (len(left), len(left) + len(number))
        assert text[: span[0]] == left


# --- assemble -------------------------------------------------------------------------------------

def test_assemble_paragraphs_and_line_joins():
    built = assemble([
        Piece("Eerste regel van", para_start=True),
        Piece("de alinea."),
        Piece("Tweede alinea", para_start=True),
        Piece("loopt door."),
    ])
    assert built.text == "Eerste regel van de alinea.\nTweede alinea loopt door."


@pytest.mark.parametrize(("left", "right", "joined"), [
    ("de uitleg-", "baarheid van", "de uitlegbaarheid van"),
    ("in Noord-", "Amerika", "in Noord-Amerika"),
    ("over wet-", "en regelgeving", "over wet- en regelgeving"),
    ("samen in ENTSO-E-", "verband", "samen in ENTSO-E-verband"),
])
def test_assemble_hyphens(left, right, joined):
    assert assemble([Piece(left, para_start=True), Piece(right)]).text == joined


def test_assemble_paragraph_start_wins_over_a_hyphen():
    assert assemble([Piece("Noord-"), Piece("Amerika", para_start=True)]).text == "Noord-\nAmerika"


def test_assemble_uses_the_given_hyphenator():
    pieces = [Piece("het sociaal-"), Piece("economisch beleid")]
    assert assemble(pieces).text == "het sociaaleconomisch beleid"
    assert assemble(pieces, Hyphenator("sociaal-economisch")).text == "het sociaal-economisch beleid"


def test_assemble_evidence_comes_from_the_pieces():
    pieces = [Piece("Het sociaal-economisch beleid.", para_start=True), Piece("Dit sociaal-", para_start=True),
              Piece("economisch kader.")]
    assert assemble(pieces).text == "Het sociaal-economisch beleid.\nDit sociaal-economisch kader."


def test_assemble_marker_anchors():
    built = assemble([
        Piece("Op 15 februari", para_start=True),
        Piece("sloten landen zich aan", markers=[(13, "1")]),
        Piece("bij de oproep.", markers=[(14, "2")]),
        Piece("Nieuwe alinea.", para_start=True, markers=[(99, "3"), (0, "4")]),
    ])
    assert built.text == "Op 15 februari sloten landen zich aan bij de oproep.\nNieuwe alinea."
    assert built.text[: built.anchors["1"]].endswith("sloten landen")
    assert built.text[: built.anchors["2"]].endswith("de oproep.")
    assert built.text[: built.anchors["3"]].endswith("Nieuwe alinea.")  # clamped to the piece's end
    assert built.anchors["4"] == built.text.index("Nieuwe alinea.")


def test_assemble_anchor_positions_count_from_the_raw_piece_text():
    built = assemble([Piece("Eerst dit.", para_start=True), Piece("   landen zich", markers=[(9, "1")])])
    assert built.text == "Eerst dit. landen zich"
    assert built.text[: built.anchors["1"]].endswith("landen")


def test_assemble_anchor_after_a_hyphen_join():
    built = assemble([Piece("de voorspel-", para_start=True), Piece("baarheid van systemen", markers=[(8, "1")])])
    assert built.text == "de voorspelbaarheid van systemen"
    assert built.text[: built.anchors["1"]] == "de voorspelbaarheid"


def test_assemble_first_marker_of_a_number_wins():
    built = assemble([Piece("eerst hier", para_start=True, markers=[(5, "1")]),
                      Piece("en dan daar", markers=[(6, "1")])])
    assert built.anchors == {"1": 5}


def test_assemble_page_starts():
    built = assemble([
        Piece("Pagina een.", page=1, para_start=True),
        Piece("Nog op een.", page=1, para_start=True),
        Piece("Pagina twee loopt", page=2),
        Piece("door.", page=2),
        Piece("   ", page=3),  # nothing on page 3 but blanks
        Piece("Pagina vier.", page=4, para_start=True),
    ])
    assert built.text == "Pagina een.\nNog op een. Pagina twee loopt door.\nPagina vier."
    assert built.page_numbers == [1, 2, 4]
    assert built.page_starts == [0, built.text.index("Pagina twee"), built.text.index("Pagina vier")]


def test_assemble_skips_blank_pieces_and_strips():
    built = assemble([Piece("  ", para_start=True), Piece("  Eerste  ", para_start=True), Piece(""),
                      Piece(" tweede ")])
    assert built.text == "Eerste tweede"
    assert built.page_starts == [0]


def test_assemble_nothing():
    built = assemble([])
    assert (built.text, built.page_starts, built.page_numbers, built.anchors) == ("", [], [], {})


# --- Document offsets -----------------------------------------------------------------------------

@pytest.mark.parametrize(("offset", "page"), [(0, 3), (9, 3), (10, 4), (11, 4), (24, 4), (25, 6), (10_000, 6), (-5, 3)])
def test_document_page_no(offset, page):
    doc = Document(doc_id="d", source="d.pdf", format="pdf", text="x" * 30, page_starts=[0, 10, 25],
                   page_numbers=[3, 4, 6])
    assert doc.page_no(offset) == page


def test_document_without_pages_has_no_page_numbers():
    assert Document(doc_id="d", source="d.txt", format="txt", text="abc").page_no(1) is None


@pytest.mark.parametrize("glyph", ["\ufffd", "\uffff"])
def test_unmapped_bullet_glyphs_become_bullets_and_start_list_items(glyph):
    pieces = [
        Piece("Inhoud", para_start=True),
        Piece(f"{glyph} Inbreng van de leden van de VVD-fractie"),
        Piece(f"{glyph} Inbreng van de leden van de NSC-fractie"),
    ]
    lines = ["Inhoud", f"{glyph} Inbreng van de leden van de VVD-fractie",
             f"{glyph} Inbreng van de leden van de NSC-fractie"]
    assert all(LIST_ITEM.match(line) for line in lines[1:])
    text = assemble(pieces).text
    assert glyph not in text
    assert "• Inbreng van de leden van de VVD-fractie" in text


# --- flattened text and mojibake (issue 10) -------------------------------------------------------

from pipeline.text.colophon import split_inline_furniture  # noqa: E402
from pipeline.text.mojibake import repair_dashes, repair_encoding, repair_lines  # noqa: E402

INLINE_FURNITURE_CASES = [
    # (line, the text left in pieces, pages closed, furniture read)
    pytest.param("dat is onderzocht. kst-36410-XVI-12 ISSN 0921 - 7371 ’s-Gravenhage 2024 Tweede Kamer, "
                 "vergaderjaar 2023–2024, 36 410 XVI, nr. 12 1 Verder merk ik op",
                 ["dat is onderzocht.", "Verder merk ik op"], 1,
                 {"own_id": "kst-36410-xvi-12", "dossier": "36410-XVI", "ondernummer": "12", "kamer": "II",
                  "vergaderjaar": "2023-2024", "print_year": "2024"}, id="colophon-block"),
    pytest.param("einde van de pagina. Eerste Kamer, vergaderjaar 2022–2023, Aanhangsel 4 Vraag 5 Wat",
                 ["einde van de pagina.", "Vraag 5 Wat"], 1, {"kamer": "I", "vergaderjaar": "2022-2023",
                                                              "aanhangsel": True}, id="running-footer"),
    pytest.param("het laatste antwoord. Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3",
                 ["het laatste antwoord."], 1, {"kamer": "II", "vergaderjaar": "2023-2024", "aanhangsel": True},
                 id="footer-at-the-end"),
    # near-misses: an id cited in a sentence, a citation that looks like a footer
    pytest.param("Zie kst-36410-XVI-12 voor de cijfers.", ["Zie kst-36410-XVI-12 voor de cijfers."], 0, {},
                 id="cited-id-stays"),
    pytest.param("Zie Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 12, over de cijfers.",
                 ["Zie Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 12, over de cijfers."], 0, {},
                 id="cited-footer-stays"),
]


@pytest.mark.parametrize(("line", "texts", "pages", "furniture"), INLINE_FURNITURE_CASES)
def test_split_inline_furniture(line, texts, pages, furniture):
    info: dict = {}
    pieces = split_inline_furniture(line, info)
    assert [t.strip() for t, _ in pieces if t.strip()] == texts
    assert sum(end for _, end in pieces) == pages
    info.pop("inline_furniture", None)
    assert info == furniture


FLAT = ("Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2023–2024 Aanhangsel van de Handelingen Vragen gesteld "
        "door de leden der Kamer, met de daarop door de regering gegeven antwoorden 1999 Vragen van het lid Kops "
        "(PVV) aan de Minister van Financiën over de btw (ingezonden 1 maart 2024). Antwoord van Minister Heinen "
        "(Financiën) (ontvangen 2 april 2024) Vraag 1 Kent u het bericht? Antwoord 1 Ja. " + "Tekst. " * 250 +
        "ah-tk-20232024-1999 ISSN 0921 - 7398 ’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2023–2024, "
        "Aanhangsel 1 Vraag 2 Waarom? Antwoord 2 Daarom. Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2")


def test_flattened_text_is_cleaned_of_its_furniture(tmp_path):
    path = tmp_path / "antwoord.txt"
    path.write_text(FLAT, encoding="utf-8")
    d = clean_document(read_document(path), "antwoord")
    assert d.layout == "flat"
    assert "ISSN" not in d.text and "ah-tk-" not in d.text and "Aanhangsel 1" not in d.text
    assert d.furniture["own_id"] == "ah-tk-20232024-1999"
    assert d.page_no(d.text.index("Vraag 2")) == 2
    assert d.text.rstrip().endswith("Antwoord 2 Daarom.")


@pytest.mark.parametrize(("lines", "expected"), [
    (["x" * 2000], "flat"),
    (["kort", "x" * 2000], "flat"),
    (["Een gewone alinea per regel."] * 10, "plain"),  # near-miss: many short paragraphs
])
def test_detect_flat_layout(lines, expected):
    assert detect_layout(lines) == expected


@pytest.mark.parametrize(("text", "expected", "count"), [
    ("vergaderjaar 2023Œ2024", "vergaderjaar 2023–2024", 1),
    ("de kosten Œ die stijgen Œ zijn hoog", "de kosten – die stijgen – zijn hoog", 2),
    ("een Œuvre van ŒSTROGEEN", "een Œuvre van ŒSTROGEEN", 0),  # near-miss: the ligature in a word
])
def test_repair_dashes(text, expected, count):
    fixed, n = repair_dashes(text)
    assert (fixed, n) == (expected, count)
    assert len(fixed) == len(text)


@pytest.mark.parametrize(("text", "expected", "changed"), [
    ("CoÃ¶peratie en Ã©Ã©n", "Coöperatie en één", True),
    ("de brief â€“ van gisteren", "de brief – van gisteren", True),
    # near-misses: correct text, curly quotes and guillemets stay as they are
    ("Financiën – «toets» ‘a’ “b”", "Financiën – «toets» ‘a’ “b”", False),
    ("Curaçao en Genève", "Curaçao en Genève", False),
])
def test_repair_encoding(text, expected, changed):
    assert repair_encoding(text) == (expected, changed)


def test_repairs_are_told_in_the_warnings(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text("Geachte voorzitter,\nDe CoÃ¶peratie meldt dat 2023Œ2024 goed verliep.\n", encoding="utf-8")
    d = clean_document(read_document(path), "brief")
    assert "Coöperatie" in d.text and "2023–2024" in d.text
    assert any("ftfy" in w for w in d.warnings) and any("Œ" in w for w in d.warnings)
    assert repair_lines(["Geen fouten hier."]) == (["Geen fouten hier."], [])
