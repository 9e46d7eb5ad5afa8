"""What the browser tests do without Chromium: skipped with a reason that says how to install it, failed under CI.

The finder itself (conftest.find_chromium, chromium_or_skip) with PATH pointing at folders that do or do not hold a
`chromium`, then the real browser tests in a child pytest whose PATH holds no browser. None of these needs one.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, chromium_or_skip, find_chromium

INSTALL_HINT = "apt-get install chromium"
BROWSER_TEST_FILES = [p for p in (ROOT / "tests").glob("test_*browser*.py") if p.name != Path(__file__).name]


def fake_command(folder: Path, name: str) -> Path:
    folder.mkdir(exist_ok=True)
    command = folder / name
    command.write_text("#!/bin/sh\nexit 0\n")
    command.chmod(0o755)
    return command


def outcome() -> tuple[str, str]:
    """("found", path), ("skipped", reason) or ("failed", message): what chromium_or_skip did, caught, so that a
    wrong outcome fails this test rather than skipping it."""
    try:
        return "found", chromium_or_skip()
    except pytest.skip.Exception as skipped:
        return "skipped", str(skipped)
    except pytest.fail.Exception as failed:
        return "failed", str(failed)


@pytest.fixture
def no_browser_on_path(tmp_path, monkeypatch) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("CI", raising=False)


@pytest.mark.parametrize("name", ["chromium", "chromium-browser"])
def test_chromium_is_found_on_path_under_either_name(name, tmp_path, monkeypatch):
    command = fake_command(tmp_path / "bin", name)
    monkeypatch.setenv("PATH", f"{tmp_path / 'empty'}{os.pathsep}{command.parent}")
    assert find_chromium() == str(command)
    assert outcome() == ("found", str(command))


def test_a_file_named_chromium_that_is_not_executable_is_not_a_browser(tmp_path, monkeypatch):
    fake_command(tmp_path / "bin", "chromium").chmod(0o644)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert find_chromium() is None


def test_without_chromium_the_test_is_skipped_saying_how_to_install_it(no_browser_on_path):
    kind, reason = outcome()
    assert kind == "skipped" and INSTALL_HINT in reason


@pytest.mark.parametrize("value", ["true", "1"])
def test_under_ci_a_missing_chromium_is_a_failure(value, no_browser_on_path, monkeypatch):
    monkeypatch.setenv("CI", value)
    kind, message = outcome()
    assert kind == "failed" and "Under CI a missing browser is a failure" in message and INSTALL_HINT in message


@pytest.mark.parametrize("value", ["", "false", "0"])
def test_ci_set_to_false_still_skips(value, no_browser_on_path, monkeypatch):
    monkeypatch.setenv("CI", value)
    assert outcome()[0] == "skipped"


def run_browser_tests(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess:
    """The tests marked `browser` of the browser test files, in a child pytest whose PATH is an empty folder."""
    empty = tmp_path / "empty"
    empty.mkdir(exist_ok=True)
    environ = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS")} | {"PATH": str(empty)}
    if ci is not None:
        environ["CI"] = ci
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-m",
            "browser",
            *map(str, BROWSER_TEST_FILES),
        ],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
    )


def summary_counts(output: str) -> dict[str, int]:
    last = output.strip().splitlines()[-1]
    return {word: int(n) for n, word in re.findall(r"(\d+) (\w+)", last)}


@pytest.mark.slow  # two child pytest runs
def test_the_browser_tests_skip_without_chromium_and_fail_under_ci(tmp_path):
    skipped = run_browser_tests(tmp_path, ci=None)
    counts = summary_counts(skipped.stdout)
    assert skipped.returncode == 0, skipped.stdout[-3000:]
    assert set(counts) == {"skipped"}, skipped.stdout[-3000:]  # none deselected: every test there is marked
    # -ra prints each skip's reason: each browser test file is skipped, saying how to install chromium
    reasons = re.findall(r"^SKIPPED \[\d+\] tests/(\S+?):\d+: (.*)$", skipped.stdout, re.M)
    assert {name for name, _ in reasons} == {p.name for p in BROWSER_TEST_FILES}
    assert all(INSTALL_HINT in reason for _, reason in reasons)

    failed = run_browser_tests(tmp_path, ci="true")
    counts = summary_counts(failed.stdout)
    assert failed.returncode == 1, failed.stdout[-3000:]
    assert counts.get("error", 0) + counts.get("errors", 0) == summary_counts(skipped.stdout)["skipped"]
    assert "Under CI a missing browser is a failure" in failed.stdout
