//! The feedback log through the public API: logging, the timeline filters,
//! the trash, balances and every validation rule.

mod common;

use chrono::NaiveDate;
use coachbook::feedback::balance::Nudge;
use coachbook::feedback::*;
use coachbook::people::Person;
use coachbook::{Coachbook, ErrorKind};
use common::*;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn input(person: &Person, on: &str, polarity: Polarity, behaviour: &str, tags: &[&str]) -> FeedbackInput {
    FeedbackInput {
        person_id: person.id.clone(),
        given_on: Some(on.into()),
        polarity,
        situation: Some("Discovery call with Acme".into()),
        behaviour: behaviour.into(),
        result: Some("They booked a second meeting".into()),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        shared: false,
    }
}

fn log(book: &Coachbook, person: &Person, on: &str, polarity: Polarity, behaviour: &str, tags: &[&str]) -> FeedbackEntry {
    book.log_feedback(&input(person, on, polarity, behaviour, tags)).unwrap()
}

#[test]
fn an_entry_keeps_situation_behaviour_result_and_clean_tags() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let entry = log(&ws.book, &ada, "2026-11-20", Polarity::Positive, "  Asked about budget early. ", &[" Discovery ", "discovery", "budget"]);
    assert_eq!(entry.behaviour, "Asked about budget early.");
    assert_eq!(entry.situation, "Discovery call with Acme");
    assert_eq!(entry.result, "They booked a second meeting");
    assert_eq!(entry.tags, ["discovery", "budget"]);
    assert_eq!(entry.person_name, "Ada");
    assert_eq!(ws.book.get_feedback(&entry.id).unwrap(), entry);
}

#[test]
fn the_timeline_filters_by_polarity_tag_and_dates_newest_first() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let bo = add_rep(&ws.book, "Bo");
    log(&ws.book, &ada, "2026-10-01", Polarity::Positive, "Great opener", &["calls"]);
    log(&ws.book, &ada, "2026-10-15", Polarity::Constructive, "Talked over the buyer", &["listening"]);
    log(&ws.book, &ada, "2026-11-01", Polarity::Positive, "Paused after the price", &["listening", "pricing"]);
    log(&ws.book, &bo, "2026-11-02", Polarity::Positive, "Bo's entry", &["listening"]);

    let behaviours = |query: FeedbackQuery| -> Vec<String> {
        ws.book.list_feedback(&query).unwrap().items.into_iter().map(|e| e.behaviour).collect()
    };
    let all = FeedbackQuery::for_person(&ada.id);
    assert_eq!(behaviours(all.clone()), ["Paused after the price", "Talked over the buyer", "Great opener"]);
    assert_eq!(behaviours(FeedbackQuery { polarity: Some(Polarity::Positive), ..all.clone() }), ["Paused after the price", "Great opener"]);
    assert_eq!(behaviours(FeedbackQuery { tag: Some("Listening".into()), ..all.clone() }), ["Paused after the price", "Talked over the buyer"]);
    assert_eq!(
        behaviours(FeedbackQuery { from: Some("2026-10-02".into()), to: Some("2026-10-31".into()), ..all.clone() }),
        ["Talked over the buyer"]
    );
    let err = ws.book.list_feedback(&FeedbackQuery { from: Some("2026-11-01".into()), to: Some("2026-10-01".into()), ..all }).unwrap_err();
    assert_eq!(err.field(), Some("to"));
    let tags: Vec<_> = ws.book.feedback_tags(Some(&ada.id)).unwrap().into_iter().map(|t| (t.tag, t.entries)).collect();
    assert_eq!(tags[0], ("listening".to_string(), 2));
}

#[test]
fn tag_counts_follow_every_edit_delete_restore_and_purge() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let bo = add_rep(&ws.book, "Bo");
    let tags = |person: Option<&Person>| -> Vec<(String, u32)> {
        ws.book.feedback_tags(person.map(|p| &p.id)).unwrap().into_iter().map(|t| (t.tag, t.entries)).collect()
    };
    let pair = |tag: &str, n: u32| (tag.to_string(), n);
    let first = log(&ws.book, &ada, "2026-10-01", Polarity::Positive, "Great opener", &["calls", "listening"]);
    let second = log(&ws.book, &ada, "2026-10-02", Polarity::Positive, "Good close", &["listening"]);
    log(&ws.book, &bo, "2026-10-03", Polarity::Positive, "Bo's entry", &["calls"]);
    assert_eq!(tags(Some(&ada)), [pair("listening", 2), pair("calls", 1)]);
    assert_eq!(tags(None), [pair("calls", 2), pair("listening", 2)]);

    // Editing swaps the entry's tags.
    ws.book.update_feedback(&first.id, &input(&ada, "2026-10-01", Polarity::Positive, "Great opener", &["pricing"])).unwrap();
    assert_eq!(tags(Some(&ada)), [pair("listening", 1), pair("pricing", 1)]);
    // A trashed entry's tags stop counting, and count again when it is restored.
    ws.book.delete_feedback(&second.id).unwrap();
    assert_eq!(tags(Some(&ada)), [pair("pricing", 1)]);
    ws.book.restore_feedback(&second.id).unwrap();
    assert_eq!(tags(Some(&ada)), [pair("listening", 1), pair("pricing", 1)]);
    // Emptying the trash removes only what was already uncounted.
    ws.book.delete_feedback(&first.id).unwrap();
    ws.book.empty_trash().unwrap();
    assert_eq!(tags(Some(&ada)), [pair("listening", 1)]);
    assert_eq!(tags(None), [pair("calls", 1), pair("listening", 1)]);
}

#[test]
fn deleting_moves_an_entry_to_the_trash_and_restoring_brings_it_back() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let entry = log(&ws.book, &ada, "2026-11-20", Polarity::Positive, "Great opener", &[]);
    ws.book.delete_feedback(&entry.id).unwrap();
    let log_page = ws.book.list_feedback(&FeedbackQuery::for_person(&ada.id)).unwrap();
    assert_eq!(log_page.total, 0);
    let trash = ws.book.list_feedback(&FeedbackQuery { deleted: true, ..FeedbackQuery::for_person(&ada.id) }).unwrap();
    assert_eq!(trash.total, 1);
    assert_eq!(ws.book.feedback_balance(&ada.id, day("2026-11-24")).unwrap().positive30, 0);
    ws.book.restore_feedback(&entry.id).unwrap();
    assert_eq!(ws.book.list_feedback(&FeedbackQuery::for_person(&ada.id)).unwrap().total, 1);
}

#[test]
fn the_balance_counts_thirty_and_ninety_days_and_nudges_on_only_corrections() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let today = day("2026-11-24");
    assert_eq!(ws.book.feedback_balance(&ada.id, today).unwrap().nudge, Some(Nudge::NoFeedback));

    log(&ws.book, &ada, "2026-06-01", Polarity::Positive, "Old praise", &[]);
    log(&ws.book, &ada, "2026-09-10", Polarity::Constructive, "Missed the follow-up", &[]);
    log(&ws.book, &ada, "2026-11-10", Polarity::Constructive, "Rushed the demo", &[]);
    let b = ws.book.feedback_balance(&ada.id, today).unwrap();
    assert_eq!((b.positive30, b.constructive30, b.positive90, b.constructive90), (0, 1, 0, 2));
    assert_eq!(b.nudge, Some(Nudge::OnlyConstructive));
    assert_eq!(b.last_positive, Some(day("2026-06-01")));
    assert_eq!(b.days_since_positive, Some(176));

    log(&ws.book, &ada, "2026-11-20", Polarity::Positive, "Recovered the demo well", &[]);
    let b = ws.book.feedback_balance(&ada.id, today).unwrap();
    assert_eq!((b.positive30, b.constructive30), (1, 1));
    assert_eq!((b.days_since_positive, b.nudge), (Some(4), None));
}

#[test]
fn every_feedback_rule_names_its_field_and_changes_nothing() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let good = input(&ada, "2026-11-20", Polarity::Positive, "Asked for the meeting", &[]);
    let cases: Vec<(FeedbackInput, &str)> = vec![
        (FeedbackInput { behaviour: "   ".into(), ..good.clone() }, "behaviour"),
        (FeedbackInput { behaviour: "x".repeat(2001), ..good.clone() }, "behaviour"),
        (FeedbackInput { situation: Some("x".repeat(2001)), ..good.clone() }, "situation"),
        (FeedbackInput { result: Some("x".repeat(2001)), ..good.clone() }, "result"),
        (FeedbackInput { given_on: Some("2999-01-01".into()), ..good.clone() }, "givenOn"),
        (FeedbackInput { given_on: Some("20/11/2026".into()), ..good.clone() }, "givenOn"),
        (FeedbackInput { tags: vec!["no/slashes".into()], ..good.clone() }, "tags"),
        (FeedbackInput { tags: (0..11).map(|i| format!("t{i}")).collect(), ..good.clone() }, "tags"),
        (FeedbackInput { person_id: coachbook::PersonId::new(), ..good.clone() }, "personId"),
    ];
    for (bad, field) in cases {
        let err = ws.book.log_feedback(&bad).unwrap_err();
        assert_eq!((err.kind(), err.field()), (ErrorKind::Invalid, Some(field)), "{err}");
    }
    let err = ws.book.log_feedback(&FeedbackInput { person_id: cy.id.clone(), ..good }).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict, "feedback is for team members");
    assert_eq!(ws.book.list_feedback(&FeedbackQuery::for_person(&ada.id)).unwrap().total, 0);
}
