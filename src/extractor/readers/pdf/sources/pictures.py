"""What both page sources tell of a placed image: its digest and its ink, measured alike.

An image's `digest` is a hash of its stream's encoded bytes (what pdfminer's `get_rawdata` and
PDFium's `FPDFImageObj_GetImageDataRaw` give: the same bytes), so two placements of one picture
share it. Its `ink` is the share of its pixels that are dark (`picture_dark`) once the picture is
laid over white with its soft mask (/SMask) applied: a tick's picture has more ink than an empty
box's. Only small images are read (`picture_ink_pixels`: a mark's picture, never a photo's cost),
and only those both engines decode alike: 8 bits a component, grey or RGB (device, calibrated or
ICC-based), Flate-, LZW- or DCT-encoded (ASCII encodings over them, or not encoded), a /Decode
array plain or inverted, no stencil nor colour-key mask; any other gets no ink (None), whichever
engine read it. PDFium renders the image at its pixel size, pdfminer's samples are decoded here
(Pillow): their inks agree within a JPEG decoder's difference.
"""

from __future__ import annotations

import hashlib
from io import BytesIO
from typing import Any

from PIL import Image, ImageOps

from ....settings import LAYOUT, LayoutSettings

DIGITS = 16  # hex digits of a digest kept
INK_DECIMALS = 3  # an ink share is rounded to this many decimals
READ_FILTERS = frozenset(  # the encodings whose ink is measured (both engines decode them)
    {"FlateDecode", "Fl", "DCTDecode", "DCT", "ASCII85Decode", "A85", "ASCIIHexDecode", "AHx", "LZWDecode", "LZW"}
)
IMAGE_FILTERS = frozenset({"DCTDecode", "DCT"})  # encodings whose decoded bytes are a picture file (JPEG)


def digest(raw: bytes) -> str:
    """A picture's design key: a hash of its stream's encoded bytes."""
    return hashlib.sha1(raw, usedforsecurity=False).hexdigest()[:DIGITS]


def measured(pixels: int, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether an image of `pixels` pixels is small enough to be read (`picture_ink_pixels`)."""
    return 0 < pixels <= settings.picture_ink_pixels


def dark_share(picture: Image.Image, settings: LayoutSettings = LAYOUT) -> float:
    """The share (0..1, `INK_DECIMALS`) of `picture`'s pixels that are dark (luminance under
    `picture_dark`) when it is laid over white (its alpha, if any, applied)."""
    rgba = picture.convert("RGBA")
    white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    grey = Image.alpha_composite(white, rgba).convert("L")
    limit = settings.picture_dark * 255
    histogram = grey.histogram()
    dark = sum(histogram[: int(limit) + (0 if limit.is_integer() else 1)])
    total = grey.size[0] * grey.size[1]
    return round(dark / total, INK_DECIMALS) if total else 0.0


def _name(value: Any) -> str | None:
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral

    value = resolve1(value)
    if isinstance(value, PSLiteral):
        return value.name if isinstance(value.name, str) else value.name.decode("latin-1")
    return None


def _components(space: Any) -> int | None:
    """Components of a pdfminer colour space read here: 1 (grey) or 3 (RGB), None otherwise."""
    from pdfminer.pdftypes import PDFStream, resolve1

    space = resolve1(space)
    name = _name(space)
    if name in ("DeviceGray", "CalGray", "G"):
        return 1
    if name in ("DeviceRGB", "CalRGB", "RGB"):
        return 3
    if isinstance(space, list) and space:
        family = _name(space[0])
        if family in ("CalGray", "CalRGB"):
            return 1 if family == "CalGray" else 3
        if family == "ICCBased" and len(space) > 1:
            profile = resolve1(space[1])
            count = resolve1(profile.attrs.get("N")) if isinstance(profile, PDFStream) else None
            return count if count in (1, 3) else None
    return None


def _samples(stream: Any, components: int) -> Image.Image | None:
    """A pdfminer image stream's pixels (grey or RGB), None when not read here."""
    from pdfminer.pdftypes import resolve1

    width, height = resolve1(stream.attrs.get("Width")), resolve1(stream.attrs.get("Height"))
    if not isinstance(width, int) or not isinstance(height, int) or width <= 0 or height <= 0:
        return None
    filters = [_name(f) or "" for f, _ in stream.get_filters()]
    if not set(filters) <= READ_FILTERS or resolve1(stream.attrs.get("BitsPerComponent")) != 8:
        return None
    decode = resolve1(stream.attrs.get("Decode"))
    decode = [resolve1(v) for v in decode] if isinstance(decode, list) else None
    if decode is not None and decode not in ([0, 1] * components, [1, 0] * components):
        return None
    data = stream.get_data()
    picture: Image.Image
    if filters and filters[-1] in IMAGE_FILTERS:
        picture = Image.open(BytesIO(data))
        picture.load()
        if picture.size != (width, height):
            return None
    else:
        if len(data) < width * height * components:
            return None
        picture = Image.frombytes(
            "L" if components == 1 else "RGB", (width, height), data[: width * height * components]
        )
    return (
        ImageOps.invert(picture.convert("L" if components == 1 else "RGB"))
        if decode == [1, 0] * components
        else picture
    )


def stream_ink(stream: Any, settings: LayoutSettings = LAYOUT) -> float | None:
    """The ink (`dark_share`) of a pdfminer image stream, its /SMask applied; None when the image is
    too large (`measured`) or of a kind not read here (see the module's note)."""
    from pdfminer.pdftypes import PDFStream, resolve1

    attrs = stream.attrs
    width, height = resolve1(attrs.get("Width")), resolve1(attrs.get("Height"))
    if not isinstance(width, int) or not isinstance(height, int) or not measured(width * height, settings):
        return None
    if resolve1(attrs.get("ImageMask")) or attrs.get("Mask") is not None:
        return None
    components = _components(attrs.get("ColorSpace"))
    picture = _samples(stream, components) if components else None
    if picture is None:
        return None
    mask = resolve1(attrs.get("SMask"))
    if isinstance(mask, PDFStream):
        alpha = _samples(mask, 1)
        if alpha is None:
            return None
        picture = picture.convert("RGB")
        picture.putalpha(alpha.convert("L").resize(picture.size, Image.Resampling.NEAREST))
    return dark_share(picture, settings)
