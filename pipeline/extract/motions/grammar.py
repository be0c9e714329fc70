"""The compiled grammar of motions: mentions, their description, printed motions; built from models/motions.json.

Submitters' names come from the Dutch name grammar (pipeline.lang.names).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pipeline.lang import names
from pipeline.resources import alternation, load_json

SPACE = r"[^\S\n]"  # a space within a line


def cfg() -> dict:
    return load_json("motions.json")


@cache
def rx() -> dict[str, Any]:
    """Every pattern by name (a compiled pattern, or a list of them, or of (status, pattern))."""
    c = cfg()
    return {**_mention_patterns(c, _member_grammar(c)), **_description_patterns(c), **_document_patterns(c)}


def _member_grammar(c: dict) -> dict[str, str]:
    """Pattern source for the members a mention names: 'het lid Van der Plas (BBB)', 'de leden A en B c.s.'."""
    surname = names.surname(SPACE, initials=True)
    not_party = "|".join(re.escape(w) for w in c["party_not"])
    party = rf"{SPACE}*\((?!(?:{not_party})\b)(?!\d+\))[{names.UPPER}0-9][\w\-/&+.]*(?:{SPACE}[\w\-/&+.]+){{0,2}}\)"
    member = rf"{surname}(?:{party})?"
    members = (rf"{member}(?:{SPACE}*,{SPACE}*{member})*"
               rf"(?:{SPACE}*,?{SPACE}+en{SPACE}+(?:het{SPACE}+lid{SPACE}+)?{member})?")
    return {"surname": surname, "party": party, "members": members, "cs": rf"(?:{SPACE}*,?{SPACE}*c\.s\.)?",
            "intro": alternation(c["member_intro"], rf"{SPACE}+"), "kamer": c["kamer_as_submitter"]}


def _mention_patterns(c: dict, g: dict[str, str]) -> dict[str, Any]:
    """A motion head ('de gewijzigde motie') and what may follow it; an implicit request; an anaphor."""
    surname, party, members, cs, intro, kamer = (g[k] for k in ("surname", "party", "members", "cs", "intro",
                                                                "kamer"))
    mods = alternation(c["mention_modifiers"], rf"{SPACE}+")
    return {
        "member": re.compile(rf"(?P<name>{surname})(?P<party>{party})?"),
        "head": re.compile(rf"(?:\b(?P<mods>(?:{mods}{SPACE}+)+))?\b(?P<head>[Mm]oties?)\b"),
        "members_tail": re.compile(rf"{SPACE}+van{SPACE}+{intro}{SPACE}+(?P<list>{members})(?P<cs>{cs})"),
        "kamer_tail": re.compile(rf"{SPACE}+van{SPACE}+(?P<kamer>{kamer})\b"),
        "hyphen_tail": re.compile(rf"[-‐](?P<list>{surname}(?:[-/]{surname})*(?:{party})?)(?P<cs>{cs})"),
        "name_tail": re.compile(rf"{SPACE}+(?!van{SPACE})(?P<list>{surname}(?:{SPACE}*(?:/|en){SPACE}*{surname})*"
                                rf"(?:{party})?)(?P<cs>{cs})"),
        "implicit": re.compile(c["implicit_request"] + rf"(?:(?P<kamer>{kamer})\b|{intro}{SPACE}+"
                               rf"(?P<list>{members})(?P<cs>{cs}))"),
        "anaphor": re.compile(c["anaphor"]),
    }


def _description_patterns(c: dict) -> dict[str, Any]:
    """What the words around a mention say of it: status, date, subject, the request; where a citation ends."""
    return {
        "status": [(name, re.compile(p, re.I)) for name, p in c["status_cues"]],
        "date_after": re.compile(c["date_gap_after"], re.I),
        "date_before": re.compile(c["date_gap_before"], re.I),
        "date_start": re.compile(c["date_sentence_start"]),
        "gap_stop": re.compile(c["citation_gap_stop"], re.I),
        "quoted": re.compile(c["request_quoted"], re.I),
        "unquoted": [re.compile(p, re.I) for p in c["request_unquoted"]],
        "owner": re.compile(c["request_owner"], re.I),
        "subject": re.compile(c["subject"]),
    }


def _document_patterns(c: dict) -> dict[str, Any]:
    """The parts of a printed motion: dictum, considerations, title, announcement, date tabled, status, number."""
    return {
        "dictum": re.compile(rf"(?:^|(?<=[;,:\n])|(?<=\n))\s*(?P<v>{c['dictum_verbs']})", re.M),
        "consideration": re.compile(rf"(?:^|(?<=[;,\n]))\s*(?P<c>{c['consideration_openers']})", re.M | re.I),
        "title": re.compile(c["block_title"]),
        "title_end": re.compile(c["block_title_names_end"]),
        "announced": re.compile(c["block_announced"]),
        "proposed_after": re.compile(c["block_proposed_after"], re.M),
        "tabled": re.compile(c["block_tabled"]),
        "status_line": re.compile(c["block_status_line"], re.M),
        "number": re.compile(c["block_number"]),
    }
