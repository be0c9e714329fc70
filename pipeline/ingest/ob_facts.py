"""The document's own metadata as officielebekendmakingen marks it up.

Two sources, the meta fields first: ``<meta name="DC.identifier" content="kst-36180-133"/>``,
``OVERHEIDop.dossiernummer``, ``OVERHEIDop.ondernummer``, ``OVERHEIDop.vergaderjaar``, ``DCTERMS.issued``,
``DC.type`` (in the HTML head, in the XML's metadata part), then the document's own elements:
``<dossiernr>``, ``<ondernummer kamer="2">``, ``<tekstregel inhoud="vergaderjaar">``, ``<datum isodatum>``,
``<ondertekening>``. Shared by the XML and the HTML reader; the names are the ones officielebekendmakingen
publishes, values are normalized as :mod:`pipeline.ids` does for the text stage.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.ids import normalize_dossier, vergaderjaar
from pipeline.ingest.safe_xml import local
from pipeline.lang.kamer import kamer_code

KAMER_ATTR = {"1": "I", "2": "II"}
DATE_META = ("OVERHEIDop.datumOndertekening", "OVERHEIDop.datumOntvangst", "OVERHEIDop.datumVergadering",
             "DCTERMS.issued", "DCTERMS.available")
ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d")
KST_ID = re.compile(r"^kst-(\d{4,6}(?:-[A-Z0-9]{1,6})?)-(\d+[a-z]?|[A-Z]{1,2})$")
VJ = re.compile(r"((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)")


def meta_fields(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """name -> content of the meta fields, the first of each name (DC.identifier may be repeated)."""
    out: dict[str, str] = {}
    for name, content in pairs:
        if name and content and name not in out:
            out[name] = content.strip()
    return out


def document_facts(root: Any, body: Any) -> dict[str, Any]:
    """Facts from an OB XML tree (``body`` is the document element: kamerstuk, kamervragen, handelingen ...)."""
    meta = meta_fields([(el.get("name", ""), el.get("content", "")) for el in root.iter()
                        if local(el.tag) in ("meta", "metadata")])
    first = _first_texts(body)
    kind = local(body.tag)
    vj = meta_vergaderjaar(meta.get("OVERHEIDop.vergaderjaar", "")) or meta_vergaderjaar(first.get("vergaderjaar", ""))
    kamer = _kamer(meta, first)
    dossier = normalize_dossier(meta.get("OVERHEIDop.dossiernummer", "") or first.get("dossiernr", ""))
    nr = meta.get("OVERHEIDop.ondernummer", "") or first.get("ondernummer", "")
    own = _identifier(meta) or _own_id(kind, dossier, nr, vj, kamer, first)
    m = KST_ID.match(own)
    if m:  # the identifier names the document: its dossier and number win over a stray element
        dossier, nr = m.group(1), m.group(2)
    date = _date(meta, body)
    facts = {"own_id": own, "dossier": dossier if kind == "kamerstuk" else "", "ondernummer": nr if dossier else "",
             "vergaderjaar": vj, "kamer": kamer, "date": date, "type": meta.get("DC.type", "") or kind,
             "title": meta.get("DC.title", ""),
             "signatories": signatories(body)}
    return {k: v for k, v in facts.items() if v}


def _first_texts(body: Any) -> dict[str, str]:
    """The first text of the elements that name the document: dossiernr, ondernummer, vergaderjaar, ..."""
    out: dict[str, str] = {}
    for el in body.iter():
        name = local(el.tag)
        if name == "tekstregel" and el.get("inhoud"):
            name = el.get("inhoud")
        if name in ("dossiernr", "ondernummer", "vergaderjaar", "kameraanduiding", "titel", "kamervraagnummer",
                    "aanhangselnummer") and name not in out:
            out[name] = " ".join("".join(el.itertext()).split())
            if name == "ondernummer" and el.get("kamer") in KAMER_ATTR:
                out["kamer_attr"] = KAMER_ATTR[el.get("kamer")]
    if "dossiernr" in out:  # '36 800' and 'XIV' may stand in two dossiernr elements
        parts = [" ".join("".join(e.itertext()).split()) for e in body.iter() if local(e.tag) == "dossiernr"]
        out["dossiernr"] = " ".join(parts[:2]) if len(parts) > 1 and parts[1].isalpha() else parts[0]
    return out


def meta_vergaderjaar(text: str) -> str:
    m = VJ.search(text)
    return vergaderjaar(m.group(1), m.group(2)) if m else ""


def _kamer(meta: dict[str, str], first: dict[str, str]) -> str:
    for text in (meta.get("DC.creator", ""), meta.get("OVERHEIDop.publicationName", ""),
                 first.get("kameraanduiding", "")):
        word = re.search(r"\b(Tweede|Eerste)\s+Kamer\b", text)
        if word:
            return kamer_code(word.group(1))
    return first.get("kamer_attr", "")


def _identifier(meta: dict[str, str]) -> str:
    ident = meta.get("DC.identifier", "") or meta.get("dcterms:identifier", "")
    return ident if re.match(r"^(?:kst|ah|h|stcrt|stb|trb|blg|gmb)-", ident) else ""


def _own_id(kind: str, dossier: str, nr: str, vj: str, kamer: str, first: dict[str, str]) -> str:
    if kind == "kamerstuk" and dossier and nr:
        return f"kst-{dossier}-{nr}"
    number = first.get("aanhangselnummer", "") or first.get("kamervraagnummer", "")
    if kind == "kamervragen" and number.isdigit() and vj:
        return f"ah-{'ek' if kamer == 'I' else 'tk'}-{vj.replace('-', '')}-{number}"
    return ""


def _date(meta: dict[str, str], body: Any) -> str:
    """The date the document is dated by: the one it prints (``<datum isodatum>``), else the meta fields."""
    for el in body.iter():
        if local(el.tag) == "datum" and ISO_DATE.match(el.get("isodatum", "")):
            return el.get("isodatum")[:10]
    return next((meta[k][:10] for k in DATE_META if ISO_DATE.match(meta.get(k, ""))), "")


def signatories(body: Any) -> list[dict[str, str]]:
    """Each ``<ondertekening>``: the name and the office (``functie``) it signs in."""
    out = []
    for sig in body.iter():
        if local(sig.tag) != "ondertekening":
            continue
        role = next((" ".join("".join(e.itertext()).split()) for e in sig.iter() if local(e.tag) == "functie"), "")
        for naam in (e for e in sig.iter() if local(e.tag) == "naam"):
            name = " ".join("".join(naam.itertext()).split()).strip(" ,")
            if name:
                out.append({"name": name, "role": role.strip(" ,")})
    return out
