"""A web address too long for its line, broken right after one of its slashes, goes on with no space
(trial 28 ed41, LibreOffice PDF: «…/oficina-de-migracion-e-interculturalidad/ programas-de-capacitacion-2023»
in an `ok` record); a plain word after an address that ends in a slash may be the next word, so it
keeps its space."""

from __future__ import annotations

from extractor.text import join_lines

from .pdf_canvas import Sheet
from .records import records

URL = "https://www.quintanormal.cl/oficina-de-migracion-e-interculturalidad/programas-de-capacitacion-2023"


def test_a_url_broken_after_a_slash_is_rejoined():
    cut = URL.index("programas")
    assert join_lines([f"Más en {URL[:cut]}", f"{URL[cut:]}, con cupos."]) == f"Más en {URL}, con cupos."
    assert join_lines(["Ver www.sence.cl/", "index.html"]) == "Ver www.sence.cl/index.html"
    assert join_lines(["Visite www.muni.cl/", "para más datos."]) == "Visite www.muni.cl/ para más datos."
    assert join_lines(["trabajo y/", "o-algo"]) == "trabajo y/ o-algo"  # no address


def test_a_pdf_description_keeps_a_wrapped_url_whole(tmp_path):
    cut = URL.index("programas")
    sheet = Sheet(tmp_path / "f.pdf")
    top = sheet.ficha_head(
        [
            ("Departamento/Oficinas municipales que participan", "Oficina de Migrantes"),
            ("Grupo prioritario", "Mujeres migrantes."),
        ]
    )
    top = sheet.text(45, top, "Breve descripción", 12, "Helvetica-Bold") + 6
    top = sheet.text(45, top, f"Las bases están en {URL[:cut]}", 10) + 2
    sheet.text(45, top, f"{URL[cut:]} y en la oficina.", 10)
    sheet.canvas.save()
    (record,) = records(tmp_path / "f.pdf")
    assert record["descripcion"] == f"Las bases están en {URL} y en la oficina."
