"""Device colours as PDFium paints them, so both page sources give one colour for one fill.

PDFium converts a DeviceCMYK colour to sRGB by its own table (Adobe's CMYK-to-sRGB conversion,
`core/fxge/dib/cfx_cmyk_to_srgb.cpp`, not a formula) and hands back only the result as bytes;
pdfminer hands back the four components. The reference source asks PDFium itself for each
distinct CMYK colour (`cmyk_as_pdfium`: a one-path PDF in memory, memoised per colour), so a
box's fill has one luminance and one hex colour whichever engine read it.
"""

from __future__ import annotations

import ctypes
from functools import lru_cache

import pypdfium2 as pdfium
import pypdfium2.raw as raw

RGB = tuple[float, float, float]


def _one_fill_pdf(operator: str) -> bytes:
    """A one-page PDF (1 x 1 pt) whose content is one rect filled after `operator` ("c m y k k")."""
    content = f"{operator} 0 0 1 1 re f".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1 1] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@lru_cache(maxsize=4096)
def cmyk_as_pdfium(c: float, m: float, y: float, k: float) -> RGB | None:
    """The sRGB fractions (each a byte / 255) PDFium paints a DeviceCMYK fill of these components
    (0..1) in: what the pdfium source reads of such a fill; None if PDFium gives no colour."""
    operator = " ".join(f"{min(max(v, 0.0), 1.0):.6f}" for v in (c, m, y, k)) + " k"
    doc = pdfium.PdfDocument(_one_fill_pdf(operator))
    try:
        page = doc[0]
        try:
            if raw.FPDFPage_CountObjects(page.raw) < 1:
                return None
            obj = raw.FPDFPage_GetObject(page.raw, 0)
            r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
            if not raw.FPDFPageObj_GetFillColor(obj, r, g, b, a):
                return None
            return (r.value / 255, g.value / 255, b.value / 255)
        finally:
            page.close()
    finally:
        doc.close()


def as_pdfium(colour: object) -> object:
    """A pdfminer fill colour as the pdfium source gives the same fill: a DeviceCMYK 4-tuple as
    PDFium's sRGB; anything else as it is."""
    if isinstance(colour, (list, tuple)) and len(colour) == 4:
        try:
            c, m, y, k = (float(v) for v in colour)
        except (TypeError, ValueError):
            return colour
        converted = cmyk_as_pdfium(c, m, y, k)
        return colour if converted is None else converted
    return colour
