"""Footnotes through the same pipeline: each footnote of the document gets a Doc of its own.

The component sits after the analysis components (a model's tagger, parser and NER, the sentence
boundaries) and before the extractors. It runs the components before it on each footnote's text, so a
footnote has sentences (and a model's entities) like the body; the extractors after it then read and
write the body Doc and every footnote Doc (:func:`~pipeline.components.extensions.parts`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.doc_text import remember_text
from pipeline.components.extensions import Note, register, source_of


class FootnoteDocs:
    def __init__(self, nlp: Language, name: str) -> None:
        register()
        self.nlp, self.name = nlp, name

    def __call__(self, doc: Doc) -> Doc:
        notes = []
        for footnote in source_of(doc).footnotes:
            note_doc = remember_text(self.nlp.make_doc(footnote.text), footnote.text)
            for name, proc in self.nlp.pipeline:
                if name == self.name:
                    break
                note_doc = proc(note_doc)
            notes.append(Note(footnote, note_doc))
        doc._.notes = tuple(notes)
        return doc
