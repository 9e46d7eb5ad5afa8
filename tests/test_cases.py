"""The trait cases of issue 12 (tests/data/cases, see its README): each one-ficha document
yields the fields its entry in `expected.json` names, and the two real files from other
projects' test suites (cases/realworld) are no fichas and end as `no_ficha`, never as a
damaged or made-up record.

Expectation keys are dotted paths into the record (`municipalidad.comuna`); `x[].y` is the
list of the `y` of every element of list `x`; `_absent` lists texts that must appear in no
field (avisos aside: hidden or unreadable text may be reported there, never published).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.pipeline import extract_document
from extractor.problems import DocumentError, Kind

CASES = Path(__file__).resolve().parent / "data" / "cases"
EXPECTED: dict[str, dict] = json.loads((CASES / "expected.json").read_text(encoding="utf-8"))
REALWORLD = sorted(p.name for p in (CASES / "realworld").iterdir() if p.suffix == ".pdf")


def value_at(record, path: str):
    """The value at a dotted path; `x[].y` maps over the list `x`."""
    head, _, rest = path.partition(".")
    if head.endswith("[]"):
        items = record[head[:-2]]
        return [value_at(item, rest) for item in items] if rest else items
    value = record[head]
    return value_at(value, rest) if rest else value


def field_texts(record) -> list[str]:
    """Every string of a record outside `revision` (avisos) and `fuente` (run metadata)."""
    out: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk({k: v for k, v in record.items() if k not in ("revision", "fuente")})
    return out


def mismatches(record: dict, expected: dict) -> list[str]:
    """One line per expectation the record does not meet."""
    problems = []
    for path, want in expected.items():
        if path == "_absent":
            texts = field_texts(record)
            for absent in [want] if isinstance(want, str) else want:
                problems += [f"_absent: «{absent}» is in «{t[:80]}»" for t in texts if absent in t]
            continue
        try:
            got = value_at(record, path)
        except (KeyError, TypeError) as error:
            problems.append(f"{path}: missing ({error!r})")
            continue
        if got != want:
            problems.append(f"{path}: {got!r} != {want!r}")
    return problems


def test_every_case_document_has_an_expectation():
    documents = sorted(p.name for p in CASES.iterdir() if p.suffix in (".pdf", ".docx"))
    assert documents == sorted(EXPECTED)
    assert len(documents) + len(REALWORLD) == 12


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_case_gives_its_fields(name):
    (ficha,) = extract_document(CASES / name).fichas
    assert mismatches(ficha.model_dump(mode="json"), EXPECTED[name]) == []


@pytest.mark.parametrize("name", REALWORLD)
def test_real_file_that_is_no_ficha_ends_as_no_ficha(name):
    with pytest.raises(DocumentError) as error:
        extract_document(CASES / "realworld" / name)
    assert error.value.kind is Kind.no_ficha, str(error.value)


# The harness itself: each rule on a small record.
RECORD = {
    "titulo": "T",
    "municipalidad": {"comuna": "Renca"},
    "oficinas": [{"nombre": "A"}, {"nombre": "B"}],
    "revision": {"avisos": [{"mensaje": "oculto"}]},
    "fuente": {"archivo": "x"},
}


@pytest.mark.parametrize(
    "expected, problems",
    [
        ({"municipalidad.comuna": "Renca", "oficinas[].nombre": ["A", "B"]}, 0),
        ({"municipalidad.comuna": "Recoleta"}, 1),
        ({"oficinas[].nombre": ["B", "A"]}, 1),
        ({"municipalidad.region": "X"}, 1),
        ({"_absent": ["oculto", "x"]}, 0),  # avisos and fuente aside
        ({"_absent": "T"}, 1),
    ],
)
def test_harness_reads_paths_lists_and_absent_texts(expected, problems):
    assert len(mismatches(RECORD, expected)) == problems
