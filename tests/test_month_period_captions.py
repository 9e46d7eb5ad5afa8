"""A month display grouped in boxes by quarter or semester (issue 20 part 3, trial 27 ed10/ed26): each box
titled «1er trimestre» … «4º trimestre» (or «Primer semestre», «Trimestre 3») holds its months' names,
each active one followed by a tick («Feb ✓»). The captions are the display's words, no text of the dates
(`vocab.is_month_period_caption`, data `[month_display_periods]`); each tick marks the name it follows,
also when it stands midway between two names of a box («Oct ✓ Nov ✓ Dic»: `month_grid.MARK_SIDE_TIE_EMS`).
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .docx_builders import MONTHS_SHORT
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records

TEXT = "Septiembre, octubre y noviembre de cada año."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]
CAPTIONS = {
    "quarters": ["1er trimestre", "2º trimestre", "3er trimestre", "4º trimestre"],
    "quarters-after": ["Trimestre 1", "Trimestre 2", "Trimestre 3", "Trimestre 4"],
    "semesters": ["Primer semestre", "Segundo semestre"],
}
SIZE = 9.0


def dates_of(record: dict) -> tuple[dict, list]:
    avisos = [(a["campo"], a["codigo"]) for a in record["revision"]["avisos"] if a["campo"].startswith("fechas")]
    return record["fechas_implementacion"], avisos


def grouped_display(path, captions: list[str], active: list[int]) -> None:
    """A ficha whose months are printed in len(`captions`) rounded boxes side by side, each titled by
    its caption (7 pt grey) over its months' names (9 pt), an active name followed by a tick."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    per_box, width = 12 // len(captions), 505 / len(captions)
    for n, caption in enumerate(captions):
        x = 45 + n * width
        sheet.rect(x, top, width - 6, 26, line_width=0.6)
        sheet.text(x + 5, top + 3, caption, 7, BODY)
        at = x + 5
        for month in range(n * per_box + 1, (n + 1) * per_box + 1):
            name = MONTHS_SHORT[month - 1]
            sheet.text(at, top + 13, name, SIZE, BOLD if month in active else BODY)
            at += stringWidth(name, BOLD if month in active else BODY, SIZE) + 0.28 * SIZE
            if month in active:
                sheet.text(at, top + 13, "✓", SIZE, SYMBOLS)
                at += stringWidth("✓", SYMBOLS, SIZE) + 0.28 * SIZE
    top = sheet.text(45, top + 34, TEXT, 10, BODY) + 16
    sheet.sections(top, [("Breve descripción", "La municipalidad abre una escuela de oficios.")])
    sheet.save()


@pytest.mark.parametrize("captions", CAPTIONS.values(), ids=CAPTIONS.keys())
def test_period_captions_belong_to_the_display(tmp_path, captions):
    grouped_display(tmp_path / "ficha.pdf", captions, [9, 10, 11])
    (got,) = records(tmp_path / "ficha.pdf")
    assert dates_of(got) == ({"meses": [9, 10, 11], "texto": TEXT}, [])


def test_a_caption_naming_no_period_stays_text(tmp_path):
    """«Tres trimestres» is no group's caption (no ordinal): it is printed text of the dates section,
    never dropped as a caption; set smaller than the text under it, opening the section, it is quoted
    in an aviso on the field (a line set apart: `fields.set_apart.opening_set_apart`)."""
    grouped_display(tmp_path / "ficha.pdf", ["Tres trimestres", "2º trimestre", "3er trimestre", "4º trimestre"], [9])
    (got,) = records(tmp_path / "ficha.pdf")
    quoted = [
        a["mensaje"]
        for a in got["revision"]["avisos"]
        if a["campo"] == "fechas_implementacion" and a["codigo"] == "texto_sin_ubicar"
    ]
    assert got["fechas_implementacion"]["texto"].startswith("Tres trimestres") or any(
        "«Tres trimestres»" in m for m in quoted
    )


@pytest.mark.browser
def test_browser_quarter_boxes(tmp_path, chromium):
    """Chromium's print of a CSS grid of four rounded quarter boxes, «Sep ✓» ending the third box and
    «Oct ✓ Nov ✓ Dic» in the fourth (trial 27 ed26's Quinta Normal)."""
    from .designs.browser import print_pdf

    active = [9, 10, 11]

    def box(n: int) -> str:
        names = " ".join(
            f'<span class="a">{MONTHS_SHORT[m - 1]} ✓</span>' if m in active else f"<span>{MONTHS_SHORT[m - 1]}</span>"
            for m in range(3 * n + 1, 3 * n + 4)
        )
        return f'<div class="q"><div class="qt">{CAPTIONS["quarters"][n]}</div>{names}</div>'

    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'Liberation Sans';font-size:10pt}}
    h3{{font-size:11pt}} .qs{{display:grid;grid-template-columns:repeat(4,1fr);gap:2mm}}
    .q{{border:.6pt solid #bbb;border-radius:2mm;padding:1mm 2mm;font-size:9pt}} .qt{{font-size:7pt;color:#888}}
    .a{{font-weight:bold;color:#e65100}}</style></head><body><h1>Escuela de oficios para mujeres migrantes</h1>
    <p><b>MUNICIPALIDAD PUENTE ALTO</b></p><h3>{SECTIONS[0][0]}</h3><p>{SECTIONS[0][1]}</p>
    <h3>{SECTIONS[1][0]}</h3><p>{SECTIONS[1][1]}</p><h3>Fechas de implementación</h3>
    <div class="qs">{"".join(box(n) for n in range(4))}</div><p>{TEXT}</p>
    <h3>Breve descripción</h3><p>La municipalidad abre una escuela de oficios.</p></body></html>"""
    page = tmp_path / "ficha.html"
    page.write_text(html, encoding="utf-8")
    print_pdf(page, tmp_path / "ficha.pdf")
    (got,) = records(tmp_path / "ficha.pdf")
    assert dates_of(got) == ({"meses": active, "texto": TEXT}, [])
