//! Making a pack's changeset: the link's projection now against the rows
//! last sent over it. Only the rows that differ are loaded into a scratch
//! in-memory database (old in one schema, new in the other), and SQLite's
//! session extension writes the changeset between them, with the old values
//! the receiver needs to see conflicts.

use std::collections::{HashMap, HashSet};

use rusqlite::session::Session;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, ToSql};

use super::scope::{parts_for, Part};
use super::types::PeerRole;
use crate::error::Result;
use crate::trash::{Schema, Stored};

/// The link as a pack needs it.
#[derive(Debug, Clone)]
pub(crate) struct LinkRow {
    pub id: String,
    pub peer_role: PeerRole,
    pub person_id: Option<String>,
    pub assessor: Option<String>,
}

/// A row as it is keyed and remembered: its primary key and its values, as JSON.
pub(crate) type Row = Vec<(String, Stored)>;

/// One row's new state as sent (`None`: deleted on the other side).
pub(crate) struct SentChange {
    pub table: &'static str,
    pub key: String,
    pub row: Option<String>,
}

pub(crate) struct Outgoing {
    pub body: Vec<u8>,
    pub changes: Vec<SentChange>,
}

fn share_goal(conn: &Connection) -> Result<i64> {
    Ok(i64::from(crate::settings::get(conn, crate::settings::SHARE_GOAL)?.as_deref() == Some("on")))
}

/// The projection's rows of one table (all, or the one with `key`).
pub(crate) fn projected(conn: &Connection, schema: &Schema, link: &LinkRow, part: &Part, key: Option<&[Stored]>) -> Result<Vec<(String, Row)>> {
    let columns = schema.columns(part.table)?;
    let key_columns = schema.key(part.table)?;
    let list = columns
        .iter()
        .map(|c| match part.blank.iter().find(|(name, _)| name == c) {
            Some((_, expr)) => format!("{expr} AS \"{c}\""),
            None => format!("t.\"{c}\""),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let mut sql = format!("SELECT {list} FROM \"{}\" t WHERE ({})", part.table, part.filter);
    if key.is_some() {
        for c in &key_columns {
            sql.push_str(&format!(" AND t.\"{c}\" = :key_{c}"));
        }
    }
    let mut statement = conn.prepare_cached(&sql)?;
    let share = share_goal(conn)?;
    let mut bound: Vec<(String, Box<dyn ToSql>)> = vec![
        (":person".into(), Box::new(link.person_id.clone())),
        (":assessor".into(), Box::new(link.assessor.clone())),
        (":link".into(), Box::new(link.id.clone())),
        (":share_goal".into(), Box::new(share)),
    ];
    if let Some(values) = key {
        for (c, v) in key_columns.iter().zip(values) {
            bound.push((format!(":key_{c}"), Box::new(v.clone())));
        }
    }
    for (name, value) in &bound {
        if let Some(index) = statement.parameter_index(name)? {
            statement.raw_bind_parameter(index, value)?;
        }
    }
    let mut rows = statement.raw_query();
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut row: Row = Vec::with_capacity(columns.len());
        for (i, c) in columns.iter().enumerate() {
            row.push((c.clone(), Stored::from(r.get::<_, Value>(i)?)));
        }
        out.push((key_of(&key_columns, &row), row));
    }
    Ok(out)
}

/// A row's primary key as stored in `sent_rows`: its key values as JSON.
pub(crate) fn key_of(key_columns: &[String], row: &Row) -> String {
    let values: Vec<&Stored> =
        key_columns.iter().map(|k| row.iter().find(|(c, _)| c == k).map(|(_, v)| v).unwrap_or(&Stored::Null)).collect();
    serde_json::to_string(&values).unwrap_or_default()
}

fn sent(conn: &Connection, link: &str, table: &str) -> Result<HashMap<String, String>> {
    let mut statement = conn.prepare_cached("SELECT pk, row FROM sent_rows WHERE link_id = ?1 AND tbl = ?2")?;
    let rows = statement.query_map(params![link, table], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A table's definition for the scratch database, in schema `into`.
fn create_sql(conn: &Connection, table: &str, into: &str) -> Result<String> {
    let sql: String = conn.query_row("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1", [table], |r| r.get(0))?;
    let body = sql.find('(').map(|i| &sql[i..]).unwrap_or("");
    Ok(format!("CREATE TABLE {into}.\"{table}\" {body}"))
}

fn insert(scratch: &Connection, schema_name: &str, table: &str, row: &Row) -> Result<()> {
    let names = row.iter().map(|(c, _)| format!("\"{c}\"")).collect::<Vec<_>>().join(", ");
    let marks = vec!["?"; row.len()].join(", ");
    scratch
        .prepare_cached(&format!("INSERT INTO {schema_name}.\"{table}\" ({names}) VALUES ({marks})"))?
        .execute(params_from_iter(row.iter().map(|(_, v)| v)))?;
    Ok(())
}

/// The changeset that brings the other side of `link` from what was sent to
/// what the projection holds now, and the new "sent" state per row.
pub(crate) fn outgoing(conn: &Connection, link: &LinkRow) -> Result<Outgoing> {
    let schema = Schema::read(conn)?;
    let scratch = Connection::open_in_memory()?;
    // The scratch copy holds only the rows that differ: their parents are elsewhere.
    scratch.pragma_update(None, "foreign_keys", false)?;
    scratch.execute_batch("ATTACH DATABASE ':memory:' AS old")?;
    let mut changes = Vec::new();
    let mut tables: Vec<&'static str> = Vec::new();
    for part in parts_for(link.peer_role) {
        let current = projected(conn, &schema, link, part, None)?;
        let mut before = sent(conn, &link.id, part.table)?;
        let mut new_rows = Vec::new();
        let mut old_rows = Vec::new();
        let mut present = HashSet::new();
        for (key, row) in current {
            let json = serde_json::to_string(&row).unwrap_or_default();
            present.insert(key.clone());
            match before.get(&key) {
                Some(old) if *old == json => continue,
                Some(old) => old_rows.push(serde_json::from_str::<Row>(old).unwrap_or_default()),
                None => {}
            }
            changes.push(SentChange { table: part.table, key, row: Some(json) });
            new_rows.push(row);
        }
        before.retain(|key, _| !present.contains(key));
        for (key, old) in before {
            old_rows.push(serde_json::from_str::<Row>(&old).unwrap_or_default());
            changes.push(SentChange { table: part.table, key, row: None });
        }
        if new_rows.is_empty() && old_rows.is_empty() {
            continue;
        }
        scratch.execute_batch(&create_sql(conn, part.table, "main")?)?;
        scratch.execute_batch(&create_sql(conn, part.table, "old")?)?;
        for row in &new_rows {
            insert(&scratch, "main", part.table, row)?;
        }
        for row in &old_rows {
            insert(&scratch, "old", part.table, row)?;
        }
        tables.push(part.table);
    }
    let mut body = Vec::new();
    if !tables.is_empty() {
        let mut session = Session::new(&scratch)?;
        for table in &tables {
            session.attach(Some(*table))?;
            session.diff::<&str, &str>("old", table)?;
        }
        session.changeset_strm(&mut body)?;
    }
    Ok(Outgoing { body, changes })
}

/// Remembers what a pack sent, once it is written.
pub(crate) fn record_sent(conn: &Connection, link: &str, changes: &[SentChange]) -> Result<()> {
    let mut upsert = conn.prepare_cached(
        "INSERT INTO sent_rows (link_id, tbl, pk, row) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (link_id, tbl, pk) DO UPDATE SET row = excluded.row",
    )?;
    let mut delete = conn.prepare_cached("DELETE FROM sent_rows WHERE link_id = ?1 AND tbl = ?2 AND pk = ?3")?;
    for change in changes {
        match &change.row {
            Some(row) => upsert.execute(params![link, change.table, change.key, row])?,
            None => delete.execute(params![link, change.table, change.key])?,
        };
    }
    Ok(())
}
