"""The environment variables the pipeline reads, read once per process into a frozen object.

``PIPELINE_SPACY_MODEL`` (a model name or folder), ``PIPELINE_MODELS_DIR`` (the
project's assets, default ``models/``), ``PIPELINE_PDF_BACKEND`` (pdfium, the
default, or pdfplumber), ``PIPELINE_TIMEOUT`` (seconds a document may take, default 300) and
``PIPELINE_MAX_MEMORY_MB`` (memory a worker may add, default 4096, 0 for no limit).
OCR of PDF pages without a text layer (:mod:`pipeline.ingest.ocr`): ``PIPELINE_OCR`` (1, the default, or 0
to switch it off), ``PIPELINE_OCR_MAX_PAGES`` (pages OCR'd in one document, default 50: a page takes
Tesseract a few seconds) and ``PIPELINE_TESSERACT`` (the binary, default ``tesseract`` on the PATH).
Tests that change one call :func:`settings.cache_clear` afterwards.

Bounds on what one document may hold, so that a hostile file (a PDF bomb, a huge
text file) ends as a document with status ``error`` and a reason instead of
exhausting memory or time: ``PIPELINE_MAX_PAGES`` (pages of a PDF, default
5000), ``PIPELINE_MAX_CHARS`` (characters of a PDF, default 20 million),
``PIPELINE_MAX_PAGE_CHARS`` (characters on one PDF page, default 100,000: a dense
page has 5,000; pdfminer holds over two kilobytes per character while it lays out
a page, and makes about 15,000 a second), ``PIPELINE_MAX_PAGE_CONTENT_MB`` (the
decompressed content streams of one PDF page, default 16: a letter's page has a
few kilobytes, and pdfminer interprets about a quarter of a megabyte of
operators a second) and ``PIPELINE_MAX_TEXT_MB`` (size of a text file, default 50).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_ENV = "PIPELINE_SPACY_MODEL"
MODELS_DIR_ENV = "PIPELINE_MODELS_DIR"
PDF_BACKEND_ENV = "PIPELINE_PDF_BACKEND"
TIMEOUT_ENV = "PIPELINE_TIMEOUT"
MAX_MEMORY_ENV = "PIPELINE_MAX_MEMORY_MB"
MB = 1 << 20
PDF_BACKENDS = ("pdfium", "pdfplumber")  # the readers of pipeline.ingest.pdf, the default first


@dataclass(frozen=True)
class SizeLimits:
    """What one document may hold before it is refused (status ``error``, reason 'too large: ...')."""

    max_pages: int = 5000
    max_chars: int = 20_000_000
    max_page_chars: int = 100_000
    max_page_content_bytes: int = 16 * MB
    max_text_bytes: int = 50 * MB


@dataclass(frozen=True)
class Settings:
    model: str | None
    models_dir: Path
    pdf_backend: str
    limits: SizeLimits = SizeLimits()
    timeout_seconds: float = 300.0  # per document, wall clock
    max_memory_mb: int = 4096  # what one worker may add to its memory; 0: no limit
    ocr: bool = True  # OCR pages without a text layer (when Tesseract is installed)
    ocr_max_pages: int = 50  # pages OCR'd per document
    tesseract: str = "tesseract"


def _number(name: str, default: float, unit: int = 1, zero: bool = False) -> float:
    """A positive number (or 0 if ``zero``) from the environment (``unit`` per unit: MB), else ``default``."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{name}={value!r} is not a number") from None
    if number < 0 or (number == 0 and not zero):
        raise ValueError(f"{name}={value!r} must be positive")
    return number * unit


def _limits() -> SizeLimits:
    d = SizeLimits()
    return SizeLimits(
        max_pages=int(_number("PIPELINE_MAX_PAGES", d.max_pages)),
        max_chars=int(_number("PIPELINE_MAX_CHARS", d.max_chars)),
        max_page_chars=int(_number("PIPELINE_MAX_PAGE_CHARS", d.max_page_chars)),
        max_page_content_bytes=int(_number("PIPELINE_MAX_PAGE_CONTENT_MB", d.max_page_content_bytes, MB)),
        max_text_bytes=int(_number("PIPELINE_MAX_TEXT_MB", d.max_text_bytes, MB)),
    )


def _backend() -> str:
    name = os.environ.get(PDF_BACKEND_ENV, "").strip().lower() or PDF_BACKENDS[0]
    if name not in PDF_BACKENDS:
        raise ValueError(f"{PDF_BACKEND_ENV}={name!r} is not a PDF reader (choose from {', '.join(PDF_BACKENDS)})")
    return name


@cache
def settings() -> Settings:
    """The settings; a ValueError names the variable whose value is wrong."""
    models = os.environ.get(MODELS_DIR_ENV)
    return Settings(
        model=os.environ.get(MODEL_ENV) or None,
        models_dir=Path(models) if models else Path(__file__).resolve().parent.parent / "models",
        pdf_backend=_backend(),
        limits=_limits(),
        timeout_seconds=_number(TIMEOUT_ENV, 300),
        max_memory_mb=int(_number(MAX_MEMORY_ENV, 4096, zero=True)),
        ocr=os.environ.get("PIPELINE_OCR", "1").strip().lower() not in ("0", "false", "no", "off"),
        ocr_max_pages=int(_number("PIPELINE_OCR_MAX_PAGES", 50, zero=True)),
        tesseract=os.environ.get("PIPELINE_TESSERACT", "").strip() or "tesseract",
    )
