"""Sections by heading in Word documents: every way the template's headings are printed,
the wordings tolerated, where a section ends, and what happens to text that fits nowhere."""

from __future__ import annotations

import pytest
from docx.enum.style import WD_STYLE_TYPE

from extractor.pipeline import extract_document

from .docx_builders import (
    CATEGORY_LABELS,
    HEADINGS,
    MUNICIPALITY,
    TEXTS,
    DocBuilder,
    Part,
    category_lines,
    glyph_box,
    paragraphs,
    text_run,
    write_ficha,
)


def record_of(path) -> dict:
    result = extract_document(path)
    assert result.invalid == []
    (ficha,) = result.fichas
    record = ficha.model_dump()
    del record["fuente"]
    return record


def nothing(_b: DocBuilder) -> None:
    """A section body left empty (its text is printed elsewhere)."""


def codes(record: dict) -> list[tuple[str, str]]:
    return [(a["campo"], a["codigo"]) for a in record["revision"]["avisos"]]


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict:
    """The record of the template ficha with Heading 2 headings: every field filled, no aviso."""
    record = record_of(write_ficha(tmp_path_factory.mktemp("reference")))
    assert record["revision"] == {"estado": "ok", "avisos": []}
    assert [o["sigla"] for o in record["oficinas"]] == ["DIDECO", "OMIL"]
    assert record["categorias"] == ["sociolaboral", "capacitaciones"]
    assert record["fechas_implementacion"] == {"meses": list(range(4, 12)), "texto": TEXTS["fechas_implementacion"]}
    assert record["forma_financiamiento"]["texto"] == TEXTS["forma_financiamiento"]
    for key in ("grupo_prioritario", "sostenibilidad", "descripcion", "elemento_innovador"):
        assert record[key] == TEXTS[key]
    assert [line["linea"] for line in record["lineas_sello"]] == ["vinculacion_comunitaria"]
    return record


def test_headings_as_bold_only_paragraphs(tmp_path, reference):
    assert record_of(write_ficha(tmp_path, heading="bold")) == reference


def test_headings_bold_by_a_character_style(tmp_path, reference):
    """A heading made bold by a character style (Strong), not by a direct w:b."""

    def strong(b: DocBuilder, text: str) -> None:
        b.doc.add_paragraph().add_run(text, style="Strong")

    assert record_of(write_ficha(tmp_path, heading=strong)) == reference


def label_value(key: str, *, bold_label: bool) -> Part:
    def part(b: DocBuilder) -> None:
        b.raw_paragraph(text_run(f"{HEADINGS[key]}:", bold=bold_label) + text_run(f" {TEXTS[key]}"))

    return part


@pytest.mark.parametrize("bold_label", [True, False], ids=["bold-label", "plain"])
def test_label_and_value_in_one_paragraph(tmp_path, reference, bold_label):
    """ "Grupo prioritario: Mujeres ..." is a heading and the start of its section."""
    keys = ("oficinas", "grupo_prioritario", "forma_financiamiento", "sostenibilidad")
    path = write_ficha(
        tmp_path, headings=dict.fromkeys(keys), parts={k: label_value(k, bold_label=bold_label) for k in keys}
    )
    assert record_of(path) == reference


@pytest.mark.parametrize(("bold", "fill"), [(True, "F2F2F2"), (False, None)], ids=["bold-shaded", "plain"])
def test_left_cell_of_a_label_value_table(tmp_path, reference, bold, fill):
    keys = ("oficinas", "grupo_prioritario")

    def table(b: DocBuilder) -> None:
        b.label_value_table([(HEADINGS[k], TEXTS[k]) for k in keys], bold=bold, fill=fill)

    path = write_ficha(tmp_path, headings=dict.fromkeys(keys), parts={"oficinas": table, "grupo_prioritario": nothing})
    assert record_of(path) == reference


@pytest.mark.parametrize("bold", [True, False], ids=["bold", "plain"])
def test_whole_ficha_as_one_label_value_table_with_the_boxes_in_a_value_cell(tmp_path, reference, bold):
    b = DocBuilder()
    b.title()
    b.paragraph(MUNICIPALITY, bold=True)
    boxes = [
        glyph_box(cid in ("sociolaboral", "capacitaciones")) + text_run(f" {label}")
        for cid, label in CATEGORY_LABELS.items()
    ]
    b.label_value_table(
        [(heading, boxes if key == "categorias" else TEXTS[key]) for key, heading in HEADINGS.items()], bold=bold
    )
    assert record_of(b.save(tmp_path)) == reference


@pytest.mark.parametrize(
    ("name", "bold"),
    [("Título 2", False), ("Pregunta de la ficha", True)],
    ids=["spanish-heading-style", "bold-custom-style"],
)
def test_headings_in_a_custom_paragraph_style(tmp_path, reference, name, bold):
    b = DocBuilder()
    b.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH).font.bold = bold
    path = write_ficha(tmp_path, builder=b, heading=lambda b_, text: b_.paragraph(text, style=name))
    assert record_of(path) == reference


@pytest.mark.parametrize(
    ("key", "printed"),
    [
        ("grupo_prioritario", "GRUPO PRIORITARIO"),
        ("descripcion", "breve descripcion"),
        ("categorias", "Categoría:"),
        ("fechas_implementacion", "FECHAS DE IMPLEMENTACIÓN:"),
        ("sostenibilidad", "Sostenibilidad en el tiemo"),
        ("forma_financiamiento", "Forma de finaciamiento"),
        ("elemento_innovador", "Elemento innovador / creativo del proyecto o actividad"),
        ("oficinas", "Departamentos/Oficinas municipales que participan:"),
    ],
)
@pytest.mark.parametrize("how", ["style", "bold"])
def test_heading_wording_tolerated(tmp_path, reference, key, printed, how):
    path = write_ficha(tmp_path, heading=how, headings={key: printed})
    assert record_of(path) == reference


def test_heading_ending_in_a_colon_needs_no_emphasis(tmp_path, reference):
    plain = paragraphs(f"{HEADINGS['sostenibilidad']}:")
    assert record_of(write_ficha(tmp_path, headings={"sostenibilidad": plain})) == reference


def test_heading_wrapped_by_a_line_break(tmp_path, reference):
    def wrapped(b: DocBuilder) -> None:
        b.raw_paragraph(
            text_run("Elemento innovador/creativo del", bold=True)
            + "<w:r><w:br/></w:r>"
            + text_run("proyecto o actividad", bold=True)
        )

    assert record_of(write_ficha(tmp_path, headings={"elemento_innovador": wrapped})) == reference


@pytest.mark.parametrize("how", ["style", "bold"])
def test_heading_wrapped_over_two_paragraphs(tmp_path, reference, how):
    def wrapped(b: DocBuilder) -> None:
        b.heading("Elemento innovador/creativo del", how)
        b.heading("proyecto o actividad", how)

    assert record_of(write_ficha(tmp_path, heading=how, headings={"elemento_innovador": wrapped})) == reference


def test_a_section_runs_to_the_next_heading(tmp_path):
    parts = {
        "sostenibilidad": paragraphs("Sigue vigente.", "Se ejecuta cada año."),
        "descripcion": paragraphs("Primer párrafo.", "Segundo párrafo."),
    }
    record = record_of(write_ficha(tmp_path, parts=parts))
    assert record["sostenibilidad"] == "Sigue vigente. Se ejecuta cada año."
    assert record["descripcion"] == "Primer párrafo.\n\nSegundo párrafo."
    assert record["elemento_innovador"] == TEXTS["elemento_innovador"]


def test_category_list_without_its_heading_is_still_the_category_list(tmp_path):
    def group_then_boxes(b: DocBuilder) -> None:
        b.paragraph(TEXTS["grupo_prioritario"])
        category_lines(("nna", "otra"))(b)

    parts = {"categorias": None, "grupo_prioritario": group_then_boxes}
    record = record_of(write_ficha(tmp_path, parts=parts))
    assert record["categorias"] == ["nna", "otra"]
    assert record["categoria_otra"] == "Regularización"
    assert record["grupo_prioritario"] == TEXTS["grupo_prioritario"]
    assert codes(record) == []


def test_text_before_the_first_heading_is_kept_in_an_aviso(tmp_path):
    b = DocBuilder()
    b.title()
    b.paragraph("MUNICIPALIDAD PUENTE ALTO", bold=True)
    b.paragraph("Entrevista realizada el 3 de mayo de 2023.")
    record = record_of(write_ficha(tmp_path, builder=b, title=None, municipality=None))
    (aviso,) = record["revision"]["avisos"]
    assert aviso["codigo"] == "texto_sin_ubicar"
    assert "Entrevista realizada el 3 de mayo de 2023." in aviso["mensaje"]
    assert record["revision"]["estado"] == "revisar"


def test_text_in_the_category_list_is_kept_in_an_aviso(tmp_path):
    def boxes_and_note(b: DocBuilder) -> None:
        category_lines(("sociolaboral",))(b)
        b.paragraph("Nota: se marcó una sola categoría.")

    record = record_of(write_ficha(tmp_path, parts={"categorias": boxes_and_note}))
    assert record["categorias"] == ["sociolaboral"]
    assert codes(record) == [("categorias", "texto_sin_ubicar")]
    assert "Nota: se marcó una sola categoría." in record["revision"]["avisos"][0]["mensaje"]


def test_sello_paragraph_naming_no_line_is_kept_in_an_aviso(tmp_path):
    parts = {"lineas_sello": paragraphs(TEXTS["lineas_sello"], "Además se trabaja con la red de salud.")}
    record = record_of(write_ficha(tmp_path, parts=parts))
    assert [line["linea"] for line in record["lineas_sello"]] == ["vinculacion_comunitaria"]
    assert codes(record) == [("lineas_sello", "texto_sin_ubicar")]
    assert record["revision"]["avisos"][0]["mensaje"] == "Además se trabaja con la red de salud."


@pytest.mark.parametrize(
    ("key", "empty"), [("sostenibilidad", None), ("lineas_sello", []), ("descripcion", None), ("categorias", [])]
)
def test_a_missing_section_gives_seccion_faltante(tmp_path, key, empty):
    record = record_of(write_ficha(tmp_path, parts={key: None}))
    assert record[key] == empty
    assert codes(record) == [(key, "seccion_faltante")]
    assert record["revision"]["estado"] == "revisar"


def test_two_fichas_in_one_document(tmp_path):
    b = DocBuilder()
    write_ficha(tmp_path, builder=b, name="first.docx")
    path = write_ficha(
        tmp_path,
        builder=b,
        title="Feria intercultural",
        name="both.docx",
        parts={"sostenibilidad": paragraphs("Se repite cada verano.")},
    )
    fichas = extract_document(path).fichas
    assert [f.titulo for f in fichas] == ["Escuela de oficios para mujeres migrantes", "Feria intercultural"]
    assert [f.sostenibilidad for f in fichas] == [TEXTS["sostenibilidad"], "Se repite cada verano."]
    assert all(f.revision.avisos == [] for f in fichas)
