"""The values the date tagger hands on: the anchor relative expressions resolve against, and a time expression."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Anchor:
    """The date relative expressions are resolved against (possibly only a year)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    source: str = ""

    @classmethod
    def parse(cls, value: str, source: str = "document_date") -> Anchor:
        parts = [int(p) for p in re.findall(r"\d+", value or "")[:3]]
        parts += [None] * (3 - len(parts))
        return cls(parts[0], parts[1], parts[2], source if parts[0] else "")

    def iso(self) -> str:
        if not self.year:
            return ""
        out = f"{self.year:04d}"
        if self.month:
            out += f"-{self.month:02d}"
            if self.day:
                out += f"-{self.day:02d}"
        return out

    def as_date(self) -> date | None:
        if self.year and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None


@dataclass(frozen=True)
class TimeExpr:
    """One time expression: where it stands in its text and what it means (ISO 8601 or TIMEX3)."""

    raw: str
    start: int
    end: int
    value: str = ""
    end_value: str = ""
    precision: str = ""
    relative: bool = False
    mod: str = ""
