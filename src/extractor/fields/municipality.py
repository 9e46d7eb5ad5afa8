"""The `municipalidad` field: the comuna and region a ficha's municipality label names."""

from __future__ import annotations

from ..normalize.catalogs import Catalogs, shipped
from ..segment.fichas import MunicipalityLabel
from ..text import clean
from .notes import Aviso, Notes
from .shapes import MunicipalidadEntry


def read_municipality(
    label: MunicipalityLabel | None, notes: Notes, catalogs: Catalogs | None = None
) -> MunicipalidadEntry | None:
    """{"comuna", "region", "texto"} of the label segmentation found, or None without one; the
    comuna is found in `catalogs.comunas` (the shipped catalogs when None)."""
    if label is None:
        return None
    comuna = (catalogs or shipped()).find_comuna(label.text)
    if comuna is None:
        notes.add(
            "municipalidad.comuna", Aviso.comuna_desconocida, f"ninguna comuna del catálogo coincide con «{label.text}»"
        )
    return {
        "comuna": comuna.nombre if comuna else None,
        "region": comuna.region if comuna else None,
        "texto": clean(label.text),
    }
