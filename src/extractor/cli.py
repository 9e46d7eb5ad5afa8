"""Command line: `extractor run`, `extractor schema`. Thin: parsing and printing only."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import batch
from .model import json_schema


def _run(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths] or [Path("raw")]
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"extractor: no such file or folder: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    summary = batch.run(paths, Path(args.out), log=lambda line: print(line, file=sys.stderr))
    print(summary.text())
    return 1 if summary.failed else 0


def _schema(_: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="extractor", description="Fichas de Buenas Prácticas Municipales -> JSON records")
    commands = top.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="extract every ficha of the documents under PATH into OUT")
    run.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: raw/)")
    run.add_argument("--out", default="structured", metavar="DIR", help="output folder (default: structured/)")
    run.set_defaults(handler=_run)
    schema = commands.add_parser("schema", help="print the JSON Schema of a record")
    schema.set_defaults(handler=_schema)
    return top


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
