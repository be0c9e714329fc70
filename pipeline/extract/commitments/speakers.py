"""Who speaks for the government in a document: who 'ik' and 'u' are, who acts in an agentless passive, and
who organises the events the document announces."""

from __future__ import annotations

import re

from pipeline.extract.commitments.clause import match_actor
from pipeline.extract.commitments.lexicon import Lexicon
from pipeline.extract.metadata import Metadata

_PAST_AUX = re.compile(r"\b(?:heeft|hebben|heb|had|hadden|werd|werden|was|waren)\b")


def speakers(facts: Metadata) -> dict[str, str]:
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


def own_events(text: str, sentences: list[tuple[int, int]], lex: Lexicon) -> dict[str, str]:
    """Events the government organises itself, with who organises them: 'Nederland organiseert de conferentie',
    'Met de conferentie zet Nederland ...'. Only present and future statements count: having organised one
    says nothing of the next."""
    out: dict[str, str] = {}
    for s, e in sentences:
        sent = text[s:e]
        am = lex.any_actor.search(sent)
        if not am or _PAST_AUX.search(sent):
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
