"""Loading the spaCy pipeline (pipeline.nlp): a model by path, by environment, through the CLI, the blank
fallback, and texts longer than ``max_length``.

A tiny NER model is trained here, on a fixed set of sentences with a fixed seed, so that the loading path of a
real statistical model is exercised without downloading one.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from conftest import ROOT
from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed

import pipeline.nlp as pnlp
from pipeline.components import EXTRACTORS
from pipeline.document import Document
from pipeline.nlp import MODEL_ENV, ModelError, describe, is_statistical, load_nlp, model_name, parse, split_text
from pipeline.resources import load_json
from pipeline.settings import settings

TINY_NAME = "nl_tiny_ner 0.0.1"  # lang _ meta name, then meta version
TRAIN = [
    ("Minister Brekelmans bezocht het Ministerie van Defensie.",
     [("Brekelmans", "PERSON"), ("Ministerie van Defensie", "ORG")]),
    ("Ollongren sprak in Brussel met de NAVO.", [("Ollongren", "PERSON"), ("NAVO", "ORG")]),
    ("De Tweede Kamer nam de motie van Van Dijk aan.", [("Tweede Kamer", "ORG"), ("Van Dijk", "PERSON")]),
    ("Hoekstra informeerde de Verenigde Naties over de conferentie.",
     [("Hoekstra", "PERSON"), ("Verenigde Naties", "ORG")]),
    ("Het Ministerie van Buitenlandse Zaken werkt samen met Defensie.",
     [("Ministerie van Buitenlandse Zaken", "ORG"), ("Defensie", "ORG")]),
    ("Schoof en Veldkamp spraken met de Europese Commissie.",
     [("Schoof", "PERSON"), ("Veldkamp", "PERSON"), ("Europese Commissie", "ORG")]),
]

LONG_TEXT = "\n".join(
    f"Alinea {i}. De minister van Financiën informeert de Kamer over de voortgang van maatregel {i}; "
    f"de uitvoering loopt volgens plan en de kosten blijven binnen het budget."
    for i in range(1, 15)
)[:2000]


def pipe(nlp: Language, texts: list[str]):
    """Texts through the whole pipeline as the run sends them (long ones in pieces)."""
    return parse(nlp, [Document(doc_id=f"t{i}", source="t.txt", format="txt", text=t) for i, t in enumerate(texts)])


def _train(path: Path) -> None:
    fix_random_seed(0)
    nlp = spacy.blank("nl")
    nlp.add_pipe("ner")
    examples = []
    for text, spans in TRAIN:
        ents = []
        for surface, label in spans:
            start = text.index(surface)
            ents.append((start, start + len(surface), label))
        examples.append(Example.from_dict(nlp.make_doc(text), {"entities": ents}))
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(20):
        nlp.update(examples, sgd=optimizer, drop=0.0)
    nlp.meta["name"], nlp.meta["version"] = "tiny_ner", "0.0.1"
    nlp.to_disk(path)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("models") / "tiny"
    _train(path)
    return path


@pytest.fixture
def no_env(monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)
    settings.cache_clear()


def _check_pipeline(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names[-len(EXTRACTORS):] == list(EXTRACTORS), names
    assert {"sentencizer", "senter", "parser"} & set(names), names
    assert "newline_sentences" in names
    splitter = next(n for n in names if n in ("sentencizer", "senter", "parser"))
    assert names.index("newline_sentences") in (names.index(splitter) + 1, names.index(splitter) - 1)
    texts = ["Kernpunten\nDe minister stuurt de brief voor de zomer. Daarna volgt een debat.",
             "  Tekst met  dubbele spaties\n\nen een lege regel.  ", ""]
    docs = list(pipe(nlp, texts))
    assert [d.text for d in docs] == texts
    # A paragraph break ends a sentence even without a full stop.
    first = docs[0]
    starts = [t.text for t in first if t.is_sent_start]
    assert "Kernpunten" in starts and "De" in starts and "Daarna" in starts
    # A line break after a full stop stays with its sentence: no whitespace-only sentences.
    doc = next(pipe(nlp, ["Het gaat om de NAVO.\nDaarna volgt meer.\n\nSlot"]))
    assert [s.text for s in doc.sents] == ["Het gaat om de NAVO.\n", "Daarna volgt meer.\n\n", "Slot"]


# --- a model by path, by environment ---------------------------------------------

def test_tiny_model_trains_deterministically(tiny, tmp_path):
    _train(tmp_path / "again")
    for part in ("ner/model", "ner/moves", "config.cfg"):
        assert (tiny / part).read_bytes() == (tmp_path / "again" / part).read_bytes(), part


@pytest.fixture(scope="module")
def tiny_nlp(tiny) -> Language:
    env = os.environ.pop(MODEL_ENV, None)
    settings.cache_clear()
    try:
        return load_nlp(str(tiny))
    finally:
        if env is not None:
            os.environ[MODEL_ENV] = env
            settings.cache_clear()


def test_load_by_path(tiny_nlp):
    nlp = tiny_nlp
    assert is_statistical(nlp) is True
    assert model_name(nlp) == TINY_NAME
    assert "ner" in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"PERSON", "ORG"}
    assert describe(nlp) == f"spaCy model {TINY_NAME} (components: {', '.join(nlp.pipe_names)})"
    _check_pipeline(nlp)
    doc = next(nlp.pipe(["Minister Brekelmans bezocht de NAVO in Brussel."]))
    assert {e.label_ for e in doc.ents} <= {"PERSON", "ORG"}


def test_load_by_environment(tiny, monkeypatch):
    monkeypatch.setenv(MODEL_ENV, str(tiny))
    settings.cache_clear()
    nlp = load_nlp()
    assert (model_name(nlp), is_statistical(nlp)) == (TINY_NAME, True)
    _check_pipeline(nlp)


def test_explicit_model_beats_environment(tiny, monkeypatch):
    monkeypatch.setenv(MODEL_ENV, "/nonexistent/model")
    settings.cache_clear()
    assert model_name(load_nlp(str(tiny))) == TINY_NAME


@pytest.mark.parametrize("how", ["argument", "environment"])
def test_unloadable_model_raises(monkeypatch, how):
    if how == "environment":
        monkeypatch.setenv(MODEL_ENV, "/nonexistent/model")
        settings.cache_clear()
        requested = None
    else:
        monkeypatch.delenv(MODEL_ENV, raising=False)
        settings.cache_clear()
        requested = "/nonexistent/model"
    with pytest.raises(ModelError, match="cannot load spaCy model '/nonexistent/model'"):
        load_nlp(requested)


def test_candidate_list_is_tried_in_order(tiny, no_env, monkeypatch):
    cfg = dict(load_json("nlp.json"), candidates=["nl_no_such_model_xyz", str(tiny)])
    monkeypatch.setattr(pnlp, "load_json", lambda name: cfg if name == "nlp.json" else load_json(name))
    nlp = load_nlp()
    assert (model_name(nlp), is_statistical(nlp)) == (TINY_NAME, True)


# --- through the CLI ---------------------------------------------------------------

def test_cli_records_the_model(tiny, tmp_path):
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k != MODEL_ENV}
    args = [sys.executable, "-m", "pipeline", "extract", "raw", "-o", str(out), "--model", str(tiny)]
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr
    start = proc.stderr.splitlines()[0]
    assert start.startswith(f"spaCy model {TINY_NAME} (components: ")
    assert "ner" in start and "newline_sentences" in start
    with open(out / "documents.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5
    assert {r["model"] for r in rows} == {TINY_NAME}
    assert json.loads((out / "datapackage.json").read_text(encoding="utf-8"))["spacy_model"] == TINY_NAME


# --- the blank fallback ---------------------------------------------------------------

def _assert_blank(nlp: Language, candidates: list[str]) -> None:
    assert is_statistical(nlp) is False
    assert model_name(nlp) == "blank:nl"
    assert nlp.lang == "nl"
    assert [n for n in nlp.pipe_names if n not in EXTRACTORS] == ["sentencizer", "newline_sentences"]
    text = describe(nlp)
    assert "none found" in text
    assert "spacy.blank('nl')" in text
    for name in candidates:
        assert name in text
    _check_pipeline(nlp)


def test_blank_fallback_when_no_model_loads(no_env, monkeypatch):
    tried = []

    def no_model(name, *args, **kwargs):
        tried.append(name)
        raise OSError(f"[E050] Can't find model '{name}'")

    monkeypatch.setattr(spacy, "load", no_model)
    nlp = load_nlp()
    candidates = load_json("nlp.json")["candidates"]
    assert tried == candidates
    _assert_blank(nlp, candidates)


def test_blank_fallback_with_uninstalled_candidates(no_env, monkeypatch):
    cfg = dict(load_json("nlp.json"), candidates=["nl_no_such_model_xyz", "nl_nor_this_one_xyz"])
    monkeypatch.setattr(pnlp, "load_json", lambda name: cfg if name == "nlp.json" else load_json(name))
    _assert_blank(load_nlp(), cfg["candidates"])


# --- long texts ---------------------------------------------------------------------

@pytest.fixture
def small_blank(no_env, monkeypatch):
    monkeypatch.setattr(spacy, "load", lambda name, *a, **kw: (_ for _ in ()).throw(OSError(name)))
    nlp = load_nlp()
    monkeypatch.undo()
    nlp.max_length = 200
    return nlp


def test_long_text_is_piped_in_pieces(small_blank):
    assert len(LONG_TEXT) == 2000 and LONG_TEXT.count("\n") >= 10
    short = "Een korte tekst.\nMet twee regels."
    docs = list(pipe(small_blank, [short, LONG_TEXT, short + " Nog een.", LONG_TEXT.replace("\n", " ")]))
    assert [d.text for d in docs] == [short, LONG_TEXT, short + " Nog een.", LONG_TEXT.replace("\n", " ")]
    long_doc = docs[1]
    assert len(long_doc) > 300
    assert all(long_doc.text[t.idx: t.idx + len(t.text)] == t.text for t in long_doc)
    sents = list(long_doc.sents)
    assert "".join(s.text_with_ws for s in sents) == LONG_TEXT
    assert len(sents) >= 14


def test_long_text_with_a_statistical_model(tiny_nlp, monkeypatch):
    monkeypatch.setattr(tiny_nlp, "max_length", 200)
    doc = next(pipe(tiny_nlp, [LONG_TEXT]))
    assert doc.text == LONG_TEXT
    for ent in doc.ents:
        assert LONG_TEXT[ent.start_char: ent.end_char] == ent.text


PARAGRAPHS = "\n".join(f"Dit is alinea {i} van de brief, met een paar woorden erin." for i in range(40))
SPACES_ONLY = " ".join(f"woord{i}" for i in range(400))
NO_WHITESPACE = "x" * 1234
MIXED = "Kop\n\n\nEen alinea   met  spaties.\n\nNog een alinea die wat langer is dan de rest van de tekst.\n"


@pytest.mark.parametrize("limit", [1, 7, 30, 64, 200, 5000])
@pytest.mark.parametrize("text", [PARAGRAPHS, SPACES_ONLY, NO_WHITESPACE, MIXED, "\nbegint met een regeleinde"],
                         ids=["paragraphs", "spaces-only", "no-whitespace", "mixed", "leading-newline"])
def test_split_text_round_trips(text, limit):
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= limit for p in pieces)
    if len(text) <= limit:
        assert pieces == [text]


def test_split_text_prefers_paragraph_boundaries():
    pieces = split_text(PARAGRAPHS, 200)
    assert len(pieces) > 1
    assert all(p.endswith("\n") for p in pieces[:-1])
    assert all(len(p) > 100 for p in pieces[:-1]), "pieces are filled up to the limit, not one line each"


def test_split_text_falls_back_to_spaces():
    pieces = split_text(SPACES_ONLY, 100)
    assert all(p.endswith(" ") for p in pieces[:-1])
    assert all(not p.startswith(" ") for p in pieces)


def test_split_text_of_nothing():
    assert split_text("", 10) == [""]


def test_an_opening_bracket_after_a_full_stop_opens_the_next_sentence(no_env, monkeypatch):
    monkeypatch.setattr(spacy, "load", lambda name, *a, **kw: (_ for _ in ()).throw(OSError(name)))
    settings.cache_clear()
    nlp = load_nlp()
    doc = next(pipe(nlp, ["Het rapport verscheen in 2017. (https://example.nl/rapport) Zie ook «Welke?» (bijlage 2)."]))
    assert [s.text.strip() for s in doc.sents] == ["Het rapport verscheen in 2017.",
                                                   "(https://example.nl/rapport) Zie ook «Welke?»", "(bijlage 2)."]
    # A closing quote or bracket stays with the sentence it ends.
    doc = next(pipe(nlp, ["Hij zei: «Dat doen we.» Daarna (kort) sprak zij."]))
    assert [s.text.strip() for s in doc.sents] == ["Hij zei: «Dat doen we.»", "Daarna (kort) sprak zij."]
