"""JSON Lines: one record per line, keys in the contract's order, for pandas or a database."""

from __future__ import annotations

import json

from ..model import Ficha


def render(fichas: list[Ficha]) -> bytes:
    lines = (json.dumps(ficha.model_dump(mode="json"), ensure_ascii=False) for ficha in fichas)
    return "".join(f"{line}\n" for line in lines).encode("utf-8")
