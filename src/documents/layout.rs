//! A small flow layout: blocks (headings, paragraphs, facts, tables, boxes to
//! tick, charts) placed top to bottom on A4 pages, breaking to a new page
//! where the next line does not fit. It only decides where things go; the
//! renderer draws them, and adds the footer once the page count is known.

use super::fonts::{text_width, Weight};

pub(crate) const PAGE_WIDTH: f32 = 595.0;
pub(crate) const PAGE_HEIGHT: f32 = 842.0;
pub(crate) const MARGIN: f32 = 50.0;
/// Room kept at the foot of each page for the footer.
pub(crate) const FOOTER_ROOM: f32 = 42.0;
const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
const BOTTOM: f32 = PAGE_HEIGHT - MARGIN - FOOTER_ROOM;
/// Wrapping keeps this much spare width for the kerning the measure leaves out.
const WRAP_SLACK: f32 = 0.97;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rgb(pub u8, pub u8, pub u8);

pub(crate) const INK: Rgb = Rgb(0x1f, 0x23, 0x28);
pub(crate) const MUTED: Rgb = Rgb(0x5f, 0x66, 0x70);
pub(crate) const RULE: Rgb = Rgb(0xc9, 0xce, 0xd4);
pub(crate) const SHADE: Rgb = Rgb(0xef, 0xf1, 0xf4);
pub(crate) const ACCENT: Rgb = Rgb(0x25, 0x63, 0xeb);
pub(crate) const WARN: Rgb = Rgb(0xb4, 0x3c, 0x1a);
pub(crate) const TEAM: Rgb = Rgb(0x9a, 0xa3, 0xae);

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Op {
    /// `y` is the baseline.
    Text { x: f32, y: f32, size: f32, weight: Weight, color: Rgb, text: String },
    Line { from: (f32, f32), to: (f32, f32), width: f32, color: Rgb, dashed: bool },
    Rect { x: f32, y: f32, w: f32, h: f32, fill: Option<Rgb>, stroke: Option<Rgb> },
    Polyline { points: Vec<(f32, f32)>, width: f32, color: Rgb },
    Dot { x: f32, y: f32, radius: f32, color: Rgb },
}

#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Page {
    pub ops: Vec<Op>,
}

/// A table column: its title and its share of the width.
pub(crate) struct Column<'a> {
    pub title: &'a str,
    pub share: f32,
}

pub(crate) struct Flow {
    pages: Vec<Page>,
    /// The top of the next block on the current page.
    y: f32,
}

#[derive(Clone, Copy)]
struct TextStyle {
    size: f32,
    weight: Weight,
    color: Rgb,
}

const BODY: TextStyle = TextStyle { size: 10.0, weight: Weight::Regular, color: INK };
const SMALL: TextStyle = TextStyle { size: 8.5, weight: Weight::Regular, color: MUTED };

impl Flow {
    pub(crate) fn new() -> Self {
        Flow { pages: vec![Page::default()], y: MARGIN }
    }

    pub(crate) fn finish(self) -> Vec<Page> {
        self.pages
    }

    pub(crate) fn left(&self) -> f32 {
        MARGIN
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        &mut self.pages.last_mut().expect("a flow always has a page").ops
    }

    pub(crate) fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` still fits on this one.
    pub(crate) fn keep(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > MARGIN {
            self.new_page();
        }
    }

    pub(crate) fn space(&mut self, height: f32) {
        self.y = (self.y + height).min(BOTTOM);
    }

    pub(crate) fn title(&mut self, text: &str) {
        self.lines(text, TextStyle { size: 18.0, weight: Weight::Bold, color: INK }, 0.0);
        self.space(2.0);
    }

    pub(crate) fn subtitle(&mut self, text: &str) {
        self.lines(text, TextStyle { size: 10.5, weight: Weight::Regular, color: MUTED }, 0.0);
        self.space(8.0);
    }

    /// A section heading, kept on the page with at least a few lines after it.
    pub(crate) fn heading(&mut self, text: &str) {
        self.space(12.0);
        self.keep(70.0);
        self.lines(text, TextStyle { size: 13.0, weight: Weight::Bold, color: INK }, 0.0);
        let (x, y) = (self.left(), self.y + 1.0);
        self.ops().push(Op::Line { from: (x, y), to: (x + CONTENT_WIDTH, y), width: 0.6, color: RULE, dashed: false });
        self.space(6.0);
    }

    pub(crate) fn subheading(&mut self, text: &str) {
        self.space(6.0);
        self.keep(45.0);
        self.lines(text, TextStyle { size: 11.0, weight: Weight::Bold, color: INK }, 0.0);
        self.space(2.0);
    }

    pub(crate) fn paragraph(&mut self, text: &str) {
        self.lines(text, BODY, 0.0);
        self.space(4.0);
    }

    pub(crate) fn indented(&mut self, text: &str, indent: f32) {
        self.lines(text, BODY, indent);
        self.space(3.0);
    }

    pub(crate) fn muted(&mut self, text: &str) {
        self.lines(text, SMALL, 0.0);
        self.space(4.0);
    }

    pub(crate) fn warning(&mut self, text: &str) {
        self.lines(text, TextStyle { size: 10.0, weight: Weight::Bold, color: WARN }, 0.0);
        self.space(4.0);
    }

    /// Label and value pairs, labels in a narrow column on the left.
    pub(crate) fn facts(&mut self, facts: &[(&str, String)]) {
        let label_width = 130.0;
        for (label, value) in facts {
            let value_lines = wrap(value, BODY.weight, BODY.size, CONTENT_WIDTH - label_width);
            let height = line_height(BODY.size) * value_lines.len().max(1) as f32;
            self.keep(height);
            let top = self.y;
            self.put_line(label, TextStyle { size: 9.5, weight: Weight::Bold, color: MUTED }, self.left(), top);
            for (i, line) in value_lines.iter().enumerate() {
                self.put_line(line, BODY, self.left() + label_width, top + i as f32 * line_height(BODY.size));
            }
            self.y = top + height + 2.0;
        }
        self.space(4.0);
    }

    /// A table with a shaded header row (repeated after a page break) and
    /// cells that wrap.
    pub(crate) fn table(&mut self, columns: &[Column<'_>], rows: &[Vec<String>]) {
        let total: f32 = columns.iter().map(|c| c.share).sum();
        let widths: Vec<f32> = columns.iter().map(|c| c.share / total * CONTENT_WIDTH).collect();
        let header: Vec<String> = columns.iter().map(|c| c.title.to_owned()).collect();
        let header_style = TextStyle { size: 9.0, weight: Weight::Bold, color: INK };
        let cell_style = TextStyle { size: 9.0, weight: Weight::Regular, color: INK };
        let header_height = self.row_height(&header, &widths, header_style);
        self.keep(header_height + line_height(9.0) * 2.0);
        self.table_row(&header, &widths, header_style, Some(SHADE));
        for row in rows {
            let height = self.row_height(row, &widths, cell_style);
            if self.y + height > BOTTOM {
                self.new_page();
                self.table_row(&header, &widths, header_style, Some(SHADE));
            }
            self.table_row(row, &widths, cell_style, None);
        }
        self.space(8.0);
    }

    fn row_height(&self, cells: &[String], widths: &[f32], style: TextStyle) -> f32 {
        let lines = cells.iter().zip(widths).map(|(c, w)| wrap(c, style.weight, style.size, w - 8.0).len()).max().unwrap_or(1);
        lines.max(1) as f32 * line_height(style.size) + 6.0
    }

    fn table_row(&mut self, cells: &[String], widths: &[f32], style: TextStyle, fill: Option<Rgb>) {
        let height = self.row_height(cells, widths, style);
        let top = self.y;
        if let Some(fill) = fill {
            let x = self.left();
            self.ops().push(Op::Rect { x, y: top, w: CONTENT_WIDTH, h: height, fill: Some(fill), stroke: None });
        }
        let mut x = self.left();
        for (cell, width) in cells.iter().zip(widths) {
            for (i, line) in wrap(cell, style.weight, style.size, width - 8.0).iter().enumerate() {
                self.put_line(line, style, x + 4.0, top + 3.0 + i as f32 * line_height(style.size));
            }
            x += width;
        }
        let (left, bottom) = (self.left(), top + height);
        self.ops().push(Op::Line { from: (left, bottom), to: (left + CONTENT_WIDTH, bottom), width: 0.4, color: RULE, dashed: false });
        self.y = bottom;
    }

    /// A box to tick, then its label (wrapped beside it).
    pub(crate) fn tick_box(&mut self, label: &str, indent: f32) {
        let x = self.left() + indent;
        let lines = wrap(label, BODY.weight, BODY.size, CONTENT_WIDTH - indent - 18.0);
        let height = lines.len().max(1) as f32 * line_height(BODY.size);
        self.keep(height);
        let top = self.y;
        self.ops().push(Op::Rect { x, y: top + 2.0, w: 9.0, h: 9.0, fill: None, stroke: Some(INK) });
        for (i, line) in lines.iter().enumerate() {
            self.put_line(line, BODY, x + 16.0, top + i as f32 * line_height(BODY.size));
        }
        self.y = top + height + 3.0;
    }

    /// Ruled lines to write notes on by hand.
    pub(crate) fn writing_lines(&mut self, count: usize) {
        for _ in 0..count {
            self.keep(20.0);
            self.y += 20.0;
            let (x, y) = (self.left(), self.y);
            self.ops().push(Op::Line { from: (x, y), to: (x + CONTENT_WIDTH, y), width: 0.4, color: RULE, dashed: false });
        }
        self.space(6.0);
    }

    /// A drawing of `height` points; `draw` gets the top-left corner and the width.
    pub(crate) fn drawing(&mut self, height: f32, draw: impl FnOnce(&mut Vec<Op>, f32, f32, f32)) {
        self.keep(height);
        let (x, y) = (self.left(), self.y);
        draw(self.ops(), x, y, CONTENT_WIDTH);
        self.y += height;
        self.space(6.0);
    }

    fn lines(&mut self, text: &str, style: TextStyle, indent: f32) {
        for line in wrap(text, style.weight, style.size, CONTENT_WIDTH - indent) {
            self.keep(line_height(style.size));
            let top = self.y;
            self.put_line(&line, style, self.left() + indent, top);
            self.y = top + line_height(style.size);
        }
    }

    fn put_line(&mut self, line: &str, style: TextStyle, x: f32, top: f32) {
        if line.is_empty() {
            return;
        }
        let op = Op::Text { x, y: top + style.size * 0.95, size: style.size, weight: style.weight, color: style.color, text: line.to_owned() };
        self.ops().push(op);
    }
}

pub(crate) fn line_height(size: f32) -> f32 {
    size * 1.35
}

/// Breaks `text` into lines no wider than `width`: at spaces where it can, inside
/// a word only when the word alone is too wide. Line breaks in the text are kept;
/// an empty text is one empty line.
pub(crate) fn wrap(text: &str, weight: Weight, size: f32, width: f32) -> Vec<String> {
    let width = width * WRAP_SLACK;
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
            if text_width(&candidate, weight, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line = split_long_word(word, weight, size, width, &mut lines);
        }
        lines.push(line);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// Pushes whole-width pieces of a word too long for one line; returns the rest.
fn split_long_word(word: &str, weight: Weight, size: f32, width: f32, lines: &mut Vec<String>) -> String {
    let mut piece = String::new();
    for c in word.chars() {
        piece.push(c);
        if text_width(&piece, weight, size) > width && piece.chars().count() > 1 {
            piece.pop();
            lines.push(std::mem::take(&mut piece));
            piece.push(c);
        }
    }
    piece
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_breaks_at_spaces_keeps_line_breaks_and_splits_only_overlong_words() {
        let lines = wrap("one two three four five six seven eight nine ten", Weight::Regular, 10.0, 80.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert!(lines.iter().all(|l| text_width(l, Weight::Regular, 10.0) <= 80.0));
        assert_eq!(lines.join(" "), "one two three four five six seven eight nine ten");
        assert_eq!(wrap("a\n\nb", Weight::Regular, 10.0, 200.0), vec!["a", "", "b"]);
        let long = "x".repeat(300);
        let pieces = wrap(&long, Weight::Regular, 10.0, 100.0);
        assert!(pieces.len() > 3);
        assert_eq!(pieces.concat(), long);
        assert_eq!(wrap("", Weight::Regular, 10.0, 100.0), vec![""]);
    }

    #[test]
    fn a_long_table_breaks_onto_new_pages_and_repeats_its_header() {
        let mut flow = Flow::new();
        let rows: Vec<Vec<String>> = (0..120).map(|i| vec![format!("row {i}"), "value".into()]).collect();
        flow.table(&[Column { title: "Name", share: 1.0 }, Column { title: "Value", share: 1.0 }], &rows);
        let pages = flow.finish();
        assert!(pages.len() >= 3, "{} pages", pages.len());
        for page in &pages {
            let headers = page.ops.iter().filter(|op| matches!(op, Op::Text { text, .. } if text == "Name")).count();
            assert_eq!(headers, 1);
            for op in &page.ops {
                if let Op::Text { y, .. } = op {
                    assert!(*y < PAGE_HEIGHT - MARGIN - FOOTER_ROOM + 12.0, "text in the footer room at {y}");
                }
            }
        }
    }
}
