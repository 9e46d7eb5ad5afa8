"""A content control (form field) left unfilled prints its prompt («Haga clic o pulse aquí para
escribir texto.») in the PDF export as if it were the section's text (trial 28 ed30: sostenibilidad
and the funding text read as the prompt, a funder «Haga clic…», in an `ok` record). The .docx reader
knows the prompt by its mark; in a PDF the prompt's words say it (`vocab.placeholder_prompts`): the
section is empty (`seccion_vacia`) and the prompt is quoted in an aviso on it, never read as its text."""

from __future__ import annotations

import pytest

from .pdf_canvas import Sheet
from .records import records


@pytest.mark.parametrize(
    "prompt", ["Haga clic o pulse aquí para escribir texto.", "Click or tap here to enter text."], ids=["es", "en"]
)
def test_a_pdf_sections_unfilled_control_prompt_is_no_text(tmp_path, prompt):
    sheet = Sheet(tmp_path / "f.pdf")
    sheet.ficha_head(
        [
            ("Departamento/Oficinas municipales que participan", "Oficina de Migrantes"),
            ("Grupo prioritario", "Mujeres migrantes."),
            ("Forma de financiamiento", prompt),
            ("Sostenibilidad en el tiempo", prompt),
            ("Breve descripción", "La municipalidad abre una escuela de oficios para mujeres migrantes."),
        ]
    )
    sheet.canvas.save()
    (record,) = records(tmp_path / "f.pdf")
    assert record["sostenibilidad"] is None
    assert record["forma_financiamiento"]["texto"] is None
    assert record["forma_financiamiento"]["fuentes"] == []
    said = {(a["campo"], a["codigo"]) for a in record["revision"]["avisos"]}
    for key in ("sostenibilidad", "forma_financiamiento"):
        assert (key, "seccion_vacia") in said
        assert any(a["campo"] == key and prompt in a["mensaje"] for a in record["revision"]["avisos"])
    assert record["descripcion"].startswith("La municipalidad")
