"""Long realistic documents made at run time, for the linear-time test and ``bench/long_documents.py``.

Each builder takes a target size in characters and returns a text of about that size:

- ``letters``: the reference letters in ``raw/`` one after another, every copy with other dates and numbers
  (spaCy and the extractors then see distinct text, not one letter cached many times);
- ``debate``: a debate transcript in the form of the Handelingen (speaker turns 'De heer X (PARTIJ):',
  'Minister Y:', the chair, motions with their number, commitments), its sentences taken from the letters;
- ``motions``: motion after motion on one line each, with the member and the Kamerstuk cited after it;
- ``folder`` (bench only): any folder's text files one after another, the same way as ``letters``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
PARTIES = ["VVD", "PVV", "CDA", "D66", "GroenLinks-PvdA", "SP", "NSC", "BBB", "ChristenUnie", "SGP", "DENK"]
_NUMBER = re.compile(r"(?<![\w.])\d{1,5}(?![\w.])")


def name(i: int) -> str:
    """A distinct capitalised surname per number ('Bakdenmol')."""
    syllables = ["ba", "ken", "mol", "den", "bro", "ek", "ha", "sen", "kui", "per", "wit", "bo", "stra", "lin"]
    out = []
    while True:
        i, r = divmod(i, len(syllables))
        out.append(syllables[r])
        if not i:
            break
    return ("".join(out) + "ma").capitalize()


def vary(text: str, i: int) -> str:
    """The text with its numbers moved by ``i``: days stay days (1-28), years stay years, others grow."""
    def move(m: re.Match[str]) -> str:
        n = int(m.group())
        if n <= 28:
            return str((n - 1 + i) % 28 + 1)
        if 1990 <= n <= 2030:
            return str(1995 + (n - 1995 + i) % 35)
        return str(n + i)
    return _NUMBER.sub(move, text)


def concatenated(texts: list[str]) -> Callable[[int], str]:
    """The texts one after another, each copy varied, to ``size`` characters (cut at a paragraph end)."""
    def build(size: int) -> str:
        out, n, i = [], 0, 0
        while n < size:
            piece = vary(texts[i % len(texts)], i // len(texts)).strip() + "\n\n"
            out.append(piece)
            n += len(piece)
            i += 1
        text = "".join(out)
        cut = text.rfind("\n", 0, size)
        return text[: cut if cut > size // 2 else size] + "\n"
    return build


def folder_texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))]


def sentences(texts: list[str]) -> list[str]:
    """Whole sentences of ordinary prose from the texts (40-300 characters, one line each)."""
    out = []
    for text in texts:
        flat = re.sub(r"\s+", " ", text)
        for s in re.split(r"(?<=[.!?]) (?=[A-Z])", flat):
            if 40 <= len(s) <= 300 and s.endswith(".") and not re.search(r"\d{3,}|:|;|\(|\)", s):
                out.append(s)
    return out


def debate(prose: list[str]) -> Callable[[int], str]:
    """A Handelingen-like transcript of ``size`` characters (see the module's docstring)."""
    def build(size: int) -> str:
        out, n, i = [], 0, 0
        while n < size:
            block = _debate_block(prose, i)
            out.append(block)
            n += len(block)
            i += 1
        return "".join(out)
    return build


def _debate_block(prose: list[str], i: int) -> str:
    def say(k: int, at: int) -> str:
        return " ".join(prose[(11 * i + at + j) % len(prose)] for j in range(k))
    member, other, minister = name(3 * i), name(3 * i + 1), name(i % 40 + 900)
    party, party2 = PARTIES[i % len(PARTIES)], PARTIES[(i + 3) % len(PARTIES)]
    nr, dossier = 100 + i, 36000 + i % 900
    day, month, year = i % 28 + 1, MONTHS[i % 12], 2020 + i % 6
    return (
        f"De heer {member} ({party}):\nVoorzitter. {say(3, 0)}\n"
        f"De voorzitter:\nDank u wel. Dan geef ik het woord aan mevrouw {other} van de {party2}.\n"
        f"Mevrouw {other} ({party2}):\n{say(2, 3)} Daarom heb ik de volgende motie.\n"
        "Motie\nDe Kamer,\ngehoord de beraadslaging,\n"
        f"overwegende dat {say(1, 5)[:-1].lower()};\nconstaterende dat de regering op {day} {month} {year} een brief "
        f"stuurde;\nverzoekt de regering de Kamer voor 1 {MONTHS[(i + 5) % 12]} {year + 1} te informeren,\n"
        "en gaat over tot de orde van de dag.\n"
        f"De voorzitter:\nDeze motie is voorgesteld door de leden {other} en {member}. Naar mij blijkt, wordt de "
        f"indiening ervan voldoende ondersteund.\nZij krijgt nr. {nr} ({dossier}).\n"
        f"Minister {minister}:\n{say(2, 6)} Ik zeg toe dat ik de Kamer voor de zomer van {year + 1} per brief "
        f"informeer. De motie op stuk nr. {nr} ontraad ik.\n"
        f"De heer {member} ({party}):\nDank u wel.\n\n"
    )


def motions(prose: list[str]) -> Callable[[int], str]:
    """Motions one after another on one line (see the module's docstring)."""
    def build(size: int) -> str:
        out, n, i = [], 0, 0
        while n < size:
            s = (f"De Kamer, gehoord de beraadslaging, overwegende dat {prose[i % len(prose)][:-1].lower()}; "
                 f"verzoekt de regering de Kamer voor {i % 28 + 1} {MONTHS[i % 12]} te informeren, en gaat over "
                 f"tot de orde van de dag. Motie van het lid {name(i)} (36 410, nr. {i % 997 + 1}). ")
            out.append(s)
            n += len(s)
            i += 1
        return "".join(out)
    return build


def builders(folder: Path | None = None) -> dict[str, Callable[[int], str]]:
    """The kinds by name; ``folder`` adds one made of that folder's text files."""
    letters = folder_texts(ROOT / "raw")
    prose = sentences(letters)
    kinds = {"letters": concatenated(letters), "debate": debate(prose), "motions": motions(prose)}
    if folder is not None and folder_texts(folder):
        kinds["folder"] = concatenated(folder_texts(folder))
    return kinds
