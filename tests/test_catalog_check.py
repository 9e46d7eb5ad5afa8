"""`extractor catalog check`: the shipped catalogs pass; each kind of problem in a copy is named with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.cli import main
from extractor.normalize.catalog_files import FILES, UNITS, package_data, read_rows


@pytest.fixture
def data(tmp_path) -> Path:
    """A copy of the shipped catalog files, to break one at a time."""
    folder = tmp_path / "data"
    folder.mkdir()
    for spec in FILES:
        (folder / spec.name).write_text(package_data().joinpath(spec.name).read_text("utf-8"), "utf-8")
    return folder


def append(folder: Path, filename: str, row: str) -> int:
    """Append one line; its line number."""
    path = folder / filename
    text = path.read_text("utf-8")
    path.write_text(text + row + "\n", "utf-8")
    return len(text.splitlines()) + 1


def line_of(folder: Path, filename: str, starts: str) -> int:
    lines = (folder / filename).read_text("utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if line.startswith(starts))


def check(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["catalog", "check", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def refused(data: Path, capsys, filename: str, row: str) -> tuple[int, str]:
    """Append `row` to a copy, check it: the line number and the problems (the check must fail)."""
    line = append(data, filename, row)
    code, _, err = check(capsys, "--data", str(data))
    assert code == 1
    return line, err


def test_the_shipped_catalogs_pass(capsys):
    code, out, err = check(capsys)
    assert (code, err) == (0, "")
    assert "comunas.csv 346 entries" in out and "regiones.csv 16 entries" in out


def test_an_unchanged_copy_passes(data, capsys):
    assert check(capsys, "--data", str(data))[0] == 0


@pytest.mark.parametrize(
    "row, claim",
    [
        (
            "Oficina de Prueba,,municipal,Oficina Municipal de la Mujer",  # a variant claimed by two entries
            "«Oficina Municipal de la Mujer» is also claimed by «Oficina de la Mujer»",
        ),
        (
            "Oficina Comunal de las Mujeres,,municipal,",  # two entries that are one name by the rule
            "«Oficina Comunal de las Mujeres» is the same name as «Oficina de la Mujer»",
        ),
    ],
)
def test_a_name_claimed_by_two_entries(data, capsys, row, claim):
    line, err = refused(data, capsys, "unidades_municipales.csv", row)
    other = line_of(data, "unidades_municipales.csv", "Oficina de la Mujer,")
    assert f"unidades_municipales.csv:{line}: {claim} (unidades_municipales.csv:{other})" in err


def test_a_variant_claimed_across_the_files_of_one_catalog(data, capsys):
    line = append(data, "organizaciones.csv", "Fundación de Prueba,,privado,OMIL")
    code, _, err = check(capsys, "--data", str(data))
    assert (
        code == 1
        and f"organizaciones.csv:{line}: «OMIL» is also claimed by «Oficina Municipal de Información Laboral»" in err
    )


def test_an_acronym_on_two_entries(data, capsys):
    line = append(data, "financiadores.csv", "Fondo de Prueba,SENCE,estatal,")
    code, _, err = check(capsys, "--data", str(data))
    sence = line_of(data, "organizaciones.csv", "Servicio Nacional de Capacitación y Empleo,")
    assert code == 1
    assert (
        f"organizaciones.csv:{sence}: acronym «SENCE» is also the acronym of «Fondo de Prueba» "
        f"(financiadores.csv:{line})" in err
    )


@pytest.mark.parametrize(
    "row, problem",
    [
        ("Dirección de Medio Ambiente, Aseo y Ornato,DIMAO,municipal,,", "expected 5 columns"),
        ("Oficina de Prueba,,externo,", "tipo 'externo' must be one of municipal"),
        (",OPR,municipal,", "empty nombre"),
        ("Oficina de Prueba,OF PR,municipal,", "is not an acronym"),
        ("Oficina de Prueba,,municipal,Oficina A||Oficina B", "empty variant"),
        ("Oficina de Prueba,,municipal,---", "has no letters or digits"),
    ],
)
def test_a_malformed_row(data, capsys, row, problem):
    line = append(data, "unidades_municipales.csv", row)
    code, _, err = check(capsys, "--data", str(data))
    assert code == 1
    assert any(row.startswith(f"unidades_municipales.csv:{line}: ") and problem in row for row in err.splitlines()), err


def test_a_comuna_in_no_known_region(data, capsys):
    line = append(data, "comunas.csv", "Villa Inventada,Región del Sur,")
    code, _, err = check(capsys, "--data", str(data))
    assert code == 1 and f"comunas.csv:{line}: region «Región del Sur» of «Villa Inventada» is not a region" in err


def test_a_wrong_header_and_a_missing_file(data, capsys):
    path = data / "financiadores.csv"
    path.write_text(
        path.read_text("utf-8").replace("nombre,sigla,tipo,variantes", "nombre,tipo,sigla,variantes"), "utf-8"
    )
    (data / "regiones.csv").unlink()
    code, _, err = check(capsys, "--data", str(data))
    assert code == 1
    assert (
        f"financiadores.csv:{line_of(data, 'financiadores.csv', 'nombre,')}: header must be nombre,sigla,tipo,variantes"
        in err
    )
    assert "regiones.csv: file missing" in err


def test_comment_lines_are_skipped_and_lines_still_counted(data, capsys):
    append(data, "unidades_municipales.csv", "# Oficina de Prueba,DIDECO,municipal,")
    line = append(data, "unidades_municipales.csv", "Oficina de Prueba,,municipal,SECPLA")
    code, _, err = check(capsys, "--data", str(data))
    assert code == 1 and err.count("problem") == 1 and f"unidades_municipales.csv:{line}: «SECPLA»" in err


def test_a_missing_folder_is_a_usage_error(tmp_path, capsys):
    assert check(capsys, "--data", str(tmp_path / "nowhere"))[0] == 2


@pytest.mark.parametrize(
    "variant",
    [
        "Unidad de Pruebas Acústicas",  # another head word
        "Oficina de Ensayos Acústicos",  # another content word
        "Oficina de Pruebas",  # a content word left out
        "Oficina de Pruebas Acústicas y Sonoras",  # a content word added
        "OPS",  # an acronym that does not abbreviate the name
    ],
)
def test_a_variant_that_is_another_name_is_refused(data, capsys, variant):
    line, err = refused(data, capsys, "unidades_municipales.csv", f"Oficina de Pruebas Acústicas,,municipal,{variant}")
    assert f"unidades_municipales.csv:{line}: «{variant}» is not the same name as «Oficina de Pruebas Acústicas»" in err


def test_variants_that_are_the_same_name_pass(data, capsys):
    variants = [
        "Oficina Municipal de Prueba Acústica",  # ownership word, singular
        "Oficina de las Pruebas Acústicas de la Municipalidad",  # articles, ownership phrase
        "Oficina Comunal de Pruebas Acusticas",  # accents
        "OPA",
        "OFPRAC",  # acronyms made of the words' beginnings
        "Oficina de Prubas Acústicas",
    ]  # one small typo
    append(data, "unidades_municipales.csv", f"Oficina de Pruebas Acústicas,,municipal,{'|'.join(variants)}")
    code, _, err = check(capsys, "--data", str(data))
    assert (code, err) == (0, "")


def test_a_known_renaming_with_its_source_passes(data, capsys):
    append(
        data,
        "unidades_municipales.csv",
        "Oficina de Pruebas Acústicas,,municipal,Departamento de Ensayos,Decreto Alcaldicio 123 (2024)",
    )
    assert check(capsys, "--data", str(data))[0] == 0


def test_user_catalogs_are_checked_with_the_shipped_ones(tmp_path, capsys):
    user = tmp_path / "mine"
    user.mkdir()
    (user / "unidades_municipales-2025.csv").write_text(
        "# offices of the 2025 edition\nnombre,sigla,tipo,variantes\n"
        "Oficina de Pruebas Acústicas,OPA,municipal,Oficina Municipal de Pruebas Acústicas\n",
        "utf-8",
    )
    shipped = len(read_rows(UNITS)[0])
    code, out, err = check(capsys, "--catalogs", str(user))
    assert (code, err) == (0, "") and f"unidades_municipales.csv {shipped + 1} entries" in out
    (user / "organizaciones.csv").write_text(
        "nombre,sigla,tipo,variantes\nFundación Prueba,,privado,Corporación Prueba\nOficina Prueba,DIDECO,privado,\n",
        "utf-8",
    )
    code, _, err = check(capsys, "--catalogs", str(user))
    assert code == 1
    assert f"{user / 'organizaciones.csv'}:2: «Corporación Prueba» is not the same name as «Fundación Prueba»" in err
    assert f"{user / 'organizaciones.csv'}:3: acronym «DIDECO» is also the acronym of" in err
    assert check(capsys, "--catalogs", str(tmp_path / "nowhere"))[0] == 2


def test_a_user_file_feeding_no_catalog_and_a_missing_environment_folder_are_problems(tmp_path, capsys, monkeypatch):
    user = tmp_path / "mine"
    user.mkdir()
    (user / "unidades-municipales.csv").write_text(  # a hyphen for the underscore: would be ignored
        "nombre,sigla,tipo,variantes\nOficina de Pruebas Acústicas,,municipal,\n", "utf-8"
    )
    (user / "notas.txt").write_text("not a CSV: left alone", "utf-8")
    code, _, err = check(capsys, "--catalogs", str(user))
    assert code == 1 and f"{user / 'unidades-municipales.csv'}: feeds no catalog" in err
    assert "notas.txt" not in err
    monkeypatch.setenv("EXTRACTOR_CATALOGS", str(tmp_path / "nowhere"))
    code, _, err = check(capsys)
    assert code == 1 and f"{tmp_path / 'nowhere'}: no such catalogs folder" in err
