"""Fuzzing the readers: mutated bytes of a real PDF and a real DOCX give a clean record or a clean error.

Never a crash, a hang or an exception from the extractor's own code: every
mutant goes through a batch with worker isolation, and the run report must
list each one as read (valid records) or failed with an input error kind.
Mutations are seeded, so a failure reproduces. Bounded: about 30 small
documents, well under a minute.
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject

from extractor.batch import RunOptions, run
from extractor.report import REPORT_FILE
from extractor.workers import WorkerLimits

from . import bad_files as bf

INPUT_KINDS = {"damaged_pdf", "damaged_docx", "no_ficha", "scanned_pdf", "not_pdf", "not_docx", "unsafe_xml",
               "zip_bomb", "empty_file", "encrypted_pdf"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def mutate_bytes(data: bytes, rng: random.Random, keep_tail: int = 0) -> bytes:
    """A few random edits: flipped bytes, a span deleted, a span repeated, random bytes written."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        end = len(out) - keep_tail
        at = rng.randrange(max(end, 1))
        edit = rng.choice(("flip", "delete", "repeat", "noise"))
        span = rng.randint(1, 64)
        if edit == "flip":
            out[at] ^= 1 << rng.randrange(8)
        elif edit == "delete":
            del out[at:min(at + span, end)]
        elif edit == "repeat":
            out[at:at] = out[at:at + span]
        else:
            out[at:at + span] = bytes(rng.randrange(256) for _ in range(span))
    return bytes(out)


def pdf_mutants(folder: Path, rng: random.Random, count: int) -> None:
    """Half with a page's decoded content stream mutated (a well-formed file), half with raw bytes mutated."""
    original = bf.publication_pages(folder / "source.pdf.orig").read_bytes()
    for n in range(count):
        if n % 2:
            (folder / f"raw-{n}.pdf").write_bytes(mutate_bytes(original, rng, keep_tail=64 if n % 4 == 1 else 0))
            continue
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(original)))
        page = writer.pages[rng.randrange(len(writer.pages))]
        stream = DecodedStreamObject()
        stream.set_data(mutate_bytes(page.get_contents().get_data(), rng))
        page.replace_contents(stream)
        writer.write(folder / f"content-{n}.pdf")


def mutate_xml(xml: bytes, rng: random.Random) -> bytes:
    """A well-formed WordprocessingML body with elements dropped, repeated or given odd attribute values."""
    root = etree.fromstring(xml)
    elements = list(root.iter())
    for _ in range(rng.randint(3, 12)):
        element = rng.choice(elements)
        parent = element.getparent()
        edit = rng.choice(("drop", "repeat", "attribute", "text"))
        if edit == "drop" and parent is not None:
            parent.remove(element)
        elif edit == "repeat" and parent is not None:
            parent.insert(parent.index(element), etree.fromstring(etree.tostring(element)))
        elif edit == "attribute":
            name = rng.choice(list(element.attrib) or [f"{W}val"])
            element.set(name, rng.choice(["", "-3", "zz", "FFFFFFFFFF", "0", "true", "9" * 30, "\u2612"]))
        elif element.text is not None or edit == "text":
            element.text = rng.choice(["", "☒", "Categoría", "\u00ad", "x" * 500, "Enero a diciembre"])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def docx_mutants(folder: Path, rng: random.Random, count: int) -> None:
    """Two thirds with a well-formed but mutated document.xml, the rest with the zip's bytes mutated."""
    original, body = bf.TRANSCRIPT.read_bytes(), bf.transcript_part()
    for n in range(count):
        if n % 3 == 2:
            (folder / f"raw-{n}.docx").write_bytes(mutate_bytes(original, rng))
        else:
            bf.transcript_with(folder / f"xml-{n}.docx", changes={"word/document.xml": mutate_xml(body, rng)})


@pytest.mark.fuzz
def test_mutated_documents_give_records_or_clean_errors(tmp_path):
    rng = random.Random(20231)
    docs = tmp_path / "docs"
    docs.mkdir()
    pdf_mutants(docs, rng, 10)
    docx_mutants(docs, rng, 21)
    out = tmp_path / "out"
    run([docs], out, options=RunOptions(jobs=2, worker_limits=WorkerLimits(timeout=40)))
    report = json.loads((out / REPORT_FILE).read_text(encoding="utf-8"))
    assert len(report["documents"]) == 31
    unclean = [d["error"]["message"] for d in report["documents"] if d["error"] and d["error"]["kind"] not in INPUT_KINDS]
    assert not unclean, "\n".join(unclean)
    read = [d for d in report["documents"] if d["status"] == "read"]
    assert read and len(read) < 31, "the mutants exercise both outcomes"
    for document in read:
        folder = out / document["folder"]
        for name in document["records"]:
            json.loads((folder / name).read_text(encoding="utf-8"))
