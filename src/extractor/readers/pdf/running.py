"""Running headers, footers and page numbers: margin lines repeated at one place across pages.

A page's lines in the top and bottom bands (`LayoutSettings.margin_band`) are candidates, keyed by
their text (digits folded) and their place (top; left edge, right edge or centre, in steps of
`running_top_step` points); a key found on enough pages (`running_share`, `running_min_pages`) is a
running header, and so is a lone number in the bands. Template headings and their pieces (a heading
broken by the page, its rest opening two pages alike: "del proyecto o"), a bare municipality prefix
and a ficha's municipality label over its title are content, never running headers (`template`),
and so is a piece of function words alone ("de" set apart by a justified line's gaps) or of a Sello
line's or category's name (a table's row going on at the top of the next page). A label over a
title counts for the repetition, though: printed again at its place on pages with no title (a Word
page header), it is a running header there (`_title_labels`). A municipality label of the margins
printed at one place on a run of pages (a Word section's page header naming its ficha's municipality,
its text changing from ficha to ficha, the title too far below it to be headed by it) is no running
header dropped without a trace: content on the run's first page, a running header on the others
(`_kept_labels`); where a line of the page's body opens with a label naming another municipality,
a note says so (`header_label_notes`).
Keys are collected per page (`margin_keys`, in the workers) and merged over the whole document
(`repeated_keys`, in the parent), so a long PDF split by page ranges finds the same headers. A page's
margin lines (`margin_lines`) are found once: its keys and the dropping of its running lines
(`without_running`) are both given them.
"""

from __future__ import annotations

import functools
import re
import statistics
from collections import Counter
from collections.abc import Sequence

from ...layout import UNCLEAR, Line, Provenance, ReaderNote
from ...settings import LAYOUT, LayoutSettings
from ...template import (
    heading_term,
    is_bare_prefix,
    opens_a_heading,
    opens_with_title_label,
    part_of_a_heading,
    runs_within,
    starts_with_municipality,
    strip_prefix,
)
from ...text import fold
from ...vocab import categories, function_words, page_number_words, sello_lines
from .geometry import bbox, contains, vertical_overlap
from .objects import Box, Word
from .order import Unit, line_fragments
from .page import PageObjects


def _line_text(unit: Unit) -> str:
    """The text of a line unit ("" for an item: no running header)."""
    return unit.payload.text if isinstance(unit.payload, Line) else ""


def _margin_keys(unit: Unit, settings: LayoutSettings, near: bool = False) -> tuple[str, ...]:
    """A margin line's text (digits folded) with its place on the page, in steps of
    `running_top_step` points: its top and its left edge, right edge or centre (a header set
    left, right or centred, the page number's width aside). A running header stands at one
    place on every page (a master page's; mirrored pages give two places, each on half the
    pages), while a short word that justification sets apart in body text flowing through the
    band ("en", "de") lands elsewhere on each page. A line read by OCR (`near`) stands a little off
    where its words were printed: it gives the places one step around its own too, and its text
    without punctuation (OCR reads a separator "·" as "-", "+" or nothing, page by page)."""
    text = re.sub(r"\d+", "#", fold(_line_text(unit)))
    if near:
        text = " ".join(re.findall(r"[^\W_]+|#", text))
    step = settings.running_top_step
    box = unit.box
    top = round(box["top"] / step)
    shifts = (-1, 0, 1) if near else (0,)
    return tuple(
        f"{text}@{top + dt}{side}{round(x / step) + dx}"
        for side, x in (("<", box["x0"]), (">", box["x1"]), ("|", (box["x0"] + box["x1"]) / 2))
        for dt in shifts
        for dx in shifts
    )


def _in_margin(unit: Unit, page: PageObjects, settings: LayoutSettings) -> bool:
    band = settings.margin_band
    return unit.box["bottom"] < band * page.height or unit.box["top"] > (1 - band) * page.height


def margin_lines(page: PageObjects, settings: LayoutSettings = LAYOUT) -> list[Unit]:
    """The page's line pieces (split at every wide gap) in the top and bottom bands, less the
    template's section headings (or their first lines, `_opens_a_heading_with_the_next`; or their
    rest, `_heading_rest`), a bare municipality prefix ("MUNICIPALIDAD" over the name) and the name
    under it (`_under_a_bare_prefix`), and the municipality labels of a ficha's head: a heading
    (or a piece of it) or a ficha's label that opens every other page at one place, or the label
    over the titles of two fichas of one municipality, or the label of a ficha's name ("Nombre de la
    práctica", a form's first row on every page), is content, not a running head."""
    units = line_fragments(page.words, page.number, settings, every_wide_gap=True)
    return [
        u
        for u in units
        if _in_margin(u, page, settings)
        and heading_term(_line_text(u))[0] is None
        and not opens_a_heading(_line_text(u))
        and not _opens_a_heading_with_the_next(u, units, settings)
        and not _heading_rest(u, page)
        and not _heading_rest_with_the_one_above(u, units, page, settings)
        and not is_bare_prefix(_line_text(u))
        and not _under_a_bare_prefix(u, units, settings)
        and not _heads_a_title(u, page, settings)
        and not _function_words_only(u)
        and not _piece_of_a_listed_name(_line_text(u))
        and not opens_with_title_label(_line_text(u))
    ]


@functools.cache
def _listed_names() -> tuple[tuple[str, ...], ...]:
    """The words (folded) of every printed name of a Sello line and a category."""
    return tuple(tuple(name.split()) for term in (*sello_lines(), *categories()) for name in term.folded)


def _piece_of_a_listed_name(text: str) -> bool:
    """Whether `text` is a run of the words of a Sello line's or a category's printed name, in
    their order ("Vinculación", "comunitaria": a table's row name wrapped in its cell, opening the
    pages a table goes on on, at one place by the template): content the fichas list, never a
    running header."""
    words = fold(text).split()
    return bool(words) and any(runs_within(words, name) for name in _listed_names())


def _function_words_only(unit: Unit) -> bool:
    """A piece of only articles, prepositions and conjunctions ("de", "y la": vocabulary
    `function_words`): a word set apart by a justified line's wide gaps, at one place on two pages
    by chance, never a running header (a header names something)."""
    words = re.findall(r"[^\W\d_]+", _line_text(unit).lower())
    return bool(words) and all(word in function_words() for word in words)


def _opens_a_heading_with_the_next(unit: Unit, units: Sequence[Unit], settings: LayoutSettings) -> bool:
    """Whether `unit` and the line right under it (starting at its left edge, within
    `running_word_pad` points, its top at most `label_wrap_gap` of its size below) open a template
    heading together: a heading's first word alone on its line ("ELEMENTO" over "INNOVADOR/CREATIVO
    DEL"), at one place on the pages of fichas set alike, is content, not a running head."""
    size = unit.payload.size if isinstance(unit.payload, Line) else 0.0
    box, pad = unit.box, settings.running_word_pad
    return any(
        abs(other.box["x0"] - box["x0"]) <= pad
        and 0 <= other.box["top"] - box["bottom"] <= settings.label_wrap_gap * size
        and opens_a_heading(f"{_line_text(unit)} {_line_text(other)}")
        for other in units
        if other is not unit
    )


def _heading_rest(unit: Unit, page: PageObjects) -> bool:
    """Whether a margin line is a piece of a template heading's name (`template.part_of_a_heading`:
    "DEL PROYECTO O", a heading broken by the page, its rest opening the next page) printed at
    least as large as the page's usual word (the median size): a running header naming the
    programme ("Sello Migrante", the end of "Líneas Sello Migrante") is set smaller than the text."""
    line = unit.payload
    return isinstance(line, Line) and _rest_of_a_heading(line.text, line.size, page)


def _rest_of_a_heading(text: str, size: float, page: PageObjects) -> bool:
    """Whether `text`, printed at `size` points, is a piece of a template heading's name at least
    as large as the page's median word (`_heading_rest`)."""
    return part_of_a_heading(text) and size >= statistics.median(w["size"] for w in page.words)


def _heading_rest_with_the_one_above(
    unit: Unit, units: Sequence[Unit], page: PageObjects, settings: LayoutSettings
) -> bool:
    """Whether `unit` and the line right above it (starting at its left edge, within
    `running_word_pad` points, its bottom at most `label_wrap_gap` of `unit`'s size above) are
    together a piece of a template heading's name printed as large as the page's usual word
    (`_heading_rest`): a heading broken by the page whose rest wraps again, its last word alone
    on its line ("DEL PROYECTO O" over "ACTIVIDAD"), at one place on the pages of fichas set alike,
    is content, not a running head."""
    line = unit.payload
    if not isinstance(line, Line):
        return False
    box, pad = unit.box, settings.running_word_pad
    return any(
        abs(other.box["x0"] - box["x0"]) <= pad
        and 0 <= box["top"] - other.box["bottom"] <= settings.label_wrap_gap * line.size
        and isinstance(other.payload, Line)
        and _rest_of_a_heading(f"{other.payload.text} {line.text}", min(line.size, other.payload.size), page)
        for other in units
        if other is not unit
    )


def _under_a_bare_prefix(unit: Unit, units: Sequence[Unit], settings: LayoutSettings) -> bool:
    """Whether `unit` stands right under a bare municipality prefix (its left edge, within
    `running_word_pad` points, or its centre, its top at most `label_wrap_gap` of its size below
    the prefix's bottom): the name of a label set on two lines ("Municipalidad" over "SAN JOAQUÍN"),
    at one place on the pages of two fichas of one municipality, is content, as the prefix is."""
    size = unit.payload.size if isinstance(unit.payload, Line) else 0.0
    box, pad = unit.box, settings.running_word_pad

    def centre(b: Box) -> float:
        return (b["x0"] + b["x1"]) / 2

    return any(
        is_bare_prefix(_line_text(other))
        and (abs(other.box["x0"] - box["x0"]) <= pad or abs(centre(other.box) - centre(box)) <= pad)
        and 0 <= box["top"] - other.box["bottom"] <= settings.label_wrap_gap * size
        for other in units
        if other is not unit
    )


def _heads_a_title(unit: Unit, page: PageObjects, settings: LayoutSettings) -> bool:
    """Whether `unit` is a municipality label ("Municipalidad ...") with title text beside it or
    right below it: words `running_label_title` times its size or larger, level with it or
    starting at most `running_label_reach` of their own sizes below its bottom."""
    line = unit.payload
    if not isinstance(line, Line) or not starts_with_municipality(line.text):
        return False
    top, bottom = unit.box["top"], unit.box["bottom"]
    return any(
        w["size"] >= settings.running_label_title * line.size
        and top - w["size"] <= w["top"] <= bottom + settings.running_label_reach * w["size"]
        for w in page.words
    )


LABEL_ON = "label-on:"  # a page's municipality label key, tagged with its page: "label-on:3\t<key>"
LABEL_KEPT = "label-kept:"  # a municipality label key kept as content on a page: "label-kept:3\t<key>"


def margin_keys(page: PageObjects, settings: LayoutSettings = LAYOUT, lines: Sequence[Unit] | None = None) -> set[str]:
    """The page's lines in the top and bottom bands, digits folded: candidates for running headers,
    and the keys of its municipality labels among them tagged with the page's number
    (`LABEL_ON`, for `repeated_keys` to find their runs of pages).
    `lines`: the page's `margin_lines` when found before (else they are found here)."""
    near = page.ocr is not None
    lines = margin_lines(page, settings) if lines is None else lines
    titled = _title_labels(page, settings)
    keys = {key for u in [*lines, *titled] for key in _margin_keys(u, settings, near)}
    labels = [u for u in lines if starts_with_municipality(_line_text(u))]
    labels += [*titled, *_band_titles(lines, titled, settings)]
    return keys | {_tagged(LABEL_ON, page.number, key) for u in labels for key in _margin_keys(u, settings, near)}


def _band_titles(lines: Sequence[Unit], titled: Sequence[Unit], settings: LayoutSettings) -> list[Unit]:
    """The margin lines that are the title a municipality label of the margins heads (`titled`:
    `_title_labels`; words `running_label_title` times the label's size or larger, level with it or
    starting at most `running_label_reach` of their own sizes below it): a ficha's head printed in a
    band repeated at one place on each of its pages. Like a margin label (`_kept_labels`), the band
    is content on the first page of its run and a running header on the others."""
    return [u for u in lines if any(_heads(label, u, settings) for label in titled)]


def _heads(label: Unit, unit: Unit, settings: LayoutSettings) -> bool:
    """Whether the municipality label `label` heads the line `unit` as its title: `unit` printed
    `running_label_title` times its size or larger, level with it or starting at most
    `running_label_reach` of its own size below the label's bottom."""
    line, other = label.payload, unit.payload
    if not isinstance(line, Line) or not isinstance(other, Line) or unit is label:
        return False
    top, bottom = label.box["top"], label.box["bottom"]
    return (
        other.size >= settings.running_label_title * line.size
        and top - other.size <= unit.box["top"] <= bottom + settings.running_label_reach * other.size
    )


def _tagged(tag: str, page: int, key: str) -> str:
    return f"{tag}{page}\t{key}"


def _title_labels(page: PageObjects, settings: LayoutSettings) -> list[Unit]:
    """The page's municipality labels over a title in the top and bottom bands (`_heads_a_title`):
    content, never dropped, but their keys count with the margin lines', so the same label printed
    at the same place on the ficha's next pages (a Word page header repeating it, no title there)
    is a running header on those pages: read once, never inside a section's text."""
    band = [w for w in page.words if w["bottom"] < settings.margin_band * page.height]
    if not band:
        return []
    units = line_fragments(band, page.number, settings, every_wide_gap=True)
    return [u for u in units if _in_margin(u, page, settings) and _heads_a_title(u, page, settings)]


def repeated_keys(keys_per_page: list[set[str]], settings: LayoutSettings = LAYOUT) -> set[str]:
    """Margin lines that repeat on several pages: running headers and footers; and the municipality
    labels among them kept as content once per run of pages (`_kept_labels`)."""
    seen: Counter[str] = Counter()
    for keys in keys_per_page:
        seen.update(key for key in keys if not key.startswith(LABEL_ON))
    needed = max(settings.running_min_pages, int(settings.running_share * len(keys_per_page)))
    repeated = {key for key, count in seen.items() if count >= needed}
    return repeated | _kept_labels(keys_per_page, settings)


def _kept_labels(keys_per_page: list[set[str]], settings: LayoutSettings) -> set[str]:
    """The municipality labels of the margins (`LABEL_ON` keys) printed at one place on
    `running_min_pages` pages or more: a page header naming the ficha(s) on its pages (a Word
    section's header, its text changing from ficha to ficha), no running header to drop without a
    trace. It is a running header (its key among the repeated ones) on the pages that go on a run
    of pages holding it, and content on the run's first page (a `LABEL_KEPT` key there), where
    segmentation gives it to the ficha whose title is on that page or continues there."""
    pages: dict[str, set[int]] = {}
    for keys in keys_per_page:
        for tagged in keys:
            if tagged.startswith(LABEL_ON):
                number, _, key = tagged.removeprefix(LABEL_ON).partition("\t")
                pages.setdefault(key, set()).add(int(number))
    return {
        found
        for key, on in pages.items()
        if len(on) >= settings.running_min_pages
        for found in (key, *(_tagged(LABEL_KEPT, n, key) for n in on if n - 1 not in on))
    }


PAGE_NUMBER_DIGITS = 3  # a publication's pages number fewer than a thousand: "2022" is a year
SENTENCE_GOES_ON = ":,;"  # marks after which a sentence goes on: no page number ends with one


def _is_number(unit: Unit) -> bool:
    """A number alone ("3", "- 3 -", "3/10"), or labelled as a page's ("Página 3", "Pág. 3 de 10":
    its other words all `page_number_words`); never one of more than PAGE_NUMBER_DIGITS digits nor
    one ending with a mark a sentence goes on after (`SENTENCE_GOES_ON`): "2022:" ending a
    justified line at the page's foot is the text's (browser seed 10754 lost it silently)."""
    text = _line_text(unit)
    if not re.search(r"\d", text) or text.rstrip()[-1:] in SENTENCE_GOES_ON:
        return False
    return all(
        (word.isdigit() and len(word) <= PAGE_NUMBER_DIGITS) or word in page_number_words()
        for word in re.findall(r"[^\W_]+", fold(text))
    )


def _inside_text(unit: Unit, page: PageObjects, settings: LayoutSettings) -> bool:
    """Whether the piece stands inside a line of text: words of its row on both sides of it, and
    the page's line fragment holding it (`line_fragments`, split at column gutters only, not at
    every wide gap) holds other words too (a year set apart by a justified line's wide gaps, "El
    año   2019   se crea", is the line's, not a page number)."""
    row = [w for w in page.words if vertical_overlap(w, unit.box) > settings.line_overlap]
    if not (any(w["x1"] <= unit.box["x0"] for w in row) and any(w["x0"] >= unit.box["x1"] for w in row)):
        return False
    return any(
        other.box["x0"] < unit.box["x0"] - 1 or other.box["x1"] > unit.box["x1"] + 1
        for other in line_fragments(page.words, page.number, settings)
        if contains(other.box, unit.box, pad=settings.running_word_pad)
    )


def without_running(
    page: PageObjects, keys: set[str], settings: LayoutSettings = LAYOUT, lines: Sequence[Unit] | None = None
) -> list[Word]:
    """The page's words in page order, less those of running headers, footers and page numbers
    (a number alone in its margin piece, unless it stands inside a line of text: `_inside_text`).
    `lines`: the page's `margin_lines` when found before (else they are found here)."""
    pad = settings.running_word_pad
    margins = margin_lines(page, settings) if lines is None else lines
    repeated = _repeated_here(page, keys, margins, settings)
    labels = [u for u in margins if starts_with_municipality(_line_text(u))]  # a footer band's municipality
    running = repeated + [
        u
        for u in margins
        if u not in repeated
        and _is_number(u)
        and not _inside_text(u, page, settings)
        and not _ends_a_line_of_text(u, page, [*repeated, *labels], settings)
    ]
    running += _repeated_band_labels(page, keys, repeated, settings)
    return [w for w in page.words if not any(contains(u.box, w, pad=pad) for u in running)]


def _repeated_band_labels(
    page: PageObjects, keys: set[str], repeated: Sequence[Unit], settings: LayoutSettings
) -> list[Unit]:
    """The municipality labels over a title (`_title_labels`) that repeat here, beside a title that
    is a running header on this page (`repeated`): a band printing the ficha's title and municipality
    again at one place on its next pages, read once (on the run's first page), never inside the
    section crossing the page. A label over a title of its own (a new ficha of the same
    municipality) stays content."""
    titled = _repeated_here(page, keys, _title_labels(page, settings), settings)
    return [label for label in titled if any(_heads(label, u, settings) for u in repeated)]


def _repeated_here(page: PageObjects, keys: set[str], margins: Sequence[Unit], settings: LayoutSettings) -> list[Unit]:
    """The page's margin lines whose key repeats (`keys`), less a municipality label kept as
    content on this page (`_kept_labels`)."""
    near = page.ocr is not None
    return [
        u
        for u in margins
        if not keys.isdisjoint(own := _margin_keys(u, settings, near))
        and keys.isdisjoint(_tagged(LABEL_KEPT, page.number, key) for key in own)
    ]


def header_label_notes(
    page: PageObjects, keys: set[str], settings: LayoutSettings = LAYOUT, lines: Sequence[Unit] | None = None
) -> list[Unit]:
    """A note (`lectura_dudosa` on `municipalidad`) where a line of the page opening with a
    municipality label names another municipality than the page header's label (a margin label
    repeated on a run of pages, `_kept_labels`): which of the two is the ficha's, a reviewer says.
    Placed at the body's label, so the ficha holding it gets the aviso.
    `lines`: the page's `margin_lines` when found before (else they are found here)."""
    near = page.ocr is not None
    margins = margin_lines(page, settings) if lines is None else lines
    headers = [
        u
        for u in margins
        if starts_with_municipality(_line_text(u)) and not keys.isdisjoint(_margin_keys(u, settings, near))
    ]
    if not headers:
        return []
    named = {strip_prefix(_line_text(u)) for u in headers}
    notes = []
    for unit in line_fragments(page.words, page.number, settings, every_wide_gap=True):
        text = _line_text(unit)
        if not starts_with_municipality(text) or is_bare_prefix(text) or any(u.box == unit.box for u in headers):
            continue
        body = strip_prefix(text)
        if any(body.startswith(name) or name.startswith(body) for name in named):
            continue
        header = _line_text(headers[0])
        message = f"el encabezado de página nombra «{header}» y la página «{text}»: revisar la municipalidad"
        provenance = Provenance(page.number, bbox(unit.box))
        notes.append(Unit(unit.box, payload=ReaderNote(UNCLEAR, message, provenance, campo="municipalidad")))
    return notes


def _ends_a_line_of_text(unit: Unit, page: PageObjects, repeated: Sequence[Unit], settings: LayoutSettings) -> bool:
    """Whether the number `unit` stands level with words of text on its left in its row, no running
    line's (`repeated`): the last word of a line, however wide the gap a justified or tabbed line
    leaves ("salarios de   300" at a column's foot, browser seed 10722); a page number stands in
    the bands apart from the body's lines, or beside a running footer (`repeated`: the running
    lines, and a municipality label of the margins, a one-page ficha's footer band)."""
    pad = settings.running_word_pad
    return any(
        w["x1"] <= unit.box["x0"]
        and vertical_overlap(w, unit.box) > settings.line_overlap
        and not any(contains(r.box, w, pad=pad) for r in repeated)
        for w in page.words
    )
