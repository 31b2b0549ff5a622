//! The team view: one-on-one status and feedback balance per rep, with fixed dates.

mod common;

use chrono::NaiveDate;
use coachbook::feedback::balance::Nudge;
use coachbook::feedback::{FeedbackInput, Polarity};
use coachbook::one_on_ones::{Cadence, SetupInput};
use coachbook::people::{PeopleList, PeopleQuery};
use common::*;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn team() -> PeopleQuery {
    PeopleQuery::new(PeopleList::Team)
}

#[test]
fn the_team_view_shows_who_is_overdue_and_how_consistent_the_manager_has_been() {
    let ws = TestWorkspace::new();
    let today = day("2026-11-24");
    let ada = add_rep(&ws.book, "Ada");
    let bo = add_rep(&ws.book, "Bo");
    add_rep(&ws.book, "Cy");
    let gone = add_rep(&ws.book, "Gone");
    ws.book.archive_person(&gone.id).unwrap();

    // Ada: weekly since long ago, met every week except the last two.
    ws.book.set_one_on_one_setup_on(&ada.id, &SetupInput { cadence: Some(Cadence::Weekly), template_id: None, cadence_since: None }, day("2026-01-05")).unwrap();
    for weeks_ago in 2..12 {
        let held = today - chrono::Days::new(weeks_ago * 7);
        ws.book.hold_meeting(&ada.id, Some(&held.to_string())).unwrap();
    }
    // Bo: every two weeks, met four days ago.
    ws.book.set_one_on_one_setup_on(&bo.id, &SetupInput { cadence: Some(Cadence::Biweekly), template_id: None, cadence_since: None }, day("2026-08-31")).unwrap();
    ws.book.hold_meeting(&bo.id, Some("2026-11-20")).unwrap();

    let overview = ws.book.team_overview(&team(), today).unwrap();
    let names: Vec<_> = overview.rows.iter().map(|r| r.person.name.as_str()).collect();
    assert_eq!(names, ["Ada", "Bo", "Cy"], "archived reps are left out");

    let ada_row = &overview.rows[0];
    assert_eq!(ada_row.one_on_ones.last_held, Some(day("2026-11-10")));
    assert_eq!(ada_row.one_on_ones.next_due, Some(day("2026-11-17")));
    assert_eq!(ada_row.one_on_ones.overdue_days, 7);
    assert_eq!((ada_row.one_on_ones.held_in_window, ada_row.one_on_ones.due_in_window), (10, 12));

    let bo_row = &overview.rows[1];
    assert_eq!((bo_row.one_on_ones.next_due, bo_row.one_on_ones.overdue_days), (Some(day("2026-12-04")), 0));
    assert_eq!((bo_row.one_on_ones.held_in_window, bo_row.one_on_ones.due_in_window), (1, 6));

    let cy_row = &overview.rows[2];
    assert_eq!((cy_row.cadence, cy_row.one_on_ones.next_due), (None, None));

    assert_eq!(overview.totals.overdue, 1);
    let expected = (10.0 + 1.0) / (12.0 + 6.0);
    assert!((overview.totals.consistency.unwrap() - expected).abs() < 1e-9);
}

#[test]
fn the_team_view_carries_each_reps_feedback_balance_and_nudges() {
    let ws = TestWorkspace::new();
    let today = day("2026-11-24");
    let ada = add_rep(&ws.book, "Ada");
    add_rep(&ws.book, "Bo");
    let entry = |on: &str, polarity| FeedbackInput {
        person_id: ada.id.clone(),
        given_on: Some(on.into()),
        polarity,
        situation: None,
        behaviour: "Specific behaviour".into(),
        result: None,
        tags: vec![],
        shared: true,
    };
    ws.book.log_feedback(&entry("2026-11-20", Polarity::Constructive)).unwrap();
    ws.book.log_feedback(&entry("2026-11-21", Polarity::Constructive)).unwrap();

    let overview = ws.book.team_overview(&team(), today).unwrap();
    assert_eq!(overview.rows[0].feedback.nudge, Some(Nudge::OnlyConstructive));
    assert_eq!(overview.rows[1].feedback.nudge, Some(Nudge::NoFeedback));
    assert_eq!((overview.totals.positive30, overview.totals.constructive30, overview.totals.feedback_nudges), (0, 2, 2));

    ws.book.log_feedback(&entry("2026-11-22", Polarity::Positive)).unwrap();
    let overview = ws.book.team_overview(&team(), today).unwrap();
    assert_eq!(overview.rows[0].feedback.nudge, None);
    assert_eq!(overview.totals.positive30, 1);
}

#[test]
fn the_team_view_flags_reps_whose_kpis_show_a_storm_brewing() {
    use coachbook::kpis::{KpiInput, KpiKind};
    let ws = TestWorkspace::new();
    let today = day("2026-11-26");
    let ada = add_rep(&ws.book, "Ada");
    add_rep(&ws.book, "Bo");
    let kpi = ws
        .book
        .create_kpi(&ada.id, &KpiInput { name: "Calls".into(), unit: None, kind: KpiKind::Count, weekly_target: 50.0, warn_drop: None })
        .unwrap();
    for (week, value) in [("2026-10-19", 50.0), ("2026-10-26", 52.0), ("2026-11-16", 30.0), ("2026-11-23", 28.0)] {
        ws.book.record_kpi_value(&kpi.id, week, Some(value)).unwrap();
    }
    let overview = ws.book.team_overview(&team(), today).unwrap();
    assert_eq!(overview.rows[0].storm_kpis, ["Calls"]);
    assert!(overview.rows[1].storm_kpis.is_empty());
    assert_eq!(overview.totals.kpi_warnings, 1);
}

#[test]
fn the_team_view_pages_its_rows_and_totals_the_whole_team() {
    let ws = TestWorkspace::new();
    let today = day("2026-11-24");
    for name in ["Ada", "Bo", "Cy", "Di", "Ed"] {
        add_rep(&ws.book, name);
    }
    add_candidate(&ws.book, "Flo", "Account Executive");
    let second_page = PeopleQuery { limit: Some(2), offset: Some(2), ..team() };
    let overview = ws.book.team_overview(&second_page, today).unwrap();
    let names: Vec<_> = overview.rows.iter().map(|r| r.person.name.as_str()).collect();
    assert_eq!(names, ["Cy", "Di"], "the rows are the page, in the page's order");
    assert_eq!(overview.page.total, 5);
    assert_eq!(overview.page.items.iter().map(|p| &p.id).collect::<Vec<_>>(), overview.rows.iter().map(|r| &r.person.id).collect::<Vec<_>>());
    assert_eq!(overview.totals.reps, 5, "candidates are not on the team");
    assert_eq!(overview.totals.feedback_nudges, 5, "every rep, not only the page, needs feedback");

    let candidates = PeopleQuery::new(PeopleList::Candidates);
    let asked_for_candidates = ws.book.team_overview(&candidates, today).unwrap();
    assert_eq!(asked_for_candidates.page.total, 5, "the team view only ever lists the team");
}

#[test]
fn a_reps_status_follows_every_change_after_it_was_first_read() {
    use coachbook::kpis::{KpiInput, KpiKind};
    use coachbook::one_on_ones::{NewActionItem, Owner};
    let ws = TestWorkspace::new();
    let today = day("2026-11-26");
    let ada = add_rep(&ws.book, "Ada");
    let status = || ws.book.rep_status(&ada.id, today).unwrap();
    assert_eq!((status().cadence, status().open_actions, status().feedback.positive30), (None, 0, 0));

    ws.book.set_one_on_one_setup_on(&ada.id, &SetupInput { cadence: Some(Cadence::Weekly), template_id: None, cadence_since: None }, day("2026-11-02")).unwrap();
    assert_eq!(status().cadence, Some(Cadence::Weekly), "a cadence set");
    assert!(status().one_on_ones.overdue_days > 0);

    let meeting = ws.book.hold_meeting(&ada.id, Some("2026-11-25")).unwrap();
    assert_eq!((status().one_on_ones.last_held, status().one_on_ones.overdue_days), (Some(day("2026-11-25")), 0), "a meeting held");

    let item = ws.book.add_action_item(&meeting.id, &NewActionItem { text: "Send the deck".into(), owner: Owner::Rep, due_on: None }).unwrap();
    assert_eq!(status().open_actions, 1, "an action item added");
    ws.book.set_action_item_done(&item.id, true, None).unwrap();
    assert_eq!(status().open_actions, 0, "an action item done");

    let entry = ws
        .book
        .log_feedback(&FeedbackInput {
            person_id: ada.id.clone(),
            given_on: Some("2026-11-25".into()),
            polarity: Polarity::Positive,
            situation: None,
            behaviour: "Clear next steps".into(),
            result: None,
            tags: vec![],
            shared: true,
        })
        .unwrap();
    assert_eq!(status().feedback.positive30, 1, "feedback logged");
    ws.book.delete_feedback(&entry.id).unwrap();
    assert_eq!(status().feedback.positive30, 0, "feedback deleted");
    ws.book.restore_feedback(&entry.id).unwrap();
    assert_eq!(status().feedback.positive30, 1, "feedback restored");

    let kpi = ws.book.create_kpi(&ada.id, &KpiInput { name: "Calls".into(), unit: None, kind: KpiKind::Count, weekly_target: 50.0, warn_drop: None }).unwrap();
    for (week, value) in [("2026-10-19", 50.0), ("2026-10-26", 52.0), ("2026-11-16", 30.0)] {
        ws.book.record_kpi_value(&kpi.id, week, Some(value)).unwrap();
    }
    assert!(status().storm_kpis.is_empty());
    ws.book.record_kpi_value(&kpi.id, "2026-11-23", Some(28.0)).unwrap();
    assert_eq!(status().storm_kpis, ["Calls"], "a KPI value recorded");
    ws.book.record_kpi_value(&kpi.id, "2026-11-23", None).unwrap();
    assert!(status().storm_kpis.is_empty(), "a KPI value cleared");

    ws.book.delete_meeting(&meeting.id).unwrap();
    assert_eq!(status().one_on_ones.last_held, None, "a meeting deleted");
}

#[test]
fn a_status_is_worked_out_again_for_each_day_at_the_edge_of_its_due_date() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    ws.book.set_one_on_one_setup_on(&ada.id, &SetupInput { cadence: Some(Cadence::Weekly), template_id: None, cadence_since: None }, day("2026-11-02")).unwrap();
    ws.book.hold_meeting(&ada.id, Some("2026-11-17")).unwrap();
    let on = |d: &str| ws.book.rep_status(&ada.id, day(d)).unwrap().one_on_ones;
    // Due a week after the meeting: not overdue on the day, one day overdue the next.
    assert_eq!((on("2026-11-24").next_due, on("2026-11-24").overdue_days), (Some(day("2026-11-24")), 0));
    assert_eq!(on("2026-11-25").overdue_days, 1);
    assert_eq!(on("2026-11-24").overdue_days, 0, "an earlier day read again is that day's status");
    let totals = |d: &str| ws.book.team_overview(&team(), day(d)).unwrap().totals.overdue;
    assert_eq!((totals("2026-11-24"), totals("2026-11-25")), (0, 1));
}

#[test]
fn a_change_saved_by_another_window_shows_in_this_ones_team_view() {
    let ws = TestWorkspace::new();
    let today = day("2026-11-24");
    let ada = add_rep(&ws.book, "Ada");
    assert_eq!(ws.book.team_overview(&team(), today).unwrap().rows[0].one_on_ones.last_held, None);
    let other = coachbook::Coachbook::open(ws.path()).unwrap();
    other.hold_meeting(&ada.id, Some("2026-11-23")).unwrap();
    add_rep(&other, "Bo");
    let overview = ws.book.team_overview(&team(), today).unwrap();
    assert_eq!(overview.rows[0].one_on_ones.last_held, Some(day("2026-11-23")));
    assert_eq!(overview.totals.reps, 2);
}

#[test]
fn a_candidates_status_is_refused_and_an_archived_reps_is_shown() {
    let ws = TestWorkspace::new();
    let today = day("2026-11-24");
    let flo = add_candidate(&ws.book, "Flo", "Account Executive");
    let error = ws.book.rep_status(&flo.id, today).unwrap_err();
    assert!(error.to_string().contains("Flo is a candidate"), "{error}");
    let ada = add_rep(&ws.book, "Ada");
    ws.book.archive_person(&ada.id).unwrap();
    assert_eq!(ws.book.rep_status(&ada.id, today).unwrap().person.name, "Ada");
    assert_eq!(ws.book.team_overview(&team(), today).unwrap().totals.reps, 0, "archived reps are out of the totals");
}
