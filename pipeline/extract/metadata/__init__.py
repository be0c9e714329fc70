"""Document metadata for documents.csv: type, own Kamerstuk id, date, title, addressee, signatories.

A pure function of the clean :class:`~pipeline.document.Document` (its text and
what its page furniture told), one module per item: :mod:`.doc_type`, :mod:`.own_id`,
:mod:`.dating`, :mod:`.title`, :mod:`.addressee`, :mod:`.signatures`, and for answers to written
questions :mod:`.questions`; the values
they hand on are in :mod:`.values`.
"""

from __future__ import annotations

from pipeline.document import Document
from pipeline.extract.metadata.addressee import addressee
from pipeline.extract.metadata.dating import document_anchor, document_date
from pipeline.extract.metadata.doc_type import DOC_TYPES, classify, genre
from pipeline.extract.metadata.markup import markup_signatories, markup_type
from pipeline.extract.metadata.own_id import own_id
from pipeline.extract.metadata.questions import question_pairs, questioners, submitted_received
from pipeline.extract.metadata.signatures import recase_role, signatories
from pipeline.extract.metadata.title import title
from pipeline.extract.metadata.values import Metadata, OwnId, Question, Signatory

__all__ = [
    "DOC_TYPES", "Metadata", "OwnId", "Question", "Signatory", "addressee", "classify", "document_anchor",
    "document_date", "extract_metadata", "own_id", "recase_role", "signatories", "title",
]


def extract_metadata(doc: Document) -> Metadata:
    text = doc.text
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    doc_type = markup_type(doc) or classify(text, doc.layout)
    own = own_id(doc, lines, doc_type)
    date, date_source = document_date(doc, lines)
    asked = _answers(text) if doc_type == "antwoord_kamervragen" else {}
    if asked.get("date_received") and date_source != "markup":  # answers are dated by their receipt
        date, date_source = asked["date_received"], "ontvangen"
    return Metadata(
        doc_type=doc_type, genre=genre(text), kamerstuk=own.kamerstuk, kamerstuk_inferred=own.inferred,
        dossier=own.dossier,
        ondernummer=own.ondernummer, vergaderjaar=own.vergaderjaar, kamer=own.kamer, date=date,
        date_source=date_source, title=title(doc, lines, doc_type), addressee=addressee(text, doc_type, own.kamer),
        signatories=markup_signatories(doc) or tuple(signatories(lines, doc_type)),
        anchor=document_anchor(text, date, date_source), **asked)


def _answers(text: str) -> dict:
    submitted, received = submitted_received(text)
    return {"questioners": questioners(text), "date_submitted": submitted, "date_received": received,
            "questions": question_pairs(text)}
