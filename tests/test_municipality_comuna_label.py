"""A municipality label worded "Comuna de X" is the ficha's municipality (vocabulary
`municipality_prefixes`; issue 20; a new user's trial of 2026-12-07: "Comuna de Quinta Normal"
printed above each title was no label, each ficha lacked its municipality and the label above the
next ficha's title was quoted in the ficha before). A sentence of the body that begins with the
same words stays body text.
"""

from __future__ import annotations

from .pdf_canvas import BOLD, Sheet
from .records import records

FICHAS = [
    ("Quinta Normal", "Capacitación en Oficios"),
    ("Recoleta", "Incubadora Cooperativa de Trabajo"),
]


def document(path) -> None:
    sheet = Sheet(path)
    for n, (comuna, title) in enumerate(FICHAS):
        if n:
            sheet.next_page()
        sheet.text(45, 40, f"Comuna de {comuna}", 10, BOLD)
        sheet.text(45, 60, title, 20, BOLD)
        top = 110.0
        top = sheet.sections(
            top,
            [
                ("Grupo prioritario", "Personas migrantes de la comuna."),
                ("Forma de financiamiento", "Recursos propios de la municipalidad."),
                ("Breve descripción", f"Comuna de {comuna} y sus vecinos organizan cursos cada año."),
            ],
        )
    sheet.save()


def test_comuna_de_labels_name_each_fichas_municipality(tmp_path):
    document(tmp_path / "fichas.pdf")
    got = records(tmp_path / "fichas.pdf")
    assert [(r["municipalidad"] or {}).get("texto") for r in got] == [f"Comuna de {c}" for c, _ in FICHAS]
    assert [r["municipalidad"]["comuna"] for r in got] == [c for c, _ in FICHAS]
    for record, (comuna, _) in zip(got, FICHAS, strict=True):
        assert record["descripcion"] == f"Comuna de {comuna} y sus vecinos organizan cursos cada año."
        assert "texto_sin_ubicar" not in {a["codigo"] for a in record["revision"]["avisos"]}
