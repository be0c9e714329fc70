"""A corpus of hostile input, made at run time: each kind is a file (or a few) and what the pipeline must answer.

Used by ``tests/test_hostile_corpus.py`` at reduced size and by ``bench/stress.py`` (``make stress``) at full
size. Nothing third-party is in it: the letters are the project's own reference letters in ``raw/``.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from conftest import RAW, hand_made_pdf, pdf_stream

Maker = Callable[[Path, float], list[Path]]  # writes a kind's file(s) into a folder at a scale
LETTER = (RAW / "000_2946c19b679bfab2.txt").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Kind:
    """One kind of hostile input: how to make it (``scale`` 1 is full size) and what the answer must be."""

    name: str
    make: Maker  # writes its file(s) into a folder, returns them
    status: frozenset[str]  # the statuses it may get
    says: str = ""  # words its error or warnings must hold
    row: bool = True  # False: skipped with a message (no row)

    def answered(self, status: str, told: str) -> bool:
        """Whether a document of this kind got its answer: an allowed status, and the words in what it was told."""
        return status in self.status and self.says in told


def _text(name: str, text: str | Callable[[float], str], encoding: str = "utf-8") -> Maker:
    def make(folder: Path, scale: float) -> list[Path]:
        path = folder / name
        path.write_bytes((text(scale) if callable(text) else text).encode(encoding))
        return [path]
    return make


def _bytes(name: str, data: Callable[[float], bytes]) -> Maker:
    def make(folder: Path, scale: float) -> list[Path]:
        path = folder / name
        path.write_bytes(data(scale))
        return [path]
    return make


def _repeat(unit: str, size: int) -> Callable[[float], str]:
    """``unit`` repeated to ``size`` characters at full scale."""
    return lambda scale: unit * max(int(size * scale) // len(unit), 1)


def _varied(make_unit: Callable[[int], str], size: int) -> Callable[[float], str]:
    """Units that differ from one another (distinct names, numbers), to ``size`` characters at full scale."""
    def text(scale: float) -> str:
        parts, n, k = [], 0, 0
        while n < size * scale:
            unit = make_unit(k)
            parts.append(unit)
            n, k = n + len(unit), k + 1
        return "".join(parts)
    return text


MB = 1_000_000
FIRST = ["Jan", "Piet", "Fatima", "Mohammed", "Anna", "Daan", "Sanne", "Willem", "Noor", "Karel", "Inge", "Bram"]
LAST = ["Jansen", "de Vries", "Bakker", "van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"]


def _name(k: int) -> str:
    return f"{FIRST[k % len(FIRST)]} {LAST[(k // len(FIRST)) % len(LAST)]}{k // (len(FIRST) * len(LAST)) or ''}"


# --- PDFs ---------------------------------------------------------------------------------------------

def text_pdf(pages: list[list[str]], rotate: int = 0) -> bytes:
    """A PDF with the given lines of text per page, in Helvetica (every reader maps it to Unicode)."""
    n = len(pages)
    font = 3 + 2 * n
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(n)), n)]
    for i, lines in enumerate(pages):
        ops = b"".join(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET\n" % (760 - 14 * k, _pdf_string(line))
                       for k, line in enumerate(lines))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate %d /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (rotate, 4 + 2 * i, font))
        objects.append(pdf_stream(ops))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    return hand_made_pdf(objects)


def _pdf_string(line: str) -> bytes:
    return line.encode("cp1252", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _letter_pages(per_page: int = 40) -> list[list[str]]:
    lines = [line for line in LETTER.splitlines() if line.strip()]
    return [lines[k:k + per_page] for k in range(0, len(lines), per_page)]


def _many_pages(scale: float) -> bytes:
    lines = [line for line in LETTER.splitlines() if line.strip()][:30]
    return text_pdf([lines] * max(int(1500 * scale), 2))


def _operator_bomb(scale: float) -> bytes:
    """One page whose content stream is hundreds of thousands of one-letter text operators."""
    ops = b"BT /F1 11 Tf 72 760 Td " + b"(a) Tj 1 0 Td " * int(400_000 * scale) + b"ET"
    return hand_made_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                          b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                          b"/Resources << /Font << /F1 5 0 R >> >> >>", pdf_stream(ops),
                          b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])


ZERO_PAGES = hand_made_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def cid_pdf(readable: str = "") -> bytes:
    """One page in a Type0 font without ToUnicode map (pdfminer gives '(cid:N)'), plus a Helvetica line."""
    content = b"BT /F1 12 Tf 72 700 Td <0041004200430044004500460047> Tj ET"
    if readable:
        content += b"\nBT /F2 12 Tf 72 650 Td (%s) Tj ET" % readable.encode("ascii")
    return hand_made_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 8 0 R >> >> >>",
        pdf_stream(content),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Onbekend /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Onbekend /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 600 >>",
        b"<< /Type /FontDescriptor /FontName /Onbekend /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
        b"/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ])


# --- files that are not what they say, and odd names ---------------------------------------------------

def _special(name: str, kind: str) -> Maker:
    def make(folder: Path, scale: float) -> list[Path]:
        path = folder / name
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "device":
            path.symlink_to("/dev/zero")
        else:
            path.symlink_to(folder / "nergens.txt")
        return [path]
    return make


def _named(*names: str) -> Maker:
    def make(folder: Path, scale: float) -> list[Path]:
        paths = []
        for name in names:
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(LETTER, encoding="utf-8")
            paths.append(path)
        return paths
    return make


OK, ERROR = frozenset({"ok"}), frozenset({"error"})
EMPTY, NO_TEXT = frozenset({"empty"}), frozenset({"no_text_layer"})
URL_DATE = "Zie https://www.rijksoverheid.nl/documenten/kamerstukken/2024/03/15/brief-2024-03-15-12345 en "

KINDS: list[Kind] = [
    # -- encodings and junk --
    Kind("random-bytes", _bytes("ruis.txt", lambda s: random.Random(1).randbytes(50_000)), ERROR, "not text"),
    Kind("png-named-txt", _bytes("plaatje.txt", lambda s: b"\x89PNG\r\n\x1a\n" + random.Random(2).randbytes(8000)),
         ERROR, "not text"),
    Kind("only-nuls", _bytes("nullen.txt", lambda s: b"\x00" * 10_000), ERROR, "not text"),
    Kind("pdf-named-txt", _bytes("eigenlijk-pdf.txt", lambda s: text_pdf(_letter_pages())), OK, "read as a PDF"),
    Kind("utf16-le-bom", _text("utf16.txt", "\ufeff" + LETTER, "utf-16-le"), OK),
    Kind("utf16-be-no-bom", _text("utf16be.txt", LETTER, "utf-16-be"), OK, "UTF-16-BE"),
    Kind("utf32-bom", _text("utf32.txt", LETTER, "utf-32"), OK),
    Kind("cp1252", _text("ansi.txt", LETTER, "cp1252"), OK, "cp1252"),
    Kind("one-bad-byte", _bytes("een-fout.txt", lambda s: LETTER.encode()[:500] + b"\xff" + LETTER.encode()[500:]),
         OK),
    Kind("nul-and-controls", _text("stuurtekens.txt", LETTER.replace(" de ", " de\x00\x07 ", 50)), OK, "control"),
    Kind("bom-only", _bytes("bom.txt", lambda s: b"\xef\xbb\xbf"), EMPTY),
    Kind("empty", _bytes("leeg.txt", lambda s: b""), EMPTY),
    Kind("whitespace-only", _text("spaties.txt", " \n\t\n  " * 100), EMPTY),
    Kind("cr-line-ends", _text("mac.txt", LETTER.replace("\n", "\r")), OK),
    Kind("surrogate-bytes", _bytes("surrogaat.txt", lambda s: LETTER.encode()[:300] + b"\xed\xa0\x80"
                                   + LETTER.encode()[300:]), OK),
    # -- texts that made extractors hang or explode (adversarial, built from their own cues) --
    Kind("form-feeds", _text("pagina's.txt", _repeat("Geachte voorzitter,\f2\f\fDe minister zal de Kamer informeren.\f",
                                                    MB)), OK),
    Kind("nested-brackets", _text("haakjes.txt", lambda s: "(" * int(MB * s // 2) + "x" + ")" * int(MB * s // 2)),
         OK),
    Kind("kabinet-zal", _text("kabinet.txt", _repeat("Het kabinet zal voor de zomer van 2025 de Kamer "
                                                     "informeren over de voortgang. ", MB)), OK),
    Kind("motion-sentences", _text("moties.txt", _varied(lambda k: (
        f"De Kamer, gehoord de beraadslaging, overwegende dat {k} te veel is; verzoekt de regering "
        f"om {k} te halveren, en gaat over tot de orde van de dag. Motie van het lid {_name(k)} (36 410, nr. {k}). "),
        MB)), OK),
    Kind("urls-with-dates", _text("urls.txt", _repeat(URL_DATE, MB)), OK),
    Kind("distinct-names", _text("namen.txt", _varied(
        lambda k: f"De heer {_name(k)} (VVD) sprak met mevrouw {_name(k + 7)} van het ministerie van Financiën. ",
        MB)), OK),
    Kind("definitions", _text("definities.txt", _varied(
        lambda k: f"De Wet op de regeling nummer {k} (hierna: Wet {k}) geldt per 1 januari 2026. ", MB)), OK),
    Kind("dates-without-sentence-end", _text("datums.txt", _repeat("1 januari ", MB // 10)), OK),
    Kind("references-run", _text("kamerstukken.txt", _varied(
        lambda k: f"Kamerstuk 36 {k % 1000:03d}, nr. {k % 97 + 1}; ", MB)), OK),
    Kind("reference-cues-without-numbers", _text("bijna.txt", _repeat("Kamerstukken II 2023/24, nr. , ", MB)), OK),
    Kind("speaker-turns", _text("debat.txt", _varied(
        lambda k: f"De heer {_name(k)} (PVV):\nVoorzitter. Ik zeg toe dat ik dit voor 1 juli {2000 + k % 30} "
                  f"regel.\n\nDe voorzitter:\nDank u wel.\n\n", MB)), OK),
    Kind("commitment-cues", _text("toezeggingen.txt", _repeat("Ik zeg toe, ik zal, wij zullen, de minister zal ",
                                                              MB)), OK),
    Kind("one-long-line", _text("regel.txt", _repeat("zonder einde ", MB)), OK),
    Kind("one-long-word", _text("woord.txt", _repeat("x", MB)), OK),
    Kind("formula-cells", _text("formules.txt", "=HYPERLINK(\"http://x\",\"klik\")\n+31 70 123 4567\n"
                                "-Kamerstuk 36 410, nr. 12 op 1 januari 2025\n@SUM(A1)\n" + LETTER), OK),
    Kind("big-text", _text("groot.txt", _varied(lambda k: LETTER.replace("2025", str(1990 + k % 40)), 20 * MB)),
         OK),
    # -- PDFs --
    Kind("pdf-letter", _bytes("brief.pdf", lambda s: text_pdf(_letter_pages())), OK),
    Kind("pdf-upper-suffix", _bytes("BRIEF2.PDF", lambda s: text_pdf(_letter_pages())), OK),
    Kind("pdf-truncated", _bytes("half.pdf", lambda s: text_pdf(_letter_pages())[:1500]), ERROR),
    Kind("pdf-header-only", _bytes("kop.pdf", lambda s: b"%PDF-1.7\n"), ERROR),
    Kind("pdf-random-bytes", _bytes("ruis.pdf", lambda s: b"%PDF-1.4\n" + random.Random(3).randbytes(20_000)), ERROR),
    Kind("png-named-pdf", _bytes("plaatje.pdf", lambda s: b"\x89PNG\r\n\x1a\n" + random.Random(4).randbytes(4000)),
         ERROR),
    Kind("pdf-zero-pages", _bytes("nul.pdf", lambda s: ZERO_PAGES), ERROR, "no pages"),
    Kind("pdf-unmapped-glyphs", _bytes("cid.pdf", lambda s: cid_pdf()), NO_TEXT, "(cid:N)"),
    Kind("pdf-many-pages", _bytes("dik.pdf", _many_pages), OK),
    Kind("pdf-operator-bomb", _bytes("bom.pdf", _operator_bomb), OK | ERROR),
    # -- names and file kinds --
    Kind("name-250-chars", _named("k" * 246 + ".txt"), OK),
    Kind("name-formula", _named("=cmd.txt", "-rf.txt", "+31.txt", "@x.txt"), OK),
    Kind("name-odd-characters", _named("brief met spaties.txt", "brief\nregel.txt", "bríéf ‘quotes’.txt"), OK),
    Kind("duplicate-stems", _named("brief.txt", "brief-2.txt", "sub/brief.txt", "sub/BRIEF.txt"), OK),
    Kind("fifo-named-txt", _special("pijp.txt", "fifo"), frozenset(), "FIFO", row=False),
    Kind("link-to-dev-zero", _special("nul.txt", "device"), frozenset(), "device", row=False),
    Kind("dangling-link", _special("weg.txt", "dangling"), frozenset(), "dangling link", row=False),
]


def make_corpus(folder: Path, scale: float) -> dict[Path, Kind]:
    """Every kind's files in ``folder`` (a sub-folder per kind), with the kind each file belongs to."""
    made: dict[Path, Kind] = {}
    for kind in KINDS:
        sub = folder / kind.name
        sub.mkdir(parents=True, exist_ok=True)
        for path in kind.make(sub, scale):
            made[path] = kind
    return made
