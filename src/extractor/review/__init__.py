"""Reviewing records: field-level diffs between runs or editions, cross-source checks, golden files.

`records` is the one loader of record files (each validated against the
contract; `export` loads through it too), `match` pairs the fichas of two
sides, `compare` diffs one pair field by field, `report` holds the result
that the `render_*` modules print, `crosscheck` pairs one folder's records
across documents, and `golden` handles pending golden files.
"""

FORMATS = ("text", "md", "html", "json")  # the report formats `output.rendered` renders (`--format`)
