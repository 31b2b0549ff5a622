//! One rep's status as of a day: where their one-on-ones stand, how their
//! feedback is balanced, their open action items and KPI warnings.

use chrono::{Days, NaiveDate};
use rusqlite::{params, Connection};

use crate::error::Result;
use crate::feedback::balance::Balance;
use crate::ids::PersonId;
use crate::kpis::warning::WarningState;
use crate::one_on_ones::cadence::{self, CadenceStatus, LOOKBACK_DAYS};
use crate::one_on_ones::{load_setup, Cadence};

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RepStatus {
    pub cadence: Option<Cadence>,
    pub one_on_ones: CadenceStatus,
    pub feedback: Balance,
    pub open_actions: u32,
    pub storm_kpis: Vec<String>,
}

pub(crate) fn compute(conn: &Connection, person: &PersonId, today: NaiveDate) -> Result<RepStatus> {
    let setup = load_setup(conn, person)?;
    let open_actions: u32 = conn
        .prepare_cached("SELECT count(*) FROM action_items WHERE person_id = ?1 AND done_at IS NULL")?
        .query_row([person], |r| r.get(0))?;
    let storm_kpis = crate::kpis::kpi_series(conn, person, 1, today)?
        .into_iter()
        .filter(|s| s.warning.state == WarningState::StormBrewing)
        .map(|s| s.kpi.name)
        .collect();
    Ok(RepStatus {
        cadence: setup.cadence,
        one_on_ones: cadence::status(setup.cadence, setup.cadence_since, &meeting_days(conn, person, today)?, today),
        feedback: crate::feedback::balance_of(conn, person, today)?,
        open_actions,
        storm_kpis,
    })
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

/// Where a rep's one-on-ones stand, worked out now (the calendar file wants no cache).
pub(crate) fn one_on_one_status(conn: &Connection, person: &PersonId, today: NaiveDate) -> Result<CadenceStatus> {
    let setup = load_setup(conn, person)?;
    Ok(cadence::status(setup.cadence, setup.cadence_since, &meeting_days(conn, person, today)?, today))
}
