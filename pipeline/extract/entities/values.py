"""The values of the entity extractor: a mention a rule found, an entity its mentions name, and the
entity's frozen value that every one of its spans carries."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    """One span a rule (or the model) found; resolution and grouping fill in the fields after ``rule``."""

    start: int
    end: int
    text: str
    label: str
    normalized: str
    rule: str
    role: str = ""
    party: str = ""
    in_footnote: bool = False
    anchor: int = 0  # offset in the clean text used for ordering (a footnote's marker)
    both: bool = False  # a model entity overlapped this rule mention
    part: int = 0  # 0 for the body, k for the k-th footnote


@dataclass
class Entity:
    """The mentions of one entity, gathered while grouping."""

    label: str
    normalized: str
    texts: list[str] = field(default_factory=list)
    role: str = ""
    party: str = ""
    mentions: int = 0
    first: int = 0
    sources: set[str] = field(default_factory=set)
    in_footnote_only: bool = True
    rules: set[str] = field(default_factory=set)
    members: list[Mention] = field(default_factory=list)

    def value(self) -> EntityValue:
        source = "both" if self.sources == {"model", "rules"} else next(iter(self.sources))
        return EntityValue(text=max(self.texts, key=len), label=self.label, normalized=self.normalized,
                           role=self.role, party=self.party, mentions=self.mentions, first=self.first,
                           source=source, in_footnote=self.in_footnote_only)


@dataclass(frozen=True)
class EntityValue:
    """One distinct entity of a document, as every one of its mentions carries it."""

    text: str  # the most complete surface form
    label: str
    normalized: str
    role: str
    party: str
    mentions: int
    first: int  # offset of its first mention in the clean text (a footnote's marker for a footnote)
    source: str  # model, rules or both
    in_footnote: bool  # mentioned in footnotes only
