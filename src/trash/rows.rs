//! Rows as the trash keeps them: a row and everything that depends on it,
//! found by following the schema's own foreign keys, so a new table that
//! references a trashable one is carried along without anyone listing it.
//!
//! A NOT NULL reference means the child cannot live without its parent, so
//! the child goes with it; a nullable one is a loose link (an action item
//! closed in a meeting, a rep's chosen agenda), so it is set to NULL and put
//! back on restore.

use std::collections::{HashMap, HashSet, VecDeque};

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// One row: its table, and its columns with their values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct StoredRow {
    pub table: String,
    pub values: Vec<(String, Stored)>,
}

/// A loose link that was cut: `table`'s row with key `key` had `column` = `value`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Relink {
    pub table: String,
    pub key: Vec<(String, Stored)>,
    pub column: String,
    pub value: Stored,
}

/// A row and its dependants, with the loose links into them.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Captured {
    pub rows: Vec<StoredRow>,
    pub relinks: Vec<Relink>,
}

/// An SQLite value in JSON: integers and reals stay apart (3 and 3.0).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub(crate) enum Stored {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob { blob: Vec<u8> },
}

impl From<Value> for Stored {
    fn from(value: Value) -> Self {
        match value {
            Value::Null => Stored::Null,
            Value::Integer(i) => Stored::Integer(i),
            Value::Real(f) => Stored::Real(f),
            Value::Text(t) => Stored::Text(t),
            Value::Blob(b) => Stored::Blob { blob: b },
        }
    }
}

impl rusqlite::ToSql for Stored {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Stored::Null => ValueRef::Null,
            Stored::Integer(i) => ValueRef::Integer(*i),
            Stored::Real(f) => ValueRef::Real(*f),
            Stored::Text(t) => ValueRef::Text(t.as_bytes()),
            Stored::Blob { blob } => ValueRef::Blob(blob),
        }))
    }
}

struct Column {
    name: String,
    not_null: bool,
}

/// A foreign key from a child table's columns to its parent's.
struct Reference {
    child: String,
    from: Vec<String>,
    to: Vec<String>,
    parent: String,
    loose: bool,
}

struct Table {
    columns: Vec<Column>,
    key: Vec<String>,
    /// A single INTEGER PRIMARY KEY is the row's local rowid: a restored row gets a new one.
    local_rowid: bool,
}

/// The schema as the trash needs it: each table's key and the references between tables.
pub(crate) struct Schema {
    tables: HashMap<String, Table>,
    references: Vec<Reference>,
}

impl Schema {
    pub fn read(conn: &Connection) -> Result<Schema> {
        let names: Vec<String> = conn
            .prepare_cached(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                 AND sql NOT LIKE 'CREATE VIRTUAL%'",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut tables = HashMap::new();
        let mut references = Vec::new();
        for name in names {
            let mut columns = Vec::new();
            let mut keyed: Vec<(i64, String, String)> = Vec::new();
            let mut info = conn.prepare("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1)")?;
            let mut rows = info.query([&name])?;
            while let Some(r) = rows.next()? {
                let (column, kind, not_null, pk): (String, String, bool, i64) = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
                if pk > 0 {
                    keyed.push((pk, column.clone(), kind));
                }
                columns.push(Column { name: column, not_null });
            }
            keyed.sort();
            let local_rowid = keyed.len() == 1 && keyed[0].2.eq_ignore_ascii_case("INTEGER");
            let key: Vec<String> = keyed.into_iter().map(|(_, c, _)| c).collect();
            let mut fks = conn.prepare("SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?1) ORDER BY id, seq")?;
            let mut found: Vec<(i64, String, String, Option<String>)> = Vec::new();
            let mut rows = fks.query([&name])?;
            while let Some(r) = rows.next()? {
                found.push((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?));
            }
            let mut ids: Vec<i64> = found.iter().map(|f| f.0).collect();
            ids.dedup();
            for id in ids {
                let parts: Vec<_> = found.iter().filter(|f| f.0 == id).collect();
                let from: Vec<String> = parts.iter().map(|f| f.2.clone()).collect();
                let loose = from.iter().all(|c| columns.iter().any(|col| &col.name == c && !col.not_null));
                references.push(Reference {
                    child: name.clone(),
                    parent: parts[0].1.clone(),
                    to: parts.iter().map(|f| f.3.clone().unwrap_or_default()).collect(),
                    from,
                    loose,
                });
            }
            tables.insert(name, Table { columns, key, local_rowid });
        }
        // A reference that names no columns points at the parent's primary key.
        for reference in &mut references {
            if reference.to.iter().any(String::is_empty) {
                reference.to = tables.get(&reference.parent).map(|t| t.key.clone()).unwrap_or_default();
            }
        }
        Ok(Schema { tables, references })
    }

    /// The single-column references to `table`'s `column`: (child table, child column).
    pub fn references_to(&self, table: &str, column: &str) -> Vec<(String, String)> {
        self.references
            .iter()
            .filter(|r| r.parent == table && r.to.len() == 1 && r.to[0] == column)
            .map(|r| (r.child.clone(), r.from[0].clone()))
            .collect()
    }

    /// A table's column names, in order.
    pub fn columns(&self, table: &str) -> Result<Vec<String>> {
        Ok(self.table(table)?.columns.iter().map(|c| c.name.clone()).collect())
    }

    /// A table's primary-key columns, in key order.
    pub fn key(&self, table: &str) -> Result<Vec<String>> {
        Ok(self.table(table)?.key.clone())
    }

    fn table(&self, name: &str) -> Result<&Table> {
        self.tables
            .get(name)
            .filter(|t| !t.key.is_empty())
            .ok_or_else(|| Error::conflict(None, format!("The table '{name}' cannot be kept in the trash.")))
    }
}

fn get(row: &StoredRow, column: &str) -> Stored {
    row.values.iter().find(|(c, _)| c == column).map(|(_, v)| v.clone()).unwrap_or(Stored::Null)
}

fn key_of(schema: &Schema, row: &StoredRow) -> Result<Vec<(String, Stored)>> {
    Ok(schema.table(&row.table)?.key.iter().map(|c| (c.clone(), get(row, c))).collect())
}

fn identity(table: &str, key: &[(String, Stored)]) -> String {
    format!("{table}\u{1f}{}", serde_json::to_string(key).unwrap_or_default())
}

fn select(conn: &Connection, table: &str, filter: &[(String, Stored)]) -> Result<Vec<StoredRow>> {
    let clause = filter.iter().map(|(c, _)| format!("\"{c}\" = ?")).collect::<Vec<_>>().join(" AND ");
    let mut statement = conn.prepare_cached(&format!("SELECT * FROM \"{table}\" WHERE {clause}"))?;
    let names: Vec<String> = statement.column_names().into_iter().map(str::to_owned).collect();
    let rows = statement
        .query_map(params_from_iter(filter.iter().map(|(_, v)| v)), |r| {
            let mut values = Vec::with_capacity(names.len());
            for (i, name) in names.iter().enumerate() {
                values.push((name.clone(), Stored::from(r.get::<_, Value>(i)?)));
            }
            Ok(StoredRow { table: table.to_owned(), values })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The rows of `table` matching `filter`, everything that cannot live without
/// them, and the loose links into them from rows that stay.
pub(crate) fn capture(conn: &Connection, schema: &Schema, table: &str, filter: &[(String, Stored)]) -> Result<Captured> {
    schema.table(table)?;
    let mut seen = HashSet::new();
    let mut out = Captured::default();
    let mut loose: Vec<Relink> = Vec::new();
    let mut queue: VecDeque<StoredRow> = select(conn, table, filter)?.into();
    while let Some(row) = queue.pop_front() {
        if !seen.insert(identity(&row.table, &key_of(schema, &row)?)) {
            continue;
        }
        for reference in schema.references.iter().filter(|r| r.parent == row.table) {
            let matching: Vec<(String, Stored)> =
                reference.from.iter().zip(&reference.to).map(|(from, to)| (from.clone(), get(&row, to))).collect();
            if matching.iter().any(|(_, v)| *v == Stored::Null) {
                continue;
            }
            for child in select(conn, &reference.child, &matching)? {
                if reference.loose {
                    let key = key_of(schema, &child)?;
                    for (column, value) in &matching {
                        loose.push(Relink { table: child.table.clone(), key: key.clone(), column: column.clone(), value: value.clone() });
                    }
                } else {
                    queue.push_back(child);
                }
            }
        }
        out.rows.push(row);
    }
    // A link from a row that goes to the trash as well comes back with that row.
    out.relinks = loose.into_iter().filter(|l| !seen.contains(&identity(&l.table, &l.key))).collect();
    Ok(out)
}

/// Removes captured rows and cuts their loose links, in one transaction's
/// deferred foreign-key check (so the order of the rows does not matter).
pub(crate) fn remove(conn: &Connection, schema: &Schema, captured: &Captured) -> Result<()> {
    conn.pragma_update(None, "defer_foreign_keys", true)?;
    for link in &captured.relinks {
        let clause = link.key.iter().map(|(c, _)| format!("\"{c}\" = ?")).collect::<Vec<_>>().join(" AND ");
        conn.prepare_cached(&format!("UPDATE \"{}\" SET \"{}\" = NULL WHERE {clause}", link.table, link.column))?
            .execute(params_from_iter(link.key.iter().map(|(_, v)| v)))?;
    }
    for row in captured.rows.iter().rev() {
        let key = key_of(schema, row)?;
        let clause = key.iter().map(|(c, _)| format!("\"{c}\" = ?")).collect::<Vec<_>>().join(" AND ");
        conn.prepare_cached(&format!("DELETE FROM \"{}\" WHERE {clause}", row.table))?
            .execute(params_from_iter(key.iter().map(|(_, v)| v)))?;
    }
    Ok(())
}

/// Puts captured rows back and mends the loose links that are still cut.
/// Fails, changing nothing, when a row's parent is gone or its key is taken.
pub(crate) fn put_back(conn: &Connection, schema: &Schema, captured: &Captured) -> Result<()> {
    conn.pragma_update(None, "defer_foreign_keys", true)?;
    for row in &captured.rows {
        let table = schema.table(&row.table)?;
        let values: Vec<&(String, Stored)> = row
            .values
            .iter()
            .filter(|(c, _)| !(table.local_rowid && table.key[0] == *c))
            .filter(|(c, _)| table.columns.iter().any(|col| &col.name == c))
            .collect();
        let names = values.iter().map(|(c, _)| format!("\"{c}\"")).collect::<Vec<_>>().join(", ");
        let marks = vec!["?"; values.len()].join(", ");
        conn.prepare_cached(&format!("INSERT INTO \"{}\" ({names}) VALUES ({marks})", row.table))?
            .execute(params_from_iter(values.iter().map(|(_, v)| v)))
            .map_err(|e| match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::ConstraintViolation) => Error::conflict(
                    None,
                    format!("It cannot be restored: {} with the same key was added since.", describe(&row.table)),
                ),
                _ => Error::from(e),
            })?;
    }
    for row in &captured.rows {
        for reference in schema.references.iter().filter(|r| r.child == row.table) {
            let matching: Vec<(String, Stored)> =
                reference.to.iter().zip(&reference.from).map(|(to, from)| (to.clone(), get(row, from))).collect();
            if matching.iter().any(|(_, v)| *v == Stored::Null) {
                continue;
            }
            if select(conn, &reference.parent, &matching)?.is_empty() {
                return Err(Error::conflict(
                    None,
                    format!("It cannot be restored while {} it belongs to is deleted: restore that first.", describe(&reference.parent)),
                ));
            }
        }
    }
    for link in &captured.relinks {
        let clause = link.key.iter().map(|(c, _)| format!("\"{c}\" = ?")).collect::<Vec<_>>().join(" AND ");
        let mut args: Vec<&Stored> = vec![&link.value];
        args.extend(link.key.iter().map(|(_, v)| v));
        conn.prepare_cached(&format!(
            "UPDATE \"{}\" SET \"{}\" = ? WHERE {clause} AND \"{}\" IS NULL",
            link.table, link.column, link.column
        ))?
        .execute(params_from_iter(args))?;
    }
    Ok(())
}

/// A table's rows in words, for messages.
fn describe(table: &str) -> &'static str {
    match table {
        "people" => "the person",
        "meetings" => "the one-on-one",
        "action_items" => "the action item",
        "agenda_templates" => "the agenda",
        "rubrics" | "rubric_versions" => "the rubric",
        "rubric_criteria" => "the rubric's criterion",
        "scorecards" | "scorecard_rounds" => "the scorecard",
        "kpis" => "the KPI",
        "kpi_values" => "a KPI value",
        "plans" => "the plan",
        "plan_activities" => "an activity",
        "accounts" => "the account",
        "feedback" => "the feedback",
        "rep_skills" => "a skill",
        _ => "a record",
    }
}
