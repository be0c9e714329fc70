"""Parliamentary numbers as officielebekendmakingen writes them: dossiers and vergaderjaren.

Shared by the text stage (colophons), the metadata and the reference grammar,
so a dossier or year is normalized the same way wherever it is read.
"""

from __future__ import annotations

import re

MAX_DOSSIER = 40000  # dossier numbers run to about 36 900 in 2025
_DOSSIER = re.compile(r"^(\d{2,3})[\s.]?(\d{3})(?:\s*[-–.]\s*|\s+)?([IVXLC]{1,6}|[A-Z]{1,3}|\d{1,3})?$")


def vergaderjaar(y1: str, y2: str) -> str:
    """'2024', '25' -> '2024-2025'; '1999', '00' -> '1999-2000'; '' when the years do not follow each other."""
    if len(y2) == 2:
        y2 = str(int(y1) + 1) if (int(y1) + 1) % 100 == int(y2) else y1[:2] + y2
    return f"{y1}-{y2}" if int(y2) == int(y1) + 1 else ""


def parse_dossier(raw: str) -> tuple[str, bool]:
    """'33 694' -> '33694'; '35 925 X', '35925-X', '31700.VIII' -> suffixed; '21 501-2' -> '21501-02'.

    A six-digit misprint ('233694') is repaired to the five-digit dossier. Returns the
    number and whether it was repaired.
    """
    m = _DOSSIER.match(raw.strip())
    if not m:
        return re.sub(r"\s+", "", raw), False
    base, corrected = m.group(1) + m.group(2), False
    if len(base) == 6 and int(base[1:]) < MAX_DOSSIER:
        base, corrected = base[1:], True  # a stray digit before a five-digit dossier
    suffix = m.group(3)
    if suffix and suffix.isdigit():
        suffix = suffix.zfill(2)
    return (f"{base}-{suffix}" if suffix else base), corrected


def normalize_dossier(raw: str) -> str:
    return parse_dossier(raw)[0]
