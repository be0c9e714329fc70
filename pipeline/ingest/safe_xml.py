"""XML parsing for untrusted files: no entities expanded, no network, no DTD loaded, no huge trees."""

from __future__ import annotations

from lxml import etree

from pipeline.ingest.pages import IngestError


def parse_xml(data: bytes, what: str) -> etree._Element:
    """The root element; IngestError('error', ...) when ``data`` is no well-formed XML."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise IngestError("error", f"{what}: not well-formed XML: {exc}") from exc
    if root is None:
        raise IngestError("error", f"{what}: empty XML")
    return root


def local(tag: object) -> str:
    """An element's name without its namespace ('' for comments and the like)."""
    return etree.QName(tag).localname if isinstance(tag, str) else ""
