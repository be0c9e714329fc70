"""Word (.docx) reader: body text, headings, tables and the real footnotes, straight from the package's XML.

A .docx is a zip of XML parts. ``word/document.xml`` holds the body in reading order: paragraphs
(headings are paragraphs with a heading style), tables, content controls; a footnote stands in it as a
``w:footnoteReference`` whose ``w:id`` names its body in ``word/footnotes.xml``. Word numbers footnotes
in the order their references appear, so that order gives the number printed. python-docx reads neither
footnotes nor the reading order of paragraphs and tables together, hence the XML directly (lxml, with
entities and network off). Deleted text of tracked changes and field codes are no text; inserted text is.
Tables come out one row a line, cells joined by `` | ``.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from pipeline.ingest.bounds import too_large
from pipeline.ingest.pages import IngestError, RawDocument
from pipeline.ingest.safe_xml import local, parse_xml
from pipeline.ingest.wordtext import Paragraph, one_page, paragraph_lines
from pipeline.settings import MB

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAX_PART_BYTES = 200 * 1024 * 1024  # a part that unpacks to more is a zip bomb, not a letter
CELL_SEPARATOR = " | "
SKIPPED = {"delText", "instrText", "delInstrText", "footnoteRef", "endnoteRef", "rPr", "pPr", "tblPr",
           "sectPr", "fldData", "drawing", "pict", "object"}


def read_docx(data: bytes, source: str, sha256: str) -> RawDocument:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        body = _part(package, "word/document.xml")
        notes_xml = _part(package, "word/footnotes.xml", required=False)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, EOFError) as exc:
        raise IngestError("error", f"not a Word (.docx) file: {exc}") from exc
    root = parse_xml(body, "word/document.xml")
    bodies = _footnote_bodies(parse_xml(notes_xml, "word/footnotes.xml")) if notes_xml else {}
    reader = _BodyReader()
    for child in root.iter(f"{{{W}}}body"):
        reader.block(child)
        break
    notes = {number: bodies.get(note_id, "") for note_id, number in reader.numbers.items()}
    warnings = [f"footnote {n}: no body in word/footnotes.xml" for i, n in reader.numbers.items() if i not in bodies]
    lines = paragraph_lines(reader.paragraphs, notes)
    return RawDocument(source=source, format="docx", pages=one_page(lines), sha256=sha256, warnings=warnings,
                       text="\n".join(lines), layout="word")


def _part(package: zipfile.ZipFile, name: str, required: bool = True) -> bytes | None:
    try:
        info = package.getinfo(name)
    except KeyError:
        if required:
            raise
        return None
    if info.file_size > MAX_PART_BYTES:
        raise too_large(f"{name} unpacks to {info.file_size / MB:.0f} MB", "the .docx reader's part limit")
    return package.read(name)


class _BodyReader:
    """Walks the body: paragraphs and table rows become :class:`Paragraph` objects, footnote references
    numbers in the order they appear."""

    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self.numbers: dict[str, int] = {}  # w:id -> printed number

    def block(self, element: etree._Element) -> None:
        for child in element:
            name = local(child.tag)
            if name == "p":
                para = Paragraph()
                self.inline(child, para)
                self.paragraphs.append(para)
            elif name == "tbl":
                self.table(child)
            elif name not in SKIPPED:  # content controls, inserted text, custom XML: their content counts
                self.block(child)

    def table(self, tbl: etree._Element) -> None:
        for row in tbl.iter(f"{{{W}}}tr"):
            para = Paragraph()
            for k, cell in enumerate(c for c in row if local(c.tag) == "tc"):
                if k:
                    para.add(CELL_SEPARATOR)
                for j, p in enumerate(cell.iter(f"{{{W}}}p")):
                    if j:
                        para.add(" ")
                    self.inline(p, para)
            self.paragraphs.append(para)

    def inline(self, element: etree._Element, para: Paragraph) -> None:
        for child in element:
            name = local(child.tag)
            if name in SKIPPED:
                continue
            if name == "t":
                para.add(child.text or "")
            elif name == "tab":
                para.add("\t")
            elif name in ("br", "cr"):
                para.add("\n")
            elif name == "noBreakHyphen":
                para.add("\u2011")
            elif name == "footnoteReference":
                note_id = child.get(f"{{{W}}}id", "")
                para.add(self.numbers.setdefault(note_id, len(self.numbers) + 1))
            else:
                self.inline(child, para)


def _footnote_bodies(root: etree._Element) -> dict[str, str]:
    """w:id -> the footnote's text (its paragraphs joined), separators left out."""
    bodies: dict[str, str] = {}
    for note in root.iter(f"{{{W}}}footnote"):
        if note.get(f"{{{W}}}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        reader = _BodyReader()
        reader.block(note)
        bodies[note.get(f"{{{W}}}id", "")] = " ".join(p.text().replace("\n", " ") for p in reader.paragraphs).strip()
    return bodies
