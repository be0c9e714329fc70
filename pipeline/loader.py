"""Load an output folder into pandas with the dtypes of ``pipeline.schema``, the same in every run (``pipeline.load``;
the module has its own name, as a submodule named ``load`` would hide that function).

``pd.read_csv`` guesses a column's type from the values of one run: a dossier column becomes float, a flag
object when a failed document left it empty, and joins across tables break. Here every column gets the dtype
of its schema type, whatever the values:

=================  ==================================================================================
schema type        pandas
=================  ==================================================================================
string             ``string`` (ids, dossiers, ondernummers and footnote numbers included); empty is NA
integer            ``Int64`` (offsets, counts); empty is NA
boolean            ``boolean``; empty is NA
list               ``object``: a Python list of strings per cell (``[]`` when empty)
partial_date       ``string`` as written (``2019-04``, ``2026-SU``), plus ``<name>_start`` and
                   ``<name>_end`` (``datetime64[ms]``, end exclusive; see ``pipeline.partial_dates``)
=================  ==================================================================================

The CSVs protect spreadsheets by prefixing a text cell that starts like a formula with ``'``; the frames
hold the values as extracted (as the document JSON does). The Parquet files (``extract --parquet``) are
written through the same functions, so ``load`` gives the same frames from either.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.partial_dates import span
from pipeline.schema import CONTRACT_ORDER, LIST_DELIMITER, TABLES, periods
from pipeline.tables import restore

if TYPE_CHECKING:
    import pandas as pd

# the kind of every loaded column -> its pandas dtype (pipeline.parquet maps the same kinds to Arrow types)
DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean", "list": "object",
          "timestamp": "datetime64[ms]"}
_KIND = {"partial_date": "string"}
_BOOLEANS = {"true": True, "false": False}


def load(folder: str | Path = "extracted", tables: Iterable[str] = CONTRACT_ORDER) -> dict[str, pd.DataFrame]:
    """The tables of an output folder as DataFrames, one per table, typed by the schema: from
    ``<table>.parquet`` where the run wrote one, else from ``<table>.csv``."""
    folder = Path(folder)
    if not (folder / "documents.csv").is_file():
        raise FileNotFoundError(f"{folder} holds no pipeline output (no documents.csv)")
    out = {}
    for table in tables:
        parquet = folder / f"{table}.parquet"
        out[table] = read_parquet(table, parquet) if parquet.is_file() else read_csv(table, folder / f"{table}.csv")
    return out


def kinds(table: str, names: Iterable[str]) -> dict[str, str]:
    """The kind (a key of DTYPES) of each column of a loaded table: its schema type, ``timestamp`` for the
    added period columns, ``string`` for a column the schema does not know (a newer pipeline's)."""
    types = {f.name: _KIND.get(f.type, f.type) for f in TABLES[table]}
    for name, _ in periods(table):
        types[f"{name}_start"] = types[f"{name}_end"] = "timestamp"
    return {name: types.get(name, "string") for name in names}


def read_csv(table: str, path: Path) -> pd.DataFrame:
    import pandas as pd

    return from_csv(table, pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8"))


def csv_chunks(table: str, path: Path, rows: int) -> Iterator[pd.DataFrame]:
    """The CSV as typed frames of at most ``rows`` rows (at least one frame, maybe empty)."""
    import pandas as pd

    with pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8",
                     chunksize=rows) as reader:
        empty = True
        for chunk in reader:
            empty = False
            yield from_csv(table, chunk)
    if empty:
        yield from_csv(table, pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8"))


def read_parquet(table: str, path: Path) -> pd.DataFrame:
    import pandas as pd

    df = pd.read_parquet(path)
    for name, kind in kinds(table, df.columns).items():
        if kind == "list":
            df[name] = [[] if v is None else [str(x) for x in v] for v in df[name]]
    return with_dtypes(table, df)


def from_csv(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """A frame read with every cell as text, typed: cells parsed, formula quotes taken off, periods added."""
    import pandas as pd

    df = df.reset_index(drop=True)
    for name, kind in kinds(table, df.columns).items():
        col = df[name]
        if kind in ("integer", "number"):
            df[name] = pd.to_numeric(col.mask(col == ""))
        elif kind == "boolean":
            df[name] = col.map(_BOOLEANS)
        elif kind == "list":
            df[name] = [v.split(LIST_DELIMITER) if v else [] for v in map(restore, col)]
        else:
            df[name] = col.map(restore).mask(col == "")
    return with_dtypes(table, _add_periods(table, df))



def _add_periods(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """``<name>_start`` and ``<name>_end`` after each partial-date column (after its range's end column)."""
    import pandas as pd

    for name, end in periods(table):
        if name not in df:
            continue
        ends = df[end] if end in df else pd.Series("", index=df.index)
        memo: dict[tuple[str, str], tuple] = {}
        pairs = [memo.setdefault(k, span(*k)) for k in zip(df[name].fillna(""), ends.fillna(""))]
        at = df.columns.get_loc(end if end in df else name) + 1
        df.insert(at, f"{name}_start", pd.to_datetime([p[0] for p in pairs]))
        df.insert(at + 1, f"{name}_end", pd.to_datetime([p[1] for p in pairs]))
    return df


def with_dtypes(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Every column in the dtype of its kind."""
    return df.astype({name: DTYPES[kind] for name, kind in kinds(table, df.columns).items()})
