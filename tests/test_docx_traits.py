"""Traits of real Word files (issue 12), each in a small generated ficha: wrappers around
any part of a table, nested tables, hidden text, imported documents (w:altChunk), symbol
font marks, tracked changes, and what the reader cannot read becoming an aviso."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from extractor import glyphs
from extractor.pipeline import extract_document
from extractor.problems import DocumentError, Kind

from .docx_builders import (
    CATEGORY_LABELS,
    MONTHS,
    TEXTS,
    DocBuilder,
    body_xml,
    cell_xml,
    change,
    custom_xml,
    glyph_box,
    month_rows,
    paragraph_xml,
    row_xml,
    sdt,
    smart_tag,
    sym_box,
    table_xml,
    text_box,
    text_run,
    write_ficha,
)
from .test_cases import field_texts

MARCH_TO_MAY = [3, 4, 5]
X = text_run("X")


def record_of(path) -> dict:
    (ficha,) = extract_document(path).fichas
    return ficha.model_dump(mode="json")


def avisos(record: dict) -> list[tuple[str, str]]:
    return [(a["campo"], a["codigo"]) for a in record["revision"]["avisos"]]


def dates_record(tmp_path, table: str) -> dict:
    """The record of a ficha whose dates section is the given table XML (and no text)."""
    return record_of(write_ficha(tmp_path, parts={"fechas_implementacion": body_xml(table)}))


def months_marked(months: list[int], mark: str = X) -> dict[int, str]:
    return {m: mark for m in months}


# -- 1. wrappers around any part of a table --------------------------------------------


def _month_table(wrap_cell=None, wrap_row=None, wrap_rows=None, wrap_table=None) -> str:
    head, cells = month_rows(months_marked(MARCH_TO_MAY))
    if wrap_cell:
        cells = [wrap_cell(c) for c in cells]
    body = row_xml(cells)
    if wrap_row:
        body = wrap_row(body)
    rows = [head, body]
    if wrap_rows:  # the header and the body row wrapped together (a repeating section)
        rows = [wrap_rows("".join(rows))]
    table = table_xml(rows, 12)
    return wrap_table(table) if wrap_table else table


WRAPPED_MONTH_TABLES = {
    "sdt-around-each-cell": dict(wrap_cell=sdt),
    "customXml-around-each-cell": dict(wrap_cell=custom_xml),
    "smartTag-around-each-cell": dict(wrap_cell=smart_tag),
    "sdt-in-customXml-in-sdt-around-each-cell": dict(wrap_cell=lambda c: sdt(custom_xml(sdt(c)))),
    "sdt-around-the-row": dict(wrap_row=sdt),
    "customXml-around-the-row": dict(wrap_row=custom_xml),
    "sdt-around-a-group-of-rows": dict(wrap_rows=sdt),
    "sdt-around-the-whole-table": dict(wrap_table=sdt),
    "customXml-around-the-whole-table": dict(wrap_table=custom_xml),
    "every-level-at-once": dict(wrap_cell=sdt, wrap_row=custom_xml, wrap_rows=sdt, wrap_table=sdt),
}


@pytest.mark.parametrize("wrapping", WRAPPED_MONTH_TABLES)
def test_month_cells_are_read_through_any_wrapper(tmp_path, wrapping):
    record = dates_record(tmp_path, _month_table(**WRAPPED_MONTH_TABLES[wrapping]))
    assert record["fechas_implementacion"]["meses"] == MARCH_TO_MAY
    assert record["revision"]["estado"] == "ok", record["revision"]["avisos"]


def _category_table(wrap_cell=None, wrap_row=None, checked=("acogida_atencion", "nna")) -> str:
    rows = []
    for cid, label in CATEGORY_LABELS.items():
        cells = [cell_xml(glyph_box(cid in checked)), cell_xml(text_run(label))]
        if wrap_cell:
            cells = [wrap_cell(c) for c in cells]
        row = row_xml(cells)
        rows.append(wrap_row(row) if wrap_row else row)
    return table_xml(rows, 2)


@pytest.mark.parametrize(
    "wrap",
    [dict(wrap_cell=sdt), dict(wrap_row=sdt), dict(wrap_row=custom_xml)],
    ids=["cells", "rows", "rows-customXml"],
)
def test_box_label_rows_are_read_through_wrappers(tmp_path, wrap):
    path = write_ficha(tmp_path, parts={"categorias": body_xml(_category_table(**wrap))})
    assert record_of(path)["categorias"] == ["acogida_atencion", "nna"]


@pytest.mark.parametrize("level", ["paragraphs", "run content"])
def test_text_in_an_unknown_wrapper_is_read_and_flagged(tmp_path, level):
    """The same rule at every level: an element the reader does not know that holds text is read
    through, and an aviso says so (inside a run too, where its text was once dropped unsaid)."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    text = "Mujeres migrantes jefas de hogar."
    unknown = (
        f"<w:futureWrapper {w}>{paragraph_xml(text_run(text))}</w:futureWrapper>"
        if level == "paragraphs"
        else paragraph_xml(f"<w:r><w:futurePart {w}><w:t>{text}</w:t></w:futurePart></w:r>")
    )
    path = write_ficha(tmp_path, parts={"grupo_prioritario": body_xml(unknown)})
    record = record_of(path)
    assert record["grupo_prioritario"] == "Mujeres migrantes jefas de hogar."
    assert ("grupo_prioritario", "lectura_dudosa") in avisos(record)
    assert record["revision"]["estado"] == "revisar"


# -- 2. nested tables ------------------------------------------------------------------


def _label_value(label: str, value_blocks: str) -> str:
    return table_xml([row_xml([cell_xml(text_run(label, bold=True)), cell_xml(value_blocks + paragraph_xml())])], 2)


@pytest.mark.parametrize("depth", [1, 2, 3])
def test_nested_box_label_table_keeps_its_pairs_at_any_depth(tmp_path, depth):
    inner = _category_table()
    for _ in range(depth - 1):  # each level one more table around it, in a cell of one column
        inner = table_xml([row_xml([cell_xml(inner + paragraph_xml())])], 1)
    path = write_ficha(
        tmp_path, headings={"categorias": None}, parts={"categorias": body_xml(_label_value("Categoría", inner))}
    )
    record = record_of(path)
    assert record["categorias"] == ["acogida_atencion", "nna"]
    assert ("categorias", "seccion_faltante") not in avisos(record)


def test_month_table_nested_in_a_cell_is_a_month_table(tmp_path):
    head, cells = month_rows(months_marked(MARCH_TO_MAY))
    nested = table_xml([row_xml([cell_xml(table_xml([head, row_xml(cells)], 12) + paragraph_xml())])], 1)
    assert dates_record(tmp_path, nested)["fechas_implementacion"]["meses"] == MARCH_TO_MAY


# -- 3. hidden text --------------------------------------------------------------------

NOTE = "NOTA INTERNA: confirmar montos."  # a sentence of its own (a running text ends with a mark)
VANISH = "<w:rPr><w:vanish/></w:rPr>"


def _hidden_run(text: str = NOTE) -> str:
    return f'<w:r>{VANISH}<w:t xml:space="preserve"> {text}</w:t></w:r>'


def _style_xml(style_id: str, kind: str = "paragraph", based_on: str | None = None, vanish: str = "<w:vanish/>") -> str:
    base = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{style_id}"/>{base}'
        f"<w:rPr>{vanish}</w:rPr></w:style>"
    )


def _with_styles(*styles: str) -> DocBuilder:
    from .docx_builders import elements

    b = DocBuilder()
    root = b.doc.styles.element
    for style in styles:
        root.append(elements(style)[0])
    return b


def _hidden_ficha(tmp_path, descripcion: list[str], styles: tuple[str, ...] = ()) -> dict:
    b = _with_styles(*styles)
    return record_of(write_ficha(tmp_path, builder=b, parts={"descripcion": body_xml(*descripcion)}))


VISIBLE = text_run(TEXTS["descripcion"])
HIDDEN_CASES = {
    "a-run": ([paragraph_xml(VISIBLE + _hidden_run())], ()),
    "a-paragraph-and-its-mark": (
        [paragraph_xml(VISIBLE), paragraph_xml(_hidden_run(), "<w:rPr><w:vanish/></w:rPr>")],
        (),
    ),
    "a-paragraph-style": (
        [paragraph_xml(VISIBLE), paragraph_xml(text_run(NOTE), '<w:pStyle w:val="Nota"/>')],
        (_style_xml("Nota"),),
    ),
    "a-style-based-on-a-hidden-style": (
        [paragraph_xml(VISIBLE), paragraph_xml(text_run(NOTE), '<w:pStyle w:val="NotaHija"/>')],
        (_style_xml("Nota"), _style_xml("NotaHija", based_on="Nota", vanish="<w:i/>")),
    ),
    "a-character-style": (
        [paragraph_xml(VISIBLE + f'<w:r><w:rPr><w:rStyle w:val="NotaCar"/></w:rPr><w:t> {NOTE}</w:t></w:r>')],
        (_style_xml("NotaCar", kind="character"),),
    ),
    # A text box anchored in a hidden run is hidden with it (its DrawingML shape and VML copy once).
    **{
        f"a-{kind}-text-box-in-a-hidden-run": (
            [paragraph_xml(VISIBLE + text_box([text_run(NOTE)], kind).replace("<w:r>", f"<w:r>{VANISH}", 1))],
            (),
        )
        for kind in ("drawingml", "vml")
    },
}


@pytest.mark.parametrize("case", HIDDEN_CASES)
def test_hidden_text_is_never_published_and_goes_to_an_aviso(tmp_path, case):
    paragraphs, styles = HIDDEN_CASES[case]
    record = _hidden_ficha(tmp_path, paragraphs, styles)
    assert record["descripcion"] == TEXTS["descripcion"]
    assert not [t for t in field_texts(record) if NOTE in t]
    hidden = [a for a in record["revision"]["avisos"] if a["codigo"] == "texto_oculto"]
    assert [a["campo"] for a in hidden] == ["descripcion"] and hidden[0]["mensaje"].count(NOTE) == 1


def test_text_shown_again_inside_a_hidden_style_is_published(tmp_path):
    shown = f'<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>{TEXTS["descripcion"]}</w:t></w:r>'
    record = _hidden_ficha(
        tmp_path,
        [paragraph_xml(shown + text_run(NOTE), '<w:pStyle w:val="Nota"/><w:rPr><w:vanish w:val="0"/></w:rPr>')],
        (_style_xml("Nota"),),
    )
    assert record["descripcion"] == TEXTS["descripcion"]
    assert not [t for t in field_texts(record) if NOTE in t]


def test_web_hidden_text_is_printed(tmp_path):
    web = f'<w:r><w:rPr><w:webHidden/></w:rPr><w:t xml:space="preserve"> {NOTE}</w:t></w:r>'
    record = _hidden_ficha(tmp_path, [paragraph_xml(VISIBLE + web)])
    assert record["descripcion"] == f"{TEXTS['descripcion']} {NOTE}"
    assert record["revision"]["estado"] == "ok"


def test_hidden_month_mark_does_not_mark_the_month(tmp_path):
    marks = months_marked(MARCH_TO_MAY) | {6: f"<w:r>{VANISH}<w:t>X</w:t></w:r>"}
    head, cells = month_rows(marks)
    record = dates_record(tmp_path, table_xml([head, row_xml(cells)], 12))
    assert record["fechas_implementacion"]["meses"] == MARCH_TO_MAY
    assert ("fechas_implementacion", "texto_oculto") in avisos(record)


# -- 4. w:altChunk ---------------------------------------------------------------------


def _with_chunk(tmp_path, blob: bytes, partname: str, content_type: str, name: str = "outer.docx"):
    b = DocBuilder()
    part = Part(PackURI(partname), content_type, blob, b.doc.part.package)
    rid = b.doc.part.relate_to(part, RT.A_F_CHUNK)
    body_xml(f'<w:altChunk r:id="{rid}"/>')(b)
    return b.save(tmp_path, name)


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_imported_word_document_is_read_in_place(tmp_path):
    inner = write_ficha(tmp_path, name="inner.docx")
    outer = _with_chunk(tmp_path, inner.read_bytes(), "/word/chunk1.docx", DOCX_TYPE)
    got, want = record_of(outer), record_of(inner)
    for record in (got, want):
        record.pop("fuente")
    assert got == want


def test_imported_document_after_own_paragraphs_keeps_document_order(tmp_path):
    inner = write_ficha(tmp_path, name="inner.docx", title=None, municipality=None)
    b = DocBuilder()
    b.title()
    b.paragraph("MUNICIPALIDAD PUENTE ALTO", bold=True)
    part = Part(PackURI("/word/chunk1.docx"), DOCX_TYPE, inner.read_bytes(), b.doc.part.package)
    body_xml(f'<w:altChunk r:id="{b.doc.part.relate_to(part, RT.A_F_CHUNK)}"/>')(b)
    record = record_of(b.save(tmp_path, "outer.docx"))
    assert record["municipalidad"]["comuna"] == "Puente Alto"
    assert record["descripcion"] == TEXTS["descripcion"]


@pytest.mark.parametrize(
    "partname, content_type, kind",
    [
        ("/word/chunk1.html", "text/html", "an HTML"),
        ("/word/chunk1.rtf", "application/rtf", "an RTF"),
        ("/word/chunk1.txt", "text/plain", "a plain text"),
        ("/word/chunk1.mht", "message/rfc822", "an MHT"),
    ],
)
def test_imported_chunk_of_another_kind_is_unsupported_and_named(tmp_path, partname, content_type, kind):
    path = _with_chunk(tmp_path, b"<html><body><p>Grupo prioritario</p></body></html>", partname, content_type)
    with pytest.raises(DocumentError) as error:
        extract_document(path)
    assert error.value.kind is Kind.unsupported
    assert f"imports {kind} part" in str(error.value) and partname.lstrip("/") in str(error.value)


def _docx_with_part(source: bytes, name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "extra, kind",
    [
        (("word/evil.xml", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'), Kind.unsafe_xml),
        (("word/bomb.bin", b"\0" * (2 << 20) * 4), Kind.zip_bomb),
    ],
)
def test_imported_document_goes_through_the_same_checks(tmp_path, extra, kind):
    inner = write_ficha(tmp_path, name="inner.docx").read_bytes()
    outer = _with_chunk(tmp_path, _docx_with_part(inner, *extra), "/word/chunk1.docx", DOCX_TYPE)
    with pytest.raises(DocumentError) as error:
        extract_document(outer)
    assert error.value.kind is kind
    assert "altChunk word/chunk1.docx" in str(error.value)


# -- 5. symbol-font marks --------------------------------------------------------------

SYMBOL_TICKS = {  # (font, code as Word writes it in w:char)
    "Wingdings check F0FC": ("Wingdings", "F0FC"),
    "Wingdings check FC": ("Wingdings", "FC"),
    "Wingdings cross F0FB": ("Wingdings", "F0FB"),
    "Wingdings 2 check F050": ("Wingdings 2", "F050"),
    "Wingdings 2 cross F04F": ("Wingdings 2", "F04F"),
    "Webdings check F061": ("Webdings", "F061"),
    "Symbol radical F0D6": ("Symbol", "F0D6"),
    "Symbol times F0B4": ("Symbol", "F0B4"),
    "Wingdings 2 box with x F054": ("Wingdings 2", "F054"),
}


@pytest.mark.parametrize("symbol", SYMBOL_TICKS)
def test_symbol_font_tick_or_cross_marks_a_month_cell(tmp_path, symbol):
    font, code = SYMBOL_TICKS[symbol]
    head, cells = month_rows(months_marked(MARCH_TO_MAY, sym_box(code, font)))
    record = dates_record(tmp_path, table_xml([head, row_xml(cells)], 12))
    assert record["fechas_implementacion"]["meses"] == MARCH_TO_MAY
    assert record["revision"]["estado"] == "ok"


def test_symbol_font_boxes_mark_categories(tmp_path):
    def box(checked: bool) -> str:
        return sym_box("F054" if checked else "F0A3", "Wingdings 2")

    from .docx_builders import category_lines

    path = write_ficha(tmp_path, parts={"categorias": category_lines(("nna", "otra"), box=box)})
    assert record_of(path)["categorias"] == ["nna", "otra"]


def test_unknown_symbol_in_a_month_cell_is_an_aviso_not_a_mark(tmp_path):
    marks = months_marked(MARCH_TO_MAY) | {6: sym_box("F0A1", "Wingdings")}
    head, cells = month_rows(marks)
    record = dates_record(tmp_path, table_xml([head, row_xml(cells)], 12))
    assert record["fechas_implementacion"]["meses"] == MARCH_TO_MAY
    assert ("fechas_implementacion", "lectura_dudosa") in avisos(record)


@pytest.mark.parametrize(
    "font, codes, state",
    [
        ("Wingdings", (0xFE, 0xF0FE), True),
        ("Wingdings", (0xFD, 0xF0FD), True),
        ("Wingdings", (0xA8, 0xF0A8), False),
        ("Wingdings 2", (0x54, 0xF054), True),
        ("Wingdings 2", (0xA3, 0xF0A3), False),
        ("ZapfDingbats", (0x6F, 0xF06F), False),
        ("ABCDEF+Wingdings-Regular", (0x71,), False),
    ],
)
def test_one_glyph_table_for_both_readers(font, codes, state):
    for code in codes:
        assert glyphs.box_glyph_state(chr(code), font) is state
        assert glyphs.symbol_mark(chr(code), font) is None
    assert glyphs.is_check_mark(chr(codes[0]), font) is state  # the PDF reader's question (ASCII form)


@pytest.mark.parametrize(
    "font, code",
    [("Wingdings", 0xFC), ("Wingdings 2", 0x50), ("ZapfDingbats", 0x34), ("Symbol", 0xD6), ("Webdings", 0x61)],
)
def test_symbol_font_check_marks_are_marks_not_boxes(font, code):
    for char in (chr(code), chr(0xF000 | code)):
        assert glyphs.box_glyph_state(char, font) is None
        assert glyphs.symbol_mark(char, font) in glyphs.CHECK_MARKS
        assert glyphs.is_check_mark(char, font)


def test_unicode_font_named_symbol_is_not_the_symbol_font():
    assert glyphs.symbol_mark("Ö", "Segoe UI Symbol") is None
    assert glyphs.symbol_font_key("SymbolMT") == "symbol"


# -- 6. tracked changes ----------------------------------------------------------------


def _tracked_description(tmp_path, *paragraphs: str) -> dict:
    return record_of(write_ficha(tmp_path, parts={"descripcion": body_xml(*paragraphs)}))


def test_insertions_are_kept_and_deletions_dropped(tmp_path):
    runs = (
        text_run("La municipalidad abre ")
        + f"<w:del {change(1)}><w:r><w:delText>una feria</w:delText></w:r></w:del>"
        + f"<w:ins {change(2)}>{text_run('una escuela')}</w:ins>"
        + text_run(" de oficios.")
    )
    assert (
        _tracked_description(tmp_path, paragraph_xml(runs))["descripcion"]
        == "La municipalidad abre una escuela de oficios."
    )


def test_moved_text_appears_once_where_it_was_moved_to(tmp_path):
    moved = "Se trabaja con las juntas de vecinos."
    first = paragraph_xml(
        f"<w:moveFrom {change(1)}>{text_run(moved)}</w:moveFrom>", f"<w:rPr><w:moveFrom {change(2)}/></w:rPr>"
    )
    second = paragraph_xml(text_run("La municipalidad abre una escuela de oficios."))
    third = paragraph_xml(f"<w:moveTo {change(3)}>{text_run(moved)}</w:moveTo>")
    record = _tracked_description(tmp_path, first, second, third)
    assert record["descripcion"] == f"La municipalidad abre una escuela de oficios.\n\n{moved}"


def test_deleted_paragraph_mark_joins_the_two_paragraphs(tmp_path):
    first = paragraph_xml(text_run("La municipalidad abre una escuela "), f"<w:rPr><w:del {change(1)}/></w:rPr>")
    second = paragraph_xml(text_run("de oficios para mujeres."))
    record = _tracked_description(tmp_path, first, second)
    assert record["descripcion"] == "La municipalidad abre una escuela de oficios para mujeres."


def test_wholly_deleted_paragraph_disappears(tmp_path):
    gone = paragraph_xml(
        f"<w:del {change(1)}><w:r><w:delText>Borrador previo.</w:delText></w:r></w:del>",
        f"<w:rPr><w:del {change(2)}/></w:rPr>",
    )
    record = _tracked_description(
        tmp_path, paragraph_xml(text_run("Primero.")), gone, paragraph_xml(text_run("Luego."))
    )
    assert record["descripcion"] == "Primero.\n\nLuego."


def test_deleted_checkbox_is_not_read(tmp_path):
    def box(checked: bool) -> str:
        return glyph_box(checked) + (f"<w:del {change(1)}>{glyph_box(True)}</w:del>" if not checked else "")

    from .docx_builders import category_lines

    path = write_ficha(tmp_path, parts={"categorias": category_lines(("nna",), box=box)})
    assert record_of(path)["categorias"] == ["nna"]


def test_deleted_rows_and_cells_are_dropped(tmp_path):
    head, cells = month_rows(months_marked(MARCH_TO_MAY))
    _old_head, old_cells = month_rows(months_marked(list(range(1, 13))))
    deleted_row = row_xml(old_cells, props=f"<w:del {change(1)}/>")
    extra_cell = cell_xml(X, props=f"<w:cellDel {change(2)}/>")
    table = table_xml([head, deleted_row, row_xml([extra_cell, *cells])], 12)
    assert dates_record(tmp_path, table)["fechas_implementacion"]["meses"] == MARCH_TO_MAY


# -- 14. what cannot be read is said, never guessed -------------------------------------


@pytest.mark.parametrize("content", ["Sí", "?", "marzo"])
def test_month_cell_with_text_that_is_no_mark_gives_an_aviso(tmp_path, content):
    marks = months_marked(MARCH_TO_MAY) | {7: text_run(content)}
    head, cells = month_rows(marks)
    record = dates_record(tmp_path, table_xml([head, row_xml(cells)], 12))
    assert record["fechas_implementacion"]["meses"] == MARCH_TO_MAY
    assert ("fechas_implementacion", "lectura_dudosa") in avisos(record)
    assert record["revision"]["estado"] == "revisar"


def test_month_header_names_every_column():
    assert len(MONTHS) == 12


def test_style_separator_prints_heading_and_text_as_one_paragraph(tmp_path):
    """`w:specVanish` on a paragraph mark (Word's style separator): the heading paragraph and
    the text after it print as one line, "Grupo prioritario: Mujeres ..."."""
    heading = paragraph_xml(
        text_run("Grupo prioritario: ", bold=True),
        '<w:pStyle w:val="Heading2"/><w:rPr><w:vanish/><w:specVanish/></w:rPr>',
    )
    value = paragraph_xml(text_run("Mujeres migrantes jefas de hogar."))
    path = write_ficha(
        tmp_path, headings={"grupo_prioritario": None}, parts={"grupo_prioritario": body_xml(heading, value)}
    )
    record = record_of(path)
    assert record["grupo_prioritario"] == "Mujeres migrantes jefas de hogar."
    assert record["revision"]["estado"] == "ok", record["revision"]["avisos"]


def test_hidden_paragraph_mark_joins_visible_text_to_the_next_paragraph(tmp_path):
    first = paragraph_xml(text_run("La municipalidad abre una escuela "), "<w:rPr><w:vanish/></w:rPr>")
    record = _tracked_description(tmp_path, first, paragraph_xml(text_run("de oficios para mujeres.")))
    assert record["descripcion"] == "La municipalidad abre una escuela de oficios para mujeres."


def test_inspect_shows_reader_notes_where_the_record_puts_them(tmp_path):
    from extractor.inspection.as_json import inspection_json
    from extractor.inspection.build import inspect_document
    from extractor.inspection.text import render_text

    b = DocBuilder()
    path = write_ficha(tmp_path, builder=b, parts={"descripcion": body_xml(paragraph_xml(VISIBLE + _hidden_run()))})
    inspection = inspect_document(path)
    notes = [i for i in inspection_json(inspection)["items"] if i["kind"] == "note"]
    assert [(n["section"], NOTE in n["text"]) for n in notes] == [("descripcion", True)]
    assert "NOTE     texto_oculto" in render_text(inspection)


def test_hidden_text_in_a_label_value_table_is_flagged_on_its_row(tmp_path):
    rows = [
        row_xml(
            [
                cell_xml(text_run("Grupo prioritario", bold=True)),
                cell_xml(text_run(TEXTS["grupo_prioritario"]) + _hidden_run()),
            ]
        ),
        row_xml(
            [cell_xml(text_run("Sostenibilidad en el tiempo", bold=True)), cell_xml(text_run(TEXTS["sostenibilidad"]))]
        ),
    ]
    path = write_ficha(
        tmp_path,
        headings={"grupo_prioritario": None},
        parts={"grupo_prioritario": body_xml(table_xml(rows, 2)), "sostenibilidad": None},
    )
    record = record_of(path)
    assert record["grupo_prioritario"] == TEXTS["grupo_prioritario"]
    assert record["sostenibilidad"] == TEXTS["sostenibilidad"]
    assert [c for c in avisos(record) if c[1] == "texto_oculto"] == [("grupo_prioritario", "texto_oculto")]


def _symbol_font_character_style(b) -> None:
    """A character style "Marca" printing in Wingdings (Word's Insert > Symbol keeps the font
    on the run; a style does the same for every run that uses it)."""
    from docx.enum.style import WD_STYLE_TYPE

    style = b.doc.styles.add_style("Marca", WD_STYLE_TYPE.CHARACTER)
    style.font.name = "Wingdings"


@pytest.mark.parametrize("how", ["run font", "character style"])
def test_symbol_font_tick_typed_as_text_marks_a_month_cell(tmp_path, how):
    """ "ü" typed in Wingdings prints ✓ (and "û" ✗): the cell is marked, as with w:sym."""
    from .docx_builders import DocBuilder

    b = DocBuilder()
    if how == "run font":
        tick = text_run("ü", font="Wingdings")
    else:
        _symbol_font_character_style(b)
        tick = '<w:r><w:rPr><w:rStyle w:val="Marca"/></w:rPr><w:t>û</w:t></w:r>'
    head, cells = month_rows(months_marked(MARCH_TO_MAY, tick))
    record = record_of(
        write_ficha(
            tmp_path, builder=b, parts={"fechas_implementacion": body_xml(table_xml([head, row_xml(cells)], 12))}
        )
    )
    assert record["fechas_implementacion"]["meses"] == MARCH_TO_MAY
    assert record["revision"]["estado"] == "ok"


def test_symbol_font_boxes_typed_as_text_through_a_style_mark_categories(tmp_path):
    """ "þ" / "¨" in a Wingdings character style print ☑ / ☐: checked and empty boxes."""
    from .docx_builders import DocBuilder, category_lines

    b = DocBuilder()
    _symbol_font_character_style(b)

    def box(checked: bool) -> str:
        return f'<w:r><w:rPr><w:rStyle w:val="Marca"/></w:rPr><w:t>{"þ" if checked else "¨"}</w:t></w:r>'

    path = write_ficha(tmp_path, builder=b, parts={"categorias": category_lines(("nna", "otra"), box=box)})
    assert record_of(path)["categorias"] == ["nna", "otra"]


def test_a_hidden_content_control_checkbox_is_not_a_box(tmp_path):
    """A w14 checkbox whose glyph is hidden is not printed: no box, an aviso texto_oculto."""
    from .docx_builders import category_lines, w14_box

    def box(checked: bool) -> str:
        hidden_checked = w14_box(True).replace("<w:r>", "<w:r><w:rPr><w:vanish/></w:rPr>")
        return w14_box(True) if checked else hidden_checked + w14_box(False)

    record = record_of(write_ficha(tmp_path, parts={"categorias": category_lines(("nna",), box=box)}))
    assert record["categorias"] == ["nna"]
    assert {code for _, code in avisos(record)} == {"texto_oculto"}


def test_a_symbol_without_a_font_attribute_is_read_in_the_run_font(tmp_path):
    """`w:sym` may leave out `w:font` (ECMA-376 17.3.3.30): the run's font is the symbol's."""
    from .docx_builders import category_lines

    def box(checked: bool) -> str:
        return (
            '<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
            f'<w:sym w:char="{"F0FE" if checked else "F0A8"}"/></w:r>'
        )

    record = record_of(write_ficha(tmp_path, parts={"categorias": category_lines(("nna", "otra"), box=box)}))
    assert record["categorias"] == ["nna", "otra"]
    assert record["revision"]["estado"] == "ok"


PLACEHOLDER = "Haga clic o pulse aquí para escribir texto."


PLACEHOLDER_PROPS = '<w:sdtPr><w:id w:val="5"/><w:showingPlcHdr/></w:sdtPr>'


def _placeholder_control(level: str, prompt: str) -> str:
    """A content control showing its placeholder `prompt` (run XML) around runs or a paragraph."""
    if level == "paragraph":
        return f"<w:sdt>{PLACEHOLDER_PROPS}<w:sdtContent>{paragraph_xml(prompt)}</w:sdtContent></w:sdt>"
    return paragraph_xml(f"<w:sdt>{PLACEHOLDER_PROPS}<w:sdtContent>{prompt}</w:sdtContent></w:sdt>")


@pytest.mark.parametrize("level", ["run", "paragraph", "text box"])
def test_a_content_control_showing_its_placeholder_is_no_content(tmp_path, level):
    """A content control still showing its placeholder (`w:showingPlcHdr`, ECMA-376 17.5.2.39)
    was never filled in: its prompt is not the field's text (nor a text box inside it); an aviso
    says so."""
    prompt = '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>' + PLACEHOLDER + "</w:t></w:r>"
    xml = _placeholder_control(level, text_box([prompt]) if level == "text box" else prompt)
    record = record_of(write_ficha(tmp_path, parts={"grupo_prioritario": body_xml(xml)}))
    assert record["grupo_prioritario"] is None
    assert ("grupo_prioritario", "lectura_dudosa") in avisos(record)
    assert PLACEHOLDER not in json.dumps({k: v for k, v in record.items() if k != "revision"}, ensure_ascii=False)


@pytest.mark.parametrize("level", ["run", "paragraph"])
def test_an_empty_placeholder_control_is_nothing_to_say(tmp_path, level):
    """A placeholder control with no prompt text prints nothing: no aviso, at either level."""
    text = "Mujeres migrantes jefas de hogar."
    xml = paragraph_xml(text_run(text)) + _placeholder_control(level, "<w:r><w:t></w:t></w:r>")
    record = record_of(write_ficha(tmp_path, parts={"grupo_prioritario": body_xml(xml)}))
    assert record["grupo_prioritario"] == text
    assert avisos(record) == []
