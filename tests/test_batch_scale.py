"""Batch at scale: split PDFs give the same records, unchanged documents are skipped, progress is shown.

Speed and memory are measured by bench/ (make bench), never asserted here.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import shutil
from pathlib import Path

import pytest

from extractor.batch import cache as cache_module
from extractor.batch.jobs import DocumentJob, Settings, longest_first, page_ranges, share_workers
from extractor.batch.progress import Progress
from extractor.batch.report import REPORT_FILE
from extractor.batch.runner import RunOptions, run

from .conftest import GOLDEN, RAW, ROOT
from .test_cli import records_in, run_cli

pytestmark = pytest.mark.slow  # batches: whole runs through the workers, the cache and the progress bar


def report_of(out: Path) -> dict:
    return json.loads((out / REPORT_FILE).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "n_pages, jobs, part_pages, sizes",
    [
        (16, 1, 25, [16]),  # one worker, one part: the whole document in one task
        (16, 2, 25, [8, 8]),  # one part per worker
        (200, 2, 25, [25] * 6 + [12, 13, 12, 13]),  # parts bound what one worker holds; the last round halved
        (208, 2, 25, [21, 21, 20, 21, 21, 21, 21, 20, 10, 11, 10, 11]),  # a multiple of the workers, nearly equal
        (208, 1, 25, [23, 23, 23, 23, 24, 23, 23, 23, 23]),  # one worker: nothing to wait for, no halves
        (24, 2, 6, [6, 6, 6, 6]),  # last parts too short to halve (min_part_pages 4)
        (5, 2, 25, [5]),  # parts of fewer than min_part_pages are not made
        (9, 2, 25, [4, 5]),
        (16, 2, 5, [4, 4, 4, 4]),
    ],
)
def test_page_ranges(n_pages, jobs, part_pages, sizes):
    ranges = page_ranges(n_pages, Settings(jobs=jobs, part_pages=part_pages))
    assert [len(r) for r in ranges] == sizes
    assert [p for r in ranges for p in r] == list(range(1, n_pages + 1))


@pytest.mark.parametrize(
    "documents, workers, shares",
    [
        (1, 2, [2]),  # one document: split for both workers
        (2, 4, [2, 2]),
        (3, 4, [1, 1, 1]),  # a worker left over is not worth splitting every document
        (4, 2, [1, 1, 1, 1]),  # documents enough to keep the workers busy: read whole
        (3, 2, [1, 1, 2]),  # the last round's one document shares the worker the round leaves idle
        (5, 2, [1, 1, 1, 1, 2]),
        (6, 4, [1, 1, 1, 1, 2, 2]),  # two in the last round: two workers each
        (7, 4, [1, 1, 1, 1, 1, 1, 1]),  # three in the last round: a worker left over (4 // 3 = 1)
    ],
)
def test_documents_share_the_workers_for_splitting(documents, workers, shares, tmp_path):
    settings = Settings(jobs=workers)
    jobs = [DocumentJob(tmp_path / f"{n}.pdf", f"{n}.pdf", None, settings) for n in range(documents)]
    share_workers(jobs, workers)
    assert [job.settings.jobs for job in jobs] == shares
    assert [len(page_ranges(16, job.settings)) for job in jobs] == shares


def test_the_largest_documents_start_first(tmp_path):
    sizes = {"a.pdf": 10, "b.pdf": 300, "c.docx": 20, "d.pdf": 300, "e.pdf": 0}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    jobs = [DocumentJob(tmp_path / name, name, None, Settings()) for name in [*sizes, "missing.pdf"]]
    assert [job.label for job in longest_first(jobs)] == ["b.pdf", "d.pdf", "c.docx", "a.pdf", "e.pdf", "missing.pdf"]


def test_the_last_round_s_document_is_split_and_gives_the_records_of_a_whole_read(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a", "b", "c"):
        shutil.copy(RAW / "publicaciones" / "fichas-buenas-practicas-municipales-2023.pdf", docs / f"{name}.pdf")
    with contextlib.chdir(tmp_path):
        summary = run([Path("docs")], Path("out"), options=RunOptions(jobs=2))
    assert summary.failed == []
    parts = {Path(d["file"]).stem: (d["pages"], d["parts"]) for d in report_of(tmp_path / "out")["documents"]}
    assert sorted(parts.values()) == [(16, 1), (16, 1), (16, 2)]  # one of three on two workers is split
    (split,) = [name for name, (_, count) in parts.items() if count == 2]
    whole = next(name for name in parts if name != split)

    def records(name: str) -> dict[str, bytes]:  # the file's own name put out of the way
        folder = tmp_path / "out" / "docs" / name
        return {p.name: p.read_bytes().replace(f"docs/{name}.pdf".encode(), b"FILE") for p in folder.glob("*.json")}

    assert len(records(split)) == 7
    assert records(split) == records(whole)


def test_a_pdf_split_across_workers_gives_the_records_of_one_whole_read(tmp_path):
    out = tmp_path / "out"
    with contextlib.chdir(ROOT):  # records name their source relative to where the run starts
        summary = run(
            [Path("raw/publicaciones/fichas-buenas-practicas-municipales-2023.pdf")],
            out,
            options=RunOptions(jobs=2, part_pages=5),
        )
    assert summary.failed == []
    (document,) = report_of(out)["documents"]
    assert (document["pages"], document["parts"]) == (16, 4)
    assert len(records_in(out)) == 7
    for path in records_in(out):
        assert path.read_bytes() == (GOLDEN / path.relative_to(out)).read_bytes(), path.name
    assert gc.get_freeze_count() == 0 and gc.isenabled(), "the run gave what it set aside back to the collector"


@pytest.fixture
def transcripts(tmp_path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in sorted((RAW / "transcripciones").glob("*.docx"))[:3]:
        shutil.copy(path, docs / path.name)
    return docs


def test_a_re_run_skips_unchanged_documents_and_reads_changed_ones(transcripts, tmp_path, capsys):
    out = tmp_path / "out"
    assert run_cli(["run", "docs", "--out", "out"], tmp_path) == 0
    stamps = {p: p.stat().st_mtime_ns for p in records_in(out)}
    capsys.readouterr()

    assert run_cli(["run", "docs", "--out", "out"], tmp_path) == 0
    summary = capsys.readouterr().out
    assert "0 documents read, 0 fichas written" in summary and "0 documents failed, 3 unchanged (skipped)" in summary
    assert {p: p.stat().st_mtime_ns for p in records_in(out)} == stamps
    assert [d["status"] for d in report_of(out)["documents"]] == ["unchanged"] * 3

    first, second, third = sorted(transcripts.glob("*.docx"))
    shutil.copy(RAW / "transcripciones" / "Transcripción 07 - Arica.docx", first)  # changed bytes
    edited = next(iter(sorted((out / "docs" / second.stem).glob("*.json"))))
    original = edited.read_bytes()
    edited.write_text("{}", encoding="utf-8")  # record edited
    assert run_cli(["run", "docs", "--out", "out"], tmp_path) == 0
    statuses = {Path(d["file"]).name: d["status"] for d in report_of(out)["documents"]}
    assert statuses == {first.name: "read", second.name: "read", third.name: "unchanged"}
    assert edited.read_bytes() == original  # the edited record is written again as it was

    assert run_cli(["run", "docs", "--out", "out", "--force"], tmp_path) == 0
    assert [d["status"] for d in report_of(out)["documents"]] == ["read"] * 3


def test_the_cache_key_follows_the_extractor_and_the_catalogs(transcripts, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run([transcripts], out)
    monkeypatch.setattr(cache_module, "catalogs_version", lambda folders=(): "another catalog")
    run([transcripts], out)
    assert [d["status"] for d in report_of(out)["documents"]] == ["read"] * 3
    monkeypatch.setattr(cache_module, "extractor_version", lambda: "another extractor")
    run([transcripts], out)
    assert [d["status"] for d in report_of(out)["documents"]] == ["read"] * 3
    run([transcripts], out)
    assert [d["status"] for d in report_of(out)["documents"]] == ["unchanged"] * 3


def test_errors_of_unchanged_documents_are_reported_again(tmp_path, capsys):
    (tmp_path / "empty.docx").write_bytes(b"")
    (tmp_path / "acta.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    for _ in range(2):
        assert run_cli(["run", ".", "--out", "out"], tmp_path) == 1
        err = capsys.readouterr().err
        assert "error: empty.docx: empty file" in err and "error: acta.pdf: damaged PDF" in err


def test_verbose_logs_each_documents_time_pages_and_memory(transcripts, tmp_path, capsys):
    run_cli(["run", "docs", "--out", "out", "--verbose"], tmp_path)
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("docs/")]
    assert len(lines) == 3 and all(" 1 fichas, " in line and " s, peak " in line for line in lines)
    documents = report_of(tmp_path / "out")["documents"]
    assert [(d["status"], len(d["records"])) for d in documents] == [("read", 1)] * 3
    assert all(d["peak_mb"] > 0 and d["seconds"] > 0 for d in documents)


def test_progress_bar_shows_documents_pages_rate_and_time_left(monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    stream = io.StringIO()
    progress = Progress(4, stream=stream, enabled=True)
    progress.add_pages(40)
    progress.start()
    progress.advance(documents=1, pages=10)
    progress.log("error: x.pdf: empty file")
    progress.close()
    text = stream.getvalue()
    assert "0/4 documents · 0/40 pages" in text, "the totals are shown from the first frame"
    assert "1/4 documents" in text and "10/40 pages" in text and "pages/s" in text and " left" in text
    assert "\x1b[2Kerror: x.pdf: empty file\n" in text, "a message clears the bar first"
    assert text.endswith("\x1b[2K"), "the bar is erased at the end"


def test_no_progress_bar_when_not_a_terminal(transcripts, tmp_path, capsys):
    quiet = Progress(1, stream=io.StringIO())
    quiet.advance(documents=1)
    assert quiet.stream.getvalue() == ""
    run_cli(["run", "docs", "--out", "out"], tmp_path)  # stderr is captured: not a terminal
    assert "\r" not in capsys.readouterr().err


def test_the_progress_bar_counts_the_pages_of_documents_read_whole_and_in_parts(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a", "b", "c"):  # on two workers: two read whole, the last split (its pages counted once)
        shutil.copy(RAW / "publicaciones" / "fichas-buenas-practicas-municipales-2023.pdf", docs / f"{name}.pdf")
    summary = run([docs], tmp_path / "out", options=RunOptions(jobs=2, progress=True))
    assert summary.failed == []
    err = capsys.readouterr().err
    assert "3/3 documents · 48/48 pages" in err
    assert "/64 pages" not in err and "/32 pages" not in err
