"""An office list printed in ONE table cell (issue 20, "tables everywhere"): several offices one a
line (a Word paragraph's line breaks, a PDF cell's lines), or parted by commas, semicolons, " y ".

Read before: a paragraph's lines ran on as one text, so lines naming offices the catalog's exact
forms do not spell ("Direccion de Desarollo Comunitario", a typo; "Unidad de Migrantes" beside
offices no catalog holds) became ONE unknown office, flagged. Now a paragraph's lines part where
each side names whole offices on its own (catalog names, acronyms, phrases headed by "Oficina",
"Programa" ...) and no catalog name runs on across the break; a split where some side is no catalog
office keeps an aviso `lectura_dudosa` quoting the lines. A name wrapped over lines ("... de la
Infancia y" + "Adolescencia"; "Dirección de Medio Ambiente," + "Aseo y Ornato") stays whole."""

from __future__ import annotations

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from .docx_builders import HEADINGS, MUNICIPALITY, TEXTS, TITLE, DocBuilder, put_xml, text_run
from .records import records

TYPOS = ["Direccion de Desarollo Comunitario", "Oficina Municipal de Informacion Laboral", "Departamento de Salud"]
TYPO_NAMES = [
    "Dirección de Desarrollo Comunitario",
    "Oficina Municipal de Información Laboral",
    "Departamento de Salud Municipal",
]
UNKNOWN = ["Unidad de Migrantes", "Oficina de Asuntos Religiosos", "Programa Vínculos"]
LONG = "Oficina de Protección de los Derechos de la Infancia y Adolescencia"
DIMAO = "Dirección de Medio Ambiente, Aseo y Ornato"
BREAK = "<w:r><w:br/></w:r>"


def word_ficha(folder, lines: list[str]):
    """A ficha as a two-column Word table of label | value rows, the offices' cell one paragraph
    holding `lines` parted by line breaks."""
    b = DocBuilder()
    b.title(TITLE)
    b.paragraph(MUNICIPALITY, bold=True)
    table = b.doc.add_table(rows=len(HEADINGS), cols=2)
    for row, (key, heading) in enumerate(HEADINGS.items()):
        table.cell(row, 0).paragraphs[0].add_run(heading).bold = True
        if key == "oficinas":
            put_xml(table.cell(row, 1), BREAK.join(text_run(line) for line in lines))
        else:
            table.cell(row, 1).text = "Sociolaboral, Capacitaciones" if key == "categorias" else TEXTS[key]
    return b.save(folder)


def pdf_ficha(folder, lines: list[str], width: float = 300):
    """The same ficha as a reportlab platypus table, the offices' value cell one paragraph holding
    `lines` parted by <br/>, the value column `width` points wide (narrow: names wrap)."""
    label = ParagraphStyle("label", fontName="Helvetica-Bold", fontSize=9, leading=11)
    value = ParagraphStyle("value", fontName="Helvetica", fontSize=10, leading=12.5)
    rows = [
        ("Nombre de la práctica", f"<b>{TITLE}</b>"),
        ("Municipalidad", "Municipalidad de Recoleta"),
        (HEADINGS["oficinas"], "<br/>".join(lines)),
        *[(heading, TEXTS[key]) for key, heading in HEADINGS.items() if key not in ("oficinas", "categorias")],
    ]
    table = Table(
        [[Paragraph(k, label), Paragraph(v, value)] for k, v in rows],
        colWidths=[110, width],
        style=TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]),
    )
    path = folder / "ficha.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


WRITERS = {"docx": word_ficha, "pdf": pdf_ficha}


def offices(path) -> tuple[list[str], list[str], list[str]]:
    """(canonical names, printed texts, aviso codes on oficinas) of the one ficha of `path`."""
    (record,) = records(path)
    avisos = [a["codigo"] for a in record["revision"]["avisos"] if a["campo"] == "oficinas"]
    return [o["nombre"] for o in record["oficinas"]], [o["texto"] for o in record["oficinas"]], avisos


@pytest.mark.parametrize("kind", WRITERS)
def test_lines_of_catalog_offices_are_offices_of_their_own(tmp_path, kind):
    """Each line a catalog office (typos matched by the fuzzy matcher): three offices, no aviso."""
    names, texts, avisos = offices(WRITERS[kind](tmp_path, TYPOS))
    assert names == TYPO_NAMES
    assert texts == TYPOS
    assert avisos == []


@pytest.mark.parametrize("kind", WRITERS)
def test_lines_of_unknown_offices_part_with_an_aviso(tmp_path, kind):
    """Lines headed by an entity word, not all catalog names: parted, the split flagged."""
    _, texts, avisos = offices(WRITERS[kind](tmp_path, UNKNOWN))
    assert texts == UNKNOWN
    assert "lectura_dudosa" in avisos


@pytest.mark.parametrize("kind", WRITERS)
def test_commas_part_the_cell(tmp_path, kind):
    """One line, commas and " y " between names (read so before this rule too: a guard)."""
    names, _, avisos = offices(WRITERS[kind](tmp_path, [f"{TYPOS[0]}, {TYPOS[1]} y {TYPOS[2]}"]))
    assert names == TYPO_NAMES
    assert avisos == []


@pytest.mark.parametrize("kind", WRITERS)
def test_a_name_with_y_and_a_comma_is_not_split(tmp_path, kind):
    """One long name holding " y " on a line, another holding a comma and " y ", a third line."""
    _, texts, avisos = offices(WRITERS[kind](tmp_path, [LONG, DIMAO, "OMIL"]))
    assert texts == [LONG, DIMAO, "OMIL"]
    assert avisos == []


@pytest.mark.parametrize("width", [90, 130])
def test_a_wrapped_name_stays_whole(tmp_path, width):
    """A narrow PDF cell wraps each name over lines: no break of the wrapping parts a name."""
    printed = [LONG, DIMAO, "Oficina Municipal de Información Laboral"]
    _, texts, avisos = offices(pdf_ficha(tmp_path, printed, width))
    assert texts == printed
    assert avisos == []
