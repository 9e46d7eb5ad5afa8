"""Marks that are pictures (issue 20; trial 26 x01, x20, x22: a tick icon placed as an image in the
active month cells, category boxes as images): the page model holds the placed images, and a
picture of a mark's size is read as the mark of the display it stands in (`layout.settle_pictures`).
Pictures in some cells and not others mark theirs; pictures in every cell mark by their design (the
inkier of two), else a doubt on the field; a photo changes nothing."""

from __future__ import annotations

import io

import pytest
from docx.shared import Mm

from extractor.readers.pdf.reader import read_pages

from .docx_builders import CATEGORY_LABELS, MONTHS, MONTHS_SHORT, TEXTS, DocBuilder, Part, write_ficha
from .pdf_canvas import BODY, BOLD, Sheet, box_picture, photo_picture, tick_picture
from .records import records, records_by_engine

ACTIVE = [3, 4, 5, 8, 9, 10]
TEXT = "Se realizan dos programas al año, con una duración de tres meses cada uno."
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]
CATEGORIES = ["Sociolaboral", "Acogida/atención", "Emprendimiento", "Capacitaciones", "NNA"]
CHOSEN = [1, 4]  # indexes in CATEGORIES


def month_table_pdf(
    path, marks: dict[int, object], photo: bool = False, bar_size: tuple[float, float] = (9, 9)
) -> None:
    """A ficha whose month display is a ruled table of twelve 3-letter names over a row of cells,
    `marks` (month -> picture) placed `bar_size` points (9 pt square) in their cells; with `photo`, a photo beside the
    title and a picture behind the table's July cells (a logo printed under the table)."""
    sheet = Sheet(path)
    if photo:
        sheet.picture(420, 30, 130, 80, photo_picture())
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    if photo:
        sheet.picture(272, top + 4, 40, 36, photo_picture(80, 72))
    for n, name in enumerate(MONTHS):
        x = 45 + n * 38
        sheet.rect(x, top, 38, 14, line_width=0.6)
        sheet.rect(x, top + 14, 38, 16, line_width=0.6)
        sheet.text(x + 11, top + 3, name[:3], 8, BODY)
        if n + 1 in marks:
            w, h = bar_size
            sheet.picture(x + (38 - w) / 2, top + 14 + (16 - h) / 2, w, h, marks[n + 1])
    top += 30 + 10
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


def _month_avisos(record: dict) -> list[dict]:
    return [a for a in record["revision"]["avisos"] if a["campo"].startswith("fechas")]


def test_both_engines_give_the_placed_pictures(tmp_path):
    month_table_pdf(tmp_path / "ficha.pdf", {m: tick_picture() for m in ACTIVE})
    for engine in ("pdfium", "pdfplumber"):
        (page,) = read_pages(str(tmp_path / "ficha.pdf"), engine=engine)
        assert len(page.pictures) == len(ACTIVE)
        assert {(p["px_width"], p["px_height"]) for p in page.pictures} == {(48, 48)}
        assert len({p["digest"] for p in page.pictures}) == 1
        assert all(p["ink"] is not None and 0.05 < p["ink"] < 0.5 for p in page.pictures)


def test_tick_pictures_in_some_month_cells_mark_them(tmp_path):
    month_table_pdf(tmp_path / "ficha.pdf", {m: tick_picture() for m in ACTIVE})
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not _month_avisos(got)


def test_two_designs_in_every_month_cell_mark_the_inkier(tmp_path):
    ticked, empty = box_picture(ticked=True), box_picture()
    month_table_pdf(tmp_path / "ficha.pdf", {m: ticked if m in ACTIVE else empty for m in range(1, 13)})
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == ACTIVE
        assert not _month_avisos(got)


def test_one_design_in_every_month_cell_is_a_doubt(tmp_path):
    month_table_pdf(tmp_path / "ficha.pdf", {m: box_picture() for m in range(1, 13)})
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == []
        assert got["revision"]["estado"] == "revisar"
        assert any(
            a["campo"] == "fechas_implementacion.meses"
            and a["codigo"] == "lectura_dudosa"
            and "imágenes" in a["mensaje"]
            for a in got["revision"]["avisos"]
        )


def test_designs_alike_in_ink_are_a_doubt(tmp_path):
    """Two designs of about the same ink (a tick in one colour and in another) tell nothing apart."""
    green, blue = tick_picture(colour=(20, 110, 40)), tick_picture(colour=(20, 40, 110))
    month_table_pdf(tmp_path / "ficha.pdf", {m: green if m in ACTIVE else blue for m in range(1, 13)})
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == []
        assert any(a["campo"] == "fechas_implementacion.meses" for a in got["revision"]["avisos"])


def test_a_photo_changes_nothing(tmp_path):
    month_table_pdf(tmp_path / "plain.pdf", {m: tick_picture() for m in ACTIVE})
    month_table_pdf(tmp_path / "photo.pdf", {m: tick_picture() for m in ACTIVE}, photo=True)
    plain, photo = records_by_engine(tmp_path / "plain.pdf"), records_by_engine(tmp_path / "photo.pdf")
    for a, b in zip(plain, photo, strict=True):
        a.pop("fuente"), b.pop("fuente")
        assert a == b


def category_pictures_pdf(path, ticked: object, unticked: object | None) -> None:
    """A ficha whose category list is a column of 9 pt pictures (`ticked` before the chosen
    categories, `unticked` before the others, or nothing) each before its label."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 8
    for n, label in enumerate(CATEGORIES):
        picture = ticked if n in CHOSEN else unticked
        if picture is not None:
            sheet.picture(45, top, 9, 9, picture)
        sheet.text(60, top, label, 10, BODY)
        top += 15
    top = sheet.text(45, top + 8, "Fechas de implementación", 12, BOLD) + 6
    top = sheet.text(45, top, "De marzo a mayo.", 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


def test_category_boxes_drawn_as_pictures_are_read(tmp_path):
    category_pictures_pdf(tmp_path / "ficha.pdf", box_picture(ticked=True), box_picture())
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == ["acogida_atencion", "nna"]
        assert not [a for a in got["revision"]["avisos"] if a["campo"] == "categorias"]


def test_category_boxes_of_one_picture_are_no_marks_and_flagged(tmp_path):
    """One design before every category tells none apart (bullets, or empty boxes): no box is read,
    the labels stay text, and the list is flagged."""
    empty = box_picture()
    category_pictures_pdf(tmp_path / "ficha.pdf", empty, empty)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == []
        assert got["revision"]["estado"] == "revisar"
        assert any(a["campo"] == "categorias" for a in got["revision"]["avisos"])


@pytest.mark.parametrize("pixels", [24, 96])
def test_pictures_of_any_resolution_mark(tmp_path, pixels):
    month_table_pdf(tmp_path / "ficha.pdf", {m: tick_picture(pixels) for m in ACTIVE})
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == ACTIVE


# -- Word: pictures inline in cells and before labels ---------------------------------------------


def _png(image) -> io.BytesIO:
    stream = io.BytesIO()
    image.save(stream, format="PNG")
    stream.seek(0)
    return stream


def _put_picture(paragraph, image, side_mm: float = 3.5) -> None:
    paragraph.add_run().add_picture(_png(image), width=Mm(side_mm))


def word_month_table(pictures: dict[int, object], per_row: int = 12) -> Part:
    """The month display as a Word table: rows of `per_row` 3-letter names, each over a row of cells
    holding the pictures `pictures` (month -> picture) inline; then the dates' text."""

    def part(b: DocBuilder) -> None:
        rows = 12 // per_row
        table = b.doc.add_table(rows=2 * rows, cols=per_row)
        table.style = "Table Grid"
        for n, name in enumerate(MONTHS_SHORT):
            row, col = divmod(n, per_row)
            table.cell(2 * row, col).text = name
            if n + 1 in pictures:
                _put_picture(table.cell(2 * row + 1, col).paragraphs[0], pictures[n + 1])
        b.paragraph(TEXT)

    return part


@pytest.mark.parametrize("per_row", [12, 4])
def test_word_pictures_in_some_month_cells_mark_them(tmp_path, per_row):
    path = write_ficha(
        tmp_path, parts={"fechas_implementacion": word_month_table({m: tick_picture() for m in ACTIVE}, per_row)}
    )
    (got,) = records(path)
    assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
    assert not _month_avisos(got)


def test_word_two_designs_in_every_month_cell_mark_the_inkier(tmp_path):
    ticked, empty = box_picture(ticked=True), box_picture()
    pictures = {m: ticked if m in ACTIVE else empty for m in range(1, 13)}
    path = write_ficha(tmp_path, parts={"fechas_implementacion": word_month_table(pictures)})
    (got,) = records(path)
    assert got["fechas_implementacion"]["meses"] == ACTIVE
    assert not _month_avisos(got)


def test_word_one_design_in_every_month_cell_is_a_doubt(tmp_path):
    path = write_ficha(
        tmp_path, parts={"fechas_implementacion": word_month_table({m: box_picture() for m in range(1, 13)})}
    )
    (got,) = records(path)
    assert got["fechas_implementacion"]["meses"] == []
    assert any(
        a["campo"] == "fechas_implementacion.meses" and "imágenes" in a["mensaje"] for a in got["revision"]["avisos"]
    )


def word_category_pictures(ticked, unticked) -> Part:
    """The category list as one paragraph per category: a picture inline, then the label."""

    def part(b: DocBuilder) -> None:
        for cid, label in CATEGORY_LABELS.items():
            p = b.doc.add_paragraph()
            _put_picture(p, ticked if cid in ("acogida_atencion", "nna") else unticked)
            p.add_run(f" {label}")

    return part


def test_word_category_boxes_drawn_as_pictures_are_read(tmp_path):
    part = word_category_pictures(box_picture(ticked=True), box_picture())
    (got,) = records(write_ficha(tmp_path, parts={"categorias": part}))
    assert got["categorias"] == ["acogida_atencion", "nna"]
    assert not [a for a in got["revision"]["avisos"] if a["campo"] == "categorias"]


def test_word_photo_is_no_mark(tmp_path):
    def photo_then_text(b: DocBuilder) -> None:
        _put_picture(b.doc.add_paragraph(), photo_picture(), side_mm=60)
        b.paragraph(TEXTS["descripcion"])

    plain = records(write_ficha(tmp_path, name="plain.docx"))[0]
    photo = records(write_ficha(tmp_path, name="photo.docx", parts={"descripcion": photo_then_text}))[0]
    plain.pop("fuente"), photo.pop("fuente")
    avisos = photo.pop("revision")["avisos"]
    plain.pop("revision")
    assert plain == photo
    assert all("sigue a una imagen" in a["mensaje"] for a in avisos)  # the photo's caption doubt, as before


def month_grid_pdf(path, per_row: int, marks: dict[int, object]) -> None:
    """Twelve 3-letter names in ruled cells in rows of `per_row` (40 pt wide, 28 pt tall), a 9 pt
    picture under the names of `marks` (month -> picture)."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 8
    for n, name in enumerate(MONTHS):
        row, col = divmod(n, per_row)
        x, y = 45 + col * 40, top + row * 28
        sheet.rect(x, y, 40, 28, line_width=0.6)
        sheet.text(x + 10, y + 2, name[:3], 8, BODY)
        if n + 1 in marks:
            sheet.picture(x + 15.5, y + 14, 9, 9, marks[n + 1])
    top += 28 * (12 // per_row) + 8
    top = sheet.text(45, top, TEXT, 10, BODY) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10, BODY)
    sheet.save()


@pytest.mark.parametrize("per_row", [4, 6])
def test_pictures_under_names_in_a_grid_mark_them(tmp_path, per_row):
    month_grid_pdf(tmp_path / "ficha.pdf", per_row, {m: tick_picture() for m in ACTIVE})
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"] == {"meses": ACTIVE, "texto": TEXT}
        assert not _month_avisos(got)


def test_one_design_under_every_name_in_a_grid_is_a_doubt(tmp_path):
    month_grid_pdf(tmp_path / "ficha.pdf", 4, {m: box_picture() for m in range(1, 13)})
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["fechas_implementacion"]["meses"] == []
        assert any(a["campo"] == "fechas_implementacion.meses" for a in got["revision"]["avisos"])


def headed_pdf(path, icons: list[object] | None) -> None:
    """A ficha whose section headings each follow a 9 pt icon (`icons`, one per heading in turn), or none."""
    sheet = Sheet(path)
    sheet.text(45, 50, "Escuela de oficios para mujeres migrantes", 20, BOLD)
    sheet.text(45, 85, "MUNICIPALIDAD PUENTE ALTO", 10, BOLD)
    top = 115.0
    sections = [*SECTIONS, ("Fechas de implementación", TEXT), ("Breve descripción", "Se abre una escuela.")]
    for n, (heading, text) in enumerate(sections):
        if icons:
            sheet.picture(45, top + 1, 10, 10, icons[n % len(icons)])
        top = sheet.text(60, top, heading, 12, BOLD) + 6
        top = sheet.text(60, top, text, 10, BODY) + 16
    sheet.save()


@pytest.mark.parametrize("designs", ["one", "many"])
def test_icons_before_headings_change_nothing(tmp_path, designs):
    icons = [tick_picture()] if designs == "one" else [tick_picture(colour=(n * 60, 30, 90)) for n in range(4)]
    headed_pdf(tmp_path / "plain.pdf", None)
    headed_pdf(tmp_path / "icons.pdf", icons)
    plain, iconed = records_by_engine(tmp_path / "plain.pdf"), records_by_engine(tmp_path / "icons.pdf")
    for a, b in zip(plain, iconed, strict=True):
        a.pop("fuente"), b.pop("fuente")
        assert a == b


def test_word_icons_before_headings_change_nothing(tmp_path):
    def iconed(b: DocBuilder, text: str) -> None:
        p = b.doc.add_paragraph(style="Heading 2")
        _put_picture(p, tick_picture())
        p.add_run(f" {text}")

    plain = records(write_ficha(tmp_path, name="plain.docx"))[0]
    icons = records(write_ficha(tmp_path, name="icons.docx", heading=iconed))[0]
    plain.pop("fuente"), icons.pop("fuente")
    assert plain == icons


def test_pictures_of_no_mark_shape_in_month_cells_are_flagged(tmp_path):
    """A picture standing in month cells that is no mark's shape (a wide bar) is not read, but the
    field says a picture stands there: never no month read, silently, over pictures in the cells."""
    bar = tick_picture().resize((96, 24))
    sheet_path = tmp_path / "ficha.pdf"
    month_table_pdf(sheet_path, {m: bar for m in ACTIVE}, bar_size=(30, 7))
    for got in records_by_engine(sheet_path):
        assert got["fechas_implementacion"]["meses"] == []
        assert any(
            a["campo"] == "fechas_implementacion.meses" and "no se leyó como marca" in a["mensaje"]
            for a in got["revision"]["avisos"]
        )


def test_word_pictures_of_no_mark_shape_in_month_cells_are_flagged(tmp_path):
    bar = tick_picture().resize((96, 24))

    def table(b: DocBuilder) -> None:
        t = b.doc.add_table(rows=2, cols=12)
        for n, name in enumerate(MONTHS_SHORT):
            t.cell(0, n).text = name
            if n + 1 in ACTIVE:
                _put_picture(t.cell(1, n).paragraphs[0], bar, side_mm=12)
        b.paragraph(TEXT)

    (got,) = records(write_ficha(tmp_path, parts={"fechas_implementacion": table}))
    assert got["fechas_implementacion"]["meses"] == []
    assert any(
        a["campo"] == "fechas_implementacion.meses" and "no se leyó como marca" in a["mensaje"]
        for a in got["revision"]["avisos"]
    )
