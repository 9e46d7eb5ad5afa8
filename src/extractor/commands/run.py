"""`extractor run [PATH ...] [--out DIR] [options]`: extract every ficha into JSON records."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from ..batch import runner as batch
from ..batch.lock import LockHeld, WaitInterrupted
from ..batch.out_folder import output_problem
from ..batch.workers import WorkerLimits
from ..normalize import catalog_files
from ..readers.checks import MB, FileLimits
from ..readers.ocr import OCR_MODES, OcrOptions
from . import _rerun as rerun
from ._common import (
    Subparsers,
    add_password_options,
    add_pdf_engine_option,
    fail,
    password_from,
    usage_error,
    writable_folder,
)


def handle(args: argparse.Namespace) -> int:
    if args.root is not None and not Path(args.root).is_dir():
        return usage_error(args, f"--root {args.root}: no such folder")
    paths = [Path(p) for p in args.paths] or [Path(args.root) if args.root is not None else batch.DEFAULT_INPUT]
    missing = [p for p in paths if not p.exists()]
    if missing:
        return usage_error(args, f"no such file or folder: {', '.join(map(str, missing))}")
    if not args.diff_against:
        ignored = rerun.given_report_options(args)
        if ignored:
            verb = "applies" if len(ignored) == 1 else "apply"
            return usage_error(args, f"{', '.join(ignored)} {verb} only with --diff-against")
    catalogs = _catalog_folders(args.catalogs or [])
    if catalogs is None:
        return 2
    try:
        options = run_options(args, catalogs)
    except ValueError as error:
        return usage_error(args, str(error))
    out = Path(args.out or "structured")
    clash = output_problem(out, paths, args.out is not None) if args.out or not args.diff_against else None
    if clash:  # records among the documents: refused before anything is read or written
        return fail("run", clash, 2)
    problem = None if args.diff_against else writable_folder(out)
    if problem:  # found before any reading: one line, exit 2
        return fail("run", f"--out {out}: {problem}", 2)
    try:
        with sigterm_as_interrupt():
            if args.diff_against:
                return rerun.review(paths, args, partial(batch.run, options=options))
            summary = batch.run(paths, out, log=lambda line: print(line, file=sys.stderr), options=options)
    except batch.PlanError as error:
        return usage_error(args, str(error))
    except LockHeld as error:
        return fail("run", f"{error}; run again when it has ended (without --no-wait a run waits for it)", 2)
    except WaitInterrupted as interrupted:
        how = "terminated (SIGTERM)" if isinstance(interrupted.__context__, Terminated) else "interrupted"
        print(f"extractor: {how} while waiting for {out}; nothing was read or written", file=sys.stderr)
        return TERMINATED_EXIT if how != "interrupted" else 130
    except KeyboardInterrupt as interrupted:
        how = "terminated (SIGTERM)" if isinstance(interrupted, Terminated) else "interrupted"
        kept = "" if args.diff_against and not args.out else f" (see {out / '.extractor-report.json'})"
        print(f"extractor: {how}; every record written so far is complete{kept}", file=sys.stderr)
        return TERMINATED_EXIT if isinstance(interrupted, Terminated) else 130
    if summary.documents + summary.unchanged + len(summary.failed) == 0:
        print(f"extractor run: no documents (.pdf, .docx) under {', '.join(map(str, paths))}", file=sys.stderr)
    code = 1 if summary.failed else 0
    if code or not args.quiet:
        print(summary.text(), file=sys.stderr if code and args.quiet else sys.stdout)
    return code


TERMINATED_EXIT = 128 + signal.SIGTERM  # 143, the shells' code for a process ended by SIGTERM


class Terminated(KeyboardInterrupt):
    """SIGTERM (`kill`, `timeout`, a CI cancellation, systemd): stopped as cleanly as by Ctrl-C."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises `Terminated` (a KeyboardInterrupt), so a run it ends stops like one
    Ctrl-C ends: workers stopped, the report written with `complete: false`, the lock released."""
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def register(subparsers: Subparsers) -> None:
    run = subparsers.add_parser(
        "run",
        help="extract every ficha of the documents under PATH into OUT",
        description="Extract every ficha of the documents under PATH (default: the --root folder, else raw/) "
        "into one JSON record each, in OUT/<document path relative to the "
        "root, without extension>/<id>.json.",
    )
    run.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (default: the --root folder, else raw/)"
    )
    run.add_argument("--out", "-o", "--output", dest="out", metavar="DIR", help="output folder (default: structured/)")
    run.add_argument(
        "--root",
        metavar="DIR",
        help="record folders are document paths relative to DIR (default: raw/ for documents in "
        "./raw/, else the current folder)",
    )
    run.add_argument(
        "--prune",
        action="store_true",
        help="remove the record folders of documents that are no longer among the inputs",
    )
    run.add_argument(
        "--catalogs",
        metavar="DIR",
        action="append",
        help="a folder of user catalog files (CSV of the shipped columns, named like the shipped file "
        "they extend) loaded on top of the shipped ones; repeatable; "
        f"also {catalog_files.ENVIRONMENT}",
    )
    add_batch_options(run)
    rerun.add_options(run)
    run.set_defaults(handler=handle, parser=run)


def _catalog_folders(folders: list[str]) -> tuple[Path, ...] | None:
    """The user catalog folders of the run (those of the environment, then `--catalogs`), once
    checked; None when a folder is missing or a file has problems (printed, naming file and line)."""
    missing = [f for f in folders if not Path(f).is_dir()]
    if missing:
        print(f"extractor: no such catalogs folder: {', '.join(missing)}", file=sys.stderr)
        return None
    given = [*catalog_files.environment_folders(), *(Path(f).resolve() for f in folders)]
    found = tuple(dict.fromkeys(given))
    if not found:
        return found
    from ..normalize.check import check_catalogs

    _, problems = check_catalogs(None, found)
    for problem in problems:
        print(f"extractor: {problem}", file=sys.stderr)
    return None if problems else found


def _positive(kind: type[float]) -> Callable[[str], float]:
    """An argparse `type` reading a positive `kind` (int or float)."""

    def parse(text: str) -> float:
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be positive: {text}")
        return value

    parse.__name__ = kind.__name__
    return parse


def add_batch_options(parser: argparse.ArgumentParser) -> None:
    cores = batch.default_jobs()
    parser.add_argument(
        "--jobs",
        "-j",
        type=_positive(int),
        default=cores,
        metavar="N",
        help=f"worker processes; a long PDF is split across them (default: {cores}, the cores)",
    )
    parser.add_argument(
        "--force", action="store_true", help="read every document, even those whose records in OUT are up to date"
    )
    add_password_options(parser)
    add_pdf_engine_option(parser)
    parser.add_argument(
        "--timeout",
        type=_positive(float),
        default=WorkerLimits.timeout,
        metavar="S",
        help="seconds a worker may spend on a document, or on one part of a long PDF (default: %(default)g)",
    )
    parser.add_argument(
        "--memory-limit",
        type=_positive(int),
        default=WorkerLimits.memory_mb,
        metavar="MB",
        help="memory a worker may allocate (default: %(default)d)",
    )
    parser.add_argument(
        "--max-size",
        type=_positive(float),
        default=FileLimits.max_bytes / MB,
        metavar="MB",
        help="larger files are refused (default: %(default)g)",
    )
    parser.add_argument(
        "--no-wait",
        action="store_true",
        help="when another run is writing to OUT, exit 2 naming its pid instead of waiting for it",
    )
    parser.add_argument(
        "--ocr",
        choices=OCR_MODES,
        default=OcrOptions.mode,
        help="read scanned pages by OCR (Tesseract): auto, the pages without a text layer; never; always, every page "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--ocr-lang", default=OcrOptions.lang, metavar="LANG", help="Tesseract language(s) (default: %(default)s)"
    )
    parser.add_argument(
        "--ocr-dpi",
        type=_positive(int),
        default=OcrOptions.dpi,
        metavar="DPI",
        help="resolution scanned pages are read at (default: %(default)d)",
    )
    talk = parser.add_mutually_exclusive_group()
    talk.add_argument("--quiet", "-q", action="store_true", help="no progress bar, and nothing printed on success")
    talk.add_argument("--verbose", "-v", action="store_true", help="log each document's time, pages and memory")


def run_options(args: argparse.Namespace, catalogs: tuple[Path, ...] = ()) -> batch.RunOptions:
    """The batch's options, with the user catalog folders `catalogs`; ValueError for a password
    that cannot be had (see `common.password_from`)."""
    return batch.RunOptions(
        jobs=args.jobs,
        force=args.force,
        password=password_from(args),
        file_limits=FileLimits(max_bytes=int(args.max_size * MB)),
        worker_limits=WorkerLimits(timeout=args.timeout, memory_mb=args.memory_limit),
        verbose=args.verbose,
        progress=False if args.quiet else None,
        root=Path(args.root) if args.root else None,
        prune=args.prune,
        pdf_engine=args.pdf_engine,
        wait=not args.no_wait,
        ocr=OcrOptions(args.ocr, args.ocr_lang, args.ocr_dpi),
        catalogs=catalogs,
    )
