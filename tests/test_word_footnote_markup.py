"""Word footnote markup out of a line: markers at their place in the text that is left, bodies kept, other
brackets left alone (the line is copied in whole stretches between brackets)."""

from __future__ import annotations

import pytest

from pipeline.text.footnotes import strip_word_footnotes


@pytest.mark.parametrize(("line", "want"), [
    ("Tekst[footnoteRef:1] verder.", ("Tekst verder.", [(5, "1")], [])),
    ("een [zin] met haken[footnoteRef: 2]", ("een [zin] met haken", [(19, "2")], [])),
    ("[3: Kamerstuk [36 200], nr. 4] en", (" en", [], [("3", "Kamerstuk [36 200], nr. 4")])),
    ("open [5: zonder einde", ("open", [], [("5", "zonder einde")])),
    ("a[bookmark:x]b[footnoteRef:6]  ", ("ab", [(2, "6")], [])),
    ("[[footnoteRef:7]]", ("[]", [(1, "7")], [])),
    ("geen markup", ("geen markup", [], [])),
    ("", ("", [], [])),
])
def test_strip_word_footnotes(line, want):
    assert strip_word_footnotes(line) == want
