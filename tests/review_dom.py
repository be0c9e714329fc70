"""Reading review pages back (the HTML as written, or the DOM a browser dumped): the highlights and the text."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Mark:
    """One highlight element: its attributes, the text inside it, and the region it stands in."""

    attrs: dict[str, str]
    region: str  # "text" (the body), "fn-<i>" (the text of footnote i), "" elsewhere
    text: list[str] = field(default_factory=list)

    @property
    def ident(self) -> str:
        return self.attrs.get("data-id", "")

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class ReviewDom(HTMLParser):
    """Every ``<mark>``, every tag name seen, and the text of the body (``#text``) and of each footnote."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[Mark] = []
        self.tags: list[str] = []
        self.regions: dict[str, list[str]] = {}
        self._open: list[Mark] = []
        self._region: list[tuple[str, str]] = []  # (tag, region) of the region elements open
        self._note = ""
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append(tag)
        if a.get("id") == "text":
            self._region.append((tag, "text"))
        elif tag == "li" and a.get("id", "").startswith("fn-"):
            self._note = a["id"]
        elif tag == "span" and a.get("class") == "fn-text":
            self._region.append((tag, self._note))
        if tag == "mark":
            mark = Mark(a, self._region[-1][1] if self._region else "")
            self.marks.append(mark)
            self._open.append(mark)

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open:
            self._open.pop()
        elif self._region and self._region[-1][0] == tag:
            self._region.pop()

    def handle_data(self, data: str) -> None:
        for mark in self._open:
            mark.text.append(data)
        if self._region:
            self.regions.setdefault(self._region[-1][1], []).append(data)

    def text_of(self, region: str) -> str:
        return "".join(self.regions.get(region, []))

    def heads(self, ident: str) -> list[Mark]:
        """The head elements of a finding (one for each finding; its continuations carry class 'cont')."""
        return [m for m in self.marks if m.ident == ident and "cont" not in m.classes]

    def covered(self, ident: str) -> str:
        """The text a finding's elements cover, head and continuations in document order."""
        return "".join("".join(m.text) for m in self.marks if m.ident == ident)
