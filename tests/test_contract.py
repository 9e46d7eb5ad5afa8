"""docs/ficha-schema.md, the contract, agrees with the code: `extractor schema` (model.py), vocab.toml, the aviso
codes (`extractor.avisos.Aviso`, the one list the pipeline emits from) and the required sections.

The document is parsed, never hard-coded here: its Fields table (one row per key of every object, `x[]` for a
list of objects and `x[].k` for their keys), its JSON example, its vocabulary tables and its aviso table.
"""

from __future__ import annotations

import json
import re

import pytest

from extractor import vocab
from extractor.avisos import Aviso
from extractor.cli import main
from extractor.fields import notes
from extractor.fields.record import REQUIRED
from extractor.layout import ReaderNote

from .conftest import ROOT

CONTRACT = ROOT / "docs" / "ficha-schema.md"


# ---- the document ---------------------------------------------------------------------------------------------


def table_after(text: str, marker: str) -> list[dict[str, str]]:
    """The rows of the first markdown table after the line starting with `marker`, as {header: cell}."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(marker))
    table = []
    for line in lines[start + 1 :]:
        if line.startswith("|"):
            table.append([cell.strip() for cell in line.strip().strip("|").split("|")])
        elif table:
            break
    header, _rule, *rows = table
    assert all(len(row) == len(header) for row in rows), f"{marker}: a row has a stray '|'"
    return [dict(zip(header, row, strict=False)) for row in rows]


def code_spans(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def doc_fields(text: str) -> dict[str, str]:
    """{dotted key: type cell} of the Fields table."""
    rows = table_after(text, "## Fields")
    fields = {code_spans(row["key"])[0]: row["type"] for row in rows}
    assert len(fields) == len(rows), "a key is listed twice"
    return fields


def doc_example(text: str) -> dict:
    return json.loads(re.search(r"```json\n(.*?)\n```", text, re.S).group(1))


# ---- the JSON Schema ------------------------------------------------------------------------------------------


def resolve(node: dict, definitions: dict) -> dict:
    """The node with its $ref followed and a `null` alternative folded into `nullable`."""
    alternatives = node.get("anyOf", [node])
    non_null = [a for a in alternatives if a.get("type") != "null"]
    assert len(non_null) == 1, f"a union the contract cannot state: {node}"
    target = non_null[0]
    if "$ref" in target:
        target = definitions[target["$ref"].rsplit("/", 1)[1]]
    return {**target, "nullable": len(non_null) < len(alternatives)}


def schema_fields(schema: dict) -> dict[str, dict]:
    """{dotted key: resolved node} for every key of every object; `[]` marks the items of a list of objects,
    whose node carries its resolved `items`."""
    definitions = schema.get("$defs", {})
    out: dict[str, dict] = {}

    def walk(node: dict, prefix: str) -> None:
        for key, child in node["properties"].items():
            child = resolve(child, definitions)
            path = prefix + key
            if child.get("type") == "array":
                child = {**child, "items": resolve(child["items"], definitions)}
                if child["items"].get("type") == "object":
                    out[path + "[]"] = child
                    walk(child["items"], path + "[].")
                    continue
            out[path] = child
            if child.get("type") == "object":
                walk(child, path + ".")

    walk(schema, "")
    return out


def scalar(node: dict) -> dict:
    """type, enum values, integer bounds: what the contract's type column can state of a value."""
    return {k: node[k] for k in ("type", "enum", "minimum", "maximum") if k in node}


def schema_type(node: dict) -> dict:
    described = scalar(node) | {"nullable": node["nullable"]}
    if node.get("type") == "array":
        described["items"] = scalar(node["items"]) if node["items"].get("type") != "object" else {"type": "object"}
    return described


def documented_type(cell: str, vocabulary: list[str] | None) -> dict:
    """The type column in the same shape as `schema_type`. `vocabulary`: the ids of the table that names this
    key's values (`id`, `list of ids`)."""
    nullable = cell.endswith(" or null")
    cell = cell.removesuffix(" or null")
    if cell.startswith("list"):
        items = cell.removeprefix("list").removeprefix(" of ")
        bounded = re.fullmatch(r"int (\d+)–(\d+)", items)
        at_least = re.fullmatch(r"int ≥ (\d+)", items)
        kind = (
            {"type": "integer", "minimum": int(bounded[1]), "maximum": int(bounded[2])}
            if bounded
            else {"type": "integer", "minimum": int(at_least[1])}
            if at_least
            else {"": {"type": "object"}, "int": {"type": "integer"}, "ids": {"type": "string", "enum": vocabulary}}[
                items
            ]
        )
        return {"type": "array", "nullable": nullable, "items": kind}
    if code_spans(cell):
        return {"type": "string", "enum": code_spans(cell), "nullable": nullable}
    if cell == "id":
        return {"type": "string", "enum": vocabulary, "nullable": nullable}
    return {"type": {"str": "string", "int": "integer", "object": "object"}[cell], "nullable": nullable}


# ---- the tests -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def document() -> str:
    return CONTRACT.read_text(encoding="utf-8")


@pytest.fixture
def schema(capsys) -> dict:
    """What `extractor schema` prints."""
    assert main(["schema"]) == 0
    return json.loads(capsys.readouterr().out)


def vocabulary_ids(document: str, marker: str) -> list[str]:
    return [code_spans(row["id"])[0] for row in table_after(document, marker)]


# Which vocabulary table of the document names the values of which key.
VOCABULARY_OF = {"categorias": "Categorías", "lineas_sello[].linea": "Líneas Sello"}


def test_the_fields_table_has_a_row_for_every_key_of_every_object_in_order(document, schema):
    documented, defined = list(doc_fields(document)), list(schema_fields(schema))
    assert sorted(set(defined) - set(documented)) == [], "keys of the schema the document does not list"
    assert sorted(set(documented) - set(defined)) == [], "keys the document lists that the schema does not have"
    assert documented == defined, "the rows are not in the key order of the records"


def test_each_key_has_the_documented_type(document, schema):
    defined = schema_fields(schema)
    vocabularies = {key: vocabulary_ids(document, marker) for key, marker in VOCABULARY_OF.items()}
    for key, cell in doc_fields(document).items():
        assert documented_type(cell, vocabularies.get(key)) == schema_type(defined[key]), key


def test_the_example_shows_every_key_of_every_object_in_order(document, schema):
    defined = list(schema_fields(schema))

    def children(prefix: str) -> list[str]:
        return [
            k.removeprefix(prefix)
            for k in defined
            if k.startswith(prefix) and "." not in k.removeprefix(prefix).removesuffix("[]")
        ]

    def check(value: dict, prefix: str) -> int:
        assert [k.removesuffix("[]") for k in children(prefix)] == list(value), prefix or "the record"
        objects = 1
        for key, child in value.items():
            if isinstance(child, dict):
                objects += check(child, f"{prefix}{key}.")
            elif isinstance(child, list):
                objects += sum(check(item, f"{prefix}{key}[].") for item in child if isinstance(item, dict))
        return objects

    assert check(doc_example(document), "") >= 8  # the record, municipality, 2 offices, dates, funding + 2 funders, ...


def test_schema_version(document, schema):
    stated = int(re.search(r"^# .*\(schema_version (\d+)\)", document, re.M)[1])
    assert schema["properties"]["schema_version"]["const"] == stated == doc_example(document)["schema_version"]
    row = next(r for r in table_after(document, "## Fields") if r["key"] == "`schema_version`")
    assert row["meaning"].startswith(f"always {stated} ")


def test_categories_are_the_models_and_vocab_tomls_in_printed_order(document, schema):
    rows = table_after(document, "Categorías")
    ids = [code_spans(row["id"])[0] for row in rows]
    assert ids == schema["$defs"]["Categoria"]["enum"]
    terms = vocab.categories()
    assert ids == [term.id for term in terms]
    labels = [row["printed label"].split(":")[0].strip() for row in rows]
    assert labels == [term.names[0] for term in terms], "the printed label is vocab.toml's first name"


def test_sello_lines_are_the_models_and_vocab_tomls(document, schema):
    rows = table_after(document, "Líneas Sello")
    ids = [code_spans(row["id"])[0] for row in rows]
    assert ids == schema["$defs"]["LineaSello"]["enum"]
    terms = {term.id: term for term in vocab.sello_lines()}
    assert ids == list(terms)
    for line_id, row in zip(ids, rows, strict=False):
        assert row["canonical name"] == terms[line_id].names[0], line_id
        also = re.findall(r'"([^"]+)"', row["also printed as"])
        assert set(also) <= set(terms[line_id].names[1:]), f"{line_id}: a printed form vocab.toml does not know"


def test_months_are_numbered_from_enero(document, schema):
    first, first_name, last, last_name = re.search(r"^Months: (\d+) = (\w+) … (\d+) = (\w+)\.", document, re.M).groups()
    full = vocab.month_forms()["full"]
    assert (int(first), int(last)) == (1, len(full)) == (1, 12)
    assert (full[0], full[-1]) == (first_name.lower(), last_name.lower())
    meses = schema_fields(schema)["fechas_implementacion.meses"]["items"]
    assert (meses["minimum"], meses["maximum"]) == (int(first), int(last))


def test_the_aviso_codes_are_the_ones_the_pipeline_emits(document):
    documented = [code_spans(row["code"])[0] for row in table_after(document, "Aviso codes")]
    assert documented == [code.value for code in Aviso], "the aviso table and avisos.Aviso differ"
    for code in re.findall(r"aviso (?:with code )?`([a-z_]+)`", document):
        assert code in documented, f"the text names an aviso `{code}` the table does not list"


def test_readers_and_fields_share_one_aviso_vocabulary():
    """A reader note carries an `Aviso` (fields take it as is); a code no aviso has fails where the note is made."""
    assert notes.Aviso is Aviso
    assert ReaderNote("texto_oculto", "x").codigo is Aviso.texto_oculto
    with pytest.raises(ValueError):
        ReaderNote("lectura_dudoza", "a misspelt code")


def test_required_sections_are_the_pipelines(document):
    listed = re.search(r"^Required sections: ([^.]+)\.", document, re.M)[1]
    assert tuple(name.strip() for name in listed.split(",")) == REQUIRED


def test_the_headings_the_fields_table_quotes_are_printed_forms_of_vocab_toml(document):
    names = {term.id: term.names for term in vocab.headings()}
    quoted = 0
    for row in table_after(document, "## Fields"):
        key = code_spans(row["key"])[0].removesuffix("[]")
        for heading in re.findall(r'(?:under|the) "([^"]+)"(?:[,;]| section|$)', row["meaning"]):
            assert heading in names[key], f"{key}: {heading!r} is not one of {names[key]}"
            quoted += 1
    assert quoted >= 6
