//! Full-text search across notes, action items and feedback, including
//! edits, deletes and the private/shared rule.

mod common;

use coachbook::feedback::{FeedbackInput, Polarity};
use coachbook::one_on_ones::{NewActionItem, Owner, Visibility};
use coachbook::search::{HitKind, SearchQuery, MATCH_END, MATCH_START};
use coachbook::Coachbook;
use common::*;

fn search(book: &Coachbook, text: &str, include_private: bool) -> Vec<coachbook::search::SearchHit> {
    book.search(&SearchQuery { text: text.into(), person_id: None, include_private, limit: None }).unwrap()
}

fn feedback(person: &coachbook::people::Person, behaviour: &str, shared: bool) -> FeedbackInput {
    FeedbackInput {
        person_id: person.id.clone(),
        given_on: Some("2026-11-20".into()),
        polarity: Polarity::Positive,
        situation: None,
        behaviour: behaviour.into(),
        result: None,
        tags: vec!["negotiation".into()],
        shared,
    }
}

#[test]
fn notes_action_items_and_feedback_are_found_with_the_match_marked() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let m = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    ws.book.save_meeting_note(&m.notes[0].id, "Won the Acme renewal after a tough procurement round.", Visibility::Shared).unwrap();
    ws.book.add_action_item(&m.id, &NewActionItem { text: "Send Acme the procurement checklist".into(), owner: Owner::Rep, due_on: None }).unwrap();
    ws.book.log_feedback(&feedback(&ada, "Handled procurement pushback calmly", true)).unwrap();

    let hits = search(&ws.book, "procurement", true);
    let mut kinds: Vec<_> = hits.iter().map(|h| h.kind).collect();
    kinds.sort_by_key(|k| format!("{k:?}"));
    assert_eq!(kinds, [HitKind::ActionItem, HitKind::Feedback, HitKind::Note]);
    let note = hits.iter().find(|h| h.kind == HitKind::Note).unwrap();
    assert!(note.snippet.contains(&format!("{MATCH_START}procurement{MATCH_END}")), "{}", note.snippet);
    assert_eq!(note.meeting_id.as_ref(), Some(&m.id));
    assert_eq!(note.title, "Wins");
    assert_eq!(note.person_name, "Ada");
    let fb = hits.iter().find(|h| h.kind == HitKind::Feedback).unwrap();
    assert!(fb.feedback_id.is_some());
    // Prefix search as you type, any case, accents folded.
    assert_eq!(search(&ws.book, "PROCUREM", true).len(), 3);
    assert_eq!(search(&ws.book, "acmé renew", true).len(), 1);
}

#[test]
fn edits_and_deletes_are_reflected_at_once() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let m = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    ws.book.save_meeting_note(&m.notes[0].id, "Talked about the Globex pilot.", Visibility::Shared).unwrap();
    assert_eq!(search(&ws.book, "globex", true).len(), 1);
    ws.book.save_meeting_note(&m.notes[0].id, "Talked about the Initech pilot.", Visibility::Shared).unwrap();
    assert!(search(&ws.book, "globex", true).is_empty());
    assert_eq!(search(&ws.book, "initech", true).len(), 1);

    let entry = ws.book.log_feedback(&feedback(&ada, "Anchored the Umbrella deal on value", true)).unwrap();
    assert_eq!(search(&ws.book, "umbrella", true).len(), 1);
    ws.book.delete_feedback(&entry.id).unwrap();
    assert!(search(&ws.book, "umbrella", true).is_empty());
    ws.book.restore_feedback(&entry.id).unwrap();
    assert_eq!(search(&ws.book, "umbrella", true).len(), 1);
    let mut edited = feedback(&ada, "Anchored the Stark deal on value", true);
    edited.tags = vec![];
    ws.book.update_feedback(&entry.id, &edited).unwrap();
    assert!(search(&ws.book, "umbrella", true).is_empty());
    assert!(search(&ws.book, "negotiation", true).is_empty(), "old tags leave the index");
    assert_eq!(search(&ws.book, "stark", true).len(), 1);
}

#[test]
fn private_notes_and_unshared_feedback_need_the_managers_view() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let m = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    ws.book.save_meeting_note(&m.notes[1].id, "Worried about burnout.", Visibility::Private).unwrap();
    ws.book.log_feedback(&feedback(&ada, "Burnout signs in the demo", false)).unwrap();
    assert_eq!(search(&ws.book, "burnout", true).len(), 2);
    assert!(search(&ws.book, "burnout", false).is_empty());
}

#[test]
fn search_filters_by_rep_and_ignores_punctuation_and_operators() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let bo = add_rep(&ws.book, "Bo");
    ws.book.log_feedback(&feedback(&ada, "Great voicemail", true)).unwrap();
    ws.book.log_feedback(&feedback(&bo, "Great voicemail too", true)).unwrap();
    let only_bo = ws.book.search(&SearchQuery { text: "voicemail".into(), person_id: Some(bo.id.clone()), include_private: true, limit: None }).unwrap();
    assert_eq!(only_bo.len(), 1);
    assert_eq!(only_bo[0].person_name, "Bo");
    assert_eq!(search(&ws.book, "\"voicemail\" OR NOT (", true).len(), 0, "operators are plain words");
    assert!(search(&ws.book, "  ", true).is_empty());
    let err = ws.book.search(&SearchQuery { text: "x".repeat(201), person_id: None, include_private: true, limit: None }).unwrap_err();
    assert_eq!(err.field(), Some("text"));
}

#[test]
fn a_reps_own_workspace_finds_only_that_reps_shared_entries_whatever_is_asked() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let bo = add_rep(&ws.book, "Bo");
    let m = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    ws.book.save_meeting_note(&m.notes[1].id, "Pipeline review, private worry", Visibility::Private).unwrap();
    ws.book.save_meeting_note(&m.notes[0].id, "Pipeline review went well", Visibility::Shared).unwrap();
    ws.book.log_feedback(&feedback(&ada, "Pipeline hygiene improved", true)).unwrap();
    ws.book.log_feedback(&feedback(&ada, "Pipeline notes were thin", false)).unwrap();
    ws.book.log_feedback(&feedback(&bo, "Pipeline call with Bo", true)).unwrap();
    assert_eq!(search(&ws.book, "pipeline", true).len(), 5, "the manager's workspace finds all");

    ws.book.set_workspace_mode(coachbook::settings::WorkspaceMode::Rep, Some(&ada.id), None).unwrap();
    let asked_for_everything = ws
        .book
        .search(&SearchQuery { text: "pipeline".into(), person_id: Some(bo.id.clone()), include_private: true, limit: None })
        .unwrap();
    let found: Vec<_> = asked_for_everything.iter().map(|h| h.snippet.replace(MATCH_START, "").replace(MATCH_END, "")).collect();
    assert_eq!(asked_for_everything.len(), 2, "{found:?}");
    assert!(asked_for_everything.iter().all(|h| h.person_name == "Ada"));
    assert!(found.iter().all(|s| !s.contains("private") && !s.contains("thin")));
}

#[test]
fn the_last_word_matches_every_longer_word_it_starts_newest_first_however_many_there_are() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let texts = ["Stalled negotiation", "Two negotiations at once", "Negotiating well", "Renegotiated the terms", "Nothing to see"];
    for (day, text) in texts.iter().enumerate() {
        let input = FeedbackInput { given_on: Some(format!("2026-11-{:02}", day + 1)), ..feedback(&ada, text, true) };
        ws.book.log_feedback(&FeedbackInput { tags: vec![], ..input }).unwrap();
    }
    let behaviours = |text: &str| -> Vec<String> {
        search(&ws.book, text, true).into_iter().map(|h| h.snippet.replace([MATCH_START, MATCH_END], "")).collect()
    };
    // Every word starting "nego" (not "renegotiated"), newest first; a word typed in full finds its longer forms too.
    assert_eq!(behaviours("nego"), ["Negotiating well", "Two negotiations at once", "Stalled negotiation"]);
    assert_eq!(behaviours("negotiation"), ["Two negotiations at once", "Stalled negotiation"]);
    assert_eq!(behaviours("stalled NEGOTIATION"), ["Stalled negotiation"]);
    assert_eq!(behaviours("negotiationz"), Vec::<String>::new());

    // More longer words than are spelled out one by one: still every one found.
    let many: Vec<String> = (0..40).map(|i| format!("Zeta{i:02}x")).collect();
    ws.book.log_feedback(&FeedbackInput { tags: vec![], ..feedback(&ada, &many.join(" "), true) }).unwrap();
    ws.book.log_feedback(&FeedbackInput { tags: vec![], ..feedback(&ada, "zeta39xylophone", true) }).unwrap();
    assert_eq!(search(&ws.book, "zeta", true).len(), 2);
    assert_eq!(search(&ws.book, "zeta39x", true).len(), 2);
    // A last word with an accent keeps FTS5's own prefix matching, folded as the index folds it.
    ws.book.log_feedback(&FeedbackInput { tags: vec![], ..feedback(&ada, "Une négociation difficile", true) }).unwrap();
    assert_eq!(search(&ws.book, "négoc", true).len(), 1);
    assert_eq!(search(&ws.book, "negoc", true).len(), 1);
}
