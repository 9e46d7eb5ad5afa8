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

from extractor.batch.report import REPORT_FILE
from extractor.batch.runner import RunOptions, run
from extractor.batch.workers import WorkerLimits

from . import bad_files as bf
from .conftest import GOLDEN

INPUT_KINDS = {
    "damaged_pdf",
    "damaged_docx",
    "no_ficha",
    "scanned_pdf",
    "not_pdf",
    "not_docx",
    "unsafe_xml",
    "zip_bomb",
    "empty_file",
    "encrypted_pdf",
}
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
            del out[at : min(at + span, end)]
        elif edit == "repeat":
            out[at:at] = out[at : at + span]
        else:
            out[at : at + span] = bytes(rng.randrange(256) for _ in range(span))
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


# The record each family of mutants was made from (reviewed truth).
SOURCES = {
    ".pdf": GOLDEN
    / "publicaciones"
    / "fichas-buenas-practicas-municipales-2023"
    / "el-bosque--recepcion-y-acogida-de-la-comunidad-afgana.json",
    ".docx": next((GOLDEN / "transcripciones" / bf.TRANSCRIPT.stem).glob("*.json")),
}
MIN_WORDS = 6  # words of a field's text that single it out


def field_texts(record: dict) -> dict[str, str]:
    """Each text-bearing field of a record, as one lower-case run of words."""
    texts = {
        "titulo": record["titulo"],
        "grupo_prioritario": record["grupo_prioritario"],
        "fechas_implementacion": record["fechas_implementacion"]["texto"],
        "forma_financiamiento": record["forma_financiamiento"]["texto"],
        "sostenibilidad": record["sostenibilidad"],
        "descripcion": record["descripcion"],
        "elemento_innovador": record["elemento_innovador"],
        "oficinas": " ".join(o["texto"] for o in record["oficinas"]),
        "lineas_sello": " ".join(line["justificacion"] for line in record["lineas_sello"]),
    }
    return {name: " ".join((text or "").lower().split()) for name, text in texts.items()}


def misplaced(record: dict, source: dict) -> list[str]:
    """Fields of `record` that hold the opening words of another field of the source's record."""
    found, openings = [], {}
    for name, text in field_texts(source).items():
        words = text.split()
        if len(words) >= MIN_WORDS:
            openings[name] = " ".join(words[:MIN_WORDS])
    for name, text in field_texts(record).items():
        found += [
            f"{name} holds the opening of {other}: «{opening}»"
            for other, opening in openings.items()
            if other != name and opening in text and opening not in field_texts(source)[name]
        ]
    return found


def test_the_misplaced_check_sees_a_section_run_into_another():
    source = json.loads(SOURCES[".docx"].read_text(encoding="utf-8"))
    merged = {**source, "descripcion": f"{source['descripcion']} {source['sostenibilidad']}"}
    assert misplaced(source, source) == []
    assert [m.split(" holds")[0] for m in misplaced(merged, source)] == ["descripcion"]


@pytest.mark.fuzz
def test_mutated_documents_give_records_or_clean_errors(tmp_path, capfd):
    rng = random.Random(20231)
    docs = tmp_path / "docs"
    docs.mkdir()
    pdf_mutants(docs, rng, 10)
    docx_mutants(docs, rng, 21)
    out = tmp_path / "out"
    run([docs], out, options=RunOptions(jobs=2, worker_limits=WorkerLimits(timeout=40)))
    report = json.loads((out / REPORT_FILE).read_text(encoding="utf-8"))
    assert len(report["documents"]) == 31
    unclean = [
        d["error"]["message"] for d in report["documents"] if d["error"] and d["error"]["kind"] not in INPUT_KINDS
    ]
    assert not unclean, "\n".join(unclean)
    read = [d for d in report["documents"] if d["status"] == "read"]
    assert read and len(read) < 31, "the mutants exercise both outcomes"
    assert "Traceback" not in "".join(capfd.readouterr())
    assert not any("Traceback" in d["error"]["message"] for d in report["documents"] if d["error"])
    sources = {suffix: json.loads(path.read_text(encoding="utf-8")) for suffix, path in SOURCES.items()}
    for document in read:
        folder, source = out / document["folder"], sources[Path(document["file"]).suffix]
        assert document["records"], f"{document['file']}: read, yet no record"
        for name in document["records"]:
            record = json.loads((folder / name).read_text(encoding="utf-8"))
            assert set(record) == set(source) and record["revision"]["estado"] in ("ok", "revisar")
            if record["revision"]["estado"] == "ok":  # unflagged: no field holds another section's text
                assert misplaced(record, source) == [], f"{document['file']}: {misplaced(record, source)}"
