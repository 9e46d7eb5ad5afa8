"""The category list as chips (issue 20, a new user's trial): each category's name in a rounded pill,
the selected ones filled (dark, white text) and the others outlined or pale, or on a dark panel
the selected ones light; or only the selected ones printed as chips, the others absent. Read by
the fills compared within the display (`readers/pdf/chips.py`). Chips alike that print only some
categories are the selected ones (a list of tags), read whole unless a name is left as text;
chips all alike over every category tell nothing: none is read selected, and a flag says so."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .docx_builders import CATEGORY_LABELS
from .pdf_canvas import BODY, BOLD, Sheet
from .records import records_by_engine

LABELS = list(CATEGORY_LABELS.values())  # the template's list, as printed
IDS = [
    "sociolaboral",
    "acogida_atencion",
    "emprendimiento",
    "capacitaciones",
    "cooperativas",
    "intermediacion_laboral",
    "nna",
    "otra",
]
SELECTED = [1, 3, 6]
SECTIONS = [
    ("Departamento/Oficinas municipales que participan", "Oficina de Migración"),
    ("Grupo prioritario", "Mujeres migrantes jefas de hogar."),
]
SIZE = 9.0
# how the chips look: (fill of a selected chip, fill of the others, outline of the others, panel behind)
LOOKS = {
    "filled-and-outlined": ("1F4E79", None, True, None),
    "filled-and-pale": ("2B6CB0", "E8EEF5", False, None),
    "light-on-a-dark-panel": ("FFFFFF", None, True, "1B3A6B"),
}
PALE = ("E8EEF5", None, True, None)  # a pale tint beside outlined chips: the greyed ones may be the unselected


def chip_ficha(path, chips: list[tuple[str, bool]], look: str, plain_below: str = "") -> None:
    """A ficha whose Categoría section prints `chips` ((label, selected) each) as rounded pills,
    four to a row, in the `look` of LOOKS; `plain_below` a line of text under them."""
    on_fill, off_fill, off_outline, panel = PALE if look == "pale" else LOOKS[look]
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 8
    rows = (len(chips) + 3) // 4
    if panel:
        sheet.rect(38, top - 6, 520, rows * 2.4 * SIZE + 8, stroke=False, fill=panel)
    x, row_top = 45.0, top
    for n, (label, on) in enumerate(chips):
        if n and n % 4 == 0:
            x, row_top = 45.0, row_top + 2.4 * SIZE
        w = stringWidth(label, BODY, SIZE) + 1.6 * SIZE
        fill = on_fill if on else off_fill
        sheet.rect(x, row_top, w, 1.8 * SIZE, stroke=not on and off_outline, fill=fill, radius=0.9 * SIZE)
        light_text = (on and not panel) or (not on and panel)
        sheet.canvas.setFillGray(1 if light_text else 0)
        sheet.canvas.setStrokeGray(1 if panel else 0)
        sheet.text(x + 0.8 * SIZE, row_top + 0.45 * SIZE, label, SIZE, BODY)
        sheet.canvas.setFillGray(0)
        sheet.canvas.setStrokeGray(0)
        x += w + 0.8 * SIZE
    top = row_top + 2.4 * SIZE + 14
    if plain_below:
        top = sheet.text(45, top - 8, plain_below, SIZE, BODY) + 14
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 6
    top = sheet.text(45, top, "De marzo a octubre de cada año.", 10) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10)
    sheet.save()


def category_avisos(got: dict) -> list[dict]:
    return [a for a in got["revision"]["avisos"] if a["campo"] in ("categorias", "categoria_otra")]


@pytest.mark.parametrize("look", list(LOOKS))
def test_the_chips_that_stand_out_are_the_selected_categories(tmp_path, look):
    """Every category printed as a chip: the selected ones are those whose fill stands out from
    what is behind them (dark on white; white on a dark panel), no flag; their names leave the text."""
    chip_ficha(tmp_path / "ficha.pdf", [(label, n in SELECTED) for n, label in enumerate(LABELS)], look)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == [IDS[n] for n in SELECTED]
        assert category_avisos(got) == []
        assert got["fechas_implementacion"]["texto"] == "De marzo a octubre de cada año."
        assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


def test_otra_selected_as_a_chip_gives_its_text(tmp_path):
    chip_ficha(tmp_path / "ficha.pdf", [(label, n in (0, 7)) for n, label in enumerate(LABELS)], "filled-and-pale")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == ["sociolaboral", "otra"]
        assert got["categoria_otra"] == "Regularización"
        assert category_avisos(got) == []


def test_only_the_selected_printed_as_chips_are_the_selected(tmp_path):
    """Two chips alike, the other categories not printed: a list of tags naming the selected ones,
    read whole: no flag (trial 27 ed02)."""
    chip_ficha(tmp_path / "ficha.pdf", [(LABELS[1], True), (LABELS[6], True)], "filled-and-outlined")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == ["acogida_atencion", "nna"]
        assert category_avisos(got) == []
        assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


def test_a_tag_list_with_a_name_left_as_text_is_flagged(tmp_path):
    """Tags of the selected ones, and another category's name printed plain below them (no pill):
    the list was not read whole, so `categorias` says which categories no chip was read for."""
    path = tmp_path / "ficha.pdf"
    chip_ficha(path, [(LABELS[1], True), (LABELS[6], True)], "filled-and-outlined", plain_below=LABELS[4])
    for got in records_by_engine(path):
        assert got["categorias"] == ["acogida_atencion", "nna"]
        assert got["revision"]["estado"] == "revisar"
        assert any(a["codigo"] == "lectura_dudosa" and "cooperativas" in a["mensaje"] for a in category_avisos(got)), (
            category_avisos(got)
        )


def tile_ficha(path, selected: list[int], column: float = 80.0) -> None:
    """A ficha whose Categoría section prints the categories as tiles of a two-column grid (trial 27
    ed17): each tile as wide as its column, a name too wide for it wrapped on a second line, and a
    row's tiles as tall as its tallest; the selected tiles filled dark with white names, the others
    outlined with grey names."""
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 8
    pad, line, gap = 0.5 * SIZE, 1.2 * SIZE, 3.0
    for row in range(0, len(LABELS), 2):
        cells = [(n, LABELS[n]) for n in (row, row + 1)]
        parts = {
            n: label.split(" ", 1) if stringWidth(label, BODY, SIZE) > column - 2 * pad else [label]
            for n, label in cells
        }
        tall = max(len(p) for p in parts.values()) * line + 2 * pad
        for k, (n, _) in enumerate(cells):
            x, on = 45.0 + k * (column + gap), n in selected
            sheet.rect(x, top, column, tall, stroke=not on, fill="1565C0" if on else None, radius=2.0)
            sheet.canvas.setFillGray(1 if on else 0.55)
            for j, part in enumerate(parts[n]):
                sheet.text(x + pad, top + pad + 0.1 * SIZE + j * line, part, SIZE, BODY)
            sheet.canvas.setFillGray(0)
        top += tall + gap
    top += 14
    top = sheet.text(45, top, "Fechas de implementación", 12, BOLD) + 6
    top = sheet.text(45, top, "De marzo a octubre de cada año.", 10) + 16
    top = sheet.text(45, top, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10)
    sheet.save()


@pytest.mark.parametrize("selected", [[0, 4], [5, 6]], ids=["beside-a-wrapped-one", "wrapped"])
def test_tiles_of_a_grid_wrapped_or_stretched_are_chips(tmp_path, selected):
    """Tiles as wide as their grid column, one name wrapped on two lines and its row-mate stretched
    to its height: each a chip, selected by its fill; no name left as text, no flag."""
    tile_ficha(tmp_path / "ficha.pdf", selected)
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == [IDS[n] for n in selected], got["revision"]["avisos"]
        assert category_avisos(got) == []
        assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]


def test_every_category_as_a_chip_alike_tells_nothing(tmp_path):
    """All eight chips filled alike: a legend, or all selected? None is read selected, and flagged."""
    chip_ficha(tmp_path / "ficha.pdf", [(label, True) for label in LABELS], "filled-and-outlined")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == []
        assert any(a["codigo"] == "lectura_dudosa" and a["campo"] == "categorias" for a in got["revision"]["avisos"])
        assert not [a for a in got["revision"]["avisos"] if a["codigo"] == "texto_sin_ubicar"]  # read as chips


def browser_category_ficha(tmp_path, font: str, style: str, categories: str):  # type: ignore[no-untyped-def]
    """A one-ficha page printed by Chromium (`tmp_path`/ficha.pdf, returned): the sections of SECTIONS,
    the category list as the HTML `categories` under "Categoría" with the CSS `style`, in `font`."""
    from .designs.browser import print_pdf

    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'{font}';font-size:10pt}}
    h3{{font-size:11pt}} {style}</style></head>
    <body><h1>Escuela de oficios para mujeres migrantes</h1><p><b>MUNICIPALIDAD PUENTE ALTO</b></p>
    <h3>{SECTIONS[0][0]}</h3><p>{SECTIONS[0][1]}</p><h3>{SECTIONS[1][0]}</h3><p>{SECTIONS[1][1]}</p>
    <h3>Categoría</h3>{categories}
    <h3>Fechas de implementación</h3><p>De marzo a octubre de cada año.</p>
    <h3>Breve descripción</h3><p>La municipalidad abre una escuela de oficios.</p></body></html>"""
    page = tmp_path / "ficha.html"
    page.write_text(html, encoding="utf-8")
    print_pdf(page, tmp_path / "ficha.pdf")
    return tmp_path / "ficha.pdf"


@pytest.mark.browser
def test_browser_chips_of_the_selected_categories(tmp_path, chromium):
    """Chromium's print of CSS chips (border-radius, the selected ones filled with white text)."""
    chips = "".join(
        f'<span class="chip{" on" if n in SELECTED else ""}">{label}</span>' for n, label in enumerate(LABELS)
    )
    style = """.chip{display:inline-block;border-radius:999px;padding:2px 10px;margin:2px 4px;
    border:1px solid #2b6cb0;color:#2b6cb0} .chip.on{background:#2b6cb0;color:white}"""
    pdf = browser_category_ficha(tmp_path, "Liberation Sans", style, f"<div>{chips}</div>")
    for got in records_by_engine(pdf):
        assert got["categorias"] == [IDS[n] for n in SELECTED]
        assert category_avisos(got) == []
        assert got["fechas_implementacion"]["texto"] == "De marzo a octubre de cada año."


def test_a_pale_tint_beside_outlined_chips_is_a_doubt(tmp_path):
    """Some chips in a pale tint, the others outlined, some categories not printed: the tint may
    mark the selected or grey out the others. None is read selected; a note says why (read as one
    look, the four printed were all read selected)."""
    chip_ficha(tmp_path / "ficha.pdf", [(LABELS[n], n in SELECTED) for n in (0, 1, 3, 4)], "pale")
    for got in records_by_engine(tmp_path / "ficha.pdf"):
        assert got["categorias"] == []
        (aviso,) = [a for a in category_avisos(got) if a["codigo"] == "lectura_dudosa"]
        assert "no se separan con claridad" in aviso["mensaje"]


def test_label_cells_hugging_their_names_beside_typed_marks_are_a_table_not_chips(tmp_path):
    """A ruled table whose label cells (drawn shapes) hug each category's name, a typed "X" in the
    mark cell beside the checked ones: the cells share edges, so they are a table's (read by its
    marks), never chips (read as chips, all alike, nothing was selected)."""
    path = tmp_path / "ficha.pdf"
    sheet = Sheet(path)
    top = sheet.ficha_head(SECTIONS)
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 8
    width = max(stringWidth(label, BODY, SIZE) for label in LABELS) + 1.2 * SIZE
    for n, label in enumerate(LABELS):
        sheet.rect(45, top, width, 1.8 * SIZE)
        sheet.rect(45 + width, top, 4 * SIZE, 1.8 * SIZE)  # wider than a checkbox
        sheet.text(45 + 0.6 * SIZE, top + 0.45 * SIZE, label, SIZE, BODY)
        if n in SELECTED:
            sheet.text(45 + width + 1.6 * SIZE, top + 0.45 * SIZE, "X", SIZE, BOLD)
        top += 1.8 * SIZE
    top = sheet.text(45, top + 14, "Breve descripción", 12, BOLD) + 6
    sheet.text(45, top, "La municipalidad abre una escuela de oficios.", 10)
    sheet.save()
    for got in records_by_engine(path):
        assert got["categorias"] == [IDS[n] for n in SELECTED]
        assert category_avisos(got) == []


@pytest.mark.browser
@pytest.mark.parametrize(
    ("style", "layout"),
    [
        ("mark{background:#ffff00}", "div"),
        ("mark{background:#b3e5fc;padding:0 2px}", "grid"),
        ("mark{background:#c8e6c9} div{font-family:'DejaVu Sans';font-size:8.5pt;margin:1mm 0}", "div"),
    ],
    ids=["yellow-lines", "blue-grid", "green-sans-lines"],
)
def test_browser_highlighted_names_among_plain_ones(tmp_path, chromium, style, layout):
    """Every category's name printed, the selected ones highlighted (`<mark>`, a Word file's
    highlighter printed to PDF: trial 26 x21), the others plain: the plain names complete the list
    (`chips._plain_names`) and are its unselected ones; nothing is said unprinted or left over."""
    names = [f"<mark>{label}</mark>" if n in SELECTED else label for n, label in enumerate(LABELS)]
    if layout == "div":
        html = "".join(f"<div>{name}</div>" for name in names)
    elif layout == "grid":
        html = (
            '<div style="display:grid;grid-template-columns:1fr 1fr;row-gap:2mm">'
            + "".join(f"<span>{name}</span>" for name in names)
            + "</div>"
        )
    else:
        html = "<p>" + " &nbsp; ".join(names) + "</p>"
    pdf = browser_category_ficha(tmp_path, "Liberation Serif", style, html)
    for got in records_by_engine(pdf):
        assert got["categorias"] == [IDS[n] for n in SELECTED]
        assert category_avisos(got) == []
