"""Footnotes printed right after their paragraph (issue 20; a new user's trial, x02 and x10, printed
by Chromium): the reference a browser's <sup>, at 0.83 of the word's size, raised ("refugio¹,"), and
the note in small print under the paragraph, opening with the same mark ("¹ Catastro de campamentos
..."), the next heading right under it. The mark is no letter of the word, the note is quoted in an
aviso on the field its reference stands in (not dropped, not merged), and the heading after it
opens its section. Before, the mark was read as the word's last letter ("refugio1,") and the note
as the description's last paragraph; with the mark read, the note took the heading and the section
after it.
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records, records_by_engine

X, SIZE, LEADING = 50.0, 10.5, 14.0
LEAD, TAIL = "La municipalidad acoge a familias solicitantes de refugio", ", quienes se suman al programa."
NOTE = "Personas que han solicitado el reconocimiento de la condición de refugiado."
INNOVATION = "Se destaca el trabajo con las familias recién llegadas."


def ficha(path, mark: str, note_size: float, turn: bool = False) -> None:
    """A ficha whose description's line carries `mark` (0.83 of its size, raised as a browser's <sup>
    is), its note printed at `note_size` right under the paragraph (`turn`: at the next page's top),
    a heading and its text under it."""
    sheet = Sheet(path)
    top = sheet.text(X, 60, "Acogida de familias refugiadas", 20, BOLD) + 8
    top = sheet.text(X, top, "Municipalidad de Recoleta", 12, BODY) + 18
    for heading, text in [
        ("Departamento/Oficinas municipales que participan", "DIDECO"),
        ("Grupo prioritario", "Familias refugiadas."),
        ("Forma de financiamiento", "Recursos propios municipales."),
    ]:
        top = sheet.text(X, top, heading, 11, BOLD) + 6
        top = sheet.text(X, top, text, SIZE, BODY) + 12
    top = sheet.text(X, top, "Breve descripción", 11, BOLD) + 6
    sheet.text(X, top, LEAD, SIZE, BODY)
    x = X + stringWidth(LEAD, BODY, SIZE)
    small = 0.83 * SIZE
    sheet.text(x, top - 0.33 * SIZE + 0.8 * (SIZE - small), mark, small, BODY)  # raised, its bottom 0.33 em up
    sheet.text(x + stringWidth(mark, BODY, small), top, TAIL, SIZE, BODY)
    top += LEADING + 4
    if turn:
        sheet.next_page()
        top = 60.0
    top = sheet.text(X, top, f"{mark} {NOTE}", note_size, BODY) + 8
    top = sheet.text(X, top, "Elemento innovador/creativo del proyecto o actividad", 11, BOLD) + 6
    sheet.text(X, top, INNOVATION, SIZE, BODY)
    sheet.save()


@pytest.mark.parametrize("mark", ["1", "*"])
def test_a_note_in_small_print_after_its_paragraph_is_quoted_on_its_field(tmp_path, mark):
    ficha(tmp_path / "ficha.pdf", mark, note_size=7.5)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["descripcion"] == LEAD + TAIL
        assert got["elemento_innovador"] == INNOVATION
        notes = [a for a in got["revision"]["avisos"] if a["campo"] == "descripcion"]
        assert [a["codigo"] for a in notes] == ["texto_sin_ubicar"] and f"«{NOTE}»" in notes[0]["mensaje"]


def test_a_note_carried_to_the_next_pages_top_is_quoted_on_its_field(tmp_path):
    """A browser's flow carries the note set after its paragraph over the page break: the next page
    opens with it, in small print."""
    ficha(tmp_path / "ficha.pdf", "1", note_size=7.5, turn=True)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == LEAD + TAIL
    assert got["elemento_innovador"] == INNOVATION
    notes = [a for a in got["revision"]["avisos"] if a["campo"] == "descripcion"]
    assert [a["codigo"] for a in notes] == ["texto_sin_ubicar"] and f"«{NOTE}»" in notes[0]["mensaje"]


def test_a_line_at_the_body_size_opening_with_the_mark_is_no_note(tmp_path):
    """Printed at the body's size and with text under it, the line is the page's text: the mark is
    still no letter of the word, and the reader says it found no note."""
    ficha(tmp_path / "ficha.pdf", "1", note_size=SIZE)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"].startswith(LEAD + TAIL) and NOTE in got["descripcion"]
    notes = [a for a in got["revision"]["avisos"] if a["campo"] == "descripcion"]
    assert [a["codigo"] for a in notes] == ["lectura_dudosa"], notes


def browser_page() -> str:
    sections = [
        ("Departamento/Oficinas municipales que participan", "DIDECO"),
        ("Grupo prioritario", "Familias refugiadas."),
        ("Forma de financiamiento", "Recursos propios municipales."),
    ]
    body = "".join(f"<h2>{h}</h2><p>{t}</p>" for h, t in sections)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 20mm }} body {{ font-family: 'Liberation Serif'; font-size: 10.5pt }}
    h1 {{ font: bold 18pt 'DejaVu Sans' }} h2 {{ font: bold 10pt 'DejaVu Sans'; margin: 8pt 0 2pt }}
    p {{ margin: 0 0 4pt }} .fn {{ font-size: 7.5pt; border-top: 0.5pt solid #888; width: 40% }}
    </style></head><body><h1>Acogida de familias refugiadas</h1><p>Municipalidad de Recoleta</p>{body}
    <h2>Breve descripción</h2><p>{LEAD}<sup>1</sup>{TAIL}</p><p class="fn"><sup>1</sup> {NOTE}</p>
    <h2>Elemento innovador/creativo del proyecto o actividad</h2><p>{INNOVATION}</p></body></html>"""


@pytest.mark.browser
def test_browser_printed_note_after_its_paragraph(tmp_path, chromium):
    from .designs.browser import print_pdf

    html = tmp_path / "ficha.html"
    html.write_text(browser_page(), encoding="utf-8")
    print_pdf(html, tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == LEAD + TAIL
    assert got["elemento_innovador"] == INNOVATION
    notes = [a for a in got["revision"]["avisos"] if a["campo"] == "descripcion"]
    assert [a["codigo"] for a in notes] == ["texto_sin_ubicar"] and f"«{NOTE}»" in notes[0]["mensaje"]
