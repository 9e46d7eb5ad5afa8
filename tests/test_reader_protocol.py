"""The reader protocol: a format is one registry entry and one reader module, and the batch's jobs
drive any paged reader through the protocol alone.

The format tested here lives in this module: a text file whose pages are separated by form
feeds, a line starting with "# " bold. Its running header is the first line when every page
repeats it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from extractor.batch.jobs import DocumentJob, Settings
from extractor.batch.workers import Outcome
from extractor.layout import Item, Layout, Line, Provenance, TextBlock
from extractor.pipeline import extract_document
from extractor.problems import DocumentError, Kind, document_error
from extractor.readers import FORMATS, ReadOptions, format_of, read
from extractor.readers.base import Format, Reader
from extractor.readers.checks import FileLimits, check_size
from extractor.source import source_of

from .conftest import RAW
from .docx_builders import HEADINGS, MUNICIPALITY, TEXTS, TITLE


def check_pages(path: Path, limits: FileLimits) -> None:
    check_size(path, limits)
    if b"\x00" in path.read_bytes():
        raise document_error(Kind.damaged_pdf, path, "binary bytes in a text file")


def pages_of(path: str) -> list[list[str]]:
    return [page.splitlines() for page in Path(path).read_text(encoding="utf-8").split("\f")]


@dataclass(frozen=True)
class TextPart:
    first: int  # 1-based number of its first page
    pages: tuple[tuple[str, ...], ...]


class TextPages:
    """The paged capability of the test format; `steps` counts what the jobs asked of it."""

    def page_count(self, path: str, password: str | None) -> int:
        return len(pages_of(path))

    def surveyed(self, path: str, password: str | None) -> TextPages:
        return self  # its parts share nothing

    def read_part(self, path: str, password: str | None, pages: range | None) -> TextPart:
        every = pages_of(path)
        numbers = pages or range(1, len(every) + 1)
        return TextPart(numbers.start, tuple(tuple(every[n - 1]) for n in numbers))

    def merge(self, parts: Sequence[TextPart], label: str) -> str | None:
        pages = [page for part in parts for page in part.pages]
        if not any(pages):
            raise DocumentError(Kind.scanned_pdf, f"{label}: no text")
        firsts = {page[0] if page else None for page in pages}
        return firsts.pop() if len(firsts) == 1 and len(pages) > 1 else None

    def part_items(self, part: TextPart, running: str | None) -> list[list[Item]]:
        return [
            [
                TextBlock([Line(line.removeprefix("# "), bold=line.startswith("# "))], prov=Provenance(page=n))
                for line in page
                if line and line != running
            ]
            for n, page in enumerate(part.pages, start=part.first)
        ]

    def layout(self, path: str, items_per_page: list[list[Item]]) -> Layout:
        return Layout(path, "pdf", [item for items in items_per_page for item in items], len(items_per_page))


def read_text(path: str, password: str | None = None, options: ReadOptions = ReadOptions()) -> Layout:
    paged = TextPages()
    part = paged.read_part(path, password, None)
    return paged.layout(path, paged.part_items(part, paged.merge([part], path)))


def text_pages(options: ReadOptions) -> TextPages:
    return TextPages()


READER = Reader(read=read_text, paged=text_pages)


@pytest.fixture
def text_format(monkeypatch):
    """The test format registered as `.pages`: one line, as a new format would add to formats.py."""
    monkeypatch.setitem(FORMATS, "pages", Format("pages", check_pages, Kind.damaged_pdf, __name__))


def ficha_pages(path: Path) -> Path:
    header = "Boletín de buenas prácticas"
    body = [f"# {MUNICIPALITY}", f"# {TITLE}"]
    for key, heading in HEADINGS.items():
        if key in TEXTS:
            body += [f"# {heading}", TEXTS[key]]
    pages = [[header, *body[i : i + 4]] for i in range(0, len(body), 4)]
    path.write_text("\f".join("\n".join(page) for page in pages), encoding="utf-8")
    return path


def drive(job: DocumentJob) -> list[str]:
    """Run the job's tasks in this process, in order; the names of the functions run."""
    tasks, ran = job.start(), []
    while tasks:
        task = tasks.pop(0)
        try:
            outcome = Outcome(task, value=task.function(*task.args))
        except DocumentError as error:
            outcome = Outcome(task, error=error)
        ran.append(task.function.__name__)
        tasks += job.advance(outcome)
    return ran


def test_a_new_paged_format_is_read_whole_and_in_parts_alike(text_format, tmp_path):
    path = ficha_pages(tmp_path / "ficha.pages")
    assert format_of(path) == "pages"
    layout = read(path)
    assert len(layout.items) > 10 and not any("Boletín" in item.raw_lines[0] for item in layout.items)
    source = replace(source_of(path), formato="pdf")  # the contract's fuente.formato knows pdf and docx only
    whole = extract_document(path, source=source)
    assert [f.titulo for f in whole.fichas] == [TITLE], whole.invalid

    job = DocumentJob(path, "ficha.pages", source, Settings(jobs=2, part_pages=2, min_part_pages=1))
    ran = drive(job)
    assert ran == ["survey", *["read_part"] * 4, *["part_items"] * 4, "finish"]  # 2, 1, 1, 1 pages (last round halved)
    assert job.error is None and (job.pages, job.parts, job.pages_read) == (5, 4, 5)
    assert [f.model_dump() for f in job.result.fichas] == [f.model_dump() for f in whole.fichas]


def test_a_paged_format_s_merge_error_fails_the_document(text_format, tmp_path):
    path = tmp_path / "blank.pages"
    path.write_text("\f".join([""] * 6), encoding="utf-8")
    job = DocumentJob(path, "blank.pages", source_of(path), Settings(jobs=2, part_pages=2, min_part_pages=1))
    assert drive(job) == ["survey", *["read_part"] * 5]  # 2, 1, 1, 1, 1 pages
    assert job.error is not None and job.error.kind == Kind.scanned_pdf and job.result is None


def test_the_format_s_check_runs_before_its_reader(text_format, tmp_path):
    path = tmp_path / "bad.pages"
    path.write_bytes(b"a\x00b")
    with pytest.raises(DocumentError) as raised:
        read(path)
    assert raised.value.kind == Kind.damaged_pdf and "binary bytes" in str(raised.value)


def test_the_registry_holds_each_format_once_with_its_reader():
    assert list(FORMATS) == ["pdf", "docx"]
    for name, fmt in FORMATS.items():
        assert fmt.name == name and callable(fmt.check) and callable(fmt.reader().read)
    assert FORMATS["pdf"].reader().paged is not None and FORMATS["docx"].reader().paged is None


WARM_RUN = """
import sys
from extractor.cli import main
try:
    main(["run", "docs", "--out", "out", "-q"])
except SystemExit:
    pass
LAZY = ("pdfplumber", "docx", "extractor.readers.pdf.reader", "extractor.readers.docx.reader", "extractor.batch.jobs")
print(sorted(m for m in LAZY if m in sys.modules))
"""


@pytest.mark.slow
def test_a_warm_run_imports_no_reader(tmp_path):
    (tmp_path / "docs").mkdir()
    shutil.copy(sorted((RAW / "transcripciones").glob("*.docx"))[0], tmp_path / "docs" / "t.docx")
    runs = [
        subprocess.run([sys.executable, "-c", WARM_RUN], cwd=tmp_path, capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    cold, warm = (run.stdout.splitlines()[-1] for run in runs)
    assert "extractor.readers.docx.reader" in cold, "the first run reads the document"
    assert warm == "[]", "a warm run imports no reader, no parser and not the jobs"
