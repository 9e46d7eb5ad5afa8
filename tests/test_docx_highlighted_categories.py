"""A Word category list told by the highlighter alone (issue 20; a new user's trial 26, x21: each
category's name a paragraph of its own, the chosen ones highlighted yellow, no boxes).

A run of three or more paragraphs each naming a category and nothing else, some highlighted whole
(`w:highlight`, or a run's `w:shd` shading) and the others not at all, is a checkbox list: the
highlighted names are the checked boxes (`reader._highlighted_categories`). A list all highlighted,
or none, tells nothing and stays as text.
"""

from __future__ import annotations

import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from .docx_builders import CATEGORY_LABELS, write_ficha
from .records import records

CHOSEN = ["sociolaboral", "capacitaciones", "intermediacion_laboral"]


def highlighted_list(how: str, chosen: list[str], with_otra: bool = False):
    def part(b) -> None:  # type: ignore[no-untyped-def]
        for key, label in CATEGORY_LABELS.items():
            if key == "otra" and not with_otra:
                label = "Otra:"
            run = b.doc.add_paragraph().add_run(label)
            if key not in chosen:
                continue
            if how == "yellow":
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            elif how == "green":
                run.font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN
            else:  # run shading, Word's "Shading" button on a selection
                run._r.get_or_add_rPr().append(
                    parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="FFE599"/>')
                )

    return part


@pytest.mark.parametrize("how", ["yellow", "green", "shading"])
def test_highlighted_names_are_the_chosen_categories(tmp_path, how):
    (got,) = records(write_ficha(tmp_path, parts={"categorias": highlighted_list(how, CHOSEN)}))
    assert got["categorias"] == CHOSEN
    assert [a for a in got["revision"]["avisos"] if a["campo"].startswith("categoria")] == []


def test_the_highlighted_otra_keeps_its_write_in(tmp_path):
    (got,) = records(write_ficha(tmp_path, parts={"categorias": highlighted_list("yellow", ["nna", "otra"], True)}))
    assert got["categorias"] == ["nna", "otra"]
    assert got["categoria_otra"] == "Regularización"


def test_a_list_highlighted_whole_is_not_read_as_chosen(tmp_path):
    (got,) = records(write_ficha(tmp_path, parts={"categorias": highlighted_list("yellow", list(CATEGORY_LABELS))}))
    assert got["categorias"] == []
    assert got["revision"]["estado"] == "revisar"
