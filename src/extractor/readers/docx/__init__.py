"""The Word reader: python-docx's XML -> one `Layout` (`reader`); runs, symbols and boxes inside a
paragraph (`runs`); the one walker over Word content and its wrapper rules (`ooxml`)."""

from .reader import READER, read_docx

__all__ = ["READER", "read_docx"]
