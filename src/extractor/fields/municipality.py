"""The `municipalidad` field: the comuna and region a ficha's municipality label names."""

from __future__ import annotations

import re

from ..layout import Line
from ..normalize.catalogs import Catalogs, shipped
from ..normalize.comunas import region_named
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
    catalogs = catalogs or shipped()
    whole = without_label_cell(clean(printed_case(label)))
    text, rest = label_and_rest(whole, label)
    if rest and catalogs.find_comuna(text) is None and catalogs.find_comuna(whole) is not None:
        text, rest = whole, ""  # the cut broke the comuna's name ("MUNICIPALIDAD DE      PUENTE ALTO")
    if rest:
        notes.add(
            "municipalidad",
            Aviso.texto_sin_ubicar,
            f"«{rest}», impreso en la línea de la municipalidad y apartado de ella, no se lee como parte de su nombre",
        )
    comuna = catalogs.find_comuna(text)
    if comuna is None:
        notes.add(
            "municipalidad.comuna", Aviso.comuna_desconocida, f"ninguna comuna del catálogo coincide con «{label.text}»"
        )
    return {
        "comuna": comuna.nombre if comuna else None,
        "region": comuna.region if comuna else None,
        "texto": text,
    }


_SEPARATOR = re.compile(r"\s*·{2,}\s*|\s+[·•|—–]\s+")


def label_and_rest(text: str, label: MunicipalityLabel) -> tuple[str, str]:
    """(the label, the words printed on its line set apart from it, joined by " · "; "" when none): a
    line of a header bar ("MUNICIPALIDAD DE SAN JOAQUÍN ··· Buenas prácticas 2024") is cut at a wide
    gap (`Line.apart`) or a separator (a run of middle dots; a bullet, bar or dash with spaces around
    it) other than one setting a region apart; the label is the piece that opens with a municipality
    prefix (else the first)."""
    rest: list[str] = []
    for line in _label_lines(label):
        if line.apart and line.text in text:
            keep = _label_piece(list(line.apart))
            text = text.replace(line.text, keep, 1)
            rest += [p for p in line.apart if p != keep]
    parts = [clean(p) for p in _SEPARATOR.split(text) if clean(p)]
    if len(parts) > 1 and not any(region_named(p) for p in parts):
        keep = _label_piece(parts)
        rest += [p for p in parts if p != keep]
        text = keep
    return text, " · ".join(rest)


def _label_piece(pieces: list[str]) -> str:
    return next((p for p in pieces if starts_with_municipality(p)), pieces[0])


def _label_lines(label: MunicipalityLabel) -> list[Line]:
    return [line for block in label.blocks for line in block.lines]


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
