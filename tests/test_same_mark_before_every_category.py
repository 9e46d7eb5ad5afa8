"""A category list printing every category after one and the same mark says which are selected
nowhere (issue 20; a new user's trial of 2026-12-07, ed15: reportlab set the list's marks in
ZapfDingbats from the letters "n" and "q", but it draws a character through the font's encoding, and
"q" is none of ZapfDingbats' characters (❑ is): every box came out the "n" square ■; the records were
flagged right, the page holds no answer). The square before a line reads as the line's bullet, so
the list has no box: the aviso `seccion_vacia` says why (`record._every_category_bulleted`). A list
printing only some categories after bullets is the list of the selected ones (contract, «Categoría»
printed as a list of names: `tests/test_category_names_listed.py`).
"""

from __future__ import annotations

from .docx_builders import CATEGORY_LABELS
from .pdf_canvas import BODY, BOLD, ZAPF, Sheet
from .records import records

CATEGORIES = list(CATEGORY_LABELS.values())  # the template's list, as printed
SAID = "imprime todas las categorías tras una misma viñeta o marca"


def ficha(path, labels: list[str]) -> None:
    sheet = Sheet(path)
    head = [("Grupo prioritario", "Mujeres haitianas."), ("Forma de financiamiento", "Recursos propios.")]
    top = sheet.ficha_head(head)
    top = sheet.text(45, top, "Categoría", 12, BOLD) + 6
    for label in labels:
        sheet.text(45, top, "n", 8, ZAPF)  # ■
        sheet.text(57, top, label, 10, BODY)
        top += 14
    sheet.sections(top + 10, [("Breve descripción", "La escuela enseña español a mujeres haitianas.")])
    sheet.save()


def categories_said(record: dict) -> list[str]:
    return [a["mensaje"] for a in record["revision"]["avisos"] if a["campo"] == "categorias"]


def test_one_mark_before_every_category_is_said(tmp_path):
    ficha(tmp_path / "ficha.pdf", CATEGORIES)
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["categorias"] == [] and got["revision"]["estado"] == "revisar"
    assert any(SAID in m for m in categories_said(got)), categories_said(got)


def test_one_mark_before_only_some_categories_lists_the_selected_ones(tmp_path):
    ficha(tmp_path / "ficha.pdf", CATEGORIES[:3])
    (got,) = records(tmp_path / "ficha.pdf")
    assert got["categorias"] == ["sociolaboral", "acogida_atencion", "emprendimiento"]
    assert not any(SAID in m for m in categories_said(got)), categories_said(got)
