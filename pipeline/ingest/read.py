"""Dispatch a path to the reader for its format."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.ingest.bounds import too_large
from pipeline.ingest.docx import read_docx
from pipeline.ingest.html import read_html
from pipeline.ingest.ob_xml import read_ob_xml
from pipeline.ingest.pages import IngestError, RawDocument
from pipeline.ingest.text import read_text
from pipeline.settings import MB, settings

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".docx", ".xml", ".html", ".htm")

TEXT_SUFFIXES = (".txt", ".xml", ".html", ".htm")  # read whole into memory: held to the text size limit


def read_document(path: str | Path) -> RawDocument:
    """Read one file into pages. Raises IngestError with a status on failure."""
    path = Path(path)
    suffix = path.suffix.lower()
    limit = settings().limits.max_text_bytes if suffix in TEXT_SUFFIXES else None
    try:
        data = _read_bytes(path, limit)
    except OSError as exc:
        raise IngestError("error", f"cannot read file: {exc.strerror or exc}") from exc
    sha = hashlib.sha256(data).hexdigest()
    if suffix == ".pdf":
        return read_pdf(data, source=str(path), sha256=sha)
    if suffix == ".txt" and data[:1024].lstrip().startswith(b"%PDF-"):  # what it is, not what it is named
        raw = read_pdf(data, source=str(path), sha256=sha)
        raw.warnings.append("a PDF file named .txt: read as a PDF")
        return raw
    if suffix == ".txt":
        return read_text(data, source=str(path), sha256=sha)
    if suffix == ".docx":
        return read_docx(data, source=str(path), sha256=sha)
    if suffix == ".xml":
        return read_ob_xml(data, source=str(path), sha256=sha)
    if suffix in (".html", ".htm"):
        return read_html(data, source=str(path), sha256=sha)
    raise IngestError("error", f"unsupported file type {suffix or '(none)'}")


def read_pdf(data: bytes, source: str, sha256: str) -> RawDocument:
    """:func:`pipeline.ingest.pdf.read_pdf`, imported with the first PDF: a run of text files never loads the
    PDF libraries (pypdfium2, numpy's share of the start-up)."""
    from pipeline.ingest.pdf import read_pdf as read

    return read(data, source=source, sha256=sha256)


def _read_bytes(path: Path, limit: int | None) -> bytes:
    """The file's bytes; a file over ``limit`` bytes is refused before it is read (and a file that grows past
    it while being read, after ``limit + 1`` bytes)."""
    if limit is None:
        return path.read_bytes()
    size = path.stat().st_size
    if size <= limit:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
        if len(data) <= limit:
            return data
        size = len(data)
    raise too_large(f"{size / MB:.1f} MB of text, more than {limit / MB:g} MB", "PIPELINE_MAX_TEXT_MB")
