"""Throughput of the PDF path: pages per second for reading + cleaning, and for a whole extract run.

usage: python bench/bench_extract.py [PDF_FOLDER] [--repeat N]

Reads every PDF of the folder (default ../shared/corpus/pdf) with the page
reader and the text stage, N times, and reports the median; then times one
full ``run`` (spaCy included) into a temporary folder. Speed goals live here,
never in timed tests.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pipeline.ingest import IngestError, read_document
from pipeline.nlp import load_nlp, model_name
from pipeline.run import run
from pipeline.text import clean_document


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/pdf"))
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    pdfs = sorted(Path(a.folder).glob("*.pdf"))
    if not pdfs:
        print(f"no PDFs in {a.folder}", file=sys.stderr)
        return 2
    times, pages = [], 0
    for _ in range(a.repeat):
        pages = 0
        t = time.perf_counter()
        for p in pdfs:
            try:
                raw = read_document(p)
            except IngestError as exc:
                pages += exc.n_pages or 0
                continue
            clean_document(raw, p.stem)
            pages += raw.n_pages
        times.append(time.perf_counter() - t)
    med = statistics.median(times)
    print(f"read+clean: {len(pdfs)} PDFs, {pages} pages, median {med:.2f} s of {a.repeat} "
          f"({pages / med:.1f} pages/s)")
    nlp = load_nlp()
    with tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        summary = run(pdfs, out, nlp)
        full = time.perf_counter() - t
    print(f"full run ({model_name(nlp)}): {full:.2f} s ({pages / full:.1f} pages/s); {summary.line('tmp')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
