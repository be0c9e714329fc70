"""Rows go to disk as documents finish; the tables assembled from the parts are byte for byte what sorting all
rows at once gives."""

from __future__ import annotations

import random

import pytest

from pipeline.schema import CONTRACT_ORDER
from pipeline.tables import OutputWriter, for_spreadsheets, frame, render


def _doc(doc_id: str, rng: random.Random) -> dict[str, list[dict]]:
    n = rng.randint(0, 4)
    dates = [{"doc_id": doc_id, "raw": rng.choice(["1 maart 2024", "=SUM(A1)", "- eerste", "in 2023"]),
              "value": "2024-03-01", "char_start": rng.randint(0, 500), "char_end": 600, "page_no": None,
              "sentence": rng.choice(["Een zin, met \"quotes\".", "Regel\nmet einde", "café ‘x’", ""]),
              "relative": rng.random() < 0.5, "in_footnote": False} for _ in range(n)]
    refs = [{"doc_id": doc_id, "raw": "Kamerstuk 36 410, nr. 12", "dossier": "36410", "ondernummer": "12",
             "char_start": rng.randint(0, 500), "sentence": "x"} for _ in range(rng.randint(0, 3))]
    return {"documents": [{"doc_id": doc_id, "status": "ok", "n_pages": rng.choice([None, 3])}],
            "dates": dates, "references": refs}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_tables_from_parts_equal_one_sort_of_all_rows(tmp_path, seed):
    rng = random.Random(seed)
    ids = [f"doc-{k}" for k in range(40)] + ["Brief", "brief-2", "_x", "a b"]
    rng.shuffle(ids)  # documents finish in any order
    docs = {i: _doc(i, rng) for i in ids}
    writer = OutputWriter(tmp_path / "out")
    for i in ids:
        writer.add(docs[i], {"doc_id": i})
    counts = writer.commit("m")
    for table in CONTRACT_ORDER:
        rows = [r for i in ids for r in docs[i].get(table, [])]
        want = for_spreadsheets(table, frame(table, rows)).to_csv(index=False, lineterminator="\n")
        assert (tmp_path / "out" / f"{table}.csv").read_text(encoding="utf-8") == want, table
        assert counts[table] == len(rows)
    assert not (tmp_path / "out" / ".parts").exists()


def test_a_rendered_document_holds_its_csv_lines_and_json():
    out = render({"documents": [{"doc_id": "d", "status": "ok"}], "dates": []}, {"doc_id": "d", "text": "é"})
    assert out.doc_id == "d" and set(out.csv) == {"documents"}
    assert out.csv["documents"][1] == 1 and out.csv["documents"][0].startswith("d,")
    assert out.json == '{\n "doc_id": "d",\n "text": "é"\n}\n'.encode()
