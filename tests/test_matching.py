"""The matcher measured on printed forms generated from the catalogs, and on names in no catalog.

Variants of every catalog form: accents dropped, capitals, a one-letter typo
(names of 8 characters or more), acronym only, name only, "Name (ACRONYM)",
and for comunas the municipality labels printed on fichas. Precision must be
1.0 (no wrong canonical name), recall at least 0.97, and every name that is in
no catalog must come back unknown. The figures are printed.
"""

from __future__ import annotations

import random
import unicodedata

import pytest

from extractor.normalize.catalog import Catalog, funders, key_of, offices
from extractor.normalize.comunas import comunas, find_comuna

SEED = 20240603
LABELS = ("Municipalidad de {}", "MUNICIPALIDAD {}", "I. Municipalidad de {}", "Ilustre Municipalidad de {}")

# Plausible names that are in no catalog: invented municipal offices, near misses of catalog
# names, and real institutions of other countries (or Chilean ones the catalogs do not hold).
OUT_OF_CATALOG = [
    "Oficina de Astronomía Comunal",
    "Departamento de Robótica Municipal",
    "Dirección de Innovación Cuántica",
    "Oficina del Ciclista Urbano",
    "Unidad de Gastronomía Patrimonial",
    "Oficina de Bienestar Animal Marino",
    "Departamento de Artes Circenses",
    "Dirección de Huertos Urbanos",
    "Programa Vecino Digital",
    "Oficina de la Mujer Rural",
    "Oficina de Deportes Náuticos",
    "Dirección de Salud Animal",
    "Centro de la Mujer Emprendedora",
    "Programa Migrantes Emprendedores",
    "Oficina de Relaciones Vecinales",
    "Unidad de Eficiencia Energética",
    "Oficina de Apoyo Escolar Nocturno",
    "Casa de la Cultura Aymara",
    "Oficina de Deportes y Recreación",
    "Innova",
    "Universidad de Buenos Aires",
    "Universidad de Chiloé",
    "Universidad de Tacna",
    "Universidad Católica de Temuco",
    "Universidad de la República",
    "Cruz Roja Argentina",
    "Cruz Roja Peruana",
    "Superintendencia Nacional de Migraciones",
    "Migración Colombia",
    "Dirección Nacional de Migraciones",
    "Ministerio de Salud del Perú",
    "Servicio Nacional de Empleo de México",
    "Instituto Nacional de Migración",
    "Comisión Mexicana de Ayuda a Refugiados",
    "Agencia Española de Cooperación Internacional para el Desarrollo",
    "Deutsche Gesellschaft für Internationale Zusammenarbeit",
    "Médicos Sin Fronteras",
    "Consejo Noruego para Refugiados",
    "Save the Children",
    "Caritas Venezuela",
    "Fundación Scalabrini Argentina",
    "Banco Mundial",
    "Organización de Estados Iberoamericanos",
    "Fondo Internacional de Desarrollo Agrícola",
    "Embajada de Canadá",
    "Consulado General del Perú",
    "Municipalidad Provincial de Tacna",
    "Junta de Vecinos Villa Esperanza",
    "Club Deportivo Estrella Roja",
    "Colegio de Profesores de Chile",
    "Iglesia Evangélica Pentecostal",
    "Sindicato de Trabajadores Independientes",
    "Cooperativa de Trabajo Jatun Newen",
    "Fondo Verde para el Clima",
    "Aportes de la Embajada de Japón",
    "Lotería de Concepción",
    "Fundación Ford",
    "Gobierno de Canadá",
]
FOREIGN_MUNICIPALITIES = [
    "Municipalidad de Tacna",
    "Municipalidad de Mendoza",
    "MUNICIPALIDAD DE LA PAZ",
    "I. Municipalidad de Rosario",
    "Municipalidad de Lima",
    "Municipalidad de Cusco",
    "Municipalidad de Salta",
    "Ilustre Municipalidad de Oruro",
]


def without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def inside_word(text: str, i: int) -> bool:
    """A letter with a letter on each side: a typo there keeps the word's first and last letters."""
    return 0 < i < len(text) - 2 and text[i - 1].isalpha() and text[i + 1].isalpha() and text[i + 2].isalpha()


def one_letter_typo(text: str, rng: random.Random) -> str:
    """`text` with one letter inside a word substituted, dropped, doubled or swapped with the next
    (the matcher's rule: a changed first or last letter makes another word, see `names.typo_fits`)."""
    inner = [i for i, c in enumerate(text) if c.isalpha() and inside_word(text, i)]
    if not inner:
        return text
    at = rng.choice(inner)
    kind = rng.choice(("substitute", "drop", "double", "swap"))
    if kind == "substitute":
        return text[:at] + rng.choice([c for c in "aeioulnrstcdmp" if c != text[at].lower()]) + text[at + 1 :]
    if kind == "drop":
        return text[:at] + text[at + 1 :]
    if kind == "double":
        return text[:at] + text[at] + text[at:]
    if at + 1 < len(text) and text[at + 1].isalpha() and text[at + 1] != text[at]:
        return text[:at] + text[at + 1] + text[at] + text[at + 2 :]
    return text[:at] + text[at + 1 :]


def typo_of(form: str, catalog: Catalog, expected: str, rng: random.Random) -> str | None:
    """A typo of `form` that is not itself another entry's printed form (that would be no typo)."""
    for _ in range(20):
        typed = one_letter_typo(form, rng)
        other = catalog.exact(typed)
        if other is None or other.nombre == expected:
            return typed
    return None


def entity_variants(catalog: Catalog, rng: random.Random) -> list[tuple[str, str]]:
    """(printed, expected canonical name) for every entry of an office or funder catalog."""
    out = []
    for entry in catalog.entries:
        names = [f for f in entry.forms if not entry.is_acronym(f)]
        out += [(entry.nombre, entry.nombre)]  # name only
        out += [(f, entry.nombre) for f in entry.forms if entry.is_acronym(f)]  # acronym only
        if entry.sigla:
            out.append((f"{entry.nombre} ({entry.sigla})", entry.nombre))
        for form in names:
            out += [(without_accents(form), entry.nombre), (form.upper(), entry.nombre)]
            typed = typo_of(form, catalog, entry.nombre, rng) if len(form) >= 8 else None
            if typed:
                out.append((typed, entry.nombre))
    return out


def comuna_variants(rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for comuna in comunas().entries:
        for form in comuna.forms:
            out += [(label.format(form), comuna.nombre) for label in LABELS]
            out += [(LABELS[1].format(without_accents(form).upper()), comuna.nombre), (form, comuna.nombre)]
            typed = typo_of(form, comunas(), comuna.nombre, rng) if len(form) >= 8 else None
            if typed:
                out.append((LABELS[0].format(typed), comuna.nombre))
    return out


def measure(cases: list[tuple[str, str]], find) -> tuple[float, float, list[str]]:
    """Precision, recall, and the wrong answers (printed form -> answer, expected)."""
    answers = [(printed, find(printed), expected) for printed, expected in cases]
    given = [(p, a.nombre, e) for p, a, e in answers if a is not None]
    wrong = [f"{p!r} -> {a!r}, expected {e!r}" for p, a, e in given if a != e]
    correct = len(given) - len(wrong)
    return correct / max(len(given), 1), correct / len(cases), wrong


@pytest.fixture(scope="module")
def variant_sets() -> dict[str, tuple[list[tuple[str, str]], object]]:
    rng = random.Random(SEED)
    return {
        "oficinas": (entity_variants(offices(), rng), offices().match),
        "financiadores": (entity_variants(funders(), rng), funders().match),
        "comunas": (comuna_variants(rng), find_comuna),
    }


def test_precision_is_perfect_and_recall_high_on_generated_variants(variant_sets, capsys):
    total = sum(len(cases) for cases, _ in variant_sets.values())
    assert total >= 300
    all_wrong, found = [], 0
    with capsys.disabled():
        print()
        for name, (cases, find) in variant_sets.items():
            precision, recall, wrong = measure(cases, find)
            print(f"  {name}: {len(cases)} variants, precision {precision:.4f}, recall {recall:.4f}")
            all_wrong += wrong
            found += round(recall * len(cases))
        print(f"  all: {total} variants, recall {found / total:.4f}")
    assert not all_wrong, "wrong canonical names:\n" + "\n".join(all_wrong[:20])
    assert found / total >= 0.97


def test_typo_variants_are_part_of_the_measure(variant_sets):
    cases, _ = variant_sets["oficinas"]
    forms = {key_of(f) for e in offices().entries for f in e.forms}
    typos = [p for p, _ in cases if key_of(p) not in forms]
    assert len(typos) >= 100


def test_names_in_no_catalog_come_back_unknown(capsys):
    assert len(OUT_OF_CATALOG) >= 50
    known = [
        (name, c.name, c.match(name).nombre)
        for name in OUT_OF_CATALOG
        for c in (offices(), funders())
        if c.match(name) is not None
    ]
    known += [(name, "comunas", find_comuna(name).nombre) for name in FOREIGN_MUNICIPALITIES if find_comuna(name)]
    with capsys.disabled():
        print(
            f"\n  out of catalog: {len(OUT_OF_CATALOG) + len(FOREIGN_MUNICIPALITIES)} names, "
            f"{len(known)} given a canonical name"
        )
    assert not known


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("DIDECO", "Dirección de Desarrollo Comunitario"),
        ("Dirección de Desarrollo Comunitario", "Dirección de Desarrollo Comunitario"),
        ("Direccion de Desarrollo Comunitario (DIDECO)", "Dirección de Desarrollo Comunitario"),
        ("D.I.D.E.C.O.", "Dirección de Desarrollo Comunitario"),
        ("Dirección de Desarrollo Comunitario - DIDECO", "Dirección de Desarrollo Comunitario"),
        ("SECPLA", "Secretaría Comunal de Planificación"),
        ("Oficina Comunal de Deportes", "Oficina de Deportes"),  # filler words
        ("DESAM", "Departamento de Salud Municipal"),  # DEpartamento de SAlud Municipal, not the Dirección
        ("DISAM", "Dirección de Salud"),
        ("Organismos Técnicos de Capacitación (OTEC)", "Organismo Técnico de Capacitación"),
    ],
)
def test_acronym_and_name_in_both_directions(printed, expected):
    assert offices().match(printed).nombre == expected


@pytest.mark.parametrize(
    "printed",
    [
        "Unidad de Migrantes - DIDECO",  # two entities, split before matching
        "Oficina de la Mujer (OPD)",  # name and acronym of different entries
        "Programa Mujeres Jefas de Hogar (SernamEG)",  # a partner in parentheses, not an acronym of the name
        "dideco municipal de otra comuna",
        "DEM",  # Dirección de Educación Municipal or the former Departamento de Extranjería y Migración
        "Universidad de Chlie",  # a typo on a place name is not taken
    ],
)
def test_ambiguous_or_conflicting_names_are_unknown(printed):
    assert offices().match(printed) is None


def test_a_weak_match_is_unknown_not_the_closest_name():
    assert offices().match("Oficina de la Mujer") is not None
    assert offices().match("Oficina de las Mujeres Rurales") is None
    assert offices().match("Dirección de Desarrollo") is None
    assert offices().match("Oficina de Turisma") is None  # a changed ending makes another word, not a typo
    assert offices().match("Ofcina de Turismo").nombre == "Oficina de Turismo"  # a typo inside a word


def test_comuna_labels_in_every_printed_form():
    for label in (
        "MUNICIPALIDAD PUENTE ALTO",
        "Municipalidad de Puente Alto",
        "I. Municipalidad de Puente Alto",
        "Ilustre Municipalidad de Puente Alto",
        "ILUSTRE MUNICIPALIDAD DE PUENTE ALTO",
        "Puente Alto",
    ):
        assert find_comuna(label).nombre == "Puente Alto", label
    assert find_comuna("Municipalidad de El Bosque").region == "Metropolitana de Santiago"
    assert find_comuna("I. MUNICIPALIDAD DE SAN JOAQUIN").nombre == "San Joaquín"
    assert find_comuna("Ilustre Municipalidad del Quisco").nombre == "El Quisco"
    assert find_comuna("Municipalidad de Nancagua").nombre == "Nancagua"  # one letter from Rancagua
    assert find_comuna("Municipalidad de Ñuñoa").region == "Metropolitana de Santiago"
