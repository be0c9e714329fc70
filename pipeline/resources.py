"""The project's own assets in ``models/`` (gazetteers, cue lists, settings): the one place that reads them."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.settings import settings


def models_dir() -> Path:
    return settings().models_dir


@cache
def load_json(name: str) -> Any:
    """Load ``models/<name>``; cached, so each asset is read once per process."""
    path = models_dir() / name
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def alternation(words: list[str] | tuple[str, ...], flexible_space: str | None = None) -> str:
    """A regex alternation of literal words, longest first (so 'van der' wins over 'van').

    With ``flexible_space``, a space inside a phrase matches that pattern instead ('gaat over' -> 'gaat\\s+over').
    """
    parts = [re.escape(w) for w in sorted(words, key=len, reverse=True)]
    if flexible_space is not None:
        parts = [p.replace(r"\ ", flexible_space) for p in parts]
    return "(?:" + "|".join(parts) + ")"
