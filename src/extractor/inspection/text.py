"""The inspection as text: fichas first, then every item in reading order, page by page (PDF)."""

from __future__ import annotations

from itertools import groupby

from ..layout import Checkbox, Provenance, ReaderNote, TextBlock, is_month_table
from ..segment.fichas import Placed
from ..vocab import month_forms
from .build import Inspection, MonthCell, entry_text, month_cells_of

WIDTH = 90  # characters of a block's text shown


def position(prov: Provenance) -> str:
    """ "[x0 top x1 bottom]" in PDF points, or "¶N" (body element N) for DOCX."""
    if prov.bbox is not None:
        return "[" + " ".join(f"{v:6.1f}" for v in prov.bbox) + "]"
    return f"¶{prov.index}" if prov.index is not None else "-"


def state(checked: bool) -> str:
    return "[x]" if checked else "[ ]"


def month_names(months: list[int]) -> str:
    names = [month_forms()["full"][m - 1][:3].capitalize() for m in months]
    return "-".join([names[0], names[-1]] if len(names) > 1 else names) if names else "?"


def shorten(text: str, width: int = WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def place(entry: Placed) -> str:
    return f"ficha {entry.ficha} · {entry.section}" if entry.ficha is not None else "(no ficha)"


def _describe(entry: Placed) -> str:
    item = entry.item
    if isinstance(item, Checkbox):
        reads = f" -> {entry.category}" if entry.category else ""
        return f"{state(item.checked)} {item.method:<8} «{item.label or ''}»{reads}"
    if isinstance(item, TextBlock):
        text = shorten(entry_text(entry))
        if entry.heading is not None:
            key, score = entry.heading
            return f"HEADING  {key} ({score:.0f})  «{text}»"
        return f"{'TITLE' if entry.section == 'title' else 'text':<8} {text}"
    if isinstance(item, ReaderNote):
        return f"NOTE     {item.codigo.value}  «{shorten(item.mensaje)}»"
    kind = "month table" if is_month_table(item) else "table"
    return f"{kind} of {item.n_rows} rows x {item.n_cols} columns"


def _cell_line(cell: MonthCell) -> str:
    mark = cell.cell.mark
    how = f"{state(mark.checked)} {mark.method}" if mark is not None else "[ ] -"
    return f"    {month_names(cell.months):<8} {how:<14} {position(cell.cell.prov)}"


def entry_lines(entry: Placed) -> list[str]:
    lines = [f"  {place(entry):<34} {position(entry.item.prov):<30} {_describe(entry)}"]
    if is_month_table(entry.item):
        lines += [_cell_line(cell) for cell in month_cells_of(entry)]
    return lines


def counts(boxes: list[Placed], cells: list[MonthCell]) -> str:
    checked = sum(1 for e in boxes if isinstance(e.item, Checkbox) and e.item.checked)
    marked = sum(1 for c in cells if c.cell.mark is not None and c.cell.mark.checked)
    return (
        f"{len(boxes)} checkboxes ({checked} checked, {len(boxes) - checked} unchecked); "
        f"{len(cells)} month cells ({marked} marked)"
    )


def _header(inspection: Inspection) -> list[str]:
    pages = f", {inspection.n_pages} pages" if inspection.n_pages is not None else ""
    pages += f", read by {inspection.engine}" if inspection.engine else ""
    shown = f"; showing pages {', '.join(map(str, inspection.pages))}" if inspection.pages else ""
    lines = [f"{inspection.path.as_posix()} ({inspection.format}{pages}{shown})", f"{len(inspection.fichas)} ficha(s)"]
    for ficha in inspection.fichas:
        pages_of = f"pages {ficha.pages[0]}-{ficha.pages[-1]}  " if ficha.pages else ""
        lines.append(f"  {ficha.number}  {pages_of}{ficha.id}  «{shorten(ficha.titulo or '', 60)}»")
        lines.append(f"     municipality: «{ficha.municipality}»" if ficha.municipality else "     municipality: none")
        lines.append("     sections: " + (", ".join(f"{k} ({s:.0f})" for k, s in ficha.sections) or "none"))
    return lines


def render_text(inspection: Inspection) -> str:
    lines = _header(inspection)
    shown = inspection.shown()
    if inspection.format == "pdf":
        for page, group in groupby(shown, key=lambda e: e.page):
            entries = list(group)
            lines += ["", f"page {page}"]
            lines += [line for e in entries for line in entry_lines(e)]
            boxes = [e for e in entries if isinstance(e.item, Checkbox)]
            cells = [c for e in entries if is_month_table(e.item) for c in month_cells_of(e)]
            lines.append(f"  page {page}: {counts(boxes, cells)}")
    else:
        lines += ["", "blocks in reading order"]
        lines += [line for e in shown for line in entry_lines(e)]
    lines += ["", f"total: {counts(inspection.checkboxes(), inspection.month_cells())}"]
    return "\n".join(lines) + "\n"
