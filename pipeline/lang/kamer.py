"""The two houses of the States General, however a text names them: 'Tweede Kamer', 'TK', 'II' are one house."""

from __future__ import annotations

_CODES = {"tweede": "II", "tk": "II", "ii": "II", "eerste": "I", "ek": "I", "i": "I"}


def kamer_code(word: str | None) -> str:
    """'Tweede', 'TK', 'II' -> 'II'; 'Eerste', 'EK', 'I' -> 'I'; anything else -> ''."""
    return _CODES.get((word or "").strip().lower(), "")


def kamer_word(code: str) -> str:
    """'I' -> 'Eerste'; the Tweede Kamer otherwise (letters to parliament are mostly to it)."""
    return "Eerste" if code == "I" else "Tweede"


def kamer_name(code: str) -> str:
    """The full name of the house: 'Tweede Kamer der Staten-Generaal'."""
    return f"{kamer_word(code)} Kamer der Staten-Generaal"
