"""The spaCy face of the pipeline: load_nlp(), one component at a time on spacy.blank('nl'), spans with typed
values, footnote Docs, displaCy, and spaCy finding the components by name."""

from __future__ import annotations

import pytest
import spacy
from conftest import run_components
from spacy import displacy
from spacy.language import Language

import pipeline
import pipeline.components  # noqa: F401  (registers the factories)
from pipeline.components import EXTRACTORS, SPAN_KEYS
from pipeline.document import Document, Footnote
from pipeline.extract.commitments import CommitmentValue
from pipeline.extract.dates import TimeExpr
from pipeline.extract.entities import EntityValue
from pipeline.extract.motions import MotionValue
from pipeline.extract.references import Reference

LETTER = ("Den Haag, 3 maart 2023\n\nGeachte voorzitter,\n\n"
          "In mijn brief van 12 januari 2023 (Kamerstuk 33 694, nr. 43) schreef ik over de VN-agenda. "
          "Met deze brief geef ik uitvoering aan de motie van het lid Van Dijk (NSC) over militaire AI. "
          "Het kabinet zal uw Kamer voor de zomer informeren over de voortgang.\n\n"
          "De Minister van Buitenlandse Zaken,\nW.B. Hoekstra\n")
VALUE_TYPES = {"references": ("reference", Reference), "dates": ("date", TimeExpr), "motions": ("motion", MotionValue),
               "commitments": ("commitment", CommitmentValue), "entities": ("entity", EntityValue)}


@pytest.fixture(scope="module")
def letter() -> spacy.tokens.Doc:
    return pipeline.load_nlp()(LETTER)


def test_load_nlp_is_a_spacy_language_with_every_component():
    nlp = pipeline.load_nlp()
    assert isinstance(nlp, Language)
    assert nlp.pipe_names[-len(EXTRACTORS):] == list(EXTRACTORS)


@pytest.mark.parametrize("key", SPAN_KEYS)
def test_every_kind_of_finding_is_a_span_with_its_typed_value(letter, key):
    attr, kind = VALUE_TYPES[key]
    spans = letter.spans[key]
    assert len(spans), key
    for span in spans:
        value = getattr(span._, attr)
        assert isinstance(value, kind), (key, span.text, value)
        if key == "entities":  # a mention: its span is the mention, its value the entity it names
            assert span.label_ == value.label and value.mentions >= 1
            continue
        assert span.start_char <= value.start < value.end <= span.end_char, (span.text, value)


def test_span_values_of_the_letter(letter):
    ref = letter.spans["references"][0]._.reference
    assert (ref.canonical, ref.raw) == ("kst-33694-43", "Kamerstuk 33 694, nr. 43")
    assert {(s.text, s._.date.value) for s in letter.spans["dates"]} >= {("12 januari 2023", "2023-01-12"),
                                                                         ("voor de zomer", "2023-SU")}
    motion = letter.spans["motions"][0]._.motion
    assert (motion.submitters, motion.parties, motion.status) == (("Van Dijk",), ("NSC",), "aangenomen")
    promise = letter.spans["commitments"][0]._.commitment
    assert (promise.actor, promise.cue, promise.deadline.value) == ("het kabinet", "zal", "2023-SU")
    people = {s.text: s._.entity for s in letter.spans["entities"] if s.label_ == "PERSON"}
    assert people["W.B. Hoekstra"].role == "Minister van Buitenlandse Zaken"


def test_facts_are_computed_once_and_anchor_the_dates(letter):
    facts = letter._.facts
    assert (facts.date, facts.anchor.iso(), facts.doc_type) == ("2023-03-03", "2023-03-03", "brief_regering")
    assert [s.label() for s in facts.signatories] == ["W.B. Hoekstra (Minister van Buitenlandse Zaken)"]
    assert letter.spans["dates"][0]._.date.value == "2023-03-03"  # the dateline itself, resolved once


def test_a_finding_inside_a_compound_is_a_span_of_whole_tokens(letter):
    vn = [s for s in letter.spans["entities"] if s._.entity.normalized == "Verenigde Naties"]
    assert [s.text for s in vn] == ["VN"]
    assert [t.text for t in letter[vn[0].start: vn[0].end + 2]] == ["VN", "-", "agenda"]


@pytest.mark.parametrize("key", SPAN_KEYS)
def test_displacy_renders_the_spans(letter, key):
    html = displacy.render(letter, style="span", options={"spans_key": key})
    for span in letter.spans[key]:
        assert span.label_ in html
        assert span[0].text in html


# --- one component at a time on spacy.blank('nl') ------------------------------------------

def blank_with(*names: str) -> Language:
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    for name in names:
        nlp.add_pipe(name)
    return nlp


def test_references_component_alone():
    doc = blank_with("kst_references")("Zie Kamerstukken II 2022/23, 36 200 X, nr. 90 en kst-33694-68.")
    assert [s._.reference.canonical for s in doc.spans["references"]] == ["kst-36200-X-90", "kst-33694-68"]
    assert [s.label_ for s in doc.spans["references"]] == ["kamerstuk", "kamerstuk"]


def test_dates_component_alone_skips_what_references_claimed():
    text = "Kamerstukken II 2022/23, 36 200, nr. 5 van 4 april 2023 en het voorjaar van 2024."
    alone = blank_with("kst_dates")(text)
    both = blank_with("kst_references", "kst_dates")(text)
    assert [s._.date.value for s in both.spans["dates"]] == ["2023-04-04", "2024-SP"]
    assert "2022/23" not in [s.text for s in both.spans["dates"]]
    assert len(alone.spans["dates"]) >= len(both.spans["dates"])


def test_motions_component_alone():
    doc = blank_with("kst_motions")("Ik geef uitvoering aan de motie-Koopmans c.s. over drones.")
    assert [(s.text, s._.motion.submitters, s._.motion.cosigners) for s in doc.spans["motions"]] == \
        [("motie-Koopmans c.s.", ("Koopmans",), True)]


def test_commitments_component_alone():
    doc = blank_with("kst_commitments")("Het kabinet zal de Kamer informeren. Spanje organiseerde een top.")
    assert [(s.text, s._.commitment.actor) for s in doc.spans["commitments"]] == \
        [("Het kabinet zal de Kamer informeren.", "het kabinet")]


def test_entities_component_alone():
    doc = blank_with("kst_entities")("Nederland sprak in Brussel met de Europese Commissie.")
    assert {(s.text, s.label_) for s in doc.spans["entities"]} == \
        {("Nederland", "GPE"), ("Brussel", "GPE"), ("Europese Commissie", "ORG")}


def test_a_failing_extractor_costs_its_table_only(monkeypatch):
    import pipeline.components.motions as component

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(component, "find_motions", broken)
    doc = blank_with("kst_references", "kst_motions")("De motie-Koopmans (Kamerstuk 36 200, nr. 5).")
    assert len(doc.spans["references"]) == 1 and len(doc.spans["motions"]) == 0
    assert doc._.source.warnings == ["motions: internal error: RuntimeError: boom"]


# --- footnotes through the same pipeline ---------------------------------------------------

def test_footnotes_get_docs_with_sentences_and_findings():
    note = Footnote(number="1", text="Kamerstukken II 2022/23, 33 694, nr. 68. Zie ook de NAVO-top van 2023.",
                    page_no=1, anchor_char=42)
    document = Document(doc_id="n", source="n.txt", format="txt", text="Zoals eerder gemeld is de motie aangenomen.",
                        footnotes=[note])
    doc = run_components(document)
    (only,) = doc._.notes
    assert only.footnote is note and only.doc.text == note.text
    assert len(list(only.doc.sents)) == 2
    assert [s._.reference.canonical for s in only.doc.spans["references"]] == ["kst-33694-68"]
    assert [s.text for s in only.doc.spans["entities"]] == ["NAVO"]
    assert [s._.date.value for s in only.doc.spans["dates"]] == ["2023"]
    assert doc.spans["motions"][0]._.motion.kamerstuk == "kst-33694-68"


def test_spacy_finds_the_components_by_name_without_an_import():
    import subprocess
    import sys

    code = ("import spacy; nlp = spacy.blank('nl'); nlp.add_pipe('kst_references'); doc = nlp('Zie kst-33694-68.'); "
            "print(doc.spans['references'][0]._.reference.canonical)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "kst-33694-68"


def test_making_a_language_imports_no_component_code():
    """spaCy imports every installed package's factory entry points whenever a Language is made, in any program;
    ours register their names there and import a component's code only when a pipeline adds it."""
    import subprocess
    import sys

    code = ("import sys, spacy; nlp = spacy.blank('nl'); "
            "loaded = lambda: sorted(m for m in sys.modules if m.startswith('pipeline.') and "
            "m not in ('pipeline.components', 'pipeline.components.factories')); "
            f"print(all(n in spacy.registry.factories for n in {EXTRACTORS!r}), loaded()); "
            "nlp.add_pipe('kst_dates'); print('pipeline.components.dates' in loaded())")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split("\n")[:2] == ["True []", "True"]


# --- a Doc with findings is still a spaCy Doc: it serialises and crosses processes -------------

def test_findings_survive_to_bytes(letter):
    from spacy.tokens import Doc

    again = Doc(letter.vocab).from_bytes(letter.to_bytes())
    for key, (attr, _kind) in VALUE_TYPES.items():
        assert [getattr(s._, attr) for s in again.spans[key]] == [getattr(s._, attr) for s in letter.spans[key]]
    assert again._.facts == letter._.facts
    assert again.spans["commitments"][0]._.commitment.deadline.value == "2023-SU"


def test_findings_survive_docbin(letter):
    from spacy.tokens import DocBin

    box = DocBin(store_user_data=True, docs=[letter])
    (again,) = DocBin().from_bytes(box.to_bytes()).get_docs(letter.vocab)
    assert again.spans["motions"][0]._.motion.submitters == ("Van Dijk",)


def test_nlp_pipe_with_several_processes():
    nlp = pipeline.load_nlp()
    docs = list(nlp.pipe([LETTER, LETTER.replace("33 694", "36 200")], n_process=2, batch_size=1))
    assert [d.spans["references"][0]._.reference.canonical for d in docs] == ["kst-33694-43", "kst-36200-43"]
    assert docs[1]._.facts.date == "2023-03-03"
