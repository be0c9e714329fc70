"""The project's spaCy factories, registered without importing the code behind them.

spaCy imports every installed package's ``spacy_factories`` entry points each time a ``Language`` is made
(``spacy.blank``, ``spacy.load``), in any program of the environment, whether or not it uses them. Registering
the components here, each importing its module only when a pipeline adds it, keeps the finders and their
grammars (0.24 s of CPU) out of programs that never use them. spaCy 3.8 registers its own factories the same way
(``spacy.pipeline.factories``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from spacy.language import Language

_FACTS, _SPANS = "doc._.facts", "doc.spans"


@dataclass(frozen=True)
class Factory:
    """A component: ``function`` in ``pipeline.components.<module>``; ``builds`` when that function is a factory
    (called with the pipeline and the component's name), else it is the component itself."""

    name: str
    module: str
    function: str
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    builds: bool = False

    def implementation(self) -> Callable[..., Any]:
        return getattr(import_module(f"pipeline.components.{self.module}"), self.function)


FACTORIES = (
    Factory("newline_sentences", "sentences", "newline_sentences", assigns=("token.is_sent_start",)),
    Factory("kst_footnotes", "footnotes", "FootnoteDocs", assigns=("doc._.notes",), builds=True),
    Factory("kst_facts", "facts", "document_facts", assigns=(_FACTS,)),
    Factory("kst_turns", "turns", "turns", requires=(_FACTS,), assigns=(_SPANS, "span._.turn")),
    Factory("kst_references", "references", "references", requires=(_FACTS,), assigns=(_SPANS, "span._.reference")),
    Factory("kst_dates", "dates", "dates", requires=(_FACTS, _SPANS), assigns=(_SPANS, "span._.date")),
    Factory("kst_motions", "motions", "motions", requires=(_FACTS, _SPANS), assigns=(_SPANS, "span._.motion")),
    Factory("kst_commitments", "commitments", "commitments", requires=(_FACTS, _SPANS),
            assigns=(_SPANS, "span._.commitment")),
    Factory("kst_entities", "entities", "entities", requires=(_FACTS,), assigns=(_SPANS, "span._.entity")),
)


def _maker(factory: Factory) -> Callable[[Language, str], Any]:
    def make(nlp: Language, name: str) -> Any:
        implementation = factory.implementation()
        return implementation(nlp, name) if factory.builds else implementation

    make.__name__ = make.__qualname__ = f"make_{factory.name}"
    make.__doc__ = f"The {factory.name} component (pipeline.components.{factory.module}.{factory.function})."
    return make


def register() -> None:
    """Register every factory with spaCy (again after a registry reset: spaCy accepts the same function twice)."""
    for factory in FACTORIES:
        Language.factory(factory.name, requires=list(factory.requires), assigns=list(factory.assigns),
                         func=MAKERS[factory.name])


MAKERS: dict[str, Callable[[Language, str], Any]] = {f.name: _maker(f) for f in FACTORIES}
# the entry points' targets (pyproject.toml, spacy_factories); importing any of them registers all
make_newline_sentences = MAKERS["newline_sentences"]
make_kst_footnotes = MAKERS["kst_footnotes"]
make_kst_facts = MAKERS["kst_facts"]
make_kst_turns = MAKERS["kst_turns"]
make_kst_references = MAKERS["kst_references"]
make_kst_dates = MAKERS["kst_dates"]
make_kst_motions = MAKERS["kst_motions"]
make_kst_commitments = MAKERS["kst_commitments"]
make_kst_entities = MAKERS["kst_entities"]
register()
