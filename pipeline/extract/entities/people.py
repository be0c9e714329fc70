"""People: signatories, initials with a surname (``W.B. Hoekstra``), a title or office before a name
(``minister-president Schoof``), members of parliament (``het lid Van Dijk (NSC)``, ``de motie Koopmans
c.s.``) with their party, and a surname alone once its person is known."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from pipeline.extract.entities.knowledge import common_words, entity_settings
from pipeline.extract.entities.values import Mention
from pipeline.lang.gazetteer import gazetteer
from pipeline.lang.names import LOWER, UPPER, particle, particles, surname
from pipeline.lang.starts import matches_at, scan

PARTICLE = particle(capitalized=True)  # a tussenvoegsel, lower case or capitalised
SURNAME = surname(space=r"\s")


def person_mentions(text: str, signatories: list[Any]) -> list[Mention]:
    return (_signatory_mentions(text, signatories) + _titled_mentions(text) + _initialled_mentions(text)
            + _initials_after_mentions(text) + _member_mentions(text) + _motion_mentions(text)
            + _chair_mentions(text) + _heading_member_mentions(text) + _apposition_mentions(text)
            + _author_mentions(text))


def role_spelling(role: str) -> str:
    """One spelling per role: 'lid Tweede Kamer' and 'Kamerlid' are 'lid van de Tweede Kamer'."""
    return entity_settings()["role_spellings"].get(role.lower(), role)


def _is_name(name: str) -> bool:
    """Not a heading or a common word a signature block may leave ('Motie', 'De Kamer')."""
    not_surnames = {w.lower() for w in entity_settings()["not_surnames"]}
    words = [w for w in re.findall(r"[\w'’-]+", name) if not re.fullmatch(PARTICLE, w)]
    return bool(words) and not all(w.lower() in not_surnames or w.lower() in common_words() for w in words)


def _signatory_mentions(text: str, signatories: list[Any]) -> list[Mention]:
    out = []
    for sig in signatories:
        if sig.name and _is_name(sig.name):
            for m in re.finditer(re.escape(sig.name), text):
                out.append(Mention(m.start(), m.end(), sig.name, "PERSON", sig.name, "person",
                                   role=role_spelling(sig.role or "")))
    return out


def _titled_mentions(text: str) -> list[Mention]:
    """'minister-president Schoof', 'Premier Dick Schoof', 'de heer van Dijk': the title gives the role."""
    out = []
    cfg = entity_settings()
    not_surnames = set(cfg["not_surnames"])
    titles = "|".join(sorted(cfg["person_titles"], key=len, reverse=True))
    given = rf"[{UPPER}][{LOWER}]+[^\S\n]"
    party = r"(?:[^\S\n]*\([^\S\n]*(?P<party>[^()\n]{1,30}?)[^\S\n]*\))?"
    for m in scan(re.compile(rf"(?<![\w-])(?i:(?P<title>{titles}))[^\S\n]+(?P<name>(?:{given})?{SURNAME})\b{party}"),
                  text):
        name = m.group("name")
        if re.match(rf"[^\S\n]+[{UPPER}][{LOWER}]", text[m.end("name"):]) and " " in name:
            continue  # 'voorzitter Vakvereniging Brandweer Vrijwilligers': a run of names is an organisation
        if name.split()[-1] in not_surnames:
            first = name.split()[0]  # 'minister-president Schoof de Kamer': the name is 'Schoof'
            if not first[:1].isupper() or first.lower() in common_words() or first in not_surnames:
                continue
            name = first
        name_start = m.start("name")
        if name.split()[0].lower() in common_words() and not re.match(PARTICLE, name):
            continue
        if re.match(rf"{PARTICLE}\s", name) and cfg["person_titles"].get(m.group("title").lower()) != "":
            continue  # 'minister van Buitenlandse Zaken' is an office; only 'de heer van Dijk' takes a particle
        role = cfg["person_titles"].get(m.group("title").lower(), m.group("title"))
        # 'De heer Koerhuis (VVD):', 'mevrouw Kröger (GroenLinks)': a member of parliament with her party
        member_party = _party(m.group("party") or "") if name == m.group("name") else ""
        if role and member_party not in gazetteer().parties:
            member_party = ""  # 'woordvoerder Anna de Wit (ANWB)': an employer, not a party
        if member_party and not role:
            role = cfg["member_role"]
        out.append(Mention(name_start, name_start + len(name), name, "PERSON", name, "person", role=role,
                           party=member_party))
    return out


def _initialled_mentions(text: str) -> list[Mention]:
    """'W.B. Hoekstra': initials and a surname."""
    out = []
    not_surnames = set(entity_settings()["not_surnames"])
    for m in re.finditer(rf"\b(?P<init>(?:[{UPPER}]\.){{1,5}})[^\S\n]?(?P<sur>{SURNAME})", text):
        line_start = m.start() == 0 or text[m.start() - 1] == "\n"
        if len(m.group("init")) == 2 and (line_start or m.group("init")[0] in "IVXL"):
            continue  # 'I. Behoud', 'V. Moment': a numbered heading, not an initial
        if m.group("sur").split()[-1] in not_surnames or m.group("sur").lower() in common_words():
            continue
        out.append(Mention(m.start(), m.end(), m.group(), "PERSON", m.group(), "person"))
    return out


def _initials_after_mentions(text: str) -> list[Mention]:
    """'Bijleveld-Schouten A.Th.B.', 'Dijk J.J. van': lists and registers put the initials after the surname."""
    out = []
    cfg = entity_settings()
    not_initials = set(cfg["not_initials"])
    for m in matches_at(initials_after_rx(), surname_places(text), text):
        sur, init = m.group("sur"), m.group("init")
        if init in not_initials or not _is_name(sur) or sur.split()[0].lower() in common_words():
            continue
        normalized = " ".join(x for x in (init, m.group("part"), sur) if x)
        out.append(Mention(m.start(), m.end(), m.group(), "PERSON", normalized, "person"))
    return out


@cache
def initials_after_rx() -> re.Pattern[str]:
    """A surname (perhaps a given name before it) not after a word, a full stop or a hyphen, then initials."""
    initials = rf"(?P<init>(?:[{UPPER}][{LOWER}]?\.){{2,6}}|[{UPPER}][{LOWER}]?\.(?=,))"
    return re.compile(rf"(?<![\w.-])(?P<sur>(?:[{UPPER}][{LOWER}]+[^\S\n])?{SURNAME})[^\S\n]{initials}"
                      rf"(?:[^\S\n](?P<part>{particle()})(?![\w.]))?(?![\w])")


def _heading_member_mentions(text: str) -> list[Mention]:
    """'MOTIE VAN DE LEDEN ALKAYA EN VAN KENT', 'AMENDEMENT VAN HET LID DIK-FABER': the submitters in a
    document's upper-case heading, written as names ('Van Kent', 'Dik-Faber')."""
    out = []
    name = rf"[{UPPER}][{UPPER}'’-]+(?:[^\S\n]+[{UPPER}][{UPPER}'’-]+)*"
    for m in re.finditer(r"\b(?:MOTIE|AMENDEMENT|GEWIJZIGDE MOTIE|GEWIJZIGD AMENDEMENT)[^\S\n]+VAN[^\S\n]+"
                         r"(?:HET[^\S\n]+LID|DE[^\S\n]+LEDEN)[^\S\n]+(?P<list>[^\n]+)", text):
        pos = m.start("list")
        for piece in re.split(r"(\s*,\s*|\s+EN\s+|\s+C\.S\..*)", m.group("list")):
            raw = piece.strip()
            if re.fullmatch(name, raw) and raw != "EN":
                written = _name_case(raw)
                if _is_name(written):
                    start = pos + piece.index(raw)
                    out.append(Mention(start, start + len(raw), raw, "PERSON", written, "person",
                                       role=entity_settings()["member_role"]))
            pos += len(piece)
    return out


def _name_case(raw: str) -> str:
    """'VAN DER LEE' → 'Van der Lee', 'DIK-FABER' → 'Dik-Faber': a surname as written in running text."""
    words = raw.split()
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if i and i < len(words) - 1 and re.fullmatch(particle(), " ".join(x.lower() for x in words[i:-1])):
            out.append(low)
            continue
        out.append("-".join(part[:1] + part[1:].lower() for part in w.split("-")))
    return " ".join(out)


def _apposition_mentions(text: str) -> list[Mention]:
    """'Marcel Jansen, voorzitter van de bond': a first and last name with a role after the comma."""
    out = []
    for m in apposition_rx().finditer(text):
        name = m.group("n")
        first = name.split()[0].lower()
        if first in common_words() or first in entity_settings()["person_titles"] or not _is_name(name):
            continue
        out.append(Mention(m.start("n"), m.end("n"), name, "PERSON", name, "person", role=m.group("role")))
    return out


@cache
def apposition_rx() -> re.Pattern[str]:
    """A first and last name not after a word, a comma, a role. The look-behind follows the first capital: re then
    skips to a capital in C (see :data:`~pipeline.extract.entities.proper._PROPER`)."""
    roles = "|".join(sorted(entity_settings()["apposition_roles"], key=len, reverse=True))
    return re.compile(rf"(?P<n>[{UPPER}](?<![\w-].)[{LOWER}]+[^\S\n]+{SURNAME}),[^\S\n]+(?:de[^\S\n]+)?"
                      rf"(?P<role>{roles})\b")


@cache
def party_person_rx() -> re.Pattern[str]:
    """A first and last name not after a word, a party in brackets; the look-behind after the first capital."""
    return re.compile(rf"(?P<n>[{UPPER}](?<![\w-].)[{LOWER}]+[^\S\n]+{SURNAME})[^\S\n]*\((?P<p>[^)\n]{{1,30}})\)")


def _author_mentions(text: str) -> list[Mention]:
    """'Jansen, R. et al. (2023)', 'Bakker, J. en De Vries, K. (2021)': authors as a citation lists them."""
    out = []
    for m in matches_at(author_rx(), surname_places(text), text):
        name = m.group("n")
        if not _is_name(name) or (name.split()[0].lower() in common_words() and not re.match(PARTICLE, name)):
            continue
        out.append(Mention(m.start("n"), m.end("n"), name, "PERSON", f"{m.group('i')} {name}", "person",
                           role=entity_settings()["author_role"]))
    return out


@cache
def author_rx() -> re.Pattern[str]:
    """A surname not after a word or a hyphen, a comma, initials, and what follows an author in a citation."""
    initials = rf"(?:[{UPPER}][{LOWER}]?\.){{1,5}}"
    return re.compile(rf"(?<![\w-])(?P<n>{SURNAME}),[^\S\n]+(?P<i>{initials})"
                      rf"(?=[^\S\n]*(?:et al\.|\(\d{{4}}\)|&|en[^\S\n]+{SURNAME},|,[^\S\n]*{SURNAME},))")


def _chair_mentions(text: str) -> list[Mention]:
    """'Voorzitter: Tielen': the chair of a sitting, as the head of a Handelingen item names her."""
    out = []
    for m in re.finditer(rf"(?<![\w-])Voorzitter:[^\S\n]*(?P<n>{SURNAME})(?![\w-])", text):
        name = m.group("n")
        if not _is_name(name):
            continue
        out.append(Mention(m.start("n"), m.end("n"), name, "PERSON", name, "person",
                           role=entity_settings()["chair_role"]))
    return out


def _member_mentions(text: str) -> list[Mention]:
    """'het lid Van Dijk (NSC)', 'de leden Koopmans (VVD) en Bontenbal (CDA)': members with their party."""
    out = []
    member = entity_settings()["member_role"]
    not_surnames = set(entity_settings()["not_surnames"])
    one = rf"(?P<n>{SURNAME})(?![\w-])(?:\s*\((?P<p>[^)]{{1,25}})\))?"
    for m in matches_at(member_rx(), member_places(text), text):
        prefix = m.group("pre") or ""
        if prefix and prefix not in gazetteer().parties:
            continue  # 'commissie-leden', 'EU-lid': no party before the hyphen
        for p in re.finditer(one, m.group("list")):
            if p.group("n").split()[-1] in not_surnames or not _is_name(p.group("n")):
                continue
            party = _party(p.group("p") or "") or prefix
            s = m.start("list") + p.start("n")
            out.append(Mention(s, s + len(p.group("n")), p.group("n"), "PERSON", p.group("n"), "person",
                               role=member, party=party))
    return out


@cache
def member_rx() -> re.Pattern[str]:
    """A member cue and the list of surnames after it, each perhaps with a party in brackets."""
    # 'het lid', 'de leden', 'Kamerlid', 'de SGP-leden', 'het GroenLinks-lid': a party before the hyphen
    cue = r"(?:\b(?:het\s+lid|de\s+leden|lid)|(?<![\w-])(?P<pre>[\w-]+)-(?:lid|leden)|\b[Kk]amer(?:lid|leden))"
    return re.compile(rf"{cue}\s+(?P<list>{SURNAME}(?![\w-])(?:\s*\([^)]{{1,25}}\))?"
                      rf"(?:\s*(?:,|en)\s*{SURNAME}(?![\w-])(?:\s*\([^)]{{1,25}}\))?)*)")


_MEMBER_CUES = re.compile(r"h(?=et\s+lid)|d(?=e\s+leden)|l(?=id)|K(?=amer(?:lid|leden))|k(?=amer(?:lid|leden))")
_PARTY_MEMBER = re.compile(r"-(?=lid|leden)")


def member_places(text: str) -> list[int]:
    """Where a member cue of :func:`_member_mentions` can begin: 'het lid', 'de leden', 'lid', 'Kamerlid', found
    by their first letter (re skips to it in C, where the cue's \\b was tried at every character), and the
    start of the word before each '-lid' or '-leden' ('SGP-leden')."""
    places = {m.start() for m in _MEMBER_CUES.finditer(text)}
    for m in _PARTY_MEMBER.finditer(text):
        j = m.start()
        while j and (text[j - 1].isalnum() or text[j - 1] in "_-"):  # \w is isalnum() and '_'
            j -= 1
        places.add(j)
    return sorted(places)  # kept for the last texts: initials after a surname and authors ask in turn


_CAPITAL = re.compile(rf"[{UPPER}](?<![\w-].)")  # the class first: re skips to a capital in C


@cache
def _particle_finder() -> re.Pattern[str]:
    """A character other than a letter, digit or hyphen and a tussenvoegsel in lower case with a space after it:
    the negated class first, so re skips to such a character in C."""
    words = "|".join(re.escape(p) + r"\s" for p in sorted(particles(), key=len, reverse=True))
    firsts = "".join(sorted({re.escape(p[0]) for p in particles()}))
    return re.compile(rf"[^\w-](?=[{firsts}])(?={words})")  # the first letter alone rules out most places


@functools.lru_cache(maxsize=2)
def surname_places(text: str) -> list[int]:
    """Where a name that opens with a surname (:data:`SURNAME`, perhaps a given name before it) can begin when no
    letter, digit or hyphen stands before it: at a capital, or at a tussenvoegsel in lower case ('van der',
    ''t'; a capitalised one opens with a capital)."""
    finder = _particle_finder()
    places = [m.start() for m in _CAPITAL.finditer(text)] + [m.start() + 1 for m in finder.finditer(text)]
    if finder.match(" " + text[:10]):  # a tussenvoegsel opens the text
        places.append(0)
    return sorted(places)


def _motion_mentions(text: str) -> list[Mention]:
    """'de motie Koopmans c.s.', 'motie-Van Dijk': the member who submitted a motion."""
    out = []
    member = entity_settings()["member_role"]
    for m in re.finditer(rf"\bmotie[-\s](?P<n>(?=[{UPPER}]){SURNAME})(?=\s+c\.s\.|\s*\(|[\s,.;])", text):
        name = m.group("n")
        if name.split()[0].lower() in common_words() and not re.match(PARTICLE, name, re.I):
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
    for m in party_person_rx().finditer(text):
        party = m.group("p").strip()
        first = m.group("n").split()[0].lower()
        if party not in gazetteer().parties or first in common_words() or first in entity_settings()["person_titles"]:
            continue  # 'Mevrouw Kröger (GroenLinks)': the title rule has her
        out.append(Mention(m.start("n"), m.end("n"), m.group("n"), "PERSON", m.group("n"), "person", party=party))
    return out


def known_surnames(text: str, found: list[Mention]) -> list[Mention]:
    """A person named once with a cue ('het lid Van Dijk (NSC)') is the same person when the text
    later says just 'Van Dijk' or 'van Dijk'.

    The places of each surname come from :class:`SurnamePlaces`: linear in the text however many people it
    names (a debate names hundreds)."""
    out = []
    seen: set[str] = set()
    places = SurnamePlaces(text)
    for person in [m for m in found if m.label == "PERSON" and m.rule != "model"]:
        if person.text in seen:
            continue
        seen.add(person.text)
        lead = rf"^(?:[{UPPER}]\.)+\s?|^[{UPPER}][{LOWER}]+\s(?=[{UPPER}]|{PARTICLE}\s)"
        # the normalized form puts initials first ('J.J. van Dijk' for 'Dijk J.J. van')
        parts = re.sub(lead, "", person.normalized).strip().split()
        if not parts or len(parts[-1]) < 3:
            continue
        for start, end in places.hits(" ".join(parts[:-1]), parts[-1]):
            out.append(Mention(start, end, text[start:end], "PERSON", person.normalized, "person",
                               role=person.role, party=person.party))
    return out


_WORD = re.compile(r"[\w-]+")


class SurnamePlaces:
    """Where surnames stand alone in one text. The first :data:`FINDS` surnames are searched with ``str.find``
    (in C: cheapest for the few people of a letter); after them the text's words are indexed once, so each
    further person costs the occurrences of their surname, not a pass over the text (a debate or a long list of
    names would otherwise cost people x text)."""

    FINDS = 24

    def __init__(self, text: str) -> None:
        self.text = text
        self.searched = 0
        self.words: dict[str, list[int]] | None = None

    def hits(self, particle: str, surname: str) -> list[tuple[int, int]]:
        r"""(start, end) of each stand-alone ``surname``, from the tussenvoegsel on when ``particle`` (any case,
        one space) stands before it: what ``re.finditer`` gives for
        ``(?<![\w-])(?i:particle\s)?surname(?![\w-])``."""
        text = self.text
        first = _WORD.match(surname)
        if first is None:  # does not start with a word character: the plain scan
            rx = rf"(?<![\w-])(?i:{re.escape(particle)}\s)?{re.escape(surname)}(?![\w-])" if particle else \
                rf"(?<![\w-]){re.escape(surname)}(?![\w-])"
            return [m.span() for m in re.finditer(rx, text)]
        before = re.compile(rf"(?<![\w-])(?i:{re.escape(particle)}\s)") if particle else None
        hits: list[tuple[int, int]] = []
        last = 0
        for start in self._word_starts(surname, first.group()):
            end = start + len(surname)
            if start < last or (end < len(text) and _WORD.match(text, end)):
                continue
            lead = start - len(particle) - 1
            hits.append((lead if before is not None and lead >= last and before.match(text, lead, start) else start,
                         end))
            last = end
        return hits

    def _word_starts(self, surname: str, first_word: str) -> Iterator[int]:
        """The places ``surname`` is written where a word begins (no word character or hyphen before it)."""
        text = self.text
        if self.words is None and self.searched < self.FINDS:
            self.searched += 1
            start = text.find(surname)
            while start >= 0:
                if not (start and _WORD.match(text, start - 1)):
                    yield start
                start = text.find(surname, start + 1)
            return
        if self.words is None:
            self.words = {}
            for m in _WORD.finditer(text):
                self.words.setdefault(m.group(), []).append(m.start())
        yield from (start for start in self.words.get(first_word, ()) if text.startswith(surname, start))


def person_normal(name: str) -> str:
    """'van Dijk' and 'Van Dijk' as one person: a tussenvoegsel starts with a capital without a first name."""
    if re.match(rf"^{PARTICLE}\s", name):
        return name[:1].upper() + name[1:]
    return name
