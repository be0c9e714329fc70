"""Safe output (issue 11): whole runs switched in at once, inputs and output checked first, unique ids,
valid UTF-8, CSV cells safe for spreadsheets. Hostile inputs are made at run time."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import RAW, ROOT

import pipeline.run
import pipeline.tables
from pipeline.cli import main
from pipeline.run import _failed, assign_ids, file_sha256, read_one, scan_inputs
from pipeline.tables import OutputError, OutputWriter, check_output, neutralise, recover, valid_text

SEEDS = sorted(RAW.glob("*.txt"))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def cli(*args: str | Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "PIPELINE_SPACY_MODEL"}
    return subprocess.Popen([sys.executable, "-m", "pipeline", "extract", *map(str, args), "-q"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)


def leftovers(out: Path) -> list[str]:
    """What a run leaves next to the output folder besides the folder and its lock file."""
    return sorted(p.name for p in out.parent.iterdir() if p.name not in (out.name, f".{out.name}.lock"))


# --- the whole run switched in at once ----------------------------------------------

def _until(proc: subprocess.Popen, ready) -> None:
    """Wait until ``ready()`` or the end of the process (polling; no time limit is asserted)."""
    while proc.poll() is None and not ready():
        time.sleep(0.002)


def test_killed_runs_leave_the_previous_run_or_the_new_one_whole(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    for k in range(3):  # enough documents that a run spends a while writing
        for s in SEEDS:
            shutil.copy(s, inp / f"{k}-{s.name}")
    prev_in = tmp_path / "prev"
    prev_in.mkdir()
    shutil.copy(SEEDS[0], prev_in)
    out, ref = tmp_path / "work" / "out", tmp_path / "ref"
    for src, dst in ((prev_in, out), (inp, ref)):
        proc = cli(src, "-o", dst)
        assert proc.wait() == 0, proc.stderr.read()
    prev, new = snapshot(out), snapshot(ref)
    assert prev != new

    proc = None
    new_dirs = lambda: list(out.parent.glob(f".out.new-{proc.pid}-*"))  # noqa: E731  (this run's, not leftovers)
    moments = {
        "at once": lambda: True,
        "new folder made": lambda: bool(new_dirs()),
        "documents being written": lambda: any(any((d / "documents").glob("*.json")) for d in new_dirs()),
        "tables being written": lambda: any((d / "documents.csv").exists() for d in new_dirs()),
    }
    for moment, ready in moments.items():
        proc = cli(inp, "-o", out)
        _until(proc, ready)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = snapshot(out)
        assert now in (prev, new), f"killed {moment}: a mix of runs"
        prev = now
    proc = cli(inp, "-o", out)
    assert proc.wait() == 0, proc.stderr.read()
    assert snapshot(out) == new
    assert leftovers(out) == [], "the next run cleans up after a killed one"


def _write(out: Path, rows: list[dict], model: str = "m") -> None:
    w = OutputWriter(out)
    for r in rows:
        w.add({"documents": [r]}, r)
    w.commit(model)


def test_fallback_switch_killed_between_its_renames_is_repaired(tmp_path, monkeypatch):
    out = tmp_path / "out"
    _write(out, [{"doc_id": "a"}])
    before = snapshot(out)
    monkeypatch.setattr(pipeline.tables, "_exchange", lambda a, b: False)
    real, calls = os.rename, []

    def dies_on_second(a, b):
        calls.append(a)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real(a, b)

    monkeypatch.setattr(os, "rename", dies_on_second)
    with pytest.raises(KeyboardInterrupt):
        _write(out, [{"doc_id": "b"}])
    monkeypatch.setattr(os, "rename", real)
    assert not out.exists()
    recover(out)
    assert snapshot(out) == before
    _write(out, [{"doc_id": "b"}])  # the fallback switch, uninterrupted
    assert (out / "documents" / "b.json").is_file() and not (out / "documents" / "a.json").exists()
    assert leftovers(out) == []


def test_previous_output_stays_until_the_switch_and_legacy_leftovers_go(tmp_path):
    out = tmp_path / "out"
    _write(out, [{"doc_id": "a"}])
    (out / ".staging-abc").mkdir()  # what older versions left behind
    before = snapshot(out)
    w = OutputWriter(out)
    w.add({"documents": [{"doc_id": "b"}]}, {"doc_id": "b"})
    assert snapshot(out) == {k: v for k, v in before.items() if not k.startswith(".staging")}
    with pytest.raises(OutputError, match="another run is writing"):
        OutputWriter(out)
    w.abort()
    assert leftovers(out) == []
    _write(out, [{"doc_id": "c"}])
    assert sorted(p.name for p in (out / "documents").iterdir()) == ["c.json"]


def test_output_through_a_symlink_stays_a_symlink(tmp_path):
    target, link = tmp_path / "real", tmp_path / "link"
    _write(target, [{"doc_id": "a"}])
    link.symlink_to(target)
    _write(link, [{"doc_id": "b"}])
    assert link.is_symlink() and (target / "documents" / "b.json").is_file()


# --- checked before anything is written ------------------------------------------------

@pytest.mark.parametrize("case, message", [
    ("missing input", "error: no such file or folder: "),
    ("output is a file", "is a file, not a folder"),
    ("output under a file", "is a file, not a folder"),
    ("output holds other files", "holds files this pipeline did not write (notes.ipynb)"),
])
def test_bad_arguments_exit_2_and_touch_nothing(tmp_path, capsys, case, message):
    out = tmp_path / "out"
    _write(out, [{"doc_id": "a"}])
    inp = [str(SEEDS[0])]
    (tmp_path / "file").write_text("x")
    if case == "missing input":
        inp.append(str(tmp_path / "missing.pdf"))
    elif case == "output is a file":
        out = tmp_path / "file"
    elif case == "output under a file":
        out = tmp_path / "file" / "out"
    else:
        (out / "notes.ipynb").write_text("{}")
    before = sorted(p.name for p in tmp_path.rglob("*")), snapshot(tmp_path)
    assert main(["extract", *inp, "-o", str(out), "-q"]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert (sorted(p.name for p in tmp_path.rglob("*")), snapshot(tmp_path)) == before


def test_output_may_not_be_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for out in (".", str(tmp_path.parent)):
        with pytest.raises(OutputError, match="current folder"):
            check_output(out)


# --- only regular files are read -------------------------------------------------------

def test_folder_scan_skips_what_is_no_regular_file(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(SEEDS[0], inp / "goed.txt")
    os.mkfifo(inp / "pijp.txt")
    (inp / "los.txt").symlink_to(tmp_path / "nergens.txt")
    (inp / "link.txt").symlink_to(inp / "goed.txt")
    (inp / "map.txt").mkdir()
    scan = scan_inputs([inp])
    assert scan.paths == [inp / "goed.txt", inp / "link.txt"]
    assert scan.skipped == [(inp / "los.txt", "dangling link"), (inp / "pijp.txt", "not a regular file (FIFO)")]
    assert scan.missing == []
    assert scan_inputs([inp / "los.txt"]).missing == [str(inp / "los.txt")]


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_named_fifo_or_device_gets_a_failed_row(tmp_path, kind):
    if kind == "fifo":
        path = tmp_path / "pijp.txt"
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")  # would never end if read
    doc = read_one(path, "x")
    assert (doc.status, doc.sha256) == ("error", "")
    assert doc.error.startswith("not a regular file")


def test_cli_skips_a_fifo_in_a_folder_with_a_message(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PIPELINE_SPACY_MODEL", raising=False)
    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(SEEDS[0], inp / "goed.txt")
    long_name = "lang" * 60 + ".txt"  # 244 bytes: its id and JSON name are capped
    shutil.copy(SEEDS[1], inp / long_name)
    os.mkfifo(inp / "pijp.txt")
    out = tmp_path / "out"
    assert main(["extract", str(inp), "-o", str(out), "-q"]) == 0
    err = capsys.readouterr().err
    assert f"skipped {inp / 'pijp.txt'}: not a regular file (FIFO)" in err
    ids = pd.read_csv(out / "documents.csv", dtype=str)["doc_id"].tolist()
    assert len(ids) == 2 and "goed" in ids
    assert sorted(p.name for p in (out / "documents").iterdir()) == sorted(f"{i}.json" for i in ids)


# --- doc_ids ---------------------------------------------------------------------------

@pytest.mark.parametrize("names, ids", [
    (["a/brief-2.txt", "a/brief.txt", "b/brief.txt"], ["brief-2", "brief", "brief-3"]),
    (["a/brief.txt", "b/brief.txt", "c/brief-2.txt"], ["brief", "brief-3", "brief-2"]),
    (["a/nota.txt", "b/nota.txt", "c/Nota.txt"], ["nota", "nota-2", "Nota-3"]),
    (["a/x.txt", "a/x-2.txt", "b/x.txt", "c/x.txt", "a/x-3.txt"], ["x", "x-2", "x-4", "x-5", "x-3"]),
    (["-rf.txt", "=SUM(A1).txt", "@x.txt"], ["_rf", "_SUM_A1_", "_x"]),
    (["een spatie.txt", "€.txt"], ["een_spatie", "_"]),
])
def test_ids_are_unique_by_construction(names, ids):
    got = assign_ids([Path(n) for n in names])
    assert got == ids
    assert len({i.lower() for i in got}) == len(got)


@pytest.mark.parametrize("stem", ["a" * 300, "é" * 200, "数" * 100, "a" * 119 + "é"])
def test_long_names_are_capped_with_a_hash(stem):
    ids = assign_ids([Path(f"x/{stem}.txt"), Path(f"y/{stem}.txt"), Path(f"x/{stem}b.txt")])
    for i in ids:
        assert len(f"{i}.json".encode()) < 140
    assert len({i.lower() for i in ids}) == 3
    if len(stem.encode()) > pipeline.run.MAX_ID_BYTES:
        h = hashlib.sha256(f"{stem}.txt".encode()).hexdigest()[:10]
        assert ids[0].endswith("-" + h) and ids[1] == ids[0] + "-2"


# --- text as written -------------------------------------------------------------------

@pytest.mark.parametrize("text, valid", [
    ("gewoon", "gewoon"),
    ("café", "café"),
    ("los \ud800 stuk", "los \ufffd stuk"),
    ("\udcff", "\ufffd"),
    ("paar \ud83d\ude00", "paar \U0001f600"),
])
def test_valid_text(text, valid):
    assert valid_text(text) == valid
    valid.encode("utf-8")


def test_a_lone_surrogate_cannot_crash_the_write(tmp_path):
    out = tmp_path / "out"
    _write(out, [{"doc_id": "a", "title": "kapot \ud800 teken", "text": "x\udcff"}])
    data = json.loads((out / "documents" / "a.json").read_bytes().decode("utf-8"))
    assert data["title"] == "kapot \ufffd teken" and data["text"] == "x\ufffd"
    docs = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    assert docs.loc[0, "title"] == "kapot \ufffd teken"


@pytest.mark.parametrize("value, written", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+31 70 123", "'+31 70 123"),
    ("- eerste punt", "'- eerste punt"),
    ("@SUM(1)", "'@SUM(1)"),
    ("\tx", "'\tx"),
    ("\rx", "'\rx"),
    ("-12", "-12"),
    ("+3,5", "+3,5"),
    ("zin met - eerste punt", "zin met - eerste punt"),
    ("", ""),
    (None, None),
    (-5, -5),
])
def test_neutralise(value, written):
    assert neutralise(value) == written


def test_formula_cells_are_neutralised_in_the_csv_only(tmp_path):
    out = tmp_path / "out"
    row = {"doc_id": "a", "title": "=1+1", "addressee": "- eerste punt", "n_pages": -3, "n_chars": 7}
    _write(out, [row])
    docs = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    assert (docs.loc[0, "title"], docs.loc[0, "addressee"]) == ("'=1+1", "'- eerste punt")
    assert (docs.loc[0, "n_pages"], docs.loc[0, "n_chars"]) == ("-3", "7")
    data = json.loads((out / "documents" / "a.json").read_text(encoding="utf-8"))
    assert (data["title"], data["addressee"]) == ("=1+1", "- eerste punt")


# --- the error path hashes in chunks -----------------------------------------------------

def test_failed_document_is_hashed_in_chunks(tmp_path, monkeypatch):
    path = tmp_path / "groot.pdf"
    data = os.urandom(3 * 1024 + 17)
    path.write_bytes(data)
    assert file_sha256(path, chunk=1024) == hashlib.sha256(data).hexdigest()

    def no_whole_reads(self):
        raise AssertionError("read whole")

    monkeypatch.setattr(Path, "read_bytes", no_whole_reads)
    assert _failed(path, "groot", "error", "kapot").sha256 == hashlib.sha256(data).hexdigest()
    assert _failed(tmp_path / "weg.pdf", "weg", "error", "kapot").sha256 == ""


def test_tables_an_earlier_version_listed_are_its_own(tmp_path):
    out = tmp_path / "out"
    _write(out, [{"doc_id": "a"}])
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    package["resources"].append({"name": "oud", "path": "oud.csv"})
    (out / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    (out / "oud.csv").write_text("x\n")
    assert check_output(out) == out.resolve()
    (out / "eigen.csv").write_text("x\n")
    with pytest.raises(OutputError, match=r"did not write \(eigen.csv\)"):
        check_output(out)
