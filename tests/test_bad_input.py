"""Bad input: each kind of broken, hostile or odd file gets its own error kind and a one-line message.

Every case builds its file in tmp_path and reads it the way a worker does
(`extract_document`), so the error is the one the run report lists.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from extractor.pipeline import extract_document
from extractor.problems import DocumentError, Kind
from extractor.readers.checks import FileLimits

from . import bad_files as bf
from .conftest import GOLDEN
from .test_cli import run_cli


def written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def empty(tmp: Path) -> Path:
    return written(tmp / "empty.pdf", b"")


def docx_named_pdf(tmp: Path) -> Path:
    return written(tmp / "really-a-docx.pdf", bf.TRANSCRIPT.read_bytes())


def pdf_named_docx(tmp: Path) -> Path:
    return written(tmp / "really-a-pdf.docx", bf.PUBLICATION.read_bytes()[:4096])


def truncated_pdf(tmp: Path) -> Path:
    data = bf.publication_pages(tmp / "whole.pdf").read_bytes()
    return written(tmp / "truncated.pdf", data[: len(data) // 2])


def damaged_pdf(tmp: Path) -> Path:
    return written(tmp / "damaged.pdf", b"%PDF-1.7\n1 0 obj garbage endobj\ntrailer <<>>\n%%EOF\n")


def pdf_without_pages(tmp: Path) -> Path:
    PdfWriter().write(tmp / "no-pages.pdf")
    return tmp / "no-pages.pdf"


def encrypted_pdf(tmp: Path) -> Path:
    return bf.publication_pages(tmp / "encrypted.pdf", password="s3cret")


def scanned_pdf(tmp: Path) -> Path:
    return bf.drawing_pdf(tmp / "scanned.pdf")


def docx_not_a_zip(tmp: Path) -> Path:
    return written(tmp / "notes.docx", "Transcripción de la entrevista, en texto plano.\n".encode())


def docx_without_document_xml(tmp: Path) -> Path:
    return bf.transcript_with(tmp / "hollow.docx", changes={"word/document.xml": None})


def docx_damaged_zip(tmp: Path) -> Path:
    data = bf.TRANSCRIPT.read_bytes()
    return written(tmp / "cut.docx", data[: len(data) // 2])


def docx_with_entities(tmp: Path) -> Path:
    xml = bf.with_doctype(
        bf.transcript_part(), b'<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
    )
    return bf.transcript_with(tmp / "billion-laughs.docx", changes={"word/document.xml": xml})


def docx_with_utf16_doctype(tmp: Path) -> Path:
    """The DOCTYPE hidden in a UTF-16 part: still refused."""
    styles = bf.with_doctype(bf.transcript_part("word/styles.xml"), b'<!DOCTYPE x SYSTEM "file:///etc/passwd">')
    styles = styles.replace(b'encoding="UTF-8"', b'encoding="UTF-16"').decode("utf-8").encode("utf-16")
    return bf.transcript_with(tmp / "utf16.docx", changes={"word/styles.xml": styles})


def zip_bomb_ratio(tmp: Path) -> Path:
    return bf.transcript_with(tmp / "bomb.docx", extra={"word/media/filler.bin": bytes(20 << 20)})


def zip_bomb_entries(tmp: Path) -> Path:
    return bf.transcript_with(
        tmp / "many.docx", extra={f"customXml/item{i}.bin": b"x" for i in range(5001)}, compression=zipfile.ZIP_STORED
    )


def no_ficha_docx(tmp: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Acta de la reunión del consejo comunal. Sin fichas.")
    document.save(tmp / "acta.docx")
    return tmp / "acta.docx"


def no_ficha_pdf(tmp: Path) -> Path:
    return bf.text_pdf(tmp / "circular.pdf", ["Circular interna", "Se informa a los funcionarios que..."])


CASES = {  # builder -> (kind, words the message must hold)
    empty: (Kind.empty, "empty file"),
    docx_named_pdf: (Kind.not_pdf, "not a PDF despite its extension: the bytes are a zip"),
    pdf_named_docx: (Kind.not_docx, "not a DOCX despite its extension (not a zip): the bytes are a PDF"),
    truncated_pdf: (Kind.damaged_pdf, "truncated PDF"),
    damaged_pdf: (Kind.damaged_pdf, "damaged PDF"),
    pdf_without_pages: (Kind.damaged_pdf, "damaged PDF: it has no pages"),
    encrypted_pdf: (Kind.encrypted_pdf, "encrypted PDF: it needs a password (--password)"),
    scanned_pdf: (Kind.scanned_pdf, "scanned: needs OCR"),
    docx_not_a_zip: (Kind.not_docx, "the bytes are plain text"),
    docx_without_document_xml: (Kind.damaged_docx, "no word/document.xml"),
    docx_damaged_zip: (Kind.damaged_docx, "damaged DOCX"),
    docx_with_entities: (Kind.unsafe_xml, "word/document.xml declares a DOCTYPE"),
    docx_with_utf16_doctype: (Kind.unsafe_xml, "word/styles.xml declares a DOCTYPE"),
    zip_bomb_ratio: (Kind.zip_bomb, "word/media/filler.bin expands"),
    zip_bomb_entries: (Kind.zip_bomb, "5018 entries"),
    no_ficha_docx: (Kind.no_ficha, "no ficha found"),
    no_ficha_pdf: (Kind.no_ficha, "no ficha found"),
}


@pytest.mark.parametrize("build", CASES, ids=lambda f: f.__name__)
def test_each_bad_file_gets_its_kind_and_a_one_line_message_naming_it(build, tmp_path):
    path = build(tmp_path)
    kind, words = CASES[build]
    with pytest.raises(DocumentError) as caught:
        extract_document(path)
    assert caught.value.kind == kind
    message = str(caught.value)
    assert message.startswith(f"{path.as_posix()}: ") and words in message
    assert "\n" not in message


def test_zip_total_size_limit(tmp_path):
    path = bf.transcript_with(tmp_path / "big.docx", extra={"word/media/noise.bin": os.urandom(2 << 20)})
    with pytest.raises(DocumentError, match=r"2\.\d+ MB uncompressed, over the limit of 1 MB") as caught:
        extract_document(path, limits=FileLimits(zip_total_bytes=1 << 20))
    assert caught.value.kind == Kind.zip_bomb
    (ficha,) = extract_document(path).fichas  # within the default limits it is an ordinary transcript
    golden = json.loads(next((GOLDEN / "transcripciones" / bf.TRANSCRIPT.stem).glob("*.json")).read_text("utf-8"))
    assert {**ficha.model_dump(mode="json"), "fuente": None} == {**golden, "fuente": None}


def test_size_limit(tmp_path, capsys):
    path = bf.publication_pages(tmp_path / "ficha.pdf")
    size = path.stat().st_size / (1 << 20)
    with pytest.raises(
        DocumentError, match=rf"too large: {size:.3g} MB, over the limit of 0.05 MB \(--max-size\)"
    ) as caught:
        extract_document(path, limits=FileLimits(max_bytes=int(0.05 * (1 << 20))))
    assert caught.value.kind == Kind.too_large
    assert run_cli(["run", "ficha.pdf", "--out", "out", "--max-size", "0.05"], tmp_path) == 1
    assert f"error: ficha.pdf: too large: {size:.3g} MB" in capsys.readouterr().err


def test_an_encrypted_pdf_opens_with_its_password_and_never_with_a_wrong_one(tmp_path):
    path = bf.publication_pages(tmp_path / "encrypted.pdf", password="s3cret")
    (ficha,) = extract_document(path, password="s3cret").fichas
    assert ficha.id == "el-bosque--recepcion-y-acogida-de-la-comunidad-afgana"
    with pytest.raises(DocumentError, match="the password given does not open it"):
        extract_document(path, password="guess")


def test_a_pdf_encrypted_for_its_owner_only_reads_without_a_password(tmp_path):
    writer = PdfWriter(clone_from=PdfReader(bf.publication_pages(tmp_path / "plain.pdf")))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    writer.write(tmp_path / "owner-only.pdf")
    (ficha,) = extract_document(tmp_path / "owner-only.pdf").fichas
    assert ficha.titulo == "Recepción y acogida de la comunidad afgana"


def test_an_ordinary_docx_passes_every_check(tmp_path):
    path = bf.transcript_with(tmp_path / "copy.docx")
    (ficha,) = extract_document(path).fichas
    assert ficha.municipalidad.comuna == "Arica"


def test_an_xml_error_libxml2_gave_no_reason_for_is_out_of_memory_not_damage():
    """lxml raises XMLSyntaxError "unknown error" (line 0) when libxml2 stops without recording
    why (a failed allocation under a worker's memory limit): no fault of the file's XML."""
    from lxml import etree

    from extractor.problems import DocumentError, Kind, input_error

    def raised(message: str) -> Exception:
        try:
            raise etree.XMLSyntaxError(message, 1, 0, 0)
        except etree.XMLSyntaxError as error:
            return error

    with pytest.raises(MemoryError):
        input_error(raised("unknown error (<string>, line 0)"), Kind.damaged_docx, "a.docx", "damaged DOCX")
    damaged = input_error(raised("Premature end of data in tag w:body"), Kind.damaged_docx, "a.docx", "damaged DOCX")
    assert isinstance(damaged, DocumentError) and "Premature end of data" in str(damaged)
