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
                    help="spaCy model name or path (default: $PIPELINE_SPACY_MODEL, else nl_core_news_lg/md/sm, "
                         "else spacy.blank('nl') with the project's rules)")
    ex.add_argument("-j", "--jobs", default="auto",
                    help="worker processes: a number, or 'auto' (one per core, at most 4, for more than 16 "
                         "documents; default)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "extract":
        return _extract(args)
    return 2


def _extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from pipeline.nlp import ModelError, describe, load_nlp
    from pipeline.run import find_inputs, run

    try:
        nlp = load_nlp(args.model)
    except ModelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(describe(nlp), file=sys.stderr)
    paths = find_inputs(args.inputs)
    if not paths:
        print(f"error: no .pdf or .txt files in {' '.join(map(str, args.inputs))}", file=sys.stderr)
        return 2
    bar = None
    if len(paths) > 3 and not args.quiet:
        bar = tqdm(total=len(paths), unit="doc", file=sys.stderr, leave=False)

    def failed(doc) -> None:
        msg = f"FAILED {doc.source}: {doc.status}: {doc.error}"
        (bar.write(msg, file=sys.stderr) if bar else print(msg, file=sys.stderr))

    if args.jobs == "auto":
        jobs = min(os.cpu_count() or 1, 4) if len(paths) > 16 else 1
    elif args.jobs.isdigit() and int(args.jobs) > 0:
        jobs = int(args.jobs)
    else:
        print(f"error: --jobs wants a positive number or 'auto', not {args.jobs!r}", file=sys.stderr)
        return 2
    try:
        summary = run(paths, args.out, nlp, progress=bar.update if bar else None, on_failure=failed, jobs=jobs)
    finally:
        if bar:
            bar.close()
    print(summary.line(args.out))
    return 1 if summary.failed else 0
