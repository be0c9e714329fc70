"""What both clause front-ends produce for the decision: the sentence's context and its clauses."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.extract.commitments.lexicon import Lexicon
from pipeline.extract.dates import Anchor, TimeExpr


@dataclass(frozen=True)
class SentenceContext:
    """The sentence a clause stands in, with what the document tells about it."""

    start: int
    end: int
    text: str
    anchor: Anchor
    dates: list[TimeExpr]
    doc_type: str = ""
    own_events: dict[str, str] = field(default_factory=dict)  # event noun -> the government actor organising it


@dataclass
class Clause:
    """One clause, filled step by step by a front-end (hence mutable); read by :func:`decide`."""

    start: int
    end: int
    kind: str  # main, coord (a verb phrase sharing the previous clause's subject), sub
    finite: str = ""  # the finite verb, lowercase
    verbs: list[str] = field(default_factory=list)  # the other verbs of its cluster
    words: list[str] = field(default_factory=list)  # lowercase words of the clause outside its subject
    infinitives: list[str] = field(default_factory=list)
    te_infinitive: bool = False
    particle: str = ""
    complement: str = ""  # the words right after the finite verb (what 'blijft' is followed by)
    actor: str = ""  # normalized government actor, when the subject is one
    subject: str = "none"  # gov, other, none
    subject_head: str = ""
    passive: bool = False
    agent: str = ""  # '', gov, other
    tense: str = "pres"  # pres, past, perf
    kamer_object: bool = False
    kamer_subject: bool = False
    dat_clause: bool = False
    opinion: bool = False
    future_time: bool = False
    action: tuple[int, int] = (0, 0)
    subordinator: str = ""
    participles: list[str] = field(default_factory=list)
    adverb_before_participle: bool = False  # 'wordt nader uitgewerkt', 'verder gespecificeerd'
    negated: bool = False
    refused: bool = False  # a negation before any complement: 'wil ik niet', 'ben ik niet bereid', 'zeg niet toe'
    fronted_object: bool = False  # 'Dat wil ik', 'Dat zeg ik toe': a pronoun object before the verb
    expletive: bool = False  # 'Er komt een regeling': 'er' in the subject's place
    offered: bool = False  # after 'als de Kamer dat wil': 'kan ik ...' is an offer
    promised_content: bool = False  # the 'dat' clause of 'Ik zeg toe dat ...': part of that one promise
    own_infinitives: list[str] | None = None  # the verb cluster's infinitives, not a complement's ('om ... te')
    hedged: bool = False
    from_parse: bool = False

    @property
    def infinitive(self) -> bool:
        return bool(self.infinitives)


def match_actor(text: str, pos: int, doc_type: str, lex: Lexicon) -> tuple[str, int] | None:
    """The government actor starting at ``pos`` (normalized, end offset), if one does."""
    if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "-"):
        return None
    if lex.actor_opening.match(text, pos) is None:
        return None
    for rx, template, types in lex.actors:
        if types and doc_type not in types:
            continue
        m = rx.match(text, pos)
        if not m:
            continue
        end = m.end()
        if end < len(text) and (text[end].isalnum() or text[end] == "-"):
            continue
        groups = {k: " ".join((v or "").split()) for k, v in m.groupdict().items()}
        if "office" in groups:
            groups["office"] = groups["office"].lower()
        return template.format(**groups), end
    return None
