//! Packs and conflicts in words: what a pack brought ("3 shared notes",
//! "KPI values for weeks 45–47"), which fields two versions disagree on, and
//! putting a chosen version of a row in place.

use chrono::{Datelike, NaiveDate};
use rusqlite::{params_from_iter, Connection};

use super::apply::Change;
use super::diff::Row;
use super::types::ConflictField;
use crate::error::{Error, Result};
use crate::trash::{Schema, Stored};
use rusqlite::hooks::Action;

/// A record of `table` in words (for conflicts).
pub(crate) fn describe(table: &str) -> &'static str {
    match table {
        "people" => "a person's details",
        "meetings" => "a one-on-one",
        "meeting_notes" => "a shared note",
        "action_items" => "an action item",
        "feedback" => "feedback",
        "plans" | "plan_activities" => "the plan",
        "activity_actuals" => "a week's plan actuals",
        "kpis" => "a KPI",
        "kpi_values" => "a KPI value",
        "accounts" => "an account",
        "kare_splits" => "the KARE split",
        "personal_goals" => "the personal goal",
        "rep_skills" | "attitude_checks" => "the skill check",
        "scorecards" | "scorecard_rounds" | "scorecard_scores" => "a scorecard",
        "rubrics" | "rubric_versions" | "rubric_criteria" => "a rubric",
        _ => "a record",
    }
}

/// The noun a table's rows are counted with, if it is worth a line.
fn noun(table: &str) -> Option<(&'static str, &'static str)> {
    Some(match table {
        "people" => ("person", "people"),
        "meetings" => ("one-on-one", "one-on-ones"),
        "meeting_notes" => ("shared note", "shared notes"),
        "action_items" => ("action item", "action items"),
        "feedback" => ("feedback entry", "feedback entries"),
        "plans" => ("plan version", "plan versions"),
        "kpis" => ("KPI", "KPIs"),
        "accounts" => ("account", "accounts"),
        "kare_splits" => ("KARE split", "KARE splits"),
        "personal_goals" => ("personal goal", "personal goals"),
        "rep_skills" => ("skill", "skills"),
        "attitude_checks" => ("attitude check", "attitude checks"),
        "scorecards" => ("submitted scorecard", "submitted scorecards"),
        "rubric_versions" => ("rubric", "rubrics"),
        _ => return None,
    })
}

fn counted(n: usize, (one, many): (&str, &str)) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The ISO weeks of weekly rows (KPI values, plan actuals) as "week 45" or "weeks 45–47".
fn weeks(changes: &[&Change]) -> String {
    let mut found: Vec<u32> = changes
        .iter()
        .filter_map(|c| {
            let key: Vec<Stored> = serde_json::from_str(&c.key).ok()?;
            key.iter().find_map(|v| match v {
                Stored::Text(t) => t.parse::<NaiveDate>().ok().map(|d| d.iso_week().week()),
                _ => None,
            })
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    match (found.first(), found.last()) {
        (Some(a), Some(b)) if a == b => format!("week {a}"),
        (Some(a), Some(b)) => format!("weeks {a}–{b}"),
        _ => String::new(),
    }
}

/// What a set of changes brings, in words, one line per kind of record.
pub(crate) fn summarise(changes: &[Change]) -> Vec<String> {
    let mut tables: Vec<&str> = Vec::new();
    for c in changes {
        if !tables.contains(&c.table.as_str()) {
            tables.push(&c.table);
        }
    }
    let mut lines = Vec::new();
    for table in tables {
        let of_table: Vec<&Change> = changes.iter().filter(|c| c.table == table).collect();
        let (gone, kept): (Vec<&Change>, Vec<&Change>) = of_table.into_iter().partition(|c| c.action == Action::SQLITE_DELETE);
        match table {
            "kpi_values" if !kept.is_empty() => lines.push(format!("KPI values for {}", weeks(&kept))),
            "activity_actuals" if !kept.is_empty() => lines.push(format!("plan actuals for {}", weeks(&kept))),
            _ => {
                if let Some(noun) = noun(table) {
                    if !kept.is_empty() {
                        lines.push(counted(kept.len(), noun));
                    }
                    if !gone.is_empty() {
                        lines.push(format!("{} taken back", counted(gone.len(), noun)));
                    }
                }
            }
        }
    }
    lines
}

fn shown(value: &Stored) -> Option<String> {
    match value {
        Stored::Null => None,
        Stored::Integer(i) => Some(i.to_string()),
        Stored::Real(f) => Some(f.to_string()),
        Stored::Text(t) => Some(t.clone()),
        Stored::Blob { .. } => Some("(data)".into()),
    }
}

/// The fields where two versions differ (times and keys aside).
pub(crate) fn differing(ours: Option<&Row>, theirs: Option<&Row>) -> Vec<ConflictField> {
    let names: Vec<String> = ours.or(theirs).map(|r| r.iter().map(|(c, _)| c.clone()).collect()).unwrap_or_default();
    let get = |row: Option<&Row>, name: &str| row.and_then(|r| r.iter().find(|(c, _)| c == name)).and_then(|(_, v)| shown(v));
    names
        .into_iter()
        .filter(|n| n != "id" && n != "updated_at" && n != "created_at" && !n.ends_with("_id"))
        .filter_map(|n| {
            let (o, t) = (get(ours, &n), get(theirs, &n));
            (o != t).then(|| ConflictField { name: n.replace('_', " "), ours: o, theirs: t })
        })
        .collect()
}

/// Puts `row` in place in `table` (over the record with its key, or as a new
/// one), stamped as changed `now` so the next pack carries it on.
pub(crate) fn put_row(conn: &Connection, schema: &Schema, table: &str, mut row: Row, now: &str) -> Result<()> {
    for (c, v) in row.iter_mut() {
        if c == "updated_at" {
            *v = Stored::Text(now.to_owned());
        }
    }
    let key = schema.key(table)?;
    let names = row.iter().map(|(c, _)| format!("\"{c}\"")).collect::<Vec<_>>().join(", ");
    let marks = vec!["?"; row.len()].join(", ");
    let updates = row
        .iter()
        .filter(|(c, _)| !key.contains(c))
        .map(|(c, _)| format!("\"{c}\" = excluded.\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let conflict = key.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ");
    let sql = format!("INSERT INTO \"{table}\" ({names}) VALUES ({marks}) ON CONFLICT ({conflict}) DO UPDATE SET {updates}");
    conn.execute(&sql, params_from_iter(row.iter().map(|(_, v)| v))).map_err(|e| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => {
            Error::conflict(None, "That version cannot be put back: what it belongs to is gone, or it clashes with another record.")
        }
        _ => Error::from(e),
    })?;
    Ok(())
}
