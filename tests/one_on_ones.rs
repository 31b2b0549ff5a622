//! One-on-ones through the public API: templates copied on use, notes and
//! their visibility, action items carried forward, cadence and setup.

mod common;

use chrono::NaiveDate;
use coachbook::one_on_ones::*;
use coachbook::{Coachbook, ErrorKind};
use common::*;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn item(text: &str, owner: Owner, due: Option<&str>) -> NewActionItem {
    NewActionItem { text: text.into(), owner, due_on: due.map(str::to_owned) }
}

fn template(book: &Coachbook, name: &str) -> AgendaTemplate {
    book.list_templates(false).unwrap().into_iter().find(|t| t.name == name).unwrap()
}

#[test]
fn the_default_agenda_covers_the_weekly_routine() {
    let ws = TestWorkspace::new();
    let default = template(&ws.book, "Weekly one-on-one");
    assert!(default.builtin);
    let titles: Vec<_> = default.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Wins", "Will", "Skill", "Personal goal", "Plan and KPIs", "Account priorities (KARE)", "Action items"]);
    assert_eq!(default.sections[1].default_visibility, Visibility::Private);
    assert!(default.sections.iter().all(|s| !s.prompt.is_empty()));
}

#[test]
fn a_meeting_copies_its_agenda_so_later_edits_leave_it_alone() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let meeting = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    assert_eq!(meeting.template_name, "Weekly one-on-one");
    assert_eq!(meeting.notes.len(), 7);
    assert_eq!(meeting.notes[1].visibility, Visibility::Private, "the section's default");

    let default = template(&ws.book, "Weekly one-on-one");
    let draft = TemplateDraft {
        name: "Short check-in".into(),
        sections: vec![SectionDraft { title: "Blockers".into(), prompt: None, default_visibility: Visibility::Shared }],
    };
    ws.book.update_template(&default.id, &draft).unwrap();

    let again = ws.book.get_meeting(&meeting.id, true).unwrap();
    assert_eq!(again.template_name, "Weekly one-on-one");
    assert_eq!(again.notes.len(), 7);
    let next = ws.book.hold_meeting(&ada.id, Some("2026-11-09")).unwrap();
    assert_eq!(next.template_name, "Short check-in");
    assert_eq!(next.notes.iter().map(|n| n.title.as_str()).collect::<Vec<_>>(), ["Blockers"]);
}

#[test]
fn a_rep_can_have_their_own_agenda() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let own = ws
        .book
        .create_template(&TemplateDraft {
            name: "Ada's agenda".into(),
            sections: vec![
                SectionDraft { title: "Pipeline".into(), prompt: Some("Which deals move this week?".into()), default_visibility: Visibility::Shared },
                SectionDraft { title: "Manager notes".into(), prompt: None, default_visibility: Visibility::Private },
            ],
        })
        .unwrap();
    let setup = ws.book.set_one_on_one_setup_on(&ada.id, &SetupInput { cadence: Some(Cadence::Weekly), template_id: Some(own.id.clone()), cadence_since: None }, day("2026-11-01")).unwrap();
    assert_eq!((setup.cadence, setup.cadence_since, setup.template_id.clone()), (Some(Cadence::Weekly), Some(day("2026-11-01")), Some(own.id.clone())));
    assert_eq!(ws.book.get_template(&own.id).unwrap().reps, 1);
    let meeting = ws.book.hold_meeting(&ada.id, None).unwrap();
    assert_eq!(meeting.template_name, "Ada's agenda");
    // An agenda in use cannot be archived.
    assert_eq!(ws.book.archive_template(&own.id).unwrap_err().kind(), ErrorKind::Conflict);
}

#[test]
fn notes_autosave_with_their_visibility_and_private_ones_stay_out_of_the_reps_view() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let meeting = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    let wins = &meeting.notes[0];
    let saved = ws.book.save_meeting_note(&wins.id, "Closed the Acme renewal early.", Visibility::Shared).unwrap();
    assert_eq!(saved.body, "Closed the Acme renewal early.");
    let will = &meeting.notes[1];
    ws.book.save_meeting_note(&will.id, "Seems tired; ask about the move.", Visibility::Private).unwrap();

    let manager = ws.book.get_meeting(&meeting.id, true).unwrap();
    assert_eq!(manager.notes[1].body, "Seems tired; ask about the move.");
    let rep = ws.book.get_meeting(&meeting.id, false).unwrap();
    assert!(rep.notes.iter().all(|n| n.visibility == Visibility::Shared));
    assert!(!rep.notes.iter().any(|n| n.body.contains("tired")));
    let ws = ws.reopen();
    assert_eq!(ws.book.get_meeting(&meeting.id, true).unwrap().notes[0].body, "Closed the Acme renewal early.");
}

#[test]
fn open_action_items_carry_forward_until_closed() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let first = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    let call = ws.book.add_action_item(&first.id, &item("Call Acme's CFO", Owner::Rep, Some("2026-11-06"))).unwrap();
    let intro = ws.book.add_action_item(&first.id, &item("Intro to our CTO", Owner::Manager, None)).unwrap();

    let second = ws.book.hold_meeting(&ada.id, Some("2026-11-09")).unwrap();
    assert_eq!(second.carried.iter().map(|a| a.text.as_str()).collect::<Vec<_>>(), ["Call Acme's CFO", "Intro to our CTO"]);
    // Closed in the second meeting: still shown there, marked done.
    let closed = ws.book.set_action_item_done(&call.id, true, Some(&second.id)).unwrap();
    assert_eq!(closed.closed_in_meeting_id, Some(second.id.clone()));
    let second = ws.book.get_meeting(&second.id, true).unwrap();
    assert_eq!(second.carried.len(), 2);
    assert!(second.carried.iter().find(|a| a.id == call.id).unwrap().done_at.is_some());

    // Third meeting: only the item still open comes along, through several meetings.
    let third = ws.book.hold_meeting(&ada.id, Some("2026-11-16")).unwrap();
    assert_eq!(third.carried.iter().map(|a| a.id.clone()).collect::<Vec<_>>(), [intro.id.clone()]);
    let fourth = ws.book.hold_meeting(&ada.id, Some("2026-11-23")).unwrap();
    assert_eq!(fourth.carried.len(), 1);
    assert_eq!(ws.book.open_action_items(&ada.id).unwrap().len(), 1);

    // Reopening brings it back everywhere after its meeting.
    ws.book.set_action_item_done(&call.id, false, None).unwrap();
    assert_eq!(ws.book.get_meeting(&fourth.id, true).unwrap().carried.len(), 2);
    // The first meeting lists its own items, not carried ones.
    let first = ws.book.get_meeting(&first.id, true).unwrap();
    assert!(first.carried.is_empty());
    assert_eq!(first.actions.len(), 2);
}

#[test]
fn items_from_another_rep_never_carry_over() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let bo = add_rep(&ws.book, "Bo");
    let m = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    ws.book.add_action_item(&m.id, &item("Ada's task", Owner::Rep, None)).unwrap();
    let bo_meeting = ws.book.hold_meeting(&bo.id, Some("2026-11-09")).unwrap();
    assert!(bo_meeting.carried.is_empty());
}

#[test]
fn meetings_list_newest_first_with_counts() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let old = ws.book.hold_meeting(&ada.id, Some("2026-10-01")).unwrap();
    ws.book.save_meeting_note(&old.notes[0].id, "Good month.", Visibility::Shared).unwrap();
    ws.book.add_action_item(&old.id, &item("Send deck", Owner::Rep, None)).unwrap();
    ws.book.hold_meeting(&ada.id, Some("2026-11-01")).unwrap();
    let list = ws.book.list_meetings(&ada.id).unwrap();
    assert_eq!(list.iter().map(|m| m.held_on.to_string()).collect::<Vec<_>>(), ["2026-11-01", "2026-10-01"]);
    assert_eq!((list[1].notes_written, list[1].actions_agreed, list[1].actions_open), (1, 1, 1));
}

#[test]
fn one_on_ones_are_for_active_team_members_only() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    assert_eq!(ws.book.hold_meeting(&cy.id, None).unwrap_err().kind(), ErrorKind::Conflict);
    let ada = add_rep(&ws.book, "Ada");
    ws.book.archive_person(&ada.id).unwrap();
    assert_eq!(ws.book.hold_meeting(&ada.id, None).unwrap_err().kind(), ErrorKind::Conflict);
    assert_eq!(ws.book.set_one_on_one_setup(&cy.id, &SetupInput { cadence: Some(Cadence::Weekly), ..SetupInput::default() }).unwrap_err().kind(), ErrorKind::Conflict);
}

#[test]
fn every_one_on_one_rule_names_its_field_and_changes_nothing() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    assert_eq!(ws.book.hold_meeting(&ada.id, Some("2026-02-30")).unwrap_err().field(), Some("heldOn"));
    assert!(ws.book.list_meetings(&ada.id).unwrap().is_empty());

    let m = ws.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
    for (bad, field) in [
        (item("  ", Owner::Rep, None), "text"),
        (item(&"x".repeat(501), Owner::Rep, None), "text"),
        (item("Call", Owner::Rep, Some("soon")), "dueOn"),
    ] {
        assert_eq!(ws.book.add_action_item(&m.id, &bad).unwrap_err().field(), Some(field));
    }
    assert!(ws.book.get_meeting(&m.id, true).unwrap().actions.is_empty());
    let long = "x".repeat(20_001);
    assert_eq!(ws.book.save_meeting_note(&m.notes[0].id, &long, Visibility::Shared).unwrap_err().field(), Some("body"));
    assert_eq!(ws.book.get_meeting(&m.id, true).unwrap().notes[0].body, "");

    let bad_templates = [
        (TemplateDraft { name: " ".into(), sections: vec![] }, "name"),
        (TemplateDraft { name: "T".into(), sections: vec![] }, "sections"),
        (TemplateDraft { name: "T".into(), sections: vec![SectionDraft { title: "".into(), prompt: None, default_visibility: Visibility::Shared }] }, "sections[0].title"),
    ];
    let before = ws.book.list_templates(false).unwrap().len();
    for (draft, field) in bad_templates {
        assert_eq!(ws.book.create_template(&draft).unwrap_err().field(), Some(field));
    }
    assert_eq!(ws.book.list_templates(false).unwrap().len(), before);
}

#[test]
fn changing_the_cadence_restarts_its_count_but_keeping_it_does_not() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    ws.book.set_one_on_one_setup_on(&ada.id, &SetupInput { cadence: Some(Cadence::Weekly), template_id: None, cadence_since: None }, day("2026-01-05")).unwrap();
    let same = ws.book.set_one_on_one_setup_on(&ada.id, &SetupInput { cadence: Some(Cadence::Weekly), template_id: None, cadence_since: None }, day("2026-06-01")).unwrap();
    assert_eq!(same.cadence_since, Some(day("2026-01-05")));
    let changed = ws.book.set_one_on_one_setup_on(&ada.id, &SetupInput { cadence: Some(Cadence::Monthly), template_id: None, cadence_since: None }, day("2026-06-01")).unwrap();
    assert_eq!(changed.cadence_since, Some(day("2026-06-01")));
    let none = ws.book.set_one_on_one_setup_on(&ada.id, &SetupInput { cadence: None, template_id: None, cadence_since: None }, day("2026-07-01")).unwrap();
    assert_eq!((none.cadence, none.cadence_since), (None, None));
}

#[test]
fn a_cadence_can_start_on_a_past_day_but_not_a_future_one() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let input = |since: &str| SetupInput { cadence: Some(Cadence::Weekly), template_id: None, cadence_since: Some(since.into()) };
    let set = ws.book.set_one_on_one_setup_on(&ada.id, &input("2026-09-01"), day("2026-11-24")).unwrap();
    assert_eq!(set.cadence_since, Some(day("2026-09-01")));
    let err = ws.book.set_one_on_one_setup_on(&ada.id, &input("2026-11-25"), day("2026-11-24")).unwrap_err();
    assert_eq!(err.field(), Some("cadenceSince"));
    assert_eq!(ws.book.one_on_one_setup(&ada.id).unwrap().cadence_since, Some(day("2026-09-01")));
}
