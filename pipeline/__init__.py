"""Dutch parliamentary documents (Kamerbrieven, beslisnota's, motions, answers) into tables.

``pipeline.load_nlp()`` gives the spaCy pipeline with every component; its findings are spans::

    import pipeline
    doc = pipeline.load_nlp()("Zie Kamerstuk 33 694, nr. 43 van 3 maart 2023.")
    [(s.text, s._.reference.canonical) for s in doc.spans["references"]]

``pipeline.load("extracted")`` gives the tables of a run as pandas DataFrames, typed by the schema.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["__version__", "load", "load_nlp"]

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd
    from spacy.language import Language


def load_nlp(model: str | None = None) -> Language:
    """The spaCy pipeline with every component: ``model`` (a name or folder), else ``$PIPELINE_SPACY_MODEL``, else
    nl_core_news_lg/md/sm, else ``spacy.blank("nl")`` with the project's rules (imported lazily: spaCy is slow to
    import)."""
    from pipeline.nlp import load_nlp as _load

    return _load(model)


def load(folder: str | Path = "extracted", tables: tuple[str, ...] | None = None) -> dict[str, pd.DataFrame]:
    """The tables of an output folder as pandas DataFrames with the dtypes of the schema, the same in every run
    (``pipeline.loader.load``; pandas is imported only here)."""
    from pipeline.loader import load as _load

    return _load(folder) if tables is None else _load(folder, tables)
