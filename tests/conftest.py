"""Shared fixtures. Tests that need ../shared skip with a reason where it is absent (a user's clone)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
SHARED = Path(os.environ.get("PIPELINE_SHARED_DIR", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "pdf"
GOLD = SHARED / "gold"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"reference material not found at {SHARED}")
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"PDF corpus not found at {CORPUS}")
needs_gold = pytest.mark.skipif(not GOLD.is_dir(), reason=f"gold annotations not found at {GOLD}")


def seed(prefix: str) -> Path:
    """A reference document in raw/ by its number prefix ('002')."""
    matches = sorted(RAW.glob(f"{prefix}_*.txt"))
    assert matches, f"reference document {prefix} missing from raw/"
    return matches[0]


def corpus_pdf(name: str) -> Path:
    return CORPUS / name


def gold(doc_id: str) -> dict:
    return json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))


def extract_to(paths: list[Path], out: Path) -> None:
    """Run the whole pipeline on ``paths`` into ``out`` with whatever model load_nlp finds."""
    from pipeline.nlp import load_nlp
    from pipeline.run import run

    run(paths, out, load_nlp())


def read_table(out: Path, table: str) -> list[dict[str, str]]:
    import csv

    with open(out / f"{table}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
