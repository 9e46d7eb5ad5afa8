"""`extractor inspect`: real forms from other projects, the documents of raw/, and the three outputs."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from PIL import Image

from extractor.cli import main
from extractor.inspection import inspect_document, parse_pages
from extractor.inspection.as_json import inspection_json
from extractor.inspection.pictures import RESOLUTION, write_pictures
from extractor.inspection.text import render_text
from extractor.template import strip_prefix
from extractor.text import slug
from extractor.vocab import categories

from .conftest import RAW, raw_documents

PEERS = Path(__file__).parent / "data" / "peers"
PUBLICATION = RAW / "publicaciones" / "fichas-buenas-practicas-municipales-2023.pdf"

# What the peers' own test suites assert: {file: {page: (checked, unchecked)}}; page None for DOCX.
PEER_COUNTS = {
    "issue-13-151201DSP-Fond-581-90D.pdf": {1: (5, 5), 2: (6, 16)},
    "checked_boxes.docx": {None: (12, 32)},
    "checked-true-false.docx": {None: (4, 4)},
    "check_drop_my.docx": {None: (2, 2)},
    "checked_drop1.docx": {None: (1, 0)},
    "unchecked_drop0.docx": {None: (0, 1)},
}


def inspect_json(args: list[str], capsys) -> dict:
    assert main(["inspect", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def state_counts(boxes: list[dict]) -> dict:
    counts: dict = {}
    for box in boxes:
        checked, unchecked = counts.get(box["page"], (0, 0))
        counts[box["page"]] = (checked + box["checked"], unchecked + (not box["checked"]))
    return counts


@pytest.mark.parametrize("name", sorted(PEER_COUNTS))
def test_peer_forms_give_the_counts_their_projects_assert(name, capsys):
    assert PEERS.is_dir(), f"{PEERS}: the peer forms (copied from other projects, see tests/data/README.md) are missing"
    report = inspect_json([str(PEERS / name)], capsys)
    assert state_counts(report["checkboxes"]) == PEER_COUNTS[name]
    assert all(isinstance(b["checked"], bool) and b["method"] for b in report["checkboxes"])
    assert report["fichas"] == []  # none of them is a ficha: boxes are found without any heading


def test_peer_word_form_reads_w14_and_legacy_boxes_and_skips_drop_downs(capsys):
    report = inspect_json([str(PEERS / "check_drop_my.docx")], capsys)
    got = Counter((b["method"], b["checked"]) for b in report["checkboxes"])
    assert got == {("w14", True): 1, ("w14", False): 1, ("legacy", True): 1, ("legacy", False): 1}


def test_peer_pdf_form_page_labels_and_picture(tmp_path, capsys):
    form = PEERS / "issue-13-151201DSP-Fond-581-90D.pdf"
    report = inspect_json([str(form), "--pages", "2", "--png", str(tmp_path)], capsys)
    assert report["pages_shown"] == [2] and {i["page"] for i in report["items"]} == {2}
    labels = {b["label"]: b["checked"] for b in report["checkboxes"]}  # the text right of each box
    assert labels["Screening of Access report"] is True and labels["Protective plan implemented"] is False
    assert labels["Collaboration with medical professionals"] is True and labels["Supervised visitation"] is False
    assert {b["method"] for b in report["checkboxes"]} == {"vector", "empty"}
    # The label stops at the wide gap before the sentence that follows it on the line.
    assert labels["Not Applicable"] is False
    assert any(i["text"].startswith("This 90-day summary report") for i in report["items"] if i["kind"] == "text")
    assert [p.name for p in tmp_path.iterdir()] == [f"{form.stem}-page-002.png"]


@pytest.fixture(scope="module")
def raw_inspections() -> dict[Path, object]:
    return {doc: inspect_document(doc) for doc in raw_documents()}


def _checked_categories(inspection, ficha: int) -> list[str]:
    named = {e.category for e in inspection.checkboxes() if e.ficha == ficha and e.item.checked and e.category}
    return [t.id for t in categories() if t.id in named]


def _marked_months(inspection, ficha: int) -> list[int] | None:
    cells = [c for c in inspection.month_cells() if c.table.ficha == ficha]
    if not cells:
        return None
    return sorted({m for c in cells if c.cell.mark is not None and c.cell.mark.checked for m in c.months})


@pytest.mark.slow  # raw_inspections: a second read of every document of raw/
@pytest.mark.parametrize("doc", raw_documents(), ids=lambda p: p.name)
def test_inspect_shows_the_checkbox_states_the_records_hold(doc, raw_inspections, raw_records):
    inspection, records = raw_inspections[doc], raw_records[doc]
    assert [f.id for f in inspection.fichas] == [r.id for r in records]
    for n, record in enumerate(records, start=1):
        assert _checked_categories(inspection, n) == record.categorias, f"{doc.name} ficha {n}: categories"
        months = _marked_months(inspection, n)
        if months is not None:  # without a month table the record's months come from the text
            assert months == record.fechas_implementacion.meses, f"{doc.name} ficha {n}: month cells"


@pytest.mark.slow  # raw_inspections: a second read of every document of raw/
def test_text_shows_one_page_with_headings_sections_boxes_and_month_cells(raw_inspections):
    text = render_text(replace(raw_inspections[PUBLICATION], pages=[5]))
    assert "showing pages 5" in text and "\npage 5\n" in text and "\npage 6\n" not in text
    assert "ficha 2 · categorias" in text and "HEADING  categorias (100)  «Categoría»" in text
    assert text.count("     municipality: «") == 7  # each ficha's municipality label, as segmentation found it
    assert "[x] glyph    «Acogida/atención» -> acogida_atencion" in text
    assert "[ ] empty    «Sociolaboral» -> sociolaboral" in text
    assert "    Ene      [ ] -" in text and "    Feb      [x] glyph" in text
    assert "page 5: 8 checkboxes (1 checked, 7 unchecked); 12 month cells (11 marked)" in text


@pytest.mark.slow  # raw_inspections: a second read of every document of raw/
def test_text_of_a_word_document_lists_blocks_by_body_position(raw_inspections):
    doc = next(d for d in raw_documents() if d.suffix == ".docx")
    text = render_text(raw_inspections[doc])
    assert "blocks in reading order" in text and "ficha 1 · title" in text and " ¶0 " in text


@pytest.mark.slow  # raw_inspections: a second read of every document of raw/
def test_json_has_fichas_items_checkboxes_and_month_cells(raw_inspections):
    report = inspection_json(raw_inspections[PUBLICATION])
    json.dumps(report)  # serialisable as it is
    assert report["format"] == "pdf" and report["n_pages"] == 16 and len(report["fichas"]) == 7
    box = report["checkboxes"][0]
    assert set(box) >= {"checked", "label", "page", "method", "bbox", "ficha", "section"}
    assert all(1 <= b["page"] <= 16 and len(b["bbox"]) == 4 for b in report["checkboxes"])
    headings = [i for i in report["items"] if i["kind"] == "heading"]
    assert len(headings) == sum(len(f["sections"]) for f in report["fichas"])
    assert all(c["months"] and c["page"] for c in report["month_cells"])
    # The reader's decisions are shown as taken: the drawn panel holding a block, its role.
    in_panels = [i for i in report["items"] if "region" in i]
    assert in_panels and all(i["region"].startswith(f"p{i['page']}-") for i in in_panels)
    assert {i["role"] for i in report["items"]} == {"title", "heading", "municipality", "body"}
    assert all(i["role"] == "heading" for i in headings)
    # each ficha's municipality label, as segmentation found it, is the one its record's id is made of
    assert all(f["id"].startswith(slug(strip_prefix(f["municipality"])) + "--") for f in report["fichas"])


def _pixel(image: Image.Image, bbox: list[float]) -> tuple[int, int, int]:
    scale = RESOLUTION / 72
    return image.getpixel((int((bbox[0] + bbox[2]) / 2 * scale), int((bbox[1] + bbox[3]) / 2 * scale)))


@pytest.mark.slow  # raw_inspections: a second read of every document of raw/
def test_png_draws_each_checkbox_where_it_is_on_the_page(raw_inspections, tmp_path):
    inspection = replace(raw_inspections[PUBLICATION], pages=[3, 5])
    written = write_pictures(inspection, tmp_path)
    boxes = inspection_json(inspection)["checkboxes"]
    assert [p.name for p in written] == [f"{PUBLICATION.stem}-page-003.png", f"{PUBLICATION.stem}-page-005.png"]
    assert sorted(tmp_path.iterdir()) == written
    for page, path in zip((3, 5), written, strict=False):
        image = Image.open(path).convert("RGB")
        assert abs(image.width - 595 * RESOLUTION / 72) < 3 and abs(image.height - 842 * RESOLUTION / 72) < 3
        assert path.stat().st_size > 10_000
        for box in (b for b in boxes if b["page"] == page):
            r, g, b = _pixel(image, box["bbox"])
            if box["checked"]:  # the green wash over a checked box
                assert g > r + 40 and g > b, (page, box["label"], (r, g, b))
            else:  # the grey wash over an empty one
                assert max(r, g, b) - min(r, g, b) < 40, (page, box["label"], (r, g, b))


def test_page_selections():
    assert parse_pages("3-4", 16) == [3, 4]
    assert parse_pages("1,3-", 4) == [1, 3, 4]
    assert parse_pages("2", 2) == [2]
    for bad in ("0", "5-3", "x", "17", "3-20"):
        with pytest.raises(ValueError):
            parse_pages(bad, 16)


@pytest.mark.parametrize(
    "args, problem",
    [
        (["missing.pdf"], "no such file"),
        ([str(PEERS / "issue-13-151201DSP-Fond-581-90D.pdf"), "--pages", "3"], "has 2 page(s)"),
        ([str(RAW / "transcripciones" / "Transcripción 01 - Puente Alto.docx"), "--png", "x"], "need a PDF"),
    ],
)
def test_usage_errors_exit_2_naming_the_problem(args, problem, capsys):
    assert main(["inspect", *args]) == 2
    assert problem in capsys.readouterr().err


def test_unreadable_file_exits_1_naming_the_file(tmp_path, capsys):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf at all")
    assert main(["inspect", str(broken)]) == 1
    assert "broken.pdf" in capsys.readouterr().err


LEGACY_BOX_RUNS = (  # a legacy FORMCHECKBOX field and the label after it, one run each
    '<w:r {ns}><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>'
    '<w:default w:val="0"/>{checked}</w:checkBox></w:ffData></w:fldChar></w:r>',
    '<w:r {ns}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
    '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>',
    '<w:r {ns}><w:t xml:space="preserve"> {label} </w:t></w:r>',
)


def test_every_box_of_a_table_cell_is_kept(tmp_path):
    """A cell holding several boxes ("[x] Yes [ ] No [ ] Unknown") keeps all of them, in order."""
    document = docx.Document()
    document.add_paragraph("Referral form")
    paragraph = document.add_table(rows=1, cols=2).cell(0, 1).paragraphs[0]
    paragraph.add_run("Reported before?")
    for label, checked in (("Yes", "<w:checked/>"), ("No", ""), ("Unknown", '<w:checked w:val="0"/>')):
        for run in LEGACY_BOX_RUNS:
            paragraph._p.append(parse_xml(run.format(ns=nsdecls("w"), checked=checked, label=label)))
    path = tmp_path / "form.docx"
    document.save(path)
    boxes = [(e.item.label, e.item.checked) for e in inspect_document(path).checkboxes()]
    assert boxes == [("Yes", True), ("No", False), ("Unknown", False)]


def _without(key: str, heading_match):
    """`segment.heading_match` with one heading key no longer recognised."""

    def match(block, body):
        found = heading_match(block, body)
        return None if found is not None and found[0] == key else found

    return match


def test_inspect_follows_a_changed_segmentation_rule(monkeypatch):
    """inspect shows segment()'s own decisions: when a rule changes, what it shows changes with it,
    and always as the records have it."""
    import extractor.segment.fichas as segment
    from extractor.pipeline import records_of
    from extractor.readers import read
    from extractor.source import source_of

    doc = RAW / "transcripciones" / "Transcripción 01 - Puente Alto.docx"
    before = inspect_document(doc)
    (heading,) = [e for e in before.entries if e.heading is not None and e.heading.key == "sostenibilidad"]
    assert heading.role == "heading" and heading.section == "sostenibilidad"

    monkeypatch.setattr(segment, "heading_match", _without("sostenibilidad", segment.heading_match))
    after = inspect_document(doc)
    (moved,) = [e for e in after.entries if e.item.prov == heading.item.prov and e.item.lines == heading.item.lines]
    assert moved.heading is None and moved.role != "heading"
    # set like the document's other headings, it is now an unknown heading (issue 19.4): its own section, an aviso
    assert (moved.ficha, moved.section, moved.role) == (heading.ficha, "encabezado_desconocido", "unknown_heading")
    assert all(k != "sostenibilidad" for f in after.fichas for k, _ in f.sections)
    assert "sostenibilidad" in [k for f in before.fichas for k, _ in f.sections]
    record = records_of(read(doc), doc, source_of(doc)).fichas[heading.ficha - 1]
    assert record.sostenibilidad is None  # the records follow the same rule
    report = inspection_json(after)
    assert not any(i.get("heading", {}).get("key") == "sostenibilidad" for i in report["items"])

    import extractor.template as template  # the template owns the heading rule (`template.heading_term`)

    unmatchable = dataclasses.replace(template.SETTINGS.matching, heading_cutoff=101.0)
    # no heading is recognised: no ficha at all
    monkeypatch.setattr(template, "SETTINGS", dataclasses.replace(template.SETTINGS, matching=unmatchable))
    nothing = inspect_document(doc)
    assert nothing.fichas == [] and all(e.ficha is None and e.heading is None for e in nothing.entries)
