"""Records read from a scan against the golden records of the document scanned: the issue's measure.

Equal: categories, months, municipality, offices, funders and Sello lines (names; the texts as read
may differ by OCR slips); at least `LONG_TEXT` similar by characters (difflib's ratio): the long
texts, and `TITLE` the title. Records are paired by comuna, then by the most similar title."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

LONG_TEXT = 0.98
TITLE = 0.9  # a title is a few words in large bold type, which Tesseract misreads more often (a letter is 4%)
LONG_FIELDS = ("grupo_prioritario", "sostenibilidad", "descripcion", "elemento_innovador")


def _names(items: list[dict] | None) -> list[str]:
    return [i["nombre"] for i in items or []]


def exact_fields(record: dict) -> dict:
    """The fields a scan must give exactly as the golden record."""
    municipality = record.get("municipalidad") or {}
    return {
        "categorias": record["categorias"],
        "categoria_otra": record["categoria_otra"],
        "meses": (record.get("fechas_implementacion") or {}).get("meses"),
        "comuna": municipality.get("comuna"),
        "oficinas": _names(record.get("oficinas")),
        "financiadores": _names((record.get("forma_financiamiento") or {}).get("fuentes")),
        "lineas_sello": [line["linea"] for line in record.get("lineas_sello") or []],
    }


def long_texts(record: dict) -> dict[str, str]:
    texts = {key: record.get(key) or "" for key in LONG_FIELDS}
    texts["fechas_implementacion.texto"] = (record.get("fechas_implementacion") or {}).get("texto") or ""
    texts["forma_financiamiento.texto"] = (record.get("forma_financiamiento") or {}).get("texto") or ""
    return texts


def similarity(a: str, b: str) -> float:
    return 1.0 if a == b else difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def compare(read: list[dict], golden: list[dict]) -> list[str]:
    """The differences (one line each) between records read from a scan and the golden ones."""
    problems = []
    if len(read) != len(golden):
        problems.append(f"{len(read)} records read, {len(golden)} golden")
    for record in read:
        comuna = (record.get("municipalidad") or {}).get("comuna")
        candidates = [g for g in golden if (g.get("municipalidad") or {}).get("comuna") == comuna]
        if not candidates:
            problems.append(f"{record['id']}: no golden record of comuna {comuna!r}")
            continue
        best = max(candidates, key=lambda g: similarity(g["titulo"] or "", record["titulo"] or ""))
        name = best["id"]
        for key, value in exact_fields(best).items():
            if exact_fields(record)[key] != value:
                problems.append(f"{name}: {key} {exact_fields(record)[key]!r} != golden {value!r}")
        for key, text in long_texts(best).items():
            ratio = similarity(text, long_texts(record)[key])
            if ratio < LONG_TEXT:
                problems.append(f"{name}: {key} {ratio:.3f} similar")
        ratio = similarity(best["titulo"] or "", record["titulo"] or "")
        if ratio < TITLE:
            problems.append(f"{name}: titulo {ratio:.3f} similar")
        codes = [a["codigo"] for a in record["revision"]["avisos"]]
        if "lectura_ocr" not in codes:
            problems.append(f"{name}: no aviso lectura_ocr")
    return problems


def load(folder: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
