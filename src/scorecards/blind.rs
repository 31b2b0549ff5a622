//! Blind scoring, as structured hiring means it: an assessor sees no other
//! assessor's scores, totals, recommendations or takeaways for a candidate's
//! exercise (a rubric) until they have submitted their own scorecard for that
//! exercise, or have chosen to reveal the panel's scores (and so given up
//! scoring it). Nobody sees another assessor's draft. Without an assessor
//! name, nothing of anyone else's is shown for a candidate.

use std::collections::HashSet;

use rusqlite::{params, Connection, OptionalExtension};

use super::types::ScorecardStatus;
use crate::error::{Error, Result};
use crate::ids::{PersonId, RubricId};
use crate::people::Role;

/// How much of one scorecard a viewer sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seen {
    /// Everything.
    Shown,
    /// That it exists and who scored it, nothing of its scores.
    Hidden,
    /// Not even that: another assessor's draft.
    Omitted,
}

/// What one viewer may see of one person's scorecards.
pub(crate) struct Sight {
    viewer: Option<String>,
    candidate: bool,
    /// Exercises the viewer has submitted a scorecard for, or revealed.
    open: HashSet<RubricId>,
    revealed: HashSet<RubricId>,
}

impl Sight {
    pub(crate) fn of(conn: &Connection, person: &PersonId, viewer: Option<&str>) -> Result<Sight> {
        let role: Role = conn
            .query_row("SELECT role FROM people WHERE id = ?1", [person], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::not_found("person", person.as_str()))?;
        let viewer = viewer.map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
        let (mut open, mut revealed) = (HashSet::new(), HashSet::new());
        if let Some(name) = &viewer {
            open = conn
                .prepare_cached(
                    "SELECT DISTINCT v.rubric_id FROM scorecards s JOIN rubric_versions v ON v.id = s.rubric_version_id
                     WHERE s.person_id = ?1 AND s.status = 'submitted' AND lower(s.assessor) = lower(?2)",
                )?
                .query_map(params![person, name], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            revealed = revealed_exercises(conn, person, name)?;
            open.extend(revealed.iter().cloned());
        }
        Ok(Sight { viewer, candidate: role == Role::Candidate, open, revealed })
    }

    pub(crate) fn is_own(&self, assessor: &str) -> bool {
        self.viewer.as_deref().is_some_and(|v| v.to_lowercase() == assessor.to_lowercase())
    }

    pub(crate) fn seen(&self, assessor: &str, status: ScorecardStatus, exercise: &RubricId) -> Seen {
        if self.is_own(assessor) {
            Seen::Shown
        } else if status == ScorecardStatus::Draft {
            Seen::Omitted
        } else if self.blind(exercise) {
            Seen::Hidden
        } else {
            Seen::Shown
        }
    }

    /// Whether others' scores on this exercise are still hidden from the viewer.
    pub(crate) fn blind(&self, exercise: &RubricId) -> bool {
        self.candidate && !self.open.contains(exercise)
    }

    pub(crate) fn revealed(&self, exercise: &RubricId) -> bool {
        self.revealed.contains(exercise)
    }
}

fn revealed_exercises(conn: &Connection, person: &PersonId, viewer: &str) -> Result<HashSet<RubricId>> {
    Ok(conn
        .prepare_cached("SELECT rubric_id FROM scorecard_reveals WHERE person_id = ?1 AND assessor_fold = lower(?2)")?
        .query_map(params![person, viewer], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Whether `assessor` revealed the panel's scores for this exercise (and so may not score it).
pub(crate) fn has_revealed(conn: &Connection, person: &PersonId, exercise: &RubricId, assessor: &str) -> Result<bool> {
    Ok(revealed_exercises(conn, person, assessor)?.contains(exercise))
}
