"""Where a run may write: never among its own input documents.

An output folder that is an input folder, lies inside one, or holds one
would mix records, the cache and the run report with the source documents,
and a later run would search its own output. `extractor run` refuses such a
folder, except one given explicitly with `--out` that holds only the
extractor's own output (record `*.json` files, and dot files: the cache, the
run report, the lock, temporary files of a write); the runner then never
searches it for documents (`runner.documents`).
"""

from __future__ import annotations

import os
from pathlib import Path


def input_overlapping(out: Path, inputs: list[Path]) -> Path | None:
    """The first input that is `out`, holds it, or lies inside it (compared resolved); None when none does."""
    target = out.resolve()
    for given in inputs:
        path = given.resolve()
        if path == target or (path.is_dir() and path in target.parents) or target in path.parents:
            return given
    return None


def foreign_file(out: Path) -> Path | None:
    """A file under `out` that the extractor does not write (neither a `*.json` nor a dot file), or None."""
    if not out.is_dir():
        return None
    for folder, subfolders, files in os.walk(out):
        subfolders.sort()
        for name in sorted(files):
            if not (name.endswith(".json") or name.startswith(".")):
                return Path(folder) / name
    return None


def output_problem(out: Path, inputs: list[Path], explicit: bool) -> str | None:
    """Why records may not be written to `out` for these inputs, or None when they may.

    `explicit`: the folder was given with --out (not the default). The message is one line naming
    the input and what to do.
    """
    overlapping = input_overlapping(out, inputs)
    if overlapping is None:
        return None
    if out.resolve() == overlapping.resolve():
        return f"the output folder {out} is the input {overlapping}: give --out a folder outside it"
    where = "inside the input" if overlapping.resolve() in out.resolve().parents else "holding the input"
    if not explicit:
        return (
            f"the output folder {out} is {where} {overlapping}: give --out a folder outside the inputs "
            "(or name this one with --out, when it holds only extractor output)"
        )
    stranger = foreign_file(out)
    if stranger is not None:
        return (
            f"the output folder {out} is {where} {overlapping} and holds files that are not extractor "
            f"output ({stranger}): give --out a folder outside the inputs"
        )
    return None
