"""The one overlap filter (pipeline.overlaps): every finder's priority rule, lazy builds, claims, clashes."""

from __future__ import annotations

from pipeline.overlaps import Claim, first_longest, select


def test_select_first_longest():
    spans = [(0, 5, "a"), (0, 9, "b"), (3, 12, "c"), (9, 12, "d"), (12, 14, "e")]
    kept = select(spans, bounds=lambda s: s[:2], priority=lambda s: first_longest(s[0], s[1]))
    assert [s[2] for s in kept] == ["b", "d", "e"]


def test_select_builds_lazily_and_a_failed_build_claims_nothing():
    built = []

    def build(s):
        built.append(s[2])
        return None if s[2] == "b" else Claim(s[2].upper(), s[0], s[1])

    kept = select([(0, 9, "b"), (0, 5, "a"), (3, 7, "c")], bounds=lambda s: s[:2],
                  priority=lambda s: first_longest(s[0], s[1]), build=build)
    assert kept == ["A"] and built == ["b", "a"]


def test_select_by_trust_reports_clashes():
    clashes = []
    items = [(5, 15, 1, "long-weak"), (8, 12, 9, "short-strong"), (0, 3, 1, "free")]
    kept = select(items, bounds=lambda s: s[:2], priority=lambda s: (-s[2], s[0] - s[1]),
                  on_clash=lambda item, kept: clashes.append((item[3], [k[3] for k in kept])))
    assert [k[3] for k in kept] == ["free", "short-strong"]
    assert clashes == [("long-weak", ["short-strong"])]


def test_a_claim_may_be_shorter_or_longer_than_its_match():
    # A date whose expression ends before its match lets the next one start there; an impossible date claims
    # its whole match though it reports nothing.
    items = [(0, 10, "short"), (6, 9, "next"), (12, 20, "void"), (14, 16, "inside-void")]

    def build(s):
        if s[2] == "short":
            return Claim("short", 0, 5)
        return Claim(None, s[0], s[1]) if s[2] == "void" else Claim(s[2], s[0], s[1])

    assert select(items, bounds=lambda s: s[:2], priority=lambda s: first_longest(s[0], s[1]), build=build) == \
        ["short", "next"]


def test_nothing_in_nothing_out():
    assert select([], bounds=lambda s: s, priority=lambda s: s) == []
