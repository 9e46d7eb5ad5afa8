"""`extractor export [DIR] --format csv|xlsx|jsonl|html [--out FILE]`: the records as one table or page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..export import FORMATS, load_records
from ..writer import write_atomic


def chosen_format(args: argparse.Namespace) -> str | None:
    """--format, else the suffix of --out (`fichas.csv` -> csv)."""
    if args.format:
        return args.format
    suffix = Path(args.out).suffix.lstrip(".").lower() if args.out else ""
    return suffix if suffix in FORMATS else None


def handle(args: argparse.Namespace) -> int:
    name = chosen_format(args)
    folder = Path(args.dir)
    if name is None:
        print(f"extractor export: give --format ({', '.join(FORMATS)}) or an --out file with one of those suffixes",
              file=sys.stderr)
        return 2
    if not folder.is_dir():
        print(f"extractor export: no such folder: {folder}", file=sys.stderr)
        return 2
    loaded = load_records(folder)
    for problem in loaded.problems:
        print(f"error: {problem}", file=sys.stderr)
    if not loaded.fichas:
        print(f"extractor export: no ficha records (*.json) under {folder}", file=sys.stderr)
        return 1
    data = FORMATS[name].render(loaded.fichas)
    out = args.out or FORMATS[name].default_out
    if out is None or out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_atomic(Path(out), data)
        print(f"{len(loaded.fichas)} fichas exported to {out}", file=sys.stderr)
    return 1 if loaded.problems else 0


def register(subparsers) -> None:
    export = subparsers.add_parser("export", help="write the records under DIR as one CSV, XLSX, JSONL or HTML file")
    export.add_argument("dir", nargs="?", default="structured", metavar="DIR",
                        help="folder searched recursively for *.json records (default: structured/)")
    export.add_argument("--format", choices=sorted(FORMATS), help="output format (default: the suffix of --out)")
    export.add_argument("--out", metavar="FILE",
                        help="output file, '-' for standard output (default: standard output; fichas.xlsx for xlsx)")
    export.set_defaults(handler=handle)
