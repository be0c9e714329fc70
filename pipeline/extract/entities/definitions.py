"""Definitions the text gives itself: ``Name (ACRONYM)`` and ``Name (hierna: X)``, after which the
acronym alone names the same entity."""

from __future__ import annotations

import re

from pipeline.extract.entities.knowledge import common_words, entity_settings, function_words, head_label
from pipeline.extract.entities.values import Mention
from pipeline.lang.gazetteer import gazetteer, gazetteer_name

_DEF = re.compile(r"\((?:hierna:?\s*|hierna\s+te\s+noemen:?\s*)?(?P<acr>[A-Z][A-Za-z0-9&./\- ]{0,20}?[A-Za-z0-9])\)")


def definition_mentions(text: str) -> tuple[list[Mention], dict[str, tuple[str, str]]]:
    """'Group of Governmental Experts on Lethal Autonomous Weapons Systems (GGE LAWS)' and the acronym after it.

    Also returns what each acronym and each defined name stands for: (normalized name, label).
    """
    out, defined = [], {}
    for m in _DEF.finditer(text):
        acr = m.group("acr").strip()
        if len(acr.split()) > 3 or acr in gazetteer().parties:
            continue  # 'Pieter Omtzigt (NSC)': a person and a party, not a definition
        if re.search(r"\bd\.d\.|\d+/\d+", acr) or re.fullmatch(r"[IVXLC]+", acr):
            # '(XVI)' after a ministry is its budget chapter; '(CD d.d. 09/10)' the meeting a debate follows
            continue
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
        known = gazetteer().acronyms.get(acr) or gazetteer_name(name)
        normalized, label = defined.get(acr) or known or (f"{name} ({acr})", label)
        out.append(Mention(name_start, m.end(), surface, label, normalized, "definition"))
        defined.setdefault(acr, (normalized, label))
        defined.setdefault(name, (normalized, label))
    return out, defined


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
    letters = [c.upper() for c in acr if c.isalpha()]
    start = _walk_back(head, letters)
    if start is None:
        return None
    # Leading words whose initial is not the acronym's first letter are not part of it
    # ('Amerikaanse Partnership for Defence (PfD)').
    words = list(re.finditer(r"[\w’'&-]+", head[start:]))
    while len(words) > 1 and letters and words[0].group()[0].upper() != letters[0] and any(
            w.group()[0].upper() == letters[0] for w in words[1:]):
        words = words[1:]
    start += words[0].start() if words else 0
    name_words = [w for w in re.findall(r"[\w’'&-]+", head[start:]) if w.lower() not in function_words()]
    if len(name_words) < 2 and len(letters) > 1:
        return None  # 'van Dijk (NSC)': a name and a party, not a definition
    if head[start:].split()[0].lower() in common_words():
        return None
    return base + start


def _walk_back(head: str, letters: list[str]) -> int | None:
    """The start of the last run of name words in ``head``: capitalised words, function words between
    them, and lower-case words that spell the acronym's ``letters``."""
    toks = list(re.finditer(r"[\w’'&-]+|[^\w\s]", head))
    start, content = None, []
    for t in reversed(toks):
        word = t.group()
        if not re.match(r"[\w&]", word) or word.isdigit():
            break
        if word.lower() in function_words():
            continue
        if word[0].isupper() or (len(content) < len(letters) and word[0].upper() == letters[-1 - len(content)]):
            if word[0].islower() and not _spells(content + [word], letters):
                break
            content.append(word)
            start = t.start()
            continue
        break
    return start


def _run_before(text: str, end: int) -> int | None:
    """The name before '(hierna: X)' when it is a lower-case English phrase ('Responsible AI in the
    military domain (hierna: REAIM)'): words back to punctuation or a Dutch word, from its first capital."""
    line_start = text.rfind("\n", 0, end) + 1
    toks = list(re.finditer(r"[\w’'&-]+|[^\w\s]", text[line_start:end]))
    dutch = common_words()
    english = set(entity_settings()["english_function_words"])
    start = None
    for t in reversed(toks):
        word = t.group()
        if not re.match(r"\w", word) or (word.lower() in dutch and word.lower() not in english):
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
    words = [w for w in re.findall(r"[\w’'-]+", before) if w.lower() not in function_words()]
    letters = [c.lower() for c in acr if c.isalpha()]
    return len(words) >= len(letters) > 1 and [w[0].lower() for w in words[-len(letters):]] == letters


def _spells(words: list[str], letters: list[str]) -> bool:
    """Do these words (read right to left) start with the last letters of the acronym?"""
    initials = [w[0].upper() for w in reversed(words)]
    return letters[-len(initials):] == initials if len(initials) <= len(letters) else False
