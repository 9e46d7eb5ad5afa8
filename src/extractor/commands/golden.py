"""`extractor golden review [DIR]`: accept, reject or skip each pending golden file, with its field diff;
delete golden folders whose document left raw/."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ._common import Subparsers, fail

if TYPE_CHECKING:  # the review's modules (the record model) load when the command runs, not for `--help`
    from ..review.golden import PendingChange

ORPHAN_PROMPT = "[d]elete  [k]eep ? "


def handle(args: argparse.Namespace) -> int:
    from ..review.golden import CHOICES, PROMPT, find_pending, in_ci, orphan_folders, review_pending
    from ..review.output import wants_colour

    root, raw = Path(args.folder), Path(args.raw)
    if in_ci():
        return fail("golden", "CI is set: golden files are never written in CI", 2)
    if not root.is_dir():
        return fail("golden", f"{root}: no such folder", 2)
    interactive = not (args.accept_all or args.reject_all)
    try:
        pendings = find_pending(root)
        if not pendings:
            print(f"no pending golden files in {root}")
        else:
            standing = "A" if args.accept_all else "R" if args.reject_all else None
            tally = review_pending(
                pendings,
                show=_shower(wants_colour(args.color)),
                ask=(lambda: standing) if standing else (lambda: ask(PROMPT, CHOICES)),
                say=print,
            )
            print(tally.text())
        if raw.is_dir():
            review_orphans(orphan_folders(root, raw), raw, interactive)
    except KeyboardInterrupt:  # every answer given so far is applied; nothing is half done
        print("\nextractor golden: interrupted; the answers given so far are applied", file=sys.stderr)
        return 130
    return 0


def review_orphans(orphans: list[Path], raw: Path, interactive: bool) -> None:
    """Show each golden folder whose document left `raw` and, when interactive, offer to delete it."""
    from ..review.golden import delete_folder

    for folder in orphans:
        print(f"\n{folder}: golden files of a document no longer in {raw}/")
        if not interactive:
            print("    kept (answer interactively to delete it)")
            continue
        answer = ask(ORPHAN_PROMPT, {"d": "delete", "k": "keep"})
        if answer == "d":
            delete_folder(folder)
            print(f"deleted: {folder}")
        else:
            print(f"kept: {folder}")


def _shower(colour: bool) -> Callable[[PendingChange, int, int], None]:
    from ..review.render_text import ficha_lines, painter
    from ..review.report import Report

    paint = painter(colour)

    def show(change: PendingChange, n: int, total: int) -> None:
        print(paint("head", f"\n({n}/{total}) {change.pending}"))
        for line in ficha_lines(Report("diff", "golden", "pending", [change.diff]), change.diff, paint):
            print(line)
        if change.diff.old is None:
            print("    a new golden file (none exists yet); it reads in full:")
            for line in change.pending.read_text(encoding="utf-8").splitlines():
                print(f"    {line}")
        if change.order_only:
            print("    no field changes: the files differ only in the order of list items or in formatting")

    return show


def ask(prompt: str, choices: dict[str, str]) -> str:
    """One of `choices`: a single key on a terminal (no Enter needed), else a line of standard input;
    "q" (or the last choice) at the end of input."""
    while True:
        print(prompt, end="", flush=True)
        answer = _key() if sys.stdin.isatty() else _line()
        if answer is None:
            print()
            return "q" if "q" in choices else list(choices)[-1]
        if answer in choices:
            if sys.stdin.isatty():
                print(answer)
            return answer
        print(f"answer one of: {', '.join(f'{k} ({v})' for k, v in choices.items())}")


def _line() -> str | None:
    line = sys.stdin.readline()
    return line.strip()[:1] if line else None


def _key() -> str | None:
    """One key from the terminal, without echo or Enter; whitespace (an Enter typed anyway) is passed over.
    Ctrl-C still interrupts (the terminal keeps its signals)."""
    import termios
    import tty

    descriptor = sys.stdin.fileno()
    saved = termios.tcgetattr(descriptor)
    try:
        tty.setcbreak(descriptor, termios.TCSANOW)  # TCSAFLUSH would drop keys typed ahead
        while True:
            key = sys.stdin.read(1)
            if key == "" or key == "\x04":  # end of input, Ctrl-D
                return None
            if not key.isspace():
                return key
    finally:
        termios.tcsetattr(descriptor, termios.TCSADRAIN, saved)


def register(subparsers: Subparsers) -> None:
    golden = subparsers.add_parser("golden", help="review pending golden files (tests/golden/*.pending.json)")
    actions = golden.add_subparsers(dest="action", required=True)
    review = actions.add_parser(
        "review",
        help="accept, reject or skip each pending golden file",
        description="Walk the *.pending.json files that the golden test wrote beside the golden files, "
        "show each one's field diff (a new golden file in full), and accept it (it replaces the "
        "golden file), reject it (it is deleted) or skip it; then offer to delete the golden folders "
        "whose document is no longer in RAW. On a terminal one key answers. Refused under CI.",
    )
    review.add_argument(
        "folder", nargs="?", default="tests/golden", metavar="DIR", help="golden folder (default: tests/golden)"
    )
    review.add_argument(
        "--raw", default="raw", metavar="RAW", help="the documents the golden files are of (default: raw)"
    )
    every = review.add_mutually_exclusive_group()
    every.add_argument("--accept-all", action="store_true", help="accept every pending file without asking")
    every.add_argument("--reject-all", action="store_true", help="reject every pending file without asking")
    review.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto", help="colour (auto: only on a terminal)"
    )
    review.set_defaults(handler=handle, parser=review)
