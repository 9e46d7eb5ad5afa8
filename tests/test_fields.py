"""Fields per the contract: text clean-up, categories, months from text, Líneas Sello and
the id; pure functions first, then the same rules through small generated Word fichas."""

from __future__ import annotations

import json

import pytest

from extractor.fields.categories import cut_short, filled_in, read_categories
from extractor.fields.dates import read_dates
from extractor.fields.months import span, text_months, unread_display
from extractor.fields.notes import Aviso, Notes
from extractor.fields.sello import read_lines
from extractor.layout import Cell, Checkbox, Line, Provenance, Table, TableRole, TextBlock
from extractor.pipeline import extract_document
from extractor.segment.fichas import CategoryBox, category_named
from extractor.text import clean, join_lines, join_paragraphs, slug
from extractor.vocab import header_months, month_forms, month_number

from .conftest import GOLDEN
from .docx_builders import DocBuilder, category_lines, paragraphs, text_run, write_ficha

# -- text clean-up ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean_text"),
    [
        ("Cafe\u0301", "Café"),  # NFC: e + combining acute -> é
        ("a\u00a0b\u2009c\u202fd\u3000e", "a b c d e"),  # odd spaces
        ("  dos   espacios \t y\ttab \n", "dos espacios y tab"),
        ("\ufb01nanciamiento e\ufb00ectivo \ufb02ujo", "financiamiento effectivo flujo"),  # ligatures
        ("organi\u00adzación\u200b", "organización"),  # soft hyphen, zero-width space
    ],
)
def test_clean(raw, clean_text):
    assert clean(raw) == clean_text


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["La municipalidad", "organiza talleres."], "La municipalidad organiza talleres."),
        (["La organiza-", "ción de talleres."], "La organización de talleres."),
        (["La organiza\u2010", "ción"], "La organización"),  # Unicode hyphen
        (["Eje Norte-", "Sur"], "Eje Norte-Sur"),  # before a capital: a compound, the hyphen stays
        (["periodo 2022-", "2023"], "periodo 2022-2023"),
        (["en 2022-", "y luego"], "en 2022- y luego"),  # a number is no split word
        (["propios -", "SENCE"], "propios - SENCE"),  # a dash between words is no hyphen
        (["uno", "", "  dos "], "uno dos"),
    ],
)
def test_join_lines(lines, joined):
    assert join_lines(lines) == joined


def test_join_paragraphs_uses_one_blank_line_and_skips_empty_ones():
    assert join_paragraphs([" Uno. ", "", "Dos\u00a0 tres."]) == "Uno.\n\nDos tres."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("San Joaquín", "san-joaquin"),
        ("Incubadora Cooperativa de trabajo: Jatún Newén", "incubadora-cooperativa-de-trabajo-jatun-newen"),
        ("¿Niñas, niños & adolescentes? — «2023»", "ninas-ninos-adolescentes-2023"),
        ("  Ñuñoa__Vicuña  ", "nunoa-vicuna"),
        ("Güemes / O'Higgins", "guemes-o-higgins"),
    ],
)
def test_slug_is_lower_case_ascii_with_dashes(text, expected):
    assert slug(text) == expected


# -- categories ---------------------------------------------------------------------------


def boxes(*pairs: tuple[bool, str]) -> list[CategoryBox]:
    """A category list as segmentation hands it over: each box with the category its label names."""
    found = [Checkbox(checked, label, "glyph") for checked, label in pairs]
    return [CategoryBox(box, term.id if (term := category_named(box.label)) else None) for box in found]


def test_categories_come_in_vocabulary_order_whatever_the_printed_order():
    ids, otra, strays = read_categories(
        boxes(
            (True, "NNA"),
            (True, "Otra: Salud"),
            (False, "Cooperativas"),
            (True, "Sociolaboral"),
            (True, "Acogida/atención"),
        )
    )
    assert ids == ["sociolaboral", "acogida_atencion", "nna", "otra"]
    assert otra == "Salud"
    assert strays == []


def test_categoria_otra_only_when_otra_is_checked():
    ids, otra, _ = read_categories(boxes((True, "NNA"), (False, "Otra: Regularización"), (False, "Sociolaboral")))
    assert (ids, otra) == (["nna"], None)


@pytest.mark.parametrize(
    ("label", "category", "otra"),
    [
        ("SOCIOLABORAL", "sociolaboral", None),
        ("Acogida / Atención", "acogida_atencion", None),
        ("Intermediacion laboral", "intermediacion_laboral", None),
        ("Niños, niñas y adolescentes (NNA)", "nna", None),
        ("Otra (especificar): Regularización", "otra", "Regularización"),
        ("Otra: ______", "otra", None),  # the blank left to fill in is no text
        ("Otra: …", "otra", None),
        ("Otra:", "otra", None),
    ],
)
def test_category_label_variants(label, category, otra):
    assert (category_named(label).id, filled_in(label)) == (category, otra)


def test_boxes_that_name_no_category_are_returned_apart():
    _, _, strays = read_categories(boxes((True, "NNA"), (True, "Presencial"), (False, "Sociolaboral")))
    assert [b.label for b in strays] == ["Presencial"]


# -- months from text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Cada sábado del mes, de abril a noviembre.", list(range(4, 12))),
        ("Enero a diciembre, una vez al mes.", list(range(1, 13))),
        ("Septiembre, octubre y noviembre de cada año.", [9, 10, 11]),
        ("Febrero a diciembre 2022: acompañamiento.", list(range(2, 13))),
        ("De noviembre a febrero.", [1, 2, 11, 12]),  # wraps past December
        ("Marzo 2022 a enero 2023.", [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
        ("desde marzo hasta junio", [3, 4, 5, 6]),
        ("entre abril y noviembre", list(range(4, 12))),
        ("abril y mayo", [4, 5]),
        ("Abril–noviembre", list(range(4, 12))),  # a dash between two months
        ("de marzo del 2022 a junio", [3, 4, 5, 6]),
        ("En el mes de noviembre de manera anual, desde el 2022.", [11]),
        ("de setiembre a diciembre", [9, 10, 11, 12]),
        ("Inicia el año 2022. Se realizan dos programas al año.", []),
        ("El programa socio-comunitario se realiza en mayo.", [5]),
        (None, []),
    ],
)
def test_text_months(text, months):
    assert text_months(text) == months


def test_span_wraps_past_december():
    assert span(11, 2) == [11, 12, 1, 2]
    assert span(3, 3) == [3]


# -- Líneas Sello -------------------------------------------------------------------------

LEAD_IN = "Se destaca el trabajo en las líneas de acción de Sello:"


@pytest.mark.parametrize(
    ("paragraphs_", "lines"),
    [
        (
            [f"{LEAD_IN} Políticas locales y trabajo colaborativo, ya que se coordina."],
            [("politicas_locales", "ya que se coordina.")],
        ),
        (
            [LEAD_IN, "Vinculación comunitaria, se promueve la asociatividad."],
            [("vinculacion_comunitaria", "se promueve la asociatividad.")],
        ),
        (["Estrategias formativas, ya que se capacita."], [("estrategias_formativas", "ya que se capacita.")]),
        (
            ["Estrategias formativas y de sensibilización: ya que se sensibiliza."],
            [("estrategias_formativas", "ya que se sensibiliza.")],
        ),
        (["VINCULACIÓN COMUNITARIA. Porque se vincula."], [("vinculacion_comunitaria", "Porque se vincula.")]),
        (
            ["Acceso a la informacion y orientacion integral – ya que se orienta."],
            [("acceso_informacion", "ya que se orienta.")],
        ),
        (
            ["«Fortalecimiento institucional», ya que se fortalece."],
            [("fortalecimiento_institucional", "ya que se fortalece.")],
        ),
        (
            ["1. Vinculación comunitaria, ya que a.", "b) Fortalecimiento institucional: ya que b."],
            [("vinculacion_comunitaria", "ya que a."), ("fortalecimiento_institucional", "ya que b.")],
        ),
        (
            ["Se destacan las líneas de acción del Sello: Vinculación comunitaria, ya que a."],
            [("vinculacion_comunitaria", "ya que a.")],
        ),
        # a name printed alone takes the next paragraph as its justification
        (
            ["Fortalecimiento institucional", "ya que se forman equipos."],
            [("fortalecimiento_institucional", "ya que se forman equipos.")],
        ),
        # a justification cut by a column or page break: the open sentence goes on in lower case
        (
            ["1. Vinculación comunitaria, ya que la", "actividad es coordinada.", "2. Estrategias formativas: b."],
            [("vinculacion_comunitaria", "ya que la actividad es coordinada."), ("estrategias_formativas", "b.")],
        ),
        # two lines run together in one block: the second starts a sentence with its name
        (
            [
                f"{LEAD_IN} Políticas locales y trabajo colaborativo, ya que X. Vinculación comunitaria, ya que Y. "
                "Se destaca la Vinculación comunitaria."
            ],
            [
                ("politicas_locales", "ya que X."),
                ("vinculacion_comunitaria", "ya que Y. Se destaca la Vinculación comunitaria."),
            ],
        ),
    ],
)
def test_read_lines(paragraphs_, lines):
    found, strays = read_lines(paragraphs_)
    assert [(line["linea"], line["justificacion"]) for line in found] == lines
    assert strays == []


def test_text_naming_no_line_is_returned_as_stray():
    found, strays = read_lines(["En la práctica se observa: Vinculación comunitaria, ya que a.", "Texto suelto."])
    assert [line["linea"] for line in found] == ["vinculacion_comunitaria"]
    assert strays == ["En la práctica se observa", "Texto suelto."]


def test_text_after_a_closed_justification_is_stray_even_in_lower_case():
    found, strays = read_lines(["Vinculación comunitaria, ya que a.", "texto suelto."])
    assert [line["justificacion"] for line in found] == ["ya que a."]
    assert strays == ["texto suelto."]


# -- the same rules through Word fichas -----------------------------------------------------


def ficha_of(path):
    result = extract_document(path)
    assert result.invalid == []
    (ficha,) = result.fichas
    return ficha


def test_paragraph_breaks_survive_only_in_descripcion(tmp_path):
    parts = {
        "descripcion": paragraphs("Primer párrafo.", "Segundo párrafo."),
        "sostenibilidad": paragraphs("Sigue vigente.", "Se ejecuta cada año."),
        "elemento_innovador": paragraphs("Se destaca la red.", "Y el trabajo en terreno."),
        "grupo_prioritario": paragraphs("Mujeres migrantes.", "Jefas de hogar."),
    }
    ficha = ficha_of(write_ficha(tmp_path, parts=parts))
    assert ficha.descripcion == "Primer párrafo.\n\nSegundo párrafo."
    assert ficha.sostenibilidad == "Sigue vigente. Se ejecuta cada año."
    assert ficha.elemento_innovador == "Se destaca la red. Y el trabajo en terreno."
    assert ficha.grupo_prioritario == "Mujeres migrantes. Jefas de hogar."


def test_line_breaks_inside_a_paragraph_are_joined_and_split_words_rejoined(tmp_path):
    def broken(b: DocBuilder) -> None:
        b.raw_paragraph(
            text_run("La municipalidad organiza-")
            + "<w:r><w:br/></w:r>"
            + text_run("ción de")
            + "<w:r><w:br/></w:r>"
            + text_run("talleres.")
        )
        b.paragraph("Segundo párrafo.")

    ficha = ficha_of(write_ficha(tmp_path, parts={"descripcion": broken}))
    assert ficha.descripcion == "La municipalidad organización de talleres.\n\nSegundo párrafo."


def test_text_is_cleaned_in_every_field(tmp_path):
    parts = {
        "grupo_prioritario": paragraphs("Mujeres\u00a0 migrantes\u2009jefas de hogar.\u200b"),
        "sostenibilidad": paragraphs("Se \ufb01nancia cada an\u0303o."),
    }
    ficha = ficha_of(write_ficha(tmp_path, parts=parts))
    assert ficha.grupo_prioritario == "Mujeres migrantes jefas de hogar."
    assert ficha.sostenibilidad == "Se financia cada año."


def test_emphasis_is_dropped_and_the_words_stay(tmp_path):
    def mixed(b: DocBuilder) -> None:
        b.raw_paragraph(text_run("Se destaca ") + text_run("la red", bold=True) + text_run(" comunal."))

    ficha = ficha_of(write_ficha(tmp_path, parts={"elemento_innovador": mixed}))
    assert ficha.elemento_innovador == "Se destaca la red comunal."


def test_categories_printed_out_of_order_come_in_vocabulary_order(tmp_path):
    labels = {
        "nna": "NNA",
        "otra": "Otra: Salud mental",
        "sociolaboral": "Sociolaboral",
        "cooperativas": "Cooperativas",
        "acogida_atencion": "Acogida/atención",
    }
    parts = {"categorias": category_lines(("otra", "nna", "sociolaboral"), labels=labels)}
    ficha = ficha_of(write_ficha(tmp_path, parts=parts))
    assert ficha.categorias == ["sociolaboral", "nna", "otra"]
    assert ficha.categoria_otra == "Salud mental"


def sello_ficha(tmp_path, part) -> list[tuple[str, str]]:
    ficha = ficha_of(write_ficha(tmp_path, parts={"lineas_sello": part}))
    assert ficha.revision.avisos == []
    return [(line.linea, line.justificacion) for line in ficha.lineas_sello]


def test_sello_names_printed_in_bold_inside_their_paragraph(tmp_path):
    def bold_names(b: DocBuilder) -> None:
        b.raw_paragraph(
            text_run(LEAD_IN + " ")
            + text_run("Políticas locales y trabajo colaborativo", bold=True)
            + text_run(", ya que se coordina con la red.")
        )
        b.raw_paragraph(text_run("Estrategias formativas", bold=True) + text_run(": ya que se capacita."))

    assert sello_ficha(tmp_path, bold_names) == [
        ("politicas_locales", "ya que se coordina con la red."),
        ("estrategias_formativas", "ya que se capacita."),
    ]


def test_sello_names_printed_as_bold_paragraphs_of_their_own(tmp_path):
    def name_then_reason(b: DocBuilder) -> None:
        b.paragraph(LEAD_IN)
        b.paragraph("Vinculación comunitaria", bold=True)
        b.paragraph("ya que se trabaja con las juntas de vecinos.")
        b.paragraph("Acceso a la información y orientación integral:", bold=True)
        b.paragraph("ya que se orienta en regularización.")

    assert sello_ficha(tmp_path, name_then_reason) == [
        ("vinculacion_comunitaria", "ya que se trabaja con las juntas de vecinos."),
        ("acceso_informacion", "ya que se orienta en regularización."),
    ]


def test_id_is_the_comuna_and_title_slugs(tmp_path):
    path = write_ficha(
        tmp_path, title="¿Cómo acogemos? Niñas, niños & adolescentes — 2023", municipality="MUNICIPALIDAD SAN JOAQUÍN"
    )
    ficha = ficha_of(path)
    assert ficha.id == "san-joaquin--como-acogemos-ninas-ninos-adolescentes-2023"
    assert ficha.municipalidad.comuna == "San Joaquín"


@pytest.mark.parametrize(
    "text", ["Se realiza todo el año.", "Durante todo el año, una vez al mes.", "Los 12 meses del año."]
)
def test_text_stating_the_whole_year_gives_every_month(text):
    assert text_months(text) == list(range(1, 13))


def test_a_year_number_is_no_whole_year():
    assert text_months("Inicia el año 2022. Se realizan dos programas al año.") == []


def test_month_aliases_come_from_the_vocabulary_whole_names_in_text_abbreviations_in_headers():
    forms = month_forms()
    for alias, number in forms["aliases"].items():  # a whole name: read in text and in a header
        assert text_months(f"Se realiza en {alias}.") == [number] and month_number(alias) == number
    for alias, number in forms["short_aliases"].items():  # an abbreviation: a header's only
        assert month_number(alias.capitalize() + ".") == number and text_months(f"un {alias} de talleres") == []
    assert header_months(["Jul", "Ago", "Set", "Oct", "Nov", "Dic"]) == [7, 8, 9, 10, 11, 12]


def test_every_aviso_code_the_golden_records_hold_is_one_of_the_enum():
    codes = {
        a["codigo"]
        for path in GOLDEN.rglob("*.json")
        for a in json.loads(path.read_text(encoding="utf-8"))["revision"]["avisos"]
    }
    assert codes and codes <= {a.value for a in Aviso}
    notes = Notes()
    assert notes.revision() == {"estado": "ok", "avisos": []}
    notes.add("titulo", Aviso.seccion_faltante, "la ficha no tiene título")
    notes.add("titulo", Aviso.seccion_faltante, "la ficha no tiene título")  # once only
    assert notes.revision() == {
        "estado": "revisar",
        "avisos": [{"campo": "titulo", "codigo": "seccion_faltante", "mensaje": "la ficha no tiene título"}],
    }


# --- a month display whose names were read as text ---------------------------------------------


@pytest.mark.parametrize(
    "text, run",
    [
        ("Ene Febr Mar Abril May Juni Julio Ago ro ero Inicia el año 2022.", "Ene Febr Mar Abril May Juni Julio Ago"),
        (
            "Ene Feb Mar Abr May Jun Jul Ago Sep Oct Nov Dic Septiembre a noviembre.",
            "Ene Feb Mar Abr May Jun Jul Ago Sep Oct Nov Dic",
        ),
        # the cells' marks typed between the names (a table split by a page break, read as text)
        (
            "Ene Feb Mar Abr May X X Jun Jul Ago Sep X X X X Oct X Nov Dic X De abril a noviembre.",
            "Ene Feb Mar Abr May X X Jun Jul Ago Sep X X X X Oct X Nov Dic",
        ),
        ("E F M A M J J A S O N D Cada año.", "E F M A M J J A S O N D"),  # one-letter headers, in a row
        ("Ener Febr Marz Abril May o ero o o Juni o X X Cada mes.", "Ener Febr Marz Abril May o ero o o Juni"),
    ],
)
def test_month_names_in_a_row_are_an_unread_display(text, run):
    assert unread_display(text)[0] == run


@pytest.mark.parametrize(
    "text",
    [
        "De abril a noviembre de 2023.",
        "Enero, febrero, marzo, abril, mayo y junio.",
        "Enero a diciembre.",
        "E F M A",
        "E F M A y J",
    ],
)
def test_prose_naming_months_is_no_display(text):
    assert unread_display(text) is None


def test_months_of_an_unread_display_come_from_the_prose_and_are_flagged():
    lines = ["Ene Feb Mar Abr May Jun Jul Ago Sep Oct Nov Dic", "Septiembre a noviembre de 2023."]
    notes = Notes()
    dates = read_dates([TextBlock([Line(line) for line in lines])], notes)
    assert dates["meses"] == [9, 10, 11]
    (aviso,) = notes.avisos
    assert aviso["campo"] == "fechas_implementacion.meses" and aviso["codigo"] == "lectura_dudosa"


@pytest.mark.parametrize(
    ("blocks", "texto", "flagged"),
    [
        (["Noviembre", "En el mes de noviembre de manera anual."], "En el mes de noviembre de manera anual.", True),
        (["Septiembre Octubre", "Septiembre a noviembre."], "Septiembre a noviembre.", True),
        (["Noviembre de 2023.", "Cada año."], "Noviembre de 2023. Cada año.", False),  # prose with the name
        (["Marzo, abril", "Cada año."], "Marzo, abril Cada año.", False),  # punctuated: no grid's names
        (["Marzo"], "Marzo", False),  # the section's whole text
    ],
)
def test_months_names_alone_beside_the_text_are_a_grid_s_and_flagged(blocks, texto, flagged):
    """A month grid told by colour only, scanned: its active name (dark) was read, the others (light
    grey) were not, and the one name led the text ("Noviembre En el mes de noviembre…") with no
    aviso. A block of months' names alone beside the section's text is left out of it, with a doubt."""
    notes = Notes()
    dates = read_dates([TextBlock([Line(b)]) for b in blocks], notes)
    assert dates["texto"] == texto
    doubts = [a for a in notes.avisos if a["campo"] == "fechas_implementacion.texto"]
    assert [a["codigo"] for a in doubts] == (["lectura_dudosa"] if flagged else [])
    assert not flagged or f"«{blocks[0]}»" in doubts[0]["mensaje"]


@pytest.mark.parametrize(
    ("lines", "flagged"),
    [
        (["X X X X", "Durante todo el periodo del proyecto."], True),  # a display's marks, its names unread
        (["X ✓ X", "Cada semana."], True),
        (["Se marca con una X cada mes.", "Modelo X 2."], False),  # prose sets no marks one after another
    ],
)
def test_marks_read_as_text_with_no_month_display_are_flagged(lines, flagged):
    """A month display whose names were not read (cells too narrow for them) leaves its marks in the
    text, one after another: the months may be unread, a doubt on `meses` (never silent)."""
    notes = Notes()
    read_dates([TextBlock([Line(line) for line in lines])], notes)
    doubts = [a for a in notes.avisos if a["campo"] == "fechas_implementacion.meses"]
    assert [a["codigo"] for a in doubts] == (["lectura_dudosa"] if flagged else [])


def _month_row(marked: list[int], undivided: bool) -> Table:
    """A month table of a cell per month, its cells of `marked` (columns, from 0) ticked."""
    names = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto"]
    names += ["Septiembre", "Octubre", "Noviembre", "Diciembre"]
    cells = [Cell(0, i, text=name) for i, name in enumerate(names)]
    cells += [Cell(1, i, mark=Checkbox(True, None, "vector") if i in marked else None) for i in range(12)]
    return Table(cells, 12, role=TableRole.months, months=list(range(1, 13)), undivided=undivided)


@pytest.mark.parametrize(
    ("marked", "undivided", "text", "months", "aviso"),
    [
        ([0], True, "Enero a diciembre, una vez al mes.", list(range(1, 13)), None),  # one cell spanning the row
        ([0], True, "Solo en enero.", [1], None),
        ([0], True, "Marzo a diciembre.", [1], "meses_inconsistentes"),  # neither reading: as marked, flagged
        ([0], False, "Enero a diciembre.", [1], "meses_inconsistentes"),  # rules divide it: its cells as read
        ([0, 2], True, "Enero a diciembre.", [1, 3], "meses_inconsistentes"),  # marks in two cells: no one cell
    ],
)
def test_one_mark_in_an_undivided_month_row_spans_the_row_when_the_text_says_every_month(
    marked, undivided, text, months, aviso
):
    notes = Notes()
    dates = read_dates([_month_row(marked, undivided), TextBlock([Line(text)])], notes)
    assert dates["meses"] == months
    assert [a["codigo"] for a in notes.avisos] == ([aviso] if aviso else [])


def _listed(ids: list[str], page: int = 2, top: float = 600.0) -> list[CategoryBox]:
    """Category boxes one under the other on `page`, from `top` down, 20 points apart."""
    return [
        CategoryBox(Checkbox(False, i, "glyph", Provenance(page, (350.0, top + 20 * n, 360.0, top + 20 * n + 10))), i)
        for n, i in enumerate(ids)
    ]


def test_a_category_list_cut_at_a_pages_foot_names_the_categories_it_does_not_show():
    """A text box clipped by the page's edge shows the list's first categories only: when its last
    box is the lowest thing printed on its page, the template's categories after it are named (an
    aviso); when something stands below it, or the list is whole, none are."""
    boxes = _listed(["sociolaboral", "acogida_atencion", "emprendimiento"])
    above = TextBlock([Line("Departamento/Oficinas", size=10.0)], prov=Provenance(2, (90.0, 590.0, 300.0, 600.0)))
    below = TextBlock([Line("Grupo prioritario", size=10.0)], prov=Provenance(2, (90.0, 700.0, 300.0, 710.0)))
    assert [t.id for t in cut_short(boxes, [above])] == [
        "capacitaciones",
        "cooperativas",
        "intermediacion_laboral",
        "nna",
        "otra",
    ]
    assert cut_short(boxes, [above, below]) == []
    carried_up = _listed(["sociolaboral", "acogida_atencion", "emprendimiento"], top=-48.0)  # the last at -8
    assert [t.id for t in cut_short(carried_up, [below])][:1] == ["capacitaciones"]
    whole = ["sociolaboral", "acogida_atencion", "emprendimiento", "capacitaciones", "cooperativas"]
    assert cut_short(_listed([*whole, "intermediacion_laboral", "nna", "otra"], top=500), [above]) == []
    assert cut_short([], [above]) == []


@pytest.mark.parametrize(
    "printed",
    [
        "Estrategias formativas y de sensibilizació n ya que se realizan talleres.",  # a word in pieces
        "Estrategias formativas y de sensibi lización: ya que se realizan talleres.",
        "Estrategias formativas ya que se realizan talleres.",  # the short name the vocabulary knows
    ],
)
def test_a_long_sello_name_wrapped_in_its_cell_is_no_part_of_its_justification(printed):
    """A line's long name wrapped in a narrow cell (and a word of it printed in pieces by the
    exporter) is read to its end, spaces aside: its last words are no part of the justification."""
    lines, strays = read_lines([printed])
    assert lines == [{"linea": "estrategias_formativas", "justificacion": "ya que se realizan talleres."}]
    assert strays == []


@pytest.mark.parametrize(
    "printed",
    [
        ["Estrategias formativas", "y de sensibilización, ya que se realizan talleres."],
        ["Estrategias formativas y de", "sensibilización, ya que se realizan talleres."],
    ],
)
def test_a_long_sello_name_cut_between_paragraphs_is_no_part_of_its_justification(printed):
    """The name's first words in a paragraph of their own (a short name the vocabulary knows, or
    that and a word of the rest), its last words at the head of the next paragraph, before the
    justification: they are the name's."""
    lines, strays = read_lines(printed)
    assert lines == [{"linea": "estrategias_formativas", "justificacion": "ya que se realizan talleres."}]
    assert strays == []


@pytest.mark.parametrize(
    ("dates", "flagged"),
    [
        ("De abril a noviembre, cada sábado. El programa como tal", True),  # a sentence opened, never closed
        ("De abril a noviembre, cada sábado.", False),
        ("De abril a noviembre", False),  # one phrase without a final mark: a short value as printed
    ],
)
def test_a_dates_text_closing_a_sentence_then_opening_one_left_open_is_flagged(tmp_path, dates, flagged):
    """The dates' text whose last sentence, after a closed one, is left open: the next column's
    first words read into it (browser seed 24418). The dates' field says so; a text that closes
    its sentence, or a short phrase of its own, does not."""
    ficha = ficha_of(write_ficha(tmp_path, parts={"fechas_implementacion": paragraphs(dates)}))
    assert ficha.fechas_implementacion.texto == dates
    doubts = [a for a in ficha.revision.avisos if a.campo == "fechas_implementacion"]
    assert [a.codigo for a in doubts] == (["lectura_dudosa"] if flagged else [])


@pytest.mark.parametrize(
    ("innovation", "flagged"),
    [
        (("Se destaca la coordinación interna.", "y se invita a vecinas y vecinos migrantes."), True),
        (("y se invita a vecinas y vecinos migrantes.",), True),
        (("Se destaca la coordinación interna.", "Y el trabajo en terreno."), False),
    ],
)
def test_a_sentences_piece_in_the_next_text_flags_the_description(tmp_path, innovation, flagged):
    """The innovation element holding a piece of a sentence (a paragraph or sentence opening in
    lower case): its piece was cut from text read elsewhere, most likely the description printed
    before it, which may lack it and still read whole (browser seeds 24345, 24406: the description's
    column foot read into the innovation element). The description says so; whole sentences do not."""
    parts = {"elemento_innovador": paragraphs(*innovation)}
    ficha = ficha_of(write_ficha(tmp_path, parts=parts))
    doubts = [a for a in ficha.revision.avisos if a.campo == "descripcion"]
    assert [a.codigo for a in doubts] == (["lectura_dudosa"] if flagged else [])


def _cut_month_row(shown: int, marked: list[int]) -> Table:
    """A month table printing only its first `shown` columns (Ene..), its cells of `marked` (months) ticked."""
    names = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"][:shown]
    cells = [Cell(0, i, text=name) for i, name in enumerate(names)]
    cells += [Cell(1, i, mark=Checkbox(True, None, "glyph") if i + 1 in marked else None) for i in range(shown)]
    return Table(cells, shown, role=TableRole.months, months=list(range(1, shown + 1)))


@pytest.mark.parametrize(
    ("shown", "marked", "text", "months", "aviso"),
    [
        (7, [], "Agosto a diciembre de 2023.", [8, 9, 10, 11, 12], "lectura_dudosa"),  # all beyond the table
        (6, [5, 6], "De mayo a septiembre.", [5, 6, 7, 8, 9], "lectura_dudosa"),  # the shown ones marked as stated
        (7, [], "De mayo a septiembre.", [], "meses_sin_marcar"),  # May..Jul shown and unmarked: a disagreement
        (7, [2], "Agosto a diciembre.", [2], "meses_inconsistentes"),  # a shown month marked the text leaves out
        (12, [], "Agosto a diciembre.", [], "meses_sin_marcar"),  # a whole year shown: no month beyond it
    ],
)
def test_a_month_table_cut_short_leaves_the_months_it_does_not_print_to_the_text(shown, marked, text, months, aviso):
    """LibreOffice clips a nested month table wider than its cell: only Ene..Jul print. The table
    says nothing of the months it does not print; when it marks exactly the stated months it shows,
    the text's months beyond it are taken, flagged (lectura_dudosa)."""
    notes = Notes()
    dates = read_dates([_cut_month_row(shown, marked), TextBlock([Line(text)])], notes)
    assert dates["meses"] == months
    assert [a["codigo"] for a in notes.avisos] == [aviso]
