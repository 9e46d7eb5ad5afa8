"""A long document's records made in two halves at once (`fields.record.build_records` with
`batch.workers.in_two`, when a document has two workers' share) are the records made one after the
other: the same bytes, a repeated id flagged across the halves."""

from __future__ import annotations

import os
import time

import pytest

from extractor.batch.workers import in_two
from extractor.fields.record import build_records
from extractor.readers import read
from extractor.segment.fichas import segment
from extractor.settings import SETTINGS
from extractor.source import source_of
from tests.docx_builders import DocBuilder, write_ficha


def test_in_two_runs_the_second_in_another_process():
    first, second = in_two(os.getpid, os.getpid)
    assert first == os.getpid() and second != os.getpid()


def test_in_two_raises_here_what_the_second_raises():
    def second() -> int:
        raise ValueError("not readable")

    with pytest.raises(ValueError, match="not readable"):
        in_two(lambda: 1, second)


def test_in_two_raises_what_the_first_raises_and_leaves_no_helper(tmp_path):
    helper = tmp_path / "helper"

    def first() -> int:
        deadline = time.monotonic() + 30
        while not helper.exists() and time.monotonic() < deadline:  # the helper is running
            time.sleep(0.01)
        raise KeyError("first")

    def second() -> int:
        (tmp_path / "pid").write_text(str(os.getpid()))
        (tmp_path / "pid").rename(helper)  # whole, once there
        time.sleep(60)
        return 2

    with pytest.raises(KeyError):
        in_two(first, second)
    with pytest.raises(ProcessLookupError):  # killed and waited for
        os.kill(int(helper.read_text()), 0)


def test_records_in_two_halves_are_the_records_made_alone(tmp_path):
    titles = [f"Huertos comunitarios {n}" for n in range(SETTINGS.fields.split_min_fichas + 2)]
    half = len(titles) // 2
    titles[half + 2] = titles[1]  # a ficha of the second half repeats the id of one of the first
    builder = DocBuilder()
    for title in titles:
        path = write_ficha(tmp_path, builder=builder, title=title)
    layout = read(path)
    fichas = segment(layout).fichas
    assert len(fichas) == len(titles)
    source = source_of(path)

    alone = build_records(fichas, source, layout.ocr_pages)
    both = build_records(fichas, source, layout.ocr_pages, both=in_two)

    assert both == alone
    repeated = [a for a in both[half + 2]["revision"]["avisos"] if a["codigo"] == "id_duplicado"]
    assert [a["mensaje"] for a in repeated] == [f"la ficha 2 del documento ya tiene el id «{both[1]['id']}»"]
    assert sum(a["codigo"] == "id_duplicado" for r in both for a in r["revision"]["avisos"]) == 1
