"""`extractor catalog check [--data DIR] [--catalogs DIR ...]`: validate the catalogs of names.

Exits 1 on any problem.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..normalize.catalog_files import ENVIRONMENT, environment_folders
from ._common import Subparsers


def handle_check(args: argparse.Namespace) -> int:
    from ..normalize.check import check_catalogs  # the catalogs' modules: loaded when checked

    folder = Path(args.data) if args.data else None
    extra = tuple(Path(f) for f in args.catalogs or ())
    missing = [f for f in (folder, *extra) if f is not None and not f.is_dir()]
    if missing:
        print(f"extractor: no such folder: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    counts, problems = check_catalogs(folder, tuple(dict.fromkeys((*environment_folders(), *extra))))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in the catalogs", file=sys.stderr)
        return 1
    print("catalogs OK: " + ", ".join(f"{name} {count} entries" for name, count in counts.items()))
    return 0


def add_catalogs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--catalogs",
        metavar="DIR",
        action="append",
        help="a folder of user catalog files (CSV of the shipped columns, named like the shipped "
        f"file they extend), loaded on top of the shipped ones; repeatable; also {ENVIRONMENT}",
    )


def register(subparsers: Subparsers) -> None:
    catalog = subparsers.add_parser("catalog", help="work with the catalogs of comunas, offices and funders")
    actions = catalog.add_subparsers(dest="action", required=True)
    check = actions.add_parser(
        "check",
        help="validate the catalogs: malformed rows, a variant that is another "
        "name, a form claimed by two entries, an acronym on two entries, "
        "unknown regions",
    )
    check.add_argument("--data", metavar="DIR", help="folder holding the catalog files (default: the shipped ones)")
    add_catalogs_option(check)
    check.set_defaults(handler=handle_check)
