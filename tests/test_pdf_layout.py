"""PDF reading order and page furniture, and a whole publication through the pipeline."""

from __future__ import annotations

import os

import pytest

from extractor.layout import TextBlock
from extractor.pipeline import extract_document
from extractor.readers import read
from extractor.segment.paragraphs import group_lines

from .pdf_builders import (
    RUNNING,
    FichaSpec,
    MonthTable,
    bulleted_lead_ins,
    checkbox_panel_beside_text,
    justified_columns,
    pages_with_running_text,
    panel,
    panels_over_two_columns,
    publication,
    side_by_side_panels,
    two_columns,
)
from .pdf_canvas import BOLD, Sheet

FINANCING = ("Forma de financiamiento", ["Recursos propios de la", "municipalidad y aportes", "de ACNUR."])
SUSTAINABILITY = ("Sostenibilidad en el tiempo", ["Se ejecuta cada año", "desde 2021 con equipo", "propio."])
GROUP = [
    "Mujeres migrantes jefas de hogar que",
    "viven en campamentos del sector",
    "norte de la comuna y que no",
    "cuentan con redes de apoyo",
    "en el territorio ni acceso a",
    "programas sociales.",
]
BOXES = [
    ("empty", "Sociolaboral"),
    ("check", "Acogida/atención"),
    ("empty", "Emprendimiento"),
    ("x_lines", "Capacitaciones"),
    ("empty", "Cooperativas"),
    ("empty", "NNA"),
]


def paragraphs(path) -> list:
    """The PDF's items in reading order, its lines grouped into paragraphs by spacing (the reader gives
    lines one by one; `group_lines` is the first paragraph rule)."""
    return group_lines(read(path).items)


def blocks(path) -> list[list[str]]:
    return [item.raw_lines for item in paragraphs(path) if isinstance(item, TextBlock)]


@pytest.mark.parametrize("outlined", [False, True], ids=["filled", "outlined"])
def test_side_by_side_panels_are_read_one_after_the_other(tmp_path, outlined):
    side_by_side_panels(tmp_path / "panels.pdf", FINANCING, SUSTAINABILITY, outlined=outlined)
    items = paragraphs(tmp_path / "panels.pdf")
    assert [i.raw_lines for i in items] == [[FINANCING[0]], FINANCING[1], [SUSTAINABILITY[0]], SUSTAINABILITY[1]]
    assert items[0].region == items[1].region != items[2].region == items[3].region


@pytest.mark.parametrize("boxed", [True, False], ids=["in-a-panel", "no-panel"])
def test_text_beside_a_checkbox_panel_is_not_interleaved_with_it(tmp_path, boxed):
    checkbox_panel_beside_text(tmp_path / "side.pdf", "Grupo prioritario", GROUP, BOXES, boxed=boxed)
    items = paragraphs(tmp_path / "side.pdf")
    kinds = [i.kind for i in items]
    assert kinds == ["text", "text"] + ["checkbox"] * len(BOXES)
    assert items[1].raw_lines == GROUP
    assert {(b.label, b.checked) for b in items[2:]} == {(label, style != "empty") for style, label in BOXES}


def test_two_columns_are_read_column_by_column_paragraphs_kept_whole(tmp_path):
    left = [
        ["Primera columna, primer párrafo,", "que sigue en esta línea", "y termina aquí."],
        ["Primera columna, segundo párrafo,", "más abajo que toda la otra columna."],
    ]
    right = [["Segunda columna, una línea", "y otra más."]]
    two_columns(tmp_path / "columns.pdf", left, right, title="Dos columnas")
    assert blocks(tmp_path / "columns.pdf") == [["Dos columnas"], *left, *right]


def test_running_headers_footers_and_page_numbers_are_left_out(tmp_path):
    bodies = [["Texto de la página uno."], ["Texto de la página dos."], ["Texto de la página tres."]]
    pages_with_running_text(tmp_path / "running.pdf", bodies, *RUNNING)
    layout = read(tmp_path / "running.pdf")
    assert [(i.prov.page, i.raw_lines) for i in layout.items] == [(n, body) for n, body in enumerate(bodies, start=1)]


def test_each_page_s_margin_lines_are_found_once(tmp_path, monkeypatch):
    """The running headers' keys and the dropping of the running lines read one finding of a page's
    margin lines (`running.margin_lines`), whole or read in parts."""
    from extractor.readers.pdf import reader as pdf_reader
    from extractor.readers.pdf import running

    bodies = [["Texto de la página uno."], ["Texto de la página dos."], ["Texto de la página tres."]]
    pages_with_running_text(tmp_path / "running.pdf", bodies, *RUNNING)
    found: list[int] = []
    margin_lines = running.margin_lines

    def counted(page, settings=running.LAYOUT):
        found.append(page.number)
        return margin_lines(page, settings)

    monkeypatch.setattr(pdf_reader, "margin_lines", counted)
    monkeypatch.setattr(running, "margin_lines", counted)  # a step that found them again would call this one
    whole = read(tmp_path / "running.pdf")
    assert found == [1, 2, 3]
    found.clear()
    paged = pdf_reader.PdfPages()
    parts = [paged.read_part(str(tmp_path / "running.pdf"), None, numbers) for numbers in (range(1, 3), range(3, 4))]
    keys = paged.merge(parts, "running.pdf")
    items = [page for part in parts for page in paged.part_items(part, keys)]
    assert found == [1, 2, 3]
    assert pdf_reader.pdf_layout(str(tmp_path / "running.pdf"), items).items == whole.items


def test_a_margin_line_on_one_page_only_is_kept(tmp_path):
    """Only lines repeated across pages (or lone numbers) are running text; a one-off note in the margin stays."""
    bodies = [["Texto de la página uno."], ["Texto de la página dos."]]
    pages_with_running_text(tmp_path / "running.pdf", bodies, *RUNNING)
    single = tmp_path / "single.pdf"
    pages_with_running_text(single, bodies[:1], *RUNNING)
    assert RUNNING[0] in [line for block in blocks(single) for line in block]
    assert RUNNING[0] not in [line for block in blocks(tmp_path / "running.pdf") for line in block]


# --- a publication: cover, introduction, then two fichas of two pages each -------------

HUERTOS = FichaSpec(
    title=["Huertos comunitarios", "interculturales"],
    comuna="Recoleta",
    oficinas="DIDECO, Oficina de la Mujer",
    grupo=["Familias migrantes y", "refugiadas del sector norte."],
    categories=[
        ("empty", "Sociolaboral"),
        ("check", "Acogida/atención"),
        ("empty", "Emprendimiento"),
        ("x_lines", "Capacitaciones"),
        ("empty", "Cooperativas"),
        ("empty", "Intermediación laboral"),
        ("inner_fill", "NNA"),
        ("empty", "Otra:"),
    ],
    months=MonthTable(header="short", marking="glyph", active=[4, 5, 6, 7, 8, 9, 10, 11]),
    dates_text="De abril a noviembre de 2023.",
    funding=["Recursos propios de la", "municipalidad."],
    sustainability=["Se ejecuta cada año con", "presupuesto municipal."],
    description=[
        [
            "La municipalidad habilitó huertos en tres sedes vecinales, donde familias migrantes y chilenas",
            "cultivan en conjunto. La iniciativa se organiza en turnos semanales y cuenta con la colabora-",
            "ción de juntas de vecinos.",
        ],
        ["Cada temporada termina con una feria de intercambio de semillas y recetas."],
    ],
    innovation=["Se destaca el encuentro entre vecinos de distintos orígenes en torno al cultivo."],
    sello=[
        [
            "Se destaca el trabajo en las líneas de acción de Sello: Vinculación comunitaria, ya que",
            "reúne a vecinos migrantes y chilenos.",
        ]
    ],
)
OFICINA_MOVIL = FichaSpec(
    title=["Oficina móvil de", "orientación migrante"],
    comuna="Arica",
    oficinas="Oficina de la Mujer",
    grupo=["Mujeres migrantes."],
    categories=[
        ("empty", "Sociolaboral"),
        ("empty", "Acogida/atención"),
        ("empty", "Emprendimiento"),
        ("empty", "Capacitaciones"),
        ("empty", "Cooperativas"),
        ("check", "Intermediación laboral"),
        ("empty", "NNA"),
        ("check", "Otra: Regularización"),
    ],
    months=MonthTable(header="letter", marking="bar", active=[3, 4, 5, 6]),
    dates_text="Marzo a junio de 2023.",
    funding=["Recursos propios", "municipales."],
    sustainability=["Sigue vigente."],
    description=[
        ["Un vehículo municipal recorre los barrios con atención de orienta-", "ción y trámites de regularización."]
    ],
    innovation=["Lleva la atención a los territorios."],
    sello=[
        [
            "Se destaca el trabajo en las líneas de acción de Sello: Acceso a la información y orientación",
            "integral, ya que acerca la orientación a los barrios.",
        ]
    ],
)


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    folder = tmp_path_factory.mktemp("publication")
    publication(folder / "fichas.pdf", [HUERTOS, OFICINA_MOVIL])
    before = os.getcwd()
    os.chdir(folder)
    try:
        result = extract_document(folder / "fichas.pdf")
    finally:
        os.chdir(before)
    assert result.invalid == []
    return [f.model_dump(mode="json") for f in result.fichas]


def test_cover_and_introduction_make_no_ficha_and_each_ficha_keeps_its_pages(records):
    assert [(r["titulo"], r["fuente"]["paginas"]) for r in records] == [
        ("Huertos comunitarios interculturales", [3, 4]),
        ("Oficina móvil de orientación migrante", [5, 6]),
    ]
    assert [r["id"] for r in records] == [
        "recoleta--huertos-comunitarios-interculturales",
        "arica--oficina-movil-de-orientacion-migrante",
    ]
    assert records[0]["fuente"]["archivo"] == "fichas.pdf"


def test_every_section_lands_in_its_field(records):
    huertos = records[0]
    assert huertos["municipalidad"]["texto"] == "MUNICIPALIDAD RECOLETA"
    assert [o["texto"] for o in huertos["oficinas"]] == ["DIDECO", "Oficina de la Mujer"]
    assert huertos["grupo_prioritario"] == "Familias migrantes y refugiadas del sector norte."
    assert huertos["forma_financiamiento"]["texto"] == "Recursos propios de la municipalidad."
    assert huertos["sostenibilidad"] == "Se ejecuta cada año con presupuesto municipal."
    assert huertos["elemento_innovador"] == HUERTOS.innovation[0]
    assert huertos["lineas_sello"] == [
        {"linea": "vinculacion_comunitaria", "justificacion": "ya que reúne a vecinos migrantes y chilenos."}
    ]
    assert [r["revision"] for r in records] == [{"estado": "ok", "avisos": []}] * 2


def test_checkboxes_and_month_tables_reach_the_record(records):
    assert [(r["categorias"], r["categoria_otra"]) for r in records] == [
        (["acogida_atencion", "capacitaciones", "nna"], None),
        (["intermediacion_laboral", "otra"], "Regularización"),
    ]
    assert [r["fechas_implementacion"]["meses"] for r in records] == [[4, 5, 6, 7, 8, 9, 10, 11], [3, 4, 5, 6]]
    assert records[0]["fechas_implementacion"]["texto"] == "De abril a noviembre de 2023."


def test_hyphenated_line_ends_are_rejoined_and_paragraphs_kept(records):
    assert records[0]["descripcion"] == (
        "La municipalidad habilitó huertos en tres sedes vecinales, donde familias migrantes y chilenas cultivan "
        "en conjunto. La iniciativa se organiza en turnos semanales y cuenta con la colaboración de juntas de "
        "vecinos.\n\nCada temporada termina con una feria de intercambio de semillas y recetas."
    )
    assert records[1]["descripcion"] == (
        "Un vehículo municipal recorre los barrios con atención de orientación y trámites de regularización."
    )


def test_running_text_reaches_no_field(records):
    dumped = repr(records)
    assert RUNNING[0] not in dumped and RUNNING[1] not in dumped


# --- issue 15, kind 3: justified text --------------------------------------------

JUSTIFIED_LEFT = [
    ["La mesa reúne cada quince días a", "las oficinas que atienden a", "familias y", "revisa sus casos."],
    ["Cada familia recibe una ficha", "y una persona de referencia", "que la acompaña."],
]
JUSTIFIED_RIGHT = [
    [
        "Las juntas de vecinos difunden",
        "la mesa en sus sedes y",
        "derivan a las familias que",
        "llegan al barrio, de modo que",
        "la municipalidad conoce",
        "antes sus necesidades.",
    ]
]


def test_justified_wide_word_gaps_are_no_column_gutter(tmp_path):
    """Words on one baseline within one column are one line however wide the justified gaps
    ("familias          y"); the gutter between the columns, white down every line, still splits."""
    justified_columns(tmp_path / "justified.pdf", [JUSTIFIED_LEFT, JUSTIFIED_RIGHT])
    assert blocks(tmp_path / "justified.pdf") == [*JUSTIFIED_LEFT, *JUSTIFIED_RIGHT]


def test_headings_on_bands_level_in_two_columns_head_their_columns(tmp_path):
    """Each column opens with a heading on a coloured band, the two bands level: a band holding
    one line is that heading's background, not a row of panels across the gutter, so each column
    is read whole under its heading."""
    sheet = Sheet(tmp_path / "bands.pdf")
    columns = [("Breve descripción", GROUP), ("Líneas Sello", SUSTAINABILITY[1])]
    for n, (heading, lines) in enumerate(columns):
        x = 50 + n * 250
        sheet.rect(x - 4, 94, 220, 20, stroke=False, fill="DDE8F5")
        sheet.text(x, 100, heading, 11, BOLD)
        sheet.lines(x, 124, lines, size=10)
    sheet.save()
    assert blocks(tmp_path / "bands.pdf") == [["Breve descripción"], GROUP, ["Líneas Sello"], SUSTAINABILITY[1]]


def test_two_columns_on_baselines_of_their_own_split_where_one_line_of_each_meets(tmp_path):
    """The columns' lines lie on baselines of their own (half a line apart) but for one row, where
    a short last line of the left column meets a line of the right one: the gutter there is the
    gutter of the lines of the right column alone on their baselines, all starting at one x."""
    sheet = Sheet(tmp_path / "columns.pdf")
    left = [
        [
            "La mesa reúne cada quince días",
            "a las oficinas que atienden a",
            "las familias que llegan al",
            "barrio y revisa sus casos",
        ],
        ["uno por uno."],
        ["Cada familia recibe una ficha", "y una persona"],
    ]
    right = [
        "Las juntas de vecinos difunden",
        "la mesa en sus sedes y derivan",
        "a las familias que llegan al",
        "barrio, de modo que la",
        "municipalidad conoce antes",
        "sus necesidades y puede",
        "ordenar su trabajo",
        "con las juntas y con las",
        "familias de cada sector.",
    ]
    top = 100.0
    for paragraph in left:
        top = sheet.lines(50, top, paragraph, size=10) + 6.5
    sheet.lines(250, 106.5, right, size=10)
    sheet.save()
    assert blocks(tmp_path / "columns.pdf") == [*left, right]


@pytest.mark.parametrize("head", [False, True], ids=["columns", "under-a-full-width-line"])
def test_space_above_a_heading_low_in_the_left_column_does_not_cut_across_the_columns(tmp_path, head):
    """The right column ends high; low in the left column a heading has more space above it than
    the gutter is wide (and than any other row gap of the page, under a full-width line): that
    space lies inside the left column, so the left column is read whole (its heading and text
    included) before the right one."""
    sheet = Sheet(tmp_path / "columns.pdf")
    if head:
        sheet.text(50, 80, "Una línea que cruza la página entera, de una columna a la otra.", 11, BOLD)
    top = sheet.lines(50, 100, GROUP + GROUP, size=10)
    top = sheet.text(50, top + 30, "Elemento innovador", 11, BOLD)
    sheet.lines(50, top + 6, FINANCING[1], size=10)
    right = [*SUSTAINABILITY[1], *GROUP, "y con la ayuda de", "las juntas de vecinos."]
    sheet.lines(250, 100, right, size=10)
    sheet.save()
    assert blocks(tmp_path / "columns.pdf")[head:] == [GROUP + GROUP, ["Elemento innovador"], FINANCING[1], right]


def test_words_that_a_justified_column_ends_with_at_one_x_are_no_column(tmp_path):
    """Two justified lines of the right column end in a short word that starts at one x after a
    wide gap, a short line between them, a full line below: three white rows. The lines of the
    left column, on baselines of their own, are white there too but say nothing about the right
    column, so no gutter cuts it."""
    left = [
        [
            "La mesa reúne cada quince días a",
            "las oficinas que atienden a",
            "las familias que llegan",
            "al barrio y revisa con ellas",
            "sus casos uno por uno, de",
            "modo que cada familia",
            "conoce su ficha.",
        ]
    ]
    right = [
        ["temas laborales para la", "organización."],
        ["Vinculación comunitaria, la", "asociatividad desde la creación", "de la cooperativa."],
    ]
    justified_columns(tmp_path / "ends.pdf", [left, right], drops=(0.0, 6.5))
    assert blocks(tmp_path / "ends.pdf") == [*left, *right]


def test_a_justified_single_column_with_few_words_a_line_stays_whole(tmp_path):
    paragraph = [
        [
            "Una línea con pocas",
            "palabras muy separadas",
            "entre sí en la",
            "columna estrecha de",
            "la página",
            "con más texto.",
        ]
    ]
    justified_columns(tmp_path / "narrow.pdf", [paragraph], measure=130)
    assert blocks(tmp_path / "narrow.pdf") == paragraph


@pytest.mark.parametrize("bullet", ["dot", "square", "glyph"])
def test_a_bold_lead_in_that_fills_its_line_stays_in_its_paragraph(tmp_path, bullet):
    """A bulleted item whose bold name fills the first line runs on into the regular line below
    (it starts in lower case); a bold heading above the list stays a block of its own. A bullet
    character is left out of the text and starts a block: it neither eats nor splits the line."""
    items = [
        (
            ["Acceso a la información y orientación"],
            ["integral, ya que se orienta y acompaña a", "grupos priorizados de la comuna."],
        ),
        (["Vinculación comunitaria, con juntas de"], ["vecinos que difunden la mesa."]),
    ]
    bulleted_lead_ins(tmp_path / "bullets.pdf", "Líneas Sello", items, bullet=bullet)
    assert blocks(tmp_path / "bullets.pdf") == [["Líneas Sello"], *[[*bold, *rest] for bold, rest in items]]


def test_a_bold_line_followed_by_a_capitalised_line_is_a_heading(tmp_path):
    items = [(["Elemento innovador del proyecto o actividad"], ["Se destaca la coordinación con", "otras unidades."])]
    bulleted_lead_ins(tmp_path / "heading.pdf", "Texto", items, measure=250)
    assert blocks(tmp_path / "heading.pdf")[1:] == [items[0][0], items[0][1]]


@pytest.mark.parametrize("bullet", ["glyph", "opensymbol"])
def test_items_after_bullet_characters_are_blocks_of_their_own_without_the_bullet(tmp_path, bullet):
    """A • character, or Word's Symbol bullet (U+F0B7) as LibreOffice prints it in OpenSymbol."""
    items = [(["Vinculación comunitaria,"], ["ya que reúne a vecinos."]), (["Fortalecimiento"], ["institucional."])]
    bulleted_lead_ins(tmp_path / "bullets.pdf", "Líneas Sello", items, measure=120, bullet=bullet)
    assert blocks(tmp_path / "bullets.pdf") == [["Líneas Sello"], *[[*bold, *rest] for bold, rest in items]]


def test_the_reader_gives_lines_one_by_one_with_their_bullets_and_groups_none(tmp_path):
    """Paragraphs are grouped once, by `segment.paragraphs`: the PDF reader's text blocks are its lines,
    each with its box, a bullet that started it marked on the line (the bullet left out of its text)."""
    items = [(["Vinculación comunitaria,"], ["ya que reúne a vecinos."]), (["Fortalecimiento"], ["institucional."])]
    bulleted_lead_ins(tmp_path / "bullets.pdf", "Líneas Sello", items, measure=120, bullet="glyph")
    lines = [item.lines for item in read(tmp_path / "bullets.pdf").items if isinstance(item, TextBlock)]
    assert all(len(block) == 1 and block[0].prov.bbox is not None for block in lines)
    assert [(block[0].text, block[0].bullet) for block in lines] == [
        ("Líneas Sello", False),
        *[(line, n == 0) for bold, rest in items for n, line in enumerate([*bold, *rest])],
    ]


def test_a_row_of_panels_is_read_before_the_two_columns_below_it(tmp_path):
    """The gutter between two panels runs on between two text columns right below them: the
    panels' bottom edge closes the band, so the right panel does not swallow the right column."""
    columns = [
        [["Breve descripción"], ["Primer párrafo de la columna", "izquierda, en dos líneas."]],
        [["Texto que sigue en la", "columna derecha."], ["Otro párrafo más."]],
    ]
    panels_over_two_columns(tmp_path / "band.pdf", FINANCING, SUSTAINABILITY, columns)
    assert blocks(tmp_path / "band.pdf") == [
        [FINANCING[0]],
        FINANCING[1],
        [SUSTAINABILITY[0]],
        SUSTAINABILITY[1],
        *columns[0],
        *columns[1],
    ]


@pytest.mark.parametrize("indents", [(0, 0, 15, 0), (0, 12, 12, 12)], ids=["first-line", "hanging"])
def test_an_indented_row_in_the_right_column_keeps_the_gutter(tmp_path, indents):
    """Two ragged columns whose right column has a row off the edge the other rows share, level
    with a line of the left column: a first-line indent, or a line at the edge over lines with a
    hanging indent (a heading over a list). The gap is still the gutter (issue 15, design harness
    seeds 16, 43, 248), while a justified gap inside a narrow panel is not
    (tests/test_pdf_justified_panel.py)."""
    left = ["Primera línea de la columna", "izquierda que sigue aquí", "y termina en esta línea", "con un final corto."]
    right = ["Fin de un párrafo anterior", "que se cierra aquí.", "Nuevo párrafo con sangría", "que continúa debajo."]
    sheet = Sheet(tmp_path / "indent.pdf")
    for n, (a, b, indent) in enumerate(zip(left, right, indents, strict=True)):
        top = 100 + 13 * n
        sheet.text(50, top, a)
        sheet.text(230 + indent, top, b)
    sheet.save()
    assert [line for block in blocks(tmp_path / "indent.pdf") for line in block] == left + right  # column by column


def test_text_placed_outside_the_page_is_not_read(tmp_path):
    """A producer's copy of a text box pushed wholly above the page's top edge is never seen, so
    never read; the text on the page is."""
    path = tmp_path / "off.pdf"
    sheet = Sheet(path)
    sheet.text(45, 60, "Texto en la página.", 10)
    sheet.text(45, -200, "MUNICIPALIDAD SAN JOAQUÍN", 10, BOLD)
    sheet.rect(40, -220, 200, 40)
    sheet.save()
    assert blocks(path) == [["Texto en la página."]]


def test_a_heading_wrapped_in_the_right_column_is_not_cut_where_the_left_column_breaks_a_paragraph(tmp_path):
    """Two panels side by side (no gutter between them wide enough to split the page) over two
    columns of text: the widest white across the page is the leading between the two lines of a
    heading in the right column, level with a paragraph break of the left column. That white is
    inside one heading (`order._heading_runs_across`), no band edge: the page is cut under the
    panels and the columns are read one after the other, the heading whole (browser seed 6528:
    the left column's later paragraphs went to the right column's section, an ok record)."""
    path = tmp_path / "heading.pdf"
    sheet = Sheet(path)
    panel(sheet, 45, 100, 250, 80, FINANCING[0], FINANCING[1][:1])
    panel(sheet, 301, 100, 244, 80, SUSTAINABILITY[0], SUSTAINABILITY[1][:1])
    left = [
        ["El programa nace el año 2022 para", "abordar la brecha idiomática de", "las mujeres de origen haitiano."],
        ["Para esto se generan instancias de", "prevención y redes de apoyo entre", "las propias mujeres del sector."],
    ]
    right = [
        ["Gracias a la buena recepción se", "complementa con cursos de creole", "para funcionarios municipales."],
        ["8) Elemento innovador/creativo del", "proyecto o actividad"],
        ["Se destaca la integralidad con la", "que se trabaja en la Escuela."],
    ]
    sheet.text(45, 184, "7) Breve descripción", 12)
    bottom = sheet.lines(45, 198, left[0], size=10, leading=1.15)
    sheet.lines(45, bottom + 8, left[1], size=10, leading=1.15)  # white level with the heading's leading
    bottom = sheet.lines(305, 181, right[0], size=10, leading=1.15)
    bottom = sheet.lines(305, bottom + 4, right[1], size=12, leading=1.25)
    sheet.lines(305, bottom + 3, right[2], size=10, leading=1.15)
    sheet.save()
    assert blocks(path)[4:] == [["7) Breve descripción"], *left, *right]


@pytest.mark.parametrize("spacing", [5.0, 6.5], ids=["under-an-em", "over-an-em"])
def test_paragraph_breaks_of_two_columns_level_with_each_other_do_not_cut_across_them(tmp_path, spacing):
    """A line across the page, then two columns of running text whose paragraph breaks fall level
    with each other: the white of those breaks (a line's leading and the paragraph spacing) is
    wider than the white under the line across, yet it parts two paragraphs of each column's
    running text (`order._paragraph_break`: full lines at one pitch on both sides), no band edge:
    each column is read whole, the left one first (browser seed 7004: the left column's second
    paragraph was read after the right column's first; seed 7175, the white of an em or more)."""
    path = tmp_path / "breaks.pdf"
    sheet = Sheet(path)
    sheet.text(45, 100, "Sostenibilidad en el tiempo: la escuela sigue vigente y se ejecuta cada año.", 11, BOLD)
    left = [
        [
            "El año 2022 la municipalidad identifica la necesidad de",
            "abordar la brecha idiomática existente en mujeres de",
            "origen haitiano que viven en la comuna.",
        ],
        [
            "Para esto, se generan instancias para la prevención de",
            "la violencia de género, se fomentan las redes de apoyo",
            "entre las propias mujeres del sector.",
        ],
    ]
    right = [
        [
            "En la Escuela participan más de treinta mujeres y una",
            "facilitadora intercultural que acompaña los procesos",
            "educativos de los hijos de las participantes.",
        ],
        [
            "Gracias a la buena recepción de la Escuela se ha logrado",
            "complementar con cursos de creole para funcionarios",
            "municipales de distintas unidades.",
        ],
    ]
    for x, paragraphs in ((45, left), (305, right)):
        top = 118.0  # 7 points under the line across; the paragraph breaks leave 8
        for lines in paragraphs:
            top = sheet.lines(x, top, lines, size=9, leading=1.35) + spacing
    sheet.save()
    assert blocks(path) == [
        ["Sostenibilidad en el tiempo: la escuela sigue vigente y se ejecuta cada año."],
        *left,
        *right,
    ]
