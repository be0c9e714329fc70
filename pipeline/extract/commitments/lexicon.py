"""The cues of the commitment finder (``models/commitments.json``): actors, verb forms, phrases, word shapes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from pipeline.resources import load_json


@dataclass(frozen=True)
class Lexicon:
    actors: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]
    any_actor: re.Pattern[str]
    future: frozenset[str]
    go: frozenset[str]
    want: frozenset[str]
    keep: frozenset[str]
    put: frozenset[str]
    inform: frozenset[str]
    come: frozenset[str]
    promise: frozenset[str]
    let: frozenset[str]
    explore: frozenset[str]
    explore_separable: dict[str, str]
    explore_infinitives: frozenset[str]
    intend: tuple[str, ...]
    have: frozenset[str]
    be: frozenset[str]
    passive_present: frozenset[str]
    past_aux: frozenset[str]
    strong_past: frozenset[str]
    not_modals: frozenset[str]
    promise_participles: frozenset[str]
    promise_need_te: frozenset[str]
    particle_in_followers: frozenset[str]
    particles: frozenset[str]
    go_complements: tuple[str, ...]
    go_not: tuple[str, ...]
    keep_complements: tuple[str, ...]
    keep_stative: tuple[str, ...]
    skip_adverbs: frozenset[str]
    discourse: frozenset[str]
    discourse_participles_set: frozenset[str]
    discourse_particles: dict[str, list[str]]
    stative: frozenset[str]
    function_words: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    noun_suffixes: tuple[str, ...]
    infinitive_exceptions: frozenset[str]
    participle_prefixes: tuple[str, ...]
    copulas: frozenset[str]
    subordinators: frozenset[str]
    relatives: frozenset[str]
    comma_only: frozenset[str]  # subordinators that open a clause only after a comma ('als' also means 'as')
    not_opening: frozenset[str]  # subordinators that do not make a sentence-initial clause subordinate
    complement_openers: frozenset[str]  # words that start a complement ('om ... te') outside the verb cluster
    particle_enders: frozenset[str]  # what may follow a separable particle at the end of its clause
    relative_followers: frozenset[str]
    coordinators: frozenset[str]
    clause_breaks: frozenset[str]
    future_words: frozenset[str]
    past_words: frozenset[str]
    passive_future_adverbs: frozenset[str]
    kamer_object: re.Pattern[str]
    kamer_subject: re.Pattern[str]
    inform_participles: frozenset[str]
    opinion_before_dat: re.Pattern[str]
    earlier: re.Pattern[str]
    text_deixis: re.Pattern[str]
    future_document: re.Pattern[str]
    event_nouns: frozenset[str]
    event_parts: frozenset[str]
    event_link: re.Pattern[str]
    event_with: re.Pattern[str]
    bullets: re.Pattern[str]
    quote_open: str
    max_action_tokens: int
    coordination_gap: frozenset[str]
    passive_not: frozenset[str]
    hedges: re.Pattern[str]
    passive_implied: frozenset[str]
    negations: frozenset[str]
    reported_question: re.Pattern[str]
    subject_pronouns: frozenset[str]
    expect_verbs: frozenset[str]
    inform_infinitives: tuple[str, ...]
    receive_verbs: frozenset[str]
    hold: frozenset[str]
    keep_informed: str
    document_nouns: frozenset[str]
    u_is_the_kamer: frozenset[str]
    r_pronouns: frozenset[str]
    articles: frozenset[str]
    zero_position: frozenset[str]  # words before a main clause's first position ('Maar ik kan ...')
    ge_verbs: frozenset[str]
    nominative: frozenset[str]  # pronouns that can only be a subject ('ik', 'wij', 'we')
    inverted_pronouns: frozenset[str]  # subjects after an inverted finite verb ('dan kunt u')
    fronting: frozenset[str]  # pronouns fronted as an object ('Dat zeg ik toe', 'Dat wil ik')
    promise_infinitives: frozenset[str]
    willing: frozenset[str]
    can: frozenset[str]
    polite_conditional: frozenset[str]
    procedure_verbs: frozenset[str]  # what only happens in the debate itself ('stemmen', 'schorsen')
    verdict_verbs: frozenset[str]  # what is done with a motion or with 'het oordeel' ('overnemen', 'laten')
    motion_words: tuple[str, ...]
    announced_nouns: tuple[str, ...]  # what 'komt' or the government 'komt met' ('een brief', 'een regeling')
    inclusion_participles: frozenset[str]
    announced_documents: tuple[str, ...]
    announcing: frozenset[str]  # document types in which 'Er komt een brief' is the government announcing it
    want_not_infinitives: frozenset[str]
    no_promise_subordinators: frozenset[str]
    make: frozenset[str]
    effort: frozenset[str]  # 'zich hard / sterk maken voor': 'zich inzetten voor'
    reflexives: frozenset[str]
    conditionals: frozenset[str]
    kamer_wish: re.Pattern[str]  # 'als de Kamer dat wil', 'indien uw Kamer dit wenst': what makes 'kan ik' an offer
    do: frozenset[str]
    ongoing: frozenset[str]  # 'Dat doe ik al': what the government already does, no promise
    passive_promise_participles: frozenset[str]
    debate_types: frozenset[str]  # document types that report a debate
    answer_verbs: frozenset[str]
    in_writing: frozenset[str]  # what makes answering a question in a debate a later, written answer
    perception: frozenset[str]  # 'Dat zullen we zien': an idiom, no undertaking
    come_not: frozenset[str]  # 'komt met ... tegemoet', 'komt met ... overeen': no 'komen met'

    @cached_property
    def aux_forms(self) -> frozenset[str]:
        return self.future | self.go | self.want | self.keep | self.have | self.be | self.passive_present | \
            self.past_aux | self.not_modals

    @cached_property
    def finite_forms(self) -> frozenset[str]:
        """Forms that are a clause's finite verb wherever they stand."""
        return self.aux_forms | self.put | self.inform | self.come | self.promise | self.explore | \
            frozenset(self.explore_separable) | self.let | self.strong_past | self.receive_verbs | self.expect_verbs

    @cached_property
    def participle_ge_starts(self) -> tuple[str, ...]:
        """What a participle with a particle begins with: each particle (without its space) and 'ge'."""
        return tuple(p.replace(" ", "") + "ge" for p in self.participle_prefixes)

    @cached_property
    def actor_opening(self) -> re.Pattern[str]:
        """Every actor pattern as one alternation, matched where an actor may start: most tokens start none, and
        one match of it rules them all out in C (it matches wherever one of them does: :func:`match_actor`)."""
        return re.compile("|".join(f"(?:{_unnamed(rx.pattern)})" for rx, _t, _types in self.actors))

    @cached_property
    def actor_places(self) -> re.Pattern[str]:
        """Every place :func:`match_actor` can find an actor: no letter, digit or hyphen before it, and one of the
        actor patterns after it (a look-ahead: the place, not the actor)."""
        return re.compile(rf"(?<![^\W_])(?<!-)(?={self.actor_opening.pattern})")

    @cached_property
    def cue_finites(self) -> frozenset[str]:
        """The finite verbs a clause can promise with when the government is not its subject: a passive, a
        perfect ('is toegezegd'), 'zal' (an event), 'komt', 'ontvangt' (see :func:`decide`)."""
        return self.passive_present | self.future | self.have | self.be | self.come | self.receive_verbs

    @cached_property
    def cue_finite(self) -> re.Pattern[str]:
        """One of :attr:`cue_finites` as a word, in any case."""
        return re.compile(r"(?i)\b(?:" + "|".join(sorted(self.cue_finites, key=len, reverse=True)) + r")\b")

    @cached_property
    def cut_cues(self) -> frozenset[str]:
        """The tokens a clause boundary can stand at (segments._cut_at): a finite verb (a main clause resuming),
        a clause break, a comma, a dash, a coordinator, a subordinator, 'dat' or 'die'. Most tokens are none."""
        return self.finite_forms | self.clause_breaks | self.coordinators | self.clause_openers | \
            frozenset({",", "-", "–", "—", "dat", "die"})

    @cached_property
    def clause_openers(self) -> frozenset[str]:
        """Subordinators that open a clause wherever they stand (not after a preposition or coordinator)."""
        return (self.subordinators - self.comma_only) - self.relatives


def _unnamed(pattern: str) -> str:
    """The pattern with its named groups made plain groups (two actors name the same group)."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


@cache
def lexicon() -> Lexicon:
    """The commitment cues of ``models/commitments.json``, compiled once."""
    c = load_json("commitments.json")
    dept = c["dept"]
    actors = tuple((re.compile(a["pattern"].replace("{DEPT}", dept)), a["actor"], tuple(a.get("doc_types", ())))
                   for a in c["actors"])
    plain = [_unnamed(a["pattern"].replace("{DEPT}", dept)) for a in c["actors"]
             if not a.get("doc_types")]
    any_actor = re.compile(r"(?<![\w-])(?:" + "|".join(plain) + ")")
    fs = frozenset
    return Lexicon(
        actors=actors, any_actor=any_actor,
        future=fs(c["future"]), go=fs(c["go"]), want=fs(c["want"]), keep=fs(c["keep"]), put=fs(c["put"]),
        inform=fs(c["inform"]), come=fs(c["come"]), promise=fs(c["promise"]), let=fs(c["let"]),
        explore=fs(c["explore"]), explore_separable=dict(c["explore_separable"]),
        explore_infinitives=fs(c["explore_infinitives"]), intend=tuple(c["intend"]), have=fs(c["have"]),
        be=fs(c["be"]), passive_present=fs(c["passive_present"]), past_aux=fs(c["past_aux"]),
        strong_past=fs(c["strong_past"]), not_modals=fs(c["not_commitment_modals"]),
        promise_participles=fs(c["promise_participles"]), promise_need_te=fs(c["promise_participles_need_te"]),
        particle_in_followers=fs(c["particle_in_followers"]), particles=fs(c["particles"]),
        go_complements=tuple(c["go_complements"]), go_not=tuple(c["go_not"]),
        keep_complements=tuple(c["keep_complements"]), keep_stative=tuple(c["keep_stative"]),
        skip_adverbs=fs(c["skip_adverbs"]), discourse=fs(c["discourse_verbs"]),
        discourse_participles_set=fs(w for w in c["discourse_verbs"] if w.startswith("ge") or " " in w),
        discourse_particles=dict(c["discourse_particles"]), stative=fs(c["stative"]),
        function_words=fs(c["function_words"]), determiners=fs(c["determiners"]),
        prepositions=fs(c["prepositions"]), noun_suffixes=tuple(c["noun_suffixes"]),
        infinitive_exceptions=fs(c["infinitive_exceptions"]), participle_prefixes=tuple(c["participle_prefixes"]),
        copulas=fs(c["copulas"]), subordinators=fs(c["subordinators"]), relatives=fs(c["relatives"]),
        comma_only=fs(c["comma_only_subordinators"]), not_opening=fs(c["not_opening_subordinators"]),
        complement_openers=fs(c["complement_openers"]), particle_enders=fs(c["particle_enders"]),
        relative_followers=fs(c["relative_followers"]), coordinators=fs(c["coordinators"]),
        clause_breaks=fs(c["clause_breaks"]), future_words=fs(c["future_words"]), past_words=fs(c["past_words"]),
        passive_future_adverbs=fs(c["passive_future_adverbs"]), kamer_object=re.compile(c["kamer_object"]),
        kamer_subject=re.compile(c["kamer_subject"]), inform_participles=fs(c["inform_participles"]),
        opinion_before_dat=re.compile(c["opinion_before_dat"], re.I), earlier=re.compile(c["earlier_commitment"]),
        text_deixis=re.compile(c["text_deixis"], re.I), future_document=re.compile(c["future_document"], re.I),
        event_nouns=fs(c["event_nouns"]), event_parts=fs(c["event_part_nouns"]),
        event_link=re.compile(c["event_link"], re.I), event_with=re.compile(c["event_with"]),
        bullets=re.compile(c["bullets"]), quote_open=c["quote_open"], max_action_tokens=c["max_action_tokens"],
        coordination_gap=fs(c["coordination_gap"]), passive_not=fs(c["passive_not_participles"]),
        hedges=re.compile(c["hedges"], re.I), passive_implied=fs(c["passive_implied_government"]),
        negations=fs(c["negations"]), reported_question=re.compile(c["reported_question"]),
        subject_pronouns=fs(c["subject_pronouns"]), expect_verbs=fs(c["expect_verbs"]),
        inform_infinitives=tuple(c["inform_infinitives"]), receive_verbs=fs(c["receive_verbs"]), hold=fs(c["hold"]),
        keep_informed=c["keep_informed"], document_nouns=fs(c["document_nouns"]),
        u_is_the_kamer=fs(c["u_is_the_kamer"]), r_pronouns=fs(c["r_pronouns"]),
        **_grammar_cues(c),
    )


def _grammar_cues(c: dict) -> dict:
    """The cues of the grammar of debates and answers: word positions, explicit promises, the debate's own
    business, announced documents and measures."""
    fs = frozenset
    return dict(
        zero_position=fs(c["zero_position"]), articles=fs(c["articles"]), ge_verbs=fs(c["ge_verbs"]),
        nominative=fs(c["nominative_pronouns"]), fronting=fs(c["fronting_pronouns"]),
        inverted_pronouns=fs(c["inverted_pronouns"]),
        promise_infinitives=fs(c["promise_infinitives"]), willing=fs(c["willing"]), can=fs(c["can"]),
        polite_conditional=fs(c["polite_conditional"]), procedure_verbs=fs(c["procedure_verbs"]),
        verdict_verbs=fs(c["verdict_verbs"]), motion_words=tuple(c["motion_words"]),
        announced_nouns=tuple(sorted(set(c["measure_nouns"]) | set(c["document_nouns"]))),
        inclusion_participles=fs(c["inclusion_participles"]), announced_documents=tuple(c["document_nouns"]),
        announcing=fs(c["announcing_doc_types"]), want_not_infinitives=fs(c["want_not_infinitives"]),
        no_promise_subordinators=fs(c["no_promise_subordinators"]), come_not=fs(c["come_not"]),
        do=fs(c["do"]), ongoing=fs(c["ongoing"]), debate_types=fs(c["debate_types"]),
        answer_verbs=fs(c["answer_verbs"]), in_writing=fs(c["in_writing"]), perception=fs(c["perception"]),
        passive_promise_participles=fs(c["passive_promise_participles"]),
        conditionals=fs(c["conditionals"]), kamer_wish=re.compile(c["kamer_wish"]),
        make=fs(c["make"]), effort=fs(c["effort"]), reflexives=fs(c["reflexives"]),
    )
