"""Named entities with roles: domain rules that stand on their own, merged with a model's NER.

Rules, in order of trust:

1. gazetteers (``models/gazetteers/*.json``): ministries, parties, international
   bodies, government bodies, countries, places, laws, nationalities;
2. definitions the text gives itself: ``Name (ACRONYM)`` and ``Name (hierna: X)``,
   after which the acronym alone names the same entity;
3. people: signatories, initials with a surname (``W.B. Hoekstra``), a title or
   office before a name (``minister-president Schoof``, ``Premier Dick
   Schoof``), members of parliament (``het lid Van Dijk (NSC)``, ``de motie
   Koopmans c.s.``) with their party;
4. other proper names: runs of capitalised words, labelled by their head word
   (``Universiteit`` → ORG, ``Summit`` → EVENT, ``Strategie`` → MISC).

Overlaps go to the more trusted rule, then the longer span. Mentions of one
entity (``van Dijk``, ``Van Dijk``, ``het lid Van Dijk (NSC)``; ``NAVO``,
``NATO``) become one row with their count. With a statistical model, its
entities join where no rule found anything (``source`` model), and rows found
by both say ``both``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from pipeline.overlaps import select
from pipeline.resources import load_json, models_dir

LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "MISC")
MODEL_LABELS = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP",
                "EVENT": "EVENT", "LAW": "LAW", "MISC": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC",
                "FAC": "LOC", "LANGUAGE": "MISC"}
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LO = "a-zß-öø-ÿā-ž"
PARTICLE = r"(?i:van der|van den|van de|van|de|der|den|ter|ten|te|in 't|'t|op den|op de|von|le|la|du|da|di)"
SURNAME = rf"(?:{PARTICLE}\s)?[{_UP}][{_LO}'’]+(?:-(?:{PARTICLE}\s)?[{_UP}{_LO}][{_LO}'’]+)*"
TRUST = {"definition": 6, "person": 7, "proper": 4, "gazetteer": 4, "kamer": 3, "acronym": 2, "proper_list": 1,
         "model": 0}


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str
    normalized: str
    rule: str
    role: str = ""
    party: str = ""
    in_footnote: bool = False
    anchor: int = 0  # offset in the clean text used for ordering (a footnote's marker)
    both: bool = False  # a model entity overlapped this rule mention
    part: int = 0  # 0 for the body, k for the k-th footnote


@dataclass
class Entity:
    label: str
    normalized: str
    texts: list[str] = field(default_factory=list)
    role: str = ""
    party: str = ""
    mentions: int = 0
    first: int = 0
    sources: set[str] = field(default_factory=set)
    in_footnote_only: bool = True
    rules: set[str] = field(default_factory=set)
    members: list[Mention] = field(default_factory=list)

    def value(self) -> EntityValue:
        source = "both" if self.sources == {"model", "rules"} else next(iter(self.sources))
        return EntityValue(text=max(self.texts, key=len), label=self.label, normalized=self.normalized,
                           role=self.role, party=self.party, mentions=self.mentions, first=self.first,
                           source=source, in_footnote=self.in_footnote_only)


@dataclass(frozen=True)
class EntityValue:
    """One distinct entity of a document, as every one of its mentions carries it."""

    text: str  # the most complete surface form
    label: str
    normalized: str
    role: str
    party: str
    mentions: int
    first: int  # offset of its first mention in the clean text (a footnote's marker for a footnote)
    source: str  # model, rules or both
    in_footnote: bool  # mentioned in footnotes only


# --- knowledge -------------------------------------------------------------------

@dataclass
class Gazetteer:
    by_first: dict[str, list[tuple[tuple[str, ...], str, str, bool]]]  # token -> [(tokens, name, label, ambiguous)]
    acronyms: dict[str, tuple[str, str]]
    parties: dict[str, str]  # every way a party is written -> its canonical name


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"\w+(?:[-'’&.]\w+)*|[^\w\s]", text)]


@cache
def gazetteer() -> Gazetteer:
    by_first: dict[str, list] = {}
    acronyms: dict[str, tuple[str, str]] = {}
    parties: dict[str, str] = {}
    folder = Path(models_dir()) / "gazetteers"
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        data = load_json(f"gazetteers/{path.name}")
        if not isinstance(data, dict) or "entries" not in data or path.stem in _settings()["not_entity_gazetteers"]:
            continue  # offices name roles, not entities
        ambiguous = {a for a in data.get("ambiguous_aliases", [])}
        for entry in data["entries"]:
            label = entry.get("label", data.get("label", "MISC"))
            name = entry["name"]
            ambiguous |= set(entry.get("ambiguous_aliases", []))
            for alias in {name, *entry.get("aliases", [])}:
                toks = tuple(t for t, _, _ in _tokens(alias))
                if not toks:
                    continue
                by_first.setdefault(toks[0], []).append((toks, name, label, alias in ambiguous))
                if alias.isupper() and len(alias) <= 8:
                    acronyms.setdefault(alias, (name, label))
                if entry.get("type") == "party":
                    parties[alias] = name
    for cands in by_first.values():
        cands.sort(key=lambda c: -len(c[0]))
    return Gazetteer(by_first, acronyms, parties)


@cache
def _settings() -> dict:
    return load_json("entities.json")


# --- rules -------------------------------------------------------------------------

def gazetteer_mentions(text: str) -> list[Mention]:
    gaz = gazetteer()
    toks = _tokens(text)
    words = [t for t, _, _ in toks]
    out = []
    i = 0
    while i < len(toks):
        found = None
        # Exact case; a capitalised word may also match a lower-case alias (sentence start), never the reverse.
        variants = [words[i]] + ([words[i][:1].lower() + words[i][1:]] if words[i][:1].isupper() else [])
        for variant in variants:
            for cand, name, label, ambiguous in gaz.by_first.get(variant, []):
                n = len(cand)
                if (variant, *words[i + 1: i + n]) == cand:
                    if ambiguous and not _ambiguous_ok(text, toks[i][1], label):
                        continue
                    if found is None or n > found[0]:
                        found = (n, name, label)
                    break
        if found:
            n, name, label = found
            start, end = toks[i][1], toks[i + n - 1][2]
            out.append(Mention(start, end, text[start:end], label, name, "gazetteer"))
            i += n
            continue
        # 'VN-agenda', 'NAVO-top', 'GroenLinks-PvdA-fractie': a known name at the head of a compound
        if "-" in words[i]:
            prefix = words[i].rsplit("-", 1)[0]
            known = gaz.acronyms.get(prefix) or (_gazetteer_name(prefix) if prefix[:1].isupper() else None)
            if known and known[1] == "ORG":
                start = toks[i][1]
                out.append(Mention(start, start + len(prefix), prefix, known[1], known[0], "gazetteer"))
        i += 1
    return out


def _ambiguous_ok(text: str, start: int, label: str) -> bool:
    before = text[max(0, start - 40): start].lower()
    cues = _settings()["ambiguous_cues"].get(label, [])
    return any(before.rstrip().endswith(c) for c in cues)


_DEF = re.compile(r"\((?:hierna:?\s*|hierna\s+te\s+noemen:?\s*)?(?P<acr>[A-Z][A-Za-z0-9&./\- ]{0,20}?[A-Za-z0-9])\)")


def definition_mentions(text: str) -> tuple[list[Mention], dict[str, tuple[str, str]]]:
    """'Group of Governmental Experts on Lethal Autonomous Weapons Systems (GGE LAWS)' and the acronym after it."""
    out, defined = [], {}
    for m in _DEF.finditer(text):
        acr = m.group("acr").strip()
        if len(acr.split()) > 3 or acr in gazetteer().parties:
            continue  # 'Pieter Omtzigt (NSC)': a person and a party, not a definition
        if sum(c.isupper() for c in acr) < 2 and not _spells_name(text[max(0, m.start() - 120): m.start()], acr):
            continue
        hierna = "hierna" in m.group()
        name_start = _name_before(text, m.start(), acr)
        if name_start is None and hierna:
            name_start = _run_before(text, m.start())
        if name_start is None:
            continue
        name = text[name_start: m.start()].strip().strip("‘’“”'\"").strip()
        label = head_label(name)
        surface = text[name_start: m.end()]
        # An acronym defined twice names one entity: the first definition's; one the gazetteers
        # know keeps their canonical name and label.
        known = gazetteer().acronyms.get(acr) or _gazetteer_name(name)
        normalized, label = defined.get(acr) or known or (f"{name} ({acr})", label)
        out.append(Mention(name_start, m.end(), surface, label, normalized, "definition"))
        defined.setdefault(acr, (normalized, label))
        defined.setdefault(name, (normalized, label))
    return out, defined


_FUNCTION = {"of", "on", "for", "the", "and", "to", "in", "at", "van", "voor", "de", "en", "der", "het", "op",
             "inzake", "over", "&", "des", "du", "la", "le", "y", "a"}


def _name_before(text: str, end: int, acr: str) -> int | None:
    """Where the name an acronym abbreviates starts, walking back from its bracket.

    Capitalised words belong to the name, function words only between them; a
    quoted title ends at its opening quote; lower-case words count only when
    they spell the acronym ('faculteit militaire wetenschappen (FMW)').
    Punctuation, digits and other lower-case words end the walk.
    """
    head = text[max(0, end - 300): end].rstrip()
    base = max(0, end - 300)
    quote = re.search(r"[‘“'\"]([^‘’“”'\"\n]{3,250})[’”'\"]$", head)
    if quote:
        return base + quote.start(1)
    toks = list(re.finditer(r"[\w’'&-]+|[^\w\s]", head))
    letters = [c.upper() for c in acr if c.isalpha()]
    start, pending, content = None, 0, []
    for t in reversed(toks):
        word = t.group()
        if not re.match(r"[\w&]", word) or word.isdigit():
            break
        if word.lower() in _FUNCTION:
            pending += 1
            continue
        if word[0].isupper() or (len(content) < len(letters) and word[0].upper() == letters[-1 - len(content)]):
            if word[0].islower() and not _spells(content + [word], letters):
                break
            content.append(word)
            start, pending = t.start(), 0
            continue
        break
    if start is None:
        return None
    # Leading words whose initial is not the acronym's first letter are not part of it
    # ('Amerikaanse Partnership for Defence (PfD)').
    words = list(re.finditer(r"[\w’'&-]+", head[start:]))
    while len(words) > 1 and letters and words[0].group()[0].upper() != letters[0] and any(
            w.group()[0].upper() == letters[0] for w in words[1:]):
        words = words[1:]
    start += words[0].start() if words else 0
    name_words = [w for w in re.findall(r"[\w’'&-]+", head[start:]) if w.lower() not in _FUNCTION]
    if len(name_words) < 2 and len(letters) > 1:
        return None  # 'van Dijk (NSC)': a name and a party, not a definition
    if head[start:].split()[0].lower() in _common_words():
        return None
    return base + start


_BOTH_LANGUAGES = {"in", "of", "on", "to", "is", "a", "an", "the", "and", "for", "by", "with", "from", "at"}


def _run_before(text: str, end: int) -> int | None:
    """The name before '(hierna: X)' when it is a lower-case English phrase ('Responsible AI in the
    military domain (hierna: REAIM)'): words back to punctuation or a Dutch word, from its first capital."""
    line_start = text.rfind("\n", 0, end) + 1
    toks = list(re.finditer(r"[\w’'&-]+|[^\w\s]", text[line_start:end]))
    dutch = _common_words()
    start = None
    for t in reversed(toks):
        word = t.group()
        if not re.match(r"\w", word) or (word.lower() in dutch and word.lower() not in _BOTH_LANGUAGES):
            break
        start = t.start()
    if start is None:
        return None
    rest = text[line_start + start: end]
    first_cap = re.search(r"\b[A-Z]", rest)
    if not first_cap or len(rest[first_cap.start():].split()) < 2:
        return None
    return line_start + start + first_cap.start()


def _spells_name(before: str, acr: str) -> bool:
    """'Wet open overheid (Woo)': the acronym's letters are the initials of the words before it."""
    words = [w for w in re.findall(r"[\w’'-]+", before) if w.lower() not in _FUNCTION]
    letters = [c.lower() for c in acr if c.isalpha()]
    return len(words) >= len(letters) > 1 and [w[0].lower() for w in words[-len(letters):]] == letters


def _spells(words: list[str], letters: list[str]) -> bool:
    """Do these words (read right to left) start with the last letters of the acronym?"""
    initials = [w[0].upper() for w in reversed(words)]
    return letters[-len(initials):] == initials if len(initials) <= len(letters) else False


def head_label(name: str) -> str:
    """Label of an unknown name by its head: the part before 'of/on/for/van/voor' decides first."""
    low = name.lower()
    head = re.split(r"\s(?:of|on|for|in the|to|van|voor|inzake|over)\s", low, maxsplit=1)[0]
    for part in (head, low):
        for label, heads in _settings()["head_words"].items():
            # a head word starts a word or ends a compound ('Defensieacademie', 'Toetsingsconferentie')
            if any(re.search(rf"\b{re.escape(h)}|{re.escape(h.strip())}\b", part) for h in heads):
                return label
    return _settings()["default_proper_label"]


@cache
def _common_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS | set(_settings()["common_capitalised"]))


def person_mentions(text: str, signatories: list[Any]) -> list[Mention]:
    out = []
    cfg = _settings()
    not_surnames = set(cfg["not_surnames"])
    for sig in signatories:
        if sig.name:
            for m in re.finditer(re.escape(sig.name), text):
                out.append(Mention(m.start(), m.end(), sig.name, "PERSON", sig.name, "person", role=sig.role or ""))
    titles = "|".join(sorted(cfg["person_titles"], key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w-])(?i:(?P<title>{titles}))[^\S\n]+(?P<name>(?:[{_UP}][{_LO}]+[^\S\n])?{SURNAME})\b",
                         text):
        name = m.group("name")
        if name.split()[-1] in not_surnames:
            first = name.split()[0]  # 'minister-president Schoof de Kamer': the name is 'Schoof'
            if not first[:1].isupper() or first.lower() in _common_words():
                continue
            name = first
        name_start = m.start("name")
        if name.split()[0].lower() in _common_words() and not re.match(PARTICLE, name):
            continue
        if re.match(rf"{PARTICLE}\s", name) and cfg["person_titles"].get(m.group("title").lower()) != "":
            continue  # 'minister van Buitenlandse Zaken' is an office; only 'de heer van Dijk' takes a particle
        role = cfg["person_titles"].get(m.group("title").lower(), m.group("title"))
        out.append(Mention(name_start, name_start + len(name), name, "PERSON", name, "person", role=role))
    for m in re.finditer(rf"\b(?P<init>(?:[{_UP}]\.){{1,5}})[^\S\n]?(?P<sur>{SURNAME})", text):
        line_start = m.start() == 0 or text[m.start() - 1] == "\n"
        if len(m.group("init")) == 2 and (line_start or m.group("init")[0] in "IVXL"):
            continue  # 'I. Behoud', 'V. Moment': a numbered heading, not an initial
        if m.group("sur").split()[-1] in not_surnames or m.group("sur").lower() in _common_words():
            continue
        out.append(Mention(m.start(), m.end(), m.group(), "PERSON", m.group(), "person"))
    member = cfg["member_role"]
    one = rf"(?P<n>{SURNAME})(?![\w-])(?:\s*\((?P<p>[^)]{{1,25}})\))?"
    for m in re.finditer(rf"\b(?:het\s+lid|de\s+leden|lid)\s+(?P<list>{SURNAME}(?![\w-])(?:\s*\([^)]{{1,25}}\))?"
                         rf"(?:\s*(?:,|en)\s*{SURNAME}(?![\w-])(?:\s*\([^)]{{1,25}}\))?)*)", text):
        for p in re.finditer(one, m.group("list")):
            if p.group("n").split()[-1] in not_surnames:
                continue
            party = _party(p.group("p") or "")
            s = m.start("list") + p.start("n")
            out.append(Mention(s, s + len(p.group("n")), p.group("n"), "PERSON", p.group("n"), "person",
                               role=member, party=party))
    for m in re.finditer(rf"\bmotie[-\s](?P<n>(?=[{_UP}]){SURNAME})(?=\s+c\.s\.|\s*\(|[\s,.;])", text):
        name = m.group("n")
        if name.split()[0].lower() in _common_words() and not re.match(PARTICLE, name, re.I):
            continue
        out.append(Mention(m.start("n"), m.end("n"), name, "PERSON", name, "person", role=member))
    return out


def _party(raw: str) -> str:
    """A party in brackets: one the gazetteer knows, or a single party-like token ('JA21', 'D66').

    '(Kamerstuk 36 197, nr. 15)' or '(zie bijlage)' is no party.
    """
    raw = raw.strip()
    if raw in gazetteer().parties:
        return raw
    return raw if re.fullmatch(r"[A-Z0-9][A-Za-z0-9-]{1,14}", raw) and re.search(r"[A-Z]", raw) else ""


def party_person_mentions(text: str) -> list[Mention]:
    """'Pieter Omtzigt (NSC)', 'Caroline van der Plas (BBB)': a full name followed by a known party."""
    out = []
    for m in re.finditer(rf"(?<![\w-])(?P<n>[{_UP}][{_LO}]+[^\S\n]+{SURNAME})[^\S\n]*\((?P<p>[^)\n]{{1,30}})\)", text):
        party = m.group("p").strip()
        if party not in gazetteer().parties or m.group("n").split()[0].lower() in _common_words():
            continue
        out.append(Mention(m.start("n"), m.end("n"), m.group("n"), "PERSON", m.group("n"), "person", party=party))
    return out


def kamer_mentions(text: str, kamer: str = "II") -> list[Mention]:
    """'uw Kamer', 'de Kamer' name the parliament the letter is addressed to."""
    name = "Eerste Kamer der Staten-Generaal" if kamer == "I" else "Tweede Kamer der Staten-Generaal"
    return [Mention(m.start("k"), m.end("k"), "Kamer", "ORG", name, "kamer")
            for m in re.finditer(r"\b(?:uw|de|Uw|De)\s+(?P<k>Kamer)\b", text)]


def acronym_mentions(text: str, defined: dict[str, tuple[str, str]]) -> list[Mention]:
    """Acronyms the text defined, known acronyms, and unknown ones that recur."""
    out = []
    stop = set(_settings()["acronym_stoplist"])
    counts: dict[str, int] = {}
    found = list(re.finditer(r"(?<![\w-])[A-Z][A-Z0-9]{1,7}(?:\s[A-Z]{2,6})?(?![\w])", text))
    for m in found:
        counts[m.group()] = counts.get(m.group(), 0) + 1
    gaz = gazetteer().acronyms
    for m in found:
        acr = m.group()
        part_of = next((d for d in defined if " " in d and acr in d.split()), None)
        if acr in defined:
            name, label = defined[acr]
        elif part_of:
            name, label = defined[part_of]  # 'GGE' after 'GGE LAWS' was defined
        elif acr in gaz:
            continue  # the gazetteer pass has it
        elif acr not in stop and len(acr) >= 3 and counts[acr] >= 2 and " " not in acr:
            name, label = acr, _settings()["unknown_acronym_label"]
        else:
            continue
        out.append(Mention(m.start(), m.end(), acr, label, name, "acronym"))
    # a defined long name mentioned again without its acronym
    for long_name, (name, label) in defined.items():
        if long_name.isupper() or len(long_name) < 8:
            continue
        for m in re.finditer(re.escape(long_name), text):
            out.append(Mention(m.start(), m.end(), long_name, label, name, "definition"))
    return out


_CONNECT = (r"(?:of the|on the|for the|to the|in the|by the|of|on|for|the|and|to|by|with|from|at|in|&|van de|van het|"
            r"van|voor de|voor|der|inzake|en|naar)")
_PROPER = re.compile(
    rf"(?<![\w’'-])(?:[{_UP}][\w’'&-]*|[A-Z]{{2,}})(?:,?[^\S\n]+(?:{_CONNECT}[^\S\n]+)?(?:[{_UP}][\w’'&-]*|\d{{4}}"
    rf"(?:-\d{{4}})?))+")


_ENGLISH = {"on", "for", "the", "and", "to", "by", "with", "from", "at"}  # not 'of': Dutch for 'or' too


def proper_mentions(text: str) -> list[Mention]:
    """Runs of capitalised words not at a sentence start, labelled by their head word; and single
    compound names with a telling head ('Toetsingsconferentie', 'Spreidingswet')."""
    out = []
    for m in _PROPER.finditer(text):
        for s, e in _subruns(text, m.start(), m.end()):
            mention = _proper(text, s, e)
            if mention:
                out.append(mention)
    heads = "|".join(_settings()["compound_heads"])
    for m in re.finditer(rf"(?<=[a-z,;)]\s)(?P<w>[{_UP}][{_LO}]+(?:{heads}))\b", text):
        out.append(Mention(m.start("w"), m.end("w"), m.group("w"), head_label(m.group("w")[-14:]),
                           m.group("w"), "proper"))
    return out


def _subruns(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An English title keeps its commas and 'in'; in a Dutch run they separate names."""
    run = text[start:end]
    words = [w.strip(",").lower() for w in run.split()]
    # 'of' is English in 'Responsible Use of AI', Dutch ('or') in 'Keltisch, Frans, Perzisch of Arabisch'
    if any(w in _ENGLISH for w in words) or ("of" in words and "," not in run):
        return [(start, end)]
    pieces, pos = [], 0
    for cut in re.finditer(r",\s+|\s+in\s+", run):
        pieces.append((start + pos, start + cut.start()))
        pos = cut.end()
    pieces.append((start + pos, end))
    return pieces


def _proper(text: str, start: int, end: int) -> Mention | None:
    common, not_names = _common_words(), set(_settings()["not_names"])
    words = list(re.finditer(r"\S+", text[start:end]))
    at_start = start == 0 or bool(re.search(r"(?:[.!?:]\s+|\n|^)[«“‘\"'(•·▪–-]?\s*$", text[max(0, start - 4):start]))
    while words and (words[0].group().lower() in common or words[0].group().lower() in not_names) and (
            at_start or words[0].group().lower() in not_names or words[0].group() in ("De", "Het", "Een")):
        words, at_start = words[1:], False
    while words and words[-1].group().strip(",").lower() in _FUNCTION:
        words = words[:-1]
    if at_start and len(words) > 1 and _known(text[start + words[1].start(): start + words[-1].end()]):
        words = words[1:]  # 'Co-host Zuid-Korea kondigde ...': a sentence-initial noun before a known name
    if not words:
        return None
    if (len(words) > 1 and re.fullmatch(r"[A-Z]{2}", words[0].group())
            and re.search(r"\d{4}\s*$", text[max(0, start - 6): start])):
        words = words[1:]  # '2500 EH Den Haag': postcode letters, then the place
    s, e = start + words[0].start(), start + words[-1].end()
    surface = text[s:e].rstrip(",")
    cut = re.search(r"\s+in\s+(?P<place>\S.*)$", surface)
    if cut and _known(cut.group("place")):
        surface = surface[: cut.start()]  # 'Centre for Maritime Security Studies in Londen'
    if (' ' not in surface) or _known(surface):
        return None
    e = s + len(surface)
    tokens = surface.split()
    named = [w for w in tokens if w[:1].isupper() and any(c.islower() for c in w)]
    if len(named) < 2 or any(w.lower() in not_names or w.endswith("-") for w in tokens):
        return None  # a date, a form label, or 'Provinciale- en Landelijke' (an elided compound)
    if re.match(_settings()["offices"], surface, re.I):
        return None  # an unnamed office holder ('de Secretaris-Generaal van de VN') is no entity
    # A list of names the gazetteers know ('Nederland en Zuid-Korea') yields to them; a title does not.
    parts = re.split(r"\s+(?:en|and|voor|van|of|in|naar)\s+", surface)
    rule = "proper_list" if len(parts) > 1 and all(_known(p) for p in parts) else "proper"
    return Mention(s, e, surface, head_label(surface), surface, rule)


def _gazetteer_name(name: str) -> tuple[str, str] | None:
    toks = tuple(t for t, _, _ in _tokens(name))
    for cand, canonical, label, _ in gazetteer().by_first.get(toks[0] if toks else "", []):
        if cand == toks:
            return canonical, label
    return None


def _known(name: str) -> bool:
    toks = tuple(t for t, _, _ in _tokens(name))
    return name.isupper() or any(c[0] == toks for c in gazetteer().by_first.get(toks[0] if toks else "", []))


def model_mentions(sdoc: Doc | None) -> list[Mention]:
    if sdoc is None:
        return []
    return [Mention(e.start_char, e.end_char, e.text, MODEL_LABELS[e.label_], e.text, "model")
            for e in sdoc.ents if e.label_ in MODEL_LABELS]


# --- resolution ---------------------------------------------------------------------

def resolve(mentions: list[Mention]) -> list[Mention]:
    """Keep non-overlapping mentions: the more trusted rule, then the longer span.

    A model entity that overlaps a rule's mention marks it as found by both.
    """
    def clash(m: Mention, kept: list[Mention]) -> None:
        if m.rule == "model":
            for k in kept:
                k.both = True

    return select(mentions, bounds=lambda m: (m.start, m.end),
                  priority=lambda m: (-TRUST[m.rule], -(m.end - m.start), m.start), on_clash=clash)


def _key(m: Mention) -> tuple[str, str]:
    label = "PLACE" if m.label in ("GPE", "LOC") else m.label
    if m.label == "PERSON":
        surname = re.sub(rf"^(?:[{_UP}]\.)+\s?", "", m.normalized).strip()
        parts = surname.split()
        return label, parts[-1].lower() if parts else surname.lower()
    return label, m.normalized.lower()


def group(mentions: list[Mention]) -> list[Entity]:
    entities: dict[tuple[str, str], Entity] = {}
    for m in mentions:
        k = _key(m)
        e = entities.get(k)
        if e is None:
            e = entities[k] = Entity(label=m.label, normalized=m.normalized, first=m.anchor)
        e.texts.append(m.text)
        e.members.append(m)
        e.rules.add(m.rule)
        e.mentions += 1
        e.first = min(e.first, m.anchor)
        e.sources.add("model" if m.rule == "model" else "rules")
        if m.both:
            e.sources.add("model")
        e.role = e.role or m.role
        e.party = e.party or m.party
        e.in_footnote_only = e.in_footnote_only and m.in_footnote
        if m.label == "PERSON" and len(m.normalized) > len(e.normalized):
            e.normalized = m.normalized
    return _merge_prefixes(list(entities.values()))


def _coarse(label: str) -> str:
    return "PLACE" if label in ("GPE", "LOC") else label if label in ("PERSON", "ORG") else "MISC"


def _merge_prefixes(entities: list[Entity]) -> list[Entity]:
    """'Global Commission' after 'Global Commission on Responsible AI ... (GC REAIM)': one entity."""
    names = sorted(entities, key=lambda e: -len(e.normalized))
    kept: list[Entity] = []
    for e in names:
        words = e.normalized.split()
        # Only a name no list knows is a short form of a longer one ('Global Commission'); 'Verenigde
        # Naties' stays itself next to 'Algemene Vergadering van de Verenigde Naties'.
        mergeable = e.rules <= {"proper", "proper_list", "acronym"}
        target = next((k for k in kept if mergeable and e.label != "PERSON" and len(words) >= 2
                       and _coarse(k.label) == _coarse(e.label)
                       and words in (k.normalized.split()[: len(words)], k.normalized.split()[-len(words):])), None)
        if target is None:
            kept.append(e)
            continue
        target.texts += e.texts
        target.members += e.members
        target.mentions += e.mentions
        target.first = min(target.first, e.first)
        target.sources |= e.sources
        target.in_footnote_only = target.in_footnote_only and e.in_footnote_only
    return kept


def _person_normal(name: str) -> str:
    """'van Dijk' and 'Van Dijk' as one person: a tussenvoegsel starts with a capital without a first name."""
    if re.match(rf"^{PARTICLE}\s", name):
        return name[:1].upper() + name[1:]
    return name


def find_entities(text: str, footnotes: list[Any] = (), sdoc: Doc | None = None, signatories: list[Any] = (),
                  kamer: str = "II", note_docs: list[Doc | None] = ()) -> list[Entity]:
    """The distinct entities of a text and its footnotes, each with its mentions (``Entity.members``).

    ``sdoc`` and ``note_docs`` are the spaCy Docs of the text and of each footnote, whose model entities
    (where a model ran) join the rules' mentions.
    """
    models = [sdoc, *(list(note_docs) or [None] * len(footnotes))]
    places = [(text, None)] + [(f.text, f) for f in footnotes]
    all_mentions: list[Mention] = []
    # Definitions first, over body and footnotes: an acronym defined in a footnote names its entity everywhere.
    definitions = [definition_mentions(body) for body, _ in places]
    defined_all: dict[str, tuple[str, str]] = {}
    for _, defined in definitions:
        defined_all.update(defined)
    for k, ((body, note), (defs, _)) in enumerate(zip(places, definitions)):
        mentions = (gazetteer_mentions(body) + defs + person_mentions(body, signatories)
                    + party_person_mentions(body)
                    + kamer_mentions(body, kamer) + acronym_mentions(body, defined_all) + proper_mentions(body)
                    + model_mentions(models[k]))
        resolved = resolve(mentions)
        resolved = resolve(resolved + _known_surnames(body, resolved))
        for m in resolved:
            m.in_footnote, m.part = note is not None, k
            m.anchor = (note.anchor_char or 0) if note is not None else m.start
            if m.label == "PERSON":
                m.normalized = _person_normal(m.normalized)
            all_mentions.append(m)
    return group(all_mentions)


def _known_surnames(text: str, found: list[Mention]) -> list[Mention]:
    """A person named once with a cue ('het lid Van Dijk (NSC)') is the same person when the text
    later says just 'Van Dijk' or 'van Dijk'."""
    out = []
    seen: set[str] = set()
    for person in [m for m in found if m.label == "PERSON" and m.rule != "model"]:
        if person.text in seen:
            continue
        seen.add(person.text)
        surname = re.sub(rf"^(?:[{_UP}]\.)+\s?|^[{_UP}][{_LO}]+\s(?=[{_UP}]|{PARTICLE}\s)", "", person.text).strip()
        parts = surname.split()
        if not parts or len(parts[-1]) < 3:
            continue
        particle = " ".join(parts[:-1])
        rx = rf"(?<![\w-])(?i:{re.escape(particle)}\s)?{re.escape(parts[-1])}(?![\w-])" if particle else \
            rf"(?<![\w-]){re.escape(parts[-1])}(?![\w-])"
        for m in re.finditer(rx, text):
            out.append(Mention(m.start(), m.end(), m.group(), "PERSON", person.normalized, "person",
                               role=person.role, party=person.party))
    return out
