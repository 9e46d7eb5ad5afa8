"""Tesseract's hOCR of a picture: through its API in this process (tesserocr), else its command.

A call of the `tesseract` command loads the language's model again (about a quarter of a CPU second
each: a page's dark panels and its rows of letters read apart made three calls a page) and has its
picture written and read as a PNG file (as long again for a page at 300 dpi). Through tesserocr
(the maintained Cython binding of Tesseract's C++ API; its wheels bring their own Tesseract
library) the model is loaded once a process and language (`_engine`) and the picture is handed
over as its bytes. The language data is the system's (`tesseract-ocr-spa`, found where the
`tesseract` command lists its languages, or `TESSDATA_PREFIX`). Without tesserocr the command is
run as before (`command_hocr`), one thread a picture (`OMP_THREAD_LIMIT=1`: pages are spread over
the workers, and Tesseract's own threads made it 3-5 times slower on two cores); tesserocr's
library is built without OpenMP threads.
"""

from __future__ import annotations

import functools
import os
import shlex
import subprocess
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ...ocr import tessdata

if TYPE_CHECKING:
    import tesserocr

HOCR_VARIABLES = {"hocr_font_info": "0"}  # as the command's `hocr` configuration sets it
TESSERACT_ENVIRONMENT = {"OMP_THREAD_LIMIT": "1"}  # one thread a picture: pages are spread over the workers
_LOCK = threading.Lock()  # one engine reads one picture at a time


def hocr(image: np.ndarray, lang: str, dpi: int, layout: int = 3, variables: Mapping[str, str] | None = None) -> bytes:
    """Tesseract's hOCR page (UTF-8; its root the `ocr_page` element, as `parse_hocr` reads it) of
    the grey `image` (pixels) at `dpi`, read with page segmentation mode `layout` (3 a page, 6 a
    block of text, 7 a line) and Tesseract's `variables` (`hocr_char_boxes`: "1" for the boxes of
    each character). Through tesserocr when it is installed, else the command (`command_hocr`).
    RuntimeError with Tesseract's message when it cannot read."""
    engine = _engine(lang)
    if engine is None:
        return command_hocr(image, lang, dpi, layout, variables)
    picture = np.ascontiguousarray(image, dtype=np.uint8)
    height, width = picture.shape[:2]
    with _LOCK:
        engine.SetPageSegMode(layout)
        settings = {"hocr_char_boxes": "0", **(variables or {})}
        for name, value in settings.items():
            if not engine.SetVariable(name, value):
                raise RuntimeError(f"Tesseract has no variable {name!r}")
        try:
            engine.SetImageBytes(picture.tobytes(), width, height, 1, width)
            engine.SetSourceResolution(dpi)
            text = str(engine.GetHOCRText(0))
        finally:
            engine.Clear()
    return text.encode("utf-8")


@functools.cache
def _engine(lang: str) -> tesserocr.PyTessBaseAPI | None:
    """This process's Tesseract engine for `lang`, its model loaded once; None without tesserocr.
    A forked worker inherits the engine its parent loaded (one process reads one picture at a time).
    RuntimeError when Tesseract cannot load `lang` from the system's language data."""
    try:
        import tesserocr
    except ImportError:
        return None
    folder = tessdata()
    if folder is None:
        return None
    try:
        return tesserocr.PyTessBaseAPI(path=folder, lang=lang, variables=dict(HOCR_VARIABLES))
    except RuntimeError as error:
        raise RuntimeError(f"Tesseract could not load {lang!r} from {folder}: {error}") from error


def command_hocr(
    image: np.ndarray, lang: str, dpi: int, layout: int = 3, variables: Mapping[str, str] | None = None
) -> bytes:
    """`hocr` by the `tesseract` command: the command pytesseract's `image_to_pdf_or_hocr` runs (the
    picture as a PNG file, the same arguments), given its own environment (`OMP_THREAD_LIMIT=1`)
    while this process's stays as it is. RuntimeError with tesseract's message when it fails."""
    from PIL import Image

    with tempfile.TemporaryDirectory(prefix="extractor-ocr-") as folder:
        picture, base = Path(folder, "page.png"), Path(folder, "page")
        Image.fromarray(image).save(picture, format="PNG")
        options = [f"-c {name}={value}" for name, value in (variables or {}).items()]
        arguments = f"-c tessedit_create_hocr=1 --dpi {dpi} --psm {layout} {' '.join(options)}".strip()
        command = ["tesseract", str(picture), str(base), "-l", lang, *shlex.split(arguments), "hocr"]
        done = subprocess.run(command, capture_output=True, env={**os.environ, **TESSERACT_ENVIRONMENT}, check=False)
        if done.returncode:
            message = done.stderr.decode("utf-8", "replace").strip()
            raise RuntimeError(f"tesseract failed (exit {done.returncode}): {message}")
        return base.with_suffix(".hocr").read_bytes()
