"""Writing records: one JSON file per ficha, atomically, byte-stable."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Ficha

MAX_STEM_BYTES = 120  # a record file name without ".json"
MAX_FOLDER_BYTES = 240  # a folder name: 255 allowed, less room for the temporary files' affixes


def record_json(ficha: Ficha) -> str:
    """UTF-8 JSON, not ASCII-escaped, 2-space indent, keys in the contract's order."""
    return json.dumps(ficha.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write to a temporary file beside `path`, then rename: readers see old or new, never half.

    Text is written as UTF-8 with its newlines untouched; bytes as they are."""
    write_all_atomic([(path, text.encode("utf-8") if isinstance(text, str) else text)])


SYNC_BATCH = 32  # files written, then flushed to disk at once (each with a thread of its own), then renamed


def write_all_atomic(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write each (path, bytes) as `write_atomic` does: a temporary file beside it, flushed to disk
    (fsync), then renamed over it, so a run killed at any moment leaves each file complete old or
    complete new. The files' fsyncs run at once, `SYNC_BATCH` at a time: a journaling file system
    (ext4, XFS) commits concurrent fsyncs together, so 100 records take about the time of a few
    (one at a time they cost 4-10 ms each). The threads are joined before this returns."""
    for start in range(0, len(files), SYNC_BATCH):
        _write_batch(files[start : start + SYNC_BATCH])


def _write_batch(files: Sequence[tuple[Path, bytes]]) -> None:
    written: list[tuple[int, str, Path]] = []  # (open descriptor, temporary file, destination)
    try:
        for path, data in files:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            written.append((fd, tmp, path))
            os.fchmod(fd, 0o666 & ~current_umask())  # mkstemp makes 0600; a record is as readable as any new file
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        _fsync_all([fd for fd, _, _ in written])
        for _, tmp, path in written:
            os.replace(tmp, path)
    except BaseException:
        for _, tmp, _ in written:
            Path(tmp).unlink(missing_ok=True)  # those renamed already are gone
        raise
    finally:
        for fd, _, _ in written:
            os.close(fd)


def _fsync_all(descriptors: list[int]) -> None:
    """fsync every descriptor, at once (one thread each: fsync releases the GIL); the first error raised."""
    if len(descriptors) <= 1:
        for fd in descriptors:
            os.fsync(fd)
        return
    import threading  # only when several files are written at once

    errors: list[BaseException] = []

    def sync(fd: int) -> None:
        try:
            os.fsync(fd)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=sync, args=(fd,)) for fd in descriptors]
    try:
        for thread in threads:
            thread.start()
    finally:  # an interrupt (Ctrl-C, SIGTERM) waits for the fsyncs under way: their descriptors are closed next
        for thread in threads:
            if thread.is_alive():
                thread.join()
    if errors:
        raise errors[0]


def current_umask() -> int:
    """The process's umask (reading it means setting it: it is set straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def safe_segment(name: str, limit: int = MAX_FOLDER_BYTES) -> str:
    """One path segment that stays where it is put and cannot clash with a record or the run's files.

    Control characters (and the surrogates that stand for bytes of a name
    that is not UTF-8) become "_"; "." and ".." (a document named "..pdf")
    become underscores; a name ending in ".json" gets a trailing "_", so no
    folder takes the name of a record (`<id>.json`) or of the run report;
    long names are cut, keeping a hash of the whole name.
    """
    name = "".join("_" if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in name) or "_"
    if set(name) == {"."}:
        name = "_" * len(name)
    if name.lower().endswith(".json"):
        name += "_"
    return _capped(name, limit)


def _capped(name: str, limit: int) -> str:
    """`name`, or its first characters plus "-" and a hash of the whole, within `limit` bytes."""
    if len(name.encode("utf-8")) <= limit:
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    head = name.encode("utf-8")[: limit - len(digest) - 1].decode("utf-8", "ignore")
    return f"{head}-{digest}"


def output_folder(out: Path, document: Path, root: Path) -> Path:
    """OUT/<document path relative to `root`, without extension>, each segment made safe.

    The same document gets the same folder however its path was typed
    (`raw/a/x.pdf`, `./raw/a/../a/x.pdf`, absolute): both paths are made
    absolute and normalised first. A document outside `root` keeps its whole
    absolute path below OUT (`OUT/tmp/docs/x/`), so two documents never share
    a folder.
    """
    path, base = Path(os.path.abspath(document)), Path(os.path.abspath(root))
    relative = path.relative_to(base) if path.is_relative_to(base) and path != base else path.relative_to(path.anchor)
    return out.joinpath(*(safe_segment(part) for part in relative.with_suffix("").parts))


def file_names(fichas: list[Ficha]) -> list[str]:
    """`<id>.json`, distinct within a document: `<id>-2.json`, `-3`... for a repeated id.

    Ids are slugs; a very long one is cut (with a hash of the whole) to fit a file name.
    """
    names: list[str] = []
    for ficha in fichas:
        stem = safe_segment(ficha.id, MAX_STEM_BYTES)
        name, n = f"{stem}.json", 1
        while name in names:
            n += 1
            name = f"{stem}-{n}.json"
        names.append(name)
    return names
