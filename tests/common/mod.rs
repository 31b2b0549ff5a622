//! Helpers shared by the backend integration tests.
#![allow(dead_code)]

use coachbook::people::{PersonFields, Role};
use coachbook::Coachbook;
use tempfile::TempDir;

/// A workspace in a fresh temporary folder; the folder lives as long as the value.
pub struct TestWorkspace {
    pub dir: TempDir,
    pub book: Coachbook,
}

impl TestWorkspace {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let book = Coachbook::open(dir.path().join("workspace.sqlite3")).expect("open workspace");
        TestWorkspace { dir, book }
    }

    pub fn path(&self) -> std::path::PathBuf {
        self.dir.path().join("workspace.sqlite3")
    }

    /// Closes the workspace and opens the same file again.
    pub fn reopen(self) -> Self {
        let TestWorkspace { dir, book } = self;
        drop(book);
        let book = Coachbook::open(dir.path().join("workspace.sqlite3")).expect("reopen workspace");
        TestWorkspace { dir, book }
    }
}

pub fn named(name: &str) -> PersonFields {
    PersonFields { name: name.into(), ..PersonFields::default() }
}

pub fn candidate_for(name: &str, opening: &str) -> PersonFields {
    PersonFields { name: name.into(), opening: Some(opening.into()), ..PersonFields::default() }
}

pub fn add_rep(book: &Coachbook, name: &str) -> coachbook::people::Person {
    book.create_person(Role::Rep, &named(name)).expect("create rep")
}

pub fn add_candidate(book: &Coachbook, name: &str, opening: &str) -> coachbook::people::Person {
    book.create_person(Role::Candidate, &candidate_for(name, opening)).expect("create candidate")
}
