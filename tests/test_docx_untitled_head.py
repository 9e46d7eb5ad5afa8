"""A Word ficha whose head has no title-like paragraph (no title style, not much larger than the body)
and more than one plain text (issue 20, trial 24 e27: a banner row "FICHA DE BUENAS PRÁCTICAS
MUNICIPALES · SELLO MIGRANTE 2025" above the title in one big form table).

The title is the largest of the head's plain texts, else the first; the choice is a guess, so
`titulo_dudoso` quotes the others. A head whose only plain text is the title stays sure.
"""

from __future__ import annotations

from docx.shared import Pt

from .docx_builders import TITLE, DocBuilder, write_ficha
from .records import records

BANNER = "FICHA DE BUENAS PRÁCTICAS MUNICIPALES · SELLO MIGRANTE 2025"


def _head_table(b: DocBuilder, banner_size: float, title_size: float) -> None:
    """A form table's first rows: the banner row (bold, repeated as a header row), then the title."""
    table = b.doc.add_table(rows=2, cols=1)
    for row, (text, size) in enumerate([(BANNER, banner_size), (TITLE, title_size)]):
        run = table.cell(row, 0).paragraphs[0].add_run(text)
        run.bold, run.font.size = True, Pt(size)


def _avisos(record: dict, code: str) -> list[str]:
    return [a["mensaje"] for a in record["revision"]["avisos"] if a["codigo"] == code and a["campo"] == "titulo"]


def test_a_small_banner_row_above_the_title_is_not_the_title_and_the_choice_is_flagged(tmp_path):
    b = DocBuilder()
    _head_table(b, banner_size=8, title_size=14)
    (record,) = records(write_ficha(tmp_path, title=None, builder=b))
    assert record["titulo"] == TITLE
    assert "ficha-de-buenas" not in record["id"]
    (doubt,) = _avisos(record, "titulo_dudoso")
    assert BANNER in doubt
    assert record["revision"]["estado"] == "revisar"


def test_two_head_texts_of_one_size_give_the_first_with_a_doubt(tmp_path):
    b = DocBuilder()
    _head_table(b, banner_size=11, title_size=11)
    (record,) = records(write_ficha(tmp_path, title=None, builder=b))
    assert record["titulo"] == BANNER
    (doubt,) = _avisos(record, "titulo_dudoso")
    assert TITLE in doubt


def test_a_head_whose_only_plain_text_is_the_title_is_sure(tmp_path):
    b = DocBuilder()
    b.paragraph(TITLE, bold=True)
    (record,) = records(write_ficha(tmp_path, title=None, builder=b))
    assert record["titulo"] == TITLE
    assert not _avisos(record, "titulo_dudoso")
