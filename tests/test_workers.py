"""Replaceable workers: a document that hangs, crashes or eats memory costs only itself, and the run finishes."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import time

import pytest
from conftest import RAW

import pipeline.run
from pipeline.nlp import load_nlp
from pipeline.workers import Job, Limits, Lost, Supervisor


def _work(task: str, state: object, stage) -> str:
    """Behaves as the task says: hang, die by a signal, exit, exhaust memory, or answer."""
    stage("doing " + task)
    if task == "hang":
        time.sleep(60)
    elif task == "sigkill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif task == "sigterm":
        os.kill(os.getpid(), signal.SIGTERM)
    elif task == "exit":
        os._exit(3)
    elif task == "oom":
        hog = [bytearray(64 << 20) for _ in range(64)]  # 4 GB, far past the limit
        return str(len(hog))
    elif task == "raise":
        raise KeyError("bug")
    elif task == "slow":
        time.sleep(0.3)
    elif task == "frozen":
        import gc
        return f"frozen {gc.get_freeze_count() > 0} by {state}"
    return f"{task} by {state}"


def _lost(task: str, why: Lost) -> str:
    return f"LOST {task}: {why.kind} in {why.stage}: {why.reason}"


JOB = Job(work=_work, lost=_lost, state="worker")


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_back_in_order(jobs):
    tasks = [f"t{i}" for i in range(20)] + ["slow", "t20"]
    assert list(Supervisor(JOB, jobs).run(tasks)) == [f"{t} by worker" for t in tasks]


def test_a_worker_settles_what_it_loaded_before_its_first_task():
    """The loaded pipeline is out of the garbage collector's sight in a worker (pipeline.workers.settle), not in
    the process that started it (here: pytest's, a library caller's)."""
    import gc

    before = gc.get_freeze_count()
    assert list(Supervisor(JOB, 1).run(["frozen"])) == ["frozen True by worker"]
    assert gc.get_freeze_count() == before


@pytest.mark.parametrize(("bad", "kind", "words"), [
    ("hang", "timeout", "no answer within 3 s (in stage doing hang)"),
    ("sigkill", "crashed", "killed by SIGKILL (the out-of-memory killer?) (in stage doing sigkill)"),
    ("sigterm", "crashed", "killed by SIGTERM (in stage doing sigterm)"),
    ("exit", "crashed", "exited with status 3 (in stage doing exit)"),
    ("raise", "error", "internal error: KeyError: 'bug' (in stage doing raise)"),
    ("oom", "crashed", "out of memory (limit 256 MB, in stage doing oom)"),
])
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_lost_worker_costs_only_its_task(bad, kind, words, jobs):
    tasks = ["a", bad, "b", "c", bad, "d"]
    out = list(Supervisor(JOB, jobs, Limits(seconds=3, memory_mb=256)).run(tasks))
    assert [o for o in out if not o.startswith("LOST")] == ["a by worker", "b by worker", "c by worker",
                                                             "d by worker"]
    lost = [o for o in out if o.startswith("LOST")]
    assert len(lost) == 2 and out.index(lost[0]) == 1 and out.index(lost[1], 2) == 4
    assert all(o.startswith(f"LOST {bad}: {kind} in doing {bad}: ") and words in o for o in lost), lost


def test_no_tasks_no_workers():
    assert list(Supervisor(JOB, 2).run([])) == []


def test_only_lost_tasks_still_end():
    out = list(Supervisor(JOB, 2, Limits(seconds=0.5)).run(["hang"] * 3))
    assert len(out) == 3 and all(o.startswith("LOST hang: timeout") for o in out)


def _table(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_hung_and_a_killed_document_leave_the_others_whole(tmp_path, monkeypatch, jobs):
    monkeypatch.delenv("PIPELINE_SPACY_MODEL", raising=False)
    nlp = load_nlp()
    good = tmp_path / "good"
    shutil.copytree(RAW, good)
    pipeline.run.run([good], tmp_path / "clean", nlp)

    mixed = tmp_path / "mixed"
    shutil.copytree(RAW, mixed)
    (mixed / "0-hangt.txt").write_text("Geachte voorzitter,\n", encoding="utf-8")
    (mixed / "zz-sterft.txt").write_text("Geachte voorzitter,\n", encoding="utf-8")
    real = pipeline.run.read_document

    def hostile(path):
        if path.name == "0-hangt.txt":
            time.sleep(60)
        if path.name == "zz-sterft.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path)

    monkeypatch.setattr(pipeline.run, "read_document", hostile)
    summary = pipeline.run.run([mixed], tmp_path / "out", nlp, jobs=jobs, limits=Limits(seconds=3))
    assert summary.ok == 5
    assert {(os.path.basename(s), st) for s, st, _ in summary.failed} == {("0-hangt.txt", "error"),
                                                                          ("zz-sterft.txt", "error")}
    docs = {r["doc_id"]: r for r in _table(tmp_path / "out" / "documents.csv")}
    assert docs["0-hangt"]["error"] == "timeout: no answer within 3 s (in stage read)"
    assert docs["zz-sterft"]["error"].startswith("crashed: the worker was killed by SIGKILL")
    assert docs["zz-sterft"]["sha256"]  # the lost document's row is as complete as a failed read's
    for table in ("references", "dates", "motions", "commitments", "entities", "footnotes"):
        assert _table(tmp_path / "out" / f"{table}.csv") == _table(tmp_path / "clean" / f"{table}.csv"), table
    for json_file in (tmp_path / "clean" / "documents").iterdir():
        twin = (tmp_path / "out" / "documents" / json_file.name).read_text(encoding="utf-8")
        assert twin == json_file.read_text(encoding="utf-8").replace(str(good), str(mixed))
