"""The CSV lines written without pandas are byte for byte what the DataFrame path (frame, for_spreadsheets,
to_csv) writes; rows that need pandas' own conversions are left to it."""

from __future__ import annotations

import random

import pytest

from pipeline.csv_lines import csv_lines
from pipeline.schema import CONTRACT_ORDER, TABLES
from pipeline.tables import for_spreadsheets, frame, render

TEXTS = ["", "gewoon", "=SUM(A1)", "+31", "-12", "- eerste punt", "@x", "\tinspringing", "\rx", "a,b", 'zei "ja"',
         "regel\nnieuw", "café ‘x’ – €", "\ud800 los", "1,5", " spatie ", '"', "\n"]


def _value(field_type: str, rng: random.Random):
    if field_type == "integer":
        return rng.choice([None, 0, 7, -3, 123456, 2 ** 40])
    if field_type == "boolean":
        return rng.choice([None, True, False])
    return rng.choice([None, *TEXTS, ["a", "", None, "=b"], ("x",), []])


def _rows(table: str, rng: random.Random, n: int) -> list[dict]:
    rows = []
    for _ in range(n):
        row = {f.name: _value(f.type, rng) for f in TABLES[table] if rng.random() < 0.9}
        row["doc_id"] = rng.choice(["d1", "d2", "Brief", None])
        rows.append(row)
    return rows


def _pandas(table: str, rows: list[dict]) -> str:
    return for_spreadsheets(table, frame(table, rows)).to_csv(header=False, index=False, lineterminator="\n")


@pytest.mark.parametrize("table", CONTRACT_ORDER)
@pytest.mark.parametrize("seed", range(4))
def test_lines_equal_the_dataframe_path(table, seed):
    rng = random.Random(f"{table}-{seed}")
    rows = _rows(table, rng, rng.randint(1, 12))
    assert csv_lines(table, rows) == _pandas(table, rows)


def test_a_single_empty_cell_row_and_sorting_ties_keep_their_order():
    rows = [{"doc_id": "d", "char_start": 5, "raw": "b"}, {"doc_id": "d", "char_start": None, "raw": "a"},
            {"doc_id": "d", "char_start": 5, "raw": "a"}, {"doc_id": "c", "char_start": 9, "raw": "z"}]
    assert csv_lines("dates", rows) == _pandas("dates", rows)
    assert csv_lines("dates", rows).splitlines()[0].startswith("c,")


@pytest.mark.parametrize(("table", "column", "value"), [
    ("dates", "raw", 1.5),           # a float in a text column: pandas formats it
    ("dates", "raw", 3),             # an int in a text column: pandas may make the column float
    ("dates", "char_start", "12"),   # a number as text in an integer column: pandas converts it
    ("dates", "char_start", 2 ** 60),  # beyond float64's exact integers
    ("dates", "char_start", True),
])
def test_values_pandas_converts_are_left_to_pandas(table, column, value):
    rows = [{"doc_id": "d", "raw": "x", "char_start": 1}, {"doc_id": "d", column: value}]
    assert csv_lines(table, rows) is None
    try:
        want = _pandas(table, rows)
    except (TypeError, ValueError):  # pandas itself refuses: so does render, as before
        with pytest.raises((TypeError, ValueError)):
            render({table: rows}, {"doc_id": "d"})
        return
    assert render({table: rows}, {"doc_id": "d"}).csv[table] == (want, 2)
