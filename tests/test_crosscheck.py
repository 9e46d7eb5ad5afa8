"""`extractor crosscheck`: the publication and the transcript of one ficha must agree field by field."""

from __future__ import annotations

import json
import shutil

import pytest

from extractor.cli import main
from extractor.review.crosscheck import crosscheck_path

from .review_helpers import load, record_files, save, write_records


@pytest.fixture(scope="module")
def records(tmp_path_factory, reference_records):
    return write_records(reference_records, tmp_path_factory.mktemp("crosscheck") / "records")


def transcript_files(folder):
    return [f for f in record_files(folder) if load(f)["fuente"]["formato"] == "docx"]


def test_every_transcript_agrees_with_its_publication_on_raw(records, capsys):
    report = crosscheck_path(records)
    disagreements = [(f.id, c.path, c.old, c.new) for f in report.fichas for c in f.fields]
    assert disagreements == []
    assert [f.status for f in report.fichas] == ["unchanged"] * len(transcript_files(records))
    assert all(
        f.old.data["fuente"]["formato"] == "pdf" and f.new.data["fuente"]["formato"] == "docx" for f in report.fichas
    )
    assert report.notes == []
    assert main(["crosscheck", str(records)]) == 0
    assert "7 agree" in capsys.readouterr().out


@pytest.fixture
def disagreeing(records, tmp_path):
    folder = tmp_path / "records"
    shutil.copytree(records, folder)
    path = transcript_files(folder)[0]
    record = load(path)
    record["oficinas"][0]["nombre"] = "Oficina Inventada"
    record["fechas_implementacion"]["meses"] = [*record["fechas_implementacion"]["meses"][1:], 13]
    save(path, record)
    return folder, record["id"]


def test_every_disagreement_is_reported_and_fuente_is_not(disagreeing, capsys):
    folder, ficha_id = disagreeing
    report = crosscheck_path(folder)
    (pair,) = [f for f in report.fichas if f.differs]
    assert pair.id == ficha_id and pair.metadata == []
    assert [c.path for c in pair.fields] == ["oficinas[0].nombre", "fechas_implementacion.meses"]
    assert main(["crosscheck", str(folder), "--format", "json"]) == 2  # month 13 breaks the contract
    out = json.loads(capsys.readouterr().out)
    assert out["counts"]["changed"] == 1 and out["command"] == "crosscheck"
    (invalid,) = out["invalid_records"]
    assert (
        invalid["field"].startswith("fechas_implementacion.meses") and "less than or equal to 12" in invalid["problem"]
    )


def test_a_transcript_with_another_title_is_paired_by_comuna_and_title(records, tmp_path):
    folder = tmp_path / "records"
    shutil.copytree(records, folder)
    path = transcript_files(folder)[0]
    record = load(path)
    record["titulo"] = record["titulo"] + " comunal"
    record["id"] = record["id"] + "-comunal"
    path.unlink()
    save(path.with_name(record["id"] + ".json"), record)
    (pair,) = [f for f in crosscheck_path(folder).fichas if f.differs]
    assert pair.status == "renamed" and [c.path for c in pair.fields] == ["titulo"]


def test_a_record_without_counterpart_is_noted_not_counted(records, tmp_path, capsys):
    folder = tmp_path / "records"
    shutil.copytree(records, folder)
    transcript_files(folder)[0].unlink()
    report = crosscheck_path(folder)
    assert not report.differs and len(report.fichas) == 6
    (note,) = report.notes
    assert "no record from another document" in note and ".pdf" in note
    assert main(["crosscheck", str(folder), "--format", "md"]) == 0
    assert "**Notes**" in capsys.readouterr().out


def test_a_missing_folder_exits_2(tmp_path):
    assert main(["crosscheck", str(tmp_path / "missing")]) == 2
