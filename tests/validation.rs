//! Every validation rule for people: each names its field and changes nothing.

mod common;

use coachbook::people::{PeopleList, PeopleQuery, Person, PersonFields, Role};
use coachbook::{Coachbook, Error, ErrorKind};
use common::*;

/// Asserts the input is rejected for `field` and the workspace is unchanged.
fn assert_rejected(book: &Coachbook, result: coachbook::Result<Person>, field: &str) -> Error {
    let before = snapshot(book);
    let err = result.expect_err("input should be rejected");
    assert_eq!(err.kind(), ErrorKind::Invalid, "{err}");
    assert_eq!(err.field(), Some(field), "{err}");
    assert_eq!(snapshot(book), before);
    err
}

fn snapshot(book: &Coachbook) -> Vec<coachbook::people::PersonSummary> {
    let mut all = Vec::new();
    for list in [PeopleList::Team, PeopleList::Candidates] {
        for archived in [false, true] {
            all.extend(book.list_people(&PeopleQuery { archived, ..PeopleQuery::new(list) }).unwrap().items);
        }
    }
    all
}

#[test]
fn a_name_is_required_and_blank_counts_as_missing() {
    let ws = TestWorkspace::new();
    for blank in ["", "   ", "\t"] {
        let err = assert_rejected(&ws.book, ws.book.create_person(Role::Rep, &named(blank)), "name");
        assert_eq!(err.to_string(), "Name is required.");
    }
    assert_eq!(snapshot(&ws.book).len(), 0);
}

#[test]
fn a_name_is_at_most_200_characters() {
    let ws = TestWorkspace::new();
    assert!(ws.book.create_person(Role::Rep, &named(&"n".repeat(200))).is_ok());
    let err = assert_rejected(&ws.book, ws.book.create_person(Role::Rep, &named(&"n".repeat(201))), "name");
    assert!(err.to_string().contains("at most 200"));
}

#[test]
fn a_name_is_one_line() {
    let ws = TestWorkspace::new();
    assert_rejected(&ws.book, ws.book.create_person(Role::Rep, &named("Ada\nLovelace")), "name");
}

#[test]
fn an_email_must_look_like_an_address() {
    let ws = TestWorkspace::new();
    let fields = PersonFields { email: Some("ada.example.com".into()), ..named("Ada") };
    let err = assert_rejected(&ws.book, ws.book.create_person(Role::Rep, &fields), "email");
    assert!(err.to_string().contains("ada.example.com"));
}

#[test]
fn a_start_date_must_be_a_real_day() {
    let ws = TestWorkspace::new();
    for bad in ["2026-13-01", "tomorrow", "3000-01-01"] {
        let fields = PersonFields { start_date: Some(bad.into()), ..named("Ada") };
        assert_rejected(&ws.book, ws.book.create_person(Role::Rep, &fields), "startDate");
    }
}

#[test]
fn title_and_opening_are_bounded() {
    let ws = TestWorkspace::new();
    let long = "t".repeat(201);
    let fields = PersonFields { title: Some(long.clone()), ..named("Ada") };
    assert_rejected(&ws.book, ws.book.create_person(Role::Rep, &fields), "title");
    assert_rejected(&ws.book, ws.book.create_person(Role::Candidate, &candidate_for("Cy", &long)), "opening");
}

#[test]
fn notes_are_bounded_at_twenty_thousand_characters() {
    let ws = TestWorkspace::new();
    let fields = PersonFields { notes: Some("x".repeat(20_001)), ..named("Ada") };
    assert_rejected(&ws.book, ws.book.create_person(Role::Rep, &fields), "notes");
}

#[test]
fn a_candidate_needs_an_opening() {
    let ws = TestWorkspace::new();
    let err = assert_rejected(&ws.book, ws.book.create_person(Role::Candidate, &named("Cy")), "opening");
    assert!(err.to_string().starts_with("Opening is required"));
}

#[test]
fn a_rejected_edit_leaves_the_stored_person_as_it_was() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let bad = PersonFields { email: Some("nope".into()), title: Some("Changed".into()), ..named("Changed") };
    assert_rejected(&ws.book, ws.book.update_person(&ada.id, &bad), "email");
    assert_eq!(ws.book.get_person(&ada.id).unwrap(), ada);
}

#[test]
fn a_hire_with_a_bad_start_date_changes_nothing() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    assert_rejected(&ws.book, ws.book.hire_candidate(&cy.id, Some("2026-02-31")), "startDate");
    assert_eq!(ws.book.get_person(&cy.id).unwrap(), cy);
}

#[test]
fn errors_reach_the_ui_as_kind_message_and_field() {
    let ws = TestWorkspace::new();
    let err = ws.book.create_person(Role::Rep, &named("")).unwrap_err();
    let wire = serde_json::to_value(coachbook::ApiError::from(err)).unwrap();
    assert_eq!(
        wire,
        serde_json::json!({ "kind": "invalid", "message": "Name is required.", "field": "name" })
    );
}
