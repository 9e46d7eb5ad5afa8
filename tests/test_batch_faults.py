"""A batch of every bad kind plus good documents: it finishes, names each problem, loses nothing.

Also: fichas with problems are still written (flagged for review), a run
killed with SIGKILL leaves only complete records, and ids and folders stay
inside OUT whatever the names and titles hold.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.batch import jobs
from extractor.batch.report import REPORT_FILE
from extractor.batch.writer import output_folder

from . import bad_files as bf
from .conftest import GOLDEN, ROOT
from .test_bad_input import CASES
from .test_cli import records_in, run_cli

PROBLEM_FICHAS = [
    (
        "Huertos comunitarios",
        [
            ("oficinas", "DIDECO"),
            ("grupo_prioritario", "Familias migrantes."),
            ("descripcion", "Primer texto."),
            ("descripcion", "Segundo texto."),
        ],
    ),
    ("Huertos comunitarios", [("oficinas", "OMIL"), ("grupo_prioritario", "Jóvenes."), ("descripcion", "Otro.")]),
]


def build_corpus(folder: Path, scratch: Path) -> dict[str, tuple]:
    """Every bad kind (one file each) plus three good documents; {bad file name: (kind, words)}."""
    folder.mkdir()
    bad = {}
    for build, (kind, words) in CASES.items():
        (scratch / build.__name__).mkdir(parents=True)
        path = build(scratch / build.__name__)
        shutil.move(path, folder / path.name)
        bad[path.name] = (kind, words)
    shutil.copy(bf.TRANSCRIPT, folder / "arica.docx")
    bf.publication_pages(folder / "el-bosque.pdf")
    bf.ficha_docx(folder / "problemas.docx", PROBLEM_FICHAS)
    return bad


@pytest.mark.slow
def test_a_batch_of_every_bad_kind_finishes_names_each_problem_and_writes_every_good_ficha(tmp_path, capsys):
    bad = build_corpus(tmp_path / "docs", tmp_path / "scratch")
    out = tmp_path / "out"
    assert run_cli(["run", "docs", "--out", "out", "--jobs", "2"], tmp_path) == 1
    err = capsys.readouterr().err
    for name, (_kind, words) in bad.items():
        line = next(line for line in err.splitlines() if f"docs/{name}:" in line)
        assert line.startswith("error: ") and words in line
    folders = sorted(p.parent.relative_to(out).as_posix() for p in records_in(out))
    assert folders == ["docs/arica", "docs/el-bosque", "docs/problemas", "docs/problemas"], (
        "no record for any broken file"
    )
    report = json.loads((out / REPORT_FILE).read_text(encoding="utf-8"))
    assert {(e["file"], e["kind"]) for e in report["errors"]} == {(f"docs/{n}", k.value) for n, (k, _) in bad.items()}
    assert report["summary"] == {
        "documents": len(bad) + 3,
        "read": 3,
        "unchanged": 0,
        "failed": len(bad),
        "unread": 0,
        "fichas_written": 4,
        "review": 2,
    }


@pytest.mark.slow
def test_a_document_that_hangs_or_crashes_its_worker_is_an_error_and_the_others_are_written(
    tmp_path, monkeypatch, capsys
):
    real = jobs.read_layout

    def faulty(path, *args):
        if "hang" in path.name:
            time.sleep(3600)
        if "crash" in path.name:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, *args)

    monkeypatch.setattr(jobs, "read_layout", faulty)  # the workers are forked: they see it too
    for name in ("hang.docx", "crash.docx", "good.docx"):
        shutil.copy(bf.TRANSCRIPT, tmp_path / name)
    assert run_cli(["run", ".", "--out", "out", "--timeout", "2"], tmp_path) == 1
    err = capsys.readouterr().err
    assert "error: hang.docx: timed out after 2 s (--timeout)" in err
    assert "error: crash.docx: the worker reading it died (killed by SIGKILL)" in err
    assert [p.parent.name for p in records_in(tmp_path / "out")] == ["good"]


def test_fichas_with_problems_are_written_and_flagged(tmp_path):
    bf.ficha_docx(tmp_path / "problemas.docx", PROBLEM_FICHAS)
    assert run_cli(["run", "problemas.docx", "--out", "out"], tmp_path) == 0
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in records_in(tmp_path / "out"))
    assert [p.name for p in records_in(tmp_path / "out")] == [
        "arica--huertos-comunitarios-2.json",
        "arica--huertos-comunitarios.json",
    ]
    second, first = first, second  # sorted names put "-2" first
    codes = [(a["campo"], a["codigo"]) for a in first["revision"]["avisos"]]
    assert first["revision"]["estado"] == "revisar"
    assert ("descripcion", "seccion_duplicada") in codes and first["descripcion"] == "Primer texto.\n\nSegundo texto."
    missing = {campo for campo, codigo in codes if codigo == "seccion_faltante"}
    assert missing == {
        "categorias",
        "fechas_implementacion",
        "forma_financiamiento",
        "sostenibilidad",
        "elemento_innovador",
        "lineas_sello",
    }
    assert first["sostenibilidad"] is None and first["lineas_sello"] == [] and first["categorias"] == []
    assert ("id", "id_duplicado") in [(a["campo"], a["codigo"]) for a in second["revision"]["avisos"]]
    assert second["id"] == first["id"] and second["descripcion"] == "Otro."


def test_hostile_names_and_titles_stay_inside_out(tmp_path):
    out = tmp_path / "out"
    for name in ["..pdf", "...pdf", "x.json.pdf", "a\x07b.pdf", "é" * 120 + ".pdf"]:
        folder = output_folder(out, tmp_path / name, tmp_path)
        assert folder.parent == out and folder.name not in (".", "..") and not folder.name.endswith(".json")
        assert "\x07" not in folder.name and len(folder.name.encode()) <= 240
    title = "../../etc/passwd \\ / \x7f\x9b " + "muy largo " * 30
    bf.ficha_docx(
        tmp_path / "..docx",
        [(title, [("oficinas", "DIDECO"), ("grupo_prioritario", "Todos."), ("descripcion", "Texto.")])],
    )
    assert run_cli(["run", "..docx", "--out", "out"], tmp_path) == 0  # hidden: read when given as PATH
    (record,) = records_in(out)
    assert record.parent == out / "_" and len(record.name.encode()) <= 125
    data = json.loads(record.read_text(encoding="utf-8"))
    assert data["id"].startswith("arica--etc-passwd-muy-largo") and len(data["id"]) > 300
    assert not (tmp_path / "etc").exists()


@pytest.mark.slow
def test_a_run_killed_midway_leaves_only_complete_records(tmp_path):
    out = tmp_path / "out"
    golden = {p.relative_to(GOLDEN): p.read_bytes() for p in GOLDEN.glob("transcripciones/*/*.json")}
    command = [
        sys.executable,
        "-m",
        "extractor.cli",
        "run",
        "raw/transcripciones",
        "--out",
        str(out),
        "--jobs",
        "1",
        "--quiet",
    ]
    for wait_for in (1, 3, 5):  # kill as soon as that many records are there
        process = subprocess.Popen(
            command, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 120
        while len(records_in(out)) < wait_for and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.01)
        os.killpg(process.pid, signal.SIGKILL)
        assert process.wait() == -signal.SIGKILL, "the run was killed, not finished"
        assert_only_complete_records(out, golden)
    assert run_cli(["run", "raw/transcripciones", "--out", str(out), "--jobs", "2"], ROOT) == 0
    assert_only_complete_records(out, golden)
    assert sorted(p.relative_to(out) for p in records_in(out)) == sorted(golden)
    assert not list(out.rglob("*.tmp")), "leftover temporary files are cleared by the next run"


def assert_only_complete_records(out: Path, golden: dict[Path, bytes]) -> None:
    for path in out.rglob("*.json"):
        data = path.read_bytes()
        json.loads(data)  # the run report and the cache parse too
        if not path.name.startswith("."):
            assert data == golden[path.relative_to(out)], path
