//! What packs refuse, undo and leave alone: packs opened twice, foreign,
//! damaged, newer or out of order; conflicting edits; the sync folder's
//! own rules.

mod common;

use std::path::Path;

use coachbook::one_on_ones::*;
use coachbook::packs::*;
use coachbook::settings::WorkspaceMode;
use coachbook::ErrorKind;
use common::*;
use common::packs::*;

#[test]
fn the_same_record_changed_on_both_sides_is_listed_and_neither_text_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, rep, ada, _) = linked(dir.path());
    let meeting = manager.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    let item = manager.book.add_action_item(&meeting.id, &NewActionItem { text: "Call Harbour Ltd".into(), owner: Owner::Rep, due_on: None }).unwrap();
    sync(&rep);
    sync(&manager);
    sync(&rep);

    manager.clock.set(at("2026-11-03T10:00:00Z"));
    manager.book.update_action_item(&item.id, &NewActionItem { text: "Call Harbour Ltd about renewal".into(), owner: Owner::Rep, due_on: None }).unwrap();
    rep.clock.set(at("2026-11-03T11:00:00Z"));
    rep.book.update_action_item(&item.id, &NewActionItem { text: "Call Harbour Ltd (done Tuesday)".into(), owner: Owner::Rep, due_on: None }).unwrap();
    sync(&manager);
    sync(&rep);
    sync(&manager);

    let conflicts = rep.book.list_conflicts().unwrap();
    assert_eq!(conflicts.len(), 1);
    let c = &conflicts[0];
    assert_eq!((c.kind, c.kept, c.what.as_str()), (ConflictKind::BothChanged, KeptSide::Ours, "an action item"));
    let text = c.fields.iter().find(|f| f.name == "text").unwrap();
    assert_eq!(text.ours.as_deref(), Some("Call Harbour Ltd (done Tuesday)"), "the later change is kept");
    assert_eq!(text.theirs.as_deref(), Some("Call Harbour Ltd about renewal"), "the other is kept in the list");
    let on_manager = manager.book.open_action_items(&ada.id).unwrap();
    assert_eq!(on_manager[0].text, "Call Harbour Ltd (done Tuesday)", "the later one reaches the manager too");
    assert_eq!(manager.book.list_conflicts().unwrap().len(), 1, "and the manager sees their own version listed");

    rep.book.take_other_version(&c.id).unwrap();
    assert_eq!(rep.book.open_action_items(&ada.id).unwrap()[0].text, "Call Harbour Ltd about renewal");
    assert!(rep.book.list_conflicts().unwrap().is_empty());
}

#[test]
fn a_pack_opened_twice_changes_nothing_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, rep, ada, shared) = linked(dir.path());
    sync(&rep);
    sync(&manager);
    manager.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    let sent = manager.book.send_pack(&manager.book.list_links().unwrap()[0].id, &shared.join("by-hand.cbpack")).unwrap();
    let first = rep.book.open_pack(Path::new(&sent.path)).unwrap();
    assert!(!first.already_applied);
    let again = rep.book.open_pack(Path::new(&sent.path)).unwrap();
    assert!(again.already_applied);
    assert_eq!(again.id, first.id);
    assert_eq!(rep.book.list_meetings(&ada.id).unwrap().len(), 1);
    assert_eq!(rep.book.list_applied_packs(None).unwrap().len(), 2, "the invitation and this one");
}

#[test]
fn newer_foreign_truncated_and_altered_packs_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, rep, ada, shared) = linked(dir.path());
    sync(&rep);
    sync(&manager);
    manager.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    let link = manager.book.list_links().unwrap()[0].id.clone();
    let path = shared.join("real.cbpack");
    manager.book.send_pack(&link, &path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let before = rep.book.list_applied_packs(None).unwrap().len();

    let refuse = |name: &str, content: Vec<u8>, says: &str| {
        let p = shared.join(name);
        std::fs::write(&p, content).unwrap();
        let err = rep.book.open_pack(&p).unwrap_err();
        assert!(err.to_string().contains(says), "{name}: {err}");
        assert_eq!(rep.book.list_applied_packs(None).unwrap().len(), before, "{name} changed nothing");
        assert!(rep.book.list_meetings(&ada.id).unwrap().is_empty(), "{name} changed nothing");
    };
    refuse("cut.cbpack", bytes[..bytes.len() - 7].to_vec(), "cut short or changed");
    let mut altered = bytes.clone();
    let last = altered.len() - 3;
    altered[last] ^= 0x20;
    refuse("altered.cbpack", altered, "cut short or changed");
    let newer = String::from_utf8_lossy(&bytes).replacen(&format!("\"schemaVersion\":{}", coachbook::SCHEMA_VERSION), "\"schemaVersion\":999", 1);
    refuse("newer.cbpack", newer.into_bytes(), "cut short or changed");

    // A genuine pack from a newer Coachbook, and one meant for another workspace.
    let other = desk(dir.path(), "other", Some("Otto"));
    let err = other.book.open_pack(&path).unwrap_err();
    assert!(err.to_string().contains("does not have"), "{err}");
    assert_eq!(err.kind(), ErrorKind::Invalid);
}

#[test]
fn a_pack_from_a_newer_coachbook_is_refused_with_its_version_named() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, rep, _, shared) = linked(dir.path());
    sync(&rep);
    sync(&manager);
    let link = manager.book.list_links().unwrap()[0].id.clone();
    let path = shared.join("newer.cbpack");
    manager.book.send_pack(&link, &path).unwrap();
    // Re-sign the manifest as a newer Coachbook would write it.
    let newer = coachbook::packs::test_support::with_schema_version(&std::fs::read(&path).unwrap(), 999);
    std::fs::write(&path, newer).unwrap();
    let err = rep.book.open_pack(&path).unwrap_err();
    assert!(err.to_string().contains("schema 999"), "{err}");
}

#[test]
fn undoing_an_applied_pack_restores_the_earlier_state() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, rep, ada, _) = linked(dir.path());
    sync(&rep);
    sync(&manager);
    let meeting = manager.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    note(&manager.book, &meeting, "Wins", "Signed the lighthouse", Visibility::Shared);
    sync(&manager);
    let pack = sync(&rep).applied.pop().unwrap();
    assert_eq!(search(&rep.book, "lighthouse"), 1);
    let undone = rep.book.undo_pack(&pack.id).unwrap();
    assert!(undone.undone_at.is_some());
    assert!(rep.book.list_meetings(&ada.id).unwrap().is_empty());
    assert_eq!(search(&rep.book, "lighthouse"), 0);
    assert_eq!(rep.book.undo_pack(&pack.id).unwrap_err().kind(), ErrorKind::Conflict, "once");
}

#[test]
fn a_pack_ahead_of_one_not_yet_opened_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, rep, ada, shared) = linked(dir.path());
    sync(&rep);
    sync(&manager);
    let link = manager.book.list_links().unwrap()[0].id.clone();
    manager.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    let second = manager.book.send_pack(&link, &shared.join("a.cbpack")).unwrap();
    manager.book.hold_meeting(&ada.id, Some("2026-11-09")).unwrap();
    let third = manager.book.send_pack(&link, &shared.join("b.cbpack")).unwrap();
    let err = rep.book.open_pack(Path::new(&third.path)).unwrap_err();
    assert!(err.to_string().contains("has not been opened yet"), "{err}");
    rep.book.open_pack(Path::new(&second.path)).unwrap();
    rep.book.open_pack(Path::new(&third.path)).unwrap();
    assert_eq!(rep.book.list_meetings(&ada.id).unwrap().len(), 2);
}

#[test]
fn the_sync_folder_may_not_hold_the_workspace_itself() {
    let dir = tempfile::tempdir().unwrap();
    let d = desk(dir.path(), "w", None);
    let err = d.book.set_sync_folder(Some(dir.path().to_str().unwrap())).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Invalid);
    assert!(err.to_string().contains("holds the workspace itself"));
    assert_eq!(d.book.set_sync_folder(Some(dir.path().join("missing").to_str().unwrap())).unwrap_err().kind(), ErrorKind::Invalid);
}

#[test]
fn a_sync_tools_conflict_copies_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, rep, ada, shared) = linked(dir.path());
    sync(&rep);
    sync(&manager);
    manager.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    let written = sync(&manager).written.pop().unwrap();
    let copy = shared.join("coachbook.sync-conflict-20261102-090000-ABC.cbpack");
    std::fs::copy(&written.path, &copy).unwrap();
    std::fs::remove_file(&written.path).unwrap();
    assert!(sync(&rep).applied.is_empty());
    assert!(rep.book.list_meetings(&ada.id).unwrap().is_empty());
}

#[test]
fn an_invitation_for_a_rep_is_refused_by_a_workspace_that_holds_other_people() {
    let dir = tempfile::tempdir().unwrap();
    let shared = folder(dir.path());
    let manager = desk(dir.path(), "manager", Some("Mia"));
    let ada = add_rep(&manager.book, "Ada");
    let path = shared.join("invite.cbpack");
    manager.book.invite_rep(&ada.id, &path).unwrap();
    let busy = desk(dir.path(), "busy", None);
    add_rep(&busy.book, "Someone else");
    let err = busy.book.open_pack(&path).unwrap_err();
    assert!(err.to_string().contains("new workspace"), "{err}");
    assert!(busy.book.list_links().unwrap().is_empty());
    assert_eq!(busy.book.settings().unwrap().mode, WorkspaceMode::Manager);
}
