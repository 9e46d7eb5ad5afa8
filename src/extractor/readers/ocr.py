"""How scanned pages are read by OCR: the options (`--ocr`, `--ocr-lang`, `--ocr-dpi`) and whether
Tesseract can run here.

This module imports nothing heavy (the command line reads it): the image page source
(`pdf/sources/scan_source.py`, OpenCV) is imported only when a page is read by OCR.
"""

from __future__ import annotations

import functools
import os
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
def _listed() -> tuple[str, ...]:
    """The lines `tesseract --list-langs` prints (none when it cannot run)."""
    try:
        done = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return ()
    return tuple(line.strip() for line in done.stdout.splitlines() if line.strip())


def _languages() -> frozenset[str]:
    return frozenset(_listed()[1:])


def tessdata() -> str | None:
    """The folder of Tesseract's language data: `TESSDATA_PREFIX` when set, else the one the
    `tesseract` command lists its languages from ('List of available languages in "/usr/share/
    tesseract-ocr/5/tessdata/" (3):'); None when neither is known."""
    if os.environ.get("TESSDATA_PREFIX"):
        return os.environ["TESSDATA_PREFIX"]
    found = re.search(r'"([^"]+)"', _listed()[0]) if _listed() else None
    return found.group(1) if found else None


def unavailable(lang: str) -> str | None:
    """Why Tesseract cannot read `lang` here, with how to install it; None when it can."""
    if shutil.which("tesseract") is None:
        return f"Tesseract is not installed ({INSTALL_HINT})"
    missing = [code for code in lang.split("+") if code not in _languages()]
    if missing:
        packages = " ".join(f"tesseract-ocr-{code.lower()}" for code in missing)
        return f"Tesseract has no language data for {', '.join(missing)} (apt-get install {packages})"
    return None
