"""`extractor export`: CSV, XLSX, JSONL and HTML built from the reviewed records in tests/golden/.

Golden is the reviewed truth of raw/'s 14 fichas (7 from the publication, the same 7 from the
transcripts), so values checked here are values a reader can verify in the documents.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import time
import zipfile
from html.parser import HTMLParser

import openpyxl
import pytest

from extractor.batch.record_files import record_files
from extractor.export import FORMATS, load_catalogue
from extractor.export.table import columns

from .conftest import reference_golden
from .test_cli import run_cli

GOLDEN = reference_golden()  # the reference corpus: the 2023 publication and its seven transcripts

PDF = "raw/publicaciones/fichas-buenas-practicas-municipales-2023.pdf"
MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


@pytest.fixture(scope="module")
def fichas():
    loaded = load_catalogue(GOLDEN)
    assert loaded.problems == [] and len(loaded.fichas) == 14
    return loaded.fichas


def csv_rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, so Excel shows the accents"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def rows_of(rows: list[dict], comuna: str) -> list[dict]:
    return [row for row in rows if row["comuna"] == comuna]


def golden_record(row_id: str, archivo: str) -> dict:
    for path in GOLDEN.rglob(f"{row_id}.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record["fuente"]["archivo"] == archivo:
            return record
    raise AssertionError(f"no golden record {row_id} from {archivo}")


# --- CSV -----------------------------------------------------------------------------------


def test_csv_has_one_row_per_ficha_with_the_documented_columns(fichas):
    rows = csv_rows(FORMATS["csv"].render(fichas))
    assert len(rows) == 14
    assert list(rows[0]) == columns()
    assert columns()[:4] == ["id", "titulo", "comuna", "region"]
    assert [c for c in columns() if c.startswith("cat_")] == [
        "cat_sociolaboral",
        "cat_acogida_atencion",
        "cat_emprendimiento",
        "cat_capacitaciones",
        "cat_cooperativas",
        "cat_intermediacion_laboral",
        "cat_nna",
        "cat_otra",
    ]
    assert [c for c in columns() if c in MONTHS] == MONTHS
    assert columns()[-4:] == ["revision_estado", "avisos", "fuente_archivo", "fuente_paginas"]


def test_csv_values_of_puente_alto(fichas):
    rows = rows_of(csv_rows(FORMATS["csv"].render(fichas)), "Puente Alto")
    assert [row["fuente_archivo"] for row in rows] == [PDF, "raw/transcripciones/Transcripción 01 - Puente Alto.docx"]
    for row in rows:
        assert row["titulo"] == "Operativos interinstitucionales en asentamientos precarios"
        assert row["region"] == "Metropolitana de Santiago"
        checked = [c[4:] for c in columns() if c.startswith("cat_") and row[c] == "1"]
        assert checked == ["acogida_atencion", "nna", "otra"]
        assert {row[c] for c in columns() if c.startswith("cat_")} == {"0", "1"}
        assert row["categoria_otra"] == "Regularización"
        assert [row[m] for m in MONTHS] == ["1"] * 12
        assert row["oficinas"] == "Unidad de Migrantes; Dirección de Desarrollo Comunitario (DIDECO)"
        assert row["financiadores"] == "Recursos propios municipales; Estudiantes en práctica de Trabajo Social"
        assert row["sello_politicas_locales"] == row["sello_acceso_informacion"] == "1"
        assert row["sello_vinculacion_comunitaria"] == row["sello_fortalecimiento_institucional"] == "0"
        assert (row["revision_estado"], row["avisos"]) == ("ok", "0")
    assert [row["fuente_paginas"] for row in rows] == ["3; 4", ""]


def test_csv_values_of_quinta_normal_and_recoleta(fichas):
    rows = csv_rows(FORMATS["csv"].render(fichas))
    for row in rows_of(rows, "Quinta Normal"):
        assert [m for m in MONTHS if row[m] == "1"] == ["septiembre", "octubre", "noviembre"]
        assert row["cat_otra"] == "0" and row["categoria_otra"] == ""
        assert "Oficina Municipal de Información Laboral (OMIL)" in row["oficinas"].split("; ")
        assert (
            row["financiadores"] == "Recursos propios municipales; Servicio Nacional de Capacitación y Empleo (SENCE)"
        )
    for row in rows_of(rows, "Recoleta"):
        record = golden_record(row["id"], row["fuente_archivo"])
        assert row["revision_estado"] == "revisar"
        assert int(row["avisos"]) == len(record["revision"]["avisos"]) > 0
        assert [m for m in MONTHS if row[m] == "1"] == []


def test_rows_are_sorted_by_comuna_then_title_then_source(fichas):
    rows = csv_rows(FORMATS["csv"].render(fichas))
    assert [(row["comuna"], row["titulo"][:20]) for row in rows[::2]] == [
        ("Arica", "Academia Municipal A"),
        ("El Bosque", "Recepción y acogida "),
        ("Puente Alto", "Operativos interinst"),
        ("Quinta Normal", "Capacitación en Ofic"),
        ("Recoleta", "Incubadora Cooperati"),
        ("San Joaquín", "Escuela de Mujeres C"),
        ("San Joaquín", "Festival Multicultur"),
    ]
    for pdf_row, docx_row in zip(rows[::2], rows[1::2], strict=False):  # the same ficha from both documents
        assert pdf_row["id"] == docx_row["id"]
        assert pdf_row["fuente_archivo"] == PDF and docx_row["fuente_archivo"].endswith(".docx")


def test_csv_quotes_awkward_text_and_tolerates_missing_fields(tmp_path):
    record = golden_record("quinta-normal--capacitacion-en-oficios", PDF)
    record.update(titulo='Taller "Oficios", nivel 1; línea\nnueva', municipalidad=None, oficinas=[])
    record["fuente"]["paginas"] = None
    (tmp_path / "odd.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (row,) = csv_rows(FORMATS["csv"].render(load_catalogue(tmp_path).fichas))
    assert row["titulo"] == 'Taller "Oficios", nivel 1; línea\nnueva'
    assert (row["comuna"], row["region"], row["oficinas"], row["fuente_paginas"]) == ("", "", "", "")


# --- determinism ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_same_records_give_the_same_bytes_whatever_the_file_layout(name, fichas, tmp_path, monkeypatch):
    """Records copied flat under names that sort the other way round export identically,
    even a day later (the XLSX's dates and zip times are fixed)."""
    shuffled = tmp_path / "shuffled"
    shuffled.mkdir()
    paths = record_files(GOLDEN)
    for number, path in enumerate(reversed(paths)):
        shutil.copy(path, shuffled / f"{number:02d}.json")
    first = FORMATS[name].render(fichas)
    later = time.time() + 86_400
    monkeypatch.setattr(time, "time", lambda: later)
    assert FORMATS[name].render(load_catalogue(shuffled).fichas) == first


# --- XLSX ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workbook(fichas, tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "fichas.xlsx"
    path.write_bytes(FORMATS["xlsx"].render(fichas))
    return openpyxl.load_workbook(path)


def test_xlsx_main_sheet_equals_the_csv(fichas, workbook):
    assert workbook.sheetnames == ["fichas", "oficinas", "financiadores", "lineas_sello"]
    sheet = workbook["fichas"]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == columns()
    as_text = [[("" if v is None else str(v)) for v in row] for row in values[1:]]
    assert as_text == [list(row.values()) for row in csv_rows(FORMATS["csv"].render(fichas))]
    quinta = [dict(zip(values[0], row, strict=False)) for row in values[1:] if row[2] == "Quinta Normal"]
    assert [[r[m] for m in MONTHS] for r in quinta] == [[0] * 8 + [1, 1, 1, 0]] * 2  # numbers, not text


def test_xlsx_sheets_have_frozen_header_filters_and_fitted_widths(workbook):
    for sheet in workbook:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == sheet.dimensions
        assert all(cell.font.bold for cell in sheet[1])
    main_sheet = workbook["fichas"]
    width = {cell.value: main_sheet.column_dimensions[cell.column_letter].width for cell in main_sheet[1]}
    assert width["enero"] < 6 and width["cat_nna"] < 6  # flags: narrow, header turned upright
    assert 40 < width["titulo"] <= 60 and width["fuente_archivo"] <= 60
    assert width["comuna"] < width["titulo"]


def test_xlsx_long_sheets_have_one_row_per_item(fichas, workbook):
    def records(name):
        rows = list(workbook[name].iter_rows(values_only=True))
        return [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]

    offices = records("oficinas")
    assert len(offices) == sum(len(f.oficinas) for f in fichas)
    quinta_pdf = [r for r in offices if r["comuna"] == "Quinta Normal" and r["fuente_archivo"] == PDF]
    assert [(r["orden"], r["nombre"], r["sigla"], r["tipo"]) for r in quinta_pdf] == [
        (1, "Oficina Municipal de Información Laboral", "OMIL", "municipal"),
        (2, "Organismo Técnico de Capacitación", "OTEC", "externo"),
        (3, "Oficina de Migración", None, "municipal"),
    ]
    funders = records("financiadores")
    assert len(funders) == sum(len(f.forma_financiamiento.fuentes) for f in fichas)
    assert {(r["nombre"], r["tipo"]) for r in funders if r["sigla"] == "SENCE"} == {
        ("Servicio Nacional de Capacitación y Empleo", "estatal")
    }
    lines = records("lineas_sello")
    assert len(lines) == sum(len(f.lineas_sello) for f in fichas)
    quinta_lines = [
        r for r in lines if r["id"] == "quinta-normal--capacitacion-en-oficios" and r["fuente_archivo"] == PDF
    ]
    assert [(r["linea"], r["nombre"]) for r in quinta_lines] == [
        ("politicas_locales", "Políticas locales y trabajo colaborativo"),
        ("estrategias_formativas", "Estrategias formativas y de sensibilización"),
    ]
    assert quinta_lines[1]["justificacion"].startswith("ya que desde la municipalidad trabajan en una acción")


def test_xlsx_document_dates_and_zip_times_are_fixed(fichas, workbook):
    assert workbook.properties.created == workbook.properties.modified
    assert workbook.properties.created.year == 2000
    with zipfile.ZipFile(io.BytesIO(FORMATS["xlsx"].render(fichas))) as archive:
        assert {entry.date_time for entry in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        assert "xl/worksheets/sheet1.xml" in archive.namelist()


# --- JSONL ---------------------------------------------------------------------------------


def test_jsonl_has_one_complete_record_per_line_in_catalogue_order(fichas):
    text = FORMATS["jsonl"].render(fichas).decode("utf-8")
    lines = text.split("\n")
    assert lines[-1] == "" and len(lines) == 15
    records = [json.loads(line) for line in lines[:-1]]
    for record in records:
        assert record == golden_record(record["id"], record["fuente"]["archivo"])
    assert [r["municipalidad"]["comuna"] for r in records[:4]] == ["Arica", "Arica", "El Bosque", "El Bosque"]
    assert "Joaquín" in text  # not ASCII-escaped


# --- HTML (static checks; the browser test filters it) ---------------------------------------


class Cards(HTMLParser):
    """The card articles of a page, and every URL-bearing attribute."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[dict[str, str | None]] = []
        self.urls: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "article" and "card" in (attributes.get("class") or "").split():
            self.cards.append(attributes)
        self.urls += [value or "" for name, value in attrs if name in ("src", "href", "action")]
        self.urls += ["<link>"] if tag == "link" else []

    def handle_data(self, data):
        self.text.append(data)


def test_html_page_is_self_contained_with_one_card_per_ficha(fichas):
    page = FORMATS["html"].render(fichas).decode("utf-8")
    parsed = Cards()
    parsed.feed(page)
    assert parsed.urls == [] and "http" not in page and "url(" not in page and "@import" not in page
    assert [(c["data-id"], c["data-fuente"]) for c in parsed.cards] == [(f.id, f.fuente.archivo) for f in fichas]
    puente_alto = [c for c in parsed.cards if c["data-id"].startswith("puente-alto--")]
    assert {c["data-categorias"] for c in puente_alto} == {"acogida_atencion nna otra"}
    assert {c["data-meses"] for c in puente_alto} == {" ".join(map(str, range(1, 13)))}
    for name in ("q", "region", "categoria", "mes", "linea"):
        assert f'name="{name}"' in page
    assert "Otra: Regularización" in page and "págs. 13–14" in page and "revisar · " in page


def test_html_escapes_record_text(tmp_path):
    record = golden_record("quinta-normal--capacitacion-en-oficios", PDF)
    record["titulo"] = '<script>alert("x")</script> & co'
    record["descripcion"] = "Primero <b>uno</b>.\n\nSegundo."
    (tmp_path / "odd.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    page = FORMATS["html"].render(load_catalogue(tmp_path).fichas).decode("utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in page
    assert "<p>Primero &lt;b&gt;uno&lt;/b&gt;.</p><p>Segundo.</p>" in page


# --- command line --------------------------------------------------------------------------


def test_cli_writes_text_formats_to_standard_output(fichas, capsysbinary, tmp_path):
    assert run_cli(["export", str(GOLDEN), "--format", "csv"], tmp_path) == 0
    assert capsysbinary.readouterr().out == FORMATS["csv"].render(fichas)
    assert list(tmp_path.iterdir()) == []


def test_cli_defaults_xlsx_to_a_file_and_infers_the_format_from_out(fichas, tmp_path, capsys):
    assert run_cli(["export", str(GOLDEN), "--format", "xlsx"], tmp_path) == 0
    assert (tmp_path / "fichas.xlsx").read_bytes() == FORMATS["xlsx"].render(fichas)
    assert "14 fichas exported to fichas.xlsx" in capsys.readouterr().err
    assert run_cli(["export", str(GOLDEN), "--out", "out/catalogo.html"], tmp_path) == 0
    assert (tmp_path / "out" / "catalogo.html").read_bytes() == FORMATS["html"].render(fichas)


def test_cli_default_folder_is_structured(fichas, tmp_path):
    shutil.copytree(GOLDEN, tmp_path / "structured")
    assert run_cli(["export", "--out", "all.jsonl"], tmp_path) == 0
    assert (tmp_path / "all.jsonl").read_bytes() == FORMATS["jsonl"].render(fichas)


def test_cli_names_a_bad_record_and_exports_the_rest(tmp_path, capsys):
    folder = tmp_path / "records"
    shutil.copytree(GOLDEN / "transcripciones", folder)
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / ".extractor-report.json").write_text("{}", encoding="utf-8")  # hidden: no record, no error
    record = golden_record("quinta-normal--capacitacion-en-oficios", PDF)
    record["categorias"] = ["sociolaboral", "deportes"]
    (folder / "wrong.json").write_text(json.dumps(record), encoding="utf-8")
    assert run_cli(["export", "records", "--out", "t.csv"], tmp_path) == 1
    err = capsys.readouterr().err
    assert "broken.json: not a JSON record: Expecting property name" in err
    assert "wrong.json: categorias.1: Input should be" in err
    assert err.count("error: ") == 2 and "extractor-report" not in err
    assert len(csv_rows((tmp_path / "t.csv").read_bytes())) == 7


def test_cli_usage_errors(tmp_path, capsys):
    assert run_cli(["export", "no/such/folder", "--format", "csv"], tmp_path) == 2
    assert "no such folder or record file: no/such/folder" in capsys.readouterr().err
    assert run_cli(["export", str(GOLDEN)], tmp_path) == 2
    assert run_cli(["export", str(GOLDEN), "--out", "fichas.txt"], tmp_path) == 2
    assert run_cli(["export", str(GOLDEN), "--format", "pdf"], tmp_path) == 2
    (tmp_path / "empty").mkdir()
    assert run_cli(["export", "empty", "--format", "csv"], tmp_path) == 1
    assert "no valid ficha records (*.json) in empty" in capsys.readouterr().err
