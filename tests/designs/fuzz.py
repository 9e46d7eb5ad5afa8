"""`make fuzz-designs HARNESS=reportlab|browser|word N=500`: run a design harness over many seeds and keep what fails.

    python -m tests.designs.fuzz --harness reportlab --n 500 [--start 0] [--out fuzz-layouts] [--jobs 1]

(`make fuzz-layouts` is the reportlab harness.) Every failing seed keeps, in
OUT/seed-<seed>/, its documents (the PDF for `extractor inspect`; the browser
harness its HTML too, the Word harness its .docx and LibreOffice's PDF),
`design.json` (the seed and every choice) and `diff.txt` (one line per differing
field; the Word harness prefixes each with the reading, "docx: " or "pdf: ").
OUT/summary.md gives the pass rate, the passing seeds, the fields read wrong but flagged for
review (per seed in OUT/flagged.json), and per failing
field the design choices that break it: a value whose documents fail on that field
far more often than the others (`rate with`/`rate without`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path

from .harness import Outcome, run_seed
from .harnesses import HARNESSES, keep


def _design_json(design) -> dict:
    return design.as_json() if hasattr(design, "as_json") else asdict(design)


def _run_batch(harness: str, seeds: list[int], out: Path) -> list[tuple[int, dict, list[str], list[str], float]]:
    """Run `seeds` of a harness (several per tool start where it draws so), keeping each failing seed's files."""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        if harness == "reportlab":
            outcomes: list[Outcome] = [run_seed(seed, Path(tmp)) for seed in seeds]
        else:
            outcomes = HARNESSES[harness].run_seeds(seeds, Path(tmp))
        took = (time.perf_counter() - start) / len(seeds)
        results = []
        for seed, outcome in zip(seeds, outcomes, strict=True):
            if not outcome.ok:
                folder = out / f"seed-{seed}"
                keep(outcome, folder)
                (folder / "design.json").write_text(
                    json.dumps(_design_json(outcome.design), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
                )
                (folder / "diff.txt").write_text(
                    outcome.design.describe() + "\n\n" + "\n".join(outcome.differences) + "\n", encoding="utf-8"
                )
            results.append(
                (seed, outcome.design.choices(), sorted(set(outcome.failed_fields)), outcome.differences, took)
            )
    return results


def breaking_choices(
    results: list[tuple[int, dict, list[str]]], min_lift: float = 2.0, min_rate: float = 0.5, min_documents: int = 10
) -> dict[str, list[tuple[str, float, float, int]]]:
    """Per failing field: (choice=value, failure rate with it, rate without it, documents with it),
    for the values drawn in at least `min_documents` documents whose failure rate is at least
    `min_rate` and `min_lift` times the rate without."""
    fields = Counter(f for _, _, failed in results for f in failed)
    out: dict[str, list[tuple[str, float, float, int]]] = {}
    for name in fields:
        groups: dict[str, list[bool]] = defaultdict(list)
        for _, choices, failed in results:
            for choice, value in choices.items():
                groups[f"{choice}={value}"].append(name in failed)
        rows = []
        for key, hits in groups.items():
            choice = key.split("=")[0]
            others = [name in failed for _, c, failed in results if f"{choice}={c[choice]}" != key]
            rate = sum(hits) / len(hits)
            rate_without = sum(others) / len(others) if others else 0.0
            if len(hits) >= min_documents and rate >= min_rate and rate >= min_lift * max(rate_without, 1e-9):
                rows.append((key, rate, rate_without, len(hits)))
        out[name] = sorted(rows, key=lambda r: (-(r[1] - r[2]), r[0]))
    return out


def flagged_fields(differences: list[str]) -> list[str]:
    """The fields a harness's "flagged: ..." difference lines name ("flagged: <id>: <field>: ..."):
    fields read wrong in records that flag them for review (honest, yet a reading to improve);
    `revision` (the record's review state) aside."""
    names = set()
    for line in differences:
        if line.startswith("flagged: "):
            parts = line.removeprefix("flagged: ").split(": ")
            name = parts[2] if parts[0] in ("docx", "pdf") and len(parts) > 2 else parts[1] if len(parts) > 1 else ""
            if name and name != "revision":
                names.add(name)
    return sorted(names)


def summary(
    results: list[tuple[int, dict, list[str]]],
    seconds: list[float],
    harness: str = "reportlab",
    flagged: list[list[str]] | None = None,
) -> str:
    """The run's summary (markdown); `flagged`: per seed, the fields read wrong but flagged (`flagged_fields`)."""
    passed = [seed for seed, _, failed in results if not failed]
    fields = Counter(f for _, _, failed in results for f in failed)
    failing = {}  # field -> the first seed failing on it: one example per kind
    for seed, _, failed in results:
        for name in failed:
            failing.setdefault(name, seed)
    rate = f"{len(passed)}/{len(results)} seeds pass ({len(passed) / len(results):.1%})"
    lines = [
        f"# {harness} design harness: {rate}",
        "",
        f"seconds per seed: mean {sum(seconds) / len(seconds):.2f}, max {max(seconds):.2f}",
        "",
        f"passing seeds: {passed}",
        "",
        "## failing fields (documents failing on each)",
        "",
    ]
    lines += [f"- {name}: {count} (first seed {failing[name]})" for name, count in fields.most_common()]
    if flagged is not None:
        marked = Counter(f for names in flagged for f in names)
        lines += [
            "",
            f"## fields read wrong but flagged for review: {sum(1 for names in flagged if names)} seeds",
            "",
            *(f"- {name}: {count}" for name, count in marked.most_common()),
        ]
    lines += [
        "",
        "## design choices that break a field",
        "",
        "| field | choice=value | fail rate with | without | documents with |",
        "|---|---|---|---|---|",
    ]
    for name, rows in breaking_choices(results).items():
        for key, rate, rate_without, n in rows[:6]:
            lines.append(f"| {name} | {key} | {rate:.0%} | {rate_without:.0%} | {n} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.designs.fuzz", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--harness", choices=sorted(HARNESSES), default="reportlab", help="which harness (default reportlab)"
    )
    parser.add_argument("--n", type=int, default=500, help="number of seeds (default 500)")
    parser.add_argument("--start", type=int, default=0, help="first seed (default 0)")
    parser.add_argument("--out", type=Path, default=Path("fuzz-layouts"), help="folder for failures and summary.md")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    args = parser.parse_args(argv)
    missing = HARNESSES[args.harness].missing()
    if missing:
        print(missing, file=sys.stderr)
        return 2
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    seeds = list(range(args.start, args.start + args.n))
    size = HARNESSES[args.harness].batch
    batches = [seeds[n : n + size] for n in range(0, len(seeds), size)]
    results, seconds, flagged = [], [], []
    with ProcessPoolExecutor(args.jobs) if args.jobs > 1 else contextlib.nullcontext() as pool:
        mapped = (pool.map if pool else map)(
            _run_batch, [args.harness] * len(batches), batches, [args.out] * len(batches)
        )
        for batch in mapped:
            for seed, choices, failed, differences, took in batch:
                results.append((seed, choices, failed))
                flagged.append(flagged_fields(differences))
                seconds.append(took)
                print(
                    f"seed {seed}: {'ok' if not failed else 'FAIL ' + ', '.join(failed)} ({took:.1f} s)",
                    file=sys.stderr,
                    flush=True,
                )
    text = summary(results, seconds, args.harness, flagged)
    (args.out / "summary.md").write_text(text, encoding="utf-8")
    (args.out / "results.json").write_text(json.dumps(results, ensure_ascii=False) + "\n", encoding="utf-8")
    flagged_by_seed = {seed: names for (seed, _, _), names in zip(results, flagged, strict=True) if names}
    (args.out / "flagged.json").write_text(json.dumps(flagged_by_seed) + "\n", encoding="utf-8")
    print(text)
    return 0 if all(not failed for _, _, failed in results) else 1


if __name__ == "__main__":
    sys.exit(main())
