"""The PDF page sources' tolerances live in `SETTINGS.sources` (`settings.SourceSettings`), read when
a value is placed: a form field's typed value (both engines place it as a viewer shows it) moves with
`field_padding` and `field_leading`, an auto-sized multiline value takes `field_auto_size`."""

from dataclasses import replace

import pytest

from extractor.readers.pdf.sources import pdfplumber_source
from extractor.settings import SETTINGS, SourceSettings

BOX = {"x0": 10.0, "top": 20.0, "x1": 200.0, "bottom": 60.0}


def test_a_field_value_is_placed_by_the_source_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    chars = pdfplumber_source._value_chars("ab\ncd", BOX, 9.0, True, 0.0)
    padding, leading = SETTINGS.sources.field_padding, SETTINGS.sources.field_leading
    assert (chars[0]["x0"], chars[0]["top"]) == (10.0 + padding, 20.0 + padding)
    assert chars[2]["top"] == pytest.approx(20.0 + padding + 9.0 * leading)
    wider = replace(SETTINGS.sources, field_padding=5.0, field_leading=2.0, field_auto_size=7.0)
    monkeypatch.setattr(pdfplumber_source, "SETTINGS", replace(SETTINGS, sources=wider))
    moved = pdfplumber_source._value_chars("ab\ncd", BOX, 9.0, True, 0.0)
    assert (moved[0]["x0"], moved[0]["top"], moved[2]["top"]) == (15.0, 25.0, 43.0)
    assert pdfplumber_source._field_font_size(b"/Helv 0 Tf 0 g", BOX, True) == 7.0


def test_source_settings_must_be_positive() -> None:
    with pytest.raises(ValueError, match="field_padding"):
        SourceSettings(field_padding=0.0)
