"""Write the contract's tables: CSVs, one JSON per document, datapackage.json; atomically.

Everything is first written to a staging folder inside the output folder and
moved into place only when the run has finished, file by file with
``os.replace``; a run that dies leaves the previous output whole.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline import __version__
from pipeline.schema import CONTRACT_ORDER, TABLES, columns

_PANDAS_TYPES = {"integer": "Int64", "boolean": "boolean", "number": "Float64"}


def cell(value: Any) -> Any:
    """Lists joined with '; ', None as empty, booleans as true/false."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value if v not in (None, ""))
    return value


def frame(table: str, rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a frame with exactly the table's columns, ordered by doc_id then offset."""
    cols = columns(table)
    df = pd.DataFrame([{c: cell(r.get(c)) for c in cols} for r in rows], columns=cols)
    for f in TABLES[table]:
        if f.type == "integer":
            df[f.name] = pd.to_numeric(df[f.name], errors="coerce").astype("Int64")
    order = [c for c in ("doc_id", "char_start", "first_char_start", "anchor_char") if c in cols]
    if len(df) and order:
        df = df.sort_values(order, kind="mergesort", na_position="first").reset_index(drop=True)
    return df


class OutputWriter:
    """Collects a run's outputs in a staging folder, then commits them into ``out_dir``."""

    def __init__(self, out_dir: str | Path) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=self.out_dir))
        (self.staging / "documents").mkdir()
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in CONTRACT_ORDER}

    def add(self, tables: dict[str, list[dict[str, Any]]], document_json: dict[str, Any]) -> None:
        for table, rows in tables.items():
            self.rows[table].extend(rows)
        path = self.staging / "documents" / f"{document_json['doc_id']}.json"
        path.write_text(json.dumps(document_json, ensure_ascii=False, indent=1, sort_keys=False) + "\n",
                        encoding="utf-8")

    def commit(self, model: str) -> dict[str, int]:
        counts = {}
        for table in CONTRACT_ORDER:
            df = frame(table, self.rows[table])
            df.to_csv(self.staging / f"{table}.csv", index=False, lineterminator="\n", encoding="utf-8")
            counts[table] = len(df)
        (self.staging / "datapackage.json").write_text(
            json.dumps(datapackage(model), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for table in CONTRACT_ORDER:
            os.replace(self.staging / f"{table}.csv", self.out_dir / f"{table}.csv")
        old = self.out_dir / "documents"
        trash = None
        if old.exists():
            trash = self.out_dir / f".old-documents-{os.getpid()}"
            os.replace(old, trash)
        os.replace(self.staging / "documents", old)
        os.replace(self.staging / "datapackage.json", self.out_dir / "datapackage.json")
        if trash:
            shutil.rmtree(trash, ignore_errors=True)
        shutil.rmtree(self.staging, ignore_errors=True)
        return counts

    def abort(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def datapackage(model: str) -> dict[str, Any]:
    resources = []
    for table in CONTRACT_ORDER:
        resources.append({
            "name": table,
            "path": f"{table}.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {"fields": [{"name": f.name, "type": f.type, "description": f.description}
                                  for f in TABLES[table]]},
        })
    return {
        "profile": "tabular-data-package",
        "name": "kamerstukken-extract",
        "title": "Tables extracted from Dutch government documents for parliament",
        "pipeline": {"name": "kamerstukken-pipeline", "version": __version__},
        "spacy_model": model,
        "resources": resources,
    }
