"""Commitments (pipeline.extract.commitments): what the government promises parliament.

Part (a) is a table of Dutch government sentences that are commitments, with the actor, cue and deadline an
analyst expects; part (b) near-misses: other states or bodies acting, past actions, descriptions, opinions,
questions, the letter describing itself. Both tables run through the token-pattern path (no parser). Part (c)
builds parsed spaCy Docs by hand (heads, dependency labels, parts of speech, morphology) and checks that the
dependency path finds the same commitments, and that it reads the tree rather than the word order. Part (d)
checks the rows themselves (clean sentence, references, earlier toezeggingen), the seeds, the gold and real PDFs.
"""

from __future__ import annotations

import importlib.util

import pytest
import spacy
from conftest import GOLD, SHARED, corpus_pdf, extract_to, needs_corpus, needs_gold, read_table, rows_of, seed
from spacy.tokens import Doc

LETTER_DATE = "2025-01-15"


def commitments_of(text: str, sdoc: Doc | None = None, notes: dict[str, str] | None = None,
                   date: str = LETTER_DATE, doc_type: str = "brief_regering") -> list[dict]:
    """commitments.csv rows of a one-document letter made of ``text`` (dated ``date``)."""
    rows = rows_of(text, notes, date=date, doc_type=doc_type, sdoc=sdoc)["commitments"]
    for r in rows:
        assert " ".join(text[r["char_start"]: r["char_end"]].split()) == r["sentence"]
        assert r["action"] and r["action"] in r["sentence"]
    return rows


# --- (a) commitments -----------------------------------------------------------------------------
# (id, sentence, expected fields of its first row). deadline values resolve against LETTER_DATE.

COMMITMENTS = [
    ("zal-inverted", "Op basis van de Call to Action zal Nederland verschillende regionale trainingen financieren.",
     {"actor": "Nederland", "cue": "zal", "action": "zal Nederland verschillende regionale trainingen financieren"}),
    ("zal-subject-first", "Nederland zal hierop voortbouwen door samen met partners stappen te zetten.",
     {"actor": "Nederland", "cue": "zal",
      "action": "zal hierop voortbouwen door samen met partners stappen te zetten"}),
    ("zal-informeren-voor-de-zomer", "Ik zal uw Kamer voor de zomer informeren over de uitkomsten.",
     {"actor": "ik", "cue": "zal", "deadline_raw": "voor de zomer", "deadline": "2025-SU"}),
    ("zal-minister", "De minister van Financiën zal de Kamer in het najaar van 2025 een brief sturen.",
     {"actor": "de minister van Financiën", "cue": "zal", "deadline": "2025-FA"}),
    ("zal-negative-undertaking", "De regering zal geen nieuwe subsidies verstrekken aan deze sector.",
     {"actor": "de regering", "cue": "zal"}),
    ("zet-in-op", "Met dit als overkoepelende doelstelling, zet het kabinet het komende jaar in op concretisering "
     "van de Call to Action.",
     {"actor": "het kabinet", "cue": "inzet", "deadline_raw": "het komende jaar", "deadline": "2026"}),
    ("zet-zich-in", "Nederland zet zich in om een verantwoordelijk high tech land te zijn.",
     {"actor": "Nederland", "cue": "inzet"}),
    ("zetten-ons-in", "Wij zetten ons in voor een sterke Europese defensie-industrie.",
     {"actor": "wij", "cue": "inzet"}),
    ("ook-zet-in-op", "Ook zet Nederland in op laagdrempelige manieren van kennisuitwisseling.",
     {"actor": "Nederland", "cue": "inzet"}),
    ("blijft-zich-inzetten", "Het kabinet blijft zich inzetten voor een internationaal verbod op autonome wapens.",
     {"actor": "het kabinet", "cue": "blijven"}),
    ("blijft-met-adverbs", "Nederland blijft daarom ook in de vervolgstappen inzetten op actieve betrokkenheid van "
     "bedrijven.", {"actor": "Nederland", "cue": "blijven"}),
    ("blijft-in-relative", "Nederland maakt gebruik van de expertise die het heeft opgebouwd - en waar Defensie de "
     "komende jaren in blijft investeren.",
     {"actor": "Defensie", "cue": "blijven", "deadline_raw": "de komende jaren"}),
    ("informeren-performative", "In deze brief informeren wij u over de resultaten van de conferentie.",
     {"actor": "wij", "cue": "informeren", "deadline": ""}),
    ("informeer-hierbij", "Hierbij informeer ik uw Kamer over de stand van zaken.",
     {"actor": "ik", "cue": "informeren"}),
    ("komen-terug", "Wij komen hierop terug in de voortgangsbrief.", {"actor": "wij", "cue": "terugkomen"}),
    ("kom-terug-date", "Ik kom hier voor 1 juli 2025 op terug.",
     {"cue": "terugkomen", "deadline_raw": "1 juli 2025", "deadline": "2025-07-01"}),
    ("onderzoekt", "Defensie onderzoekt parallel hieraan implementatie van de aanbevelingen.",
     {"actor": "Defensie", "cue": "onderzoek"}),
    ("verkent", "Om die reden verkent het kabinet mogelijkheden voor alternatieve woonvoorzieningen.",
     {"actor": "het kabinet", "cue": "onderzoek"}),
    ("laat-onderzoeken", "Ik laat onderzoeken of de regeling kan worden verbeterd.", {"cue": "onderzoek"}),
    ("present-future-time", "Daarom investeert Defensie de komende jaren in de toepassing van AI-technologie.",
     {"actor": "Defensie", "cue": "gepland", "deadline_raw": "de komende jaren", "deadline": ""}),
    ("present-year", "In 2026 organiseert Nederland een conferentie over militaire AI.",
     {"actor": "Nederland", "cue": "gepland", "deadline": "2026"}),
    ("present-coordinated", "In september 2026 komt het voorzitterschap ten einde en stelt Nederland namens de GGE "
     "een eindrapport op.", {"actor": "Nederland", "cue": "gepland", "deadline": "2026-09",
                             "action": "stelt Nederland namens de GGE een eindrapport op"}),
    ("passive-future-time", "De komende maanden worden de aanbevelingen van het rapport met verschillende landen "
     "besproken.", {"cue": "passief", "deadline_raw": "De komende maanden"}),
    ("passive-nader", "Dit wordt in overleg met de gemeenten nader uitgewerkt.", {"cue": "passief"}),
    ("passive-zal", "Nadere regels zullen bij algemene maatregel van bestuur worden gesteld.", {"cue": "passief"}),
    ("passive-kamer-informed", "Uw Kamer wordt hierover voor 1 juli geïnformeerd.",
     {"cue": "passief", "deadline": "2025-07-01"}),
    ("voornemens", "Het kabinet is voornemens de wet in 2026 te wijzigen.",
     {"actor": "het kabinet", "cue": "voornemen", "deadline": "2026"}),
    ("voornemens-ik", "Ik ben daarom voornemens om eind maart een expertmeeting te organiseren.",
     {"cue": "voornemen", "deadline": "2025-03"}),
    ("toegezegd", "Ik heb in het debat toegezegd de Kamer te informeren over de evaluatie.",
     {"cue": "toezegging"}),
    ("aangeboden-te", "Nederland heeft Spanje aangeboden hierbij te ondersteunen.",
     {"actor": "Nederland", "cue": "toezegging"}),
    ("gaat-in-gesprek", "De staatssecretaris van Justitie en Veiligheid gaat met de sector in gesprek over de "
     "uitvoering.", {"actor": "de staatssecretaris van Justitie en Veiligheid", "cue": "gaan"}),
    ("gaat-infinitive", "Het kabinet gaat de regels voor de zomer aanpassen.",
     {"cue": "gaan", "deadline": "2025-SU"}),
    ("wil-inverted", "Door regionale bijeenkomsten wil het kabinet het komende jaar bij blijven dragen aan de kennis.",
     {"actor": "het kabinet", "cue": "willen"}),
    ("wil-graag", "Vervolgens wil ik graag met uw Kamer over dit onderwerp van gedachten wisselen om de voortgang te "
     "kunnen bepalen.", {"cue": "willen"}),
    ("coordinated-vp", "Defensie heeft een eigen strategie en zal komend jaar blijven werken aan de uitwerking.",
     {"actor": "Defensie", "cue": "zal", "deadline_raw": "komend jaar"}),
    ("earlier-toezegging", "Conform de toezegging van mijn ambtsvoorganger zal ik de Kamer hierover eind 2025 "
     "nader informeren.", {"cue": "zal", "earlier_commitment": True, "deadline": "2025"}),
    ("bullet", "Kernpunten\n- Het kabinet zal de regeling in 2026 evalueren.",
     {"sentence": "Het kabinet zal de regeling in 2026 evalueren.", "deadline": "2026"}),
    ("bullet-glyph", "Kernpunten\n• Uiterlijk 1 juli 2025 ontvangt uw Kamer de evaluatie.",
     {"sentence": "Uiterlijk 1 juli 2025 ontvangt uw Kamer de evaluatie.", "cue": "informeren",
      "deadline": "2025-07-01"}),
    ("kamer-receives", "Uw Kamer ontvangt voor de zomer een brief over de voortgang.",
     {"cue": "informeren", "deadline": "2025-SU"}),
    ("verwacht-te-informeren", "Ik verwacht uw Kamer in het najaar te kunnen informeren over de uitkomsten.",
     {"cue": "informeren", "deadline": "2025-FA"}),
    ("houd-op-de-hoogte", "Ik houd uw Kamer op de hoogte van de ontwikkelingen.", {"cue": "informeren"}),
    ("blijf-in-contact", "Daarbij blijf ik in nauw contact met de sector.", {"cue": "blijven"}),
    ("two-ministers", "De minister van VWS en de minister van OCW zullen gezamenlijk optrekken.",
     {"actor": "de minister van VWS en de minister van OCW", "cue": "zal"}),
    ("u-receives", "Eind dit jaar ontvangt u van mij een brief over de voortgang.",
     {"cue": "informeren", "deadline": "2025"}),
    ("werk-uit", "Samen met de VNG werk ik de komende maanden een plan van aanpak uit.",
     {"cue": "onderzoek", "deadline_raw": "de komende maanden"}),
    ("coordinated-after-past", "Het kabinet heeft de afgelopen jaren geïnvesteerd in de jeugdzorg en zal deze "
     "investeringen de komende jaren voortzetten.", {"actor": "het kabinet", "cue": "zal"}),
    ("besloten-te", "Het kabinet heeft besloten de regeling per 1 januari 2026 te verlengen.",
     {"cue": "toezegging", "deadline": "2026-01-01"}),
    ("hedged-but-for-the-kamer", "Het kabinet zal uw Kamer naar verwachting in het voorjaar informeren.",
     {"cue": "zal", "deadline": "2025-SP"}),
    ("own-event", "Met de conferentie zet Nederland dit vraagstuk hoger op de agenda. Om de effectiviteit te "
     "vergroten zal de conferentie begin 2026 plaatsvinden.", {"cue": "eigen evenement", "actor": "Nederland"}),
]


@pytest.mark.parametrize("case_id,text,expected", COMMITMENTS, ids=[c[0] for c in COMMITMENTS])
def test_commitments(case_id, text, expected):
    rows = commitments_of(text)
    assert rows, "no commitment found"
    row = rows[0]
    for field, value in expected.items():
        assert row[field] == value, (field, row)
    assert row["path"] == "tokens"


def test_two_promised_actions_in_one_sentence_are_two_rows():
    rows = commitments_of("Daarnaast zal Nederland deelnemen aan de dialoog in Genève, waarbij Nederland in nauw "
                          "overleg met UNODA de agenda mede zal vormgeven.")
    assert [r["action"] for r in rows] == ["zal Nederland deelnemen aan de dialoog in Genève",
                                           "in nauw overleg met UNODA de agenda mede zal vormgeven"]
    assert rows[0]["sentence"] == rows[1]["sentence"]


def test_subordinate_clause_before_the_main_clause():
    rows = commitments_of("Met de analyse waarover ik uw Kamer eind dit jaar zal informeren wil ik hier invulling "
                          "aan geven.")
    assert [r["cue"] for r in rows] == ["zal", "willen"]
    assert rows[0]["deadline_raw"] == "eind dit jaar" and rows[0]["deadline"] == "2025"


# --- (b) near-misses -----------------------------------------------------------------------------------

NOT_COMMITMENTS = [
    ("other-state", "Spanje organiseert in 2026 de derde top over militaire AI."),
    ("other-body-kan", "De CCW kan een nieuw mandaat overeenkomen tijdens de Toetsingsconferentie in november 2026."),
    ("other-event-zal", "De derde REAIM Summit zal op 4 en 5 februari 2026 plaatsvinden in A Coruña, Spanje."),
    ("other-state-zal", "Zuid-Korea zal de volgende top organiseren."),
    ("other-body-relative", "Tijdens de top is een Global Commission aangekondigd die aan een strategisch advies zal "
     "werken."),
    ("eu-commission", "De Europese Commissie zal in 2026 een voorstel presenteren."),
    ("kamer-acts", "De Kamer zal in maart stemmen over de motie."),
    ("past-regular", "De minister van Buitenlandse Zaken lanceerde in 2023 de Global Commission."),
    ("past-strong", "In 2023 gaven Nederland en Zuid-Korea daar invulling aan."),
    ("perfect", "Dit jaar hebben Nederland en Zuid-Korea een vervolgresolutie ingediend."),
    ("perfect-informed", "Het kabinet heeft de Kamer in 2023 geïnformeerd over de voortgang."),
    ("past-date", "Eerder dit jaar vonden consultaties plaats in Genève."),
    ("ongoing-deel", "Nederland neemt als waarnemer deel aan RAISE."),
    ("ongoing-overleg", "Nederland is met Zuid-Korea in overleg over de exacte datum."),
    ("ongoing-werkt", "Het kabinet werkt aan beleid voor verantwoorde AI."),
    ("stative-blijft", "Nederland blijft een betrouwbare partner voor de regio."),
    ("stative-time", "Ik verwacht dit begin juli van dit jaar."),
    ("opinion", "Het kabinet acht het van belang dat staten die deze wapens ontwikkelen zich aansluiten."),
    ("opinion-dat-zal", "Het kabinet acht het van groot belang dat Nederland zal blijven investeren."),
    ("goal", "Het doel is om consensus te bereiken over een toekomstig instrument."),
    ("opinion-infinitive", "Daarom is het belangrijk te blijven investeren in de krijgsmacht."),
    ("question", "Zal het kabinet de Kamer informeren over de uitkomsten?"),
    ("question-u", "Kunt u aangeven wanneer u de Kamer zult informeren?"),
    ("reported-question", "De leden van de D66-fractie vragen of de minister de Kamer zal informeren."),
    ("conditional", "Het kabinet zou de regeling kunnen aanpassen."),
    ("modal-kan", "Nederland kan een rol spelen in de dialoog."),
    ("modal-moet", "De overheid zal een antwoord moeten formuleren op deze ontwikkelingen."),
    ("hedged", "Naar verwachting zal het voorstel begin 2027 worden ingediend."),
    ("hedged-passive-kamer", "Het initiatiefwetsvoorstel wordt naar verwachting in het voorjaar aan de Kamer "
     "aangeboden."),
    ("discourse-ga-in", "In deze brief ga ik in op de uitkomsten van het onderzoek."),
    ("discourse-schetsen", "Daarna zal ik enkele vraagstukken schetsen."),
    ("discourse-benadrukken", "Ik wil benadrukken dat de code niet dwingend is."),
    ("discourse-vooruitblik", "Tot slot blikken wij vooruit op 2026."),
    ("passive-descriptive", "De leveringszekerheid wordt jaarlijks door TenneT gemonitord."),
    ("passive-other-agent", "De aanvragen worden beoordeeld door commissies met onafhankelijke experts."),
    ("passive-present-plain", "Via deze samenwerkingsverbanden wordt kennisuitwisseling bevorderd."),
    ("passive-deixis", "Hieronder worden deze elementen nader toegelicht."),
    ("passive-expectation", "Tot en met 2030 worden er geen risico's voor de leveringszekerheid verwacht."),
    ("quotation", "“Nederland zal zich blijven inzetten voor vrede en veiligheid.”"),
    ("heading", "Vervolgstappen"),
    ("expectation", "Wij verwachten dat de kosten in 2026 stijgen."),
    ("other-agent-future", "Het rapport wordt in 2026 gepubliceerd door het CBS."),
    ("other-body-zal-2", "De NZa zal in 2026 een onderzoek uitvoeren."),
    ("perfect-asked", "Ik heb de NZa gevraagd om een advies uit te brengen."),
    ("ongoing-gesprek", "Ik ben met de sector in gesprek over de tarieven."),
    ("aspiration", "Het kabinet streeft ernaar de wachttijden te verkorten."),
    ("courtesy", "Tot slot wil ik uw Kamer bedanken voor de constructieve samenwerking."),
    ("other-receives", "Gemeenten ontvangen in 2026 een extra bijdrage van 100 miljoen euro."),
    ("supervision", "De NVWA houdt toezicht op de naleving."),
    ("own-event-past", "Met de eerste top in 2023 heeft Nederland het thema op de agenda gezet. De derde top zal in "
     "2026 plaatsvinden."),
]


@pytest.mark.parametrize("case_id,text", NOT_COMMITMENTS, ids=[c[0] for c in NOT_COMMITMENTS])
def test_not_commitments(case_id, text):
    assert commitments_of(text) == []


def test_members_questions_in_answers_are_skipped():
    text = ("Vraag 1\nBent u bereid de Kamer voor de zomer te informeren? Wij zullen dat graag zien.\n"
            "Antwoord 1\nJa. Ik zal de Kamer voor de zomer informeren.")
    rows = commitments_of(text, doc_type="antwoord_kamervragen")
    assert [r["sentence"] for r in rows] == ["Ik zal de Kamer voor de zomer informeren."]


def test_a_motion_requests_and_promises_nothing():
    text = ("MOTIE VAN HET LID CEDER\nDe Kamer,\ngehoord de beraadslaging,\noverwegende dat de regering zal moeten "
            "handelen;\nverzoekt de regering zich in te zetten voor een staakt-het-vuren,\nen gaat over tot de orde "
            "van de dag.\nCeder\n")
    assert commitments_of(text, doc_type="motie") == []


def test_committee_decisions_imply_no_government():
    text = "Besluit: op korte termijn wordt een delegatiebijeenkomst gepland om het programma vast te stellen."
    assert commitments_of(text, doc_type="verslag") == []


# --- (c) the dependency path -------------------------------------------------------------------------

_NLP = spacy.blank("nl")
FIN = "Tense=Pres|VerbForm=Fin"


def parsed(rows: list[tuple]) -> Doc:
    """A Doc with a hand-made parse: (word, head index, dep, pos[, morph]) per token."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in ".,:;)" for i in range(len(rows))]
    return Doc(_NLP.vocab, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], morphs=[r[4] if len(r) > 4 else "" for r in rows])


PARSES = [
    ("zal", [("Nederland", 4, "nsubj", "PROPN"), ("zal", 4, "aux", "AUX", FIN), ("de", 3, "det", "DET"),
             ("trainingen", 4, "obj", "NOUN"), ("financieren", 4, "ROOT", "VERB", "VerbForm=Inf"),
             (".", 4, "punct", "PUNCT")],
     {"actor": "Nederland", "cue": "zal", "action": "zal de trainingen financieren"}),
    ("passive", [("De", 2, "det", "DET"), ("komende", 2, "amod", "ADJ"), ("maanden", 6, "obl", "NOUN"),
                 ("worden", 6, "aux:pass", "AUX", FIN), ("de", 5, "det", "DET"),
                 ("aanbevelingen", 6, "nsubj:pass", "NOUN"), ("besproken", 6, "ROOT", "VERB", "VerbForm=Part"),
                 (".", 6, "punct", "PUNCT")],
     {"cue": "passief", "deadline_raw": "De komende maanden", "action": "worden de aanbevelingen besproken"}),
    ("blijft-xcomp", [("Het", 1, "det", "DET"), ("kabinet", 2, "nsubj", "NOUN"), ("blijft", 2, "ROOT", "VERB", FIN),
                      ("zich", 4, "expl:pv", "PRON"), ("inzetten", 2, "xcomp", "VERB", "VerbForm=Inf"),
                      ("voor", 7, "case", "ADP"), ("een", 7, "det", "DET"), ("verbod", 4, "obl", "NOUN"),
                      (".", 2, "punct", "PUNCT")],
     {"actor": "het kabinet", "cue": "blijven", "action": "blijft zich inzetten voor een verbod"}),
    ("blijft-aux", [("Het", 1, "det", "DET"), ("kabinet", 4, "nsubj", "NOUN"), ("blijft", 4, "aux", "AUX", FIN),
                    ("zich", 4, "expl:pv", "PRON"), ("inzetten", 4, "ROOT", "VERB", "VerbForm=Inf"),
                    ("voor", 7, "case", "ADP"), ("een", 7, "det", "DET"), ("verbod", 4, "obl", "NOUN"),
                    (".", 4, "punct", "PUNCT")],
     {"actor": "het kabinet", "cue": "blijven"}),
    ("zet-in", [("Ook", 1, "advmod", "ADV"), ("zet", 1, "ROOT", "VERB", FIN), ("Nederland", 1, "nsubj", "PROPN"),
                ("in", 1, "compound:prt", "ADP"), ("op", 5, "case", "ADP"),
                ("kennisuitwisseling", 1, "obl", "NOUN"), (".", 1, "punct", "PUNCT")],
     {"actor": "Nederland", "cue": "inzet", "action": "zet Nederland in op kennisuitwisseling"}),
    ("informeren", [("Ik", 7, "nsubj", "PRON"), ("zal", 7, "aux", "AUX", FIN), ("uw", 3, "nmod:poss", "PRON"),
                    ("Kamer", 7, "obj", "PROPN"), ("voor", 6, "case", "ADP"), ("de", 6, "det", "DET"),
                    ("zomer", 7, "obl", "NOUN"), ("informeren", 7, "ROOT", "VERB", "VerbForm=Inf"),
                    (".", 7, "punct", "PUNCT")],
     {"actor": "ik", "cue": "zal", "deadline_raw": "voor de zomer", "deadline": "2025-SU"}),
]


@pytest.mark.parametrize("case_id,rows,expected", PARSES, ids=[c[0] for c in PARSES])
def test_dependency_path_finds_the_same_commitment(case_id, rows, expected):
    sdoc = parsed(rows)
    assert sdoc.has_annotation("DEP")
    by_tree = commitments_of(sdoc.text, sdoc)
    by_tokens = commitments_of(sdoc.text)
    assert [r["path"] for r in by_tree] == ["dependency"]
    for field, value in expected.items():
        assert by_tree[0][field] == value, (field, by_tree[0])
    keys = ("actor", "cue", "action", "deadline_raw", "deadline", "sentence")
    assert [{k: r[k] for k in keys} for r in by_tree] == [{k: r[k] for k in keys} for r in by_tokens]


def test_dependency_path_reads_the_subject_from_the_tree():
    # 'zullen, zoals afgesproken, de minister van Defensie en ik': the subject is far from the verb; word order
    # alone does not find it, the nsubj arc does.
    sdoc = parsed([("Volgend", 1, "amod", "ADJ"), ("jaar", 13, "obl", "NOUN"), ("zullen", 13, "aux", "AUX", FIN),
                   (",", 5, "punct", "PUNCT"), ("zoals", 5, "mark", "SCONJ"),
                   ("afgesproken", 13, "advcl", "VERB", "VerbForm=Part"), (",", 5, "punct", "PUNCT"),
                   ("de", 8, "det", "DET"), ("minister", 13, "nsubj", "NOUN"), ("van", 10, "case", "ADP"),
                   ("Defensie", 8, "nmod", "PROPN"), ("de", 12, "det", "DET"), ("Kamer", 13, "obj", "PROPN"),
                   ("informeren", 13, "ROOT", "VERB", "VerbForm=Inf"), (".", 13, "punct", "PUNCT")])
    assert commitments_of(sdoc.text) == []  # the token patterns miss it
    rows = commitments_of(sdoc.text, sdoc)
    assert [(r["actor"], r["cue"], r["path"]) for r in rows] == [("de minister van Defensie", "zal", "dependency")]


def test_dependency_path_other_subject_and_agent():
    spain = parsed([("Spanje", 1, "nsubj", "PROPN"), ("organiseert", 1, "ROOT", "VERB", FIN), ("in", 3, "case", "ADP"),
                    ("2026", 1, "obl", "NUM"), ("de", 5, "det", "DET"), ("top", 1, "obj", "NOUN"),
                    (".", 1, "punct", "PUNCT")])
    assert commitments_of(spain.text, spain) == []
    # A passive whose obl:agent is someone else: no commitment, though the time is future.
    by_spain = parsed([("In", 1, "case", "ADP"), ("2026", 7, "obl", "NUM"), ("wordt", 7, "aux:pass", "AUX", FIN),
                       ("de", 4, "det", "DET"), ("top", 7, "nsubj:pass", "NOUN"), ("door", 6, "case", "ADP"),
                       ("Spanje", 7, "obl:agent", "PROPN"), ("georganiseerd", 7, "ROOT", "VERB", "VerbForm=Part"),
                       (".", 7, "punct", "PUNCT")])
    assert commitments_of(by_spain.text, by_spain) == []
    # The same sentence by the government itself is one.
    by_nl = parsed([("In", 1, "case", "ADP"), ("2026", 7, "obl", "NUM"), ("wordt", 7, "aux:pass", "AUX", FIN),
                    ("de", 4, "det", "DET"), ("top", 7, "nsubj:pass", "NOUN"), ("door", 6, "case", "ADP"),
                    ("Nederland", 7, "obl:agent", "PROPN"), ("georganiseerd", 7, "ROOT", "VERB", "VerbForm=Part"),
                    (".", 7, "punct", "PUNCT")])
    rows = commitments_of(by_nl.text, by_nl)
    assert [(r["cue"], r["deadline"], r["path"]) for r in rows] == [("passief", "2026", "dependency")]


# --- (d) rows, seeds, gold, real PDFs ------------------------------------------------------------------

def test_references_of_the_sentence_and_its_footnotes():
    rows = commitments_of("Zoals in onze brief van 26 januari 2023 aan uw Kamer toegezegd (Kamerstuk 33 694, nr. 67) "
                          "informeren wij u over de resultaten.[1] Dat is alles.",
                          notes={"1": "Kamerstukken II 2022/23, 33694, nr. 68."}, date="2023-03-20")
    assert len(rows) == 1
    row = rows[0]
    assert row["references"] == ["kst-33694-67", "kst-33694-68"]
    assert row["earlier_commitment"] is True and row["earlier_references"] == ["kst-33694-67"]
    assert row["deadline"] == ""  # the letter of January is no deadline


def test_signer_and_addressee_are_the_actors():
    letter = ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 15 januari 2025\n"
              "Geachte voorzitter,\nIk zal uw Kamer voor de zomer informeren over de evaluatie.\n"
              "De Minister van Infrastructuur en Waterstaat,\nB. Madlener\n")
    rows = commitments_of(letter)
    assert [r["actor"] for r in rows] == ["de minister van Infrastructuur en Waterstaat"]




def test_seed_rows_are_clean(tmp_path):
    extract_to([seed("001"), seed("002"), seed("003")], tmp_path)
    rows = read_table(tmp_path, "commitments")
    assert len(rows) >= 20
    for r in rows:
        assert "[footnoteRef" not in r["sentence"] and not r["sentence"].startswith(("-", "•"))
        assert "\n" not in r["sentence"] and r["action"] in r["sentence"]
        assert r["actor"] and r["cue"]
    informing = next(r for r in rows if r["sentence"].startswith("Zoals in onze brief van 26 januari 2023"))
    assert informing["actor"] == "wij" and informing["earlier_commitment"] == "true"
    assert informing["earlier_references"] == "kst-33694-67"
    defensie = next(r for r in rows if r["sentence"].startswith("Daarom investeert Defensie"))
    assert defensie["deadline_raw"] == "de komende jaren" and defensie["actor"] == "Defensie"
    geneva = [r for r in rows if r["sentence"].startswith("Daarnaast zal Nederland deelnemen")]
    assert len(geneva) == 2


@needs_gold
def test_seeds_score_against_the_gold(tmp_path):
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    extract_to(sorted(seed(p) for p in ("000", "001", "002", "003", "004")), tmp_path)
    totals, _, _, _, _ = score.score(tmp_path, GOLD)
    _, _, f1 = score.prf(*totals["commitments"])
    assert f1 >= 0.75


@needs_corpus
def test_answers_to_kamervragen(tmp_path):
    extract_to([corpus_pdf("ll_ah-tk-20232024-2168.pdf")], tmp_path)
    rows = read_table(tmp_path, "commitments")
    informs = [r for r in rows if "informeren" in r["action"]]
    assert informs and all(r["actor"] == "de minister van Klimaat en Groene Groei" for r in informs)
    assert {r["deadline"] for r in informs} == {"2024"}  # 'eind 2024', 'eind dit jaar' in a letter of July 2024
    assert any(r["earlier_commitment"] == "true" for r in rows)  # 'Conform de toezegging van mijn ambtsvoorganger'
    assert not any(r["sentence"].endswith("?") for r in rows)


@needs_corpus
@pytest.mark.parametrize("name", ["pm_kst-21501-02-3121-motie.pdf", "pdflab_kst-28286-1366-motie.pdf",
                                  "openkamer_besluitenlijst-biza-2009.pdf"])
def test_documents_without_government_promises(tmp_path, name):
    extract_to([corpus_pdf(name)], tmp_path)
    assert read_table(tmp_path, "commitments") == []
