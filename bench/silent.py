"""The silent-error benchmark (issue 19): `make bench-silent`.

Perturbs the reviewed records of the 2023 publication (`tests/perturb.py`: funding and office
lists phrased many ways, renamed and misspelled headings, unknown headings, empty and missing
sections, boxes and months left blank or contradicting the text, a second municipality in the
text), prints each as a Word document (python-docx), as a PDF (LibreOffice's export of that
document) and, where the design harness can print the perturbation (funding, offices, months,
categories), as a designed PDF (tests/designs/, a design of the CI seeds in turn), reads them with
the pipeline and counts, per format:

- silent errors: records marked `ok` with a wrong field (target 0);
- missed flags: records that must be flagged (a gap, an unknown name, a contradiction) marked `ok`
  (target 0);
- false alarms: records that need no flag, every field right, marked `revisar` (target under 5%
  of the records that need no flag).

Every case and its outcome is listed with `-v`; `--keep DIR` keeps the documents. None of these
documents is in the repository: they are made fresh from the golden records on each run.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.pipeline import extract_document  # noqa: E402
from tests.designs.harness import design_of  # noqa: E402
from tests.designs.render import draw_document  # noqa: E402
from tests.perturb import Case, cases, designed_ficha, held_out_cases, render_docx, wrong_fields  # noqa: E402
from tests.test_design_harness import CI_SEEDS  # noqa: E402


@dataclass
class Tally:
    records: int = 0
    silent: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    need_no_flag: int = 0
    by_family: Counter[str] = field(default_factory=Counter)

    def add(self, case: Case, outcome: str, detail: str) -> None:
        self.records += 1
        self.need_no_flag += not case.must_flag
        line = f"{case.name}: {detail}"
        if outcome == "silent":
            self.silent.append(line)
        elif outcome == "missed":
            self.missed.append(line)
        elif outcome == "false_alarm":
            self.false_alarms.append(line)
        self.by_family[f"{case.family}:{outcome}"] += 1


def judge(case: Case, path: Path) -> tuple[str, str]:
    """(outcome, detail): "silent", "missed", "false_alarm", "flagged" (rightly) or "right" (ok, all right)."""
    try:
        fichas = extract_document(path).fichas
    except Exception as error:  # a document that fails is reported, never `ok`: no silent error
        return "flagged", f"failed: {error!r}"
    if len(fichas) != 1:
        return "flagged", f"{len(fichas)} records"
    record = fichas[0].model_dump(mode="json")
    wrong = wrong_fields(case.expected, record)
    ok = record["revision"]["estado"] == "ok"
    avisos = sorted({a["codigo"] for a in record["revision"]["avisos"]})
    detail = f"wrong {wrong} avisos {avisos} ({case.note[:70]!r})"
    if ok and wrong:
        return "silent", detail
    if ok and case.must_flag:
        return "missed", detail
    if not ok and not wrong and not case.must_flag:
        return "false_alarm", detail
    return ("right" if ok else "flagged"), detail


def export_pdfs(docx_dir: Path, pdf_dir: Path) -> None:
    """LibreOffice's PDF export of every .docx of `docx_dir`, in one run."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("bench-silent: LibreOffice (soffice) is needed for the PDF half; use --formats docx")
    files = sorted(str(p) for p in docx_dir.glob("*.docx"))
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(pdf_dir),
                *files,
            ],
            check=True,
            capture_output=True,
            timeout=900,
        )


def draw_designed(all_cases: list[Case], folder: Path) -> dict[str, Path]:
    """The cases the design harness can print, each in a design of the CI seeds in turn."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    drawable = [(case, designed_ficha(case)) for case in all_cases]
    for n, (case, ficha) in enumerate((c, f) for c, f in drawable if f is not None):
        design = replace(design_of(CI_SEEDS[n % len(CI_SEEDS)]), ficha_ids=(ficha.id,))
        if case.name.startswith("months-empty-table"):  # the perturbation is a table printed empty
            design = replace(design, empty_month_table=True)
        path = folder / f"{case.name}.pdf"
        draw_document(path, design, [ficha])
        paths[f"designed:{case.name}"] = path
    return paths


def report(fmt: str, tally: Tally, verbose: bool) -> str:
    rate = len(tally.false_alarms) / max(tally.need_no_flag, 1)
    lines = [
        f"## {fmt}: {tally.records} records ({tally.need_no_flag} need no flag)",
        f"records marked ok with a wrong field:        {len(tally.silent)}",
        f"records that should be flagged and are not:  {len(tally.missed)}",
        f"records flagged with every field right:      {len(tally.false_alarms)} ({rate:.1%} of those needing no flag)",
    ]
    for title, items in (("silent", tally.silent), ("missed", tally.missed), ("false alarm", tally.false_alarms)):
        lines += [f"  {title}: {item}" for item in items]
    if verbose:
        lines += [f"  {key}: {n}" for key, n in sorted(tally.by_family.items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--formats",
        default="docx,pdf,designed",
        help="docx (python-docx), pdf (LibreOffice's export of the docx), designed (the design harness's PDFs); "
        "default: all three",
    )
    parser.add_argument("--limit", type=int, default=None, help="at most this many cases per perturbation")
    parser.add_argument("--keep", type=Path, default=None, help="keep the documents in this folder")
    parser.add_argument("--held-out", action="store_true", help="the held-out phrasings instead (never tuned on)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    started = time.monotonic()
    all_cases = held_out_cases() if args.held_out else cases(args.limit)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-silent-"))
    docx_dir, pdf_dir = folder / "docx", folder / "pdf"
    docx_dir.mkdir(parents=True, exist_ok=True)
    pdf_dir.mkdir(parents=True, exist_ok=True)
    paths = {c.name: render_docx(c.blocks, docx_dir / f"{c.name}.docx") for c in all_cases}
    if "pdf" in formats:
        export_pdfs(docx_dir, pdf_dir)
    if "designed" in formats:
        paths.update(draw_designed(all_cases, folder / "designed"))
    tallies = {}
    for fmt in formats:
        tally = Tally()
        for case in all_cases:
            if fmt == "docx":
                path = paths[case.name]
            elif fmt == "pdf":
                path = pdf_dir / f"{case.name}.pdf"
            elif f"designed:{case.name}" in paths:
                path = paths[f"designed:{case.name}"]
            else:
                continue
            tally.add(case, *judge(case, path))
        tallies[fmt] = tally
    print(
        f"# extractor bench-silent: {len(all_cases)} perturbed fichas from the golden records, "
        f"as {' and '.join(formats)}"
    )
    for fmt, tally in tallies.items():
        print(report(fmt, tally, args.verbose))
    total = Tally()
    for tally in tallies.values():
        total.records += tally.records
        total.need_no_flag += tally.need_no_flag
        total.silent += tally.silent
        total.missed += tally.missed
        total.false_alarms += tally.false_alarms
    rate = len(total.false_alarms) / max(total.need_no_flag, 1)
    print(
        f"## all: silent {len(total.silent)}, missed {len(total.missed)}, false alarms {rate:.1%} "
        f"({time.monotonic() - started:.0f} s)"
    )
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
