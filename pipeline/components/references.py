"""References as spans: ``doc.spans["references"]``, each with its :class:`Reference` on ``span._.reference``."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.extensions import guarded, parts, set_findings, source_of, text_of, warn
from pipeline.extract.markup_refs import missed
from pipeline.extract.references import Reference, find_references
from pipeline.resources import load_json

OWN_ID_HEAD = 300  # characters of the head where a document prints its own number


def is_own_id(ref: Reference, text: str, own: str) -> bool:
    """The document's own number in its head: metadata, not a reference.

    Either the number the metadata found, or a Kamerstuk number that fills its lines of the head alone:
    a motion or Kamerstuk heads its text with its number ('24515-688', '36 410 XVI' / 'Nr. 115') as a title,
    while a citation always stands in a sentence.
    """
    if ref.start >= OWN_ID_HEAD:
        return False
    if own and ref.canonical == own:
        return True
    if ref.kind != "kamerstuk":
        return False
    line_start = text.rfind("\n", 0, ref.start) + 1
    line_end = text.find("\n", ref.end)
    before, after = text[line_start: ref.start], text[ref.end: line_end if line_end >= 0 else len(text)]
    if before.strip() or after.strip(" \t."):
        return False
    previous = text[:line_start].rstrip().rsplit("\n", 1)[-1].strip().rstrip(":").strip().lower()
    return previous not in load_json("references.json")["head_labels"]


@guarded("references")
def references(doc: Doc) -> Doc:
    """Every reference of the body and of each footnote.

    The document's own number printed in its head is metadata, not a reference.
    """
    own = doc._.facts.kamerstuk if doc._.facts is not None else ""
    links = source_of(doc).furniture.get("markup", {}).get("extrefs", [])
    for part, note in parts(doc):
        text = text_of(part)
        found = [r for r in find_references(text) if not (note is None and is_own_id(r, text, own))]
        if links:  # the source's own links: what the grammar missed is kept, and told
            here = [x for x in links if x.get("footnote", "") == (note.number if note else "")]
            gaps = missed(here, found, text, own)
            for ref in gaps:
                warn(doc, f"reference {ref.canonical} ('{ref.raw}') is marked up in the source but the grammar "
                          f"missed it{f' (footnote {note.number})' if note else ''}: kept")
            found = sorted(found + gaps, key=lambda r: (r.start, r.end))
        set_findings(part, "references", "reference", ((r.start, r.end, r.kind, r) for r in found))
    return doc
