"""Speed and scale of this project beside the naive pipeline, measured in one run (``make bench``).

usage: python bench/bench.py [SECTION ...] [--repeat N] [--quick] [--shared DIR]

Sections (all by default, in this order):

``e2e``
    End to end, side by side on the same files: the naive pipeline
    (``../shared/tools/naive_pipeline.py``: pdfplumber text, ``spacy.blank("nl")``,
    ``dateparser.search_dates``, three regexes; read from ../shared, never copied
    here) and ``python -m pipeline extract`` with its defaults, on the corpus PDFs
    and on the text letters (``raw/*.txt``, ``../shared/dev/docs/*.txt``); ours
    also with ``PIPELINE_PDF_BACKEND=pdfium``, and once more into the same output
    folder (the re-run of an unchanged input).
``read``
    PDF reading alone: ``pipeline.ingest.read_document`` with each backend against
    pypdfium2's plain text (``get_textpage().get_text_range()``), each reader in a
    process of its own, timed over passes of at least 3 CPU seconds in all.
``scale``
    Peak memory of ours on N and 10 N letters made at run time (copies of the
    letters with varied numbers).
``long``
    The CPU cost per word of one long text document (the letters concatenated
    to 2 MB) against the letters', each less a run on a one-line document (start-up).

How it measures: every run is a child process; ``os.wait4`` gives its CPU
seconds (user + system, its own and those of the workers it waited for), its
wall seconds and its peak memory (``ru_maxrss``: the largest single process of
the run, main process or a worker). Per second figures are per CPU second,
since other work shares the machine. With ``--repeat N`` every measurement is
taken N times and the medians are printed. Children get a private
``XDG_CACHE_HOME``, so a first run never finds results of an earlier bench.
The project's modules are byte-compiled first, as Python does on a first import
(or pip on an install) unless ``PYTHONDONTWRITEBYTECODE`` is set, as it is on
some machines: each run would otherwise compile them again (about 0.15 s).
Speed goals live here, never in timed tests.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SECTIONS = ("e2e", "read", "scale", "long")
SHORT_LETTER_WORDS = 4000  # letters copied for the scale run; the long debate transcripts would only slow it
BACKEND_ENV = "PIPELINE_PDF_BACKEND"
OCR_ENV = "PIPELINE_OCR"  # off in every run but 'ours +OCR': the naive pipeline and pypdfium2's text read no scans


@dataclass(frozen=True)
class Measure:
    """One child run: CPU seconds (process + children), wall seconds, peak RSS in MB, exit status."""

    cpu: float
    wall: float
    peak_mb: float
    rc: int


@dataclass(frozen=True)
class InputSet:
    name: str
    files: tuple[Path, ...]
    pages: int | None  # None: text, no pages
    words: int


@dataclass
class Bench:
    """What every section needs: where to work, the child environment, the inputs found."""

    tmp: Path
    repeat: int
    shared: Path | None
    letters: tuple[Path, ...]
    env: dict[str, str] = field(default_factory=dict)
    runs: int = 0

    def measure(self, label: str, cmd: Sequence[str | Path], env: dict[str, str] | None = None) -> Measure:
        """Run ``cmd`` as a child and take its rusage from ``wait4``; output goes to a log file."""
        self.runs += 1
        log = self.tmp / "logs" / f"{self.runs:03d}-{re.sub(r'[^A-Za-z0-9]+', '-', label)}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        print(f"  .. {label}", file=sys.stderr, flush=True)
        start = time.perf_counter()
        with open(log, "wb") as fh:
            proc = subprocess.Popen([str(c) for c in cmd], env=env or self.env, stdout=fh, stderr=subprocess.STDOUT)
            _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):  # 1: some documents failed (the two scans), expected
            tail = log.read_text(errors="replace").splitlines()[-5:]
            print(f"  !! {label}: exit {proc.returncode}\n     " + "\n     ".join(tail), file=sys.stderr)
        return Measure(usage.ru_utime + usage.ru_stime, time.perf_counter() - start, usage.ru_maxrss / 1024,
                       proc.returncode)

    def ours(self, inputs: Sequence[str | Path], out: Path, *extra: str) -> list[str | Path]:
        return [sys.executable, "-m", "pipeline", "extract", *inputs, "-o", out, "-q", *extra]


def median(runs: Sequence[Measure]) -> Measure:
    return Measure(statistics.median(m.cpu for m in runs), statistics.median(m.wall for m in runs),
                   statistics.median(m.peak_mb for m in runs), max(m.rc for m in runs))


def words_of(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        return len(plain_text(path).split())
    return len(path.read_text(encoding="utf-8-sig", errors="replace").split())


def plain_text(path: Path) -> str:
    """pypdfium2's own text of every page: the floor any PDF reader is held against."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        parts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(parts)
    finally:
        pdf.close()


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def input_sets(bench: Bench) -> list[InputSet]:
    assert bench.shared is not None
    pdfs = tuple(sorted((bench.shared / "corpus" / "pdf").glob("*.pdf")))
    return [InputSet("pdf", pdfs, sum(page_count(p) for p in pdfs), sum(words_of(p) for p in pdfs)),
            InputSet("text", bench.letters, None, sum(words_of(p) for p in bench.letters))]


# ---------------------------------------------------------------- e2e


def e2e(bench: Bench) -> dict[str, float]:
    """Naive and ours on each input set; ours also with pdfium and re-run into the same folder."""
    assert bench.shared is not None
    naive = bench.shared / "tools" / "naive_pipeline.py"
    rows: list[tuple[InputSet, str, Measure]] = []
    for s in input_sets(bench):
        runs: dict[str, list[Measure]] = {}
        for k in range(bench.repeat):
            base = bench.tmp / "e2e" / f"{s.name}-{k}"
            take = runs.setdefault
            take("naive", []).append(bench.measure(f"{s.name} naive", [sys.executable, naive, *s.files,
                                                                         "-o", base / "naive"]))
            cache = ("--cache", base / "cache")  # the first run fills it, the re-run finds every document in it
            take("ours", []).append(bench.measure(f"{s.name} ours", bench.ours(s.files, base / "ours", *cache)))
            take("ours re-run", []).append(bench.measure(f"{s.name} ours re-run",
                                                         bench.ours(s.files, base / "ours", *cache)))
            if s.pages is not None:  # the same with OCR of the pages without text (the naive pipeline has none)
                env = {**bench.env, OCR_ENV: "1"}
                take("ours +OCR", []).append(bench.measure(f"{s.name} ours +OCR",
                                                           bench.ours(s.files, base / "ocr", "--no-cache"), env))
        rows += [(s, runner, median(ms)) for runner, ms in runs.items()]
    figures = print_e2e(rows)
    return {**figures, **spacy_floor(bench, rows)}


SPACY_ALONE = "import spacy; spacy.blank('nl')"


def spacy_floor(bench: Bench, rows: list[tuple[InputSet, str, Measure]]) -> dict[str, float]:
    """The CPU of a process that only loads spaCy as the naive pipeline does, and the best ratio to the naive
    pipeline that any pipeline starting spaCy once per input set could reach (its extraction at no cost)."""
    alone = median([bench.measure("spaCy alone", [sys.executable, "-c", SPACY_ALONE]) for _ in range(bench.repeat)])
    naive = sum(m.cpu for _, runner, m in rows if runner == "naive")
    runs = sum(1 for _, runner, _ in rows if runner == "naive")
    ceiling = naive / (runs * alone.cpu)
    print(f"spaCy alone ({SPACY_ALONE}): {alone.cpu:.2f} s CPU a process; naive CPU / ({runs} x that) = "
          f"{ceiling:.2f}: the most any pipeline that starts spaCy once per input set can gain on the naive one")
    return {"spacy_ceiling": ceiling}


def print_e2e(rows: list[tuple[InputSet, str, Measure]]) -> dict[str, float]:
    print("\n== end to end (CPU: process + children; per second: per CPU second; peak: largest process)")
    print(f"{'input':<6} {'runner':<13} {'docs':>5} {'pages':>6} {'words':>7} {'CPU s':>7} {'wall s':>7} "
          f"{'pages/s':>8} {'words/s':>8} {'peak MB':>8} {'CPU ours/naive':>15}")
    by = {(s.name, r): m for s, r, m in rows}
    for s, runner, m in rows:
        ratio = m.cpu / by[(s.name, "naive")].cpu if runner != "naive" else 1.0
        pages = f"{s.pages / m.cpu:8.1f}" if s.pages is not None else f"{'-':>8}"
        print(f"{s.name:<6} {runner:<13} {len(s.files):>5} {s.pages if s.pages is not None else '-':>6} "
              f"{s.words:>7} {m.cpu:7.2f} {m.wall:7.2f} {pages} {s.words / m.cpu:8.0f} {m.peak_mb:8.0f} "
              f"{ratio:15.2f}")
    names = sorted({s.name for s, _, _ in rows})
    total = {r: sum(by[(n, r)].cpu for n in names) for r in ("naive", "ours", "ours re-run")}
    wall = {r: sum(by[(n, r)].wall for n in names) for r in ("naive", "ours", "ours re-run")}
    peak = {r: max(by[(n, r)].peak_mb for n in names) for r in ("naive", "ours")}
    print(f"all inputs: CPU ours/naive {total['ours'] / total['naive']:.2f} ({total['ours']:.1f} / "
          f"{total['naive']:.1f} s), wall ours/naive {wall['ours'] / wall['naive']:.2f}, "
          f"peak ours/naive {peak['ours'] / peak['naive']:.2f}; "
          f"re-run/first run CPU {total['ours re-run'] / total['ours']:.2f}, "
          f"wall {wall['ours re-run'] / wall['ours']:.2f}")
    return {"e2e_speedup": total["naive"] / total["ours"], "rerun_speedup": total["ours"] / total["ours re-run"]}


# ---------------------------------------------------------------- read


READ_SECONDS = 3.0  # CPU seconds of passes a reader is timed for at least
READERS = ("pypdfium2 plain text", "read_document pdfium", "read_document pdfplumber")


def read_section(bench: Bench) -> dict[str, float]:
    """Pages per CPU second of our reader with each backend against pypdfium2's plain text (without OCR: the plain
    text reads no scans either). Each reader is timed in a fresh process of its own: timed one after another in one
    process, a reader ran 10-30% slower after pdfplumber or after the end-to-end section had run."""
    assert bench.shared is not None
    pdfs = sorted((bench.shared / "corpus" / "pdf").glob("*.pdf"))
    pages = sum(page_count(p) for p in pdfs)
    cpu: dict[str, float] = {}
    for name in READERS:
        out = subprocess.run([sys.executable, __file__, "--time-reader", name, "--repeat", str(bench.repeat),
                              "--shared", str(bench.shared)], env=bench.env, capture_output=True, text=True,
                             check=True)
        cpu[name] = float(out.stdout.split()[-1])
    floor = cpu["pypdfium2 plain text"]
    print(f"\n== PDF reading alone: {len(pdfs)} PDFs, {pages} pages (CPU of a process per reader, after a warm-up)")
    print(f"{'reader':<26} {'CPU s':>7} {'pages/s':>8} {'cost / plain text':>18}")
    for name, seconds in cpu.items():
        print(f"{name:<26} {seconds:7.2f} {pages / seconds:8.1f} {seconds / floor:18.1f}")
    return {"read_plumber_x": cpu["read_document pdfplumber"] / floor,
            "read_pdfium_x": cpu["read_document pdfium"] / floor}


def time_reader(name: str, shared: Path, repeat: int) -> float:
    """In a child of :func:`read_section`: the median CPU seconds of one reader's passes over the PDFs: ``repeat``
    passes, and more while they add up to less than :data:`READ_SECONDS` (a fast reader's single pass is too short
    to time alone)."""
    pdfs = sorted((shared / "corpus" / "pdf").glob("*.pdf"))
    read = plain_text if name == READERS[0] else _reader(name.split()[-1])
    read(min(pdfs, key=lambda p: p.stat().st_size))  # warm: imports and lazy set-up are not reading
    times: list[float] = []
    while len(times) < repeat or sum(times) < READ_SECONDS:
        start = time.process_time()
        for p in pdfs:
            read(p)
        times.append(time.process_time() - start)
    return statistics.median(times)


def _reader(backend: str) -> Callable[[Path], object]:
    def read(path: Path) -> object:
        from pipeline.ingest import IngestError, read_document
        from pipeline.settings import settings

        if os.environ.get(BACKEND_ENV) != backend:
            os.environ[BACKEND_ENV] = backend
            settings.cache_clear()
        try:
            return read_document(path)
        except IngestError as exc:  # the scans: no text layer, read all the same
            return exc
    return read


# ---------------------------------------------------------------- scale


def vary(text: str, i: int) -> str:
    """Copy ``i`` of a letter: its numbers of five digits or more moved by ``i``, a line with ``i`` at the end."""
    def move(m: re.Match[str]) -> str:
        n = len(m.group())
        return str((int(m.group()) + 7919 * i) % 10**n).zfill(n)
    return re.sub(r"\b\d{5,}\b", move, text) + f"\n\nKenmerk BENCH-{i:05d}\n"


def make_letters(letters: Sequence[Path], n: int, offset: int, folder: Path) -> int:
    """``n`` varied copies of the letters in ``folder``; the words written."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8-sig") for p in letters]
    words = 0
    for i in range(offset, offset + n):
        text = vary(texts[i % len(texts)], i)
        (folder / f"letter-{i:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def scale(bench: Bench, small: int) -> dict[str, float]:
    """Peak memory of ours on ``small`` and ``10 * small`` made letters (disjoint copies: no cache can help)."""
    letters = [p for p in bench.letters if words_of(p) <= SHORT_LETTER_WORDS]
    results = []
    for n, offset in ((small, 0), (10 * small, small)):
        folder = bench.tmp / "scale" / f"in-{n}"
        words = make_letters(letters, n, offset, folder)
        m = median([bench.measure(f"ours on {n} letters", bench.ours([folder], bench.tmp / "scale" / f"out-{n}-{k}",
                                                                               "--no-cache"))
                    for k in range(bench.repeat)])
        results.append((n, words, m))
    print(f"\n== memory by corpus size: copies of {len(letters)} letters (≤ {SHORT_LETTER_WORDS} words) "
          "with varied numbers")
    print(f"{'docs':>6} {'words':>9} {'CPU s':>7} {'wall s':>7} {'docs/s':>7} {'words/s':>8} {'peak MB':>8}")
    for n, words, m in results:
        print(f"{n:>6} {words:>9} {m.cpu:7.1f} {m.wall:7.1f} {n / m.cpu:7.1f} {words / m.cpu:8.0f} {m.peak_mb:8.0f}")
    ratio = results[1][2].peak_mb / results[0][2].peak_mb
    print(f"peak memory {10 * small} / {small} documents: {ratio:.2f}")
    return {"memory_ratio": ratio}


# ---------------------------------------------------------------- long


def long_document(bench: Bench, megabytes: float) -> dict[str, float]:
    """CPU per word of one long text (the letters over and over) against the letters', start-up taken off."""
    texts = [p.read_text(encoding="utf-8-sig") for p in bench.letters]
    target = int(megabytes * (1 << 20))
    parts, size = [], 0
    while size < target:  # whole letters, until the size is reached
        text = texts[len(parts) % len(texts)]
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
    folder = bench.tmp / "long"
    folder.mkdir(parents=True, exist_ok=True)
    big, tiny = folder / f"long-{megabytes:g}mb.txt", folder / "tiny.txt"
    big.write_text("\n\n".join(parts), encoding="utf-8")
    tiny.write_text("Den Haag, 1 maart 2024\n", encoding="utf-8")
    cases = [("one line (start-up)", [tiny]), (f"{len(bench.letters)} letters", list(bench.letters)),
             (f"{big.stat().st_size / (1 << 20):.1f} MB document", [big])]
    results = []
    for label, files in cases:
        m = median([bench.measure(label, bench.ours(files, folder / f"out-{len(results)}-{k}", "--timeout", "3600",
                                                   "--no-cache"))
                    for k in range(bench.repeat)])
        results.append((label, sum(words_of(p) for p in files), m))
    start = results[0][2].cpu
    print("\n== cost per word: a long document against the letters (CPU less the one-line run's)")
    print(f"{'input':<22} {'words':>8} {'CPU s':>7} {'wall s':>7} {'µs CPU/word':>12} {'peak MB':>8}")
    per_word = []
    for label, words, m in results:
        cost = (m.cpu - start) / words * 1e6
        per_word.append(cost)
        shown = f"{cost:12.1f}" if label != results[0][0] else f"{'-':>12}"
        print(f"{label:<22} {words:>8} {m.cpu:7.2f} {m.wall:7.2f} {shown} {m.peak_mb:8.0f}"
              + ("" if m.rc in (0, 1) else f"  (exit {m.rc})"))
    ratio = per_word[2] / per_word[1]
    print(f"per-word cost long / letters: {ratio:.2f}")
    return {"long_ratio": ratio}


# ---------------------------------------------------------------- main

TARGETS = (  # issue 12's "done when": (key, what, bound, at least or at most)
    ("e2e_speedup", "end to end: naive CPU / ours CPU", 10.0, "≥"),
    ("read_pdfium_x", "PDF reading (default reader): CPU / plain text's", 3.0, "≤"),
    ("rerun_speedup", "unchanged input: first run CPU / re-run CPU", 20.0, "≥"),
    ("memory_ratio", "peak memory: 10 N documents / N documents", 1.3, "≤"),
    ("long_ratio", "per-word CPU: long document / letters", 1.5, "≤"),
)


def print_targets(figures: dict[str, float]) -> None:
    if not figures:
        return
    print("\n== issue 12 targets")
    for key, what, bound, sense in TARGETS:
        if key in figures:
            value = figures[key]
            met = value >= bound if sense == "≥" else value <= bound
            print(f"{what:<52} {value:7.2f}  target {sense} {bound:<5g} {'met' if met else 'NOT met'}")
    if "spacy_ceiling" in figures:
        print(f"{'(end to end, bound for a pipeline that starts spaCy)':<52} {figures['spacy_ceiling']:7.2f}")


def find_letters(shared: Path | None) -> tuple[Path, ...]:
    dev = sorted((shared / "dev" / "docs").glob("*.txt")) if shared else []
    return tuple(sorted(ROOT.glob("raw/*.txt")) + dev)


def child_env(tmp: Path) -> dict[str, str]:
    """The children's environment: this checkout importable, the default PDF reader, no OCR, a private cache
    home."""
    env = {k: v for k, v in os.environ.items() if k not in (BACKEND_ENV, "PIPELINE_CACHE_DIR")}
    env[OCR_ENV] = "0"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["XDG_CACHE_HOME"] = str(tmp / "xdg-cache")
    return env


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sections", nargs="*", metavar="SECTION",
                    help=f"what to run: {', '.join(SECTIONS)} (default: all)")
    ap.add_argument("--repeat", type=int, default=1, help="take every measurement N times, print medians (default 1)")
    ap.add_argument("--quick", action="store_true", help="a reduced run: 50 / 500 made letters, a 0.5 MB document")
    ap.add_argument("--scale", type=int, help="made letters for the memory run: N and 10 N (default 200)")
    ap.add_argument("--long-mb", type=float, help="size of the long document in MB (default 2)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the reference material")
    ap.add_argument("--time-reader", choices=READERS, help=argparse.SUPPRESS)  # read's child: one reader's CPU
    a = ap.parse_args(argv)
    unknown = [s for s in a.sections if s not in SECTIONS]
    if unknown:
        ap.error(f"unknown section {', '.join(unknown)}: choose from {', '.join(SECTIONS)}")
    a.sections = a.sections or list(SECTIONS)
    a.scale = a.scale or (50 if a.quick else 200)
    a.long_mb = a.long_mb or (0.5 if a.quick else 2.0)
    return a


def main(argv: Sequence[str] | None = None) -> int:
    a = parse_args(argv)
    if a.time_reader:
        print(f"{time_reader(a.time_reader, a.shared, max(1, a.repeat)):.6f}")
        return 0
    shared = a.shared.resolve() if (a.shared / "tools" / "naive_pipeline.py").is_file() else None
    sections = list(a.sections)
    if shared is None and {"e2e", "read"} & set(sections):
        print(f"bench: no reference material at {a.shared} (tools/naive_pipeline.py, corpus/pdf): "
              "skipping the end-to-end and PDF reading sections", file=sys.stderr)
        sections = [s for s in sections if s not in ("e2e", "read")]
    start = time.perf_counter()
    compileall.compile_dir(ROOT / "pipeline", quiet=1)  # the state of a first import's (or an install's) bytecode
    with tempfile.TemporaryDirectory(prefix="kst-bench-") as tmp:
        bench = Bench(Path(tmp), max(1, a.repeat), shared, find_letters(shared))
        bench.env = child_env(bench.tmp)
        print(f"bench: {', '.join(sections) or 'nothing'}; medians of {bench.repeat}; {os.cpu_count()} cores; "
              f"python {sys.version.split()[0]}")
        figures: dict[str, float] = {}
        jobs = {"e2e": lambda: e2e(bench), "read": lambda: read_section(bench),
                "scale": lambda: scale(bench, a.scale), "long": lambda: long_document(bench, a.long_mb)}
        for name in sections:
            figures.update(jobs[name]())
            sys.stdout.flush()
        print_targets(figures)
    print(f"\nbench took {time.perf_counter() - start:.0f} s wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
