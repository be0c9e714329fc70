"""The no-parser path's cut of a sentence into clauses: at punctuation, subordinators, relative pronouns and
coordinated finite verbs, and where a main clause resumes after a subordinate one."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.commitments.clause import SentenceContext
from pipeline.extract.commitments.lexicon import Lexicon
from pipeline.extract.commitments.tokens import Tok, actor_at, verblike


@dataclass(frozen=True)
class Seg:
    """Tokens a..b of the sentence, a clause of ``kind`` (main, coord, sub) opened by ``sub``."""

    a: int
    b: int
    kind: str
    sub: str = ""
    verb_first: bool = False  # a main clause resuming after a subordinate one: 'Omdat ..., worden de ...'


@dataclass(frozen=True)
class _Cut:
    """A clause boundary: the open segment ends before token ``end``, the next one starts at ``next``."""

    end: int
    next: int
    kind: str
    sub: str = ""
    skip: int = 0  # tokens to step over after the boundary token
    verb_first: bool = False


def segments(toks: list[Tok], ctx: SentenceContext, lex: Lexicon) -> list[Seg]:
    """The clauses of a tokenized sentence, in order."""
    n = len(toks)
    first = toks[0].low if toks else ""
    opens_sub = first in lex.subordinators and first not in lex.not_opening and not fronted_object(toks, 0, lex)
    cur = Seg(0, n, "sub" if opens_sub else "main", first if first in lex.subordinators else "")
    segs: list[Seg] = []
    i = 1
    cues = lex.cut_cues
    while i < n:
        t = toks[i]
        may_cut = t.depth == 0 and i > cur.a and (t.low in cues or t.text in cues)
        cut = _cut_at(toks, i, cur, ctx, lex) if may_cut else None
        if cut is not None:
            if cut.end > cur.a:
                segs.append(Seg(cur.a, cut.end, cur.kind, cur.sub, cur.verb_first))
            cur = Seg(cut.next, n, cut.kind, cut.sub, cut.verb_first)
            i += cut.skip
        i += 1
    if n > cur.a:
        segs.append(cur)
    return segs


def _cut_at(toks: list[Tok], i: int, cur: Seg, ctx: SentenceContext, lex: Lexicon) -> _Cut | None:
    """The clause boundary at token i, if there is one (only at a token of ``lex.cut_cues``)."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if cur.kind == "sub" and i > cur.a + 1 and t.low in lex.finite_forms and actor_at(toks, i + 1, ctx, lex):
        return _Cut(i, i, "main", verb_first=True)  # '... waarover ik u zal informeren wil ik ...': it resumes
    spaced_dash = t.text in "-–—" and t.start > 0 and ctx.text[t.start - 1] == " "
    if t.text in lex.clause_breaks or spaced_dash:
        return _after_break(toks, i, lex)
    if t.text == ",":
        return _after_comma(toks, i, ctx, lex) if nxt is not None else None
    if t.low in lex.coordinators:
        return _at_coordinator(toks, i, cur, ctx, lex)
    if t.low in lex.clause_openers:
        prev = toks[i - 1].low
        return _Cut(i, i, "sub", t.low) if prev not in lex.prepositions and prev not in lex.coordinators else None
    if t.low in ("dat", "die") and nxt is not None and not fronted_object(toks, i, lex):
        return _at_relative(toks, i, lex)
    return None


def _after_break(toks: list[Tok], i: int, lex: Lexicon) -> _Cut:
    """';', ':' or a dash: a new clause, subordinate when a subordinator opens it ('- en waar Defensie ...')."""
    n = len(toks)
    j = i + 1
    while j < n - 1 and toks[j].low in lex.coordinators:
        j += 1
    k = toks[j].low if j < n else ""
    return _Cut(i, j, "sub", k) if k in lex.clause_openers else _Cut(i, j, "main")


def fronted_object(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """'Dat zeg ik toe', 'Ja, dat wil ik': 'dat' before a verb and 'ik' or 'wij' is the fronted object of a main
    clause, not a subordinator (a subordinate clause has its subject right after 'dat')."""
    if j + 2 >= len(toks) or toks[j].low not in lex.fronting:
        return False
    verb = toks[j + 1]
    return (verb.low in lex.finite_forms or verblike(verb, lex)) and toks[j + 2].low in lex.nominative


def _after_comma(toks: list[Tok], i: int, ctx: SentenceContext, lex: Lexicon) -> _Cut | None:
    nxt = toks[i + 1]
    if fronted_object(toks, i + 1, lex):
        return _Cut(i, i + 1, "main")
    if nxt.low in lex.subordinators or nxt.low in lex.relatives:
        return _Cut(i, i + 1, "sub", nxt.low)
    if nxt.low in lex.coordinators:
        kind = _coord_kind(toks, i + 1, ctx, lex)
        if not kind:
            return None
        sub = toks[i + 2].low if kind == "sub" and i + 2 < len(toks) else ""
        return _Cut(i, i + 2, kind, sub, skip=1)
    if nxt.low in lex.finite_forms:
        return _Cut(i, i + 1, "main", verb_first=True)
    return None


def _at_coordinator(toks: list[Tok], i: int, cur: Seg, ctx: SentenceContext, lex: Lexicon) -> _Cut | None:
    kind = _coord_kind(toks, i, ctx, lex)
    if not kind:
        return None
    first = actor_at(toks, cur.a, ctx, lex) if kind == "main" else None
    if first and first[1] == i:
        return None  # 'De minister van VWS en de minister van OCW zullen ...': one coordinated subject
    return _Cut(i, i + 1, kind, toks[i + 1].low if kind == "sub" else "")


def _at_relative(toks: list[Tok], i: int, lex: Lexicon) -> _Cut | None:
    """'dat' or 'die' opening a clause, not as an article or demonstrative ('die leden', 'van dat plan')."""
    t, prev, nxt = toks[i], toks[i - 1], toks[i + 1]
    after = toks[i + 2] if i + 2 < len(toks) else None
    if verblike(nxt, lex) and (after is None or not after.low[:1].isalnum()):
        return None  # 'wil ik dat doen': the object, not a clause
    bad_prev = prev.low in lex.prepositions or prev.low in lex.determiners or \
        prev.low in lex.finite_forms or prev.low in lex.coordinators or not prev.low.isalpha()
    good_next = nxt.low in lex.relative_followers or nxt.text[:1].isupper() or nxt.text == ","
    if not bad_prev and (t.low == "dat" or good_next):
        return _Cut(i, i, "sub", t.low)
    return None


def _coord_kind(toks: list[Tok], i: int, ctx: SentenceContext, lex: Lexicon) -> str:
    """What follows a coordinator at token i: a verb phrase (coord), a new clause (main, sub), or '' (just a
    coordinated noun phrase)."""
    if i + 1 >= len(toks):
        return ""
    n1 = toks[i + 1]
    if n1.low in lex.aux_forms:
        return "coord"
    hit = actor_at(toks, i + 1, ctx, lex)
    if hit:
        k = hit[1]
        if k < len(toks) and (toks[k].low in lex.finite_forms or verblike(toks[k], lex)):
            return "main"
    if verblike(n1, lex) and actor_at(toks, i + 2, ctx, lex):
        return "main"
    if n1.low in lex.clause_openers:
        return "sub"
    return "main" if _inverted_ahead(toks, i + 1, ctx, lex) else ""


def _inverted_ahead(toks: list[Tok], j: int, ctx: SentenceContext, lex: Lexicon) -> bool:
    """A main clause that opens with an adverb or an object, then its finite verb and subject: 'en dan kunt u',
    'en dat contact zal ik', 'maar deze motie moet ik'."""
    for k in range(j, min(j + 4, len(toks) - 1)):
        t = toks[k]
        if not t.low[:1].isalnum() or t.low in lex.coordinators or t.low in lex.subordinators - lex.fronting:
            return False
        if t.low in lex.finite_forms:
            nxt = toks[k + 1]
            return k > j and (nxt.low in lex.nominative or nxt.low in lex.inverted_pronouns or
                              actor_at(toks, k + 1, ctx, lex) is not None)
    return False
