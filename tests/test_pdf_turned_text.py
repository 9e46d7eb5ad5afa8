"""Text set at a slight angle (issue 20, trial 27 ed02): the municipality printed as a stamp turned a
few degrees, its name wrapped over two lines. Each line's box spans the turned glyphs' corners, so
the boxes of two lines one under the other overlap as if printed over each other («MUNICIPALIDAD DE
SAN» over «JOAQUÍN»: no comuna, flagged). The characters are turned level first
(`page.level_chars`): the stamp reads as two lines, the label whole."""

from __future__ import annotations

import pytest

from .pdf_canvas import BOLD, Sheet
from .records import records_by_engine

SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
    ("Breve descripción", "La municipalidad abre una escuela de oficios."),
]


def stamped_ficha(path, degrees: float) -> None:
    """A ficha whose municipality label is a stamp at the top right, turned `degrees`
    (counter-clockwise), its two lines 9 pt bold inside a drawn frame."""
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres", 18, BOLD)
    canvas = sheet.canvas
    canvas.saveState()
    canvas.translate(470, sheet.height - 70)
    canvas.rotate(degrees)
    canvas.rect(-60, -20, 120, 32, stroke=1, fill=0)
    canvas.setFont(BOLD, 9)
    canvas.drawCentredString(0, 2, "MUNICIPALIDAD DE SAN")
    canvas.drawCentredString(0, -9, "JOAQUÍN")
    canvas.restoreState()
    sheet.sections(115.0, SECTIONS)
    sheet.save()


@pytest.mark.parametrize("degrees", [-3.0, 5.0], ids=["clockwise", "counter-clockwise"])
def test_a_stamp_turned_a_few_degrees_reads_as_its_lines(tmp_path, degrees):
    stamped_ficha(tmp_path / "ficha.pdf", degrees)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["municipalidad"]["comuna"] == "San Joaquín", got["revision"]["avisos"]
        assert not [a for a in got["revision"]["avisos"] if "impreso sobre" in a["mensaje"]]
        assert got["descripcion"] == SECTIONS[2][1]
