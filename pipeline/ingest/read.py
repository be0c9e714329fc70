"""Dispatch a path to the reader for its format."""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from pathlib import Path

from pipeline.ingest.bounds import too_large
from pipeline.ingest.pages import IngestError, RawDocument
from pipeline.settings import MB, settings

# The reader of each format, imported with the first file of that format: a run of text files never loads the
# PDF libraries, and a re-run served from the cache loads no reader at all.
READERS = {
    ".pdf": ("pipeline.ingest.pdf", "read_pdf"),
    ".txt": ("pipeline.ingest.text", "read_text"),
    ".docx": ("pipeline.ingest.docx", "read_docx"),
    ".xml": ("pipeline.ingest.ob_xml", "read_ob_xml"),
    ".html": ("pipeline.ingest.html", "read_html"),
    ".htm": ("pipeline.ingest.html", "read_html"),
}
SUPPORTED_SUFFIXES = tuple(READERS)

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
    if suffix == ".txt" and data[:1024].lstrip().startswith(b"%PDF-"):  # what it is, not what it is named
        raw = reader(".pdf")(data, source=str(path), sha256=sha)
        raw.warnings.append("a PDF file named .txt: read as a PDF")
        return raw
    if suffix not in READERS:
        raise IngestError("error", f"unsupported file type {suffix or '(none)'}")
    return reader(suffix)(data, source=str(path), sha256=sha)


def reader(suffix: str) -> Callable[..., RawDocument]:
    """The reader of a format: ``reader(data, source=..., sha256=...)``."""
    module, name = READERS[suffix]
    return getattr(importlib.import_module(module), name)


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
