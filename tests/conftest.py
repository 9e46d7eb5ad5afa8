"""Shared fixtures: the real documents in raw/ and one extraction of them per session."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

import pytest

from extractor.pipeline import extract_document

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
GOLDEN = ROOT / "tests" / "golden"
PEERS = ROOT / "tests" / "data" / "peers"

# Issue 15: other renderings of the same seven fichas (another design of the 2023
# publication, LibreOffice exports of the transcripts, a re-typed transcript), paths
# relative to raw/. The tests written for the first corpus (one publication and its
# seven transcripts: the *reference* corpus) count its fichas and pair its sources;
# they use `reference_records` and `reference_golden()`. test_golden.py checks all.
ISSUE_15_DOCUMENTS = frozenset({
    "publicaciones/fichas-buenas-practicas-municipales-2023-version-digital.pdf",
    "transcripciones/Transcripción 06 - Quinta Normal (revisada).docx",
    "transcripciones-pdf/Transcripción 01 - Puente Alto.pdf",
    "transcripciones-pdf/Transcripción 03 - Recoleta.pdf",
    "transcripciones-pdf/Transcripción 05 - San Joaquín.pdf",
    "transcripciones-pdf/Transcripción 06 - Quinta Normal.pdf",
    "transcripciones-pdf/Transcripción 06 - Quinta Normal (revisada).pdf",
    "transcripciones-pdf/Transcripción 07 - Arica.pdf",
})


def raw_documents() -> list[Path]:
    return sorted(p for p in RAW.rglob("*") if p.suffix.lower() in (".pdf", ".docx"))


def in_reference_corpus(doc: Path) -> bool:
    return doc.relative_to(RAW).as_posix() not in ISSUE_15_DOCUMENTS


@cache
def reference_golden() -> Path:
    """A copy of tests/golden/ holding the golden files of the reference corpus alone (removed at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="reference-golden-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    skip = {Path(doc).with_suffix("").as_posix() for doc in ISSUE_15_DOCUMENTS}
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


@pytest.fixture(scope="session")
def reference_records(raw_records) -> dict[Path, list]:
    """`raw_records` of the reference corpus: the 2023 publication and its seven transcripts."""
    return {doc: fichas for doc, fichas in raw_records.items() if in_reference_corpus(doc)}
