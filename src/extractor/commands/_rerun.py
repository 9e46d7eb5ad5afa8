"""`extractor run --diff-against DIR`: run into another folder, then show what the run changes.

The records in DIR are never touched: the new records go to a fresh
temporary folder, removed after the report (or to --out when given, which
must not be DIR, and is kept), and the records in DIR of the documents that
were run are diffed against them.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ._common import add_report_options, report_command, writable_folder

if TYPE_CHECKING:
    from ..batch.report import Summary


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--diff-against",
        metavar="DIR",
        help="review mode: write the records to --out (default: a new temporary folder), "
        "not to DIR, and report how they differ from the records in DIR; exits 0 "
        "when equal, 1 when different, 2 when a document failed or on error",
    )
    add_report_options(parser, file_flags=("--report",))


def given_report_options(args: argparse.Namespace) -> list[str]:
    """The report options given on the command line (they only apply with --diff-against)."""
    given = [
        ("--report", args.output is not None),
        ("--format", args.format != "text"),
        ("--color", args.color != "auto"),
        ("--all", args.list_unchanged),
    ]
    return [flag for flag, was_given in given if was_given]


def review(paths: list[Path], args: argparse.Namespace, run: Callable[..., Summary]) -> int:
    """`run(paths, out, log=...)` (the batch) into --out or a temporary folder (removed when done,
    however the run ends), then the diff against --diff-against."""
    before = Path(args.diff_against)
    if not before.is_dir():
        return _error(f"--diff-against {before}: no such folder")
    if args.out and Path(args.out).resolve() == before.resolve():
        return _error("--out must differ from --diff-against: the records in it are not overwritten")
    if args.out and (problem := writable_folder(Path(args.out))):
        return _error(f"--out {args.out}: {problem}")
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="extractor-review-"))
    try:
        summary = run(paths, out, log=lambda line: print(line, file=sys.stderr))
        print(summary.text() if args.out else _not_kept(summary, out, before), file=sys.stderr)
        from ..review.report import diff_run  # the review's modules load only for --diff-against

        code = report_command("run", lambda: diff_run(before, out, paths, kept=bool(args.out)), args)
    finally:
        if not args.out:
            shutil.rmtree(out, ignore_errors=True)
    return 2 if summary.failed else code


def _not_kept(summary: Summary, out: Path, before: Path) -> str:
    """The run's summary without the temporary folder, which is removed: records named by their path
    within it, and a last line saying they were compared and not kept."""
    unkept = replace(summary, out="", review_records=[_within(path, out) for path in summary.review_records])
    return f"{unkept.text()}\nnew records compared with {before}/, not kept (--out DIR keeps them)"


def _within(path: str, folder: Path) -> str:
    try:
        return Path(path).relative_to(folder).as_posix()
    except ValueError:
        return path


def _error(message: str) -> int:
    print(f"extractor run: {message}", file=sys.stderr)
    return 2
