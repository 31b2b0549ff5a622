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

#[derive(Debug)]
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
        // A foreign-key conflict's iterator names no row (asking for one
        // crashes): the whole pack is refused, since "omit" would still
        // commit rows whose parents are missing.
        if kind == ConflictType::SQLITE_CHANGESET_FOREIGN_KEY {
            if let Ok(mut flag) = refused.lock() {
                *flag = true;
            }
            return ConflictAction::SQLITE_CHANGESET_ABORT;
        }
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

#[cfg(test)]
mod tests {
    //! One test per conflict kind SQLite reports, each with its outcome.
    use rusqlite::session::Session;
    use rusqlite::{params, Connection};

    use super::*;

    const T0: &str = "2026-11-02T09:00:00.000Z";
    const T1: &str = "2026-11-02T10:00:00.000Z";
    const T2: &str = "2026-11-02T11:00:00.000Z";

    fn workspace() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::db::migrations().to_latest(&mut conn).unwrap();
        conn.pragma_update(None, "foreign_keys", true).unwrap();
        conn.execute(
            "INSERT INTO people (id, role, name, name_fold, created_at, updated_at) VALUES ('p', 'rep', 'Ada', 'ada', ?1, ?1)",
            [T0],
        )
        .unwrap();
        conn
    }

    fn account(conn: &Connection, id: &str, name: &str, at: &str) {
        conn.execute(
            "INSERT INTO accounts (id, person_id, name, category, created_at, updated_at) VALUES (?1, 'p', ?2, 'keep', ?3, ?3)",
            params![id, name, at],
        )
        .unwrap();
    }

    /// The changeset of `change`, run on `conn`, for the table `table`.
    fn recorded(conn: &Connection, table: &str, change: &str) -> Vec<u8> {
        let mut session = Session::new(conn).unwrap();
        session.attach(Some(table)).unwrap();
        conn.execute_batch(change).unwrap();
        let mut out = Vec::new();
        session.changeset_strm(&mut out).unwrap();
        out
    }

    fn name(conn: &Connection, id: &str) -> Option<String> {
        conn.query_row("SELECT name FROM accounts WHERE id = ?1", [id], |r| r.get(0)).ok()
    }

    fn apply_to(conn: &Connection, body: &[u8]) -> Result<Applied> {
        apply(conn, &Schema::read(conn).unwrap(), body)
    }

    #[test]
    fn data_the_later_update_wins_and_the_other_is_listed() {
        let (theirs, ours) = (workspace(), workspace());
        account(&theirs, "a", "Harbour", T0);
        account(&ours, "a", "Harbour", T0);
        let body = recorded(&theirs, "accounts", &format!("UPDATE accounts SET name = 'Harbour Ltd', updated_at = '{T2}'"));
        ours.execute("UPDATE accounts SET name = 'Harbour plc', updated_at = ?1", [T1]).unwrap();
        let applied = apply_to(&ours, &body).unwrap();
        assert_eq!(name(&ours, "a").as_deref(), Some("Harbour Ltd"));
        let met = &applied.conflicts[0];
        assert_eq!((met.kind, met.kept), (ConflictKind::BothChanged, KeptSide::Theirs));
        assert_eq!(value(met.ours.as_ref().unwrap(), "name"), Some(Stored::Text("Harbour plc".into())), "ours is kept in the list");
    }

    #[test]
    fn data_a_delete_of_a_record_changed_here_keeps_ours_and_lists_it() {
        let (theirs, ours) = (workspace(), workspace());
        account(&theirs, "a", "Harbour", T0);
        account(&ours, "a", "Harbour", T0);
        let body = recorded(&theirs, "accounts", "DELETE FROM accounts");
        ours.execute("UPDATE accounts SET name = 'Harbour plc', updated_at = ?1", [T1]).unwrap();
        let applied = apply_to(&ours, &body).unwrap();
        assert_eq!(name(&ours, "a").as_deref(), Some("Harbour plc"));
        assert_eq!((applied.conflicts[0].kind, applied.conflicts[0].kept), (ConflictKind::DeletedThere, KeptSide::Ours));
    }

    #[test]
    fn notfound_an_update_of_a_record_deleted_here_stays_deleted_and_is_listed_a_delete_is_quiet() {
        let (theirs, ours) = (workspace(), workspace());
        account(&theirs, "a", "Harbour", T0);
        account(&theirs, "b", "Globex", T0);
        let body = recorded(&theirs, "accounts", &format!("UPDATE accounts SET name = 'Harbour Ltd', updated_at = '{T1}' WHERE id = 'a'; DELETE FROM accounts WHERE id = 'b'"));
        let applied = apply_to(&ours, &body).unwrap();
        assert_eq!(name(&ours, "a"), None);
        assert_eq!(applied.conflicts.len(), 1, "the delete of a record already gone is no conflict");
        assert_eq!((applied.conflicts[0].kind, applied.conflicts[0].kept), (ConflictKind::DeletedHere, KeptSide::Ours));
        assert_eq!(value(applied.conflicts[0].theirs.as_ref().unwrap(), "name"), Some(Stored::Text("Harbour Ltd".into())));
    }

    #[test]
    fn conflict_the_same_row_added_twice_is_quiet_a_different_one_goes_to_the_later() {
        let (theirs, ours) = (workspace(), workspace());
        let body = recorded(&theirs, "accounts", &format!(
            "INSERT INTO accounts (id, person_id, name, category, created_at, updated_at) VALUES ('a', 'p', 'Same', 'keep', '{T0}', '{T0}');
             INSERT INTO accounts (id, person_id, name, category, created_at, updated_at) VALUES ('b', 'p', 'Theirs', 'keep', '{T0}', '{T0}')"
        ));
        account(&ours, "a", "Same", T0);
        account(&ours, "b", "Ours", T1);
        let applied = apply_to(&ours, &body).unwrap();
        assert_eq!(applied.conflicts.len(), 1);
        assert_eq!((applied.conflicts[0].kind, applied.conflicts[0].kept), (ConflictKind::BothAdded, KeptSide::Ours));
        assert_eq!(name(&ours, "b").as_deref(), Some("Ours"), "ours was saved later");
    }

    #[test]
    fn constraint_a_duplicate_of_a_unique_field_is_refused_and_listed() {
        let (theirs, ours) = (workspace(), workspace());
        let skill = |conn: &Connection, id: &str| {
            conn.execute(
                "INSERT INTO rep_skills (id, person_id, name, name_fold, status, added, created_at, updated_at)
                 VALUES (?1, 'p', 'Discovery', 'discovery', 'missing', 1, ?2, ?2)",
                params![id, T0],
            )
            .unwrap();
        };
        let body = {
            let mut session = Session::new(&theirs).unwrap();
            session.attach(Some("rep_skills")).unwrap();
            skill(&theirs, "s-theirs");
            let mut out = Vec::new();
            session.changeset_strm(&mut out).unwrap();
            out
        };
        skill(&ours, "s-ours");
        let applied = apply_to(&ours, &body).unwrap();
        assert_eq!((applied.conflicts[0].kind, applied.conflicts[0].kept), (ConflictKind::Refused, KeptSide::Ours));
        let ids: Vec<String> = ours.prepare("SELECT id FROM rep_skills").unwrap().query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect();
        assert_eq!(ids, ["s-ours"]);
    }

    #[test]
    fn foreign_key_a_pack_that_needs_missing_records_is_refused_whole() {
        let (theirs, ours) = (workspace(), workspace());
        theirs.execute("INSERT INTO people (id, role, name, name_fold, created_at, updated_at) VALUES ('q', 'rep', 'Bo', 'bo', ?1, ?1)", [T0]).unwrap();
        let body = recorded(&theirs, "accounts", &format!(
            "INSERT INTO accounts (id, person_id, name, category, created_at, updated_at) VALUES ('fine', 'p', 'Fine', 'keep', '{T0}', '{T0}');
             INSERT INTO accounts (id, person_id, name, category, created_at, updated_at) VALUES ('orphan', 'q', 'Orphan', 'keep', '{T0}', '{T0}')"
        ));
        let err = apply_to(&ours, &body).unwrap_err();
        assert!(err.to_string().contains("earlier packs"), "{err}");
        let rows: u32 = ours.query_row("SELECT count(*) FROM accounts", [], |r| r.get(0)).unwrap();
        assert_eq!(rows, 0, "not even the row that had its parent: the whole pack is refused");
    }
}
