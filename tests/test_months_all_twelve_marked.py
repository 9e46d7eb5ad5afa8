"""A month table with all twelve months marked alike (trial 30: drawn crosses in every cell, a dot in
every cell of a 3x4 grid, read as no month with `meses_sin_marcar`): nothing splits the cells in two
groups, but a mark that is a mark by its shape (a drawn tick or cross, a check glyph, a checked form
field) in every cell makes every month active. A solid dot in every cell is read the same way but
said (it may be the grid's ornament); an empty ring in every cell, or a table with no marks, gives no
month. The designs are this test's own (reportlab and python-docx)."""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS, text_run, w14_box
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records
from .test_docx_months import dates_ficha, marked

ALL = list(range(1, 13))
MESES = "fechas_implementacion.meses"
TEXT = "Se realiza durante la temporada."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def _mark(sheet: Sheet, mark: str, n: int, cx: float, cy: float) -> None:
    c = sheet.canvas
    if mark == "cross":  # two lines corner to corner
        sheet.line(cx - 3.5, cy - 3.5, cx + 3.5, cy + 3.5, width=1.2)
        sheet.line(cx - 3.5, cy + 3.5, cx + 3.5, cy - 3.5, width=1.2)
    elif mark == "tick":  # a short line down, a long one up
        sheet.line(cx - 3.5, cy, cx - 1, cy + 3.5, width=1.2)
        sheet.line(cx - 1, cy + 3.5, cx + 4, cy - 4, width=1.2)
    elif mark == "dot":
        c.setFillColorRGB(0.95, 0.66, 0.23)
        c.circle(cx, sheet.height - cy, 4.5, stroke=0, fill=1)
        c.setFillGray(0)
    elif mark == "ring":
        c.circle(cx, sheet.height - cy, 4.5, stroke=1, fill=0)
    elif mark == "X":
        sheet.text(cx - 3, cy - 5, "X", 10, BODY)
    elif mark == "check":
        sheet.text(cx - 3, cy - 5, "✓", 10, SYMBOLS)
    elif mark == "form":
        c.acroForm.checkbox(
            name=f"mes{n}", x=cx - 4.5, y=sheet.height - cy - 4.5, size=9, checked=True, buttonStyle="cross"
        )


def month_ficha(path, mark: str | None, cols: int = 12) -> None:
    """A ficha whose month display is `cols` columns of ruled cells, each a name cell over a mark
    cell, `mark` drawn in every mark cell (None: none; "fill": every mark cell filled dark teal;
    "header": every name cell shaded grey, the mark cells empty)."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    width = 500 / cols
    for n, name in enumerate(MONTHS):
        row, col = divmod(n, cols)
        x, cell_top = 45 + col * width, top + row * 32
        sheet.rect(x, cell_top, width, 14, line_width=0.6, fill="DDDDDD" if mark == "header" else None)
        sheet.rect(x, cell_top + 14, width, 16, line_width=0.6, fill="1F6F8B" if mark == "fill" else None)
        sheet.text(x + 4, cell_top + 3, name[:3] if cols == 12 else name, 8, BODY)
        if mark:
            _mark(sheet, mark, n, x + width / 2, cell_top + 22)
    top += (12 // cols) * 32 + 10
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


def _month_avisos(record: dict) -> list[str]:
    return [a["codigo"] for a in record["revision"]["avisos"] if a["campo"] == MESES]


@pytest.mark.parametrize(
    ("mark", "cols"), [("cross", 12), ("tick", 12), ("X", 12), ("check", 12), ("form", 12), ("cross", 3)]
)
def test_a_mark_in_all_twelve_cells_marks_every_month(tmp_path, mark, cols):
    month_ficha(tmp_path / "f.pdf", mark, cols)
    (record,) = records(tmp_path / "f.pdf")
    assert record["fechas_implementacion"] == {"meses": ALL, "texto": TEXT}
    assert _month_avisos(record) == []


@pytest.mark.parametrize("cols", [12, 3, 4])
def test_a_dot_in_all_twelve_cells_marks_every_month_in_doubt(tmp_path, cols):
    """A solid dot in every cell: every month read active, and said (it may be the ornament)."""
    month_ficha(tmp_path / "f.pdf", "dot", cols)
    (record,) = records(tmp_path / "f.pdf")
    assert record["fechas_implementacion"]["meses"] == ALL
    assert _month_avisos(record) == ["lectura_dudosa"]


@pytest.mark.parametrize(("mark", "cols"), [("ring", 12), ("ring", 3), (None, 12), (None, 3)])
def test_no_mark_by_its_shape_in_every_cell_marks_no_month(tmp_path, mark, cols):
    """An empty ring in every cell (a radio left blank), or nothing: no month."""
    month_ficha(tmp_path / "f.pdf", mark, cols)
    (record,) = records(tmp_path / "f.pdf")
    assert record["fechas_implementacion"]["meses"] == []


@pytest.mark.parametrize("on", [text_run("X"), w14_box(True)], ids=["X-glyph", "checked-form-field"])
def test_a_word_table_with_all_twelve_marked_marks_every_month(tmp_path, on):
    record = dates_ficha(tmp_path, lambda b: b.month_table(marked(ALL, on)), text=TEXT)
    assert record["fechas_implementacion"] == {"meses": ALL, "texto": TEXT}
    assert avisos_of(record) == []


def test_a_word_table_with_no_marks_marks_no_month(tmp_path):
    record = dates_ficha(tmp_path, lambda b: b.month_table({}), text=TEXT)
    assert record["fechas_implementacion"]["meses"] == []


def avisos_of(record: dict) -> list[str]:
    return [a["codigo"] for a in record["revision"]["avisos"] if a["campo"] == MESES]


@pytest.mark.parametrize("cols", [3, 4, 6])
def test_one_dark_fill_in_every_cell_of_a_grid_is_said(tmp_path, cols):
    """Every mark cell of a 3x4 (4x3, 6x2) grid filled one dark colour, no mark anywhere (trial 30
    ed11): all twelve active, or the grid's style; no month is guessed, an aviso says so."""
    month_ficha(tmp_path / "f.pdf", "fill", cols)
    (record,) = records(tmp_path / "f.pdf")
    assert record["fechas_implementacion"]["meses"] == []
    assert _month_avisos(record) == ["lectura_dudosa"]


@pytest.mark.parametrize("cols", [3, 4])
def test_names_on_shaded_cells_over_empty_ones_are_no_doubt(tmp_path, cols):
    """The names' cells shaded alike, the cells under them empty: the grid's header style, no month
    and nothing to say."""
    month_ficha(tmp_path / "f.pdf", "header", cols)
    (record,) = records(tmp_path / "f.pdf")
    assert record["fechas_implementacion"]["meses"] == []
    assert _month_avisos(record) == []
