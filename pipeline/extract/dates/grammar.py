"""The candidate grammar: what may be a time expression, and the spans that never are.

Each pattern is one linear scan; its name is the kind of candidate, which picks the normalizer
(:mod:`.normalize`). The words come from ``models/temporal.json`` and :mod:`pipeline.lang.calendar`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable

from pipeline.lang.calendar import ABBREVIATIONS_NL, MONTHS_EN, MONTHS_NL, WEEKDAYS_NL
from pipeline.lang.needles import may_match, needles
from pipeline.lang.starts import finditer, folded_of, start_finder
from pipeline.resources import alternation, load_json

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
RELWORD = r"(?:jl\.|jongstleden|j\.l\.|aanstaande|a\.s\.)"
REL_END = r"(?:(?<=\.)|\b)"  # after 'jl.' anything may follow (a glued footnote marker: 'jl.2')
MEETING = (rf"(?:\b{alternation(_CFG['meeting_cues'], SP)}|(?-i:\b(?:{'|'.join(_CFG['meeting_abbreviations'])})\b)"
           rf"(?:{SP}{alternation(_CFG['meeting_cues'], SP)})?|\b{alternation(_CFG['meeting_words'], SP)}"
           rf"(?:{SP}(?:{alternation(_CFG['meeting_cues'], SP)}|van))?)")
DAYPART = alternation(_CFG["weekday_dayparts"])
DEICTIC_ALL = alternation([*_CFG["deictic_days"], *_CFG["spoken_days"]])
WEEKSHIFT = r"(?:volgende|vorige|deze|komende|afgelopen)"
RECESS_PREP = rf"(?:(?:direct|kort|vlak|uiterlijk){SP})?(?:voor|vóór|na|in|tijdens|rond|tot|vanaf|sinds)"
EVENT = alternation(_CFG["parliamentary_events"], SP)
EVENT_PREP = alternation(_CFG["event_prepositions"], SP)
NAMED_DAY = alternation(list(_CFG["named_days"]))
DECADE = alternation(list(_CFG["decades"]))
CENTURY = alternation(list(_CFG["century_qualifiers"]), SP)
TERM = alternation(_CFG["government_terms"])
TERM_PART = alternation(_CFG["term_parts"], SP)
APPROX_COUNT = alternation(_CFG["approx_counts"], SP)
YEAR_PREP = "|".join(sorted(_CFG["year_prepositions"], key=len, reverse=True))

PATTERNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(p, re.I)) for name, p in [
    ("days_range", rf"\b(?P<d1>{D})(?:\s*,\s*{D})*\s*(?:en|t/m|tot\s+en\s+met|[-–])\s*(?P<d2>{D}){SP}"
                   rf"(?P<m>{MONTH})(?:{SP}(?P<y>{Y}))?{REL}{REL_END}"),
    ("van_tot", rf"\b(?:van|vanaf|tussen){SP}(?P<a>{D}{SP}{MONTH}(?:{SP}{Y})?|{MONTH}(?:{SP}{Y})?|{Y}){SP}"
                rf"(?:tot(?:{SP}en{SP}met)?|t/m|en){SP}(?P<b>{D}{SP}{MONTH}(?:{SP}{Y})?|{MONTH}(?:{SP}{Y})?|{Y})\b"),
    ("full", rf"(?:\b(?P<wd>{WD}),?{SP})?\b(?P<d>{D})(?:e|ste|de)?{SP}(?P<m>{MONTH})(?:{SP}(?P<y>{Y}))?{REL}"
             rf"(?:(?<=\.)|(?![\w-]))"),
    ("mdy", rf"\b(?P<m>{MEN}){SP}(?P<d>{D})(?:st|nd|rd|th)?,?{SP}(?P<y>{Y})\b"),
    ("numeric", rf"\b(?P<d>{D})(?P<sep>[-./])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<y>{Y})\b"),
    ("meeting_dm", rf"{MEETING}{SP}?\(?(?P<d>{D})[/-](?P<m>0?[1-9]|1[0-2])(?![-/.]?\d)"),
    ("iso", rf"\b(?P<y>{Y})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"),
    ("quarter", rf"\b(?P<q>{ORD}){SP}kwartaal(?:{SP}(?:van{SP})?(?P<y>{Y}|{RELYEAR}))?"),
    ("quarter_q", rf"\bQ(?P<qn>[1-4])(?:[\s-]*(?P<y>{Y}))?\b"),
    ("half", rf"\b(?P<h>eerste|tweede|1e|2e){SP}(?:helft|halfjaar|half{SP}jaar)"
             rf"(?:{SP}(?:van{SP})?(?P<y>{Y}|{RELYEAR}))?"),
    ("season", rf"\b(?:(?P<prep>voor|vóór|na|tot|rond|omstreeks){SP}(?:de|het){SP})?(?P<s>{SEASON})(?:{SP}van)?{SP}"
               rf"(?P<y>{Y}|{RELYEAR})\b"),
    ("season_bare", rf"\b(?P<prep>voor|na|in|vóór|rond|omstreeks|tijdens|tot){SP}(?:de|het){SP}(?P<s>{SEASON})\b"
                    rf"(?!{SP}(?:van{SP})?(?:{Y}|dit|vorig|volgend|komend))"),
    ("recess", rf"\b(?:(?P<prep>{RECESS_PREP}){SP})?(?:(?:het{SP})?(?P<part>begin|start|einde?){SP}van{SP})?"
               rf"(?:de|het){SP}(?P<r>{RECESS})\b"
               rf"(?:{SP}(?:van{SP})?(?P<y>{Y}))?"),
    ("jaarwisseling", rf"\b(?:(?P<prep>rond|na|voor|vóór|tijdens|tot|sinds|tegen){SP})?(?:(?P<art>de|het){SP}"
                      rf"(?:(?P<w>afgelopen|vorige|komende|aanstaande|volgende|laatste){SP})?)?jaarwisseling\b"
                      rf"(?:{SP}(?:van{SP})?(?P<y1>{Y})(?:\s*[-/–]\s*|{SP}(?:op|naar){SP})(?P<y2>{Y}|\d\d)\b)?"),
    ("named_day", rf"\b(?:(?P<prep>voor|vóór|na|rond|op|tot|met|tijdens|uiterlijk|vanaf|sinds){SP})?"
                  rf"(?P<e>{NAMED_DAY})\b(?:{SP}(?P<y>{Y})\b)?"),
    ("event", rf"\b{EVENT_PREP}{SP}(?:de|het){SP}{EVENT}\b(?!{SP}{Y})"),
    ("decade", rf"\bde{SP}jaren{SP}(?:(?P<w>{DECADE})|'?(?P<n>[2-9]0)(?![\d%,.]\d?))(?:{SP}(?P<c>{CENTURY}))?\b"),
    ("term", rf"\b(?:(?:het|de){SP})?{TERM_PART}{SP}van{SP}(?:deze|dit|de|het|die|dat)(?:{SP}huidige)?{SP}{TERM}\b"),
    ("over_units", rf"\bover{SP}{APPROX_COUNT}{SP}(?:dagen|weken|maanden|jaren|jaar|dag|week|maand)\b"),
    ("part_year", rf"\b(?P<p>{PART})(?:{SP}van)?(?:{SP}het{SP}jaar)?{SP}(?P<y>{Y}|{RELYEAR})\b"),
    ("part_month", rf"\b(?P<p>{PART}){SP}(?P<m>{MNL})(?:{SP}(?P<y>{Y}))?\b"),
    ("month_year", rf"\b(?P<m>{MNL}|{MEN}){SP}(?:van{SP})?(?:(?P<y>{Y})|{RELYEAR})\b"),
    ("month_rel", rf"(?:\b(?P<prep>{MONTH_PREP}){SP})?\b(?P<m>{MNL}){SP}(?P<post>{RELWORD}){REL_END}"
                  rf"|\b(?P<pre>afgelopen|vorige|komende|aanstaande|volgende){SP}(?P<m2>{MNL})\b"
                  rf"(?!{SP}(?:{Y}|{D}\b))"),
    ("month_bare", rf"\b(?P<prep>{MONTH_PREP}){SP}(?P<m>{MNL})\b"
                   rf"(?!{SP}(?:{Y}|{D}\b|van{SP}(?:{Y}|dit|vorig|volgend|komend)|{RELWORD}))"),
    ("year_range", rf"\b(?P<y1>{Y})\s*[-–]\s*(?P<y2>{Y})\b"),
    ("relyear", rf"\b(?:(?P<p>eerder|later|begin|eind|medio|halverwege){SP})?(?:het{SP})?{RELYEAR}\b"),
    ("years_later", rf"\b(?P<n>{NUMERAL}){SP}jaar{SP}(?P<dir>later|eerder|daarna|daarvoor)\b"),
    ("deictic", rf"\b(?P<w>{DEICTIC_ALL})\b"),
    ("week_weekday", rf"\b(?P<w>{WEEKSHIFT}){SP}week{SP}(?P<wd>{WD})\b"
                     rf"|\b(?P<wd2>{WD}){SP}(?P<w2>{WEEKSHIFT}){SP}week\b"),
    ("week_number", rf"\b(?:(?P<prep>in|vanaf|na|voor|tot|t/m|uiterlijk|rond){SP})?week{SP}"
                    rf"(?P<n>5[0-3]|[1-4]\d|0?[1-9])\b(?:{SP}(?:van{SP})?(?P<y>{Y})\b)?(?![.,]\d)"),
    ("relunit", rf"\b(?:de{SP})?(?P<w>{UNIT_SHIFT}){SP}(?P<u>week|maand)\b"),
    ("vague", rf"\b{VAGUE}\b"),
    ("vague_word", rf"\b(?:{VAGUE_PHRASE})\b"),
    ("weekday", rf"\b(?:(?P<pre>aanstaande|komende|volgende|vorige|afgelopen){SP}(?P<wd1>{WD})|(?P<wd2>{WD}){SP}"
                rf"(?P<post>jl\.|jongstleden|aanstaande|a\.s\.))"),
    ("weekday_bare", rf"\b(?P<wd>{WD})(?P<part>{DAYPART})?\b(?!{SP}?\d)(?!{SP}?(?:t/m|tot\b|-|–))"),
    ("year", rf"(?P<pre>\((?=\s*{Y}\s*\))|\b(?:{YEAR_PREP}){SP}(?:het{SP}jaar{SP})?)?\b(?P<y>{Y})\b(?!\s*[-–]\s*{Y})"),
]]

_NEEDLES = [needles(pattern) for _kind, pattern in PATTERNS]  # a pattern none of whose words is in a text is not run
_STARTS = [start_finder(pattern) for _kind, pattern in PATTERNS]  # and one that is, only where a match may begin

_URL = re.compile(r"(?:https?://|www\.)\S+")
# 'Vergaderjaar 2023–2024' names a parliamentary year, an identifier rather than a time expression.
_VERGADERJAAR = re.compile(r"\bvergaderjaar\s+(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b", re.I)
_IDENTIFIER = re.compile(r"\b[A-Z]{2,}(?::[\w.]+){2,}")  # ECLI:NL:HR:2019:2007 and the like
_BLOCKED = [(rx, start_finder(rx)) for rx in (_URL, _VERGADERJAAR, _IDENTIFIER)]


def candidates(text: str, claimed: Iterable[tuple[int, int]] = ()) -> list[tuple[str, re.Match[str]]]:
    """Every (kind, match) of the grammar in ``text`` that touches neither a ``claimed`` span nor a blocked one
    (URLs, vergaderjaren, identifiers), in pattern order."""
    free = _outside(sorted(claimed))
    return [c for c in _scan(text) if free(c[1])]


@functools.lru_cache(maxsize=4)
def _scan(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """The grammar's matches outside the blocked spans, for the last texts scanned: a text without a document
    date is scanned once to estimate its anchor and once more for its dates (a match outside the blocked spans
    and outside the claimed ones is outside their union, so the claimed ones can be taken out after)."""
    lowered = folded_of(text)
    free = _outside(sorted(m.span() for rx, starts in _BLOCKED for m in finditer(rx, starts, text, lowered)))
    return tuple((kind, m) for (kind, pattern), needed, starts in zip(PATTERNS, _NEEDLES, _STARTS)
                 if may_match(needed, lowered) for m in finditer(pattern, starts, text, lowered) if free(m))


def _outside(blocked: list[tuple[int, int]]) -> Callable[[re.Match[str]], bool]:
    """Whether a match touches none of the ``blocked`` spans (sorted)."""
    starts = [s for s, _e in blocked]
    reach = list(itertools.accumulate((e for _s, e in blocked), max))  # furthest end among the first i spans

    def free(m: re.Match[str]) -> bool:  # no blocked span starts before the match ends and reaches into it
        i = bisect.bisect_left(starts, m.end())
        return i == 0 or reach[i - 1] <= m.start()
    return free
