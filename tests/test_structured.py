"""The `structured/` folder shipped in the repository is what `make run` writes: a fresh clone's
`make run` leaves the working tree clean. Its records must be the reviewed golden files, byte for
byte (records a user wrote there for other documents are not looked at)."""

from __future__ import annotations

from extractor.batch.record_files import record_files

from .conftest import GOLDEN, ROOT

STRUCTURED = ROOT / "structured"


def test_the_shipped_structured_records_are_the_golden_files():
    golden = [p for p in record_files(GOLDEN) if not p.name.endswith(".pending.json")]
    assert golden
    shipped = [STRUCTURED / p.relative_to(GOLDEN) for p in golden]
    stale = (
        [
            str(s.relative_to(ROOT))
            for s, g in zip(shipped, golden, strict=False)
            if not s.is_file() or s.read_bytes() != g.read_bytes()
        ]
        if STRUCTURED.is_dir()
        else []
    )
    assert not stale, f"structured/ differs from tests/golden/ (run `make run` and commit structured/): {stale}"
