"""read -> segment -> fields -> validate: one document in, validated records out."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from . import template, vocab
from .fields.items import item_text
from .fields.record import Both, build_records
from .layout import Layout, OcrPage, ReaderNote
from .model import Ficha
from .normalize.catalogs import Catalogs, shipped
from .problems import Kind, document_error
from .readers import FORMATS, ReadOptions, format_of, read
from .readers.checks import FileLimits
from .readers.formats import unsupported_message
from .segment.fichas import Segmentation, no_ficha_reason, segment
from .source import Source, source_of

# What `preload` loads: every vocabulary the fields read (each is cached). The catalogs are a run's own:
# the batch builds them once before its workers fork (`batch.runner.Batch.catalogs`).
PRELOADED = (
    vocab.headings,
    vocab.categories,
    vocab.sello_lines,
    vocab.sello_lead_ins,
    vocab.sello_table_headers,
    vocab.municipality_prefixes,
    vocab.month_forms,
    vocab.month_names,
    vocab.title_styles,
    vocab.heading_style_prefixes,
    template.folded_prefixes,
)


@dataclass
class DocumentResult:
    path: Path
    fichas: list[Ficha] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)  # "ficha N (titulo): field: problem"
    skipped: list[str] = field(default_factory=list)  # optional parts the reader could not read (--verbose)
    outside: list[str] = field(default_factory=list)  # text printed outside every ficha (`outside_fichas`)


def preload(formats: Collection[str] | None = None) -> None:
    """Load the vocabularies now, so worker processes forked afterwards share them instead of each
    loading (and compiling the patterns of) its own (the catalogs too are built before the fork, by
    the batch: `catalogs.Catalogs`). The reader of every registered format (pdfplumber,
    python-docx, ...) is imported here for the same reason; of the formats named in `formats` only,
    when given (the others are imported when first read)."""
    for name, fmt in FORMATS.items():
        if formats is None or name in formats:
            fmt.reader()
    for load in PRELOADED:
        load()


def _validation_problems(error: ValidationError) -> list[str]:
    return [f"{'.'.join(str(p) for p in e['loc']) or '(record)'}: {e['msg']}" for e in error.errors()]


def extract_document(
    path: Path,
    password: str | None = None,
    limits: FileLimits = FileLimits(),
    source: Source | None = None,
    catalogs: Catalogs | None = None,
    options: ReadOptions = ReadOptions(),
) -> DocumentResult:
    """All fichas of one document read with `options` (PDF engine, OCR), validated; invalid records
    are reported, never returned. Names are matched in `catalogs` (the shipped catalogs when None).

    Bad input raises a `DocumentError` naming the file and the problem.
    """
    path = Path(path)
    if format_of(path) is None:
        raise document_error(Kind.unsupported, path, unsupported_message())
    layout = read(path, password, limits, options)
    return records_of(layout, path, source or source_of(path), catalogs)


def ocr_reading(pages: Sequence[OcrPage], path: Path) -> str:
    """What a failure message adds for a document some of whose pages were read by OCR ("" when
    none was): which pages, their words' mean confidence, and how to see what was read. A scan
    whose headings OCR misread fails as a document without fichas; the user is told why it may."""
    read = [p for p in pages if p.words] or list(pages)
    if not read:
        return ""
    numbers = ", ".join(str(p.page) for p in read)
    words = sum(p.words for p in read)
    mean = sum(p.confidence * p.words for p in read) / words if words else 0.0
    first = read[0].page
    return (
        f"; {'page' if len(read) == 1 else 'pages'} {numbers} {'was' if len(read) == 1 else 'were'} read by OCR "
        f"from {'its' if len(read) == 1 else 'their'} scanned image{'' if len(read) == 1 else 's'} (mean word "
        f"confidence {mean:.0f} of 100), which may have misread the headings: "
        f"`extractor inspect {path} --pages {first}` shows what was read"
    )


def outside_fichas(segmentation: Segmentation) -> list[str]:
    """The text printed outside every ficha (a publication's cover, summary table, introduction or
    credits before its first ficha): no record holds it, the run report quotes it (`outside`), one
    entry per text block, box or table: "página N: <text>" (PDF), "<text>" (Word)."""
    found = []
    for p in segmentation.items:
        if p.ficha is not None or isinstance(p.item, ReaderNote):
            continue
        text = " ".join(item_text(p.item).split())
        if text:
            found.append(f"página {p.page}: {text}" if p.page is not None else text)
    return found


def records_of(
    layout: Layout, path: Path, source: Source, catalogs: Catalogs | None = None, both: Both | None = None
) -> DocumentResult:
    """segment -> fields -> validate, for a document already read, with `catalogs` (the shipped
    catalogs when None); `both`: a long document's records are made in two halves at once
    (`fields.record.build_records`)."""
    catalogs = catalogs or shipped()
    result = DocumentResult(Path(path), skipped=list(layout.skipped))
    segmentation = segment(layout, catalogs)
    problem = no_ficha_reason(segmentation)
    if problem:
        raise document_error(Kind.no_ficha, path, problem + ocr_reading(layout.ocr_pages, path))
    records = build_records(segmentation.fichas, source, layout.ocr_pages, catalogs, both)
    result.outside = layout.outside + outside_fichas(segmentation)  # a printer's slug line first, then the cover
    for n, record in enumerate(records, start=1):
        try:
            result.fichas.append(Ficha.model_validate(record))
        except ValidationError as error:
            for problem in _validation_problems(error):
                result.invalid.append(f"ficha {n} ({record.get('titulo')!r}): {problem}")
    return result
