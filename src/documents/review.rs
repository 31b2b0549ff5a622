//! The rep's review as a document: goal and funnel, plan against actuals,
//! KPI charts with their warnings, the KARE split, skills, open action items,
//! and what was shared from one-on-ones and feedback. Built from
//! `rep_review`, which never holds private notes or unshared feedback; the
//! person's own record notes (the manager's) are not printed either.

use chrono::NaiveDate;

use super::chart::{line_chart, LineChart, LINE_CHART_HEIGHT};
use super::format::{date, money, number, optional_date};
use super::layout::{Column, Flow};
use super::Draft;
use crate::error::Result;
use crate::feedback::Polarity;
use crate::goals::FunnelCounts;
use crate::ids::PersonId;
use crate::kare::{KareCategory, KareView, Shares};
use crate::kpis::warning::WarningState;
use crate::kpis::KpiSeries;
use crate::one_on_ones::Owner;
use crate::review::RepReview;
use crate::Coachbook;

pub(super) fn build(book: &Coachbook, person: &PersonId, today: NaiveDate) -> Result<Draft> {
    let review = book.rep_review(person, today)?;
    let name = review.person.name.clone();
    let title = format!("Review: {name}");
    let mut flow = Flow::new();
    flow.title(&title);
    let role = if review.person.title.trim().is_empty() { String::new() } else { format!("{} · ", review.person.title) };
    flow.subtitle(&format!("{role}as of {}", date(today)));
    goal(&mut flow, &review);
    plan(&mut flow, &review);
    kpis(&mut flow, &review.kpis);
    kare(&mut flow, &review.kare);
    skills(&mut flow, &review);
    actions(&mut flow, &review, &name);
    shared(&mut flow, &review);
    Ok(Draft { file_stem: format!("Review {name} {today}"), title, pages: flow.finish() })
}

fn goal(flow: &mut Flow, review: &RepReview) {
    flow.heading("Personal goal");
    let goal = &review.goal.goal;
    if goal.purpose.trim().is_empty() && goal.income_needed.is_none() {
        flow.muted("No personal goal written yet.");
        return;
    }
    if !goal.purpose.trim().is_empty() {
        flow.paragraph(&goal.purpose);
    }
    let mut facts = vec![("Target date", optional_date(goal.target_date)), ("Income needed", money(goal.income_needed))];
    if let Some(p) = &review.goal.progress {
        facts.push(("Earned so far", money(Some(p.earned))));
        facts.push(("Needed by now", money(Some(p.needed_by_now))));
        facts.push(("On track", if p.on_track { "Yes".into() } else { "Not yet".into() }));
    }
    flow.facts(&facts);
    match &review.goal.funnel {
        Some(f) => {
            flow.subheading("Reverse funnel");
            let row = |label: &str, c: &FunnelCounts| {
                vec![label.to_owned(), number(c.deals), number(c.opportunities), number(c.meetings), number(c.conversations), number(c.outreach)]
            };
            flow.table(
                &[
                    Column { title: "", share: 1.6 },
                    Column { title: "Deals", share: 1.0 },
                    Column { title: "Opportunities", share: 1.3 },
                    Column { title: "Meetings", share: 1.0 },
                    Column { title: "Conversations", share: 1.3 },
                    Column { title: "Outreach", share: 1.0 },
                ],
                &[row("In all", &f.total), row("Per week", &f.per_week), row("Per working day", &f.per_working_day)],
            );
        }
        None => flow.muted("The funnel needs the deal value, commission rate and conversion rates."),
    }
}

fn plan(flow: &mut Flow, review: &RepReview) {
    flow.heading("Plan against actuals");
    let progress = &review.plan;
    if progress.activities.is_empty() {
        flow.muted("No agreed plan yet.");
        return;
    }
    let mut columns = vec![Column { title: "Activity", share: 2.5 }, Column { title: "Weekly target", share: 1.2 }];
    columns.extend(progress.weeks.iter().map(|w| Column { title: w.label.as_str(), share: 1.0 }));
    let rows: Vec<Vec<String>> = progress
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut row = vec![a.name.clone(), number(a.weekly_target)];
            row.extend(progress.weeks.iter().map(|w| w.actuals.get(i).copied().flatten().map(number).unwrap_or_else(|| "—".into())));
            row
        })
        .collect();
    flow.table(&columns, &rows);
}

fn kpis(flow: &mut Flow, series: &[KpiSeries]) {
    flow.heading("Leading indicators");
    if series.is_empty() {
        flow.muted("No KPIs set yet.");
    }
    for s in series {
        let unit = if s.kpi.unit.trim().is_empty() { String::new() } else { format!(" ({})", s.kpi.unit) };
        flow.subheading(&format!("{}{unit} · weekly target {}", s.kpi.name, number(s.kpi.weekly_target)));
        let warned = s.warning.state == WarningState::StormBrewing;
        if warned {
            flow.warning(&format!(
                "Storm warning: the last {} weeks average {}, {:.0}% below the {} weeks before ({}).",
                s.warning.recent_weeks,
                s.warning.recent_average.map(number).unwrap_or_default(),
                s.warning.drop.unwrap_or(0.0) * 100.0,
                s.warning.baseline_weeks,
                s.warning.baseline_average.map(number).unwrap_or_default()
            ));
        }
        let points: Vec<(String, Option<f64>)> = s.points.iter().map(|p| (p.label.clone(), p.value)).collect();
        let chart = LineChart { points: &points, target: Some(s.kpi.weekly_target), warned };
        flow.drawing(LINE_CHART_HEIGHT, |ops, x, y, w| line_chart(ops, x, y, w, &chart));
    }
}

fn kare(flow: &mut Flow, kare: &KareView) {
    flow.heading("Accounts: keep, attain, recapture, expand");
    if kare.accounts.is_empty() && kare.split.is_none() {
        flow.muted("No accounts listed yet.");
        return;
    }
    let row = |label: &str, s: &Shares, suffix: &str| {
        vec![label.to_owned(), format!("{}{suffix}", s.keep), format!("{}{suffix}", s.attain), format!("{}{suffix}", s.recapture), format!("{}{suffix}", s.expand)]
    };
    let mut rows = vec![row("Accounts", &kare.counts, "")];
    if let Some(split) = &kare.split {
        rows.push(row("Time", &split.time, "%"));
        rows.push(row("Income", &split.income, "%"));
    }
    flow.table(
        &[
            Column { title: "", share: 1.4 },
            Column { title: "Keep", share: 1.0 },
            Column { title: "Attain", share: 1.0 },
            Column { title: "Recapture", share: 1.0 },
            Column { title: "Expand", share: 1.0 },
        ],
        &rows,
    );
    for category in [KareCategory::Keep, KareCategory::Attain, KareCategory::Recapture, KareCategory::Expand] {
        let names: Vec<&str> = kare.accounts.iter().filter(|a| a.category == category).map(|a| a.name.as_str()).collect();
        if !names.is_empty() {
            flow.indented(&format!("{}: {}", category_label(category), names.join(", ")), 0.0);
        }
    }
}

fn category_label(category: KareCategory) -> &'static str {
    match category {
        KareCategory::Keep => "Keep",
        KareCategory::Attain => "Attain",
        KareCategory::Recapture => "Recapture",
        KareCategory::Expand => "Expand",
    }
}

fn skills(flow: &mut Flow, review: &RepReview) {
    let check = &review.skills;
    if check.skills.is_empty() && check.attitude.is_none() {
        return;
    }
    flow.heading("Skills");
    let rows: Vec<Vec<String>> = check.skills.iter().map(|s| vec![s.name.clone(), s.status.as_str().to_owned(), s.note.clone()]).collect();
    if !rows.is_empty() {
        flow.table(&[Column { title: "Skill", share: 2.0 }, Column { title: "Status", share: 1.0 }, Column { title: "Note", share: 3.0 }], &rows);
    }
    if let Some(a) = &check.attitude {
        flow.muted(&format!("Latest check ({}): willing {}, able {}.", date(a.assessed_on), a.willing.as_str(), a.able.as_str()));
    }
}

fn actions(flow: &mut Flow, review: &RepReview, name: &str) {
    flow.heading("Open action items");
    if review.open_actions.is_empty() {
        flow.muted("No open action items.");
        return;
    }
    let rows: Vec<Vec<String>> = review
        .open_actions
        .iter()
        .map(|a| {
            let owner = match a.owner {
                Owner::Rep => name.to_owned(),
                Owner::Manager => "Manager".to_owned(),
            };
            vec![a.text.clone(), owner, optional_date(a.due_on), date(a.agreed_on)]
        })
        .collect();
    flow.table(&[Column { title: "Action", share: 4.0 }, Column { title: "Owner", share: 1.5 }, Column { title: "Due", share: 1.2 }, Column { title: "Agreed", share: 1.2 }], &rows);
}

fn shared(flow: &mut Flow, review: &RepReview) {
    flow.heading("Shared notes from one-on-ones");
    if review.shared_notes.is_empty() {
        flow.muted("Nothing shared from one-on-ones yet.");
    }
    for note in &review.shared_notes {
        flow.subheading(&format!("{} · {}", date(note.held_on), note.title));
        flow.paragraph(&note.body);
    }
    flow.heading("Feedback shared with you");
    if review.shared_feedback.is_empty() {
        flow.muted("No feedback shared yet.");
    }
    for f in &review.shared_feedback {
        let kind = match f.polarity {
            Polarity::Positive => "Positive",
            Polarity::Constructive => "Constructive",
        };
        flow.subheading(&format!("{} · {kind}", date(f.given_on)));
        let mut parts = Vec::new();
        for (label, text) in [("Situation", &f.situation), ("Behaviour", &f.behaviour), ("Result", &f.result)] {
            if !text.trim().is_empty() {
                parts.push(format!("{label}: {text}"));
            }
        }
        flow.paragraph(&parts.join("\n"));
        if !f.tags.is_empty() {
            flow.muted(&format!("Skills: {}", f.tags.join(", ")));
        }
    }
}
