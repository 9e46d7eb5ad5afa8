"""extractor: Chile's Fichas de Buenas Prácticas Municipales (PDF, DOCX) -> one validated JSON record per ficha.

`extractor.__version__` is the installed distribution's version (`importlib.metadata`), "unknown" when the
package runs from a source tree that was never installed. It is read on first use, so that importing the
package stays cheap.
"""

from __future__ import annotations

import functools as _functools  # a private name: `extractor.batch.cache` is a submodule


@_functools.cache
def _installed_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("extractor")
    except metadata.PackageNotFoundError:
        return "unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
