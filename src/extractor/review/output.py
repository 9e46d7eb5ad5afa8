"""Report formats and the command-line options that choose them (shared by diff, crosscheck, run)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from . import render_html, render_json, render_md, render_text
from .records import RecordError
from .report import Report

FORMATS = ("text", "md", "html", "json")


def add_report_options(parser: argparse.ArgumentParser, file_flags: tuple[str, ...] = ("--output", "-o")) -> None:
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help="report format: text (terminal, the default), md (Markdown), html (one page) or json")
    parser.add_argument(*file_flags, dest="output", metavar="FILE",
                        help="write the report to FILE instead of the screen")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour in the text format (auto: only on a terminal)")


def rendered(report: Report, fmt: str, colour: bool = False) -> str:
    if fmt == "text":
        return render_text.render(report, colour=colour)
    return {"md": render_md.render, "html": render_html.render, "json": render_json.render}[fmt](report)


def emit(report: Report, args: argparse.Namespace) -> None:
    """Print the report in the chosen format, or write it to --output."""
    if args.output:
        Path(args.output).write_text(rendered(report, args.format), encoding="utf-8")
        return
    sys.stdout.write(rendered(report, args.format, colour=wants_colour(args.color)))


def wants_colour(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def report_command(command: str, build: Callable[[], Report], args: argparse.Namespace) -> int:
    """Build the report and print it: exit 0 when nothing differs, 1 when something does, 2 when
    the records cannot be read (named on stderr)."""
    try:
        report = build()
    except RecordError as error:
        print(f"extractor {command}: {error}", file=sys.stderr)
        return 2
    emit(report, args)
    return 1 if report.differs else 0
