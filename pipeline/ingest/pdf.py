"""PDF reader: pages of lines with font sizes and positions.

PDF libraries are only touched here (and in :mod:`pipeline.ingest.pdfium_page`). Each backend turns a page
into characters (text, x0, x1, top, bottom, size, bold) and :func:`chars_to_lines` builds the lines everything
downstream works on. Two backends:

- ``pdfium`` (default): pypdfium2, read in bulk as stretches of characters on one box line (see ``pdfium_page``),
  about 15 times faster than pdfplumber and about 2.5 times pypdfium2's own plain text (a page whose text does
  not line up with its characters: one character at a time). When pdfium cannot open a file, pdfminer says why
  (pdfium's error code can be a stale one);
- ``pdfplumber``: pdfminer's parser, pure Python, one dict per character.

Choose with ``PIPELINE_PDF_BACKEND=pdfplumber``.
"""

from __future__ import annotations

import functools
import io
import logging
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator

from pipeline.ingest.bounds import CharBudget, bounded_layout, check_content_size, check_page_count
from pipeline.ingest.ocr import ocr_pages
from pipeline.ingest.orient import dominant_turn, quarter_turn, turn_page
from pipeline.ingest.pages import IngestError, Line, Page, RawDocument, Run
from pipeline.ingest.pdfium_page import UNMAPPED, font_reader, page_stretches
from pipeline.settings import SizeLimits, settings

# pdfminer is chatty about harmless font problems.
for _name in ("pdfminer", "pdfplumber"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def read_pdf(data: bytes, source: str, sha256: str) -> RawDocument:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise IngestError("error", "not a PDF file (no %PDF header)")
    pages = list(BACKENDS[settings().pdf_backend](data, settings().limits))  # a name settings() checked
    if not pages:
        raise IngestError("error", "no pages (the PDF's page tree is empty)", n_pages=0)
    had_glyphs = [bool(page.lines) for page in pages]
    warnings = drop_unmapped_glyphs(pages)
    ocr = ocr_pages(data, pages, had_glyphs)
    if not any(line.text.strip() for page in pages for line in page.lines):
        why = ocr.unavailable or ("OCR found no text" if ocr.pages else "OCR is not done")
        reason = (f"no readable text on any of {len(pages)} pages: {warnings[0]} ({why})" if warnings else
                  f"no text layer on any of {len(pages)} pages (scanned PDF; {why})")
        raise IngestError("no_text_layer", reason, n_pages=len(pages))
    return RawDocument(source=source, format="pdf", pages=pages, sha256=sha256, warnings=warnings + list(ocr.warnings),
                       ocr_pages=list(ocr.pages))


CID = re.compile(r"\(cid:\d+\)")  # pdfminer's text for a glyph its font maps to no Unicode (no ToUnicode map)
CID_BULLET = re.compile(r"^(\s*)\(cid:\d+\)(?=\s)")  # an unmapped glyph that opens a line is a bullet
PUA = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
PUA_GARBAGE_SHARE = 0.1  # a few private-use glyphs are Symbol-font bullets; more are an unmapped font


def drop_unmapped_glyphs(pages: list[Page]) -> list[str]:
    """Remove '(cid:N)' glyphs, and private-use characters when they are a good share of the text, from the lines
    in place; lines left blank go. Returns the warnings that say so."""
    texts = [part.text for page in pages for line in page.lines for part in line.runs or [line]]
    everything = "\n".join(texts)  # one search for the common case of neither (no match spans a line end)
    n_cid = len(CID.findall(everything))
    n_pua = len(PUA.findall(everything))
    if not n_cid and not n_pua:
        return []
    n_chars = sum(len(CID.sub("x", t).replace(" ", "")) for t in texts) or 1
    drop_pua = n_pua / n_chars > PUA_GARBAGE_SHARE
    if not n_cid and not drop_pua:
        return []
    bullets = 0  # unmapped glyphs that open a line, read as a bullet
    for page in pages:
        for line in page.lines:
            bullets += _drop_from_line(line, drop_pua)
        page.lines = [line for line in page.lines if line.text.strip()]
    told = []
    if n_cid:
        told.append(f"{n_cid} glyph(s) without a Unicode mapping ((cid:N): a font without ToUnicode map): "
                    f"{bullets} opening a line read as a bullet, {n_cid - bullets} removed")
    if drop_pua:
        told.append(f"{n_pua} private-use character(s) (a font without Unicode mapping) removed")
    return told


def _drop_from_line(line: Line, drop_pua: bool) -> int:
    """Unmapped glyphs out of one line (its runs and text); returns the number read as a bullet."""
    parts = line.runs or [line]
    before = [part.text for part in parts]
    parts[0].text, bullets = CID_BULLET.subn("\\1•", parts[0].text)
    for part in parts:
        part.text = CID.sub("", part.text)
        if drop_pua:
            part.text = PUA.sub("", part.text)
    if [part.text for part in parts] == before:
        return 0
    parts[0].text = parts[0].text.lstrip()
    if line.runs:
        line.runs = [run for run in line.runs if run.text] or line.runs[:1]
        line.text = "".join(run.text for run in line.runs).rstrip()
    return bullets


ENCRYPTED = "encrypted PDF: needs a password"


def _open_pdfplumber(data: bytes):
    import pdfplumber

    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many private exception types, pdfplumber wraps them
        cause = exc.__cause__ or exc.__context__ or (exc.args[0] if exc.args else None)
        culprit = cause if isinstance(cause, BaseException) else exc
        raise IngestError("error", _why_not_open(culprit)) from exc


def _why_not_open(exc: BaseException) -> str:
    """The reason pdfminer cannot open a PDF, in words a reader of documents.csv understands."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSEOF

    name = type(exc).__name__
    if isinstance(exc, PDFPasswordIncorrect) or "password" in repr(exc).lower():
        return f"{ENCRYPTED} ({name})"
    if isinstance(exc, PDFEncryptionError):
        return f"encrypted PDF: an encryption that cannot be read ({name}: {exc})"
    if isinstance(exc, PSEOF):
        return f"broken PDF: the file ends too early (cut off?) ({name}: {exc})"
    if isinstance(exc, PDFSyntaxError) and "/Root" in str(exc):
        return f"broken PDF: no document catalog (/Root): cut off, or no PDF after the header ({name})"
    if isinstance(exc, PDFSyntaxError):
        return f"broken PDF: {exc}"
    return f"cannot open PDF: {name}: {exc}"



def _pdfplumber_pages(data: bytes, limits: SizeLimits) -> Iterator[Page]:
    """Pages one at a time; each page's cached layout and characters are dropped once its lines are made, so
    memory does not grow with the page count."""
    pdf = _open_pdfplumber(data)
    with pdf:
        try:
            check_page_count(len(pdf.pages), limits)
            budget = CharBudget(limits)
            for number, page in enumerate(pdf.pages, start=1):
                check_content_size(page.page_obj.contents, number, limits)
                if not bounded_layout(page, budget.page_limit()):
                    raise budget.over(number)
                chars, width, height = _upright(page.chars, float(page.width), float(page.height), resize=True)
                chars = [c for c in chars if c.get("upright", True)]
                budget.spend(len(chars), number)
                page.close()
                yield Page(number=number, lines=list(chars_to_lines(chars, number)), width=width, height=height)
        except IngestError:
            raise
        except Exception as exc:
            raise IngestError("error", f"broken PDF: {type(exc).__name__}: {exc}") from exc


def _upright(chars: list[dict], width: float, height: float, resize: bool) -> tuple[list[dict], float, float]:
    """A page's characters as they are when most read upright, else turned upright (see ``orient``)."""
    turns = {matrix: quarter_turn(matrix) for matrix in {c.get("matrix") for c in chars}}  # a page has few matrices
    if not any(turns.values()):  # all upright: nothing to weigh
        return chars, width, height
    for c in chars:
        matrix = c.get("matrix")
        c["turn"] = turns[matrix]
    turn = dominant_turn(chars)
    if turn == 0:
        return chars, width, height
    return turn_page(chars, turn, width, height, resize)


def _why_pdfium_cannot_open(data: bytes, exc: Exception) -> str:
    """pdfium's error code can be one left over from an earlier document in the same process ('Data format
    error' for a PDF without pages), so pdfminer, which says what is wrong in more words, is asked why."""
    try:
        with _open_pdfplumber(data) as pdf:
            n_pages = len(pdf.pages)
    except IngestError as err:
        return err.reason
    except Exception as err:  # pdfminer opens it and fails on the page tree
        return f"broken PDF: the page tree cannot be read ({type(err).__name__}: {err})"
    if not n_pages:
        return "no pages (the PDF's page tree is empty)"
    return f"broken PDF: pdfium cannot open it ({exc})"


def _pdfium_pages(data: bytes, limits: SizeLimits) -> Iterator[Page]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise IngestError("error", _why_pdfium_cannot_open(data, exc)) from exc
    try:
        check_page_count(len(pdf), limits)
        budget = CharBudget(limits)
        for number in range(1, len(pdf) + 1):
            page = pdf[number - 1]
            x_left, _, x_right, y_top = page.get_mediabox()
            textpage = page.get_textpage()
            if textpage.count_chars() > budget.page_limit():
                raise budget.over(number)
            chars = page_stretches(textpage.raw, textpage.count_chars(), x_left, y_top)
            if chars is None:  # the bulk text does not line up with the characters: one by one
                chars = _pdfium_chars(textpage.raw, textpage.count_chars(), x_left, y_top)
            chars, width, height = _upright(chars, float(x_right - x_left), float(y_top), resize=False)
            budget.spend(sum(map(len, map(_TEXT, chars))), number)  # stretches of characters
            textpage.close()
            page.close()
            yield Page(number=number, lines=list(chars_to_lines(chars, number)), width=width, height=height)
    finally:
        pdf.close()


def _pdfium_chars(tp, n_chars: int, x_left: float, y_top: float) -> list[dict]:
    import pypdfium2.raw as pdfium_c

    rect, matrix = pdfium_c.FS_RECTF(), pdfium_c.FS_MATRIX()
    _, bold_of = font_reader(tp, pdfium_c.FS_MATRIX())
    chars = []
    for k in range(n_chars):
        if pdfium_c.FPDFText_IsGenerated(tp, k) == 1:
            continue
        code = 0 if pdfium_c.FPDFText_HasUnicodeMapError(tp, k) == 1 else pdfium_c.FPDFText_GetUnicode(tp, k)
        if code in (10, 13, 0xFFFE):
            continue
        if code in (2, 0xAD):  # pdfium reports a line-end hyphen as a soft hyphen
            code = 0x2D
        pdfium_c.FPDFText_GetLooseCharBox(tp, k, rect)
        pdfium_c.FPDFText_GetMatrix(tp, k, matrix)
        size = pdfium_c.FPDFText_GetFontSize(tp, k) * ((matrix.b ** 2 + matrix.d ** 2) ** 0.5 or 1.0)
        if rect.right - rect.left <= 0 and chr(code) != " ":
            continue
        chars.append({"text": chr(code) if code else UNMAPPED, "x0": rect.left - x_left, "x1": rect.right - x_left,
                      "top": y_top - rect.top, "bottom": y_top - rect.bottom, "size": size,
                      "matrix": (matrix.a, matrix.b, matrix.c, matrix.d),
                      "fontname": "bold" if bold_of(k) else ""})
    return chars


BACKENDS = {"pdfplumber": _pdfplumber_pages, "pdfium": _pdfium_pages}


def chars_to_lines(chars: Iterable[dict], page_no: int) -> Iterator[Line]:
    """Group characters (dicts with text, x0, x1, top, bottom, size) into lines.

    Characters whose vertical extent overlaps the line's body belong to it, so a
    raised footnote marker stays on its line as a run of its own.
    """
    tenths: dict[float, float] = {}  # value -> round(value, 1): a page has few distinct bottoms and sizes

    def bottom_then_x0(c: dict) -> tuple[float, float]:
        bottom = c["bottom"]
        rounded = tenths.get(bottom)
        if rounded is None:
            rounded = tenths[bottom] = round(bottom, 1)
        return rounded, c["x0"]

    rows: list[list[dict]] = []
    refs: list[tuple[float, float, float]] = []  # per row: top, bottom, size of its largest char
    for ch in sorted(chars, key=bottom_then_x0):
        if not ch["text"]:
            continue
        ch_top, ch_bottom, ch_size = ch["top"], ch["bottom"], ch["size"]
        if refs:  # most often the row just begun: asked first, as the loop below would
            top, bottom, size = refs[-1]
            if ch_top < bottom - 0.3 * size and ch_bottom > top + 0.2 * size:
                rows[-1].append(ch)
                if ch_size > size:
                    refs[-1] = (ch_top, ch_bottom, ch_size)
                continue
        for k in range(len(rows) - 2, max(len(rows) - 4, -1), -1):
            top, bottom, size = refs[k]
            if ch_top < bottom - 0.3 * size and ch_bottom > top + 0.2 * size:
                rows[k].append(ch)
                if ch_size > size:
                    refs[k] = (ch_top, ch_bottom, ch_size)
                break
        else:
            rows.append([ch])
            refs.append((ch_top, ch_bottom, ch_size))
    segments = [seg for row in rows for seg in _split_columns(sorted(row, key=_X0))]
    for seg in sorted(segments, key=lambda r: (round(min(map(_TOP, r))), r[0]["x0"])):
        line = _row_to_line(seg, page_no, tenths)
        if line.text.strip():
            yield line


_X0, _TEXT, _TOP, _BOTTOM = map(operator.itemgetter, ("x0", "text", "top", "bottom"))


def _split_columns(row: list[dict]) -> list[list[dict]]:
    """Split a row where a wide horizontal gap separates two columns (letter body | sidebar)."""
    out = [[row[0]]]
    prev = row[0]
    for ch in row[1:]:
        gap = ch["x0"] - prev["x1"]
        # A wide gap separates columns; so does a smaller-type column right after body text
        # (a raised footnote number followed by body-size text is not a column break).
        if (gap > 24 and gap > 4 * prev["size"]) or (prev["size"] - ch["size"] > 1 and gap > 0.5 * ch["size"]):
            out.append([ch])
        else:
            out[-1].append(ch)
        prev = ch
    return out


def _lone_to_line(c: dict, page_no: int, tenths: dict[float, float]) -> Line:
    """:func:`_row_to_line` of a row of one character or stretch (half the lines of a page read by pdfium):
    one run, no gaps, its size the body size."""
    text, size = c["text"], c["size"]
    size = tenths[size] if size in tenths else tenths.setdefault(size, round(size, 1))
    fontname = c.get("fontname", "")
    bold = bool(fontname) and _bold_name(fontname) and len(text) > 0.6 * len(text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    run = Run(text=text, size=size, top=float(c["top"]), x0=float(c["x0"]))
    return Line(text=text.rstrip(), page=page_no, bold=bold, top=float(c["top"]), bottom=float(c["bottom"]),
                x0=float(c["x0"]), x1=float(c["x1"]), size=float(size), runs=[run])


@functools.lru_cache(maxsize=1024)
def _bold_name(fontname: object) -> bool:
    return "bold" in str(fontname).lower()


def _row_to_line(row: list[dict], page_no: int, tenths: dict[float, float] | None = None) -> Line:
    """A row of characters (or of stretches of characters, from the pdfium reader) as a line of runs
    (``tenths``: sizes rounded to a tenth, filled as they come)."""
    tenths = {} if tenths is None else tenths
    if len(row) == 1:
        return _lone_to_line(row[0], page_no, tenths)
    rounded: list[float] = []
    sizes: dict[float, int] = {}
    runs: list[Run] = []
    pieces: list[list[str]] = []
    prev_text, prev_x1, prev_size, run_size = None, 0.0, 0.0, None
    n_chars = n_bold = 0
    for c in row:
        text, c_size = c["text"], c["size"]
        size = tenths.get(c_size)
        if size is None:
            size = tenths[c_size] = round(c_size, 1)
        rounded.append(size)
        n_chars += len(text)
        fontname = c.get("fontname", "")
        if fontname and _bold_name(fontname):  # a falsy name says nothing of bold
            n_bold += len(text)
        sizes[size] = sizes.get(size, 0) + (len(text) if text.isalnum() else len("".join(text.split())))
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        if prev_text is not None:
            gap = c["x0"] - prev_x1
            if ((gap > 0.22 * prev_size or gap > 0.22 * c_size) and not text[:1].isspace()
                    and not prev_text[-1:].isspace()):
                text = " " + text
        if run_size == size:
            pieces[-1].append(text)
        else:
            runs.append(Run(text="", size=size, top=float(c["top"]), x0=float(c["x0"])))
            pieces.append([text])
            run_size = size
        prev_text, prev_x1, prev_size = c["text"], c["x1"], c_size
    for run, parts in zip(runs, pieces):
        run.text = "".join(parts)
    body = max(sizes, key=sizes.__getitem__)  # the first of the commonest, as Counter.most_common(1)
    # A lone oversized glyph on a line (the Tweede Kamer logo "2") is decoration.
    runs = [r for r in runs if not (r.size > 2.5 * body and len(r.text.strip()) <= 2)] or runs
    text = "".join(r.text for r in runs).rstrip()
    main = row if len(sizes) == 1 else [c for c, size in zip(row, rounded) if size == body] or row
    return Line(text=text, page=page_no, bold=n_bold > 0.6 * n_chars, top=float(min(map(_TOP, main))),
                bottom=float(max(map(_BOTTOM, main))), x0=float(row[0]["x0"]),
                x1=float(row[-1]["x1"]), size=float(body), runs=runs)
