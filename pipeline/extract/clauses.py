"""Clauses of a sentence for the commitment decision: finite verb, subject, verb cluster, time.

Two front-ends fill the same :class:`Clause`:

- :func:`dependency_clauses` reads a parsed sentence (a spaCy model with a parser,
  Universal Dependencies labels): each predicate with its ``nsubj``, ``aux``,
  ``aux:pass``, ``xcomp``, ``compound:prt``, ``obl:agent`` and ``mark`` children;
- :func:`token_clauses` works without a parser: the sentence is cut into clauses
  at punctuation, subordinators and coordinated finite verbs, and Dutch word
  order finds the finite verb (second in a main clause, last in a subordinate
  one) and its subject (before it, or right after it when inverted).

The lexicon of both is ``models/commitments.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property

from spacy.tokens import Span, Token

from pipeline.extract.dates import Anchor, TimeExpr
from pipeline.resources import load_json

# --- lexicon --------------------------------------------------------------------------------

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

    @cached_property
    def aux_forms(self) -> frozenset[str]:
        return self.future | self.go | self.want | self.keep | self.have | self.be | self.passive_present | \
            self.past_aux | self.not_modals

    @cached_property
    def finite_forms(self) -> frozenset[str]:
        """Forms that are a clause's finite verb wherever they stand."""
        return self.aux_forms | self.put | self.inform | self.come | self.promise | self.explore | \
            frozenset(self.explore_separable) | self.let | self.strong_past | self.receive_verbs | self.expect_verbs


# Subordinators that open a clause only after a comma ('als' also means 'as', 'of' also 'or').
_COMMA_ONLY = frozenset({"als", "zoals", "of", "nu", "welke", "wat", "hoe"})


@cache
def lexicon() -> Lexicon:
    c = load_json("commitments.json")
    dept = c["dept"]
    actors = tuple((re.compile(a["pattern"].replace("{DEPT}", dept)), a["actor"], tuple(a.get("doc_types", ())))
                   for a in c["actors"])
    plain = [re.sub(r"\(\?P<\w+>", "(?:", a["pattern"].replace("{DEPT}", dept)) for a in c["actors"]
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
        u_is_the_kamer=fs(c["u_is_the_kamer"]),
    )


# --- what both front-ends produce -----------------------------------------------------------

@dataclass
class SentenceContext:
    start: int
    end: int
    text: str
    anchor: Anchor
    dates: list[TimeExpr]
    doc_type: str = ""
    own_events: dict[str, str] = field(default_factory=dict)  # event noun -> the government actor organising it


@dataclass
class Clause:
    start: int
    end: int
    kind: str  # main, coord (a verb phrase sharing the previous clause's subject), sub
    finite: str = ""  # the finite verb, lowercase
    finite_start: int = -1
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
    hedged: bool = False
    from_parse: bool = False

    @property
    def infinitive(self) -> bool:
        return bool(self.infinitives)


def match_actor(text: str, pos: int, doc_type: str, lex: Lexicon) -> tuple[str, int] | None:
    """The government actor starting at ``pos`` (normalized, end offset), if one does."""
    if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "-"):
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


# --- time -----------------------------------------------------------------------------------

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 12)}


def _period(value: str) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(SP|SU|FA|WI)|-H([12])|-Q([1-4])|-W(\d{2}))?$", value or "")
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        d = (y, int(m.group(2)), int(m.group(3)))
        return d, d
    if m.group(2):
        return (y, int(m.group(2)), 1), (y, int(m.group(2)), 31)
    if m.group(4):
        a, b = _SEASONS[m.group(4)]
        return (y, a, 1), (y, b, 31)
    if m.group(5):
        h = int(m.group(5))
        return (y, 1 + 6 * (h - 1), 1), (y, 6 * h, 31)
    if m.group(6):
        q = int(m.group(6))
        return (y, 1 + 3 * (q - 1), 1), (y, 3 * q, 31)
    if m.group(7):
        try:
            a = date.fromisocalendar(y, int(m.group(7)), 1)
            b = date.fromisocalendar(y, int(m.group(7)), 7)
        except ValueError:
            return None
        return (a.year, a.month, a.day), (b.year, b.month, b.day)
    return (y, 1, 1), (y, 12, 31)


def date_class(d: TimeExpr, anchor: Anchor) -> str:
    """past, current, future or unknown: where a time expression lies relative to the document date."""
    lex = lexicon()
    words = set(re.findall(r"[\w.]+", d.raw.lower()))
    if words & lex.past_words:
        return "past"
    value = d.value
    period = _period(value)
    if period is None:
        return "future" if words & lex.future_words else "unknown"
    lo, hi = period
    end = _period(d.end_value)
    if end:
        hi = end[1]
    if not anchor.year:
        return "unknown"
    a_lo = (anchor.year, anchor.month or 1, anchor.day or 1)
    a_hi = (anchor.year, anchor.month or 12, anchor.day or 31)
    if d.mod == "BEFORE":
        lo = (lo[0], 1, 1) if lo[1] > 1 else lo
    if hi < a_lo:
        return "past"
    if lo > a_hi:
        return "future"
    return "current"


_OPENING = re.compile(r"[\s‘“\"(]*(?:[A-Za-z]+\s+)?")


def opens_sentence(ctx: SentenceContext, d: TimeExpr) -> bool:
    """The time expression the sentence opens with ('In september 2026 komt ...'), which scopes over all
    its main clauses."""
    return bool(_OPENING.fullmatch(ctx.text, ctx.start, d.start))


def _future_time(ctx: SentenceContext, start: int, end: int, topical: bool) -> bool:
    for d in ctx.dates:
        inside = start <= d.start < end
        opening = topical and d.start < start and opens_sentence(ctx, d)
        if (inside or opening) and date_class(d, ctx.anchor) in ("future", "current"):
            return True
    return False


# --- word shapes (no parser) -----------------------------------------------------------------

def _is_participle(w: str, lex: Lexicon, prev: str = "") -> bool:
    """'besproken', 'gespecificeerd', 'uitgewerkt': a past participle by its shape. A word after an article,
    a preposition or an inflected adjective ('de vervolgstappen', 'van bedrijven') is a noun instead."""
    if not w.isalpha() or len(w) < 5 or not w.endswith(("d", "t", "en")):
        return False
    if prev and (prev in lex.determiners or prev in lex.prepositions or
                 (prev.endswith("e") and prev.isalpha() and prev not in ("te", "mede", "samen", "nader"))):
        return False
    if w.startswith(("ge", "be", "ver", "ont", "her", "er")) and not w.startswith(("geen", "gee", "eer")):
        return True
    return any(w.startswith(p.replace(" ", "") + "ge") for p in lex.participle_prefixes)


def _is_past(w: str, lex: Lexicon) -> bool:
    if w in lex.strong_past or w in lex.past_aux:
        return True
    return len(w) >= 5 and w.endswith(("de", "te")) and w not in lex.finite_forms


def _verblike(t: Tok, lex: Lexicon) -> bool:
    return t.low.isalpha() and t.text[:1].islower() and t.low not in lex.function_words and \
        t.low not in lex.determiners and t.low not in lex.prepositions


# --- token-pattern front-end ------------------------------------------------------------------

_TOKEN = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]")


@dataclass
class Tok:
    text: str
    low: str
    start: int
    end: int
    depth: int  # inside how many brackets


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    out, depth = [], 0
    for m in _TOKEN.finditer(text, start, end):
        t = m.group()
        if t in ")]":
            depth = max(0, depth - 1)
        out.append(Tok(t, t.lower(), m.start(), m.end(), depth if t not in ")]" else depth))
        if t in "([":
            depth += 1
    return out


@dataclass
class _Seg:
    a: int
    b: int
    kind: str
    sub: str = ""


def _actor_at(toks: list[Tok], j: int, ctx: SentenceContext, lex: Lexicon) -> tuple[str, int] | None:
    """(actor, index of the first token after it) when a government actor starts at token j."""
    if j >= len(toks):
        return None
    hit = match_actor(ctx.text, toks[j].start, ctx.doc_type, lex)
    if hit is None:
        return None
    actor, end = hit
    k = j
    while k < len(toks) and toks[k].start < end:
        k += 1
    return actor, k


def _segments(toks: list[Tok], ctx: SentenceContext, lex: Lexicon) -> list[_Seg]:
    n = len(toks)
    always = (lex.subordinators - _COMMA_ONLY) - lex.relatives
    segs: list[_Seg] = []
    first = toks[0].low if toks else ""
    cur = _Seg(0, n, "sub" if first in lex.subordinators and first not in ("of", "nu", "wat", "welke", "hoe")
               else "main", first if first in lex.subordinators else "")

    def close(end: int, nxt: int, kind: str, sub: str = "") -> None:
        nonlocal cur
        cur.b = end
        if cur.b > cur.a:
            segs.append(cur)
        cur = _Seg(nxt, n, kind, sub)

    i = 1
    while i < n:
        t = toks[i]
        if t.depth > 0 or i <= cur.a:
            i += 1
            continue
        nxt = toks[i + 1] if i + 1 < n else None
        if cur.kind == "sub" and i > cur.a + 1 and t.low in lex.finite_forms and _actor_at(toks, i + 1, ctx, lex):
            close(i, i, "main")  # '... waarover ik u zal informeren wil ik ...': the main clause resumes
            i += 1
            continue
        spaced_dash = t.text in "-–—" and t.start > 0 and ctx.text[t.start - 1] == " "
        if t.text in lex.clause_breaks or spaced_dash:
            j = i + 1
            while j < n - 1 and toks[j].low in lex.coordinators:
                j += 1  # '- en waar Defensie ...'
            k = toks[j].low if j < n else ""
            close(i, j, "sub" if k in always else "main", k if k in always else "")
        elif t.text == "," and nxt is not None:
            if nxt.low in lex.subordinators or nxt.low in lex.relatives:
                close(i, i + 1, "sub", nxt.low)
            elif nxt.low in lex.coordinators:
                kind = _coord_kind(toks, i + 1, ctx, lex)
                if kind:
                    close(i, i + 2, kind, toks[i + 2].low if kind == "sub" and i + 2 < n else "")
                    i += 1
            elif nxt.low in lex.finite_forms:
                close(i, i + 1, "main")
        elif t.low in lex.coordinators:
            kind = _coord_kind(toks, i, ctx, lex)
            first = _actor_at(toks, cur.a, ctx, lex)
            if kind == "main" and first and first[1] == i:
                kind = ""  # 'De minister van VWS en de minister van OCW zullen ...': one coordinated subject
            if kind:
                close(i, i + 1, kind, toks[i + 1].low if kind == "sub" else "")
        elif t.low in always:
            prev = toks[i - 1].low
            if prev not in lex.prepositions and prev not in lex.coordinators:
                close(i, i, "sub", t.low)
        elif t.low in ("dat", "die") and nxt is not None:
            prev = toks[i - 1]
            bad_prev = prev.low in lex.prepositions or prev.low in lex.determiners or \
                prev.low in lex.finite_forms or prev.low in lex.coordinators or not prev.low.isalpha()
            good_next = nxt.low in lex.relative_followers or nxt.text[:1].isupper() or nxt.text == ","
            if not bad_prev and (t.low == "dat" or good_next):
                close(i, i, "sub", t.low)
        i += 1
    cur.b = n
    if cur.b > cur.a:
        segs.append(cur)
    return segs


def _coord_kind(toks: list[Tok], i: int, ctx: SentenceContext, lex: Lexicon) -> str:
    """What follows a coordinator at token i: a verb phrase (coord), a new clause (main, sub), or '' (just a
    coordinated noun phrase)."""
    if i + 1 >= len(toks):
        return ""
    n1 = toks[i + 1]
    if n1.low in lex.aux_forms:
        return "coord"
    hit = _actor_at(toks, i + 1, ctx, lex)
    if hit:
        k = hit[1]
        if k < len(toks) and (toks[k].low in lex.finite_forms or _verblike(toks[k], lex)):
            return "main"
    if _verblike(n1, lex) and _actor_at(toks, i + 2, ctx, lex):
        return "main"
    if n1.low in lex.subordinators and n1.low not in _COMMA_ONLY and n1.low not in lex.relatives:
        return "sub"
    return ""


def token_clauses(ctx: SentenceContext, lex: Lexicon) -> list[Clause]:
    """Clauses of one sentence from token patterns (no parser)."""
    toks = tokenize(ctx.text, ctx.start, ctx.end)
    if not toks:
        return []
    out: list[Clause] = []
    first_subject: tuple[str, str] | None = None
    for seg in _segments(toks, ctx, lex):
        c = _token_clause(toks, seg, ctx, lex)
        if c is None:
            continue
        if c.kind == "coord" and c.subject == "none" and first_subject:
            c.subject, c.actor = first_subject
        if c.kind == "main" and first_subject is None and c.subject in ("gov", "other"):
            first_subject = (c.subject, c.actor)
        out.append(c)
    return out


def _token_clause(all_toks: list[Tok], seg: _Seg, ctx: SentenceContext, lex: Lexicon) -> Clause | None:
    toks = [t for t in all_toks[seg.a: seg.b] if t.depth == 0 and t.text not in "()[]"]
    while toks and not toks[-1].low[:1].isalnum():
        toks.pop()
    if not toks:
        return None
    text = ctx.text
    c = Clause(start=toks[0].start, end=toks[-1].end, kind=seg.kind, subordinator=seg.sub)
    fi, subj_span = -1, (0, 0)
    if seg.kind == "sub":
        j0 = 1 if toks[0].low == seg.sub else 0
        hit = _actor_at(toks, j0, ctx, lex)
        rest_from = j0
        if hit:
            c.subject, c.actor, subj_span, rest_from = "gov", hit[0], (j0, hit[1]), hit[1]
        elif seg.sub in lex.relatives and j0 == 1:
            c.subject = "other"
        else:
            c.subject = "other" if j0 < len(toks) else "none"
            if j0 < len(toks):
                c.subject_head = toks[j0].low
        for k in range(rest_from, len(toks)):
            if toks[k].low in lex.finite_forms and not _nonfinite(toks, k, lex):
                fi = k
                break
        if fi < 0:
            for k in range(len(toks) - 1, rest_from - 1, -1):
                if _verblike(toks[k], lex):
                    fi = k
                    break
    elif seg.kind == "coord":
        if _verblike(toks[0], lex) or toks[0].low in lex.finite_forms:
            fi = 0
            hit = _actor_at(toks, 1, ctx, lex)
            if hit:
                c.subject, c.actor, subj_span = "gov", hit[0], (1, hit[1])
    else:
        hit = _actor_at(toks, 0, ctx, lex)
        if hit:
            k = hit[1]
            if k + 1 < len(toks) and toks[k].low == "en":
                second = _actor_at(toks, k + 1, ctx, lex)
                if second:  # two government actors: 'de minister van VWS en de minister van OCW'
                    hit, k = (f"{hit[0]} en {second[0]}", second[1]), second[1]
            while k < len(toks) and (toks[k].low in lex.coordination_gap or
                                     (k > hit[1] and toks[k].text[:1].isupper())) and \
                    toks[k].low not in lex.finite_forms:
                k += 1
            if k < len(toks) and (toks[k].low in lex.finite_forms or _verblike(toks[k], lex)):
                fi = k
                c.subject, c.actor, subj_span = "gov", hit[0], (0, hit[1])
        if fi < 0:
            for k in range(len(toks)):
                inverted = _actor_at(toks, k + 1, ctx, lex)
                if k == 0 and not (inverted and _verblike(toks[0], lex)):
                    continue  # only after a coordinator does a main clause open with its verb: 'en stelt Nederland'
                if _nonfinite(toks, k, lex):
                    continue
                if toks[k].low in lex.finite_forms or (inverted and _verblike(toks[k], lex)):
                    fi = k
                    if inverted and _subject_first(toks, k, ctx, lex):
                        inverted = None  # 'Deze leden vragen de minister': the minister is the object
                    if inverted:
                        c.subject, c.actor, subj_span = "gov", inverted[0], (k + 1, inverted[1])
                    else:
                        c.subject = "other"
                        nxt = toks[k + 1] if k + 1 < len(toks) else None
                        if nxt is not None and (nxt.low in lex.determiners or nxt.text[:1].isupper()):
                            c.subject_head = _np_head(toks, k + 1, ctx, lex)  # inverted: 'zal de conferentie'
                        else:
                            c.subject_head = toks[k - 1].low  # 'De conferentie zal'
                    break
    if fi < 0:
        return None
    ft = toks[fi]
    c.finite, c.finite_start = ft.low, ft.start
    if c.subject == "other" and not c.subject_head:
        c.subject_head = toks[fi - 1].low if fi > 0 else ""
    outside = [t for k, t in enumerate(toks) if not (subj_span[0] <= k < subj_span[1] and subj_span != (0, 0))]
    after = [t for t in toks[fi + 1:] if not (subj_span[0] <= toks.index(t) < subj_span[1])]
    c.words = [t.low for t in outside if t is not ft]
    scope = after if seg.kind != "sub" else [t for t in outside if t is not ft]
    c.infinitives = [t.low for t in scope if _is_infinitive(t, scope, lex)]
    prev_of = {id(t): (toks[k - 1] if k else None) for k, t in enumerate(toks)}

    def part(t: Tok) -> bool:
        prev = prev_of[id(t)]
        low = prev.low if prev is not None and prev.text[:1].islower() else ""
        return low != "te" and _is_participle(t.low, lex, low)

    # The verb cluster of the clause itself: not what an 'om ... te' or 'te' complement adds.
    own_after = after
    for k, t in enumerate(after):
        if t.low in ("om", "te", "hoe", "of", "wat", "welke", "waarom", "wanneer", "dat", "waar", "zodat"):
            own_after = after[:k]
            break

    c.verbs = [t.low for t in own_after if t.low in lex.aux_forms or part(t)] + \
        [i for i in c.infinitives if i not in [t.low for t in after]]
    c.te_infinitive = any(t.low == "te" and k + 1 < len(scope) and (_is_infinitive(scope[k + 1], scope, lex) or
                                                                     scope[k + 1].low in lex.aux_forms)
                          for k, t in enumerate(scope))
    c.particle = _particle(scope, lex)
    c.complement = " ".join(t.low for t in _skip_adverbs(after, lex)[:4])
    # Voice and tense.
    parts = [t for t in own_after if part(t)] + ([t for t in toks[:fi] if part(t)] if seg.kind == "sub" else [])
    participle = bool(parts)
    c.participles = [t.low for t in parts]
    for t in parts:
        k = toks.index(t)
        near = [x.low for x in toks[max(0, k - 3): k]]
        if any(a in near for a in lex.passive_future_adverbs):
            c.adverb_before_participle = True
    c.negated = any(t.low in lex.negations for t in outside)
    c.hedged = bool(lex.hedges.search(text, c.start, c.end))
    future_passive = ft.low in lex.future and any(t.low == "worden" for t in own_after)
    if participle and (ft.low in lex.passive_present or future_passive):
        c.passive = True
    c.kamer_subject = bool(lex.kamer_subject.match(text, c.start)) or \
        bool(lex.kamer_subject.match(text, toks[fi + 1].start if fi + 1 < len(toks) else c.end))
    if ctx.doc_type in lex.u_is_the_kamer and ((fi + 1 < len(toks) and toks[fi + 1].low == "u") or
                                               (fi == 1 and toks[0].low == "u")):
        c.kamer_subject = True  # 'Eind dit jaar ontvangt u ...' in a letter to the Kamer
    if c.passive:
        c.agent = _agent(toks, fi, ctx, lex)
        if c.subject == "other" and seg.kind == "main":
            inv = _actor_at(toks, fi + 1, ctx, lex)
            if inv:
                c.subject = "gov"
    if _is_past(ft.low, lex) or ft.low in ("werd", "werden"):
        c.tense = "past"
    elif ft.low in (lex.have | lex.be) and participle and not c.passive and \
            not any(w in c.words for w in lex.intend):
        c.tense = "perf"
    after_text = text[ft.end: c.end]
    c.kamer_object = bool(lex.kamer_object.search(after_text)) or (
        seg.kind == "sub" and bool(lex.kamer_object.search(text[c.start: ft.start])))
    c.dat_clause = bool(after) and after[0].low == "dat"
    if seg.kind == "sub" and seg.sub == "dat":
        c.opinion = bool(lex.opinion_before_dat.search(text[ctx.start: c.start]))
    c.future_time = _future_time(ctx, c.start, c.end, topical=seg.kind in ("main", "coord"))
    # The action: from the finite verb (after the subject in a subordinate clause) to the clause end.
    if seg.kind == "sub" and subj_span != (0, 0) and subj_span[1] < len(toks):
        a0 = toks[subj_span[1]].start
    elif seg.kind == "sub" and len(toks) > 1 and toks[0].low == seg.sub:
        a0 = toks[1].start
    else:
        a0 = ft.start
    last = [t for t in all_toks[seg.a: seg.b] if t.start >= a0 and t.text not in ",;:"]
    last = last[: lex.max_action_tokens]
    while last and (not last[-1].low[:1].isalnum() and last[-1].text not in ")”’»"):
        last.pop()
    c.action = (a0, last[-1].end if last else ft.end)
    return c


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


def _nonfinite(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """'te laten komen': infinitives after 'te' are never the finite verb."""
    if not toks[k].low.endswith("n"):
        return False
    j = k - 1
    while j >= 0 and toks[j].low != "te" and (toks[j].low in lex.finite_forms or toks[j].low.endswith("en")) \
            and j >= k - 2:
        j -= 1
    return j >= 0 and toks[j].low == "te" and j >= k - 3


def _skip_adverbs(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    k = 0
    while k < len(toks) and (toks[k].low in lex.skip_adverbs or toks[k].text[:1].isupper()):
        if toks[k].low in lex.keep_complements:
            break
        k += 1
    return toks[k:]


def _is_infinitive(t: Tok, scope: list[Tok], lex: Lexicon) -> bool:
    w = t.low
    if not w.isalpha() or not t.text[:1].islower():
        return False
    if w in lex.infinitive_exceptions or (w.endswith(("gaan", "staan", "slaan", "zien", "doen")) and
                                          w not in lex.aux_forms):
        return True
    if len(w) < 5 or not w.endswith("en") or w in lex.function_words or w in lex.aux_forms:
        return False
    if w.endswith(lex.noun_suffixes):
        return False
    if w.startswith("ge") and not w.startswith(("geven", "geloven", "gebruiken", "genieten")):
        return False
    k = scope.index(t)
    if k > 0:
        prev = scope[k - 1].low
        if prev in lex.determiners or prev in lex.prepositions or (prev.endswith("e") and prev.isalpha()
                                                                    and prev not in ("te", "mede", "samen")):
            return False
    return True


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
        if not nxt or nxt in (",", ".", ";", ":", "en", "dat", "om", "te", "of", "hoe", "welke", "wat", "zodat"):
            return w
        if w in ("in", "vooruit", "stil", "toe") and nxt in lex.particle_in_followers:
            return w
    return ""


def _agent(toks: list[Tok], fi: int, ctx: SentenceContext, lex: Lexicon) -> str:
    for k in range(fi + 1, len(toks)):
        if toks[k].low == "door" and k + 1 < len(toks) and toks[k + 1].low != "middel":
            return "gov" if _actor_at(toks, k + 1, ctx, lex) else "other"
    return ""


# --- dependency front-end ---------------------------------------------------------------------

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
        c = _dep_clause(p, sent, ctx, lex)
        if c is not None:
            out.append(c)
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


def _dep_clause(p: Token, sent: Span, ctx: SentenceContext, lex: Lexicon) -> Clause | None:
    text = ctx.text
    cluster = _cluster(p)
    fin = next((t for t in cluster if "Fin" in t.morph.get("VerbForm")), None)
    if fin is None:
        fin = next((t for t in cluster if t.lower_ in lex.finite_forms), None) or cluster[0]
    subj, inherited = _subject(p)
    excluded = {t.i for ch in p.children if ch.dep_ in _CLAUSAL for t in ch.subtree}
    own = [t for t in p.subtree if t.i not in excluded and not t.is_punct]
    for x in cluster:
        if x.i not in {t.i for t in own}:
            own.append(x)
    own.sort(key=lambda t: t.i)
    if not own:
        return None
    if p.dep_ in ("ROOT", "root", "parataxis"):
        kind = "main"
    elif p.dep_ == "conj":
        kind = "coord" if inherited else "main"
    else:
        kind = "sub"
    mark = next((ch for ch in p.children if ch.dep_ == "mark"), None)
    c = Clause(start=own[0].idx, end=own[-1].idx + len(own[-1].text), kind=kind, from_parse=True,
               subordinator=mark.lower_ if mark is not None else "")
    c.finite, c.finite_start = fin.lower_, fin.idx
    subj_ids: set[int] = set()
    if subj is not None:
        subj_ids = {t.i for t in subj.subtree} if not inherited else set()
        probe = subj
        if "Rel" in subj.morph.get("PronType") and p.dep_.startswith("acl") and p.head is not p:
            probe = p.head  # 'het kabinet, dat ... zal': the antecedent speaks
        hit = match_actor(text, probe.left_edge.idx, ctx.doc_type, lex)
        if hit is None and probe is not subj:
            hit = match_actor(text, probe.idx, ctx.doc_type, lex)
        if hit is not None:
            c.subject, c.actor = "gov", hit[0]
        else:
            c.subject, c.subject_head = "other", probe.lower_
        c.kamer_subject = bool(lex.kamer_subject.match(text, subj.left_edge.idx))
    words = [t for t in own if t.i not in subj_ids and t.i != fin.i]
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
    c.passive = any(ch.dep_ == "aux:pass" for x in cluster for ch in x.children) or \
        (subj is not None and subj.dep_ == "nsubj:pass")
    if c.passive:
        agent = next((ch for x in cluster for ch in x.children if ch.dep_ == "obl:agent"), None)
        if agent is None:
            agent = next((ch for x in cluster for ch in x.children if ch.dep_ == "obl" and
                          any(g.lower_ == "door" and g.dep_ == "case" for g in ch.children)), None)
        if agent is not None:
            start = next((t.idx for t in agent.subtree if t.lower_ != "door"), agent.idx)
            c.agent = "gov" if match_actor(text, start, ctx.doc_type, lex) else "other"
    parts = [t for t in cluster if "Part" in t.morph.get("VerbForm")]
    c.participles = [t.lower_ for t in parts]
    c.adverb_before_participle = any(ch.lower_ in lex.passive_future_adverbs for t in parts for ch in t.children
                                     if ch.dep_ == "advmod") or \
        any(ch.lower_ in lex.passive_future_adverbs for ch in p.children if ch.dep_ == "advmod")
    c.negated = any(t.lower_ in lex.negations for t in words)
    c.hedged = bool(lex.hedges.search(text, c.start, c.end))
    tense = fin.morph.get("Tense")
    if "Past" in tense or (not tense and _is_past(fin.lower_, lex)):
        c.tense = "past"
    elif fin.lower_ in (lex.have | lex.be) and not c.passive and \
            any("Part" in t.morph.get("VerbForm") for t in cluster if t.i != fin.i):
        c.tense = "perf"
    obj_text = " ".join(t.text for ch in p.children if ch.dep_ in ("obj", "iobj", "obl") for t in ch.subtree)
    c.kamer_object = bool(lex.kamer_object.search(obj_text))
    c.dat_clause = any(ch.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "dat" for g in ch.children)
                       for x in cluster for ch in x.children)
    if kind == "sub" and c.subordinator == "dat":
        c.opinion = bool(lex.opinion_before_dat.search(text[ctx.start: c.start]))
    c.future_time = _future_time(ctx, c.start, c.end, topical=kind in ("main", "coord"))
    # The action: from the first verb of the cluster (after a subject that precedes it) to the clause end.
    first_verb = min(t.i for t in cluster)
    if kind == "sub" and subj is not None and not inherited:
        a_tok = next((t for t in own if t.i > subj.right_edge.i), None)
    else:
        a_tok = next((t for t in own if t.i >= min(first_verb, fin.i) and t.i not in subj_ids), None)
    if a_tok is None:
        a_tok = fin
    tail = [t for t in own if t.i >= a_tok.i][: lex.max_action_tokens]
    c.action = (a_tok.idx, tail[-1].idx + len(tail[-1].text) if tail else fin.idx + len(fin.text))
    return c
