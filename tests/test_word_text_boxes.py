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


_EMU = 12700  # EMU a point
_DRAWING = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def floating_drawingml_box(paragraph_runs: list[str], wrap: str, width: float = 150.0, height: float = 260.0) -> str:
    """A run holding a DrawingML text box (`wps:txbx`) at the right margin, its top at its
    paragraph's, with its VML copy as the fallback, as Word writes one today; `wrap` "square" (the
    body wraps around it) or "none" (it stands in front of the body's text)."""
    content = "".join(f"<w:p>{runs}</w:p>" for runs in paragraph_runs)
    cx, cy = int(width * _EMU), int(height * _EMU)
    shape = (
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        "</a:graphicData></a:graphic>"
    )
    wrapping = '<wp:wrapSquare wrapText="bothSides"/>' if wrap == "square" else "<wp:wrapNone/>"
    drawing = (
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251658241" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrapping}'
        f'<wp:docPr id="1" name="Cuadro de texto 1"/><wp:cNvGraphicFramePr/>{shape}</wp:anchor>'
    )
    fallback = floating_vml_box(paragraph_runs, width, height)[len("<w:r>") : -len("</w:r>")]
    return (
        f'<w:r><mc:AlternateContent {_DRAWING}><mc:Choice Requires="wps"><w:drawing>{drawing}</w:drawing>'
        f"</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def ficha_with_a_box_over_the_body(b: DocBuilder, checked: set[str], kind: str = "vml") -> None:
    """The title, then a paragraph anchoring the box (municipality, "Categoría:" and the category
    list; `kind` "vml", "drawingml-square" or "drawingml-none"), then every other section with a
    long text."""
    b.title(TITLE)
    lines = [text_run(MUNICIPALITY, bold=True), text_run(HEADINGS["categorias"] + ":", bold=True)]
    lines += [glyph_box(cid in checked) + text_run(f" {label}") for cid, label in CATEGORY_LABELS.items()]
    if kind == "vml":
        b.raw_paragraph(floating_vml_box(lines))
    else:
        b.raw_paragraph(floating_drawingml_box(lines, wrap=kind.split("-")[1]))


@pytest.mark.parametrize("kind", ["vml", "drawingml-square", "drawingml-none"])
@pytest.mark.parametrize("checked", [{"nna", "otra"}, {"sociolaboral", "emprendimiento"}], ids=["nna-otra", "two"])
def test_a_floating_box_beside_or_over_the_body_is_read_apart_from_it(tmp_path, checked, kind):
    """The box's words never join a body line and the body's never the box's: each section keeps
    its text, the categories are the box's checked ones, the municipality is the box's. LibreOffice
    prints a VML box and an unwrapped DrawingML box over the body, and wraps the body around a
    square-wrapped DrawingML box (its lines on the box's baselines, beside them)."""
    b = DocBuilder()
    ficha_with_a_box_over_the_body(b, checked, kind)
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
