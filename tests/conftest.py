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


def doc_with_notes(text: str, notes: dict[str, str] | None = None):
    """A one-document Document of ``text``; ``notes`` are footnotes whose marker stands in the text as
    '[n]' (the marker is taken out and its offset kept, as the text stage does)."""
    from pipeline.document import Document, Footnote

    footnotes = []
    for number, body in (notes or {}).items():
        marker = f"[{number}]"
        at = text.index(marker)
        text = text[:at] + text[at + len(marker):]
        footnotes.append(Footnote(number=number, text=body, page_no=1, anchor_char=at))
    return Document(doc_id="t", source="t.txt", format="txt", text=text, footnotes=footnotes)
