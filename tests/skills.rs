//! The skill and attitude check: the skills a rep's plan needs, their
//! status, and the willing/able judgement with its facts.

mod common;

use std::sync::Arc;

use chrono::NaiveDate;
use coachbook::plans::{ActivityDraft, ActivityKind, Period, PlanDraft};
use coachbook::skills::{AttitudeInput, Judgement, SkillInput, SkillStatus};
use coachbook::{Coachbook, FixedClock};
use common::*;

fn plan(kinds: &[(ActivityKind, Option<&str>)]) -> PlanDraft {
    PlanDraft {
        note: None,
        activities: kinds
            .iter()
            .map(|(kind, name)| ActivityDraft { kind: *kind, name: name.map(str::to_owned), target: 10.0, period: Period::Week })
            .collect(),
    }
}

#[test]
fn the_plan_names_the_skills_and_each_starts_missing() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    assert!(ws.book.skill_check(&ada.id).unwrap().skills.is_empty());
    ws.book
        .save_plan(&ada.id, &plan(&[(ActivityKind::Calls, None), (ActivityKind::ReferralAsks, None), (ActivityKind::Custom, Some("Webinars"))]))
        .unwrap();
    let check = ws.book.skill_check(&ada.id).unwrap();
    let skills: Vec<_> = check.skills.iter().map(|s| (s.name.as_str(), s.status, s.from_plan)).collect();
    assert_eq!(
        skills,
        [
            ("Cold calling", SkillStatus::Missing, true),
            ("Asking for referrals", SkillStatus::Missing, true),
            ("Webinars", SkillStatus::Missing, true)
        ]
    );
}

#[test]
fn statuses_are_kept_and_the_manager_adds_and_removes_skills() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    ws.book.save_plan(&ada.id, &plan(&[(ActivityKind::Calls, None)])).unwrap();
    let set = |name: &str, status| SkillInput { name: name.into(), status, note: Some("Shadowed two calls".into()) };
    ws.book.set_skill(&ada.id, &set("cold calling", SkillStatus::Observed)).unwrap();
    let check = ws.book.set_skill(&ada.id, &set("Handling price objections", SkillStatus::Trained)).unwrap();
    let skills: Vec<_> = check.skills.iter().map(|s| (s.name.as_str(), s.status, s.from_plan, s.added)).collect();
    assert_eq!(
        skills,
        [("Cold calling", SkillStatus::Observed, true, false), ("Handling price objections", SkillStatus::Trained, false, true)]
    );
    assert_eq!(check.skills[0].note, "Shadowed two calls");
    assert_eq!(ws.book.remove_skill(&ada.id, "Cold calling").unwrap_err().field(), Some("name"), "a plan skill stays");
    let after = ws.book.remove_skill(&ada.id, "handling price objections").unwrap();
    assert_eq!(after.skills.len(), 1);
    assert_eq!(ws.book.set_skill(&ada.id, &set("  ", SkillStatus::Missing)).unwrap_err().field(), Some("name"));
}

#[test]
fn an_attitude_check_needs_the_facts_and_is_dated_by_the_clock_at_its_edge() {
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let book = Coachbook::open_with_clock(dir.path().join("w.sqlite3"), Arc::new(FixedClock::on(today))).unwrap();
    let ada = add_rep(&book, "Ada");
    let input = |on: Option<&str>, facts: &str| AttitudeInput {
        assessed_on: on.map(str::to_owned),
        willing: Judgement::Yes,
        able: Judgement::No,
        facts: facts.into(),
    };
    assert_eq!(book.record_attitude(&ada.id, &input(None, "  ")).unwrap_err().field(), Some("facts"));
    assert_eq!(book.record_attitude(&ada.id, &input(Some("2026-12-01"), "x")).unwrap_err().field(), Some("assessedOn"));
    assert_eq!(book.skill_check(&ada.id).unwrap().attitude, None, "refused checks changed nothing");
    book.record_attitude(&ada.id, &input(Some("2026-11-02"), "Asks for every call to be shadowed")).unwrap();
    let check = book.record_attitude(&ada.id, &input(None, "Booked her own roleplay; still misses the close")).unwrap();
    let latest = check.attitude.unwrap();
    assert_eq!((latest.assessed_on, latest.willing, latest.able), (today, Judgement::Yes, Judgement::No));
    assert_eq!(check.history.len(), 1);
    assert_eq!(check.history[0].facts, "Asks for every call to be shadowed");
}

#[test]
fn the_review_carries_the_skill_check_and_candidates_have_none() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    ws.book.save_plan(&ada.id, &plan(&[(ActivityKind::Emails, None)])).unwrap();
    let review = ws.book.rep_review(&ada.id, "2026-11-24".parse().unwrap()).unwrap();
    assert_eq!(review.skills.skills[0].name, "Writing prospecting emails");
    let cy = add_candidate(&ws.book, "Cy", "AE");
    assert!(ws.book.skill_check(&cy.id).is_err());
}
