"""Incremental runs: unchanged documents come from the cache, byte for byte what processing them gives."""

from __future__ import annotations

import shutil
import time

import pytest
from conftest import RAW

import pipeline.run
from pipeline.cache import Cache, fingerprint, open_cache
from pipeline.nlp import load_nlp, model_name
from pipeline.run import run
from pipeline.workers import Limits


def _files(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(RAW, folder)
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    return folder


def test_a_rerun_takes_every_document_from_the_cache(tmp_path, inputs, nlp):
    cache = open_cache(tmp_path / "cache", model_name(nlp))
    first = run([inputs], tmp_path / "first", nlp, cache=cache)
    again = run([inputs], tmp_path / "again", nlp, cache=cache)
    run([inputs], tmp_path / "plain", nlp)
    assert (first.cached, again.cached) == (0, 6)
    assert _files(tmp_path / "first") == _files(tmp_path / "again") == _files(tmp_path / "plain")
    assert (first.ok, len(first.failed)) == (again.ok, len(again.failed)) == (5, 1)


def test_only_what_changed_is_processed_again(tmp_path, inputs, nlp):
    cache = open_cache(tmp_path / "cache", model_name(nlp))
    run([inputs], tmp_path / "first", nlp, cache=cache)
    letter = sorted(inputs.glob("*.txt"))[0]
    letter.write_text(letter.read_text(encoding="utf-8").replace("2024", "2023"), encoding="utf-8")
    shutil.copy(sorted(inputs.glob("*.txt"))[1], inputs / "nieuw.txt")  # same bytes, another doc_id
    seen = []
    summary = run([inputs], tmp_path / "second", nlp, cache=cache, on_result=seen.append)
    assert summary.cached == 5
    assert sorted(r.source.rsplit("/", 1)[1] for r in seen if not r.cached) == [letter.name, "nieuw.txt"]
    assert _files(tmp_path / "second") == _files(run_plain(tmp_path, inputs, nlp))


def run_plain(tmp_path, inputs, nlp):
    run([inputs], tmp_path / "plain", nlp)
    return tmp_path / "plain"


def test_a_changed_rule_model_or_reader_is_a_changed_fingerprint(tmp_path, monkeypatch):
    from pipeline.settings import settings

    models = tmp_path / "models"
    shutil.copytree(RAW.parent / "models", models)
    monkeypatch.setenv("PIPELINE_MODELS_DIR", str(models))
    monkeypatch.setenv("PIPELINE_PDF_BACKEND", "pdfplumber")
    settings.cache_clear()
    before = fingerprint("blank:nl")
    assert fingerprint("blank:nl") == before
    assert fingerprint("nl_core_news_lg 3.8.0") != before
    monkeypatch.setenv("PIPELINE_PDF_BACKEND", "pdfium")
    settings.cache_clear()
    assert fingerprint("blank:nl") != before
    monkeypatch.setenv("PIPELINE_PDF_BACKEND", "pdfplumber")
    settings.cache_clear()
    rules = next(models.glob("*.json"))
    rules.write_text(rules.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert fingerprint("blank:nl") != before


def test_a_torn_entry_is_a_miss(tmp_path, inputs, nlp):
    cache = open_cache(tmp_path / "cache", model_name(nlp))
    run([inputs], tmp_path / "first", nlp, cache=cache)
    entries = sorted((tmp_path / "cache").rglob("*.pickle"))
    assert len(entries) == 6
    entries[0].write_bytes(entries[0].read_bytes()[:100])
    summary = run([inputs], tmp_path / "again", nlp, cache=cache)
    assert summary.cached == 5
    assert _files(tmp_path / "again") == _files(tmp_path / "first")
    assert len(sorted((tmp_path / "cache").rglob("*.pickle"))) == 6  # made again


def test_a_lost_document_is_not_cached(tmp_path, inputs, nlp, monkeypatch):
    real = pipeline.run.read_document

    def slow(path):
        if path.name.startswith("000"):
            time.sleep(30)
        return real(path)

    monkeypatch.setattr(pipeline.run, "read_document", slow)
    cache = Cache(tmp_path / "cache", "test")
    summary = run([inputs], tmp_path / "out", nlp, cache=cache, limits=Limits(seconds=2))
    assert summary.failed[0][2].startswith("timeout")
    assert len(list((tmp_path / "cache").rglob("*.pickle"))) == 5
    monkeypatch.setattr(pipeline.run, "read_document", real)
    again = run([inputs], tmp_path / "again", nlp, cache=cache)
    assert again.cached == 5 and not [f for f in again.failed if f[1] != "error" or "kapot" not in f[0]]


def test_the_command_line_caches_unless_told_not_to(tmp_path):
    import os
    import subprocess
    import sys

    def extract(*extra):
        env = {k: v for k, v in os.environ.items() if k != "PIPELINE_SPACY_MODEL"}
        proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(RAW), "-o", str(tmp_path / "out"),
                               "-q", "--cache", str(tmp_path / "cache"), *extra], capture_output=True, text=True,
                              env=env, cwd=RAW.parent)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    assert "from the cache" not in extract()
    assert "5 documents (5 unchanged, from the cache): 5 ok" in extract()
    assert "from the cache" not in extract("--no-cache")


def test_a_rerun_from_the_cache_loads_no_model(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "PIPELINE_SPACY_MODEL"}
    code = ("import sys; from pipeline.cli import main; rc = main(sys.argv[1:]); "
            "print('spacy imported' if 'spacy' in sys.modules else 'spacy not imported'); sys.exit(rc)")
    args = [sys.executable, "-c", code, "extract", str(RAW), "-o", str(tmp_path / "out"), "-q",
            "--cache", str(tmp_path / "cache")]
    first = subprocess.run(args, capture_output=True, text=True, env=env, cwd=RAW.parent)
    again = subprocess.run(args, capture_output=True, text=True, env=env, cwd=RAW.parent)
    assert first.returncode == again.returncode == 0, again.stderr
    assert "spacy imported" in first.stdout and "spacy not imported" in again.stdout
    assert "spaCy model blank:nl: not loaded (every document came from the cache)" in again.stderr


def test_the_expected_model_is_named_without_loading_it(tmp_path, monkeypatch):
    from pipeline.model_choice import BLANK, expected_model

    folder = tmp_path / "mijn_model"
    folder.mkdir()
    (folder / "meta.json").write_text('{"lang": "nl", "name": "klein", "version": "0.0.1"}', encoding="utf-8")
    assert expected_model(str(folder)) == "nl_klein 0.0.1"
    assert expected_model("geen_model_zo") == "geen_model_zo"  # load_nlp will say it cannot load it
    monkeypatch.setenv("PIPELINE_SPACY_MODEL", str(folder))
    from pipeline.settings import settings

    settings.cache_clear()
    assert expected_model() == "nl_klein 0.0.1"
    monkeypatch.delenv("PIPELINE_SPACY_MODEL")
    settings.cache_clear()
    import importlib.util

    installed = [m for m in ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm") if importlib.util.find_spec(m)]
    assert expected_model().startswith(installed[0]) if installed else expected_model() == BLANK
