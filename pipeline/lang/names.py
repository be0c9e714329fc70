"""The Dutch name grammar: the letters names are written in and the tussenvoegsels between their parts.

The one home of what the extractors match as a person's name: the signatures of a letter or motion
(pipeline.extract.metadata) and the submitters of a motion (pipeline.extract.motions). The particles are
data, in ``models/names.json``; the builders return pattern source, which the caller anchors or embeds.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from pipeline.resources import load_json


def _letters(category: str) -> str:
    """A character class body of the Latin letters (up to Latin Extended-B) of one Unicode category, as ranges."""
    chars = [c for c in range(0x41, 0x250) if unicodedata.category(chr(c)) == category]
    out, i = [], 0
    while i < len(chars):
        j = i
        while j + 1 < len(chars) and chars[j + 1] == chars[j] + 1:
            j += 1
        out.append(chr(chars[i]) if i == j else f"{chr(chars[i])}-{chr(chars[j])}")
        i = j + 1
    return "".join(out)


# Letters of names, capitals and small letters with their accents (Gräper, Yeşilgöz, Özütok, Şahin).
UPPER, LOWER = _letters("Lu"), _letters("Ll")


@cache
def particles() -> tuple[str, ...]:
    """The tussenvoegsels in lower case ('van der', 'in 't', 'el')."""
    return tuple(load_json("names.json")["particles"])


def particle(capitalized: bool = False) -> str:
    """The tussenvoegsels as one alternation, longest first ('van der' before 'van'); ``capitalized`` admits
    each with a capital too, as a surname standing alone takes one ('Van der Plas')."""
    words = sorted(particles(), key=len, reverse=True)
    forms = [re.escape(p[0].upper() + p[1:]) + "|" + re.escape(p) if capitalized else re.escape(p) for p in words]
    return "(?:" + "|".join(forms) + ")"


def surname(space: str = r"\s", initials: bool = False) -> str:
    """A surname with its tussenvoegsel and double-barrelled parts: 'Van der Plas', 'Gräper-van Koolwijk';
    with ``initials``, also after them ('J.A. de Vries'). ``space`` is what may stand between words."""
    part = particle(capitalized=True)
    lead = rf"(?:(?:[{UPPER}]\.){{1,4}}{space}?)?" if initials else ""
    return (rf"{lead}(?:{part}{space}+)?[{UPPER}][{LOWER}'’]+"
            rf"(?:-(?:{part}{space}+)?[{UPPER}{LOWER}][{LOWER}'’]+)*")


def full_name() -> str:
    """Initials or given names, then a surname, as a signature writes it: 'J.A. de Vries', 'Mona Keijzer',
    'Dilan Yeşilgöz-Zegerius'."""
    part = rf"(?:{particle()}\s)"
    word = rf"[{UPPER}][{LOWER}'’-]+"
    return rf"(?:(?:[{UPPER}]\.){{1,5}}\s?|(?:[{UPPER}][{LOWER}]+\s)+){part}?{word}(?:[- ]{part}?{word})?"


@cache
def name_line() -> re.Pattern[str]:
    """A line that holds a name and nothing else, as under a signature: a surname, or a full name."""
    return re.compile(rf"^(?:{surname()}|{full_name()})$")


def join_particle_lines(lines: list[str]) -> list[str]:
    """Stripped non-empty lines, where a line that holds only a tussenvoegsel ('Van', 'van der'), as a layout may
    leave it under a signature, is joined to the line after it ('Van' / 'Kent' -> 'Van Kent')."""
    out: list[str] = []
    pending = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if line.lower() in particles():
            pending = f"{pending} {line}".strip()
            continue
        out.append(f"{pending} {line}" if pending else line)
        pending = ""
    return out + ([pending] if pending else [])
