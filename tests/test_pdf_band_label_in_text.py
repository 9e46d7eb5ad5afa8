"""A municipality label printed again at the top of the page a ficha goes on to (a spread's second
page, a band the reader keeps as content) is never kept inside the section crossing the page in
silence (issue 20; a new user's trial of 2026-12-07, ed11, a pypdf 2-up sheet: the right page's
«Municipalidad de Recoleta» was appended to `elemento_innovador` with no aviso). Left out of the
text, or quoted in an aviso on the field. The designs are this test's own.
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BOLD, Sheet
from .records import records

TITLE = "Huertos comunitarios interculturales"
LABEL = "Municipalidad de Recoleta"
FIRST = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración - DIDECO"),
    ("Grupo prioritario", "Personas migrantes del sector norte."),
    ("Forma de financiamiento", "Recursos propios municipales."),
    ("Breve descripción", "La municipalidad abre un espacio de encuentro para las familias del barrio."),
    ("Elemento innovador/creativo del proyecto o actividad", "El huerto lo diseñan las propias familias."),
]
SELLO = ("Líneas Sello", "Vinculación comunitaria, ya que reúne a vecinos chilenos y extranjeros.")


def _check(got: dict) -> None:
    text = got["elemento_innovador"]
    if LABEL.split()[-1] in text:
        quoted = [a for a in got["revision"]["avisos"] if a["campo"] == "elemento_innovador" and LABEL in a["mensaje"]]
        assert quoted, got["revision"]
    assert got["elemento_innovador"].startswith(FIRST[-1][1])


@pytest.mark.parametrize(("size", "x"), [(8.0, 45.0), (9.5, 60.0)])
def test_a_label_at_the_top_of_the_next_page(tmp_path, size, x):
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(45, 40, LABEL, 10, BOLD)
    sheet.text(45, 60, TITLE, 18, BOLD)
    sheet.sections(100.0, FIRST)
    sheet.next_page()
    sheet.lines(x, 40, ["Municipalidad de", "Recoleta"], size, BOLD, leading=1.2)  # set on two lines
    sheet.sections(80.0, [SELLO])
    sheet.save()
    (got,) = records(path)
    _check(got)


def _html() -> str:
    first = "".join(f"<h2>{h}</h2><p>{t}</p>" for h, t in FIRST)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 16mm }}
    body {{ font-family: 'DejaVu Sans'; font-size: 10pt }}
    .muni {{ font-size: 9pt }} .top {{ font-size: 8pt; font-weight: bold; width: 30mm }}
    h1 {{ font-size: 18pt }} h2 {{ font-size: 11pt; margin: 5mm 0 1mm }} p {{ margin: 0 }}
    .next {{ break-before: page }}
    </style></head><body><div class="muni">{LABEL}</div><h1>{TITLE}</h1>{first}
    <div class="next"><div class="top">{LABEL}</div><h2>{SELLO[0]}</h2><p>{SELLO[1]}</p></div></body></html>"""


@pytest.mark.browser
def test_a_label_at_the_top_of_the_next_page_printed_by_a_browser(tmp_path, chromium):
    from .designs.browser import print_pdf

    html = tmp_path / "ficha.html"
    html.write_text(_html(), encoding="utf-8")
    print_pdf(html, tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    _check(got)
