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

Debates and answers add their own grammar: an explicit promise (``Ik zeg de Kamer toe``, ``Dat wil ik graag
toezeggen``, ``zou willen toezeggen``), willingness (``Ik ben bereid om``), a conditional offer to the Kamer
(``Als de Kamer dat wenst, kan ik ...``), the elliptic answer (``Ja, dat wil ik``, ``Dat doe ik graag``), an
announced document or measure (``Ik kom voor de zomer met een brief``, ``Er komt een regeling``). A fronted
object does not hide the subject (``Dat zullen we doen``: ``ik`` and ``wij`` are only ever subjects). A
refusal (``ik wil niet toezeggen``, ``Dat gaan we niet doen``), a verdict on a motion (``De motie laat ik aan
het oordeel van de Kamer``), the debate's own procedure (voting, what the speaker will say next) and a
relative clause naming an earlier promise are none; a promise and its ``dat`` clause are one row.

The sentence is first cut into clauses with their finite verb, subject, verb
cluster and time expressions; that is done by the dependency tree when the
spaCy model has a parser (``dependency_clauses``) and by token patterns otherwise
(``token_clauses``). One decision procedure, :func:`decide`, then judges each
clause, so both paths apply the same cues from ``models/commitments.json``.

Modules: ``lexicon`` (the cues), ``clause`` (what the front-ends produce),
``time`` (past, current or future), ``tokens`` and ``segments`` (the no-parser
tokenizer and clause cut), ``token_clauses`` and ``dependency_clauses`` (the
two front-ends), ``decide`` (the decision), ``statements`` and ``speakers``
(which sentences, who speaks), ``find`` (the document's commitments).
"""

from pipeline.extract.commitments.clause import Clause, SentenceContext, match_actor
from pipeline.extract.commitments.decide import decide
from pipeline.extract.commitments.dependency_clauses import dependency_clauses
from pipeline.extract.commitments.find import CommitmentValue, find_commitments
from pipeline.extract.commitments.lexicon import Lexicon, lexicon
from pipeline.extract.commitments.time import date_class, opens_sentence
from pipeline.extract.commitments.token_clauses import token_clauses

__all__ = [
    "Clause",
    "CommitmentValue",
    "Lexicon",
    "SentenceContext",
    "date_class",
    "decide",
    "dependency_clauses",
    "find_commitments",
    "lexicon",
    "match_actor",
    "opens_sentence",
    "token_clauses",
]
