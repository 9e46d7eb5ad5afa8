"""The HTML catalogue in headless Chromium: the page's own script applies the filters that the
URL fragment names, and exactly the matching cards stay visible.

Needs Debian's `chromium`: without it these tests are skipped with a reason saying how to install it, except
under CI, where they fail (conftest's `chromium` fixture; `.ci/run` installs it).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extractor.export import FORMATS, load_catalogue

from .conftest import reference_golden, run_chromium

GOLDEN = reference_golden()  # the reference corpus: the 2023 publication and its seven transcripts

pytestmark = pytest.mark.usefixtures("chromium")

# Fragment -> which fichas must stay visible (a predicate on the record).
FILTERS = {
    "": lambda f: True,
    "categoria=nna": lambda f: "nna" in f.categorias,
    "categoria=otra": lambda f: "otra" in f.categorias,
    "categoria=cooperativas": lambda f: "cooperativas" in f.categorias,
    "mes=9&region=Metropolitana%20de%20Santiago&linea=estrategias_formativas": lambda f: (
        9 in f.fechas_implementacion.meses
        and f.municipalidad.region == "Metropolitana de Santiago"
        and "estrategias_formativas" in [line.linea for line in f.lineas_sello]
    ),
    "q=AFGANA%20acogida": lambda f: f.id.startswith("el-bosque--"),  # case and accents folded, all words
    "q=jatun": lambda f: f.id.startswith("recoleta--"),  # printed "Jatún"
    "categoria=nna&mes=13": lambda f: "nna" in f.categorias,  # an unknown month is ignored
}


def dump_dom(browser: str, page: Path, fragment: str, profile: Path) -> str:
    url = page.as_uri() + (f"#{fragment}" if fragment else "")
    done = run_chromium(browser, ["--dump-dom", url], profile)
    assert "<article" in done.stdout, f"chromium gave no page for {url}: {done.stderr[-2000:]}"
    return done.stdout


class VisibleCards(HTMLParser):
    """(id, source) of every card, and of the ones without the `hidden` attribute; the count line."""

    def __init__(self) -> None:
        super().__init__()
        self.all: list[tuple[str, str]] = []
        self.visible: list[tuple[str, str]] = []
        self.count = ""
        self._in_count = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "article":
            key = (attributes["data-id"], attributes["data-fuente"])
            self.all.append(key)
            if "hidden" not in attributes:
                self.visible.append(key)
        self._in_count = attributes.get("id") == "conteo"

    def handle_data(self, data):
        if self._in_count:
            self.count += data

    def handle_endtag(self, tag):
        self._in_count = False


@pytest.fixture(scope="module")
def fichas():
    return load_catalogue(GOLDEN).fichas


@pytest.fixture(scope="module")
def dumped(chromium, fichas, tmp_path_factory) -> dict[str, VisibleCards]:
    """The DOM after the page's script ran, for every fragment of FILTERS (two browsers at a time)."""
    folder = tmp_path_factory.mktemp("catalogue")
    page = folder / "fichas.html"
    page.write_bytes(FORMATS["html"].render(fichas))

    def parsed(numbered: tuple[int, str]) -> VisibleCards:
        number, fragment = numbered
        cards = VisibleCards()
        cards.feed(dump_dom(chromium, page, fragment, folder / f"profile-{number}"))
        return cards

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(FILTERS, pool.map(parsed, enumerate(FILTERS)), strict=False))


@pytest.mark.parametrize("fragment", list(FILTERS))
def test_the_fragment_filters_show_exactly_the_matching_fichas(fragment, fichas, dumped):
    cards = dumped[fragment]
    expected = [(f.id, f.fuente.archivo) for f in fichas if FILTERS[fragment](f)]
    assert cards.all == [(f.id, f.fuente.archivo) for f in fichas]
    assert cards.visible == expected
    assert expected, "every filter here matches some ficha"
    assert cards.count.strip() == f"{len(expected)} de {len(fichas)} fichas"


def test_a_category_filter_keeps_both_sources_of_a_ficha(dumped):
    visible = dumped["categoria=nna"].visible
    assert [source.rsplit(".", 1)[1] for _, source in visible] == ["pdf", "docx"]
    assert {ficha_id for ficha_id, _ in visible} == {
        "puente-alto--operativos-interinstitucionales-en-asentamientos-precarios"
    }


def test_a_filter_matching_nothing_says_so(chromium, fichas, tmp_path):
    page = tmp_path / "fichas.html"
    page.write_bytes(FORMATS["html"].render([f for f in fichas if "nna" not in f.categorias]))
    dom = dump_dom(chromium, page, "categoria=nna", tmp_path / "profile")
    cards = VisibleCards()
    cards.feed(dom)
    assert cards.visible == [] and len(cards.all) == 12
    assert '<p id="vacio" class="empty">Ninguna ficha coincide' in dom  # no longer hidden
