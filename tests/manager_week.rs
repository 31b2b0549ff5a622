//! A manager's week: talking points added to a meeting, reminders given at
//! most once a day, and the cadence as a calendar file. Fixed dates.

mod common;

use chrono::NaiveDate;
use coachbook::one_on_ones::{Cadence, NewActionItem, Owner, SetupInput, Visibility};
use common::*;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn weekly_since(since: &str) -> SetupInput {
    SetupInput { cadence: Some(Cadence::Weekly), template_id: None, cadence_since: Some(since.into()) }
}

#[test]
fn a_talking_point_joins_the_meeting_after_its_agenda() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let meeting = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    let sections = meeting.notes.len();
    let meeting = ws.book.add_talking_point(&meeting.id, "Conference in March", Visibility::Shared).unwrap();
    assert_eq!(meeting.notes.len(), sections + 1);
    let added = meeting.notes.last().unwrap();
    assert_eq!((added.title.as_str(), added.visibility, added.body.as_str()), ("Conference in March", Visibility::Shared, ""));
    let private = ws.book.add_talking_point(&meeting.id, "Pay review", Visibility::Private).unwrap();
    assert_eq!(ws.book.get_meeting(&private.id, false).unwrap().notes.len(), private.notes.len() - 2, "the rep's view leaves out private points and the Will section");
    assert_eq!(ws.book.add_talking_point(&meeting.id, " ", Visibility::Shared).unwrap_err().field(), Some("title"));
}

#[test]
fn reminders_come_once_a_day_for_what_is_due_and_not_when_switched_off() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let bo = add_rep(&ws.book, "Bo");
    ws.book.set_one_on_one_setup_on(&ada.id, &weekly_since("2026-11-02"), day("2026-11-02")).unwrap();
    ws.book.set_one_on_one_setup_on(&bo.id, &weekly_since("2026-11-02"), day("2026-11-02")).unwrap();
    let m = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap(); // Ada next due 9 Nov
    ws.book.hold_meeting(&bo.id, Some("2026-11-04")).unwrap(); // Bo next due 11 Nov
    let item = NewActionItem { text: "Send the pricing deck".into(), owner: Owner::Rep, due_on: Some("2026-11-10".into()) };
    ws.book.add_action_item(&m.id, &item).unwrap();

    assert!(ws.book.take_reminders(day("2026-11-08")).unwrap().is_empty(), "nothing due the day before");
    let first = ws.book.take_reminders(day("2026-11-09")).unwrap();
    assert_eq!(first.iter().map(|r| r.title.as_str()).collect::<Vec<_>>(), ["One-on-one with Ada"]);
    assert_eq!(first[0].body, "Your one-on-one with Ada is due today.");
    assert!(ws.book.take_reminders(day("2026-11-09")).unwrap().is_empty(), "once a day");
    let next_day = ws.book.take_reminders(day("2026-11-10")).unwrap();
    let bodies: Vec<_> = next_day.iter().map(|r| r.body.as_str()).collect();
    assert_eq!(bodies, ["Your one-on-one with Ada is 1 day overdue.", "Send the pricing deck"]);

    let settings = ws.book.set_reminders(false).unwrap();
    assert!(!settings.reminders);
    assert!(ws.book.take_reminders(day("2026-11-11")).unwrap().is_empty());
    assert!(ws.book.set_reminders(true).unwrap().reminders);
    assert_eq!(ws.book.take_reminders(day("2026-11-11")).unwrap().len(), 3, "Ada, Bo due that day, the item");
}

#[test]
fn the_cadence_exports_as_a_repeating_calendar_event_from_the_next_due_day() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada, Lovelace");
    assert_eq!(ws.book.cadence_calendar(&ada.id, day("2026-11-20")).unwrap_err().field(), Some("cadence"));
    ws.book
        .set_one_on_one_setup_on(
            &ada.id,
            &SetupInput { cadence: Some(Cadence::Biweekly), template_id: None, cadence_since: Some("2026-11-02".into()) },
            day("2026-11-02"),
        )
        .unwrap();
    ws.book.hold_meeting(&ada.id, Some("2026-11-16")).unwrap();
    let ics = ws.book.cadence_calendar(&ada.id, day("2026-11-20")).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.contains("DTSTART;VALUE=DATE:20261130\r\n"), "{ics}");
    assert!(ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=2\r\n"), "{ics}");
    assert!(ics.contains("SUMMARY:One-on-one with Ada\\, Lovelace\r\n"), "commas escaped: {ics}");
    assert!(ics.trim_end().ends_with("END:VCALENDAR"));
}
