"""The blank pipeline built with the compound rule is the tokenizer ``split_compounds`` makes of spacy.blank("nl")."""

from __future__ import annotations

import pytest
import spacy

from pipeline.lang.tokenizer import blank_dutch, split_compounds


@pytest.fixture(scope="module")
def pair():
    reference = spacy.blank("nl")
    split_compounds(reference)
    return reference, blank_dutch()


def test_same_rules_and_same_serialised_tokenizer(pair):
    reference, built = pair
    assert built.tokenizer.to_bytes(exclude=["vocab"]) == reference.tokenizer.to_bytes(exclude=["vocab"])
    assert built.lang == "nl" and built.config.to_str() == reference.config.to_str()


@pytest.mark.parametrize("text", [
    "De VN-agenda en CCW/GGE-overleg, zie blz. 3 t/m 5.", "Kamerstuk 36 200-X, nr. 90 (d.d. 1-2-2024).",
    "Het o.a. genoemde e.e.a. m.b.t. de Wet-Hoekstra", "https://zoek.officielebekendmakingen.nl/kst-1-2.html",
    "'s-Gravenhage, 12 maart 2024", "zo'n 3,5% – ca. € 1.200,-",
])
def test_same_tokens(pair, text):
    reference, built = pair
    assert [(t.text, t.whitespace_) for t in built(text)] == [(t.text, t.whitespace_) for t in reference(text)]


def test_split_compounds_leaves_a_built_one_alone(pair):
    _reference, built = pair
    before = built.tokenizer.infix_finditer
    split_compounds(built)
    assert built.tokenizer.infix_finditer is before
