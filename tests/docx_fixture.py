"""Word (.docx) files built at test time: a package with a real footnotes part, as Word writes it.

python-docx cannot write footnotes, so the package is written here with zipfile: the body in
``word/document.xml`` with ``w:footnoteReference`` runs, the bodies in ``word/footnotes.xml`` (with the two
separator notes Word always writes), the relationships and content types that make Word and python-docx
open it. Footnote ids deliberately differ from the printed numbers (Word numbers by order of appearance).
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from pipeline.text.footnotes import strip_word_footnotes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ID_OFFSET = 7  # footnote w:id = printed number + 7

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/footnotes.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
</Types>"""
ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{R}/footnotes" Target="footnotes.xml"/>
</Relationships>"""


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""


def note_ref(number: int) -> str:
    return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{number + ID_OFFSET}"/></w:r>')


def paragraph(inner: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{inner}</w:p>"


def table(rows: list[list[str]]) -> str:
    cells = "".join("<w:tr>" + "".join(f"<w:tc>{paragraph(run(c))}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl><w:tblPr/>{cells}</w:tbl>"


def paragraphs_from_word_text(text: str) -> tuple[list[str], dict[int, str]]:
    """Word-conversion text (``[footnoteRef:1]`` markers, ``[1: body]`` bodies) as body paragraphs and
    footnote bodies: the .docx that text was converted from."""
    paras, notes = [], {}
    for line in text.split("\n"):
        clean, markers, bodies = strip_word_footnotes(line)
        inner, at = "", 0
        for pos, number in markers:
            inner += run(clean[at:pos]) + note_ref(int(number))
            at = pos
        paras.append(paragraph(inner + run(clean[at:])))
        notes.update((int(n), b) for n, b in bodies)
    return paras, notes


def build_docx(body: list[str], notes: dict[int, str]) -> bytes:
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}" '
                f'xmlns:r="{R}"><w:body>{"".join(body)}<w:sectPr/></w:body></w:document>')
    separators = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                  '</w:r></w:p></w:footnote>')
    bodies = "".join(f'<w:footnote w:id="{n + ID_OFFSET}"><w:p><w:r><w:footnoteRef/></w:r>{run(" " + b)}</w:p>'
                     f'</w:footnote>' for n, b in sorted(notes.items()))
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">'
                 f'{separators}{bodies}</w:footnotes>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document)
        z.writestr("word/footnotes.xml", footnotes)
    return out.getvalue()
