"""The submitters of a motion: surnames and parties as a mention or a printed motion writes them."""

from __future__ import annotations

import re

from pipeline.extract.motions.grammar import SPACE, cfg, rx
from pipeline.lang.names import UPPER, particles


def surname(raw: str) -> str:
    """'van Dijk' -> 'Van Dijk' (a surname standing alone takes a capital); initials dropped."""
    raw = re.sub(rf"^(?:[{UPPER}]\.){{1,4}}\s*", "", " ".join(raw.split()))
    return raw[:1].upper() + raw[1:]


def parse_members(span: str) -> tuple[list[str], list[str]]:
    """Surnames and parties of 'Boomsma (JA21) en Van der Plas (BBB)'."""
    names, parties = [], []
    for m in rx()["member"].finditer(span):
        name = surname(m.group("name"))
        if name in cfg()["not_names"]:
            continue
        names.append(name)
        if m.group("party"):
            p = m.group("party").strip()[1:-1].strip()
            if p not in parties:
                parties.append(p)
    return names, parties


def split_joined(span: str) -> tuple[list[str], list[str]]:
    """'Koopmans c.s.', 'Van Toorenburg/Dijsselbloem', 'Van der Plas (BBB)'."""
    party = None
    pm = re.search(r"\(([^()]+)\)\s*$", span)
    if pm:
        party, span = pm.group(1).strip(), span[: pm.start()]
    names = [surname(n) for n in re.split(rf"{SPACE}*(?:/|\ben\b){SPACE}*", span.strip()) if n.strip()]
    return names, [party] if party else []


def recase(name: str) -> str:
    """'VAN DER PLAS' -> 'Van der Plas'."""
    name = name.strip()
    if not name.isupper():
        return surname(name)
    lower = set(particles())
    words = name.lower().split()
    out = [w if (i and w in lower) else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
           for i, w in enumerate(words)]
    return " ".join(out)
