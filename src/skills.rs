//! The skill and attitude check (from the Sandler method): per rep, the
//! skills their plan needs and whether each is trained, observed in the
//! field or missing; and whether they are willing and able, with the facts
//! behind that judgement and the day it was made.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::db::time::Stamp;
use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::people::ensure_rep;
use crate::plans::{current_plan, ActivityKind};
use crate::text_enum::text_enum;
use crate::validate::{self, field};
use crate::Coachbook;

text_enum! {
    pub enum SkillStatus {
        /// Not trained yet.
        Missing = "missing",
        /// Trained, not yet seen on the job.
        Trained = "trained",
        /// Seen done well on the job.
        Observed = "observed",
    }
}

text_enum! {
    pub enum Judgement {
        Yes = "yes",
        No = "no",
        Unsure = "unsure",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Skill {
    pub name: String,
    pub status: SkillStatus,
    pub note: String,
    /// Needed by an activity in the rep's plan.
    pub from_plan: bool,
    /// Added by the manager (can be removed again).
    pub added: bool,
    pub updated_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AttitudeCheck {
    pub assessed_on: NaiveDate,
    pub willing: Judgement,
    pub able: Judgement,
    pub facts: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SkillCheck {
    /// Plan skills first (in plan order), then added ones by name.
    pub skills: Vec<Skill>,
    /// The newest attitude check, if any.
    pub attitude: Option<AttitudeCheck>,
    /// Earlier attitude checks, newest first.
    pub history: Vec<AttitudeCheck>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SkillInput {
    pub name: String,
    pub status: SkillStatus,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AttitudeInput {
    /// `YYYY-MM-DD`; defaults to today.
    pub assessed_on: Option<String>,
    pub willing: Judgement,
    pub able: Judgement,
    pub facts: String,
}

const HISTORY: u32 = 12;

/// The skill an activity of the plan calls for.
fn skill_for(kind: ActivityKind, name: &str) -> String {
    match kind {
        ActivityKind::Calls => "Cold calling",
        ActivityKind::Voicemails => "Leaving a voicemail worth returning",
        ActivityKind::LinkedinMessages => "Social selling on LinkedIn",
        ActivityKind::ReferralAsks => "Asking for referrals",
        ActivityKind::Emails => "Writing prospecting emails",
        ActivityKind::Meetings => "Running a discovery meeting",
        ActivityKind::Events => "Networking at events",
        ActivityKind::Custom => name,
    }
    .to_owned()
}

pub(crate) fn skill_check(conn: &Connection, person: &PersonId) -> Result<SkillCheck> {
    let mut stored: Vec<Skill> = conn
        .prepare_cached(
            "SELECT name, status, note, added, updated_at FROM rep_skills WHERE person_id = ?1 ORDER BY name_fold",
        )?
        .query_map([person], |r| {
            Ok(Skill {
                name: r.get(0)?,
                status: r.get(1)?,
                note: r.get(2)?,
                from_plan: false,
                added: r.get(3)?,
                updated_at: Some(r.get::<_, Stamp>(4)?.0),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut skills = Vec::new();
    let plan_skills = current_plan(conn, person)?.map(|p| p.activities).unwrap_or_default();
    for activity in plan_skills {
        let name = skill_for(activity.kind, &activity.name);
        if skills.iter().any(|s: &Skill| s.name.to_lowercase() == name.to_lowercase()) {
            continue;
        }
        let skill = match stored.iter().position(|s| s.name.to_lowercase() == name.to_lowercase()) {
            Some(i) => Skill { from_plan: true, name, ..stored.remove(i) },
            None => Skill { name, status: SkillStatus::Missing, note: String::new(), from_plan: true, added: false, updated_at: None },
        };
        skills.push(skill);
    }
    // Stored rows for skills the plan no longer needs stay only if the manager added them.
    skills.extend(stored.into_iter().filter(|s| s.added));
    let mut checks: Vec<AttitudeCheck> = conn
        .prepare_cached(
            "SELECT assessed_on, willing, able, facts FROM attitude_checks WHERE person_id = ?1
             ORDER BY assessed_on DESC, created_at DESC LIMIT ?2",
        )?
        .query_map(params![person, HISTORY + 1], |r| {
            Ok(AttitudeCheck { assessed_on: r.get(0)?, willing: r.get(1)?, able: r.get(2)?, facts: r.get(3)? })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let attitude = (!checks.is_empty()).then(|| checks.remove(0));
    Ok(SkillCheck { skills, attitude, history: checks })
}

impl Coachbook {
    pub fn skill_check(&self, person: &PersonId) -> Result<SkillCheck> {
        let conn = self.conn();
        ensure_rep(&conn, person, "skill checks")?;
        skill_check(&conn, person)
    }

    /// Sets a skill's status, adding it to the rep's list when the plan does not name it.
    pub fn set_skill(&self, person: &PersonId, input: &SkillInput) -> Result<SkillCheck> {
        let name = validate::required_line(&field("name", "Skill"), &input.name, 120)?;
        let note = validate::notes(&field("note", "Note"), input.note.as_deref().unwrap_or(""), 2000)?;
        self.write(|tx| {
            ensure_rep(tx, person, "skill checks")?;
            let from_plan = skill_check(tx, person)?.skills.iter().any(|s| s.from_plan && s.name.to_lowercase() == name.to_lowercase());
            tx.execute(
                "INSERT INTO rep_skills (id, person_id, name, name_fold, status, note, added, created_at, updated_at)
                 VALUES (?1, ?2, ?3, lower(?3), ?4, ?5, ?6, ?7, ?7)
                 ON CONFLICT (person_id, name_fold) DO UPDATE SET
                     status = excluded.status, note = excluded.note, updated_at = excluded.updated_at",
                params![uuid::Uuid::now_v7().to_string(), person, name, input.status, note, !from_plan, tx.stamp()],
            )?;
            skill_check(tx, person)
        })
    }

    /// Takes a skill the manager added off the list (a plan skill cannot be removed).
    pub fn remove_skill(&self, person: &PersonId, name: &str) -> Result<SkillCheck> {
        self.write(|tx| {
            ensure_rep(tx, person, "skill checks")?;
            let added: Option<bool> = tx
                .query_row(
                    "SELECT added FROM rep_skills WHERE person_id = ?1 AND name_fold = lower(?2)",
                    params![person, name.trim()],
                    |r| r.get(0),
                )
                .optional()?;
            match added {
                None => return Err(Error::not_found("skill", name)),
                Some(false) => {
                    return Err(Error::conflict(Some("name"), "This skill comes from the rep's plan: change the plan to drop it."))
                }
                Some(true) => {}
            }
            tx.execute("DELETE FROM rep_skills WHERE person_id = ?1 AND name_fold = lower(?2)", params![person, name.trim()])?;
            skill_check(tx, person)
        })
    }

    /// Records a willing/able judgement with the facts behind it.
    pub fn record_attitude(&self, person: &PersonId, input: &AttitudeInput) -> Result<SkillCheck> {
        let today = self.clock().today();
        let assessed_on =
            validate::optional_date(&field("assessedOn", "Date"), input.assessed_on.as_deref())?.unwrap_or(today);
        if assessed_on > today {
            return Err(Error::invalid("assessedOn", "The date cannot be in the future."));
        }
        let facts = validate::notes(&field("facts", "The facts behind it"), &input.facts, 4000)?;
        if facts.trim().is_empty() {
            return Err(Error::invalid("facts", "Say what you saw: the facts behind the judgement."));
        }
        self.write(|tx| {
            ensure_rep(tx, person, "attitude checks")?;
            tx.execute(
                "INSERT INTO attitude_checks (id, person_id, assessed_on, willing, able, facts, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![uuid::Uuid::now_v7().to_string(), person, assessed_on, input.willing, input.able, facts, tx.stamp()],
            )?;
            skill_check(tx, person)
        })
    }
}
