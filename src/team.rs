//! The team at a glance: for each active rep, where their one-on-ones stand
//! and how their feedback is balanced; and totals for the manager.

use chrono::{Days, NaiveDate};
use rusqlite::{params, Connection};
use serde::Serialize;
use specta::Type;

use crate::error::Result;
use crate::feedback::balance::Balance;
use crate::ids::PersonId;
use crate::one_on_ones::cadence::{self, CadenceStatus, LOOKBACK_DAYS};
use crate::one_on_ones::{load_setup, Cadence};
use crate::people::{PeopleList, PeopleQuery, PersonSummary};
use crate::Coachbook;

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TeamRow {
    pub person: PersonSummary,
    pub cadence: Option<Cadence>,
    pub one_on_ones: CadenceStatus,
    pub feedback: Balance,
    pub open_actions: u32,
    /// The rep's KPIs whose recent trend fell below their baseline ("storm brewing").
    pub storm_kpis: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TeamOverview {
    pub rows: Vec<TeamRow>,
    /// Meetings held / due over the last twelve weeks, across the team.
    pub consistency: Option<f64>,
    pub overdue: u32,
    pub feedback_nudges: u32,
    /// Reps with at least one KPI warning.
    pub kpi_warnings: u32,
    pub positive30: u32,
    pub constructive30: u32,
}

/// Meeting days that matter for the status: those that can fall in the window, and the last one.
fn meeting_days(conn: &Connection, person: &PersonId, today: NaiveDate) -> Result<Vec<NaiveDate>> {
    let window_start = today - Days::new(u64::from(LOOKBACK_DAYS));
    let mut days: Vec<NaiveDate> = conn
        .prepare_cached("SELECT held_on FROM meetings WHERE person_id = ?1 AND held_on > ?2 AND held_on <= ?3")?
        .query_map(params![person, window_start, today], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let last: Option<NaiveDate> = conn
        .prepare_cached("SELECT max(held_on) FROM meetings WHERE person_id = ?1 AND held_on <= ?2")?
        .query_row(params![person, today], |r| r.get(0))?;
    if let Some(last) = last.filter(|l| !days.contains(l)) {
        days.push(last);
    }
    Ok(days)
}

pub(crate) fn one_on_one_status(conn: &Connection, person: &PersonId, today: NaiveDate) -> Result<CadenceStatus> {
    let setup = load_setup(conn, person)?;
    Ok(cadence::status(setup.cadence, setup.cadence_since, &meeting_days(conn, person, today)?, today))
}

impl Coachbook {
    /// Every active rep with their one-on-one status and feedback balance as of `today`.
    pub fn team_overview(&self, today: NaiveDate) -> Result<TeamOverview> {
        let reps = self.list_people(&PeopleQuery { limit: Some(500), ..PeopleQuery::new(PeopleList::Team) })?.items;
        let conn = self.conn();
        let mut rows = Vec::with_capacity(reps.len());
        for person in reps {
            let setup = load_setup(&conn, &person.id)?;
            let open_actions: u32 = conn
                .prepare_cached("SELECT count(*) FROM action_items WHERE person_id = ?1 AND done_at IS NULL")?
                .query_row([&person.id], |r| r.get(0))?;
            let storm_kpis = crate::kpis::kpi_series(&conn, &person.id, 1, today)?
                .into_iter()
                .filter(|s| s.warning.state == crate::kpis::warning::WarningState::StormBrewing)
                .map(|s| s.kpi.name)
                .collect();
            rows.push(TeamRow {
                storm_kpis,
                cadence: setup.cadence,
                one_on_ones: one_on_one_status(&conn, &person.id, today)?,
                feedback: crate::feedback::balance_of(&conn, &person.id, today)?,
                open_actions,
                person,
            });
        }
        let (held, due) = rows.iter().fold((0, 0), |(h, d), r| {
            (h + r.one_on_ones.held_in_window.min(r.one_on_ones.due_in_window), d + r.one_on_ones.due_in_window)
        });
        Ok(TeamOverview {
            consistency: (due > 0).then(|| f64::from(held) / f64::from(due)),
            overdue: rows.iter().filter(|r| r.one_on_ones.overdue_days > 0).count() as u32,
            feedback_nudges: rows.iter().filter(|r| r.feedback.nudge.is_some()).count() as u32,
            kpi_warnings: rows.iter().filter(|r| !r.storm_kpis.is_empty()).count() as u32,
            positive30: rows.iter().map(|r| r.feedback.positive30).sum(),
            constructive30: rows.iter().map(|r| r.feedback.constructive30).sum(),
            rows,
        })
    }
}
