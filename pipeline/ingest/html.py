"""Saved web pages (.html): the article, without the site's navigation, cookie banner and footer.

Cutting an article out of a page is what trafilatura does well (it is kept up against real sites, its
precision is measured; hand-written rules for every site are not). It gives the article's paragraphs,
tables as text, and the page's title and date. A page of zoek.officielebekendmakingen.nl is recognized by
its meta fields (``DC.identifier`` naming a publication, ``OVERHEIDop.*``): those give the document's own
metadata (:mod:`pipeline.ingest.ob_facts`), and its links to other publications its references.
"""

from __future__ import annotations

import re

import lxml.html

from pipeline.ids import normalize_dossier
from pipeline.ingest.ob_facts import meta_fields, meta_vergaderjaar
from pipeline.ingest.pages import IngestError, RawDocument
from pipeline.ingest.wordtext import one_page

OB_ID = re.compile(r"(?:^|/)((?:kst|ah|h|stcrt|stb|trb|blg)-[\w-]+?)(?:\.html|\.pdf|\.xml)?(?:[?#].*)?$")
KAMER = {"Tweede Kamer der Staten-Generaal": "II", "Eerste Kamer der Staten-Generaal": "I"}


def read_html(data: bytes, source: str, sha256: str) -> RawDocument:
    import trafilatura  # imported when an HTML file comes: the other formats never need it

    try:
        tree = lxml.html.document_fromstring(data, parser=lxml.html.HTMLParser(no_network=True))
    except (ValueError, lxml.etree.ParserError) as exc:
        raise IngestError("error", f"not an HTML page: {exc}") from exc
    meta = meta_fields([(el.get("name", "") or el.get("property", ""), el.get("content", ""))
                        for el in tree.iter("meta")])
    text = trafilatura.extract(tree, include_comments=False, include_tables=True, favor_precision=True,
                               deduplicate=False) or ""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not lines:
        raise IngestError("empty", "no article text found in the page")
    markup = ob_page_facts(meta, tree) if _is_ob(meta) else _page_facts(trafilatura, tree)
    return RawDocument(source=source, format="html", pages=one_page(lines), sha256=sha256, text="\n".join(lines),
                       layout="plain" if _is_ob(meta) else "web", markup=markup)


def _is_ob(meta: dict[str, str]) -> bool:
    return bool(OB_ID.search(meta.get("DC.identifier", ""))) or any(k.startswith("OVERHEIDop.") for k in meta)


def _page_facts(trafilatura, tree) -> dict[str, str]:
    """The headline and the date the page gives; the text stage takes them as its title and date hints."""
    found = trafilatura.extract_metadata(tree)
    if found is None:
        return {}
    return {k: v for k, v in (("title", found.title or ""), ("date_line", found.date or "")) if v}


def ob_page_facts(meta: dict[str, str], tree) -> dict:
    """A page of officielebekendmakingen: its meta fields, and its links to other publications."""
    ident = OB_ID.search(meta.get("DC.identifier", ""))
    facts = {
        "own_id": ident.group(1) if ident else "",
        "dossier": normalize_dossier(meta.get("OVERHEIDop.dossiernummer", "").split(";")[0]),
        "ondernummer": meta.get("OVERHEIDop.ondernummer", ""),
        "vergaderjaar": meta_vergaderjaar(meta.get("OVERHEIDop.vergaderjaar", "")),
        "kamer": KAMER.get(meta.get("DC.creator", ""), ""),
        "date": next((meta[k][:10] for k in ("OVERHEIDop.datumOndertekening", "OVERHEIDop.datumOntvangst",
                                             "DCTERMS.issued", "DCTERMS.available") if meta.get(k)), ""),
        "type": meta.get("DC.type", ""), "title": meta.get("DC.title", ""),
    }
    refs = []
    for a in tree.iter("a"):
        m = OB_ID.search(a.get("href", ""))
        if m and m.group(1) != facts["own_id"] and a.text_content().strip():
            refs.append({"doc": m.group(1), "text": " ".join(a.text_content().split()), "footnote": "",
                         "soort": "document"})
    facts["extrefs"] = refs
    return {k: v for k, v in facts.items() if v}
