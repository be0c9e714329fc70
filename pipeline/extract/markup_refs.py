"""References the source's markup names (officielebekendmakingen ``<extref doc="kst-36800-XIV-80">``),
checked against what the citation grammar found in the same text.

The markup is the publisher's own link, so a reference it has and the grammar missed is kept (a
:class:`Reference` on the link's text) and told in the document's warnings: the grammar has a gap there.
Links to web pages (``soort="URL"``) and to publications that are no reference kind of this pipeline
(``blg-`` attachments) are left out.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.references import BASE_URL, Reference, _ref

_KINDS = [  # (pattern of the id, kind, fields from its groups)
    (re.compile(r"^kst-(?P<dossier>\d{4,6}(?:-[A-Z0-9]{1,6})?)-(?P<nr>\d+[a-z]?|[A-Z]{1,2})$"), "kamerstuk"),
    (re.compile(r"^ah-(?P<house>tk|ek)-(?P<vj>\d{8})-(?P<nr>\d+)$"), "aanhangsel"),
    (re.compile(r"^h-(?P<house>tk|ek)-(?P<vj>\d{8})-(?P<nr>\d+)(?:-\d+)?$"), "handelingen"),
    (re.compile(r"^(?P<gazette>stcrt|stb|trb)-(?P<year>\d{4})-(?P<nr>\d+)$"), "gazette"),
    (re.compile(r"^dossier-(?P<dossier>\d{4,6}(?:-[A-Z0-9]{1,6})?)$"), "dossier"),
]
_GAZETTES = {"stcrt": "staatscourant", "stb": "staatsblad", "trb": "tractatenblad"}


def canonical_of(doc_attr: str) -> str:
    """'kst-36800-XIV-80', '.../kst-36800-XIV-80.html' -> 'kst-36800-XIV-80'; 'dossier/36600-XXIII' ->
    'dossier-36600-XXIII'."""
    ident = doc_attr.strip().removeprefix(BASE_URL).split("?")[0].split("#")[0]
    ident = re.sub(r"\.(?:html|pdf|xml)$", "", ident.rsplit("/", 1)[-1] if "dossier/" not in ident else ident)
    return ident.replace("dossier/", "dossier-")


def reference_for(canonical: str, raw: str, start: int, end: int) -> Reference | None:
    """The :class:`Reference` an officielebekendmakingen id stands for; None for an id of another kind."""
    for pattern, kind in _KINDS:
        m = pattern.match(canonical)
        if not m:
            continue
        g = m.groupdict()
        if kind == "kamerstuk":
            return _ref(kind, raw, start, end, dossier=g["dossier"], ondernummer=g["nr"], canonical=canonical)
        if kind == "dossier":
            return _ref(kind, raw, start, end, dossier=g["dossier"], canonical=canonical)
        if kind == "gazette":
            return _ref(_GAZETTES[g["gazette"]], raw, start, end, ondernummer=g["nr"], canonical=canonical)
        vj = f"{g['vj'][:4]}-{g['vj'][4:]}"
        return _ref(kind, raw, start, end, kamer="I" if g["house"] == "ek" else "II", vergaderjaar=vj,
                    ondernummer=g["nr"], canonical=canonical)
    return None


def missed(extrefs: list[dict[str, Any]], found: list[Reference], text: str, own: str = "") -> list[Reference]:
    """The markup's references the grammar did not find in ``text``, placed on their link text there.

    Found means: a reference with the same canonical id anywhere in ``text`` (a dossier link is also found
    by any Kamerstuk of that dossier). A link whose text is not in ``text`` cannot be placed and is left out.
    """
    have = {r.canonical for r in found} | {f"dossier-{r.dossier}" for r in found if r.dossier}
    taken = [(r.start, r.end) for r in found]
    out: list[Reference] = []
    for link in extrefs:
        if link.get("soort", "").upper() == "URL":
            continue
        canonical = canonical_of(link.get("doc", ""))
        if not canonical or canonical in have or canonical == own:
            continue
        span = _place(text, link.get("text", ""), taken)
        ref = reference_for(canonical, *span) if span else None
        if ref is not None:
            out.append(ref)
            have.add(canonical)
            taken.append((ref.start, ref.end))
    return out


def _place(text: str, raw: str, taken: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """The first occurrence of the link text (its whitespace as it is) that no finding covers yet."""
    if not raw:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in raw.split()))
    for m in pattern.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            return m.group(), m.start(), m.end()
    return None
