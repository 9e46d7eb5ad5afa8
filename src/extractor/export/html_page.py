"""HTML: one self-contained static page (inline style and script, no network, no external
assets) with one card per ficha and client-side filters by region, category, month,
Sello line, review state and free text; each card lists its avisos with their messages.

The filters also read the URL fragment (`#categoria=nna&mes=9&region=…&linea=…&revision=revisar&q=…`) on
load, so a filtered view can be shared as a link; hidden cards carry the `hidden` attribute.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from html import escape
from importlib import resources
from pathlib import PurePosixPath

from .. import vocab
from ..model import Ficha
from .records import Omitted
from .table import category_ids, comuna_region, entity_label, label, month_names, sello_ids

TITLE = "Fichas de Buenas Prácticas Municipales"


def render(fichas: list[Ficha], omitted: Sequence[Omitted] = ()) -> bytes:
    """The page; records left out as invalid (`omitted`) are stated under the summary, with their files."""
    parts = {
        "title": escape(TITLE),
        "style": asset("catalogue.css"),
        "script": asset("catalogue.js"),
        "summary": escape(summary(fichas)),
        "omitted": omitted_section(omitted),
        "filters": filters(fichas),
        "count": f"{len(fichas)} de {len(fichas)} fichas",
        "cards": "\n".join(card(ficha) for ficha in fichas),
    }
    page = re.sub(r"\{\{(\w+)\}\}", lambda marker: parts[marker.group(1)], asset("catalogue.html"))
    return page.encode("utf-8")


def asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text("utf-8")


def summary(fichas: list[Ficha]) -> str:
    comunas = {comuna for comuna, _ in map(comuna_region, fichas) if comuna}
    documents = {ficha.fuente.archivo for ficha in fichas}
    return f"{len(fichas)} fichas de {len(comunas)} comunas, leídas de {len(documents)} documentos."


def omitted_section(omitted: Sequence[Omitted]) -> str:
    """ "2 registros inválidos omitidos" and each file with its problem; "" when none was left out."""
    if not omitted:
        return ""
    count = "1 registro inválido omitido" if len(omitted) == 1 else f"{len(omitted)} registros inválidos omitidos"
    items = "".join(f"<li><code>{escape(o.file)}</code>: {escape(o.problem)}</li>" for o in omitted)
    return f'\n<section class="omitidos"><p><strong>{count}</strong></p><ul>{items}</ul></section>'


# --- filters -------------------------------------------------------------------------------


def filters(fichas: list[Ficha]) -> str:
    """The filter form: a text search and one select per facet, options with their counts."""
    regions = Counter(region for _, region in map(comuna_region, fichas) if region)
    categories: Counter[str] = Counter(c for ficha in fichas for c in ficha.categorias)  # ids (use_enum_values)
    months = Counter(m for ficha in fichas for m in ficha.fechas_implementacion.meses)
    lines: Counter[str] = Counter(line.linea for ficha in fichas for line in ficha.lineas_sello)
    region_options = [(r, r, regions[r]) for r in sorted(regions, key=str.casefold)]
    category_options = [(c, label(vocab.categories(), c), categories[c]) for c in category_ids()]
    month_options = [(str(n), name.capitalize(), months[n]) for n, name in enumerate(month_names(), start=1)]
    line_options = [(s, label(vocab.sello_lines(), s), lines[s]) for s in sello_ids()]
    states = Counter(ficha.revision.estado for ficha in fichas)
    review_options = [("revisar", "Necesitan revisión", states["revisar"]), ("ok", "Sin avisos", states["ok"])]
    return "\n".join(
        [
            '<label class="search">Buscar <input type="search" name="q" autocomplete="off" '
            'placeholder="Título, oficina, financiador, texto…"></label>',
            select("region", "Región", "Todas", region_options),
            select("categoria", "Categoría", "Todas", category_options),
            select("mes", "Mes", "Todos", month_options),
            select("linea", "Línea Sello", "Todas", line_options),
            select("revision", "Revisión", "Todas", review_options),
            '<button type="reset">Limpiar</button>',
        ]
    )


def select(name: str, caption: str, everything: str, options: list[tuple[str, str, int]]) -> str:
    items = "".join(
        f'<option value="{escape(value)}">{escape(text)} ({count})</option>' for value, text, count in options
    )
    return (
        f'<label>{escape(caption)} <select name="{name}">'
        f'<option value="">{escape(everything)}</option>{items}</select></label>'
    )


# --- cards ---------------------------------------------------------------------------------


def card(ficha: Ficha) -> str:
    comuna, region = comuna_region(ficha)
    data = {
        "id": ficha.id,
        "region": region,
        "categorias": " ".join(ficha.categorias),
        "meses": " ".join(map(str, ficha.fechas_implementacion.meses)),
        "lineas": " ".join(line.linea for line in ficha.lineas_sello),
        "fuente": ficha.fuente.archivo,
        "revision": ficha.revision.estado,
    }
    attributes = " ".join(f'data-{key}="{escape(value)}"' for key, value in data.items())
    place = " · ".join(part for part in (comuna, region) if part)
    body = [
        f'<p class="place">{escape(place)}</p>',
        f"<h2>{escape(ficha.titulo or ficha.id)}</h2>",
        source_line(ficha),
        category_chips(ficha),
        month_strip(ficha),
        entity_section("Oficinas", [entity_label(o.nombre, o.sigla) for o in ficha.oficinas]),
        entity_section("Financiamiento", [entity_label(s.nombre, s.sigla) for s in ficha.forma_financiamiento.fuentes]),
        sello_section(ficha),
        description(ficha),
        avisos_section(ficha),
    ]
    return f'<article class="card" {attributes}>\n' + "\n".join(part for part in body if part) + "\n</article>"


def source_line(ficha: Ficha) -> str:
    """`PDF · file.pdf · págs. 3–4`, and a review badge when the record has avisos."""
    fuente = ficha.fuente
    parts = [fuente.formato.upper(), PurePosixPath(fuente.archivo).name]
    if fuente.paginas:
        first, last = fuente.paginas[0], fuente.paginas[-1]
        parts.append(f"pág. {first}" if first == last else f"págs. {first}–{last}")
    text = f'<span title="{escape(fuente.archivo)}">{escape(" · ".join(parts))}</span>'
    avisos = len(ficha.revision.avisos)
    if avisos:
        text += f' <span class="review">revisar · {avisos} aviso{"s" if avisos > 1 else ""}</span>'
    return f'<p class="source">{text}</p>'


def avisos_section(ficha: Ficha) -> str:
    """Every aviso of the record: the field, its code and the message, so the reviewer knows what to check."""
    avisos = ficha.revision.avisos
    if not avisos:
        return ""
    items = "".join(
        f'<li><code>{escape(a.campo)}</code> <span class="code">{escape(a.codigo)}</span>: {escape(a.mensaje)}</li>'
        for a in avisos
    )
    return f'<section class="avisos"><h3>Avisos</h3><ul>{items}</ul></section>'


def category_chips(ficha: Ficha) -> str:
    chips = []
    for category in ficha.categorias:
        text = label(vocab.categories(), category)
        if category == "otra" and ficha.categoria_otra:
            text = f"{text}: {ficha.categoria_otra}"
        chips.append(f'<li class="cat-{category}">{escape(text)}</li>')
    return f'<ul class="chips" aria-label="Categorías">{"".join(chips)}</ul>' if chips else ""


def month_strip(ficha: Ficha) -> str:
    """Twelve cells, enero to diciembre, the active months filled; the dates' text beneath."""
    active = set(ficha.fechas_implementacion.meses)
    letters = vocab.month_forms()["letter"]
    cells = "".join(
        f'<li class="{"on" if number in active else "off"}" title="{name.capitalize()}">{letter.upper()}</li>'
        for number, (name, letter) in enumerate(zip(month_names(), letters, strict=True), start=1)
    )
    spoken = ", ".join(name for number, name in enumerate(month_names(), start=1) if number in active) or "sin meses"
    text = ficha.fechas_implementacion.texto
    note = f'<p class="dates">{escape(text)}</p>' if text else ""
    return f'<ol class="months" aria-label="Meses: {escape(spoken)}">{cells}</ol>{note}'


def entity_section(caption: str, names: list[str]) -> str:
    if not names:
        return ""
    items = "".join(f"<li>{escape(name)}</li>" for name in names)
    return f"<section><h3>{escape(caption)}</h3><ul>{items}</ul></section>"


def sello_section(ficha: Ficha) -> str:
    if not ficha.lineas_sello:
        return ""
    items = "".join(
        f"<li><strong>{escape(label(vocab.sello_lines(), line.linea))}</strong> "
        f'<span class="why">{escape(line.justificacion)}</span></li>'
        for line in ficha.lineas_sello
    )
    return f'<section class="sello"><h3>Líneas Sello</h3><ul>{items}</ul></section>'


def description(ficha: Ficha) -> str:
    if not ficha.descripcion:
        return ""
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in ficha.descripcion.split("\n\n"))
    return f"<details><summary>Descripción</summary>{paragraphs}</details>"
