"""The outcome of a vote on each motion, where a transcript of the stemmingen records it.

The chair puts a motion to the vote ('In stemming komt de motie-Van Dijk c.s. (36 200, nr. 12).') and states
the result in the Kamer's fixed formula ('Ik constateer dat de leden van de fracties van de SP, GroenLinks en
de PvdA voor deze motie hebben gestemd en die van de andere fracties ertegen, zodat zij is verworpen.', or
'... dat deze motie met algemene stemmen is aangenomen.'). The outcome becomes the motion's status, the
parties that voted for it ``voted_for``. The phrases are in ``models/motions.json``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from pipeline.resources import load_json

if TYPE_CHECKING:
    from pipeline.extract.motions import MotionValue

_LIST_SPLIT = re.compile(r"\s*,\s*|\s+en\s+")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    cfg = load_json("motions.json")["votes"]
    return {k: re.compile(cfg[k], re.I) for k in ("put_to_vote", "outcome", "voted_for", "unanimous")}


def votes(text: str, motions: list[MotionValue]) -> list[MotionValue]:
    """The motions with the outcome of their vote, where the text records one."""
    rx = _patterns()
    calls = list(rx["put_to_vote"].finditer(text))
    out = list(motions)
    for k, call in enumerate(calls):
        stop = calls[k + 1].start() if k + 1 < len(calls) else min(len(text), call.end() + 2000)
        result = rx["outcome"].search(text, call.end(), stop)
        target = _motion_put(text, call, out)
        if result is None or target is None:
            continue
        outcome = (result.group("out") or "").lower()
        parties: tuple[str, ...] = ()
        if not rx["unanimous"].search(text, call.end(), result.end()):
            voted = rx["voted_for"].search(text, call.end(), result.end())
            parties = _parties(voted.group("parties")) if voted else ()
        out[target] = replace(out[target], status=outcome, voted_for=parties)
    return out


def _motion_put(text: str, call: re.Match[str], motions: list[MotionValue]) -> int | None:
    """The motion the call names: by its number, else the one named inside the call's own words."""
    number = re.search(r"\bnr\.?\s*(\d+[a-z]?)\b", call.group(0))
    for i, m in enumerate(motions):
        if number and m.kamerstuk.endswith(f"-{number.group(1)}"):
            return i
    inside = [i for i, m in enumerate(motions) if m.footnote is None and call.start() <= m.start < call.end()]
    return inside[0] if inside else None


def _parties(listed: str) -> tuple[str, ...]:
    """'de SP, GroenLinks en de PvdA' -> ('SP', 'GroenLinks', 'PvdA')."""
    names = [re.sub(r"^(?:de|het)\s+", "", p.strip(), flags=re.I) for p in _LIST_SPLIT.split(listed)]
    return tuple(n for n in names if n)
