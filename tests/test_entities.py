"""Named entities with roles (pipeline.extract.entities): rules on their own, and merged with a model's NER.

Every table below is written from what an analyst of Dutch parliamentary letters expects, not from what the
code happens to do. The sentences are realistic but made up; none is copied from the seed documents.

Part 1: each gazetteer family through find_entities (ministries, parties, international bodies, government
        bodies, countries, places, continents and regions, laws, nationalities).
Part 2: person patterns: initials with tussenvoegsels, signatories, titles and functions, members of
        parliament with their party, and one person under several spellings.
Part 3: definitions the text gives itself: 'Name (ACRONYM)', '(hierna: X)', a lower-case name that spells its
        acronym; a party after a person's name is not a definition.
Part 4: labels from the head word of a name no gazetteer knows.
Part 5: no junk: near-misses that must yield no entity (of a given kind).
Part 6: merging with a tiny spaCy NER model trained here: source model / rules / both; rules win on labels and
        boundaries where they overlap.
Part 7: through the pipeline on seed 001: entities.csv against the contract in TABLES.md.
"""

from __future__ import annotations

import csv
import re
from typing import Any

import pytest
import spacy
from conftest import rows_of, seed
from spacy.training import Example
from spacy.util import fix_random_seed

import pipeline.run
from pipeline.extract.entities import Entity, find_entities
from pipeline.extract.metadata import Signatory
from pipeline.nlp import MODEL_ENV, is_statistical, load_nlp
from pipeline.settings import settings

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "MISC"}
MEMBER = "lid van de Tweede Kamer"
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december", "january", "february", "march", "may", "june", "july", "august", "october"]


# --- helpers ---------------------------------------------------------------------------

def describe(entities: list[Entity]) -> str:
    return "\n".join(f"  {e.label:6} {e.normalized!r} texts={e.texts} role={e.role!r} party={e.party!r} "
                     f"mentions={e.mentions} sources={sorted(e.sources)}" for e in entities) or "  (none)"


def the(entities: list[Entity], label: str, normalized: str) -> Entity:
    """The one entity with this label and normalized form; the message lists what was found instead."""
    found = [e for e in entities if e.label == label and e.normalized == normalized]
    assert len(found) == 1, f"expected one {label} {normalized!r}, got {len(found)}; entities:\n{describe(entities)}"
    return found[0]


def longest(e: Entity) -> str:
    return max(e.texts, key=len)


# --- 1. gazetteer families --------------------------------------------------------------
# (text, label, normalized, a surface form that must be among the entity's texts, mentions or None)

GAZETTEER_CASES = {
    # ministries
    "ministry-full-name": (
        "Het Ministerie van Defensie heeft de aanbesteding voor de nieuwe fregatten afgerond.",
        "ORG", "Ministerie van Defensie", "Ministerie van Defensie", 1),
    "ministry-full-name-with-commas": (
        "Het Ministerie van Volksgezondheid, Welzijn en Sport stuurt de Kamer een brief over de wachtlijsten.",
        "ORG", "Ministerie van Volksgezondheid, Welzijn en Sport",
        "Ministerie van Volksgezondheid, Welzijn en Sport", 1),
    "ministry-short-form-bz": (
        "De minister heeft hierover overleg gevoerd met Buitenlandse Zaken en met Justitie en Veiligheid.",
        "ORG", "Ministerie van Buitenlandse Zaken", "Buitenlandse Zaken", 1),
    "ministry-short-form-jenv": (
        "De minister heeft hierover overleg gevoerd met Buitenlandse Zaken en met Justitie en Veiligheid.",
        "ORG", "Ministerie van Justitie en Veiligheid", "Justitie en Veiligheid", 1),
    "ministry-abbreviation-bzk": (
        "Het overleg tussen BZK, OCW en VWS over de huisvesting van studenten loopt nog.",
        "ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "BZK", 1),
    "ministry-abbreviation-ocw": (
        "Het overleg tussen BZK, OCW en VWS over de huisvesting van studenten loopt nog.",
        "ORG", "Ministerie van Onderwijs, Cultuur en Wetenschap", "OCW", 1),
    "ministry-abbreviation-vws": (
        "Het overleg tussen BZK, OCW en VWS over de huisvesting van studenten loopt nog.",
        "ORG", "Ministerie van Volksgezondheid, Welzijn en Sport", "VWS", 1),
    "ministry-lower-case-financien": (
        "Het bedrag wordt gereserveerd op de begroting van het ministerie van Financiën.",
        "ORG", "Ministerie van Financiën", "ministerie van Financiën", 1),
    # parties
    "party-nsc": (
        "Ook NSC wil dat de regeling na twee jaar wordt geëvalueerd.",
        "ORG", "Nieuw Sociaal Contract", "NSC", 1),
    "party-gl-pvda-in-fractie": (
        "De GL-PvdA-fractie diende samen met de SP een amendement in.",
        "ORG", "GroenLinks-PvdA", "GL-PvdA", 1),
    "party-groenlinks-pvda": (
        "Bij de stemming waren GroenLinks-PvdA, JA21 en 50PLUS tegen het wetsvoorstel.",
        "ORG", "GroenLinks-PvdA", "GroenLinks-PvdA", 1),
    "party-ja21": (
        "Bij de stemming waren GroenLinks-PvdA, JA21 en 50PLUS tegen het wetsvoorstel.",
        "ORG", "JA21", "JA21", 1),
    "party-50plus": (
        "Bij de stemming waren GroenLinks-PvdA, JA21 en 50PLUS tegen het wetsvoorstel.",
        "ORG", "50PLUS", "50PLUS", 1),
    "party-vvd-fractie": (
        "Dat standpunt werd in het debat verwoord door de VVD-fractie.",
        "ORG", "Volkspartij voor Vrijheid en Democratie", "VVD", 1),
    # international bodies
    "intl-navo-and-nato-one-entity": (
        "Nederland steunt binnen de NAVO een sterkere oostflank, en de NATO heeft dat in juli bevestigd.",
        "ORG", "Noord-Atlantische Verdragsorganisatie", "NATO", 2),
    "intl-vn-and-verenigde-naties": (
        "Binnen de Verenigde Naties bestaat hierover geen consensus; de VN komt in oktober opnieuw bijeen.",
        "ORG", "Verenigde Naties", "Verenigde Naties", 2),
    "intl-vn-resolutie-names-the-vn": (
        "Nederland stemde voor de VN-resolutie over de bescherming van journalisten.",
        "ORG", "Verenigde Naties", "VN", 1),
    "intl-europese-commissie": (
        "De Europese Commissie presenteert in het voorjaar een nieuw voorstel voor de visserij.",
        "ORG", "Europese Commissie", "Europese Commissie", 1),
    "intl-ovse": (
        "De OVSE stuurt waarnemers naar de parlementsverkiezingen in Georgië.",
        "ORG", "Organisatie voor Veiligheid en Samenwerking in Europa", "OVSE", 1),
    # government bodies
    "gov-raad-van-state": (
        "Het advies van de Raad van State over het wetsvoorstel is kritisch.",
        "ORG", "Raad van State", "Raad van State", 1),
    "gov-algemene-rekenkamer": (
        "In haar verantwoordingsonderzoek plaatst de Algemene Rekenkamer kanttekeningen bij de subsidies.",
        "ORG", "Algemene Rekenkamer", "Algemene Rekenkamer", 1),
    "gov-aiv": (
        "Het kabinet heeft de AIV gevraagd om een advies over de positie van Nederland in de Sahel.",
        "ORG", "Adviesraad Internationale Vraagstukken", "AIV", 1),
    "gov-cbs": (
        "Volgens cijfers van het CBS is de werkloosheid in het derde kwartaal gedaald.",
        "ORG", "Centraal Bureau voor de Statistiek", "CBS", 1),
    "gov-ind": (
        "De IND verwacht de achterstand in de asielaanvragen eind dit jaar te hebben weggewerkt.",
        "ORG", "Immigratie- en Naturalisatiedienst", "IND", 1),
    # countries
    "country-duitsland": (
        "De samenwerking met Duitsland, Frankrijk en Zuid-Korea wordt de komende jaren verdiept.",
        "GPE", "Duitsland", "Duitsland", 1),
    "country-frankrijk": (
        "De samenwerking met Duitsland, Frankrijk en Zuid-Korea wordt de komende jaren verdiept.",
        "GPE", "Frankrijk", "Frankrijk", 1),
    "country-zuid-korea": (
        "De samenwerking met Duitsland, Frankrijk en Zuid-Korea wordt de komende jaren verdiept.",
        "GPE", "Zuid-Korea", "Zuid-Korea", 1),
    "country-vs-is-verenigde-staten": (
        "Ook de VS hebben zich inmiddels bij het initiatief aangesloten.",
        "GPE", "Verenigde Staten", "VS", 1),
    # places
    "province-gelderland": (
        "De provincies Gelderland en Overijssel investeren samen in de spoorlijn.",
        "GPE", "Gelderland", "Gelderland", 1),
    "province-overijssel": (
        "De provincies Gelderland en Overijssel investeren samen in de spoorlijn.",
        "GPE", "Overijssel", "Overijssel", 1),
    "municipality-zwolle": (
        "In Zwolle en Leeuwarden worden volgend jaar extra sociale huurwoningen gebouwd.",
        "GPE", "Zwolle", "Zwolle", 1),
    "municipality-leeuwarden": (
        "In Zwolle en Leeuwarden worden volgend jaar extra sociale huurwoningen gebouwd.",
        "GPE", "Leeuwarden", "Leeuwarden", 1),
    "city-geneve": (
        "De onderhandelingen vonden plaats in Genève; eerder werd in Brussel over de tekst gesproken.",
        "GPE", "Genève", "Genève", 1),
    "city-brussel": (
        "De onderhandelingen vonden plaats in Genève; eerder werd in Brussel over de tekst gesproken.",
        "GPE", "Brussel", "Brussel", 1),
    "city-s-gravenhage-and-den-haag": (
        "Het kantoor in 's-Gravenhage verhuist volgend jaar naar een ander pand in Den Haag.",
        "GPE", "Den Haag", "'s-Gravenhage", 2),
    # continents and regions
    "continent-afrika": (
        "De handelsmissie gaat eerst naar Afrika en Zuidoost-Azië, en in het najaar naar Latijns-Amerika.",
        "LOC", "Afrika", "Afrika", 1),
    "region-zuidoost-azie": (
        "De handelsmissie gaat eerst naar Afrika en Zuidoost-Azië, en in het najaar naar Latijns-Amerika.",
        "LOC", "Zuidoost-Azië", "Zuidoost-Azië", 1),
    "region-latijns-amerika": (
        "De handelsmissie gaat eerst naar Afrika en Zuidoost-Azië, en in het najaar naar Latijns-Amerika.",
        "LOC", "Latijns-Amerika", "Latijns-Amerika", 1),
    # laws and treaties
    "law-woo": (
        "De Wet open overheid (Woo) verplicht bestuursorganen tot actieve openbaarmaking.",
        "LAW", "Wet open overheid", "Wet open overheid (Woo)", None),
    "law-evrm": (
        "Het EVRM beschermt het recht op een eerlijk proces, ook in vreemdelingenzaken.",
        "LAW", "Europees Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden",
        "EVRM", 1),
    # nationalities
    "norp-nederlandse": (
        "De Nederlandse inzet is ongewijzigd, maar de Amerikaanse positie is het afgelopen jaar verschoven.",
        "NORP", "Nederlands", "Nederlandse", 1),
    "norp-amerikaanse": (
        "De Nederlandse inzet is ongewijzigd, maar de Amerikaanse positie is het afgelopen jaar verschoven.",
        "NORP", "Amerikaans", "Amerikaanse", 1),
}


@pytest.mark.parametrize(("text", "label", "normalized", "surface", "mentions"), list(GAZETTEER_CASES.values()),
                         ids=list(GAZETTEER_CASES))
def test_gazetteer_family(text, label, normalized, surface, mentions):
    entities = find_entities(text)
    e = the(entities, label, normalized)
    assert surface in e.texts, describe(entities)
    if mentions is not None:
        assert e.mentions == mentions, describe(entities)
    assert e.sources == {"rules"}


# --- 2. person patterns --------------------------------------------------------------------
# (text, signatories, normalized name, role, party, mentions)

SIGNATURE_BLOCK = ("Ik vertrouw erop uw Kamer hiermee voldoende te hebben geïnformeerd.\n\n"
                   "De Minister van Justitie en Veiligheid,\n\nD.M. van Weel\n\n"
                   "De Minister van Asiel en Migratie,\n\nMarjolein Faber")
SIGNATORIES = [Signatory("D.M. van Weel", "Minister van Justitie en Veiligheid"),
               Signatory("Marjolein Faber", "Minister van Asiel en Migratie")]

PERSON_CASES = {
    "initials-surname": (
        "De nota is mede ondertekend door W.B. Hoekstra en H.M. de Jonge.", (),
        "W.B. Hoekstra", "", "", 1),
    "initials-tussenvoegsel": (
        "De nota is mede ondertekend door W.B. Hoekstra en H.M. de Jonge.", (),
        "H.M. de Jonge", "", "", 1),
    "signatory-initials-with-role": (
        SIGNATURE_BLOCK, SIGNATORIES, "D.M. van Weel", "Minister van Justitie en Veiligheid", "", 1),
    "signatory-full-name-with-role": (
        SIGNATURE_BLOCK, SIGNATORIES, "Marjolein Faber", "Minister van Asiel en Migratie", "", 1),
    "minister-president-surname": (
        "Volgens minister-president Schoof is een tweede steunpakket onvermijdelijk.", (),
        "Schoof", "minister-president", "", 1),
    "minister-president-before-de-kamer": (
        "Namens het kabinet sprak minister-president Schoof de Kamer toe over de begroting.", (),
        "Schoof", "minister-president", "", 1),
    "premier-first-and-last-name": (
        "Gisteren opende Premier Dick Schoof het congres over woningbouw in Rotterdam.", (),
        "Dick Schoof", "minister-president", "", 1),
    "staatssecretaris": (
        "Volgens staatssecretaris Tielen ligt de uitvoering van de regeling op schema.", (),
        "Tielen", "staatssecretaris", "", 1),
    "de-heer-tussenvoegsel": (
        "Daarop antwoordde de heer Van der Staaij dat hij het voorstel steunt.", (),
        "Van der Staaij", "", "", 1),
    "mevrouw": (
        "In haar bijdrage wees mevrouw Bikker op de gevolgen voor mantelzorgers.", (),
        "Bikker", "", "", 1),
    "lid-with-party": (
        "In het debat vroeg het lid Van Dijk (NSC) om een nadere toelichting.", (),
        "Van Dijk", MEMBER, "NSC", 1),
    "leden-first-with-party-ja21": (
        "Hierover stelden de leden Boomsma (JA21) en Van der Plas (BBB) schriftelijke vragen.", (),
        "Boomsma", MEMBER, "JA21", 1),
    "leden-second-with-party-bbb": (
        "Hierover stelden de leden Boomsma (JA21) en Van der Plas (BBB) schriftelijke vragen.", (),
        "Van der Plas", MEMBER, "BBB", 1),
    "lid-with-party-d66": (
        "Het lid Paternotte (D66) diende een motie in over de lerarensalarissen.", (),
        "Paternotte", MEMBER, "D66", 1),
    "motie-hyphen": (
        "Met de motie-Van Dijk verzoekt de Kamer de regering om meer transparantie.", (),
        "Van Dijk", MEMBER, "", 1),
    "motie-cs": (
        "In 2023 heeft de Kamer de motie Koopmans c.s. aangenomen.", (),
        "Koopmans", MEMBER, "", 1),
    "full-name-with-party": (
        "In het televisiedebat stond Pieter Omtzigt (NSC) tegenover de minister.", (),
        "Pieter Omtzigt", "", "NSC", 1),
    "full-name-tussenvoegsel-with-party": (
        "Volgens Caroline van der Plas (BBB) is de maatregel onuitvoerbaar.", (),
        "Caroline van der Plas", "", "BBB", 1),
    "one-person-three-cued-forms": (
        "Het lid Van Dijk (NSC) diende een motie in. Het lid van Dijk vroeg ook om een brief. "
        "De motie-Van Dijk is aangenomen.", (),
        "Van Dijk", MEMBER, "NSC", 3),
    "one-person-lid-then-bare-surnames": (
        "In het debat vroeg het lid Van Dijk (NSC) om een brief. De minister heeft Van Dijk toegezegd dat die "
        "er voor de zomer komt. Volgens van Dijk is dat te laat.", (),
        "Van Dijk", MEMBER, "NSC", 3),
}


@pytest.mark.parametrize(("text", "signatories", "name", "role", "party", "mentions"), list(PERSON_CASES.values()),
                         ids=list(PERSON_CASES))
def test_person(text, signatories, name, role, party, mentions):
    entities = find_entities(text, signatories=list(signatories))
    e = the(entities, "PERSON", name)
    assert (e.role, e.party, e.mentions) == (role, party, mentions), describe(entities)
    # one person is one row: no second PERSON (or proper-name MISC) for the same surname
    surname = name.split()[-1]
    others = [x for x in entities if x is not e and any(surname in t for t in x.texts)]
    assert not others, describe(entities)


def test_party_of_a_member_is_also_the_party_entity():
    entities = find_entities("Hierover stelden de leden Boomsma (JA21) en Van der Plas (BBB) schriftelijke vragen.")
    assert the(entities, "ORG", "JA21").texts == ["JA21"]
    assert the(entities, "ORG", "BoerBurgerBeweging").texts == ["BBB"]
    assert {e.normalized for e in entities if e.label == "PERSON"} == {"Boomsma", "Van der Plas"}


# --- 3. definitions ----------------------------------------------------------------------------
# (text, label, normalized must start with, longest text, mentions)

DEFINITION_CASES = {
    "name-acronym-then-acronym-twice": (
        "Het Kenniscentrum Kustveiligheid Zeeland (KKZ) is in maart opgericht. Het KKZ brengt jaarlijks "
        "verslag uit, en het KKZ werkt samen met de provincie.",
        "ORG", "Kenniscentrum Kustveiligheid Zeeland", "Kenniscentrum Kustveiligheid Zeeland (KKZ)", 3),
    "hierna-acronym": (
        "De Stichting Waterschapsarchief Friesland (hierna: SWF) heeft een subsidie ontvangen. SWF gebruikt "
        "die voor de digitalisering van kaarten.",
        "ORG", "Stichting Waterschapsarchief Friesland", "Stichting Waterschapsarchief Friesland", 2),
    "hierna-te-noemen": (
        "Het Fonds voor Regionale Kustversterking (hierna te noemen: FRK) is per 1 januari ingesteld. Het FRK "
        "wordt beheerd door een onafhankelijk bestuur.",
        "ORG", "Fonds voor Regionale Kustversterking", "Fonds voor Regionale Kustversterking", 2),
    "lower-case-name-spells-acronym": (
        "Het onderzoek is uitgevoerd door het centrum voor veiligheid en digitalisering (CVD). Het CVD "
        "publiceert de resultaten in het najaar.",
        "ORG", "centrum voor veiligheid en digitalisering", "centrum voor veiligheid en digitalisering (CVD)", 2),
    "lower-case-faculteit": (
        "De studie is verricht door de faculteit militaire wetenschappen (FMW) in Breda. De FMW werkt daarbij "
        "samen met buitenlandse partners.",
        "ORG", "Faculteit Militaire Wetenschappen", "faculteit militaire wetenschappen (FMW)", 2),
    "law-with-mixed-case-abbreviation": (
        "De Wet open overheid (Woo) verplicht bestuursorganen tot actieve openbaarmaking; de Woo geldt sinds "
        "mei 2022.",
        "LAW", "Wet open overheid", "Wet open overheid (Woo)", 2),
}


@pytest.mark.parametrize(("text", "label", "normalized", "text_form", "mentions"), list(DEFINITION_CASES.values()),
                         ids=list(DEFINITION_CASES))
def test_definition(text, label, normalized, text_form, mentions):
    entities = find_entities(text)
    found = [e for e in entities if e.label == label and e.normalized.lower().startswith(normalized.lower())]
    assert len(found) == 1, describe(entities)
    e = found[0]
    assert longest(e).startswith(text_form), describe(entities)
    assert e.mentions == mentions, describe(entities)
    assert len(entities) <= 2, describe(entities)  # the definition, at most one place or body besides


NOT_A_DEFINITION = {
    "lid-van-dijk-nsc": ("Het lid Van Dijk (NSC) vroeg hiernaar tijdens het commissiedebat.", "NSC",
                         "Nieuw Sociaal Contract"),
    "lid-van-der-plas-bbb": ("Het lid Van der Plas (BBB) vroeg hiernaar tijdens het commissiedebat.", "BBB",
                             "BoerBurgerBeweging"),
    "full-name-omtzigt-nsc": ("In het televisiedebat stond Pieter Omtzigt (NSC) tegenover de minister.", "NSC",
                              "Nieuw Sociaal Contract"),
    "full-name-van-der-plas-bbb": ("Volgens Caroline van der Plas (BBB) is de maatregel onuitvoerbaar.", "BBB",
                                   "BoerBurgerBeweging"),
    "full-name-timmermans-gl-pvda": ("Daarover debatteerde Frans Timmermans (GL-PvdA) met de minister.", "GL-PvdA",
                                     "GroenLinks-PvdA"),
}


@pytest.mark.parametrize(("text", "party", "party_name"), list(NOT_A_DEFINITION.values()), ids=list(NOT_A_DEFINITION))
def test_party_after_a_name_is_not_a_definition(text, party, party_name):
    entities = find_entities(text)
    assert not [e for e in entities if any("(" in t for t in e.texts)], describe(entities)
    assert the(entities, "ORG", party_name).texts == [party], describe(entities)


# --- 4. labels from head words ----------------------------------------------------------------
# Names no gazetteer knows: (text, surface, label)

HEAD_WORD_CASES = {
    "universiteit-org": (
        "Het onderzoek wordt uitgevoerd door de Noordelijke Universiteit en het ministerie.",
        "Noordelijke Universiteit", "ORG"),
    "centre-for-org": (
        "Het onderzoek wordt begeleid door het Centre for Arctic Policy Studies.",
        "Centre for Arctic Policy Studies", "ORG"),
    "centre-for-org-before-in-city": (
        "Het onderzoek wordt begeleid door het Centre for Maritime Security Studies in Londen.",
        "Centre for Maritime Security Studies", "ORG"),
    "summit-event": (
        "Nederland was vorige maand aanwezig op de Global Ocean Summit.",
        "Global Ocean Summit", "EVENT"),
    "conferentie-compound-event": (
        "Het kabinet bereidt de Noordzeeconferentie van volgend jaar voor.",
        "Noordzeeconferentie", "EVENT"),
    "convention-on-law": (
        "Nederland heeft de Convention on Deep Seabed Protection in juni ondertekend.",
        "Convention on Deep Seabed Protection", "LAW"),
    "wet-compound-law": (
        "In de nota van wijziging wordt de Kustverdedigingswet op twee punten aangepast.",
        "Kustverdedigingswet", "LAW"),
    "strategie-misc": (
        "Het kabinet presenteert in het najaar de Nationale Strategie Digitale Weerbaarheid.",
        "Nationale Strategie Digitale Weerbaarheid", "MISC"),
    "strategie-compound-misc": (
        "Dit is uitgewerkt in de Nationale Visserijstrategie van het kabinet.",
        "Nationale Visserijstrategie", "MISC"),
    "declaration-on-misc": (
        "Nederland onderschrijft de Declaration on Ocean Protection sinds de lancering.",
        "Declaration on Ocean Protection", "MISC"),
}


@pytest.mark.parametrize(("text", "surface", "label"), list(HEAD_WORD_CASES.values()), ids=list(HEAD_WORD_CASES))
def test_head_word_label(text, surface, label):
    entities = find_entities(text)
    found = [e for e in entities if surface in e.texts]
    assert len(found) == 1, f"no entity with text {surface!r}:\n{describe(entities)}"
    assert found[0].label == label, describe(entities)


def test_city_after_a_name_stays_its_own_entity():
    entities = find_entities("Het onderzoek wordt begeleid door het Centre for Maritime Security Studies in Londen.")
    assert the(entities, "GPE", "Londen").texts == ["Londen"], describe(entities)


# --- 5. no junk -----------------------------------------------------------------------------------
# (text, kamer, the exact set of (label, normalized) expected: often empty)

EXACTLY = {
    "sentence-initial-daarom-tevens": (
        "Daarom stelt het kabinet voor de regeling te verlengen. Tevens wordt een evaluatie gepland.", "II", set()),
    "het-kabinet": ("Het kabinet verwacht de resultaten van het onderzoek voor het zomerreces.", "II", set()),
    "in-september": ("In september volgt een tweede voortgangsbrief.", "II", set()),
    "op-maandag-3-maart": ("Op maandag 3 maart spreekt de minister met de gedeputeerden.", "II", set()),
    "capitalised-weekday-and-month": ("Op Dinsdag 14 Januari vergadert de stuurgroep opnieuw.", "II", set()),
    "minister-of-office-only": (
        "De Minister van Buitenlandse Zaken heeft de ambassadeur ontboden.", "II",
        {("ORG", "Ministerie van Buitenlandse Zaken")}),
    "staatssecretaris-of-office-only": (
        "De staatssecretaris van Financiën heeft een herstelregeling toegezegd.", "II",
        {("ORG", "Ministerie van Financiën")}),
    "closing-without-name": (
        "Hoogachtend,\n\nDe Minister van Buitenlandse Zaken,\n\nDe Staatssecretaris van Defensie,", "II",
        {("ORG", "Ministerie van Buitenlandse Zaken"), ("ORG", "Ministerie van Defensie")}),
    "secretaris-generaal-of-the-vn": (
        "Volgens de Secretaris-Generaal van de VN is de humanitaire situatie ernstig.", "II",
        {("ORG", "Verenigde Naties")}),
    "uw-kamer": ("Hierbij informeer ik uw Kamer over de voortgang van het project.", "II",
                 {("ORG", "Tweede Kamer der Staten-Generaal")}),
    "uw-kamer-eerste-kamer": ("Hierbij informeer ik uw Kamer over de voortgang van het project.", "I",
                              {("ORG", "Eerste Kamer der Staten-Generaal")}),
    "vraag-antwoord-headings": (
        "Vraag 1\nKent u het bericht ‘Gemeenten kampen met tekort aan opvangplekken’?\n\n"
        "Antwoord 1\nJa, dat bericht ken ik.", "II", set()),
    "numbered-headings": ("I. Behoud van de bestaande natuur\nII. Opbouw van kennis bij de provincies", "II", set()),
    "address-one-line": ("Postbus 20301, 2500 EH Den Haag", "II", {("GPE", "Den Haag")}),
    "address-two-lines": ("Postbus 20011\n2500 EA Den Haag", "II", {("GPE", "Den Haag")}),
    "lower-case-volt-grondwet-politiewet": (
        "Elk land heeft een grondwet. Het apparaat werkt op twaalf volt, zo staat in de politiewet van dat land.",
        "II", set()),
    "citation-in-brackets-after-author": (
        "Dit blijkt uit onderzoek van Jansen (2021) en van De Vries (2019) naar de woningmarkt.", "II", set()),
}


@pytest.mark.parametrize(("text", "kamer", "expected"), list(EXACTLY.values()), ids=list(EXACTLY))
def test_no_junk(text, kamer, expected):
    entities = find_entities(text, kamer=kamer)
    assert {(e.label, e.normalized) for e in entities} == expected, describe(entities)


CITATION_NOT_PARTY = {
    "kamerstuk": ("Het lid Omtzigt (Kamerstuk 36 600, nr. 14) vroeg hiernaar.", "Omtzigt"),
    "handelingen": ("Zoals het lid Dassen (zie Handelingen II 2023/24, nr. 80) opmerkte, is dat onduidelijk.",
                    "Dassen"),
    "zie-bijlage": ("Het lid Stoffer (zie bijlage) vroeg naar de gevolgen voor gezinnen.", "Stoffer"),
}


@pytest.mark.parametrize(("text", "name"), list(CITATION_NOT_PARTY.values()), ids=list(CITATION_NOT_PARTY))
def test_citation_after_a_name_is_not_a_party(text, name):
    entities = find_entities(text)
    e = the(entities, "PERSON", name)
    assert (e.role, e.party) == (MEMBER, ""), describe(entities)
    assert [x.normalized for x in entities] == [name], describe(entities)


# --- 6. merging with a statistical model ------------------------------------------------------------

TRAIN = [
    ("Volgens Zeldenrust is de Europese Commissie te voorzichtig.",
     [("Zeldenrust", "PER"), ("Europese Commissie", "ORG")]),
    ("Premier Dick Schoof sprak in Brussel met Zeldenrust.",
     [("Premier Dick Schoof", "PER"), ("Brussel", "LOC"), ("Zeldenrust", "PER")]),
    ("Nederland en Zuid-Korea tekenden een verdrag.", [("Nederland", "LOC"), ("Zuid-Korea", "ORG")]),
    ("De NAVO vergaderde in Brussel.", [("NAVO", "ORG"), ("Brussel", "LOC")]),
    ("Het kabinet stuurt de brief aan de Tweede Kamer.", [("Tweede Kamer", "ORG")]),
    ("Minister Brekelmans bezocht Zeldenrust in Genève.",
     [("Brekelmans", "PER"), ("Zeldenrust", "PER"), ("Genève", "LOC")]),
]
MERGE_TEXT = " ".join(text for text, _ in TRAIN[:3])


def train_tiny_ner() -> spacy.Language:
    """A tiny Dutch NER model with the labels of a CoNLL-style model (PER, ORG, LOC), fixed seed."""
    fix_random_seed(0)
    nlp = spacy.blank("nl")
    nlp.add_pipe("ner")
    examples = []
    for text, spans in TRAIN:
        ents = [(text.index(s), text.index(s) + len(s), label) for s, label in spans]
        examples.append(Example.from_dict(nlp.make_doc(text), {"entities": ents}))
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(20):
        nlp.update(examples, sgd=optimizer, drop=0.0)
    return nlp


@pytest.fixture(scope="module")
def merged() -> tuple[Any, dict[str, dict]]:
    sdoc = train_tiny_ner()(MERGE_TEXT)
    rows = rows_of(MERGE_TEXT, sdoc=sdoc)["entities"]
    return sdoc, {r["text"]: r for r in rows}


def _model_spans(sdoc, surface: str) -> list[tuple[str, str]]:
    start = MERGE_TEXT.index(surface)
    end = start + len(surface)
    return [(e.text, e.label_) for e in sdoc.ents if e.start_char < end and start < e.end_char]


def test_tiny_model_preconditions(merged):
    sdoc, _ = merged
    assert ("Zeldenrust", "PER") in [(e.text, e.label_) for e in sdoc.ents]
    assert _model_spans(sdoc, "Zuid-Korea"), "the model must tag something on Zuid-Korea"
    assert [s for s, _ in _model_spans(sdoc, "Dick Schoof") if s != "Dick Schoof"], \
        "the model must tag 'Dick Schoof' with other boundaries"


MERGE_CASES = {
    # text in entities.csv -> (label, normalized, source)
    "model-only-person": ("Zeldenrust", "PERSON", "Zeldenrust", "model"),
    "both-org": ("Europese Commissie", "ORG", "Europese Commissie", "both"),
    "both-rules-boundary-and-role": ("Dick Schoof", "PERSON", "Dick Schoof", "both"),
    "both-rules-label-gpe-over-org": ("Zuid-Korea", "GPE", "Zuid-Korea", "both"),
    "both-rules-label-gpe-over-loc-brussel": ("Brussel", "GPE", "Brussel", "both"),
    "both-rules-label-gpe-over-loc-nederland": ("Nederland", "GPE", "Nederland", "both"),
}


@pytest.mark.parametrize(("text", "label", "normalized", "source"), list(MERGE_CASES.values()), ids=list(MERGE_CASES))
def test_merge_with_model(merged, text, label, normalized, source):
    _, rows = merged
    assert text in rows, sorted(rows)
    row = rows[text]
    assert (row["label"], row["normalized"], row["source"]) == (label, normalized, source), row


def test_merge_keeps_rule_boundaries_and_roles(merged):
    _, rows = merged
    assert rows["Zeldenrust"]["mentions"] == 2
    assert rows["Dick Schoof"]["role"] == "minister-president"
    assert not [t for t in rows if "Premier" in t or "sprak" in t or t == "Europese"], sorted(rows)
    assert {r["label"] for r in rows.values()} <= LABELS


def test_without_model_everything_is_rules_and_the_model_name_is_absent():
    rows = rows_of(MERGE_TEXT)["entities"]
    assert {r["source"] for r in rows} == {"rules"}
    assert "Zeldenrust" not in {r["text"] for r in rows}


# --- 7. through the pipeline -------------------------------------------------------------------------------

CONTRACT = ["doc_id", "text", "label", "normalized", "role", "party", "mentions", "first_char_start", "source"]


@pytest.fixture(scope="module")
def seed_001_rows(tmp_path_factory) -> tuple[list[str], list[dict[str, str]]]:
    out = tmp_path_factory.mktemp("entities_out")
    with pytest.MonkeyPatch.context() as mp:  # rules alone: no statistical model, whatever is installed
        mp.setattr(spacy, "load", lambda name, *a, **kw: (_ for _ in ()).throw(OSError(name)))
        mp.delenv(MODEL_ENV, raising=False)
        settings.cache_clear()
        nlp = load_nlp()
    assert is_statistical(nlp) is False
    pipeline.run.run([seed("001")], out, nlp)
    with open(out / "entities.csv", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def test_seed_001_columns(seed_001_rows):
    fields, rows = seed_001_rows
    assert fields[: len(CONTRACT)] == CONTRACT
    assert rows
    assert len({r["doc_id"] for r in rows}) == 1


def test_seed_001_signatory(seed_001_rows):
    _, rows = seed_001_rows
    found = [r for r in rows if r["text"] == "Ruben Brekelmans"]
    assert len(found) == 1
    assert (found[0]["label"], found[0]["role"]) == ("PERSON", "Minister van Defensie")


def test_seed_001_party_and_member(seed_001_rows):
    _, rows = seed_001_rows
    assert [r["label"] for r in rows if r["normalized"] == "Nieuw Sociaal Contract"] == ["ORG"]
    members = [r for r in rows if r["label"] == "PERSON" and r["normalized"] == "Van Dijk"]
    assert len(members) == 1 and members[0]["party"] == "NSC" and members[0]["role"] == MEMBER


def test_seed_001_zuid_korea(seed_001_rows):
    _, rows = seed_001_rows
    assert [r["label"] for r in rows if r["text"] == "Zuid-Korea"] == ["GPE"]


def test_seed_001_no_month_rows(seed_001_rows):
    _, rows = seed_001_rows
    assert not [r["text"] for r in rows if r["text"].strip().lower() in MONTHS]
    month_phrase = re.compile(rf"(?i)(?:\d{{1,2}}\s+)?(?:{'|'.join(MONTHS)})(?:\s+\d{{4}})?")
    assert not [r["text"] for r in rows if month_phrase.fullmatch(r["text"].strip())]


def test_seed_001_rows_are_well_formed(seed_001_rows):
    _, rows = seed_001_rows
    for r in rows:
        assert r["label"] in LABELS, r
        assert int(r["mentions"]) >= 1, r
        assert r["source"] == "rules", r
        assert r["text"].strip(), r
