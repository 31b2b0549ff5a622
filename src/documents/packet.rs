//! The candidate packet for the hiring committee: the overall picture, then
//! every exercise with each assessor's submitted scores, where they disagree,
//! the timing, the rounds and what changed between them, takeaways and
//! recommendations, and the strength profile against the team. Built from
//! the candidate page's views under the blind-scoring rule: drafts and
//! scorecards hidden from the viewer are never in it.

use super::chart::{bars_height, paired_bars, BarRow};
use super::format::{date, duration, number, recommendation, share};
use super::layout::{Column, Flow};
use super::Draft;
use crate::error::Result;
use crate::ids::PersonId;
use crate::people::Person;
use crate::scorecards::{CandidateOverview, Exercise, RecommendationTally, Scorecard, ScorecardStatus, TimingVerdict};
use crate::Coachbook;

pub(super) fn build(book: &Coachbook, candidate: &PersonId, viewer: Option<&str>) -> Result<Draft> {
    let person = book.get_person(candidate)?;
    let overview = book.candidate_overview(candidate, viewer)?;
    let mut flow = Flow::new();
    flow.title(&format!("Candidate packet: {}", person.name));
    flow.subtitle(&subtitle(&person));
    overall(&mut flow, &overview);
    for (index, exercise) in overview.exercises.iter().enumerate() {
        if index > 0 {
            flow.new_page();
        }
        let cards: Vec<Scorecard> = exercise
            .scorecards
            .iter()
            .filter(|c| c.status == ScorecardStatus::Submitted && !c.hidden)
            .map(|c| book.get_scorecard(&c.id, viewer))
            .collect::<Result<_>>()?;
        exercise_section(&mut flow, exercise, &cards);
        let profile = book.strength_profile(candidate, &exercise.rubric_id, viewer)?;
        if profile.rows.iter().any(|r| r.person.is_some()) {
            flow.subheading("Strength profile against the team");
            let rows: Vec<BarRow> = profile
                .rows
                .iter()
                .map(|r| BarRow { label: r.criterion.clone(), person: r.person, team: r.team, max: f64::from(r.scale_max) })
                .collect();
            flow.drawing(bars_height(&rows), |ops, x, y, w| paired_bars(ops, x, y, w, &rows));
            let members = profile.rows.iter().map(|r| r.team_members).max().unwrap_or(0);
            flow.muted(&format!("Team average from {members} current rep(s) scored on this exercise."));
        }
    }
    let title = format!("Candidate packet: {}", person.name);
    Ok(Draft { file_stem: format!("Candidate packet {}", person.name), title, pages: flow.finish() })
}

fn subtitle(person: &Person) -> String {
    let mut parts = Vec::new();
    if let Some(opening) = &person.opening {
        parts.push(format!("Opening: {opening}"));
    }
    if let Some(stage) = person.stage {
        parts.push(format!("Stage: {}", stage.as_str().replace('_', " ")));
    }
    if parts.is_empty() { "Hiring committee packet".into() } else { parts.join(" · ") }
}

fn overall(flow: &mut Flow, overview: &CandidateOverview) {
    flow.heading("Overall picture");
    if overview.submitted == 0 {
        flow.paragraph("No submitted scorecards yet: nothing to weigh. Drafts never appear in a packet.");
    }
    flow.facts(&[
        ("Overall result", share(overview.overall_share)),
        ("Exercises", overview.exercises.len().to_string()),
        ("Submitted scorecards", overview.submitted.to_string()),
        ("Recommendations", tally(&overview.recommendations)),
    ]);
    if overview.hidden_until_submitted {
        flow.warning("Some scorecards stay hidden until you submit your own (blind scoring); they are not in this packet.");
    }
    let rows: Vec<Vec<String>> = overview
        .exercises
        .iter()
        .map(|e| vec![e.rubric_name.clone(), share(e.average_share), counted(e).to_string()])
        .collect();
    if !rows.is_empty() {
        flow.table(&[Column { title: "Exercise", share: 3.0 }, Column { title: "Average", share: 1.0 }, Column { title: "Scorecards", share: 1.0 }], &rows);
    }
}

fn counted(exercise: &Exercise) -> usize {
    exercise.scorecards.iter().filter(|c| c.status == ScorecardStatus::Submitted && !c.hidden).count()
}

pub(super) fn tally(t: &RecommendationTally) -> String {
    let parts: Vec<String> = [(t.strong_yes, "strong yes"), (t.yes, "yes"), (t.no, "no"), (t.strong_no, "strong no")]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, label)| format!("{n} {label}"))
        .collect();
    if parts.is_empty() { "none yet".into() } else { parts.join(", ") }
}

fn exercise_section(flow: &mut Flow, exercise: &Exercise, cards: &[Scorecard]) {
    flow.heading(&format!("Exercise: {}", exercise.rubric_name));
    flow.facts(&[("Average", share(exercise.average_share)), ("Submitted scorecards", cards.len().to_string())]);
    if cards.is_empty() {
        flow.muted("No submitted scorecard on this exercise yet.");
        return;
    }
    scores_table(flow, exercise);
    for card in cards {
        scorecard(flow, card);
    }
}

/// Criteria down, assessors across, with the spread and a flag where they disagree.
fn scores_table(flow: &mut Flow, exercise: &Exercise) {
    let mut assessors: Vec<String> = Vec::new();
    for c in &exercise.criteria {
        for s in &c.scores {
            if !assessors.contains(&s.assessor) {
                assessors.push(s.assessor.clone());
            }
        }
    }
    let mut columns = vec![Column { title: "Criterion", share: 3.0 }];
    columns.extend(assessors.iter().map(|a| Column { title: a.as_str(), share: 1.2 }));
    columns.push(Column { title: "Average", share: 1.0 });
    columns.push(Column { title: "Spread", share: 1.3 });
    let rows: Vec<Vec<String>> = exercise
        .criteria
        .iter()
        .map(|c| {
            let mut row = vec![format!("{} (of {})", c.name, c.scale_max)];
            row.extend(assessors.iter().map(|a| c.scores.iter().find(|s| &s.assessor == a).map(|s| s.score.to_string()).unwrap_or_else(|| "—".into())));
            row.push(c.average.map(|a| format!("{a:.1}")).unwrap_or_else(|| "—".into()));
            row.push(match c.spread {
                Some(spread) if c.disagreement => format!("{spread} · disagree"),
                Some(spread) => spread.to_string(),
                None => "—".into(),
            });
            row
        })
        .collect();
    flow.table(&columns, &rows);
    let split: Vec<&str> = exercise.criteria.iter().filter(|c| c.disagreement).map(|c| c.name.as_str()).collect();
    if !split.is_empty() {
        flow.warning(&format!("Assessors disagree on: {}.", split.join(", ")));
    }
}

fn scorecard(flow: &mut Flow, card: &Scorecard) {
    flow.subheading(&format!("{} · {}", card.assessor, date(card.scored_on)));
    let mut facts = vec![
        ("Result", share(card.total.share)),
        ("Recommendation", card.recommendation.map(recommendation).unwrap_or("none given").to_owned()),
        ("Rounds", card.rounds.len().to_string()),
    ];
    if let Some(t) = &card.timing {
        let verdict = match t.verdict {
            TimingVerdict::WithinLimit => "within the limit".to_owned(),
            TimingVerdict::Over => format!("over by {}", duration(t.overtime_seconds)),
            TimingVerdict::FarOver => format!("far over, by {}", duration(t.overtime_seconds)),
        };
        facts.push(("Timer", format!("{} of {} · {verdict}", duration(t.duration_seconds), duration(f64::from(t.limit_seconds)))));
    }
    flow.facts(&facts);
    if card.rounds.len() > 1 {
        let name = |id: &crate::ids::CriterionId| card.rubric.criteria.iter().find(|c| &c.id == id).map(|c| c.name.clone()).unwrap_or_default();
        let rows: Vec<Vec<String>> = card
            .changes
            .iter()
            .map(|c| {
                let score = |s: Option<u32>| s.map(|s| s.to_string()).unwrap_or_else(|| "—".into());
                let change = c.change.map(|d| if d > 0 { format!("+{d}") } else { d.to_string() }).unwrap_or_else(|| "—".into());
                vec![name(&c.criterion_id), score(c.first), score(c.last), change]
            })
            .collect();
        flow.muted(&format!(
            "Rounds: {} (first round {}, last {}).",
            card.rounds.len(),
            share(card.rounds.first().and_then(|r| r.total.share)),
            share(card.rounds.last().and_then(|r| r.total.share))
        ));
        for round in card.rounds.iter().skip(1).filter(|r| !r.coaching.trim().is_empty()) {
            flow.indented(&format!("Coaching before round {}: {}", round.round, round.coaching), 8.0);
        }
        flow.table(
            &[Column { title: "Criterion", share: 3.0 }, Column { title: "First round", share: 1.0 }, Column { title: "Last round", share: 1.0 }, Column { title: "Change", share: 1.0 }],
            &rows,
        );
    }
    if let Some(evidence) = &card.coachability {
        flow.muted(&format!("Coachability: {} ({} point(s) over {} round(s) compared).", format!("{:?}", evidence.verdict).to_lowercase(), number(f64::from(evidence.change)), evidence.compared));
    }
    if card.takeaways.trim().is_empty() {
        flow.muted("No takeaways written.");
    } else {
        flow.muted("Key takeaways");
        flow.paragraph(&card.takeaways);
    }
}
