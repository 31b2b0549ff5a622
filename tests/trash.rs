//! The trash: every delete can be undone, whole, until it is purged; saves
//! that replace a list keep the version before them.

mod common;

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use coachbook::feedback::{FeedbackInput, Polarity};
use coachbook::kare::{AccountInput, KareCategory};
use coachbook::kpis::{KpiInput, KpiKind};
use coachbook::one_on_ones::*;
use coachbook::plans::{ActivityDraft, ActivityKind, Period, PlanDraft};
use coachbook::scorecards::NewScorecard;
use coachbook::search::SearchQuery;
use coachbook::settings::WorkspaceMode;
use coachbook::trash::TrashKind;
use coachbook::{Coachbook, ErrorKind, FixedClock};
use common::*;
use rusqlite::Connection;

/// Every row of every table a person's history can live in (not the trash
/// itself, not the search index's own tables), with local row numbers left out.
fn every_row(path: &std::path::Path) -> Vec<String> {
    let conn = Connection::open(path).unwrap();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             AND name NOT LIKE '%_fts%' AND name NOT IN ('trash', 'settings') ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for table in tables {
        let mut statement = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let names: Vec<String> = statement.column_names().into_iter().map(str::to_owned).collect();
        let rows = statement
            .query_map([], |r| {
                let mut line = format!("{table}:");
                for (i, name) in names.iter().enumerate() {
                    if name != "seq" {
                        line.push_str(&format!(" {name}={:?}", r.get::<_, rusqlite::types::Value>(i)?));
                    }
                }
                Ok(line)
            })
            .unwrap();
        out.extend(rows.map(Result::unwrap));
    }
    out.sort();
    out
}

fn found(book: &Coachbook, text: &str) -> usize {
    book.search(&SearchQuery { text: text.into(), person_id: None, include_private: true, limit: None }).unwrap().len()
}

fn item(text: &str) -> NewActionItem {
    NewActionItem { text: text.into(), owner: Owner::Rep, due_on: Some("2026-11-20".into()) }
}

fn feedback(person: &coachbook::PersonId, behaviour: &str) -> FeedbackInput {
    FeedbackInput {
        person_id: person.clone(),
        polarity: Polarity::Positive,
        given_on: Some("2026-11-03".into()),
        situation: None,
        behaviour: behaviour.into(),
        result: None,
        tags: vec!["discovery".into()],
        shared: true,
    }
}

fn write_note(book: &Coachbook, meeting: &Meeting, title: &str, body: &str) {
    let note = meeting.notes.iter().find(|n| n.title == title).unwrap();
    book.save_meeting_note(&note.id, body, note.visibility).unwrap();
}

#[test]
fn a_meeting_held_by_mistake_goes_to_the_trash_with_its_notes_and_items_and_comes_back_whole() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let first = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    let earlier = ws.book.add_action_item(&first.id, &item("Send the case study")).unwrap();
    let mistake = ws.book.hold_meeting(&ada.id, Some("2026-11-09")).unwrap();
    write_note(&ws.book, &mistake, "Wins", "Closed the harbourmaster account");
    ws.book.add_action_item(&mistake.id, &item("Book the demo")).unwrap();
    ws.book.set_action_item_done(&earlier.id, true, Some(&mistake.id)).unwrap();
    let before = every_row(&ws.path());

    let entry = ws.book.delete_meeting(&mistake.id).unwrap();
    assert_eq!(entry.kind, TrashKind::Meeting);
    assert_eq!(entry.person_name.as_deref(), Some("Ada"));
    assert_eq!(entry.on_date, Some("2026-11-09".parse().unwrap()));
    assert_eq!(entry.records, 1 + 7 + 1, "the meeting, its seven notes and the item agreed in it");
    assert_eq!(ws.book.get_meeting(&mistake.id, true).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(ws.book.list_meetings(&ada.id).unwrap().len(), 1);
    assert_eq!(found(&ws.book, "harbourmaster"), 0, "its notes leave the search index");
    let closed = ws.book.get_meeting(&first.id, true).unwrap().actions.into_iter().find(|a| a.id == earlier.id).unwrap();
    assert!(closed.done_at.is_some(), "an item it closed stays done");
    assert_eq!(closed.closed_in_meeting_id, None);

    let restored = ws.book.restore_from_trash(&entry.id).unwrap();
    assert_eq!(restored.id, entry.id);
    assert_eq!(every_row(&ws.path()), before, "every row is back as it was, the closing link too");
    assert_eq!(found(&ws.book, "harbourmaster"), 1, "the search index is rebuilt on restore");
    assert_eq!(ws.book.list_trash(None, None).unwrap().total, 0);
    assert_eq!(ws.book.restore_from_trash(&entry.id).unwrap_err().kind(), ErrorKind::NotFound, "restoring twice");
}

#[test]
fn deleting_a_person_takes_their_whole_history_and_restoring_brings_every_row_back() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let bo = add_rep(&ws.book, "Bo");
    let meeting = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    write_note(&ws.book, &meeting, "Will", "Private: thinking about leaving");
    ws.book.add_action_item(&meeting.id, &item("Call the CFO")).unwrap();
    ws.book.log_feedback(&feedback(&ada.id, "Asked three discovery questions")).unwrap();
    ws.book.log_feedback(&feedback(&bo.id, "Bo's own praise")).unwrap();
    let kpi = ws.book.create_kpi(&ada.id, &KpiInput { name: "Calls".into(), unit: None, kind: KpiKind::Count, weekly_target: 50.0, warn_drop: None }).unwrap();
    ws.book.record_kpi_value(&kpi.id, "2026-11-02", Some(41.0)).unwrap();
    ws.book.add_account(&ada.id, &AccountInput { name: "Harbour Ltd".into(), note: None, category: KareCategory::Expand }).unwrap();
    ws.book
        .save_plan(&ada.id, &PlanDraft { note: None, activities: vec![ActivityDraft { kind: ActivityKind::Calls, name: None, target: 10.0, period: Period::Day }] })
        .unwrap();
    let before = every_row(&ws.path());

    let entry = ws.book.delete_person(&ada.id).unwrap();
    assert_eq!((entry.kind, entry.title.as_str()), (TrashKind::Person, "Ada"));
    assert!(entry.records >= 14, "Ada with her meeting, notes, item, feedback and tag, KPI and value, account, plan: {}", entry.records);
    assert_eq!(ws.book.get_person(&ada.id).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(found(&ws.book, "leaving"), 0);
    assert_eq!(found(&ws.book, "praise"), 1, "Bo's history is untouched");

    ws.book.restore_from_trash(&entry.id).unwrap();
    assert_eq!(every_row(&ws.path()), before);
    assert_eq!(found(&ws.book, "leaving"), 1);
}

#[test]
fn what_belonged_to_a_deleted_person_waits_for_them_to_be_restored_first() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let meeting = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    let meeting_entry = ws.book.delete_meeting(&meeting.id).unwrap();
    let person_entry = ws.book.delete_person(&ada.id).unwrap();

    let refused = ws.book.restore_from_trash(&meeting_entry.id).unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::Conflict);
    assert!(refused.to_string().contains("the person it belongs to is deleted"), "{refused}");
    assert_eq!(ws.book.list_trash(None, None).unwrap().total, 2, "a refused restore changes nothing");

    ws.book.restore_from_trash(&person_entry.id).unwrap();
    ws.book.restore_from_trash(&meeting_entry.id).unwrap();
    assert_eq!(ws.book.list_meetings(&ada.id).unwrap().len(), 1);
}

#[test]
fn action_items_kpis_values_and_accounts_each_go_to_the_trash_and_back() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let meeting = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    let action = ws.book.add_action_item(&meeting.id, &item("Send the proposal")).unwrap();
    let kpi = ws.book.create_kpi(&ada.id, &KpiInput { name: "Calls".into(), unit: None, kind: KpiKind::Count, weekly_target: 50.0, warn_drop: None }).unwrap();
    ws.book.record_kpi_value(&kpi.id, "2026-11-02", Some(41.0)).unwrap();
    let account = ws.book.add_account(&ada.id, &AccountInput { name: "Harbour Ltd".into(), note: None, category: KareCategory::Keep }).unwrap();
    let before = every_row(&ws.path());

    let entries = [
        ws.book.delete_action_item(&action.id).unwrap(),
        ws.book.delete_account(&account.id).unwrap(),
    ];
    ws.book.record_kpi_value(&kpi.id, "2026-11-04", None).unwrap();
    ws.book.record_kpi_value(&kpi.id, "2026-11-09", None).unwrap(); // nothing there: nothing to keep
    let listed = ws.book.list_trash(None, None).unwrap();
    let kinds: Vec<TrashKind> = listed.items.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [TrashKind::KpiValue, TrashKind::Account, TrashKind::ActionItem], "newest first");
    assert_eq!(listed.items[0].on_date, Some("2026-11-02".parse().unwrap()), "the value's week");
    assert!(ws.book.open_action_items(&ada.id).unwrap().is_empty());
    assert!(ws.book.kare(&ada.id).unwrap().accounts.is_empty());

    let kpi_value = listed.items[0].id.clone();
    let kpi_entry = ws.book.delete_kpi(&kpi.id).unwrap();
    assert!(ws.book.list_kpis(&ada.id).unwrap().is_empty());
    ws.book.restore_from_trash(&kpi_entry.id).unwrap();
    ws.book.restore_from_trash(&kpi_value).unwrap();
    for entry in &entries {
        ws.book.restore_from_trash(&entry.id).unwrap();
    }
    assert_eq!(every_row(&ws.path()), before);
}

#[test]
fn rubrics_in_use_and_built_in_ones_are_archived_not_deleted() {
    let ws = TestWorkspace::new();
    let presentation = builtin(&ws.book, "Eight-minute presentation");
    assert_eq!(ws.book.delete_rubric(&presentation.id).unwrap_err().kind(), ErrorKind::Conflict);

    let own = ws.book.create_rubric(&rubric_draft("Cold call", &[("Opening", 1.0)])).unwrap();
    let used = ws.book.create_rubric(&rubric_draft("Discovery", &[("Questions", 1.0)])).unwrap();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    ws.book.start_scorecard(&scorecard_for(&cy.id, &used.id)).unwrap();
    let refused = ws.book.delete_rubric(&used.id).unwrap_err();
    assert!(refused.to_string().contains("1 scorecard(s) use 'Discovery'"), "{refused}");

    let entry = ws.book.delete_rubric(&own.id).unwrap();
    assert!(ws.book.list_rubrics(false).unwrap().iter().all(|r| r.id != own.id));
    ws.book.restore_from_trash(&entry.id).unwrap();
    assert_eq!(ws.book.get_rubric(&own.id).unwrap().criteria[0].name, "Opening");
}

#[test]
fn a_deleted_agenda_leaves_its_reps_on_the_default_and_gives_it_back_on_restore() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let own = ws
        .book
        .create_template(&TemplateDraft {
            name: "Pipeline first".into(),
            sections: vec![SectionDraft { title: "Pipeline".into(), prompt: None, default_visibility: Visibility::Shared }],
        })
        .unwrap();
    let setup = SetupInput { cadence: Some(Cadence::Weekly), template_id: Some(own.id.clone()), cadence_since: None };
    ws.book.set_one_on_one_setup(&ada.id, &setup).unwrap();

    let entry = ws.book.delete_template(&own.id).unwrap();
    assert_eq!(ws.book.one_on_one_setup(&ada.id).unwrap().template_id, None);
    assert_eq!(ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap().template_name, "Weekly one-on-one");

    ws.book.restore_from_trash(&entry.id).unwrap();
    assert_eq!(ws.book.one_on_one_setup(&ada.id).unwrap().template_id, Some(own.id.clone()));
    let default = ws.book.list_templates(false).unwrap().into_iter().find(|t| t.builtin).unwrap();
    assert_eq!(ws.book.delete_template(&default.id).unwrap_err().kind(), ErrorKind::Conflict);
}

fn scorecard_for(person: &coachbook::PersonId, rubric: &coachbook::RubricId) -> NewScorecard {
    NewScorecard { person_id: person.clone(), rubric_id: rubric.clone(), assessor: Some("Ann".into()), scored_on: None }
}

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

#[test]
fn an_agenda_edit_keeps_the_version_before_each_stretch_of_editing_and_restoring_it_swaps_them() {
    let clock = Arc::new(FixedClock::at(at("2026-11-02T09:00:00Z")));
    let dir = tempfile::tempdir().unwrap();
    let book = Coachbook::open_with_clock(dir.path().join("w.sqlite3"), clock.clone()).unwrap();
    let draft = |name: &str, titles: &[&str]| TemplateDraft {
        name: name.into(),
        sections: titles.iter().map(|t| SectionDraft { title: (*t).into(), prompt: None, default_visibility: Visibility::Shared }).collect(),
    };
    let own = book.create_template(&draft("Check-in", &["Wins", "Blockers"])).unwrap();
    book.update_template(&own.id, &draft("Check-in", &["Wins"])).unwrap();
    clock.set(at("2026-11-02T09:14:59Z"));
    book.update_template(&own.id, &draft("Check-in", &["Wins", "Numbers"])).unwrap();
    let versions = book.list_trash(None, None).unwrap().items;
    assert_eq!(versions.len(), 1, "autosaves within a stretch keep one version: the one before it");
    assert_eq!(versions[0].kind, TrashKind::AgendaVersion);
    clock.set(at("2026-11-02T09:30:00Z"));
    book.update_template(&own.id, &draft("Renamed", &["Numbers"])).unwrap();
    assert_eq!(book.list_trash(None, None).unwrap().total, 2, "a later stretch keeps another");

    let first = book.list_trash(None, None).unwrap().items.pop().unwrap();
    book.restore_from_trash(&first.id).unwrap();
    let titles: Vec<String> = book.get_template(&own.id).unwrap().sections.into_iter().map(|s| s.title).collect();
    assert_eq!(titles, ["Wins", "Blockers"]);
    assert_eq!(book.get_template(&own.id).unwrap().name, "Check-in");
    let kept = book.list_trash(None, None).unwrap();
    assert_eq!(kept.total, 2, "the version it replaced is kept in its turn");
    assert_eq!(kept.items[0].title, "Renamed");
}

#[test]
fn an_earlier_rubric_version_cannot_replace_one_that_scorecards_used_since() {
    let ws = TestWorkspace::new();
    let own = ws.book.create_rubric(&rubric_draft("Cold call", &[("Opening", 1.0)])).unwrap();
    ws.book.update_rubric(&own.id, &rubric_draft("Cold call", &[("Opening", 1.0), ("Close", 2.0)])).unwrap();
    let version = ws.book.list_trash(None, None).unwrap().items.pop().unwrap();
    assert_eq!(version.kind, TrashKind::RubricVersion);
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let card = ws.book.start_scorecard(&scorecard_for(&cy.id, &own.id)).unwrap();
    let refused = ws.book.restore_from_trash(&version.id).unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::Conflict);
    assert_eq!(ws.book.get_rubric(&own.id).unwrap().criteria.len(), 2, "nothing changed");
    assert_eq!(ws.book.get_scorecard(&card.id, Some("Ann")).unwrap().rounds[0].scores.len(), 2);
}

#[test]
fn a_draft_plans_earlier_activities_come_back_until_the_plan_is_agreed() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let activity = |kind, target| ActivityDraft { kind, name: None, target, period: Period::Week };
    ws.book.save_plan(&ada.id, &PlanDraft { note: None, activities: vec![activity(ActivityKind::Calls, 50.0)] }).unwrap();
    ws.book.save_plan(&ada.id, &PlanDraft { note: None, activities: vec![activity(ActivityKind::Emails, 20.0)] }).unwrap();
    let version = ws.book.list_trash(None, None).unwrap().items.pop().unwrap();
    assert_eq!((version.kind, version.person_name.as_deref()), (TrashKind::PlanDraft, Some("Ada")));
    ws.book.restore_from_trash(&version.id).unwrap();
    assert_eq!(ws.book.plan(&ada.id).unwrap().unwrap().activities[0].kind, ActivityKind::Calls);

    let again = ws.book.list_trash(None, None).unwrap().items.pop().unwrap();
    ws.book.agree_plan(&ada.id).unwrap();
    assert_eq!(ws.book.restore_from_trash(&again.id).unwrap_err().kind(), ErrorKind::Conflict);
}

#[test]
fn the_trash_is_purged_thirty_days_after_a_delete_and_not_a_moment_before() {
    let deleted_at = at("2026-11-05T09:00:00Z");
    let clock = Arc::new(FixedClock::at(deleted_at));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.sqlite3");
    let book = Coachbook::open_with_clock(&path, clock.clone()).unwrap();
    let ada = add_rep(&book, "Ada");
    let meeting = book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    book.delete_meeting(&meeting.id).unwrap();
    let entry = book.log_feedback(&feedback(&ada.id, "Good call")).unwrap();
    book.delete_feedback(&entry.id).unwrap();
    let page = book.list_trash(None, None).unwrap();
    assert_eq!(page.total, 2, "deleted feedback is listed with the rest");
    assert_eq!(page.next_purge, Some(deleted_at + Duration::days(30)));
    drop(book);

    let last_moment = Arc::new(FixedClock::at(deleted_at + Duration::days(30)));
    let book = Coachbook::open_with_clock(&path, last_moment).unwrap();
    assert_eq!(book.list_trash(None, None).unwrap().total, 2, "still there on the thirtieth day");
    drop(book);

    let after = Arc::new(FixedClock::at(deleted_at + Duration::days(30) + Duration::milliseconds(1)));
    let book = Coachbook::open_with_clock(&path, after).unwrap();
    assert_eq!(book.list_trash(None, None).unwrap().total, 0);
    assert_eq!(book.get_feedback(&entry.id).unwrap_err().kind(), ErrorKind::NotFound, "purged feedback is gone for good");
}

#[test]
fn emptying_the_trash_purges_everything_at_once() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let meeting = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    let entry = ws.book.delete_meeting(&meeting.id).unwrap();
    let fb = ws.book.log_feedback(&feedback(&ada.id, "Good call")).unwrap();
    ws.book.delete_feedback(&fb.id).unwrap();
    assert_eq!(ws.book.empty_trash().unwrap(), 2);
    let page = ws.book.list_trash(None, None).unwrap();
    assert_eq!((page.total, page.next_purge), (0, None));
    assert_eq!(ws.book.restore_from_trash(&entry.id).unwrap_err().kind(), ErrorKind::NotFound);
}

#[test]
fn deleted_feedback_restores_from_the_trash_list_too() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let fb = ws.book.log_feedback(&feedback(&ada.id, "Good call")).unwrap();
    ws.book.delete_feedback(&fb.id).unwrap();
    let listed = ws.book.list_trash(None, None).unwrap().items.remove(0);
    assert_eq!((listed.kind, listed.title.as_str(), listed.id.as_str()), (TrashKind::Feedback, "Good call", fb.id.as_str()));
    ws.book.restore_from_trash(&listed.id).unwrap();
    assert_eq!(ws.book.get_feedback(&fb.id).unwrap().deleted_at, None);
}

#[test]
fn a_reps_own_record_cannot_be_deleted_in_their_own_workspace() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    ws.book.set_workspace_mode(WorkspaceMode::Rep, Some(&ada.id), None).unwrap();
    assert_eq!(ws.book.delete_person(&ada.id).unwrap_err().kind(), ErrorKind::Conflict);
}
