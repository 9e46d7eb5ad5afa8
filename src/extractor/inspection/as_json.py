"""The inspection as JSON: fichas, items in reading order, and flat lists of checkboxes and month cells."""

from __future__ import annotations

import json

from ..layout import Checkbox, Provenance, ReaderNote, TextBlock
from ..segment import is_month_table
from .build import Entry, Inspection, MonthCell, entry_text


def _where(prov: Provenance) -> dict:
    bbox = [round(v, 2) for v in prov.bbox] if prov.bbox is not None else None
    return {"page": prov.page, "bbox": bbox, "index": prov.index}


def _place(entry: Entry) -> dict:
    return {"ficha": entry.ficha, "section": entry.part}


def checkbox_json(entry: Entry) -> dict:
    box: Checkbox = entry.item
    return {"checked": box.checked, "label": box.label, "method": box.method,
            **_where(box.prov), **_place(entry), "reads_as": entry.reads_as}


def month_cell_json(cell: MonthCell) -> dict:
    mark = cell.cell.mark
    return {"months": cell.months, "checked": bool(mark and mark.checked), "method": mark.method if mark else None,
            "text": cell.cell.text or None, **_where(cell.cell.prov), **_place(cell.table)}


def _kind(entry: Entry) -> str:
    if isinstance(entry.item, Checkbox):
        return "checkbox"
    if isinstance(entry.item, TextBlock):
        return "heading" if entry.heading else ("title" if entry.part == "title" else "text")
    if isinstance(entry.item, ReaderNote):
        return "note"
    return "month_table" if is_month_table(entry.item) else "table"


def item_json(entry: Entry) -> dict:
    out = {"kind": _kind(entry), **_where(entry.item.prov), **_place(entry), "text": entry_text(entry) or None}
    if entry.heading:
        out["heading"] = {"key": entry.heading[0], "score": round(entry.heading[1], 1)}
    if isinstance(entry.item, Checkbox):
        out.update(checked=entry.item.checked, method=entry.item.method, reads_as=entry.reads_as)
    return out


def inspection_json(inspection: Inspection) -> dict:
    fichas = [{"number": f.number, "id": f.id, "titulo": f.titulo, "pages": f.pages,
               "sections": [{"key": k, "score": round(s, 1)} for k, s in f.sections]} for f in inspection.fichas]
    return {
        "file": inspection.path.as_posix(),
        "format": inspection.format,
        "n_pages": inspection.n_pages,
        "pages_shown": inspection.pages,
        "fichas": fichas,
        "items": [item_json(e) for e in inspection.shown()],
        "checkboxes": [checkbox_json(e) for e in inspection.checkboxes()],
        "month_cells": [month_cell_json(c) for c in inspection.month_cells()],
    }


def render_json(inspection: Inspection) -> str:
    return json.dumps(inspection_json(inspection), ensure_ascii=False, indent=2) + "\n"
