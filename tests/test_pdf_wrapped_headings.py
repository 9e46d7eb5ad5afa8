"""A section heading wrapped over two lines or more in a label cell too narrow for it (issue 20:
"FORMA DE" / "FINANCIAMIENTO", "FECHAS DE" / "IMPLEMENTACIÓN", "ELEMENTO" / "INNOVADOR"): its lines,
stacked at one edge in one dress, are one heading, whatever the dress (capitals, small capitals,
numbered, the value's size or larger, a hyphen breaking a word), also when the cell stands as close
to its value as its padding (the label's second line level with a line of the value, set apart by
less than a column gutter) and when the page breaks the cell. A first line that no second line
completes stays an unknown heading, with its aviso."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .docx_builders import CATEGORY_NAMES
from .pdf_builders import BOX_STYLES
from .pdf_canvas import BODY, BOLD, Sheet
from .test_pdf_heading_column import records

CHECKED = {"Sociolaboral", "NNA"}
VALUES = {
    "oficinas": ["Oficina de Migración y Oficina", "de la Mujer."],
    "grupo": ["Familias migrantes y chilenas", "del sector norte de la comuna."],
    "fechas": ["Inicia el año 2022 y se realiza", "de marzo a noviembre de cada año."],
    "forma": ["Recursos propios de la", "municipalidad."],
    "sostenibilidad": ["Sigue vigente y se repite cada", "año con la comunidad del barrio."],
    "descripcion": ["La municipalidad abre huertos en las", "plazas del barrio con las familias."],
    "innovador": ["Los vecinos cuidan los huertos por", "turnos durante todo el año."],
}
VALUE_SIZE = 10.0
PADDING = 5.5  # points between the label cell's widest line and its value: about half an em


def _joined(lines: list[str]) -> str:
    return " ".join(lines)


# Each dress: how its heading lines are printed (wrapped as a narrow cell wraps them), its size and font.
DRESSES: dict[str, dict] = {
    "caps_larger": {  # bold capitals a size larger than the value (a browser's label rows)
        "size": 11.5,
        "font": BOLD,
        "rows": {
            "oficinas": ["DEPARTAMENTO/", "OFICINAS", "MUNICIPALES QUE", "PARTICIPAN:"],
            "grupo": ["GRUPO", "PRIORITARIO:"],
            "fechas": ["FECHAS DE", "IMPLEMENTACIÓN:"],
            "forma": ["FORMA DE", "FINANCIAMIENTO:"],
            "sostenibilidad": ["SOSTENIBILIDAD", "EN EL TIEMPO:"],
        },
    },
    "bold_same_size": {  # bold, in the value's size: only the weight sets the label apart
        "size": VALUE_SIZE,
        "font": BOLD,
        "rows": {
            "oficinas": ["Departamento/Oficinas", "municipales que", "participan"],
            "grupo": ["Grupo", "prioritario"],
            "fechas": ["Fechas de", "implementación"],
            "forma": ["Forma de", "financiamiento"],
            "sostenibilidad": ["Sostenibilidad", "en el tiempo"],
        },
    },
    "numbered": {  # numbered, plain weight, larger
        "size": 12.0,
        "font": BOLD,
        "rows": {
            "oficinas": ["I. Departamento/", "Oficinas municipales", "que participan"],
            "grupo": ["II. Grupo", "prioritario"],
            "fechas": ["III. Fechas de", "implementación"],
            "forma": ["IV. Forma de", "financiamiento"],
            "sostenibilidad": ["V. Sostenibilidad", "en el tiempo"],
        },
    },
    "hyphenated": {  # a word broken by a hyphen at the cell's edge
        "size": 11.5,
        "font": BOLD,
        "rows": {
            "oficinas": ["DEPARTAMENTO/", "OFICINAS MUNI-", "CIPALES QUE", "PARTICIPAN"],
            "grupo": ["GRUPO PRIORI-", "TARIO"],
            "fechas": ["FECHAS DE IM-", "PLEMENTACIÓN"],
            "forma": ["FORMA DE FI-", "NANCIAMIENTO"],
            "sostenibilidad": ["SOSTENIBILI-", "DAD EN EL", "TIEMPO"],
        },
    },
    "small_caps": {  # small capitals: each word's first letter full size, the others smaller
        "size": 11.5,
        "font": BOLD,
        "small_caps": True,
        "rows": {
            "oficinas": ["Departamento/", "Oficinas", "municipales que", "participan"],
            "grupo": ["Grupo", "prioritario"],
            "fechas": ["Fechas de", "implementación"],
            "forma": ["Forma de", "financiamiento"],
            "sostenibilidad": ["Sostenibilidad", "en el tiempo"],
        },
    },
    "word_a_line": {  # a cell so narrow it wraps a word a line: the lines under the value's read apart
        # from those beside it, a piece of more lines than a label's piece (browser seed 24849)
        "size": 12.0,
        "font": BOLD,
        "rows": {
            "oficinas": ["I.", "DEPARTAMENTO/", "OFICINAS", "MUNICIPALES", "QUE", "PARTICIPAN:"],
            "grupo": ["II. GRUPO", "PRIORITARIO:"],
            "fechas": ["III. FECHAS DE", "IMPLEMENTACIÓN:"],
            "forma": ["IV. FORMA DE", "FINANCIAMIENTO:"],
            "sostenibilidad": ["V. SOSTENIBILIDAD", "EN EL TIEMPO:"],
        },
    },
    "numbered_tight": {  # rows set close: a label's last line and the next label read as one block
        "size": 10.5,
        "font": BOLD,
        "row_gap": 3.0,
        "rows": {
            "oficinas": ["1)", "DEPARTAMENTO/OFICINAS", "MUNICIPALES QUE", "PARTICIPAN"],
            "grupo": ["2) GRUPO PRIORITARIO"],
            "fechas": ["3) FECHAS DE", "IMPLEMENTACIÓN"],
            "forma": ["4) FORMA DE", "FINANCIAMIENTO"],
            "sostenibilidad": ["5) SOSTENIBILIDAD", "EN EL TIEMPO"],
        },
    },
}
SMALL = 0.78  # a small capital's size, of the capital's


def _small_caps_width(text: str, size: float, font: str) -> float:
    return sum(stringWidth(c.upper(), font, size if c.isupper() or not c.isalpha() else SMALL * size) for c in text)


def _draw_small_caps(sheet: Sheet, x: float, top: float, text: str, size: float, font: str) -> None:
    """`text` in small capitals: capitals (and what is no letter) at `size`, lower-case letters as
    capitals at SMALL of it, on one baseline."""
    baseline = sheet.height - top - 0.8 * size
    for char in text:
        char_size = size if char.isupper() or not char.isalpha() else SMALL * size
        sheet.canvas.setFont(font, char_size)
        sheet.canvas.drawString(x, baseline, char.upper())
        x += stringWidth(char.upper(), font, char_size)


def _label(sheet: Sheet, top: float, lines: list[str], dress: dict) -> float:
    """A label cell's lines at x 40 (leading 1.25); returns the x its value starts at: the cell is as
    wide as its widest line, the value `PADDING` right of it."""
    size, font = dress["size"], dress["font"]
    width = 0.0
    for n, line in enumerate(lines):
        if dress.get("small_caps"):
            _draw_small_caps(sheet, 40, top + 1.25 * size * n, line, size, font)
            width = max(width, _small_caps_width(line, size, font))
        else:
            sheet.text(40, top + 1.25 * size * n, line, size, font)
            width = max(width, stringWidth(line, font, size))
    return 40 + width + PADDING


def label_rows_ficha(path, dress: dict, break_page_in: str | None = None) -> None:
    """One ficha: title, municipality, then each short section as a row (label cell | value cell)
    whose value's lines sit level with the label's (leading 1.4 for a value of 10 points, 1.25 for
    labels of 10 to 12: the value's second line shares a baseline with the label's second line);
    then the category list and the long sections under headings of one line. With
    `break_page_in`, that row's label starts at the page's foot and ends on the next page."""
    sheet = Sheet(path)
    sheet.text(40, 40, "Huertos comunitarios interculturales", 18, BOLD)
    sheet.text(40, 66, "Municipalidad de Recoleta", 11, BOLD)
    top = 100.0
    for key, lines in dress["rows"].items():
        if key == break_page_in:
            top = sheet.height - 40 - dress["size"]
            x = _label(sheet, top, lines[:1], dress)
            x = max(x, _label_width_only(lines, dress))
            sheet.lines(x, top, [_joined(VALUES[key])], VALUE_SIZE, BODY, 1.4)
            sheet.next_page()
            _label(sheet, 40, lines[1:], dress)
            top = 40 + 1.25 * dress["size"] * len(lines[1:]) + 14
            continue
        x = _label(sheet, top, lines, dress)
        bottom = sheet.lines(x, top + 0.3, VALUES[key], VALUE_SIZE, BODY, 1.4)
        top = max(bottom, top + 1.25 * dress["size"] * len(lines)) + dress.get("row_gap", 12.0)
    sheet.text(40, top, "Categoría", 11, BOLD)
    top += 18
    for n, label in enumerate(CATEGORY_NAMES):
        BOX_STYLES["check" if label in CHECKED else "empty"](sheet, 40, top + 16 * n)
        sheet.text(56, top + 16 * n + 0.5, label, VALUE_SIZE)
    top += 16 * len(CATEGORY_NAMES) + 12
    for heading, key in (("Breve descripción", "descripcion"), ("Elemento innovador", "innovador")):
        sheet.text(40, top, heading, 11, BOLD)
        top = sheet.lines(40, top + 16, VALUES[key], VALUE_SIZE, BODY, 1.4) + 12
    sheet.text(40, top, "Líneas Sello", 11, BOLD)
    sheet.lines(40, top + 16, ["Vinculación comunitaria: reúne a vecinos chilenos y extranjeros."], VALUE_SIZE)
    sheet.save()


def _label_width_only(lines: list[str], dress: dict) -> float:
    size, font = dress["size"], dress["font"]
    measure = _small_caps_width if dress.get("small_caps") else lambda t, s, f: stringWidth(t, f, s)
    return 40 + max(measure(line, size, font) for line in lines) + PADDING


def _check(record: dict) -> None:
    assert [o["nombre"] for o in record["oficinas"]][:1] == ["Oficina de Migración"]
    assert record["grupo_prioritario"] == _joined(VALUES["grupo"])
    assert record["fechas_implementacion"]["texto"] == _joined(VALUES["fechas"])
    assert record["forma_financiamiento"]["texto"] == _joined(VALUES["forma"])
    assert record["sostenibilidad"] == _joined(VALUES["sostenibilidad"])
    assert record["descripcion"] == _joined(VALUES["descripcion"])
    assert record["categorias"] == ["sociolaboral", "nna"]
    assert record["revision"]["estado"] == "ok", record["revision"]["avisos"]


@pytest.mark.parametrize("dress", sorted(DRESSES))
def test_a_heading_wrapped_in_a_narrow_label_cell_beside_its_value_is_one_heading(tmp_path, dress):
    path = tmp_path / f"{dress}.pdf"
    label_rows_ficha(path, DRESSES[dress])
    (record,) = records(path)
    _check(record)


@pytest.mark.parametrize("key", ["forma", "fechas"])
def test_a_label_cell_broken_by_the_page_is_one_heading(tmp_path, key):
    """The row's label starts on the last line of a page ("FORMA DE", its value beside it) and ends
    on the first of the next ("FINANCIAMIENTO:")."""
    path = tmp_path / "broken.pdf"
    label_rows_ficha(path, DRESSES["caps_larger"], break_page_in=key)
    (record,) = records(path)
    _check(record)


def test_a_first_line_that_no_line_completes_stays_an_unknown_heading(tmp_path):
    """ "FORMA DE" over "PAGO:" names no template heading: it keeps its aviso, and no field takes its
    value."""
    dress = dict(DRESSES["caps_larger"])
    dress["rows"] = {**dress["rows"], "forma": ["FORMA DE", "PAGO:"]}
    path = tmp_path / "unknown.pdf"
    label_rows_ficha(path, dress)
    (record,) = records(path)
    assert record["forma_financiamiento"]["texto"] is None
    codes = {(a["codigo"]) for a in record["revision"]["avisos"]}
    assert "encabezado_desconocido" in codes, record["revision"]["avisos"]
    assert record["revision"]["estado"] == "revisar"


def test_a_heading_over_its_text_broken_by_the_page_takes_the_text_under_its_rest(tmp_path):
    """Headings over their text: "ELEMENTO INNOVADOR/CREATIVO" ends the page, "DEL PROYECTO O
    ACTIVIDAD:" opens the next one over the innovation's text. The heading is one, and the text
    under its rest is the innovation's, not the description's going on."""
    path = tmp_path / "flow.pdf"
    sheet = Sheet(path)
    sheet.text(40, 40, "Huertos comunitarios interculturales", 18, BOLD)
    sheet.text(40, 66, "Municipalidad de Recoleta", 11, BOLD)
    top = 100.0
    for heading, key in (
        ("GRUPO PRIORITARIO:", "grupo"),
        ("FORMA DE FINANCIAMIENTO:", "forma"),
        ("SOSTENIBILIDAD EN EL TIEMPO:", "sostenibilidad"),
        ("BREVE DESCRIPCIÓN:", "descripcion"),
    ):
        sheet.text(40, top, heading, 11, BOLD)
        top = sheet.lines(40, top + 16, VALUES[key], VALUE_SIZE, BODY, 1.4) + 14
    sheet.lines(40, sheet.height - 70, ["ELEMENTO INNOVADOR/", "CREATIVO"], 11, BOLD, 1.25)
    sheet.next_page()
    sheet.lines(40, 40, ["DEL PROYECTO O", "ACTIVIDAD:"], 11, BOLD, 1.25)
    top = sheet.lines(40, 72, VALUES["innovador"], VALUE_SIZE, BODY, 1.4) + 14
    sheet.text(40, top, "LÍNEAS SELLO:", 11, BOLD)
    sheet.lines(40, top + 16, ["Vinculación comunitaria: reúne a vecinos chilenos y extranjeros."], VALUE_SIZE)
    sheet.save()
    (record,) = records(path)
    assert record["descripcion"] == _joined(VALUES["descripcion"])
    assert record["elemento_innovador"] == _joined(VALUES["innovador"])
    assert not [a for a in record["revision"]["avisos"] if a["codigo"] == "encabezado_desconocido"]


def test_a_numbered_heading_half_at_the_top_of_every_other_page_is_no_running_header(tmp_path):
    """Two fichas whose second pages both open with the row "VII. BREVE" / "DESCRIPCIÓN": the first
    line repeats at one place in the top margin, like a running header, yet it opens a template
    heading (one word after a heading's number), so it stays, and the description is read."""
    dress = DRESSES["caps_larger"]
    path = tmp_path / "two.pdf"
    titles = ("Huertos comunitarios interculturales", "Ferias de emprendimiento migrante")
    sheet = Sheet(path)
    descriptions = [
        VALUES["descripcion"],
        ["La municipalidad abre ferias en las", "plazas del barrio con los vecinos."],
    ]
    for title, description in zip(titles, descriptions, strict=True):
        sheet.text(40, 40, title, 18, BOLD)
        sheet.text(40, 66, "Municipalidad de Recoleta", 11, BOLD)
        top = 100.0
        for key, lines in dress["rows"].items():
            x = _label(sheet, top, lines, dress)
            bottom = sheet.lines(x, top + 0.3, VALUES[key], VALUE_SIZE, BODY, 1.4)
            top = max(bottom, top + 1.25 * dress["size"] * len(lines)) + 12
        sheet.text(40, top, "CATEGORÍA:", 11.5, BOLD)
        for n, label in enumerate(CATEGORY_NAMES):
            BOX_STYLES["check" if label in CHECKED else "empty"](sheet, 40, top + 18 + 16 * n)
            sheet.text(56, top + 18 + 16 * n + 0.5, label, VALUE_SIZE)
        sheet.next_page()
        x = _label(sheet, 40, ["VII. BREVE", "DESCRIPCIÓN:"], dress)
        top = sheet.lines(x, 40.3, description, VALUE_SIZE, BODY, 1.4) + 14
        x = _label(sheet, top, ["VIII. ELEMENTO", "INNOVADOR:"], dress)
        top = sheet.lines(x, top + 0.3, VALUES["innovador"], VALUE_SIZE, BODY, 1.4) + 14
        x = _label(sheet, top, ["IX. LÍNEAS", "SELLO:"], dress)
        sheet.lines(x, top + 0.3, ["Vinculación comunitaria: reúne a", "vecinos chilenos y extranjeros."], VALUE_SIZE)
        sheet.next_page()
    sheet.save()
    records_ = records(path)
    assert len(records_) == 2
    for record, description in zip(records_, descriptions, strict=True):
        assert record["descripcion"] == _joined(description)
        assert record["elemento_innovador"] == _joined(VALUES["innovador"])
        assert record["revision"]["estado"] == "ok", record["revision"]["avisos"]
