"""A design of the ficha template, drawn from a seed: every choice is explicit data.

`Design.from_seed(seed)` draws each choice with its own weights, so a failing
seed names the design that broke (`Design.describe()`), and a choice can be
pinned (`dataclasses.replace(design, checkbox="acroform")`) to reproduce a kind.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, fields

# Each choice: its values; the first is the plainest. Sizes are in points.
CHOICES: dict[str, tuple] = {
    "fichas": (2,),  # how many of the seven fichas one document holds (drawn at random)
    "cover": (False, True),  # a cover page before the fichas
    "body_font": ("Helvetica", "Times-Roman"),
    "body_size": (9.0, 9.5, 10.0, 10.5, 11.0),
    "leading": (1.2, 1.3, 1.4),
    "title_size": (16.0, 18.0, 20.0, 22.0, 24.0),
    "columns": (1, 2),  # of the text sections (description, innovation, Sello lines)
    "text_new_page": (False, True),  # the text sections start on a page of their own
    "justified": (False, True),  # justified lines are set word by word, without space glyphs (as LaTeX, InDesign)
    "paragraph_break": ("space", "indent"),  # between paragraphs of the description
    "heading_bold": (True, False),  # not bold: larger and coloured
    "heading_size_delta": (0.0, 1.0, 2.0, 3.0),
    "heading_caps": (False, True),
    "heading_colon": (False, True),
    "heading_mark": ("none", "band", "accent", "numbered", "rule"),
    "municipality_position": ("before", "after", "beside"),
    "municipality_form": (
        "MUNICIPALIDAD {COMUNA}",
        "Municipalidad de {comuna}",
        "Municipalidad {comuna}",
        "MUNICIPALIDAD DE {COMUNA}",
    ),
    "municipality_frame": ("plain", "pill", "band", "box"),
    "category_columns": (1, 2, 4),
    "checkbox": (
        "glyph_ballot",
        "glyph_check",
        "wingdings",
        "zapf",
        "vector_tick",
        "tick_curve",
        "crossed_lines",
        "fill",
        "acroform",
    ),
    "month_header": ("full", "short", "letter"),
    "month_marking": ("glyph", "text", "box", "merged", "bar", "rounded_bar", "shading"),
    "month_header_fill": (True, False),
    "empty_month_table": (False, True),  # a ficha without months prints the empty table (else none)
    "funding_layout": ("stacked", "panels"),  # funding and sustainability one below the other, or side by side
    "sello_style": ("paragraph", "bullet_dot", "bullet_square", "dash"),
    "sello_name_bold": (False, True),
    "sello_lead_in": (True, False),
    "running_header": (False, True),
    "page_numbers": ("none", "plain", "pagina"),
    "corner_shape": (False, True),
}


@dataclass(frozen=True)
class Design:
    """One design of the template; see CHOICES for each field's values."""

    seed: int
    ficha_ids: tuple[str, ...]
    cover: bool
    body_font: str
    body_size: float
    leading: float
    title_size: float
    columns: int
    text_new_page: bool
    justified: bool
    paragraph_break: str
    heading_bold: bool
    heading_size_delta: float
    heading_caps: bool
    heading_colon: bool
    heading_mark: str
    municipality_position: str
    municipality_form: str
    municipality_frame: str
    category_columns: int
    checkbox: str
    month_header: str
    month_marking: str
    month_header_fill: bool
    empty_month_table: bool
    funding_layout: str
    sello_style: str
    sello_name_bold: bool
    sello_lead_in: bool
    running_header: bool
    page_numbers: str
    corner_shape: bool

    @classmethod
    def from_seed(cls, seed: int, ficha_ids: tuple[str, ...]) -> Design:
        """Draw every choice from `random.Random(seed)`; `ficha_ids` are the fichas to choose from."""
        rng = random.Random(seed)
        values = {name: rng.choice(options) for name, options in CHOICES.items()}
        count = values.pop("fichas")
        chosen = tuple(rng.sample(sorted(ficha_ids), count))
        return cls(seed=seed, ficha_ids=chosen, **values)

    def choices(self) -> dict[str, object]:
        """The design's choices (seed and fichas aside) as a dict."""
        return {k: v for k, v in asdict(self).items() if k not in ("seed", "ficha_ids")}

    def describe(self) -> str:
        return f"seed {self.seed}: " + ", ".join(f"{k}={v}" for k, v in self.choices().items())


assert {f.name for f in fields(Design)} - {"seed", "ficha_ids"} == set(CHOICES) - {"fichas"}
