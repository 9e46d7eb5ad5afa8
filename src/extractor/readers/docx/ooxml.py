"""The typed face of python-docx's XML: lxml elements as the Word reader uses them.

python-docx hands out lxml elements, and lxml ships no type information; `Element` names
the part of `lxml.etree._Element` the reader calls, and `as_element` casts python-docx's
element to it where one comes in (a document's body, its styles part).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, cast


class Element(Protocol):
    """An lxml element of a Word part (`lxml.etree._Element`, as far as the reader uses it)."""

    @property
    def tag(self) -> object: ...  # a Clark name "{namespace}local"; a function for comments

    @property
    def text(self) -> str | None: ...

    def get(self, key: str) -> str | None: ...

    def find(self, path: str) -> Element | None: ...

    def iter(self, tag: str) -> Iterator[Element]: ...

    def iterancestors(self, tag: str | None = None) -> Iterator[Element]: ...

    def __iter__(self) -> Iterator[Element]: ...


def as_element(value: object) -> Element:
    """python-docx's lxml element (untyped) as an `Element`."""
    return cast(Element, value)
