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
from pipeline.lang.starts import scan
from pipeline.overlaps import Claim, first_longest, select

S = r"(?:[^\S\n]|\n(?![^\S\n]*\n))"  # a space or one line break (a wrapped line), never a blank line
_VJ = (rf"(?:vergaderjaar{S}+)?(?P<y1>(?:19|20)\d\d){S}*[/\-–]{S}*(?P<y2>(?:19|20)?\d\d)(?![\d/])")
# The house, however it is printed: 'II', 'TK', 'Tweede Kamer', and 'll' / 'Il' where OCR read the I's as l's.
_KAMER = (rf"(?P<kamer>[Il]{{1,2}}|TK|EK|(?:Tweede|Eerste){S}+Kamer(?:{S}+der{S}+Staten-Generaal)?)(?![\w])")
_KAMERWORD = rf"(?P<kamerword>(?:Tweede|Eerste){S}+Kamer(?:{S}+der{S}+Staten-Generaal)?|TK|EK)"
_SUFFIX = rf"(?:{S}*[-–.]{S}*|{S}+)(?:[IVXLC]{{1,6}}|[A-Z]{{1,3}})(?![\w])|{S}*[-–]{S}*\d{{1,3}}(?![\d])"
_DOSSIER = rf"(?P<dossier>\d{{2,3}}(?:{S}|\.)?\d{{3}}(?:{_SUFFIX})?)"
_NRWORD = r"(?:[Nn]rs?\.?|[Nn]ummers?(?![\w]))"
_NRITEM = r"(?:\d+[a-z]?|[A-Z]{1,2})(?![\w])"
# 'nrs. 1–3', 'nrs. 4 t/m 6': every number of the range is cited.
_RANGE_TO = rf"(?:[-–]|{S}*(?:–|t/m|tot{S}+en{S}+met){S}*)"  # a spaced hyphen joins, it does not span
_NRRANGE = rf"\d+{_RANGE_TO}\d+(?![\w/-])"
_NRLIST = rf"(?:{_NRRANGE}|{_NRITEM})(?:{S}*(?:,|en|&){S}*(?:{_NRRANGE}|{_NRITEM}))*"
_DSUFFIX = r"(?:[IVXLC]{1,6}|[A-Z]{1,3}|\d{1,3})"  # begrotingshoofdstuk or sub-dossier
_PAGE = (rf"(?:{S}*,?{S}*(?:p|pp|blz|pag|pagina)\.?{S}*\d+(?:{S}*[-–]{S}*\d+)?"
         rf"(?:{S}*(?:en|,){S}*\d+(?![\d/]))?)")
_NRPART = rf"{_NRWORD}{S}*{_NRLIST}{_PAGE}?"
# Eerste Kamer stukken are lettered and often cited without 'nr.': 'Kamerstukken I 2019/20, 35 300, C'.
_LETTERS = r"[A-Z]{1,2}(?:[^\S\n]*(?:,|en|&)[^\S\n]*[A-Z]{1,2})*(?![\w-])"
# One dossier shared by a list: 'nr. 6; nr. 7', 'nr. 679, nr. 684 en 685', 'nr. 726, was nr. 719'.
_JOIN = rf"(?:{S}*[;,]{S}*\(?(?:(?:en|of|was|resp\.|respectievelijk|alsmede){S}+)?|{S}+\(?(?:en|of|was){S}+)"
_TAIL = rf"(?P<tail>{_NRPART}(?:{_JOIN}{_NRPART})*)"
# With its vergaderjaar a citation is sure enough to drop 'nr.' also before a number, as legal texts do:
# 'Kamerstukken II 2019/20, 35 300, 3, p. 4'.
_TAIL_OR_LETTERS = (rf"(?P<tail>(?:{_NRPART}|(?:(?<=,)|(?<=,\s))(?:{_LETTERS}|(?(y1)\d+[a-z]?(?![\w/-]|[.,]\d)|(?!)))"
                    rf"{_PAGE}?)(?:{_JOIN}{_NRPART})*)")
_SEP = rf"{S}*,?{S}*"
_KST_WORD = r"\b[Kk]amerstuk(?:ken|nummer)?"
_AH_NRS = rf"{_NRWORD}{S}*(?P<nr>\d+)(?P<more>(?:{S}*(?:,|en|&){S}*(?:nr\.?{S}*)?\d+(?![\w/]))*)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("kamerstuk", re.compile(rf"{_KST_WORD}(?:{S}+{_KAMER})?{_SEP}(?:{_VJ}{_SEP})?{_DOSSIER}{_SEP}{_TAIL_OR_LETTERS}")),
    ("kamerstuk", re.compile(rf"\b{_KAMERWORD},?{S}+{_VJ}{_SEP}{_DOSSIER}{_SEP}{_TAIL_OR_LETTERS}")),
    # A dossier number followed by 'nr.' is a citation without its 'Kamerstuk': '(21501-07, nr. 1395)'.
    ("bare", re.compile(rf"(?<![\w€$.,-]){_DOSSIER}{_SEP}{_TAIL}")),
    ("compact", re.compile(rf"\b(?:[Kk]amerstuk(?:ken)?{S}+)?(?P<compact>\d{{5}}(?:-{_DSUFFIX})?"
                           rf"-(?:\d+[a-z]?|[A-Z]{{1,2}}))(?![\w-])")),
    ("kst_id", re.compile(r"\bkst-(?P<dossier>\d{4,6}(?:-[A-Z0-9]{1,6})?)-(?P<nr>\d+[a-z]?|[A-Z]{1,2})(?![\w-])")),
    ("aanhangsel", re.compile(rf"\bAanhangsel{S}+(?:van{S}+de{S}+|bij{S}+de{S}+)?Handelingen(?:{S}+{_KAMER})?{_SEP}"
                              rf"{_VJ}{_SEP}{_AH_NRS}")),
    # An Aanhangsel cited as an item of the Kamerstukken: 'Kamerstukken II 2021/22, Aanhangsel, nr. 1694'.
    ("aanhangsel", re.compile(rf"(?:\b(?:[Kk]amerstukken|Handelingen)(?:{S}+{_KAMER})?|\b{_KAMERWORD}){_SEP}{_VJ}"
                              rf"{_SEP}Aanhangsel(?:{S}+(?:van{S}+de{S}+|bij{S}+de{S}+)?Handelingen)?{_SEP}"
                              rf"{_AH_NRS}")),
    ("handelingen", re.compile(rf"\bHandelingen(?:{S}+{_KAMER})?{_SEP}{_VJ}{_SEP}{_NRWORD}{S}*(?P<nr>\d+)"
                               rf"(?:{_SEP}item{S}*(?P<item>\d+))?{_PAGE}?")),
    ("dossier", re.compile(rf"{_KST_WORD}(?:{S}+{_KAMER})?{_SEP}(?:{_VJ}{_SEP})?{_DOSSIER}"
                           rf"(?!{_SEP}{_NRWORD})")),
    ("dossier", re.compile(rf"\bdossier(?:nummer)?{S}+{_DOSSIER}")),
    ("motion", re.compile(rf"\b{_NRWORD}{S}*(?P<nr>\d+[a-z]?){S}*\({S}*(?P<dossier>\d{{2}}{S}?\d{{3}}"
                          rf"(?:(?:-|{S}){_DSUFFIX})?){S}*\)")),
    ("paren_dossier", re.compile(rf"\({S}*(?P<dossier>\d{{2}}{S}?\d{{3}}(?:(?:-|{S}){_DSUFFIX})?){S}*\)")),
    ("tk_number", re.compile(r"\b(?P<tk>(?:19|20)\d\d[ZD]\d{5})\b")),
    ("staatsblad", re.compile(rf"\b(?:Stb\.?|Staatsblad){S}*(?P<year>(?:18|19|20)\d\d){_SEP}(?:{_NRWORD}{S}*)?"
                              rf"(?P<nr>\d+)\b")),
    ("staatscourant", re.compile(rf"\b(?:Stcrt\.?|Staatscourant){S}*(?P<year>(?:19|20)\d\d){_SEP}(?:{_NRWORD}{S}*)?"
                                 rf"(?P<nr>\d+)\b")),
    ("tractatenblad", re.compile(rf"\b(?:Trb\.?|Tractatenblad){S}*(?P<year>(?:19|20)\d\d){_SEP}(?:{_NRWORD}{S}*)?"
                                 rf"(?P<nr>\d+)\b")),
]
# A bare "(36537)" names a dossier only where the sentence speaks of a bill, letter or dossier.
_PAREN_CONTEXT = re.compile(r"\b(?:wet|wets?voorstel|voorstel|dossier|kamerstuk|begroting|verdrag|wijziging|"
                            r"initiatiefwet|goedkeuring|Wet\b)\w*", re.I)
_AMOUNT_BEFORE = re.compile(r"(?:€|\$|£|EUR|euro)\s*$", re.I)
_ITEM = re.compile(rf"(?:{_NRWORD}{S}*)?(?P<nrs>{_NRLIST})(?P<page>{_PAGE})?")
_NUMBER = re.compile(rf"(?P<lo>\d+){_RANGE_TO}(?P<hi>\d+)(?![\w/-])|{_NRITEM}")
MAX_RANGE = 50  # 'nrs. 1–3' is a list; 'nrs. 12-1500' is not a range of documents anyone cites
BASE_URL = "https://zoek.officielebekendmakingen.nl/"


@dataclass(frozen=True)
class Reference:
    """One citation: where it stands in its text and what it cites, as officielebekendmakingen names it."""

    kind: str  # kamerstuk, handelingen, aanhangsel, dossier, staatsblad, staatscourant, tractatenblad, tk_zaak,
    # tk_document
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
        for m in scan(pattern, text):
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
            word = m.group(group).split()[0]
            if re.fullmatch(r"[Il]{1,2}", word):  # 'll', 'Il': the I's of 'II' as OCR reads them
                return "I" * len(word)
            return kamer_code(word)
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


def _numbers(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The ondernummers of 'nrs. 12, 14 en 16' or 'nrs. 1–3', each with the span that prints it.

    A range prints only its ends: a number inside it gets the span of the whole range.
    """
    out: list[tuple[str, int, int]] = []
    for m in _NUMBER.finditer(text, start, end):
        if not m.group("lo"):
            out.append((m.group(), m.start(), m.end()))
            continue
        lo, hi = int(m.group("lo")), int(m.group("hi"))
        if not 0 < hi - lo <= MAX_RANGE:  # not a range of documents: the first number only
            out.append((m.group("lo"), m.start("lo"), m.end("lo")))
            continue
        out.append((m.group("lo"), m.start("lo"), m.end("lo")))
        out += [(str(n), m.start(), m.end()) for n in range(lo + 1, hi)]
        out.append((m.group("hi"), m.start("hi"), m.end("hi")))
    return out


def _kamerstuk_list(kind: str, m: re.Match[str], text: str) -> list[Reference]:
    """'Kamerstukken II 2022/23, 33 694, nr. 67, p. 5; nrs. 12 en 14': one reference per number."""
    start = m.start()
    dossier, corrected = parse_dossier(m.group("dossier"))
    if int(re.match(r"\d+", dossier).group()) >= MAX_DOSSIER:
        return []
    common = {"kamer": _kamer(m), "vergaderjaar": _vergaderjaar(m), "dossier": dossier, "corrected": corrected}
    refs: list[Reference] = []
    for item in _ITEM.finditer(text, m.start("tail"), m.end()):
        page = _pages(item.group("page") or "")
        numbers = _numbers(text, item.start("nrs"), item.end("nrs"))
        for nr, nr_start, nr_end in numbers:
            # The first number carries the whole citation, a later 'nr. 7, p. 5-6' its own part,
            # a later number of a list ('nrs. 12 en 14') just itself.
            if not refs:
                s, e = start, (item.end() if len(numbers) == 1 else nr_end)
            elif len(numbers) == 1:
                s, e = item.start(), item.end()
            else:
                s, e = nr_start, nr_end
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
        return _aanhangsels(m, text, house, vj, common)
    item = m.group("item") if "item" in m.re.groupindex else None
    canonical = f"h-{house}-{vj.replace('-', '')}-{m.group('nr')}" + (f"-{item}" if item else "")
    page_m = re.search(rf"(?:p|pp|blz|pag|pagina)\.?{S}*(.+)$", raw)
    return [_ref("handelingen", raw, m.start(), m.end(), page=_pages(page_m.group(1)) if page_m else "",
                 canonical=canonical, **common)]


def _aanhangsels(m: re.Match[str], text: str, house: str, vj: str, common: dict) -> list[Reference]:
    """'Aanhangsel Handelingen II 2022/23, nrs. 2214 en 2215': one reference per number."""
    refs = [_ref("aanhangsel", text[m.start(): m.end("nr")], m.start(), m.end("nr"),
                 canonical=f"ah-{house}-{vj.replace('-', '')}-{m.group('nr')}", **common)]
    for nr_m in re.finditer(r"\d+", text[m.start("more"): m.end("more")]):
        s, e = m.start("more") + nr_m.start(), m.start("more") + nr_m.end()
        refs.append(_ref("aanhangsel", nr_m.group(), s, e, **{**common, "ondernummer": nr_m.group()},
                         canonical=f"ah-{house}-{vj.replace('-', '')}-{nr_m.group()}"))
    return refs


def _dossier(kind: str, m: re.Match[str], text: str) -> list[Reference]:
    dossier, corrected = parse_dossier(m.group("dossier"))
    if int(re.match(r"\d+", dossier).group()) >= MAX_DOSSIER:
        return []
    start, end, raw = m.start(), m.end(), m.group()
    if kind == "paren_dossier":
        start, end, raw = m.start("dossier"), m.end("dossier"), m.group("dossier")
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
    prefix = {"staatsblad": "stb", "staatscourant": "stcrt", "tractatenblad": "trb"}[kind]
    return [_ref(kind, m.group(), m.start(), m.end(), ondernummer=m.group("nr"),
                 canonical=f"{prefix}-{m.group('year')}-{m.group('nr')}")]


_BUILDERS = {
    "kamerstuk": _kamerstuk_list, "bare": _kamerstuk_list, "compact": _compact, "kst_id": _kst_id,
    "aanhangsel": _handelingen, "handelingen": _handelingen, "dossier": _dossier, "paren_dossier": _dossier,
    "motion": _motion_number, "tk_number": _tk_number, "staatsblad": _gazette, "staatscourant": _gazette,
    "tractatenblad": _gazette,
}
