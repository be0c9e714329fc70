"""pipeline.load: the same dtypes in every run, joins across tables, partial dates as periods, list cells,
and a datapackage.json that frictionless validates (keys included)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT, blank_pipeline, seed

import pipeline
from pipeline.loader import from_csv
from pipeline.partial_dates import bounds, span
from pipeline.run import run
from pipeline.schema import CONTRACT_ORDER, TABLES, periods

NO_REFERENCES = ("Den Haag, 3 maart 2024\n\nGeachte Voorzitter,\n\nHet kabinet zal u in het voorjaar van 2025 "
                 "schriftelijk informeren over de voortgang van het programma. In het derde kwartaal van 2024 "
                 "volgt een eerste verkenning.\n\nDe Minister van Financiën,\nJ. Jansen\n")


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> tuple[Path, Path]:
    """Two different runs: one with failed documents (an empty text, a broken PDF) and a document without any
    reference; one where every document is ok."""
    inputs = tmp_path_factory.mktemp("inputs")
    (inputs / "empty.txt").write_text("")
    (inputs / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog\n")
    (inputs / "plain.txt").write_text(NO_REFERENCES, encoding="utf-8")
    base = tmp_path_factory.mktemp("runs")
    first, second = base / "first", base / "second"
    run([seed("000"), seed("001"), inputs / "empty.txt", inputs / "broken.pdf"], first, blank_pipeline())
    run([seed("002"), seed("003"), seed("004"), inputs / "plain.txt"], second, blank_pipeline())
    return first, second


def test_the_runs_differ_where_read_csv_guesses(runs):
    """The premise: plain pd.read_csv gives these two runs different dtypes, and a failed document is in one."""
    first, second = runs
    guessed = [{t: dict(pd.read_csv(out / f"{t}.csv").dtypes) for t in CONTRACT_ORDER} for out in runs]
    assert guessed[0] != guessed[1]
    statuses = [set(pipeline.load(out, ("documents",))["documents"].status) for out in runs]
    assert statuses[0] - {"ok"} and statuses[1] == {"ok"}
    no_refs = set(pipeline.load(first)["documents"].doc_id) - set(pipeline.load(first)["references"].doc_id)
    assert seed("000").stem in no_refs


EXPECTED = {  # a sample of the columns
    ("documents", "dossier"): "string", ("documents", "ondernummer"): "string",
    ("documents", "kamerstuk_inferred"): "boolean", ("documents", "n_pages"): "Int64",
    ("documents", "date_start"): "datetime64[ms]", ("references", "ondernummer"): "string",
    ("references", "footnote"): "string", ("references", "char_start"): "Int64",
    ("references", "in_footnote"): "boolean", ("footnotes", "number"): "string",
    ("motions", "submitters"): "object", ("dates", "value_end"): "datetime64[ms]",
}


def test_dtypes_are_the_schemas_in_both_runs(runs):
    loaded = [pipeline.load(out) for out in runs]
    dtypes = [{t: dict(df.dtypes) for t, df in tables.items()} for tables in loaded]
    assert dtypes[0] == dtypes[1]
    for (table, column), dtype in EXPECTED.items():
        assert str(dtypes[0][table][column]) == dtype, (table, column)
    for table in CONTRACT_ORDER:
        for f in TABLES[table]:
            want = {"integer": "Int64", "boolean": "boolean", "list": "object"}.get(f.type, "string")
            assert str(dtypes[0][table][f.name]) == want, (table, f.name)
    both = pd.concat([loaded[0]["documents"], loaded[1]["documents"]])
    assert dict(both.dtypes) == dtypes[0]["documents"]


def test_joins_on_doc_id_dossier_and_footnote_number(runs):
    for out in runs:
        t = pipeline.load(out)
        docs, refs, notes = t["documents"], t["references"], t["footnotes"]
        for table in CONTRACT_ORDER[1:]:
            ids = docs[["doc_id", "status"]].rename(columns={"status": "doc_status"})
            joined = t[table].merge(ids, on="doc_id", how="left", validate="many_to_one")
            assert len(joined) == len(t[table]) and joined.doc_status.notna().all(), table
        refs.merge(docs, on="dossier", suffixes=("", "_doc"))  # raised with float dossiers
        cited = refs.dropna(subset=["dossier"]).merge(refs.dropna(subset=["dossier"]), on="dossier")
        assert len(cited) >= refs.dossier.notna().sum() > 0
        in_notes = refs[refs.in_footnote.fillna(False)]
        found = in_notes.merge(notes, left_on=["doc_id", "footnote"], right_on=["doc_id", "number"])
        assert len(found) == len(in_notes) > 0


def test_failed_documents_keep_the_dtypes_and_read_as_missing(runs):
    docs = pipeline.load(runs[0], ("documents",))["documents"]
    failed = docs[docs.status != "ok"]
    assert set(failed.status) == {"empty", "error"}
    assert failed.error.notna().all() and failed.dossier.isna().all()
    assert all(cell == [] for cell in failed.signatories)


def test_list_cells_are_lists_of_the_csv_items(runs):
    for out in runs:
        t = pipeline.load(out)
        for table in CONTRACT_ORDER:
            raw = pd.read_csv(out / f"{table}.csv", dtype=str, keep_default_na=False)
            for f in TABLES[table]:
                if f.type == "list":
                    assert ["; ".join(cell) for cell in t[table][f.name]] == list(raw[f.name]), (table, f.name)
    docs = pipeline.load(runs[0], ("documents",))["documents"].set_index("doc_id")
    assert len(docs.loc[seed("001").stem, "signatories"]) == 2


@pytest.mark.parametrize("value, start, end", [
    ("2019-04-22", date(2019, 4, 22), date(2019, 4, 23)),
    ("2019-12-31", date(2019, 12, 31), date(2020, 1, 1)),
    ("2024-02-29", date(2024, 2, 29), date(2024, 3, 1)),
    ("2019-04", date(2019, 4, 1), date(2019, 5, 1)),
    ("2019-12", date(2019, 12, 1), date(2020, 1, 1)),
    ("2023", date(2023, 1, 1), date(2024, 1, 1)),
    ("2026-Q1", date(2026, 1, 1), date(2026, 4, 1)),
    ("2026-Q4", date(2026, 10, 1), date(2027, 1, 1)),
    ("2025-H1", date(2025, 1, 1), date(2025, 7, 1)),
    ("2025-H2", date(2025, 7, 1), date(2026, 1, 1)),
    ("2023-SP", date(2023, 3, 1), date(2023, 6, 1)),
    ("2026-SU", date(2026, 6, 1), date(2026, 9, 1)),
    ("2023-FA", date(2023, 9, 1), date(2023, 12, 1)),
    ("2023-WI", date(2023, 12, 1), date(2024, 3, 1)),
    ("", None, None), ("2019-13", None, None), ("2023-02-30", None, None), ("2023-W12", None, None),
    ("voorjaar", None, None), ("2023-Q5", None, None), ("0000", None, None),
])
def test_partial_date_bounds(value, start, end):
    assert bounds(value) == ((start, end) if start else None)


@pytest.mark.parametrize("value, end, start, stop", [
    ("2021", "2024", date(2021, 1, 1), date(2025, 1, 1)),
    ("2025-10-06", "2025-11-07", date(2025, 10, 6), date(2025, 11, 8)),
    ("1980", "1989", date(1980, 1, 1), date(1990, 1, 1)),
    ("2023-SP", "", date(2023, 3, 1), date(2023, 6, 1)),
    ("", "2024", None, date(2025, 1, 1)),
    ("2021", "later", date(2021, 1, 1), None),  # an end that names no period leaves the range open
])
def test_range_span(value, end, start, stop):
    assert span(value, end) == (start, stop)


def test_loaded_periods_follow_the_values(runs):
    seen = set()
    for out in runs:
        for table, df in pipeline.load(out).items():
            for name, end in periods(table):
                for _, row in df.iterrows():
                    got = span(row[name] if pd.notna(row[name]) else "",
                               row[end] if end and pd.notna(row[end]) else "")
                    as_dates = tuple(None if pd.isna(x) else x.date() for x in (row[f"{name}_start"],
                                                                                row[f"{name}_end"]))
                    assert as_dates == got, (table, name, row[name])
                    seen.add(row.get("precision") if table == "dates" else table)
    assert {"day", "month", "year", "range", "documents", "motions", "commitments"} <= seen


@pytest.mark.parametrize("written, loaded", [
    ("'=SUM(A1)", "=SUM(A1)"),
    ("'- eerste punt", "- eerste punt"),
    ("'@user", "@user"),
    ("'-12", "'-12"),  # a plain number is never quoted, so this quote is the text's own
    ("'t Hooft", "'t Hooft"),
    ("-12", "-12"),
    ("", None),
])
def test_the_spreadsheet_quote_is_taken_off(written, loaded):
    csv = pd.DataFrame({"doc_id": ["d"], "text": [written], "mentions": ["2"], "in_footnote": ["false"]},
                       dtype=str)
    df = from_csv("entities", csv)
    assert pd.isna(df.text[0]) if loaded is None else df.text[0] == loaded
    assert df.mentions.dtype == "Int64" and df.in_footnote.dtype == "boolean" and not df.in_footnote[0]


def test_frictionless_validates_both_runs_and_the_keys(runs, tmp_path):
    frictionless = pytest.importorskip("frictionless", reason="frictionless is in the dev extra")
    for out in runs:
        report = frictionless.validate(str(out / "datapackage.json"))
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = json.loads((runs[0] / "datapackage.json").read_text(encoding="utf-8"))
    schemas = {r["name"]: r["schema"] for r in package["resources"]}
    assert schemas["documents"]["primaryKey"] == ["doc_id"]
    assert all(s["foreignKeys"][0]["reference"] == {"resource": "documents", "fields": ["doc_id"]}
               for name, s in schemas.items() if name != "documents")
    broken = tmp_path / "broken"
    shutil.copytree(runs[0], broken)
    refs = (broken / "references.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (broken / "references.csv").write_text(refs[0] + "nobody" + refs[1][refs[1].index(","):], encoding="utf-8")
    assert not frictionless.validate(str(broken / "datapackage.json")).valid


def test_cli_validate_passes(runs):
    """`frictionless validate`, as a user runs it (the dev extra installs frictionless)."""
    proc = subprocess.run([sys.executable, "-m", "frictionless", "validate", str(runs[1] / "datapackage.json")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:]


def test_importing_pipeline_does_not_import_pandas():
    code = "import sys, pipeline; assert callable(pipeline.load); assert 'pandas' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=120)


def test_a_folder_without_output_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError, match="no documents.csv"):
        pipeline.load(tmp_path)
