"""Pending golden files: written beside a failing golden file, reviewed with `extractor golden review`."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.review.golden import clear_pending, golden_path, pending_path, write_pending

from . import test_golden
from .conftest import GOLDEN, RAW, ROOT, reference_golden
from .review_helpers import load, record_files, save

ARICA = RAW / "transcripciones" / "Transcripción 07 - Arica.docx"


def golden_copy(tmp_path: Path) -> Path:
    root = tmp_path / "golden"
    shutil.copytree(reference_golden(), root)
    return root


def make_pending(golden: Path, edit) -> Path:
    record = load(golden)
    edit(record)
    pending = pending_path(golden)
    save(pending, record)
    return pending


def set_title(record: dict, title: str = "Un título nuevo") -> None:
    record["titulo"] = title


def review_process(args: list[str], answers: str) -> subprocess.CompletedProcess:
    """`extractor golden review ARGS` in a child process, `answers` piped to its standard input."""
    environ = {k: v for k, v in os.environ.items() if k != "CI"}
    return subprocess.run(
        [sys.executable, "-m", "extractor.cli", "golden", "review", *args],
        input=answers,
        capture_output=True,
        text=True,
        env=environ,
        cwd=ROOT,
        timeout=60,
    )


@pytest.fixture
def review(monkeypatch, capsys):
    """`review(args, answers)`: the command in this process, `answers` as its standard input, outside CI."""
    monkeypatch.delenv("CI", raising=False)

    def run(args: list[str], answers: str = "") -> subprocess.CompletedProcess:
        monkeypatch.setattr(sys, "stdin", io.StringIO(answers))
        code = main(["golden", "review", *args])
        captured = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, captured.out, captured.err)

    return run


@pytest.fixture
def three_pending(tmp_path):
    root = golden_copy(tmp_path)
    goldens = record_files(root)[:3]
    for golden in goldens:
        make_pending(golden, set_title)
    return root, goldens


def test_pending_files_sit_beside_their_golden_file():
    golden = GOLDEN / "x" / "san-joaquin--festival-multicultural.json"
    assert pending_path(golden).name == "san-joaquin--festival-multicultural.pending.json"
    assert golden_path(pending_path(golden)) == golden


def test_a_failing_golden_test_writes_the_new_output_as_pending(tmp_path, raw_records, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    root = golden_copy(tmp_path)
    monkeypatch.setattr(test_golden, "GOLDEN", root)
    folder = root / ARICA.relative_to(RAW).with_suffix("")
    (golden,) = folder.glob("*.json")
    expected = golden.read_text(encoding="utf-8")
    record = json.loads(expected)
    record["categorias"] = []
    golden.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(AssertionError, match=r"categorias.*extractor golden review"):
        test_golden.test_records_match_golden(ARICA, raw_records)
    assert pending_path(golden).read_text(encoding="utf-8") == expected  # the record as the run writes it
    golden.write_text(expected, encoding="utf-8")
    test_golden.test_records_match_golden(ARICA, raw_records)
    assert not pending_path(golden).exists(), "a passing record clears its stale pending file"


def test_ci_writes_no_pending_file_and_keeps_existing_ones(tmp_path, monkeypatch):
    golden = tmp_path / "a.json"
    monkeypatch.setenv("CI", "true")
    assert write_pending(golden, "{}") is None and not pending_path(golden).exists()
    pending_path(golden).write_text("{}", encoding="utf-8")
    clear_pending(golden)
    assert pending_path(golden).exists()


def test_review_accepts_rejects_and_skips_as_answered(three_pending):
    root, (first, second, third) = three_pending
    second_before = second.read_text(encoding="utf-8")
    third_pending = pending_path(third).read_text(encoding="utf-8")
    result = review_process([str(root)], answers="a\nmaybe\nr\ns\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("titulo: ") == 3 and '→ "Un título nuevo"' in result.stdout
    assert "answer one of" in result.stdout  # "maybe" asked again
    assert "1 accepted, 1 rejected, 1 skipped" in result.stdout
    assert load(first)["titulo"] == "Un título nuevo" and not pending_path(first).exists()
    assert second.read_text(encoding="utf-8") == second_before and not pending_path(second).exists()
    assert pending_path(third).read_text(encoding="utf-8") == third_pending


def test_accept_all_from_the_prompt_and_end_of_input(three_pending, review):
    root, (first, _second, third) = three_pending
    result = review([str(root)], answers="s\nA\n")
    assert "0 rejected" in result.stdout and "2 accepted, 0 rejected, 1 skipped" in result.stdout
    assert pending_path(first).exists() and not pending_path(third).exists()
    result = review([str(root)], answers="")  # end of input: the rest is skipped
    assert "0 accepted, 0 rejected, 1 skipped" in result.stdout and pending_path(first).exists()


@pytest.mark.parametrize("flag", ["--accept-all", "--reject-all"])
def test_non_interactive_flags(three_pending, flag, review):
    root, goldens = three_pending
    result = review([str(root), flag])
    assert result.returncode == 0 and "?" not in result.stdout
    assert not any(pending_path(g).exists() for g in goldens)
    titles = {load(g)["titulo"] for g in goldens}
    assert titles == {"Un título nuevo"} if flag == "--accept-all" else "Un título nuevo" not in titles


def test_a_pending_file_for_a_new_ficha_becomes_its_golden_file(tmp_path, review):
    root = golden_copy(tmp_path)
    golden = record_files(root)[0]
    pending = make_pending(golden, set_title)
    golden.unlink()
    result = review([str(root)], answers="a\n")
    assert "a new golden file" in result.stdout and "added" in result.stdout
    assert load(golden)["titulo"] == "Un título nuevo" and not pending.exists()


def test_an_order_only_change_says_so(tmp_path, review):
    root = golden_copy(tmp_path)
    golden = next(g for g in record_files(root) if len(load(g)["oficinas"]) > 1)
    make_pending(golden, lambda r: r["oficinas"].reverse())
    result = review([str(root)], answers="r\n")
    assert "differ only in the order of list items" in result.stdout


def test_review_is_refused_under_ci(three_pending, review, monkeypatch):
    root, goldens = three_pending
    monkeypatch.setenv("CI", "1")
    result = review([str(root), "--accept-all"])
    assert result.returncode == 2 and "CI" in result.stderr
    assert all(pending_path(g).exists() for g in goldens)


def test_nothing_pending(tmp_path, review):
    result = review([str(golden_copy(tmp_path))])
    assert result.returncode == 0 and "no pending golden files" in result.stdout


def test_the_review_loop_in_a_terminal(three_pending):
    """Driven through a pseudo-terminal: the prompt is answered key by key, the diff is coloured."""
    root, (first, _second, third) = three_pending
    output = run_in_terminal(
        [sys.executable, "-m", "extractor.cli", "golden", "review", str(root)], answers=["a", "r", "R"]
    )
    assert "\033[" in output and output.count("[a]ccept") == 3
    assert "1 accepted, 2 rejected, 0 skipped" in output
    assert load(first)["titulo"] == "Un título nuevo" and load(third)["titulo"] != "Un título nuevo"


def run_in_terminal(command: list[str], answers: list[str], timeout: float = 60) -> str:
    """Run `command` on a pseudo-terminal; type the next answer each time the prompt shows."""
    controller, terminal = pty.openpty()
    environ = {k: v for k, v in os.environ.items() if k not in ("CI", "NO_COLOR")} | {"TERM": "xterm"}
    child = subprocess.Popen(command, stdin=terminal, stdout=terminal, stderr=terminal, cwd=ROOT, env=environ)
    os.close(terminal)
    output, pending_answers = b"", list(answers)
    try:
        while True:
            ready, _, _ = select.select([controller], [], [], timeout)
            if not ready:
                raise AssertionError(f"no output for {timeout}s:\n{output.decode(errors='replace')}")
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if output.endswith(b"? ") and pending_answers:
                os.write(controller, (pending_answers.pop(0) + "\n").encode())
    finally:
        os.close(controller)
        child.wait(timeout=timeout)
    return output.decode("utf-8", errors="replace")
