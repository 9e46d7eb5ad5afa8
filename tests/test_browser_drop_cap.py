"""A paragraph opening with a drop cap (CSS `::first-letter` floated three lines tall), its first
line in small capitals (`::first-line`): the large letter is the first letter of the first word of
the line it stands beside at its top, and the line's small capitals read in lower case, its
capitals of the text's size as capitals (`readers/pdf/drop_caps.py`). Read apart, the letter was
a block of its own and the small-capital line "printed over" the lines beside it (trial 28
ed22-dropcap: descripcion and elemento_innovador lost their first line). A letter that may be a
word of its own ("A" before "la") is joined too, with an aviso on its field. The design is this
test's own: another face, size and letter size than the trial's.
"""

from __future__ import annotations

import pytest

from .records import records


def printed_record(folder, html: str) -> dict:
    """The one record of `html` printed to PDF by Chromium in `folder`."""
    from .designs.browser import print_pdf

    (folder / "ficha.html").write_text(html, encoding="utf-8")
    print_pdf(folder / "ficha.html", folder / "ficha.pdf")
    (got,) = records(folder / "ficha.pdf")
    return got


DESCRIPTION = (
    "Desde el año 2021, la Oficina de Migración y la OMIL de la comuna ofrecen talleres de oficios a "
    "vecinas y vecinos migrantes, con cuidado infantil durante las sesiones y materiales gratuitos para "
    "cada participante inscrita en el programa."
)
SECOND = "Los talleres se dictan los sábados en la sede vecinal."
INNOVATION = (
    "A la formación en oficios se suma un acompañamiento personal para cada participante durante seis "
    "meses, con visitas de seguimiento y una red de apoyo entre las propias egresadas de cada taller."
)


def page() -> str:
    return f"""<!doctype html><html lang="es"><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 20mm }}
    body {{ font-family: 'DejaVu Serif'; font-size: 10pt; line-height: 1.45 }}
    h1 {{ font-size: 18pt; margin: 0 0 8pt }} h2 {{ font-size: 11pt; margin: 10pt 0 3pt }}
    p {{ margin: 0 0 4pt; text-align: justify }}
    p.dc::first-letter {{ float: left; font-size: 42pt; line-height: 0.8; padding: 3px 5px 0 0; color: #2a6f97;
      font-weight: bold }}
    p.dc::first-line {{ font-variant: small-caps; letter-spacing: 0.4px }}
    </style></head><body>
    <p>Municipalidad de Quinta Normal</p><h1>Talleres de oficios para mujeres migrantes</h1>
    <h2>Departamento/Oficinas municipales que participan</h2><p>Oficina de Migración, OMIL</p>
    <h2>Grupo prioritario</h2><p>Mujeres migrantes</p>
    <h2>Categoría</h2><p>☒ Capacitaciones</p><p>☐ Sociolaboral</p>
    <h2>Breve descripción</h2><p class="dc">{DESCRIPTION}</p><p>{SECOND}</p>
    <h2>Elemento innovador/creativo del proyecto o actividad</h2><p class="dc">{INNOVATION}</p>
    </body></html>"""


@pytest.mark.browser
def test_a_drop_cap_opens_the_first_word_of_its_paragraph(tmp_path, chromium):
    got = printed_record(tmp_path, page())
    assert got["descripcion"] == f"{DESCRIPTION}\n\n{SECOND}"
    # "A" + "la" reads "Ala": nothing printed tells a word of one letter from a word's first letter
    assert got["elemento_innovador"] == "Ala" + INNOVATION.removeprefix("A la")
    avisos = got["revision"]["avisos"]
    assert not [a for a in avisos if "impreso sobre" in a["mensaje"]]
    (doubt,) = [a for a in avisos if "letra capital" in a["mensaje"]]
    assert doubt["campo"] == "elemento_innovador" and doubt["codigo"] == "lectura_dudosa"
    assert "«A»" in doubt["mensaje"] and "«Ala»" in doubt["mensaje"]
    assert not [a for a in avisos if a["campo"] == "descripcion"]


NARROW = (
    "Se destaca el trabajo realizado acompañando a cada participante en todo su proceso de formación y "
    "orientando a las egresadas para que puedan emprender con sus propios talleres en la comuna."
)


def narrow_page() -> str:
    """The innovation element in a narrow column (a value cell beside its label), justified: the
    small-capital first line beside the letter, too short for its next long word, is stretched
    to the column's edge, its spaces wider than a gutter between columns would be."""
    return f"""<!doctype html><html lang="es"><head><meta charset="utf-8"><style>
    @page {{ size: Letter; margin: 18mm }}
    body {{ font-family: 'DejaVu Sans'; font-size: 9pt; line-height: 1.2 }}
    h1 {{ font-size: 18pt; margin: 0 0 8pt }} h2 {{ font-size: 11pt; margin: 10pt 0 3pt }}
    p {{ margin: 0 0 4pt; text-align: justify }}
    .cell {{ width: 190pt; margin-left: 200pt }}
    p.dc::first-letter {{ float: left; font-size: 38pt; line-height: 0.8; padding: 3px 5px 0 0; font-weight: bold }}
    p.dc::first-line {{ font-variant: small-caps; letter-spacing: 0.3px }}
    </style></head><body>
    <p>Municipalidad de Quinta Normal</p><h1>Talleres de oficios para mujeres migrantes</h1>
    <h2>Departamento/Oficinas municipales que participan</h2><p>Oficina de Migración, OMIL</p>
    <h2>Grupo prioritario</h2><p>Mujeres migrantes</p>
    <h2>Categoría</h2><p>☒ Capacitaciones</p><p>☐ Sociolaboral</p>
    <h2>Breve descripción</h2><p>{SECOND}</p>
    <h2>Elemento innovador/creativo del proyecto o actividad</h2><div class="cell"><p class="dc">{NARROW}</p></div>
    </body></html>"""


@pytest.mark.browser
def test_a_stretched_small_capital_line_beside_a_drop_cap_reads_in_lower_case_whole(tmp_path, chromium):
    """Its spaces, all of one width, are a justified line's, not a gutter ending it after its first
    word (browser harness seed 47727: "Se DESTACA EL TRABAJO REALIZADO" in an ok record)."""
    got = printed_record(tmp_path, narrow_page())
    assert got["elemento_innovador"] == NARROW


# a narrow justified column: the first line's small capitals, narrower than the text, leave its
# spaces stretched wider than `word_gap` of the text's size; "OMIL" is printed at the text's size
JUSTIFIED = (
    "La red OMIL Migrante orienta responsablemente a trabajadoras extranjeras recién llegadas sobre "
    "documentación, contratos y derechos laborales vigentes."
)


def justified_page() -> str:
    """A description in a narrow justified column opening with a drop cap, its first line in small capitals."""
    return f"""<!doctype html><html lang="es"><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 20mm }}
    body {{ font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.35 }}
    h1 {{ font-size: 18pt; margin: 0 0 8pt }} h2 {{ font-size: 11pt; margin: 10pt 0 3pt }}
    p {{ margin: 0 0 4pt }} .narrow {{ width: 210pt }} .narrow p {{ text-align: justify }}
    p.dc::first-letter {{ float: left; font-size: 40pt; line-height: 0.85; padding: 2px 4px 0 0; font-weight: bold }}
    p.dc::first-line {{ font-variant: small-caps; letter-spacing: 0.3px }}
    </style></head><body>
    <p>Municipalidad de Quinta Normal</p><h1>Orientación laboral para trabajadoras migrantes</h1>
    <h2>Departamento/Oficinas municipales que participan</h2><p>OMIL</p>
    <h2>Grupo prioritario</h2><p>Mujeres migrantes</p>
    <h2>Categoría</h2><p>☒ Sociolaboral</p><p>☐ Capacitaciones</p>
    <h2>Breve descripción</h2><div class="narrow"><p class="dc">{JUSTIFIED}</p></div>
    </body></html>"""


@pytest.mark.browser
def test_a_justified_small_capital_first_line_is_read_whole_beside_its_drop_cap(tmp_path, chromium):
    """Its stretched spaces, wider than a column gap, stand within the width the paragraph's other
    lines beside the letter reach: the line is the paragraph's own, all its small capitals in lower
    case (browser seed 47342: "El PROGRAMA AMA INTEGRACIÓN BUSCA desarrollar" in an ok record)."""
    got = printed_record(tmp_path, justified_page())
    assert got["descripcion"] == JUSTIFIED
