"""`extractor run [PATH ...] [--out DIR]`: extract every ficha into JSON records."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import batch


def handle(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths] or [Path("raw")]
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"extractor: no such file or folder: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    summary = batch.run(paths, Path(args.out), log=lambda line: print(line, file=sys.stderr))
    print(summary.text())
    return 1 if summary.failed else 0


def register(subparsers) -> None:
    run = subparsers.add_parser("run", help="extract every ficha of the documents under PATH into OUT")
    run.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: raw/)")
    run.add_argument("--out", default="structured", metavar="DIR", help="output folder (default: structured/)")
    run.set_defaults(handler=handle)
