"""A kicker over a ficha's title ("FICHA 2", "Buena práctica N° 3") is the title's ficha's numbering,
not text of the ficha before (issue 20; a new user's trial of 2026-12-07, h07: fichas flowing one
after another, each title under a small "FICHA N"; the kicker was read at the end of the ficha
before, an aviso texto_sin_ubicar on its Líneas Sello, and a record right in every field was
`revisar`). The kicker goes with the title below it, also when it is left at the foot of a page
and its title opens the next (`fichas._kicker_of`); it is no field's text, so no aviso is owed.
Text that is no ficha's number stays where it was read, and stays quoted.
"""

from __future__ import annotations

import pytest

from .docx_builders import DocBuilder, write_ficha
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

FICHAS = [
    ("Academia Municipal Abierta", "Municipalidad de Arica"),
    ("Capacitación en Oficios", "Municipalidad de Quinta Normal"),
]
SECTIONS = [
    ("Grupo prioritario", "Personas migrantes y refugiadas."),
    ("Forma de financiamiento", "Recursos propios de la municipalidad."),
    ("Breve descripción", "La academia ofrece cursos de oficio a personas migrantes de la comuna."),
    ("Líneas Sello", "Fortalecimiento institucional, ya que la municipalidad capacita a su equipo."),
]


def fichas(path, kicker: str, size: float, break_after_kicker: bool) -> None:
    """Two fichas down one page (or two: `break_after_kicker` leaves ficha 2's kicker at the foot of
    page 1 and opens page 2 with its title), each title under its kicker `kicker` % n."""
    sheet = Sheet(path)
    top = 40.0
    for n, (title, label) in enumerate(FICHAS, start=1):
        top = sheet.text(45, top, kicker % n, size, BOLD) + 3
        if n == 2 and break_after_kicker:
            sheet.next_page()
            top = 50.0
        top = sheet.text(45, top, title, 18, BOLD) + 6
        top = sheet.text(45, top, label, 10, BODY) + 14
        top = sheet.sections(top, SECTIONS) + 10
        if n == 1 and break_after_kicker:
            top = 800.0  # the next kicker at the page's foot
    sheet.save()


def unplaced(record: dict) -> list[str]:
    return [a["mensaje"] for a in record["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


@pytest.mark.parametrize("kicker, size", [("FICHA %d", 8.0), ("Buena práctica N° %d", 9.0), ("EXPERIENCIA 0%d", 7.0)])
@pytest.mark.parametrize("break_after_kicker", [False, True])
def test_a_kicker_over_the_title_is_its_fichas(tmp_path, kicker, size, break_after_kicker):
    fichas(tmp_path / "fichas.pdf", kicker, size, break_after_kicker)
    got = records(tmp_path / "fichas.pdf")
    assert [r["titulo"] for r in got] == [title for title, _ in FICHAS]
    assert all(unplaced(r) == [] for r in got), [r["revision"] for r in got]
    assert got[0]["lineas_sello"][-1]["justificacion"].endswith("capacita a su equipo.")


def test_text_over_a_title_that_numbers_no_ficha_stays_quoted(tmp_path):
    """A line over the title that is not a ficha's number ("Nota del equipo") is no kicker: it ends
    the ficha before, quoted there as before."""
    fichas(tmp_path / "fichas.pdf", "Nota del equipo %d", 8.0, False)
    got = records(tmp_path / "fichas.pdf")
    assert "Nota del equipo 2" in str(got[0]["revision"]) + str(got[0]["lineas_sello"])


def test_a_kicker_paragraph_over_a_word_title(tmp_path):
    """Word: the kicker paragraph right before the second ficha's title paragraph."""
    b = DocBuilder()
    for n, (title, label) in enumerate(FICHAS, start=1):
        b.doc.add_paragraph(f"FICHA {n}")
        write_ficha(tmp_path, title=title, municipality=label, builder=b)
    got = records(tmp_path / "ficha.docx")
    assert [r["titulo"] for r in got] == [title for title, _ in FICHAS]
    assert all(unplaced(r) == [] for r in got), [r["revision"] for r in got]
