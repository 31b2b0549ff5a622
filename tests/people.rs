//! People through the backend's public API: the team and the candidates.

mod common;

use coachbook::people::{PeopleList, PeopleQuery, PersonFields, Role, Stage};
use coachbook::{ErrorKind, PersonId};
use common::*;

fn team(book: &coachbook::Coachbook) -> Vec<String> {
    names(book, PeopleQuery::new(PeopleList::Team))
}

fn names(book: &coachbook::Coachbook, query: PeopleQuery) -> Vec<String> {
    book.list_people(&query).unwrap().items.into_iter().map(|p| p.name).collect()
}

#[test]
fn a_new_rep_is_stored_with_trimmed_fields_and_times() {
    let ws = TestWorkspace::new();
    let fields = PersonFields {
        name: "  Ada Lovelace ".into(),
        email: Some(" ada@example.com ".into()),
        title: Some(" Account Executive ".into()),
        start_date: Some("2025-09-01".into()),
        notes: Some("Strong on discovery.\n".into()),
        opening: None,
    };
    let ada = ws.book.create_person(Role::Rep, &fields).unwrap();
    assert_eq!(ada.name, "Ada Lovelace");
    assert_eq!(ada.email.as_deref(), Some("ada@example.com"));
    assert_eq!(ada.title, "Account Executive");
    assert_eq!(ada.start_date.unwrap().to_string(), "2025-09-01");
    assert_eq!(ada.notes, "Strong on discovery.");
    assert_eq!(ada.role, Role::Rep);
    assert_eq!(ada.stage, None);
    assert_eq!(ada.created_at, ada.updated_at);
    assert_eq!(ws.book.get_person(&ada.id).unwrap(), ada);
}

#[test]
fn editing_a_person_replaces_the_fields_and_moves_updated_at() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    std::thread::sleep(std::time::Duration::from_millis(3));
    let edited = ws
        .book
        .update_person(&ada.id, &PersonFields { title: Some("Team lead".into()), ..named("Ada King") })
        .unwrap();
    assert_eq!(edited.name, "Ada King");
    assert_eq!(edited.title, "Team lead");
    assert_eq!(edited.created_at, ada.created_at);
    assert!(edited.updated_at > ada.updated_at);
}

#[test]
fn the_team_list_is_sorted_by_name_ignoring_case() {
    let ws = TestWorkspace::new();
    for name in ["carol", "Bob", "alice", "Éva"] {
        add_rep(&ws.book, name);
    }
    add_candidate(&ws.book, "Zed", "AE");
    assert_eq!(team(&ws.book), ["alice", "Bob", "carol", "Éva"]);
}

#[test]
fn archiving_hides_a_rep_from_the_team_list_and_restoring_brings_them_back() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    add_rep(&ws.book, "Bob");

    let archived = ws.book.archive_person(&ada.id).unwrap();
    assert!(archived.archived_at.is_some());
    assert_eq!(team(&ws.book), ["Bob"]);
    let archived_list = PeopleQuery { archived: true, ..PeopleQuery::new(PeopleList::Team) };
    assert_eq!(names(&ws.book, archived_list.clone()), ["Ada"]);
    // Archiving keeps everything: the record is still there in full.
    assert_eq!(ws.book.get_person(&ada.id).unwrap().name, "Ada");

    let restored = ws.book.restore_person(&ada.id).unwrap();
    assert_eq!(restored.archived_at, None);
    assert_eq!(team(&ws.book), ["Ada", "Bob"]);
    assert!(names(&ws.book, archived_list).is_empty());
}

#[test]
fn archiving_twice_keeps_the_first_archive_time() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let first = ws.book.archive_person(&ada.id).unwrap();
    let second = ws.book.archive_person(&ada.id).unwrap();
    assert_eq!(first.archived_at, second.archived_at);
}

#[test]
fn search_matches_part_of_a_name_in_any_case() {
    let ws = TestWorkspace::new();
    for name in ["Ada Lovelace", "Grace Hopper", "Ölof Åberg", "100% Sure"] {
        add_rep(&ws.book, name);
    }
    let search = |text: &str| {
        names(&ws.book, PeopleQuery { search: Some(text.into()), ..PeopleQuery::new(PeopleList::Team) })
    };
    assert_eq!(search("LOVE"), ["Ada Lovelace"]);
    assert_eq!(search("hop"), ["Grace Hopper"]);
    assert_eq!(search("öLOF"), ["Ölof Åberg"]);
    assert_eq!(search("%"), ["100% Sure"]);
    assert_eq!(search("_"), Vec::<String>::new());
    assert_eq!(search("   ").len(), 4);
}

#[test]
fn lists_page_and_report_the_total() {
    let ws = TestWorkspace::new();
    for i in 0..7 {
        add_rep(&ws.book, &format!("Rep {i}"));
    }
    let page = ws
        .book
        .list_people(&PeopleQuery { limit: Some(3), offset: Some(3), ..PeopleQuery::new(PeopleList::Team) })
        .unwrap();
    assert_eq!(page.total, 7);
    let got: Vec<_> = page.items.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(got, ["Rep 3", "Rep 4", "Rep 5"]);
}

#[test]
fn a_new_candidate_starts_applied_and_can_move_through_the_pipeline() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "Account Executive");
    assert_eq!(cy.role, Role::Candidate);
    assert_eq!(cy.stage, Some(Stage::Applied));
    let moved = ws.book.set_candidate_stage(&cy.id, Stage::Interviewing).unwrap();
    assert_eq!(moved.stage, Some(Stage::Interviewing));
    let by_stage = PeopleQuery { stage: Some(Stage::Interviewing), ..PeopleQuery::new(PeopleList::Candidates) };
    assert_eq!(names(&ws.book, by_stage), ["Cy"]);
}

#[test]
fn candidates_filter_by_opening_and_openings_are_counted() {
    let ws = TestWorkspace::new();
    add_candidate(&ws.book, "Cy", "Account Executive");
    add_candidate(&ws.book, "Di", "Account Executive");
    let ed = add_candidate(&ws.book, "Ed", "SDR");
    ws.book.archive_person(&ed.id).unwrap();
    add_candidate(&ws.book, "Flo", "SDR");

    let for_ae = PeopleQuery { opening: Some("Account Executive".into()), ..PeopleQuery::new(PeopleList::Candidates) };
    assert_eq!(names(&ws.book, for_ae), ["Cy", "Di"]);
    let openings: Vec<_> =
        ws.book.list_openings().unwrap().into_iter().map(|o| (o.name, o.candidates)).collect();
    assert_eq!(openings, [("Account Executive".to_string(), 2), ("SDR".to_string(), 1)]);
}

#[test]
fn hiring_a_candidate_makes_them_a_rep_and_keeps_their_record() {
    let ws = TestWorkspace::new();
    let cy = ws
        .book
        .create_person(Role::Candidate, &PersonFields { notes: Some("Great role play".into()), ..candidate_for("Cy", "AE") })
        .unwrap();
    ws.book.set_candidate_stage(&cy.id, Stage::Offer).unwrap();

    let hired = ws.book.hire_candidate(&cy.id, Some("2026-12-01")).unwrap();
    assert_eq!(hired.id, cy.id);
    assert_eq!(hired.role, Role::Rep);
    assert_eq!(hired.stage, Some(Stage::Hired));
    assert_eq!(hired.start_date.unwrap().to_string(), "2026-12-01");
    assert_eq!(hired.opening.as_deref(), Some("AE"));
    assert_eq!(hired.notes, "Great role play");
    assert!(hired.hired_at.is_some());
    assert_eq!(team(&ws.book), ["Cy"]);
    // Still visible in the pipeline, as hired.
    let hired_list = PeopleQuery { stage: Some(Stage::Hired), ..PeopleQuery::new(PeopleList::Candidates) };
    assert_eq!(names(&ws.book, hired_list), ["Cy"]);
}

#[test]
fn hiring_without_a_start_date_starts_today() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let hired = ws.book.hire_candidate(&cy.id, None).unwrap();
    assert_eq!(hired.start_date, Some(chrono::Local::now().date_naive()));
}

#[test]
fn hiring_is_refused_for_reps_archived_declined_and_withdrawn_people() {
    let ws = TestWorkspace::new();
    let rep = add_rep(&ws.book, "Ada");
    assert_eq!(ws.book.hire_candidate(&rep.id, None).unwrap_err().kind(), ErrorKind::Conflict);

    let archived = add_candidate(&ws.book, "Bo", "AE");
    ws.book.archive_person(&archived.id).unwrap();
    assert_eq!(ws.book.hire_candidate(&archived.id, None).unwrap_err().kind(), ErrorKind::Conflict);

    for stage in [Stage::Declined, Stage::Withdrawn] {
        let c = add_candidate(&ws.book, "Cy", "AE");
        ws.book.set_candidate_stage(&c.id, stage).unwrap();
        let err = ws.book.hire_candidate(&c.id, None).unwrap_err();
        assert_eq!(err.field(), Some("stage"));
        assert_eq!(ws.book.get_person(&c.id).unwrap().role, Role::Candidate);
    }
}

#[test]
fn stage_changes_refuse_hired_and_people_already_on_the_team() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let err = ws.book.set_candidate_stage(&cy.id, Stage::Hired).unwrap_err();
    assert_eq!(err.field(), Some("stage"));
    assert_eq!(ws.book.get_person(&cy.id).unwrap().stage, Some(Stage::Applied));

    ws.book.hire_candidate(&cy.id, None).unwrap();
    let err = ws.book.set_candidate_stage(&cy.id, Stage::Declined).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict);
    assert_eq!(ws.book.get_person(&cy.id).unwrap().stage, Some(Stage::Hired));
}

#[test]
fn unknown_ids_are_reported_as_not_found() {
    let ws = TestWorkspace::new();
    let ghost = PersonId::new();
    assert_eq!(ws.book.get_person(&ghost).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(ws.book.update_person(&ghost, &named("X")).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(ws.book.archive_person(&ghost).unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(ws.book.hire_candidate(&ghost, None).unwrap_err().kind(), ErrorKind::NotFound);
}

#[test]
fn everything_saved_is_there_after_reopening_the_file() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let cy = add_candidate(&ws.book, "Cy", "AE");
    ws.book.set_candidate_stage(&cy.id, Stage::Screening).unwrap();
    ws.book.archive_person(&ada.id).unwrap();
    let before = (ws.book.get_person(&ada.id).unwrap(), ws.book.get_person(&cy.id).unwrap());

    let ws = ws.reopen();
    assert_eq!(ws.book.get_person(&ada.id).unwrap(), before.0);
    assert_eq!(ws.book.get_person(&cy.id).unwrap(), before.1);
}
