"""A design of the browser or Word harness, drawn from a seed: every choice is explicit data.

A harness names its choices in a CHOICES dict (name -> values, the first the plainest),
as `tests/designs/design.py` does for the reportlab harness; `Chosen.draw` takes one
value of each with `random.Random(seed)`, so a failing seed names the design that broke
(`describe()`), and `pin(name=value)` gives the same design with one choice changed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Chosen:
    """One design: the harness, its seed, the fichas it draws and a value for every choice."""

    harness: str
    seed: int
    ficha_ids: tuple[str, ...]
    values: tuple[tuple[str, object], ...]

    @classmethod
    def draw(
        cls, harness: str, choices: dict[str, tuple], seed: int, ficha_ids: tuple[str, ...], late: tuple[str, ...] = ()
    ) -> Chosen:
        """One value of each choice, then the fichas (`choices["fichas"]` gives how many), then the `late`
        choices (added after seeds were chosen to guard kinds: those keep their designs), from the seed alone."""
        rng = random.Random(f"{harness}-{seed}")
        values = {name: rng.choice(options) for name, options in choices.items() if name not in late}
        count = values.pop("fichas")
        chosen = tuple(rng.sample(sorted(ficha_ids), count))
        values.update({name: rng.choice(choices[name]) for name in late})
        return cls(harness, seed, chosen, tuple(values.items()))

    def __getattr__(self, name: str):
        for key, value in object.__getattribute__(self, "values"):
            if key == name:
                return value
        raise AttributeError(name)

    def pin(self, **values) -> Chosen:
        """The same design with the given choices changed (unknown names raise KeyError)."""
        current = dict(self.values)
        for name in values:
            if name not in current:
                raise KeyError(name)
        return replace(self, values=tuple({**current, **values}.items()))

    def choices(self) -> dict[str, object]:
        """The design's choices (seed and fichas aside) as a dict."""
        return dict(self.values)

    def describe(self) -> str:
        return f"{self.harness} seed {self.seed}: " + ", ".join(f"{k}={v}" for k, v in self.values)

    def as_json(self) -> dict:
        return {"harness": self.harness, "seed": self.seed, "ficha_ids": list(self.ficha_ids), **self.choices()}
