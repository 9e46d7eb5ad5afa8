"""What several commands share: usage errors, output files, passwords and the report options.

Not a command itself (the leading underscore keeps `cli.command_names` from listing it).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from ..readers.pdf.sources import DEFAULT as DEFAULT_PDF_ENGINE
from ..readers.pdf.sources import SOURCES as PDF_SOURCES
from ..review import FORMATS as REPORT_FORMATS

if TYPE_CHECKING:  # the review's modules (the record model, rendering) load when a report is made
    from ..review.report import Report

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"  # what `register` adds to

PASSWORD_VARIABLE = "EXTRACTOR_PASSWORD"


def usage_error(args: argparse.Namespace, message: str) -> int:
    """The usage of the command that was called and `prog: error: message` on stderr; exit code 2."""
    parser: argparse.ArgumentParser | None = getattr(args, "parser", None)
    if parser is None:
        print(f"extractor: error: {message}", file=sys.stderr)
    else:
        parser.print_usage(sys.stderr)
        print(f"{parser.prog}: error: {message}", file=sys.stderr)
    return 2


def fail(command: str, message: str, code: int = 1) -> int:
    """One line on stderr, `extractor <command>: message`; the exit code."""
    print(f"extractor {command}: {message}", file=sys.stderr)
    return code


def writable_folder(folder: Path) -> str | None:
    """Why records cannot be written to `folder`, or None when they can; nothing is left behind.

    A missing folder is judged by its nearest existing parent (it must be a
    folder in which one can be created)."""
    existing = next(p for p in (folder, *folder.absolute().parents) if p.exists())
    if not existing.is_dir():
        return "not a folder" if existing == folder else f"{existing} is not a folder"
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".extractor-probe-", dir=existing))
    except OSError as error:
        return f"cannot be written: {error.strerror or error}"
    return None


def write_output(target: str | None, data: bytes, default: str | None = None) -> str | None:
    """`data` to the file `target` (atomically; `-` or None without `default`: standard output);
    the file written, or None for standard output. Raises OSError (a full disk, a read-only folder)."""
    from ..batch.writer import write_atomic

    target = target or default
    if target is None or target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return None
    path = Path(target)
    if path.exists() and not path.is_file():  # a device or a pipe (/dev/stdout): written to, never replaced
        with open(path, "wb") as handle:
            handle.write(data)
        return target
    write_atomic(path, data)
    return target


def add_output_option(parser: argparse.ArgumentParser, what: str, default: str = "standard output") -> None:
    parser.add_argument(
        "-o",
        "--output",
        "--out",
        dest="output",
        metavar="FILE",
        help=f"write {what} to FILE, '-' for standard output (default: {default})",
    )


# --- passwords -----------------------------------------------------------------------------


def add_pdf_engine_option(parser: argparse.ArgumentParser) -> None:
    """--pdf-engine NAME: the PDF reader's page source (`readers.pdf.sources`)."""
    parser.add_argument(
        "--pdf-engine",
        choices=tuple(PDF_SOURCES),
        type=str.lower,  # "PDFium" as the README spells it
        default=DEFAULT_PDF_ENGINE,
        help="what reads the PDF pages: pdfium (fast) or pdfplumber (the reference); they are tested to give "
        "the same records (tests/test_pdf_engines.py names where their page objects differ; damaged files one "
        "engine repairs and the other refuses can differ) (default: %(default)s)",
    )


def add_password_options(parser: argparse.ArgumentParser) -> None:
    """--password PW, --password-env VAR, --ask-password; EXTRACTOR_PASSWORD when none is given."""
    given = parser.add_mutually_exclusive_group()
    given.add_argument(
        "--password",
        metavar="PW",
        help="password of encrypted PDFs (never guessed; it shows in `ps` and the shell's "
        f"history: prefer --password-env, --ask-password or {PASSWORD_VARIABLE})",
    )
    given.add_argument(
        "--password-env",
        metavar="VAR",
        help=f"read the password from the environment variable VAR (default: {PASSWORD_VARIABLE}, when set)",
    )
    given.add_argument("--ask-password", action="store_true", help="ask for the password on the terminal")


def password_from(args: argparse.Namespace, ask: Callable[[str], str] = getpass.getpass) -> str | None:
    """The password the options give; ValueError when --password-env names an unset variable or
    --ask-password has no terminal to ask on."""
    if args.password is not None:
        return str(args.password)
    if args.password_env:
        if args.password_env not in os.environ:
            raise ValueError(f"--password-env {args.password_env}: no such environment variable")
        return os.environ[args.password_env]
    if args.ask_password:
        if not sys.stdin.isatty():
            raise ValueError("--ask-password needs a terminal (use --password-env VAR when there is none)")
        return ask("PDF password: ")
    return os.environ.get(PASSWORD_VARIABLE) or None


# --- reports of diff, crosscheck and run --diff-against ------------------------------------


def add_report_options(parser: argparse.ArgumentParser, file_flags: tuple[str, ...] = ("--output", "-o")) -> None:
    parser.add_argument(
        "--format",
        choices=REPORT_FORMATS,
        default="text",
        help="report format: text (terminal, the default), md (Markdown), html (one page) or json",
    )
    parser.add_argument(
        *file_flags, dest="output", metavar="FILE", help="write the report to FILE instead of the screen"
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour in the text format (auto: only on a terminal)",
    )
    parser.add_argument(
        "--all",
        dest="list_unchanged",
        action="store_true",
        help="list the unchanged fichas too in the md and html summary tables (default: only their count)",
    )


def report_command(command: str, build: Callable[[], Report], args: argparse.Namespace) -> int:
    """Build the report and print it (or write it to --output): exit 0 when nothing differs, 1 when
    something does, 2 when the records cannot be read, a record read breaks the contract (the report
    lists each one: file, field, problem; stderr counts them) or the report cannot be written."""
    from ..review.output import rendered, wants_colour
    from ..review.records import RecordError

    try:
        report = build()
    except RecordError as error:
        return fail(command, str(error), 2)
    report.list_unchanged = args.list_unchanged
    colour = False if args.output else wants_colour(args.color)
    try:
        write_output(args.output, rendered(report, args.format, colour=colour).encode("utf-8"))
    except OSError as error:
        return fail(command, f"{args.output}: cannot be written: {error.strerror or error}", 2)
    if report.problems:
        others = len(report.problems) - 1
        more = f" (and {others} more problem{'s' if others > 1 else ''}, listed in the report)" if others else ""
        records = "an invalid record" if report.invalid == 1 else f"{report.invalid} invalid records"
        return fail(command, f"{records} read: {report.problems[0]}{more}", 2)
    return 1 if report.differs else 0
