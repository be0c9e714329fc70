"""Kamerstuk, Handelingen and Aanhangsel references: every citation form, normalized and linked.

A set of compiled patterns, each anchored on a word that only citations use
(``Kamerstuk``, ``Handelingen``, ``Aanhangsel``, ``kst-``, ``dossier``, ``nr. 22
(30196)``), so amounts, postcodes, ISSNs and years never start a reference.
Each pattern is one linear scan; overlaps go to the match that starts first
and then to the longest. Numbers come out as officielebekendmakingen writes
them: ``kst-35925-X-90``, ``ah-tk-20222023-2214``, ``h-tk-20222023-12-5``,
``dossier-33694``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.ids import MAX_DOSSIER, parse_dossier, vergaderjaar
from pipeline.lang.kamer import kamer_code
from pipeline.overlaps import Claim, first_longest, select

S = r"[^\S\n]"  # a space that does not cross a paragraph break
_VJ = (rf"(?:vergaderjaar{S}+)?(?P<y1>(?:19|20)\d\d){S}*[/\-–]{S}*(?P<y2>(?:19|20)?\d\d)(?![\d/])")
_KAMER = r"(?P<kamer>II|I|TK|EK)(?![\w])"
_SUFFIX = rf"(?:{S}*[-–.]{S}*|{S}+)(?:[IVXLC]{{1,6}}|[A-Z]{{1,3}})(?![\w])|{S}*[-–]{S}*\d{{1,3}}(?![\d])"
_DOSSIER = rf"(?P<dossier>\d{{2,3}}(?:{S}|\.)?\d{{3}}(?:{_SUFFIX})?)"
_NRITEM = r"(?:\d+[a-z]?|[A-Z]{1,2})(?![\w])"
_DSUFFIX = r"(?:[IVXLC]{1,6}|[A-Z]{1,3}|\d{1,3})"  # begrotingshoofdstuk or sub-dossier
_PAGE = (rf"(?:{S}*,?{S}*(?:p|pp|blz|pag|pagina)\.?{S}*\d+(?:{S}*[-–]{S}*\d+)?"
         rf"(?:{S}*(?:en|,){S}*\d+(?![\d/]))?)")
_NRPART = rf"nrs?\.?{S}*{_NRITEM}(?:{S}*(?:,|en|&){S}*{_NRITEM})*{_PAGE}?"
_TAIL = rf"(?P<tail>{_NRPART}(?:(?:{S}*[;,]{S}*(?:en{S}+)?|{S}+en{S}+){_NRPART})*)"
_SEP = rf"{S}*,?{S}*"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("kamerstuk", re.compile(rf"\b[Kk]amerstuk(?:ken)?(?:{S}+{_KAMER})?{_SEP}(?:{_VJ}{_SEP})?{_DOSSIER}{_SEP}{_TAIL}")),
    ("kamerstuk", re.compile(rf"\b(?P<kamerword>Tweede|Eerste){S}+Kamer,?{S}+{_VJ}{_SEP}{_DOSSIER}{_SEP}{_TAIL}")),
    # A dossier number followed by 'nr.' is a citation without its 'Kamerstuk': '(21501-07, nr. 1395)'.
    ("bare", re.compile(rf"(?<![\w€$.,-]){_DOSSIER},{S}*{_TAIL}")),
    ("compact", re.compile(rf"\b(?:[Kk]amerstuk(?:ken)?{S}+)?(?P<compact>\d{{5}}(?:-{_DSUFFIX})?"
                           rf"-(?:\d+[a-z]?|[A-Z]{{1,2}}))(?![\w-])")),
    ("kst_id", re.compile(r"\bkst-(?P<dossier>\d{4,6}(?:-[A-Z0-9]{1,6})?)-(?P<nr>\d+[a-z]?|[A-Z]{1,2})(?![\w-])")),
    ("aanhangsel", re.compile(rf"\bAanhangsel{S}+(?:van{S}+de{S}+|bij{S}+de{S}+)?Handelingen(?:{S}+{_KAMER})?{_SEP}"
                              rf"{_VJ}{_SEP}nr\.?{S}*(?P<nr>\d+)")),
    ("handelingen", re.compile(rf"\bHandelingen(?:{S}+{_KAMER})?{_SEP}{_VJ}{_SEP}nr\.?{S}*(?P<nr>\d+)"
                               rf"(?:{_SEP}item{S}*(?P<item>\d+))?{_PAGE}?")),
    ("dossier", re.compile(rf"\b[Kk]amerstuk(?:ken)?(?:{S}+{_KAMER})?{_SEP}(?:{_VJ}{_SEP})?{_DOSSIER}"
                           rf"(?!{_SEP}nrs?\b)")),
    ("dossier", re.compile(rf"\bdossier(?:nummer)?{S}+{_DOSSIER}")),
    ("motion", re.compile(rf"\bnr\.?{S}*(?P<nr>\d+[a-z]?){S}*\({S}*(?P<dossier>\d{{2}}{S}?\d{{3}}"
                          rf"(?:(?:-|{S}){_DSUFFIX})?){S}*\)")),
    ("paren_dossier", re.compile(rf"\((?P<dossier>\d{{2}}{S}?\d{{3}}(?:(?:-|{S}){_DSUFFIX})?)\)")),
    ("tk_number", re.compile(r"\b(?P<tk>(?:19|20)\d\d[ZD]\d{5})\b")),
    ("staatsblad", re.compile(rf"\b(?:Stb\.?|Staatsblad){S}*(?P<year>(?:18|19|20)\d\d){_SEP}(?:nr\.?{S}*)?"
                              rf"(?P<nr>\d+)\b")),
    ("staatscourant", re.compile(rf"\b(?:Stcrt\.?|Staatscourant){S}*(?P<year>(?:19|20)\d\d){_SEP}(?:nr\.?{S}*)?"
                                 rf"(?P<nr>\d+)\b")),
]
# A bare "(36537)" names a dossier only where the sentence speaks of a bill, letter or dossier.
_PAREN_CONTEXT = re.compile(r"\b(?:wet|wets?voorstel|voorstel|dossier|kamerstuk|begroting|verdrag|wijziging|"
                            r"initiatiefwet|goedkeuring|Wet\b)\w*", re.I)
_AMOUNT_BEFORE = re.compile(r"(?:€|\$|£|EUR|euro)\s*$", re.I)
_ITEM = re.compile(rf"nrs?\.?{S}*(?P<nrs>{_NRITEM}(?:{S}*(?:,|en|&){S}*{_NRITEM})*)(?P<page>{_PAGE})?")
BASE_URL = "https://zoek.officielebekendmakingen.nl/"


@dataclass(frozen=True)
class Reference:
    """One citation: where it stands in its text and what it cites, as officielebekendmakingen names it."""

    kind: str  # kamerstuk, handelingen, aanhangsel, dossier, staatsblad, staatscourant, tk_zaak, tk_document
    raw: str
    start: int
    end: int
    kamer: str = ""
    vergaderjaar: str = ""
    dossier: str = ""
    ondernummer: str = ""
    page: str = ""
    canonical: str = ""
    url: str = ""
    corrected: bool = False  # a misprinted dossier number was repaired


def find_references(text: str) -> list[Reference]:
    """Every reference in ``text``, in text order, with offsets into ``text``."""
    candidates: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if kind == "paren_dossier" and not _paren_context(text, m.start()):
                continue
            if kind in ("bare", "paren_dossier") and _AMOUNT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue
            candidates.append((m.start(), m.end(), kind, m))
    def build(c: tuple[int, int, str, re.Match[str]]) -> Claim[list[Reference]] | None:
        refs = _BUILDERS[c[2]](c[2], c[3], text)
        return Claim(refs, c[0], c[1]) if refs else None

    kept = select(candidates, bounds=lambda c: (c[0], c[1]), priority=lambda c: first_longest(c[0], c[1]),
                  build=build)
    return _inherit_list_context([ref for refs in kept for ref in refs], text)

def _paren_context(text: str, start: int) -> bool:
    """A bare '(36537)' names a dossier after a bill, a budget or a dossier in the same sentence."""
    window = text[max(0, start - 100): start]
    window = re.split(r"[.!?]\s|\n", window)[-1]
    return bool(_PAREN_CONTEXT.search(window))


def _inherit_list_context(refs: list[Reference], text: str) -> list[Reference]:
    """'Kamerstukken II 2022/23, 33 694, nr. 67; 35 925 X, nr. 90': the list's kamer and year go on."""
    out = refs[:1]
    for ref in refs[1:]:
        prev = out[-1]
        between = text[prev.end: ref.start]
        if ref.kind == "kamerstuk" and not ref.kamer and not ref.vergaderjaar and re.fullmatch(
                rf"{S}*[;,]{S}*(?:en{S}+)?", between):
            ref = replace(ref, kamer=prev.kamer, vergaderjaar=prev.vergaderjaar)
        out.append(ref)
    return out


def _vergaderjaar(m: re.Match[str]) -> str:
    y1 = m.group("y1") if "y1" in m.re.groupindex else None
    return vergaderjaar(y1, m.group("y2")) if y1 else ""


def _kamer(m: re.Match[str]) -> str:
    for group in ("kamerword", "kamer"):
        if group in m.re.groupindex and m.group(group):
            return kamer_code(m.group(group))
    return ""


def _pages(raw: str) -> str:
    nums = re.findall(r"\d+", raw)
    if not nums:
        return ""
    return nums[0] if len(nums) == 1 else f"{nums[0]}-{nums[-1]}"


def canonical_kst(dossier: str, nr: str) -> str:
    return f"kst-{dossier}-{nr}"


def _ref(kind: str, raw: str, start: int, end: int, **kw) -> Reference:
    canonical, dossier = kw.get("canonical", ""), kw.get("dossier", "")
    url = ""
    if canonical and kind != "dossier" and not kind.startswith("tk_"):
        url = f"{BASE_URL}{canonical}.html"
    elif kind == "dossier" and dossier:
        url = f"{BASE_URL}dossier/{dossier}"
    return Reference(kind=kind, raw=raw, start=start, end=end, url=url, **kw)


def _kamerstuk_list(kind: str, m: re.Match[str], text: str) -> list[Reference]:
    """'Kamerstukken II 2022/23, 33 694, nr. 67, p. 5; nrs. 12 en 14': one reference per number."""
    start, end = m.start(), m.end()
    dossier, corrected = parse_dossier(m.group("dossier"))
    if int(re.match(r"\d+", dossier).group()) >= MAX_DOSSIER:
        return []
    common = {"kamer": _kamer(m), "vergaderjaar": _vergaderjaar(m), "dossier": dossier, "corrected": corrected}
    refs: list[Reference] = []
    for item in _ITEM.finditer(text, m.start("tail"), end):
        page = _pages(item.group("page") or "")
        numbers = list(re.finditer(_NRITEM, text[item.start("nrs"): item.end("nrs")]))
        for nr_m in numbers:
            nr = nr_m.group()
            # The first number carries the whole citation, a later 'nr. 7, p. 5-6' its own part,
            # a later number of a list ('nrs. 12 en 14') just itself.
            if not refs:
                s = start
                e = item.end() if len(numbers) == 1 else item.start("nrs") + nr_m.end()
            elif len(numbers) == 1:
                s, e = item.start(), item.end()
            else:
                s, e = item.start("nrs") + nr_m.start(), item.start("nrs") + nr_m.end()
            refs.append(_ref("kamerstuk", text[s:e], s, e, ondernummer=nr, page=page,
                             canonical=canonical_kst(dossier, nr), **common))
    return refs


def _compact(kind: str, m: re.Match[str], text: str) -> list[Reference]:
    """'33694-68', '36600-XIV-12'; '21501-07' is a sub-dossier: ondernummers never have a leading zero."""
    raw, compact = m.group(), m.group("compact")
    parts = compact.split("-")
    if len(parts) == 2 and parts[1].startswith("0"):
        return [_ref("dossier", raw, m.start(), m.end(), dossier=compact, canonical=f"dossier-{compact}")]
    dossier = "-".join(parts[:-1])
    return [_ref("kamerstuk", raw, m.start(), m.end(), dossier=dossier, ondernummer=parts[-1],
                 canonical=canonical_kst(dossier, parts[-1]))]


def _kst_id(kind: str, m: re.Match[str], text: str) -> list[Reference]:
    return [_ref("kamerstuk", m.group(), m.start(), m.end(), dossier=m.group("dossier"), ondernummer=m.group("nr"),
                 canonical=canonical_kst(m.group("dossier"), m.group("nr")))]


def _handelingen(kind: str, m: re.Match[str], text: str) -> list[Reference]:
    """Handelingen and Aanhangsels: 'h-tk-20222023-12-5', 'ah-tk-20222023-2214'."""
    vj = _vergaderjaar(m)
    if not vj:
        return []
    raw, kamer = m.group(), _kamer(m)
    house = "ek" if kamer == "I" else "tk"
    common = {"kamer": kamer, "vergaderjaar": vj, "ondernummer": m.group("nr")}
    if kind == "aanhangsel":
        canonical = f"ah-{house}-{vj.replace('-', '')}-{m.group('nr')}"
        return [_ref("aanhangsel", raw, m.start(), m.end(), canonical=canonical, **common)]
    item = m.group("item")
    canonical = f"h-{house}-{vj.replace('-', '')}-{m.group('nr')}" + (f"-{item}" if item else "")
    page_m = re.search(rf"(?:p|pp|blz|pag|pagina)\.?{S}*(.+)$", raw)
    return [_ref("handelingen", raw, m.start(), m.end(), page=_pages(page_m.group(1)) if page_m else "",
                 canonical=canonical, **common)]


def _dossier(kind: str, m: re.Match[str], text: str) -> list[Reference]:
    dossier, corrected = parse_dossier(m.group("dossier"))
    if int(re.match(r"\d+", dossier).group()) >= MAX_DOSSIER:
        return []
    start, end, raw = m.start(), m.end(), m.group()
    if kind == "paren_dossier":
        start, end, raw = start + 1, end - 1, raw[1:-1]
    kamer = _kamer(m) if "kamer" in m.re.groupindex else ""
    vj = _vergaderjaar(m) if "y1" in m.re.groupindex else ""
    return [_ref("dossier", raw, start, end, kamer=kamer, vergaderjaar=vj, dossier=dossier,
                 canonical=f"dossier-{dossier}", corrected=corrected)]


def _motion_number(kind: str, m: re.Match[str], text: str) -> list[Reference]:
    """'nr. 22 (30196)', as the chair gives a motion its number."""
    dossier, corrected = parse_dossier(m.group("dossier"))
    return [_ref("kamerstuk", m.group(), m.start(), m.end(), dossier=dossier, ondernummer=m.group("nr"),
                 canonical=canonical_kst(dossier, m.group("nr")), corrected=corrected)]


def _tk_number(kind: str, m: re.Match[str], text: str) -> list[Reference]:
    tk = m.group("tk")
    return [_ref("tk_zaak" if "Z" in tk else "tk_document", m.group(), m.start(), m.end(), canonical=tk)]


def _gazette(kind: str, m: re.Match[str], text: str) -> list[Reference]:
    prefix = "stb" if kind == "staatsblad" else "stcrt"
    return [_ref(kind, m.group(), m.start(), m.end(), ondernummer=m.group("nr"),
                 canonical=f"{prefix}-{m.group('year')}-{m.group('nr')}")]


_BUILDERS = {
    "kamerstuk": _kamerstuk_list, "bare": _kamerstuk_list, "compact": _compact, "kst_id": _kst_id,
    "aanhangsel": _handelingen, "handelingen": _handelingen, "dossier": _dossier, "paren_dossier": _dossier,
    "motion": _motion_number, "tk_number": _tk_number, "staatsblad": _gazette, "staatscourant": _gazette,
}
