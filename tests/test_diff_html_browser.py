"""The HTML diff report as a browser renders it: headless Chromium (Debian's `chromium`; `.ci/run` installs it).

Without Chromium these tests are skipped with a reason saying how to install it, except under CI, where they fail
(conftest's `chromium` fixture).
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from PIL import Image

from extractor.cli import main

from .conftest import run_chromium
from .review_helpers import edited_copy, write_records

pytestmark = pytest.mark.usefixtures("chromium")  # first, so that a missing browser skips before any extraction

INSERTED_BACKGROUND = (0xAC, 0xEE, 0xBB)  # `ins` in render_html.STYLE
DELETED_BACKGROUND = (0xFF, 0xCE, 0xCB)  # `del`


@pytest.fixture(scope="module")
def report_page(tmp_path_factory, reference_records):
    """(the HTML report of the records of raw/ against a copy with four edits, the edits)."""
    base = tmp_path_factory.mktemp("html")
    old = write_records(reference_records, base / "old")
    edits = edited_copy(old, base / "new")
    page = base / "report.html"
    assert main(["diff", str(old), str(base / "new"), "--format", "html", "--output", str(page)]) == 1
    return page, edits


class RenderedPage(HTMLParser):
    """The summary table's rows (cell texts) and the texts of <ins> and <del> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.inserted: list[str] = []
        self.deleted: list[str] = []
        self.cards = 0
        self._open: list[str] = []
        self._in_summary = False

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "table" and "summary" in classes:
            self._in_summary = True
        if tag == "section" and "card" in classes:
            self.cards += 1
        if self._in_summary and tag == "tr" and "tbody" in self._open:
            self.rows.append([])
        if self._in_summary and tag == "td":
            self.rows[-1].append("")
        if tag in ("ins", "del"):
            (self.inserted if tag == "ins" else self.deleted).append("")
        self._open.append(tag)

    def handle_endtag(self, tag):
        if tag == "table":
            self._in_summary = False
        while self._open and self._open.pop() != tag:
            pass

    def handle_data(self, data):
        if "ins" in self._open:
            self.inserted[-1] += data
        if "del" in self._open:
            self.deleted[-1] += data
        if self._in_summary and "td" in self._open and self.rows and self.rows[-1]:
            self.rows[-1][-1] += data


def test_rendered_page_has_the_summary_rows_and_highlighted_words(chromium, report_page, reference_records, tmp_path):
    page, edits = report_page
    result = run_chromium(chromium, ["--dump-dom", page.as_uri()], tmp_path / "profile")
    assert result.returncode == 0 and "<body>" in result.stdout, result.stderr[-2000:]
    dom = RenderedPage()
    dom.feed(result.stdout)
    assert sum(len(fichas) for fichas in reference_records.values()) == 14
    assert len(dom.rows) == 3  # changed first; the unchanged ones counted, listed with --all
    by_status = {}
    for ficha, _document, status, fields, metadata in dom.rows:
        by_status.setdefault(status, []).append((ficha, int(fields), int(metadata)))
    assert sorted(by_status) == ["changed"]
    assert sorted(f for _, f, _ in by_status["changed"]) == [1, 1, 1]
    assert "11 unchanged fichas not listed (--all lists them)" in result.stdout
    assert dom.cards == 3
    assert edits.inserted_words in dom.inserted and edits.deleted_words in dom.deleted
    assert "(none)" not in dom.inserted  # the removed month is a deleted member, the renamed office old → new
    assert str(edits.month) in dom.deleted


def test_highlights_are_visible_in_a_screenshot(chromium, report_page, tmp_path):
    page, _ = report_page
    shot = tmp_path / "page.png"
    result = run_chromium(
        chromium,
        [f"--screenshot={shot}", "--window-size=1200,3000", "--hide-scrollbars", page.as_uri()],
        tmp_path / "profile",
    )
    assert shot.exists(), result.stderr[-2000:]
    colours = Image.open(shot).convert("RGB").getcolors(maxcolors=1 << 20)
    pixels = {colour: count for count, colour in colours}
    assert pixels.get(INSERTED_BACKGROUND, 0) > 200, "no inserted-word highlight painted"
    assert pixels.get(DELETED_BACKGROUND, 0) > 200, "no deleted-word highlight painted"
