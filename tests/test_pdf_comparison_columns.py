"""A PDF comparison table (trial 28 ed16, Word's «cuadro comparativo» printed by LibreOffice): the
template's headings down the first column, then one column of values per practice. Read as one
ficha, its fields join the columns' texts: every field gets `lectura_dudosa` saying the values stand
in columns side by side, so no field of such a record passes unflagged. One ficha printed in a
[label | value] layout (one value column) is left alone.
"""

from __future__ import annotations

from .pdf_canvas import BODY, BOLD, Sheet
from .records import records

ROWS = [
    ("Municipalidad", ["San Joaquín", "Arica"]),
    ("Nombre de la práctica", ["Escuela de oficios para mujeres", "Academia municipal abierta"]),
    ("Departamento/Oficinas municipales que participan", ["DIDECO", "OMIL"]),
    ("Grupo prioritario", ["Mujeres jefas de hogar.", "Jóvenes migrantes."]),
    ("Forma de financiamiento", ["Recursos propios municipales.", "Fondos regionales."]),
    ("Sostenibilidad en el tiempo", ["Sigue vigente cada año.", "Se ejecuta de manera permanente."]),
    ("Breve descripción", ["La municipalidad abre una escuela.", "Talleres abiertos de idioma."]),
]


def _table(path, columns: int) -> None:
    """The table with its cell rules: a label column 215 pt wide, then `columns` value columns."""
    sheet = Sheet(path)
    top = sheet.text(45, 50, "Comparación de buenas prácticas", 16, BOLD) + 14
    for label, values in ROWS:
        sheet.rect(40, top - 4, 215, 20, line_width=0.5)
        sheet.text(45, top, label, 8, BOLD)
        for n, value in enumerate(values[:columns]):
            sheet.rect(255 + n * 160, top - 4, 160, 20, line_width=0.5)
            sheet.text(260 + n * 160, top, value, 8, BODY)
        top += 20
    sheet.save()


def _side_by_side(record: dict) -> set[str]:
    return {a["campo"] for a in record["revision"]["avisos"] if "columnas lado a lado" in a["mensaje"]}


def test_values_in_columns_side_by_side_flag_every_field(tmp_path):
    _table(tmp_path / "comparacion.pdf", columns=2)
    for record in records(tmp_path / "comparacion.pdf"):
        flagged = _side_by_side(record)
        assert {"titulo", "municipalidad", "grupo_prioritario", "descripcion", "sostenibilidad"} <= flagged
        assert record["revision"]["estado"] == "revisar"


def test_one_value_column_is_no_comparison(tmp_path):
    _table(tmp_path / "ficha.pdf", columns=1)
    for record in records(tmp_path / "ficha.pdf"):
        assert not _side_by_side(record)
