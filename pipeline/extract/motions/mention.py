"""One mention of a motion while it is being read: filled in step by step by the finders and describers.

A working record inside this package (mutable on purpose: each step adds what it learns); what leaves the
package is the frozen :class:`~pipeline.extract.motions.MotionValue`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.document import Footnote


@dataclass
class Mention:
    start: int
    end: int
    raw: str
    kind: str  # named, kamer, bare, implicit, document
    submitters: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    cosigners: bool = False
    kamerstuk: str = ""
    status: str = ""
    date: str = ""
    request: str = ""
    subject: str = ""
    sentence: tuple[int, int] = (0, 0)
    footnote: Footnote | None = None  # set when the mention stands in a footnote
    plural: bool = False  # 'moties': one row per Kamerstuk cited with it
    subject_end: int = 0  # where its 'over ...' ends
    considerations: list[str] = field(default_factory=list)
