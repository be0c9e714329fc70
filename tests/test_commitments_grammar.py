"""Commitments read right without a parser: the Dutch grammar of promises in debates and answers.

Each phenomenon has sentences that are a government commitment and near-misses that are not, written from the
general language of parliamentary debates (Handelingen), answers to Kamervragen and letters; all run through
the token-pattern path (no parser). Phenomena: a fronted object ('Dat zeg ik toe'), 'ik'/'wij' as the only
possible subject, explicit 'toezeggen' (also with 'kan' and 'zou willen'), 'ben bereid om', the refusal ('wil
niet', 'niet bereid'), the elliptic 'Ja, dat wil ik', 'komen met' a document, 'Er komt een regeling', the
present tense with a future time, plural nouns versus infinitives, prefixed participles and stranded
prepositions, clauses after 'en', 'maar', 'want' and after a fronted subordinate clause, passives that send
something to the Kamer or into a coming document, one row per promise, and what is the debate's own business
(verdicts on motions, voting, what the speaker will say) or another body's plan.
"""

from __future__ import annotations

import pytest
from conftest import rows_of

DATE = "2024-03-12"


def promises(text: str, doc_type: str = "antwoord_kamervragen") -> list[dict]:
    """commitments.csv rows of a one-document text of ``doc_type`` dated ``DATE``."""
    rows = rows_of(text, date=DATE, doc_type=doc_type)["commitments"]
    for r in rows:
        assert r["action"] and r["action"] in r["sentence"]
    return rows


# (id, doc_type, sentence, expected fields of its only row)
PROMISES = [
    # a fronted object: 'ik' and 'wij' can only be the subject
    ("fronted-zal", "verslag", "Dat zullen wij meenemen in de evaluatie van de regeling.",
     {"cue": "zal", "actor": "wij"}),
    ("fronted-noun-phrase", "verslag", "Die evaluatie zal ik na de zomer aan de Kamer sturen.", {"cue": "zal"}),
    ("fronted-zeg-toe", "verslag", "Dat zeg ik de Kamer graag toe.", {"cue": "toezegging"}),
    ("fronted-wil-toezeggen", "verslag", "Dat wil ik het lid graag toezeggen.", {"cue": "toezegging"}),
    ("fronted-after-coordinator", "verslag", "Het overleg loopt nog en de uitkomsten zal ik met de Kamer delen.",
     {"cue": "zal", "action": "zal ik met de Kamer delen"}),
    # explicit promising, also with a modal
    ("zeg-toe-dat", "verslag", "Ik zeg toe dat wij de regeling voor het eind van het jaar evalueren.",
     {"cue": "toezegging"}),
    ("zeg-de-kamer-toe", "verslag", "Ik zeg de Kamer toe om de gevolgen voor gemeenten in beeld te brengen.",
     {"cue": "toezegging"}),
    ("kan-toezeggen", "verslag", "Wel kan ik toezeggen dat wij de sector bij de uitwerking betrekken.",
     {"cue": "toezegging"}),
    ("maar-kan-toezeggen", "verslag", "Maar ik kan wel toezeggen dat de gewone regels gelden.",
     {"cue": "toezegging"}),
    ("zou-willen-toezeggen", "verslag", "Ik zou de Kamer willen toezeggen om de knelpunten in kaart te brengen.",
     {"cue": "toezegging"}),
    ("is-toegezegd", "antwoord_kamervragen", "In het commissiedebat is toegezegd om de regeling te evalueren.",
     {"cue": "toezegging"}),
    ("is-toegezegd-door", "verslag", "Er is door de minister toegezegd dat de regeling wordt geëvalueerd.",
     {"cue": "toezegging"}),
    ("toezegging-doen", "verslag", "Die toezegging doe ik graag.", {"cue": "toezegging"}),
    # willingness and the elliptic answer
    ("dat-doe-ik", "verslag", "Dat doe ik graag.", {"cue": "toezegging"}),
    ("bereid", "verslag", "Ik ben bereid om met de provincies te verkennen welke ruimte er is.", {"cue": "bereid"}),
    ("bereid-conditional", "antwoord_kamervragen",
     "Indien de gemeenten daarom vragen, is de minister van Binnenlandse Zaken bereid om mee te denken.",
     {"cue": "bereid", "actor": "de minister van Binnenlandse Zaken"}),
    ("ja-dat-wil-ik", "verslag", "Ja, voorzitter, dat wil ik.", {"cue": "willen"}),
    ("conditional-wil-dat-doen", "verslag", "Als de Kamer dat wenst, wil ik dat doen.", {"cue": "willen"}),
    ("conditional-kan-informeren", "verslag", "Als de Kamer dat wil, kan ik de Kamer daarover na de zomer informeren.",
     {"cue": "informeren"}),
    ("conditional-offer", "verslag", "Als de Kamer dat wenst, kan ik een technische briefing organiseren.",
     {"cue": "aanbod"}),
    ("conditional-offer-indien", "antwoord_kamervragen", "Indien uw Kamer daar behoefte aan heeft, kan ik de "
     "cijfers per regio laten uitsplitsen.", {"cue": "aanbod"}),
    ("conditional-offer-after", "verslag", "Ik kan een rondetafelgesprek met de sector organiseren, als de Kamer "
     "dat wil.", {"cue": "aanbod"}),
    ("stranded-kan-informeren", "verslag", "Daar kan ik de Kamer na de zomer over informeren.",
     {"cue": "informeren"}),
    ("stranded-terugkomen", "verslag", "Ik wil daar in de voortgangsbrief graag op terugkomen.", {"cue": "willen"}),
    # the present tense of an announced document or measure, and of a future time
    ("kom-met-brief", "verslag", "Ik kom voor de zomer met een brief over de uitvoering.",
     {"cue": "komen met", "deadline_raw": "voor de zomer"}),
    ("kabinet-komt-met", "verslag", "Het kabinet komt in het najaar met een wetsvoorstel.", {"cue": "komen met"}),
    ("stuur-u-voor", "antwoord_kamervragen", "Ik stuur u voor 1 juli een brief over de voortgang.",
     {"cue": "gepland", "deadline": "2024-07-01"}),
    ("er-komt-regeling", "verslag", "Er komt een landelijke regeling voor de opvang van zwerfdieren.",
     {"cue": "aankondiging"}),
    ("brief-komt-er-aan", "verslag", "De brief over de tarieven komt er inderdaad aan.", {"cue": "aankondiging"}),
    ("brief-komt-eraan", "verslag", "Die brief komt eraan.", {"cue": "aankondiging"}),
    ("maak-mij-hard", "antwoord_kamervragen", "Ik maak mij hard voor een betere toegang tot de zorg.",
     {"cue": "inzet"}),
    ("dash-insertion", "antwoord_kamervragen", "Dit vergt een brede aanpak, waar ik mij – evenals mijn "
     "ambtsvoorganger – hard voor maak.", {"cue": "inzet"}),
    ("waar-zich-sterk-voor-maakt", "antwoord_kamervragen",
     "Dit vergt een brede aanpak, waar het kabinet zich sterk voor maakt.", {"cue": "inzet"}),
    ("fronted-die-perfect", "verslag", "Ja, die heb ik in het vorige debat toegezegd.", {"cue": "toezegging"}),
    ("vragen-per-brief", "verslag", "De vragen van het lid zal ik per brief beantwoorden.", {"cue": "zal"}),
    ("vragen-in-answers", "brief_regering", "Ik zal de vragen over de tarieven voor de zomer beantwoorden.",
     {"cue": "zal"}),
    # a negative undertaking is still an undertaking
    ("zal-niets-doen", "antwoord_kamervragen", "Tot die tijd zal ik niets doen wat de invoering kan vertragen.",
     {"cue": "zal"}),
    ("dat-zoek-ik-uit", "verslag", "Dat zoek ik uit.", {"cue": "onderzoek"}),
    ("dit-gaan-we-regelen", "verslag", "Dit gaan we in het voorjaar regelen.", {"cue": "gaan"}),
    ("te-hebben-afgerond", "verslag", "De herziening verwacht ik voor het einde van het jaar te hebben afgerond.",
     {"cue": "verwachting"}),
    # a verdict and a promise in one sentence: only the promise
    ("verdict-maar-zal", "verslag", "Deze motie moet ik ontraden, maar ik zal de Kamer wel over de uitkomsten "
     "informeren.", {"cue": "zal", "action": "zal de Kamer wel over de uitkomsten informeren"}),
    # passives: after a fronted subordinate clause, to the Kamer, into a coming document
    ("resumed-passive-to-kamer", "antwoord_kamervragen", "Zodra het advies gereed is, wordt het aan uw Kamer "
     "gestuurd.", {"cue": "passief"}),
    ("passive-into-document", "antwoord_kamervragen", "Deze aanbevelingen worden meegenomen in de kabinetsreactie.",
     {"cue": "passief"}),
    ("passive-stranded", "antwoord_kamervragen", "Uw Kamer wordt hier voor de zomer over geïnformeerd.",
     {"cue": "passief", "deadline_raw": "voor de zomer"}),
    ("passive-prefixed-participle", "antwoord_kamervragen",
     "In de voortgangsrapportage zal worden ingegaan op de knelpunten.", {"cue": "passief"}),
    ("passive-kamer-in-debate", "verslag", "De Kamer zal hierover na de zomer worden geïnformeerd.",
     {"cue": "passief"}),
]


@pytest.mark.parametrize("case_id,doc_type,text,expected", PROMISES, ids=[c[0] for c in PROMISES])
def test_promises(case_id, doc_type, text, expected):
    rows = promises(text, doc_type)
    assert len(rows) == 1, rows  # one row per promise
    for field, value in expected.items():
        assert rows[0][field] == value, (field, rows[0])
    assert rows[0]["path"] == "tokens"


# (id, doc_type, sentence)
NOT_PROMISES = [
    # refusals
    ("refusal-wil-niet", "verslag", "Ik wil niet vooruitlopen op de uitkomsten van het onderzoek."),
    ("refusal-kan-niet-toezeggen", "verslag", "Ik kan niet toezeggen dat de regeling wordt verlengd."),
    ("refusal-niet-bereid", "verslag", "Ik ben niet bereid om de regeling aan te passen."),
    ("refusal-wil-niet-toezeggen", "verslag", "Ik wil nu nog niet toezeggen dat dit tot extra geld leidt."),
    ("past-bereid", "verslag", "Ik was bereid om de regeling aan te passen, maar de Kamer wilde dat niet."),
    ("fronted-refusal-gaan", "verslag", "Dat gaan we niet doen."),
    ("fronted-refusal-wil", "verslag", "Nee, dat wil ik niet."),
    ("dat-doe-ik-al", "verslag", "Dat doe ik al."),
    ("dash-insertion-refusal", "verslag", "Ik wil niet toezeggen – daarom ontraad ik de motie – dat dit lukt."),
    ("fronted-idiom-zien", "verslag", "Dat zullen we nog wel zien."),
    ("fronted-opinion", "verslag", "Dat vind ik belangrijk."),
    ("fronted-modal", "verslag", "Dat kan ik niet beoordelen."),
    ("is-toegezegd-other", "antwoord_kamervragen", "De subsidie is door de provincie toegezegd."),
    ("is-verplicht-other", "antwoord_kamervragen", "De gemeente is verplicht om de regeling uit te voeren."),
    # a wish, a question, a conditional that is no offer
    ("wil-dat-wish", "verslag", "Ik wil dat gemeenten hun verantwoordelijkheid nemen."),
    ("wil-weten", "verslag", "Ik wil graag van de minister weten hoe dit precies zit."),
    ("zou-kunnen", "verslag", "Dat zou ik kunnen onderzoeken, maar ik zie daar weinig in."),
    ("kan-zonder-kamer", "verslag", "Ik kan de regeling niet eenvoudig aanpassen."),
    ("conditional-not-kamer", "verslag", "Als de gemeente dat wil, kan ik een gesprek organiseren."),
    ("conditional-refused", "verslag", "Als de Kamer dat wil, kan ik dat niet tegenhouden."),
    ("conditional-possibility", "verslag", "Als de prijzen stijgen, kan ik weinig doen."),
    ("hedge-misschien", "verslag", "Wij zullen misschien een pilot starten."),
    # the debate's own business
    ("verdict-overnemen", "verslag", "De motie op stuk nr. 12 zal ik overnemen."),
    ("verdict-oordeel", "verslag", "Het oordeel over deze motie laat ik aan de Kamer."),
    ("verdict-wil-oordeel", "verslag", "Ik wil het oordeel over het amendement aan de Kamer laten."),
    ("verdict-ga-naar", "verslag", "Dan ga ik nu naar de motie van het lid Jansen."),
    ("procedure-stemmen", "verslag", "Over de ingediende moties zullen we dinsdag stemmen."),
    ("procedure-passive-gestemd", "antwoord_kamervragen", "Over de moties zal aanstaande dinsdag worden gestemd."),
    ("relative-earlier-promise", "antwoord_kamervragen", "Daarbij zit nog niet het bedrag dat is toegezegd."),
    ("relative-earlier-promise-perfect", "antwoord_kamervragen",
     "Wij kijken uit naar de brief die de minister heeft toegezegd."),
    ("procedure-zeggen", "verslag", "Ik zal daar straks bij de amendementen iets over zeggen."),
    ("procedure-eindigen", "verslag", "Daarom zal ik eindigen met het onderwerp handhaving."),
    ("procedure-vragen-beantwoorden", "verslag", "Ik begin met de moties en dan zal ik twee vragen beantwoorden."),
    ("discourse-waarschuwen", "verslag", "Ik wil de Kamer er wel voor waarschuwen dat dit lastig wordt."),
    ("opinion-goed-dat", "verslag", "Het is goed dat de minister de Kamer gaat informeren."),
    # agencies and other parties
    ("agency-zal", "antwoord_kamervragen", "De AFM zal de naleving van deze regels controleren."),
    ("agency-verwacht", "antwoord_kamervragen", "Eind mei verwacht de Inspectie het eindrapport op te leveren."),
    ("supervisor-zal", "antwoord_kamervragen", "Indien nodig zal DNB handhavende maatregelen overwegen."),
    ("agency-komt-met", "antwoord_kamervragen", "Na de zomer komt de NZa met nieuwe cijfers."),
    # what only looks like 'komen met', 'er komt', a fronted object
    ("er-komt-descriptive", "verslag", "Er komt steeds meer aandacht voor dit probleem."),
    ("komt-met-tegemoet", "verslag", "Het kabinet komt met deze maatregelen tegemoet aan de wens van de Kamer."),
    ("dat-subject", "verslag", "Dat zal de komende jaren niet veranderen."),
    ("subordinate-dat", "verslag", "Ik weet dat wij dit niet kunnen oplossen."),
    ("maakt-hard-other", "antwoord_kamervragen", "De sector maakt zich hard voor lagere tarieven."),
    ("maak-not-effort", "antwoord_kamervragen", "Ik maak mij zorgen over de wachttijden."),
    ("brief-kwam-eraan", "verslag", "Die brief kwam er vorig jaar aan."),
    # plural nouns, not infinitives; participles, not present tense
    ("plural-noun", "antwoord_kamervragen", "De onderzoeken naar de oorzaken lopen nog."),
    ("plural-noun-sub", "antwoord_kamervragen", "Ik heb gezien dat de evaluaties van de regeling positief zijn."),
    ("perfect-prefixed", "antwoord_kamervragen", "In de brief van vorig jaar ben ik ingegaan op deze vragen."),
    ("passive-adjective-nader", "antwoord_kamervragen", "In het nader rapport wordt ingegaan op het advies."),
    ("passive-ongoing", "antwoord_kamervragen", "In deze netwerken wordt actief samengewerkt."),
]


@pytest.mark.parametrize("case_id,doc_type,text", NOT_PROMISES, ids=[c[0] for c in NOT_PROMISES])
def test_not_promises(case_id, doc_type, text):
    assert promises(text, doc_type) == []


def test_promise_and_its_content_are_one_row():
    rows = promises("Ik wil de Kamer toezeggen dat ik in de volgende voortgangsbrief op dit onderzoek terugkom.",
                    "verslag")
    assert [r["cue"] for r in rows] == ["toezegging"]


def test_two_promises_after_a_verdict_are_two_rows():
    rows = promises("Dat wil ik graag doen, maar ik wil niet toezeggen dat het lukt, en de Kamer zal ik over de "
                    "uitkomst informeren.", "verslag")
    assert [r["cue"] for r in rows] == ["willen", "zal"]
