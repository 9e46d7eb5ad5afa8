"""Report formats: render a report as text, Markdown, HTML or JSON (the options that choose them are in
`commands._common`)."""

from __future__ import annotations

import os
import sys

from . import FORMATS, render_html, render_json, render_md, render_text
from .report import Report

__all__ = ["FORMATS", "rendered", "wants_colour"]


def rendered(report: Report, fmt: str, colour: bool = False) -> str:
    if fmt == "text":
        return render_text.render(report, colour=colour)
    return {"md": render_md.render, "html": render_html.render, "json": render_json.render}[fmt](report)


def wants_colour(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
