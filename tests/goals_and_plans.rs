//! The rep's goal, reverse funnel and cookbook plan through the public API.

mod common;

use chrono::NaiveDate;
use coachbook::goals::GoalInput;
use coachbook::plans::*;
use coachbook::ErrorKind;
use common::*;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn goal() -> GoalInput {
    GoalInput {
        purpose: "A deposit on a flat near my sister".into(),
        target_date: Some("2027-05-24".into()),
        income_needed: Some(30_000.0),
        average_deal_value: Some(20_000.0),
        commission_rate: Some(0.10),
        outreach_to_conversation: Some(0.20),
        conversation_to_meeting: Some(0.25),
        meeting_to_opportunity: Some(0.50),
        opportunity_to_deal: Some(0.25),
        started_on: None,
        earned_to_date: None,
    }
}

fn activity(kind: ActivityKind, name: Option<&str>, target: f64, period: Period) -> ActivityDraft {
    ActivityDraft { kind, name: name.map(str::to_owned), target, period }
}

#[test]
fn a_saved_goal_comes_back_with_its_funnel() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let view = ws.book.save_goal_on(&ada.id, &goal(), day("2026-11-23")).unwrap();
    assert_eq!(view.goal.purpose, "A deposit on a flat near my sister");
    let funnel = view.funnel.unwrap();
    assert_eq!((funnel.total.deals, funnel.total.outreach), (15.0, 2400.0));
    assert_eq!(funnel.working_days, 130);
    assert!(view.missing.is_empty());
    let again = ws.book.goal(&ada.id, day("2026-11-23")).unwrap();
    assert_eq!(again.funnel.unwrap().total.meetings, 120.0);
}

#[test]
fn a_partly_filled_goal_saves_and_lists_what_the_funnel_still_needs() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let partial = GoalInput { commission_rate: None, target_date: None, ..goal() };
    let view = ws.book.save_goal_on(&ada.id, &partial, day("2026-11-23")).unwrap();
    assert_eq!(view.funnel, None);
    assert_eq!(view.missing, ["targetDate", "commissionRate"]);
}

#[test]
fn a_preview_computes_without_saving() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let preview = ws.book.preview_funnel(&ada.id, &goal(), day("2026-11-23")).unwrap();
    assert!(preview.funnel.is_some());
    assert_eq!(ws.book.goal(&ada.id, day("2026-11-23")).unwrap().goal.income_needed, None);
}

#[test]
fn every_goal_rule_names_its_field_and_changes_nothing() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let today = day("2026-11-23");
    ws.book.save_goal_on(&ada.id, &goal(), today).unwrap();
    let cases = [
        (GoalInput { income_needed: Some(0.0), ..goal() }, "incomeNeeded"),
        (GoalInput { average_deal_value: Some(-1.0), ..goal() }, "averageDealValue"),
        (GoalInput { commission_rate: Some(1.5), ..goal() }, "commissionRate"),
        (GoalInput { outreach_to_conversation: Some(0.0), ..goal() }, "outreachToConversation"),
        (GoalInput { conversation_to_meeting: Some(f64::INFINITY), ..goal() }, "conversationToMeeting"),
        (GoalInput { meeting_to_opportunity: Some(2.0), ..goal() }, "meetingToOpportunity"),
        (GoalInput { opportunity_to_deal: Some(-0.2), ..goal() }, "opportunityToDeal"),
        (GoalInput { target_date: Some("2026-11-01".into()), ..goal() }, "targetDate"),
        (GoalInput { target_date: Some("next year".into()), ..goal() }, "targetDate"),
        (GoalInput { purpose: "x".repeat(2001), ..goal() }, "purpose"),
    ];
    for (input, field) in cases {
        let err = ws.book.save_goal_on(&ada.id, &input, today).unwrap_err();
        assert_eq!((err.kind(), err.field()), (ErrorKind::Invalid, Some(field)), "{err}");
    }
    assert_eq!(ws.book.goal(&ada.id, today).unwrap().goal.income_needed, Some(30_000.0));
}

#[test]
fn agreeing_keeps_the_version_and_editing_it_starts_a_new_draft() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    assert_eq!(ws.book.plan(&ada.id).unwrap(), None);
    let draft = PlanDraft {
        note: Some("My first plan".into()),
        activities: vec![
            activity(ActivityKind::Calls, None, 12.0, Period::Day),
            activity(ActivityKind::ReferralAsks, None, 2.0, Period::Week),
            activity(ActivityKind::Events, Some("Trade shows"), 1.0, Period::Month),
        ],
    };
    let v1 = ws.book.save_plan(&ada.id, &draft).unwrap();
    assert_eq!((v1.version, v1.status), (1, PlanStatus::Draft));
    assert_eq!(v1.activities.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["Calls", "Referral asks", "Trade shows"]);
    assert_eq!(v1.activities[0].weekly_target, 60.0);
    assert!((v1.activities[2].weekly_target - 12.0 / 52.0).abs() < 1e-9);

    // Editing a draft changes it in place.
    let v1 = ws.book.save_plan(&ada.id, &PlanDraft { activities: draft.activities[..2].to_vec(), ..draft.clone() }).unwrap();
    assert_eq!((v1.version, v1.activities.len()), (1, 2));

    let agreed = ws.book.agree_plan(&ada.id).unwrap();
    assert_eq!(agreed.status, PlanStatus::Agreed);
    assert!(agreed.agreed_at.is_some());
    assert_eq!(ws.book.agree_plan(&ada.id).unwrap_err().kind(), ErrorKind::Conflict);

    let v2 = ws.book.save_plan(&ada.id, &draft).unwrap();
    assert_eq!((v2.version, v2.status, v2.activities.len()), (2, PlanStatus::Draft, 3));
    let history = ws.book.plan_history(&ada.id).unwrap();
    assert_eq!(history.iter().map(|p| (p.version, p.status)).collect::<Vec<_>>(), [(2, PlanStatus::Draft), (1, PlanStatus::Agreed)]);
    assert_eq!(ws.book.plan_version(&ada.id, 1).unwrap().activities.len(), 2, "the agreed version is unchanged");
}

#[test]
fn plan_rules_name_their_fields() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let cases = [
        (vec![activity(ActivityKind::Custom, None, 1.0, Period::Week)], "activities[0].name"),
        (vec![activity(ActivityKind::Calls, None, 0.0, Period::Day)], "activities[0].target"),
        (vec![activity(ActivityKind::Calls, None, 5.0, Period::Day), activity(ActivityKind::Custom, Some("calls"), 1.0, Period::Week)], "activities[1].name"),
    ];
    for (activities, field) in cases {
        let err = ws.book.save_plan(&ada.id, &PlanDraft { note: None, activities }).unwrap_err();
        assert_eq!(err.field(), Some(field), "{err}");
    }
    assert_eq!(ws.book.plan(&ada.id).unwrap(), None);
    ws.book.save_plan(&ada.id, &PlanDraft { note: None, activities: vec![] }).unwrap();
    assert_eq!(ws.book.agree_plan(&ada.id).unwrap_err().field(), Some("activities"));
}

#[test]
fn weekly_actuals_line_up_with_iso_weeks_across_the_new_year() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    ws.book
        .save_plan(&ada.id, &PlanDraft { note: None, activities: vec![activity(ActivityKind::Calls, None, 10.0, Period::Day)] })
        .unwrap();
    let calls = |value: f64| vec![ActualInput { activity: "Calls".into(), value: Some(value) }];
    // Any day of a week files under that week: Thursday 31 Dec and Friday 1 Jan are both 2026-W53.
    ws.book.record_actuals(&ada.id, "2026-12-31", &calls(30.0)).unwrap();
    ws.book.record_actuals(&ada.id, "2027-01-01", &calls(35.0)).unwrap();
    ws.book.record_actuals(&ada.id, "2027-01-05", &calls(52.0)).unwrap();
    ws.book.record_actuals(&ada.id, "2026-12-21", &calls(48.0)).unwrap();

    let progress = ws.book.plan_progress(&ada.id, 3, day("2027-01-06")).unwrap();
    let weeks: Vec<_> = progress.weeks.iter().map(|w| (w.label.as_str(), w.actuals[0])).collect();
    assert_eq!(weeks, [("2026-W52", Some(48.0)), ("2026-W53", Some(35.0)), ("2027-W01", Some(52.0))]);
    assert_eq!(progress.activities[0].weekly_target, 50.0);

    ws.book.record_actuals(&ada.id, "2027-01-04", &[ActualInput { activity: "calls".into(), value: None }]).unwrap();
    let progress = ws.book.plan_progress(&ada.id, 1, day("2027-01-06")).unwrap();
    assert_eq!(progress.weeks[0].actuals, [None]);
    let err = ws.book.record_actuals(&ada.id, "2027-01-04", &calls(-1.0)).unwrap_err();
    assert_eq!(err.field(), Some("actuals[0].value"));
    assert_eq!(ws.book.record_actuals(&ada.id, "someday", &calls(1.0)).unwrap_err().field(), Some("week"));
}

#[test]
fn actuals_follow_the_agreed_plan_and_carry_across_versions_by_name() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let v1 = PlanDraft { note: None, activities: vec![activity(ActivityKind::Calls, None, 10.0, Period::Day)] };
    ws.book.save_plan(&ada.id, &v1).unwrap();
    ws.book.agree_plan(&ada.id).unwrap();
    ws.book.record_actuals(&ada.id, "2026-11-23", &[ActualInput { activity: "Calls".into(), value: Some(44.0) }]).unwrap();
    // A new draft with a higher target is not in force until agreed.
    ws.book.save_plan(&ada.id, &PlanDraft { note: None, activities: vec![activity(ActivityKind::Calls, None, 12.0, Period::Day)] }).unwrap();
    let progress = ws.book.plan_progress(&ada.id, 1, day("2026-11-24")).unwrap();
    assert_eq!(progress.plan.as_ref().unwrap().version, 1);
    assert_eq!(progress.activities[0].weekly_target, 50.0);
    ws.book.agree_plan(&ada.id).unwrap();
    let progress = ws.book.plan_progress(&ada.id, 1, day("2026-11-24")).unwrap();
    assert_eq!((progress.activities[0].weekly_target, progress.weeks[0].actuals[0]), (60.0, Some(44.0)));
}

#[test]
fn progress_sets_income_to_date_against_the_pace_and_the_funnel_works_from_what_remains() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    // 30,000 from 1 Jan to 1 Jul 2027 (181 days); by 1 Apr (90 days) the pace needs 14,917.
    let set_out = GoalInput {
        target_date: Some("2027-07-01".into()),
        started_on: Some("2027-01-01".into()),
        earned_to_date: Some(12_000.0),
        ..goal()
    };
    let view = ws.book.save_goal_on(&ada.id, &set_out, day("2027-04-01")).unwrap();
    let progress = view.progress.unwrap();
    assert!((progress.time_elapsed - 90.0 / 181.0).abs() < 1e-9);
    assert!((progress.needed_by_now - 30_000.0 * 90.0 / 181.0).abs() < 1e-6);
    assert!(!progress.on_track, "12,000 is behind a pace of about 14,917");
    assert_eq!((progress.remaining, progress.deals_remaining), (18_000.0, Some(9.0)));
    let funnel = view.funnel.unwrap();
    assert_eq!(funnel.total.deals, 9.0, "18,000 still to earn at 2,000 a deal");
    assert_eq!(funnel.total.outreach, 1440.0);

    let ahead = ws.book.save_goal_on(&ada.id, &GoalInput { earned_to_date: Some(15_000.0), ..set_out.clone() }, day("2027-04-01")).unwrap();
    assert!(ahead.progress.unwrap().on_track);
}

#[test]
fn the_start_is_kept_from_the_first_save_and_the_pace_edges_are_the_first_and_last_day() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let first = ws.book.save_goal_on(&ada.id, &goal(), day("2026-11-23")).unwrap();
    assert_eq!(first.goal.started_on, Some(day("2026-11-23")), "no start given: the day of the first save");
    assert_eq!(first.progress.as_ref().unwrap().time_elapsed, 0.0);
    assert!(first.progress.unwrap().on_track, "nothing is due on the first day");
    let later = ws.book.save_goal_on(&ada.id, &GoalInput { earned_to_date: Some(100.0), ..goal() }, day("2026-12-01")).unwrap();
    assert_eq!(later.goal.started_on, Some(day("2026-11-23")), "a later save keeps the start");
    let last_day = ws.book.goal(&ada.id, day("2027-05-23")).unwrap().progress.unwrap();
    assert!((last_day.time_elapsed - 181.0 / 182.0).abs() < 1e-9);
    assert!(!last_day.on_track);
}

#[test]
fn progress_inputs_are_checked_by_field() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let today = day("2026-11-23");
    let bad = [
        (GoalInput { earned_to_date: Some(-1.0), ..goal() }, "earnedToDate"),
        (GoalInput { earned_to_date: Some(f64::NAN), ..goal() }, "earnedToDate"),
        (GoalInput { started_on: Some("2026-11-24".into()), ..goal() }, "startedOn"),
        (GoalInput { started_on: Some("2027-05-24".into()), ..goal() }, "startedOn"),
    ];
    for (input, field) in bad {
        assert_eq!(ws.book.save_goal_on(&ada.id, &input, today).unwrap_err().field(), Some(field));
    }
    assert_eq!(ws.book.goal(&ada.id, today).unwrap().goal.updated_at, None, "nothing was saved");
}
