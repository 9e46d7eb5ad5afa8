"""A running text printed right after a section read empty is flagged too (honesty first; browser
seed 29517: "Breve descripción" in the left CSS column and "Elemento innovador" in the right one
level with it were read one after the other, the description's paragraphs then read into the
innovation element: `descripcion` flagged empty, `elemento_innovador` wrong with no aviso of its
own). The empty section's text may be in the next one (`record._note_text_after_an_empty_one`)."""

from __future__ import annotations

from dataclasses import replace

from extractor.pipeline import extract_document

from .pdf_builders import publication
from .test_pdf_layout import HUERTOS


def test_the_text_after_an_empty_description_is_flagged(tmp_path):
    publication(tmp_path / "ficha.pdf", [replace(HUERTOS, description=[])])
    (ficha,) = extract_document(tmp_path / "ficha.pdf").fichas
    said = {(a.campo, a.codigo) for a in ficha.revision.avisos}
    assert ficha.descripcion is None and ("descripcion", "seccion_vacia") in said
    assert ("elemento_innovador", "lectura_dudosa") in said


def test_a_whole_ficha_flags_nothing(tmp_path):
    publication(tmp_path / "ficha.pdf", [HUERTOS])
    (ficha,) = extract_document(tmp_path / "ficha.pdf").fichas
    assert ficha.revision.estado == "ok"


def test_the_text_before_an_empty_innovation_element_is_flagged(tmp_path):
    """The empty one printed after a running text (browser seed 30066: label rows read out of order,
    "Sostenibilidad" read empty and its text read at the end of the description): the text before
    it may hold the empty one's text too."""
    publication(tmp_path / "ficha.pdf", [replace(HUERTOS, innovation=[])])
    (ficha,) = extract_document(tmp_path / "ficha.pdf").fichas
    said = {(a.campo, a.codigo) for a in ficha.revision.avisos}
    assert ficha.elemento_innovador is None and ("elemento_innovador", "seccion_vacia") in said
    assert ("descripcion", "lectura_dudosa") in said


def test_the_text_after_an_empty_funding_box_is_flagged(tmp_path):
    """A form's two boxes side by side, "Forma de financiamiento" read empty: the running text read next
    ("Sostenibilidad en el tiempo") may hold its text (trial 28, ed01-form: both captions read before
    both texts, the funding text in sostenibilidad with no aviso there)."""
    publication(tmp_path / "ficha.pdf", [replace(HUERTOS, funding=[])])
    (ficha,) = extract_document(tmp_path / "ficha.pdf").fichas
    said = {(a.campo, a.codigo) for a in ficha.revision.avisos}
    assert ("forma_financiamiento", "seccion_vacia") in said
    assert ("sostenibilidad", "lectura_dudosa") in said
