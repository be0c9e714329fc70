"""Other names: acronyms (defined, listed, or recurring), and runs of capitalised words labelled by their
head word (``Universiteit`` → ORG, ``Summit`` → EVENT, ``Strategie`` → MISC)."""

from __future__ import annotations

import re

from pipeline.extract.entities.knowledge import (
    common_words,
    ends_in_country,
    entity_settings,
    function_words,
    head_label,
)
from pipeline.extract.entities.values import Mention
from pipeline.lang.gazetteer import gazetteer, known
from pipeline.lang.names import LOWER, UPPER


def acronym_mentions(text: str, defined: dict[str, tuple[str, str]]) -> list[Mention]:
    """Acronyms the text defined, known acronyms, and unknown ones that recur."""
    out = []
    stop = set(entity_settings()["acronym_stoplist"])
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
            name, label = acr, entity_settings()["unknown_acronym_label"]
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
# A run opens with a capital not after a word character: (?<![\w’'-])(?:[UPPER][\w’'&-]*|[A-Z]{2,}), written with
# the capital first and the look-behind after it, so that re skips to the next capital in C (a pattern that opens
# with a look-behind is tried at every character). The alternatives are tried in the same order: the same matches.
_PROPER = re.compile(
    rf"[{UPPER}](?<![\w’'-].)(?:(?<=[{UPPER}])[\w’'&-]*|(?<=[A-Z])[A-Z]+)"
    rf"(?:,?[^\S\n]+(?:{_CONNECT}[^\S\n]+)?(?:[{UPPER}][\w’'&-]*|\d{{4}}(?:-\d{{4}})?))+")


_DUTCH_CUT = re.compile(rf",\s+|\s+in\s+|(?<![{LOWER}]e)\s+en\s+(?=[{UPPER}][{LOWER}][\w’'&-]*\s+[{UPPER}][{LOWER}])")


def proper_mentions(text: str) -> list[Mention]:
    """Runs of capitalised words not at a sentence start, labelled by their head word; and single
    compound names with a telling head ('Toetsingsconferentie', 'Spreidingswet')."""
    out = []
    for m in _PROPER.finditer(text):
        for s, e in _subruns(text, m.start(), m.end()):
            mention = _proper(text, s, e)
            if mention:
                out.append(mention)
    out += camel_mentions(text) + acronym_compound_mentions(text)
    heads = "|".join(entity_settings()["compound_heads"])
    for m in re.finditer(rf"(?<=[a-z,;)]\s)(?P<w>[{UPPER}][{LOWER}]+(?:{heads}))\b", text):
        out.append(Mention(m.start("w"), m.end("w"), m.group("w"), head_label(m.group("w")[-14:]),
                           m.group("w"), "proper"))
    return out


# 'DigiD', 'MijnOverheid', 'ZonMw'; or one lower-case letter before a capitalised word ('eHerkenning'); letters only
_CAMEL = re.compile(rf"(?<![\w’'-])(?P<w>(?:[{UPPER}][{LOWER}]+[{UPPER}][{UPPER}{LOWER}]*"
                    rf"|[{LOWER}][{UPPER}][{LOWER}]{{2,}}))(?![\w’'-])")


def camel_mentions(text: str) -> list[Mention]:
    """A single word with a capital inside names a product or service ('DigiD', 'MijnOverheid', 'eHerkenning');
    not a surname glued to its particle ('deBoer'), nor two words a flattened page glued ('motieDe', 'KamerHet')."""
    out = []
    particles = set(entity_settings()["camel_not_prefixes"])
    for m in _CAMEL.finditer(text):
        word = m.group("w")
        inner = next(i for i in range(1, len(word)) if word[i].isupper())
        prefix, rest = word[:inner], word[inner:]
        if prefix.lower() in particles or rest.lower() in common_words() or rest.lower() in function_words():
            continue
        if known(word):
            continue  # 'GroenLinks', 'PvdA': the gazetteer names them
        out.append(Mention(m.start("w"), m.end("w"), word, head_label(word), word, "proper"))
    return out


def acronym_compound_mentions(text: str) -> list[Mention]:
    """An unknown acronym heading a compound of an instrument ('STEP-subsidie', 'RIGO-rapport', 'NEN-normen 7120
    en 7125') names that instrument; a known or defined body's compound ('EU-richtlijn', 'NAVO-top') is generic."""
    heads = "|".join(entity_settings()["acronym_compound_heads"])
    out = []
    rx = rf"(?<![\w-])(?P<n>(?P<a>[A-Z][A-Z0-9]{{1,7}})-(?:{heads})[{LOWER}]*)(?:\s\d+(?:\s(?:en|of)\s\d+)?)?(?![\w-])"
    for m in re.finditer(rx, text):
        acr = m.group("a")
        if acr in gazetteer().acronyms or acr in entity_settings()["acronym_stoplist"] or re.search(
                rf"\((?:hierna:?\s*)?(?:[^()]*\s)?{acr}\)", text):
            continue  # a known or defined body's compound, like 'EU-richtlijn'

        out.append(Mention(m.start(), m.end(), m.group(), "MISC", m.group("n"), "proper"))
    return out


def _subruns(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An English title keeps its commas and 'in'; in a Dutch run they separate names, and so does 'en' before
    a name of two capitalised words, unless it joins two adjectives ('Economische en Monetaire Unie')."""
    run = text[start:end]
    words = [w.strip(",").lower() for w in run.split()]
    english = set(entity_settings()["english_title_words"])
    # 'of' is English in 'Responsible Use of AI', Dutch ('or') in 'Keltisch, Frans, Perzisch of Arabisch'
    if any(w in english for w in words) or ("of" in words and "," not in run):
        return [(start, end)]
    pieces, pos = [], 0
    # 'Amnesty International Nederland en Vluchtelingenwerk Nederland': two names; 'Justitie en Veiligheid' one
    for cut in _DUTCH_CUT.finditer(run):
        pieces.append((start + pos, start + cut.start()))
        pos = cut.end()
    pieces.append((start + pos, end))
    return pieces


def _proper(text: str, start: int, end: int) -> Mention | None:
    """The name in the run ``text[start:end]``, if it is one no list knows and no office or form label."""
    not_names = set(entity_settings()["not_names"])
    words = _name_words(text, start, end, not_names)
    if not words:
        return None
    s, e = start + words[0].start(), start + words[-1].end()
    surface = text[s:e].rstrip(",")
    cut = re.search(r"\s+in\s+(?P<place>\S.*)$", surface)
    if cut and known(cut.group("place")):
        surface = surface[: cut.start()]  # 'Centre for Maritime Security Studies in Londen'
    if (' ' not in surface) or known(surface):
        return None
    e = s + len(surface)
    tokens = surface.split()
    named = [w for w in tokens if w[:1].isupper() and any(c.islower() for c in w)]
    if (len(named) < 2 and not ends_in_country(surface)) or any(w.lower() in not_names or w.endswith("-")
                                                                for w in tokens):
        return None  # a date, a form label, or 'Provinciale- en Landelijke' (an elided compound)
    if re.match(entity_settings()["offices"], surface, re.I):
        return None  # an unnamed office holder ('de Secretaris-Generaal van de VN') is no entity
    # A list of names the gazetteers know ('Nederland en Zuid-Korea') yields to them; a title does not.
    parts = re.split(r"\s+(?:en|and|voor|van|of|in|naar)\s+", surface)
    rule = "proper_list" if len(parts) > 1 and all(known(p) for p in parts) else "proper"
    return Mention(s, e, surface, head_label(surface), surface, rule)


def _action_noun(word: str) -> bool:
    """A noun of an action ('Oprichting', 'Evaluatie', 'Wijziging') that no head word makes part of a name
    ('Stichting', 'Regeling', 'Vereniging' are heads)."""
    return bool(re.fullmatch(rf"[{UPPER}][{LOWER}]{{3,}}(?:ing|atie|itie)", word)) and (
        head_label(word) == entity_settings()["default_proper_label"])


def _name_words(text: str, start: int, end: int, not_names: set[str]) -> list[re.Match[str]]:
    """The words of a run without what goes before or after the name: a sentence-initial or common
    word, trailing function words, a sentence-initial noun before a known name, postcode letters."""
    common = common_words()
    words = list(re.finditer(r"\S+", text[start:end]))
    at_start = start == 0 or bool(re.search(r"(?:[.!?:]\s+|\n|^)[«“‘\"'(•·▪–-]?\s*$", text[max(0, start - 4):start]))
    while words and (words[0].group().lower() in common or words[0].group().lower() in not_names) and (
            at_start or words[0].group().lower() in not_names or words[0].group() in ("De", "Het", "Een", "Uw")):
        words, at_start = words[1:], False
    while words and words[0].group() in function_words():
        words = words[1:]  # 'van het Verslag': a lower-case function word starts no name
    while words and words[-1].group().strip(",").lower() in function_words():
        words = words[:-1]
    if at_start and len(words) > 1 and _action_noun(words[0].group()) and words[1].group()[:1].isupper():
        words = words[1:]  # 'Oprichting Intravacc B.V.', 'Evaluatie Stichting X': what is done to the name
    if at_start and len(words) > 1 and known(text[start + words[1].start(): start + words[-1].end()]):
        words = words[1:]  # 'Co-host Zuid-Korea kondigde ...': a sentence-initial noun before a known name
    if (len(words) > 1 and re.fullmatch(r"[A-Z]{2}", words[0].group())
            and re.search(r"\d{4}\s*$", text[max(0, start - 6): start])):
        words = words[1:]  # '2500 EH Den Haag': postcode letters, then the place
    return words
