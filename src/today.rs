//! Today: the manager's home screen. What needs doing now: one-on-ones due
//! or overdue this week, scorecards left in draft, reps who need feedback,
//! KPI warnings, and open action items due within the week. Each card
//! returns its first few rows and counts the rest, so a team of 500 ships
//! the same few rows as a team of five.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::Result;
use crate::feedback::balance::Nudge;
use crate::ids::{PersonId, ScorecardId};
use crate::one_on_ones::ActionItem;
use crate::people::PersonSummary;
use crate::team::RepStatus;
use crate::Coachbook;

/// "This week": today and the six days after it.
const AHEAD_DAYS: u64 = 6;
/// Rows a card shows until asked for more.
pub const FIRST_ROWS: u32 = 8;
/// The most rows one card returns at once.
pub const MOST_ROWS: u32 = 500;

/// How many rows each card returns; unset: the first eight.
#[derive(Debug, Clone, Default, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TodayLimits {
    pub one_on_ones: Option<i32>,
    pub drafts: Option<i32>,
    pub feedback: Option<i32>,
    pub kpi_warnings: Option<i32>,
    pub actions_due: Option<i32>,
}

/// The first `rows` of a card, at least one and at most `MOST_ROWS`.
fn row_limit(limit: Option<i32>) -> u32 {
    limit.map_or(FIRST_ROWS, |n| n.clamp(1, MOST_ROWS as i32) as u32)
}

fn first<T>(mut list: Vec<T>, limit: Option<i32>) -> (Vec<T>, u32) {
    let total = list.len() as u32;
    list.truncate(row_limit(limit) as usize);
    (list, total)
}

/// How many rows each card has in all (its list holds the first of them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TodayTotals {
    pub one_on_ones: u32,
    pub drafts: u32,
    pub feedback: u32,
    pub kpi_warnings: u32,
    pub actions_due: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DueOneOnOne {
    pub person: PersonSummary,
    pub next_due: NaiveDate,
    pub overdue_days: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DraftScorecard {
    pub id: ScorecardId,
    pub person_id: PersonId,
    pub person_name: String,
    pub rubric_name: String,
    pub assessor: String,
    pub scored_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackNudge {
    pub person: PersonSummary,
    pub nudge: Nudge,
    pub days_since_positive: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct KpiWarning {
    pub person: PersonSummary,
    pub kpis: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DueAction {
    pub person_name: String,
    pub item: ActionItem,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TodayView {
    /// Most overdue first.
    pub one_on_ones: Vec<DueOneOnOne>,
    /// Newest first.
    pub drafts: Vec<DraftScorecard>,
    pub feedback: Vec<FeedbackNudge>,
    pub kpi_warnings: Vec<KpiWarning>,
    /// Soonest due first; overdue ones included.
    pub actions_due: Vec<DueAction>,
    pub totals: TodayTotals,
}

impl Coachbook {
    /// What needs doing this week; `viewer`'s own drafts only (others' drafts
    /// are theirs). Each card holds its first rows as `limits` asks.
    pub fn today(&self, today: NaiveDate, viewer: Option<&str>, limits: &TodayLimits) -> Result<TodayView> {
        let week_end = today + Days::new(AHEAD_DAYS);
        // Each card is chosen and cut from the kept statuses; only the reps
        // left on a card are read from the file.
        let due_this_week = |s: &RepStatus| s.one_on_ones.next_due.is_some_and(|d| d <= week_end);
        let chosen = self.statuses_where(today, |s| due_this_week(s) || s.feedback.nudge.is_some() || !s.storm_kpis.is_empty())?;
        let mut due: Vec<(&PersonId, NaiveDate, u32)> = chosen
            .iter()
            .filter_map(|(id, s)| Some((id, s.one_on_ones.next_due.filter(|d| *d <= week_end)?, s.one_on_ones.overdue_days)))
            .collect();
        due.sort_by(|a, b| b.2.cmp(&a.2).then(a.1.cmp(&b.1)));
        let nudges: Vec<(&PersonId, Nudge, Option<u32>)> =
            chosen.iter().filter_map(|(id, s)| Some((id, s.feedback.nudge?, s.feedback.days_since_positive))).collect();
        let storms: Vec<(&PersonId, &Vec<String>)> =
            chosen.iter().filter(|(_, s)| !s.storm_kpis.is_empty()).map(|(id, s)| (id, &s.storm_kpis)).collect();
        let (due, one_on_ones_total) = first(due, limits.one_on_ones);
        let (nudges, feedback_total) = first(nudges, limits.feedback);
        let (storms, kpi_warnings_total) = first(storms, limits.kpi_warnings);
        let shown: Vec<PersonId> =
            due.iter().map(|d| d.0).chain(nudges.iter().map(|n| n.0)).chain(storms.iter().map(|s| s.0)).cloned().collect();
        let people = crate::people::summaries(&self.conn(), &shown)?;
        let person = |id: &PersonId| people.get(id).cloned();
        let one_on_ones =
            due.into_iter().filter_map(|(id, next_due, overdue_days)| Some(DueOneOnOne { person: person(id)?, next_due, overdue_days })).collect();
        let feedback = nudges
            .into_iter()
            .filter_map(|(id, nudge, days_since_positive)| Some(FeedbackNudge { person: person(id)?, nudge, days_since_positive }))
            .collect();
        let kpi_warnings =
            storms.into_iter().filter_map(|(id, kpis)| Some(KpiWarning { person: person(id)?, kpis: kpis.clone() })).collect();
        let (actions_due, actions_due_total) = self.actions_due(week_end, row_limit(limits.actions_due))?;
        let (drafts, drafts_total) = self.drafts_of(viewer, row_limit(limits.drafts))?;
        let totals = TodayTotals {
            one_on_ones: one_on_ones_total,
            drafts: drafts_total,
            feedback: feedback_total,
            kpi_warnings: kpi_warnings_total,
            actions_due: actions_due_total,
        };
        Ok(TodayView { one_on_ones, drafts, feedback, kpi_warnings, actions_due, totals })
    }

    fn actions_due(&self, week_end: NaiveDate, limit: u32) -> Result<(Vec<DueAction>, u32)> {
        let conn = self.conn();
        let (items, total) = crate::one_on_ones::reps_items_due(&conn, week_end, limit)?;
        let owners: Vec<PersonId> = items.iter().map(|i| i.person_id.clone()).collect();
        let names = crate::people::summaries(&conn, &owners)?;
        let actions = items
            .into_iter()
            .filter_map(|item| Some(DueAction { person_name: names.get(&item.person_id)?.name.clone(), item }))
            .collect();
        Ok((actions, total))
    }

    /// `viewer`'s drafts, newest first: the first `limit`, and how many.
    fn drafts_of(&self, viewer: Option<&str>, limit: u32) -> Result<(Vec<DraftScorecard>, u32)> {
        const FROM: &str = "FROM scorecards s
             JOIN people p ON p.id = s.person_id AND p.archived_at IS NULL
             JOIN rubric_versions v ON v.id = s.rubric_version_id
             WHERE s.status = 'draft' AND lower(s.assessor) = lower(?1)";
        let conn = self.conn();
        let drafts = conn
            .prepare_cached(&format!(
                "SELECT s.id, s.person_id, p.name, v.name, s.assessor, s.scored_on {FROM} ORDER BY s.updated_at DESC LIMIT {limit}"
            ))?
            .query_map([viewer], |r| {
                Ok(DraftScorecard {
                    id: r.get(0)?,
                    person_id: r.get(1)?,
                    person_name: r.get(2)?,
                    rubric_name: r.get(3)?,
                    assessor: r.get(4)?,
                    scored_on: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let total = conn.prepare_cached(&format!("SELECT count(*) {FROM}"))?.query_row([viewer], |r| r.get(0))?;
        Ok((drafts, total))
    }
}
