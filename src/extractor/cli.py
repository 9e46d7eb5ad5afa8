"""Command line entry point. Thin: each subcommand lives in `extractor.commands`.

Only the module of the command being run is imported (a warm `run` that
skips every document should not pay for loading the PDF reader, the export
formats and the inspector); `--help` and a mistyped command load them all.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import os
import pkgutil
import sys
from typing import Any, NoReturn

from . import commands


def command_names() -> list[str]:
    """The subcommands: the modules of `extractor.commands`, less its helpers (`_common`, `_rerun`)."""
    return sorted(m.name for m in pkgutil.iter_modules(commands.__path__) if not m.name.startswith("_"))


def _chosen(argv: list[str]) -> str | None:
    """The subcommand named on the command line, when it is a known one."""
    first = next((a for a in argv if not a.startswith("-")), None)
    return first if first in command_names() else None


class _VersionAction(argparse.Action):
    """`--version`: prints `extractor <version>` and exits 0, reading the installed version
    (`importlib.metadata`, about 0.03 s of imports) only when asked, not at every start."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> NoReturn:
        from . import __version__

        print(f"extractor {__version__}")  # on stdout, as argparse's own "version" action
        parser.exit()


def parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="extractor", description="Fichas de Buenas Prácticas Municipales -> JSON records"
    )
    top.add_argument("--version", action=_VersionAction, help="show the program's version number and exit")
    subparsers = top.add_subparsers(dest="command", required=True)
    chosen = _chosen(sys.argv[1:] if argv is None else argv)
    collecting = gc.isenabled()
    gc.disable()  # importing makes modules and classes, which live as long as the process: no cyclic
    try:  # collection need look at them, meanwhile nor after (`gc.freeze`; the recipe of `batch.workers.long_lived`)
        for name in command_names():
            if chosen is None or name == chosen:
                importlib.import_module(f"{commands.__name__}.{name}").register(subparsers)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    return top


def main(argv: list[str] | None = None) -> int:
    """Run the command; its exit code. A usage error is 2, Ctrl-C 130; an unexpected error is one line
    on stderr (where it happened: a bug to report), exit 1, never a traceback."""
    try:
        top = parser(argv)
        args, unknown = top.parse_known_args(argv)
        if unknown:  # the usage of the command that was called, not the top level's
            getattr(args, "parser", top).error(f"unrecognized arguments: {' '.join(unknown)}")
    except SystemExit as exit_:  # argparse: --help exits 0, a usage error 2
        return 0 if not exit_.code else 2
    try:
        code: int = args.handler(args)
        return code
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `extractor export | head`: the reader left
        sys.stderr.close()
        return 1
    except Exception as error:
        from .problems import describe

        print(f"extractor {args.command}: internal error: {describe(error)}", file=sys.stderr)
        return 1


def entry() -> NoReturn:
    """The `extractor` command (and `python -m extractor`): `main`, then the process ends once its exit
    handlers have run and its output is flushed, without Python's finalisation freeing every object it
    made one by one (after a batch run: the catalogs, the readers' modules, the records; about 0.1 s,
    the longest step after the last worker ends). In-process callers (the tests) call `main`."""
    code = main()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not stream.closed:
            try:
                stream.flush()
            except (OSError, ValueError):  # the reader left (`| head`): what Python's own exit would say
                code = code or 120
    os._exit(code)


if __name__ == "__main__":
    entry()
