//! KPIs with the early warning, KARE, the rep's review (never private
//! notes), and the rep's own workspace.

mod common;

use chrono::{Days, NaiveDate};
use coachbook::feedback::{FeedbackInput, Polarity};
use coachbook::kare::*;
use coachbook::kpis::warning::WarningState;
use coachbook::kpis::*;
use coachbook::one_on_ones::Visibility;
use coachbook::settings::WorkspaceMode;
use coachbook::ErrorKind;
use common::*;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn calls() -> KpiInput {
    KpiInput { name: "Calls".into(), unit: Some("calls".into()), kind: KpiKind::Count, weekly_target: 50.0, warn_drop: None }
}

#[test]
fn four_weeks_below_the_baseline_raise_a_storm_warning() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let kpi = ws.book.create_kpi(&ada.id, &calls()).unwrap();
    assert_eq!(kpi.warn_drop, 0.15);
    let this_week = day("2026-11-23");
    for back in 4..16 {
        let week = this_week - Days::new(back * 7);
        ws.book.record_kpi_value(&kpi.id, &week.to_string(), Some(50.0)).unwrap();
    }
    for (back, value) in [(3, 44.0), (2, 40.0), (1, 36.0), (0, 32.0)] {
        let week = this_week - Days::new(back * 7) + Days::new(2); // a Wednesday files under its week
        ws.book.record_kpi_value(&kpi.id, &week.to_string(), Some(value)).unwrap();
    }
    let series = ws.book.kpi_series(&ada.id, 12, day("2026-11-26")).unwrap();
    assert_eq!(series.len(), 1);
    let s = &series[0];
    assert_eq!(s.points.len(), 12);
    assert_eq!(s.points.last().unwrap().value, Some(32.0));
    assert_eq!(s.points.last().unwrap().label, "2026-W48");
    assert_eq!(s.warning.state, WarningState::StormBrewing);
    assert_eq!((s.warning.recent_average, s.warning.baseline_average), (Some(38.0), Some(50.0)));
}

#[test]
fn kpi_rules_name_their_fields() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let cases = [
        (KpiInput { name: " ".into(), ..calls() }, "name"),
        (KpiInput { weekly_target: 0.0, ..calls() }, "weeklyTarget"),
        (KpiInput { kind: KpiKind::Ratio, weekly_target: 1.5, ..calls() }, "weeklyTarget"),
        (KpiInput { warn_drop: Some(1.0), ..calls() }, "warnDrop"),
    ];
    for (input, field) in cases {
        assert_eq!(ws.book.create_kpi(&ada.id, &input).unwrap_err().field(), Some(field));
    }
    assert!(ws.book.list_kpis(&ada.id).unwrap().is_empty());
    let rate = ws.book.create_kpi(&ada.id, &KpiInput { name: "Connect rate".into(), kind: KpiKind::Ratio, weekly_target: 0.2, ..calls() }).unwrap();
    assert_eq!(ws.book.record_kpi_value(&rate.id, "2026-11-23", Some(1.2)).unwrap_err().field(), Some("value"));
    assert_eq!(ws.book.record_kpi_value(&rate.id, "2026-13-01", Some(0.2)).unwrap_err().field(), Some("week"));
    ws.book.archive_kpi(&rate.id).unwrap();
    assert!(ws.book.list_kpis(&ada.id).unwrap().is_empty());
}

#[test]
fn kare_tags_each_account_once_and_the_split_must_add_up() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let add = |name: &str, category| ws.book.add_account(&ada.id, &AccountInput { name: name.into(), note: None, category }).unwrap();
    add("Acme", KareCategory::Keep);
    add("Globex", KareCategory::Expand);
    let initech = add("Initech", KareCategory::Attain);
    add("Umbrella", KareCategory::Attain);
    ws.book.update_account(&initech.id, &AccountInput { name: "Initech".into(), note: Some("Lost in 2025".into()), category: KareCategory::Recapture }).unwrap();
    let view = ws.book.kare(&ada.id).unwrap();
    assert_eq!(view.counts, Shares { keep: 1, attain: 1, recapture: 1, expand: 1 });

    let bad = KareSplit { time: Shares { keep: 40, attain: 40, recapture: 10, expand: 5 }, income: Shares { keep: 50, attain: 20, recapture: 10, expand: 20 } };
    let err = ws.book.set_kare_split(&ada.id, &bad).unwrap_err();
    assert_eq!(err.field(), Some("time"));
    assert!(err.to_string().contains("95%"));
    let good = KareSplit { time: Shares { expand: 10, ..bad.time }, ..bad };
    assert_eq!(ws.book.set_kare_split(&ada.id, &good).unwrap().split, Some(good));
    assert_eq!(ws.book.add_account(&ada.id, &AccountInput { name: "".into(), note: None, category: KareCategory::Keep }).unwrap_err().field(), Some("name"));
}

#[test]
fn the_review_shows_only_what_was_shared_with_the_rep() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let m = ws.book.hold_meeting(&ada.id, Some("2026-11-16")).unwrap();
    ws.book.save_meeting_note(&m.notes[0].id, "Won Acme.", Visibility::Shared).unwrap();
    ws.book.save_meeting_note(&m.notes[1].id, "PRIVATE: worried about her motivation.", Visibility::Private).unwrap();
    let feedback = |behaviour: &str, shared| FeedbackInput {
        person_id: ada.id.clone(),
        given_on: Some("2026-11-18".into()),
        polarity: Polarity::Positive,
        situation: None,
        behaviour: behaviour.into(),
        result: None,
        tags: vec![],
        shared,
    };
    ws.book.log_feedback(&feedback("Shared praise", true)).unwrap();
    ws.book.log_feedback(&feedback("PRIVATE: not shared yet", false)).unwrap();

    let review = ws.book.rep_review(&ada.id, day("2026-11-24")).unwrap();
    let text = format!("{:?}", review);
    assert!(!text.contains("PRIVATE"), "nothing private reaches the review");
    assert_eq!(review.shared_notes.len(), 1);
    assert_eq!(review.shared_notes[0].body, "Won Acme.");
    assert_eq!(review.shared_feedback.len(), 1);
    assert_eq!(review.person.name, "Ada");
    assert_eq!(review.plan.weeks.len(), 4);
}

#[test]
fn a_reps_own_workspace_makes_the_rep_and_keeps_them() {
    let ws = TestWorkspace::new();
    assert_eq!(ws.book.settings().unwrap().mode, WorkspaceMode::Manager);
    let err = ws.book.set_workspace_mode(WorkspaceMode::Rep, None, None).unwrap_err();
    assert_eq!((err.kind(), err.field()), (ErrorKind::Invalid, Some("me")));
    let settings = ws.book.set_workspace_mode(WorkspaceMode::Rep, None, Some("Ada Lovelace")).unwrap();
    assert_eq!(settings.mode, WorkspaceMode::Rep);
    let me = settings.me.unwrap();
    assert_eq!(ws.book.get_person(&me).unwrap().name, "Ada Lovelace");
    // Switching again keeps the same rep.
    ws.book.set_workspace_mode(WorkspaceMode::Manager, None, None).unwrap();
    let again = ws.book.set_workspace_mode(WorkspaceMode::Rep, None, None).unwrap();
    assert_eq!(again.me, Some(me));
}

#[test]
fn making_it_my_own_links_the_existing_rep_and_never_adds_a_second() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada Lovelace");
    let bo = add_rep(&ws.book, "Bo");
    let chosen = ws.book.set_workspace_mode(WorkspaceMode::Rep, Some(&bo.id), None).unwrap();
    assert_eq!(chosen.me, Some(bo.id.clone()));
    let by_name = ws.book.set_workspace_mode(WorkspaceMode::Rep, None, Some("ada lovelace")).unwrap();
    assert_eq!(by_name.me, Some(ada.id.clone()), "the same name links the existing record");
    let team = ws.book.list_people(&coachbook::people::PeopleQuery::new(coachbook::people::PeopleList::Team)).unwrap();
    assert_eq!(team.total, 2, "no second Ada");
    let candidate = add_candidate(&ws.book, "Cy", "AE");
    let err = ws.book.set_workspace_mode(WorkspaceMode::Rep, Some(&candidate.id), None).unwrap_err();
    assert_eq!(err.field(), Some("me"));
    assert_eq!(ws.book.settings().unwrap().me, Some(ada.id), "a refused choice changes nothing");
}
