"""What keeps a batch fast without changing what it writes (issue 23): a long PDF's parts share what
the survey read once, records are flushed to disk together, the first documents are read while the
batch loads what makes records, and a worker that answered makes way for the next task at once."""

from __future__ import annotations

import multiprocessing
import pickle
import shutil
import time

import pytest

from extractor.batch import jobs as jobs_module
from extractor.batch import runner, workers, writer
from extractor.batch.jobs import DocumentJob, Settings
from extractor.batch.workers import Outcome
from extractor.pipeline import extract_document
from extractor.readers.base import Format
from extractor.readers.pdf.reader import PdfPages
from extractor.readers.pdf.sources import pdfium_source
from extractor.source import source_of

from .conftest import RAW
from .test_cli import records_in
from .test_reader_protocol import drive

PUBLICATION = RAW / "publicaciones" / "fichas-buenas-practicas-municipales-2023.pdf"
TRANSCRIPT = RAW / "transcripciones" / "Transcripción 02 - El Bosque.docx"


def test_a_split_pdf_reads_its_font_dictionaries_once_and_gives_the_whole_read_s_records(monkeypatch):
    """The survey reads the fonts' dictionaries (and the damage check, the producer) once; each part
    is read with them; the records are those of the document read whole."""
    reads: list[str] = []
    original = pdfium_source.FontDictionaries._read

    def counted(self: pdfium_source.FontDictionaries) -> None:
        reads.append(self.path)
        original(self)

    monkeypatch.setattr(pdfium_source.FontDictionaries, "_read", counted)
    whole = extract_document(PUBLICATION)
    assert len(reads) == 1
    reads.clear()
    job = DocumentJob(PUBLICATION, PUBLICATION.name, source_of(PUBLICATION), Settings(jobs=2, part_pages=4))
    ran = drive(job)
    assert ran.count("read_part") == 4 and job.error is None
    assert len(reads) == 1, "the survey read them; no part read them again"
    assert [f.model_dump() for f in job.result.fichas] == [f.model_dump() for f in whole.fichas]


def test_a_part_s_pages_cross_the_batch_process_unbuilt():
    """A long PDF's part as the batch process receives it (pickled by the worker that read it) holds its
    pages as their pickle: the merge reads its margin keys and word flags only, and the worker that
    makes the items builds the pages, which give the items of the part never pickled."""
    paged = PdfPages()
    part = paged.read_part(str(PUBLICATION), None, range(3, 7))
    received = pickle.loads(pickle.dumps(part))
    assert part.deferred.built and not received.deferred.built
    keys = paged.merge([received], PUBLICATION.name)
    assert not received.deferred.built, "the merge built the pages"
    assert keys == paged.merge([part], PUBLICATION.name)
    items = paged.part_items(received, keys)
    assert received.deferred.built and items == paged.part_items(part, keys)


def test_records_written_together_are_each_complete_and_leave_no_temporary_file(tmp_path):
    files = [
        (tmp_path / "a" / f"r{n}.json", f'{{"n": {n}}}\n'.encode() * (n + 1)) for n in range(writer.SYNC_BATCH + 5)
    ]
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "r0.json").write_bytes(b"old")
    writer.write_all_atomic(files)
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == sorted(path.name for path, _ in files)
    for path, data in files:
        assert path.read_bytes() == data
        assert path.stat().st_mode & 0o777 == 0o666 & ~writer.current_umask()


def test_records_that_cannot_all_be_written_leave_no_temporary_file(tmp_path):
    blocked = tmp_path / "r1.json"
    blocked.mkdir()  # a folder where a record goes: its rename fails
    with pytest.raises(OSError):
        writer.write_all_atomic([(tmp_path / "r0.json", b"{}\n"), (blocked, b"{}\n"), (tmp_path / "r2.json", b"{}\n")])
    left = sorted(p.name for p in tmp_path.iterdir())
    assert not [name for name in left if name.endswith(".tmp")], left


def run_job(job: DocumentJob, records: bool) -> list[str]:
    """Run the job's tasks in this process, first ones started with `records`; the functions run."""
    tasks, ran = job.start(records=records), []
    while tasks:
        task = tasks.pop(0)
        ran.append(task.function.__name__)
        tasks += job.advance(Outcome(task, value=task.function(*task.args)))
    return ran


@pytest.mark.parametrize("path", [PUBLICATION, TRANSCRIPT], ids=["pdf", "docx"])
def test_a_document_read_before_its_records_are_made_gives_the_records_of_a_whole_read(path):
    """Started to read only (the batch's first documents, while it loads what makes records), a document
    is read by one task and its records made by the next: the records of the whole read, and its pages."""
    whole = extract_document(path)
    job = DocumentJob(path, path.name, source_of(path), Settings())
    ran = run_job(job, records=False)
    first = "survey" if path.suffix == ".pdf" else "read_layout"
    assert ran == [first, "records_of_layout"] and job.error is None
    assert [f.model_dump() for f in job.result.fichas] == [f.model_dump() for f in whole.fichas]
    assert job.pages_read == (16 if path.suffix == ".pdf" else 0)
    job = DocumentJob(path, path.name, source_of(path), Settings())
    assert run_job(job, records=True) == ["survey" if path.suffix == ".pdf" else "whole"]


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_with_several_workers_the_first_documents_are_read_while_the_records_side_loads(jobs, tmp_path, monkeypatch):
    """With N > 1 workers the first N documents start reading (nothing that makes records) before the batch
    loads what makes records, which every later task inherits; with one worker it is all loaded first."""
    events: list[str] = []
    start_queued, load = workers.Pool.start_queued, runner.Batch._load_records_side

    def started(pool: workers.Pool) -> None:
        before = {id(run.task) for run in pool._running}
        start_queued(pool)
        for run in pool._running:
            if id(run.task) not in before:
                records = run.task.args[-1] if run.task.function is jobs_module.survey else None
                events.append(f"{run.task.function.__name__}{'' if records is None else f'(records={records})'}")

    def loaded(batch: runner.Batch, *args: object) -> None:
        events.append("load")
        load(batch, *args)

    monkeypatch.setattr(workers.Pool, "start_queued", started)
    monkeypatch.setattr(runner.Batch, "_load_records_side", loaded)
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in range(3):
        shutil.copy(TRANSCRIPT, docs / f"t{n}.docx")
    summary = runner.run([docs], tmp_path / "out", options=runner.RunOptions(jobs=jobs))
    assert summary.failed == [] and len(records_in(tmp_path / "out")) == 3
    if jobs == 1:
        assert events[0] == "load" and "read_layout" not in events
    else:
        assert events[:3] == ["read_layout", "read_layout", "load"]
        assert events.count("records_of_layout") == 2 and events.count("whole") == 1


@pytest.mark.slow
def test_the_first_documents_wait_only_for_the_readers_of_their_own_format(tmp_path, monkeypatch):
    """With several workers the first documents (the largest: two PDFs here) start once the PDF reader
    is loaded; python-docx's reader, which only a later document needs, loads while they read."""
    events: list[str] = []
    start_queued, reader = workers.Pool.start_queued, Format.reader

    def started(pool: workers.Pool) -> None:
        before = len(pool._running)
        start_queued(pool)
        events.extend(run.task.function.__name__ for run in pool._running[before:])

    def loaded(fmt: Format) -> object:
        events.append(f"reader:{fmt.name}")
        return reader(fmt)

    monkeypatch.setattr(workers.Pool, "start_queued", started)
    monkeypatch.setattr(Format, "reader", loaded)
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in range(2):
        shutil.copy(PUBLICATION, docs / f"p{n}.pdf")
    shutil.copy(TRANSCRIPT, docs / "t.docx")
    summary = runner.run([docs], tmp_path / "out", options=runner.RunOptions(jobs=2))
    assert summary.failed == []
    assert events.index("reader:pdf") < events.index("survey") < events.index("reader:docx")
    assert events[events.index("survey") + 1] == "survey", "both PDFs started together"
    assert events.index("reader:docx") < events.index("whole"), "the DOCX's worker inherits its reader"


def answer_and_linger(n: int) -> int:
    workers.os._exit = lambda code: time.sleep(3600)  # this worker answers, then never exits by itself
    return n


@pytest.mark.slow
def test_a_worker_that_answered_leaves_its_place_to_the_next_task_and_is_reaped(monkeypatch):
    """The next task starts while a worker that answered exits (waiting for each to exit would take
    4 x 3 s here); one that does not exit within the grace time is killed; none is left when the pool
    closes."""
    monkeypatch.setattr(workers, "EXIT_GRACE", 3.0)
    results = {}
    started = time.monotonic()
    with workers.Pool(1, workers.WorkerLimits(timeout=30)) as pool:
        for n in range(4):
            pool.submit(workers.Task(answer_and_linger, (n,), f"t{n}"))
        while pool.busy:
            for outcome in pool.wait():
                results[outcome.task.label] = outcome.value
    assert results == {f"t{n}": n for n in range(4)}
    assert time.monotonic() - started < 9
    assert multiprocessing.active_children() == []
