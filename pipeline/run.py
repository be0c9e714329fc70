"""Run the stages over a set of inputs: ingest → text → nlp (every extractor) → rows → tables.

One failing document gets a status row and a one-line reason; the others
their full output.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.cache import Cache
from pipeline.document import Document
from pipeline.ingest import SUPPORTED_SUFFIXES, IngestError, read_document
from pipeline.model_choice import LazyPipeline
from pipeline.tables import OutputWriter, Rendered, render
from pipeline.workers import Job, Limits, Lost, Stage, Supervisor, forks

if TYPE_CHECKING:  # spaCy is imported where a document is parsed: a re-run from the cache never needs it
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass
class RunSummary:
    ok: int = 0
    cached: int = 0  # of them taken from the cache
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (source, status, reason)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    contents: dict[str, list[str]] = field(default_factory=dict)  # sha256 -> the files that hold it

    def line(self, out_dir: str | Path) -> str:
        rows = ", ".join(f"{k} {v}" for k, v in self.rows.items())
        cached = f" ({self.cached} unchanged, from the cache)" if self.cached else ""
        return (f"{plural(self.ok + len(self.failed), 'document')}{cached}: {self.ok} ok, {len(self.failed)} "
                f"failed; rows: {rows}; {self.seconds:.1f} s -> {out_dir}")

    def saw(self, sha256: str, source: str) -> None:
        """Note a document's content, to find the same file under two names."""
        if sha256:
            self.contents.setdefault(sha256, []).append(source)

    def duplicates(self) -> dict[str, list[str]]:
        """Content (sha256) read from more than one file: the files, in input order."""
        return {sha: sources for sha, sources in self.contents.items() if len(sources) > 1}


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@dataclass
class Inputs:
    """What the named inputs hold: the files to read, the named ones that do not exist, what was skipped."""

    paths: list[Path] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # (path, why)
    unknown: dict[str, list[Path]] = field(default_factory=dict)  # suffix -> files of a format no reader reads

    def unknown_line(self) -> str:
        """'not read (unknown format): .xlsx: 2 files (a.xlsx, b.xlsx)'; '' when every file had a reader."""
        if not self.unknown:
            return ""
        parts = []
        for suffix, files in sorted(self.unknown.items()):
            names = ", ".join(f.name for f in files[:5]) + (", ..." if len(files) > 5 else "")
            parts.append(f"{suffix}: {len(files)} file{'s' if len(files) > 1 else ''} ({names})")
        return "not read (unknown format): " + "; ".join(parts)

    def nothing_to_read(self, inputs: list[str]) -> str:
        """The error when no file has a reader, with what the folders do hold."""
        found = f"\n{self.unknown_line()}" if self.unknown else ""
        return f"error: no {', '.join(SUPPORTED_SUFFIXES)} files in {' '.join(map(str, inputs))}{found}"


def scan_inputs(inputs: list[str | Path]) -> Inputs:
    """Files and folders (recursively) of supported types, sorted, without duplicates.

    In a folder only regular files (or links to them) are taken: FIFOs, devices,
    sockets and dangling links are skipped with the reason, so none can block
    the reader. A named file is taken as given (one that is no regular file gets
    a failed row); a named path that does not exist is reported as missing.
    """
    found: set[Path] = set()
    scan = Inputs()
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for f in p.rglob("*"):
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if f.suffix.lower() not in SUPPORTED_SUFFIXES:
                    if f.is_file():
                        scan.unknown.setdefault(f.suffix.lower() or "(no suffix)", []).append(f)
                    continue
                why = not_regular(f)
                if why is None:
                    found.add(f)
                elif why != "folder":
                    scan.skipped.append((f, why))
        elif not p.exists():
            scan.missing.append(str(item))
            found.add(p)  # for callers that do not check: it becomes an error row
        else:
            found.add(p)
    scan.paths = sorted(found, key=lambda f: (str(f).lower(), str(f)))
    scan.skipped.sort(key=lambda s: str(s[0]))
    for files in scan.unknown.values():
        files.sort()
    return scan


def find_inputs(inputs: list[str | Path]) -> list[Path]:
    """The files ``scan_inputs`` finds (a missing named file included: it becomes an error row)."""
    return scan_inputs(inputs).paths


def not_regular(path: Path) -> str | None:
    """None for a regular file (or a link to one), else what it is: folder, FIFO, device, socket, dangling link."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return "dangling link" if path.is_symlink() else f"cannot read it: {exc.strerror or exc}"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "not a regular file (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "not a regular file (device)"
    if stat.S_ISSOCK(mode):
        return "not a regular file (socket)"
    return "not a regular file"


MAX_ID_BYTES = 120  # a doc_id, and so the name of its JSON file, stays far below the 255 bytes a file name may have


def assign_ids(paths: list[Path]) -> list[str]:
    """File stems, made unique with -2, -3, ... in input order, never taking another file's stem.

    Unique without regard to case (the JSON files may land on a case-insensitive
    file system); a stem longer than MAX_ID_BYTES is cut, with a short hash of
    the whole file name.
    """
    stems = [_id_stem(p) for p in paths]
    reserved = {s.lower() for s in stems}
    used: set[str] = set()
    ids = []
    for stem in stems:
        cand, n = stem, 1
        while cand.lower() in used or (n > 1 and cand.lower() in reserved):
            n += 1
            cand = f"{stem}-{n}"
        used.add(cand.lower())
        ids.append(cand)
    return ids


def _id_stem(p: Path) -> str:
    stem = re.sub(r"[^\w.-]+", "_", p.stem) or "document"
    if stem.startswith("-"):
        stem = "_" + stem[1:]  # no option-like names, nothing a spreadsheet takes for a formula
    if len(stem.encode("utf-8")) <= MAX_ID_BYTES:
        return stem
    digest = hashlib.sha256(os.fsencode(p.name)).hexdigest()[:10]
    while len(stem.encode("utf-8")) > MAX_ID_BYTES - len(digest) - 1:
        stem = stem[:-1]
    return f"{stem}-{digest}"


def read_one(path: Path, doc_id: str, stage: Stage = lambda name: None) -> Document:
    """Read and clean one file; whatever goes wrong becomes the document's status, never an exception."""
    why = not_regular(path)
    if why is not None and why.startswith(("not a regular file", "folder")):
        return _failed(path, doc_id, "error", why if why != "folder" else "a folder, not a file")
    from pipeline.text import clean_document  # not imported by a re-run served from the cache

    try:
        stage("read")
        raw = read_document(path)
        stage("text")
        return clean_document(raw, doc_id)
    except IngestError as exc:
        return _failed(path, doc_id, exc.status, exc.reason, exc.n_pages)
    except MemoryError:
        raise  # the worker's memory limit: its supervisor reports it
    except Exception as exc:  # one bad document must not cost the others their output
        return _failed(path, doc_id, "error", f"internal error: {type(exc).__name__}: {exc}")


def _failed(path: Path, doc_id: str, status: str, reason: str, n_pages: int | None = None) -> Document:
    sha = file_sha256(path) if not_regular(path) is None else ""
    return Document(doc_id=doc_id, source=str(path), format=path.suffix.lower().lstrip("."),
                    status=status, error=reason[:500], n_pages=n_pages, sha256=sha)


def file_sha256(path: Path, chunk: int = 1 << 20) -> str:
    """SHA-256 of a file read in chunks (a huge file is never held in memory); '' when it cannot be read."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while block := fh.read(chunk):
                h.update(block)
    except OSError:
        return ""
    return h.hexdigest()


@dataclass
class Result:
    """What one document contributes to the outputs (picklable, so workers can send it back)."""

    source: str
    status: str
    error: str
    rendered: Rendered  # its rows and JSON as they will stand in the files
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0  # wall-clock time the document took (not written to the tables: they stay reproducible)
    lost: bool = False  # its worker was lost (timeout, crash): says nothing about the document, never cached
    cached: bool = False  # taken from the cache of an earlier run
    sha256: str = ""  # of the input bytes ('' when they could not be read)


@dataclass(frozen=True)
class Task:
    path: Path
    doc_id: str


def extract_one(task: Task, nlp: Language, stage: Stage = lambda name: None) -> Result:
    """One file through every stage: read, text, nlp, tables. Failures become the document's status."""
    from pipeline.nlp import model_name, parse

    start = time.perf_counter()
    doc = read_one(task.path, task.doc_id, stage)
    sdoc: Doc | None = None
    if doc.status == "ok":
        stage("nlp")
        try:
            sdoc = next(parse(nlp, [doc]))
        except MemoryError:
            raise
        except Exception as exc:  # one bad document must not cost the others their output
            doc.status, doc.error = "error", f"internal error: {type(exc).__name__}: {exc}"[:500]
    stage("tables")
    result = _result(doc, sdoc, model_name(nlp))
    result.seconds = time.perf_counter() - start
    return result


def _result(doc: Document, sdoc: Doc | None, model: str) -> Result:
    from pipeline.rows import document_json, document_row, table_rows, turn_rows

    facts = sdoc._.facts if sdoc is not None else None
    tables: dict[str, list[dict[str, Any]]] = {}
    turns: list[dict[str, Any]] = []
    if doc.status == "ok" and sdoc is not None:
        tables, turns = table_rows(sdoc), turn_rows(sdoc)
    row = document_row(doc, facts, model)
    rendered = render({"documents": [row], **tables}, document_json(doc, row, facts, tables, turns))
    return Result(doc.source, doc.status, doc.error, rendered, tuple(doc.warnings), sha256=doc.sha256)


def _lost(model: str) -> Callable[[Task, Lost], Result]:
    def lost(task: Task, why: Lost) -> Result:
        result = _result(_failed(task.path, task.doc_id, "error", why.reason), None, model)
        result.seconds, result.lost = why.seconds, True
        return result
    return lost


Engine = Callable[[list[Task]], Iterator[Result]]  # runs the tasks somewhere; their results in task order


def local_engine(nlp: Language | LazyPipeline, jobs: int = 1, limits: Limits | None = None,
                 private_fds: tuple[int, ...] = ()) -> Engine:
    """The default engine: ``jobs`` worker processes on this machine (pipeline.workers). The pipeline is
    loaded when there is a document to process, not before."""
    lazy = nlp if isinstance(nlp, LazyPipeline) else LazyPipeline(nlp=nlp)

    def engine(tasks: list[Task]) -> Iterator[Result]:
        if not tasks:
            return iter(())
        from pipeline.nlp import load_nlp, model_name, requested_model

        loaded = lazy.get()
        job = Job(work=extract_one, lost=_lost(model_name(loaded)), state=loaded,
                  load=None if forks() else functools.partial(load_nlp, requested_model(loaded)))
        return Supervisor(job, jobs, limits, private_fds=private_fds).run(tasks)
    return engine


def _cached(tasks: list[Task], cache: Cache, engine: Engine, keep: Callable[[], bool]) -> Iterator[Result]:
    """Results in task order: from the cache where an entry exists, else from the engine (and then kept,
    while ``keep()``: not when the model that loaded is not the one the cache keys name)."""
    keys = [_key(cache, t) for t in tasks]
    hits = {i for i, k in enumerate(keys) if k is not None and cache.has(k)}
    fresh = engine([t for i, t in enumerate(tasks) if i not in hits])
    for i, (task, key) in enumerate(zip(tasks, keys)):
        result = cache.get(key) if i in hits and key is not None else None
        if result is not None:
            result.cached = True
            yield result
            continue
        result = next(fresh) if i not in hits else next(engine([task]))  # an entry gone since: made again
        if key is not None and not result.lost and keep():
            cache.put(key, result)
        yield result


def _key(cache: Cache, task: Task) -> str | None:
    if not_regular(task.path) is not None:
        return None
    sha = file_sha256(task.path)
    return cache.key(sha, task.doc_id, str(task.path)) if sha else None


def run(inputs: list[str | Path], out_dir: str | Path, nlp: Language | LazyPipeline,
        progress: Callable[[int], Any] | None = None,
        on_failure: Callable[[Result], None] | None = None, jobs: int = 1,
        limits: Limits | None = None, on_result: Callable[[Result], None] | None = None,
        engine: Engine | None = None, cache: Cache | None = None, parquet: bool = False,
        extras: tuple[Callable[[Path], Any], ...] = ()) -> RunSummary:
    """Extract every table from the inputs into ``out_dir``.

    Each document is read and extracted in a worker process (``jobs`` of them) under ``limits``: one that
    hangs, crashes or runs out of memory costs only its own output (status ``error``, with the stage it was
    in). ``limits`` default to the settings (``PIPELINE_TIMEOUT``, ``PIPELINE_MAX_MEMORY_MB``).
    Results come back in input order, so the output does not depend on ``jobs``; ``on_result`` sees each
    (with the seconds it took), ``on_failure`` each failed one. ``engine`` runs the documents elsewhere
    instead (``pipeline.dask_engine``); ``jobs`` and ``limits`` are then the engine's business. With a
    ``cache`` (``pipeline.cache``) only documents without an entry are processed; given a ``LazyPipeline``,
    the model is loaded only if one is. ``parquet`` writes a ``<table>.parquet`` beside each CSV; ``extras``
    write further outputs into the run's folder before it is switched in (``pipeline.review.write_review``).
    """
    start = time.perf_counter()
    paths = find_inputs(inputs)
    tasks = [Task(p, i) for p, i in zip(paths, assign_ids(paths))]
    writer = OutputWriter(out_dir, parquet=parquet, extras=extras)
    summary = RunSummary()
    lazy = nlp if isinstance(nlp, LazyPipeline) else LazyPipeline(nlp=nlp)
    engine = engine or local_engine(lazy, jobs, limits, writer.private_fds())
    try:
        for res in (_cached(tasks, cache, engine, lazy.as_expected) if cache is not None else engine(tasks)):
            writer.add_rendered(res.rendered)
            summary.cached += res.cached
            summary.saw(res.sha256, res.source)
            if on_result:
                on_result(res)
            if res.status == "ok":
                summary.ok += 1
            else:
                summary.failed.append((res.source, res.status, res.error))
                if on_failure:
                    on_failure(res)
            if progress:
                progress(1)
        summary.rows = writer.commit(lazy.current_name())
    except BaseException:
        writer.abort()
        raise
    summary.seconds = time.perf_counter() - start
    return summary
