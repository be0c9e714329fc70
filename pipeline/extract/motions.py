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

from spacy.tokens import Doc

from pipeline.document import Document, Footnote
from pipeline.extract.dates import Anchor
from pipeline.extract.metadata import NAME, SURNAME, Metadata, extract_metadata
from pipeline.extract.sentences import sentence_spans
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
        "block_start": re.compile(cfg["motion_block_start"]),
        "block_end": re.compile(cfg["motion_block_end"]),
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

def motion_rows(doc: Document, sdoc: Doc | None, refs: list[dict[str, Any]], dates: list[dict[str, Any]],
                anchor: Anchor, doc_type: str, meta: Metadata | None = None) -> list[dict[str, Any]]:
    """Rows of motions.csv for one document (contract columns; extra keys go to the document JSON only)."""
    return _motion_rows(doc, sdoc, refs, dates, doc_type, meta)


def _motion_rows(doc: Document, sdoc: Doc | None, refs: list[dict[str, Any]], dates: list[dict[str, Any]],
                 doc_type: str, meta: Metadata | None = None) -> list[dict[str, Any]]:
    motions: list[Motion] = []
    text = doc.text
    body_refs = [r for r in refs if not r.get("in_footnote")]
    body_dates = [d for d in dates if not d.get("in_footnote")]
    sents = sentence_spans(text, sdoc)

    for m in motion_documents(doc, body_refs, body_dates, doc_type, meta):
        _add(motions, m)
    note_mentions = {f.number: find_mentions(f.text, sentence_spans(f.text), _refs_of(refs, f.number),
                                             _dates_of(dates, f.number), [], f) for f in doc.footnotes}
    body = find_mentions(text, sents, body_refs, body_dates, doc.footnotes, None, refs, note_mentions)
    for m in body:
        if m.kind == "kamer" and not m.kamerstuk and any(mo.first.start < m.start for mo in motions):
            m.kind = "bare"  # 'de motie van uw Kamer' after a motion was named: that motion again
        _add(motions, m)
    _follow_anaphors(text, sents, body, motions, body_dates)
    for f in doc.footnotes:
        for m in note_mentions[f.number]:
            _add(motions, m, allow_new=True)
    return [_row(doc, mo) for mo in motions]


def _refs_of(refs: list[dict[str, Any]], number: str) -> list[dict[str, Any]]:
    return [r for r in refs if r.get("in_footnote") and r.get("footnote") == number]


def _dates_of(dates: list[dict[str, Any]], number: str) -> list[dict[str, Any]]:
    return [d for d in dates if d.get("in_footnote") and d.get("footnote") == number]


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


def _row(doc: Document, mo: Motion) -> dict[str, Any]:
    m = mo.first
    text = m.footnote.text if m.footnote else doc.text
    s, e = m.sentence
    return {
        "doc_id": doc.doc_id, "raw": m.raw, "submitters": mo.submitters, "parties": mo.parties,
        "cosigners": mo.cosigners, "date": mo.date, "status": mo.status, "kamerstuk": mo.kamerstuk,
        "request": mo.request, "char_start": m.start, "char_end": m.end,
        "sentence": " ".join(text[s:e].split()),
        "subject": mo.subject, "mentions": mo.mentions, "implicit": mo.implicit,
        "in_footnote": m.footnote is not None, "footnote": m.footnote.number if m.footnote else "",
        "source": "document" if m.kind == "document" else "mention",
        "considerations": mo.considerations,
    }


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


def find_mentions(text: str, sents: list[tuple[int, int]], refs: list[dict[str, Any]],
                  dates: list[dict[str, Any]], footnotes: list[Footnote], note: Footnote | None,
                  all_refs: list[dict[str, Any]] | None = None,
                  note_mentions: dict[str, list[Mention]] | None = None) -> list[Mention]:
    """Every motion mention of ``text`` (the body, or one footnote's text), in text order.

    ``footnotes`` are the notes whose markers stand in ``text`` (body only); their
    references (from ``all_refs``) and motion mentions (``note_mentions``) give a
    bare mention its Kamerstuk and its submitters.
    """
    rx = _rx()
    found: list[Mention] = []
    taken = -1
    for hm in rx["head"].finditer(text):
        if hm.start() < taken:
            continue
        m = _mention_at(text, hm)
        if m is None:
            continue
        m.plural = hm.group("head").lower() == "moties"
        found.append(m)
        taken = m.end
    for im in rx["implicit"].finditer(text):
        op = im.group("op")
        start = im.start("op") if op and op.lower() == "op" else im.start() + im.group(0).find("verzoek")
        if im.group("kamer"):
            mm = Mention(start, im.end(), text[start:im.end()], "implicit")
        else:
            names, parties = parse_members(im.group("list"))
            if not names:
                continue
            mm = Mention(start, im.end(), text[start:im.end()], "implicit", submitters=names, parties=parties,
                         cosigners=bool(im.group("cs")))
        if any(f.start < mm.end and mm.start < f.end for f in found):
            continue
        found.append(mm)
    found.sort(key=lambda m: m.start)

    out: list[Mention] = []
    for m in found:
        m.footnote = note
        si = _sentence_index(sents, m.start)
        m.sentence = sents[si] if si is not None else (m.start, m.end)
        s_start, s_end = m.sentence
        next_start = sents[si + 1][0] if si is not None and si + 1 < len(sents) else len(text)
        same = [x for x in found if s_start <= x.start < s_end]
        k = same.index(m)
        seg_start = same[k - 1].end if k else s_start
        seg_end = same[k + 1].start if k + 1 < len(same) else s_end
        # Its Kamerstuk: a citation right after it, else the footnote marked in its sentence.
        cited = _cited(text, m, refs, seg_end, s_end)
        if m.plural and len(cited) > 1:
            for c in cited:
                clone = Mention(m.start, m.end, m.raw, "bare", sentence=m.sentence, footnote=note)
                clone.kamerstuk = c
                _describe(text, clone, seg_start, seg_end, dates)
                out.append(clone)
            continue
        if cited:
            m.kamerstuk = cited[0]
        elif footnotes:
            limit = same[k + 1].start if k + 1 < len(same) else next_start
            note_hit = _marked_footnote(footnotes, m.start, limit)
            if note_hit is not None:
                m.kamerstuk = _first_kamerstuk(_refs_of(all_refs or [], note_hit.number))
                for nm in (note_mentions or {}).get(note_hit.number, []):
                    if not m.submitters and nm.submitters:
                        m.submitters, m.parties, m.cosigners = nm.submitters, nm.parties, nm.cosigners
                    m.kamerstuk = m.kamerstuk or nm.kamerstuk
                    m.status = m.status or nm.status
                    m.date = m.date or nm.date
        if m.kind == "implicit" and not m.kamerstuk:
            continue  # a request is a motion only where a Kamerstuk says so
        _describe(text, m, seg_start, seg_end, dates)
        if m.kind == "implicit" and not m.submitters and not m.status:
            m.status = "aangenomen"  # what the Kamer as a whole asked for, it adopted
        _request(text, sents, si, m, found)
        out.append(m)
    return out


def _sentence_index(sents: list[tuple[int, int]], pos: int) -> int | None:
    best = None
    for i, (s, _e) in enumerate(sents):
        if s <= pos:
            best = i
        else:
            break
    return best


def _first_kamerstuk(refs: list[dict[str, Any]]) -> str:
    for r in refs:
        if r.get("kind") == "kamerstuk" and str(r.get("canonical", "")).startswith("kst-"):
            return r["canonical"]
    return ""


def _cited(text: str, m: Mention, refs: list[dict[str, Any]], seg_end: int, s_end: int) -> list[str]:
    """Kamerstuk ids cited right after the mention (a list for 'moties 30420, nrs 100 en 101')."""
    rx, cfg = _rx(), _cfg()
    out: list[str] = []
    last_end = None
    for r in sorted(refs, key=lambda r: r["char_start"]):
        if r.get("kind") != "kamerstuk" or not str(r.get("canonical", "")).startswith("kst-"):
            continue
        if r["char_start"] < m.start or r["char_start"] >= min(seg_end + 1, s_end):
            continue
        if last_end is None:
            gap = text[m.end: r["char_start"]]
            if r["char_start"] >= m.end and (len(gap) > cfg["citation_max_gap"] or rx["gap_stop"].search(gap)):
                break
        elif not re.fullmatch(r"[\s,;]*(?:en\s+|nrs?\.?\s*)?", text[last_end: r["char_start"]]):
            break
        out.append(r["canonical"])
        last_end = r["char_end"]
    return out


def _marked_footnote(footnotes: list[Footnote], start: int, limit: int) -> Footnote | None:
    hits = [f for f in footnotes if f.anchor_char is not None and start <= f.anchor_char <= limit]
    return min(hits, key=lambda f: f.anchor_char) if hits else None


def _describe(text: str, m: Mention, seg_start: int, seg_end: int, dates: list[dict[str, Any]]) -> None:
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


def _date(text: str, m: Mention, dates: list[dict[str, Any]], s_start: int, seg_end: int) -> str:
    """The date of adoption or submission: right after the mention ('uit april 2019'), right before
    it ('de op 5 maart 2024 aangenomen motie'), or opening a sentence that says what happened to it."""
    rx = _rx()
    status_here = bool(_status(text[s_start: m.start] + "motie" + text[m.end: seg_end]))
    for d in sorted(dates, key=lambda d: d["char_start"]):
        if not d.get("value") or not (s_start <= d["char_start"] < seg_end):
            continue
        after = max(m.end, m.subject_end)
        if d["char_start"] >= after and rx["date_after"].match(text[after: d["char_start"]]):
            return d["value"]
        if d["char_end"] <= m.start and rx["date_before"].match(text[d["char_end"]: m.start]):
            return d["value"]
        if status_here and d["char_end"] <= m.start and rx["date_start"].match(text[s_start: d["char_start"]]):
            return d["value"]
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
                     dates: list[dict[str, Any]]) -> None:
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

def motion_documents(doc: Document, refs: list[dict[str, Any]], dates: list[dict[str, Any]],
                     doc_type: str, meta: Metadata | None = None) -> list[Mention]:
    """One Mention (kind 'document') per motion printed in the document."""
    rx = _rx()
    text = doc.text
    blocks = []
    for sm in rx["block_start"].finditer(text):
        em = rx["block_end"].search(text, sm.end())
        if em is None:
            continue
        nxt = rx["block_start"].search(text, sm.end())
        if nxt is not None and nxt.start() < em.start():
            continue  # a block that never closes before the next one opens
        blocks.append((sm, em))
    if not blocks:
        return []
    meta = (meta or extract_metadata(doc)) if len(blocks) == 1 else None
    out = []
    prev_end = 0
    for sm, em in blocks:
        head_lo = max(prev_end, sm.start() - 600)
        head = text[head_lo: sm.start()]
        tail_hi = min(len(text), em.end() + 400)
        nxt = rx["block_start"].search(text, em.end())
        if nxt is not None:
            tail_hi = min(tail_hi, nxt.start())
        tail = text[em.end(): tail_hi]
        out.append(_document_motion(doc, sm, em, head_lo, head, tail, refs, dates, meta))
        prev_end = em.end()
    return out


def _document_motion(doc: Document, sm: re.Match[str], em: re.Match[str], head_lo: int, head: str, tail: str,
                     refs: list[dict[str, Any]], dates: list[dict[str, Any]], meta: Any) -> Mention:
    rx = _rx()
    text = doc.text
    # The title line names it; without one, the opening 'De Kamer, gehoord de beraadslaging'.
    titles = list(rx["title"].finditer(head))
    tm = titles[-1] if titles else None
    if tm is not None:
        start, end = head_lo + tm.start("title"), head_lo + tm.end("title")
        raw = text[start:end].strip()
        end = start + len(raw)
    else:
        start, end, raw = sm.start(), sm.end(), sm.group(0)
    m = Mention(start, end, raw, "document", sentence=(start, end))
    # Submitters: the signatures under it, else the title, else 'Door de leden ... wordt de volgende motie'.
    signed = []
    for line in tail.split("\n")[1:12]:
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
        m.cosigners = bool(re.search(r"\bc\.s\.", tm.group("title"), re.I))
    else:
        announced = list(rx["announced"].finditer(head))
        am = announced[-1] if announced else None
        if am is not None:
            m.submitters, m.parties = parse_members(am.group("names"))
    if not m.cosigners and tm is not None:
        m.cosigners = bool(re.search(r"\bc\.s\.", tm.group("title"), re.I))
    # Date tabled, status, own number.
    lo = head_lo
    for d in dates:
        if d.get("value") and lo <= d["char_start"] < sm.start():
            before = text[max(lo, d["char_start"] - 20): d["char_start"]]
            if rx["tabled"].search(before):
                m.date = d["value"]
    m.status = "ingediend"
    sl = rx["status_line"].search(text, em.end(), em.end() + len(tail))
    if sl:
        m.status = sl.group("s").lower()
    number = [r for r in refs if em.end() <= r["char_start"] < em.end() + len(tail) and r.get("kind") == "kamerstuk"
              and rx["number"].search(text[max(0, r["char_start"] - 20): r["char_start"]])]
    if number:
        m.kamerstuk = number[0]["canonical"]
    elif meta is not None and meta.kamerstuk.startswith("kst-"):
        m.kamerstuk = meta.kamerstuk
    # Dictum and considerations.
    body = text[sm.end(): em.start()]
    dm = rx["dictum"].search(body)
    if dm:
        m.request = " ".join(body[dm.start("v"):].split()).rstrip(" ,;")
        pre = body[: dm.start("v")]
    else:
        pre = body
    cons = list(rx["consideration"].finditer(pre))
    for i, cm in enumerate(cons):
        stop = cons[i + 1].start("c") if i + 1 < len(cons) else len(pre)
        piece = " ".join(pre[cm.start("c"): stop].split()).rstrip(" ,;")
        if piece and not piece.lower().startswith("gehoord"):
            m.considerations.append(piece)
    return m


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
