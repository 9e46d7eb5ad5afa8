"""Why a document yields no records: one error kind per problem, and the error that carries it.

Every message is one line that names the file and says what is wrong with
it; the kind is the machine-readable half, listed in the run report.
"""

from __future__ import annotations

import traceback
from enum import Enum
from pathlib import Path


class Kind(str, Enum):
    """The run report's `kind` of a document error."""

    unreadable = "unreadable"  # the file cannot be opened (permissions, vanished)
    unsupported = "unsupported"  # an extension no reader handles
    empty = "empty_file"
    too_large = "too_large"
    not_pdf = "not_pdf"  # .pdf whose bytes are something else
    not_docx = "not_docx"  # .docx whose bytes are not a zip
    damaged_pdf = "damaged_pdf"  # truncated, or pdfminer cannot parse it
    encrypted_pdf = "encrypted_pdf"
    scanned_pdf = "scanned_pdf"  # no text layer: needs OCR
    damaged_docx = "damaged_docx"  # a broken zip, or no word/document.xml
    unsafe_xml = "unsafe_xml"  # a DOCX XML part declares a DOCTYPE or entities
    zip_bomb = "zip_bomb"
    no_ficha = "no_ficha"
    invalid_record = "invalid_record"  # some fichas failed validation (the others are written)
    timeout = "timeout"
    out_of_memory = "out_of_memory"
    worker_crashed = "worker_crashed"
    write_failed = "write_failed"  # OUT cannot be written
    internal_error = "internal_error"  # an exception in the extractor's own code: a bug


# Kinds that depend on the run (time, memory, the password given), not only on the file's bytes.
TRANSIENT = {
    Kind.timeout,
    Kind.out_of_memory,
    Kind.worker_crashed,
    Kind.encrypted_pdf,
    Kind.unreadable,
    Kind.write_failed,
}


class DocumentError(Exception):
    """A document that yields no records: `kind` and a one-line message naming the file."""

    def __init__(self, kind: Kind, message: str):
        super().__init__(kind, message)
        self.kind = Kind(kind)
        self.message = message

    def __str__(self) -> str:
        return self.message


def document_error(kind: Kind, path: str | Path, problem: str) -> DocumentError:
    """`<file>: <problem>` as one line (control characters of the problem text flattened)."""
    flat = " ".join(str(problem).split())
    return DocumentError(kind, f"{Path(path).as_posix()}: {flat}")


def input_error(error: Exception, kind: Kind, path: str | Path, problem: str) -> DocumentError:
    """An exception a parser raised on bad input, as `<path>: <problem>: <Type: message>`.

    Raised in the extractor's own code it is a bug, not bad input, and running
    out of memory is no fault of the file: both are raised again as they are.
    """
    if isinstance(error, DocumentError):
        return error
    if isinstance(error, MemoryError) or raised_in_extractor(error):
        raise error
    if _failed_without_a_reason(error):
        raise MemoryError(f"{path}: {describe(error)}") from error
    return document_error(kind, path, f"{problem}: {describe(error)}")


def _failed_without_a_reason(error: Exception) -> bool:
    """Whether the error is lxml's XMLSyntaxError carrying no error of libxml2's ("unknown error",
    line 0): libxml2 stopped without recording why, as it does when an allocation fails (seen under
    a worker's memory limit: `--memory-limit 1`), not a fault of the file's XML."""
    return type(error).__name__ == "XMLSyntaxError" and str(error).startswith("unknown error")


def raised_in_extractor(error: BaseException) -> bool:
    """Whether the innermost frame of the error is the extractor's own code (a bug, not bad input)."""
    frames = traceback.extract_tb(error.__traceback__)
    package = Path(__file__).resolve().parent
    return bool(frames) and Path(frames[-1].filename).resolve().is_relative_to(package)


def describe(error: BaseException) -> str:
    """`Type: message` of an unexpected exception, with the innermost frame's place."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    text = str(error) or "no message"
    return f"{type(error).__name__}: {text[:300]}{where}"
