"""Small Word documents built in a test's tmp_path, one encoding or layout at a time.

python-docx writes the ordinary parts (paragraphs, styles, tables); the
checkbox encodings it has no API for (w14 content controls, legacy
FORMCHECKBOX fields, `w:sym` symbols, cell shading) are injected as raw
WordprocessingML. `write_ficha` lays out one whole ficha of the template
with every part replaceable, so each test changes only what it pins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

MONTHS = [
    "Enero",
    "Febrero",
    "Marzo",
    "Abril",
    "Mayo",
    "Junio",
    "Julio",
    "Agosto",
    "Septiembre",
    "Octubre",
    "Noviembre",
    "Diciembre",
]
MONTHS_SHORT = [m[:3] for m in MONTHS]
MONTHS_LETTER = list("EFMAMJJASOND")

CATEGORY_LABELS = {
    "sociolaboral": "Sociolaboral",
    "acogida_atencion": "Acogida/atención",
    "emprendimiento": "Emprendimiento",
    "capacitaciones": "Capacitaciones",
    "cooperativas": "Cooperativas",
    "intermediacion_laboral": "Intermediación laboral",
    "nna": "NNA",
    "otra": "Otra: Regularización",
}
CATEGORY_NAMES = [label.split(":")[0] for label in CATEGORY_LABELS.values()]  # the list's labels, "Otra" bare

HEADINGS = {
    "oficinas": "Departamento/Oficinas municipales que participan",
    "grupo_prioritario": "Grupo prioritario",
    "categorias": "Categoría",
    "fechas_implementacion": "Fechas de implementación",
    "forma_financiamiento": "Forma de financiamiento",
    "sostenibilidad": "Sostenibilidad en el tiempo",
    "descripcion": "Breve descripción",
    "elemento_innovador": "Elemento innovador/creativo del proyecto o actividad",
    "lineas_sello": "Líneas Sello",
}

TITLE = "Escuela de oficios para mujeres migrantes"
MUNICIPALITY = "MUNICIPALIDAD PUENTE ALTO"
TEXTS = {  # one body paragraph per section, all of them catalogued or plain
    "oficinas": "DIDECO - OMIL",
    "grupo_prioritario": "Mujeres migrantes jefas de hogar.",
    "fechas_implementacion": "De abril a noviembre, cada sábado.",
    "forma_financiamiento": "Recursos propios municipales.",
    "sostenibilidad": "Sigue vigente y se ejecuta cada año.",
    "descripcion": "La municipalidad abre una escuela de oficios.",
    "elemento_innovador": "Se destaca el trabajo con las vecinas.",
    "lineas_sello": "Se destaca el trabajo en las líneas de acción de Sello: Vinculación comunitaria, "
    "ya que se trabaja con las juntas de vecinos.",
}


# -- raw WordprocessingML -----------------------------------------------------------------


def elements(xml: str) -> list:
    """The elements of a WordprocessingML fragment (any number of siblings)."""
    return list(parse_xml(f"<w:wrap {nsdecls('w', 'w14', 'r')}>{xml}</w:wrap>"))


def text_run(text: str, *, bold: bool = False, font: str | None = None, italic: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>' if font else ""
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def glyph_box(checked: bool) -> str:
    """A ballot-box character typed as text: ☒ or ☐."""
    return text_run("☒" if checked else "☐", font="MS Gothic")


def w14_box(checked: bool | None, shown: str | None = None) -> str:
    """A Word 2010 content-control checkbox; `shown` is the glyph cached in its content
    (the state comes from w14:checked: True -> val 1, False -> val 0, None -> no val)."""
    shown = shown if shown is not None else ("☒" if checked else "☐")
    val = "" if checked is None else f' w14:val="{1 if checked else 0}"'
    return (
        '<w:sdt><w:sdtPr><w:id w:val="1"/><w14:checkbox>'
        f"<w14:checked{val}/>"
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        f"</w14:checkbox></w:sdtPr><w:sdtContent>{text_run(shown, font='MS Gothic')}</w:sdtContent></w:sdt>"
    )


def legacy_box(checked: str | None = "absent", default: str | None = "absent") -> str:
    """A legacy FORMCHECKBOX field. For `checked` and `default`: "absent" leaves the element
    out, None writes it with no value (`<w:checked/>`), any other string is its w:val."""

    def toggle(name: str, value: str | None) -> str:
        if value == "absent":
            return ""
        return f"<w:{name}/>" if value is None else f'<w:{name} w:val="{value}"/>'

    return (
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Casilla1"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>{toggle("default", default)}'
        f"{toggle('checked', checked)}</w:checkBox></w:ffData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def sym_box(code: str, font: str = "Wingdings") -> str:
    """A `w:sym` symbol character ("F0FE" in Wingdings is a checked box)."""
    return f'<w:r><w:sym w:font="{font}" w:char="{code}"/></w:r>'


_VML = 'xmlns:v="urn:schemas-microsoft-com:vml"'
_DRAWING = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def text_box(paragraph_runs: list[str], kind: str = "drawingml") -> str:
    """A run holding a floating text box whose paragraphs are the given run XML. "vml" is the
    old form; "drawingml" is what Word writes today, a DrawingML shape with a VML copy of the
    same text as its mc:Fallback."""
    content = "<w:txbxContent>" + "".join(f"<w:p>{runs}</w:p>" for runs in paragraph_runs) + "</w:txbxContent>"
    vml = (
        f'<w:pict {_VML}><v:shape style="width:200pt;height:100pt"><v:textbox>{content}</v:textbox></v:shape></w:pict>'
    )
    if kind == "vml":
        return f"<w:r>{vml}</w:r>"
    shape = (
        f'<w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape"><wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing>"
    )
    return (
        f'<w:r><mc:AlternateContent {_DRAWING}><mc:Choice Requires="wps">{shape}</mc:Choice>'
        f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def shading(fill: str) -> str:
    return f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'


# -- documents ----------------------------------------------------------------------------


class DocBuilder:
    """A python-docx document with helpers for the template's parts."""

    def __init__(self):
        self.doc = docx.Document()

    # paragraphs
    def paragraph(self, text: str = "", *, bold: bool = False, style: str | None = None):
        p = self.doc.add_paragraph(style=style)
        if text:
            p.add_run(text).bold = bold or None
        return p

    def raw_paragraph(self, inner_xml: str, style: str | None = None):
        """A paragraph whose runs are the given XML (checkboxes, symbols, fields)."""
        p = self.doc.add_paragraph(style=style)
        for el in elements(inner_xml):
            p._p.append(el)
        return p

    def title(self, text: str = TITLE):
        return self.paragraph(text, style="Title")

    def heading(self, text: str, how: str = "style"):
        """A section heading: "style" (Heading 2), "bold" (a bold-only paragraph)."""
        if how == "style":
            return self.paragraph(text, style="Heading 2")
        if how == "bold":
            return self.paragraph(text, bold=True)
        raise ValueError(how)

    def checkbox_line(self, box_xml: str, label: str):
        return self.raw_paragraph(box_xml + text_run(f" {label}"))

    # tables
    def table(self, rows: list[list[str]]):
        table = self.doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        return table

    def label_value_table(
        self, rows: list[tuple[str, str | list[str]]], *, bold: bool = False, fill: str | None = None
    ):
        """A two-column table: the left cell a label, the right its value (a text, or a list
        of paragraphs given as run XML)."""
        table = self.doc.add_table(rows=len(rows), cols=2)
        for r, (label, value) in enumerate(rows):
            left = table.cell(r, 0)
            left.paragraphs[0].add_run(label).bold = bold or None
            if fill:
                left._tc.get_or_add_tcPr().append(elements(shading(fill))[0])
            if isinstance(value, str):
                table.cell(r, 1).text = value
                continue
            for n, xml in enumerate(value):
                put_xml(table.cell(r, 1), xml, new_paragraph=n > 0)
        return table

    def box_label_table(self, pairs: list[tuple[str, str]], *, per_row: int = 1, label_first: bool = False):
        """Checkboxes alone in a cell, each with its label in the next cell ([box | label], or
        [label | box] when `label_first`), `per_row` pairs to a row."""
        n_rows = -(-len(pairs) // per_row)
        table = self.doc.add_table(rows=n_rows, cols=2 * per_row)
        for n, (box_xml, label) in enumerate(pairs):
            row, first = n // per_row, 2 * (n % per_row)
            box_col, label_col = (first + 1, first) if label_first else (first, first + 1)
            put_xml(table.cell(row, box_col), box_xml)
            table.cell(row, label_col).text = label
        return table

    def month_table(
        self,
        marks: dict[int, str] | None = None,
        *,
        header: list[str] = MONTHS,
        fills: dict[int, str] | None = None,
        merge: Iterable[tuple[int, int]] = (),
    ):
        """A header row of month names over one body row. `marks` maps a month (1-12) to the
        XML put in its cell; `fills` to its shading; `merge` joins body cells first..last
        (months, inclusive) into one cell, marked by the first month's entry."""
        table = self.doc.add_table(rows=2, cols=len(header))
        for c, name in enumerate(header):
            table.cell(0, c).text = name
        body = [table.cell(1, c) for c in range(len(header))]
        for month, xml in (marks or {}).items():
            put_xml(body[month - 1], xml)
        for month, fill in (fills or {}).items():
            body[month - 1]._tc.get_or_add_tcPr().append(elements(shading(fill))[0])
        for first, last in merge:
            body[first - 1].merge(body[last - 1])
        return table

    def save(self, folder: Path, name: str = "ficha.docx") -> Path:
        path = Path(folder) / name
        self.doc.save(path)
        return path


def put_xml(cell, xml: str, *, new_paragraph: bool = False) -> None:
    """Append runs to a table cell's first paragraph, or to a new paragraph of the cell."""
    p = (cell.add_paragraph() if new_paragraph else cell.paragraphs[0])._p
    for el in elements(xml):
        p.append(el)


# -- a whole ficha ------------------------------------------------------------------------

Part = Callable[[DocBuilder], None]


def category_lines(
    checked: Iterable[str] = ("sociolaboral", "capacitaciones"),
    box: Callable[[bool], str] = glyph_box,
    labels: dict[str, str] = CATEGORY_LABELS,
) -> Part:
    """The category list as one "box label" paragraph per category."""
    checked = set(checked)

    def part(b: DocBuilder) -> None:
        for cid, label in labels.items():
            b.checkbox_line(box(cid in checked), label)

    return part


def paragraphs(*texts: str, bold: bool = False) -> Part:
    def part(b: DocBuilder) -> None:
        for text in texts:
            b.paragraph(text, bold=bold)

    return part


def write_ficha(
    folder: Path,
    *,
    name: str = "ficha.docx",
    heading: str | Callable[[DocBuilder, str], object] = "style",
    headings: dict[str, str | Part | None] | None = None,
    parts: dict[str, Part | None] | None = None,
    title: str | None = TITLE,
    municipality: str | None = MUNICIPALITY,
    builder: DocBuilder | None = None,
) -> Path:
    """One ficha of the template: title, municipality, then every section with its heading.

    `heading` prints every heading: "style" (Heading 2), "bold", or a function (builder, text).
    `headings` changes one section's heading: a str rewords it, a Part prints it, None leaves
    it out (the body stays). `parts` replaces a section's body; None leaves the whole section out.
    """
    b = builder or DocBuilder()
    print_heading = heading if callable(heading) else (lambda b_, text: b_.heading(text, heading))
    section_headings: dict[str, str | Part | None] = {**HEADINGS, **(headings or {})}
    bodies: dict[str, Part | None] = {key: paragraphs(text) for key, text in TEXTS.items()}
    bodies["categorias"] = category_lines()
    bodies.update(parts or {})
    if title:
        b.title(title)
    if municipality:
        b.paragraph(municipality, bold=True)
    for key in HEADINGS:
        body, printed = bodies.get(key), section_headings[key]
        if body is None:
            continue
        if isinstance(printed, str):
            print_heading(b, printed)
        elif printed is not None:
            printed(b)
        body(b)
    return b.save(folder, name)


def checkbox_items(layout) -> list:
    """Every checkbox a layout holds, in order: loose ones and those in table cells."""
    out = []
    for item in layout.items:
        if item.kind == "checkbox":
            out.append(item)
        elif item.kind == "table":
            out.extend(c.mark for c in sorted(item.cells, key=lambda c: (c.row, c.col)) if c.mark)
    return out


# -- raw body XML: wrappers, tables by hand, tracked changes ------------------------------

_CHANGE = 'w:id="{n}" w:author="Revisora" w:date="2024-01-15T10:00:00Z"'


def change(n: int = 1) -> str:
    """The attributes of a tracked change (w:ins, w:del, w:moveFrom ...)."""
    return _CHANGE.format(n=n)


def sdt(xml: str, tag: str = "mes") -> str:
    """A content control (plain text, not a checkbox) around any content."""
    properties = f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="7"/></w:sdtPr>'
    return f"<w:sdt>{properties}<w:sdtContent>{xml}</w:sdtContent></w:sdt>"


def custom_xml(xml: str, element: str = "fila") -> str:
    return f'<w:customXml w:element="{element}">{xml}</w:customXml>'


def smart_tag(xml: str) -> str:
    return f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">{xml}</w:smartTag>'


def paragraph_xml(runs: str = "", props: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{runs}</w:p>"


def cell_xml(content: str = "", props: str = "") -> str:
    """A table cell; `content` is run XML for one paragraph, or block XML when it starts with <w:p or <w:tbl."""
    blocks = content if content.startswith(("<w:p", "<w:tbl", "<w:sdt", "<w:customXml")) else paragraph_xml(content)
    return f"<w:tc>{f'<w:tcPr>{props}</w:tcPr>' if props else ''}{blocks or paragraph_xml()}</w:tc>"


def row_xml(cells: list[str], props: str = "") -> str:
    return f"<w:tr>{f'<w:trPr>{props}</w:trPr>' if props else ''}{''.join(cells)}</w:tr>"


def table_xml(rows: list[str], n_cols: int) -> str:
    grid = "".join('<w:gridCol w:w="700"/>' for _ in range(n_cols))
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'
    )


def month_rows(marks: dict[int, str], header: list[str] = MONTHS) -> tuple[str, list[str]]:
    """The header row of a month table, and its body cells (run XML of `marks` by month)."""
    head = row_xml([cell_xml(text_run(name)) for name in header])
    return head, [cell_xml(marks.get(m, "")) for m in range(1, len(header) + 1)]


def add_body_xml(b: DocBuilder, xml: str) -> None:
    """Append block-level XML (paragraphs, tables, wrappers) to the end of the body."""
    body = b.doc.element.body
    section = body.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr")
    for el in elements(xml):
        if section is not None:
            section.addprevious(el)
        else:
            body.append(el)


def body_xml(*xml: str) -> Part:
    def part(b: DocBuilder) -> None:
        for piece in xml:
            add_body_xml(b, piece)

    return part


def footnote_reference(note_id: int) -> str:
    """A run holding a footnote reference (superscript), as Word writes it."""
    mark = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    return f'<w:r {nsdecls("w")}>{mark}<w:footnoteReference w:id="{note_id}"/></w:r>'


def add_footnotes(doc, notes: list[str]) -> None:
    """The document's footnotes part (python-docx has no API for it): note n (from 1) holds `notes[n-1]`,
    after Word's two separators."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for n, text in enumerate(notes, start=1)
    )
    xml = (
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        f"</w:footnote>{body}</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, xml.encode(), doc.part.package)
    doc.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
