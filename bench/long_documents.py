"""Per-word cost of long documents against the short letters': does extraction stay linear in the text?

usage: python bench/long_documents.py [--sizes 250k,1m,2m,5m] [--kinds letters,debate,motions,folder]
                                      [--folder ../shared/dev/docs] [--repeat 3] [--profile KIND:SIZE]

The long documents are made at run time (``tests/long_corpus.py``): the reference letters one after another
with other dates and numbers, a Handelingen-like debate, motions on one line, and the text files of
``--folder`` (left out when it is missing). Each goes through the whole document path (read, clean, spaCy with
every extractor, rows, rendered tables: ``run.extract_one``); the cost is process time, the median of
``--repeat`` runs, divided by the words (whitespace-separated) of the text. The last column is that per-word
cost over the letters' (each of the five letters as its own document). Goal: at most 1.5 for every size.
``--profile`` prints the cProfile of one kind and size instead (cumulative, top 40).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from long_corpus import builders  # noqa: E402
from spacy.language import Language  # noqa: E402

from pipeline.nlp import load_nlp, model_name  # noqa: E402
from pipeline.run import Task, extract_one  # noqa: E402

GOAL = 1.5


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="250k,1m,2m,5m")
    ap.add_argument("--kinds", default="letters,debate,motions,folder")
    ap.add_argument("--folder", default=str(ROOT.parent / "shared/dev/docs"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", help="KIND:SIZE, e.g. motions:1m")
    a = ap.parse_args()
    nlp = load_nlp()
    kinds = builders(Path(a.folder) if Path(a.folder).is_dir() else None)
    with tempfile.TemporaryDirectory(prefix="long-") as tmp:
        if a.profile:
            kind, size = a.profile.split(":")
            return _profile(nlp, _write(Path(tmp), kind, kinds[kind](_size(size))))
        print(f"model {model_name(nlp)}; process seconds, median of {a.repeat}")
        print("| document | characters | words | seconds | µs/word | × letters |\n|---|---|---|---|---|---|")
        letters = sorted((ROOT / "raw").glob("*.txt"))
        base = _cost(nlp, letters, a.repeat) / _words(letters)
        _line(nlp, "the five letters", letters, base, base, a.repeat)
        worst = 0.0
        for kind in [k for k in a.kinds.split(",") if k in kinds]:
            for size in a.sizes.split(","):
                path = _write(Path(tmp), kind, kinds[kind](_size(size)))
                worst = max(worst, _line(nlp, f"{kind} {size}", [path], base, None, a.repeat))
                path.unlink()
    print(f"\nworst ratio {worst:.2f} (goal ≤ {GOAL})")
    return 0


def _line(nlp: Language, label: str, paths: list[Path], base: float, cost: float | None, repeat: int) -> float:
    """Print one row of the table; return its ratio to the letters' per-word cost."""
    words = _words(paths)
    seconds = cost * words if cost is not None else _cost(nlp, paths, repeat)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    ratio = seconds / words / base
    print(f"| {label} | {chars:,} | {words:,} | {seconds:.2f} | {seconds / words * 1e6:.0f} | {ratio:.2f} |",
          flush=True)
    return ratio


def _cost(nlp: Language, paths: list[Path], repeat: int) -> float:
    """Median process time of the whole document path over ``paths``, each its own document."""
    times = []
    for _ in range(repeat):
        t = time.process_time()
        for i, p in enumerate(paths):
            result = extract_one(Task(p, f"d{i}"), nlp)
            if result.status != "ok":
                raise SystemExit(f"{p.name}: {result.status}: {result.error}")
        times.append(time.process_time() - t)
    return statistics.median(times)


def _profile(nlp: Language, path: Path) -> int:
    prof = cProfile.Profile()
    t = time.process_time()
    prof.runcall(extract_one, Task(path, "p"), nlp)
    print(f"{path.name}: {time.process_time() - t:.1f} s", file=sys.stderr)
    pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
    pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    return 0


def _write(folder: Path, kind: str, text: str) -> Path:
    path = folder / f"{kind}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _words(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in paths)


def _size(text: str) -> int:
    units = {"k": 1_000, "m": 1_000_000}
    return int(float(text[:-1]) * units[text[-1].lower()]) if text[-1].lower() in units else int(text)


if __name__ == "__main__":
    raise SystemExit(main())
