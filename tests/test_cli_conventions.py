"""Issue 14, conventions: the installed `extractor` behaves like a well-made Unix tool. Each test
drives the command in a subprocess (a pseudo-terminal where a terminal matters)."""

from __future__ import annotations

import json
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.batch.record_files import record_files

from . import bad_files as bf
from .cli_process import EXTRACTOR, Terminal, environment, extractor, one_line_error, report_of
from .conftest import GOLDEN, RAW, reference_golden, reference_raw

pytestmark = pytest.mark.slow  # every test here drives the installed command in subprocesses

ARICA = RAW / "transcripciones" / "Transcripción 07 - Arica.docx"


def put(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)
    return target


# --- 9. conventions ---------------------------------------------------------------------------


def test_version_and_python_dash_m(tmp_path):
    from importlib import metadata

    from extractor import __version__

    assert __version__ == metadata.version("extractor")

    result = extractor(["--version"], tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, f"extractor {__version__}")
    module = subprocess.run(
        [sys.executable, "-m", "extractor", "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment(),
    )
    assert (module.returncode, module.stdout) == (0, result.stdout)


def test_every_command_that_writes_a_file_takes_dash_o(tmp_path):
    put(ARICA, tmp_path / "docs" / "a.docx")
    assert extractor(["run", "docs", "-o", "out"], tmp_path).returncode == 0
    assert extractor(["export", "out", "-o", "t.csv"], tmp_path).returncode == 0
    assert extractor(["schema", "-o", "schema.json"], tmp_path).returncode == 0
    assert extractor(["inspect", "docs/a.docx", "--format", "json", "-o", "seen.json"], tmp_path).returncode == 0
    assert extractor(["diff", "out", "out", "-o", "diff.md", "--format", "md"], tmp_path).returncode == 0
    assert extractor(["crosscheck", "out", "--output", "cross.json", "--format", "json"], tmp_path).returncode == 0
    assert json.loads((tmp_path / "schema.json").read_text(encoding="utf-8"))["title"] == "Ficha"
    assert json.loads((tmp_path / "seen.json").read_text(encoding="utf-8"))["fichas"]
    assert (tmp_path / "t.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")
    assert (tmp_path / "diff.md").read_text(encoding="utf-8") and (tmp_path / "cross.json").is_file()


@pytest.mark.parametrize(
    "args, command, complaint",
    [
        (["run", "docs", "--report", "r.md"], "run", "--report applies only with --diff-against"),
        (
            ["run", "docs", "--format", "md", "--color", "never"],
            "run",
            "--format, --color apply only with --diff-against",
        ),
        (["export", "out", "--format", "csv", "--out", "x.xlsx"], "export", "--format csv contradicts"),
        (["export", "out", "-o", "x.txt"], "export", ".txt is not a known suffix"),
        (["run", "--jobs", "zero"], "run", "invalid"),
        (["inspect"], "inspect", "required"),
        (["run", "docs", "--bogus"], "run", "unrecognized arguments: --bogus"),
        (["export", "out", "--bogus", "x"], "export", "unrecognized arguments: --bogus x"),
        (["golden", "review", "--bogus"], "golden review", "unrecognized arguments: --bogus"),
    ],
)
def test_ignored_or_contradicting_options_are_usage_errors_with_the_commands_usage(tmp_path, args, command, complaint):
    put(ARICA, tmp_path / "docs" / "a.docx")
    (tmp_path / "out").mkdir()
    result = extractor(args, tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"usage: extractor {command} "), result.stderr
    assert complaint in result.stderr
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "r.md").exists()


def test_bash_completion_is_generated_by_the_tool_and_completes_commands_and_options(tmp_path):
    script = extractor(["completion", "bash"], tmp_path)
    assert script.returncode == 0
    (tmp_path / "extractor.bash").write_text(script.stdout, encoding="utf-8")
    probe = (
        "source extractor.bash; complete -p extractor; "
        'COMP_WORDS=(extractor ex); COMP_CWORD=1; _shtab_extractor; echo "words:${COMPREPLY[*]}"; '
        'COMP_WORDS=(extractor export --one); COMP_CWORD=2; _shtab_extractor; echo "words:${COMPREPLY[*]}"'
    )
    shell = subprocess.run(["bash", "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert shell.returncode == 0, shell.stderr
    lines = shell.stdout.splitlines()
    assert "_shtab_extractor extractor" in lines[0]
    assert lines[1:] == ["words:export", "words:--one-per-ficha"]


def test_zsh_completion_is_a_compdef_function_naming_every_command(tmp_path):
    from extractor.cli import command_names

    script = extractor(["completion", "zsh"], tmp_path)
    assert script.returncode == 0 and script.stdout.startswith("#compdef extractor")
    assert all(f"\n    {name}:'" in script.stdout for name in command_names())
    if shutil.which("zsh"):
        assert subprocess.run(["zsh", "-n"], input=script.stdout, text=True).returncode == 0


# --- 10. files users really have ---------------------------------------------------------------


def test_lock_files_and_resource_forks_are_skipped_and_doc_files_reported(tmp_path):
    put(ARICA, tmp_path / "docs" / "a.docx")
    (tmp_path / "docs" / "~$a.docx").write_bytes(b"\x00lock")
    (tmp_path / "docs" / "._a.docx").write_bytes(b"\x00\x05\x16\x07fork")
    (tmp_path / "docs" / "viejo.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    result = extractor(["run", "docs", "--out", "o"], tmp_path)
    assert result.returncode == 1
    notes = [line for line in result.stderr.splitlines() if line.startswith("note: skipped ")]
    assert len(notes) == 2 and any("~$a.docx: a Word lock file" in n for n in notes)
    assert any("._a.docx: a macOS resource-fork file" in n for n in notes)
    assert "error: docs/viejo.doc: a legacy Word .doc file: not supported, convert it to .docx" in result.stderr
    report = report_of(tmp_path / "o")
    assert [(e["file"], e["kind"]) for e in report["errors"]] == [("docs/viejo.doc", "unsupported")]
    assert report["summary"]["read"] == 1 and report["summary"]["failed"] == 1


def test_a_link_to_a_document_that_is_gone_is_reported_not_left_out(tmp_path):
    put(ARICA, tmp_path / "docs" / "a.docx")
    (tmp_path / "docs" / "moved.docx").symlink_to(tmp_path / "elsewhere" / "moved.docx")
    result = extractor(["run", "docs", "--out", "o", "--jobs", "1"], tmp_path)
    assert result.returncode == 1
    assert "error: docs/moved.docx: cannot be read: No such file or directory" in result.stderr
    assert report_of(tmp_path / "o")["summary"]["read"] == 1


def test_a_folder_without_documents_says_so(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("x", encoding="utf-8")
    result = extractor(["run", "empty", "--out", "o"], tmp_path)
    assert result.returncode == 0
    assert "extractor run: no documents (.pdf, .docx) under empty" in result.stderr


# --- 11. the summary -----------------------------------------------------------------------------


def test_the_summary_names_the_fichas_to_review_and_where_everything_went(tmp_path):
    golden = reference_golden()  # the reference corpus: raw/ before issue 15's other renderings
    result = extractor(["run", "raw", "--out", str(tmp_path / "o")], reference_raw(tmp_path / "docs"))
    assert result.returncode == 0
    review = [
        p for p in record_files(golden) if json.loads(p.read_text(encoding="utf-8"))["revision"]["estado"] == "revisar"
    ]
    assert review, "raw/ has fichas that need review"
    lines = result.stdout.splitlines()
    assert lines[0].startswith("8 documents read, 14 fichas written, 2 need review")
    assert lines[1] == "need review:"
    assert lines[2 : 2 + len(review)] == [f"  {tmp_path / 'o' / p.relative_to(golden)}" for p in review]
    assert lines[-1] == f"records in {tmp_path / 'o'}/, run report in {tmp_path / 'o' / '.extractor-report.json'}"


def test_quiet_prints_nothing_on_success_and_the_problems_on_failure(tmp_path):
    put(ARICA, tmp_path / "docs" / "a.docx")
    quiet = extractor(["run", "docs", "--out", "o", "-q"], tmp_path)
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")
    (tmp_path / "docs" / "b.docx").write_bytes(b"")
    failed = extractor(["run", "docs", "--out", "o", "-q"], tmp_path)
    assert failed.returncode == 1 and failed.stdout == ""
    assert "error: docs/b.docx: empty file" in failed.stderr and "1 document failed" in failed.stderr


# --- 13. passwords and faults ------------------------------------------------------------------


def test_a_password_comes_from_the_environment_or_a_prompt_not_only_the_command_line(tmp_path):
    bf.publication_pages(tmp_path / "secret.pdf", password="s3cret")
    none = extractor(["run", "secret.pdf", "--out", "o"], tmp_path)
    assert none.returncode == 1 and "needs a password" in none.stderr
    by_variable = extractor(["run", "secret.pdf", "--out", "o1"], tmp_path, EXTRACTOR_PASSWORD="s3cret")
    named = extractor(["run", "secret.pdf", "--out", "o2", "--password-env", "PDF_PW"], tmp_path, PDF_PW="s3cret")
    assert by_variable.returncode == named.returncode == 0
    assert len(record_files(tmp_path / "o1")) == len(record_files(tmp_path / "o2")) == 1
    unset = extractor(["run", "secret.pdf", "--out", "o3", "--password-env", "NOPE"], tmp_path)
    assert unset.returncode == 2 and "--password-env NOPE: no such environment variable" in unset.stderr

    prompt = Terminal(["run", "secret.pdf", "--out", "o4", "--ask-password", "-q"], tmp_path)
    prompt.expect("PDF password: ")
    prompt.send("s3cret\n")
    assert prompt.finish() == 0 and "s3cret" not in prompt.text, "typed, not echoed"
    assert len(record_files(tmp_path / "o4")) == 1
    no_terminal = extractor(["run", "secret.pdf", "--out", "o5", "--ask-password"], tmp_path)
    assert no_terminal.returncode == 2 and "--ask-password needs a terminal" in no_terminal.stderr


def test_inspect_takes_the_password_options(tmp_path):
    bf.publication_pages(tmp_path / "secret.pdf", password="s3cret")
    refused = extractor(["inspect", "secret.pdf"], tmp_path)
    assert refused.returncode == 1 and "needs a password" in one_line_error(refused)
    given = extractor(["inspect", "secret.pdf", "--password", "s3cret", "--format", "json"], tmp_path)
    by_variable = extractor(["inspect", "secret.pdf", "--format", "json"], tmp_path, EXTRACTOR_PASSWORD="s3cret")
    assert given.returncode == by_variable.returncode == 0
    assert json.loads(given.stdout)["fichas"] and given.stdout == by_variable.stdout
    pictures = extractor(
        ["inspect", "secret.pdf", "--password-env", "PDF_PW", "--pages", "1", "--png", "pngs"],
        tmp_path,
        PDF_PW="s3cret",
    )
    assert pictures.returncode == 0, pictures.stderr
    assert [p.name for p in (tmp_path / "pngs").iterdir()] == ["secret-page-001.png"]


def test_inspect_png_given_a_file_is_one_line(tmp_path):
    bf.publication_pages(tmp_path / "p.pdf")
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    result = extractor(["inspect", "p.pdf", "--pages", "1", "--png", "afile"], tmp_path)
    assert result.returncode == 2 and "--png afile: not a folder" in one_line_error(result)


def _file_size_limit() -> None:
    """In the child: a 'disk' that takes 2 KB per file (writing more fails with EFBIG, not SIGXFSZ)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))


def test_export_to_a_full_disk_is_one_line(tmp_path):
    result = subprocess.run(
        [str(EXTRACTOR), "export", str(GOLDEN), "-o", "big.html"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=environment(),
        preexec_fn=_file_size_limit,
    )
    assert result.returncode == 2
    assert one_line_error(result).startswith("extractor export: big.html: cannot be written: File too large")
    assert not list(tmp_path.iterdir()), "no half-written file is left"


def test_a_tiny_memory_limit_is_out_of_memory_in_one_line_per_document(tmp_path):
    # The whole publication (not a few of its pages): a worker reading three pages may fit in 1 MB more than
    # it inherits, depending on what the batch's allocator had free when it forked; 64 pages need several.
    put(bf.PUBLICATION, tmp_path / "p.pdf")
    put(ARICA, tmp_path / "a.docx")
    result = extractor(["run", ".", "--out", "o", "--memory-limit", "1", "-q"], tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    # A MemoryError is reported as such; a C library that crashes instead of raising when an allocation
    # fails (it happens under a 1 MB limit) can only be reported as a crash that may be memory.
    assert len(errors) == 2 and all(
        "out of memory: over the limit of 1 MB per worker" in e
        or "may have run out of memory (--memory-limit 1 MB)" in e
        for e in errors
    )
    kinds = {e["kind"] for e in report_of(tmp_path / "o")["errors"]}
    assert kinds and kinds <= {"out_of_memory", "worker_crashed"}


# --- 14. the HTML catalogue and one row per ficha -------------------------------------------


def test_the_catalogue_shows_each_avisos_message_and_filters_the_fichas_to_review(tmp_path):
    assert extractor(["export", str(GOLDEN), "-o", "c.html"], tmp_path).returncode == 0
    page = (tmp_path / "c.html").read_text(encoding="utf-8")
    from html import escape

    avisos = [a for p in record_files(GOLDEN) for a in json.loads(p.read_text(encoding="utf-8"))["revision"]["avisos"]]
    assert avisos and all(escape(a["mensaje"]) in page for a in avisos)
    review = sum(
        json.loads(p.read_text(encoding="utf-8"))["revision"]["estado"] == "revisar" for p in record_files(GOLDEN)
    )
    assert f'<option value="revisar">Necesitan revisión ({review})</option>' in page
    assert page.count('data-revision="revisar"') == review and "f.revision" in page


def test_one_row_per_ficha_prefers_the_publication(tmp_path):
    both = extractor(["export", str(GOLDEN), "--format", "jsonl"], tmp_path)
    one = extractor(["export", str(GOLDEN), "--format", "jsonl", "--one-per-ficha"], tmp_path)
    assert both.returncode == one.returncode == 0
    all_records = [json.loads(line) for line in both.stdout.splitlines()]
    kept = [json.loads(line) for line in one.stdout.splitlines()]
    assert len(kept) == len({r["id"] for r in all_records}) < len(all_records)
    published = {r["id"] for r in all_records if r["fuente"]["formato"] == "pdf"}
    assert all(r["fuente"]["formato"] == "pdf" for r in kept if r["id"] in published)


# --- 12. the progress bar ----------------------------------------------------------------------


def test_the_progress_bar_knows_its_page_total_from_the_first_frame(tmp_path):
    from pypdf import PdfReader

    put(ARICA, tmp_path / "docs" / "a.docx")  # read first (--jobs 1): the PDF is not surveyed yet
    pdf = bf.publication_pages(tmp_path / "docs" / "p.pdf")
    pages = len(PdfReader(pdf).pages)
    run = Terminal(["run", "docs", "--out", "o", "--jobs", "1"], tmp_path)
    assert run.finish(timeout=300) == 0
    frames = [
        frame
        for frame in run.text.replace("\r\n", "\n").replace("\r", "\n").splitlines()
        if " documents" in frame and "fichas written" not in frame
    ]
    assert frames, run.text
    assert all(f"/{pages} pages" in frame for frame in frames), "every frame knows the page total"
    assert any(" left" in frame for frame in frames)
    assert "2 documents read, 2 fichas written" in run.text
