"""Commitments (toezeggingen): what the government promises parliament.

A sentence holds a commitment when the government (het kabinet, a minister or
state secretary, the ministry, ``Nederland`` speaking as the government, or the
signers as ``wij``/``ik``) undertakes a future action: a modal future (``zal``,
``gaat``, ``wil``), a continuative (``blijft ... inzetten``), the fixed phrases of
Dutch government letters (``zet in op``, ``informeren wij uw Kamer``, ``komen
hierop terug``, ``onderzoekt``, ``is voornemens``, ``heeft toegezegd``), the
present tense with an explicit future time (``investeert Defensie de komende
jaren``), or an agentless passive of what the government will do (``De komende
maanden worden de aanbevelingen besproken``). What other states or bodies do,
past actions, descriptions, opinions and questions are not commitments.

The sentence is first cut into clauses with their finite verb, subject, verb
cluster and time expressions; that is done by the dependency tree when the
spaCy model has a parser (:mod:`pipeline.extract.clauses`, ``dependency_clauses``)
and by token patterns otherwise (``token_clauses``). One decision procedure,
:func:`decide`, then judges each clause, so both paths apply the same cues from
``models/commitments.json``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.document import Footnote
from pipeline.extract.clauses import (
    Clause,
    Lexicon,
    SentenceContext,
    date_class,
    dependency_clauses,
    lexicon,
    match_actor,
    opens_sentence,
    token_clauses,
)
from pipeline.extract.dates import TimeExpr
from pipeline.extract.metadata import Metadata
from pipeline.extract.references import Reference
from pipeline.extract.sentences import sentence_spans
from pipeline.lang.motion_block import block_spans


@dataclass(frozen=True)
class CommitmentValue:
    """One promise: the sentence it stands in, who promises, what, by when, and what it cites."""

    start: int  # the sentence
    end: int
    actor: str
    action: tuple[int, int]
    cue: str
    deadline: TimeExpr | None = None
    references: tuple[str, ...] = ()
    earlier_commitment: bool = False  # 'zoals toegezegd': the sentence recalls an earlier promise
    earlier_references: tuple[str, ...] = ()
    path: str = "tokens"  # dependency (a parser's tree) or tokens (word order)


@dataclass(frozen=True)
class Body:
    """The text commitments are looked for in, with what the other finders and the document facts tell."""

    text: str
    sentences: list[tuple[int, int]]
    references: list[Reference]
    dates: list[TimeExpr]
    facts: Metadata
    notes: list[tuple[Footnote, list[Reference]]] = field(default_factory=list)  # footnotes and their references
    parsed: Doc | None = None  # the Doc of ``text`` when a parser ran


def find_commitments(body: Body) -> list[CommitmentValue]:
    """The commitments of one document's body, in text order, one per promised action."""
    lex = lexicon()
    text, doc_type = body.text, body.facts.doc_type
    dates = sorted(body.dates, key=lambda d: d.start)
    date_starts = [d.start for d in dates]
    skip = _skipped_spans(text)
    speakers = _speakers(body.facts)
    own_events = _own_events(text, lex)
    out: list[CommitmentValue] = []
    for s, e in body.sentences:
        s = _strip_bullet(text, s, e, lex)
        if s >= e or any(a <= s < b for a, b in skip) or _not_a_statement(text[s:e], lex):
            continue
        lo, hi = bisect.bisect_left(date_starts, s), bisect.bisect_left(date_starts, e)
        ctx = SentenceContext(start=s, end=e, text=text, anchor=body.facts.anchor, dates=dates[lo:hi],
                              doc_type=doc_type, own_events=own_events)
        span = body.parsed.char_span(s, e, alignment_mode="expand") if body.parsed is not None else None
        clauses = dependency_clauses(span, ctx, lex) if span is not None else token_clauses(ctx, lex)
        seen: set[tuple[int, int]] = set()
        for c in clauses:
            cue = decide(c, ctx, lex)
            if not cue or (c.action in seen):
                continue
            seen.add(c.action)
            out.append(_value(body, c, cue, ctx, speakers, lex))
    return out


# --- the decision ---------------------------------------------------------------------------

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
        if c.subject == "gov" and any(p in c.words for p in lex.promise_participles):
            need_te = [p for p in c.words if p in lex.promise_need_te]
            if not need_te or c.te_infinitive:
                return "toezegging"
        return ""
    if c.subject != "gov":
        if f in lex.future and c.subject_head and _own_event(c, ctx):
            return "eigen evenement"
        if c.kamer_subject and f in lex.receive_verbs and ctx.doc_type in lex.passive_implied and \
                (c.future_time or any(w in lex.document_nouns for w in c.words)):
            return "informeren"  # 'Uw Kamer ontvangt voor de zomer een brief over ...'
        return ""
    if _discourse(c, ctx, lex):
        return ""
    if f in lex.future:
        return "zal"
    if f in lex.go:
        words = " ".join(c.words)
        if any(c.complement.startswith(n) for n in lex.go_not) or " uit van" in f" {words}" or "ervan uit" in words:
            return ""  # 'gaat over', 'gaat om', 'gaat ervan uit': no promise
        if c.infinitive or any(g in " ".join(c.words) for g in lex.go_complements):
            return "gaan"
        if f in lex.explore_separable and c.particle == lex.explore_separable[f]:
            return "onderzoek"
        return ""
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
    if f in lex.hold and lex.keep_informed in " ".join(c.words):
        return "informeren"  # 'Ik houd uw Kamer op de hoogte'
    if f in lex.expect_verbs and c.te_infinitive and c.kamer_object and \
            any(i in " ".join(c.words) for i in lex.inform_infinitives):
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


def _own_event(c: Clause, ctx: SentenceContext) -> bool:
    """'De conferentie zal ... plaatsvinden' about a conference the government itself organises."""
    head = c.subject_head
    if head in ctx.own_events:
        return True
    lex = lexicon()
    if head in lex.event_parts:
        sent = ctx.text[ctx.start: ctx.end].lower()
        return any(re.search(rf"\b{re.escape(ev)}\b", sent) for ev in ctx.own_events)
    return False


# --- values -----------------------------------------------------------------------------------

def _value(body: Body, c: Clause, cue: str, ctx: SentenceContext, speakers: dict[str, str],
           lex: Lexicon) -> CommitmentValue:
    text = body.text
    s, e = ctx.start, ctx.end
    cited = [r for r in body.references if s <= r.start < e]
    for f, refs in body.notes:
        if f.anchor_char is not None and s < f.anchor_char <= e + 1:
            cited += refs
    earlier = lex.earlier.search(text, s, e)
    earlier_refs = []
    if earlier:
        earlier_refs = [r.canonical for r in body.references
                        if earlier.start() <= r.start <= earlier.end() + 80 and s <= r.start < e]
    actor = c.actor or ""
    if cue == "eigen evenement":
        actor = ctx.own_events.get(c.subject_head) or next(iter(ctx.own_events.values()), "het kabinet")
    elif c.subject != "gov":
        actor = speakers.get("implied", "het kabinet")
    actor = speakers.get(actor, actor)
    return CommitmentValue(
        start=s, end=e, actor=actor, action=c.action, cue=cue, deadline=_deadline(c, ctx),
        references=tuple(_unique(r.canonical for r in cited if r.canonical)), earlier_commitment=bool(earlier),
        earlier_references=tuple(_unique(earlier_refs)), path="dependency" if c.from_parse else "tokens")


def _unique(items) -> list[str]:
    out: list[str] = []
    for i in items:
        if i not in out:
            out.append(i)
    return out


def _deadline(c: Clause, ctx: SentenceContext) -> TimeExpr | None:
    """The first time expression of the clause that is not in the past; for a main clause, else the one
    the sentence opens with ('In september 2026 komt ... en stelt Nederland ... op')."""
    inside = [d for d in ctx.dates if c.start <= d.start < c.end]
    for d in inside:
        if date_class(d, ctx.anchor) != "past":
            return d
    if c.kind in ("main", "coord") and ctx.dates:
        first = min(ctx.dates, key=lambda d: d.start)
        if first.start < c.start and opens_sentence(ctx, first) and date_class(first, ctx.anchor) != "past":
            return first
    return None


# --- document-level helpers ------------------------------------------------------------------

def _strip_bullet(text: str, s: int, e: int, lex: Lexicon) -> int:
    m = lex.bullets.match(text, s, e)
    while m and m.end() > s:
        s = m.end()
        m = lex.bullets.match(text, s, e)
    return s


def _not_a_statement(sent: str, lex: Lexicon) -> bool:
    """Questions (also the members' questions a report restates), quotations and headings promise nothing."""
    stripped = sent.rstrip()
    if stripped.endswith("?") or lex.reported_question.search(stripped):
        return True
    if stripped[:1] in lex.quote_open and stripped[-1:] in "”’\"»'":
        return True
    return len(stripped.split()) < 3


_VRAAG = re.compile(r"^\s*Vraag\s*\d*\s*$", re.M)
_ANTWOORD = re.compile(r"^\s*Antwoord\b", re.M)


def _skipped_spans(text: str) -> list[tuple[int, int]]:
    """Text that is not the government speaking: the members' questions, and motions printed in the document."""
    spans = []
    for m in _VRAAG.finditer(text):
        a = _ANTWOORD.search(text, m.end())
        spans.append((m.start(), a.start() if a else len(text)))
    return spans + block_spans(text)


def _speakers(facts: Metadata) -> dict[str, str]:
    """Who 'ik' and 'u' are: the one signer ('de staatssecretaris van Veiligheid en Justitie'), the addressee
    of a beslisnota; and who acts in an agentless passive."""
    roles = facts.speaking_roles()
    out: dict[str, str] = {}
    if len(roles) == 1:
        role = roles[0]
        out["ik"] = "de " + role[:1].lower() + role[1:]
        out["implied"] = out["ik"]
    elif roles:
        out["implied"] = "het kabinet"
    if facts.doc_type == "beslisnota" and facts.addressee:
        out["u"] = "de " + facts.addressee[:1].lower() + facts.addressee[1:]
    elif facts.doc_type == "beslisnota":
        out["u"] = "de minister"
    return out


def _own_events(text: str, lex: Lexicon) -> dict[str, str]:
    """Events the government organises itself, with who organises them: 'Nederland organiseert de conferentie',
    'Met de conferentie zet Nederland ...'. Only present and future statements count: having organised one
    says nothing of the next."""
    out: dict[str, str] = {}
    for s, e in sentence_spans(text):
        sent = text[s:e]
        am = lex.any_actor.search(sent)
        if not am or re.search(r"\b(?:heeft|hebben|heb|had|hadden|werd|werden|was|waren)\b", sent):
            continue
        hit = match_actor(sent, am.start(), "", lex)
        actor = hit[0] if hit else "het kabinet"
        nouns = [m.group("noun").lower() for m in lex.event_with.finditer(sent)]
        if lex.event_link.search(sent):
            nouns += re.findall(r"\w+", sent.lower())
        for w in nouns:
            if w in lex.event_nouns:
                out.setdefault(w, actor)
    return out
