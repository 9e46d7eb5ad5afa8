"""`extractor schema`: print the JSON Schema of a record."""

from __future__ import annotations

import argparse
import json

from ..model import json_schema


def handle(_: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0


def register(subparsers) -> None:
    schema = subparsers.add_parser("schema", help="print the JSON Schema of a record")
    schema.set_defaults(handler=handle)
