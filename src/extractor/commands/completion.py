"""`extractor completion bash|zsh`: the shell completion script, generated from the parser by shtab."""

from __future__ import annotations

import argparse

from ._common import Subparsers

SHELLS = ("bash", "zsh")


def handle(args: argparse.Namespace) -> int:
    import shtab

    from ..cli import parser

    print(shtab.complete(parser([]), shell=args.shell))  # [] : every command, with all its options
    return 0


def register(subparsers: Subparsers) -> None:
    completion = subparsers.add_parser(
        "completion",
        help="print the shell completion script (bash or zsh)",
        description="Print a completion script for SHELL. bash: add "
        '`eval "$(extractor completion bash)"` to ~/.bashrc; zsh: '
        "`extractor completion zsh > ~/.zfunc/_extractor` with ~/.zfunc on $fpath before compinit.",
    )
    completion.add_argument("shell", choices=SHELLS, metavar="SHELL", help="bash or zsh")
    completion.set_defaults(handler=handle, parser=completion)
