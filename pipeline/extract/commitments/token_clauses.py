"""Clauses without a parser: Dutch word order finds each clause's finite verb (second in a main clause, last
in a subordinate one) and its subject (before it, or right after it when inverted); the word shapes around
them give the verb cluster, voice, tense, the Kamer as object, and the action."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from pipeline.extract.commitments.clause import Clause, SentenceContext
from pipeline.extract.commitments.lexicon import Lexicon
from pipeline.extract.commitments.segments import Seg, segments
from pipeline.extract.commitments.time import future_time
from pipeline.extract.commitments.tokens import (
    Tok,
    actor_at,
    is_infinitive,
    is_participle,
    is_past,
    nonfinite,
    skip_adverbs,
    stranded,
    tokenize,
    verblike,
)

_NO_SUBJECT = (0, 0)


def token_clauses(ctx: SentenceContext, lex: Lexicon) -> list[Clause]:
    """Clauses of one sentence from token patterns (no parser)."""
    toks = tokenize(ctx.text, ctx.start, ctx.end)
    if not toks:
        return []
    out: list[Clause] = []
    first_subject: tuple[str, str] | None = None
    for seg in segments(toks, ctx, lex):
        c = _token_clause(toks, seg, ctx, lex)
        if c is None:
            continue
        if c.kind == "coord" and c.subject == "none" and first_subject:
            c.subject, c.actor = first_subject
        if out and c.kind == "sub" and c.subordinator in lex.complement_openers and _promises(out[-1], lex):
            c.promised_content = True  # 'Ik wil toezeggen dat ik ...': one promise, one row
        if c.kind == "main" and first_subject is None and c.subject in ("gov", "other"):
            first_subject = (c.subject, c.actor)
        out.append(c)
    if any(p.kind == "sub" and p.subordinator in lex.conditionals and lex.kamer_wish.search(ctx.text, p.start, p.end)
           for p in out):
        for c in out:
            c.offered = c.kind == "main"  # 'Als de Kamer dat wil, kan ik ...', '... kan ik ..., als u dat wenst'
    return out


def _promises(c: Clause, lex: Lexicon) -> bool:
    return any(i in lex.promise_infinitives for i in c.infinitives) or (c.finite in lex.promise and c.particle == "toe")


@dataclass(frozen=True)
class _View:
    """One clause's tokens around its finite verb, as the steps after finding that verb see them."""

    toks: list[Tok]  # the clause's tokens outside brackets
    fi: int  # the finite verb
    subj: tuple[int, int]  # the tokens of a government subject; (0, 0) when there is none
    seg: Seg
    lex: Lexicon

    @property
    def ft(self) -> Tok:
        return self.toks[self.fi]

    @property
    def sub(self) -> bool:
        return self.seg.kind == "sub"

    @cached_property
    def outside(self) -> list[Tok]:
        """The clause without its subject."""
        return [t for k, t in enumerate(self.toks) if not self.subj[0] <= k < self.subj[1]]

    @cached_property
    def after(self) -> list[Tok]:
        """What follows the finite verb, without the subject."""
        return [t for k, t in enumerate(self.toks) if k > self.fi and not self.subj[0] <= k < self.subj[1]]

    @cached_property
    def own_after(self) -> list[Tok]:
        """What follows the finite verb up to a complement ('om ... te', 'te', 'dat'), whose verbs are not the
        clause's own."""
        k = next((k for k, t in enumerate(self.after) if t.low in self.lex.complement_openers), len(self.after))
        return self.after[:k]

    @cached_property
    def scope(self) -> list[Tok]:
        """Where the verb cluster and particle are looked for: after the finite verb, or all of a subordinate
        clause (whose finite verb comes last)."""
        return self.after if not self.sub else [t for t in self.outside if t is not self.ft]

    @cached_property
    def position(self) -> dict[int, int]:
        return {t.start: k for k, t in enumerate(self.toks)}

    def participle(self, t: Tok) -> bool:
        """A participle by its shape, not after 'te' (then it is an infinitive: 'te besteden')."""
        k = self.position[t.start]
        prev = self.toks[k - 1] if k else None
        low = prev.low if prev is not None and prev.text[:1].islower() else ""
        return low != "te" and is_participle(t.low, self.lex, low, stranded(self.toks, k, self.lex))

    @cached_property
    def participles(self) -> list[Tok]:
        before = [t for t in self.toks[:self.fi] if self.participle(t)] if self.sub else []
        return [t for t in self.own_after if self.participle(t)] + before


def _token_clause(all_toks: list[Tok], seg: Seg, ctx: SentenceContext, lex: Lexicon) -> Clause | None:
    toks = [t for t in all_toks[seg.a: seg.b] if t.depth == 0 and t.text not in "()[]"]
    while toks and not toks[-1].low[:1].isalnum():
        toks.pop()
    if seg.kind == "main" and len(toks) > 1 and toks[0].low in lex.zero_position:
        toks = toks[1:]  # 'Maar ik kan wel toezeggen ...', 'En dan kunt u ...'
    if not toks:
        return None
    c = Clause(start=toks[0].start, end=toks[-1].end, kind=seg.kind, subordinator=seg.sub)
    if seg.kind == "sub":
        fi, subj = _sub_finite(toks, seg, c, ctx, lex)
    elif seg.kind == "coord":
        fi, subj = _coord_finite(toks, c, ctx, lex)
    else:
        fi, subj = _main_finite(toks, c, ctx, lex, seg.verb_first)
    if fi < 0:
        return None
    c.finite = toks[fi].low
    if c.subject == "other" and not c.subject_head:
        c.subject_head = toks[fi - 1].low if fi > 0 else ""
    v = _View(toks, fi, subj, seg, lex)
    _fill_cluster(c, v, lex)
    _fill_voice(c, v, ctx, lex)
    _fill_tense(c, v, lex)
    _fill_kamer_and_time(c, v, ctx, lex)
    c.action = _action(v, all_toks, lex)
    return c


# --- the finite verb and the subject --------------------------------------------------------------

def _sub_finite(toks: list[Tok], seg: Seg, c: Clause, ctx: SentenceContext,
                lex: Lexicon) -> tuple[int, tuple[int, int]]:
    """A subordinate clause: the subject after the subordinator, the first finite form after it (else the last
    verb-like word)."""
    j0 = 1 if toks[0].low == seg.sub else 0
    hit = actor_at(toks, j0, ctx, lex)
    rest_from, subj = j0, _NO_SUBJECT
    if hit:
        c.subject, c.actor, subj, rest_from = "gov", hit[0], (j0, hit[1]), hit[1]
    elif seg.sub in lex.relatives and j0 == 1:
        c.subject = "other"
    else:
        c.subject = "other" if j0 < len(toks) else "none"
        if j0 < len(toks):
            c.subject_head = toks[j0].low
    for k in range(rest_from, len(toks)):
        if toks[k].low in lex.finite_forms and not nonfinite(toks, k, lex):
            return k, subj
    for k in range(len(toks) - 1, rest_from - 1, -1):
        if verblike(toks[k], lex):
            return k, subj
    return -1, subj


def _coord_finite(toks: list[Tok], c: Clause, ctx: SentenceContext, lex: Lexicon) -> tuple[int, tuple[int, int]]:
    """A coordinated verb phrase opens with its verb ('en zal ...'), perhaps with a subject of its own."""
    if not (verblike(toks[0], lex) or toks[0].low in lex.finite_forms):
        return -1, _NO_SUBJECT
    hit = actor_at(toks, 1, ctx, lex)
    if hit:
        c.subject, c.actor = "gov", hit[0]
        return 0, (1, hit[1])
    return 0, _NO_SUBJECT


def _main_finite(toks: list[Tok], c: Clause, ctx: SentenceContext, lex: Lexicon,
                 verb_first: bool = False) -> tuple[int, tuple[int, int]]:
    """A main clause: a government subject first and its verb ('Het kabinet zal'), else the first finite verb
    and the subject next to it."""
    first = _leading_actor(toks, ctx, lex)
    if first is not None:
        fi, actor, end = first
        c.subject, c.actor = "gov", actor
        return fi, (0, end)
    for k in range(len(toks)):
        inverted = actor_at(toks, k + 1, ctx, lex)
        opens = (inverted and verblike(toks[0], lex)) or (verb_first and toks[0].low in lex.finite_forms)
        if k == 0 and not opens:
            continue  # only after a coordinator or a subordinate clause does a main clause open with its verb
        if nonfinite(toks, k, lex) or not (toks[k].low in lex.finite_forms or (inverted and verblike(toks[k], lex))):
            continue
        if inverted and (toks[k + 1].low in lex.nominative or not _subject_first(toks, k, ctx, lex)):
            # 'ik', 'wij' can only be the subject: what stands before the verb is then its object ('Dat zullen
            # we doen', 'Dat contact zal ik houden').
            c.subject, c.actor = "gov", inverted[0]
            c.fronted_object = k == 1 and toks[0].low in lex.fronting
            return k, (k + 1, inverted[1])
        # Not the government, or 'Deze leden vragen de minister': the minister is the object.
        c.subject = "other"
        c.expletive = k == 1 and toks[0].low == "er"
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and (nxt.low in lex.determiners or nxt.text[:1].isupper()):
            c.subject_head = _np_head(toks, k + 1, ctx, lex)  # inverted: 'zal de conferentie'
        elif toks[0].low in lex.determiners and k > 1:
            c.subject_head = _np_head(toks, 0, ctx, lex)  # 'De brief over de tarieven komt eraan'
        else:
            c.subject_head = toks[k - 1].low  # 'Deze zal'
        return k, _NO_SUBJECT
    return -1, _NO_SUBJECT


def _leading_actor(toks: list[Tok], ctx: SentenceContext, lex: Lexicon) -> tuple[int, str, int] | None:
    """(finite verb, actor, end of the subject) when the clause opens with a government actor and its verb;
    two actors joined by 'en' are one subject ('de minister van VWS en de minister van OCW')."""
    hit = actor_at(toks, 0, ctx, lex)
    if not hit:
        return None
    actor, end = hit
    k = end
    if k + 1 < len(toks) and toks[k].low == "en":
        second = actor_at(toks, k + 1, ctx, lex)
        if second:
            actor, end = f"{actor} en {second[0]}", second[1]
            k = end
    while k < len(toks) and (toks[k].low in lex.coordination_gap or
                             (k > end and toks[k].text[:1].isupper())) and toks[k].low not in lex.finite_forms:
        k += 1
    if k < len(toks) and (toks[k].low in lex.finite_forms or verblike(toks[k], lex)):
        return k, actor, end
    return None


def _subject_first(toks: list[Tok], k: int, ctx: SentenceContext, lex: Lexicon) -> bool:
    """Whether the words before the finite verb at k are themselves the subject: a noun phrase or a
    pronoun that is not a time expression ('Deze leden vragen ...', 'Zij vragen ...')."""
    pre = toks[:k]
    if not pre:
        return False
    spans = [(d.start, d.end) for d in ctx.dates]
    if any(a <= pre[0].start < b for a, b in spans):
        return False
    if any(t.low in lex.prepositions or t.low in lex.subordinators for t in pre):
        return False
    first = pre[0].low
    return first in lex.subject_pronouns or first in lex.determiners


def _np_head(toks: list[Tok], j: int, ctx: SentenceContext, lex: Lexicon) -> str:
    """The noun a noun phrase starting at token j ends in: 'de conferentie begin 2023' -> conferentie."""
    date_starts = {d.start for d in ctx.dates}
    head = ""
    for k in range(j, len(toks)):
        t = toks[k]
        if k > j and (t.start in date_starts or t.low in lex.prepositions or t.low in lex.function_words or
                      t.low in lex.skip_adverbs or t.low in lex.finite_forms or not t.low.isalpha()):
            break
        if t.low not in lex.determiners:
            head = t.low
    return head


# --- what surrounds the finite verb ------------------------------------------------------------------

def _fill_cluster(c: Clause, v: _View, lex: Lexicon) -> None:
    """The words, the verb cluster, a 'te' infinitive, the separable particle and what follows the verb."""
    scope = v.scope
    c.words = [t.low for t in v.outside if t is not v.ft]
    r_word = any(t.low in lex.r_pronouns for t in v.toks[:v.fi])  # 'daar kan ik de Kamer over informeren'
    c.infinitives = [t.low for k, t in enumerate(scope) if is_infinitive(scope, k, lex, r_word)]
    own = v.scope if v.sub else v.own_after
    infinitives = set(c.infinitives)
    c.own_infinitives = [t.low for t in own if t.low in infinitives and not _after_te(t, v)]
    after_words = {t.low for t in v.after}
    participles = {t.start for t in v.participles}  # own_after's participles among them, each judged once
    c.verbs = [t.low for t in v.own_after if t.low in lex.aux_forms or t.start in participles] + \
        [i for i in c.infinitives if i not in after_words]
    c.te_infinitive = any(t.low == "te" and k + 1 < len(scope) and (is_infinitive(scope, k + 1, lex) or
                                                                     scope[k + 1].low in lex.aux_forms)
                          for k, t in enumerate(scope))
    c.particle = _particle(scope, lex)
    c.complement = " ".join(t.low for t in skip_adverbs(v.after, lex)[:4])


def _after_te(t: Tok, v: _View) -> bool:
    k = v.position[t.start]
    return k > 0 and v.toks[k - 1].low == "te"


def _particle(scope: list[Tok], lex: Lexicon) -> str:
    """The separable particle of the verb: 'zet ... in (op)', 'kom ... terug', 'werk ... uit', 'blik ... vooruit'."""
    words = [t.low for t in scope]
    if "terug" in words:
        return "terug"
    for k, w in enumerate(words):
        if w == "kaart" and k and words[k - 1] == "in":
            return "kaart"
    for k, w in enumerate(words):
        if w not in lex.particles:
            continue
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if not nxt or nxt in lex.particle_enders:
            return w
        if w in ("in", "vooruit", "stil", "toe") and nxt in lex.particle_in_followers:
            return w
    return ""


def _fill_voice(c: Clause, v: _View, ctx: SentenceContext, lex: Lexicon) -> None:
    """Participles, passive voice and its agent, negation and hedging."""
    toks, ft = v.toks, v.ft
    c.participles = [t.low for t in v.participles]
    for t in v.participles:
        j = v.position[t.start] - 1
        while j > 0 and toks[j].low in lex.aux_forms:
            j -= 1  # 'nader worden uitgewerkt'; not 'het nader rapport wordt ingegaan'
        if j >= 0 and toks[j].low in lex.passive_future_adverbs:
            c.adverb_before_participle = True
    c.negated = any(t.low in lex.negations for t in v.outside)
    before = [t for k, t in enumerate(v.toks[:v.fi]) if not v.subj[0] <= k < v.subj[1]] if v.sub else []
    c.refused = any(t.low in lex.negations for t in v.own_after + before)
    c.hedged = bool(lex.hedges.search(ctx.text, c.start, c.end))
    future_passive = ft.low in lex.future and any(t.low == "worden" for t in v.own_after)
    c.passive = bool(v.participles) and (ft.low in lex.passive_present or future_passive)
    if not c.passive:
        if ft.low in lex.be and v.participles:
            c.agent = _agent(toks, v.fi, ctx, lex)  # 'Er is door de minister toegezegd'
        return
    c.agent = _agent(toks, v.fi, ctx, lex)
    if c.subject == "other" and v.seg.kind == "main" and actor_at(toks, v.fi + 1, ctx, lex):
        c.subject = "gov"


def _agent(toks: list[Tok], fi: int, ctx: SentenceContext, lex: Lexicon) -> str:
    """Who acts in a passive: 'door het kabinet' (gov), 'door de gemeenten' (other), or nobody said ('')."""
    for k in range(fi + 1, len(toks)):
        if toks[k].low == "door" and k + 1 < len(toks) and toks[k + 1].low != "middel":
            return "gov" if actor_at(toks, k + 1, ctx, lex) else "other"
    return ""


def _fill_tense(c: Clause, v: _View, lex: Lexicon) -> None:
    low = v.ft.low
    if is_past(low, lex) or low in ("werd", "werden"):
        c.tense = "past"
    elif low in (lex.have | lex.be) and v.participles and not c.passive and \
            not any(w in c.words for w in lex.intend):
        c.tense = "perf"


def _fill_kamer_and_time(c: Clause, v: _View, ctx: SentenceContext, lex: Lexicon) -> None:
    """The Kamer as subject ('Uw Kamer ontvangt', 'ontvangt u') or object, an opinion's 'dat', future time."""
    text, toks, fi = ctx.text, v.toks, v.fi
    c.kamer_subject = bool(lex.kamer_subject.match(text, c.start)) or \
        bool(lex.kamer_subject.match(text, toks[fi + 1].start if fi + 1 < len(toks) else c.end))
    if ctx.doc_type in lex.u_is_the_kamer and ((fi + 1 < len(toks) and toks[fi + 1].low == "u") or
                                               (fi == 1 and toks[0].low == "u")):
        c.kamer_subject = True  # 'Eind dit jaar ontvangt u ...' in a letter to the Kamer
    c.kamer_object = bool(lex.kamer_object.search(text[v.ft.end: c.end])) or (
        v.sub and bool(lex.kamer_object.search(text[c.start: v.ft.start])))
    c.dat_clause = bool(v.after) and v.after[0].low == "dat" and not all(
        t.low in lex.skip_adverbs or t.low in c.infinitives for t in v.after[1:])  # not 'wil ik dat graag doen'
    if v.sub and v.seg.sub == "dat":
        c.opinion = bool(lex.opinion_before_dat.search(text[ctx.start: c.start]))
    c.future_time = future_time(ctx, c.start, c.end, topical=v.seg.kind in ("main", "coord"))


def _action(v: _View, all_toks: list[Tok], lex: Lexicon) -> tuple[int, int]:
    """What is promised: from the finite verb (after the subject in a subordinate clause) to the clause end."""
    toks, seg = v.toks, v.seg
    if v.sub and v.subj != _NO_SUBJECT and v.subj[1] < len(toks):
        a0 = toks[v.subj[1]].start
    elif v.sub and len(toks) > 1 and toks[0].low == seg.sub:
        a0 = toks[1].start
    else:
        a0 = v.ft.start
    last = [t for t in all_toks[seg.a: seg.b] if t.start >= a0 and t.text not in ",;:"]
    last = last[: lex.max_action_tokens]
    while last and (not last[-1].low[:1].isalnum() and last[-1].text not in ")”’»"):
        last.pop()
    return a0, last[-1].end if last else v.ft.end
