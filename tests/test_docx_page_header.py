"""A Word ficha whose municipality is printed only in its page header (issue 20, F8 of trial 23).

Each ficha is a section of its own with its own header, "Municipalidad de X": the header's label is
the ficha's municipality. A header the sections share (a running title, or one label for the whole
document) is read once, never into a ficha's text.
"""

from __future__ import annotations

from docx.enum.section import WD_SECTION

from .docx_builders import DocBuilder, write_ficha
from .records import records

FICHAS = [
    ("Escuela de oficios para mujeres migrantes", "Municipalidad de Quinta Normal"),
    ("Huertos", "Municipalidad de Arica"),
]


def test_each_sections_header_label_is_its_fichas_municipality(tmp_path):
    b = DocBuilder()
    for n, (title, label) in enumerate(FICHAS):
        section = b.doc.sections[0] if n == 0 else b.doc.add_section(WD_SECTION.NEW_PAGE)
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = label
        write_ficha(tmp_path, title=title, municipality=None, builder=b)
    got = records(tmp_path / "ficha.docx")
    assert [(r["titulo"], r["municipalidad"]["comuna"]) for r in got] == [
        ("Escuela de oficios para mujeres migrantes", "Quinta Normal"),
        ("Huertos", "Arica"),
    ]
    assert not [a for r in got for a in r["revision"]["avisos"] if a["campo"].startswith("municipalidad")]


def test_a_running_header_shared_by_the_sections_is_read_once(tmp_path):
    b = DocBuilder()
    b.doc.sections[0].header.paragraphs[0].text = "Municipalidad de Quinta Normal"
    for n, (title, _) in enumerate(FICHAS):
        if n:
            b.doc.add_section(WD_SECTION.NEW_PAGE)  # its header linked to the one before
        write_ficha(tmp_path, title=title, municipality=None, builder=b)
    got = records(tmp_path / "ficha.docx")
    assert got[0]["municipalidad"]["comuna"] == "Quinta Normal"
    # the second ficha is given no municipality of its own by a header read once: said, never silent
    assert [a["codigo"] for a in got[1]["revision"]["avisos"] if a["campo"] == "municipalidad"] == ["seccion_faltante"]
    assert not [r for r in got if "Municipalidad" in str(r["descripcion"]) + str(r["lineas_sello"])]


def test_a_letterhead_laid_out_as_a_table_gives_its_label(tmp_path):
    """The header a logo cell beside a "MUNICIPALIDAD DE X" cell (trial 27, ed08): the cell's label
    is the section's municipality, as the PDF of the same document reads it."""
    b = DocBuilder()
    for n, (title, label) in enumerate(FICHAS):
        section = b.doc.sections[0] if n == 0 else b.doc.add_section(WD_SECTION.NEW_PAGE)
        section.header.is_linked_to_previous = False
        table = section.header.add_table(rows=1, cols=2, width=section.page_width - section.left_margin * 2)
        table.cell(0, 0).text = " "
        table.cell(0, 1).text = label.upper()
        write_ficha(tmp_path, title=title, municipality=None, builder=b)
    got = records(tmp_path / "ficha.docx")
    assert [(r["titulo"], r["municipalidad"]["comuna"]) for r in got] == [
        ("Escuela de oficios para mujeres migrantes", "Quinta Normal"),
        ("Huertos", "Arica"),
    ]
    assert not [a for r in got for a in r["revision"]["avisos"] if a["campo"].startswith("municipalidad")]


def test_a_label_in_the_body_comes_before_the_headers(tmp_path):
    """Both print a label, naming different municipalities: the body's is taken, the doubt said."""
    b = DocBuilder()
    b.doc.sections[0].header.paragraphs[0].text = "Municipalidad de Arica"
    write_ficha(tmp_path, builder=b)  # its body's label: MUNICIPALIDAD PUENTE ALTO
    (got,) = records(tmp_path / "ficha.docx")
    assert got["municipalidad"]["comuna"] == "Puente Alto"
    doubts = [a for a in got["revision"]["avisos"] if a["campo"] == "municipalidad"]
    assert [a["codigo"] for a in doubts] == ["lectura_dudosa"]
    assert "Arica" in doubts[0]["mensaje"]


def test_a_header_repeating_the_bodys_label_is_no_stray_text(tmp_path):
    """The letterhead names the municipality the body's label names (in other words): nothing to quote."""
    b = DocBuilder()
    b.doc.sections[0].header.paragraphs[0].text = "Municipalidad de Puente Alto"
    write_ficha(tmp_path, builder=b)  # its body's label: MUNICIPALIDAD PUENTE ALTO
    (got,) = records(tmp_path / "ficha.docx")
    assert got["municipalidad"]["texto"] == "MUNICIPALIDAD PUENTE ALTO"
    assert not [a for a in got["revision"]["avisos"] if "Puente Alto" in a["mensaje"]]
