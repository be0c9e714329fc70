"""Hostile PDFs get text or a clear status, never a traceback, a hang or all the memory (issue 11).

Every PDF is written here at run time: turned pages, many pages, bombs of text operators and of FlateDecode,
cut-off files, a broken xref table and files encrypted with the standard security handler (RC4, 40 bits; the
cipher is pdfminer's own). The heavy cases run at a reduced size; ``PIPELINE_STRESS=1`` runs them at full
size (1,500 pages, a million text operators, a stream inflating to 512 MB) under the default bounds.
"""

from __future__ import annotations

import hashlib
import os
import resource
import struct
import zlib
from collections.abc import Callable

import pytest
from conftest import hand_made_pdf, pdf_stream

from pipeline.ingest import IngestError, read_document
from pipeline.settings import settings
from pipeline.text import clean_document

STRESS = os.environ.get("PIPELINE_STRESS") == "1"
BACKENDS = ["pdfplumber", "pdfium"]
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
LETTER = ["Geachte voorzitter,", "Hierbij zend ik u de brief over de begroting.", "Hoogachtend,", "De minister"]


# --- writing PDFs ---------------------------------------------------------------------------------


def text_ops(lines: list[str], origin: tuple[int, int] = (72, 760), matrix: tuple[int, int, int, int] = (1, 0, 0, 1),
             size: int = 11) -> bytes:
    """Text operators setting ``lines`` from ``origin`` with the text matrix's (a, b, c, d): each line one
    leading further against the text's up direction (c, d)."""
    a, b, c, d = matrix
    out = []
    for k, line in enumerate(lines):
        x, y = origin[0] - 14 * k * c, origin[1] - 14 * k * d
        text = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        out.append(b"BT /F1 %d Tf %d %d %d %d %d %d Tm (%s) Tj ET" % (size, a, b, c, d, x, y, text))
    return b"\n".join(out)


def flate_stream(data: bytes | Callable[[], bytes], layers: int = 1, repeat: int = 1) -> bytes:
    """A stream object of ``data`` (``repeat`` times, compressed piece by piece: a bomb is never whole in
    memory) under ``layers`` FlateDecode filters."""
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(data) for _ in range(repeat)) + packer.flush()
    for _ in range(layers - 1):
        body = zlib.compress(body, 9)
    filters = b" ".join([b"/FlateDecode"] * layers)
    return b"<< /Length %d /Filter [%s] >>\nstream\n" % (len(body), filters) + body + b"\nendstream"


def pages_pdf(contents: list[bytes], rotate: int | None = None, stream: Callable[[bytes], bytes] = pdf_stream,
              trailer: bytes = b"", extra: list[bytes] = ()) -> bytes:
    """A PDF of one page per content stream (A4, Helvetica as /F1); ``stream`` writes a stream object of a
    content; ``extra`` objects follow the pages."""
    n = len(contents)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(n))
    rot = b" /Rotate %d" % rotate if rotate is not None else b""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n), FONT]
    for k, content in enumerate(contents):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >>%s >>" % (5 + 2 * k, rot))
        objects.append(stream(content))
    return hand_made_pdf(objects + list(extra), trailer)


def many_pages(n: int, lines: int = 20) -> bytes:
    """``n`` pages of ``lines`` lines each (about a kilobyte a page, as the 1,500-page file of the issue)."""
    body = [f"Regel {j} van de brief over de begroting en de uitvoering daarvan." for j in range(lines)]
    return pages_pdf([text_ops([f"Pagina {k + 1} van de brief.", *body]) for k in range(n)])


PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


def rc4(key: bytes, data: bytes) -> bytes:
    from pdfminer.arcfour import Arcfour

    return Arcfour(key).process(data)


def encrypted_pdf(user: bytes, owner: bytes = b"eigenaar") -> bytes:
    """The letter on one page, encrypted with the standard security handler revision 2 (RC4, 40-bit key): an
    empty ``user`` password opens it for everyone (only the owner's rights are protected)."""
    doc_id, perms = hashlib.md5(b"hostile").digest(), -4
    o_value = rc4(hashlib.md5((owner + PAD)[:32]).digest()[:5], (user + PAD)[:32])
    key = hashlib.md5((user + PAD)[:32] + o_value + struct.pack("<i", perms) + doc_id).digest()[:5]
    u_value = rc4(key, PAD)
    content_obj = 5  # pages_pdf puts the first page's content stream in object 5

    def sealed(content: bytes) -> bytes:
        object_key = hashlib.md5(key + content_obj.to_bytes(3, "little") + b"\0\0").digest()[:10]
        return pdf_stream(rc4(object_key, content))

    encrypt = b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P %d /O <%s> /U <%s> >>" % (
        perms, o_value.hex().encode(), u_value.hex().encode())
    trailer = b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (doc_id.hex().encode(), doc_id.hex().encode())
    return pages_pdf([text_ops(LETTER)], stream=sealed, trailer=trailer, extra=[encrypt])


# --- reading --------------------------------------------------------------------------------------


def read(tmp_path, data: bytes, backend: str = "pdfplumber", **limits: str):
    """The cleaned document of ``data``; ``limits`` are PIPELINE_* settings for this read only."""
    path = tmp_path / "brief.pdf"
    path.write_bytes(data)
    env = {"PIPELINE_PDF_BACKEND": backend, **{f"PIPELINE_{k.upper()}": v for k, v in limits.items()}}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    settings.cache_clear()
    try:
        return clean_document(read_document(path), "brief")
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k)
            else:
                os.environ[k] = v
        settings.cache_clear()


def refused(tmp_path, data: bytes, backend: str = "pdfplumber", **limits: str) -> IngestError:
    with pytest.raises(IngestError) as err:
        read(tmp_path, data, backend, **limits)
    return err.value
