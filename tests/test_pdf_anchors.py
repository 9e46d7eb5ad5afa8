"""Headings as anchors in designed PDFs (issue 15, segmentation side).

Each test draws a small PDF in one design and reads it through the whole
pipeline: a municipality label anywhere in a ficha's head (kind 2), label |
value tables (kind 5), a bold heading right under the bold municipality line
(kind 6), paragraph breaks by space or first-line indent kept and none added at
a page or column break (kind 7), a cover page apart from the first title, and a
template heading at the top of many pages (not a running header).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

OFICINAS = "Departamento/Oficinas municipales que participan"
SELLO_LINES = [
    "Se destaca el trabajo en las líneas de acción de Sello: Vinculación comunitaria, ya que",
    "reúne a vecinos chilenos y extranjeros en actividades del barrio.",
]
SELLO = (
    "Se destaca el trabajo en las líneas de acción de Sello: Vinculación comunitaria, ya que "
    "reúne a vecinos chilenos y extranjeros en actividades del barrio."
)


def wrap(text: str, width: float, size: float = 10, font: str = BODY) -> list[str]:
    """`text` broken into lines no wider than `width` points, as a word processor breaks it."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def sections(sheet: Sheet, top: float, parts: Sequence[tuple[str, list[str]]], x: float = 45) -> float:
    """Bold headings, each over its lines of body text; returns the bottom."""
    for heading, lines in parts:
        top = sheet.text(x, top, heading, 12, BOLD) + 8
        top = sheet.lines(x, top, lines, size=10) + 14
    return top


# --- kind 2: the municipality label anywhere in the head ----------------------------

FICHAS = [
    ("Huertos comunitarios interculturales", "Recoleta", "Oficina de Migración"),
    ("Oficina móvil de orientación", "Puente Alto", "Dirección de Desarrollo Comunitario"),
]
WORDINGS = {
    "caps": lambda c: f"MUNICIPALIDAD {c.upper()}",
    "de": lambda c: f"Municipalidad de {c}",
    "plain": lambda c: f"Municipalidad {c}",
}


def label(sheet: Sheet, x: float, top: float, text: str, frame: str) -> None:
    width = stringWidth(text, BOLD, 9) + 16
    if frame == "pill":
        sheet.rect(x - 8, top - 4, width, 17, stroke=False, fill="F28C28", radius=8)
    elif frame == "band":
        sheet.rect(0, top - 6, sheet.width, 21, stroke=False, fill="DDE8F5")
    elif frame == "box":
        sheet.rect(x - 8, top - 4, width, 17)
    sheet.text(x, top, text, 9, BOLD)


def ficha_with_label(path, position: str, wording: str, frame: str, fichas=FICHAS) -> None:
    """Two fichas, one page each, their municipality label before, after or beside the title."""
    sheet = Sheet(path)
    for n, (title, comuna, office) in enumerate(fichas):
        if n:
            sheet.next_page()
        text = WORDINGS[wording](comuna)
        if position == "before":
            label(sheet, 45, 40, text, frame)
            sheet.text(45, 70, title, 20, BOLD)
        elif position == "after":
            sheet.text(45, 40, title, 20, BOLD)
            label(sheet, 45, 75, text, frame)
        elif position == "beside":  # right of the title, level with it
            sheet.text(45, 48, title, 18, BOLD)
            label(sheet, 420, 52, text, frame)
        else:  # close beside: a gap of a space or so of the title's size, two spaces of the label's
            sheet.text(45, 48, title, 18, BOLD)
            label(sheet, 45 + stringWidth(title, BOLD, 18) + 20, 52, text, frame)
        sections(
            sheet,
            120,
            [
                (OFICINAS, [office]),
                ("Grupo prioritario", ["Personas migrantes del sector."]),
                ("Breve descripción", ["La municipalidad abre un espacio de encuentro."]),
                ("Líneas Sello", SELLO_LINES),
            ],
        )
    sheet.save()


@pytest.mark.parametrize("position", ["before", "after", "beside", "close-beside"])
@pytest.mark.parametrize("wording, frame", [("caps", "pill"), ("de", "plain"), ("plain", "band"), ("caps", "box")])
def test_municipality_label_anywhere_in_the_head_belongs_to_its_ficha(tmp_path, position, wording, frame):
    ficha_with_label(tmp_path / "fichas.pdf", position, wording, frame)
    got = records(tmp_path / "fichas.pdf")
    assert [(r["municipalidad"]["comuna"], r["fuente"]["paginas"]) for r in got] == [
        ("Recoleta", [1]),
        ("Puente Alto", [2]),
    ]
    assert [r["municipalidad"]["texto"] for r in got] == [WORDINGS[wording](c) for _, c, _ in FICHAS]
    assert [r["titulo"] for r in got] == [t for t, _, _ in FICHAS]
    assert [[o["nombre"] for o in r["oficinas"]] for r in got] == [
        ["Oficina de Migración"],
        ["Dirección de Desarrollo Comunitario"],
    ]
    assert all(r["lineas_sello"][0]["linea"] == "vinculacion_comunitaria" for r in got)
    assert not [a for r in got for a in r["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


@pytest.mark.parametrize("position", ["before", "beside"])
def test_the_label_over_two_fichas_of_one_municipality_is_no_running_header(tmp_path, position):
    """Both fichas of one municipality, the label at the top of each page (in the band where
    running headers live, on every page): the label heads its title, so it is each ficha's
    municipality, not a running header."""
    fichas = [(title, "Recoleta", office) for title, _, office in FICHAS]
    ficha_with_label(tmp_path / "fichas.pdf", position, "caps", "plain", fichas=fichas)
    got = records(tmp_path / "fichas.pdf")
    assert [(r["municipalidad"]["texto"], r["titulo"], r["fuente"]["paginas"]) for r in got] == [
        ("MUNICIPALIDAD RECOLETA", FICHAS[0][0], [1]),
        ("MUNICIPALIDAD RECOLETA", FICHAS[1][0], [2]),
    ]


# --- kind 5: label | value tables ---------------------------------------------------

ROWS = [
    (
        ["Departamento/Oficinas", "municipales que", "participan"],
        [
            "Oficina Municipal de Información Laboral (OMIL), Organismos Técnicos",
            "de Capacitación (OTEC), Oficina de Migración Municipal",
        ],
    ),
    (["Grupo prioritario"], ["Mujeres madres sin redes de apoyo (no exclusivo)."]),
    (["Forma de financiamiento"], ["Recursos propios municipales.", "SENCE."]),
    (
        ["Sostenibilidad en el", "tiempo"],
        ["Las capacitaciones siguen realizándose de manera anual, siendo", "liderado por la OMIL."],
    ),
]


def label_value_table(path, ruled: bool, shaded: bool, leading: float = 12.6) -> None:
    """A title, the municipality, then a two-column table: bold label cells (wrapped) | value cells
    (wrapped), rows level at their tops; then a description under the table."""
    sheet = Sheet(path)
    sheet.text(50, 60, "Capacitación en Oficios", 20, BOLD)
    sheet.text(50, 100, "MUNICIPALIDAD QUINTA NORMAL", 11, BOLD)
    top = 125.0
    for labels, values in ROWS:
        height = max(len(labels), len(values)) * leading + 6
        if shaded:
            sheet.rect(48, top, 145, height, stroke=False, fill="F2F2F2")
        if ruled:
            sheet.rect(48, top, 505, height)
            sheet.line(193, top, 193, top + height)
        sheet.lines(54, top + 3, labels, size=11, font=BOLD, leading=leading / 11)
        sheet.lines(198, top + 3, values, size=11, leading=leading / 11)
        top += height
    top = sections(
        sheet,
        top + 25,
        [
            ("Breve descripción", ["El año 2018 la municipalidad realiza un levantamiento."]),
            ("Líneas Sello", SELLO_LINES),
        ],
        x=54,
    )
    sheet.save()


@pytest.mark.parametrize(
    "ruled, shaded", [(True, True), (True, False), (False, False)], ids=["ruled-shaded", "ruled", "bare"]
)
def test_label_value_table_gives_each_heading_its_right_cell(tmp_path, ruled, shaded):
    label_value_table(tmp_path / "ficha.pdf", ruled, shaded)
    (got,) = records(tmp_path / "ficha.pdf")
    assert [o["texto"] for o in got["oficinas"]] == [
        "Oficina Municipal de Información Laboral (OMIL)",
        "Organismos Técnicos de Capacitación (OTEC)",
        "Oficina de Migración Municipal",
    ]
    assert got["grupo_prioritario"] == "Mujeres madres sin redes de apoyo (no exclusivo)."
    assert got["forma_financiamiento"]["texto"] == "Recursos propios municipales. SENCE."
    assert (
        got["sostenibilidad"] == "Las capacitaciones siguen realizándose de manera anual, siendo liderado por la OMIL."
    )
    assert got["descripcion"] == "El año 2018 la municipalidad realiza un levantamiento."
    assert got["municipalidad"]["comuna"] == "Quinta Normal"


def test_running_text_level_with_a_heading_in_the_next_column_is_no_value_of_it(tmp_path):
    """Two columns: a heading in the left one happens to stand level with a line of the right
    one, which goes on with a paragraph begun above it: that line stays in its paragraph."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(45, 50, "Festival Multicultural", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD SAN JOAQUÍN", 10, BOLD)
    sections(sheet, 110, [(OFICINAS, ["Oficina de Migración"]), ("Grupo prioritario", ["Comunidad migrante."])])
    left = sections(
        sheet,
        220,
        [
            (
                "Breve descripción",
                ["La municipalidad organiza un festival cada año", "con muestras de música y gastronomía."],
            )
        ],
    )
    sections(sheet, left, [("Elemento innovador", ["Se replica anualmente con la comunidad."])])
    sello = [
        "Se destaca el trabajo en las líneas de acción de",
        "Sello: Vinculación comunitaria, ya que el",
        "festival reúne a vecinos chilenos y extranjeros",
        "en torno a la cultura, y se realiza en la plaza",
        "central de la comuna con apoyo de la",
    ]
    top = sheet.text(320, 220, "Líneas Sello", 12, BOLD) + 8
    # the right column's lines, the last one level with the left column's heading
    leading = (left - top) / len(sello)
    sheet.lines(320, top, [*sello, "Corporación de Cultura."], size=10, leading=leading / 10)
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["elemento_innovador"] == "Se replica anualmente con la comunidad."
    assert got["lineas_sello"][0]["justificacion"].endswith("con apoyo de la Corporación de Cultura.")


# --- kind 6: a bold heading right under the bold municipality line -----------------


def test_bold_heading_set_right_under_the_municipality_line_is_a_heading(tmp_path):
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(54, 60, "Escuela de Mujeres", 20, BOLD)
    sheet.lines(54, 110, ["MUNICIPALIDAD SAN JOAQUÍN", OFICINAS], size=11, font=BOLD, leading=1.15)
    top = sheet.text(54, 146, "Oficina de Migración, Oficina de la Mujer", 11) + 14
    sections(
        sheet,
        top,
        [
            ("Grupo prioritario", ["Mujeres haitianas."]),
            ("Breve descripción", ["La municipalidad abre una escuela de idioma."]),
            ("Líneas Sello", SELLO_LINES),
        ],
        x=54,
    )
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["id"].startswith("san-joaquin--")
    assert got["municipalidad"]["texto"] == "MUNICIPALIDAD SAN JOAQUÍN"
    assert [o["nombre"] for o in got["oficinas"]] == ["Oficina de Migración", "Oficina de la Mujer"]


# --- kind 7: paragraph breaks survive, a page or column break adds none -------------

FIRST = "La municipalidad acompaña la creación de una cooperativa de trabajo con sus trabajadores."
CUT = (
    "En específico, el trabajo inicia el año 2013, cuando los trabajadores se acercan a dependencias "
    "municipales solicitando apoyo y mejora en los sueldos; en dicho contexto se comienzan a realizar "
    "capacitaciones sobre derecho laboral, seguridad laboral y accidentes de trabajo para todos ellos."
)
LAST = "El año 2019 se crea formalmente la iniciativa."
WIDTH = 250.0


def description_over_a_break(path, cut_after: int, where: str, last: bool = True, space: float = 0.0) -> None:
    """A ficha whose description's second paragraph (CUT) is broken after `cut_after` of its lines
    by a page break (`where` "page") or a column break ("column"); then LAST (unless not `last`)
    and, `space` points lower, the Sello lines."""
    sheet = Sheet(path)
    sheet.text(45, 50, "Incubadora Cooperativa", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD RECOLETA", 10, BOLD)
    top = sections(sheet, 110, [(OFICINAS, ["Oficina de Migración"]), ("Grupo prioritario", ["Trabajadores."])])
    section_top = top
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 8
    top = sheet.lines(45, top, wrap(FIRST, WIDTH), size=10) + 12
    lines = wrap(CUT, WIDTH)
    sheet.lines(45, top, lines[:cut_after], size=10)
    if where == "page":
        sheet.next_page()
        x, top = 45.0, 50.0
    else:
        x, top = 320.0, section_top
    top = sheet.lines(x, top, lines[cut_after:], size=10) + 12
    if last:
        top = sheet.lines(x, top, wrap(LAST, WIDTH), size=10) + 14
    sections(sheet, top + space, [("Líneas Sello", wrap(SELLO, WIDTH))], x=x)
    sheet.save()


@pytest.mark.parametrize("where", ["page", "column"])
@pytest.mark.parametrize("cut_after", [1, 2])
def test_a_paragraph_cut_by_a_break_stays_one_paragraph(tmp_path, where, cut_after):
    description_over_a_break(tmp_path / "ficha.pdf", cut_after, where)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == "\n\n".join([FIRST, CUT, LAST])
    assert got["fuente"]["paginas"] == ([1, 2] if where == "page" else [1])


def test_the_last_line_of_a_description_level_with_its_heading_in_the_next_column_ends_it(tmp_path):
    """The description's last line alone at the top of the next column, level with the heading
    "Breve descripción" (no heading above it in its column), the next heading a blank line below
    it, below the description's first line: it goes on with the text at the bottom of the column
    before, it is no value beside the heading."""
    description_over_a_break(tmp_path / "ficha.pdf", len(wrap(CUT, WIDTH)) - 1, "column", last=False, space=12)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == "\n\n".join([FIRST, CUT])
    assert got["lineas_sello"][0]["linea"] == "vinculacion_comunitaria"


def test_a_bold_sello_name_that_ends_a_column_goes_on_in_the_next(tmp_path):
    """A bulleted Sello line whose bold name fills the last line of the left column; its
    justification goes on, in lower case, at the top of the right column: one Sello line."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(45, 50, "Operativos en asentamientos", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    sections(sheet, 110, [(OFICINAS, ["Oficina de Migración"]), ("Grupo prioritario", ["Niñas y niños."])])
    sheet.next_page()
    top = sheet.text(45, 50, "Breve descripción", 12, BOLD) + 8
    top = sheet.lines(45, top, wrap(" ".join([FIRST, CUT, CUT, CUT]), WIDTH), size=10) + 14
    top = sheet.text(45, top, "Líneas Sello", 12, BOLD) + 8
    sheet.rect(48, top + 2, 4, 4, stroke=False, fill=0.0)
    sheet.text(60, top, "Acceso a la información y orientación", 10, BOLD)
    sheet.lines(320, 50, ["integral, ya que se orienta y acompaña a", "grupos priorizados de la comuna."], size=10)
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert [(s["linea"], s["justificacion"]) for s in got["lineas_sello"]] == [
        ("acceso_informacion", "ya que se orienta y acompaña a grupos priorizados de la comuna.")
    ]


@pytest.mark.parametrize("where", ["page", "column"])
def test_a_paragraph_that_ends_at_a_break_keeps_its_break(tmp_path, where):
    description_over_a_break(tmp_path / "ficha.pdf", len(wrap(CUT, WIDTH)), where)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == "\n\n".join([FIRST, CUT, LAST])


def test_a_short_line_that_ends_no_sentence_before_a_break_ends_its_paragraph(tmp_path):
    """A paragraph's last line is short (the next word would have fitted) though it ends with no
    full stop: the break is the author's, kept."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(45, 50, "Incubadora Cooperativa", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD RECOLETA", 10, BOLD)
    top = sections(sheet, 110, [(OFICINAS, ["Oficina de Migración"]), ("Grupo prioritario", ["Trabajadores."])])
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 8
    sheet.lines(45, top, [*wrap(FIRST, WIDTH), "Se realizan talleres"], size=10)
    sheet.next_page()
    top = sheet.lines(45, 50, wrap(LAST, WIDTH), size=10) + 14
    sections(sheet, top, [("Líneas Sello", wrap(SELLO, WIDTH))])
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == f"{FIRST} Se realizan talleres\n\n{LAST}"


# --- a template heading at the top of many pages is no running header ------------------

DESCRIPTIONS = [
    "Huertos en las plazas del barrio.",
    "Un vehículo recorre los campamentos.",
    "Talleres de cocina con vecinas.",
    "Una feria de empleo cada mes.",
]


def test_a_heading_at_the_top_of_every_other_page_is_read(tmp_path):
    """Each ficha's second page starts with "Breve descripción" inside the top margin band, on
    half the pages: a template heading is content, never a running header."""
    sheet = Sheet(tmp_path / "fichas.pdf")
    for n, (title, comuna, office) in enumerate(FICHAS * 2):
        if n:
            sheet.next_page()
        sheet.text(45, 20, "Fichas de Buenas Prácticas Municipales", 8)
        sheet.text(45, 50, f"{title} {n + 1}", 20, BOLD)
        sheet.text(45, 85, f"MUNICIPALIDAD {comuna.upper()}", 10, BOLD)
        sections(sheet, 110, [(OFICINAS, [office]), ("Grupo prioritario", ["Personas migrantes."])])
        sheet.next_page()
        sheet.text(45, 20, "Fichas de Buenas Prácticas Municipales", 8)
        sections(sheet, 45, [("Breve descripción", [DESCRIPTIONS[n]]), ("Líneas Sello", SELLO_LINES)])
    sheet.save()
    got = records(tmp_path / "fichas.pdf")
    assert [r["descripcion"] for r in got] == DESCRIPTIONS
    assert [r["fuente"]["paginas"] for r in got] == [[1, 2], [3, 4], [5, 6], [7, 8]]


@pytest.mark.parametrize("short_first", [False, True], ids=["short-inside", "short-first"])
def test_paragraphs_set_apart_by_a_first_line_indent_stay_apart(tmp_path, short_first):
    """No space between paragraphs, each first line indented by 1.5 em; a one-line paragraph
    (indented, ending a sentence; the section's first when `short_first`) followed by another; a
    bulleted Sello list with a hanging indent stays one item per bullet."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(45, 50, "Incubadora Cooperativa", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD RECOLETA", 10, BOLD)
    top = sections(sheet, 110, [(OFICINAS, ["Oficina de Migración"]), ("Grupo prioritario", ["Trabajadores."])])
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 8
    short = "Se firma un convenio."
    paragraphs = (short, FIRST, CUT, LAST) if short_first else (FIRST, CUT, short, LAST)
    for paragraph in paragraphs:
        lines = wrap(paragraph, WIDTH - 15)
        top = sheet.text(60, top, lines[0], 10) + 3
        top = sheet.lines(45, top, lines[1:], size=10) if lines[1:] else top
    top = sheet.text(45, top + 14, "Líneas Sello", 12, BOLD) + 8
    top = sheet.text(45, top, "Se destaca el trabajo en las líneas de acción de Sello:", 10) + 3
    for item in (
        "Vinculación comunitaria, ya que reúne a vecinos chilenos y extranjeros en el barrio.",
        "Fortalecimiento institucional, ya que forma a los equipos municipales en la atención.",
    ):
        sheet.rect(48, top + 2, 4, 4, stroke=False, fill=0.0)
        top = sheet.lines(60, top, wrap(item, WIDTH - 15), size=10, leading=1.3)
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == "\n\n".join(paragraphs)
    assert [(s["linea"], s["justificacion"]) for s in got["lineas_sello"]] == [
        ("vinculacion_comunitaria", "ya que reúne a vecinos chilenos y extranjeros en el barrio."),
        ("fortalecimiento_institucional", "ya que forma a los equipos municipales en la atención."),
    ]


@pytest.mark.parametrize("title_size", [22, 14], ids=["large-title", "title-barely-larger-than-the-body"])
def test_a_cover_page_is_no_part_of_the_first_title(tmp_path, title_size):
    """Large lines on a cover page, right before the first ficha's title on the next page; a
    title only 1.4 times the body's size is still the ficha's title, not the cover's lines."""
    sheet = Sheet(tmp_path / "fichas.pdf")
    sheet.text(60, 200, "FICHAS", 60, BOLD)
    sheet.lines(60, 290, ["Buenas prácticas", "municipales"], size=28, font=BOLD)
    sheet.next_page()
    sheet.text(45, 50, "Huertos comunitarios", title_size, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD RECOLETA", 10, BOLD)
    sections(
        sheet,
        110,
        [
            (OFICINAS, ["Oficina de Migración"]),
            ("Breve descripción", ["Huertos en las plazas."]),
            ("Líneas Sello", SELLO_LINES),
        ],
    )
    sheet.save()
    (got,) = records(tmp_path / "fichas.pdf")
    assert (got["titulo"], got["id"], got["fuente"]["paginas"]) == (
        "Huertos comunitarios",
        "recoleta--huertos-comunitarios",
        [2],
    )


def test_paragraphs_set_apart_by_a_little_space_stay_apart(tmp_path):
    """Word's "space after" between paragraphs, less than a blank line (here 0.4 em beyond the
    leading): each paragraph stays one, the lines inside one are joined."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(45, 50, "Incubadora Cooperativa", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD RECOLETA", 10, BOLD)
    top = sections(sheet, 110, [(OFICINAS, ["Oficina de Migración"]), ("Grupo prioritario", ["Trabajadores."])])
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 8
    for paragraph in (FIRST, CUT, LAST):
        top = sheet.lines(45, top, wrap(paragraph, WIDTH), size=10, leading=1.3) + 4
    sections(sheet, top + 14, [("Líneas Sello", SELLO_LINES)])
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["descripcion"] == "\n\n".join([FIRST, CUT, LAST])
