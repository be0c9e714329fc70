"""Words a regular expression cannot match without: a pattern whose needles are all absent from a text is not run.

Python's ``re`` finds no fixed starting point for a pattern that opens with ``\\b`` or an optional group, so
``finditer`` tries it at every position of the text: forty date patterns over a letter cost forty full scans,
while most of them need a word ('kwartaal', 'reces', a month name) the letter does not contain. The needles
are read from the pattern's own parse tree: for each pattern a set of literal strings of which every match
holds at least one. Looking for them (``str.__contains__``, a fast C search) decides whether the scan can find
anything; when it can, the pattern runs as before, so the matches never change.

Case: the needles are lower case and are looked for in :func:`folded` text, which maps every character that
``re.IGNORECASE`` can equate with an ASCII letter onto it; a needle holds ASCII characters only.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

MIN_NEEDLE = 3  # shorter literals are in nearly every text: not worth a search

_SPECIAL_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})  # re's case-insensitive equivalents of i and s


def folded(text: str) -> str:
    """``text`` in lower case, with the characters ``re.IGNORECASE`` equates with i and s folded onto them.

    ``str.translate`` with a table looks up every character (about 100 ns each, 20 times ``lower``): it runs only
    on a text that holds one of the three."""
    if "İ" in text or "ı" in text or "ſ" in text:
        return text.translate(_SPECIAL_FOLDS).lower()
    return text.lower()


def needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings of which every match of ``pattern`` holds one (lower case), or None when there are none
    worth searching for."""
    return _required(sre_parse.parse(pattern.pattern, pattern.flags).data)


def may_match(found: frozenset[str] | None, folded_text: str) -> bool:
    """False only when ``pattern`` (with those ``needles``) cannot match the text ``folded_text`` was made from."""
    return found is None or any(n in folded_text for n in found)


def _required(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best needle set of a sequence: any one item's set holds for the whole sequence."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= MIN_NEEDLE:
            options.append(frozenset({"".join(run).lower()}))
        run.clear()

    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av))
            continue
        close()
        found = _item(op, av)
        if found is not None:
            options.append(found)
    close()
    return max(options, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _item(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre.BRANCH:
        sets = [_required(alt.data) for alt in av[1]]
        if any(s is None for s in sets):
            return None
        return frozenset().union(*sets)  # type: ignore[arg-type]
    if op is sre.SUBPATTERN:
        return _required(av[3].data)
    if op is sre.ATOMIC_GROUP:
        return _required(av.data)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(av[2].data)
    return None  # a class, a look-around, a back-reference, an optional part: nothing it must hold
