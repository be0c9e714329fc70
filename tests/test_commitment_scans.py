"""The commitment finder's fast paths give what the plain code they replace gives, on random texts made at run
time: the tokenizer's bracket and dash depths, the actor lookup behind its one-alternation test, the
sentences the token path skips (no actor, no finite verb a promise needs), and the tokens a clause is cut at."""

from __future__ import annotations

import random
import re

from pipeline.extract.commitments.clause import SentenceContext, match_actor
from pipeline.extract.commitments.decide import actor_in, may_promise
from pipeline.extract.commitments.lexicon import lexicon
from pipeline.extract.commitments.segments import Seg, _cut_at
from pipeline.extract.commitments.tokens import _TOKEN, Tok, tokenize
from pipeline.extract.dates import Anchor

PIECES = ["de", "De", "het", "Het", "minister", "Minister", "van", "voor", "Financiën", "VWS", "kabinet", "ik",
          "Ik", "wij", "we", "u", "U", "Nederland", "Defensie", "regering", "ministerie", "staatssecretaris", "en",
          "zal", "(", ")", "[", "]", "–", "—", "-", ",", ".", " ", " ", " ", "  ", "\n", "’", "Rijk", "mijn", "x"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def _plain_tokenize(text: str, start: int, end: int) -> list[Tok]:
    """tokenize as it was: every token through the bracket count, every token tested for a dash."""
    out, depth = [], 0
    for m in _TOKEN.finditer(text, start, end):
        t = m.group()
        if t in ")]":
            depth = max(0, depth - 1)
        out.append(Tok(t, t.lower(), m.start(), m.end(), depth))
        if t in "([":
            depth += 1
    dashes = [k for k, t in enumerate(out) if t.text in "–—" and t.start > 0 and text[t.start - 1] == " "]
    for a, b in zip(dashes[::2], dashes[1::2], strict=False):
        out[a: b + 1] = [Tok(t.text, t.low, t.start, t.end, t.depth + 1) for t in out[a: b + 1]]
    return out


def _plain_match_actor(text: str, pos: int, doc_type: str) -> tuple[str, int] | None:
    """match_actor without the one-alternation test: every actor pattern tried."""
    lex = lexicon()
    if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "-"):
        return None
    for rx, template, types in lex.actors:
        if types and doc_type not in types:
            continue
        m = rx.match(text, pos)
        if not m or (m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] == "-")):
            continue
        groups = {k: " ".join((v or "").split()) for k, v in m.groupdict().items()}
        if "office" in groups:
            groups["office"] = groups["office"].lower()
        return template.format(**groups), m.end()
    return None


def test_tokenize_is_the_plain_tokenizer():
    rng = random.Random(4)
    for text in _texts(3000, 5):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        assert tokenize(text, a, b) == _plain_tokenize(text, a, b), (text, a, b)


def test_match_actor_is_every_pattern_tried():
    lex = lexicon()
    hits = 0
    for text in _texts(3000, 6):
        for doc_type in ("", "beslisnota"):
            for pos in [0, *(m.start() for m in re.finditer(r"\b\w", text))]:
                found = match_actor(text, pos, doc_type, lex)
                assert found == _plain_match_actor(text, pos, doc_type), (text, pos, doc_type)
                hits += found is not None
    assert hits > 1000  # the texts hold actors, so the test compares matches, not only misses


def test_may_promise_skips_no_actor_and_no_cue_verb():
    """A sentence may_promise rules out has no token match_actor finds an actor at (reading the whole text), and
    no token that is one of the finite verbs a non-government clause promises with."""
    lex = lexicon()
    rng = random.Random(7)
    pieces = [*PIECES, "is", "Is", "zijn", "komt", "wordt", "ontvangt", ";", ":", "!", "?", "'", "\t", "ministerie",
              "Ministerie", "Koninkrijk", "der", "Nederlanden", "Nederlandse", "overheid", "rijksoverheid", "A", "Ö",
              "het ministerie van Financiën", "het ministerie\nvan VWS, OCW", "de minister voor Klimaat en Energie"]
    ruled_out = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        s = rng.randint(0, len(text))
        e = rng.randint(s, min(len(text), s + 30))  # often inside an actor: match_actor reads on past the end
        actors = any(match_actor(text, p, d, lex) for p in range(s, e) for d in ("", "beslisnota"))
        assert actor_in(text, s, e, lex) or not actors, (text, s, e)
        cue = any(t.low in lex.cue_finites for t in tokenize(text, s, e))
        ctx = SentenceContext(start=s, end=e, text=text, anchor=Anchor(), dates=[])
        assert may_promise(ctx, lex) or not (actors or cue), (text, s, e)
        ruled_out += not may_promise(ctx, lex)
    assert ruled_out > 500  # the made sentences include some it rules out
    for phrase in ("het ministerie van Financiën", "het ministerie\nvan VWS, OCW", "het Koninkrijk der Nederlanden",
                   "de minister voor Klimaat en Energie"):
        text = f"Zo. {phrase}, en x."
        for e in range(5, 4 + len(phrase)):  # a sentence ending inside the actor
            actors = any(match_actor(text, p, "", lex) for p in range(4, e))
            assert actor_in(text, 4, e, lex) or not actors, (text, e)


def test_clauses_are_cut_only_at_cut_cues():
    """segments asks _cut_at only at a token of lex.cut_cues: at any other token there is no boundary."""
    lex = lexicon()
    rng = random.Random(8)
    words = [*PIECES, "dat", "die", "omdat", "als", "wil", "kan", "is", "of", "maar", ";", ":", "?", "Dat", "Die",
             "informeren", "brief", "ontvangt", "waarover", "Omdat", "–"]
    cut = 0
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 25)))
        toks = tokenize(text, 0, len(text))
        ctx = SentenceContext(start=0, end=len(text), text=text, anchor=Anchor(), dates=[])
        for kind in ("main", "sub", "coord"):
            cur = Seg(0, len(toks), kind)
            for i in range(1, len(toks)):
                found = _cut_at(toks, i, cur, ctx, lex)
                assert found is None or toks[i].low in lex.cut_cues or toks[i].text in lex.cut_cues, (text, i, kind)
                cut += found is not None
    assert cut > 1000


def _reads(items) -> set[str]:
    """The characters a parsed pattern may consume outside look-arounds (NUL stands for one it cannot name)."""
    from re import _constants as sre  # type: ignore[attr-defined]

    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(chr(av))
        elif op is sre.IN:
            for kind, value in av:
                if kind is sre.LITERAL:
                    out.add(chr(value))
                elif kind is sre.RANGE:
                    out.update(chr(c) for c in range(value[0], value[1] + 1))
                elif kind is sre.CATEGORY and value in (sre.CATEGORY_WORD, sre.CATEGORY_SPACE):
                    out.add("a")
                else:
                    out.add("\0")
        elif op is sre.SUBPATTERN:
            out |= _reads(av[3].data)
        elif op is sre.BRANCH:
            for alt in av[1]:
                out |= _reads(alt.data)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            out |= _reads(av[2].data)
        elif op not in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            out.add("\0")
    return out


def test_actor_patterns_read_only_what_the_sentence_skip_lets_them():
    """may_promise lets match_actor read past a sentence's end only through the characters of _ACTOR_RUN: an actor
    pattern (models/commitments.json) that reads another one would be cut short there, and its sentence skipped."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from pipeline.extract.commitments.decide import _ACTOR_RUN

    for rx, _actor, _types in lexicon().actors:
        outside = {c for c in _reads(sre_parse.parse(rx.pattern, rx.flags).data) if not _ACTOR_RUN.fullmatch(c)}
        assert not outside, (rx.pattern, outside)
