"""What real PDF files put in their text layer (issue 12, PDF half), each kind on a small ficha
built in tmp_path: text drawn twice, words placed without spaces, letter-spaced capitals,
soft hyphens, glyph boxes printed over one another, form widgets that cannot be read, and
documents that are no ficha. The documents of tests/data/cases are tested in test_cases.py.
"""

from __future__ import annotations

import pytest

from extractor.layout import ReaderNote
from extractor.pipeline import extract_document
from extractor.problems import DocumentError, Kind
from extractor.readers.pdf.page import split_line, unique_chars
from extractor.readers.pdf.reader import read_pdf
from extractor.readers.pdf.sources import pdfplumber_source
from extractor.readers.pdf.sources.pdfplumber_source import checkbox_widgets
from extractor.settings import LayoutSettings
from extractor.text import join_lines

from .pdf_builders import (
    MonthTable,
    TraitFicha,
    letter_spaced,
    overprinted,
    plain,
    spelled_out,
    trait_ficha,
    word_by_word,
)
from .pdf_canvas import SYMBOLS, TEXT, ZAPF


def record_of(path) -> dict:
    (ficha,) = extract_document(path).fichas
    record = ficha.model_dump(mode="json")
    del record["fuente"]
    return record


def codes(record: dict) -> list[tuple[str, str]]:
    return [(a["campo"], a["codigo"]) for a in record["revision"]["avisos"]]


@pytest.fixture(scope="module")
def control(tmp_path_factory) -> dict:
    """The trait ficha drawn plainly: every field right, no aviso."""
    record = record_of(_built(tmp_path_factory.mktemp("control"), TraitFicha()))
    assert record["revision"] == {"estado": "ok", "avisos": []}
    assert record["titulo"] == "Mesa comunal de acogida" and record["municipalidad"]["comuna"] == "Renca"
    assert record["categorias"] == ["acogida_atencion", "capacitaciones"]
    return record


def _built(folder, ficha: TraitFicha, name: str = "ficha.pdf"):
    path = folder / name
    trait_ficha(path, ficha)
    return path


def _without_label_text(record: dict) -> dict:
    """The record less the municipality label's printed text (capitals when letter-spaced)."""
    return {**record, "municipalidad": {k: v for k, v in record["municipalidad"].items() if k != "texto"}}


# --- 7. characters drawn twice count once ------------------------------------------------


@pytest.mark.parametrize(
    "draw",
    [overprinted(0.3), overprinted(0.8, 0.8), overprinted(1.5, 1.2)],
    ids=["fake-bold-0.3pt", "shadow-diagonal-0.8pt", "shadow-diagonal-1.5pt"],
)
def test_text_drawn_twice_reads_once(tmp_path, control, draw):
    """Title, municipality and headings each drawn twice, the copy beside or diagonally below."""
    record = record_of(_built(tmp_path, TraitFicha(title=draw, municipality=draw, heading=draw)))
    assert record == control


def test_body_drawn_twice_reads_once_and_double_letters_stay(tmp_path, control):
    """A shadowed body keeps "ll", "rr" and "ee" (neighbours, not copies)."""
    record = record_of(_built(tmp_path, TraitFicha(body=overprinted(0.6, 0.6))))
    assert record == control
    assert "recién llegadas" in record["grupo_prioritario"]


def _char(text: str, x0: float, top: float = 100.0, size: float = 10.0, width: float = 5.0, font: str = "F") -> dict:
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + width,
        "top": top,
        "bottom": top + size,
        "size": size,
        "fontname": font,
        "upright": True,
        "doctop": top,
    }


def test_a_copy_is_dropped_only_near_its_original_and_in_its_font_and_size():
    chars = [
        _char("a", 10),
        _char("a", 10.5, 100.4),
        _char("a", 12),  # a copy 0.5 pt off; a neighbour 2 pt off
        _char("a", 10, font="G"),
        _char("a", 10, size=14),
        _char("l", 30, width=2.2),
        _char("l", 32.2, width=2.2),
    ]
    kept = unique_chars(chars)
    assert [(c["x0"], c["fontname"], c["size"]) for c in kept] == [
        (10, "F", 10),
        (12, "F", 10),
        (10, "G", 10),
        (10, "F", 14),
        (30, "F", 10),
        (32.2, "F", 10),
    ]


def test_the_copy_tolerance_is_relative_to_the_font_size():
    big = [_char("M", 10, size=40, width=30), _char("M", 13, size=40, width=30)]  # 3 pt at 40 pt: a copy
    small = [_char("M", 10, size=8, width=6), _char("M", 13, size=8, width=6)]  # 3 pt at 8 pt: two letters
    assert len(unique_chars(big)) == 1 and len(unique_chars(small)) == 2
    assert len(unique_chars(small, LayoutSettings(duplicate_char_shift=0.5))) == 1


# --- 8. word breaks from the gap relative to the font ----------------------------------------


def test_words_placed_one_by_one_without_spaces_split(tmp_path, control):
    assert record_of(_built(tmp_path, TraitFicha(body=word_by_word))) == control


@pytest.mark.parametrize(
    "draw",
    [letter_spaced(1 / 3), letter_spaced(0.15), letter_spaced(0.4), spelled_out],
    ids=["tracking-third-em", "tracking-0.15em", "tracking-0.4em", "spelled-with-spaces"],
)
def test_letter_spaced_headings_and_municipality_read_as_words(tmp_path, control, draw):
    record = record_of(_built(tmp_path, TraitFicha(heading=draw, municipality=draw)))
    assert record["municipalidad"]["texto"] == "MUNICIPALIDAD RENCA"
    assert _without_label_text(record) == _without_label_text(control)


def test_a_letter_spaced_title_reads_as_words(tmp_path, control):
    record = record_of(_built(tmp_path, TraitFicha(title=letter_spaced(0.25))))
    assert record["titulo"] == "MESA COMUNAL DE ACOGIDA"


def _line(spec: str, gap: float, word_gap: float, width: float = 6.0, spaces: bool = False) -> list[dict]:
    """Characters of `spec` left to right: `gap` points between letters, `word_gap` where `spec`
    has a space (a space character drawn there when `spaces`)."""
    chars, x = [], 10.0
    for ch in spec:
        if ch == " ":
            if spaces:
                chars.append(_char(" ", x, width=word_gap))
            x += word_gap - gap
            continue
        chars.append(_char(ch, x, width=width))
        x += width + gap
    return chars


def _words(chars: list[dict]) -> list[str]:
    return ["".join(c["text"] for c in word) for word in split_line(chars)]


def test_letter_gaps_and_word_gaps_are_told_apart_by_their_distribution():
    # tracking of a third of an em: letters 3.3 pt apart, words 3.3 + 2.8 + 3.3 pt
    assert _words(_line("GRUPO PRIORITARIO", 3.3, 9.4, spaces=True)) == ["GRUPO", "PRIORITARIO"]
    assert _words(_line("MUNICIPALIDAD DE RENCA", 2.0, 6.8)) == ["MUNICIPALIDAD", "DE", "RENCA"]


def test_normal_words_with_spaces_are_not_letter_spaced():
    assert _words(_line("Grupo prioritario y a la comuna", 0.0, 2.8, spaces=True)) == [
        "Grupo",
        "prioritario",
        "y",
        "a",
        "la",
        "comuna",
    ]
    assert _words(_line("Recursos propios", 0.0, 2.8)) == ["Recursos", "propios"]  # no space characters
    assert _words(_line("a y o", 0.0, 2.8, spaces=True)) == ["a", "y", "o"]  # three one-letter words


def test_single_letters_far_apart_stay_apart():
    """Month initials in their cells and X marks in a row are no letter-spaced word."""
    assert _words(_line("E F M A M J J A S O N D", 30.0, 30.0, spaces=True)) == list("EFMAMJJASOND")
    assert _words(_line("X X X X", 8.0, 8.0)) == list("XXXX")


def test_kerning_and_touching_letters_stay_one_word():
    assert _words(_line("AVANCE", -0.6, -0.6)) == ["AVANCE"]
    assert _words(_line("municipal", 1.2, 1.2)) == ["municipal"]  # 0.12 em: under the word break


# --- 10. soft hyphens -------------------------------------------------------------------


def test_soft_hyphen_at_a_line_end_joins_and_inside_a_line_disappears():
    assert join_lines(["las oficinas munici\u00ad", "pales que"]) == "las oficinas municipales que"
    assert join_lines(["la Sub\u00ad ", "Secretaría"]) == "la SubSecretaría"  # whatever follows
    assert join_lines(["una fami\u00adlia", "entera"]) == "una familia entera"
    assert join_lines(["Norte-", "Sur"]) == "Norte-Sur" and join_lines(["organiza-", "ción"]) == "organización"


def test_soft_hyphens_in_a_pdf_text_layer(tmp_path, control):
    description = (
        "La mesa reúne a las oficinas munici\u00ad",
        "pales que atienden a fami\u00adlias migrantes",
        "para revisar casos y coordinar deriva\u00ad",
        "ciones en cada sesión.",
    )
    record = record_of(_built(tmp_path, TraitFicha(body_font=TEXT, description=description)))
    assert record["descripcion"] == control["descripcion"]


# --- 11. glyph boxes read whole ---------------------------------------------------------------

Q, TICK, CROSS = ("❑", ZAPF), ("✔", ZAPF), ("✘", ZAPF)  # codes "q", "4", "8" in the file: no Unicode map


@pytest.mark.parametrize(
    "boxes",
    [
        [[Q], [Q, TICK], [Q], [Q, TICK]],  # tick printed over the box
        [[Q], [Q, CROSS], [Q], [Q, CROSS]],  # cross printed over the box
        [[Q], [TICK, Q], [Q], [TICK, Q]],  # the tick drawn first, the box over it
        [[("☐", SYMBOLS)], [("☐", SYMBOLS), ("✔", SYMBOLS)], [("☐", SYMBOLS)], [("☐", SYMBOLS), ("✗", SYMBOLS)]],
    ],
    ids=["zapf-tick", "zapf-cross", "zapf-tick-first", "unicode"],
)
def test_a_mark_printed_over_a_box_glyph_checks_it(tmp_path, control, boxes):
    labels = ["Sociolaboral", "Acogida/atención", "Emprendimiento", "Capacitaciones"]
    record = record_of(_built(tmp_path, TraitFicha(boxes=list(zip(boxes, labels, strict=False)))))
    assert record == control  # acogida_atencion and capacitaciones checked, no glyph code in any label


def test_a_box_with_an_unknown_symbol_over_it_gets_an_aviso(tmp_path, control):
    boxes = [
        ([Q], "Sociolaboral"),
        ([Q, TICK], "Acogida/atención"),
        ([Q, ("❚", ZAPF)], "Emprendimiento"),
        ([Q, TICK], "Capacitaciones"),
    ]
    record = record_of(_built(tmp_path, TraitFicha(boxes=boxes)))
    assert record["categorias"] == ["acogida_atencion", "capacitaciones"]
    assert codes(record) == [("categorias", "lectura_dudosa")]
    assert "«z»" in record["revision"]["avisos"][0]["mensaje"]


# --- 14. what cannot be read where a field stands is an aviso ----------------------------------


def test_a_month_cell_holding_text_that_is_no_mark_gets_an_aviso(tmp_path, control):
    months = MonthTable(marking="text", active=list(range(3, 12)))
    record = record_of(_built(tmp_path, TraitFicha(months=months, month_texts={12: "?"})))
    assert record["fechas_implementacion"]["meses"] == list(range(3, 12))
    assert codes(record) == [("fechas_implementacion", "lectura_dudosa")]
    assert "«Diciembre»" in record["revision"]["avisos"][0]["mensaje"]


def test_a_readable_month_table_gives_no_aviso(tmp_path, control):
    months = MonthTable(marking="text", active=list(range(3, 12)))
    record = record_of(_built(tmp_path, TraitFicha(months=months)))
    assert record == control


# --- 12. optional parts never fail a document ---------------------------------------------------


class _Page:
    """What `checkbox_widgets` reads of a pdfplumber page."""

    def __init__(self, annots):
        self.page_obj = type("PageObj", (), {"annots": annots})()
        self.rotation, self.width, self.height = 0, 595.0, 842.0
        self.root_page = self


def test_widgets_are_read_through_a_parent_chain_that_cycles():
    parent = {"FT": "Btn_placeholder"}
    parent["Parent"] = parent  # a /Parent chain that comes back to itself
    widget = {
        "Subtype": _literal("Widget"),
        "Rect": [60, 732, 70, 742],
        "AS": _literal("Yes"),
        "Parent": parent,
        "T": b"Sociolaboral",
    }
    assert list(checkbox_widgets(_Page([widget]))) == []  # the cycle ends; no /FT Btn found: not a checkbox
    parent["FT"] = _literal("Btn")
    (found,) = checkbox_widgets(_Page([widget]))
    assert found == {"x0": 60.0, "top": 100.0, "x1": 70.0, "bottom": 110.0, "checked": True, "name": "Sociolaboral"}


def _literal(name: str):
    from pdfminer.psparser import LIT

    return LIT(name)


def test_unreadable_widgets_leave_the_page_and_are_said_at_verbose(tmp_path, monkeypatch, capsys):
    from extractor.readers import ReadOptions

    reference = ReadOptions(pdf_engine="pdfplumber")  # the reference source's /Annots reader
    path = _built(tmp_path, TraitFicha())

    def broken(page):
        raise ValueError("/Annots is a int, not an array")

    monkeypatch.setattr(pdfplumber_source, "page_annotations", broken)
    layout = read_pdf(str(path), options=reference)
    (skipped,) = layout.skipped
    assert skipped.startswith("page 1: form widgets not read (ValueError: /Annots is a int, not an array")
    assert not any(isinstance(i, ReaderNote) for i in layout.items)
    assert extract_document(path, options=reference).skipped == layout.skipped

    from extractor.batch.runner import RunOptions, run

    lines: list[str] = []
    summary = run([path], tmp_path / "out", lines.append, RunOptions(jobs=1, verbose=True, pdf_engine="pdfplumber"))
    assert summary.failed == [] and summary.fichas == 1
    assert any("form widgets not read" in line and "read without it" in line for line in lines), lines


# --- 13. a document that is not a ficha yields no record -----------------------------------------


def test_a_title_with_two_template_headings_is_no_ficha(tmp_path):
    path = _built(tmp_path, TraitFicha(sections=("grupo", "descripcion")))
    with pytest.raises(DocumentError) as error:
        extract_document(path)
    assert error.value.kind is Kind.no_ficha
    message = str(error.value)
    assert "at least 3" in message and "«Grupo prioritario» (page 1)" in message and "«Breve descripción»" in message


def test_three_template_headings_make_a_ficha_with_the_others_missing(tmp_path):
    record = record_of(_built(tmp_path, TraitFicha(sections=("grupo", "sostenibilidad", "descripcion"))))
    missing = {campo for campo, codigo in codes(record) if codigo == "seccion_faltante"}
    assert {"oficinas", "categorias", "fechas_implementacion", "lineas_sello"} <= missing
    assert record["grupo_prioritario"] == "Familias migrantes recién llegadas a la comuna."


def test_plain_text_draw_is_the_control(tmp_path, control):
    """The builder's plain drawing is what the control uses (the harness itself)."""
    assert record_of(_built(tmp_path, TraitFicha(title=plain, body=plain))) == control
