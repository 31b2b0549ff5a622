//! Encrypted at rest: a workspace protected with a passphrase has no clear
//! text on disk (nor its backups), opens only with the passphrase, and a
//! wrong one changes nothing.

mod common;

use coachbook::one_on_ones::Visibility;
use coachbook::{Coachbook, Error, OpenProblem, Passphrase};
use common::*;

const SECRET_NOTE: &str = "Confidential: salary talk with Ada";

fn contains(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

fn all_bytes(path: &std::path::Path) -> Vec<u8> {
    let mut bytes = std::fs::read(path).unwrap();
    for log in ["-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(log);
        bytes.extend(std::fs::read(std::path::PathBuf::from(name)).unwrap_or_default());
    }
    bytes
}

fn workspace_with_a_private_note() -> TestWorkspace {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let meeting = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    ws.book.save_meeting_note(&meeting.notes[1].id, SECRET_NOTE, Visibility::Private).unwrap();
    ws
}

#[test]
fn a_protected_workspace_has_no_clear_text_on_disk() {
    let ws = workspace_with_a_private_note();
    assert!(contains(&all_bytes(&ws.path()), SECRET_NOTE), "in the clear before");
    ws.book.back_up_now().unwrap();
    ws.book.protect_with_passphrase("correct horse battery").unwrap();
    assert!(ws.book.is_protected());
    let bytes = all_bytes(&ws.path());
    assert!(!bytes.starts_with(b"SQLite format 3"));
    assert!(!contains(&bytes, SECRET_NOTE));
    // Its backups too, and they still read.
    let backups = ws.book.count_backups().unwrap();
    assert_eq!((backups[0].counted, backups[0].people), (true, 1));
    let backup = std::fs::read(&backups[0].path).unwrap();
    assert!(!backup.starts_with(b"SQLite format 3") && !contains(&backup, SECRET_NOTE));
    // The open workspace carries on as before.
    assert_eq!(add_rep(&ws.book, "Bartholomew Quince").name, "Bartholomew Quince");
    assert!(!contains(&all_bytes(&ws.path()), "Bartholomew Quince"), "new saves are encrypted too");
}

#[test]
fn it_opens_with_its_passphrase_only_and_a_wrong_one_changes_nothing() {
    let ws = workspace_with_a_private_note();
    ws.book.protect_with_passphrase("correct horse battery").unwrap();
    let path = ws.path();
    drop(ws.book);
    match Coachbook::open(&path) {
        Err(Error::Open(OpenProblem::Encrypted)) => {}
        other => panic!("{:?}", other.map(|_| ())),
    }
    let before = std::fs::read(&path).unwrap();
    match Coachbook::unlock(&path, &Passphrase::typed("wrong horse battery")) {
        Err(Error::Open(OpenProblem::WrongPassphrase)) => {}
        other => panic!("{:?}", other.map(|_| ())),
    }
    assert_eq!(std::fs::read(&path).unwrap(), before, "a wrong passphrase changed nothing");
    let book = Coachbook::unlock(&path, &Passphrase::typed("correct horse battery")).unwrap();
    let found = book
        .search(&coachbook::search::SearchQuery { text: "salary".into(), person_id: None, include_private: true, limit: None })
        .unwrap();
    assert_eq!(found.len(), 1, "the private note is there, and search works");
}

#[test]
fn the_passphrase_changes_only_with_the_current_one_and_protection_can_be_removed() {
    let ws = workspace_with_a_private_note();
    assert_eq!(ws.book.protect_with_passphrase("short").unwrap_err().field(), Some("passphrase"));
    assert!(!ws.book.is_protected(), "a refused passphrase changed nothing");
    ws.book.protect_with_passphrase("first passphrase").unwrap();
    assert_eq!(ws.book.change_passphrase("not it at all", "second passphrase").unwrap_err().field(), Some("current"));
    ws.book.change_passphrase("first passphrase", "second passphrase").unwrap();
    let path = ws.path();
    drop(ws.book);
    assert!(Coachbook::unlock(&path, &Passphrase::typed("first passphrase")).is_err());
    let book = Coachbook::unlock(&path, &Passphrase::typed("second passphrase")).unwrap();
    book.remove_protection("second passphrase").unwrap();
    drop(book);
    assert!(std::fs::read(&path).unwrap().starts_with(b"SQLite format 3"));
    let plain = Coachbook::open(&path).unwrap();
    assert!(!plain.is_protected());
    assert_eq!(plain.list_people(&coachbook::people::PeopleQuery::new(coachbook::people::PeopleList::Team)).unwrap().total, 1);
}

#[test]
fn a_passphrase_is_never_shown_in_debug_output() {
    let key = Passphrase::new("correct horse battery").unwrap();
    assert!(!format!("{key:?}").contains("horse"));
}

#[test]
fn a_wrong_passphrase_leaves_the_file_and_its_log_as_they_were() {
    let ws = workspace_with_a_private_note();
    ws.book.protect_with_passphrase("correct horse battery").unwrap();
    add_rep(&ws.book, "Bartholomew Quince"); // in the write-ahead log
    let path = ws.path();
    // As after a crash: the log is still there when the next start tries a
    // passphrase. (The -shm index is shared memory that readers mark; the data is the file and its log.)
    let data = |path: &std::path::Path| {
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        (std::fs::read(path).unwrap(), std::fs::read(std::path::PathBuf::from(wal)).unwrap_or_default())
    };
    let before = data(&path);
    assert!(!before.1.is_empty(), "the log holds the last save");
    let attempt = Coachbook::unlock(&path, &Passphrase::typed("wrong horse battery"));
    assert!(matches!(attempt, Err(Error::Open(OpenProblem::WrongPassphrase))));
    assert!(data(&path) == before, "the file and its log are as they were");
    drop(ws.book);
}
