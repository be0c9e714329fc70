"""Motions (moties): mentions in letters, and motion documents themselves.

Two sources of rows:

- **Motion documents** (a printed motie, or a Handelingen passage holding one):
  ``De Kamer, gehoord de beraadslaging, overwegende dat ...; verzoekt de regering
  ...; en gaat over tot de orde van de dag.`` One row per motion, with the dictum
  as ``request``, the submitters from the signatures (else from the title
  ``MOTIE VAN DE LEDEN HOLMAN EN VAN CAMPEN``), the date it was tabled
  (``Voorgesteld 5 december 2024``), its own Kamerstuk id, and the
  considerations (``constaterende``/``overwegende dat``) kept in the document JSON.
- **Mentions** in any document: ``de motie van het lid Van Dijk (NSC) c.s.``,
  ``de motie-Van Dijk``, ``de motie Koopmans c.s.``, ``de gewijzigde motie van de
  leden A (JA21) en B (BBB)``, ``motie nr. 22 (30196)``, ``de motie van de Kamer``,
  and an implicit one: ``op verzoek van de Kamer`` whose footnote cites a Kamerstuk.
  Its Kamerstuk comes from the citation next to it, or from the footnote whose
  marker stands in its sentence; its status, date and request from the words
  around it and from the sentences that go on about it (``Deze motie riep de
  regering op om ...``).

A motion mentioned several times is one row: the first mention's offsets, the
most complete information of all mentions. The cue words live in
``models/motions.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pipeline.document import Footnote
from pipeline.extract.dates import TimeExpr
from pipeline.extract.metadata import NAME, SURNAME
from pipeline.extract.references import Reference
from pipeline.lang.motion_block import motion_blocks, opening
from pipeline.overlaps import Claim, select
from pipeline.resources import load_json

_UP, _LO = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿĀ-ž"
_S = r"[^\S\n]"  # a space within a line


def _cfg() -> dict:
    return load_json("motions.json")


@cache
def _rx() -> dict[str, Any]:
    """The compiled grammar of motion mentions, built from models/motions.json."""
    cfg = _cfg()
    particles = sorted(cfg["name_particles"], key=len, reverse=True)
    part = "(?:" + "|".join(re.escape(p[0].upper() + p[1:]) + "|" + re.escape(p) for p in particles) + ")"
    word = rf"[{_UP}][{_LO}'’]+"
    # A surname with its tussenvoegsel and double-barrelled parts: Van der Plas, Gräper-van Koolwijk.
    surname = (rf"(?:(?:[{_UP}]\.){{1,4}}{_S}?)?(?:{part}{_S}+)?{word}"
               rf"(?:-(?:{part}{_S}+)?[{_UP}{_LO}][{_LO}'’]+)*")
    not_party = "|".join(re.escape(w) for w in cfg["party_not"])
    party = rf"{_S}*\((?!(?:{not_party})\b)(?!\d+\))[{_UP}0-9][\w\-/&+.]*(?:{_S}[\w\-/&+.]+){{0,2}}\)"
    member = rf"{surname}(?:{party})?"
    members = rf"{member}(?:{_S}*,{_S}*{member})*(?:{_S}*,?{_S}+en{_S}+(?:het{_S}+lid{_S}+)?{member})?"
    cs = rf"(?:{_S}*,?{_S}*c\.s\.)?"
    intro = "(?:" + "|".join(re.escape(i).replace(r"\ ", rf"{_S}+") for i in
                             sorted(cfg["member_intro"], key=len, reverse=True)) + ")"
    mods = "(?:" + "|".join(re.escape(m).replace(r"\ ", rf"{_S}+") for m in
                            sorted(cfg["mention_modifiers"], key=len, reverse=True)) + ")"
    kamer = cfg["kamer_as_submitter"]
    return {
        "surname": re.compile(surname),
        "member": re.compile(rf"(?P<name>{surname})(?P<party>{party})?"),
        "head": re.compile(rf"(?:\b(?P<mods>(?:{mods}{_S}+)+))?\b(?P<head>[Mm]oties?)\b"),
        "members_tail": re.compile(rf"{_S}+van{_S}+{intro}{_S}+(?P<list>{members})(?P<cs>{cs})"),
        "kamer_tail": re.compile(rf"{_S}+van{_S}+(?P<kamer>{kamer})\b"),
        "hyphen_tail": re.compile(rf"[-‐](?P<list>{surname}(?:[-/]{surname})*(?:{party})?)(?P<cs>{cs})"),
        "name_tail": re.compile(rf"{_S}+(?!van{_S})(?P<list>{surname}(?:{_S}*(?:/|en){_S}*{surname})*"
                                rf"(?:{party})?)(?P<cs>{cs})"),
        "implicit": re.compile(cfg["implicit_request"] + rf"(?:(?P<kamer>{kamer})\b|{intro}{_S}+"
                               rf"(?P<list>{members})(?P<cs>{cs}))"),
        "anaphor": re.compile(cfg["anaphor"]),
        "status": [(name, re.compile(p, re.I)) for name, p in cfg["status_cues"]],
        "date_after": re.compile(cfg["date_gap_after"], re.I),
        "date_before": re.compile(cfg["date_gap_before"], re.I),
        "date_start": re.compile(cfg["date_sentence_start"]),
        "gap_stop": re.compile(cfg["citation_gap_stop"], re.I),
        "quoted": re.compile(cfg["request_quoted"], re.I),
        "unquoted": [re.compile(p, re.I) for p in cfg["request_unquoted"]],
        "owner": re.compile(cfg["request_owner"], re.I),
        "subject": re.compile(cfg["subject"]),
        "dictum": re.compile(rf"(?:^|(?<=[;,:\n])|(?<=\n))\s*(?P<v>{cfg['dictum_verbs']})", re.M),
        "consideration": re.compile(rf"(?:^|(?<=[;,\n]))\s*(?P<c>{cfg['consideration_openers']})", re.M | re.I),
        "title": re.compile(cfg["block_title"]),
        "title_end": re.compile(cfg["block_title_names_end"]),
        "announced": re.compile(cfg["block_announced"]),
        "tabled": re.compile(cfg["block_tabled"]),
        "status_line": re.compile(cfg["block_status_line"], re.M),
        "number": re.compile(cfg["block_number"]),
    }


@dataclass
class Mention:
    start: int
    end: int
    raw: str
    kind: str  # named, kamer, bare, implicit, document
    submitters: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    cosigners: bool = False
    kamerstuk: str = ""
    status: str = ""
    date: str = ""
    request: str = ""
    subject: str = ""
    sentence: tuple[int, int] = (0, 0)
    footnote: Footnote | None = None  # set when the mention stands in a footnote
    plural: bool = False  # 'moties': one row per Kamerstuk cited with it
    subject_end: int = 0  # where its 'over ...' ends
    considerations: list[str] = field(default_factory=list)


@dataclass
class Motion:
    first: Mention
    submitters: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    cosigners: bool = False
    kamerstuk: str = ""
    status: str = ""
    date: str = ""
    request: str = ""
    subject: str = ""
    mentions: int = 0
    implicit: bool = True
    considerations: list[str] = field(default_factory=list)

    def absorb(self, m: Mention) -> None:
        """Merge one more mention: keep what is known, fill in what was missing."""
        self.mentions += 1
        if len(m.submitters) > len(self.submitters):
            self.submitters = list(m.submitters)
        if len(m.parties) > len(self.parties):
            self.parties = list(m.parties)
        self.cosigners = self.cosigners or m.cosigners
        self.kamerstuk = self.kamerstuk or m.kamerstuk
        rank = _cfg()["status_rank"]
        if m.status and rank.get(m.status, 0) > rank.get(self.status, 0):
            self.status = m.status
        self.date = self.date or m.date
        self.request = self.request or m.request
        self.subject = self.subject or m.subject
        self.implicit = self.implicit and m.kind == "implicit"
        self.considerations = self.considerations or list(m.considerations)

    def matches(self, m: Mention) -> bool:
        if m.kamerstuk and self.kamerstuk:
            return m.kamerstuk == self.kamerstuk
        if m.submitters and self.submitters:
            a, b = {_key(s) for s in m.submitters}, {_key(s) for s in self.submitters}
            return a <= b or b <= a
        return False


def _key(name: str) -> str:
    return name.lower().split()[-1] if name.strip() else ""


# --- entry point ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Part:
    """One text the motions are looked for in (the body, or one footnote) with what the other finders found."""

    text: str
    sentences: list[tuple[int, int]]
    references: list[Reference]
    dates: list[TimeExpr]
    footnote: Footnote | None = None


@dataclass(frozen=True)
class MotionValue:
    """One motion of a document: where it is first named, and what all its mentions tell."""

    raw: str
    start: int
    end: int
    sentence: tuple[int, int]
    submitters: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    cosigners: bool = False
    date: str = ""
    status: str = ""
    kamerstuk: str = ""
    request: str = ""
    subject: str = ""
    mentions: int = 0
    implicit: bool = False
    source: str = "mention"  # 'document' for a motion printed in the document
    considerations: tuple[str, ...] = ()
    footnote: Footnote | None = None  # the footnote it is first named in


def find_motions(body: Part, notes: list[Part], doc_type: str, own_kamerstuk: str = "") -> list[MotionValue]:
    """The motions of one document: those it prints, those its body names, then those only its footnotes name."""
    motions: list[Motion] = []
    for m in motion_documents(body.text, body.references, body.dates, own_kamerstuk):
        _add(motions, m)
    note_mentions = {n.footnote.number: find_mentions(n, []) for n in notes}
    note_refs = {n.footnote.number: n.references for n in notes}
    mentions = find_mentions(body, [n.footnote for n in notes], note_refs, note_mentions)
    for m in mentions:
        if m.kind == "kamer" and not m.kamerstuk and any(mo.first.start < m.start for mo in motions):
            m.kind = "bare"  # 'de motie van uw Kamer' after a motion was named: that motion again
        _add(motions, m)
    _follow_anaphors(body.text, body.sentences, mentions, motions, body.dates)
    for n in notes:
        for m in note_mentions[n.footnote.number]:
            _add(motions, m, allow_new=True)
    return [_value(mo, body, notes) for mo in motions]


def _add(motions: list[Motion], m: Mention, allow_new: bool = True) -> None:
    for mo in motions:
        if mo.matches(m):
            mo.absorb(m)
            return
    if not allow_new:
        return
    if m.kind == "bare" and not m.kamerstuk:
        return  # 'de motie' that names nothing: an anaphor, handled elsewhere
    mo = Motion(first=m)
    mo.absorb(m)
    motions.append(mo)


def _value(mo: Motion, body: Part, notes: list[Part]) -> MotionValue:
    m = mo.first
    return MotionValue(
        raw=m.raw, start=m.start, end=m.end, sentence=m.sentence, submitters=tuple(mo.submitters),
        parties=tuple(mo.parties), cosigners=mo.cosigners, date=mo.date, status=mo.status, kamerstuk=mo.kamerstuk,
        request=mo.request, subject=mo.subject, mentions=mo.mentions, implicit=mo.implicit,
        source="document" if m.kind == "document" else "mention", considerations=tuple(mo.considerations),
        footnote=m.footnote)


# --- mentions ----------------------------------------------------------------------------

def _surname(raw: str) -> str:
    """'van Dijk' -> 'Van Dijk' (a surname standing alone takes a capital); initials dropped."""
    raw = re.sub(rf"^(?:[{_UP}]\.){{1,4}}\s*", "", " ".join(raw.split()))
    return raw[:1].upper() + raw[1:]


def parse_members(span: str) -> tuple[list[str], list[str]]:
    """Surnames and parties of 'Boomsma (JA21) en Van der Plas (BBB)'."""
    names, parties = [], []
    for m in _rx()["member"].finditer(span):
        name = _surname(m.group("name"))
        if name in _cfg()["not_names"]:
            continue
        names.append(name)
        if m.group("party"):
            p = m.group("party").strip()[1:-1].strip()
            if p not in parties:
                parties.append(p)
    return names, parties


def _split_joined(span: str) -> tuple[list[str], list[str]]:
    """'Koopmans c.s.', 'Van Toorenburg/Dijsselbloem', 'Van der Plas (BBB)'."""
    party = None
    pm = re.search(r"\(([^()]+)\)\s*$", span)
    if pm:
        party, span = pm.group(1).strip(), span[: pm.start()]
    names = [_surname(n) for n in re.split(rf"{_S}*(?:/|\ben\b){_S}*", span.strip()) if n.strip()]
    return names, [party] if party else []


def _mention_at(text: str, hm: re.Match[str]) -> Mention | None:
    rx = _rx()
    pos = hm.end("head")
    mods = (hm.group("mods") or "").strip()
    raw_mods = [m for m in _cfg()["raw_modifiers"] if mods.lower().endswith(m)]
    start = hm.start("head") - (len(raw_mods[0]) + 1 if raw_mods else 0)
    start = max(start, hm.start())
    for kind, key in (("named", "members_tail"), ("kamer", "kamer_tail"), ("named", "hyphen_tail"),
                      ("named", "name_tail")):
        m = rx[key].match(text, pos)
        if not m:
            continue
        if kind == "kamer":
            return Mention(start, m.end(), text[start:m.end()], "kamer")
        if key in ("members_tail",):
            names, parties = parse_members(m.group("list"))
        else:
            names, parties = _split_joined(m.group("list"))
        if not names or any(n in _cfg()["not_names"] for n in names):
            continue
        end = m.end()
        return Mention(start, end, text[start:end], "named", submitters=names, parties=parties,
                       cosigners=bool(m.group("cs")))
    return Mention(start, pos, text[start:pos], "bare")


def find_mentions(part: Part, footnotes: list[Footnote], note_refs: dict[str, list[Reference]] | None = None,
                  note_mentions: dict[str, list[Mention]] | None = None) -> list[Mention]:
    """Every motion mention of one part (the body, or one footnote's text), in text order.

    ``footnotes`` are the notes whose markers stand in the body; their references (``note_refs``) and
    motion mentions (``note_mentions``) give a bare mention its Kamerstuk and its submitters.
    """
    found = _candidates(part.text)
    out: list[Mention] = []
    for m in found:
        m.footnote = part.footnote
        out.extend(_place(part, m, found, footnotes, note_refs or {}, note_mentions or {}))
    return out


def _candidates(text: str) -> list[Mention]:
    """Motion heads with what follows them ('de motie van het lid X'), then implicit requests
    ('op verzoek van de Kamer') where no head stands; in text order."""
    rx = _rx()
    heads = [(0, hm) for hm in rx["head"].finditer(text)]
    implicit = [(1, im) for im in rx["implicit"].finditer(text)]

    def bounds(c: tuple[int, re.Match[str]]) -> tuple[int, int]:
        return (c[1].start(), c[1].end()) if c[0] == 0 else (_implicit_start(c[1]), c[1].end())

    def build(c: tuple[int, re.Match[str]]) -> Claim[Mention] | None:
        m = _mention_at(text, c[1]) if c[0] == 0 else _implicit_mention(text, c[1])
        if m is None:
            return None
        m.plural = c[0] == 0 and c[1].group("head").lower() == "moties"
        return Claim(m, m.start, m.end)

    return select(heads + implicit, bounds=bounds, priority=lambda c: (c[0], c[1].start()), build=build)


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


def _place(part: Part, m: Mention, found: list[Mention], footnotes: list[Footnote],
           note_refs: dict[str, list[Reference]], note_mentions: dict[str, list[Mention]]) -> list[Mention]:
    """The mention in its sentence: its Kamerstuk (a citation right after it, else the footnote marked in its
    sentence), status, date, subject and request. A plural mention citing several motions becomes one each."""
    text, sents = part.text, part.sentences
    si = _sentence_index(sents, m.start)
    m.sentence = sents[si] if si is not None else (m.start, m.end)
    s_start, s_end = m.sentence
    next_start = sents[si + 1][0] if si is not None and si + 1 < len(sents) else len(text)
    same = [x for x in found if s_start <= x.start < s_end]
    k = same.index(m)
    seg_start = same[k - 1].end if k else s_start
    seg_end = same[k + 1].start if k + 1 < len(same) else s_end
    cited = _cited(text, m, part.references, seg_end, s_end)
    if m.plural and len(cited) > 1:
        clones = []
        for c in cited:
            clone = Mention(m.start, m.end, m.raw, "bare", sentence=m.sentence, footnote=part.footnote)
            clone.kamerstuk = c
            _describe(text, clone, seg_start, seg_end, part.dates)
            clones.append(clone)
        return clones
    if cited:
        m.kamerstuk = cited[0]
    elif footnotes:
        limit = same[k + 1].start if k + 1 < len(same) else next_start
        note_hit = _marked_footnote(footnotes, m.start, limit)
        if note_hit is not None:
            _from_footnote(m, note_refs.get(note_hit.number, []), note_mentions.get(note_hit.number, []))
    if m.kind == "implicit" and not m.kamerstuk:
        return []  # a request is a motion only where a Kamerstuk says so
    _describe(text, m, seg_start, seg_end, part.dates)
    if m.kind == "implicit" and not m.submitters and not m.status:
        m.status = "aangenomen"  # what the Kamer as a whole asked for, it adopted
    _request(text, sents, si, m, found)
    return [m]


def _from_footnote(m: Mention, refs: list[Reference], mentions: list[Mention]) -> None:
    """What the footnote marked in the mention's sentence tells of it: its Kamerstuk, submitters, status, date."""
    m.kamerstuk = _first_kamerstuk(refs)
    for nm in mentions:
        if not m.submitters and nm.submitters:
            m.submitters, m.parties, m.cosigners = nm.submitters, nm.parties, nm.cosigners
        m.kamerstuk = m.kamerstuk or nm.kamerstuk
        m.status = m.status or nm.status
        m.date = m.date or nm.date


def _sentence_index(sents: list[tuple[int, int]], pos: int) -> int | None:
    best = None
    for i, (s, _e) in enumerate(sents):
        if s <= pos:
            best = i
        else:
            break
    return best


def _first_kamerstuk(refs: list[Reference]) -> str:
    return next((r.canonical for r in refs if r.kind == "kamerstuk" and r.canonical.startswith("kst-")), "")


def _cited(text: str, m: Mention, refs: list[Reference], seg_end: int, s_end: int) -> list[str]:
    """Kamerstuk ids cited right after the mention (a list for 'moties 30420, nrs 100 en 101')."""
    rx, cfg = _rx(), _cfg()
    out: list[str] = []
    last_end = None
    for r in sorted(refs, key=lambda r: r.start):
        if r.kind != "kamerstuk" or not r.canonical.startswith("kst-"):
            continue
        if r.start < m.start or r.start >= min(seg_end + 1, s_end):
            continue
        if last_end is None:
            gap = text[m.end: r.start]
            if r.start >= m.end and (len(gap) > cfg["citation_max_gap"] or rx["gap_stop"].search(gap)):
                break
        elif not re.fullmatch(r"[\s,;]*(?:en\s+|nrs?\.?\s*)?", text[last_end: r.start]):
            break
        out.append(r.canonical)
        last_end = r.end
    return out


def _marked_footnote(footnotes: list[Footnote], start: int, limit: int) -> Footnote | None:
    hits = [f for f in footnotes if f.anchor_char is not None and start <= f.anchor_char <= limit]
    return min(hits, key=lambda f: f.anchor_char) if hits else None


def _describe(text: str, m: Mention, seg_start: int, seg_end: int, dates: list[TimeExpr]) -> None:
    """Status, date and subject from the words around the mention."""
    rx = _rx()
    lo, hi = max(seg_start, m.start - 160), min(seg_end, m.end + 160)
    # The mention itself becomes one word, so that 'c.s.' does not end the window's clauses.
    window = text[lo: m.start] + "motie" + text[m.end: hi] if lo <= m.start else text[lo:hi]
    if not m.status:
        m.status = _status(window)
    sm = rx["subject"].match(text, m.end, seg_end)
    if sm:
        m.subject = m.subject or " ".join(sm.group("s").split())
        m.subject_end = sm.end()
    if not m.date:
        m.date = _date(text, m, dates, m.sentence[0], seg_end)


def _status(window: str) -> str:
    for name, rx in _rx()["status"]:
        if rx.search(window):
            return name
    return ""


def _date(text: str, m: Mention, dates: list[TimeExpr], s_start: int, seg_end: int) -> str:
    """The date of adoption or submission: right after the mention ('uit april 2019'), right before
    it ('de op 5 maart 2024 aangenomen motie'), or opening a sentence that says what happened to it."""
    rx = _rx()
    status_here = bool(_status(text[s_start: m.start] + "motie" + text[m.end: seg_end]))
    for d in sorted(dates, key=lambda d: d.start):
        if not d.value or not (s_start <= d.start < seg_end):
            continue
        after = max(m.end, m.subject_end)
        if d.start >= after and rx["date_after"].match(text[after: d.start]):
            return d.value
        if d.end <= m.start and rx["date_before"].match(text[d.end: m.start]):
            return d.value
        if status_here and d.end <= m.start and rx["date_start"].match(text[s_start: d.start]):
            return d.value
    return ""


def _request(text: str, sents: list[tuple[int, int]], si: int | None, m: Mention, found: list[Mention]) -> None:
    """The request as the text quotes or paraphrases it: in the mention's sentence, or in the sentences
    right after it that speak of 'deze motie'."""
    if si is None or m.request:
        return
    rx = _rx()
    candidates = [(m.end, sents[si][1])]
    for j in range(si + 1, min(si + 3, len(sents))):
        s, e = sents[j]
        if any(s <= x.start < e for x in found) or not rx["owner"].match(text[s:e]):
            break
        candidates.append((s, e))
    for s, e in candidates:
        seg = text[s:e]
        qm = rx["quoted"].search(seg)
        if qm:
            m.request = " ".join(qm.group("q").split()).rstrip(" ,.;")
            return
        for pat in rx["unquoted"]:
            um = pat.search(seg)
            if um:
                m.request = " ".join(um.group("q").split()).rstrip(" ,.;")
                return


def _follow_anaphors(text: str, sents: list[tuple[int, int]], mentions: list[Mention], motions: list[Motion],
                     dates: list[TimeExpr]) -> None:
    """'Deze motie', 'de motie' in later sentences: status, date and request for the motion last named."""
    rx = _rx()
    named = [m for m in mentions if m.kind != "bare" or m.kamerstuk]
    for s, e in sents:
        here = [m for m in mentions if s <= m.start < e]
        if any(m.kind != "bare" or m.kamerstuk for m in here):
            continue
        am = rx["anaphor"].search(text, s, e)
        span = (am.start(), am.end(), am.group(0)) if am else (here[0].start, here[0].end, here[0].raw) if here \
            else None
        before = [m for m in named if m.start < s]
        if span is None or not before:
            continue
        target = next((mo for mo in motions if mo.first is before[-1] or mo.matches(before[-1])), None)
        if target is None:
            continue
        head = span[2].lower().rfind("motie")
        start = span[0] + head if head >= 0 else span[0]
        probe = Mention(start, span[1], text[start: span[1]], "bare", sentence=(s, e))
        _describe(text, probe, s, e, dates)
        _request(text, sents, _sentence_index(sents, s), probe, mentions)
        rank = _cfg()["status_rank"]
        if probe.status and rank.get(probe.status, 0) > rank.get(target.status, 0):
            target.status = probe.status
        target.date = target.date or (probe.date if probe.status else "")
        target.request = target.request or probe.request


# --- motion documents -----------------------------------------------------------------------

def motion_documents(text: str, refs: list[Reference], dates: list[TimeExpr], own_kamerstuk: str = "") -> list[Mention]:
    """One Mention (kind 'document') per motion printed in the text; a lone motion without a number of its
    own takes the document's own Kamerstuk."""
    blocks = motion_blocks(text)
    own = own_kamerstuk if len(blocks) == 1 and own_kamerstuk.startswith("kst-") else ""
    out = []
    prev_end = 0
    for sm, em in blocks:
        head_lo = max(prev_end, sm.start() - 600)
        tail_hi = min(len(text), em.end() + 400)
        nxt = opening(text, em.end())
        if nxt is not None:
            tail_hi = min(tail_hi, nxt.start())
        frame = _Frame(text, sm, em, head_lo, text[head_lo: sm.start()], text[em.end(): tail_hi])
        out.append(_document_motion(frame, refs, dates, own))
        prev_end = em.end()
    return out


@dataclass(frozen=True)
class _Frame:
    """A printed motion: its opening and closing matches, the text before it (title) and after it (signatures)."""

    text: str
    sm: re.Match[str]
    em: re.Match[str]
    head_lo: int
    head: str
    tail: str


def _document_motion(frame: _Frame, refs: list[Reference], dates: list[TimeExpr], own: str) -> Mention:
    rx = _rx()
    text, sm, em = frame.text, frame.sm, frame.em
    # The title line names it; without one, the opening 'De Kamer, gehoord de beraadslaging'.
    titles = list(rx["title"].finditer(frame.head))
    tm = titles[-1] if titles else None
    if tm is not None:
        start = frame.head_lo + tm.start("title")
        raw = text[start: frame.head_lo + tm.end("title")].strip()
        end = start + len(raw)
    else:
        start, end, raw = sm.start(), sm.end(), sm.group(0)
    m = Mention(start, end, raw, "document", sentence=(start, end))
    _document_submitters(frame, m, tm)
    m.date = next((d.value for d in reversed(dates) if d.value and frame.head_lo <= d.start < sm.start()
                   and rx["tabled"].search(text[max(frame.head_lo, d.start - 20): d.start])), "")
    sl = rx["status_line"].search(text, em.end(), em.end() + len(frame.tail))
    m.status = sl.group("s").lower() if sl else "ingediend"
    number = [r for r in refs if em.end() <= r.start < em.end() + len(frame.tail) and r.kind == "kamerstuk"
              and rx["number"].search(text[max(0, r.start - 20): r.start])]
    m.kamerstuk = number[0].canonical if number else own
    _dictum(text[sm.end(): em.start()], m)
    return m


def _document_submitters(frame: _Frame, m: Mention, tm: re.Match[str] | None) -> None:
    """The signatures under the motion, else its title, else 'Door de leden ... wordt de volgende motie'."""
    rx = _rx()
    signed = []
    for line in frame.tail.split("\n")[1:12]:
        line = line.strip()
        if not line:
            continue
        if not (SURNAME.match(line) or NAME.match(line)):
            break
        signed.append(_surname(line))
    if signed:
        m.submitters = signed
    elif tm is not None:
        names = rx["title_end"].split(tm.group("title"))[0]
        names = re.sub(r"^.*?\b(?:LID|LEDEN|lid|leden)\s+", "", names)
        m.submitters = [_recase(n) for n in re.split(r"\s*,\s*|\s+(?:EN|en)\s+", names) if n.strip()]
    else:
        announced = list(rx["announced"].finditer(frame.head))
        if announced:
            m.submitters, m.parties = parse_members(announced[-1].group("names"))
    if tm is not None:
        m.cosigners = bool(re.search(r"\bc\.s\.", tm.group("title"), re.I))


def _dictum(body: str, m: Mention) -> None:
    """What the motion asks (from its first dictum verb on) and what it considers before that."""
    rx = _rx()
    dm = rx["dictum"].search(body)
    if dm:
        m.request = " ".join(body[dm.start("v"):].split()).rstrip(" ,;")
        body = body[: dm.start("v")]
    cons = list(rx["consideration"].finditer(body))
    for i, cm in enumerate(cons):
        stop = cons[i + 1].start("c") if i + 1 < len(cons) else len(body)
        piece = " ".join(body[cm.start("c"): stop].split()).rstrip(" ,;")
        if piece and not piece.lower().startswith("gehoord"):
            m.considerations.append(piece)


def _recase(name: str) -> str:
    """'VAN DER PLAS' -> 'Van der Plas'."""
    name = name.strip()
    if not name.isupper():
        return _surname(name)
    particles = {p.lower() for p in _cfg()["name_particles"]}
    words = name.lower().split()
    out = [w if (i and w in particles) else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
           for i, w in enumerate(words)]
    return " ".join(out)
