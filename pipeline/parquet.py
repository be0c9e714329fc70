"""``extract --parquet``: a ``<table>.parquet`` beside each CSV of a run, typed as ``pipeline.load`` types it.

The Parquet files are made from the finished CSVs in the run's staging folder, before it is switched in, so
the output folder holds the CSVs and their Parquet files of one run, or of the previous one. Each CSV is read
in chunks through ``pipeline.loader.csv_chunks`` (the one place where cells get their types), so memory does not
grow with the table, and written with an Arrow schema that follows from the same kinds: a table without rows
keeps its column types. Needs pyarrow (the ``[parquet]`` extra).
"""

from __future__ import annotations

from pathlib import Path

from pipeline.loader import csv_chunks, kinds
from pipeline.schema import CONTRACT_ORDER

CHUNK_ROWS = 50_000
INSTALL_HINT = "pip install 'kamerstukken-pipeline[parquet]'"


def require_pyarrow() -> None:
    """ImportError saying what to install when pyarrow is missing (checked before a run starts)."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        raise ImportError(f"--parquet needs pyarrow ({exc}): {INSTALL_HINT}") from exc


def _arrow_types() -> dict:
    import pyarrow as pa

    return {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(),
            "list": pa.list_(pa.string()), "timestamp": pa.timestamp("ms")}


def write_parquet(folder: Path, tables: tuple[str, ...] = CONTRACT_ORDER) -> None:
    """``<table>.parquet`` from ``<table>.csv`` in ``folder`` for every table."""
    for table in tables:
        write_table(table, folder / f"{table}.csv", folder / f"{table}.parquet")


def write_table(table: str, csv: Path, target: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = _arrow_types()
    writer = None
    try:
        for df in csv_chunks(table, csv, CHUNK_ROWS):
            schema = pa.schema([(name, arrow[kind]) for name, kind in kinds(table, df.columns).items()])
            chunk = pa.Table.from_pandas(df, schema=schema, preserve_index=False)
            if writer is None:
                writer = pq.ParquetWriter(target, chunk.schema)
            writer.write_table(chunk)
    finally:
        if writer is not None:
            writer.close()
