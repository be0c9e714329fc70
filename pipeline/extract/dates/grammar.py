"""The candidate grammar: what may be a time expression, and the spans that never are.

Each pattern is one linear scan; its name is the kind of candidate, which picks the normalizer
(:mod:`.normalize`). The words come from ``models/temporal.json`` and :mod:`pipeline.lang.calendar`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.lang.calendar import ABBREVIATIONS_NL, MONTHS_EN, MONTHS_NL, WEEKDAYS_NL
from pipeline.resources import load_json

_CFG = load_json("temporal.json")

D = r"(?:[12]\d|3[01]|0?[1-9])"
Y = r"(?:1[89]\d\d|20\d\d)"
MNL = "(?:" + "|".join(MONTHS_NL) + ")"
MABBR = r"(?:" + "|".join(sorted(ABBREVIATIONS_NL, key=len, reverse=True)) + r")\."
MEN = "(?:" + "|".join(MONTHS_EN) + ")"
MONTH = rf"(?:{MNL}|{MABBR}|{MEN})"
WD = "(?:" + "|".join(WEEKDAYS_NL) + ")"
REL = r"(?P<rel>\s+(?:aanstaande|a\.s\.|jl\.|jongstleden|j\.l\.))?"
SP = r"[^\S\n]+"  # spaces within a paragraph

SEASON = "|".join(_CFG["seasons"])
RECESS = "|".join(_CFG["recesses"])
NUMERAL = "|".join(_CFG["numerals"])
DEICTIC = "|".join(_CFG["deictic_days"])
UNIT_SHIFT = "|".join(_CFG["unit_shifts"])
PART = "|".join(_CFG["year_parts"])
ORD = "|".join(sorted(_CFG["ordinals"], key=len, reverse=True))
RELYEAR = r"(?P<ry>dit|vorig|vorige|volgend|volgende|komend|komende|afgelopen)\s+jaar"
VAGUE = (rf"(?:de|het){SP}(?:{'|'.join(_CFG['vague_modifiers'])}){SP}"
         rf"(?:(?:{'|'.join(_CFG['vague_numerals'])}|\d+){SP})?(?:{'|'.join(_CFG['vague_nouns'])})")
VAGUE_PHRASE = "|".join(p.replace(" ", r"\s+") for p in _CFG["vague_phrases"])
MONTH_PREP = "|".join(_CFG["month_prepositions"])
YEAR_PREP = "|".join(sorted(_CFG["year_prepositions"], key=len, reverse=True))

PATTERNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(p, re.I)) for name, p in [
    ("days_range", rf"\b(?P<d1>{D})(?:\s*,\s*{D})*\s*(?:en|t/m|tot\s+en\s+met|[-–])\s*(?P<d2>{D}){SP}"
                   rf"(?P<m>{MONTH})(?:{SP}(?P<y>{Y}))?{REL}\b"),
    ("van_tot", rf"\b(?:van|vanaf|tussen){SP}(?P<a>{D}{SP}{MONTH}(?:{SP}{Y})?|{MONTH}(?:{SP}{Y})?|{Y}){SP}"
                rf"(?:tot(?:{SP}en{SP}met)?|t/m|en){SP}(?P<b>{D}{SP}{MONTH}(?:{SP}{Y})?|{MONTH}(?:{SP}{Y})?|{Y})\b"),
    ("full", rf"(?:\b(?P<wd>{WD}),?{SP})?\b(?P<d>{D})(?:e|ste|de)?{SP}(?P<m>{MONTH})(?:{SP}(?P<y>{Y}))?{REL}(?![\w-])"),
    ("mdy", rf"\b(?P<m>{MEN}){SP}(?P<d>{D})(?:st|nd|rd|th)?,?{SP}(?P<y>{Y})\b"),
    ("numeric", rf"\b(?P<d>{D})(?P<sep>[-./])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<y>{Y})\b"),
    ("iso", rf"\b(?P<y>{Y})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"),
    ("quarter", rf"\b(?P<q>{ORD}){SP}kwartaal(?:{SP}(?:van{SP})?(?P<y>{Y}|{RELYEAR}))?"),
    ("quarter_q", rf"\bQ(?P<qn>[1-4])(?:[\s-]*(?P<y>{Y}))?\b"),
    ("half", rf"\b(?P<h>eerste|tweede|1e|2e){SP}(?:helft|halfjaar|half{SP}jaar)"
             rf"(?:{SP}(?:van{SP})?(?P<y>{Y}|{RELYEAR}))?"),
    ("season", rf"\b(?:(?P<prep>voor|vóór|na|tot){SP}(?:de|het){SP})?(?P<s>{SEASON})(?:{SP}van)?{SP}"
               rf"(?P<y>{Y}|{RELYEAR})\b"),
    ("season_bare", rf"\b(?P<prep>voor|na|in|vóór){SP}(?:de|het){SP}(?P<s>{SEASON}|{RECESS})\b"
                    rf"(?!{SP}(?:van{SP})?(?:{Y}|dit|vorig|volgend|komend))"),
    ("jaarwisseling", rf"\b(?:rond|na|voor|vóór){SP}de{SP}jaarwisseling\b"),
    ("part_year", rf"\b(?P<p>{PART})(?:{SP}van)?(?:{SP}het{SP}jaar)?{SP}(?P<y>{Y}|{RELYEAR})\b"),
    ("part_month", rf"\b(?P<p>{PART}){SP}(?P<m>{MNL})(?:{SP}(?P<y>{Y}))?\b"),
    ("month_year", rf"\b(?P<m>{MNL}|{MEN}){SP}(?P<y>{Y})\b"),
    ("month_bare", rf"\b(?P<prep>{MONTH_PREP}){SP}(?P<m>{MNL})\b(?!{SP}(?:{Y}|{D}\b))"),
    ("year_range", rf"\b(?P<y1>{Y})\s*[-–]\s*(?P<y2>{Y})\b"),
    ("relyear", rf"\b(?:(?P<p>eerder|later|begin|eind|medio|halverwege){SP})?(?:het{SP})?{RELYEAR}\b"),
    ("years_later", rf"\b(?P<n>{NUMERAL}){SP}jaar{SP}(?P<dir>later|eerder|daarna|daarvoor)\b"),
    ("deictic", rf"\b(?P<w>{DEICTIC})\b"),
    ("relunit", rf"\b(?:de{SP})?(?P<w>{UNIT_SHIFT}){SP}(?P<u>week|maand)\b"),
    ("vague", rf"\b{VAGUE}\b"),
    ("vague_word", rf"\b(?:{VAGUE_PHRASE})\b"),
    ("weekday", rf"\b(?:(?P<pre>aanstaande|komende|volgende|vorige|afgelopen){SP}(?P<wd1>{WD})|(?P<wd2>{WD}){SP}"
                rf"(?P<post>jl\.|jongstleden|aanstaande|a\.s\.))"),
    ("year", rf"(?P<pre>\((?=\s*{Y}\s*\))|\b(?:{YEAR_PREP}){SP}(?:het{SP}jaar{SP})?)?\b(?P<y>{Y})\b(?!\s*[-–]\s*{Y})"),
]]

_URL = re.compile(r"(?:https?://|www\.)\S+")
# 'Vergaderjaar 2023–2024' names a parliamentary year, an identifier rather than a time expression.
_VERGADERJAAR = re.compile(r"\bvergaderjaar\s+(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b", re.I)
_IDENTIFIER = re.compile(r"\b[A-Z]{2,}(?::[\w.]+){2,}")  # ECLI:NL:HR:2019:2007 and the like


def candidates(text: str, claimed: Iterable[tuple[int, int]] = ()) -> list[tuple[str, re.Match[str]]]:
    """Every (kind, match) of the grammar in ``text`` that touches neither a ``claimed`` span nor a blocked one
    (URLs, vergaderjaren, identifiers), in pattern order."""
    blocked = sorted([*claimed, *((m.start(), m.end()) for rx in (_URL, _VERGADERJAAR, _IDENTIFIER)
                      for m in rx.finditer(text))])
    return [(kind, m) for kind, pattern in PATTERNS for m in pattern.finditer(text)
            if not any(s < m.end() and m.start() < e for s, e in blocked)]
