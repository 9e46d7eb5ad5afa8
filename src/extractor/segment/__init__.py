"""Segmentation: a document's layout -> paragraphs (`paragraphs`: the one place lines become paragraphs) ->
fichas -> sections (`fichas`). Returns its decisions (`Segmentation`), which the fields stage and `inspect` read."""

from .fichas import FichaParts, Placed, Section, Segmentation, no_ficha_reason, segment

__all__ = ["FichaParts", "Placed", "Section", "Segmentation", "no_ficha_reason", "segment"]
