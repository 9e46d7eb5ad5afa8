"""Two fichas side by side in one Word table (trial 28 ed16: a «cuadro comparativo»): the labels down
the first column, one column per practice, the first row naming each column's municipality
("Municipalidad | San Joaquín | Arica"). Each value column is a ficha of its own: one record per
column, each field from its column alone, never the columns' texts joined.

A document heading over the table ("Comparación de buenas prácticas") is no ficha's name: the
labelled row "Nombre de la práctica" names it, and the heading it passed over is quoted in
`titulo_dudoso`.
"""

from __future__ import annotations

from .docx_builders import HEADINGS, DocBuilder
from .records import records

FICHAS = [
    {
        "Municipalidad": "San Joaquín",
        "Nombre de la práctica": "Escuela de oficios para mujeres",
        "oficinas": "DIDECO",
        "grupo_prioritario": "Mujeres jefas de hogar.",
        "descripcion": "La municipalidad abre una escuela de oficios.",
        "elemento_innovador": "Se trabaja con las vecinas del barrio.",
    },
    {
        "Municipalidad": "Arica",
        "Nombre de la práctica": "Academia municipal abierta",
        "oficinas": "OMIL",
        "grupo_prioritario": "Jóvenes migrantes.",
        "descripcion": "Talleres abiertos de idioma y oficios.",
        "elemento_innovador": "Las clases se dan en las juntas de vecinos.",
    },
]


def _comparison(tmp_path, heading: str | None = None):
    b = DocBuilder()
    if heading:
        b.title(heading)
    keys = list(FICHAS[0])
    table = b.doc.add_table(rows=len(keys), cols=1 + len(FICHAS))
    for r, key in enumerate(keys):
        table.cell(r, 0).paragraphs[0].add_run(HEADINGS.get(key, key)).bold = True
        for c, ficha in enumerate(FICHAS, start=1):
            table.cell(r, c).paragraphs[0].text = ficha[key]
    return records(b.save(tmp_path, "comparacion.docx"))


def test_each_value_column_is_a_ficha_of_its_own(tmp_path):
    found = _comparison(tmp_path)
    assert [r["municipalidad"]["comuna"] for r in found] == ["San Joaquín", "Arica"]
    for record, ficha in zip(found, FICHAS, strict=True):
        assert record["titulo"] == ficha["Nombre de la práctica"]
        assert record["grupo_prioritario"] == ficha["grupo_prioritario"]
        assert record["descripcion"] == ficha["descripcion"]
        assert record["elemento_innovador"] == ficha["elemento_innovador"]


def test_a_heading_over_the_table_is_no_fichas_name_and_is_quoted(tmp_path):
    heading = "Comparación de buenas prácticas seleccionadas"
    first, second = _comparison(tmp_path, heading)
    assert first["titulo"] == FICHAS[0]["Nombre de la práctica"]
    doubts = [a["mensaje"] for a in first["revision"]["avisos"] if a["campo"] == "titulo"]
    assert any(heading in d for d in doubts)
    assert first["revision"]["estado"] == "revisar"
    assert second["titulo"] == FICHAS[1]["Nombre de la práctica"]
