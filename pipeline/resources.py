"""The project's own assets in ``models/`` (gazetteers, cue lists, settings): the one place that reads them."""

from __future__ import annotations

import json
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

