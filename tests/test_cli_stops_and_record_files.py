"""How a run stops and what counts as a record file: a run ended by SIGTERM or SIGKILL leaves no worker
behind and SIGTERM stops it like Ctrl-C, the lock file keeps no ended run's pid, hidden folders are not
inputs, unreadable record files are counted as such (diff, crosscheck), exports carry a trace of the
records left out, and the export help's wording. Each test drives the installed `extractor` in a
subprocess, as a user would."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from extractor.batch.record_files import record_files

from .cli_process import EXTRACTOR, environment, extractor, report_of
from .conftest import GOLDEN, RAW

pytestmark = pytest.mark.slow  # every test here drives the installed command in subprocesses

PUBLICATION = RAW / "publicaciones" / "fichas-buenas-practicas-municipales-2023.pdf"
TRANSCRIPTS = RAW / "transcripciones"
ARICA = TRANSCRIPTS / "Transcripción 07 - Arica.docx"


def put(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)
    return target


def _stat(pid: int) -> tuple[int, str, str] | None:
    """(parent pid, state, start time) of a process from /proc, None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[1]), fields[0], fields[19]


def children_of(parent: int) -> dict[int, str]:
    """The live child processes of `parent`: {pid: start time}."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None and stat[0] == parent and stat[1] != "Z":
                found[int(entry.name)] = stat[2]
    return found


def alive(processes: dict[int, str]) -> list[int]:
    """Those of `processes` still running (not gone, not a zombie, not a new process with a reused pid)."""
    return [
        pid
        for pid, started in processes.items()
        if (stat := _stat(pid)) is not None and stat[1] != "Z" and stat[2] == started
    ]


def start_run_with_workers(tmp_path: Path) -> tuple[subprocess.Popen, dict[int, str]]:
    """A run over several documents (a long PDF read in parts on 2 workers) and its workers once started."""
    for n in range(3):
        put(PUBLICATION, tmp_path / "docs" / f"p{n}.pdf")
    process = subprocess.Popen(
        [str(EXTRACTOR), "run", "docs", "-o", "o", "-j", "2", "--quiet"],
        cwd=tmp_path,
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not (workers := children_of(process.pid)):
        assert process.poll() is None and time.monotonic() < deadline, "no worker started"
        time.sleep(0.05)
    time.sleep(0.3)
    return process, workers | children_of(process.pid)


def gone_within(workers: dict[int, str], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := alive(workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def stop_left(workers: dict[int, str]) -> list[int]:
    """The workers still running a few seconds on (then killed, so a failing test leaves none behind)."""
    left = gone_within(workers, 5)
    for pid in left:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    return left


@pytest.mark.parametrize("kill", [signal.SIGTERM, signal.SIGKILL])
def test_a_run_killed_leaves_no_worker_running(tmp_path, kill):
    process, workers = start_run_with_workers(tmp_path)
    process.send_signal(kill)
    process.wait(timeout=30)
    left = stop_left(workers)
    assert left == [], f"workers {left} outlived their run (killed by {kill.name})"


def test_sigterm_stops_a_run_like_ctrl_c(tmp_path):
    process, workers = start_run_with_workers(tmp_path)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 143
    stderr = process.stderr.read() if process.stderr else ""
    assert "terminated (SIGTERM)" in stderr and "Traceback" not in stderr, stderr
    report = report_of(tmp_path / "o")
    assert report["complete"] is False and report["summary"]["unread"] >= 1, report["summary"]
    assert (tmp_path / "o" / ".extractor-lock").read_text() == "", "the lock is released, its pid cleared"
    assert stop_left(workers) == []


def test_the_lock_file_is_git_ignored_and_keeps_no_ended_run_pid(tmp_path):
    assert ".extractor-lock" in (Path(__file__).parents[1] / ".gitignore").read_text().split()
    put(ARICA, tmp_path / "docs" / "a.docx")
    assert extractor(["run", "docs", "-o", "o"], tmp_path).returncode == 0
    assert (tmp_path / "o" / ".extractor-lock").read_text() == ""


def test_hidden_folders_and_files_are_not_inputs(tmp_path):
    put(ARICA, tmp_path / "docs" / "a.docx")
    put(ARICA, tmp_path / "docs" / ".venv" / "lib" / "default.docx")  # as pip's python-docx template
    put(ARICA, tmp_path / "docs" / ".hidden.docx")
    result = extractor(["run", "docs", "-o", "o"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert [d["file"] for d in report_of(tmp_path / "o")["documents"]] == ["docs/a.docx"]
    assert "note: skipped docs/.hidden.docx: a hidden file" in result.stderr and ".venv" not in result.stderr
    given = extractor(["run", "docs/.hidden.docx", "-o", "o2"], tmp_path)
    assert given.returncode == 0 and "1 document read" in given.stdout, "a hidden file given as PATH is read"


def truncated_copy(tmp_path: Path, name: str) -> tuple[Path, Path]:
    """The golden records copied to `name`, one of them cut short (not JSON any more); (folder, that file)."""
    folder = tmp_path / name
    shutil.copytree(GOLDEN, folder)
    cut = record_files(folder)[0]
    cut.write_bytes(cut.read_bytes()[:200])
    return folder, cut


def test_diff_counts_an_unreadable_record_file_as_such_not_as_removed(tmp_path):
    shutil.copytree(GOLDEN, tmp_path / "old")
    _, cut = truncated_copy(tmp_path, "new")
    result = extractor(["diff", "old", "new", "--format", "json"], tmp_path)
    out = json.loads(result.stdout)
    assert out["counts"]["removed"] == 0 and out["counts"]["added"] == 0, out["counts"]
    assert out["counts"]["invalid"] == 1 and out["counts"]["unreadable"] == 1
    assert [p["file"] for p in out["invalid_records"]] == [str(cut.relative_to(tmp_path))]
    assert result.returncode != 0 and "not a JSON record" in result.stderr, result.stderr
    text = extractor(["diff", "new", "old"], tmp_path).stdout
    assert "1 invalid record (1 could not be read: not compared)" in text and "added" not in text, text


def test_crosscheck_says_how_many_record_files_could_not_be_read(tmp_path):
    truncated_copy(tmp_path, "records")
    result = extractor(["crosscheck", "records"], tmp_path)
    summary = result.stdout.splitlines()[1]
    assert "1 invalid record (1 could not be read: not compared)" in summary, summary
    assert (
        json.loads(extractor(["crosscheck", "records", "--format", "json"], tmp_path).stdout)["counts"]["unreadable"]
        == 1
    )


@pytest.mark.parametrize("fmt", ["html", "xlsx", "csv", "jsonl"])
def test_an_export_names_the_records_left_out_where_its_format_allows(tmp_path, fmt):
    folder, cut = truncated_copy(tmp_path, "records")
    result = extractor(["export", "records", "-o", f"out.{fmt}"], tmp_path)
    assert result.returncode == 1 and f"error: invalid record, left out: {cut.relative_to(tmp_path)}" in result.stderr
    every = extractor(["export", str(GOLDEN), "-o", f"every.{fmt}"], tmp_path)
    assert every.returncode == 0, every.stderr
    out = tmp_path / f"out.{fmt}"
    if fmt == "html":
        page = out.read_text(encoding="utf-8")
        assert "1 registro inválido omitido" in page and str(cut.relative_to(tmp_path)) in page
        assert "inválido" not in (tmp_path / "every.html").read_text(encoding="utf-8")
    elif fmt == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(out)["omitidos"]
        rows = list(sheet.values)
        assert rows[0] == ("archivo", "problema") and rows[1][0] == str(cut.relative_to(tmp_path)), rows
        assert "not a JSON record" in rows[1][1]
        assert "omitidos" not in openpyxl.load_workbook(tmp_path / "every.xlsx").sheetnames
    else:  # the shape stays: one row / line per exported ficha, the trace is on stderr only
        lines = out.read_bytes().splitlines()
        assert len(lines) == len(record_files(folder)) - 1 + (fmt == "csv")


def test_export_help_says_the_order_and_an_unknown_suffix_is_named(tmp_path):
    help_text = " ".join(extractor(["export", "--help"], tmp_path).stdout.split())
    assert "sorted by comuna, then title, then source file" in help_text and "catalogue order" not in help_text
    result = extractor(["export", str(GOLDEN), "-o", "x.txt"], tmp_path)
    assert result.returncode == 2 and not (tmp_path / "x.txt").exists()
    assert ".txt is not a known suffix (.csv, .xlsx, .jsonl, .html)" in result.stderr, result.stderr
