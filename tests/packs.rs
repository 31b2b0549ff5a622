//! Packs between workspaces: a manager and a rep, a hiring lead and two
//! assessors, each in a file of their own, in step through a shared folder.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Days, NaiveDate, Utc};
use coachbook::feedback::{FeedbackInput, Polarity};
use coachbook::kpis::warning::WarningState;
use coachbook::kpis::{KpiInput, KpiKind};
use coachbook::one_on_ones::*;
use coachbook::packs::*;
use coachbook::people::Person;
use coachbook::rubrics::Rubric;
use coachbook::scorecards::*;
use coachbook::search::SearchQuery;
use coachbook::settings::{SettingsInput, WorkspaceMode};
use coachbook::{Coachbook, ErrorKind, FixedClock, PersonId};
use common::*;

struct Desk {
    book: Coachbook,
    clock: Arc<FixedClock>,
}

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn desk(dir: &Path, name: &str, signed: Option<&str>) -> Desk {
    let clock = Arc::new(FixedClock::at(at("2026-11-02T09:00:00Z")));
    let book = Coachbook::open_with_clock(dir.join(format!("{name}.sqlite3")), clock.clone()).unwrap();
    if let Some(signed) = signed {
        book.update_settings(&SettingsInput { assessor_name: Some(signed.into()) }).unwrap();
    }
    Desk { book, clock }
}

fn folder(dir: &Path) -> PathBuf {
    let folder = dir.join("shared");
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

fn note(book: &Coachbook, meeting: &Meeting, title: &str, body: &str, visibility: Visibility) {
    let id = &meeting.notes.iter().find(|n| n.title == title).unwrap().id;
    book.save_meeting_note(id, body, visibility).unwrap();
}

fn search(book: &Coachbook, text: &str) -> usize {
    book.search(&SearchQuery { text: text.into(), person_id: None, include_private: true, limit: None }).unwrap().len()
}

/// Every pack file's bytes in the folder, together.
fn folder_bytes(folder: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        all.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    all
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// A manager with a rep, Ada, and Ada's own workspace linked through `shared`.
fn linked(dir: &Path) -> (Desk, Desk, Person, PathBuf) {
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

fn sync(desk: &Desk) -> SyncReport {
    let report = desk.book.sync_now().unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    report
}

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

fn start(book: &Coachbook, person: &PersonId, rubric: &Rubric, assessor: &str) -> Scorecard {
    book.start_scorecard(&NewScorecard {
        person_id: person.clone(),
        rubric_id: rubric.id.clone(),
        assessor: Some(assessor.into()),
        scored_on: Some("2026-11-20".into()),
    })
    .unwrap()
}

fn score_all(book: &Coachbook, card: &Scorecard, score: u32) {
    for c in &card.rubric.criteria {
        book.set_score(&card.id, &ScoreInput { round: 1, criterion_id: c.id.clone(), score: Some(score), note: String::new() }).unwrap();
    }
    let details = ScorecardDetails {
        assessor: card.assessor.clone(),
        scored_on: "2026-11-20".into(),
        recommendation: Some(if score > 3 { Recommendation::Yes } else { Recommendation::No }),
        takeaways: format!("{}'s takeaway", card.assessor),
        material: String::new(),
    };
    book.update_scorecard(&card.id, &details).unwrap();
}

#[test]
fn two_assessors_scorecards_come_together_at_the_lead_and_drafts_never_travel() {
    let dir = tempfile::tempdir().unwrap();
    let shared = folder(dir.path());
    let lead = desk(dir.path(), "lead", Some("Lee Lead"));
    lead.book.set_sync_folder(Some(shared.to_str().unwrap())).unwrap();
    let cy = add_candidate(&lead.book, "Cy", "Account executive");
    let rubric = lead.book.get_rubric(&builtin(&lead.book, "Short written email").id).unwrap();
    let mut assessors = Vec::new();
    for name in ["Ann", "Ben"] {
        lead.book.invite_assessor(name, &[cy.id.clone()], &lead.book.invitation_path(name).unwrap()).unwrap();
        let assessor = desk(dir.path(), name, None);
        assessor.book.set_sync_folder(Some(shared.to_str().unwrap())).unwrap();
        let invitation = assessor.book.invitations_in_folder().unwrap().into_iter().find(|i| i.for_name == name).unwrap();
        assessor.book.open_pack(Path::new(&invitation.path)).unwrap();
        assert_eq!(assessor.book.settings().unwrap().assessor_name.as_deref(), Some(name));
        assert_eq!(assessor.book.get_person(&cy.id).unwrap().name, "Cy");
        assessors.push(assessor);
    }
    let ann = start(&assessors[0].book, &cy.id, &rubric, "Ann");
    score_all(&assessors[0].book, &ann, 5);
    assessors[0].book.submit_scorecard(&ann.id).unwrap();
    let ben = start(&assessors[1].book, &cy.id, &rubric, "Ben");
    score_all(&assessors[1].book, &ben, 2);
    for a in &assessors {
        sync(a);
    }
    let applied = sync(&lead).applied;
    let lines: Vec<Vec<String>> = applied.iter().map(|p| p.lines.clone()).collect();
    assert!(lines.contains(&vec!["1 submitted scorecard".to_owned()]), "Ann's came: {lines:?}");
    assert_eq!(applied.iter().filter(|p| p.lines.iter().any(|l| l.contains("scorecard"))).count(), 1, "Ben's draft stayed on Ben's laptop");
    // The lead scores nothing and reveals the panel's scores (blind scoring still holds at the lead).
    lead.book.reveal_panel_scores(&cy.id, &rubric.id, Some("Lee Lead")).unwrap();
    assert_eq!(lead.book.candidate_overview(&cy.id, Some("Lee Lead")).unwrap().submitted, 1);

    assessors[1].book.submit_scorecard(&ben.id).unwrap();
    sync(&assessors[1]);
    let applied = sync(&lead).applied;
    assert_eq!(applied.last().unwrap().lines, ["1 submitted scorecard"]);
    let overview = lead.book.candidate_overview(&cy.id, Some("Lee Lead")).unwrap();
    assert_eq!(overview.submitted, 2);
    let exercise = overview.exercises.iter().find(|e| e.rubric_id == rubric.id).unwrap();
    assert_eq!(exercise.criteria[0].spread, Some(3), "the spread between Ann's 5 and Ben's 2");
    assert!(exercise.criteria[0].disagreement);
}

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

mod converge {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Step {
        ManagerAddsItem(u8),
        ManagerEditsItem(usize, u8),
        RepEditsItem(usize, u8),
        RepTicksItem(usize, bool),
        RepRecordsKpi(u8, u8),
        ManagerNote(u8, bool),
        ManagerSyncs,
        RepSyncs,
        Tick(u8, u8),
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            any::<u8>().prop_map(Step::ManagerAddsItem),
            (0..4usize, any::<u8>()).prop_map(|(i, t)| Step::ManagerEditsItem(i, t)),
            (0..4usize, any::<u8>()).prop_map(|(i, t)| Step::RepEditsItem(i, t)),
            (0..4usize, any::<bool>()).prop_map(|(i, d)| Step::RepTicksItem(i, d)),
            (0..6u8, any::<u8>()).prop_map(|(w, v)| Step::RepRecordsKpi(w, v)),
            (any::<u8>(), any::<bool>()).prop_map(|(t, s)| Step::ManagerNote(t, s)),
            Just(Step::ManagerSyncs),
            Just(Step::RepSyncs),
            (0..3u8, 0..3u8).prop_map(|(a, b)| Step::Tick(a, b)),
        ]
    }

    /// What both sides must agree on once every pack has been opened.
    fn shared_state(book: &Coachbook, ada: &PersonId, kpi: &coachbook::KpiId) -> (Vec<(String, String, bool)>, Vec<(String, Option<f64>)>, Vec<String>) {
        let mut items: Vec<(String, String, bool)> = book
            .list_meetings(ada)
            .unwrap()
            .iter()
            .flat_map(|m| book.get_meeting(&m.id, true).unwrap().actions)
            .map(|a| (a.id.to_string(), a.text, a.done_at.is_some()))
            .collect();
        items.sort();
        let values = book
            .kpi_series(ada, 8, "2026-12-31".parse().unwrap())
            .unwrap()
            .into_iter()
            .filter(|s| &s.kpi.id == kpi)
            .flat_map(|s| s.points.into_iter().map(|p| (p.label, p.value)))
            .collect();
        let mut notes: Vec<String> = book
            .list_meetings(ada)
            .unwrap()
            .iter()
            .flat_map(|m| book.get_meeting(&m.id, false).unwrap().notes)
            .filter(|n| n.visibility == Visibility::Shared)
            .map(|n| n.body)
            .collect();
        notes.sort();
        (items, values, notes)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]
        #[test]
        fn random_edits_on_both_sides_exchanged_in_any_order_end_the_same(steps in proptest::collection::vec(step(), 1..30)) {
            let dir = tempfile::tempdir().unwrap();
            let (manager, rep, ada, _) = linked(dir.path());
            let kpi = manager.book.create_kpi(&ada.id, &KpiInput { name: "Calls".into(), unit: None, kind: KpiKind::Count, weekly_target: 50.0, warn_drop: None }).unwrap();
            let meeting = manager.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
            for s in [&rep, &manager, &rep] { s.book.sync_now().unwrap(); }
            let items = |book: &Coachbook| -> Vec<coachbook::ActionItemId> {
                book.get_meeting(&meeting.id, true).map(|m| m.actions.into_iter().map(|a| a.id).collect()).unwrap_or_default()
            };
            let mut now = [at("2026-11-02T10:00:00Z"), at("2026-11-02T10:00:00Z")];
            for s in steps {
                match s {
                    Step::ManagerAddsItem(t) => { manager.book.add_action_item(&meeting.id, &NewActionItem { text: format!("item {t}"), owner: Owner::Rep, due_on: None }).unwrap(); }
                    Step::ManagerEditsItem(i, t) => if let Some(id) = items(&manager.book).get(i) {
                        manager.book.update_action_item(id, &NewActionItem { text: format!("manager {t}"), owner: Owner::Rep, due_on: None }).unwrap();
                    },
                    Step::RepEditsItem(i, t) => if let Some(id) = items(&rep.book).get(i) {
                        rep.book.update_action_item(id, &NewActionItem { text: format!("rep {t}"), owner: Owner::Rep, due_on: None }).unwrap();
                    },
                    Step::RepTicksItem(i, done) => if let Some(id) = items(&rep.book).get(i) {
                        rep.book.set_action_item_done(id, done, None).unwrap();
                    },
                    Step::RepRecordsKpi(week, v) => {
                        let day = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + Days::new(7 * u64::from(week));
                        rep.book.record_kpi_value(&kpi.id, &day.to_string(), Some(f64::from(v))).unwrap();
                    }
                    Step::ManagerNote(t, shared) => {
                        let visibility = if shared { Visibility::Shared } else { Visibility::Private };
                        note(&manager.book, &meeting, "Wins", &format!("note {t}"), visibility);
                    }
                    Step::ManagerSyncs => { prop_assert!(manager.book.sync_now().unwrap().problems.is_empty()); }
                    Step::RepSyncs => { prop_assert!(rep.book.sync_now().unwrap().problems.is_empty()); }
                    Step::Tick(a, b) => {
                        now[0] += chrono::Duration::seconds(i64::from(a));
                        now[1] += chrono::Duration::seconds(i64::from(b));
                        manager.clock.set(now[0]);
                        rep.clock.set(now[1]);
                    }
                }
            }
            for s in [&manager, &rep, &manager, &rep] {
                prop_assert!(s.book.sync_now().unwrap().problems.is_empty());
            }
            prop_assert_eq!(shared_state(&manager.book, &ada.id, &kpi.id), shared_state(&rep.book, &ada.id, &kpi.id));
        }
    }
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
