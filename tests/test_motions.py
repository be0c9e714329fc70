"""Motions (pipeline.extract.motions): every way a Dutch letter names a motion, and motion documents themselves.

Part (a) is a table of mentions as letters, answers and lists of decisions write them, each inside its sentence,
with what an analyst expects in motions.csv; part (b) near-misses that are no motion; part (c) one motion
mentioned several times; part (d) motion documents; part (e) the seeds, the gold and real PDFs.
"""

from __future__ import annotations

import importlib.util

import pytest
from conftest import GOLD, SHARED, corpus_pdf, extract_to, needs_corpus, needs_gold, read_table, rows_of, seed


def motions_of(text: str, notes: dict[str, str] | None = None, date: str = "2025-01-15",
               doc_type: str | None = None) -> list[dict]:
    """motions.csv rows of one document made of ``text``; ``notes`` are footnotes whose marker stands
    right after the text '[n]' (the marker is taken out, as the text stage does)."""
    rows = rows_of(text, notes, date=date, doc_type=doc_type)["motions"]
    for r in rows:
        src = r["sentence"] if r["in_footnote"] else text
        if not r["in_footnote"]:
            assert text[r["char_start"]: r["char_end"]] == r["raw"]
        assert r["raw"] in src or r["in_footnote"]
    return rows


# --- (a) mentions: the shapes ------------------------------------------------------------------
# Each case: (id, text, footnotes, expected fields of the one row). Fields not named are not checked.

MENTIONS = [
    ("lid-cs", "Met deze brief geef ik uitvoering aan de motie van het lid Koopmans c.s. over militaire AI.", None,
     {"raw": "motie van het lid Koopmans c.s.", "submitters": ["Koopmans"], "cosigners": True,
      "status": "aangenomen", "subject": "militaire AI"}),
    ("lid-party-lowercase-particle",
     "Op 4 december 2024 heeft uw Kamer een motie van het lid van Dijk (NSC) aangenomen.", None,
     {"raw": "motie van het lid van Dijk (NSC)", "submitters": ["Van Dijk"], "parties": ["NSC"],
      "cosigners": False, "status": "aangenomen", "date": "2024-12-04"}),
    ("hyphen", "De motie-Van Dijk vraagt om een voortrekkersrol.", None,
     {"raw": "motie-Van Dijk", "submitters": ["Van Dijk"]}),
    ("bare-name", "De regering voert de motie Van der Plas uit.", None,
     {"raw": "motie Van der Plas", "submitters": ["Van der Plas"]}),
    ("bare-name-cs", "In 2019 nam de Tweede Kamer de motie Koopmans c.s. aan.", None,
     {"raw": "motie Koopmans c.s.", "submitters": ["Koopmans"], "cosigners": True, "status": "aangenomen",
      "date": "2019"}),
    ("amended-two-members", "De gewijzigde motie van de leden Boomsma (JA21) en Van der Plas (BBB) is aangenomen.",
     None, {"raw": "gewijzigde motie van de leden Boomsma (JA21) en Van der Plas (BBB)",
            "submitters": ["Boomsma", "Van der Plas"], "parties": ["JA21", "BBB"], "status": "aangenomen"}),
    ("three-members-over", "Ik ga in op de motie van de leden Kops, Van Baarle en Dassen over de energierekening.",
     None, {"submitters": ["Kops", "Van Baarle", "Dassen"], "subject": "de energierekening"}),
    ("mevrouw", "In navolging van de recent aangenomen motie van mevrouw Martens-America (VVD) wil ik verkennen hoe "
     "het aanbod kan worden gewaarborgd.", None,
     {"raw": "motie van mevrouw Martens-America (VVD)", "submitters": ["Martens-America"], "parties": ["VVD"],
      "status": "aangenomen"}),
    ("numbered-handelingen-form", "Ik verwijs naar motie nr. 22 (30196) over de klimaatdoelen.", None,
     {"kamerstuk": "kst-30196-22"}),
    ("citation-after", "Met REAIM is uitvoering gegeven aan de motie van het lid Koopmans c.s. uit april 2019 "
     "(Kamerstuk 33 694, nr. 43).", None,
     {"kamerstuk": "kst-33694-43", "date": "2019-04", "status": "aangenomen", "submitters": ["Koopmans"]}),
    ("citation-bare-dossier", "De motie Van Raak (29754, nr. 113) vraagt om een wegwijzer.", None,
     {"kamerstuk": "kst-29754-113", "submitters": ["Van Raak"]}),
    ("footnote-kamerstuk",
     "Deze brief geeft invulling aan de motie van het lid Paternotte (D66).[1] Daarover later meer.",
     {"1": "Kamerstukken II 2023/24, 21501-20, nr. 2001."},
     {"kamerstuk": "kst-21501-20-2001", "submitters": ["Paternotte"], "status": "aangenomen"}),
    ("date-before", "Dit is in lijn met de op 5 maart 2024 aangenomen motie van de leden Erkens en Grinwis "
     "(Kamerstuk 36 197, nr. 15).", None,
     {"date": "2024-03-05", "status": "aangenomen", "kamerstuk": "kst-36197-15", "submitters": ["Erkens", "Grinwis"]}),
    ("verworpen", "De motie-Omtzigt over de toeslagen is op 12 maart 2024 verworpen.", None,
     {"status": "verworpen", "date": "2024-03-12", "submitters": ["Omtzigt"]}),
    ("niet-aangenomen", "De motie van het lid Eerdmans over de grenzen is niet aangenomen.", None,
     {"status": "verworpen"}),
    ("aangehouden", "De motie van het lid Bikker (ChristenUnie) is aangehouden.", None,
     {"status": "aangehouden", "parties": ["ChristenUnie"]}),
    ("ingetrokken", "De motie van het lid Kwint (SP) over de studiefinanciering is ingetrokken.", None,
     {"status": "ingetrokken", "subject": "de studiefinanciering"}),
    ("ingediend", "Tijdens het debat is de motie van het lid Stoffer (SGP) ingediend.", None,
     {"status": "ingediend", "parties": ["SGP"]}),
    ("kamer-motion-with-footnote", "Dit initiatief komt voort uit een motie van de Kamer die is aangenomen in 2019.[1]",
     {"1": "Kamerstukken II, 2018-2019, 233694, nr. 43."},
     {"raw": "motie van de Kamer", "submitters": [], "status": "aangenomen", "date": "2019",
      "kamerstuk": "kst-33694-43"}),
    ("implicit-kamer-request", "Om deze reden is Nederland op verzoek van de Kamer[3] een dialoog gestart.",
     {"3": "Kamerstukken II, 2018/19, 33694, nr. 43."},
     {"raw": "op verzoek van de Kamer", "implicit": True, "status": "aangenomen", "kamerstuk": "kst-33694-43"}),
    ("implicit-member-request", "Op verzoek van het lid Van Dijk (NSC) informeert u de Kamer over REAIM.[2]",
     {"2": "Kamerstukken II, 2024/25, 36600, nr. 50."},
     {"submitters": ["Van Dijk"], "parties": ["NSC"], "implicit": True, "status": "", "kamerstuk": "kst-36600-50"}),
    ("quoted-request", "Op 4 december 2024 heeft uw Kamer een motie van het lid Van Dijk (NSC) aangenomen. "
     "In deze motie wordt de regering verzocht om ‘een voortrekkersrol te blijven vervullen in de internationale "
     "dialoog’.", None,
     {"request": "een voortrekkersrol te blijven vervullen in de internationale dialoog"}),
    ("paraphrased-request", "In 2019 nam de Tweede Kamer de motie Koopmans c.s. aan. Deze motie riep de regering op om "
     "het thema AI in het militaire domein internationaal te agenderen.", None,
     {"request": "het thema AI in het militaire domein internationaal te agenderen", "status": "aangenomen"}),
    ("unnamed-motion-in-footnote", "Met deze brief voer ik de motie[4] uit die vorig jaar is aangenomen.",
     {"4": "Motie van het lid Dassen (Volt) c.s., Kamerstuk 21 501-20, nr. 1912."},
     {"submitters": ["Dassen"], "kamerstuk": "kst-21501-20-1912", "cosigners": True}),
]


@pytest.mark.parametrize("case_id,text,notes,expected", MENTIONS, ids=[c[0] for c in MENTIONS])
def test_mention_shapes(case_id, text, notes, expected):
    rows = motions_of(text, notes)
    assert len(rows) == 1, [r["raw"] for r in rows]
    row = rows[0]
    for field, value in expected.items():
        assert row[field] == value, (field, row)


def test_plural_motions_with_numbers_are_one_row_each():
    rows = motions_of("Voortgang uitvoering moties 30420, nrs 100 en 101 over de samenstelling van commissies.")
    assert [r["kamerstuk"] for r in rows] == ["kst-30420-100", "kst-30420-101"]


def test_two_motions_in_one_sentence_keep_their_own_citations():
    rows = motions_of("De brief volgt op de motie Van Toorenburg (31200 XI, nr. 65) en de motie Van Raak "
                      "(29754, nr. 113).")
    assert [(r["submitters"], r["kamerstuk"]) for r in rows] == [(["Van Toorenburg"], "kst-31200-XI-65"),
                                                                  (["Van Raak"], "kst-29754-113")]


# --- (b) near-misses: no motion ---------------------------------------------------------------

NEAR_MISSES = [
    ("emotie", "De emotie in het debat was groot, en ook de promotie van het plan kreeg aandacht."),
    ("resolution", "De resolutie werd met grote meerderheid aangenomen in de Algemene Vergadering."),
    ("heading", "Motie groeit uit tot mondiale dialoog"),
    ("bare-anaphor", "De motie vraagt veel van de uitvoering."),
    ("committee-request", "Op verzoek van de vaste commissie Defensie[1] stuur ik u deze brief.",
     {"1": "Kamerstukken II 2023/24, 36124, nr. 5."}),
    ("kamer-request-debate", "Op verzoek van de Kamer[1] stuur ik u de antwoorden.",
     {"1": "Handelingen II 2023/24, nr. 45, item 12."}),
    ("kamer-request-no-source", "Op verzoek van de Kamer stuur ik u deze brief."),
    ("amendment", "Het amendement van het lid Sneller is aangenomen."),
]


@pytest.mark.parametrize("case", NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_near_misses(case):
    _, text, *notes = case
    assert motions_of(text, notes[0] if notes else None) == []


# --- (c) one motion, several mentions ----------------------------------------------------------

def test_one_motion_mentioned_three_times_is_one_row():
    text = ("Vragen van het lid Van Zanten (BBB) over de reactie op de motie van het lid Van Zanten c.s. over "
            "cultuursubsidies (ingezonden 7 maart 2024).\nHoe rijmt u dat met de aangenomen motie van het lid "
            "Van Zanten c.s.,[2] waarmee de Kamer heeft uitgesproken dat inclusie geen voorwaarde is?\n"
            "Ten tijde van het aannemen van de motie door uw Kamer, op 23 januari jl., waren er al aanvragen.")
    rows = motions_of(text, {"2": "Kamerstuk 36 410 VIII, nr. 82"}, date="2024-04-05")
    assert len(rows) == 1
    row = rows[0]
    assert row["raw"] == "motie van het lid Van Zanten c.s."
    assert row["char_start"] == text.index("motie van het lid")  # the first mention
    assert row["kamerstuk"] == "kst-36410-VIII-82"  # from the second mention's footnote
    assert row["status"] == "aangenomen" and row["date"] == "2024-01-23"  # from the third
    assert row["mentions"] == 2 and row["cosigners"] is True


def test_motion_of_uw_kamer_after_a_named_one_is_that_motion():
    rows = motions_of("Ik voer de motie van het lid Tielen (VVD) uit. Er wordt reeds conform de motie van uw Kamer "
                      "gehandeld.")
    assert len(rows) == 1 and rows[0]["submitters"] == ["Tielen"] and rows[0]["status"] == "aangenomen"


# --- (d) motion documents ---------------------------------------------------------------------------

PRINTED = """Tweede Kamer der Staten-Generaal
Vergaderjaar 2024–2025
28 286
Dierenwelzijn
Nr. 1366
MOTIE VAN DE LEDEN HOLMAN EN VAN CAMPEN
Voorgesteld 5 december 2024
De Kamer,
gehoord de beraadslaging,
constaterende dat er een aantoonbaar tekort aan dierenartsen is;
overwegende dat de motie-Vestering (Kamerstuk 28 286, nr. 1300) om meer opleidingsplekken vroeg;
verzoekt de regering de mogelijkheden te onderzoeken om een hbo-opleiding tot paraveterinair te starten,
en gaat over tot de orde van de dag.
Holman
Van Campen
"""

HANDELINGEN = """De voorzitter: Door de leden Bontenbal en Grinwis wordt de volgende motie voorgesteld:
Motie
De Kamer,
gehoord de beraadslaging,
overwegende dat de netcongestie groeit;
verzoekt de regering, voor de zomer een plan van aanpak te presenteren,
en gaat over tot de orde van de dag.
Bontenbal
Grinwis
Zij krijgt nr. 22 (30196).
"""


def test_printed_motion_document():
    rows = motions_of(PRINTED, date="2024-12-05")
    own = [r for r in rows if r["source"] == "document"]
    assert len(own) == 1
    row = own[0]
    assert row["raw"] == "MOTIE VAN DE LEDEN HOLMAN EN VAN CAMPEN"
    assert row["submitters"] == ["Holman", "Van Campen"]
    assert row["date"] == "2024-12-05" and row["status"] == "ingediend"
    assert row["kamerstuk"] == "kst-28286-1366"
    assert row["request"].startswith("verzoekt de regering de mogelijkheden te onderzoeken")
    assert not row["request"].endswith(",")
    assert row["considerations"] == [
        "constaterende dat er een aantoonbaar tekort aan dierenartsen is",
        "overwegende dat de motie-Vestering (Kamerstuk 28 286, nr. 1300) om meer opleidingsplekken vroeg"]
    # A motion the considerations mention is a row of its own.
    other = [r for r in rows if r["source"] == "mention"]
    assert [(r["submitters"], r["kamerstuk"]) for r in other] == [(["Vestering"], "kst-28286-1300")]


def test_motion_in_handelingen_gets_its_number_and_signers():
    rows = motions_of(HANDELINGEN, date="2024-03-01")
    assert len(rows) == 1
    row = rows[0]
    assert row["submitters"] == ["Bontenbal", "Grinwis"]
    assert row["kamerstuk"] == "kst-30196-22"
    assert row["request"] == "verzoekt de regering, voor de zomer een plan van aanpak te presenteren"


def test_motion_title_gives_submitters_without_signatures():
    text = PRINTED.replace("Holman\nVan Campen\n", "")
    row = next(r for r in motions_of(text) if r["source"] == "document")
    assert row["submitters"] == ["Holman", "Van Campen"]


# --- (e) seeds, gold and real PDFs -----------------------------------------------------------------



def test_seed_001_motion_from_footnote(tmp_path):
    extract_to([seed("001")], tmp_path)
    rows = read_table(tmp_path, "motions")
    van_dijk = next(r for r in rows if r["submitters"] == "Van Dijk")
    assert van_dijk["kamerstuk"] == "kst-36600-50"  # only footnote 1 names it
    assert van_dijk["status"] == "aangenomen" and van_dijk["date"] == "2024-12-04"
    assert van_dijk["request"].startswith("een voortrekkersrol te blijven vervullen")


@needs_gold
def test_seeds_score_against_the_gold(tmp_path):
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    extract_to(sorted(seed(p) for p in ("000", "001", "002", "003", "004")), tmp_path)
    totals, meta, _, _, _ = score.score(tmp_path, GOLD)
    _, _, f1 = score.prf(*totals["motions"])
    assert f1 >= 0.9
    for field in ("kamerstuk", "status"):
        assert meta[f"motion.{field}.right"] / meta[f"motion.{field}.total"] >= 0.9


@needs_corpus
@pytest.mark.parametrize("name,expected", [
    ("pm_kst-21501-02-3121-motie.pdf", {"submitters": "Ceder", "kamerstuk": "kst-21501-02-3121", "date": "2025-04-10",
                                        "status": "ingediend"}),
    ("pdflab_motie-35851-71-ocr.pdf", {"submitters": "Chakor; Van Nispen", "kamerstuk": "kst-35851-71",
                                       "status": "ingediend"}),
    ("ll_ah-tk-20232024-2168.pdf", {"submitters": "Erkens; Grinwis", "kamerstuk": "kst-36197-15",
                                    "date": "2024-03-05", "status": "aangenomen"}),
])
def test_real_pdfs(tmp_path, name, expected):
    extract_to([corpus_pdf(name)], tmp_path)
    rows = read_table(tmp_path, "motions")
    assert len(rows) == 1
    for field, value in expected.items():
        assert rows[0][field] == value, (field, rows[0])
    if "motie" in name:
        assert rows[0]["request"].startswith("verzoekt de regering")


# --- printed motions: tolerant frame and signatures -------------------------------------------------------

FRAMED = ("MOTIE VAN DE LEDEN JANSEN EN VAN DER BERG\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
           "verzoekt de regering de lonen te verhogen,\n\nen gaat over tot de orde {closing} de dag.\n\n{signatures}\n")


@pytest.mark.parametrize(("closing", "signatures", "submitters"), [
    ("van", "Jansen\nVan der Berg", ["Jansen", "Van der Berg"]),
    ("van", "Jansen\nVan der\nBerg", ["Jansen", "Van der Berg"]),       # a tussenvoegsel left on its own line
    ("van", "Jansen\nVan\n\nDer Berg", ["Jansen", "Van Der Berg"]),
    ("dan", "Jansen\nVan der Berg", ["Jansen", "Van der Berg"]),          # the closing garbled by a transcription
    ("vna", "Jansen", ["Jansen"]),
])
def test_printed_motion_frame_and_signatures(closing, signatures, submitters):
    rows = motions_of(FRAMED.format(closing=closing, signatures=signatures), doc_type="motie")
    assert [r["submitters"] for r in rows if r["source"] == "document"] == [submitters]


@pytest.mark.parametrize("closing", ["en gaat over tot de orde", "en gaat over tot de stemmingen van de dag",
                                     "en gaat over tot de orde van de vergadering"])
def test_no_motion_without_its_closing_formula(closing):
    text = ("De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de lonen te verhogen,\n\n"
            f"{closing}.\n\nJansen\n")
    assert [r for r in motions_of(text, doc_type="motie") if r["source"] == "document"] == []
