"""How a document is read: the options every read is given explicitly (`ReadOptions`).

Commands and the batch build one `ReadOptions` from the command line and hand it down through the
pipeline to `readers.read` and the format's reader (each batch task carries it: it pickles). No
reader keeps them as state of its module, so two reads in one process may use different options.
"""

from __future__ import annotations

from dataclasses import dataclass

from .ocr import OcrOptions
from .pdf.sources import DEFAULT, known


@dataclass(frozen=True)
class ReadOptions:
    """`pdf_engine` the PDF reader's page source (a key of `readers.pdf.sources.SOURCES`,
    `--pdf-engine`); `ocr` how scanned pages are read (`--ocr`, `--ocr-lang`, `--ocr-dpi`). The Word
    reader reads neither. ValueError for an unknown engine."""

    pdf_engine: str = DEFAULT
    ocr: OcrOptions = OcrOptions()

    def __post_init__(self) -> None:
        known(self.pdf_engine)

    @property
    def key(self) -> str:
        """What the records depend on, for the cache: "pdf-engine=pdfium ocr=auto,spa,300"."""
        return f"pdf-engine={self.pdf_engine} {self.ocr.key}"
