//! The interview kit: a printed scoring sheet per exercise with the
//! directions, the time limit, every criterion's levels as boxes to tick and
//! room for notes; for a candidate, with their name and planned exercises.

use super::format::{duration, number};
use super::layout::Flow;
use super::Draft;
use crate::error::{Error, Result};
use crate::ids::{PersonId, RubricId};
use crate::rubrics::{Rubric, RubricKind};
use crate::scorecards::Recommendation;
use crate::Coachbook;

pub(super) fn build(book: &Coachbook, rubric_ids: &[RubricId], candidate: Option<&PersonId>) -> Result<Draft> {
    let person = candidate.map(|id| book.get_person(id)).transpose()?;
    let mut ids: Vec<RubricId> = rubric_ids.to_vec();
    if ids.is_empty() {
        if let Some(person) = &person {
            ids = planned_exercises(book, &person.id)?;
        }
    }
    if ids.is_empty() {
        return Err(Error::invalid("rubricIds", "Choose at least one exercise for the interview kit."));
    }
    let rubrics: Vec<Rubric> = ids.iter().map(|id| book.get_rubric(id)).collect::<Result<_>>()?;
    let mut flow = Flow::new();
    for (i, rubric) in rubrics.iter().enumerate() {
        if i > 0 {
            flow.new_page();
        }
        exercise_sheet(&mut flow, rubric, person.as_ref().map(|p| (p.name.as_str(), p.opening.as_deref())), &rubrics, i);
    }
    let title = match &person {
        Some(p) => format!("Interview kit for {}", p.name),
        None => format!("Interview kit: {}", rubrics[0].name),
    };
    Ok(Draft { file_stem: title.clone(), title, pages: flow.finish() })
}

/// The candidate's planned exercises: every rubric they have a scorecard on,
/// draft or not, whoever the assessor (only the rubric is read, no score).
fn planned_exercises(book: &Coachbook, person: &PersonId) -> Result<Vec<RubricId>> {
    let conn = book.conn();
    let mut statement = conn.prepare(
        "SELECT v.rubric_id FROM scorecards s JOIN rubric_versions v ON v.id = s.rubric_version_id
         WHERE s.person_id = ?1 GROUP BY v.rubric_id ORDER BY MIN(s.created_at)",
    )?;
    let ids = statement.query_map([person], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

fn exercise_sheet(flow: &mut Flow, rubric: &Rubric, candidate: Option<(&str, Option<&str>)>, all: &[Rubric], index: usize) {
    flow.title(&format!("Interview kit: {}", rubric.name));
    match candidate {
        Some((name, opening)) => {
            let opening = opening.map(|o| format!(" · {o}")).unwrap_or_default();
            flow.subtitle(&format!("Candidate: {name}{opening} · exercise {} of {}", index + 1, all.len()));
            if index == 0 && all.len() > 1 {
                let planned: Vec<&str> = all.iter().map(|r| r.name.as_str()).collect();
                flow.muted(&format!("Exercises planned: {}", planned.join(", ")));
            }
        }
        None => flow.subtitle("Candidate: ______________________    Date: ____________    Assessor: ____________________"),
    }
    let total_weight: f64 = rubric.criteria.iter().map(|c| c.weight).sum();
    let mut facts = vec![("Exercise", kind_label(rubric.kind).to_owned()), ("Version", rubric.version.to_string())];
    if let Some(limit) = rubric.time_limit_seconds {
        facts.push(("Time limit", format!("{} minutes", duration(f64::from(limit)))));
    }
    facts.push(("Criteria", rubric.criteria.len().to_string()));
    flow.facts(&facts);
    flow.heading("Directions");
    if rubric.description.trim().is_empty() {
        flow.muted("No directions are written for this exercise.");
    } else {
        flow.paragraph(&rubric.description);
    }
    if let Some(limit) = rubric.time_limit_seconds {
        flow.paragraph(&format!(
            "Time it: started at ________  stopped at ________  duration ________ (limit {}; over the limit counts against timing).",
            duration(f64::from(limit))
        ));
    }
    flow.heading("Criteria");
    for (n, criterion) in rubric.criteria.iter().enumerate() {
        let weight = if total_weight > 0.0 { format!(" · weight {} ({:.0}%)", number(criterion.weight), criterion.weight / total_weight * 100.0) } else { String::new() };
        flow.subheading(&format!("{}. {}{weight}", n + 1, criterion.name));
        if !criterion.description.trim().is_empty() {
            flow.paragraph(&criterion.description);
        }
        for (level, anchor) in criterion.anchors.iter().enumerate() {
            flow.tick_box(&format!("{}  {}", level + 1, anchor), 8.0);
        }
        flow.muted("Notes");
        flow.writing_lines(2);
    }
    flow.heading("Overall");
    flow.muted("Recommendation");
    for r in [Recommendation::StrongNo, Recommendation::No, Recommendation::Yes, Recommendation::StrongYes] {
        flow.tick_box(super::format::recommendation(r), 8.0);
    }
    flow.muted("Key takeaways");
    flow.writing_lines(4);
}

fn kind_label(kind: RubricKind) -> &'static str {
    match kind {
        RubricKind::Presentation => "Presentation",
        RubricKind::WrittenExercise => "Written exercise",
        RubricKind::RolePlay => "Role play",
        RubricKind::Custom => "Custom",
    }
}
