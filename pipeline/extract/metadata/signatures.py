"""Who signed the document: the signature block at its end ('De Minister van Defensie,' / 'K.H. Ollongren'),
the submitters under a motion, or the official an answer to written questions is from. Offices are in
``models/roles.json``; the name grammar (letters, tussenvoegsels) is pipeline.lang.names."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.metadata.values import Signatory
from pipeline.lang.motion_block import closing_at
from pipeline.lang.names import full_name, join_particle_lines, particle, surname
from pipeline.resources import load_json

NAME = re.compile(rf"^{full_name()}$")
SURNAME = re.compile(rf"^{surname()}$")
_PARTICLES = rf"(?:{particle()}\s)"
# 'Antwoord van minister Hoekstra (Buitenlandse Zaken)': the head of answers to written questions.
ANSWER_BY = re.compile(r"Antwoord van (?:de )?(?P<f>[Mm]inister|[Ss]taatssecretaris)\s+(?P<name>[A-Z][\w'’-]+"
                       rf"(?:\s{_PARTICLES}*[A-Z][\w'’-]+)*)\s*\((?P<dept>[^)]+)\)")
_ARTICLE = r"(?:De|DE|de)"  # the article before an office
TAIL = 30  # the signature block is among the last lines


@cache
def _lowercase_words() -> frozenset[str]:
    return frozenset(load_json("roles.json")["lowercase_words"])


def recase_role(role: str) -> str:
    """'(DE) MINISTER VAN BUITENLANDSE ZAKEN' -> 'Minister van Buitenlandse Zaken'."""
    role = " ".join(role.strip().rstrip(",").split())
    role = re.sub(rf"^{_ARTICLE}\s+(?=\S)", "", role)  # an office, not 'the' office
    if role.isupper():
        low = _lowercase_words()
        words = role.lower().split(" ")
        role = " ".join(w if (w in low and i) else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                        for i, w in enumerate(words))
    return role[:1].upper() + role[1:]


def signatories(lines: list[str], doc_type: str = "") -> list[Signatory]:
    out = _signature_block(lines)
    if doc_type == "motie":
        out.extend(_motion_submitters(lines))
    if doc_type == "antwoord_kamervragen" and not out:
        official = _answering_official(lines)
        if official:
            out.append(official)
    return out


def _signature_block(lines: list[str]) -> list[Signatory]:
    """The signers in the last lines, each an office (maybe with further offices) and maybe a name."""
    out: list[Signatory] = []
    i = max(0, len(lines) - TAIL)
    while i < len(lines):
        signer, i = _signer_at(lines, i)
        if signer:
            out.append(signer)
    return out


def _signer_at(lines: list[str], i: int) -> tuple[Signatory | None, int]:
    """The signer whose office opens at line i, and the line after it; (None, i + 1) where none opens."""
    line, j = _role_lines(lines, i)
    role = _role_of(line)
    if not role:
        return None, i + 1
    # Further offices of the same signer ('Minister van Algemene Zaken,', 'mede namens de ...,').
    while j < len(lines) and j - i < 5 and _further_office(lines[j]):
        j += 1
    name = None
    if j < len(lines) and NAME.match(lines[j]) and not _role_of(lines[j]):
        name, j = lines[j], j + 1
    return Signatory(name=name, role=role), j


def _role_lines(lines: list[str], i: int) -> tuple[str, int]:
    """Line i joined with the next while it ends in a small word: a role wrapped over two lines
    ('De Minister van Onderwijs, Cultuur en' / 'Wetenschap,'); and the line after it."""
    low = _lowercase_words()
    line, j = lines[i], i + 1
    while j < len(lines) and j - i < 3 and line.rstrip(", ").split()[-1].lower() in low:
        line, j = f"{line} {lines[j]}", j + 1
    return line, j


def _role_of(line: str) -> str | None:
    functions = load_json("roles.json")["functions"]
    m = re.match(rf"^{_ARTICLE}\s+(?P<role>.+?),?$", line.strip())
    if not m or len(m.group("role").split()) > 12 or line.rstrip().endswith((".", ":", ";", "?", "!")):
        return None  # a sentence of the body ('De minister van Financiën is geïnformeerd.') signs nothing
    role = m.group("role")
    low = role.lower()
    if not any(low == f or low.startswith(f + " ") for f in functions):
        return None
    return recase_role(role)


def _further_office(line: str) -> bool:
    """A second office line of one signer, written without article and ending in a comma."""
    line = line.strip()
    if not line.endswith(",") or re.match(rf"^{_ARTICLE}\s", line):
        return False
    return bool(re.match(r"^mede\s+namens\b", line, re.I)) or _role_of("De " + line) is not None


def _motion_submitters(lines: list[str]) -> list[Signatory]:
    """The members whose names follow the closing formula of a motion."""
    for j, ln in enumerate(lines):
        if closing_at(ln):
            names = [n for n in join_particle_lines(lines[j + 1: j + 12]) if SURNAME.match(n) or NAME.match(n)]
            return [Signatory(name=n, role="lid Tweede Kamer") for n in names]
    return []


def _answering_official(lines: list[str]) -> Signatory | None:
    """The minister or state secretary the head of answers to written questions names."""
    m = ANSWER_BY.search("\n".join(lines[:20]))
    if not m:
        return None
    # 'Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport': the ministry, not the portfolio in it
    f, dept = m.group("f").capitalize(), re.split(r"\s+[–-]\s+", " ".join(m.group("dept").split()))[0]
    voor = {p.lower() for p in load_json("roles.json")["voor_portfolios"]}
    return Signatory(name=m.group("name"), role=f"{f} {'voor' if dept.lower() in voor else 'van'} {dept}")
