"""`extractor diff`: fichas paired by id (then by comuna and title), fields diffed by identity, run metadata apart."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.cli import main
from extractor.review.compare import record_changes
from extractor.review.report import diff_paths
from extractor.review.words import word_diff

from .conftest import ROOT
from .review_helpers import edited_copy, load, record_files, save, write_records


@pytest.fixture(scope="module")
def runs(tmp_path_factory, reference_records):
    """(old folder: the records of raw/, new folder: a copy with four edits, the edits)."""
    base = tmp_path_factory.mktemp("runs")
    old = write_records(reference_records, base / "old")
    edits = edited_copy(old, base / "new")
    return old, base / "new", edits


def test_exactly_the_edited_fields_are_reported_and_a_reorder_is_no_change(runs):
    old, new, edits = runs
    report = diff_paths(old, new)
    by_file = {Path(f.new.path).relative_to(new).as_posix(): f for f in report.fichas}
    assert {name: [c.path for c in f.fields] for name, f in by_file.items() if f.fields} == {
        edits.month_removed: ["fechas_implementacion.meses"],
        edits.office_renamed: [f"oficinas[{edits.office_index}].nombre"],
        edits.paragraph_changed: ["descripcion"],
    }
    assert by_file[edits.offices_reordered].status == "unchanged"
    assert report.counts() == {"changed": 3, "renamed": 0, "added": 0, "removed": 0, "unchanged": 11}
    assert all(not f.metadata for f in report.fichas)

    (months,) = by_file[edits.month_removed].fields
    assert (months.removed, months.added) == ([edits.month], [])
    (office,) = by_file[edits.office_renamed].fields
    assert office.new == office.old + " Comunal"
    (text,) = by_file[edits.paragraph_changed].fields
    assert ("delete", edits.deleted_words) in text.words and ("insert", edits.inserted_words) in text.words


def test_cli_exit_codes_and_json_format(runs, capsys):
    old, new, _edits = runs
    assert main(["diff", str(old), str(new), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    changes = [(f["new"]["path"], c["path"]) for f in report["fichas"] for c in f["fields"]]
    assert len(changes) == 3 and report["differs"] is True
    paragraph = next(c for f in report["fichas"] for c in f["fields"] if c["path"] == "descripcion")
    assert "".join(t for op, t in paragraph["words"] if op != "insert") == paragraph["old"]
    assert main(["diff", str(old), str(old)]) == 0
    assert "14 unchanged" in capsys.readouterr().out


def test_text_and_markdown_show_paths_and_inline_word_changes(runs, capsys):
    old, new, edits = runs
    main(["diff", str(old), str(new)])
    text = capsys.readouterr().out
    assert f"[-{edits.deleted_words}-]{{+{edits.inserted_words}+}}" in text
    assert f"oficinas[{edits.office_index}].nombre: " in text and "\033[" not in text  # no colour off a tty
    main(["diff", str(old), str(new), "--format", "md"])
    md = capsys.readouterr().out
    assert f"~~{edits.deleted_words}~~ **{edits.inserted_words}**" in md
    assert md.count("\n### ") == 3 and "| changed | 1 | 0 |" in md
    main(["diff", str(old), str(new), "--color", "always"])
    assert "\033[31m" in capsys.readouterr().out


def test_html_report_is_one_page_with_a_card_per_changed_ficha(runs, tmp_path):
    old, new, edits = runs
    page = tmp_path / "report.html"
    assert main(["diff", str(old), str(new), "--format", "html", "--output", str(page)]) == 1
    html = page.read_text(encoding="utf-8")
    assert html.count('<section class="card') == 3 and html.count('<tr class="status-') == 3  # changed first
    assert "11 unchanged fichas not listed (--all lists them)" in html
    assert main(["diff", str(old), str(new), "--format", "html", "--output", str(page), "--all"]) == 1
    assert page.read_text(encoding="utf-8").count('<tr class="status-') == 14
    assert f"<del>{edits.deleted_words}</del>" in html and f"<ins>{edits.inserted_words}</ins>" in html
    assert "<script" not in html and "http" not in html  # self-contained


def test_run_metadata_is_shown_apart_and_is_no_difference(runs, tmp_path, capsys):
    old, _, _ = runs
    new = tmp_path / "new"
    shutil.copytree(old, new)
    path = record_files(new)[0]
    record = load(path)
    record["fuente"]["sha256"] = "0" * 64
    record["fuente"]["archivo"] = "raw/otra-edicion.pdf"
    save(path, record)
    report = diff_paths(old, new)
    (ficha,) = [f for f in report.fichas if f.metadata]
    assert ficha.fields == [] and [c.path for c in ficha.metadata] == ["fuente.archivo", "fuente.sha256"]
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "run metadata:\n      fuente.archivo" in out


def test_a_ficha_whose_id_changed_is_found_by_comuna_and_title(runs, tmp_path):
    old, _, _ = runs
    new = tmp_path / "new"
    shutil.copytree(old, new)
    path = record_files(new)[0]
    record = load(path)
    record["titulo"] += " (segunda versión)"
    record["id"] += "-segunda-version"
    path.unlink()
    save(path.with_name(record["id"] + ".json"), record)
    report = diff_paths(old, new)
    (renamed,) = [f for f in report.fichas if f.differs]
    assert renamed.status == "renamed" and renamed.new.id == record["id"]
    assert [c.path for c in renamed.fields] == ["titulo"]


def test_added_and_removed_fichas(runs, tmp_path):
    old, _, _ = runs
    new = tmp_path / "new"
    shutil.copytree(old, new)
    gone, source = record_files(new)[:2]
    gone.unlink()
    record = load(source)
    record.update(id="arica--otra-practica", titulo="Otra práctica distinta", municipalidad=None)
    save(source.with_name("arica--otra-practica.json"), record)
    statuses = sorted(f.status for f in diff_paths(old, new).fichas if f.differs)
    assert statuses == ["added", "removed"]


def test_two_record_files_are_compared_whatever_their_ids(runs, tmp_path, capsys):
    old, _, _ = runs
    first, second = record_files(old)[:2]
    assert main(["diff", str(first), str(second)]) == 1
    assert "renamed" in capsys.readouterr().out
    assert main(["diff", str(first), str(first)]) == 0


def test_lists_are_matched_by_identity():
    old = {
        "categorias": ["nna", "otra"],
        "fechas_implementacion": {"meses": [1, 2]},
        "oficinas": [
            {"nombre": "OMIL", "sigla": None, "tipo": "municipal", "texto": "OMIL"},
            {"nombre": "SJM", "sigla": None, "tipo": "externo", "texto": "SJM"},
        ],
        "forma_financiamiento": {"fuentes": [{"nombre": "A", "tipo": "otro"}, {"nombre": "B", "tipo": "otro"}]},
        "lineas_sello": [
            {"linea": "politicas_locales", "justificacion": "ya que x"},
            {"linea": "acceso_informacion", "justificacion": "ya que y"},
        ],
    }
    reordered = {
        "categorias": ["otra", "nna"],
        "fechas_implementacion": {"meses": [2, 1]},
        "oficinas": old["oficinas"][::-1],
        "forma_financiamiento": {"fuentes": old["forma_financiamiento"]["fuentes"][::-1]},
        "lineas_sello": old["lineas_sello"][::-1],
    }
    assert record_changes(old, reordered) == ([], [])
    edited = json.loads(json.dumps(reordered))
    edited["lineas_sello"][0]["justificacion"] = "ya que z"  # acceso_informacion, now first
    edited["oficinas"].append({"nombre": "ACNUR", "sigla": "ACNUR", "tipo": "externo", "texto": "ACNUR"})
    edited["categorias"] = ["otra", "cooperativas"]
    fields, _ = record_changes(old, edited)
    assert [(c.path, c.kind) for c in fields] == [
        ("categorias", "changed"),
        ("oficinas[2]", "added"),
        ("lineas_sello[0].justificacion", "changed"),
    ]
    assert (fields[0].removed, fields[0].added) == (["nna"], ["cooperativas"])


def test_unreadable_input_exits_2_naming_the_file(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["diff", str(bad), str(bad)]) == 2
    assert str(bad) in capsys.readouterr().err
    assert main(["diff", str(tmp_path / "missing"), str(bad)]) == 2


@given(
    st.lists(st.sampled_from(["a", "b", "c", "d", "\n\n", "é"]), max_size=12),
    st.lists(st.sampled_from(["a", "b", "c", "x", "\n\n"]), max_size=12),
)
def test_word_diff_rebuilds_both_texts(old_words, new_words):
    old, new = " ".join(old_words), " ".join(new_words)
    segments = word_diff(old, new)
    assert "".join(t for op, t in segments if op != "insert") == old
    assert "".join(t for op, t in segments if op != "delete") == new


ARICA_TRANSCRIPT = "raw/transcripciones/Transcripción 07 - Arica.docx"


@pytest.fixture
def committed(runs, tmp_path):
    """Committed records: the records of raw/, with one category removed from the Arica transcript's record."""
    folder = tmp_path / "committed"
    shutil.copytree(runs[0], folder)
    (path,) = [f for f in record_files(folder) if load(f)["fuente"]["archivo"] == ARICA_TRANSCRIPT]
    record = load(path)
    record["categorias"] = record["categorias"][1:]
    save(path, record)
    return folder


def test_run_diff_against_writes_elsewhere_and_reports_what_the_run_changes(committed, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    before = {p: p.read_bytes() for p in record_files(committed)}
    out = tmp_path / "out"
    code = main(["run", ARICA_TRANSCRIPT, "--diff-against", str(committed), "--out", str(out), "--format", "json"])
    assert code == 1
    report = json.loads(capsys.readouterr().out)
    (ficha,) = report["fichas"]  # only the records of the document that was run are compared
    new_record = load(record_files(out)[0])
    assert [(c["path"], c["added"]) for c in ficha["fields"]] == [("categorias", new_record["categorias"][:1])]
    assert report["notes"] == [f"13 records in {committed} of documents outside {ARICA_TRANSCRIPT} were not compared"]
    assert (report["left"], report["right"]) == (f"old: {committed}", f"new (this run): {out}")  # no "committed:"
    assert {p: p.read_bytes() for p in record_files(committed)} == before
    assert len(record_files(out)) == 1


def test_run_diff_against_defaults_to_a_fresh_folder_and_never_overwrites(committed, monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(ROOT)
    assert main(["run", ARICA_TRANSCRIPT, "--diff-against", str(committed), "--out", str(committed)]) == 2
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    made: list[Path] = []
    real_mkdtemp = tempfile.mkdtemp
    monkeypatch.setattr(
        tempfile, "mkdtemp", lambda **kw: made.append(Path(real_mkdtemp(dir=scratch, **kw))) or made[-1]
    )
    assert main(["run", ARICA_TRANSCRIPT, "--diff-against", str(committed)]) == 1
    err = capsys.readouterr().err
    assert [fresh.name[:17] for fresh in made] == ["extractor-review-"]
    assert list(scratch.iterdir()) == [], "the temporary folder is removed after the report"
    assert f"new records compared with {committed}/, not kept (--out DIR keeps them)" in err
