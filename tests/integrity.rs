//! The whole-file check: a small workspace is checked as it opens (see
//! `open.rs`); a large one opens at once and is checked in the background,
//! and no automatic backup is made of it until the check says it is sound.

mod common;

use coachbook::{Coachbook, Integrity, CHECKED_ON_OPEN_BYTES};
use common::*;
use rusqlite::Connection;

/// A workspace just over the size checked on open: one rep, and a large
/// blob whose pages lie in the middle of the file, away from everything
/// opening reads.
fn large_workspace(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("large.sqlite3");
    let book = Coachbook::open(&path).unwrap();
    add_rep(&book, "Ada");
    drop(book);
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(&format!(
        "CREATE TABLE filler (b BLOB); INSERT INTO filler VALUES (zeroblob({}));",
        CHECKED_ON_OPEN_BYTES + 4 * 1024 * 1024
    ))
    .unwrap();
    conn.close().unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() > CHECKED_ON_OPEN_BYTES);
    path
}

/// Overwrites pages in the middle of the file (the blob's overflow chain).
fn damage_the_middle(path: &std::path::Path) {
    use std::io::{Seek, SeekFrom, Write};
    let middle = std::fs::metadata(path).unwrap().len() / 2 / 4096 * 4096;
    let mut file = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    file.seek(SeekFrom::Start(middle)).unwrap();
    file.write_all(&vec![0xA5; 8 * 4096]).unwrap();
}

#[test]
fn a_large_sound_workspace_opens_unchecked_and_its_check_says_sound() {
    let dir = tempfile::tempdir().unwrap();
    let path = large_workspace(dir.path());
    let book = Coachbook::open(&path).unwrap();
    assert_eq!(book.integrity(), Integrity::Unchecked);
    assert_eq!(book.check_integrity().unwrap(), Integrity::Sound);
    assert_eq!(book.integrity(), Integrity::Sound, "the verdict is remembered");
}

#[test]
fn a_large_damaged_workspace_opens_at_once_and_is_never_backed_up_over_good_backups() {
    let dir = tempfile::tempdir().unwrap();
    let path = large_workspace(dir.path());
    damage_the_middle(&path);
    let book = Coachbook::open(&path).expect("a large file opens without the whole-file check");
    assert_eq!(book.integrity(), Integrity::Unchecked);
    assert_eq!(book.list_people(&coachbook::people::PeopleQuery::new(coachbook::people::PeopleList::Team)).unwrap().total, 1);

    assert_eq!(book.back_up_if_due().unwrap(), None, "the automatic backup waits for the check, which finds damage");
    assert!(matches!(book.integrity(), Integrity::Damaged { .. }), "{:?}", book.integrity());
    assert!(book.list_backups().unwrap().is_empty());
    let refused = book.back_up_now().unwrap_err();
    assert!(refused.to_string().contains("damaged"), "{refused}");
    assert!(refused.to_string().contains("restore a backup"), "{refused}");
}

#[test]
fn a_small_workspace_is_known_sound_as_it_opens() {
    let ws = TestWorkspace::new();
    assert_eq!(ws.book.integrity(), Integrity::Sound);
}
