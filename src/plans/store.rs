//! Storage and rules for the cookbook plan and its weekly actuals.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::types::*;
use crate::db::time::Stamp;
use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::people::ensure_rep;
use crate::validate::{self, field, nested};
use crate::weeks::{iso_label, parse_week, weeks_ending};
use crate::trash::{keep_earlier_version, Subject, TrashKind};
use crate::Coachbook;

const MAX_ACTIVITIES: usize = 20;

fn load_plan(conn: &Connection, person: &PersonId, version: Option<u32>) -> Result<Option<Plan>> {
    let row: Option<(String, u32, String, String, Option<Stamp>, Stamp)> = conn
        .query_row(
            "SELECT id, version, status, note, agreed_at, updated_at FROM plans
             WHERE person_id = ?1 AND (?2 IS NULL OR version = ?2) ORDER BY version DESC LIMIT 1",
            params![person, version],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .optional()?;
    let Some((id, version, status, note, agreed_at, updated_at)) = row else { return Ok(None) };
    let activities = conn
        .prepare_cached("SELECT kind, name, target, period FROM plan_activities WHERE plan_id = ?1 ORDER BY position")?
        .query_map([&id], |r| {
            let period: Period = r.get(3)?;
            let target: f64 = r.get(2)?;
            Ok(Activity { kind: r.get(0)?, name: r.get(1)?, target, period, weekly_target: period.weekly(target) })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(Plan {
        person_id: person.clone(),
        version,
        status: if status == "agreed" { PlanStatus::Agreed } else { PlanStatus::Draft },
        note,
        activities,
        agreed_at: agreed_at.map(|s| s.0),
        updated_at: updated_at.0,
    }))
}

/// The newest version, draft or agreed.
pub(crate) fn current_plan(conn: &Connection, person: &PersonId) -> Result<Option<Plan>> {
    load_plan(conn, person, None)
}

/// The plan in force for actuals: the newest agreed version, else the draft.
pub(crate) fn plan_in_force(conn: &Connection, person: &PersonId) -> Result<Option<Plan>> {
    let agreed: Option<u32> = conn
        .query_row(
            "SELECT max(version) FROM plans WHERE person_id = ?1 AND status = 'agreed'",
            [person],
            |r| r.get(0),
        )?;
    match agreed {
        Some(version) => load_plan(conn, person, Some(version)),
        None => current_plan(conn, person),
    }
}

struct CleanActivity {
    kind: ActivityKind,
    name: String,
    target: f64,
    period: Period,
}

fn clean(draft: &PlanDraft) -> Result<(String, Vec<CleanActivity>)> {
    let note = validate::notes(&field("note", "Note"), draft.note.as_deref().unwrap_or(""), 4000)?;
    if draft.activities.len() > MAX_ACTIVITIES {
        return Err(Error::invalid("activities", format!("A plan has at most {MAX_ACTIVITIES} activities.")));
    }
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for (i, a) in draft.activities.iter().enumerate() {
        let at = |part: &str, label: &str| nested(format!("activities[{i}].{part}"), format!("Activity {}: {label}", i + 1));
        let typed = validate::line(&at("name", "name"), a.name.as_deref().unwrap_or(""), 80)?;
        let name = if typed.is_empty() { a.kind.default_name().to_owned() } else { typed };
        if name.is_empty() {
            return Err(at("name", "name").error(format!("Activity {}: name the custom activity.", i + 1)));
        }
        if !a.target.is_finite() || a.target <= 0.0 || a.target > 100_000.0 {
            return Err(at("target", "target").error(format!("Activity {}: the target must be a number above 0.", i + 1)));
        }
        let fold = name.to_lowercase();
        if seen.contains(&fold) {
            return Err(at("name", "name").error(format!("Activity {}: '{name}' is already in the plan.", i + 1)));
        }
        seen.push(fold);
        out.push(CleanActivity { kind: a.kind, name, target: a.target, period: a.period });
    }
    Ok((note, out))
}

fn write_activities(conn: &Connection, plan_id: &str, activities: &[CleanActivity]) -> Result<()> {
    conn.execute("DELETE FROM plan_activities WHERE plan_id = ?1", [plan_id])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO plan_activities (id, plan_id, position, kind, name, name_fold, target, period)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (position, a) in activities.iter().enumerate() {
        insert.execute(params![uuid::Uuid::now_v7().to_string(), plan_id, position as u32, a.kind.as_str(), a.name,
                               a.name.to_lowercase(), a.target, a.period.as_str()])?;
    }
    Ok(())
}

/// The plan in force with each activity's actuals over `weeks` weeks ending at `until`.
pub(crate) fn plan_progress(conn: &Connection, person: &PersonId, weeks: u32, until: NaiveDate) -> Result<PlanProgress> {
    let plan = plan_in_force(conn, person)?;
    let activities = plan.as_ref().map(|p| p.activities.clone()).unwrap_or_default();
    let mondays = weeks_ending(until, weeks.clamp(1, 104));
    let mut values: HashMap<(String, NaiveDate), f64> = HashMap::new();
    let mut statement = conn.prepare_cached(
        "SELECT name_fold, week, value FROM activity_actuals WHERE person_id = ?1 AND week >= ?2 AND week <= ?3",
    )?;
    let rows = statement.query_map(params![person, mondays[0], mondays[mondays.len() - 1]], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, NaiveDate>(1)?, r.get::<_, f64>(2)?))
    })?;
    for row in rows {
        let (name, week, value) = row?;
        values.insert((name, week), value);
    }
    let weeks = mondays
        .into_iter()
        .map(|week| PlanWeek {
            week,
            label: iso_label(week),
            actuals: activities.iter().map(|a| values.get(&(a.name.to_lowercase(), week)).copied()).collect(),
        })
        .collect();
    Ok(PlanProgress { plan, activities, weeks })
}

/// A week's actual for an activity: a number from 0 to 100,000.
pub(crate) fn check_actual(activity: &str, v: f64) -> Result<()> {
    if !v.is_finite() || !(0.0..=100_000.0).contains(&v) {
        return Err(Error::invalid("value", format!("{activity}: enter a number from 0.")));
    }
    Ok(())
}

/// Records a week's actual (`week` is its Monday) under the activity's
/// name, case aside, replacing any earlier one. Returns rows changed.
pub(crate) fn put_actual(conn: &Connection, person: &PersonId, activity: &str, week: NaiveDate, value: f64) -> Result<usize> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO activity_actuals (person_id, name_fold, week, value) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (person_id, name_fold, week) DO UPDATE SET value = excluded.value",
        )?
        .execute(params![person, activity.trim().to_lowercase(), week, value])?)
}

impl Coachbook {
    /// The newest version of the rep's plan, if they have one.
    pub fn plan(&self, person: &PersonId) -> Result<Option<Plan>> {
        current_plan(&self.conn(), person)
    }

    pub fn plan_version(&self, person: &PersonId, version: u32) -> Result<Plan> {
        load_plan(&self.conn(), person, Some(version))?
            .ok_or_else(|| Error::not_found("plan version", format!("{person} v{version}")))
    }

    /// Every version, newest first.
    pub fn plan_history(&self, person: &PersonId) -> Result<Vec<Plan>> {
        let conn = self.conn();
        let versions: Vec<u32> = conn
            .prepare("SELECT version FROM plans WHERE person_id = ?1 ORDER BY version DESC")?
            .query_map([person], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        versions.into_iter().map(|v| load_plan(&conn, person, Some(v)).map(|p| p.expect("listed version exists"))).collect()
    }

    /// Saves the rep's draft. Editing an agreed plan starts a new draft
    /// version, so every agreed version stays as it was agreed.
    pub fn save_plan(&self, person: &PersonId, draft: &PlanDraft) -> Result<Plan> {
        let (note, activities) = clean(draft)?;
        self.write(|tx| {
            ensure_rep(tx, person, "plans")?;
            let now = tx.stamp();
            let current: Option<(String, u32, PlanStatus)> = tx
                .query_row(
                    "SELECT id, version, status FROM plans WHERE person_id = ?1 ORDER BY version DESC LIMIT 1",
                    [person],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let plan_id = match current {
                Some((id, version, PlanStatus::Draft)) => {
                    let subject = Subject { kind: TrashKind::PlanDraft, title: format!("Plan, version {version}"), person: Some(person.clone()), on_date: None };
                    keep_earlier_version(tx, subject, "plans", &id)?;
                    tx.execute("UPDATE plans SET note = ?2, updated_at = ?3 WHERE id = ?1", params![id, note, now])?;
                    id
                }
                other => {
                    let id = uuid::Uuid::now_v7().to_string();
                    let version = other.map_or(1, |(_, v, _)| v + 1);
                    tx.execute(
                        "INSERT INTO plans (id, person_id, version, status, note, created_at, updated_at)
                         VALUES (?1, ?2, ?3, 'draft', ?4, ?5, ?5)",
                        params![id, person, version, note, now],
                    )?;
                    id
                }
            };
            write_activities(tx, &plan_id, &activities)?;
            Ok(current_plan(tx, person)?.expect("just saved"))
        })
    }

    /// Marks the draft as agreed between rep and manager.
    pub fn agree_plan(&self, person: &PersonId) -> Result<Plan> {
        self.write(|tx| {
            let plan = current_plan(tx, person)?.ok_or_else(|| Error::conflict(None, "There is no plan to agree yet."))?;
            if plan.status == PlanStatus::Agreed {
                return Err(Error::conflict(None, format!("Version {} is already agreed.", plan.version)));
            }
            if plan.activities.is_empty() {
                return Err(Error::invalid("activities", "Add at least one activity before agreeing the plan."));
            }
            let now = tx.stamp();
            tx.execute(
                "UPDATE plans SET status = 'agreed', agreed_at = ?3, updated_at = ?3 WHERE person_id = ?1 AND version = ?2",
                params![person, plan.version, now],
            )?;
            Ok(current_plan(tx, person)?.expect("exists"))
        })
    }

    /// Records a week's actuals for the plan's activities (the weekly grid).
    pub fn record_actuals(&self, person: &PersonId, week: &str, actuals: &[ActualInput]) -> Result<()> {
        let week = parse_week(week)?;
        if actuals.len() > 100 {
            return Err(Error::invalid("actuals", "At most 100 activities a week."));
        }
        for (i, a) in actuals.iter().enumerate() {
            validate::required_line(&validate::nested(format!("actuals[{i}].activity"), format!("Activity {}", i + 1)), &a.activity, 120)?;
            if let Some(v) = a.value {
                check_actual(&a.activity, v).map_err(|e| Error::invalid(format!("actuals[{i}].value"), e.to_string()))?;
            }
        }
        self.write(|tx| {
            ensure_rep(tx, person, "plans")?;
            for a in actuals {
                let name = a.activity.trim().to_lowercase();
                match a.value {
                    Some(value) => put_actual(tx, person, &a.activity, week, value)?,
                    None => tx.execute(
                        "DELETE FROM activity_actuals WHERE person_id = ?1 AND name_fold = ?2 AND week = ?3",
                        params![person, name, week],
                    )?,
                };
            }
            Ok(())
        })
    }

    pub fn plan_progress(&self, person: &PersonId, weeks: u32, until: NaiveDate) -> Result<PlanProgress> {
        plan_progress(&self.conn(), person, weeks, until)
    }
}
