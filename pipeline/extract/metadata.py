"""Document metadata for documents.csv: type, own Kamerstuk id, date, title, addressee, signatories.

A pure function of the clean :class:`~pipeline.document.Document` (its text and
what its page furniture told). Cues live in ``models/doc_types.json`` and
``models/roles.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from pipeline.document import Document
from pipeline.extract.dates import Anchor, estimate_anchor
from pipeline.extract.references import find_references
from pipeline.ids import normalize_dossier, vergaderjaar
from pipeline.lang.gazetteer import listed
from pipeline.lang.kamer import kamer_name
from pipeline.lang.names import full_name, particle, surname
from pipeline.resources import alternation, load_json
from pipeline.timex import find_date

DOC_TYPES = ("brief_regering", "beslisnota", "antwoord_kamervragen", "motie", "nieuwsbericht", "verslag", "other")
_DATELINES = load_json("datelines.json")
PLACES = alternation(_DATELINES["places"])
DATELINE = re.compile(rf"^\s*{PLACES}\s*,?\s+(?P<rest>.{{6,40}})$", re.M)
# Any other place that the gazetteers know, written as a dateline: 'Zoetermeer, 3 maart 2023'.
OTHER_DATELINE = re.compile(r"^\s*(?P<place>[A-Z'’‘][\w'’‘. -]{1,30}?),\s+(?P<rest>.{6,40})$", re.M)
DATUM_FIELD = re.compile(r"^\s*Datum\s*:?\s*(?P<rest>.{6,40})$", re.M)
EVENT_DATE = re.compile(rf"\b(?P<kind>{alternation(_DATELINES['events'])})\s+(?P<rest>[^)\n]{{6,30}})")
DOSSIER_LINE = re.compile(r"^\s*(?P<dossier>\d{2}\s?\d{3}(?:[- ](?:[A-Z]{1,4}|\d{1,3}))?)(?:\s+(?P<title>\S.*))?$")
NR_LINE = re.compile(r"^\s*Nr\.\s*(?P<nr>\d+[a-z]?|[A-Z]{1,2})\b\s*(?P<rest>.*)$")
VERGADERJAAR_LINE = re.compile(r"\bVergaderjaar\s+(?P<y1>(?:19|20)\d\d)\s*[-–/]\s*(?P<y2>(?:19|20)?\d\d)", re.I)
# The name grammar (letters, tussenvoegsels) is pipeline.lang.names.
_PARTICLES = rf"(?:{particle()}\s)"
NAME = re.compile(rf"^{full_name()}$")
SURNAME = re.compile(rf"^{surname()}$")
ADDRESSEE = re.compile(r"^\s*Aan\s*:?\s*(?:de\s+)?(?P<who>(?:Voorzitter|voorzitter)\s+van\s+de\s+"
                       r"(?:Tweede|Eerste)\s+Kamer(?:\s+der\s+Staten-Generaal)?"
                       r"|(?:[Mm]inister|[Ss]taatssecretaris)\b[^\n]{0,80})", re.M)


@dataclass(frozen=True)
class Signatory:
    name: str | None
    role: str | None

    def label(self) -> str:
        return f"{self.name or ''} ({self.role})".strip() if self.role else (self.name or "")


@dataclass(frozen=True)
class OwnId:
    """The document's own Kamerstuk number, from its colophon or head."""

    kamerstuk: str = ""
    inferred: bool = False  # the dossier was inferred from the series the document cites
    dossier: str = ""
    ondernummer: str = ""
    vergaderjaar: str = ""
    kamer: str = ""


@dataclass(frozen=True)
class Metadata:
    """What the document says about itself; computed once, before the extractors that need it."""

    doc_type: str = "other"
    kamerstuk: str = ""
    kamerstuk_inferred: bool = False
    dossier: str = ""
    ondernummer: str = ""
    vergaderjaar: str = ""
    kamer: str = ""
    date: str = ""
    date_source: str = ""
    title: str = ""
    addressee: str = ""
    signatories: tuple[Signatory, ...] = ()
    anchor: Anchor = Anchor()  # the date relative expressions are resolved against

    def speaking_roles(self) -> list[str]:
        """The offices of the signers who speak for the government (not members of parliament)."""
        return [s.role for s in self.signatories if s.role and not s.role.lower().startswith("lid ")]


def extract_metadata(doc: Document) -> Metadata:
    text = doc.text
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    doc_type = classify(text, doc.layout)
    own = own_id(doc, lines)
    date, date_source = document_date(doc, lines)
    signers = tuple(signatories(lines, doc_type))
    kamer = own.kamer
    return Metadata(
        doc_type=doc_type, kamerstuk=own.kamerstuk, kamerstuk_inferred=own.inferred, dossier=own.dossier,
        ondernummer=own.ondernummer, vergaderjaar=own.vergaderjaar, kamer=kamer, date=date, date_source=date_source,
        title=title(doc, lines, doc_type), addressee=addressee(text, doc_type, kamer), signatories=signers,
        anchor=document_anchor(text, date, date_source))


def document_anchor(text: str, date: str, date_source: str) -> Anchor:
    """The document date anchors relative expressions; without one, the year its dates point to."""
    if date:
        return Anchor.parse(date, date_source or "document_date")
    return estimate_anchor(text)


# --- type ------------------------------------------------------------------

def classify(text: str, layout: str = "") -> str:
    scores = dict.fromkeys(DOC_TYPES, 0.0)
    head = text[:1500]
    for rule in _rules():
        target = head if rule["head"] else text
        if rule["regex"].search(target):
            scores[rule["type"]] += rule["weight"]
    if layout == "web":
        scores["nieuwsbericht"] += 4
    best = max(scores, key=lambda k: (scores[k], -DOC_TYPES.index(k)))
    return best if scores[best] >= 2 else "other"


@cache
def _rules() -> list[dict]:
    rules = []
    for r in load_json("doc_types.json")["rules"]:
        flags = re.M | (re.I if "i" in r.get("flags", "") else 0)
        rules.append({"type": r["type"], "weight": r["weight"], "head": r.get("head", False),
                      "regex": re.compile(r["pattern"], flags)})
    return rules


# --- own id ----------------------------------------------------------------

def own_id(doc: Document, lines: list[str]) -> OwnId:
    f = doc.furniture
    kamer, vj = f.get("kamer", ""), f.get("vergaderjaar", "")
    if not vj:
        m = VERGADERJAAR_LINE.search("\n".join(lines[:12]))
        if m:
            vj = vergaderjaar(m.group("y1"), m.group("y2"))
    own = f.get("own_id", "")
    if not own and lines:
        # Newer prints of motions open with their compact number: '35851-71'.
        m = re.match(r"^(\d{5}(?:-[A-Z]{1,6}|-\d{2})?)-(\d+[a-z]?)$", lines[0])
        if m:
            own = f"kst-{m.group(1)}-{m.group(2)}"
    dossier, nr = _head_numbers(lines[:12], f.get("dossier", ""), f.get("ondernummer", ""))
    base = OwnId(dossier=dossier, ondernummer=nr, vergaderjaar=vj, kamer=kamer)
    if own:
        m = re.match(r"kst-(\d+(?:-[A-Z0-9]+)?)-(\w+)$", own)
        if own.startswith("kst-") and not dossier and m:
            return replace(base, kamerstuk=own, dossier=m.group(1), ondernummer=m.group(2))
        return replace(base, kamerstuk=own)
    inferred = False
    if nr and not dossier and nr.isdigit():
        dossier = _series_dossier(doc.text, int(nr))
        inferred = bool(dossier)
    own = f"kst-{dossier}-{nr}" if dossier and nr else ""
    return replace(base, kamerstuk=own, inferred=inferred, dossier=dossier)


def _head_numbers(head: list[str], dossier: str, nr: str) -> tuple[str, str]:
    """Dossier and ondernummer printed in the head ('36 600 XIV' / 'Nr. 12'), where the colophon gave none."""
    if not nr:
        m = next((m for m in map(NR_LINE.match, head) if m), None)
        nr = m.group("nr") if m else ""
    if not dossier and nr:
        for ln in head:
            m = DOSSIER_LINE.match(ln)
            if m and not NR_LINE.match(ln):
                return normalize_dossier(m.group("dossier")), nr
    return dossier, nr


def _series_dossier(text: str, number: int) -> str:
    """A print that lost its dossier header ('Nr. 64' only) continues a series it cites.

    Take the cited dossier whose highest cited number below ours is closest to
    it: a letter usually refers back to the previous letter in its own dossier.
    """
    best, gap = "", None
    for ref in find_references(text):
        if ref.kind != "kamerstuk" or not ref.ondernummer.isdigit():
            continue
        nr = int(ref.ondernummer)
        if nr < number and (gap is None or number - nr < gap):
            best, gap = ref.dossier, number - nr
    return best


# --- date ------------------------------------------------------------------

def document_date(doc: Document, lines: list[str]) -> tuple[str, str]:
    head = "\n".join(lines[:40])
    for regex, source in ((DATELINE, "dateline"), (DATUM_FIELD, "datum_field"), (OTHER_DATELINE, "dateline")):
        for m in regex.finditer(head):
            if regex is OTHER_DATELINE and not _is_place(m.group("place")):
                continue
            found = find_date(m.group("rest"))
            if found and found[1] <= 3 and found[2] >= len(m.group("rest").rstrip(" .")) - 1:
                return found[0], source
    side = doc.furniture.get("sidebar", [])
    for i, ln in enumerate(side[:30]):
        if ln.strip().rstrip(":") == "Datum" and i + 1 < len(side):
            found = find_date(side[i + 1])
            if found:
                return found[0], "datum_field"
    if doc.date_hint:
        found = find_date(doc.date_hint)
        if found:
            return found[0], "page_date"
    # Motions are dated by their tabling, answers by their receipt, reports by adoption.
    events: dict[str, re.Match] = {}
    for m in EVENT_DATE.finditer(head):
        events.setdefault(m.group("kind").lower(), m)
    for kind in _DATELINES["event_preference"]:
        m = events.get(kind)
        found = find_date(m.group("rest")) if m else None
        if found and found[1] == 0:
            return found[0], kind
    year = doc.furniture.get("print_year")
    return (year, "colophon_year") if year else ("", "")


def _is_place(name: str) -> bool:
    """A place the gazetteers know (a municipality, a city abroad)."""
    return any(label in ("GPE", "LOC") for _, label in listed(name))


# --- signatures --------------------------------------------------------------

def recase_role(role: str) -> str:
    """'(DE) MINISTER VAN BUITENLANDSE ZAKEN' -> 'Minister van Buitenlandse Zaken'."""
    role = " ".join(role.strip().rstrip(",").split())
    role = re.sub(r"^(?:De|DE|de)\s+(?=\S)", "", role)  # an office, not 'the' office
    low = set(load_json("roles.json")["lowercase_words"])
    if role.isupper():
        words = role.lower().split(" ")
        role = " ".join(w if (w in low and i) else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                        for i, w in enumerate(words))
    return role[:1].upper() + role[1:]


def _role_of(line: str) -> str | None:
    functions = load_json("roles.json")["functions"]
    m = re.match(r"^(?:De|DE|de)\s+(?P<role>.+?),?$", line.strip())
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
    if not line.endswith(",") or re.match(r"^(?:De|DE|de)\s", line):
        return False
    return bool(re.match(r"^mede\s+namens\b", line, re.I)) or _role_of("De " + line) is not None


def signatories(lines: list[str], doc_type: str = "") -> list[Signatory]:
    out: list[Signatory] = []
    tail_start = max(0, len(lines) - 30)
    i = tail_start
    low = set(load_json("roles.json")["lowercase_words"])
    while i < len(lines):
        line, j = lines[i], i + 1
        # A role wrapped over two lines ('De Minister van Onderwijs, Cultuur en' / 'Wetenschap,').
        while j < len(lines) and j - i < 3 and line.rstrip(", ").split()[-1].lower() in low:
            line, j = f"{line} {lines[j]}", j + 1
        role = _role_of(line)
        if not role:
            i += 1
            continue
        # Further offices of the same signer ('Minister van Algemene Zaken,', 'mede namens de ...,').
        while j < len(lines) and j - i < 5 and _further_office(lines[j]):
            j += 1
        name = None
        if j < len(lines) and NAME.match(lines[j]) and not _role_of(lines[j]):
            name = lines[j]
            j += 1
        out.append(Signatory(name=name, role=role))
        i = j
    if doc_type == "motie":
        for j, ln in enumerate(lines):
            if "gaat over tot de orde van de dag" in ln:
                names = [n for n in lines[j + 1: j + 12] if SURNAME.match(n) or NAME.match(n)]
                out.extend(Signatory(name=n, role="lid Tweede Kamer") for n in names)
                break
    if doc_type == "antwoord_kamervragen" and not out:
        m = re.search(r"Antwoord van (?:de )?(?P<f>[Mm]inister|[Ss]taatssecretaris)\s+(?P<name>[A-Z][\w'’-]+"
                      rf"(?:\s{_PARTICLES}*[A-Z][\w'’-]+)*)\s*\((?P<dept>[^)]+)\)", "\n".join(lines[:20]))
        if m:
            f, dept = m.group("f").capitalize(), m.group("dept").strip()
            voor = {p.lower() for p in load_json("roles.json")["voor_portfolios"]}
            out.append(Signatory(name=m.group("name"), role=f"{f} {'voor' if dept.lower() in voor else 'van'} {dept}"))
    return out


# --- title and addressee -----------------------------------------------------

def title(doc: Document, lines: list[str], doc_type: str) -> str:
    if doc.title_hint:
        return doc.title_hint
    for ln in lines[:12]:
        m = NR_LINE.match(ln)
        if m and m.group("rest").strip():
            return m.group("rest").strip()
        if m:
            nxt = lines[lines.index(ln) + 1] if lines.index(ln) + 1 < len(lines) else ""
            if nxt.isupper():
                return nxt
    for ln in lines[:25]:
        m = re.match(r"^Onderwerp\s*:?\s+(?P<t>\S.{2,200})$", ln)
        if m:
            return m.group("t").strip()
    if doc_type == "antwoord_kamervragen":
        for ln in lines[:20]:
            if re.match(r"^Vragen van (?:het lid|de leden)\b", ln):
                return ln
    big = doc.furniture.get("title_hint", "")
    return big if len(big.split()) >= 2 and sum(c.isalpha() for c in big) >= 8 else ""


def addressee(text: str, doc_type: str, kamer: str) -> str:
    m = ADDRESSEE.search(text[:3000])
    if m:
        who = m.group("who").strip().rstrip(",.")
        return who[:1].upper() + who[1:]
    if doc_type == "brief_regering" and re.search(r"\b(?:uw Kamer|Geachte [Vv]oorzitter)\b", text):
        return f"Voorzitter van de {kamer_name(kamer)}"
    return ""
