"""Word documents exported to PDF by LibreOffice (as the Word design harness does), read as PDFs:
the layouts LibreOffice gives a Word table that reportlab builders do not draw alike."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx.shared import Pt
from docx.table import Table

from extractor.pipeline import extract_document

from .docx_builders import (
    CATEGORY_LABELS,
    HEADINGS,
    MONTHS,
    MUNICIPALITY,
    TEXTS,
    DocBuilder,
    elements,
    glyph_box,
    put_xml,
    shading,
    write_ficha,
)
from .test_docx_checkboxes import box_label_rows

pytestmark = pytest.mark.slow


def soffice_pdf(docx_path: Path) -> Path:
    """The PDF LibreOffice exports of `docx_path`, next to it; skips the test without soffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("soffice is not on PATH")
    folder = docx_path.parent
    command = [soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf"]
    subprocess.run([*command, "--outdir", str(folder), str(docx_path)], check=True, capture_output=True, timeout=120)
    return docx_path.with_suffix(".pdf")


def form_with_a_nested_table(b: DocBuilder, keys: list[str], nested_key: str, rows: int) -> Table:
    """A ruled label | value form of the sections `keys` (bold "Heading:" labels, TEXTS as values),
    the value cell of `nested_key` holding an empty ruled table of `rows` rows and two columns
    (returned, for the test to fill) followed by an empty paragraph, as Word requires."""
    table = b.doc.add_table(rows=len(keys), cols=2)
    table.style = b.doc.styles["Table Grid"]
    nested: Table | None = None
    for row, key in enumerate(keys):
        table.cell(row, 0).paragraphs[0].add_run(HEADINGS[key] + ":").bold = True
        value = table.cell(row, 1)
        if key != nested_key:
            value.text = TEXTS[key]
            continue
        value._tc.remove(value.paragraphs[0]._p)
        nested = value.add_table(rows=rows, cols=2)
        nested.style = b.doc.styles["Table Grid"]
        value.add_paragraph()
    assert nested is not None, f"{nested_key} is not among the form's sections"
    return nested


@pytest.mark.parametrize("label_first", [False, True], ids=["box-label", "label-box"])
def test_a_ruled_category_table_keeps_each_label_on_its_row(tmp_path, label_first):
    """A ruled box | label table: its label column reads as one paragraph of evenly spaced lines;
    each line is the label of the box on its row, and the "Otra" text is kept."""

    def table(b: DocBuilder) -> None:
        grid = b.box_label_table(box_label_rows({"emprendimiento", "otra"}), label_first=label_first)
        grid.style = b.doc.styles["Table Grid"]

    pdf = soffice_pdf(write_ficha(tmp_path, parts={"categorias": table}))
    (ficha,) = extract_document(pdf).fichas
    assert ficha.categorias == ["emprendimiento", "otra"]
    assert ficha.categoria_otra == "Regularización"
    assert not [a for a in ficha.revision.avisos if a.campo == "categorias"]


def test_a_ruled_label_value_form_reads_row_by_row(tmp_path):
    """Every section a row of a ruled two-column table, its heading (Heading 2, whose space before
    sets it lower than its value's first line) in the left cell and its text in the right: the
    cells the rules close are regions, read row by row, so each value goes with the heading on its
    row (read column by column, every value went to the last heading)."""
    b = DocBuilder()
    b.title()
    b.paragraph(MUNICIPALITY, bold=True)
    keys = [key for key in HEADINGS if key != "categorias"]
    table = b.doc.add_table(rows=len(keys), cols=2)
    table.style = b.doc.styles["Table Grid"]
    for row, key in enumerate(keys):
        table.cell(row, 0).paragraphs[0].style = b.doc.styles["Heading 2"]
        table.cell(row, 0).paragraphs[0].add_run(HEADINGS[key].upper())
        table.cell(row, 1).text = TEXTS[key]
    (ficha,) = extract_document(soffice_pdf(b.save(tmp_path))).fichas
    assert ficha.sostenibilidad == TEXTS["sostenibilidad"]
    assert ficha.elemento_innovador == TEXTS["elemento_innovador"]
    assert ficha.descripcion == TEXTS["descripcion"]
    assert ficha.fechas_implementacion.texto == TEXTS["fechas_implementacion"]
    assert [a for a in ficha.revision.avisos if a.codigo == "texto_sin_ubicar"] == []


SELLO_ROWS = [
    ("Políticas locales y trabajo colaborativo", "ya que se coordina con la OMIL y con las juntas de vecinos."),
    ("Vinculación comunitaria", "ya que se trabaja con las organizaciones del barrio."),
]


def test_a_table_nested_in_a_value_cell_is_the_cells_content(tmp_path):
    """A label | value form whose Líneas Sello value is a ruled table (name | justification) nested at
    the top of the cell, its first line set against the cell's top rule: each nested cell is a region
    inside the value cell, so the nested rows are the section's, each line read within its cell."""
    b = DocBuilder()
    b.doc.styles["Normal"].font.name, b.doc.styles["Normal"].font.size = "DejaVu Sans", Pt(12)
    b.title()
    b.paragraph(MUNICIPALITY, bold=True)
    nested = form_with_a_nested_table(
        b, [key for key in HEADINGS if key != "categorias"], "lineas_sello", len(SELLO_ROWS)
    )
    for r, (name, justification) in enumerate(SELLO_ROWS):
        nested.cell(r, 0).text, nested.cell(r, 1).text = name, justification
    (ficha,) = extract_document(soffice_pdf(b.save(tmp_path))).fichas
    assert [(s.linea, s.justificacion) for s in ficha.lineas_sello] == [
        ("politicas_locales", SELLO_ROWS[0][1]),
        ("vinculacion_comunitaria", SELLO_ROWS[1][1]),
    ]
    assert ficha.elemento_innovador == TEXTS["elemento_innovador"]
    assert [a for a in ficha.revision.avisos if a.codigo == "texto_sin_ubicar"] == []


@pytest.mark.parametrize("marking", ["glyph", "shading", "x"])
def test_a_ruled_month_table_set_down_the_page_reads_its_marks(tmp_path, marking):
    """A month table of twelve rows (name | mark), ruled, its marks far right of the names in the
    row's second cell: each month's cell is its ruled row, so the box, the shading or the typed X
    in the second cell marks the month on its row."""
    active = {4, 5, 6}

    def months(b: DocBuilder) -> None:
        table = b.doc.add_table(rows=12, cols=2)
        table.style = b.doc.styles["Table Grid"]
        for m in range(1, 13):
            table.cell(m - 1, 0).text = MONTHS[m - 1][:3]
            mark = table.cell(m - 1, 1)
            if marking == "glyph":
                put_xml(mark, glyph_box(m in active))
            elif marking == "x" and m in active:
                mark.text = "X"
            elif marking == "shading" and m in active:
                mark._tc.get_or_add_tcPr().append(elements(shading("2E9E5B"))[0])
        b.paragraph("De abril a junio de cada año.")

    (ficha,) = extract_document(soffice_pdf(write_ficha(tmp_path, parts={"fechas_implementacion": months}))).fichas
    assert ficha.fechas_implementacion.meses == [4, 5, 6]
    assert ficha.fechas_implementacion.texto == "De abril a junio de cada año."
    assert not [a for a in ficha.revision.avisos if a.campo.startswith("fechas_implementacion")]


def test_a_category_table_in_a_value_cell_keeps_its_first_row(tmp_path):
    """A label | value form whose Categoría value is a ruled [box | label] table: the heading in the
    row's label cell, level with the first box, is no label of that box (a label never crosses a
    table's rule), so the first category is read like the others."""
    b = DocBuilder()
    b.title()
    b.paragraph(MUNICIPALITY, bold=True)
    rows = box_label_rows({"sociolaboral", "capacitaciones"})
    nested = form_with_a_nested_table(b, list(HEADINGS), "categorias", len(rows))
    for r, (box, label) in enumerate(rows):
        put_xml(nested.cell(r, 0), box)
        nested.cell(r, 1).text = label
    (ficha,) = extract_document(soffice_pdf(b.save(tmp_path))).fichas
    assert ficha.categorias == ["sociolaboral", "capacitaciones"]
    assert not [a for a in ficha.revision.avisos if a.campo.startswith("categoria")]


def test_plain_labels_wrapped_in_a_narrow_label_cell_are_the_sections_headings(tmp_path):
    """A ruled label | value table whose labels are set plain (no weight, no colon, no capitals) in
    a narrow label column: "Departamento/Oficinas municipales" / "que participan" wraps over two
    lines of its cell; it is the offices' heading still (a heading's printed name wrapped inside its
    drawn cell), not a piece of the next row's label. Each section keeps its value."""
    b = DocBuilder()
    b.title()
    b.paragraph(MUNICIPALITY, bold=True)
    keys = [key for key in HEADINGS if key != "categorias"]
    table = b.doc.add_table(rows=len(keys), cols=2)
    table.style = b.doc.styles["Table Grid"]
    table.autofit = False
    for row, key in enumerate(keys):
        table.cell(row, 0).paragraphs[0].add_run(HEADINGS[key])
        table.cell(row, 1).text = TEXTS[key]
        table.cell(row, 0).width, table.cell(row, 1).width = Pt(90), Pt(361)
    (ficha,) = extract_document(soffice_pdf(b.save(tmp_path))).fichas
    assert [o.sigla for o in ficha.oficinas] == ["DIDECO", "OMIL"]
    assert ficha.grupo_prioritario == TEXTS["grupo_prioritario"]
    assert ficha.elemento_innovador == TEXTS["elemento_innovador"]
    assert [a.codigo for a in ficha.revision.avisos if a.campo != "categorias"] == []


NO_MONTHS_NAMED = "Durante todo el periodo del proyecto, una vez por semana."


@pytest.mark.parametrize(
    ("header", "inside"),
    [("full", False), ("short", False), ("full", True)],
    ids=["full-names-over-marks", "short-names-over-marks", "full-names-with-their-marks"],
)
def test_month_names_broken_in_the_narrow_cells_of_a_value_cell_are_read(tmp_path, header, inside):
    """A month table of twelve columns nested in the value cell of a label | value form: its cells
    are narrower than a name, so LibreOffice breaks each name over lines ("Ma" / "r", "E" / "n" /
    "e" / "r" / "o"); the marks are typed X under the names (a row of them set as close as words),
    or in the names' cells, wrapped under them. The dates text names no month: only the table can
    tell them, and it is read."""
    b = DocBuilder()
    normal = b.doc.styles["Normal"]
    normal.font.name, normal.font.size = "Liberation Serif", Pt(12)
    normal.paragraph_format.space_after = Pt(6)
    b.title()
    b.paragraph(MUNICIPALITY, bold=True)
    keys = [key for key in HEADINGS if key != "categorias"]
    table = b.doc.add_table(rows=len(keys), cols=2)
    table.style = b.doc.styles["Table Grid"]
    active = {2, 3, 4, 5, 6, 7, 8, 10}  # a run of typed X at word spacing, no running text
    names = MONTHS if header == "full" else [m[:3] for m in MONTHS]
    for row, key in enumerate(keys):
        table.cell(row, 0).paragraphs[0].add_run(HEADINGS[key] + ":").bold = True
        value = table.cell(row, 1)
        if key != "fechas_implementacion":
            value.text = TEXTS[key]
            continue
        value._tc.remove(value.paragraphs[0]._p)
        months = value.add_table(rows=1 if inside else 2, cols=12)
        months.style = b.doc.styles["Table Grid"]
        for m, name in enumerate(names, start=1):
            mark = "X" if m in active else ""
            if inside:
                months.cell(0, m - 1).text = f"{name} {mark}".strip()
            else:
                months.cell(0, m - 1).text = name
                months.cell(1, m - 1).text = mark
        value.add_paragraph(NO_MONTHS_NAMED)
    (ficha,) = extract_document(soffice_pdf(b.save(tmp_path))).fichas
    assert ficha.fechas_implementacion.meses == sorted(active)
    assert ficha.fechas_implementacion.texto == NO_MONTHS_NAMED
    assert [a for a in ficha.revision.avisos if a.campo.startswith("fechas")] == []


@pytest.mark.parametrize(
    ("header", "size", "fill", "spacing"),
    [("full", 7, "2E75B6", 8), ("short", 11, "D9D9D9", 6), ("full", 10, "C00000", 12)],
    ids=["full-names-small-blue", "short-names-grey", "full-names-red-wide-spacing"],
)
def test_shaded_cells_of_a_ruled_month_table_mark_their_months(tmp_path, header, size, fill, spacing):
    """A ruled month table whose body row holds no text, its active months' cells shaded: LibreOffice
    prints each cell's padding and paragraph spacing, so the names stand well above the rule that
    closes their row (broken over lines in narrow cells); the body row is the ruled row below that
    rule, and its fills mark their months. The dates text names no month: only the table tells them."""
    b = DocBuilder()
    normal = b.doc.styles["Normal"]
    normal.font.name, normal.font.size = "Liberation Sans", Pt(size)
    normal.paragraph_format.space_after = Pt(spacing)
    active = {3, 4, 5, 6, 11}

    def months(b_: DocBuilder) -> None:
        table = b_.month_table(
            header=MONTHS if header == "full" else [m[:3] for m in MONTHS], fills=dict.fromkeys(active, fill)
        )
        table.style = b_.doc.styles["Table Grid"]
        b_.paragraph(NO_MONTHS_NAMED)

    pdf = soffice_pdf(write_ficha(tmp_path, builder=b, parts={"fechas_implementacion": months}))
    (ficha,) = extract_document(pdf).fichas
    assert ficha.fechas_implementacion.meses == sorted(active)
    assert ficha.fechas_implementacion.texto == NO_MONTHS_NAMED
    assert [a for a in ficha.revision.avisos if a.campo.startswith("fechas")] == []


@pytest.mark.parametrize(
    ("run_in", "size", "separator", "checked"),
    [
        (True, 11, "   ", {"acogida_atencion", "nna"}),
        (False, 11, "    ", {"acogida_atencion", "nna", "otra"}),
        (True, 13, "  ", {"sociolaboral", "otra"}),
    ],
    ids=["run-in-label", "under-a-heading-otra-checked", "large-type-run-in"],
)
def test_an_inline_category_list_wrapped_over_lines_keeps_each_label_with_its_box(
    tmp_path, run_in, size, separator, checked
):
    """The category list as one paragraph "☐ Sociolaboral   ☒ Acogida/atención …" that LibreOffice
    wraps over lines: a box ends a line and its label starts the next ("☐" / "Capacitaciones ☐ …",
    the last box's "Otra: Regularización" alone on the last line). Each box is nearer the label after
    it than the one before it: every label is the words after its box, across the line breaks; a
    run-in "Categoría:" before the first box is the section's heading, no box's label."""
    b = DocBuilder()
    normal = b.doc.styles["Normal"]
    normal.font.name, normal.font.size = "Liberation Serif", Pt(size)
    items = separator.join(f"{'☒' if key in checked else '☐'} {label}" for key, label in CATEGORY_LABELS.items())

    def heading(b_: DocBuilder) -> None:
        if not run_in:
            b_.heading(HEADINGS["categorias"])

    def categories(b_: DocBuilder) -> None:
        p = b_.doc.add_paragraph()
        if run_in:
            p.add_run(HEADINGS["categorias"] + ": ").bold = True
        p.add_run(items)

    pdf = soffice_pdf(
        write_ficha(tmp_path, builder=b, headings={"categorias": heading}, parts={"categorias": categories})
    )
    (ficha,) = extract_document(pdf).fichas
    assert ficha.categorias == [key for key in CATEGORY_LABELS if key in checked]
    assert ficha.categoria_otra == ("Regularización" if "otra" in checked else None)
    assert ficha.grupo_prioritario == TEXTS["grupo_prioritario"]
    assert [a for a in ficha.revision.avisos if a.campo in ("categorias", "categoria_otra")] == []
