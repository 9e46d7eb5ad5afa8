"""Pending golden files (after insta's pending snapshots) and the review that accepts or rejects them.

When the golden test finds a record that differs from its golden file, it
writes the new output beside it as `<name>.pending.json` (git-ignored).
`extractor golden review` then shows each pending file's field diff against
its golden file and accepts it (it replaces the golden file), rejects it
(it is deleted) or skips it. Under CI nothing here writes anything.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .records import PENDING_SUFFIX, RecordError, read_record
from .report import FichaDiff, ficha_diff

CHOICES = {"a": "accept", "r": "reject", "s": "skip", "A": "accept all", "R": "reject all", "q": "quit"}
PROMPT = "[a]ccept  [r]eject  [s]kip  [A]ccept all  [R]eject all  [q]uit ? "


def in_ci() -> bool:
    """CI is set (to anything but empty, 0 or false), as CI services do."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def pending_path(golden: Path) -> Path:
    return golden.with_name(golden.name.removesuffix(".json") + PENDING_SUFFIX)


def golden_path(pending: Path) -> Path:
    return pending.with_name(pending.name.removesuffix(PENDING_SUFFIX) + ".json")


def write_pending(golden: Path, text: str) -> Path | None:
    """`text` (a record as the run would write it) beside `golden` as pending; None, writing nothing, under CI."""
    if in_ci():
        return None
    path = pending_path(golden)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def clear_pending(golden: Path) -> None:
    """A record equal to its golden file leaves no pending file behind (none is touched under CI)."""
    if not in_ci():
        pending_path(golden).unlink(missing_ok=True)


def orphan_folders(root: Path, raw: Path) -> list[Path]:
    """Golden folders whose document is no longer in `raw`, in path order.

    A golden folder is `<root>/<document path relative to raw, without
    extension>/` (or with it, `x.pdf/`, when `x.docx` sits beside `x.pdf`);
    it is an orphan when no `.pdf` or `.docx` document of `raw` maps to it.
    """
    from ..readers.formats import FORMATS

    folders = sorted({p.parent for p in root.rglob("*.json") if p.is_file()})
    orphans = []
    for folder in folders:
        relative = folder.relative_to(root)
        if relative == Path("."):
            continue
        candidates = [raw / relative.parent / f"{relative.name}.{fmt}" for fmt in FORMATS] + [raw / relative]
        if not any(c.is_file() for c in candidates):
            orphans.append(folder)
    return orphans


def delete_folder(folder: Path) -> None:
    """A golden folder and what it holds (JSON files only; anything else stays, and so does the folder)."""
    for path in folder.glob("*.json"):
        path.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()


def find_pending(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob(f"*{PENDING_SUFFIX}") if p.is_file())


def accept(pending: Path) -> None:
    os.replace(pending, golden_path(pending))


def reject(pending: Path) -> None:
    pending.unlink()


@dataclass
class PendingChange:
    pending: Path
    diff: FichaDiff
    order_only: bool  # a golden file exists and no field differs: list order or formatting only


def pending_change(pending: Path) -> PendingChange:
    """The field diff from the golden file (absent for a new ficha) to the pending file."""
    new = read_record(pending)
    golden = golden_path(pending)
    old = read_record(golden) if golden.exists() else None
    diff = ficha_diff(old, new)
    return PendingChange(pending, diff, old is not None and not diff.differs and not diff.metadata)


@dataclass
class Tally:
    accepted: int = 0
    rejected: int = 0
    skipped: int = 0
    unreadable: int = 0

    def text(self) -> str:
        text = f"{self.accepted} accepted, {self.rejected} rejected, {self.skipped} skipped"
        return text + (f", {self.unreadable} unreadable" if self.unreadable else "")


def review_pending(
    pendings: list[Path],
    show: Callable[[PendingChange, int, int], None],
    ask: Callable[[], str],
    say: Callable[[str], None],
) -> Tally:
    """Walk the pending files: `show` each change, `ask` for a choice (a key of CHOICES; "q" at end of input).

    "A" / "R" apply to this file and every one after it without asking again.
    """
    tally, standing = Tally(), None
    for n, pending in enumerate(pendings, start=1):
        try:
            change = pending_change(pending)
        except RecordError as error:
            say(f"skipped: {error}")
            tally.unreadable += 1
            continue
        show(change, n, len(pendings))
        choice = standing or ask()
        if choice in ("A", "R"):
            standing = choice
        if choice == "q":
            tally.skipped += len(pendings) - n + 1
            break
        if choice in ("a", "A"):
            accept(pending)
            tally.accepted += 1
            say(f"accepted: {golden_path(pending)}")
        elif choice in ("r", "R"):
            reject(pending)
            tally.rejected += 1
            say(f"rejected: {pending}")
        else:
            tally.skipped += 1
    return tally
