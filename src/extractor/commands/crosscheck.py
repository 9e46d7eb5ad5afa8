"""`extractor crosscheck DIR`: the same ficha read from different documents, field by field."""

from __future__ import annotations

import argparse
from pathlib import Path

from ._common import Subparsers, add_report_options, report_command


def handle(args: argparse.Namespace) -> int:
    from ..review.crosscheck import crosscheck_path  # the record model: loaded when records are read

    return report_command("crosscheck", lambda: crosscheck_path(Path(args.folder)), args)


def register(subparsers: Subparsers) -> None:
    crosscheck = subparsers.add_parser(
        "crosscheck",
        help="check that records of one ficha from different documents agree",
        description="Pair the records under DIR that share an id but come from different documents "
        "(a publication and the transcript of the same ficha) and report every field on "
        "which they disagree (fuente excepted). Exits 0 when all agree, 1 when any "
        "disagree, 2 on error.",
    )
    crosscheck.add_argument("folder", metavar="DIR", help="folder of records (e.g. structured/)")
    add_report_options(crosscheck)
    crosscheck.set_defaults(handler=handle, parser=crosscheck)
