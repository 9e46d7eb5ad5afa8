"""Command line entry point. Thin: each subcommand lives in `extractor.commands`."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from . import commands


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="extractor", description="Fichas de Buenas Prácticas Municipales -> JSON records")
    subparsers = top.add_subparsers(dest="command", required=True)
    for module in sorted(m.name for m in pkgutil.iter_modules(commands.__path__)):
        importlib.import_module(f"{commands.__name__}.{module}").register(subparsers)
    return top


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exit_:  # argparse: --help exits 0, a usage error 2
        return 0 if not exit_.code else 2
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
