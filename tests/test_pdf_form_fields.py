"""A fillable PDF form filled in a viewer and not flattened (issue 20, trial 28 ed40): the page's
content holds only the labels, every answer is the value of an AcroForm text field, shown by the
field's appearance, which no engine reads as page text. The record lost its title, municipality
and texts (and the month text silently). Each text field's value is now set out as characters in
its box, the way a viewer shows it; a field whose box already holds printed text (a form flattened)
adds nothing."""

from __future__ import annotations

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.layout import Line, TextBlock
from extractor.pipeline import extract_document
from extractor.readers import ReadOptions, read

W, H = A4
DESCRIPTION = (
    "La municipalidad abre cada año una escuela de oficios para mujeres migrantes del barrio, con clases "
    "de costura, cocina y peluquería dictadas en la sede vecinal por monitoras de la propia comunidad."
)
ANSWERS = {
    "Departamento/Oficinas municipales que participan": "Oficina de Migrantes",
    "Grupo prioritario": "Mujeres migrantes jefas de hogar.",
    "Sostenibilidad en el tiempo": "Sigue vigente y se financia cada año.",
    "Breve descripción": DESCRIPTION,
}


def _form(path, font_size: int = 10, printed: bool = False) -> None:
    """One ficha as a fillable form: the title and municipality as one-line fields, each section's
    answer in a multiline field under its heading (the long description wraps in its box). `printed`:
    each answer also drawn in the page's content over its field (a form flattened)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    form, top = c.acroForm, 60.0

    def field(name: str, value: str, height: float, multiline: bool) -> None:
        nonlocal top
        y = H - top - height
        form.textfield(
            name=name,
            value=value,
            x=50,
            y=y,
            width=W - 100,
            height=height,
            fontName="Helvetica",
            fontSize=font_size,
            borderWidth=0.5,
            borderColor=colors.grey,
            fillColor=colors.white,
            textColor=colors.black,
            forceBorder=True,
            fieldFlags="multiline" if multiline else "",
        )
        if printed:
            c.setFont("Helvetica", font_size)
            c.drawString(60, y + 3, value[:60])  # not where the field sets it: no overprint
        top += height + 14

    field("titulo", "Escuela de oficios para mujeres migrantes", 22, False)
    field("municipalidad", "Municipalidad de Renca", 18, False)
    for n, (heading, answer) in enumerate(ANSWERS.items()):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, H - top - 11, heading)
        top += 16
        field(f"s{n}", answer, 48 if answer is DESCRIPTION else 20, True)
    c.showPage()
    c.save()


def _lines(path) -> list[Line]:
    return [line for item in read(path).items if isinstance(item, TextBlock) for line in item.lines]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_filled_forms_text_field_values_are_read_as_the_page_shows_them(tmp_path, engine):
    _form(tmp_path / "f.pdf")
    (ficha,) = extract_document(tmp_path / "f.pdf", options=ReadOptions(engine)).fichas
    record = ficha.model_dump(mode="json")
    assert record["titulo"] == "Escuela de oficios para mujeres migrantes"
    assert record["municipalidad"]["comuna"] == "Renca"
    assert record["grupo_prioritario"] == "Mujeres migrantes jefas de hogar."
    assert record["sostenibilidad"] == "Sigue vigente y se financia cada año."
    assert record["descripcion"] == DESCRIPTION  # wrapped in its box, read back as one paragraph


def test_a_value_wraps_inside_its_fields_box(tmp_path):
    _form(tmp_path / "f.pdf")
    lines = [line for line in _lines(tmp_path / "f.pdf") if line.text.split()[0] in DESCRIPTION.split()]
    first = next(line for line in lines if line.text.startswith("La municipalidad"))
    last = next(line for line in lines if line.text.endswith("comunidad."))
    assert first is not last and last.prov.bbox[1] > first.prov.bbox[1]  # the value wrapped over lines
    assert all(line.prov.bbox[0] >= 50 and line.prov.bbox[2] <= W - 50 for line in lines)


def test_a_field_whose_box_holds_printed_text_adds_nothing(tmp_path):
    _form(tmp_path / "f.pdf", printed=True)
    assert sum(line.text.count("Renca") for line in _lines(tmp_path / "f.pdf")) == 1
