"""The category list told by style alone (issue 20, family 4): the category names printed with no
box, mark or chip, the selected ones set apart (bold, coloured) and the others greyed and struck
through; read like a month grid's names (`readers/pdf/styled.py`)."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records_by_engine
from .test_pdf_category_chips import IDS, LABELS, SECTIONS, SELECTED, browser_category_ficha, category_avisos

SIZE = 9.0
PURPLE = (0.29, 0.08, 0.55)


def styled_ficha(path, looks: list[tuple[bool, bool]], wrap: bool = False) -> None:
    """A ficha whose Categoría section prints the category names four to a row, each (bold and
    purple, struck and grey) as `looks` says; with `wrap`, each name of two words over two lines
    of its column (a narrow grid cell), the rows spaced to hold them."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 8
    row_height = 1.6 * SIZE * (2 if wrap else 1)
    for n, (label, (bold, struck)) in enumerate(zip(LABELS, looks, strict=True)):
        x, row_top = 45.0 + 125.0 * (n % 4), top + row_height * (n // 4)
        font = BOLD if bold else BODY
        sheet.canvas.setFillColorRGB(*(PURPLE if bold else (0.6, 0.6, 0.6)))
        parts = label.split(" ") if wrap and ":" not in label else [label]
        for k, part in enumerate(parts):
            sheet.text(x, row_top + 1.2 * SIZE * k, part, SIZE, font)
            if struck:
                y = row_top + 1.2 * SIZE * k + 0.55 * SIZE
                sheet.line(x, y, x + stringWidth(part, font, SIZE), y, 0.6)
        sheet.canvas.setFillGray(0)
    top += row_height * 2 + 14
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 6
    top = sheet.text(45, top, "De marzo a octubre de cada año.", 10) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10)
    sheet.save()


def test_the_names_set_apart_are_the_selected_categories(tmp_path):
    """Selected: bold purple; the others grey and struck through: the unstruck, bold ones are read
    as selected, no flag, and the names leave the text."""
    styled_ficha(tmp_path / "ficha.pdf", [(n in SELECTED, n not in SELECTED) for n in range(len(LABELS))])
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == [IDS[n] for n in SELECTED]
        assert category_avisos(got) == []
        assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


@pytest.mark.parametrize("on", [True, False], ids=["selected", "unselected"])
def test_a_name_wrapped_over_two_lines_of_its_cell_is_one_name(tmp_path, on):
    """A name too wide for its column ("Intermediación" over "laboral", trial 27 ed23) is one name
    of the list in its look (`styled.wrapped_names`): read selected or not as it looks, nothing left
    over as text, no flag."""
    selected = sorted({*SELECTED, 5} if on else SELECTED)
    styled_ficha(tmp_path / "ficha.pdf", [(n in selected, n not in selected) for n in range(len(LABELS))], wrap=True)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == [IDS[n] for n in selected], got["revision"]["avisos"]
        assert category_avisos(got) == []
        assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


def test_looks_that_do_not_split_in_two_select_nothing_and_say_so(tmp_path):
    """A selected name also struck through: weight and strike split the list differently, so no
    category is read as selected, and an aviso on categorias says why."""
    looks = [(n in SELECTED, n not in SELECTED or n == SELECTED[0]) for n in range(len(LABELS))]
    styled_ficha(tmp_path / "ficha.pdf", looks)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == []
        assert got["revision"]["estado"] == "revisar"
        assert any(a["codigo"] == "lectura_dudosa" and "estilo" in a["mensaje"] for a in category_avisos(got)), (
            category_avisos(got)
        )


@pytest.mark.browser
def test_browser_names_bold_against_struck_through(tmp_path, chromium):
    """Chromium's print of a CSS grid of names: selected bold purple, others grey with
    `text-decoration: line-through` (trial e26)."""
    names = "".join(
        f'<span class="{"on" if n in SELECTED else "off"}">{label}</span>' for n, label in enumerate(LABELS)
    )
    style = """.grid{display:grid;grid-template-columns:repeat(4,1fr);row-gap:1mm;font-size:8.5pt}
    .on{color:#4a148c;font-weight:bold} .off{color:#9e9e9e;text-decoration:line-through}"""
    pdf = browser_category_ficha(tmp_path, "DejaVu Sans", style, f'<div class="grid">{names}</div>')
    for got in records_by_engine(pdf):
        assert got["categorias"] == [IDS[n] for n in SELECTED]
        assert category_avisos(got) == []


@pytest.mark.browser
@pytest.mark.parametrize(
    ("separator", "font", "size"),
    [(" · ", "Liberation Serif", 10.5), (" | ", "DejaVu Sans", 9.0), (" / ", "Liberation Sans", 11.0)],
    ids=["middle-dot", "bar", "slash"],
)
def test_browser_a_line_of_names_parted_by_separators(tmp_path, chromium, separator, font, size):
    """One paragraph of names parted by " · " (or "|", "/"), wrapping: selected bold dark red, the
    others grey (trial 26 x16). The separators are the list's punctuation (`styled._separators`),
    between two names, or after a line's last when the list goes on below: no text left over."""
    names = separator.join(
        f'<b style="color:#b00">{label}</b>' if n in SELECTED else f'<span style="color:#888">{label}</span>'
        for n, label in enumerate(LABELS)
    )
    style = f"p.cl{{font-size:{size}pt;width:110mm}}"
    pdf = browser_category_ficha(tmp_path, font, style, f'<p class="cl">{names}</p>')
    for got in records_by_engine(pdf):
        assert got["categorias"] == [IDS[n] for n in SELECTED]
        assert category_avisos(got) == []
        assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]
