"""One seed of the design harness: draw the design, extract it with the pipeline, compare with the golden records."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path

from extractor.pipeline import extract_document

from .compare import FIELDS, field_diff_lines, field_value, pair_records
from .content import Ficha, golden_fichas
from .design import Design
from .render import Drawn, draw_document


def design_of(seed: int) -> Design:
    return Design.from_seed(seed, tuple(f.id for f in golden_fichas()))


def fichas_of(design: Design) -> list[Ficha]:
    by_id = {f.id: f for f in golden_fichas()}
    return [by_id[i] for i in design.ficha_ids]


def expected_records(design: Design, drawn: Drawn) -> list[dict]:
    """The golden records of the drawn fichas, with what the design printed differently:
    the municipality label as printed, and the pages the ficha was drawn on."""
    records = []
    for ficha in fichas_of(design):
        record = copy.deepcopy(ficha.record)
        record["municipalidad"]["texto"] = drawn.labels[ficha.id]
        record["fuente"]["paginas"] = drawn.pages[ficha.id]
        records.append(record)
    return records


@dataclass
class Outcome:
    design: Design
    pdf: Path
    expected: list[dict]
    got: list[dict]
    differences: list[str] = field(default_factory=list)  # one line per differing field
    failed_fields: list[str] = field(default_factory=list)  # FIELDS (and fuente.paginas, "records") that differ
    error: str | None = None
    files: list[Path] = field(default_factory=list)  # the documents read (the PDF when empty)

    @property
    def ok(self) -> bool:
        """No field differs (the browser and Word harnesses list flagged fields in `differences` too,
        as "flagged: ..." lines, but not in `failed_fields`)."""
        return not self.failed_fields and self.error is None

    @property
    def kept(self) -> list[Path]:
        """The files a failing seed keeps: the documents read, and what they were drawn from."""
        return self.files or [self.pdf]


def compare(expected: list[dict], got: list[dict], pages: bool = True) -> tuple[list[str], list[str]]:
    """(difference lines, differing field names) between expected and extracted records; `pages`
    False leaves `fuente.paginas` aside (the pages a browser or word processor breaks are not known)."""
    lines, names = [], []
    if len(got) != len(expected):
        lines.append(f"{len(got)} records for {len(expected)} fichas: {[r.get('id') for r in got]}")
        names.append("records")
    for want, have in pair_records(expected, got):
        lines += field_diff_lines(want, have)
        names += [n for n in FIELDS if have is None or field_value(want, n) != field_value(have, n)]
        if pages and have is not None and want["fuente"]["paginas"] != have["fuente"]["paginas"]:
            lines.append(
                f"{want['id']}: fuente.paginas: expected {want['fuente']['paginas']}, got {have['fuente']['paginas']}"
            )
            names.append("fuente.paginas")
    return lines, names


def run_design(design: Design, folder: Path) -> Outcome:
    """Draw `design` into folder/design-<seed>.pdf, extract it, compare it with the golden records."""
    pdf = Path(folder) / f"design-{design.seed}.pdf"
    drawn = draw_document(pdf, design, fichas_of(design))
    expected = expected_records(design, drawn)
    try:
        got = [json.loads(f.model_dump_json()) for f in extract_document(pdf).fichas]
    except Exception as error:  # a failing read is a result of the harness, named with the design
        return Outcome(design, pdf, expected, [], [f"extraction failed: {error!r}"], ["records"], repr(error))
    lines, names = compare(expected, got)
    return Outcome(design, pdf, expected, got, lines, names)


def run_seed(seed: int, folder: Path) -> Outcome:
    return run_design(design_of(seed), folder)
