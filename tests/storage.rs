//! The database file itself: pragmas, schema version, upgrades.

mod common;

use common::*;
use rusqlite::Connection;

/// A database file at an earlier schema `version`, holding one rep called `name`.
fn database_at_version(dir: &std::path::Path, version: usize, id: &str, name: &str) -> std::path::PathBuf {
    let path = dir.join(format!("v{version}.sqlite3"));
    let mut conn = Connection::open(&path).unwrap();
    coachbook::migrations().to_version(&mut conn, version).unwrap();
    conn.execute(
        "INSERT INTO people (id, role, name, name_fold, created_at, updated_at)
         VALUES (?1, 'rep', ?2, lower(?2), '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
        [id, name],
    )
    .unwrap();
    path
}

#[test]
fn the_file_uses_write_ahead_logging() {
    let ws = TestWorkspace::new();
    add_rep(&ws.book, "Ada");
    // A second connection sees the journal mode, which is a property of the file.
    let conn = Connection::open(ws.path()).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    assert!(ws.dir.path().join("workspace.sqlite3-wal").exists());
}

#[test]
fn a_new_file_is_migrated_to_the_latest_schema() {
    let ws = TestWorkspace::new();
    let conn = Connection::open(ws.path()).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert!(version >= 1);
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'people'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(tables, 1);
}

#[test]
fn the_workspace_folder_is_created_when_missing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/deeper/coachbook.sqlite3");
    let book = coachbook::Coachbook::open(&path).unwrap();
    assert_eq!(book.path(), path);
    assert!(path.exists());
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "not a database, just some text that is long enough to matter").unwrap();
    assert!(coachbook::Coachbook::open(&path).is_err());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "not a database, just some text that is long enough to matter"
    );
}

#[test]
fn a_database_from_the_first_version_upgrades_and_keeps_its_people() {
    let dir = tempfile::tempdir().unwrap();
    let path = database_at_version(dir.path(), 1, "0190a0b0-0000-7000-8000-000000000001", "Ada");
    let book = coachbook::Coachbook::open(&path).unwrap();
    let team = book.list_people(&coachbook::people::PeopleQuery::new(coachbook::people::PeopleList::Team)).unwrap();
    assert_eq!(team.items[0].name, "Ada");
    assert!(!book.list_rubrics(false).unwrap().is_empty(), "built-in rubrics arrive with the upgrade");
}

#[test]
fn a_database_from_the_second_version_upgrades_with_the_default_agenda() {
    let dir = tempfile::tempdir().unwrap();
    let path = database_at_version(dir.path(), 2, "0190a0b0-0000-7000-8000-000000000002", "Bo");
    let book = coachbook::Coachbook::open(&path).unwrap();
    let bo = coachbook::PersonId::from("0190a0b0-0000-7000-8000-000000000002".to_string());
    assert_eq!(book.one_on_one_setup(&bo).unwrap().cadence, None);
    let meeting = book.hold_meeting(&bo, Some("2026-11-02")).unwrap();
    assert_eq!(meeting.template_name, "Weekly one-on-one");
}

#[test]
fn a_database_from_the_third_version_upgrades_to_goals_and_plans() {
    let dir = tempfile::tempdir().unwrap();
    let path = database_at_version(dir.path(), 3, "0190a0b0-0000-7000-8000-000000000003", "Cy");
    let book = coachbook::Coachbook::open(&path).unwrap();
    let cy = coachbook::PersonId::from("0190a0b0-0000-7000-8000-000000000003".to_string());
    assert_eq!(book.plan(&cy).unwrap(), None);
    assert!(book.list_kpis(&cy).unwrap().is_empty());
    assert_eq!(book.kare(&cy).unwrap().split, None);
}
