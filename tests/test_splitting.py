"""Printed lists of offices and funding texts split into entities, one behaviour per test."""

from __future__ import annotations

import pytest

from extractor.fields.funding import read_funding
from extractor.fields.notes import Notes
from extractor.fields.offices import read_offices
from extractor.layout import Line, TextBlock
from extractor.normalize.catalog import funders, offices
from extractor.normalize.entities import distinct, split_entities
from extractor.normalize.funding import funder_pieces


def office_names(text: str) -> list[tuple[str, str | None]]:
    """(printed, canonical or None) for each entity of an office list."""
    return [(p.texto, p.entry.nombre if p.entry else None) for p in split_entities(text, offices())]


def funder_names(text: str) -> list[str]:
    """Canonical (or printed, when unknown) name of each distinct funder, as the record lists them."""
    return [p.entry.nombre if p.entry else p.texto for p in distinct(funder_pieces(text, funders()))]


DIDECO = "Dirección de Desarrollo Comunitario"
OMIL = "Oficina Municipal de Información Laboral"
OWN = "Recursos propios municipales"


@pytest.mark.parametrize(
    "text",
    [
        "DIDECO, OMIL",
        "DIDECO y OMIL",
        "DIDECO. OMIL",
        "DIDECO - OMIL",
        "DIDECO\nOMIL",
        "DIDECO; OMIL",
        "DIDECO – OMIL",
        "DIDECO OMIL",
    ],
)
def test_each_separator_splits_two_offices(text):
    assert [name for _, name in office_names(text)] == [DIDECO, OMIL]


def test_unit_dash_department_is_two_entries_as_in_the_spec():
    assert office_names("Unidad de Migrantes - DIDECO") == [
        ("Unidad de Migrantes", "Unidad de Migrantes"),
        ("DIDECO", DIDECO),
    ]


def test_parentheses_holding_sub_programs_give_one_entry_each():
    text = (
        "Corporación de Cultura. Oficina de diversidad y no discriminación "
        "(Programa de Comunidad Migrante y Programa de Pueblos Originarios)"
    )
    assert [name for _, name in office_names(text)] == [
        "Corporación de Cultura",
        "Oficina de Diversidad y No Discriminación",
        "Programa de Comunidad Migrante",
        "Programa de Pueblos Originarios",
    ]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Dirección de Medio Ambiente, Aseo y Ornato (DIMAO)", "Dirección de Medio Ambiente, Aseo y Ornato"),
        ("Oficina de Migración, Refugio e Interculturalidad", "Oficina de Migración, Refugio e Interculturalidad"),
        ("Oficina de Informaciones, Reclamos y Sugerencias", "Oficina de Informaciones, Reclamos y Sugerencias"),
    ],
)
def test_a_catalog_name_holding_a_comma_is_not_split(text, name):
    assert office_names(text) == [(text, name)]


def test_a_name_on_a_line_of_its_own_is_whole_after_an_unknown_name():
    """One office a line (a Word cell's paragraphs, a list): the line break before a catalog name
    parts it from the unknown word ending the line above, as a comma does ("Innova" over
    "Dirección de Medio Ambiente, Aseo y Ornato (DIMAO)" keeps the acronym in the printed text;
    a new user's trial of 2026-12-07)."""
    text = "Innova\nDirección de Medio Ambiente, Aseo y Ornato (DIMAO)\nDirección de Desarrollo Comunitario (DIDECO)"
    assert office_names(text) == [
        ("Innova", None),
        ("Dirección de Medio Ambiente, Aseo y Ornato (DIMAO)", "Dirección de Medio Ambiente, Aseo y Ornato"),
        ("Dirección de Desarrollo Comunitario (DIDECO)", "Dirección de Desarrollo Comunitario"),
    ]


def test_a_spaced_slash_parts_names_as_a_comma_does():
    """An office list printed "A / B / C" (a new user's trial of 2026-12-07 read «/ Innova /» as
    one unknown office): a slash with spaces around it is a separator; one with none joins the
    words of one name ("Migración/Refugio")."""
    text = "Incubadora de cooperativas / Innova / Dirección de Desarrollo Comunitario (DIDECO)"
    assert office_names(text) == [
        ("Incubadora de cooperativas", "Incubadora de Cooperativas"),
        ("Innova", None),
        ("Dirección de Desarrollo Comunitario (DIDECO)", DIDECO),
    ]
    assert office_names("Oficina de Migración/Refugio, OMIL") == [
        ("Oficina de Migración/Refugio", None),
        ("OMIL", OMIL),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "OMIL – Oficina Municipal de Información Laboral",
        "OMIL - Oficina Municipal de Información Laboral",
        "OMIL (Oficina Municipal de Información Laboral)",
    ],
)
def test_an_acronym_first_then_its_name_is_one_entry_printed_whole(text):
    """The acronym, then the same entry's name after a dash or in parentheses: one office whose
    printed text is both (a new user's trial of 2026-12-07: texto was "OMIL" alone)."""
    assert office_names(text) == [(text, "Oficina Municipal de Información Laboral")]


def test_a_list_printed_without_separators_is_cut_at_catalog_names():
    text = (
        "Oficina de Migración, Refugio e Interculturalidad Dirección de Salud Dirección de Educación "
        "Oficina de Gestión Territorial OMIL"
    )
    assert office_names(text) == [
        ("Oficina de Migración, Refugio e Interculturalidad", "Oficina de Migración, Refugio e Interculturalidad"),
        ("Dirección de Salud", "Dirección de Salud"),
        ("Dirección de Educación", "Dirección de Educación"),
        ("Oficina de Gestión Territorial", "Oficina de Gestión Territorial"),
        ("OMIL", OMIL),
    ]


def test_generic_phrases_name_no_entity():
    text = "DIDECO, Oficina de la Mujer y otras oficinas municipales, World Vision, ACNUR y SJM."
    assert [printed for printed, _ in office_names(text)] == [
        "DIDECO",
        "Oficina de la Mujer",
        "World Vision",
        "ACNUR",
        "SJM",
    ]
    assert office_names("Otros departamentos, etc.") == []


def test_name_with_its_acronym_is_one_entry_and_a_conflicting_acronym_another():
    assert office_names(
        "Dirección de Desarrollo Comunitario (DIDECO), Secretaria Comunal de Planificación (SECPLAC)"
    ) == [
        ("Dirección de Desarrollo Comunitario (DIDECO)", DIDECO),
        ("Secretaria Comunal de Planificación (SECPLAC)", "Secretaría Comunal de Planificación"),
    ]
    assert office_names("Oficina de la Mujer (OPD)") == [
        ("Oficina de la Mujer", "Oficina de la Mujer"),
        ("OPD", "Oficina de Protección de Derechos de la Infancia"),
    ]


@pytest.mark.parametrize("text", ["Cruz Roja Argentina", "Dirección de Salud Animal", "Fundación Hogar de Cristo Rey"])
def test_a_catalog_name_inside_a_longer_unknown_name_is_not_taken(text):
    assert office_names(text) == [(text, None)]


def test_an_unknown_office_is_kept_as_printed():
    assert office_names("Incubadora de cooperativas, Innova") == [
        ("Incubadora de cooperativas", "Incubadora de Cooperativas"),
        ("Innova", None),
    ]


def test_funders_one_entry_each_sentence_by_sentence():
    assert funder_names("Recursos propios municipales. SENCE.") == [OWN, "Servicio Nacional de Capacitación y Empleo"]
    assert funder_names(
        "Recursos propios municipales.\nCurso de español e insumos financiados por ACNUR\nDonaciones voluntarias."
    ) == [OWN, "Alto Comisionado de las Naciones Unidas para los Refugiados", "Donaciones voluntarias"]


SERMIG = "Servicio Nacional de Migraciones"


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "2022: Servicio Nacional de Migraciones (SERMIG), Concurso de Inclusión. 2023: Recursos propios de la municipalidad.",
            [SERMIG, OWN],  # a competition run by SERMIG is its funding (issue 19)
        ),
        (
            "2022: Servicio Nacional de Migraciones (SERMIG), Concurso de Inclusión.\n2023: Recursos propios de la municipalidad.",
            [SERMIG, OWN],  # a competition run by SERMIG is its funding (issue 19)
        ),
        ("Año 2022: SERMIG; año 2023: recursos municipales", [SERMIG, "Recursos de la municipalidad"]),
        (
            "2021-2022: Fondo de Inclusión 2023: Presupuesto municipal",
            ["Fondo de Inclusión", "Presupuesto de la municipalidad"],
        ),
    ],
)
def test_year_scoped_sentences_give_each_years_funders(text, names):
    assert funder_names(text) == names


def test_x_through_y_is_funded_by_x_only():
    text = "Open Society Foundations a través de la Corporación Municipal Costa Chinchorro. Recursos propios de la municipalidad."
    assert funder_names(text) == ["Open Society Foundations", OWN]
    assert funder_names("Fondos SENCE a través de la OMIL y aporte de la Fundación Colunga.") == [
        "Servicio Nacional de Capacitación y Empleo",
        "Fundación Colunga",
    ]


def test_through_with_no_funder_before_it_is_a_plain_preposition():
    assert funder_names("Financiado a través del FNDR.") == ["Fondo Nacional de Desarrollo Regional"]


def test_a_sentence_naming_no_catalog_funder_is_one_funder_as_printed():
    assert funder_names("Aporte de la Embajada de Japón.") == ["Embajada de Japón"]
    assert funder_names("Sin financiamiento.") == []


def test_an_acronym_printed_in_lower_case_is_a_plain_word():
    assert funder_names("Arreglo del techo de la sede con recursos municipales.") == ["Recursos de la municipalidad"]


def blocks(*texts: str) -> list[TextBlock]:
    return [TextBlock([Line(t)]) for t in texts]


def test_office_entries_carry_canonical_name_acronym_type_and_printed_text():
    notes = Notes()
    entries = read_offices(blocks("DIDECO, Innova, Fundación Nueva Esperanza"), notes)
    assert entries[0] == {"nombre": DIDECO, "sigla": "DIDECO", "tipo": "municipal", "texto": "DIDECO"}
    assert entries[1] == {"nombre": "Innova", "sigla": None, "tipo": "municipal", "texto": "Innova"}
    assert entries[2]["tipo"] == "externo"
    assert [a["codigo"] for a in notes.avisos] == ["oficina_desconocida"] * 2


def test_an_organisation_is_externo_as_an_office_and_its_sector_as_a_funder():
    notes = Notes()
    assert read_offices(blocks("SENCE"), notes)[0]["tipo"] == "externo"
    funding = read_funding(blocks("SENCE. Aporte de la Embajada de Japón."), notes)
    assert funding["fuentes"] == [
        {"nombre": "Servicio Nacional de Capacitación y Empleo", "sigla": "SENCE", "tipo": "estatal"},
        {"nombre": "Embajada de Japón", "sigla": None, "tipo": "internacional"},
    ]
    assert [a["codigo"] for a in notes.avisos] == ["fuente_desconocida"]


def test_the_municipality_as_funder_is_own_resources_or_kept_as_printed():
    assert funder_names("Aporte de la municipalidad y fondos SENCE") == [
        "Aportes municipales",
        "Servicio Nacional de Capacitación y Empleo",
    ]
    assert funder_names("Municipalidad de Arica y ACNUR.") == [
        "Municipalidad de Arica",
        "Alto Comisionado de las Naciones Unidas para los Refugiados",
    ]


def test_an_unknown_name_with_its_acronym_is_one_entry_with_its_sigla():
    notes = Notes()
    entries = read_offices(blocks("Cámara Chilena de la Construcción (CChC), OMIL y CChC"), notes)
    assert entries == [
        {
            "nombre": "Cámara Chilena de la Construcción",
            "sigla": "CChC",
            "tipo": "externo",
            "texto": "Cámara Chilena de la Construcción (CChC)",
        },
        {"nombre": OMIL, "sigla": "OMIL", "tipo": "municipal", "texto": "OMIL"},
    ]
    assert [a["codigo"] for a in notes.avisos] == ["oficina_desconocida"]


def test_an_unknown_name_is_kept_as_printed_with_its_first_letter_capitalised():
    entries = read_offices(blocks("oficina  de  vivienda rural y barrios"), Notes())
    assert [(e["nombre"], e["texto"]) for e in entries] == [
        ("Oficina de vivienda rural y barrios", "oficina de vivienda rural y barrios")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Oficina de Migrantes y Refugiados",  # "X de A y B" the catalog does not hold
        "Oficina de Asuntos Indígenas, Refugio e Interculturalidad",  # "X de A, B y C"
        "Oficina de Migración y Refugiados",  # a catalog name followed by a bare noun
    ],
)
def test_a_bare_noun_never_stands_alone(text):
    assert office_names(text) == [(text, None)]


def test_different_names_of_similar_offices_stay_different():
    assert office_names("Oficina de Migrantes, Oficina de Migración, Unidad de Fomento Productivo") == [
        ("Oficina de Migrantes", "Oficina de Migrantes"),
        ("Oficina de Migración", "Oficina de Migración"),
        ("Unidad de Fomento Productivo", "Unidad de Fomento Productivo"),
    ]


def test_one_entry_per_funder_and_no_fragment():
    notes = Notes()
    funding = read_funding(
        blocks(
            "Gobierno Regional de Tarapacá.",
            "El Gobierno Regional aportó además materiales.",
            "Fondo Juntos de",
            "la Comunidad.",
        ),
        notes,
    )
    assert [f["nombre"] for f in funding["fuentes"]] == [
        "Gobierno Regional de Tarapacá",
        "Fondo Juntos de la Comunidad",
    ]
    assert funder_names("Fondo Juntos de") == ["Fondo Juntos"]


@pytest.mark.parametrize("dot", ["·", "•", "⋅", "∙", "‧", "・"])
def test_a_middle_dot_between_offices_separates_them(dot):
    """A dot between names (" · ", the trial's h05) is a list separator like ";": an unknown name
    between two of them is kept without them."""
    assert office_names(f"DIDECO {dot} Innova {dot} OMIL") == [
        ("DIDECO", DIDECO),
        ("Innova", None),
        ("OMIL", OMIL),
    ]
