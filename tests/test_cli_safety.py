"""Issue 14, data safety: the installed `extractor` never loses a record, never leaves one twice,
writes files others can read, and fails early and in one line. Each test drives the command in a
subprocess (a pseudo-terminal where a terminal matters)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import stat
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from extractor.batch.record_files import record_files

from .cli_process import EXTRACTOR, Terminal, environment, extractor, one_line_error, report_of
from .conftest import GOLDEN, RAW

pytestmark = pytest.mark.slow  # every test here drives the installed command in subprocesses

PUENTE_ALTO = RAW / "transcripciones" / "Transcripción 01 - Puente Alto.docx"
ARICA = RAW / "transcripciones" / "Transcripción 07 - Arica.docx"
PUBLICATION = RAW / "publicaciones" / "fichas-buenas-practicas-municipales-2023.pdf"


def folders(out: Path) -> list[str]:
    return sorted(p.parent.relative_to(out).as_posix() for p in record_files(out))


def put(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)
    return target


# --- 1. two documents, one record folder ---------------------------------------------------


def test_two_documents_of_one_name_in_two_folders_keep_both_records(tmp_path):
    put(PUENTE_ALTO, tmp_path / "ed" / "2023" / "Transcripción 01.docx")
    put(ARICA, tmp_path / "ed" / "2024" / "Transcripción 01.docx")
    for _ in range(2):  # a re-run swaps nothing
        result = extractor(["run", "ed/2023", "ed/2024", "--out", "o"], tmp_path)
        assert result.returncode == 0, result.stderr
        assert folders(tmp_path / "o") == ["ed/2023/Transcripción 01", "ed/2024/Transcripción 01"]
    communes = {
        json.loads(p.read_text(encoding="utf-8"))["municipalidad"]["comuna"] for p in record_files(tmp_path / "o")
    }
    assert communes == {"Puente Alto", "Arica"}


def test_names_that_would_still_share_a_folder_are_refused_naming_both(tmp_path):
    put(PUENTE_ALTO, tmp_path / "docs" / "Acta.docx")
    put(ARICA, tmp_path / "docs" / "acta.docx")  # one folder on a case-insensitive disk
    result = extractor(["run", "docs", "--out", "o"], tmp_path)
    assert result.returncode == 2
    assert "docs/Acta.docx" in result.stderr and "docs/acta.docx" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "o").exists(), "refused before anything is written"


# --- 2. one document, one folder, however it was named -------------------------------------


def test_a_document_gets_one_record_folder_however_its_path_was_typed(tmp_path):
    put(ARICA, tmp_path / "raw" / "transcripciones" / "arica.docx")
    put(PUENTE_ALTO, tmp_path / "mine" / "sub" / "pa.docx")
    for args in (
        ["raw/transcripciones/arica.docx"],
        [],
        ["raw"],
        ["./raw/../raw/transcripciones"],
        [str(tmp_path / "raw" / "transcripciones" / "arica.docx")],
        ["mine/sub/pa.docx"],
        ["mine"],
    ):
        result = extractor(["run", *args, "--out", "o"], tmp_path)
        assert result.returncode == 0, (args, result.stderr)
        assert folders(tmp_path / "o") == ["mine/sub/pa", "transcripciones/arica"][
            1 - ("mine" in str(args)) :
        ] or folders(tmp_path / "o") == ["mine/sub/pa", "transcripciones/arica"], args
    assert folders(tmp_path / "o") == ["mine/sub/pa", "transcripciones/arica"]
    exported = extractor(["export", "o", "--format", "csv"], tmp_path)
    assert len(list(csv.DictReader(io.StringIO(exported.stdout.lstrip("\ufeff"))))) == 2, "no ficha counted twice"


def test_root_sets_where_record_folders_start(tmp_path):
    put(ARICA, tmp_path / "archive" / "2024" / "arica.docx")
    assert extractor(["run", "archive/2024/arica.docx", "--root", "archive", "--out", "o"], tmp_path).returncode == 0
    assert extractor(["run", "archive", "--root", "archive", "--out", "o"], tmp_path).returncode == 0
    assert folders(tmp_path / "o") == ["2024/arica"]


def test_root_without_paths_reads_the_root_folder(tmp_path):
    """`run --root DIR` with no PATH reads DIR (not raw/, which a folder of one's own need not have)."""
    put(ARICA, tmp_path / "archive" / "2024" / "arica.docx")
    result = extractor(["run", "--root", "archive", "--out", "o"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert folders(tmp_path / "o") == ["2024/arica"]
    missing = extractor(["run", "--root", "nowhere", "--out", "o"], tmp_path)
    assert missing.returncode == 2 and "--root nowhere: no such folder" in missing.stderr


# --- 3. records of documents that are gone --------------------------------------------------


def test_records_of_a_document_that_left_the_inputs_are_warned_about_and_pruned_on_request(tmp_path):
    put(ARICA, tmp_path / "docs" / "a.docx")
    gone = put(PUENTE_ALTO, tmp_path / "docs" / "b.docx")
    assert extractor(["run", "docs", "--out", "o"], tmp_path).returncode == 0
    gone.unlink()
    result = extractor(["run", "docs", "--out", "o"], tmp_path)
    assert result.returncode == 0
    warning = next(line for line in result.stderr.splitlines() if line.startswith("warning: "))
    assert "o/docs/b/" in warning and "docs/b.docx" in warning and "--prune" in warning
    assert folders(tmp_path / "o") == ["docs/a", "docs/b"], "kept without --prune"
    assert report_of(tmp_path / "o")["stale_folders"] == ["docs/b"]

    other = extractor(["run", "docs/a.docx", "--out", "o", "--prune"], tmp_path)  # a run that covers docs/b
    assert other.returncode == 0 and folders(tmp_path / "o") == ["docs/a", "docs/b"], "not covered by that run"

    pruned = extractor(["run", "docs", "--out", "o", "--prune"], tmp_path)
    assert pruned.returncode == 0 and "pruned o/docs/b/" in pruned.stderr
    assert folders(tmp_path / "o") == ["docs/a"] and not (tmp_path / "o" / "docs" / "b").exists()
    assert report_of(tmp_path / "o")["pruned_folders"] == ["docs/b"]


def test_records_left_by_an_earlier_layout_are_found_too(tmp_path):
    put(ARICA, tmp_path / "raw" / "transcripciones" / "arica.docx")
    assert extractor(["run", "--out", "o"], tmp_path).returncode == 0
    old = tmp_path / "o" / "arica"  # where `run raw/transcripciones/arica.docx` used to write
    shutil.copytree(tmp_path / "o" / "transcripciones" / "arica", old)
    result = extractor(["run", "raw/transcripciones/arica.docx", "--out", "o", "--prune"], tmp_path)
    assert result.returncode == 0 and "now go to o/transcripciones/arica/" in result.stderr
    assert folders(tmp_path / "o") == ["transcripciones/arica"]


# --- 4. modes ------------------------------------------------------------------------------


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_every_output_respects_the_umask(tmp_path, umask):
    put(ARICA, tmp_path / "docs" / "a.docx")
    assert extractor(["run", "docs", "--out", "o"], tmp_path, umask=umask).returncode == 0
    for name in ("t.csv", "t.xlsx", "t.html", "t.jsonl"):
        assert extractor(["export", "o", "-o", name], tmp_path, umask=umask).returncode == 0
    files = [
        *record_files(tmp_path / "o"),
        tmp_path / "o" / ".extractor-report.json",
        tmp_path / "o" / ".extractor-cache.json",
        *(tmp_path / n for n in ("t.csv", "t.xlsx", "t.html", "t.jsonl")),
    ]
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in files} == {p.name: 0o666 & ~umask for p in files}


# --- 5. an unwritable --out ------------------------------------------------------------------


def test_an_unwritable_out_is_refused_in_one_line_before_any_reading(tmp_path):
    put(ARICA, tmp_path / "docs" / "a.docx")
    (tmp_path / "afile").write_text("not a folder", encoding="utf-8")
    for out in ("afile", "afile/sub"):
        started = time.monotonic()
        result = extractor(["run", "docs", "--out", out], tmp_path)
        assert result.returncode == 2
        assert one_line_error(result).startswith(f"extractor run: --out {out}: ")
        assert time.monotonic() - started < 10
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "not a folder"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_out_is_refused_in_one_line(tmp_path):
    put(ARICA, tmp_path / "docs" / "a.docx")
    (tmp_path / "ro").mkdir(mode=0o500)
    result = extractor(["run", "docs", "--out", "ro"], tmp_path)
    assert result.returncode == 2 and "cannot be written" in one_line_error(result)


# --- 6. an interrupted run ----------------------------------------------------------------


def test_an_interrupted_run_reports_the_unread_documents_as_unread(tmp_path):
    put(ARICA, tmp_path / "docs" / "a.docx")
    put(PUBLICATION, tmp_path / "docs" / "z.pdf")  # read after a.docx, and slowly
    put(PUENTE_ALTO, tmp_path / "docs" / "zz.docx")
    process = subprocess.Popen(
        [str(EXTRACTOR), "run", "docs", "--out", "o", "--jobs", "1"],
        cwd=tmp_path,
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not (tmp_path / "o" / "docs" / "a").is_dir() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130 and "Traceback" not in err and "interrupted" in err
    report = report_of(tmp_path / "o")
    statuses = {d["file"]: d["status"] for d in report["documents"]}
    assert statuses == {"docs/a.docx": "read", "docs/z.pdf": "unread", "docs/zz.docx": "unread"}
    assert report["complete"] is False
    assert report["summary"]["read"] == 1
    assert report["summary"]["unread"] == 2 and report["summary"]["fichas_written"] == 1


# --- 7. formula injection -----------------------------------------------------------------


def test_texts_that_look_like_formulas_stay_text_in_csv_and_xlsx(tmp_path):
    golden = next(p for p in record_files(GOLDEN) if "Arica" in p.parent.name)
    record = json.loads(golden.read_text(encoding="utf-8"))
    record["titulo"] = '=HYPERLINK("http://evil.example","clic")'
    record["categoria_otra"] = "@SUM(1+1)"
    record["oficinas"][0]["nombre"] = "+56 9 1234"
    (tmp_path / "records").mkdir()
    (tmp_path / "records" / "x.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert extractor(["export", "records", "-o", "t.csv"], tmp_path).returncode == 0
    (row,) = csv.DictReader(io.StringIO((tmp_path / "t.csv").read_text(encoding="utf-8-sig")))
    assert row["titulo"] == "'" + record["titulo"] and row["categoria_otra"] == "'@SUM(1+1)"
    assert row["oficinas"].startswith("'+56 9 1234")
    assert row["enero"] in ("0", "1"), "numbers are left alone"

    assert extractor(["export", "records", "-o", "t.xlsx"], tmp_path).returncode == 0
    with zipfile.ZipFile(tmp_path / "t.xlsx") as book:
        sheets = [book.read(n).decode("utf-8") for n in book.namelist() if n.startswith("xl/worksheets/")]
    assert sheets and not any("<f>" in sheet for sheet in sheets), "no cell is a formula"
    from openpyxl import load_workbook

    cell = load_workbook(tmp_path / "t.xlsx")["fichas"]["B2"]
    assert (cell.value, cell.data_type) == (record["titulo"], "s")


# --- 8. golden review ---------------------------------------------------------------------


@pytest.fixture
def golden_tree(tmp_path) -> tuple[Path, Path]:
    """(a golden folder with one pending change, a raw folder with its documents)."""
    golden, raw = tmp_path / "golden", tmp_path / "raw"
    shutil.copytree(GOLDEN / "transcripciones", golden / "transcripciones")
    for document in (RAW / "transcripciones").glob("*.docx"):
        put(document, raw / "transcripciones" / document.name)
    first = record_files(golden)[0]
    record = json.loads(first.read_text(encoding="utf-8"))
    record["titulo"] = "Un título nuevo"
    first.with_name(first.stem + ".pending.json").write_text(
        json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return golden, raw


def test_golden_review_takes_single_keys_on_a_terminal(golden_tree, tmp_path):
    golden, raw = golden_tree
    review = Terminal(["golden", "review", str(golden), "--raw", str(raw)], tmp_path)
    review.expect("[q]uit ? ")
    review.send("a")  # no Enter
    assert review.finish() == 0
    assert "1 accepted, 0 rejected, 0 skipped" in review.text
    assert json.loads(record_files(golden)[0].read_text(encoding="utf-8"))["titulo"] == "Un título nuevo"


def test_ctrl_c_in_golden_review_ends_it_without_a_traceback(golden_tree, tmp_path):
    golden, raw = golden_tree
    review = Terminal(["golden", "review", str(golden), "--raw", str(raw)], tmp_path)
    review.expect("[q]uit ? ")
    review.send("\x03")
    assert review.finish() == 130
    assert "Traceback" not in review.text and "interrupted" in review.text
    assert list(golden.rglob("*.pending.json")), "nothing was decided"


def test_a_new_golden_file_is_shown_whole_before_it_is_accepted(golden_tree, tmp_path):
    golden, raw = golden_tree
    first = record_files(golden)[0]
    first.unlink()  # the pending file is now a new golden file
    review = Terminal(["golden", "review", str(golden), "--raw", str(raw)], tmp_path)
    review.expect("[q]uit ? ")
    pending = first.with_name(first.stem + ".pending.json").read_text(encoding="utf-8")
    shown = review.text.replace("\r\n", "\n")
    assert all(line in shown for line in pending.splitlines()), "every line of the new file is shown"
    review.send("r")
    assert review.finish() == 0


def test_golden_review_offers_to_delete_a_golden_folder_whose_document_left_raw(golden_tree, tmp_path):
    golden, raw = golden_tree
    gone = raw / "transcripciones" / "Transcripción 07 - Arica.docx"
    gone.unlink()
    review = Terminal(["golden", "review", str(golden), "--raw", str(raw)], tmp_path)
    review.expect("[q]uit ? ")
    review.send("s")
    review.expect("[d]elete  [k]eep ? ")
    assert "Transcripción 07 - Arica: golden files of a document no longer in" in review.text
    review.send("d")
    assert review.finish() == 0
    assert not (golden / "transcripciones" / "Transcripción 07 - Arica").exists()
    assert (golden / "transcripciones" / "Transcripción 01 - Puente Alto").is_dir()


def test_every_golden_folder_has_its_document_in_raw():
    from extractor.review.golden import orphan_folders

    assert orphan_folders(GOLDEN, RAW) == [], "a golden folder whose document left raw/: `extractor golden review`"
