"""Review pages (``extract --review``, pipeline/review.py), read back without a browser: every finding is
highlighted once over exactly its characters, overlaps are all visible, untrusted text stays text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import seed
from review_dom import ReviewDom

from pipeline.cli import main
from pipeline.review import COUNTED, KINDS, Finding, document_page, index_page, markup, write_review

T = "Het kabinet zal uw Kamer voor 1 juni 2025 informeren over de motie-Koopmans (36200, nr. 90)."

# (name, text, findings as (start, end)): each must come back whole, once, over exactly its characters.
CASES = [
    ("none", T, []),
    ("one", T, [(30, 41)]),
    ("nested", T, [(0, len(T)), (30, 41), (62, 76)]),
    ("same start", T, [(30, 41), (30, 36)]),
    ("same span twice", T, [(30, 41), (30, 41)]),
    ("crossing", T, [(20, 36), (30, 41)]),
    ("crossing three", T, [(0, 40), (10, 50), (20, 60)]),
    ("adjacent", T, [(0, 12), (12, 24)]),
    ("whole text", T, [(0, len(T))]),
    ("pins", T, [(5, 5), (0, 3), (3, 3)]),
    ("markup in the text", "a <b>&amp; c</b> <script>x</script>", [(2, 16), (4, 11), (17, 35)]),
    ("non-ASCII", "Zuid-Korea — Genève “citaat” 😀 eind", [(13, 19), (20, 28), (29, 30)]),
]


@pytest.mark.parametrize("name,text,spans", CASES, ids=[c[0] for c in CASES])
def test_markup_keeps_the_text_and_highlights_each_finding_once(name: str, text: str,
                                                                 spans: list[tuple[int, int]]) -> None:
    found = [Finding("dates", f"dates-{i}", s, e, f"value {i}") for i, (s, e) in enumerate(spans)]
    dom = ReviewDom(f'<div id="text">{markup(text, found)}</div>')
    assert dom.text_of("text") == text
    assert {"script", "b"}.isdisjoint(dom.tags)
    for f in found:
        assert len(dom.heads(f.ident)) == 1, f
        assert dom.covered(f.ident) == text[f.start:f.end], f
        assert dom.heads(f.ident)[0].attrs["title"] == f.title
        assert ("pin" in dom.heads(f.ident)[0].classes) == (f.start == f.end)


def test_crossing_findings_are_layered_not_dropped() -> None:
    found = [Finding("commitments", "c", 0, 40, ""), Finding("dates", "d", 30, 60, "")]
    dom = ReviewDom(f'<div id="text">{markup(T, found)}</div>')
    assert [m.ident for m in dom.marks] == ["c", "d", "d"]  # d nested in c, then d goes on after c ends
    assert "cont" in dom.marks[2].classes and dom.covered("d") == T[30:60]


def test_findings_outside_the_text_are_left_out() -> None:
    found = [Finding("dates", "in", 0, 3, ""), Finding("dates", "past", 5, len(T) + 1, ""),
             Finding("dates", "back", 9, 4, ""), Finding("dates", "neg", -1, 2, "")]
    dom = ReviewDom(f'<div id="text">{markup(T, found)}</div>')
    assert [m.ident for m in dom.marks] == ["in"] and dom.text_of("text") == T


HOSTILE = '<script>alert(1)</script> "quoted" <img src=x onerror=alert(2)> &amp; </div></mark>'


def _hostile_doc() -> dict:
    text = f"Intro {HOSTILE} slot"
    at = text.index("<script>")
    return {
        "doc_id": "evil", "metadata": {"title": f"</title>{HOSTILE}", "status": "ok", "source": "x<script>.txt",
                                       "signatories": [{"name": "<b>Jan</b>", "role": "minister"}]},
        "dates": [{"raw": "<script>", "value": '"><script>alert(3)</script>', "char_start": at,
                   "char_end": at + 8, "in_footnote": False, "footnote": ""}],
        "references": [{"raw": "<img", "canonical": "x", "char_start": 0, "char_end": 4, "in_footnote": True,
                        "footnote": "1"}],
        "footnotes": [{"number": "1", "text": "<img src=y onerror=alert(4)>", "page_no": 1, "anchor_char": 5}],
        "text": text,
    }


def test_untrusted_text_is_escaped_everywhere() -> None:
    doc = _hostile_doc()
    page = document_page(doc)
    dom = ReviewDom(page)
    assert {"script", "img", "b"}.isdisjoint(dom.tags)
    assert dom.text_of("text") == doc["text"]
    assert dom.text_of("fn-0") == doc["footnotes"][0]["text"]
    assert dom.covered("dates-0") == "<script>" and dom.covered("references-0") == "<img"
    assert 'value: "><script>alert(3)</script>' in dom.heads("dates-0")[0].attrs["title"]
    assert "<script" not in page.replace("&lt;script", "")  # not in the markup at all, only as escaped text
    summary = {"doc_id": "evil", "status": "error", "error": HOSTILE, "source": HOSTILE, "doc_type": "",
               "date": "", "title": HOSTILE}
    index = ReviewDom(index_page([{**summary, "counts": dict.fromkeys(COUNTED, 0)}]))
    assert {"script", "img", "b"}.isdisjoint(index.tags)


def test_pages_forbid_scripts_and_fetches() -> None:
    page = document_page(_hostile_doc())
    assert "default-src 'none'" in page and "script-src" not in page  # scripts fall under default-src 'none'
    assert "http://" not in page and "https://" not in page


def _extract(tmp_path: Path, *extra: str, review: bool = True) -> Path:
    out = tmp_path / "out"
    args = ["extract", *extra, "-o", str(out), "-q", "--no-cache", "-j", "1", *(["--review"] if review else [])]
    assert main(args) in (0, 1)
    return out


def test_every_finding_of_seed_documents_is_highlighted_once(tmp_path: Path) -> None:
    out = _extract(tmp_path, str(seed("001")), str(seed("002")))
    checked = dict.fromkeys(KINDS, 0)
    for path in sorted((out / "documents").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        dom = ReviewDom((out / "review" / f"{doc['doc_id']}.html").read_text(encoding="utf-8"))
        assert dom.text_of("text") == doc["text"]
        notes = [n["text"] for n in doc["footnotes"]]
        for kind in KINDS:
            for i, row in enumerate(doc[kind]):
                ident = f"{kind}-{i}"
                heads = dom.heads(ident)
                assert len(heads) == 1, (ident, row)
                assert heads[0].attrs["data-kind"] == kind
                checked[kind] += 1
                if kind == "entities":
                    assert dom.covered(ident) in ("", row["text"])
                    continue
                if row.get("in_footnote"):
                    assert heads[0].region.startswith("fn-"), (ident, row)
                    note = int(heads[0].region[3:])
                    assert doc["footnotes"][note]["number"] == row["footnote"]
                    where = notes[note]
                else:
                    assert heads[0].region == "text"
                    where = doc["text"]
                assert dom.covered(ident) == where[row["char_start"]:row["char_end"]]
        assert len([m for m in dom.marks if "cont" not in m.classes and m.attrs["data-kind"] in KINDS]) == sum(
            len(doc[k]) for k in KINDS)
    assert all(checked.values()), checked  # the seeds hold findings of every kind


def test_index_lists_every_document_failed_ones_with_their_reason(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "broken.pdf").write_bytes(b"not a PDF at all")
    (src / "letter.txt").write_text(seed("003").read_text(encoding="utf-8"), encoding="utf-8")
    out = _extract(tmp_path, str(src))
    rows = {r["doc_id"]: r for r in (json.loads(p.read_text()) for p in (out / "documents").glob("*.json"))}
    index = (out / "review" / "index.html").read_text(encoding="utf-8")
    failed = rows["broken"]["metadata"]
    assert failed["status"] != "ok" and failed["error"]
    assert f'data-status="{failed["status"]}"' in index and failed["error"][:40] in index
    assert 'href="broken.html"' in index and 'href="letter.html"' in index
    assert (out / "review" / "broken.html").is_file()
    assert "".join(f"<td>{len(rows['letter'][t])}</td>" for t in COUNTED) in index
    broken_row = index[index.index('href="broken.html"'):]
    assert broken_row[:broken_row.index("</tr>")].count("<td>0</td>") == len(COUNTED)


def test_a_run_without_review_replaces_one_with_it(tmp_path: Path) -> None:
    """review/ counts as the run's own: the next run (with or without --review) may replace the folder."""
    out = _extract(tmp_path, str(seed("003")))
    assert (out / "review" / "index.html").is_file()
    _extract(tmp_path, str(seed("003")))
    out = _extract(tmp_path, str(seed("003")), review=False)
    assert not (out / "review").exists() and (out / "documents.csv").is_file()


def test_a_page_that_cannot_be_made_says_so_and_the_others_are_written(tmp_path: Path) -> None:
    (tmp_path / "documents").mkdir()
    good = {"doc_id": "good", "metadata": {"status": "ok"}, "text": "Op 1 juni 2025.",
            "dates": [{"raw": "1 juni 2025", "value": "2025-06-01", "char_start": 3, "char_end": 14}]}
    bad = {"doc_id": "bad", "metadata": {"status": "ok"}, "text": "x", "dates": {"not": "a list of rows"}}
    for doc in (good, bad):
        (tmp_path / "documents" / f"{doc['doc_id']}.json").write_text(json.dumps(doc), encoding="utf-8")
    assert write_review(tmp_path) == 2
    assert ReviewDom((tmp_path / "review" / "good.html").read_text(encoding="utf-8")).covered("dates-0") == \
        "1 juni 2025"
    assert "review page failed" in (tmp_path / "review" / "index.html").read_text(encoding="utf-8")
