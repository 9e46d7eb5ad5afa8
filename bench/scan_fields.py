"""Issue 22's measure, field by field: scanned copies of raw/'s PDFs against their golden records.

    .venv/bin/python bench/scan_fields.py [--seeds 0 1] [--docs publicaciones] [--cache DIR] [--keep DIR]

For each PDF of raw/ (or those whose path contains one of `--docs`) and each seed, the PDF is
scanned as the OCR tests scan it (`tests/scans.py`: 200 dpi, skewed 0.3-0.8 degrees, noisy, JPEG),
read, and its records compared with the golden ones (`tests/scan_compare.py`): per document the
share of the exact fields (categories, other category, months, comuna, offices, funders, Sello
lines) equal to golden, the long texts' lowest similarity, the records without `lectura_ocr`, and
every field that differs. `--cache DIR` keeps Tesseract's hOCR of each image (keyed by the image's
bytes and the options) so a second run after a change to the image analysis is fast; `--keep DIR`
keeps the scanned PDFs (to look at their pages). `--designs SEED ...` adds scans of the reportlab
design harness's documents (tests/designs/: designs the OCR rules were not written on) against the
harness's expected records, `--browser SEED ...` those of the browser harness (HTML/CSS printed
by Chromium); `--docs none` leaves raw/ out; `--digital` also reads each design's born-digital PDF
and prints its differences (a field lost there too is the layout's, not OCR's). Each wrong exact
field ends "[flagged]" when the record says so on that field (an aviso on it other than the plain
statement that its states were read from the image) and "[SILENT]" when it does not.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.pipeline import extract_document  # noqa: E402
from extractor.readers.pdf.sources import scan_source, tesseract  # noqa: E402
from tests.scan_compare import LONG_TEXT, exact_fields, load, long_texts, similarity  # noqa: E402
from tests.scans import scan_pdf  # noqa: E402

RAW = ROOT / "raw"
ENGINE = "api" if tesseract._engine("spa") is not None else "command"  # the two may read a picture apart
GOLDEN = ROOT / "tests" / "golden"


def cached_tesseract(folder: Path):  # type: ignore[no-untyped-def]
    """Tesseract's hOCR through a cache in `folder` (keyed by the image and the options)."""
    plain = scan_source._tesseract

    def run(image: np.ndarray, lang: str, dpi: int, layout: int = 3, variables: dict | None = None) -> bytes:
        options = (image.shape, lang, dpi, layout, sorted((variables or {}).items()), ENGINE)
        key = hashlib.sha256(image.tobytes() + repr(options).encode()).hexdigest()
        path = folder / f"{key}.hocr"
        if path.exists():
            return path.read_bytes()
        hocr = plain(image, lang, dpi, layout, variables)
        path.write_bytes(hocr)
        return hocr

    return run


def pair(record: dict, golden: list[dict]) -> dict | None:
    comuna = (record.get("municipalidad") or {}).get("comuna")
    candidates = [g for g in golden if (g.get("municipalidad") or {}).get("comuna") == comuna] or golden
    return max(candidates, key=lambda g: similarity(g["titulo"] or "", record["titulo"] or ""), default=None)


def measure(pdf: Path, seed: int, scratch: Path, keep: Path | None) -> tuple[int, int, float, list[str], float]:
    """(exact fields equal, exact fields in all, lowest long-text similarity, differences, seconds)."""
    golden = load(GOLDEN / pdf.relative_to(RAW).with_suffix(""))
    out = (keep or scratch) / f"{pdf.stem}-seed{seed}.pdf"
    scan_pdf(pdf, out, seed=seed)
    return _compare(out, golden)


def measure_design(seed: int, scratch: Path, keep: Path | None) -> tuple[int, int, float, list[str], float, str]:
    """The same measure on a scan of the reportlab design harness's document of `seed`: records
    against the harness's expected records; also the design's choices, to name what failed."""
    from tests.designs.harness import design_of, expected_records, fichas_of
    from tests.designs.render import draw_document

    design = design_of(seed)
    pdf = scratch / f"design-{seed}.pdf"
    drawn = draw_document(pdf, design, fichas_of(design))
    golden = expected_records(design, drawn)
    out = (keep or scratch) / f"design-{seed}-scan.pdf"
    scan_pdf(pdf, out, seed=seed)
    return (*_compare(out, golden), design.describe() + _digital(pdf, golden))


def measure_browser(seed: int, scratch: Path, keep: Path | None) -> tuple[int, int, float, list[str], float, str]:
    """The same measure on a scan of the browser design harness's document of `seed` (HTML/CSS
    printed by Chromium): records against the harness's expected records; also the design's choices."""
    from tests.designs import browser
    from tests.designs.harnesses import browser_design, expected_records, fichas_of

    design = browser_design(seed)
    page, pdf = scratch / f"browser-{seed}.html", scratch / f"browser-{seed}.pdf"
    text, labels = browser.html_document(design, fichas_of(design))
    page.write_text(text, encoding="utf-8")
    browser.print_pdf(page, pdf)
    golden = expected_records(design, labels)
    out = (keep or scratch) / f"browser-{seed}-scan.pdf"
    scan_pdf(pdf, out, seed=seed)
    return (*_compare(out, golden), design.describe() + _digital(pdf, golden))


DIGITAL = False  # --digital: also read each design's born-digital PDF


def _digital(pdf: Path, golden: list[dict]) -> str:
    """With --digital, the born-digital PDF's own figures and differences (a field it misses too is
    lost to the layout, not to OCR), appended to the design's line."""
    if not DIGITAL:
        return ""
    equal, count, _, lines, _ = _compare(pdf, golden)
    kept = [line for line in lines if not line.endswith("no aviso lectura_ocr")]
    return f"\n   born-digital: exact {equal}/{count}" + "".join(f"\n   | {line}" for line in kept)


CAMPOS = {
    "categorias": "categorias",
    "categoria_otra": "categoria_otra",
    "meses": "fechas_implementacion",
    "comuna": "municipalidad",
    "oficinas": "oficinas",
    "financiadores": "forma_financiamiento",
    "lineas_sello": "lineas_sello",
}
DOUBT = ("dudosa", "cruz", "cruces", "sin marcar en la imagen")


def _flagged(record: dict, key: str) -> bool:
    """Whether a wrong exact field `key` is said on the record: an aviso on its field (or its top-level
    key), other than the plain statement that a display's states were read from the image (the
    `lectura_ocr` every scanned category list and month table carries) and the low-confidence words."""
    top = CAMPOS[key]
    for aviso in record["revision"]["avisos"]:
        if aviso["campo"].split(".")[0] != top:
            continue
        if aviso["codigo"] != "lectura_ocr" or any(d in aviso["mensaje"] for d in DOUBT):
            return True
    return False


def _compare(out: Path, golden: list[dict]) -> tuple[int, int, float, list[str], float]:
    started = time.perf_counter()
    read = [f.model_dump(mode="json") for f in extract_document(out).fichas]
    seconds = time.perf_counter() - started
    fields = len(exact_fields(golden[0]))
    equal, lowest, lines = 0, 1.0, []
    used: set[str] = set()
    if len(read) != len(golden):
        lines.append(f"{len(read)} records read, {len(golden)} golden")
    for record in read:
        truth = pair(record, golden)
        if truth is None:
            continue
        name = truth["id"]
        if name in used:
            lines.append(f"{record['id']}: a second record paired with {name}")
            continue
        used.add(name)
        mine, theirs = exact_fields(record), exact_fields(truth)
        for key, value in theirs.items():
            if mine[key] == value:
                equal += 1
            else:
                said = "flagged" if _flagged(record, key) else "SILENT"
                lines.append(f"{name}: {key} {mine[key]!r} != golden {value!r} [{said}]")
        for key, text in long_texts(truth).items():
            ratio = similarity(text, long_texts(record)[key])
            lowest = min(lowest, ratio)
            if ratio < LONG_TEXT:
                lines.append(f"{name}: {key} {ratio:.3f} similar")
        if similarity(truth["titulo"] or "", record["titulo"] or "") < 1:
            lines.append(f"{name}: titulo {record['titulo']!r}")
        if "lectura_ocr" not in [a["codigo"] for a in record["revision"]["avisos"]]:
            lines.append(f"{name}: no aviso lectura_ocr")
    for truth in golden:
        if truth["id"] not in used:
            lines.append(f"{truth['id']}: not read")
    return equal, fields * len(golden), lowest, lines, seconds



def report(name: str, equal: int, count: int, lowest: float, seconds: float, lines: list[str]) -> None:
    """One document's (or design's) figures and its differing fields, printed at once."""
    print(f"## {name}: exact {equal}/{count} = {equal / count:.2f}, lowest long text {lowest:.3f}, {seconds:.1f} s")
    for line in lines:
        print(f"   {line}")
    sys.stdout.flush()

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1])
    parser.add_argument("--docs", nargs="+", default=[], help="only the PDFs whose path contains one of these")
    parser.add_argument("--cache", type=Path, help="folder of cached hOCR pages")
    parser.add_argument("--keep", type=Path, help="folder to keep the scanned PDFs in")
    parser.add_argument("--designs", type=int, nargs="*", default=[], help="also (or with --docs none, only) "
                        "these seeds of the reportlab design harness, scanned with the seed itself")
    parser.add_argument("--browser", type=int, nargs="*", default=[], help="also these seeds of the browser "
                        "design harness (HTML/CSS printed by Chromium), scanned with the seed itself")
    parser.add_argument("--digital", action="store_true", help="also read each design's born-digital PDF "
                        "and print its differences (fields the layout loses, not OCR)")
    args = parser.parse_args()
    global DIGITAL
    DIGITAL = args.digital
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
        scan_source._tesseract = cached_tesseract(args.cache)  # type: ignore[assignment]
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    pdfs = sorted(RAW.rglob("*.pdf"))
    pdfs = [p for p in pdfs if not args.docs or any(d in str(p) for d in args.docs)]
    total_equal = total = 0
    with tempfile.TemporaryDirectory(prefix="scan-fields-") as scratch:
        for pdf in pdfs:
            for seed in args.seeds:
                equal, count, lowest, lines, seconds = measure(pdf, seed, Path(scratch), args.keep)
                total_equal, total = total_equal + equal, total + count
                report(f"{pdf.relative_to(RAW)} seed {seed}", equal, count, lowest, seconds, lines)
        for seed in args.designs:
            equal, count, lowest, lines, seconds, choices = measure_design(seed, Path(scratch), args.keep)
            total_equal, total = total_equal + equal, total + count
            report(f"design {seed}", equal, count, lowest, seconds, [choices, *lines])
        for seed in args.browser:
            equal, count, lowest, lines, seconds, choices = measure_browser(seed, Path(scratch), args.keep)
            total_equal, total = total_equal + equal, total + count
            report(f"browser {seed}", equal, count, lowest, seconds, [choices, *lines])
    print(f"\nall: exact {total_equal}/{total} = {total_equal / max(total, 1):.3f}")


if __name__ == "__main__":
    main()
