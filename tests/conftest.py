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


_NLP = None


def blank_pipeline():
    """The whole pipeline on spacy.blank('nl'), loaded once for the tests that run components on strings."""
    global _NLP
    if _NLP is None:
        from pipeline.settings import settings

        settings.cache_clear()
        import spacy

        from pipeline.nlp import _prepare
        from pipeline.resources import load_json

        _NLP = _prepare(spacy.blank("nl"), load_json("nlp.json"), statistical=False)
    return _NLP


def run_components(document, date: str | None = None, doc_type: str | None = None, sdoc=None):
    """The Doc of a text-stage ``document`` after every component; ``date`` and ``doc_type`` override what the
    document says of itself (as a letter dated ``date``); ``sdoc`` is a Doc of the same text with a parse
    or a model's entities made by the test, which the extractors then read instead of a blank analysis."""
    from dataclasses import replace

    from pipeline.components import EXTRACTORS
    from pipeline.extract.dates import Anchor

    nlp = blank_pipeline()
    doc = sdoc if sdoc is not None else nlp.make_doc(document.text)
    doc._.source = document
    for name, proc in nlp.pipeline:
        if sdoc is not None and name not in EXTRACTORS and sdoc.has_annotation("SENT_START"):
            continue  # the test's own parse decides the sentences
        doc = proc(doc)
        if name == "kst_facts" and (date or doc_type):
            facts = doc._.facts
            if date:
                facts = replace(facts, date=date, date_source="dateline", anchor=Anchor.parse(date, "dateline"))
            doc._.facts = replace(facts, doc_type=doc_type or facts.doc_type)
    return doc


def rows_of(text: str, notes: dict[str, str] | None = None, date: str | None = None, doc_type: str | None = None,
            sdoc=None) -> dict[str, list[dict]]:
    """Every table's rows (as the projection gives them, before CSV) for a one-document text; asserts that no
    extractor failed."""
    from pipeline.rows import table_rows

    document = doc_with_notes(text, notes)
    tables = table_rows(run_components(document, date, doc_type, sdoc))
    assert not document.warnings, document.warnings
    return tables


@pytest.fixture(autouse=True, scope="session")
def _own_result_cache(tmp_path_factory):
    """Command-line runs in the tests keep their results in a cache of the session's, not the user's."""
    os.environ["PIPELINE_CACHE_DIR"] = str(tmp_path_factory.mktemp("result-cache"))
    yield
    os.environ.pop("PIPELINE_CACHE_DIR", None)


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Settings are read once per process; a test that changed the environment leaves none of it behind."""
    yield
    from pipeline.settings import settings

    settings.cache_clear()


def hand_made_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF file of the given objects (1-numbered), with its xref table and trailer: no PDF writer is installed."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def pdf_stream(data: bytes) -> bytes:
    """A PDF stream object of ``data``."""
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
