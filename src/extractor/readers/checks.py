"""Checks on a file's bytes before any parser sees them.

The extension says which reader to use; the bytes must agree. A PDF must
start with `%PDF-` (within its first KiB, as readers allow) and end with
`%%EOF` (within its last KiB, or its last MiB when padding follows it), else it
was cut short. A DOCX must be a zip that holds `word/document.xml`, within limits on entry count, total
uncompressed size and compression ratio (zip bombs), and none of its XML
parts may declare a DOCTYPE or entities: those are refused on their raw
bytes, so no XML parser ever expands them.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..problems import Kind, document_error

MB = 1 << 20
_MAGIC = {  # leading bytes -> what the file really is, for the message
    b"%PDF-": "a PDF",
    b"PK\x03\x04": "a zip (DOCX, XLSX...)",
    b"PK\x05\x06": "an empty zip",
    b"\xd0\xcf\x11\xe0": "an OLE file (an old .doc, or a password-protected DOCX)",
    b"{\\rtf": "an RTF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
}
_XML_DECLARATIONS = (b"<!doctype", b"<!entity")


@dataclass(frozen=True)
class FileLimits:
    """What a document may be before it is refused (sizes in bytes)."""

    max_bytes: int = 200 * MB
    zip_entries: int = 5000
    zip_total_bytes: int = 256 * MB
    zip_ratio: float = 200.0  # uncompressed / compressed, per entry of more than `zip_ratio_floor` bytes
    zip_ratio_floor: int = 1 * MB

    def __post_init__(self) -> None:
        for name in ("max_bytes", "zip_entries", "zip_total_bytes", "zip_ratio", "zip_ratio_floor"):
            if getattr(self, name) <= 0:
                raise ValueError(f"FileLimits.{name} must be positive")


def megabytes(size: int) -> str:
    return f"{size / MB:.3g} MB"


def what_it_is(head: bytes) -> str:
    """A guess at the file's real kind from its first bytes, for messages."""
    for magic, name in _MAGIC.items():
        if head.startswith(magic):
            return name
    stripped = head.lstrip().lower()
    if stripped.startswith((b"<!doctype html", b"<html")):
        return "an HTML page"
    if stripped.startswith(b"<?xml"):
        return "an XML file"
    if _is_text(head):
        return "plain text"
    return "unknown binary data"


def _is_text(head: bytes) -> bool:
    """UTF-8 (a character cut at the end allowed) with no control characters but white space."""
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:
            return False
        text = head[: error.start].decode("utf-8")
    return bool(text) and all(ch.isprintable() or ch in "\t\r\n" for ch in text)


def check_size(path: Path, limits: FileLimits) -> int:
    """The file's size, or an error when it is empty or over the limit."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise document_error(Kind.unreadable, path, f"cannot be read: {error.strerror or error}") from error
    if size == 0:
        raise document_error(Kind.empty, path, "empty file (0 bytes)")
    if size > limits.max_bytes:
        raise document_error(
            Kind.too_large,
            path,
            f"too large: {megabytes(size)}, over the limit of {megabytes(limits.max_bytes)} (--max-size)",
        )
    return size


def _ends(path: Path, size: int) -> tuple[bytes, bytes]:
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
            handle.seek(max(0, size - 1024))
            tail = handle.read(1024)
    except OSError as error:
        raise document_error(Kind.unreadable, path, f"cannot be read: {error.strerror or error}") from error
    return head, tail


EOF_WINDOW = 1 << 20  # bytes at a PDF's end searched for %%EOF when the last KiB has none


def _eof_marker_before_padding(path: Path, size: int) -> bool:
    """Whether %%EOF stands within the last `EOF_WINDOW` bytes: padding (NULs, newlines, junk a
    transfer added) after a complete PDF is no truncation; both engines read such a file. A file
    cut short with an earlier revision's %%EOF in that window passes too: the engine decides."""
    try:
        with open(path, "rb") as handle:
            handle.seek(max(0, size - EOF_WINDOW))
            return b"%%EOF" in handle.read(EOF_WINDOW)
    except OSError:
        return False


def check_pdf_file(path: Path, limits: FileLimits) -> None:
    size = check_size(path, limits)
    head, tail = _ends(path, size)
    if b"%PDF-" not in head:
        raise document_error(Kind.not_pdf, path, f"not a PDF despite its extension: the bytes are {what_it_is(head)}")
    if b"%%EOF" not in tail and not _eof_marker_before_padding(path, size):
        raise document_error(Kind.damaged_pdf, path, "truncated PDF: no %%EOF end marker, the file is incomplete")


def check_docx_file(path: Path, limits: FileLimits) -> None:
    size = check_size(path, limits)
    head, _ = _ends(path, size)
    if not head.startswith(b"PK"):
        raise document_error(
            Kind.not_docx, path, f"not a DOCX despite its extension (not a zip): the bytes are {what_it_is(head)}"
        )
    try:
        with zipfile.ZipFile(path) as package:
            check_docx_zip(path, package, limits)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        OSError,
        NotImplementedError,
        ValueError,
    ) as error:
        raise document_error(Kind.damaged_docx, path, f"damaged DOCX: the zip cannot be read ({error})") from error


def check_docx_zip(path: Path | str, package: zipfile.ZipFile, limits: FileLimits) -> None:
    """The zip checks of a DOCX, on an open zip (a file, or a DOCX embedded in another one);
    `path` names it in messages. Raises `DocumentError`; zip errors propagate."""
    entries = package.infolist()
    _check_zip_sizes(path, entries, limits)
    if "word/document.xml" not in {e.filename for e in entries}:
        raise document_error(Kind.damaged_docx, path, "damaged DOCX: the zip has no word/document.xml")
    for entry in entries:
        if _is_xml_part(entry.filename):
            _check_xml_part(path, package, entry)


def _check_zip_sizes(path: Path | str, entries: list[zipfile.ZipInfo], limits: FileLimits) -> None:
    if len(entries) > limits.zip_entries:
        raise document_error(
            Kind.zip_bomb, path, f"zip bomb refused: {len(entries)} entries, over the limit of {limits.zip_entries}"
        )
    total = sum(e.file_size for e in entries)
    if total > limits.zip_total_bytes:
        raise document_error(
            Kind.zip_bomb,
            path,
            f"zip bomb refused: {megabytes(total)} uncompressed, over the limit of {megabytes(limits.zip_total_bytes)}",
        )
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > limits.zip_ratio_floor and ratio > limits.zip_ratio:
            raise document_error(
                Kind.zip_bomb,
                path,
                f"zip bomb refused: {entry.filename} expands {ratio:.0f} "
                f"times, over the limit of {limits.zip_ratio:.0f}",
            )


def _is_xml_part(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def _check_xml_part(path: Path | str, package: zipfile.ZipFile, entry: zipfile.ZipInfo) -> None:
    """Refuse a part whose raw bytes declare a DOCTYPE or an entity (UTF-16/32 too: NULs dropped)."""
    carry = b""
    with package.open(entry) as stream:  # reads at most the declared size, already bounded
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            text = carry + chunk.replace(b"\x00", b"").lower()
            for declaration in _XML_DECLARATIONS:
                if declaration in text:
                    what = "a DOCTYPE" if declaration == b"<!doctype" else "an entity"
                    raise document_error(
                        Kind.unsafe_xml, path, f"unsafe DOCX refused: {entry.filename} declares {what} (never expanded)"
                    )
            carry = text[-16:]
