"""Issue 20, honesty: text of the Líneas Sello section read into the wrong place leaves the field
flagged (`lectura_dudosa`), never a silent record: the Sello lead-in inside another running text
(its heading not recognised), a line's name opening a sentence of another line's justification
(the rows of a Sello table read into one paragraph, a name with no punctuation after it), a row of
the Sello table read into another section, a running text cut after a comma."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_document

from .docx_builders import TEXTS, paragraphs, write_ficha

POLITICAS = "Políticas locales y trabajo colaborativo"


def _flagged(record: dict, field: str) -> list[dict]:
    return [a for a in record["revision"]["avisos"] if a["campo"] == field and a["codigo"] == "lectura_dudosa"]


@pytest.mark.parametrize("field", ["descripcion", "elemento_innovador"])
def test_the_sello_lead_in_inside_another_text_flags_it(tmp_path, field):
    text = "Se destaca el trabajo en las líneas de acción de Sello: Políticas locales, ya que se coordina."
    path = write_ficha(tmp_path, parts={field: paragraphs(TEXTS[field], text)})
    (ficha,) = extract_document(path).fichas
    record = ficha.model_dump(mode="json")
    assert _flagged(record, field), record["revision"]["avisos"]
    assert record["revision"]["estado"] == "revisar"


@pytest.mark.parametrize(
    ("sello", "flagged"),
    [
        (
            POLITICAS + ", ya que se coordina con la red. Vinculación comunitaria se promueve la asociatividad.",
            1,
        ),
        (POLITICAS + ", ya que se coordina con la red.", 0),
        (
            POLITICAS + ", ya que se coordina. Vinculación comunitaria: se promueve la asociatividad.",
            0,
        ),
    ],
)
def test_a_line_name_opening_a_sentence_of_a_justification_flags_the_lines(tmp_path, sello, flagged):
    """A name followed by punctuation starts a line of its own (no doubt); one run into the text
    before it without punctuation is a line that may be lost in the justification before it."""
    path = write_ficha(tmp_path, parts={"lineas_sello": paragraphs(sello)})
    (ficha,) = extract_document(path).fichas
    record = ficha.model_dump(mode="json")
    assert len(_flagged(record, "lineas_sello")) == flagged, record["revision"]["avisos"]


@pytest.mark.parametrize(
    ("field", "text"),
    [
        (
            "sostenibilidad",
            "Se ejecuta de manera periódica. Acceso a la información y orientación integral ya que se orienta.",
        ),
        (
            "descripcion",
            "Fortalecimiento institucional, ya que la municipalidad fortaleció las capacidades del equipo.",
        ),
        (
            "sostenibilidad",
            "Se ejecuta de manera periódica con recursos propios, seguridad laboral y accidentes de trabajo,",
        ),
        (
            "elemento_innovador",
            ": Se destaca la academia como un lugar de encuentro y aprendizaje.",  # a heading's colon read apart
        ),
        ("sostenibilidad", "municipalidad. Sigue vigente y tiene una periodicidad anual."),  # the section before's end
        ("grupo_prioritario", "Personas migrantes y refugiadas. cooperativas, Comunitario Planificación"),
        ("elemento_innovador", "Se complementan los cursos iniciales con"),  # its sentence's end read elsewhere
        ("elemento_innovador", "CREATIVO DEL PROYECTO O ACTIVIDAD Se destaca la academia."),  # its heading's rest
        ("elemento_innovador", "ACTIVIDAD Se destaca la academia como un lugar de encuentro."),  # its last word
        ("descripcion", "Se realizan talleres en la sede vecinal del barrio para las familias"),  # no closing mark
        ("oficinas", "Oficina de Migración, Dirección de Desarrollo Comunitario (DIDECO) y"),  # a name's words apart
    ],
)
def test_a_row_of_the_sello_table_or_a_cut_sentence_in_another_text_flags_it(tmp_path, field, text):
    """A sentence opening with a Sello line's name (a row of the Sello table read into this section)
    a text ending with a comma (the rest of its sentence read elsewhere), opening with a colon (its
    heading's, read apart from it), or opening a sentence in lower case (another section's or
    region's words read into it) is no section read whole."""
    path = write_ficha(tmp_path, parts={field: paragraphs(text)})
    (ficha,) = extract_document(path).fichas
    record = ficha.model_dump(mode="json")
    assert _flagged(record, field), record["revision"]["avisos"]


@pytest.mark.parametrize(
    ("label", "flagged"),
    [
        ("MUNICIPALIDAD PUENTE ALTO", True),
        ("MUNICIPALIDAD DE RECOLETA", False),
        ("Municipalidad de Puente Alto", False),
    ],
    ids=["another-comuna", "its-own", "named-in-running-text"],
)
def test_another_fichas_municipality_label_inside_a_text_flags_it(tmp_path, label, flagged):
    """The next ficha's head (its title split by a page break, its label) read into this ficha's last
    running text: a label in capitals naming another comuna than the ficha's own is flagged; its own
    is not (the ficha's label repeated), nor a municipality named in running text (a partner, a funder)."""
    path = write_ficha(
        tmp_path,
        municipality="Municipalidad de Recoleta",
        parts={"elemento_innovador": paragraphs(TEXTS["elemento_innovador"], label)},
    )
    (ficha,) = extract_document(path).fichas
    record = ficha.model_dump(mode="json")
    assert record["municipalidad"]["comuna"] == "Recoleta"
    assert bool(_flagged(record, "elemento_innovador")) is flagged, record["revision"]["avisos"]


@pytest.mark.parametrize(
    ("line", "missing"),
    [
        ("Fortalecimiento institucional, ya que la municipalidad fortaleció las capacidades del equipo.", True),
        ("Vinculación comunitaria, ya que reúne a los vecinos.", False),
    ],
    ids=["a-line-the-list-lacks", "a-line-the-list-has"],
)
def test_a_sello_line_read_into_another_text_flags_the_sello_list_when_it_lacks_that_line(tmp_path, line, missing):
    """The last row of the Sello table read into the innovation element: that text is flagged, and
    the Sello list too when it lacks the line (a line lost from it); a list holding the line is not."""
    path = write_ficha(tmp_path, parts={"elemento_innovador": paragraphs(TEXTS["elemento_innovador"], line)})
    (ficha,) = extract_document(path).fichas
    record = ficha.model_dump(mode="json")
    assert [s["linea"] for s in record["lineas_sello"]] == ["vinculacion_comunitaria"]
    assert _flagged(record, "elemento_innovador"), record["revision"]["avisos"]
    assert bool(_flagged(record, "lineas_sello")) is missing, record["revision"]["avisos"]


def test_words_in_capitals_opening_a_text_flag_it_only_when_they_are_a_headings(tmp_path):
    """Acronyms in capitals opening a text ("OMIL y SENCE") are no heading's words: no aviso."""
    path = write_ficha(tmp_path, parts={"elemento_innovador": paragraphs("OMIL SENCE y la OTEC trabajan juntas.")})
    (ficha,) = extract_document(path).fichas
    record = ficha.model_dump(mode="json")
    assert not _flagged(record, "elemento_innovador"), record["revision"]["avisos"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Sello: Se destaca la Academia como un lugar de encuentro.", True),
        ("Objetivo: la Academia es un lugar de encuentro.", False),
    ],
    ids=["a-headings-last-word", "a-lead-in-of-its-own"],
)
def test_a_headings_last_word_with_its_colon_opening_a_text_flags_it(tmp_path, text, flagged):
    """A heading wrapped over lines whose last word and colon went into the next text ("Líneas" /
    "Sello:" read as "Sello: Se destaca ...", browser seed 10191) flags that text; a lead-in of the
    text's own ("Objetivo:") does not."""
    path = write_ficha(tmp_path, parts={"elemento_innovador": paragraphs(text)})
    (ficha,) = extract_document(path).fichas
    record = ficha.model_dump(mode="json")
    assert record["elemento_innovador"] == text
    assert bool(_flagged(record, "elemento_innovador")) is flagged, record["revision"]["avisos"]


@pytest.mark.parametrize(
    ("justification", "flagged"),
    [
        ("ya que reúne a los vecinos. se promueve la asociatividad desde el acompañamiento.", True),
        ("ya que reúne a los vecinos. Se promueve la asociatividad desde el acompañamiento.", False),
    ],
    ids=["a-sentence-in-lower-case", "sentences"],
)
def test_a_justification_holding_a_sentence_in_lower_case_flags_the_sello_list(tmp_path, justification, flagged):
    """A Sello row's justification with another row's read on after it, that row's name lost (browser
    seed 10559: "... organización. se promueve ..."): a sentence opening in lower case after a
    sentence's end is another justification, and the list is flagged."""
    text = f"Vinculación comunitaria, {justification}"
    path = write_ficha(tmp_path, parts={"lineas_sello": paragraphs(text)})
    (ficha,) = extract_document(path).fichas
    record = ficha.model_dump(mode="json")
    assert [s["linea"] for s in record["lineas_sello"]] == ["vinculacion_comunitaria"]
    assert bool(_flagged(record, "lineas_sello")) is flagged, record["revision"]["avisos"]


@pytest.mark.parametrize(
    ("justification", "flagged"),
    [
        ("ya que se", True),
        ("ya que reúne a los vecinos del sector norte", True),
        ("ya que reúne a los vecinos (juntas de vecinos)", False),
        ("ya que reúne a los vecinos.", False),
    ],
    ids=["cut-short", "no-final-stop", "parenthesis", "sentence"],
)
def test_a_justification_ending_without_its_stop_flags_the_sello_list(tmp_path, justification, flagged):
    """A Sello row's justification whose rest was read elsewhere (reportlab harness seeds 28115 and
    28318: "ya que se" left, the rest of the sentence read into the innovation element over a column
    break): a justification ending with no sentence's end flags the list."""
    path = write_ficha(tmp_path, parts={"lineas_sello": paragraphs(f"Vinculación comunitaria, {justification}")})
    (ficha,) = extract_document(path).fichas
    record = ficha.model_dump(mode="json")
    assert [s["linea"] for s in record["lineas_sello"]] == ["vinculacion_comunitaria"]
    assert bool(_flagged(record, "lineas_sello")) is flagged, record["revision"]["avisos"]
