//! The full export: the whole workspace as JSON, imported back identically
//! into an empty workspace, all or nothing.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use coachbook::exchange::*;
use coachbook::people::PeopleList;
use coachbook::settings::SettingsInput;
use coachbook::{Coachbook, ErrorKind, SCHEMA_VERSION};
use common::exchange::*;
use common::*;

fn export_json(book: &Coachbook, dir: &Path, name: &str) -> (PathBuf, serde_json::Value) {
    let path = dir.join(name);
    book.full_export(&path).unwrap();
    let json = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    (path, json)
}

/// Each table's rows, sorted, as the export wrote them.
fn tables_of(json: &serde_json::Value) -> BTreeMap<String, Vec<String>> {
    json["tables"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(table, body)| {
            let mut rows: Vec<String> = body["rows"].as_array().unwrap().iter().map(|r| r.to_string()).collect();
            rows.sort();
            (table.clone(), rows)
        })
        .collect()
}

/// The tables in the file that are not SQLite's, full-text indexes or local-only.
fn tables_in_file(path: &Path) -> BTreeSet<String> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let names: Vec<(String, String)> = conn
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    names
        .into_iter()
        .filter(|(name, sql)| !sql.starts_with("CREATE VIRTUAL") && !name.contains("_fts_") && !LOCAL_ONLY_TABLES.contains(&name.as_str()))
        .map(|(name, _)| name)
        .collect()
}

#[test]
fn a_full_export_with_every_table_filled_imports_back_identically() {
    let dir = tempfile::tempdir().unwrap();
    let source = workspace(dir.path(), "source");
    filled(&source);
    let (path, exported) = export_json(&source, dir.path(), "export.json");

    let tables = tables_of(&exported);
    assert_eq!(tables.keys().cloned().collect::<BTreeSet<_>>(), tables_in_file(&dir.path().join("source.sqlite3")), "every table but the local ones");
    for (table, rows) in &tables {
        assert!(!rows.is_empty(), "the fixture leaves {table} empty: give it a row so the round trip covers it");
    }
    let manifest = &exported["manifest"];
    assert_eq!(manifest["format"], "coachbook-export");
    assert_eq!(manifest["schemaVersion"], SCHEMA_VERSION as u64);
    assert_eq!(manifest["privateNotes"], 1);
    assert!(manifest["note"].as_str().unwrap().contains("private notes"));

    let target = workspace(dir.path(), "target");
    let summary = target.full_import(&path).unwrap();
    assert_eq!(summary.people, 2);
    let (_, again) = export_json(&target, dir.path(), "again.json");
    let again = tables_of(&again);
    for (table, rows) in &tables {
        assert_eq!(&again[table], rows, "{table} differs after the round trip");
    }
    assert_eq!(found(&target, "zanzibar"), 1, "the private note is searchable");
    assert_eq!(found(&target, "referral"), 1, "feedback is searchable");
    assert_eq!(found(&target, "xylophone"), 0, "deleted feedback stays out of search");
    assert_eq!(target.feedback_tags(None).unwrap(), source.feedback_tags(None).unwrap(), "tag counts are made again on import");
    assert!(!target.feedback_tags(None).unwrap().is_empty());
    assert_eq!(people(&target, PeopleList::Team), ["Ada Lovelace"]);

    // A file opened again keeps it all, and is still a working workspace.
    drop(target);
    let reopened = workspace(dir.path(), "target");
    assert_eq!(found(&reopened, "zanzibar"), 1);
    assert!(reopened.list_rubrics(false).unwrap().iter().any(|r| r.name == "Discovery role play"));
}

#[test]
fn a_workspace_that_holds_data_is_not_imported_into() {
    let dir = tempfile::tempdir().unwrap();
    let source = workspace(dir.path(), "source");
    filled(&source);
    let (path, _) = export_json(&source, dir.path(), "export.json");
    let target = workspace(dir.path(), "target");
    add_rep(&target, "Grace");
    let e = target.full_import(&path).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Conflict);
    assert!(e.to_string().contains("already holds data (people (1))"), "{e}");
    assert_eq!(people(&target, PeopleList::Team), ["Grace"]);
    // Settings alone, such as a name, do not count: the export's replace them.
    let fresh = workspace(dir.path(), "fresh");
    fresh.update_settings(&SettingsInput { assessor_name: Some("Someone else".into()) }).unwrap();
    fresh.full_import(&path).unwrap();
    assert_eq!(fresh.settings().unwrap().assessor_name.as_deref(), Some("Mia Manager"));
}

fn edited(dir: &Path, path: &Path, change: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let mut json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    change(&mut json);
    let out = dir.join("edited.json");
    std::fs::write(&out, serde_json::to_string(&json).unwrap()).unwrap();
    out
}

fn untouched(book: &Coachbook) {
    assert!(people(book, PeopleList::Team).is_empty());
    assert!(people(book, PeopleList::Candidates).is_empty());
    assert_eq!(found(book, "zanzibar"), 0);
    assert!(book.list_rubrics(false).unwrap().iter().any(|r| r.name == "Eight-minute presentation"), "built-ins are still there");
    assert!(!book.list_templates(false).unwrap().is_empty());
}

#[test]
fn an_export_from_a_newer_coachbook_is_refused_naming_its_version() {
    let dir = tempfile::tempdir().unwrap();
    let source = workspace(dir.path(), "source");
    filled(&source);
    let (path, _) = export_json(&source, dir.path(), "export.json");
    let newer = edited(dir.path(), &path, |j| j["manifest"]["schemaVersion"] = serde_json::json!(SCHEMA_VERSION + 1));
    let target = workspace(dir.path(), "target");
    let e = target.full_import(&newer).unwrap_err();
    assert_eq!(e.field(), Some("file"));
    assert!(e.to_string().contains(&format!("newer Coachbook (schema version {}", SCHEMA_VERSION + 1)), "{e}");
    untouched(&target);
}

#[test]
fn files_that_are_not_full_exports_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let source = workspace(dir.path(), "source");
    filled(&source);
    let (path, _) = export_json(&source, dir.path(), "export.json");
    let target = workspace(dir.path(), "target");
    let garbage = dir.path().join("garbage.json");
    for text in ["", "not json at all", "[1, 2, 3]", "{\"tables\": {}}", "{\"manifest\": {\"format\": \"x\"}}"] {
        std::fs::write(&garbage, text).unwrap();
        let e = target.full_import(&garbage).unwrap_err();
        assert!(e.to_string().starts_with("This file is not a Coachbook full export"), "{text}: {e}");
    }
    let wrong_format = edited(dir.path(), &path, |j| j["manifest"]["format"] = "something-else".into());
    assert!(target.full_import(&wrong_format).unwrap_err().to_string().contains("its format is 'something-else'"));
    let unknown_table = edited(dir.path(), &path, |j| j["tables"]["nonsense"] = serde_json::json!({"columns": ["a"], "rows": [[1]]}));
    assert!(target.full_import(&unknown_table).unwrap_err().to_string().contains("'nonsense'"));
    assert_eq!(target.full_import(&dir.path().join("missing.json")).unwrap_err().field(), Some("file"));
    untouched(&target);
}

#[test]
fn an_import_that_fails_halfway_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let source = workspace(dir.path(), "source");
    filled(&source);
    let (path, _) = export_json(&source, dir.path(), "export.json");
    let target = workspace(dir.path(), "target");
    // The tables are written in name order: people, notes and the rest go in before this one fails.
    let bad_row = edited(dir.path(), &path, |j| {
        let rows = j["tables"]["scorecard_scores"]["rows"].as_array_mut().unwrap();
        rows.push(rows[0].clone()); // the same key twice
    });
    let e = target.full_import(&bad_row).unwrap_err();
    assert!(e.to_string().contains("scorecard_scores"), "{e}");
    untouched(&target);
    let orphan = edited(dir.path(), &path, |j| j["tables"]["people"]["rows"] = serde_json::json!([]));
    let e = target.full_import(&orphan).unwrap_err();
    assert!(e.to_string().contains("refer to rows it does not hold"), "{e}");
    untouched(&target);
    target.full_import(&path).unwrap();
    assert_eq!(found(&target, "zanzibar"), 1, "the same workspace takes the good file afterwards");
}

