"""Nothing wrong says "ok" (issue 19): every printed name accounted for, every gap flagged.

Funding and office lists are read into entities, connectors and wording that names nothing;
instruments named with their organisation are its funding; a name no entry took, an empty
required section, a category list with no box checked, "Otra" without its text and an empty
month table beside months in the text each give an aviso, so the record is `revisar`.
"""

from __future__ import annotations

import random

import pytest

from extractor.normalize.catalog import funders, offices
from extractor.normalize.entities import distinct, split_entities
from extractor.normalize.funding import read_funders
from extractor.normalize.spans import name_words, unread_names
from extractor.pipeline import extract_document

from .docx_builders import TITLE, DocBuilder, category_lines, paragraphs, write_ficha

ACNUR = "Alto Comisionado de las Naciones Unidas para los Refugiados"
OIM = "Organización Internacional para las Migraciones"
SERMIG = "Servicio Nacional de Migraciones"
SERCOTEC = "Servicio de Cooperación Técnica"
FOSIS = "Fondo de Solidaridad e Inversión Social"
MUNICIPAL = "Recursos de la municipalidad"


def funder_names(text: str) -> list[str]:
    return [p.nombre for p in read_funders(text, funders()).pieces]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Aporte de ACNUR y recursos municipales.", [ACNUR, MUNICIPAL]),
        ("Aportes de World Vision y de la OIM.", ["World Vision", OIM]),
        ("Aporte de OIM y recursos municipales.", [OIM, MUNICIPAL]),
        ("Aporte de la Organización Internacional para las Migraciones (OIM).", [OIM]),
        ("Financiado por ACNUR.", [ACNUR]),
        ("Con fondos de la OIM y del municipio.", [OIM, "Municipio"]),
        ("Becas de SENCE.", ["Servicio Nacional de Capacitación y Empleo"]),
        ("ACNUR junto a la OIM.", [ACNUR, OIM]),
        (
            "Aporte de la municipalidad y fondos SENCE",
            ["Aportes municipales", "Servicio Nacional de Capacitación y Empleo"],
        ),
        # a second user trial's own wordings
        (
            "Solventado por el INJUV y por la Cruz Roja Chilena.",
            ["Instituto Nacional de la Juventud", "Cruz Roja Chilena"],
        ),
        ("Auspiciado por la ADIMEC y el SENADIS.", ["ADIMEC", "Servicio Nacional de la Discapacidad"]),
        (
            "Costeado por la embajada de Canadá, con el patrocinio de UNICEF.",
            ["Embajada de Canadá", "Fondo de las Naciones Unidas para la Infancia"],
        ),
        (
            "Recursos propios municipales y colaboración de la fundación manos abiertas.",
            ["Recursos propios municipales", "Fundación manos abiertas"],
        ),
        (
            "Programa Barrios Acogedores de la Subsecretaría de Prevención del Delito, "
            "más recursos propios municipales.",
            ["Subsecretaría de Prevención del Delito", "Recursos propios municipales"],
        ),
    ],
)
def test_wording_that_names_nothing_leaves_the_names(text, names):
    assert funder_names(text) == names
    reading = read_funders(text, funders())
    assert unread_names(text, reading.accounted) == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("2022: Servicio Nacional de Migraciones (SERMIG), Concurso de Inclusión.", [SERMIG]),
        ("Fondo Juntos de SERCOTEC.", [SERCOTEC]),
        ("FOSIS, a través del programa Yo Emprendo.", [FOSIS]),
        ("Gobierno Regional de Tarapacá a través del concurso FNDR.", ["Gobierno Regional de Tarapacá"]),
        ("SENCE, Programa Más Capaz.", ["Servicio Nacional de Capacitación y Empleo"]),
        # named alone, an instrument is the funder
        ("Financiado a través del FNDR.", ["Fondo Nacional de Desarrollo Regional"]),
        ("Concurso de Inclusión 2022.", ["Concurso de Inclusión"]),
        (
            "Recursos propios y Fondo Social Presidente de la República.",
            ["Recursos propios municipales", "Fondo Social Presidente de la República"],
        ),
    ],
)
def test_an_instrument_named_with_its_organisation_is_the_organisations_funding(text, names):
    assert funder_names(text) == names
    assert unread_names(text, read_funders(text, funders()).accounted) == []


def test_name_words_skip_an_opening_word_before_lower_case_words():
    assert name_words("Curso de español e insumos financiados por ACNUR Donaciones voluntarias.") == [
        "ACNUR",
        "Donaciones",
    ]
    assert name_words("Innova. Concurso de Inclusión") == ["Innova", "Concurso", "Inclusión"]


ORGANISATIONS = [
    "ACNUR",
    "OIM",
    "SENCE",
    "FOSIS",
    "World Vision",
    "Fundación Colunga",
    "Embajada de Japón",
    "UNICEF",
    "Servicio Jesuita a Migrantes",
    "Techo",
    "Cruz Roja Chilena",
]
JOINERS = [" y ", ", ", "; ", " junto a ", " con apoyo de ", " e ", ". "]
WORDING = [
    "",
    "Aporte de ",
    "Aportes de ",
    "Financiado por ",
    "Con fondos de ",
    "Becas de ",
    "Recursos de ",
    "Con el apoyo de ",
]


@pytest.mark.parametrize("seed", range(40))
def test_no_name_of_a_generated_funding_list_is_dropped_silently(seed):
    """Each organisation printed is a funder, or its words are quoted in an aviso."""
    rng = random.Random(seed)
    named = rng.sample(ORGANISATIONS, rng.randint(1, 3))
    text = rng.choice(WORDING)
    for n, name in enumerate(named):
        text += (rng.choice(JOINERS) if n else "") + (rng.choice(["", "la "]) if " " in name else "") + name
    text += "."
    reading = read_funders(text, funders())
    printed = " ".join(p.texto for p in reading.pieces)
    unread = unread_names(text, reading.accounted)
    for name in named:
        assert all(w in printed or w in unread for w in name.split() if w[:1].isupper()), (text, name)


@pytest.mark.parametrize("seed", range(20))
def test_no_name_of_a_generated_office_list_is_dropped_silently(seed):
    rng = random.Random(seed)
    names = [
        "DIDECO",
        "OMIL",
        "Oficina de la Mujer",
        "Oficina de Migrantes",
        "ACNUR",
        "World Vision",
        "Programa Migrantes",
        "Innova",
        "Corporación de Cultura",
        "OPD",
    ]
    named = rng.sample(names, rng.randint(2, 4))
    text = named[0] + "".join(rng.choice(JOINERS[:6]) + name for name in named[1:])
    pieces = split_entities(text, offices())
    unread = unread_names(text, [p.texto for p in pieces])
    printed = " ".join(p.texto for p in distinct(pieces))
    for name in named:
        assert all(w in printed or w in unread for w in name.split() if w[:1].isupper()), (text, name)


def record_of(path) -> dict:
    (ficha,) = extract_document(path).fichas
    return ficha.model_dump(mode="json")


def codes(record: dict) -> list[str]:
    return [a["codigo"] for a in record["revision"]["avisos"]]


def test_a_plain_ficha_is_ok(tmp_path):
    record = record_of(write_ficha(tmp_path))
    assert record["revision"]["estado"] == "ok", record["revision"]


def test_a_category_list_with_no_box_checked_is_flagged(tmp_path):
    record = record_of(write_ficha(tmp_path, parts={"categorias": category_lines(())}))
    assert record["categorias"] == [] and "categoria_sin_marcar" in codes(record)


def test_otra_checked_without_its_text_is_flagged(tmp_path):
    labels = {"sociolaboral": "Sociolaboral", "nna": "NNA", "otra": "Otra:"}
    record = record_of(write_ficha(tmp_path, parts={"categorias": category_lines(("otra",), labels=labels)}))
    assert record["categorias"] == ["otra"] and record["categoria_otra"] is None
    assert "otra_sin_texto" in codes(record)


def test_a_required_section_printed_empty_is_flagged(tmp_path):
    record = record_of(write_ficha(tmp_path, parts={"grupo_prioritario": lambda b: None}))
    assert record["grupo_prioritario"] is None
    assert ("grupo_prioritario", "seccion_vacia") in [(a["campo"], a["codigo"]) for a in record["revision"]["avisos"]]


@pytest.mark.parametrize("key", ["fechas_implementacion", "forma_financiamiento", "sostenibilidad"])
def test_an_optional_section_printed_empty_is_flagged(tmp_path, key):
    """Its heading printed, nothing read under it (issue 20: a row's value read into another row's
    section leaves its own section empty): the record is to review, the aviso names the field."""
    record = record_of(write_ficha(tmp_path, parts={key: lambda b: None}))
    assert record["revision"]["estado"] == "revisar"
    assert (key, "seccion_vacia") in [(a["campo"], a["codigo"]) for a in record["revision"]["avisos"]]


@pytest.mark.parametrize(
    "key, text",
    [
        ("descripcion", "En paralelo, se realizaron talleres respecto al contexto socio político en"),
        ("sostenibilidad", "Sigue vigente y se ejecuta cada año, de la mano de la"),
    ],
)
def test_a_text_ending_on_a_function_word_is_flagged(tmp_path, key, text):
    """A section's text whose last word is a preposition, article or conjunction with no mark after it
    (issue 20: a cell's or column's last lines read into another section): its sentence was cut, the
    record is to review, the aviso names the field."""
    record = record_of(write_ficha(tmp_path, parts={key: paragraphs(text)}))
    assert record[key] == text
    assert (key, "lectura_dudosa") in [(a["campo"], a["codigo"]) for a in record["revision"]["avisos"]]


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("E F M A M J J A S O N D Enero a diciembre, una vez al mes.", True),
        ("Ene Feb Mar Abr De enero a abril.", True),
        ("Enero, febrero y marzo de 2022, cada sábado.", False),
        ("E X F X", True),
        ("Marzo x 2 sesiones al mes.", False),
    ],
)
def test_month_names_one_after_another_in_the_dates_text_are_flagged(tmp_path, text, flagged):
    """The header of a month display the reader did not recognise, read into the dates' text
    (browser harness seed 10132: "E F A J O M ..." before the text, the record ok): month names or
    initials three in a row with nothing between them are no sentence; months listed in one are.
    A month column's rows read as text are names each followed by its cell's mark (Word seed 6732,
    a column of initials and "X" beside a floating text box: "E X F X", the months lost): a mark
    after a month goes on the run, two months in it."""
    record = record_of(write_ficha(tmp_path, parts={"fechas_implementacion": paragraphs(text)}))
    assert record["fechas_implementacion"]["texto"] == text
    avisos = [(a["campo"], a["codigo"]) for a in record["revision"]["avisos"]]
    assert (("fechas_implementacion", "lectura_dudosa") in avisos) is flagged


def test_month_initials_with_their_marks_glued_on_in_the_dates_text_are_flagged(tmp_path):
    """A month row printed as text with each cell's initial and mark read as one word ("FX", Word
    harness seed 30052: LibreOffice's print of a one-row table, the record ok with the row in the
    dates' text): still the names of a display no reader took, flagged on the months."""
    text = "E FX MX AX MX JX JX AX SX OX NX DX Febrero a diciembre."
    record = record_of(write_ficha(tmp_path, parts={"fechas_implementacion": paragraphs(text)}))
    avisos = [(a["campo"], a["codigo"]) for a in record["revision"]["avisos"]]
    assert ("fechas_implementacion.meses", "lectura_dudosa") in avisos


@pytest.mark.parametrize(
    "line, flagged", [("Acceso a la información y orientación integral", True), ("Ver anexo", False)]
)
def test_a_sello_line_left_with_no_field_flags_the_sello_list(tmp_path, line, flagged):
    """A Sello line's name read into another section's region and taken by no field (browser seed
    10061: a side panel's category list took a row of the Líneas Sello table): its text gets
    `texto_sin_ubicar` there, and `lineas_sello`, which lacks that line, is flagged too."""

    def categories(b: DocBuilder) -> None:
        category_lines()(b)
        b.paragraph(line)

    record = record_of(write_ficha(tmp_path, parts={"categorias": categories}))
    assert "acceso_informacion" not in [entry["linea"] for entry in record["lineas_sello"]]
    avisos = [(a["campo"], a["codigo"]) for a in record["revision"]["avisos"]]
    assert ("categorias", "texto_sin_ubicar") in avisos
    assert (("lineas_sello", "lectura_dudosa") in avisos) is flagged


def test_an_empty_month_table_beside_months_in_the_text_is_flagged(tmp_path):
    def dates(b: DocBuilder) -> None:
        b.month_table({})
        b.paragraph("De abril a noviembre, cada sábado.")

    record = record_of(write_ficha(tmp_path, parts={"fechas_implementacion": dates}))
    assert record["fechas_implementacion"]["meses"] == []
    assert "meses_sin_marcar" in codes(record)


def test_a_funder_name_no_entry_took_is_flagged(tmp_path):
    record = record_of(
        write_ficha(
            tmp_path, parts={"forma_financiamiento": paragraphs("Curso de Español e insumos financiados por ACNUR.")}
        )
    )
    assert "nombre_sin_leer" in codes(record)


def test_funding_wording_gives_the_organisations_ok(tmp_path):
    record = record_of(
        write_ficha(tmp_path, parts={"forma_financiamiento": paragraphs("Aporte de ACNUR y recursos municipales.")})
    )
    assert [f["nombre"] for f in record["forma_financiamiento"]["fuentes"]] == [ACNUR, MUNICIPAL]
    assert record["revision"]["estado"] == "ok", record["revision"]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Sin costo para la municipalidad; apoyo de la Vicaría de Pastoral Social.", ["Vicaría de Pastoral Social"]),
        ("Convenio con SENCE, a través de la OTEC local.", ["Servicio Nacional de Capacitación y Empleo"]),
        ("Postulación al Fondo de Inclusión del SERMIG.", [SERMIG]),
    ],
)
def test_sentences_that_name_no_funder_or_a_convention_give_the_organisation(text, names):
    assert funder_names(text) == names
    assert unread_names(text, read_funders(text, funders()).accounted) == []


def test_office_connectors_split_and_pieces_quote_the_printed_words():
    pieces = split_entities("Dirección de Desarrollo Comunitario a través de la Oficina de Migrantes", offices())
    assert [p.nombre for p in pieces] == ["Dirección de Desarrollo Comunitario", "Oficina de Migrantes"]
    joined = split_entities("Oficina de Migración con apoyo de la OIM y del SJM", offices())
    assert all("," not in p.texto for p in joined)  # never the blanked connector's comma


BID = "Banco Interamericano de Desarrollo"
SERNAMEG = "Servicio Nacional de la Mujer y la Equidad de Género"


@pytest.mark.parametrize(
    "text, names, unknown",
    [
        # a programme of a known organisation, then another funder after "y"
        ("Programa Mujer Emprende de SernamEG y del BancoEstado.", [SERNAMEG, "BancoEstado"], ["BancoEstado"]),
        (
            "Programa Mujer Emprende de SernamEG y del Banco Santander.",
            [SERNAMEG, "Banco Santander"],
            ["Banco Santander"],
        ),
        (
            "Programa Mujer Emprende de SernamEG y aporte de la Fundación Los Aromos.",
            [SERNAMEG, "Fundación Los Aromos"],
            ["Fundación Los Aromos"],
        ),
        # after wording that names no funder, a name whatever its case
        (
            "Recursos propios y aporte de la junta de vecinos.",
            ["Recursos propios municipales", "Junta de vecinos"],
            ["Junta de vecinos"],
        ),
        (
            "Aportes de la cooperativa de ahorro local y recursos municipales.",
            ["Cooperativa de ahorro local", MUNICIPAL],
            ["Cooperativa de ahorro local"],
        ),
        ("Aporte de vecinos del sector.", ["Vecinos del sector"], ["Vecinos del sector"]),
        ("Aporte de la OEI y del BID", ["OEI", BID], ["OEI"]),
        ("Fondos del BID y de la OEI.", [BID, "OEI"], ["OEI"]),
        # a "no funding" opening says what costs nothing; what follows may still name funders
        (
            "No requiere financiamiento, ya que se realiza con voluntarios de la Cruz Roja.",
            ["Voluntarios", "Cruz Roja"],
            [],
        ),
        ("Sin costo, con voluntarios de la Cruz Roja.", ["Voluntarios", "Cruz Roja"], []),
        ("Sin costo para la municipalidad.", [], []),
    ],
)
def test_every_funder_listed_is_kept_and_the_unknown_ones_are_printed(text, names, unknown):
    reading = read_funders(text, funders())
    pieces = distinct(reading.pieces)
    assert [p.nombre for p in pieces] == names
    assert [p.nombre for p in pieces if p.entry is None] == unknown
    assert unread_names(text, reading.accounted) == []


@pytest.mark.parametrize(
    "text",
    [
        "No requiere financiamiento, ya que se realiza con voluntarios de la Cruz Roja.",
        "Recursos propios y aporte de la junta de vecinos.",
        "Aporte de la OEI y del BID.",
        "Programa Mujer Emprende de SernamEG y del Banco Santander.",
    ],
)
def test_a_user_trials_funding_is_never_ok_with_a_funder_lost(tmp_path, text):
    record = record_of(write_ficha(tmp_path, parts={"forma_financiamiento": paragraphs(text)}))
    names = [f["nombre"] for f in record["forma_financiamiento"]["fuentes"]]
    assert len(names) == 2, names
    if any(c in codes(record) for c in ("fuente_desconocida", "nombre_sin_leer")):
        return
    assert record["revision"]["estado"] == "ok" and all(n in (BID, "Voluntarios", "Cruz Roja") for n in names)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "DIDECO, a través de su Oficina de Migración",
            ["Dirección de Desarrollo Comunitario", "Oficina de Migración"],
        ),
        (
            "Dirección de Desarrollo Comunitario (DIDECO) y su Oficina de la Mujer",
            ["Dirección de Desarrollo Comunitario", "Oficina de la Mujer"],
        ),
        (
            "• Centro de Atención al Migrante\n• OMIL",
            ["Centro de Atención al Migrante", "Oficina Municipal de Información Laboral"],
        ),
        (
            "DIDECO y de la Unidad de Vivienda Social",
            ["Dirección de Desarrollo Comunitario", "Unidad de Vivienda Social"],
        ),
    ],
)
def test_possessives_prepositions_and_bullets_are_no_part_of_a_name(text, names):
    pieces = distinct(split_entities(text, offices()))
    assert [p.nombre for p in pieces] == names


def test_a_leading_preposition_is_no_part_of_a_funder():
    names = funder_names("Fondos municipales y de la Subsecretaría de Desarrollo Regional.")
    assert names[-1] == "Subsecretaría de Desarrollo Regional"


def test_entities_listed_with_no_catalog_funder_are_each_a_funder():
    names = funder_names("Secretaría Regional Ministerial del Medio Ambiente y , Junta de Vecinos Villa Sur.")
    assert names == ["Secretaría Regional Ministerial del Medio Ambiente", "Junta de Vecinos Villa Sur"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Se ejecuta de manera periódica y se ha replicado", True),
        ("Se ejecuta de manera periódica y se ha replicado en otras comunas.", False),
    ],
)
def test_a_sustainability_text_left_open_is_flagged(tmp_path, text, flagged):
    """The sustainability text is sentences too: its last one with no mark was cut, its rest read
    elsewhere (browser seed 10637: "... y se ha replicado", the rest a stray of the Sello section)."""
    record = record_of(write_ficha(tmp_path, parts={"sostenibilidad": paragraphs(text)}))
    assert record["sostenibilidad"] == text
    avisos = [(a["campo"], a["codigo"]) for a in record["revision"]["avisos"]]
    assert (("sostenibilidad", "lectura_dudosa") in avisos) is flagged
    assert (("descripcion", "lectura_dudosa") in avisos) is flagged  # printed next: its opening may be there


@pytest.mark.parametrize(("stray", "flagged"), [("CATEGORÍAMunicipalidad", True), ("Ver anexo", False)])
def test_a_municipality_prefix_left_in_no_field_flags_the_municipality(tmp_path, stray, flagged):
    """The label's prefix read apart from its name, glued to the next box's heading (LibreOffice's
    print of a Word text box, seed 10806: "CATEGORÍAMunicipalidad", the label read "San Joaquín"):
    the municipality read without its prefix is flagged; a stray text naming none leaves it alone."""
    builder = DocBuilder()
    builder.title(TITLE)
    builder.paragraph(stray)
    record = record_of(write_ficha(tmp_path, municipality="San Joaquín", builder=builder, title=None))
    assert record["municipalidad"]["texto"] == "San Joaquín"
    avisos = [(a["campo"], a["codigo"]) for a in record["revision"]["avisos"]]
    assert (("municipalidad", "lectura_dudosa") in avisos) is flagged
