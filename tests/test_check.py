"""``python -m pipeline check``: the regression check of raw/ against tests/reference/, in any clone."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import RAW, ROOT

from pipeline.cli import main
from pipeline.compare import compare

REFERENCE = ROOT / "tests" / "reference"
Rows = list[list[str]]


@pytest.fixture
def expected(tmp_path: Path) -> Path:
    """A copy of the committed expected output, for a test to edit."""
    return Path(shutil.copytree(REFERENCE, tmp_path / "reference"))


def check(expected: Path, capsys, *args: str) -> tuple[int, str]:
    status = main(["check", str(RAW), "--expected", str(expected), "--show", "50", *args])
    out = capsys.readouterr()
    return status, out.out + out.err


def edit_csv(path: Path, change: Callable[[list[str], Rows], Rows]) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, *change(header, rows)])


def set_cell(doc_id: str, column: str, value: str, nth: int = 0) -> Callable[[list[str], Rows], Rows]:
    """Set ``column`` of the ``nth`` row of ``doc_id``."""
    def change(header: list[str], rows: Rows) -> Rows:
        hits = [r for r in rows if r[0] == doc_id]
        hits[nth][header.index(column)] = value
        return rows
    return change


def delete_row(doc_id: str, nth: int = 0) -> Callable[[list[str], Rows], Rows]:
    def change(header: list[str], rows: Rows) -> Rows:
        rows.remove([r for r in rows if r[0] == doc_id][nth])
        return rows
    return change


def add_row(**cells: str) -> Callable[[list[str], Rows], Rows]:
    def change(header: list[str], rows: Rows) -> Rows:
        return rows + [[cells.get(c, "") for c in header]]
    return change


def set_second_of_shared_offsets(doc_id: str, column: str, value: str) -> Callable[[list[str], Rows], Rows]:
    """Set ``column`` of the second of two rows of ``doc_id`` with the same offsets."""
    def change(header: list[str], rows: Rows) -> Rows:
        at = [header.index("char_start"), header.index("char_end")]
        seen = set()
        for row in rows:
            key = (row[0], *(row[i] for i in at))
            if row[0] == doc_id and key in seen:
                row[header.index(column)] = value
                return rows
            seen.add(key)
        raise AssertionError(f"no two rows of {doc_id} share their offsets")
    return change


def shift_offsets(doc_id: str, by: int) -> Callable[[list[str], Rows], Rows]:
    def change(header: list[str], rows: Rows) -> Rows:
        row = next(r for r in rows if r[0] == doc_id)
        for column in ("char_start", "char_end"):
            row[header.index(column)] = str(int(row[header.index(column)]) + by)
        return rows
    return change


DOC0, DOC1, DOC2 = (p.stem for p in sorted(RAW.glob("*.txt"))[:3])

# (table, edit of the expected table, what the report must say): the report speaks of this run's output
# against the expected one, so a row deleted from the expected table is one this run added.
EDITS = [
    ("references", set_cell(DOC2, "canonical", "kst-1-1"),
     ["references: 1 difference", f"changed: {DOC2} [", "canonical: 'kst-1-1' -> 'ah-tk-20222023-2214'"]),
    ("dates", delete_row(DOC0, 2), ["dates: 1 difference", f"added: {DOC0} [", "char_start="]),
    ("entities", add_row(doc_id=DOC1, text="Jan Modaal", label="PERSON", normalized="Jan Modaal", mentions="1",
                         first_char_start="7", source="rules", in_footnote="false"),
     ["entities: 1 difference", f"removed: {DOC1} [label=PERSON normalized=Jan Modaal]"]),
    ("documents", set_cell(DOC0, "title", "Een andere titel"),
     ["documents: 1 difference", f"changed: {DOC0}", "title: 'Een andere titel' -> 'GC REAIM"]),
    # two commitments in one sentence share their offsets: the second is told apart by its place
    ("commitments", set_second_of_shared_offsets(DOC1, "action", "iets anders"),
     ["commitments: 1 difference", f"changed: {DOC1} [char_start=", "      action", "'iets anders' -> '"]),
    # a finding whose offsets moved is one changed row, paired by its text, not a removed and an added one
    ("motions", shift_offsets(DOC0, 3), ["motions: 1 difference", f"changed: {DOC0}", "char_start: '", "char_end: '"]),
]


def test_the_same_output_passes(expected: Path, capsys) -> None:
    status, out = check(expected, capsys)
    assert status == 0, out
    assert "OK: the same as" in out and "model: blank:nl (as expected)" in out
    assert "documents/*.json" in out  # the counts cover the document JSON too


@pytest.mark.parametrize("table, edit, says", EDITS, ids=[e[0] for e in EDITS])
def test_an_edited_expected_table_fails_with_a_readable_diff(expected: Path, capsys, table, edit, says) -> None:
    edit_csv(expected / f"{table}.csv", edit)
    status, out = check(expected, capsys)
    assert status == 1, out
    for text in says:
        assert text in out, f"{text!r} not in:\n{out}"
    assert "FAILED: 1 difference from" in out and "--update" in out


def test_a_changed_document_json_names_the_document_and_key(expected: Path, capsys) -> None:
    path = expected / "documents" / f"{DOC2}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["text"] = data["text"][:500] + "X" + data["text"][501:]
    data["metadata"]["title"] = "Anders"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    status, out = check(expected, capsys)
    assert status == 1, out
    assert f"changed: {DOC2}" in out and "text (from character 500): " in out and "metadata.title: 'Anders'" in out


def test_update_accepts_the_new_output(expected: Path, capsys) -> None:
    edit_csv(expected / "dates.csv", delete_row(DOC0))
    edit_csv(expected / "references.csv", set_cell(DOC2, "canonical", "kst-1-1"))
    status, out = check(expected, capsys, "--update")
    assert status == 0, out
    assert "dates: 1 difference" in out and "UPDATED" in out
    assert check(expected, capsys)[0] == 0
    assert (expected / "dates.csv").read_bytes() == (REFERENCE / "dates.csv").read_bytes()


def test_update_makes_a_missing_expected_folder(tmp_path: Path, capsys) -> None:
    new = tmp_path / "mine" / "reference"
    status, out = check(new, capsys)
    assert status == 2 and "--update" in out
    assert check(new, capsys, "--update")[0] == 0
    assert sorted(p.name for p in new.iterdir()) == sorted(p.name for p in REFERENCE.iterdir())
    assert check(new, capsys)[0] == 0


def test_another_model_is_named_and_is_a_difference(expected: Path, capsys) -> None:
    package = expected / "datapackage.json"
    package.write_text(package.read_text(encoding="utf-8").replace('"blank:nl"', '"nl_core_news_zz 9.9.9"'),
                       encoding="utf-8")
    status, out = check(expected, capsys)
    assert status == 1, out
    assert "nl_core_news_zz 9.9.9, which is not installed" in out
    assert "MODEL DIFFERS: the expected output was made with nl_core_news_zz 9.9.9, this run used" in out


@pytest.mark.parametrize("args, says", [
    (["--show", "-1"], "--show wants"),
    (["--expected", "{tmp}/nothing"], "no expected output in"),
    (["{tmp}/missing.txt"], "no such file or folder"),
])
def test_bad_arguments_exit_2(expected: Path, tmp_path: Path, capsys, args, says) -> None:
    args = [a.format(tmp=tmp_path) for a in args]
    status = main(["check", "--expected", str(expected), *args])
    out = capsys.readouterr()
    assert status == 2 and says in out.out + out.err


def test_update_keeps_files_it_did_not_write(expected: Path, capsys) -> None:
    (expected / "NOTES.md").write_text("mine", encoding="utf-8")
    status, out = check(expected, capsys, "--update")
    assert status == 2 and "did not write" in out
    assert (expected / "NOTES.md").read_text(encoding="utf-8") == "mine"


def test_a_new_column_is_one_difference(expected: Path, tmp_path: Path) -> None:
    actual = Path(shutil.copytree(expected, tmp_path / "actual"))
    path = actual / "footnotes.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header + ["extra"], *(r + ["x"] for r in rows)])
    comparison = compare(expected, actual)
    footnotes = next(t for t in comparison.tables if t.table == "footnotes")
    assert footnotes.columns_added == ("extra",) and footnotes.rows == ()
    assert comparison.differences == 1


def test_a_clone_without_shared_passes(tmp_path: Path) -> None:
    """What `make test` runs, in a copy of the repository's inputs with no ../shared and an empty cache."""
    clone = tmp_path / "clone"
    shutil.copytree(RAW, clone / "raw")
    shutil.copytree(REFERENCE, clone / "tests" / "reference")
    assert not (tmp_path / "shared").exists()
    env = {k: v for k, v in os.environ.items() if k not in ("PIPELINE_SPACY_MODEL", "PIPELINE_SHARED_DIR")}
    env.update(PYTHONPATH=str(ROOT), PIPELINE_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-m", "pipeline", "check"], cwd=clone, capture_output=True, text=True,
                          env=env, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK: the same as tests/reference" in done.stdout


def test_the_check_runs_the_model_the_expected_output_records(expected: Path, capsys, monkeypatch) -> None:
    """The expected output says blank:nl: the check runs it, whatever model the environment names."""
    from pipeline.settings import settings

    monkeypatch.setenv("PIPELINE_SPACY_MODEL", "nl_core_news_not_installed")
    settings.cache_clear()
    status, out = check(expected, capsys)
    assert status == 0, out
    assert main(["check", str(RAW), "--expected", str(expected), "--model", "nl_core_news_not_installed"]) == 2


def test_blank_nl_is_a_model_one_can_ask_for() -> None:
    from pipeline.model_choice import BLANK, expected_model
    from pipeline.nlp import is_statistical, load_nlp, model_name, requested_model

    nlp = load_nlp(BLANK)
    assert (model_name(nlp), requested_model(nlp), is_statistical(nlp)) == (BLANK, BLANK, False)
    assert expected_model(BLANK) == BLANK
