"""The image page source: a page without a usable text layer, read from its picture.

Each page is rendered by pdfium (pypdfium2, pdfplumber's own dependency) at `OcrOptions.dpi`,
straightened (`scan.skew_angle`), and read twice: by image analysis (`scan.py`: fills, checkboxes,
rules, outlined panels) and by Tesseract (`tesseract.py`; hOCR output: words with boxes,
confidences, and each line's baseline and text size). Light text on dark regions is made dark on
white first (`scan.readable`). Words come ready-made (`SourcePage.words`, in points, top-left
origin): OCR gives words, not characters, and a character per letter spread over the word's box
would invent positions the word steps then read as facts. A word's size is its line's text size
(hOCR `x_size`, descender to ascender, times `scan_size`), its box reaches from `scan_descent`
sizes below the line's baseline to one size above that; it is bold when its strokes are at least
`scan_bold` sizes wide. OCR reads a page with its drawings painted out (`scan.without_drawings`:
checkboxes, bullets and a heading's square, frames around text), so it reads no word from them; words
it still read from a box's own outline or mark (`[_]`, `E)`) are dropped. A row of lone letters (a
month table's initials) is read again side by side in one line (`reread_letters`): Tesseract
misreads a letter standing alone.

Tesseract reads with one thread (`tesseract.py`): pages are spread over the workers.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree

import cv2
import numpy as np

from ....glyphs import OCR_FONT
from ....layout import OcrPage
from ....problems import Kind, describe, document_error
from ....settings import LAYOUT, SCAN, LayoutSettings
from ....vocab import month_number
from ...ocr import OcrOptions, unavailable
from .. import scan
from ..objects import Box, Graphic, SourcePage, Word
from . import tesseract

ENGINE_FONT = OCR_FONT  # the font name of OCR words ("OCR-Bold" when bold)


def _render(
    path: str, password: str | None, numbers: list[int], dpi: int
) -> Iterator[tuple[int, float, float, object]]:
    """(page number, width, height in points, RGB PIL image) of each page, rendered by pdfium."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(path, password=password)
    except pdfium.PdfiumError as error:
        raise document_error(Kind.damaged_pdf, path, f"damaged PDF: {describe(error)}") from error
    try:
        for number in numbers:
            page = document[number - 1]
            width, height = page.get_size()
            image = page.render(scale=dpi / 72).to_pil().convert("RGB")
            page.close()
            yield number, float(width), float(height), image
    finally:
        document.close()


def _title(node: ElementTree.Element) -> dict[str, list[str]]:
    """hOCR's title properties: "bbox 1 2 3 4; x_wconf 96" -> {"bbox": [...], "x_wconf": [...]}."""
    out = {}
    for part in (node.get("title") or "").split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}


@dataclass(frozen=True)
class OcrWord:
    """One word as Tesseract read it (pixels): box, text, confidence 0-100, and its line's baseline
    (y at the word's centre) and text size; `line` tells its line from others read in one call
    (a sloped line gives each of its words another baseline); `panel` whether it was read from a dark
    panel's text made dark on white (`scan.readable`); `initial` whether it was read again as one of a
    column of lone letters (`reread_column`: a one-column table's initials, no drawing's junk)."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    confidence: float
    baseline: float
    size: float
    line: int = 0
    panel: bool = False
    initial: bool = False


def _moved(word: OcrWord, dx: float, dy: float, **changes: Any) -> OcrWord:
    """`word` read on a crop, moved by (`dx`, `dy`) pixels onto the page, with `changes` to its other
    fields (`panel`, `size`, `line`)."""
    return dataclasses.replace(
        word,
        x0=word.x0 + dx,
        x1=word.x1 + dx,
        top=word.top + dy,
        bottom=word.bottom + dy,
        baseline=word.baseline + dy,
        **changes,
    )


def parse_hocr(hocr: bytes, first_line: int = 0) -> list[OcrWord]:
    """The words of a Tesseract hOCR page, each with its line's baseline and `x_size`, and its
    line's number (from `first_line` on)."""
    root = ElementTree.fromstring(hocr)
    words = []
    number = first_line - 1
    for line in root.iter():
        if not LINE_CLASSES & set((line.get("class") or "").split()):
            continue
        number += 1
        props = _title(line)
        lx0, _, _, ly1 = (float(v) for v in props["bbox"])
        slope, offset = (float(v) for v in props.get("baseline", ["0", "0"]))
        size = float(props.get("x_size", ["0"])[0])
        for node in line.iter():
            if node.get("class") != "ocrx_word":
                continue
            text = "".join(node.itertext()).strip()
            if not text:
                continue
            wp = _title(node)
            x0, top, x1, bottom = (float(v) for v in wp["bbox"])
            base = ly1 + offset + slope * ((x0 + x1) / 2 - lx0)
            words.append(
                OcrWord(
                    x0, top, x1, bottom, text, float(wp.get("x_wconf", ["0"])[0]), base, size or bottom - top, number
                )
            )
    return words


def _tesseract(
    image: np.ndarray, lang: str, dpi: int, layout: int = 3, variables: Mapping[str, str] | None = None
) -> bytes:
    """Tesseract's hOCR of `image` (page segmentation mode `layout`: 3 a page, 6 a block of text,
    7 a line; `variables` Tesseract's, as `hocr_char_boxes`): `tesseract.hocr`."""
    return tesseract.hocr(image, lang, dpi, layout, variables)


CHAR_BOXES = {"hocr_char_boxes": "1"}  # hOCR with each character's box (`_chars`)


def _chars(hocr: bytes) -> list[tuple[float, float, str, float]]:
    """(x0, x1, character, confidence) of each character of an hOCR page read with
    `hocr_char_boxes=1`, left to right."""
    root = ElementTree.fromstring(hocr)
    out = []
    for node in root.iter():
        if node.get("class") == "ocrx_cinfo":
            props = _title(node)
            text = "".join(node.itertext()).strip()
            if text and "x_bboxes" in props:
                x0, _, x1, _ = (float(v) for v in props["x_bboxes"])
                out.append((x0, x1, text, float(props.get("x_conf", ["0"])[0])))
    return sorted(out)


def letter_rows(words: list[OcrWord], settings: LayoutSettings = LAYOUT) -> list[list[OcrWord]]:
    """Rows of lone short words: words of at most two characters (or three around one letter or
    digit: an O read "(o)") on one baseline (within a third of
    their size), none with another word within `scan_row_gap` sizes beside it, that read as at least
    `scan_letter_row` different texts (a table's header of month initials, E F M A ...; a row of
    ticks OCR reads as one letter repeated is no such row). Tesseract reads a letter standing
    alone without the context of a line, and misreads it (F as E, J as y, S as Ss)."""

    def alone(word: OcrWord) -> bool:
        reach = settings.scan_row_gap * word.size
        short = len(word.text) <= 2 or (len(word.text) <= 3 and sum(ch.isalnum() for ch in word.text) <= 1)
        return short and not any(
            other is not word
            and abs(other.baseline - word.baseline) < word.size
            and other.x0 < word.x1 + reach
            and word.x0 - reach < other.x1
            for other in words
        )

    rows: list[list[OcrWord]] = []
    for word in sorted((w for w in words if alone(w)), key=lambda w: (w.baseline, w.x0)):
        row = next((r for r in rows if abs(r[0].baseline - word.baseline) <= r[0].size / 3), None)
        if row is None:
            rows.append([word])
        else:
            row.append(word)
    distinct = settings.scan_letter_row  # a row of one mark repeated (ticks read as "Y Y Y") is marks
    return [sorted(r, key=lambda w: w.x0) for r in rows if len({w.text.casefold() for w in r}) >= distinct]


def letter_columns(words: list[OcrWord], settings: LayoutSettings = LAYOUT) -> list[list[OcrWord]]:
    """Columns of lone short words (as `letter_rows` tells them: a one-column month table's
    initials, one a line): at least `scan_letter_row` different texts of one line each, their
    centres within a third of their size across, each next one within `scan_letter_step` sizes
    below the last, none in a row of `letter_rows`. Tesseract reads each as a line of its own and
    misreads it (O as "0)") or reads it with a confidence that passes for a drawing's junk."""
    in_rows = {id(w) for row in letter_rows(words, settings) for w in row}
    lone = [w for w in words if id(w) not in in_rows and _lone_short(w, words, settings)]
    columns: list[list[OcrWord]] = []
    for word in sorted(lone, key=lambda w: (w.top, w.x0)):
        middle = (word.x0 + word.x1) / 2
        column = next(
            (
                c
                for c in columns
                if abs((c[-1].x0 + c[-1].x1) / 2 - middle) <= c[-1].size / 3
                and 0 < word.baseline - c[-1].baseline <= settings.scan_letter_step * c[-1].size
            ),
            None,
        )
        if column is None:
            columns.append([word])
        else:
            column.append(word)
    distinct = settings.scan_letter_row
    columns = [_of_one_size(c, settings) for c in columns]
    return [c for c in columns if len({w.text.casefold() for w in c}) >= distinct]


def _of_one_size(column: list[OcrWord], settings: LayoutSettings = LAYOUT) -> list[OcrWord]:
    """The words of a column of lone letters whose line size is within `scan_letter_size` times
    the column's median either way: a column of initials is of one size; what Tesseract read from
    the grey cells between them (a tiny grid's "MN", "E" at twice the initials' size, confidence 34)
    is none, and read again as initials it was kept as one (a title splitting the ficha)."""
    middle = float(np.median([w.size for w in column]))
    ratio = settings.scan_letter_size
    sides = set("[]()|{}")  # a letter read with its cell's sides as brackets takes their height: one of them
    return [w for w in column if middle / ratio <= w.size <= middle * ratio or set(w.text) & sides]


def _lone_short(word: OcrWord, words: list[OcrWord], settings: LayoutSettings) -> bool:
    """Whether `word` is short (at most two characters, or three around one letter or digit: an O
    read "(o)") and no other word of `words` stands within `scan_row_gap` sizes beside it, on its
    line (baselines within the smaller size: a letter read with its cell's sides as brackets takes
    their height as its line's size)."""
    reach = settings.scan_row_gap * word.size
    short = len(word.text) <= 2 or (len(word.text) <= 3 and sum(ch.isalnum() for ch in word.text) <= 1)
    return (
        short
        and not any(
            other is not word
            and abs(other.baseline - word.baseline) < min(word.size, other.size)
            and other.x0 < word.x1 + reach
            and word.x0 - reach < other.x1
            for other in words
        )
        and not in_spaced_line(word, words, settings)
    )


def in_spaced_line(word: OcrWord, words: list[OcrWord], settings: LayoutSettings = LAYOUT) -> bool:
    """Whether `word` stands inside a line of justified text: OCR read it on one line (`OcrWord.line`)
    with at least `scan_even_words` words in all, it neither first nor last, and every gap between
    the line's words is within `scan_even_gap` of its size of their median (a justified line's
    spaces are stretched alike, however wide). The word "y" between spaces stretched past
    `scan_row_gap` sizes stood alone as a tick read as a letter, and became one (a ✓ in the text,
    its line cut in pieces at it)."""
    line = sorted((w for w in words if w.line == word.line), key=lambda w: w.x0)
    return word in line[1:-1] and evenly_spaced(line, settings)


def evenly_spaced(line: Sequence[OcrWord], settings: LayoutSettings = LAYOUT) -> bool:
    """Whether the words of one OCR line (left to right) are a justified line's: at least
    `scan_even_words` of them, every gap between them within `scan_even_gap` of their median
    size of the gaps' median (a justified line's spaces are stretched alike, however wide; the
    gaps between two columns' words that Tesseract joined into one line are not)."""
    if len(line) < settings.scan_even_words:
        return False
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(line)]
    middle, size = float(np.median(gaps)), float(np.median([w.size for w in line]))
    return min(gaps) > 0 and all(abs(gap - middle) <= settings.scan_even_gap * size for gap in gaps)


def reread_column(image: np.ndarray, column: list[OcrWord], lang: str, dpi: int) -> list[OcrWord]:
    """The words of `column` (one above another) read again side by side in one line, as
    `reread_letters` reads a row: each word's ink (`_letter_ink`: without the sides of the cell it
    stands in) set on one baseline (their bottoms) a third of their size apart; each word keeps its
    own box on the page and takes the text read for it ("[E]" without its sides: "E"); a word the
    line read nothing for keeps its first reading (each is marked `initial`)."""
    inks = [_letter_ink(image, w) for w in column]
    crops = [c for c, _ in inks]
    size = float(np.median([w.size for w in column]))
    height = max(c.shape[0] for c in crops)
    gap = max(4, round(size / 3))
    pieces: list[np.ndarray] = [np.full((height, gap), 255, np.uint8)]
    spans: list[tuple[int, int]] = []
    x = gap
    for crop in crops:
        piece = np.full((height, crop.shape[1]), 255, np.uint8)
        piece[height - crop.shape[0] :, :] = crop
        pieces += [piece, np.full((height, gap), 255, np.uint8)]
        spans.append((x, x + crop.shape[1]))
        x += crop.shape[1] + gap
    strip = cv2.copyMakeBorder(np.hstack(pieces), gap, gap, 0, 0, cv2.BORDER_CONSTANT, value=255)
    chars = _chars(_tesseract(strip, lang, dpi, layout=7, variables=CHAR_BOXES))
    out: list[OcrWord] = []
    for word, (a, b), (crop, (x0, top)) in zip(column, spans, inks, strict=True):
        mine = [c for c in chars if a <= (c[0] + c[1]) / 2 <= b]
        if not mine:
            out.append(dataclasses.replace(word, initial=True))
            continue
        text = _bare("".join(c[2] for c in mine))
        bottom = top + crop.shape[0] - 2
        out.append(
            dataclasses.replace(
                word,
                text=text,
                confidence=min(c[3] for c in mine),
                x0=x0 + 2,
                top=top + 2,
                x1=x0 + crop.shape[1] - 2,
                bottom=bottom,
                baseline=bottom,
                size=min(word.size, size),
                initial=True,
            )
        )
    return out


def _letter_ink(image: np.ndarray, word: OcrWord, margin: int = 2) -> tuple[np.ndarray, tuple[int, int]]:
    """The crop of `word`'s box on `image` (pixels) without the sides of a cell around it (rows and
    columns at its edges that ink covers for most of their length are paper), cut to its ink and
    `margin` pixels around it; and the crop's (x, y) on `image`."""
    left, top = max(0, int(word.x0) - margin), max(0, int(word.top) - margin)
    crop = image[top : int(np.ceil(word.bottom)) + margin, left : int(np.ceil(word.x1)) + margin].copy()
    if crop.size == 0:
        return np.full((1, 1), 255, np.uint8), (left, top)
    ink = crop < 128
    h, w = ink.shape
    for i in [*range(min(h, 2 * margin + 2)), *range(max(0, h - 2 * margin - 2), h)]:
        if ink[i].mean() >= SCAN.side_ink:
            crop[i] = 255
    for j in [*range(min(w, 2 * margin + 2)), *range(max(0, w - 2 * margin - 2), w)]:
        if ink[:, j].mean() >= SCAN.side_ink:
            crop[:, j] = 255
    ys, xs = np.nonzero(crop < 128)
    if ys.size == 0:
        return crop, (left, top)
    y0, y1 = max(0, int(ys.min()) - margin), min(h, int(ys.max()) + 1 + margin)
    x0, x1 = max(0, int(xs.min()) - margin), min(w, int(xs.max()) + 1 + margin)
    return crop[y0:y1, x0:x1], (left + x0, top + y0)


SIDE = r"[\[\](){}|!lI]"  # what OCR reads a cell's side beside a letter as
IN_SIDES = re.compile(rf"{SIDE}([A-ZÁÉÍÓÚÑ]){SIDE}?|([A-ZÁÉÍÓÚÑ]){SIDE}")  # a capital with its cell's sides


def _bare(text: str) -> str:
    """`text` without the brackets or bars OCR read from the sides of the cell a lone capital stands
    in ("[E]", "lE" -> "E"); any other text as it is."""
    match = IN_SIDES.fullmatch(text)
    return (match.group(1) or match.group(2)) if match else text


def reread_letters(image: np.ndarray, row: list[OcrWord], lang: str, dpi: int) -> list[OcrWord]:
    """The words of `row` read again, side by side in one line a third of their size apart (page
    segmentation 7, a line of text), each word its characters there; a word the line read nothing
    for keeps its first reading."""
    top = int(min(w.top for w in row)) - 2
    bottom = int(np.ceil(max(w.bottom for w in row))) + 2
    gap = max(4, round(row[0].size / 3))
    pieces: list[np.ndarray] = []
    spans: list[tuple[int, int]] = []
    x = gap
    for word in row:
        crop = image[max(0, top) : bottom, max(0, int(word.x0) - 2) : int(np.ceil(word.x1)) + 2]
        pieces += [crop, np.full((crop.shape[0], gap), 255, np.uint8)]
        spans.append((x, x + crop.shape[1]))
        x += crop.shape[1] + gap
    line = np.hstack([np.full((bottom - max(0, top), gap), 255, np.uint8), *pieces])
    line = cv2.copyMakeBorder(line, gap, gap, 0, 0, cv2.BORDER_CONSTANT, value=255)
    chars = _chars(_tesseract(line, lang, dpi, layout=7, variables=CHAR_BOXES))
    out: list[OcrWord] = []
    for word, (a, b) in zip(row, spans, strict=True):
        mine = [c for c in chars if a <= (c[0] + c[1]) / 2 <= b]
        if not mine:
            out.append(word)
            continue
        text = "".join(c[2] for c in mine)
        out.append(dataclasses.replace(word, text=text, confidence=min(c[3] for c in mine)))
    return out


MARK_READINGS = set("xX×vVyY✓✔/\\|lIi1JjrLt+*")  # what OCR reads a tick or a cross as (and J, j alike)


def lettered_cells(
    found: list[scan.ScannedCheckbox],
    image: np.ndarray,
    k: float,
    options: OcrOptions,
    settings: LayoutSettings = LAYOUT,
) -> tuple[list[scan.ScannedCheckbox], list[OcrWord]]:
    """The checked boxes of `found` that are a table's cells holding letters (a month table's
    initials in cells of a box's size, E F M A ...): rows of at least `scan_letter_row` checked
    boxes (tops within a third of their height) whose insides, read side by side as one line
    (`reread_letters` on `image`, the page before its drawings are painted out), give at least
    `scan_letter_row` different letters, each one character read with a confidence of at least
    `scan_low_confidence` and none of what OCR reads a tick or a cross as (`MARK_READINGS`). A row of
    ticks reads as one mark repeated, or as marks. Also the letters read in them, as OCR words (the
    cells are painted out of the page OCR reads, whose reading joined the letters into one word)."""
    rows: list[list[scan.ScannedCheckbox]] = []
    for box in sorted((b for b in found if b.mark is not None), key=lambda b: (b.box["top"], b.box["x0"])):
        side = box.box["bottom"] - box.box["top"]
        row = next((r for r in rows if abs(r[0].box["top"] - box.box["top"]) <= side / 3), None)
        if row is None:
            rows.append([box])
        else:
            row.append(box)
    out: list[scan.ScannedCheckbox] = []
    words: list[OcrWord] = []
    inset = max(2, round(1.0 / k)) + 3  # the outline (a point) and the margin `reread_letters` crops with
    for row in rows:
        if len(row) < settings.scan_letter_row:
            continue
        row.sort(key=lambda b: b.box["x0"])
        insides = []
        for box in row:
            x0, top = box.box["x0"] / k + inset, box.box["top"] / k + inset
            x1, bottom = box.box["x1"] / k - inset, box.box["bottom"] / k - inset
            insides.append(OcrWord(x0, top, x1, bottom, "", -1.0, bottom, bottom - top))
        read = reread_letters(image, insides, options.lang, options.dpi)
        letters = {
            w.text
            for w in read
            if len(w.text) == 1
            and w.text.isalpha()
            and w.text not in MARK_READINGS
            and w.confidence >= settings.scan_low_confidence
        }
        if len(letters) >= settings.scan_letter_row:
            out += row
            words += [to_its_ink(w, image, settings) for w in read if w.text]
    return out, words


def to_its_ink(letter: OcrWord, image: np.ndarray, settings: LayoutSettings = LAYOUT) -> OcrWord:
    """`letter` (a capital read in a cell's inside, boxed as that inside) boxed as its ink on `image`
    (pixels; `_letter_ink`), its size the capital's height over `scan_ascender`: boxed as the cell,
    its size was the cell's (17.5 points for 9-point initials), a row of initials read as a title
    splitting the ficha once nothing else hid it. A box with no ink in it is left as it is."""
    crop, (x, y) = _letter_ink(image, letter, margin=0)
    if not (crop < SCAN.ink_level).any():
        return letter
    bottom = float(y + crop.shape[0])
    size = crop.shape[0] / settings.scan_ascender
    return dataclasses.replace(
        letter, x0=float(x), top=float(y), x1=float(x + crop.shape[1]), bottom=bottom, baseline=bottom, size=size
    )


def read_words(
    image: np.ndarray,
    panels: list[scan.Fill],
    options: OcrOptions,
    cells: Mapping[int, list[scan.Pixels]] | None = None,
    k: float = 0.0,
    settings: LayoutSettings = LAYOUT,
) -> list[OcrWord]:
    """The words of the page `image` (pixels, `k` points each): the dark panels' text (`scan.readable`
    made it dark on white) read apart, each panel as one block of text (page segmentation 6), and
    the rest of the page as a page, smoothed first (`denoised`). Read with the page, a panel's line
    of small print beside a title on its baseline was taken into the title's line and misread at
    the title's size. The light cells of a panel of two colours (`cells`, by the panel's `id`: boxes
    in pixels, `scan.light_cells`) are read apart from the rest of it: read as one block, an amber
    municipality label's line beside a navy title's was read into the title."""
    page = image.copy()
    words: list[OcrWord] = []
    lines = 0  # lines read so far: each call's lines numbered after the last's
    blocks: list[scan.Pixels] = []
    for panel in panels:
        inner = (cells or {}).get(id(panel), [])
        blocks += [(panel.x + x, panel.y + y, w, h) for x, y, w, h in inner]
        blocks.append((panel.x, panel.y, panel.w, panel.h))
    for x0, y0, w0, h0 in blocks:
        crop = page[y0 : y0 + h0, x0 : x0 + w0].copy()
        page[y0 : y0 + h0, x0 : x0 + w0] = 255
        if crop.size == 0 or crop.min() > 128:
            continue  # no text on it
        pad = 20
        framed = cv2.copyMakeBorder(crop, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
        dx, dy = x0 - pad, y0 - pad
        read = parse_hocr(_tesseract(framed, options.lang, options.dpi, layout=6), lines)
        lines = max((w.line + 1 for w in read), default=lines)
        words += [_moved(word, dx, dy, panel=True) for word in read]
    return parse_hocr(_tesseract(denoised(page, k, settings), options.lang, options.dpi), lines) + words


def denoised(image: np.ndarray, k: float, settings: LayoutSettings = LAYOUT) -> np.ndarray:
    """`image` (grey pixels, `k` points each) through a median filter `scan_denoise` points wide (an
    odd number of pixels, at least 3; `image` itself when `k` is 0, no scale given): a scan's speckle
    made Tesseract misread a letter here and there with a good confidence (an i read l), which no
    word list puts right; the filter keeps a stroke's edges where a blur widens them."""
    if k <= 0:
        return image
    side = max(3, round(settings.scan_denoise / k) // 2 * 2 + 1)
    return cv2.medianBlur(image, side)


def _lines_of(words: list[OcrWord]) -> dict[int, list[OcrWord]]:
    """The words of each OCR line (`OcrWord.line`) left to right, a dark panel's words left out
    (read apart, a block of their own)."""
    out: dict[int, list[OcrWord]] = {}
    for word in words:
        if not word.panel:
            out.setdefault(word.line, []).append(word)
    return {n: sorted(line, key=lambda w: w.x0) for n, line in out.items()}


def _alnum(words: Sequence[OcrWord]) -> int:
    return sum(ch.isalnum() for w in words for ch in w.text)


def column_cuts(words: list[OcrWord], settings: LayoutSettings = LAYOUT) -> dict[int, list[int]]:
    """Where Tesseract read two regions side by side as one line (a label cell's line and its
    value's, a run-in heading and the text beside it): by line, the indexes of the words
    (left to right) after which the line is cut. A gap is a cut when it is at least
    `scan_split_gap` of the line's size (`x_size`) wide and `scan_split_space` times its line's
    other word gaps (a justified line stretches all its spaces alike), when each side holds
    `scan_split_chars` letters or digits (a list's number or a lone initial is no region), and
    when another line on a baseline within `scan_split_reach` sizes shows the column edge the word
    after it starts: a word of its own within `scan_split_align` sizes of its left edge that starts
    its line or follows a gap as wide (the value's other lines; text running on has no such edge)."""
    lines = _lines_of(words)
    cuts: dict[int, list[int]] = {}
    for number, line in lines.items():
        if len(line) < 2:
            continue
        size = float(np.median([w.size for w in line]))
        gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(line)]
        for i, gap in enumerate(gaps):
            if gap < settings.scan_split_gap * size:
                continue
            others = gaps[:i] + gaps[i + 1 :]
            if others and gap < settings.scan_split_space * float(np.median(others)):
                continue
            if min(_alnum(line[: i + 1]), _alnum(line[i + 1 :])) < settings.scan_split_chars:
                continue
            if _edge_elsewhere(line[i + 1], line[0].baseline, number, lines, size, settings):
                cuts.setdefault(number, []).append(i)
    return cuts


def _edge_elsewhere(
    word: OcrWord,
    baseline: float,
    number: int,
    lines: Mapping[int, list[OcrWord]],
    size: float,
    settings: LayoutSettings,
) -> bool:
    """Whether a line other than `number`, on a baseline within `scan_split_reach` sizes of
    `baseline`, has a word starting within `scan_split_align` sizes of `word`'s left edge that
    starts the line or follows a gap of at least `scan_split_gap` sizes (pixels throughout)."""
    tolerance, wide = settings.scan_split_align * size, settings.scan_split_gap * size
    for other, line in lines.items():
        if other == number or abs(line[0].baseline - baseline) > settings.scan_split_reach * size:
            continue
        for j, candidate in enumerate(line):
            if abs(candidate.x0 - word.x0) <= tolerance and (j == 0 or candidate.x0 - line[j - 1].x1 >= wide):
                return True
    return False


def split_columns(
    image: np.ndarray, words: list[OcrWord], options: OcrOptions, k: float = 0.0, settings: LayoutSettings = LAYOUT
) -> list[OcrWord]:
    """`words` with each line Tesseract read across two regions (`column_cuts`) read again piece
    by piece, each piece of `image` (pixels, `k` points each; smoothed as the page, `denoised`) a
    line of its own (page segmentation 7), numbered after the page's lines; a piece read as
    nothing keeps its words. Read as one line, a label's first line and its value's beside it
    took one size and one baseline (the heading was read as body text, its section's value went
    to the section before) and Tesseract misread the smaller text ("ACNUR y SJM." as "4<NUR y
    53M.")."""
    cuts = column_cuts(words, settings)
    if not cuts:
        return words
    lines = _lines_of(words)
    after = max(w.line for w in words) + 1
    redone: list[OcrWord] = []
    for number, at in cuts.items():
        line = lines[number]
        bounds = [0, *(i + 1 for i in at), len(line)]
        for start, end in itertools.pairwise(bounds):
            piece = line[start:end]
            left = (line[start - 1].x1 + piece[0].x0) / 2 if start else piece[0].x0 - piece[0].size
            right = (piece[-1].x1 + line[end].x0) / 2 if end < len(line) else piece[-1].x1 + piece[-1].size
            read = _read_line(image, piece, (left, right), options, after, k, settings)
            redone += read or [dataclasses.replace(w, line=after) for w in piece]
            after += 1
    cut = {id(w) for n in cuts for w in lines[n]}
    return [w for w in words if id(w) not in cut] + redone


def _read_line(
    image: np.ndarray,
    piece: list[OcrWord],
    span: tuple[float, float],
    options: OcrOptions,
    line: int,
    k: float,
    settings: LayoutSettings,
) -> list[OcrWord]:
    """The words of `piece`'s strip of `image` (x within `span`; y from `scan_split_above` of its
    size above its baseline to `scan_split_below` below, both the medians of its words' own,
    `word_metrics`, else Tesseract's, and no farther than `split_margin` beyond its first boxes: the
    line above's descenders taken in made a title's line read 30 points for 20) read as one line
    numbered `line`, in page pixels, each word keeping the size Tesseract gave the line on the page
    (`x_size`: read alone, a column's first lines took another size than its next, read with the
    page, and a funder's name was cut from its paragraph); nothing when that reading differs from the first (`_like`): a
    strip holding part of the next line read the two lines' words interleaved
    ("Trabajadoras/esespecialmente mujeresde ...")."""
    metrics = [m for m in (word_metrics(w, settings) for w in piece) if m is not None]
    if metrics:
        baseline, size = float(np.median([b for b, _ in metrics])), float(np.median([z for _, z in metrics]))
    else:
        baseline, size = float(np.median([w.baseline for w in piece])), float(np.median([w.size for w in piece]))
    top = max(baseline - settings.scan_split_above * size, min(w.top for w in piece) - SCAN.split_margin)
    bottom = min(baseline + settings.scan_split_below * size, max(w.bottom for w in piece) + SCAN.split_margin)
    y0, y1 = max(0, int(top)), min(image.shape[0], int(np.ceil(bottom)))
    first = max(w.size for w in piece)  # Tesseract's size of the line as the page read it: the
    # page's other lines are measured so (read alone, a column's line measured apart from the next)
    x0, x1 = max(0, int(span[0])), min(image.shape[1], int(np.ceil(span[1])))
    crop = denoised(image[y0:y1, x0:x1], k, settings)
    if crop.size == 0:
        return []
    pad = 20
    framed = cv2.copyMakeBorder(crop, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
    dx, dy = x0 - pad, y0 - pad
    read = [
        _moved(w, dx, dy, size=first, line=line)
        for w in parse_hocr(_tesseract(framed, options.lang, options.dpi, layout=7))
    ]
    return read if _like(read, piece, settings) else []


def _like(read: list[OcrWord], piece: list[OcrWord], settings: LayoutSettings) -> bool:
    """Whether a line read again says much what its first reading said: its letters and digits at
    least `scan_split_like` similar (difflib's ratio) and no more than one word more."""
    from difflib import SequenceMatcher

    def bare(words: list[OcrWord]) -> str:
        return "".join(ch for w in words for ch in w.text.casefold() if ch.isalnum())

    if not read or len(read) > len(piece) + 1:
        return False
    return SequenceMatcher(None, bare(read), bare(piece)).ratio() >= settings.scan_split_like


X_MARK = re.compile(r"[xX×]{1,3}")
BRACKETS = set("()[]{}")
DESCENDERS = set("gjpqy,;()[]{}ç")  # characters whose ink reaches below the baseline
FONT_DESCENDERS = set("QJ")  # ... in some fonts (DejaVu's J), not in others (Liberation Serif's)
ASCENDERS = set("bdfhiklt0123456789áéíóúñüÁÉÍÓÚÑ¿¡()[]{}/") | set(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
)  # ink up to the cap height


@dataclass(frozen=True)
class Row:
    """Words of one OCR line piece (a line cut at gaps wider than `scan_row_gap` sizes, so text of
    two columns that Tesseract joined into one line is two rows): baseline and size in pixels."""

    words: list[OcrWord]
    baseline: float
    size: float


def rows(words: list[OcrWord], settings: LayoutSettings = LAYOUT) -> list[Row]:
    """The words in rows (`Row`), cut where Tesseract's line changes (`OcrWord.line`) or at a gap
    wider than `scan_row_gap` of its `x_size`s, unless every gap of the line is alike
    (`evenly_spaced`: a justified line whose spaces stretched that wide, cut in two rows whose
    baselines, each measured on its own few words, told two lines)."""
    justified = {n for n, line in _lines_of(words).items() if evenly_spaced(line, settings)}
    out: list[Row] = []
    piece: list[OcrWord] = []
    for word in [*words, None]:
        if piece and (
            word is None
            or word.line != piece[-1].line
            or (word.x0 - piece[-1].x1 > settings.scan_row_gap * piece[-1].size and word.line not in justified)
            or (sizes_change(piece[-1], word, settings) and word.line not in justified)
        ):
            out.append(_row(piece, settings))
            piece = []
        if word is not None:
            piece.append(word)
    return out


def sizes_change(left: OcrWord, right: OcrWord, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether two words side by side on one OCR line are of two sizes: each measured on its own
    ink (`word_metrics`), the larger at least `scan_size_change` times the smaller, with a gap of
    at least `scan_split_gap` of the smaller between them. A label row's heading in capitals
    ("DEPARTAMENTO/", 13.5 points) and its value's first line (11 points) beside it, read as one
    line, took one size: the heading's line was the body's, the heading lost its first lines."""
    a, b = word_metrics(left, settings), word_metrics(right, settings)
    if a is None or b is None or _boxed_tall(left, a[1], settings) or _boxed_tall(right, b[1], settings):
        return False
    small, large = sorted((a[1], b[1]))
    return large >= settings.scan_size_change * small and right.x0 - left.x1 >= settings.scan_split_gap * small


def _boxed_tall(word: OcrWord, size: float, settings: LayoutSettings) -> bool:
    """Whether `word`'s own size (`size`, pixels) is `scan_tall_word` times the largest its line's
    (Tesseract's `x_size`, taken as a line of capitals' height) allows or more: its box took in ink
    of another line, and it tells no size."""
    return size >= settings.scan_tall_word * word.size / settings.scan_ascender


ACCENTED_CAPITALS = set("ÁÉÍÓÚÑÜ")  # their accent (tilde, diaeresis) stands above the cap height


def word_metrics(word: OcrWord, settings: LayoutSettings = LAYOUT) -> tuple[float, float] | None:
    """(baseline, size) in pixels from the word's own ink box and letters: its height spans the
    x-height or the ascenders (`scan_xheight`, `scan_ascender` sizes), or with an accented capital
    its accent (`scan_accent_top`), above the baseline and, with
    descenders, `scan_descender` sizes below it. None for a word without two letters or digits,
    or one and a bracket (a list number "1)", whose bracket spans ascender to descender)."""
    alnum = sum(ch.isalnum() for ch in word.text)
    if alnum < 2 and not (alnum == 1 and set(word.text) & BRACKETS):
        return None
    letters = set(word.text)
    above = settings.scan_ascender if letters & ASCENDERS else settings.scan_xheight
    if letters & ACCENTED_CAPITALS:
        above = settings.scan_accent_top  # the accent stands above the capitals ("JOAQUÍN" read a size larger)
    below = settings.scan_descender if letters & DESCENDERS or _descends(word, settings) else 0.0
    size = (word.bottom - word.top) / (above + below)
    return word.bottom - below * size, size


def _capitals(text: str) -> bool:
    """Whether `text` has no lowercase letter and nothing that descends (`DESCENDERS`): its ink
    stands between the baseline and the cap height."""
    return not any(ch.islower() or ch in DESCENDERS for ch in text)


def _descends(word: OcrWord, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether a word with a letter that descends in some fonts only (`FONT_DESCENDERS`) shows it
    descending: its ink reaches more than half a descender (`scan_descender` of its line's size)
    below the baseline Tesseract gave its line. Taken to descend in every font, "Jun" in a serif
    month header was measured two points smaller than "Ene" beside it, then read bold (an active
    month)."""
    return (
        bool(set(word.text) & FONT_DESCENDERS) and word.bottom - word.baseline > settings.scan_descender / 2 * word.size
    )


def _row(words: list[OcrWord], settings: LayoutSettings) -> Row:
    """A row's baseline and size: the medians of its words' own (`word_metrics`; the size no larger
    than Tesseract's `x_size` times `scan_size`: a word box that took in a speck measures too
    large), else Tesseract's line baseline and size. A row of a dark panel's words takes its words'
    own size, up to `scan_panel_size` times Tesseract's: the panel's text made dark on white has
    no blur around its strokes, and Tesseract's `x_size` of it fell short by a tenth (a heading's
    13 points read as 11.4, then taken for the body's 10)."""
    line = float(np.median([w.size for w in words])) * settings.scan_size
    if all(_capitals(w.text) for w in words):  # Tesseract's size of a line of capitals is their height
        line /= settings.scan_ascender
    metrics = _row_metrics(words, line, settings)
    if not metrics:
        return Row(words, float(np.median([w.baseline for w in words])), words[0].size * settings.scan_size)
    own = float(np.median([s for _, s in metrics]))
    if line <= 0:
        return Row(words, float(np.median([b for b, _ in metrics])), own)
    if all(w.panel for w in words):  # no more than `scan_panel_size` times Tesseract's: a speck is no letter
        return Row(words, float(np.median([b for b, _ in metrics])), min(own, line * settings.scan_panel_size))
    return Row(words, float(np.median([b for b, _ in metrics])), min(own, line))


def _row_metrics(words: list[OcrWord], line: float, settings: LayoutSettings) -> list[tuple[float, float]]:
    """The (baseline, size) pixels of a row's words that measure it (`word_metrics`), leaving out a
    word whose own size is `scan_tall_word` times its line's (`line`, Tesseract's) or more: its box
    took in ink of the next line ("INNOVADOR/CREATIVO", a heading's line in capitals, boxed two lines
    tall: its bottom set the row's baseline on the next line, the heading split and its section went
    unnamed). When every word is so tall, all measure it (a panel's words boxed with a speck)."""
    measured = [(w, word_metrics(w, settings)) for w in words]
    if line <= 0:
        return [m for _, m in measured if m is not None]
    fit = [m for _, m in measured if m is not None and m[1] < settings.scan_tall_word * line]
    return fit or [m for _, m in measured if m is not None]


def trimmed_to_its_line(word: OcrWord, ink: np.ndarray, settings: LayoutSettings = LAYOUT) -> OcrWord:
    """`word` (pixels) with a box boxed tall (`_boxed_tall`) cut to the band of its box's ink rows
    (`ink`, an ink mask of the page) holding the most ink, when blank rows part it from ink of
    another line: Tesseract boxed a heading's "INNOVADOR/CREATIVO" down into the next line's
    capitals, its row's baseline stood on that line's and the heading split (browser seed 31501)."""
    metrics = word_metrics(word, settings)
    if metrics is None or not _boxed_tall(word, metrics[1], settings):
        return word
    top = max(0, int(word.top))
    crop = ink[top : int(np.ceil(word.bottom)) + 1, max(0, int(word.x0)) : int(np.ceil(word.x1)) + 1]
    counts = crop.sum(axis=1) if crop.size else np.zeros(0)
    bands, start = [], None
    for i, count in enumerate([*counts, 0]):
        if count and start is None:
            start = i
        elif not count and start is not None:
            bands.append((start, i - 1, int(counts[start:i].sum())))
            start = None
    if len(bands) < 2:
        return word
    first, last, _ = max(bands, key=lambda b: b[2])
    return dataclasses.replace(word, top=float(top + first), bottom=float(top + last + 1))


def _stroke_ratio(word: OcrWord, size: float, ink: np.ndarray) -> float:
    crop = ink[int(word.top) : int(word.bottom) + 1, int(word.x0) : int(word.x1) + 1]
    return scan.stroke_width(crop) / size if size > 0 else 0.0


def snapped_sizes(found: list[Row], settings: LayoutSettings = LAYOUT) -> list[float]:
    """Each row's size (pixels) snapped to the usual size of the rows near it: the median, weighted by
    words, of the row sizes within `scan_size_snap` of its own. A size measured on a few letters is
    off by a point or so; the body text's many rows pull their sizes together (paragraphs are told by
    size), while a title two times larger keeps its own."""
    sizes = np.array([row.size for row in found], dtype=float)
    weights = np.array([len(row.words) for row in found], dtype=float)
    out = []
    for size in sizes:
        near = np.abs(sizes - size) <= settings.scan_size_snap * size
        order = np.argsort(sizes[near])
        cumulative = np.cumsum(weights[near][order])
        out.append(float(sizes[near][order][np.searchsorted(cumulative, cumulative[-1] / 2)]))
    return out


def page_words(found: list[Row], ink: np.ndarray, k: float, settings: LayoutSettings = LAYOUT) -> list[Word]:
    """The rows' words in points (see the module's note), sizes snapped (`snapped_sizes`); bold when
    their strokes (`ink`) are `scan_bold` times as wide (for their snapped size) as the page's usual word's (the
    `scan_bold_usual` quantile of its words' stroke widths: on a page of a few lines, headings in
    semibold are a good part of its words and pulled the median up to their weight)."""
    sizes = snapped_sizes(found, settings)  # a row measured tall by an accent and a descender is not lighter
    ratios = {id(w): _stroke_ratio(w, size, ink) for row, size in zip(found, sizes, strict=True) for w in row.words}
    measured = [ratios[id(w)] for row in found for w in row.words if len(w.text) > 2]
    usual = float(np.quantile(measured, settings.scan_bold_usual)) if measured else 0.0
    measured_bold = {
        id(w): usual > 0 and ratios[id(w)] >= settings.scan_bold * usual for row in found for w in row.words
    }
    measured_bold.update(column_weights([w for row in found for w in row.words if w.initial], measured_bold))
    out = []
    for row, snapped in zip(found, sizes, strict=True):
        size = snapped * k
        bottom = row.baseline * k + settings.scan_descent * size
        weights = bold_words([w.text for w in row.words], [measured_bold[id(w)] for w in row.words])
        spans = apart([(w.x0 * k, w.x1 * k) for w in row.words], 2 * settings.touching_gap * size)
        for word, bold, (x0, x1) in zip(row.words, weights, spans, strict=True):
            text = bracket_as_j(word.text)
            if X_MARK.fullmatch(text) and (word.x1 - word.x0) <= 1.5 * (word.bottom - word.top):
                text = "X"  # a hand or typed X mark read as "Xx"
            if word is row.words[0] and len(row.words) > 1 and read_bullet(word, row.baseline, snapped, settings):
                text = BULLET
            out.append(
                Word(
                    text=text,
                    x0=x0,
                    top=bottom - size,
                    x1=x1,
                    bottom=bottom,
                    font=f"{ENGINE_FONT}-Bold" if bold else ENGINE_FONT,
                    size=round(size * 2) / 2,
                    bold=bold,
                )
            )
    return out


BULLET = "•"  # what a list's dot OCR read as punctuation becomes (`read_bullet`)


def read_bullet(word: OcrWord, baseline: float, size: float, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether `word` (pixels), the first of a row on `baseline` of text `size`, is a list's dot OCR
    read as punctuation ("»", ".", "+.", under `scan_low_confidence`): no letter or digit, its ink no more than
    `scan_bullet_max` sizes a side and standing `scan_bullet_rise` sizes or more above the baseline
    (a period stands on it). Kept as punctuation, the dot joined the item's text to the line before
    it ("... de Sello: . Acceso a la información") and the list's items were lost."""
    if not word.text or any(ch.isalnum() for ch in word.text) or size <= 0:
        return False
    if word.confidence >= settings.scan_low_confidence:
        return False  # punctuation read as such: an opening quote («) stands above the baseline too
    small = max(word.x1 - word.x0, word.bottom - word.top) <= settings.scan_bullet_max * size
    return small and baseline - word.bottom >= settings.scan_bullet_rise * size


def column_weights(initials: list[OcrWord], measured: dict[int, bool]) -> dict[int, bool]:
    """The weight of each of `initials` (the letters of columns of lone letters, `reread_column`),
    by `id`: the weight `measured` for most of its column (centres within a third of their size
    across; a tie is regular). One letter's strokes are too little ink to tell its weight by, and a
    month table's initials printed alike read as bold here and there, a split of the months that
    is none."""
    columns: list[list[OcrWord]] = []
    for word in sorted(initials, key=lambda w: (w.x0 + w.x1) / 2):
        middle = (word.x0 + word.x1) / 2
        column = next((c for c in columns if abs((c[0].x0 + c[0].x1) / 2 - middle) <= c[0].size / 3), None)
        if column is None:
            columns.append([word])
        else:
            column.append(word)
    out = {}
    for column in columns:
        bold = 2 * sum(measured[id(w)] for w in column) > len(column)
        out.update({id(w): bold for w in column})
    return out


def apart(spans: list[tuple[float, float]], gap: float) -> list[tuple[float, float]]:
    """The (x0, x1) spans of a row's words, left to right, with the facing edges of two words closer
    than `gap` moved apart (each by half the lack, no word made narrower than half its width) to
    `gap` (twice `touching_gap` sizes): Tesseract read them as two words, and the reader joins
    words closer than `touching_gap` sizes into one (a scan's blur widens each word's ink, "acceso
    a" was read "accesoa")."""
    out = [list(span) for span in spans]
    for left, right in itertools.pairwise(out):
        lack = gap - (right[0] - left[1])
        if lack > 0 and right[0] >= left[0]:
            half = min(lack / 2, (left[1] - left[0]) / 4, (right[1] - right[0]) / 4)
            left[1] -= half
            right[0] += half
    return [(a, b) for a, b in out]


BRACKET_J = re.compile(r"(?<=[A-ZÁÉÍÓÚÑ])\](?=[A-ZÁÉÍÓÚÑa-záéíóúñ])")


def bracket_as_j(text: str) -> str:
    """`text` with a closing bracket between a capital and another letter, in a word without an
    opening one, read as the J it is ("S]M." is "SJM."): a sans-serif capital J is a bracket's
    shape to OCR, and a bracket never stands inside a word."""
    return text if "[" in text else BRACKET_J.sub("J", text)


def bold_words(texts: list[str], measured: list[bool]) -> list[bool]:
    """Each word's weight in a row: as `measured` from its strokes, except that a short word (at
    most `short_word` letters or digits) takes the weight of the nearest longer words on each side
    when they agree (the one side's at a row's end): "Acceso a la información" in bold is bold
    throughout."""
    long = [sum(ch.isalnum() for ch in text) > SCAN.short_word for text in texts]
    out = list(measured)
    for i in range(len(texts)):
        if long[i]:
            continue
        before = next((measured[j] for j in range(i - 1, -1, -1) if long[j]), None)
        after = next((measured[j] for j in range(i + 1, len(texts)) if long[j]), None)
        beside = [b for b in (before, after) if b is not None]
        if beside and all(b == beside[0] for b in beside):
            out[i] = beside[0]
    return out


def is_junk(word: OcrWord, words: list[OcrWord], settings: LayoutSettings = LAYOUT) -> bool:
    """Whether OCR read `word` from a drawing (a panel's rounded corner, a decorative circle): at most
    `scan_junk_chars` letters or digits read with a confidence under `scan_junk_confidence` (a lone
    letter under `scan_junk_letter_confidence`), with no other word of `words` within `scan_junk_clear`
    of its line's size beside it, nor one on its baseline within `scan_row_gap` sizes (a piece of a
    word read in two stays, and so does "y" or "e" in a justified line); neighbours as doubtful as
    itself do not count (two arcs of one drawing), nor short ones read under `scan_low_confidence` (a row of
    ruled cells read as one line of junk, "OO IO OC": one piece read at 50 kept a tick read "OC"
    beside it as text, and the month it marked was lost); a month's name is none (a month table's header
    "Mar:" read with a speck at confidence 33, dropped, took its column out of the table). Such words are
    no field's;
    the aviso `lectura_ocr` quotes those under `scan_low_confidence` with the other doubtful words."""
    if word.initial or not _doubtful_short(word, settings):
        return False
    near = settings.scan_junk_clear * max(word.bottom - word.top, word.size)
    line = settings.scan_row_gap * word.size  # justified text spreads the words of its line

    def beside(other: OcrWord) -> bool:
        reach = line if abs(other.baseline - word.baseline) < word.size / 3 else near
        return other.x0 < word.x1 + reach and word.x0 - reach < other.x1

    return not any(
        other is not word
        and other.top < word.bottom
        and word.top < other.bottom
        and beside(other)
        and not _doubtful_short(other, settings, settings.scan_low_confidence)  # two arcs of one drawing ("NX (")
        for other in words
    )


SPECK_MARKS = ":;,.'`"  # what OCR reads a speck beside a word as


def _doubtful_short(word: OcrWord, settings: LayoutSettings, below: float = 0.0) -> bool:
    """Whether `word` is short and doubtful enough to have been read from a drawing (see `is_junk`):
    read under `scan_junk_confidence` (a lone letter under `scan_junk_letter_confidence`), or under
    `below` (a neighbour's doubt)."""
    if X_MARK.fullmatch(word.text):
        return False  # a mark in a table's cell (read "Xx" with its blur) is a fact, not a drawing's junk
    if month_number(word.text.strip(SPECK_MARKS)) is not None:
        return False  # a month table's header ("Mar:", a speck read with it), no drawing's junk
    alone_letter = len(word.text) == 1 and not word.text.isdigit()
    limit = settings.scan_junk_letter_confidence if alone_letter else settings.scan_junk_confidence
    doubtful = word.confidence < max(limit, below)
    return word.confidence >= 0 and doubtful and sum(ch.isalnum() for ch in word.text) <= settings.scan_junk_chars


def drawn_wide(word: OcrWord, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether OCR read `word` (pixels) from a drawing much wider than its letters: read under
    `scan_low_confidence`, its box more than `scan_char_width` times its height (or its line's size,
    the larger) wide for each of its letters or digits. No printed letter is that wide; Tesseract
    read a month table's row of struck cells as "PR" (confidence 31) on the line of the heading
    beside it, whose size its box then made a title's (the ficha split in two)."""
    chars = sum(ch.isalnum() for ch in word.text)
    if word.confidence < 0 or word.confidence >= settings.scan_low_confidence or chars == 0:
        return False
    return word.x1 - word.x0 > settings.scan_char_width * chars * max(word.bottom - word.top, word.size)


def read_twice(word: OcrWord, words: list[OcrWord], settings: LayoutSettings = LAYOUT) -> bool:
    """Whether `word` is ink another word was read from: at least `scan_read_twice` of its box lies
    within the box of a word of `words` read with a higher confidence. Tesseract at times reads a
    piece of a line a second time as another, doubtful line ("municipales que" and "mo p" over it);
    two words of a page never share their ink."""
    area = (word.x1 - word.x0) * (word.bottom - word.top)
    if area <= 0:
        return False
    for other in words:
        if other is word or other.confidence <= word.confidence:
            continue
        w = min(word.x1, other.x1) - max(word.x0, other.x0)
        h = min(word.bottom, other.bottom) - max(word.top, other.top)
        if w > 0 and h > 0 and w * h >= settings.scan_read_twice * area:
            return True
    return False


def is_bullet(word: OcrWord, gray: np.ndarray, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether OCR read `word` from a bullet too small to be found as a fill (a dot of a list, read
    "e" or "o"): one character whose box is about as wide as high (`scan_icon_aspect`) and solid
    (ink covers `scan_bullet_solid` of it: pixels nearer its darkest level than white; a letter
    has strokes and a counter), its largest shape of ink filling `bullet_hull` of its convex hull
    (a dot, a square: convex; a bold capital's strokes cover as much of its box, but its notches
    leave its hull emptier: the bold M of a month table's header was dropped as a bullet)."""
    w, h = word.x1 - word.x0, word.bottom - word.top
    if len(word.text) != 1 or word.text.isdigit() or min(w, h) <= 0:
        return False
    if max(w, h) > settings.scan_icon_aspect * min(w, h):
        return False
    crop = gray[int(word.top) : int(np.ceil(word.bottom)), int(word.x0) : int(np.ceil(word.x1))]
    if crop.size == 0:
        return False
    ink = crop < (int(crop.min()) + 255) / 2
    return float(np.mean(ink)) >= settings.scan_bullet_solid and scan.hull_share(ink) >= SCAN.bullet_hull


RULE_GLYPHS = set("|lI![]()/\\_-—–")  # what OCR reads a rule as


def _on_a_rule(word: OcrWord, lines: list[Graphic], k: float, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether OCR read `word` from a rule: a rule-like character ("|", "l", "_"), or up to
    `scan_junk_chars` characters read with a confidence under `scan_low_confidence`, on a rule that
    runs the length of it."""
    if X_MARK.fullmatch(word.text):
        return False  # a mark in a cell beside the cell's side
    rule_like = len(word.text) == 1 and word.text in RULE_GLYPHS
    if not rule_like and (len(word.text) > settings.scan_junk_chars or word.confidence >= settings.scan_low_confidence):
        return False
    x0, top, x1, bottom = word.x0 * k, word.top * k, word.x1 * k, word.bottom * k
    for rule in lines:
        vertical = rule["bottom"] - rule["top"] > rule["x1"] - rule["x0"]
        if vertical and x0 - 1 <= rule["x0"] <= x1 + 1 and rule["top"] <= top + 1 and rule["bottom"] >= bottom - 1:
            return True
        if not vertical and top - 1 <= rule["top"] <= bottom + 1 and rule["x0"] <= x0 + 1 and rule["x1"] >= x1 - 1:
            return True
    return False


def across_a_rule(word: OcrWord, lines: list[Graphic], k: float, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether OCR read `word` (pixels) from a row of cells: read with a confidence under
    `scan_low_confidence`, with a vertical rule of `lines` (points) down most of its box's height
    inside it (more than `scan_word_pad` from its ends), or one at each of its ends (the word is a
    cell's width, side to side). A word printed never crosses a drawn rule; Tesseract read a month
    table's row of ruled cells and ticks as "ollo j-+[<]+.", whose boxes then took the cells' sides
    for strokes of their letters (the cells merged, their ticks lost)."""
    if word.confidence >= settings.scan_low_confidence:
        return False
    x0, top, x1, bottom = word.x0 * k, word.top * k, word.x1 * k, word.bottom * k
    pad = settings.scan_word_pad
    down = [
        (r["x0"] + r["x1"]) / 2
        for r in lines
        if r["bottom"] - r["top"] > r["x1"] - r["x0"]
        and min(bottom, r["bottom"]) - max(top, r["top"]) >= 0.8 * (bottom - top)
    ]
    inside = any(x0 + pad < x < x1 - pad for x in down)
    ends = any(abs(x - x0) <= pad for x in down) and any(abs(x - x1) <= pad for x in down)
    return inside or ends


def _from_a_box(word: OcrWord, boxes: Sequence[Box], k: float, settings: LayoutSettings) -> bool:
    """Whether OCR read `word` from a box's own outline or mark: its centre within a box (give or
    take `scan_word_pad`) and the word no wider than the box and its pad."""
    pad = settings.scan_word_pad
    cx, cy = (word.x0 + word.x1) / 2 * k, (word.top + word.bottom) / 2 * k
    for box in boxes:
        inside = box["x0"] - pad <= cx <= box["x1"] + pad and box["top"] - pad <= cy <= box["bottom"] + pad
        if inside and (word.x1 - word.x0) * k <= (box["x1"] - box["x0"]) + 2 * pad + 1:
            return True
    return False


def at_a_fill_edge(word: OcrWord, regions: Sequence[scan.Fill], settings: LayoutSettings = LAYOUT) -> bool:
    """Whether OCR read `word` (pixels) from a filled region's own edge: a word of no letter or
    digit ("|", "¡|", "]") whose box's centre lies within `scan_edge_reach` of its line's size of
    the left or right side of a fill of `regions` (pixels) at least that size high and twice that
    wide, along that side's length. The side of a dark band (a heading printed in it) was read "|", made the heading's
    whole section text, and the section's own paragraph under the band went to the section before."""
    if any(ch.isalnum() for ch in word.text):
        return False
    reach = settings.scan_edge_reach * word.size
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    for fill in regions:
        if fill.h < word.size or fill.w < 4 * reach:
            continue  # no band: a tick in a narrow cell is no cell's side
        along = fill.y <= cy <= fill.y + fill.h
        if along and min(abs(cx - fill.x), abs(cx - fill.x - fill.w)) <= reach:
            return True
    return False


def _panels(regions: list[scan.Fill], k: float, settings: LayoutSettings = LAYOUT) -> list[Graphic]:
    """The dark fills (darker than `scan_dark_panel`) at least `scan_panel_min` points a side, as
    rects (points): a panel whose boxes `scan.panel_boxes` reads from its light strokes. A smaller
    dark fill is no panel: a checked box's blurred outline and tick make a grey fill of the box's
    own size, which dropped the box it is (a ☑ read as no box, its label unchecked)."""
    smallest = settings.scan_panel_min / k
    return [f.graphic(k) for f in regions if f.lum < settings.scan_dark_panel and min(f.w, f.h) >= smallest]


def lines_of_words(
    words: list[OcrWord], strokes: np.ndarray, k: float, settings: LayoutSettings = LAYOUT
) -> list[Word]:
    """The page's words (points, `page_words`) from the OCR words kept (pixels), a drop cap on a line
    of its own at its own height (`drop_cap_alone`)."""
    after = max((w.line + 1 for w in words), default=0)
    alone = [drop_cap_alone(w, after + n, settings) for n, w in enumerate(words)]
    return page_words(rows(alone, settings), strokes, k, settings)


def drop_cap_alone(word: OcrWord, line: int, settings: LayoutSettings = LAYOUT) -> OcrWord:
    """`word` on a line of its own (number `line`) at its ink's size (its box's height is a capital's,
    `scan_ascender` of a size; its baseline the box's bottom) when it is one capital letter whose box
    is at least `drop_cap_size` times its line's size tall: a drop cap beside the first lines of its
    paragraph. Tesseract read it with the second of them and gave it that line's size and baseline,
    so it was a letter of the text's size there, no drop cap (`drop_caps.py`), and the paragraph's
    first line, set beside it in small capitals, went apart from its text. Any other word as it is."""
    height = word.bottom - word.top
    letter = len(word.text) == 1 and word.text.isalpha() and word.text.isupper()
    if not letter or height < settings.drop_cap_size * word.size:
        return word
    return dataclasses.replace(word, line=line, size=height / settings.scan_ascender, baseline=word.bottom)


def read_image(
    number: int, width: float, height: float, rgb: np.ndarray, options: OcrOptions, settings: LayoutSettings = LAYOUT
) -> SourcePage:
    """One page's picture (RGB array) read into a `SourcePage` with ready-made words and `ocr` facts."""
    k = width / rgb.shape[1]  # points per pixel
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    gray, rgb, _ = scan.negative_of_dark_paper(gray, rgb)
    gray, rgb = scan.paper_white(gray, rgb)
    angle = scan.skew_angle(gray, settings)
    rgb, gray = scan.straighten(rgb, angle), scan.straighten(gray, angle)
    regions = scan.fills(rgb, gray, k, settings)
    ink = scan.line_mask(gray, regions, settings, k)
    dark = [f.graphic(k) for f in regions if f.lum < settings.scan_dark_panel]
    found = [
        scan.over_pale_fill(b, gray, k, settings)
        for b in scan.boxes(ink, k, settings)
        if not any(_inside(b.box, d, 0.0) for d in _panels(regions, k, settings))
    ]
    regions = [f for f in regions if not any(_inside(f.graphic(k), b.box, 0.0) for b in found)]  # a box's mark
    legible = scan.readable(gray, regions, k, settings)
    smallest = settings.scan_table_panel / k  # a panel that may hold a table: no label's pill, no bold letter
    dark_panels = scan.dark_panels(regions, k, settings, gray)
    panels = [p for p in dark_panels if min(p.w, p.h) >= smallest]
    found += scan.panel_boxes(legible, panels, k, settings)
    cells, letters = lettered_cells(found, legible, k, options, settings)
    found = [b for b in found if b not in cells]
    inked = scan.panel_ink(legible, panels, settings)
    drawn = np.maximum(ink, inked)  # a panel's light frames and rules too
    clean = scan.without_drawings(legible, drawn, regions, found + cells, k, settings)
    clean[scan.long_runs(inked, k, settings) > 0] = 255  # a table's rules drawn light on a panel: no text
    words = read_words(clean, dark_panels, options, scan.two_colour_cells(gray, dark_panels, k, settings), k, settings)
    words = split_columns(clean, words, options, k, settings)
    letters = [dataclasses.replace(w, line=max((v.line + 1 for v in words), default=0)) for w in letters]
    for row in letter_rows(words, settings):
        again = dict(zip(map(id, row), reread_letters(clean, row, options.lang, options.dpi), strict=True))
        words = [again.get(id(w), w) for w in words]
    for column in letter_columns(words, settings):
        again = dict(zip(map(id, column), reread_column(clean, column, options.lang, options.dpi), strict=True))
        words = [again.get(id(w), w) for w in words]
    box_areas = [b.box for b in found]
    blob_ink = scan.ink_mask(gray, settings)
    lines = scan.rules(drawn, k, settings, regions)
    blobs = [b for b in scan.marks(blob_ink, k, settings) if not piece_of_rules(b, blob_ink, lines, k, settings)]
    icons = [f.graphic(k) for f in regions if max(f.w, f.h) * k <= settings.box_max]  # bullets, small squares
    readings = [
        w
        for w in words
        if not _from_a_box(w, box_areas, k, settings)
        and not (w.confidence < settings.scan_low_confidence and _from_a_box(w, icons, k, settings))
        and not is_junk(w, words, settings)
        and not read_twice(w, words, settings)
        and not drawn_wide(w, settings)
        and not _on_a_rule(w, lines, k, settings)
        and not across_a_rule(w, lines, k, settings)
        and not at_a_fill_edge(w, regions, settings)
        and not is_bullet(w, clean, settings)
        and not read_from_a_mark(w, words, blobs, k, settings)
    ]
    as_letters = {  # kept, a sure letter OCR read from a mark standing alone: the mark, in doubt
        id(w): m for w in readings if (m := mark_read_as_letter(w, words, blobs, k, settings)) is not None
    }
    kept = [w for w in readings if id(w) not in as_letters] + letters
    kept = [
        within_rules(
            w if in_text_column(_edges(w), kept, settings) else tick_read_as_letter(w, blob_ink, settings), lines, k
        )
        for w in kept
    ]
    kept = [trimmed_to_its_line(w, blob_ink, settings) for w in kept]
    page = SourcePage(number, width, height)
    strokes = text_ink(clean, lines, k, settings)
    page.words = lines_of_words(kept, strokes, k, settings)
    shapes = [scan.mark_shape(_cut(blob_ink, b, k), settings) for b in blobs]
    alone = lone_marks(blobs, page.words, box_areas, dark, settings, shapes)
    alone, in_text, doubtful_letters = letters_in_text(alone, page.words, clean, k, options, settings)
    if in_text:
        after = max((w.line + 1 for w in kept), default=0)
        found_letters = page_words(
            rows([dataclasses.replace(w, line=after) for w in in_text], settings), strokes, k, settings
        )
        page.words += [styled_as_column(w, page.words, settings) for w in found_letters]
    alone, read, doubtful_marks = letters_among_marks(alone, clean, k, options, settings)
    if read:
        after = max((w.line + 1 for w in kept), default=0)  # their lines numbered after the page's
        read = [dataclasses.replace(w, line=after + w.line) for w in read]
        page.words += page_words(rows(read, settings), strokes, k, settings)
    page.words += alone
    pad = settings.scan_word_pad
    cut = [cell for f in regions for cell in scan.cells_of(f, gray, k, settings)]
    fills = scan.split_at_rules(cut, lines, settings)  # a table's shaded cells
    page.rects = [f for f, held in zip(fills, _held(fills, page.words, pad), strict=True) if not held]  # bold letters
    page.rects += [scan.graphic(b.box) for b in found]
    page.rects += [scan.graphic(c.box) for c in cells]  # their letters are read with the page
    page.rects += scan.outlines(ink, k, settings)
    page.lines = [scan.graphic(b.mark) for b in found if b.mark is not None]
    page.lines += [r for r in lines if not _in_words(r, page.words) and not any(_inside(r, b, pad) for b in box_areas)]
    confidences = [w.confidence for w in kept if w.confidence >= 0]
    dropped = [
        w
        for w in words
        if (is_junk(w, words, settings) or drawn_wide(w, settings)) and not _from_a_box(w, box_areas, k, settings)
    ]
    page.ocr = OcrPage(
        page=number,
        confidence=round(sum(confidences) / len(confidences), 1) if confidences else 0.0,
        words=len(kept),
        doubtful=tuple(
            w.text
            for w in sorted(kept + dropped, key=lambda w: (w.top, w.x0))
            if 0 <= w.confidence < settings.scan_low_confidence
        ),
        doubtful_at=tuple(
            (w.text, (w.x0 * k, w.top * k, w.x1 * k, w.bottom * k))
            for w in sorted(kept, key=lambda w: (w.top, w.x0))
            if 0 <= w.confidence < settings.scan_low_confidence
        ),
        skew=round(angle, 2),
        unsure=tuple((b.box["x0"], b.box["top"], b.box["x1"], b.box["bottom"]) for b in found if b.unsure)
        + tuple((m["x0"], m["top"], m["x1"], m["bottom"]) for m in doubtful_marks)  # a mark shaped as a letter
        + tuple((m["x0"], m["top"], m["x1"], m["bottom"]) for m in doubtful_letters)  # a mark in a text's column
        + tuple((m["x0"], m["top"], m["x1"], m["bottom"]) for m in as_letters.values()),  # a mark read as one
    )
    return page


def piece_of_rules(
    blob: Box, ink: np.ndarray, lines: list[Graphic], k: float, settings: LayoutSettings = LAYOUT
) -> bool:
    """Whether the ink of a mark standing alone (`blob`, points, on the ink mask `ink`, pixels) lies
    for at least `scan_mark_on_rules` of it on the page's rules (`lines`, points; give or take
    `scan_word_pad`): a piece of a table's light grey grid that the ink threshold cut from the
    rest (a corner where a cell's side meets the bottom rule), no mark. Taken for a tick, it marked
    the month of the cell beside it, and that one mark made a table of bold active names read by
    its marks (one month of eleven)."""
    crop = _cut(ink, blob, k) > 0
    if not crop.any():
        return False
    top, left = int(blob["top"] / k), int(blob["x0"] / k)
    on = np.zeros(crop.shape, bool)
    pad = settings.scan_word_pad / k
    for rule in lines:
        y0, y1 = int((rule["top"] - pad) / k) - top, int(np.ceil((rule["bottom"] + pad) / k)) - top + 1
        x0, x1 = int((rule["x0"] - pad) / k) - left, int(np.ceil((rule["x1"] + pad) / k)) - left + 1
        on[max(0, y0) : max(0, y1), max(0, x0) : max(0, x1)] = True
    return float((crop & on).sum()) >= settings.scan_mark_on_rules * float(crop.sum())


def mark_read_as_letter(
    word: OcrWord, words: list[OcrWord], blobs: list[Box], k: float, settings: LayoutSettings = LAYOUT
) -> Box | None:
    """The mark standing alone (`scan.marks`, points) that OCR read `word` (pixels) from as a sure
    letter: one character of what OCR reads a tick or a cross as (`MARK_READINGS`: a tick read
    "Y"), read with a confidence of at least `scan_low_confidence` (a doubtful one is
    `read_from_a_mark`'s), no other word beside it on its line (`_lone_short`: "y" in a sentence
    has its neighbours), its box's centre within the mark's ink (give or take `scan_word_pad`);
    None for any other word. Such a word is dropped and the mark goes on as one (`lone_marks`; a
    row of them read as letters is letters again, `letters_among_marks`), in doubt: kept, a month
    table's cell said "Y" and its month was lost. A row of lone letters read again (`initial`)
    is no such word."""
    if word.initial or len(word.text) != 1 or word.text not in MARK_READINGS:
        return None
    if word.confidence < settings.scan_low_confidence or not _lone_short(word, words, settings):
        return None
    cx, cy = (word.x0 + word.x1) / 2 * k, (word.top + word.bottom) / 2 * k
    pad = settings.scan_word_pad
    return next(
        (b for b in blobs if b["x0"] - pad <= cx <= b["x1"] + pad and b["top"] - pad <= cy <= b["bottom"] + pad),
        None,
    )


def read_from_a_mark(
    word: OcrWord, words: list[OcrWord], blobs: list[Box], k: float, settings: LayoutSettings = LAYOUT
) -> bool:
    """Whether OCR read `word` (pixels) from a mark standing alone (a tick in a month table's cell,
    read "7"): one character, read with a confidence under `scan_low_confidence`, no other word
    beside it on its line (`_lone_short`), its box within a mark's ink (`scan.marks`, points; give
    or take `scan_word_pad`). Such a word is dropped and the mark goes on as one (`lone_marks`;
    a row of them read as letters is letters again, `letters_among_marks`). Kept, the tick was a
    digit whose line took the height of the cell's sides read with it, then a title splitting the
    ficha. A row of lone letters read again (`initial`) is no such word. So is a sure character that
    OCR reads a tick as (`MARK_READINGS`, no X) whose ink is less than half as high as its line's
    size gives a capital (`scan_ascender`): a small tick read "1" (confidence 95) on a line that took
    its height from the cells' sides."""
    if word.initial or len(word.text) != 1:
        return False
    small = word.bottom - word.top < 0.5 * settings.scan_ascender * word.size
    tick_like = small and word.text in MARK_READINGS and not X_MARK.fullmatch(word.text)
    if word.confidence >= settings.scan_low_confidence and not tick_like:
        return False
    if not _lone_short(word, words, settings):
        return False
    box: Box = {"x0": word.x0 * k, "top": word.top * k, "x1": word.x1 * k, "bottom": word.bottom * k}
    return any(_inside(box, blob, settings.scan_word_pad) for blob in blobs)


def within_rules(word: OcrWord, lines: list[Graphic], k: float) -> OcrWord:
    """`word` (pixels) with its box's top or bottom taken back to a horizontal rule of `lines`
    (points) that runs across the whole word and through the box's upper or lower third: a
    descender or accent touching a table cell's rule took in the rule's ink, and the word's box
    (its baseline measured from it) reached past the cell's edge into the next row."""
    top, bottom = word.top, word.bottom
    third = (word.bottom - word.top) / 3
    for rule in lines:
        r_top, r_bottom = rule["top"] / k, rule["bottom"] / k
        if r_bottom - r_top > (rule["x1"] - rule["x0"]) / k or not (
            rule["x0"] / k <= word.x0 and word.x1 <= rule["x1"] / k
        ):
            continue
        if word.bottom - third < r_top < bottom:
            bottom = r_top
        elif top < r_bottom < word.top + third:
            top = r_bottom
    if (top, bottom) == (word.top, word.bottom):
        return word
    return dataclasses.replace(word, top=top, bottom=bottom)


def text_ink(image: np.ndarray, lines: list[Graphic], k: float, settings: LayoutSettings = LAYOUT) -> np.ndarray:
    """The ink mask (`scan.ink_mask`) of `image` (pixels) without the rules `lines` (points) and a
    pixel around them: the strokes a word's weight is measured by. A table's rule through a word's
    box (a descender touching a cell's side) counts as a thin stroke and took a bold header's
    weight down to the body's."""
    ink = scan.ink_mask(image, settings)
    for rule in lines:
        top, bottom = int(rule["top"] / k) - 1, int(np.ceil(rule["bottom"] / k)) + 2
        x0, x1 = int(rule["x0"] / k) - 1, int(np.ceil(rule["x1"] / k)) + 2
        ink[max(0, top) : bottom, max(0, x0) : x1] = 0
    return ink


CHECK = "✓"  # the glyph a mark standing alone is given (`glyphs.is_check_mark` reads it as a check)
CROSS = "X"  # ... a mark shaped as a cross (`scan.mark_shape`): OCR's cross (`glyphs.READ_CROSS`)
SHAPE_GLYPHS: dict[scan.MarkShape | None, str] = {"tick": CHECK, "cross": CROSS, None: CHECK}


def _cut(ink: np.ndarray, box: Box, k: float) -> np.ndarray:
    """The part of `ink` (pixels) under `box` (points)."""
    top, bottom = int(box["top"] / k), int(np.ceil(box["bottom"] / k))
    return ink[max(0, top) : bottom + 1, max(0, int(box["x0"] / k)) : int(np.ceil(box["x1"] / k)) + 1]


TICK_READINGS = frozenset("xX×vVyYjJ")  # what OCR reads a tick as, no stroke a text prints alone ("/", "1", "|")


def tick_read_as_letter(word: OcrWord, ink: np.ndarray, settings: LayoutSettings = LAYOUT) -> OcrWord:
    """`word` (pixels) as the tick it was read from: a character of what OCR reads a tick or a cross
    as (`TICK_READINGS`: a ✓ read "X" or "Y", confidence 92) whose ink (`ink`, an ink mask of the
    page) is shaped as a tick (`scan.mark_shape`) is `CHECK`; any other word as it is. Read "X", a
    ✓ beside ✗ read "X" made the two glyphs of a ✓ / ✗ display one."""
    if len(word.text) != 1 or word.text not in TICK_READINGS or word.initial:
        return word
    crop = ink[int(word.top) : int(np.ceil(word.bottom)) + 1, int(word.x0) : int(np.ceil(word.x1)) + 1]
    return dataclasses.replace(word, text=CHECK) if scan.mark_shape(crop, settings) == "tick" else word


def lone_marks(
    blobs: list[Box],
    words: list[Word],
    boxes: list[Box],
    dark: list[Graphic],
    settings: LayoutSettings = LAYOUT,
    shapes: Sequence[scan.MarkShape | None] = (),
) -> list[Word]:
    """Check glyphs for the marks standing alone (`scan.marks`) that no word was read from, that no
    word stands beside (within `scan_mark_clear` of their height, `_beside`: a letter OCR missed) and that are
    no box's mark nor inside a dark panel (a dark fill within the mark's box is the mark's own ink). OCR
    reads a tick as nothing or as junk ("UEOES", "v"; a bold ✗ read "XK", dropped as junk).
    Each is `CHECK`, or `CROSS` when its `shapes` entry (`scan.mark_shape`) is a cross (a ✗ or an X
    beside a ✓: the display's polarity, `glyphs.cross_reading`).
    `letters_among_marks` tells letters among them (and marks shaped as letters: in doubt)."""
    out: list[Word] = []
    for number, blob in enumerate(blobs):
        pad = settings.scan_mark_clear * (blob["bottom"] - blob["top"])
        near: Box = {**blob, "x0": blob["x0"] - pad, "x1": blob["x1"] + pad}
        if any(_beside(near, w) for w in words) or any(_overlap(blob, b) for b in boxes):
            continue
        if any(_overlap(blob, d) and not _inside(d, blob, settings.scan_word_pad) for d in dark):
            continue  # inside a dark panel (a dark fill within the mark's box is its own blurred ink: a bold ✗)
        size = blob["bottom"] - blob["top"]
        out.append(
            Word(
                text=SHAPE_GLYPHS[shapes[number] if number < len(shapes) else None],
                x0=blob["x0"],
                top=blob["top"],
                x1=blob["x1"],
                bottom=blob["bottom"],
                font=ENGINE_FONT,
                size=round(size * 2) / 2,
                bold=False,
            )
        )
    return out


Edges = tuple[float, float, float]  # a shape's left edge, top and bottom


def _edges(word: OcrWord | Word) -> Edges:
    if isinstance(word, OcrWord):
        return word.x0, word.top, word.bottom
    return word["x0"], word["top"], word["bottom"]


def in_text_column(shape: Edges, words: Sequence[OcrWord] | Sequence[Word], settings: LayoutSettings = LAYOUT) -> bool:
    """Whether a shape (`shape`: its left edge, top and bottom, in the units of `words`) stands as a
    line of a column of text: a word of two letters or more starts within `scan_column_align` of its
    size of the shape's left edge on the line above it and another on the line below (each at most
    its size away). So a letter alone on a line between lines of text (a wrapped label's "y" in a
    table's cell), which OCR skipped or read as a tick's letter ("y"), is a letter; a tick in a
    checklist stands beside its label, or under a heading over other ticks, not between lines of text."""
    above, below = column_neighbours(shape, words, settings)
    return above is not None and below is not None


def column_neighbours(
    shape: Edges, words: Sequence[Any], settings: LayoutSettings = LAYOUT
) -> tuple[Any | None, Any | None]:
    """The words of `words` (`OcrWord` or `Word`) of two letters or more starting within
    `scan_column_align` of their size of the left edge of `shape` (its left edge, top and bottom) on
    the line above it and on the line below (at most their size away): (above, below), None for none."""
    x0, top, bottom = shape
    above = below = None
    for word in words:
        w_x0, w_top, w_bottom = _edges(word)
        size = word.size if isinstance(word, OcrWord) else word["size"]
        text = word.text if isinstance(word, OcrWord) else word["text"]
        if sum(c.isalpha() for c in text) < 2 or abs(w_x0 - x0) > settings.scan_column_align * size:
            continue
        if 0 <= top - w_bottom <= size:
            above = word
        if 0 <= w_top - bottom <= size:
            below = below or word
    return above, below


def styled_as_column(letter: Word, words: list[Word], settings: LayoutSettings = LAYOUT) -> Word:
    """`letter` (a letter alone on its line, `letters_in_text`) in the font, size and weight of the
    word starting its column's line above it (`column_neighbours`), its box's top and bottom halfway
    between that word's and the one's below: one letter's ink gives no size (no capital, no
    ascender), weight nor line height to measure, and measured so it split its cell's label in two."""
    above, below = column_neighbours(_edges(letter), words, settings)
    if above is None or below is None:
        return letter
    top, bottom = (above["top"] + below["top"]) / 2, (above["bottom"] + below["bottom"]) / 2
    style = {"font": above["font"], "size": above["size"], "bold": above["bold"], "top": top, "bottom": bottom}
    return Word(**{**letter, **style})  # type: ignore[typeddict-item]


def letters_in_text(
    marks: list[Word],
    words: list[Word],
    image: np.ndarray,
    k: float,
    options: OcrOptions,
    settings: LayoutSettings = LAYOUT,
) -> tuple[list[Word], list[OcrWord], list[Word]]:
    """The lone marks (`lone_marks`, points) that are marks; the OCR words (pixels) of those standing
    as a line of a column of text (`in_text_column` among `words`, points), each read again alone
    (`reread_letters` on `image`) as a letter with a confidence of at least `scan_low_confidence`; and
    those that stand so but read as no sure letter: marks, in doubt (named in the aviso). A letter
    alone on its line ("y" between "información" and "orientación" in a table's cell) is one
    Tesseract skips reading the page; taken for a tick, it cut the cell's label in two."""
    out: list[Word] = []
    letters: list[OcrWord] = []
    doubtful: list[Word] = []
    for mark in marks:
        if not in_text_column(_edges(mark), words, settings):
            out.append(mark)
            continue
        x0, top, x1, bottom = mark["x0"] / k, mark["top"] / k, mark["x1"] / k, mark["bottom"] / k
        shape = OcrWord(x0, top, x1, bottom, "", -1.0, bottom, bottom - top)
        read = reread_letters(image, [shape], options.lang, options.dpi)[0]
        if read.text.isalpha() and len(read.text) <= 2 and read.confidence >= settings.scan_low_confidence:
            letters.append(read)
        else:
            out.append(mark)
            doubtful.append(mark)
    return out, letters, doubtful


def _beside(near: Box, word: Box) -> bool:
    """Whether `word` overlaps `near` (a mark's box widened) and its middle is not above the mark's
    top: a word on the mark's line or under it, not one above whose box (its descent,
    `scan_descent`) touches the mark's top (a month's name over the ✓ of its cell)."""
    return _overlap(near, word) and (word["top"] + word["bottom"]) / 2 >= near["top"]


def letters_among_marks(
    marks: list[Word], image: np.ndarray, k: float, options: OcrOptions, settings: LayoutSettings = LAYOUT
) -> tuple[list[Word], list[OcrWord], list[Word]]:
    """The lone marks (`lone_marks`, points) that are marks, the OCR words of those that are
    letters, and the marks left in doubt: the marks of a row (centres within half their height)
    are read again side by side as one line (`reread_letters` on `image`, pixels); in a row of
    letters (at least half of it read as single letters with a confidence of at least
    `scan_low_confidence`, at least `scan_letter_row` different ones besides what OCR reads a
    tick or a cross as, `MARK_READINGS`, and fewer than `scan_mark_twins` of its shapes alike
    another, `twins`: ticks read again alone were read "O", "M", "A") each mark read so is that
    letter. A row of ticks reads as marks, or as a letter here and there;
    a mark outside a row of letters read as a letter (none of `MARK_READINGS`) with a confidence
    of at least `scan_mark_letter` is shaped as a letter: a mark in doubt.
    Tesseract reading a page skips a letter standing alone in a cell (a month table's initials),
    whose ink then passed for a tick in every month."""
    rows_of: list[list[Word]] = []
    for mark in sorted(marks, key=lambda m: ((m["top"] + m["bottom"]) / 2, m["x0"])):
        middle, height = (mark["top"] + mark["bottom"]) / 2, mark["bottom"] - mark["top"]
        row = next((r for r in rows_of if abs((r[0]["top"] + r[0]["bottom"]) / 2 - middle) <= height / 2), None)
        if row is None:
            rows_of.append([mark])
        else:
            row.append(mark)
    kept: list[Word] = []
    letters: list[OcrWord] = []
    doubtful: list[Word] = []
    for number, row in enumerate(rows_of):
        row.sort(key=lambda m: m["x0"])
        pixels = [
            OcrWord(
                m["x0"] / k,
                m["top"] / k,
                m["x1"] / k,
                m["bottom"] / k,
                "",
                -1.0,
                m["bottom"] / k,
                (m["bottom"] - m["top"]) / k / settings.scan_ascender,
                number,
            )
            for m in row
        ]
        read = reread_letters(image, pixels, options.lang, options.dpi)
        sure = [w for w in read if _one_letter(w, settings)]
        plain = {w.text for w in sure if w.text not in MARK_READINGS}
        # a row of initials reads as letters, different ones (its J and I are letters too); ticks read
        # as one mark or as a few letters here and there ("E", "S")
        lettered = (
            len(plain) >= settings.scan_letter_row
            and 2 * len(sure) >= len(row)
            and twins(image, pixels, settings) < settings.scan_mark_twins
        )
        for mark, word in zip(row, read, strict=True):
            if lettered and word in sure:
                letters.append(word)
                continue
            kept.append(mark)
            if word in sure and word.text not in MARK_READINGS and word.confidence >= settings.scan_mark_letter:
                doubtful.append(mark)
    return kept, letters, doubtful


def twins(image: np.ndarray, shapes: Sequence[OcrWord], settings: LayoutSettings = LAYOUT) -> float:
    """The share of `shapes` (boxes in pixels on `image`) whose ink, scaled to a common square, is
    alike another's (at least `scan_twin_overlap` of the two shapes' ink in common): a row of ticks
    is one glyph repeated, a row of initials has a few twins at most (M M, J J, A A)."""
    scaled = []
    for shape in shapes:
        crop = image[int(shape.top) : int(np.ceil(shape.bottom)), int(shape.x0) : int(np.ceil(shape.x1))]
        if crop.size == 0:
            scaled.append(np.zeros((SCAN.twin_side, SCAN.twin_side), bool))
            continue
        ink = (crop < 128).astype(np.float32)
        scaled.append(cv2.resize(ink, (SCAN.twin_side, SCAN.twin_side), interpolation=cv2.INTER_AREA) > 0.3)
    if len(scaled) < 2:
        return 0.0

    def alike(a: np.ndarray, b: np.ndarray) -> bool:
        union = int(np.logical_or(a, b).sum())
        return union > 0 and int(np.logical_and(a, b).sum()) >= settings.scan_twin_overlap * union

    paired = sum(any(alike(a, b) for j, b in enumerate(scaled) if j != i) for i, a in enumerate(scaled))
    return paired / len(scaled)


def _one_letter(word: OcrWord, settings: LayoutSettings) -> bool:
    return len(word.text) == 1 and word.text.isalpha() and word.confidence >= settings.scan_low_confidence


def _overlap(a: Box, b: Box) -> bool:
    return a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


def _held(inner: Sequence[Box], outer: Sequence[Box], pad: float) -> list[bool]:
    """For each box of `inner`, whether it lies within a box of `outer` give or take `pad` points
    (`_inside`), all pairs at once: a page's hundreds of fills (a title's bold letters) against its
    words took a scanned page a tenth of a second in a Python loop."""
    if not inner or not outer:
        return [False] * len(inner)
    a = np.array([[b["x0"], b["top"], b["x1"], b["bottom"]] for b in inner], dtype=np.float64)[:, None, :]
    b = np.array([[b["x0"], b["top"], b["x1"], b["bottom"]] for b in outer], dtype=np.float64)[None, :, :]
    within = np.logical_and(
        np.all(a[..., :2] >= b[..., :2] - pad, axis=2), np.all(a[..., 2:] <= b[..., 2:] + pad, axis=2)
    )
    return [bool(v) for v in np.any(within, axis=1)]


def _inside(inner: Box, outer: Box, pad: float) -> bool:
    """Whether box `inner` lies within box `outer` give or take `pad` points."""
    return (
        inner["x0"] >= outer["x0"] - pad
        and inner["x1"] <= outer["x1"] + pad
        and inner["top"] >= outer["top"] - pad
        and inner["bottom"] <= outer["bottom"] + pad
    )


def _in_words(rule: Graphic, words: list[Word]) -> bool:
    """Whether a rule is part of a word's letters (the stem or bar of a large letter): it lies within
    the word's box and is no longer than one and a half times the word's height."""
    cx, cy = (rule["x0"] + rule["x1"]) / 2, (rule["top"] + rule["bottom"]) / 2
    length = max(rule["x1"] - rule["x0"], rule["bottom"] - rule["top"])
    return any(
        w["x0"] <= cx <= w["x1"] and w["top"] <= cy <= w["bottom"] and length <= 1.5 * (w["bottom"] - w["top"])
        for w in words
    )


class ScanSource:
    """Reads the pages it is given from their pictures (`read_image`)."""

    name = "ocr"

    def pages(
        self,
        path: str,
        password: str | None,
        numbers: list[int],
        options: OcrOptions,
        settings: LayoutSettings = LAYOUT,
    ) -> Iterator[SourcePage]:
        problem = unavailable(options.lang)
        if problem is not None:
            raise document_error(Kind.scanned_pdf, path, f"scanned pages need OCR: {problem}")
        for number, width, height, image in _render(path, password, numbers, options.dpi):
            yield read_image(number, width, height, np.asarray(image), options, settings)


SOURCE = ScanSource()
