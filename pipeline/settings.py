"""The environment variables the pipeline reads, read once per process into a frozen object.

``PIPELINE_SPACY_MODEL`` (a model name or folder), ``PIPELINE_MODELS_DIR`` (the
project's assets, default ``models/``) and ``PIPELINE_PDF_BACKEND`` (pdfplumber or
pdfium). Tests that change one call :func:`settings.cache_clear` afterwards.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_ENV = "PIPELINE_SPACY_MODEL"
MODELS_DIR_ENV = "PIPELINE_MODELS_DIR"
PDF_BACKEND_ENV = "PIPELINE_PDF_BACKEND"


@dataclass(frozen=True)
class Settings:
    model: str | None
    models_dir: Path
    pdf_backend: str


@cache
def settings() -> Settings:
    models = os.environ.get(MODELS_DIR_ENV)
    return Settings(
        model=os.environ.get(MODEL_ENV) or None,
        models_dir=Path(models) if models else Path(__file__).resolve().parent.parent / "models",
        pdf_backend=os.environ.get(PDF_BACKEND_ENV, "pdfplumber").lower(),
    )
