"""The terminal format: one line per changed field, `[-deleted-]` `{+inserted+}` words, colour on a tty."""

from __future__ import annotations

from collections.abc import Callable

from .compare import FieldChange
from .present import (
    STATUS_MARKS,
    Part,
    change_parts,
    ficha_documents,
    ficha_title,
    problem_lines,
    status_word,
    summary_text,
    to_show,
)
from .report import FichaDiff, Report

_COLOURS = {"old": "31", "del": "31", "new": "32", "ins": "32", "head": "1", "dim": "2"}
_MARKERS = {"del": ("[-", "-]"), "ins": ("{+", "+}")}


def render(report: Report, colour: bool = False) -> str:
    paint = painter(colour)
    lines = [paint("head", f"extractor {report.command}: {report.left} | {report.right}"), summary_text(report)]
    for ficha in to_show(report):
        lines += ["", *ficha_lines(report, ficha, paint)]
    if report.problems:
        lines += ["", paint("head", "invalid records (they break the contract):")]
        lines += [f"  {line}" for line in problem_lines(report)]
    if report.notes:
        lines += ["", "notes:"] + [f"  {note}" for note in report.notes]
    return "\n".join(lines) + "\n"


Paint = Callable[[str, str], str]  # (style, text) -> the text as shown


def ficha_lines(report: Report, ficha: FichaDiff, paint: Paint | None = None) -> list[str]:
    """The block of one ficha: heading, its field changes, its run metadata apart."""
    paint = paint or painter(False)
    mark, title = STATUS_MARKS[ficha.status], ficha_title(ficha)
    lines = [paint("head", f"{mark} {title}  {status_word(report, ficha)}  ({ficha_documents(ficha)})")]
    lines += [f"    {change_line(c, paint)}" for c in ficha.fields]
    if ficha.metadata:
        lines += [paint("dim", "    run metadata:")] + [f"      {change_line(c, paint)}" for c in ficha.metadata]
    return lines


def change_line(change: FieldChange, paint: Paint) -> str:
    return f"{change.path}: " + "".join(_part_text(part, paint) for part in change_parts(change))


def _part_text(part: Part, paint: Paint) -> str:
    style, text = part
    start, end = _MARKERS.get(style, ("", ""))
    return paint(style, f"{start}{one_line(text)}{end}")


def one_line(text: str) -> str:
    """Paragraph breaks shown as ¶ so that a change stays on its line."""
    return text.replace("\n\n", " ¶ ").replace("\n", " ¶ ")


def painter(colour: bool) -> Paint:
    def paint(style: str, text: str) -> str:
        code = _COLOURS.get(style)
        return f"\033[{code}m{text}\033[0m" if colour and code and text else text

    return paint
