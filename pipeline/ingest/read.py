"""Dispatch a path to the reader for its format."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.ingest.pages import IngestError, RawDocument
from pipeline.ingest.pdf import read_pdf
from pipeline.ingest.text import read_text

SUPPORTED_SUFFIXES = (".pdf", ".txt")


def read_document(path: str | Path) -> RawDocument:
    """Read one file into pages. Raises IngestError with a status on failure."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError("error", f"cannot read file: {exc.strerror or exc}") from exc
    sha = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return read_pdf(data, source=str(path), sha256=sha)
    if suffix == ".txt":
        return read_text(data, source=str(path), sha256=sha)
    raise IngestError("error", f"unsupported file type {suffix or '(none)'}")
