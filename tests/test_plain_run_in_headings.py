"""Run-in headings in the body's own face (issue 20, part 5 "Headings in any dress"; a new user's
trial, r03: the generator asked for bold and the PDF printed the regular face): every section opens a
paragraph as "Grupo prioritario. Se focaliza ...", the template heading's name whole, then a period
(or a dash), nothing but that setting it apart. Several paragraphs of a document opening so are the
document's style: each is its section's heading and text. One such sentence in a document set
otherwise ("Forma de financiamiento. ..." opening a paragraph of a description) opens nothing.
Before, no heading was found but the ones on lines of their own: no ficha.

The designs are this test's own (reportlab's canvas, Chromium, Word and its LibreOffice PDF).
"""

from __future__ import annotations

import pytest

from .docx_builders import HEADINGS, TEXTS, DocBuilder
from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .records import records, records_by_engine

X, MEASURE, SIZE, LEADING, GAP = 50.0, 480.0, 10.0, 13.0, 7.0
TITLE, MUNICIPALITY = "Escuela de oficios para mujeres migrantes", "Municipalidad de Puente Alto"
RUN_IN = ["oficinas", "grupo_prioritario", "fechas_implementacion", "forma_financiamiento", "sostenibilidad"]
RUN_IN += ["descripcion", "elemento_innovador"]


def expect_sections(got: dict) -> None:
    assert [o["sigla"] for o in got["oficinas"]] == ["DIDECO", "OMIL"]
    assert got["grupo_prioritario"] == TEXTS["grupo_prioritario"]
    assert got["fechas_implementacion"]["texto"] == TEXTS["fechas_implementacion"]
    assert got["forma_financiamiento"]["texto"] == TEXTS["forma_financiamiento"]
    assert got["sostenibilidad"] == TEXTS["sostenibilidad"]
    assert got["descripcion"] == TEXTS["descripcion"]
    assert got["elemento_innovador"] == TEXTS["elemento_innovador"]
    assert not [a for a in got["revision"]["avisos"] if a["campo"] in {*RUN_IN, "oficinas"}], got["revision"]


def canvas_paragraph(sheet: Sheet, top: float, text: str) -> float:
    """`text` in the body's face, wrapped to the measure; returns the next paragraph's top."""
    for line in typeset(text, MEASURE, SIZE):
        sheet.text(X, top, line, SIZE, BODY)
        top += LEADING
    return top + GAP


def canvas_ficha(path, end: str) -> None:
    sheet = Sheet(path)
    top = sheet.text(X, 60, TITLE, 20, BOLD) + 8
    top = sheet.text(X, top, MUNICIPALITY, 12, BODY) + 18
    for key in RUN_IN:
        top = canvas_paragraph(sheet, top, f"{HEADINGS[key]}{end} {TEXTS[key]}")
    top = canvas_paragraph(sheet, top, f"{HEADINGS['lineas_sello']}{end}")
    canvas_paragraph(sheet, top, TEXTS["lineas_sello"])
    sheet.save()


@pytest.mark.parametrize("end", [".", " \u2014"], ids=["period", "dash"])
def test_headings_run_in_in_the_body_face_open_their_sections(tmp_path, end):
    canvas_ficha(tmp_path / "ficha.pdf", end)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        expect_sections(got)


def test_one_sentence_opening_with_a_heading_name_opens_nothing(tmp_path):
    """Headings on lines of their own, in bold; one paragraph of the description opens with "Forma de
    financiamiento." in the body's face: it stays in the description."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    top = sheet.text(X, 60, TITLE, 20, BOLD) + 8
    top = sheet.text(X, top, MUNICIPALITY, 12, BODY) + 18
    said = "Forma de financiamiento. Se discutió con las vecinas en tres asambleas abiertas del barrio."
    for key in RUN_IN:
        top = sheet.text(X, top, HEADINGS[key], 11, BOLD) + 6
        top = canvas_paragraph(sheet, top, TEXTS[key])
        if key == "descripcion":
            top = canvas_paragraph(sheet, top, said)
    sheet.save()
    (got,) = records(path)
    assert got["descripcion"].startswith(TEXTS["descripcion"]) and got["descripcion"].endswith(said)
    assert got["forma_financiamiento"]["texto"] == TEXTS["forma_financiamiento"]
    assert got["elemento_innovador"] == TEXTS["elemento_innovador"]


def html_page(label_css: str) -> str:
    paragraphs = "".join(f'<p><span class="l">{HEADINGS[k]}.</span> {TEXTS[k]}</p>' for k in RUN_IN)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size: Letter; margin: 22mm }}
    body {{ font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.35 }}
    h1 {{ font-size: 19pt; margin: 0 0 4pt }} .muni {{ margin-bottom: 14pt; color: #444 }}
    p {{ margin: 0 0 6pt }} .l {{ {label_css} }}
    </style></head><body><h1>{TITLE}</h1><div class="muni">{MUNICIPALITY}</div>{paragraphs}
    <p><span class="l">{HEADINGS["lineas_sello"]}.</span></p><p>{TEXTS["lineas_sello"]}</p></body></html>"""


@pytest.mark.browser
@pytest.mark.parametrize("label_css", ["font-weight: normal", "font-weight: bold"], ids=["body-face", "bold"])
def test_browser_printed_run_in_headings(tmp_path, chromium, label_css):
    from .designs.browser import print_pdf

    html = tmp_path / "ficha.html"
    html.write_text(html_page(label_css), encoding="utf-8")
    print_pdf(html, tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    expect_sections(got)


def word_ficha(folder):
    b = DocBuilder()
    b.title(TITLE)
    b.paragraph(MUNICIPALITY)
    for key in RUN_IN:
        b.paragraph(f"{HEADINGS[key]}. {TEXTS[key]}")
    b.paragraph(f"{HEADINGS['lineas_sello']}.")
    b.paragraph(TEXTS["lineas_sello"])
    return b.save(folder)


def test_word_run_in_headings_in_the_body_face(tmp_path):
    (got,) = records(word_ficha(tmp_path))
    expect_sections(got)


@pytest.mark.slow
def test_word_run_in_headings_exported_by_libreoffice(tmp_path):
    from .test_word_pdf_exports import soffice_pdf

    (got,) = records(soffice_pdf(word_ficha(tmp_path)))
    expect_sections(got)
