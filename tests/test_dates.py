"""Dutch time expressions (pipeline.extract.dates).

Part (a) is a table of phrasings as Dutch ministries write them, each inside a sentence fragment, with the
expression(s) an analyst expects: raw, value, end, precision, relative and (where it carries meaning) the TIMEX3
modifier. The expectations follow ../shared/gold/README.md ('Dates') and what the Dutch means, not the code.
Part (b) is a table of near-misses: numbers and words that look like dates and must yield nothing.
Part (c) tests estimate_anchor and Anchor; part (d) runs the real pipeline on seeds 001, 002 and 004.

Conventions, beyond the gold README, that these tables fix:
- An unresolved expression has value '', end '', precision '' and relative True: a relative expression without
  an anchor, and also a year-less date ('9 maart', 'In september') when there is no anchor year to give it
  (gold: "Unresolvable ones get value null, precision null and relative true").
- A part of a year ('voorjaar van 2023', 'eerste kwartaal van 2026', 'tweede helft van 2025') starts at its own
  word: the preposition and article before it are left out, as the gold does for 'in het voorjaar van 2023'.
  Vague deictics keep their article ('de komende jaren', 'het komende jaar'), as in the gold.
- A year-less part of a year ('in het vierde kwartaal') takes the anchor year with relative False, like a
  year-less date.
- 'voor de zomer van 2026' keeps its 'voor' and mod BEFORE exactly as 'voor de zomer' does: it is a deadline.
- An impossible date ('31 februari 2023') never gives a day value. What the text reliably says, the month
  ('2023-02', precision month), is accepted; so is nothing.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from conftest import seed

import pipeline.run
from pipeline.extract.dates import Anchor, TimeExpr, estimate_anchor, find_dates
from pipeline.extract.references import find_references

A = Anchor.parse("2025-11-10")  # a Monday, ISO week 2025-W46 (the REAIM web page of seed 000)
Y23 = Anchor.parse("2023")  # only the print year is known (seed 002)
Y25 = Anchor.parse("2025")  # a year estimated from the dates in the text (seed 001)
NONE = Anchor()


def at(iso: str) -> Anchor:
    return Anchor.parse(iso)


def d(raw: str, value: str, end: str = "", precision: str = "", relative: bool = False,
      mod: str | None = None) -> tuple:
    """One expected expression; mod None means: not part of the expectation."""
    return (raw, value, end, precision, relative, mod)


def day(raw: str, value: str, relative: bool = False, mod: str | None = None) -> tuple:
    return d(raw, value, "", "day", relative, mod)


def month(raw: str, value: str, relative: bool = False, mod: str | None = None) -> tuple:
    return d(raw, value, "", "month", relative, mod)


def year(raw: str, value: str, relative: bool = False, mod: str | None = None) -> tuple:
    return d(raw, value, "", "year", relative, mod)


def rng(raw: str, value: str, end: str, relative: bool = False) -> tuple:
    return d(raw, value, end, "range", relative)


def unresolved(raw: str, mod: str | None = None) -> tuple:
    return d(raw, "", "", "", True, mod)


def case(id_: str, text: str, anchor: Anchor, *expected: tuple):
    return pytest.param(text, anchor, list(expected), id=id_)


def view(found: list[TimeExpr], expected: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """Found and expected as comparable tuples; mod is compared only where the expectation states it."""
    got = []
    for i, e in enumerate(found):
        want_mod = expected[i][5] if i < len(expected) else ""
        got.append((e.raw, e.value, e.end_value, e.precision, e.relative, None if want_mod is None else e.mod))
    return got, list(expected)


# --- (a) phrasings ---------------------------------------------------------------------

POSITIVE = [
    # --- full dates, with and without weekday, in any case ------------------------------------
    case("full-dateline", "Den Haag, 8 juli 2022", NONE, day("8 juli 2022", "2022-07-08")),
    case("full-capitalised-month", "Zie ook de Kamerbrief van 5 Juni 2025 over AI in het militaire domein.", NONE,
         day("5 Juni 2025", "2025-06-05")),
    case("full-upper-case", "VERSLAG VAN DE BIJEENKOMST VAN 23 SEPTEMBER 2025", NONE,
         day("23 SEPTEMBER 2025", "2025-09-23")),
    case("full-weekday-with-year", "De Kamer debatteert op dinsdag 14 juni 2022 over autonome wapensystemen.", NONE,
         day("dinsdag 14 juni 2022", "2022-06-14")),
    case("full-weekday-in-dateline", "Den Haag, maandag 10 november 2025", NONE,
         day("maandag 10 november 2025", "2025-11-10")),
    case("weekday-picks-next-year", "De conferentie opent op woensdag 17 mei in het World Forum.", at("2022-07-08"),
         day("woensdag 17 mei", "2023-05-17")),
    case("weekday-picks-anchor-year", "De conferentie opent op woensdag 17 mei in het World Forum.", at("2023-03-01"),
         day("woensdag 17 mei", "2023-05-17")),
    case("weekday-capitalised", "Het debat is verplaatst naar Vrijdag 17 mei.", at("2024-02-01"),
         day("Vrijdag 17 mei", "2024-05-17")),
    case("yearless-date-anchor-year", "Het verzoek van de commissie van 9 maart is hiermee afgedaan.", Y23,
         day("9 maart", "2023-03-09")),
    case("jl-this-year", "In mijn brief van 1 januari jl. heb ik uw Kamer geïnformeerd.", A,
         day("1 januari jl.", "2025-01-01", relative=True)),
    case("jl-on-the-anchor-day", "De wet is op 1 januari jl. in werking getreden.", at("2025-01-01"),
         day("1 januari jl.", "2025-01-01", relative=True)),
    case("jl-previous-year", "Op 15 december jl. sprak de Raad hierover.", A,
         day("15 december jl.", "2024-12-15", relative=True)),
    case("jl-year-anchor-enough", "De regeling geldt sinds 1 januari jl. voor alle gemeenten.", Y23,
         day("1 januari jl.", "2023-01-01", relative=True)),
    case("jongstleden", "Op 3 november jongstleden sprak de minister met zijn Duitse ambtgenoot.", A,
         day("3 november jongstleden", "2025-11-03", relative=True)),
    case("aanstaande", "Op 1 december aanstaande treedt de regeling in werking.", A,
         day("1 december aanstaande", "2025-12-01", relative=True)),
    case("a-s-next-year", "Op 3 februari a.s. start de internetconsultatie.", A,
         day("3 februari a.s.", "2026-02-03", relative=True)),
    case("aanstaande-weekday", "Aanstaande vrijdag reist de minister af naar Brussel.", A,
         day("Aanstaande vrijdag", "2025-11-14", relative=True)),
    case("abbreviated-month", "Brief d.d. 12 dec. 2024 aan de voorzitter van de Tweede Kamer.", NONE,
         day("12 dec. 2024", "2024-12-12")),
    case("leap-day", "De motie is op 29 februari 2024 aangenomen.", NONE, day("29 februari 2024", "2024-02-29")),
    # --- numeric dates -------------------------------------------------------------------------
    case("numeric-dashes-padded", "Datum 08-07-2022", NONE, day("08-07-2022", "2022-07-08")),
    case("numeric-dashes-unpadded", "ondertekend op 8-7-2022 te Den Haag", NONE, day("8-7-2022", "2022-07-08")),
    case("numeric-dots", "Ingekomen 08.07.2022, kenmerk BZ-123", NONE, day("08.07.2022", "2022-07-08")),
    case("numeric-slashes", "Vastgesteld op 8/7/2022.", NONE, day("8/7/2022", "2022-07-08")),
    case("numeric-end-of-year", "De subsidie loopt tot 31-12-2024.", NONE, day("31-12-2024", "2024-12-31")),
    case("iso-date", "Publicatiedatum: 2022-07-08", NONE, day("2022-07-08", "2022-07-08")),
    # --- English web-page dates ------------------------------------------------------------------
    case("english-page-date", "November 10, 2025 | News item", NONE, day("November 10, 2025", "2025-11-10")),
    case("english-published-on", "Published on June 5, 2025 by the Ministry of Defence", NONE,
         day("June 5, 2025", "2025-06-05")),
    # --- month and year --------------------------------------------------------------------------
    case("month-year", "de motie van het lid Koopmans c.s. uit april 2019", NONE, month("april 2019", "2019-04")),
    case("month-year-in-drops-in", "De tweede top vond in september 2024 plaats in Seoul.", NONE,
         month("september 2024", "2024-09")),
    case("month-year-capitalised", "Rapport van de Global Commission, September 2025.", NONE,
         month("September 2025", "2025-09")),
    case("month-year-sinds", "Sinds maart 2023 is de werkgroep actief.", NONE, month("maart 2023", "2023-03")),
    case("month-year-eind", "Het advies wordt eind maart 2025 verwacht.", NONE,
         month("eind maart 2025", "2025-03", mod="END")),
    case("month-begin-yearless", "Begin juni verscheen het rapport.", A,
         month("Begin juni", "2025-06", mod="START")),
    # --- bare months with the anchor year -----------------------------------------------------------
    case("bare-month-in-kept", "In september sprak de minister in New York.", A, month("In september", "2025-09")),
    case("bare-month-mid-sentence", "De Raad besloot in juni over het voorstel.", A, month("in juni", "2025-06")),
    case("bare-month-sinds", "Sinds januari is de regeling van kracht.", A, month("januari", "2025-01")),
    case("bare-month-vanaf", "Vanaf oktober kunnen gemeenten een aanvraag indienen.", A, month("oktober", "2025-10")),
    case("bare-month-uiterlijk", "Het kabinet besluit uiterlijk december.", A, month("december", "2025-12")),
    case("bare-month-mei-with-prep", "In mei vond de evaluatie plaats.", Y23, month("In mei", "2023-05")),
    # --- years used as time ------------------------------------------------------------------------
    case("year-in", "De top vindt in 2026 plaats in Spanje.", NONE, year("in 2026", "2026")),
    case("year-In-capital", "In 2019 nam de Kamer de motie aan.", NONE, year("In 2019", "2019")),
    case("year-sinds", "Nederland is sinds 2016 actief in de GGE.", NONE, year("2016", "2016")),
    case("year-tot-en-met", "De strategie loopt tot en met 2027.", NONE, year("2027", "2027")),
    case("year-vanaf", "De nieuwe regels gelden vanaf 2029.", NONE, year("2029", "2029")),
    case("year-publication-parens", "Defensie, Data Science & AI-strategie (2023).", NONE, year("2023", "2023")),
    case("year-vooruit-op", "Tot slot blikken wij vooruit op 2026.", NONE, year("2026", "2026")),
    case("year-uiterlijk", "Het doel moet uiterlijk 2030 bereikt zijn.", NONE, year("2030", "2030")),
    case("year-in-de-loop-van", "De evaluatie volgt in de loop van 2026.", NONE, year("2026", "2026")),
    case("years-enumerated", "Het budget is in 2024 en 2025 verhoogd.", NONE,
         year("in 2024", "2024"), year("2025", "2025")),
    case("years-van-en-no-range", "De Kamer nam de moties van 2019 en 2020 aan.", NONE,
         year("2019", "2019"), year("2020", "2020")),
    # --- ranges and enumerations -----------------------------------------------------------------------
    case("days-and", "De REAIM-top van 15 en 16 februari 2023 in Den Haag", NONE,
         rng("15 en 16 februari 2023", "2023-02-15", "2023-02-16")),
    case("days-and-2026", "De derde top vindt plaats op 4 en 5 februari 2026.", NONE,
         rng("4 en 5 februari 2026", "2026-02-04", "2026-02-05")),
    case("days-t-m", "Het congres duurt van 1 t/m 3 oktober 2025.", NONE,
         rng("1 t/m 3 oktober 2025", "2025-10-01", "2025-10-03")),
    case("days-dash", "De NAVO-top van 12-14 juni 2024 in Washington", NONE,
         rng("12-14 juni 2024", "2024-06-12", "2024-06-14")),
    case("van-tot-anchor-year", "De Eerste Commissie vergadert van 6 oktober tot 7 november in New York.", A,
         rng("van 6 oktober tot 7 november", "2025-10-06", "2025-11-07")),
    case("van-tot-year-anchor", "De Eerste Commissie vergadert van 6 oktober tot 7 november in New York.", Y25,
         rng("van 6 oktober tot 7 november", "2025-10-06", "2025-11-07")),
    case("van-tot-year-at-end", "Van 6 oktober tot 7 november 2025 vergadert de Eerste Commissie.", NONE,
         rng("Van 6 oktober tot 7 november 2025", "2025-10-06", "2025-11-07")),
    case("van-tot-across-months", "De oefening loopt van 30 september tot en met 2 oktober 2025.", NONE,
         rng("van 30 september tot en met 2 oktober 2025", "2025-09-30", "2025-10-02")),
    case("van-tot-full-dates", "Het programma loopt van 1 januari 2024 tot en met 31 december 2025.", NONE,
         rng("van 1 januari 2024 tot en met 31 december 2025", "2024-01-01", "2025-12-31")),
    case("van-tot-months", "De consultatie loopt van januari tot en met maart 2026.", NONE,
         rng("van januari tot en met maart 2026", "2026-01", "2026-03")),
    case("year-range", "Het actieplan 2024-2026 is in uitvoering.", NONE, rng("2024-2026", "2024", "2026")),
    case("year-range-en-dash", "het Meerjarenprogramma 2024–2026", NONE, rng("2024–2026", "2024", "2026")),
    case("year-range-de-periode", "Voor de periode 2023-2027 is budget gereserveerd.", NONE,
         rng("2023-2027", "2023", "2027")),
    case("tussen-en", "Tussen 2020 en 2024 verdubbelde het budget.", NONE,
         rng("Tussen 2020 en 2024", "2020", "2024")),
    case("vanaf-tot-en-met", "De regeling geldt vanaf 2025 tot en met 2027.", NONE,
         rng("vanaf 2025 tot en met 2027", "2025", "2027")),
    case("van-tot-years", "Het programma liep van 2019 tot 2023.", NONE, rng("van 2019 tot 2023", "2019", "2023")),
    # --- parts of years ------------------------------------------------------------------------------
    case("season-voorjaar-van", "de REAIM-top die in het voorjaar van 2023 in Den Haag plaatsvond", NONE,
         d("voorjaar van 2023", "2023-SP", "", "season")),
    case("season-najaar", "Het rapport verschijnt in het najaar 2025.", NONE,
         d("najaar 2025", "2025-FA", "", "season")),
    case("season-zomer-van", "Tijdens de zomer van 2024 is de wet aangepast.", NONE,
         d("zomer van 2024", "2024-SU", "", "season")),
    case("season-zomer-bare-year", "Sinds zomer 2024 werkt de taskforce samen met de NAVO.", NONE,
         d("zomer 2024", "2024-SU", "", "season")),
    case("season-winter", "De oefening is uitgesteld tot winter 2025.", NONE,
         d("winter 2025", "2025-WI", "", "season")),
    case("season-lente", "In de lente van 2024 startte de pilot.", NONE, d("lente van 2024", "2024-SP", "", "season")),
    case("begin-year", "Daarnaast zal begin 2024 een boek verschijnen.", NONE, year("begin 2024", "2024", mod="START")),
    case("medio-year", "De evaluatie is medio 2025 gereed.", NONE, year("medio 2025", "2025", mod="MID")),
    case("eind-year", "Het systeem moet eind 2026 operationeel zijn.", NONE, year("eind 2026", "2026", mod="END")),
    case("halverwege-year", "Halverwege 2026 volgt een tussenrapportage.", NONE,
         year("Halverwege 2026", "2026", mod="MID")),
    case("eind-van-dit-jaar", "Het kabinet informeert uw Kamer voor eind van dit jaar.", A,
         year("eind van dit jaar", "2025", relative=True, mod="END")),
    case("quarter-telegraphic", "Planning: eerste kwartaal van 2026.", NONE,
         d("eerste kwartaal van 2026", "2026-Q1", "", "quarter")),
    case("quarter-after-in-het", "Het wetsvoorstel volgt in het eerste kwartaal van 2026.", NONE,
         d("eerste kwartaal van 2026", "2026-Q1", "", "quarter")),
    case("quarter-subject", "Het derde kwartaal van 2025 liet een daling zien.", NONE,
         d("derde kwartaal van 2025", "2025-Q3", "", "quarter")),
    case("quarter-no-van", "Gereed: vierde kwartaal 2025", NONE, d("vierde kwartaal 2025", "2025-Q4", "", "quarter")),
    case("quarter-Q", "De aanbesteding start in Q1 2026.", NONE, d("Q1 2026", "2026-Q1", "", "quarter")),
    case("quarter-yearless", "Het rapport verschijnt in het vierde kwartaal.", A,
         d("vierde kwartaal", "2025-Q4", "", "quarter")),
    case("half-year", "De resultaten volgen in de tweede helft van 2025.", NONE,
         d("tweede helft van 2025", "2025-H2", "", "half")),
    case("half-dit-jaar", "In de eerste helft van dit jaar daalde het aantal aanvragen.", A,
         d("eerste helft van dit jaar", "2025-H1", "", "half", True)),
    case("voor-de-zomer-spring", "Het kabinet stuurt de visie voor de zomer naar uw Kamer.", at("2025-03-01"),
         d("voor de zomer", "2025-SU", "", "season", True, "BEFORE")),
    case("voor-de-zomer-autumn", "Het kabinet stuurt de visie voor de zomer naar uw Kamer.", A,
         d("voor de zomer", "2026-SU", "", "season", True, "BEFORE")),
    case("voor-de-zomer-van-year", "Het kabinet stuurt de visie voor de zomer van 2026 naar uw Kamer.", A,
         d("voor de zomer van 2026", "2026-SU", "", "season", False, "BEFORE")),
    case("na-het-zomerreces", "Na het zomerreces ontvangt u de uitwerking.", at("2025-06-01"),
         month("Na het zomerreces", "2025-09", True, "AFTER")),
    case("rond-de-jaarwisseling", "Het besluit valt rond de jaarwisseling.", A,
         rng("rond de jaarwisseling", "2025-12-31", "2026-01-01", relative=True)),
    case("rond-de-jaarwisseling-january", "Rond de jaarwisseling is de server vervangen.", at("2026-01-20"),
         rng("Rond de jaarwisseling", "2025-12-31", "2026-01-01", relative=True)),
    case("begin-dit-jaar", "Begin dit jaar is de pilot gestart.", A,
         year("Begin dit jaar", "2025", relative=True, mod="START")),
    case("eind-volgend-jaar", "De wet treedt eind volgend jaar in werking.", A,
         year("eind volgend jaar", "2026", relative=True, mod="END")),
    # --- relative, against an anchor --------------------------------------------------------------------
    case("vorig-jaar", "Ik heb uw Kamer vorig jaar geïnformeerd.", A, year("vorig jaar", "2024", True)),
    case("dit-jaar", "Dit jaar neemt Nederland deel aan de REAIM-top.", A, year("Dit jaar", "2025", True)),
    case("volgend-jaar", "Volgend jaar volgt een evaluatie.", A, year("Volgend jaar", "2026", True)),
    case("volgend-jaar-year-anchor", "De evaluatie volgt volgend jaar.", Y23, year("volgend jaar", "2024", True)),
    case("komend-jaar-day-anchor", "Komend jaar werkt het kabinet dit verder uit.", A,
         year("Komend jaar", "2026", True)),
    case("komend-jaar-year-anchor", "Komend jaar werkt het kabinet dit verder uit.", Y23, unresolved("Komend jaar")),
    case("het-komende-jaar-day-anchor", "Het kabinet zet het komende jaar in op dialoog.", A,
         year("het komende jaar", "2026", True)),
    case("het-komende-jaar-year-anchor", "Het kabinet zet het komende jaar in op dialoog.", Y23,
         unresolved("het komende jaar")),
    case("vandaag", "Vandaag publiceert het kabinet de strategie.", A, day("Vandaag", "2025-11-10", True)),
    case("gisteren", "Gisteren sprak de minister met de NAVO-partners.", A, day("Gisteren", "2025-11-09", True)),
    case("gisteren-over-new-year", "Gisteren is de wet in werking getreden.", at("2025-01-01"),
         day("Gisteren", "2024-12-31", True)),
    case("morgen", "Morgen reist de minister af naar Genève.", A, day("Morgen", "2025-11-11", True)),
    case("deze-maand", "Deze maand start de consultatie.", A, month("Deze maand", "2025-11", True)),
    case("vorige-maand", "Vorige maand verscheen het advies.", A, month("Vorige maand", "2025-10", True)),
    case("vorige-maand-january", "Vorige maand verscheen het advies.", at("2025-01-15"),
         month("Vorige maand", "2024-12", True)),
    case("volgende-maand", "Volgende maand ontvangt u de brief.", A, month("Volgende maand", "2025-12", True)),
    case("vorige-week", "Vorige week sprak ik met de Duitse minister.", A,
         rng("Vorige week", "2025-11-03", "2025-11-09", True)),
    case("volgende-week", "Volgende week debatteert uw Kamer hierover.", A,
         rng("Volgende week", "2025-11-17", "2025-11-23", True)),
    case("deze-week", "Deze week publiceert de AIV het advies.", A, rng("Deze week", "2025-11-10", "2025-11-16", True)),
    case("komende-week", "Komende week ontvangt u de antwoorden.", A,
         rng("Komende week", "2025-11-17", "2025-11-23", True)),
    case("vorige-week-over-new-year", "Vorige week is het besluit genomen.", at("2025-01-02"),
         rng("Vorige week", "2024-12-23", "2024-12-29", True)),
    case("eerder-dit-jaar", "Eerder dit jaar nam Nederland deel aan de top.", A,
         year("Eerder dit jaar", "2025", True, "BEFORE")),
    case("eerder-dit-jaar-estimated", "Eerder dit jaar nam Nederland deel aan de top.", Y25,
         year("Eerder dit jaar", "2025", True, "BEFORE")),
    case("later-dit-jaar", "Later dit jaar volgt de tweede ronde.", A, year("Later dit jaar", "2025", True, "AFTER")),
    case("een-jaar-later", "In 2023 organiseerde Nederland de eerste REAIM-top. Een jaar later volgde Seoul.", A,
         year("In 2023", "2023"), year("Een jaar later", "2024", True)),
    case("twee-jaar-later", "De motie is in 2019 aangenomen; twee jaar later volgde de wet.", A,
         year("in 2019", "2019"), year("twee jaar later", "2021", True)),
    # --- the same, without an anchor: unresolved --------------------------------------------------------
    case("no-anchor-vorig-jaar", "Ik heb uw Kamer vorig jaar geïnformeerd.", NONE, unresolved("vorig jaar")),
    case("no-anchor-dit-jaar", "Dit jaar neemt Nederland deel aan de top.", NONE, unresolved("Dit jaar")),
    case("no-anchor-volgend-jaar", "Volgend jaar volgt een evaluatie.", NONE, unresolved("Volgend jaar")),
    case("no-anchor-vandaag", "Vandaag publiceert het kabinet de strategie.", NONE, unresolved("Vandaag")),
    case("no-anchor-gisteren", "Gisteren sprak de minister met de NAVO-partners.", NONE, unresolved("Gisteren")),
    case("no-anchor-deze-maand", "Deze maand start de consultatie.", NONE, unresolved("Deze maand")),
    case("no-anchor-vorige-week", "Vorige week sprak ik met de Duitse minister.", NONE, unresolved("Vorige week")),
    case("no-anchor-jl", "In mijn brief van 1 januari jl. heb ik uw Kamer geïnformeerd.", NONE,
         unresolved("1 januari jl.")),
    case("no-anchor-eerder-dit-jaar", "Eerder dit jaar nam Nederland deel aan de top.", NONE,
         unresolved("Eerder dit jaar", "BEFORE")),
    case("no-anchor-days-aanstaande", "De zittingen vinden plaats op 14, 15 en 16 maart aanstaande.", NONE,
         unresolved("14, 15 en 16 maart aanstaande")),
    case("no-anchor-voor-de-zomer", "Het kabinet stuurt de visie voor de zomer naar uw Kamer.", NONE,
         unresolved("voor de zomer", "BEFORE")),
    case("no-anchor-yearless-date", "Het verzoek van de commissie van 9 maart is hiermee afgedaan.", NONE,
         unresolved("9 maart")),
    case("no-anchor-bare-month", "In september sprak de minister in New York.", NONE, unresolved("In september")),
    case("no-anchor-van-tot", "De Eerste Commissie vergadert van 6 oktober tot 7 november in New York.", NONE,
         unresolved("van 6 oktober tot 7 november")),
    case("year-anchor-vandaag", "Vandaag publiceert het kabinet de strategie.", Y23, unresolved("Vandaag")),
    case("year-anchor-vorige-week", "Vorige week sprak ik met de Duitse minister.", Y23, unresolved("Vorige week")),
    case("year-anchor-deze-maand", "Deze maand start de consultatie.", Y23, unresolved("Deze maand")),
    case("days-aanstaande", "De zittingen vinden plaats op 14, 15 en 16 maart aanstaande.", A,
         rng("14, 15 en 16 maart aanstaande", "2026-03-14", "2026-03-16", True)),
    # --- vague ---------------------------------------------------------------------------------------------
    case("vague-komende-maanden", "De komende maanden wordt de resolutie uitgewerkt.", A,
         unresolved("De komende maanden")),
    case("vague-komende-jaren", "Hierin investeert Defensie de komende jaren fors.", A,
         unresolved("de komende jaren")),
    case("vague-komende-periode", "De komende periode volgen regionale consultaties.", A,
         unresolved("De komende periode")),
    case("vague-afgelopen-anderhalf-jaar", "Hieraan is de afgelopen anderhalf jaar hard gewerkt.", Y23,
         unresolved("de afgelopen anderhalf jaar")),
    case("vague-afgelopen-maanden", "De afgelopen maanden is veel bereikt.", at("2022-07-08"),
         unresolved("De afgelopen maanden")),
    case("vague-komende-weken", "Ik informeer uw Kamer de komende weken over de uitkomst.", A,
         unresolved("de komende weken")),
    case("vague-afgelopen-jaren", "De afgelopen jaren is het aantal incidenten gestegen.", A,
         unresolved("De afgelopen jaren")),
    case("vague-het-afgelopen-jaar", "Het afgelopen jaar is de samenwerking versterkt.", A,
         unresolved("Het afgelopen jaar")),
    case("vague-komende-decennia", "Dit vraagt de komende decennia forse investeringen.", A,
         unresolved("de komende decennia")),
    case("vague-binnenkort", "Binnenkort ontvangt u de beleidsreactie.", A, unresolved("Binnenkort")),
    case("vague-op-korte-termijn", "Het kabinet komt op korte termijn met een voorstel.", A,
         unresolved("op korte termijn")),
    case("vague-nabije-toekomst", "Dit wordt in de nabije toekomst verder uitgewerkt.", A,
         unresolved("de nabije toekomst")),
    # --- several in one sentence, in text order -------------------------------------------------------------
    case("multi-three-summits",
         "Na de top van 15 en 16 februari 2023 in Den Haag volgde in september 2024 een tweede top in Seoul; "
         "de derde staat gepland voor 4 en 5 februari 2026.", NONE,
         rng("15 en 16 februari 2023", "2023-02-15", "2023-02-16"), month("september 2024", "2024-09"),
         rng("4 en 5 februari 2026", "2026-02-04", "2026-02-05")),
    case("multi-relative-and-absolute",
         "Eerder dit jaar, op 5 juni 2025, presenteerde het kabinet de strategie; de komende maanden volgt de "
         "uitwerking.", A,
         year("Eerder dit jaar", "2025", True, "BEFORE"), day("5 juni 2025", "2025-06-05"),
         unresolved("de komende maanden")),
    case("multi-year-relative-month",
         "In 2019 nam de Kamer de motie aan, vorig jaar volgde een evaluatie en in september verscheen de "
         "beleidsreactie.", A,
         year("In 2019", "2019"), year("vorig jaar", "2024", True), month("in september", "2025-09")),
    case("multi-footnote-titles",
         "Defensie, Data Science & AI-strategie 2023-2027 (2023); Digitale Transformatiestrategie Defensie (2025).",
         NONE, rng("2023-2027", "2023", "2027"), year("2023", "2023"), year("2025", "2025")),
    case("multi-range-and-parts",
         "Tussen 2020 en 2024 steeg het budget; medio 2025 volgt een evaluatie en eind 2026 een besluit.", NONE,
         rng("Tussen 2020 en 2024", "2020", "2024"), year("medio 2025", "2025", mod="MID"),
         year("eind 2026", "2026", mod="END")),
]


@pytest.mark.parametrize("text, anchor, expected", POSITIVE)
def test_phrasing(text, anchor, expected):
    found = find_dates(text, anchor)
    got, want = view(found, expected)
    assert got == want


@pytest.mark.parametrize("text, anchor, expected", POSITIVE)
def test_offsets_text_order_no_overlap(text, anchor, expected):
    found = find_dates(text, anchor)
    for e in found:
        assert text[e.start:e.end] == e.raw, e
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start, (a, b)


def test_positive_table_is_large_and_ids_unique():
    ids = [p.id for p in POSITIVE]
    assert len(ids) == len(set(ids))
    assert len(POSITIVE) >= 110


def test_precisions_are_covered():
    precisions = {e[3] for p in POSITIVE for e in p.values[2]}
    assert precisions == {"day", "month", "year", "season", "quarter", "half", "range", ""}


# --- claimed spans ------------------------------------------------------------------------

def test_claimed_vergaderjaar_is_skipped():
    text = "Zoals gemeld in mijn brief van 4 december 2024 (Kamerstukken II 2024/25, 36600, nr. 50)."
    ref = "Kamerstukken II 2024/25, 36600, nr. 50"
    start = text.index(ref)
    found = find_dates(text, A, [(start, start + len(ref))])
    assert [(e.raw, e.value, e.precision) for e in found] == [("4 december 2024", "2024-12-04", "day")]


def test_claimed_span_alone_yields_nothing():
    text = "Kamerstukken II 2024/25, 36600, nr. 50"
    assert find_dates(text, A, [(0, len(text))]) == []


CLAIMED_TEXTS = [
    pytest.param("In de brief van 4 december 2024 (Kamerstukken II 2024/25, 36600, nr. 50) staat het beleid.",
                 [("4 december 2024", "2024-12-04")], id="kamerstukken-with-vergaderjaar"),
    pytest.param("Zie Handelingen II 2022/23, nr. 45, item 12, van 9 maart 2023.", [("9 maart 2023", "2023-03-09")],
                 id="handelingen"),
    pytest.param("Antwoord op vragen van het lid Boswijk, ingezonden 26 januari 2023 "
                 "(Aanhangsel Handelingen II 2022/23, nr. 2214).", [("26 januari 2023", "2023-01-26")],
                 id="aanhangsel"),
    pytest.param("De motie (Kamerstukken II 2018/19, 33694, nr. 43) is in 2019 aangenomen.", [("in 2019", "2019")],
                 id="kamerstukken-2018-19"),
    pytest.param("Kamerstukken II 2019/20, 21 501-32, nr. 6, p. 15-16; nr. 7, p. 5-6", [], id="list-with-pages"),
    pytest.param("De wet is bekendgemaakt in Stb. 2019, 123 en trad op 1 juli 2019 in werking.",
                 [("1 juli 2019", "2019-07-01")], id="staatsblad"),
    pytest.param("Zoals gemeld in Kamerstuk 35 925-X, nr. 90 van 3 december 2021.",
                 [("3 december 2021", "2021-12-03")], id="kamerstuk-suffix"),
]


@pytest.mark.parametrize("text, expected", CLAIMED_TEXTS)
def test_reference_spans_as_claimed_leave_no_date_inside_a_reference(text, expected):
    refs = find_references(text)
    assert refs, "the reference extractor finds the citation"
    claimed = [(r.start, r.end) for r in refs]
    found = find_dates(text, A, claimed)
    for e in found:
        for s, t in claimed:
            assert e.end <= s or t <= e.start, (e, text[s:t])
    assert [(e.raw, e.value) for e in found] == expected


# --- (b) near-misses -------------------------------------------------------------------------

def miss(id_: str, text: str, refs: bool = False):
    """A text without a time expression; refs: the reference spans are passed as claimed, as the pipeline does."""
    return pytest.param(text, refs, id=id_)


NEAR_MISSES = [
    # vergaderjaren and numbers of references
    miss("vergaderjaar-in-kamerstukken", "Zie Kamerstukken II 2024/25, 36600, nr. 50.", refs=True),
    miss("vergaderjaar-in-handelingen", "Handelingen II 2022/23, nr. 45, item 12", refs=True),
    miss("vergaderjaar-in-aanhangsel", "Aanhangsel Handelingen II 2022/23, nr. 2214", refs=True),
    miss("reference-list-with-pages", "Kamerstukken II 2019/20, 21 501-32, nr. 6, p. 15-16; nr. 7, p. 5-6",
         refs=True),
    miss("staatsblad-year", "De wet is bekendgemaakt in Stb. 2019, 123.", refs=True),
    miss("colophon-vergaderjaar-en-dash", "Tweede Kamer der Staten-Generaal\nVergaderjaar 2023–2024"),
    miss("colophon-vergaderjaar-hyphen", "Vergaderjaar 2022-2023"),
    # numbers, pages, amounts, counts, percentages
    miss("nr", "Zie bijlage 2, nr. 5."),
    miss("page-p", "Zie het jaarverslag, p. 12."),
    miss("page-blz", "Dit staat op blz. 2015 van de Handelingen."),
    miss("page-of", "Pagina 2 van 7"),
    miss("counts-deelnemers-landendelegaties", "Aan de top namen ruim 2.000 deelnemers uit 80 landendelegaties deel."),
    miss("amount-euro-sign", "De bijdrage bedraagt € 2.024 per deelnemer."),
    miss("amount-euro-word", "Er geldt een boete van 2000 euro."),
    miss("count-woningen", "In deze regio worden 2025 woningen gebouwd."),
    miss("count-after-in", "De regeling geldt in 2000 gemeenten."),
    miss("percentage-range", "De steun ligt tussen 15 en 20 procent."),
    miss("percentage-sign", "Het aandeel daalde van 2,5% naar 1,8%."),
    miss("clock-times", "De bijeenkomst duurt van 10.00 tot 12.30 uur."),
    # identifiers
    miss("issn", "ISSN 0921 - 7371"),
    miss("postcode", "Bezuidenhoutseweg 67, 2514 EA Den Haag"),
    miss("postbus", "Postbus 20301, 2500 EH Den Haag"),
    miss("postbus-and-postcode-year-like", "Postbus 2003, 2001 DA Haarlem"),
    miss("artikel", "op grond van artikel 68 van de Grondwet"),
    miss("com-document", "het voorstel COM(2021) 726 van de Europese Commissie"),
    miss("eu-regulation-nr", "Verordening (EU) nr. 182/2011 van het Europees Parlement"),
    miss("eu-regulation-ai-act", "de AI-verordening, Verordening (EU) 2024/1689"),
    miss("eu-directive", "Richtlijn (EU) 2019/1937 inzake klokkenluiders"),
    miss("un-resolution", "de VN-resolutie 79/239 over AI in het militaire domein"),
    miss("un-document-symbol", "zie A/RES/79/239"),
    miss("kenmerk", "Ons kenmerk 2025-0000123456"),
    miss("ecli", "Zie ECLI:NL:HR:2019:2007."),
    miss("url-government", "https://www.government.nl/documents/2023/02/16/x"),
    miss("url-rijksoverheid", "Zie www.rijksoverheid.nl/documenten/kamerstukken/2025/06/05/brief-ai voor de brief."),
    # durations
    miss("duration-anderhalf-jaar", "Het traject duurt anderhalf jaar."),
    miss("duration-periode-van-twee-jaar", "De subsidie wordt verleend voor een periode van twee jaar."),
    miss("duration-drie-dagen", "De oefening duurde drie dagen."),
    miss("duration-tweedaags", "Het was een tweedaags congres in Genève."),
    miss("duration-driedaagse", "De driedaagse werd goed bezocht."),
    miss("duration-zes-maanden", "Gedurende zes maanden volgen de deelnemers een opleiding."),
    # vague deictics
    miss("recent", "Recent is het advies verschenen."),
    miss("nu", "Nu de top voorbij is, volgt de uitwerking."),
    miss("inmiddels", "Het advies is inmiddels verschenen."),
    miss("op-dit-moment", "Op dit moment is er geen budget beschikbaar."),
    miss("momenteel", "Momenteel loopt de consultatie."),
    # words dateparser mistakes for dates
    miss("zo", "Het kabinet reageert zo spoedig mogelijk."),
    miss("do", "Do's en don'ts voor het gebruik van AI door ambtenaren"),
    miss("ma", "Zij heeft een MA in internationale betrekkingen."),
    miss("di", "De minister sprak met de EU-gezant Di Maio."),
    miss("mei-alone", "Mei is traditioneel een drukke maand voor de Kamer."),
]


@pytest.mark.parametrize("text, refs", NEAR_MISSES)
def test_near_miss_yields_nothing(text, refs):
    claimed = [(r.start, r.end) for r in find_references(text)] if refs else []
    if refs:
        assert claimed, "the reference extractor finds the citation"
    assert find_dates(text, A, claimed) == []


def test_near_miss_table_is_large_and_ids_unique():
    ids = [p.id for p in NEAR_MISSES]
    assert len(ids) == len(set(ids))
    assert len(NEAR_MISSES) >= 35


# --- impossible dates ---------------------------------------------------------------------
# Decision: never a day value. The month the text names is accepted (value 'YYYY-MM', precision month), and so is
# nothing; a day-precision expression, even with an empty value, is wrong.

IMPOSSIBLE = [
    pytest.param("Het overleg van 31 februari 2023 is verplaatst.", NONE, "2023-02", id="31-februari"),
    pytest.param("Op 29 februari 2023 sprak de Raad.", NONE, "2023-02", id="29-februari-no-leap-year"),
    pytest.param("Op 31 april 2024 sprak de Raad.", NONE, "2024-04", id="31-april"),
    pytest.param("Het overleg van 30 februari is verplaatst.", A, "2025-02", id="30-februari-yearless"),
    pytest.param("Datum 31-02-2023", NONE, "2023-02", id="numeric-31-02"),
]


@pytest.mark.parametrize("text, anchor, month_value", IMPOSSIBLE)
def test_impossible_date_gives_no_day(text, anchor, month_value):
    found = find_dates(text, anchor)
    for e in found:
        assert e.precision != "day", e
        assert (e.value, e.precision) == (month_value, "month"), e
        assert e.raw in text


# --- (c) estimate_anchor and Anchor ----------------------------------------------------------

def test_estimate_anchor_takes_the_year_of_most_full_dates():
    text = ("In mijn brief van 4 december 2024 meldde ik de top. Op 5 juni 2025 verscheen de strategie en op "
            "23 september 2025 sprak de minister in New York. In 2019 en 2020 nam de Kamer moties aan; "
            "vorig jaar volgde de evaluatie.")
    anchor = estimate_anchor(text)
    assert (anchor.year, anchor.month, anchor.day, anchor.source) == (2025, None, None, "estimated")
    assert anchor.iso() == "2025"


def test_estimate_anchor_counts_day_dates_not_bare_years():
    text = "In 2019, 2020 en 2021 nam de Kamer moties aan. De top vond plaats op 15 en 16 februari 2023."
    anchor = estimate_anchor(text)
    assert (anchor.year, anchor.source) == (2023, "estimated")


@pytest.mark.parametrize("text", [
    pytest.param("Het kabinet zet zich in voor verantwoorde inzet van AI.", id="no-dates"),
    pytest.param("Vandaag en vorig jaar, de komende jaren en binnenkort.", id="only-relative"),
    pytest.param("In 2019 en in 2026 vonden toppen plaats.", id="only-years"),
])
def test_estimate_anchor_without_full_dates_is_empty(text):
    anchor = estimate_anchor(text)
    assert anchor == Anchor()
    assert anchor.iso() == ""
    assert anchor.source == ""


@pytest.mark.parametrize("value, source, parts, iso", [
    pytest.param("2025-11-10", "document_date", (2025, 11, 10), "2025-11-10", id="full"),
    pytest.param("2023", "document_date", (2023, None, None), "2023", id="year"),
    pytest.param("2023-03", "document_date", (2023, 3, None), "2023-03", id="year-month"),
    pytest.param("", "", (None, None, None), "", id="empty"),
])
def test_anchor_parse_and_iso(value, source, parts, iso):
    anchor = Anchor.parse(value)
    assert (anchor.year, anchor.month, anchor.day) == parts
    assert anchor.source == source
    assert anchor.iso() == iso


def test_anchor_source_and_date():
    anchor = Anchor.parse("2022-07-08", "dateline")
    assert anchor.source == "dateline"
    assert anchor.as_date() == date(2022, 7, 8)
    assert Anchor.parse("2023").as_date() is None
    assert Anchor().iso() == ""


# --- (d) end to end ------------------------------------------------------------------------

def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    from pipeline.nlp import load_nlp

    paths = {n: seed(n) for n in ("001", "002", "004")}
    out = tmp_path_factory.mktemp("dates") / "out"
    pipeline.run.run(list(paths.values()), out, load_nlp())
    ids = {n: p.stem for n, p in paths.items()}
    docs = {r["doc_id"]: r for r in _read_csv(out / "documents.csv")}
    return ids, docs, _read_csv(out / "dates.csv"), _read_csv(out / "references.csv")


def test_e2e_footnote_date_of_002(seeds_run):
    ids, _, dates, _ = seeds_run
    rows = [r for r in dates if r["doc_id"] == ids["002"] and r["raw"] == "3 december 2021"]
    assert len(rows) == 1, rows
    r = rows[0]
    assert (r["value"], r["precision"], r["relative"]) == ("2021-12-03", "day", "false")
    assert r["in_footnote"] == "true"
    assert r["footnote"] == "2"


def test_e2e_no_date_overlaps_a_reference(seeds_run):
    ids, _, dates, refs = seeds_run
    assert any(r["doc_id"] == ids["002"] for r in refs)
    for doc_id in ids.values():
        for ref in (r for r in refs if r["doc_id"] == doc_id):
            rs, re_ = int(ref["char_start"]), int(ref["char_end"])
            for dt in dates:
                if dt["doc_id"] != doc_id or (dt["in_footnote"], dt["footnote"]) != (ref["in_footnote"],
                                                                                      ref["footnote"]):
                    continue
                ds, de = int(dt["char_start"]), int(dt["char_end"])
                assert de <= rs or re_ <= ds, (doc_id, dt["raw"], ref["raw"])


def test_e2e_anchor_of_001_is_estimated(seeds_run):
    ids, docs, dates, _ = seeds_run
    doc = docs[ids["001"]]
    assert doc["date"] == ""
    assert (doc["anchor"], doc["anchor_source"]) == ("2025", "estimated")
    # 'Eerder dit jaar' resolves against the estimated year, as in the gold.
    row = next(r for r in dates if r["doc_id"] == ids["001"] and r["raw"] == "Eerder dit jaar")
    assert (row["value"], row["precision"], row["relative"]) == ("2025", "year", "true")


def test_e2e_anchor_of_004_is_its_date(seeds_run):
    ids, docs, _, _ = seeds_run
    doc = docs[ids["004"]]
    assert doc["date"] == "2022-07-08"
    assert doc["anchor"] == "2022-07-08"
    assert doc["anchor_source"] == doc["date_source"] != "estimated"


def test_e2e_komend_jaar_of_002_stays_unresolved(seeds_run):
    """002 knows only its print year (2023): 'het komende jaar' may mean the coming twelve months."""
    ids, docs, dates, _ = seeds_run
    assert docs[ids["002"]]["anchor"] == "2023"
    rows = [r for r in dates if r["doc_id"] == ids["002"] and r["raw"].lower().endswith("komende jaar")
            or r["doc_id"] == ids["002"] and r["raw"] == "komend jaar"]
    assert len(rows) == 3, rows
    for r in rows:
        assert (r["value"], r["relative"]) == ("", "true"), r


# --- (e) the language of debates and of the parliamentary year -------------------------------------------------
# A debate is dated by a day (T, a Thursday); a document without a date of its own gets an estimated year (EST),
# against which the day words stay unresolved and the year words resolve.

T = at("2025-10-16")  # a Thursday
EST = Anchor(year=2025, source="estimated")

PARLIAMENTARY = [
    # committee meetings cited by day and month
    case("ao-dd", "Aan de orde is het VAO Wonen (AO d.d. 12/03).", EST, day("12/03", "2025-03-12")),
    case("cd-no-dd", "Tweeminutendebat Jeugdzorg (CD 05/11)", EST, day("05/11", "2025-11-05")),
    case("commissiedebat-van", "In het commissiedebat van 14/02 is dit besproken.", EST, day("14/02", "2025-02-14")),
    case("ao-dd-no-anchor", "Aan de orde is het VAO Wonen (AO d.d. 12/03).", NONE, unresolved("12/03")),
    # spoken day words
    case("vanavond", "Vanavond stemmen we over de wet.", T, day("Vanavond", "2025-10-16", True)),
    case("gisteravond", "Gisteravond sprak ik met de burgemeesters.", T, day("Gisteravond", "2025-10-15", True)),
    case("vanmorgen-estimated", "Vanmorgen heeft de commissie vergaderd.", EST, unresolved("Vanmorgen")),
    # weekdays
    case("bare-weekday-future", "Wij stemmen dinsdag over de moties.", T, day("dinsdag", "2025-10-21", True)),
    case("bare-weekday-past", "Ik heb dinsdag met de sector gesproken.", T, day("dinsdag", "2025-10-14", True)),
    case("bare-weekday-daypart", "Dinsdagmiddag stemt de Kamer over het wetsvoorstel.", T,
         day("Dinsdagmiddag", "2025-10-21", True)),
    case("volgende-week-dinsdag", "Over de moties stemmen we volgende week dinsdag.", T,
         day("volgende week dinsdag", "2025-10-21", True)),
    case("donderdag-vorige-week", "Donderdag vorige week sprak ik de gedeputeerden.", T,
         day("Donderdag vorige week", "2025-10-09", True)),
    case("bare-weekday-estimated", "Wij stemmen dinsdag over de moties.", EST, unresolved("dinsdag")),
    case("aanstaande-weekday-estimated", "Over de moties wordt aanstaande dinsdag gestemd.", EST,
         unresolved("aanstaande dinsdag")),
    # weeks are ranges from Monday to Sunday
    case("in-week-n", "De pilot start in week 12.", A, rng("week 12", "2025-03-17", "2025-03-23", True)),
    case("week-n-van-year", "De enquête loopt tot week 40 van 2026.", A, rng("week 40 van 2026", "2026-09-28",
                                                                             "2026-10-04")),
    # months with 'jl.', 'afgelopen', 'van'
    case("months-coordinated-jl", "Er zijn in december en januari jl. gesprekken gevoerd.", at("2024-04-11"),
         month("in december", "2023-12", True), month("januari jl.", "2024-01", True)),
    case("afgelopen-month", "In de voortgangsbrief van afgelopen oktober staat dit.", at("2024-02-12"),
         month("afgelopen oktober", "2023-10", True)),
    case("month-aanstaande", "De regeling gaat in september aanstaande in.", at("2024-04-11"),
         month("in september aanstaande", "2024-09", True)),
    case("month-van-year", "Wij geven in april van 2026 opvolging aan het overleg.", A,
         month("april van 2026", "2026-04")),
    case("month-van-vorig-jaar", "Het rapport verscheen in maart van vorig jaar.", A,
         month("maart van vorig jaar", "2024-03", True)),
    case("jl-glued", "Met mijn brief van 3 oktober jl.heb ik uw Kamer geïnformeerd.", at("2025-01-15"),
         day("3 oktober jl.", "2024-10-03", True)),
    case("days-range-jl", "De zittingen waren op 14, 15 en 16 maart jl. in Willemstad.", at("2025-04-11"),
         rng("14, 15 en 16 maart jl.", "2025-03-14", "2025-03-16", True)),
    # recesses are dated by month
    case("voor-zomerreces-spring", "Voor het zomerreces ontvangt u de brief.", at("2025-03-01"),
         month("Voor het zomerreces", "2025-07", True, "BEFORE")),
    case("voor-zomerreces-autumn", "Voor het zomerreces ontvangt u de brief.", A,
         month("Voor het zomerreces", "2026-07", True, "BEFORE")),
    case("na-kerstreces", "Na het kerstreces volgt het wetsvoorstel.", A,
         month("Na het kerstreces", "2026-01", True, "AFTER")),
    case("tijdens-meireces", "De werkbezoeken vallen tijdens het meireces.", A, month("het meireces", "2025-04", True)),
    case("zomerreces-van-year", "Voor het zomerreces van 2026 komt de evaluatie.", A,
         month("Voor het zomerreces van 2026", "2026-07", False, "BEFORE")),
    # the turn of the year is a range
    case("afgelopen-jaarwisseling", "Er was veel schade tijdens de afgelopen jaarwisseling.", at("2025-05-01"),
         rng("tijdens de afgelopen jaarwisseling", "2024-12-31", "2025-01-01", True)),
    case("komende-jaarwisseling", "Voor de komende jaarwisseling geldt een vuurwerkverbod.", A,
         rng("Voor de komende jaarwisseling", "2025-12-31", "2026-01-01", True)),
    case("jaarwisseling-years", "De schade van de jaarwisseling 2024-2025 is groot.", NONE,
         rng("de jaarwisseling 2024-2025", "2024-12-31", "2025-01-01")),
    # the moments of the parliamentary year
    case("prinsjesdag-year", "Op Prinsjesdag 2025 presenteert het kabinet de begroting.", NONE,
         day("Prinsjesdag 2025", "2025-09-16")),
    case("voor-prinsjesdag", "Het kabinet besluit voor Prinsjesdag.", A,
         day("voor Prinsjesdag", "2025-09-16", True, "BEFORE")),
    case("rond-begrotingsbehandeling", "Ik verwacht de evaluatie rond de begrotingsbehandeling af te ronden.", A,
         unresolved("rond de begrotingsbehandeling")),
    case("voor-voorjaarsnota", "Het kabinet neemt een besluit voor de Voorjaarsnota.", A,
         unresolved("voor de Voorjaarsnota")),
    case("einde-kabinetsperiode", "De regeling loopt tot het einde van deze kabinetsperiode.", A,
         unresolved("het einde van deze kabinetsperiode")),
    case("loop-regeerperiode", "In de loop van deze regeerperiode volgt een wet.", A,
         unresolved("de loop van deze regeerperiode")),
    case("over-een-aantal-weken", "Over een aantal weken ontvangt u de brief.", A, unresolved("Over een aantal weken")),
    case("rond-de-zomer", "De resultaten verwacht ik rond de zomer.", A, d("rond de zomer", "2025-SU", "", "season",
                                                                           True, "APPROX")),
    # decades
    case("jaren-tachtig", "Sinds de jaren tachtig is het stelsel niet herzien.", NONE,
         rng("de jaren tachtig", "1980", "1989")),
    case("jaren-90", "In de jaren '90 werd de wet ingevoerd.", NONE, rng("de jaren '90", "1990", "1999")),
    case("jaren-twintig-ambiguous", "Net als in de jaren twintig stijgt de inflatie.", NONE,
         unresolved("de jaren twintig")),
    case("jaren-twintig-vorige-eeuw", "Net als in de jaren twintig van de vorige eeuw stijgt de inflatie.", NONE,
         rng("de jaren twintig van de vorige eeuw", "1920", "1929")),
    # a year that names the edition of a plan, a law or a report
    case("belastingplan-year", "Het Belastingplan 2026 wordt in de Kamer behandeld.", NONE, year("2026", "2026")),
    case("voorjaarsnota-year", "In de Voorjaarsnota 2025 staat het budget.", NONE, year("2025", "2025")),
    case("report-year-before-bar", "Voortgangsrapportage toezicht 2023 | Rijksoverheid.nl", NONE,
         year("2023", "2023")),
]


@pytest.mark.parametrize("text, anchor, expected", PARLIAMENTARY)
def test_parliamentary_phrasing(text, anchor, expected):
    got, want = view(find_dates(text, anchor), expected)
    assert got == want


PARLIAMENTARY_NEAR_MISSES = [
    pytest.param("De regeling is 24/7 bereikbaar.", id="24-7"),
    pytest.param("Het bureau scoorde 12/20 op de toets.", id="score"),
    pytest.param("Als de regeling morgen zou stoppen, ontstaan er problemen.", id="hypothetical-morgen"),
    pytest.param("Vandaag de dag werken meer mensen thuis.", id="vandaag-de-dag"),
    pytest.param("De commissie vergaderde de hele morgen.", id="morgen-the-morning"),
    pytest.param("De helpdesk is van maandag tot en met vrijdag bereikbaar.", id="weekday-range"),
    pytest.param("De helpdesk is maandag t/m vrijdag bereikbaar.", id="weekday-range-tm"),
    pytest.param("Elke dinsdag overlegt de staf.", id="habitual-weekday"),
    pytest.param("Op Goede Vrijdag is het kantoor gesloten.", id="goede-vrijdag"),
    pytest.param("De cijfers van week 12 volgen.", id="week-n-without-preposition"),
    pytest.param("De schade rond de jaarwisselingen neemt toe.", id="jaarwisselingen-plural"),
    pytest.param("De begrotingsbehandeling is afgerond.", id="event-without-preposition"),
    pytest.param("Het kabinet komt straks met de Voorjaarsnota.", id="event-as-object"),
    pytest.param("Ik stuur u een brief over twee moties.", id="over-two-motions"),
    pytest.param("Ruim 2000 kinderen wachten op zorg.", id="count-at-sentence-start"),
    pytest.param("Ons kenmerk 2024-0001234 staat bovenaan.", id="reference-number"),
    pytest.param("ISSN 0921 - 7398 ’s-Gravenhage 2024 Tweede Kamer", id="imprint-in-flattened-text"),
    pytest.param("De oordelen van de jaren zijn wisselend.", id="jaren-without-decade"),
]


@pytest.mark.parametrize("text", PARLIAMENTARY_NEAR_MISSES)
def test_parliamentary_near_miss_yields_nothing(text):
    assert find_dates(text, A) == []


def test_estimate_anchor_pins_a_yearless_weekday_date():
    """'donderdag 16 oktober' is a Thursday in 2025 (and 2014): near the 2024 the text names, 2025."""
    text = "Ik hervat de vergadering van donderdag 16 oktober. De postdienst was in 2024 nog winstgevend."
    assert estimate_anchor(text) == Anchor(year=2025, source="estimated")


def test_estimate_anchor_takes_a_year_named_more_often_than_any_other():
    text = "De monitor over 2017 verschijnt medio 2019. In 2019 volgt ook de evaluatie."
    assert estimate_anchor(text) == Anchor(year=2019, source="estimated")


def test_estimated_anchor_resolves_year_words_not_day_words():
    text = "Vorig jaar is de wet aangenomen. Vandaag spreken we erover en aanstaande dinsdag stemmen we."
    anchor = estimate_anchor("In 2025 en medio 2025 volgt de wet.")
    assert (anchor.year, anchor.month, anchor.day, anchor.source) == (2025, None, None, "estimated")
    got = [(e.raw, e.value) for e in find_dates(text, anchor)]
    assert got == [("Vorig jaar", "2024"), ("Vandaag", ""), ("aanstaande dinsdag", "")]
