"""A municipality printed in each ficha's page header (issue 20, trial 24's e13: a Word document
with one section per ficha, each with its own header "Municipalidad de X", exported to PDF).

The header line repeats on each of the ficha's pages and its text changes from ficha to ficha: no
running header to drop without a trace but the fichas' municipality labels. Its first occurrence on
each run of pages is content (the heads-by-page rule gives it to the ficha whose title is on that
page), its repeats are dropped. A true running header ("Fichas de Buenas Prácticas 2023 · Sello
Migrante") is still dropped, and so is a header naming one municipality on every page. A page whose
header label and a label in its body name two municipalities gets an aviso on `municipalidad`.
"""

from __future__ import annotations

import pytest
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.pdfbase.pdfmetrics import stringWidth

from .docx_builders import DocBuilder, write_ficha
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records
from .test_word_pdf_exports import soffice_pdf

FICHAS = [
    ("Escuela de oficios para mujeres migrantes", "Quinta Normal"),
    ("Huertos comunitarios interculturales", "Arica"),
    ("Operativos de regularización migratoria", "Puente Alto"),
]
RUNNING = "Fichas de Buenas Prácticas 2023 · Sello Migrante"


def _header(sheet: Sheet, label: str, page: int) -> None:
    """A Word page header as LibreOffice prints it: the label set right at the top margin (11 pt),
    a running line at the page's foot and the page number."""
    sheet.text(sheet.width - 60 - stringWidth(label, BODY, 11), 35, label, 11)
    sheet.text(60, sheet.height - 40, RUNNING, 8)
    sheet.text(sheet.width - 70, sheet.height - 40, str(page), 8)


def _ficha(sheet: Sheet, title: str, label: str, page: int, body_label: str | None = None) -> int:
    """One ficha over two pages, the header on both; its title a bold 16 pt paragraph well under
    the header (and `body_label` under the title). Returns the next page's number."""
    _header(sheet, label, page)
    sheet.text(60, 71, title, 16, BOLD)
    if body_label:
        sheet.text(60, 92, body_label, 10, BOLD)
    top = 110.0
    for heading, text in [
        ("Departamento/Oficinas municipales que participan", "Oficina de Migrantes"),
        ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
        ("Forma de financiamiento", "Fondos municipales."),
        ("Sostenibilidad en el tiempo", "Convenio con la red de salud."),
    ]:
        top = sheet.text(60, top, heading, 12, BOLD) + 8
        top = sheet.text(60, top, text, 10) + 18
    sheet.next_page()
    _header(sheet, label, page + 1)
    top = sheet.text(60, 71, "Breve descripción", 12, BOLD) + 8
    top = sheet.text(60, top, "La municipalidad acompaña a las familias en sus trámites.", 10) + 18
    top = sheet.text(60, top, "Elemento innovador/creativo del proyecto o actividad", 12, BOLD) + 8
    sheet.text(60, top, "El trabajo en red con las juntas de vecinos.", 10)
    sheet.next_page()
    return page + 2


def _document(path, fichas, body_labels: dict[str, str] | None = None) -> None:
    sheet = Sheet(path, size=(612.0, 792.0))
    page = 1
    for title, comuna in fichas:
        page = _ficha(sheet, title, f"Municipalidad de {comuna}", page, (body_labels or {}).get(title))
    sheet.save()


def test_each_fichas_header_label_is_its_municipality(tmp_path):
    path = tmp_path / "fichas.pdf"
    _document(path, FICHAS)
    got = records(path)
    assert [(r["titulo"], (r["municipalidad"] or {}).get("comuna")) for r in got] == FICHAS
    assert not [a for r in got for a in r["revision"]["avisos"] if a["campo"].startswith("municipalidad")]
    # the repeats and the running footer are read into no field
    assert not [r for r in got if "Municipalidad" in str(r["descripcion"]) + str(r["elemento_innovador"])]
    assert not [r for r in got if "Fichas de Buenas" in str(r)]


def test_one_fichas_header_on_every_page_gives_its_municipality(tmp_path):
    path = tmp_path / "ficha.pdf"
    _document(path, FICHAS[:1])
    (got,) = records(path)
    assert (got["titulo"], got["municipalidad"]["comuna"]) == FICHAS[0]
    assert "Municipalidad" not in str(got["descripcion"]) + str(got["elemento_innovador"])


def test_a_body_label_naming_another_municipality_than_the_header_gets_an_aviso(tmp_path):
    path = tmp_path / "fichas.pdf"
    _document(path, FICHAS, {FICHAS[1][0]: "Municipalidad de Iquique"})
    got = records(path)
    doubts = [[a["mensaje"] for a in r["revision"]["avisos"] if a["campo"] == "municipalidad"] for r in got]
    assert [bool(d) for d in doubts] == [False, True, False]
    assert "Arica" in doubts[1][0] and "Iquique" in doubts[1][0]
    assert got[1]["revision"]["estado"] == "revisar"


@pytest.mark.slow
def test_word_sections_headers_exported_by_libreoffice_give_each_ficha_its_municipality(tmp_path):
    """e13's structure: one Word section per ficha, each with its own header "Municipalidad de X"
    set right, the title a bold 16 pt Normal paragraph; read as its LibreOffice PDF."""
    b = DocBuilder()
    for n, (title, comuna) in enumerate(FICHAS[:2]):
        section = b.doc.sections[0] if n == 0 else b.doc.add_section(WD_SECTION.NEW_PAGE)
        section.header.is_linked_to_previous = False
        header = section.header.paragraphs[0]
        header.text = f"Municipalidad de {comuna}"
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = b.paragraph().add_run(title)
        run.bold, run.font.size = True, Pt(16)
        write_ficha(tmp_path, title=None, municipality=None, heading="bold", builder=b)
    got = records(soffice_pdf(tmp_path / "ficha.docx"))
    assert [(r["titulo"], (r["municipalidad"] or {}).get("comuna")) for r in got] == FICHAS[:2]
    assert not [a for r in got for a in r["revision"]["avisos"] if a["campo"].startswith("municipalidad")]
