"""officielebekendmakingen XML built at test time, in the element names the publisher uses (``<kamerstuk>``,
``<kamerstukkop>``, ``<dossiernr>``, ``<ondernummer>``, ``<noot>``, ``<extref>``, ``<ondertekening>``,
``<kamervragen>``, ``<handelingen>`` with ``<spreker>``), with the meta fields of its metadata part."""

from __future__ import annotations


def meta(**fields: str) -> str:
    return "<metadata>" + "".join(f'<meta name="{k.replace("_", ".")}" content="{v}"/>'
                                  for k, v in fields.items()) + "</metadata>"


def publication(body: str, metadata: str = "") -> bytes:
    head = '<?xml version="1.0" encoding="utf-8"?>\n'
    return f"{head}<officiele-publicatie>{metadata}{body}</officiele-publicatie>".encode()


KAMERSTUK = """<kamerstuk>
  <kamerstukkop>
   <tekstregel inhoud="kameraanduiding">Tweede Kamer der Staten-Generaal</tekstregel>
   <tekstregel inhoud="vergaderjaar">Vergaderjaar 2025-2026</tekstregel>
  </kamerstukkop>
  <dossier><dossiernummer><dossiernr>36 800</dossiernr> <dossiernr>XIV</dossiernr></dossiernummer>
   <titel>Vaststelling van de begrotingsstaten van het Ministerie van Landbouw</titel></dossier>
  <stuk>
   <stuknr>Nr. <ondernummer kamer="2">81</ondernummer></stuknr>
   <titel>BRIEF VAN DE MINISTER VAN LANDBOUW</titel>
   <algemeen><vrije-tekst><tekst>
    <al>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</al>
    <al>Den Haag, <datum isodatum="2025-11-14">14 november 2025</datum></al>
    <al>In mijn <extref doc="kst-36800-XIV-80" soort="document">brief van vorige week</extref> heb ik uw Kamer
     toegezegd terug te komen op de motie.<noot id="n1" type="voet"><noot.nr>1</noot.nr><noot.al><nadruk
     type="cur">Kamerstukken II</nadruk>, 2025/26, <extref doc="kst-36800-XIV-12" soort="document"
     status="actief">36 800 XIV, nr. 12</extref>.</noot.al></noot> Zie ook de <extref soort="URL"
     doc="https://example.org/x">website</extref> en <extref doc="https://zoek.officielebekendmakingen.nl/stcrt-2025-3344.html"
     soort="document">de regeling</extref>.</al>
    <tussenkop kopopmaak="vet">Vervolg</tussenkop>
    <al>Ik zal uw Kamer in het voorjaar van 2026 informeren.<noot id="n2" type="voet"><noot.nr>2</noot.nr>
     <noot.al>Motie van het lid Vermeer, <extref doc="kst-36800-XIV-9" soort="document">Kamerstuk 36 800 XIV,
     nr. 9</extref>.</noot.al></noot></al>
    <ondertekening><functie>De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur,</functie>
     <naam><voornaam>F.M.</voornaam> <achternaam>Wiersma</achternaam></naam></ondertekening>
   </tekst></vrije-tekst></algemeen>
  </stuk>
 </kamerstuk>"""

KAMERVRAGEN = """<kamervragen>
  <kamervraagkop><tekstregel inhoud="vergaderjaar">Vergaderjaar 2024-2025</tekstregel>
   <tekstregel inhoud="kameraanduiding">Tweede Kamer der Staten-Generaal</tekstregel></kamervraagkop>
  <kamervraagnummer>100</kamervraagnummer>
  <kamervraagomschrijving type="vraag">Vragen van het lid <naam><achternaam>Van Campen</achternaam></naam>
   (VVD) aan de Minister van Defensie over <kamervraagonderwerp>het bericht X</kamervraagonderwerp>
   (ingezonden 3 januari 2025).</kamervraagomschrijving>
  <kamervraagomschrijving type="antwoord">Antwoord van Minister Brekelmans (Defensie) (ontvangen
   <datum isodatum="2025-01-24">24 januari 2025</datum>).</kamervraagomschrijving>
  <vraag><nr>Vraag 1</nr><al>Bent u bekend met het bericht X?</al></vraag>
  <antwoord><nr>Antwoord 1</nr><al>Ja.</al></antwoord>
 </kamervragen>"""

HANDELINGEN = """<handelingen><vergadering><agendapunt><kop><titel>Defensie</titel></kop>
  <spreekbeurt><spreker><voorvoegsels>De heer</voorvoegsels> <naam><achternaam>Boswijk</achternaam></naam>
   (<politiek>CDA</politiek>):</spreker>
   <tekst><al>Voorzitter. Ik dien de volgende motie in.</al></tekst></spreekbeurt>
  <spreekbeurt><spreker><functie>Minister</functie> <naam><achternaam>Brekelmans</achternaam></naam>:</spreker>
   <tekst><al>Ik zeg toe dat ik de Kamer voor de zomer informeer.</al></tekst></spreekbeurt>
 </agendapunt></vergadering></handelingen>"""
