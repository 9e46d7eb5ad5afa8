"""The design harness: the golden records drawn in seeded designs must read back as the same records.

Each seed draws a `Design` (tests/designs/design.py: fonts, columns, justification,
heading styles, municipality placement, checkbox and month encodings, Sello
bullets, decorations) and two of the seven fichas of the 2023 publication; the
PDF is read by the pipeline and compared field by field with the golden records
(`fuente` aside, but `fuente.paginas` must be the pages drawn). CI runs CI_SEEDS;
`make fuzz-layouts N=500` runs more and keeps every failing PDF with its seed.
"""

from __future__ import annotations

import copy
import dataclasses
import json

import pytest

from .designs import content, fuzz
from .designs.compare import FIELDS
from .designs.design import CHOICES, Design
from .designs.harness import compare, design_of, run_design, run_seed

pytestmark = pytest.mark.slow  # every test draws and reads whole documents

# 30 seeds of 0..499 that pass (issue 15, phase 2: 495 of 500 pass, `make fuzz-layouts N=500`): the seeds of
# the kinds fixed in phase 2 (0 justified line after a bold Sello name, 19 column top beside a heading, 23 and 222
# space above a heading low in one column, 28 sentence end at a column break, 63 columns whose baselines meet
# once, 67 band headings in two columns, 73 merged whole year, 87 label close beside the title, 169 bold name
# across a column break, 189 small title after a cover, 309 two fichas of one municipality), then seeds chosen
# so that every value of every choice is drawn at least once; then the seeds of kinds fixed later (17724 a
# paragraph's indented first line alone at a column's foot, ending with a colon, in indented paragraphs; 48237 a
# ragged one-line paragraph full to the edge at a page's foot, read whole: an orphan had it run on).
# A kind the harness finds is fixed as a kind.
CI_SEEDS = [
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    12,
    13,
    14,
    15,
    16,
    19,
    20,
    23,
    28,
    39,
    63,
    67,
    73,
    87,
    169,
    189,
    222,
    309,
    17724,
    48237,
]


@pytest.mark.parametrize("seed", CI_SEEDS)
def test_a_drawn_design_gives_the_golden_records(seed, tmp_path):
    outcome = run_seed(seed, tmp_path)
    assert outcome.ok, outcome.design.describe() + "\n" + "\n".join(outcome.differences)


def test_a_design_is_drawn_from_its_seed_alone(tmp_path):
    assert design_of(7) == design_of(7)
    assert len({design_of(seed) for seed in range(20)}) == 20
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    from .designs.harness import fichas_of
    from .designs.render import draw_document

    for folder in (first, second):
        draw_document(folder / "x.pdf", design_of(7), fichas_of(design_of(7)))
    assert (first / "x.pdf").read_bytes() == (second / "x.pdf").read_bytes()


def test_every_choice_is_drawn_within_300_seeds():
    ids = tuple(f.id for f in content.golden_fichas())
    seen = {name: set() for name in CHOICES}
    for seed in range(300):
        design = Design.from_seed(seed, ids)
        seen["fichas"].add(len(design.ficha_ids))
        for name, value in design.choices().items():
            seen[name].add(value)
    assert {name: set(values) for name, values in CHOICES.items()} == seen


def test_the_ci_seeds_draw_every_value_of_every_choice():
    seen = {name: {design_of(seed).choices()[name] for seed in CI_SEEDS} for name in CHOICES if name != "fichas"}
    assert seen == {name: set(values) for name, values in CHOICES.items() if name != "fichas"}


@pytest.fixture(scope="module")
def passing(tmp_path_factory):
    """A seed's outcome that matches its golden records."""
    outcome = run_seed(CI_SEEDS[0], tmp_path_factory.mktemp("passing"))
    assert outcome.ok
    return outcome


def _drop_month(records):
    records[0]["fechas_implementacion"]["meses"] = records[0]["fechas_implementacion"]["meses"][1:] or [1]


def _join_paragraphs(records):
    records[1]["descripcion"] = records[1]["descripcion"].replace("\n\n", " ", 1) + " "


def _other_page(records):
    records[0]["fuente"]["paginas"] = records[0]["fuente"]["paginas"] + [99]


def _flip_category(records):
    records[1]["categorias"] = records[1]["categorias"][1:] or ["nna"]


@pytest.mark.parametrize(
    "edit, field",
    [
        (_drop_month, "fechas_implementacion.meses"),
        (_join_paragraphs, "descripcion"),
        (_other_page, "fuente.paginas"),
        (_flip_category, "categorias"),
    ],
)
def test_a_wrong_golden_record_is_caught(passing, edit, field):
    expected = copy.deepcopy(passing.expected)
    edit(expected)
    lines, names = compare(expected, passing.got)
    assert names == [field] and len(lines) == 1 and field in lines[0]


def test_a_missing_ficha_is_caught(passing):
    _lines, names = compare(passing.expected, passing.got[:1])
    assert "records" in names and set(FIELDS) <= set(names)


def test_a_drawing_that_disagrees_with_its_record_fails(tmp_path, monkeypatch):
    """The harness reads what was drawn: a box drawn checked that the record leaves unchecked is caught."""
    original = content.Ficha.category_rows

    def one_more_checked(self):
        rows = original(self)
        label, _ = rows[6]  # NNA
        return [*rows[:6], (label, True), *rows[7:]]

    monkeypatch.setattr(content.Ficha, "category_rows", one_more_checked)
    design = design_of(CI_SEEDS[0])
    if any("nna" in f.record["categorias"] for f in content.golden_fichas() if f.id in design.ficha_ids):
        design = dataclasses.replace(design, ficha_ids=("quinta-normal--capacitacion-en-oficios",))
    outcome = run_design(design, tmp_path)
    assert not outcome.ok and "categorias" in outcome.failed_fields, outcome.differences


def test_fuzz_keeps_each_failing_pdf_with_its_seed_and_diff(tmp_path, monkeypatch):
    failing = next(seed for seed in range(100) if seed not in CI_SEEDS)
    monkeypatch.setattr(fuzz, "run_seed", lambda seed, folder: _pretend_failing(seed, folder, failing))
    code = fuzz.main(["--n", "2", "--start", str(failing), "--out", str(tmp_path / "out")])
    kept = tmp_path / "out" / f"seed-{failing}"
    assert code == 1
    assert sorted(p.suffix for p in kept.iterdir()) == [".json", ".pdf", ".txt"]
    assert json.loads((kept / "design.json").read_text())["seed"] == failing
    assert "categorias" in (kept / "diff.txt").read_text()
    assert not (tmp_path / "out" / f"seed-{failing + 1}").exists()
    summary = (tmp_path / "out" / "summary.md").read_text()
    assert "1/2 seeds pass" in summary and "- categorias: 1" in summary


def _pretend_failing(seed, folder, failing):
    """A seed's outcome, with its first record's categories wrong for the failing seed (no reader bug needed)."""
    outcome = run_seed(CI_SEEDS[0], folder)
    outcome.design = dataclasses.replace(outcome.design, seed=seed)
    if seed == failing:
        outcome.expected[0]["categorias"] = ["otra"] if outcome.expected[0]["categorias"] != ["otra"] else []
    outcome.differences, outcome.failed_fields = compare(outcome.expected, outcome.got)
    return outcome
