//! Each rep's status kept between calls, so the team-wide views cost what
//! they show rather than what the team has done in ten years.
//!
//! A status holds for one day and until something it is made from changes.
//! The connection's own writes mark the reps they touch through temporary
//! triggers (so every path that writes, packs and undo included, is
//! covered without knowing about the cache); a commit by another
//! connection (a second window) changes `PRAGMA data_version` and clears
//! everything. A connection opened anew marks everything stale too.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::NaiveDate;
use rusqlite::Connection;

use super::status::{compute, RepStatus};
use crate::error::Result;
use crate::ids::PersonId;

/// What a mark of "every rep" looks like in the stale table.
const EVERYONE: &str = "*";

/// The tables a status is made from, and how a row names its rep.
const SOURCES: &[(&str, &str)] = &[
    ("people", "{row}.id"),
    ("meetings", "{row}.person_id"),
    ("action_items", "{row}.person_id"),
    ("feedback", "{row}.person_id"),
    ("kpis", "{row}.person_id"),
    ("kpi_values", "(SELECT person_id FROM main.kpis WHERE id = {row}.kpi_id)"),
];

/// Creates the stale table and its triggers on a newly opened connection
/// (they live in its `temp` schema: nothing is written to the file).
pub(crate) fn install(conn: &Connection) -> rusqlite::Result<()> {
    let mut sql = String::from("CREATE TEMP TABLE IF NOT EXISTS team_status_stale (person_id TEXT PRIMARY KEY);\n");
    for (table, rep) in SOURCES {
        // Not `INSERT OR IGNORE`: a trigger takes the conflict rule of the statement that fired it.
        let mark = |row: &str| {
            let rep = rep.replace("{row}", row);
            format!("INSERT INTO team_status_stale SELECT {rep} WHERE NOT EXISTS (SELECT 1 FROM team_status_stale WHERE person_id IS {rep});")
        };
        for (event, marks) in [("INSERT", mark("NEW")), ("DELETE", mark("OLD")), ("UPDATE", format!("{} {}", mark("OLD"), mark("NEW")))] {
            sql.push_str(&format!(
                "CREATE TEMP TRIGGER IF NOT EXISTS team_status_{table}_{event} AFTER {event} ON main.{table} BEGIN {marks} END;\n",
                event = event.to_lowercase()
            ));
        }
    }
    sql.push_str(&format!("INSERT OR IGNORE INTO team_status_stale VALUES ('{EVERYONE}');"));
    conn.execute_batch(&sql)
}

#[derive(Default)]
pub(crate) struct StatusCache {
    inner: Mutex<Kept>,
}

#[derive(Default)]
struct Kept {
    data_version: Option<i64>,
    statuses: HashMap<PersonId, (NaiveDate, RepStatus)>,
}

impl StatusCache {
    /// The statuses of `reps` as of `today`, in their order: kept ones as
    /// they are, the others worked out now and kept.
    pub fn statuses(&self, conn: &Connection, reps: &[PersonId], today: NaiveDate) -> Result<Vec<RepStatus>> {
        let mut kept = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        forget_stale(conn, &mut kept)?;
        reps.iter()
            .map(|rep| {
                if let Some((_, status)) = kept.statuses.get(rep).filter(|(day, _)| *day == today) {
                    return Ok(status.clone());
                }
                let status = compute(conn, rep, today)?;
                kept.statuses.insert(rep.clone(), (today, status.clone()));
                Ok(status)
            })
            .collect()
    }
}

/// Drops what the stale table names (and everything after another
/// connection's commit), then empties the table.
fn forget_stale(conn: &Connection, kept: &mut Kept) -> Result<()> {
    let version: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
    if kept.data_version != Some(version) {
        kept.statuses.clear();
        kept.data_version = Some(version);
    }
    let stale: Vec<Option<String>> =
        conn.prepare_cached("SELECT person_id FROM temp.team_status_stale")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    if stale.is_empty() {
        return Ok(());
    }
    for rep in stale {
        match rep.as_deref() {
            Some(EVERYONE) => kept.statuses.clear(),
            Some(id) => {
                kept.statuses.remove(&PersonId::from(id.to_owned()));
            }
            // A value for a KPI already gone names no one; its KPI's own mark did.
            None => {}
        }
    }
    conn.prepare_cached("DELETE FROM temp.team_status_stale")?.execute([])?;
    Ok(())
}
