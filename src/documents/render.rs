//! Draws laid-out pages with krilla: selectable text in the embedded font,
//! vector lines and shapes, and a footer on every page with who made the
//! document, when, and the page number out of the total.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::TextDirection;
use krilla::Document;

use super::fonts::{text_width, Weight};
use super::layout::{Op, Page, Rgb, MARGIN, MUTED, PAGE_HEIGHT, PAGE_WIDTH, RULE};
use crate::error::{Error, Result};

pub(crate) struct Footer {
    /// For instance "Mia Chen · 5 December 2026".
    pub left: String,
}

pub(crate) fn render(title: &str, pages: Vec<Page>, footer: &Footer) -> Result<Vec<u8>> {
    let mut document = Document::new();
    let count = pages.len();
    for (index, page) in pages.into_iter().enumerate() {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).expect("A4 is a valid page size");
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for op in &page.ops {
            draw(&mut surface, op);
        }
        for op in footer_ops(footer, index + 1, count) {
            draw(&mut surface, &op);
        }
        surface.finish();
        pdf_page.finish();
    }
    document.set_metadata(Metadata::new().title(title.to_owned()).creator("Coachbook".to_owned()));
    document.finish().map_err(|e| Error::Io(std::io::Error::other(format!("The PDF could not be made: {e:?}"))))
}

fn footer_ops(footer: &Footer, number: usize, count: usize) -> Vec<Op> {
    let y = PAGE_HEIGHT - MARGIN + 10.0;
    let right = PAGE_WIDTH - MARGIN;
    let page = format!("Page {number} of {count}");
    let size = 8.0;
    vec![
        Op::Line { from: (MARGIN, y - 12.0), to: (right, y - 12.0), width: 0.4, color: RULE, dashed: false },
        Op::Text { x: MARGIN, y, size, weight: Weight::Regular, color: MUTED, text: footer.left.clone() },
        Op::Text { x: right - text_width(&page, Weight::Regular, size), y, size, weight: Weight::Regular, color: MUTED, text: page },
    ]
}

fn color(c: Rgb) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn fill(c: Rgb) -> Fill {
    Fill { paint: color(c).into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}

fn stroke(c: Rgb, width: f32, dashed: bool) -> Stroke {
    let dash = dashed.then(|| StrokeDash { array: vec![3.0, 2.5], offset: 0.0 });
    Stroke { paint: color(c).into(), width, dash, ..Stroke::default() }
}

fn draw(surface: &mut Surface<'_>, op: &Op) {
    match op {
        Op::Text { x, y, size, weight, color: c, text } => {
            surface.set_fill(Some(fill(*c)));
            surface.set_stroke(None);
            surface.draw_text(Point::from_xy(*x, *y), weight.krilla_font(), *size, text, false, TextDirection::Auto);
        }
        Op::Line { from, to, width, color: c, dashed } => {
            let mut path = PathBuilder::new();
            path.move_to(from.0, from.1);
            path.line_to(to.0, to.1);
            stroke_path(surface, path, stroke(*c, *width, *dashed));
        }
        Op::Polyline { points, width, color: c } => {
            let mut path = PathBuilder::new();
            for (i, (x, y)) in points.iter().enumerate() {
                if i == 0 {
                    path.move_to(*x, *y);
                } else {
                    path.line_to(*x, *y);
                }
            }
            stroke_path(surface, path, stroke(*c, *width, false));
        }
        Op::Rect { x, y, w, h, fill: inside, stroke: edge } => {
            let mut path = PathBuilder::new();
            path.move_to(*x, *y);
            path.line_to(x + w, *y);
            path.line_to(x + w, y + h);
            path.line_to(*x, y + h);
            path.close();
            let Some(path) = path.finish() else { return };
            surface.set_fill(inside.map(fill));
            surface.set_stroke(edge.map(|c| stroke(c, 0.8, false)));
            surface.draw_path(&path);
        }
        Op::Dot { x, y, radius, color: c } => {
            let mut path = PathBuilder::new();
            // A small diamond reads as a data point at print sizes and needs no curves.
            path.move_to(*x, y - radius);
            path.line_to(x + radius, *y);
            path.line_to(*x, y + radius);
            path.line_to(x - radius, *y);
            path.close();
            let Some(path) = path.finish() else { return };
            surface.set_fill(Some(fill(*c)));
            surface.set_stroke(None);
            surface.draw_path(&path);
        }
    }
}

fn stroke_path(surface: &mut Surface<'_>, path: PathBuilder, line: Stroke) {
    let Some(path) = path.finish() else { return };
    surface.set_fill(None);
    surface.set_stroke(Some(line));
    surface.draw_path(&path);
}
