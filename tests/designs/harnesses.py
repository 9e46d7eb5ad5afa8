"""The three design harnesses by name: reportlab (tests/designs/design.py), browser and word.

Each gives `design_of(seed)`, `run_seeds(seeds, folder) -> [Outcome]` (one per seed, in
order; a harness may draw several seeds per tool start, each seed still drawn from its
seed alone), `CHOICES`, and `missing()`: None when its tool is installed, else how to
install it. `make fuzz-designs HARNESS=browser|word|reportlab N=500` runs one of them.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from extractor.pipeline import extract_document

from . import browser, word
from . import design as reportlab_design
from . import harness as reportlab_harness
from .chosen import Chosen
from .compare import FIELDS, field_diff_lines, field_value, pair_records
from .content import Ficha, golden_fichas
from .harness import Outcome


def ficha_ids() -> tuple[str, ...]:
    return tuple(f.id for f in golden_fichas())


def fichas_of(design) -> list[Ficha]:
    by_id = {f.id: f for f in golden_fichas()}
    return [by_id[i] for i in design.ficha_ids]


def expected_records(design, labels: dict[str, str]) -> list[dict]:
    """The golden records of the drawn fichas, `fuente` aside, with the municipality label as printed."""
    records = []
    for ficha in fichas_of(design):
        record = copy.deepcopy(ficha.record)
        record["municipalidad"]["texto"] = labels[ficha.id]
        record.pop("fuente", None)
        records.append(record)
    return records


def _new_avisos(want: dict, have: dict) -> list[dict]:
    """The avisos of the extracted record that the golden record has not (code and field)."""
    known = {(a["campo"], a["codigo"]) for a in want["revision"]["avisos"]}
    return [a for a in have.get("revision", {}).get("avisos", []) if (a["campo"], a["codigo"]) not in known]


def flagged_fields(want: dict, have: dict | None, names: list[str]) -> list[str]:
    """Of the differing field `names` of a record, those the extracted record flags for review: its
    estado is "revisar" and a new aviso names the field (or its top-level key: "municipalidad" for
    "municipalidad.comuna"); the id when the municipality or title is flagged; `revision` when every
    other differing field is flagged. A flagged field is honest (a reviewer looks at it); an unflagged
    difference is the harness's failure."""
    if have is None or have.get("revision", {}).get("estado") != "revisar":
        return []
    named = {a["campo"] for a in _new_avisos(want, have)}
    tops = {campo.split(".")[0] for campo in named}
    out = [n for n in names if n in named or n.split(".")[0] in tops]
    if "id" in names and tops & {"municipalidad", "titulo"}:
        out.append("id")
    if "revision" in names and named and all(n in out for n in names if n != "revision"):
        out.append("revision")
    return out


def compare_flagged(expected: list[dict], got: list[dict]) -> tuple[list[str], list[str], list[str]]:
    """(difference lines, differing fields, flagged lines): the fields of each record that differ from
    the golden record and are not flagged for review (`fuente` aside); the flagged ones apart."""
    lines, names, flagged = [], [], []
    if len(got) != len(expected):
        lines.append(f"{len(got)} records for {len(expected)} fichas: {[r.get('id') for r in got]}")
        names.append("records")
    for want, have in pair_records(expected, got):
        differing = [n for n in FIELDS if have is None or field_value(want, n) != field_value(have, n)]
        accepted = set(flagged_fields(want, have, differing)) if have is not None else set()
        for line, name in zip(field_diff_lines(want, have), differing if have is not None else [None], strict=False):
            (flagged if name in accepted else lines).append(line)
        names += [n for n in differing if n not in accepted]
    return lines, names, flagged


def read_and_compare(path: Path, expected: list[dict], prefix: str = "") -> tuple[list[str], list[str], list[dict]]:
    """(difference lines, differing fields, records) of the document at `path` against `expected`:
    a field differs when it is not the golden one and the record does not flag it (`flagged_fields`);
    `prefix` ("docx: ", "pdf: ") names which reading of a design differs. The flagged differences
    follow the others, each line starting "flagged: ", with no field named."""
    try:
        got = [json.loads(f.model_dump_json()) for f in extract_document(path).fichas]
    except Exception as error:  # a failing read is a result of the harness, named with the design
        return [f"{prefix}extraction failed: {error!r}"], [f"{prefix}records"], []
    lines, names, flagged = compare_flagged(expected, got)
    return (
        [prefix + line for line in lines] + [f"flagged: {prefix}{line}" for line in flagged],
        [prefix + name for name in names],
        got,
    )


# --- browser -------------------------------------------------------------------------------


def browser_design(seed: int) -> Chosen:
    return Chosen.draw("browser", browser.CHOICES, seed, ficha_ids(), browser.LATE_CHOICES)


def run_browser_design(design: Chosen, folder: Path) -> Outcome:
    """Write folder/browser-<seed>.html, print it with Chromium, read the PDF, compare."""
    page, pdf = Path(folder) / f"browser-{design.seed}.html", Path(folder) / f"browser-{design.seed}.pdf"
    text, labels = browser.html_document(design, fichas_of(design))
    page.write_text(text, encoding="utf-8")
    expected = expected_records(design, labels)
    try:
        browser.print_pdf(page, pdf)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        return Outcome(design, pdf, expected, [], [f"printing failed: {error}"], ["printing"], str(error), [page])
    lines, names, got = read_and_compare(pdf, expected)
    return Outcome(design, pdf, expected, got, lines, names, files=[pdf, page])


def run_browser_seeds(seeds: Sequence[int], folder: Path) -> list[Outcome]:
    return [run_browser_design(browser_design(s), folder) for s in seeds]


# --- word ----------------------------------------------------------------------------------


def word_design(seed: int) -> Chosen:
    return Chosen.draw("word", word.CHOICES, seed, ficha_ids(), word.LATE_CHOICES)


def run_word_designs(designs: Sequence[Chosen], folder: Path) -> list[Outcome]:
    """Write each design as folder/word-<seed>.docx, export them all to PDF with one LibreOffice
    start (each file converted on its own), read each .docx and each PDF, compare both."""
    folder = Path(folder)
    written = []
    for design in designs:
        path = folder / f"word-{design.seed}.docx"
        labels = word.write_document(path, design, fichas_of(design))
        written.append((design, path, expected_records(design, labels)))
    error = None
    try:
        word.export_pdfs([path for _, path, _ in written], folder)
    except (RuntimeError, subprocess.TimeoutExpired) as failure:
        error = str(failure)
    outcomes = []
    for design, path, expected in written:
        lines, names, got = read_and_compare(path, expected, "docx: ")
        pdf = path.with_suffix(".pdf")
        if pdf.exists():
            pdf_lines, pdf_names, _ = read_and_compare(pdf, expected, "pdf: ")
        else:
            pdf_lines, pdf_names = [f"pdf: LibreOffice exported no PDF ({error})"], ["pdf: export"]
        files = [path] + ([pdf] if pdf.exists() else [])
        outcomes.append(Outcome(design, pdf, expected, got, lines + pdf_lines, names + pdf_names, files=files))
    return outcomes


def run_word_seeds(seeds: Sequence[int], folder: Path) -> list[Outcome]:
    return run_word_designs([word_design(s) for s in seeds], folder)


# --- the registry --------------------------------------------------------------------------


@dataclass(frozen=True)
class Harness:
    name: str
    choices: dict[str, tuple]
    design_of: Callable[[int], object]
    run_seeds: Callable[[Sequence[int], Path], list[Outcome]]
    missing: Callable[[], str | None]
    batch: int  # seeds drawn per tool start in `make fuzz-designs`


def _reportlab_seeds(seeds: Sequence[int], folder: Path) -> list[Outcome]:
    return [reportlab_harness.run_seed(s, folder) for s in seeds]


HARNESSES = {
    "reportlab": Harness(
        "reportlab", reportlab_design.CHOICES, reportlab_harness.design_of, _reportlab_seeds, lambda: None, 1
    ),
    "browser": Harness(
        "browser",
        browser.CHOICES,
        browser_design,
        run_browser_seeds,
        lambda: None if browser.tool() else browser.MISSING,
        1,
    ),
    "word": Harness(
        "word", word.CHOICES, word_design, run_word_seeds, lambda: None if word.tool() else word.MISSING, 10
    ),
}


def run_one(name: str, seed: int) -> Outcome:
    """One seed of a harness in a temporary folder (its files are gone afterwards)."""
    with tempfile.TemporaryDirectory() as tmp:
        return HARNESSES[name].run_seeds([seed], Path(tmp))[0]


def keep(outcome: Outcome, folder: Path) -> None:
    """Copy a failing outcome's documents into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in outcome.kept:
        if path.exists():
            shutil.copy(path, folder / path.name)
