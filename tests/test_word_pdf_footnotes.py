"""Word footnotes exported to PDF by LibreOffice (issue 20, trial 24 e34).

LibreOffice prints a footnote's reference as a small raised digit touching the word ("ACNUR¹") and the
note's text at the page foot under a short rule. The mark is no letter of the word (descripcion reads
"ACNUR,", not "ACNUR1,"), and the note's text joins no section: it is quoted in an aviso
`texto_sin_ubicar` on the field its reference stands in (not on the section printed last on the page).
"""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document

from .docx_builders import DocBuilder, add_footnotes, footnote_reference, text_run, write_ficha
from .test_word_pdf_exports import soffice_pdf

pytestmark = pytest.mark.slow

NOTE = "Alto Comisionado de las Naciones Unidas para los Refugiados."


def test_a_footnote_mark_leaves_the_word_and_its_note_is_quoted_on_the_field_of_its_reference(tmp_path):
    def description(b: DocBuilder) -> None:
        b.raw_paragraph(
            text_run("La municipalidad genera alianza con ACNUR") + footnote_reference(1) + text_run(", y la OIM.")
        )
        add_footnotes(b.doc, [NOTE])

    pdf = soffice_pdf(write_ficha(tmp_path, parts={"descripcion": description}))
    (ficha,) = extract_document(pdf).fichas
    assert ficha.descripcion == "La municipalidad genera alianza con ACNUR, y la OIM."
    notes = [a for a in ficha.revision.avisos if NOTE in a.mensaje]
    assert [(a.campo, a.codigo) for a in notes] == [("descripcion", "texto_sin_ubicar")]
    assert ficha.lineas_sello and NOTE not in ficha.lineas_sello[-1].justificacion
