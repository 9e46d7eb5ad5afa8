"""The browser harness: the golden records as HTML and CSS, printed to PDF by headless Chromium.

Every choice is explicit data (CHOICES, drawn per seed by `chosen.Chosen`): CSS grid and
flex layouts, a coloured side panel on either side, cards, bands, tables, fonts from
Debian's font packages (fonts-dejavu-core, fonts-liberation2) named or loaded with
@font-face, SVG and CSS-drawn boxes and ticks, Unicode ballot glyphs, month displays of
any shape, headings in any dress. `html_document(design, fichas)` returns the page and
the municipality label each ficha prints; `print_pdf` prints it.
"""

from __future__ import annotations

import html
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from ..docx_builders import HEADINGS, MONTHS
from .content import SELLO_LEAD_IN, Ficha

FONT_FILES = {  # family -> (regular, bold) files of Debian's fonts-dejavu-core and fonts-liberation2
    "DejaVu Sans": (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    "DejaVu Serif": (
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    ),
    "Liberation Sans": (
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    ),
    "Liberation Serif": (
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    ),
}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# Each choice: its values; the first is the plainest. Sizes in points.
CHOICES: dict[str, tuple] = {
    "fichas": (1, 2),
    "cover": (False, True),
    "page": ("A4", "letter"),
    "font": tuple(FONT_FILES),
    "font_source": ("installed", "font_face"),  # the family by name, or loaded from its file with @font-face
    "body_size": (9.0, 10.0, 11.0),
    "leading": (1.2, 1.35, 1.5),
    "title_size": (16.0, 20.0, 24.0),
    "layout": ("flow", "side_left", "side_right", "cards", "bands"),  # bands: each section a full-width band
    "panel_holds": ("municipality_categories", "categories", "short_sections"),  # of a side panel
    "panel_colour": ("EEF3FA", "1B3A6B"),  # pale with dark text, or dark with white text
    "municipality_position": ("before", "after", "beside"),
    "municipality_form": (
        "MUNICIPALIDAD {COMUNA}",
        "Municipalidad de {comuna}",
        "Municipalidad {comuna}",
        "Municipalidad\n{COMUNA}",
    ),
    "municipality_frame": ("plain", "pill", "band", "box"),
    "section_form": ("headings", "label_rows"),  # short sections under headings, or as a table of label | value
    "heading_dress": (
        "plain",
        "numbered_arabic",
        "numbered_roman",
        "numbered_paren",
        "pill",
        "band",
        "small_caps",
        "rule",
    ),
    "heading_place": ("above", "beside"),  # beside: a grid of heading | text
    "heading_caps": (False, True),
    "heading_colon": (False, True),
    "heading_bold": (True, False),  # not bold: coloured and larger
    "category_form": ("list", "grid", "table"),  # table: a table of labels and marks
    "category_columns": (1, 2, 4),
    "box_side": ("before", "after"),  # the box before or after its label
    "checkbox": (
        "glyph_ballot",
        "glyph_check",
        "glyph_square",
        "css_fill",
        "css_tick",
        "svg_tick",
        "svg_cross",
        "input",
    ),
    "month_shape": ("row", "column", "grid6x2", "grid4x3", "grid3x4", "grid2x6"),
    "month_names": ("full", "short", "letter"),
    "month_name_place": ("above", "inside"),  # names over the marks, or inside the cells
    "month_active": ("mark", "fill", "colour", "weight", "inactive_grey", "inactive_struck"),
    "empty_month_display": (False, True),  # a ficha without months prints the empty display (else none)
    "columns": (1, 2),  # of the description and the text after it (CSS columns)
    "justified": (False, True),
    "paragraph_break": ("space", "indent"),
    "sello_form": ("paragraphs", "bullets", "numbered", "table"),  # table: name | justification rows
    "sello_name_bold": (False, True),
    "sello_lead_in": (True, False),
    "running_header": (False, True),
    "page_numbers": ("none", "plain", "pagina"),
    "corner_shape": (False, True),
    # month_active "colour": the accent a cell's fill (names above) or the name's colour (inside), or the same
    # ● in every cell, the active months' green and the others' light grey (drawn late: LATE_CHOICES)
    "colour_mark": ("accent", "dot"),
    # the first paragraph of the description and of the innovation opens with a drop cap (a CSS
    # `::first-letter` floated three lines tall), its first line in small capitals (`::first-line`)
    "drop_cap": (False, True),
}
# drawn after the fichas, in this order (chosen.py): the seeds drawn before each was added keep their designs
LATE_CHOICES = ("colour_mark", "drop_cap")
SHORT_SECTIONS = ("oficinas", "grupo_prioritario", "forma_financiamiento", "sostenibilidad")
ACCENT, INK = "#E07A5F", "#1B3A6B"


def label_text(design, ficha: Ficha) -> str:
    """The municipality label as a reader gives it (one line)."""
    return " ".join(design.municipality_form.format(comuna=ficha.comuna, COMUNA=ficha.comuna.upper()).split())


def _e(text: str) -> str:
    return html.escape(text, quote=True)


# --- checkboxes ------------------------------------------------------------------------------

_SVG_BOX = '<rect x="1" y="1" width="10" height="10" fill="white" stroke="#333" stroke-width="1.2"/>'


def checkbox_html(style: str, checked: bool) -> str:
    """One box as HTML: a Unicode ballot glyph, a CSS-drawn box, an SVG box, or a form control."""
    if style == "glyph_ballot":
        return f'<span class="g">{"☒" if checked else "☐"}</span>'
    if style == "glyph_check":
        return f'<span class="g">{"☑" if checked else "☐"}</span>'
    if style == "glyph_square":
        return f'<span class="g">{"■" if checked else "□"}</span>'
    if style == "css_fill":
        return f'<span class="cb{" on" if checked else ""}"></span>'
    if style == "css_tick":
        return f'<span class="cb tick{" on" if checked else ""}"></span>'
    if style == "input":
        return f'<input type="checkbox"{" checked" if checked else ""}>'
    mark = ""
    if checked and style == "svg_tick":
        mark = '<path d="M3 6.5 L5.2 9 L9.5 3" fill="none" stroke="#111" stroke-width="1.6"/>'
    elif checked:
        mark = '<path d="M3 3 L9 9 M9 3 L3 9" stroke="#111" stroke-width="1.5"/>'
    return f'<svg class="sv" width="12" height="12" viewBox="0 0 12 12">{_SVG_BOX}{mark}</svg>'


# --- months ----------------------------------------------------------------------------------


def month_name(design, month: int) -> str:
    name = MONTHS[month - 1]
    return {"full": name, "short": name[:3], "letter": name[0]}[design.month_names]


def _grid_shape(shape: str) -> tuple[int, int]:
    """(rows, columns) of the month display."""
    return {
        "row": (1, 12),
        "column": (12, 1),
        "grid6x2": (2, 6),
        "grid4x3": (3, 4),
        "grid3x4": (4, 3),
        "grid2x6": (6, 2),
    }[shape]


def months_html(design, active: list[int]) -> str:
    """The twelve months as a table of the chosen shape, names above the marks or inside the cells,
    active months told apart as the design says."""
    rows, cols = _grid_shape(design.month_shape)
    how = "glyph_colour" if design.month_active == "colour" and design.colour_mark == "dot" else design.month_active
    longest = {"full": 10, "short": 3, "letter": 1}[design.month_names]  # "Septiembre"
    if design.month_name_place == "inside" and how in ("mark", "glyph_colour"):
        longest += 2  # " ✕" after the name in its cell
    # the names fit their column however narrow the section: the font shrinks with the container's width
    # (cqi), at 0.62 em a character and 1.2 em of padding and mark a cell
    size = f"min({design.body_size - 1}pt, calc(100cqi / {cols * (longest * 0.62 + 1.2):.2f}))"
    width = "width: 100%;" if cols > 2 else ""
    out = [f'<div class="mwrap"><table class="months" style="font-size: {size}; {width}">']
    for r in range(rows):
        months = [r * cols + c + 1 for c in range(cols)] if design.month_shape != "column" else [r + 1]
        if design.month_name_place == "above":
            out.append("<tr>" + "".join(f"<th>{_e(month_name(design, m))}</th>" for m in months) + "</tr>")
            cells = []
            for m in months:
                on = m in active
                if how in ("mark", "weight"):
                    cells.append(f"<td>{'✕' if how == 'mark' and on else '✓' if on else ''}</td>")
                elif how == "glyph_colour":
                    cells.append(f'<td class="dot {"on" if on else "off"}">●</td>')
                elif how in ("fill", "colour"):
                    cells.append(f'<td class="{"on" if on else ""} {how}"></td>')
                else:  # inactive told apart: the inactive cells greyed or crossed out
                    cells.append(f'<td class="{"" if on else "off-" + how}"></td>')
            out.append("<tr>" + "".join(cells) + "</tr>")
        else:
            cells = []
            for m in months:
                on = m in active
                name = _e(month_name(design, m))
                if how == "mark":
                    cells.append(f'<td class="in">{name} {"✕" if on else ""}</td>')
                elif how == "glyph_colour":
                    cells.append(f'<td class="in">{name} <span class="dot {"on" if on else "off"}">●</span></td>')
                elif how in ("fill", "colour", "weight"):
                    cells.append(f'<td class="in {how if on else ""}">{name}</td>')
                elif how == "inactive_grey":
                    cells.append(f'<td class="in {"" if on else "grey"}">{name}</td>')
                else:
                    cells.append(f'<td class="in">{name if on else f"<s>{name}</s>"}</td>')
            out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table></div>")
    return "".join(out)


# --- headings and sections -------------------------------------------------------------------


class Page:
    """The HTML of one document in a design."""

    def __init__(self, design):
        self.d = design
        self.number = 0
        self.narrow = False  # inside a side panel or a text column: headings above, no label rows, one category a row
        # inside a card (half the page): headings above their text. Beside it, the heading's column
        # ("DEPARTAMENTO/OFICINAS" in bold) left the text a column narrower than its longest word:
        # "discriminación" ran over the card's edge into the next card's text and the month row
        # shrank to 4.5 pt (seed 9982), which no designer prints
        self.card = False

    def heading_text(self, key: str) -> str:
        text = HEADINGS[key]
        if self.d.heading_caps:
            text = text.upper()
        if self.d.heading_colon:
            text += ":"
        return text

    def heading(self, key: str, label_cell: bool = False) -> str:
        """A section's heading; `label_cell`: in a label | value row's label cell."""
        d = self.d
        self.number += 1
        prefix = {
            "numbered_arabic": f"{self.number}. ",
            "numbered_roman": f"{ROMAN[self.number - 1]}. ",
            "numbered_paren": f"{self.number}) ",
        }.get(d.heading_dress, "")
        text = _e(prefix + self.heading_text(key))
        # a designer's break after the slash of a word wider than a panel, a column or a row's label
        # cell. In a label cell, unbroken, "DEPARTAMENTO/OFICINAS" in a bold band widened the label
        # column past its 30%, the table overflowed a side layout's main column and Chromium clipped
        # the value's last character at the page's edge (no final period of "emprendedores/as." in
        # the PDF, seed 24014), which is no fair document
        if self.narrow or label_cell:
            text = text.replace("/", "/<wbr>")
        return f'<h2 class="h {d.heading_dress}">{text}</h2>'

    def paragraphs(self, text: str | None, cls: str = "", drop_cap: bool = False) -> str:
        """`text`'s paragraphs as <p class=cls>; with `drop_cap`, the first opens with a drop cap (class dc)."""
        if not text:
            return ""
        return "".join(
            f'<p class="{cls}{" dc" if drop_cap and n == 0 else ""}">{_e(p)}</p>'
            for n, p in enumerate(text.split("\n\n"))
        )

    def section(self, key: str, body: str, cls: str = "") -> str:
        """A section: heading above or beside its body; in the bands layout a band of its own."""
        if self.d.heading_place == "beside" and not self.narrow and not self.card:
            inner = f'<div class="beside">{self.heading(key)}<div>{body}</div></div>'
        else:
            inner = self.heading(key) + body
        return f'<section class="sec {cls}">{inner}</section>'

    def label_rows(self, ficha: Ficha, keys: Sequence[str]) -> str:
        """Short sections as a table of label | value rows (the label a heading)."""
        rows = "".join(
            f'<tr><th class="lab">{self.heading(k, label_cell=True)}</th>'
            f"<td>{self.paragraphs(self.text(ficha, k))}</td></tr>"
            for k in keys
        )
        return f'<table class="rows">{rows}</table>'

    @staticmethod
    def text(ficha: Ficha, key: str) -> str | None:
        if key == "oficinas":
            return ficha.offices
        if key == "forma_financiamiento":
            return ficha.record["forma_financiamiento"]["texto"]
        return ficha.record[key]

    def short(self, ficha: Ficha, keys: Sequence[str]) -> str:
        if self.d.section_form == "label_rows" and not self.narrow:
            return self.label_rows(ficha, keys)
        return "".join(self.section(k, self.paragraphs(self.text(ficha, k))) for k in keys)

    def municipality(self, ficha: Ficha) -> str:
        form = self.d.municipality_form.format(comuna=ficha.comuna, COMUNA=ficha.comuna.upper())
        return f'<div class="muni {self.d.municipality_frame}">{"<br>".join(_e(t) for t in form.splitlines())}</div>'

    def categories(self, ficha: Ficha) -> str:
        d = self.d
        rows = ficha.category_rows()
        # a side panel or a text column holds one category a row: two of the longest labels and
        # their boxes overflow its width (the boxes then cross into the next column)
        # a card is half the page: four label | box pairs a row in it shrank the font below legibility
        # and, with the boxes' fixed sizes, overflowed the card and the page (the last boxes cut off)
        most = 1 if self.narrow else 2 if d.layout == "cards" else 4
        if d.category_form == "table":
            per = min(d.category_columns, most)
            cells = []
            for n in range(0, len(rows), per):
                tds = ""
                for label, checked in rows[n : n + per]:
                    box = f'<td class="box">{checkbox_html(d.checkbox, checked)}</td>'
                    lab = f"<td>{_e(label)}</td>"
                    tds += box + lab if d.box_side == "before" else lab + box
                cells.append(f"<tr>{tds}</tr>")
            # the table fits its section however narrow: the font shrinks with the container's width
            # (cqi), at 0.62 em a character of the longest word ("Acogida/atención") and 3.6 em of
            # padding and box a label | box pair (it overflowed the section and lost its last boxes);
            # the cells' padding and the boxes are sized in em (table.cats-t in css), so that they
            # shrink with the font (in points they did not, and the table overflowed all the same)
            longest = max(len(word) for label, _ in rows for word in label.split())
            size = f"min({d.body_size}pt, calc(100cqi / {per * (longest * 0.62 + 3.6):.2f}))"
            body = f'<div class="mwrap"><table class="cats-t" style="font-size: {size}">{"".join(cells)}</table></div>'
        else:
            items = []
            for label, checked in rows:
                box = checkbox_html(d.checkbox, checked)
                # the box stays on a line with its label's nearest word, as a designer keeps them
                words = label.split(" ")
                if d.box_side == "before":
                    inner = " ".join([f'<span class="nw">{box} {_e(words[0])}</span>', *map(_e, words[1:])])
                else:
                    inner = " ".join([*map(_e, words[:-1]), f'<span class="nw">{_e(words[-1])} {box}</span>'])
                items.append(f'<div class="cat">{inner}</div>')
            columns = min(d.category_columns, most) if d.category_form == "grid" else 1
            # at most `columns` tracks, fewer where the container is too narrow for its longest word
            # and box (a designer's grid wraps; 1fr tracks overflowed a card, clipping "Regularizació")
            widest = max(len(word) for label, _ in rows for word in label.split(" ")) * 0.62 + 2.0
            track = f"minmax(max({widest:.1f}em, calc((100% - {columns - 1} * 10pt) / {columns})), 1fr)"
            body = f'<div class="cats" style="grid-template-columns: repeat(auto-fill, {track})">{"".join(items)}</div>'
        return self.section("categorias", body)

    def dates(self, ficha: Ficha) -> str:
        dates = ficha.record["fechas_implementacion"]
        body = ""
        if dates["meses"] or self.d.empty_month_display:
            body += months_html(self.d, dates["meses"])
        body += self.paragraphs(dates["texto"])
        return self.section("fechas_implementacion", body)

    def sello(self, ficha: Ficha) -> str:
        d = self.d
        body = f"<p>{_e(SELLO_LEAD_IN)}</p>" if d.sello_lead_in else ""

        def name(n: str) -> str:
            return f"<b>{_e(n)}</b>" if d.sello_name_bold else _e(n)

        lines = ficha.sello_lines
        if d.sello_form == "paragraphs":
            body += "".join(f"<p>{name(n)}, {_e(j)}</p>" for n, j in lines)
        elif d.sello_form in ("bullets", "numbered"):
            tag = "ul" if d.sello_form == "bullets" else "ol"
            body += f'<{tag} class="sello">' + "".join(f"<li>{name(n)}, {_e(j)}</li>" for n, j in lines) + f"</{tag}>"
        else:
            table = "".join(f"<tr><td>{name(n)}</td><td>{_e(j)}</td></tr>" for n, j in lines)
            if d.columns == 2:
                # in a text column the table fits its column however narrow: the font shrinks with the
                # column's width (cqi), at 0.7 em a character (bold capitals' width) of the longest word
                # of each cell and 1.2 em of padding and rules a cell. At a fixed 0.85 em a name's and a
                # justification's longest words overflowed the column and Chromium clipped the last one
                # ("acompañamient": the PDF held no final "o", seed 10831), which is no fair document
                longest = sum(max(len(w) for text in cells for w in text.split()) for cells in zip(*lines, strict=True))
                size = f"min(0.85em, calc(100cqi / {longest * 0.7 + 2.4:.2f}))"
                body += f'<div class="mwrap"><table class="sello-t" style="font-size: {size}">{table}</table></div>'
            else:
                body += f'<table class="sello-t">{table}</table>'
        return self.section("lineas_sello", body)

    def head(self, ficha: Ficha, with_municipality: bool) -> str:
        title = f"<h1>{_e(ficha.record['titulo'])}</h1>"
        if not with_municipality:
            return f'<header class="head">{title}</header>'
        muni = self.municipality(ficha)
        if self.d.municipality_position == "beside":
            return f'<header class="head beside">{title}{muni}</header>'
        parts = (muni, title) if self.d.municipality_position == "before" else (title, muni)
        return f'<header class="head">{"".join(parts)}</header>'

    def text_part(self, ficha: Ficha) -> str:
        cls = "cols" if self.d.columns == 2 else ""
        narrow, self.narrow = self.narrow, self.narrow or self.d.columns == 2
        description = self.section("descripcion", self.paragraphs(ficha.record["descripcion"], "desc", self.d.drop_cap))
        innovation = self.section(
            "elemento_innovador", self.paragraphs(ficha.record["elemento_innovador"], drop_cap=self.d.drop_cap)
        )
        sello = self.sello(ficha)
        self.narrow = narrow
        return f'<div class="{cls}">{description}{innovation}{sello}</div>'

    def ficha(self, ficha: Ficha) -> str:
        """One ficha, from a new page; its sections numbered from 1 (a numbered dress restarts per ficha)."""
        d = self.d
        self.number = 0
        side = d.layout in ("side_left", "side_right")
        muni_in_panel = side and d.panel_holds == "municipality_categories"
        if side:
            head = self.head(ficha, not muni_in_panel)
            panel_keys = SHORT_SECTIONS if d.panel_holds == "short_sections" else ()
            main_keys = [k for k in SHORT_SECTIONS if k not in panel_keys]

            def panel_html() -> str:
                self.narrow = True
                out = self.municipality(ficha) if muni_in_panel else ""
                out += self.categories(ficha) + self.short(ficha, panel_keys)
                self.narrow = False
                return out

            def main_html() -> str:
                return (
                    self.short(ficha, main_keys[:2])
                    + self.dates(ficha)
                    + self.short(ficha, main_keys[2:])
                    + self.text_part(ficha)
                )

            # drawn in reading order, so that numbered headings count as a reader meets them
            if d.layout == "side_left":
                panel = panel_html()
                main = main_html()
            else:
                main = main_html()
                panel = panel_html()
            order = (panel, main) if d.layout == "side_left" else (main, panel)
            classes = ("panel", "main") if d.layout == "side_left" else ("main", "panel")
            body = (
                f'<div class="split {d.layout}">'
                + "".join(f'<div class="{c}">{h}</div>' for c, h in zip(classes, order, strict=True))
                + "</div>"
            )
            return f'<article class="ficha">{head}{body}</article>'
        head = self.head(ficha, True)
        if d.layout == "cards":
            self.card = True
            cards = (
                self.short(ficha, SHORT_SECTIONS[:2])
                + self.categories(ficha)
                + self.dates(ficha)
                + self.short(ficha, SHORT_SECTIONS[2:])
            )
            self.card = False
            return f'<article class="ficha">{head}<div class="cards">{cards}</div>{self.text_part(ficha)}</article>'
        body = (
            self.short(ficha, SHORT_SECTIONS[:2])
            + self.categories(ficha)
            + self.dates(ficha)
            + self.short(ficha, SHORT_SECTIONS[2:])
            + self.text_part(ficha)
        )
        return f'<article class="ficha {d.layout}">{head}{body}</article>'


def css(design) -> str:
    d = design
    family = d.font if d.font_source == "installed" else "Harness Face"
    faces = ""
    if d.font_source == "font_face":
        regular, bold = FONT_FILES[d.font]
        faces = (
            f"@font-face {{ font-family: 'Harness Face'; src: url('file://{regular}'); font-weight: normal; }}\n"
            f"@font-face {{ font-family: 'Harness Face'; src: url('file://{bold}'); font-weight: bold; }}\n"
        )
    dark = d.panel_colour == "1B3A6B"
    heading = {
        "pill": f"background:{ACCENT}; color:white; border-radius: 9px; padding: 1px 9px; display: inline-block;",
        "band": f"background:{INK}; color:white; padding: 2px 6px;",
        "small_caps": "font-variant: small-caps;",
        "rule": f"border-bottom: 1.2px solid {ACCENT}; padding-bottom: 1px;",
    }.get(d.heading_dress, "")
    heading_weight = "bold" if d.heading_bold else "normal"
    heading_size = d.body_size + (1.5 if d.heading_bold else 3)
    # a side panel's headings fit its width: their longest word ("DEPARTAMENTO/OFICINAS:") at 0.82 em a
    # letter (capitals of the widest face) and 2.5 em of a dress's padding; larger, a pill overflowed
    # the panel and was printed over the main column's text (browser seed 6598), no fair document.
    # Never smaller than the body (a heading no larger than its text, in its weight, is told from it
    # by its colour alone: seed 7345); a word that still does not fit breaks after its slash
    # (`Page.heading`)
    longest = max(len(word) for text in HEADINGS.values() for word in text.split()) + 1
    panel_heading = f"clamp({d.body_size}pt, calc(100cqi / {longest * 0.82 + 2.5:.2f}), {heading_size}pt)"
    frame = {
        "pill": f"background:{ACCENT}; color:white; border-radius: 12px; padding: 4px 12px;",
        "band": f"background:{INK}; color:white; padding: 4px 10px;",
        "box": f"border: 1.2px solid {INK}; padding: 4px 8px;",
    }.get(d.municipality_frame, "")
    page_box = ""
    if d.page_numbers != "none":
        content = "counter(page)" if d.page_numbers == "plain" else '"Página " counter(page)'
        page_box = f"@bottom-right {{ content: {content}; font-size: 8pt; font-family: '{family}'; }}"
    if d.running_header:  # a page margin box: printed on every page
        page_box += (
            "@top-left { content: 'Buenas prácticas municipales · Sello Migrante'; font-size: 7.5pt; "
            f"color: #777; font-family: '{family}'; }}"
        )
    if d.corner_shape:
        page_box += f"@top-right-corner {{ content: ''; background: {ACCENT}; }}"
    return f"""{faces}
@page {{ size: {d.page}; margin: 16mm 15mm 18mm 15mm; {page_box} }}
body {{ font-family: '{family}', sans-serif; font-size: {d.body_size}pt; line-height: {d.leading}; color: #222;
  margin: 0; }}
.cover {{ height: 220mm; box-sizing: border-box; background: {INK}; color: white; padding: 30mm 20mm;
  page-break-after: always; }}
.cover .big {{ font-size: 44pt; font-weight: bold; }}
.ficha {{ page-break-before: always; }}
.ficha:first-of-type {{ page-break-before: auto; }}
h1 {{ font-size: {d.title_size}pt; color: {INK}; margin: 0 0 6pt 0; line-height: 1.15; }}
.head {{ margin-bottom: 8pt; }}
.head.beside {{ display: flex; gap: 14pt; align-items: flex-start; }}
.head.beside h1 {{ flex: 3; }}
.head.beside .muni {{ flex: 1; }}
.muni {{ font-weight: bold; font-size: {d.body_size + 1}pt; margin: 4pt 0; {frame} }}
h2.h {{ font-size: {heading_size}pt; font-weight: {heading_weight}; color: {INK}; margin: 9pt 0 3pt 0;
  {heading} }}
p {{ margin: 0 0 {"5pt" if d.paragraph_break == "space" else "0"} 0; text-align: {"justify" if d.justified else "left"};
  }}
p.dc::first-letter {{ float: left; font-size: {3 * d.leading:.2f}em; line-height: 0.85; padding: 2px 4px 0 0;
  color: {ACCENT}; font-weight: bold; }}
p.dc::first-line {{ font-variant: small-caps; letter-spacing: 0.3px; }}
/* a drop cap's paragraph opens with at least four lines before a column or page break: with fewer
   room the float, three lines tall, was pushed to the next column's top and printed beside its
   lines, its first line left behind without it (seed 47595: "E DESTACA LA ..." at a column's foot,
   the "S" beside "regional"), a break no designer prints */
p.dc {{ orphans: 4; }}
p.desc + p.desc {{ text-indent: {"1.5em" if d.paragraph_break == "indent" else "0"}; }}
.cols {{ column-count: 2; column-gap: 18pt; }}
.cols h2 {{ break-after: avoid; break-inside: avoid; }}  /* a heading is never split by a column break */
.split {{ display: grid; gap: 14pt; }}
.split.side_left {{ grid-template-columns: 36% minmax(0, 1fr); }}
.split.side_right {{ grid-template-columns: minmax(0, 1fr) 36%; }}
.panel, .main {{ min-width: 0; }}
.panel {{ background: #{d.panel_colour}; {"color: white;" if dark else ""} padding: 8pt; border-radius: 6pt;
  container-type: inline-size; }}
.panel h2.h {{ font-size: {panel_heading}; }}
{".panel h2.h { color: white; }" if dark else ""}
.cards {{ display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; }}
.cards > * {{ break-inside: avoid; }}  /* Chromium overlaps the next content with a grid card a page breaks */
.cards .sec, .cards table.rows {{ border: 1px solid #C8CEDD; border-radius: 6pt; padding: 5pt 8pt;
  background: #F7F8FC; }}
.bands .sec {{ background: #F1F3F8; margin: 0 0 5pt 0; padding: 3pt 8pt; }}
.beside {{ display: grid; grid-template-columns: minmax(min-content, 28%) minmax(0, 1fr); gap: 10pt;
  align-items: start; }}
.beside h2.h {{ margin-top: 0; }}
table.rows {{ border-collapse: collapse; width: 100%; margin: 6pt 0; }}
table.rows tr {{ break-inside: avoid; }}  /* Chromium loses a label's first line when a page breaks its row */
table.rows th.lab {{ width: 30%; text-align: left; vertical-align: top; padding: 2pt 6pt 2pt 0; }}
table.rows th.lab h2 {{ margin: 0; }}
table.rows td {{ vertical-align: top; padding: 2pt 0; border-bottom: 0.6px solid #D0D0D0; }}
.cats {{ display: grid; gap: 3pt 10pt; }}
.cat {{ break-inside: avoid; }}
.nw {{ white-space: nowrap; }}
table.cats-t {{ border-collapse: collapse; }}
table.cats-t td {{ border: 0.6px solid #999; padding: 0.2em 0.5em; }}
table.cats-t .cb, table.cats-t input[type=checkbox] {{ width: 0.85em; height: 0.85em; }}
table.cats-t input[type=checkbox] {{ margin: 0; }}
table.cats-t .sv {{ width: 1.1em; height: 1.1em; }}
table.cats-t .g {{ font-size: 1.2em; }}
table.cats-t .cb.tick.on::after {{ left: 0.23em; width: 0.26em; height: 0.58em; border-width: 0 0.16em 0.16em 0; }}
.g {{ font-family: 'DejaVu Sans'; font-size: {d.body_size + 2}pt; }}
.cb {{ display: inline-block; width: 8pt; height: 8pt; border: 1.2px solid #333; background: white;
  vertical-align: middle;
  position: relative; }}
.cb.on {{ background: {INK}; }}
.cb.tick.on {{ background: none; }}
.cb.tick.on::after {{ content: ""; position: absolute; left: 2.2pt; top: 0pt; width: 2.5pt; height: 5.5pt;
  border: solid #111; border-width: 0 1.6pt 1.6pt 0; transform: rotate(45deg); }}
.sv {{ vertical-align: middle; }}
input[type=checkbox] {{ margin: 0 3pt 0 0; vertical-align: middle; width: 10pt; height: 10pt; }}
.mwrap {{ container-type: inline-size; }}
table.months {{ border-collapse: collapse; margin: 3pt 0 5pt 0; table-layout: fixed; }}
table.months th {{ background: {INK}; color: white; font-weight: normal; padding: 1pt 0.3em; }}
table.months td {{ border: 0.8px solid #999; height: 1.4em; text-align: center; padding: 1pt 0.3em; }}
table.months td.in {{ white-space: nowrap; }}
table.months td.on.fill {{ background: #2E9E5B; }}
table.months td.on.colour {{ background: {ACCENT}; }}
table.months td.off-inactive_grey {{ background: #D8D8D8; }}
table.months td.off-inactive_struck {{ background: linear-gradient(to top right, transparent 47%, #777 48%,
  #777 52%, transparent 53%); }}
table.months td.in.fill {{ background: #2E9E5B; color: white; }}
table.months td.in.colour {{ color: {ACCENT}; }}
table.months td.in.weight {{ font-weight: bold; }}
table.months td.in.grey {{ color: #B0B0B0; }}
table.months .dot.on {{ color: #16A34A; }}
table.months .dot.off {{ color: #D1D5DB; }}
ul.sello, ol.sello {{ padding-left: 16pt; margin: 3pt 0; }}
.sello li {{ margin-bottom: 3pt; text-align: {"justify" if d.justified else "left"}; }}
table.sello-t {{ border-collapse: collapse; width: 100%; }}
table.sello-t td {{ border: 0.6px solid #AAA; padding: 3pt 5pt; vertical-align: top; }}
table.sello-t td:first-child {{ width: 30%; }}
/* in a text column the table's longest words must fit its cells: at 30% and the body's size they
   overflowed the column and the page (cut at its edge), which is no fair document */
.cols table.sello-t td {{ padding: 0.3em 0.5em; }}
.cols table.sello-t td:first-child {{ width: auto; }}
table.sello-t tr {{ break-inside: avoid; }}
"""


def html_document(design, fichas: Sequence[Ficha]) -> tuple[str, dict[str, str]]:
    """The document's HTML and, per ficha id, its municipality label as a reader gives it."""
    page = Page(design)
    parts = []
    if design.cover:
        parts.append(
            '<div class="cover"><div class="big">FICHAS</div><p>Buenas prácticas municipales</p>'
            "<p>Sello Migrante</p></div>"
        )
    parts += [page.ficha(f) for f in fichas]
    text = (
        f'<!doctype html><html lang="es"><head><meta charset="utf-8"><style>{css(design)}</style></head>'
        f"<body>{''.join(parts)}</body></html>"
    )
    return text, {f.id: label_text(design, f) for f in fichas}


CHROMIUM_COMMANDS = ("chromium", "chromium-browser")
MISSING = (
    "chromium is not on PATH: the browser harness needs Debian's chromium and fonts "
    "(apt-get install chromium fonts-dejavu-core fonts-liberation2)"
)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--no-pdf-header-footer",
    "--allow-file-access-from-files",
)


def tool() -> str | None:
    """The chromium command's path, or None."""
    return next(filter(None, map(shutil.which, CHROMIUM_COMMANDS)), None)


def print_pdf(page: Path, pdf: Path) -> None:
    """Print the HTML file `page` to `pdf` with headless Chromium (a profile folder of its own); raises
    RuntimeError when no PDF comes out."""
    browser = tool()
    if browser is None:
        raise RuntimeError(MISSING)
    profile = pdf.parent / f".profile-{pdf.stem}"
    result = subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", page.resolve().as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    shutil.rmtree(profile, ignore_errors=True)
    if not pdf.exists():
        raise RuntimeError(f"chromium printed no PDF: {result.stderr[-500:]}")
