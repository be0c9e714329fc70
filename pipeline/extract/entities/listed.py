"""Mentions of names known beforehand: the names the gazetteers list, and 'de Kamer'."""

from __future__ import annotations

import re
from functools import cache
from itertools import compress

from pipeline.extract.entities.knowledge import entity_settings
from pipeline.extract.entities.values import Mention
from pipeline.lang.gazetteer import gazetteer, gazetteer_name, word_spans
from pipeline.lang.kamer import kamer_name


def gazetteer_mentions(text: str) -> list[Mention]:
    """The longest listed name at each word; else a listed organisation heading a compound ('NAVO-top')."""
    gaz = gazetteer()
    words, offsets = word_spans(text)
    out = []
    after = 0  # the word after the last name found: a name starts no earlier
    for i in _may_start(words, gaz.by_first):
        if i < after:
            continue
        found = _longest_at(text, offsets[2 * i], words, i)
        if found:
            n, name, label = found
            start, end = offsets[2 * i], offsets[2 * (i + n) - 1]
            after = i + n
            if _letterhead(text, end, name):
                continue
            out.append(Mention(start, end, text[start:end], label, _people_noun(text[start:end], name, label),
                               "gazetteer"))
            continue
        # 'VN-agenda', 'NAVO-top', 'GroenLinks-PvdA-fractie': a known name at the head of a compound
        if "-" in words[i]:
            prefix = words[i].rsplit("-", 1)[0]
            known = gaz.acronyms.get(prefix) or (gazetteer_name(prefix) if prefix[:1].isupper() else None)
            if known and known[1] == "ORG":
                start = offsets[2 * i]
                out.append(Mention(start, start + len(prefix), prefix, known[1], known[0], "gazetteer"))
    return out


def _may_start(words: list[str], by_first: dict[str, list]) -> list[int]:
    """The words a listed name may start at (:func:`_longest_at` tries the word and, capitalised, its lower-case
    form) or a compound may start with one (a hyphen); no other word needs a look (most of a letter's).
    Each distinct word is judged once; the positions are picked in C (``compress``)."""
    may = {w for w in set(words)
           if w in by_first or "-" in w or (w[:1].isupper() and w[:1].lower() + w[1:] in by_first)}
    return list(compress(range(len(words)), map(may.__contains__, words)))


def _letterhead(text: str, end: int, name: str) -> bool:
    """'Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2023–2024': the chamber in a page's letterhead is page
    furniture (the document's metadata), not a mention; 'uw Kamer' in the text is one."""
    return "Staten-Generaal" in name and bool(re.match(r"\s*(?:\d{1,4}\s+)?Vergaderjaar\b", text[end:end + 30]))


def _people_noun(surface: str, name: str, label: str) -> str:
    """'Nederlanders', 'Venezolanen' name the people, 'Nederlandse' the adjective 'Nederlands': a nationality's
    people noun (no adjective ending in -e, not the adjective itself) is an entity of its own."""
    if label == "NORP" and surface != name and not surface.endswith("e") and surface[:1].isupper():
        return surface
    return name


def _longest_at(text: str, start: int, words: list[str], i: int) -> tuple[int, str, str] | None:
    """(number of words, name, label) of the longest listed name that starts at word ``i`` (at ``start``)."""
    found = None
    # Exact case; a capitalised word may also match a lower-case alias (sentence start), never the reverse.
    variants = [words[i]] + ([words[i][:1].lower() + words[i][1:]] if words[i][:1].isupper() else [])
    for variant in variants:
        single, seconds = _next_words(variant)
        if not single and (i + 1 >= len(words) or words[i + 1] not in seconds):
            continue  # 'de', 'het' start a few names of several words, and most of the time none of them
        for cand, name, label, ambiguous in gazetteer().by_first.get(variant, []):
            n = len(cand)
            if (variant, *words[i + 1: i + n]) == cand:
                adjective = variant[:1].isupper() and n == 1 and (variant == name or variant.endswith("e"))
                after = words[i + n] if adjective and i + n < len(words) else ""
                if ambiguous and not _ambiguous_ok(text, start, label, after):
                    continue
                if found is None or n > found[0]:
                    found = (n, name, label)
                break
    return found


@cache
def _next_words(first: str) -> tuple[bool, frozenset[str]]:
    """Whether a listed name is the word ``first`` alone, and the second words of the longer ones it starts."""
    cands = gazetteer().by_first.get(first, [])
    return any(len(c) == 1 for c, *_ in cands), frozenset(c[1] for c, *_ in cands if len(c) > 1)


def _ambiguous_ok(text: str, start: int, label: str, after: str = "") -> bool:
    """A cue word before the alias; a capitalised adjective of nationality or region ('Europese', 'Caribische')
    before a common noun ('een Europees vaccin', 'de Caribische landen') is one, inside a name ('Europese Unie')
    not (``after`` is the next word, given only after such an adjective)."""
    if label == "NORP" and after[:1].islower():
        return True
    before = text[max(0, start - 40): start].lower()
    cues = entity_settings()["ambiguous_cues"].get(label, [])
    return any(before.rstrip().endswith(c) for c in cues)


def kamer_mentions(text: str, kamer: str = "II") -> list[Mention]:
    """'uw Kamer', 'de Kamer' name the parliament the letter is addressed to."""
    name = kamer_name(kamer)
    return [Mention(m.start("k"), m.end("k"), "Kamer", "ORG", name, "kamer")
            for m in re.finditer(r"\b(?:uw|de|Uw|De)\s+(?P<k>Kamer)\b", text)]
