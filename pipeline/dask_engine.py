"""The per-document work on a Dask cluster: ``extract --engine dask [--scheduler ADDRESS]``.

An engine takes the run's tasks and yields their results in task order (``pipeline.run.Engine``); the run
writes them with the same writer as a local run, so the output is byte for byte the same. Dask distributed
does the scheduling, the moving of results and the replacing of dead workers; this module only says what a
worker does with one task and keeps the number of documents in flight bounded, so memory stays flat.

Each worker process loads the spaCy pipeline once (a cache in the worker, keyed by model) and checks that it
runs what the client runs: the same pipeline version, model, PDF reader and size limits, else the run stops
with a clear error instead of writing a mix. The workers read the input files by the paths the client found,
so on a real cluster every worker must see the inputs at the same path (a shared file system: NFS, a
mounted bucket; absolute paths, or workers started in the same folder). Without an address a ``LocalCluster``
of worker processes is started on this machine and closed at the end.

A document whose work raises becomes that document's error row, as with local workers; a document that kills
its worker is retried by Dask on another one (``distributed.scheduler.allowed-failures``) and then becomes an
error row. The per-document time and memory limits of local workers (``--timeout``, ``--max-memory``) do
not apply here: Dask's nanny restarts a worker past its ``--memory-limit``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from distributed import Client, LocalCluster, as_completed
from spacy.language import Language

from pipeline import __version__
from pipeline.nlp import load_nlp, model_name, requested_model
from pipeline.run import Engine, Result, Task, _lost, extract_one
from pipeline.settings import settings
from pipeline.workers import Lost, settle


class EngineError(Exception):
    """The cluster cannot run this job as a local run would (another model or version, unreadable inputs)."""


@dataclass(frozen=True)
class Fingerprint:
    """What decides a document's output besides its bytes; a worker must have the client's."""

    version: str
    model: str
    pdf_backend: str
    limits: Any

    def differences(self, other: Fingerprint) -> str:
        fields = ("version", "model", "pdf_backend", "limits")
        return ", ".join(f"{k} {getattr(other, k)!r} on the worker, {getattr(self, k)!r} on the client"
                         for k in fields if getattr(self, k) != getattr(other, k))


def fingerprint(nlp: Language) -> Fingerprint:
    s = settings()
    return Fingerprint(__version__, model_name(nlp), s.pdf_backend, s.limits)


WAIT_FOR_WORKERS = 120  # seconds a run waits for the first worker of a cluster given by address


_NLP: dict[str | None, Language] = {}  # in a worker process: the pipeline per requested model, loaded once


def _worker_nlp(model: str | None, expected: Fingerprint) -> Language:
    """The worker's pipeline, loaded on its first task; an EngineError if it is not the client's."""
    nlp = _NLP.get(model)
    if nlp is None:
        nlp = _NLP[model] = load_nlp(model)
        settle()
    found = fingerprint(nlp)
    if found != expected:
        raise EngineError(f"worker {os.uname().nodename} pid {os.getpid()} differs from the client: "
                          f"{expected.differences(found)}")
    return nlp


def _prepare_worker(model: str | None, expected: Fingerprint, probe: str | None) -> None:
    """Run on every worker before the tasks: load the model, compare, and check that the inputs are there
    (``probe``: an input the client sees)."""
    _worker_nlp(model, expected)
    if probe is not None and not os.path.exists(probe):
        raise EngineError(f"worker {os.uname().nodename} cannot see the input {probe} (in {os.getcwd()}): "
                          "every worker must read the inputs at the same path (a shared file system)")


def _work(task: Task, model: str | None, expected: Fingerprint) -> Result | Lost:
    """One document on a worker; an exception the work lets through becomes a Lost, as in a local worker."""
    nlp = _worker_nlp(model, expected)
    start, stage = time.perf_counter(), ["start"]

    def enter(name: str) -> None:
        stage[0] = name

    try:
        return extract_one(task, nlp, enter)
    except MemoryError:
        return Lost("crashed", stage[0], f"crashed: out of memory (in stage {stage[0]})",
                    time.perf_counter() - start)
    except Exception as exc:  # a bug the work did not catch: its document fails, the worker goes on
        return Lost("error", stage[0], f"internal error: {type(exc).__name__}: {exc} (in stage {stage[0]})",
                    time.perf_counter() - start)


def dask_results(tasks: list[Task], nlp: Language, scheduler: str | None = None, workers: int = 1,
                 window: int | None = None) -> Iterator[Result]:
    """The tasks' results in task order, extracted on the Dask cluster at ``scheduler`` (an address such as
    ``tcp://host:8786``), or on a new LocalCluster of ``workers`` processes (one thread each) without one.

    At most ``window`` documents (default: four per worker thread) are submitted ahead of the oldest one not
    yet yielded, so neither the cluster nor this process holds more than that many results.
    """
    if not tasks:
        return
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.ERROR)
    try:
        with Client(scheduler or cluster) as client:
            yield from _stream(client, tasks, nlp, window)
    finally:
        if cluster is not None:
            cluster.close()


def _stream(client: Client, tasks: list[Task], nlp: Language, window: int | None) -> Iterator[Result]:
    model, expected, lost = requested_model(nlp), fingerprint(nlp), _lost(model_name(nlp))
    try:
        client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS)
    except (TimeoutError, asyncio.TimeoutError):  # the same class from Python 3.11 on
        raise EngineError(f"no Dask worker joined the scheduler within {WAIT_FOR_WORKERS} s") from None
    probe = next((str(t.path) for t in tasks if t.path.exists()), None)
    client.run(_prepare_worker, model, expected, probe)
    threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
    window = window or 4 * max(threads, 1)
    pending: dict[Any, int] = {}
    finished: dict[int, Result] = {}
    flow = as_completed()
    next_in = next_out = 0

    def fill() -> None:
        nonlocal next_in
        while next_in < len(tasks) and next_in < next_out + window:
            future = client.submit(_work, tasks[next_in], model, expected, pure=False)
            pending[future] = next_in
            flow.add(future)
            next_in += 1

    fill()
    for future in flow:
        index = pending.pop(future)
        finished[index] = _outcome(future, tasks[index], lost)
        future.release()
        while next_out in finished:
            yield finished.pop(next_out)
            next_out += 1
        fill()


def _outcome(future: Any, task: Task, lost: Any) -> Result:
    """The document's result; a Lost (from the worker, or a worker that died) becomes its error row."""
    try:
        why = future.result()
    except EngineError:
        raise
    except Exception as exc:  # KilledWorker: the document killed its workers (or they died under it)
        why = Lost("crashed", "", f"crashed: Dask lost the workers that ran it ({type(exc).__name__}; "
                                  "see the worker logs)")  # not str(exc): it names a random task key
    return lost(task, why) if isinstance(why, Lost) else why


def dask_engine(nlp: Language, scheduler: str | None = None, workers: int = 1) -> Engine:
    """An engine for ``pipeline.run.run(..., engine=...)`` that runs the documents on Dask."""
    return lambda tasks: dask_results(tasks, nlp, scheduler, workers)


__all__ = ["EngineError", "dask_engine", "dask_results"]
