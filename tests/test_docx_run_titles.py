"""A Word ficha whose title is only a large bold run (issue 20, M1 of trial 23).

A clerk types the title bold at 18 pt in a Normal paragraph, no Title or Heading style; the body's
size is the document's default (`w:docDefaults`, no run sets it). The title stands out by its size
against that body, as in a PDF, so two fichas after a page break are two records, not one with
every section twice.
"""

from __future__ import annotations

from docx.enum.text import WD_BREAK
from docx.shared import Pt

from .docx_builders import DocBuilder, write_ficha
from .records import records

TITLES = ["Escuela de oficios para mujeres migrantes", "Huertos comunitarios interculturales"]


def run_title(size: float):
    def title(b: DocBuilder, text: str) -> None:
        run = b.doc.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(size)

    return title


def test_a_large_bold_run_is_a_title_and_two_fichas_make_two_records(tmp_path):
    b = DocBuilder()
    for n, text in enumerate(TITLES):
        if n:
            b.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        run_title(18)(b, text)
        write_ficha(tmp_path, title=None, heading="bold", builder=b)
    got = records(tmp_path / "ficha.docx")
    assert [r["titulo"] for r in got] == TITLES
    assert not [a for r in got for a in r["revision"]["avisos"] if a["codigo"] == "seccion_duplicada"]
