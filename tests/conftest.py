"""Shared fixtures: the real documents in raw/ and one extraction of them per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extractor.pipeline import extract_document

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
GOLDEN = ROOT / "tests" / "golden"
PEERS = ROOT / "tests" / "data" / "peers"


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
