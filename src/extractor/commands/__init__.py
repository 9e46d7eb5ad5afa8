"""Subcommands of the `extractor` command line, one module each.

Each module exposes `register(subparsers)`, which adds its parser and sets
`handler` (a function of the parsed arguments returning the exit code).
`cli.py` finds the modules here by itself, so a new command is a new file.
"""
