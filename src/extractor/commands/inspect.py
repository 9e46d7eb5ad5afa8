"""`extractor inspect FILE [--pages 3-4] [--format text|json] [--png DIR]`: show what the reader saw."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..inspection import inspect_document, parse_pages
from ..inspection.as_json import render_json
from ..inspection.pictures import write_pictures
from ..inspection.text import render_text
from ..problems import DocumentError
from ..readers import format_of


def _fail(message: str, code: int) -> int:
    print(f"extractor inspect: {message}", file=sys.stderr)
    return code


def handle(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        return _fail(f"{path}: no such file", 2)
    if format_of(path) is None:
        return _fail(f"{path}: not a .pdf or .docx file", 2)
    if format_of(path) != "pdf" and (args.pages or args.png):
        return _fail(f"{path}: --pages and --png need a PDF (a Word document has no pages)", 2)
    try:
        inspection = inspect_document(path)
    except DocumentError as error:  # bad input: the message names the file and the problem
        return _fail(str(error), 1)
    if args.pages:
        try:
            inspection.pages = parse_pages(args.pages, inspection.n_pages or 0)
        except ValueError as error:
            return _fail(f"{path}: {error}", 2)
    sys.stdout.write(render_json(inspection) if args.format == "json" else render_text(inspection))
    sys.stdout.flush()
    if args.png:
        for picture in write_pictures(inspection, Path(args.png)):
            print(f"wrote {picture}", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    inspect = subparsers.add_parser("inspect", help="show what the reader saw in one PDF or DOCX (any form, ficha or not)")
    inspect.add_argument("file", metavar="FILE", help="a .pdf or .docx file")
    inspect.add_argument("--pages", metavar="N-M", help="PDF pages to show, e.g. 3-4 or 1,5- (default: all)")
    inspect.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    inspect.add_argument("--png", metavar="DIR", help="also write one annotated PNG per shown PDF page into DIR")
    inspect.set_defaults(handler=handle)
