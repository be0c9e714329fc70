"""The project's rule for spaCy's Dutch tokenizer: hyphens and slashes inside words are tokens of their own.

So a finding on part of a compound ('VN' in 'VN-agenda', 'CCW' in 'CCW/GGE') is a span of whole tokens.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex

COMPOUND_INFIX = r"(?<=[^\W_])[-‐/](?=[^\W_])"


def split_compounds(nlp: Language) -> None:
    """Hyphens and slashes between letters or digits become tokens of their own in ``nlp``'s tokenizer."""
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes or []) + [COMPOUND_INFIX]).finditer
