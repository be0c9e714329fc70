"""Clauses from a parser's tree (Universal Dependencies labels): each predicate with its ``nsubj``, ``aux``,
``aux:pass``, ``xcomp``, ``compound:prt``, ``obl:agent`` and ``mark`` children."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.commitments.clause import Clause, SentenceContext, match_actor
from pipeline.extract.commitments.lexicon import Lexicon
from pipeline.extract.commitments.time import future_time
from pipeline.extract.commitments.tokens import is_past

_SUBJ = ("nsubj", "nsubj:pass", "csubj")
_AUX = ("aux", "aux:pass", "cop")
_NOMINAL = ("amod", "nmod", "obl", "obj", "iobj", "nsubj", "nsubj:pass", "det", "compound", "flat", "appos",
            "case", "mark", "advmod", "fixed")
_CLAUSAL = ("conj", "cc", "advcl", "acl:relcl", "acl", "ccomp", "parataxis", "punct", "csubj")


def dependency_clauses(sent: Span, ctx: SentenceContext, lex: Lexicon) -> list[Clause]:
    """Clauses of one parsed sentence: one per predicate (a verb, or a word with aux/cop children)."""
    out = []
    for p in sent:
        if p.dep_ in _AUX or p.dep_ in _NOMINAL or p.dep_ == "xcomp" and p.head is not p:
            continue  # auxiliaries, verbs governed by another ('blijft ... inzetten'), participles used as adjectives
        has_aux = any(ch.dep_ in _AUX for ch in p.children)
        if p.pos_ not in ("VERB", "AUX") and not has_aux:
            continue
        out.append(_dep_clause(p, ctx, lex))
    return sorted(out, key=lambda c: c.start)


def _cluster(p: Token) -> list[Token]:
    """The predicate, its auxiliaries and the xcomp chain it governs ('blijft ... inzetten')."""
    out, todo = [], [p]
    while todo:
        x = todo.pop()
        out.append(x)
        out.extend(ch for ch in x.children if ch.dep_ in _AUX)
        todo.extend(ch for ch in x.children if ch.dep_ == "xcomp" and ch.pos_ in ("VERB", "AUX"))
    return sorted(set(out), key=lambda t: t.i)


def _subject(p: Token) -> tuple[Token | None, bool]:
    """The subject of p, inherited through conj from the first conjunct; and whether it was inherited."""
    x, inherited = p, False
    while True:
        subj = next((ch for ch in x.children if ch.dep_ in _SUBJ), None)
        if subj is not None or x.dep_ != "conj" or x.head is x:
            return subj, inherited
        x, inherited = x.head, True


def _own_tokens(p: Token, cluster: list[Token]) -> list[Token]:
    """The clause's words: the predicate's subtree without its clausal dependents and punctuation, and its
    verb cluster."""
    excluded = {t.i for ch in p.children if ch.dep_ in _CLAUSAL for t in ch.subtree}
    own = [t for t in p.subtree if t.i not in excluded and not t.is_punct]
    own_ids = {t.i for t in own}
    own.extend(x for x in cluster if x.i not in own_ids)
    return sorted(own, key=lambda t: t.i)


def _kind(p: Token, inherited: bool) -> str:
    if p.dep_ in ("ROOT", "root", "parataxis"):
        return "main"
    if p.dep_ == "conj":
        return "coord" if inherited else "main"
    return "sub"


def _dep_clause(p: Token, ctx: SentenceContext, lex: Lexicon) -> Clause:
    cluster = _cluster(p)
    fin = next((t for t in cluster if "Fin" in t.morph.get("VerbForm")), None)
    if fin is None:
        fin = next((t for t in cluster if t.lower_ in lex.finite_forms), None) or cluster[0]
    subj, inherited = _subject(p)
    own = _own_tokens(p, cluster)
    mark = next((ch for ch in p.children if ch.dep_ == "mark"), None)
    c = Clause(start=own[0].idx, end=own[-1].idx + len(own[-1].text), kind=_kind(p, inherited), from_parse=True,
               subordinator=mark.lower_ if mark is not None else "", finite=fin.lower_)
    subj_ids: set[int] = set()
    if subj is not None:
        subj_ids = {t.i for t in subj.subtree} if not inherited else set()
        _fill_subject(c, p, subj, ctx, lex)
    words = [t for t in own if t.i not in subj_ids and t.i != fin.i]
    _fill_cluster(c, p, cluster, fin, words, lex)
    _fill_voice(c, p, cluster, subj, words, ctx, lex)
    _fill_tense(c, cluster, fin, lex)
    _fill_kamer_and_time(c, p, cluster, ctx, lex)
    c.action = _action(c, own, cluster, fin, subj if not inherited else None, subj_ids, lex)
    return c


def _fill_subject(c: Clause, p: Token, subj: Token, ctx: SentenceContext, lex: Lexicon) -> None:
    """The government as subject (its actor), or another subject's head; the Kamer as subject."""
    probe = subj
    if "Rel" in subj.morph.get("PronType") and p.dep_.startswith("acl") and p.head is not p:
        probe = p.head  # 'het kabinet, dat ... zal': the antecedent speaks
    hit = match_actor(ctx.text, probe.left_edge.idx, ctx.doc_type, lex)
    if hit is None and probe is not subj:
        hit = match_actor(ctx.text, probe.idx, ctx.doc_type, lex)
    if hit is not None:
        c.subject, c.actor = "gov", hit[0]
    else:
        c.subject, c.subject_head = "other", probe.lower_
    c.kamer_subject = bool(lex.kamer_subject.match(ctx.text, subj.left_edge.idx))


def _fill_cluster(c: Clause, p: Token, cluster: list[Token], fin: Token, words: list[Token], lex: Lexicon) -> None:
    """The words, the verb cluster, a 'te' infinitive, the separable particle and what follows the verb."""
    c.words = [t.lower_ for t in words]
    c.verbs = [t.lower_ for t in cluster if t.i != fin.i]
    c.infinitives = [t.lower_ for t in cluster if t.i != fin.i and "Inf" in t.morph.get("VerbForm")]
    c.te_infinitive = any(t.lower_ == "te" and t.head.i != fin.i and "Inf" in t.head.morph.get("VerbForm")
                          for t in p.subtree)
    prt = [ch for x in cluster for ch in x.children if ch.dep_ == "compound:prt"]
    c.particle = prt[0].lower_ if prt else ""
    if not c.particle and any(t.lower_ == "kaart" for t in words):
        c.particle = "kaart"
    after = [t for t in words if t.i > fin.i]
    k = 0
    while k < len(after) and (after[k].lower_ in lex.skip_adverbs) and after[k].lower_ not in lex.keep_complements:
        k += 1
    c.complement = " ".join(t.lower_ for t in after[k: k + 4])


def _fill_voice(c: Clause, p: Token, cluster: list[Token], subj: Token | None, words: list[Token],
                ctx: SentenceContext, lex: Lexicon) -> None:
    """Passive voice and its agent, participles, negation and hedging."""
    c.passive = any(ch.dep_ == "aux:pass" for x in cluster for ch in x.children) or \
        (subj is not None and subj.dep_ == "nsubj:pass")
    if c.passive:
        c.agent = _agent(cluster, ctx, lex)
    parts = [t for t in cluster if "Part" in t.morph.get("VerbForm")]
    c.participles = [t.lower_ for t in parts]
    c.adverb_before_participle = any(ch.lower_ in lex.passive_future_adverbs for t in parts for ch in t.children
                                     if ch.dep_ == "advmod") or \
        any(ch.lower_ in lex.passive_future_adverbs for ch in p.children if ch.dep_ == "advmod")
    c.negated = any(t.lower_ in lex.negations for t in words)
    c.refused = any(ch.dep_ == "advmod" and ch.lower_ in lex.negations for x in (p, *cluster) for ch in x.children)
    c.hedged = bool(lex.hedges.search(ctx.text, c.start, c.end))


def _agent(cluster: list[Token], ctx: SentenceContext, lex: Lexicon) -> str:
    """Who acts in a passive: the ``obl:agent`` (or an ``obl`` with 'door'), gov or other; '' when unsaid."""
    agent = next((ch for x in cluster for ch in x.children if ch.dep_ == "obl:agent"), None)
    if agent is None:
        agent = next((ch for x in cluster for ch in x.children if ch.dep_ == "obl" and
                      any(g.lower_ == "door" and g.dep_ == "case" for g in ch.children)), None)
    if agent is None:
        return ""
    start = next((t.idx for t in agent.subtree if t.lower_ != "door"), agent.idx)
    return "gov" if match_actor(ctx.text, start, ctx.doc_type, lex) else "other"


def _fill_tense(c: Clause, cluster: list[Token], fin: Token, lex: Lexicon) -> None:
    tense = fin.morph.get("Tense")
    if "Past" in tense or (not tense and is_past(fin.lower_, lex)):
        c.tense = "past"
    elif fin.lower_ in (lex.have | lex.be) and not c.passive and \
            any("Part" in t.morph.get("VerbForm") for t in cluster if t.i != fin.i):
        c.tense = "perf"


def _fill_kamer_and_time(c: Clause, p: Token, cluster: list[Token], ctx: SentenceContext, lex: Lexicon) -> None:
    """The Kamer as object, a 'dat' complement, an opinion's 'dat', future time."""
    obj_text = " ".join(t.text for ch in p.children if ch.dep_ in ("obj", "iobj", "obl") for t in ch.subtree)
    c.kamer_object = bool(lex.kamer_object.search(obj_text))
    c.dat_clause = any(ch.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "dat" for g in ch.children)
                       for x in cluster for ch in x.children)
    if c.kind == "sub" and c.subordinator == "dat":
        c.opinion = bool(lex.opinion_before_dat.search(ctx.text[ctx.start: c.start]))
    c.future_time = future_time(ctx, c.start, c.end, topical=c.kind in ("main", "coord"))


def _action(c: Clause, own: list[Token], cluster: list[Token], fin: Token, own_subj: Token | None,
            subj_ids: set[int], lex: Lexicon) -> tuple[int, int]:
    """What is promised: from the first verb of the cluster (after a subject of its own that precedes it in a
    subordinate clause) to the clause end."""
    first_verb = min(t.i for t in cluster)
    if c.kind == "sub" and own_subj is not None:
        a_tok = next((t for t in own if t.i > own_subj.right_edge.i), None)
    else:
        a_tok = next((t for t in own if t.i >= min(first_verb, fin.i) and t.i not in subj_ids), None)
    if a_tok is None:
        a_tok = fin
    tail = [t for t in own if t.i >= a_tok.i][: lex.max_action_tokens]
    return a_tok.idx, tail[-1].idx + len(tail[-1].text) if tail else fin.idx + len(fin.text)
