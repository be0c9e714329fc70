"""Hostile text costs time in proportion to its size: no extractor may explode on it.

Each kind builds, at run time, a text out of one extractor's own cues (references, dates, motion and commitment
cues, names, turns, footnotes, page furniture, definitions, brackets, URLs, form feeds, lines without sentence
ends), or a realistic long document made of the reference letters' text (``long_*``: tests/long_corpus.py), and
runs it through the whole document path (text reading, cleaning, spaCy with every extractor, rows) at two sizes
ten times apart. The assertion is on the ratio of process times, never on an absolute time: a quadratic step
makes the larger text cost ~100x, a linear one ~10x. ``PIPELINE_STRESS=1`` (``make stress``)
runs 100 KB against 1 MB.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from long_corpus import builders, name

from pipeline.ingest import read_document
from pipeline.nlp import load_nlp, parse
from pipeline.rows import table_rows
from pipeline.text import clean_document

STRESS = os.environ.get("PIPELINE_STRESS") == "1"
SMALL = 100_000 if STRESS else 5_000
RATIO = 20  # 10x the text in at most 2x linear time
FLOOR = 0.05  # seconds: below this the small run is mostly noise, so it counts as this much


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _numbered(pattern: str) -> Callable[[int], str]:
    """Distinct lines (spaCy and the extractors cache nothing across them): ``{i}`` counts, ``{j}`` cycles."""
    def build(n: int) -> str:
        out, size, i = [], 0, 0
        while size < n:
            s = pattern.format(i=i, j=i % 997 + 1, name=name(i))
            out.append(s)
            size += len(s)
            i += 1
        return "".join(out)[:n]
    return build


KINDS: dict[str, Callable[[int], str]] = {
    "letter": _repeat("Geachte voorzitter,\n\nIn de brief van 12 maart 2024 (Kamerstuk 36 410, nr. 12) heb ik "
                      "toegezegd u voor de zomer te informeren.\n\n"),
    "form_feeds": _repeat("Pagina tekst van de brief.\f"),
    "nested_brackets": lambda n: "(" * (n // 2) + _repeat("a)")(n - n // 2),
    "kabinet_zal": _repeat("Het kabinet zal de regeling aanpassen en de Kamer informeren. "),
    "commitments": _numbered("De minister zal voor 1 januari 2025 brief {i} sturen. Ik zeg toe dat ik dit doe. "),
    "commitment_cues_no_end": _repeat("Ik zeg toe, ik zal, wij zullen, de minister zal "),
    "motion_mentions_no_end": _numbered("de motie-{name} en de motie van het lid {name} (36 410, nr. {j}), "),
    "motions": _numbered("De Kamer, gehoord de beraadslaging, overwegende dat {i}; verzoekt de regering het te doen, "
                         "en gaat over tot de orde van de dag. "),
    "motion_mentions": _numbered("De motie van het lid {name} (Kamerstuk 36 410, nr. {j}) verzoekt de regering. "),
    "urls_with_dates": _numbered("https://www.rijksoverheid.nl/documenten/2023/01/{j}/brief-{i} "),
    "person_names": _numbered("De heer {name} (VVD) sprak met mevrouw {name}. "),
    "capitalised_line": _numbered("Kees {name} "),
    "definitions": _numbered("de Wet op het onderwerp {i} (hierna: Wet{i}) "),
    "januari_no_end": _repeat("1 januari "),
    "references": _numbered("Kamerstuk 36 410, nr. {j}; Kamerstukken II 2024/25, {i}, nrs. {j} en 4; "),
    "turns": _numbered("De heer {name} (CDA):\nIk vind dat de minister moet handelen.\n\nMinister {name}:\n"
                       "Ik zeg toe dat ik de Kamer voor de zomer informeer.\n\n"),
    "footnotes": _numbered("Tekst met noot{i}.\n{i} Kamerstuk 36 410, nr. {j}\n"),
    "page_furniture": _numbered("Datum 12 maart 2024\nKenmerk 2024-{i}\nPagina {j} van 999\nTekst.\n"),
    "hyphenation": _numbered("verant-\nwoordelijkheid {i} "),
    # realistic long documents (tests/long_corpus.py): the letters one after another, a debate, motions on a line
    **{f"long_{name}": build for name, build in builders().items()},
}


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _cost(nlp, path: Path) -> float:
    """Process time of the whole document path, the best of two runs."""
    best = float("inf")
    for _ in range(2):
        t = time.process_time()
        document = clean_document(read_document(path), "x")
        for doc in parse(nlp, [document]):
            table_rows(doc)
        best = min(best, time.process_time() - t)
    return best


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_cost_grows_linearly(kind: str, nlp, tmp_path: Path) -> None:
    costs = []
    for size in (SMALL, 10 * SMALL):
        path = tmp_path / f"{kind}-{size}.txt"
        path.write_text(KINDS[kind](size), encoding="utf-8")
        costs.append(_cost(nlp, path))
    small, large = costs
    assert large / max(small, FLOOR) < RATIO, f"{kind}: {small:.3f}s at {SMALL} characters, {large:.3f}s at 10x"
