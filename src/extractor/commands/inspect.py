"""`extractor inspect FILE [--pages 3-4] [--format text|json] [--png DIR]`: show what the reader saw."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..problems import DocumentError
from ..readers import format_of
from ..readers.formats import unsupported_message
from ._common import (
    Subparsers,
    add_output_option,
    add_password_options,
    add_pdf_engine_option,
    fail,
    password_from,
    usage_error,
    write_output,
)

if TYPE_CHECKING:
    from ..inspection.build import Inspection


def handle(args: argparse.Namespace) -> int:
    from ..inspection import parse_pages
    from ..inspection.as_json import render_json
    from ..inspection.build import inspect_layout
    from ..inspection.text import render_text
    from ..readers import read
    from ..source import source_of

    path = Path(args.file)
    if not path.is_file():
        return usage_error(args, f"{path}: no such file")
    if format_of(path) is None:
        return usage_error(args, f"{path}: {unsupported_message()}")
    if format_of(path) != "pdf" and (args.pages or args.png):
        return usage_error(args, f"{path}: --pages and --png need a PDF (a Word document has no pages)")
    if args.png and Path(args.png).exists() and not Path(args.png).is_dir():
        return fail("inspect", f"--png {args.png}: not a folder (the pictures go into a folder)", 2)
    try:
        password = password_from(args)
    except ValueError as error:
        return usage_error(args, str(error))
    from ..normalize.catalog_files import environment_folders
    from ..normalize.catalogs import Catalogs
    from ..readers.options import ReadOptions

    options = ReadOptions(pdf_engine=args.pdf_engine)  # OCR as `run`'s defaults
    try:
        # the user catalogs of the environment, as `run` reads them (a bare comuna name is a label)
        catalogs = Catalogs.load(environment_folders())
        inspection = inspect_layout(read(path, password, options=options), source_of(path), catalogs)
    except DocumentError as error:  # bad input: the message names the file and the problem
        return fail("inspect", str(error), 1)
    if format_of(path) == "pdf":
        inspection.engine = args.pdf_engine  # the page source that read it (`readers.pdf.sources`)
    if args.pages:
        try:
            inspection.pages = parse_pages(args.pages, inspection.n_pages or 0)
        except ValueError as error:
            return usage_error(args, f"{path}: {error}")
    text = render_json(inspection) if args.format == "json" else render_text(inspection)
    try:
        write_output(args.output, text.encode("utf-8"))
    except OSError as error:
        return fail("inspect", f"{args.output}: cannot be written: {error.strerror or error}", 2)
    if args.png:
        return _pictures(inspection, Path(args.png), password)
    return 0


def _pictures(inspection: Inspection, folder: Path, password: str | None) -> int:
    from ..inspection.pictures import write_pictures

    try:
        for picture in write_pictures(inspection, folder, password):
            print(f"wrote {picture}", file=sys.stderr)
    except OSError as error:
        return fail("inspect", f"--png {folder}: cannot be written: {error.strerror or error}", 2)
    return 0


def register(subparsers: Subparsers) -> None:
    inspect = subparsers.add_parser(
        "inspect",
        help="show what the reader saw in one PDF or DOCX (any form, ficha or not)",
        description="Show what the reader saw in FILE, page by page: text blocks in reading order, "
        "headings it recognised, checkboxes and whether they are ticked, month tables, and which "
        "ficha and section each item went to; as text or JSON, and with --png as annotated page "
        "pictures. For finding why a field came out wrong; nothing is written to the records.",
    )
    inspect.add_argument("file", metavar="FILE", help="a .pdf or .docx file")
    inspect.add_argument("--pages", metavar="N-M", help="PDF pages to show, e.g. 3-4 or 1,5- (default: all)")
    inspect.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    add_output_option(inspect, "what was seen")
    inspect.add_argument("--png", metavar="DIR", help="also write one annotated PNG per shown PDF page into DIR")
    add_password_options(inspect)
    add_pdf_engine_option(inspect)
    inspect.set_defaults(handler=handle, parser=inspect)
