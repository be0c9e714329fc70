"""Join words that typesetting split over two lines, keep real hyphens.

Decided by letter case and a word list (``models/hyphenation.json``), and by
the document itself: a form seen elsewhere in the text wins over the rules.
"""

from __future__ import annotations

import re

from pipeline.resources import load_json

_TAIL = re.compile(r"([\w/]+)-$")
_HEAD = re.compile(r"^(\w+)")


class Hyphenator:
    def __init__(self, corpus_text: str = "") -> None:
        cfg = load_json("hyphenation.json")
        self.keep_prefixes = {p.lower() for p in cfg["keep_prefixes"]}
        self.clashes = set(cfg["vowel_clashes"])
        words = re.findall(r"[\w-]+", corpus_text.lower())
        self.seen = set(words)

    def decide(self, left: str, right: str) -> str:
        """Return 'join' (drop the hyphen), 'keep' (keep it, no space) or 'none'.

        ``left`` is the text of a line that ends with a hyphen, ``right`` the next.
        """
        tail = _TAIL.search(left.rstrip())
        head = _HEAD.match(right.lstrip())
        if not tail or not head:
            return "none"
        a, b = tail.group(1), head.group(1)
        if left.rstrip()[: tail.start()].endswith("-"):
            return "keep"  # a chain of hyphenated parts: human-machine- / teaming
        if b.lower() in ("en", "of", "tot", "noch", "dan") and " " in right.strip():
            return "none"  # "wet- en regelgeving": the hyphen stands for a left-out part
        a_last = a.split("/")[-1]
        joined, hyphened = (a_last + b).lower(), f"{a_last}-{b}".lower()
        if hyphened in self.seen and joined not in self.seen:
            return "keep"
        if joined in self.seen and hyphened not in self.seen:
            return "join"
        if b[0].isupper() or b[0].isdigit():
            return "keep"
        if a_last[-1].isupper() or a_last[-1].isdigit() or "/" in a:
            return "keep"
        if a_last.lower() in self.keep_prefixes:
            return "keep"
        if (a_last[-1] + b[0]).lower() in self.clashes:
            return "keep"
        return "join"

