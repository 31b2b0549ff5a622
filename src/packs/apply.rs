//! Applying a pack's changeset, with a defined outcome for every conflict
//! SQLite reports, and recording exactly what changed (a session on the
//! synced tables) so the pack can be summarised and undone.
//!
//! | conflict     | outcome                                                        |
//! |--------------|----------------------------------------------------------------|
//! | DATA         | update: the later `updated_at` wins, the other kept and listed; delete of a row changed here: ours stays, listed |
//! | NOTFOUND     | delete: already gone, nothing to do; update of a row deleted here: stays deleted, theirs listed |
//! | CONFLICT     | insert of a key we have: the same row is no conflict; else the later wins, the other listed |
//! | CONSTRAINT   | the change is left out and listed (it breaks a rule here)      |
//! | FOREIGN_KEY  | the whole pack is refused: it needs records that earlier packs bring |

use std::collections::HashMap;
use std::io::Read;
use std::sync::{Arc, Mutex};

use rusqlite::hooks::Action;
use rusqlite::session::{ChangesetItem, ChangesetIter, ConflictAction, ConflictType, Session};
use rusqlite::types::ValueRef;
use rusqlite::Connection;
use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;

use super::diff::Row;
use super::scope::synced_tables;
use super::types::{ConflictKind, KeptSide};
use crate::error::{Error, Result};
use crate::trash::{Schema, Stored};

/// A conflict as met, before it is stored.
#[derive(Debug, Clone)]
pub(crate) struct Met {
    pub table: String,
    pub key: String,
    pub kind: ConflictKind,
    pub kept: KeptSide,
    pub ours: Option<Row>,
    pub theirs: Option<Row>,
}

pub(crate) struct Applied {
    /// The changes as applied (a changeset of the synced tables).
    pub changes: Vec<u8>,
    pub conflicts: Vec<Met>,
}

/// One change of a changeset: its table, the key of its row, and its kind.
pub(crate) struct Change {
    pub table: String,
    pub key: String,
    pub action: Action,
}

fn stored(value: ValueRef<'_>) -> Stored {
    match value {
        ValueRef::Null => Stored::Null,
        ValueRef::Integer(i) => Stored::Integer(i),
        ValueRef::Real(f) => Stored::Real(f),
        ValueRef::Text(t) => Stored::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Stored::Blob { blob: b.to_vec() },
    }
}

fn read_row(columns: &[String], get: impl Fn(usize) -> Option<Stored>) -> Option<Row> {
    let mut row = Vec::with_capacity(columns.len());
    for (i, c) in columns.iter().enumerate() {
        row.push((c.clone(), get(i)?));
    }
    Some(row)
}

fn value(row: &Row, column: &str) -> Option<Stored> {
    row.iter().find(|(c, _)| c == column).map(|(_, v)| v.clone())
}

/// The key of the row a change is about, as `sent_rows` spells it.
fn item_key(item: &ChangesetItem, action: &Action) -> String {
    let flags = item.pk().map(<[u8]>::to_vec).unwrap_or_default();
    let mut values = Vec::new();
    for (i, flag) in flags.iter().enumerate() {
        if *flag != 0 {
            let v = match action {
                Action::SQLITE_INSERT => item.new_value(i),
                _ => item.old_value(i),
            };
            values.push(v.map(stored).unwrap_or(Stored::Null));
        }
    }
    serde_json::to_string(&values).unwrap_or_default()
}

/// Whether `theirs` wins over `ours`: the later save, and between two saved
/// at the same moment the one that sorts later, so both sides pick the same.
fn theirs_later(ours: &Row, theirs: &Row) -> bool {
    match (value(ours, "updated_at"), value(theirs, "updated_at")) {
        (Some(Stored::Text(o)), Some(Stored::Text(t))) if o != t => t > o,
        // A table without times: the sender, who owns such rows, wins.
        (None, None) => true,
        _ => serde_json::to_string(theirs).unwrap_or_default() > serde_json::to_string(ours).unwrap_or_default(),
    }
}

/// Applies `body` to `conn` (inside the caller's transaction).
pub(crate) fn apply(conn: &Connection, schema: &Schema, body: &[u8]) -> Result<Applied> {
    let tables = synced_tables();
    let mut columns: HashMap<String, Vec<String>> = HashMap::new();
    for t in &tables {
        columns.insert((*t).to_owned(), schema.columns(t)?);
    }
    let met: Arc<Mutex<Vec<Met>>> = Arc::default();
    let missing_parent: Arc<Mutex<bool>> = Arc::default();
    let mut session = Session::new(conn)?;
    for t in &tables {
        session.attach(Some(*t))?;
    }
    let (record, refused) = (Arc::clone(&met), Arc::clone(&missing_parent));
    let handler = move |kind: ConflictType, item: ChangesetItem| -> ConflictAction {
        let Ok(op) = item.op() else { return ConflictAction::SQLITE_CHANGESET_ABORT };
        let table = op.table_name().to_owned();
        let action = op.code();
        let cols = columns.get(&table).cloned().unwrap_or_default();
        let ours = read_row(&cols, |i| item.conflict(i).ok().map(stored));
        let new = |i: usize| item.new_value(i).ok().map(stored);
        let key = item_key(&item, &action);
        let theirs: Option<Row> = match action {
            Action::SQLITE_INSERT => Some(cols.iter().enumerate().map(|(i, c)| (c.clone(), new(i).unwrap_or(Stored::Null))).collect()),
            Action::SQLITE_UPDATE => {
                let base = ours.clone().unwrap_or_else(|| {
                    cols.iter().enumerate().map(|(i, c)| (c.clone(), item.old_value(i).ok().map(stored).unwrap_or(Stored::Null))).collect()
                });
                Some(base.into_iter().enumerate().map(|(i, (c, v))| (c, new(i).unwrap_or(v))).collect())
            }
            _ => None,
        };
        let note = |kind: ConflictKind, kept: KeptSide, ours: Option<Row>, theirs: Option<Row>| {
            if let Ok(mut list) = record.lock() {
                list.push(Met { table: table.clone(), key: key.clone(), kind, kept, ours, theirs });
            }
        };
        match kind {
            ConflictType::SQLITE_CHANGESET_DATA => match (action, ours, theirs) {
                (Action::SQLITE_UPDATE, Some(ours), Some(theirs)) => {
                    if theirs_later(&ours, &theirs) {
                        note(ConflictKind::BothChanged, KeptSide::Theirs, Some(ours), Some(theirs));
                        ConflictAction::SQLITE_CHANGESET_REPLACE
                    } else {
                        note(ConflictKind::BothChanged, KeptSide::Ours, Some(ours), Some(theirs));
                        ConflictAction::SQLITE_CHANGESET_OMIT
                    }
                }
                (_, ours, _) => {
                    note(ConflictKind::DeletedThere, KeptSide::Ours, ours, None);
                    ConflictAction::SQLITE_CHANGESET_OMIT
                }
            },
            ConflictType::SQLITE_CHANGESET_NOTFOUND => {
                if action == Action::SQLITE_UPDATE {
                    note(ConflictKind::DeletedHere, KeptSide::Ours, None, theirs);
                }
                ConflictAction::SQLITE_CHANGESET_OMIT
            }
            ConflictType::SQLITE_CHANGESET_CONFLICT => match (ours, theirs) {
                (Some(ours), Some(theirs)) if ours == theirs => ConflictAction::SQLITE_CHANGESET_OMIT,
                (Some(ours), Some(theirs)) if theirs_later(&ours, &theirs) => {
                    note(ConflictKind::BothAdded, KeptSide::Theirs, Some(ours), Some(theirs));
                    ConflictAction::SQLITE_CHANGESET_REPLACE
                }
                (ours, theirs) => {
                    note(ConflictKind::BothAdded, KeptSide::Ours, ours, theirs);
                    ConflictAction::SQLITE_CHANGESET_OMIT
                }
            },
            ConflictType::SQLITE_CHANGESET_CONSTRAINT => {
                note(ConflictKind::Refused, KeptSide::Ours, None, theirs);
                ConflictAction::SQLITE_CHANGESET_OMIT
            }
            // "Omit" here would still commit rows whose parents are missing.
            ConflictType::SQLITE_CHANGESET_FOREIGN_KEY => {
                if let Ok(mut flag) = refused.lock() {
                    *flag = true;
                }
                ConflictAction::SQLITE_CHANGESET_ABORT
            }
            _ => ConflictAction::SQLITE_CHANGESET_ABORT,
        }
    };
    let mut input: &[u8] = body;
    let result = conn.apply_strm(&mut input, None::<fn(&str) -> bool>, handler);
    if *missing_parent.lock().unwrap_or_else(|p| p.into_inner()) {
        return Err(Error::conflict(
            None,
            "This pack refers to records this workspace does not have yet; open the earlier packs from the same person first. Nothing was changed.",
        ));
    }
    result.map_err(|e| Error::conflict(None, format!("This pack could not be applied, so nothing was changed: {e}.")))?;
    let mut changes = Vec::new();
    session.changeset_strm(&mut changes)?;
    let conflicts = met.lock().unwrap_or_else(|p| p.into_inner()).clone();
    Ok(Applied { changes, conflicts })
}

/// The changes in a changeset, in order.
pub(crate) fn changes_in(bytes: &[u8]) -> Result<Vec<Change>> {
    let mut out = Vec::new();
    if bytes.is_empty() {
        return Ok(out);
    }
    let mut input: &[u8] = bytes;
    let reader: &mut dyn Read = &mut input;
    let mut iter = ChangesetIter::start_strm(&reader)?;
    while let Some(item) = iter.next()? {
        let op = item.op()?;
        let table = op.table_name().to_owned();
        let action = op.code();
        let key = item_key(item, &action);
        out.push(Change { table, key, action });
    }
    Ok(out)
}

/// The inverse of a changeset: applying it undoes the changes.
pub(crate) fn invert(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    if !bytes.is_empty() {
        let mut input: &[u8] = bytes;
        rusqlite::session::invert_strm(&mut input, &mut out)?;
    }
    Ok(out)
}

/// Applies an inverse (an undo): a record changed since is left as it is.
pub(crate) fn apply_undo(conn: &Connection, bytes: &[u8]) -> Result<u32> {
    let skipped: Arc<Mutex<u32>> = Arc::default();
    let count = Arc::clone(&skipped);
    let mut input: &[u8] = bytes;
    conn.apply_strm(&mut input, None::<fn(&str) -> bool>, move |kind, _item| match kind {
        ConflictType::SQLITE_CHANGESET_FOREIGN_KEY => ConflictAction::SQLITE_CHANGESET_ABORT,
        _ => {
            if let Ok(mut n) = count.lock() {
                *n += 1;
            }
            ConflictAction::SQLITE_CHANGESET_OMIT
        }
    })
    .map_err(|e| Error::conflict(None, format!("This pack cannot be undone now ({e}): later changes depend on it.")))?;
    let skipped = *skipped.lock().unwrap_or_else(|p| p.into_inner());
    Ok(skipped)
}
