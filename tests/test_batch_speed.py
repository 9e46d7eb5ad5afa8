"""What keeps a batch fast without changing what it writes (issue 23): a long PDF's parts share what
the survey read once, and records are flushed to disk together."""

from __future__ import annotations

import pickle

import pytest

from extractor.batch import writer
from extractor.batch.jobs import DocumentJob, Settings
from extractor.pipeline import extract_document
from extractor.readers.pdf.reader import PdfPages
from extractor.readers.pdf.sources import pdfium_source
from extractor.source import source_of

from .conftest import RAW
from .test_reader_protocol import drive

PUBLICATION = RAW / "publicaciones" / "fichas-buenas-practicas-municipales-2023.pdf"


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
