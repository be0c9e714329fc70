"""Commitments (toezeggingen) of one document: each sentence's clauses judged by :func:`decide`, and the
promise's actor, action, deadline and citations."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from pipeline.document import Footnote
from pipeline.extract.commitments.clause import Clause, SentenceContext
from pipeline.extract.commitments.decide import decide, may_promise
from pipeline.extract.commitments.dependency_clauses import dependency_clauses
from pipeline.extract.commitments.lexicon import Lexicon, lexicon
from pipeline.extract.commitments.speakers import own_events, speakers
from pipeline.extract.commitments.statements import not_a_statement, skipped_spans, strip_bullet
from pipeline.extract.commitments.time import date_class, opens_sentence
from pipeline.extract.commitments.token_clauses import token_clauses
from pipeline.extract.dates import TimeExpr
from pipeline.extract.metadata import Metadata
from pipeline.extract.passage import Passage
from pipeline.extract.references import Reference
from pipeline.extract.turns import Turn, turn_at, verdict

GOVERNMENT_TURN = "government_turn"  # the kind of text a minister's turn in a debate is: the government speaking


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
    speaker: str = ""  # in a debate transcript: the minister or state secretary whose turn it is
    speaker_role: str = ""


def find_commitments(body: Passage, facts: Metadata, notes: Iterable[Passage] = (),
                     parsed: Doc | None = None, turns: Sequence[Turn] = ()) -> list[CommitmentValue]:
    """The commitments of one document's body, in text order, one per promised action.

    ``notes`` are its footnotes (a promise cites what the footnote marked in its sentence cites); ``parsed`` is
    the body's Doc where a parser ran, so that the dependency tree cuts the clauses. ``turns`` are the turns of
    speech of a debate transcript: then only the turns of ministers and state secretaries can promise, 'ik' and
    'wij' there are that speaker, and a verdict on a motion ('oordeel Kamer', 'ontraden') is no promise.
    """
    lex = lexicon()
    text, doc_type = body.text, facts.genre or facts.doc_type  # a committee's decision list is not the government
    marked = [(n.footnote, n.references) for n in notes if n.footnote is not None]
    dates = sorted(body.dates, key=lambda d: d.start)
    date_starts = [d.start for d in dates]
    skipped = _inside(skipped_spans(text))
    who = speakers(facts)
    events = own_events(text, body.sentences, lex)
    out: list[CommitmentValue] = []
    for s, e in body.sentences:
        s = strip_bullet(text, s, e, lex)
        if s >= e or skipped(s) or not_a_statement(text[s:e], lex):
            continue
        turn = turn_at(turns, s) if turns else None
        if turns and (turn is None or not turn.government):
            continue  # a debate: the chair and the members promise nothing on the government's behalf
        lo, hi = bisect.bisect_left(date_starts, s), bisect.bisect_left(date_starts, e)
        ctx = SentenceContext(start=s, end=e, text=text, anchor=facts.anchor, dates=dates[lo:hi],
                              doc_type=GOVERNMENT_TURN if turn is not None else doc_type, own_events=events)
        span = parsed.char_span(s, e, alignment_mode="expand") if parsed is not None else None
        if span is not None:
            clauses = dependency_clauses(span, ctx, lex)
        else:
            clauses = token_clauses(ctx, lex) if may_promise(ctx, lex) else []
        seen: set[tuple[int, int]] = set()
        for c in clauses:
            cue = decide(c, ctx, lex)
            if not cue or (c.action in seen) or (turn is not None and verdict(text[c.start:c.end])):
                continue
            seen.add(c.action)
            out.append(_spoken(_value(body, marked, c, cue, ctx, _voice(who, turn), lex), turn))
    return out


def _inside(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset stands inside one of the spans (by bisection: one sentence at a time would otherwise
    test every span of the document)."""
    ordered = sorted(spans)
    starts = [a for a, _b in ordered]
    reach = list(itertools.accumulate((b for _a, b in ordered), max))  # furthest end among the first i spans
    return lambda pos: (i := bisect.bisect_right(starts, pos)) > 0 and reach[i - 1] > pos


# --- values -----------------------------------------------------------------------------------

def _value(body: Passage, marked: list[tuple[Footnote, list[Reference]]], c: Clause, cue: str,
           ctx: SentenceContext, who: dict[str, str], lex: Lexicon) -> CommitmentValue:
    text = body.text
    s, e = ctx.start, ctx.end
    cited = [r for r in body.references if s <= r.start < e]
    for f, refs in marked:
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
        actor = who.get("implied", "het kabinet")
    actor = who.get(actor, actor)
    return CommitmentValue(
        start=s, end=e, actor=actor, action=c.action, cue=cue, deadline=_deadline(c, ctx),
        references=tuple(_unique(r.canonical for r in cited if r.canonical)), earlier_commitment=bool(earlier),
        earlier_references=tuple(_unique(earlier_refs)), path="dependency" if c.from_parse else "tokens")


def _voice(who: dict[str, str], turn: Turn | None) -> dict[str, str]:
    """Who 'ik', 'wij' and an agentless passive are in a government speaker's turn: that speaker."""
    if turn is None:
        return who
    me = turn.label()
    return {**who, "ik": me, "wij": me, "implied": me}


def _spoken(value: CommitmentValue, turn: Turn | None) -> CommitmentValue:
    return value if turn is None else replace(value, speaker=turn.speaker, speaker_role=turn.role)


def _unique(items: Iterable[str]) -> list[str]:
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
