"""The command line on the real documents: outputs, summary, exit codes, byte stability."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from extractor.batch.record_files import record_files
from extractor.cli import main

from .conftest import GOLDEN, RAW, ROOT


def records_in(out: Path) -> list[Path]:
    """The record files under OUT (the run report and the cache start with a dot)."""
    return record_files(out)


def run_cli(args: list[str], cwd: Path) -> int:
    before = Path.cwd()
    os.chdir(cwd)
    try:
        return main(args)
    finally:
        os.chdir(before)


@pytest.mark.slow
def test_run_writes_one_file_per_ficha_in_the_documents_folders(tmp_path, capsys):
    out = tmp_path / "out"
    assert run_cli(["run", "raw", "--out", str(out)], ROOT) == 0
    written = sorted(p.relative_to(out).as_posix() for p in records_in(out))
    golden = sorted(p.relative_to(GOLDEN).as_posix() for p in record_files(GOLDEN))
    assert written == golden
    summary = capsys.readouterr().out
    assert "16 documents read, 28 fichas written" in summary and "0 documents failed" in summary


@pytest.mark.slow
def test_two_runs_give_identical_bytes(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert run_cli(["run", "raw", "--out", str(first)], ROOT) == 0
    assert run_cli(["run", "raw", "--out", str(second)], ROOT) == 0
    names = [p.relative_to(first) for p in records_in(first)]
    assert len(names) == 28 and names == [p.relative_to(second) for p in records_in(second)]
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_record_json_format(tmp_path):
    out = tmp_path / "out"
    run_cli(["run", "raw/transcripciones/Transcripción 04 - San Joaquín.docx", "--out", str(out)], ROOT)
    (path,) = records_in(out)
    assert path.parent == out / "transcripciones" / "Transcripción 04 - San Joaquín", "the same folder as `run raw`"
    text = path.read_text(encoding="utf-8")
    assert "San Joaquín" in text and "\\u00ed" not in text  # not ASCII-escaped
    assert text.startswith('{\n  "schema_version": 1,\n  "id": ')
    record = json.loads(text)
    assert list(record) == [
        "schema_version",
        "id",
        "titulo",
        "municipalidad",
        "oficinas",
        "grupo_prioritario",
        "categorias",
        "categoria_otra",
        "fechas_implementacion",
        "forma_financiamiento",
        "sostenibilidad",
        "descripcion",
        "elemento_innovador",
        "lineas_sello",
        "fuente",
        "revision",
    ]
    assert record["fuente"]["archivo"] == "raw/transcripciones/Transcripción 04 - San Joaquín.docx"


def test_fuente_archivo_is_relative_to_the_current_folder(tmp_path):
    shutil.copy(RAW / "transcripciones" / "Transcripción 07 - Arica.docx", tmp_path / "arica.docx")
    out = tmp_path / "out"
    assert run_cli(["run", "arica.docx", "--out", "out"], tmp_path) == 0
    (path,) = records_in(out)
    assert json.loads(path.read_text(encoding="utf-8"))["fuente"]["archivo"] == "arica.docx"


def test_a_failing_document_is_named_and_the_batch_goes_on(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(RAW / "transcripciones" / "Transcripción 07 - Arica.docx", docs / "good.docx")
    (docs / "broken.pdf").write_bytes(b"%PDF-1.7\nthis is no pdf")
    assert run_cli(["run", str(docs), "--out", str(tmp_path / "out")], tmp_path) == 1
    captured = capsys.readouterr()
    assert "broken.pdf" in captured.err
    assert "1 document read, 1 ficha written" in captured.out and "1 document failed" in captured.out
    assert [p.relative_to(tmp_path / "out").parent.as_posix() for p in records_in(tmp_path / "out")] == ["docs/good"]


def test_usage_errors_exit_2(tmp_path):
    assert run_cli(["run", "no/such/folder"], tmp_path) == 2
    assert run_cli(["frobnicate"], tmp_path) == 2


def test_schema_command_prints_the_record_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Ficha" and "lineas_sello" in schema["properties"]


def test_records_of_vanished_fichas_are_removed_only_after_a_good_read(tmp_path):
    out = tmp_path / "out"
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(RAW / "transcripciones" / "Transcripción 07 - Arica.docx", docs / "a.docx")
    run_cli(["run", str(docs), "--out", str(out)], tmp_path)
    stale = out / "docs" / "a" / "old--ficha.json"
    stale.write_text("{}", encoding="utf-8")
    (docs / "a.docx").write_bytes(b"PK\x03\x04 damaged")
    run_cli(["run", str(docs), "--out", str(out)], tmp_path)
    assert stale.exists(), "a failed read must not touch earlier records"
    shutil.copy(RAW / "transcripciones" / "Transcripción 07 - Arica.docx", docs / "a.docx")
    run_cli(["run", str(docs), "--out", str(out)], tmp_path)
    assert not stale.exists()
    assert len(record_files(out / "docs" / "a")) == 1
