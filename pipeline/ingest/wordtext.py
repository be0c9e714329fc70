"""The text shape structured readers (Word, officielebekendmakingen XML) hand to the text stage.

A Word document saved as text carries its footnotes inline: ``[footnoteRef:1]`` where the marker stands and
``[1: body]`` after the paragraph. The text stage already reads that shape (:mod:`pipeline.text.footnotes`);
a reader that knows the real footnotes writes them in it, so every extractor sees the same document whether
it came as ``.txt`` or in its original format.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.ingest.pages import Line, Page


@dataclass
class Paragraph:
    """One paragraph: its text pieces and footnote markers in reading order."""

    parts: list[str | int] = field(default_factory=list)  # text, or the number of a footnote marker

    def add(self, item: str | int) -> None:
        self.parts.append(item)

    def text(self) -> str:
        return "".join(p for p in self.parts if isinstance(p, str))


def _safe_body(body: str) -> str:
    """A body with unbalanced brackets would end early in ``[n: body]``: its brackets become parentheses."""
    depth = 0
    for c in body:
        depth += {"[": 1, "]": -1}.get(c, 0)
        if depth < 0:
            break
    return body if depth == 0 else body.replace("[", "(").replace("]", ")")


def paragraph_lines(paragraphs: list[Paragraph], notes: dict[int, str]) -> list[str]:
    """Each paragraph as a line (a manual line break inside it starts a new line), markers inline and the
    bodies of its footnotes after its last line."""
    lines: list[str] = []
    for para in paragraphs:
        text, bodies = "", []
        for part in para.parts:
            if isinstance(part, int):
                text += f"[footnoteRef:{part}]"
                if part in notes:
                    bodies.append(f"[{part}: {_safe_body(' '.join(notes[part].split()))}]")
            else:
                text += part
        if not text.strip() and not bodies:
            continue
        if bodies:
            text = f"{text.rstrip()} {' '.join(bodies)}"
        lines.extend(text.split("\n"))
    return lines


def one_page(lines: list[str]) -> list[Page]:
    """Structured sources say nothing reliable about pages: one page."""
    return [Page(number=1, lines=[Line(text=t, page=1) for t in lines])]
