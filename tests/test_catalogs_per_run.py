"""Each run reads with its own catalogs: they are one object passed down (`normalize.catalogs.Catalogs`),
not module caches cleared from outside, so two pipelines with different catalogs in one process each
read with their own, and the batch hands its catalogs to its workers without the environment."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from extractor.batch.runner import RunOptions, run
from extractor.model import Ficha
from extractor.normalize.catalogs import Catalogs, shipped
from extractor.pipeline import extract_document

from .docx_builders import write_ficha

OFFICE = "Oficina de Pruebas Acústicas"  # in no shipped catalog
COMUNA_LABEL = "MUNICIPALIDAD DE VILLA PRUEBA"
FUNDER = "Fundación Ensayo Austral"


def _catalog_folder(folder: Path, *, comuna: str, region: str, office_acronym: str) -> Path:
    """A user catalog folder naming the ficha's comuna, office and funder."""
    folder.mkdir()
    (folder / "unidades_municipales.csv").write_text(
        f"nombre,sigla,tipo,variantes\n{OFFICE},{office_acronym},municipal,\n", "utf-8"
    )
    (folder / "comunas.csv").write_text(f"comuna,region,variantes\n{comuna},{region},Villa Prueba\n", "utf-8")
    (folder / "financiadores.csv").write_text(f"nombre,sigla,tipo,variantes\n{FUNDER},,privado,\n", "utf-8")
    return folder


@pytest.fixture
def ficha_path(tmp_path: Path) -> Path:
    parts = {
        "oficinas": lambda b: b.paragraph(OFFICE),
        "forma_financiamiento": lambda b: b.paragraph(f"Aporte de la {FUNDER}."),
    }
    (tmp_path / "doc").mkdir()
    return write_ficha(tmp_path / "doc", municipality=COMUNA_LABEL, parts=parts)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    first = _catalog_folder(
        tmp_path / "a", comuna="Villa Prueba", region="Metropolitana de Santiago", office_acronym="OPA"
    )
    second = _catalog_folder(tmp_path / "b", comuna="Villa Prueba Sur", region="Valparaíso", office_acronym="OPRA")
    return first, second


def _read(path: Path, catalogs: Catalogs | None = None) -> Ficha:
    (ficha,) = extract_document(path, catalogs=catalogs).fichas
    return ficha


def _codes(ficha: Ficha) -> list[str]:
    return [aviso.codigo for aviso in ficha.revision.avisos]


def test_two_pipelines_with_different_catalogs_in_one_process_read_each_with_its_own(ficha_path, folders):
    first, second = Catalogs.load([folders[0]]), Catalogs.load([folders[1]])
    before = _read(ficha_path)
    with_first = _read(ficha_path, first)
    with_second = _read(ficha_path, second)
    after = _read(ficha_path)

    # the shipped catalogs know none of the three names, before and after the others ran
    for ficha in (before, after):
        assert ficha.municipalidad is not None and ficha.municipalidad.comuna is None
        assert {"comuna_desconocida", "oficina_desconocida", "fuente_desconocida"} <= set(_codes(ficha))
    assert before.model_dump() == after.model_dump()

    # each user catalog gives its own comuna, region and office acronym
    assert (with_first.municipalidad.comuna, with_first.municipalidad.region) == (
        "Villa Prueba",
        "Metropolitana de Santiago",
    )
    assert (with_second.municipalidad.comuna, with_second.municipalidad.region) == ("Villa Prueba Sur", "Valparaíso")
    assert [(o.nombre, o.sigla) for o in with_first.oficinas] == [(OFFICE, "OPA")]
    assert [(o.nombre, o.sigla) for o in with_second.oficinas] == [(OFFICE, "OPRA")]
    for ficha in (with_first, with_second):
        assert [(f.nombre, f.tipo) for f in ficha.forma_financiamiento.fuentes] == [(FUNDER, "privado")]
        assert not {"comuna_desconocida", "oficina_desconocida", "fuente_desconocida"} & set(_codes(ficha))


def test_loading_user_catalogs_leaves_the_shipped_ones_and_the_environment_alone(folders, monkeypatch):
    monkeypatch.delenv("EXTRACTOR_CATALOGS", raising=False)
    Catalogs.load(folders)
    assert shipped().offices.match(OFFICE) is None and shipped().find_comuna(COMUNA_LABEL) is None
    assert "EXTRACTOR_CATALOGS" not in os.environ
    assert Catalogs.load(()) is shipped()


def test_the_batch_hands_its_catalogs_to_its_workers(ficha_path, folders, tmp_path, monkeypatch):
    monkeypatch.delenv("EXTRACTOR_CATALOGS", raising=False)
    out = tmp_path / "out"
    run([ficha_path], out, options=RunOptions(jobs=2, catalogs=(folders[1],), progress=False))
    assert "EXTRACTOR_CATALOGS" not in os.environ  # the workers were forked with the object, not told by it
    record = _only_record(out)
    assert record["municipalidad"]["comuna"] == "Villa Prueba Sur"
    assert record["oficinas"][0]["sigla"] == "OPRA"
    # the same documents with other catalogs are read again (the cache key names the catalog files)
    summary = run([ficha_path], out, options=RunOptions(jobs=2, catalogs=(folders[0],), progress=False))
    assert (summary.documents, summary.unchanged) == (1, 0)
    assert _only_record(out)["municipalidad"]["comuna"] == "Villa Prueba"


def _only_record(out: Path) -> dict:
    (path,) = [p for p in out.rglob("*.json") if not p.name.startswith(".")]
    return json.loads(path.read_text("utf-8"))
