"""The project's spaCy components, one module each, and the order they run in (declared here only).

``kst_footnotes`` gives every footnote a Doc that went through the analysis components before it; the
extractors after it read and write the body and the footnotes. ``kst_facts`` computes the document's own
metadata (and the anchor of relative dates) once, before the extractors that need it; ``kst_turns`` finds the
turns of speech of a debate transcript (who speaks where), which motions and commitments read.

Importing the package registers the factories (:mod:`pipeline.components.factories`); a component's module is
imported when a pipeline adds it.
"""

from pipeline.components import factories  # noqa: F401  (importing registers the factories, not their code)

EXTRACTORS = ("kst_footnotes", "kst_facts", "kst_turns", "kst_references", "kst_dates", "kst_motions",
              "kst_commitments", "kst_entities")
SPAN_KEYS = ("references", "dates", "motions", "commitments", "entities")

__all__ = ["EXTRACTORS", "SPAN_KEYS"]
