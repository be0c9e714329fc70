"""A pdfium text page read in bulk: stretches of characters that share a box line, with their size and position.

:func:`pipeline.ingest.pdf.chars_to_lines` builds lines from "characters" (dicts with text, x0, x1, top,
bottom, size, fontname, matrix). Asking pdfium for six attributes of every character from Python costs about
ten times pdfium's own text extraction, so this module asks in bulk:

- the page's whole text in one ``FPDFText_GetText`` call, and which characters have no Unicode
  (``FPDFText_HasUnicodeMapError``, asked for every character: a font's map can lack single codes, so no
  sample of a page or font would do);
- every character's loose box (font ascent to descent) into one ctypes array, the calls driven by ``map`` (no
  Python bytecode per character), read as a numpy array;
- cuts, with numpy, where the next kept character has another top or bottom, goes backwards, or leaves a gap
  of a tenth of the box height (less than the gap :func:`_row_to_line` turns into a space);
- font size and matrix once per stretch (a stretch after a gap on the same box line keeps those of the one
  before), boldness (by font name, as pdfminer reads it; read once per font) at its first and last character;
  a stretch whose ends disagree is split into its characters.

Within a stretch every character has the same top and bottom and follows its neighbour without a gap, so the
line builder treats the stretch as it treats its characters one by one: same row, no space inside, no column
break inside. pdfium's generated characters (the spaces and line ends it adds itself, all without width) are
dropped, as in the per-character reader; a glyph without Unicode becomes pdfminer's ``(cid:0)``. A page whose
text does not map one to one onto its characters (UTF-16 surrogates) is read character by character.

The calls made once per character go through ctypes by its cheapest path (:func:`_unchecked`: the GIL kept,
the text page passed by reference, arrays of rect references and indices made once, no result conversion
where none is needed). Measured on ../shared/corpus/pdf: ``read_document`` about 2.4-2.6x pypdfium2's plain
text (``bench/bench_pdf_readers.py``, ``bench/bench.py read``; 2.3x in instructions), against 15x for one
call per attribute and character.
"""

from __future__ import annotations

import ctypes
import struct
import threading
from collections import deque
from collections.abc import Callable
from itertools import repeat

import numpy as np
import pypdfium2.raw as pdfium_c

GAP_SHARE = 0.1  # a gap over this share of the box height ends a stretch (_row_to_line's space is 0.22 size)
_RECT = ctypes.sizeof(pdfium_c.FS_RECTF)
_ABCD = struct.Struct("4f").unpack_from  # FS_MATRIX: a, b, c, d, e, f as C floats


def _bare(function, restype, *argtypes):
    """A pdfium function with plain argument types (the handle and struct pointers as addresses): ctypes then
    converts no wrapper objects, which halves the cost of a call made thousands of times a page."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)


def _unchecked(function, restype):
    """A pdfium function called without argument types and without releasing the GIL, for the calls made once
    per character: given the text page as :func:`page_ref`, an index as a Python int and an address as
    ``ctypes.byref`` (of an array, with an offset), ctypes copies each as it is, by its cheapest path (a pointer
    or ``c_void_p`` object costs a conversion and a format lookup per argument, an argument type a conversion
    call). Releasing and taking back the GIL costs a fifth of such a call; pdfium returns at once."""
    return ctypes.PYFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value)


_CTYPES_INTERNALS = hasattr(ctypes, "_CFuncPtr") and hasattr(ctypes, "_FUNCFLAG_PYTHONAPI")


def _int_result(function):
    """An :func:`_unchecked` function whose C int result ctypes reads straight into a Python int: a function type
    without ``_restype_`` (ctypes' own default) skips the format lookup a restype of ``c_int`` costs per call. It
    is made from ctypes' internals (what ``PYFUNCTYPE`` is built from); where they are gone, the public way."""
    if not _CTYPES_INTERNALS:
        return _unchecked(function, ctypes.c_int)

    class IntResult(ctypes._CFuncPtr):
        _flags_ = ctypes._FUNCFLAG_CDECL | ctypes._FUNCFLAG_PYTHONAPI

    return IntResult(ctypes.cast(function, ctypes.c_void_p).value)


def page_ref(tp):
    """The text page (pypdfium2's pointer) as a by-reference argument, which ctypes passes on by copying it."""
    return ctypes.byref(tp.contents)


_V, _I = ctypes.c_void_p, ctypes.c_int
_LOOSE_BOX = _unchecked(pdfium_c.FPDFText_GetLooseCharBox, None)  # its result (0 for a bad index) unread
_MATRIX = _unchecked(pdfium_c.FPDFText_GetMatrix, None)
_FONT_SIZE = _unchecked(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_FONT_WEIGHT = _bare(pdfium_c.FPDFText_GetFontWeight, _I, _V, _I)
_FONT_INFO = _bare(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong, _V, _I, _V, ctypes.c_ulong, _V)
_IS_GENERATED = _bare(pdfium_c.FPDFText_IsGenerated, _I, _V, _I)
_MAP_ERROR = _int_result(pdfium_c.FPDFText_HasUnicodeMapError)
_TEXT_OBJECT = _unchecked(pdfium_c.FPDFText_GetTextObject, _V)
_OBJECT_FONT = _bare(pdfium_c.FPDFTextObj_GetFont, _V, _V)
UNMAPPED = "(cid:0)"  # a glyph without Unicode, written as pdfminer writes it: drop_unmapped_glyphs decides


def page_stretches(tp, n_chars: int, x_left: float, y_top: float) -> list[dict] | None:
    """The page's characters as stretches (see the module docstring), in PDF text order; None when the bulk
    text does not line up with the characters."""
    units = _page_units(tp, n_chars)
    if units is None:
        return None
    idx = np.flatnonzero((units != 13) & (units != 10))  # not line ends
    kept = _loose_boxes(tp, idx.tolist())
    keep = _kept(tp, units[idx], idx, kept[:, 2] - kept[:, 0])
    idx, kept = idx[keep], kept[keep]
    if not len(idx):
        return []
    text = units[idx].tobytes().decode("utf-16-le", errors="surrogatepass")
    kept[:, [0, 2]] -= x_left
    kept[:, [1, 3]] = y_top - kept[:, [1, 3]]  # (x0, top, x1, bottom) from the page's top left
    x0, top, x1, bottom = kept[:, 0], kept[:, 1], kept[:, 2], kept[:, 3]
    same_line = np.zeros(len(idx), dtype=bool)  # same top and bottom as the character before
    same_line[1:] = (np.abs(top[1:] - top[:-1]) <= 0.01) & (np.abs(bottom[1:] - bottom[:-1]) <= 0.01)
    cut = ~same_line
    cut[1:] |= (x0[1:] < x0[:-1]) | (x0[1:] - x1[:-1] > GAP_SHARE * (bottom - top)[1:])
    unmapped = units[idx] == 0  # a stretch of its own, so that its text can be UNMAPPED
    cut |= unmapped
    cut[1:] |= unmapped[:-1]
    starts = np.flatnonzero(cut)
    lasts = np.append(starts[1:], len(idx)) - 1
    font_of, bold_of = font_reader(tp, pdfium_c.FS_MATRIX())
    out: list[dict] = []
    font = (0.0, (1.0, 0.0, 0.0, 1.0), False)
    for a, z, first, last, left, right, up, down, gap_only in zip(
            starts.tolist(), lasts.tolist(), idx[starts].tolist(), idx[lasts].tolist(), x0[starts].tolist(),
            x1[lasts].tolist(), top[starts].tolist(), bottom[starts].tolist(), same_line[starts].tolist()):
        # The same top and bottom of the loose box (ascent to descent times size) keep the size and matrix,
        # after a gap too; a change of weight inside (a bold word) shows at the last character or not at all
        # (the stretch counts as its first character).
        if not gap_only:
            font = font_of(first)
        elif bold_of(first) != font[2]:
            font = (font[0], font[1], not font[2])
        if z > a and bold_of(last) != font[2]:
            out.extend(_char(text[k], *kept[k, :].tolist(), font_of(int(idx[k]))) for k in range(a, z + 1))
        else:
            piece = text[a:z + 1] if text[a] != "\x00" else UNMAPPED
            out.append({"text": piece, "x0": left, "x1": right, "top": up, "bottom": down, "size": font[0],
                        "matrix": font[1], "fontname": "bold" if font[2] else ""})
    return out


def _char(text: str, x0: float, top: float, x1: float, bottom: float, font: tuple) -> dict:
    size, matrix, bold = font
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": size, "matrix": matrix,
            "fontname": "bold" if bold else ""}


def font_reader(tp, matrix) -> tuple[Callable[[int], tuple[float, tuple[float, float, float, float], bool]],
                                               Callable[[int], bool]]:
    """Readers of a character's size (scaled by the text matrix), matrix and boldness, and of its boldness
    alone, by index (``tp``: the text page, pypdfium2's pointer; ``matrix``: an FS_MATRIX to fill).

    Boldness is the font's: it is read once per font (found through the character's text object, two cheap
    calls) instead of copying the font's name for every character asked."""
    handle = ctypes.cast(tp, ctypes.c_void_p).value
    ref = page_ref(tp)
    matrix_ref = ctypes.byref(matrix)
    name = ctypes.create_string_buffer(128)
    name_address = ctypes.addressof(name)
    by_object: dict[int | None, bool] = {}
    by_font: dict[int | None, bool] = {}

    def read_bold(k: int) -> bool:
        """A bold face by its name, as pdfminer's reader sees it ('Arial-BoldMT'); by weight without a name
        (pdfium's weight comes from the stem width and says 400 for many bold fonts)."""
        if _FONT_INFO(handle, k, name_address, 128, None):
            return b"bold" in name.value.lower()
        return _FONT_WEIGHT(handle, k) >= 600

    def bold(k: int) -> bool:
        text_object = _TEXT_OBJECT(ref, k)
        got = by_object.get(text_object)
        if got is None:
            pdf_font = _OBJECT_FONT(text_object) if text_object else None
            got = by_font.get(pdf_font)
            if got is None or pdf_font is None:
                got = by_font[pdf_font] = read_bold(k)
            by_object[text_object] = got
        return got

    def font(k: int) -> tuple[float, tuple[float, float, float, float], bool]:
        _MATRIX(ref, k, matrix_ref)
        a, b, c, d = _ABCD(matrix)  # the floats of the FS_MATRIX fields, in one call
        return _FONT_SIZE(ref, k) * ((b ** 2 + d ** 2) ** 0.5 or 1.0), (a, b, c, d), bold(k)
    return font, bold


def _page_units(tp, n_chars: int) -> np.ndarray | None:
    """The page's characters as UTF-16 code units, one per character, from one call; a line-end hyphen (code
    2, soft hyphen) becomes '-', other U+FFFE a line end (left out); a glyph without Unicode is NUL. None when
    a character takes two units."""
    buf = (ctypes.c_ushort * (n_chars + 1))()
    got = pdfium_c.FPDFText_GetText(tp, 0, n_chars, buf) if n_chars else 1
    if got - 1 != n_chars:
        return None
    units = np.frombuffer(buf, dtype=np.uint16)[:n_chars].copy()
    if ((units >= 0xD800) & (units <= 0xDFFF)).any():
        return None
    for k in np.flatnonzero((units == 0xFFFE) | (units == 0xAD)).tolist():
        units[k] = 0x2D if pdfium_c.FPDFText_GetUnicode(tp, k) in (2, 0xAD) else 13
    units[unmapped(tp, n_chars)] = 0
    return units


def unmapped(tp, n_chars: int) -> np.ndarray:
    """Which characters pdfium has no Unicode for (a font without ToUnicode map, whose codes it passes on as
    if they were letters: 'ABCDEFG' for glyphs 1 to 7), by one C-driven loop."""
    flags = bytes(map(_MAP_ERROR, repeat(page_ref(tp), n_chars), _indices(n_chars)))  # 0 or 1 (-1: a bad index)
    return np.frombuffer(flags, dtype=np.int8) == 1


class _RectArray(threading.local):
    """A thread's rect array for :func:`_loose_boxes` with a ``ctypes.byref`` to each rect, made once and grown to
    the largest page: the references cost as much to make as the pdfium calls they are passed to."""

    rects = (pdfium_c.FS_RECTF * 0)()
    refs: list = []

    def at_least(self, n: int) -> tuple[ctypes.Array, list]:
        if len(self.refs) < n:
            size = max(n, 2 * len(self.refs))
            self.rects = (pdfium_c.FS_RECTF * size)()
            self.refs = list(map(ctypes.byref, repeat(self.rects, size), range(0, _RECT * size, _RECT)))
        return self.rects, self.refs


_RECTS = _RectArray()


_INDICES: list[int] = []


def _indices(n: int) -> list[int]:
    """0, 1, 2, ... (at least ``n``) as one list kept for the module: a ``range`` makes an int object per index."""
    global _INDICES
    if len(_INDICES) < n:
        _INDICES = list(range(max(n, 2 * len(_INDICES))))
    return _INDICES


def _loose_boxes(tp, indices: list[int]) -> np.ndarray:
    """The loose boxes of the characters at ``indices`` as rows of (left, top, right, bottom), filled by one
    C-driven loop."""
    n = len(indices)
    rects, refs = _RECTS.at_least(n)
    deque(map(_LOOSE_BOX, repeat(page_ref(tp), n), indices, refs), maxlen=0)
    return np.frombuffer(rects, dtype=np.float32, count=4 * n).reshape(n, 4).astype(np.float64)


def _kept(tp, units: np.ndarray, indices: np.ndarray, width: np.ndarray) -> np.ndarray:
    """Which of these characters the line builder gets: not pdfium's generated spaces, not glyphs without width
    (a space without width stays)."""
    keep = np.ones(len(units), dtype=bool)
    handle = ctypes.cast(tp, ctypes.c_void_p).value
    for k in np.flatnonzero(width <= 0).tolist():
        if units[k] != 0x20 or _IS_GENERATED(handle, int(indices[k])) == 1:
            keep[k] = False
    return keep
