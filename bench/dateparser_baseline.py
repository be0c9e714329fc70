"""Score dateparser.search_dates on the gold dates the same way as our tagger.

usage: python bench/dateparser_baseline.py [RAW_DIR] [GOLD_DIR]

Both runs read the same clean texts (body and footnotes, from our text stage):
ours through ``make extract``'s own code path, dateparser's by calling
``search_dates(text, languages=["nl"])`` and taking each hit as a day. Each
result goes into its own folder with a dates.csv and is scored by
../shared/tools/score.py; both tables are printed.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from dateparser.search import search_dates

from pipeline.nlp import load_nlp
from pipeline.run import run
from pipeline.schema import columns

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "raw"
    gold = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "shared" / "gold"
    score = gold.parent / "tools" / "score.py"
    if not score.exists():
        print(f"no scorer at {score}: the reference material (../shared) is needed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        ours, base = Path(tmp) / "ours", Path(tmp) / "dateparser"
        run([raw], ours, load_nlp())
        base.mkdir()
        shutil.copy(ours / "documents.csv", base / "documents.csv")
        rows = []
        for doc_json in sorted((ours / "documents").glob("*.json")):
            doc = json.loads(doc_json.read_text(encoding="utf-8"))
            for text in [doc["text"], *(f["text"] for f in doc["footnotes"])]:
                for raw_text, when in search_dates(text, languages=["nl"]) or []:
                    rows.append({"doc_id": doc["doc_id"], "raw": raw_text, "value": when.date().isoformat(),
                                 "precision": "day", "relative": "false"})
        with open(base / "dates.csv", "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns("dates"), extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
        for name, folder in (("our tagger (pipeline.extract.dates)", ours),
                             ("dateparser.search_dates(languages=['nl'])", base)):
            out = subprocess.run([sys.executable, str(score), str(folder), str(gold)], capture_output=True, text=True)
            table = [ln for ln in out.stdout.splitlines() if ln.startswith(("documents", "table", "dates"))]
            print(f"== {name}\n" + "\n".join(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
