"""Command line entry point. Thin: each subcommand lives in `extractor.commands`.

Only the module of the command being run is imported (a warm `run` that
skips every document should not pay for loading the PDF reader, the export
formats and the inspector); `--help` and a mistyped command load them all.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from . import commands


def command_names() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(commands.__path__))


def _chosen(argv: list[str]) -> str | None:
    """The subcommand named on the command line, when it is a known one."""
    first = next((a for a in argv if not a.startswith("-")), None)
    return first if first in command_names() else None


def parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="extractor", description="Fichas de Buenas Prácticas Municipales -> JSON records")
    subparsers = top.add_subparsers(dest="command", required=True)
    chosen = _chosen(sys.argv[1:] if argv is None else argv)
    for name in command_names():
        if chosen is None or name == chosen:
            importlib.import_module(f"{commands.__name__}.{name}").register(subparsers)
    return top


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser(argv).parse_args(argv)
    except SystemExit as exit_:  # argparse: --help exits 0, a usage error 2
        return 0 if not exit_.code else 2
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
