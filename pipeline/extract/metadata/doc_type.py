"""The document type (letter, decision note, answers to questions, motion, ...), voted for by the cues in
``models/doc_types.json``."""

from __future__ import annotations

import re
from functools import cache

from pipeline.lang.needles import may_match, needles
from pipeline.lang.starts import folded_of
from pipeline.resources import load_json

DOC_TYPES: tuple[str, ...] = tuple(load_json("doc_types.json")["types"])


def classify(text: str, layout: str = "") -> str:
    scores = dict.fromkeys(DOC_TYPES, 0.0)
    head = text[:1500]
    lowered = folded_of(text)  # a rule over the whole text runs only where its needles are (pipeline.lang.needles)
    for rule in _rules():
        if not rule["head"] and not may_match(rule["needles"], lowered):
            continue
        target = head if rule["head"] else text
        if rule["regex"].search(target):
            scores[rule["type"]] += rule["weight"]
    if layout == "web":
        scores["nieuwsbericht"] += 4
    best = max(scores, key=lambda k: (scores[k], -DOC_TYPES.index(k)))
    return best if scores[best] >= 2 else "other"


@cache
def _rules() -> list[dict]:
    rules = []
    for r in load_json("doc_types.json")["rules"]:
        flags = re.M | (re.I if "i" in r.get("flags", "") else 0)
        regex = re.compile(r["pattern"], flags)
        rules.append({"type": r["type"], "weight": r["weight"], "head": r.get("head", False), "regex": regex,
                      "needles": needles(regex)})
    return rules


@cache
def _genres() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(p, re.M)) for name, p in load_json("doc_types.json").get("genres", {}).items())


def genre(text: str) -> str:
    """A finer kind of document within its type, from the head ('besluitenlijst'); '' when none applies."""
    head = text[:1500]
    return next((name for name, rx in _genres() if rx.search(head)), "")
