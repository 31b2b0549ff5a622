//! The team at a glance: for each rep, where their one-on-ones stand and how
//! their feedback is balanced; and totals for the manager. Rows come a page
//! at a time; the totals add up every active rep's kept status (`cache`).

mod cache;
mod status;

use chrono::NaiveDate;
use serde::Serialize;
use specta::Type;

use crate::error::{Error, Result};
use crate::feedback::balance::Balance;
use crate::ids::PersonId;
use crate::one_on_ones::cadence::CadenceStatus;
use crate::one_on_ones::Cadence;
use crate::people::{summaries, summary_of, PeopleList, PeoplePage, PeopleQuery, PersonSummary, Role};
use crate::Coachbook;
pub(crate) use cache::{install as install_status_triggers, StatusCache};
pub(crate) use status::{one_on_one_status, RepStatus};

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

impl TeamRow {
    fn new(person: PersonSummary, status: RepStatus) -> TeamRow {
        TeamRow {
            person,
            cadence: status.cadence,
            one_on_ones: status.one_on_ones,
            feedback: status.feedback,
            open_actions: status.open_actions,
            storm_kpis: status.storm_kpis,
        }
    }
}

/// Across every active rep, whichever page is shown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TeamTotals {
    pub reps: u32,
    /// Meetings held / due over the last twelve weeks, across the team.
    pub consistency: Option<f64>,
    pub overdue: u32,
    pub feedback_nudges: u32,
    /// Reps with at least one KPI warning.
    pub kpi_warnings: u32,
    pub positive30: u32,
    pub constructive30: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TeamOverview {
    /// The page of reps asked for, as `list_people` gives it.
    pub page: PeoplePage,
    /// Each rep of the page with their status, in the page's order.
    pub rows: Vec<TeamRow>,
    pub totals: TeamTotals,
}

impl Coachbook {
    /// One page of the team (the query's list is taken as the team) with
    /// each rep's status as of `today`, and the totals for the whole team.
    pub fn team_overview(&self, query: &PeopleQuery, today: NaiveDate) -> Result<TeamOverview> {
        let page = self.list_people(&PeopleQuery { list: PeopleList::Team, ..query.clone() })?;
        let ids: Vec<PersonId> = page.items.iter().map(|p| p.id.clone()).collect();
        let totals = self.team_totals(today)?;
        let statuses = self.rep_statuses(&ids, today)?;
        let rows = page.items.iter().cloned().zip(statuses).map(|(person, status)| TeamRow::new(person, status)).collect();
        Ok(TeamOverview { page, rows, totals })
    }

    /// One rep's row: the same status the team view shows for them.
    pub fn rep_status(&self, person: &PersonId, today: NaiveDate) -> Result<TeamRow> {
        let rep = self.get_person(person)?;
        if rep.role != Role::Rep {
            return Err(Error::conflict(None, format!("{} is a candidate: one-on-ones are for team members.", rep.name)));
        }
        let status = self.rep_statuses(std::slice::from_ref(person), today)?.remove(0);
        Ok(TeamRow::new(summary_of(rep), status))
    }

    /// Totals over every active rep.
    pub fn team_totals(&self, today: NaiveDate) -> Result<TeamTotals> {
        let reps = self.active_reps()?;
        let statuses = self.rep_statuses(&reps, today)?;
        let (held, due) = statuses.iter().fold((0, 0), |(h, d), s| {
            (h + s.one_on_ones.held_in_window.min(s.one_on_ones.due_in_window), d + s.one_on_ones.due_in_window)
        });
        let count = |keep: fn(&RepStatus) -> bool| statuses.iter().filter(|s| keep(s)).count() as u32;
        Ok(TeamTotals {
            reps: statuses.len() as u32,
            consistency: (due > 0).then(|| f64::from(held) / f64::from(due)),
            overdue: count(|s| s.one_on_ones.overdue_days > 0),
            feedback_nudges: count(|s| s.feedback.nudge.is_some()),
            kpi_warnings: count(|s| !s.storm_kpis.is_empty()),
            positive30: statuses.iter().map(|s| s.feedback.positive30).sum(),
            constructive30: statuses.iter().map(|s| s.feedback.constructive30).sum(),
        })
    }

    /// The active reps whose status passes `keep`, with their status, by name.
    pub(crate) fn reps_where(&self, today: NaiveDate, keep: impl Fn(&RepStatus) -> bool) -> Result<Vec<TeamRow>> {
        let chosen = self.statuses_where(today, keep)?;
        let ids: Vec<PersonId> = chosen.iter().map(|(id, _)| id.clone()).collect();
        let mut people = summaries(&self.conn(), &ids)?;
        Ok(chosen
            .into_iter()
            .filter_map(|(id, status)| Some(TeamRow::new(people.remove(&id)?, status)))
            .collect())
    }

    /// As `reps_where` without reading the people: for a caller that shows only a few of them.
    pub(crate) fn statuses_where(&self, today: NaiveDate, keep: impl Fn(&RepStatus) -> bool) -> Result<Vec<(PersonId, RepStatus)>> {
        let reps = self.active_reps()?;
        let statuses = self.rep_statuses(&reps, today)?;
        Ok(reps.into_iter().zip(statuses).filter(|(_, s)| keep(s)).collect())
    }

    fn rep_statuses(&self, reps: &[PersonId], today: NaiveDate) -> Result<Vec<RepStatus>> {
        let conn = self.conn();
        self.status_cache().statuses(&conn, reps, today)
    }

    fn active_reps(&self) -> Result<Vec<PersonId>> {
        let conn = self.conn();
        let ids = conn
            .prepare_cached("SELECT id FROM people WHERE role = 'rep' AND (archived_at IS NOT NULL) = 0 ORDER BY name_fold, id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }
}
