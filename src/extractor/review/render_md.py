"""The Markdown format, to paste in a pull request: a summary table (changed first; unchanged fichas
counted, listed with `--all`), then one section per ficha, then the records that break the contract."""

from __future__ import annotations

import re

from .compare import FieldChange
from .present import (
    STATUS_MARKS,
    Part,
    change_parts,
    ficha_documents,
    ficha_title,
    listed,
    problem_lines,
    status_word,
    summary_text,
    to_show,
    unlisted_text,
)
from .render_text import one_line
from .report import FichaDiff, Report

_MARKUP = {"del": ("~~", "~~"), "ins": ("**", "**")}


def render(report: Report) -> str:
    lines = [
        f"## extractor {report.command}",
        "",
        f"{escape(report.left)} | {escape(report.right)}",
        "",
        f"**{summary_text(report)}**",
        "",
    ]
    rows = listed(report)
    if rows:
        lines += ["| ficha | document | status | fields | run metadata |", "|---|---|---|---|---|"]
        lines += [
            f"| {escape(ficha_title(f))} | {escape(ficha_documents(f))} | {status_word(report, f)} "
            f"| {len(f.fields)} | {len(f.metadata)} |"
            for f in rows
        ]
    unlisted = unlisted_text(report)
    if unlisted:
        lines += ["", escape(unlisted)] if rows else [escape(unlisted)]
    for ficha in to_show(report):
        lines += ["", *ficha_section(report, ficha)]
    if report.problems:
        lines += ["", "**Invalid records** (they break the contract)", ""]
        lines += [f"- {escape(line)}" for line in problem_lines(report)]
    if report.notes:
        lines += ["", "**Notes**", ""] + [f"- {escape(note)}" for note in report.notes]
    return "\n".join(lines) + "\n"


def ficha_section(report: Report, ficha: FichaDiff) -> list[str]:
    lines = [
        f"### {STATUS_MARKS[ficha.status]} {escape(ficha_title(ficha))} ({status_word(report, ficha)})",
        "",
        f"{escape(ficha_documents(ficha))}",
        "",
    ]
    lines += [change_item(c) for c in ficha.fields]
    if ficha.metadata:
        lines += ["", "Run metadata:", ""] + [change_item(c) for c in ficha.metadata]
    return lines


def change_item(change: FieldChange) -> str:
    """A list item; a deletion and the insertion right after it get a space between them."""
    parts = change_parts(change)
    glued = [n for n in range(1, len(parts)) if parts[n - 1][0] == "del" and parts[n][0] == "ins"]
    return f"- `{change.path}`: " + "".join((" " if n in glued else "") + _markup(p) for n, p in enumerate(parts))


def _markup(part: Part) -> str:
    style, text = part
    start, end = _MARKUP.get(style, ("", ""))
    inner = one_line(text)
    if not start or not inner.strip():
        return escape(inner)
    # Emphasis markers must touch the words: spaces at the edges go outside them.
    edges = re.match(r"^(\s*)(.*?)(\s*)$", inner, re.S)
    assert edges is not None  # the pattern matches any string
    lead, core, trail = edges.groups()
    return f"{lead}{start}{escape(core)}{end}{trail}"


def escape(text: str) -> str:
    return re.sub(r"([\\`*_~\[\]<>|#])", r"\\\1", text)
