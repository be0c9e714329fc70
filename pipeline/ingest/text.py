"""Plain-text reader: careful decoding, Unicode NFC, one page of lines.

Decoding, in order, each fallback told in the document's warnings:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) says the encoding;
2. UTF-32 or UTF-16 without a mark, when the NUL bytes say so (ASCII in UTF-16 LE has a NUL at every odd
   position; such bytes are valid UTF-8 too, so this comes before UTF-8);
3. UTF-8;
4. line by line: a line that is valid UTF-8 stays UTF-8, the others are decoded with the legacy table
   charset-normalizer finds for them (cp1252 when the detector sees Latin script: short Dutch text
   fools it into cp1250 or mac_latin2, and cp1252 is what Windows tools write).

Bytes that are no text are refused (:class:`IngestError`, status ``error``, 'not text ...'): random
bytes or a binary file named ``.txt`` decode into control characters and U+FFFD. In text that passes,
NULs and other control characters are removed with a warning; tab, line ends and the form feed (a page
break) stay, a vertical tab (Word's manual line break) becomes a line end.
"""

from __future__ import annotations

import codecs
import importlib
import re
import unicodedata

from pipeline.ingest.pages import IngestError, Line, Page, RawDocument

BOMS = [  # UTF-32 first: its LE mark starts with UTF-16 LE's
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]
LATIN_TABLE = "cp1252"
WESTERN = {"cp1252", "latin_1", "iso8859_15"}  # charset-normalizer's names for tables cp1252 covers
LATINISH = ("Basic Latin", "Latin", "Control", "General Punctuation", "Currency", "Letterlike", "Number Forms")
# Control characters that are no text; \t \n \r \f stay, \v is a line break (handled before).
# C1 controls (U+0080-U+009F) stay: they are mojibake that ftfy repairs later.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
NOT_TEXT_SHARE = 0.05  # above this share of control characters and U+FFFD: not text
NOT_TEXT_MIN = 10  # ... and at least this many (a short note with two NULs is text)
PATTERN_SAMPLE = 4096  # bytes looked at for the NUL pattern of UTF-16/32


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode, refuse junk, remove control characters, NFC, '\\n' line ends. Returns text and warnings.

    Raises IngestError('error', 'not text ...') for bytes that do not decode into text.
    """
    text, warnings = _decode_bytes(data)
    n_junk = len(CONTROL.findall(text)) + text.count("\ufffd")
    junk = n_junk / max(len(text), 1)
    if junk > NOT_TEXT_SHARE and n_junk >= NOT_TEXT_MIN:
        raise IngestError("error", f"not text: {junk:.0%} of the characters are control characters or undecodable "
                                   f"bytes (binary file?)")
    replaced = text.count("\ufffd")
    if replaced:
        warnings.append(f"{replaced} undecodable byte(s) replaced by U+FFFD")
    text = text.replace("\x0b", "\n")
    text, removed = CONTROL.subn("", text)
    if removed:
        warnings.append(f"{removed} control character(s) (NUL and the like) removed")
    text = unicodedata.normalize("NFC", text)
    # Normalise line ends; keep everything else (tabs, no-break spaces) as found.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, warnings


def _decode_bytes(data: bytes) -> tuple[str, list[str]]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), []
    wide = _wide_encoding(data[:PATTERN_SAMPLE])
    if wide:
        return data.decode(wide, errors="replace"), [f"decoded as {wide.upper()} (no byte-order mark; NUL pattern)"]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return _decode_lines(data)


def _wide_encoding(sample: bytes) -> str | None:
    """UTF-32/16 LE/BE when NULs stand where ASCII in that encoding has them, else None."""
    if len(sample) < 8:
        return None

    def nul_share(start: int, step: int) -> float:
        part = sample[start::step]
        return part.count(0) / max(len(part), 1)

    for encoding, zero, nonzero in (("utf-32-le", (1, 2, 3), 0), ("utf-32-be", (0, 1, 2), 3)):
        if min(nul_share(k, 4) for k in zero) > 0.9 and nul_share(nonzero, 4) < 0.1:
            return encoding
    even, odd = nul_share(0, 2), nul_share(1, 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _decode_lines(data: bytes) -> tuple[str, list[str]]:
    """Valid UTF-8 lines as UTF-8; in the others the bytes that are not UTF-8 are decoded with the legacy table
    the detector finds for them (the whole line when that table has multi-byte characters)."""
    lines = data.split(b"\n")
    bad = {k for k, line in enumerate(lines) if not _is_utf8(line)}
    table = _legacy_table(b"\n".join(lines[k] for k in sorted(bad)))
    if _single_byte(table):  # only the bytes that are not UTF-8
        handler = f"pipeline-{table}"
        codecs.register_error(handler, lambda exc: (exc.object[exc.start:exc.end].decode(table, "replace"), exc.end))
        out = [line.decode("utf-8", errors=handler) for line in lines]
    else:
        out = [line.decode(table, errors="replace") if k in bad else line.decode("utf-8") for k, line in
               enumerate(lines)]
    return "\n".join(out), [f"not valid UTF-8 on {len(bad)} of {len(lines)} line(s); those decoded as {table}"]


def _single_byte(table: str) -> bool:
    try:
        module = importlib.import_module("encodings." + codecs.lookup(table).name.replace("-", "_"))
    except ImportError:
        return False
    return hasattr(module, "decoding_table")


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _legacy_table(data: bytes) -> str:
    """The detector's table for bytes that are not UTF-8; cp1252 when it sees Latin script or has no idea."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches or any(m.encoding in WESTERN for m in matches):
        return LATIN_TABLE
    best = matches[0]
    if best.encoding.startswith("utf") or all(a.startswith(LATINISH) for a in best.alphabets):
        return LATIN_TABLE  # UTF-16/32 were ruled out by their NULs; a short line fools the detector
    return best.encoding


def read_text(data: bytes, source: str, sha256: str) -> RawDocument:
    text, warnings = decode(data)
    # Text sources rarely know their pages; a form feed is the one honest signal.
    pages = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        pages.append(Page(number=number, lines=[Line(text=t, page=number) for t in chunk.split("\n")]))
    return RawDocument(source=source, format="txt", pages=pages, sha256=sha256, warnings=warnings, text=text)
