"""The values the metadata extractor hands on: the document's own id, its signers, and the whole :class:`Metadata`."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.dates import Anchor


@dataclass(frozen=True)
class Signatory:
    name: str | None
    role: str | None

    def label(self) -> str:
        return f"{self.name or ''} ({self.role})".strip() if self.role else (self.name or "")


@dataclass(frozen=True)
class Question:
    """One written question and the answer to it; offsets into the clean text (the answer's None when missing)."""

    number: str  # '1', or '3, 4, 5, 6' when one label asks or answers several
    question: str
    answer: str
    question_start: int
    question_end: int
    answer_start: int | None = None
    answer_end: int | None = None


@dataclass(frozen=True)
class OwnId:
    """The document's own Kamerstuk number, from its colophon or head."""

    kamerstuk: str = ""
    inferred: bool = False  # the dossier was inferred from the series the document cites
    dossier: str = ""
    ondernummer: str = ""
    vergaderjaar: str = ""
    kamer: str = ""


@dataclass(frozen=True)
class Metadata:
    """What the document says about itself; computed once, before the extractors that need it."""

    doc_type: str = "other"
    genre: str = ""  # a finer kind within the type: 'besluitenlijst'
    kamerstuk: str = ""
    kamerstuk_inferred: bool = False
    dossier: str = ""
    ondernummer: str = ""
    vergaderjaar: str = ""
    kamer: str = ""
    date: str = ""
    date_source: str = ""
    title: str = ""
    addressee: str = ""
    signatories: tuple[Signatory, ...] = ()
    anchor: Anchor = Anchor()  # the date relative expressions are resolved against
    # Answers to written questions: who asked, when asked and answered, and the pairs.
    questioners: tuple[str, ...] = ()
    date_submitted: str = ""
    date_received: str = ""
    questions: tuple[Question, ...] = ()

    def speaking_roles(self) -> list[str]:
        """The offices of the signers who speak for the government (not members of parliament)."""
        return [s.role for s in self.signatories if s.role and not s.role.lower().startswith("lid ")]
