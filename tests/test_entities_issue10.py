"""Entity rules added for debates, titles and people in Handelingen (issue 10): speaker headers with a party,
party-prefixed members, the chair, initials after the surname, debates and agenda items, laws by their citation
title, quoted titles, double-barrelled surnames, and organisations outside government. Sentences are made up
from general Dutch parliamentary language; each phenomenon has near-misses that must not fire."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_entities
from pipeline.extract.metadata import Signatory

MEMBER = "lid van de Tweede Kamer"


def found(text: str, signatories=()) -> dict[tuple[str, str], object]:
    return {(e.label, e.normalized): e for e in find_entities(text, signatories=list(signatories))}


PEOPLE = {
    "speaker-header-de-heer": ("De heer Jansen (CDA):\nVoorzitter. Ik dank de minister.", "Jansen", MEMBER, "CDA"),
    "speaker-header-mevrouw-spaces": ("Mevrouw De Boer ( SP ):\nDank u wel, voorzitter.", "De Boer", MEMBER, "SP"),
    "speaker-header-double-name": ("Mevrouw Peters-Smit (D66):\nVoorzitter, kort.", "Peters-Smit", MEMBER, "D66"),
    "speaker-header-minister": ("Minister Bakker:\nVoorzitter. Ik begin met de motie.", "Bakker", "minister", ""),
    "speaker-header-one-line": ("De voorzitter: Het woord is aan de heer Visser. De heer Visser (VVD): Dank u.",
                                "Visser", MEMBER, "VVD"),
    "chair-of-the-sitting": ("Voorzitter: Mulder\nAan de orde is het debat.", "Mulder",
                             "voorzitter van de vergadering", ""),
    "party-prefixed-members-first": ("Vragen van de SP-leden Smit en Van der Veen aan de minister.", "Smit", MEMBER,
                                     "SP"),
    "party-prefixed-members-second": ("Vragen van de SP-leden Smit en Van der Veen aan de minister.", "Van der Veen",
                                      MEMBER, "SP"),
    "party-prefixed-member": ("Het VVD-lid Hendriks stelde een vraag.", "Hendriks", MEMBER, "VVD"),
    "upper-case-heading-first": ("MOTIE VAN DE LEDEN JANSEN EN VAN DER VEEN\nVoorgesteld 3 maart", "Jansen", MEMBER,
                                 ""),
    "upper-case-heading-particle": ("MOTIE VAN DE LEDEN JANSEN EN VAN DER VEEN\nVoorgesteld 3 maart", "Van der Veen",
                                    MEMBER, ""),
    "upper-case-heading-double-name-cs": ("GEWIJZIGD AMENDEMENT VAN HET LID PETERS-SMIT C.S.\nx", "Peters-Smit",
                                          MEMBER, ""),
    "apposition-role": ("Volgens Pieter Smit, voorzitter van de bond, is dat onvermijdelijk.", "Pieter Smit",
                        "voorzitter", ""),
    "occupation-before-name": ("Dat zei woordvoerder Anna de Wit (ANWB) gisteren.", "Anna de Wit", "woordvoerder", ""),
    "author-et-al": ("Zie Visser, R. et al. (2023). Lessen uit de praktijk.", "R. Visser", "auteur", ""),
    "author-pair-particle": ("Bakker, J. en De Vries, K. (2021) schreven erover.", "K. De Vries", "auteur", ""),
    "initials-after-surname": ("Brief regering - minister van Financiën, Vermeulen-Bos A.Th.B. - 3 maart 2009",
                               "A.Th.B. Vermeulen-Bos", "", ""),
    "initials-after-surname-particle": ("Overig - voorzitter van de commissie, Berg J.J. van den (CDA) - 2008",
                                        "J.J. van den Berg", "", ""),
}


@pytest.mark.parametrize(("text", "name", "role", "party"), list(PEOPLE.values()), ids=list(PEOPLE))
def test_person_cues(text, name, role, party):
    ents = found(text)
    assert ("PERSON", name) in ents, sorted(ents)
    e = ents[("PERSON", name)]
    assert (e.role, e.party) == (role, party)


NOT_PEOPLE = {
    "title-is-no-given-name": ("Mevrouw Jansen (GroenLinks):\nDank.", "Mevrouw Jansen"),
    "legal-form-is-no-initials": ("De aandelen van Vaccinfabriek B.V. gaan naar de Staat.", "B.V. Vaccinfabriek"),
    "single-letter-is-no-initials": ("Zie hiervoor Bijlage A. en de toelichting.", "A. Bijlage"),
    "party-prefix-must-be-a-party": ("De commissie-leden Smit en Jansen spraken.", "Smit"),
    "apposition-needs-a-first-name": ("Daarom Jansen, voorzitter van de raad.", "Jansen"),
    "apposition-title-is-no-first-name": ("Mevrouw Jansen, voorzitter van de raad.", "Mevrouw Jansen"),
    "place-then-date-is-no-author": ("Den Haag, 12 maart 2024", "Den Haag"),
    "author-needs-citation-context": ("Volgens Bakker, J. ligt dat anders.", "J. Bakker"),
    "heading-without-names": ("MOTIE VAN DE LEDEN\nDe Kamer,\ngehoord de beraadslaging,", "De Kamer"),
    "bare-leden-is-no-cue": ("Dertig leden van de Tweede Kamer kunnen dat verzoeken.", "Van de Tweede"),
    "chair-needs-a-name": ("De voorzitter: Aan de orde is de stemming.", "Aan"),
    "motion-heading-is-no-signatory": ("Motie\nDe Kamer,\ngehoord de beraadslaging,", "Motie"),
}


@pytest.mark.parametrize(("text", "not_name"), list(NOT_PEOPLE.values()), ids=list(NOT_PEOPLE))
def test_no_person(text, not_name):
    ents = found(text, [Signatory("Motie", "lid Tweede Kamer")])
    assert ("PERSON", not_name) not in ents, sorted(ents)
    if not_name == "Smit":
        assert ents.get(("PERSON", "Smit")) is None or ents[("PERSON", "Smit")].party == ""


def test_signatory_role_has_one_spelling():
    ents = found("De Kamer,\ngehoord de beraadslaging,\nverzoekt de regering\nVisser", [Signatory("Visser",
                                                                                                "lid Tweede Kamer")])
    assert ents[("PERSON", "Visser")].role == MEMBER


def test_part_of_a_double_surname_is_the_same_person():
    ents = found("Mevrouw Peters-Smit (D66):\nVoorzitter. Ik sluit mij aan bij mevrouw Smit van de SP.")
    persons = [k for k in ents if k[0] == "PERSON"]
    assert persons == [("PERSON", "Peters-Smit")] and ents[("PERSON", "Peters-Smit")].mentions == 2


def test_two_double_surnames_sharing_a_part_stay_apart():
    ents = found("Mevrouw Peters-Smit (D66) en mevrouw Jansen-Smit (VVD) spraken. Mevrouw Smit ook.")
    assert ("PERSON", "Smit") in ents


TITLES = {
    "vao": ("Aan de orde is het VAO Jeugdzorg en passend onderwijs (AO d.d. 12/03).", "EVENT",
            "VAO Jeugdzorg en passend onderwijs"),
    "tweeminutendebat": ("Aan de orde is het tweeminutendebat Klimaat en Energie (CD d.d. 09/10).", "EVENT",
                         "Tweeminutendebat Klimaat en Energie"),
    "commissiedebat": ("Tijdens het commissiedebat Gevangeniswezen heeft de minister dit toegezegd.", "EVENT",
                       "Commissiedebat Gevangeniswezen"),
    "wet-op": ("De hoogte wordt geregeld in de Wet op de zorgtoeslag en niet elders.", "LAW", "Wet op de zorgtoeslag"),
    "besluit-ends-at-abbreviation": ("Dit volgt uit het Besluit gedragstoezicht financiële ondernemingen Wft dat nu "
                                     "geldt.", "LAW", "Besluit gedragstoezicht financiële ondernemingen Wft"),
    "title-ends-at-listed-abbreviation": ("Het Besluit prudentiële regels Wft verplicht banken hiertoe.", "LAW",
                                          "Besluit prudentiële regels Wft"),
    "title-ends-at-year": ("Dat volgt uit de Wet inkomstenbelasting 2001 luidt het antwoord.", "LAW",
                           "Wet inkomstenbelasting 2001"),
    "budget-chapter-is-no-acronym": ("De begroting van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) "
                                     "voor 2024.", "ORG", "Ministerie van Volksgezondheid, Welzijn en Sport"),
    "regeling-ends-before-verb": ("Volgens de Regeling veilige opslag stelt de gemeente eisen.", "LAW",
                                  "Regeling veilige opslag"),
    "wet-compound": ("Dat staat in de Jeugdwet en het Bouwbesluit.", "LAW", "Jeugdwet"),
    "besluit-compound": ("Dat staat in de Jeugdwet en het Bouwbesluit.", "LAW", "Bouwbesluit"),
    "quoted-report": ("Het rapport «Werk aan de winkel» verscheen vorig jaar.", "MISC", "Werk aan de winkel"),
    "quoted-name-after-article": ("Zij werken samen in de «Taskforce Wonen».", "MISC", "Taskforce Wonen"),
}


@pytest.mark.parametrize(("text", "label", "normalized"), list(TITLES.values()), ids=list(TITLES))
def test_titles(text, label, normalized):
    ents = found(text)
    assert (label, normalized) in ents, sorted(ents)


NOT_TITLES = {
    "debate-without-subject": ("Het VAO is verplaatst naar volgende week.", {"VAO"}),
    "sentence-initial-wet": ("Wet en regelgeving volgen later.", {"Wet en regelgeving"}),
    "wet-then-verb": ("Het voorstel maakt de Wet is gewijzigd duidelijk.", {"Wet"}),
    "quoted-speech-is-no-title": ("De minister zei: «Dat doen we niet».", {"Dat doen we niet"}),
    "quoted-news-item": ("Kent u het bericht «Tekort aan leraren groeit»?", {"Tekort aan leraren groeit"}),
    "lower-case-quote-after-article": ("Het is volgens hem een «doos» vol risico's.", {"doos"}),
}


@pytest.mark.parametrize(("text", "not_names"), list(NOT_TITLES.values()), ids=list(NOT_TITLES))
def test_no_title(text, not_names):
    names = {n for _, n in found(text)}
    assert not names & not_names, names


ORGANISATIONS = {
    "broadcaster": ("Uit onderzoek van de NOS blijkt dat het tekort groeit.", "NOS"),
    "newspaper": ("Volgens een artikel in Trouw is de regeling onduidelijk.", "Trouw"),
    "bank-lower-case-brand": ("Veel klanten van Bunq konden hun saldo niet zien.", "bunq"),
    "company": ("PostNL heeft de bezorgnorm niet gehaald, zegt de toezichthouder.", "PostNL"),
    "state-holding": ("De Staat houdt alle aandelen in TenneT en in Gasunie.", "TenneT"),
    "umbrella": ("Het akkoord is gesloten met VNO-NCW en de FNV.", "Federatie Nederlandse Vakbeweging"),
    "research-firm": ("Het onderzoek is uitgevoerd door Berenschot in opdracht van de minister.", "Berenschot"),
    "supervisor-acronym": ("De NZa en de AFM houden toezicht.", "Nederlandse Zorgautoriteit"),
}


@pytest.mark.parametrize(("text", "normalized"), list(ORGANISATIONS.values()), ids=list(ORGANISATIONS))
def test_organisations(text, normalized):
    ents = found(text)
    assert ("ORG", normalized) in ents, sorted(ents)


def test_ampersand_spelling_is_the_same_regulator():
    ents = found("De Autoriteit Consument & Markt houdt toezicht. De ACM meldt dat.")
    assert [k for k in ents if k[0] == "ORG"] == [("ORG", "Autoriteit Consument en Markt")]
    assert ents[("ORG", "Autoriteit Consument en Markt")].mentions == 2


def test_ambiguous_media_alias_needs_an_article():
    assert ("ORG", "Algemeen Dagblad") not in found("In de tabel staat kolom AD naast kolom BC.")
    assert ("ORG", "Algemeen Dagblad") in found("Dat meldde het AD vanochtend.")


SPLITS = {
    "two-organisations": ("Zij spraken met Amnesty International Nederland en Vluchtelingenwerk Nederland.",
                          "Vluchtelingenwerk Nederland",
                          "Amnesty International Nederland en Vluchtelingenwerk Nederland"),
    "adjective-pair-is-one-name": ("Het besluit van de Economische en Monetaire Unie geldt.",
                                   "Economische en Monetaire Unie", "Monetaire Unie"),
    "one-name-with-en": ("Zij spraken met de Raad voor Cultuur en Wetenschap over de begroting.",
                         "Raad voor Cultuur en Wetenschap", "Wetenschap"),
}


@pytest.mark.parametrize(("text", "present", "absent"), list(SPLITS.values()), ids=list(SPLITS))
def test_en_between_names(text, present, absent):
    names = {n for _, n in found(text)}
    assert present in names and absent not in names, names


def test_leading_function_word_starts_no_name():
    names = {n for _, n in found("Agendapunt: Aanbieding van het Verslag van de Commissie Toekomst Zorg.")}
    assert not any(n.startswith("van ") for n in names), names
