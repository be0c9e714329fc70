"""Per-document work in worker processes that can be replaced, each document under a time and a memory limit.

A worker that has not answered when its document's time is up is killed; one that dies (the out-of-memory
killer, a crash in a C library, a signal) is noticed at once. Either way only its document fails, with the
stage it was in, a fresh worker takes its place and the run goes on. Results come back in input order.

Workers are forked from the running process where the platform allows it, so they share the loaded model
and start in milliseconds; elsewhere they are spawned and load the model themselves.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from pipeline.settings import settings

T = TypeVar("T")
R = TypeVar("R")

Stage = Callable[[str], None]


@dataclass(frozen=True)
class Limits:
    """What one document may cost: wall-clock seconds, and memory a worker may add (MB; None: no limit)."""

    seconds: float = 300.0
    memory_mb: int | None = 4096


@dataclass(frozen=True)
class Lost:
    """Why a document got no answer: ``timeout``, ``crashed`` or ``error`` (an exception the work let through),
    the stage it was in, and a readable reason."""

    kind: str
    stage: str
    reason: str
    seconds: float = 0.0  # from the moment the document was given to its worker


@dataclass(frozen=True)
class Job(Generic[T, R]):
    """The work: ``work(task, state, stage)`` runs in a worker; ``load()`` gives its state (the model) in a
    spawned worker; ``lost(task, Lost)`` makes the result of a document whose worker was lost."""

    work: Callable[[T, Any, Stage], R]
    lost: Callable[[T, Lost], R]
    state: Any = None
    load: Callable[[], Any] | None = None


def default_limits() -> Limits:
    """The limits the settings give (``PIPELINE_TIMEOUT`` seconds, ``PIPELINE_MAX_MEMORY_MB``; 0 for none)."""
    s = settings()
    return Limits(seconds=s.timeout_seconds, memory_mb=s.max_memory_mb or None)


_INHERITED: dict[str, Any] = {}  # the job a forked worker finds in its copy of the parent's memory


def _serve(conn: Connection, job: Job | None, memory_mb: int | None, parent: int) -> None:
    """A worker's life: take tasks until told to stop, telling the parent each stage it enters."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops the workers
    if job is None:  # forked: let go of what belongs to the parent
        _detach(parent)
        job = _INHERITED["job"]
    _limit_memory(memory_mb)
    state = job.load() if job.load is not None else job.state
    settle()
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        index, task = item

        def stage(name: str, index: int = index) -> None:
            conn.send(("stage", index, name))

        try:
            result = job.work(task, state, stage)
        except MemoryError:
            conn.send(("oom", index, None))
            return  # the heap may be in pieces: a fresh worker takes over
        except Exception as exc:  # a bug the work did not catch: its document fails, the worker goes on
            conn.send(("error", index, f"internal error: {type(exc).__name__}: {exc}"))
            continue
        conn.send(("done", index, result))


def _detach(parent: int) -> None:
    """In a forked worker: die with the parent, and close the copies of the parent's files it inherited.

    Were they kept, a worker orphaned by a killed run would keep the output's lock (so the next run could not
    start) and the other workers' pipes open (so none of them would see the end of its own and quit).
    """
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
    if os.getppid() != parent:
        os._exit(0)
    for conn in _INHERITED.get("parent_ends", []):
        with contextlib.suppress(OSError):
            conn.close()
    for fd in _INHERITED.get("close", ()):
        with contextlib.suppress(OSError):
            os.close(fd)


def _limit_memory(memory_mb: int | None) -> None:
    """Cap the address space at what the worker has now plus ``memory_mb``: past it, allocations fail with
    MemoryError in this worker instead of the machine's out-of-memory killer picking a process."""
    if not memory_mb:
        return
    try:
        import resource

        with open("/proc/self/statm") as fh:
            size = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = size + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, OSError, ValueError):
        pass  # no /proc or no rlimits on this platform: the time limit still holds


class _Worker:
    def __init__(self, ctx: Any, job: Job, limits: Limits) -> None:
        parent, child = ctx.Pipe()
        forked = ctx.get_start_method() == "fork"
        self.process = ctx.Process(target=_serve, daemon=True,
                                   args=(child, None if forked else job, limits.memory_mb, os.getpid()))
        self.process.start()
        child.close()
        self.conn = parent
        _INHERITED.setdefault("parent_ends", []).append(parent)
        self.index: int | None = None
        self.stage = ""
        self.deadline = self.started = 0.0

    def give(self, index: int, task: Any, seconds: float) -> None:
        self.index, self.stage, self.started = index, "start", time.monotonic()
        self.deadline = self.started + seconds
        self.conn.send((index, task))

    def stop(self, kill: bool = False) -> None:
        if not kill:
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(1)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()
        with contextlib.suppress(ValueError):
            _INHERITED.get("parent_ends", []).remove(self.conn)


def settle() -> None:
    """In a process of the run (the command's, a worker), once the pipeline is loaded: what is loaded so far (the
    model and its vocabulary, the grammars, the gazetteers: over 100,000 objects) lives as long as the process,
    so the garbage collector stops walking it (``gc.freeze``); each full collection would otherwise visit all of it
    again (about 5% of the CPU of a run over letters). A forked worker also leaves those pages of its parent's
    memory unwritten. Not for a library caller's process: what it has made so far would never be collected."""
    gc.freeze()


def forks() -> bool:
    """Whether workers are forked (and so inherit the loaded model) rather than spawned."""
    return "fork" in multiprocessing.get_all_start_methods()


def _context() -> Any:
    return multiprocessing.get_context("fork" if forks() else "spawn")


class Supervisor(Generic[T, R]):
    """Runs a job's tasks on ``jobs`` workers and yields their results in task order."""

    def __init__(self, job: Job[T, R], jobs: int = 1, limits: Limits | None = None, window: int = 8,
                 private_fds: tuple[int, ...] = ()) -> None:
        """``private_fds``: the caller's open files (a lock) that forked workers must not keep."""
        self.job, self.jobs, self.limits = job, max(jobs, 1), limits or default_limits()
        self.private_fds = private_fds
        self.window = window * self.jobs  # finished results held back for order are bounded
        self.ctx = _context()

    def run(self, tasks: list[T]) -> Iterator[R]:
        if not tasks:
            return
        _INHERITED.update(job=self.job, close=self.private_fds)
        workers = [_Worker(self.ctx, self.job, self.limits) for _ in range(min(self.jobs, len(tasks)))]
        queue = deque(enumerate(tasks))
        done: dict[int, R] = {}
        next_out = 0
        try:
            while next_out < len(tasks):
                self._dispatch(workers, queue, next_out)
                self._collect(workers, tasks, done)
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
        finally:
            for w in workers:
                w.stop(kill=w.index is not None)
            _INHERITED.pop("job", None)
            _INHERITED.pop("close", None)

    def _dispatch(self, workers: list[_Worker], queue: deque, next_out: int) -> None:
        for w in workers:
            if w.index is None and queue and queue[0][0] < next_out + self.window:
                index, task = queue.popleft()
                w.give(index, task, self.limits.seconds)

    def _collect(self, workers: list[_Worker], tasks: list[T], done: dict[int, R]) -> None:
        busy = [w for w in workers if w.index is not None]
        if not busy:
            return
        timeout = max(min(w.deadline for w in busy) - time.monotonic(), 0.0)
        ready = set(wait([w.conn for w in busy], timeout))
        for k, w in enumerate(workers):
            if w.index is None:
                continue
            if w.conn in ready:
                lost = self._receive(w, tasks, done)
            elif time.monotonic() >= w.deadline:
                lost = Lost("timeout", w.stage, f"timeout: no answer within {self.limits.seconds:g} s "
                                                 f"(in stage {w.stage})")
            else:
                continue
            if lost is not None:
                lost = dataclasses.replace(lost, seconds=time.monotonic() - w.started)
                done[w.index] = self.job.lost(tasks[w.index], lost)
                w.stop(kill=True)
                workers[k] = _Worker(self.ctx, self.job, self.limits)

    def _receive(self, w: _Worker, tasks: list[T], done: dict[int, R]) -> Lost | None:
        """Read what a worker said; a Lost when it died or ran out of memory (it is then replaced)."""
        try:
            kind, index, payload = w.conn.recv()
        except (EOFError, OSError):
            w.process.join(5)
            return Lost("crashed", w.stage, f"crashed: the worker {_death(w.process.exitcode)} "
                                            f"(in stage {w.stage})")
        if kind == "stage":
            w.stage = payload
            return None
        if kind == "error":  # the worker itself is fine and takes the next task
            done[index] = self.job.lost(tasks[index], Lost("error", w.stage, f"{payload} (in stage {w.stage})",
                                                           time.monotonic() - w.started))
            w.index = None
            return None
        if kind == "oom":
            limit = f"{self.limits.memory_mb} MB" if self.limits.memory_mb else "the machine's memory"
            return Lost("crashed", w.stage, f"crashed: out of memory (limit {limit}, in stage {w.stage})")
        done[index] = payload
        w.index = None
        return None


def _death(exitcode: int | None) -> str:
    if exitcode is None:
        return "stopped answering"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = " (the out-of-memory killer?)" if -exitcode == signal.SIGKILL else ""
        return f"was killed by {name}{hint}"
    return f"exited with status {exitcode}"
