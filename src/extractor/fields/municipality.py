"""The `municipalidad` field: the comuna and region a ficha's municipality label names."""

from __future__ import annotations

from ..normalize.catalogs import Catalogs, shipped
from ..segment.fichas import MunicipalityLabel
from ..template import folded_prefixes, starts_with_municipality
from ..text import clean, fold
from .items import printed_case_lines
from .notes import Aviso, Notes
from .shapes import MunicipalidadEntry


def read_municipality(
    label: MunicipalityLabel | None, notes: Notes, catalogs: Catalogs | None = None
) -> MunicipalidadEntry | None:
    """{"comuna", "region", "texto"} of the label segmentation found, or None without one; the
    comuna is found in `catalogs.comunas` (the shipped catalogs when None)."""
    if label is None:
        return None
    text = without_label_cell(clean(printed_case(label)))
    comuna = (catalogs or shipped()).find_comuna(text)
    if comuna is None:
        notes.add(
            "municipalidad.comuna", Aviso.comuna_desconocida, f"ninguna comuna del catálogo coincide con «{label.text}»"
        )
    return {
        "comuna": comuna.nombre if comuna else None,
        "region": comuna.region if comuna else None,
        "texto": text,
    }


def printed_case(label: MunicipalityLabel) -> str:
    """The label's text as the publication spells it: each of its lines printed in small capitals
    ("ILUSTRE MUNICIPALIDAD DE" drawn as capitals of two sizes) in the case `printed_case_lines`
    reads, as the title's; capitals of one size as printed."""
    text = label.text
    for block in label.blocks:
        for line, cased in zip(block.lines, printed_case_lines(block), strict=True):
            if cased != line.text:
                text = text.replace(line.text, cased, 1)
    return text


def without_label_cell(text: str) -> str:
    """A municipality label without the row label printed before it: "Municipalidad MUNICIPALIDAD
    ARICA" (a label | value row, "Municipalidad" in the left cell, read as one text) is "MUNICIPALIDAD
    ARICA"; a text opening with a municipality prefix alone (vocabulary `municipality_prefixes`)
    followed by a whole label. Any other text as it is."""
    words = text.split()
    for k in range(1, len(words)):
        rest = " ".join(words[k:])
        if fold(" ".join(words[:k])) in folded_prefixes() and starts_with_municipality(rest):
            return rest
    return text
