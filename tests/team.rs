//! The team view: one-on-one status and feedback balance per rep, with fixed dates.

mod common;

use chrono::NaiveDate;
use coachbook::feedback::balance::Nudge;
use coachbook::feedback::{FeedbackInput, Polarity};
use coachbook::one_on_ones::{Cadence, SetupInput};
use common::*;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
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

    let overview = ws.book.team_overview(today).unwrap();
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

    assert_eq!(overview.overdue, 1);
    let expected = (10.0 + 1.0) / (12.0 + 6.0);
    assert!((overview.consistency.unwrap() - expected).abs() < 1e-9);
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

    let overview = ws.book.team_overview(today).unwrap();
    assert_eq!(overview.rows[0].feedback.nudge, Some(Nudge::OnlyConstructive));
    assert_eq!(overview.rows[1].feedback.nudge, Some(Nudge::NoFeedback));
    assert_eq!((overview.positive30, overview.constructive30, overview.feedback_nudges), (0, 2, 2));

    ws.book.log_feedback(&entry("2026-11-22", Polarity::Positive)).unwrap();
    let overview = ws.book.team_overview(today).unwrap();
    assert_eq!(overview.rows[0].feedback.nudge, None);
    assert_eq!(overview.positive30, 1);
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
    let overview = ws.book.team_overview(today).unwrap();
    assert_eq!(overview.rows[0].storm_kpis, ["Calls"]);
    assert!(overview.rows[1].storm_kpis.is_empty());
    assert_eq!(overview.kpi_warnings, 1);
}
