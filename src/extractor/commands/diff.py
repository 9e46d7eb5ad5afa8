"""`extractor diff OLD NEW`: what changed, ficha by ficha and field by field, between two sets of records."""

from __future__ import annotations

import argparse
from pathlib import Path

from ._common import Subparsers, add_report_options, report_command


def handle(args: argparse.Namespace) -> int:
    from ..review.report import diff_paths  # the record model: loaded when records are read

    return report_command("diff", lambda: diff_paths(Path(args.old), Path(args.new)), args)


def register(subparsers: Subparsers) -> None:
    diff = subparsers.add_parser(
        "diff",
        help="compare two runs or editions field by field",
        description="Compare the records of OLD and NEW (folders of records or single record files). "
        "Exits 0 when the extracted fields are equal, 1 when they differ, 2 on error; "
        "run metadata (fuente) is shown apart and never counts as a difference.",
    )
    diff.add_argument("old", metavar="OLD", help="folder of records or one record file")
    diff.add_argument("new", metavar="NEW", help="folder of records or one record file")
    add_report_options(diff)
    diff.set_defaults(handler=handle, parser=diff)
