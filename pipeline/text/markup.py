"""What a source's markup says about the document itself, as page furniture the metadata step reads.

The colophon of a PDF gives ``own_id``, ``dossier``, ``ondernummer``, ``vergaderjaar`` and ``kamer``
(:mod:`pipeline.text.colophon`); officielebekendmakingen XML and HTML say the same in their markup, more
reliably. They go into the same furniture keys, so :mod:`pipeline.extract.metadata.own_id` needs no second
path; the date, the type, the signatories and the ``<extref>`` references are kept under ``markup``.
"""

from __future__ import annotations

from typing import Any

COLOPHON_KEYS = ("own_id", "dossier", "ondernummer", "vergaderjaar", "kamer")


def markup_furniture(markup: dict[str, Any]) -> dict[str, Any]:
    if not markup:
        return {}
    out: dict[str, Any] = {k: markup[k] for k in COLOPHON_KEYS if markup.get(k)}
    rest = {k: v for k, v in markup.items() if k not in COLOPHON_KEYS and k not in ("title", "date_line") and v}
    if rest:
        out["markup"] = rest
    return out
