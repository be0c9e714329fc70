"""extract --parquet: <table>.parquet beside each CSV, typed as pipeline.load types the CSV, written before the
atomic switch, counted as the run's own files; a clear message without pyarrow."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT, blank_pipeline, seed

import pipeline
import pipeline.parquet
from pipeline.cli import main
from pipeline.loader import read_csv
from pipeline.run import run
from pipeline.schema import CONTRACT_ORDER

pa = pytest.importorskip("pyarrow", reason="pyarrow is the [parquet] extra (in dev)")
pq = pytest.importorskip("pyarrow.parquet")


def extract(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "extract", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def parquet_run(tmp_path_factory) -> Path:
    """A run through the command line with --parquet: a document with footnotes, one without, an empty one."""
    inputs = tmp_path_factory.mktemp("inputs")
    (inputs / "empty.txt").write_text("")
    out = tmp_path_factory.mktemp("pq") / "out"
    proc = extract(seed("000"), seed("001"), inputs / "empty.txt", "-o", out, "--parquet", "-q", "--no-cache")
    assert proc.returncode == 1, proc.stderr  # the empty document failed
    return out


def test_a_parquet_file_beside_each_csv(parquet_run):
    names = {p.name for p in parquet_run.iterdir()}
    assert {f"{t}.parquet" for t in CONTRACT_ORDER} <= names
    assert not [n for n in names if n.startswith(".")]


def test_parquet_round_trip_equals_load_of_the_csv(parquet_run):
    from_parquet = pipeline.load(parquet_run)
    for table in CONTRACT_ORDER:
        from_csv = read_csv(table, parquet_run / f"{table}.csv")
        pd.testing.assert_frame_equal(from_parquet[table], from_csv, check_exact=True)
        assert len(from_csv) == len(pd.read_csv(parquet_run / f"{table}.csv")), table


@pytest.mark.parametrize("table, column, arrow_type", [
    ("documents", "dossier", pa.string()), ("documents", "n_pages", pa.int64()),
    ("documents", "kamerstuk_inferred", pa.bool_()), ("documents", "signatories", pa.list_(pa.string())),
    ("documents", "date_start", pa.timestamp("ms")), ("references", "ondernummer", pa.string()),
    ("references", "footnote", pa.string()), ("dates", "value_end", pa.timestamp("ms")),
    ("motions", "submitters", pa.list_(pa.string())), ("footnotes", "anchor_char", pa.int64()),
])
def test_arrow_types_follow_the_schema(parquet_run, table, column, arrow_type):
    assert pq.read_schema(parquet_run / f"{table}.parquet").field(column).type == arrow_type


def test_a_table_without_rows_keeps_its_types(tmp_path):
    out = tmp_path / "out"
    run([seed("000")], out, blank_pipeline(), parquet=True)  # a news item: no footnotes, no references
    notes = pq.read_table(out / "footnotes.parquet")
    assert notes.num_rows == 0
    assert notes.schema.field("page_no").type == pa.int64() and notes.schema.field("number").type == pa.string()
    loaded = pipeline.load(out)["footnotes"]
    assert len(loaded) == 0 and str(loaded.page_no.dtype) == "Int64"


def test_parquet_files_are_the_runs_own_and_go_with_it(parquet_run, tmp_path):
    out = tmp_path / "out"
    run([seed("000")], out, blank_pipeline(), parquet=True)
    run([seed("000")], out, blank_pipeline())  # the folder holds parquet files: still this pipeline's
    assert not list(out.glob("*.parquet"))
    (out / "notes.parquet").write_bytes(b"PAR1")
    proc = extract(seed("000"), "-o", out, "-q", "--no-cache")
    assert proc.returncode == 2 and "notes.parquet" in proc.stderr


def test_a_failed_parquet_write_leaves_the_previous_run(tmp_path, monkeypatch):
    out = tmp_path / "out"
    run([seed("000")], out, blank_pipeline())
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def fails(table: str, csv: Path, target: Path) -> None:
        target.write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(pipeline.parquet, "write_table", fails)
    with pytest.raises(OSError, match="disk full"):
        run([seed("001")], out, blank_pipeline(), parquet=True)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.new")]


def test_without_pyarrow_parquet_stops_before_anything_is_written(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    out = tmp_path / "out"
    assert main(["extract", str(seed("000")), "-o", str(out), "--parquet", "-q", "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert "--parquet needs pyarrow" in err and "[parquet]" in err
    assert not out.exists()
