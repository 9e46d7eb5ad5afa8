"""The Líneas Sello section printed as the template's list of every line, the chosen ones marked ✓
with their justification under them, the others ○ and their name alone (a new user's trial of
2026-12-07, trial 29 ed38): a line marked as not chosen is no justification text of the line
before it; the chosen ones are read with their own."""

from __future__ import annotations

from extractor.fields.sello import read_lines
from extractor.vocab import sello_lines

from .pdf_canvas import BODY, BOLD, TEXT, Sheet
from .records import records

REASONS = {
    "politicas_locales": "ya que la municipalidad trabaja junto a la OMIL con las redes existentes.",
    "estrategias_formativas": "ya que la municipalidad entrega capacitación específica en el territorio.",
}


def sello_list(path, unchosen: str) -> None:
    sheet = Sheet(path)
    top = sheet.ficha_head(
        [
            ("Grupo prioritario", "Personas migrantes y refugiadas."),
            ("Breve descripción", "La municipalidad capacita a las personas migrantes de la comuna."),
        ]
    )
    top = sheet.text(45, top, "Líneas Sello", 12, BOLD) + 8
    for term in sello_lines():
        chosen = term.id in REASONS
        sheet.text(45, top, "✓" if chosen else unchosen, 9, TEXT)
        top = sheet.text(57, top, term.names[0], 9, BOLD if chosen else BODY) + 4
        if chosen:
            top = sheet.text(57, top, REASONS[term.id], 8.5, BODY) + 5
    sheet.save()


def test_lines_marked_as_not_chosen_are_no_justification(tmp_path):
    sello_list(tmp_path / "f.pdf", "○")
    (record,) = records(tmp_path / "f.pdf")
    assert [(line["linea"], line["justificacion"]) for line in record["lineas_sello"]] == list(REASONS.items())
    assert not [a for a in record["revision"]["avisos"] if a["campo"] == "lineas_sello"]


def test_a_paragraph_of_marked_lines_is_cut_at_each_mark():
    text = (
        "✓ Políticas locales y trabajo colaborativo, ya que se trabaja en red. ○ Vinculación comunitaria "
        "☐ Fortalecimiento institucional ✓ Estrategias formativas y de sensibilización ya que se capacita."
    )
    lines, strays = read_lines([text])
    assert [line["linea"] for line in lines] == ["politicas_locales", "estrategias_formativas"]
    assert lines[0]["justificacion"] == "ya que se trabaja en red."
    assert strays == []
