"""Label | value rows under a paragraph set across both columns (issue 20, part 2: short fields
never take the next region's text). A row's value whose first line starts a point above its
wrapped label, right under the dates' text that runs across the label's column and the value's,
is the row's value: the dates' text above does not go on in it (a paragraph's lines start at one
edge, and that text starts far left of the value). The last row's value ends where the next
heading, wrapped over two lines, sets its text under it: the top of a column of running text set
beside that heading, a line higher, is the description's, not the row's."""

from __future__ import annotations

import pytest

from extractor.layout import Line, Provenance, TextBlock
from extractor.segment.paragraphs import attach_row_values

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

DATES = "Enero a diciembre, una vez al mes, en cada campamento."
FUNDING = ["Recursos propios de la", "municipalidad. Estudiantes en", "práctica de Trabajo Social."]
LASTING = ["Se ejecuta de manera periódica", "con el equipo municipal."]
LEFT = ["La municipalidad ha", "generado una red con", "las juntas de vecinos", "de los campamentos y"]
VALUE_X = 138.0  # points: the value column, a gap narrower than a gutter right of the longest label
RIGHT = ["con la Corporación que", "asiste a las familias", "del sector norte."]


def rows_under_wide_text(path, rise: float) -> None:
    """Title and label; the offices' and group's rows; the dates' heading over its text, which runs
    across the value column; then two rows, each label wrapped over two lines at x 40 and its value
    at VALUE_X starting `rise` points above the label's top; then the description's heading wrapped
    over two lines, its text in two columns, the right one starting a line above the heading."""
    sheet = Sheet(path)
    sheet.text(40, 40, "Operativos en campamentos de la comuna", 18, BOLD)
    sheet.text(40, 66, "Municipalidad de Puente Alto", 11, BOLD)
    top = 95.0
    for label, value in (("Grupo prioritario:", "Niñas y niños de los campamentos."), ("Departamento:", "DIDECO")):
        sheet.text(40, top, label, 11, BOLD)
        top = sheet.text(VALUE_X, top, value, 10, BODY) + 12
    top = sheet.text(40, top, "Fechas de implementación:", 11, BOLD) + 5
    top = sheet.text(40, top, DATES, 10, BODY) + 3
    for label, value in ((["Forma de", "financiamiento:"], FUNDING), (["Sostenibilidad en", "el tiempo:"], LASTING)):
        sheet.lines(VALUE_X, top - rise, value, 10, BODY)
        top = sheet.lines(40, top, label, 11, BOLD) + 12
        top = max(top, top - 12 + (len(value) - len(label)) * 13) + 0
    top += 8
    sheet.lines(VALUE_X + 24, top - 12, RIGHT, 10, BODY)
    under = sheet.lines(40, top, ["Breve", "descripción:"], 11, BOLD) + 4
    sheet.lines(40, under, LEFT, 10, BODY)
    sheet.save()


@pytest.mark.parametrize("rise", [0.0, 1.5])
def test_a_rows_value_under_text_across_its_column_is_the_rows(tmp_path, rise):
    rows_under_wide_text(tmp_path / "ficha.pdf", rise)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["fechas_implementacion"]["texto"] == DATES
    assert got["forma_financiamiento"]["texto"] == " ".join(FUNDING)
    assert got["sostenibilidad"] == " ".join(LASTING)
    assert "con la Corporación" in got["descripcion"]
    assert "generado una red" in got["descripcion"]


def _line(text: str, x0: float, top: float, size: float, bold: bool = False) -> TextBlock:
    """A reader's one-line block: `size` points high, about 0.55 em a character wide."""
    box = (x0, top, x0 + 0.55 * size * len(text), top + size)
    return TextBlock([Line(text, size, bold, prov=Provenance(1, box))], prov=Provenance(1, box))


def _heading(lines: list[str], x0: float, top: float) -> TextBlock:
    """A bold 12.4 pt heading wrapped over `lines`, 14.5 pt apart (one block, as the steps before
    rows make a wrapped heading read line by line)."""
    blocks = [_line(text, x0, top + 14.5 * n, 12.4, bold=True) for n, text in enumerate(lines)]
    box = (x0, top, max(b.prov.bbox[2] for b in blocks if b.prov.bbox), top + 14.5 * (len(lines) - 1) + 12.4)
    return TextBlock([b.lines[0] for b in blocks], prov=Provenance(1, box))


def test_a_value_read_a_point_above_its_label_under_text_across_the_column_is_the_rows():
    """The lines in the order a page read them by rows: the value's first line (a point higher than
    its 12.4 pt label, a 10.9 pt line) before the label, right under the dates' text that runs
    across the label's column into the value's. The row takes it: that text starts far left of
    the value (it is no paragraph going on in it). The last row's value stops above the top of the
    description's right column, set a line higher than the description's heading wrapped over
    two lines (its text under it)."""
    items = [
        _line("Enero a diciembre, una vez al mes.", 240, 346, 10.9),
        _line("Recursos propios de la", 384, 367, 10.9),
        _heading(["Forma de", "financiamiento:"], 240, 368),
        _line("municipalidad. Estudiantes en", 384, 380, 10.9),
        _line("Se ejecuta de manera", 384, 411, 10.9),
        _heading(["Sostenibilidad en", "el tiempo:"], 240, 411),
        _line("del equipo municipal.", 384, 424, 10.9),
        _heading(["Breve", "descripción:"], 240, 481),
        _line("La municipalidad ha", 240, 514, 10.9),
        _line("generado una", 240, 527, 10.9),
        _line("con la Corporación", 406, 472, 10.9),
        _line("que asiste a las", 406, 485, 10.9),
    ]
    out = attach_row_values(items, lambda block: block.bold)
    texts = [" ".join(line.text for line in item.lines) for item in out if isinstance(item, TextBlock)]
    funding = texts.index("Forma de financiamiento:")
    assert texts[funding + 1] == "Recursos propios de la municipalidad. Estudiantes en"
    lasting = texts.index("Sostenibilidad en el tiempo:")
    assert texts[lasting + 1] == "Se ejecuta de manera del equipo municipal."
