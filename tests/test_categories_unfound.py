"""A ficha whose category list was not found at all says so on `categoria_otra` too: with no box
read, nothing tells whether "Otra" is marked nor what its write-in says, so a null
`categoria_otra` carries `lectura_dudosa` beside `seccion_faltante` on `categorias` (Word harness
seed 26361: the list lost in the LibreOffice PDF, `categoria_otra` null with no aviso of its own).
A ficha whose list was read, "Otra" unmarked, says nothing on `categoria_otra`.
"""

from __future__ import annotations

from .pdf_canvas import BOLD, Sheet
from .records import records

SECTIONS = [("Grupo prioritario", "Personas migrantes."), ("Breve descripción", "Talleres en los barrios.")]


def test_no_category_list_leaves_categoria_otra_in_doubt(tmp_path):
    sheet = Sheet(tmp_path / "ficha.pdf")
    sheet.ficha_head([("Departamento/Oficinas municipales que participan", "DIDECO"), *SECTIONS])
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    said = {(a["campo"], a["codigo"]) for a in got["revision"]["avisos"]}
    assert got["categoria_otra"] is None
    assert ("categorias", "seccion_faltante") in said
    assert ("categoria_otra", "lectura_dudosa") in said


def test_a_read_list_with_otra_unmarked_says_nothing_of_it(tmp_path):
    sheet = Sheet(tmp_path / "ficha.pdf")
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 8
    sheet.ballot_list(45, top, ["Sociolaboral", "Acogida/atención", "Emprendimiento", "NNA", "Otra:"], [0, 3], 16)
    sheet.save()
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["categorias"] == ["sociolaboral", "nna"]
    assert "categoria_otra" not in {a["campo"] for a in got["revision"]["avisos"]}
