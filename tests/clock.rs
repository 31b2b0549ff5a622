//! The workspace tells the time by the clock it was opened with, so rules
//! that depend on the date are tested on fixed dates, at their edges.

mod common;

use std::sync::Arc;

use chrono::NaiveDate;
use coachbook::feedback::{FeedbackInput, Polarity};
use coachbook::{Coachbook, FixedClock};
use common::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn workspace_on(today: NaiveDate) -> (tempfile::TempDir, Coachbook, Arc<FixedClock>) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::on(today));
    let book = Coachbook::open_with_clock(dir.path().join("w.sqlite3"), clock.clone()).unwrap();
    (dir, book, clock)
}

fn praise(person: &coachbook::PersonId, given_on: Option<&str>) -> FeedbackInput {
    FeedbackInput {
        person_id: person.clone(),
        given_on: given_on.map(str::to_owned),
        polarity: Polarity::Positive,
        situation: None,
        behaviour: "Asked for the referral".into(),
        result: None,
        tags: vec![],
        shared: true,
    }
}

#[test]
fn feedback_dated_today_is_accepted_and_tomorrow_is_refused_by_the_workspace_clock() {
    let (_dir, book, _clock) = workspace_on(day(2026, 12, 31));
    let rep = add_rep(&book, "Ada");
    assert_eq!(book.log_feedback(&praise(&rep.id, Some("2026-12-31"))).unwrap().given_on, day(2026, 12, 31));
    let refused = book.log_feedback(&praise(&rep.id, Some("2027-01-01"))).unwrap_err();
    assert_eq!(refused.field(), Some("givenOn"));
}

#[test]
fn feedback_without_a_date_is_dated_by_the_workspace_clock() {
    let (_dir, book, clock) = workspace_on(day(2026, 2, 28));
    let rep = add_rep(&book, "Bo");
    assert_eq!(book.log_feedback(&praise(&rep.id, None)).unwrap().given_on, day(2026, 2, 28));
    clock.set_day(day(2026, 3, 1));
    assert_eq!(book.log_feedback(&praise(&rep.id, None)).unwrap().given_on, day(2026, 3, 1));
}

#[test]
fn a_meeting_held_without_a_date_is_held_today_by_the_workspace_clock() {
    let (_dir, book, _clock) = workspace_on(day(2026, 1, 1));
    let rep = add_rep(&book, "Cy");
    assert_eq!(book.hold_meeting(&rep.id, None).unwrap().held_on, day(2026, 1, 1));
}

#[test]
fn every_row_a_write_touches_carries_the_workspace_clock_time() {
    let (_dir, book, _clock) = workspace_on(day(2026, 6, 15));
    let rep = add_rep(&book, "Di");
    assert_eq!(rep.created_at.to_rfc3339(), "2026-06-15T12:00:00+00:00");
    assert_eq!(rep.created_at, rep.updated_at);
}
