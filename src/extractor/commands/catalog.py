"""`extractor catalog check [--data DIR]`: validate the catalogs of names (exit 1 on any problem)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..normalize.check import check_catalogs


def handle_check(args: argparse.Namespace) -> int:
    folder = Path(args.data) if args.data else None
    if folder is not None and not folder.is_dir():
        print(f"extractor: no such folder: {folder}", file=sys.stderr)
        return 2
    counts, problems = check_catalogs(folder)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in the catalogs", file=sys.stderr)
        return 1
    print("catalogs OK: " + ", ".join(f"{name} {count} entries" for name, count in counts.items()))
    return 0


def register(subparsers) -> None:
    catalog = subparsers.add_parser("catalog", help="work with the catalogs of comunas, offices and funders")
    actions = catalog.add_subparsers(dest="action", required=True)
    check = actions.add_parser("check", help="validate the catalogs: malformed rows, a form claimed by two "
                                             "entries, an acronym on two entries, unknown regions")
    check.add_argument("--data", metavar="DIR", help="folder holding the catalog files (default: the shipped ones)")
    check.set_defaults(handler=handle_check)
