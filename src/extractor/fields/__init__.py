"""Fields: pure functions from a ficha's sections to the record's values.

One module per field family; `record.build_record` assembles them.
"""
