"""A document's rows as CSV lines without pandas: what ``tables.frame`` + ``for_spreadsheets`` + ``to_csv`` write.

Rendering one document's few rows through a DataFrame costs more than the extractors that found them (pandas
itself takes a second of CPU to import, in every worker). For the rows the extractors make (text or None in
every cell, int or None in the integer columns) the frame adds nothing the standard ``csv`` module cannot
do: the same writer settings pandas uses, None written empty, the same stable sort with missing values first.
Rows holding anything else (a float, an int in a text column, a number given as text) return None, and the
caller takes the pandas path, so the bytes never depend on which path ran.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from pipeline.schema import TABLES
from pipeline.tables import ORDER_COLUMNS, TYPED, cell, neutralise

_EXACT_INT = 2 ** 53  # pandas reads integer columns through float64: beyond this it would round


def csv_lines(table: str, rows: Sequence[dict[str, Any]]) -> str | None:
    """The table's CSV lines for ``rows`` (no header), or None when a value needs pandas' own conversions."""
    fields = TABLES[table]
    cells = []
    for r in rows:
        line = []
        for f in fields:
            value = cell(r.get(f.name))
            if f.type == "integer":
                if value is not None and (type(value) is not int or abs(value) >= _EXACT_INT):
                    return None
            elif value is not None:
                if type(value) is not str:
                    return None
                if f.type not in TYPED:
                    value = neutralise(value)
            line.append(value)
        cells.append(line)
    names = [f.name for f in fields]
    keys = [names.index(c) for c in ORDER_COLUMNS if c in names]
    if keys:  # pandas' sort_values(kind="mergesort", na_position="first"): stable, missing values first
        cells.sort(key=lambda line: tuple((line[k] is not None, line[k] if line[k] is not None else 0)
                                          for k in keys))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                        doublequote=True, escapechar=None)
    writer.writerows([["" if v is None else v for v in line] for line in cells])
    return out.getvalue()
