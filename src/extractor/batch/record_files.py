"""Which files under an output folder are ficha records.

Records are `*.json`; a run's own files (`.extractor-report.json`,
`.extractor-cache.json`), anything in a hidden folder, and golden
`*.pending.json` files are not. Shared by every command that reads records.
"""

from __future__ import annotations

from pathlib import Path

PENDING_SUFFIX = ".pending.json"


def is_record_file(path: Path, root: Path | None = None) -> bool:
    """A `*.json` record: not pending, not hidden (nor below a hidden folder of `root`)."""
    parts = path.relative_to(root).parts if root is not None else (path.name,)
    return (
        path.suffix == ".json"
        and not path.name.endswith(PENDING_SUFFIX)
        and not any(part.startswith(".") for part in parts)
    )


def record_files(folder: Path) -> list[Path]:
    """Every record file below `folder`, in path order."""
    return sorted(p for p in folder.rglob("*.json") if p.is_file() and is_record_file(p, folder))


def record_files_in(folder: Path) -> list[Path]:
    """The record files directly in `folder` (one document's records), in name order; none when it is absent."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.json") if p.is_file() and is_record_file(p))
