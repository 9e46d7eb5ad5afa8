"""The header row of a category table ("Categoría | Marque con X" over a row per category, its mark
typed in the right cell) is template text, not content: no aviso (a new user's trial of 2026-12-07,
d06: both header cells quoted in avisos texto_sin_ubicar, the first also as a heading astray, and a
record right in every field was `revisar`). Header cells are told by their words (vocabulary
`category_table_headers`), read before the list's first box, where the list was read; any other
text there stays quoted.
"""

from __future__ import annotations

import pytest

from .docx_builders import CATEGORY_LABELS, DocBuilder, write_ficha
from .records import records

CHECKED = {"sociolaboral", "capacitaciones", "otra"}


def ficha(tmp_path, header: tuple[str, str]) -> dict:
    def categories(b: DocBuilder) -> None:
        b.table([list(header)] + [[label, "X" if cid in CHECKED else ""] for cid, label in CATEGORY_LABELS.items()])

    (got,) = records(write_ficha(tmp_path, parts={"categorias": categories}))
    return got


@pytest.mark.parametrize("header", [("Categoría", "Marque con X"), ("Categorías", "Marcar con una X:")])
def test_a_category_tables_header_row_is_no_content(tmp_path, header):
    got = ficha(tmp_path, header)
    assert set(got["categorias"]) == CHECKED
    assert not [a for a in got["revision"]["avisos"] if a["campo"] == "categorias"], got["revision"]


def test_other_text_over_the_table_stays_quoted(tmp_path):
    got = ficha(tmp_path, ("Categoría", "Observaciones del equipo"))
    assert set(got["categorias"]) == CHECKED
    assert "Observaciones del equipo" in [a["mensaje"] for a in got["revision"]["avisos"]]
