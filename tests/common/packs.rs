//! Helpers for the pack tests: a desk is one person's workspace on a fixed
//! clock; `linked` sets up a manager and a rep in step through a shared folder.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use coachbook::one_on_ones::*;
use coachbook::packs::*;
use coachbook::people::Person;
use coachbook::search::SearchQuery;
use coachbook::settings::SettingsInput;
use coachbook::{Coachbook, FixedClock};
use super::add_rep;

pub struct Desk {
    pub book: Coachbook,
    pub clock: Arc<FixedClock>,
}

pub fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

pub fn desk(dir: &Path, name: &str, signed: Option<&str>) -> Desk {
    let clock = Arc::new(FixedClock::at(at("2026-11-02T09:00:00Z")));
    let book = Coachbook::open_with_clock(dir.join(format!("{name}.sqlite3")), clock.clone()).unwrap();
    if let Some(signed) = signed {
        book.update_settings(&SettingsInput { assessor_name: Some(signed.into()) }).unwrap();
    }
    Desk { book, clock }
}

pub fn folder(dir: &Path) -> PathBuf {
    let folder = dir.join("shared");
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

pub fn note(book: &Coachbook, meeting: &Meeting, title: &str, body: &str, visibility: Visibility) {
    let id = &meeting.notes.iter().find(|n| n.title == title).unwrap().id;
    book.save_meeting_note(id, body, visibility).unwrap();
}

pub fn search(book: &Coachbook, text: &str) -> usize {
    book.search(&SearchQuery { text: text.into(), person_id: None, include_private: true, limit: None }).unwrap().len()
}

/// Every pack file's bytes in the folder, together.
pub fn folder_bytes(folder: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        all.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    all
}

pub fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// A manager with a rep, Ada, and Ada's own workspace linked through `shared`.
pub fn linked(dir: &Path) -> (Desk, Desk, Person, PathBuf) {
    let shared = folder(dir);
    let manager = desk(dir, "manager", Some("Mia Manager"));
    let ada = add_rep(&manager.book, "Ada");
    manager.book.set_sync_folder(Some(shared.to_str().unwrap())).unwrap();
    let invitation = manager.book.invitation_path("Ada").unwrap();
    manager.book.invite_rep(&ada.id, &invitation).unwrap();

    let rep = desk(dir, "ada", None);
    rep.book.set_sync_folder(Some(shared.to_str().unwrap())).unwrap();
    let offered = rep.book.invitations_in_folder().unwrap();
    assert_eq!(offered.len(), 1);
    assert_eq!((offered[0].from.as_str(), offered[0].sender_role, offered[0].for_name.as_str()), ("Mia Manager", PeerRole::Manager, "Ada"));
    rep.book.open_pack(Path::new(&offered[0].path)).unwrap();
    (manager, rep, ada, shared)
}

pub fn sync(desk: &Desk) -> SyncReport {
    let report = desk.book.sync_now().unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    report
}
