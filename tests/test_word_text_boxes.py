"""A Word floating text box as LibreOffice prints it to PDF: a VML box it does not wrap the body
around is printed over the body, its lines on or between the body's baselines, its words over the
body's words. Each is read on its own (`readers/pdf/overlay.py`): the box's municipality and
category list are the box's, every body section keeps its own words."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document

from .docx_builders import (
    CATEGORY_LABELS,
    HEADINGS,
    TITLE,
    DocBuilder,
    Part,
    glyph_box,
    paragraphs,
    text_run,
    write_ficha,
)
from .test_word_pdf_exports import soffice_pdf

pytestmark = pytest.mark.slow

_NS = (
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)
MUNICIPALITY = "MUNICIPALIDAD PUENTE ALTO"
LONG_TEXTS = {  # each section's text (but the offices') runs the whole width of the page: its lines pass under the box
    "grupo_prioritario": "Niñas, niños y adolescentes que viven en asentamientos precarios y que se encuentran en "
    "situación irregular en el país.",
    "fechas_implementacion": "Enero a diciembre, una vez al mes, en cada uno de los campamentos de la comuna.",
    "forma_financiamiento": "Recursos propios de la municipalidad. Estudiantes en práctica de Trabajo Social de "
    "las universidades de la región.",
    "sostenibilidad": "Se ejecuta de manera periódica dado que requiere de la disponibilidad y recursos del "
    "equipo municipal.",
}


def floating_vml_box(paragraph_runs: list[str], width: float = 150.0, height: float = 260.0) -> str:
    """A run holding a VML text box at the right margin, its top at its paragraph's, with square
    wrapping, as Word's older files hold one (LibreOffice prints the body under it)."""
    content = "".join(f"<w:p>{runs}</w:p>" for runs in paragraph_runs)
    style = (
        "position:absolute;margin-left:0;margin-top:0;mso-position-horizontal:right;"
        "mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph;"
        f"width:{width}pt;height:{height}pt;z-index:1"
    )
    return (
        f'<w:r><w:pict {_NS}><v:shape id="tb1" o:spid="_x0000_s1026" type="#_x0000_t202" style="{style}" '
        f'fillcolor="#EEF3FA" strokecolor="#1B3A6B"><v:textbox><w:txbxContent>{content}</w:txbxContent>'
        '</v:textbox><w10:wrap type="square"/></v:shape></w:pict></w:r>'
    )


def ficha_with_a_box_over_the_body(b: DocBuilder, checked: set[str]) -> None:
    """The title, then a paragraph anchoring the box (municipality, "Categoría:" and the category
    list), then every other section with a long text."""
    b.title(TITLE)
    lines = [text_run(MUNICIPALITY, bold=True), text_run(HEADINGS["categorias"] + ":", bold=True)]
    lines += [glyph_box(cid in checked) + text_run(f" {label}") for cid, label in CATEGORY_LABELS.items()]
    b.raw_paragraph(floating_vml_box(lines))


@pytest.mark.parametrize("checked", [{"nna", "otra"}, {"sociolaboral", "emprendimiento"}], ids=["nna-otra", "two"])
def test_a_vml_box_printed_over_the_body_is_read_apart_from_it(tmp_path, checked):
    """The box's words never join a body line and the body's never the box's: each section keeps
    its text, the categories are the box's checked ones, the municipality is the box's."""
    b = DocBuilder()
    ficha_with_a_box_over_the_body(b, checked)
    parts: dict[str, Part | None] = {key: paragraphs(text) for key, text in LONG_TEXTS.items()}
    parts["categorias"] = None
    pdf = soffice_pdf(write_ficha(tmp_path, title=None, municipality=None, parts=parts, builder=b))
    (ficha,) = extract_document(pdf).fichas
    assert ficha.municipalidad is not None and ficha.municipalidad.comuna == "Puente Alto"
    assert [o.sigla for o in ficha.oficinas] == ["DIDECO", "OMIL"]
    assert ficha.grupo_prioritario == LONG_TEXTS["grupo_prioritario"]
    assert ficha.fechas_implementacion.texto == LONG_TEXTS["fechas_implementacion"]
    assert ficha.forma_financiamiento.texto == LONG_TEXTS["forma_financiamiento"]
    assert ficha.sostenibilidad == LONG_TEXTS["sostenibilidad"]
    assert ficha.categorias == [c for c in CATEGORY_LABELS if c in checked]
    assert ficha.categoria_otra == ("Regularización" if "otra" in checked else None)
    assert ficha.revision.estado == "ok", ficha.revision.avisos
