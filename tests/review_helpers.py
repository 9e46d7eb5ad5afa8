"""Records of raw/ written as a run writes them, and a copy with a few fields edited (for the review tests)."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from extractor.batch.record_files import record_files
from extractor.batch.writer import file_names, record_json

from .conftest import RAW


def write_records(raw_records: dict[Path, list], out: Path) -> Path:
    """`out/<document path under raw/ without extension>/<id>.json`, as `extractor run raw --out out` writes."""
    for doc, fichas in raw_records.items():
        folder = out / doc.relative_to(RAW).with_suffix("")
        folder.mkdir(parents=True, exist_ok=True)
        for ficha, name in zip(fichas, file_names(fichas), strict=True):
            (folder / name).write_text(record_json(ficha), encoding="utf-8")
    return out


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def save(path: Path, record: dict) -> None:
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@dataclass
class Edits:
    """Which record got which edit, as paths relative to the folder, and the words of the paragraph edit."""

    month_removed: str
    month: int
    office_renamed: str
    office_index: int
    paragraph_changed: str
    deleted_words: str
    inserted_words: str
    offices_reordered: str


def edited_copy(old: Path, new: Path) -> Edits:
    """Copy `old` to `new`, then in four different records: remove a month, rename an office,
    change words in the second paragraph of `descripcion`, reverse the order of the offices."""
    shutil.copytree(old, new)
    files = record_files(new)
    records = {f: load(f) for f in files}
    with_months = next(f for f in files if len(records[f]["fechas_implementacion"]["meses"]) >= 2)
    with_offices = [f for f in files if len(records[f]["oficinas"]) >= 3 and f != with_months]
    renamed, reordered = with_offices[0], with_offices[-1]
    with_paragraphs = next(
        f for f in files if f not in (with_months, renamed, reordered) and records[f]["descripcion"].count("\n\n") >= 1
    )
    assert len({with_months, renamed, reordered, with_paragraphs}) == 4

    month = records[with_months]["fechas_implementacion"]["meses"].pop(1)
    office = records[renamed]["oficinas"][1]
    office["nombre"] = office["nombre"] + " Comunal"
    records[reordered]["oficinas"].reverse()
    paragraphs = records[with_paragraphs]["descripcion"].split("\n\n")
    words = paragraphs[1].split(" ")
    deleted = " ".join(words[2:4])
    words[2:4] = ["palabras", "reescritas"]
    paragraphs[1] = " ".join(words)
    records[with_paragraphs]["descripcion"] = "\n\n".join(paragraphs)
    for f in (with_months, renamed, reordered, with_paragraphs):
        save(f, records[f])
    rel = lambda f: f.relative_to(new).as_posix()  # noqa: E731
    return Edits(
        rel(with_months), month, rel(renamed), 1, rel(with_paragraphs), deleted, "palabras reescritas", rel(reordered)
    )
