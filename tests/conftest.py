"""Shared fixtures: the real documents in raw/ and one extraction of them per session; headless Chromium for the
browser tests."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from extractor.pipeline import extract_document
from extractor.review.golden import in_ci

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
GOLDEN = ROOT / "tests" / "golden"
PEERS = ROOT / "tests" / "data" / "peers"

CHROMIUM_COMMANDS = ("chromium", "chromium-browser")  # Debian's package, and the name some others use
CHROMIUM_MISSING = ("chromium is not on PATH: the browser tests need Debian's chromium "
                    "(install it with `sudo apt-get install chromium`; `make test-fast` leaves these tests out)")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-quic")


def raw_documents() -> list[Path]:
    return sorted(p for p in RAW.rglob("*") if p.suffix.lower() in (".pdf", ".docx"))


@pytest.fixture(scope="session")
def raw_records() -> dict[Path, list]:
    """{document: [Ficha, ...]} for every document in raw/, extracted once, from the repo root."""
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        return {doc: extract_document(doc.relative_to(ROOT)).fichas for doc in raw_documents()}
    finally:
        os.chdir(cwd)


def find_chromium() -> str | None:
    """The path of the first of CHROMIUM_COMMANDS found on PATH, else None."""
    return next(filter(None, map(shutil.which, CHROMIUM_COMMANDS)), None)


def chromium_or_skip() -> str:
    """The chromium command's path. Missing: the test is skipped with CHROMIUM_MISSING, which says how to install
    it, except under CI (`extractor.review.golden.in_ci`: CI=true and the like), where it fails instead, since CI
    must check the pages (`.ci/run` installs chromium)."""
    found = find_chromium()
    if found is None:
        if in_ci():
            pytest.fail(f"{CHROMIUM_MISSING}. Under CI a missing browser is a failure (.ci/run installs it).",
                        pytrace=False)
        pytest.skip(CHROMIUM_MISSING)
    return found


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of headless Chromium; see `chromium_or_skip`. Every test that uses it is marked `browser`."""
    return chromium_or_skip()


def run_chromium(browser: str, args: list[str], profile: Path) -> subprocess.CompletedProcess:
    """One headless Chromium run with a profile folder of its own (so runs can go in parallel); 120 s at most."""
    return subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "chromium" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
