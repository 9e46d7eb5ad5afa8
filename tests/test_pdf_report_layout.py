"""A modern report layout, every family of issue 20 at once: a coloured side panel holding the
municipality and the category list (read before the title), numbered headings in bands, label |
value rows, a 4x3 grid of month cells (the active ones filled), and the Sello lines as a ruled
table. Two fichas, one page each; each record must come out whole and `ok`."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .docx_builders import CATEGORY_NAMES
from .pdf_builders import BOX_STYLES, MONTHS_SHORT
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

CATEGORY_LABELS = CATEGORY_NAMES
CATEGORY_IDS = dict(
    zip(
        CATEGORY_LABELS,
        [
            "sociolaboral",
            "acogida_atencion",
            "emprendimiento",
            "capacitaciones",
            "cooperativas",
            "intermediacion_laboral",
            "nna",
            "otra",
        ],
        strict=True,
    )
)
FICHAS = [
    {
        "title": "Huertos comunitarios interculturales",
        "comuna": "Recoleta",
        "categories": {"Sociolaboral", "NNA"},
        "office": "Oficina de Migración",
        "group": "Familias migrantes del sector norte.",
        "months": [4, 5, 6, 7, 8, 9, 10, 11],
        "funding": "Recursos propios municipales.",
        "sustain": "Se repite cada año con la comunidad.",
        "description": "La municipalidad abre huertos en las plazas del barrio.",
        "innovation": "Los vecinos cuidan los huertos por turnos.",
        "sello": [
            ("Vinculación comunitaria", "Reúne a vecinos chilenos y extranjeros."),
            ("Fortalecimiento institucional", "Capacita a los funcionarios."),
        ],
    },
    {
        "title": "Oficina móvil de orientación",
        "comuna": "Puente Alto",
        "categories": {"Capacitaciones", "Emprendimiento"},
        "office": "Dirección de Desarrollo Comunitario",
        "group": "Personas migrantes recién llegadas.",
        "months": [3, 4, 5],
        "funding": "Recursos propios municipales.",
        "sustain": "Sigue vigente con apoyo regional.",
        "description": "Una oficina recorre los barrios en una camioneta.",
        "innovation": "Atiende en la calle, sin cita previa.",
        "sello": [("Acceso a la información y orientación integral", "Orienta en trámites migratorios.")],
    },
]


def band_heading(sheet: Sheet, x: float, top: float, number: int, text: str) -> float:
    sheet.rect(x - 6, top - 4, 370, 18, stroke=False, fill="DDE8F5")
    return sheet.text(x, top, f"{number}. {text}", 11, BOLD) + 10


def page(sheet: Sheet, ficha: dict) -> None:
    sheet.rect(0, 0, 175, sheet.height, stroke=False, fill="1F4E79")
    sheet.canvas.setFillGray(1)
    sheet.text(18, 60, "MUNICIPALIDAD DE", 9, BOLD)
    sheet.text(18, 73, ficha["comuna"].upper(), 14, BOLD)
    sheet.text(18, 130, "CATEGORÍAS", 11, BOLD)
    sheet.canvas.setFillGray(0)
    top = 152.0
    for label in CATEGORY_LABELS:
        sheet.rect(16, top - 1, 12, 12, stroke=False, fill=1)
        BOX_STYLES["check" if label in ficha["categories"] else "empty"](sheet, 17, top)
        sheet.canvas.setFillGray(1)
        sheet.text(33, top + 0.5, label, 9.5)
        sheet.canvas.setFillGray(0)
        top += 20
    x = 200.0
    top = sheet.text(x, 50, ficha["title"], 18, BOLD) + 24
    # label | value rows
    for n, (label, value) in enumerate(
        [("Departamento/Oficinas municipales que participan", ficha["office"]), ("Grupo prioritario", ficha["group"])],
        start=1,
    ):
        sheet.rect(x - 6, top - 4, 370, 30)
        sheet.line(x + 144, top - 4, x + 144, top + 26)
        sheet.lines(
            x,
            top,
            [f"{n}. Departamento/Oficinas", "municipales que participan"] if n == 1 else [f"{n}. {label}"],
            size=9,
            font=BOLD,
            leading=1.2,
        )
        sheet.text(x + 150, top, value, 9)
        top += 34
    top = band_heading(sheet, x, top + 6, 3, "Fechas de implementación")
    for m, name in enumerate(MONTHS_SHORT, start=1):
        cx, ctop = x + ((m - 1) % 4) * 52, top + ((m - 1) // 4) * 22
        on = m in ficha["months"]
        sheet.rect(cx, ctop, 50, 20, fill="2E7D6B" if on else None)
        sheet.canvas.setFillGray(1 if on else 0)
        sheet.text(cx + (50 - stringWidth(name, BODY, 9)) / 2, ctop + 6, name, 9)
        sheet.canvas.setFillGray(0)
    top += 3 * 22 + 16
    for n, heading, text in [
        (4, "Forma de financiamiento", ficha["funding"]),
        (5, "Sostenibilidad en el tiempo", ficha["sustain"]),
        (6, "Breve descripción", ficha["description"]),
        (7, "Elemento innovador", ficha["innovation"]),
    ]:
        top = band_heading(sheet, x, top, n, heading)
        top = sheet.text(x, top, text, 9.5) + 16
    top = band_heading(sheet, x, top, 8, "Líneas Sello")
    for name, text in ficha["sello"]:
        names = [name] if stringWidth(name, BOLD, 9) < 140 else ["Acceso a la información y", "orientación integral"]
        h = 12 * len(names) + 8
        sheet.rect(x - 6, top, 370, h)
        sheet.line(x + 144, top, x + 144, top + h)
        sheet.lines(x, top + 4, names, size=9, font=BOLD, leading=1.3)
        sheet.text(x + 150, top + 4, text, 9)
        top += h


@pytest.mark.parametrize("order", ["as-listed", "reversed"])
def test_report_layout_gives_whole_ok_records(tmp_path, order):
    fichas = FICHAS if order == "as-listed" else FICHAS[::-1]
    path = tmp_path / "informe.pdf"
    sheet = Sheet(path)
    for n, ficha in enumerate(fichas):
        if n:
            sheet.next_page()
        page(sheet, ficha)
    sheet.save()
    got = records(path)
    assert len(got) == 2
    for record, ficha in zip(got, fichas, strict=True):
        assert record["titulo"] == ficha["title"]
        assert record["municipalidad"]["comuna"] == ficha["comuna"]
        expected = [c for c in CATEGORY_IDS.values() if c in {CATEGORY_IDS[label] for label in ficha["categories"]}]
        assert record["categorias"] == expected
        assert [o["nombre"] for o in record["oficinas"]] == [ficha["office"]]
        assert record["grupo_prioritario"] == ficha["group"]
        assert record["fechas_implementacion"]["meses"] == ficha["months"]
        assert record["forma_financiamiento"]["texto"] == ficha["funding"]
        assert record["sostenibilidad"] == ficha["sustain"]
        assert record["descripcion"] == ficha["description"]
        assert record["elemento_innovador"] == ficha["innovation"]
        assert [(s["justificacion"]) for s in record["lineas_sello"]] == [t for _, t in ficha["sello"]]
        assert record["revision"]["estado"] == "ok", record["revision"]["avisos"]
