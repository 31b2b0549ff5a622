//! Opening a workspace file: what is refused and left alone, what opens,
//! and that two processes (here, two handles) on one file never fail a save.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use coachbook::people::{PeopleList, PeopleQuery, PersonFields, Role};
use coachbook::{Coachbook, Error, OpenProblem};
use common::*;
use rusqlite::Connection;

fn open_problem(path: &Path) -> OpenProblem {
    match Coachbook::open(path) {
        Err(Error::Open(problem)) => problem,
        Err(other) => panic!("expected an open problem, got {other:?}"),
        Ok(_) => panic!("{} opened", path.display()),
    }
}

#[test]
fn another_programs_sqlite_file_is_refused_and_left_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("music.db");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Blue in Green');").unwrap();
    drop(conn);
    let before = std::fs::read(&path).unwrap();
    let problem = open_problem(&path);
    assert_eq!(problem, OpenProblem::NotCoachbook);
    assert!(problem.to_string().contains("not a Coachbook workspace"));
    assert_eq!(std::fs::read(&path).unwrap(), before, "not one byte changed");
    let tables: i64 = Connection::open(&path).unwrap().query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).unwrap();
    assert_eq!(tables, 1, "no Coachbook tables were added");
}

#[test]
fn a_file_with_another_application_id_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite3");
    Connection::open(&path).unwrap().execute_batch("PRAGMA application_id = 1234; CREATE TABLE people (id TEXT);").unwrap();
    assert_eq!(open_problem(&path), OpenProblem::NotCoachbook);
}

#[test]
fn a_workspace_from_a_newer_coachbook_is_refused_with_its_version() {
    let ws = TestWorkspace::new();
    add_rep(&ws.book, "Ada");
    let path = ws.path();
    drop(ws.book);
    let newer = coachbook::SCHEMA_VERSION as i64 + 1;
    Connection::open(&path).unwrap().pragma_update(None, "user_version", newer).unwrap();
    let before = std::fs::read(&path).unwrap();
    let problem = open_problem(&path);
    assert_eq!(problem, OpenProblem::NewerSchema { version: newer as u32, supported: coachbook::SCHEMA_VERSION as u32 });
    assert!(problem.to_string().contains(&format!("format {newer}")), "{problem}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_damaged_workspace_is_reported_as_damaged() {
    let ws = TestWorkspace::new();
    for i in 0..200 {
        ws.book.create_person(Role::Rep, &PersonFields { name: format!("Rep {i} with a longer name"), notes: Some("x".repeat(500)), ..Default::default() }).unwrap();
    }
    let path = ws.path();
    drop(ws.book);
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 8 * 4096, "the file has pages to damage");
    for b in &mut bytes[4 * 4096..6 * 4096] {
        *b = 0xA5;
    }
    std::fs::write(&path, bytes).unwrap();
    assert!(matches!(open_problem(&path), OpenProblem::Corrupt { .. }));
}

#[test]
fn a_new_file_opened_twice_at_once_opens_both_times() {
    for round in 0..20 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("race-{round}.sqlite3"));
        let opens: Vec<_> = (0..2)
            .map(|_| {
                let path = path.clone();
                std::thread::spawn(move || Coachbook::open(&path).map(|_| ()))
            })
            .collect();
        for open in opens {
            open.join().unwrap().expect("both first opens succeed");
        }
    }
}

#[test]
fn two_handles_saving_at_autosave_pace_never_fail_a_save() {
    let ws = TestWorkspace::new();
    let path = ws.path();
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let path = path.clone();
            std::thread::spawn(move || {
                let book = Coachbook::open(&path).unwrap();
                let mut failures = 0;
                for i in 0..60 {
                    let fields = PersonFields { name: format!("Writer {w} rep {i}"), ..Default::default() };
                    if book.create_person(Role::Rep, &fields).is_err() {
                        failures += 1;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
                failures
            })
        })
        .collect();
    let failures: u32 = writers.into_iter().map(|w| w.join().unwrap()).sum();
    assert_eq!(failures, 0);
    let team = ws.book.list_people(&PeopleQuery { limit: Some(500), ..PeopleQuery::new(PeopleList::Team) }).unwrap();
    assert_eq!(team.total, 120);
}

/// A tmpfs of `size` mounted for the test, or `None` where mounting is not
/// allowed (not root): the tests that need one then say so and stop.
struct Mount(PathBuf, tempfile::TempDir);

impl Mount {
    fn tmpfs(size: &str) -> Option<Mount> {
        let dir = tempfile::tempdir().unwrap();
        let ok = Command::new("mount").args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"]).arg(dir.path()).status();
        if ok.map(|s| s.success()).unwrap_or(false) {
            Some(Mount(dir.path().to_path_buf(), dir))
        } else {
            eprintln!("skipped: mounting a tmpfs needs root");
            None
        }
    }

    fn read_only(&self) {
        assert!(Command::new("mount").args(["-o", "remount,ro"]).arg(&self.0).status().unwrap().success());
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_read_only_workspace_says_so() {
    let Some(mount) = Mount::tmpfs("4m") else { return };
    let path = mount.0.join("w.sqlite3");
    let book = Coachbook::open(&path).unwrap();
    add_rep(&book, "Ada");
    drop(book);
    mount.read_only();
    let problem = open_problem(&path);
    assert_eq!(problem, OpenProblem::ReadOnly);
    assert!(problem.to_string().contains("read-only"));
}

#[test]
fn a_full_disk_says_nothing_was_saved_and_keeps_what_was() {
    let Some(mount) = Mount::tmpfs("1m") else { return };
    let path = mount.0.join("w.sqlite3");
    let book = Coachbook::open(&path).unwrap();
    let mut saved = Vec::new();
    let mut full = None;
    for i in 0..2000 {
        let fields = PersonFields { name: format!("Rep {i}"), notes: Some("n".repeat(4000)), ..Default::default() };
        match book.create_person(Role::Rep, &fields) {
            Ok(person) => saved.push(person.id),
            Err(e) => {
                full = Some(e);
                break;
            }
        }
    }
    let error = full.expect("the disk filled up");
    assert!(matches!(error, Error::DiskFull), "{error:?}");
    assert!(error.to_string().contains("disk is full"));
    assert!(error.to_string().contains("not saved"));
    for id in &saved {
        book.get_person(id).expect("everything acknowledged before is still there");
    }
    drop(book);
    let reopened = Connection::open(&path).unwrap();
    let check: String = reopened.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let count: i64 = reopened.query_row("SELECT count(*) FROM people", [], |r| r.get(0)).unwrap();
    assert_eq!(count as usize, saved.len());
}
