"""`extractor golden review [DIR]`: accept, reject or skip each pending golden file, with its field diff."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..review.golden import CHOICES, PROMPT, PendingChange, find_pending, in_ci, review_pending
from ..review.output import wants_colour
from ..review.render_text import ficha_lines, painter
from ..review.report import Report


def handle(args: argparse.Namespace) -> int:
    root = Path(args.folder)
    if in_ci():
        print("extractor golden: CI is set: golden files are never written in CI", file=sys.stderr)
        return 2
    if not root.is_dir():
        print(f"extractor golden: {root}: no such folder", file=sys.stderr)
        return 2
    pendings = find_pending(root)
    if not pendings:
        print(f"no pending golden files in {root}")
        return 0
    standing = "A" if args.accept_all else "R" if args.reject_all else None
    tally = review_pending(pendings, show=_shower(wants_colour(args.color)),
                           ask=(lambda: standing) if standing else ask, say=print)
    print(tally.text())
    return 0


def _shower(colour: bool):
    paint = painter(colour)

    def show(change: PendingChange, n: int, total: int) -> None:
        print(paint("head", f"\n({n}/{total}) {change.pending}"))
        for line in ficha_lines(Report("diff", "golden", "pending", [change.diff]), change.diff, paint):
            print(line)
        if change.diff.old is None:
            print("    a new golden file (none exists yet)")
        if change.order_only:
            print("    no field changes: the files differ only in the order of list items or in formatting")
    return show


def ask() -> str:
    """One of CHOICES from standard input; "q" at the end of input."""
    while True:
        print(PROMPT, end="", flush=True)
        line = sys.stdin.readline()
        if not line:
            print()
            return "q"
        answer = line.strip()[:1]
        if answer in CHOICES:
            return answer
        print(f"answer one of: {', '.join(f'{k} ({v})' for k, v in CHOICES.items())}")


def register(subparsers) -> None:
    golden = subparsers.add_parser("golden", help="review pending golden files (tests/golden/*.pending.json)")
    actions = golden.add_subparsers(dest="action", required=True)
    review = actions.add_parser(
        "review", help="accept, reject or skip each pending golden file",
        description="Walk the *.pending.json files that the golden test wrote beside the golden files, "
                    "show each one's field diff, and accept it (it replaces the golden file), reject it "
                    "(it is deleted) or skip it. Refused under CI.")
    review.add_argument("folder", nargs="?", default="tests/golden", metavar="DIR",
                        help="golden folder (default: tests/golden)")
    every = review.add_mutually_exclusive_group()
    every.add_argument("--accept-all", action="store_true", help="accept every pending file without asking")
    every.add_argument("--reject-all", action="store_true", help="reject every pending file without asking")
    review.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour (auto: only on a terminal)")
    review.set_defaults(handler=handle)
