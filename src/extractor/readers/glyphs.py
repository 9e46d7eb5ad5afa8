"""Transitional: the glyph rules moved to `extractor.glyphs` (shared by readers and segmentation).

Only `readers/pdf/sources/pdfium_source.py` still imports them from here; once it imports
`...glyphs` directly (it is being changed on another branch), delete this module."""

from __future__ import annotations

from ..glyphs import symbol_font_key

__all__ = ["symbol_font_key"]
