"""One run at a time per output folder: an advisory lock on `OUT/.extractor-lock`.

A run holds an exclusive `fcntl.flock` on the file from before it reads the
cache until after it wrote the cache and the run report, so those two are
always one run's; while held, the file names the holder's pid (a line of text), cleared on release. A second
run into the same folder waits for the lock (saying so, with the holder's
pid), or with `wait=False` raises `LockHeld` at once. The kernel drops the
lock when the holder ends, however it ends (a kill, a crash), so a stale
lock file never blocks a run (forked workers close their copy of the
descriptor at once, so none outlives its run holding the lock); the file itself is left in OUT (removing it
would let two runs lock two different files). The name starts with a dot,
like the cache and the report, so record readers skip it
(`record_files.is_record_file`).
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

LOCK_FILE = ".extractor-lock"
_held: set[int] = set()  # descriptors of the locks this process holds


def _close_in_child() -> None:
    """In a forked child (a worker): close the inherited lock descriptors; the parent keeps the lock."""
    for descriptor in _held:
        with suppress(OSError):
            os.close(descriptor)
    _held.clear()


os.register_at_fork(after_in_child=_close_in_child)


class WaitInterrupted(KeyboardInterrupt):
    """Ctrl-C while waiting for another run's lock: nothing was read or written."""


class LockHeld(Exception):
    """Another run holds the output folder's lock (and the caller would not wait)."""

    def __init__(self, out: Path, pid: int | None):
        holder = f"pid {pid}" if pid else "a process whose pid is unknown"
        super().__init__(f"{out} is in use by another extractor run ({holder})")
        self.out, self.pid = out, pid


def holder_pid(path: Path) -> int | None:
    """The pid written in the lock file `path`, or None when there is none to be read."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


@contextmanager
def output_lock(out: Path, wait: bool = True, log: Callable[[str], None] = lambda _: None) -> Iterator[None]:
    """Hold the lock of `out` (created, with the folder, when missing) for the `with` block.

    When another run holds it: `log` one line naming its pid and block until it is free (`wait`),
    else raise `LockHeld`. OSError when the folder or the file cannot be created.
    """
    out.mkdir(parents=True, exist_ok=True)
    path = out / LOCK_FILE
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = holder_pid(path)
            if not wait:
                raise LockHeld(out, pid) from None
            _wait_for(descriptor, LockHeld(out, pid), log)
        _held.add(descriptor)
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            with suppress(OSError):  # an ended run's pid is not left behind (a kill leaves it: see holder_pid)
                os.ftruncate(descriptor, 0)
    finally:
        _held.discard(descriptor)
        os.close(descriptor)  # closing the only descriptor releases the lock


def _wait_for(descriptor: int, held: LockHeld, log: Callable[[str], None]) -> None:
    """Say who holds the lock, then block until it is ours; WaitInterrupted on Ctrl-C meanwhile."""
    try:  # from the moment the wait is announced: nothing has been read or written yet
        log(f"note: {held}; waiting for it to end (Ctrl-C stops waiting; --no-wait exits instead)")
        fcntl.flock(descriptor, fcntl.LOCK_EX)
    except KeyboardInterrupt:
        raise WaitInterrupted from None
