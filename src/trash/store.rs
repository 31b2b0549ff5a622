//! Moving to the trash, listing, restoring, purging.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::rows::{capture, put_back, remove, Captured, Schema, Stored};
use super::types::*;
use crate::db::time::{stamp, Stamp};
use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::workspace::Write;
use crate::Coachbook;

/// Days an entry stays in the trash before it is purged.
pub const RETENTION_DAYS: i64 = 30;
/// Saves within this stretch after a kept version keep no further one: the
/// version before a stretch of autosaves is the one worth having.
const VERSION_STRETCH_MINUTES: i64 = 15;
const DEFAULT_PAGE: u32 = 100;

/// What is being trashed, in the words the trash list shows.
pub(crate) struct Subject {
    pub kind: TrashKind,
    pub title: String,
    pub person: Option<PersonId>,
    pub on_date: Option<NaiveDate>,
}

fn key(table: &str, filter: &[(String, Stored)]) -> String {
    format!("{table}:{}", serde_json::to_string(filter).unwrap_or_default())
}

fn parse_key(key: &str) -> Option<(String, Vec<(String, Stored)>)> {
    let (table, filter) = key.split_once(':')?;
    Some((table.to_owned(), serde_json::from_str(filter).ok()?))
}

fn filter_of(filter: &[(&str, &str)]) -> Vec<(String, Stored)> {
    filter.iter().map(|(c, v)| ((*c).to_owned(), Stored::Text((*v).to_owned()))).collect()
}

fn insert_entry(tx: &Write<'_>, subject: &Subject, captured: &Captured, version_of: Option<&str>) -> Result<TrashEntry> {
    let id = uuid::Uuid::now_v7().to_string();
    let person_name: Option<String> = match &subject.person {
        Some(person) => tx.query_row("SELECT name FROM people WHERE id = ?1", [person], |r| r.get(0)).optional()?,
        None => None,
    };
    let body = serde_json::to_string(captured).map_err(|e| Error::conflict(None, format!("The trash could not keep this: {e}")))?;
    tx.execute(
        "INSERT INTO trash (id, kind, title, person_id, person_name, on_date, records, body, version_of, deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![id, subject.kind.as_str(), subject.title, subject.person, person_name, subject.on_date,
                captured.rows.len() as u32, body, version_of, tx.stamp()],
    )?;
    load_entry(tx, &id)?.ok_or_else(|| Error::not_found("trash entry", id))
}

/// Moves the rows of `table` matching `filter` (column, text value), with
/// everything that depends on them, to the trash. The caller has checked
/// that they exist.
pub(crate) fn move_to_trash(tx: &Write<'_>, subject: Subject, table: &str, filter: &[(&str, &str)]) -> Result<TrashEntry> {
    let schema = Schema::read(tx)?;
    let captured = capture(tx, &schema, table, &filter_of(filter))?;
    if captured.rows.is_empty() {
        return Err(Error::not_found("record", subject.title));
    }
    let entry = insert_entry(tx, &subject, &captured, None)?;
    remove(tx, &schema, &captured)?;
    Ok(entry)
}

/// Keeps the row of `table` whose `id` is `id`, with its list of child
/// rows, as it is before a save replaces them; at most one version per
/// stretch of editing.
pub(crate) fn keep_earlier_version(tx: &Write<'_>, subject: Subject, table: &str, id: &str) -> Result<()> {
    let filter = filter_of(&[("id", id)]);
    let version_of = key(table, &filter);
    let since = stamp(&(tx.now() - Duration::minutes(VERSION_STRETCH_MINUTES)));
    let recent: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM trash WHERE version_of = ?1 AND deleted_at > ?2)",
        params![version_of, since],
        |r| r.get(0),
    )?;
    if recent {
        return Ok(());
    }
    let schema = Schema::read(tx)?;
    let mut captured = capture(tx, &schema, table, &filter)?;
    captured.relinks.clear();
    if !captured.rows.is_empty() {
        insert_entry(tx, &subject, &captured, Some(&version_of))?;
    }
    Ok(())
}

/// Purges what has been in the trash longer than [`RETENTION_DAYS`] as of `now`.
pub(crate) fn purge_expired(conn: &Connection, now: DateTime<Utc>) -> Result<u32> {
    let cutoff = stamp(&(now - Duration::days(RETENTION_DAYS)));
    purge_before(conn, Some(&cutoff))
}

/// Purges entries deleted before `cutoff`, or all of them.
fn purge_before(conn: &Connection, cutoff: Option<&str>) -> Result<u32> {
    let trashed = conn.execute("DELETE FROM trash WHERE ?1 IS NULL OR deleted_at < ?1", [cutoff])?;
    conn.execute(
        "DELETE FROM feedback_tags WHERE feedback_id IN
            (SELECT id FROM feedback WHERE deleted_at IS NOT NULL AND (?1 IS NULL OR deleted_at < ?1))",
        [cutoff],
    )?;
    let feedback = conn.execute("DELETE FROM feedback WHERE deleted_at IS NOT NULL AND (?1 IS NULL OR deleted_at < ?1)", [cutoff])?;
    Ok((trashed + feedback) as u32)
}

/// Trash entries and deleted feedback, in one listing.
const LISTING: &str = "SELECT id, kind, title, person_id, person_name, on_date, records, deleted_at FROM trash
     UNION ALL
     SELECT f.id, 'feedback', f.behaviour, f.person_id, p.name, f.given_on, 1, f.deleted_at
     FROM feedback f JOIN people p ON p.id = f.person_id WHERE f.deleted_at IS NOT NULL";

fn read_entry(r: &Row<'_>) -> rusqlite::Result<TrashEntry> {
    Ok(TrashEntry {
        id: r.get(0)?,
        kind: r.get(1)?,
        title: r.get(2)?,
        person_id: r.get(3)?,
        person_name: r.get(4)?,
        on_date: r.get(5)?,
        records: r.get(6)?,
        deleted_at: r.get::<_, Stamp>(7)?.0,
    })
}

fn load_entry(conn: &Connection, id: &str) -> Result<Option<TrashEntry>> {
    Ok(conn.query_row(&format!("SELECT * FROM ({LISTING}) WHERE id = ?1"), [id], read_entry).optional()?)
}

/// A version's precondition: the list it replaces may still be replaced.
fn check_replaceable(conn: &Connection, kind: TrashKind, id: &str) -> Result<()> {
    match kind {
        TrashKind::RubricVersion => {
            let used: u32 = conn.query_row("SELECT count(*) FROM scorecards WHERE rubric_version_id = ?1", [id], |r| r.get(0))?;
            if used > 0 {
                return Err(Error::conflict(
                    None,
                    "Scorecards have used this rubric since that version, so it cannot replace the current one; \
                     edit the rubric to make a new version instead.",
                ));
            }
        }
        TrashKind::PlanDraft => {
            let status: Option<String> = conn.query_row("SELECT status FROM plans WHERE id = ?1", [id], |r| r.get(0)).optional()?;
            if status.as_deref() == Some("agreed") {
                return Err(Error::conflict(None, "That plan has been agreed since; an agreed plan is never changed."));
            }
        }
        _ => {}
    }
    Ok(())
}

impl Coachbook {
    /// What is in the trash, most recently deleted first.
    pub fn list_trash(&self, limit: Option<u32>, offset: Option<u32>) -> Result<TrashPage> {
        let limit = limit.unwrap_or(DEFAULT_PAGE).clamp(1, 500);
        let offset = offset.unwrap_or(0);
        let conn = self.conn();
        let total: u32 = conn.query_row(&format!("SELECT count(*) FROM ({LISTING})"), [], |r| r.get(0))?;
        let items = conn
            .prepare(&format!("{LISTING} ORDER BY 8 DESC, 1 DESC LIMIT {limit} OFFSET {offset}"))?
            .query_map([], read_entry)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let oldest: Option<Stamp> = conn.query_row(&format!("SELECT min(deleted_at) FROM ({LISTING})"), [], |r| r.get(0))?;
        let next_purge = oldest.map(|s| s.0 + Duration::days(RETENTION_DAYS));
        Ok(TrashPage { items, total, next_purge })
    }

    /// Puts an entry back where it was (an earlier version replaces the
    /// current one, which is kept in the trash in its turn).
    pub fn restore_from_trash(&self, id: &str) -> Result<TrashEntry> {
        self.write(|tx| {
            let entry = load_entry(tx, id)?.ok_or_else(|| Error::not_found("trash entry", id))?;
            if entry.kind == TrashKind::Feedback {
                tx.execute("UPDATE feedback SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1", params![id, tx.stamp()])?;
                return Ok(entry);
            }
            let (body, version_of): (String, Option<String>) =
                tx.query_row("SELECT body, version_of FROM trash WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            let captured: Captured = serde_json::from_str(&body)
                .map_err(|e| Error::conflict(None, format!("This trash entry cannot be read back: {e}")))?;
            let schema = Schema::read(tx)?;
            if version_of.is_some() {
                let (table, filter) = parse_key(version_of.as_deref().unwrap_or_default())
                    .ok_or_else(|| Error::conflict(None, "This trash entry cannot be read back."))?;
                if let Some((_, Stored::Text(value))) = filter.first() {
                    check_replaceable(tx, entry.kind, value)?;
                }
                let mut current = capture(tx, &schema, &table, &filter)?;
                if current.rows.is_empty() {
                    return Err(Error::conflict(None, "What this version belongs to is deleted: restore it from the trash first."));
                }
                current.relinks.clear();
                // Named as it is now ("Renamed"), not as the version being restored.
                let title = match current.rows[0].values.iter().find(|(c, _)| c == "name") {
                    Some((_, Stored::Text(name))) => name.clone(),
                    _ => entry.title.clone(),
                };
                let subject = Subject { kind: entry.kind, title, person: entry.person_id.clone(), on_date: entry.on_date };
                insert_entry(tx, &subject, &current, version_of.as_deref())?;
                remove(tx, &schema, &current)?;
            }
            put_back(tx, &schema, &captured)?;
            tx.execute("DELETE FROM trash WHERE id = ?1", [id])?;
            Ok(entry)
        })
    }

    /// Purges everything in the trash now; returns how many entries went.
    pub fn empty_trash(&self) -> Result<u32> {
        self.write(|tx| purge_before(tx, None))
    }
}
