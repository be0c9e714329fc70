"""The tables of the output contract (../shared/spec/TABLES.md), with types, descriptions and keys.

The contract's columns come first and keep their names; columns added by this
project follow them. datapackage.json is generated from these definitions, and
``pipeline.load`` (and the Parquet files) take their dtypes from them.

Two types are this project's own, both written as text in the CSVs: ``list`` (items joined with '; ', a
Frictionless ``list`` field) and ``partial_date`` (an ISO 8601 date that may be partial, or a TIMEX3 part of a
year: ``2019``, ``2019-04``, ``2019-04-22``, ``2023-SP``, ``2025-H2``, ``2026-Q1``; a Frictionless ``string``
with that pattern), for which ``pipeline.load`` adds the period it covers as ``<name>_start`` and ``<name>_end``.
"""

from __future__ import annotations

from dataclasses import dataclass

LIST_DELIMITER = "; "
PARTIAL_DATE_PATTERN = r"\d{4}(-(\d{2}(-\d{2})?|SP|SU|FA|WI|Q[1-4]|H[12]))?"


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # string, integer, number, boolean, list, partial_date
    description: str

    def descriptor(self) -> dict[str, object]:
        """The field as a Frictionless Table Schema field."""
        out: dict[str, object] = {"name": self.name, "type": self.type, "description": self.description}
        if self.type == "list":
            out.update(delimiter=LIST_DELIMITER, itemType="string")
        elif self.type == "partial_date":
            out.update(type="string", constraints={"pattern": PARTIAL_DATE_PATTERN})
        return out


def _f(spec: str) -> list[Field]:
    out = []
    for line in spec.strip().splitlines():
        name, type_, desc = (part.strip() for part in line.split("|", 2))
        out.append(Field(name, type_, desc))
    return out


TABLES: dict[str, list[Field]] = {
    "documents": _f("""
        doc_id | string | File stem of the input, made unique within the run
        source | string | Path of the input file as given
        sha256 | string | SHA-256 of the input bytes
        format | string | Input format: pdf or txt
        status | string | ok, empty, no_text_layer or error
        error | string | Why the document failed, when status is not ok
        n_pages | integer | Pages in the PDF; for text, pages recognised from page furniture
        n_chars | integer | Characters in the clean text
        doc_type | string | brief_regering, beslisnota, antwoord_kamervragen, motie, nieuwsbericht, verslag or other
        kamerstuk | string | The document's own id as officielebekendmakingen writes it (kst-33694-68, ah-tk-20232024-2168)
        dossier | string | Kamerstuk dossier number of the document itself (33694, 21501-02, 35925-X)
        ondernummer | string | Number of the document within its dossier
        vergaderjaar | string | Parliamentary year, written 2022-2023
        date | partial_date | The document's own date, ISO 8601, possibly partial (2023 when only the print year is known)
        title | string | Title of the document
        addressee | string | To whom the document is addressed
        signatories | list | Signers as 'Name (Role)', joined with '; '; the name is empty where the text gives none
        model | string | The spaCy model that ran (name and version, or blank:nl)
        kamer | string | II (Tweede Kamer) or I (Eerste Kamer), from the document's own colophon
        date_source | string | Where the date came from: dateline, datum_field, date_line, page_date, voorgesteld, ontvangen, vastgesteld, ingezonden, sitting, colophon_year, markup (the officielebekendmakingen XML or HTML says it)
        kamerstuk_inferred | boolean | True when the dossier of the own id was inferred (a print showing only 'Nr. 64')
        layout | string | How the text was read: pdf, wrapped (text extracted from a PDF), word, web or plain
        warnings | list | Non-fatal problems met while reading, joined with '; '
        anchor | partial_date | The date relative expressions were resolved against (the document date, or a year estimated from the dates in the text)
        anchor_source | string | Where the anchor came from: the date_source of the document date, or 'estimated'
        questioners | list | Answers to written questions: the members who asked, 'Name (Party)', joined with '; '
        date_submitted | partial_date | Answers to written questions: the date the questions were submitted ('ingezonden')
        date_received | partial_date | Answers to written questions: the date the answers were received ('ontvangen'), which is also the document's date
        ocr_pages | list | PDF pages read by OCR (no text layer), joined with '; '; their text and offsets rest on OCR text
    """),
    "references": _f("""
        doc_id | string | Document the reference stands in
        kind | string | kamerstuk, handelingen, aanhangsel or dossier; also staatsblad, staatscourant, tk_zaak and tk_document (Tweede Kamer numbers such as 2022Z03223)
        raw | string | The reference as written
        kamer | string | I or II, where the reference states it
        vergaderjaar | string | Parliamentary year, written 2024-2025
        dossier | string | Dossier number (33694, 35925-X, 21501-32)
        ondernummer | string | Number within the dossier (43, E, 42e)
        page | string | Page or page range cited
        canonical | string | Id as officielebekendmakingen writes it (kst-33694-43, ah-tk-20222023-2214, h-tk-20222023-12-5, dossier-33694)
        url | string | The officielebekendmakingen page of the canonical id, where one exists
        in_footnote | boolean | True when the reference stands in a footnote
        footnote | string | Number of that footnote
        char_start | integer | Start offset in the clean text (or in the footnote's text when in_footnote)
        char_end | integer | End offset, exclusive
        page_no | integer | Page the reference stands on
        sentence | string | The sentence around it
        corrected | boolean | True when a misprinted dossier number was repaired (233694 -> 33694)
    """),
    "dates": _f("""
        doc_id | string | Document the expression stands in
        raw | string | The expression as written
        value | partial_date | ISO 8601 value, possibly partial; TIMEX3 for parts of years (2023-SP, 2025-H2, 2026-Q1)
        end | partial_date | End of a range
        precision | string | day, month, year, season, quarter, half or range (a week is a range from Monday to Sunday)
        relative | boolean | True when the expression depends on the document date
        char_start | integer | Start offset in the clean text
        char_end | integer | End offset, exclusive
        page_no | integer | Page the expression stands on
        sentence | string | The sentence around it
        mod | string | TIMEX3 modifier: START (begin 2024), MID (medio), END (eind), BEFORE (voor de zomer), AFTER
        in_footnote | boolean | True when the expression stands in a footnote (offsets then point into its text)
        footnote | string | Number of that footnote
    """),
    "motions": _f("""
        doc_id | string | Document that mentions or contains the motion
        raw | string | The mention as written
        submitters | list | Surnames of the submitters, joined with '; '
        parties | list | Their parties as given in the text, joined with '; '
        cosigners | boolean | True when the text says c.s.
        date | partial_date | Date of adoption or submission
        status | string | aangenomen, verworpen, aangehouden, ingetrokken or ingediend
        kamerstuk | string | Canonical id of the motion itself
        request | string | Its dictum or quoted request
        char_start | integer | Start offset of the first mention
        char_end | integer | End offset, exclusive
        sentence | string | The sentence of the first mention
        subject | string | What the motion is about, as the mention says ('over ...')
        mentions | integer | How many mentions in the document were merged into this row
        implicit | boolean | True when the document names no motion, only a request of the Kamer or a member whose footnote or citation is the motion's Kamerstuk
        in_footnote | boolean | True when the first mention stands in a footnote (offsets then point into its text)
        footnote | string | Number of that footnote
        source | string | mention (named in the text) or document (the document is the motion itself; its considerations are in the document JSON)
        appreciation | string | In a debate transcript: the government's verdict (Oordeel Kamer, Ontraden, Overgenomen, Verzocht motie aan te houden, Ontijdig)
        speaker | string | In a debate transcript: the surname of who first names the motion (its submitter, for a motion read out)
        speaker_role | string | Their role: kamerlid, voorzitter, minister, staatssecretaris or minister-president
        voted_for | list | In a transcript of the votes: the parties that voted for the motion, joined with '; ' (empty when it was carried unanimously)
    """),
    "commitments": _f("""
        doc_id | string | Document the commitment stands in
        sentence | string | The sentence, without footnote markers or bullets
        actor | string | Who commits (het kabinet, de minister van Defensie, Nederland, wij)
        action | string | The promised action, as in the text
        deadline_raw | string | The time expression in the sentence
        deadline | partial_date | Its normalized value
        char_start | integer | Start offset of the sentence
        char_end | integer | End offset, exclusive
        page_no | integer | Page the sentence starts on
        references | list | Canonical ids cited in the same sentence, joined with '; '
        cue | string | The signal that made it a commitment: zal, gaan, willen, blijven, inzet, informeren, terugkomen, onderzoek, voornemen, toezegging, gepland (present tense with a future time), passief (agentless passive), eigen evenement (the government's own event as subject)
        earlier_commitment | boolean | True when the sentence refers to an earlier toezegging ('Zoals toegezegd in ...', 'Conform de toezegging ...')
        earlier_references | list | Canonical ids cited with that earlier toezegging, joined with '; '
        speaker | string | In a debate transcript: the surname of the minister or state secretary whose turn it is
        speaker_role | string | Their role: minister, staatssecretaris or minister-president
    """),
    "entities": _f("""
        doc_id | string | Document the entity stands in
        text | string | Most complete surface form
        label | string | PERSON, ORG, GPE, LOC, NORP, EVENT, LAW or MISC
        normalized | string | Canonical name
        role | string | Role of a person (Minister van Defensie, Tweede Kamerlid)
        party | string | Party of a person
        mentions | integer | Number of mentions in the document
        first_char_start | integer | Offset of the first mention
        source | string | model, rules or both
        in_footnote | boolean | True when every mention stands in a footnote (first_char_start is then the footnote's marker)
    """),
    "footnotes": _f("""
        doc_id | string | Document the footnote belongs to
        number | string | Footnote number as printed
        text | string | Footnote text
        page_no | integer | Page the footnote stands on
        anchor_char | integer | Offset in the clean text where its marker stood
    """),
}

# dates.csv: a range's period runs from the start of `value` to the end of `end` (load's value_start, value_end)
RANGE_END = {("dates", "value"): "end"}
PRIMARY_KEYS = {"documents": ["doc_id"]}

CONTRACT_ORDER = ("documents", "references", "dates", "motions", "commitments", "entities", "footnotes")


def columns(table: str) -> list[str]:
    return [f.name for f in TABLES[table]]


ROW_OF = {
    "documents": "input document, failed ones included",
    "references": "Kamerstuk, Handelingen, Aanhangsel or dossier reference",
    "dates": "date expression",
    "motions": "motion mentioned or contained",
    "commitments": "commitment (toezegging) the government makes",
    "entities": "distinct named entity per document",
    "footnotes": "footnote",
}


def markdown() -> str:
    """docs/TABLES.md: every table's columns with their types and meaning, made from :data:`TABLES` (a test
    keeps the file in step; ``make docs`` writes it)."""
    out = ["# The tables", "",
           "Generated from `pipeline/schema.py` by `make docs`; do not edit by hand. The column names follow the",
           "project's output contract; columns this project adds come after the contract's own. Offsets",
           "(`char_start`, `char_end`, `anchor_char`, `first_char_start`) count characters in the document's",
           "clean text (`text` in `documents/<doc_id>.json`). Types: `list` cells are joined with `; ` in the",
           "CSV (`pipeline.load` gives Python lists); a `partial_date` is ISO 8601 as precise as the text is",
           "(`2023`, `2019-04`, `2019-04-22`, `2026-SU`, `2025-Q1`), and `pipeline.load` adds its `_start` and",
           "`_end` timestamps.", ""]
    for table in CONTRACT_ORDER:
        out += [f"## `{table}.csv`", "", f"One row per {ROW_OF[table]}.", "",
                "| column | type | meaning |", "|---|---|---|"]
        out += [f"| `{f.name}` | {f.type} | {f.description.replace('|', '/')} |" for f in TABLES[table]]
        out.append("")
    return "\n".join(out)


def table_schema(table: str) -> dict[str, object]:
    """The table's Frictionless Table Schema: fields, primary key, and doc_id pointing to documents."""
    out: dict[str, object] = {"fields": [f.descriptor() for f in TABLES[table]]}
    if table in PRIMARY_KEYS:
        out["primaryKey"] = PRIMARY_KEYS[table]
    if table != "documents" and "doc_id" in columns(table):
        out["foreignKeys"] = [{"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}}]
    return out


def periods(table: str) -> list[tuple[str, str | None]]:
    """The table's partial-date columns that get a ``_start``/``_end`` pair in ``pipeline.load``, each with the
    column holding the end of its range, if any (a range's end column gets no pair of its own)."""
    ends = {end for (t, _), end in RANGE_END.items() if t == table}
    return [(f.name, RANGE_END.get((table, f.name))) for f in TABLES[table]
            if f.type == "partial_date" and f.name not in ends]
