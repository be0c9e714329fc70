"""Output grows linearly with the input: a row's sentence is cut to a window when the "sentence" is huge."""

from __future__ import annotations

import pytest

from pipeline.nlp import load_nlp
from pipeline.rows import MAX_SENTENCE, WINDOW, excerpt
from pipeline.run import run

LONG = "woord " * 400 + "op 1 januari 2025 " + "verder " * 400  # 5,618 characters without a sentence end
AT = LONG.index("1 januari 2025")


@pytest.mark.parametrize(("text", "s", "e", "start", "end", "expected"), [
    pytest.param("  Een gewone zin.  ", 0, 19, 6, 12, "Een gewone zin.", id="short-sentence-whole"),
    pytest.param("Een  zin\nover twee regels.", 0, 26, 0, 3, "Een zin over twee regels.", id="collapsed"),
    pytest.param("x" * MAX_SENTENCE, 0, MAX_SENTENCE, 0, 1, "x" * MAX_SENTENCE, id="at-the-cap-whole"),
])
def test_excerpt_keeps_ordinary_sentences(text, s, e, start, end, expected):
    assert excerpt(text, s, e, start, end) == expected


def test_excerpt_cuts_a_huge_sentence_around_the_finding():
    cut = excerpt(LONG, 0, len(LONG), AT, AT + 14)
    assert cut.startswith("… woord") and cut.endswith("verder …")
    assert "op 1 januari 2025 verder" in cut
    assert len(cut) <= WINDOW + 4


@pytest.mark.parametrize(("start", "end", "head", "tail"), [
    pytest.param(0, 5, "", " …", id="finding-at-the-start"),
    pytest.param(len(LONG) - 7, len(LONG), "… ", "", id="finding-at-the-end"),
    pytest.param(12, 3000, "… woord woord", " …", id="finding-longer-than-the-window"),
])
def test_excerpt_at_the_edges(start, end, head, tail):
    cut = excerpt(LONG, 0, len(LONG), start, end)
    assert cut.startswith(head or "woord") and cut.endswith(tail or "verder")
    assert cut.strip("… ").split()[0] in ("woord", "verder") and cut.strip("… ").split()[-1] in ("woord", "verder")
    assert len(cut) <= WINDOW + 4


def test_whitespace_only_stripped_when_asked():
    assert excerpt(" a  b ", 0, 6, 1, 2, collapse=False) == "a  b"


def _output_bytes(folder):
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_a_text_without_sentence_ends_gives_output_linear_in_its_size(tmp_path, monkeypatch):
    """`1 januari ` repeated: thousands of dates in one "sentence" (once a gigabyte of output per 100 KB)."""
    monkeypatch.delenv("PIPELINE_SPACY_MODEL", raising=False)
    nlp = load_nlp()
    sizes = {}
    for n in (1_000, 10_000):
        src = tmp_path / f"in{n}" / "datums.txt"
        src.parent.mkdir()
        src.write_text("1 januari " * n, encoding="utf-8")
        summary = run([src], tmp_path / f"out{n}", nlp)
        assert summary.ok == 1 and summary.rows["dates"] >= n // 2
        sizes[n] = _output_bytes(tmp_path / f"out{n}")
    assert sizes[10_000] < 15 * sizes[1_000]
    assert sizes[10_000] < 200 * 10 * 10_000  # bounded bytes per input byte, whatever the row count
