"""Imports run one way, as the folders show the flow (docs/how-it-works.md):
read -> segment -> fields -> normalise -> validate -> write, with review, export and inspect on top.

Each layer may import only the layers below it; the package root's shared modules (layout, template,
vocab, text, problems, avisos, glyphs, settings) sit below every stage. A module's imports are read from its source
(`ast`), so an import inside a function counts too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "extractor"

SHARED = {
    "avisos",
    "glyphs",
    "layout",
    "template",
    "vocab",
    "text",
    "problems",
    "settings",
    "__init__",
}  # may import only each other
# The stages and the tools on top, lowest first: each may import SHARED, itself and the layers before it.
ORDER = [
    "readers",
    "normalize",  # the catalogs: a service of segment and fields (a bare comuna name is a municipality label)
    "source",  # a document's fuente facts (its format from the readers' registry)
    "segment",
    "fields",
    "model",
    "pipeline",
    "batch",
    "review",
    "export",
    "inspection",
    "commands",
    "cli",
    "__main__",
]
ALLOWED = {layer: set(ORDER[:n]) for n, layer in enumerate(ORDER)} | {name: set() for name in SHARED}
ALLOWED["commands"].add("cli")  # the completion script is made from the whole parser: one layer with cli
FORBIDDEN_FOR_READERS = {"segment", "fields", "normalize", "model", "pipeline", "batch", "review", "export"}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _module_of(path: Path, package: Path = PACKAGE) -> str:
    relative = path.relative_to(package.parent).with_suffix("")
    parts = list(relative.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, package: Path = PACKAGE) -> set[str]:
    """The extractor modules `path` (a file of `package`) imports, as absolute names."""
    module = _module_of(path, package)
    base_module = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = base_module.split(".")[: len(base_module.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("extractor"):
                found.add(target)
                found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("extractor"))
    root = package.parent
    return {
        name
        for name in found
        if (root / name.replace(".", "/")).with_suffix(".py").exists() or (root / name.replace(".", "/")).is_dir()
    }


LAYERED = sorted(p for p in PACKAGE.rglob("*.py") if _layer(_module_of(p)) in ALLOWED)


@pytest.mark.parametrize("path", LAYERED, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_stage_imports_only_the_stages_below_it(path):
    layer = _layer(_module_of(path))
    allowed = ALLOWED[layer] | SHARED | {layer}
    wrong = sorted(name for name in _imports(path) if _layer(name) not in allowed and name != "extractor")
    assert not wrong, f"{layer} imports {wrong}"


def _reader_imports_of_later_stages(package: Path) -> dict[str, list[str]]:
    found = {
        str(path.relative_to(package)): sorted(n for n in _imports(path, package) if _layer(n) in FORBIDDEN_FOR_READERS)
        for path in (package / "readers").rglob("*.py")
    }
    return {name: wrong for name, wrong in found.items() if wrong}


def test_readers_know_nothing_of_the_later_stages():
    assert not _reader_imports_of_later_stages(PACKAGE)


def test_the_rule_sees_a_wrong_import(tmp_path):
    """The check can fail, and reads the package it is given: a reader module importing a normalize
    module that only the generated package has is caught; one naming a module only the real package
    has (segment.fichas) is not an import of the generated package, so it is not reported."""
    package = tmp_path / "extractor"
    for name in ("readers/__init__.py", "readers/pdf/__init__.py", "normalize/__init__.py", "normalize/phantom.py"):
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text("", encoding="utf-8")
    (package / "readers" / "pdf" / "x.py").write_text(
        "from ...normalize.phantom import find_comuna\nfrom ...segment.fichas import segment\n"
    )
    assert _reader_imports_of_later_stages(package) == {"readers/pdf/x.py": ["extractor.normalize.phantom"]}


# The modules loaded by a computed name (importlib), which `ast` cannot follow: file -> the package
# every name it loads lies in. A new such place must be listed here, where the layer rule checks it.
COMPUTED_IMPORTS = {
    "cli.py": "extractor.commands",  # each command module registers its subcommand
    "export/__init__.py": "extractor.export",  # an export format's renderer
    "readers/base.py": "extractor.readers",  # a reader, on first use
    "readers/pdf/sources/__init__.py": "extractor.readers.pdf.sources",  # a page source, on first use
}


def _computed_import_sites(package: Path) -> set[str]:
    """The files of `package` that call `importlib.import_module` or `__import__`."""
    found = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
                if name in {"import_module", "__import__"}:
                    found.add(str(path.relative_to(package)))
    return found


def test_every_computed_import_is_listed():
    assert _computed_import_sites(PACKAGE) == set(COMPUTED_IMPORTS)


@pytest.mark.parametrize("site", sorted(COMPUTED_IMPORTS))
def test_a_computed_import_keeps_the_layer_rule(site):
    layer = _layer(_module_of(PACKAGE / site))
    assert _layer(COMPUTED_IMPORTS[site]) in ALLOWED[layer] | SHARED | {layer}


def test_the_computed_import_check_sees_an_unlisted_site(tmp_path):
    """The listing check can fail: a module calling importlib.import_module is found."""
    package = tmp_path / "extractor"
    (package / "segment").mkdir(parents=True)
    (package / "segment" / "x.py").write_text("import importlib\nimportlib.import_module('extractor.export')\n")
    assert _computed_import_sites(package) == {"segment/x.py"}
