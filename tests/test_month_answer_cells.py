"""Month tables whose body cells say yes or no in words ("Sí" under an active month, "No" under the
others) instead of a mark: read by them, no aviso (issue 20, part 3; trial 26 x05: every cell quoted
in an aviso and no month read). A body with other words keeps its avisos. The designs are this test's own.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document

from .docx_builders import MONTHS, MONTHS_SHORT, DocBuilder, text_run, write_ficha
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records_by_engine

ACTIVE = [3, 4, 9]
TEXT = "Una jornada en cada mes señalado."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]


def pdf_answer_table(path, yes: str, no: str | None, width: float, short: bool, late: str | None = None) -> None:
    """A ruled month table: names over cells saying `yes` in the active months, `no` (or nothing)
    in the others (`late`, when given, in the inactive months of the last quarter)."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    for n, name in enumerate(MONTHS, start=1):
        x = 45 + (n - 1) * width
        sheet.rect(x, top, width, 14, line_width=0.6)
        sheet.rect(x, top + 14, width, 14, line_width=0.6)
        sheet.text(x + 3, top + 3, name[:3] if short else name[:4].rstrip("."), 8, BODY)
        answer = yes if n in ACTIVE else late if late and n > 9 else no
        if answer:
            sheet.text(x + 4, top + 17, answer, 8, BODY)
    top += 36
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


def _month_avisos(record: dict) -> list[str]:
    return [a["codigo"] for a in record["revision"]["avisos"] if a["campo"].startswith("fechas")]


@pytest.mark.parametrize(
    "yes, no, width",
    [("Sí", "No", 36), ("SÍ", "NO", 40), ("Sí", None, 34), ("Sí", "—", 36), ("Sí", "-", 36)],
    ids=["si-no", "caps", "si-blank", "si-em-dash", "si-hyphen"],
)
def test_pdf_cells_saying_yes_are_the_active_months(tmp_path, yes, no, width):
    pdf_answer_table(tmp_path / "ficha.pdf", yes, no, width, True)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert _month_avisos(got) == []


def test_pdf_cells_with_other_words_keep_their_avisos(tmp_path):
    pdf_answer_table(tmp_path / "ficha.pdf", "Sí", "Tal vez", 40, True)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert "lectura_dudosa" in _month_avisos(got)


@pytest.mark.parametrize("yes, no, late", [("—", None, None), ("Sí", "No", "—")], ids=["dash-blank", "yes-no-dash"])
def test_pdf_dashes_beside_no_yes_cell_keep_their_avisos(tmp_path, yes, no, late):
    """A dash is also a "no data" mark: it says no only beside cells saying yes and none saying no
    (trial 27 ed05: "Sí" / "—"). Dashes with blanks, or beside "No" cells, keep the cells' avisos."""
    pdf_answer_table(tmp_path / "ficha.pdf", yes, no, 36, True, late)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert "lectura_dudosa" in _month_avisos(got)


@pytest.mark.parametrize("yes, no", [("Sí", "No"), ("si", "no"), ("Sí", "—")])
def test_docx_cells_saying_yes_are_the_active_months(tmp_path, yes, no):
    def dates(b: DocBuilder) -> None:
        b.month_table({m: text_run(yes if m in ACTIVE else no) for m in range(1, 13)})
        b.paragraph(TEXT)

    (ficha,) = extract_document(write_ficha(tmp_path, parts={"fechas_implementacion": dates})).fichas
    record = ficha.model_dump(mode="json")
    assert record["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
    assert _month_avisos(record) == []


@pytest.mark.slow
def test_word_cells_saying_yes_exported_by_libreoffice(tmp_path):
    """The Word table's PDF as LibreOffice exports it (ruled: Word's "Table Grid"): the cells' words
    read the same way."""
    from .designs.word import export_pdfs, tool

    if tool() is None:
        pytest.skip("soffice is not on PATH (Debian: apt-get install libreoffice-writer-nogui)")

    def dates(b: DocBuilder) -> None:
        table = b.month_table({m: text_run("Sí" if m in ACTIVE else "No") for m in range(1, 13)}, header=MONTHS_SHORT)
        table.style = "Table Grid"  # ruled, as Word's default table is
        b.paragraph(TEXT)

    docx = write_ficha(tmp_path, parts={"fechas_implementacion": dates})
    export_pdfs([docx], tmp_path)
    for got in records_by_engine(docx.with_suffix(".pdf")):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert _month_avisos(got) == []
