"""Issue 24, edges a reviewer and an analyst meet on a fresh clone: one run per output folder (a lock),
no output among the input documents, one contract-checked loader for diff / crosscheck / export,
changed-first report tables, and small wording points. Each test drives the installed `extractor`
in a subprocess, as a user would."""

from __future__ import annotations

import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path

import openpyxl
import pytest

from extractor.batch.record_files import record_files

from .cli_process import EXTRACTOR, Terminal, environment, extractor, one_line_error, report_of
from .conftest import GOLDEN, RAW

pytestmark = pytest.mark.slow  # every test here drives the installed command in subprocesses

TRANSCRIPTS = RAW / "transcripciones"
ARICA = TRANSCRIPTS / "Transcripción 07 - Arica.docx"
PUENTE_ALTO = TRANSCRIPTS / "Transcripción 01 - Puente Alto.docx"
LOCK = ".extractor-lock"


def put(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)
    return target


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def save(path: Path, record: dict) -> None:
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")


def golden_copy(tmp_path: Path, name: str = "old") -> Path:
    """The golden transcript records (8 valid records) in a folder of their own."""
    folder = tmp_path / name
    shutil.copytree(GOLDEN / "transcripciones", folder)
    return folder


def hold_lock(out: Path) -> int:
    """Take OUT's run lock from this process, as a run would (its pid in the file); the descriptor."""
    out.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(out / LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.ftruncate(descriptor, 0)
    os.write(descriptor, f"{os.getpid()}\n".encode())
    return descriptor


# --- 1. one run at a time per output folder ------------------------------------------------


def test_a_second_run_with_no_wait_exits_2_naming_the_holder(tmp_path):
    put(ARICA, tmp_path / "docs" / "a.docx")
    descriptor = hold_lock(tmp_path / "o")
    try:
        result = extractor(["run", "docs", "-o", "o", "--no-wait"], tmp_path)
    finally:
        os.close(descriptor)
    assert result.returncode == 2
    line = one_line_error(result)
    assert f"o is in use by another extractor run (pid {os.getpid()})" in line
    assert record_files(tmp_path / "o") == [] and not (tmp_path / "o" / ".extractor-report.json").exists()


def test_a_second_run_waits_saying_so_then_runs(tmp_path):
    put(ARICA, tmp_path / "docs" / "a.docx")
    descriptor = hold_lock(tmp_path / "o")
    process = subprocess.Popen(
        [str(EXTRACTOR), "run", "docs", "-o", "o", "-q"],
        cwd=tmp_path,
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert select.select([process.stderr], [], [], 60)[0], "the waiting run says why it waits"
        waiting = process.stderr.readline()
        assert f"in use by another extractor run (pid {os.getpid()}); waiting" in waiting
        time.sleep(0.5)
        assert process.poll() is None and record_files(tmp_path / "o") == [], "nothing written while it waits"
    finally:
        os.close(descriptor)  # the holder ends
    assert process.wait(timeout=120) == 0, process.stderr.read()
    assert len(record_files(tmp_path / "o")) == 1
    assert (tmp_path / "o" / LOCK).read_text() == "", "an ended run's pid is cleared from the lock file"


def test_ctrl_c_while_waiting_stops_cleanly_having_written_nothing(tmp_path):
    put(ARICA, tmp_path / "docs" / "a.docx")
    descriptor = hold_lock(tmp_path / "o")
    try:
        run = Terminal(["run", "docs", "-o", "o"], tmp_path)
        run.expect("waiting for it to end")
        run.send("\x03")
        assert run.finish() == 130
    finally:
        os.close(descriptor)
    assert "interrupted while waiting for o; nothing was read or written" in run.text and "Traceback" not in run.text
    assert record_files(tmp_path / "o") == [] and not (tmp_path / "o" / ".extractor-report.json").exists()


def test_two_runs_at_once_leave_one_cache_and_one_report_that_agree(tmp_path):
    for source in sorted(TRANSCRIPTS.glob("*.docx"))[:4]:
        put(source, tmp_path / "docs" / source.name)
    runs = [
        subprocess.Popen(
            [str(EXTRACTOR), "run", "docs", "-o", "o", "-q", "--force"],
            cwd=tmp_path,
            env=environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    assert [run.wait(timeout=300) for run in runs] == [0, 0]
    again = extractor(["run", "docs", "-o", "o"], tmp_path)
    assert again.returncode == 0 and again.stdout.startswith("0 documents read"), again.stdout
    assert report_of(tmp_path / "o")["summary"]["unchanged"] == 4, "the next run re-reads nothing"


# --- 2. no output among the input documents ------------------------------------------------


def test_output_equal_to_an_input_is_refused(tmp_path):
    put(ARICA, tmp_path / "raw" / "a.docx")
    result = extractor(["run", "raw", "-o", "raw"], tmp_path)
    assert result.returncode == 2 and "the output folder raw is the input raw" in one_line_error(result)
    assert record_files(tmp_path / "raw") == [] and sorted(os.listdir(tmp_path / "raw")) == ["a.docx"]


def test_the_default_output_inside_an_input_is_refused(tmp_path):
    put(ARICA, tmp_path / "a.docx")
    result = extractor(["run", "."], tmp_path)
    assert result.returncode == 2 and "structured is inside the input ." in one_line_error(result)
    assert not (tmp_path / "structured").exists()


def test_an_explicit_output_inside_an_input_holding_documents_is_refused(tmp_path):
    put(ARICA, tmp_path / "raw" / "a.docx")
    put(PUENTE_ALTO, tmp_path / "raw" / "out" / "b.docx")
    result = extractor(["run", "raw", "-o", "raw/out"], tmp_path)
    assert result.returncode == 2
    assert "holds files that are not extractor output (raw/out/b.docx)" in one_line_error(result)


def test_an_explicit_output_of_its_own_inside_an_input_is_never_walked(tmp_path):
    put(ARICA, tmp_path / "raw" / "a.docx")
    for _ in range(2):
        result = extractor(["run", "raw", "-o", "raw/out"], tmp_path)
        assert result.returncode == 0, result.stderr
    assert [d["file"] for d in report_of(tmp_path / "raw" / "out")["documents"]] == ["raw/a.docx"]
    assert len(record_files(tmp_path / "raw" / "out")) == 1


# --- 3. one loader that checks the contract --------------------------------------------------


@pytest.mark.parametrize(
    "edit, field",
    [
        (lambda r: r.update(categorias=["foo"]), "categorias.0"),
        (lambda r: r["fechas_implementacion"].update(meses=[1, 13]), "fechas_implementacion.meses.1"),
        (lambda r: r.update(categorias=list(reversed(r["categorias"]))), "categorias"),
    ],
)
def test_diff_crosscheck_and_export_name_a_record_that_breaks_the_contract(tmp_path, edit, field):
    golden_copy(tmp_path, "old")
    new = golden_copy(tmp_path, "new")
    path = next(p for p in record_files(new) if len(load(p)["categorias"]) > 1)
    record = load(path)
    edit(record)
    save(path, record)
    diff = extractor(["diff", "old", "new", "--format", "md"], tmp_path)
    assert diff.returncode == 2, diff.stderr
    assert f"{path.relative_to(tmp_path)}: {field}:" in one_line_error(diff)
    assert "**Invalid records**" in diff.stdout and "1 invalid record" in diff.stdout
    cross = extractor(["crosscheck", "new", "--format", "json"], tmp_path)
    assert cross.returncode == 2 and json.loads(cross.stdout)["invalid_records"][0]["field"] == field
    export = extractor(["export", "new", "--format", "csv"], tmp_path)
    assert export.returncode == 1 and f"{path.relative_to(tmp_path)}: {field}:" in export.stderr
    assert extractor(["diff", "old", "old"], tmp_path).returncode == 0, "valid records: no complaint"


# --- 4. changed first ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt, row", [("md", "\n| "), ("html", '<tr class="status-')])
def test_report_tables_list_what_changed_and_count_the_rest(tmp_path, fmt, row):
    golden_copy(tmp_path, "old")
    new = golden_copy(tmp_path, "new")
    path = record_files(new)[-1]
    record = load(path)
    record["titulo"] = record["titulo"] + " (editado)"
    save(path, record)
    report = extractor(["diff", "old", "new", "--format", fmt], tmp_path)
    assert report.returncode == 1
    rows = report.stdout.count(row) - (1 if fmt == "md" else 0)  # md: the header row
    assert rows == 1 and record["id"] in report.stdout
    assert "7 unchanged fichas not listed (--all lists them)" in report.stdout
    every = extractor(["diff", "old", "new", "--format", fmt, "--all"], tmp_path)
    assert every.stdout.count(row) - (1 if fmt == "md" else 0) == 8 and "not listed" not in every.stdout
    listed = every.stdout.index(record["id"]) < min(every.stdout.index(load(p)["id"]) for p in record_files(new)[:-1])
    assert listed, "the changed ficha comes first"


# --- 5. export's paths -------------------------------------------------------------------------


def test_export_takes_one_record_file_and_names_a_missing_path_first(tmp_path):
    record = record_files(golden_copy(tmp_path))[0]
    one = extractor(["export", str(record.relative_to(tmp_path)), "--format", "jsonl"], tmp_path)
    assert one.returncode == 0 and len(one.stdout.splitlines()) == 1, one.stderr
    missing = extractor(["export", "/nope"], tmp_path)
    assert missing.returncode == 2 and "no such folder or record file: /nope" in missing.stderr
    assert "--format" not in missing.stderr.splitlines()[-1]


# --- 6. small points ---------------------------------------------------------------------------


def test_crosscheck_counts_pairs_over_fichas(tmp_path):
    result = extractor(["crosscheck", str(GOLDEN)], tmp_path)
    summary = result.stdout.splitlines()[1]
    assert result.returncode == 0 and "agree (21 pairs over 7 fichas)" in summary, summary


def test_run_summary_says_one_document(tmp_path):
    put(ARICA, tmp_path / "docs" / "a.docx")
    result = extractor(["run", "docs", "-o", "o"], tmp_path)
    assert result.stdout.startswith("1 document read, 1 ficha written, 0 need review, 0 documents failed")


def test_diff_against_names_its_sides_and_leaves_no_temporary_folder(tmp_path):
    put(ARICA, tmp_path / "docs" / "a.docx")
    assert extractor(["run", "docs", "-o", "before"], tmp_path).returncode == 0
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    result = extractor(["run", "docs", "--diff-against", "before"], tmp_path, TMPDIR=str(scratch))
    assert result.returncode == 0, result.stderr
    assert "committed" not in result.stdout and "old: before" in result.stdout
    assert list(scratch.iterdir()) == [], "the temporary folder is removed"
    assert "extractor-review-" not in result.stderr + result.stdout, result.stderr + result.stdout
    assert "new (this run, not kept)" in result.stdout
    assert ".extractor-report.json" not in result.stderr
    assert "new records compared with before/, not kept (--out DIR keeps them)" in result.stderr
    kept = extractor(["run", "docs", "--diff-against", "before", "-o", "after"], tmp_path)
    assert kept.returncode == 0 and len(record_files(tmp_path / "after")) == 1, "--out keeps the new records"
    assert "records in after/, run report in after/.extractor-report.json" in kept.stderr, kept.stderr


@pytest.mark.parametrize("command", ["export", "inspect", "schema"])
def test_help_has_a_description(tmp_path, command):
    result = extractor([command, "--help"], tmp_path)
    paragraphs = result.stdout.split("\n\n")
    assert result.returncode == 0 and not paragraphs[1].lstrip().startswith(("positional", "options")), result.stdout


def test_xlsx_header_row_fits_the_upright_flag_headers(tmp_path):
    golden_copy(tmp_path, "records")
    assert extractor(["export", "records", "-o", "f.xlsx"], tmp_path).returncode == 0
    sheet = openpyxl.load_workbook(tmp_path / "f.xlsx")["fichas"]
    upright = [c.value for c in sheet[1] if c.alignment.text_rotation == 90]
    assert upright and sheet.row_dimensions[1].height >= 6 * max(map(len, upright))


def test_golden_review_says_an_orphan_folder_is_kept(tmp_path):
    (tmp_path / "golden" / "gone").mkdir(parents=True)
    (tmp_path / "golden" / "gone" / "x.json").write_text("{}", encoding="utf-8")
    (tmp_path / "raw").mkdir()
    result = extractor(["golden", "review", "golden", "--raw", "raw"], tmp_path, stdin="k\n")
    assert result.returncode == 0 and result.stdout.rstrip().endswith("kept: golden/gone"), result.stdout
    assert (tmp_path / "golden" / "gone" / "x.json").exists()
