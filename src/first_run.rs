//! First run: what Today's checklist needs to know about a new workspace
//! (a name to sign with, reps with a cadence, a first KPI, a rubric chosen),
//! answered in one call so the checklist costs Today one round trip.

use rusqlite::OptionalExtension;
use serde::Serialize;
use specta::Type;

use crate::error::Result;
use crate::ids::PersonId;
use crate::people::PersonSummary;
use crate::settings::WorkspaceMode;
use crate::Coachbook;

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FirstRunFacts {
    pub assessor_name: Option<String>,
    pub mode: WorkspaceMode,
    /// Active reps.
    pub reps: u32,
    /// The first active rep by name.
    pub first_rep: Option<PersonSummary>,
    /// The first active rep by name with no one-on-one cadence.
    pub rep_without_cadence: Option<PersonSummary>,
    /// The first active rep by name with a KPI.
    pub rep_with_kpi: Option<PersonSummary>,
    /// An own rubric (written or duplicated), a built-in edited or archived,
    /// or a scorecard scored on a built-in.
    pub rubric_chosen: bool,
}

impl Coachbook {
    pub fn first_run_facts(&self) -> Result<FirstRunFacts> {
        let settings = self.settings()?;
        let rep = |condition: &str| -> Result<Option<PersonSummary>> {
            let conn = self.conn();
            let id: Option<PersonId> = conn
                .prepare_cached(&format!(
                    "SELECT id FROM people p WHERE role = 'rep' AND archived_at IS NULL AND ({condition})
                     ORDER BY name_fold, id LIMIT 1"
                ))?
                .query_row([], |r| r.get(0))
                .optional()?;
            let Some(id) = id else { return Ok(None) };
            Ok(crate::people::summaries(&conn, std::slice::from_ref(&id))?.remove(&id))
        };
        let reps = self
            .conn()
            .prepare_cached("SELECT count(*) FROM people WHERE role = 'rep' AND archived_at IS NULL")?
            .query_row([], |r| r.get(0))?;
        Ok(FirstRunFacts {
            assessor_name: settings.assessor_name,
            mode: settings.mode,
            reps,
            first_rep: rep("1")?,
            rep_without_cadence: rep("cadence IS NULL")?,
            rep_with_kpi: rep("EXISTS (SELECT 1 FROM kpis k WHERE k.person_id = p.id AND k.archived_at IS NULL)")?,
            rubric_chosen: self.rubric_chosen()?,
        })
    }

    fn rubric_chosen(&self) -> Result<bool> {
        if !self.list_rubrics(true)?.is_empty() {
            return Ok(true);
        }
        for rubric in self.list_rubrics(false)? {
            if !rubric.builtin || rubric.version > 1 || self.get_rubric(&rubric.id)?.scorecards > 0 {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
