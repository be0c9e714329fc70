"""The environment variables the pipeline reads, read once per process into a frozen object.

``PIPELINE_SPACY_MODEL`` (a model name or folder), ``PIPELINE_MODELS_DIR`` (the
project's assets, default ``models/``), ``PIPELINE_PDF_BACKEND`` (pdfplumber or
pdfium), ``PIPELINE_TIMEOUT`` (seconds a document may take) and ``PIPELINE_MAX_MEMORY_MB`` (memory a
worker may add, 0 for no limit). Tests that change one call :func:`settings.cache_clear` afterwards.
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


@dataclass(frozen=True)
class Settings:
    model: str | None
    models_dir: Path
    pdf_backend: str
    timeout_seconds: float = 300.0  # per document, wall clock
    max_memory_mb: int = 4096  # what one worker may add to its memory; 0: no limit


@cache
def settings() -> Settings:
    models = os.environ.get(MODELS_DIR_ENV)
    return Settings(
        model=os.environ.get(MODEL_ENV) or None,
        models_dir=Path(models) if models else Path(__file__).resolve().parent.parent / "models",
        pdf_backend=os.environ.get(PDF_BACKEND_ENV, "pdfplumber").lower(),
        timeout_seconds=_number(TIMEOUT_ENV, 300.0),
        max_memory_mb=int(_number(MAX_MEMORY_ENV, 4096)),
    )


def _number(name: str, default: float) -> float:
    """A non-negative number from the environment; the default when it is unset or not a number."""
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value >= 0 else default
