"""A printed month table's rows titled by the part of the year they hold (issue 20; a new user's
trial 26, x23: "1er semestre" in a shaded cell spanning the rows of Enero-Junio, "2do semestre"
beside Julio-Diciembre). The titles name the display's rows (vocabulary `month_display_captions`),
standing left of it level with its rows: the display's own words (`dates.display_captions`,
`dates.row_titles`), neither the dates' text nor text no field took.
"""

from __future__ import annotations

import pytest

from .docx_builders import MONTHS
from .records import records_by_engine

ACTIVE = [3, 4, 5, 9, 10, 11]
DATES = "Se realizan dos ciclos al año, de tres meses cada uno."


def semester_html(first: str, second: str, mark: str, shaded: bool) -> str:
    def half(start: int, title: str) -> str:
        names = "".join(f"<th>{MONTHS[i]}</th>" for i in range(start, start + 6))
        marks = "".join(f"<td>{mark if i + 1 in ACTIVE else ''}</td>" for i in range(start, start + 6))
        return f'<tr><th rowspan="2" class="s">{title}</th>{names}</tr><tr>{marks}</tr>'

    return f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 16mm }} body {{ font-family: 'DejaVu Serif'; font-size: 10.5pt }}
h2 {{ font: bold 10pt 'DejaVu Sans'; margin: 10px 0 3px }} p {{ margin: 0 0 5px }}
.m2 {{ border-collapse: collapse }} .m2 th, .m2 td {{ border: 1px solid #999; padding: 1px 4px;
  font: 8pt 'DejaVu Sans'; text-align: center }} .m2 td {{ font-size: 12pt }}
.m2 .s {{ {"background: #eee" if shaded else ""} }}
</style></head><body>
<div>Municipalidad de Recoleta</div><h1>Escuela de Mujeres</h1>
<h2>Departamento/Oficinas municipales que participan</h2><p>Oficina de la Mujer</p>
<h2>Grupo prioritario</h2><p>Mujeres migrantes.</p>
<h2>Fechas de implementación</h2><p>{DATES}</p>
<table class="m2">{half(0, first)}{half(6, second)}</table>
<h2>Forma de financiamiento</h2><p>Recursos propios municipales.</p>
<h2>Breve descripción</h2><p>La escuela enseña oficios a mujeres migrantes.</p>
</body></html>"""


@pytest.mark.browser
@pytest.mark.parametrize(
    ("first", "second", "mark", "shaded"),
    [
        ("1er semestre", "2do semestre", "•", True),
        ("Primer semestre", "Segundo semestre", "✓", False),
        ("Semestre 1", "Semestre 2", "X", True),
    ],
    ids=["ordinal-bullet", "words-tick", "numbered-x"],
)
def test_a_grids_row_titles_are_its_own_words(tmp_path, chromium, first, second, mark, shaded):
    from .designs.browser import print_pdf

    page = tmp_path / "ficha.html"
    page.write_text(semester_html(first, second, mark, shaded), encoding="utf-8")
    print_pdf(page, tmp_path / "ficha.pdf")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": DATES}
        assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("fechas")]
