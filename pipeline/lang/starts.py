"""Where a regular expression can start: the match scan tried only at the places that may begin a match.

Python's ``re`` finds no fixed starting point for a case-insensitive pattern, nor for one that opens with ``\\b``
or an optional group: ``finditer`` tries it at every position of the text (forty date patterns over a letter are
forty attempts per character). Every match of such a pattern still begins with one of a few short strings, read
from the pattern's own parse tree (``'(' '18' '19' '20' 'in' 'na' …`` for a year with its preposition). Those
starts, joined into one case-sensitive alternation, are searched in the :func:`~pipeline.lang.needles.folded` text,
where ``re`` skips ahead with its fast first-character scan; the pattern itself is tried (``Pattern.match``) only
where a start is found. Trying it at every place it may start, in text order, from the end of the last match on,
is what ``finditer`` does, so the matches never change: a place that begins none of the starts begins no match.

A start is cut where the pattern allows a character it cannot name cheaply (a class of over
:data:`MAX_CLASS` characters, ``\\d``, a non-ASCII letter): what was read so far is still a start. A pattern
that may start with such a character, or match the empty string, gets no starts and is scanned as before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from pipeline.lang.needles import folded

MAX_START = 4  # characters read per start: longer ones add alternatives more than they rule out places
MAX_CLASS = 12  # a larger class ([a-z]) is no use in a start
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def start_finder(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive pattern that, searched in the folded text, finds every place a match of ``pattern`` can
    begin (and maybe others); None when the places are not worth telling apart."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    if tree.getwidth()[0] == 0:
        return None
    found = _first(tree.data, frozenset({""}))
    if "" in found:
        return None
    kept: list[str] = []
    for start in sorted(found):  # a start with a shorter one before it adds nothing; in sorted order that one
        if not kept or not start.startswith(kept[-1]):  # is the last start kept
            kept.append(start)
    finder = re.compile("|".join(re.escape(s) for s in kept))
    _STEPS[finder] = _stepper(kept)
    return finder


_STEPS: dict[re.Pattern[str], re.Pattern[str]] = {}  # a finder of start_finder -> its one-character form


def _stepper(kept: list[str]) -> re.Pattern[str]:
    """The starts as matches of one character, the rest of a start in a look-ahead ('1(?=8|9)|\\(|i(?=n)'): its
    ``finditer`` then yields every place a start begins, overlapping ones too, one C step each."""
    rests: dict[str, list[str]] = {}
    for s in kept:  # sorted
        rests.setdefault(s[0], []).append(s[1:])
    return re.compile("|".join(re.escape(c) if "" in r else f"{re.escape(c)}(?={'|'.join(map(re.escape, r))})"
                               for c, r in rests.items()))


def finditer(pattern: re.Pattern[str], starts: re.Pattern[str] | None, text: str,
             folded_text: str | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the pattern tried only where ``starts`` (from :func:`start_finder`) finds a
    start in ``folded_text`` (``folded(text)``)."""
    lowered = folded(text) if folded_text is None else folded_text
    if starts is None or len(lowered) != len(text):
        yield from pattern.finditer(text)
        return
    step = _STEPS.get(starts)
    if step is not None:  # one step per place a start begins (the finder's search from each next place, in C)
        yield from matches_at(pattern, (at.start() for at in step.finditer(lowered)), text)
        return
    pos, at = 0, starts.search(lowered)
    while at is not None:
        i = at.start()
        m = pattern.match(text, i) if i >= pos else None
        if m is not None:
            yield m
            pos = m.end()  # never empty: start_finder refuses a pattern that may match the empty string
        at = starts.search(lowered, max(i + 1, pos))


def matches_at(pattern: re.Pattern[str], places: Iterable[int], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match begins at one of ``places`` (ascending, each
    once; more places than that do no harm) and that never matches the empty string: the pattern is tried only
    there, from the end of the last match on, as ``finditer`` would try it."""
    pos = 0
    for i in places:
        if i >= pos and (m := pattern.match(text, i)) is not None:
            yield m
            pos = m.end()


def _first(items: list[tuple[Any, Any]], after: frozenset[str]) -> frozenset[str]:
    """Starts of a sequence of items followed by something starting with one of ``after``; '' is 'anything'."""
    for op, av in reversed(items):
        after = _item(op, av, after)
    return after


def _item(op: Any, av: Any, after: frozenset[str]) -> frozenset[str]:
    if op in _ZERO_WIDTH:
        return after
    if op is sre.LITERAL:
        return _prefixed(_chars([(op, av)]), after)
    if op is sre.IN:
        return _prefixed(_chars(av), after)
    if op is sre.SUBPATTERN:
        return _first(av[3].data, after)
    if op is sre.ATOMIC_GROUP:
        return _first(av.data, after)
    if op is sre.BRANCH:
        return frozenset().union(*(_first(alt.data, after) for alt in av[1]))
    if op in _REPEATS:
        low, high, body = av
        once = _first(body.data, after if high == 1 else frozenset({""}))
        return once | after if low == 0 else once
    return frozenset({""})  # any character, a category, a back-reference: no start to read


def _chars(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The folded ASCII characters of a class or literal, None when it holds others or too many."""
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            out.add(chr(av).lower())
        elif op is sre.RANGE and av[1] < 128 and av[1] - av[0] < MAX_CLASS:
            out.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:
            return None
    return frozenset(out) if len(out) <= MAX_CLASS else None


def _prefixed(chars: frozenset[str] | None, after: frozenset[str]) -> frozenset[str]:
    if chars is None:
        return frozenset({""})
    return frozenset((c + a)[:MAX_START] for c in chars for a in after)


def scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where a match may begin (the starts and the folded text are kept
    for the patterns and the last texts scanned)."""
    return finditer(pattern, _finder(pattern), text, folded_of(text))


@functools.lru_cache(maxsize=512)
def _finder(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    return start_finder(pattern)


@functools.lru_cache(maxsize=4)
def folded_of(text: str) -> str:
    """:func:`~pipeline.lang.needles.folded`, kept for the last texts: the finders of a document scan its text
    one after another."""
    return folded(text)
