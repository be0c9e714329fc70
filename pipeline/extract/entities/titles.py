"""Names that are titles: a debate or agenda item (``VAO Bouwregelgeving``, ``tweeminutendebat Post``), a law
or regulation cited by its citation title (``Wet op de huurtoeslag``, ``Regeling vervoer over land van
gevaarlijke stoffen``), and the quoted title of a report or programme (``het rapport «Leren van ...»``).

Their words are mostly lower case, so the run of capitalised words (:mod:`.proper`) cannot find them; the cue
before them (the kind of debate, the capitalised ``Wet``, a noun like ``rapport``) says where they start,
and the grammar of a title (content words and the few function words titles use) where they end.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.entities.knowledge import common_words, entity_settings, head_label
from pipeline.extract.entities.values import Mention
from pipeline.lang.gazetteer import listed
from pipeline.lang.names import LOWER, UPPER
from pipeline.lang.starts import matches_at, scan

_NEXT = re.compile(rf"[^\S\n]*(?P<w>[{UPPER}{LOWER}0-9][\w’'&*-]*)")


def title_mentions(text: str) -> list[Mention]:
    return _debate_mentions(text) + _law_mentions(text) + _quoted_mentions(text)


def _title_words(text: str, start: int, glue: set[str], limit: int) -> int:
    """Where a title that starts at ``start`` ends: content words and ``glue`` words, up to ``limit`` words;
    punctuation, a bracket, another function word or a number other than a year ends it."""
    end = pos = start
    for n in range(limit):
        m = _NEXT.match(text, pos)
        if not m:
            break
        word = m.group("w")
        low = word.lower()
        if (low in common_words() and low not in glue) or (word.isdigit() and len(word) != 4):
            break
        after = _NEXT.match(text, m.end())
        if n and low not in glue and after and after.group("w") in ("de", "het", "een"):
            break  # 'de Richtlijn ... stelt de brandweer': a word before an article is the verb
        pos = m.end()
        if low not in glue:
            end = pos
        if n and (sum(c.isupper() for c in word) >= 2 or word.isdigit() or (word[0].isupper() and listed(word))):
            break  # 'Besluit prudentiële regels Wft', 'Wet inkomstenbelasting 2001': an abbreviation, a listed name
            # or a year closes the title
    return end


def _debate_mentions(text: str) -> list[Mention]:
    """'het VAO Bouwregelgeving en energiebesparing (AO d.d. 07/03)', 'Tweeminutendebat Armoede- en
    schuldenbeleid': a debate or committee meeting by its kind and its subject."""
    cfg = entity_settings()["debates"]
    kinds = "|".join(sorted(cfg["kinds"], key=len, reverse=True))
    glue = set(cfg["title_glue"])
    out = []
    for m in scan(re.compile(rf"(?<![\w-])(?P<kind>(?i:{kinds}))[^\S\n]+(?=[{UPPER}])"), text):
        end = _title_words(text, m.end(), glue, cfg["max_title_words"])
        if end <= m.end():
            continue
        surface = text[m.start(): end]
        out.append(Mention(m.start(), end, surface, "EVENT", surface[:1].upper() + surface[1:], "title"))
    return out


def _law_mentions(text: str) -> list[Mention]:
    """'de Wet op de huurtoeslag', 'het Besluit prudentiële regels Wft': a capitalised Wet, Besluit or Regeling
    inside a sentence starts a citation title."""
    cfg = entity_settings()["law_titles"]
    heads = "|".join(cfg["heads"])
    glue = set(cfg["title_glue"])
    out = []
    for m in re.finditer(rf"(?<=[{LOWER},;(]\s)(?P<head>{heads})[^\S\n]+(?=[{LOWER}{UPPER}])", text):
        end = _title_words(text, m.end(), glue, cfg["max_title_words"])
        if end <= m.end():
            continue
        surface = text[m.start(): end]
        out.append(Mention(m.start(), end, surface, "LAW", surface, "title"))
    return out


@cache
def quoted_rx() -> re.Pattern[str]:
    """A cue noun or an article, a space, a quoted title."""
    cues = "|".join(sorted(entity_settings()["quoted_titles"]["cues"], key=len, reverse=True))
    quote = r"[«“\"‘'](?P<t>[^«»“”\"‘’\n]{2,160}?)[»”\"’']"
    return re.compile(rf"\b(?:(?P<cue>(?i:{cues}))|(?P<art>de|het|De|Het))[^\S\n]+{quote}")


_SPACED_QUOTE = re.compile(r"[«“\"‘'](?<=[^\S\n].)")  # the quote first: re skips to one in C


def quoted_places(text: str) -> list[int]:
    """Where a quoted title of :func:`quoted_rx` can begin: at most a cue's length before the spaces before an
    opening quote (re.IGNORECASE matches a cue character by character: a match is as long as its cue). Few
    quotes stand after a space, where the pattern, opening with \\b, was tried at every character."""
    longest = max(3, *(len(c) for c in entity_settings()["quoted_titles"]["cues"]))
    places: set[int] = set()
    for m in _SPACED_QUOTE.finditer(text):
        w = m.start()
        while w and text[w - 1].isspace() and text[w - 1] != "\n":  # [^\S\n]: \s is str.isspace()
            w -= 1
        places.update(range(max(0, w - longest), m.start()))
    return sorted(places)


def _quoted_mentions(text: str) -> list[Mention]:
    """'het rapport «DigiD helpt niet mee»', 'de «Wachtverzachter»': a quoted title after a noun that names a
    kind of publication or programme, or after an article when it is a short capitalised name."""
    cfg = entity_settings()["quoted_titles"]
    out = []
    for m in matches_at(quoted_rx(), quoted_places(text), text):
        title = m.group("t").strip()
        words = title.split()
        if not re.match(rf"[{UPPER}0-9]", title) or len(words) > cfg["max_words"]:
            continue
        if m.group("art") and (len(words) > cfg["max_words_after_article"] or re.search(r"[.!?:]$", title)):
            continue
        label = head_label(title) if m.group("art") else "MISC"
        out.append(Mention(m.start("t"), m.start("t") + len(title), title, label, title, "title"))
    return out
