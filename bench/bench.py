"""Benchmark: `extractor run` on a large corpus built from raw/, against a bare pdfplumber pass.

    make bench                # or: .venv/bin/python bench/bench.py [--repeat N] [--profile]

Three corpora are built in a temporary folder from raw/: one long publication
(the 2023 publication repeated to 200+ pages), 64 PDF pages (the publication
copied 4 times) and several documents (those 4 copies plus the transcripts
copied 3 times, 24 DOCX the bare pass does not read). For each it prints, in
one table: the bare pdfplumber pass over the same PDF pages (open, touch
page.chars, rects, lines, curves, close each page) as the yardstick;
`extractor run` cold with --jobs 1 with each PDF engine (--pdf-engine pdfium,
the default, and pdfplumber, the reference) side by side, and with --jobs 2
(the default engine), as wall and CPU seconds and pages/s; each engine's ratio
to the bare pass; the speed-up of --jobs 2; the warm re-run (nothing changed)
as a share of the cold run; and the peak resident memory of a worker and of
the batch process (from the run report).

Each figure is the best of `--runs` repeats (default 3), taken in turn (bare,
pdfplumber engine, pdfium engine, --jobs 2, warm; then again), so a machine
whose speed drifts slows every kind of run alike; wall and CPU seconds are
each the least of the repeats, the spread column says how far the slowest
repeat's CPU seconds were from the best (a wide spread: a busy machine). CPU
seconds are user + system of the process and every worker it waited for:
on a shared machine they move less than wall seconds, and the ratios to the
bare pass are taken on them; --jobs 2's speed-up is a ratio of wall seconds
and wants an idle machine. The extractor's bytecode is written first
(`compile_package`), as an install writes it, so no run compiles the package's
sources again (PYTHONDONTWRITEBYTECODE would make every run do so).
`--profile` adds a pyinstrument profile of one in-process read of the long
publication, to see where the time goes.

Scanned pages (issue 22): `--scanned N` (default 8; 0 leaves it out) scans N
ficha pages of the publication as the OCR tests do (200 dpi, skewed, noisy,
JPEG; `tests/scans.py`) and prints the seconds per scanned page of
`extractor run` with --jobs 1 and --jobs 2 (Tesseract needed).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pypdf import PdfReader, PdfWriter

ROOT = Path(__file__).resolve().parent.parent
PUBLICATION = ROOT / "raw" / "publicaciones" / "fichas-buenas-practicas-municipales-2023.pdf"
TRANSCRIPTS = sorted((ROOT / "raw" / "transcripciones").glob("*.docx"))
REPORT = ".extractor-report.json"


@dataclass
class Timing:
    wall: float
    cpu: float  # user + system of the process and every worker it waited for


def repeated_publication(path: Path, times: int) -> Path:
    reader, writer = PdfReader(PUBLICATION), PdfWriter()
    for _ in range(times):
        for page in reader.pages:
            writer.add_page(page)
    writer.write(path)
    return path


def build_corpora(folder: Path, repeat: int) -> dict[str, Path]:
    long = folder / "long"
    long.mkdir()
    repeated_publication(long / "publication-long.pdf", repeat)
    pdfs = folder / "pdfs"
    (pdfs / "publicaciones").mkdir(parents=True)
    for n in range(4):
        shutil.copy(PUBLICATION, pdfs / "publicaciones" / f"publication-{n}.pdf")
    several = folder / "several"
    shutil.copytree(pdfs, several)
    (several / "transcripciones").mkdir()
    for n in range(3):
        for transcript in TRANSCRIPTS:
            shutil.copy(transcript, several / "transcripciones" / f"{transcript.stem} ({n}).docx")
    return {"one long publication": long, "64 PDF pages": pdfs, "several documents": several}


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bare_pass(pdfs: list[Path]) -> tuple[Timing, int]:
    """pdfplumber alone, in this process: every page opened, its objects parsed, closed."""
    started, cpu, pages = time.perf_counter(), time.process_time(), 0
    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.chars, page.rects, page.lines, page.curves
                page.close()
                pages += 1
    return Timing(time.perf_counter() - started, time.process_time() - cpu), pages


def extractor_run(corpus: Path, out: Path, jobs: int, *extra: str) -> tuple[Timing, dict]:
    command = [sys.executable, "-m", "extractor.cli", "run", ".", "--out", str(out), "--jobs", str(jobs), "--quiet"]
    command += extra
    started, cpu = time.perf_counter(), cpu_of_children()
    subprocess.run(command, cwd=corpus, check=False, stdout=subprocess.DEVNULL)
    timing = Timing(time.perf_counter() - started, cpu_of_children() - cpu)
    return timing, json.loads((out / REPORT).read_text(encoding="utf-8"))


KINDS = ("bare", "reference", "jobs1", "jobs2", "warm")


def best(timings: list[Timing]) -> Timing:
    """The least wall and the least CPU seconds of the repeats (each taken apart)."""
    return Timing(min(t.wall for t in timings), min(t.cpu for t in timings))


def spread(timings: list[Timing]) -> float:
    """How much more CPU the slowest repeat took than the best, as a fraction."""
    cpus = [t.cpu for t in timings]
    return max(cpus) / min(cpus) - 1 if min(cpus) > 0 else 0.0


def measure(name: str, corpus: Path, scratch: Path, runs: int) -> dict:
    pdfs = sorted(corpus.rglob("*.pdf"))
    timings: dict[str, list[Timing]] = {kind: [] for kind in KINDS}
    worker_jobs1, worker_jobs2, batch = 0.0, 0.0, 0.0
    for n in range(runs):  # in turn, so a drift of the machine's speed slows every kind alike
        out = scratch / f"{name}-{n}"
        bare, pages = bare_pass(pdfs)
        reference, _ = extractor_run(corpus, out / "j1-pdfplumber", 1, "--pdf-engine", "pdfplumber")
        one, one_report = extractor_run(corpus, out / "j1", 1)
        two, report = extractor_run(corpus, out / "j2", 2)
        warm, _ = extractor_run(corpus, out / "j2", 2)
        for kind, timing in zip(KINDS, (bare, reference, one, two, warm), strict=True):
            timings[kind].append(timing)
        worker_jobs1 = max(worker_jobs1, *(d["peak_mb"] for d in one_report["documents"]))
        worker_jobs2 = max(worker_jobs2, *(d["peak_mb"] for d in report["documents"]))
        batch = max(batch, report["batch_peak_mb"])
    failed = report["summary"]["failed"]
    return {
        "corpus": name, "documents": len(report["documents"]), "pdf pages": pages, "failed": failed, "runs": runs,
        **{kind: best(timings[kind]) for kind in KINDS},
        **{f"{kind} spread": spread(timings[kind]) for kind in KINDS},
        "worker_peak_mb_jobs1": worker_jobs1, "worker_peak_mb": worker_jobs2, "batch_peak_mb": batch,
    }


def print_table(rows: list[dict]) -> None:
    print(f"# extractor bench, {time.strftime('%Y-%m-%d')}, {platform.node()}: {os.cpu_count()} cores, "
          f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    for row in rows:
        pages = row["pdf pages"]
        bare, reference, one, two, warm = row["bare"], row["reference"], row["jobs1"], row["jobs2"], row["warm"]
        print(f"\n## {row['corpus']}: {row['documents']} documents, {pages} PDF pages"
              f"{', ' + str(row['failed']) + ' failed' if row['failed'] else ''}; best of {row['runs']} runs")
        print(f"{'':47}{'wall s':>8}{'CPU s':>8}{'pages/s':>9}{'/ bare':>13}{'spread':>8}")
        for label, kind in (("bare pdfplumber pass", "bare"),
                            ("extractor run --jobs 1 --pdf-engine pdfium", "jobs1"),
                            ("extractor run --jobs 1 --pdf-engine pdfplumber", "reference"),
                            ("extractor run --jobs 2 (pdfium)", "jobs2"), ("warm re-run --jobs 2", "warm")):
            timing = row[kind]
            ratio = f"{timing.wall / bare.wall:.2f}x/{timing.cpu / bare.cpu:.2f}x" if timing is not bare else ""
            print(f"{label:47}{timing.wall:8.2f}{timing.cpu:8.2f}{pages / timing.wall:9.1f}{ratio:>13}"
                  f"{100 * row[kind + ' spread']:7.0f}%")
        print("  (/ bare: wall ratio / CPU ratio to the bare pdfplumber pass; spread: the slowest repeat's CPU"
              " over the best)")
        print(f"pdfium / pdfplumber engine, --jobs 1:  {one.wall / reference.wall:.2f}x wall, "
              f"{one.cpu / reference.cpu:.2f}x CPU")
        print(f"--jobs 2 speed-up:                     {one.wall / two.wall:.2f}x")
        print(f"warm re-run / cold --jobs 2:           {100 * warm.wall / two.wall:.1f}%")
        print(f"peak memory:                           worker {row['worker_peak_mb_jobs1']:.0f} MB (--jobs 1), "
              f"{row['worker_peak_mb']:.0f} MB (--jobs 2), batch {row['batch_peak_mb']:.0f} MB")
    print("\n## issue 23's targets (CPU ratios; --jobs 2's speed-up in wall seconds)")
    for row in rows:
        bare, one, two = row["bare"], row["jobs1"], row["jobs2"]
        print(f"{row['corpus'] + ':':22} pdfium --jobs 1 {one.cpu / bare.cpu:.2f}x the bare pass (<= 0.5x), "
              f"worker peak {max(row['worker_peak_mb_jobs1'], row['worker_peak_mb']):.0f} MB (< 120), "
              f"--jobs 2 {one.wall / two.wall:.2f}x --jobs 1 (>= 1.8x)")


START_UP = """
import resource
def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
import extractor.commands.run  # the command line's path: batch, cache, report, the page sources' registry
from extractor.batch import jobs  # the tasks (what makes records is imported by the tasks that make it)
from extractor.readers import FORMATS
from extractor.readers.pdf.sources import page_source
FORMATS["pdf"].reader()
page_source("pdfium")
readers = cpu()
from extractor.normalize.catalogs import Catalogs
from extractor.pipeline import preload
Catalogs.load(())
preload({"pdf"})
print(readers, cpu() - readers)
"""


def start_up(runs: int = 5) -> tuple[float, float]:
    """The least CPU seconds, of `runs` fresh processes, of what a batch loads before its workers fork:
    the readers' side (interpreter, the command line's imports, the PDF reader and the pdfium source:
    serial work before the first worker forks) and the records' side (segmentation, fields, the record
    model, the catalogs: with several workers loaded while the first documents are read, with one
    before it forks). The serial part bounds `--jobs 2`'s speed-up over `--jobs 1`: (S + 4w) / (S + 2w)
    for four equal documents of w seconds each."""
    seconds = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", START_UP], check=True, capture_output=True, text=True)
        readers, records = map(float, done.stdout.split()[-2:])
        seconds.append((readers, records))
    return min(s[0] for s in seconds), min(s[1] for s in seconds)


def stages(path: Path) -> None:
    """CPU seconds of each step of one in-process read, against the bare pass over the same file."""
    readers_side, records_side = start_up()
    from extractor.pipeline import preload, records_of, source_of
    from extractor.readers.pdf import reader as pdf
    preload()
    bare, pages_count = bare_pass([path])
    clock = time.process_time
    started = clock()
    pdf.read_pages(str(path), engine="pdfplumber")
    read_reference = clock() - started
    started = clock()
    pages = pdf.read_pages(str(path), engine="pdfium")
    read = clock() - started
    started = clock()
    lines = [pdf.margin_lines(page) for page in pages]
    running = pdf.repeated_keys([pdf.margin_keys(page, lines=found) for page, found in zip(pages, lines)])
    keys = clock() - started
    started = clock()
    items = [pdf.page_items(page, running, margin=found) for page, found in zip(pages, lines)]
    layout_items = clock() - started
    started = clock()
    records_of(pdf.pdf_layout(str(path), items), path, source_of(path))
    records = clock() - started
    print(f"\n## where the time goes: one in-process read of {path.name} ({pages_count} pages), CPU s")
    for label, seconds in (("batch start-up: readers, before any fork", readers_side),
                           ("batch start-up: records side (pipeline, catalogs)", records_side),
                           ("pdfplumber parse (the bare pass)", bare.cpu),
                           ("read_pages, pdfplumber engine", read_reference),
                           ("read_pages, pdfium engine: parse + words", read),
                           ("running headers (margin lines)", keys),
                           ("page items (marks, month grids, order)", layout_items),
                           ("segment + fields + validation", records)):
        print(f"{label:51}{seconds:8.2f}{100 * seconds / bare.cpu:7.1f}% of bare")


def profile(corpus: Path) -> None:
    from pyinstrument import Profiler

    from extractor.pipeline import extract_document
    profiler = Profiler()
    with profiler:
        extract_document(next(corpus.rglob("*.pdf")))
    print(profiler.output_text(color=False))


def scanned(folder: Path, pages: int) -> None:
    """Seconds per scanned page of `extractor run`, --jobs 1 and --jobs 2."""
    sys.path.insert(0, str(ROOT))
    from extractor.readers.ocr import unavailable
    from tests.scans import scan_pdf

    problem = unavailable("spa")
    if problem is not None:
        print(f"\n## scanned pages: not measured ({problem})")
        return
    corpus = folder / "scanned"
    corpus.mkdir()
    scan_pdf(PUBLICATION, corpus / "scan.pdf", pages=list(range(3, 3 + pages)), seed=1)
    print(f"\n## scanned pages: {pages} pages of the publication scanned (200 dpi, skewed, noisy, JPEG), "
          "OCR at 300 dpi")
    print(f"{'':28}{'wall s':>9}{'CPU s':>9}{'s/page':>9}{'CPU s/page':>11}")
    for jobs in (1, 2):  # a generous --timeout: wall time on a shared machine is no measure of a worker's work
        timing, report = extractor_run(corpus, folder / f"scanned-j{jobs}", jobs, "--timeout", "3600")
        failed = f"  ({report['summary']['failed']} failed)" if report["summary"]["failed"] else ""
        label = f"extractor run --jobs {jobs}"
        per_page = f"{timing.wall / pages:9.2f}{timing.cpu / pages:11.2f}"
        print(f"{label:28}{timing.wall:9.2f}{timing.cpu:9.2f}{per_page}{failed}")


def compile_package() -> None:
    """Write the extractor's bytecode (`__pycache__`) before anything is timed, as installing a package
    does: with PYTHONDONTWRITEBYTECODE set (this VM's shells set it) an editable install's modules are
    compiled from source again by every run (about 0.1-0.3 s of a run's start-up, before its first
    worker), which the bare pass, reading installed packages, never pays."""
    import extractor

    compileall.compile_dir(Path(extractor.__file__).parent, quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=13, help="copies of the 16-page publication (default 13: 208 pages)")
    parser.add_argument("--profile", action="store_true", help="also profile one in-process read of the long publication")
    parser.add_argument("--runs", type=int, default=3, help="repeats of every run, in turn; the best is shown")
    parser.add_argument("--only", choices=("long", "pdfs", "several", "scanned"), help="measure one corpus only")
    parser.add_argument("--scanned", type=int, default=8, metavar="N", help="scanned pages to read by OCR (0: none)")
    args = parser.parse_args()
    compile_package()
    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as folder:
        corpora = build_corpora(Path(folder), args.repeat)
        scratch = Path(folder) / "out"
        scratch.mkdir()
        chosen = {name: corpus for name, corpus in corpora.items() if not args.only or corpus.name == args.only}
        if args.only != "scanned":
            print_table([measure(name, corpus, scratch, max(1, args.runs)) for name, corpus in chosen.items()])
            stages(PUBLICATION)
        if args.scanned > 0:
            scanned(Path(folder), min(args.scanned, 14))
        if args.profile:
            profile(corpora["one long publication"])


if __name__ == "__main__":
    main()
