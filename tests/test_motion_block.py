"""Motion blocks found through the openings' needle and starts are the blocks a plain scan finds, on texts of
motion frames, near misses and filler made at run time."""

from __future__ import annotations

import random

from pipeline.lang.motion_block import _patterns, block_spans, motion_blocks, opening

PIECES = ["De Kamer,\ngehoord de beraadslaging,\n", "De Kamer, gehoord de beraadslaging, ", "Motie",
          "MotieDe Kamer,  gehoord de beraadslaging", "de Kamer, gehoord de beraadslaging", "De  Kamer,\n  \n",
          "en gaat over tot de orde van de dag.\n", "en gaat over tot de orde  van de dag", "engaat over",
          "verzoekt de regering ", "overwegende dat ", "beraadslaging ", "De Kamer", " ", "\n", "x"]


def _plain(text):
    start_rx, end_rx = _patterns()
    blocks, spans = [], []
    for sm in start_rx.finditer(text):
        em = end_rx.search(text, sm.end())
        spans.append((sm.start(), em.end() if em else len(text)))
        if em is None:
            continue
        nxt = start_rx.search(text, sm.end())
        if nxt is not None and nxt.start() < em.start():
            continue
        blocks.append((sm.span(), em.span()))
    return blocks, spans


def _texts(n, seed):
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_blocks_are_the_plain_scans():
    for text in _texts(2000, 6):
        blocks, spans = _plain(text)
        assert [(a.span(), b.span()) for a, b in motion_blocks(text)] == blocks, text
        assert block_spans(text) == spans, text
        for pos in range(0, len(text) + 1, 7):
            got, want = opening(text, pos), _patterns()[0].search(text, pos)
            assert (got.span() if got else None) == (want.span() if want else None), (text, pos)
