"""Fichas laid out as Word layout tables (trial 30): one table per ficha, a shaded data cell
(municipality, offices, grupo prioritario, the category list, maybe a month table and its text)
beside a text cell (the title and the running sections), maybe under a merged title row; read
as the .docx and as LibreOffice's PDF of it.

- The ficha's table bounds the ficha and its title anchors it wherever in the table it stands
  (issue 20): a data cell read before the title's cell is the ficha's own head
  (`fichas._table_head_start`), never the end of the ficha before.
- ■ / □ typed before the category labels are a checked and an empty box in the .docx
  (`docx.reader._squares_among_boxes`), as the PDF reader reads them.
- In the PDF, the data cell's month text set level with a heading of the text cell beside it is
  no value of that heading: a drawn panel holding headings of its own keeps its text
  (`paragraphs._into_a_headed_panel`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm, Pt

from extractor.pipeline import extract_document

from .test_word_pdf_exports import soffice_pdf

CATEGORIES = {
    "sociolaboral": "Sociolaboral",
    "acogida_atencion": "Acogida/atención",
    "emprendimiento": "Emprendimiento",
    "capacitaciones": "Capacitaciones",
    "cooperativas": "Cooperativas",
    "intermediacion_laboral": "Intermediación laboral",
    "nna": "NNA",
    "otra": "Otra:",
}
MONTHS = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"]


@dataclass(frozen=True)
class Practice:
    title: str
    comuna: str
    office: str
    grupo: str
    categories: frozenset[str]
    months: frozenset[int]
    months_text: str
    funding: str


PRACTICES = [
    Practice(
        "Ferias laborales en los barrios",
        "Lo Prado",
        "Oficina Municipal de Información Laboral",
        "Personas migrantes que buscan su primer empleo formal.",
        frozenset({"sociolaboral", "intermediacion_laboral"}),
        frozenset({3, 4, 5}),
        "Marzo, abril y mayo de cada año.",
        "Recursos propios municipales.",
    ),
    Practice(
        "Talleres de lengua para familias haitianas",
        "Cerro Navia",
        "Dirección de Desarrollo Comunitario",
        "Familias haitianas recién llegadas a la comuna.",
        frozenset({"capacitaciones", "nna"}),
        frozenset({6, 7, 8, 9}),
        "De junio a septiembre, los sábados.",
        "Fondos del Gobierno Regional.",
    ),
    Practice(
        "Mesa de orientación migratoria itinerante",
        "Lo Espejo",
        "Oficina de Migración",
        "Adultos mayores migrantes sin red de apoyo.",
        frozenset({"acogida_atencion"}),
        frozenset({10, 11}),
        "Octubre y noviembre, una vez por semana.",
        "Recursos propios municipales.",
    ),
]
TEXTS = {
    "Sostenibilidad en el tiempo": "La actividad se repite cada año con el equipo municipal.",
    "Breve descripción": "La municipalidad organiza la actividad con organizaciones del territorio y la difunde "
    "en las juntas de vecinos.",
    "Elemento innovador/creativo del proyecto o actividad": "Se destaca el trabajo en red con la comunidad.",
    "Líneas Sello": "Vinculación comunitaria, ya que se trabaja con las organizaciones del barrio.",
}


def _shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def _heading(cell, text: str, first: bool = False) -> None:
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    run = p.add_run(text)
    run.bold, run.font.size = True, Pt(11)


def _data_cell(cell, practice: Practice, marks: tuple[str, str], municipality: bool, months: str) -> None:
    """Municipality (when asked), offices, grupo, the category list, and (`months` "2x12" or "4x6",
    "" for none) a month table and its text."""
    if municipality:
        run = cell.paragraphs[0].add_run(f"MUNICIPALIDAD DE {practice.comuna.upper()}")
        run.bold, run.font.size = True, Pt(12)
    _heading(cell, "Departamento/Oficinas municipales que participan", first=not municipality)
    cell.add_paragraph(f"• {practice.office}")
    _heading(cell, "Grupo prioritario")
    cell.add_paragraph(practice.grupo)
    _heading(cell, "Categoría")
    for key, label in CATEGORIES.items():
        cell.add_paragraph(f"{marks[0] if key in practice.categories else marks[1]} {label}")
    if months:
        _heading(cell, "Fechas de implementación")
        _month_table(cell, practice, months)
        cell.add_paragraph(practice.months_text)


def _month_table(cell, practice: Practice, shape: str) -> None:
    rows, cols = (2, 12) if shape == "2x12" else (4, 6)
    table = cell.add_table(rows=rows, cols=cols)
    table.style = "Table Grid"
    for month in range(12):
        band, col = divmod(month, cols)
        table.cell(2 * band, col).text = MONTHS[month]
        table.cell(2 * band + 1, col).text = "X" if month + 1 in practice.months else ""
        for r in (2 * band, 2 * band + 1):
            for p in table.cell(r, col).paragraphs:
                for run in p.runs:
                    run.font.size = Pt(7)


def _title(paragraph, practice: Practice) -> None:
    run = paragraph.add_run(practice.title)
    run.bold, run.font.size = True, Pt(20)


def _text_cell(cell, practice: Practice, title: bool, months: bool, description_words: int) -> None:
    """The title (when asked), the month section (when `months`), then the running sections; the
    description runs `description_words` words."""
    if title:
        _title(cell.paragraphs[0], practice)
    _heading(cell, "Breve descripción", first=not title)
    words = (TEXTS["Breve descripción"].split() * (description_words // 10 + 1))[:description_words]
    cell.add_paragraph(" ".join(words))
    if months:
        _heading(cell, "Fechas de implementación")
        _month_table(cell, practice, "2x12")
        cell.add_paragraph(practice.months_text)
    _heading(cell, "Forma de financiamiento")
    cell.add_paragraph(practice.funding)
    for heading, text in TEXTS.items():
        if heading != "Breve descripción":
            _heading(cell, heading)
            cell.add_paragraph(text)


def layout_tables(
    folder: Path,
    *,
    data: str = "left",
    merged_title: bool = False,
    marks: tuple[str, str] = ("☒", "☐"),
    description_words: int = 20,
) -> Path:
    """A .docx of the three practices, one layout table a page each. `data` "left" or "right": the
    side of the shaded data cell. Without `merged_title`, a 1x2 table whose data cell holds the
    municipality and whose text cell opens with the title and holds the month table; with it, a
    merged first row holds the title and the municipality, the data cell a 4x6 month table."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height, section.left_margin, section.right_margin = (
        Mm(210),
        Mm(297),
        Mm(15),
        Mm(15),
    )
    doc.styles["Normal"].font.size = Pt(10)
    for n, practice in enumerate(PRACTICES):
        if n:
            doc.add_page_break()
        table = doc.add_table(rows=2 if merged_title else 1, cols=2)
        row = 1 if merged_title else 0
        if merged_title:
            top = table.cell(0, 0).merge(table.cell(0, 1))
            _title(top.paragraphs[0], practice)
            top.add_paragraph().add_run(f"Municipalidad de {practice.comuna}").bold = True
        data_cell, text_cell = (table.cell(row, 0), table.cell(row, 1))
        if data == "right":
            data_cell, text_cell = text_cell, data_cell
        data_cell.width, text_cell.width = Mm(65), Mm(115)
        _shade(data_cell, "DCE6F0")
        _data_cell(data_cell, practice, marks, municipality=not merged_title, months="4x6" if merged_title else "")
        _text_cell(
            text_cell, practice, title=not merged_title, months=not merged_title, description_words=description_words
        )
    path = folder / "fichas.docx"
    doc.save(path)
    return path


def _assert_each_ficha_its_own(path: Path, months_text: bool = True) -> None:
    fichas = extract_document(path).fichas
    assert [f.titulo for f in fichas] == [p.title for p in PRACTICES]
    for ficha, practice in zip(fichas, PRACTICES, strict=True):
        assert ficha.municipalidad is not None and ficha.municipalidad.comuna == practice.comuna
        assert [o.nombre for o in ficha.oficinas] == [practice.office]
        assert ficha.grupo_prioritario == practice.grupo
        assert set(ficha.categorias) == practice.categories
        assert set(ficha.fechas_implementacion.meses) == practice.months
        if months_text:
            assert ficha.fechas_implementacion.texto == practice.months_text
        assert ficha.forma_financiamiento.texto == practice.funding


def test_a_data_cell_left_of_the_titles_cell_is_its_own_fichas_head(tmp_path):
    """Data cell left, title at the top of the text cell right of it: the data cell is read first,
    yet its municipality, offices, grupo and categories are this ficha's, not the ficha before's,
    and no untitled record is made of the first table's data cell."""
    _assert_each_ficha_its_own(layout_tables(tmp_path))


@pytest.mark.parametrize("data", ["left", "right"])
def test_black_and_white_squares_before_the_category_labels_are_boxes_in_the_docx(tmp_path, data):
    """■ / □ before each label under a merged title row: ■ checked, □ empty, as in the PDF."""
    _assert_each_ficha_its_own(layout_tables(tmp_path, data=data, merged_title=True, marks=("■", "□")))


@pytest.mark.slow
@pytest.mark.parametrize("data", ["left", "right"])
@pytest.mark.parametrize("merged_title", [False, True], ids=["title-in-cell", "merged-title-row"])
def test_layout_tables_read_alike_in_the_pdf(tmp_path, data, merged_title):
    """LibreOffice's PDF of the same layouts: the data cell's text, level with a heading of the text
    cell beside it, stays its own section's (grupo prioritario, data cell right of the title's cell),
    and a title wrapped in its cell, broken by the data cell read between its lines, is one title."""
    marks = ("■", "□") if merged_title else ("☒", "☐")
    _assert_each_ficha_its_own(soffice_pdf(layout_tables(tmp_path, data=data, merged_title=merged_title, marks=marks)))


@pytest.mark.slow
def test_a_data_cells_month_text_level_with_a_heading_beside_it_stays_the_months(tmp_path):
    """Merged title row, data cell right holding the month table and its text: the description in
    the text cell runs so long that "Forma de financiamiento" stands level with the month text (as
    LibreOffice lays it out, within half an em): the month text is no value of that heading (trial 30
    ed84: it opened the funding text, the month text empty, with no aviso on either)."""
    docx = layout_tables(tmp_path, data="right", merged_title=True, marks=("■", "□"), description_words=198)
    _assert_each_ficha_its_own(soffice_pdf(docx))


# -- sections in an order of the document's own ------------------------------------------------------------------

REORDERED = [
    "Breve descripción",
    "Elemento innovador/creativo del proyecto o actividad",
    "Líneas Sello",
    "Departamento/Oficinas municipales que participan",
    "Grupo prioritario",
    "Categoría",
    "Fechas de implementación",
    "Forma de financiamiento",
    "Sostenibilidad en el tiempo",
]


def reordered_fichas(folder: Path) -> Path:
    """The three practices one a page, each its title (bold, 14 pt: under 1.5 times the 10.5 pt body),
    its municipality label, then its sections opening with Breve descripción and ending with the
    head's and the dates'; a running page header naming no municipality."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.header.paragraphs[0].text = "Fichas de Buenas Prácticas Municipales 2025"
    doc.styles["Normal"].font.size = Pt(10.5)
    for n, practice in enumerate(PRACTICES):
        if n:
            doc.add_page_break()
        run = doc.add_paragraph().add_run(practice.title)
        run.bold, run.font.size = True, Pt(14)
        doc.add_paragraph().add_run(f"MUNICIPALIDAD {practice.comuna.upper()}").bold = True
        texts = {
            "Departamento/Oficinas municipales que participan": [practice.office],
            "Grupo prioritario": [practice.grupo],
            "Categoría": [f"{'☒' if key in practice.categories else '☐'} {label}" for key, label in CATEGORIES.items()],
            "Fechas de implementación": [practice.months_text],
            "Forma de financiamiento": [practice.funding],
        }
        for heading in REORDERED:
            run = doc.add_paragraph().add_run(heading)
            run.bold, run.font.size = True, Pt(13)
            for text in texts.get(heading, [TEXTS.get(heading, "")]):
                doc.add_paragraph(text)
    path = folder / "reordenadas.docx"
    doc.save(path)
    return path


def _assert_reordered(path: Path) -> None:
    fichas = extract_document(path).fichas
    assert [f.titulo for f in fichas] == [p.title for p in PRACTICES]
    for ficha, practice in zip(fichas, PRACTICES, strict=True):
        assert ficha.municipalidad is not None and ficha.municipalidad.comuna == practice.comuna
        assert ficha.grupo_prioritario == practice.grupo
        assert set(ficha.categorias) == practice.categories
        assert ficha.fechas_implementacion.texto == practice.months_text
        assert ficha.descripcion == TEXTS["Breve descripción"]


@pytest.mark.slow
def test_a_heading_the_ficha_already_has_under_a_title_starts_the_next_ficha(tmp_path):
    """LibreOffice's PDF: Breve descripción again, right under title-sized text (its municipality
    label between them), starts the next ficha, though it comes after Sostenibilidad in the
    template's order too (trial 30 ed55: three fichas read as one)."""
    _assert_reordered(soffice_pdf(reordered_fichas(tmp_path)))
