"""Mojibake: text whose characters were decoded with the wrong table, repaired before cleaning.

Two kinds reach us:
- UTF-8 read as Windows-1252 or Latin-1 ('CoÃ¶peratie', 'â€“'), in text saved from another tool: ftfy
  (https://github.com/rspeer/python-ftfy) undoes the wrong decoding where the evidence is unambiguous;
- a PDF font whose dash glyph maps to 'Œ' ('vergaderjaar 2023Œ2024', 'kosten Œ die'): an 'Œ' that touches
  no letter is an en dash (the ligature only stands inside a word: 'Œuvre', 'ŒSTROGEEN'). This repair keeps
  the length, so it is safe on text whose offsets are already made.

Each repair is told in the document's warnings.
"""

from __future__ import annotations

import re

import ftfy

DASH_AS_OE = re.compile(r"(?<![^\W\d_])Œ(?![^\W\d_])")


def repair_dashes(text: str) -> tuple[str, int]:
    """'Œ' standing for an en dash -> '–'; the text keeps its length. Returns the text and the count."""
    return DASH_AS_OE.subn("–", text)


def repair_encoding(text: str) -> tuple[str, bool]:
    """Undo UTF-8 decoded as a single-byte table; (text, whether anything changed). Quotes, widths and
    ligatures are left as they are."""
    if text.isascii():
        return text, False
    fixed, _ = ftfy.fix_encoding_and_explain(text)
    return fixed, fixed != text


def repair_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """Repair the lines of a text source; the warnings that say what was repaired."""
    out, encoded, dashes = [], 0, 0
    for line in lines:
        line, changed = repair_encoding(line)
        line, n = repair_dashes(line)
        out.append(line)
        encoded += changed
        dashes += n
    return out, _warnings(encoded, dashes)


def _warnings(encoded_lines: int, dashes: int) -> list[str]:
    warnings = []
    if encoded_lines:
        warnings.append(f"mojibake repaired (ftfy): {encoded_lines} line(s) decoded with the wrong table")
    if dashes:
        warnings.append(f"mojibake repaired: {dashes} 'Œ' read as an en dash")
    return warnings


def dash_warning(dashes: int) -> list[str]:
    return _warnings(0, dashes)
