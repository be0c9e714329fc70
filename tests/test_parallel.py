"""Worker processes give the same output as one process, failures included."""

from __future__ import annotations

import shutil

from conftest import RAW

from pipeline.nlp import load_nlp
from pipeline.run import run


def _files(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_workers_write_what_one_process_writes(tmp_path, monkeypatch):
    monkeypatch.delenv("PIPELINE_SPACY_MODEL", raising=False)
    inputs = tmp_path / "in"
    shutil.copytree(RAW, inputs)
    (inputs / "kapot.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    (inputs / "leeg.txt").write_text("", encoding="utf-8")
    nlp = load_nlp()
    failures_one, failures_two = [], []
    one = run([inputs], tmp_path / "one", nlp, on_failure=failures_one.append, jobs=1)
    two = run([inputs], tmp_path / "two", nlp, on_failure=failures_two.append, jobs=2)
    assert (one.ok, len(one.failed), one.rows) == (two.ok, len(two.failed), two.rows)
    assert one.ok == 5 and len(one.failed) == 2
    assert [f.source for f in failures_one] == [f.source for f in failures_two]
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
