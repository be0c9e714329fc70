"""The project's rule for spaCy's Dutch tokenizer: hyphens and slashes inside words are tokens of their own.

So a finding on part of a compound ('VN' in 'VN-agenda', 'CCW' in 'CCW/GGE') is a span of whole tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.lang.nl import Dutch
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

COMPOUND_INFIX = r"(?<=[^\W_])[-‐/](?=[^\W_])"


def split_compounds(nlp: Language) -> None:
    """Hyphens and slashes between letters or digits become tokens of their own in ``nlp``'s tokenizer."""
    if COMPOUND_INFIX in (nlp.Defaults.infixes or ()):
        return  # built with the rule (blank_dutch)
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes or []) + [COMPOUND_INFIX]).finditer


class CompoundDutch(Dutch):
    """spaCy's Dutch with the compound rule among its infixes, so its tokenizer is built with it."""

    class Defaults(Dutch.Defaults):
        infixes = [*(Dutch.Defaults.infixes or []), COMPOUND_INFIX]


def blank_dutch() -> Language:
    """``spacy.blank("nl")`` whose tokenizer splits compounds (:func:`split_compounds`) from the start.

    The same tokenizer as ``split_compounds(spacy.blank("nl"))`` at half the start-up cost: setting the infix
    rule on a built tokenizer compiles spaCy's infix regex again and reloads its 9,000 special cases.
    """
    return CompoundDutch.from_config({}, vocab=True, meta={})


_PIECE = re.compile(r"\w+|[^\w\s]")
_RUN = re.compile(r"\S*")


class BoundedTokenizer:
    """spaCy's tokenizer, except for a run of more than ``long_run`` characters without whitespace: that becomes
    a token per stretch of word characters and one per other character.

    spaCy peels a prefix or suffix off such a run one at a time and searches the whole rest again each time, so
    its cost grows with the square of the run ('((((...' of 100 000 characters takes minutes). No word or
    citation is that long; a run that is, is garbage or a long URL, which the extractors read in the text.
    """

    def __init__(self, tokenizer: Callable[[str], Doc], long_run: int) -> None:
        self.tokenizer = tokenizer
        # anchored at the start of a run, so the check reads each character at most long_run + 1 times
        self.long = re.compile(rf"(?<!\S)\S{{{long_run + 1}}}")

    def __getattr__(self, name: str) -> Any:  # prefix_search, infix_finditer, ...: spaCy's own
        return getattr(self.__dict__["tokenizer"], name)

    def __call__(self, text: str) -> Doc:
        if not self.long.search(text):
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        start = 0
        for m in self.long.finditer(text):
            end = _RUN.match(text, m.start()).end()  # type: ignore[union-attr]  # \S* always matches
            self._add(self.tokenizer(text[start: m.start()]), words, spaces)
            run = [p.group() for p in _PIECE.finditer(text, m.start(), end)]
            words += run
            spaces += [False] * len(run)
            start = end
        self._add(self.tokenizer(text[start:]), words, spaces)
        return Doc(self.tokenizer.vocab, words=words, spaces=spaces)

    @staticmethod
    def _add(doc: Doc, words: list[str], spaces: list[bool]) -> None:
        """The tokens of ``doc`` after those of the text before it; whitespace after a run is a token."""
        for t in doc:
            words.append(t.text)
            spaces.append(bool(t.whitespace_))
