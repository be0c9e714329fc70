"""What the extractors that build on others read: a text with its sentences and the references and dates found
in it. The body of a document is one passage, each footnote another."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.document import Footnote
from pipeline.extract.dates import TimeExpr
from pipeline.extract.references import Reference


@dataclass(frozen=True)
class Passage:
    text: str
    sentences: list[tuple[int, int]]
    references: list[Reference]
    dates: list[TimeExpr]  # in text order
    footnote: Footnote | None = None  # None for the body
