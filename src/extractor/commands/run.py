"""`extractor run [PATH ...] [--out DIR] [options]`: extract every ficha into JSON records."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from .. import batch
from ..normalize import catalog_files
from ..readers.checks import MB, FileLimits
from ..review import rerun
from ..workers import WorkerLimits


def handle(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths] or [Path("raw")]
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"extractor: no such file or folder: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    if not _use_catalogs(args.catalogs or []):
        return 2
    options = run_options(args)
    try:
        if args.diff_against:
            return rerun.review(paths, args, partial(batch.run, options=options))
        summary = batch.run(paths, Path(args.out or "structured"), log=lambda line: print(line, file=sys.stderr),
                            options=options)
    except KeyboardInterrupt:
        print("extractor: interrupted; every record written so far is complete", file=sys.stderr)
        return 130
    print(summary.text())
    return 1 if summary.failed else 0


def register(subparsers) -> None:
    run = subparsers.add_parser("run", help="extract every ficha of the documents under PATH into OUT")
    run.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: raw/)")
    run.add_argument("--out", metavar="DIR", help="output folder (default: structured/)")
    run.add_argument("--catalogs", metavar="DIR", action="append",
                     help="a folder of user catalog files (CSV of the shipped columns, named like the shipped file "
                          f"they extend) loaded on top of the shipped ones; repeatable; also {catalog_files.ENVIRONMENT}")
    add_batch_options(run)
    rerun.add_options(run)
    run.set_defaults(handler=handle)


def _use_catalogs(folders: list[str]) -> bool:
    """Load the user catalogs (`--catalogs` and the environment) after checking them; False when
    a folder is missing or a file has problems (printed, naming file and line)."""
    missing = [f for f in folders if not Path(f).is_dir()]
    if missing:
        print(f"extractor: no such catalogs folder: {', '.join(missing)}", file=sys.stderr)
        return False
    if folders:
        catalog_files.use_folders([Path(f) for f in folders])
    if not catalog_files.all_user_files():
        return True
    from ..normalize.check import check_catalogs
    _, problems = check_catalogs(None, catalog_files.user_folders())
    for problem in problems:
        print(f"extractor: {problem}", file=sys.stderr)
    return not problems


def _positive(kind: type) -> callable:
    def parse(text: str):
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be positive: {text}")
        return value
    parse.__name__ = kind.__name__
    return parse


def add_batch_options(parser: argparse.ArgumentParser) -> None:
    cores = batch.default_jobs()
    parser.add_argument("--jobs", "-j", type=_positive(int), default=cores, metavar="N",
                        help=f"worker processes; a long PDF is split across them (default: {cores}, the cores)")
    parser.add_argument("--force", action="store_true",
                        help="read every document, even those whose records in OUT are up to date")
    parser.add_argument("--password", metavar="PW", help="password of encrypted PDFs (never guessed)")
    parser.add_argument("--timeout", type=_positive(float), default=WorkerLimits.timeout, metavar="S",
                        help="seconds a worker may spend on a document, or on one part of a long PDF "
                             "(default: %(default)g)")
    parser.add_argument("--memory-limit", type=_positive(int), default=WorkerLimits.memory_mb, metavar="MB",
                        help="memory a worker may allocate (default: %(default)d)")
    parser.add_argument("--max-size", type=_positive(float), default=FileLimits.max_bytes / MB, metavar="MB",
                        help="larger files are refused (default: %(default)g)")
    talk = parser.add_mutually_exclusive_group()
    talk.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    talk.add_argument("--verbose", "-v", action="store_true", help="log each document's time, pages and memory")


def run_options(args: argparse.Namespace) -> batch.RunOptions:
    return batch.RunOptions(
        jobs=args.jobs, force=args.force, password=args.password,
        file_limits=FileLimits(max_bytes=int(args.max_size * MB)),
        worker_limits=WorkerLimits(timeout=args.timeout, memory_mb=args.memory_limit),
        verbose=args.verbose, progress=False if args.quiet else None)
