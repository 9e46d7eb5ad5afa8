"""How scanned pages are read by OCR: the options (`--ocr`, `--ocr-lang`, `--ocr-dpi`) and whether
Tesseract can run here.

This module imports nothing heavy (the command line reads it): the image page source
(`pdf/sources/scan_source.py`, OpenCV) is imported only when a page is read by OCR.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from dataclasses import dataclass
from typing import Literal

OcrMode = Literal["auto", "never", "always"]
OCR_MODES: tuple[OcrMode, ...] = ("auto", "never", "always")
INSTALL_HINT = "install Tesseract: apt-get install tesseract-ocr tesseract-ocr-spa"


@dataclass(frozen=True)
class OcrOptions:
    """How scanned pages are read: `mode` auto (the pages without a usable text layer), never, or
    always (every page, its text layer ignored); `lang` Tesseract's language codes ("spa",
    "spa+eng"); `dpi` the resolution pages are rendered at for OCR."""

    mode: OcrMode = "auto"
    lang: str = "spa"
    dpi: int = 300

    @property
    def key(self) -> str:
        """What the records depend on, for the cache and the run report: "ocr=auto,spa,300"."""
        return f"ocr={self.mode},{self.lang},{self.dpi}"

    def __post_init__(self) -> None:
        if self.mode not in OCR_MODES:
            raise ValueError(f"OCR mode must be one of {', '.join(OCR_MODES)}, not {self.mode!r}")
        if not 72 <= self.dpi <= 1200:
            raise ValueError(f"OCR resolution must be between 72 and 1200 dpi, not {self.dpi}")
        if not re.fullmatch(r"[A-Za-z_]+(\+[A-Za-z_]+)*", self.lang):
            raise ValueError(f"OCR language must be Tesseract codes joined by '+', not {self.lang!r}")


@functools.cache
def _languages() -> frozenset[str]:
    try:
        done = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in done.stdout.splitlines()[1:] if line.strip())


def unavailable(lang: str) -> str | None:
    """Why Tesseract cannot read `lang` here, with how to install it; None when it can."""
    if shutil.which("tesseract") is None:
        return f"Tesseract is not installed ({INSTALL_HINT})"
    missing = [code for code in lang.split("+") if code not in _languages()]
    if missing:
        packages = " ".join(f"tesseract-ocr-{code.lower()}" for code in missing)
        return f"Tesseract has no language data for {', '.join(missing)} (apt-get install {packages})"
    return None
