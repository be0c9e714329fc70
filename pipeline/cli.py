"""Command line: ``python -m pipeline extract INPUT... -o OUT [--model M]``.

Only parses arguments, shows progress and reports; the work is in pipeline.run.
"""

from __future__ import annotations

import argparse
import os
import sys

from pipeline import __version__


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m pipeline",
                                 description="Dutch parliamentary documents (PDF, text) into tables.")
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract every table from files or folders (recursive; .pdf and .txt)")
    ex.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders")
    ex.add_argument("-o", "--out", default="extracted", help="output folder (default: extracted)")
    ex.add_argument("--model", default=None,
                    help="spaCy model name or path, or blank:nl for none (default: $PIPELINE_SPACY_MODEL, else "
                         "nl_core_news_lg/md/sm, else spacy.blank('nl') with the project's rules)")
    ex.add_argument("-j", "--jobs", default="auto",
                    help="worker processes: a number, or 'auto' (one per core, at most 4, for more than 16 "
                         "documents; default)")
    ex.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                    help="time one document may take before its worker is replaced and it fails with 'timeout' "
                         "(default: $PIPELINE_TIMEOUT, else 300)")
    ex.add_argument("--max-memory", type=int, default=None, metavar="MB",
                    help="memory one worker may add while reading a document, 0 for no limit (default: "
                         "$PIPELINE_MAX_MEMORY_MB, else 4096)")
    ex.add_argument("--cache", default=None, metavar="DIR",
                    help="keep each document's results here and reuse them while the document, the pipeline and "
                         "the model are unchanged (default: $PIPELINE_CACHE_DIR, else ~/.cache/kamerstukken-pipeline)")
    ex.add_argument("--no-cache", action="store_true", help="process every document again (and keep no results)")
    ex.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="where documents are extracted: local worker processes (default), or a Dask cluster "
                         "(needs the [cluster] extra; --timeout and --max-memory do not apply there)")
    ex.add_argument("--scheduler", default=None, metavar="ADDRESS",
                    help="with --engine dask: the Dask scheduler to use (tcp://host:8786); without it a local "
                         "cluster of -j worker processes is started")
    ex.add_argument("--parquet", action="store_true",
                    help="also write <table>.parquet beside each CSV, typed as pipeline.load() types them "
                         "(needs the [parquet] extra: pyarrow)")
    ex.add_argument("--review", action="store_true",
                    help="also write review pages: review/index.html and review/<doc_id>.html (the text with "
                         "every finding highlighted)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ck = sub.add_parser("check", help="extract reference documents and compare every table with the expected "
                                      "output kept in the repository (exit 1 on any difference)")
    ck.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: raw)")
    ck.add_argument("--expected", default="tests/reference", metavar="DIR",
                    help="the expected output (default: tests/reference)")
    ck.add_argument("--update", action="store_true", help="accept this run's output as the expected one")
    ck.add_argument("--show", type=int, default=10, metavar="N", help="differences shown per table (default: 10)")
    ck.add_argument("--model", default=None, help="spaCy model (default: the one the expected output was made with)")
    ck.add_argument("--no-cache", action="store_true", help="process every document again")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "check":
        from pipeline.check import DEFAULT_INPUTS, check

        return check(args.inputs or list(DEFAULT_INPUTS), args.expected, main, update=args.update, show=args.show,
                     model=args.model, no_cache=args.no_cache)
    if args.command != "extract":
        return 2
    try:
        return _extract(args)
    except KeyboardInterrupt:
        print("interrupted: the previous output is untouched", file=sys.stderr)
        return 130
    except Exception as exc:  # the run itself failed (not a document): say so, with its own exit status
        import traceback

        traceback.print_exc()
        print(f"error: the run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 3


def _extract(args: argparse.Namespace) -> int:
    # Everything that can be checked is checked before the model loads and before anything is written; the
    # settings first, since modules read them when imported.
    if (bad := _bad_settings()) is not None:
        print(f"error: {bad}", file=sys.stderr)
        return 2
    from pipeline.cache import open_cache
    from pipeline.model_choice import ModelError
    from pipeline.run import run
    from pipeline.tables import OutputError, check_output

    scan = _inputs(args.inputs)
    if scan is None:
        return 2
    paths = scan.paths
    jobs = _jobs(args.jobs, len(paths))
    if jobs is None:
        print(f"error: --jobs wants a positive number or 'auto', not {args.jobs!r}", file=sys.stderr)
        return 2
    if args.scheduler and args.engine != "dask":
        print("error: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    try:
        check_output(args.out)
        _require_parquet(args.parquet)
        engine = _engine_maker(args.engine)
        nlp = _pipeline(args, eager=args.no_cache or engine is not None)
    except (OutputError, ModelError, ImportError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if nlp.loaded:
        _describe(nlp.get())
    bar = None
    if len(paths) > 3 and not args.quiet and sys.stderr.isatty():  # no bar drawn into a log
        from tqdm import tqdm

        bar = tqdm(total=len(paths), unit="doc", file=sys.stderr, leave=False)

    def failed(doc) -> None:
        msg = f"FAILED {doc.source}: {doc.status}: {doc.error}"
        (bar.write(msg, file=sys.stderr) if bar else print(msg, file=sys.stderr))

    try:
        summary = run(paths, args.out, nlp, progress=bar.update if bar else None, on_failure=failed, jobs=jobs,
                      limits=_limits(args), engine=engine and engine(nlp.get(), args.scheduler, jobs),
                      cache=None if args.no_cache else open_cache(args.cache, nlp.name), parquet=args.parquet,
                      extras=_extras(args))
    except OutputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        if bar:
            bar.close()
    if not nlp.loaded:
        print(f"spaCy model {nlp.name}: not loaded (every document came from the cache)", file=sys.stderr)
    _report(summary, scan, args.out)
    return 1 if summary.failed else 0


def _report(summary, scan, out: str) -> None:
    """The end of a run: the same content under several names, the files not read, the summary line last."""
    for sha, sources in summary.duplicates().items():
        print(f"warning: the same content (sha256 {sha[:12]}…) in {len(sources)} files: {', '.join(sources)}",
              file=sys.stderr)
    if scan.unknown:
        print(scan.unknown_line())
    print(summary.line(out))


def _inputs(inputs: list[str]):
    """What the inputs hold (``pipeline.run.Inputs``); None (after saying why) when there is nothing to read or
    a named input is missing."""
    from pipeline.run import scan_inputs

    scan = scan_inputs(inputs)
    if scan.missing:
        print(f"error: no such file or folder: {', '.join(scan.missing)}", file=sys.stderr)
        return None
    for path, why in scan.skipped:
        print(f"skipped {path}: {why}", file=sys.stderr)
    if not scan.paths:
        print(scan.nothing_to_read(inputs), file=sys.stderr)
        return None
    return scan


def _bad_settings() -> str | None:
    """What is wrong with the PIPELINE_* settings, or None."""
    from pipeline.settings import settings

    settings.cache_clear()
    try:
        settings()
    except ValueError as exc:
        return str(exc)
    return None


def _extras(args: argparse.Namespace) -> tuple:
    """Outputs written besides the tables (into the run's folder, before it is switched in)."""
    from pipeline.review import write_review

    return (write_review,) if args.review else ()


def _pipeline(args: argparse.Namespace, eager: bool):
    """The spaCy pipeline, loaded when a document needs it (a re-run served from the cache never does). A model
    asked for by name loads now, so that a bad name stops the run before anything is written."""
    from pipeline.model_choice import LazyPipeline
    from pipeline.settings import settings

    if eager or args.model or settings().model:
        from pipeline.nlp import load_nlp
        from pipeline.workers import settle

        nlp = load_nlp(args.model)
        settle()
        return LazyPipeline(args.model, nlp)
    return LazyPipeline(args.model, on_load=_describe)


def _describe(nlp) -> None:
    """Say which model runs, and settle what it loaded (the command's own process: the workers are forked from it
    and it reads their results)."""
    from pipeline.nlp import describe
    from pipeline.workers import settle

    print(describe(nlp), file=sys.stderr)
    settle()


def _engine_maker(name: str):
    """None for the local workers; for dask ``pipeline.dask_engine.dask_engine`` (an ImportError that says
    what to install when Dask is missing)."""
    if name == "local":
        return None
    try:
        from pipeline.dask_engine import dask_engine
    except ImportError as exc:
        raise ImportError(f"--engine dask needs Dask distributed ({exc}): "
                          "pip install 'kamerstukken-pipeline[cluster]'") from exc
    return dask_engine


def _require_parquet(wanted: bool) -> None:
    """An ImportError naming the [parquet] extra when --parquet is asked for without pyarrow."""
    if wanted:
        from pipeline.parquet import require_pyarrow

        require_pyarrow()


def _limits(args: argparse.Namespace):
    from pipeline.workers import Limits, default_limits

    limits = default_limits()
    seconds = args.timeout if args.timeout and args.timeout > 0 else limits.seconds
    memory = limits.memory_mb if args.max_memory is None else (args.max_memory or None)
    return Limits(seconds=seconds, memory_mb=memory)


def _jobs(value: str, n_docs: int) -> int | None:
    if value == "auto":
        return min(os.cpu_count() or 1, 4) if n_docs > 16 else 1
    if value.isdigit() and int(value) > 0:
        return int(value)
    return None
