"""The one decision both front-ends share: is this clause the government undertaking something, and by
which cue."""

from __future__ import annotations

import re

from pipeline.extract.commitments.clause import Clause, SentenceContext
from pipeline.extract.commitments.lexicon import Lexicon


def decide(c: Clause, ctx: SentenceContext, lex: Lexicon) -> str:
    """The cue that makes this clause a government commitment, or '' when it is none."""
    f = c.finite
    if not f or c.tense == "past" or c.opinion:
        return ""
    if c.hedged and not (c.subject == "gov" and (c.kamer_object or c.kamer_subject)):
        return ""  # 'naar verwachting', 'wellicht': no promise, unless the government says what the Kamer gets
    if f in lex.not_modals or any(v in lex.not_modals for v in c.verbs):
        return ""
    if c.passive:
        return _decide_passive(c, ctx, lex)
    if c.tense == "perf":
        return _decide_perfect(c, lex)
    if c.subject != "gov":
        return _decide_not_gov(c, ctx, lex)
    if _discourse(c, ctx, lex):
        return ""
    return _decide_verb(c, lex)


def _decide_perfect(c: Clause, lex: Lexicon) -> str:
    """'heeft toegezegd': a promise made, when the government made it (with its 'te' infinitive if needed)."""
    if c.subject == "gov" and any(p in c.words for p in lex.promise_participles):
        need_te = [p for p in c.words if p in lex.promise_need_te]
        if not need_te or c.te_infinitive:
            return "toezegging"
    return ""


def _decide_not_gov(c: Clause, ctx: SentenceContext, lex: Lexicon) -> str:
    """Another subject: an event the government organises, or the Kamer receiving what it was promised."""
    f = c.finite
    if f in lex.future and c.subject_head and _own_event(c, ctx, lex):
        return "eigen evenement"
    if c.kamer_subject and f in lex.receive_verbs and ctx.doc_type in lex.passive_implied and \
            (c.future_time or any(w in lex.document_nouns for w in c.words)):
        return "informeren"  # 'Uw Kamer ontvangt voor de zomer een brief over ...'
    return ""


def _decide_verb(c: Clause, lex: Lexicon) -> str:
    """The government as subject: the cue its finite verb (with particle, cluster, complement) gives."""
    f = c.finite
    words = " ".join(c.words)
    if f in lex.future:
        return "zal"
    if f in lex.go:
        return _decide_go(c, lex)
    if f in lex.want:
        if c.dat_clause or not c.infinitives or all(i in lex.copulas for i in c.infinitives):
            return ""
        return "willen"
    if f in lex.keep:
        return "blijven" if _keeps(c, lex) else ""
    if f in lex.put and c.particle == "in":
        return "inzet"
    if f in lex.inform and c.kamer_object and c.tense == "pres":
        return "informeren"
    if f in lex.hold and lex.keep_informed in words:
        return "informeren"  # 'Ik houd uw Kamer op de hoogte'
    if f in lex.expect_verbs and c.te_infinitive and c.kamer_object and any(i in words for i in lex.inform_infinitives):
        return "informeren"  # 'Ik verwacht uw Kamer in het najaar te kunnen informeren'
    if f in lex.come and c.particle == "terug":
        return "terugkomen"
    if f in lex.explore or (f in lex.explore_separable and c.particle == lex.explore_separable[f]):
        return "onderzoek"
    if f in lex.let and any(i in lex.explore_infinitives for i in c.infinitives):
        return "onderzoek"
    if (f in lex.be or f in lex.have) and any(w in c.words for w in lex.intend):
        return "voornemen"
    if f in lex.have and "voornemen" in c.words:
        return "voornemen"
    if f in lex.promise and c.particle == "toe":
        return "toezegging"
    if c.tense == "pres" and c.future_time and f not in lex.stative and f not in lex.aux_forms:
        return "gepland"
    return ""


def _decide_go(c: Clause, lex: Lexicon) -> str:
    """'gaat ... uitwerken' is a promise; 'gaat over', 'gaat om', 'gaat ervan uit' are not."""
    f = c.finite
    words = " ".join(c.words)
    if any(c.complement.startswith(n) for n in lex.go_not) or " uit van" in f" {words}" or "ervan uit" in words:
        return ""
    if c.infinitive or any(g in words for g in lex.go_complements):
        return "gaan"
    if f in lex.explore_separable and c.particle == lex.explore_separable[f]:
        return "onderzoek"
    return ""


def _decide_passive(c: Clause, ctx: SentenceContext, lex: Lexicon) -> str:
    if c.subject == "gov" or c.agent == "other":
        return ""  # the government as patient ('Nederland wordt gevraagd'), or someone else acting
    if c.agent != "gov" and ctx.doc_type not in lex.passive_implied:
        return ""  # in a committee's list of decisions or a motion, nobody implies the government
    if c.negated or any(p in lex.passive_not for p in c.participles):
        return ""  # 'wordt niet verwacht', 'wordt verzocht': no undertaking
    if _discourse(c, ctx, lex) or lex.text_deixis.search(ctx.text, c.start, c.end):
        return ""  # 'Hieronder worden deze elementen nader toegelicht': the letter describing itself
    if c.finite in lex.future:
        return "passief"
    if c.finite in lex.passive_present:
        informs_kamer = c.kamer_subject and any(p in c.words for p in lex.inform_participles)
        if c.future_time or informs_kamer or c.adverb_before_participle:
            return "passief"
    return ""


def _keeps(c: Clause, lex: Lexicon) -> bool:
    """'blijft investeren', 'blijft zich inzetten', 'blijft in gesprek': yes; 'blijft een partner', 'blijft van
    belang', 'blijft achter': no."""
    comp = c.complement
    if any(re.search(rf"\b{re.escape(k)}\b", comp) for k in lex.keep_complements):
        return True  # 'blijf ik in nauw contact met', 'blijft alert'
    first = comp.split(" ")[0] if comp else ""
    if first in lex.keep_stative or comp.startswith(tuple(s for s in lex.keep_stative if " " in s)):
        return False
    return c.infinitive


def _discourse(c: Clause, ctx: SentenceContext, lex: Lexicon) -> bool:
    """A verb that describes the letter itself ('ga ik in op', 'zal ik schetsen'), unless a later
    document or time is promised."""
    main = c.infinitives[0] if c.infinitives else c.finite
    hit = main in lex.discourse or any(w in lex.discourse for w in c.words if w in lex.discourse_participles_set)
    if not hit and c.particle and c.particle in lex.discourse_particles.get(c.finite, ()):
        hit = True
    if not hit:
        return False
    # 'In de volgende voortgangsbrief zal ik ingaan op ...' does promise something.
    later = lex.future_document.search(ctx.text, ctx.start, ctx.end) or (c.future_time and c.finite in lex.future)
    return not later


def _own_event(c: Clause, ctx: SentenceContext, lex: Lexicon) -> bool:
    """'De conferentie zal ... plaatsvinden' about a conference the government itself organises."""
    head = c.subject_head
    if head in ctx.own_events:
        return True
    if head in lex.event_parts:
        sent = ctx.text[ctx.start: ctx.end].lower()
        return any(re.search(rf"\b{re.escape(ev)}\b", sent) for ev in ctx.own_events)
    return False
