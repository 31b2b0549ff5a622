//! Today: the manager's home screen. What needs doing now: one-on-ones due
//! or overdue this week, scorecards left in draft, reps who need feedback,
//! KPI warnings, and open action items due within the week.

use chrono::{Days, NaiveDate};
use serde::Serialize;
use specta::Type;

use crate::error::Result;
use crate::feedback::balance::Nudge;
use crate::ids::{PersonId, ScorecardId};
use crate::one_on_ones::ActionItem;
use crate::people::{PersonSummary, Role};
use crate::team::RepStatus;
use crate::Coachbook;

/// "This week": today and the six days after it.
const AHEAD_DAYS: u64 = 6;

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
}

impl Coachbook {
    /// What needs doing this week; `viewer`'s own drafts only (others' drafts are theirs).
    pub fn today(&self, today: NaiveDate, viewer: Option<&str>) -> Result<TodayView> {
        let week_end = today + Days::new(AHEAD_DAYS);
        // Only the reps with something to show are read in full.
        let due_this_week = |s: &RepStatus| s.one_on_ones.next_due.is_some_and(|d| d <= week_end);
        let rows = self.reps_where(today, |s| due_this_week(s) || s.feedback.nudge.is_some() || !s.storm_kpis.is_empty())?;
        let mut one_on_ones: Vec<DueOneOnOne> = rows
            .iter()
            .filter_map(|r| {
                let next_due = r.one_on_ones.next_due.filter(|d| *d <= week_end)?;
                Some(DueOneOnOne { person: r.person.clone(), next_due, overdue_days: r.one_on_ones.overdue_days })
            })
            .collect();
        one_on_ones.sort_by(|a, b| b.overdue_days.cmp(&a.overdue_days).then(a.next_due.cmp(&b.next_due)));
        let feedback = rows
            .iter()
            .filter_map(|r| {
                Some(FeedbackNudge { person: r.person.clone(), nudge: r.feedback.nudge?, days_since_positive: r.feedback.days_since_positive })
            })
            .collect();
        let kpi_warnings = rows
            .iter()
            .filter(|r| !r.storm_kpis.is_empty())
            .map(|r| KpiWarning { person: r.person.clone(), kpis: r.storm_kpis.clone() })
            .collect();
        let items = self.action_items_due(week_end)?;
        let owners: Vec<PersonId> = items.iter().map(|i| i.person_id.clone()).collect();
        let names = crate::people::summaries(&self.conn(), &owners)?;
        // Action items of active reps only (the query already leaves out archived ones).
        let actions_due = items
            .into_iter()
            .filter_map(|item| Some(DueAction { person_name: names.get(&item.person_id).filter(|p| p.role == Role::Rep)?.name.clone(), item }))
            .collect();
        let conn = self.conn();
        let drafts = conn
            .prepare(
                "SELECT s.id, s.person_id, p.name, v.name, s.assessor, s.scored_on
                 FROM scorecards s
                 JOIN people p ON p.id = s.person_id AND p.archived_at IS NULL
                 JOIN rubric_versions v ON v.id = s.rubric_version_id
                 WHERE s.status = 'draft' AND lower(s.assessor) = lower(?1) ORDER BY s.updated_at DESC LIMIT 50",
            )?
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
        Ok(TodayView { one_on_ones, drafts, feedback, kpi_warnings, actions_due })
    }
}
