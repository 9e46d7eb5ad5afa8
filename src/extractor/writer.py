"""Writing records: one JSON file per ficha, atomically, byte-stable."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .model import Ficha


def record_json(ficha: Ficha) -> str:
    """UTF-8 JSON, not ASCII-escaped, 2-space indent, keys in the contract's order."""
    return json.dumps(ficha.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers see old or new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def output_folder(out: Path, document: Path, root: Path) -> Path:
    """OUT/<document path relative to the PATH given, without extension>."""
    relative = document.relative_to(root) if root.is_dir() else Path(document.name)
    return out / relative.with_suffix("")


def file_names(fichas: list[Ficha]) -> list[str]:
    """`<id>.json`, with `<id>-2.json`... for ids repeated within one document."""
    seen: dict[str, int] = {}
    names = []
    for ficha in fichas:
        seen[ficha.id] = seen.get(ficha.id, 0) + 1
        names.append(f"{ficha.id}.json" if seen[ficha.id] == 1 else f"{ficha.id}-{seen[ficha.id]}.json")
    return names
