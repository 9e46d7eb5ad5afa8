"""User catalogs end to end: `extractor run --catalogs DIR` and `EXTRACTOR_CATALOGS`, driving the
installed command in a subprocess (the option sets the process environment, so it is never run in
the test process)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import RAW

pytestmark = pytest.mark.slow  # every test here drives the installed command in subprocesses

COMMAND = Path(sys.executable).parent / "extractor"
RECOLETA = RAW / "transcripciones" / "Transcripción 03 - Recoleta.docx"  # lists "Innova", in no catalog


def extractor(*args: str, cwd: Path, catalogs_env: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "EXTRACTOR_CATALOGS"}
    if catalogs_env is not None:
        env["EXTRACTOR_CATALOGS"] = catalogs_env
    return subprocess.run([str(COMMAND), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def record(out: Path) -> dict:
    (path,) = [p for p in out.rglob("*.json") if not p.name.startswith(".")]
    return json.loads(path.read_text("utf-8"))


def innova(rec: dict) -> tuple[dict, list[str]]:
    office = next(o for o in rec["oficinas"] if o["texto"] == "Innova")
    avisos = [a["codigo"] for a in rec["revision"]["avisos"] if a["campo"] == "oficinas"]
    return office, avisos


@pytest.fixture
def workplace(tmp_path) -> Path:
    (tmp_path / "raw").mkdir()
    shutil.copy(RECOLETA, tmp_path / "raw" / RECOLETA.name)
    mine = tmp_path / "mis-catalogos"
    mine.mkdir()
    (mine / "unidades_municipales.csv").write_text(
        "# offices of our comunas missing from the shipped catalog\nnombre,sigla,tipo,variantes\nInnova,,municipal,\n",
        "utf-8",
    )
    return tmp_path


def run(workplace: Path, *extra: str, catalogs_env: str | None = None) -> str:
    done = extractor("run", "raw", "--out", "out", "--jobs", "1", *extra, cwd=workplace, catalogs_env=catalogs_env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_new_office_in_a_user_catalog_turns_an_unknown_office_canonical_and_rereads(workplace):
    assert "1 document read" in run(workplace)
    office, avisos = innova(record(workplace / "out"))
    assert avisos == ["oficina_desconocida"] and office["nombre"] == "Innova"
    assert "unchanged" in run(workplace)  # nothing changed: skipped

    summary = run(workplace, "--catalogs", "mis-catalogos")
    assert "1 document read" in summary and "unchanged" not in summary  # the catalogs changed: read again
    office, avisos = innova(record(workplace / "out"))
    assert avisos == [] and office == {"nombre": "Innova", "sigla": None, "tipo": "municipal", "texto": "Innova"}
    assert "Innova" not in json.dumps(record(workplace / "out")["revision"], ensure_ascii=False)

    # The environment variable names the same catalogs: same key, nothing to read.
    assert "unchanged" in run(workplace, catalogs_env=str(workplace / "mis-catalogos"))
    # Without them the document is read again and the office is unknown again.
    assert "1 document read" in run(workplace)
    assert innova(record(workplace / "out"))[1] == ["oficina_desconocida"]


def test_an_edited_user_catalog_rereads_the_documents(workplace):
    run(workplace, "--catalogs", "mis-catalogos")
    assert "unchanged" in run(workplace, "--catalogs", "mis-catalogos")
    path = workplace / "mis-catalogos" / "unidades_municipales.csv"
    path.write_text(path.read_text("utf-8") + "Oficina de Pruebas Acústicas,,municipal,\n", "utf-8")
    assert "1 document read" in run(workplace, "--catalogs", "mis-catalogos")


def test_a_broken_user_catalog_stops_the_run_naming_file_and_line(workplace):
    (workplace / "mis-catalogos" / "organizaciones.csv").write_text(
        "nombre,sigla,tipo,variantes\nFundación Prueba,,privado,Corporación Prueba\n", "utf-8"
    )
    done = extractor("run", "raw", "--out", "out", "--catalogs", "mis-catalogos", cwd=workplace)
    assert done.returncode == 2 and not (workplace / "out").exists()
    assert (
        "mis-catalogos/organizaciones.csv:2: «Corporación Prueba» is not the same name as «Fundación Prueba»"
        in done.stderr
    )
    done = extractor("run", "raw", "--out", "out", "--catalogs", "nowhere", cwd=workplace)
    assert done.returncode == 2 and "no such catalogs folder: nowhere" in done.stderr
    done = extractor("run", "raw", "--out", "out", cwd=workplace, catalogs_env="nowhere")  # a mistyped variable
    assert done.returncode == 2 and "nowhere: no such catalogs folder" in done.stderr
    assert not (workplace / "out").exists()


def test_catalog_check_validates_user_catalogs_from_the_environment(workplace):
    done = extractor("catalog", "check", cwd=workplace, catalogs_env=str(workplace / "mis-catalogos"))
    assert done.returncode == 0 and "unidades_municipales.csv" in done.stdout
    (workplace / "mis-catalogos" / "financiadores.csv").write_text(
        "nombre,sigla,tipo,variantes\nFondo Prueba,SENCE,estatal,\n", "utf-8"
    )
    done = extractor("catalog", "check", "--catalogs", "mis-catalogos", cwd=workplace)
    assert done.returncode == 1 and "acronym «SENCE»" in done.stderr
