"""Documents built in a test's tmp_path: broken, hostile or odd on purpose, one problem each.

Most start from the real documents in raw/ (a page range of the
publication, a transcript's zip with one part changed), so everything but
the problem under test is real.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from .conftest import RAW

PUBLICATION = RAW / "publicaciones" / "fichas-buenas-practicas-municipales-2023.pdf"
TRANSCRIPT = RAW / "transcripciones" / "Transcripción 07 - Arica.docx"
FICHA_PAGES = (5, 6)  # 1-based pages of the publication holding one whole ficha (El Bosque)


def publication_pages(path: Path, pages: tuple[int, ...] = FICHA_PAGES, password: str | None = None) -> Path:
    """Some pages of the real publication as a PDF of their own, encrypted when a password is given."""
    reader, writer = PdfReader(PUBLICATION), PdfWriter()
    for number in pages:
        writer.add_page(reader.pages[number - 1])
    if password:
        writer.encrypt(password, algorithm="AES-128")
    writer.write(path)
    return path


def drawing_pdf(path: Path) -> Path:
    """A PDF whose page has shapes but no text layer, like a scan."""
    page = canvas.Canvas(str(path))
    for i in range(10):
        page.rect(50, 50 + 60 * i, 400, 40, fill=1)
    page.save()
    return path


def text_pdf(path: Path, lines: list[str]) -> Path:
    page = canvas.Canvas(str(path))
    for i, line in enumerate(lines):
        page.drawString(72, 760 - 16 * i, line)
    page.save()
    return path


def transcript_with(
    path: Path,
    changes: dict[str, bytes | None] | None = None,
    extra: dict[str, bytes] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """The real Arica transcript's zip with parts replaced (None: removed) and parts added."""
    changes = changes or {}
    with zipfile.ZipFile(TRANSCRIPT) as source, zipfile.ZipFile(path, "w", compression) as target:
        for entry in source.infolist():
            data = changes.get(entry.filename, source.read(entry))
            if data is not None:
                target.writestr(entry.filename, data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return path


def transcript_part(name: str = "word/document.xml") -> bytes:
    with zipfile.ZipFile(TRANSCRIPT) as source:
        return source.read(name)


def with_doctype(xml: bytes, declaration: bytes) -> bytes:
    """The XML with `declaration` (a DOCTYPE) inserted after its XML declaration."""
    end = xml.index(b"?>") + 2
    return xml[:end] + b"\n" + declaration + xml[end:]


HEADINGS = {
    "oficinas": "Departamento/Oficinas municipales que participan",
    "grupo_prioritario": "Grupo prioritario",
    "descripcion": "Breve descripción",
    "sostenibilidad": "Sostenibilidad en el tiempo",
}


def ficha_docx(path: Path, fichas: list[tuple[str, list[tuple[str, str]]]]) -> Path:
    """A Word file of fichas: (title, [(section key, body)...]) each, under "Municipalidad de Arica"."""
    document = docx.Document()
    for title, sections in fichas:
        document.add_heading(title, level=0)
        document.add_paragraph("Municipalidad de Arica")
        for key, body in sections:
            document.add_heading(HEADINGS[key], level=2)
            document.add_paragraph(body)
    document.save(path)
    return path
