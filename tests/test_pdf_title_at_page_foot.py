"""A ficha's title at a page's foot, its municipality label opening the next page (issue 20, trial 25 r04).

Fichas run on one after another with no page break between them and no keep-with-next (a layout tool's
default): a ficha's title is the last line of a page and its label the first of the next, above the next
ficha's title in the same column. The label is read right after its title and before any of its ficha's
headings: it is that ficha's head, not the head of the ficha whose title stands lower on its page (which
prints its own label). When a ficha's head still holds two labels naming two comunas, the record says so
on `municipalidad` (`lectura_dudosa`): a wrong municipality never passes in silence.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración - DIDECO"),
    ("Grupo prioritario", "Personas migrantes del sector norte."),
    ("Fechas de implementación", "Entre marzo y noviembre de 2022."),
    ("Forma de financiamiento", "Recursos propios municipales."),
    ("Sostenibilidad en el tiempo", "Se repite cada año con la comunidad."),
    ("Breve descripción", "La municipalidad abre un espacio de encuentro para las familias del barrio."),
    ("Elemento innovador/creativo del proyecto o actividad", "Se trabaja con los vecinos del barrio."),
    ("Líneas Sello", "Vinculación comunitaria, ya que reúne a vecinos chilenos y extranjeros."),
]
FICHAS = [
    ("Huertos comunitarios interculturales", "Recoleta"),
    ("Capacitación en oficios", "Quinta Normal"),
    ("Academia municipal abierta", "Arica"),
]
HEADER = "Catálogo de Buenas Prácticas Municipales · Sello Migrante"


@dataclass(frozen=True)
class Dress:
    """How the run-on fichas are set: sizes in points, the label's form, the page's foot."""

    title: float = 16.0
    heading: float = 10.0
    body: float = 9.5
    label: str = "Municipalidad de {}"
    foot: float = 770.0  # where a page's text ends (points from the top)
    header: bool = True  # a running header and a page number on every page


class _Flow:
    """Lines set down the page from the top, a new page (with the running header) when one would pass
    the page's foot."""

    def __init__(self, sheet: Sheet, dress: Dress):
        self.sheet, self.dress, self.page, self.top = sheet, dress, 0, 0.0
        self._new_page()

    def _new_page(self) -> None:
        if self.page:
            self.sheet.next_page()
        self.page += 1
        if self.dress.header:
            self.sheet.text(50, 30, HEADER, 7.5)
            self.sheet.line(50, 40, 545, 40, width=0.5)
            self.sheet.text(520, 810, f"Página {self.page}", 7.5)
        self.top = 60.0

    def line(self, text: str, size: float, font: str = BODY, before: float = 0.0) -> None:
        if self.top + before + size > self.dress.foot:
            self._new_page()
        elif self.top > 60.0:
            self.top += before
        self.top = self.sheet.text(50, self.top, text, size, font) + 0.35 * size

    def to_foot(self, size: float) -> None:
        """Skip down so that the next line of `size` is the last one the page holds."""
        self.top = self.dress.foot - size - 1.0


def run_on(path, dress: Dress) -> None:
    """Three fichas run on: the first fills page 1 but for its last line, where the second's title
    stands; the second's label opens page 2 and its sections follow; the third's title and label
    stand lower on page 2, its sections running on to page 3."""
    sheet = Sheet(path)
    flow = _Flow(sheet, dress)
    for n, (title, comuna) in enumerate(FICHAS):
        if n == 1:
            flow.to_foot(dress.title)
        flow.line(title, dress.title, BOLD, before=0.0 if n == 1 else 1.2 * dress.title)
        flow.line(dress.label.format(comuna), dress.heading, BOLD)
        for heading, text in SECTIONS:
            flow.line(heading, dress.heading, BOLD, before=0.8 * dress.heading)
            flow.line(text, dress.body)
            if n == 2 and heading == "Breve descripción":
                for _ in range(30):  # the last ficha runs on to page 3
                    flow.line("Se destaca el trabajo conjunto con las juntas de vecinos del sector", dress.body)
                flow.line("norte de la comuna.", dress.body)
    sheet.save()


@pytest.mark.parametrize(
    "dress",
    [
        Dress(),
        Dress(title=20.0, heading=12.0, body=11.0, label="MUNICIPALIDAD {}"),
        Dress(title=14.0, heading=9.0, body=8.5, label="Ilustre Municipalidad de {}", header=False),
    ],
    ids=["reportlab-like", "large-capital-label", "small-no-header"],
)
def test_a_label_opening_the_page_after_its_title_is_that_fichas(tmp_path, dress):
    path = tmp_path / "fichas.pdf"
    run_on(path, dress)
    got = records(path)
    assert [r["titulo"] for r in got] == [t for t, _ in FICHAS]
    assert [r["municipalidad"]["comuna"] if r["municipalidad"] else None for r in got] == [c for _, c in FICHAS]
    assert [r["id"].split("--")[0] for r in got] == ["recoleta", "quinta-normal", "arica"]
    for r in got:
        assert not [a for a in r["revision"]["avisos"] if a["campo"].startswith("municipalidad")]
        assert not [a for a in r["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]
        assert not [a for a in r["revision"]["avisos"] if a["codigo"] == "titulo_dudoso"]  # left at a page's foot


@pytest.mark.parametrize("second", ["Municipalidad de Arica", "MUNICIPALIDAD DE PUENTE ALTO"])
def test_a_head_holding_two_labels_is_flagged_on_the_municipality(tmp_path, second):
    """Whichever label a ficha takes, another label naming another comuna in its head is flagged on
    `municipalidad`, not only quoted as loose text."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(50, 40, "Municipalidad de Quinta Normal", 10, BOLD)  # a band above the title
    sheet.text(50, 70, "Huertos comunitarios interculturales", 18, BOLD)
    sheet.text(50, 100, second, 10, BOLD)
    top = 130.0
    for heading, text in SECTIONS:
        top = sheet.text(50, top, heading, 11, BOLD) + 6
        top = sheet.text(50, top, text, 10) + 14
    sheet.save()
    (got,) = records(path)
    doubts = [a for a in got["revision"]["avisos"] if a["campo"] == "municipalidad"]
    assert [a["codigo"] for a in doubts] == ["lectura_dudosa"]
    assert second in doubts[0]["mensaje"]


def test_one_label_repeated_in_the_head_is_no_doubt(tmp_path):
    """The same municipality printed twice in the head (a band and a line under the title) is no
    second claimant."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    sheet.text(50, 40, "Municipalidad de Quinta Normal", 10, BOLD)
    sheet.text(50, 70, "Huertos comunitarios interculturales", 18, BOLD)
    sheet.text(50, 100, "MUNICIPALIDAD QUINTA NORMAL", 10, BOLD)
    top = 130.0
    for heading, text in SECTIONS:
        top = sheet.text(50, top, heading, 11, BOLD) + 6
        top = sheet.text(50, top, text, 10) + 14
    sheet.save()
    (got,) = records(path)
    assert got["municipalidad"]["comuna"] == "Quinta Normal"
    assert not [a for a in got["revision"]["avisos"] if a["campo"] == "municipalidad"]
