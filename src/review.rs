//! The rep's review: goal and funnel, plan against actuals, KPI trends with
//! warnings, the KARE split, open action items, and what was shared with the
//! rep from one-on-ones and feedback. Private notes and unshared feedback
//! never reach it, whoever opens it.

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::Serialize;
use specta::Type;

use crate::error::Result;
use crate::feedback::{FeedbackEntry, FeedbackQuery};
use crate::goals::{goal_view, GoalView};
use crate::ids::{MeetingId, PersonId};
use crate::kare::{kare_view, KareView};
use crate::kpis::{kpi_series, KpiSeries};
use crate::one_on_ones::ActionItem;
use crate::people::Person;
use crate::plans::{plan_progress, PlanProgress};
use crate::skills::{skill_check, SkillCheck};
use crate::Coachbook;

const SHARED_ITEMS: u32 = 20;

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SharedNote {
    pub meeting_id: MeetingId,
    pub held_on: NaiveDate,
    pub title: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RepReview {
    pub person: Person,
    pub goal: GoalView,
    /// The plan against actuals over the last four weeks.
    pub plan: PlanProgress,
    /// Twelve weeks of each KPI, with its warning.
    pub kpis: Vec<KpiSeries>,
    pub kare: KareView,
    pub open_actions: Vec<ActionItem>,
    /// The newest shared notes from one-on-ones (never private ones).
    pub shared_notes: Vec<SharedNote>,
    /// The newest feedback marked as shared with the rep.
    pub shared_feedback: Vec<FeedbackEntry>,
    /// The skills the plan needs and the latest willing/able check.
    pub skills: SkillCheck,
}

fn shared_notes(conn: &Connection, person: &PersonId) -> Result<Vec<SharedNote>> {
    Ok(conn
        .prepare_cached(
            "SELECT m.id, m.held_on, n.title, n.body FROM meeting_notes n JOIN meetings m ON m.id = n.meeting_id
             WHERE m.person_id = ?1 AND n.visibility = 'shared' AND n.body <> ''
             ORDER BY m.held_on DESC, n.position LIMIT ?2",
        )?
        .query_map(params![person, SHARED_ITEMS], |r| {
            Ok(SharedNote { meeting_id: r.get(0)?, held_on: r.get(1)?, title: r.get(2)?, body: r.get(3)? })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

impl Coachbook {
    pub fn rep_review(&self, person: &PersonId, today: NaiveDate) -> Result<RepReview> {
        let person_record = self.get_person(person)?;
        let open_actions = self.open_action_items(person)?;
        let feedback = self.list_feedback(&FeedbackQuery { limit: Some(100), ..FeedbackQuery::for_person(person) })?;
        let shared_feedback = feedback.items.into_iter().filter(|f| f.shared).take(SHARED_ITEMS as usize).collect();
        let conn = self.conn();
        Ok(RepReview {
            goal: goal_view(&conn, person, today)?,
            plan: plan_progress(&conn, person, 4, today)?,
            kpis: kpi_series(&conn, person, 12, today)?,
            kare: kare_view(&conn, person)?,
            shared_notes: shared_notes(&conn, person)?,
            skills: skill_check(&conn, person)?,
            person: person_record,
            open_actions,
            shared_feedback,
        })
    }
}
