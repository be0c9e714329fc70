"""The no-parser path's own small tokenizer, and what the shape of a word tells without a parser: finite verb,
infinitive, participle, past tense, a government actor starting here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.extract.commitments.clause import SentenceContext, match_actor
from pipeline.extract.commitments.lexicon import Lexicon

_TOKEN = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Tok:
    text: str
    low: str
    start: int
    end: int
    depth: int  # inside how many brackets


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of text[start:end], with how deep each stands inside brackets or a pair of spaced dashes
    ('waar ik mij – evenals mijn voorganger – hard voor maak': an insertion, like brackets)."""
    found = _TOKEN.finditer(text, start, end)
    if text.find("(", start, end) < 0 and text.find("[", start, end) < 0:  # most sentences: all at depth 0
        out = [Tok(t, t.lower(), m.start(), m.end(), 0) for m in found if (t := m.group())]
    else:
        out = _bracketed(found)
    if text.find("–", start, end) < 0 and text.find("—", start, end) < 0:
        return out
    dashes = [k for k, t in enumerate(out) if t.text in "–—" and t.start > 0 and text[t.start - 1] == " "]
    for a, b in zip(dashes[::2], dashes[1::2], strict=False):
        out[a: b + 1] = [Tok(t.text, t.low, t.start, t.end, t.depth + 1) for t in out[a: b + 1]]
    return out


def _bracketed(found: Iterator[re.Match[str]]) -> list[Tok]:
    out, depth = [], 0
    for m in found:
        t = m.group()
        if t in ")]":
            depth = max(0, depth - 1)
        out.append(Tok(t, t.lower(), m.start(), m.end(), depth))
        if t in "([":
            depth += 1
    return out


def actor_at(toks: list[Tok], j: int, ctx: SentenceContext, lex: Lexicon) -> tuple[str, int] | None:
    """(actor, index of the first token after it) when a government actor starts at token j."""
    if j >= len(toks):
        return None
    hit = match_actor(ctx.text, toks[j].start, ctx.doc_type, lex)
    if hit is None:
        return None
    actor, end = hit
    k = j
    while k < len(toks) and toks[k].start < end:
        k += 1
    return actor, k


def is_participle(w: str, lex: Lexicon, prev: str = "", stranded: bool = False) -> bool:
    """'besproken', 'gespecificeerd', 'uitgewerkt': a past participle by its shape. A word after an article,
    a preposition or an inflected adjective ('de vervolgstappen', 'van bedrijven') is a noun instead, unless
    the preposition is ``stranded`` from 'er', 'daar', 'hier' ('wordt hier ... over geïnformeerd')."""
    if not w.isalpha() or len(w) < 5 or not w.endswith(("d", "t", "en", "aan")):  # 'gedaan', 'ingegaan'
        return False
    if prev and (prev in lex.determiners or (prev in lex.prepositions and not stranded) or
                 (prev.endswith("e") and prev.isalpha() and prev not in ("te", "mede", "samen", "nader"))):
        return False
    if w.startswith(("ge", "be", "ver", "ont", "her", "er")) and not w.startswith(("geen", "gee", "eer")):
        return True
    return w.startswith(lex.participle_ge_starts)


def is_past(w: str, lex: Lexicon) -> bool:
    if w in lex.strong_past or w in lex.past_aux:
        return True
    return len(w) >= 5 and w.endswith(("de", "te")) and w not in lex.finite_forms


def verblike(t: Tok, lex: Lexicon) -> bool:
    return t.low.isalpha() and t.text[:1].islower() and t.low not in lex.function_words and \
        t.low not in lex.determiners and t.low not in lex.prepositions


def stranded(toks: list[Tok], k: int, lex: Lexicon, r_word: bool = False) -> bool:
    """Whether the preposition before token k belongs to an 'er', 'daar', 'hier' or 'waar' earlier in the clause
    ('Ik wil daar ook op terugkomen', 'wordt hier ... over geïnformeerd'): then token k is a verb at the clause
    end, not a noun after a preposition."""
    if k < 2 or toks[k - 1].low not in lex.prepositions:
        return False
    nxt = toks[k + 1].low if k + 1 < len(toks) else "."
    if nxt[:1].isalnum() and nxt not in lex.prepositions and nxt not in lex.aux_forms:
        return False
    return r_word or any(x.low in lex.r_pronouns for x in toks[:k - 1])


def _prefixed_participle(w: str, lex: Lexicon) -> bool:
    """'meegenomen', 'ingegaan', 'aangegeven': a particle, 'ge' and a stem; not 'aangeven', 'opgaan'."""
    if not w.startswith(lex.participle_ge_starts):  # one C call rules out nearly every word
        return False
    for p in lex.participle_prefixes:
        p = p.replace(" ", "")
        if w.startswith(p + "ge") and w[len(p):] not in lex.ge_verbs:
            return True
    return False


def is_infinitive(scope: list[Tok], k: int, lex: Lexicon, r_word: bool = False) -> bool:
    """Whether scope[k] is an infinitive, by its shape and what precedes it; ``r_word``: an 'er', 'daar' or
    'hier' before ``scope`` that a preposition in it may belong to."""
    t = scope[k]
    w = t.low
    if not w.isalpha() or not t.text[:1].islower() or _prefixed_participle(w, lex):
        return False
    prev = scope[k - 1].low if k > 0 else ""
    if prev in lex.articles or (prev in lex.prepositions and not stranded(scope, k, lex, r_word)):
        return False  # 'de onderzoeken', 'van bedrijven': nouns
    if w in lex.infinitive_exceptions or (w.endswith(("gaan", "staan", "slaan", "zien", "doen")) and
                                          w not in lex.aux_forms):
        return True  # also after a pronoun: 'wil ik dat doen'
    if prev in lex.determiners or (prev.endswith("e") and prev.isalpha() and prev not in ("te", "mede", "samen")):
        return False  # 'deze maatregelen', 'nieuwe maatregelen': nouns
    if len(w) < 5 or not w.endswith("en") or w in lex.function_words or w in lex.aux_forms:
        return False
    if w.endswith(lex.noun_suffixes):
        return False
    return not (w.startswith("ge") and not w.startswith(("geven", "geloven", "gebruiken", "genieten")))


def nonfinite(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """'te laten komen': infinitives after 'te' are never the finite verb; nor is a plural noun after an article
    or a preposition ('de onderzoeken', 'van de evaluaties')."""
    if k > 0 and toks[k].low not in lex.aux_forms and (toks[k - 1].low in lex.prepositions or (
            toks[k - 1].low in lex.determiners and toks[k - 1].low not in lex.relatives)):
        return True
    if not toks[k].low.endswith("n"):
        return False
    j = k - 1
    while j >= 0 and toks[j].low != "te" and (toks[j].low in lex.finite_forms or toks[j].low.endswith("en")) \
            and j >= k - 2:
        j -= 1
    return j >= 0 and toks[j].low == "te" and j >= k - 3


def skip_adverbs(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """What follows the adverbs and names at the start of ``toks`` ('blijft ook Nederland investeren')."""
    k = 0
    while k < len(toks) and (toks[k].low in lex.skip_adverbs or toks[k].text[:1].isupper()):
        if toks[k].low in lex.keep_complements:
            break
        k += 1
    return toks[k:]
