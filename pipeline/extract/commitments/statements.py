"""Which sentences of a document can be the government speaking: not the members' questions, motions printed
in it, questions, quotations or headings; and where a sentence starts after its bullet."""

from __future__ import annotations

import re

from pipeline.extract.commitments.lexicon import Lexicon
from pipeline.lang.motion_block import block_spans


def strip_bullet(text: str, s: int, e: int, lex: Lexicon) -> int:
    """The start of sentence s..e after any bullets it opens with."""
    m = lex.bullets.match(text, s, e)
    while m and m.end() > s:
        s = m.end()
        m = lex.bullets.match(text, s, e)
    return s


def not_a_statement(sent: str, lex: Lexicon) -> bool:
    """Questions (also the members' questions a report restates), quotations and headings promise nothing."""
    stripped = sent.rstrip()
    if stripped.endswith("?") or lex.reported_question.search(stripped):
        return True
    if stripped[:1] in lex.quote_open and stripped[-1:] in "”’\"»'":
        return True
    return len(stripped.split()) < 3


_VRAAG = re.compile(r"^\s*Vraag\s*\d*\s*$", re.M)
_ANTWOORD = re.compile(r"^\s*Antwoord\b", re.M)


def skipped_spans(text: str) -> list[tuple[int, int]]:
    """Text that is not the government speaking: the members' questions, and motions printed in the document."""
    spans = []
    for m in _VRAAG.finditer(text):
        a = _ANTWOORD.search(text, m.end())
        spans.append((m.start(), a.start() if a else len(text)))
    return spans + block_spans(text)
