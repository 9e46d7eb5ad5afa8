"""`extractor schema [-o FILE]`: print the JSON Schema of a record."""

from __future__ import annotations

import argparse
import json

from ._common import Subparsers, add_output_option, fail, write_output


def handle(args: argparse.Namespace) -> int:
    from ..model import json_schema

    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    try:
        write_output(args.output, text.encode("utf-8"))
    except OSError as error:
        return fail("schema", f"{args.output}: cannot be written: {error.strerror or error}", 2)
    return 0


def register(subparsers: Subparsers) -> None:
    schema = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of a record",
        description="Print the JSON Schema (draft 2020-12, from the pydantic model) that every record "
        "written by `extractor run` follows; docs/ficha-schema.md explains each field.",
    )
    add_output_option(schema, "the schema")
    schema.set_defaults(handler=handle, parser=schema)
