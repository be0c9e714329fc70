"""The Dask engine: a LocalCluster of two worker processes writes what local workers write, byte for byte,
a broken PDF and a document whose work raises included; a worker that is not the client's stops the run."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys

import pytest
from conftest import RAW, ROOT

pytest.importorskip("distributed", reason="Dask distributed is not installed (pip install '.[cluster]')")

import cloudpickle  # noqa: E402  (comes with distributed)
from distributed import Client, LocalCluster, WorkerPlugin  # noqa: E402

import pipeline.rows  # noqa: E402
import pipeline.run  # noqa: E402
from pipeline import dask_engine  # noqa: E402
from pipeline.nlp import load_nlp  # noqa: E402

BOOM = "ONTPLOFT"  # a document with this word makes the work raise past extract_one's own handling


def _files(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _break(module) -> None:
    """Make ``module.table_rows`` (pipeline.rows's, which pipeline.run calls) raise on a document holding BOOM."""
    real = module.table_rows

    def table_rows(sdoc):
        if BOOM in sdoc.text:
            raise KeyError("bug")
        return real(sdoc)

    module.table_rows = table_rows


class _Hostile(WorkerPlugin):
    """Breaks the work in every Dask worker, as monkeypatch does in the (forked) local workers."""

    def setup(self, worker) -> None:
        import pipeline.rows

        _break(pipeline.rows)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask") / "in"
    shutil.copytree(RAW, folder)
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    (folder / "zz-faalt.txt").write_text(f"Geachte voorzitter,\n\nDit document {BOOM} in de worker.\n",
                                         encoding="utf-8")
    return folder


def test_a_local_cluster_writes_what_local_workers_write(inputs, tmp_path, monkeypatch):
    monkeypatch.delenv("PIPELINE_SPACY_MODEL", raising=False)
    monkeypatch.setattr(pipeline.rows, "table_rows", pipeline.rows.table_rows)  # undone after the test
    _break(pipeline.rows)
    nlp = load_nlp()
    local = pipeline.run.run([inputs], tmp_path / "local", nlp, jobs=2)
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test module
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        client.register_plugin(_Hostile())
        engine = dask_engine.dask_engine(nlp, cluster.scheduler_address)
        on_dask = pipeline.run.run([inputs], tmp_path / "dask", nlp, engine=engine)
        assert len(client.scheduler_info()["workers"]) == 2
    assert (local.ok, local.failed, local.rows) == (on_dask.ok, on_dask.failed, on_dask.rows)
    assert local.ok == 5
    assert {(p.rsplit("/", 1)[-1], reason) for p, _, reason in local.failed} == {
        ("kapot.pdf", local.failed[0][2]), ("zz-faalt.txt", "internal error: KeyError: 'bug' (in stage tables)")}
    assert _files(tmp_path / "local") == _files(tmp_path / "dask")


def test_the_cli_starts_its_own_local_cluster(inputs, tmp_path, monkeypatch):
    monkeypatch.delenv("PIPELINE_SPACY_MODEL", raising=False)
    local = pipeline.run.run([inputs], tmp_path / "local", load_nlp(), jobs=2)
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(inputs), "-o", str(tmp_path / "dask"),
                           "-q", "-j", "2", "--engine", "dask"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr  # kapot.pdf fails (zz-faalt is fine without the plugin)
    assert (local.ok, len(local.failed)) == (6, 1) and "6 ok, 1 failed" in proc.stdout
    assert _files(tmp_path / "local") == _files(tmp_path / "dask")


def test_scheduler_needs_the_dask_engine(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(RAW), "-o", str(tmp_path / "o"),
                           "--scheduler", "tcp://127.0.0.1:8786"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2 and "--scheduler needs --engine dask" in proc.stderr


def test_a_worker_unlike_the_client_stops_the_run(tmp_path):
    nlp = load_nlp()
    expected = dask_engine.fingerprint(nlp)
    dask_engine._worker_nlp(None, expected)  # the same: fine
    mine = expected.pdf_backend
    other = "pdfplumber" if mine == "pdfium" else "pdfium"
    with pytest.raises(dask_engine.EngineError, match=f"pdf_backend '{mine}' on the worker, '{other}' on the client"):
        dask_engine._worker_nlp(None, dataclasses.replace(expected, pdf_backend=other))
    with pytest.raises(dask_engine.EngineError, match="cannot see the input"):
        dask_engine._prepare_worker(None, expected, str(tmp_path / "elsewhere.pdf"))
