"""Word's XML as the reader sees it: typed lxml elements and the one walker over their content.

python-docx hands out lxml elements, and lxml ships no type information; `Element` names
the part of `lxml.etree._Element` the reader calls, and `as_element` casts python-docx's
element to it where one comes in (a document's body, its styles part).

`walk` reads an element's content as the accepted, printed document (ECMA-376 Part 1, 17.13
and 17.5), the same way at every level (`Level`: blocks of a body or cell, rows, cells,
paragraph content, run content, drawings):

- Wrappers are read through at any depth: content controls (`w:sdt`, through
  `w:sdtContent`), custom XML (`w:customXml`), smart tags, tracked insertions and moves here
  (`w:ins`, `w:moveTo`); inside a paragraph also hyperlinks, simple fields (`w:fldSimple`)
  and bidirectional embeddings (`w:dir`, `w:bdo`).
- Markup compatibility (`mc:AlternateContent`): the first `mc:Choice`, never the
  `mc:Fallback` (the VML copy Word keeps of a DrawingML shape is not read twice).
- Tracked deletions and moves away (`w:del`, `w:moveFrom`) are dropped, and so are rows
  (`w:trPr/w:del`) and cells (`w:tcPr/w:cellDel`) deleted with tracking.
- A content control still showing its placeholder prompt (`w:showingPlcHdr`) is no
  content: its prompt goes to `Unread.placeholders`. Inside a paragraph a checkbox content
  control (`w14:checkbox`) is content itself, not a wrapper.
- Drawings (`w:drawing`, VML `w:pict`, `w:object`) inside a run are read through for the
  text boxes they hold (`w:txbxContent`, each once; a box inside a box belongs to the
  inner paragraph).
- Markup holding no text (properties, range markers, proofing marks, math) is passed over;
  an element the reader does not know that holds text is read through and its tag added
  to `Unread.unknown`, so the record can say so.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol, cast

from docx.oxml.ns import qn

from ...text import clean

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_OFF = {"0", "false", "off"}


class Element(Protocol):
    """An lxml element of a Word part (`lxml.etree._Element`, as far as the reader uses it)."""

    @property
    def tag(self) -> object: ...  # a Clark name "{namespace}local"; a function for comments

    @property
    def text(self) -> str | None: ...

    def get(self, key: str) -> str | None: ...

    def find(self, path: str) -> Element | None: ...

    def iter(self, tag: str) -> Iterator[Element]: ...

    def __iter__(self) -> Iterator[Element]: ...

    def getparent(self) -> Element | None: ...
    def getnext(self) -> Element | None: ...  # the next sibling


def as_element(value: object) -> Element:
    """python-docx's lxml element (untyped) as an `Element`."""
    return cast(Element, value)


def local(el: Element) -> str:
    """The element's tag without its namespace ("" for a comment or processing instruction)."""
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def on(el: Element | None) -> bool:
    """A w:b / w:checked-like toggle: on unless its value says off."""
    if el is None:
        return False
    val = el.get(qn("w:val"))
    return val is None or val.lower() not in _OFF


def element_text(el: Element) -> str:
    """The text of every `w:t` under the element, cleaned."""
    return clean("".join(t.text or "" for t in el.iter(qn("w:t"))))


def has_text(el: Element) -> bool:
    return next(el.iter(qn("w:t")), None) is not None


def showing_placeholder(sdt: Element) -> bool:
    """A content control that shows its placeholder prompt (`w:showingPlcHdr`, 17.5.2.39)."""
    return sdt.find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}") is not None


def checkbox_control(sdt: Element) -> Element | None:
    """The `w14:checkbox` of a checkbox content control, None for any other control."""
    props = sdt.find(qn("w:sdtPr"))
    return props.find(f"{{{W14}}}checkbox") if props is not None else None


@dataclass
class Unread:
    """What reading met and did not take as printed content (each becomes a `ReaderNote`)."""

    hidden: list[str] = field(default_factory=list)  # hidden text, one piece per hidden run stretch
    unknown: set[str] = field(default_factory=set)  # tags of unknown elements holding text
    unread_symbols: list[str] = field(default_factory=list)  # "Wingdings F0A1": symbol codes no table knows
    placeholders: list[str] = field(default_factory=list)  # prompts of content controls never filled in
    struck: list[str] = field(default_factory=list)  # text struck through (`w:strike`, `w:dstrike`), one piece per run


@dataclass(frozen=True)
class Level:
    """One level of Word content, as `walk` reads it."""

    wanted: frozenset[str]  # the elements taken (local names)
    wrappers: frozenset[str] = frozenset()  # read through here, besides the wrappers of every level
    checkboxes: bool = False  # a checkbox content control is content here, not a wrapper
    drawings: bool = False  # drawings are read through for the text boxes they hold
    markup: bool = False  # every element not taken is markup to read through, unnoted (inside a drawing)


# Tracked deletions and moves away: not in the accepted document.
DROPPED = frozenset({"del", "moveFrom"})
# Elements that hold no text of their own wherever they stand: properties (of content controls, custom
# XML, smart tags, paragraphs, tables, rows, cells, sections), range markers, proofing marks, math,
# sub-documents.
SILENT = frozenset(
    {
        "sdtPr",
        "sdtEndPr",
        "customXmlPr",
        "smartTagPr",
        "pPr",
        "sectPr",
        "tblPr",
        "tblGrid",
        "tblPrEx",
        "trPr",
        "tcPr",
        "bookmarkStart",
        "bookmarkEnd",
        "proofErr",
        "commentRangeStart",
        "commentRangeEnd",
        "permStart",
        "permEnd",
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
        "customXmlInsRangeStart",
        "customXmlInsRangeEnd",
        "customXmlDelRangeStart",
        "customXmlDelRangeEnd",
        "customXmlMoveFromRangeStart",
        "customXmlMoveFromRangeEnd",
        "customXmlMoveToRangeStart",
        "customXmlMoveToRangeEnd",
        "oMath",
        "oMathPara",
        "subDoc",
    }
)
# Wrappers read through at every level (and content controls, through their w:sdtContent).
WRAPPERS = frozenset({"customXml", "smartTag", "ins", "moveTo"})
# Drawings: what a run holds besides text; read for their text boxes.
DRAWINGS = frozenset({"drawing", "pict", "object"})

BLOCKS = Level(frozenset({"p", "tbl", "altChunk"}))  # of a body, a table cell or a text box
ROWS = Level(frozenset({"tr"}))  # of a table
CELLS = Level(frozenset({"tc"}))  # of a row
PARAGRAPHS = Level(frozenset({"p"}))
TABLES = Level(frozenset({"tbl"}))
# A paragraph's content: runs and checkbox content controls.
INLINE = Level(frozenset({"r"}), frozenset({"hyperlink", "fldSimple", "sdtContent", "dir", "bdo"}), checkboxes=True)
# A run's content: text, tabs, breaks, symbols, field characters, note references (the note's
# text is printed at the page foot or the document's end), and the text boxes of its drawings.
NOTE_REFERENCES = frozenset({"footnoteReference", "endnoteReference"})
RUN = Level(frozenset({"t", "tab", "noBreakHyphen", "br", "cr", "sym", "fldChar"}) | NOTE_REFERENCES, drawings=True)
_DRAWING = Level(frozenset({"txbxContent", "blip", "imagedata"}), markup=True)  # text boxes, pictures


def walk(parent: Element, level: Level, found: Unread | None = None) -> Iterator[Element]:
    """The elements `level` takes in `parent`'s content, in document order, read through
    wrappers at any depth by the rules in this module's docstring; what is met and not content
    (placeholder prompts, unknown elements holding text) goes to `found` when given."""
    for child in parent:
        tag = local(child)
        if tag in level.wanted:
            if not _deleted(child):
                yield child
        elif tag in DROPPED or tag in SILENT:
            continue
        elif tag == "sdt" and level.checkboxes and checkbox_control(child) is not None:
            yield child
        elif tag == "sdt" and showing_placeholder(child):  # a control never filled in: its prompt is no content
            if found is not None and element_text(child):
                found.placeholders.append(element_text(child))
        elif tag == "sdt":
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from walk(content, level, found)
        elif tag == "AlternateContent":  # markup compatibility: the first choice, never the fallback
            choice = child.find(f"{{{MC}}}Choice")
            if choice is not None:
                yield from walk(choice, level, found)
        elif tag in WRAPPERS or tag in level.wrappers or level.markup:
            yield from walk(child, level, found)
        elif tag in DRAWINGS and level.drawings:
            yield from walk(child, _DRAWING, found)
        elif has_text(child):
            if found is not None:
                found.unknown.add(tag)
            yield from walk(child, level, found)


def _deleted(element: Element) -> bool:
    """A row or cell deleted with change tracking on."""
    tag = local(element)
    if tag == "tr":
        props = element.find(qn("w:trPr"))
        return props is not None and props.find(qn("w:del")) is not None
    if tag == "tc":
        props = element.find(qn("w:tcPr"))
        return props is not None and props.find(qn("w:cellDel")) is not None
    return False
