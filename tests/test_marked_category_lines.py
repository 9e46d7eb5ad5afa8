"""The category list as lines each opened by a check glyph (issue 20, trial 25 h09): "✔ Sociolaboral" /
"✘ Acogida/atención", one category a line or several on one line. A mark beside a cross says yes, the
cross no (`glyphs.cross_reading`); crosses alone say neither, and the list is flagged, not read.
"""

from __future__ import annotations

import pytest

from .docx_builders import CATEGORY_NAMES, paragraphs, write_ficha
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records

CHECKED = {"Sociolaboral", "Cooperativas"}
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración - DIDECO"),
    ("Grupo prioritario", "Personas migrantes del sector norte."),
]
AFTER = [
    ("Forma de financiamiento", "Recursos propios municipales."),
    ("Breve descripción", "La municipalidad abre un espacio de encuentro para las familias del barrio."),
]


def marked_list(path, yes: str, no: str, size: float, per_line: int) -> None:
    """A ficha whose category list is `per_line` categories to a line, each opened by `yes` or `no`."""
    sheet = Sheet(path)
    sheet.text(50, 50, "Incubadora Cooperativa de Trabajo", 20, BOLD)
    sheet.text(50, 78, "Municipalidad de Recoleta", 10, BOLD)
    top = 105.0
    for heading, text in SECTIONS:
        top = sheet.text(50, top, heading, 11, BOLD) + 6
        top = sheet.text(50, top, text, 10) + 14
    top = sheet.text(50, top, "Categoría", 11, BOLD) + 6
    for n in range(0, len(CATEGORY_NAMES), per_line):
        x = 50.0
        for name in CATEGORY_NAMES[n : n + per_line]:
            sheet.text(x, top, yes if name in CHECKED else no, size, SYMBOLS)
            sheet.text(x + 1.4 * size, top, name, size, BODY)
            x += 150
        top += 1.4 * size
    top += 14
    for heading, text in AFTER:
        top = sheet.text(50, top, heading, 11, BOLD) + 6
        top = sheet.text(50, top, text, 10) + 14
    sheet.save()


@pytest.mark.parametrize(("yes", "no"), [("✔", "✘"), ("✓", "✗")], ids=["heavy", "light"])
@pytest.mark.parametrize(("size", "per_line"), [(8.5, 1), (10.0, 1), (9.0, 3)], ids=["small", "body", "three-a-line"])
def test_a_list_of_marked_lines_reads_its_categories(tmp_path, yes, no, size, per_line):
    marked_list(tmp_path / "ficha.pdf", yes, no, size, per_line)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["categorias"] == ["sociolaboral", "cooperativas"]
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("categoria")]


def test_crosses_alone_are_no_reading(tmp_path):
    marked_list(tmp_path / "ficha.pdf", "✘", "✘", 9.0, 1)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["categorias"] == []
    assert [a for a in got["revision"]["avisos"] if a["campo"].startswith("categoria")]


@pytest.mark.parametrize("tick", ["✓", "✔"])
@pytest.mark.parametrize("per_line", [1, 2])
def test_one_tick_beside_every_category_is_no_reading(tmp_path, tick, per_line):
    """Every category opened by the same tick (trial 25 h12: the others' tick printed light grey, told
    apart by colour alone): nothing tells which are selected; the list is flagged, never read as all
    checked."""
    marked_list(tmp_path / "ficha.pdf", tick, tick, 9.0, per_line)  # the tick in a symbol font: a mark
    (got,) = records(tmp_path / "ficha.pdf")
    said = [
        a["mensaje"] for a in got["revision"]["avisos"] if (a["campo"], a["codigo"]) == ("categorias", "lectura_dudosa")
    ]
    assert any(f"la misma marca «{tick}»" in m for m in said)
    lines = [" ".join(f"{tick} {n}" for n in CATEGORY_NAMES[k : k + per_line]) for k in range(0, 8, per_line)]
    (typed,) = records(write_ficha(tmp_path, parts={"categorias": paragraphs(*lines)}))  # the tick typed as text
    assert typed["categorias"] == []
    assert ("categorias", "seccion_vacia") in {(a["campo"], a["codigo"]) for a in typed["revision"]["avisos"]}


@pytest.mark.parametrize(("yes", "no"), [("✔", "✘"), ("✓", "✗")], ids=["heavy", "light"])
@pytest.mark.parametrize("per_line", [1, 4], ids=["one-a-line", "four-a-line"])
def test_marked_lines_in_a_word_file(tmp_path, yes, no, per_line):
    """The same list typed in a Word file: each line a paragraph's text, the glyph typed before its label."""
    marks = [f"{yes if name in CHECKED else no} {name}" for name in CATEGORY_NAMES]
    lines = [" ".join(marks[n : n + per_line]) for n in range(0, len(marks), per_line)]
    (got,) = records(write_ficha(tmp_path, parts={"categorias": paragraphs(*lines)}))
    assert got["categorias"] == ["sociolaboral", "cooperativas"]
    assert not [a for a in got["revision"]["avisos"] if a["campo"].startswith("categoria")]
