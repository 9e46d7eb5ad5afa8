"""Incremental runs: skip a document whose records in OUT are what a new read would write.

The cache file in OUT (`CACHE_FILE`) maps each document's output folder to
the key it was read with and what the read gave: the record files with the
sha256 of their bytes, or the error. The key is the document's sha256, its
path as written in `fuente.archivo`, the extractor's version (the package
version plus a digest of its source code, so any code change counts) and
the catalogs' version (a digest of the data files and of the user catalog
files in effect, `--catalogs`) and how it is read (`reading`: the PDF engine,
`--pdf-engine`). A document is skipped
when its key is unchanged and its folder holds exactly those record files,
byte for byte; anything else is read again. The file is written atomically
at the end of a run; a run killed before that only loses the skipping.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from .. import __version__
from ..problems import TRANSIENT, Kind
from .record_files import record_files_in
from .writer import write_atomic

CACHE_FILE = ".extractor-cache.json"  # no clash with records: see report.REPORT_FILE
_PACKAGE = Path(__file__).resolve().parent.parent  # the extractor package: its code and data/
_FORMAT = 1


def _digest_files(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def extractor_version() -> str:
    return f"{__version__}+{_digest_files(list(_PACKAGE.rglob('*.py')))}"


def catalogs_version(folders: tuple[Path, ...] = ()) -> str:
    """The shipped catalog files' digest, and that of the files feeding catalogs in the user
    catalog `folders` (by name and content)."""
    shipped = _digest_files([p for p in (_PACKAGE / "data").iterdir() if p.is_file()])
    from ..normalize.catalog_files import all_user_files  # user catalogs (issue 13)

    user = all_user_files(folders)
    if not user:
        return shipped
    digest = hashlib.sha256()
    for path in user:  # by name and content: the same files in another folder read the same
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return f"{shipped}+{digest.hexdigest()[:16]}"


def file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class Cache:
    def __init__(
        self,
        out: Path,
        entries: dict[str, dict[str, Any]] | None = None,
        reading: str = "",
        catalogs: tuple[Path, ...] = (),
    ) -> None:
        """`reading`: how documents are read (engine, OCR); `catalogs`: the run's user catalog folders."""
        self.out = out
        self.entries = entries or {}
        self.version = f"{extractor_version()} {catalogs_version(catalogs)} {reading}".rstrip()

    @classmethod
    def load(cls, out: Path, reading: str = "", catalogs: tuple[Path, ...] = ()) -> Cache:
        """The cache of OUT; empty when missing, unreadable or of another format."""
        try:
            data = json.loads((out / CACHE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(out, reading=reading, catalogs=catalogs)
        if not isinstance(data, dict) or data.get("format") != _FORMAT or not isinstance(data.get("documents"), dict):
            return cls(out, reading=reading, catalogs=catalogs)
        return cls(out, data["documents"], reading, catalogs)

    def key(self, sha256: str, archivo: str) -> str:
        return hashlib.sha256(f"{sha256}\n{archivo}\n{self.version}".encode()).hexdigest()

    def fresh(self, folder: Path, key: str) -> dict[str, Any] | None:
        """The entry of `folder` when its key matches and OUT still holds exactly its records."""
        entry = self.entries.get(self._name(folder))
        if not isinstance(entry, dict) or entry.get("key") != key:
            return None
        if entry.get("error"):
            return entry
        records = entry.get("records") or {}
        present = {p.name for p in record_files_in(folder)}
        if present != set(records) or any(file_sha256(folder / name) != sha for name, sha in records.items()):
            return None
        return entry

    def store(self, folder: Path, key: str, entry: dict[str, Any]) -> None:
        """Remember a document's read; errors that depend on the run (time, memory...) are not kept."""
        error = entry.get("error")
        if error and Kind(error["kind"]) in TRANSIENT:
            self.forget(folder)
            return
        self.entries[self._name(folder)] = {"key": key, **entry}

    def forget(self, folder: Path) -> None:
        self.entries.pop(self._name(folder), None)

    def save(self) -> None:
        data = {"format": _FORMAT, "documents": dict(sorted(self.entries.items()))}
        write_atomic(self.out / CACHE_FILE, json.dumps(data, ensure_ascii=False, indent=1) + "\n")

    def _name(self, folder: Path) -> str:
        return folder.relative_to(self.out).as_posix()
