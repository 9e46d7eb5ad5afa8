"""Segmentation: a document's layout -> fichas -> sections (`fichas`), after the PDF blocks are regrouped by
geometry (`regroup`). Returns its decisions (`Segmentation`), which the fields stage and `inspect` read."""

from .fichas import FichaParts, Placed, Section, Segmentation, no_ficha_reason, segment

__all__ = ["FichaParts", "Placed", "Section", "Segmentation", "no_ficha_reason", "segment"]
