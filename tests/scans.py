"""Scanned copies of PDFs, made at test time (nothing big is committed): each page rendered at `dpi`
(pypdfium2), turned by a small seeded angle, given seeded noise and saved as a JPEG page of an
image-only PDF (Pillow). So the OCR tests read paper-like pages of documents whose truth is known."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

DARK_PAPER = (20, 32, 64)  # RGB: a dark theme's paper (navy) ...
LIGHT_INK = (242, 242, 235)  # ... and its ink (near white)


def dark_theme(image: Image.Image) -> Image.Image:
    """`image` printed in a dark theme: each pixel's lightness takes it from the light ink (black)
    to the dark paper (white), so its paper is navy and its text, rules and boxes near white."""
    lum = np.asarray(image.convert("L"), dtype=np.float32)[..., None] / 255
    paper, ink = np.array(DARK_PAPER, np.float32), np.array(LIGHT_INK, np.float32)
    return Image.fromarray((lum * paper + (1 - lum) * ink).astype(np.uint8))


def scanned_page(
    page: pdfium.PdfPage, dpi: int, rng: random.Random, skew: tuple[float, float], dark: bool = False
) -> Image.Image:
    """One page as a scanner gives it: rendered at `dpi` (in a dark theme when `dark`, `dark_theme`),
    turned by an angle within `skew` (degrees, either sense), Gaussian noise (sigma 6 grey levels) added."""
    image = page.render(scale=dpi / 72).to_pil().convert("RGB")
    if dark:
        image = dark_theme(image)
    angle = rng.uniform(*skew) * rng.choice((-1, 1))
    fill = DARK_PAPER if dark else (255, 255, 255)
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)
    pixels = np.asarray(image, dtype=np.int16)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, 6, pixels.shape[:2])[..., None]
    return Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))


def scan_pdf(
    source: Path,
    out: Path,
    *,
    dpi: int = 200,
    seed: int = 0,
    pages: list[int] | None = None,
    skew: tuple[float, float] = (0.3, 0.8),
    quality: int = 80,
    dark: bool = False,
) -> Path:
    """An image-only PDF at `out` with the pages `pages` (1-based; all when None) of `source`
    scanned (`scanned_page`, in a dark theme when `dark`), JPEG at `quality`, at the source's page size."""
    rng = random.Random(seed)
    document = pdfium.PdfDocument(str(source))
    document.init_forms()  # a printed form shows its fields (a ticked AcroForm box)
    numbers = pages or list(range(1, len(document) + 1))
    images = [scanned_page(document[n - 1], dpi, rng, skew, dark) for n in numbers]
    document.close()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:], quality=quality)
    return out


def mixed_pdf(source: Path, scanned: Path, out: Path, replace: dict[int, int]) -> Path:
    """`source` with its pages `replace` keys (1-based) taken from `scanned` (the values, 1-based):
    a born-digital document with some scanned pages."""
    from pypdf import PdfReader, PdfWriter

    born, scan = PdfReader(str(source)), PdfReader(str(scanned))
    writer = PdfWriter()
    for n, page in enumerate(born.pages, start=1):
        writer.add_page(scan.pages[replace[n] - 1] if n in replace else page)
    with out.open("wb") as handle:
        writer.write(handle)
    return out
