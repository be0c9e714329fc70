"""The project's word splitting: spaCy's Dutch tokenizer, with hyphens and slashes inside words as tokens.

The pipeline's ``nlp`` gets the same rule (:func:`split_compounds`), so that a finding on part of a compound
('VN' in 'VN-agenda', 'CCW' in 'CCW/GGE') is a span of whole tokens; finders that match word sequences on a
plain string (the gazetteers) split it with :func:`words`, the same tokenizer.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

COMPOUND_INFIX = r"(?<=[^\W_])[-‐/](?=[^\W_])"


def split_compounds(nlp: Language) -> None:
    """Hyphens and slashes between letters or digits become tokens of their own in ``nlp``'s tokenizer."""
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes or []) + [COMPOUND_INFIX]).finditer


@cache
def tokenizer() -> Tokenizer:
    nlp = spacy.blank("nl")
    split_compounds(nlp)
    return nlp.tokenizer


def words(text: str) -> list[tuple[str, int, int]]:
    """The tokens of ``text`` (no whitespace tokens) with their character offsets."""
    return [(t.text, t.idx, t.idx + len(t.text)) for t in tokenizer()(text) if not t.is_space]
