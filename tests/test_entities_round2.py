"""Entity rules of the second round of issue 10: product and service names written in CamelCase, instruments
named by an unknown acronym and a hyphen ('XYZ-subsidie'), nationality and regional adjectives before a common
noun, and a nationality's people noun kept apart from its adjective. Sentences are made up from general Dutch
parliamentary language; each phenomenon has near-misses that must not fire."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_entities


def names(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.normalized) for e in find_entities(text)}


FOUND = {
    "camel-product": ("Burgers loggen in met DigiD om hun gegevens te zien.", ("MISC", "DigiD")),
    "camel-two-words": ("Berichten staan in de berichtenbox van MijnOverheid.", ("MISC", "MijnOverheid")),
    "camel-lower-prefix": ("Bedrijven gebruiken eHerkenning voor het portaal.", ("MISC", "eHerkenning")),
    "acronym-subsidie": ("De XKW-subsidie wordt in 2025 opengesteld.", ("MISC", "XKW-subsidie")),
    "acronym-rapport": ("Het QPRT-rapport laat zien dat de kosten stijgen.", ("MISC", "QPRT-rapport")),
    "acronym-norm-numbers": ("De ABN-normen 1010 en 1020 gelden voor nieuwbouw.", ("MISC", "ABN-normen")),
    "adjective-before-noun": ("Dit raakt de Europese regelgeving voor banken.", ("NORP", "Europees")),
    "regional-adjective": ("Er is overleg met de Caribische landen van het Koninkrijk.", ("NORP", "Caribisch")),
    "people-noun": ("Veel Nederlanders wonen in het buitenland.", ("NORP", "Nederlanders")),
    "adjective-not-people": ("De Nederlandse economie groeit.", ("NORP", "Nederlands")),
}


@pytest.mark.parametrize("text,entity", FOUND.values(), ids=FOUND.keys())
def test_found(text, entity):
    assert entity in names(text)


NOT_FOUND = {
    # a surname glued to its particle in flattened text, two glued words of a page, a party the gazetteer knows
    "glued-particle": ("Het lid deBoer stelde vragen.", ("MISC", "deBoer")),
    "glued-function-word": ("Aldus besloten in de KamerHet woord is aan de minister.", ("MISC", "KamerHet")),
    "lower-glued-words": ("Ingediend is de motieDe Kamer, gehoord de beraadslaging.", ("MISC", "motieDe")),
    "known-party-camel": ("De fractie van GroenLinks stemt voor.", ("MISC", "GroenLinks")),
    # a known or defined body's compound is generic, and a compound with another head names no instrument
    "known-acronym-compound": ("De EU-richtlijn wordt omgezet.", ("MISC", "EU-richtlijn")),
    "defined-acronym-compound": ("De Stichting Kwaliteit Zorg (SKZ) schreef het SKZ-rapport.", ("MISC", "SKZ-rapport")),
    "other-head": ("De XKW-medewerkers zijn ingelicht.", ("MISC", "XKW-medewerkers")),
    # an adjective inside a name, or an ambiguous one before a capital, is no NORP
    "adjective-in-name": ("De Europese Commissie komt met een voorstel.", ("NORP", "Europees")),
    "adjective-before-capital": ("Het Caribisch Nederland kent eigen regels.", ("NORP", "Caribisch")),
}


@pytest.mark.parametrize("text,entity", NOT_FOUND.values(), ids=NOT_FOUND.keys())
def test_not_found(text, entity):
    assert entity not in names(text)


def test_people_noun_and_adjective_are_two_entities():
    found = names("Nederlanders betalen mee aan de Nederlandse begroting.")
    assert {("NORP", "Nederlanders"), ("NORP", "Nederlands")} <= found


@pytest.mark.parametrize("text", ["Het bestand bevat tekens als cL en iNo_ en piNipy door een fout.",
                                  "Zie de xY-as van de grafiek."])
def test_scanning_noise_is_no_camel_name(text):
    assert not {n for n in names(text) if n[0] == "MISC"}


COUNTRY_FINAL = {
    "org-ends-in-country": ("Wij spraken met Stichting Vluchtelingenhulp Nederland over de opvang.",
                            ("ORG", "Stichting Vluchtelingenhulp Nederland")),
    "english-org-ends-in-country": ("Het rapport van Legal Aid Network Suriname is ontvangen.",
                                    ("ORG", "Legal Aid Network Suriname")),
    "acronym-and-country": ("Ook ABW Nederland is geraadpleegd.", ("ORG", "ABW Nederland")),
}


@pytest.mark.parametrize("text,entity", COUNTRY_FINAL.values(), ids=COUNTRY_FINAL.keys())
def test_name_ending_in_country_is_an_organisation(text, entity):
    assert entity in names(text)


@pytest.mark.parametrize("text,entity", [
    ("Dit geldt ook voor Caribisch Nederland.", ("ORG", "Caribisch Nederland")),
    ("Het verschil tussen Europees Nederland en de eilanden.", ("ORG", "Europees Nederland")),
    ("De Wet Inburgering Nederland is gewijzigd.", ("ORG", "Wet Inburgering Nederland")),
])
def test_country_final_near_misses(text, entity):
    assert entity not in names(text)


def test_kingdom_and_country_are_two_places():
    found = names("Het Koninkrijk der Nederlanden bestaat uit vier landen, waaronder Nederland en Aruba.")
    assert {("GPE", "Koninkrijk der Nederlanden"), ("GPE", "Nederland")} <= found


@pytest.mark.parametrize("text,gone,kept", [
    ("Evaluatie Stichting Kwaliteitsregister Zorg\nDe minister zegt toe.",
     ("ORG", "Evaluatie Stichting Kwaliteitsregister Zorg"), ("ORG", "Stichting Kwaliteitsregister Zorg")),
    # near-miss: an organisation's own head word stays part of its name
    ("Stichting Kwaliteitsregister Zorg\nDe minister zegt toe.", None, ("ORG", "Stichting Kwaliteitsregister Zorg")),
])
def test_sentence_initial_action_noun_before_a_name(text, gone, kept):
    found = names(text)
    assert kept in found
    assert gone is None or gone not in found


@pytest.mark.parametrize("text,expected", [
    ("Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2023–2024 Vragen van het lid Jansen over de post.", False),
    ("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024–2025\nDe minister antwoordt.", False),
    # near-misses: the chamber named in the text, and the letterhead with 'uw Kamer' in the body
    ("De brief is aan de Tweede Kamer der Staten-Generaal gestuurd.", True),
    ("Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2023–2024 Ik informeer uw Kamer hierbij.", True),
])
def test_letterhead_chamber_is_no_mention(text, expected):
    assert (("ORG", "Tweede Kamer der Staten-Generaal") in names(text)) is expected
