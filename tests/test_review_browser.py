"""The review pages in a real browser: headless Chromium (Debian's ``chromium``, installed by .ci/run) loads
``review/<doc_id>.html`` from disk and dumps the DOM it built; the highlights must be in it, by kind, with
their values, over exactly their text, and the document's own markup must have stayed text."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import seed
from review_dom import ReviewDom

from pipeline.cli import main
from pipeline.review import KINDS

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH (Debian: apt-get install chromium)")

HOSTILE = ("Den Haag, 3 maart 2024\nHet kabinet zal uw Kamer voor 1 juni 2025 informeren. "
           "<script>document.body.innerHTML='pwned'</script><img src=x onerror=\"document.title='pwned'\">\n")


def dump_dom(page: Path, profile: Path) -> str:
    """The DOM Chromium built from ``page`` (no network, a fresh profile)."""
    done = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         f"--user-data-dir={profile}", "--dump-dom", page.resolve().as_uri()],
        capture_output=True, text=True, timeout=180, env={"HOME": str(profile), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<html" in done.stdout, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("review")
    (tmp / "in").mkdir()
    shutil.copy(seed("001"), tmp / "in" / seed("001").name)
    (tmp / "in" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp / "out"
    assert main(["extract", str(tmp / "in"), "-o", str(out), "-q", "--no-cache", "-j", "1", "--review"]) == 0
    return out


def _doc(out: Path, doc_id: str) -> dict:
    return json.loads((out / "documents" / f"{doc_id}.json").read_text(encoding="utf-8"))


def test_highlights_are_in_the_rendered_dom(review: Path, tmp_path: Path) -> None:
    doc = _doc(review, seed("001").stem)
    dom = ReviewDom(dump_dom(review / "review" / f"{doc['doc_id']}.html", tmp_path / "profile"))
    assert dom.text_of("text") == doc["text"]
    for kind in KINDS:
        assert doc[kind], kind  # the seed has findings of every kind
        for i, row in enumerate(doc[kind]):
            (head,) = dom.heads(f"{kind}-{i}")
            assert head.attrs["data-kind"] == kind and f"k-{kind}" in head.classes
            if kind != "entities":
                where = doc["text"] if head.region == "text" else doc["footnotes"][int(head.region[3:])]["text"]
                assert dom.covered(f"{kind}-{i}") == where[row["char_start"]:row["char_end"]]
            value = {"dates": "value", "references": "canonical", "motions": "raw", "commitments": "actor",
                     "entities": "label"}[kind]
            if row.get(value):
                assert f"{value}: {row[value]}" in head.attrs["title"].splitlines()
    assert len([m for m in dom.marks if "k-footnote" in m.classes]) == len(doc["footnotes"])


def test_document_markup_stays_text_in_the_browser(review: Path, tmp_path: Path) -> None:
    rendered = dump_dom(review / "review" / "hostile.html", tmp_path / "profile")
    dom = ReviewDom(rendered)
    assert dom.text_of("text") == _doc(review, "hostile")["text"]
    assert {"script", "img"}.isdisjoint(dom.tags) and "pwned" not in rendered.replace("'pwned'", "")
    assert dom.heads("dates-0") and dom.heads("commitments-0")


def test_index_in_the_browser(review: Path, tmp_path: Path) -> None:
    rendered = dump_dom(review / "review" / "index.html", tmp_path / "profile")
    assert rendered.count('class="doc-row"') == 2
    assert 'href="hostile.html"' in rendered and f'href="{seed("001").stem}.html"' in rendered
