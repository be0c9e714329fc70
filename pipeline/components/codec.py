"""Findings as plain data inside the Doc, so that a Doc with findings survives ``doc.to_bytes()``, a ``DocBin``
and ``nlp.pipe(texts, n_process=2)``: spaCy serialises ``doc.user_data`` with msgpack, which knows dicts,
lists, strings and numbers, not our frozen values. A value is kept as a dict naming its type; reading it
builds the value again (sequences come back as tuples, as the frozen values hold them)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any

from pipeline.document import Footnote
from pipeline.extract.commitments import CommitmentValue
from pipeline.extract.dates import Anchor, TimeExpr
from pipeline.extract.entities import EntityValue
from pipeline.extract.metadata import Metadata, Question, Signatory
from pipeline.extract.motions import MotionValue
from pipeline.extract.references import Reference
from pipeline.extract.turns import Turn

_TYPE = "__kst__"
TYPES: dict[str, type] = {cls.__name__: cls for cls in (Reference, TimeExpr, Anchor, MotionValue, CommitmentValue,
                                                        EntityValue, Metadata, Signatory, Question,
                                                        Footnote, Turn)}


_PLAIN = frozenset({str, int, float, bool, type(None)})
_FIELDS: dict[type, tuple[str, ...]] = {cls: tuple(f.name for f in fields(cls)) for cls in TYPES.values()}


def encode(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:  # most of what a value holds: returned as it is, as below
        return value
    names = _FIELDS.get(kind)
    if names is not None:  # a value of ours: its fields, as below, without looking them up each time
        return {_TYPE: kind.__name__, **{n: encode(getattr(value, n)) for n in names}}
    if is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if name not in TYPES:
            raise TypeError(f"no codec for {name}")
        return {_TYPE: name, **{f.name: encode(getattr(value, f.name)) for f in fields(value)}}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    return value


def decode(data: Any) -> Any:
    if isinstance(data, dict) and _TYPE in data:
        cls = TYPES[data[_TYPE]]
        return cls(**{k: decode(v) for k, v in data.items() if k != _TYPE})
    if isinstance(data, list):
        return tuple(decode(v) for v in data)
    if isinstance(data, dict):
        return {k: decode(v) for k, v in data.items()}
    return data
