"""A content-addressed cache of each document's results, so that a re-run only processes what changed.

A document's entry is keyed by the SHA-256 of its bytes, its doc_id and path (both stand in its rows) and the
run's fingerprint: the package version, every source file of ``pipeline/`` and every asset in ``models/`` (a
changed rule is a changed fingerprint), the spaCy model that runs and the settings that shape the output (PDF
reader, size limits, OCR: off, Tesseract missing or its version, so that a scan cached as no_text_layer is
read again once Tesseract is installed). Entries are written atomically, one file each; an unreadable entry is
a miss. Only what the document itself decides is kept: a timeout or a crash (which depend on the machine and
the limits) is never cached.

The folder is ``$PIPELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/kamerstukken-pipeline``, else
``~/.cache/kamerstukken-pipeline``; deleting it is always safe.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.ingest.ocr import engine as ocr_engine
from pipeline.settings import settings

CACHE_ENV = "PIPELINE_CACHE_DIR"
_PACKAGE = Path(__file__).resolve().parent


def default_folder() -> Path:
    """Where the cache lives unless told otherwise (see the module docstring)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kamerstukken-pipeline"


def fingerprint(model: str) -> str:
    """What the results depend on besides the document: code, rules, model and output-shaping settings."""
    h = hashlib.sha256(f"{__version__}\0{model}\0".encode())
    s = settings()
    h.update(repr((s.pdf_backend, sorted(asdict(s.limits).items()), ocr_engine(), s.ocr_max_pages)).encode())
    for root in (_PACKAGE, s.models_dir):
        for path in sorted(p for p in Path(root).rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            h.update(str(path.relative_to(root)).encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()


@dataclass(frozen=True)
class Cache:
    """Entries in ``folder`` under keys made with ``fingerprint``."""

    folder: Path
    fingerprint: str

    def key(self, content_sha256: str, doc_id: str, source: str) -> str:
        return hashlib.sha256(f"{self.fingerprint}\0{content_sha256}\0{doc_id}\0{source}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key[2:]}.pickle"

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str) -> Any | None:
        """The entry, or None when there is none or it cannot be read (then it is removed)."""
        path = self._path(key)
        try:
            with open(path, "rb") as fh:
                return pickle.load(fh)  # noqa: S301 - our own files, in the user's own cache folder
        except FileNotFoundError:
            return None
        except Exception:  # a torn or foreign file: a miss, and gone
            path.unlink(missing_ok=True)
            return None

    def put(self, key: str, value: Any) -> None:
        """Store an entry atomically (a temporary file renamed into place); a full disk only costs the entry."""
        path = self._path(key)
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            tmp.unlink(missing_ok=True)


def open_cache(folder: str | Path | None, model: str) -> Cache:
    return Cache(Path(folder) if folder else default_folder(), fingerprint(model))
