"""PDF reading speed per reader: pages/s, process CPU time, median of N, per PDF and in total.

usage: python bench/bench_pdf_readers.py [PDF_FOLDER ...] [--repeat N] [--readers a,b,c]

Readers: ``pdfplumber`` and ``pdfium`` (the page model of :func:`pipeline.ingest.pdf.read_pdf` with that
backend) and ``plain`` (pypdfium2's own ``get_text_range()`` per page: the floor a layout-aware reader is
measured against). PDFs without a text layer (scans) are skipped. The total is the sum of the per-PDF medians.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from pipeline.ingest import IngestError
from pipeline.ingest.pdf import BACKENDS
from pipeline.settings import settings


def plain_text(data: bytes) -> int:
    """pypdfium2's plain text of every page; returns the page count."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(pdf)
    finally:
        pdf.close()


def backend_reader(name: str) -> Callable[[bytes], int]:
    def read(data: bytes) -> int:
        return len(list(BACKENDS[name](data, settings().limits)))
    return read


def has_text(data: bytes) -> bool:
    from pipeline.ingest.pdf import read_pdf

    try:
        read_pdf(data, "x", "")
    except IngestError as exc:
        return exc.status != "no_text_layer"
    return True


def timed(read: Callable[[bytes], int], data: bytes, repeat: int) -> tuple[int, float]:
    times, pages = [], 0
    for _ in range(repeat):
        t = time.process_time()
        pages = read(data)
        times.append(time.process_time() - t)
    return pages, statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="*", default=[str(Path(__file__).resolve().parents[2] / "shared/corpus/pdf")])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--readers", default="pdfplumber,pdfium,plain")
    a = ap.parse_args()
    readers = {n: plain_text if n == "plain" else backend_reader(n) for n in a.readers.split(",")}
    pdfs = sorted(p for f in a.folders for p in Path(f).glob("*.pdf"))
    if not pdfs:
        print(f"no PDFs in {a.folders}", file=sys.stderr)
        return 2
    print(f"{'pdf':48} {'pages':>5} " + " ".join(f"{n + ' s':>12}" for n in readers))
    total_pages, totals = 0, dict.fromkeys(readers, 0.0)
    for p in pdfs:
        data = p.read_bytes()
        if not has_text(data):
            print(f"{p.name[:48]:48} skipped: no text layer")
            continue
        cells = []
        for name, read in readers.items():
            pages, secs = timed(read, data, a.repeat)
            totals[name] += secs
            cells.append(f"{secs:12.3f}")
        total_pages += pages
        print(f"{p.name[:48]:48} {pages:5} " + " ".join(cells))
    print(f"{'TOTAL':48} {total_pages:5} " + " ".join(f"{totals[n]:12.3f}" for n in readers))
    print(f"{'pages/s':48} {'':5} " + " ".join(f"{total_pages / max(totals[n], 1e-9):12.1f}" for n in readers))
    if "plain" in readers:
        print("x plain time: " + ", ".join(f"{n} {totals[n] / max(totals['plain'], 1e-9):.1f}x"
                                           for n in readers if n != "plain"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
