"""Which spaCy model a run will use, found without importing spaCy, and the pipeline loaded only when needed.

A re-run whose documents all come from the result cache needs no model at all; it still needs the model's
name, because the cache's keys and the output's ``model`` column carry it. :func:`expected_model` reads the
name the way :func:`pipeline.nlp.load_nlp` chooses (``--model``, ``PIPELINE_SPACY_MODEL``, else the
candidates of ``models/nlp.json``) from the model's ``meta.json``; :class:`LazyPipeline` loads the pipeline on
first use and tells when the model that loaded is not the one expected (an installed but broken package).
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.resources import load_json
from pipeline.settings import settings

if TYPE_CHECKING:
    from spacy.language import Language

BLANK = "blank:nl"


class ModelError(Exception):
    """A model that was asked for explicitly could not be loaded."""


def _meta_name(folder: Path) -> str | None:
    """'nl_core_news_lg 3.8.0' from a model folder's meta.json (as pipeline.nlp names a loaded model)."""
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return f"{meta.get('lang', 'nl')}_{meta.get('name', '')} {meta.get('version', '')}".strip()


def _package_name(name: str) -> str | None:
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return _meta_name(Path(next(iter(spec.submodule_search_locations))))


def expected_model(requested: str | None = None) -> str:
    """The name of the model ``load_nlp(requested)`` will load, without loading it; BLANK when none is found."""
    requested = requested or settings().model
    if requested == BLANK:
        return BLANK
    if requested:
        found = _meta_name(Path(requested)) if Path(requested).exists() else _package_name(requested)
        return found or requested
    for name in load_json("nlp.json")["candidates"]:
        found = _package_name(name)
        if found:
            return found
    return BLANK


class LazyPipeline:
    """The spaCy pipeline, loaded on first ``get()``; ``name`` is known before (see ``expected_model``)."""

    def __init__(self, requested: str | None = None, nlp: Language | None = None,
                 on_load: Callable[[Language], None] | None = None) -> None:
        self.requested = requested
        self._nlp = nlp
        self._on_load = on_load
        self.name = self._loaded_name() if nlp is not None else expected_model(requested)

    def get(self) -> Language:
        if self._nlp is None:
            from pipeline.nlp import load_nlp

            self._nlp = load_nlp(self.requested)
            if self._on_load is not None:
                self._on_load(self._nlp)
        return self._nlp

    @property
    def loaded(self) -> bool:
        return self._nlp is not None

    def current_name(self) -> str:
        """The loaded model's name once it is loaded, else the expected one."""
        return self._loaded_name() if self._nlp is not None else self.name

    def as_expected(self) -> bool:
        """False when the model that loaded is not the one its name promised (a broken package, skipped)."""
        return self._nlp is None or self._loaded_name() == self.name

    def _loaded_name(self) -> str:
        from pipeline.nlp import model_name

        assert self._nlp is not None
        return model_name(self._nlp)
