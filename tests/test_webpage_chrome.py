"""A line is chrome by one search for any cue and one alternation of the chrome lines exactly when it is by
counting the cues and matching each chrome line, on lines of cues, chrome words, prose and bullets made at run
time."""

from __future__ import annotations

import random
import re

from pipeline.resources import load_json
from pipeline.text.webpage import _is_chrome, _is_prose

CFG = load_json("webpage.json")
PIECES = [*CFG["chrome_substrings"][:8], *CFG["chrome_lines"][:8], "privacy policy | close", "Menu", "menu menu",
          "De minister stuurt de Kamer een brief over het beleid.", "en", "de", " ", "• ", "Zoeken", "nieuws", "!"]


def _one_by_one(line: str, cfg: dict) -> bool:
    low = line.lower().strip()
    if not low:
        return True
    if low[0] in "•·▪◦‣●":
        return True
    cues = sum(1 for s in cfg["chrome_substrings"] if s in low)
    if cues >= (2 if _is_prose(line) else 1):
        return True
    return any(re.fullmatch(p, low) for p in cfg["chrome_lines"])


def _lines(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice([str, str.upper, str.title])(rng.choice(PIECES)) + rng.choice(["", " "])
                    for _ in range(rng.randint(0, 14))) for _ in range(n)]


def test_chrome_as_counted_one_by_one():
    lines = _lines(3000, 8)
    assert 100 < sum(_one_by_one(line, CFG) for line in lines) < len(lines) - 100  # chrome and prose both
    for line in lines:
        assert _is_chrome(line, CFG) == _one_by_one(line, CFG), line
