"""The one decision both front-ends share: is this clause the government undertaking something, and by
which cue."""

from __future__ import annotations

import re

from pipeline.extract.commitments.clause import Clause, SentenceContext
from pipeline.extract.commitments.lexicon import Lexicon
from pipeline.extract.commitments.tokens import is_participle


def decide(c: Clause, ctx: SentenceContext, lex: Lexicon) -> str:
    """The cue that makes this clause a government commitment, or '' when it is none."""
    f = c.finite
    if not f or c.opinion or c.promised_content or c.subordinator in lex.no_promise_subordinators:
        return ""
    if _procedure(c, lex) or (ctx.doc_type in lex.debate_types and _answers_in_debate(c, lex)):
        return ""
    if c.hedged and not (c.subject == "gov" and (c.kamer_object or c.kamer_subject)):
        return ""  # 'naar verwachting', 'wellicht': no promise, unless the government says what the Kamer gets
    if c.subject == "gov" and c.fronted_object and (
            c.refused or (c.infinitives and all(i in lex.perception for i in c.infinitives))):
        return ""  # 'Dat ga ik niet doen', 'Dat zal ik niet toezeggen': declining; 'Dat zullen we zien': an idiom
    if c.subject == "gov" and (promised := _decide_promise(c, lex)) is not None:
        return promised
    if c.tense == "past" or f in lex.not_modals or any(v in lex.not_modals for v in c.verbs):
        return ""
    if c.passive:
        return _decide_passive(c, ctx, lex)
    if c.tense == "perf":
        return _decide_perfect(c, ctx, lex)
    if c.subject != "gov":
        return _decide_not_gov(c, ctx, lex)
    if _discourse(c, ctx, lex):
        return ""
    return _decide_verb(c, lex)


def may_promise(ctx: SentenceContext, lex: Lexicon) -> bool:
    """Whether any clause of the sentence can be a commitment, before its clauses are cut: :func:`decide` finds
    one only for a finite verb of ``lex.cue_finites`` or a government subject, an actor :func:`match_actor` finds
    at a token of the sentence. A third of a document's sentences has neither, and cutting them into clauses
    cost a seventh of the token path."""
    text, s, e = ctx.text, ctx.start, ctx.end
    return lex.cue_finite.search(text[s:e]) is not None or actor_in(text, s, e, lex)  # tokens see text[s:e]


def actor_in(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """Whether :func:`match_actor` may find an actor starting in text[s:e]. It reads on past ``e``, but only
    through the characters an actor is made of, so the search ends where they do."""
    m = lex.actor_places.search(text, s, _ACTOR_RUN.match(text, e).end())
    return m is not None and m.start() < e


_ACTOR_RUN = re.compile(r"[\w\s'’,-]*")  # every character an actor pattern reads (lexicon.actor_places)


def _procedure(c: Clause, lex: Lexicon) -> bool:
    """The debate itself, not a promise: voting, suspending, co-signing; and what is done with a motion or the
    verdict on it ('De motie zal ik overnemen', 'Ik laat het oordeel aan de Kamer', 'Dan ga ik naar de motie')."""
    verbs = [c.finite, *(c.infinitives if c.own_infinitives is None else c.own_infinitives), *c.participles]
    if any(v in lex.procedure_verbs for v in verbs):
        return True
    motion = any(w.startswith(lex.motion_words) for w in c.words)
    return motion and any(v in lex.verdict_verbs for v in verbs)


def _answers_in_debate(c: Clause, lex: Lexicon) -> bool:
    """'dan zal ik twee vragen beantwoorden' in a debate is what the speaker does next, unless the answer comes
    in writing ('per brief', 'schriftelijk')."""
    verbs = [c.finite, *c.infinitives]
    return any(v in lex.answer_verbs for v in verbs) and any(w.startswith("vra") for w in c.words) and \
        not any(w in lex.in_writing or w.endswith("brief") for w in c.words)


def _decide_promise(c: Clause, lex: Lexicon) -> str | None:
    """The government saying it promises or is willing: 'Ik zeg de heer X toe', 'Dat wil ik graag toezeggen',
    'dat kan ik hem wel toezeggen', 'zou willen toezeggen', 'Ik ben bereid om', 'kan ik de Kamer informeren'.
    '' when it declines ('ik wil niet toezeggen', 'ben ik niet bereid'); None when no such cue stands here."""
    f = c.finite
    cue = ""
    if any(i in lex.promise_infinitives for i in c.infinitives) or (f in lex.promise and c.particle == "toe"):
        cue = "toezegging"
    elif f in lex.be and any(w in lex.willing for w in c.words):
        cue = "bereid"
    elif f in lex.can and c.kamer_object and any(i in lex.inform_infinitives for i in c.infinitives):
        cue = "informeren"  # 'daar kan ik de Kamer over informeren'
    elif f in lex.can and c.offered and any(i not in lex.copulas for i in c.infinitives):
        cue = "aanbod"  # 'Als de Kamer dat wil, kan ik een technische briefing organiseren'
    if not cue:
        return None
    if c.refused:
        return ""
    if f in lex.polite_conditional:  # 'zou willen toezeggen' is polite; 'zou kunnen toezeggen' is not
        return cue if cue == "toezegging" and any(v in lex.want for v in c.verbs + c.words) else ""
    return "" if c.tense == "past" else cue


def _decide_perfect(c: Clause, ctx: SentenceContext, lex: Lexicon) -> str:
    """'heeft toegezegd': a promise made, when the government made it (with its 'te' infinitive if needed);
    'is toegezegd' without another agent, where the document speaks for the government. Not a relative clause:
    'het geld dat is toegezegd', 'de brief die de minister heeft toegezegd' name an earlier promise."""
    if c.kind == "sub" and c.subordinator in lex.relatives:
        return ""
    if c.subject == "gov" and any(p in c.words for p in lex.promise_participles):
        need_te = [p for p in c.words if p in lex.promise_need_te]
        if not need_te or c.te_infinitive:
            return "toezegging"
    impersonal = c.finite in lex.be and any(p in c.participles for p in lex.passive_promise_participles)
    if impersonal and c.agent != "other" and (c.agent == "gov" or ctx.doc_type in lex.passive_implied):
        return "toezegging"  # 'Aan uw Kamer is toegezegd om ...', 'Er is door de minister toegezegd dat ...'
    return ""


def _decide_not_gov(c: Clause, ctx: SentenceContext, lex: Lexicon) -> str:
    """Another subject: an event the government organises, or the Kamer receiving what it was promised."""
    f = c.finite
    if f in lex.future and c.subject_head and _own_event(c, ctx, lex):
        return "eigen evenement"
    if f in lex.come and c.tense == "pres" and ctx.doc_type in lex.announcing and not c.refused and (
            (c.expletive and _announced(c.words[1:], "", lex)) or
            ((c.particle == "aan" or "eraan" in c.words) and c.subject_head.endswith(lex.announced_nouns))):
        return "aankondiging"  # 'Er komt een regeling voor ...', 'Die brief komt eraan'
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
        return _decide_want(c, lex)
    if f in lex.do and (_elliptic(c, lex) or any(w.startswith("toezegging") for w in c.words)):
        return "toezegging"  # 'Dat doe ik graag', 'Die toezegging doe ik'
    if f in lex.keep:
        return "blijven" if _keeps(c, lex) else ""
    if f in lex.put and c.particle == "in":
        return "inzet"
    if f in lex.make and "voor" in c.words and any(w in lex.effort for w in c.words) and \
            any(w in lex.reflexives for w in c.words):
        return "inzet"  # 'Ik maak mij hard voor ...', 'waar het kabinet zich sterk voor maakt'
    if f in lex.inform and c.kamer_object and c.tense == "pres":
        return "informeren"
    if f in lex.hold and lex.keep_informed in words:
        return "informeren"  # 'Ik houd uw Kamer op de hoogte'
    if f in lex.expect_verbs and c.te_infinitive and c.kamer_object and any(i in words for i in lex.inform_infinitives):
        return "informeren"  # 'Ik verwacht uw Kamer in het najaar te kunnen informeren'
    if f in lex.expect_verbs and _completes(c, lex):
        return "verwachting"  # 'Deze evaluaties verwacht ik rond de begroting te hebben afgerond'
    if f in lex.come and c.particle == "terug":
        return "terugkomen"
    if f in lex.come and not c.particle and not any(w in lex.come_not for w in c.words) and \
            _announced(c.words, "met", lex):
        return "komen met"  # 'Ik kom voor de zomer met een brief', 'Het kabinet komt met een regeling'
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


def _completes(c: Clause, lex: Lexicon) -> bool:
    """'verwacht ik ... te hebben afgerond' / '... afgerond te hebben': the government expects to have finished
    its own work."""
    words = c.words
    for k, w in enumerate(words[:-1]):
        if w == "te" and words[k + 1] == "hebben":
            return any(is_participle(p, lex) for p in words[max(0, k - 2): k] + words[k + 2: k + 4])
    return False


def _elliptic(c: Clause, lex: Lexicon) -> bool:
    """'Dat wil ik graag', 'Dat doe ik': a fronted 'dat' answering a request, with only adverbs besides; not
    'Dat doe ik al' (ongoing)."""
    rest = c.words[1:]
    return c.fronted_object and not c.infinitives and all(w in lex.skip_adverbs for w in rest) and \
        not any(w in lex.ongoing for w in rest)


def _decide_want(c: Clause, lex: Lexicon) -> str:
    """'wil ... terugkomen', 'Dat wil ik graag doen', the answer 'Ja, dat wil ik'; not 'wil ik niet',
    'wil ik dat ...' (a wish), 'wil ... zijn', 'wil ... weten'."""
    if c.refused or c.dat_clause:
        return ""
    if not c.infinitives:
        return "willen" if _elliptic(c, lex) else ""
    if all(i in lex.copulas or i in lex.want_not_infinitives for i in c.infinitives):
        return ""
    return "willen"


def _announced(words: list[str], after: str, lex: Lexicon) -> bool:
    """Whether the noun phrase after ``after`` (or at the start, when it is '') names a document or a measure:
    'met een brief aan de Kamer', 'een verplichtstelling van ...', 'die brief'."""
    k = words.index(after) + 1 if after and after in words else 0
    if after and not k:
        return False
    for w in words[k: k + 4]:
        if w in lex.determiners or w in lex.skip_adverbs or (w.endswith("e") and w.isalpha()):
            continue
        return w.endswith(lex.announced_nouns)
    return False


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
    informs_kamer = (c.kamer_subject or c.kamer_object) and any(p in c.words for p in lex.inform_participles)
    implied = lex.announcing if informs_kamer else lex.passive_implied  # who informs the Kamer: the government
    if c.agent != "gov" and ctx.doc_type not in implied:
        return ""  # in a committee's list of decisions or a motion, nobody implies the government
    if c.negated or any(p in lex.passive_not for p in c.participles):
        return ""  # 'wordt niet verwacht', 'wordt verzocht': no undertaking
    if _discourse(c, ctx, lex) or lex.text_deixis.search(ctx.text, c.start, c.end):
        return ""  # 'Hieronder worden deze elementen nader toegelicht': the letter describing itself
    if c.finite in lex.future:
        return "passief"
    later = c.future_time or informs_kamer or c.adverb_before_participle or _in_document(c, lex)
    return "passief" if c.finite in lex.passive_present and later else ""


def _in_document(c: Clause, lex: Lexicon) -> bool:
    """'worden ... meegenomen in de kabinetsreactie': what a coming document of the government will take up."""
    return any(p in lex.inclusion_participles for p in c.participles) and \
        any(w.endswith(lex.announced_documents) for w in c.words if w.isalpha())


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
