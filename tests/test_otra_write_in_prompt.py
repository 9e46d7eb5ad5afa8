"""A paper form's prompt after "Otra" (issue 20; a new user's trial 26, x14: "Otra (especifique):
Regularización migratoria"). The prompt ("(especifique)", "(indique)", "especificar": vocabulary
`write_in_prompts`) is the form's own wording: no words left over on the box's label, so no aviso;
the write-in is `categoria_otra`. Other words after "Otra" are still quoted.
"""

from __future__ import annotations

import pytest

from .docx_builders import CATEGORY_NAMES
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

WRITE_IN = "Regularización migratoria"


def form_ficha(path, otra: str) -> None:
    sheet = Sheet(path)
    sheet.text(45, 50, "Recepción y acogida de la comunidad afgana", 20, BOLD)
    sheet.text(45, 80, "Municipalidad de Puente Alto", 11, BODY)
    top = sheet.sections(110, [("Departamento/Oficinas municipales que participan", "Oficina de Migración")])
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 6
    labels = [*CATEGORY_NAMES[:-1], f"{otra}: {WRITE_IN}"]
    top = sheet.ballot_list(45, top, labels, [1, len(labels) - 1], 16) + 10
    sheet.sections(
        top,
        [("Grupo prioritario", "Familias afganas."), ("Breve descripción", "La municipalidad recibe a las familias.")],
    )
    sheet.save()


@pytest.mark.parametrize("otra", ["Otra (especifique)", "Otra (indique)", "Otra especificar", "Otra (¿cuál?)"])
def test_a_write_in_prompt_is_the_forms_wording(tmp_path, otra):
    form_ficha(tmp_path / "ficha.pdf", otra)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["categorias"] == ["acogida_atencion", "otra"]
    assert got["categoria_otra"] == WRITE_IN
    assert [a for a in got["revision"]["avisos"] if a["campo"].startswith("categoria")] == []


def test_other_words_after_otra_are_quoted(tmp_path):
    form_ficha(tmp_path / "ficha.pdf", "Otra actividad")
    (got,) = records(tmp_path / "ficha.pdf")
    assert any("«actividad»" in a["mensaje"] for a in got["revision"]["avisos"] if a["campo"] == "categorias")
