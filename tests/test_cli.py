"""End to end: ``python -m pipeline extract`` as a user runs it, and the output contract (TABLES.md)."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, RAW, ROOT, needs_corpus

import pipeline
import pipeline.run
from pipeline.ingest import read_document
from pipeline.ingest.ocr import probe as tesseract_probe
from pipeline.schema import CONTRACT_ORDER, TABLES, columns
from pipeline.text import clean_document

# The contract's columns, copied by hand from ../shared/spec/TABLES.md: a rename in schema.py must fail here.
CONTRACT = {
    "documents": ["doc_id", "source", "sha256", "format", "status", "error", "n_pages", "n_chars", "doc_type",
                  "kamerstuk", "dossier", "ondernummer", "vergaderjaar", "date", "title", "addressee",
                  "signatories", "model"],
    "references": ["doc_id", "kind", "raw", "kamer", "vergaderjaar", "dossier", "ondernummer", "page", "canonical",
                   "url", "in_footnote", "footnote", "char_start", "char_end", "page_no", "sentence"],
    "dates": ["doc_id", "raw", "value", "end", "precision", "relative", "char_start", "char_end", "page_no",
              "sentence"],
    "motions": ["doc_id", "raw", "submitters", "parties", "cosigners", "date", "status", "kamerstuk", "request",
                "char_start", "char_end", "sentence"],
    "commitments": ["doc_id", "sentence", "actor", "action", "deadline_raw", "deadline", "char_start", "char_end",
                    "page_no", "references"],
    "entities": ["doc_id", "text", "label", "normalized", "role", "party", "mentions", "first_char_start", "source"],
    "footnotes": ["doc_id", "number", "text", "page_no", "anchor_char"],
}
SEEDS = sorted(RAW.glob("*.txt"))
SUMMARY = re.compile(r"^(\d+) documents?: (\d+) ok, (\d+) failed; rows: (.+); [\d.]+ s -> (.+)$")


def extract(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m pipeline extract ARGS`` from the repository, as a user would."""
    full_env = {k: v for k, v in os.environ.items() if k != "PIPELINE_SPACY_MODEL"}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "pipeline", "extract", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, env=full_env, timeout=600)


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones included), by relative path."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def failed_lines(stderr: str) -> list[str]:
    # A progress bar redraws with \r; a FAILED message is one line of its own.
    return [ln.strip() for ln in re.split(r"[\r\n]", stderr) if ln.strip().startswith("FAILED ")]


@pytest.fixture(scope="module")
def raw_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "out"
    proc = extract("raw", "-o", out)
    return proc, out


# --- one run over raw/ ------------------------------------------------------------

def test_exit_code_and_summary(raw_run):
    proc, out = raw_run
    assert proc.returncode == 0, proc.stderr
    last = proc.stdout.strip().splitlines()[-1]
    assert last.startswith("5 documents: 5 ok, 0 failed; rows: ")
    m = SUMMARY.match(last)
    assert m, last
    assert m.group(5) == str(out)
    counts = dict(part.rsplit(" ", 1) for part in m.group(4).split(", "))
    assert list(counts) == list(CONTRACT_ORDER)
    for table, n in counts.items():
        assert int(n) == len(read_csv(out / f"{table}.csv")[1]), table
    assert counts["documents"] == "5"
    assert not failed_lines(proc.stderr)


def test_every_contract_file_exists(raw_run):
    _, out = raw_run
    for table in CONTRACT:
        assert (out / f"{table}.csv").is_file(), table
    assert (out / "datapackage.json").is_file()
    assert sorted(p.name for p in (out / "documents").iterdir()) == sorted(f"{p.stem}.json" for p in SEEDS)
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")], "staging left behind"


def test_schema_keeps_the_contract_columns_in_order():
    assert list(CONTRACT_ORDER) == list(CONTRACT)
    for table, contract in CONTRACT.items():
        assert columns(table)[: len(contract)] == contract, table


@pytest.mark.parametrize("table", list(CONTRACT))
def test_csv_header_starts_with_the_contract(raw_run, table):
    _, out = raw_run
    header, rows = read_csv(out / f"{table}.csv")
    assert header[: len(CONTRACT[table])] == CONTRACT[table]
    assert header == columns(table)
    ids = [r["doc_id"] for r in rows]
    assert ids == sorted(ids), "rows are ordered by doc_id"


def test_datapackage_describes_every_field(raw_run):
    _, out = raw_run
    dp = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert dp["pipeline"]["version"] == pipeline.__version__
    assert dp["spacy_model"]
    resources = {r["name"]: r for r in dp["resources"]}
    assert list(resources) == list(CONTRACT_ORDER)
    for table in CONTRACT_ORDER:
        res = resources[table]
        assert res["path"] == f"{table}.csv"
        assert (out / res["path"]).is_file()
        fields = res["schema"]["fields"]
        header, _ = read_csv(out / res["path"])
        assert [f["name"] for f in fields] == header
        assert [f["name"] for f in fields][: len(CONTRACT[table])] == CONTRACT[table]
        for f in fields:
            assert f["type"] in {"string", "integer", "number", "boolean", "list", "date", "any"}, f
            assert isinstance(f["description"], str) and f["description"].strip(), f
        assert fields == [f.descriptor() for f in TABLES[table]]


def test_documents_rows(raw_run):
    _, out = raw_run
    dp = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    _, rows = read_csv(out / "documents.csv")
    assert [r["doc_id"] for r in rows] == [p.stem for p in SEEDS]
    for row, path in zip(rows, SEEDS):
        assert row["status"] == "ok"
        assert row["error"] == ""
        assert row["format"] == "txt"
        assert row["model"] and row["model"] == dp["spacy_model"]
        assert row["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert Path(row["source"]) == Path("raw") / path.name
        assert int(row["n_chars"]) > 0


def test_document_json(raw_run):
    _, out = raw_run
    _, doc_rows = read_csv(out / "documents.csv")
    _, fn_rows = read_csv(out / "footnotes.csv")
    n_chars = {r["doc_id"]: int(r["n_chars"]) for r in doc_rows}
    total_footnotes = 0
    for path in SEEDS:
        data = json.loads((out / "documents" / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert data["doc_id"] == path.stem
        text = data["text"]
        clean = clean_document(read_document(path), path.stem)
        assert text == clean.text
        assert len(text) == n_chars[path.stem]
        for table in CONTRACT_ORDER[1:]:
            assert isinstance(data[table], list), table
        assert data["metadata"]["doc_type"]
        assert data["footnotes"] == [{"number": f.number, "text": f.text, "page_no": f.page_no,
                                      "anchor_char": f.anchor_char} for f in clean.footnotes]
        in_csv = [r for r in fn_rows if r["doc_id"] == path.stem]
        assert [(r["number"], r["text"]) for r in in_csv] == [(f["number"], f["text"]) for f in data["footnotes"]]
        anchors = []
        for fn in data["footnotes"]:
            assert fn["text"].strip()
            a = fn["anchor_char"]
            if a is None:
                continue
            assert 0 < a <= len(text)
            assert not text[a - 1].isspace(), "the marker was glued to the word before it"
            assert not text[a:].startswith(fn["number"]), "the marker itself is gone from the clean text"
            anchors.append(a)
        assert anchors == sorted(anchors), "footnotes are anchored in text order"
        total_footnotes += len(data["footnotes"])
    assert total_footnotes == len(fn_rows)
    assert total_footnotes > 0, "the seeds have footnotes (001, 002, 003)"


def test_two_runs_are_byte_identical(raw_run, tmp_path):
    proc, first = raw_run
    assert proc.returncode == 0
    again = extract("raw", "-o", tmp_path / "again")
    assert again.returncode == 0, again.stderr
    a, b = snapshot(first), snapshot(tmp_path / "again")
    assert sorted(a) == sorted(b)
    for name in a:
        assert a[name] == b[name], name


# --- failures ---------------------------------------------------------------------

def test_bad_files_among_good_ones(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    rng = random.Random(20240717)
    (inp / "noise.pdf").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (inp / "kapot.pdf").write_bytes(b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(4096)))
    (inp / "leeg.txt").write_bytes(b"")
    good = shutil.copy(SEEDS[2], inp / SEEDS[2].name)
    out = tmp_path / "out"
    proc = extract(inp, "-o", out)
    assert proc.returncode != 0
    assert proc.stdout.strip().splitlines()[-1].startswith("4 documents: 1 ok, 3 failed; ")
    failed = failed_lines(proc.stderr)
    assert len(failed) == 3, proc.stderr
    for name in ("noise.pdf", "kapot.pdf", "leeg.txt"):
        assert sum(str(inp / name) in ln for ln in failed) == 1, (name, failed)
    assert "Traceback" not in proc.stderr

    _, rows = read_csv(out / "documents.csv")
    by_id = {r["doc_id"]: r for r in rows}
    assert set(by_id) == {"noise", "kapot", "leeg", SEEDS[2].stem}
    assert by_id["noise"]["status"] == "error"
    assert by_id["kapot"]["status"] == "error"
    assert by_id["leeg"]["status"] == "empty"
    for bad in ("noise", "kapot", "leeg"):
        assert by_id[bad]["error"].strip(), bad
        assert by_id[bad]["sha256"], bad
        assert (out / "documents" / f"{bad}.json").is_file()
        assert any(by_id[bad]["error"] in ln for ln in failed), bad

    ok = by_id[SEEDS[2].stem]
    assert ok["status"] == "ok" and ok["error"] == ""
    assert ok["kamerstuk"] == "kst-33694-68"
    data = json.loads((out / "documents" / f"{SEEDS[2].stem}.json").read_text(encoding="utf-8"))
    assert data["text"] == clean_document(read_document(good), SEEDS[2].stem).text
    _, fn_rows = read_csv(out / "footnotes.csv")
    assert {r["doc_id"] for r in fn_rows} == {SEEDS[2].stem}
    assert len(fn_rows) == len(data["footnotes"]) > 0


def _blank_nlp(monkeypatch):
    import spacy

    from pipeline.nlp import load_nlp

    monkeypatch.delenv("PIPELINE_SPACY_MODEL", raising=False)

    def no_model(name, *a, **kw):
        raise OSError(f"[E050] Can't find model '{name}'")

    monkeypatch.setattr(spacy, "load", no_model)
    nlp = load_nlp()
    monkeypatch.undo()
    return nlp


def test_interrupted_run_leaves_previous_output_whole(tmp_path, monkeypatch):
    nlp = _blank_nlp(monkeypatch)
    out = tmp_path / "out"
    pipeline.run.run(SEEDS[:3], out, nlp)
    before = snapshot(out)
    assert "documents.csv" in before and "documents/000_2946c19b679bfab2.json" in before

    calls = []

    def interrupted_on_second(n):  # Ctrl-C reaches the parent while documents are being written
        calls.append(n)
        if len(calls) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        pipeline.run.run(SEEDS, out, nlp, progress=interrupted_on_second)
    assert len(calls) == 2
    assert snapshot(out) == before
    assert {p.name for p in out.iterdir()} == {n for n in before if "/" not in n} | {"documents"}
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")], "staging folder left behind"


def test_recursion_and_duplicate_stems(tmp_path):
    inp = tmp_path / "in"
    files = {"a/nota.txt": SEEDS[0], "b/nota.txt": SEEDS[1], "c/diep/Nota.txt": SEEDS[3], "c/overig.txt": SEEDS[4],
             "c/leesmij.md": SEEDS[4]}
    for rel, src in files.items():
        (inp / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, inp / rel)
    out = tmp_path / "out"
    proc = extract(inp, "-o", out)
    assert proc.returncode == 0, proc.stderr
    _, rows = read_csv(out / "documents.csv")
    source_of = {r["doc_id"]: Path(r["source"]) for r in rows}
    assert source_of == {"nota": inp / "a/nota.txt", "nota-2": inp / "b/nota.txt", "Nota-3": inp / "c/diep/Nota.txt",
                         "overig": inp / "c/overig.txt"}
    for r in rows:
        assert r["sha256"] == hashlib.sha256(Path(r["source"]).read_bytes()).hexdigest()
        assert (out / "documents" / f"{r['doc_id']}.json").is_file()
    assert len(list((out / "documents").iterdir())) == 4


def test_unloadable_model_is_a_clear_error(tmp_path):
    out = tmp_path / "out"
    proc = extract("raw", "-o", out, "--model", "/nonexistent")
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: cannot load spaCy model '/nonexistent'")
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_no_inputs_is_an_error(tmp_path):
    (tmp_path / "leeg").mkdir()
    proc = extract(tmp_path / "leeg", "-o", tmp_path / "out")
    assert proc.returncode == 2
    assert "error: no .pdf, .txt, .docx, .xml, .html, .htm files" in proc.stderr


# --- the PDF corpus ----------------------------------------------------------------

SCANS = {"pdflab_nota-vws-mondzorg-scan", "plooi_blg-1007826-beslisnota-nitraat-scan"}


@needs_corpus
def test_corpus_pdfs(tmp_path):
    out = tmp_path / "out"
    proc = extract(CORPUS, "-o", out, "-q")
    pdfs = sorted(CORPUS.glob("*.pdf"))
    _, rows = read_csv(out / "documents.csv")
    assert sorted(r["doc_id"] for r in rows) == sorted(p.stem for p in pdfs)
    assert {p.stem for p in pdfs} >= SCANS
    ocr = bool(tesseract_probe("tesseract"))  # the scans are OCR'd where Tesseract is installed (CI installs it)
    for r in rows:
        assert r["format"] == "pdf"
        assert int(r["n_pages"]) > 0, r["doc_id"]
        assert bool(r["ocr_pages"]) == (ocr and r["doc_id"] in SCANS), r["doc_id"]
        if r["doc_id"] in SCANS and not ocr:
            assert r["status"] == "no_text_layer", r["doc_id"]
            assert "apt-get install tesseract-ocr tesseract-ocr-nld" in r["error"], r["doc_id"]
        else:
            assert r["status"] == "ok", (r["doc_id"], r["error"])
            assert int(r["n_chars"]) > 0, r["doc_id"]
    n_failed = 0 if ocr else len(SCANS)
    assert proc.returncode == (1 if n_failed else 0)
    assert len(failed_lines(proc.stderr)) == n_failed
    assert proc.stdout.strip().splitlines()[-1].startswith(
        f"{len(pdfs)} documents: {len(pdfs) - n_failed} ok, {n_failed} failed; ")
