"""The hostile corpus at full size, mixed with the reference letters, in one run: a table of kinds with the
status each got and the seconds it took, then the checks (no hang, no crash, letters unchanged).

usage: python bench/stress.py [--scale 1.0] [--jobs 2] [--timeout 300] [--keep DIR]

The corpus is made at run time by ``tests/hostile_corpus.py`` (1 MB adversarial texts, a 20 MB text, a
1,500-page PDF at scale 1). Exit status 0 when every kind got its answer within its limit.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from hostile_corpus import KINDS, Kind, make_corpus  # noqa: E402

from pipeline.nlp import load_nlp  # noqa: E402
from pipeline.run import Result, run, scan_inputs  # noqa: E402
from pipeline.workers import Limits  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--keep", help="make the corpus and the output in this folder and keep them")
    a = ap.parse_args()
    base = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="stress-"))
    try:
        return _stress(base, a.scale, a.jobs, a.timeout)
    finally:
        if not a.keep:
            shutil.rmtree(base, ignore_errors=True)


def _stress(base: Path, scale: float, jobs: int, timeout: float) -> int:
    inputs = base / "in"
    shutil.copytree(ROOT / "raw", inputs / "letters", dirs_exist_ok=True)
    t = time.perf_counter()
    made = make_corpus(inputs, scale)
    print(f"corpus: {len(KINDS)} kinds, {len(made)} files, {_size(inputs) / 1e6:.1f} MB, made in "
          f"{time.perf_counter() - t:.1f} s (scale {scale:g})", file=sys.stderr)
    results: dict[Path, Result] = {}
    skipped = {p: why for p, why in scan_inputs([inputs]).skipped}
    nlp = load_nlp()
    summary = run([inputs], base / "out", nlp, jobs=jobs, limits=Limits(seconds=timeout),
                  on_result=lambda r: results.__setitem__(Path(r.source), r))
    print(summary.line(base / "out"), file=sys.stderr)
    bad = _table(made, results, skipped)
    letters = [r for p, r in results.items() if p.parent.name == "letters"]
    if any(r.status != "ok" for r in letters):
        bad.append("a reference letter failed")
    print(f"\n{len(KINDS)} kinds; {len(bad)} wrong answers; slowest document "
          f"{max(r.seconds for r in results.values()):.1f} s; whole run {summary.seconds:.1f} s with {jobs} workers")
    for line in bad:
        print(f"WRONG {line}")
    return 1 if bad else 0


def _table(made: dict[Path, Kind], results: dict[Path, Result], skipped: dict[Path, str]) -> list[str]:
    """Print the markdown table of kinds; return what was answered wrongly."""
    by_kind: dict[str, list[Path]] = defaultdict(list)
    for path, kind in made.items():
        by_kind[kind.name].append(path)
    print("| kind | size | status | seconds | said |\n|---|---|---|---|---|")
    bad = []
    for kind in KINDS:
        for path in by_kind[kind.name]:
            size = _human(path.lstat().st_size) if path.is_symlink() or path.is_file() else "-"
            if not kind.row:
                said, status, secs = skipped.get(path, "NOT SKIPPED"), "skipped", "-"
                ok = path not in results and kind.says in said
            else:
                r = results.get(path)
                said = (r.error or "; ".join(r.warnings)) if r else "NO ROW"
                status, secs = (r.status, f"{r.seconds:.2f}") if r else ("-", "-")
                ok = r is not None and kind.answered(r.status, f"{r.error} {said}")
            print(f"| {kind.name} | {size} | {status} | {secs} | {_cell(said)} |")
            if not ok:
                bad.append(f"{kind.name} ({path.name!r}): {status}: {said[:200]}")
    return bad


def _cell(text: str) -> str:
    text = " ".join(text.split()).replace("|", "/")
    return text if len(text) <= 90 else text[:87] + "..."


def _human(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.0f} KB" if n >= 1e3 else f"{n} B"


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


if __name__ == "__main__":
    sys.exit(main())
