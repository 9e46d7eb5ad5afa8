"""Running headers are lines repeated at one place on the pages: body text that flows through
the margin band keeps every word, and a ficha's label at the same spot on each page stays."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.layout import TextBlock
from extractor.readers import read

HEIGHT = A4[1]


def _lines(path) -> list[list[str]]:
    return [item.raw_lines for item in read(path).items if isinstance(item, TextBlock)]


def _words_apart(c: canvas.Canvas, words: list[str], top: float, x0: float = 60, gap: float = 16) -> None:
    """One line of words set apart by justification gaps (1.6 em at 10 pt), no space characters."""
    c.setFont("Helvetica", 10)
    x = x0
    for word in words:
        c.drawString(x, HEIGHT - top - 8, word)
        x += c.stringWidth(word, "Helvetica", 10) + gap


def test_a_short_word_of_justified_text_in_the_margin_band_is_no_running_header(tmp_path):
    """ "en" stands alone between wide gaps in the top band of both pages, on another line each
    time: it is body text, while the line at one place on every page is a running header."""
    path = tmp_path / "justified.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    lines_per_page = [
        [["la", "diversidad", "cultural", "presente"], ["en", "la", "comuna", "de", "siempre."]],
        [["una", "orientación", "específica", "en", "materias"], ["de", "salud", "y", "trabajo."]],
    ]
    for lines in lines_per_page:
        c.setFont("Helvetica", 8)
        c.drawString(60, HEIGHT - 20 - 7, "Boletín comunal de buenas prácticas")
        for n, words in enumerate(lines):
            _words_apart(c, words, top=40 + 12 * n + (12 if lines is lines_per_page[1] else 0))
        c.showPage()
    c.save()
    words = [w for block in _lines(path) for line in block for w in line.split()]
    assert words.count("en") == 2
    assert "Boletín" not in words


def test_a_bare_municipality_prefix_at_one_place_on_every_page_is_kept(tmp_path):
    path = tmp_path / "labels.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for name in ("RECOLETA", "QUINTA NORMAL"):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(420, HEIGHT - 40, "MUNICIPALIDAD")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(420, HEIGHT - 56, name)
        c.setFont("Helvetica", 10)
        c.drawString(60, HEIGHT - 300, f"Texto del cuerpo de la página de {name.title()}.")
        c.showPage()
    c.save()
    lines = [line for block in _lines(path) for line in block]
    assert lines.count("MUNICIPALIDAD") == 2


def test_the_first_line_of_a_wrapped_heading_at_one_place_on_every_page_is_kept(tmp_path):
    """Two fichas of one design, a page break in the same row of each: "5) FORMA DE" (a template
    heading's first line, its number aside) opens both pages at one place. It is content, like a
    whole heading there; the running header over it goes."""
    path = tmp_path / "wrapped.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for value in ("Recursos propios.", "Aporte de ACNUR."):
        c.setFont("Helvetica", 8)
        c.drawString(60, HEIGHT - 20 - 7, "Boletín comunal de buenas prácticas")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, HEIGHT - 48 - 8, "5) FORMA DE")
        c.drawString(60, HEIGHT - 61 - 8, "FINANCIAMIENTO")
        c.setFont("Helvetica", 10)
        c.drawString(220, HEIGHT - 48 - 8, value)
        c.drawString(60, HEIGHT - 400, "Texto del cuerpo de la página.")
        c.showPage()
    c.save()
    lines = [line for block in _lines(path) for line in block]
    assert sum(line.startswith("5) FORMA DE") for line in lines) == 2
    assert "Boletín comunal de buenas prácticas" not in lines


def test_a_year_inside_a_justified_line_in_the_margin_band_is_kept_while_page_numbers_go(tmp_path):
    """ "2019" stands alone between a justified line's wide gaps in the top band, words on both
    sides: it is the line's, not a page number; the lone numbers at the pages' foot go."""
    path = tmp_path / "year.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for page, lines in enumerate(
        [[["El", "año", "2019", "se", "crea"], ["formalmente", "la", "cooperativa."]], [["Se", "adjudican", "el"]]],
        start=1,
    ):
        for n, words in enumerate(lines):
            _words_apart(c, words, top=40 + 12 * n)
        c.setFont("Helvetica", 10)
        c.drawString(60, HEIGHT - 300, "Texto del cuerpo de la página.")
        c.drawString(290, 30, str(page))
        c.showPage()
    c.save()
    lines = [line for block in _lines(path) for line in block]
    assert "El año 2019 se crea" in lines
    assert "1" not in lines and "2" not in lines


def test_a_headings_first_word_alone_at_one_place_on_every_page_is_kept(tmp_path):
    """Fichas set alike put a wrapped heading at the top of each one's second page: its first word
    alone on its line ("ELEMENTO" over "INNOVADOR/CREATIVO DEL", issue 20, browser seed 5157), at
    one place on every page. With the line under it, it opens a template heading: content, kept,
    while the line repeated at one place with no heading under it is a running header."""
    words = _heading_lines_under_a_header(
        tmp_path / "headings.pdf", ["ELEMENTO", "INNOVADOR/CREATIVO DEL", "PROYECTO O ACTIVIDAD:"], "Helvetica-Bold"
    )
    assert words.count("ELEMENTO") == 3
    assert "Boletín" not in words


def _heading_lines_under_a_header(path, lines: list[str], font: str) -> list[str]:
    """Three pages alike: a running header, then `lines` (a heading's pieces, in `font` at 10 pt)
    one under the other at the same place on each, a value beside the first; the words read."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(3):
        c.setFont("Helvetica", 8)
        c.drawString(60, HEIGHT - 20 - 7, "Boletín comunal de buenas prácticas")
        c.setFont(font, 10)
        for k, line in enumerate(lines):
            c.drawString(60, HEIGHT - 48 - 12 * k, line)
        c.setFont("Helvetica", 10)
        c.drawString(200, HEIGHT - 48, f"Se destaca la coordinación número {n + 1} entre oficinas.")
        c.showPage()
    c.save()
    return [w for block in _lines(path) for line in block for w in line.split()]


def test_a_headings_last_word_alone_under_its_rest_at_one_place_on_every_page_is_kept(tmp_path):
    """Fichas set alike break one heading at the page's foot in the same row of each: its rest
    opens the next pages at one place, wrapped again, its last word alone on its line ("del
    proyecto o" over "actividad", issue 20, browser seed 6525). With the line above it, it is a
    piece of a template heading: content, kept (else the heading's rest no longer matches and
    its value's end goes to the next row), while the running header over it goes."""
    words = _heading_lines_under_a_header(tmp_path / "rest.pdf", ["del proyecto o", "actividad"], "Helvetica")
    assert words.count("actividad") == 3
    assert "Boletín" not in words


def test_a_labelled_page_number_goes_even_on_a_documents_only_page(tmp_path):
    """ "Página 1" (or "Pág. 1 de 1") alone in the bottom band of a one-page document repeats
    nowhere, yet it is a page number by its words (vocabulary `page_number_words`): it goes, while
    a line of the band that holds other words with its number stays."""
    for footer in ("Página 1", "Pág. 1 de 1"):
        path = tmp_path / "one.pdf"
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setFont("Helvetica", 10)
        c.drawString(60, HEIGHT - 300, "Texto del cuerpo de la página.")
        c.drawString(60, 40, "Se crea en 2019.")
        c.drawString(480, 24, footer)
        c.showPage()
        c.save()
        lines = [line for block in _lines(path) for line in block]
        assert footer not in lines and "Se crea en 2019." in lines, lines


def test_a_function_word_set_apart_at_one_place_on_two_pages_is_no_running_header(tmp_path):
    """ "de" stands alone between a justified line's wide gaps in the top band, at the same place on
    both pages by chance (the words around it differ): a piece of function words alone names
    nothing, so it is body text, never a running header."""
    path = tmp_path / "justified.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for before, after in ((["y", "40%"], ["personas", "chilenas."]), (["Oficina"], ["Migración", "local."])):
        c.setFont("Helvetica", 10)
        c.drawString(60, HEIGHT - 300, "Texto del cuerpo de la página.")
        right = 200 - 18
        for word in reversed(before):
            right -= c.stringWidth(word, "Helvetica", 10)
            c.drawString(right, HEIGHT - 40 - 8, word)
            right -= 18
        c.drawString(200, HEIGHT - 40 - 8, "de")
        _words_apart(c, after, top=40, x0=200 + c.stringWidth("de", "Helvetica", 10) + 18, gap=18)
        c.showPage()
    c.save()
    words = [w for block in _lines(path) for line in block for w in line.split()]
    assert words.count("de") == 2 + 2, words  # and "del cuerpo de la página" twice


def test_a_sello_line_s_name_opening_two_pages_at_one_place_is_no_running_header(tmp_path):
    """A Sello table's row going on at the top of the next page, on the pages of two fichas set
    alike: its name's wrapped words ("Vinculación" over "comunitaria") stand at one place on both
    pages (browser harness seed 10559 lost the line silently). The fichas list that name: it is
    content, never a running header; the line at one place on every page still is one."""
    path = tmp_path / "rows.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for justification in ("se promueve la asociatividad.", "el Festival se convierte en un evento."):
        c.setFont("Helvetica", 8)
        c.drawString(60, HEIGHT - 20 - 7, "Boletín comunal de buenas prácticas")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, HEIGHT - 50 - 7, "Vinculación")
        c.drawString(60, HEIGHT - 61 - 7, "comunitaria")
        c.setFont("Helvetica", 9)
        c.drawString(160, HEIGHT - 50 - 7, justification)
        c.setFont("Helvetica", 10)
        c.drawString(60, HEIGHT - 300, "Texto del cuerpo de la página.")
        c.showPage()
    c.save()
    words = [w for block in _lines(path) for line in block for w in line.split()]
    assert words.count("Vinculación") == 2 and words.count("comunitaria") == 2, words
    assert "Boletín" not in words


def test_a_number_ending_a_justified_line_at_the_page_s_foot_is_the_text_s(tmp_path):
    """A justified line at the page's foot ends with "2022:" (or "2022" alone), set apart at the
    right edge, words only on its left (browser seed 10754 lost "2022:" silently): a number
    ending with a colon or comma, or of four digits, is no page number; the page's own number goes."""
    path = tmp_path / "foot.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    pages = ((["Febrero", "a", "diciembre"], "2022:", 500), (["el", "año"], "2023", 460))  # each at its own place
    for page, (words, last, x) in enumerate(pages, start=1):
        c.setFont("Helvetica", 10)
        c.drawString(60, HEIGHT - 300, "Texto del cuerpo de la página.")
        _words_apart(c, words, top=HEIGHT - 50)
        c.drawString(x, 50 - 8, last)
        c.drawString(290, 20, str(page))
        c.showPage()
    c.save()
    words = [w for block in _lines(path) for line in block for w in line.split()]
    assert "2022:" in words and "2023" in words, words
    assert "1" not in words and "2" not in words


def test_a_number_ending_a_justified_line_in_the_band_is_the_text_s_while_page_numbers_go(tmp_path):
    """ "salarios de   300" at a column's foot in the bottom band, the number the line's last word
    after a justified gap of 3.5 ems (browser seed 10722 lost "300" silently): it ends a line of
    text; the page numbers, apart from any text, go, and so does one beside a running footer."""
    path = tmp_path / "foot.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for page, words in enumerate((["salarios", "de"], ["con", "unas"]), start=1):
        c.setFont("Helvetica", 10)
        c.drawString(60, HEIGHT - 300, "Texto del cuerpo de la página.")
        _words_apart(c, words, top=HEIGHT - 60, gap=20)
        right = 60 + sum(c.stringWidth(w, "Helvetica", 10) + 20 for w in words) - 20
        c.drawString(right + 35, 60 - 8, "300" if page == 1 else "120")
        c.setFont("Helvetica", 8)
        c.drawString(300, 20, "Boletín comunal")
        c.drawString(370, 20, str(page))
        c.showPage()
    c.save()
    words = [w for block in _lines(path) for line in block for w in line.split()]
    assert "300" in words and "120" in words, words
    assert "1" not in words and "2" not in words and "Boletín" not in words


def test_a_comuna_name_under_a_bare_prefix_on_two_fichas_pages_is_kept(tmp_path):
    """Two fichas of one municipality, each opening a page with its label on two lines
    ("Municipalidad" over "SAN JOAQUÍN", then the title): the name under the bare prefix, at one
    place on both pages, is the label's, not a running header (browser seed 11257 lost it, and
    with it both fichas: no title was found under a bare prefix)."""
    path = tmp_path / "names.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for title in ("Escuela de Mujeres", "Festival Multicultural"):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, HEIGHT - 40, "Municipalidad")
        c.drawString(60, HEIGHT - 53, "SAN JOAQUÍN")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(60, HEIGHT - 76, title)
        c.setFont("Helvetica", 10)
        c.drawString(60, HEIGHT - 300, f"Texto del cuerpo de la ficha {title}.")
        c.showPage()
    c.save()
    lines = [line for block in _lines(path) for line in block]
    assert lines.count("SAN JOAQUÍN") == 2
