"""A category list set inline as justified text (trial e25, a pocket edition): "☐ Label" entries
run on along a line and wrap, and Otra's text is written on a line of its own after the list
("Especifique otra: Regularización")."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records_by_engine
from .test_pdf_category_chips import SECTIONS, category_avisos

SIZE = 10.0
GLYPH = 12.0  # from a box to its label


def inline_list_ficha(path, otra_line: str | None) -> None:
    """Line 1: ☐ Sociolaboral, ☐ Acogida/atención, ☐ Emprendimiento, spread to the line's width;
    line 2: ☒ Intermediación laboral, ☐ NNA, ☒ Otra, with "laboral" right under Acogida's box and
    label (the wrap of a justified line), then `otra_line` when given."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 8
    laboral = 45 + GLYPH + stringWidth("Intermediación ", BODY, SIZE)
    first = [(45.0, "☐", "Sociolaboral"), (laboral - 4, "☐", "Acogida/atención"), (300.0, "☐", "Emprendimiento")]
    rest = laboral + stringWidth("laboral ", BODY, SIZE)
    second = [(45.0, "☒", "Intermediación laboral"), (rest + 6, "☐", "NNA"), (rest + 60, "☒", "Otra")]
    for row, entries in enumerate((first, second)):
        for x, glyph, label in entries:
            sheet.text(x, top + 1.4 * SIZE * row, glyph, SIZE, SYMBOLS)
            sheet.text(x + GLYPH, top + 1.4 * SIZE * row, label, SIZE, BODY)
    top += 2 * 1.4 * SIZE + 4
    if otra_line:
        top = sheet.text(45, top, otra_line, SIZE, BODY) + 4
    top = sheet.text(45, top + 12, "Fechas de implementación", 12, BOLD) + 6
    top = sheet.text(45, top, "De marzo a octubre de cada año.", 10) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10)
    sheet.save()


def test_a_label_wrapped_inline_is_no_wrap_of_the_label_above(tmp_path):
    """ "laboral" starts line 2 right after "Intermediación": it goes on with that label, not with
    Acogida's above it; no flag on categorias beyond Otra's missing text."""
    inline_list_ficha(tmp_path / "ficha.pdf", None)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == ["intermediacion_laboral", "otra"]
        assert [a["codigo"] for a in category_avisos(got)] == ["otra_sin_texto"]


def test_otra_written_on_a_line_of_its_own(tmp_path):
    inline_list_ficha(tmp_path / "ficha.pdf", "Especifique otra: Regularización")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == ["intermediacion_laboral", "otra"]
        assert got["categoria_otra"] == "Regularización"
        assert category_avisos(got) == []
