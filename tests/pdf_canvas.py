"""Drawing small test PDFs: a reportlab canvas addressed top-down, and tiny symbol fonts.

Positions are given top-down in points, as pdfplumber reports them, so a
test can say where things are. Symbol glyphs (☐ ☒ ✓ ✔ ✗, Wingdings codes)
come from tiny TrueType fonts drawn here with fontTools, so no system font
is needed: text extraction reads the ToUnicode map, not the outlines.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

A4 = (595.0, 842.0)
BODY = "Helvetica"
BOLD = "Helvetica-Bold"
SYMBOLS = "SymbolTest"  # ☐ ☒ ☑ ✓ ✔ ✗ ✘ ■ □ by their Unicode code points
WINGDINGS = "Wingdings"  # the same shapes at Wingdings codes (U+F0xx and their low bytes)
OPENSYMBOL = "OpenSymbol"  # LibreOffice's stand-in for Wingdings: the same private-use codes, ASCII as text
ZAPF = "ZapfDingbats"  # the standard PDF font: ✔ is code "4", ❏ is "o", ■ is "n"
TEXT = "TextTest"  # an embedded text font with a ToUnicode map, holding the soft hyphen (U+00AD)
TEXT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZáéíóúñÁÉÍÓÚÑü0123456789.,;:()/-\u00ad○●✓"

# --- fonts -----------------------------------------------------------------


def _polygon(pen, points):
    pen.moveTo(points[0])
    for point in points[1:]:
        pen.lineTo(point)
    pen.closePath()


def _square(pen, x0, y0, x1, y1, clockwise=True):
    corners = [(x0, y0), (x0, y1), (x1, y1), (x1, y0)]
    _polygon(pen, corners if clockwise else corners[:1] + corners[:0:-1])


def _box(pen):
    _square(pen, 60, -40, 740, 640)
    _square(pen, 130, 30, 670, 570, clockwise=False)


def _solid(pen):
    _square(pen, 60, -40, 740, 640)


def _tick(pen):
    _polygon(pen, [(120, 300), (210, 380), (330, 200), (640, 620), (720, 560), (330, 40)])


def _cross(pen):
    _polygon(pen, [(140, 40), (80, 100), (660, 620), (720, 560)])
    _polygon(pen, [(660, 40), (720, 100), (140, 620), (80, 560)])


SHAPES: dict[str, tuple[Callable, ...]] = {
    "box": (_box,),
    "solid": (_solid,),
    "tick": (_tick,),
    "cross": (_cross,),
    "box_tick": (_box, _tick),
    "box_cross": (_box, _cross),
}
SYMBOL_CODES = {
    "☐": "box",
    "□": "box",
    "☑": "box_tick",
    "☒": "box_cross",
    "■": "solid",
    "•": "solid",
    "✓": "tick",
    "✔": "tick",
    "✗": "cross",
    "✘": "cross",
    "○": "box",  # a hollow circle drawn as an outline (the text layer says which)
    "◯": "box",
    "●": "solid",
    "⬤": "solid",
}
# Wingdings as Word exports it: private-use U+F0xx, sometimes the bare low byte.
WINGDINGS_CODES = {
    "\uf06f": "box",
    "\uf0a8": "box",
    "\uf0fe": "box_tick",
    "\uf0fd": "box_cross",
    "\uf06e": "solid",
    "\uf0fc": "tick",
    "\uf0fb": "cross",
    "o": "box",
    "\u00fe": "box_tick",
    "\u00fd": "box_cross",
    "n": "solid",
}


def font_bytes(family: str, codes: dict[str, str]) -> bytes:
    """A minimal TrueType font named `family` drawing each code point as its named shape."""
    glyphs: dict[str, object] = {}
    pen = TTGlyphPen(None)
    glyphs[".notdef"] = pen.glyph()
    glyphs["space"] = TTGlyphPen(None).glyph()
    cmap = {0x20: "space"}
    for char, shape in codes.items():
        if shape not in glyphs:
            pen = TTGlyphPen(None)
            for draw in SHAPES[shape]:
                draw(pen)
            glyphs[shape] = pen.glyph()
        cmap[ord(char)] = shape
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(list(glyphs))
    builder.setupCharacterMap(cmap)
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (800 if name != ".notdef" else 500, 0) for name in glyphs})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": family, "styleName": "Regular", "psName": f"{family}-Regular"})
    builder.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200, fsType=0)
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


@cache
def register_fonts() -> None:
    """Make the symbol fonts known to reportlab (once per process)."""
    pdfmetrics.registerFont(TTFont(SYMBOLS, io.BytesIO(font_bytes(SYMBOLS, SYMBOL_CODES))))
    pdfmetrics.registerFont(TTFont(WINGDINGS, io.BytesIO(font_bytes(WINGDINGS, WINGDINGS_CODES))))
    private_use = {char: shape for char, shape in WINGDINGS_CODES.items() if ord(char) >= 0xF000}
    private_use["\uf0b7"] = "solid"  # Word's Symbol list bullet, which LibreOffice prints with OpenSymbol
    pdfmetrics.registerFont(TTFont(OPENSYMBOL, io.BytesIO(font_bytes(OPENSYMBOL, private_use))))
    # every glyph a block: text extraction reads the ToUnicode map, not the outlines
    pdfmetrics.registerFont(TTFont(TEXT, io.BytesIO(font_bytes(TEXT, dict.fromkeys(TEXT_CHARS, "solid")))))


def typeset(text: str, measure: float, size: float, font: str = BODY) -> list[str]:
    """`text` broken into lines as a typesetter fills them: as many words as fit in `measure` points."""
    lines: list[str] = []
    for word in text.split():
        if lines and pdfmetrics.stringWidth(f"{lines[-1]} {word}", font, size) <= measure:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


# --- a canvas addressed top-down ----------------------------------------------


class Sheet:
    """A reportlab canvas addressed top-down (pdfplumber's `top`), one page after another."""

    def __init__(self, path: Path | str, size: tuple[float, float] = A4):
        register_fonts()
        self.width, self.height = size
        self.canvas = canvas.Canvas(str(path), pagesize=size, invariant=1)

    def text(self, x: float, top: float, text: str, size: float = 10, font: str = BODY) -> float:
        """Draw one line whose glyphs start about `top`; returns the line's bottom."""
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, self.height - top - 0.8 * size, text)
        return top + size

    def small_capitals(
        self, x: float, top: float, text: str, size: float, small: float, font: str = BODY, spacing: float = 0.0
    ) -> float:
        """`text` in small capitals (CSS `font-variant: small-caps`): a capital at `size` points, a
        lower-case letter as its capital at `small`, on one baseline, `spacing` points added after
        each character (CSS `letter-spacing`); returns the line's bottom."""
        runs: list[tuple[str, float]] = []
        for char in text:
            at = small if char.islower() else size
            if runs and runs[-1][1] == at:
                runs[-1] = (runs[-1][0] + char.upper(), at)
            else:
                runs.append((char.upper(), at))
        for run, at in runs:
            self.canvas.setFont(font, at)
            self.canvas.drawString(x, self.height - top - 0.8 * size, run, charSpace=spacing)
            x += pdfmetrics.stringWidth(run, font, at) + spacing * len(run)
        return top + size

    def lines(
        self, x: float, top: float, lines: Iterable[str], size: float = 10, font: str = BODY, leading: float = 1.3
    ) -> float:
        """A paragraph given line by line (so line breaks and hyphens are the test's); returns its bottom."""
        for line in lines:
            self.text(x, top, line, size, font)
            top += leading * size
        return top

    def ficha_head(
        self,
        sections: Iterable[tuple[str, str]],
        title: str = "Escuela de oficios para mujeres migrantes",
        label: str = "MUNICIPALIDAD PUENTE ALTO",
    ) -> float:
        """A ficha's title (20 pt bold), municipality label (10 pt bold) and `sections` (heading 12 pt
        bold, one line of 10 pt text each) down the left margin; returns the top under the last one."""
        self.text(45, 50, title, 20, BOLD)
        self.text(45, 85, label, 10, BOLD)
        return self.sections(115.0, sections)

    def sections(self, top: float, sections: Iterable[tuple[str, str]], x: float = 45) -> float:
        """`sections` down the page from `top`: each heading 12 pt bold over its one line of 10 pt
        text; returns the top under the last one."""
        for heading, text in sections:
            top = self.text(x, top, heading, 12, BOLD) + 6
            top = self.text(x, top, text, 10, BODY) + 16
        return top

    def ballot_list(self, x: float, top: float, labels: Sequence[str], checked: Iterable[int], pitch: float) -> float:
        """Rows of a ballot glyph (☒ for the indexes in `checked`, ☐ otherwise) and its label 14 pt right
        of it, 10 pt, `pitch` points apart from `top`; returns the top under the last row."""
        marked = set(checked)
        for n, label in enumerate(labels):
            self.text(x, top, "☒" if n in marked else "☐", 10, SYMBOLS)
            self.text(x + 14, top, label, 10, BODY)
            top += pitch
        return top

    def rect(
        self,
        x: float,
        top: float,
        w: float,
        h: float,
        stroke: bool = True,
        fill: float | str | None = None,
        radius: float = 0.0,
        line_width: float = 0.8,
    ) -> None:
        """A rectangle; `fill` is a grey level (0 black .. 1 white) or a hex colour; `radius` rounds it (curves)."""
        c = self.canvas
        c.setLineWidth(line_width)
        if isinstance(fill, str):
            c.setFillColorRGB(*(int(fill[i : i + 2], 16) / 255 for i in (0, 2, 4)))
        elif fill is not None:
            c.setFillGray(fill)
        y = self.height - top - h
        if radius:
            c.roundRect(x, y, w, h, radius, stroke=int(stroke), fill=int(fill is not None))
        else:
            c.rect(x, y, w, h, stroke=int(stroke), fill=int(fill is not None))
        c.setFillGray(0)

    def line(self, x0: float, top0: float, x1: float, top1: float, width: float = 0.8) -> None:
        self.canvas.setLineWidth(width)
        self.canvas.line(x0, self.height - top0, x1, self.height - top1)

    def polyline(self, points: Sequence[tuple[float, float]], width: float = 1.2) -> None:
        """An open path through the points (drawn as one curve object)."""
        path = self.canvas.beginPath()
        path.moveTo(points[0][0], self.height - points[0][1])
        for x, top in points[1:]:
            path.lineTo(x, self.height - top)
        self.canvas.setLineWidth(width)
        self.canvas.drawPath(path, stroke=1, fill=0)

    def bezier(self, start, control1, control2, end, width: float = 1.2) -> None:
        path = self.canvas.beginPath()
        path.moveTo(start[0], self.height - start[1])
        path.curveTo(
            control1[0], self.height - control1[1], control2[0], self.height - control2[1], end[0], self.height - end[1]
        )
        self.canvas.setLineWidth(width)
        self.canvas.drawPath(path, stroke=1, fill=0)

    def picture(self, x: float, top: float, w: float, h: float, image: Image.Image | bytes) -> None:
        """A placed image (reportlab's `drawImage`, its alpha kept as a soft mask; JPEG file bytes
        embedded as they are, DCT-encoded) in the box `x`, `top`, `w` x `h` points."""
        source = ImageReader(io.BytesIO(image) if isinstance(image, bytes) else image)
        self.canvas.drawImage(source, x, self.height - top - h, w, h, mask="auto")

    def next_page(self) -> None:
        self.canvas.showPage()

    def save(self) -> None:
        self.canvas.save()


# --- pictures --------------------------------------------------------------


def tick_picture(pixels: int = 48, colour: tuple[int, int, int] = (20, 110, 40)) -> Image.Image:
    """A tick icon as a picture: a thick check mark on a transparent ground (RGBA, `pixels` square)."""
    image = Image.new("RGBA", (pixels, pixels), (0, 0, 0, 0))
    scale = pixels / 48
    points = [(8 * scale, 26 * scale), (19 * scale, 37 * scale), (40 * scale, 10 * scale)]
    ImageDraw.Draw(image).line(points, fill=(*colour, 255), width=round(6 * scale), joint="curve")
    return image


def box_picture(pixels: int = 48, ticked: bool = False) -> Image.Image:
    """A checkbox drawn as a picture: a thin square outline on a transparent ground, with a tick in
    it when `ticked` (RGBA, `pixels` square)."""
    image = tick_picture(pixels, (200, 30, 30)) if ticked else Image.new("RGBA", (pixels, pixels), (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle(
        (2, 2, pixels - 3, pixels - 3), outline=(60, 60, 60, 255), width=max(2, pixels // 16)
    )
    return image


def photo_picture(width: int = 320, height: int = 200) -> Image.Image:
    """A photo-like picture: a dark gradient (RGB)."""
    image = Image.new("RGB", (width, height))
    image.putdata([((x * 3) % 256, (y * 2) % 256, 90) for y in range(height) for x in range(width)])
    return image


def jpeg_bytes(image: Image.Image) -> bytes:
    """`image` laid over white and encoded as a JPEG file (a picture a PDF holds DCT-encoded)."""
    flat = Image.new("RGB", image.size, (255, 255, 255))
    flat.paste(image, mask=image.getchannel("A") if image.mode == "RGBA" else None)
    stream = io.BytesIO()
    flat.save(stream, format="JPEG", quality=90)
    return stream.getvalue()
