"""The HTML format: one self-contained page (no scripts, no outside files).

A summary table of the fichas that differ with their counts, changed first (the unchanged ones
counted below it, listed only with `--all`), then one card per ficha
that differs, its changed fields with deleted words in <del> and inserted
words in <ins>, and its run metadata in a block of its own.
"""

from __future__ import annotations

from html import escape

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
from .report import FichaDiff, Report

_TAGS = {
    "del": ("<del>", "</del>"),
    "ins": ("<ins>", "</ins>"),
    "old": ('<span class="old">', "</span>"),
    "new": ('<span class="new">', "</span>"),
}

STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1f2328; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; }
.sides { color: #59636e; margin-top: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #d1d9e0; padding: .3rem .5rem; text-align: left; vertical-align: top; }
table.summary td.count { text-align: right; font-variant-numeric: tabular-nums; }
tr.status-unchanged td { color: #59636e; }
.card { border: 1px solid #d1d9e0; border-radius: 6px; margin: 1.5rem 0; padding: 0 1rem 1rem; }
.card h2 { font-size: 1.1rem; }
.status { white-space: nowrap; font-size: .8rem; font-weight: normal; border-radius: 1rem; padding: .1rem .6rem;
  background: #eff2f5; }
.status-added .status { background: #dafbe1; } .status-removed .status { background: #ffebe9; }
.documents { color: #59636e; font-size: .9rem; }
table.fields th { width: 16rem; font-weight: normal; }
table.fields td { white-space: pre-wrap; }
del, .old { background: #ffcecb; color: #82071e; }
ins, .new { background: #aceebb; color: #055d20; text-decoration: none; }
del + ins { margin-left: .2em; }
.metadata { color: #59636e; } .metadata h3 { font-size: .95rem; }
.unlisted { color: #59636e; }
.invalid { border: 1px solid #ffcecb; border-radius: 6px; padding: 0 1rem; }
.invalid h2 { font-size: 1.1rem; color: #82071e; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
"""


def render(report: Report) -> str:
    cards = {id(f): n for n, f in enumerate(to_show(report), start=1)}
    body = [
        f"<header><h1>extractor {escape(report.command)}</h1>",
        f'<p class="sides">{escape(report.left)} | {escape(report.right)}</p>',
        f'<p class="totals"><strong>{escape(summary_text(report))}</strong></p></header>',
        summary_table(report, cards),
        "<main>",
    ]
    body += [card(report, f, cards[id(f)]) for f in to_show(report)]
    body.append("</main>")
    if report.problems:
        body.append('<section class="invalid"><h2>Invalid records (they break the contract)</h2><ul>')
        body += [f"<li>{escape(line)}</li>" for line in problem_lines(report)]
        body.append("</ul></section>")
    if report.notes:
        body.append('<ul class="notes">' + "".join(f"<li>{escape(n)}</li>" for n in report.notes) + "</ul>")
    return (
        '<!DOCTYPE html>\n<html lang="es">\n<head>\n<meta charset="utf-8">\n'
        f"<title>extractor {escape(report.command)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def summary_table(report: Report, cards: dict[int, int]) -> str:
    rows = []
    for ficha in listed(report):
        title = escape(ficha_title(ficha))
        link = f'<a href="#ficha-{cards[id(ficha)]}">{title}</a>' if id(ficha) in cards else title
        rows.append(
            f'<tr class="status-{ficha.status}"><td>{link}</td><td>{escape(ficha_documents(ficha))}</td>'
            f'<td>{escape(status_word(report, ficha))}</td><td class="count">{len(ficha.fields)}</td>'
            f'<td class="count">{len(ficha.metadata)}</td></tr>'
        )
    table = (
        ""
        if not rows
        else (
            '<table class="summary"><thead><tr><th>ficha</th><th>document</th><th>status</th>'
            "<th>fields</th><th>run metadata</th></tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
        )
    )
    unlisted = unlisted_text(report)
    if unlisted:
        table += f'\n<p class="unlisted">{escape(unlisted)}</p>'
    return table


def card(report: Report, ficha: FichaDiff, number: int) -> str:
    parts = [
        f'<section class="card status-{ficha.status}" id="ficha-{number}">',
        f"<h2>{STATUS_MARKS[ficha.status]} {escape(ficha_title(ficha))} "
        f'<span class="status">{escape(status_word(report, ficha))}</span></h2>',
        f'<p class="documents">{escape(ficha_documents(ficha))}</p>',
    ]
    if ficha.fields:
        parts.append(fields_table(ficha.fields))
    if ficha.metadata:
        parts.append(f'<div class="metadata"><h3>Run metadata</h3>{fields_table(ficha.metadata)}</div>')
    return "\n".join([*parts, "</section>"])


def fields_table(changes: list[FieldChange]) -> str:
    rows = [
        f"<tr><th><code>{escape(c.path)}</code></th><td>{''.join(map(_html, change_parts(c)))}</td></tr>"
        for c in changes
    ]
    return '<table class="fields">' + "".join(rows) + "</table>"


def _html(part: Part) -> str:
    style, text = part
    start, end = _TAGS.get(style, ("", ""))
    return f"{start}{escape(text)}{end}"
