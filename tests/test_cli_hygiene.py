"""The command line checks its settings before any work, speaks plainly and keeps logs clean (issue 13)."""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import RAW, ROOT
from test_cli import extract

from pipeline import folder_readme
from pipeline.schema import markdown

SEED = sorted(RAW.glob("*.txt"))[0]


@pytest.mark.parametrize(("env", "named"), [
    ({"PIPELINE_PDF_BACKEND": "pdfminer"}, "PIPELINE_PDF_BACKEND='pdfminer' is not a PDF reader"),
    ({"PIPELINE_MAX_PAGES": "veel"}, "PIPELINE_MAX_PAGES='veel' is not a number"),
    ({"PIPELINE_TIMEOUT": "-1"}, "PIPELINE_TIMEOUT='-1' must be positive"),
])
def test_a_bad_setting_stops_the_run_before_anything_is_written(tmp_path, env, named):
    out = tmp_path / "out"
    proc = extract(SEED, "-o", out, env=env)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1] == f"error: {named}" or named in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


@pytest.mark.parametrize("backend", ["pdfium", "PDFPlumber", ""])
def test_a_good_backend_name_in_any_case_runs(tmp_path, backend):
    proc = extract(SEED, "-o", tmp_path / "out", env={"PIPELINE_PDF_BACKEND": backend})
    assert proc.returncode == 0, proc.stderr


def test_one_document_is_one_document(tmp_path):
    proc = extract(SEED, "-o", tmp_path / "out")
    last = proc.stdout.strip().splitlines()[-1]
    assert re.match(r"1 document( \(1 unchanged, from the cache\))?: 1 ok, 0 failed; ", last), last


def test_the_same_content_under_two_names_is_named(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    letters = sorted(RAW.glob("*.txt"))[:2]
    for p in letters:
        shutil.copy(p, folder / p.name)
    shutil.copy(letters[0], folder / "kopie.txt")
    proc = extract(folder, "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    warned = [ln for ln in proc.stderr.splitlines() if ln.startswith("warning: the same content")]
    assert len(warned) == 1, proc.stderr
    assert "in 2 files" in warned[0] and "kopie.txt" in warned[0] and letters[0].name in warned[0]
    assert letters[1].name not in warned[0]


def test_no_progress_bar_is_drawn_into_a_log(tmp_path):
    """stderr is a pipe here, as in a CI log or `2> run.log`: no bar, no carriage returns."""
    proc = extract("raw", "-o", tmp_path / "out")
    assert proc.returncode == 0
    assert "\r" not in proc.stderr and "doc/s" not in proc.stderr


def test_the_tables_reference_in_the_repository_is_the_schemas():
    """docs/TABLES.md is made from pipeline/schema.py (make docs): a column added there must show here."""
    assert (ROOT / "docs" / "TABLES.md").read_text(encoding="utf-8") == markdown()


def test_a_fresh_clone_has_the_output_folder_with_the_readme_each_run_writes(tmp_path):
    committed = ROOT / "extracted" / "README.md"
    assert committed.read_text(encoding="utf-8") == folder_readme.TEXT
    out = tmp_path / "extracted"
    out.mkdir()
    shutil.copy(committed, out / "README.md")  # the folder as a clone has it: a run may replace it
    proc = extract(SEED, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert (out / "README.md").read_text(encoding="utf-8") == folder_readme.TEXT
    assert (out / "documents.csv").is_file()
