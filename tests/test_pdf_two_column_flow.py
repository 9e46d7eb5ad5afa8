"""Running text flowing through two columns (issue 20, reportlab harness kinds: text of one column
read into the other's section, a paragraph's end read across the gutter, a false doubt at a column
break).

- A white band beside a column's line is a gutter although the column beside it opens with a list
  whose dash hangs left of its text: the lines right of the band start where the text does.
- A white band as wide as a gutter by a justified column's straight right edge is a gutter
  although the lines right of it start at no one x (a list's items hanging past drawn bullets).
- A second column holding only the few lines the first could not (its top) is read after the whole
  first column, however wide a white the first column has further down.
- Two columns' last paragraphs level at a page's foot, a heading read between them, are no table
  row cut by the page break: the text at the next page's head goes on the paragraph read last.
- A paragraph's last line carried to the second column's head, above that column's next paragraph
  (starting indented, level with the first column's first line): the two columns' paragraphs are
  no table row cut by the page break, the first having gone on into the second column; the next
  page's head goes on the paragraph read last.
- A column opening with a bold line (a list item's bold name) after a column ending a sentence
  starts a new paragraph: no doubt where the paragraph ends.
- A column opening with a list item after a drawn bullet (a filled square or dot, as a designer's
  list or Chromium's disc) after a column ending a sentence starts a new paragraph: the bullet
  marks the line (`Line.bullet`), and no doubt where the item before it ends.
- Sello lines set as ragged paragraphs: one ending a sentence at a column's foot too near the edge
  for the next column's first word, that column opening with the next line's name and a comma,
  are two items without a doubt (the Sello field cuts before each line's name either way).
- Ragged lines ending within half an em of each other by chance are no sign of justified text:
  a page's last line, the widest of its paragraph, ending a sentence, is then no proof that the
  paragraph goes on (a note doubts it).
- A paragraph's one line ending with a colon at a column's foot, before body text at the next
  column's head, may be a label or a sentence going on: the break is kept, with a note.
  The template's sentence opening the Sello lines ("Se destaca el trabajo en las líneas de acción
  de Sello:") is no such line: the list it opens starts at the next page's head, without a doubt.
- A paragraph whose first lines wrap short around a text box beside them, read before the box's
  lines, runs on past them (Word harness: LibreOffice's print of a floating text box).
- Two words of one font and size a word space apart, or touching, but on baselines of their own are
  two lines (Word harness: LibreOffice prints a floating text box's heading beside a table cell's line).
"""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from extractor.layout import ReaderNote, TextBlock
from extractor.readers import read
from extractor.segment.fichas import prepare

from .pdf_canvas import BODY, BOLD, Sheet, typeset
from .test_pdf_column_breaks import WORDS, broken, justified

LEFT, RIGHT, MEASURE = 50.0, 320.0, 236.0


def _texts(path) -> list[str]:
    """The document's text blocks as the reader gives them (one line each), in reading order."""
    return [" ".join(line.text for line in item.lines) for item in read(path).items if isinstance(item, TextBlock)]


def _paragraphs(path) -> list[TextBlock | ReaderNote]:
    """The document's paragraphs (and the readers' notes among them) after segmentation's grouping."""
    items, _ = prepare(read(path).items)
    return [item for item in items if isinstance(item, (TextBlock, ReaderNote))]


def _text(block: TextBlock) -> str:
    return " ".join(line.text for line in block.lines)


def test_a_gutter_beside_a_list_whose_dash_hangs_left_of_its_text(tmp_path):
    """A justified left column (10.5 points) opens with a bold heading; level with it, at x 334 of a
    right column, the last line of a list item carried over ("chilenas y extranjeras."), then a
    new item: its dash at x 320, its text at x 334 on baselines of their own. The heading and the
    carried line are two lines, not one read across the gutter."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    size = 10.5
    sheet.text(LEFT, 60, "7. BREVE DESCRIPCIÓN:", size, BOLD)
    justified(sheet, LEFT, 60 + 1.4 * size, [w for w in (WORDS * 3) if w], MEASURE, size=size)
    sheet.text(RIGHT + 14, 60, "chilenas y extranjeras.", size, BODY)
    sheet.text(RIGHT, 60 + 2.0 * size, "–", size, BODY)
    item = typeset(
        "Estrategias formativas y de sensibilización, ya que genera instancias que trabajan por la no "
        "discriminación y sensibilización respecto al racismo y la xenofobia.",
        MEASURE - 14,
        size,
    )
    sheet.lines(RIGHT + 14, 60 + 2.0 * size, item, size, BODY, leading=1.4)
    sheet.save()
    texts = _texts(path)
    assert "7. BREVE DESCRIPCIÓN:" in texts and "chilenas y extranjeras." in texts, texts[:3]


def test_a_gutter_by_a_justified_columns_straight_edge(tmp_path):
    """A justified left column (11 points, to x 286); right of it, from x 308, a line on the left
    column's first baseline, then list items on baselines of their own, their text at x 324 past
    drawn square bullets. The shared first baseline is two lines, not one read across."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    size = 11.0
    left = justified(sheet, LEFT, 84, [w for w in (WORDS * 3) if w], MEASURE, size=size)
    sheet.text(308, 84, "Se destaca el trabajo en las líneas:", size, BODY)
    top = 84 + 1.3 * size + 6
    for item in (WORDS[:14], WORDS[14:30]):
        sheet.rect(310, top + 3, 4, 4, stroke=False, fill=0.2)
        top = sheet.lines(324, top, typeset(" ".join(item) + ".", 220, size), size, BODY, leading=1.3) + 6
    sheet.save()
    texts = _texts(path)
    assert left[0] in texts and "Se destaca el trabajo en las líneas:" in texts, texts[:3]


def test_a_second_column_of_a_few_lines_is_read_after_the_first(tmp_path):
    """A line across the page, then two columns: the left one holds the description, a wide white,
    the innovation element; the right one, at the columns' top, only the two lines the left
    column's flow left over. The left column is read whole before them."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    size = 10.0
    sheet.lines(LEFT, 60, typeset(" ".join(WORDS[:30]), 495, size), size, BODY, leading=1.35)
    top = sheet.text(LEFT, 110, "Breve descripción", 12, BOLD) + 6
    top = sheet.lines(LEFT, top, typeset(" ".join(WORDS * 2), MEASURE, size), size, BODY, leading=1.35)
    top = sheet.text(LEFT, top + 24, "Elemento innovador", 12, BOLD) + 6
    sheet.lines(LEFT, top, typeset(" ".join(WORDS), MEASURE, size), size, BODY, leading=1.35)
    sheet.lines(RIGHT, 110, ["redes y recursos que la comuna", "ofrece a las vecinas."], size, BODY, leading=1.35)
    sheet.save()
    texts = _texts(path)
    last_left = max(i for i, t in enumerate(texts) if t in typeset(" ".join(WORDS), MEASURE, size))
    assert texts.index("redes y recursos que la comuna") > last_left, texts


def test_two_columns_last_paragraphs_level_at_the_foot_are_no_table_row(tmp_path):
    """Left column: the description, its paragraphs starting indented, the last one ending a
    sentence at the page's foot; right column: the innovation element's heading, its paragraph
    starting level with the left one's last and cut mid-sentence at the foot. The next page's
    first lines go on the innovation element's paragraph (read last), not the description's
    paragraph level with it."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    size, leading, indent = 10.0, 1.35, 15.0
    sheet.text(LEFT, 60, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    top = sheet.text(LEFT, 620, "Breve descripción", 12, BOLD) + 6
    opening = typeset("La municipalidad abre una escuela de oficios. " + " ".join(WORDS[:12]) + ".", MEASURE, size)
    top = sheet.lines(LEFT + indent, top, opening[:1], size)
    top = sheet.lines(LEFT, top, opening[1:], size)
    ending = typeset("Las " + " ".join(WORDS[1:24]) + ".", MEASURE - indent, size)
    sheet.lines(LEFT + indent, top, ending[:1], size)
    sheet.lines(LEFT, top + leading * size, typeset(" ".join(ending[1:]), MEASURE, size), size)
    sheet.text(RIGHT, top - 24, "Elemento innovador", 12, BOLD)
    cut = typeset(" ".join(WORDS[:30]), MEASURE, size)
    sheet.lines(RIGHT, top, cut, size)
    sheet.next_page()
    going_on = typeset("del barrio y de las juntas de vecinos de cada sector de la comuna, cada semana.", MEASURE, size)
    sheet.lines(LEFT, 60, going_on, size)
    sheet.save()
    texts = [_text(p) for p in _paragraphs(path) if isinstance(p, TextBlock)]
    assert " ".join(typeset(" ".join(ending), 1000, size)) in texts, texts
    assert " ".join([*cut, *going_on]) in texts, texts


def test_a_paragraph_gone_on_into_the_next_column_is_no_table_cell(tmp_path):
    """Two ragged columns (11 points), paragraphs starting indented. The description's heading
    stands over the left column, whose paragraph runs to the page's foot and goes on in one line
    at the right column's head ("la comuna."), level with the heading; under it the right
    column's next paragraph starts indented, level with the left column's first line, and is cut
    mid-sentence at the foot. The next page's first lines go on that paragraph, not the left
    column's one (no row of two cells, one above the other at the page's foot)."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    size, leading, indent = 11.0, 1.4, 16.5
    sheet.text(LEFT, 60, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    heading_top = 680.0
    sheet.text(LEFT, heading_top, "Breve descripción", 12, BOLD)
    first = typeset(" ".join(["Desde", *WORDS[1:36]]), MEASURE, size)
    sheet.lines(LEFT, heading_top + 17, first, size, BODY, leading=leading)
    sheet.text(RIGHT, heading_top, "la comuna.", size, BODY)
    second = typeset("La oficina realizó un catastro de los casos de " + " ".join(WORDS[:16]), MEASURE - indent, size)
    sheet.text(RIGHT + indent, heading_top + leading * size, second[0], size, BODY)
    rest = typeset(" ".join(second[1:]), MEASURE, size)
    sheet.lines(RIGHT, heading_top + 2 * leading * size, rest, size, BODY, leading=leading)
    sheet.next_page()
    going_on = ["y el ingreso al Registro Social de", "Hogares de las familias."]
    top = sheet.lines(LEFT, 60, going_on, size, BODY, leading=leading)
    sheet.text(LEFT + indent, top, "Posteriormente, la municipalidad", size, BODY)
    sheet.lines(
        LEFT, top + leading * size, ["genera alianzas con las juntas", "de vecinos."], size, BODY, leading=leading
    )
    sheet.save()
    texts = [_text(p) for p in _paragraphs(path) if isinstance(p, TextBlock)]
    assert " ".join([*first, "la comuna."]) in texts, texts
    assert " ".join([second[0], *rest, *going_on]) in texts, texts


def test_a_column_opening_with_a_bold_name_starts_a_new_paragraph(tmp_path):
    """Ragged list items: the left column's last one ends a sentence at the column's foot too near the
    edge for the right column's first word to have fitted after it; the right column opens with
    the next item's bold name. Two paragraphs (none read on), and no note doubting where the first ends."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    size = 11.0
    measure = MEASURE - 14
    first = next(  # ragged lines, the last one ending a sentence too near the edge for "Acceso" to fit
        lines
        for n in range(12, len(WORDS))
        if stringWidth(
            (lines := typeset(" ".join(["Políticas", *WORDS[:n]]) + ".", measure, size))[-1] + " Acceso", BODY, size
        )
        > measure
    )
    top = sheet.text(LEFT, 60, "Líneas Sello", 14, BOLD) + 8
    top = sheet.lines(LEFT + 14, top, typeset(" ".join(WORDS * 4) + ".", MEASURE - 14, size), size, BODY, leading=1.4)
    sheet.lines(LEFT + 14, top + 8, first, size, BODY, leading=1.4)
    sheet.text(RIGHT + 14, 60, "Acceso a la información y orientación", size, BOLD)
    second = ["integral, ya que se orienta y acompaña", "grupos priorizados, como niñas, niños y", "adolescentes."]
    sheet.lines(RIGHT + 14, 60 + 1.4 * size, second, size, BODY, leading=1.4)
    sheet.save()
    paragraphs = _paragraphs(path)
    assert not [p for p in paragraphs if isinstance(p, ReaderNote)], paragraphs
    texts = [_text(p) for p in paragraphs if isinstance(p, TextBlock)]
    assert " ".join(first) in texts, texts


@pytest.mark.parametrize("bullet", ["square", "dot"])
def test_a_column_opening_with_a_drawn_bullet_starts_a_new_item(tmp_path, bullet):
    """Ragged list items (11 points) after drawn bullets, their text 1.3 ems right of them: the left
    column's last item ends a sentence at the column's foot too near the edge for the right
    column's first word ("Acceso") to have fitted after it; the right column opens with the next
    item's bullet. The right column's first line is a bullet's; two paragraphs (none read on), and
    no note doubting where the first ends."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    size, indent = 11.0, 14.3
    measure = MEASURE - indent
    first = next(
        lines
        for n in range(12, len(WORDS))
        if stringWidth(
            (lines := typeset(" ".join(["Políticas", *WORDS[:n]]) + ".", measure, size))[-1] + " Acceso", BODY, size
        )
        > measure
    )

    def mark(x: float, top: float) -> None:
        if bullet == "square":
            sheet.rect(x + 1, top + size * 0.25, size * 0.4, size * 0.4, stroke=False, fill="E07A5F")
        else:
            r = size * 0.18
            sheet.canvas.circle(x + r + 1, sheet.height - top - size * 0.45, r, stroke=0, fill=1)

    top = sheet.text(LEFT, 60, "Líneas Sello", 14, BOLD) + 8
    for text in (" ".join(WORDS * 2) + ".", " ".join(WORDS[3:]) + "."):
        mark(LEFT, top)
        top = sheet.lines(LEFT + indent, top, typeset(text, measure, size), size, BODY, leading=1.4) + 6
    mark(LEFT, top)
    sheet.lines(LEFT + indent, top, first, size, BODY, leading=1.4)
    mark(RIGHT, 60)
    second = ["Acceso a la información y orientación", "integral, ya que se orienta y acompaña", "a las familias."]
    sheet.lines(RIGHT + indent, 60, second, size, BODY, leading=1.4)
    sheet.save()
    assert [line.bullet for item in read(path).items if isinstance(item, TextBlock) for line in item.lines][-3:] == [
        True,
        False,
        False,
    ]
    paragraphs = _paragraphs(path)
    assert not [p for p in paragraphs if isinstance(p, ReaderNote)], paragraphs
    texts = [_text(p) for p in paragraphs if isinstance(p, TextBlock)]
    assert " ".join(first) in texts and " ".join(second) in texts, texts


def test_sello_lines_as_paragraphs_across_a_column_break_are_two_items(tmp_path):
    """Ragged paragraphs (10 points, a gap between them), each a Sello line's name, a comma and its
    justification: the left column's last one ends a sentence at the column's foot too near the
    edge for "Acceso" to have fitted after it; the right column opens with "Acceso a la
    información y orientación integral, ya que ...". Two paragraphs, and no note doubting where
    the first ends."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    size = 10.0
    opening = "Políticas locales y trabajo colaborativo, ya que"
    first = next(
        lines
        for n in range(12, len(WORDS))
        if stringWidth(
            (lines := typeset(" ".join([opening, *WORDS[:n]]) + ".", MEASURE, size))[-1] + " Acceso", BODY, size
        )
        > MEASURE
    )
    top = sheet.text(LEFT, 60, "Líneas Sello", 14, BOLD) + 8
    text = "Vinculación comunitaria, ya que " + " ".join(WORDS * 2) + "."
    top = sheet.lines(LEFT, top, typeset(text, MEASURE, size), size, BODY, leading=1.3) + 6
    sheet.lines(LEFT, top, first, size, BODY, leading=1.3)
    second = typeset(
        "Acceso a la información y orientación integral, ya que se orienta y acompaña a las familias.", MEASURE, size
    )
    sheet.lines(RIGHT, 60, second, size, BODY, leading=1.3)
    sheet.save()
    paragraphs = _paragraphs(path)
    assert not [p for p in paragraphs if isinstance(p, ReaderNote)], paragraphs
    texts = [_text(p) for p in paragraphs if isinstance(p, TextBlock)]
    assert " ".join(first) in texts and " ".join(second) in texts, texts


@pytest.mark.parametrize("gap", [0.5, 0.04])  # em: a word space; touching (LibreOffice, Word seed 10806)
def test_words_on_baselines_of_their_own_are_two_lines(tmp_path, gap):
    """A heading ("CATEGORÍA", bold 10 points) and, `gap` em right of it and 0.36 em higher, the
    first line of a municipality label in the same font, its second line under it: the heading is
    a line of its own and the label's two lines go together, even when the two touch (never one
    word "CATEGORÍAMunicipalidad")."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    size = 10.0
    sheet.text(LEFT, 75.4, "CATEGORÍA", size, BOLD)
    x = LEFT + stringWidth("CATEGORÍA", BOLD, size) + gap * size
    sheet.lines(x, 71.8, ["Municipalidad de", "Puente Alto"], size, BOLD, leading=1.35)
    sheet.save()
    texts = _texts(path)
    assert "CATEGORÍA" in texts and "Municipalidad de" in texts, texts


def test_a_paragraph_wrapped_around_a_text_box_runs_on_past_the_box(tmp_path):
    """A framed, tinted box right of a column's text holds a municipality label (bold 12 points);
    the paragraph beside the box's foot has its first line wrapped short of the box, its next
    lines under the box run across the column. The reader reads the box after the line level with
    it; the paragraph is still one, and the label's two lines another."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(LEFT, 60, "Escuela de oficios para mujeres", 20, BOLD)
    sheet.rect(330, 100, 170, 72, fill="EEF2FA")
    sheet.lines(337, 107, ["MUNICIPALIDAD DE", "QUINTA NORMAL"], 12, BOLD, leading=1.3)
    sheet.lines(LEFT, 128, ["Departamento/Oficinas", "municipales que participan"], 13, BOLD, leading=1.3)
    body = ["Oficina Municipal de Información Laboral", " ".join(WORDS[:11]), " ".join(WORDS[11:14]) + "."]
    sheet.lines(LEFT, 164, body, 12, BODY, leading=1.3)
    sheet.save()
    texts = [_text(p) for p in _paragraphs(path) if isinstance(p, TextBlock)]
    assert " ".join(body) in texts, texts
    assert "MUNICIPALIDAD DE QUINTA NORMAL" in texts, texts


def test_ragged_lines_ending_near_each_other_tell_no_justified_text(tmp_path):
    """One column, 10 points, set ragged: a paragraph whose first three lines end 1.5 points apart
    (each stretched to its own width: near, not at, one edge), one clearly ragged, and at the page's
    foot a two-line paragraph whose last line, the widest, ends a sentence; the next page opens
    with a capital. Nothing tells whether that paragraph ends at the break: two paragraphs, and a
    note saying so (never one paragraph read on, as a justified column's full last line would)."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    size, pitch = 10.0, 13.5
    sheet.text(LEFT, 60, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    top = sheet.text(LEFT, 100, "Breve descripción", 12, BOLD) + 6
    near = broken([w for w in WORDS * 2 if w], 300)
    for k, width in enumerate((300.0, 298.5, 297.0)):
        justified(sheet, LEFT, top, near[k], width)
        top += pitch
    sheet.text(LEFT, top, " ".join(WORDS[:6]) + ".", size, BODY)
    top += 2 * pitch
    top = sheet.lines(LEFT, top, ["La oficina abre la sede vecinal", "los martes.", "Las monitoras acompañan."], size)
    foot = [
        "Con la información disponible, la oficina postula a los cursos",
        "de la comuna y capacita a diez hombres y diez mujeres del barrio.",
    ]
    sheet.lines(LEFT, 760, foot, size, BODY, leading=1.35)
    sheet.next_page()
    after = ["En el caso de las mujeres se les entrega material para que", "puedan iniciar emprendimientos."]
    sheet.lines(LEFT, 60, after, size, BODY, leading=1.35)
    sheet.save()
    paragraphs = _paragraphs(path)
    texts = [_text(p) for p in paragraphs if isinstance(p, TextBlock)]
    assert " ".join(foot) in texts and " ".join(after) in texts, texts
    assert [p for p in paragraphs if isinstance(p, ReaderNote)], paragraphs


def test_a_lone_line_ending_with_a_colon_at_a_columns_foot_is_doubted(tmp_path):
    """Left column: a paragraph, then an indented paragraph's only line at the column's foot ending
    with a colon ("... la Academia Municipal Abierta:"); right column: "AMA Integración, son ..."
    (a capital: no clause running on in lower case). Nothing tells whether the sentence goes on:
    the break is kept and a note says so (never a silent paragraph break)."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    size = 10.0
    sheet.text(LEFT, 60, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    top = sheet.text(LEFT, 100, "Breve descripción", 12, BOLD) + 6
    top = sheet.lines(LEFT, top, typeset(" ".join(WORDS * 2) + ".", MEASURE, size), size, BODY, leading=1.35)
    sheet.text(LEFT + 15, top, "Las personas que acceden a la Academia Abierta:", size, BODY)
    after = typeset("AMA Integración, son en un 60% personas de origen extranjero del barrio.", MEASURE, size)
    sheet.lines(RIGHT, 118, after, size, BODY, leading=1.35)
    sheet.save()
    paragraphs = _paragraphs(path)
    assert [p for p in paragraphs if isinstance(p, ReaderNote)], paragraphs


def test_the_sello_lead_in_at_a_pages_foot_opens_the_list_on_the_next_page(tmp_path):
    """One column (11 points): the Líneas Sello heading, a paragraph, and at the page's foot the
    template's lead-in alone on its line, ending with a colon; the next page opens with the first
    Sello line ("Políticas locales y trabajo colaborativo, ya que ..."). Two paragraphs, and no
    note doubting where the lead-in's sentence ends."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    size = 11.0
    sheet.text(LEFT, 60, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    top = sheet.text(LEFT, 640, "Elemento innovador", 12, BOLD) + 6
    top = sheet.lines(LEFT, top, typeset(" ".join(WORDS * 2) + ".", 495, size), size, BODY, leading=1.2)
    top = sheet.text(LEFT, top + 12, "Líneas Sello", 12, BOLD) + 6
    lead_in = "Se destaca el trabajo en las líneas de acción de Sello:"
    sheet.text(LEFT, top, lead_in, size, BODY)
    sheet.next_page()
    line = typeset(
        "Políticas locales y trabajo colaborativo, ya que una vez identificada la necesidad de la comunidad, "
        "se trabaja junto a la OMIL para ejecutar de manera pertinente.",
        495,
        size,
    )
    sheet.lines(LEFT, 60, line, size, BODY, leading=1.2)
    sheet.save()
    paragraphs = _paragraphs(path)
    assert not [p for p in paragraphs if isinstance(p, ReaderNote)], paragraphs
    texts = [_text(p) for p in paragraphs if isinstance(p, TextBlock)]
    assert lead_in in texts and " ".join(line) in texts, texts


NARROW_LEFT = [
    [
        "nace el Programa de Migración y",
        "postula a fondos de SERMIG para",
        "darle una mayor envergadura al",
        "festival e incluir el enfoque",
        "multicultural con la participación de",
        "música y gastronomía extranjera.",
    ],
    [
        "Cuando se suma el Programa de",
        "Migración se logra realizar el festival",
        "en el parque La Castrina y se",
        "convoca a más de 4.000 asistentes.",
    ],
]
NARROW_RIGHT = [
    "Se destaca la generación de un",
    "evento que se replica anualmente",
    "donde participa la comunidad local",
    "chilena y extranjera, además de",
]


def test_a_paragraph_break_of_a_narrow_column_level_with_a_headings_end_is_no_band_edge(tmp_path):
    """Two ragged columns 146 points wide (9 points, 15 ems and more is no full line there): the
    left one's paragraph break (one leading and 4.5 points) is level with the white under a
    four-line heading in the right one. The left column's next paragraph opens with a line a
    tenth shorter than its widest, which is a full line of that column all the same: the white
    is a paragraph break inside the column, no edge to cut both columns across, and the left
    column is read whole before the heading (browser seed 9856: "Cuando se suma ..." was read
    after the right column's heading, into the innovation element)."""
    path = tmp_path / "narrow.pdf"
    sheet = Sheet(path)
    size, pitch, left, right = 9.0, 13.5, 60.0, 226.0
    top = 100.0
    for paragraph in NARROW_LEFT:
        for line in paragraph:
            assert stringWidth(line, BODY, size) <= 146
            sheet.text(left, top, line, size)
            top += pitch
        top += 4.5
    # a line across both columns above them (a beside-grid's rows in the seed): no gutter runs down
    # the whole region, so it is cut across first
    sheet.text(left, 61.5, "Sigue vigente y tiene una periodicidad anual, con actividades en cada barrio.", size)
    sheet.lines(right, 75.0, ["audiovisuales con experiencias de", "diferentes personas."], size, leading=pitch / size)
    for n, line in enumerate(["8) ELEMENTO", "INNOVADOR/CREATIVO", "DEL PROYECTO O", "ACTIVIDAD"]):
        sheet.text(right, 111.1 + 18 * n, line, 12)
    sheet.lines(right, 100.0 + 6 * pitch + 4.5, NARROW_RIGHT, size, leading=pitch / size)
    sheet.save()
    texts = _texts(path)
    last_left = texts.index("convoca a más de 4.000 asistentes.")
    assert last_left < texts.index("8) ELEMENTO"), texts


CARDS = [  # (left card, right card) rows: heading and value
    (["GRUPO PRIORITARIO", "Mujeres madres sin redes."], ["CATEGORÍA", "Sociolaboral y capacitaciones."]),
    (["FORMA DE FINANCIAMIENTO", "Recursos propios."], ["SOSTENIBILIDAD", "Sigue vigente cada año."]),
]
CARD_LEFT_TEXT = [
    "BREVE DESCRIPCIÓN",
    "El año 2018 la municipalidad realiza un",
    "levantamiento de necesidades de",
    "capacitación en la población migrante.",
    "ELEMENTO INNOVADOR",
]
CARD_RIGHT_TEXT = [
    "Se destaca en primer lugar la realización",
    "de un diagnóstico que permita orientar",
    "las acciones a las necesidades locales.",
]


def test_a_row_of_cards_under_a_half_width_title_is_a_band(tmp_path):
    """A title over the left half only; under it two rows of cards (outlined panels) whose gutter
    lies in line with the gutter of the two text columns under them. The right side begins below
    the title's white with a card: a drawn region starts a band, so that white is the band's edge,
    not a column that began later; the cards are read before the text, and the right column's
    head (the innovation element's text) after the left column's end (its heading), not after the
    last right card (browser seed 11780: it went to the sustainability card)."""
    path = tmp_path / "cards.pdf"
    sheet = Sheet(path)
    size, pitch = 10.0, 13.0
    sheet.text(43, 50, "Capacitación en oficios", 16, BOLD)
    top = 76.0
    for left_card, right_card in CARDS:
        for x, card in ((43.0, left_card), (301.0, right_card)):
            sheet.rect(x, top, 250, 40)
            sheet.lines(x + 8, top + 6, card, size, leading=pitch / size)
        top += 46
    sheet.lines(43, top, CARD_LEFT_TEXT, size, leading=pitch / size)
    sheet.lines(310, top, CARD_RIGHT_TEXT, size, leading=pitch / size)
    sheet.save()
    texts = _texts(path)
    assert texts.index("Sigue vigente cada año.") < texts.index("BREVE DESCRIPCIÓN"), texts
    assert texts.index("ELEMENTO INNOVADOR") < texts.index(CARD_RIGHT_TEXT[0]), texts


def test_a_heading_lowered_beside_the_next_columns_top_keeps_its_text_under_it(tmp_path):
    """A full-width line; under it two columns (9 points): the left opens with a heading (10.5
    points) set lower by its space before, its text's first line 0.7 of its size under it; the
    right column's top (the flow going on: a new paragraph, indented) stands level with the
    heading, a little higher. The white under the heading, across both columns by chance, is no
    band edge: the left column is read whole, heading then text, before the right column's top
    (browser seed 12317: the description's last paragraph, at the right column's head, was read
    as its first)."""
    path = tmp_path / "lowered.pdf"
    sheet = Sheet(path)
    size, pitch, left, right = 9.0, 12.0, 43.0, 315.0
    sheet.text(left, 525.4, "Se ejecuta de manera periódica dado que requiere de la disponibilidad del equipo.", size)
    sheet.text(left, 546.0, "BREVE DESCRIPCIÓN", 10.5, BOLD)
    column = [
        "La municipalidad ha generado una coordinación interna y",
        "externa para facilitar los procesos de regularización de",
        "niñas, niños y adolescentes que residen en campamentos.",
    ]
    sheet.lines(left, 563.7, column, size, leading=pitch / size)
    sheet.lines(
        right + 13.5, 537.4, ["La difusión es realizada por redes sociales y afiches en"], size, leading=pitch / size
    )
    sheet.lines(right, 549.4, ["el territorio para que los vecinos sepan del operativo."], size, leading=pitch / size)
    sheet.text(right, 570.8, "ELEMENTO INNOVADOR", 10.5, BOLD)
    sheet.lines(right, 588.0, ["Se destaca la coordinación interna y externa del equipo."], size, leading=pitch / size)
    sheet.save()
    texts = _texts(path)
    assert texts.index("BREVE DESCRIPCIÓN") + 1 == texts.index(column[0]), texts
    assert texts.index(column[-1]) < texts.index("La difusión es realizada por redes sociales y afiches en"), texts
