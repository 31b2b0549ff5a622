//! The comparison of an opening's candidates, ranked as on the screen: each
//! exercise's average, the overall result, the assessors' spread, whether the
//! lead over the next candidate is wider than that spread, the
//! recommendations, then the takeaways candidate by candidate.

use super::format::share;
use super::layout::{Column, Flow};
use super::packet::tally;
use super::Draft;
use crate::error::Result;
use crate::Coachbook;

pub(super) fn build(book: &Coachbook, opening: &str, viewer: Option<&str>) -> Result<Draft> {
    let comparison = book.compare_candidates(opening, viewer)?;
    let title = format!("Candidates for {}", comparison.opening);
    let mut flow = Flow::new();
    flow.title(&title);
    flow.subtitle(&format!("{} candidate(s), ranked by their overall result; submitted scorecards only.", comparison.rows.len()));
    if comparison.rows.is_empty() {
        flow.paragraph("No active candidates for this opening.");
        return Ok(Draft { file_stem: title.clone(), title, pages: flow.finish() });
    }
    let mut columns = vec![Column { title: "#", share: 0.5 }, Column { title: "Candidate", share: 2.4 }];
    columns.extend(comparison.rubrics.iter().map(|r| Column { title: r.name.as_str(), share: 1.4 }));
    columns.extend([Column { title: "Overall", share: 1.1 }, Column { title: "Spread", share: 1.0 }, Column { title: "Lead", share: 1.4 }]);
    let rows: Vec<Vec<String>> = comparison
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut cells = vec![(i + 1).to_string(), row.person.name.clone()];
            cells.extend(row.shares.iter().zip(&row.scorecards).map(|(s, n)| if *n == 0 { "—".into() } else { format!("{} ({n})", share(*s)) }));
            cells.push(share(row.overall_share));
            cells.push(share(row.spread));
            cells.push(match row.lead {
                Some(_) if row.decisive => format!("{} · decisive", share(row.lead)),
                Some(_) => format!("{} · within the spread", share(row.lead)),
                None => "—".into(),
            });
            cells
        })
        .collect();
    flow.table(&columns, &rows);
    flow.muted("Cells show the exercise average and, in brackets, how many scorecards it rests on. A lead within the assessors' spread is noise, not a ranking.");
    if comparison.rows.iter().any(|r| r.hidden_until_submitted) {
        flow.warning("Some scorecards stay hidden until you submit your own (blind scoring); they are not counted here.");
    }
    flow.heading("Recommendations and takeaways");
    for (i, row) in comparison.rows.iter().enumerate() {
        flow.subheading(&format!("{}. {}", i + 1, row.person.name));
        flow.muted(&format!("Recommendations: {} · submitted scorecards: {}", tally(&row.recommendations), row.submitted));
        if row.takeaways.is_empty() {
            flow.muted("No takeaways written.");
        }
        for t in &row.takeaways {
            flow.indented(&format!("{} ({}): {}", t.rubric_name, t.assessor, t.text), 8.0);
        }
    }
    Ok(Draft { file_stem: title.clone(), title, pages: flow.finish() })
}
