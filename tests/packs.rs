//! Packs between workspaces: what travels between a manager and a rep, each
//! in a file of their own, in step through a shared folder, and what never
//! leaves the manager's (private notes, unshared feedback).

mod common;

use std::path::Path;

use chrono::{Days, NaiveDate};
use coachbook::feedback::{FeedbackInput, Polarity};
use coachbook::kpis::warning::WarningState;
use coachbook::kpis::{KpiInput, KpiKind};
use coachbook::one_on_ones::*;
use coachbook::people::Person;
use coachbook::settings::WorkspaceMode;
use coachbook::Coachbook;
use common::packs::*;

#[test]
fn a_month_of_one_on_ones_reaches_the_rep_without_one_private_note() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, rep, ada, shared) = linked(dir.path());
    assert_eq!(rep.book.settings().unwrap().mode, WorkspaceMode::Rep, "the invitation makes it Ada's own workspace");
    assert_eq!(rep.book.settings().unwrap().me, Some(ada.id.clone()));
    sync(&rep); // Ada's first answer tells the manager her workspace
    sync(&manager);
    assert!(manager.book.list_links().unwrap()[0].answered);

    for week in 0..4u64 {
        let day = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + Days::new(7 * week);
        manager.clock.set_day(day);
        let meeting = manager.book.hold_meeting(&ada.id, Some(&day.to_string())).unwrap();
        note(&manager.book, &meeting, "Wins", &format!("Shared win number {week}: lighthouse"), Visibility::Shared);
        note(&manager.book, &meeting, "Will", &format!("Private worry {week}: thinking of leaving"), Visibility::Private);
        manager.book.add_action_item(&meeting.id, &NewActionItem { text: format!("Follow up {week}"), owner: Owner::Rep, due_on: None }).unwrap();
        manager
            .book
            .log_feedback(&FeedbackInput {
                person_id: ada.id.clone(),
                polarity: Polarity::Constructive,
                given_on: None,
                situation: None,
                behaviour: format!("Unshared remark {week}"),
                result: None,
                tags: vec![],
                shared: false,
            })
            .unwrap();
        sync(&manager);
        let applied = sync(&rep).applied;
        assert_eq!(applied.len(), 1);
        // The agenda's six shared sections travel (filled or not); "Will" is private and stays.
        assert_eq!(applied[0].lines, ["1 one-on-one", "6 shared notes", "1 action item"]);
    }

    let meetings = rep.book.list_meetings(&ada.id).unwrap();
    assert_eq!(meetings.len(), 4);
    for m in &meetings {
        let full = rep.book.get_meeting(&m.id, true).unwrap();
        assert!(full.notes.iter().all(|n| n.visibility == Visibility::Shared), "only shared notes are in the rep's file");
        assert!(full.notes.iter().any(|n| n.body.contains("Shared win")));
    }
    assert_eq!(search(&rep.book, "lighthouse"), 4, "synced notes are found by search");
    assert_eq!(search(&rep.book, "leaving"), 0);
    assert_eq!(rep.book.open_action_items(&ada.id).unwrap().len(), 4);
    let rep_file = std::fs::read(dir.path().join("ada.sqlite3")).unwrap();
    for secret in ["thinking of leaving", "Unshared remark"] {
        assert!(!contains(&folder_bytes(&shared), secret), "'{secret}' is in a pack");
        assert!(!contains(&rep_file, secret), "'{secret}' is in the rep's file");
    }
}

#[test]
fn the_reps_kpi_values_reach_the_manager_and_raise_the_storm_warning_there() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, rep, ada, _) = linked(dir.path());
    let kpi = manager
        .book
        .create_kpi(&ada.id, &KpiInput { name: "Calls".into(), unit: None, kind: KpiKind::Count, weekly_target: 50.0, warn_drop: None })
        .unwrap();
    sync(&rep);
    sync(&manager);
    sync(&rep);
    assert_eq!(rep.book.list_kpis(&ada.id).unwrap()[0].name, "Calls", "the KPI and its target reached the rep");

    let this_week: NaiveDate = "2026-11-23".parse().unwrap();
    for back in 0..16u64 {
        let value = if back < 4 { 32.0 + back as f64 } else { 50.0 };
        rep.book.record_kpi_value(&kpi.id, &(this_week - Days::new(back * 7)).to_string(), Some(value)).unwrap();
    }
    sync(&rep);
    let applied = sync(&manager).applied;
    assert_eq!(applied[0].lines, ["KPI values for weeks 33–48"]);
    let series = manager.book.kpi_series(&ada.id, 12, "2026-11-26".parse().unwrap()).unwrap();
    assert_eq!(series[0].warning.state, WarningState::StormBrewing);
}

fn tagged(book: &Coachbook, person: &Person, behaviour: &str, tags: &[&str], shared: bool) -> coachbook::feedback::FeedbackEntry {
    let input = FeedbackInput {
        person_id: person.id.clone(),
        polarity: Polarity::Positive,
        given_on: Some("2026-11-02".into()),
        situation: None,
        behaviour: behaviour.into(),
        result: None,
        tags: tags.iter().map(|t| t.to_string()).collect(),
        shared,
    };
    book.log_feedback(&input).unwrap()
}

fn tag_counts(book: &Coachbook, person: &Person) -> Vec<(String, u32)> {
    book.feedback_tags(Some(&person.id)).unwrap().into_iter().map(|t| (t.tag, t.entries)).collect()
}

#[test]
fn the_reps_tag_counts_follow_shared_feedback_as_packs_apply_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, rep, ada, _) = linked(dir.path());
    sync(&rep);
    sync(&manager);
    let kept = tagged(&manager.book, &ada, "Paused after the price", &["pricing", "listening"], true);
    tagged(&manager.book, &ada, "Asked good questions", &["listening"], true);
    tagged(&manager.book, &ada, "Unshared remark", &["attitude"], false);
    sync(&manager);
    let pack = sync(&rep).applied.pop().unwrap();
    let pair = |tag: &str, n: u32| (tag.to_string(), n);
    assert_eq!(tag_counts(&rep.book, &ada), [pair("listening", 2), pair("pricing", 1)], "the unshared entry's tag stays behind");

    manager.book.delete_feedback(&kept.id).unwrap();
    sync(&manager);
    let trashed = sync(&rep).applied.pop().unwrap();
    assert_eq!(tag_counts(&rep.book, &ada), [pair("listening", 1)], "an entry the manager trashed leaves the rep's counts");

    rep.book.undo_pack(&trashed.id).unwrap();
    assert_eq!(tag_counts(&rep.book, &ada), [pair("listening", 2), pair("pricing", 1)], "undoing brings the entry and its tags back");
    rep.book.undo_pack(&pack.id).unwrap();
    assert!(tag_counts(&rep.book, &ada).is_empty(), "undoing the first pack takes its entries and their counts away");
}

#[test]
fn a_meeting_deleted_by_the_manager_is_taken_back_from_the_rep() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, rep, ada, _) = linked(dir.path());
    sync(&rep);
    sync(&manager);
    let meeting = manager.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    note(&manager.book, &meeting, "Wins", "Shared and then regretted", Visibility::Shared);
    sync(&manager);
    sync(&rep);
    manager.book.delete_meeting(&meeting.id).unwrap();
    sync(&manager);
    let lines = sync(&rep).applied.pop().unwrap().lines;
    assert!(lines.contains(&"1 one-on-one taken back".to_owned()), "{lines:?}");
    assert!(rep.book.list_meetings(&ada.id).unwrap().is_empty());

    // And a note turned private later is taken back the same way.
    let again = manager.book.hold_meeting(&ada.id, Some("2026-11-09")).unwrap();
    note(&manager.book, &again, "Wins", "Shared for now", Visibility::Shared);
    sync(&manager);
    sync(&rep);
    note(&manager.book, &again, "Wins", "Shared for now", Visibility::Private);
    sync(&manager);
    sync(&rep);
    let on_rep = rep.book.get_meeting(&again.id, true).unwrap();
    assert!(on_rep.notes.iter().all(|n| n.body != "Shared for now"));
}

#[test]
fn a_pack_sent_before_the_rep_answered_is_still_theirs_and_no_one_elses() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, rep, ada, shared) = linked(dir.path());
    manager.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    let link = manager.book.list_links().unwrap()[0].id.clone();
    let early = manager.book.send_pack(&link, &shared.join("early.cbpack")).unwrap();
    let stranger = desk(dir.path(), "stranger", None);
    assert!(stranger.book.open_pack(Path::new(&early.path)).is_err(), "a workspace without the link cannot open it");
    rep.book.open_pack(Path::new(&early.path)).unwrap();
    assert_eq!(rep.book.list_meetings(&ada.id).unwrap().len(), 1);
    // The manager's own files in the folder are never read back as incoming.
    assert!(manager.book.sync_now().unwrap().problems.is_empty());
}

#[test]
fn the_sync_folder_gets_a_pack_only_when_something_changed() {
    let dir = tempfile::tempdir().unwrap();
    let (manager, rep, ada, _) = linked(dir.path());
    sync(&rep);
    sync(&manager);
    assert!(sync(&manager).written.is_empty(), "nothing saved since: nothing written");
    manager.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    assert_eq!(sync(&manager).written.len(), 1);
    assert!(sync(&manager).written.is_empty());
}
