"""A ficha's title (issue 20): the ficha's own largest text, never a running header, a band repeated
on every page or a cover's words; when the choice is doubtful the record says so on `titulo`
(aviso `titulo_dudoso`, estado revisar) instead of guessing silently.

Each document is drawn here with reportlab: body text 11 pt, headings 12.5 pt bold, the title 16 pt
(under `SETTINGS.fichas.title_ratio` times the body, as a designer may set it) unless a test says otherwise.
"""

from __future__ import annotations

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

TITLE = "Escuela de oficios para mujeres migrantes"
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", ["Oficina de Migración"]),
    ("Grupo prioritario", ["Mujeres migrantes jefas de hogar."]),
    ("Categoría", ["Capacitaciones"]),
    ("Fechas de implementación", ["De marzo a diciembre."]),
    ("Forma de financiamiento", ["Recursos propios municipales."]),
    ("Sostenibilidad en el tiempo", ["Se repite cada año con la comunidad."]),
    ("Breve descripción", ["La municipalidad abre una escuela de oficios."]),
    ("Elemento innovador", ["Se trabaja con las vecinas del barrio."]),
    ("Líneas Sello", ["Vinculación comunitaria, ya que se abre a las vecinas."]),
]


def title_avisos(record: dict) -> list[str]:
    return [a["mensaje"] for a in record["revision"]["avisos"] if a["campo"] == "titulo"]


def ficha_page(
    sheet: Sheet,
    title: str = TITLE,
    title_size: float = 16,
    top: float = 90,
    subtitle: str | None = None,
    heading: tuple[float, str] = (12.5, BOLD),
) -> None:
    """One ficha from `top`: its title, a `subtitle` in body text, the municipality label, its
    sections (headings, `heading` size and font, over text)."""
    top = sheet.text(45, top, title, title_size, BOLD) + 10
    if subtitle:
        top = sheet.text(45, top, subtitle, 11, BODY) + 10
    top = sheet.text(45, top, "MUNICIPALIDAD PUENTE ALTO", 11, BOLD) + 16
    for name, lines in SECTIONS:
        top = sheet.text(45, top, name, *heading) + 5
        top = sheet.lines(45, top, lines, size=11, font=BODY) + 10


def test_a_title_under_the_title_ratio_is_the_largest_text_of_its_page(tmp_path):
    """No text of the page is SETTINGS.fichas.title_ratio times the body: the title is the page's largest text before
    the first heading, not the small header printed above it (one page: no repetition tells it)."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(45, 20, "Buenas prácticas municipales · Sello Migrante", 7.5, BODY)
    ficha_page(sheet)
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["titulo"] == TITLE
    assert title_avisos(got) == []


def test_a_title_barely_larger_than_headings_set_large_is_the_title(tmp_path):
    """Plain headings set large (15.5 pt), the title half a point larger (16 pt, bold): the title is
    still larger than any heading of its page, so it is the title, with no doubt."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    ficha_page(sheet, heading=(15.5, BODY))
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["titulo"] == TITLE
    assert title_avisos(got) == []


def test_a_covers_words_are_never_the_fichas_title(tmp_path):
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(90, 150, "FICHAS", 44, BOLD)
    sheet.text(90, 200, "Buenas prácticas municipales", 11, BODY)
    sheet.next_page()
    ficha_page(sheet, top=50, subtitle="Programa comunal desde 2021")
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["titulo"] == TITLE
    assert got["id"] == "puente-alto--escuela-de-oficios-para-mujeres-migrantes"
    assert title_avisos(got) == []


def test_a_covers_title_taken_for_want_of_another_is_flagged(tmp_path):
    """The ficha's title is no larger than its headings: nothing on its page can be told a title,
    and the cover's words are apart from every element of the ficha: an aviso says so."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(90, 150, "FICHAS", 44, BOLD)
    sheet.next_page()
    ficha_page(sheet, title_size=12.5, top=50)
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["revision"]["estado"] == "revisar"
    assert got["titulo"] != TITLE and title_avisos(got)


def test_a_band_repeated_on_every_page_at_title_size_is_no_title(tmp_path):
    """A 20 pt band below the margin band on each page: repeated at its size, it is none of the
    titles (its text is left to an aviso), and each ficha's own 24 pt title is its title alone."""
    sheet = Sheet(tmp_path / "fichas.pdf")
    titles = [TITLE, "Operativos en asentamientos precarios"]
    for n, title in enumerate(titles):
        if n:
            sheet.next_page()
        sheet.text(45, 100, "BUENAS PRÁCTICAS", 20, BOLD)
        ficha_page(sheet, title=title, title_size=24, top=130)
    sheet.save()
    got = records(tmp_path / "fichas.pdf")
    assert [r["titulo"] for r in got] == titles
    assert all(title_avisos(r) == [] for r in got)


def test_two_texts_of_title_size_make_the_title_doubtful(tmp_path):
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(45, 50, "Programa Mujer Emprende", 16, BOLD)
    sheet.text(45, 72, "MUNICIPALIDAD PUENTE ALTO", 11, BOLD)
    ficha_page(sheet, top=95)
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["revision"]["estado"] == "revisar"
    assert any("tan grande como el título" in m for m in title_avisos(got))


def test_a_title_no_larger_than_the_body_is_a_guess_that_says_so(tmp_path):
    """No text of the ficha's head is larger than the body: its first text is the title, flagged."""
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(45, 50, "MUNICIPALIDAD PUENTE ALTO", 11, BOLD)
    ficha_page(sheet, title_size=11, top=80)
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["titulo"].startswith(TITLE)
    assert got["revision"]["estado"] == "revisar"
    assert title_avisos(got)


def test_where_the_headings_start_over_the_next_title_is_the_largest_text_before_them(tmp_path):
    """Two fichas, each title with a line of body text under it: where the headings start over, the
    next ficha's title is the largest text before them on their page, though not right before them."""
    sheet = Sheet(tmp_path / "fichas.pdf")
    titles = [TITLE, "Operativos en asentamientos precarios"]
    for n, title in enumerate(titles):
        if n:
            sheet.next_page()
        ficha_page(sheet, title=title, top=50, subtitle="Programa comunal desde 2021")
    sheet.save()
    got = records(tmp_path / "fichas.pdf")
    assert [r["titulo"] for r in got] == titles
    assert all(title_avisos(r) == [] for r in got)


def test_a_titles_last_word_over_a_column_of_boxes_is_no_label(tmp_path):
    """Labels before their boxes, the column of boxes right under the title's last word (24 pt): the
    word is the title's, not the first box's label (a label is set at most `label_left_size` box
    heights large)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    title = "Escuela de Mujeres Catherine Flon"
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.text(45, 74, title, 24, BOLD)
    x = 45 + stringWidth(title, BOLD, 24) - 12  # under "Flon"
    top = 112.0
    for label, checked in (("Sociolaboral", True), ("Acogida/atención", False), ("Emprendimiento", False)):
        sheet.text(x - 8 - stringWidth(label, BODY, 9), top, label, 9, BODY)
        sheet.rect(x, top, 8, 8, fill=0 if checked else None)
        top += 20
    ficha_page(sheet, title="", top=top + 10)
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["titulo"] == title
    assert got["categorias"] == ["sociolaboral"]


def test_a_title_whose_first_line_is_left_at_the_foot_of_the_page_before_is_flagged(tmp_path):
    """The second ficha's title broken by a page break: its first line at the foot of page 1, the
    rest on page 2. Its record says the title is doubtful rather than give the second line alone."""
    sheet = Sheet(tmp_path / "fichas.pdf")
    ficha_page(sheet, title_size=24, top=50)
    sheet.text(45, 770, "Escuela de Mujeres", 24, BOLD)
    sheet.next_page()
    ficha_page(sheet, title="Catherine Flon", title_size=24, top=50)
    sheet.save()
    first, second = records(tmp_path / "fichas.pdf")
    assert title_avisos(first) == []
    assert second["revision"]["estado"] == "revisar"
    assert any("Escuela de Mujeres" in m for m in title_avisos(second))


def test_a_titles_first_line_at_the_page_foot_beside_other_text_is_flagged(tmp_path):
    """As above, with text beside the title's first line that is no municipality label (in Word seed
    24904 a label whose word a cell's edge cut, "MUNICIPALIDA" over "D ARICA"), read after the
    title's line: the title's line, level with the text read right before the ficha, still makes the
    title doubtful."""
    sheet = Sheet(tmp_path / "fichas.pdf")
    ficha_page(sheet, title_size=24, top=50)
    sheet.text(45, 750, "Escuela de Mujeres", 24, BOLD)
    sheet.lines(430, 752, ["Programa anual", "2019-2023"], size=11, font=BOLD, leading=1.2)
    sheet.next_page()
    ficha_page(sheet, title="Catherine Flon", title_size=24, top=50)
    sheet.save()
    _, second = records(tmp_path / "fichas.pdf")
    assert second["revision"]["estado"] == "revisar"
    assert any("Escuela de Mujeres" in m for m in title_avisos(second))


def test_a_title_cut_by_the_page_beside_its_label_is_joined_whatever_its_rests_case(tmp_path):
    """A title's table row broken by the page (Word seed 24904): its first lines at the foot of page 1
    beside the municipality label's cell, whose one long word the cell's edge cut with no hyphen
    ("MUNICIPALIDA" over "D ARICA"; no cell is drawn), the title's rest opening page 2 with a capital
    ("Integración", a name). The label is read whole, and the title is one: the first part is the
    last of its page but for its label, the rest the first of the next, in the title's size."""
    sheet = Sheet(tmp_path / "fichas.pdf")
    ficha_page(sheet, title_size=24, top=50)
    sheet.lines(45, 716, ["Academia Municipal", "Abierta: AMA"], size=24, font=BOLD, leading=1.2)
    sheet.lines(430, 718, ["MUNICIPALIDA", "D ARICA"], size=11, font=BOLD, leading=1.2)
    sheet.next_page()
    top = sheet.text(45, 50, "Integración", 24, BOLD) + 16
    for name, lines in SECTIONS:
        top = sheet.text(45, top, name, 12.5, BOLD) + 5
        top = sheet.lines(45, top, lines, size=11, font=BODY) + 10
    sheet.save()
    _, second = records(tmp_path / "fichas.pdf")
    assert second["titulo"] == "Academia Municipal Abierta: AMA Integración"
    assert second["municipalidad"]["comuna"] == "Arica"
    assert title_avisos(second) == []
