//! The whole workspace as one JSON document, and back.
//!
//! `{"manifest": {...}, "tables": {"people": {"columns": [...], "rows": [[...], ...]}, ...}}`
//!
//! Every table is found by walking the schema, so a table added later
//! travels without anyone listing it. Left out, because they would be wrong
//! in another file:
//! - SQLite's own tables, the full-text indexes and their shadow tables,
//!   and the `*_rowid` tables behind them: local numbers that the triggers
//!   make again as each note, action item and feedback entry is inserted,
//!   so search works on what was imported; likewise the tag counts per rep
//!   (`feedback_tag_counts`), which triggers keep as entries come in;
//! - the links with other workspaces (`links` and what hangs off it: what
//!   was sent, packs applied with their undo data, conflicts met): a link
//!   pairs this file with another; a copy that kept it would send packs
//!   with the same numbers as this file and the other side would drop them;
//! - the settings that say which file this is (its workspace id) and where
//!   its sync folder is on this machine.
//!
//! Values keep their SQLite type: integers and reals stay apart (3 and
//! 3.0), text is a string, NULL is null, a blob is `{"hex": "…"}`. Private
//! notes are included (it is the owner's own data) and counted in the manifest.
//!
//! The import reads the file as it goes (the manifest first, each table's
//! columns before its rows) inside one transaction, with foreign keys
//! checked at the end, so a file that fails anywhere changes nothing.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use rusqlite::{params_from_iter, Connection, ToSql};
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::csv_out::write_file_atomically;
use super::types::{ExportManifest, FullExportSummary, FullImportSummary};
use crate::db::LATEST_VERSION;
use crate::error::{Error, Result};
use crate::settings::{SYNC_FOLDER, WORKSPACE_ID};
use crate::Coachbook;

pub const EXPORT_FORMAT: &str = "coachbook-export";

/// Tables that belong to this file alone (see the module's comment).
pub const LOCAL_ONLY_TABLES: &[&str] = &[
    "meeting_notes_rowid",
    "action_items_rowid",
    "feedback_rowid",
    "feedback_tag_counts",
    "links",
    "link_candidates",
    "sent_rows",
    "applied_packs",
    "sync_conflicts",
];

/// Settings that belong to this file alone: its identity towards linked
/// workspaces, and a folder on this machine.
pub const LOCAL_ONLY_SETTINGS: &[&str] = &[WORKSPACE_ID, SYNC_FOLDER];

/// The tables a full export holds, by name.
fn exported_tables(conn: &Connection) -> Result<Vec<String>> {
    let virtual_tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let all: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(all
        .into_iter()
        .filter(|name| !LOCAL_ONLY_TABLES.contains(&name.as_str()))
        // An FTS5 table and its shadow tables (`meeting_notes_fts_data`…).
        .filter(|name| !virtual_tables.iter().any(|v| name == v || name.starts_with(&format!("{v}_"))))
        .collect())
}

fn columns_of(conn: &Connection, table: &str) -> Result<Vec<String>> {
    Ok(conn.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?.query_map([table], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?)
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The rows of `table` that travel (all but the local settings).
fn travelling(table: &str) -> String {
    if table == "settings" {
        let keys: Vec<String> = LOCAL_ONLY_SETTINGS.iter().map(|k| format!("'{k}'")).collect();
        format!("key NOT IN ({})", keys.join(", "))
    } else {
        "1".to_owned()
    }
}

/// An SQLite value as the export writes it.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl From<rusqlite::types::Value> for Cell {
    fn from(value: rusqlite::types::Value) -> Self {
        use rusqlite::types::Value;
        match value {
            Value::Null => Cell::Null,
            Value::Integer(i) => Cell::Integer(i),
            Value::Real(f) => Cell::Real(f),
            Value::Text(t) => Cell::Text(t),
            Value::Blob(b) => Cell::Blob(b),
        }
    }
}

impl ToSql for Cell {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Cell::Null => ValueRef::Null,
            Cell::Integer(i) => ValueRef::Integer(*i),
            Cell::Real(f) => ValueRef::Real(*f),
            Cell::Text(t) => ValueRef::Text(t.as_bytes()),
            Cell::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| text.get(i..i + 2).and_then(|pair| u8::from_str_radix(pair, 16).ok())).collect()
}

impl Serialize for Cell {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            Cell::Null => s.serialize_none(),
            Cell::Integer(i) => s.serialize_i64(*i),
            Cell::Real(f) => s.serialize_f64(*f),
            Cell::Text(t) => s.serialize_str(t),
            Cell::Blob(b) => {
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry("hex", &hex(b))?;
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Cell {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct CellVisitor;
        impl<'de> Visitor<'de> for CellVisitor {
            type Value = Cell;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("null, a number, a string or {\"hex\": …}")
            }
            fn visit_unit<E>(self) -> std::result::Result<Cell, E> {
                Ok(Cell::Null)
            }
            fn visit_none<E>(self) -> std::result::Result<Cell, E> {
                Ok(Cell::Null)
            }
            fn visit_i64<E>(self, v: i64) -> std::result::Result<Cell, E> {
                Ok(Cell::Integer(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<Cell, E> {
                i64::try_from(v).map(Cell::Integer).map_err(|_| E::custom("an integer too large for SQLite"))
            }
            fn visit_f64<E>(self, v: f64) -> std::result::Result<Cell, E> {
                Ok(Cell::Real(v))
            }
            fn visit_str<E>(self, v: &str) -> std::result::Result<Cell, E> {
                Ok(Cell::Text(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> std::result::Result<Cell, E> {
                Ok(Cell::Text(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Cell, A::Error> {
                let (key, value): (String, String) = map.next_entry()?.ok_or_else(|| de::Error::custom("an empty object"))?;
                if key != "hex" || map.next_key::<IgnoredAny>()?.is_some() {
                    return Err(de::Error::custom("an object other than {\"hex\": …}"));
                }
                unhex(&value).map(Cell::Blob).ok_or_else(|| de::Error::custom("a blob that is not hexadecimal"))
            }
        }
        d.deserialize_any(CellVisitor)
    }
}

fn json_error(e: serde_json::Error) -> Error {
    Error::Io(e.into())
}

fn private_notes(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("SELECT count(*) FROM meeting_notes WHERE visibility = 'private' AND body <> ''", [], |r| r.get(0))?)
}

/// Writes the document; returns (tables, rows).
fn write_document(conn: &Connection, manifest: &ExportManifest, out: &mut impl std::io::Write) -> Result<(u32, u32)> {
    let tables = exported_tables(conn)?;
    out.write_all(b"{\"manifest\":")?;
    serde_json::to_writer_pretty(&mut *out, manifest).map_err(json_error)?;
    out.write_all(b",\n\"tables\":{")?;
    let mut rows = 0u32;
    for (i, table) in tables.iter().enumerate() {
        let columns = columns_of(conn, table)?;
        out.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, table).map_err(json_error)?;
        out.write_all(b":{\"columns\":")?;
        serde_json::to_writer(&mut *out, &columns).map_err(json_error)?;
        out.write_all(b",\"rows\":[")?;
        let names = columns.iter().map(|c| quoted(c)).collect::<Vec<_>>().join(", ");
        let mut statement = conn.prepare(&format!("SELECT {names} FROM {} WHERE {}", quoted(table), travelling(table)))?;
        let mut found = statement.query([])?;
        let mut first = true;
        while let Some(row) = found.next()? {
            let cells = (0..columns.len()).map(|c| row.get::<_, rusqlite::types::Value>(c).map(Cell::from)).collect::<rusqlite::Result<Vec<_>>>()?;
            out.write_all(if first { b"\n" } else { b",\n" })?;
            serde_json::to_writer(&mut *out, &cells).map_err(json_error)?;
            first = false;
            rows += 1;
        }
        out.write_all(b"]}")?;
    }
    out.write_all(b"\n}}\n")?;
    Ok((tables.len() as u32, rows))
}

/// Rows of `table` that someone made: the built-in rubrics and agenda, as
/// every new workspace is given them, and settings do not count.
fn user_rows(conn: &Connection, table: &str) -> Result<u32> {
    let made_by_someone = match table {
        "settings" => return Ok(0),
        "rubrics" | "agenda_templates" => "builtin_key IS NULL",
        "rubric_versions" => "version <> 1 OR rubric_id NOT IN (SELECT id FROM rubrics WHERE builtin_key IS NOT NULL)",
        "rubric_criteria" => {
            "version_id NOT IN (SELECT v.id FROM rubric_versions v JOIN rubrics r ON r.id = v.rubric_id
                                WHERE r.builtin_key IS NOT NULL AND v.version = 1)"
        }
        "agenda_sections" => "template_id NOT IN (SELECT id FROM agenda_templates WHERE builtin_key IS NOT NULL)",
        _ => "1",
    };
    Ok(conn.query_row(&format!("SELECT count(*) FROM {} WHERE {made_by_someone}", quoted(table)), [], |r| r.get(0))?)
}

fn ensure_empty(conn: &Connection, tables: &[String]) -> Result<()> {
    let mut held = Vec::new();
    for table in tables {
        let n = user_rows(conn, table)?;
        if n > 0 {
            held.push(format!("{} ({n})", table.replace('_', " ")));
        }
    }
    if held.is_empty() {
        return Ok(());
    }
    Err(Error::conflict(
        None,
        format!(
            "This workspace already holds data ({}). A full export is imported only into an empty workspace: \
             make a new one under Settings, open it, and import there.",
            held.into_iter().take(5).collect::<Vec<_>>().join(", ")
        ),
    ))
}

fn not_an_export(detail: impl fmt::Display) -> Error {
    Error::invalid("file", format!("This file is not a Coachbook full export ({detail})."))
}

fn check_manifest(manifest: &ExportManifest) -> Result<()> {
    if manifest.format != EXPORT_FORMAT {
        return Err(not_an_export(format_args!("its format is '{}'", manifest.format)));
    }
    let ours = LATEST_VERSION as u32;
    if manifest.schema_version > ours {
        return Err(Error::invalid(
            "file",
            format!(
                "This export was made by a newer Coachbook (schema version {}; this one reads up to {ours}). \
                 Update Coachbook, then import it.",
                manifest.schema_version
            ),
        ));
    }
    if manifest.schema_version < ours {
        return Err(Error::invalid(
            "file",
            format!("This export was made by an older Coachbook (schema version {}), which this one cannot import.", manifest.schema_version),
        ));
    }
    Ok(())
}

/// The import as the document is read: the first failure is kept here
/// (serde's own error would lose its kind and field) and ends the reading.
struct Import<'c> {
    conn: &'c Connection,
    /// Each table that may be imported, with its columns.
    tables: HashMap<String, Vec<String>>,
    manifest: Option<ExportManifest>,
    rows: u32,
    failure: Option<Error>,
}

impl Import<'_> {
    fn fail<E: de::Error>(&mut self, error: Error) -> E {
        let message = error.to_string();
        self.failure.get_or_insert(error);
        E::custom(message)
    }

    /// Clears the rows a new workspace starts with (the built-ins, its
    /// settings), so the export's own take their place with the same ids.
    fn clear(&self) -> Result<()> {
        for table in self.tables.keys() {
            self.conn.execute(&format!("DELETE FROM {} WHERE {}", quoted(table), travelling(table)), [])?;
        }
        Ok(())
    }
}

struct Document<'i, 'c>(&'i mut Import<'c>);

impl<'de> DeserializeSeed<'de> for Document<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Document<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object with a manifest and tables")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let import = self.0;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "manifest" => {
                    let manifest: ExportManifest = map.next_value()?;
                    if let Err(e) = check_manifest(&manifest).and_then(|()| import.clear()) {
                        return Err(import.fail(e));
                    }
                    import.manifest = Some(manifest);
                }
                "tables" if import.manifest.is_none() => return Err(import.fail(not_an_export("its tables come before its manifest"))),
                "tables" => map.next_value_seed(Tables(import))?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

struct Tables<'i, 'c>(&'i mut Import<'c>);

impl<'de> DeserializeSeed<'de> for Tables<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Tables<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of tables")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let import = self.0;
        while let Some(table) = map.next_key::<String>()? {
            let Some(known) = import.tables.get(&table).cloned() else {
                return Err(import.fail(not_an_export(format_args!("it has a table '{table}' that Coachbook does not know"))));
            };
            map.next_value_seed(Table { import: &mut *import, table, known, insert: None })?;
        }
        Ok(())
    }
}

struct Table<'i, 'c> {
    import: &'i mut Import<'c>,
    table: String,
    known: Vec<String>,
    /// The INSERT statement and how many columns it takes, once the columns are read.
    insert: Option<(String, usize)>,
}

impl<'de> DeserializeSeed<'de> for Table<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Table<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a table's columns and rows")
    }
    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> std::result::Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "columns" => {
                    let columns: Vec<String> = map.next_value()?;
                    if let Some(unknown) = columns.iter().find(|c| !self.known.contains(c)) {
                        let e = not_an_export(format_args!("the table '{}' has a column '{unknown}' that Coachbook does not know", self.table));
                        return Err(self.import.fail(e));
                    }
                    let names = columns.iter().map(|c| quoted(c)).collect::<Vec<_>>().join(", ");
                    let marks = vec!["?"; columns.len()].join(", ");
                    self.insert = Some((format!("INSERT INTO {} ({names}) VALUES ({marks})", quoted(&self.table)), columns.len()));
                }
                "rows" => {
                    let Some(insert) = self.insert.clone() else {
                        let e = not_an_export(format_args!("the table '{}' lists rows before its columns", self.table));
                        return Err(self.import.fail(e));
                    };
                    map.next_value_seed(Rows { import: &mut *self.import, table: &self.table, insert })?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

struct Rows<'i, 'c, 't> {
    import: &'i mut Import<'c>,
    table: &'t str,
    insert: (String, usize),
}

impl<'de> DeserializeSeed<'de> for Rows<'_, '_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Rows<'_, '_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of rows")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        let (sql, width) = &self.insert;
        let mut index = 0;
        while let Some(cells) = seq.next_element::<Vec<Cell>>()? {
            index += 1;
            let at = |detail: String| not_an_export(format_args!("row {index} of the table '{}': {detail}", self.table));
            if cells.len() != *width {
                return Err(self.import.fail(at(format!("{} values for {width} columns", cells.len()))));
            }
            // A local setting in the file (made by hand) is not taken over.
            if self.table == "settings" && matches!(&cells[0], Cell::Text(k) if LOCAL_ONLY_SETTINGS.contains(&k.as_str())) {
                continue;
            }
            let inserted = self.import.conn.prepare_cached(sql).and_then(|mut s| s.execute(params_from_iter(cells.iter())));
            if let Err(e) = inserted {
                return Err(self.import.fail(at(e.to_string())));
            }
            self.import.rows += 1;
        }
        Ok(())
    }
}

/// Every reference that points nowhere, as "table → parent".
fn broken_references(conn: &Connection) -> Result<Vec<String>> {
    Ok(conn
        .prepare("SELECT DISTINCT \"table\", parent FROM pragma_foreign_key_check")?
        .query_map([], |r| Ok(format!("{} → {}", r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

impl Coachbook {
    /// Writes the whole workspace to `path` as one JSON document (whole, or
    /// not at all). It holds private notes: the manifest counts them.
    pub fn full_export(&self, path: &Path) -> Result<FullExportSummary> {
        let conn = self.conn();
        // One read transaction: every table as of one moment.
        let snapshot = conn.unchecked_transaction()?;
        let private_notes = private_notes(&snapshot)?;
        let manifest = ExportManifest {
            format: EXPORT_FORMAT.to_owned(),
            schema_version: LATEST_VERSION as u32,
            exported_at: self.clock().now(),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            private_notes,
            note: format!(
                "Contains private notes ({private_notes}), and everything else in the workspace, as plain text. \
                 Keep this file somewhere safe and never send it to a rep."
            ),
        };
        let mut counted = (0, 0);
        write_file_atomically(path, |out| {
            counted = write_document(&snapshot, &manifest, out)?;
            Ok(())
        })?;
        Ok(FullExportSummary { path: path.display().to_string(), tables: counted.0, rows: counted.1, private_notes })
    }

    /// Imports a full export into this workspace, which must hold no data
    /// yet (the built-in rubrics and agenda aside). All of it, or nothing.
    pub fn full_import(&self, path: &Path) -> Result<FullImportSummary> {
        let file = std::fs::File::open(path).map_err(|e| Error::invalid("file", format!("The file cannot be read: {e}.")))?;
        self.write(|tx| {
            // References are checked once every table is in, whatever their order.
            tx.pragma_update(None, "defer_foreign_keys", true)?;
            let names = exported_tables(tx)?;
            ensure_empty(tx, &names)?;
            let tables = names.iter().map(|t| Ok((t.clone(), columns_of(tx, t)?))).collect::<Result<HashMap<_, _>>>()?;
            let mut import = Import { conn: tx, tables, manifest: None, rows: 0, failure: None };
            let mut reader = serde_json::Deserializer::from_reader(std::io::BufReader::new(file));
            let read = Document(&mut import).deserialize(&mut reader).and_then(|()| reader.end());
            if let Some(failure) = import.failure.take() {
                return Err(failure);
            }
            read.map_err(not_an_export)?;
            let Some(manifest) = import.manifest else { return Err(not_an_export("it has no manifest")) };
            let broken = broken_references(tx)?;
            if !broken.is_empty() {
                return Err(not_an_export(format_args!("rows refer to rows it does not hold: {}", broken.join(", "))));
            }
            let people: u32 = tx.query_row("SELECT count(*) FROM people", [], |r| r.get(0))?;
            Ok(FullImportSummary { rows: import.rows, people, exported_at: manifest.exported_at })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blobs_go_out_as_hex_and_come_back() {
        assert_eq!(hex(&[0, 15, 255]), "000fff");
        assert_eq!(unhex("000fff"), Some(vec![0, 15, 255]));
        assert_eq!(unhex("0g"), None);
        assert_eq!(unhex("abc"), None);
    }

    #[test]
    fn integers_and_reals_stay_apart() {
        let cells = vec![Cell::Integer(3), Cell::Real(3.0), Cell::Null, Cell::Text("x".into()), Cell::Blob(vec![1])];
        let json = serde_json::to_string(&cells).unwrap();
        assert_eq!(json, r#"[3,3.0,null,"x",{"hex":"01"}]"#);
        assert_eq!(serde_json::from_str::<Vec<Cell>>(&json).unwrap(), cells);
    }
}
