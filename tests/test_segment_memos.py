"""Within one segmentation (`fichas._remembering`) a block's answers are kept by block, a text's naming
of a municipality by text and catalogs: asked again, rule after rule, they must be the answers asked
afresh. The whole segmentation of the publication is the same with the memos as without them, and
one text asked of two catalogs gets each catalog's answer."""

from __future__ import annotations

import contextlib
from pathlib import Path

from extractor.readers import read
from extractor.segment import fichas

PUBLICATION = Path(__file__).parent.parent / "raw" / "publicaciones" / "fichas-buenas-practicas-municipales-2023.pdf"


def test_a_segmentation_with_its_memos_is_the_one_without(monkeypatch):
    layout = read(PUBLICATION)
    remembered = fichas.segment(layout)
    monkeypatch.setattr(fichas, "_remembering", contextlib.nullcontext)  # every answer asked afresh
    fresh = fichas.segment(layout)
    assert repr(remembered) == repr(fresh)
    assert len(fresh.fichas) > 1


class _Comunas:
    """A catalog holding one comuna or none (what `_names_municipality` asks of it)."""

    def __init__(self, comuna: str | None) -> None:
        self.comuna = comuna

    def find_comuna(self, text: str) -> str | None:
        return self.comuna if self.comuna and self.comuna.lower() in text.lower() else None


def test_a_text_asked_of_two_catalogs_gets_each_ones_answer():
    holding, lacking = _Comunas("Puente Alto"), _Comunas(None)
    with fichas._remembering():
        assert fichas._names_municipality("PUENTE ALTO", holding)  # type: ignore[arg-type]
        assert not fichas._names_municipality("PUENTE ALTO", lacking)  # type: ignore[arg-type]
        assert fichas._names_municipality("PUENTE ALTO", holding)  # type: ignore[arg-type]
