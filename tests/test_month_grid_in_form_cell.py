"""A month grid nested in the value cell of a label | value form, the dates' text in the same cell
(issue 20, Word seed 24237): text belongs to the region it stands in, and a region's text never
joins a section outside it.

LibreOffice prints a grid of letter-named cells (names at their cells' left edge, the active ones in
a colour) at the top of the dates' cell, an empty paragraph under it (Word keeps one after a nested
table), then the dates' text, low in the cell, within two ems of the next row's heading. Read as
PDF, the text went to the next row ("Forma de financiamiento"): the grid's frame, guessed from its
names' centres, stood left of its cell, so the grid was no item of the cell, and the text, alone in
it after white, was read as the next row's value set high.

- `month_grid.py`: a month's cell is the ruled cell its name stands in (the grid's frame is the
  drawn grid, inside its form cell);
- `rows.py`: a line in a drawn cell none of the next row's value stands in is no value of that
  row; a line read with the next row by where it stands alone (no drawn cell, no paragraph going on
  past the heading's top) is flagged on both rows' sections.

The reportlab tests draw the seed's geometry; the LibreOffice tests export python-docx forms
(every grid shape, the text under or above the grid) as the Word harness does.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx.shared import Pt

from extractor.layout import Table, TextBlock
from extractor.pipeline import extract_document
from extractor.readers import read

from .docx_builders import HEADINGS, MUNICIPALITY, TEXTS, DocBuilder, elements
from .pdf_canvas import BODY, BOLD, Sheet

LETTERS = "EFMAMJJASOND"
ACTIVE = [9, 10, 11]
DATES = "Septiembre, octubre y noviembre de cada año."
FUNDING = "Recursos propios municipales."
ROWS = {  # the form's sections other than the dates, label and one-line value
    "Grupo prioritario": "Mujeres madres sin redes de apoyo.",
    "Forma de financiamiento": FUNDING,
    "Sostenibilidad en el tiempo": "Sigue vigente cada año.",
}
LABEL_X, VALUE_X, RIGHT = 84.6, 300.6, 516.6  # the form's rules
ACCENT = "E07A5F"


def _hline(sheet: Sheet, top: float, x0: float = LABEL_X, x1: float = RIGHT) -> None:
    sheet.line(x0, top, x1, top, width=0.5)


def _vlines(sheet: Sheet, top: float, bottom: float, xs: list[float]) -> None:
    for x in xs:
        sheet.line(x, top, x, bottom, width=0.5)


def form_with_a_grid(path: Path, ruled: bool = True, grid_ruled: bool = True, goes_on: bool = False) -> None:
    """A ficha's head, then a form (labels 10 pt bold at x 90, values at x 306) whose dates' row
    holds a 6 x 2 grid of letter cells (108 pt wide, 18 pt high, each letter at its cell's left
    edge, the active months in an accent colour) and, under white, the dates' text 19.7 pt above
    the next row's heading, as LibreOffice prints Word seed 24237. `ruled`: the form's rules drawn;
    `grid_ruled`: the grid's; `goes_on`: no dates' text, the funding's value there instead, a
    paragraph of two lines going on down to its heading's line (a value set higher than its label)."""
    sheet = Sheet(path)
    sheet.text(90, 60, "Capacitación en Oficios", 18, BOLD)
    sheet.text(90, 90, "Municipalidad Quinta Normal", 11, BOLD)
    top = 122.0
    rows = list(ROWS.items())
    tops = [top]

    def row(label: str, value: str, at: float) -> float:
        sheet.text(90, at + 4, label, 10, BOLD)
        sheet.text(306, at + 4, value, 10, BODY)
        return at + 18

    top = row(*rows[0], top)
    tops.append(top)
    sheet.text(90, top + 4, "Fechas de implementación", 10, BOLD)
    # a ruled grid as LibreOffice sets it (5.7 pt into the cell, each letter 5.5 pt into its own); an
    # unruled one at the cell's edge, its letters hugging their cells' left edges: the frame guessed
    # from the letters' centres stands more than a fifth of its width left of the cell
    indent, pad = (5.7, 5.5) if grid_ruled else (1.0, 2.0)
    grid_top, cell_w, cell_h = top, (RIGHT - VALUE_X - indent) / 2, 18.0
    for n, letter in enumerate(LETTERS):
        x, cell_top = VALUE_X + indent + (n % 2) * cell_w, grid_top + (n // 2) * cell_h
        if n + 1 in ACTIVE:
            sheet.canvas.setFillColorRGB(*(int(ACCENT[i : i + 2], 16) / 255 for i in (0, 2, 4)))
        sheet.text(x + pad, cell_top + 4, letter, 10, BODY)
        sheet.canvas.setFillGray(0)
    grid_bottom = grid_top + 6 * cell_h
    if grid_ruled:
        for r in range(7):
            _hline(sheet, grid_top + r * cell_h, VALUE_X + indent, RIGHT)
        _vlines(sheet, grid_top, grid_bottom, [VALUE_X + indent, VALUE_X + indent + cell_w, RIGHT])
    dates_top = grid_bottom + 39.0
    if goes_on:  # the funding's value set high, its paragraph going on past its heading's top
        sheet.lines(306, dates_top, ["Recursos propios", "municipales."], 10, BODY, 1.15)
    else:
        sheet.text(306, dates_top, DATES, 10, BODY)
    top = dates_top + 15.7
    tops.append(top)
    for label, value in rows[1:]:
        top = row(label, "" if goes_on and value == FUNDING else value, top)
        tops.append(top)
    if ruled:
        for at in tops:
            _hline(sheet, at)
        _vlines(sheet, tops[0], tops[-1], [LABEL_X, VALUE_X, RIGHT])
    sheet.save()


def _ficha(path: Path):
    (ficha,) = extract_document(path).fichas
    return ficha


def _avisos(ficha, *prefixes: str) -> list:
    return [a for a in ficha.revision.avisos if a.campo.startswith(prefixes)]


def test_a_ruled_grid_in_its_form_cell_is_an_item_of_that_cell(tmp_path):
    """The grid's frame is the drawn grid (the ruled cells its names stand in), not a frame guessed
    from the names' centres (54 pt left of the first column's letters, over the label column): it
    stands in the value cell, with the dates' text."""
    path = tmp_path / "form.pdf"
    form_with_a_grid(path)
    items = read(path).items
    (grid,) = [i for i in items if isinstance(i, Table)]
    (dates,) = [i for i in items if isinstance(i, TextBlock) and i.raw_lines == [DATES]]
    assert grid.prov.bbox is not None and grid.prov.bbox[0] == pytest.approx(VALUE_X + 5.7, abs=1.0)
    assert grid.region is not None and grid.region == dates.region


@pytest.mark.parametrize("grid_ruled", [True, False], ids=["ruled-grid", "unruled-grid"])
def test_the_dates_text_under_a_grid_stays_in_its_form_cell(tmp_path, grid_ruled):
    """The dates' text alone in its cell under the grid, low, near the next row's heading: the next
    row's value stands in a cell of its own, so the text is the dates' (with an unruled grid too,
    whose frame, guessed from its names, stands in no cell)."""
    path = tmp_path / "form.pdf"
    form_with_a_grid(path, grid_ruled=grid_ruled)
    ficha = _ficha(path)
    assert ficha.fechas_implementacion.texto == DATES
    assert ficha.fechas_implementacion.meses == ACTIVE
    assert ficha.forma_financiamiento.texto == FUNDING
    assert _avisos(ficha, "fechas_implementacion", "forma_financiamiento") == []


def test_a_lone_line_between_two_unruled_rows_is_flagged_on_both(tmp_path):
    """No rules: the line under the grid, after white, near the next row's heading, may end the dates
    or open the funding; read with the funding by where it stands, both sections are flagged."""
    path = tmp_path / "form.pdf"
    form_with_a_grid(path, ruled=False, grid_ruled=False)
    ficha = _ficha(path)
    flagged = {a.campo for a in _avisos(ficha, "fechas_implementacion", "forma_financiamiento")}
    assert {"fechas_implementacion", "forma_financiamiento"} <= flagged  # each section's field
    assert ficha.revision.estado == "revisar"


def test_a_paragraph_going_on_down_to_the_next_heading_is_that_rows_unflagged(tmp_path):
    """No rules, under the grid after white a paragraph whose next line goes on down to the next row's
    heading: it is that row's value set high, read with it and not flagged."""
    path = tmp_path / "form.pdf"
    form_with_a_grid(path, ruled=False, grid_ruled=False, goes_on=True)
    ficha = _ficha(path)
    assert ficha.forma_financiamiento.texto == FUNDING
    assert ficha.fechas_implementacion.texto is None
    assert _avisos(ficha, "fechas_implementacion", "forma_financiamiento") == []


# --- LibreOffice: every grid shape, the text under or above it ------------------------------------

GRIDS = {"2x6": (6, 2), "6x2": (2, 6), "4x3": (3, 4), "3x4": (4, 3), "1x12": (1, 12)}  # (rows, columns)
PLACES = ["under", "above"]


def form_docx(folder: Path, shape: str, place: str) -> Path:
    """A Word form as the Word harness writes one (Liberation Serif 10 pt, 6 pt after each paragraph,
    bold labels in a ruled label | value table): the dates' cell holds a ruled grid of letter-named
    cells (`GRIDS[shape]`, the active months' letters in a colour) with the dates' text under it
    (after the empty paragraph Word keeps after a nested table) or above it."""
    b = DocBuilder()
    normal = b.doc.styles["Normal"]
    normal.font.name, normal.font.size = "Liberation Serif", Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    b.title("Capacitación en Oficios")
    b.paragraph(MUNICIPALITY, bold=True)
    keys = [key for key in HEADINGS if key != "categorias"]
    table = b.doc.add_table(rows=len(keys), cols=2)
    table.style = b.doc.styles["Table Grid"]
    n_rows, n_cols = GRIDS[shape]
    for r, key in enumerate(keys):
        table.cell(r, 0).paragraphs[0].add_run(HEADINGS[key]).bold = True
        value = table.cell(r, 1)
        if key != "fechas_implementacion":
            value.text = FUNDING if key == "forma_financiamiento" else TEXTS[key]
            continue
        value._tc.remove(value.paragraphs[0]._p)
        if place == "above":
            value.add_paragraph(DATES)
        grid = value.add_table(rows=n_rows, cols=n_cols)
        grid.style = b.doc.styles["Table Grid"]
        for n, letter in enumerate(LETTERS):
            colour = f'<w:color w:val="{ACCENT}"/>' if n + 1 in ACTIVE else ""
            cell = grid.cell(n // n_cols, n % n_cols)
            cell.paragraphs[0]._p.append(elements(f"<w:r><w:rPr>{colour}</w:rPr><w:t>{letter}</w:t></w:r>")[0])
        value.add_paragraph()
        if place == "under":
            value.add_paragraph(DATES)
    return b.save(folder, f"form-{shape}-{place}.docx")


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[tuple[str, str], Path]:
    """Each form's PDF, exported with one LibreOffice start (skipped without soffice)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("soffice is not on PATH (Debian: apt-get install libreoffice-writer-nogui)")
    folder = tmp_path_factory.mktemp("forms")
    docs = {(shape, place): form_docx(folder, shape, place) for shape in GRIDS for place in PLACES}
    command = [soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf"]
    subprocess.run(
        [*command, "--outdir", str(folder), *map(str, docs.values())], check=True, capture_output=True, timeout=300
    )
    return {key: doc.with_suffix(".pdf") for key, doc in docs.items()}


@pytest.mark.slow
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("shape", GRIDS)
def test_a_word_form_keeps_the_dates_text_in_the_grids_cell(exported, shape, place):
    """LibreOffice's PDF of the form: the dates' text, under the grid or above it, is the dates'; the
    next row keeps its own value; the grid's active months are read; nothing is flagged there."""
    ficha = _ficha(exported[(shape, place)])
    assert ficha.fechas_implementacion.texto == DATES
    assert ficha.fechas_implementacion.meses == ACTIVE
    assert ficha.forma_financiamiento.texto == FUNDING
    assert _avisos(ficha, "fechas_implementacion", "forma_financiamiento") == []
