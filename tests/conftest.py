"""Shared fixtures: the real documents in raw/ and one extraction of them per session; headless Chromium for the
browser tests."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

import pytest

from extractor.pipeline import extract_document
from extractor.review.golden import in_ci

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
GOLDEN = ROOT / "tests" / "golden"
PEERS = ROOT / "tests" / "data" / "peers"

CHROMIUM_COMMANDS = ("chromium", "chromium-browser")  # Debian's package, and the name some others use
CHROMIUM_MISSING = (
    "chromium is not on PATH: the browser tests need Debian's chromium "
    "(install it with `sudo apt-get install chromium`; `make test-fast` leaves these tests out)"
)
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
)

# Other renderings of the same seven fichas (another design of the 2023
# publication, LibreOffice exports of the transcripts, a re-typed transcript), paths
# relative to raw/. The tests written for the first corpus (one publication and its
# seven transcripts: the *reference* corpus) count its fichas and pair its sources;
# they use `reference_records` and `reference_golden()`. test_golden.py checks all.
OTHER_RENDERINGS = frozenset(
    {
        "publicaciones/fichas-buenas-practicas-municipales-2023-version-digital.pdf",
        "transcripciones/Transcripción 06 - Quinta Normal (revisada).docx",
        "transcripciones-pdf/Transcripción 01 - Puente Alto.pdf",
        "transcripciones-pdf/Transcripción 03 - Recoleta.pdf",
        "transcripciones-pdf/Transcripción 05 - San Joaquín.pdf",
        "transcripciones-pdf/Transcripción 06 - Quinta Normal.pdf",
        "transcripciones-pdf/Transcripción 06 - Quinta Normal (revisada).pdf",
        "transcripciones-pdf/Transcripción 07 - Arica.pdf",
    }
)


def raw_documents() -> list[Path]:
    return sorted(p for p in RAW.rglob("*") if p.suffix.lower() in (".pdf", ".docx"))


def in_reference_corpus(doc: Path) -> bool:
    return doc.relative_to(RAW).as_posix() not in OTHER_RENDERINGS


@cache
def reference_golden() -> Path:
    """A copy of tests/golden/ holding the golden files of the reference corpus alone (removed at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="reference-golden-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    skip = {Path(doc).with_suffix("").as_posix() for doc in OTHER_RENDERINGS}
    for path in GOLDEN.rglob("*.json"):
        relative = path.relative_to(GOLDEN)
        if relative.parent.as_posix() not in skip and not path.name.endswith(".pending.json"):
            (folder / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, folder / relative)
    return folder


def reference_raw(folder: Path) -> Path:
    """`folder` holding raw/ with the reference corpus alone (copied), so a run from `folder` names
    its sources raw/… and writes the record folders of tests/golden/; returns `folder`."""
    for doc in raw_documents():
        if in_reference_corpus(doc):
            (folder / "raw" / doc.relative_to(RAW)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(doc, folder / "raw" / doc.relative_to(RAW))
    return folder


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
            pytest.fail(
                f"{CHROMIUM_MISSING}. Under CI a missing browser is a failure (.ci/run installs it).", pytrace=False
            )
        pytest.skip(CHROMIUM_MISSING)
    return found


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of headless Chromium; see `chromium_or_skip`. Every test that uses it is marked `browser`."""
    return chromium_or_skip()


def run_chromium(browser: str, args: list[str], profile: Path) -> subprocess.CompletedProcess:
    """One headless Chromium run with a profile folder of its own (so runs can go in parallel); 120 s at most."""
    return subprocess.run(
        [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=120
    )


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "chromium" in fixtures:
            item.add_marker(pytest.mark.browser)
        if "raw_records" in fixtures:  # reads every document of raw/ (seconds, once per session)
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def reference_records(raw_records) -> dict[Path, list]:
    """`raw_records` of the reference corpus: the 2023 publication and its seven transcripts."""
    return {doc: fichas for doc, fichas in raw_records.items() if in_reference_corpus(doc)}
