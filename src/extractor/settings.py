"""Every tolerance of the pipeline, in one validated object: `SETTINGS`.

`SETTINGS` (a `Settings`) holds one section per step, each a frozen dataclass:

- `layout` (`LayoutSettings`): the readers' page layout: running headers, checkboxes and their labels,
  month grids, reading order, panels, pictures, scans (the PDF reader takes it as an argument);
- `docx` (`DocxSettings`): what the Word reader tells from the XML (fills, tab-set names, checklists);
- `fichas` (`FichaSettings`): telling fichas apart and their heads (`segment.fichas`);
- `paragraphs` (`ParagraphSettings`): lines into paragraphs, value cells, run-in headings (`segment.paragraphs`);
- `rows` (`RowSettings`): label | value rows and headings stacked in their cells (`segment.rows`);
- `regions` (`RegionSettings`): drawn regions and their text (`segment.regions`);
- `fields` (`FieldSettings`): reading a section's fields (`fields`);
- `matching` (`MatchingSettings`): printed words against the template's vocabulary (`template`);
- `sources` (`SourceSettings`): what the PDF page sources read off the file beyond its objects: glyphs
  drawn as capitals, values typed into form fields (`readers.pdf.sources`).
- `ocr` (`ScanSettings`): the image analysis of scanned pages beside the layout's `scan_*` values.

Distances are PDF points (1/72 inch) unless a value says it is a fraction
(of a font size, a box's height, a page's height, ...). Luminance runs from
0 (black) to 1 (white). The values were set on the template's publications
and the generated test documents (tests/pdf_builders.py), and hold for
other designs because most are relative to the font size or the box.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


def _check_positive(section: object) -> None:
    """Raise ValueError naming the first value of a settings section (a dataclass) that is no positive number
    (a pair's values are checked each)."""
    for item in fields(section):  # type: ignore[arg-type]
        value = getattr(section, item.name)
        for number in value if isinstance(value, tuple) else (value,):
            if not isinstance(number, (int, float)) or isinstance(number, bool) or number <= 0:
                raise ValueError(f"{type(section).__name__}.{item.name} must be a positive number, not {value!r}")


class _Positive:
    """A settings section whose every value is a positive number, checked when it is made."""

    def __post_init__(self) -> None:
        _check_positive(self)


@dataclass(frozen=True)
class LayoutSettings:
    # --- running headers and footers (running.py)
    margin_band: float = 0.09  # fraction of the page height, at top and bottom, where running headers live
    running_share: float = 0.4  # fraction of the pages a margin line must repeat on to be a running header
    running_min_pages: int = 2  # pages a margin line must repeat on at least
    running_top_step: float = 2.0  # points: step of the place (top; left, right or centre) a running header repeats at
    running_word_pad: float = 0.5  # points a word may stick out of its running line's box and still belong to it
    running_label_title: float = 1.2  # font sizes: a margin label naming a municipality with text this much larger ...
    running_label_reach: float = 1.5  # ... beside it or starting within this many of their font sizes below it is a
    # ficha's head (municipality and title), never a running header

    # --- drawn boxes and glyph checkboxes (marks.py)
    box_min: float = 5.0  # points: smallest side of a drawn checkbox
    box_max: float = 22.0  # points: largest side of a drawn checkbox
    box_squareness: float = 0.25  # fraction of the longer side the two sides of a box may differ by
    box_dark: float = 0.5  # luminance below which the fill over a box's centre checks it
    box_dark_doubt: float = 0.12  # luminance: a box fill nearer box_dark than this is flagged (lectura_dudosa)
    box_panel_contrast: float = 0.3  # luminance (0-1) a box's fill on a dark panel differs from what is behind it by
    # at least to check it
    box_panel_light: float = 0.7  # luminance at or above which a filled shape holding boxes is a light card read as
    # paper, not a panel whose own colour is its boxes' hollow look
    box_panel_alike: float = 0.06  # fraction of full scale each RGB channel of a box's fill may differ from its
    # panel's (or another box's) by and still be that colour
    box_white: float = 0.95  # luminance at or above which a box's fill is white: the printed blank box
    box_same_iou: float = 0.5  # overlap (intersection over union) at which two square shapes draw one box
    box_part_pad: float = 1.0  # points a shape may stick out of a box and still be part of it
    box_stroke_pad: float = 1.5  # points a stroke may stick out of a box and still be drawn inside it
    box_stroke_share: float = 0.3  # fraction of the box's width and height a stroke inside must span to check it
    box_glyph_pad: float = 2.0  # points a check glyph's centre may lie outside the box it checks
    box_glyph_chars: int = 2  # most characters of a word read as a check glyph inside a box
    list_height_diff: float = 0.3  # fraction of the taller height two boxes of one list may differ by
    list_column_shift: float = 0.5  # fraction of a box's height its left edge may differ from a box above it
    list_after_reach: float = 4.0  # box heights: farthest apart two boxes ending their labels' lines in one list
    list_row_overlap: float = 0.6  # fraction of the smaller height two boxes of one row share
    widget_same_iou: float = 0.3  # overlap (intersection over union) at which a form widget is a drawn box
    label_row_overlap: float = 0.4  # fraction of the smaller height a label word shares with its box
    label_stop_overlap: float = 0.3  # fraction of the smaller height a box ending a label shares with its row
    label_edge_pad: float = 1.0  # points a label word may overlap its box or the box that ends it
    label_word_gap: float = 1.0  # font sizes: widest gap between two words of one label
    label_first_gap: float = 3.0  # font sizes: widest gap between a box and its label ...
    label_first_gap_boxes: float = 2.5  # ... or this many box widths, when wider
    label_lead_gap: float = 1.5  # font sizes: widest gap between the words before a wrapped list's first box on a line
    label_wrap_gap: float = 0.6  # font sizes: widest gap between a label's line and the line it wraps onto
    label_left_band: float = 1.6  # font sizes: farthest a line of a label before its box lies from the box's centre
    label_left_size: float = 2.0  # box heights: largest font size of a label before its box (a title over it is none)
    label_wrap_lines: int = 2  # most lines a label wraps onto (more lines right under it are a paragraph)
    label_wrap_past: float = 4.0  # font sizes: farthest the line a label before its box wraps from runs on past
    # the box's right edge (a label's cell ends about its box; a line running on far past it is a paragraph's)
    label_wrap_room: float = 1.0  # font sizes: room left on a label's line after the next line's first word that
    # makes the next line no wrap of it (its first word would have fit: text set under the label, the next row's value)

    # --- pictures (sources/pictures.py, pictures.py): placed images read as marks
    picture_ink_pixels: int = 65536  # most pixels of an image whose ink is measured (a mark's picture is small)
    picture_dark: float = 0.5  # luminance (over white) below which a picture's pixel is ink
    picture_mark_size: float = 2.5  # font sizes (the page's usual size): largest side of a picture read as a mark
    picture_mark_squareness: float = 0.5  # fraction of the longer side a mark picture's two sides may differ by
    picture_ink_margin: float = 0.05  # share of pixels: least difference of ink between two pictures' designs ...
    picture_ink_ratio: float = 1.3  # ... and least ratio, for the inkier one to be the mark
    picture_list_min: int = 3  # pictures of one size lined up that make a list of marks outside a month display

    # --- category chips (chips.py): each category's name in a pill, the selected ones filled
    chip_same_iou: float = 0.9  # overlap (intersection over union) at which two shapes draw one chip (fill, outline)
    chip_max_height: float = 2.4  # font sizes: tallest chip round one line of text
    chip_wrap_height: float = 1.4  # font sizes a category's tile may stand taller: its name wrapped on a 2nd line
    chip_side_pad: float = 3.0  # font sizes: widest padding each side of a chip's text
    chip_group_gap: float = 3.0  # font sizes: widest gap between two chips of one display
    chip_touch: float = 0.5  # points: chips this close share an edge (a table's cells, no chips)
    chip_mark_reach: float = 3.0  # font sizes: a checkbox this near a shape on its row makes it a label's cell
    chip_contrast_split: float = 0.2  # luminance: least gap between the two looks (fill contrast) of a display
    styled_list_min: int = 4  # distinct categories a list told by style alone names at least
    styled_list_gap: float = 3.0  # font sizes: widest gap between two lines of one list told by style
    wrap_indent: float = 1.0  # font sizes: a name's wrapped line starts at most this far from its first line's left
    wrap_line_gap: float = 0.8  # font sizes: widest gap between a name's first line's foot and its wrapped line's top
    chip_same_look: float = 0.02  # luminance: chips' fill contrasts this close are one look

    # --- month tables (grid.py)
    month_min: int = 6  # fewest month names a header line names
    month_header_share: float = 0.8  # fraction of its line's words a month header takes at least
    month_line_shift: float = 0.5  # fraction of a word's height words of one line may differ in top ...
    month_line_min_height: float = 1.0  # ... taking a word as at least this many points high
    month_stack_lines: int = 10  # lines a month name broken in a narrow header cell spans at most: letter by letter
    # in a cell narrower than two letters, "Septiembre" spans ten ("S/e/p/ti/e/m/b/r/e"; "Sept/iem/bre" in a wider one)
    month_stack_gap: float = 0.6  # font sizes between the lines of such a broken name at most
    month_label_gap: float = 1.0  # box heights: a word this close right of a box labels it (no month mark)
    month_header_fill_max: float = 40.0  # points: tallest fill behind the header that extends its band
    month_name_cell: float = 4.0  # name widths: widest fill or outline round a month name that is its own cell
    month_body_rise: float = 3.0  # points above the header's bottom a rule of the body may start
    month_body_drop: float = 6.0  # points below the header's bottom a rule of the body may start ...
    month_body_drop_lines: float = 1.2  # ... or this many header heights, when more (a track set under small initials)
    month_body_pad: float = 4.0  # points a rule or fill may stick out of the table sideways
    month_title_reach: float = 3.0  # column pitches: a row title's farthest reach left of a month table ("Sí")
    month_body_max: float = 80.0  # points: tallest body row
    month_body_min: float = 4.0  # points: a shorter body than this is no body (the row height decides)
    month_rule_span: float = 0.9  # fraction of a month header's width a rule under it spans to close its row
    month_rule_columns: int = 3  # column rules crossing a month header and the rule under it: a ruled grid
    month_ruled_rows: int = 10  # body rows a month table drawn as a ruled grid reads at most (a row a year)
    month_body_rows: float = 1.6  # header heights: the body row's height when no rule or fill shows it
    month_prose_words: int = 4  # words at word spacing in a row that make it running text, no row of month cells
    month_band_overlap: float = 0.5  # fraction of a band's height a rule must span to divide it
    month_rule_width: float = 2.5  # points: widest shape read as a vertical rule
    month_cut_min: float = 3.0  # points a rule may lie from a column edge and still cut there ...
    month_cut_share: float = 0.15  # ... or this fraction of the column's width, when more
    month_cell_share: float = 0.6  # fraction of the narrowest column a shape must span for its sides to be rules
    month_fill_min_width: float = 3.0  # points: narrowest fill read as a cell's shading
    month_fill_min_rows: float = 0.3  # body heights: lowest fill read as a cell's shading
    month_fill_max_rows: float = 3.0  # body heights: a fill this tall or taller is not a cell's shading
    month_bar_cover: float = 0.6  # fraction of a column's width a fill (a cell's shading, a bar) covers to mark it
    month_white: float = 0.97  # luminance at or above which a cell is white, whatever its colour
    month_dark_bar: float = 0.6  # luminance below which a fill is a dark bar that marks its cells
    month_legend_gap: float = 1.5  # font sizes: farthest a month display's legend line starts under its body row
    month_body_pad_in: float = 0.5  # points an object's centre may lie outside the body row and still be in it
    # --- month grids (month_grid.py): the twelve names in rows of 2 to 6, each in or over its cell
    month_grid_align: float = 0.35  # column pitches a name's centre may lie from its column's centre
    month_grid_flush: float = 0.35  # font sizes: names whose left edges lie this close are set flush left in
    # their cells (and the grid stands from this far before what is printed in its first column)
    month_grid_alone: float = 1.5  # font sizes: nearest other word on its line to a one-column display's name
    month_grid_size: float = 0.1  # share of a name's font size the next name's may differ by (names set alike)
    month_grid_row_gap: float = 6.0  # font sizes: the farthest the next row of a grid starts below one
    month_grid_strike: float = 0.6  # fraction of a name's width a horizontal rule across its middle covers to strike it
    month_grid_rule: float = 2.0  # points: the thickest shape read as a rule (a strike-through, a cell's border)
    month_ink_step: float = 1.0  # points: the step a month cell's drawing is sized in (drawings alike: `cell_ink`)
    month_ink_slant: float = 0.35  # fraction of its longer side a piece's shorter side is at least for a slanted
    # stroke of a drawn tick or cross (a rule or a dash is flatter)
    # --- struck text (struck.py): words under a horizontal rule across their middle are deleted text
    strike_cover: float = 0.6  # fraction of a word's width a rule across its middle covers to strike it
    scan_strike_cover: float = 0.9  # fraction of a scanned word's width a rule across its middle covers to strike it:
    # pieces of its letters' bars and of noise read as rules covered 0.6-0.8 of 6.5-point words
    strike_rule: float = 0.2  # font sizes: the thickest rule (line or thin filled rect) read as a strike-through
    scan_strike_low: float = 0.18  # font sizes over a scanned word's baseline (its box's bottom less
    # `scan_descent`) from which a strike's middle runs (the feet of its letters blurred into a run: 0.1) ...
    scan_strike_high: float = 0.4  # ... and up to which: the x-height's middle; its top (0.45-0.55 of the size),
    # the tops of the small letters and their serifs a blurred scan joins into one run, is no strike
    month_grid_fill_cells: float = 4.0  # cells: the largest fill read as a cell's own (not the panel's)
    month_grid_lum_step: float = 0.08  # luminance difference that tells two text or fill colours apart
    month_grid_saturation: float = 0.15  # saturation difference that tells a colour from a grey
    month_grid_pale: float = 0.8  # luminance at or above which a grey fill is a pale tint (says no active group)
    month_grid_tiled_side: float = 0.8  # fraction of a box's side another fill meeting it edge to edge spans
    # along it: the two are a drawn table's cells, no checkbox and its neighbour

    # --- lines, panels and reading order (order.py)
    line_baseline: float = 0.35  # font sizes (plus `line_baseline_pad`) two words of one line may differ in bottom
    line_baseline_pad: float = 1.0  # points added to `line_baseline`
    line_overlap: float = 0.6  # fraction of the smaller height two words of one line share
    line_apart_rise: float = 0.2  # font sizes: two words of one font and size whose bottoms differ by more
    # stand on two lines (a text box's line beside a table cell's, a word space apart)
    line_apart_gap: float = 4.0  # font sizes: a wider gap inside one line fragment sets its pieces apart (`Line.apart`)
    word_gap: float = 1.2  # font sizes: a wider gap between words can end a line fragment (a column gutter) ...
    note_mark_size: float = 0.86  # of the word before it: a note reference mark ("ACNUR¹", a browser's <sup> at 0.83)
    # is at most this size ...
    note_mark_rise: float = 0.15  # ... its bottom raised at least this many of that word's font sizes above it
    note_gap_lines: float = 1.6  # line heights: widest leading inside one footnote at the page foot
    note_size_slack: float = 0.3  # points: a footnote's next line is at most this much larger than its first
    note_text_size: float = 0.85  # of its reference's line: a footnote this small is one wherever it stands
    list_number_gap: float = 4.0  # font sizes: widest white after a list item's number ("3.", "b)") alone before
    # the gap, within which it stays on its item's line (a word processor's tab stop), not a column of its own
    size_change_gap: float = 0.6  # font sizes (of the smaller): a wider gap between words of sizes differing by
    # more than `para_size_diff` ends a line fragment (a larger heading with its value beside it)
    gutter_min_lines: int = 4  # ... when a band that wide stays white through this many lines in a row ...
    gutter_short_lines: int = 2  # ... or through every line of a block of this many or more (a short block)
    gutter_min_sided: int = 2  # ... this many of them with text on both its sides, starting at one x ...
    gutter_align: float = 0.5  # ... within this many font sizes (a column's left edge)
    gutter_indent: float = 3.0  # font sizes: how far from a column's edge a row's own word may start (an indent)
    gutter_even: float = 0.15  # font sizes: two word gaps of one line this close are justified spaces of one
    # width (a wide gap as wide as its line's other gaps is a word space, no gutter)
    gutter_river_rows: int = 8  # rows a white band is followed each way, past what settles it, to find its end
    gutter_pitch: float = 1.25  # line pitches: farthest a line closing a white band lies from its last row and
    # still be a line of the same block (a river's end inside a paragraph)
    # small capitals (CSS `font-variant: small-caps`): a word's capitals of two sizes, the smaller this
    # fraction of the larger (Chromium draws a small capital at 0.7 of the font size)
    small_capitals_min: float = 0.6  # at least ...
    small_capitals_max: float = 0.85  # ... and at most
    small_capitals_descent: float = 0.3  # font sizes: the most a font's descent reaches below its baseline (the
    # bottoms of a capital and a small capital on one baseline differ by it times their sizes' difference)
    # a drop cap (CSS `::first-letter` floated, a designer's initial): one letter this many times the size of
    # the text beside it or more ...
    drop_cap_size: float = 2.0  # font sizes (the text's): the smallest drop cap ...
    drop_cap_gap: float = 1.5  # ... the lines beside it starting at most this many of their font sizes right of it ...
    drop_cap_lines: int = 2  # ... at least this many of them ...
    drop_cap_top: float = 1.0  # ... the first one's top at most this many of its font sizes below the letter's top
    drop_cap_space_ratio: float = 1.3  # ratio: a gap past `word_gap` this many times a line's narrowest space
    # parts the line beside a drop cap from another column's words (a justified line's spaces are alike)
    # a form's field: a caption set small right above a drawn box holding the answer, boxes side by side in a row
    caption_gap: float = 1.0  # font sizes (the caption's): widest white between a caption and the box under it ...
    caption_indent: float = 1.5  # ... the caption starting at most this many of them right of the box's left edge
    sheet_min_headings: int = 4  # fewest column letters (A, B, C, ...) in a row, and row numbers (n, n+1, ...) in a
    # column left of them, that are a printed spreadsheet's headings (readers/pdf/sheet_headings.py)
    touching_gap: float = 0.15  # font sizes: characters or words closer than this touch (one word, or a change
    # of font within a word); a wider gap between two characters is a word break (page.py)
    bullet_min: float = 0.15  # font sizes (of its line): shortest side of a drawn bullet (a filled dot or square
    # with no outline, left of a line's first word, that starts a list item: `order.drawn_bullets`) ...
    bullet_max: float = 0.8  # ... and its longest side
    bullet_gap: float = 1.5  # font sizes: widest white between a drawn bullet and its line's first word
    cell_gap: float = 0.45  # font sizes (of the smaller): a wider gap between words of another font or size
    # ends a line fragment when the right word starts the text column of the row above or below (a label
    # cell's line beside its value cell, set apart by the cell's padding only: `order._beside_its_cell`)
    cell_rows: int = 2  # rows of words above and below a label's line in which its value cell's edge is looked for
    column_gap: float = 7.0  # points: narrowest white gap that splits a region into columns
    # a landscape sheet holding two pages side by side (a 2-up imposition, a spread: `order.sheet_fold`)
    sheet_fold_band: float = 0.05  # fraction of the sheet's width either side of its middle the fold lies in
    sheet_fold_overlap: float = 1.0  # points an object may reach past the fold (a page's background at its edge)
    sheet_background: float = 0.9  # fraction of the sheet's width a shape spans at least to be the sheet's background
    sheet_half_lines: float = 0.2  # fraction of the sheet's text lines each side of the fold holds at least
    rule_underline: float = 0.6  # font sizes (of the line): widest white between a line and a rule under it
    # that underlines it (a rule drawn across a column gutter under a line of one column: the line is a band's,
    # read after the columns above it, `order._ruled_band`) ...
    rule_band_white: float = 0.75  # ... when white at least this many body sizes high stands right above the line
    # (a heading's space before; a wrapped label's last line over a form's row rule stands a line pitch under
    # its first)
    row_band: float = 0.35  # font sizes: lines whose tops differ by less stand in one row, read left to right
    row_open_white: float = 3.0  # body sizes of white in its column above a grid's next row's label (order.py)
    foot_band_white: float = 4.0  # body sizes of white at least over a region's last row: a foot band (order.py)
    column_line_gap: float = 1.0  # font sizes: a row gap narrower than this between two lines of one column (its
    # leading, or paragraph spacing) is no band edge to cut a region across (order._column_runs_across)
    paragraph_line: float = 15.0  # font sizes: a line of running text this wide or more (the line above a
    # paragraph break, the next paragraph's first) makes that break no band edge (order._paragraph_break) ...
    paragraph_line_share: float = 0.85  # ... and so does one this share of the widest of the lines around the
    # break or more (a narrow column's full lines are narrower than 15 ems) ...
    paragraph_line_least: float = 12.0  # ... if at least this many font sizes wide (a stack of short labels is not)
    paragraph_gap: float = 2.0  # font sizes: widest white between two paragraphs of one column's running text
    # (its leading and the paragraph spacing) that `paragraph_line` makes no band edge
    heading_line_gap: float = 0.5  # font sizes: a row gap narrower than this between two lines of one size larger
    # than the body's, one under the other, is the white inside one heading or title (order._heading_runs_across)
    heading_text_gap: float = 1.0  # font sizes (the heading's): a heading's space after, above its text's first line
    # (order._heading_over_its_text: no band edge while another column stands beside the heading)
    column_window: float = 10.0  # body sizes above and below a row gap whose text tells if it lies inside one column
    panel_min_width: float = 40.0  # points: narrowest drawn panel that holds text
    broken_word_gap: float = 0.45  # font sizes: a one-word line ending this close to its panel's right edge
    # may be a word wider than the panel, broken by the exporter without a hyphen (breaks.py) ...
    broken_word_indent: float = 0.5  # font sizes: ... when the next line starts this close under its left edge
    broken_word_letters: int = 4  # ... the line's word has at least this many letters ...
    broken_word_tail: int = 3  # ... and the next line's first word at most this many: a word's tail, joined
    panel_min_height: float = 18.0  # points: lowest drawn panel that holds text
    panel_line_room: float = 1.4  # font sizes: a lower panel at its page's head holding a whole line is this high
    # at least (order.py)
    panel_max_share: float = 0.5  # fraction of the page's area a panel is smaller than
    panel_inside: float = 0.8  # fraction of a fragment's area inside a panel for it to be the panel's
    panel_nest_pad: float = 1.0  # points a panel may stick out of the panel that holds it
    cell_rule: float = 2.0  # points: the thickest stroke or shape read as a table's rule (cells.py)
    cell_rule_min: float = 6.0  # points: the shortest rule of a table's border
    cell_snap: float = 1.5  # points: rules this close are one line, and rules this close meet
    month_swatch_height: float = 1.5  # font sizes: tallest bar or swatch beside a month's name read as its mark ...
    month_swatch_width: float = 8.0  # ... and widest
    text_turn_min: float = 0.005  # sine of the least angle of a text's baseline read as turned (0.3 degrees) ...
    text_turn_max: float = 0.27  # ... and of the most turned level (about 15.7 degrees: a stamp set askew)
    overprint_share: float = 0.3  # fraction of the smaller line's area another line covers: text printed over text
    overlay_word_share: float = 0.3  # fraction of the smaller word's area (and height) another word covers: a
    # floating text box's word printed over the body's (overlay.py)
    overlay_rise: float = 0.5  # font sizes a word's baseline may rise over the one drawn before it and go on the
    # same stream run (a new line below, a word beside); a higher rise starts a new run (overlay.py)
    divider_slack: float = 0.25  # font sizes a drawn edge between two words may fall short of their top or
    # bottom and still set them apart (order.py `divided`)
    para_size_diff: float = 0.6  # points two words may differ in font size and be of one size (a line, a label)
    para_default_size: float = 10.0  # points: the body size of a page with no text line

    # --- page objects and words (page.py)
    closed_curve_gap: float = 1.0  # points between a curve's first and last point for it to be closed
    duplicate_char_shift: float = 0.15  # font sizes: a character drawn again this close (same text, font and
    # size; fake bold, a shadow) is one character (narrow letters side by side, "ll" "ii", are 0.18 em apart or more)
    spaced_run_letters: int = 4  # fewest letters, none touching, that may be letter-spaced text ("G R U P O")
    spaced_gap_min: float = 0.05  # font sizes: letters closer than this touch (as in ordinary words)
    spaced_letter_max: float = 0.6  # font sizes: widest usual gap between the letters of letter-spaced text
    spaced_run_gap: float = 1.6  # font sizes: a wider gap ends a run of letter-spaced letters
    spaced_word_ratio: float = 1.5  # letter gaps: a gap this many times the usual one is a word break in it

    # --- scanned pages read by OCR (scan.py, sources/scan_source.py); pixels never appear: sizes are points
    scan_text_chars: int = 1  # fewest readable characters (letters or digits) a page's text layer must have
    scan_unreadable_share: float = 0.5  # fraction of unreadable characters ((cid:N), U+FFFD, private use) above
    # which a page's text layer is taken as no text layer (a font without a Unicode map)
    scan_skew_max: float = 3.0  # degrees: largest skew searched for (a page scanned askew)
    scan_skew_step: float = 0.05  # degrees: finest step of the skew search
    scan_skew_lines: int = 5  # fewest lines of text whose slope gives a page's skew (else the row profile)
    scan_ink: float = 0.6  # luminance below which a pixel is ink (text strokes, for boldness)
    scan_line_ink: float = 0.85  # luminance below which a pixel may be part of a drawn line (boxes, rules, outlines)
    scan_fill: float = 0.97  # luminance below which a pixel may be part of a filled region (a panel, a bar)
    scan_fill_min: float = 4.0  # points: smallest side of a filled region (thinner regions are text or rules)
    scan_bar_min: float = 9.0  # points: smallest side of an area of another colour on a dark panel read as no
    # text (a lighter bar below a band); a large bold label's strokes and joins are thinner
    scan_panel_text: float = 0.6  # fraction of a dark panel with its light letters filled in that its own colour
    # covers at least (a pill of white heading text; a grid of thin rules around light cells is no panel)
    scan_panel_box: float = 0.9  # fraction of its bounding box such a panel covers at least (a rounded pill
    # does; a large bold O or D of a title with its counter filled in, round, does not)
    scan_fill_blur: float = 1.0  # points: width of the (median) smoothing before fills are looked for (noise)
    scan_icon_solid: float = 0.78  # fraction of a small fill its ink covers to be a drawing (a bullet), no letter
    scan_icon_aspect: float = 1.5  # times as long as wide a small fill is at most to be a drawing (a square, a dot)
    scan_icon_clear: float = 0.5  # heights right of a small fill free of ink for it to be a drawing (not a letter)
    scan_icon_lead: float = 2.0  # heights left of a small fill free of ink for it to be a drawing (it starts a line)
    scan_bullet_solid: float = 0.7  # fraction of a one-character OCR word's box its ink covers at least for it to be
    # a bullet read as a letter ("e"): a disc covers pi/4 of its box, a letter's strokes about half
    scan_icon_even: float = 0.12  # luminance: largest spread (standard deviation) of a drawing's pixels inside its
    # blurred edge (a printed square is one ink; small letters a scan blurred into one grey blob are strokes and paper)
    scan_denoise: float = 0.7  # points: side of the median filter the page is smoothed with before OCR (a scan's
    # speckle, kept by the 300-dpi rendering, made Tesseract read "haitianas" "haltianas", "Afgana" "Afganaf")
    scan_paper: float = 0.92  # luminance from which a pixel of the page OCR reads is paper (its noise made white)
    scan_same_colour: float = 0.05  # largest difference (0-1, each channel) between fills of one printed colour
    scan_fill_solid: float = 0.75  # fraction of its bounding box a filled region covers at least
    scan_panel_min: float = 12.0  # points: smallest side of a dark panel whose text is read inverted
    scan_panel_colours: float = 0.25  # fraction of a dark panel's pixels half-way from its colour to white from which
    # it is cells of two colours (each letter then read against its own cell's colour)
    scan_panel_border: float = 2.5  # points from a dark panel's edge within which a rule along it is its border
    scan_panel_border_run: float = 0.6  # fraction of a dark panel's width (height) one run of such a rule spans
    scan_panel_convex: float = 0.9  # fraction of its convex hull a dark panel's outline encloses at least (a panel
    # is a convex shape; a large bold letter, an n or a u, a scan's smoothing took for a fill is not)
    scan_panel_solid: float = 0.75  # fraction of a dark panel's region nearer its colour than white at least (panels
    # with their light text 0.87-1; two bold title letters blurred into one blob about 0.6)
    scan_fill_levels: float = 0.3  # luminance: a region this much darker than the one holding it is a fill of its own
    scan_cell_rule: float = 0.2  # share of the way from a dark fill's colour to white of a rule between its cells
    scan_table_panel: float = 66.0  # points: smallest side of a dark panel searched for light boxes and rules
    scan_dark_panel: float = 0.75  # luminance below which a filled region may hold light text (read inverted)
    scan_rule_min: float = 12.0  # points: shortest horizontal or vertical rule
    scan_rule_width: float = 2.5  # points: thickest rule
    scan_box_ink: float = 0.05  # fraction of a box's inner area that ink must cover to check it
    scan_box_unsure: float = 2.0  # times `scan_box_ink` either way within which a box's ink leaves its state in doubt
    scan_box_inner: float = 0.2  # fraction of a box's side left out on each side when looking for a mark inside
    scan_box_solid: float = 0.85  # fraction of its box a light square on a dark panel covers (a box printed white)
    scan_box_fill: float = 0.85  # fraction of its bounding box a box's outline encloses at least (a square, not an O)
    scan_box_side: float = 0.7  # fraction of the fullest column (row) of an ink shape a box's side covers at least
    scan_box_side_width: float = 0.2  # fraction of its side a box's outline is thick at most (when found by its sides)
    scan_box_edge: float = 0.25  # points within which a box's side found inside an ink shape is the shape's edge
    scan_box_overdrawn: float = 1.5  # times `box_max` a shape of a box and the mark drawn past it spans at most
    scan_mark_min: float = 4.0  # points: lowest mark standing alone (a tick in a cell) ...
    scan_mark_max: float = 14.0  # ... and highest
    scan_mark_ink: float = 0.45  # fraction of its box a mark's ink covers at most (strokes, not a filled dot)
    scan_mark_on_rules: float = 0.8  # fraction of a mark's ink on the page's rules from which it is a piece of them
    scan_mark_clear: float = 0.5  # mark heights around a mark free of words (else it is a letter OCR missed)
    scan_column_align: float = 0.5  # text sizes a mark's left edge may stand from the text lines' above and below
    # it (at most a line apart) for it to be a letter of their column (a "y" alone on a cell's line), no tick
    scan_mark_band: float = 0.25  # fraction of a mark's height: the top and bottom bands its shape is told by ...
    scan_mark_apart: float = 0.2  # ... its width: the gap parting two stroke ends in a band (a cross's two feet)
    scan_tick_reach: float = 0.4  # ... its width: a tick's top band inks nothing left of this, its foot nothing
    # right of 1.5 times it (the short arm's vertex)
    scan_corner_tip: float = 1.0  # points: a frame's box corner this near its ink is square, not rounded
    scan_outline_min: float = 12.0  # points: smallest side of an outlined panel or cell (a square of a box's size
    # is a box)
    scan_size: float = 1.0  # font sizes per OCR line height (tesseract's x_size: descender to ascender), when a
    # row has no capital or ascender to measure
    scan_ascender: float = 0.73  # font sizes from the baseline to the top of capitals and ascenders
    scan_accent_top: float = 0.9  # font sizes from the baseline to the top of an accented capital (Í, Ó, Ñ: 0.83-0.93
    # in DejaVu and Liberation faces, against capitals' 0.66-0.73)
    scan_xheight: float = 0.54  # font sizes from the baseline to the top of lowercase letters without ascenders
    scan_descender: float = 0.22  # font sizes descenders reach below the baseline
    scan_read_twice: float = 0.5  # fraction of an OCR word's box inside a surer word's: the same ink read again
    scan_size_change: float = 1.25  # times: two words of one OCR line this far apart in size are two rows (a gap
    # between them of at least `scan_split_gap`): a label row's heading and its value, read as one line
    scan_tall_word: float = 1.6  # times its line's size (Tesseract's) a word measured by its own box is at least when
    # that box took in ink of another line: it does not measure its row
    scan_size_snap: float = 0.12  # fraction of a row's size within which other rows' sizes pull it to theirs
    scan_junk_confidence: float = 50.0  # OCR word confidence (0-100) under which a short word is junk ...
    scan_junk_letter_confidence: float = 90.0  # ... a lone letter (no digit, no X mark) under this is junk too
    scan_junk_clear: float = 1.0  # font sizes around a junk word free of other words (it stands alone)
    scan_junk_chars: int = 3  # ... of at most this many letters or digits (read from a drawing)
    scan_char_width: float = 2.0  # heights a doubtful OCR word's box is at most wide a letter (wider: a drawing's)
    scan_letter_row: int = 3  # fewest different lone short words on one baseline read again side by side (initials)
    scan_letter_size: float = 1.5  # times the median line size a lone letter of such a column is at most (or under)
    scan_letter_step: float = 3.0  # font sizes: farthest baseline below the last of a column of lone letters (initials)
    scan_row_gap: float = 2.0  # font sizes: a wider gap within an OCR line starts another row (another column)
    scan_even_words: int = 3  # fewest words of an OCR line whose gaps all alike make it justified text ...
    scan_even_gap: float = 0.25  # ... font sizes within which each gap lies of their median (a lone "y" in it)
    scan_split_gap: float = 0.5  # line sizes: narrowest gap cutting an OCR line in two (`split_columns`) ...
    scan_split_space: float = 1.4  # ... at least this many times its line's other word gaps (median) ...
    scan_split_align: float = 0.3  # ... its next word within this many line sizes of an edge another line shows ...
    scan_split_reach: float = 3.0  # ... on a baseline at most this many line sizes above or below
    scan_split_chars: int = 3  # fewest letters or digits on each side of such a gap (no list number, no initial)
    scan_split_above: float = 1.1  # font sizes above a cut piece's baseline read again (`split_columns`) ...
    scan_split_below: float = 0.45  # ... and below it: its own line's ink, not the next's
    scan_split_like: float = 0.5  # fewest similarity of a piece's letters read again to its first reading's
    scan_bullet_max: float = 0.5  # font sizes: widest and tallest list dot OCR read as punctuation ...
    scan_bullet_rise: float = 0.1  # ... its ink's foot at least this far above the baseline (a period's stands on it)
    scan_descent: float = 0.22  # font sizes a word's box reaches below its baseline
    scan_bold: float = 1.25  # times the page's usual stroke width (for the size) from which a word is bold
    scan_bold_usual: float = 0.3  # quantile of a page's word stroke widths (for their size) taken as its usual weight
    scan_word_pad: float = 1.0  # points a word may stick out of a box and still be read from the box itself
    scan_edge_reach: float = 0.5  # line sizes from a fill's side within which a stroke-like word is its edge
    scan_mark_letter: float = 95.0  # OCR confidence (0-100) from which a lone mark read again alone as a letter
    # is shaped as one: its state is in doubt (initials read 99; ticks read as nothing, a few as "E" at 91)
    scan_mark_twins: float = 0.75  # fraction of a row of lone marks alike another from which it is marks, no
    # initials (a row of ticks is one glyph repeated; initials pair up at most: M M, J J, A A)
    scan_twin_overlap: float = 0.8  # fraction of two scaled shapes' ink (union) in common for them to be alike
    scan_panel_size: float = 1.2  # times Tesseract's line size a dark panel's row measured by its ink is at most
    scan_low_confidence: float = 60.0  # OCR word confidence (0-100) under which a word is quoted in the aviso

    # --- month displays read from words (month_grid.py, grid.py), tables cut at a page's end (cut_tables.py)
    month_legend_cutoff: float = 86.0  # best_term score (0-100): a legend entry this like a category is the category
    # list's
    month_row_min_names: int = 2  # month names at least in a row of a grid ...
    month_row_max_names: int = 6  # ... and at most
    month_mark_room: float = 3.0  # font sizes right of a one-column display's widest name its cells reach (a mark after
    # it)
    month_mark_side_tie_ems: float = 0.25  # ems (the names' size): gaps to the names either side of a mark differing
    # less say no side
    month_listed_names: int = 2  # names followed by a list mark that make a run of names a sentence's list, no header
    cut_row_reach: float = 3.0  # font sizes of the marks: farthest their row's top stands below the next page's first
    # text
    cut_text_gap: float = 2.0  # font sizes: widest gap between the joined row (or a line moved with it) and the next
    # line
    picture_cell_pad: float = 1.0  # points a picture may stick out of a month cell and still stand in it

    # --- tables and lone glyphs read as marks
    max_label_words: int = 14  # words at most of a table row's label cell beside its value (`layout.is_label_row`)
    substituted_wingdings_min: int = 2  # fewest such lone words on a page that make them a list's or a grid's marks

    def __post_init__(self) -> None:
        _check_positive(self)
        fractions = (
            "margin_band",
            "running_share",
            "box_squareness",
            "box_dark",
            "box_dark_doubt",
            "box_panel_contrast",
            "box_panel_light",
            "box_panel_alike",
            "box_white",
            "box_same_iou",
            "chip_same_iou",
            "chip_contrast_split",
            "chip_same_look",
            "box_stroke_share",
            "list_height_diff",
            "list_row_overlap",
            "widget_same_iou",
            "label_row_overlap",
            "label_stop_overlap",
            "month_header_share",
            "month_band_overlap",
            "month_rule_span",
            "month_bar_cover",
            "month_white",
            "month_dark_bar",
            "month_grid_align",
            "month_grid_strike",
            "strike_cover",
            "scan_strike_cover",
            "month_grid_pale",
            "month_grid_size",
            "line_overlap",
            "panel_max_share",
            "panel_inside",
            "overprint_share",
            "overlay_word_share",
            "scan_unreadable_share",
            "scan_ink",
            "scan_line_ink",
            "scan_fill",
            "scan_fill_solid",
            "scan_same_colour",
            "scan_paper",
            "scan_icon_solid",
            "scan_icon_even",
            "scan_bullet_solid",
            "scan_bold_usual",
            "scan_panel_convex",
            "scan_panel_solid",
            "scan_panel_text",
            "scan_panel_box",
            "scan_panel_border_run",
            "scan_panel_colours",
            "scan_mark_twins",
            "scan_twin_overlap",
            "scan_dark_panel",
            "scan_cell_rule",
            "scan_box_ink",
            "scan_mark_ink",
            "scan_mark_band",
            "scan_mark_apart",
            "scan_tick_reach",
            "scan_box_inner",
            "scan_box_fill",
            "scan_box_solid",
            "scan_box_side",
            "scan_box_side_width",
            "scan_read_twice",
            "picture_dark",
            "picture_mark_squareness",
            "picture_ink_margin",
        )
        for name in fractions:
            if getattr(self, name) > 1:
                raise ValueError(f"LayoutSettings.{name} is a fraction: at most 1, not {getattr(self, name)!r}")
        if self.margin_band >= 0.5:
            raise ValueError("LayoutSettings.margin_band must be under 0.5 (the top and bottom bands cannot meet)")
        if self.box_min >= self.box_max:
            raise ValueError("LayoutSettings.box_min must be smaller than box_max")
        if self.spaced_word_ratio <= 1:
            raise ValueError(
                "LayoutSettings.spaced_word_ratio must be more than 1 (a word gap is wider than a letter gap)"
            )
        if self.month_fill_min_rows >= self.month_fill_max_rows:
            raise ValueError("LayoutSettings.month_fill_min_rows must be smaller than month_fill_max_rows")


@dataclass(frozen=True)
class FichaSettings(_Positive):
    """Telling fichas apart: titles, heads, kickers, category lists and page bands (`segment.fichas`)."""

    title_ratio: float = 1.5  # body sizes: text this many times the body size or larger is set as a title
    title_min_letters: int = 2  # fewest letters of a title's longest word, its heading number aside
    flow_gap_ems: float = 1.0  # a column's text runs on past a level when its blocks stand this close (ems) around it
    wrap_lines: float = 1.0  # a wrapped label's next line starts within this many of its sizes under the line before
    restart_title_ratio: float = 1.2  # a title where the headings start over may be this much larger than the body
    category_cutoff: float = 85.0  # best_term score (0-100) a printed category or Sello line name needs
    min_category_list: int = 3  # boxes with category labels that make a category list
    max_municipality_words: int = 5  # a bare comuna name printed as the municipality label
    min_ficha_headings: int = 3  # distinct section headings (of the template's nine) that make a ficha
    front_matter_headings: int = 1  # distinct headings at most of a publication's opening pages before its first ficha
    max_category_label_words: int = 5  # a category's name alone, as a table's label cell prints it
    title_size_tolerance: float = 0.1  # of a title's size: the size of the rest of a title broken by a box beside it
    title_over_headings: float = 0.02  # of the page's largest heading's size: a text this much larger is set as no
    # heading
    head_level_tolerance: float = 0.5  # of a title's height: text ending this far below its top is level with it, not
    # above
    min_dress_headings: int = 2  # template headings sharing one dress (style; font, size, weight, case) make it the
    # headings'
    heading_edge_ems: float = 0.5  # an unknown heading's left edge lies this close (in its ems) to a template heading's
    run_on_ems: float = 0.5  # ems of white at most between a line and the next line of its paragraph, set under it
    head_lines_after_break: int = 3  # Word: paragraphs at most between a page break and a title, the ficha's head
    kicker_gap_ems: float = 2.0  # ems (its own size) of white at most between a kicker ("FICHA 2") and the title under
    # it
    side_list_ems: float = 2.0  # ems (the heading's): a block starting this far left of a side category list is the
    # flow's
    page_band_ems: float = 1.5  # ems (the label's) of white at least between a page's header or footer band and its
    # body
    page_furniture_words: int = 4  # words at most of what stands beside a municipality label in a page's band (a page
    # number)
    word_title_gap: int = 4  # Word: paragraphs at most between a ficha's title and its first heading (a subtitle, a
    # date ...)
    labelled_head_blocks: int = 6  # text blocks before a ficha's first heading searched for the label of its name


@dataclass(frozen=True)
class ParagraphSettings(_Positive):
    """Lines into paragraphs, value cells beside labels, run-in headings (`segment.paragraphs`)."""

    same_size_points: float = 0.6  # two lines of one paragraph differ in font size by this many points at most
    line_rise: float = 0.3  # line heights the next line of a paragraph may overlap the one above
    spacing_size_points: float = 0.3  # two lines may differ in size by less than this (points) for their gap to be line
    # spacing
    spacing_max_lines: float = 3.0  # line heights: a larger gap is no line spacing
    default_size: float = 10.0  # points: the body size of a page with no text line
    default_spacing_ems: float = 0.3  # the line spacing of a page without two lines in a row
    paragraph_gap_ems: float = 0.8  # smallest gap (ems of the page's median size) that separates paragraphs ...
    paragraph_gap_spacings: float = 1.6  # ... or this many times the page's usual line spacing, when more
    max_heading_lines: int = 4  # a heading wrapped over more lines is body text
    run_in_min_headings: int = 3  # template headings opening paragraphs run-in, in the body's face, that show a
    # document's style
    paragraph_space_ems: float = 0.35  # space above a line beyond the leading that starts a paragraph
    sentence_space_ems: float = 0.2  # ... or this much after a sentence's end, in a block whose leading is even
    indent_ems: float = 0.8  # ems of its line: a first-line indent is at least this ...
    max_indent_ems: float = 6.0  # ... and at most this
    even_pitch_ems: float = 0.05  # ems: a block's other pitches all within this of its leading: its leading is even
    continuation_ems: float = 1.0  # a line this close (in ems) to its column's right edge is full
    justified_edge_ems: float = 0.01  # ems: a justified line this near its column's edge was stretched to it (placed to
    # 0.01 pt)
    max_value_ratio: float = 1.3  # a value cell's first line is at most this many times its label's size
    max_hang_ems: float = 2.0  # ems: a line going on from the line above starts at most this far right of that line's
    # start
    beside_gap_ems: float = 0.25  # white space (in ems of the label) between a label's widest line and its value
    row_cells: int = 2  # text blocks level side by side at a page's foot that make a table's row
    row_level_ems: float = 0.5  # ems: the first lines of a row's cells stand level within this much
    caption_size_points: float = 1.0  # points: a block in another drawn region opening with a line this much
    # smaller than a paragraph's text opens a form field's caption: the paragraph goes on in no such block
    same_cell_column: float = 0.5  # of the narrower width: two blocks overlapping this much across stand in one cell's
    # column
    under_items_ems: float = 1.5  # ems (of a line): the farthest a value cell's text starts under the table or boxes
    # opening it
    value_gap_ems: float = 1.5  # white space (in ems of the label) between two lines that no value cell holds
    flow_min_lines: int = 2  # lines of running text in a label's column beside text that runs on past the label: a flow
    justified_min_lines: int = 2  # lines stretched to one edge that show a block is justified
    measure_min_lines: int = 3  # other lines of a column that show its measure (its right edge) to tell an unfilled
    # line
    kept_lines: int = 2  # lines of a paragraph a typesetter keeps on each side of a column or page break (widow and
    # orphan control): a paragraph's lone first line at a column's foot, or lone last line at the next one's head, is
    # none
    word_fit_ems: float = 1.0  # ems to spare (a space and the width estimate's error) for a word to have fitted on a
    # line
    wrap_lookahead: int = 3  # blocks after a heading's first that may be its wrapped lines (`merge_wrapped_headings`)


@dataclass(frozen=True)
class RowSettings(_Positive):
    """Label | value rows of a heading column, and headings stacked over lines in their cells (`segment.rows`)."""

    min_column_headings: int = 2  # headings sharing a left edge make a heading column
    edge_ems: float = 1.0  # the headings' left edges lie within this many of their ems of each other
    row_ems: float = 0.5  # an item whose top is this many of the heading's ems above its top is still in its row
    piece_max_lines: int = 3  # a block in the heading column that is no heading: a heading's piece when this short
    piece_max_words: int = 8  # ... and this many words
    # lines of a piece of a heading read apart from its other pieces (`join_stacked_headings`): the longest heading,
    # "7. Elemento innovador/ creativo del proyecto o actividad", a word a line in a narrow label cell ("I." over
    # "DEPARTAMENTO/", then "OFICINAS" over "MUNICIPALES" over "QUE" over "PARTICIPAN:": browser seed 24849)
    stack_piece_max_lines: int = 8  # lines at most of such a piece
    gutter_ems: float = 3.0  # ems (the headings') of white down the whole page that end a grid's text column
    value_gap_ems: float = 1.5  # white space (in the heading's ems) that ends the last row's value
    raised_ems: float = 2.0  # a row's value may start this many of its line's ems above its heading's top (the
    # heading's space before)
    paragraph_edge_ems: float = 0.5  # a paragraph's next line starts this close to its left edge (a first-line indent
    # is more)
    paragraph_space_ems: float = 0.35  # pitch (ems) past a paragraph's leading that sets the next paragraph apart
    run_on_ems: float = 1.6  # pitch (ems, top to top) of two lone lines of one paragraph at most
    line_overlap_ems: float = 0.3  # ems a paragraph's next line may rise into the one above
    abut_ems: float = 0.25  # a heading's piece level with its last line starts this close to its end (ems)
    stack_gap_ems: float = 0.8  # white space (in ems) between two lines of one heading wrapped in its cell
    stack_edge_ems: float = 0.5  # their left edges lie this close (in ems)
    stack_size_points: float = 0.5  # two lines of one heading differ in size by this many points at most ...
    # ... or, in small capitals, a small capital's size to a capital's lies within these two ratios
    small_caps_ratio: tuple[float, float] = (0.6, 0.85)  # ratios: a small capital's size to a capital's
    stack_lookahead: int = 12  # items read after a heading's first line among which its next lines are looked for
    stack_min_score: float = 95.0  # the joined lines name a heading this closely (0-100): a line that also holds
    # words of the value beside it (a cell too narrow for the heading's longest word) matches worse


@dataclass(frozen=True)
class RegionSettings(_Positive):
    """Drawn regions (panels, boxes, cells) and the text standing in them (`segment.regions`)."""

    same_column: float = 0.8  # of the narrower part's width: two parts of a region overlapping this much across are one
    # column
    edge_ems: float = 0.5  # ems (of the page's text): printed text may reach this far past a part's top or bottom edge


@dataclass(frozen=True)
class FieldSettings(_Positive):
    """A section's fields: categories, month displays, hints, set-apart lines, titles (`fields`)."""

    max_otra_label_words: int = 3  # words of a write-in line's label naming Otra ("Especifique otra:")
    caption_gap_ems: float = 2.0  # ems (the caption's size) of white at most between a month display and its caption
    small_capitals_size: float = 0.25  # points: a line in capitals alone this close to a title line's small capitals'
    # size
    display_run: int = 6  # month names in calendar order, with only marks or name pieces between, that make a month
    # display
    mark_run: int = 3  # marks printed one after another as words ("X X X") that make a display's marks read as text
    min_side_by_side_sections: int = 3  # sections whose values stand in the same columns side by side: a comparison
    # table
    hint_size: float = 0.1  # of the heading's size: a hint wrapped under it is set in its type, within this
    split_min_fichas: int = 16  # fichas a document has at least for `build_records` to make them in two halves at once
    # (`both`): a fork and the records' pickle cost about what a few fichas' fields do
    month_names_run: int = 3  # month names or initials one after another, no punctuation, that are a display's
    heading_opening_words: int = 8  # words at most of a heading's printed name opening an unplaced text
    set_apart_size: float = 0.15  # of the body's size: a block whose size differs more is set in another type
    min_unread_boxes: int = 3  # typed boxes in a line naming months, unread as a display, that make an aviso


@dataclass(frozen=True)
class MatchingSettings(_Positive):
    """Printed words against the template's vocabulary (`template`)."""

    heading_cutoff: float = 86.0  # best_term score (0-100) a printed heading needs
    max_heading_words: int = 14  # a heading is printed in at most this many words
    lead_in_cutoff: float = 85.0  # fuzz.ratio (0-100) of a printed Sello lead-in with the vocabulary's
    min_restated_title_words: int = 2  # a title this long or longer, found again in a band, is its restatement
    title_kicker_max_chars: int = 40  # characters at most of a kicker run into a title's line ("Buena práctica
    # municipal N.º 12 — ")


@dataclass(frozen=True)
class DocxSettings(_Positive):
    """Word documents read from their XML (`readers.docx`): fills, tab-set month names, checklists, legends."""

    pale_fill: float = 0.8  # luminance (0-1) at or above which an unsaturated cell fill is a pale tint
    tab_name_char: int = 144  # twips: the widest a tab-set month name's letter is taken to print (0.6 em at 12 pt)
    min_checklist_rows: int = 2  # [box | label] rows that make a table a checklist, whose blank box cells are unmarked
    legend_max_words: int = 12  # words of a month display's legend paragraph at most ("■ mes con actividad")
    highlighted_list_min: int = 3  # fewest category names, a paragraph each, one after another, that make a list


@dataclass(frozen=True)
class SourceSettings(_Positive):
    """The PDF page sources' readings beyond the file's objects (`readers.pdf.sources`): a glyph's
    ink read as a capital (pdfium), form-field values placed as a viewer shows them (both engines)."""

    small_capital_ink: float = 0.6  # font sizes: a lowercase letter whose glyph's ink reaches this high over its
    # baseline is drawn as a capital (capitals reach about 0.65-0.73 em, a lowercase x-height 0.45-0.55 em)
    field_padding: float = 2.0  # points between a text field's box and its value, as viewers draw it
    field_leading: float = 1.15  # font sizes from one line of a multiline field's value to the next
    field_auto_size: float = 10.0  # points: the size of a multiline field's value whose /DA size is 0 (auto)


@dataclass(frozen=True)
class ScanSettings(_Positive):
    """The image analysis and OCR of scanned pages (`readers/pdf/scan.py`, `sources/scan_source.py`)
    besides the `scan_*` values of `LayoutSettings`: grey levels run 0 (black) to 255 (white)."""

    skew_width: int = 1200  # pixels: width of the reduced page the skew is searched on
    ruled_edge: float = 0.25  # share of a fill's edge on drawn rules from which its colour is measured without them
    pale_panel: float = 6.0  # times the opening's side (`scan_fill_min`): smallest side of a pale panel found by
    # its closed noise
    rule_share: float = 0.1  # share of a row's (column's) pixels that may be of the fill's colour on a rule across it
    noise: float = 0.2  # share of the distance from a panel's colour to white within which a pixel is the panel's
    mid_grey: int = 128  # grey level of a panel's cell from which its text is dark (`light_cells`)
    paper_level: int = 235  # grey level from which a pixel of a panel made readable is paper (`scan_paper`'s 0.92)
    specks: float = 0.02  # share of an area's pixels that noise may leave as ink on paper
    side_ink: float = 0.7  # share of a crop's edge row or column that ink covers for it to be a cell's side
    ink_level: int = 128  # grey level under which a pixel of a cleaned page is ink
    split_margin: int = 4  # pixels around a cut piece's first boxes read again (Tesseract's boxes are tight to ink)
    short_word: int = 2  # letters or digits: a word this short is too little ink to tell its weight by (a, y, de)
    twin_side: int = 16  # pixels: the side the shapes compared by `twins` are scaled to
    dark_paper: int = 110  # grey level under which a page's median pixel is dark paper (read as its negative)
    bullet_hull: float = 0.85  # share of its convex hull a one-character word's ink fills at least to be a bullet
    mark_bowl: float = 0.85  # share of its convex hull from which a filled box's largest hole is a letter's counter


@dataclass(frozen=True)
class Settings:
    """Every tolerance of the pipeline, one section per step (see the module's docstring)."""

    layout: LayoutSettings = LayoutSettings()
    docx: DocxSettings = DocxSettings()
    fichas: FichaSettings = FichaSettings()
    paragraphs: ParagraphSettings = ParagraphSettings()
    rows: RowSettings = RowSettings()
    regions: RegionSettings = RegionSettings()
    fields: FieldSettings = FieldSettings()
    matching: MatchingSettings = MatchingSettings()
    sources: SourceSettings = SourceSettings()
    ocr: ScanSettings = ScanSettings()


SETTINGS = Settings()  # the defaults every step uses
LAYOUT = SETTINGS.layout  # the readers' defaults, which the PDF reader's steps take unless given others
SCAN = SETTINGS.ocr  # the scan analysis's defaults
