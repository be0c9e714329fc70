"""The hostile corpus mixed with the reference letters, through the command line in one run.

0 crashes, 0 hangs, 0 good documents lost or changed, 0 garbage ``ok``s, 0 formula cells in the CSVs. The
kinds run here at a tenth of their size (``make stress`` runs them whole, with the seconds each took).
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import RAW, ROOT
from hostile_corpus import KINDS, make_corpus

SCALE = float(os.environ.get("PIPELINE_STRESS_SCALE", "0.1"))
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # OWASP's list of what a spreadsheet may run
TABLES = ("documents", "references", "dates", "motions", "commitments", "entities", "footnotes")


def _cli(inputs: Path, out: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PIPELINE_SPACY_MODEL"}
    env["PIPELINE_TIMEOUT"] = "240"
    return subprocess.run([sys.executable, "-m", "pipeline", "extract", str(inputs), "-o", str(out), "-q", "-j", "2"],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=1800)


def _csv(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 30)
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    inputs = base / "in"
    shutil.copytree(RAW, inputs / "letters")
    made = make_corpus(inputs, SCALE)
    clean = _cli(RAW, base / "clean")
    assert clean.returncode == 0, clean.stderr
    mixed = _cli(inputs, base / "out")
    return {"made": made, "inputs": inputs, "clean": base / "clean", "out": base / "out", "proc": mixed}


def test_the_run_finishes_with_some_documents_failed(hostile_run):
    proc = hostile_run["proc"]
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr


def test_every_kind_gets_its_answer(hostile_run):
    docs = {Path(r["source"]): r for r in _csv(hostile_run["out"] / "documents.csv")}
    stderr = hostile_run["proc"].stderr
    wrong = []
    for path, kind in hostile_run["made"].items():
        if not kind.row:
            if path in docs or f"skipped {path}: " not in stderr or kind.says not in stderr:
                wrong.append(f"{kind.name}: not skipped with a message")
            continue
        row = docs.get(path)
        if row is None:
            wrong.append(f"{kind.name}: {path.name} has no row")
            continue
        told = row["error"] + " " + row["warnings"]
        if not kind.answered(row["status"], told):
            wrong.append(f"{kind.name}: {row['status']} {told[:200]!r}")
    assert not wrong, "\n".join(wrong)


def test_no_document_hangs_or_crashes(hostile_run):
    lost = [(r["doc_id"], r["error"]) for r in _csv(hostile_run["out"] / "documents.csv")
            if r["error"].startswith(("timeout", "crashed", "internal error"))]
    assert not lost


def test_the_reference_letters_come_out_unchanged(hostile_run):
    clean, out = hostile_run["clean"], hostile_run["out"]
    ids = {r["doc_id"] for r in _csv(clean / "documents.csv")}
    for table in TABLES:
        want = [{k: v for k, v in r.items() if k != "source"} for r in _csv(clean / f"{table}.csv")]
        got = [{k: v for k, v in r.items() if k != "source"} for r in _csv(out / f"{table}.csv") if r["doc_id"] in ids]
        assert got == want, table
    for doc_id in ids:
        want = json.loads((clean / "documents" / f"{doc_id}.json").read_text(encoding="utf-8"))
        got = json.loads((out / "documents" / f"{doc_id}.json").read_text(encoding="utf-8"))
        want["metadata"].pop("source"), got["metadata"].pop("source")
        assert got == want, doc_id


def test_no_formula_cells_and_only_valid_utf8(hostile_run):
    out = hostile_run["out"]
    for table in TABLES:
        data = (out / f"{table}.csv").read_bytes()
        data.decode("utf-8")  # raises on invalid UTF-8
        for row in _csv(out / f"{table}.csv"):
            for column, value in row.items():
                assert not (value[:1] in FORMULA_START and not _number(value)), (table, column, value[:80])
    for path in (out / "documents").iterdir():
        json.loads(path.read_bytes().decode("utf-8"))


def _number(value: str) -> bool:
    return re.fullmatch(r"[+-]?\d+(?:[.,]\d+)*", value) is not None


def test_kinds_are_many_and_distinct():
    names = [k.name for k in KINDS]
    assert len(names) >= 40 and len(set(names)) == len(names)
