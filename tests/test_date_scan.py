"""The date grammar's matches of a text are scanned once and the claimed spans taken out after: the same
candidates as skipping the union of claimed and blocked spans."""

from __future__ import annotations

import random

import pytest

from pipeline.extract.dates.grammar import _IDENTIFIER, _URL, _VERGADERJAAR, PATTERNS, candidates

TEXT = ("Op 15 en 16 februari 2023 (zie https://example.nl/2023/03/01) sprak de Kamer in vergaderjaar 2022-2023 "
        "over ECLI:NL:HR:2019:2007; in het eerste kwartaal van 2025 en voor het zomerreces 2024 volgt een brief, "
        "vorige week dinsdag en 12-03-2024 ook. Kamerstukken II 2024/25, 36600, nr. 50 van 1 maart 2024.")


def _reference(text: str, claimed: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    blocked = [*claimed, *((m.start(), m.end()) for rx in (_URL, _VERGADERJAAR, _IDENTIFIER)
                           for m in rx.finditer(text))]
    return [(kind, m.start(), m.end()) for kind, pattern in PATTERNS for m in pattern.finditer(text)
            if not any(s < m.end() and e > m.start() for s, e in blocked)]


@pytest.mark.parametrize("seed", range(6))
def test_claimed_spans_taken_out_after_the_scan(seed):
    rng = random.Random(seed)
    claimed = sorted((s, s + rng.randint(0, 30)) for s in rng.sample(range(len(TEXT)), rng.randint(0, 5)))
    got = [(kind, m.start(), m.end()) for kind, m in candidates(TEXT, claimed)]
    assert got == _reference(TEXT, claimed)
    assert got  # the sample text holds dates outside the claimed spans


def test_a_second_scan_of_the_same_text_gives_the_same_matches():
    first = candidates(TEXT)
    assert [(k, m.span()) for k, m in candidates(TEXT, [(0, 30)])] == \
        [(k, m.span()) for k, m in first if m.start() >= 30]
