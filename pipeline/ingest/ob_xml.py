"""officielebekendmakingen XML reader: Kamerstukken, Aanhangsels (answers to Kamervragen), Handelingen,
Staatscourant and Staatsblad as published on zoek.officielebekendmakingen.nl.

The text is read in its structure (``<al>`` paragraphs, ``<kop>`` and ``<tussenkop>`` headings, ``<li>``
list items, table rows, ``<spreker>`` turns in Handelingen) and handed on in the shape a Word conversion
has (:mod:`pipeline.ingest.wordtext`): ``<noot>`` footnotes become markers and bodies. What the markup says
about the document itself goes into ``RawDocument.markup`` (:mod:`pipeline.ingest.ob_facts`): its id,
dossier, ondernummer, vergaderjaar, date, type, signatories, speakers and every ``<extref>`` reference.
An element this reader does not know still gives its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from pipeline.ingest.ob_facts import document_facts
from pipeline.ingest.pages import IngestError, RawDocument
from pipeline.ingest.safe_xml import local, parse_xml
from pipeline.ingest.wordtext import Paragraph, one_page, paragraph_lines

PARAGRAPHS = {"al", "tussenkop", "titel", "tekstregel", "stuknr", "datumtekst", "dossiernummer", "functie",
              "naam", "plaats", "dagtekening", "considerans.al", "wie", "kamervraagomschrijving", "label",
              "kamervraagnummer", "spreker", "nr", "noot.al", "aanhef", "slotformulering"}
HEADINGS = {"kop"}  # label, number and title on one line: 'Artikel 1', '2. Financiën'
SKIPPED = {"meta", "metadata", "plaatje", "illustratie", "colspec", "noot"}
ROOT_KINDS = ("kamerstuk", "kamervragen", "handelingen", "staatscourant", "staatsblad", "tractatenblad",
              "gemeenteblad", "vergadering")


@dataclass
class _Reader:
    paragraphs: list[Paragraph] = field(default_factory=list)
    notes: dict[int, str] = field(default_factory=dict)
    extrefs: list[dict[str, str]] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)

    def block(self, el: etree._Element) -> None:
        name = local(el.tag)
        if name in SKIPPED or not name:
            return
        if name in PARAGRAPHS or name in HEADINGS or name in ("li", "row") or _has_own_text(el):
            para = Paragraph()
            self.line(el, para, name)
            if para.text().strip() or any(isinstance(p, int) for p in para.parts):
                self.paragraphs.append(para)
            return
        for child in el:
            self.block(child)

    def line(self, el: etree._Element, para: Paragraph, name: str) -> None:
        if name in ("li", "row", *HEADINGS):  # the item's number, the row's cells, the heading's parts
            sep = " | " if name == "row" else " "
            blocks = [c for c in el if local(c.tag) not in SKIPPED]
            for k, child in enumerate(blocks):
                if k:
                    para.add(sep)
                self.inline(child, para)
            return
        self.inline(el, para, top=True)
        if name == "spreker":
            self.speakers.append(_squash(para.text()).rstrip(":"))
            if not para.text().rstrip().endswith(":"):
                para.add(":")

    def inline(self, el: etree._Element, para: Paragraph, top: bool = False, note: str = "") -> None:
        if not top:
            name = local(el.tag)
            if name == "noot":
                self.footnote(el, para)
                return
            if name in SKIPPED or not name:
                para.add(_squash_keep(el.tail or ""))
                return
            if name == "extref":
                self.extrefs.append({"doc": el.get("doc", ""), "text": _squash("".join(el.itertext())),
                                     "footnote": note, "soort": el.get("soort", "")})
        para.add(_squash_keep(el.text or ""))
        for child in el:
            self.inline(child, para, note=note)
        if not top:
            para.add(_squash_keep(el.tail or ""))

    def footnote(self, el: etree._Element, para: Paragraph) -> None:
        nr_el = next((c for c in el if local(c.tag) == "noot.nr"), None)
        digits = re.sub(r"\D", "", "".join(nr_el.itertext())) if nr_el is not None else ""
        number = int(digits) if digits else len(self.notes) + 1
        body = Paragraph()
        for child in el:
            if local(child.tag) != "noot.nr":
                body.add(" ")
                self.inline(child, body, top=True, note=str(number))
        self.notes.setdefault(number, _squash(body.text()))
        para.add(number)
        para.add(_squash_keep(el.tail or ""))


def _has_own_text(el: etree._Element) -> bool:
    """Text right inside an element this reader does not know: kept as a paragraph."""
    return bool((el.text or "").strip()) or any((c.tail or "").strip() for c in el)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _squash_keep(text: str) -> str:
    """Whitespace runs (the XML's indentation) as one space, a space at either end kept."""
    return re.sub(r"\s+", " ", text)


def read_ob_xml(data: bytes, source: str, sha256: str) -> RawDocument:
    root = parse_xml(data, "officielebekendmakingen XML")
    body = next((el for el in root.iter() if local(el.tag) in ROOT_KINDS), None)
    if body is None:
        raise IngestError("error", f"XML without a document the reader knows (root <{local(root.tag)}>; "
                                   f"expected one of {', '.join(ROOT_KINDS)})")
    reader = _Reader()
    reader.block(body)
    lines = [ln.strip() for ln in paragraph_lines(reader.paragraphs, reader.notes)]
    markup = document_facts(root, body)
    markup.update(extrefs=reader.extrefs, speakers=reader.speakers)
    return RawDocument(source=source, format="xml", pages=one_page(lines), sha256=sha256, text="\n".join(lines),
                       layout="word", markup=markup)
