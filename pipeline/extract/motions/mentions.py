"""Motion mentions in a text: 'de motie van het lid Van Dijk (NSC) c.s.', 'de motie-Van Dijk', 'motie nr. 22
(30196)', 'de motie van de Kamer', and 'op verzoek van de Kamer' whose footnote cites a Kamerstuk.

Each mention is placed in its sentence: its Kamerstuk from the citation next to it, or from the footnote whose
marker stands in its sentence; its status, date, subject and request from the words around it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from pipeline.document import Footnote
from pipeline.extract.motions.describe import describe, request, sentence_index
from pipeline.extract.motions.grammar import cfg, rx
from pipeline.extract.motions.members import parse_members, split_joined
from pipeline.extract.motions.mention import Mention
from pipeline.extract.passage import Passage
from pipeline.extract.references import Reference
from pipeline.lang.starts import scan
from pipeline.overlaps import Claim, select


def find_mentions(part: Passage, footnotes: list[Footnote], note_refs: dict[str, list[Reference]] | None = None,
                  note_mentions: dict[str, list[Mention]] | None = None) -> list[Mention]:
    """Every motion mention of one part (the body, or one footnote's text), in text order.

    ``footnotes`` are the notes whose markers stand in the body; their references (``note_refs``) and
    motion mentions (``note_mentions``) give a bare mention its Kamerstuk and its submitters.
    """
    found = _candidates(part.text)
    # Sorted once for the part, so that each mention finds its citation and its footnote by bisection.
    part = replace(part, references=sorted(part.references, key=_start))
    marked = sorted((f for f in footnotes if f.anchor_char is not None), key=_anchor)
    out: list[Mention] = []
    for k, m in enumerate(found):
        m.footnote = part.footnote
        out.extend(_place(part, found, k, marked, note_refs or {}, note_mentions or {}))
    return out


def _start(r: Reference) -> int:
    return r.start


def _anchor(f: Footnote) -> int:
    return f.anchor_char or 0


def _candidates(text: str) -> list[Mention]:
    """Motion heads with what follows them ('de motie van het lid X'), then implicit requests
    ('op verzoek van de Kamer') where no head stands; in text order."""
    heads = [(0, hm) for hm in scan(rx()["head"], text)]
    implicit = [(1, im) for im in scan(rx()["implicit"], text)]

    def bounds(c: tuple[int, re.Match[str]]) -> tuple[int, int]:
        return (c[1].start(), c[1].end()) if c[0] == 0 else (_implicit_start(c[1]), c[1].end())

    def build(c: tuple[int, re.Match[str]]) -> Claim[Mention] | None:
        m = _mention_at(text, c[1]) if c[0] == 0 else _implicit_mention(text, c[1])
        if m is None:
            return None
        m.plural = c[0] == 0 and c[1].group("head").lower() == "moties"
        return Claim(m, m.start, m.end)

    return select(heads + implicit, bounds=bounds, priority=lambda c: (c[0], c[1].start()), build=build)


def _mention_at(text: str, hm: re.Match[str]) -> Mention:
    """The mention a motion head opens: named by its members, by the Kamer, or bare."""
    pos = hm.end("head")
    mods = (hm.group("mods") or "").strip()
    raw_mods = [m for m in cfg()["raw_modifiers"] if mods.lower().endswith(m)]
    start = hm.start("head") - (len(raw_mods[0]) + 1 if raw_mods else 0)
    start = max(start, hm.start())
    for kind, key in (("named", "members_tail"), ("kamer", "kamer_tail"), ("named", "hyphen_tail"),
                      ("named", "name_tail")):
        m = rx()[key].match(text, pos)
        if not m:
            continue
        if kind == "kamer":
            return Mention(start, m.end(), text[start:m.end()], "kamer")
        names, parties = parse_members(m.group("list")) if key == "members_tail" else split_joined(m.group("list"))
        if not names or any(n in cfg()["not_names"] for n in names):
            continue
        end = m.end()
        return Mention(start, end, text[start:end], "named", submitters=names, parties=parties,
                       cosigners=bool(m.group("cs")))
    return Mention(start, pos, text[start:pos], "bare")


def _implicit_start(im: re.Match[str]) -> int:
    op = im.group("op")
    return im.start("op") if op and op.lower() == "op" else im.start() + im.group(0).find("verzoek")


def _implicit_mention(text: str, im: re.Match[str]) -> Mention | None:
    start = _implicit_start(im)
    if im.group("kamer"):
        return Mention(start, im.end(), text[start:im.end()], "implicit")
    names, parties = parse_members(im.group("list"))
    if not names:
        return None
    return Mention(start, im.end(), text[start:im.end()], "implicit", submitters=names, parties=parties,
                   cosigners=bool(im.group("cs")))


def _place(part: Passage, found: list[Mention], k: int, footnotes: list[Footnote],
           note_refs: dict[str, list[Reference]], note_mentions: dict[str, list[Mention]]) -> list[Mention]:
    """The mention in its sentence: its Kamerstuk (a citation right after it, else the footnote marked in its
    sentence), status, date, subject and request. A plural mention citing several motions becomes one each.
    ``m`` is found[k]; the mentions around it (``found`` is in text order) bound its segment."""
    m = found[k]
    text, sents = part.text, part.sentences
    si = sentence_index(sents, m.start)
    m.sentence = sents[si] if si is not None else (m.start, m.end)
    s_start, s_end = m.sentence
    next_start = sents[si + 1][0] if si is not None and si + 1 < len(sents) else len(text)
    before = found[k - 1] if k and found[k - 1].start >= s_start else None
    after = found[k + 1] if k + 1 < len(found) and found[k + 1].start < s_end else None
    seg_start = before.end if before is not None else s_start
    seg_end = after.start if after is not None else s_end
    cited = _cited(text, m, part.references, seg_end, s_end)
    if m.plural and len(cited) > 1:
        return [_clone(part, m, c, seg_start, seg_end) for c in cited]
    if cited:
        m.kamerstuk = cited[0]
    elif footnotes:
        limit = after.start if after is not None else next_start
        note_hit = _marked_footnote(footnotes, m.start, limit)
        if note_hit is not None:
            _from_footnote(m, note_refs.get(note_hit.number, []), note_mentions.get(note_hit.number, []))
    if m.kind == "implicit" and not m.kamerstuk:
        return []  # a request is a motion only where a Kamerstuk says so
    describe(text, m, seg_start, seg_end, part.dates)
    if m.kind == "implicit" and not m.submitters and not m.status:
        m.status = "aangenomen"  # what the Kamer as a whole asked for, it adopted
    request(text, sents, si, m, found)
    return [m]


def _clone(part: Passage, m: Mention, kamerstuk: str, seg_start: int, seg_end: int) -> Mention:
    """One of the motions a plural mention ('de moties 30420, nrs. 100 en 101') cites."""
    clone = Mention(m.start, m.end, m.raw, "bare", sentence=m.sentence, footnote=part.footnote)
    clone.kamerstuk = kamerstuk
    describe(part.text, clone, seg_start, seg_end, part.dates)
    return clone


def _from_footnote(m: Mention, refs: list[Reference], mentions: list[Mention]) -> None:
    """What the footnote marked in the mention's sentence tells of it: its Kamerstuk, submitters, status, date."""
    m.kamerstuk = _first_kamerstuk(refs)
    for nm in mentions:
        if not m.submitters and nm.submitters:
            m.submitters, m.parties, m.cosigners = nm.submitters, nm.parties, nm.cosigners
        m.kamerstuk = m.kamerstuk or nm.kamerstuk
        m.status = m.status or nm.status
        m.date = m.date or nm.date


def _first_kamerstuk(refs: list[Reference]) -> str:
    return next((r.canonical for r in refs if r.kind == "kamerstuk" and r.canonical.startswith("kst-")), "")


def _cited(text: str, m: Mention, refs: list[Reference], seg_end: int, s_end: int) -> list[str]:
    """Kamerstuk ids cited right after the mention (a list for 'moties 30420, nrs 100 en 101'); ``refs`` are in
    text order."""
    out: list[str] = []
    last_end = None
    for r in itertools.islice(refs, bisect.bisect_left(refs, m.start, key=_start), None):
        if r.start >= min(seg_end + 1, s_end):
            break
        if r.kind != "kamerstuk" or not r.canonical.startswith("kst-"):
            continue
        if last_end is None:
            gap = text[m.end: r.start]
            if r.start >= m.end and (len(gap) > cfg()["citation_max_gap"] or rx()["gap_stop"].search(gap)):
                break
        elif not re.fullmatch(r"[\s,;]*(?:en\s+|nrs?\.?\s*)?", text[last_end: r.start]):
            break
        out.append(r.canonical)
        last_end = r.end
    return out


def _marked_footnote(footnotes: list[Footnote], start: int, limit: int) -> Footnote | None:
    """The first footnote marked from ``start`` to ``limit``; ``footnotes`` are those with a marker, in the
    order of their markers."""
    i = bisect.bisect_left(footnotes, start, key=_anchor)
    return footnotes[i] if i < len(footnotes) and _anchor(footnotes[i]) <= limit else None
