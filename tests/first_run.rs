//! The facts behind Today's first-run checklist.

mod common;

use coachbook::kpis::{KpiInput, KpiKind};
use coachbook::one_on_ones::{Cadence, SetupInput};
use coachbook::settings::SettingsInput;
use common::*;

#[test]
fn a_new_workspace_has_done_nothing_yet() {
    let ws = TestWorkspace::new();
    let facts = ws.book.first_run_facts().unwrap();
    assert_eq!(facts.assessor_name, None);
    assert_eq!(facts.reps, 0);
    assert!(facts.first_rep.is_none() && facts.rep_without_cadence.is_none() && facts.rep_with_kpi.is_none());
    assert!(!facts.rubric_chosen, "the built-in rubrics as installed are not a choice");
}

#[test]
fn each_fact_follows_what_the_manager_sets_up() {
    let ws = TestWorkspace::new();
    let book = &ws.book;
    let ada = add_rep(book, "Ada");
    let bo = add_rep(book, "Bo");
    let zed = add_rep(book, "Zed");
    let weekly = SetupInput { cadence: Some(Cadence::Weekly), template_id: None, cadence_since: None };
    book.set_one_on_one_setup_on(&ada.id, &weekly, "2026-11-24".parse().unwrap()).unwrap();
    book.set_one_on_one_setup_on(&zed.id, &weekly, "2026-11-24".parse().unwrap()).unwrap();

    let facts = book.first_run_facts().unwrap();
    assert_eq!(facts.reps, 3);
    assert_eq!(facts.first_rep.map(|p| p.name).as_deref(), Some("Ada"));
    assert_eq!(facts.rep_without_cadence.map(|p| p.name).as_deref(), Some("Bo"));

    book.archive_person(&bo.id).unwrap();
    let facts = book.first_run_facts().unwrap();
    assert_eq!(facts.reps, 2, "archived reps are not the team");
    assert!(facts.rep_without_cadence.is_none());

    let kpi = KpiInput { name: "Calls".into(), unit: None, kind: KpiKind::Count, weekly_target: 50.0, warn_drop: None };
    let calls = book.create_kpi(&zed.id, &kpi).unwrap();
    assert_eq!(book.first_run_facts().unwrap().rep_with_kpi.map(|p| p.name).as_deref(), Some("Zed"), "any rep's KPI counts, not only the first few");
    book.archive_kpi(&calls.id).unwrap();
    assert!(book.first_run_facts().unwrap().rep_with_kpi.is_none(), "an archived KPI is not tracked");

    book.update_settings(&SettingsInput { assessor_name: Some("Mo".into()) }).unwrap();
    assert_eq!(book.first_run_facts().unwrap().assessor_name.as_deref(), Some("Mo"));
}

#[test]
fn duplicating_archiving_or_scoring_on_a_built_in_is_a_rubric_choice() {
    let choose: [fn(&coachbook::Coachbook, &coachbook::RubricId); 2] = [
        |book, id| drop(book.duplicate_rubric(id).unwrap()),
        |book, id| drop(book.archive_rubric(id).unwrap()),
    ];
    for made in choose {
        let ws = TestWorkspace::new();
        let builtin = ws.book.list_rubrics(false).unwrap().into_iter().find(|r| r.builtin).unwrap();
        made(&ws.book, &builtin.id);
        assert!(ws.book.first_run_facts().unwrap().rubric_chosen);
    }
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let builtin = ws.book.list_rubrics(false).unwrap().into_iter().find(|r| r.builtin).unwrap();
    let card = coachbook::scorecards::NewScorecard { person_id: cy.id, rubric_id: builtin.id, assessor: Some("Mo".into()), scored_on: None };
    ws.book.start_scorecard(&card).unwrap();
    assert!(ws.book.first_run_facts().unwrap().rubric_chosen);
}
