"""A ficha's title printed only in a band repeated at the top of each of its pages (issue 20; a new
user's trial of 2026-12-07, ed24, printed with Chromium: the band, title left and municipality right,
was dropped as a running header on the first page, so the title was lost, and the second page's
municipality label was appended to the section crossing the page, with no aviso). The band is the
ficha's head on the first page of its run and a running header on the others: the title is read,
and nothing of the band joins a section's text. The designs are this test's own.
"""

from __future__ import annotations

import pytest

from .pdf_canvas import BOLD, Sheet
from .records import records

FICHAS = [
    ("Huertos comunitarios interculturales", "Municipalidad de Recoleta"),
    ("Academia Municipal Abierta", "Municipalidad de Arica"),
]
FIRST = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración - DIDECO"),
    ("Grupo prioritario", "Personas migrantes del sector norte."),
    ("Forma de financiamiento", "Recursos propios municipales."),
    ("Sostenibilidad en el tiempo", "Se repite cada año con la comunidad."),
]
SECOND = [
    ("Breve descripción", "La municipalidad abre un espacio de encuentro para las familias del barrio."),
    ("Líneas Sello", "Vinculación comunitaria, ya que reúne a vecinos chilenos y extranjeros."),
]


def _band(sheet: Sheet, title: str, label: str, title_size: float, label_size: float) -> None:
    sheet.rect(0, 0, 595, 60, stroke=False, fill="4A148C")
    sheet.canvas.setFillGray(1)
    sheet.text(45, 22, title, title_size, BOLD)
    sheet.text(420, 26, label, label_size)
    sheet.canvas.setFillGray(0)


def _check(got: list[dict]) -> None:
    assert [(r["titulo"], r["municipalidad"]["texto"]) for r in got] == FICHAS
    for record in got:
        assert record["sostenibilidad"] == FIRST[-1][1]
        assert record["descripcion"] == SECOND[0][1]
        codes = {a["codigo"] for a in record["revision"]["avisos"]}
        assert codes <= {"seccion_faltante"}, record["revision"]  # the sections this short ficha leaves out
        assert "titulo" not in {a["campo"] for a in record["revision"]["avisos"]}


@pytest.mark.parametrize(("title_size", "label_size"), [(15.0, 9.0), (13.0, 8.0)])
def test_a_title_band_repeated_on_each_page_of_a_ficha(tmp_path, title_size, label_size):
    path = tmp_path / "fichas.pdf"
    sheet = Sheet(path)
    for n, (title, label) in enumerate(FICHAS):
        if n:
            sheet.next_page()
        for k, part in enumerate((FIRST, SECOND)):
            if k:
                sheet.next_page()
            _band(sheet, title, label, title_size, label_size)
            top = 90.0
            for heading, text in part:
                top = sheet.text(45, top, heading, 11, BOLD) + 6
                top = sheet.text(45, top, text, 10) + 14
            sheet.text(45, 810, f"Ficha {n + 1} · página {k + 1}", 7.5)
    sheet.save()
    _check(records(path))


def _html() -> str:
    pages = []
    for n, (title, label) in enumerate(FICHAS, start=1):
        for k, part in enumerate((FIRST, SECOND), start=1):
            body = "".join(f"<h2>{h}</h2><p>{t}</p>" for h, t in part)
            pages.append(
                f'<section><header><div class="tt">{title}</div><div class="mu">{label}</div></header>'
                f"{body}<footer>Ficha {n} · página {k}</footer></section>"
            )
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 0 }}
    body {{ margin: 0; font-family: 'DejaVu Sans'; font-size: 10pt }}
    section {{ height: 296mm; padding: 0 18mm; box-sizing: border-box; position: relative; break-after: page }}
    header {{ display: flex; justify-content: space-between; align-items: center; background: #0b4f6c; color: #fff;
             margin: 0 -18mm 8mm; padding: 5mm 18mm }}
    .tt {{ font-weight: bold; font-size: 16pt }} .mu {{ font-size: 8.5pt }}
    h2 {{ font-size: 11pt; margin: 5mm 0 1mm }} p {{ margin: 0 }}
    footer {{ position: absolute; bottom: 8mm; font-size: 7pt; color: #777 }}
    </style></head><body>{"".join(pages)}</body></html>"""


@pytest.mark.browser
def test_a_title_band_repeated_on_each_page_printed_by_a_browser(tmp_path, chromium):
    from .designs.browser import print_pdf

    html = tmp_path / "fichas.html"
    html.write_text(_html(), encoding="utf-8")
    print_pdf(html, tmp_path / "fichas.pdf")
    _check(records(tmp_path / "fichas.pdf"))
