//! The manager's Today screen, with fixed dates.

mod common;

use chrono::NaiveDate;
use coachbook::feedback::balance::Nudge;
use coachbook::one_on_ones::{Cadence, NewActionItem, Owner, SetupInput};
use coachbook::rubrics::RubricKind;
use coachbook::scorecards::NewScorecard;
use coachbook::today::TodayLimits;
use common::*;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[test]
fn today_lists_what_needs_doing_this_week() {
    let ws = TestWorkspace::new();
    let today = day("2026-11-24");
    let ada = add_rep(&ws.book, "Ada");
    let bo = add_rep(&ws.book, "Bo");
    let cy = add_rep(&ws.book, "Cy");
    let weekly = |since: &str| SetupInput { cadence: Some(Cadence::Weekly), template_id: None, cadence_since: Some(since.into()) };
    ws.book.set_one_on_one_setup_on(&ada.id, &weekly("2026-09-01"), today).unwrap();
    ws.book.set_one_on_one_setup_on(&bo.id, &weekly("2026-09-01"), today).unwrap();
    ws.book.set_one_on_one_setup_on(&cy.id, &weekly("2026-09-01"), today).unwrap();
    let m = ws.book.hold_meeting(&ada.id, Some("2026-11-03")).unwrap(); // due 10 Nov: 14 days overdue
    ws.book.hold_meeting(&bo.id, Some("2026-11-20")).unwrap(); // due 27 Nov: this week
    ws.book.hold_meeting(&cy.id, Some("2026-11-24")).unwrap(); // due 1 Dec: next week
    ws.book.add_action_item(&m.id, &NewActionItem { text: "Send the deck".into(), owner: Owner::Rep, due_on: Some("2026-11-26".into()) }).unwrap();
    ws.book.add_action_item(&m.id, &NewActionItem { text: "Later".into(), owner: Owner::Rep, due_on: Some("2026-12-20".into()) }).unwrap();
    let rubric = ws.book.list_rubrics(false).unwrap().into_iter().find(|r| r.kind == RubricKind::RolePlay).unwrap();
    ws.book
        .start_scorecard(&NewScorecard { person_id: bo.id.clone(), rubric_id: rubric.id, assessor: Some("Mo".into()), scored_on: None })
        .unwrap();

    let view = ws.book.today(today, Some("Mo"), &TodayLimits::default()).unwrap();
    let due: Vec<_> = view.one_on_ones.iter().map(|d| (d.person.name.as_str(), d.overdue_days)).collect();
    assert_eq!(due, [("Ada", 14), ("Bo", 0)]);
    assert_eq!(view.drafts.len(), 1);
    assert_eq!((view.drafts[0].person_name.as_str(), view.drafts[0].assessor.as_str()), ("Bo", "Mo"));
    assert_eq!(view.actions_due.iter().map(|a| a.item.text.as_str()).collect::<Vec<_>>(), ["Send the deck"]);
    assert_eq!(view.actions_due[0].person_name, "Ada");
    assert!(view.feedback.iter().all(|f| f.nudge == Nudge::NoFeedback));
    assert_eq!(view.feedback.len(), 3);
    assert!(view.kpi_warnings.is_empty());
}

#[test]
fn each_card_returns_its_first_rows_and_counts_the_rest() {
    let ws = TestWorkspace::new();
    let today = day("2026-11-24"); // the week runs to 30 Nov
    let weekly = SetupInput { cadence: Some(Cadence::Weekly), template_id: None, cadence_since: Some("2026-09-01".into()) };
    let reps: Vec<_> = (0..12).map(|i| add_rep(&ws.book, &format!("Rep {i:02}"))).collect();
    for (i, rep) in reps.iter().enumerate() {
        ws.book.set_one_on_one_setup_on(&rep.id, &weekly, today).unwrap();
        let held = format!("2026-11-{:02}", 1 + i); // due a week later: every one by 19 Nov
        let m = ws.book.hold_meeting(&rep.id, Some(held.as_str())).unwrap();
        for due in ["2026-11-30", "2026-12-01"] {
            ws.book.add_action_item(&m.id, &NewActionItem { text: format!("{} by {due}", rep.name), owner: Owner::Rep, due_on: Some(due.into()) }).unwrap();
        }
    }
    ws.book.archive_person(&reps[11].id).unwrap();

    let first = ws.book.today(today, None, &TodayLimits::default()).unwrap();
    assert_eq!(first.one_on_ones.len(), 8);
    assert_eq!(first.totals.one_on_ones, 11, "the archived rep is not due");
    assert_eq!(first.one_on_ones[0].person.name, "Rep 00", "most overdue first");
    assert_eq!(first.actions_due.len(), 8);
    assert_eq!(first.totals.actions_due, 11, "due on the week's last day counts, the day after does not, nor an archived rep's");
    assert!(first.actions_due.iter().all(|a| a.item.due_on == Some(day("2026-11-30"))));
    assert_eq!((first.feedback.len(), first.totals.feedback), (8, 11));

    let more = TodayLimits { actions_due: Some(25), one_on_ones: Some(10), ..TodayLimits::default() };
    let opened = ws.book.today(today, None, &more).unwrap();
    assert_eq!((opened.actions_due.len(), opened.totals.actions_due), (11, 11));
    assert_eq!((opened.one_on_ones.len(), opened.totals.one_on_ones), (10, 11));
    assert_eq!(opened.feedback.len(), 8, "the other cards keep their first rows");
    assert_eq!(opened.one_on_ones[..8], first.one_on_ones[..], "more rows continue the same order");

    let silly = TodayLimits { actions_due: Some(-3), drafts: Some(0), ..TodayLimits::default() };
    assert_eq!(ws.book.today(today, None, &silly).unwrap().actions_due.len(), 1, "a limit below one reads as one");
}
