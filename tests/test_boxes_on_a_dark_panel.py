"""Category boxes drawn on a dark side panel (a new user's trial of 2026-12-07, trial 29 ed15: white
outlines on navy, the checked boxes filled yellow, the others hollow): a box's fill is read against
the panel behind it, not against the paper; a fill that differs from the panel marks the box. Boxes
all filled alike are the boxes' style (white boxes on navy), never all marked. And a text written
after "Otra:" whose box was read unchecked is never dropped unsaid (`lectura_dudosa` on
`categoria_otra`)."""

from __future__ import annotations

import pytest

from .docx_builders import CATEGORY_LABELS
from .pdf_canvas import BODY, BOLD, SYMBOLS, Sheet
from .records import records

NAVY = "312e81"
YELLOW = "fcd34d"
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Personas migrantes y refugiadas."),
    ("Forma de financiamiento", "Recursos propios de la municipalidad."),
    ("Breve descripción", "La academia ofrece cursos de oficio a personas migrantes de la comuna."),
    ("Líneas Sello", "Fortalecimiento institucional, ya que la municipalidad capacita a su equipo."),
]
CHECKED = {"sociolaboral", "nna", "otra"}


def _white(sheet: Sheet) -> None:
    sheet.canvas.setFillColorRGB(1, 1, 1)
    sheet.canvas.setStrokeColorRGB(1, 1, 1)


def panel_ficha(
    path,
    box_fill,
    checked_fill,
    glyph: bool = False,
    panel: str = NAVY,
    outline: str = "same",
    ink: str = "ffffff",
) -> None:
    """A ficha whose title, label and category list stand on a dark panel down the left side, its
    boxes white-outlined, `box_fill` inside an unchecked box (None: hollow) and `checked_fill` in a
    checked one (a ✓ in it too when `glyph`); the sections in black to the right. `outline`: "same"
    strokes the filled square, "stroke" strokes a second square over it, "under" draws the outline
    as a square filled under the box's fill; `ink` the outline's colour."""
    sheet = Sheet(path)
    sheet.rect(0, 0, 180, sheet.height, stroke=False, fill=panel)
    _white(sheet)
    sheet.text(15, 40, "Festival Multicultural", 16, BOLD)
    _white(sheet)
    sheet.text(15, 64, "Municipalidad de San Joaquín", 9, BODY)
    _white(sheet)
    top = sheet.text(15, 100, "Categoría", 10, BOLD) + 8
    for key, label in CATEGORY_LABELS.items():
        fill = checked_fill if key in CHECKED else box_fill
        sheet.canvas.setStrokeColorRGB(*(int(ink[i : i + 2], 16) / 255 for i in (0, 2, 4)))
        if outline == "same":
            sheet.rect(15, top, 7, 7, stroke=True, fill=fill)
        elif outline == "stroke":
            sheet.rect(15, top, 7, 7, stroke=False, fill=fill)
            sheet.rect(15, top, 7, 7, stroke=True)
        else:
            sheet.rect(14.2, top - 0.8, 8.6, 8.6, stroke=False, fill=ink)
            sheet.rect(15, top, 7, 7, stroke=False, fill=fill)
        if glyph and key in CHECKED:
            sheet.text(15.5, top, "✓", 7, SYMBOLS)
        _white(sheet)
        sheet.text(27, top, label, 8, BODY)
        top += 12
    sheet.canvas.setFillColorRGB(0, 0, 0)
    sheet.canvas.setStrokeColorRGB(0, 0, 0)
    sheet.sections(40, SECTIONS, x=200)
    sheet.save()


def avisos(record: dict, field: str) -> list[dict]:
    return [a for a in record["revision"]["avisos"] if a["campo"] == field]


def test_a_box_filled_unlike_its_dark_panel_is_checked(tmp_path):
    panel_ficha(tmp_path / "f.pdf", None, YELLOW)
    (record,) = records(tmp_path / "f.pdf")
    assert record["categorias"] == ["sociolaboral", "nna", "otra"]
    assert record["categoria_otra"] == "Regularización"
    assert avisos(record, "categorias") == [] and avisos(record, "categoria_otra") == []


def test_white_boxes_on_a_dark_panel_are_their_style(tmp_path):
    """Every box filled white, the checked ones ticked: the ticks are the marks, the fill none."""
    panel_ficha(tmp_path / "f.pdf", "ffffff", "ffffff", glyph=True)
    (record,) = records(tmp_path / "f.pdf")
    assert record["categorias"] == ["sociolaboral", "nna", "otra"]


def test_boxes_all_filled_alike_on_a_dark_panel_are_in_doubt(tmp_path):
    panel_ficha(tmp_path / "f.pdf", YELLOW, YELLOW)
    (record,) = records(tmp_path / "f.pdf")
    assert record["categorias"] == []
    assert record["revision"]["estado"] == "revisar"
    assert any(a["codigo"] == "lectura_dudosa" for a in avisos(record, "categorias"))


def test_boxes_in_two_tones_on_a_dark_panel_read_as_on_paper(tmp_path):
    """White boxes, the checked ones filled black: the dark tone marks, as on paper."""
    panel_ficha(tmp_path / "f.pdf", "ffffff", "000000", panel="3b5998")
    (record,) = records(tmp_path / "f.pdf")
    assert record["categorias"] == ["sociolaboral", "nna", "otra"]


def test_an_unchecked_otra_with_a_write_in_is_said(tmp_path):
    """Nothing marks the boxes (all hollow): "Otra: Regularización" read unchecked keeps an aviso."""
    panel_ficha(tmp_path / "f.pdf", None, None)
    (record,) = records(tmp_path / "f.pdf")
    assert record["categoria_otra"] is None
    assert any("Regularización" in a["mensaje"] for a in avisos(record, "categoria_otra"))


def test_boxes_filled_white_or_in_the_panel_s_own_colour_outlined_dark(tmp_path):
    """Every box has a fill of its own, white or the panel's navy, all outlined dark (a browser's
    CSS-filled checkbox on a side panel, design harness seeds 214 and 9390): the navy ones are filled
    with the ink they are drawn in, the white ones are blank boxes; the navy ones mark."""
    panel_ficha(tmp_path / "f.pdf", "ffffff", NAVY, ink="333333")
    (record,) = records(tmp_path / "f.pdf")
    assert record["categorias"] == ["sociolaboral", "nna", "otra"]
    assert avisos(record, "categorias") == []


@pytest.mark.parametrize("outline", ["same", "under"])
def test_boxes_filled_white_or_in_the_panel_s_own_colour_outlined_white(tmp_path, outline):
    """The same fills outlined white (trial 30 ed69, ed82): the navy boxes look hollow, the white ones
    are filled with the ink they are drawn in; the white ones mark."""
    panel_ficha(tmp_path / "f.pdf", NAVY, "ffffff", outline=outline)
    (record,) = records(tmp_path / "f.pdf")
    assert record["categorias"] == ["sociolaboral", "nna", "otra"]
    assert record["categoria_otra"] == "Regularización"
    assert avisos(record, "categorias") == []


def test_boxes_filled_white_or_in_the_panel_s_own_colour_outlined_mid_grey_are_in_doubt(tmp_path):
    """Outlined in a grey neither white nor the panel's tone: which fill is the ink's is not told;
    read as on paper (the navy ones), flagged."""
    panel_ficha(tmp_path / "f.pdf", "ffffff", NAVY, ink="8c8c8c")
    (record,) = records(tmp_path / "f.pdf")
    assert record["categorias"] == ["sociolaboral", "nna", "otra"]
    assert record["revision"]["estado"] == "revisar"
    assert any(a["codigo"] == "lectura_dudosa" for a in avisos(record, "categorias"))


DEEP_NAVY = "16324f"
MID_GREY_BLUE = "7d8a99"  # luminance about 0.53: neither dark nor light


@pytest.mark.parametrize(
    ("panel", "checked_fill", "outline"),
    [
        (DEEP_NAVY, "f4c542", "same"),  # trial 30 ed37: yellow beside navy-filled boxes on a navy panel
        (DEEP_NAVY, "f4c542", "stroke"),
        (DEEP_NAVY, "f4c542", "under"),
        (MID_GREY_BLUE, "f4c542", "same"),
        (MID_GREY_BLUE, "f4c542", "under"),
        (DEEP_NAVY, "5a0a0a", "same"),  # a dark red as dark as the panel
        (MID_GREY_BLUE, "202020", "stroke"),
    ],
)
def test_a_box_filled_in_its_panel_s_colour_looks_hollow(tmp_path, panel, checked_fill, outline):
    """The unchecked boxes filled in the panel's own colour look hollow, whatever their tone beside
    the checked ones' fill: the boxes filled otherwise are the checked ones, and Otra's write-in is
    kept."""
    panel_ficha(tmp_path / "f.pdf", panel, checked_fill, panel=panel, outline=outline)
    (record,) = records(tmp_path / "f.pdf")
    assert record["categorias"] == ["sociolaboral", "nna", "otra"]
    assert record["categoria_otra"] == "Regularización"
    assert avisos(record, "categorias") == []


def test_a_coloured_box_beside_white_ones_on_a_panel_is_checked(tmp_path):
    """White is the printed blank box: yellow beside it marks, light as it is."""
    panel_ficha(tmp_path / "f.pdf", "ffffff", "f4c542", panel=DEEP_NAVY)
    (record,) = records(tmp_path / "f.pdf")
    assert record["categorias"] == ["sociolaboral", "nna", "otra"]
    assert avisos(record, "categorias") == []


def test_boxes_in_two_colours_neither_blank_on_a_panel_are_in_doubt(tmp_path):
    """Light grey and yellow boxes on a navy panel: neither is a blank look, so the fill does not say
    which marks; read the darker, flagged."""
    panel_ficha(tmp_path / "f.pdf", "c8c8c8", "f4c542", panel=DEEP_NAVY)
    (record,) = records(tmp_path / "f.pdf")
    assert record["revision"]["estado"] == "revisar"
    assert any(a["codigo"] == "lectura_dudosa" for a in avisos(record, "categorias"))
