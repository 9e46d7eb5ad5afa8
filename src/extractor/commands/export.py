"""`extractor export [DIR] --format csv|xlsx|jsonl|html [-o FILE]`: the records as one table or page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..export import FORMATS
from ._common import Subparsers, add_output_option, fail, usage_error, write_output


def suffix_format(output: str | None) -> str | None:
    """The format named by the suffix of the output file (`fichas.csv` -> csv), if any."""
    suffix = Path(output).suffix.lstrip(".").lower() if output and output != "-" else ""
    return suffix if suffix in FORMATS else None


def handle(args: argparse.Namespace) -> int:
    by_suffix = suffix_format(args.output)
    if args.format and by_suffix and by_suffix != args.format:
        return usage_error(
            args, f"--format {args.format} contradicts the output file {args.output} (a .{by_suffix} file)"
        )
    name = args.format or by_suffix
    folder = Path(args.dir)
    if not folder.exists():  # the missing records first: no format helps them
        return usage_error(args, f"no such folder or record file: {folder}")
    if name is None:
        suffix = Path(args.output).suffix if args.output and args.output != "-" else ""
        known = ", ".join(f".{f}" for f in FORMATS)
        if suffix:
            return usage_error(
                args, f"-o {args.output}: {suffix} is not a known suffix ({known}); give one, or --format"
            )
        return usage_error(args, f"give --format ({', '.join(FORMATS)}) or an -o FILE with one of those suffixes")
    from ..export import load_catalogue, one_per_ficha  # the record model: loaded when records are read
    from ..review.records import RecordError

    try:
        loaded = load_catalogue(folder)
    except RecordError as error:
        return fail("export", str(error), 2)
    for problem in loaded.problems:
        print(f"error: invalid record, left out: {problem}", file=sys.stderr)
    if not loaded.fichas:
        return fail("export", f"no valid ficha records (*.json) in {folder}")
    fichas = one_per_ficha(loaded.fichas) if args.one_per_ficha else loaded.fichas
    try:
        written = write_output(args.output, FORMATS[name].render(fichas, loaded.omitted), FORMATS[name].default_out)
    except OSError as error:
        return fail(
            "export", f"{args.output or FORMATS[name].default_out}: cannot be written: {error.strerror or error}", 2
        )
    if written:
        left_out = f"; {loaded.invalid} invalid record(s) left out (named above)" if loaded.invalid else ""
        print(f"{len(fichas)} fichas exported to {written}{left_out}", file=sys.stderr)
    return 1 if loaded.problems else 0


def register(subparsers: Subparsers) -> None:
    export = subparsers.add_parser(
        "export",
        help="write the records under DIR as one CSV, XLSX, JSONL or HTML file",
        description="Write the valid records under DIR (a folder searched recursively, or one record "
        "file) as one table or page, sorted by comuna, then title, then source file. Records are read "
        "by the loader diff and crosscheck use: one that breaks the contract is named (file, field, "
        "problem) and left out. "
        "Exits 0 when every record was exported, 1 when some were left out or none is valid, "
        "2 on a usage error or when the file cannot be written.",
    )
    export.add_argument(
        "dir",
        nargs="?",
        default="structured",
        metavar="DIR",
        help="folder searched recursively for *.json records, or one record file (default: structured/)",
    )
    export.add_argument("--format", choices=sorted(FORMATS), help="output format (default: the suffix of -o)")
    add_output_option(export, "the export", "standard output; fichas.xlsx for xlsx")
    export.add_argument(
        "--one-per-ficha",
        action="store_true",
        help="one row per ficha id: the publication's record when there is one, not also its "
        "transcript's (counts are not doubled)",
    )
    export.set_defaults(handler=handle, parser=export)
