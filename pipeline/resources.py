"""Access to the project's own assets in ``models/`` (gazetteers, patterns, settings)."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any


def models_dir() -> Path:
    env = os.environ.get("PIPELINE_MODELS_DIR")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "models"


@cache
def load_json(name: str) -> Any:
    """Load ``models/<name>``; cached, so each asset is read once per process."""
    path = models_dir() / name
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)
