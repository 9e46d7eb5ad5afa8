"""The inspection as JSON: fichas, items in reading order, and flat lists of checkboxes and month cells."""

from __future__ import annotations

import json
from typing import Any

from ..layout import Checkbox, Provenance, ReaderNote, TextBlock, is_month_table
from ..segment.fichas import Placed
from .build import Inspection, MonthCell, entry_text


def _where(prov: Provenance) -> dict[str, Any]:
    bbox = [round(v, 2) for v in prov.bbox] if prov.bbox is not None else None
    return {"page": prov.page, "bbox": bbox, "index": prov.index}


def _place(entry: Placed) -> dict[str, Any]:
    return {"ficha": entry.ficha, "section": entry.section}


def checkbox_json(entry: Placed) -> dict[str, Any]:
    box = entry.item
    assert isinstance(box, Checkbox), "a checkbox entry"
    return {
        "checked": box.checked,
        "label": box.label,
        "method": box.method,
        **_where(box.prov),
        **_place(entry),
        "reads_as": entry.category,
    }


def month_cell_json(cell: MonthCell) -> dict[str, Any]:
    mark = cell.cell.mark
    return {
        "months": cell.months,
        "checked": bool(mark and mark.checked),
        "method": mark.method if mark else None,
        "text": cell.cell.text or None,
        **_where(cell.cell.prov),
        **_place(cell.table),
    }


def _kind(entry: Placed) -> str:
    if isinstance(entry.item, Checkbox):
        return "checkbox"
    if isinstance(entry.item, TextBlock):
        return "heading" if entry.heading else ("title" if entry.section == "title" else "text")
    if isinstance(entry.item, ReaderNote):
        return "note"
    return "month_table" if is_month_table(entry.item) else "table"


def item_json(entry: Placed) -> dict[str, Any]:
    out = {
        "kind": _kind(entry),
        "role": entry.role.value,
        **_where(entry.item.prov),
        **_place(entry),
        "text": entry_text(entry) or None,
    }
    if isinstance(entry.item, TextBlock) and entry.item.region is not None:
        out["region"] = entry.item.region  # the drawn panel (PDF) or table cell (DOCX) holding it
    if entry.heading:
        out["heading"] = {"key": entry.heading[0], "score": round(entry.heading[1], 1)}
    if isinstance(entry.item, Checkbox):
        out.update(checked=entry.item.checked, method=entry.item.method, reads_as=entry.category)
    return out


def inspection_json(inspection: Inspection) -> dict[str, Any]:
    fichas = [
        {
            "number": f.number,
            "id": f.id,
            "titulo": f.titulo,
            "pages": f.pages,
            "municipality": f.municipality,
            "sections": [{"key": k, "score": round(s, 1)} for k, s in f.sections],
        }
        for f in inspection.fichas
    ]
    return {
        "file": inspection.path.as_posix(),
        "format": inspection.format,
        "n_pages": inspection.n_pages,
        "pdf_engine": inspection.engine,
        "pages_shown": inspection.pages,
        "fichas": fichas,
        "items": [item_json(e) for e in inspection.shown()],
        "checkboxes": [checkbox_json(e) for e in inspection.checkboxes()],
        "month_cells": [month_cell_json(c) for c in inspection.month_cells()],
    }


def render_json(inspection: Inspection) -> str:
    return json.dumps(inspection_json(inspection), ensure_ascii=False, indent=2) + "\n"
