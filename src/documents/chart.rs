//! Charts as vector drawings: a weekly line against its target, and a
//! person's bars beside the team's. Same data as the screen's charts.

use super::fonts::{text_width, Weight};
use super::layout::{Op, Rgb, ACCENT, INK, MUTED, RULE, TEAM, WARN};
use super::format::number;

pub(crate) struct LineChart<'a> {
    /// One point per week, oldest first; `None` where nothing was recorded.
    pub points: &'a [(String, Option<f64>)],
    pub target: Option<f64>,
    /// Drawn in the warning colour when the storm warning is up.
    pub warned: bool,
}

pub(crate) const LINE_CHART_HEIGHT: f32 = 120.0;

pub(crate) fn line_chart(ops: &mut Vec<Op>, left: f32, top: f32, width: f32, chart: &LineChart<'_>) {
    let (label_room, bottom_room) = (34.0, 16.0);
    let (x0, x1) = (left + label_room, left + width);
    let (y0, y1) = (top + 6.0, top + LINE_CHART_HEIGHT - bottom_room);
    let top_value = chart.points.iter().filter_map(|p| p.1).chain(chart.target).fold(0.0_f64, f64::max).max(1.0) * 1.1;
    let y_of = |v: f64| y1 - (v / top_value) as f32 * (y1 - y0);
    let n = chart.points.len().max(2) as f32 - 1.0;
    let x_of = |i: usize| x0 + i as f32 / n * (x1 - x0);
    ops.push(Op::Line { from: (x0, y1), to: (x1, y1), width: 0.6, color: RULE, dashed: false });
    ops.push(Op::Line { from: (x0, y0), to: (x0, y1), width: 0.6, color: RULE, dashed: false });
    axis_label(ops, "0", x0 - 4.0, y1);
    axis_label(ops, &number(top_value / 1.1), x0 - 4.0, y_of(top_value / 1.1));
    if let Some(target) = chart.target {
        ops.push(Op::Line { from: (x0, y_of(target)), to: (x1, y_of(target)), width: 0.8, color: MUTED, dashed: true });
        let label = format!("target {}", number(target));
        let size = 7.5;
        ops.push(Op::Text { x: x1 - text_width(&label, Weight::Regular, size), y: y_of(target) - 3.0, size, weight: Weight::Regular, color: MUTED, text: label });
    }
    let colour: Rgb = if chart.warned { WARN } else { ACCENT };
    // A gap in the weeks breaks the line rather than bridging it.
    let mut run: Vec<(f32, f32)> = Vec::new();
    for (i, (_, value)) in chart.points.iter().enumerate() {
        match value {
            Some(v) => {
                let point = (x_of(i), y_of(*v));
                ops.push(Op::Dot { x: point.0, y: point.1, radius: 2.2, color: colour });
                run.push(point);
            }
            None => flush(ops, &mut run, colour),
        }
    }
    flush(ops, &mut run, colour);
    if let (Some(first), Some(last)) = (chart.points.first(), chart.points.last()) {
        let size = 7.5;
        ops.push(Op::Text { x: x0, y: y1 + 11.0, size, weight: Weight::Regular, color: MUTED, text: first.0.clone() });
        let w = text_width(&last.0, Weight::Regular, size);
        ops.push(Op::Text { x: x1 - w, y: y1 + 11.0, size, weight: Weight::Regular, color: MUTED, text: last.0.clone() });
    }
}

fn flush(ops: &mut Vec<Op>, run: &mut Vec<(f32, f32)>, colour: Rgb) {
    if run.len() > 1 {
        ops.push(Op::Polyline { points: run.clone(), width: 1.4, color: colour });
    }
    run.clear();
}

fn axis_label(ops: &mut Vec<Op>, text: &str, right: f32, middle: f32) {
    let size = 7.5;
    let x = right - text_width(text, Weight::Regular, size);
    ops.push(Op::Text { x, y: middle + 2.5, size, weight: Weight::Regular, color: MUTED, text: text.to_owned() });
}

/// One criterion: the person's average and the team's, on a scale to `max`.
pub(crate) struct BarRow {
    pub label: String,
    pub person: Option<f64>,
    pub team: Option<f64>,
    pub max: f64,
}

const BAR_ROW: f32 = 22.0;

pub(crate) fn bars_height(rows: &[BarRow]) -> f32 {
    rows.len() as f32 * BAR_ROW + 14.0
}

/// Horizontal bars: the person's (accent) above the team's (grey), each with its value.
pub(crate) fn paired_bars(ops: &mut Vec<Op>, left: f32, top: f32, width: f32, rows: &[BarRow]) {
    let label_width = width * 0.38;
    let (x0, x1) = (left + label_width, left + width - 40.0);
    for (i, row) in rows.iter().enumerate() {
        let y = top + i as f32 * BAR_ROW;
        let size = 8.5;
        ops.push(Op::Text { x: left, y: y + 10.0, size, weight: Weight::Regular, color: INK, text: clip(&row.label, label_width - 6.0, size) });
        for (value, colour, offset, height) in [(row.person, ACCENT, 2.0, 8.0), (row.team, TEAM, 11.0, 5.0)] {
            let Some(value) = value else { continue };
            let w = (value / row.max.max(1.0)).clamp(0.0, 1.0) as f32 * (x1 - x0);
            ops.push(Op::Rect { x: x0, y: y + offset, w: w.max(0.5), h: height, fill: Some(colour), stroke: None });
            ops.push(Op::Text { x: x0 + w + 4.0, y: y + offset + height - 1.0, size: 7.5, weight: Weight::Regular, color: MUTED, text: format!("{:.1}", value) });
        }
    }
    let y = top + rows.len() as f32 * BAR_ROW + 8.0;
    ops.push(Op::Rect { x: x0, y: y - 6.0, w: 8.0, h: 6.0, fill: Some(ACCENT), stroke: None });
    ops.push(Op::Text { x: x0 + 12.0, y, size: 7.5, weight: Weight::Regular, color: MUTED, text: "This person".into() });
    ops.push(Op::Rect { x: x0 + 80.0, y: y - 6.0, w: 8.0, h: 6.0, fill: Some(TEAM), stroke: None });
    ops.push(Op::Text { x: x0 + 92.0, y, size: 7.5, weight: Weight::Regular, color: MUTED, text: "Team average".into() });
}

/// Shortens a label with an ellipsis so it fits `width`.
fn clip(text: &str, width: f32, size: f32) -> String {
    if text_width(text, Weight::Regular, size) <= width {
        return text.to_owned();
    }
    let mut out: String = text.to_owned();
    while !out.is_empty() && text_width(&format!("{out}…"), Weight::Regular, size) > width {
        out.pop();
    }
    format!("{}…", out.trim_end())
}
