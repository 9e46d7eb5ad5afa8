"""What the design harness prints: the reviewed records of the 2023 publication, as printed text.

Every field of a golden record is the text the ficha prints, except two that the
record normalises: the office list (printed as one line, read into entries) and
the Sello line names (the record keeps their ids). The office lines below are
copied from the 2023 publication (raw/publicaciones/fichas-buenas-practicas-municipales-2023.pdf,
section "Departamento/Oficinas municipales que participan"); Sello lines print
the canonical names of the contract (docs/ficha-schema.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

GOLDEN_PUBLICATION = (
    Path(__file__).resolve().parent.parent / "golden" / "publicaciones" / "fichas-buenas-practicas-municipales-2023"
)

OFFICES_PRINTED = {
    "puente-alto--operativos-interinstitucionales-en-asentamientos-precarios": "Unidad de Migrantes - DIDECO",
    "el-bosque--recepcion-y-acogida-de-la-comunidad-afgana": "Oficina de Migración, Refugio e Interculturalidad Dirección de Salud Dirección de Educación "
    "Oficina de Gestión Territorial OMIL",
    "recoleta--incubadora-cooperativa-de-trabajo-jatun-newen": "Incubadora de cooperativas, Innova, Dirección de Medio Ambiente, Aseo y Ornato (DIMAO), Dirección de "
    "Desarrollo Comunitario (DIDECO), Programa Migrantes y refugiados, Secretaria Comunal de Planificación (SECPLAC)",
    "san-joaquin--festival-multicultural": "Corporación de Cultura. Oficina de diversidad y no discriminación (Programa de Comunidad Migrante y "
    "Programa de Pueblos Originarios)",
    "san-joaquin--escuela-de-mujeres-catherine-flon": "Oficina de diversidad y no discriminación (Programa de Comunidad Migrante)",
    "quinta-normal--capacitacion-en-oficios": "Oficina Municipal de Información Laboral (OMIL), Organismos Técnicos de Capacitación (OTEC), "
    "Oficina de Migración Municipal",
    "arica--academia-municipal-abierta-ama-integracion": "DIDECO, Oficina de la Mujer y otras oficinas municipales, World Vision, ACNUR y SJM.",
}

SELLO_NAMES = {
    "politicas_locales": "Políticas locales y trabajo colaborativo",
    "acceso_informacion": "Acceso a la información y orientación integral",
    "vinculacion_comunitaria": "Vinculación comunitaria",
    "estrategias_formativas": "Estrategias formativas y de sensibilización",
    "fortalecimiento_institucional": "Fortalecimiento institucional",
}

CATEGORY_LABELS = (  # (id, printed label), in the template's order
    ("sociolaboral", "Sociolaboral"),
    ("acogida_atencion", "Acogida/atención"),
    ("emprendimiento", "Emprendimiento"),
    ("capacitaciones", "Capacitaciones"),
    ("cooperativas", "Cooperativas"),
    ("intermediacion_laboral", "Intermediación laboral"),
    ("nna", "NNA"),
    ("otra", "Otra:"),
)

SELLO_LEAD_IN = "Se destaca el trabajo en las líneas de acción de Sello:"


@dataclass(frozen=True)
class Ficha:
    """One golden record and the text a ficha prints for it."""

    record: dict

    @property
    def id(self) -> str:
        return self.record["id"]

    @property
    def comuna(self) -> str:
        return self.record["municipalidad"]["comuna"]

    @property
    def offices(self) -> str:
        return OFFICES_PRINTED[self.id]

    @property
    def paragraphs(self) -> list[str]:
        return self.record["descripcion"].split("\n\n")

    @property
    def sello_lines(self) -> list[tuple[str, str]]:
        """(printed name, justification) per Sello line."""
        return [(SELLO_NAMES[line["linea"]], line["justificacion"]) for line in self.record["lineas_sello"]]

    def category_rows(self) -> list[tuple[str, bool]]:
        """(printed label, checked) in the template's order; "Otra:" carries its text when checked."""
        checked = set(self.record["categorias"])
        rows = []
        for key, label in CATEGORY_LABELS:
            if key == "otra" and self.record["categoria_otra"]:
                label = f"{label} {self.record['categoria_otra']}"
            rows.append((label, key in checked))
        return rows


@cache
def golden_fichas() -> tuple[Ficha, ...]:
    """The seven fichas of the 2023 publication, by id."""
    paths = sorted(GOLDEN_PUBLICATION.glob("*.json"))
    fichas = tuple(Ficha(json.loads(p.read_text(encoding="utf-8"))) for p in paths)
    assert {f.id for f in fichas} == set(OFFICES_PRINTED), "golden fichas and printed office lines disagree"
    return fichas
